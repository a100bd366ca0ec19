"""Held-out set holdout40, part 1: Ho Chi Minh City districts before 2025-07-01 (2016-2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source
(holdout2/_src/g01_hcm_districts.py, for its format only), the seeds (indicators.csv,
org_units.csv) and the five sample reports (style only), without reading or running the
extractor and without looking at any other evaluation set.

Decisions where the guide leaves room (the same in every part of the set):
- A stock with no "hiện có / đến nay" marker in a sentence governed by the report's period
  (e.g. "Đội ngũ 38 cộng tác viên ... đã gửi ...") is an instant at that period's end.
- "ít nhất N" before a count of work done is at_least (like "hơn"); "tối đa N" in a limit is a
  trap (a rule's limit), not at_most.
- Audience of "cử tri" (voters at a propaganda session) is `all`; "đoàn viên, học sinh" is
  `masses`.
- "in N tờ gấp" (copies printed and handed out) is `other`.
- An official's quotation in a Q&A transcript under the label "Đồng chí Trưởng ban:" speaks
  for the unit of the headline; words in single quotes inside it are an anecdote.
- A city-level figure in a multi-district article ("các cấp ủy trên toàn Thành phố") is the
  province's, with the article's period.
- Roman numerals (khóa XII, lần thứ I) are listed as traps only where a naive reader might
  take them for a number next to a count; digit runs are all labeled.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, year

HCM = U("79")
Q8, QTB, Q3, Q10 = U("Quận 8"), U("Quận Tân Bình"), U("Quận 3"), U("Quận 10")
CUCHI, NHABE = U("Huyện Củ Chi"), U("Huyện Nhà Bè")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 8
BAN TUYÊN GIÁO
Số 47-BC/BTGQU
Quận 8, ngày 08 tháng 7 năm 2016

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2016,
phương hướng, nhiệm vụ 6 tháng cuối năm 2016

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố
Ngay sau khi Đại hội đại biểu toàn quốc lần thứ XII của Đảng bế mạc (28/01/2016), Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 09 văn bản hướng dẫn tổ chức học tập, quán triệt. Kết quả cụ thể:
- Hội nghị cấp quận: 03 (dành cho cán bộ chủ chốt của quận và 16 đảng bộ phường);
- Số lớp ở cơ sở: 214; lượt cán bộ, đảng viên dự: 11.826, đạt tỷ lệ 95,7%;
- Số đảng viên chưa tham gia: 538 người, phần lớn là đảng viên cao tuổi được miễn sinh hoạt.

2. Công tác tuyên truyền
Trọng tâm là tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 – 2021 (ngày 22/5/2016). Toàn quận chia thành 68 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,41%.
- Buổi nói chuyện, tuyên truyền miệng: 167 – lượt người nghe: khoảng 15.400;
- Băng rôn, khẩu hiệu, pa nô: 2.310;
- Tin, bài trên Bản tin Quận 8 và trang thông tin điện tử của quận: 486;
- Lượt xe loa tuyên truyền lưu động: 92.

3. Nắm bắt dư luận xã hội; đội ngũ báo cáo viên
- Báo cáo viên cấp quận: 38 đồng chí (tính đến 30/6/2016); cộng tác viên dư luận xã hội: 71 đồng chí;
- Hội nghị báo cáo viên: 06 (bình quân mỗi tháng 1 hội nghị);
- Báo cáo dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 24 định kỳ, 7 đột xuất.

4. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Các chi bộ khu phố tổ chức 392 buổi sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức trách nhiệm” năm 2016. Nhân kỷ niệm 126 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2016), Ban Thường vụ Quận ủy khen thưởng 11 tập thể và 23 cá nhân điển hình; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

5. Giáo dục lý luận chính trị
- Lớp sơ cấp lý luận chính trị: 03; học viên: 187 người;
- Lớp bồi dưỡng nhận thức về Đảng: 02.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016
1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 2 khóa XII cho 100% cán bộ, đảng viên.
2. Mở 04 lớp bồi dưỡng đảng viên mới; phấn đấu mỗi phường có ít nhất 01 trang fanpage.
3. Tổ chức Hội thi báo cáo viên giỏi cấp quận lần thứ 3 với khoảng 30 thí sinh.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VP.
Địa chỉ: số 4 Dương Bá Trạc, phường 1, Quận 8; ĐT: (028) 3850 2146.
"""

