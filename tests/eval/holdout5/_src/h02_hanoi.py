"""Fifth held-out set (holdout5), part 2: Hanoi districts before 2025-07-01.
Written in session 5 from docs/LABELING.md, tests/eval/README.md, the earlier label sources
(format only) and the seeds, without reading or running the extractor."""
from build_gold import Doc, F, U, end_of, h1, inst, m9, month, quarter, since, term, year

HBT, CAUGIAY, THANHXUAN = U("Quận Hai Bà Trưng"), U("Quận Cầu Giấy"), U("Quận Thanh Xuân")
LONGBIEN, BADINH = U("Quận Long Biên"), U("Quận Ba Đình")
TAYHO, GIALAM = U("Quận Tây Hồ"), U("Huyện Gia Lâm")

# ---------------------------------------------------------------------------------------------
T505 = """
Thứ Ba, ngày 8 tháng 1 năm 2019

Quận Hai Bà Trưng: Công tác tuyên giáo năm 2018 có nhiều cách làm mới

(Hanoimoi) – Sáng 7/1, Quận ủy Hai Bà Trưng tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018, triển khai nhiệm vụ năm 2019. Đồng chí Phó Trưởng ban Tuyên giáo Thành ủy Hà Nội dự và chỉ đạo hội nghị.

Hai Bà Trưng là quận nội thành có 20 phường, dân số khoảng 318 nghìn người, tập trung nhiều trường đại học, bệnh viện lớn như Bệnh viện Bạch Mai, Bệnh viện Hữu nghị Việt Nam – Cu Ba.

Năm 2018, Ban Thường vụ Quận ủy ban hành 34 văn bản lãnh đạo, chỉ đạo công tác tư tưởng. Quận tổ chức 1 hội nghị trực tuyến quán triệt Nghị quyết Trung ương 6, Trung ương 7 khóa XII cho 100% cấp ủy viên các tổ chức cơ sở đảng và 58 hội nghị tại các đảng bộ phường với 16.870 lượt cán bộ, đảng viên, đạt 95,9%. Trung tâm Bồi dưỡng chính trị quận mở 26 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 3.412 học viên; quận triển khai hai đợt sinh hoạt chính trị trong toàn Đảng bộ.

Hiện quận có 76 báo cáo viên. Trong năm, Ban Tuyên giáo Quận ủy tổ chức mười một hội nghị báo cáo viên; các phường tổ chức 324 buổi tuyên truyền miệng, nói chuyện thời sự với trên 41.000 lượt người nghe. Đội ngũ 65 cộng tác viên dư luận xã hội đã tổng hợp 48 báo cáo tình hình tư tưởng của cán bộ, nhân dân.

Quận biên soạn cuốn tài liệu hỏi – đáp về Nghị quyết Trung ương 7 dày 64 trang, in 5.000 cuốn phát tới các chi bộ. Bản tin “Sinh hoạt chi bộ” phát hành 12 số, mỗi số 3.200 bản. Trang thông tin điện tử của quận đăng 1.608 tin, bài, tăng 320 tin so với năm 2017.

Cuộc thi tìm hiểu 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 – 11/6/2018) nhận 1.936 bài dự thi; quận đạt giải Nhất khối quận, huyện. Dịp này, Ủy ban nhân dân quận tặng giấy khen cho 25 tập thể, 38 cá nhân.

“Năm tới, chúng tôi đặt mục tiêu đưa 100% tổ dân phố vào nhóm Zalo và tổ chức 15 buổi đối thoại giữa bí thư chi bộ với nhân dân”, đồng chí Trưởng ban Tuyên giáo Quận ủy Hai Bà Trưng nói.

Mọi ý kiến phản ánh xin gửi về Ban Tuyên giáo Quận ủy, số 30 Lê Đại Hành; đường dây nóng 024.3972.1508.
"""
D505 = "2019-01-08"
P505 = year(2018)

