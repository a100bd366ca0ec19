"""Synthetic dev reports, batch 2: Củ Chi, HCMC city bodies, Hanoi districts 2019-2024."""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, since, term, year

CC, HCM, BD, HK, CG, LB, HD, ST, DA = (U(c) for c in
                                       ("783", "79", "001", "002", "005", "004", "268", "269", "017"))

T008 = """
Củ Chi: Đưa nghị quyết đến với đảng viên ở vùng nông thôn

Ngày 15/8/2023, Ban Tuyên giáo Huyện ủy Củ Chi tổ chức giao ban công tác tuyên giáo, đánh giá kết quả từ đầu năm 2023 đến nay.

Theo báo cáo, từ đầu năm đến nay, các cấp ủy trong huyện đã tổ chức 74 hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy và Huyện ủy, với 11.820 lượt cán bộ, đảng viên và 4.305 lượt quần chúng tham dự. Tỷ lệ đảng viên tham gia học tập ước đạt 98,6%, vượt chỉ tiêu 90% đảng viên mà Huyện ủy đề ra.

Để hỗ trợ cơ sở, Ban Tuyên giáo Huyện ủy đã mở từ 3 đến 5 lớp tập huấn kỹ năng viết tin, bài và quản trị trang mạng xã hội cho cán bộ các xã, thị trấn. Hàng tháng, báo cáo viên của huyện xuống ấp, tổ nhân dân; tính chung đã có hàng trăm buổi tuyên truyền miệng được tổ chức tại nhà văn hóa ấp và các hợp tác xã.

Bên cạnh đó, Ban Tuyên giáo Huyện ủy chú trọng tuyên truyền về xây dựng nông thôn mới nâng cao, phát triển du lịch gắn với khu di tích lịch sử, chuyển đổi cây trồng, vật nuôi. Nhiều mô hình dân vận khéo được giới thiệu trên trang thông tin điện tử của huyện, tạo sức lan tỏa trong Nhân dân.

Công tác nắm bắt dư luận được chú trọng. Tính đến ngày 31/7/2023, huyện có 318 cộng tác viên dư luận xã hội, trải đều ở các ấp.

Ông Nguyễn Văn Tư, Bí thư Chi bộ ấp 4, xã Phước Thạnh nói: "Nghe báo cáo viên nói chuyện thời sự ngay tại ấp, bà con hiểu chủ trương nhanh hơn đọc văn bản".

Thời gian tới, huyện tập trung tuyên truyền kỷ niệm 78 năm Cách mạng tháng Tám và Quốc khánh 2/9, tiếp tục thực hiện Nghị quyết số 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng.
"""

T009 = """
Ngày 20/12/2022, tại hội nghị tổng kết công tác tuyên giáo năm 2022 của Thành phố Hồ Chí Minh, nhiều cơ quan cấp thành phố đã báo cáo kết quả nổi bật.

Theo Ban Tuyên giáo Thành ủy, năm 2022 Ban đã tổ chức 14 hội nghị báo cáo viên Thành phố, cung cấp thông tin định hướng cho đội ngũ báo cáo viên các cấp. Tổng kinh phí dành cho các hoạt động tuyên truyền trọng tâm khoảng 1,2 tỷ đồng.

Thành Đoàn TPHCM triển khai 3 đợt sinh hoạt chính trị trong đoàn viên, thanh niên, thu hút hơn 1,5 triệu lượt đoàn viên tham gia, gắn với tuyên truyền Đại hội Đoàn toàn quốc lần thứ XII. Cuộc thi trực tuyến tìm hiểu Nghị quyết 31-NQ/TW của Bộ Chính trị về xây dựng và phát triển TP.HCM do Thành Đoàn phối hợp tổ chức nhận được 8.650 bài dự thi.

Sở Văn hóa và Thể thao thực hiện 3.400 băng rôn, pano, cờ phướn trên các tuyến đường chính dịp lễ, Tết. Liên đoàn Lao động TP tổ chức 4.812 buổi tuyên truyền pháp luật tại doanh nghiệp với xấp xỉ 620 ngàn lượt công nhân, lao động tham dự.

"Sài Gòn có hơn 9 triệu dân, vì vậy công tác tuyên truyền phải đi vào từng khu phố, từng nhà trọ", một đại biểu phát biểu.

Chiến dịch Mùa hè xanh 2022 cũng được đánh giá là điểm sáng. Mọi phản ánh xin gửi về trụ sở Thành Đoàn, số 1 Phạm Ngọc Thạch, Quận 1.

Ý kiến bạn đọc
"""

