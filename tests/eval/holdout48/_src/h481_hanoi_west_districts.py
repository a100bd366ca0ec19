"""holdout48, part 1: Hanoi's outer districts before the 2025 reform (Ba Vì, Chương Mỹ, Đan
Phượng, Hoài Đức, Quốc Oai, Thạch Thất), 2019-2022.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(tests/eval/holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the
five sample reports for style, without reading or running the extractor. The texts are invented.

Decisions taken where the guide leaves room (this file):
- A speech introduced by "Dưới đây là trích phát biểu của đồng chí ..., Trưởng ban Tuyên giáo
  Huyện ủy" speaks for the district in all of its paragraphs; the village head's words in single
  quotes inside it are an anecdote (traps).
- "Đến nay" / "hiện có" / "hiện nay" in a speech or interview dates the stocks at the document date
  (the web page's update date, or the sidecar date of the interview).
- A stock given in the year's review with no marker ("Đội ngũ 48 cộng tác viên ... đã gửi") is an
  instant at the period's end.
- "100% thôn, tổ dân phố đã lập nhóm Zalo" is a share of places (a trap), not a rate of people.
- In a concessive clause ("Dù tháng 1 ... chỉ tổ chức được 29 lớp, cả quý ...") the count is a
  fact dated to that month only.
- "trực tuyến tới 36 điểm cầu" / "kết nối 21 điểm cầu" are connected sites (traps).
- A list line's parts in brackets "(gồm 6 kế hoạch, 11 hướng dẫn)" are traps.
- The Q&A labels "Đồng chí Trưởng ban:" name the official, so her answers are the unit's.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, year

BAVI, CMY, DPH = U("Huyện Ba Vì"), U("Huyện Chương Mỹ"), U("Huyện Đan Phượng")
HDU, QOA, TTH = U("Huyện Hoài Đức"), U("Huyện Quốc Oai"), U("Huyện Thạch Thất")

T01 = """
Huyện Ba Vì: Tổng kết công tác tuyên giáo năm 2019

Cập nhật ngày 27-12-2019

Sáng 26/12, Huyện ủy Ba Vì tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019, triển khai nhiệm vụ năm 2020. Dự hội nghị có đại diện lãnh đạo Ban Tuyên giáo Thành ủy Hà Nội, lãnh đạo 31 xã, thị trấn và các ban, ngành, đoàn thể của huyện.

Dưới đây là trích phát biểu của đồng chí Đỗ Mạnh Cường, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Ba Vì, tại hội nghị.

“Thưa các đồng chí, năm 2019 là năm có nhiều sự kiện chính trị quan trọng, trong đó có kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Bám sát chương trình công tác toàn khóa, Ban Tuyên giáo đã tham mưu Ban Thường vụ Huyện ủy ban hành 36 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, trong đó có Kế hoạch số 112-KH/HU về tổ chức các hoạt động kỷ niệm.

“Về học tập, quán triệt nghị quyết, Huyện ủy tổ chức 04 hội nghị cấp huyện; các tổ chức cơ sở đảng mở 276 lớp ở cơ sở, thu hút 21.438 lượt cán bộ, đảng viên, đạt 96,8%; riêng quần chúng có 6.150 lượt tham dự. Toàn Đảng bộ triển khai hai đợt sinh hoạt chính trị, tư tưởng. Số đảng viên chưa tham gia học tập còn 418 người, phần lớn là đảng viên tuổi cao, sức yếu.

“Công tác tuyên truyền miệng tiếp tục là thế mạnh: các xã, thị trấn tổ chức 512 buổi nói chuyện thời sự, chính sách ở thôn, với khoảng 38 nghìn lượt người nghe. Ban cũng tổ chức 02 hội nghị báo cáo viên để cung cấp thông tin định hướng. Đến nay đội ngũ báo cáo viên cấp huyện có 42 đồng chí, cộng tác viên dư luận xã hội 65 đồng chí; trong năm các cộng tác viên gửi về Ban 58 báo cáo định kỳ và 14 báo cáo đột xuất về tình hình tư tưởng, dư luận.

“Trên không gian mạng, trang thông tin điện tử của huyện đăng 1.245 tin, bài; fanpage “Ba Vì ngày mới” hiện có gần 27.000 người theo dõi. Huyện hiện có một trang thông tin điện tử, ba fanpage chính danh và 318 nhóm Zalo thôn, tổ dân phố với khoảng 41.500 thành viên. Có bác trưởng thôn ở xã Ba Trại nói với tôi: ‘Thôn tôi 240 hộ thì 190 hộ đã vào nhóm, có tin gì là cả thôn biết ngay’.

“Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 11 tập thể và 19 cá nhân có thành tích xuất sắc; đồng thời đề nghị Thành ủy tặng bằng khen cho 2 tập thể. Năm 2020, chúng tôi phấn đấu 100% chi bộ tổ chức học tập nghị quyết trong vòng 30 ngày và sẽ mở thêm 5 lớp bồi dưỡng kỹ năng cho báo cáo viên cơ sở.”

Phát biểu chỉ đạo, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đánh giá Ba Vì là một trong 3 huyện dẫn đầu Cụm thi đua số 6 và đề nghị huyện chú trọng tuyên truyền ở 7 xã miền núi, nơi có đông đồng bào dân tộc Mường, Dao sinh sống.
"""

T02 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY CHƯƠNG MỸ
BAN TUYÊN GIÁO
Số 86-BC/BTGHU

Chương Mỹ, ngày 05 tháng 7 năm 2021

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2021,
phương hướng, nhiệm vụ 6 tháng cuối năm 2021

Thực hiện Hướng dẫn số 27-HD/BTGTU ngày 15/6/2021 của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Huyện ủy báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XVII Đảng bộ Thành phố
- Hội nghị cấp huyện: 03 (trực tuyến tới 36 điểm cầu xã, thị trấn)
- Số lớp ở cơ sở: 398
- Lượt cán bộ, đảng viên dự: 27.915; tỷ lệ: 97,34%
- Lượt quần chúng dự nghe: 4.260
- Số đảng viên chưa tham gia: 762 người (chủ yếu do tuổi cao, ốm đau, đi làm ăn xa)

2. Công tác tuyên truyền
- Văn bản hướng dẫn tuyên truyền đã ban hành: 17 (gồm 6 kế hoạch, 11 hướng dẫn)
- Buổi tuyên truyền miệng về cuộc bầu cử ngày 23/5/2021: 684 – lượt người nghe: khoảng 52.300
- Tin, bài trên cổng thông tin điện tử huyện: 936; trên fanpage: 1.412
- Băng rôn, khẩu hiệu, pano: 2.860
- Lượt xe loa tuyên truyền lưu động: 245
- Tỷ lệ cử tri đi bầu: 99,81%

3. Nắm bắt dư luận xã hội
- Cộng tác viên dư luận xã hội: 72 đồng chí (tính đến 30/6/2021)
- Báo cáo dư luận xã hội: 12 định kỳ, 5 đột xuất

4. Đào tạo, bồi dưỡng và đội ngũ báo cáo viên
- Lớp bồi dưỡng đảng viên mới: 04; học viên: 289 người
- Lớp bồi dưỡng nhận thức về Đảng: 05; học viên: 318 người
- Báo cáo viên cấp huyện: 38 đồng chí; hội nghị báo cáo viên: 02

Nhìn chung, các chỉ tiêu 6 tháng đều đạt và vượt, riêng chỉ tiêu học tập nghị quyết đạt 104% kế hoạch. Ban Tuyên giáo Huyện ủy được Ban Tuyên giáo Thành ủy xếp thứ 5/30 trong khối quận, huyện, thị xã.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021
1. Tổ chức học tập chuyên đề năm 2021 đến 100% chi bộ; phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
2. Mở 03 lớp bồi dưỡng nghiệp vụ cho khoảng 150 cán bộ làm công tác tuyên giáo cơ sở.
3. Tổ chức Hội thi báo cáo viên giỏi cấp huyện lần thứ III, dự kiến trong tháng 10/2021.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu BTG.
"""

