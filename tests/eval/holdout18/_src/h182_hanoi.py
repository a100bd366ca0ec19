"""Eighteenth held-out set (holdout18), part 2: Hanoi districts and the city, 2016-2023.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h18_05 (speech): the paragraph before the speech introduces it as the Trưởng ban's, ending
  in a colon; the speech has several paragraphs, each opening with “ and only the last
  closing it, so all of them speak for Huyện Thanh Trì. The old man's words in single quotes
  after a colon are an anecdote. "Đến nay, huyện có 1 cổng ..., 17 fanpage và 382 nhóm Zalo"
  are stocks at the document date; "đội ngũ 64 cộng tác viên" (no marker) at 2019-12-31.
  "trên 1.900 lượt cán bộ chủ chốt" are study attendances of party members; "riêng quần chúng
  có 9.800 lượt tham dự" the same study's masses; "Số đảng viên chưa tham gia dưới 1.000 đồng
  chí" is `other` (at_most). "16 xã, thị trấn" as the subject is the structure (trap).
- h18_06 (three districts, bullet section headings and a text table): each "* Quận ..." section
  governs its paragraph; the table's columns are the units named in its header, for the
  article's half-year. "Tính đến ngày 30/6/2023" dates Long Biên's pages, groups and members;
  "Trong quý II" dates the oral sessions and their audience (Q2 2023). "tặng giấy khen cho 7
  báo cáo viên" are commended individuals. Residents, students, universities and the
  industrial park's workforce are traps; 3.600 công nhân at the talks are an audience (`all`).
- h18_07 (administrative report with "+" bullets): letterhead → Quận Hà Đông, the
  administrative dateline is the document date. "Riêng tháng 8/2016" dates its line (August).
  "Cộng tác viên dư luận xã hội: 86 đồng chí" has no marker (2016-09-30); "hiện có 41 đồng chí"
  at the document date. The turnout, "30 bài đạt giải", the constitution's year and all lines
  under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV" are traps; "Bản tin nội bộ phát hành 3 số" are
  news items.
- h18_08 (city): the Ban Tuyên giáo Thành ủy, Thành Đoàn, Liên đoàn Lao động Thành phố and the
  Sở are all Thành phố Hà Nội. "từ 80 đến 90 buổi" is a range (80, at_least); "gần 1,5 triệu
  lượt xem" an audience; "hơn 1.500 đội hình" and the banners are `other`; the funding "Kinh
  phí hỗ trợ ...: 1,2 tỷ đồng" is `other`; "38.600 lượt công nhân, lao động" is an audience
  (`all`). "tại 584 điểm cầu", Ban Chỉ đạo 35, GRDP, population and the 2021 plans are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, year

THANHTRI, CAUGIAY, LONGBIEN = U("Huyện Thanh Trì"), U("Quận Cầu Giấy"), U("Quận Long Biên")
MELINH, HADONG, HANOI = U("Huyện Mê Linh"), U("Quận Hà Đông"), U("Thành phố Hà Nội")

# ---------------------------------------------------------------------------------------------
T05 = """
Thứ Năm, 09/01/2020 – 15:20

Thanh Trì: Năm 2019, tuyên giáo bám sát cơ sở

Ngày 8/1, Huyện ủy Thanh Trì tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019, triển khai nhiệm vụ năm 2020. Sau đây là trích phát biểu của đồng chí Phạm Thị Hồng Vân, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Thanh Trì:

“Thưa các đồng chí! Năm 2019, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 17 văn bản chỉ đạo, hướng dẫn; tổ chức 4 hội nghị cấp huyện học tập, quán triệt Nghị quyết Trung ương 7, 8 khóa XII và Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp, với trên 1.900 lượt cán bộ chủ chốt.

