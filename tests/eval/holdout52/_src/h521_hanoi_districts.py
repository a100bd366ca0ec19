"""Held-out set holdout52, part 1: Hanoi districts and the city before 2025-07-01 (2016-2022).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
only (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the five
sample reports for style, without reading or running the extractor. All texts are new.

Decisions where the guide leaves room (shared by all parts of the set):
- A stock with no "hiện có / hiện nay / đến nay / tính đến" marker (e.g. "Tổ cộng tác viên ...
  gồm 27 đồng chí", "Đội ngũ 36 báo cáo viên") is an instant at the end of the governing period.
- `other` is a flow in indicators.csv, so a count of people outside the stock codes ("112
  tuyên truyền viên cơ sở") keeps the governing period, not an instant.
- Workers ("lượt công nhân"), traders ("tiểu thương") and pupils are audience `all`; "đoàn viên,
  học sinh" is `masses` (đoàn viên outside the party).
- In a table whose columns are units, a row "Lượt người nghe" counts propaganda_audience (all).
- In an interview, a transcript label with the short name of a person the text introduced
  before with the unit's title ("Bà Hương:") speaks for the unit (short-name rule), unlike a
  bare name label of someone never introduced.
- A concessive month ("Dù tháng 1 quận chỉ mở được 11 lớp") dates its own clause: a fact of
  that month.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, since, year

HN = U("Thành phố Hà Nội")
CGIAY, DANH, HMAI = U("Quận Cầu Giấy"), U("Huyện Đông Anh"), U("Quận Hoàng Mai")
LBIEN, GLAM, SSON = U("Quận Long Biên"), U("Huyện Gia Lâm"), U("Huyện Sóc Sơn")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY CẦU GIẤY
BAN TUYÊN GIÁO
Số 47-BC/BTGQU
Cầu Giấy, ngày 08 tháng 7 năm 2016

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2016,
phương hướng, nhiệm vụ 6 tháng cuối năm 2016

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tham mưu, chỉ đạo
Sáu tháng qua, Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành 18 văn bản (06 kế hoạch, 12 hướng dẫn) về công tác tư tưởng, tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021 diễn ra ngày 22/5/2016.

2. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội XVI Đảng bộ Thành phố
- Hội nghị cấp quận: 03 (trực tuyến tới 8 điểm cầu phường);
- Lớp ở các chi, đảng bộ cơ sở: 164;
- Lượt cán bộ, đảng viên dự: 12.486; tỷ lệ: 96,8%;
- Lượt quần chúng dự nghe: 3.210.
Còn 371 đảng viên chưa tham gia, chủ yếu là đảng viên cao tuổi, ốm đau, được miễn sinh hoạt.
Trung tâm Bồi dưỡng chính trị quận mở mười hai lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 1.037 học viên, trong đó 486 học viên là quần chúng ưu tú và đảng viên mới.

3. Công tác tuyên truyền
Các phường tổ chức 235 buổi tuyên truyền miệng về bầu cử, thu hút khoảng 18.600 lượt người nghe; treo 2.140 băng rôn, khẩu hiệu; in 6.000 tờ gấp giới thiệu quy trình bỏ phiếu. Tỷ lệ cử tri đi bầu trên địa bàn quận đạt 99,27%. Trang thông tin điện tử của quận đăng 412 tin, bài; bản tin "Cầu Giấy ngày nay" phát hành đủ 6 số, mỗi số 2.500 bản.

4. Công tác báo cáo viên, nắm bắt dư luận xã hội
Quận tổ chức 02 hội nghị báo cáo viên (tháng 1 và tháng 4); đội ngũ báo cáo viên cấp quận hiện có 42 đồng chí. Tổ cộng tác viên dư luận xã hội gồm 27 đồng chí, đã thực hiện 11 báo cáo định kỳ và 4 báo cáo đột xuất về tình hình tư tưởng của cán bộ, đảng viên và nhân dân, nhất là quanh việc chỉnh trang các tuyến phố Trần Thái Tông, Xuân Thủy.

5. Thi đua, khen thưởng
Ban Thường vụ Quận ủy tặng giấy khen cho 14 tập thể và 23 cá nhân có thành tích trong công tác tuyên truyền bầu cử; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016
1. Tổ chức học tập Nghị quyết Trung ương 2 khóa XII cho 100% cấp ủy viên; phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
2. Mở thêm 4 lớp bồi dưỡng kỹ năng tuyên truyền cho cán bộ tuyên giáo cơ sở.
3. Tổ chức Hội thi báo cáo viên giỏi cấp quận lần thứ 2 vào tháng 10/2016.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu BTG.
"""

