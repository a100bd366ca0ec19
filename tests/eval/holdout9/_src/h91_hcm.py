"""Holdout 9, batch 1: HCMC districts 2016-2022, TP Thủ Đức, city bodies (tám tháng 2017)."""
from build_gold import Doc, F, U, end_of, h1, inst, m9, month, quarter, since, year

HCM, TB, CC, GV, BT, NB = U("79"), U("766"), U("783"), U("764"), U("765"), U("786")
TD, BC, Q12 = U("Thành phố Thủ Đức"), U("785"), U("761")

T01 = """
Tân Bình: Tổng kết công tác tuyên giáo năm 2016

(Thanhuytphcm.vn) - Sáng 10/1/2017, tại hội trường Quận ủy Tân Bình (số 387A Trường Chinh, phường 14), Ban Tuyên giáo Quận ủy tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016, triển khai nhiệm vụ năm 2017.

Năm 2016 diễn ra nhiều sự kiện chính trị quan trọng của đất nước: Đại hội đại biểu toàn quốc lần thứ XII của Đảng, cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021. Bám sát các sự kiện này, Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 27 văn bản chỉ đạo, hướng dẫn công tác tư tưởng. Cuộc bầu cử trên địa bàn diễn ra an toàn, tỷ lệ cử tri đi bầu của quận đạt 99,12%.

Việc học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ X được triển khai nghiêm túc. Các cấp ủy đã tổ chức 74 hội nghị học tập, quán triệt, thu hút 11.386 lượt cán bộ, đảng viên cùng 4.920 lượt đoàn viên, hội viên các đoàn thể tham dự. Tỷ lệ đảng viên dự học đạt 95,8%, tăng 1,3% so với năm 2015.

Tuyên truyền miệng tiếp tục là thế mạnh của quận. Đội ngũ báo cáo viên của quận và 15 phường đã thực hiện 1.284 buổi nói chuyện chuyên đề, tuyên truyền miệng tại khu phố, tổ dân phố, chợ và doanh nghiệp, với khoảng 96 nghìn lượt người nghe. Ban duy trì giao ban báo cáo viên hằng tháng, trừ tháng Tết; cả năm tổ chức mười một hội nghị báo cáo viên, cung cấp kịp thời thông tin thời sự trong nước và quốc tế.

Bản tin Thông tin nội bộ của Quận ủy phát hành 24 số, mỗi số 3.000 bản, được gửi đến tận chi bộ. Cuộc thi tìm hiểu "Tân Bình - 40 năm xây dựng và phát triển" thu hút 8.754 lượt người dự thi; Ban Tổ chức đã trao 1 giải Nhất, 3 giải Nhì và 10 giải Khuyến khích.

"Năm qua, chúng tôi tiếp nhận 58 báo cáo dư luận xã hội từ 15 phường và các đảng bộ cơ sở, qua đó kịp thời tham mưu Thường trực Quận ủy xử lý những vấn đề người dân quan tâm như tình trạng ngập nước trên đường Âu Cơ, Cộng Hòa", đồng chí Trưởng ban Tuyên giáo Quận ủy Tân Bình cho biết.

Phát biểu chỉ đạo, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy ghi nhận những kết quả của quận, đồng thời đề nghị năm 2017 Tân Bình phấn đấu tổ chức ít nhất 80 hội nghị học tập nghị quyết, nâng chất lượng sinh hoạt chi bộ và tăng cường đấu tranh với các quan điểm sai trái trên mạng xã hội.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể và 19 cá nhân có thành tích xuất sắc; đồng thời đề nghị Ban Tuyên giáo Thành ủy tặng bằng khen cho 2 tập thể.

Hoàng Minh
"""

