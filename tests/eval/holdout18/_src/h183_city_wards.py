"""Eighteenth held-out set (holdout18), part 3: HCM city with two districts (2024), and wards,
communes and a special zone after 1 July 2025 (2025-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h18_09: the Ban Tuyên giáo Thành ủy, Liên đoàn Lao động Thành phố, Thành Đoàn and the Sở are
  Thành phố Hồ Chí Minh; "Quận 8:" and "Huyện Nhà Bè:" open sections. "Số đảng viên dự học ...
  là 198.520/207.460 đồng chí, đạt 95,69%" is an attendance (numerator) and its rate. "lượt
  tiếp cận ước đạt 12,6 triệu" is an audience (approx); the fanpage's followers, the
  collaborators and the lecturers "hiện có" are at the document date. Quận 8's "Từ đầu năm
  đến nay" runs 2024-01-01..document date; its groups and members are stocks at that date.
  Nhà Bè's "Trong quý III" is Q3 2024; the year of its goal to become a district is a trap.
  "18 đợt triển lãm ảnh" are `other`; "trong 10 ngày", "mỗi tháng 1 hội nghị" are traps.
- h18_10: a ward's Facebook post: the post stamp is the document date, "Từ ngày 1/7/2025 đến
  nay" the period. The old wards "các phường 1, 2, 3, 5 của Quận 3" are predecessors (traps);
  "46 chi bộ khu phố" given a task is the structure; the 138 sessions they held are party
  cell discussions. The fanpage's followers "hiện có" and "Hiện có 38 nhóm Zalo ..., số thành
  viên gần 9.400" are at the document date. The resident's quotation, the address, phone,
  reactions and the quý IV plan are traps.
- h18_11: letterhead "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI / ĐẢNG ỦY PHƯỜNG KHƯƠNG ĐÌNH" → the ward; the
  headline's "6 tháng cuối năm 2025" is the period (the plan year in it is no period). Lines
  under "2. Học tập ..." + "a)"/"b)" read with them; "Đảng viên dự học: 4.012/4.236 đồng chí,
  đạt 94,71%" is an attendance and its rate. Stocks without a marker (pages, groups, lecturers,
  collaborators) are instants at 2025-12-31 (the period's end); the members "hiện nay" at the
  document date. The parts after "gồm", "5 thí sinh đoạt giải", the proposed award and every
  line under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026" are traps.
- h18_12: the article unit is TP.HCM (first sentence); "XÃ CỦ CHI: ...", "▪ Phường Long Bình
  – ..." and "* Đặc khu Côn Đảo" head sections. "Trong quý" = Q1 2026. "khoảng 8.350 lượt cử
  tri" at the talks is an audience (`all`); the commune's voters, the turnout, the election
  day, the zone's population and its distance from the mainland are traps. "gần như 100% đảng
  viên dự học" is a participation rate (approx); Long Bình's groups and members "hiện có" are
  at the document date.
"""
from build_gold import Doc, F, U, W, h2, inst, m9, quarter, since

HCM, Q8, NHABE = U("Thành phố Hồ Chí Minh"), U("Quận 8"), U("Huyện Nhà Bè")
BANCO, LONGBINH = W("Phường Bàn Cờ", "79"), W("Phường Long Bình", "79")
CUCHI_XA, CONDAO = W("Xã Củ Chi", "79"), W("Đặc khu Côn Đảo", "79")
KHUONGDINH = W("Phường Khương Đình", "01")