“Ở cơ sở, 16 xã, thị trấn đã mở 318 lớp, thu hút 27.450 lượt cán bộ, đảng viên, tỷ lệ đảng viên tham gia đạt 96,38%; riêng quần chúng có 9.800 lượt tham dự. Số đảng viên chưa tham gia dưới 1.000 đồng chí, chủ yếu là đảng viên cao tuổi được miễn sinh hoạt. Các chi bộ đã tổ chức 1.570 buổi thảo luận, sinh hoạt chuyên đề. Về thôn Yên Xá, tôi được một cụ cao tuổi kể: ‘Thôn tôi 420 hộ, tối thứ Bảy nào loa cũng đọc nghị quyết cho cả xóm nghe’.

“Công tác tuyên truyền miệng tiếp tục được đổi mới: 226 buổi nói chuyện thời sự, chuyên đề với khoảng 21.000 lượt người nghe. Đài Truyền thanh huyện phát 52 số chương trình “Thanh Trì hôm nay”; Cổng thông tin điện tử huyện đăng 1.312 tin, bài. Đến nay, huyện có 1 cổng thông tin điện tử, 17 fanpage và 382 nhóm Zalo của các thôn, tổ dân phố.

“Về nắm bắt dư luận, đội ngũ 64 cộng tác viên đã gửi về Ban 28 báo cáo định kỳ, 9 báo cáo đột xuất về tình hình dư luận xã hội. Huyện tổ chức Hội thi báo cáo viên giỏi với 31 thí sinh và cuộc thi viết “Tìm hiểu 90 năm Ngày thành lập Đảng Cộng sản Việt Nam” với 7.214 bài dự thi.

“Năm 2020, chúng tôi phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng quý và sẽ mở thêm 3 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở. Xin cảm ơn các đồng chí!”

Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 11 tập thể, 19 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2019.
"""
D05 = "2020-01-09"
P05 = year(2019)

# ---------------------------------------------------------------------------------------------
T06 = """
Cập nhật 18/07/2023 09:40

Ba địa phương, ba cách đưa nghị quyết về cơ sở

Sáu tháng đầu năm 2023, Ban Tuyên giáo Quận ủy Cầu Giấy, Quận ủy Long Biên và Huyện ủy Mê Linh có nhiều cách làm sáng tạo trong công tác tuyên giáo. Dưới đây là ghi nhận của phóng viên.

* Quận Cầu Giấy
Quận có 8 phường với khoảng 290 nghìn dân, hơn 20 trường đại học, học viện với khoảng 220 nghìn sinh viên. Trong 6 tháng, Ban Tuyên giáo Quận ủy tham mưu tổ chức 3 hội nghị cấp quận học tập các nghị quyết Trung ương khóa XIII cho cán bộ chủ chốt. Chuyên mục “Nghị quyết vào cuộc sống” trên Cổng thông tin điện tử quận đăng 486 tin, bài. Fanpage “Cầu Giấy ngày mới” của quận hiện có hơn 42.000 người theo dõi.

* Quận Long Biên
Long Biên chọn mạng xã hội làm “mũi nhọn”. Tính đến ngày 30/6/2023, toàn quận có 14 fanpage của các phường và 728 nhóm Zalo tổ dân phố, số thành viên khoảng 51.300 người. Trong quý II, các tổ dân phố tổ chức 154 buổi tuyên truyền miệng về phòng, chống ma túy với 10.900 lượt người dân tham dự. Ban Tuyên giáo Quận ủy tặng giấy khen cho 7 báo cáo viên có nhiều đóng góp.

* Huyện Mê Linh
Mê Linh hiện có 18 xã, thị trấn với hơn 240 nghìn dân. Tại Khu công nghiệp Quang Minh, nơi có trên 20 nghìn lao động, Ban Tuyên giáo Huyện ủy phối hợp Liên đoàn Lao động huyện tổ chức 12 buổi nói chuyện về pháp luật lao động cho 3.600 lượt công nhân. Trung tâm Chính trị huyện mở 5 lớp bồi dưỡng nhận thức về Đảng và đảng viên mới với 386 học viên.

