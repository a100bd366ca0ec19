"""Second held-out set (holdout2), part 3: wards and communes after 2025-07-01.
Written from docs/LABELING.md and tests/eval/README.md only, without reading the extractor."""
from build_gold import Doc, F, W, inst, month, quarter, since

TTHUAN, NHABE, CANGIO = W("Phường Tân Thuận", "79"), W("Xã Nhà Bè", "79"), W("Xã Cần Giờ", "79")
PTX, PTH, XGL = W("Phường Thanh Xuân", "01"), W("Phường Tây Hồ", "01"), W("Xã Gia Lâm", "01")

T210 = """
Phường Tân Thuận, xã Nhà Bè, xã Cần Giờ: Tuyên truyền sát dân sau sắp xếp

(Thanhuytphcm.vn) - Ngày 22/9/2025, Ban Tuyên giáo và Dân vận Đảng ủy phường Tân Thuận, xã Nhà Bè và xã Cần Giờ tổ chức trao đổi kinh nghiệm, đánh giá công tác tuyên giáo từ ngày 1/7/2025 đến nay, sau gần 3 tháng vận hành chính quyền địa phương hai cấp.

PHƯỜNG TÂN THUẬN

Đảng ủy phường đã tổ chức 9 hội nghị học tập, quán triệt các nghị quyết, kết luận của Trung ương và Thành ủy, với 2.146 lượt cán bộ, đảng viên dự; tỷ lệ tham dự đạt 97,3%. Phường hiện có 1 trang thông tin điện tử và 18 fanpage của các khu phố, đoàn thể. Trong tháng 8/2025, fanpage phường đăng 154 tin, bài, video về Đại hội Đảng bộ phường lần thứ I.

"Trước đây tôi sinh hoạt ở khu phố 2, phường Tân Thuận Đông, Quận 7; nay về khu phố mới, người đông hơn nhưng tin tức từ phường vẫn đến nhanh qua nhóm Zalo", bà Trần Thị Mai, đảng viên khu phố 12, chia sẻ.

XÃ NHÀ BÈ

Xã Nhà Bè duy trì 96 nhóm Zalo ấp với khoảng 14.500 thành viên. Đội ngũ cộng tác viên dư luận xã hội của xã gồm 21 người đã gửi 16 báo cáo dư luận xã hội, chủ yếu về tiến độ các dự án chống ngập và nâng cấp đường Huỳnh Tấn Phát. Sau sắp xếp, xã có dân số hơn 100 nghìn người.

XÃ CẦN GIỜ

Xã Cần Giờ tổ chức 12 buổi tuyên truyền về chủ quyền biển, đảo và chống khai thác hải sản bất hợp pháp cho chừng 1.500 lượt ngư dân, người dân. Ban Tuyên giáo và Dân vận Đảng ủy xã tham mưu ban hành 7 văn bản hướng dẫn tuyên truyền Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030. Dịp này, xã tuyên dương 5 tập thể, 12 cá nhân tiêu biểu trong phong trào "Dân vận khéo".

Trong tháng 10, xã Cần Giờ dự kiến ra mắt 3 trang fanpage của các ấp ven biển.
"""

T211 = """
Thứ Tư, ngày 15 tháng 4 năm 2026

Học tập Nghị quyết Đại hội XIV: Từ phường nội đô đến xã ven sông Hồng

(Hanoimoi) - Từ đầu năm 2026 đến nay, Đảng ủy các phường Thanh Xuân, Tây Hồ và xã Gia Lâm đã tập trung tổ chức học tập, quán triệt, tuyên truyền Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.

Phường Thanh Xuân: Học tập theo cụm dân cư

Đảng ủy phường tổ chức 14 hội nghị học tập, quán triệt với 5.318 lượt cán bộ, đảng viên và 1.204 lượt hội viên các đoàn thể. Đúng 8h ngày 3/2, kỷ niệm 96 năm Ngày thành lập Đảng, phường tổ chức sinh hoạt chuyên đề đồng loạt tại các điểm sinh hoạt cộng đồng. Tháng 2/2026, phường mở 2 lớp bồi dưỡng kỹ năng viết tin, bài cho 86 cộng tác viên của các tổ dân phố.

Phường Tây Hồ: Nắm bắt dư luận từ tổ dân phố

Phường duy trì 72 nhóm Zalo tổ dân phố với trên 9.600 thành viên và hiện có 24 cộng tác viên dư luận xã hội. Các cộng tác viên đã gửi 31 báo cáo dư luận xã hội, tập trung vào ý kiến của người dân về việc tổ chức giao thông quanh hồ Tây. Ngày 9/1, phường tổ chức hội nghị báo cáo viên đầu tiên của năm; tính chung quý I năm 2026, phường tổ chức 3 hội nghị báo cáo viên.

Xã Gia Lâm: Văn kiện về đến thôn

Các chi bộ thôn tổ chức 57 buổi thảo luận chi bộ về văn kiện Đại hội XIV; có 1.846 trên tổng số 1.902 đảng viên tham gia học tập, đạt 97,06%. Đài truyền thanh xã phát sóng 240 bản tin thời sự địa phương.

"Tôi 72 tuổi, có 45 năm tuổi Đảng, nghe nghị quyết lần này thấy rõ ràng, dễ hiểu, vì cán bộ nói bằng chuyện của làng mình", ông Nguyễn Văn Hùng, đảng viên thôn Đa Tốn, chia sẻ.

Trong quý II, ba đơn vị sẽ phối hợp tổ chức cuộc thi tìm hiểu Nghị quyết Đại hội XIV, phấn đấu thu hút 5.000 bài dự thi.
"""

