"""Thirtieth held-out set (holdout30), part 3: wards and communes after the reform of 2025-07-01
(Ho Chi Minh City and Hanoi, 2025-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (for its
format only), the seeds and the five sample reports, without reading or running the extractor.
The decisions taken where the guide leaves room are listed in h301_hcm_districts.py; here also:
- The wards a ward was made from, its khu phố, voters, students and party members are its
  geography and structure (traps); the ward named in the letterhead, headline or section is
  the actor.
- A stock with no marker in a quarter's report ("Phường duy trì 1 fanpage ... và 71 nhóm Zalo")
  is an instant at the quarter's end; followers and "số thành viên hiện nay" are instants at the
  document date.
- "Trang thông tin điện tử ... hoạt động từ ngày 15/8/2025; đến nay đã đăng 386 tin, bài" runs
  from that day to the document date (the guide's "Từ ngày 1/4/2019, ...; đến nay ...").
- A social post's reactions and readers' comments under it are traps (comments are residents'
  words).
"""
from build_gold import Doc, F, W, end_of, h2, inst, quarter, since

BTH, TDI = W("Phường Bến Thành", "79"), W("Phường Tân Định", "79")
VHU, BTR, CGI = W("Phường Việt Hưng", "01"), W("Xã Bát Tràng", "01"), W("Phường Cầu Giấy", "01")

PM, MS = "party_members", "masses"

T09 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 36-BC/ĐU

Phường Bến Thành, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025
và phương hướng, nhiệm vụ quý IV năm 2025

Phường Bến Thành được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp 4 phường của Quận 1 cũ, với khoảng 48 nghìn dân, 62 khu phố và hơn 2.300 đảng viên sinh hoạt ở 87 chi bộ. Quý III là quý đầu tiên Đảng bộ phường vận hành theo mô hình chính quyền hai cấp.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01
- Lớp ở các chi bộ: 58
- Đảng viên dự học: 2.146/2.231 đồng chí
- Tỷ lệ đảng viên tham gia: 96,19%
b) Các Nghị quyết 57-NQ/TW, 59-NQ/TW, 66-NQ/TW và 68-NQ/TW của Bộ Chính trị
- Hội nghị trực tuyến: 02; lượt đảng viên dự: 2.087
c) Sinh hoạt chi bộ
- Buổi sinh hoạt chuyên đề của các chi bộ: 186

2. Thông tin, tuyên truyền
- Buổi tuyên truyền miệng tại khu phố: 124 – lượt người nghe: khoảng 9.800
- Băng rôn, cờ phướn tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 640
- Tin, bài trên trang thông tin điện tử phường: 318; trên fanpage: 455
- Lượt tiếp cận các sản phẩm tuyên truyền trên mạng: ước 1,2 triệu

3. Nắm bắt dư luận xã hội
Phường hiện có 35 cộng tác viên dư luận xã hội. Trong quý, Đảng ủy gửi Ban Tuyên giáo và Dân vận Thành ủy 13 báo cáo định kỳ và 4 báo cáo đột xuất về tình hình tư tưởng, dư luận, chủ yếu xoay quanh việc sắp xếp bộ máy và giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường.

4. Không gian mạng
Phường duy trì 1 fanpage chính danh “Phường Bến Thành” với gần 12.500 người theo dõi và 71 nhóm Zalo khu phố; số thành viên hiện nay khoảng 17.300 người.

5. Thi đua, khen thưởng
- Tập thể được khen thưởng: 06
- Cá nhân được khen thưởng: 15 người
- 01 cá nhân được đề nghị Ủy ban nhân dân Thành phố tặng bằng khen

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
1. Tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030.
2. Phấn đấu 100% khu phố có nhóm Zalo hoạt động thường xuyên, thu hút thêm 3.000 thành viên.
3. Mở 01 lớp tập huấn kỹ năng tuyên truyền trên mạng xã hội cho 80 cán bộ khu phố.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
Điện thoại liên hệ: 028.3829.4415
"""

T10 = """
Hai địa phương phía Đông Thủ đô đổi mới cách đưa nghị quyết vào cuộc sống

