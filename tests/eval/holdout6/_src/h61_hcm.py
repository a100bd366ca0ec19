"""Sixth held-out set (holdout6), part 1: Ho Chi Minh City districts 2016-2019.
Written in session 6 from docs/LABELING.md, tests/eval/README.md, the earlier label sources
(format only) and the seeds, without reading or running the extractor."""
from build_gold import Doc, F, U, end_of, h1, inst, m9, month, quarter, since, year

Q4, Q5, Q11, TANPHU = U("Quận 4"), U("Quận 5"), U("Quận 11"), U("Quận Tân Phú")
Q7, NHABE = U("Quận 7"), U("Huyện Nhà Bè")

# ---------------------------------------------------------------------------------------------
T601 = """
Quận 4, ngày 10/01/2017

Quận 4 tổng kết công tác tuyên giáo năm 2016: Giữ vững phong trào “5 nhất” ở vùng đất bến cảng

(Thanhuytphcm.vn) – Chiều 9/1, Ban Thường vụ Quận ủy Quận 4 tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016 và triển khai nhiệm vụ năm 2017, với sự tham dự của đại diện Ban Tuyên giáo Thành ủy, lãnh đạo 15 phường và các đảng bộ cơ sở trực thuộc. Phong trào “5 nhất” mà quận phát động từ nhiều năm trước – nhanh nhất, sát nhất, gọn nhất, dễ hiểu nhất và gần dân nhất – tiếp tục là kim chỉ nam cho những người làm công tác tuyên giáo ở địa bàn có nhiều chung cư cũ và bến cảng này.

Theo báo cáo, năm qua Ban Thường vụ Quận ủy ban hành 34 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng, trong đó Kế hoạch 47-KH/QU về học tập, quán triệt Nghị quyết Đại hội XII của Đảng được triển khai chỉ 10 ngày sau khi có hướng dẫn của Ban Tuyên giáo Thành ủy, sớm nhất trong các quận, huyện của Thành phố.

Kết quả học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố được tổng hợp như sau:
- Số lớp: 58; số người dự: 9.615 lượt cán bộ, đảng viên và 2.870 lượt quần chúng;
- Tỷ lệ đảng viên được học tập: 97,46%;
- Số đảng viên chưa tham gia: 212 người, phần lớn là đảng viên được miễn sinh hoạt vì tuổi cao, sức yếu;
- Số buổi sinh hoạt chuyên đề của các chi bộ: 1.240 buổi.

Trung tâm Bồi dưỡng chính trị quận mở 11 lớp bồi dưỡng lý luận chính trị, cảm tình Đảng và nghiệp vụ công tác Đảng cho 986 học viên, gấp đôi số học viên của năm 2015, do quận tăng cường mở lớp ngay tại các chi bộ khu phố thay vì tập trung về trung tâm.

Trao đổi với phóng viên bên lề hội nghị, đồng chí Phạm Thị Ngọc Hà, Trưởng ban Tuyên giáo Quận ủy Quận 4 cho biết:

– Thưa bà, điểm mới của công tác tuyên truyền miệng năm nay là gì?
– Chúng tôi đưa báo cáo viên xuống tận các chung cư cũ ven kênh Bến Nghé. Cả năm, quận tổ chức 173 buổi tuyên truyền miệng, nói chuyện thời sự, thu hút hơn 15.000 lượt người nghe; riêng 3 tháng cao điểm trước bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 – 2021, các tổ tuyên truyền đã đến gõ cửa từng hộ.
– Lực lượng làm công tác tuyên giáo ở cơ sở hiện nay ra sao?
– Hiện quận có 52 báo cáo viên, 67 cộng tác viên dư luận xã hội và chừng 150 nhóm Zalo khu phố. Trong năm, Ban đã tổ chức 6 hội nghị báo cáo viên và tổng hợp 44 báo cáo tình hình tư tưởng gửi Ban Tuyên giáo Thành ủy. Năm 2017, chúng tôi đặt chỉ tiêu có thêm 10 báo cáo viên trẻ dưới 35 tuổi.

Trang thông tin điện tử của Quận ủy đăng tải 1.108 tin, bài, ảnh; bản tin “Sinh hoạt chi bộ” phát hành mười hai số, mỗi số in 2.500 bản. Tổng kinh phí quận dành cho công tác tuyên truyền trong năm là 1,35 tỷ đồng.

Chi bộ khu phố 3, phường 6 được Ban Tuyên giáo Thành ủy chọn làm điểm về đưa nghị quyết vào cuộc sống. Ông Lê Văn Sáu, 68 tuổi, tổ trưởng tổ dân phố 41, kể: “Năm rồi tổ tôi họp 12 lần, lần nào cũng có cán bộ phường xuống nói chuyện thời sự, bà con nghe rồi bàn luôn chuyện giữ vệ sinh hẻm.”

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc; Ban Tuyên giáo Quận ủy Quận 4 đứng thứ 2 trong Cụm thi đua 3 của Ban Tuyên giáo Thành ủy.

Năm 2017, Quận 4 đề ra mục tiêu 100% chi bộ khu phố có tổ tuyên truyền, dự kiến mở 14 lớp bồi dưỡng cho khoảng 1.100 học viên.
"""
D601 = "2017-01-10"
P601 = year(2016)