T03 = """
Đông Anh: Đưa nghị quyết về làng, về khu công nghiệp

Chín tháng năm 2018, Huyện ủy Đông Anh chỉ đạo các tổ chức cơ sở đảng triển khai đồng bộ việc học tập, quán triệt Nghị quyết Trung ương 6 và Trung ương 7 khóa XII, gắn với tuyên truyền mục tiêu xây dựng huyện trở thành quận vào năm 2020.

Theo Ban Tuyên giáo Huyện ủy, 69 tổ chức cơ sở đảng với hơn 13.500 đảng viên đã tổ chức 326 hội nghị, lớp học tập, thu hút 12.780 lượt cán bộ, đảng viên, đạt 95,62%. Tại Khu công nghiệp Thăng Long, nơi có hơn 50 nghìn lao động, huyện phối hợp Công đoàn các khu công nghiệp tổ chức 18 buổi nói chuyện chuyên đề cho khoảng 3.400 lượt công nhân.

Trên không gian mạng, huyện hiện có 1 cổng thông tin điện tử, 24 trang fanpage của các xã, thị trấn và 312 nhóm Zalo thôn, tổ dân phố với chừng 21 nghìn thành viên. Từ đầu năm đến nay, Đài Truyền thanh huyện phát 186 chương trình thời sự và 36 kỳ chuyên mục "Đông Anh đổi mới"; các nhóm Zalo đăng hơn 4.700 tin, bài, ảnh.

"Thôn tôi 420 hộ thì gần như nhà nào cũng có người trong nhóm Zalo. Tối loa đọc tin, ai đi làm về muộn thì xem lại trên điện thoại", ông Nguyễn Văn Thanh, trưởng thôn Đào Thục, xã Thụy Lâm, chia sẻ.

Công tác nắm bắt dư luận được duy trì nền nếp. Mạng lưới 45 cộng tác viên dư luận xã hội gửi về Ban 27 báo cáo, chủ yếu phản ánh tâm tư của người dân quanh việc giải phóng mặt bằng tuyến Quốc lộ 3 mới và dự án cầu Tứ Liên.

Nhân kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2018), Ban Tuyên giáo Huyện ủy phát động cuộc thi viết về gương người tốt, việc tốt, nhận được 2.956 bài dự thi của 61 tổ chức cơ sở đảng; 45 bài đạt giải được trao thưởng tại lễ tổng kết ngày 29/6.

Ông Phạm Văn Hải, Phó Trưởng ban Tuyên giáo Huyện ủy, cho biết: "Sắp tới chúng tôi sẽ mở thêm 2 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho khoảng 150 quản trị viên nhóm Zalo, phấn đấu đến cuối năm mỗi thôn có ít nhất một nhóm hoạt động hiệu quả".
"""

T05 = """
Thứ Tư, ngày 23/12/2020

Hoàng Mai: "Chúng tôi đưa thông tin chính thống vào từng nhóm Zalo tổ dân phố"

Nhân dịp tổng kết năm 2020, phóng viên trao đổi với đồng chí Lê Thị Thu Hằng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Hoàng Mai, về công tác tuyên giáo trong một năm nhiều biến động.

PV: Thưa đồng chí, dịch Covid-19 ảnh hưởng thế nào đến việc học tập nghị quyết ở quận?

Đồng chí Trưởng ban: "Có thời điểm các buổi sinh hoạt chỉ được tổ chức với dưới 30 người theo quy định phòng dịch, nên chúng tôi chuyển mạnh sang hình thức trực tuyến. Quận tổ chức 1 hội nghị trực tuyến cấp quận quán triệt Nghị quyết Đại hội XVII Đảng bộ Thành phố, kết nối 14 điểm cầu phường, với 2.315 lượt cán bộ, đảng viên dự tại các điểm cầu. Cả năm, các chi bộ đã tổ chức 1.184 buổi sinh hoạt chuyên đề, và quận triển khai hai đợt sinh hoạt chính trị về truyền thống 90 năm Đảng bộ Thành phố."

PV: Công tác thông tin trên mạng xã hội năm nay có gì mới?

Đồng chí Trưởng ban: "Quận hiện có 1 trang thông tin điện tử, hai fanpage và 517 nhóm Zalo tổ dân phố với khoảng 52.000 thành viên. Năm 2020, trang thông tin điện tử quận đăng 1.530 tin, bài, trong đó 420 tin về phòng, chống dịch. Có bác tổ trưởng ở phường Thịnh Liệt nói với tôi: ‘Tổ tôi 130 hộ, giờ nhắn một câu trong nhóm là cả tổ biết lịch phun khử khuẩn’."

PV: Còn công tác nắm bắt dư luận xã hội?

Đồng chí Trưởng ban: "Đội ngũ cộng tác viên dư luận xã hội của quận là 58 đồng chí. Năm nay các đồng chí gửi về Ban 94 báo cáo, trong đó có 21 báo cáo nhanh trong những ngày giãn cách. Ban Tuyên giáo cũng tham mưu Ban Thường vụ Quận ủy ban hành 26 văn bản định hướng thông tin. Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ Thành phố thu hút 14.208 lượt người dự thi của quận, và quận có 3 cá nhân đạt giải cấp Thành phố."

PV: Năm 2021 quận đặt ra mục tiêu gì?

Đồng chí Trưởng ban: "Năm 2021 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ V, nhiệm kỳ 2020 – 2025. Chúng tôi phấn đấu 100% tổ dân phố có nhóm Zalo do chi bộ quản lý, mở 4 lớp bồi dưỡng kỹ năng cho 600 quản trị viên và tổ chức ít nhất 50 buổi đối thoại với nhân dân."

PV: Xin cảm ơn đồng chí!
"""

