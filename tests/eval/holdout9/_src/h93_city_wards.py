"""Holdout 9, batch 3: Thành Đoàn TP.HCM (a month of 2024), HCMC wards and a commune after
the 2025 merger (sidecar date), Hanoi wards in 2026."""
from build_gold import Doc, F, U, W, end_of, inst, month, quarter, since

HCM = U("79")
PGV, PHT, XNB = W("Phường Gò Vấp", "79"), W("Phường Hạnh Thông", "79"), W("Xã Nhà Bè", "79")
PCG, PLB = W("Phường Cầu Giấy", "01"), W("Phường Long Biên", "01")

T10 = """
Thành Đoàn TP.HCM: Tháng Thanh niên 2024 lan tỏa mạnh mẽ trên không gian mạng

Ngày 26/3/2024, nhân kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2024), Thành Đoàn TP.HCM thông tin kết quả công tác tuyên truyền, giáo dục trong Tháng Thanh niên năm 2024.

Trong tháng 3/2024, các cơ sở Đoàn trên địa bàn Thành phố tổ chức 1.250 buổi sinh hoạt, học tập chuyên đề "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" với 86.400 lượt đoàn viên, thanh niên tham dự. Cuộc thi trực tuyến "Tuổi trẻ Thành phố tìm hiểu Nghị quyết 98" thu hút 147 nghìn lượt người dự thi, trong đó 10 bài thi xuất sắc nhất được trao giải tại Ngày hội Thanh niên ở Công viên 23/9 (Quận 1).

Hệ sinh thái truyền thông của Thành Đoàn hiện có 2 trang thông tin điện tử, 14 fanpage và 6 kênh TikTok, với tổng cộng hơn 3,5 triệu người theo dõi. Trong tháng, các kênh này đăng tải 2.860 tin, bài, video; các sản phẩm truyền thông về Tháng Thanh niên ước đạt 12 triệu lượt xem.

"Chúng tôi hướng đến thanh niên trong độ tuổi từ 16 đến 30, nên mỗi thông điệp phải ngắn, trực quan, dễ chia sẻ", đồng chí Phó Bí thư Thành Đoàn cho biết.

Bạn Lê Minh Thư, 22 tuổi, sinh viên Trường Đại học Khoa học Xã hội và Nhân văn, chia sẻ: "Nhóm em có 40 bạn cùng làm video tuyên truyền về Tháng Thanh niên, có clip đạt hơn 200 nghìn lượt xem".

Cũng trong Tháng Thanh niên, Thành Đoàn trao 1.200 phần quà trị giá 1,8 tỷ đồng cho thanh niên công nhân có hoàn cảnh khó khăn. Thành Đoàn TP.HCM tiếp tục được Trung ương Đoàn đánh giá là một trong 5 đơn vị dẫn đầu khối các thành phố trực thuộc Trung ương.

Dịp này, Ban Thường vụ Thành Đoàn tuyên dương 26 tập thể và 93 cá nhân tiêu biểu trong Tháng Thanh niên. Thành Đoàn cũng công bố kế hoạch thành lập thêm 5 câu lạc bộ lý luận trẻ trong năm 2024.
"""

T11 = """
Phường Gò Vấp, phường Hạnh Thông, xã Nhà Bè: Kết quả công tác tuyên giáo, dân vận quý IV năm 2025

Quý IV năm 2025 là quý đầu tiên các phường, xã triển khai Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030. Dưới đây là một số kết quả nổi bật tại ba địa phương.

PHƯỜNG GÒ VẤP
(Thành lập trên cơ sở phường 10 và phường 17 của quận Gò Vấp cũ)
- Hội nghị học tập, quán triệt: 7 hội nghị, 2.614 lượt cán bộ, đảng viên tham dự.
- Buổi thảo luận chi bộ: 48.
- Tin, bài đăng trên fanpage phường: 206.
- Hiện có: 34 nhóm Zalo khu phố, khoảng 8.900 thành viên.

PHƯỜNG HẠNH THÔNG
Đảng ủy phường mở 2 lớp bồi dưỡng nghiệp vụ công tác dân vận, tuyên giáo cho 118 học viên là cán bộ khu phố. Phường hiện có 19 cộng tác viên dư luận xã hội; trong quý, các cộng tác viên đã gửi 7 báo cáo dư luận xã hội, tập trung vào việc chỉnh trang hẻm và trật tự lòng lề đường. Ông Phạm Văn Hùng, Trưởng khu phố 12, cho biết: "Khu phố tôi có 460 hộ, tháng nào cũng họp dân 1 lần để phổ biến chủ trương mới".

XÃ NHÀ BÈ
Đảng ủy xã tổ chức 22 buổi tuyên truyền miệng tại các ấp, thu hút hơn 3.100 lượt người dân; gần như 100% hộ dân ở các ấp ven sông đã được tuyên truyền về phòng, chống triều cường. Riêng tháng 12/2025, xã phát động cuộc thi ảnh "Nhà Bè đổi mới" và nhận được 264 tác phẩm. Với dân số khoảng 110 nghìn người, xã đang kiến nghị bổ sung 3 biên chế cho bộ phận tuyên giáo. Dịp tổng kết quý, Đảng ủy xã khen thưởng 6 tập thể, 11 cá nhân.

Trong quý I năm 2026, các địa phương sẽ tập trung tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031.
"""

