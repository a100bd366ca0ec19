"""Held-out synthetic reports, part 2: wards/communes after 2025-07-01 and HCMC city bodies."""
from build_gold import Doc, F, U, W, inst, m9, month, quarter

HCM = U("79")
GD, CC = W("Phường Gia Định", "79"), W("Xã Củ Chi", "79")
PHM, TM, PHD = W("Phường Hoàng Mai", "01"), W("Phường Tương Mai", "01"), W("Phường Hà Đông", "01")

T108 = """
Gia Định, Củ Chi: Tháng 9 sôi nổi các hoạt động tuyên truyền

Ngày 2/10/2025, Ban Tuyên giáo và Dân vận Đảng ủy phường Gia Định và xã Củ Chi (TPHCM) báo cáo nhanh kết quả công tác tháng 9/2025.

* Phường Gia Định

Trong tháng 9/2025, Đảng ủy phường tổ chức 5 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, với 1.126 lượt cán bộ, đảng viên tham dự. Trang fanpage phường đăng tải 87 tin, bài về Đại hội Đảng bộ Thành phố lần thứ I. Phường hiện có 17 báo cáo viên và 24 cộng tác viên dư luận xã hội, phần lớn từng công tác tại Quận Bình Thạnh và Quận Phú Nhuận trước đây.

Bí thư Đảng ủy phường Gia Định cho biết, sau sắp xếp, phường có địa bàn rộng, nhiều tuyến đường huyết mạch nên việc tuyên truyền về trật tự đô thị, an toàn giao thông được đặt lên hàng đầu. Phường cũng thành lập tổ biên tập tin, bài gồm cán bộ trẻ có kỹ năng làm video ngắn để tuyên truyền trên mạng xã hội.

* Xã Củ Chi

Xã tổ chức 22 buổi tuyên truyền miệng tại các ấp với khoảng 1.700 lượt người dân tham dự. Xã cũng ra mắt chuyên mục "Củ Chi hôm nay" trên nhóm Zalo của 18 ấp. "Bà con ở ấp Phú Hòa rất thích nghe báo cáo viên kể chuyện địa đạo", ông Võ Văn Sáu, Bí thư Chi bộ ấp, chia sẻ.

Trong quý IV, xã dự kiến tổ chức 30 buổi tuyên truyền về chuyển đổi số.
"""

T109 = """
Các phường phía Nam Thủ đô: Công tác tuyên giáo quý I khởi sắc

Quý I năm 2026, Ban Tuyên giáo và Dân vận Đảng ủy các phường Hoàng Mai, Tương Mai, Hà Đông đã tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng.

Tại phường Hoàng Mai, Đảng ủy tổ chức 11 hội nghị học tập, quán triệt với 2.384 lượt cán bộ, đảng viên; đạt 98,04%. Tại phường Tương Mai, các chi bộ tổ chức 46 buổi thảo luận chi bộ và Đảng ủy phường khen thưởng 6 tập thể, 9 cá nhân tiêu biểu.

Phường Hà Đông, nơi từng là trung tâm hành chính của Quận Hà Đông, hiện duy trì 64 nhóm Zalo tổ dân phố với hơn 15.000 thành viên. Phường đăng tải 230 tin, bài trên trang thông tin điện tử và fanpage.

Theo đánh giá của Đảng ủy các phường, điểm mới là việc học tập nghị quyết được tổ chức linh hoạt theo cụm tổ dân phố, vào buổi tối hoặc cuối tuần để đảng viên đang công tác ở các cơ quan, doanh nghiệp thuận tiện tham gia. Tài liệu được số hóa, gửi qua nhóm Zalo chi bộ để đảng viên đọc trước.

Bà Nguyễn Thu Hà, Tổ trưởng Tổ dân phố 7, phường Tương Mai cho biết: "Mỗi buổi sinh hoạt, bà con đều được nghe về Đại hội XIV, thấy gần gũi hơn". Cả ba phường đề ra chỉ tiêu 100% đảng viên học tập Nghị quyết trước ngày 30/6/2026.
"""

