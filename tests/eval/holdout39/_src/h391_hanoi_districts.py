"""holdout39, part 1: Hanoi districts before 2025-07-01 (Cầu Giấy 2019, Đông Anh 2017,
Hoàng Mai 2022).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the five
sample reports, without reading or running the extractor, its tests or any other gold set.

Decisions where the guide leaves room (shared by all parts of the set):
- A stock with no "hiện có/đến nay" marker in a sentence governed by a period ("Đội ngũ 58 CTV
  ... đã gửi", "năm qua", "Cả quý") is an instant at that period's end (end_of).
- A contest that "diễn ra từ tháng 3 đến tháng 8/2017" keeps its range as the period of its
  entries.
- An interview's speaker label with the official's title ("Trưởng ban Lê Thị Thu Hằng:") makes
  the answer the unit's; a tổ trưởng's words in single quotes inside it are an anecdote.
- "một cổng thông tin điện tử" / "một fanpage" listed with other counts is a count of one.
- A plain "Phường/Quận hiện có N cộng tác viên" is dated at the document date.
"""
from build_gold import Doc, F, U, end_of, h1, inst, since, year

CG, DA, HM = U("Quận Cầu Giấy"), U("Huyện Đông Anh"), U("Quận Hoàng Mai")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY CẦU GIẤY
BAN TUYÊN GIÁO
Số 86-BC/BTGQU

Cầu Giấy, ngày 24 tháng 6 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

Thực hiện Kế hoạch số 07-KH/BTGQU ngày 10/01/2019 của Ban Tuyên giáo Quận ủy về công tác tuyên giáo năm 2019, Ban Tuyên giáo Quận ủy báo cáo kết quả sáu tháng đầu năm như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
- Văn bản tham mưu BTV Quận ủy ban hành: 17 (06 kế hoạch, 11 hướng dẫn, công văn).
- Hội nghị BCV cấp quận: 02 (tháng 2 và tháng 5); BCV cấp quận hiện có: 41 đồng chí.

2. Học tập, quán triệt NQ Trung ương 8 khóa XII và Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp
- Hội nghị cấp quận: 03; lớp ở cơ sở: 164
- Lượt CB, ĐV dự học: 20.012; tỷ lệ: 96,8%
- Lượt quần chúng dự nghe: 4.386
- Số ĐV chưa tham gia: 318 người (chủ yếu ĐV cao tuổi, ốm đau, đi công tác xa).
Các chi bộ tổ chức học tập nghiêm túc, đúng tiến độ; nhiều chi bộ khu dân cư mời đại diện MTTQ, các đoàn thể cùng dự để nắm nội dung.

3. Tuyên truyền miệng, thông tin thời sự
- Buổi nói chuyện thời sự: 96 – lượt người nghe: khoảng 9.450
- Tin, bài trên Cổng TTĐT quận: 326; trên fanpage “Cầu Giấy ngày mới”: 205
- Băng rôn, khẩu hiệu kỷ niệm 89 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2019): 1.260

4. Nắm bắt dư luận xã hội
Đội ngũ 58 CTV dư luận xã hội của quận đã gửi 24 báo cáo định kỳ và 7 báo cáo đột xuất về tình hình tư tưởng của CB, ĐV và nhân dân, tập trung vào dư luận quanh tiến độ tuyến đường sắt đô thị số 3 (Nhổn – ga Hà Nội) và việc giải phóng mặt bằng đường Vành đai 2,5.

5. Thi đua, khen thưởng
BTV Quận ủy tặng giấy khen cho 5 tập thể và 11 cá nhân có thành tích trong 3 năm thực hiện Chỉ thị 05-CT/TW; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
- Tổ chức 01 hội nghị cấp quận học tập chuyên đề năm 2019 của Thành ủy; phấn đấu 100% chi bộ tổ chức thảo luận.
- Mở 02 lớp bồi dưỡng nghiệp vụ cho khoảng 150 cán bộ làm công tác tuyên giáo cơ sở.
- Chuẩn bị nội dung tuyên truyền đại hội chi bộ, đảng bộ cơ sở tiến tới Đại hội Đảng bộ quận nhiệm kỳ 2020 – 2025.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (để b/c);
- Lưu VP.

