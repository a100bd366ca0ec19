"""holdout29, part 2: Hanoi districts before 2025-07-01 (2017-2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and
the five sample reports for style, without reading or running the extractor.

Decisions taken where the guide leaves room:
- A bulletin of the city's Ban Tuyên giáo whose table gives one column per district: every
  fact is the column's district; paragraphs below name their district in each sentence.
- Table stocks (Zalo groups) in a quarter's table, no marker: an instant at the quarter's end.
- "khoảng 2.400 lượt quần chúng ... được nghe phổ biến nội dung nghị quyết" is a study
  attendance (masses): people hearing the resolution in the study the lead names.
- "cho hơn 500 cán bộ chủ chốt" after a district conference is its attendance (party_members,
  "cán bộ" being a party_members word).
- A congress speech opening "Nhiệm kỳ 2015 – 2020" dates all of its paragraphs with that term,
  "Trong 5 năm" inside it being the term; the vote share and committee size after it are traps.
- Printed copies of a Q&A booklet ("in 1.200 cuốn") are `other`.
- A section title in single quotes inside an official's quotation ('Một phút hiểu nghị quyết')
  is a title, not an anecdote.
"""
from build_gold import Doc, F, U, end_of, inst, m9, quarter, since, term

LB, GL, CG = U("Quận Long Biên"), U("Huyện Gia Lâm"), U("Quận Cầu Giấy")
BAVI = U("Huyện Ba Vì")
TH, TX, HBT = U("Quận Tây Hồ"), U("Quận Thanh Xuân"), U("Quận Hai Bà Trưng")

T05 = """
THÀNH ỦY HÀ NỘI
BAN TUYÊN GIÁO
BẢN TIN NỘI BỘ – Số 04 (Tháng 4/2024)
Hà Nội, ngày 10/4/2024

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ I NĂM 2024 Ở HAI ĐỊA BÀN BÊN SÔNG ĐUỐNG

Quý I năm 2024, Quận ủy Long Biên và Huyện ủy Gia Lâm tập trung tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2024), đón Tết Giáp Thìn và triển khai học tập Nghị quyết Hội nghị Trung ương 8 khóa XIII. Một số chỉ tiêu chính như sau:

Chỉ tiêu | Quận Long Biên | Huyện Gia Lâm
Hội nghị học tập, quán triệt cấp quận, huyện | 2 | 3
Số lớp ở cơ sở | 118 | 146
Lượt đảng viên dự học | 9.870 | 11.215
Tỷ lệ đảng viên tham gia (%) | 97,4 | 95,9
Buổi nói chuyện thời sự, chính sách | 46 | 58
Tin, bài trên trang thông tin điện tử | 214 | 187
Nhóm Zalo tổ dân phố, thôn | 602 | 455
Cá nhân được khen thưởng | 11 | 8

Ghi chú: số liệu của Huyện Gia Lâm chưa kể 2 hội nghị do Đảng ủy Khối doanh nghiệp tổ chức tại địa bàn.

Tại Long Biên, Ban Tuyên giáo Quận ủy phối hợp với Trung tâm Chính trị quận mở 01 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho 85 cán bộ phụ trách trang thông tin của 14 phường. Chuyên mục "Long Biên – Hôm nay" trên cổng thông tin điện tử quận phát hành đủ 12 kỳ.

Huyện Gia Lâm chú trọng tuyên truyền tại các làng nghề. Ban Tuyên giáo Huyện ủy Gia Lâm tổ chức cuộc thi trắc nghiệm trực tuyến "Tìm hiểu Luật Đất đai năm 2024", thu hút 23.418 lượt người dự thi, trong đó khoảng 61% là đoàn viên, thanh niên. Huyện ủy Gia Lâm cũng triển khai đợt sinh hoạt chính trị "Gia Lâm – 65 năm xây dựng và phát triển", với 412 buổi sinh hoạt chi bộ chuyên đề tại 22 xã, thị trấn.

Quý II, hai địa phương dự kiến sơ kết 3 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị; Quận Long Biên đặt mục tiêu 100% tổ dân phố có bảng tin điện tử trước ngày 30/6/2024.
"""

