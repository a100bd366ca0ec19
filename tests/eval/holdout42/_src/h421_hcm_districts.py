"""holdout42, part 1: Ho Chi Minh City districts and the city before 2025-07-01 (h42_01-h42_04).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source read for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and
the five sample reports (style only), without reading or running the extractor.

Decisions where the guide leaves room (shared by the three files of the set):
- "phối hợp Trường Cán bộ Thành phố mở 1 lớp": the city school is the partner, the class is the
  district's (training_classes of the district).
- Stocks with no marker in their sentence take the end of the governing period (end_of);
  "hiện có / hiện nay / Hiện ..." take the document date.
- "Từ đầu năm đến nay" in an interview answer dates its sentence only (since Jan 1 .. doc date);
  "Chín tháng qua" later in the same interview is the article's 9-month span.
- An interview's speaker label carries the official's title ("Bà ..., Trưởng ban ...:",
  "Đồng chí Trưởng ban:"), so the answers speak for the unit; words in single quotes inside an
  answer are an anecdote.
- "tổ thông tin" counted as of "Đến nay" is `other` at the document date; people reached by
  "cử tri" are audience `all` (cử tri is not one of the masses words).
- A city-level article with unit sections: the city body's figures in the lead are the
  province's; bare "hội nghị"/"lớp" in the sections count the study named in the headline.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, since, year

HCM = U("79")
Q8, GV, CC = U("Quận 8"), U("Quận Gò Vấp"), U("Huyện Củ Chi")
Q3, Q10, CG = U("Quận 3"), U("Quận 10"), U("Huyện Cần Giờ")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 8
BAN TUYÊN GIÁO
Số 87-BC/BTGQU
Quận 8, ngày 08 tháng 7 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, trong đó có Kế hoạch số 142-KH/QU về tuyên truyền kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 - 2019). Các văn bản được gửi kịp thời đến các đảng bộ phường và chi, đảng bộ cơ sở.

2. Học tập, quán triệt nghị quyết
- Hội nghị cấp quận: 03; lớp ở các chi, đảng bộ cơ sở: 214
- Lượt cán bộ, đảng viên dự: 12.486; đạt 95,8%
- Lượt quần chúng dự nghe: 3.150
- Số đảng viên chưa tham gia: 527 người (chủ yếu đảng viên lớn tuổi, ốm đau)

3. Bồi dưỡng lý luận chính trị
Trung tâm Chính trị quận mở 04 lớp sơ cấp lý luận chính trị và 2 lớp bồi dưỡng nhận thức về Đảng với tổng số 389 học viên; phối hợp Trường Cán bộ Thành phố mở 1 lớp trung cấp lý luận chính trị tại quận.

4. Báo cáo viên, tuyên truyền miệng
- Báo cáo viên cấp quận: 38 đồng chí (tính đến 30/6/2019)
- Hội nghị báo cáo viên: 02 (tháng 2 và tháng 5)
- Buổi nói chuyện chuyên đề, tuyên truyền miệng tại khu phố: 176 – lượt người nghe: khoảng 14.300

5. Nắm bắt dư luận xã hội
Đội ngũ 46 cộng tác viên dư luận xã hội gửi về Ban 58 báo cáo định kỳ và 11 báo cáo đột xuất, tập trung vào việc giải tỏa, chỉnh trang rạch Ụ Cây, đường Phạm Thế Hiển và tình hình trật tự tại phường 4, phường 16.

6. Thông tin trên mạng, thi đua khen thưởng
Trang thông tin điện tử Quận 8 đăng 412 tin, bài; fanpage "Quận 8 ngày nay" đăng thêm 236 tin, ảnh, video. Các khu phố duy trì 318 nhóm Zalo. Cuộc thi trắc nghiệm "Tìm hiểu 50 năm Di chúc" thu hút 8.904 lượt người dự thi. Ban Thường vụ Quận ủy tặng giấy khen cho 7 tập thể và 19 cá nhân.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
1. Tổ chức ít nhất 02 hội nghị học tập các chuyên đề mới; phấn đấu 100% cấp ủy viên dự học.
2. Mở 3 lớp bồi dưỡng kỹ năng cho 150 tuyên truyền viên khu phố.
3. Tổ chức Hội thi báo cáo viên giỏi lần thứ III.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
"""