Quý I năm 2026, phường Việt Hưng và xã Bát Tràng cùng bước vào đợt học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, mỗi nơi một cách làm phù hợp với đặc thù địa bàn.

▪ Việt Hưng – Zalo tổ dân phố làm cầu nối

Phường Việt Hưng được thành lập trên cơ sở các phường Việt Hưng, Giang Biên, Đức Giang và một phần phường Phúc Đồng. Trong quý, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 42 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội XIV, với 3.865 lượt cán bộ, đảng viên tham dự, đạt 97,08%. Phường hiện có 96 nhóm Zalo tổ dân phố với khoảng 21.000 thành viên; đội tuyên truyền lưu động chạy 38 lượt xe loa.

Bà Nguyễn Thị Hồng Nhung, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Ba tháng qua các nhóm đã đăng hơn 4.300 tin, ảnh. Chúng tôi còn tổ chức 12 buổi đối thoại, nói chuyện chuyên đề với cư dân các tòa chung cư.”

“Tòa tôi 420 căn hộ, có thông báo gì là cả tòa biết trong mười phút”, anh Trần Quốc Huy, trưởng ban quản trị một tòa chung cư trên phố Ngô Gia Tự, kể.

XÃ BÁT TRÀNG: Tuyên truyền giữa làng gốm

Bát Tràng hiện có hơn 1.000 hộ làm gốm, mỗi năm đón hàng trăm nghìn lượt khách; năm 2025, doanh thu từ gốm sứ và du lịch của xã đạt gần 1.500 tỷ đồng. Trong quý, Đảng ủy xã tổ chức 2 hội nghị học tập Nghị quyết Đại hội XIV cho cán bộ chủ chốt và 31 lớp ở các chi bộ thôn, thu hút 2.412 lượt đảng viên và 1.150 lượt nhân dân; gần như 100% đảng viên ở các chi bộ thôn dự học. Xã cũng tổ chức 5 buổi nói chuyện về giữ gìn bản sắc làng nghề cho khoảng 600 lượt khách du lịch, thợ gốm trẻ. Dịp này, Đảng ủy xã khen thưởng 3 tập thể, 8 cá nhân có thành tích trong đợt học tập.

Quý II, xã dự kiến tổ chức Liên hoan tuyên truyền ca khúc cách mạng với 12 đội văn nghệ tham gia.
"""

T11 = """
Phường Tân Định
02 tháng 3, 2026 lúc 20:15 · 🌏

📌 ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH: KẾT QUẢ CÔNG TÁC TUYÊN GIÁO HAI THÁNG ĐẦU NĂM 2026

Hai tháng đầu năm 2026, Đảng ủy phường Tân Định tập trung tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 (ngày bầu cử 15/3/2026). Phường có 42 khu phố với hơn 65 nghìn cử tri, được chia thành 28 khu vực bỏ phiếu.

Một số kết quả nổi bật:
✅ 01 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
✅ 54 lớp ở các chi bộ, với 3.118 lượt cán bộ, đảng viên
✅ 68 buổi tuyên truyền về bầu cử tại khu phố, chung cư, với khoảng 7.600 lượt người dân tham dự
✅ Treo 420 băng rôn và 36 pano, áp phích cổ động
✅ Fanpage phường đăng 214 tin, bài và 37 video clip ngắn; tổng lượt tiếp cận ước đạt 860 nghìn
✅ Cuộc thi trắc nghiệm “Tìm hiểu pháp luật về bầu cử” – lượt dự thi: 5.236
✅ Đội xe tuyên truyền lưu động chạy 45 lượt trên các tuyến đường Hai Bà Trưng, Trần Quang Khải, Nguyễn Hữu Cầu

Đặc biệt, phường phối hợp các trường trung học phổ thông trên địa bàn tổ chức 6 buổi nói chuyện chuyên đề “Em tập làm cử tri” cho hơn 1.100 học sinh lớp 12, những người lần đầu đi bầu cử.

“Mỗi khu phố đều có ít nhất 1 nhóm Zalo; toàn phường hiện có 187 nhóm với khoảng 39.000 thành viên. Nhờ vậy, thông tin về bầu cử đến với bà con rất nhanh”, đồng chí Phan Thị Thu Trang, Phó Bí thư Đảng ủy phường, cho biết.