T06 = """
Cập nhật ngày 08-10-2019 15:42

Cầu Giấy: Đưa nghị quyết đến gần hơn với đảng viên trẻ

Chín tháng năm 2019, Ban Tuyên giáo Quận ủy Cầu Giấy đã tham mưu tổ chức 3 hội nghị cấp quận nghiên cứu, học tập, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng và Nghị quyết Trung ương 9 khóa XII. Ngay sau đó, 8 đảng bộ phường và 71 chi, đảng bộ cơ sở trực thuộc đã mở 214 lớp, với 12.563 lượt cán bộ, đảng viên tham gia, đạt 96,35%.

Là địa bàn tập trung nhiều trường đại học, viện nghiên cứu, với khoảng 200 nghìn sinh viên đang học tập và sinh sống, Quận ủy đặc biệt quan tâm công tác giáo dục chính trị tư tưởng trong đảng viên trẻ. Trung tâm Chính trị quận phối hợp Trường Đại học Sư phạm Hà Nội mở 3 lớp bồi dưỡng nhận thức về Đảng cho 412 sinh viên ưu tú, 1 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 96 học viên.

Công tác tuyên truyền được đổi mới theo hướng "số hóa". Trang thông tin điện tử quận và fanpage "Cầu Giấy ngày nay" đã đăng tải 734 tin, bài và 52 video clip; số người theo dõi fanpage hiện nay khoảng 21.500. Các phường tổ chức 63 buổi nói chuyện chuyên đề về chủ quyền biển, đảo, phòng chống tác hại của thuốc lá, thu hút khoảng 6.900 lượt người nghe.

Ban Tuyên giáo Quận ủy duy trì giao ban định kỳ với đội ngũ 47 cộng tác viên dư luận xã hội; trong 9 tháng đã gửi Ban Tuyên giáo Thành ủy 9 báo cáo định kỳ, 4 báo cáo chuyên đề về tình hình tư tưởng của cán bộ, đảng viên và nhân dân, trong đó có dư luận về dự án đường Vành đai 2,5.

Đồng chí Nguyễn Thị Thu Hà, Trưởng ban Tuyên giáo Quận ủy cho biết: "Chúng tôi xác định phải đưa thông tin chính thống tới người trẻ bằng chính ngôn ngữ của họ. Từ tháng 6, quận mở chuyên mục 'Một phút hiểu nghị quyết' trên fanpage, đến nay đã lên 15 số".

Dịp kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2019), Quận ủy khen thưởng 12 tập thể, 25 cá nhân điển hình trong học tập và làm theo Bác. Trong quý IV, quận sẽ tập trung tuyên truyền đại hội đảng bộ các cấp nhiệm kỳ 2020 – 2025, phấn đấu 100% chi bộ tổ chức đại hội đúng tiến độ.
"""

T07 = """
Ba Vì: Công tác tuyên giáo góp phần giữ vững ổn định vùng đồng bào dân tộc

Đại hội đại biểu Đảng bộ huyện Ba Vì lần thứ XXIV, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 23 đến 25/7. Sau đây là trích tham luận của đồng chí Đinh Văn Quý, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Ba Vì:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 164 văn bản lãnh đạo, chỉ đạo công tác chính trị, tư tưởng; tổ chức 27 hội nghị cấp huyện học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, của Thành ủy, với trên 41.000 lượt cán bộ, đảng viên tham dự. Tỷ lệ đảng viên tham gia học tập bình quân đạt 95,2%.

“Huyện có 31 xã, thị trấn, trong đó 7 xã miền núi có đông đồng bào Mường, Dao sinh sống. Chúng tôi chú trọng tuyên truyền miệng bằng cách nói gần gũi: cả nhiệm kỳ đã tổ chức 1.286 buổi nói chuyện tại nhà văn hóa thôn, với hơn 96 nghìn lượt người dân dự nghe. Có những thôn ở xã Ba Vì, Khánh Thượng, mỗi tháng báo cáo viên lên 2 – 3 lần.

“Đội ngũ báo cáo viên của huyện hiện có 42 đồng chí, cộng tác viên dư luận xã hội 89 đồng chí. Trong 5 năm, đội ngũ cộng tác viên gửi về Ban 236 báo cáo, giúp Huyện ủy kịp thời nắm bắt tâm trạng của nhân dân vùng giải phóng mặt bằng đường Hồ Chí Minh, vùng bán ngập hồ Suối Hai.

“Trung tâm Bồi dưỡng chính trị huyện mở 58 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới, cảm tình đảng, với 5.742 học viên. Huyện ủy đã khen thưởng 146 tập thể, 318 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Nhiệm kỳ tới, chúng tôi phấn đấu 100% thôn có nhóm Zalo và mỗi năm mở ít nhất 12 lớp bồi dưỡng.”

Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XXIV gồm 45 đồng chí; 98,6% đại biểu tán thành thông qua Báo cáo chính trị.
"""

