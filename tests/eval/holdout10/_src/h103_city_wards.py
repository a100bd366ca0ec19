"""Holdout10, batch 3: HCMC city bodies 2019, HCMC wards after 2025-07-01, Hanoi city and
wards/communes in 2026."""
from build_gold import Doc, F, U, W, inst, month, quarter, since, year

HCM, HN = U("79"), U("01")
BCO, XHO, PNH = (W(n, "79") for n in ("Phường Bàn Cờ", "Phường Xuân Hòa", "Phường Phú Nhuận"))
PTX, KDI, VMQ, XSS = (W(n, "01") for n in ("Phường Thanh Xuân", "Phường Khương Đình",
                                          "Phường Văn Miếu - Quốc Tử Giám", "Xã Sóc Sơn"))

T10 = """
TP.HCM: Công tác tuyên giáo góp phần tạo đồng thuận xã hội

(SGGP) – Ngày 27/12/2019, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019 và triển khai nhiệm vụ năm 2020.

Theo báo cáo, năm 2019, Ban Tuyên giáo Thành ủy đã tham mưu Thành ủy ban hành 23 văn bản chỉ đạo về công tác chính trị, tư tưởng, trong đó có các văn bản triển khai Nghị quyết 54/2017/QH14 của Quốc hội về thí điểm cơ chế, chính sách đặc thù phát triển thành phố. Ban tổ chức 24 hội nghị báo cáo viên cấp thành phố; đội ngũ báo cáo viên Thành ủy hiện có 92 đồng chí.

Đợt sinh hoạt chính trị về 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh là một trong hai đợt sinh hoạt chính trị được Thành ủy phát động trong năm, thu hút hơn 2,1 triệu lượt người tham gia.

Trên không gian mạng, Cổng thông tin điện tử Thành ủy và các trang mạng xã hội chính danh của Ban đã đăng tải 6.420 tin, bài, video, thu hút khoảng 3,5 triệu lượt xem, tăng 40% so với năm 2018. Ban cũng thực hiện 36 báo cáo dư luận xã hội gửi Ban Tuyên giáo Trung ương.

“Năm nay, chúng tôi đã mở 12 lớp tập huấn kỹ năng xử lý thông tin trên mạng xã hội cho cán bộ tuyên giáo 24 quận, huyện. Thành phố gần 9 triệu dân, lại có hàng triệu người nhập cư, nên không thể chỉ làm theo cách cũ”, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy cho biết.

Tại hội nghị, các đơn vị cấp thành phố cũng báo cáo kết quả. Thành Đoàn TP.HCM tổ chức cuộc thi trực tuyến “Tuổi trẻ Thành phố học tập và làm theo Di chúc của Bác” với 147 nghìn lượt đoàn viên, thanh niên dự thi. Liên đoàn Lao động TP tổ chức 2.860 buổi nói chuyện chuyên đề cho công nhân tại 3 khu chế xuất và 16 khu công nghiệp, với gần 412.000 lượt công nhân, lao động tham dự.

Dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 40 tập thể và 57 cá nhân; Ban Tuyên giáo Quận ủy Quận 3 và Ban Tuyên giáo Huyện ủy Củ Chi nhận cờ thi đua dẫn đầu khối quận, huyện.

Năm 2020, Ban Tuyên giáo Thành ủy tập trung tuyên truyền Đại hội Đảng bộ Thành phố lần thứ XI, kỷ niệm 90 năm Ngày thành lập Đảng, 130 năm Ngày sinh Chủ tịch Hồ Chí Minh; phấn đấu 100% cán bộ, đảng viên được học tập nghị quyết đại hội.
"""

