"""Fourteenth held-out set (holdout14), part 2: Hanoi districts before the 2025 merger (Huyện
Gia Lâm hội nghị báo cáo viên, quý I 2023, sidecar date; Huyện Thạch Thất annual "Báo cáo tổng
kết" 2021 in list lines; Quận Tây Hồ 9 months 2024 with "x/y" and "chiếm x%"; Quận Hai Bà
Trưng short item, tháng 5/2017, sidecar date). Written from docs/LABELING.md, the builder, one
earlier label source (format only) and the seeds, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- h14_05 has no date in its text: the sidecar gives 2023-04-12, which ends "từ đầu năm đến
  nay" and dates the "hiện có / hiện nay / đến nay" stocks. The Trưởng ban's quoted figures and
  those "Theo bà Huyền" are the unit's; a grassroots lecturer's quotation is an anecdote. The
  city lecturer's GRDP and FDI figures are traps (growth, money).
- h14_06: list lines under numbered headings count what the heading names. "Nhóm Zalo ...:
  218, hiện có 36.400 thành viên": the groups take the year's end, the members the document
  date. A line counting reports sent to the city is `other` (no opinion word). "37 định kỳ,
  15 đột xuất" share the line's purpose (opinion reports).
- h14_07: "5.862/6.104 đồng chí" → the numerator; "242 đảng viên chưa tham gia, chiếm 3,96%":
  both `other` (non-participants and their share); "1.048/1.114 buổi ... chiếm 94,1%": the
  sessions are party-cell discussions, the share of sessions is `other` (no attendees after
  it). "hiện có 32/35 đồng chí" → 32 lecturers at the document date; "7/10 hội nghị" → 7
  conferences, the plan's 10 a trap. "8/8 nhóm Zalo" → 8 groups. The collaborators'
  network without a marker takes the period's end (2024-09-30). "1.350 hộ kinh doanh" reached
  by propaganda are its audience (all).
- h14_08: a 4-sentence item; "trên 25 tuyến phố" is a place (trap), "20 phường" the wards
  the unit covers (trap).
"""
from build_gold import Doc, F, U, end_of, inst, m9, month, quarter, since, year

GIA_LAM, THACH_THAT = U("Huyện Gia Lâm"), U("Huyện Thạch Thất")
TAY_HO, HBT = U("Quận Tây Hồ"), U("Quận Hai Bà Trưng")