T08 = """
Thứ Sáu, ngày 18/8/2017

Ba quận nội thành hoàn thành học tập, quán triệt Nghị quyết Trung ương 5 khóa XII

Từ đầu tháng 6/2017 đến nay, Quận ủy Tây Hồ, Thanh Xuân và Hai Bà Trưng đã tổ chức học tập, quán triệt, triển khai thực hiện các nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII trong toàn Đảng bộ, trong đó có Nghị quyết 10-NQ/TW về phát triển kinh tế tư nhân.

* Quận Tây Hồ

Quận ủy tổ chức 1 hội nghị cấp quận cho hơn 500 cán bộ chủ chốt; 8 đảng bộ phường và các chi, đảng bộ cơ sở mở 86 lớp với 5.130 lượt cán bộ, đảng viên, đạt 96,1%. Ban Tuyên giáo Quận ủy in 1.200 cuốn tài liệu hỏi – đáp về các nghị quyết, phát tới từng chi bộ.

* Quận Thanh Xuân

Quận ủy tổ chức 2 hội nghị (một hội nghị trực tiếp, một hội nghị trực tuyến tới 11 điểm cầu phường); các đảng bộ trực thuộc mở 142 lớp, thu hút 9.876/10.214 đảng viên, đạt 96,69%. Ngoài ra, khoảng 2.400 lượt quần chúng là hội viên các đoàn thể được nghe phổ biến nội dung nghị quyết. Ông Phạm Văn Lộc, 74 tuổi, đảng viên chi bộ tổ dân phố số 9, phường Khương Trung, chia sẻ: “Chi bộ tôi có 31 đảng viên thì 29 người đi học đủ, hai cụ ốm thì chi ủy mang tài liệu đến nhà”.

* Quận Hai Bà Trưng

Quận ủy tổ chức hội nghị cấp quận vào ngày 26/6 tại Cung Văn hóa Lao động Hữu nghị Việt – Xô, số 91 Trần Hưng Đạo. Tiếp đó, 20 đảng bộ phường và 52 chi, đảng bộ cơ sở mở 211 lớp, với 14.205 lượt cán bộ, đảng viên dự học. Tuy nhiên, còn 532 đảng viên chưa tham gia do tuổi cao, ốm đau; các chi bộ đã cử cán bộ đến tận nhà phổ biến. Quận đã tổ chức 36 buổi sinh hoạt chi bộ chuyên đề bàn giải pháp phát triển kinh tế tư nhân trên các tuyến phố thương mại như Bạch Mai, Minh Khai, Lò Đúc.

Theo kế hoạch, trong tháng 9, ba quận sẽ hoàn thành việc xây dựng chương trình hành động thực hiện các nghị quyết; Quận Thanh Xuân dự kiến tổ chức sơ kết vào ngày 15/9.
"""

D05, D06, D07, D08 = "2024-04-10", "2019-10-08", "2020-07-27", "2017-08-18"
P05 = quarter(1, 2024)
P06 = m9(2019)
P07 = term(2015, 2020)
P08 = since("2017-06-01", D08)

