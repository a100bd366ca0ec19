"""Thirteenth held-out set (holdout13), part 1: HCMC districts and the city, 2017-2023.
Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the five sample reports, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- A lead paragraph in capitals carries facts like any other sentence; the photo caption's
  people ("Ảnh: 4 đại biểu ...") are traps.
- "Đội ngũ 86 báo cáo viên ..." / "Đội ngũ 35 cộng tác viên ..." with no "hiện" marker: a
  stock at the end of the report period.
- "hiện quản lý" marks a stock at the document date like "hiện có".
- A district in capitals opening a line with a colon ("QUẬN TÂN BÌNH: ...") heads a section
  like "Quận 6: ..."; "* Quận Phú Nhuận" the same.
- In an interview (Hỏi / Đáp) the answers are the official's, introduced with the unit's title:
  facts; what a fisherman told her in single quotes is an anecdote (trap).
- Trainees named by role ("cho 174 tuyên truyền viên cơ sở") are trainees.
- Press agencies of the city ("các cơ quan báo, đài của thành phố") are city-level bodies: the
  province.
- h13_03 has no date in its text: the sidecar's date is the document date.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, year

Q10, Q11 = U("Quận 10"), U("Quận 11")
TANBINH, PHUNHUAN = U("Quận Tân Bình"), U("Quận Phú Nhuận")
CANGIO, HCM = U("Huyện Cần Giờ"), U("Thành phố Hồ Chí Minh")

# ---------------------------------------------------------------------------------------------
T01 = """
Thứ Sáu, 12/07/2019 - 09:20 (GMT+7)

Quận 10: Tuyên giáo “đi trước, mở đường” trong nửa đầu năm

(PLO) - SÁU THÁNG ĐẦU NĂM 2019, BAN TUYÊN GIÁO QUẬN ỦY QUẬN 10 ĐÃ THAM MƯU TỔ CHỨC 46 HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT, CHỈ THỊ VỚI HƠN 7.800 LƯỢT CÁN BỘ, ĐẢNG VIÊN THAM DỰ; TỶ LỆ ĐẢNG VIÊN THAM GIA HỌC TẬP ĐẠT 97,8%.

Ảnh: 4 đại biểu trình bày tham luận tại hội nghị sơ kết. (Ảnh: MINH KHANG)

Ngày 10/7, Ban Tuyên giáo Quận ủy Quận 10 tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2019 và triển khai nhiệm vụ 6 tháng cuối năm. Quận 10 hiện có 15 phường, khoảng 240.000 dân; Đảng bộ quận có 62 tổ chức cơ sở đảng với hơn 9.600 đảng viên.

Theo báo cáo, các chi bộ trực thuộc đã tổ chức 318 buổi sinh hoạt chuyên đề gắn với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị; Ban Tuyên giáo phối hợp Trung tâm Bồi dưỡng chính trị quận mở 9 lớp bồi dưỡng lý luận chính trị, nghiệp vụ công tác tuyên giáo cho 612 học viên.

Công tác tuyên truyền miệng tiếp tục là thế mạnh của quận. Đội ngũ 86 báo cáo viên cấp quận và phường đã thực hiện 274 buổi nói chuyện thời sự, chính sách tại khu phố, trường học, chợ, thu hút khoảng 21.500 lượt người nghe. Quận ủy tổ chức 2 hội nghị báo cáo viên định kỳ, thông tin về tình hình Biển Đông, dự án cải tạo các lô chung cư cũ trên đường Lý Thường Kiệt và kết quả Kỳ họp thứ 7, Quốc hội khóa XIV.

Trên không gian mạng, các phường duy trì 47 nhóm Zalo khu phố, kết nối gần 6.300 thành viên là tổ trưởng, tổ phó dân phố, chi ủy viên và cư dân. Trang thông tin điện tử Quận 10 và fanpage “Quận 10 – Ngày mới” đã đăng 1.126 tin, bài, ảnh; fanpage hiện có 18.240 người theo dõi.

Công tác nắm bắt dư luận xã hội có chuyển biến rõ. Đội ngũ 35 cộng tác viên dư luận xã hội của quận đã gửi 58 báo cáo phản ánh tâm tư của người dân, tập trung vào việc sắp xếp lại các sạp kinh doanh tại chợ Nhật Tảo và giá điện điều chỉnh tăng 8,36% từ ngày 20/3.

