"""Fourth held-out set (holdout4), part 2: Hanoi districts before 2025-07-01.
Written in session 4 from docs/LABELING.md, tests/eval/README.md and the seeds only, without
reading the extractor and without running it on these reports."""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, since, term, year

TAYHO, THANHXUAN = U("Quận Tây Hồ"), U("Quận Thanh Xuân")
HBT = U("Quận Hai Bà Trưng")
NTL, GIALAM = U("Quận Nam Từ Liêm"), U("Huyện Gia Lâm")
SOCSON, BAVI = U("Huyện Sóc Sơn"), U("Huyện Ba Vì")

# ---------------------------------------------------------------------------------------------
T405 = """
Tây Hồ, Thanh Xuân: Đổi mới cách làm công tác tuyên giáo ở cơ sở

(HNMO) - Sáng 16-1-2018, Ban Tuyên giáo Quận ủy Tây Hồ và Ban Tuyên giáo Quận ủy Thanh Xuân tổ chức hội nghị tổng kết công tác tuyên giáo năm 2017 theo hình thức giao ban cụm, đồng thời bàn giải pháp cho năm mới.

Quận Tây Hồ: Lấy tổ dân phố làm địa bàn chính

Tây Hồ có 8 phường, hơn 160 nghìn dân, bao quanh hồ Tây rộng hơn 500 ha. Năm 2017, Ban Thường vụ Quận ủy ban hành 21 văn bản chỉ đạo công tác tư tưởng; tổ chức 2 hội nghị cấp quận và 35 hội nghị ở cơ sở học tập, quán triệt Nghị quyết Trung ương 5 và Trung ương 6 khóa XII, với 6.204 lượt cán bộ, đảng viên tham dự, đạt 97,3%.

Ban Tuyên giáo Quận ủy phối hợp Trung tâm Chính trị quận mở 7 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho bí thư chi bộ, tổ trưởng tổ dân phố với 642 học viên. Đội ngũ báo cáo viên của quận hiện có 29 đồng chí, nhiều đồng chí là cán bộ hưu trí có kinh nghiệm.

Bác Đỗ Văn Thành, 74 tuổi, tổ trưởng tổ dân phố số 21 phường Quảng An, nói vui: “Tôi làm tổ trưởng 12 năm, họp tổ mà chỉ đọc văn bản thì chẳng ai nghe. Giờ chiếu đoạn phim 5 phút, bà con hỏi lại ngay.”

Trên cổng thông tin điện tử của quận và 8 trang thông tin điện tử của các phường, năm qua đã đăng tải chừng 2.100 tin, bài. Quận xếp thứ 5 toàn thành phố trong bảng đánh giá mức độ ứng dụng công nghệ thông tin.

Theo đồng chí Trưởng ban Tuyên giáo Quận ủy Tây Hồ, điểm mới của năm qua là chuyển từ “đọc văn bản” sang “kể chuyện”: mỗi buổi sinh hoạt tổ dân phố đều dành thời gian trao đổi về những việc thiết thực như giữ gìn vệ sinh ven hồ, quản lý cơ sở lưu trú, phòng chống cháy nổ ở các khu nhà cao tầng.

Quận Thanh Xuân: Tuyên truyền gắn với các công trình trọng điểm

Thanh Xuân có 11 phường; trên địa bàn có tuyến đường sắt đô thị Cát Linh – Hà Đông dài hơn 13 km với 12 nhà ga trên cao đang hoàn thiện và nhiều tòa nhà cao trên 40 tầng dọc đường Nguyễn Trãi, Khuất Duy Tiến.

Năm 2017, Quận ủy Thanh Xuân tổ chức 41 lớp học tập, quán triệt nghị quyết cho 10.385 lượt cán bộ, đảng viên và 4.720 lượt quần chúng; triển khai ba đợt sinh hoạt chính trị trong toàn Đảng bộ. Các chi bộ tổ chức gần 900 buổi thảo luận chi bộ về các chuyên đề học tập và làm theo Bác.

Riêng quý IV/2017, quận tổ chức 46 buổi nói chuyện thời sự tại các tổ dân phố, thu hút xấp xỉ 6.300 lượt người dân. Mạng lưới cộng tác viên dư luận xã hội của quận tính đến ngày 31/12/2017 gồm 64 người; trong năm, lực lượng này gửi 18 báo cáo về tình hình tư tưởng của nhân dân.

Hưởng ứng cuộc thi tìm hiểu 70 năm Ngày Thương binh – Liệt sĩ, quận có 12.450 bài dự thi. Ban Thường vụ Quận ủy tặng giấy khen cho 9 tập thể, 15 cá nhân.

Năm 2018, hai quận thống nhất phấn đấu tổ chức học tập nghị quyết cho 100% đảng viên ngay trong quý đầu tiên và xây dựng 20 mô hình “Tổ dân phố văn minh số”.
"""
D405 = "2018-01-16"
P405 = year(2017)

