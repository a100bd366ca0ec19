"""Holdout10, batch 1: HCMC districts 2017-2024 (Quận 3, Phú Nhuận, Quận 5/10/11, TP Thủ Đức,
Hóc Môn, Cần Giờ)."""
from build_gold import Doc, F, U, end_of, h1, inst, m9, since, year

Q3, PN, Q5, Q10, Q11 = (U(n) for n in ("Quận 3", "Quận Phú Nhuận", "Quận 5", "Quận 10",
                                       "Quận 11"))
TD, HM, CGI = U("Thành phố Thủ Đức"), U("Huyện Hóc Môn"), U("Huyện Cần Giờ")

T01 = """
Quận 3: Đưa nghị quyết về từng khu phố, từng chung cư

(SGGP) – Ngày 28/12/2018, Quận ủy Quận 3 tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018, triển khai nhiệm vụ năm 2019. Đồng chí Nguyễn Thị Hồng Nhung, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy chủ trì hội nghị.

Theo báo cáo, trong năm, Ban Thường vụ Quận ủy đã ban hành 37 văn bản lãnh đạo, chỉ đạo, hướng dẫn về công tác chính trị, tư tưởng. Các chi, đảng bộ cơ sở tổ chức 96 hội nghị học tập, quán triệt Nghị quyết Trung ương 7 khóa XII và các chuyên đề của Thành ủy, thu hút 14.268 lượt cán bộ, đảng viên và 5.912 lượt quần chúng tham dự; tỷ lệ đảng viên tham gia học tập đạt 97,35%. So với năm 2017, số lượt quần chúng dự học tăng 1.140 lượt.

“Học xong, chi bộ nào cũng phải ngồi lại bàn xem nghị quyết áp vào khu phố mình thế nào. Năm nay các chi bộ đã tổ chức 412 buổi thảo luận như vậy”, đồng chí Hồng Nhung cho biết.

Đội ngũ báo cáo viên tiếp tục được kiện toàn, trẻ hóa; hiện quận có 52 báo cáo viên, trong đó 9 đồng chí dưới 40 tuổi. Quận duy trì nền nếp 12 hội nghị báo cáo viên trong năm, bình quân mỗi hội nghị khoảng 150 người dự.

Công tác tuyên truyền miệng có nhiều đổi mới. Tuyên truyền viên của 14 phường đã tổ chức 318 buổi nói chuyện chuyên đề tại khu phố, tổ dân phố và các chung cư cũ, với khoảng 21.500 lượt người nghe. Dọc các tuyến đường Nam Kỳ Khởi Nghĩa, Võ Văn Tần, Cách Mạng Tháng Tám, quận treo trên 2.600 băng rôn, khẩu hiệu chào mừng các ngày lễ lớn.

Trang thông tin điện tử Quận ủy đăng tải 1.046 tin, bài; fanpage “Quận 3 ngày mới” có gần 23.000 người theo dõi. Ngoài ra, quận còn duy trì 3 trang mạng xã hội của Quận đoàn, Hội Liên hiệp Phụ nữ và Trung tâm Văn hóa quận.

Mạng lưới 85 cộng tác viên dư luận xã hội hoạt động đều tay; trong năm, Ban Tuyên giáo Quận ủy tổng hợp 24 báo cáo tình hình dư luận xã hội, phản ánh kịp thời tâm tư của người dân quanh dự án cải tạo kênh Nhiêu Lộc – Thị Nghè và việc chỉnh trang đô thị.

Dịp này, Quận ủy khen thưởng 15 tập thể và 31 cá nhân có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đề nghị Thành ủy tặng bằng khen cho 3 tập thể.

Năm 2019, Quận 3 phấn đấu 100% chi bộ tổ chức học tập nghị quyết trong vòng 30 ngày kể từ khi có hướng dẫn của cấp trên, tổ chức ít nhất 12 hội nghị báo cáo viên và phát triển thêm 20 cộng tác viên dư luận xã hội.

Ý kiến đóng góp xin gửi về Ban Tuyên giáo Quận ủy Quận 3, số 185 Cách Mạng Tháng Tám, điện thoại (028) 3930 5012.
"""