T03 = """
Đan Phượng: Đưa nghị quyết về tận thôn, xóm

Năm 2022, công tác tuyên giáo ở huyện Đan Phượng có nhiều cách làm mới, nhất là trên không gian mạng. Phóng viên có cuộc trao đổi với đồng chí Nguyễn Thị Minh Thu, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Đan Phượng.

PV: Thưa đồng chí, đâu là kết quả nổi bật nhất của công tác tuyên giáo huyện năm qua?

Đồng chí Trưởng ban: “Điểm nhấn lớn nhất là học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII và các nghị quyết của Thành ủy. Huyện ủy tổ chức 5 hội nghị cấp huyện, các chi, đảng bộ mở 215 lớp; số đảng viên tham gia học tập là 8.967/9.284 đồng chí. Chúng tôi còn tổ chức 126 buổi thảo luận chi bộ về chuyên đề năm 2022 của Thành ủy, nhiều chi bộ thôn làm rất bài bản.”

PV: Việc ứng dụng mạng xã hội được huyện triển khai ra sao?

Đồng chí Trưởng ban: “Đan Phượng hiện có 1 cổng thông tin điện tử, 16 fanpage của các xã, thị trấn và 1 kênh YouTube. Năm 2022, các trang này đăng tải hơn 3.400 tin, bài, video clip. Đến nay, 100% thôn, tổ dân phố đã lập nhóm Zalo, tổng cộng 187 nhóm với trên 22 nghìn thành viên. Có bác tổ trưởng nói với tôi: ‘Tổ tôi 112 hộ, tối nào cũng có người hỏi chuyện trên nhóm’. Tôi nghĩ đó là thước đo rõ nhất.”

PV: Công tác nắm bắt dư luận và thi đua, khen thưởng có gì mới?

Đồng chí Trưởng ban: “Đội ngũ 48 cộng tác viên dư luận xã hội của huyện đã gửi 36 báo cáo định kỳ và 9 báo cáo đột xuất, phản ánh kịp thời ý kiến của nhân dân về giải phóng mặt bằng đường Vành đai 4. Cuộc thi “Tìm hiểu lịch sử Đảng bộ huyện Đan Phượng” thu hút 5.126 bài dự thi, trong đó 41 bài đạt giải. Cuối năm, Huyện ủy đã khen thưởng 7 tập thể và 12 cá nhân có thành tích trong công tác tuyên giáo.”

PV: Năm 2023, huyện đặt ra mục tiêu gì?

Đồng chí Trưởng ban: “Chúng tôi phấn đấu mỗi xã, thị trấn tổ chức ít nhất 2 buổi tuyên truyền miệng mỗi tháng và sẽ mở 6 lớp bồi dưỡng kỹ năng viết tin, bài cho cán bộ cơ sở. Huyện có 16 xã, thị trấn với khoảng 185 nghìn dân, nên phải đi từng thôn mới chắc.”

PV: Xin cảm ơn đồng chí!
"""

T04 = """
Hoài Đức, Quốc Oai, Thạch Thất: Hoàn thành học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII

Quý I năm 2022, ba huyện phía tây Thủ đô cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII về tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị, gắn với Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.

* Huyện Hoài Đức

Huyện ủy tổ chức 2 hội nghị cấp huyện; 54 chi, đảng bộ cơ sở mở 318 lớp với 19.826 lượt cán bộ, đảng viên, đạt 97,2%. Trang thông tin điện tử huyện đăng 214 tin, bài phản ánh kết quả học tập ở cơ sở. Theo Ban Tuyên giáo Huyện ủy, Hoài Đức là một trong 2 huyện hoàn thành sớm nhất khối các huyện của Thành phố.

* Huyện Quốc Oai

Tính đến ngày 31/3/2022, Quốc Oai có 41 báo cáo viên cấp huyện. Trong quý, huyện tổ chức 1 hội nghị trực tuyến kết nối 21 điểm cầu; các đảng bộ xã, thị trấn mở 236 lớp, thu hút 14.302 lượt cán bộ, đảng viên và 2.118 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 95,9%.

Ông Nguyễn Văn Tám, Bí thư Chi bộ thôn Đồng Bụt, xã Ngọc Liệp, kể: “Chi bộ thôn tôi có 46 đảng viên, cụ cao tuổi nhất đã 92 tuổi mà vẫn dự đủ 2 buổi học.”

* Huyện Thạch Thất

Dù tháng 1 do ảnh hưởng của dịch Covid-19 huyện chỉ tổ chức được 29 lớp, cả quý các chi, đảng bộ đã mở 287 lớp với 16.540 lượt cán bộ, đảng viên (đạt 96,45%). Huyện ủy tặng giấy khen cho 6 tập thể hoàn thành sớm việc học tập. Khu công nghệ cao Hòa Lạc, nơi làm việc của khoảng 10.000 kỹ sư, công nhân, cũng được chọn làm điểm tổ chức 3 buổi nói chuyện chuyên đề cho đảng viên các chi bộ doanh nghiệp.

Trong quý II, ba huyện sẽ tổ chức học tập chuyên đề năm 2022 và sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW.
"""

D01, D02, D03, D04 = "2019-12-27", "2021-07-05", "2023-01-09", "2022-04-08"