DOCS = [
    Doc("h29_05", T05, LB, P05, D05, "text", facts=[
        F("quận, huyện | 2", 2, "study_sessions"),
        F("| 2 | 3", 3, "study_sessions", unit=GL),
        F("Số lớp ở cơ sở | 118", 118, "study_sessions"),
        F("| 118 | 146", 146, "study_sessions", unit=GL),
        F("Lượt đảng viên dự học | 9.870", 9870, "study_attendance", a="party_members"),
        F("| 9.870 | 11.215", 11215, "study_attendance", a="party_members", unit=GL),
        F("(%) | 97,4", 97.4, "study_participation_rate"),
        F("| 97,4 | 95,9", 95.9, "study_participation_rate", unit=GL),
        F("chính sách | 46", 46, "oral_propaganda_sessions"),
        F("| 46 | 58", 58, "oral_propaganda_sessions", unit=GL),
        F("điện tử | 214", 214, "news_items"),
        F("| 214 | 187", 187, "news_items", unit=GL),
        F("thôn | 602", 602, "chat_groups", p=end_of(P05)),
        F("| 602 | 455", 455, "chat_groups", unit=GL, p=end_of(P05)),
        F("khen thưởng | 11", 11, "commended_individuals"),
        F("| 11 | 8", 8, "commended_individuals", unit=GL),
        F("mở 01 lớp bồi dưỡng kỹ năng", 1, "training_classes"),
        F("cho 85 cán bộ", 85, "trainees"),
        F("phát hành đủ 12 kỳ", 12, "news_items"),
        F("thu hút 23.418 lượt người dự thi", 23418, "contest_entries", unit=GL),
        F("với 412 buổi sinh hoạt chi bộ", 412, "party_cell_discussions", unit=GL),
    ], traps=[("Số 04 (Tháng 4/2024)", 4), ("Tháng 4/2024", 4), ("ngày 10/4/2024", 10),
              ("QUÝ I NĂM 2024", 2024), ("Quý I năm 2024", 2024), ("94 năm", 94),
              ("3/2/1930", 3), ("3/2/2024", 3), ("Trung ương 8", 8),
              ("chưa kể 2 hội nghị", 2), ("của 14 phường", 14),
              ("Luật Đất đai năm 2024", 2024), ("khoảng 61%", 61), ("65 năm", 65),
              ("tại 22 xã, thị trấn", 22), ("sơ kết 3 năm", 3), ("Kết luận số 01-KL/TW", 1),
              ("100% tổ dân phố", 100), ("ngày 30/6/2024", 30)]),
    Doc("h29_06", T06, CG, P06, D06, "text", facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 214 lớp", 214, "study_sessions"),
        F("với 12.563 lượt cán bộ, đảng viên", 12563, "study_attendance", a="party_members"),
        F("đạt 96,35%", 96.35, "study_participation_rate"),
        F("mở 3 lớp bồi dưỡng nhận thức về Đảng", 3, "training_classes"),
        F("cho 412 sinh viên ưu tú", 412, "trainees"),
        F("1 lớp bồi dưỡng lý luận chính trị", 1, "training_classes"),
        F("với 96 học viên", 96, "trainees"),
        F("đăng tải 734 tin, bài", 734, "news_items"),
        F("52 video clip", 52, "news_items"),
        F("hiện nay khoảng 21.500", 21500, "propaganda_audience", "approx", p=inst(D06)),
        F("tổ chức 63 buổi nói chuyện chuyên đề", 63, "oral_propaganda_sessions"),
        F("khoảng 6.900 lượt người nghe", 6900, "propaganda_audience", "approx"),
        F("đội ngũ 47 cộng tác viên", 47, "opinion_collaborators", p=end_of(P06)),
        F("9 báo cáo định kỳ", 9, "opinion_reports"),
        F("4 báo cáo chuyên đề", 4, "opinion_reports"),
        F("đã lên 15 số", 15, "news_items", p=since("2019-06-01", D06)),
        F("khen thưởng 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể, 25 cá nhân", 25, "commended_individuals"),
    ], traps=[("08-10-2019", 8), ("15:42", 15), ("năm 2019", 2019),
              ("Chỉ thị 35-CT/TW", 35), ("Đại hội XIII", 13), ("Trung ương 9", 9),
              ("8 đảng bộ phường", 8), ("71 chi, đảng bộ", 71),
              ("khoảng 200 nghìn sinh viên", 200000), ("trong 9 tháng", 9),
              ("Vành đai 2,5", 2.5), ("Từ tháng 6", 6), ("129 năm", 129),
              ("19/5/1890", 19), ("19/5/2019", 19), ("nhiệm kỳ 2020 – 2025", 2020),
              ("100% chi bộ", 100)]),
    Doc("h29_07", T07, BAVI, P07, D07, "sidecar", meta={"date": D07}, facts=[
        F("ban hành 164 văn bản", 164, "documents_issued"),
        F("tổ chức 27 hội nghị cấp huyện", 27, "study_sessions"),
        F("trên 41.000 lượt cán bộ, đảng viên", 41000, "study_attendance", "at_least",
          a="party_members"),
        F("bình quân đạt 95,2%", 95.2, "study_participation_rate"),
        F("tổ chức 1.286 buổi nói chuyện", 1286, "oral_propaganda_sessions"),
        F("hơn 96 nghìn lượt người dân", 96000, "propaganda_audience", "at_least",
          a="masses"),
        F("hiện có 42 đồng chí", 42, "reporters", p=inst(D07)),
        F("cộng tác viên dư luận xã hội 89 đồng chí", 89, "opinion_collaborators",
          p=inst(D07)),
        F("gửi về Ban 236 báo cáo", 236, "opinion_reports"),
        F("mở 58 lớp sơ cấp lý luận chính trị", 58, "training_classes"),
        F("với 5.742 học viên", 5742, "trainees"),
        F("khen thưởng 146 tập thể", 146, "commended_collectives"),
        F("146 tập thể, 318 cá nhân", 318, "commended_individuals"),
    ], traps=[("nhiệm kỳ 2020 – 2025", 2020), ("từ ngày 23", 23), ("25/7", 25),
              ("Nhiệm kỳ 2015 – 2020", 2015), ("31 xã, thị trấn", 31),
              ("7 xã miền núi", 7), ("2 – 3 lần", 2), ("Trong 5 năm", 5),
              ("100% thôn", 100), ("ít nhất 12 lớp", 12), ("gồm 45 đồng chí", 45),
              ("98,6% đại biểu", 98.6)]),
    Doc("h29_08", T08, TH, P08, D08, "text", facts=[
        F("tổ chức 1 hội nghị cấp quận", 1, "study_sessions"),
        F("cho hơn 500 cán bộ chủ chốt", 500, "study_attendance", "at_least",
          a="party_members"),
        F("mở 86 lớp", 86, "study_sessions"),
        F("với 5.130 lượt cán bộ, đảng viên", 5130, "study_attendance", a="party_members"),
        F("đạt 96,1%", 96.1, "study_participation_rate"),
        F("in 1.200 cuốn", 1200, "other"),
        F("tổ chức 2 hội nghị", 2, "study_sessions", unit=TX),
        F("mở 142 lớp", 142, "study_sessions", unit=TX),
        F("thu hút 9.876/10.214 đảng viên", 9876, "study_attendance", a="party_members",
          unit=TX),
        F("đạt 96,69%", 96.69, "study_participation_rate", unit=TX),
        F("khoảng 2.400 lượt quần chúng", 2400, "study_attendance", "approx", a="masses",
          unit=TX),
        F("mở 211 lớp", 211, "study_sessions", unit=HBT),
        F("với 14.205 lượt cán bộ, đảng viên", 14205, "study_attendance",
          a="party_members", unit=HBT),
        F("còn 532 đảng viên chưa tham gia", 532, "other", unit=HBT),
        F("tổ chức 36 buổi sinh hoạt chi bộ", 36, "party_cell_discussions", unit=HBT),
    ], traps=[("ngày 18/8/2017", 18), ("Trung ương 5", 5), ("tháng 6/2017", 6),
              ("Nghị quyết 10-NQ/TW", 10), ("8 đảng bộ phường", 8),
              ("tới 11 điểm cầu", 11), ("74 tuổi", 74), ("tổ dân phố số 9", 9),
              ("có 31 đảng viên", 31), ("thì 29 người", 29), ("ngày 26/6", 26),
              ("số 91 Trần Hưng Đạo", 91), ("20 đảng bộ phường", 20),
              ("52 chi, đảng bộ", 52), ("tháng 9", 9), ("ngày 15/9", 15)]),
]