T02 = """
Gò Vấp: Năm 2016, đưa tuyên truyền bầu cử và nghị quyết mới đến tận khu phố

Cập nhật ngày 22-12-2016

Chiều 21/12, tại Hội trường Quận ủy (số 19 Quang Trung, phường 10), Ban Tuyên giáo Quận ủy Gò Vấp tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016. Đồng chí Phó Bí thư Thường trực Quận ủy dự và chỉ đạo hội nghị.

Năm 2016 là năm cả nước tổ chức bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 - 2021. Với hơn 640 nghìn người sinh sống trên 16 phường, Gò Vấp là một trong những quận đông dân nhất Thành phố. Trước ngày bầu cử 22/5, quận đã tổ chức hai trăm mười lăm buổi tuyên truyền miệng tại các khu phố, chợ, trường học, thu hút trên 19.000 lượt cử tri và người dân tham dự; xe loa lưu động của quận chạy 96 lượt trên các tuyến đường chính.

Về học tập nghị quyết, Quận ủy tổ chức 4 hội nghị cấp quận học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố; các đảng bộ phường và chi, đảng bộ cơ sở mở 297 lớp, thu hút 23.418 lượt cán bộ, đảng viên, đạt tỷ lệ 96,7%; riêng quần chúng có 5.260 lượt tham dự.

Ông Trần Quốc Vinh, Trưởng ban Tuyên giáo Quận ủy, cho biết: “Chúng tôi vận động mỗi chi bộ khu phố lập một tổ thông tin. Đến nay toàn quận có 178 tổ, do các đồng chí bí thư chi bộ trực tiếp phụ trách. Trong năm, các chi bộ đã tổ chức 1.064 buổi sinh hoạt chuyên đề về chủ đề năm 2016 của Thành phố”.

Bà Lê Thị Ngọc, 71 tuổi, tổ dân phố 52, khu phố 7, phường 5, kể: “Tổ tôi có 64 hộ, tháng nào cũng họp, có bữa nghe báo cáo viên nói chuyện tới 2 tiếng đồng hồ mà không ai về sớm”.

Cũng trong năm, trang thông tin điện tử quận đăng tải 1.205 tin, bài; Ban Tuyên giáo Quận ủy phát hành 12 số bản tin “Sinh hoạt chi bộ”, mỗi số 2.500 bản. Quận phát động cuộc thi viết “Gò Vấp – 40 năm xây dựng và phát triển”, nhận 356 tác phẩm dự thi, trong đó 20 tác phẩm đạt giải.

Dịp này, Ban Thường vụ Quận ủy khen thưởng 11 tập thể và 24 cá nhân; đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 2 tập thể. Năm 2017, quận phấn đấu 100% chi bộ khu phố có tổ thông tin hoạt động hiệu quả và tổ chức từ 8 đến 10 hội nghị báo cáo viên.
"""

T03 = """
Tuyên giáo ở “đất thép”: gần dân, hiểu dân, nói cho dân nghe

Chín tháng năm 2023, công tác tuyên giáo ở huyện Củ Chi có nhiều cách làm mới, sát với đời sống ở các ấp. Phóng viên có cuộc trao đổi với bà Nguyễn Thị Thu Hà, Trưởng ban Tuyên giáo Huyện ủy Củ Chi.

PV: Thưa bà, điểm nhấn của công tác tuyên giáo huyện trong 9 tháng qua là gì?

Bà Nguyễn Thị Thu Hà, Trưởng ban Tuyên giáo Huyện ủy: Điểm nhấn là đưa nghị quyết về tận ấp. Từ đầu năm đến nay, Huyện ủy tổ chức 5 hội nghị cấp huyện học tập, quán triệt các nghị quyết, kết luận của Trung ương và Thành ủy; các cơ sở mở 463 lớp với 31.270 lượt cán bộ, đảng viên tham dự, đạt 97,2%. Huyện có 21 xã, thị trấn với hơn 460 nghìn dân, nhiều ấp cách trung tâm huyện 30 - 40 km, nên chúng tôi chọn cách “mang hội trường về ấp”.

PV: Còn tuyên truyền miệng và nắm bắt dư luận thì sao, thưa bà?

Đồng chí Trưởng ban: Chín tháng qua, huyện tổ chức 284 buổi nói chuyện thời sự, chuyên đề, khoảng 21.600 lượt người nghe. Đội ngũ 57 báo cáo viên cấp huyện và 126 tuyên truyền viên ấp là lực lượng nòng cốt. Về dư luận, 62 cộng tác viên gửi 81 báo cáo định kỳ, 17 báo cáo đột xuất; nhiều ý kiến về bồi thường dự án Vành đai 3 và cao tốc TP.HCM – Mộc Bài đã được tổng hợp, báo cáo kịp thời Ban Thường vụ Huyện ủy.

PV: Trên mạng xã hội, huyện làm gì để thông tin chính thống lan tỏa?

Đồng chí Trưởng ban: Huyện hiện có một trang thông tin điện tử, hai fanpage chính danh và 1 kênh TikTok; các xã, thị trấn đều có fanpage riêng. Hiện nay các ấp có 372 nhóm Zalo, số thành viên khoảng 52.000 người. Từ tháng 1 đến tháng 9, các trang của huyện đăng hơn 3.400 tin, bài, video ngắn. Có anh nông dân ở ấp Phú Hiệp nhắn cho tôi: ‘Nhà tôi 5 người thì 4 người đọc tin huyện qua Zalo’.

PV: Kế hoạch những tháng cuối năm của huyện?

Đồng chí Trưởng ban: Quý IV, huyện sẽ tổ chức Hội thi tuyên truyền viên giỏi với khoảng 40 thí sinh và hoàn thành sổ tay tuyên truyền viên ấp. Dịp kỷ niệm 78 năm Cách mạng Tháng Tám, Huyện ủy đã khen thưởng 9 tập thể, 23 cá nhân có thành tích trong công tác tuyên giáo.
"""