DOCS = [
    Doc("h48_01", T01, BAVI, year(2019), D01, "text", facts=[
        F("ban hành 36 văn bản", 36, "documents_issued"),
        F("tổ chức 04 hội nghị cấp huyện", 4, "study_sessions"),
        F("mở 276 lớp ở cơ sở", 276, "study_sessions"),
        F("thu hút 21.438 lượt cán bộ, đảng viên", 21438, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("riêng quần chúng có 6.150 lượt tham dự", 6150, "study_attendance", a="masses"),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("còn 418 người", 418, "other"),
        F("tổ chức 512 buổi nói chuyện", 512, "oral_propaganda_sessions"),
        F("khoảng 38 nghìn lượt người nghe", 38000, "propaganda_audience", "approx"),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("cấp huyện có 42 đồng chí", 42, "reporters", p=inst(D01)),
        F("cộng tác viên dư luận xã hội 65 đồng chí", 65, "opinion_collaborators", p=inst(D01)),
        F("gửi về Ban 58 báo cáo định kỳ", 58, "opinion_reports"),
        F("14 báo cáo đột xuất", 14, "opinion_reports"),
        F("đăng 1.245 tin, bài", 1245, "news_items"),
        F("gần 27.000 người theo dõi", 27000, "propaganda_audience", "at_most", p=inst(D01)),
        F("hiện có một trang thông tin điện tử", 1, "websites", p=inst(D01)),
        F("ba fanpage chính danh", 3, "social_pages", p=inst(D01)),
        F("318 nhóm Zalo", 318, "chat_groups", p=inst(D01)),
        F("khoảng 41.500 thành viên", 41500, "chat_group_members", "approx", p=inst(D01)),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("ngày 27-12-2019", 27), ("Sáng 26/12", 26), ("năm 2019", 2019),
              ("năm 2020", 2020), ("31 xã, thị trấn", 31), ("50 năm", 50),
              ("Kế hoạch số 112-KH/HU", 112), ("240 hộ", 240), ("190 hộ", 190),
              ("bằng khen cho 2 tập thể", 2), ("Năm 2020", 2020), ("100% chi bộ", 100),
              ("30 ngày", 30), ("thêm 5 lớp", 5), ("một trong 3 huyện", 3),
              ("Cụm thi đua số 6", 6), ("7 xã miền núi", 7)]),
    Doc("h48_02", T02, CMY, h1(2021), D02, "text", facts=[
        F("Hội nghị cấp huyện: 03", 3, "study_sessions"),
        F("Số lớp ở cơ sở: 398", 398, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 27.915", 27915, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,34%", 97.34, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 4.260", 4260, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 762 người", 762, "other"),
        F("đã ban hành: 17", 17, "documents_issued"),
        F("ngày 23/5/2021: 684", 684, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 52.300", 52300, "propaganda_audience", "approx"),
        F("cổng thông tin điện tử huyện: 936", 936, "news_items"),
        F("trên fanpage: 1.412", 1412, "news_items"),
        F("Băng rôn, khẩu hiệu, pano: 2.860", 2860, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 245", 245, "other"),
        F("Cộng tác viên dư luận xã hội: 72 đồng chí", 72, "opinion_collaborators",
          p=inst("2021-06-30")),
        F("Báo cáo dư luận xã hội: 12 định kỳ", 12, "opinion_reports"),
        F("5 đột xuất", 5, "opinion_reports"),
        F("Lớp bồi dưỡng đảng viên mới: 04", 4, "training_classes"),
        F("học viên: 289 người", 289, "trainees"),
        F("Lớp bồi dưỡng nhận thức về Đảng: 05", 5, "training_classes"),
        F("học viên: 318 người", 318, "trainees"),
        F("Báo cáo viên cấp huyện: 38 đồng chí", 38, "reporters", p=end_of(h1(2021))),
        F("hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
    ], traps=[("Số 86-BC/BTGHU", 86), ("1. Học tập", 1), ("2. Công tác tuyên truyền", 2),
              ("3. Nắm bắt", 3), ("4. Đào tạo", 4), ("1. Tổ chức học tập", 1),
              ("2. Mở 03 lớp", 2), ("3. Tổ chức Hội thi", 3), ("(tính đến 30/6/2021)", 30),
              ("NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021", 6), ("chuyên đề năm 2021", 2021), ("ngày 05 tháng 7 năm 2021", 5),
              ("6 tháng đầu năm 2021", 6), ("6 tháng cuối năm 2021", 6),
              ("Hướng dẫn số 27-HD/BTGTU", 27), ("bầu cử ngày 23/5/2021", 23), ("ngày 15/6/2021", 15),
              ("Đại hội XIII", 13), ("Đại hội XVII", 17), ("36 điểm cầu", 36),
              ("6 kế hoạch", 6), ("11 hướng dẫn", 11), ("99,81%", 99.81),
              ("104% kế hoạch", 104), ("xếp thứ 5/30", 5), ("100% chi bộ", 100),
              ("trên 95%", 95), ("Mở 03 lớp", 3), ("khoảng 150 cán bộ", 150),
              ("lần thứ III", 3), ("tháng 10/2021", 10), ("các chỉ tiêu 6 tháng", 6)]),
    Doc("h48_03", T03, DPH, year(2022), D03, "sidecar", meta={"date": D03}, facts=[
        F("tổ chức 5 hội nghị cấp huyện", 5, "study_sessions"),
        F("mở 215 lớp", 215, "study_sessions"),
        F("là 8.967/9.284 đồng chí", 8967, "study_attendance", a="party_members"),
        F("tổ chức 126 buổi thảo luận chi bộ", 126, "party_cell_discussions"),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", p=inst(D03)),
        F("16 fanpage của các xã", 16, "social_pages", p=inst(D03)),
        F("1 kênh YouTube", 1, "social_pages", p=inst(D03)),
        F("hơn 3.400 tin, bài", 3400, "news_items", "at_least"),
        F("tổng cộng 187 nhóm", 187, "chat_groups", p=inst(D03)),
        F("trên 22 nghìn thành viên", 22000, "chat_group_members", "at_least", p=inst(D03)),
        F("Đội ngũ 48 cộng tác viên", 48, "opinion_collaborators", p=end_of(year(2022))),
        F("gửi 36 báo cáo định kỳ", 36, "opinion_reports"),
        F("9 báo cáo đột xuất", 9, "opinion_reports"),
        F("thu hút 5.126 bài dự thi", 5126, "contest_entries"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Năm 2022", 2022), ("Trung ương 4", 4), ("khóa XIII", 13),
              ("chuyên đề năm 2022", 2022), ("100% thôn", 100), ("112 hộ", 112),
              ("Vành đai 4", 4), ("41 bài đạt giải", 41), ("Năm 2023", 2023),
              ("ít nhất 2 buổi", 2), ("mở 6 lớp", 6), ("16 xã, thị trấn", 16),
              ("khoảng 185 nghìn dân", 185000)]),
    Doc("h48_04", T04, HDU, quarter(1, 2022), D04, "sidecar", meta={"date": D04}, facts=[
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions"),
        F("mở 318 lớp", 318, "study_sessions"),
        F("với 19.826 lượt cán bộ, đảng viên", 19826, "study_attendance", a="party_members"),
        F("đạt 97,2%", 97.2, "study_participation_rate"),
        F("đăng 214 tin, bài", 214, "news_items"),
        F("có 41 báo cáo viên", 41, "reporters", unit=QOA, p=inst("2022-03-31")),
        F("tổ chức 1 hội nghị trực tuyến", 1, "study_sessions", unit=QOA),
        F("mở 236 lớp", 236, "study_sessions", unit=QOA),
        F("thu hút 14.302 lượt cán bộ, đảng viên", 14302, "study_attendance",
          a="party_members", unit=QOA),
        F("2.118 lượt quần chúng", 2118, "study_attendance", a="masses", unit=QOA),
        F("tham gia đạt 95,9%", 95.9, "study_participation_rate", unit=QOA),
        F("chỉ tổ chức được 29 lớp", 29, "study_sessions", unit=TTH, p=month(1, 2022)),
        F("mở 287 lớp", 287, "study_sessions", unit=TTH),
        F("với 16.540 lượt cán bộ, đảng viên", 16540, "study_attendance", a="party_members",
          unit=TTH),
        F("(đạt 96,45%)", 96.45, "study_participation_rate", unit=TTH),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives", unit=TTH),
        F("tổ chức 3 buổi nói chuyện chuyên đề", 3, "oral_propaganda_sessions", unit=TTH),
    ], traps=[("Trung ương 4", 4), ("khóa XIII", 13), ("Quý I năm 2022", 1),
              ("Kết luận số 21-KL/TW", 21), ("ngày 25/10/2021", 25),
              ("54 chi, đảng bộ cơ sở", 54), ("một trong 2 huyện", 2),
              ("Tính đến ngày 31/3/2022", 31), ("21 điểm cầu", 21), ("46 đảng viên", 46),
              ("92 tuổi", 92), ("đủ 2 buổi", 2), ("tháng 1", 1), ("Covid-19", 19),
              ("khoảng 10.000 kỹ sư", 10000), ("quý II", 2), ("chuyên đề năm 2022", 2022),
              ("5 năm", 5), ("Chỉ thị 05-CT/TW", 5)]),
]
