"""Holdout11, batch 1: HCMC districts 2016-2023 (Quận 4, Quận 7 + Nhà Bè, Gò Vấp, Bình Tân)."""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, since, year

Q4, Q7, NB = U("Quận 4"), U("Quận 7"), U("Huyện Nhà Bè")
GV, BT = U("Quận Gò Vấp"), U("Quận Bình Tân")

T01 = """
Quận 4: Đưa tuyên truyền miệng vào từng con hẻm

(SGGP) – Sáng 6/1/2017, Ban Tuyên giáo Quận ủy Quận 4 tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016, triển khai nhiệm vụ năm 2017. Đến dự có đồng chí Lê Văn Thắng, Phó Bí thư Thường trực Quận ủy, và đại diện Ban Tuyên giáo Thành ủy.

Năm 2016 là năm đầu triển khai Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ quận lần thứ X, nhiệm kỳ 2015 – 2020. Theo báo cáo, Ban Thường vụ Quận ủy đã ban hành 29 văn bản chỉ đạo, hướng dẫn về công tác tư tưởng, tuyên truyền. Các chi, đảng bộ cơ sở tổ chức 73 lớp học tập, quán triệt nghị quyết với 9.425 lượt cán bộ, đảng viên và 1.860 lượt quần chúng nòng cốt dự; tỷ lệ đảng viên dự học đạt 95,6%, 100% cấp ủy viên các cấp tham gia học tập. Trung tâm Bồi dưỡng chính trị quận mở 14 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 1.128 học viên.

Quận 4 có 15 phường với gần 190 nghìn dân, phần đông là người lao động sống trong các khu nhà ven kênh Bến Nghé, kênh Tẻ và những con hẻm nhỏ. Vì vậy, quận chọn tuyên truyền miệng làm phương thức chủ lực. Trong năm, báo cáo viên và tuyên truyền viên cơ sở đã tổ chức 265 buổi nói chuyện tại hẻm, chung cư cũ và các điểm sinh hoạt cộng đồng, thu hút trên 18.000 lượt người dân. Hội nghị báo cáo viên được giữ đều đặn vào tuần đầu mỗi tháng, tổng cộng 12 hội nghị trong năm; đội ngũ báo cáo viên cấp quận hiện có 42 đồng chí.

“Trước đây họp tổ dân phố chủ yếu nghe đọc thông báo. Giờ tháng nào cũng có 2 buổi nói chuyện, cán bộ giải thích vì sao phải giải tỏa nhà ven kênh, bà con nghe là hiểu”, ông Trịnh Văn Út, 71 tuổi, ngụ khu phố 2, Phường 6, chia sẻ.

Cùng với tuyên truyền miệng, các chi bộ khu phố đưa nội dung nghị quyết vào sinh hoạt thường kỳ, với 486 buổi thảo luận chi bộ. Quận ủy triển khai ba đợt sinh hoạt chính trị – tư tưởng gắn với việc học tập Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng và Chỉ thị 05-CT/TW của Bộ Chính trị.

Trên lĩnh vực thông tin, Trang thông tin điện tử Quận ủy đăng 874 tin, bài, hình ảnh; Đài truyền thanh quận phát 156 chương trình thời sự địa phương. Cuộc thi viết “Tìm hiểu lịch sử Đảng bộ và nhân dân Quận 4” thu hút 2.135 bài dự thi, tăng gần 400 bài so với năm 2015; Ban Tổ chức trao 25 giải, trong đó có 1 giải Nhất.

Ban Tuyên giáo Quận ủy duy trì 61 cộng tác viên dư luận xã hội; trong năm đã thực hiện 22 báo cáo định kỳ và 9 báo cáo đột xuất về tình hình tư tưởng, dư luận trong nhân dân, tập trung vào các dự án chỉnh trang đô thị ven kênh và việc xây dựng lại 27 chung cư cũ xuống cấp trên địa bàn.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể và 19 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2016.

Năm 2017, Quận 4 phấn đấu 100% chi bộ khu phố lập nhóm Zalo để chuyển tài liệu sinh hoạt, mở 4 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo phường và tổ chức ít nhất 280 buổi nói chuyện chuyên đề.

Địa chỉ liên hệ: Ban Tuyên giáo Quận ủy Quận 4, số 18 Đoàn Văn Bơ, Phường 9; điện thoại (028) 3826 4417.
"""

