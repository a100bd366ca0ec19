"""holdout57, part 3: wards and communes after the 1 July 2025 reform (HCMC and Hanoi), 2025 and
2026: a ward's formal report recalling its predecessor district, a Hanoi ward's portal article,
a commune's news article with a sapo in capitals. Written from docs/LABELING.md, build_gold.py,
one earlier source for format, the seeds and the samples, without reading or running the
extractor (decisions: see part 1). Part-specific decisions:
- In the ward's report, section 1 dated "tháng 1 – tháng 6/2025" names Quận 1 as the actor
  (h1 2025); section 2 "(từ ngày 1/7/2025 đến nay)" is the ward's, 2025-07-01..document date.
- "Tính đến ngày 15/9/2025, phường có 24 báo cáo viên và 35 cộng tác viên ...; các cộng tác
  viên đã gửi 11 báo cáo": the stocks are instants at 15/9, the reports keep the section span.
- "buổi đối thoại" with residents, leaflets, volunteers and "đội hình" mobilised are `other`.
- Fishermen reached are audience `all`; followers of a fanpage are propaganda_audience at the
  document date.
"""
from build_gold import Doc, F, U, W, h1, inst, month, quarter, since

Q1 = U("Quận 1")
BTHANH = W("Phường Bến Thành", "79")
VHUNG = W("Phường Việt Hưng", "01")
CGIO = W("Xã Cần Giờ", "79")

T07 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
*
Số 47-BC/ĐU                                   Bến Thành, ngày 26 tháng 9 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng đầu năm 2025

Phường Bến Thành được thành lập trên cơ sở sắp xếp 4 phường của Quận 1 (cũ) theo Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, chính thức hoạt động từ ngày 1/7/2025. Đảng bộ phường hiện có 52 tổ chức cơ sở đảng với hơn 2.300 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)

Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 tham mưu tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết số 18-NQ/TW và các kết luận của Trung ương về tinh gọn bộ máy; các đảng bộ phường mở 126 lớp với 7.845 lượt cán bộ, đảng viên tham dự. Quận ủy ban hành 29 văn bản định hướng tư tưởng trong thời gian sắp xếp; các phường tổ chức 64 buổi đối thoại, lắng nghe ý kiến người dân về việc sáp nhập. Khi kết thúc hoạt động của cấp quận, Quận ủy khen thưởng 15 tập thể và 28 cá nhân.

2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)

Đảng ủy phường tổ chức 01 hội nghị cấp phường và 38 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, với 2.196 lượt đảng viên tham dự, đạt 95,5%.

Phường hiện có một trang thông tin điện tử, hai fanpage và 86 nhóm Zalo khu phố với khoảng 12.400 thành viên. Từ ngày 1/7 đến nay, các kênh này đăng 742 tin, bài, video giới thiệu mô hình chính quyền địa phương hai cấp; lượt tiếp cận ước đạt 1,2 triệu.

Tính đến ngày 15/9/2025, phường có 24 báo cáo viên và 35 cộng tác viên dư luận xã hội; các cộng tác viên đã gửi 11 báo cáo về tình hình tư tưởng, dư luận trong Nhân dân, tập trung vào việc giải quyết thủ tục tại Trung tâm Phục vụ hành chính công phường (số 111 Lê Thánh Tôn). Phường kiện toàn Ban Chỉ đạo 35, vận động 46 tình nguyện viên tham gia đội phản ứng nhanh trên không gian mạng.

II. HẠN CHẾ
Một số khu phố có nhiều người nước ngoài, người lưu trú ngắn hạn (khoảng 30% dân số) nên việc tuyên truyền trực tiếp còn khó khăn.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức hội nghị báo cáo viên định kỳ; phấn đấu 100% đảng viên học tập nghị quyết mới.
- Mở 02 lớp bồi dưỡng kỹ năng số cho 60 cán bộ khu phố.
- Ra mắt 5 mô hình "Khu phố văn minh – phố đi bộ an toàn".

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ
"""

T08 = """
PHƯỜNG VIỆT HƯNG - THÀNH PHỐ HÀ NỘI
Giới thiệu | Tin tức | Thủ tục hành chính | Văn bản | Hỏi đáp
Trụ sở: Số 2 phố Vạn Hạnh, phường Việt Hưng | ĐT: 024.3872.1135

Thứ Năm, 04/12/2025 | 08:30

Việt Hưng: "Zalo tổ dân phố" đưa chính sách đến từng nhà

Tháng 11/2025, Đảng ủy phường Việt Hưng tiếp tục đẩy mạnh tuyên truyền trên nền tảng số gắn với học tập Nghị quyết Đại hội Đảng bộ phường lần thứ I.

Tổ trưởng tổ dân phố số 9 hướng dẫn người dân cài đặt ứng dụng VNeID. Ảnh: Minh Quân

Trong tháng, Đảng ủy phường tổ chức 2 hội nghị học tập, quán triệt cho 1.860 lượt cán bộ, đảng viên, đạt 96,2%; các chi bộ tổ chức 41 buổi sinh hoạt chuyên đề, thảo luận về cách đưa nghị quyết vào cuộc sống.