# ---------------------------------------------------------------------------------------------
T09 = """
Thứ Ba, ngày 8 tháng 10 năm 2024

TP.HCM: Công tác tuyên giáo 9 tháng năm 2024 góp phần tạo đồng thuận xã hội

(Thanhuytphcm.vn) – Sáng 7/10, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị giao ban công tác tuyên giáo 9 tháng năm 2024 với ban tuyên giáo các quận ủy, huyện ủy và Thành ủy Thủ Đức.

Báo cáo tại hội nghị, Phó Trưởng ban Tuyên giáo Thành ủy Nguyễn Văn An cho biết, 9 tháng qua, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành 41 văn bản; tổ chức 7 hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và Thành ủy cho khoảng 36.500 lượt cán bộ chủ chốt tại 312 điểm cầu. Số đảng viên dự học Nghị quyết Trung ương 8 khóa XIII trong toàn Đảng bộ Thành phố là 198.520/207.460 đồng chí, đạt 95,69%. Ban hướng dẫn triển khai hai đợt sinh hoạt chính trị, tư tưởng về các tác phẩm của Tổng Bí thư.

Trên không gian mạng, fanpage “Tuyên giáo TP.HCM” đăng 1.540 tin, bài, video; lượt tiếp cận ước đạt 12,6 triệu; trang hiện có khoảng 215 ngàn người theo dõi. Mạng lưới cộng tác viên dư luận xã hội của Thành phố hiện có 1.986 người; Ban đã tổng hợp, gửi Ban Thường vụ Thành ủy 78 báo cáo tình hình tư tưởng, dư luận xã hội. Đội ngũ báo cáo viên Thành ủy hiện có 152 đồng chí; Ban tổ chức 9 hội nghị báo cáo viên Thành ủy, bình quân mỗi tháng 1 hội nghị.

Liên đoàn Lao động Thành phố tổ chức 1.126 buổi tuyên truyền pháp luật tại doanh nghiệp, khu chế xuất, khu công nghiệp với hơn 210.000 lượt công nhân, lao động. Thành Đoàn tổ chức Cuộc thi trực tuyến “Tuổi trẻ Thành phố Bác tự hào tiến bước dưới cờ Đảng”, thu hút 246.118 lượt đoàn viên, thanh niên dự thi. Sở Văn hóa và Thể thao tổ chức 18 đợt triển lãm ảnh lưu động về 49 năm Ngày giải phóng miền Nam, thống nhất đất nước; mỗi đợt diễn ra trong 10 ngày.

Ý kiến tại hội nghị:

Quận 8: Từ đầu năm đến nay, các chi bộ khu phố đã tổ chức 1.356 buổi sinh hoạt chuyên đề; quận duy trì 486 nhóm Zalo khu phố, hiện có khoảng 39.000 thành viên. Quận hiện có khoảng 420 nghìn dân, nhiều khu dân cư ven kênh Đôi, kênh Tàu Hủ.

Huyện Nhà Bè: Trong quý III, huyện tổ chức 2 hội nghị quán triệt Nghị quyết Trung ương 9 khóa XIII cho 1.140 lượt cán bộ chủ chốt và 38 buổi nói chuyện về chuyển đổi số với 4.620 lượt người dân. Huyện đang tập trung xây dựng để trở thành quận vào năm 2025.

Kết luận hội nghị, đồng chí Trưởng ban Tuyên giáo Thành ủy đề nghị trong quý IV các đơn vị tập trung tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025), phấn đấu 100% khu phố, ấp có nhóm Zalo hoạt động hiệu quả.
"""
D09 = "2024-10-08"
P09 = m9(2024)
YTD09 = since("2024-01-01", D09)

# ---------------------------------------------------------------------------------------------
T10 = """
Đảng ủy phường Bàn Cờ
30 tháng 9, 2025 lúc 20:15 · 🌏

🌟 BA THÁNG ĐẦU VẬN HÀNH CHÍNH QUYỀN ĐỊA PHƯƠNG HAI CẤP – CÔNG TÁC TUYÊN GIÁO PHƯỜNG BÀN CỜ CÓ GÌ MỚI? 🌟

Phường Bàn Cờ được thành lập trên cơ sở các phường 1, 2, 3, 5 của Quận 3 cũ, với khoảng 60 nghìn dân. Từ ngày 1/7/2025 đến nay, Ban Tuyên giáo và Dân vận Đảng ủy phường đã:

✅ Tổ chức 02 hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, với 1.286 lượt cán bộ, đảng viên;
✅ Hướng dẫn 46 chi bộ khu phố tổ chức 138 buổi sinh hoạt chuyên đề về chính quyền hai cấp;
✅ Tổ chức 52 buổi tuyên truyền về sắp xếp đơn vị hành chính, thu hút khoảng 4.800 lượt người dân tham dự;
✅ Treo 710 băng rôn, cờ phướn chào mừng 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9;
✅ Fanpage “Phường Bàn Cờ” đăng 214 tin, bài, video, hiện có hơn 8.600 người theo dõi;
✅ Hiện có 38 nhóm Zalo khu phố, số thành viên gần 9.400 người;
✅ Gửi 9 báo cáo nhanh về dư luận xã hội lên Ban Tuyên giáo và Dân vận Thành ủy;
✅ Tặng giấy khen cho 4 tập thể, 11 cá nhân có thành tích trong tuyên truyền Đại hội.

“Giờ phường có thông báo gì, mở Zalo là thấy liền, khu phố tôi 186 hộ ai cũng vào nhóm”, chú Sáu ở khu phố 7 chia sẻ.

👉 Trong quý IV, phường sẽ mở 2 lớp bồi dưỡng nghiệp vụ cho khoảng 120 cán bộ khu phố.

📍 Trụ sở Đảng ủy phường: số 99 Trần Quốc Thảo. ☎ 028.3930.7415

#BanCo #TuyenGiao #ChinhQuyenHaiCap

👍❤️ 312 · 27 bình luận · 15 lượt chia sẻ
"""
D10 = "2025-09-30"
P10 = since("2025-07-01", D10)

