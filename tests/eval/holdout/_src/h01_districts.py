"""Held-out synthetic reports, part 1: districts before 2025-07-01. Keep away from rule
writers: the extractor is measured on these once, at the end."""
from build_gold import Doc, F, U, h1, inst, m9, quarter, since, year

Q1, Q10, Q11, GV, TB = U("Quận 1"), U("Quận 10"), U("Quận 11"), U("Quận Gò Vấp"), U("Quận Tân Bình")
HM, CG, DA = U("Quận Hoàng Mai"), U("Quận Cầu Giấy"), U("Huyện Đông Anh")

T101 = """
Quận Nhất: Tuyên truyền miệng vẫn là "vũ khí" sắc bén

Sáng 27/12, hội nghị tổng kết công tác tuyên giáo năm 2018 của Quận ủy Quận 1 diễn ra tại Hội trường Quận ủy, số 45-47 Lê Duẩn.

Là trung tâm của Sài Gòn, quận Nhất có nhiều đặc thù: dân cư thường xuyên biến động, nhiều khách du lịch, nhiều cơ quan ngoại giao. Trong năm, đội ngũ báo cáo viên đã tổ chức 286 buổi tuyên truyền miệng, thu hút chừng 21 ngàn lượt người nghe. Cả quận hiện có 38 báo cáo viên cấp quận và 112 tuyên truyền viên cơ sở.

Điểm nhấn trong năm là mô hình "Báo cáo viên đến với doanh nghiệp", đưa thông tin thời sự, pháp luật đến người lao động tại các tòa nhà văn phòng, khách sạn, nhà hàng. Nhiều doanh nghiệp chủ động đề nghị được tổ chức thêm, cho thấy nhu cầu thông tin chính thống của người lao động rất lớn. Ban Tuyên giáo Quận ủy cũng phối hợp với Phòng Văn hóa và Thông tin quận thực hiện các video ngắn giới thiệu nét đẹp văn hóa của người dân trung tâm thành phố.

Về học tập nghị quyết, Ban Tuyên giáo Quận ủy tham mưu tổ chức bốn mươi hai hội nghị học tập, quán triệt, trong đó có Nghị quyết Trung ương 7 khóa XII về cải cách chính sách tiền lương. Tổng cộng 8.416 lượt cán bộ, đảng viên tham dự, tỷ lệ đạt 96,1%.

Bà Trần Thị Thu, Bí thư Chi bộ khu phố 2, phường Bến Nghé kể: "Mỗi lần có báo cáo viên xuống, bà con hỏi đủ chuyện, từ giá điện đến chỉnh trang vỉa hè".

Năm 2019, quận phấn đấu tổ chức 300 buổi tuyên truyền miệng và đưa 100% chi bộ khu phố vào sinh hoạt chuyên đề.
"""

T102 = """
Sơ kết 6 tháng đầu năm 2019: Quận 10, Quận 11 nâng chất công tác tuyên giáo

(TG) - Ngày 10/7/2019, Ban Tuyên giáo Quận ủy Quận 10 và Quận 11 cùng tổ chức sơ kết công tác tuyên giáo 6 tháng đầu năm 2019.

Quận 10: Học tập nghị quyết bằng nhiều hình thức

Sáu tháng qua, các cấp ủy tổ chức 28 lớp học tập, quán triệt, thu hút 5.102 lượt cán bộ, đảng viên và 2.340 lượt quần chúng. Ban Tuyên giáo mở 3-5 lớp tập huấn kỹ năng sử dụng mạng xã hội cho cán bộ đoàn thể; hiện quận có 19 fanpage của các phường và đoàn thể.

Phát biểu tại hội nghị, Bí thư Quận ủy Quận 10 đề nghị các chi bộ tiếp tục đổi mới cách học tập nghị quyết, tránh đọc lại văn bản, tăng thời gian thảo luận, liên hệ với nhiệm vụ cụ thể của từng cơ quan, đơn vị; đồng thời quan tâm hơn đến việc nắm bắt tư tưởng của đoàn viên, thanh niên trên không gian mạng.

Q.11: Phát huy vai trò cộng tác viên dư luận

Hiện Q.11 có 84 cộng tác viên dư luận xã hội. Từ đầu năm đến nay, mạng lưới này đã thực hiện 37 báo cáo dư luận xã hội, trong đó nhiều báo cáo đề cập việc chỉnh trang khu vực chợ Bình Thới. Quận cũng tổ chức 2 đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh.

Liên hệ: Ban Tuyên giáo Quận ủy Quận 11, điện thoại 028.3858.4021.
"""