# ---------------------------------------------------------------------------------------------
T05 = """
Gia Lâm: Thông tin kịp thời, định hướng sớm qua hội nghị báo cáo viên

Huyện ủy Gia Lâm vừa tổ chức hội nghị báo cáo viên định kỳ, thông tin kết quả công tác tuyên giáo quý I năm 2023 và một số vấn đề thời sự nổi bật trong nước, quốc tế. Hội nghị được tổ chức tại Trung tâm Chính trị huyện, số 6 đường Cổ Bi, với sự tham gia của báo cáo viên cấp huyện và cán bộ tuyên giáo của 22 xã, thị trấn. Gia Lâm là cửa ngõ phía Đông của Thủ đô với dân số hơn 290 nghìn người.

Trình bày báo cáo, đồng chí Nguyễn Thị Thanh Huyền, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm cho biết: “Quý I, chúng tôi tập trung tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng và triển khai học tập chuyên đề năm 2023. Toàn huyện đã tổ chức 31 hội nghị học tập, quán triệt với gần 9.800 lượt cán bộ, đảng viên tham dự; tỷ lệ đảng viên tham gia đạt 95,7%.”

Theo bà Huyền, Ban Tuyên giáo đã phối hợp Trung tâm Văn hóa – Thông tin và Thể thao huyện đăng, phát 426 tin, bài, phóng sự trên Cổng thông tin điện tử huyện và hệ thống truyền thanh cơ sở; trang fanpage “Gia Lâm ngày nay” hiện có trên 27.000 người theo dõi. Tại 22 xã, thị trấn, lực lượng tuyên truyền viên tổ chức 148 buổi tuyên truyền miệng ở thôn, tổ dân phố, thu hút khoảng 12.500 lượt người dân, bình quân mỗi buổi gần 85 người.

“Các chi bộ đã tổ chức 612 buổi sinh hoạt chuyên đề. Đến nay, huyện duy trì 23 nhóm Zalo tuyên truyền với gần 41.000 thành viên”, bà Huyền nói.

Đội ngũ cộng tác viên dư luận xã hội của huyện hiện có 68 người. Trong quý, Ban Tuyên giáo Huyện ủy tổng hợp 11 báo cáo tình hình dư luận xã hội gửi Ban Thường vụ Huyện ủy và Ban Tuyên giáo Thành ủy. Đội ngũ báo cáo viên cấp huyện hiện nay gồm 35 đồng chí. Tính cả hội nghị này, từ đầu năm đến nay huyện đã tổ chức 3 hội nghị báo cáo viên. Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 7 báo cáo viên có nhiều đóng góp trong quý.

Chia sẻ tại hội nghị, một báo cáo viên cơ sở ở xã Bát Tràng kể: “Làng tôi có hơn 1.000 hộ làm gốm, ban ngày ai cũng bận nên chúng tôi nói chuyện lúc 20 giờ, có hôm tới 150 người.”

Tại hội nghị, báo cáo viên của Ban Tuyên giáo Thành ủy thông tin về tình hình kinh tế – xã hội của Thủ đô: quý I năm 2023, GRDP thành phố tăng 5,82%, thu hút vốn FDI đạt khoảng 172 triệu USD.

Quý II, Ban Tuyên giáo Huyện ủy dự kiến mở 4 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở, tổ chức sơ kết 2 năm thực hiện Kết luận số 01-KL/TW và phát động cuộc thi viết về gương điển hình, hướng tới kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh.

Minh Khuê
"""
D05 = "2023-04-12"
P05 = quarter(1, 2023)

# ---------------------------------------------------------------------------------------------
T06 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY THẠCH THẤT
BAN TUYÊN GIÁO
Số 76-BC/BTGHU

ĐẢNG CỘNG SẢN VIỆT NAM
Thạch Thất, ngày 20 tháng 12 năm 2021

BÁO CÁO TỔNG KẾT
Công tác tuyên giáo năm 2021, phương hướng, nhiệm vụ năm 2022

Năm 2021 là năm đầu thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 – 2025, trong bối cảnh dịch Covid-19 diễn biến phức tạp. Huyện có 22 xã, 1 thị trấn với dân số hơn 210 nghìn người; Đảng bộ huyện có 54 tổ chức cơ sở đảng với trên 9.300 đảng viên. Ban Tuyên giáo Huyện ủy báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2021

1. Tham mưu, chỉ đạo
- Văn bản lãnh đạo, chỉ đạo, hướng dẫn đã ban hành: 64;
- Báo cáo định kỳ, chuyên đề về công tác tuyên giáo gửi Ban Tuyên giáo Thành ủy: 38.

2. Học tập, quán triệt nghị quyết
- Hội nghị cấp huyện (trực tiếp kết hợp trực tuyến): 04;
- Số lớp ở cơ sở: 163;
- Lượt cán bộ, đảng viên dự: 8.916; tỷ lệ đảng viên tham gia đạt 95,9%;
- Lượt quần chúng dự: 4.205;
- Bài thu hoạch của đảng viên: 8.540;
- Đảng viên chưa tham gia: 381 người (đi làm ăn xa, ốm đau).