# ---------------------------------------------------------------------------------------------
T602 = """
Thứ Ba, 10/7/2018

Q.5, Q11 và Tân Phú sơ kết tuyên giáo 6 tháng đầu năm 2018: Ba cách làm, một mục tiêu

(TPHCM) – Những ngày đầu tháng 7/2018, Quận ủy Quận 5, Quận 11 và quận Tân Phú lần lượt sơ kết công tác tuyên giáo 6 tháng đầu năm 2018, bàn nhiệm vụ 6 tháng cuối năm. Ba quận có cách làm khác nhau nhưng cùng hướng tới việc đưa thông tin chính thống đến người dân nhanh và gần nhất.

QUẬN 5 – Tuyên truyền song ngữ trong cộng đồng người Hoa

Quận 5 có 15 phường, khoảng 30% dân số là người Hoa, nhiều hộ kinh doanh tập trung quanh chợ An Đông và phố Hải Thượng Lãn Ông. Sáu tháng đầu năm, Ban Thường vụ Quận ủy Q.5 ban hành 19 văn bản chỉ đạo; quận tổ chức 26 hội nghị học tập, quán triệt Nghị quyết Trung ương 6 và Trung ương 7 khóa XII, thu hút 5.432 lượt cán bộ, đảng viên cùng 1.218 lượt người dân. Quận biên soạn tài liệu song ngữ Việt – Hoa, in 3.000 cuốn, mỗi cuốn dày 36 trang, phát đến các hội quán, bang hội.

Từ ngày 15/3/2018, quận đưa vào hoạt động chuyên mục phát thanh tiếng Hoa, mỗi tuần 2 số; đến nay đã phát 30 số. Hiện Quận 5 có 1 cổng thông tin điện tử, 15 trang fanpage của phường và gần 200 nhóm Zalo, với tổng cộng xấp xỉ 38.000 thành viên.

Q11 – Chi bộ là hạt nhân

Tại Q11, 6 tháng qua các chi bộ tổ chức 684 buổi sinh hoạt chuyên đề; 96,2% đảng viên được học tập các nghị quyết mới. Quận mở 4 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 312 học viên là bí thư chi bộ, tổ trưởng tổ dân phố, bình quân mỗi lớp 78 người.

Quý I năm 2018, quận tổ chức 1 đợt sinh hoạt chính trị, tư tưởng với chủ đề “Tự hào truyền thống quận anh hùng”; tháng 5/2018, Ban Tuyên giáo Quận ủy phối hợp Quận Đoàn tổ chức cuộc thi tìm hiểu “Quận 11 – 42 năm xây dựng và phát triển” với 4.526 lượt người dự thi, trong đó 10 bài xuất sắc nhất được chọn vào “top 10” để trao giải.

“Ban Tuyên giáo Quận ủy đã tổng hợp 27 báo cáo dư luận xã hội, phản ánh kịp thời tâm tư của tiểu thương chợ Bình Thới về việc cải tạo chợ”, đồng chí Lâm Quốc Vinh, Phó Trưởng ban Tuyên giáo Quận ủy Quận 11 nói. Bà Trần Ngọc Lan, tiểu thương sạp số 112 chợ Bình Thới, chia sẻ: “Tháng rồi tôi nghe 3 buổi nói chuyện, buổi nào cũng đông, chắc cả trăm người.”

TÂN PHÚ – Mạnh về mạng xã hội

Quận Tân Phú có 11 phường với hơn 480 nghìn dân. Trong 6 tháng đầu năm, Quận ủy Tân Phú tổ chức 31 hội nghị học tập, quán triệt cho 7.208/7.466 đảng viên, đạt 96,54%. Đội ngũ 39 báo cáo viên của quận thực hiện 118 buổi nói chuyện thời sự tại khu dân cư với khoảng 9.400 lượt người nghe; số buổi này chiếm 1/3 tổng số buổi tuyên truyền miệng toàn quận.

Fanpage “Tân Phú – Quận tôi yêu” đăng 524 tin, bài, video, hiện có gần 41.000 người theo dõi; loạt clip về phòng, chống ma túy trong học đường đạt hơn 300 nghìn lượt xem, tăng 25% so với cùng kỳ. Ban Thường vụ Quận ủy Tân Phú tặng giấy khen cho 6 tập thể, 14 cá nhân và đề nghị Thành ủy khen thưởng 3 tập thể.

Sáu tháng cuối năm 2018, ba quận thống nhất phấn đấu tổ chức ít nhất 50 buổi đối thoại giữa bí thư cấp ủy với người dân.
"""
D602 = "2018-07-10"
P602 = h1(2018)

