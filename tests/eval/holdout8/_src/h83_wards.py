"""Eighth held-out set (holdout8), part 3: wards and communes after 1 July 2025 (HCMC and
Hanoi). Written in session 7 from docs/LABELING.md, tests/eval/README.md, the earlier label
sources (format only) and the seeds, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- Heading lines with a bullet and the bare ward name ("▪ Việt Hưng – ...") are unit sections.
- "Từ khi chính quyền địa phương hai cấp vận hành (1/7/2025) đến nay" is a since-period:
  2025-07-01 .. document date; "Từ tháng 7 đến nay" in the same article is the same span.
- "Đến ngày 30/11/2025, ..." dates the stocks of its clause like "Tính đến ngày ...".
- "2 trang fanpage, 1 kênh YouTube" are two social_pages facts.
- Attendees named as "giáo dân" are audience `all` (not in LABELING.md's masses list).
- "kinh phí xã hội hóa cho in ấn tài liệu tuyên truyền là 85 triệu đồng": money funding the
  unit's own work, `other`.
- A tổ trưởng's quoted household counts are a grassroots quote: traps.
- Predecessor wards and the communes merged ("các phường 1, 2, 7, 17", "thị trấn Củ Chi và 3
  xã lân cận") are traps.
"""
from build_gold import Doc, F, W, end_of, inst, month, quarter, since

GIADINH = W("Phường Gia Định", "79")
VIETHUNG, BODE = W("Phường Việt Hưng", "01"), W("Phường Bồ Đề", "01")
CUCHI, BINHMY = W("Xã Củ Chi", "79"), W("Xã Bình Mỹ", "79")

# ---------------------------------------------------------------------------------------------
T809 = """
Thứ Tư, 07/01/2026 | 16:40

Phường Gia Định: Ba tháng cuối năm, tuyên giáo “bám” khu phố

Quý IV năm 2025 là quý đầu tiên Ban Tuyên giáo và Dân vận Đảng ủy phường Gia Định vận hành trọn vẹn theo mô hình chính quyền địa phương hai cấp. Phường được thành lập trên cơ sở các phường 1, 2, 7, 17 của quận Bình Thạnh cũ, dân số khoảng 120.000 người, có 64 khu phố.

Kết quả chủ yếu trong quý:
- Tổ chức 5 hội nghị học tập, quán triệt các Nghị quyết số 57-NQ/TW, 59-NQ/TW, 66-NQ/TW và 68-NQ/TW của Bộ Chính trị, với 3.874 lượt cán bộ, đảng viên;
- 100% cấp ủy viên các chi bộ tham gia học tập;
- Các chi bộ khu phố tổ chức 192 buổi sinh hoạt chuyên đề;
- Đăng tải 418 tin, bài, infographic trên trang Facebook “Phường Gia Định”, hiện có hơn 36.500 người theo dõi.

Đảng ủy phường hiện có 2 trang fanpage, 1 kênh YouTube và 96 nhóm Zalo khu phố với 21.340 thành viên. Phường tổ chức 14 buổi đối thoại, tuyên truyền về bộ máy mới, thu hút 1.350 cư dân tham dự. Tổ cộng tác viên dư luận xã hội của phường gồm 23 người, gửi 11 báo cáo nhanh về tâm trạng người dân sau sắp xếp. Kinh phí xã hội hóa cho in ấn tài liệu tuyên truyền là 85 triệu đồng.

Dọc rạch Xuyên Tâm, dự án nạo vét và cải tạo môi trường với tổng mức đầu tư hơn 8.200 tỷ đồng đang được triển khai; mô hình “Khu phố 25 nói không với tin giả” được nhiều nơi học tập.

Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030 đã xác định: năm 2026, phấn đấu 100% khu phố có tổ tuyên truyền viên cơ sở.
"""
D809 = "2026-01-07"
P809 = quarter(4, 2025)