T/M BAN TUYÊN GIÁO
TRƯỞNG BAN
"""

T02 = """
Đông Anh: Tuyên truyền miệng “đến tận ngõ, gõ tận nhà”

Năm 2017, Huyện ủy Đông Anh tiếp tục xác định tuyên truyền miệng là cách làm hiệu quả để đưa chủ trương của Đảng, chính sách, pháp luật của Nhà nước tới người dân, nhất là ở các xã nằm trong vùng dự án dọc cầu Nhật Tân, tuyến Quốc lộ 3 mới và quanh Khu công nghiệp Thăng Long, nơi làm việc của hơn 70.000 công nhân.

Theo ông Nguyễn Văn Thịnh, Trưởng ban Tuyên giáo Huyện ủy Đông Anh, trong năm, Ban đã phối hợp với Trung tâm Bồi dưỡng chính trị huyện tổ chức 235 buổi nói chuyện chuyên đề, thời sự tại 23 xã, thị trấn, thu hút gần 31 nghìn lượt người nghe. Nội dung tập trung vào Nghị quyết Trung ương 5, 6 khóa XII, công tác bồi thường, giải phóng mặt bằng và phòng, chống tội phạm ở nông thôn.

“Có buổi nói chuyện ở sân đình, trời rét cắt da mà bà con vẫn ngồi kín chỗ. Năm nay các chi bộ thôn, xóm đã tổ chức 412 buổi sinh hoạt chuyên đề gắn với nội dung tuyên truyền, nhiều hơn hẳn năm trước”, ông Thịnh cho biết.

Bên cạnh đó, Huyện ủy chỉ đạo triển khai hai đợt sinh hoạt chính trị: một đợt về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW, một đợt về nhận diện và đấu tranh với biểu hiện “tự diễn biến”, “tự chuyển hóa”. Trung tâm Bồi dưỡng chính trị huyện mở 9 lớp bồi dưỡng, trong đó 4 lớp nhận thức về Đảng, 3 lớp đảng viên mới và 2 lớp sơ cấp lý luận chính trị, với tổng số 1.047 học viên.

Cuộc thi viết tìm hiểu lịch sử Đảng bộ huyện Đông Anh diễn ra từ tháng 3 đến tháng 8/2017 nhận được 14.586 bài dự thi, trong đó 9.120 bài của học sinh các trường THCS. Ban tổ chức trao 1 giải Đặc biệt, 3 giải Nhất, 6 giải Nhì và 20 giải Khuyến khích; 10 bài xuất sắc nhất được in trong cuốn kỷ yếu dày 120 trang.

Bà Ngô Thị Hoa, 71 tuổi, ở thôn Đường Yên, xã Xuân Nộn, kể: “Tuần nào loa thôn cũng đọc tin 3 buổi, tôi nghe quen rồi, thiếu một buổi là thấy nhớ”.

Năm 2018, huyện phấn đấu mỗi xã, thị trấn tổ chức ít nhất 12 buổi nói chuyện chuyên đề, đồng thời chuẩn bị các hoạt động kỷ niệm 57 năm Ngày thành lập huyện (31/5/1961 – 31/5/2018).
"""

T03 = """
Cập nhật: 15/12/2022 08:30

“Nói để dân tin, làm để dân theo”
Trò chuyện với Trưởng ban Tuyên giáo Quận ủy Hoàng Mai

(PV) – Năm 2022, quận Hoàng Mai, địa bàn có dân số đông nhất Thủ đô với hơn 540 nghìn người, có nhiều cách làm mới trong công tác tuyên giáo. Phóng viên đã trò chuyện với bà Lê Thị Thu Hằng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Hoàng Mai.

PV: Thưa bà, việc học tập, quán triệt nghị quyết năm nay của quận có điểm gì mới?