# ---------------------------------------------------------------------------------------------
T506 = """
Ngày 15/7/2020

Cầu Giấy, Thanh Xuân: Nhìn lại công tác tuyên giáo nhiệm kỳ 2015 – 2020

Trước thềm đại hội đảng bộ quận nhiệm kỳ 2020 – 2025, Ban Tuyên giáo Quận ủy Cầu Giấy và Ban Tuyên giáo Quận ủy Thanh Xuân đã tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020.

CẦU GIẤY

Cầu Giấy có 8 phường, dân số khoảng 292 nghìn người, là nơi có Công viên Cầu Giấy và hàng chục trường đại học, viện nghiên cứu.

Nhiệm kỳ 2015 – 2020, Quận ủy Cầu Giấy đã ban hành 146 văn bản về công tác tư tưởng; tổ chức 412 hội nghị học tập, quán triệt nghị quyết với hơn 152.000 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia học tập bình quân đạt 96,4%. Trung tâm Chính trị quận mở 118 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 14.260 học viên. Từ năm 2016 đến nay, Ban Tuyên giáo Quận ủy đã tổ chức 48 hội nghị báo cáo viên.

Năm 2019, quận tổ chức 612 buổi tuyên truyền miệng với khoảng 58.000 lượt người nghe. Cũng năm này, Cầu Giấy là quận đầu tiên của Thủ đô mở chuyên trang “Cầu Giấy – Văn minh, hiện đại” trên mạng xã hội, đăng 1.240 tin, bài, ảnh.

Hiện nay, quận có 1 cổng thông tin điện tử, 21 fanpage chính danh và 318 nhóm Zalo với khoảng 47.000 thành viên. Riêng 6 tháng đầu năm 2020, cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ quận thu hút 12.483 bài dự thi.

Trong nhiệm kỳ, Ban Thường vụ Quận ủy khen thưởng 86 tập thể, 134 cá nhân có thành tích trong công tác tuyên giáo.

Quận Thanh Xuân

Thanh Xuân có 11 phường với khoảng 290 nghìn dân, nhiều khu tập thể cũ như Thanh Xuân Bắc, Kim Giang; trong đó khu Thanh Xuân Bắc có 28 nhà 5 tầng xây dựng từ thập niên 1980.

Trong 5 năm qua, Quận ủy Thanh Xuân tổ chức 398 hội nghị quán triệt các nghị quyết, chỉ thị của Trung ương và Thành ủy với 131.500 lượt cán bộ, đảng viên và 28.740 lượt quần chúng. Các chi bộ tổ chức 9.860 buổi sinh hoạt chi bộ chuyên đề. Quận có 92 báo cáo viên; Ban Tuyên giáo Quận ủy hiện có 87 cộng tác viên dư luận xã hội, lực lượng này đã gửi chừng 1.150 báo cáo về tâm tư, dư luận của nhân dân.

Năm 2018, quận triển khai 3 đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng. Cũng trong năm, Ban Tuyên giáo phát hành 12.000 cuốn sổ tay tuyên truyền viên, mỗi cuốn 48 trang.

Đồng chí Bí thư Quận ủy Thanh Xuân cho biết, nhiệm kỳ 2020 – 2025, quận phấn đấu 100% chi bộ có tổ tuyên truyền trên mạng xã hội và mỗi năm mở ít nhất 20 lớp bồi dưỡng nghiệp vụ.
"""
D506 = "2020-07-15"
P506 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T507 = """
Long Biên sơ kết công tác tuyên giáo 6 tháng đầu năm 2021

Chiều 12/7, Ban Tuyên giáo Quận ủy Long Biên tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm theo hình thức trực tuyến do dịch Covid-19 diễn biến phức tạp.

Sáu tháng đầu năm, trọng tâm của công tác tuyên giáo quận là tuyên truyền Nghị quyết Đại hội XIII của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XV, đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026 diễn ra ngày 23/5/2021. Quận ủy tổ chức hội nghị trực tiếp kết hợp trực tuyến với 126 điểm cầu để quán triệt Nghị quyết Đại hội XIII cho 14.650 lượt cán bộ, đảng viên, đạt 98,2%. Các chi bộ tổ chức 1.395 buổi sinh hoạt chi bộ gắn với học tập nghị quyết.

Ban Tuyên giáo Quận ủy phát hành 8.000 cuốn tài liệu hỏi – đáp về bầu cử; phối hợp các phường treo hơn 3.000 băng rôn, khẩu hiệu. Cuộc thi trắc nghiệm trực tuyến tìm hiểu Nghị quyết Đại hội XIII có 21.604 lượt người dự thi.

Tháng 4/2021, quận tổ chức 2 lớp bồi dưỡng nghiệp vụ cho 230 học viên là tổ trưởng tổ bầu cử. Từ ngày 27/4 đến nay, Ban Tuyên giáo đã tổ chức 5 hội nghị báo cáo viên trực tuyến về phòng, chống dịch.

Hiện quận có 14 phường với 1.142 nhóm Zalo tổ dân phố, gần 98.000 thành viên và 15 fanpage chính danh. Trang thông tin điện tử của quận đăng 932 tin, bài; trong đó video về người dân phường Phúc Đồng đi bầu cử đạt khoảng 210 nghìn lượt xem.

Đánh giá của Ban Tuyên giáo cho thấy 3/4 đầu việc trọng tâm trong chương trình công tác đã hoàn thành. Số báo cáo dư luận xã hội gửi Thường trực Quận ủy là 23 báo cáo, chủ yếu phản ánh tâm trạng của người dân trong khu vực phong tỏa ở phường Ngọc Thụy.

Ông Đỗ Văn Hải, 65 tuổi, tổ 18 phường Bồ Đề, kể: “Nhà tôi có 4 cử tri, sáng 23/5 đi bầu lúc 7 giờ, chưa tới 10 phút đã xong.”

Kết luận hội nghị, đồng chí Bí thư Quận ủy đề nghị 6 tháng cuối năm, quận phấn đấu tổ chức 40 lớp học tập chuyên đề năm 2021 và thành lập thêm 20 tổ “tuyên truyền viên số”.
"""
D507 = "2021-07-12"  # inferred: opening "Chiều 12/7" without a year, no sidecar
P507 = h1(2021)