T12 = """
Phường Cầu Giấy, phường Long Biên đưa Nghị quyết Đại hội XIV vào cuộc sống

Ngày 3/4/2026, Đảng ủy phường Cầu Giấy và Đảng ủy phường Long Biên (Hà Nội) sơ kết công tác tuyên giáo, dân vận quý I năm 2026. Quý I cũng là thời điểm cả nước tổ chức bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 (ngày 15/3/2026); tỷ lệ cử tri đi bầu ở cả hai phường đều đạt trên 99,5%.

Phường Cầu Giấy

Trong quý I, Đảng ủy phường tổ chức 14 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, với 3.905/4.018 đảng viên tham gia, đạt 97,19%. Đội ngũ báo cáo viên, tuyên truyền viên tổ chức từ 40 đến 45 buổi tuyên truyền miệng tại 87 tổ dân phố. Trong quý, phường duy trì hoạt động của 92 nhóm Zalo tổ dân phố, hiện có gần 11.000 thành viên.

"Quý I, phường đã tiếp nhận 23 báo cáo dư luận xã hội, phần lớn liên quan đến địa chỉ hành chính mới và cải tạo vỉa hè tuyến đường Trần Duy Hưng", đồng chí Trưởng ban Tuyên giáo và Dân vận Đảng ủy phường Cầu Giấy cho biết.

Phường Long Biên

Từ đầu năm đến nay, Đảng ủy phường Long Biên đã tổ chức sáu hội nghị học tập, quán triệt, với gần 2.300 lượt cán bộ, đảng viên và hơn 900 lượt quần chúng tham dự.

Trong quý, phường phối hợp Trung tâm Chính trị mở 01 lớp bồi dưỡng nhận thức về Đảng cho 64 học viên là quần chúng ưu tú. Phường hiện có 3 trang mạng xã hội chính danh, do Đoàn Thanh niên phường quản trị.

Ông Đỗ Văn Thịnh, 71 tuổi, tổ dân phố số 9, kể: "Đợt học nghị quyết vừa rồi, chi bộ tôi có 12 người đi học, cụ nào cũng chép tay đầy đủ". Nhiều buổi sinh hoạt được tổ chức ngay gần cây cầu Long Biên hơn 120 năm tuổi, gắn giáo dục truyền thống với nhiệm vụ chính trị.

Dịp sơ kết quý I, Đảng ủy phường Long Biên tặng giấy khen cho 4 tập thể, 9 cá nhân.

Quý II, hai phường sẽ tập trung tuyên truyền kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh và mở thêm 10 lớp bồi dưỡng cho cán bộ tổ dân phố.
"""

D10, D11, D12 = "2024-03-26", "2026-01-09", "2026-04-03"
P12 = quarter(1, 2026)