# ---------------------------------------------------------------------------------------------
T810 = """
Cập nhật 03/12/2025 08:15

Việt Hưng, Bồ Đề: Tháng 11 đưa nghị quyết đến từng tổ dân phố

Tháng 11/2025, hai phường Việt Hưng và Bồ Đề tổ chức nhiều hoạt động tuyên truyền hướng tới Ngày hội Đại đoàn kết toàn dân tộc 18/11 và Ngày Nhà giáo Việt Nam.

▪ Việt Hưng – “Zalo tổ dân phố” làm cầu nối

Đảng ủy phường tổ chức 2 hội nghị trực tuyến quán triệt Nghị quyết Hội nghị Trung ương 13 khóa XIII cho 1.946 đảng viên, đạt 93,7%. Đến ngày 30/11/2025, Ban Tuyên giáo và Dân vận Đảng ủy phường quản lý 57 nhóm Zalo tổ dân phố với hơn 9.400 thành viên; trong tháng, các nhóm chia sẻ 326 tin, bài, video.

“Tổ tôi có 148 hộ thì 140 hộ đã vào nhóm Zalo”, ông Trần Văn T., Tổ trưởng tổ dân phố số 14 nói.

▪ Bồ Đề – lớp học cho “người giữ lửa”

Phường phối hợp Trường Chính trị Tô Hiệu mở 1 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo, dân vận cho 85 học viên là bí thư chi bộ, tổ trưởng dân phố; mỗi buổi học kéo dài 90 phút. Đảng ủy phường ban hành 6 văn bản hướng dẫn, tổ chức 7 buổi tuyên truyền pháp luật lưu động. Cuộc thi trực tuyến tìm hiểu về chính quyền địa phương hai cấp do phường phát động thu hút 2.154 lượt người dự thi. Đảng ủy phường biểu dương 9 tập thể, 24 cá nhân.

Cầu Long Biên hơn 120 năm tuổi nối phường với trung tâm Thủ đô.
"""
D810 = "2025-12-03"
P810 = month(11, 2025)

# ---------------------------------------------------------------------------------------------
T811 = """
TP.HCM, 29/12/2025

Hai xã ngoại thành sau nửa năm vận hành bộ máy mới

Từ khi chính quyền địa phương hai cấp vận hành (1/7/2025) đến nay, công tác tuyên giáo ở xã Củ Chi và xã Bình Mỹ có nhiều đổi mới.

Xã Củ Chi: con số nói lên kết quả

Xã Củ Chi được sắp xếp từ thị trấn Củ Chi và 3 xã lân cận; khu di tích địa đạo rộng 121 ha đón khoảng 1,6 triệu lượt khách mỗi năm. Số liệu của Ban Tuyên giáo và Dân vận Đảng ủy xã cho thấy:
- Hội nghị học tập, quán triệt nghị quyết: 04; lượt đảng viên dự: 2.587
- Lớp bồi dưỡng đảng viên mới: 02; học viên: 73
- Tin, bài trên fanpage “Củ Chi hôm nay”: 612
- Buổi thảo luận tại chi bộ ấp về dự thảo văn kiện Đại hội XIV: 119

Xã Bình Mỹ: gần dân, hiểu dân

Bình Mỹ nằm ven sông Sài Gòn, có đông đồng bào Công giáo (khoảng 30% dân số). Từ tháng 7 đến nay, xã tổ chức 26 buổi nói chuyện chuyên đề tại các giáo họ với hơn 3.100 lượt giáo dân. Tổ cộng tác viên dư luận xã hội của xã có 12 người, đã gửi 8 báo cáo tình hình tư tưởng. UBND xã khen thưởng 3 tập thể có nhiều đóng góp. Trong thời gian tới, xã sẽ lập thêm 10 nhóm Zalo ở các ấp dọc tuyến xe buýt số 94.
"""
D811 = "2025-12-29"
P811 = since("2025-07-01", D811)