“Sáu tháng qua, chúng tôi đã phát hành 6 số bản tin ‘Thông tin sinh hoạt chi bộ’, in 12.000 bản gửi đến tận các chi bộ khu phố”, đồng chí Lê Văn Minh, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Quận 10 cho biết.

Với kết quả này, Quận 10 là một trong 5 đơn vị dẫn đầu Cụm thi đua số 3 của Ban Tuyên giáo Thành ủy trong 6 tháng đầu năm. Dịp này, Ban Thường vụ Quận ủy khen thưởng 7 tập thể và 15 cá nhân có thành tích xuất sắc trong công tác tuyên giáo; đồng thời đề nghị Ban Tuyên giáo Thành ủy tặng giấy khen cho 2 tập thể.

Nhiệm vụ 6 tháng cuối năm: tổ chức đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019); mở thêm 3 lớp bồi dưỡng nghiệp vụ cho tổ trưởng dân phố; phấn đấu 100% chi bộ khu phố học tập chuyên đề năm 2019.
"""
D01 = "2019-07-12"
P01 = h1(2019)

# ---------------------------------------------------------------------------------------------
T02 = """
06/10/2023 17:05

Cụm thi đua số 4: Sơ kết 9 tháng, mỗi quận một cách làm riêng

(Thanhuytphcm.vn) – Chiều 5/10, tại Hội trường Quận ủy Tân Bình (số 387A Trường Chinh, Phường 14), các quận thuộc Cụm thi đua số 4 của Ban Tuyên giáo Thành ủy gồm Tân Bình, Quận 11, Phú Nhuận và Tân Phú tổ chức hội nghị sơ kết công tác tuyên giáo 9 tháng năm 2023. Tham dự có đồng chí Trần Quốc Thịnh, Phó Trưởng ban Tuyên giáo Thành ủy.

QUẬN TÂN BÌNH: Fanpage là “cánh tay nối dài”

Chín tháng qua, Ban Tuyên giáo Quận ủy Tân Bình tham mưu tổ chức 21 hội nghị học tập, quán triệt chuyên đề năm 2023 và các kết luận của Trung ương với 12.735 lượt cán bộ, đảng viên dự, đạt tỷ lệ 96,4%. Quận ủy ban hành 27 văn bản chỉ đạo, hướng dẫn về công tác tư tưởng. Fanpage “Tân Bình ngày mới” đã đăng 1.540 tin, bài, video clip, bình quân mỗi ngày 5 – 6 tin, và hiện có 32 nghìn người theo dõi. Quận có 15 phường với khoảng 470 nghìn dân, sân bay Tân Sơn Nhất nằm trọn trên địa bàn.

QUẬN 11: Tuyên truyền song ngữ trong đồng bào người Hoa

Quận 11 có khoảng 30% dân số là người Hoa. Trong 9 tháng, Ban Tuyên giáo Quận ủy phối hợp Ban Dân vận tổ chức 64 buổi nói chuyện chuyên đề bằng tiếng Việt và tiếng Hoa tại các hội quán, chùa, trường học, với khoảng 5.200 lượt người dân tham dự; biên soạn, phát hành 4 số bản tin song ngữ, mỗi số 3.000 bản. Ban hiện quản lý 18 cộng tác viên dư luận xã hội cấp quận và 112 cộng tác viên ở 16 phường; 9 tháng đã tổng hợp 204 báo cáo dư luận xã hội. Sáu tháng đầu năm, Quận 11 xếp thứ 2/4 trong Cụm.

* Quận Phú Nhuận

Phú Nhuận là quận có diện tích nhỏ nhất thành phố, khoảng 4,88 km², với hơn 160 nghìn dân. Chín tháng năm 2023, các chi bộ trực thuộc Đảng bộ quận tổ chức 486 buổi sinh hoạt chuyên đề; Quận ủy mở 5 lớp bồi dưỡng nhận thức về Đảng với 238 học viên và 2 lớp bồi dưỡng đảng viên mới với 96 học viên. Đảng bộ quận đã triển khai 2 đợt sinh hoạt chính trị, tư tưởng về chủ đề năm 2023 của Thành phố, hiện đang sơ kết ở cơ sở.