#TânĐịnh #BầuCử2026 #ChuyểnĐổiSố

👍 1,2K · 86 bình luận · 143 lượt chia sẻ

Bình luận
Nguyễn Văn Bảy: Khu phố 5 tụi tui có 3 nhóm Zalo, tin nào cũng nhanh!
Lê Thị Mai: Mong phường tổ chức thêm buổi nói chuyện về an toàn giao thông cho học sinh ạ 👍
"""

T12 = """
Phường Cầu Giấy: Nửa năm vận hành chính quyền hai cấp, công tác tuyên giáo không gián đoạn

Sáu tháng cuối năm 2025, Đảng ủy phường Cầu Giấy vừa ổn định tổ chức bộ máy sau sắp xếp, vừa giữ nhịp công tác tuyên giáo. Phường được thành lập từ ngày 1/7/2025 trên cơ sở các phường Quan Hoa, Dịch Vọng, Dịch Vọng Hậu và một phần các phường lân cận; địa bàn có 11 trường đại học, học viện cùng khoảng 130 nghìn sinh viên.

Tại hội nghị tổng kết chiều 24/12/2025, đồng chí Hoàng Minh Đức, Bí thư Đảng ủy phường, cho biết: “Các chi bộ đã tổ chức 348 buổi sinh hoạt chuyên đề, nhiều buổi mời sinh viên là đảng viên trẻ cùng tham gia.”

Một số kết quả chính:
• Học tập, quán triệt nghị quyết:
– Hội nghị cấp phường: 03
– Lớp ở các chi bộ: 116
– Lượt cán bộ, đảng viên dự: 9.027 (đạt 96,84%)
• Tuyên truyền:
– Buổi nói chuyện thời sự, chuyên đề: 47 – lượt người nghe: khoảng 5.200
– Triển lãm ảnh lưu động: 2 đợt
– Tờ gấp phát tới các tổ dân phố: 12.000
– Kinh phí hỗ trợ in tài liệu cho các chi bộ: 45 triệu đồng
• Đội ngũ và thi đua:
– Báo cáo viên cấp phường: 24 đồng chí (tính đến 30/11/2025)
– Hội nghị báo cáo viên: 02
– Tập thể được khen thưởng: 9
– Cá nhân được khen thưởng: 21 người

Phường mở 2 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 164 học viên là bí thư chi bộ, tổ trưởng tổ dân phố. Trang thông tin điện tử của phường chính thức hoạt động từ ngày 15/8/2025; đến nay đã đăng 386 tin, bài, trung bình mỗi tuần khoảng 20 tin.