T02 = """
Quận Phú Nhuận sơ kết công tác tuyên giáo 9 tháng năm 2020

Cập nhật lúc 15:42, 09/10/2020

Chiều 08/10, Ban Tuyên giáo Quận ủy Phú Nhuận tổ chức hội nghị sơ kết công tác tuyên giáo 9 tháng đầu năm 2020, triển khai nhiệm vụ 3 tháng cuối năm. Dự hội nghị có đại diện Ban Tuyên giáo Thành ủy và lãnh đạo Quận ủy.

Báo cáo cho thấy, 9 tháng qua, dù chịu tác động nặng nề của dịch Covid-19, các cấp ủy trên địa bàn quận vẫn tổ chức 41 hội nghị học tập, quán triệt, nhiều hội nghị chuyển sang hình thức trực tuyến, với 6.735 lượt cán bộ, đảng viên tham dự. Tỷ lệ đảng viên tham gia học tập đạt 96,8%; còn 167 đảng viên chưa tham gia do cách ly, ốm đau hoặc đi làm ăn xa. Trong thời gian giãn cách xã hội theo Chỉ thị 16/CT-TTg, tài liệu được chuyển đến từng chi bộ qua thư điện tử và nhóm Zalo.

Trọng tâm của 9 tháng là tuyên truyền Đại hội Đảng bộ quận lần thứ XII, nhiệm kỳ 2020 – 2025 và Đại hội Đảng bộ Thành phố lần thứ XI. Ban Thường vụ Quận ủy đã ban hành 11 văn bản hướng dẫn tuyên truyền đại hội; Ban Tuyên giáo biên soạn tài liệu hỏi – đáp, in 4.500 cuốn, mỗi cuốn 36 trang, phát đến các chi bộ khu phố.

Trên không gian mạng, cổng thông tin điện tử quận cùng 15 trang thông tin điện tử của các phường đã đăng 2.318 tin, bài, video clip về phòng, chống dịch và đại hội. Hiện quận có 47 nhóm Zalo khu phố với khoảng 9.800 thành viên, là kênh đưa tài liệu nhanh nhất đến người dân.

Ban Tuyên giáo Quận ủy tổ chức 6 hội nghị báo cáo viên, phần lớn theo hình thức trực tuyến; đội ngũ báo cáo viên của quận hiện có 38 đồng chí. Ban cũng đã tổng hợp 27 báo cáo nhanh tình hình dư luận xã hội gửi Ban Tuyên giáo Thành ủy, tập trung vào tâm trạng của tiểu thương và người lao động mất việc do dịch.

Cuộc thi trực tuyến “Tìm hiểu 45 năm Ngày giải phóng miền Nam, thống nhất đất nước” do Quận đoàn tổ chức thu hút 3.126 lượt người dự thi; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì và 3 giải Ba.

Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Quận ủy đề nghị quý IV tập trung tuyên truyền kết quả Đại hội Đảng bộ quận, hướng tới Đại hội XIII của Đảng; phấn đấu tổ chức 20 buổi nói chuyện chuyên đề tại các khu phố và nâng số thành viên nhóm Zalo lên 12.000 người.

Liên hệ: Ban Tuyên giáo Quận ủy Phú Nhuận, số 159 Phan Đăng Lưu, Phường 1.
"""