# ---------------------------------------------------------------------------------------------
T508 = """
Ba Đình, Tây Hồ, Gia Lâm: Giữ vững trận địa tư tưởng trong 9 tháng đầu năm 2023

Chín tháng đầu năm 2023, công tác tuyên giáo ở Ba Đình, Tây Hồ và Gia Lâm bám sát nhiệm vụ chính trị của từng địa phương, chú trọng bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng.

Quận Ba Đình

Ba Đình là trung tâm chính trị – hành chính quốc gia, nơi có Lăng Chủ tịch Hồ Chí Minh và Quảng trường Ba Đình; quận có 14 phường với hơn 220 nghìn dân.

Trong 9 tháng, Quận ủy ban hành 36 văn bản; tổ chức 5 hội nghị quán triệt cấp quận và 74 hội nghị ở cơ sở với 18.230 lượt cán bộ, đảng viên, đạt 97,6%. Quý III năm 2023, các chi bộ tổ chức 1.480 buổi sinh hoạt chi bộ, thảo luận chuyên đề về học tập và làm theo Bác. Ba Đình hiện có 112 báo cáo viên cấp quận và cơ sở.

“9 tháng qua, chúng tôi tiếp nhận 126 báo cáo dư luận từ các chi bộ; ở đâu có vướng mắc là báo cáo viên xuống ngay”, bà Nguyễn Thu Hà, Trưởng ban Tuyên giáo Quận ủy Ba Đình nói. Bà cho biết quận đang lắng nghe ý kiến người dân về việc lắp đặt camera ở 25 tuyến phố quanh hồ Trúc Bạch.

Quận Tây Hồ

Tây Hồ có 8 phường bao quanh Hồ Tây rộng hơn 500 ha. Dự án cầu Tứ Liên nối Tây Hồ với Đông Anh có tổng mức đầu tư khoảng 19.700 tỷ đồng đang được người dân quan tâm.

Quận tổ chức 38 hội nghị học tập, quán triệt với 7.940 lượt cán bộ, đảng viên và 2.160 lượt hội viên, đoàn viên. Quận mở 2 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho 165 học viên. Từ ngày 15/8 đến nay, chuyên mục “Tây Hồ chuyển mình” đăng 96 tin, bài; fanpage “Tây Hồ ngày mới” hiện có gần 48.000 người theo dõi. Trong bảng xếp hạng chỉ số chuyển đổi số, quận xếp thứ 3/30 quận, huyện, thị xã.

Huyện Gia Lâm

Gia Lâm gồm 20 xã và 2 thị trấn, có Quốc lộ 5 đi qua; làng gốm Bát Tràng mỗi năm đón khoảng 350.000 lượt khách.

Trong 9 tháng, Huyện ủy tổ chức 6 hội nghị học tập cấp huyện cho 21.385 lượt cán bộ, đảng viên. Trung tâm Chính trị huyện mở 9 lớp đảng viên mới, cảm tình đảng với 684 học viên. Huyện có 186 nhóm Zalo thôn, tổ dân phố với hơn 35.000 thành viên. Từ đầu năm đến nay, các xã, thị trấn tổ chức hàng chục cuộc nói chuyện chuyên đề về phòng, chống ma túy cho thanh niên.

Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023 cấp huyện nhận 286 tác phẩm. Huyện ủy tặng giấy khen cho 8 tập thể, 14 cá nhân; đến cuối năm, huyện sẽ tổ chức thêm 12 buổi tọa đàm.
"""
D508 = "2023-10-12"  # sidecar only: the text has no dateline
P508 = m9(2023)