T02 = """
Thứ Năm, ngày 11/7/2019

Quận 7, huyện Nhà Bè: Tuyên giáo bám nhịp đô thị hóa ở cửa ngõ phía Nam

(Thanhuytphcm.vn) – Sáu tháng đầu năm 2019, Quận 7 và huyện Nhà Bè – hai địa phương giáp ranh ở cửa ngõ phía Nam thành phố – cùng đối mặt với những vấn đề của quá trình đô thị hóa nhanh: chung cư mọc lên dày đặc, dân nhập cư tăng, nhiều dự án chậm tiến độ. Mỗi nơi có cách làm công tác tuyên giáo riêng.

▪ Quận 7: Chung cư là “địa bàn” mới

Quận 7 hiện có 97 chung cư với khoảng 40.000 hộ dân, nhiều tòa nhà chưa có tổ chức đảng. Sáu tháng qua, Ban Tuyên giáo Quận ủy phối hợp với ban quản trị các chung cư tổ chức 54 buổi tuyên truyền ngay tại sảnh, phòng sinh hoạt chung của tòa nhà, với hơn 6.200 lượt cư dân tham dự. Nội dung tập trung vào Luật An ninh mạng, phòng cháy, chữa cháy và quy chế quản lý, sử dụng nhà chung cư.

Về học tập nghị quyết, Quận ủy tổ chức 19 hội nghị học tập, quán triệt Nghị quyết Trung ương 7 khóa XII và chuyên đề năm 2019, với 5.347 lượt cán bộ, đảng viên; 4.512/4.690 đảng viên của Đảng bộ quận đã tham gia học tập. Ban Tuyên giáo Quận ủy cũng tổ chức 6 hội nghị báo cáo viên để cung cấp thông tin thời sự, định hướng trả lời những câu hỏi cư dân hay đặt ra.

Trên không gian mạng, quận đã hướng dẫn thành lập 128 nhóm Zalo tại các chung cư và khu phố, số thành viên hiện nay khoảng 31.500 người. Ban Tuyên giáo thường xuyên đưa thông tin chính thống vào các nhóm để định hướng khi xảy ra sự cố như cháy, cúp nước. Qua các nhóm này, Ban đã tổng hợp 14 báo cáo phản ánh tâm tư của cư dân về phí quản lý, bảo trì và việc chậm cấp giấy chứng nhận quyền sở hữu căn hộ.

“Cả tòa có 420 căn hộ mà trước đây ít ai biết ban quản trị làm gì. Từ khi có nhóm Zalo, mỗi tuần tôi đọc được 3-4 thông báo của phường”, anh Phạm Quốc Huy, cư dân một chung cư ở Phường Tân Hưng, cho biết.

Với cách làm này, Quận 7 được Ban Tuyên giáo Thành ủy đánh giá là một trong 4 địa phương làm tốt nhất việc ứng dụng mạng xã hội trong tuyên truyền.

Ảnh: 3 tuyên truyền viên trẻ của Phường Tân Phong trao đổi với cư dân chung cư.

▪ Huyện Nhà Bè: Nói chuyện thẳng về dự án, bồi thường

Nhà Bè có 6 xã, 1 thị trấn, đang đô thị hóa với nhiều dự án khu dân cư, cảng và kho bãi. Về học tập, quán triệt Nghị quyết Trung ương 8 khóa XII về Chiến lược phát triển bền vững kinh tế biển Việt Nam, huyện tổ chức 2 hội nghị cấp huyện và 31 hội nghị ở cơ sở, với 3.962 lượt cán bộ, đảng viên dự; tỷ lệ đảng viên tham gia đạt 94,2%, còn dưới 300 đảng viên chưa tham gia do tuổi cao, sức yếu.

Trung tâm Bồi dưỡng chính trị huyện mở 7 lớp bồi dưỡng lý luận chính trị, nhận thức về Đảng và đảng viên mới cho 473 học viên. Đội thông tin lưu động thực hiện 38 buổi tuyên truyền lưu động về phòng, chống dịch tả lợn châu Phi, bảo vệ môi trường tại các ấp; huyện treo 1.350 băng rôn, khẩu hiệu và 120 pano cổ động dọc Quốc lộ 50, đường Nguyễn Hữu Thọ. Trang thông tin điện tử huyện cùng 7 trang thông tin điện tử của các xã, thị trấn đã đăng 1.108 tin, bài.

“Sáu tháng qua, chúng tôi đã gửi 26 báo cáo nhanh về dư luận quanh các dự án khu dân cư ở xã Phước Kiển, Nhơn Đức, nhất là chuyện bồi thường, tái định cư”, ông Võ Thanh Tâm, Phó Trưởng ban Tuyên giáo Huyện ủy Nhà Bè cho biết. Theo ông Tâm, riêng dự án khu đô thị cảng Hiệp Phước có tổng vốn đầu tư hơn 1.200 tỷ đồng nên được người dân đặc biệt quan tâm.

Huyện ủy Nhà Bè đã biểu dương 6 tập thể, 13 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đề nghị Thành ủy tặng bằng khen cho 1 tập thể. Trong 6 tháng cuối năm, Nhà Bè dự kiến mở thêm 3 lớp trung cấp lý luận chính trị và tổ chức hội thi báo cáo viên giỏi cấp huyện.
"""