T11 = """
Tuyên giáo cơ sở sau hơn 100 ngày vận hành chính quyền hai cấp

Đăng ngày 22/10/2025 | 09:30

Từ ngày 1/7/2025 đến nay, sau hơn 100 ngày vận hành mô hình chính quyền địa phương hai cấp, công tác tuyên giáo ở nhiều phường khu trung tâm TP.HCM đã nhanh chóng đi vào nền nếp. Ghi nhận tại ba phường Bàn Cờ, Xuân Hòa và Phú Nhuận cho thấy nhiều cách làm mới.

▪ Phường Bàn Cờ – Zalo khu phố làm “cầu nối”

Phường Bàn Cờ được thành lập trên cơ sở các phường 1, 2, 3, 5 của Quận 3 cũ, với khoảng 70 nghìn dân. Từ ngày 1/7 đến nay, Đảng ủy phường đã ban hành 12 văn bản hướng dẫn, tổ chức 9 hội nghị học tập, quán triệt nghị quyết, kết luận của Trung ương và Thành ủy cho 2.430 lượt cán bộ, đảng viên. Phường hiện có 38 nhóm Zalo khu phố với gần 12.000 thành viên.

“Sáng nào tôi cũng mở nhóm Zalo khu phố đọc cả chục tin, có gì chưa rõ thì hỏi luôn tổ trưởng”, ông Phạm Văn Tư, 71 tuổi, ngụ khu phố 4, nói.

▪ Phường Xuân Hòa – Nói chuyện thời sự buổi tối

Trong quý III/2025, Đảng ủy phường Xuân Hòa tổ chức 14 buổi tuyên truyền miệng vào buổi tối tại các khu phố, thu hút hơn 1.900 lượt người dân. Cuộc thi trực tuyến tìm hiểu 80 năm Cách mạng tháng Tám và Quốc khánh 2/9 do Đoàn phường tổ chức có gần 700 lượt đoàn viên, thanh niên dự thi. Ủy ban Mặt trận Tổ quốc phường đã trao 150 phần quà cho hộ khó khăn, kinh phí 75 triệu đồng do các nhà hảo tâm ủng hộ.

▪ Phường Phú Nhuận – Khen thưởng kịp thời

Phường Phú Nhuận hiện có 2 trang mạng xã hội chính danh với khoảng 15.600 người theo dõi. Từ đầu tháng 7, Đảng ủy phường tổ chức 2 hội nghị báo cáo viên và 01 lớp bồi dưỡng nghiệp vụ cho 85 học viên là cán bộ khu phố.

“Trong đợt cao điểm tuyên truyền Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030, Đảng ủy phường đã khen thưởng 6 tập thể, 14 cá nhân tiêu biểu”, đồng chí Bí thư Đảng ủy phường Phú Nhuận cho biết.

Trụ sở Đảng ủy phường Phú Nhuận đặt tại số 3 Hồ Văn Huê.
"""

T12 = """
Hà Nội: Tuyên truyền bầu cử về đến từng tổ dân phố

Ngày 6/4/2026, Ban Tuyên giáo và Dân vận Thành ủy Hà Nội tổ chức giao ban công tác tuyên giáo quý I năm 2026 với các phường, xã. Toàn thành phố hiện có 126 đơn vị hành chính cấp xã.

Theo báo cáo, trong quý I, Ban đã tổ chức 3 hội nghị báo cáo viên Thành phố, tập trung thông tin về kết quả Đại hội XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026.

Phường Thanh Xuân

Đảng ủy phường Thanh Xuân tổ chức 7 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng với 3.860 lượt cán bộ, đảng viên; tỷ lệ đảng viên dự học đạt 98,25%. Phường chia địa bàn thành 41 khu vực bỏ phiếu; các tổ tuyên truyền đã tổ chức 62 buổi nói chuyện về bầu cử tại 64 tổ dân phố, với hơn 9.400 lượt cư dân tham dự. Tỷ lệ cử tri đi bầu của phường đạt 99,81%.

Phường Khương Đình

Phường Khương Đình hiện có 96 nhóm Zalo tổ dân phố với hơn 27 ngàn thành viên. Riêng tháng 3/2026, các nhóm đã đăng 1.210 tin, bài, ảnh về bầu cử. Ban Thường vụ Đảng ủy phường biểu dương 5 tập thể, 9 cá nhân có cách làm sáng tạo.

Phường Văn Miếu – Quốc Tử Giám

Nhân kỷ niệm 96 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2026), phường tổ chức hai đợt sinh hoạt chính trị và cuộc thi tìm hiểu lịch sử, văn hóa Văn Miếu – Quốc Tử Giám với 1.086 bài dự thi. Khu di tích, nơi lưu giữ các tấm bia tiến sĩ có niên đại từ năm 1484, đón trên 500 nghìn lượt khách trong quý.

Xã Sóc Sơn

Trong quý I, Đảng ủy xã Sóc Sơn mở 3 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 126 học viên; gần như 100% đảng viên của xã tham gia học tập nghị quyết Đại hội XIV. Các chi bộ thôn tổ chức 45 buổi sinh hoạt chuyên đề. Xã hiện có 28 cộng tác viên dư luận xã hội; trong quý, các cộng tác viên gửi 6 báo cáo dư luận xã hội về Ban Tuyên giáo và Dân vận Thành ủy.

“Thôn tôi có 3 khu vực bỏ phiếu, cán bộ đến tận nhà phát thẻ cử tri cho 78 hộ”, ông Nguyễn Văn Bình, trưởng thôn Đông Hạ, kể.

Thời gian tới, Ban Tuyên giáo và Dân vận Thành ủy đề nghị các phường, xã tiếp tục củng cố mạng lưới cộng tác viên, phấn đấu mỗi tổ dân phố, thôn có ít nhất 1 cộng tác viên dư luận xã hội.
"""