T07 = """
THÀNH ỦY HÀ NỘI
BAN TUYÊN GIÁO
Số 1126-TB/BTGTU
Hà Nội, ngày 16 tháng 01 năm 2023

THÔNG BÁO
Kết quả công tác tuyên giáo năm 2022 của Cụm thi đua số 4

Năm 2022, Ban Tuyên giáo Thành ủy tổ chức 4 hội nghị báo cáo viên Thành ủy theo hình thức trực tuyến tới 30 điểm cầu quận, huyện, thị xã; in 12.000 cuốn tài liệu hỏi – đáp về Luật Thủ đô năm 2012 cấp cho cơ sở.

Trên cơ sở báo cáo của 3 đơn vị trong Cụm, Ban tổng hợp một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu | Quận Long Biên | Huyện Gia Lâm | Huyện Sóc Sơn
Hội nghị, lớp học tập nghị quyết | 186 | 241 | 318
Lượt cán bộ, đảng viên dự | 16.420 | 14.985 | 17.230
Tỷ lệ đảng viên tham gia (%) | 97,4 | 96,1 | 95,8
Buổi tuyên truyền miệng | 212 | 174 | 260
Lượt người nghe | 15.300 | 12.760 | 19.040
Băng rôn, khẩu hiệu | 1.840 | 2.115 | 2.460
Xếp thứ trong cụm | 1 | 3 | 2

Một số cách làm nổi bật:

Quận Long Biên: Chuyên mục truyền hình "Long Biên – Sống đẹp" lên sóng 48 kỳ; quận hiện có 15 fanpage chính danh của quận và các phường, được Ban Tuyên giáo Thành ủy đánh giá cao.

Huyện Gia Lâm: Cuộc thi "Tìm hiểu lịch sử Đảng bộ huyện Gia Lâm" nhận 5.146 bài dự thi; 30 tác phẩm vào vòng chung khảo. Huyện ủy ban hành 19 văn bản chỉ đạo công tác tư tưởng, nhất là tuyên truyền lộ trình lên quận.

Huyện Sóc Sơn: Là huyện có diện tích khoảng 305 km², lớn nhất Thủ đô, Sóc Sơn duy trì đội chiếu phim lưu động chạy 96 lượt về các thôn vùng xa. Huyện ủy khen thưởng 9 tập thể, 17 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Năm 2023, Huyện Gia Lâm làm Cụm trưởng; các đơn vị phấn đấu 100% đảng viên được học tập nghị quyết và tổ chức ít nhất 2 hội nghị báo cáo viên mỗi quý.

Nơi nhận:
- Thường trực Thành ủy (để b/c);
- Các đơn vị trong Cụm thi đua số 4;
- Lưu VP.
"""

D01, D03, D05, D07 = "2016-07-08", "2018-10-12", "2020-12-23", "2023-01-16"