Phát biểu chỉ đạo, đồng chí Trần Quốc Thịnh đề nghị các quận trong Cụm tập trung tuyên truyền Đại hội Đảng bộ các cấp nhiệm kỳ 2025 – 2030 và kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024); trong quý IV mỗi quận tổ chức ít nhất 1 hội nghị báo cáo viên chuyên đề. Năm 2024, Quận Phú Nhuận sẽ đảm nhận vai trò Cụm trưởng.
"""
D02 = "2023-10-06"
P02 = m9(2023)

# ---------------------------------------------------------------------------------------------
T03 = """
Trưởng ban Tuyên giáo Huyện ủy Cần Giờ: “Muốn dân nghe, phải đến tận ghe, tận bến”

Năm 2017, huyện Cần Giờ có nhiều cách làm mới trong công tác tuyên giáo ở vùng ven biển duy nhất của thành phố. Phóng viên có cuộc trao đổi với đồng chí Nguyễn Thị Bích Vân, Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Tuyên giáo Huyện ủy Cần Giờ.

Hỏi: Thưa bà, đặc thù địa bàn ảnh hưởng thế nào đến công tác tuyên giáo của huyện?

Đáp: Cần Giờ rộng khoảng 704 km², riêng rừng ngập mặn đã chiếm hơn 50% diện tích; dân số hơn 74.000 người, sống ở 6 xã và 1 thị trấn. Xã đảo Thạnh An cách trung tâm huyện hơn 1 giờ đi tàu. Nhiều bà con đi biển 15 đến 20 ngày mới về, nên chúng tôi phải “canh con nước”, chờ ghe cập bến rồi mới tổ chức nói chuyện.

Hỏi: Vậy kết quả nổi bật trong năm là gì?

Đáp: Trong năm, Huyện ủy tổ chức 18 hội nghị học tập, quán triệt Nghị quyết Trung ương 4, 5, 6 khóa XII với 4.960 lượt cán bộ, đảng viên; số đảng viên tham gia học tập đạt 95,6%. Ngoài ra còn có 1.230 lượt quần chúng nòng cốt được học tập các chuyên đề. Các báo cáo viên, tuyên truyền viên tổ chức 142 buổi tuyên truyền miệng tại ấp, bến cá, chợ, khoảng 9.800 lượt người nghe. Huyện ủy mở 3 lớp bồi dưỡng nghiệp vụ cho 174 tuyên truyền viên cơ sở và khen thưởng 6 tập thể, 19 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Hỏi: Còn trên không gian mạng, thưa bà?

Đáp: Trang Facebook “Cần Giờ Xanh” của Ban ra mắt hồi tháng 4; trong năm, trang đăng 386 tin, bài và hiện có gần 7.500 người theo dõi. Các xã, thị trấn lập 23 nhóm Zalo với khoảng 2.900 thành viên, chủ yếu là chi ủy viên, trưởng ấp, hội viên phụ nữ, đoàn viên.

Hỏi: Công tác nắm bắt dư luận xã hội được thực hiện ra sao?

Đáp: Huyện có 27 cộng tác viên dư luận xã hội. Trong năm, anh chị em gửi 64 báo cáo định kỳ và 12 báo cáo đột xuất về tình hình tư tưởng, dư luận, nhất là quanh dự án khu đô thị du lịch lấn biển rộng 2.870 ha. Có lần một ngư dân ở ấp Thạnh Bình nói với tôi: ‘Nhà tôi 5 người, ai cũng đọc tin trên nhóm Zalo của ấp’. Nghe vậy mừng lắm.

Hỏi: Năm 2018, huyện đặt mục tiêu gì?

Đáp: Chúng tôi dự kiến mở thêm 4 lớp bồi dưỡng cho khoảng 200 tuyên truyền viên, phấn đấu 100% ấp có tổ tuyên truyền, mỗi tổ ít nhất 3 người, và đưa bản tin ra xã đảo mỗi tuần 2 lần.

Hỏi: Xin cảm ơn bà!
"""
D03 = "2017-12-27"
P03 = year(2017)

# ---------------------------------------------------------------------------------------------
T04 = """
Quý I/2021: Lượt đảng viên học tập nghị quyết tăng 18% so với cùng kỳ

Ngày 14-4-2021, Ban Tuyên giáo Thành ủy TPHCM tổ chức hội nghị giao ban công tác tuyên giáo quý I năm 2021, triển khai nhiệm vụ quý II.