Bà Nguyễn Thị Thanh Hương, Phó Bí thư Thường trực Đảng ủy phường, cho biết: "Phường hiện có 64 nhóm Zalo tổ dân phố, số thành viên hiện nay khoảng 23.500 người. Riêng tháng này, các nhóm đã đăng 1.120 tin, ảnh, video; các buổi livestream giải đáp chính sách thu hút gần 15.000 lượt xem".

"Tổ tôi 186 hộ thì 170 hộ đã vào nhóm", ông Đỗ Văn Hải, tổ trưởng tổ dân phố số 9, kể. Ông cho biết mỗi tuần tổ đăng khoảng 20 tin về lịch tiêm chủng, thu gom rác, thủ tục hành chính.

Phường cũng vận động 120 tình nguyện viên là đoàn viên thanh niên tham gia hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến. Nhân dịp này, Đảng ủy phường khen thưởng 4 tập thể, 9 cá nhân có thành tích trong 3 tháng đầu vận hành chính quyền địa phương hai cấp.

Minh Quân
Số lượt truy cập: 1.208.455

Tin liên quan:
- Phường Việt Hưng ra mắt 3 mô hình "Dân vận khéo" (20/11/2025)
- Long Biên (cũ) – dấu ấn 22 năm xây dựng và phát triển
"""

T09 = """
Trang chủ / Xây dựng Đảng / Tuyên giáo cơ sở

Xã Cần Giờ: Đưa Nghị quyết Đại hội XIV về với bà con vùng biển

QUÝ I NĂM 2026, ĐẢNG ỦY XÃ CẦN GIỜ ĐÃ TỔ CHỨC 2 HỘI NGHỊ CẤP XÃ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG, ĐƯA NGHỊ QUYẾT ĐẾN TỪNG ẤP, TỪNG TÀU CÁ.

Đồng chí Bí thư Đảng ủy xã Cần Giờ phát biểu tại hội nghị. Ảnh: Thanh Tâm

Xã Cần Giờ được thành lập trên cơ sở thị trấn Cần Thạnh và xã Long Hòa, với hơn 32 nghìn dân, trong đó khoảng 40% hộ dân sống bằng nghề biển.

Sau hội nghị cấp xã, các chi bộ ấp, chi bộ cơ quan mở 27 lớp, với 1.642/1.710 đảng viên dự học, đạt 96,02%; riêng quần chúng có 860 lượt tham dự. Với ngư dân thường đi biển 15 đến 20 ngày mỗi chuyến, xã phối hợp Đồn Biên phòng Cần Giờ tổ chức 12 buổi tuyên truyền ngay tại bến cá, cho khoảng 640 lượt ngư dân.

Đài truyền thanh xã phát 96 chương trình và 26 kỳ chuyên mục "Cần Giờ – biển xanh"; fanpage "Xã Cần Giờ" hiện có gần 9.500 người theo dõi.

Đồng chí Lê Văn Phước, Phó Bí thư Thường trực Đảng ủy xã, cho biết: "Quý I, chúng tôi in và phát 2.500 tờ gấp tóm tắt nghị quyết đến từng hộ; xã cũng ra quân 6 đội hình thanh niên tình nguyện tuyên truyền trên các ấp".

"Tàu tôi 9 người, đi biển về là nghe cán bộ nói chuyện ngay ở bến, dễ hiểu lắm", ông Tư Sang, 58 tuổi, ngư dân ấp Thạnh Bình, chia sẻ.

Quý II/2026, xã dự kiến tổ chức hội thi tuyên truyền viên giỏi với 10 đội dự thi.

Thanh Tâm  |  👁 1.045