T03 = """
Gò Vấp: “Giãn cách nhưng không giãn tuyên truyền”

Chín tháng đầu năm 2021, Quận Gò Vấp trải qua đợt bùng phát dịch Covid-19 dài nhất từ trước tới nay. Phóng viên đã trao đổi với bà Lê Thị Thu Trang, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, về cách quận giữ mạch công tác tư tưởng trong những tháng giãn cách.

PV: Thưa bà, dịch bệnh đã ảnh hưởng thế nào đến việc học tập nghị quyết trong Đảng bộ quận?

Bà Lê Thị Thu Trang: Gò Vấp có 16 phường, hơn 680 nghìn dân; Đảng bộ quận có trên 12.500 đảng viên sinh hoạt ở 214 tổ chức cơ sở đảng. Với quy mô đó, việc tập trung đông người là không thể trong thời gian giãn cách. Dù vậy, 9 tháng qua các cấp ủy vẫn tổ chức được 57 hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XI Đảng bộ Thành phố, phần lớn theo hình thức trực tuyến, với 11.840 lượt cán bộ, đảng viên tham dự. Tỷ lệ đảng viên tham gia đạt 93,7%; gần như 100% cấp ủy viên dự học đầy đủ.

PV: Trung tâm Chính trị quận đã xoay xở ra sao khi không thể mở lớp tập trung?

Bà Lê Thị Thu Trang: Chúng tôi chuyển 9 lớp bồi dưỡng lý luận chính trị, nhận thức về Đảng sang học trực tuyến, với 612 học viên. Có học viên phải học trên điện thoại trong khu cách ly. Ban Thường vụ Quận ủy cũng đã ban hành 34 văn bản chỉ đạo công tác tư tưởng, nhiều văn bản hướng dẫn cụ thể việc sinh hoạt chi bộ trực tuyến.

PV: Còn tuyên truyền phòng, chống dịch đến người dân?

Bà Lê Thị Thu Trang: Kênh quan trọng nhất là nhóm Zalo. Quận đã lập 1.372 nhóm Zalo tổ dân phố để chuyển thông báo của Ban Chỉ đạo phòng, chống dịch, lịch tiêm vắc xin, số điện thoại của trạm y tế lưu động. Hiện các nhóm có khoảng 246 ngàn thành viên. Trong đợt giãn cách theo Chỉ thị 16/CT-TTg, từ ngày 9/7 đến 30/9, Ban Tuyên giáo Quận ủy biên soạn 86 bản tin nhanh, đăng trên fanpage “Gò Vấp ngày nay”; fanpage hiện có hơn 52 ngàn người theo dõi. Đội xe tuyên truyền lưu động của quận chạy 2.150 lượt trên các tuyến hẻm, phát thông điệp 5K.

PV: Công tác nắm bắt dư luận xã hội trong thời điểm nhạy cảm này được thực hiện thế nào?

Bà Lê Thị Thu Trang: Hiện quận có 74 cộng tác viên dư luận xã hội, ở tất cả 16 phường. Chín tháng qua, các cộng tác viên đã gửi về 41 báo cáo tâm trạng xã hội, nhiều nhất là tâm tư của người lao động tự do chờ nhận hỗ trợ theo Nghị quyết 68/NQ-CP, gói hỗ trợ trị giá khoảng 26.000 tỷ đồng của Chính phủ. Có những báo cáo chúng tôi chuyển ngay trong đêm tới Thường trực Quận ủy để xử lý.

PV: Những tập thể, cá nhân làm tốt đã được ghi nhận ra sao?

Bà Lê Thị Thu Trang: Ban Thường vụ Quận ủy đã khen thưởng 23 tập thể và 47 cá nhân có thành tích trong tuyên truyền phòng, chống dịch. Chúng tôi cũng đã đề nghị Thành ủy tặng bằng khen cho 4 cá nhân, trong đó có một tổ trưởng tổ dân phố 68 tuổi vẫn đi gõ cửa từng nhà vận động tiêm vắc xin.

PV: Quý IV, quận sẽ tập trung vào việc gì?

Bà Lê Thị Thu Trang: Quý IV, khi thành phố từng bước mở cửa, quận sẽ tổ chức 2 đợt sinh hoạt chính trị về trách nhiệm của cán bộ, đảng viên trong phòng, chống dịch và mở lại 6 lớp bồi dưỡng trực tiếp. Chúng tôi phấn đấu đến cuối năm có 95% đảng viên hoàn thành học tập các nghị quyết. Người dân cần hỗ trợ có thể gọi Tổng đài 1022 hoặc đường dây nóng của quận 028.3894.1122.

PV: Xin cảm ơn bà!
"""