3. Tuyên truyền, báo cáo viên
- Hội nghị báo cáo viên cấp huyện: 08;
- Báo cáo viên cấp huyện hiện có: 27 đồng chí;
- Buổi tuyên truyền miệng tại thôn, cụm dân cư: 356; lượt người nghe: khoảng 21.400;
- Tin, bài đăng trên Cổng thông tin điện tử huyện: 1.245;
- Chương trình phát thanh của Đài Truyền thanh huyện: 312;
- Băng rôn, khẩu hiệu, pano, áp phích: 2.150;
- Nhóm Zalo thôn, tổ dân phố: 218, hiện có 36.400 thành viên;
- Trang mạng xã hội của các cơ quan, đoàn thể huyện: 26.

4. Nắm bắt, định hướng dư luận xã hội
- Cộng tác viên dư luận xã hội cấp huyện: 45 người;
- Báo cáo tình hình tư tưởng, dư luận xã hội: 37 định kỳ, 15 đột xuất.

5. Giáo dục lý luận chính trị
- Lớp bồi dưỡng lý luận chính trị, nghiệp vụ: 12; học viên: 986.

6. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
- Tập thể được khen thưởng: 15; cá nhân được khen thưởng: 32;
- Cuộc thi “Tìm hiểu lịch sử Đảng bộ huyện Thạch Thất” – bài dự thi: 6.732;
- Đợt sinh hoạt chính trị, tư tưởng đã triển khai: 02.

II. HẠN CHẾ, NGUYÊN NHÂN

Do dịch Covid-19, nhiều thời điểm phải dừng các hoạt động tập trung đông người; có hội nghị chỉ tổ chức được với dưới 30 người theo quy định phòng dịch. Một số xã chưa cập nhật thường xuyên thông tin trên nhóm Zalo.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022

- Học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII, bảo đảm 100% chi bộ triển khai;
- Duy trì 08 hội nghị báo cáo viên, mở 12 lớp bồi dưỡng, phát triển thêm 20 nhóm Zalo;
- Tuyên truyền kỷ niệm 75 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2022).

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu BTG.

TRƯỞNG BAN
Kiều Văn Thắng
"""
D06 = "2021-12-20"
P06 = year(2021)

# ---------------------------------------------------------------------------------------------
T07 = """
07/10/2024 09:30 GMT+7

Tây Hồ: Nghị quyết về đến chi bộ, thông tin tới từng tổ dân phố

TTO - Chín tháng đầu năm 2024, Ban Tuyên giáo Quận ủy Tây Hồ (Hà Nội) triển khai đồng bộ việc học tập nghị quyết và tuyên truyền trên không gian mạng, nhiều chỉ tiêu đạt và vượt kế hoạch.

Quận Tây Hồ có diện tích khoảng 24 km², trong đó mặt nước Hồ Tây và các đầm, hồ chiếm gần 22% diện tích; trên địa bàn có khoảng 4.500 người nước ngoài sinh sống. Đảng bộ quận hiện có 186 chi bộ trực thuộc các đảng bộ cơ sở với hơn 6.100 đảng viên.

Theo báo cáo của Ban Tuyên giáo Quận ủy, 9 tháng qua quận ban hành 19 văn bản lãnh đạo, chỉ đạo về công tác tuyên giáo. Việc học tập, quán triệt Kết luận 21-KL/TW và các chuyên đề của Thành ủy được tổ chức chặt chẽ: số đảng viên tham gia học tập là 5.862/6.104 đồng chí, đạt 96,04%; 242 đảng viên chưa tham gia, chiếm 3,96%, chủ yếu do ốm đau, đi công tác xa. 100% cấp ủy viên quận và phường dự học đầy đủ.

Các chi bộ đã tổ chức 1.048/1.114 buổi sinh hoạt thường kỳ có nội dung thảo luận nghị quyết, chiếm 94,1% tổng số buổi sinh hoạt.

Công tác báo cáo viên được kiện toàn, đội ngũ báo cáo viên Quận ủy hiện có 32/35 đồng chí theo định biên. Kế hoạch năm giao 10 hội nghị báo cáo viên, đến hết quý III quận đã tổ chức 7/10 hội nghị.