T010 = """
Quận Ba Đình tổng kết công tác tuyên giáo năm 2019

(Hanoimoi) - Ngày 25/12/2019, Quận ủy Ba Đình tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019, triển khai nhiệm vụ năm 2020.

Năm 2019, Ban Tuyên giáo Quận ủy tham mưu tổ chức 9 hội nghị học tập, quán triệt cấp quận về Nghị quyết Trung ương 8 khóa XII và Chương trình 04-CTr/TU của Thành ủy, tỷ lệ đảng viên tham dự đạt 98,1 %. Trung tâm Chính trị quận mở 27 lớp bồi dưỡng lý luận chính trị cho 2.315 học viên.

Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra một số hạn chế như việc tổ chức học tập ở một số chi bộ còn hình thức, tỷ lệ đảng viên cao tuổi tham gia chưa cao, nội dung trên các trang thông tin điện tử của phường chưa cập nhật thường xuyên.

Đội ngũ báo cáo viên được quan tâm kiện toàn; đến nay, quận có 61 báo cáo viên. Trong năm, quận tổ chức 12 hội nghị báo cáo viên, thông tin kịp thời các vấn đề thời sự trong nước và quốc tế.

Hoạt động tuyên truyền kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh được triển khai sâu rộng. Cổng thông tin điện tử quận cùng 14 trang thông tin điện tử của các phường đã thường xuyên cập nhật tin, bài.

Hội nghị đã nghe nhiều tham luận của các phường về cách làm hay trong tuyên truyền miệng ở khu dân cư, về xây dựng mạng lưới cộng tác viên dư luận xã hội tại các cơ quan Trung ương đóng trên địa bàn, về phối hợp với Ban quản lý các khu di tích trong giáo dục truyền thống cho thanh thiếu niên.

Phát biểu chỉ đạo, Bí thư Quận ủy đề nghị năm tới tập trung tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh và đại hội đảng bộ các cấp, thực hiện Chỉ thị 05-CT/TW gắn với xây dựng văn hóa người Hà Nội thanh lịch, văn minh.
"""

T011 = """
Hoàn Kiếm: Dấu ấn công tác tuyên giáo nhiệm kỳ 2015 – 2020

Ngày 20/7/2020, trong báo cáo chính trị trình Đại hội đại biểu Đảng bộ quận Hoàn Kiếm lần thứ XXVI, công tác tuyên giáo được đánh giá là một trong những điểm sáng.

Nhiệm kỳ 2015 – 2020, Quận ủy đã ban hành 215 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng. Các cấp ủy tổ chức 410 hội nghị học tập, quán triệt nghị quyết với 186.000 lượt cán bộ, đảng viên tham dự. Đội ngũ báo cáo viên, tuyên truyền viên tổ chức trên 3.200 buổi tuyên truyền miệng, với gần 1 triệu lượt người nghe.

Riêng 6 tháng đầu năm 2020, dù chịu ảnh hưởng của dịch Covid-19, trang thông tin điện tử quận vẫn đăng tải 1.040 tin, bài tuyên truyền về phòng, chống dịch và đại hội đảng bộ các cấp.

Trong nhiệm kỳ, Ban Thường vụ Quận ủy đã khen thưởng 48 tập thể, 96 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW.

Báo cáo cũng chỉ rõ những hạn chế: việc nắm bắt dư luận ở một số chi bộ còn chậm; nội dung tuyên truyền trên mạng xã hội có lúc chưa hấp dẫn; đội ngũ báo cáo viên cơ sở có sự chênh lệch về trình độ. Đại hội thống nhất cần tiếp tục đổi mới phương thức, nâng chất lượng đội ngũ và tăng cường ứng dụng công nghệ thông tin.

Nhiệm kỳ 2020 – 2025, quận xác định tuyên truyền kỷ niệm 1010 năm Thăng Long – Hà Nội là nhiệm vụ trọng tâm. Địa chỉ liên hệ: Quận ủy Hoàn Kiếm, số 126 Hàng Trống.
"""