DOCS = [
    Doc("syn_809_giadinh_q4_2025", T809, GIADINH, P809, D809, "text", facts=[
        F("Tổ chức 5 hội nghị", 5, "study_sessions"),
        F("3.874 lượt cán bộ, đảng viên", 3874, "study_attendance", a="party_members"),
        F("100% cấp ủy viên", 100, "study_participation_rate"),
        F("192 buổi sinh hoạt chuyên đề", 192, "party_cell_discussions"),
        F("Đăng tải 418 tin, bài", 418, "news_items"),
        F("hơn 36.500 người theo dõi", 36500, "propaganda_audience", "at_least",
          p=inst(D809)),
        F("hiện có 2 trang fanpage", 2, "social_pages", p=inst(D809)),
        F("1 kênh YouTube", 1, "social_pages", p=inst(D809)),
        F("96 nhóm Zalo", 96, "chat_groups", p=inst(D809)),
        F("21.340 thành viên", 21340, "chat_group_members", p=inst(D809)),
        F("14 buổi đối thoại, tuyên truyền", 14, "oral_propaganda_sessions"),
        F("1.350 cư dân tham dự", 1350, "propaganda_audience", a="masses"),
        F("gồm 23 người", 23, "opinion_collaborators", p=end_of(P809)),
        F("gửi 11 báo cáo", 11, "opinion_reports"),
        F("là 85 triệu đồng", 85000000, "other"),
    ], traps=[("07/01/2026", 7), ("16:40", 16), ("Ba tháng cuối năm", 3),
              ("Quý IV năm 2025", 2025), ("hai cấp", 2), ("các phường 1, 2, 7, 17", 1),
              ("các phường 1, 2, 7, 17", 2), ("các phường 1, 2, 7, 17", 7),
              ("các phường 1, 2, 7, 17", 17), ("khoảng 120.000 người", 120000),
              ("64 khu phố", 64), ("57-NQ/TW", 57), ("59-NQ/TW", 59), ("66-NQ/TW", 66),
              ("68-NQ/TW", 68), ("hơn 8.200 tỷ đồng", 8200000000000), ("Khu phố 25", 25),
              ("nhiệm kỳ 2025 – 2030", 2025), ("năm 2026", 2026), ("100% khu phố", 100)]),
    Doc("syn_810_viethung_bode_11_2025", T810, VIETHUNG, P810, D810, "text", facts=[
        F("tổ chức 2 hội nghị trực tuyến", 2, "study_sessions", unit=VIETHUNG),
        F("cho 1.946 đảng viên", 1946, "study_attendance", a="party_members",
          unit=VIETHUNG),
        F("đạt 93,7%", 93.7, "study_participation_rate", unit=VIETHUNG),
        F("57 nhóm Zalo tổ dân phố", 57, "chat_groups", unit=VIETHUNG,
          p=inst("2025-11-30")),
        F("hơn 9.400 thành viên", 9400, "chat_group_members", "at_least", unit=VIETHUNG,
          p=inst("2025-11-30")),
        F("chia sẻ 326 tin, bài, video", 326, "news_items", unit=VIETHUNG),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes", unit=BODE),
        F("cho 85 học viên", 85, "trainees", unit=BODE),
        F("ban hành 6 văn bản", 6, "documents_issued", unit=BODE),
        F("7 buổi tuyên truyền pháp luật", 7, "oral_propaganda_sessions", unit=BODE),
        F("2.154 lượt người dự thi", 2154, "contest_entries", unit=BODE),
        F("biểu dương 9 tập thể", 9, "commended_collectives", unit=BODE),
        F("24 cá nhân", 24, "commended_individuals", unit=BODE),
    ], traps=[("03/12/2025", 3), ("08:15", 8), ("Tháng 11 đưa", 11), ("Tháng 11/2025", 11),
              ("18/11", 18), ("Trung ương 13", 13), ("khóa XIII", 13),
              ("ngày 30/11/2025", 30), ("có 148 hộ", 148), ("140 hộ", 140),
              ("tổ dân phố số 14", 14), ("kéo dài 90 phút", 90), ("hai cấp", 2),
              ("hơn 120 năm tuổi", 120)]),
    Doc("syn_811_cuchi_binhmy_2025", T811, CUCHI, P811, D811, "text", facts=[
        F("quán triệt nghị quyết: 04", 4, "study_sessions", unit=CUCHI),
        F("lượt đảng viên dự: 2.587", 2587, "study_attendance", a="party_members",
          unit=CUCHI),
        F("đảng viên mới: 02", 2, "training_classes", unit=CUCHI),
        F("học viên: 73", 73, "trainees", unit=CUCHI),
        F("“Củ Chi hôm nay”: 612", 612, "news_items", unit=CUCHI),
        F("Đại hội XIV: 119", 119, "party_cell_discussions", unit=CUCHI),
        F("26 buổi nói chuyện", 26, "oral_propaganda_sessions", unit=BINHMY),
        F("hơn 3.100 lượt giáo dân", 3100, "propaganda_audience", "at_least", unit=BINHMY),
        F("có 12 người", 12, "opinion_collaborators", unit=BINHMY, p=end_of(P811)),
        F("đã gửi 8 báo cáo", 8, "opinion_reports", unit=BINHMY),
        F("khen thưởng 3 tập thể", 3, "commended_collectives", unit=BINHMY),
    ], traps=[("29/12/2025", 29), ("hai cấp", 2), ("(1/7/2025)", 1), ("3 xã lân cận", 3),
              ("rộng 121 ha", 121), ("khoảng 1,6 triệu lượt khách", 1600000),
              ("Đại hội XIV", 14), ("khoảng 30% dân số", 30), ("tháng 7", 7),
              ("thêm 10 nhóm Zalo", 10), ("xe buýt số 94", 94)]),
]