# ---------------------------------------------------------------------------------------------
T11 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG KHƯƠNG ĐÌNH
Số 27-BC/ĐU

Khương Đình, ngày 15 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 6 tháng cuối năm 2025, phương hướng, nhiệm vụ năm 2026

Phường Khương Đình hiện có 41 tổ dân phố với khoảng 98 nghìn nhân khẩu; Đảng bộ phường có 47 tổ chức cơ sở đảng với hơn 4.200 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Công tác lãnh đạo, chỉ đạo
- Văn bản đã ban hành: 18 (gồm 7 kế hoạch, 11 hướng dẫn)

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01 (trực tiếp kết hợp trực tuyến tới 41 điểm cầu)
- Đảng viên dự học: 4.012/4.236 đồng chí, đạt 94,71%
- Số đảng viên chưa tham gia: 224 người (ốm đau, đi công tác)
b) Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XVIII
- Lớp ở cơ sở: 52; lượt cán bộ, đảng viên dự: 3.968
- Lượt quần chúng dự: khoảng 2.300

3. Công tác tuyên truyền
- Buổi tuyên truyền miệng: 86 – lượt người nghe: khoảng 7.450
- Tin, bài trên Trang thông tin điện tử phường: 312; trên fanpage “Khương Đình hôm nay”: 405
- Trang mạng xã hội do Đảng ủy quản lý: 03; nhóm Zalo tổ dân phố: 44, số thành viên hiện nay khoảng 11.600 người
- Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9 và Đại hội Đảng bộ Thành phố: 1.024

4. Báo cáo viên, nắm bắt dư luận xã hội
- Báo cáo viên của Đảng ủy: 12 đồng chí; hội nghị báo cáo viên: 02
- Cộng tác viên dư luận xã hội: 35 người
- Báo cáo dư luận xã hội: 24 định kỳ, 6 đột xuất

5. Thi đua, khen thưởng
- Hội thi “Tuyên truyền viên giỏi phường Khương Đình năm 2025”: 36 thí sinh; 5 thí sinh đoạt giải
- Đảng ủy phường tặng giấy khen cho 6 tập thể, 13 cá nhân; 01 cá nhân được đề nghị Thành ủy tặng bằng khen

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 100% cán bộ, đảng viên;
- Mở 2 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo chi bộ;
- Phát triển thêm 10 nhóm Zalo tổ dân phố.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""
D11 = "2025-12-15"
P11 = h2(2025)
END11 = inst("2025-12-31")