Nhiệm vụ quý I năm 2026: tổ chức học tập Nghị quyết Đại hội XIV của Đảng cho 100% đảng viên; mở thêm 3 lớp bồi dưỡng kỹ năng số cho cán bộ tổ dân phố; phát triển fanpage của phường đạt 20 nghìn người theo dõi.
"""

D09, D10, D11, D12 = "2025-10-06", "2026-04-08", "2026-03-02", "2025-12-24"
Q3 = quarter(3, 2025)
JF26 = since("2026-01-01", "2026-02-28")

DOCS = [
    Doc("h30_09", T09, BTH, Q3, D09, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 58", 58, "study_sessions"),
        F("Đảng viên dự học: 2.146/2.231 đồng chí", 2146, "study_attendance", a=PM),
        F("Tỷ lệ đảng viên tham gia: 96,19%", 96.19, "study_participation_rate"),
        F("Hội nghị trực tuyến: 02", 2, "study_sessions"),
        F("lượt đảng viên dự: 2.087", 2087, "study_attendance", a=PM),
        F("của các chi bộ: 186", 186, "party_cell_discussions"),
        F("tại khu phố: 124", 124, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 9.800", 9800, "propaganda_audience", "approx"),
        F("2/9: 640", 640, "other"),
        F("trang thông tin điện tử phường: 318", 318, "news_items"),
        F("trên fanpage: 455", 455, "news_items"),
        F("ước 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("hiện có 35 cộng tác viên", 35, "opinion_collaborators", p=inst(D09)),
        F("13 báo cáo định kỳ", 13, "opinion_reports"),
        F("4 báo cáo đột xuất", 4, "opinion_reports"),
        F("duy trì 1 fanpage", 1, "social_pages", p=end_of(Q3)),
        F("gần 12.500 người theo dõi", 12500, "propaganda_audience", "at_most", p=inst(D09)),
        F("71 nhóm Zalo", 71, "chat_groups", p=end_of(Q3)),
        F("khoảng 17.300 người", 17300, "chat_group_members", "approx", p=inst(D09)),
        F("Tập thể được khen thưởng: 06", 6, "commended_collectives"),
        F("Cá nhân được khen thưởng: 15 người", 15, "commended_individuals"),
    ], traps=[("Số 36-BC/ĐU", 36), ("ngày 06 tháng 10 năm 2025", 6), ("quý III năm 2025", 2025),
              ("quý IV năm 2025", 2025), ("từ ngày 1/7/2025", 1), ("4 phường", 4),
              ("Quận 1", 1), ("khoảng 48 nghìn dân", 48000), ("62 khu phố", 62),
              ("hơn 2.300 đảng viên", 2300), ("87 chi bộ", 87),
              ("nhiệm kỳ 2025 – 2030", 2025), ("57-NQ/TW", 57), ("59-NQ/TW", 59),
              ("66-NQ/TW", 66), ("68-NQ/TW", 68), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("01 cá nhân được đề nghị", 1), ("Tổ chức 02 hội nghị", 2),
              ("100% khu phố", 100), ("thêm 3.000 thành viên", 3000),
              ("Mở 01 lớp tập huấn", 1), ("80 cán bộ khu phố", 80), ("028.3829.4415", 28),
              ("1. Học tập", 1), ("2. Thông tin", 2), ("3. Nắm bắt", 3),
              ("4. Không gian", 4), ("5. Thi đua", 5), ("QUÝ IV NĂM 2025", 2025),
              ("1. Tổ chức", 1), ("2. Phấn đấu", 2), ("3. Mở", 3)]),
    Doc("h30_10", T10, VHU, quarter(1, 2026), D10, "sidecar", meta={"date": D10}, facts=[
        F("01 hội nghị cấp phường", 1, "study_sessions"),
        F("42 lớp ở các chi bộ", 42, "study_sessions"),
        F("với 3.865 lượt cán bộ, đảng viên", 3865, "study_attendance", a=PM),
        F("đạt 97,08%", 97.08, "study_participation_rate"),
        F("hiện có 96 nhóm Zalo", 96, "chat_groups", p=inst(D10)),
        F("khoảng 21.000 thành viên", 21000, "chat_group_members", "approx", p=inst(D10)),
        F("chạy 38 lượt xe loa", 38, "other"),
        F("hơn 4.300 tin, ảnh", 4300, "news_items", "at_least"),
        F("tổ chức 12 buổi đối thoại, nói chuyện", 12, "oral_propaganda_sessions"),
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions", unit=BTR),
        F("31 lớp ở các chi bộ thôn", 31, "study_sessions", unit=BTR),
        F("thu hút 2.412 lượt đảng viên", 2412, "study_attendance", a=PM, unit=BTR),
        F("1.150 lượt nhân dân", 1150, "study_attendance", a=MS, unit=BTR),
        F("gần như 100% đảng viên", 100, "study_participation_rate", "approx", unit=BTR),
        F("tổ chức 5 buổi nói chuyện", 5, "oral_propaganda_sessions", unit=BTR),
        F("khoảng 600 lượt khách du lịch", 600, "propaganda_audience", "approx", unit=BTR),
        F("khen thưởng 3 tập thể", 3, "commended_collectives", unit=BTR),
        F("3 tập thể, 8 cá nhân", 8, "commended_individuals", unit=BTR),
    ], traps=[("Quý I năm 2026", 2026), ("420 căn hộ", 420), ("hơn 1.000 hộ làm gốm", 1000),
              ("hàng trăm nghìn lượt khách", 100000), ("năm 2025", 2025),
              ("gần 1.500 tỷ đồng", 1500000000), ("12 đội văn nghệ", 12),
              ("trong mười phút", 10)]),
    Doc("h30_11", T11, TDI, JF26, D11, "text", facts=[
        F("01 hội nghị cấp phường", 1, "study_sessions"),
        F("54 lớp ở các chi bộ", 54, "study_sessions"),
        F("với 3.118 lượt cán bộ, đảng viên", 3118, "study_attendance", a=PM),
        F("68 buổi tuyên truyền", 68, "oral_propaganda_sessions"),
        F("khoảng 7.600 lượt người dân", 7600, "propaganda_audience", "approx", a=MS),
        F("Treo 420 băng rôn", 420, "other"),
        F("36 pano", 36, "other"),
        F("đăng 214 tin, bài", 214, "news_items"),
        F("37 video clip", 37, "news_items"),
        F("ước đạt 860 nghìn", 860000, "propaganda_audience", "approx"),
        F("lượt dự thi: 5.236", 5236, "contest_entries"),
        F("chạy 45 lượt", 45, "other"),
        F("tổ chức 6 buổi nói chuyện", 6, "oral_propaganda_sessions"),
        F("hơn 1.100 học sinh", 1100, "propaganda_audience", "at_least"),
        F("hiện có 187 nhóm", 187, "chat_groups", p=inst(D11)),
        F("khoảng 39.000 thành viên", 39000, "chat_group_members", "approx", p=inst(D11)),
    ], traps=[("02 tháng 3, 2026 lúc 20:15", 2), ("HAI THÁNG ĐẦU NĂM 2026", 2026),
              ("Hai tháng đầu năm 2026", 2026), ("nhiệm kỳ 2026 – 2031", 2026),
              ("ngày bầu cử 15/3/2026", 15), ("42 khu phố", 42), ("hơn 65 nghìn cử tri", 65000),
              ("28 khu vực bỏ phiếu", 28), ("ít nhất 1 nhóm Zalo", 1), ("#BầuCử2026", 2026),
              ("1,2K", 1.2), ("86 bình luận", 86), ("143 lượt chia sẻ", 143),
              ("Khu phố 5", 5), ("3 nhóm Zalo", 3), ("lớp 12", 12),
              ("Hai Bà Trưng", 2)]),
    Doc("h30_12", T12, CGI, h2(2025), D12, "inferred", facts=[
        F("tổ chức 348 buổi sinh hoạt chuyên đề", 348, "party_cell_discussions"),
        F("Hội nghị cấp phường: 03", 3, "study_sessions"),
        F("Lớp ở các chi bộ: 116", 116, "study_sessions"),
        F("đảng viên dự: 9.027", 9027, "study_attendance", a=PM),
        F("(đạt 96,84%)", 96.84, "study_participation_rate"),
        F("chuyên đề: 47", 47, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 5.200", 5200, "propaganda_audience", "approx"),
        F("Triển lãm ảnh lưu động: 2 đợt", 2, "other"),
        F("tổ dân phố: 12.000", 12000, "other"),
        F("chi bộ: 45 triệu đồng", 45000000, "other"),
        F("Báo cáo viên cấp phường: 24 đồng chí", 24, "reporters", p=inst("2025-11-30")),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("Tập thể được khen thưởng: 9", 9, "commended_collectives"),
        F("Cá nhân được khen thưởng: 21 người", 21, "commended_individuals"),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes"),
        F("cho 164 học viên", 164, "trainees"),
        F("đã đăng 386 tin, bài", 386, "news_items", p=since("2025-08-15", D12)),
    ], traps=[("Sáu tháng cuối năm 2025", 2025), ("từ ngày 1/7/2025", 1),
              ("11 trường đại học", 11), ("khoảng 130 nghìn sinh viên", 130000),
              ("chiều 24/12/2025", 24), ("tính đến 30/11/2025", 30),
              ("từ ngày 15/8/2025", 15), ("khoảng 20 tin", 20), ("quý I năm 2026", 2026),
              ("100% đảng viên", 100), ("thêm 3 lớp", 3), ("20 nghìn người", 20000)]),
]
