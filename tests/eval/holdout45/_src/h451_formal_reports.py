"""holdout45, part 1: formal reports (BÁO CÁO) of HCMC districts before the 2025 reform.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the five
sample reports, without reading or running the extractor or any other evaluation set.

Decisions taken where the guide leaves room (the same in all parts of the set):
- A figure of the same period last year given for comparison, in brackets after a count
  ("(cùng kỳ: 187)", "cùng kỳ năm 2017 là 14 văn bản") is a comparison, a trap, like
  "tăng 12 lớp so với cùng kỳ"; the year compared with is no period.
- A stock (báo cáo viên, cộng tác viên, nhóm Zalo, trang) with "tính đến <date>" in its own
  line or clause is an instant at that date; with "hiện có"/"đến nay" an instant at the
  document date; with neither, an instant at the end of the governing period.
- Fanpage followers are propaganda_audience at the document date, whatever clause they are in.
- Grassroots báo cáo viên ("báo cáo viên cơ sở") are reporters like district ones.
- Months in brackets after a count ("03 (tháng 1, tháng 4 và tháng 7)") are traps; so are the
  numbered items of a plan section and every number under "II. PHƯƠNG HƯỚNG ...".
- An exhibition's rounds under a "Tuyên truyền miệng" line are `other` (the label names its
  own thing); leaflets and copies printed are `other`.
- Posts counted "trên trang thông tin điện tử và 2 fanpage của quận": the 2 pages are a stock
  of social_pages at the end of the sentence's period.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, since, year

Q3, Q10, GV, CC = U("Quận 3"), U("Quận 10"), U("Quận Gò Vấp"), U("Huyện Củ Chi")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 3
BAN TUYÊN GIÁO
Số 112-BC/BTGQU

Quận 3, ngày 03 tháng 7 năm 2018

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2018,
phương hướng, nhiệm vụ 6 tháng cuối năm 2018

Thực hiện Hướng dẫn số 21-HD/BTGTU của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy Quận 3 báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2018 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, ban hành văn bản
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản lãnh đạo, chỉ đạo (cùng kỳ năm 2017 là 14 văn bản), trong đó có Kế hoạch số 86-KH/QU ngày 12/3/2018 về học tập, quán triệt Nghị quyết Trung ương 6 khóa XII.

2. Học tập, quán triệt Nghị quyết Trung ương 6 khóa XII
- Hội nghị cấp quận: 02 (tháng 3 và tháng 4);
- Số lớp ở cơ sở: 84, tăng 12 lớp so với cùng kỳ;
- Lượt cán bộ, đảng viên dự: 9.436; tỷ lệ: 96,8%;
- Lượt quần chúng dự nghe: 1.215;
- Số đảng viên chưa tham gia: 312 người (chủ yếu là đảng viên lớn tuổi được miễn sinh hoạt).

3. Công tác báo cáo viên, tuyên truyền miệng
Tính đến ngày 30/6/2018, đội ngũ báo cáo viên cấp quận có 41 đồng chí, báo cáo viên cơ sở có 196 đồng chí. Trong 6 tháng, Ban tổ chức 03 hội nghị báo cáo viên định kỳ; các phường tổ chức 227 buổi nói chuyện thời sự, chính sách tại khu phố, thu hút khoảng 15.300 lượt người dân, giảm 18 buổi so với cùng kỳ do nhiều khu phố đang chỉnh trang đô thị.

4. Công tác nắm bắt dư luận xã hội
Mạng lưới cộng tác viên dư luận xã hội của quận hiện có 58 đồng chí, bố trí đều ở 14 phường. Ban đã tổng hợp, gửi Ban Tuyên giáo Thành ủy 6 báo cáo định kỳ và 4 báo cáo nhanh về tình hình tư tưởng, dư luận trong cán bộ, đảng viên và nhân dân, tập trung vào dự thảo Luật Đơn vị hành chính - kinh tế đặc biệt, việc điều chỉnh giá điện và tình trạng ùn tắc trên đường Cách Mạng Tháng Tám.

5. Thông tin, tuyên truyền trên không gian mạng
Trang thông tin điện tử Quận 3 đăng 512 tin, bài; fanpage "Quận 3 hôm nay" có gần 21.000 người theo dõi. Thực hiện chỉ đạo của Thường trực Quận ủy, các phường thí điểm lập 37 nhóm Zalo khu phố với khoảng 4.100 thành viên để cung cấp thông tin chính thống cho người dân.

6. Thi đua, khen thưởng
Nhân dịp sơ kết, Ban Thường vụ Quận ủy tặng giấy khen cho 5 tập thể, 11 cá nhân; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2018
1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 7 khóa XII cho 100% cán bộ chủ chốt, hoàn thành trước ngày 30/9/2018.
2. Mở 02 lớp bồi dưỡng nghiệp vụ cho báo cáo viên cơ sở; phấn đấu mỗi phường có ít nhất 03 nhóm Zalo.
3. Tổ chức Hội thi báo cáo viên giỏi lần thứ 4, dự kiến có 28 thí sinh.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.

TRƯỞNG BAN
Nguyễn Thị Bích Vân
"""