Một số kết quả 6 tháng đầu năm 2023 (số liệu do các ban tuyên giáo cung cấp):

Chỉ tiêu | Quận Cầu Giấy | Quận Long Biên | Huyện Mê Linh
Số lớp học tập nghị quyết ở cơ sở | 96 | 134 | 158
Lượt đảng viên dự học | 11.230 | 15.604 | 12.870
Tỷ lệ đảng viên tham gia (%) | 97,26 | 95,8 | 96,04
Báo cáo dư luận xã hội | 22 | 31 | 17
"""
D06 = "2023-07-18"
P06 = h1(2023)

# ---------------------------------------------------------------------------------------------
T07 = """
QUẬN ỦY HÀ ĐÔNG
BAN TUYÊN GIÁO
Số 52-BC/BTGQU

Hà Đông, ngày 05 tháng 10 năm 2016

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2016

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội XVI Đảng bộ Thành phố
+ Hội nghị cấp quận: 02 (trực tuyến tới 17 điểm cầu);
+ Số lớp ở cơ sở: 146; lượt cán bộ, đảng viên dự: 13.482; tỷ lệ: 96,3%;
+ Số đảng viên chưa tham gia: 518 người.

2. Công tác tuyên truyền
+ Kỷ niệm 71 năm Cách mạng Tháng Tám và Quốc khánh 2/9: treo 2.640 băng rôn, khẩu hiệu; tổ chức 37 buổi nói chuyện chuyên đề với xấp xỉ 4.100 lượt người nghe;
+ Riêng tháng 8/2016, đài truyền thanh các phường phát 184 tin, bài về ngày Quốc khánh;
+ Trang thông tin điện tử quận đăng 318 tin, bài; Bản tin nội bộ phát hành 3 số;
+ Tuyên truyền kết quả bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp nhiệm kỳ 2016 – 2021: tỷ lệ cử tri đi bầu của quận đạt 99,43%.

3. Báo cáo viên, nắm bắt dư luận xã hội
+ Hội nghị báo cáo viên: 03; đội ngũ báo cáo viên của quận hiện có 41 đồng chí;
+ Cộng tác viên dư luận xã hội: 86 đồng chí;
+ Báo cáo tình hình dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 12.

4. Đào tạo, bồi dưỡng
+ Phối hợp Trung tâm Bồi dưỡng chính trị quận mở 2 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 164 học viên.

5. Thi đua, khen thưởng
+ Hội thi “Tìm hiểu Hiến pháp năm 2013” cấp quận: 1.960 bài dự thi; 30 bài đạt giải;
+ Ban Thường vụ Quận ủy biểu dương 5 tập thể, 9 cá nhân.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2016
+ Tổ chức 2 hội nghị học tập Nghị quyết Trung ương 4 khóa XII cho khoảng 1.200 cán bộ chủ chốt;
+ Phấn đấu 100% tổ dân phố có tổ tuyên truyền viên;
+ Sơ kết 5 năm thực hiện Chỉ thị 03-CT/TW.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VP.
"""
D07 = "2016-10-05"
P07 = quarter(3, 2016)

# ---------------------------------------------------------------------------------------------
T08 = """
Thứ Sáu, 15/01/2021

Tuyên giáo Thủ đô năm 2020: vượt khó trong “năm kép”

Ngày 14/1, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo năm 2020, triển khai nhiệm vụ năm 2021.

Năm 2020, Thành phố vừa phòng, chống dịch Covid-19 vừa tổ chức thành công Đại hội đại biểu Đảng bộ Thành phố lần thứ XVII. Ban Tuyên giáo Thành ủy đã tham mưu Thành ủy ban hành 38 văn bản chỉ đạo công tác tư tưởng, tuyên truyền; tổ chức 5 hội nghị cấp Thành phố quán triệt Chỉ thị 35-CT/TW và các nghị quyết Trung ương khóa XII, với khoảng 52.000 lượt cán bộ chủ chốt dự tại 584 điểm cầu.