Theo báo cáo, dù dịch COVID-19 bùng phát lần thứ 3 vào cuối tháng 1/2021, trong quý I, hệ thống tuyên giáo thành phố vẫn tổ chức 1.284 hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XI Đảng bộ Thành phố, thu hút 286.400 lượt cán bộ, đảng viên, tăng 18% so với cùng kỳ năm 2020. Tỷ lệ đảng viên tham gia học tập bình quân đạt 94,72%, cao hơn cùng kỳ 1,3 điểm phần trăm.

Ban Tuyên giáo Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành 19 văn bản chỉ đạo, hướng dẫn; tổ chức 3 hội nghị báo cáo viên Thành ủy theo hình thức trực tiếp kết hợp trực tuyến. Đội ngũ báo cáo viên Thành ủy hiện có 112 đồng chí (bổ sung 9 đồng chí trong quý).

Mạng lưới 1.047 cộng tác viên dư luận xã hội các cấp đã gửi 3.926 báo cáo, tăng 426 báo cáo so với cùng kỳ; trên cơ sở đó, Ban tổng hợp 13 báo cáo nhanh về dư luận xã hội gửi Thường trực Thành ủy. Dư luận quan tâm nhiều đến công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026 với khoảng 7,4 triệu cử tri của thành phố, cùng việc giá xăng tăng 4 lần liên tiếp.

Về báo chí, các cơ quan báo, đài của thành phố đăng, phát hơn 9.500 tin, bài về Đại hội XIII của Đảng và công tác bầu cử, gấp rưỡi cùng kỳ. Ban Tuyên giáo Thành ủy hiện quản lý 2 trang thông tin điện tử và 5 trang mạng xã hội chính danh; riêng trong quý, các trang này đăng 2.315 tin, bài, video, số người theo dõi fanpage “Thành ủy TPHCM” hiện nay khoảng 410 nghìn.

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 12 tập thể và 20 cá nhân có thành tích trong công tác tuyên truyền phòng, chống dịch COVID-19.