T03 = """
HỘI NGHỊ SƠ KẾT CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2017 CỤM THI ĐUA SỐ 3

Sáng 14/7/2017, Cụm thi đua số 3 gồm Ban Tuyên giáo Quận ủy Quận 5, Quận 10 và Quận 11 tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2017, do Quận 5 làm Cụm trưởng. Các đơn vị lần lượt báo cáo những kết quả nổi bật.

Quận 5: Tuyên truyền song ngữ trong cộng đồng người Hoa

Sáu tháng qua, Ban Tuyên giáo Quận ủy Quận 5 tham mưu tổ chức 28 hội nghị học tập, quán triệt Nghị quyết Trung ương 4 khóa XII và Chỉ thị 05-CT/TW với 4.610 lượt cán bộ, đảng viên tham dự. Người Hoa chiếm khoảng 30% dân số của quận, vì vậy tài liệu tuyên truyền đều được biên dịch song ngữ Việt – Hoa; Ban đã phát hành 6 số bản tin song ngữ, mỗi số 2.000 bản.

Tuyên truyền viên cơ sở tổ chức 190 buổi tuyên truyền miệng tại các hội quán, hội tương tế, cơ sở tín ngưỡng, thu hút hơn 8.700 lượt người dân. Quận còn tổ chức Hội thi “Kể chuyện về Bác” với 27 thí sinh của 15 phường, nhân kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh; 5 thí sinh xuất sắc nhất được chọn dự thi cấp thành phố.

Quận 10: Mạng xã hội thành kênh tuyên truyền chủ lực

Trong 6 tháng, Ban Thường vụ Quận ủy Quận 10 ban hành 19 văn bản chỉ đạo, hướng dẫn; các chi, đảng bộ tổ chức 34 hội nghị học tập, quán triệt với 7.980 lượt cán bộ, đảng viên và 2.240 lượt quần chúng. Số đảng viên tham gia học tập là 6.182/6.450 đồng chí.

Quận ủy hiện duy trì 2 trang mạng xã hội chính danh và 56 nhóm Zalo của các chi bộ với tổng cộng 4.300 thành viên; 6 tháng qua, các kênh này đăng 1.570 tin, bài, ảnh. Quận cũng mở hai lớp bồi dưỡng nghiệp vụ tuyên giáo cho 146 học viên là cán bộ phụ trách tuyên giáo các phường.

Quận 11: Chú trọng đội ngũ báo cáo viên

Tính đến ngày 30/6/2017, Quận 11 có 64 báo cáo viên. Trong 6 tháng, quận tổ chức 03 hội nghị báo cáo viên và 41 buổi nói chuyện thời sự cho cán bộ, đảng viên khu phố; Quận ủy khen thưởng 7 tập thể, 12 cá nhân có nhiều đóng góp trong đợt tuyên truyền kỷ niệm 42 năm Ngày giải phóng miền Nam, thống nhất đất nước.

Kết thúc hội nghị, Cụm thi đua số 3 thống nhất đề nghị Ban Tuyên giáo Thành ủy tặng bằng khen cho 2 tập thể. Trong 6 tháng cuối năm, các quận tập trung tuyên truyền kỷ niệm 70 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2017), phấn đấu 100% chi bộ hoàn thành học tập Nghị quyết Trung ương 5 khóa XII.
"""

T04 = """
THÀNH ỦY THÀNH PHỐ THỦ ĐỨC
BAN TUYÊN GIÁO
Số 148-BC/BTGTU

BÁO CÁO
Kết quả công tác tuyên giáo năm 2022, phương hướng, nhiệm vụ năm 2023

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022

1. Công tác học tập, quán triệt nghị quyết
Ban Tuyên giáo Thành ủy Thủ Đức tham mưu Ban Thường vụ Thành ủy ban hành 42 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng. Kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 4, 5, 6 khóa XIII và chuyên đề năm 2022 như sau:
- Số hội nghị: 126;
- Số lượt cán bộ, đảng viên dự: 31.460, đạt tỷ lệ 96,12%;
- Số đảng viên chưa tham gia: 1.274 người, chủ yếu do tuổi cao, sức yếu, đi làm ăn xa.
Trung tâm Chính trị thành phố mở 38 lớp bồi dưỡng lý luận chính trị, nghiệp vụ, kể cả các lớp bồi dưỡng nhận thức về Đảng và đảng viên mới, với 4.027 học viên.

2. Công tác tuyên truyền
- Hội nghị báo cáo viên: 12 (trực tiếp và trực tuyến); báo cáo viên thành phố hiện có 73 đồng chí;
- Buổi tuyên truyền miệng tại khu phố: 1.185; lượt người nghe: ước 96 nghìn;
- Trang mạng xã hội chính danh: 6;
- Tin, bài đăng trên Cổng thông tin điện tử và các trang mạng xã hội: 3.942.
Thành phố tổ chức hai đợt sinh hoạt chính trị về xây dựng Thành phố Thủ Đức trở thành đô thị sáng tạo, tương tác cao, triển khai đồng loạt tại 34 phường; tuyên truyền kỷ niệm 47 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2022). Tại Khu Công nghệ cao, nơi có trên 50 nghìn lao động, Ban phối hợp với công đoàn tổ chức các buổi nói chuyện về chuyển đổi số.

3. Công tác dư luận xã hội
Thành phố Thủ Đức hiện có 210 cộng tác viên dư luận xã hội. Trong năm, Ban tổng hợp 48 báo cáo tình hình dư luận xã hội gửi Ban Tuyên giáo Thành ủy TP.HCM, tập trung vào dự án Khu đô thị mới Thủ Thiêm, công tác bồi thường, tái định cư và tiến độ tuyến metro số 1 Bến Thành – Suối Tiên.

4. Công tác thi đua, khen thưởng
Ban Thường vụ Thành ủy Thủ Đức tặng giấy khen cho 21 tập thể, 44 cá nhân có thành tích trong thực hiện Chỉ thị 05-CT/TW; Thành phố Thủ Đức xếp thứ 2/22 trong khối quận, huyện về công tác tuyên giáo.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
1. Tổ chức học tập, quán triệt các nghị quyết Trung ương khóa XIII, bảo đảm trên 95% đảng viên tham gia.
2. Mở 40 lớp bồi dưỡng lý luận chính trị; tổ chức 12 hội nghị báo cáo viên thành phố.
3. Phát triển mạng lưới cộng tác viên dư luận xã hội lên 250 người; duy trì 100% khu phố có nhóm Zalo.

Nơi nhận:
- Thường trực Thành ủy Thủ Đức;
- Ban Tuyên giáo Thành ủy TP.HCM;
- Lưu VP.
"""