# ---------------------------------------------------------------------------------------------
T603 = """
Quận 7 – Nhà Bè: Tạo đồng thuận quanh dự án chống ngập gần 10.000 tỷ đồng

Chín tháng đầu năm 2019, công tác tuyên giáo ở Quận 7 và huyện Nhà Bè tập trung tạo đồng thuận trong nhân dân đối với dự án giải quyết ngập do triều khu vực TP.HCM có xét đến yếu tố biến đổi khí hậu (giai đoạn 1), công trình có tổng mức đầu tư gần 10.000 tỷ đồng đi qua địa bàn hai địa phương.

Quận 7: Giờ nghỉ trưa thành giờ thời sự

Q7 có Khu chế xuất Tân Thuận với khoảng 60 nghìn công nhân và Khu đô thị Phú Mỹ Hưng rộng hơn 400 ha. Trong 9 tháng, Quận ủy Quận 7 ban hành 23 văn bản chỉ đạo; tổ chức 2 hội nghị quán triệt cấp quận và 41 hội nghị ở cơ sở với 6.950 lượt cán bộ, đảng viên; 100% cấp ủy viên các cấp đã tham gia học tập.

Ban Tuyên giáo Quận ủy phối hợp Công đoàn các khu chế xuất và công nghiệp tổ chức 57 buổi tuyên truyền miệng ngay trong giờ nghỉ trưa cho trên 11.000 lượt công nhân, lao động; mỗi buổi chỉ kéo dài khoảng 30 phút. Từ ngày 1/7 đến nay, các chi bộ khu phố tổ chức 356 buổi sinh hoạt chuyên đề về chống ngập, giữ vệ sinh kênh rạch.

Tính đến ngày 30/9/2019, quận có 48 báo cáo viên và 95 cộng tác viên dư luận xã hội; trong quý III, đội ngũ này gửi về 33 báo cáo dư luận xã hội.

Huyện Nhà Bè: Đưa thông tin đến từng hộ ven sông

Nhà Bè có 6 xã và 1 thị trấn, nhiều ấp nằm dọc sông Soài Rạp. Chín tháng qua, Huyện ủy Nhà Bè mở 05 lớp sơ cấp lý luận chính trị và 2 lớp bồi dưỡng đảng viên mới với tổng cộng 428 học viên; lớp trung cấp lý luận chính trị khóa học 2018–2020 của huyện vẫn đang tiếp tục.

Huyện tổ chức 84 buổi tuyên truyền về dự án chống ngập cho hàng nghìn lượt người dân ven sông; tỷ lệ hộ dân trong vùng dự án được tuyên truyền, vận động đạt 100%. Đài truyền thanh huyện phát 186 chương trình thời sự, tổng thời lượng khoảng 93 giờ. Các nhóm Zalo “Nhà Bè thông tin” ở 7 xã, thị trấn hiện có 14.250 thành viên.

“Riêng quý III, Huyện ủy đã khen thưởng 8 tập thể và 19 cá nhân tiêu biểu trong công tác vận động người dân bàn giao mặt bằng”, đồng chí Trưởng ban Tuyên giáo Huyện ủy Nhà Bè cho biết. Quý IV/2019, huyện dự kiến tổ chức thêm 20 buổi đối thoại; người dân có thể phản ánh qua đường dây nóng 0283.8738.111.
"""
D603 = "2019-10-08"  # sidecar only: the text has no dateline
P603 = m9(2019)
Q3_603 = quarter(3, 2019)