D210, D211 = "2025-09-22", "2026-04-15"
P210, P211 = since("2025-07-01", D210), since("2026-01-01", D211)

DOCS = [
    Doc("syn_210_tanthuan_nhabe_cangio_2025", T210, TTHUAN, P210, D210, "text", facts=[
        F("tổ chức 9 hội nghị học tập, quán triệt", 9, "study_sessions"),
        F("với 2.146 lượt cán bộ, đảng viên", 2146, "study_attendance", a="party_members"),
        F("tham dự đạt 97,3%", 97.3, "study_participation_rate"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D210)),
        F("18 fanpage", 18, "social_pages", p=inst(D210)),
        F("đăng 154 tin, bài", 154, "news_items", p=month(8, 2025)),
        F("duy trì 96 nhóm Zalo", 96, "chat_groups", unit=NHABE, p=inst(D210)),
        F("khoảng 14.500 thành viên", 14500, "chat_group_members", "approx", unit=NHABE,
          p=inst(D210)),
        F("gồm 21 người", 21, "opinion_collaborators", unit=NHABE, p=inst(D210)),
        F("gửi 16 báo cáo dư luận xã hội", 16, "opinion_reports", unit=NHABE),
        F("tổ chức 12 buổi tuyên truyền", 12, "oral_propaganda_sessions", unit=CANGIO),
        F("chừng 1.500 lượt ngư dân", 1500, "propaganda_audience", "approx", a="masses",
          unit=CANGIO),
        F("ban hành 7 văn bản", 7, "documents_issued", unit=CANGIO),
        F("tuyên dương 5 tập thể", 5, "commended_collectives", unit=CANGIO),
        F("5 tập thể, 12 cá nhân", 12, "commended_individuals", unit=CANGIO),
    ], traps=[("Ngày 22/9/2025", 22), ("từ ngày 1/7/2025", 1), ("gần 3 tháng", 3),
              ("hai cấp", 2), ("tháng 8/2025", 8), ("lần thứ I", 1), ("khu phố 2", 2),
              ("Quận 7", 7), ("khu phố 12", 12), ("hơn 100 nghìn người", 100000),
              ("nhiệm kỳ 2025 – 2030", 2025), ("tháng 10", 10),
              ("dự kiến ra mắt 3 trang fanpage", 3)]),
    Doc("syn_211_thanhxuan_tayho_gialam_2026", T211, PTX, P211, D211, "text", facts=[
        F("tổ chức 14 hội nghị học tập, quán triệt", 14, "study_sessions"),
        F("với 5.318 lượt cán bộ, đảng viên", 5318, "study_attendance", a="party_members"),
        F("1.204 lượt hội viên", 1204, "study_attendance", a="masses"),
        F("mở 2 lớp bồi dưỡng kỹ năng", 2, "training_classes", p=month(2, 2026)),
        F("cho 86 cộng tác viên", 86, "trainees", p=month(2, 2026)),
        F("duy trì 72 nhóm Zalo", 72, "chat_groups", unit=PTH, p=inst(D211)),
        F("trên 9.600 thành viên", 9600, "chat_group_members", "at_least", unit=PTH,
          p=inst(D211)),
        F("hiện có 24 cộng tác viên", 24, "opinion_collaborators", unit=PTH, p=inst(D211)),
        F("gửi 31 báo cáo dư luận xã hội", 31, "opinion_reports", unit=PTH),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences", unit=PTH,
          p=quarter(1, 2026)),
        F("tổ chức 57 buổi thảo luận chi bộ", 57, "party_cell_discussions", unit=XGL),
        F("có 1.846 trên tổng số 1.902 đảng viên", 1846, "study_attendance",
          a="party_members", unit=XGL),
        F("đạt 97,06%", 97.06, "study_participation_rate", unit=XGL),
        F("phát sóng 240 bản tin", 240, "news_items", unit=XGL),
    ], traps=[("ngày 15 tháng 4 năm 2026", 15), ("Đại hội XIV", 14), ("Từ đầu năm 2026", 2026),
              ("lần thứ XIV", 14), ("8h ngày 3/2", 8), ("96 năm", 96), ("Tháng 2/2026", 2),
              ("Ngày 9/1", 9), ("quý I năm 2026", 1), ("72 tuổi", 72),
              ("45 năm tuổi Đảng", 45), ("quý II", 2), ("ba đơn vị", 3),
              ("5.000 bài dự thi", 5000)]),
]