T02 = """
HUYỆN ỦY CỦ CHI
BAN TUYÊN GIÁO
*
Số 245-BC/BTGHU

Củ Chi, ngày 12 tháng 12 năm 2016

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2016 và phương hướng, nhiệm vụ năm 2017

Năm 2016, năm đầu thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XI, nhiệm kỳ 2015 - 2020, Ban Tuyên giáo Huyện ủy Củ Chi bám sát Chương trình công tác toàn khóa của Huyện ủy, tập trung vào các nhiệm vụ sau:

I. KẾT QUẢ CÔNG TÁC TUYÊN GIÁO NĂM 2016

1. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố
- Hội nghị cấp huyện: 04;
- Lớp ở 21 xã, thị trấn và các chi, đảng bộ cơ sở: 156;
- Đảng viên dự học: 7.812/8.205 đồng chí, đạt 95,21%;
- Lượt quần chúng dự nghe: 3.460.

2. Sinh hoạt chính trị, học tập và làm theo Bác
Thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Huyện ủy tổ chức hai đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ. Các chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt định kỳ; cả năm có 1.248 buổi sinh hoạt chuyên đề ở chi bộ.

3. Bồi dưỡng lý luận chính trị
Trung tâm Bồi dưỡng chính trị huyện mở mười một lớp, gồm 6 lớp sơ cấp lý luận chính trị, 3 lớp bồi dưỡng đảng viên mới và 2 lớp bồi dưỡng nhận thức về Đảng, với 986 học viên.

4. Công tác báo cáo viên, tuyên truyền miệng
- Báo cáo viên cấp huyện: 38 đồng chí (tính đến 30/11/2016);
- Báo cáo viên cơ sở: 412 đồng chí (tính đến 30/11/2016);
- Hội nghị báo cáo viên: 04 (mỗi quý 01 hội nghị);
- Buổi tuyên truyền miệng ở ấp, khu phố: 1.036 – lượt người nghe: trên 62.000.

5. Công tác dư luận xã hội
Tính đến ngày 30/11/2016, huyện có 47 cộng tác viên dư luận xã hội. Trong năm, cộng tác viên gửi về Ban 96 báo cáo phản ánh tâm tư, nguyện vọng của nhân dân, nhất là về giá nông sản và việc chuyển đổi cây trồng, vật nuôi.

6. Thông tin, báo chí, văn hóa - văn nghệ
Ban phối hợp Đài Truyền thanh huyện phát 312 chương trình thời sự địa phương; Bản tin Sinh hoạt chi bộ phát hành đủ 12 số, mỗi số 1.500 bản. Các xã, thị trấn treo 2.640 băng rôn, khẩu hiệu chào mừng kỷ niệm 41 năm Ngày giải phóng miền Nam, thống nhất đất nước và cuộc bầu cử đại biểu Quốc hội khóa XIV, đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021 ngày 22/5/2016.

7. Thi đua, khen thưởng
Cuộc thi tìm hiểu "Củ Chi - Đất thép thành đồng" thu hút 14.380 bài dự thi của cán bộ, đảng viên, đoàn viên, học sinh; Ban Tổ chức trao 1 giải Đặc biệt, 3 giải Nhất và 45 giải khác. Huyện ủy khen thưởng 9 tập thể và 17 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2016.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017
- Tổ chức học tập Nghị quyết Trung ương 4 khóa XII, phấn đấu 95% đảng viên tham gia;
- Tổ chức 2 đợt sinh hoạt chính trị kỷ niệm 100 năm Cách mạng Tháng Mười Nga (1917 - 2017);
- Kiện toàn đội ngũ cộng tác viên, bảo đảm mỗi ấp có ít nhất 2 cộng tác viên.

TRƯỞNG BAN
Phạm Văn Lộc
"""