T04 = """
ĐẢNG BỘ TP. HỒ CHÍ MINH
QUẬN ỦY BÌNH TÂN
BAN TUYÊN GIÁO
Số 214-BC/BTGQU
Bình Tân, ngày 05 tháng 10 năm 2023

BÁO CÁO TÓM TẮT
Kết quả công tác tuyên giáo quý III năm 2023 và nhiệm vụ quý IV năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
- Văn bản Ban Thường vụ Quận ủy ban hành theo tham mưu của Ban: 17
- Văn bản hướng dẫn của Ban Tuyên giáo Quận ủy: 09

2. Học tập, quán triệt Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII và Quy định số 114-QĐ/TW
- Hội nghị cấp quận: 02; hội nghị ở cơ sở: 71
- Lượt cán bộ, đảng viên dự: 14.306
- Lượt quần chúng, đoàn viên, hội viên dự: 3.118
- Tỷ lệ đảng viên tham gia: 95,82%
- Đảng viên chưa tham gia: 627 (chủ yếu là đảng viên tuổi cao, được miễn sinh hoạt)

3. Sinh hoạt chi bộ và mạng xã hội
- Buổi thảo luận chuyên đề tại chi bộ: 389
- Nhóm Zalo của chi bộ khu phố: 402; thành viên: khoảng 11.600
- Trang mạng xã hội chính danh của Quận ủy và Ban Tuyên giáo: 3

4. Tuyên truyền
- Buổi nói chuyện chuyên đề tại khu phố, khu nhà trọ công nhân: 146; lượt người nghe: ước 19.400
- Băng rôn, khẩu hiệu: hơn 2.000
- Tin, bài, video đăng trên Trang thông tin điện tử quận và các trang mạng xã hội chính danh: 1.284
- Cuộc thi trực tuyến “Tìm hiểu Luật Thực hiện dân chủ ở cơ sở”: 8.752 lượt dự thi

5. Dư luận xã hội
- Cộng tác viên dư luận xã hội hiện có: 88 (tại 10 phường và các khối)
- Báo cáo tình hình dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 13

6. Bồi dưỡng lý luận chính trị, báo cáo viên
- Lớp bồi dưỡng lý luận chính trị, nghiệp vụ do Trung tâm Chính trị quận mở: 06; học viên: 418
- Hội nghị báo cáo viên quận: 03
- Báo cáo viên quận: 46 đồng chí (bổ sung 5 đồng chí trong quý)

7. Thi đua, khen thưởng
- Tập thể được Ban Thường vụ Quận ủy khen thưởng: 08; cá nhân: 15 (dịp sơ kết 2 năm thực hiện Kết luận số 01-KL/TW)

II. NHIỆM VỤ QUÝ IV NĂM 2023
1. Tổ chức 2 hội nghị báo cáo viên quận; mở 5 lớp bồi dưỡng nhận thức về Đảng.
2. Phấn đấu 100% chi bộ khu phố thảo luận chuyên đề năm 2023.
3. Tuyên truyền kỷ niệm 93 năm Ngày truyền thống Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 – 18/11/2023).
4. Nâng số cộng tác viên dư luận xã hội lên 100 người.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.

TRƯỞNG BAN
(đã ký)
"""