T04 = """
Thứ Sáu, ngày 07/10/2022

Quý III/2022: Cơ sở hoàn thành học tập Nghị quyết Trung ương 5 khóa XIII

(Thanhuytphcm.vn) – Ban Tuyên giáo Thành ủy TP.HCM cho biết, trong quý III năm 2022, Thành ủy đã tổ chức 2 hội nghị trực tuyến học tập, quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII, kết nối 312 điểm cầu, với hơn 46.000 lượt cán bộ, đảng viên tham dự. Ban Tuyên giáo Thành ủy biên soạn và in 18.000 cuốn tài liệu hỏi – đáp cho cơ sở, mỗi cuốn dày 48 trang. Dưới đây là kết quả ở một số địa phương.

* Quận 3
Quận ủy tổ chức 1 hội nghị cấp quận cho cán bộ chủ chốt của quận và 12 đảng bộ phường; các chi, đảng bộ cơ sở mở 186 lớp với 9.842 lượt cán bộ, đảng viên, đạt 96,35%. Sau học tập, 9.516 đảng viên viết bài thu hoạch. Ban Tuyên giáo Quận ủy tổ chức thêm 36 buổi nói chuyện chuyên đề về phòng, chống tham nhũng, tiêu cực, với 4.100 lượt người nghe.

* Quận 10
Tại Quận 10, Quận ủy tổ chức 2 hội nghị; 14 đảng bộ phường và 31 chi, đảng bộ cơ sở mở 228 lớp, thu hút 11.065 lượt cán bộ, đảng viên (đạt 97,4%), riêng quần chúng có 2.380 lượt dự nghe. Quận còn phát động cuộc thi trực tuyến tìm hiểu nghị quyết, thu hút 15.327 lượt dự thi; ban tổ chức trao 1 giải Nhất, 2 giải Nhì và 3 giải Ba.

* Huyện Cần Giờ
Huyện ủy Cần Giờ tổ chức 1 hội nghị cấp huyện và 74 lớp ở các chi bộ, với 3.614/3.720 đảng viên tham gia. Do nhiều đảng viên đi biển 15 đến 20 ngày mới về, huyện mở thêm 06 lớp bổ sung vào buổi tối. Ông Sáu Tâm, ngư dân ở xã Thạnh An, nói: “Học xong thấy rõ hơn chuyện giữ biển, giữ rừng, về kể lại cho anh em trên ghe 8 người nghe luôn.”

Ban Tuyên giáo Thành ủy đánh giá, đến cuối tháng 9/2022, các đảng bộ trực thuộc đều đã hoàn thành việc học tập; thời gian tới sẽ kiểm tra việc xây dựng chương trình hành động tại 5 đơn vị.
"""

D01, D02, D03, D04 = "2019-07-08", "2016-12-22", "2023-10-12", "2022-10-07"
P01, P03, P04 = h1(2019), m9(2023), quarter(3, 2022)