# ---------------------------------------------------------------------------------------------
T12 = """
Thứ Hai, 13/4/2026

Quý I/2026: Xã, phường, đặc khu tuyên truyền Đại hội XIV bằng nhiều cách làm mới

(Thanhuytphcm.vn) – Quý I năm 2026, các xã, phường, đặc khu của TP.HCM tập trung tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 (ngày 15/3/2026). Thành phố hiện có 168 xã, phường, đặc khu với hơn 14 triệu dân. Trong quý, Ban Tuyên giáo và Dân vận Thành ủy phát hành 3 số Bản tin Thông báo nội bộ chuyên đề về Đại hội XIV.

XÃ CỦ CHI: Loa ấp và tổ tự quản
Trong quý, Đảng ủy xã Củ Chi tổ chức 3 hội nghị quán triệt Nghị quyết Đại hội XIV của Đảng với 2.486 lượt cán bộ, đảng viên, đạt tỷ lệ 95,86%. Đài Truyền thanh xã phát 64 chương trình chuyên đề về bầu cử. Các ấp tổ chức 54 buổi tuyên truyền về bầu cử với khoảng 8.350 lượt cử tri. Xã có khoảng 61.000 cử tri; ngày bầu cử, tỷ lệ cử tri đi bầu đạt 99,64%.

▪ Phường Long Bình – “Zalo khu phố” làm cầu nối
Phường Long Bình hiện có 32 nhóm Zalo khu phố với hơn 14.500 thành viên. Trong quý I, Đảng ủy phường ban hành 9 văn bản hướng dẫn; tổ chức 2 hội nghị học tập Nghị quyết Đại hội XIV và mở 18 lớp ở các chi bộ với 1.742 lượt đảng viên, gần như 100% đảng viên dự học; riêng quần chúng có 860 lượt tham dự. Tại các khu nhà trọ công nhân, phường tổ chức 26 buổi nói chuyện chuyên đề với hơn 2.100 lượt công nhân. Phường tặng giấy khen cho 3 tập thể, 8 cá nhân.

* Đặc khu Côn Đảo
Đặc khu có khoảng 10 nghìn dân, cách đất liền khoảng 185 km. Đảng ủy đặc khu tổ chức 6 buổi nói chuyện chuyên đề về Đại hội XIV cho cán bộ, chiến sĩ và nhân dân trên đảo với 1.120 lượt người nghe; Trang thông tin điện tử đặc khu đăng 148 tin, bài. Ban Tuyên giáo và Dân vận Đảng ủy đặc khu gửi 4 báo cáo dư luận xã hội về bầu cử; Đảng ủy đặc khu khen thưởng 2 tập thể có thành tích phục vụ bầu cử.

Quý II, các xã, phường, đặc khu sẽ tiếp tục tuyên truyền Nghị quyết Đại hội XIV, phấn đấu 100% chi bộ tổ chức sinh hoạt chuyên đề về Đại hội.
"""
D12 = "2026-04-13"
P12 = quarter(1, 2026)