T03 = """
QUẬN ỦY GÒ VẤP
BAN TUYÊN GIÁO

BÁO CÁO NHANH
Kết quả công tác tuyên giáo 9 tháng năm 2019
(phục vụ giao ban Cụm thi đua số 2)

Chín tháng năm 2019, trong bối cảnh toàn Đảng bộ chuẩn bị đại hội đảng bộ cơ sở nhiệm kỳ 2020 - 2025, Ban Tuyên giáo Quận ủy Gò Vấp tập trung tham mưu các nội dung dưới đây. So với cùng kỳ năm 2018, hầu hết các chỉ tiêu đều tăng.

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
- Hội nghị cấp quận: 03;
- Lớp ở các chi, đảng bộ cơ sở: 211 (cùng kỳ: 187);
- Lượt cán bộ, đảng viên dự học: 14.526, đạt 97,3%;
- Số đảng viên chưa tham gia: 403 người.

B. TUYÊN TRUYỀN
Một số kết quả chính:
• Tuyên truyền miệng:
– Buổi nói chuyện chuyên đề: 164 – lượt người nghe: khoảng 12.900;
– Triển lãm ảnh "Bác Hồ với Thành phố mang tên Người": 2 đợt;
• Tuyên truyền trực quan:
– Băng rôn, cờ phướn, pano: 3.215;
– Lượt xe loa tuyên truyền lưu động: 146;
• Tuyên truyền trên không gian mạng:
– Tin, bài trên trang thông tin điện tử quận: 734; trên fanpage "Gò Vấp ngày mới": 1.082;
– Nhóm Zalo khu phố (tính đến ngày 15/9/2019): 598; số thành viên hiện nay khoảng 46.000 người.

C. CÔNG TÁC BÁO CÁO VIÊN, DƯ LUẬN XÃ HỘI
- Hội nghị báo cáo viên: 03 (tháng 1, tháng 4 và tháng 7);
- Báo cáo viên cấp quận: 52 đồng chí; cộng tác viên dư luận xã hội: 86 đồng chí;
- Báo cáo dư luận xã hội: 27 định kỳ, 9 đột xuất.

D. BỒI DƯỠNG, THI ĐUA
- Lớp bồi dưỡng lý luận chính trị cho đảng viên mới: 04; học viên: 318 người;
- Cuộc thi "Tìm hiểu 89 năm Ngày thành lập Đảng Cộng sản Việt Nam" – lượt dự thi: 9.074;
- Tập thể được khen thưởng: 7; cá nhân: 19 người.

Nhiệm vụ quý IV: tổ chức thêm 2 hội nghị báo cáo viên, phấn đấu 100% khu phố có nhóm Zalo, hoàn thành học tập các nghị quyết trước ngày 15/12/2019.
"""

