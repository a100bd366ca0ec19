"""Holdout 9, batch 2: Hanoi districts and city 2020-2023 (inferred date, report headings,
a table written as text lines, a term)."""
from build_gold import Doc, F, U, h1, inst, quarter, since, term, year

HN, CG, LB, HD, ST = U("01"), U("005"), U("004"), U("268"), U("Thị xã Sơn Tây")

T06 = """
Cầu Giấy: Đổi mới cách tuyên truyền trong quý I/2020

Quý I/2020, bên cạnh các hoạt động kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2020), công tác tuyên giáo ở quận Cầu Giấy phải nhanh chóng thích ứng với diễn biến của dịch Covid-19.

Trước khi dịch lan rộng, các chi bộ trực thuộc Đảng bộ quận đã tổ chức 236 buổi sinh hoạt chi bộ chuyên đề về truyền thống vẻ vang của Đảng. Quận ủy tổ chức 3 hội nghị học tập, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, với 2.146 lượt cán bộ, đảng viên chủ chốt tham dự.

Khi dịch diễn biến phức tạp, Ban Tuyên giáo Quận ủy chuyển mạnh sang tuyên truyền trực tuyến. Cổng thông tin điện tử quận và fanpage "Cầu Giấy ngày nay" đã đăng 1.027 tin, bài, infographic về phòng, chống dịch; Đài Truyền thanh quận sản xuất 65 chương trình phát thanh chuyên đề, phát trên hệ thống loa của 8 phường. Quận cũng in, cấp phát 120.000 tờ rơi hướng dẫn phòng dịch đến từng hộ gia đình, nhà trọ sinh viên.

"Cầu Giấy là nơi tập trung nhiều trường đại học, với gần 200 nghìn sinh viên, nhiều em ở trọ. Từ đầu năm đến nay, Ban đã tổng hợp 19 báo cáo nhanh về tình hình tư tưởng, dư luận của cán bộ, nhân dân, trong đó có tâm tư của sinh viên ngoại tỉnh chưa thể về quê", đồng chí Trưởng ban Tuyên giáo Quận ủy Cầu Giấy cho biết.

Hiện nay, Quận ủy có 46 báo cáo viên, được phân công phụ trách từng phường, từng khu dân cư. Báo cáo viên thường xuyên nhắc người dân gọi đường dây nóng 1900 9095 của Bộ Y tế khi có dấu hiệu sốt, ho, khó thở.

Chiều 27/3, Ban Thường vụ Quận ủy họp, biểu dương 5 tập thể có cách làm hay trong tuyên truyền phòng, chống dịch, đồng thời thống nhất từ tháng 4 sẽ tạm dừng các hội nghị tập trung trên 20 người, chuyển toàn bộ sinh hoạt chính trị sang hình thức trực tuyến.
"""