DOCS = [
    Doc("h52_01", T01, CGIAY, h1(2016), D01, "text", facts=[
        F("ban hành 18 văn bản", 18, "documents_issued"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("đảng bộ cơ sở: 164", 164, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 12.486", 12486, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,8%", 96.8, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 3.210", 3210, "study_attendance", a="masses"),
        F("Còn 371 đảng viên chưa tham gia", 371, "other"),
        F("mở mười hai lớp bồi dưỡng lý luận chính trị", 12, "training_classes"),
        F("với 1.037 học viên", 1037, "trainees"),
        F("tổ chức 235 buổi tuyên truyền miệng", 235, "oral_propaganda_sessions"),
        F("khoảng 18.600 lượt người nghe", 18600, "propaganda_audience", "approx"),
        F("treo 2.140 băng rôn", 2140, "other"),
        F("in 6.000 tờ gấp", 6000, "other"),
        F("đăng 412 tin, bài", 412, "news_items"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("hiện có 42 đồng chí", 42, "reporters", p=inst(D01)),
        F("gồm 27 đồng chí", 27, "opinion_collaborators", p=end_of(h1(2016))),
        F("11 báo cáo định kỳ", 11, "opinion_reports"),
        F("4 báo cáo đột xuất", 4, "opinion_reports"),
        F("giấy khen cho 14 tập thể", 14, "commended_collectives"),
        F("23 cá nhân", 23, "commended_individuals"),
    ], traps=[("Số 47-BC/BTGQU", 47), ("ngày 08 tháng 7 năm 2016", 8),
              ("6 tháng đầu năm 2016", 6), ("06 kế hoạch", 6), ("12 hướng dẫn", 12),
              ("nhiệm kỳ 2016 - 2021", 2016), ("ngày 22/5/2016", 22),
              ("8 điểm cầu phường", 8), ("đạt 99,27%", 99.27),
              ("trong đó 486 học viên", 486), ("mỗi số 2.500 bản", 2500),
              ("tháng 1", 1), ("tháng 4", 4), ("cho 2 tập thể", 2),
              ("Trung ương 2", 2), ("100% cấp ủy viên", 100), ("trên 95%", 95),
              ("Mở thêm 4 lớp", 4), ("lần thứ 2", 2), ("tháng 10/2016", 10)]),
    Doc("h52_03", T03, DANH, m9(2018), D03, "sidecar", meta={"date": D03}, facts=[
        F("tổ chức 326 hội nghị, lớp học tập", 326, "study_sessions"),
        F("thu hút 12.780 lượt cán bộ, đảng viên", 12780, "study_attendance",
          a="party_members"),
        F("đạt 95,62%", 95.62, "study_participation_rate"),
        F("tổ chức 18 buổi nói chuyện chuyên đề", 18, "oral_propaganda_sessions"),
        F("khoảng 3.400 lượt công nhân", 3400, "propaganda_audience", "approx"),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", p=inst(D03)),
        F("24 trang fanpage", 24, "social_pages", p=inst(D03)),
        F("312 nhóm Zalo", 312, "chat_groups", p=inst(D03)),
        F("chừng 21 nghìn thành viên", 21000, "chat_group_members", "approx", p=inst(D03)),
        F("phát 186 chương trình thời sự", 186, "news_items", p=since("2018-01-01", D03)),
        F("36 kỳ chuyên mục", 36, "news_items", p=since("2018-01-01", D03)),
        F("hơn 4.700 tin, bài, ảnh", 4700, "news_items", "at_least",
          p=since("2018-01-01", D03)),
        F("Mạng lưới 45 cộng tác viên", 45, "opinion_collaborators", p=end_of(m9(2018))),
        F("gửi về Ban 27 báo cáo", 27, "opinion_reports"),
        F("nhận được 2.956 bài dự thi", 2956, "contest_entries"),
        F("của 61 tổ chức cơ sở đảng", 61, "other"),
    ], traps=[("Trung ương 6", 6), ("Trung ương 7", 7), ("vào năm 2020", 2020),
              ("69 tổ chức cơ sở đảng", 69), ("hơn 13.500 đảng viên", 13500),
              ("hơn 50 nghìn lao động", 50000), ("Thôn tôi 420 hộ", 420),
              ("Quốc lộ 3", 3), ("128 năm", 128), ("19/5/1890", 19), ("19/5/2018", 19),
              ("45 bài đạt giải", 45), ("ngày 29/6", 29), ("thêm 2 lớp", 2),
              ("khoảng 150 quản trị viên", 150)]),
    Doc("h52_05", T05, HMAI, year(2020), D05, "text", facts=[
        F("tổ chức 1 hội nghị trực tuyến cấp quận", 1, "study_sessions"),
        F("với 2.315 lượt cán bộ, đảng viên", 2315, "study_attendance", a="party_members"),
        F("tổ chức 1.184 buổi sinh hoạt chuyên đề", 1184, "party_cell_discussions"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D05)),
        F("hai fanpage", 2, "social_pages", p=inst(D05)),
        F("517 nhóm Zalo", 517, "chat_groups", p=inst(D05)),
        F("khoảng 52.000 thành viên", 52000, "chat_group_members", "approx", p=inst(D05)),
        F("đăng 1.530 tin, bài", 1530, "news_items"),
        F("của quận là 58 đồng chí", 58, "opinion_collaborators", p=end_of(year(2020))),
        F("gửi về Ban 94 báo cáo", 94, "opinion_reports"),
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("thu hút 14.208 lượt người dự thi", 14208, "contest_entries"),
    ], traps=[("ngày 23/12/2020", 23), ("Covid-19", 19), ("dưới 30 người", 30),
              ("14 điểm cầu phường", 14), ("90 năm", 90), ("trong đó 420 tin", 420),
              ("Tổ tôi 130 hộ", 130), ("trong đó có 21 báo cáo nhanh", 21),
              ("3 cá nhân đạt giải", 3), ("nhiệm kỳ 2020 – 2025", 2020),
              ("100% tổ dân phố", 100), ("mở 4 lớp", 4), ("600 quản trị viên", 600),
              ("ít nhất 50 buổi", 50), ("Năm 2021", 2021)]),
    Doc("h52_07", T07, HN, year(2022), D07, "text", facts=[
        F("tổ chức 4 hội nghị báo cáo viên Thành ủy", 4, "reporter_conferences"),
        F("in 12.000 cuốn tài liệu", 12000, "other"),
        F("Hội nghị, lớp học tập nghị quyết | 186", 186, "study_sessions", unit=LBIEN),
        F("| 241 |", 241, "study_sessions", unit=GLAM),
        F("| 318", 318, "study_sessions", unit=SSON),
        F("Lượt cán bộ, đảng viên dự | 16.420", 16420, "study_attendance",
          a="party_members", unit=LBIEN),
        F("| 14.985 |", 14985, "study_attendance", a="party_members", unit=GLAM),
        F("| 17.230", 17230, "study_attendance", a="party_members", unit=SSON),
        F("Tỷ lệ đảng viên tham gia (%) | 97,4", 97.4, "study_participation_rate",
          unit=LBIEN),
        F("| 96,1 |", 96.1, "study_participation_rate", unit=GLAM),
        F("| 95,8", 95.8, "study_participation_rate", unit=SSON),
        F("Buổi tuyên truyền miệng | 212", 212, "oral_propaganda_sessions", unit=LBIEN),
        F("| 174 |", 174, "oral_propaganda_sessions", unit=GLAM),
        F("| 260", 260, "oral_propaganda_sessions", unit=SSON),
        F("Lượt người nghe | 15.300", 15300, "propaganda_audience", unit=LBIEN),
        F("| 12.760 |", 12760, "propaganda_audience", unit=GLAM),
        F("| 19.040", 19040, "propaganda_audience", unit=SSON),
        F("Băng rôn, khẩu hiệu | 1.840", 1840, "other", unit=LBIEN),
        F("| 2.115 |", 2115, "other", unit=GLAM),
        F("| 2.460", 2460, "other", unit=SSON),
        F("lên sóng 48 kỳ", 48, "news_items", unit=LBIEN),
        F("hiện có 15 fanpage", 15, "social_pages", unit=LBIEN, p=inst(D07)),
        F("nhận 5.146 bài dự thi", 5146, "contest_entries", unit=GLAM),
        F("ban hành 19 văn bản", 19, "documents_issued", unit=GLAM),
        F("chạy 96 lượt", 96, "other", unit=SSON),
        F("khen thưởng 9 tập thể", 9, "commended_collectives", unit=SSON),
        F("17 cá nhân", 17, "commended_individuals", unit=SSON),
    ], traps=[("Số 1126-TB/BTGTU", 1126), ("ngày 16 tháng 01 năm 2023", 16),
              ("Cụm thi đua số 4", 4), ("30 điểm cầu", 30), ("Luật Thủ đô năm 2012", 2012),
              ("3 đơn vị", 3), ("Xếp thứ trong cụm | 1", 1), ("| 3 |", 3), ("| 3 | 2", 2),
              ("30 tác phẩm", 30), ("khoảng 305 km²", 305), ("100% đảng viên", 100),
              ("ít nhất 2 hội nghị", 2)]),
]