Trên không gian mạng, Cổng thông tin điện tử quận đăng 946 tin, bài, đạt 118% kế hoạch năm; fanpage “Tây Hồ – Hà Nội” có hơn 1,6 triệu lượt tiếp cận. Quận hiện duy trì 8/8 nhóm Zalo của các phường và 152 nhóm Zalo tổ dân phố, với khoảng 23.800 thành viên.

Các phường tổ chức 214 buổi tuyên truyền miệng, nói chuyện chuyên đề tại tổ dân phố, khu chung cư, thu hút 14.520 lượt người dân; riêng tại khu vực Quảng An, Nhật Tân, nơi tập trung nhiều cơ sở lưu trú, đã tuyên truyền tới 1.350 hộ kinh doanh homestay, nhà nghỉ.

Mạng lưới cộng tác viên dư luận xã hội gồm 48 người đã gửi 27 báo cáo phản ánh tâm tư, dư luận của nhân dân quanh việc cải tạo, chỉnh trang các tuyến đường ven hồ.

Hội thi “Tây Hồ – 29 năm xây dựng và phát triển” thu hút 3.146 bài dự thi; ban tổ chức trao 28 giải cho tập thể và cá nhân. Dịp này, Ban Thường vụ Quận ủy khen thưởng 5 tập thể và 13 cá nhân xuất sắc.

“Ba tháng cuối năm, quận sẽ tập trung tuyên truyền kỷ niệm 70 năm Ngày Giải phóng Thủ đô và chuẩn bị đại hội chi bộ nhiệm kỳ 2025 – 2027”, bà Nguyễn Thị Minh Nguyệt, Trưởng ban Tuyên giáo Quận ủy Tây Hồ, cho biết.

Lê Hạnh
"""
D07 = "2024-10-07"
P07 = m9(2024)

# ---------------------------------------------------------------------------------------------
T08 = """
Hai Bà Trưng: Sôi nổi các hoạt động kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh

Trong tháng 5/2017, Ban Tuyên giáo Quận ủy Hai Bà Trưng phối hợp với 20 phường tổ chức 64 buổi nói chuyện chuyên đề về cuộc đời, sự nghiệp của Chủ tịch Hồ Chí Minh, thu hút gần 5.200 lượt cán bộ, đảng viên và nhân dân. Các đơn vị treo 860 băng rôn, khẩu hiệu trên 25 tuyến phố chính; Cổng thông tin điện tử quận đăng 48 tin, bài về chủ đề này. Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 6 tập thể và 10 cá nhân điển hình trong học tập và làm theo Bác.
"""
D08 = "2017-06-05"
P08 = month(5, 2017)

DOCS = [
    Doc("h14_05_gialam_bcv_q1_2023", T05, GIA_LAM, P05, D05, "sidecar", meta={"date": D05},
        facts=[
        F("tổ chức 31 hội nghị học tập", 31, "study_sessions"),
        F("gần 9.800 lượt cán bộ, đảng viên", 9800, "study_attendance", "at_most",
          a="party_members"),
        F("tham gia đạt 95,7%", 95.7, "study_participation_rate"),
        F("phát 426 tin, bài", 426, "news_items"),
        F("trên 27.000 người theo dõi", 27000, "propaganda_audience", "at_least",
          p=inst(D05)),
        F("148 buổi tuyên truyền miệng", 148, "oral_propaganda_sessions"),
        F("khoảng 12.500 lượt người dân", 12500, "propaganda_audience", "approx", a="masses"),
        F("612 buổi sinh hoạt chuyên đề", 612, "party_cell_discussions"),
        F("23 nhóm Zalo", 23, "chat_groups", p=inst(D05)),
        F("gần 41.000 thành viên", 41000, "chat_group_members", "at_most", p=inst(D05)),
        F("hiện có 68 người", 68, "opinion_collaborators", p=inst(D05)),
        F("tổng hợp 11 báo cáo", 11, "opinion_reports"),
        F("gồm 35 đồng chí", 35, "reporters", p=inst(D05)),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences",
          p=since("2023-01-01", D05)),
        F("giấy khen cho 7 báo cáo viên", 7, "commended_individuals"),
    ], traps=[("quý I năm 2023", 2023), ("số 6 đường Cổ Bi", 6), ("22 xã, thị trấn", 22),
              ("93 năm", 93), ("chuyên đề năm 2023", 2023), ("mỗi buổi gần 85 người", 85),
              ("hơn 1.000 hộ", 1000), ("20 giờ", 20), ("150 người", 150),
              ("tăng 5,82%", 5.82), ("khoảng 172 triệu USD", 172000000),
              ("mở 4 lớp", 4), ("sơ kết 2 năm", 2), ("01-KL/TW", 1),
              ("hơn 290 nghìn người", 290000), ("133 năm", 133)]),
    Doc("h14_06_thachthat_tongket_2021", T06, THACH_THAT, P06, D06, "text", facts=[
        F("hướng dẫn đã ban hành: 64", 64, "documents_issued"),
        F("gửi Ban Tuyên giáo Thành ủy: 38", 38, "other"),
        F("(trực tiếp kết hợp trực tuyến): 04", 4, "study_sessions"),
        F("Số lớp ở cơ sở: 163", 163, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 8.916", 8916, "study_attendance", a="party_members"),
        F("tham gia đạt 95,9%", 95.9, "study_participation_rate"),
        F("Lượt quần chúng dự: 4.205", 4205, "study_attendance", a="masses"),
        F("Bài thu hoạch của đảng viên: 8.540", 8540, "other"),
        F("chưa tham gia: 381 người", 381, "other"),
        F("Hội nghị báo cáo viên cấp huyện: 08", 8, "reporter_conferences"),
        F("hiện có: 27 đồng chí", 27, "reporters", p=inst(D06)),
        F("cụm dân cư: 356", 356, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 21.400", 21400, "propaganda_audience", "approx"),
        F("Cổng thông tin điện tử huyện: 1.245", 1245, "news_items"),
        F("Đài Truyền thanh huyện: 312", 312, "news_items"),
        F("áp phích: 2.150", 2150, "other"),
        F("tổ dân phố: 218", 218, "chat_groups", p=end_of(P06)),
        F("hiện có 36.400 thành viên", 36400, "chat_group_members", p=inst(D06)),
        F("đoàn thể huyện: 26", 26, "social_pages", p=end_of(P06)),
        F("cấp huyện: 45 người", 45, "opinion_collaborators", p=end_of(P06)),
        F("37 định kỳ", 37, "opinion_reports"),
        F("15 đột xuất", 15, "opinion_reports"),
        F("nghiệp vụ: 12", 12, "training_classes"),
        F("học viên: 986", 986, "trainees"),
        F("Tập thể được khen thưởng: 15", 15, "commended_collectives"),
        F("cá nhân được khen thưởng: 32", 32, "commended_individuals"),
        F("bài dự thi: 6.732", 6732, "contest_entries"),
        F("đã triển khai: 02", 2, "political_campaigns"),
    ], traps=[("Số 76-BC/BTGHU", 76), ("ngày 20 tháng 12 năm 2021", 20),
              ("lần thứ XXIV", 24), ("nhiệm kỳ 2020 – 2025", 2020), ("Covid-19", 19),
              ("22 xã, 1 thị trấn", 22), ("1 thị trấn", 1), ("hơn 210 nghìn người", 210000),
              ("54 tổ chức cơ sở đảng", 54), ("trên 9.300 đảng viên", 9300),
              ("NHIỆM VỤ NĂM 2021", 2021), ("1. Tham mưu", 1), ("2. Học tập", 2),
              ("3. Tuyên truyền", 3), ("4. Nắm bắt", 4), ("5. Giáo dục", 5),
              ("6. Học tập và làm theo", 6), ("dưới 30 người", 30),
              ("NHIỆM VỤ NĂM 2022", 2022), ("Trung ương 4", 4), ("khóa XIII", 13),
              ("100% chi bộ", 100), ("Duy trì 08 hội nghị", 8), ("mở 12 lớp", 12),
              ("thêm 20 nhóm", 20), ("75 năm", 75), ("27/7/1947 – 27/7/2022", 27)]),
    Doc("h14_07_tayho_9m_2024", T07, TAY_HO, P07, D07, "text", facts=[
        F("ban hành 19 văn bản", 19, "documents_issued"),
        F("là 5.862/6.104 đồng chí", 5862, "study_attendance", a="party_members"),
        F("đạt 96,04%", 96.04, "study_participation_rate"),
        F("242 đảng viên chưa tham gia", 242, "other"),
        F("chiếm 3,96%", 3.96, "other"),
        F("100% cấp ủy viên", 100, "study_participation_rate"),
        F("tổ chức 1.048/1.114 buổi sinh hoạt", 1048, "party_cell_discussions"),
        F("chiếm 94,1%", 94.1, "other"),
        F("hiện có 32/35 đồng chí", 32, "reporters", p=inst(D07)),
        F("đã tổ chức 7/10 hội nghị", 7, "reporter_conferences"),
        F("đăng 946 tin, bài", 946, "news_items"),
        F("hơn 1,6 triệu lượt tiếp cận", 1600000, "propaganda_audience", "at_least"),
        F("duy trì 8/8 nhóm Zalo", 8, "chat_groups", p=inst(D07)),
        F("152 nhóm Zalo", 152, "chat_groups", p=inst(D07)),
        F("khoảng 23.800 thành viên", 23800, "chat_group_members", "approx", p=inst(D07)),
        F("214 buổi tuyên truyền miệng", 214, "oral_propaganda_sessions"),
        F("14.520 lượt người dân", 14520, "propaganda_audience", a="masses"),
        F("tới 1.350 hộ kinh doanh", 1350, "propaganda_audience"),
        F("gồm 48 người", 48, "opinion_collaborators", p=end_of(P07)),
        F("gửi 27 báo cáo", 27, "opinion_reports"),
        F("3.146 bài dự thi", 3146, "contest_entries"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("13 cá nhân", 13, "commended_individuals"),
    ], traps=[("07/10/2024 09:30", 7), ("GMT+7", 7), ("khoảng 24 km²", 24),
              ("gần 22% diện tích", 22), ("khoảng 4.500 người nước ngoài", 4500),
              ("186 chi bộ", 186), ("hơn 6.100 đảng viên", 6100), ("9 tháng qua", 9),
              ("21-KL/TW", 21), ("quý III", 3), ("giao 10 hội nghị", 10),
              ("đạt 118% kế hoạch", 118), ("29 năm", 29), ("trao 28 giải", 28),
              ("Ba tháng cuối năm", 3), ("70 năm", 70), ("nhiệm kỳ 2025 – 2027", 2025)]),
    Doc("h14_08_haibatrung_t5_2017", T08, HBT, P08, D08, "sidecar", meta={"date": D08},
        facts=[
        F("64 buổi nói chuyện", 64, "oral_propaganda_sessions"),
        F("gần 5.200 lượt cán bộ, đảng viên và nhân dân", 5200, "propaganda_audience",
          "at_most"),
        F("treo 860 băng rôn", 860, "other"),
        F("đăng 48 tin, bài", 48, "news_items"),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("10 cá nhân", 10, "commended_individuals"),
    ], traps=[("Hai Bà Trưng", 2), ("127 năm", 127), ("tháng 5/2017", 5),
              ("20 phường", 20), ("trên 25 tuyến phố", 25)]),
]