T012 = """
Cầu Giấy đẩy mạnh công tác tuyên giáo quý III

Sáng nay, Ban Tuyên giáo Quận ủy Cầu Giấy tổ chức giao ban công tác tuyên giáo quý III năm 2024.

Trong quý III năm 2024, các cấp ủy trên địa bàn quận đã tổ chức 18 hội nghị học tập, quán triệt với 5.460 lượt cán bộ, đảng viên tham dự. Đặc biệt, sau khi Tổng Bí thư Nguyễn Phú Trọng từ trần ngày 19/7/2024, quận đã tổ chức các buổi sinh hoạt chuyên đề về tấm gương của đồng chí.

Quận hiện có 49 báo cáo viên; trong quý, Ban đã tổ chức 3 hội nghị báo cáo viên. Mạng lưới nắm bắt dư luận tiếp tục phát huy hiệu quả với 112 cộng tác viên dư luận xã hội hiện có. Các phường hiện duy trì 86 nhóm Zalo với 12.400 thành viên là cư dân các tòa chung cư.

Đánh giá chung, Trưởng ban Tuyên giáo Quận ủy cho rằng công tác nắm bắt tình hình tư tưởng đã có bước chuyển rõ: các cộng tác viên phản ánh nhanh hơn qua ứng dụng trực tuyến, nhiều vấn đề nóng như ùn tắc giao thông giờ cao điểm, ô nhiễm tiếng ồn từ quán karaoke, tiến độ cải tạo chung cư cũ được tổng hợp, báo cáo cấp ủy ngay trong ngày để chỉ đạo xử lý.

Trang thông tin điện tử và fanpage của quận đăng tải 1.280 tin, bài trong quý, tập trung tuyên truyền kỷ niệm 70 năm Giải phóng Thủ đô (10/10/1954 - 10/10/2024) và thực hiện Quy định 144-QĐ/TW.

Ban Tuyên giáo Quận ủy Cầu Giấy, số 36 Cầu Giấy, phường Quan Hoa.
"""

T013 = """
LONG BIÊN: THÁNG 5 SÔI NỔI HOẠT ĐỘNG TUYÊN TRUYỀN VỀ BÁC

Trong tháng 5/2023, Ban Tuyên giáo Quận ủy Long Biên đã ban hành 6 văn bản hướng dẫn các chi, đảng bộ tuyên truyền kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023).

Ngay từ đầu tháng, Ban Tuyên giáo Quận ủy đã chỉ đạo các phường treo băng rôn, khẩu hiệu tại các tuyến phố chính, đồng thời biên soạn tài liệu tuyên truyền ngắn gọn, dễ hiểu về cuộc đời và sự nghiệp của Bác. Nhiều chi bộ tổ chức dâng hương tại Khu di tích, kể chuyện về Bác cho thiếu nhi trong sinh hoạt hè, tạo không khí trang trọng, ấm áp trong khu dân cư.

Đội ngũ báo cáo viên của quận tổ chức 14 buổi tuyên truyền miệng với 1.960 lượt người dân tham dự, tại các nhà văn hóa tổ dân phố ven sông Hồng. Quận cũng tổ chức 2 hội nghị báo cáo viên để cập nhật tình hình thời sự và kết quả thực hiện Nghị quyết 15-NQ/TW của Bộ Chính trị về phương hướng phát triển Thủ đô.

Hội thi "Tìm hiểu về cuộc đời, sự nghiệp Chủ tịch Hồ Chí Minh" thu hút 246 bài dự thi của đoàn viên, học sinh. Nhiều bài viết nhắc đến cây cầu Long Biên hơn 120 năm tuổi như một chứng nhân lịch sử.

Ban Tuyên giáo Quận ủy cho biết sẽ tiếp tục thực hiện Kết luận 01-KL/TW trong các tháng tiếp theo.
"""