T04 = """
QUẬN ỦY QUẬN 10
BAN TUYÊN GIÁO
Số 31-BC/BTGQU

BÁO CÁO
Kết quả công tác tuyên giáo quý I năm 2020

I. TÌNH HÌNH TƯ TƯỞNG
Quý I năm 2020, dịch bệnh Covid-19 diễn biến phức tạp; từ ngày 1/4/2020, Thành phố thực hiện cách ly toàn xã hội theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ. Cán bộ, đảng viên và nhân dân Quận 10 cơ bản đồng tình với các biện pháp phòng, chống dịch; một bộ phận tiểu thương ở các chợ lo lắng do doanh thu giảm khoảng 40-50%.

II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Học tập, quán triệt nghị quyết
a) Kết luận Hội nghị Trung ương 11 khóa XII
- Hội nghị cấp quận: 01;
- Lớp ở cơ sở: 38 (giảm 41 lớp so với quý I năm 2019 do tạm dừng sinh hoạt tập trung từ cuối tháng 3);
- Lượt cán bộ, đảng viên dự: 4.862; đạt 93,45%.
b) Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp
Ban Tuyên giáo phối hợp Ban Tổ chức Quận ủy hướng dẫn 15 đảng bộ phường và 28 chi, đảng bộ cơ sở tổ chức 43 hội nghị quán triệt, với 5.307 lượt đảng viên tham dự.

2. Tuyên truyền phòng, chống dịch Covid-19
Từ ngày 25/1 (mùng 1 Tết Canh Tý) đến hết quý, hệ thống tuyên giáo quận đăng 1.146 tin, bài, infographic trên trang thông tin điện tử và 2 fanpage của quận; phát 26.000 tờ rơi hướng dẫn phòng dịch đến từng hộ dân. Sau khi có chỉ đạo hạn chế tập trung đông người, các buổi sinh hoạt khu phố chỉ được tổ chức với dưới 20 người. Đội xe loa của quận chạy 214 lượt trên các tuyến đường Ba Tháng Hai, Lý Thường Kiệt, Sư Vạn Hạnh.

3. Công tác dư luận xã hội, báo cáo viên
Trong quý, đội ngũ 64 cộng tác viên dư luận xã hội gửi 19 báo cáo nhanh về tâm trạng của người dân trong mùa dịch. Ban tổ chức 01 hội nghị báo cáo viên theo hình thức trực tuyến, kết nối tới 15 điểm cầu phường.

4. Khen thưởng
Ban Thường vụ Quận ủy biểu dương 4 tập thể và 9 cá nhân có cách làm hay trong tuyên truyền phòng, chống dịch.

III. NHIỆM VỤ QUÝ II NĂM 2020
- Tiếp tục tuyên truyền Chỉ thị 16/CT-TTg; khi dịch được kiểm soát, tổ chức ít nhất 20 lớp học tập Kết luận Trung ương 11;
- Phối hợp Tổng đài 1022 tiếp nhận phản ánh của người dân; đường dây nóng của Ban: 028.3862.7145.
"""

D01, D02, D03, D04 = "2018-07-03", "2016-12-12", "2019-10-02", "2020-04-03"
COVID = since("2020-01-25", "2020-03-31")