T103 = """
Gò Vấp: Nhóm Zalo khu phố "phủ sóng" thông tin chống dịch

Ngày 12/10/2021, Ban Tuyên giáo Quận ủy Gò Vấp cho biết, 9 tháng năm 2021, công tác tuyên truyền phòng, chống dịch Covid-19 được đặc biệt chú trọng.

Đến nay, các khu phố, tổ dân phố trên địa bàn quận đã lập hơn 500 nhóm Zalo với khoảng 68 nghìn thành viên. Trong 9 tháng, trang thông tin điện tử quận và fanpage "Gò Vấp ngày mới" đăng tải 3.260 tin, bài.

Cán bộ tuyên giáo các phường được phân công trực nhóm Zalo theo ca, kịp thời giải đáp thắc mắc của người dân về xét nghiệm, tiêm vắc xin, nhận hàng hỗ trợ. Những thông tin giả mạo, gây hoang mang được phát hiện và đính chính ngay trên nhóm, được người dân đồng tình.

Do giãn cách xã hội theo Chỉ thị 16/CT-TTg, việc học tập nghị quyết chuyển sang hình thức trực tuyến. Quận tổ chức 16 hội nghị học tập, quán triệt trực tuyến với 14.930 lượt cán bộ, đảng viên; tỷ lệ đạt 94,8%. Ban Thường vụ Quận ủy đã ban hành 27 văn bản chỉ đạo công tác tư tưởng trong thời gian dịch bệnh.

"Có những ngày nhóm Zalo khu phố nhận cả trăm câu hỏi, cán bộ phải trả lời đến khuya", anh Lê Minh Tuấn, cán bộ phường 10, nói. Quận đề nghị người dân gọi Tổng đài 1022 để được hỗ trợ.
"""

T104 = """
Tân Bình triển khai nhiệm vụ quý III/2023

Ngày 5/7/2023, Ban Tuyên giáo Quận ủy Tân Bình tổ chức hội nghị đánh giá kết quả công tác tuyên giáo quý II năm 2023 và triển khai nhiệm vụ quý III.

Trong quý II năm 2023, Ban Tuyên giáo đã tổ chức 3 hội nghị báo cáo viên, cung cấp thông tin về tình hình kinh tế - xã hội và kết quả thực hiện Nghị quyết 98/2023/QH15 của Quốc hội. Các cơ sở đảng tổ chức 64 buổi thảo luận chi bộ về chuyên đề năm 2023.

Từ ngày 15/3 đến nay, Hội thi "Tân Bình - sân bay, cửa ngõ" đã nhận được 1.264 bài dự thi của cán bộ, đảng viên và nhân dân.

Trong quý II, quận cũng tuyên dương 7 tập thể, 11 cá nhân tiêu biểu trong học tập và làm theo Bác.

Tại hội nghị, đại diện các phường kiến nghị cần có thêm tài liệu hỏi - đáp ngắn gọn về các chính sách mới để báo cáo viên cơ sở sử dụng khi sinh hoạt tại khu phố; đồng thời đề xuất tăng cường phối hợp với Cảng hàng không trong tuyên truyền về quy hoạch, mở rộng nhà ga và trật tự giao thông khu vực lân cận sân bay.

Phó Trưởng ban Tuyên giáo Quận ủy cho biết, quý III quận sẽ tổ chức 20 buổi tuyên truyền về Nghị quyết 98 tại các phường giáp sân bay Tân Sơn Nhất; chỉ tiêu đến cuối năm có 15 nghìn lượt người nghe.
"""