T110 = """
Thứ Năm, ngày 3 tháng 10 năm 2024

TP.HCM: Công tác tuyên giáo 9 tháng đầu năm 2024 đạt nhiều kết quả

(Thanhuytphcm.vn) - Chiều 2/10, Ban Tuyên giáo Thành ủy TPHCM tổ chức giao ban công tác tuyên giáo 9 tháng đầu năm 2024.

Theo báo cáo, 9 tháng qua Ban đã tổ chức 9 hội nghị báo cáo viên Thành phố; hiện nay đội ngũ báo cáo viên cấp thành phố có 118 đồng chí. Sau khi Tổng Bí thư Nguyễn Phú Trọng từ trần, Ban tham mưu tổ chức đợt sinh hoạt chính trị học tập tấm gương của đồng chí trong toàn Đảng bộ.

Thành Đoàn TPHCM tổ chức 1.820 buổi tuyên truyền tại trường học, khu trọ, thu hút trên 2,1 triệu lượt đoàn viên, thanh niên. Liên đoàn Lao động TP phát động cuộc thi "Công nhân với Nghị quyết 98" nhận được 26.431 bài dự thi.

Phát biểu kết luận, Trưởng ban Tuyên giáo Thành ủy đề nghị hệ thống tuyên giáo các cấp tập trung tuyên truyền về đại hội đảng bộ các cấp, chủ động nắm bắt dư luận trước những vấn đề Nhân dân quan tâm như giá cả, việc làm, ngập nước và kẹt xe; kịp thời đấu tranh với thông tin xấu độc trên không gian mạng.

Sở Thông tin và Truyền thông cho biết, Tổng đài 1022 đã tiếp nhận hơn 1,3 triệu cuộc gọi phản ánh của người dân từ đầu năm đến nay. Sở Văn hóa và Thể thao cũng thực hiện ba nghìn hai trăm băng rôn, pano tuyên truyền kỷ niệm 70 năm Giải phóng Thủ đô và 49 năm Giải phóng miền Nam.

Ý kiến bạn đọc
"""

D108, D109, D110 = "2025-10-02", "2026-04-06", "2024-10-03"

DOCS = [
    Doc("syn_108_giadinh_cuchi_2025", T108, GD, month(9, 2025), D108, "text", facts=[
        F("tổ chức 5 hội nghị học tập, quán triệt", 5, "study_sessions"),
        F("với 1.126 lượt cán bộ, đảng viên", 1126, "study_attendance", a="party_members"),
        F("đăng tải 87 tin, bài", 87, "news_items"),
        F("hiện có 17 báo cáo viên", 17, "reporters", p=inst(D108)),
        F("24 cộng tác viên dư luận xã hội", 24, "opinion_collaborators", p=inst(D108)),
        F("tổ chức 22 buổi tuyên truyền miệng", 22, "oral_propaganda_sessions", unit=CC),
        F("khoảng 1.700 lượt người dân", 1700, "propaganda_audience", "approx", a="masses",
          unit=CC),
    ], traps=[("Tháng 9", 9), ("Ngày 2/10/2025", 2), ("tháng 9/2025", 9), ("lần thứ I", 1),
              ("18 ấp", 18), ("dự kiến tổ chức 30 buổi", 30)]),
    Doc("syn_109_hn_wards_2026", T109, PHM, quarter(1, 2026), D109, "sidecar",
        meta={"date": D109}, facts=[
        F("tổ chức 11 hội nghị học tập, quán triệt", 11, "study_sessions"),
        F("với 2.384 lượt cán bộ, đảng viên", 2384, "study_attendance", a="party_members"),
        F("đạt 98,04%", 98.04, "study_participation_rate"),
        F("tổ chức 46 buổi thảo luận chi bộ", 46, "party_cell_discussions", unit=TM),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=TM),
        F("6 tập thể, 9 cá nhân", 9, "commended_individuals", unit=TM),
        F("duy trì 64 nhóm Zalo", 64, "chat_groups", unit=PHD, p=inst(D109)),
        F("hơn 15.000 thành viên", 15000, "chat_group_members", "at_least", unit=PHD,
          p=inst(D109)),
        F("đăng tải 230 tin, bài", 230, "news_items", unit=PHD),
    ], traps=[("ba phường", 3), ("Quý I năm 2026", 2026), ("Đại hội XIV", 14), ("Tổ dân phố 7", 7),
              ("chỉ tiêu 100% đảng viên", 100), ("ngày 30/6/2026", 30)]),
    Doc("syn_110_hcm_city_2024", T110, HCM, m9(2024), D110, "text", facts=[
        F("tổ chức 9 hội nghị báo cáo viên", 9, "reporter_conferences"),
        F("có 118 đồng chí", 118, "reporters", p=inst(D110)),
        F("tổ chức 1.820 buổi tuyên truyền", 1820, "oral_propaganda_sessions"),
        F("trên 2,1 triệu lượt đoàn viên", 2100000, "propaganda_audience", "at_least",
          a="masses"),
        F("nhận được 26.431 bài dự thi", 26431, "contest_entries"),
        F("hơn 1,3 triệu cuộc gọi", 1300000, "other", "at_least",
          p=("2024-01-01", D110)),
        F("ba nghìn hai trăm băng rôn", 3200, "other"),
    ], traps=[("ngày 3 tháng 10 năm 2024", 3), ("9 tháng đầu năm 2024", 9), ("Chiều 2/10", 2),
              ("9 tháng qua", 9), ("Nghị quyết 98", 98), ("Tổng đài 1022", 1022),
              ("70 năm", 70), ("49 năm", 49)]),
]