T02 = """
Huyện Củ Chi: Kết quả công tác tuyên giáo 6 tháng đầu năm 2018

Ban Tuyên giáo Huyện ủy Củ Chi vừa hoàn thành báo cáo sơ kết công tác tuyên giáo 6 tháng đầu năm 2018. Là huyện ngoại thành có 20 xã, 1 thị trấn với hơn 400 nghìn dân, Củ Chi xác định tuyên truyền miệng và hệ thống truyền thanh cơ sở là kênh chủ lực. Một số kết quả cụ thể như sau:

1. Học tập, quán triệt Nghị quyết Trung ương 6, 7 khóa XII
- Số hội nghị cấp huyện: 04; số lớp ở cơ sở: 126.
- Số người dự: 14.502 lượt cán bộ, đảng viên; 2.318 lượt quần chúng ưu tú.
- Tỷ lệ đảng viên tham gia: 96,2%.
- Số đảng viên chưa tham gia: 381 người, chủ yếu là đảng viên tuổi cao, sức yếu, đi làm ăn xa.

2. Bồi dưỡng lý luận chính trị (phối hợp Trung tâm Bồi dưỡng chính trị huyện)
- Số lớp: 09, gồm các lớp đảng viên mới, nhận thức về Đảng và nghiệp vụ công tác Đảng.
- Số học viên: 612.

3. Báo cáo viên, tuyên truyền miệng
- Huyện hiện có 63 báo cáo viên cấp huyện và cơ sở.
- Số hội nghị báo cáo viên: 6 (định kỳ hằng tháng).
- Số buổi tuyên truyền miệng: 418; khoảng 31.000 lượt người nghe.

4. Thông tin, tuyên truyền
- Trang thông tin điện tử huyện đăng 735 tin, bài, ảnh.
- Đài Truyền thanh huyện phát 142 chương trình thời sự, mỗi chương trình 30 phút.
- Trong đợt cao điểm kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2018), các xã treo 1.560 băng rôn, khẩu hiệu.

5. Dư luận xã hội
- Tính đến ngày 30/6/2018: 88 cộng tác viên dư luận xã hội ở 21 xã, thị trấn.
- Số báo cáo dư luận xã hội đã tổng hợp: 37, tập trung vào giá nông sản, bồi thường dự án và tình hình an ninh trật tự.

6. Khen thưởng
- Ban Thường vụ Huyện ủy biểu dương 7 tập thể, 12 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Nhiệm vụ 6 tháng cuối năm: tổ chức học bù cho số đảng viên chưa tham gia học tập; mở thêm 5 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo ấp; chuẩn bị tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn.

Mọi thông tin xin liên hệ Ban Tuyên giáo Huyện ủy Củ Chi, điện thoại: 028.3892.1143.
"""