T105 = """
Quận Hoàng Mai: Công tác giáo dục lý luận chính trị năm 2022 có nhiều chuyển biến

(Hanoimoi) - Ngày 28/12/2022, Quận ủy Hoàng Mai tổ chức tổng kết công tác tuyên giáo năm 2022.

Năm 2022, Trung tâm Chính trị quận mở 36 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 2.947 học viên; tổ chức 58 hội nghị học tập, quán triệt Nghị quyết Trung ương 4, 5 khóa XIII với 18.250/19.036 đảng viên tham gia, đạt 95,87%.

Ban Tuyên giáo Quận ủy hiện quản lý cổng thông tin điện tử của quận và 14 trang thông tin điện tử của các phường. Ban đã phát hành ước 1.900 tin, bài trên các nền tảng. Đội ngũ 96 cộng tác viên dư luận xã hội hiện nay đã gửi 112 báo cáo dư luận xã hội trong năm.

Theo Trưởng ban Tuyên giáo Quận ủy Hoàng Mai, địa bàn quận có nhiều khu đô thị mới, dân cư từ nhiều nơi chuyển đến nên việc nắm bắt tư tưởng gặp không ít khó khăn. Ban đã chỉ đạo các phường xây dựng nhóm nòng cốt ở từng tòa chung cư, phối hợp với ban quản trị để kịp thời nắm tình hình, tuyên truyền chủ trương, chính sách đến cư dân.

Năm 2022 cũng là năm quận tổ chức mười lăm hội nghị báo cáo viên, nhiều nhất từ trước đến nay. Đồng chí Bí thư Quận ủy đề nghị trong thời gian tới tiếp tục thực hiện Nghị quyết 15-NQ/TW và kỷ niệm 20 năm thành lập quận Hoàng Mai (2003 - 2023).
"""

T106 = """
Cầu Giấy: Một năm nhiều dấu ấn của công tác tuyên giáo

Năm 2020 là năm diễn ra đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Từ đầu năm đến nay, Ban Tuyên giáo Quận ủy Cầu Giấy đã tham mưu ban hành 31 văn bản lãnh đạo, chỉ đạo.

Các cấp ủy tổ chức 47 hội nghị học tập, quán triệt nghị quyết đại hội đảng bộ các cấp, với 9.560 lượt cán bộ, đảng viên và 3.020 lượt đoàn viên, hội viên tham dự. Đội ngũ báo cáo viên tổ chức dưới 100 buổi tuyên truyền miệng do ảnh hưởng của dịch Covid-19, nhưng tuyên truyền trên mạng tăng mạnh với 2.480 tin, bài.

Trong bối cảnh dịch bệnh, các hội nghị học tập được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, bảo đảm an toàn phòng dịch. Ban Tuyên giáo Quận ủy biên soạn tài liệu tóm tắt văn kiện đại hội, gửi đến các chi bộ để đảng viên nghiên cứu trước, nâng cao chất lượng thảo luận tại hội nghị.

Hiện nay, quận có 57 báo cáo viên và 73 cộng tác viên dư luận xã hội. Dịp cuối năm, Ban Thường vụ Quận ủy tặng giấy khen cho 14 tập thể và 22 cá nhân.

Nhiệm kỳ 2020 – 2025, quận xác định tiếp tục thực hiện Chỉ thị 05-CT/TW và xây dựng người Hà Nội thanh lịch, văn minh.
"""

T107 = """
Đông Anh: Đưa nghị quyết về với nông thôn ngoại thành

Ngày 20/1/2017, Huyện ủy Đông Anh tổng kết công tác tuyên giáo năm 2016.

Năm 2016, năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, các chi, đảng bộ cơ sở đã tổ chức 124 lớp học tập, quán triệt với gần 26.000 lượt cán bộ, đảng viên, đạt tỷ lệ 95,1 %. Trung tâm Bồi dưỡng chính trị huyện mở 21 lớp với 1.872 học viên.

Các xã, thị trấn tổ chức trên 700 buổi tuyên truyền miệng, ước có 65 nghìn lượt người dân tham dự. Huyện triển khai hai đợt sinh hoạt chính trị về Nghị quyết Trung ương 4 khóa XII. Ông Nguyễn Văn Lâm, Bí thư Chi bộ thôn Đìa, xã Nam Hồng chia sẻ: "Thôn có 87 đảng viên thì 85 người đi học đầy đủ".

Theo đánh giá của Ban Thường vụ Huyện ủy, công tác tuyên truyền đã góp phần tạo đồng thuận trong Nhân dân khi triển khai các dự án hạ tầng giao thông, giải phóng mặt bằng và xây dựng nông thôn mới. Tuy vậy, việc tuyên truyền trên hệ thống loa truyền thanh ở một số thôn còn chưa thường xuyên, nội dung chưa hấp dẫn.

Dịp này, Huyện ủy khen thưởng 11 tập thể, 19 cá nhân. Năm 2017, huyện phấn đấu 100% chi bộ tổ chức học tập trong vòng 30 ngày kể từ khi có hướng dẫn.
"""