Trưởng ban Lê Thị Thu Hằng: “Năm nay, chúng tôi tổ chức 4 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 5 khóa XIII và chuyên đề năm 2022 của Thành ủy. Ở cơ sở, 14 đảng bộ phường và 49 chi, đảng bộ cơ sở đã mở 1.148 lớp, với 38.740 lượt cán bộ, đảng viên tham dự, đạt 97,3%; riêng quần chúng có gần 12.000 lượt dự nghe. Điểm mới là lần đầu quận học tập trực tuyến kết nối 70 điểm cầu, ai bận ca trực vẫn theo dõi được.”

PV: Còn trên không gian mạng thì sao, thưa bà?

Trưởng ban Lê Thị Thu Hằng: “Quận hiện có một cổng thông tin điện tử, 15 trang fanpage chính danh của quận và các phường, cùng 1.230 nhóm Zalo tổ dân phố với khoảng 97.000 thành viên. Trong năm, các trang, nhóm này đăng gần 8.600 tin, bài, video. Có bác tổ trưởng ở phường Thịnh Liệt nói với tôi: ‘Tổ tôi 186 hộ thì 160 hộ vào nhóm rồi, có việc gì bà con biết ngay’. Nghe vậy mình mừng lắm.”

PV: Công tác nắm bắt dư luận xã hội được quận quan tâm thế nào?

Trưởng ban Lê Thị Thu Hằng: “Đội ngũ 62 cộng tác viên dư luận xã hội của quận năm qua đã gửi về Ban 45 báo cáo về tâm trạng, dư luận trong nhân dân, nhất là quanh việc cải tạo chung cư cũ và dự án đường Vành đai 2,5 đoạn qua quận. Quận cũng tổ chức Hội thi báo cáo viên giỏi với 23 thí sinh; 5 thí sinh xuất sắc nhất được chọn dự thi cấp thành phố. Cả năm, Quận ủy khen thưởng 7 tập thể và 19 cá nhân có thành tích trong công tác tuyên giáo.”

PV: Năm 2023, quận đặt ra mục tiêu gì?

Trưởng ban Lê Thị Thu Hằng: “Năm tới, quận sẽ mở 3 lớp bồi dưỡng kỹ năng viết tin cho khoảng 280 cộng tác viên, phấn đấu 100% tổ dân phố có nhóm Zalo, đồng thời chuẩn bị tuyên truyền kỷ niệm 20 năm thành lập quận vào năm 2024.”

PV: Xin cảm ơn bà!