# ---------------------------------------------------------------------------------------------
T406 = """
Cập nhật lúc 15:42, ngày 02/07/2018

Quận Hai Bà Trưng sơ kết công tác tuyên giáo 6 tháng đầu năm 2018

(HNMO) - Quận ủy Hai Bà Trưng vừa tổ chức hội nghị sơ kết công tác tuyên giáo, dân vận 6 tháng đầu năm 2018, triển khai nhiệm vụ 6 tháng cuối năm.

Quận gồm 18 phường với khoảng 318 nghìn dân, là nơi tập trung nhiều bệnh viện, trường đại học lớn. Mỗi ngày có hàng nghìn xe máy qua cầu Vĩnh Tuy và phố Minh Khai, nên các cụm pano tuyên truyền được đặt tại những nút giao đông người.

Sáu tháng đầu năm, Ban Thường vụ Quận ủy ban hành 16 văn bản lãnh đạo, chỉ đạo. Quận tổ chức 1 hội nghị cấp quận và 57 hội nghị ở các đảng bộ, chi bộ trực thuộc học tập, quán triệt Nghị quyết Trung ương 6 và Trung ương 7 khóa XII; tổng số 11.260 lượt cán bộ, đảng viên tham dự, tỷ lệ đạt 96,8%.

Trong quý II năm 2018, Ban Tuyên giáo Quận ủy chủ trì 3 hội nghị báo cáo viên, thông tin về tình hình Biển Đông và việc lấy ý kiến dự thảo các luật. Dư luận quan tâm nhiều đến việc cải tạo chung cư cũ: quận có 15 khu tập thể cũ, riêng khu tập thể Quỳnh Mai có 28 nhà 5 tầng xây dựng từ năm 1976. Tháng 6/2018, cộng tác viên dư luận xã hội gửi 9 báo cáo về tâm trạng của các hộ dân ở khu tập thể.

Tuyên truyền miệng tiếp tục là thế mạnh: trong 6 tháng, các phường tổ chức 168 buổi tuyên truyền miệng cho 14.590 lượt người. Riêng tháng 3/2018 – Tháng Thanh niên, Quận đoàn tổ chức 22 buổi nói chuyện chuyên đề cho ngoài 3.000 lượt đoàn viên thanh niên. Tuy vậy, các chi bộ doanh nghiệp ngoài nhà nước trên địa bàn quận mới tổ chức được dưới 30 buổi nói chuyện chuyên đề.

Phát biểu chỉ đạo, đồng chí Bí thư Quận ủy đề nghị các cấp ủy tiếp tục quan tâm nắm bắt tâm tư của người dân ở các khu tập thể cũ, các khu vực thực hiện dự án; chủ động cung cấp thông tin chính thống, không để các đối tượng xấu lợi dụng kích động, gây mất ổn định. Các tổ chức cơ sở đảng cần đổi mới nội dung sinh hoạt chi bộ, gắn việc học tập nghị quyết với những vấn đề cụ thể ở địa bàn dân cư như vệ sinh môi trường, trật tự đô thị, phòng chống cháy nổ.

Hiện quận có 1 cổng thông tin điện tử, 24 trang fanpage và 356 nhóm Zalo của tổ dân phố với khoảng 41.000 thành viên. Đường dây nóng tiếp nhận phản ánh của quận: 024.3978.2150.

Nhân dịp sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW, Quận ủy khen thưởng 10 tập thể và 17 cá nhân.

Sáu tháng cuối năm, quận phấn đấu hoàn thành học tập nghị quyết trong 100% chi bộ, dự kiến mở 12 lớp bồi dưỡng lý luận chính trị cho đảng viên mới.
"""
D406 = "2018-07-02"
P406 = h1(2018)