KẾT QUẢ NỔI BẬT
- 04 đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ;
- 12 hội nghị báo cáo viên Thành ủy, trực tiếp kết hợp trực tuyến;
- Đội ngũ báo cáo viên Thành ủy hiện có 112 đồng chí;
- 46 báo cáo nhanh về dư luận xã hội liên quan đến dịch Covid-19 gửi Thường trực Thành ủy;
- Kinh phí hỗ trợ in tài liệu tuyên truyền phòng, chống dịch cho cơ sở: 1,2 tỷ đồng;
- Cuộc thi trắc nghiệm “Tìm hiểu 90 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam”: 231.458 lượt người dự thi.

Các sở, ngành, đoàn thể Thành phố cùng vào cuộc. Thành Đoàn Hà Nội thành lập hơn 1.500 đội hình thanh niên tình nguyện hỗ trợ phòng, chống dịch, tổ chức từ 80 đến 90 buổi tuyên truyền trực tuyến với gần 1,5 triệu lượt xem. Liên đoàn Lao động Thành phố tổ chức 214 buổi tuyên truyền pháp luật cho 38.600 lượt công nhân, lao động. Sở Văn hóa và Thể thao chỉ đạo treo hơn 120.000 băng rôn, khẩu hiệu, pano, áp phích chào mừng Đại hội; Sở Thông tin và Truyền thông đăng hơn 3.400 tin, bài trên Cổng giao tiếp điện tử Thành phố.

Ban Tuyên giáo Thành ủy cũng phối hợp Ban Chỉ đạo 35 Thành phố đấu tranh, phản bác các thông tin sai trái. Thủ đô hiện có hơn 8 triệu dân; GRDP năm 2020 tăng 3,94%. Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 15 tập thể, 22 cá nhân.