DOCS = [
    Doc("h18_09_hcm_city_9t_2024", T09, HCM, P09, D09, "text", facts=[
        F("ban hành 41 văn bản", 41, "documents_issued"),
        F("tổ chức 7 hội nghị học tập", 7, "study_sessions"),
        F("khoảng 36.500 lượt cán bộ chủ chốt", 36500, "study_attendance", "approx",
          a="party_members"),
        F("198.520/207.460 đồng chí", 198520, "study_attendance", a="party_members"),
        F("đạt 95,69%", 95.69, "study_participation_rate"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("đăng 1.540 tin, bài, video", 1540, "news_items"),
        F("lượt tiếp cận ước đạt 12,6 triệu", 12600000, "propaganda_audience", "approx"),
        F("khoảng 215 ngàn người theo dõi", 215000, "propaganda_audience", "approx",
          p=inst(D09)),
        F("hiện có 1.986 người", 1986, "opinion_collaborators", p=inst(D09)),
        F("78 báo cáo tình hình tư tưởng", 78, "opinion_reports"),
        F("hiện có 152 đồng chí", 152, "reporters", p=inst(D09)),
        F("9 hội nghị báo cáo viên", 9, "reporter_conferences"),
        F("1.126 buổi tuyên truyền", 1126, "oral_propaganda_sessions"),
        F("hơn 210.000 lượt công nhân", 210000, "propaganda_audience", "at_least"),
        F("246.118 lượt đoàn viên, thanh niên dự thi", 246118, "contest_entries"),
        F("18 đợt triển lãm ảnh", 18, "other"),
        F("1.356 buổi sinh hoạt chuyên đề", 1356, "party_cell_discussions", unit=Q8,
          p=YTD09),
        F("486 nhóm Zalo", 486, "chat_groups", unit=Q8, p=inst(D09)),
        F("khoảng 39.000 thành viên", 39000, "chat_group_members", "approx", unit=Q8,
          p=inst(D09)),
        F("2 hội nghị quán triệt", 2, "study_sessions", unit=NHABE, p=quarter(3, 2024)),
        F("1.140 lượt cán bộ chủ chốt", 1140, "study_attendance", a="party_members",
          unit=NHABE, p=quarter(3, 2024)),
        F("38 buổi nói chuyện", 38, "oral_propaganda_sessions", unit=NHABE,
          p=quarter(3, 2024)),
        F("4.620 lượt người dân", 4620, "propaganda_audience", a="masses", unit=NHABE,
          p=quarter(3, 2024)),
    ], traps=[("ngày 8 tháng 10 năm 2024", 8), ("9 tháng năm 2024", 9), ("Sáng 7/10", 7),
              ("9 tháng qua", 9), ("312 điểm cầu", 312), ("Trung ương 8", 8),
              ("mỗi tháng 1 hội nghị", 1), ("49 năm", 49), ("trong 10 ngày", 10),
              ("Quận 8", 8), ("khoảng 420 nghìn dân", 420000), ("Trung ương 9", 9),
              ("vào năm 2025", 2025), ("50 năm", 50), ("(30/4/1975 – 30/4/2025)", 30),
              ("100% khu phố", 100)]),
    Doc("h18_10_banco_fb_2025", T10, BANCO, P10, D10, "text", facts=[
        F("02 hội nghị quán triệt", 2, "study_sessions"),
        F("1.286 lượt cán bộ, đảng viên", 1286, "study_attendance", a="party_members"),
        F("138 buổi sinh hoạt chuyên đề", 138, "party_cell_discussions"),
        F("52 buổi tuyên truyền", 52, "oral_propaganda_sessions"),
        F("khoảng 4.800 lượt người dân", 4800, "propaganda_audience", "approx", a="masses"),
        F("Treo 710 băng rôn", 710, "other"),
        F("đăng 214 tin, bài, video", 214, "news_items"),
        F("hơn 8.600 người theo dõi", 8600, "propaganda_audience", "at_least", p=inst(D10)),
        F("38 nhóm Zalo", 38, "chat_groups", p=inst(D10)),
        F("gần 9.400 người", 9400, "chat_group_members", "at_most", p=inst(D10)),
        F("Gửi 9 báo cáo nhanh", 9, "opinion_reports"),
        F("4 tập thể", 4, "commended_collectives"),
        F("11 cá nhân", 11, "commended_individuals"),
    ], traps=[("30 tháng 9, 2025 lúc 20:15", 30), ("phường 1, 2, 3, 5", 1),
              ("2, 3, 5 của", 2), ("3, 5 của", 3), ("5 của Quận 3", 5), ("Quận 3 cũ", 3),
              ("khoảng 60 nghìn dân", 60000), ("Từ ngày 1/7/2025", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("46 chi bộ", 46), ("80 năm", 80),
              ("Quốc khánh 2/9", 2), ("186 hộ", 186), ("khu phố 7", 7), ("mở 2 lớp", 2),
              ("khoảng 120 cán bộ", 120), ("số 99 Trần Quốc Thảo", 99),
              ("028.3930.7415", 28), ("👍❤️ 312", 312), ("27 bình luận", 27),
              ("15 lượt chia sẻ", 15)]),
    Doc("h18_11_khuongdinh_h2_2025", T11, KHUONGDINH, P11, D11, "text", facts=[
        F("Văn bản đã ban hành: 18", 18, "documents_issued"),
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("4.012/4.236 đồng chí", 4012, "study_attendance", a="party_members"),
        F("đạt 94,71%", 94.71, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 224 người", 224, "other"),
        F("Lớp ở cơ sở: 52", 52, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 3.968", 3968, "study_attendance", a="party_members"),
        F("Lượt quần chúng dự: khoảng 2.300", 2300, "study_attendance", "approx",
          a="masses"),
        F("Buổi tuyên truyền miệng: 86", 86, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 7.450", 7450, "propaganda_audience", "approx"),
        F("Trang thông tin điện tử phường: 312", 312, "news_items"),
        F("“Khương Đình hôm nay”: 405", 405, "news_items"),
        F("do Đảng ủy quản lý: 03", 3, "social_pages", p=END11),
        F("nhóm Zalo tổ dân phố: 44", 44, "chat_groups", p=END11),
        F("khoảng 11.600 người", 11600, "chat_group_members", "approx", p=inst(D11)),
        F("Đảng bộ Thành phố: 1.024", 1024, "other"),
        F("Báo cáo viên của Đảng ủy: 12 đồng chí", 12, "reporters", p=END11),
        F("hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("Cộng tác viên dư luận xã hội: 35 người", 35, "opinion_collaborators", p=END11),
        F("24 định kỳ", 24, "opinion_reports"),
        F("6 đột xuất", 6, "opinion_reports"),
        F("36 thí sinh", 36, "contest_entries"),
        F("6 tập thể", 6, "commended_collectives"),
        F("13 cá nhân", 13, "commended_individuals"),
    ], traps=[("Số 27-BC/ĐU", 27), ("ngày 15 tháng 12 năm 2025", 15),
              ("6 tháng cuối năm 2025", 6), ("nhiệm vụ năm 2026", 2026),
              ("41 tổ dân phố", 41), ("khoảng 98 nghìn nhân khẩu", 98000),
              ("47 tổ chức cơ sở đảng", 47), ("hơn 4.200 đảng viên", 4200),
              ("1. Công tác lãnh đạo", 1), ("gồm 7 kế hoạch", 7), ("11 hướng dẫn", 11),
              ("2. Học tập", 2), ("nhiệm kỳ 2025 – 2030", 2025), ("41 điểm cầu", 41),
              ("3. Công tác tuyên truyền", 3), ("Quốc khánh 2/9", 2), ("4. Báo cáo viên", 4),
              ("5. Thi đua", 5), ("phường Khương Đình năm 2025", 2025),
              ("5 thí sinh đoạt giải", 5), ("01 cá nhân được đề nghị", 1),
              ("NĂM 2026", 2026), ("100% cán bộ", 100), ("Mở 2 lớp", 2),
              ("thêm 10 nhóm Zalo", 10)]),
    Doc("h18_12_hcm_wards_q1_2026", T12, HCM, P12, D12, "text", facts=[
        F("phát hành 3 số", 3, "news_items"),
        F("3 hội nghị quán triệt", 3, "study_sessions", unit=CUCHI_XA),
        F("2.486 lượt cán bộ, đảng viên", 2486, "study_attendance", a="party_members",
          unit=CUCHI_XA),
        F("đạt tỷ lệ 95,86%", 95.86, "study_participation_rate", unit=CUCHI_XA),
        F("phát 64 chương trình", 64, "news_items", unit=CUCHI_XA),
        F("54 buổi tuyên truyền", 54, "oral_propaganda_sessions", unit=CUCHI_XA),
        F("khoảng 8.350 lượt cử tri", 8350, "propaganda_audience", "approx", unit=CUCHI_XA),
        F("32 nhóm Zalo", 32, "chat_groups", unit=LONGBINH, p=inst(D12)),
        F("hơn 14.500 thành viên", 14500, "chat_group_members", "at_least", unit=LONGBINH,
          p=inst(D12)),
        F("ban hành 9 văn bản", 9, "documents_issued", unit=LONGBINH),
        F("2 hội nghị học tập", 2, "study_sessions", unit=LONGBINH),
        F("mở 18 lớp", 18, "study_sessions", unit=LONGBINH),
        F("1.742 lượt đảng viên", 1742, "study_attendance", a="party_members",
          unit=LONGBINH),
        F("gần như 100% đảng viên", 100, "study_participation_rate", "approx",
          unit=LONGBINH),
        F("860 lượt tham dự", 860, "study_attendance", a="masses", unit=LONGBINH),
        F("26 buổi nói chuyện", 26, "oral_propaganda_sessions", unit=LONGBINH),
        F("hơn 2.100 lượt công nhân", 2100, "propaganda_audience", "at_least",
          unit=LONGBINH),
        F("3 tập thể", 3, "commended_collectives", unit=LONGBINH),
        F("8 cá nhân", 8, "commended_individuals", unit=LONGBINH),
        F("tổ chức 6 buổi nói chuyện", 6, "oral_propaganda_sessions", unit=CONDAO),
        F("1.120 lượt người nghe", 1120, "propaganda_audience", unit=CONDAO),
        F("đăng 148 tin, bài", 148, "news_items", unit=CONDAO),
        F("gửi 4 báo cáo", 4, "opinion_reports", unit=CONDAO),
        F("2 tập thể", 2, "commended_collectives", unit=CONDAO),
    ], traps=[("13/4/2026", 13), ("Quý I/2026", 2026), ("Quý I năm 2026", 2026),
              ("nhiệm kỳ 2026 – 2031", 2026), ("(ngày 15/3/2026)", 15),
              ("168 xã, phường, đặc khu", 168), ("hơn 14 triệu dân", 14000000),
              ("khoảng 61.000 cử tri", 61000), ("đạt 99,64%", 99.64),
              ("khoảng 10 nghìn dân", 10000), ("khoảng 185 km", 185),
              ("100% chi bộ", 100)]),
]