# ---------------------------------------------------------------------------------------------
T407 = """
Nam Từ Liêm, Gia Lâm: Công tác tuyên giáo góp phần chuẩn bị đại hội đảng bộ các cấp

(HNMO) - Ban Tuyên giáo Quận ủy Nam Từ Liêm và Ban Tuyên giáo Huyện ủy Gia Lâm vừa sơ kết công tác tuyên giáo 6 tháng đầu năm 2020, trong bối cảnh các địa phương đang chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2020 – 2025.

Quận Nam Từ Liêm: Nhìn lại một nhiệm kỳ

Nam Từ Liêm được thành lập từ ngày 1/4/2014 trên cơ sở tách huyện Từ Liêm, hiện có 10 phường, diện tích hơn 32 km2. Đại hội đại biểu Đảng bộ quận lần thứ II sẽ diễn ra trong tháng 7.

Nhiệm kỳ 2015 – 2020, Ban Thường vụ Quận ủy đã ban hành 146 văn bản chỉ đạo công tác chính trị tư tưởng; Trung tâm Chính trị quận mở 118 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 11.874 học viên. Cũng trong nhiệm kỳ này, quận tổ chức một trăm lẻ hai hội nghị học tập, quán triệt nghị quyết, chỉ thị của Trung ương và Thành ủy.

Đội ngũ báo cáo viên của quận hiện nay có 33 người. Từ đầu năm 2020 đến nay, dù phải tạm dừng các hoạt động tập trung đông người trong tháng 4 để phòng dịch Covid-19, quận vẫn tổ chức 26 hội nghị học tập chuyên đề, tuyên truyền Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp với 5.418 lượt cán bộ, đảng viên tham dự và đăng tải 640 tin, bài trên cổng thông tin điện tử quận.

Trong 6 tháng đầu năm, hội thi tìm hiểu lịch sử Đảng bộ quận thu hút khoảng 9.000 bài dự thi.

Huyện Gia Lâm: Đưa thông tin về làng nghề

Gia Lâm có 20 xã và 2 thị trấn, nổi tiếng với làng gốm Bát Tràng và làng nghề dát vàng, bạc Kiêu Kỵ. Huyện đang triển khai dự án mở rộng tuyến đường Lý Thánh Tông và đường dẫn cầu Vĩnh Tuy giai đoạn 2, tổng vốn khoảng 2.500 tỷ đồng.

Sáu tháng đầu năm 2020, Huyện ủy Gia Lâm ban hành 14 văn bản chỉ đạo; tổ chức 2 hội nghị quán triệt cấp huyện và 48 hội nghị ở cơ sở, thu hút 9.312 lượt cán bộ, đảng viên, đạt 95,9%. Hưởng ứng đợt tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng và 130 năm Ngày sinh Chủ tịch Hồ Chí Minh, các xã, thị trấn tổ chức 74 buổi tuyên truyền miệng với trên 8.100 lượt người dân.

Đến nay, huyện có 31 cộng tác viên dư luận xã hội. Tháng 6/2020, lực lượng này thực hiện 6 báo cáo về dư luận quanh việc hỗ trợ người dân gặp khó khăn do dịch theo Nghị quyết 42/NQ-CP của Chính phủ.

Ông Lê Văn Hải, nghệ nhân gốm ở Bát Tràng, có 30 năm trong nghề, chia sẻ: “Mùa dịch, lò nhà tôi nghỉ gần 2 tháng, hàng tồn cả nghìn sản phẩm. Cán bộ xã đến tận nơi hướng dẫn làm hồ sơ vay vốn, bà con mới yên lòng.”

Dịp sơ kết, Ban Thường vụ Huyện ủy tặng giấy khen cho 8 tập thể, 13 cá nhân. Đại hội đại biểu Đảng bộ huyện lần thứ XXIII dự kiến diễn ra vào tháng 8/2020.
"""
D407 = "2020-07-03"  # sidecar only
P407 = h1(2020)
T1520 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T408 = """
Sóc Sơn, Ba Vì: Đưa thông tin chính thống đến vùng xa

Chiều 15/12, Ban Tuyên giáo Huyện ủy Sóc Sơn và Ban Tuyên giáo Huyện ủy Ba Vì tổ chức hội nghị trao đổi kinh nghiệm công tác tuyên giáo ở các xã miền núi, vùng bán sơn địa trong năm 2022.

Huyện Sóc Sơn

Sóc Sơn là huyện có diện tích lớn nhất Hà Nội, hơn 300 km2, gồm 25 xã và 1 thị trấn, có Cảng hàng không quốc tế Nội Bài và Quốc lộ 3 chạy qua. Từ đầu năm đến nay, Huyện ủy đã tổ chức 3 hội nghị cấp huyện và 64 lớp ở cơ sở học tập, quán triệt nghị quyết Hội nghị Trung ương 4, Trung ương 5 và Trung ương 6 khóa XIII, với 12.960 lượt cán bộ, đảng viên, đạt tỷ lệ 96,1%.

Hiện huyện có 412 nhóm Zalo của thôn, xóm với khoảng 58.000 thành viên; mỗi nhóm có ít nhất 1 cán bộ thôn làm quản trị. Đội ngũ cộng tác viên dư luận xã hội hiện có 56 người; năm 2022, lực lượng này đã gửi 32 báo cáo về tâm trạng người dân quanh việc giải phóng mặt bằng đường Vành đai 4 – Vùng Thủ đô.

Năm 2021, do ảnh hưởng của dịch Covid-19, các xã chỉ tổ chức được 52 buổi tuyên truyền miệng. Ban Tuyên giáo Huyện ủy khi ấy chuyển sang đăng 420 tin, bài trên trang thông tin điện tử của huyện.

Trong năm 2022, các xã, thị trấn tổ chức 145 buổi tuyên truyền miệng với chừng 13.500 lượt người nghe. Ông Nguyễn Văn Sáu, trưởng thôn Đồng Đò, xã Minh Trí, cho biết: “Thôn tôi 380 hộ, hơn 1.700 nhân khẩu. Đêm nào có buổi nói chuyện ở nhà văn hóa là bà con kéo đến đông, có hôm phải kê thêm 50 cái ghế.”

Nhân kỷ niệm 77 năm Cách mạng Tháng Tám và Quốc khánh 2/9, Ban Thường vụ Huyện ủy khen thưởng 9 tập thể và 18 cá nhân tiêu biểu trong công tác tuyên truyền.

Huyện Ba Vì

Ba Vì có 30 xã và 1 thị trấn, trong đó 7 xã miền núi với đồng bào Mường, Dao chiếm khoảng 22% dân số; đỉnh Vua của núi Ba Vì cao 1.296 m, cách trung tâm Thủ đô khoảng 60 km.

Năm 2022, Trung tâm Chính trị huyện mở 11 lớp bồi dưỡng lý luận chính trị và 5 lớp bồi dưỡng nghiệp vụ cho cán bộ thôn, bản, tổng cộng 1.042 học viên. Tuyên truyền viên ở thôn, bản dùng loa cầm tay đến từng nhà; cả năm có hơn 230 buổi tuyên truyền miệng bằng tiếng dân tộc với hơn 11 nghìn lượt người nghe.

Theo đồng chí Trưởng ban Tuyên giáo Huyện ủy Ba Vì, khó khăn lớn nhất là địa bàn rộng, dân cư phân tán, nhiều thôn vùng cao sóng điện thoại còn yếu, nên phải kết hợp kênh trực tuyến với cách làm truyền thống như loa tay, bảng tin ở nhà văn hóa, gặp gỡ người có uy tín trong đồng bào.

Đài Truyền thanh huyện phát 1.530 tin, bài; các video giới thiệu du lịch cộng đồng của huyện trên mạng xã hội thu hút ước 1,4 triệu lượt xem. Cuộc thi trực tuyến tìm hiểu về bảo vệ nền tảng tư tưởng của Đảng nhận 7.208 bài dự thi.

Năm 2023, hai huyện dự kiến phối hợp mở 6 lớp tập huấn kỹ năng quản trị nhóm Zalo, phấn đấu đến năm 2025 có 100% thôn có nhóm thông tin chính thống.
"""
D408 = "2022-12-15"  # inferred: opening "Chiều 15/12" without a year, no sidecar
P408 = year(2022)
S408 = since("2022-01-01", D408)