D10, D11, D12 = "2019-12-27", "2025-10-22", "2026-04-06"
P11 = since("2025-07-01", D11)

DOCS = [
    Doc("h10_10_hcm_city_2019", T10, HCM, year(2019), D10, "text", facts=[
        F("ban hành 23 văn bản chỉ đạo", 23, "documents_issued"),
        F("tổ chức 24 hội nghị báo cáo viên", 24, "reporter_conferences"),
        F("hiện có 92 đồng chí", 92, "reporters", p=inst(D10)),
        F("một trong hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("hơn 2,1 triệu lượt người tham gia", 2100000, "study_attendance", "at_least"),
        F("đăng tải 6.420 tin, bài", 6420, "news_items"),
        F("khoảng 3,5 triệu lượt xem", 3500000, "propaganda_audience", "approx"),
        F("thực hiện 36 báo cáo dư luận xã hội", 36, "opinion_reports"),
        F("mở 12 lớp tập huấn", 12, "training_classes"),
        F("với 147 nghìn lượt đoàn viên, thanh niên dự thi", 147000, "contest_entries"),
        F("tổ chức 2.860 buổi nói chuyện chuyên đề", 2860, "oral_propaganda_sessions"),
        F("gần 412.000 lượt công nhân", 412000, "propaganda_audience", "at_most"),
        F("cho 40 tập thể", 40, "commended_collectives"),
        F("40 tập thể và 57 cá nhân", 57, "commended_individuals"),
    ], traps=[("Ngày 27/12/2019", 27), ("nhiệm vụ năm 2020", 2020), ("54/2017/QH14", 54),
              ("50 năm", 50), ("tăng 40%", 40), ("so với năm 2018", 2018),
              ("24 quận, huyện", 24), ("gần 9 triệu dân", 9000000),
              ("hàng triệu người nhập cư", 1000000), ("3 khu chế xuất", 3),
              ("16 khu công nghiệp", 16), ("Quận 3", 3), ("Năm 2020", 2020), ("90 năm", 90),
              ("130 năm", 130), ("100% cán bộ, đảng viên", 100)]),
    Doc("h10_11_hcm_wards_2025", T11, BCO, P11, D11, "text", facts=[
        F("ban hành 12 văn bản hướng dẫn", 12, "documents_issued"),
        F("tổ chức 9 hội nghị học tập, quán triệt", 9, "study_sessions"),
        F("cho 2.430 lượt cán bộ, đảng viên", 2430, "study_attendance", a="party_members"),
        F("hiện có 38 nhóm Zalo", 38, "chat_groups", p=inst(D11)),
        F("gần 12.000 thành viên", 12000, "chat_group_members", "at_most", p=inst(D11)),
        F("tổ chức 14 buổi tuyên truyền miệng", 14, "oral_propaganda_sessions", unit=XHO,
          p=quarter(3, 2025)),
        F("hơn 1.900 lượt người dân", 1900, "propaganda_audience", "at_least", a="masses",
          unit=XHO, p=quarter(3, 2025)),
        F("gần 700 lượt đoàn viên, thanh niên dự thi", 700, "contest_entries", "at_most",
          unit=XHO, p=quarter(3, 2025)),
        F("trao 150 phần quà", 150, "other", unit=XHO, p=quarter(3, 2025)),
        F("kinh phí 75 triệu đồng", 75000000, "other", unit=XHO, p=quarter(3, 2025)),
        F("hiện có 2 trang mạng xã hội", 2, "social_pages", unit=PNH, p=inst(D11)),
        F("khoảng 15.600 người theo dõi", 15600, "propaganda_audience", "approx", unit=PNH,
          p=inst(D11)),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=PNH),
        F("01 lớp bồi dưỡng nghiệp vụ", 1, "training_classes", unit=PNH),
        F("cho 85 học viên", 85, "trainees", unit=PNH),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=PNH),
        F("6 tập thể, 14 cá nhân", 14, "commended_individuals", unit=PNH),
    ], traps=[("hơn 100 ngày", 100), ("hai cấp", 2), ("Đăng ngày 22/10/2025", 22),
              ("09:30", 9), ("Từ ngày 1/7/2025", 1), ("ba phường", 3),
              ("các phường 1, 2, 3, 5", 1), ("Quận 3 cũ", 3), ("khoảng 70 nghìn dân", 70000),
              ("Từ ngày 1/7 đến nay", 1), ("71 tuổi", 71), ("khu phố 4", 4),
              ("quý III/2025", 2025), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("Từ đầu tháng 7", 7), ("nhiệm kỳ 2025 – 2030", 2025),
              ("số 3 Hồ Văn Huê", 3)]),
    Doc("h10_12_hn_wards_2026", T12, HN, quarter(1, 2026), D12, "text", facts=[
        F("tổ chức 3 hội nghị báo cáo viên Thành phố", 3, "reporter_conferences"),
        F("tổ chức 7 hội nghị học tập, quán triệt", 7, "study_sessions", unit=PTX),
        F("với 3.860 lượt cán bộ, đảng viên", 3860, "study_attendance", a="party_members",
          unit=PTX),
        F("dự học đạt 98,25%", 98.25, "study_participation_rate", unit=PTX),
        F("tổ chức 62 buổi nói chuyện", 62, "oral_propaganda_sessions", unit=PTX),
        F("hơn 9.400 lượt cư dân", 9400, "propaganda_audience", "at_least", a="masses",
          unit=PTX),
        F("hiện có 96 nhóm Zalo", 96, "chat_groups", unit=KDI, p=inst(D12)),
        F("hơn 27 ngàn thành viên", 27000, "chat_group_members", "at_least", unit=KDI,
          p=inst(D12)),
        F("đã đăng 1.210 tin, bài, ảnh", 1210, "news_items", unit=KDI, p=month(3, 2026)),
        F("biểu dương 5 tập thể", 5, "commended_collectives", unit=KDI),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals", unit=KDI),
        F("tổ chức hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=VMQ),
        F("với 1.086 bài dự thi", 1086, "contest_entries", unit=VMQ),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes", unit=XSS),
        F("với 126 học viên", 126, "trainees", unit=XSS),
        F("gần như 100% đảng viên", 100, "study_participation_rate", "approx", unit=XSS),
        F("tổ chức 45 buổi sinh hoạt chuyên đề", 45, "party_cell_discussions", unit=XSS),
        F("hiện có 28 cộng tác viên", 28, "opinion_collaborators", unit=XSS, p=inst(D12)),
        F("gửi 6 báo cáo dư luận xã hội", 6, "opinion_reports", unit=XSS),
    ], traps=[("Ngày 6/4/2026", 6), ("126 đơn vị hành chính cấp xã", 126),
              ("Đại hội XIV", 14), ("khóa XVI", 16), ("nhiệm kỳ 2026 – 2031", 2026),
              ("ngày 15/3/2026", 15), ("41 khu vực bỏ phiếu", 41), ("tại 64 tổ dân phố", 64),
              ("99,81%", 99.81), ("tháng 3/2026", 3), ("96 năm", 96), ("3/2/1930", 3),
              ("3/2/2026", 3), ("năm 1484", 1484), ("trên 500 nghìn lượt khách", 500000),
              ("3 khu vực bỏ phiếu", 3), ("78 hộ", 78), ("ít nhất 1 cộng tác viên", 1)]),
]