T02 = """
Tân Bình: Tổng kết công tác tuyên giáo năm 2019

Sáng nay, tại hội trường Quận ủy (số 387A Trường Chinh, phường 14), Quận ủy Tân Bình tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019, triển khai nhiệm vụ năm 2020.

Theo báo cáo của Ban Tuyên giáo Quận ủy, trong năm Ban Thường vụ Quận ủy đã ban hành 18 văn bản lãnh đạo, chỉ đạo công tác chính trị, tư tưởng. Quận tổ chức 4 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 8 và Trung ương 9 khóa XII; 15 đảng bộ phường và 31 chi, đảng bộ cơ sở mở 286 lớp với 24.318 lượt cán bộ, đảng viên, đạt 96,08%; riêng quần chúng có 9.450 lượt tham dự. So với năm 2018, số lượt quần chúng dự học tăng 1.320 lượt.

Năm 2019 cũng là năm kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Quận triển khai hai đợt sinh hoạt chính trị, tư tưởng sâu rộng trong cán bộ, đảng viên; các chi bộ tổ chức 1.048 buổi sinh hoạt thảo luận về chuyên đề năm 2019. Hội thi báo cáo viên giỏi của quận có 32 thí sinh; 3 thí sinh xuất sắc nhất được chọn dự thi cấp thành phố.

Tuyên truyền miệng tiếp tục là thế mạnh của quận với 412 buổi nói chuyện thời sự, chuyên đề tại khu phố, chợ, trường học, thu hút trên 38 nghìn lượt người dân; bình quân mỗi buổi gần 95 người. Bà Lê Thị Thu, 71 tuổi, tổ trưởng tổ dân phố 27, khu phố 5, phường 2, kể: “Tổ tôi 64 hộ, tháng nào cũng có 1 buổi nói chuyện thời sự, bà con đến kín sân nhà văn hóa”.

Theo ông Trần Văn Bình, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Tân Bình, việc đưa thông tin lên môi trường mạng được quận làm bài bản. “Năm qua, trang thông tin điện tử của quận đăng 1.126 tin, bài; fanpage “Tân Bình ngày nay” hiện có gần 27.500 người theo dõi. Đến nay, Ban cũng duy trì 20 nhóm Zalo kết nối với các phường để định hướng thông tin kịp thời”, ông Bình cho biết.

Đội ngũ 45 cộng tác viên dư luận xã hội của quận thực hiện 36 báo cáo định kỳ và 12 báo cáo đột xuất về tình hình tư tưởng, tâm trạng của cán bộ, đảng viên và Nhân dân. Dịp này, Quận ủy tặng giấy khen cho 8 tập thể, 19 cá nhân có thành tích tiêu biểu.

Năm 2020, năm tổ chức đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng, quận đặt chỉ tiêu 100% chi bộ học tập nghị quyết trong vòng 30 ngày và dự kiến mở 5 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội. Các hoạt động kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2020) sẽ được tổ chức từ cuối tháng 1.
"""

T03 = """
Cập nhật ngày 05-04-2023

Quận 3, Quận 10, Củ Chi: Học tập, quán triệt các nghị quyết Hội nghị Trung ương 6 khóa XIII

(Thanhuytphcm.vn) – Quý I năm 2023, nhiều địa phương của Thành phố đã cơ bản hoàn thành việc học tập, quán triệt các nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII, trong đó có Nghị quyết 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới. Theo Ban Tuyên giáo Thành ủy, trong quý, các cấp ủy trên toàn Thành phố đã tổ chức 1.736 hội nghị, lớp học tập với hơn 312 nghìn lượt cán bộ, đảng viên tham dự.

* Quận 3
Quận ủy tổ chức 2 hội nghị cấp quận, trong đó 1 hội nghị trực tuyến tới 12 điểm cầu phường; các đảng bộ phường và đảng bộ cơ sở mở 138 lớp, thu hút 12.804 lượt cán bộ, đảng viên, đạt 97,12%. Đảng viên Trần Thị Mai, chi bộ khu phố 4, phường Võ Thị Sáu, chia sẻ: “Tôi năm nay 78 tuổi, có 52 năm tuổi Đảng, nhưng lần này mới thấy chuyện nhà nước pháp quyền được giảng gần gũi như vậy”.

* Quận 10
Quận 10 chọn cách chia nhỏ lớp học theo cụm chi bộ để đảng viên dễ trao đổi. Quận ủy tổ chức 03 hội nghị; 14 đảng bộ phường và 27 chi, đảng bộ cơ sở mở 165 lớp với 10.236 lượt đảng viên tham dự (đạt 96,45%). Riêng quần chúng có 1.870 lượt dự nghe. Bên cạnh đó, Ban Tuyên giáo Quận ủy đăng 74 tin, bài giới thiệu nội dung nghị quyết trên trang thông tin điện tử và fanpage “Quận 10 – Thông tin và Sự kiện”.

* Huyện Củ Chi
Với 21 xã, thị trấn và hơn 460 nghìn dân, Củ Chi tổ chức học tập theo cụm xã. Huyện ủy tổ chức 02 hội nghị cấp huyện; các đảng bộ xã, thị trấn mở 186 lớp, với 14.507/15.102 đảng viên tham gia. Tỷ lệ đảng viên tham gia đạt 96,06%; gần như 100% cấp ủy viên các cấp dự học đầy đủ. Trung tâm Chính trị huyện cũng mở 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới, với 263 học viên. Củ Chi là một trong 5 đơn vị dẫn đầu Thành phố về tiến độ học tập nghị quyết.

Theo kế hoạch, trong quý II, Ban Tuyên giáo Thành ủy sẽ tổ chức 1 hội nghị sơ kết việc học tập, quán triệt và xây dựng chương trình hành động của các cấp ủy.
"""