DOCS = [
    Doc("syn_405_tayho_thanhxuan_2017", T405, TAYHO, P405, D405, "text", facts=[
        F("ban hành 21 văn bản", 21, "documents_issued", unit=TAYHO),
        F("2 hội nghị cấp quận", 2, "study_sessions", unit=TAYHO),
        F("35 hội nghị ở cơ sở", 35, "study_sessions", unit=TAYHO),
        F("6.204 lượt cán bộ, đảng viên", 6204, "study_attendance", a="party_members",
          unit=TAYHO),
        F("đạt 97,3%", 97.3, "study_participation_rate", unit=TAYHO),
        F("mở 7 lớp bồi dưỡng nghiệp vụ", 7, "training_classes", unit=TAYHO),
        F("642 học viên", 642, "trainees", unit=TAYHO),
        F("hiện có 29 đồng chí", 29, "reporters", unit=TAYHO, p=inst(D405)),
        F("8 trang thông tin điện tử", 8, "websites", unit=TAYHO, p=end_of(P405)),
        F("chừng 2.100 tin, bài", 2100, "news_items", "approx", unit=TAYHO),
        F("41 lớp học tập", 41, "study_sessions", unit=THANHXUAN),
        F("10.385 lượt cán bộ, đảng viên", 10385, "study_attendance", a="party_members",
          unit=THANHXUAN),
        F("4.720 lượt quần chúng", 4720, "study_attendance", a="masses", unit=THANHXUAN),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns", unit=THANHXUAN),
        F("gần 900 buổi thảo luận chi bộ", 900, "party_cell_discussions", "at_most",
          unit=THANHXUAN),
        F("46 buổi nói chuyện thời sự", 46, "oral_propaganda_sessions", unit=THANHXUAN,
          p=quarter(4, 2017)),
        F("xấp xỉ 6.300 lượt người dân", 6300, "propaganda_audience", "approx", a="masses",
          unit=THANHXUAN, p=quarter(4, 2017)),
        F("gồm 64 người", 64, "opinion_collaborators", unit=THANHXUAN,
          p=inst("2017-12-31")),
        F("gửi 18 báo cáo", 18, "opinion_reports", unit=THANHXUAN),
        F("12.450 bài dự thi", 12450, "contest_entries", unit=THANHXUAN),
        F("9 tập thể", 9, "commended_collectives", unit=THANHXUAN),
        F("15 cá nhân", 15, "commended_individuals", unit=THANHXUAN),
    ], traps=[("Sáng 16-1-2018", 16), ("8 phường", 8), ("hơn 160 nghìn dân", 160000),
              ("hơn 500 ha", 500), ("Trung ương 5", 5), ("Trung ương 6", 6),
              ("khóa XII", 12), ("74 tuổi", 74), ("tổ dân phố số 21", 21),
              ("12 năm", 12), ("5 phút", 5), ("xếp thứ 5", 5), ("11 phường", 11),
              ("hơn 13 km", 13), ("12 nhà ga", 12), ("trên 40 tầng", 40),
              ("quý IV/2017", 4), ("ngày 31/12/2017", 31), ("70 năm", 70),
              ("100% đảng viên", 100), ("20 mô hình", 20)]),
    Doc("syn_406_haibatrung_2018", T406, HBT, P406, D406, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("1 hội nghị cấp quận", 1, "study_sessions"),
        F("57 hội nghị ở các đảng bộ", 57, "study_sessions"),
        F("11.260 lượt cán bộ, đảng viên", 11260, "study_attendance", a="party_members"),
        F("tỷ lệ đạt 96,8%", 96.8, "study_participation_rate"),
        F("chủ trì 3 hội nghị báo cáo viên", 3, "reporter_conferences", p=quarter(2, 2018)),
        F("gửi 9 báo cáo", 9, "opinion_reports", p=month(6, 2018)),
        F("168 buổi tuyên truyền miệng", 168, "oral_propaganda_sessions"),
        F("14.590 lượt người", 14590, "propaganda_audience"),
        F("22 buổi nói chuyện chuyên đề", 22, "oral_propaganda_sessions", p=month(3, 2018)),
        F("ngoài 3.000 lượt đoàn viên thanh niên", 3000, "propaganda_audience", "at_least",
          a="masses", p=month(3, 2018)),
        F("dưới 30 buổi nói chuyện chuyên đề", 30, "oral_propaganda_sessions", "at_most"),
        F("1 cổng thông tin điện tử", 1, "websites", p=inst(D406)),
        F("24 trang fanpage", 24, "social_pages", p=inst(D406)),
        F("356 nhóm Zalo", 356, "chat_groups", p=inst(D406)),
        F("khoảng 41.000 thành viên", 41000, "chat_group_members", "approx", p=inst(D406)),
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("17 cá nhân", 17, "commended_individuals"),
    ], traps=[("lúc 15:42", 15), ("ngày 02/07/2018", 2), ("6 tháng cuối năm", 6),
              ("18 phường", 18), ("khoảng 318 nghìn dân", 318000),
              ("hàng nghìn xe máy", 1000), ("Trung ương 6", 6), ("Trung ương 7", 7),
              ("khóa XII", 12), ("quý II năm 2018", 2), ("15 khu tập thể", 15),
              ("28 nhà", 28), ("5 tầng", 5), ("năm 1976", 1976), ("Tháng 6/2018", 6),
              ("trong 6 tháng", 6), ("tháng 3/2018", 3), ("024.3978.2150", 24),
              ("sơ kết 2 năm", 2), ("Chỉ thị 05-CT/TW", 5), ("100% chi bộ", 100),
              ("dự kiến mở 12 lớp", 12)]),
    Doc("syn_407_namtuliem_gialam_2020", T407, NTL, P407, D407, "sidecar",
        meta={"date": D407}, facts=[
        F("ban hành 146 văn bản", 146, "documents_issued", unit=NTL, p=T1520),
        F("mở 118 lớp bồi dưỡng", 118, "training_classes", unit=NTL, p=T1520),
        F("11.874 học viên", 11874, "trainees", unit=NTL, p=T1520),
        F("một trăm lẻ hai hội nghị", 102, "study_sessions", unit=NTL, p=T1520),
        F("hiện nay có 33 người", 33, "reporters", unit=NTL, p=inst(D407)),
        F("26 hội nghị học tập chuyên đề", 26, "study_sessions", unit=NTL,
          p=since("2020-01-01", D407)),
        F("5.418 lượt cán bộ, đảng viên", 5418, "study_attendance", a="party_members",
          unit=NTL, p=since("2020-01-01", D407)),
        F("đăng tải 640 tin, bài", 640, "news_items", unit=NTL, p=since("2020-01-01", D407)),
        F("khoảng 9.000 bài dự thi", 9000, "contest_entries", "approx", unit=NTL),
        F("ban hành 14 văn bản", 14, "documents_issued", unit=GIALAM),
        F("2 hội nghị quán triệt cấp huyện", 2, "study_sessions", unit=GIALAM),
        F("48 hội nghị ở cơ sở", 48, "study_sessions", unit=GIALAM),
        F("9.312 lượt cán bộ, đảng viên", 9312, "study_attendance", a="party_members",
          unit=GIALAM),
        F("đạt 95,9%", 95.9, "study_participation_rate", unit=GIALAM),
        F("74 buổi tuyên truyền miệng", 74, "oral_propaganda_sessions", unit=GIALAM),
        F("trên 8.100 lượt người dân", 8100, "propaganda_audience", "at_least", a="masses",
          unit=GIALAM),
        F("có 31 cộng tác viên", 31, "opinion_collaborators", unit=GIALAM, p=inst(D407)),
        F("thực hiện 6 báo cáo", 6, "opinion_reports", unit=GIALAM, p=month(6, 2020)),
        F("8 tập thể", 8, "commended_collectives", unit=GIALAM),
        F("13 cá nhân", 13, "commended_individuals", unit=GIALAM),
    ], traps=[("nhiệm kỳ 2020 – 2025", 2020), ("ngày 1/4/2014", 1), ("10 phường", 10),
              ("hơn 32 km2", 32), ("lần thứ II", 2), ("trong tháng 7", 7),
              ("Nhiệm kỳ 2015 – 2020", 2015), ("trong tháng 4", 4), ("Covid-19", 19),
              ("Chỉ thị 35-CT/TW", 35), ("Trong 6 tháng đầu năm", 6), ("20 xã", 20),
              ("2 thị trấn", 2), ("giai đoạn 2", 2), ("khoảng 2.500 tỷ đồng", 2500000000000),
              ("90 năm", 90), ("130 năm", 130), ("Tháng 6/2020", 6),
              ("Nghị quyết 42/NQ-CP", 42), ("30 năm", 30), ("gần 2 tháng", 2),
              ("cả nghìn sản phẩm", 1000), ("lần thứ XXIII", 23), ("tháng 8/2020", 8)]),
    Doc("syn_408_socson_bavi_2022", T408, SOCSON, P408, D408, "inferred", facts=[
        F("3 hội nghị cấp huyện", 3, "study_sessions", unit=SOCSON, p=S408),
        F("64 lớp ở cơ sở", 64, "study_sessions", unit=SOCSON, p=S408),
        F("12.960 lượt cán bộ, đảng viên", 12960, "study_attendance", a="party_members",
          unit=SOCSON, p=S408),
        F("đạt tỷ lệ 96,1%", 96.1, "study_participation_rate", unit=SOCSON, p=S408),
        F("412 nhóm Zalo", 412, "chat_groups", unit=SOCSON, p=inst(D408)),
        F("khoảng 58.000 thành viên", 58000, "chat_group_members", "approx", unit=SOCSON,
          p=inst(D408)),
        F("hiện có 56 người", 56, "opinion_collaborators", unit=SOCSON, p=inst(D408)),
        F("gửi 32 báo cáo", 32, "opinion_reports", unit=SOCSON),
        F("52 buổi tuyên truyền miệng", 52, "oral_propaganda_sessions", unit=SOCSON,
          p=year(2021)),
        F("đăng 420 tin, bài", 420, "news_items", unit=SOCSON, p=year(2021)),
        F("145 buổi tuyên truyền miệng", 145, "oral_propaganda_sessions", unit=SOCSON),
        F("chừng 13.500 lượt người nghe", 13500, "propaganda_audience", "approx",
          unit=SOCSON),
        F("khen thưởng 9 tập thể", 9, "commended_collectives", unit=SOCSON),
        F("18 cá nhân", 18, "commended_individuals", unit=SOCSON),
        F("11 lớp bồi dưỡng lý luận chính trị", 11, "training_classes", unit=BAVI),
        F("5 lớp bồi dưỡng nghiệp vụ", 5, "training_classes", unit=BAVI),
        F("tổng cộng 1.042 học viên", 1042, "trainees", unit=BAVI),
        F("hơn 230 buổi tuyên truyền miệng", 230, "oral_propaganda_sessions", "at_least",
          unit=BAVI),
        F("hơn 11 nghìn lượt người nghe", 11000, "propaganda_audience", "at_least",
          unit=BAVI),
        F("phát 1.530 tin, bài", 1530, "news_items", unit=BAVI),
        F("ước 1,4 triệu lượt xem", 1400000, "propaganda_audience", "approx", unit=BAVI),
        F("7.208 bài dự thi", 7208, "contest_entries", unit=BAVI),
    ], traps=[("Chiều 15/12", 15), ("hơn 300 km2", 300), ("25 xã", 25), ("1 thị trấn", 1),
              ("Quốc lộ 3", 3), ("Trung ương 4", 4), ("Trung ương 5", 5),
              ("Trung ương 6", 6), ("khóa XIII", 13), ("ít nhất 1 cán bộ", 1),
              ("Vành đai 4", 4), ("Covid-19", 19), ("380 hộ", 380),
              ("hơn 1.700 nhân khẩu", 1700), ("50 cái ghế", 50), ("77 năm", 77),
              ("Quốc khánh 2/9", 2), ("30 xã", 30), ("7 xã miền núi", 7),
              ("khoảng 22% dân số", 22), ("cao 1.296 m", 1296), ("khoảng 60 km", 60),
              ("mở 6 lớp tập huấn", 6), ("đến năm 2025", 2025), ("100% thôn", 100)]),
]