T07 = """
BÁO CÁO TỔNG KẾT CÔNG TÁC TUYÊN GIÁO NĂM 2021, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2022
Ban Tuyên giáo Quận ủy Long Biên

Long Biên, ngày 24 tháng 12 năm 2021

Năm 2021, trong bối cảnh dịch Covid-19 diễn biến phức tạp, Thành phố nhiều lần thực hiện giãn cách xã hội, Ban Tuyên giáo Quận ủy Long Biên đã chủ động đổi mới phương thức, bảo đảm thông tin kịp thời đến cán bộ, đảng viên và Nhân dân 14 phường.

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2021

1. Công tác tham mưu, học tập và quán triệt nghị quyết
Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 64 văn bản chỉ đạo, hướng dẫn. Quận ủy tổ chức 02 hội nghị trực tiếp và 11 hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội XVII Đảng bộ Thành phố, với 13.980/14.356 đảng viên tham gia, đạt 97,38%; số đảng viên chưa học tập còn dưới 400 đồng chí, chủ yếu do ốm đau, tuổi cao. Ban phối hợp Trung tâm Chính trị quận mở 17 lớp bồi dưỡng lý luận chính trị, đảng viên mới cho 1.362 học viên.

2. Công tác tuyên truyền
Các cơ quan thông tin của quận đăng, phát 3.415 tin, bài, phóng sự. Bản tin Long Biên phát hành đủ 12 số, mỗi số 8.000 bản. Trong thời gian giãn cách từ ngày 24/7 đến 21/9/2021, các phường treo 2.300 băng rôn, khẩu hiệu tuyên truyền phòng dịch. Đội ngũ báo cáo viên thực hiện 96 buổi nói chuyện thời sự, chính sách cho khoảng 7.500 lượt người nghe, chủ yếu theo hình thức trực tuyến.

3. Công tác báo cáo viên và dư luận xã hội
Đến nay, quận có 54 báo cáo viên và 31 cộng tác viên dư luận xã hội. Trong năm, Ban đã thực hiện 44 báo cáo dư luận xã hội gửi Thường trực Quận ủy và Ban Tuyên giáo Thành ủy.

4. Công tác lịch sử Đảng
Cuộc thi trực tuyến "Tìm hiểu lịch sử Đảng bộ quận Long Biên" thu hút 18.650 lượt người dự thi; Ban Tổ chức trao 1 giải Đặc biệt, 2 giải Nhất và 25 giải Khuyến khích.

5. Thi đua, khen thưởng
Ban Thường vụ Quận ủy tặng giấy khen cho 9 tập thể, 15 cá nhân. Ban Tuyên giáo Quận ủy Long Biên được Ban Tuyên giáo Thành ủy xếp thứ 3/30 quận, huyện, thị xã.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022

1. Tổ chức học tập, quán triệt các nghị quyết Trung ương khóa XIII cho 100% cán bộ, đảng viên; phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
2. Duy trì Bản tin Long Biên 12 số/năm; đăng, phát tối thiểu 3.500 tin, bài.
3. Tổ chức 4 hội nghị báo cáo viên, 2 lớp bồi dưỡng nghiệp vụ cho 150 cán bộ tuyên giáo cơ sở.
4. Tuyên truyền kỷ niệm 92 năm Ngày thành lập Đảng; chuẩn bị kỷ niệm 20 năm thành lập quận Long Biên (2003 - 2023).
"""

T08 = """
Hà Đông, Sơn Tây: Công tác tuyên giáo 6 tháng đầu năm 2023 qua các con số

Ngày 7/7/2023, Ban Tuyên giáo Quận ủy Hà Đông và Ban Tuyên giáo Thị ủy Sơn Tây đồng loạt tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2023. Theo số liệu do hai đơn vị cung cấp, một số kết quả chủ yếu như sau:

Kết quả chủ yếu (đơn vị tính: hội nghị, lượt, %, buổi, tin bài, báo cáo)
Nội dung | Quận Hà Đông | Thị xã Sơn Tây
Hội nghị học tập, quán triệt nghị quyết | 38 | 21
Lượt cán bộ, đảng viên dự học tập | 10.245 | 4.870
Tỷ lệ đảng viên dự học tập (%) | 96,7 | 97,9
Buổi tuyên truyền miệng | 142 | 88
Tin, bài trên trang thông tin điện tử | 1.930 | 615
Báo cáo dư luận xã hội | 26 | 18

Ở Hà Đông, Quận ủy đặc biệt chú trọng kiện toàn đội ngũ báo cáo viên; hiện quận có 67 báo cáo viên, trong đó nhiều đồng chí là giảng viên các học viện, trường đại học đóng trên địa bàn. Với 17 phường và dân số khoảng 420 nghìn người, Hà Đông là một trong những quận đông dân của Thủ đô. Trong 6 tháng, quận triển khai một đợt sinh hoạt chính trị sâu rộng về "Học tập và làm theo lời Bác dạy", gắn với kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023).

Tại thị xã Sơn Tây, cách trung tâm Thủ đô khoảng 40 km, Thị ủy phối hợp Trung tâm Chính trị thị xã mở 3 lớp bồi dưỡng nghiệp vụ công tác tư tưởng cho 240 học viên là bí thư chi bộ, tổ trưởng tổ dân phố. Số buổi tuyên truyền miệng tăng 14 buổi so với cùng kỳ năm 2022. Tính đến ngày 30/6/2023, thị xã có 9 trang mạng xã hội chính danh, trong đó fanpage "Sơn Tây – Xứ Đoài" mới được khai trương. Đồng chí Trưởng ban Tuyên giáo Thị ủy cho biết, Thành cổ Sơn Tây xây dựng năm 1822 và làng cổ Đường Lâm là những địa chỉ được lồng ghép trong các buổi nói chuyện truyền thống.

6 tháng cuối năm, hai đơn vị sẽ tập trung tuyên truyền Nghị quyết Trung ương 8 khóa XIII, phấn đấu tổ chức ít nhất 60 buổi tuyên truyền miệng mỗi đơn vị.
"""