Minh Anh (thực hiện)
"""

D01, D02, D03 = "2019-06-24", "2018-01-08", "2022-12-15"

DOCS = [
    Doc("h39_01", T01, CG, h1(2019), D01, "text", facts=[
        F("ban hành: 17", 17, "documents_issued"),
        F("Hội nghị BCV cấp quận: 02", 2, "reporter_conferences"),
        F("BCV cấp quận hiện có: 41 đồng chí", 41, "reporters", p=inst(D01)),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("lớp ở cơ sở: 164", 164, "study_sessions"),
        F("Lượt CB, ĐV dự học: 20.012", 20012, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,8%", 96.8, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 4.386", 4386, "study_attendance", a="masses"),
        F("Số ĐV chưa tham gia: 318 người", 318, "other"),
        F("Buổi nói chuyện thời sự: 96", 96, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 9.450", 9450, "propaganda_audience", "approx"),
        F("Cổng TTĐT quận: 326", 326, "news_items"),
        F("“Cầu Giấy ngày mới”: 205", 205, "news_items"),
        F("3/2/2019): 1.260", 1260, "other"),
        F("Đội ngũ 58 CTV", 58, "opinion_collaborators", p=end_of(h1(2019))),
        F("gửi 24 báo cáo định kỳ", 24, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("11 cá nhân có thành tích", 11, "commended_individuals"),
    ], traps=[("Số 86-BC/BTGQU", 86), ("ngày 24 tháng 6 năm 2019", 24),
              ("6 tháng đầu năm 2019", 6), ("6 tháng cuối năm 2019", 6),
              ("Kế hoạch số 07-KH/BTGQU", 7), ("10/01/2019", 10), ("(06 kế hoạch", 6),
              ("11 hướng dẫn", 11), ("tháng 2 và tháng 5", 2), ("tháng 5)", 5),
              ("Trung ương 8", 8), ("Chỉ thị 35-CT/TW", 35), ("89 năm", 89),
              ("3/2/1930", 3), ("đường sắt đô thị số 3", 3), ("Vành đai 2,5", 2.5),
              ("3 năm thực hiện", 3), ("Chỉ thị 05-CT/TW", 5),
              ("bằng khen cho 2 tập thể", 2), ("Tổ chức 01 hội nghị", 1),
              ("chuyên đề năm 2019", 2019), ("100% chi bộ", 100), ("Mở 02 lớp", 2),
              ("khoảng 150 cán bộ", 150), ("nhiệm kỳ 2020 – 2025", 2020)]),
    Doc("h39_02", T02, DA, year(2017), D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 235 buổi nói chuyện", 235, "oral_propaganda_sessions"),
        F("gần 31 nghìn lượt người nghe", 31000, "propaganda_audience", "at_most"),
        F("tổ chức 412 buổi sinh hoạt chuyên đề", 412, "party_cell_discussions"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("mở 9 lớp bồi dưỡng", 9, "training_classes"),
        F("tổng số 1.047 học viên", 1047, "trainees"),
        F("nhận được 14.586 bài dự thi", 14586, "contest_entries",
          p=since("2017-03-01", "2017-08-31")),
    ], traps=[("Năm 2017", 2017), ("Quốc lộ 3", 3), ("hơn 70.000 công nhân", 70000),
              ("23 xã, thị trấn", 23), ("Trung ương 5", 5), ("6 khóa XII", 6),
              ("Chỉ thị 05-CT/TW", 5), ("4 lớp nhận thức về Đảng", 4),
              ("3 lớp đảng viên mới", 3), ("2 lớp sơ cấp", 2), ("từ tháng 3", 3),
              ("tháng 8/2017", 8), ("9.120 bài", 9120), ("1 giải Đặc biệt", 1),
              ("3 giải Nhất", 3), ("6 giải Nhì", 6), ("20 giải Khuyến khích", 20),
              ("10 bài xuất sắc nhất", 10), ("dày 120 trang", 120), ("71 tuổi", 71),
              ("đọc tin 3 buổi", 3), ("Năm 2018", 2018), ("ít nhất 12 buổi", 12),
              ("57 năm", 57), ("31/5/1961", 31), ("31/5/2018", 31)]),
    Doc("h39_03", T03, HM, year(2022), D03, "text", facts=[
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions"),
        F("đã mở 1.148 lớp", 1148, "study_sessions"),
        F("38.740 lượt cán bộ, đảng viên", 38740, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("gần 12.000 lượt dự nghe", 12000, "study_attendance", "at_most", a="masses"),
        F("hiện có một cổng thông tin điện tử", 1, "websites", p=inst(D03)),
        F("15 trang fanpage", 15, "social_pages", p=inst(D03)),
        F("1.230 nhóm Zalo", 1230, "chat_groups", p=inst(D03)),
        F("khoảng 97.000 thành viên", 97000, "chat_group_members", "approx", p=inst(D03)),
        F("gần 8.600 tin, bài", 8600, "news_items", "at_most"),
        F("Đội ngũ 62 cộng tác viên", 62, "opinion_collaborators", p=end_of(year(2022))),
        F("gửi về Ban 45 báo cáo", 45, "opinion_reports"),
        F("với 23 thí sinh", 23, "contest_entries"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
    ], traps=[("15/12/2022", 15), ("08:30", 8), ("Năm 2022", 2022),
              ("hơn 540 nghìn người", 540000), ("Trung ương 5", 5),
              ("chuyên đề năm 2022", 2022), ("14 đảng bộ phường", 14),
              ("49 chi, đảng bộ", 49), ("70 điểm cầu", 70), ("186 hộ", 186),
              ("160 hộ", 160), ("Vành đai 2,5", 2.5), ("5 thí sinh xuất sắc nhất", 5),
              ("Năm 2023", 2023), ("mở 3 lớp", 3), ("khoảng 280 cộng tác viên", 280),
              ("100% tổ dân phố", 100), ("20 năm", 20), ("năm 2024", 2024)]),
]