Năm 2021, Ban sẽ tập trung tuyên truyền, triển khai 10 Chương trình công tác của Thành ủy khóa XVII và phấn đấu 100% cán bộ, đảng viên được học tập Nghị quyết Đại hội XIII của Đảng.
"""
D08 = "2021-01-15"
P08 = year(2020)

DOCS = [
    Doc("h18_05_thanhtri_speech_2019", T05, THANHTRI, P05, D05, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("tổ chức 4 hội nghị cấp huyện", 4, "study_sessions"),
        F("trên 1.900 lượt cán bộ chủ chốt", 1900, "study_attendance", "at_least",
          a="party_members"),
        F("mở 318 lớp", 318, "study_sessions"),
        F("27.450 lượt cán bộ, đảng viên", 27450, "study_attendance", a="party_members"),
        F("đạt 96,38%", 96.38, "study_participation_rate"),
        F("9.800 lượt tham dự", 9800, "study_attendance", a="masses"),
        F("dưới 1.000 đồng chí", 1000, "other", "at_most"),
        F("1.570 buổi thảo luận", 1570, "party_cell_discussions"),
        F("226 buổi nói chuyện", 226, "oral_propaganda_sessions"),
        F("khoảng 21.000 lượt người nghe", 21000, "propaganda_audience", "approx"),
        F("phát 52 số chương trình", 52, "news_items"),
        F("đăng 1.312 tin, bài", 1312, "news_items"),
        F("có 1 cổng thông tin điện tử", 1, "websites", p=inst(D05)),
        F("17 fanpage", 17, "social_pages", p=inst(D05)),
        F("382 nhóm Zalo", 382, "chat_groups", p=inst(D05)),
        F("đội ngũ 64 cộng tác viên", 64, "opinion_collaborators", p=end_of(P05)),
        F("28 báo cáo định kỳ", 28, "opinion_reports"),
        F("9 báo cáo đột xuất", 9, "opinion_reports"),
        F("với 31 thí sinh", 31, "contest_entries"),
        F("7.214 bài dự thi", 7214, "contest_entries"),
        F("11 tập thể", 11, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
    ], traps=[("09/01/2020 – 15:20", 9), ("Ngày 8/1", 8), ("năm 2020", 2020),
              ("Trung ương 7, 8", 7), ("8 khóa XII", 8), ("35-CT/TW", 35),
              ("16 xã, thị trấn", 16), ("420 hộ", 420), ("90 năm", 90), ("Năm 2020", 2020),
              ("100% chi bộ", 100), ("thêm 3 lớp", 3)]),
    Doc("h18_06_caugiay_longbien_melinh_h1_2023", T06, CAUGIAY, P06, D06, "text", facts=[
        F("3 hội nghị cấp quận", 3, "study_sessions"),
        F("đăng 486 tin, bài", 486, "news_items"),
        F("hơn 42.000 người theo dõi", 42000, "propaganda_audience", "at_least",
          p=inst(D06)),
        F("14 fanpage", 14, "social_pages", unit=LONGBIEN, p=inst("2023-06-30")),
        F("728 nhóm Zalo", 728, "chat_groups", unit=LONGBIEN, p=inst("2023-06-30")),
        F("khoảng 51.300 người", 51300, "chat_group_members", "approx", unit=LONGBIEN,
          p=inst("2023-06-30")),
        F("154 buổi tuyên truyền miệng", 154, "oral_propaganda_sessions", unit=LONGBIEN,
          p=quarter(2, 2023)),
        F("10.900 lượt người dân", 10900, "propaganda_audience", a="masses", unit=LONGBIEN,
          p=quarter(2, 2023)),
        F("7 báo cáo viên", 7, "commended_individuals", unit=LONGBIEN),
        F("12 buổi nói chuyện", 12, "oral_propaganda_sessions", unit=MELINH),
        F("3.600 lượt công nhân", 3600, "propaganda_audience", unit=MELINH),
        F("mở 5 lớp", 5, "training_classes", unit=MELINH),
        F("386 học viên", 386, "trainees", unit=MELINH),
        F("ở cơ sở | 96", 96, "study_sessions"),
        F("| 134 |", 134, "study_sessions", unit=LONGBIEN),
        F("| 158", 158, "study_sessions", unit=MELINH),
        F("dự học | 11.230", 11230, "study_attendance", a="party_members"),
        F("| 15.604 |", 15604, "study_attendance", a="party_members", unit=LONGBIEN),
        F("| 12.870", 12870, "study_attendance", a="party_members", unit=MELINH),
        F("(%) | 97,26", 97.26, "study_participation_rate"),
        F("| 95,8 |", 95.8, "study_participation_rate", unit=LONGBIEN),
        F("| 96,04", 96.04, "study_participation_rate", unit=MELINH),
        F("xã hội | 22", 22, "opinion_reports"),
        F("| 31 |", 31, "opinion_reports", unit=LONGBIEN),
        F("| 17", 17, "opinion_reports", unit=MELINH),
    ], traps=[("Cập nhật 18/07/2023 09:40", 18), ("Sáu tháng đầu năm 2023", 2023),
              ("8 phường", 8), ("khoảng 290 nghìn dân", 290000),
              ("hơn 20 trường đại học", 20), ("khoảng 220 nghìn sinh viên", 220000),
              ("Trong 6 tháng", 6), ("Tính đến ngày 30/6/2023", 30),
              ("18 xã, thị trấn", 18), ("hơn 240 nghìn dân", 240000),
              ("trên 20 nghìn lao động", 20000), ("6 tháng đầu năm 2023", 6)]),
    Doc("h18_07_hadong_q3_2016", T07, HADONG, P07, D07, "text", facts=[
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Số lớp ở cơ sở: 146", 146, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 13.482", 13482, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,3%", 96.3, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 518 người", 518, "other"),
        F("treo 2.640 băng rôn", 2640, "other"),
        F("37 buổi nói chuyện", 37, "oral_propaganda_sessions"),
        F("xấp xỉ 4.100 lượt người nghe", 4100, "propaganda_audience", "approx"),
        F("phát 184 tin, bài", 184, "news_items", p=month(8, 2016)),
        F("đăng 318 tin, bài", 318, "news_items"),
        F("phát hành 3 số", 3, "news_items"),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("hiện có 41 đồng chí", 41, "reporters", p=inst(D07)),
        F("Cộng tác viên dư luận xã hội: 86 đồng chí", 86, "opinion_collaborators",
          p=end_of(P07)),
        F("gửi Ban Tuyên giáo Thành ủy: 12", 12, "opinion_reports"),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes"),
        F("164 học viên", 164, "trainees"),
        F("1.960 bài dự thi", 1960, "contest_entries"),
        F("5 tập thể", 5, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 52-BC/BTGQU", 52), ("ngày 05 tháng 10 năm 2016", 5),
              ("quý III năm 2016", 2016), ("1. Học tập, quán triệt", 1),
              ("17 điểm cầu", 17), ("2. Công tác tuyên truyền", 2), ("71 năm", 71),
              ("Quốc khánh 2/9", 2), ("tháng 8/2016", 8), ("nhiệm kỳ 2016 – 2021", 2016),
              ("đạt 99,43%", 99.43), ("3. Báo cáo viên", 3), ("4. Đào tạo", 4),
              ("5. Thi đua", 5), ("Hiến pháp năm 2013", 2013), ("30 bài đạt giải", 30),
              ("QUÝ IV NĂM 2016", 2016), ("2 hội nghị học tập", 2), ("Trung ương 4", 4),
              ("khoảng 1.200 cán bộ", 1200), ("100% tổ dân phố", 100),
              ("Sơ kết 5 năm", 5), ("03-CT/TW", 3)]),
    Doc("h18_08_hanoi_city_2020", T08, HANOI, P08, D08, "text", facts=[
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("tổ chức 5 hội nghị cấp Thành phố", 5, "study_sessions"),
        F("khoảng 52.000 lượt cán bộ chủ chốt", 52000, "study_attendance", "approx",
          a="party_members"),
        F("04 đợt sinh hoạt chính trị", 4, "political_campaigns"),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("hiện có 112 đồng chí", 112, "reporters", p=inst(D08)),
        F("46 báo cáo nhanh", 46, "opinion_reports"),
        F("1,2 tỷ đồng", 1200000000, "other"),
        F("231.458 lượt người dự thi", 231458, "contest_entries"),
        F("hơn 1.500 đội hình", 1500, "other", "at_least"),
        F("từ 80 đến 90 buổi", 80, "oral_propaganda_sessions", "at_least"),
        F("gần 1,5 triệu lượt xem", 1500000, "propaganda_audience", "at_most"),
        F("214 buổi tuyên truyền", 214, "oral_propaganda_sessions"),
        F("38.600 lượt công nhân", 38600, "propaganda_audience"),
        F("hơn 120.000 băng rôn", 120000, "other", "at_least"),
        F("đăng hơn 3.400 tin, bài", 3400, "news_items", "at_least"),
        F("15 tập thể", 15, "commended_collectives"),
        F("22 cá nhân", 22, "commended_individuals"),
    ], traps=[("15/01/2021", 15), ("Ngày 14/1", 14), ("năm 2021", 2021), ("Covid-19", 19),
              ("35-CT/TW", 35), ("584 điểm cầu", 584), ("90 năm", 90),
              ("Ban Chỉ đạo 35", 35), ("hơn 8 triệu dân", 8000000), ("GRDP năm 2020", 2020),
              ("tăng 3,94%", 3.94), ("Năm 2021", 2021), ("10 Chương trình", 10),
              ("100% cán bộ", 100)]),
]