T014 = """
Hà Đông, ngày 6/1/2023 - Quận ủy Hà Đông tổ chức hội nghị tổng kết công tác tuyên giáo năm 2022.

Năm 2022, các cấp ủy trong quận đã tổ chức 132 lớp học tập, quán triệt nghị quyết, chủ yếu là Nghị quyết Trung ương 4 khóa XIII và Kết luận 21-KL/TW, với 21.460 lượt cán bộ, đảng viên. Số đảng viên tham gia học tập ước đạt 98%; số chưa tham gia dưới 2%, chủ yếu là đảng viên cao tuổi, ốm đau.

Theo đánh giá của Ban Thường vụ Quận ủy, điểm mới trong năm là việc đổi mới cách thức tổ chức học tập nghị quyết: bên cạnh hội nghị tập trung, nhiều chi bộ khu dân cư đã lồng ghép nội dung nghị quyết vào sinh hoạt thường kỳ, mời báo cáo viên trả lời trực tiếp những câu hỏi của đảng viên về giải phóng mặt bằng, trật tự đô thị và chính sách an sinh. Cách làm này giúp nghị quyết "đi vào" từng tổ dân phố, không còn tình trạng học cho có.

Trung tâm Chính trị quận mở 44 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 3.870 học viên. Công tác dư luận xã hội được triển khai bài bản: trong năm, quận tiếp nhận 57 báo cáo dư luận xã hội; hiện nay quận có 145 cộng tác viên dư luận xã hội.

"Cộng tác viên dư luận phải là người sống giữa dân, nói được tiếng nói của dân", Trưởng ban Tuyên giáo Quận ủy nhấn mạnh. Năm 2023, quận tiếp tục thực hiện Chương trình 01-CTr/TU của Thành ủy khóa XVII.
"""

T015 = """
Sơn Tây, Đông Anh tổng kết công tác tuyên giáo năm 2024

Ngày 10/1/2025, Thị ủy Sơn Tây và Huyện ủy Đông Anh lần lượt tổng kết công tác tuyên giáo năm 2024.

Thị xã Sơn Tây: Giữ vững trận địa tư tưởng

Năm qua, Trung tâm Chính trị thị xã mở 12 lớp bồi dưỡng lý luận chính trị với 780 học viên. Các cơ sở tổ chức 95 buổi tuyên truyền miệng, thu hút trên 9.000 lượt nhân dân tham dự. Thị xã tiếp tục phối hợp Ban Chỉ đạo 35 thị xã đấu tranh phản bác quan điểm sai trái trên mạng.

Huyện Đông Anh: Tin, bài về chuyển đổi số tăng mạnh

Phát biểu tại hội nghị, Bí thư Huyện ủy đánh giá đội ngũ làm công tác tuyên giáo của huyện đã bám sát nhiệm vụ chính trị, nhất là tuyên truyền về các dự án giao thông trọng điểm, giải phóng mặt bằng và xây dựng nông thôn mới kiểu mẫu, tạo đồng thuận cao trong Nhân dân.

Các trang mạng của huyện đã đăng tải 2.615 tin, bài, trong đó nhiều tin về lễ hội Cổ Loa mùng 6 tháng Giêng và các dự án hạ tầng.

Năm 2023, huyện mới tổ chức 6 hội nghị báo cáo viên; năm 2024 con số này là 12, đáp ứng yêu cầu cập nhật thông tin của cơ sở.

Dịp này, Huyện ủy Đông Anh khen thưởng 18 tập thể và 35 cá nhân; huyện tiếp tục giữ vị trí dẫn đầu Cụm thi đua số 4. Năm 2025, huyện tập trung thực hiện Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ.
"""

D008, D012, D013 = "2023-08-15", "2024-10-08", "2023-06-02"