T09 = """
Hà Nội: Tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020

Ngày 18/8/2020, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020, hướng tới Đại hội đại biểu Đảng bộ Thành phố lần thứ XVII. Do dịch Covid-19, hội nghị được tổ chức trực tuyến tới các quận, huyện, thị xã.

Nhiệm kỳ qua, Ban Tuyên giáo Thành ủy đã tham mưu Thành ủy ban hành 386 văn bản về công tác tư tưởng, lý luận, báo chí. Thành ủy tổ chức 52 hội nghị học tập, quán triệt nghị quyết Trung ương cấp Thành phố, trực tuyến tới các quận, huyện, với gần 1,8 triệu lượt cán bộ, đảng viên tham dự; tỷ lệ cán bộ, đảng viên tham gia học tập bình quân xấp xỉ 97%. Thành ủy cũng chỉ đạo triển khai 5 đợt sinh hoạt chính trị sâu rộng trong toàn Đảng bộ.

Năm 2019, Ban tổ chức 12 hội nghị báo cáo viên Thành phố; Cuộc thi trực tuyến tìm hiểu 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh thu hút hơn 412 nghìn lượt người dự thi, trong đó 20 cá nhân đạt giải.

Riêng 6 tháng đầu năm 2020, Ban phối hợp các cơ quan báo chí Thành phố đăng, phát 5.600 tin, bài về phòng, chống dịch Covid-19. Thành ủy đã hỗ trợ kinh phí 2,5 tỷ đồng để các huyện ngoại thành in tài liệu tuyên truyền phòng dịch.

"Trong nhiệm kỳ, chúng tôi đã tổng hợp 1.136 báo cáo dư luận xã hội gửi Thường trực Thành ủy; nhiều kiến nghị được tiếp thu ngay, như việc điều chỉnh phương án thu phí trông giữ xe hay hỗ trợ người lao động mất việc", đồng chí Trưởng ban Tuyên giáo Thành ủy cho biết. Hiện Thành phố có 98 báo cáo viên cấp Thành phố và khoảng 2.400 cộng tác viên dư luận xã hội ở 30 quận, huyện, thị xã.

Bên cạnh kết quả, hội nghị cũng chỉ ra hạn chế: công tác nắm bắt dư luận ở một số nơi chưa theo kịp tốc độ đô thị hóa của Thủ đô hơn 8 triệu dân; dù kinh tế Thủ đô năm 2019 tăng trưởng 7,62%, đời sống một bộ phận người dân ngoại thành còn khó khăn, tác động đến tâm trạng xã hội.

Nhiệm kỳ 2020 – 2025, Ban Tuyên giáo Thành ủy phấn đấu 100% tổ chức cơ sở đảng có trang tin hoặc nhóm mạng xã hội chính danh.

Dịp này, Ban Thường vụ Thành ủy tặng Bằng khen cho 28 tập thể và 45 cá nhân có thành tích xuất sắc trong công tác tuyên giáo nhiệm kỳ 2015 – 2020.
"""

D06, D07, D08, D09 = "2020-03-27", "2021-12-24", "2023-07-07", "2020-08-18"