DOCS = [
    Doc("h9_10_thanhdoan_2024", T10, HCM, month(3, 2024), D10, "text", facts=[
        F("tổ chức 1.250 buổi sinh hoạt, học tập", 1250, "study_sessions"),
        F("với 86.400 lượt đoàn viên, thanh niên", 86400, "study_attendance", a="masses"),
        F("thu hút 147 nghìn lượt người dự thi", 147000, "contest_entries"),
        F("hiện có 2 trang thông tin điện tử", 2, "websites", p=inst(D10)),
        F("14 fanpage", 14, "social_pages", p=inst(D10)),
        F("6 kênh TikTok", 6, "social_pages", p=inst(D10)),
        F("hơn 3,5 triệu người theo dõi", 3500000, "propaganda_audience", "at_least",
          p=inst(D10)),
        F("đăng tải 2.860 tin, bài", 2860, "news_items"),
        F("ước đạt 12 triệu lượt xem", 12000000, "propaganda_audience", "approx"),
        F("trao 1.200 phần quà", 1200, "other"),
        F("trị giá 1,8 tỷ đồng", 1800000000, "other"),
        F("tuyên dương 26 tập thể", 26, "commended_collectives"),
        F("26 tập thể và 93 cá nhân", 93, "commended_individuals"),
    ], traps=[("Ngày 26/3/2024", 26), ("93 năm", 93), ("26/3/1931", 26),
              ("26/3/2024)", 26), ("tháng 3/2024", 3), ("Nghị quyết 98", 98),
              ("10 bài thi xuất sắc nhất", 10), ("Công viên 23/9", 23), ("Quận 1", 1),
              ("độ tuổi từ 16 đến 30", 16), ("đến 30, nên", 30), ("22 tuổi", 22),
              ("40 bạn", 40), ("hơn 200 nghìn lượt xem", 200000),
              ("một trong 5 đơn vị", 5), ("thêm 5 câu lạc bộ", 5), ("trong năm 2024", 2024)]),
    Doc("h9_11_hcm_wards_2025", T11, PGV, quarter(4, 2025), D11, "sidecar",
        meta={"date": D11}, facts=[
        F("quán triệt: 7 hội nghị", 7, "study_sessions"),
        F("2.614 lượt cán bộ, đảng viên", 2614, "study_attendance", a="party_members"),
        F("thảo luận chi bộ: 48", 48, "party_cell_discussions"),
        F("fanpage phường: 206", 206, "news_items"),
        F("34 nhóm Zalo khu phố", 34, "chat_groups", p=inst(D11)),
        F("khoảng 8.900 thành viên", 8900, "chat_group_members", "approx", p=inst(D11)),
        F("mở 2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes", unit=PHT),
        F("cho 118 học viên", 118, "trainees", unit=PHT),
        F("hiện có 19 cộng tác viên", 19, "opinion_collaborators", unit=PHT, p=inst(D11)),
        F("gửi 7 báo cáo dư luận xã hội", 7, "opinion_reports", unit=PHT),
        F("tổ chức 22 buổi tuyên truyền miệng", 22, "oral_propaganda_sessions", unit=XNB),
        F("hơn 3.100 lượt người dân", 3100, "propaganda_audience", "at_least", a="masses",
          unit=XNB),
        F("gần như 100% hộ dân", 100, "other", "approx", unit=XNB),
        F("nhận được 264 tác phẩm", 264, "contest_entries", unit=XNB, p=month(12, 2025)),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=XNB),
        F("6 tập thể, 11 cá nhân", 11, "commended_individuals", unit=XNB),
    ], traps=[("lần thứ I", 1), ("nhiệm kỳ 2025 – 2030", 2025), ("ba địa phương", 3),
              ("phường 10", 10), ("phường 17", 17), ("khu phố 12", 12), ("460 hộ", 460),
              ("1 lần", 1), ("tháng 12/2025", 12), ("khoảng 110 nghìn người", 110000),
              ("3 biên chế", 3), ("quý I năm 2026", 2026), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026)]),
    Doc("h9_12_hn_wards_2026", T12, PCG, P12, D12, "text", facts=[
        F("tổ chức 14 hội nghị học tập", 14, "study_sessions"),
        F("với 3.905/4.018 đảng viên", 3905, "study_attendance", a="party_members"),
        F("đạt 97,19%", 97.19, "study_participation_rate"),
        F("từ 40 đến 45 buổi tuyên truyền miệng", 40, "oral_propaganda_sessions", "at_least"),
        F("của 92 nhóm Zalo", 92, "chat_groups", p=end_of(P12)),
        F("gần 11.000 thành viên", 11000, "chat_group_members", "at_most", p=inst(D12)),
        F("tiếp nhận 23 báo cáo", 23, "opinion_reports"),
        F("sáu hội nghị học tập", 6, "study_sessions", unit=PLB, p=since("2026-01-01", D12)),
        F("gần 2.300 lượt cán bộ, đảng viên", 2300, "study_attendance", "at_most",
          a="party_members", unit=PLB, p=since("2026-01-01", D12)),
        F("hơn 900 lượt quần chúng", 900, "study_attendance", "at_least", a="masses",
          unit=PLB, p=since("2026-01-01", D12)),
        F("mở 01 lớp bồi dưỡng", 1, "training_classes", unit=PLB),
        F("cho 64 học viên", 64, "trainees", unit=PLB),
        F("hiện có 3 trang mạng xã hội", 3, "social_pages", unit=PLB, p=inst(D12)),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives", unit=PLB),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals", unit=PLB),
    ], traps=[("Đại hội XIV", 14), ("Ngày 3/4/2026", 3), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15), ("hai phường", 2),
              ("trên 99,5%", 99.5), ("lần thứ XIV", 14), ("87 tổ dân phố", 87),
              ("71 tuổi", 71), ("tổ dân phố số 9", 9), ("có 12 người", 12),
              ("hơn 120 năm tuổi", 120), ("136 năm", 136), ("thêm 10 lớp", 10)]),
]