T03 = """
Gò Vấp, Bình Thạnh, Nhà Bè: Sơ kết công tác tuyên giáo 9 tháng năm 2019

Ngày 4/10/2019, tại hội trường Quận ủy Gò Vấp, các đơn vị thuộc Cụm thi đua số 4 của Ban Tuyên giáo Thành ủy TP.HCM gồm quận Gò Vấp, quận Bình Thạnh và huyện Nhà Bè tổ chức giao ban, sơ kết công tác tuyên giáo 9 tháng đầu năm 2019.

Quận Gò Vấp: Lan tỏa thông tin qua nhóm Zalo khu phố

Chín tháng qua, Quận ủy Gò Vấp tổ chức 29 hội nghị học tập, quán triệt các chỉ thị, kết luận của Trung ương và của Thành ủy, có 8.417 lượt cán bộ, đảng viên tham dự. Hệ thống chính trị quận duy trì 212 nhóm Zalo khu phố, hiện có trên 27.500 thành viên, trở thành kênh nắm bắt và phản hồi thông tin nhanh nhất. Cuộc thi viết "Gò Vấp - những tấm gương bình dị mà cao quý" nhận được 326 tác phẩm; Ban Giám khảo đã chọn 30 tác phẩm vào vòng chung khảo.

Quận Bình Thạnh: Chuẩn bị văn kiện đại hội từ chi bộ

Ban Tuyên giáo Quận ủy Bình Thạnh tham mưu ban hành 31 văn bản và tổ chức 9 hội nghị báo cáo viên. Riêng trong quý III, các chi bộ đã tổ chức 164 buổi thảo luận chi bộ góp ý dự thảo văn kiện Đại hội Đảng bộ quận lần thứ XI, nhiệm kỳ 2020 - 2025.

"Bình Thạnh có 20 phường với gần 500 nghìn dân, nên chúng tôi chia địa bàn thành 4 khu vực để theo dõi dư luận. Chín tháng qua, mạng lưới cộng tác viên đã gửi về 112 báo cáo dư luận xã hội", đồng chí Trưởng ban Tuyên giáo Quận ủy Bình Thạnh cho biết.

Huyện Nhà Bè: Tuyên truyền về các dự án trọng điểm

Tại Nhà Bè, nơi đang triển khai nhiều dự án lớn với tổng vốn đầu tư hơn 20.000 tỷ đồng, công tác tuyên truyền tập trung vào chính sách bồi thường, tái định cư. Huyện đã tổ chức 57 buổi tuyên truyền miệng tại các xã Phước Kiển, Nhơn Đức, Long Thới, thu hút khoảng 6.200 lượt người dân. Huyện hiện có 37 cộng tác viên dư luận xã hội, phần lớn là trưởng ấp, bí thư chi bộ ấp.

Riêng tháng 9/2019, Ban Tuyên giáo Huyện ủy phối hợp Trung tâm Chính trị huyện mở 2 lớp tập huấn nghiệp vụ công tác tuyên giáo cho 145 học viên là cán bộ ấp, khu phố.

Bà Nguyễn Thị Út, người dân xã Phước Kiển, kể: "Ấp tôi tháng nào cũng có 3 buổi nói chuyện, buổi nào cũng đông, có buổi trên 100 người, nhờ vậy bà con hiểu rõ chính sách đền bù".

Kết thúc giao ban, Cụm thi đua số 4 thống nhất nội dung thi đua quý IV, tập trung tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020) và đại hội đảng bộ các cấp.
"""

T04 = """
TP Thủ Đức: "Mỗi khu phố là một điểm thông tin"

Thứ Sáu, ngày 30/12/2022

Hai năm sau ngày thành lập, TP Thủ Đức - đô thị hơn 1,1 triệu dân với 34 phường - đang định hình cách làm tuyên giáo riêng. Nhân dịp cuối năm, phóng viên trao đổi với đồng chí Trưởng ban Tuyên giáo Thành ủy Thủ Đức về kết quả công tác năm 2022.

* Thưa đồng chí, việc học tập nghị quyết năm nay có gì mới?

- Chúng tôi tổ chức học tập, quán triệt Nghị quyết Trung ương 4, 5, 6 khóa XIII theo hình thức trực tiếp kết hợp trực tuyến, kết nối đến tận chi bộ khu phố. Toàn Đảng bộ đã tổ chức 118 hội nghị với 31.640 lượt cán bộ, đảng viên tham dự; tỷ lệ đảng viên học tập đạt 98,1%. Riêng Nghị quyết 31-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển TP.HCM đến năm 2030, tầm nhìn đến năm 2045, Thành ủy Thủ Đức triển khai thêm 2 đợt sinh hoạt chính trị chuyên đề trong toàn hệ thống chính trị.

* Tuyên truyền trên không gian mạng được xem là thế mạnh của Thủ Đức?

- Đúng vậy. Hiện hệ thống chính trị thành phố có 36 trang thông tin điện tử, 58 fanpage và 420 nhóm Zalo khu phố với khoảng 96.000 thành viên. Trong năm, các trang đã đăng tải hơn 14.700 tin, bài, video clip. Riêng fanpage "Thủ Đức ngày mới" hiện có gần 52.000 người theo dõi. Chúng tôi cũng tham mưu Ban Thường vụ Thành ủy Thủ Đức ban hành 42 văn bản định hướng thông tin.

* Còn công tác nắm bắt dư luận thì sao, thưa đồng chí?

- Thủ Đức hiện có 204 cộng tác viên dư luận xã hội. Năm 2022, Ban nhận được 286 báo cáo dư luận xã hội; nổi lên là băn khoăn của người dân về bồi thường, giải phóng mặt bằng đường Vành đai 2, về tiến độ tuyến metro số 1 và các khu tái định cư. Những băn khoăn đó đều được tham mưu trả lời, đối thoại kịp thời.

* Kế hoạch của Thủ Đức trong năm 2023?

- Chúng tôi phấn đấu 100% khu phố có nhóm Zalo chính danh, lập thêm 10 fanpage chuyên đề và tập huấn lại cho 300 cộng tác viên dư luận xã hội.

Ông Trần Văn Sáu, 67 tuổi, ở khu phố 5, phường Linh Trung, chia sẻ: "Nhóm Zalo khu phố tôi có hơn 300 người, có thông báo gì là cả khu biết liền, không phải chờ loa phường nữa".

Dịp tổng kết năm, Thành ủy Thủ Đức đã khen thưởng 16 tập thể và 23 cá nhân có thành tích xuất sắc trong công tác tuyên giáo.
"""