DOCS = [
    Doc("syn_601_q4_2016", T601, Q4, P601, D601, "text", facts=[
        F("ban hành 34 văn bản", 34, "documents_issued"),
        F("Số lớp: 58", 58, "study_sessions"),
        F("9.615 lượt cán bộ, đảng viên", 9615, "study_attendance", a="party_members"),
        F("2.870 lượt quần chúng", 2870, "study_attendance", a="masses"),
        F("được học tập: 97,46%", 97.46, "study_participation_rate"),
        F("chưa tham gia: 212 người", 212, "other"),
        F("các chi bộ: 1.240 buổi", 1240, "party_cell_discussions"),
        F("mở 11 lớp bồi dưỡng", 11, "training_classes"),
        F("cho 986 học viên", 986, "trainees"),
        F("173 buổi tuyên truyền miệng", 173, "oral_propaganda_sessions"),
        F("hơn 15.000 lượt người nghe", 15000, "propaganda_audience", "at_least"),
        F("có 52 báo cáo viên", 52, "reporters", p=inst(D601)),
        F("67 cộng tác viên dư luận xã hội", 67, "opinion_collaborators", p=inst(D601)),
        F("chừng 150 nhóm Zalo", 150, "chat_groups", "approx", p=inst(D601)),
        F("6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("44 báo cáo tình hình tư tưởng", 44, "opinion_reports"),
        F("đăng tải 1.108 tin, bài, ảnh", 1108, "news_items"),
        F("phát hành mười hai số", 12, "news_items"),
        F("là 1,35 tỷ đồng", 1350000000, "other"),
        F("giấy khen cho 12 tập thể", 12, "commended_collectives"),
        F("25 cá nhân", 25, "commended_individuals"),
    ], traps=[("ngày 10/01/2017", 10), ("“5 nhất”", 5), ("Chiều 9/1", 9),
              ("nhiệm vụ năm 2017", 2017), ("15 phường", 15), ("Kế hoạch 47-KH/QU", 47),
              ("Đại hội XII", 12), ("chỉ 10 ngày", 10), ("gấp đôi số học viên", 2),
              ("năm 2015", 2015), ("3 tháng cao điểm", 3), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 – 2021", 2016), ("có thêm 10 báo cáo viên", 10),
              ("dưới 35 tuổi", 35), ("mỗi số in 2.500 bản", 2500), ("khu phố 3", 3),
              ("phường 6", 6), ("68 tuổi", 68), ("tổ dân phố 41", 41), ("họp 12 lần", 12),
              ("đứng thứ 2", 2), ("Cụm thi đua 3", 3), ("100% chi bộ", 100),
              ("dự kiến mở 14 lớp", 14), ("khoảng 1.100 học viên", 1100)]),
    Doc("syn_602_q5_q11_tanphu_2018", T602, Q5, P602, D602, "text", facts=[
        F("ban hành 19 văn bản", 19, "documents_issued", unit=Q5),
        F("26 hội nghị học tập", 26, "study_sessions", unit=Q5),
        F("5.432 lượt cán bộ, đảng viên", 5432, "study_attendance", a="party_members",
          unit=Q5),
        F("1.218 lượt người dân", 1218, "study_attendance", a="masses", unit=Q5),
        F("in 3.000 cuốn", 3000, "other", unit=Q5),
        F("đã phát 30 số", 30, "news_items", unit=Q5, p=since("2018-03-15", D602)),
        F("có 1 cổng thông tin điện tử", 1, "websites", unit=Q5, p=inst(D602)),
        F("15 trang fanpage", 15, "social_pages", unit=Q5, p=inst(D602)),
        F("gần 200 nhóm Zalo", 200, "chat_groups", "at_most", unit=Q5, p=inst(D602)),
        F("xấp xỉ 38.000 thành viên", 38000, "chat_group_members", "approx", unit=Q5,
          p=inst(D602)),
        F("684 buổi sinh hoạt chuyên đề", 684, "party_cell_discussions", unit=Q11),
        F("96,2% đảng viên", 96.2, "study_participation_rate", unit=Q11),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes", unit=Q11),
        F("cho 312 học viên", 312, "trainees", unit=Q11),
        F("1 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=Q11,
          p=quarter(1, 2018)),
        F("4.526 lượt người dự thi", 4526, "contest_entries", unit=Q11, p=month(5, 2018)),
        F("tổng hợp 27 báo cáo dư luận xã hội", 27, "opinion_reports", unit=Q11),
        F("31 hội nghị học tập", 31, "study_sessions", unit=TANPHU),
        F("7.208/7.466 đảng viên", 7208, "study_attendance", a="party_members",
          unit=TANPHU),
        F("đạt 96,54%", 96.54, "study_participation_rate", unit=TANPHU),
        F("Đội ngũ 39 báo cáo viên", 39, "reporters", unit=TANPHU, p=end_of(P602)),
        F("118 buổi nói chuyện thời sự", 118, "oral_propaganda_sessions", unit=TANPHU),
        F("khoảng 9.400 lượt người nghe", 9400, "propaganda_audience", "approx",
          unit=TANPHU),
        F("đăng 524 tin, bài, video", 524, "news_items", unit=TANPHU),
        F("gần 41.000 người theo dõi", 41000, "propaganda_audience", "at_most",
          unit=TANPHU, p=inst(D602)),
        F("hơn 300 nghìn lượt xem", 300000, "propaganda_audience", "at_least",
          unit=TANPHU),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives", unit=TANPHU),
        F("14 cá nhân", 14, "commended_individuals", unit=TANPHU),
    ], traps=[("Thứ Ba, 10/7/2018", 10), ("Q.5", 5), ("Q11", 11), ("tháng 7/2018", 7),
              ("6 tháng cuối năm", 6), ("QUẬN 5", 5), ("15 phường", 15),
              ("khoảng 30% dân số", 30), ("Trung ương 6", 6), ("Trung ương 7", 7),
              ("khóa XII", 12), ("dày 36 trang", 36), ("Từ ngày 15/3/2018", 15),
              ("mỗi tuần 2 số", 2), ("mỗi lớp 78 người", 78), ("Quý I năm 2018", 1),
              ("tháng 5/2018", 5), ("42 năm", 42), ("10 bài xuất sắc nhất", 10),
              ("“top 10”", 10), ("sạp số 112", 112), ("nghe 3 buổi nói chuyện", 3),
              ("cả trăm người", 100), ("11 phường", 11), ("hơn 480 nghìn dân", 480000),
              ("chiếm 1/3", 1), ("tăng 25% so với cùng kỳ", 25),
              ("khen thưởng 3 tập thể", 3), ("ít nhất 50 buổi", 50)]),
    Doc("syn_603_q7_nhabe_2019", T603, Q7, P603, D603, "sidecar", meta={"date": D603},
        facts=[
        F("ban hành 23 văn bản", 23, "documents_issued", unit=Q7),
        F("2 hội nghị quán triệt cấp quận", 2, "study_sessions", unit=Q7),
        F("41 hội nghị ở cơ sở", 41, "study_sessions", unit=Q7),
        F("6.950 lượt cán bộ, đảng viên", 6950, "study_attendance", a="party_members",
          unit=Q7),
        F("100% cấp ủy viên", 100, "study_participation_rate", unit=Q7),
        F("57 buổi tuyên truyền miệng", 57, "oral_propaganda_sessions", unit=Q7),
        F("trên 11.000 lượt công nhân, lao động", 11000, "propaganda_audience", "at_least",
          unit=Q7),
        F("356 buổi sinh hoạt chuyên đề", 356, "party_cell_discussions", unit=Q7,
          p=since("2019-07-01", D603)),
        F("có 48 báo cáo viên", 48, "reporters", unit=Q7, p=inst("2019-09-30")),
        F("95 cộng tác viên dư luận xã hội", 95, "opinion_collaborators", unit=Q7,
          p=inst("2019-09-30")),
        F("gửi về 33 báo cáo", 33, "opinion_reports", unit=Q7, p=Q3_603),
        F("mở 05 lớp sơ cấp", 5, "training_classes", unit=NHABE),
        F("2 lớp bồi dưỡng đảng viên mới", 2, "training_classes", unit=NHABE),
        F("428 học viên", 428, "trainees", unit=NHABE),
        F("84 buổi tuyên truyền", 84, "oral_propaganda_sessions", unit=NHABE),
        F("hàng nghìn lượt người dân", 1000, "propaganda_audience", "at_least", a="masses",
          unit=NHABE),
        F("vận động đạt 100%", 100, "other", unit=NHABE),
        F("phát 186 chương trình", 186, "news_items", unit=NHABE),
        F("hiện có 14.250 thành viên", 14250, "chat_group_members", unit=NHABE,
          p=inst(D603)),
        F("khen thưởng 8 tập thể", 8, "commended_collectives", unit=NHABE, p=Q3_603),
        F("19 cá nhân", 19, "commended_individuals", unit=NHABE, p=Q3_603),
    ], traps=[("gần 10.000 tỷ đồng", 10000000000000), ("giai đoạn 1", 1),
              ("Quận 7", 7), ("Q7", 7), ("khoảng 60 nghìn công nhân", 60000),
              ("hơn 400 ha", 400), ("Trong 9 tháng", 9), ("khoảng 30 phút", 30),
              ("Từ ngày 1/7", 1), ("ngày 30/9/2019", 30), ("6 xã", 6), ("1 thị trấn", 1),
              ("khóa học 2018–2020", 2018), ("khoảng 93 giờ", 93),
              ("ở 7 xã, thị trấn", 7), ("Quý IV/2019", 4), ("thêm 20 buổi đối thoại", 20),
              ("0283.8738.111", 283)]),
]