Quý II, Ban Tuyên giáo Thành ủy sẽ tổ chức 2 hội nghị báo cáo viên chuyên đề, hướng dẫn tuyên truyền kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2021) và Ngày bầu cử 23/5/2021. Theo số liệu thống kê, GRDP thành phố quý I tăng 4,59%.
"""
D04 = "2021-04-14"
P04 = quarter(1, 2021)

DOCS = [
    Doc("h13_01_quan10_h1_2019", T01, Q10, P01, D01, "text", facts=[
        F("46 HỘI NGHỊ HỌC TẬP", 46, "study_sessions"),
        F("HƠN 7.800 LƯỢT CÁN BỘ, ĐẢNG VIÊN", 7800, "study_attendance", "at_least",
          "party_members"),
        F("ĐẠT 97,8%", 97.8, "study_participation_rate"),
        F("318 buổi sinh hoạt chuyên đề", 318, "party_cell_discussions"),
        F("mở 9 lớp bồi dưỡng", 9, "training_classes"),
        F("cho 612 học viên", 612, "trainees"),
        F("Đội ngũ 86 báo cáo viên", 86, "reporters", p=end_of(P01)),
        F("274 buổi nói chuyện", 274, "oral_propaganda_sessions"),
        F("khoảng 21.500 lượt người nghe", 21500, "propaganda_audience", "approx"),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("duy trì 47 nhóm Zalo", 47, "chat_groups", p=end_of(P01)),
        F("gần 6.300 thành viên", 6300, "chat_group_members", "at_most", p=end_of(P01)),
        F("đã đăng 1.126 tin, bài, ảnh", 1126, "news_items"),
        F("hiện có 18.240 người theo dõi", 18240, "propaganda_audience", p=inst(D01)),
        F("Đội ngũ 35 cộng tác viên", 35, "opinion_collaborators", p=end_of(P01)),
        F("gửi 58 báo cáo", 58, "opinion_reports"),
        F("phát hành 6 số bản tin", 6, "news_items"),
        F("in 12.000 bản", 12000, "other"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("12/07/2019", 12), ("09:20", 9), ("GMT+7", 7), ("Quận 10", 10),
              ("QUẬN 10", 10), ("NĂM 2019", 2019), ("Ảnh: 4 đại biểu", 4), ("Ngày 10/7", 10),
              ("6 tháng đầu năm", 6), ("6 tháng cuối năm", 6), ("năm 2019", 2019),
              ("15 phường", 15), ("khoảng 240.000 dân", 240000),
              ("62 tổ chức cơ sở đảng", 62), ("hơn 9.600 đảng viên", 9600),
              ("05-CT/TW", 5), ("Kỳ họp thứ 7", 7), ("khóa XIV", 14), ("tăng 8,36%", 8.36),
              ("ngày 20/3", 20), ("một trong 5 đơn vị dẫn đầu", 5), ("Cụm thi đua số 3", 3),
              ("cho 2 tập thể", 2), ("50 năm", 50), ("(1969 – 2019)", 1969),
              ("(1969 – 2019)", 2019), ("thêm 3 lớp", 3), ("100% chi bộ", 100)]),
    Doc("h13_02_cum4_tanbinh_q11_phunhuan_9m_2023", T02, TANBINH, P02, D02, "text", facts=[
        F("tổ chức 21 hội nghị học tập", 21, "study_sessions", unit=TANBINH),
        F("12.735 lượt cán bộ, đảng viên", 12735, "study_attendance", a="party_members",
          unit=TANBINH),
        F("đạt tỷ lệ 96,4%", 96.4, "study_participation_rate", unit=TANBINH),
        F("ban hành 27 văn bản", 27, "documents_issued", unit=TANBINH),
        F("đã đăng 1.540 tin, bài, video clip", 1540, "news_items", unit=TANBINH),
        F("hiện có 32 nghìn người theo dõi", 32000, "propaganda_audience", unit=TANBINH,
          p=inst(D02)),
        F("64 buổi nói chuyện", 64, "oral_propaganda_sessions", unit=Q11),
        F("khoảng 5.200 lượt người dân", 5200, "propaganda_audience", "approx", "masses",
          unit=Q11),
        F("phát hành 4 số bản tin", 4, "news_items", unit=Q11),
        F("hiện quản lý 18 cộng tác viên", 18, "opinion_collaborators", unit=Q11,
          p=inst(D02)),
        F("112 cộng tác viên", 112, "opinion_collaborators", unit=Q11, p=inst(D02)),
        F("tổng hợp 204 báo cáo", 204, "opinion_reports", unit=Q11),
        F("486 buổi sinh hoạt chuyên đề", 486, "party_cell_discussions", unit=PHUNHUAN),
        F("mở 5 lớp bồi dưỡng", 5, "training_classes", unit=PHUNHUAN),
        F("với 238 học viên", 238, "trainees", unit=PHUNHUAN),
        F("2 lớp bồi dưỡng đảng viên mới", 2, "training_classes", unit=PHUNHUAN),
        F("với 96 học viên", 96, "trainees", unit=PHUNHUAN),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=PHUNHUAN),
    ], traps=[("06/10/2023", 6), ("17:05", 17), ("Cụm thi đua số 4", 4),
              ("Sơ kết 9 tháng", 9), ("Chiều 5/10", 5), ("số 387A", 387),
              ("Phường 14", 14), ("Quận 11", 11), ("QUẬN 11", 11),
              ("9 tháng năm 2023", 9), ("chuyên đề năm 2023", 2023),
              ("mỗi ngày 5 – 6 tin", 5), ("mỗi ngày 5 – 6 tin", 6), ("15 phường", 15),
              ("khoảng 470 nghìn dân", 470000), ("khoảng 30% dân số", 30),
              ("Trong 9 tháng", 9), ("mỗi số 3.000 bản", 3000), ("ở 16 phường", 16),
              ("9 tháng đã", 9), ("xếp thứ 2/4", 2), ("khoảng 4,88 km²", 4.88),
              ("hơn 160 nghìn dân", 160000), ("Chín tháng năm 2023", 2023),
              ("chủ đề năm 2023", 2023), ("nhiệm kỳ 2025 – 2030", 2025),
              ("70 năm", 70), ("(7/5/1954 – 7/5/2024)", 7), ("ít nhất 1 hội nghị", 1),
              ("Năm 2024", 2024)]),
    Doc("h13_03_cangio_phongvan_2017", T03, CANGIO, P03, D03, "sidecar",
        meta={"date": D03}, facts=[
        F("tổ chức 18 hội nghị", 18, "study_sessions"),
        F("4.960 lượt cán bộ, đảng viên", 4960, "study_attendance", a="party_members"),
        F("đạt 95,6%", 95.6, "study_participation_rate"),
        F("1.230 lượt quần chúng", 1230, "study_attendance", a="masses"),
        F("142 buổi tuyên truyền miệng", 142, "oral_propaganda_sessions"),
        F("khoảng 9.800 lượt người nghe", 9800, "propaganda_audience", "approx"),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes"),
        F("cho 174 tuyên truyền viên", 174, "trainees"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
        F("trang đăng 386 tin, bài", 386, "news_items"),
        F("gần 7.500 người theo dõi", 7500, "propaganda_audience", "at_most", p=inst(D03)),
        F("lập 23 nhóm Zalo", 23, "chat_groups", p=end_of(P03)),
        F("khoảng 2.900 thành viên", 2900, "chat_group_members", "approx", p=end_of(P03)),
        F("Huyện có 27 cộng tác viên", 27, "opinion_collaborators", p=end_of(P03)),
        F("gửi 64 báo cáo định kỳ", 64, "opinion_reports"),
        F("12 báo cáo đột xuất", 12, "opinion_reports"),
    ], traps=[("Năm 2017", 2017), ("khoảng 704 km²", 704), ("hơn 50% diện tích", 50),
              ("hơn 74.000 người", 74000), ("6 xã", 6), ("1 thị trấn", 1),
              ("hơn 1 giờ", 1), ("15 đến 20 ngày", 15), ("15 đến 20 ngày", 20),
              ("Trung ương 4, 5, 6", 4), ("Trung ương 4, 5, 6", 5),
              ("Trung ương 4, 5, 6", 6), ("khóa XII", 12), ("tháng 4", 4),
              ("rộng 2.870 ha", 2870), ("Nhà tôi 5 người", 5), ("Năm 2018", 2018),
              ("thêm 4 lớp", 4), ("khoảng 200 tuyên truyền viên", 200), ("100% ấp", 100),
              ("ít nhất 3 người", 3), ("mỗi tuần 2 lần", 2)]),
    Doc("h13_04_tphcm_q1_2021", T04, HCM, P04, D04, "text", facts=[
        F("tổ chức 1.284 hội nghị", 1284, "study_sessions"),
        F("286.400 lượt cán bộ, đảng viên", 286400, "study_attendance", a="party_members"),
        F("bình quân đạt 94,72%", 94.72, "study_participation_rate"),
        F("ban hành 19 văn bản", 19, "documents_issued"),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("hiện có 112 đồng chí", 112, "reporters", p=inst(D04)),
        F("Mạng lưới 1.047 cộng tác viên", 1047, "opinion_collaborators", p=end_of(P04)),
        F("gửi 3.926 báo cáo", 3926, "opinion_reports"),
        F("tổng hợp 13 báo cáo nhanh", 13, "opinion_reports"),
        F("hơn 9.500 tin, bài", 9500, "news_items", "at_least"),
        F("quản lý 2 trang thông tin điện tử", 2, "websites", p=inst(D04)),
        F("5 trang mạng xã hội", 5, "social_pages", p=inst(D04)),
        F("đăng 2.315 tin, bài, video", 2315, "news_items"),
        F("hiện nay khoảng 410 nghìn", 410000, "propaganda_audience", "approx",
          p=inst(D04)),
        F("cho 12 tập thể", 12, "commended_collectives"),
        F("20 cá nhân", 20, "commended_individuals"),
    ], traps=[("Quý I/2021", 2021), ("tăng 18%", 18), ("Ngày 14-4-2021", 14),
              ("quý I năm 2021", 2021), ("lần thứ 3", 3), ("tháng 1/2021", 1),
              ("Đại hội XIII", 13), ("Đại hội XI Đảng bộ", 11), ("cùng kỳ năm 2020", 2020),
              ("1,3 điểm phần trăm", 1.3), ("bổ sung 9 đồng chí", 9),
              ("tăng 426 báo cáo", 426), ("khóa XV", 15), ("nhiệm kỳ 2021 – 2026", 2021),
              ("khoảng 7,4 triệu cử tri", 7400000), ("tăng 4 lần", 4),
              ("2 hội nghị báo cáo viên chuyên đề", 2), ("131 năm", 131),
              ("(19/5/1890 – 19/5/2021)", 19), ("23/5/2021", 23), ("tăng 4,59%", 4.59)]),
]