T05 = """
TP.HCM: Công tác tuyên giáo tám tháng đầu năm 2017 có nhiều chuyển biến

Ngày 6/9/2017, Ban Tuyên giáo Thành ủy TP.HCM tổ chức giao ban công tác tuyên giáo tám tháng đầu năm 2017 với các quận, huyện ủy và đảng ủy trực thuộc.

Theo báo cáo, Ban Tuyên giáo Thành ủy đã tham mưu Thường trực Thành ủy ban hành 58 văn bản về công tác tư tưởng, tổ chức 14 hội nghị báo cáo viên Thành phố, bình quân mỗi hội nghị khoảng 1.200 đại biểu dự. Thành phố hiện có 1.946 báo cáo viên các cấp. Các cấp ủy đã tổ chức 4.380 lớp học tập, quán triệt Nghị quyết Trung ương 4, 5 khóa XII cho 312.600 lượt cán bộ, đảng viên.

Sở Thông tin và Truyền thông phối hợp các cơ quan báo chí Thành phố đăng, phát hơn 9.500 tin, bài về các nhiệm vụ chính trị, chưa tính hàng trăm tin, bài do các phường, xã tự đăng. Tại 3 khu chế xuất và 16 khu công nghiệp, Liên đoàn Lao động Thành phố tổ chức 615 buổi nói chuyện chuyên đề cho công nhân với khoảng 92.000 lượt người nghe.

Huyện Bình Chánh

Trong tám tháng, Ban Tuyên giáo Huyện ủy Bình Chánh phối hợp Trung tâm Bồi dưỡng chính trị huyện mở 12 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 876 học viên; triển khai ba đợt sinh hoạt chính trị về chuẩn mực đạo đức của cán bộ, đảng viên. Huyện hiện có 52 cộng tác viên dư luận xã hội, bố trí ở 16 xã, thị trấn. Đồng chí Phó Trưởng ban Tuyên giáo Huyện ủy cho biết, điểm nóng dư luận hiện nay là tình trạng xây dựng trái phép trên đất nông nghiệp dọc Quốc lộ 50 và Tỉnh lộ 10.

Quận 12

Dù tháng 7 chỉ tổ chức được 18 buổi thảo luận chi bộ do trùng đợt cao điểm phòng chống ngập, tính chung tám tháng, các chi bộ ở Quận 12 đã tổ chức 296 buổi thảo luận chi bộ, tăng 18% so với cùng kỳ năm 2016. Tháng 8/2017, Quận đoàn phối hợp Ban Tuyên giáo Quận ủy tổ chức cuộc thi "Tuổi trẻ Quận 12 học tập và làm theo lời Bác", nhận được 1.034 bài dự thi.

Kết luận giao ban, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy đề nghị các đơn vị những tháng cuối năm tập trung tuyên truyền kỷ niệm 100 năm Cách mạng Tháng Mười Nga (7/11/1917 - 7/11/2017), chuẩn bị sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW; phấn đấu đến cuối năm, 100% chi bộ có chuyên đề học tập và làm theo Bác.
"""