DOCS = [
    Doc("syn_008_cuchi_2023", T008, CC, since("2023-01-01", D008), D008, "text", facts=[
        F("tổ chức 74 hội nghị học tập, quán triệt", 74, "study_sessions"),
        F("với 11.820 lượt cán bộ, đảng viên", 11820, "study_attendance", a="party_members"),
        F("4.305 lượt quần chúng", 4305, "study_attendance", a="masses"),
        F("ước đạt 98,6%", 98.6, "study_participation_rate", "approx"),
        F("mở từ 3 đến 5 lớp tập huấn", 3, "training_classes", "at_least"),
        F("hàng trăm buổi tuyên truyền miệng", 100, "oral_propaganda_sessions", "at_least"),
        F("huyện có 318 cộng tác viên dư luận xã hội", 318, "opinion_collaborators",
          p=inst("2023-07-31")),
    ], traps=[("tháng Tám", 8), ("Ngày 15/8/2023", 15), ("chỉ tiêu 90% đảng viên", 90), ("ngày 31/7/2023", 31),
              ("ấp 4", 4), ("78 năm", 78), ("Quốc khánh 2/9", 2), ("35-NQ/TW", 35),
              ("đầu năm 2023", 2023)]),
    Doc("syn_009_hcm_city_2022", T009, HCM, year(2022), "2022-12-20", "text", facts=[
        F("tổ chức 14 hội nghị báo cáo viên", 14, "reporter_conferences"),
        F("khoảng 1,2 tỷ đồng", 1200000000, "other", "approx"),
        F("triển khai 3 đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("hơn 1,5 triệu lượt đoàn viên", 1500000, "study_attendance", "at_least", a="masses"),
        F("nhận được 8.650 bài dự thi", 8650, "contest_entries"),
        F("thực hiện 3.400 băng rôn", 3400, "other"),
        F("tổ chức 4.812 buổi tuyên truyền", 4812, "oral_propaganda_sessions"),
        F("xấp xỉ 620 ngàn lượt công nhân", 620000, "propaganda_audience", "approx"),
    ], traps=[("Ngày 20/12/2022", 20), ("lần thứ XII", 12), ("Nghị quyết 31-NQ/TW", 31),
              ("hơn 9 triệu dân", 9000000), ("Mùa hè xanh 2022", 2022),
              ("số 1 Phạm Ngọc Thạch", 1), ("Quận 1", 1)]),
    Doc("syn_010_badinh_2019", T010, BD, year(2019), "2019-12-25", "text", facts=[
        F("tổ chức 9 hội nghị học tập, quán triệt", 9, "study_sessions"),
        F("tham dự đạt 98,1 %", 98.1, "study_participation_rate"),
        F("mở 27 lớp bồi dưỡng lý luận chính trị", 27, "training_classes"),
        F("cho 2.315 học viên", 2315, "trainees"),
        F("quận có 61 báo cáo viên", 61, "reporters", p=inst("2019-12-25")),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("14 trang thông tin điện tử", 14, "websites", p=end_of(year(2019))),
    ], traps=[("Ngày 25/12/2019", 25), ("nhiệm vụ năm 2020", 2020), ("Trung ương 8", 8),
              ("khóa XII", 12), ("04-CTr/TU", 4), ("50 năm", 50), ("130 năm", 130),
              ("05-CT/TW", 5)]),
    Doc("syn_011_hoankiem_2020", T011, HK, term(2015, 2020), "2020-07-20", "text", facts=[
        F("ban hành 215 văn bản lãnh đạo", 215, "documents_issued"),
        F("tổ chức 410 hội nghị học tập, quán triệt", 410, "study_sessions"),
        F("với 186.000 lượt cán bộ, đảng viên", 186000, "study_attendance", a="party_members"),
        F("trên 3.200 buổi tuyên truyền miệng", 3200, "oral_propaganda_sessions", "at_least"),
        F("gần 1 triệu lượt người nghe", 1000000, "propaganda_audience", "at_most"),
        F("đăng tải 1.040 tin, bài", 1040, "news_items", p=h1(2020)),
        F("khen thưởng 48 tập thể", 48, "commended_collectives"),
        F("48 tập thể, 96 cá nhân", 96, "commended_individuals"),
    ], traps=[("Ngày 20/7/2020", 20), ("lần thứ XXVI", 26), ("Nhiệm kỳ 2020 – 2025", 2020),
              ("Covid-19", 19), ("1010 năm", 1010), ("số 126 Hàng Trống", 126),
              ("05-CT/TW", 5), ("nhiệm kỳ 2015 – 2020", 2015)]),
    Doc("syn_012_caugiay_2024", T012, CG, quarter(3, 2024), D012, "sidecar",
        meta={"date": D012}, facts=[
        F("tổ chức 18 hội nghị học tập, quán triệt", 18, "study_sessions"),
        F("với 5.460 lượt cán bộ, đảng viên", 5460, "study_attendance", a="party_members"),
        F("Quận hiện có 49 báo cáo viên", 49, "reporters", p=inst(D012)),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("112 cộng tác viên dư luận xã hội hiện có", 112, "opinion_collaborators",
          p=inst(D012)),
        F("duy trì 86 nhóm Zalo", 86, "chat_groups", p=inst(D012)),
        F("với 12.400 thành viên", 12400, "chat_group_members", p=inst(D012)),
        F("đăng tải 1.280 tin, bài", 1280, "news_items"),
    ], traps=[("quý III năm 2024", 2024), ("ngày 19/7/2024", 19), ("70 năm", 70),
              ("10/10/1954", 10), ("10/10/2024", 10), ("144-QĐ/TW", 144),
              ("số 36 Cầu Giấy", 36)]),
    Doc("syn_013_longbien_2023", T013, LB, month(5, 2023), D013, "sidecar",
        meta={"date": D013}, facts=[
        F("ban hành 6 văn bản hướng dẫn", 6, "documents_issued"),
        F("tổ chức 14 buổi tuyên truyền miệng", 14, "oral_propaganda_sessions"),
        F("với 1.960 lượt người dân", 1960, "propaganda_audience", a="masses"),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("thu hút 246 bài dự thi", 246, "contest_entries"),
    ], traps=[("tháng 5/2023", 5), ("133 năm", 133), ("19/5/1890", 19), ("19/5/2023", 19),
              ("15-NQ/TW", 15), ("hơn 120 năm tuổi", 120), ("01-KL/TW", 1),
              ("THÁNG 5", 5)]),
    Doc("syn_014_hadong_2022", T014, HD, year(2022), "2023-01-06", "text", facts=[
        F("tổ chức 132 lớp học tập, quán triệt", 132, "study_sessions"),
        F("với 21.460 lượt cán bộ, đảng viên", 21460, "study_attendance", a="party_members"),
        F("ước đạt 98%", 98, "study_participation_rate", "approx"),
        F("chưa tham gia dưới 2%", 2, "other", "at_most"),
        F("mở 44 lớp bồi dưỡng lý luận chính trị", 44, "training_classes"),
        F("cho 3.870 học viên", 3870, "trainees"),
        F("tiếp nhận 57 báo cáo dư luận xã hội", 57, "opinion_reports"),
        F("quận có 145 cộng tác viên dư luận xã hội", 145, "opinion_collaborators",
          p=inst("2023-01-06")),
    ], traps=[("ngày 6/1/2023", 6), ("Trung ương 4", 4), ("khóa XIII", 13),
              ("21-KL/TW", 21), ("Năm 2023", 2023), ("01-CTr/TU", 1), ("khóa XVII", 17)]),
    Doc("syn_015_sontay_donganh_2024", T015, ST, year(2024), "2025-01-10", "text", facts=[
        F("mở 12 lớp bồi dưỡng lý luận chính trị", 12, "training_classes"),
        F("với 780 học viên", 780, "trainees"),
        F("tổ chức 95 buổi tuyên truyền miệng", 95, "oral_propaganda_sessions"),
        F("trên 9.000 lượt nhân dân", 9000, "propaganda_audience", "at_least", a="masses"),
        F("đăng tải 2.615 tin, bài", 2615, "news_items", unit=DA),
        F("mới tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences", unit=DA,
          p=year(2023)),
        F("con số này là 12", 12, "reporter_conferences", unit=DA),
        F("khen thưởng 18 tập thể", 18, "commended_collectives", unit=DA),
        F("18 tập thể và 35 cá nhân", 35, "commended_individuals", unit=DA),
    ], traps=[("Ngày 10/1/2025", 10), ("Ban Chỉ đạo 35", 35), ("mùng 6 tháng Giêng", 6),
              ("Cụm thi đua số 4", 4), ("Năm 2025", 2025), ("57-NQ/TW", 57)]),
]