DOCS = [
    Doc("syn_505_haibatrung_2018", T505, HBT, P505, D505, "text", facts=[
        F("ban hành 34 văn bản", 34, "documents_issued"),
        F("1 hội nghị trực tuyến", 1, "study_sessions"),
        F("cho 100% cấp ủy viên", 100, "study_participation_rate"),
        F("58 hội nghị tại các đảng bộ phường", 58, "study_sessions"),
        F("16.870 lượt cán bộ, đảng viên", 16870, "study_attendance", a="party_members"),
        F("đạt 95,9%", 95.9, "study_participation_rate"),
        F("mở 26 lớp bồi dưỡng", 26, "training_classes"),
        F("3.412 học viên", 3412, "trainees"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("có 76 báo cáo viên", 76, "reporters", p=inst(D505)),
        F("mười một hội nghị báo cáo viên", 11, "reporter_conferences"),
        F("324 buổi tuyên truyền miệng", 324, "oral_propaganda_sessions"),
        F("trên 41.000 lượt người nghe", 41000, "propaganda_audience", "at_least"),
        F("Đội ngũ 65 cộng tác viên", 65, "opinion_collaborators", p=end_of(P505)),
        F("48 báo cáo tình hình tư tưởng", 48, "opinion_reports"),
        F("in 5.000 cuốn", 5000, "other"),
        F("phát hành 12 số", 12, "news_items"),
        F("đăng 1.608 tin, bài", 1608, "news_items"),
        F("1.936 bài dự thi", 1936, "contest_entries"),
        F("25 tập thể", 25, "commended_collectives"),
        F("38 cá nhân", 38, "commended_individuals"),
    ], traps=[("Thứ Ba, ngày 8 tháng 1 năm 2019", 8), ("Hai Bà Trưng", 2), ("Sáng 7/1", 7), ("20 phường", 20),
              ("khoảng 318 nghìn người", 318000), ("Trung ương 6", 6),
              ("Trung ương 7", 7), ("khóa XII", 12), ("dày 64 trang", 64),
              ("mỗi số 3.200 bản", 3200), ("tăng 320 tin", 320), ("năm 2017", 2017),
              ("70 năm", 70), ("(11/6/1948 – 11/6/2018)", 11), ("100% tổ dân phố", 100),
              ("tổ chức 15 buổi đối thoại", 15), ("số 30 Lê Đại Hành", 30),
              ("024.3972.1508", 24)]),
    Doc("syn_506_caugiay_thanhxuan_2015_2020", T506, CAUGIAY, P506, D506, "text", facts=[
        F("ban hành 146 văn bản", 146, "documents_issued", unit=CAUGIAY),
        F("412 hội nghị học tập", 412, "study_sessions", unit=CAUGIAY),
        F("hơn 152.000 lượt cán bộ, đảng viên", 152000, "study_attendance", "at_least",
          a="party_members", unit=CAUGIAY),
        F("bình quân đạt 96,4%", 96.4, "study_participation_rate", unit=CAUGIAY),
        F("118 lớp bồi dưỡng", 118, "training_classes", unit=CAUGIAY),
        F("14.260 học viên", 14260, "trainees", unit=CAUGIAY),
        F("48 hội nghị báo cáo viên", 48, "reporter_conferences", unit=CAUGIAY,
          p=since("2016-01-01", D506)),
        F("612 buổi tuyên truyền miệng", 612, "oral_propaganda_sessions", unit=CAUGIAY,
          p=year(2019)),
        F("khoảng 58.000 lượt người nghe", 58000, "propaganda_audience", "approx",
          unit=CAUGIAY, p=year(2019)),
        F("đăng 1.240 tin, bài, ảnh", 1240, "news_items", unit=CAUGIAY, p=year(2019)),
        F("1 cổng thông tin điện tử", 1, "websites", unit=CAUGIAY, p=inst(D506)),
        F("21 fanpage chính danh", 21, "social_pages", unit=CAUGIAY, p=inst(D506)),
        F("318 nhóm Zalo", 318, "chat_groups", unit=CAUGIAY, p=inst(D506)),
        F("khoảng 47.000 thành viên", 47000, "chat_group_members", "approx", unit=CAUGIAY,
          p=inst(D506)),
        F("12.483 bài dự thi", 12483, "contest_entries", unit=CAUGIAY, p=h1(2020)),
        F("khen thưởng 86 tập thể", 86, "commended_collectives", unit=CAUGIAY),
        F("134 cá nhân", 134, "commended_individuals", unit=CAUGIAY),
        F("398 hội nghị quán triệt", 398, "study_sessions", unit=THANHXUAN),
        F("131.500 lượt cán bộ, đảng viên", 131500, "study_attendance", a="party_members",
          unit=THANHXUAN),
        F("28.740 lượt quần chúng", 28740, "study_attendance", a="masses", unit=THANHXUAN),
        F("9.860 buổi sinh hoạt chi bộ", 9860, "party_cell_discussions", unit=THANHXUAN),
        F("Quận có 92 báo cáo viên", 92, "reporters", unit=THANHXUAN, p=end_of(P506)),
        F("hiện có 87 cộng tác viên", 87, "opinion_collaborators", unit=THANHXUAN,
          p=inst(D506)),
        F("gửi chừng 1.150 báo cáo", 1150, "opinion_reports", "approx", unit=THANHXUAN),
        F("3 đợt sinh hoạt chính trị", 3, "political_campaigns", unit=THANHXUAN,
          p=year(2018)),
        F("12.000 cuốn sổ tay", 12000, "other", unit=THANHXUAN, p=year(2018)),
    ], traps=[("Ngày 15/7/2020", 15), ("nhiệm kỳ 2015 – 2020", 2015),
              ("nhiệm kỳ 2020 – 2025", 2020), ("8 phường", 8),
              ("khoảng 292 nghìn người", 292000), ("hàng chục trường đại học", 10),
              ("Nhiệm kỳ 2015 – 2020", 2015), ("Từ năm 2016", 2016), ("Năm 2019", 2019),
              ("6 tháng đầu năm 2020", 6), ("11 phường", 11),
              ("khoảng 290 nghìn dân", 290000), ("28 nhà 5 tầng", 28),
              ("thập niên 1980", 1980), ("Trong 5 năm qua", 5), ("Năm 2018", 2018),
              ("mỗi cuốn 48 trang", 48), ("100% chi bộ", 100),
              ("ít nhất 20 lớp", 20)]),
    Doc("syn_507_longbien_2021", T507, LONGBIEN, P507, D507, "inferred", facts=[
        F("14.650 lượt cán bộ, đảng viên", 14650, "study_attendance", a="party_members"),
        F("đạt 98,2%", 98.2, "study_participation_rate"),
        F("1.395 buổi sinh hoạt chi bộ", 1395, "party_cell_discussions"),
        F("8.000 cuốn tài liệu", 8000, "other"),
        F("hơn 3.000 băng rôn", 3000, "other", "at_least"),
        F("21.604 lượt người dự thi", 21604, "contest_entries"),
        F("2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes", p=month(4, 2021)),
        F("230 học viên", 230, "trainees", p=month(4, 2021)),
        F("5 hội nghị báo cáo viên", 5, "reporter_conferences",
          p=since("2021-04-27", D507)),
        F("1.142 nhóm Zalo", 1142, "chat_groups", p=inst(D507)),
        F("gần 98.000 thành viên", 98000, "chat_group_members", "at_most", p=inst(D507)),
        F("15 fanpage chính danh", 15, "social_pages", p=inst(D507)),
        F("đăng 932 tin, bài", 932, "news_items"),
        F("khoảng 210 nghìn lượt xem", 210000, "propaganda_audience", "approx"),
        F("3/4 đầu việc", 3, "other"),
        F("là 23 báo cáo", 23, "opinion_reports"),
    ], traps=[("126 điểm cầu", 126), ("6 tháng đầu năm 2021", 6), ("Sáu tháng đầu năm", 6), ("Chiều 12/7", 12), ("6 tháng cuối năm", 6),
              ("Covid-19", 19), ("Đại hội XIII", 13), ("khóa XV", 15),
              ("nhiệm kỳ 2021 – 2026", 2021), ("ngày 23/5/2021", 23), ("Tháng 4/2021", 4),
              ("Từ ngày 27/4", 27), ("có 14 phường", 14), ("65 tuổi", 65), ("tổ 18", 18),
              ("4 cử tri", 4), ("sáng 23/5", 23), ("lúc 7 giờ", 7), ("10 phút", 10),
              ("tổ chức 40 lớp", 40), ("chuyên đề năm 2021", 2021),
              ("thêm 20 tổ", 20)]),
    Doc("syn_508_badinh_tayho_gialam_2023", T508, BADINH, P508, D508, "sidecar",
        meta={"date": D508}, facts=[
        F("ban hành 36 văn bản", 36, "documents_issued", unit=BADINH),
        F("5 hội nghị quán triệt cấp quận", 5, "study_sessions", unit=BADINH),
        F("74 hội nghị ở cơ sở", 74, "study_sessions", unit=BADINH),
        F("18.230 lượt cán bộ, đảng viên", 18230, "study_attendance", a="party_members",
          unit=BADINH),
        F("đạt 97,6%", 97.6, "study_participation_rate", unit=BADINH),
        F("1.480 buổi sinh hoạt chi bộ", 1480, "party_cell_discussions", unit=BADINH,
          p=quarter(3, 2023)),
        F("hiện có 112 báo cáo viên", 112, "reporters", unit=BADINH, p=inst(D508)),
        F("tiếp nhận 126 báo cáo dư luận", 126, "opinion_reports", unit=BADINH),
        F("38 hội nghị học tập", 38, "study_sessions", unit=TAYHO),
        F("7.940 lượt cán bộ, đảng viên", 7940, "study_attendance", a="party_members",
          unit=TAYHO),
        F("2.160 lượt hội viên, đoàn viên", 2160, "study_attendance", a="masses",
          unit=TAYHO),
        F("2 lớp bồi dưỡng kỹ năng", 2, "training_classes", unit=TAYHO),
        F("165 học viên", 165, "trainees", unit=TAYHO),
        F("đăng 96 tin, bài", 96, "news_items", unit=TAYHO,
          p=since("2023-08-15", D508)),
        F("gần 48.000 người theo dõi", 48000, "propaganda_audience", "at_most",
          unit=TAYHO, p=inst(D508)),
        F("6 hội nghị học tập cấp huyện", 6, "study_sessions", unit=GIALAM),
        F("21.385 lượt cán bộ, đảng viên", 21385, "study_attendance", a="party_members",
          unit=GIALAM),
        F("mở 9 lớp đảng viên mới", 9, "training_classes", unit=GIALAM),
        F("684 học viên", 684, "trainees", unit=GIALAM),
        F("186 nhóm Zalo", 186, "chat_groups", unit=GIALAM, p=end_of(P508)),
        F("hơn 35.000 thành viên", 35000, "chat_group_members", "at_least", unit=GIALAM,
          p=end_of(P508)),
        F("hàng chục cuộc nói chuyện chuyên đề", 10, "oral_propaganda_sessions",
          "at_least", unit=GIALAM, p=since("2023-01-01", D508)),
        F("286 tác phẩm", 286, "contest_entries", unit=GIALAM),
        F("giấy khen cho 8 tập thể", 8, "commended_collectives", unit=GIALAM),
        F("14 cá nhân", 14, "commended_individuals", unit=GIALAM),
    ], traps=[("9 tháng đầu năm 2023", 9), ("Ba Đình", 3), ("Chín tháng đầu năm 2023", 2023),
              ("có 14 phường", 14), ("hơn 220 nghìn dân", 220000),
              ("Trong 9 tháng", 9), ("Quý III năm 2023", 3), ("“9 tháng qua", 9),
              ("25 tuyến phố", 25), ("có 8 phường", 8), ("hơn 500 ha", 500),
              ("khoảng 19.700 tỷ đồng", 19700000000000), ("Từ ngày 15/8", 15),
              ("xếp thứ 3/30", 3), ("20 xã", 20), ("2 thị trấn", 2), ("Quốc lộ 5", 5),
              ("khoảng 350.000 lượt khách", 350000), ("năm 2023 cấp huyện", 2023),
              ("thêm 12 buổi tọa đàm", 12)]),
]