Tin liên quan:
- Xã Thạnh An: 100% hộ ngư dân được tuyên truyền về chống khai thác IUU (05/4/2026)
"""

D07, D08, D09 = "2025-09-26", "2025-12-04", "2026-04-08"
AFTER = since("2025-07-01", D07)

DOCS = [
    Doc("h57_07", T07, BTHANH, AFTER, D07, "text", facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=Q1, p=h1(2025)),
        F("mở 126 lớp", 126, "study_sessions", unit=Q1, p=h1(2025)),
        F("với 7.845 lượt cán bộ, đảng viên", 7845, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("ban hành 29 văn bản", 29, "documents_issued", unit=Q1, p=h1(2025)),
        F("tổ chức 64 buổi đối thoại", 64, "other", unit=Q1, p=h1(2025)),
        F("khen thưởng 15 tập thể", 15, "commended_collectives", unit=Q1, p=h1(2025)),
        F("15 tập thể và 28 cá nhân", 28, "commended_individuals", unit=Q1, p=h1(2025)),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("38 lớp ở các chi bộ", 38, "study_sessions"),
        F("với 2.196 lượt đảng viên", 2196, "study_attendance", a="party_members"),
        F("đạt 95,5%", 95.5, "study_participation_rate"),
        F("hiện có một trang thông tin điện tử", 1, "websites", p=inst(D07)),
        F("hai fanpage", 2, "social_pages", p=inst(D07)),
        F("86 nhóm Zalo khu phố", 86, "chat_groups", p=inst(D07)),
        F("khoảng 12.400 thành viên", 12400, "chat_group_members", "approx", p=inst(D07)),
        F("đăng 742 tin, bài", 742, "news_items"),
        F("ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("phường có 24 báo cáo viên", 24, "reporters", p=inst("2025-09-15")),
        F("35 cộng tác viên dư luận xã hội", 35, "opinion_collaborators",
          p=inst("2025-09-15")),
        F("gửi 11 báo cáo", 11, "opinion_reports"),
        F("vận động 46 tình nguyện viên", 46, "other"),
    ], traps=[("Số 47-BC/ĐU", 47), ("ngày 26 tháng 9 năm 2025", 26),
              ("9 tháng đầu năm 2025", 9), ("4 phường", 4), ("Quận 1", 1),
              ("Nghị quyết số 1685/NQ-UBTVQH15", 1685), ("ngày 16/6/2025", 16),
              ("từ ngày 1/7/2025", 1), ("52 tổ chức cơ sở đảng", 52),
              ("hơn 2.300 đảng viên", 2300), ("(tháng 1 – tháng 6/2025)", 1),
              ("Nghị quyết số 18-NQ/TW", 18), ("nhiệm kỳ 2025 – 2030", 2025),
              ("Từ ngày 1/7 đến nay", 1), ("chính quyền địa phương hai cấp", 2),
              ("ngày 15/9/2025", 15), ("số 111 Lê Thánh Tôn", 111),
              ("Ban Chỉ đạo 35", 35), ("khoảng 30% dân số", 30),
              ("100% đảng viên", 100), ("Mở 02 lớp", 2), ("cho 60 cán bộ", 60),
              ("Ra mắt 5 mô hình", 5)]),
    Doc("h57_08", T08, VHUNG, month(11, 2025), D08, "text", facts=[
        F("tổ chức 2 hội nghị học tập, quán triệt", 2, "study_sessions"),
        F("cho 1.860 lượt cán bộ, đảng viên", 1860, "study_attendance", a="party_members"),
        F("đạt 96,2%", 96.2, "study_participation_rate"),
        F("tổ chức 41 buổi sinh hoạt chuyên đề", 41, "party_cell_discussions"),
        F("hiện có 64 nhóm Zalo", 64, "chat_groups", p=inst(D08)),
        F("hiện nay khoảng 23.500 người", 23500, "chat_group_members", "approx",
          p=inst(D08)),
        F("đăng 1.120 tin, ảnh", 1120, "news_items"),
        F("gần 15.000 lượt xem", 15000, "propaganda_audience", "at_most"),
        F("vận động 120 tình nguyện viên", 120, "other"),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 2 phố Vạn Hạnh", 2), ("024.3872.1135", 24), ("04/12/2025", 4),
              ("08:30", 8), ("Tháng 11/2025", 11), ("tổ dân phố số 9", 9),
              ("186 hộ", 186), ("170 hộ", 170), ("khoảng 20 tin", 20), ("3 tháng", 3),
              ("chính quyền địa phương hai cấp", 2), ("Số lượt truy cập: 1.208.455", 1208455),
              ("ra mắt 3 mô hình", 3), ("(20/11/2025)", 20), ("22 năm", 22)]),
    Doc("h57_09", T09, CGIO, quarter(1, 2026), D09, "sidecar", meta={"date": D09}, facts=[
        F("ĐÃ TỔ CHỨC 2 HỘI NGHỊ CẤP XÃ", 2, "study_sessions"),
        F("mở 27 lớp", 27, "study_sessions"),
        F("với 1.642/1.710 đảng viên", 1642, "study_attendance", a="party_members"),
        F("đạt 96,02%", 96.02, "study_participation_rate"),
        F("có 860 lượt tham dự", 860, "study_attendance", a="masses"),
        F("tổ chức 12 buổi tuyên truyền", 12, "oral_propaganda_sessions"),
        F("khoảng 640 lượt ngư dân", 640, "propaganda_audience", "approx"),
        F("phát 96 chương trình", 96, "news_items"),
        F("26 kỳ chuyên mục", 26, "news_items"),
        F("gần 9.500 người theo dõi", 9500, "propaganda_audience", "at_most", p=inst(D09)),
        F("phát 2.500 tờ gấp", 2500, "other"),
        F("ra quân 6 đội hình", 6, "other"),
    ], traps=[("QUÝ I NĂM 2026", 2026), ("hơn 32 nghìn dân", 32000),
              ("khoảng 40% hộ dân", 40), ("15 đến 20 ngày", 15), ("9 người", 9),
              ("58 tuổi", 58), ("Quý II/2026", 2), ("10 đội dự thi", 10),
              ("👁 1.045", 1045), ("100% hộ ngư dân", 100), ("(05/4/2026)", 5)]),
]