T05 = """
Hóc Môn, Cần Giờ: Khi báo cáo viên “xuống ấp”, “ra đảo”

Từ đầu năm 2024 đến nay, Ban Tuyên giáo Huyện ủy Hóc Môn và Ban Tuyên giáo Huyện ủy Cần Giờ đã đưa những buổi nói chuyện thời sự về tận ấp, tận bến cá, nơi người dân hỏi thẳng và cán bộ trả lời thật.

Hóc Môn: Hỏi chuyện đền bù ngay tại hội trường ấp

Tối 14/9, hội trường ấp 6, xã Xuân Thới Thượng chật kín người. Bà con ngồi cả ra hiên nghe báo cáo viên của Huyện ủy nói chuyện về dự án mở rộng Quốc lộ 22 và đường Vành đai 3 đoạn qua huyện.

“Năm nay tôi đi nghe 5 buổi rồi, buổi nào cũng hỏi được chuyện đền bù, tái định cư. Cán bộ nói rõ thì bà con yên tâm”, ông Nguyễn Văn Sáu, 67 tuổi, nói.

Theo bà Trần Thị Mỹ Hạnh, Trưởng ban Tuyên giáo Huyện ủy Hóc Môn, từ đầu năm đến nay, huyện đã tổ chức 146 buổi nói chuyện chuyên đề như vậy ở các ấp, khu phố, thu hút khoảng 17 ngàn lượt người dân. Hóc Môn có 11 xã, 1 thị trấn với hơn 540 nghìn dân, nhiều nơi đang chuyển mình thành đô thị. Cùng với các buổi nói chuyện, các chi bộ ấp đã tổ chức 230 buổi sinh hoạt chuyên đề gắn với học tập nghị quyết.

“Trước mỗi buổi nói chuyện, chúng tôi gửi tài liệu vào 112 nhóm Zalo của ấp, khu phố; hiện các nhóm có hơn 21.000 thành viên. Ai chưa rõ thì nhắn hỏi, báo cáo viên trả lời luôn trên nhóm”, bà Hạnh cho biết.

Huyện cũng duy trì 96 cộng tác viên dư luận xã hội ở các ấp; từ đầu năm, các cộng tác viên đã gửi 19 báo cáo dư luận xã hội, phản ánh nhanh những băn khoăn của người dân về giá bồi thường.

Cần Giờ: Theo chân ngư dân

Ở huyện Cần Giờ, cách trung tâm thành phố khoảng 50 km, Ban Tuyên giáo Huyện ủy chọn cách gặp ngư dân ngay tại bến. Từ đầu năm đến nay, báo cáo viên của huyện đã ra xã đảo Thạnh An nói chuyện 11 lần, thường vào những ngày biển động khi tàu thuyền nằm bờ. Huyện còn tổ chức từ 8 đến 10 buổi tuyên truyền lưu động bằng ca nô dọc sông Lòng Tàu, Soài Rạp.

“Mỗi chuyến đi biển 10 đến 15 ngày, ngoài khơi không có sóng điện thoại. Buổi nói chuyện ở bến là lúc anh em nắm tình hình, nghe về quy định chống khai thác hải sản bất hợp pháp”, anh Trần Văn Lực, chủ tàu CG-90512-TS, chia sẻ.

Ông Lê Văn Nam, Phó Trưởng ban Tuyên giáo Huyện ủy Cần Giờ cho biết: “Từ đầu năm, chúng tôi đã trao 1.200 lá cờ Tổ quốc cho ngư dân, kinh phí gần 60 triệu đồng do các doanh nghiệp hỗ trợ. Ban cũng phát hành 9 số bản tin ‘Cần Giờ biển xanh’, phát miễn phí tại các bến cá”.

Dịp Quốc khánh 2/9 vừa qua, những dãy tàu neo ở bến Cần Thạnh rực cờ đỏ sao vàng.
"""