D101 = "2018-12-27"
D104 = "2023-07-05"
D106 = "2020-12-30"

DOCS = [
    Doc("syn_101_q1_2018", T101, Q1, year(2018), D101, "inferred", facts=[
        F("tổ chức 286 buổi tuyên truyền miệng", 286, "oral_propaganda_sessions"),
        F("chừng 21 ngàn lượt người nghe", 21000, "propaganda_audience", "approx"),
        F("hiện có 38 báo cáo viên", 38, "reporters", p=inst(D101)),
        F("112 tuyên truyền viên cơ sở", 112, "other", p=inst(D101)),
        F("bốn mươi hai hội nghị học tập, quán triệt", 42, "study_sessions"),
        F("8.416 lượt cán bộ, đảng viên", 8416, "study_attendance", a="party_members"),
        F("tỷ lệ đạt 96,1%", 96.1, "study_participation_rate"),
    ], traps=[("Sáng 27/12", 27), ("năm 2018", 2018), ("Quận 1", 1), ("số 45-47 Lê Duẩn", 45),
              ("Trung ương 7", 7), ("khóa XII", 12), ("khu phố 2", 2), ("Năm 2019", 2019),
              ("tổ chức 300 buổi", 300), ("100% chi bộ", 100)]),
    Doc("syn_102_q10_q11_2019", T102, Q10, h1(2019), "2019-07-10", "text", facts=[
        F("tổ chức 28 lớp học tập, quán triệt", 28, "study_sessions"),
        F("thu hút 5.102 lượt cán bộ, đảng viên", 5102, "study_attendance", a="party_members"),
        F("2.340 lượt quần chúng", 2340, "study_attendance", a="masses"),
        F("mở 3-5 lớp tập huấn", 3, "training_classes", "at_least"),
        F("quận có 19 fanpage", 19, "social_pages", p=inst("2019-07-10")),
        F("Q.11 có 84 cộng tác viên", 84, "opinion_collaborators", unit=Q11,
          p=inst("2019-07-10")),
        F("thực hiện 37 báo cáo dư luận xã hội", 37, "opinion_reports", unit=Q11,
          p=since("2019-01-01", "2019-07-10")),
        F("tổ chức 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=Q11),
    ], traps=[("Sáu tháng", 6), ("Ngày 10/7/2019", 10), ("6 tháng đầu năm 2019", 6), ("Quận 10", 10),
              ("Quận 11", 11), ("50 năm", 50), ("028.3858.4021", 28)]),
    Doc("syn_103_govap_2021", T103, GV, m9(2021), "2021-10-12", "text", facts=[
        F("lập hơn 500 nhóm Zalo", 500, "chat_groups", "at_least", p=inst("2021-10-12")),
        F("khoảng 68 nghìn thành viên", 68000, "chat_group_members", "approx",
          p=inst("2021-10-12")),
        F("đăng tải 3.260 tin, bài", 3260, "news_items"),
        F("tổ chức 16 hội nghị học tập, quán triệt", 16, "study_sessions"),
        F("với 14.930 lượt cán bộ, đảng viên", 14930, "study_attendance", a="party_members"),
        F("tỷ lệ đạt 94,8%", 94.8, "study_participation_rate"),
        F("ban hành 27 văn bản", 27, "documents_issued"),
    ], traps=[("cả trăm câu hỏi", 100), ("Ngày 12/10/2021", 12), ("9 tháng năm 2021", 9),
              ("Covid-19", 19), ("Chỉ thị 16/CT-TTg", 16), ("Trong 9 tháng", 9),
              ("phường 10", 10), ("Tổng đài 1022", 1022)]),
    Doc("syn_104_tanbinh_2023", T104, TB, quarter(2, 2023), D104, "text", facts=[
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("tổ chức 64 buổi thảo luận chi bộ", 64, "party_cell_discussions"),
        F("nhận được 1.264 bài dự thi", 1264, "contest_entries",
          p=since("2023-03-15", D104)),
        F("tuyên dương 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể, 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("quý III/2023", 2023), ("Ngày 5/7/2023", 5), ("quý II năm 2023", 2023),
              ("Nghị quyết 98/2023/QH15", 98), ("chuyên đề năm 2023", 2023),
              ("Từ ngày 15/3", 15), ("sẽ tổ chức 20 buổi", 20), ("Nghị quyết 98 tại", 98),
              ("có 15 nghìn lượt", 15000)]),
    Doc("syn_105_hoangmai_2022", T105, HM, year(2022), "2022-12-28", "text", facts=[
        F("mở 36 lớp bồi dưỡng lý luận chính trị", 36, "training_classes"),
        F("với 2.947 học viên", 2947, "trainees"),
        F("tổ chức 58 hội nghị học tập, quán triệt", 58, "study_sessions"),
        F("với 18.250/19.036 đảng viên", 18250, "study_attendance", a="party_members"),
        F("đạt 95,87%", 95.87, "study_participation_rate"),
        F("14 trang thông tin điện tử", 14, "websites", p=inst("2022-12-28")),
        F("ước 1.900 tin, bài", 1900, "news_items", "approx"),
        F("Đội ngũ 96 cộng tác viên", 96, "opinion_collaborators", p=inst("2022-12-28")),
        F("gửi 112 báo cáo dư luận xã hội", 112, "opinion_reports"),
        F("mười lăm hội nghị báo cáo viên", 15, "reporter_conferences"),
    ], traps=[("Ngày 28/12/2022", 28), ("Trung ương 4, 5", 4), ("5 khóa XIII", 5),
              ("khóa XIII", 13), ("15-NQ/TW", 15), ("20 năm", 20),
              ("2003 - 2023", 2003)]),
    Doc("syn_106_caugiay_2020", T106, CG, year(2020), D106, "sidecar",
        meta={"date": D106}, facts=[
        F("ban hành 31 văn bản", 31, "documents_issued", p=since("2020-01-01", D106)),
        F("tổ chức 47 hội nghị học tập, quán triệt", 47, "study_sessions"),
        F("với 9.560 lượt cán bộ, đảng viên", 9560, "study_attendance", a="party_members"),
        F("3.020 lượt đoàn viên, hội viên", 3020, "study_attendance", a="masses"),
        F("dưới 100 buổi tuyên truyền miệng", 100, "oral_propaganda_sessions", "at_most"),
        F("với 2.480 tin, bài", 2480, "news_items"),
        F("quận có 57 báo cáo viên", 57, "reporters", p=inst(D106)),
        F("73 cộng tác viên dư luận xã hội", 73, "opinion_collaborators", p=inst(D106)),
        F("giấy khen cho 14 tập thể", 14, "commended_collectives"),
        F("14 tập thể và 22 cá nhân", 22, "commended_individuals"),
    ], traps=[("Một năm", 1), ("Năm 2020", 2020), ("lần thứ XIII", 13), ("Covid-19", 19),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("05-CT/TW", 5)]),
    Doc("syn_107_donganh_2016", T107, DA, year(2016), "2017-01-20", "text", facts=[
        F("tổ chức 124 lớp học tập, quán triệt", 124, "study_sessions"),
        F("gần 26.000 lượt cán bộ, đảng viên", 26000, "study_attendance", "at_most",
          a="party_members"),
        F("đạt tỷ lệ 95,1 %", 95.1, "study_participation_rate"),
        F("mở 21 lớp", 21, "training_classes"),
        F("với 1.872 học viên", 1872, "trainees"),
        F("trên 700 buổi tuyên truyền miệng", 700, "oral_propaganda_sessions", "at_least"),
        F("ước có 65 nghìn lượt người dân", 65000, "propaganda_audience", "approx",
          a="masses"),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể, 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Ngày 20/1/2017", 20), ("năm 2016", 2016), ("lần thứ XXIII", 23),
              ("Trung ương 4", 4), ("khóa XII", 12), ("Thôn có 87 đảng viên", 87),
              ("85 người", 85), ("Năm 2017", 2017), ("100% chi bộ", 100), ("30 ngày", 30)]),
]