D01, D02, D03, D04, D05 = "2017-01-10", "2018-07-06", "2019-10-04", "2022-12-30", "2017-09-06"
P05 = since("2017-01-01", "2017-08-31")  # "tám tháng đầu năm 2017"

DOCS = [
    Doc("h9_01_tanbinh_2016", T01, TB, year(2016), D01, "text", facts=[
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("tổ chức 74 hội nghị học tập, quán triệt", 74, "study_sessions"),
        F("thu hút 11.386 lượt cán bộ, đảng viên", 11386, "study_attendance", a="party_members"),
        F("4.920 lượt đoàn viên, hội viên", 4920, "study_attendance", a="masses"),
        F("dự học đạt 95,8%", 95.8, "study_participation_rate"),
        F("thực hiện 1.284 buổi nói chuyện chuyên đề", 1284, "oral_propaganda_sessions"),
        F("khoảng 96 nghìn lượt người nghe", 96000, "propaganda_audience", "approx"),
        F("mười một hội nghị báo cáo viên", 11, "reporter_conferences"),
        F("phát hành 24 số", 24, "news_items"),
        F("thu hút 8.754 lượt người dự thi", 8754, "contest_entries"),
        F("tiếp nhận 58 báo cáo dư luận xã hội", 58, "opinion_reports"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Sáng 10/1/2017", 10), ("số 387A Trường Chinh", 387), ("phường 14", 14),
              ("lần thứ XII", 12), ("Đại hội XII", 12), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 - 2021", 2016), ("đạt 99,12%", 99.12), ("Thành phố lần thứ X", 10),
              ("tăng 1,3%", 1.3), ("so với năm 2015", 2015), ("15 phường", 15),
              ("mỗi số 3.000 bản", 3000), ("40 năm", 40), ("1 giải Nhất", 1), ("3 giải Nhì", 3),
              ("10 giải Khuyến khích", 10), ("ít nhất 80 hội nghị", 80),
              ("bằng khen cho 2 tập thể", 2)]),
    Doc("h9_02_cuchi_2018", T02, CC, h1(2018), D02, "sidecar",
        meta={"date": D02}, facts=[
        F("Số hội nghị cấp huyện: 04", 4, "study_sessions"),
        F("số lớp ở cơ sở: 126", 126, "study_sessions"),
        F("14.502 lượt cán bộ, đảng viên", 14502, "study_attendance", a="party_members"),
        F("2.318 lượt quần chúng", 2318, "study_attendance", a="masses"),
        F("tham gia: 96,2%", 96.2, "study_participation_rate"),
        F("chưa tham gia: 381 người", 381, "other"),
        F("Số lớp: 09", 9, "training_classes"),
        F("Số học viên: 612", 612, "trainees"),
        F("hiện có 63 báo cáo viên", 63, "reporters", p=inst(D02)),
        F("Số hội nghị báo cáo viên: 6", 6, "reporter_conferences"),
        F("tuyên truyền miệng: 418", 418, "oral_propaganda_sessions"),
        F("khoảng 31.000 lượt người nghe", 31000, "propaganda_audience", "approx"),
        F("đăng 735 tin, bài", 735, "news_items"),
        F("phát 142 chương trình", 142, "news_items"),
        F("treo 1.560 băng rôn", 1560, "other"),
        F("88 cộng tác viên dư luận xã hội", 88, "opinion_collaborators",
          p=inst("2018-06-30")),
        F("đã tổng hợp: 37", 37, "opinion_reports"),
        F("biểu dương 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể, 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("20 xã", 20), ("1 thị trấn", 1), ("hơn 400 nghìn dân", 400000),
              ("Trung ương 6, 7", 6), ("7 khóa XII", 7), ("khóa XII", 12),
              ("mỗi chương trình 30 phút", 30), ("128 năm", 128), ("19/5/1890", 19),
              ("19/5/2018", 19), ("ngày 30/6/2018", 30), ("21 xã, thị trấn", 21),
              ("6 tháng cuối năm", 6), ("thêm 5 lớp", 5), ("10 năm", 10),
              ("Trung ương 7 khóa X về", 7), ("028.3892.1143", 28),
              ("1. Học tập", 1), ("2. Bồi dưỡng", 2), ("3. Báo cáo viên", 3),
              ("4. Thông tin", 4), ("5. Dư luận", 5), ("6. Khen thưởng", 6)]),
    Doc("h9_03_govap_multi_2019", T03, GV, m9(2019), D03, "text", facts=[
        F("tổ chức 29 hội nghị học tập", 29, "study_sessions"),
        F("có 8.417 lượt cán bộ, đảng viên", 8417, "study_attendance", a="party_members"),
        F("duy trì 212 nhóm Zalo", 212, "chat_groups", p=end_of(m9(2019))),
        F("trên 27.500 thành viên", 27500, "chat_group_members", "at_least", p=inst(D03)),
        F("nhận được 326 tác phẩm", 326, "contest_entries"),
        F("ban hành 31 văn bản", 31, "documents_issued", unit=BT),
        F("tổ chức 9 hội nghị báo cáo viên", 9, "reporter_conferences", unit=BT),
        F("tổ chức 164 buổi thảo luận chi bộ", 164, "party_cell_discussions", unit=BT,
          p=quarter(3, 2019)),
        F("gửi về 112 báo cáo dư luận xã hội", 112, "opinion_reports", unit=BT),
        F("tổ chức 57 buổi tuyên truyền miệng", 57, "oral_propaganda_sessions", unit=NB),
        F("khoảng 6.200 lượt người dân", 6200, "propaganda_audience", "approx", a="masses",
          unit=NB),
        F("hiện có 37 cộng tác viên", 37, "opinion_collaborators", unit=NB, p=inst(D03)),
        F("mở 2 lớp tập huấn", 2, "training_classes", unit=NB, p=month(9, 2019)),
        F("cho 145 học viên", 145, "trainees", unit=NB, p=month(9, 2019)),
    ], traps=[("Ngày 4/10/2019", 4), ("Cụm thi đua số 4", 4), ("9 tháng đầu năm 2019", 9),
              ("30 tác phẩm", 30), ("lần thứ XI", 11), ("nhiệm kỳ 2020 - 2025", 2020),
              ("20 phường", 20), ("gần 500 nghìn dân", 500000), ("4 khu vực", 4),
              ("hơn 20.000 tỷ đồng", 20000), ("tháng 9/2019", 9), ("3 buổi nói chuyện", 3),
              ("trên 100 người", 100), ("90 năm", 90), ("3/2/1930", 3), ("3/2/2020", 3)]),
    Doc("h9_04_thuduc_2022", T04, TD, year(2022), D04, "text", facts=[
        F("tổ chức 118 hội nghị", 118, "study_sessions"),
        F("với 31.640 lượt cán bộ, đảng viên", 31640, "study_attendance", a="party_members"),
        F("học tập đạt 98,1%", 98.1, "study_participation_rate"),
        F("thêm 2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("có 36 trang thông tin điện tử", 36, "websites", p=inst(D04)),
        F("58 fanpage", 58, "social_pages", p=inst(D04)),
        F("420 nhóm Zalo", 420, "chat_groups", p=inst(D04)),
        F("khoảng 96.000 thành viên", 96000, "chat_group_members", "approx", p=inst(D04)),
        F("hơn 14.700 tin, bài", 14700, "news_items", "at_least"),
        F("gần 52.000 người theo dõi", 52000, "propaganda_audience", "at_most", p=inst(D04)),
        F("ban hành 42 văn bản", 42, "documents_issued"),
        F("hiện có 204 cộng tác viên", 204, "opinion_collaborators", p=inst(D04)),
        F("nhận được 286 báo cáo", 286, "opinion_reports"),
        F("khen thưởng 16 tập thể", 16, "commended_collectives"),
        F("16 tập thể và 23 cá nhân", 23, "commended_individuals"),
    ], traps=[("ngày 30/12/2022", 30), ("Hai năm", 2), ("hơn 1,1 triệu dân", 1100000),
              ("34 phường", 34), ("Trung ương 4, 5, 6", 4), ("5, 6 khóa XIII", 5),
              ("6 khóa XIII", 6), ("khóa XIII", 13), ("31-NQ/TW", 31), ("đến năm 2030", 2030),
              ("đến năm 2045", 2045), ("Vành đai 2", 2), ("metro số 1", 1),
              ("năm 2023", 2023), ("100% khu phố", 100), ("thêm 10 fanpage", 10),
              ("cho 300 cộng tác viên", 300), ("67 tuổi", 67), ("khu phố 5", 5),
              ("hơn 300 người", 300)]),
    Doc("h9_05_hcm_city_2017", T05, HCM, P05, D05, "text", facts=[
        F("ban hành 58 văn bản", 58, "documents_issued"),
        F("tổ chức 14 hội nghị báo cáo viên", 14, "reporter_conferences"),
        F("hiện có 1.946 báo cáo viên", 1946, "reporters", p=inst(D05)),
        F("tổ chức 4.380 lớp học tập, quán triệt", 4380, "study_sessions"),
        F("cho 312.600 lượt cán bộ, đảng viên", 312600, "study_attendance",
          a="party_members"),
        F("hơn 9.500 tin, bài", 9500, "news_items", "at_least"),
        F("tổ chức 615 buổi nói chuyện chuyên đề", 615, "oral_propaganda_sessions"),
        F("khoảng 92.000 lượt người nghe", 92000, "propaganda_audience", "approx"),
        F("mở 12 lớp bồi dưỡng", 12, "training_classes", unit=BC),
        F("cho 876 học viên", 876, "trainees", unit=BC),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns", unit=BC),
        F("hiện có 52 cộng tác viên", 52, "opinion_collaborators", unit=BC, p=inst(D05)),
        F("tổ chức được 18 buổi thảo luận chi bộ", 18, "party_cell_discussions", unit=Q12,
          p=month(7, 2017)),
        F("tổ chức 296 buổi thảo luận chi bộ", 296, "party_cell_discussions", unit=Q12),
        F("nhận được 1.034 bài dự thi", 1034, "contest_entries", unit=Q12,
          p=month(8, 2017)),
    ], traps=[("Ngày 6/9/2017", 6), ("bình quân mỗi hội nghị khoảng 1.200 đại biểu", 1200),
              ("Trung ương 4, 5", 4), ("5 khóa XII", 5), ("khóa XII", 12),
              ("hàng trăm tin, bài", 100), ("3 khu chế xuất", 3), ("16 khu công nghiệp", 16),
              ("16 xã, thị trấn", 16), ("Quốc lộ 50", 50), ("Tỉnh lộ 10", 10),
              ("Dù tháng 7", 7), ("Quận 12", 12), ("tăng 18%", 18), ("cùng kỳ năm 2016", 2016),
              ("Tháng 8/2017", 8), ("100 năm", 100), ("Tháng Mười Nga", 10),
              ("7/11/1917", 7), ("7/11/2017", 7), ("2 năm", 2), ("05-CT/TW", 5),
              ("100% chi bộ", 100)]),
]