D01, D02, D03, D04 = "2017-01-06", "2019-07-11", "2021-10-12", "2023-10-05"
P01, P02, P03, P04 = year(2016), h1(2019), m9(2021), quarter(3, 2023)

DOCS = [
    Doc("h11_01_quan4_2016", T01, Q4, P01, D01, "text", facts=[
        F("ban hành 29 văn bản chỉ đạo", 29, "documents_issued"),
        F("tổ chức 73 lớp học tập, quán triệt", 73, "study_sessions"),
        F("với 9.425 lượt cán bộ, đảng viên", 9425, "study_attendance", a="party_members"),
        F("1.860 lượt quần chúng nòng cốt", 1860, "study_attendance", a="masses"),
        F("dự học đạt 95,6%", 95.6, "study_participation_rate"),
        F("100% cấp ủy viên các cấp tham gia học tập", 100, "study_participation_rate"),
        F("mở 14 lớp bồi dưỡng lý luận chính trị", 14, "training_classes"),
        F("với 1.128 học viên", 1128, "trainees"),
        F("đã tổ chức 265 buổi nói chuyện", 265, "oral_propaganda_sessions"),
        F("trên 18.000 lượt người dân", 18000, "propaganda_audience", "at_least", a="masses"),
        F("tổng cộng 12 hội nghị trong năm", 12, "reporter_conferences"),
        F("hiện có 42 đồng chí", 42, "reporters", p=inst(D01)),
        F("với 486 buổi thảo luận chi bộ", 486, "party_cell_discussions"),
        F("triển khai ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("đăng 874 tin, bài", 874, "news_items"),
        F("phát 156 chương trình thời sự", 156, "news_items"),
        F("thu hút 2.135 bài dự thi", 2135, "contest_entries"),
        F("duy trì 61 cộng tác viên", 61, "opinion_collaborators", p=end_of(P01)),
        F("thực hiện 22 báo cáo định kỳ", 22, "opinion_reports"),
        F("9 báo cáo đột xuất", 9, "opinion_reports"),
        F("cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Sáng 6/1/2017", 6), ("nhiệm vụ năm 2017", 2017), ("Đại hội XII", 12),
              ("lần thứ X", 10), ("nhiệm kỳ 2015 – 2020", 2015), ("15 phường", 15),
              ("gần 190 nghìn dân", 190000), ("có 2 buổi nói chuyện", 2), ("71 tuổi", 71),
              ("khu phố 2", 2), ("Phường 6", 6), ("Trung ương 4", 4), ("khóa XII", 12),
              ("05-CT/TW", 5), ("tăng gần 400 bài", 400), ("so với năm 2015", 2015),
              ("trao 25 giải", 25), ("1 giải Nhất", 1), ("27 chung cư cũ", 27),
              ("100% chi bộ khu phố", 100), ("mở 4 lớp", 4),
              ("ít nhất 280 buổi", 280), ("số 18 Đoàn Văn Bơ", 18), ("Phường 9", 9),
              ("(028) 3826 4417", 28)]),
    Doc("h11_02_quan7_nhabe_2019", T02, Q7, P02, D02, "text", facts=[
        F("tổ chức 54 buổi tuyên truyền", 54, "oral_propaganda_sessions"),
        F("hơn 6.200 lượt cư dân", 6200, "propaganda_audience", "at_least", a="masses"),
        F("tổ chức 19 hội nghị học tập, quán triệt", 19, "study_sessions"),
        F("với 5.347 lượt cán bộ, đảng viên", 5347, "study_attendance", a="party_members"),
        F("4.512/4.690 đảng viên", 4512, "study_attendance", a="party_members"),
        F("tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("thành lập 128 nhóm Zalo", 128, "chat_groups", p=end_of(P02)),
        F("số thành viên hiện nay khoảng 31.500 người", 31500, "chat_group_members", "approx",
          p=inst(D02)),
        F("tổng hợp 14 báo cáo phản ánh tâm tư", 14, "opinion_reports"),
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions", unit=NB),
        F("31 hội nghị ở cơ sở", 31, "study_sessions", unit=NB),
        F("với 3.962 lượt cán bộ, đảng viên", 3962, "study_attendance", a="party_members",
          unit=NB),
        F("tham gia đạt 94,2%", 94.2, "study_participation_rate", unit=NB),
        F("còn dưới 300 đảng viên chưa tham gia", 300, "other", "at_most", unit=NB),
        F("mở 7 lớp bồi dưỡng lý luận chính trị", 7, "training_classes", unit=NB),
        F("cho 473 học viên", 473, "trainees", unit=NB),
        F("thực hiện 38 buổi tuyên truyền lưu động", 38, "oral_propaganda_sessions", unit=NB),
        F("treo 1.350 băng rôn", 1350, "other", unit=NB),
        F("120 pano cổ động", 120, "other", unit=NB),
        F("cùng 7 trang thông tin điện tử", 7, "websites", unit=NB, p=end_of(P02)),
        F("đã đăng 1.108 tin, bài", 1108, "news_items", unit=NB),
        F("đã gửi 26 báo cáo nhanh về dư luận", 26, "opinion_reports", unit=NB),
        F("biểu dương 6 tập thể", 6, "commended_collectives", unit=NB),
        F("6 tập thể, 13 cá nhân", 13, "commended_individuals", unit=NB),
    ], traps=[("ngày 11/7/2019", 11), ("hiện có 97 chung cư", 97),
              ("khoảng 40.000 hộ dân", 40000), ("Trung ương 7", 7), ("khóa XII", 12),
              ("chuyên đề năm 2019", 2019), ("420 căn hộ", 420), ("3-4 thông báo", 3),
              ("một trong 4 địa phương", 4), ("Ảnh: 3 tuyên truyền viên", 3),
              ("6 xã", 6), ("1 thị trấn", 1), ("Trung ương 8", 8), ("Quốc lộ 50", 50),
              ("hơn 1.200 tỷ đồng", 1200000000000), ("cho 1 tập thể", 1),
              ("6 tháng cuối năm", 6), ("thêm 3 lớp", 3)]),
    Doc("h11_03_govap_2021", T03, GV, P03, D03, "sidecar", meta={"date": D03}, facts=[
        F("tổ chức được 57 hội nghị học tập", 57, "study_sessions"),
        F("với 11.840 lượt cán bộ, đảng viên", 11840, "study_attendance", a="party_members"),
        F("tham gia đạt 93,7%", 93.7, "study_participation_rate"),
        F("gần như 100% cấp ủy viên", 100, "study_participation_rate", "approx"),
        F("chuyển 9 lớp bồi dưỡng lý luận chính trị", 9, "training_classes"),
        F("với 612 học viên", 612, "trainees"),
        F("ban hành 34 văn bản", 34, "documents_issued"),
        F("đã lập 1.372 nhóm Zalo", 1372, "chat_groups", p=end_of(P03)),
        F("khoảng 246 ngàn thành viên", 246000, "chat_group_members", "approx", p=inst(D03)),
        F("biên soạn 86 bản tin nhanh", 86, "news_items", p=since("2021-07-09", "2021-09-30")),
        F("hơn 52 ngàn người theo dõi", 52000, "propaganda_audience", "at_least", p=inst(D03)),
        F("chạy 2.150 lượt", 2150, "other"),
        F("Hiện quận có 74 cộng tác viên", 74, "opinion_collaborators", p=inst(D03)),
        F("gửi về 41 báo cáo tâm trạng xã hội", 41, "opinion_reports"),
        F("khen thưởng 23 tập thể", 23, "commended_collectives"),
        F("23 tập thể và 47 cá nhân", 47, "commended_individuals"),
    ], traps=[("16 phường", 16), ("hơn 680 nghìn dân", 680000),
              ("trên 12.500 đảng viên", 12500), ("214 tổ chức cơ sở đảng", 214),
              ("Đại hội XIII", 13), ("Đại hội XI Đảng bộ", 11), ("Covid-19", 19),
              ("Chỉ thị 16/CT-TTg", 16), ("từ ngày 9/7", 9), ("đến 30/9", 30),
              ("thông điệp 5K", 5), ("Nghị quyết 68/NQ-CP", 68),
              ("khoảng 26.000 tỷ đồng", 26000000000000), ("cho 4 cá nhân", 4),
              ("68 tuổi", 68), ("2 đợt sinh hoạt chính trị", 2), ("6 lớp bồi dưỡng", 6),
              ("95% đảng viên", 95), ("Tổng đài 1022", 1022), ("028.3894.1122", 28)]),
    Doc("h11_04_binhtan_2023", T04, BT, P04, D04, "text", facts=[
        F("theo tham mưu của Ban: 17", 17, "documents_issued"),
        F("Văn bản hướng dẫn của Ban Tuyên giáo Quận ủy: 09", 9, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("hội nghị ở cơ sở: 71", 71, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 14.306", 14306, "study_attendance", a="party_members"),
        F("đoàn viên, hội viên dự: 3.118", 3118, "study_attendance", a="masses"),
        F("Tỷ lệ đảng viên tham gia: 95,82%", 95.82, "study_participation_rate"),
        F("Đảng viên chưa tham gia: 627", 627, "other"),
        F("Buổi thảo luận chuyên đề tại chi bộ: 389", 389, "party_cell_discussions"),
        F("Nhóm Zalo của chi bộ khu phố: 402", 402, "chat_groups", p=end_of(P04)),
        F("thành viên: khoảng 11.600", 11600, "chat_group_members", "approx", p=end_of(P04)),
        F("Quận ủy và Ban Tuyên giáo: 3", 3, "social_pages", p=end_of(P04)),
        F("khu nhà trọ công nhân: 146", 146, "oral_propaganda_sessions"),
        F("lượt người nghe: ước 19.400", 19400, "propaganda_audience", "approx"),
        F("Băng rôn, khẩu hiệu: hơn 2.000", 2000, "other", "at_least"),
        F("các trang mạng xã hội chính danh: 1.284", 1284, "news_items"),
        F("8.752 lượt dự thi", 8752, "contest_entries"),
        F("Cộng tác viên dư luận xã hội hiện có: 88", 88, "opinion_collaborators", p=inst(D04)),
        F("gửi Ban Tuyên giáo Thành ủy: 13", 13, "opinion_reports"),
        F("Trung tâm Chính trị quận mở: 06", 6, "training_classes"),
        F("học viên: 418", 418, "trainees"),
        F("Hội nghị báo cáo viên quận: 03", 3, "reporter_conferences"),
        F("Báo cáo viên quận: 46 đồng chí", 46, "reporters", p=end_of(P04)),
        F("Quận ủy khen thưởng: 08", 8, "commended_collectives"),
        F("cá nhân: 15", 15, "commended_individuals"),
    ], traps=[("Số 214-BC/BTGQU", 214), ("ngày 05 tháng 10 năm 2023", 5),
              ("21-KL/TW", 21), ("Trung ương 4", 4), ("khóa XIII", 13),
              ("114-QĐ/TW", 114), ("10 phường", 10), ("bổ sung 5 đồng chí", 5),
              ("sơ kết 2 năm", 2), ("01-KL/TW", 1), ("Tổ chức 2 hội nghị báo cáo viên", 2),
              ("mở 5 lớp", 5), ("100% chi bộ", 100), ("93 năm", 93), ("18/11/1930", 18),
              ("18/11/2023", 18), ("lên 100 người", 100),
              ("1. Công tác tham mưu", 1), ("2. Học tập, quán triệt", 2),
              ("3. Sinh hoạt chi bộ", 3), ("4. Tuyên truyền\n", 4), ("5. Dư luận xã hội", 5),
              ("6. Bồi dưỡng lý luận", 6), ("7. Thi đua", 7), ("1. Tổ chức", 1),
              ("2. Phấn đấu", 2), ("3. Tuyên truyền kỷ niệm", 3), ("4. Nâng số", 4)]),
]