D01, D02, D03, D04, D05 = "2018-12-28", "2020-10-09", "2017-07-14", "2023-01-09", "2024-09-14"
P05 = since("2024-01-01", D05)

DOCS = [
    Doc("h10_01_quan3_2018", T01, Q3, year(2018), D01, "text", facts=[
        F("ban hành 37 văn bản lãnh đạo", 37, "documents_issued"),
        F("tổ chức 96 hội nghị học tập, quán triệt", 96, "study_sessions"),
        F("thu hút 14.268 lượt cán bộ, đảng viên", 14268, "study_attendance", a="party_members"),
        F("5.912 lượt quần chúng", 5912, "study_attendance", a="masses"),
        F("học tập đạt 97,35%", 97.35, "study_participation_rate"),
        F("đã tổ chức 412 buổi thảo luận", 412, "party_cell_discussions"),
        F("hiện quận có 52 báo cáo viên", 52, "reporters", p=inst(D01)),
        F("nền nếp 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("đã tổ chức 318 buổi nói chuyện chuyên đề", 318, "oral_propaganda_sessions"),
        F("khoảng 21.500 lượt người nghe", 21500, "propaganda_audience", "approx"),
        F("treo trên 2.600 băng rôn", 2600, "other", "at_least"),
        F("đăng tải 1.046 tin, bài", 1046, "news_items"),
        F("gần 23.000 người theo dõi", 23000, "propaganda_audience", "at_most", p=inst(D01)),
        F("duy trì 3 trang mạng xã hội", 3, "social_pages", p=end_of(year(2018))),
        F("Mạng lưới 85 cộng tác viên", 85, "opinion_collaborators", p=end_of(year(2018))),
        F("tổng hợp 24 báo cáo tình hình dư luận xã hội", 24, "opinion_reports"),
        F("khen thưởng 15 tập thể", 15, "commended_collectives"),
        F("15 tập thể và 31 cá nhân", 31, "commended_individuals"),
    ], traps=[("Ngày 28/12/2018", 28), ("nhiệm vụ năm 2019", 2019), ("Trung ương 7", 7),
              ("So với năm 2017", 2017), ("tăng 1.140 lượt", 1140), ("9 đồng chí", 9),
              ("dưới 40 tuổi", 40), ("mỗi hội nghị khoảng 150 người", 150),
              ("của 14 phường", 14), ("Quận 3 ngày mới", 3), ("cho 3 tập thể", 3),
              ("Năm 2019", 2019), ("100% chi bộ", 100), ("30 ngày", 30),
              ("ít nhất 12 hội nghị", 12), ("thêm 20 cộng tác viên", 20),
              ("số 185 Cách Mạng Tháng Tám", 185), ("(028) 3930 5012", 28)]),
    Doc("h10_02_phunhuan_2020", T02, PN, m9(2020), D02, "text", facts=[
        F("vẫn tổ chức 41 hội nghị học tập", 41, "study_sessions"),
        F("với 6.735 lượt cán bộ, đảng viên", 6735, "study_attendance", a="party_members"),
        F("học tập đạt 96,8%", 96.8, "study_participation_rate"),
        F("còn 167 đảng viên chưa tham gia", 167, "other"),
        F("ban hành 11 văn bản hướng dẫn", 11, "documents_issued"),
        F("in 4.500 cuốn", 4500, "other"),
        F("15 trang thông tin điện tử của các phường", 15, "websites", p=end_of(m9(2020))),
        F("đã đăng 2.318 tin, bài", 2318, "news_items"),
        F("Hiện quận có 47 nhóm Zalo", 47, "chat_groups", p=inst(D02)),
        F("khoảng 9.800 thành viên", 9800, "chat_group_members", "approx", p=inst(D02)),
        F("tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("hiện có 38 đồng chí", 38, "reporters", p=inst(D02)),
        F("tổng hợp 27 báo cáo nhanh tình hình dư luận xã hội", 27, "opinion_reports"),
        F("thu hút 3.126 lượt người dự thi", 3126, "contest_entries"),
    ], traps=[("15:42", 15), ("09/10/2020", 9), ("Chiều 08/10", 8), ("3 tháng cuối năm", 3),
              ("Covid-19", 19), ("Chỉ thị 16/CT-TTg", 16), ("nhiệm kỳ 2020 – 2025", 2020),
              ("mỗi cuốn 36 trang", 36), ("45 năm", 45), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("3 giải Ba", 3), ("20 buổi nói chuyện", 20),
              ("lên 12.000 người", 12000), ("số 159 Phan Đăng Lưu", 159), ("Phường 1", 1)]),
    Doc("h10_03_cum3_q5_q10_q11_2017", T03, Q5, h1(2017), D03, "text", facts=[
        F("tổ chức 28 hội nghị học tập, quán triệt", 28, "study_sessions"),
        F("với 4.610 lượt cán bộ, đảng viên", 4610, "study_attendance", a="party_members"),
        F("phát hành 6 số bản tin song ngữ", 6, "news_items"),
        F("tổ chức 190 buổi tuyên truyền miệng", 190, "oral_propaganda_sessions"),
        F("hơn 8.700 lượt người dân", 8700, "propaganda_audience", "at_least", a="masses"),
        F("với 27 thí sinh", 27, "contest_entries"),
        F("ban hành 19 văn bản chỉ đạo", 19, "documents_issued", unit=Q10),
        F("tổ chức 34 hội nghị học tập, quán triệt", 34, "study_sessions", unit=Q10),
        F("với 7.980 lượt cán bộ, đảng viên", 7980, "study_attendance", a="party_members",
          unit=Q10),
        F("2.240 lượt quần chúng", 2240, "study_attendance", a="masses", unit=Q10),
        F("6.182/6.450 đồng chí", 6182, "study_attendance", a="party_members", unit=Q10),
        F("hiện duy trì 2 trang mạng xã hội", 2, "social_pages", unit=Q10, p=inst(D03)),
        F("56 nhóm Zalo", 56, "chat_groups", unit=Q10, p=inst(D03)),
        F("tổng cộng 4.300 thành viên", 4300, "chat_group_members", unit=Q10, p=inst(D03)),
        F("đăng 1.570 tin, bài, ảnh", 1570, "news_items", unit=Q10),
        F("mở hai lớp bồi dưỡng nghiệp vụ", 2, "training_classes", unit=Q10),
        F("cho 146 học viên", 146, "trainees", unit=Q10),
        F("Quận 11 có 64 báo cáo viên", 64, "reporters", unit=Q11, p=inst("2017-06-30")),
        F("tổ chức 03 hội nghị báo cáo viên", 3, "reporter_conferences", unit=Q11),
        F("41 buổi nói chuyện thời sự", 41, "oral_propaganda_sessions", unit=Q11),
        F("khen thưởng 7 tập thể", 7, "commended_collectives", unit=Q11),
        F("7 tập thể, 12 cá nhân", 12, "commended_individuals", unit=Q11),
    ], traps=[("CỤM THI ĐUA SỐ 3", 3), ("Sáng 14/7/2017", 14), ("Cụm thi đua số 3", 3),
              ("Trung ương 4", 4), ("05-CT/TW", 5), ("khoảng 30% dân số", 30),
              ("mỗi số 2.000 bản", 2000), ("của 15 phường", 15), ("127 năm", 127),
              ("5 thí sinh xuất sắc nhất", 5), ("ngày 30/6/2017", 30), ("42 năm", 42),
              ("cho 2 tập thể", 2), ("70 năm", 70), ("27/7/1947", 27), ("27/7/2017", 27),
              ("100% chi bộ", 100), ("Trung ương 5", 5)]),
    Doc("h10_04_thuduc_2022", T04, TD, year(2022), D04, "sidecar", meta={"date": D04}, facts=[
        F("ban hành 42 văn bản lãnh đạo", 42, "documents_issued"),
        F("- Số hội nghị: 126", 126, "study_sessions"),
        F("Số lượt cán bộ, đảng viên dự: 31.460", 31460, "study_attendance",
          a="party_members"),
        F("đạt tỷ lệ 96,12%", 96.12, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 1.274 người", 1274, "other"),
        F("mở 38 lớp bồi dưỡng lý luận chính trị", 38, "training_classes"),
        F("với 4.027 học viên", 4027, "trainees"),
        F("Hội nghị báo cáo viên: 12", 12, "reporter_conferences"),
        F("hiện có 73 đồng chí", 73, "reporters", p=inst(D04)),
        F("Buổi tuyên truyền miệng tại khu phố: 1.185", 1185, "oral_propaganda_sessions"),
        F("lượt người nghe: ước 96 nghìn", 96000, "propaganda_audience", "approx"),
        F("Trang mạng xã hội chính danh: 6", 6, "social_pages", p=end_of(year(2022))),
        F("các trang mạng xã hội: 3.942", 3942, "news_items"),
        F("tổ chức hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("hiện có 210 cộng tác viên", 210, "opinion_collaborators", p=inst(D04)),
        F("tổng hợp 48 báo cáo tình hình dư luận xã hội", 48, "opinion_reports"),
        F("cho 21 tập thể", 21, "commended_collectives"),
        F("21 tập thể, 44 cá nhân", 44, "commended_individuals"),
    ], traps=[("Số 148-BC/BTGTU", 148), ("Trung ương 4, 5, 6", 4), ("34 phường", 34),
              ("47 năm", 47), ("30/4/1975", 30), ("30/4/2022", 30),
              ("trên 50 nghìn lao động", 50000), ("metro số 1", 1), ("05-CT/TW", 5),
              ("xếp thứ 2/22", 2), ("trên 95% đảng viên", 95), ("Mở 40 lớp", 40),
              ("tổ chức 12 hội nghị báo cáo viên thành phố", 12), ("lên 250 người", 250),
              ("100% khu phố", 100)]),
    Doc("h10_05_hocmon_cangio_2024", T05, HM, P05, D05, "inferred", facts=[
        F("đã tổ chức 146 buổi nói chuyện chuyên đề", 146, "oral_propaganda_sessions"),
        F("khoảng 17 ngàn lượt người dân", 17000, "propaganda_audience", "approx",
          a="masses"),
        F("đã tổ chức 230 buổi sinh hoạt chuyên đề", 230, "party_cell_discussions"),
        F("vào 112 nhóm Zalo", 112, "chat_groups", p=inst(D05)),
        F("hơn 21.000 thành viên", 21000, "chat_group_members", "at_least", p=inst(D05)),
        F("duy trì 96 cộng tác viên", 96, "opinion_collaborators", p=inst(D05)),
        F("đã gửi 19 báo cáo dư luận xã hội", 19, "opinion_reports"),
        F("nói chuyện 11 lần", 11, "oral_propaganda_sessions", unit=CGI),
        F("từ 8 đến 10 buổi tuyên truyền lưu động", 8, "oral_propaganda_sessions", "at_least",
          unit=CGI),
        F("trao 1.200 lá cờ", 1200, "other", unit=CGI),
        F("kinh phí gần 60 triệu đồng", 60000000, "other", "at_most", unit=CGI),
        F("phát hành 9 số bản tin", 9, "news_items", unit=CGI),
    ], traps=[("Tối 14/9", 14), ("ấp 6", 6), ("Quốc lộ 22", 22), ("Vành đai 3", 3),
              ("nghe 5 buổi", 5), ("67 tuổi", 67), ("11 xã", 11), ("1 thị trấn", 1),
              ("hơn 540 nghìn dân", 540000), ("khoảng 50 km", 50), ("10 đến 15 ngày", 10),
              ("CG-90512-TS", 90512), ("Quốc khánh 2/9", 2)]),
]