DOCS = [
    Doc("h42_01", T01, Q8, P01, D01, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("lớp ở các chi, đảng bộ cơ sở: 214", 214, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 12.486", 12486, "study_attendance", a="party_members"),
        F("đạt 95,8%", 95.8, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 3.150", 3150, "study_attendance", a="masses"),
        F("chưa tham gia: 527 người", 527, "other"),
        F("mở 04 lớp sơ cấp lý luận chính trị", 4, "training_classes"),
        F("2 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes"),
        F("tổng số 389 học viên", 389, "trainees"),
        F("mở 1 lớp trung cấp lý luận chính trị", 1, "training_classes"),
        F("Báo cáo viên cấp quận: 38 đồng chí", 38, "reporters", p=inst("2019-06-30")),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("tại khu phố: 176", 176, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 14.300", 14300, "propaganda_audience", "approx"),
        F("Đội ngũ 46 cộng tác viên", 46, "opinion_collaborators", p=end_of(P01)),
        F("gửi về Ban 58 báo cáo định kỳ", 58, "opinion_reports"),
        F("11 báo cáo đột xuất", 11, "opinion_reports"),
        F("đăng 412 tin, bài", 412, "news_items"),
        F("đăng thêm 236 tin, ảnh, video", 236, "news_items"),
        F("duy trì 318 nhóm Zalo", 318, "chat_groups", p=end_of(P01)),
        F("thu hút 8.904 lượt người dự thi", 8904, "contest_entries"),
        F("giấy khen cho 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("ngày 08 tháng 7 năm 2019", 8),
              ("6 tháng đầu năm 2019", 6), ("6 tháng cuối năm 2019", 6),
              ("Kế hoạch số 142-KH/QU", 142), ("50 năm", 50), ("1969 - 2019", 1969),
              ("30/6/2019", 30), ("tháng 2", 2), ("tháng 5", 5), ("phường 4", 4),
              ("phường 16", 16), ("Quận 8", 8), ("6 THÁNG CUỐI NĂM 2019", 6),
              ("ít nhất 02 hội nghị", 2), ("100% cấp ủy viên", 100), ("Mở 3 lớp", 3),
              ("150 tuyên truyền viên", 150)]),
    Doc("h42_02", T02, GV, year(2016), D02, "text", facts=[
        F("hai trăm mười lăm buổi tuyên truyền miệng", 215, "oral_propaganda_sessions"),
        F("trên 19.000 lượt cử tri và người dân", 19000, "propaganda_audience", "at_least",
          a="masses"),
        F("chạy 96 lượt", 96, "other"),
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions"),
        F("mở 297 lớp", 297, "study_sessions"),
        F("23.418 lượt cán bộ, đảng viên", 23418, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 96,7%", 96.7, "study_participation_rate"),
        F("riêng quần chúng có 5.260 lượt tham dự", 5260, "study_attendance", a="masses"),
        F("toàn quận có 178 tổ", 178, "other", p=inst(D02)),
        F("tổ chức 1.064 buổi sinh hoạt chuyên đề", 1064, "party_cell_discussions"),
        F("đăng tải 1.205 tin, bài", 1205, "news_items"),
        F("phát hành 12 số bản tin", 12, "news_items"),
        F("nhận 356 tác phẩm dự thi", 356, "contest_entries"),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 24 cá nhân", 24, "commended_individuals"),
    ], traps=[("22-12-2016", 22), ("Chiều 21/12", 21), ("số 19 Quang Trung", 19),
              ("phường 10", 10), ("nhiệm kỳ 2016 - 2021", 2016),
              ("hơn 640 nghìn người", 640000), ("16 phường", 16), ("ngày bầu cử 22/5", 22),
              ("chủ đề năm 2016", 2016), ("71 tuổi", 71), ("tổ dân phố 52", 52),
              ("khu phố 7", 7), ("phường 5", 5), ("64 hộ", 64), ("2 tiếng", 2),
              ("mỗi số 2.500 bản", 2500), ("40 năm", 40), ("20 tác phẩm đạt giải", 20),
              ("cho 2 tập thể", 2), ("Năm 2017", 2017), ("100% chi bộ", 100),
              ("từ 8 đến 10 hội nghị", 8)]),
    Doc("h42_03", T03, CC, P03, D03, "sidecar", meta={"date": D03}, facts=[
        F("tổ chức 5 hội nghị cấp huyện", 5, "study_sessions", p=since("2023-01-01", D03)),
        F("mở 463 lớp", 463, "study_sessions", p=since("2023-01-01", D03)),
        F("31.270 lượt cán bộ, đảng viên", 31270, "study_attendance", a="party_members",
          p=since("2023-01-01", D03)),
        F("đạt 97,2%", 97.2, "study_participation_rate", p=since("2023-01-01", D03)),
        F("tổ chức 284 buổi nói chuyện", 284, "oral_propaganda_sessions"),
        F("khoảng 21.600 lượt người nghe", 21600, "propaganda_audience", "approx"),
        F("Đội ngũ 57 báo cáo viên", 57, "reporters", p=end_of(P03)),
        F("126 tuyên truyền viên ấp", 126, "other", p=end_of(P03)),
        F("62 cộng tác viên", 62, "opinion_collaborators", p=end_of(P03)),
        F("gửi 81 báo cáo định kỳ", 81, "opinion_reports"),
        F("17 báo cáo đột xuất", 17, "opinion_reports"),
        F("một trang thông tin điện tử", 1, "websites", p=inst(D03)),
        F("hai fanpage chính danh", 2, "social_pages", p=inst(D03)),
        F("1 kênh TikTok", 1, "social_pages", p=inst(D03)),
        F("có 372 nhóm Zalo", 372, "chat_groups", p=inst(D03)),
        F("khoảng 52.000 người", 52000, "chat_group_members", "approx", p=inst(D03)),
        F("hơn 3.400 tin, bài", 3400, "news_items", "at_least"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 23 cá nhân", 23, "commended_individuals"),
    ], traps=[("9 tháng qua", 9), ("21 xã, thị trấn", 21), ("hơn 460 nghìn dân", 460000),
              ("30 - 40 km", 30), ("Vành đai 3", 3), ("Từ tháng 1", 1), ("đến tháng 9", 9),
              ("Nhà tôi 5 người", 5), ("4 người đọc tin", 4), ("khoảng 40 thí sinh", 40),
              ("78 năm", 78)]),
    Doc("h42_04", T04, HCM, P04, D04, "text", facts=[
        F("tổ chức 2 hội nghị trực tuyến", 2, "study_sessions"),
        F("hơn 46.000 lượt cán bộ, đảng viên", 46000, "study_attendance", "at_least",
          a="party_members"),
        F("in 18.000 cuốn", 18000, "other"),
        F("tổ chức 1 hội nghị cấp quận", 1, "study_sessions", unit=Q3),
        F("mở 186 lớp", 186, "study_sessions", unit=Q3),
        F("9.842 lượt cán bộ, đảng viên", 9842, "study_attendance", a="party_members", unit=Q3),
        F("đạt 96,35%", 96.35, "study_participation_rate", unit=Q3),
        F("9.516 đảng viên viết bài thu hoạch", 9516, "other", unit=Q3),
        F("36 buổi nói chuyện chuyên đề", 36, "oral_propaganda_sessions", unit=Q3),
        F("4.100 lượt người nghe", 4100, "propaganda_audience", unit=Q3),
        F("Quận ủy tổ chức 2 hội nghị", 2, "study_sessions", unit=Q10),
        F("mở 228 lớp", 228, "study_sessions", unit=Q10),
        F("11.065 lượt cán bộ, đảng viên", 11065, "study_attendance", a="party_members",
          unit=Q10),
        F("đạt 97,4%", 97.4, "study_participation_rate", unit=Q10),
        F("riêng quần chúng có 2.380 lượt dự nghe", 2380, "study_attendance", a="masses",
          unit=Q10),
        F("thu hút 15.327 lượt dự thi", 15327, "contest_entries", unit=Q10),
        F("1 hội nghị cấp huyện", 1, "study_sessions", unit=CG),
        F("74 lớp ở các chi bộ", 74, "study_sessions", unit=CG),
        F("3.614/3.720 đảng viên tham gia", 3614, "study_attendance", a="party_members",
          unit=CG),
        F("mở thêm 06 lớp bổ sung", 6, "study_sessions", unit=CG),
    ], traps=[("ngày 07/10/2022", 7), ("Quý III/2022", 2022), ("Trung ương 5", 5),
              ("quý III năm 2022", 2022), ("312 điểm cầu", 312), ("dày 48 trang", 48),
              ("Quận 3", 3), ("12 đảng bộ phường", 12), ("Quận 10", 10),
              ("14 đảng bộ phường", 14), ("31 chi, đảng bộ cơ sở", 31),
              ("trao 1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("15 đến 20 ngày", 15), ("ghe 8 người", 8), ("tháng 9/2022", 9),
              ("tại 5 đơn vị", 5)]),
]