T04 = """
Nhà Bè: “Đưa thông tin chính thống về tận ấp, tận nhà”

Thứ Sáu, ngày 11 tháng 10 năm 2024

Nhân dịp sơ kết công tác tuyên giáo 9 tháng năm 2024, phóng viên đã trao đổi với bà Lâm Thị Ngọc Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè, về những cách làm mới của huyện.

PV: Thưa bà, thời gian qua việc học tập, quán triệt nghị quyết ở Nhà Bè có gì đáng chú ý?

Đồng chí Trưởng ban: “Trong 9 tháng, Huyện ủy tổ chức 5 hội nghị cấp huyện học tập, quán triệt các nghị quyết, kết luận của Trung ương và của Thành ủy; các chi bộ ấp, khu phố mở 97 lớp với 6.214 lượt cán bộ, đảng viên, đạt tỷ lệ 95,3%. Khó nhất là đảng viên làm việc ở Khu công nghiệp Hiệp Phước phải đi ca, nên nhiều chi bộ bố trí học vào tối thứ Bảy hoặc sáng Chủ nhật.”

PV: Mạng xã hội đang được huyện sử dụng ra sao?

Đồng chí Trưởng ban: “Huyện hiện có một trang thông tin điện tử, hai fanpage chính danh và 7 kênh TikTok của Đoàn thanh niên các xã. Đến nay, các ấp, khu phố có 312 nhóm Zalo, số thành viên khoảng 41.000 người. Chín tháng qua, các kênh này đăng khoảng 3.850 tin, bài, video clip; nhiều clip ngắn có lượt xem ước đạt 1,2 triệu. Có bác tổ trưởng nói với tôi: ‘Nhóm của tổ tôi 180 hộ, tin đăng lên chừng mười phút là bà con đọc hết’.”

PV: Còn công tác nắm bắt dư luận xã hội?

Đồng chí Trưởng ban: “Đội ngũ 38 cộng tác viên dư luận xã hội của huyện đã gửi về Ban 57 báo cáo, trong đó 14 báo cáo nhanh liên quan bồi thường, giải phóng mặt bằng đường Vành đai 4 và dự án mở rộng đường Nguyễn Hữu Thọ. Chúng tôi cũng tổ chức 2 hội nghị báo cáo viên, mời chuyên gia nói về định hướng phát triển Nhà Bè trở thành quận trước năm 2030. Huyện ủy đã khen thưởng 6 tập thể và 14 cá nhân có cách làm hay trong tuyên truyền.”

PV: Những tháng cuối năm, huyện tập trung vào việc gì?

Đồng chí Trưởng ban: “Quý IV, huyện sẽ tổ chức Hội thi tuyên truyền viên giỏi cho 7 xã, thị trấn, dự kiến khoảng 40 thí sinh, và phấn đấu 100% ấp, khu phố có nhóm Zalo hoạt động thường xuyên. Chúng tôi cũng chuẩn bị tài liệu tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2025), hướng tới đại hội đảng bộ các cấp nhiệm kỳ 2025 – 2030.”

PV: Xin cảm ơn bà!
"""

D01, D02, D03, D04 = "2016-07-08", "2020-01-08", "2023-04-05", "2024-10-11"
P01, P02, P03, P04 = h1(2016), year(2019), quarter(1, 2023), m9(2024)