DOCS = [
    Doc("h9_06_caugiay_2020", T06, CG, quarter(1, 2020), D06, "inferred", facts=[
        F("tổ chức 236 buổi sinh hoạt chi bộ", 236, "party_cell_discussions"),
        F("tổ chức 3 hội nghị học tập, quán triệt", 3, "study_sessions"),
        F("với 2.146 lượt cán bộ, đảng viên", 2146, "study_attendance", a="party_members"),
        F("đã đăng 1.027 tin, bài", 1027, "news_items"),
        F("sản xuất 65 chương trình phát thanh", 65, "news_items"),
        F("cấp phát 120.000 tờ rơi", 120000, "other"),
        F("tổng hợp 19 báo cáo nhanh", 19, "opinion_reports", p=since("2020-01-01", D06)),
        F("Quận ủy có 46 báo cáo viên", 46, "reporters", p=inst(D06)),
        F("biểu dương 5 tập thể", 5, "commended_collectives"),
    ], traps=[("90 năm", 90), ("3/2/1930", 3), ("3/2/2020", 3), ("Covid-19", 19),
              ("35-CT/TW", 35), ("lần thứ XIII", 13), ("8 phường", 8),
              ("gần 200 nghìn sinh viên", 200000), ("1900 9095", 1900), ("9095 của Bộ Y tế", 9095),
              ("Chiều 27/3", 27), ("từ tháng 4", 4), ("trên 20 người", 20)]),
    Doc("h9_07_longbien_2021", T07, LB, year(2021), D07, "text", facts=[
        F("ban hành 64 văn bản", 64, "documents_issued"),
        F("tổ chức 02 hội nghị trực tiếp", 2, "study_sessions"),
        F("11 hội nghị trực tuyến", 11, "study_sessions"),
        F("với 13.980/14.356 đảng viên", 13980, "study_attendance", a="party_members"),
        F("đạt 97,38%", 97.38, "study_participation_rate"),
        F("còn dưới 400 đồng chí", 400, "other", "at_most"),
        F("mở 17 lớp bồi dưỡng", 17, "training_classes"),
        F("cho 1.362 học viên", 1362, "trainees"),
        F("đăng, phát 3.415 tin, bài", 3415, "news_items"),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("treo 2.300 băng rôn", 2300, "other"),
        F("thực hiện 96 buổi nói chuyện", 96, "oral_propaganda_sessions"),
        F("khoảng 7.500 lượt người nghe", 7500, "propaganda_audience", "approx"),
        F("quận có 54 báo cáo viên", 54, "reporters", p=inst(D07)),
        F("54 báo cáo viên và 31 cộng tác viên", 31, "opinion_collaborators", p=inst(D07)),
        F("thực hiện 44 báo cáo dư luận xã hội", 44, "opinion_reports"),
        F("thu hút 18.650 lượt người dự thi", 18650, "contest_entries"),
        F("giấy khen cho 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 15 cá nhân", 15, "commended_individuals"),
    ], traps=[("ngày 24 tháng 12 năm 2021", 24), ("Covid-19", 19), ("Nhân dân 14 phường", 14),
              ("Đại hội XIII", 13), ("Đại hội XVII", 17), ("mỗi số 8.000 bản", 8000),
              ("ngày 24/7", 24), ("21/9/2021", 21), ("1 giải Đặc biệt", 1), ("2 giải Nhất", 2),
              ("25 giải Khuyến khích", 25), ("xếp thứ 3/30", 3), ("khóa XIII", 13),
              ("100% cán bộ, đảng viên", 100), ("trên 95%", 95), ("12 số/năm", 12),
              ("tối thiểu 3.500 tin, bài", 3500), ("4 hội nghị báo cáo viên", 4),
              ("2 lớp bồi dưỡng nghiệp vụ", 2), ("150 cán bộ tuyên giáo", 150), ("92 năm", 92),
              ("20 năm", 20), ("(2003 - 2023)", 2003), ("1. Công tác tham mưu", 1),
              ("2. Công tác tuyên truyền", 2), ("3. Công tác báo cáo viên", 3),
              ("4. Công tác lịch sử", 4), ("5. Thi đua", 5), ("1. Tổ chức học tập", 1),
              ("2. Duy trì", 2), ("3. Tổ chức 4", 3), ("4. Tuyên truyền kỷ niệm", 4)]),
    Doc("h9_08_hadong_sontay_2023", T08, HD, h1(2023), D08, "text", facts=[
        F("nghị quyết | 38", 38, "study_sessions"),
        F("38 | 21", 21, "study_sessions", unit=ST),
        F("dự học tập | 10.245", 10245, "study_attendance", a="party_members"),
        F("10.245 | 4.870", 4870, "study_attendance", a="party_members", unit=ST),
        F("(%) | 96,7", 96.7, "study_participation_rate"),
        F("96,7 | 97,9", 97.9, "study_participation_rate", unit=ST),
        F("miệng | 142", 142, "oral_propaganda_sessions"),
        F("142 | 88", 88, "oral_propaganda_sessions", unit=ST),
        F("điện tử | 1.930", 1930, "news_items"),
        F("1.930 | 615", 615, "news_items", unit=ST),
        F("xã hội | 26", 26, "opinion_reports"),
        F("26 | 18", 18, "opinion_reports", unit=ST),
        F("hiện quận có 67 báo cáo viên", 67, "reporters", p=inst(D08)),
        F("một đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes", unit=ST),
        F("cho 240 học viên", 240, "trainees", unit=ST),
        F("có 9 trang mạng xã hội", 9, "social_pages", unit=ST, p=inst("2023-06-30")),
    ], traps=[("Ngày 7/7/2023", 7), ("hai đơn vị", 2), ("17 phường", 17),
              ("khoảng 420 nghìn người", 420000), ("133 năm", 133), ("19/5/1890", 19),
              ("19/5/2023", 19), ("khoảng 40 km", 40), ("tăng 14 buổi", 14),
              ("cùng kỳ năm 2022", 2022), ("ngày 30/6/2023", 30), ("năm 1822", 1822),
              ("6 tháng cuối năm", 6), ("Trung ương 8", 8), ("khóa XIII", 13),
              ("ít nhất 60 buổi", 60)]),
    Doc("h9_09_hanoi_term_2020", T09, HN, term(2015, 2020), D09, "text", facts=[
        F("ban hành 386 văn bản", 386, "documents_issued"),
        F("tổ chức 52 hội nghị học tập, quán triệt", 52, "study_sessions"),
        F("gần 1,8 triệu lượt cán bộ, đảng viên", 1800000, "study_attendance", "at_most",
          a="party_members"),
        F("bình quân xấp xỉ 97%", 97, "study_participation_rate", "approx"),
        F("triển khai 5 đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences", p=year(2019)),
        F("hơn 412 nghìn lượt người dự thi", 412000, "contest_entries", "at_least",
          p=year(2019)),
        F("đăng, phát 5.600 tin, bài", 5600, "news_items", p=h1(2020)),
        F("hỗ trợ kinh phí 2,5 tỷ đồng", 2500000000, "other", p=h1(2020)),
        F("tổng hợp 1.136 báo cáo dư luận xã hội", 1136, "opinion_reports"),
        F("có 98 báo cáo viên", 98, "reporters", p=inst(D09)),
        F("khoảng 2.400 cộng tác viên", 2400, "opinion_collaborators", "approx",
          p=inst(D09)),
        F("Bằng khen cho 28 tập thể", 28, "commended_collectives"),
        F("28 tập thể và 45 cá nhân", 45, "commended_individuals"),
    ], traps=[("nhiệm kỳ 2015 – 2020", 2015), ("Ngày 18/8/2020", 18), ("lần thứ XVII", 17),
              ("Covid-19", 19), ("50 năm", 50), ("20 cá nhân đạt giải", 20),
              ("30 quận, huyện, thị xã", 30), ("hơn 8 triệu dân", 8000000),
              ("tăng trưởng 7,62%", 7.62), ("Thủ đô năm 2019", 2019),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("phấn đấu 100%", 100)]),
]