DOCS = [
    Doc("h45_01", T01, Q3, h1(2018), D01, "text", facts=[
        F("ban hành 17 văn bản lãnh đạo, chỉ đạo", 17, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Số lớp ở cơ sở: 84", 84, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 9.436", 9436, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,8%", 96.8, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.215", 1215, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 312 người", 312, "other"),
        F("báo cáo viên cấp quận có 41 đồng chí", 41, "reporters", p=inst("2018-06-30")),
        F("báo cáo viên cơ sở có 196 đồng chí", 196, "reporters", p=inst("2018-06-30")),
        F("tổ chức 03 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("227 buổi nói chuyện thời sự", 227, "oral_propaganda_sessions"),
        F("khoảng 15.300 lượt người dân", 15300, "propaganda_audience", "approx", "masses"),
        F("hiện có 58 đồng chí", 58, "opinion_collaborators", p=inst(D01)),
        F("6 báo cáo định kỳ", 6, "opinion_reports"),
        F("4 báo cáo nhanh về tình hình tư tưởng", 4, "opinion_reports"),
        F("đăng 512 tin, bài", 512, "news_items"),
        F("gần 21.000 người theo dõi", 21000, "propaganda_audience", "at_most", p=inst(D01)),
        F("lập 37 nhóm Zalo khu phố", 37, "chat_groups", p=end_of(h1(2018))),
        F("khoảng 4.100 thành viên", 4100, "chat_group_members", "approx",
          p=end_of(h1(2018))),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("Số 112-BC/BTGQU", 112), ("QUẬN ỦY QUẬN 3", 3),
              ("ngày 03 tháng 7 năm 2018", 3), ("21-HD/BTGTU", 21),
              ("cùng kỳ năm 2017 là 14 văn bản", 14), ("86-KH/QU", 86),
              ("ngày 12/3/2018", 12), ("Trung ương 6", 6), ("(tháng 3 và tháng 4)", 3),
              ("tăng 12 lớp", 12), ("giảm 18 buổi", 18), ("14 phường", 14),
              ("Quận 3 đăng", 3), ("\"Quận 3 hôm nay\"", 3),
              ("bằng khen cho 2 tập thể", 2), ("Trung ương 7", 7), ("100% cán bộ chủ chốt", 100),
              ("ngày 30/9/2018", 30), ("Mở 02 lớp", 2), ("ít nhất 03 nhóm Zalo", 3),
              ("lần thứ 4", 4), ("28 thí sinh", 28)]),
    Doc("h45_02", T02, CC, year(2016), D02, "text", facts=[
        F("Hội nghị cấp huyện: 04", 4, "study_sessions"),
        F("và các chi, đảng bộ cơ sở: 156", 156, "study_sessions"),
        F("Đảng viên dự học: 7.812/8.205 đồng chí", 7812, "study_attendance", a="party_members"),
        F("đạt 95,21%", 95.21, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 3.460", 3460, "study_attendance", a="masses"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("1.248 buổi sinh hoạt chuyên đề ở chi bộ", 1248, "party_cell_discussions"),
        F("mở mười một lớp", 11, "training_classes"),
        F("với 986 học viên", 986, "trainees"),
        F("Báo cáo viên cấp huyện: 38 đồng chí", 38, "reporters", p=inst("2016-11-30")),
        F("Báo cáo viên cơ sở: 412 đồng chí", 412, "reporters", p=inst("2016-11-30")),
        F("Hội nghị báo cáo viên: 04", 4, "reporter_conferences"),
        F("ở ấp, khu phố: 1.036", 1036, "oral_propaganda_sessions"),
        F("lượt người nghe: trên 62.000", 62000, "propaganda_audience", "at_least"),
        F("huyện có 47 cộng tác viên", 47, "opinion_collaborators", p=inst("2016-11-30")),
        F("gửi về Ban 96 báo cáo", 96, "opinion_reports"),
        F("phát 312 chương trình thời sự", 312, "news_items"),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("treo 2.640 băng rôn", 2640, "other"),
        F("thu hút 14.380 bài dự thi", 14380, "contest_entries"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể và 17 cá nhân", 17, "commended_individuals"),
    ], traps=[("Số 245-BC/BTGHU", 245), ("ngày 12 tháng 12 năm 2016", 12),
              ("nhiệm kỳ 2015 - 2020", 2015), ("Lớp ở 21 xã", 21), ("05-CT/TW", 5),
              ("ngày 15/5/2016", 15), ("6 lớp sơ cấp", 6), ("3 lớp bồi dưỡng", 3),
              ("2 lớp bồi dưỡng", 2), ("mỗi quý 01 hội nghị", 1), ("mỗi số 1.500 bản", 1500),
              ("41 năm", 41), ("2016 - 2021", 2016), ("ngày 22/5/2016", 22),
              ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("45 giải khác", 45),
              ("Trung ương 4", 4), ("95% đảng viên", 95), ("2 đợt sinh hoạt chính trị", 2),
              ("100 năm", 100), ("(1917 - 2017)", 1917), ("ít nhất 2 cộng tác viên", 2)]),
    Doc("h45_03", T03, GV, m9(2019), D03, "sidecar", meta={"date": D03}, facts=[
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("đảng bộ cơ sở: 211", 211, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự học: 14.526", 14526, "study_attendance",
          a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 403 người", 403, "other"),
        F("Buổi nói chuyện chuyên đề: 164", 164, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 12.900", 12900, "propaganda_audience", "approx"),
        F("mang tên Người\": 2 đợt", 2, "other"),
        F("Băng rôn, cờ phướn, pano: 3.215", 3215, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 146", 146, "other"),
        F("trang thông tin điện tử quận: 734", 734, "news_items"),
        F("\"Gò Vấp ngày mới\": 1.082", 1082, "news_items"),
        F("(tính đến ngày 15/9/2019): 598", 598, "chat_groups", p=inst("2019-09-15")),
        F("hiện nay khoảng 46.000 người", 46000, "chat_group_members", "approx", p=inst(D03)),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Báo cáo viên cấp quận: 52 đồng chí", 52, "reporters", p=end_of(m9(2019))),
        F("cộng tác viên dư luận xã hội: 86 đồng chí", 86, "opinion_collaborators",
          p=end_of(m9(2019))),
        F("Báo cáo dư luận xã hội: 27 định kỳ", 27, "opinion_reports"),
        F("9 đột xuất", 9, "opinion_reports"),
        F("cho đảng viên mới: 04", 4, "training_classes"),
        F("học viên: 318 người", 318, "trainees"),
        F("lượt dự thi: 9.074", 9074, "contest_entries"),
        F("Tập thể được khen thưởng: 7", 7, "commended_collectives"),
        F("cá nhân: 19 người", 19, "commended_individuals"),
    ], traps=[("Cụm thi đua số 2", 2), ("9 tháng năm 2019", 9), ("2020 - 2025", 2020),
              ("cùng kỳ năm 2018", 2018), ("(cùng kỳ: 187)", 187),
              ("(tháng 1, tháng 4 và tháng 7)", 1), ("89 năm", 89),
              ("thêm 2 hội nghị báo cáo viên", 2), ("100% khu phố", 100),
              ("ngày 15/12/2019", 15)]),
    Doc("h45_04", T04, Q10, quarter(1, 2020), D04, "sidecar", meta={"date": D04}, facts=[
        F("Hội nghị cấp quận: 01", 1, "study_sessions"),
        F("Lớp ở cơ sở: 38", 38, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 4.862", 4862, "study_attendance", a="party_members"),
        F("đạt 93,45%", 93.45, "study_participation_rate"),
        F("tổ chức 43 hội nghị quán triệt", 43, "study_sessions"),
        F("5.307 lượt đảng viên tham dự", 5307, "study_attendance", a="party_members"),
        F("đăng 1.146 tin, bài", 1146, "news_items", p=COVID),
        F("2 fanpage của quận", 2, "social_pages", p=end_of(COVID)),
        F("phát 26.000 tờ rơi", 26000, "other", p=COVID),
        F("chạy 214 lượt", 214, "other", p=COVID),
        F("đội ngũ 64 cộng tác viên", 64, "opinion_collaborators", p=end_of(quarter(1, 2020))),
        F("gửi 19 báo cáo nhanh", 19, "opinion_reports"),
        F("tổ chức 01 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("biểu dương 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể và 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("QUẬN ỦY QUẬN 10", 10), ("Số 31-BC/BTGQU", 31), ("ngày 1/4/2020", 1),
              ("16/CT-TTg", 16), ("Quận 10 cơ bản", 10), ("khoảng 40-50%", 40),
              ("Trung ương 11 khóa XII", 11), ("giảm 41 lớp", 41), ("quý I năm 2019", 2019),
              ("cuối tháng 3", 3), ("35-CT/TW", 35), ("15 đảng bộ phường", 15),
              ("28 chi, đảng bộ cơ sở", 28), ("ngày 25/1", 25), ("mùng 1 Tết", 1),
              ("dưới 20 người", 20), ("15 điểm cầu phường", 15), ("ít nhất 20 lớp", 20),
              ("Trung ương 11;", 11), ("Tổng đài 1022", 1022), ("028.3862.7145", 28)]),
]