DOCS = [
    Doc("h40_01", T01, Q8, P01, D01, "text", facts=[
        F("ban hành 09 văn bản hướng dẫn", 9, "documents_issued"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Số lớp ở cơ sở: 214", 214, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 11.826", 11826, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 95,7%", 95.7, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 538 người", 538, "other"),
        F("tuyên truyền miệng: 167", 167, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 15.400", 15400, "propaganda_audience", "approx"),
        F("pa nô: 2.310", 2310, "other"),
        F("trang thông tin điện tử của quận: 486", 486, "news_items"),
        F("Lượt xe loa tuyên truyền lưu động: 92", 92, "other"),
        F("Báo cáo viên cấp quận: 38 đồng chí", 38, "reporters", p=inst("2016-06-30")),
        F("cộng tác viên dư luận xã hội: 71 đồng chí", 71, "opinion_collaborators",
          p=end_of(P01)),
        F("Hội nghị báo cáo viên: 06", 6, "reporter_conferences"),
        F("Thành ủy: 24 định kỳ", 24, "opinion_reports"),
        F("7 đột xuất", 7, "opinion_reports"),
        F("tổ chức 392 buổi sinh hoạt chuyên đề", 392, "party_cell_discussions"),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 23 cá nhân", 23, "commended_individuals"),
        F("Lớp sơ cấp lý luận chính trị: 03", 3, "training_classes"),
        F("học viên: 187 người", 187, "trainees"),
        F("Lớp bồi dưỡng nhận thức về Đảng: 02", 2, "training_classes"),
    ], traps=[("Số 47-BC/BTGQU", 47), ("Quận 8", 8), ("ngày 08 tháng 7 năm 2016", 8),
              ("6 tháng đầu năm 2016", 6), ("6 tháng cuối năm 2016", 6),
              ("(28/01/2016)", 28), ("16 đảng bộ phường", 16), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5/2016", 22),
              ("68 khu vực bỏ phiếu", 68), ("tỷ lệ cử tri đi bầu đạt 99,41%", 99.41),
              ("tính đến 30/6/2016", 30), ("mỗi tháng 1 hội nghị", 1),
              ("” năm 2016", 2016), ("126 năm", 126), ("19/5/1890", 19), ("19/5/2016", 19),
              ("bằng khen cho 2 tập thể", 2), ("Trung ương 2", 2),
              ("100% cán bộ, đảng viên", 100), ("Mở 04 lớp", 4), ("ít nhất 01 trang", 1),
              ("lần thứ 3", 3), ("khoảng 30 thí sinh", 30), ("số 4 Dương Bá Trạc", 4),
              ("phường 1", 1), ("(028) 3850 2146", 28)]),
    Doc("h40_02", T02, QTB, P02, D02, "sidecar", meta={"date": D02}, facts=[
        F("ban hành 18 văn bản", 18, "documents_issued"),
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions"),
        F("mở 286 lớp", 286, "study_sessions"),
        F("với 24.318 lượt cán bộ, đảng viên", 24318, "study_attendance", a="party_members"),
        F("đạt 96,08%", 96.08, "study_participation_rate"),
        F("riêng quần chúng có 9.450 lượt", 9450, "study_attendance", a="masses"),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tổ chức 1.048 buổi sinh hoạt thảo luận", 1048, "party_cell_discussions"),
        F("có 32 thí sinh", 32, "contest_entries"),
        F("với 412 buổi nói chuyện", 412, "oral_propaganda_sessions"),
        F("trên 38 nghìn lượt người dân", 38000, "propaganda_audience", "at_least",
          a="masses"),
        F("đăng 1.126 tin, bài", 1126, "news_items"),
        F("gần 27.500 người theo dõi", 27500, "propaganda_audience", "at_most", p=inst(D02)),
        F("duy trì 20 nhóm Zalo", 20, "chat_groups", p=inst(D02)),
        F("Đội ngũ 45 cộng tác viên", 45, "opinion_collaborators", p=end_of(P02)),
        F("thực hiện 36 báo cáo định kỳ", 36, "opinion_reports"),
        F("12 báo cáo đột xuất", 12, "opinion_reports"),
        F("giấy khen cho 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể, 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("năm 2019", 2019), ("Năm 2019", 2019), ("năm 2020", 2020),
              ("Năm 2020", 2020), ("số 387A Trường Chinh", 387), ("phường 14", 14),
              ("Trung ương 8", 8), ("Trung ương 9", 9), ("15 đảng bộ phường", 15),
              ("31 chi, đảng bộ cơ sở", 31), ("năm 2018", 2018), ("tăng 1.320 lượt", 1320),
              ("50 năm", 50), ("3 thí sinh xuất sắc nhất", 3), ("gần 95 người", 95),
              ("71 tuổi", 71), ("tổ dân phố 27", 27), ("khu phố 5", 5), ("phường 2", 2),
              ("64 hộ", 64), ("có 1 buổi", 1), ("100% chi bộ", 100), ("30 ngày", 30),
              ("mở 5 lớp", 5), ("90 năm", 90), ("3/2/1930", 3), ("3/2/2020", 3),
              ("tháng 1", 1)]),
    Doc("h40_03", T03, Q3, P03, D03, "text", facts=[
        F("tổ chức 1.736 hội nghị, lớp học tập", 1736, "study_sessions", unit=HCM),
        F("hơn 312 nghìn lượt cán bộ, đảng viên", 312000, "study_attendance", "at_least",
          a="party_members", unit=HCM),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=Q3),
        F("mở 138 lớp", 138, "study_sessions", unit=Q3),
        F("thu hút 12.804 lượt cán bộ, đảng viên", 12804, "study_attendance",
          a="party_members", unit=Q3),
        F("đạt 97,12%", 97.12, "study_participation_rate", unit=Q3),
        F("tổ chức 03 hội nghị", 3, "study_sessions", unit=Q10),
        F("mở 165 lớp", 165, "study_sessions", unit=Q10),
        F("với 10.236 lượt đảng viên", 10236, "study_attendance", a="party_members",
          unit=Q10),
        F("(đạt 96,45%)", 96.45, "study_participation_rate", unit=Q10),
        F("Riêng quần chúng có 1.870 lượt dự nghe", 1870, "study_attendance", a="masses",
          unit=Q10),
        F("đăng 74 tin, bài", 74, "news_items", unit=Q10),
        F("tổ chức 02 hội nghị cấp huyện", 2, "study_sessions", unit=CUCHI),
        F("mở 186 lớp", 186, "study_sessions", unit=CUCHI),
        F("với 14.507/15.102 đảng viên", 14507, "study_attendance", a="party_members",
          unit=CUCHI),
        F("tham gia đạt 96,06%", 96.06, "study_participation_rate", unit=CUCHI),
        F("gần như 100% cấp ủy viên", 100, "study_participation_rate", "approx",
          unit=CUCHI),
        F("mở 4 lớp bồi dưỡng lý luận chính trị", 4, "training_classes", unit=CUCHI),
        F("với 263 học viên", 263, "trainees", unit=CUCHI),
    ], traps=[("ngày 05-04-2023", 5), ("Quận 3", 3), ("Quận 10", 10),
              ("Trung ương 6", 6), ("Quý I năm 2023", 1), ("Nghị quyết 27-NQ/TW", 27),
              ("trong đó 1 hội nghị", 1), ("12 điểm cầu", 12), ("khu phố 4", 4),
              ("78 tuổi", 78), ("52 năm tuổi Đảng", 52), ("14 đảng bộ phường", 14),
              ("27 chi, đảng bộ cơ sở", 27), ("21 xã, thị trấn", 21),
              ("hơn 460 nghìn dân", 460000), ("một trong 5 đơn vị dẫn đầu", 5),
              ("sẽ tổ chức 1 hội nghị", 1)]),
    Doc("h40_04", T04, NHABE, P04, D04, "text", facts=[
        F("tổ chức 5 hội nghị cấp huyện", 5, "study_sessions"),
        F("mở 97 lớp", 97, "study_sessions"),
        F("với 6.214 lượt cán bộ, đảng viên", 6214, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 95,3%", 95.3, "study_participation_rate"),
        F("hiện có một trang thông tin điện tử", 1, "websites", p=inst(D04)),
        F("hai fanpage chính danh", 2, "social_pages", p=inst(D04)),
        F("7 kênh TikTok", 7, "social_pages", p=inst(D04)),
        F("có 312 nhóm Zalo", 312, "chat_groups", p=inst(D04)),
        F("khoảng 41.000 người", 41000, "chat_group_members", "approx", p=inst(D04)),
        F("đăng khoảng 3.850 tin, bài", 3850, "news_items", "approx"),
        F("lượt xem ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("Đội ngũ 38 cộng tác viên", 38, "opinion_collaborators", p=end_of(P04)),
        F("gửi về Ban 57 báo cáo", 57, "opinion_reports"),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể và 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("ngày 11 tháng 10 năm 2024", 11), ("9 tháng năm 2024", 9),
              ("Trong 9 tháng", 9), ("180 hộ", 180), ("mười phút", 10),
              ("trong đó 14 báo cáo nhanh", 14), ("Vành đai 4", 4), ("năm 2030", 2030),
              ("cho 7 xã, thị trấn", 7), ("khoảng 40 thí sinh", 40),
              ("100% ấp, khu phố", 100), ("95 năm", 95), ("3/2/1930", 3), ("3/2/2025", 3),
              ("nhiệm kỳ 2025 – 2030", 2025)]),
]
