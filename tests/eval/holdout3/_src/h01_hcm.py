"""Third held-out set (holdout3), part 1: Ho Chi Minh City districts and city bodies before
2025-07-01. Written from docs/LABELING.md, tests/eval/README.md and the seeds only, without
reading the extractor and without running it on these reports."""
from build_gold import Doc, F, U, end_of, h1, h2, inst, m9, month, quarter, since, year

HCM = U("79")
Q7, NHABE, CANGIO = U("Quận 7"), U("Huyện Nhà Bè"), U("Huyện Cần Giờ")
Q11, QTD_OLD, TPTD = U("Quận 11"), U("Quận Thủ Đức"), U("Thành phố Thủ Đức")
Q4, Q8 = U("Quận 4"), U("Quận 8")

# ---------------------------------------------------------------------------------------------
T301 = """
Cụm thi đua 4 sơ kết công tác tuyên giáo 6 tháng đầu năm 2018

(Thanhuytphcm.vn) - Ngày 12/7/2018, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị giao ban Cụm thi đua 4, gồm Ban Tuyên giáo Quận ủy Q.7, Huyện ủy Nhà Bè và Huyện ủy Cần Giờ, đánh giá kết quả công tác tuyên giáo 6 tháng đầu năm 2018. Đồng chí Lê Hoàng Vũ, Phó Trưởng ban Tuyên giáo Thành ủy chủ trì hội nghị.

Mở đầu buổi giao ban, đại diện Ban Tuyên giáo Thành ủy nhận định ba địa phương phía Nam thành phố có đặc thù rất khác nhau: một bên là khu đô thị mới với nhiều chung cư cao tầng, một bên là các xã ven sông, ven biển, đi lại còn khó khăn, nên mỗi nơi phải tìm phương thức phù hợp với người dân của mình.

Quận 7: Đưa nghị quyết về tận chi bộ khu phố

Trong 6 tháng, Ban Thường vụ Quận ủy Quận 7 ban hành 23 văn bản lãnh đạo, chỉ đạo về công tác chính trị tư tưởng. Quận tổ chức 46 lớp học tập, quán triệt Nghị quyết Trung ương 6 và Trung ương 7 khóa XII cho 5.318 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia học tập đạt 96,5 %. Bên cạnh các lớp tập trung, chi bộ khu phố duy trì 318 buổi sinh hoạt chi bộ chuyên đề để đảng viên trao đổi sâu hơn về nội dung nghị quyết.

Quận 7 có 10 phường với trên 320 nghìn dân, phần lớn sống trong các chung cư, nên Ban Tuyên giáo Quận ủy đặc biệt chú trọng kênh trực tuyến. Hiện quận có 11 trang thông tin điện tử của các phường, cơ quan và 27 fanpage của các đoàn thể. “Ở chung cư, gõ cửa từng nhà rất khó. Nhưng một bản tin ngắn đưa lên nhóm cư dân thì chỉ vài phút đã có người hỏi lại, góp ý”, đồng chí Trần Thị Mỹ Linh, Trưởng ban Tuyên giáo Quận ủy Quận 7 cho biết.

Huyện Nhà Bè: Nắm chắc dư luận ở vùng dự án

Nhà Bè đang triển khai nhiều công trình giao thông, trong đó riêng dự án mở rộng đường Nguyễn Bình có tổng vốn khoảng 1.100 tỷ đồng, kéo theo nhiều hộ dân phải di dời. Vì thế, công tác nắm bắt dư luận được huyện đặt lên hàng đầu. Đội ngũ 64 cộng tác viên dư luận xã hội của huyện đã gửi 19 báo cáo, phản ánh kịp thời tâm tư của người dân có đất bị thu hồi.

Sáu tháng qua, huyện tổ chức khoảng 150 buổi tuyên truyền miệng tại các ấp, khu phố, thu hút hơn 9.400 lượt người dân tham dự. Trung tâm Bồi dưỡng chính trị huyện mở bốn lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 212 học viên.

CẦN GIỜ

Là huyện duy nhất của thành phố giáp biển, diện tích hơn 700 km2 nhưng chỉ khoảng 75 nghìn dân, Cần Giờ chọn cách “đi từng ấp, gõ từng nhà”. Từ đầu năm đến nay, Huyện ủy Cần Giờ đã tổ chức 2 đợt sinh hoạt chính trị về chủ quyền biển, đảo; tổ tuyên truyền của huyện đã trực tiếp trò chuyện với 1.460 lượt người dân ở xã đảo Thạnh An. Huyện duy trì 38 nhóm Zalo của các ấp, tổ nhân dân với khoảng 6.200 thành viên. Đài Truyền thanh huyện phát 410 tin, bài về hoạt động của cơ sở.

Ông Võ Văn Tư, 71 tuổi, ngụ ấp Thạnh Hòa, xã Thạnh An, kể: “Hồi trước muốn biết tin huyện phải chờ đò vào chợ, giờ con cháu đọc trên nhóm cho nghe, có gì thắc mắc thì hỏi cán bộ ấp liền.”

Kết luận hội nghị, đồng chí Lê Hoàng Vũ đề nghị ba địa phương trong 6 tháng cuối năm phấn đấu 100% chi bộ tổ chức học tập chuyên đề năm 2018, đồng thời xây dựng thêm ít nhất 15 nhóm Zalo khu phố, ấp.
"""
D301 = "2018-07-12"
P301 = h1(2018)
S301 = since("2018-01-01", D301)

# ---------------------------------------------------------------------------------------------
T302 = """
Thứ Tư, ngày 10 tháng 1 năm 2018

TP.HCM: Ngành tuyên giáo tổng kết năm 2017, chú trọng thông tin trên không gian mạng

Sáng nay, tại Hội trường Thành ủy (số 127 Trương Định, Quận 3), Ban Tuyên giáo Thành ủy TPHCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2017 và triển khai nhiệm vụ năm 2018.

Theo báo cáo, trong năm, Ban Tuyên giáo Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành 41 văn bản chỉ đạo về công tác tư tưởng, trong đó có Kế hoạch 12-KH/TU tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968. Toàn Đảng bộ thành phố tổ chức học tập, quán triệt Nghị quyết Trung ương 5 khóa XII cho 264.580 lượt cán bộ, đảng viên, đạt tỷ lệ 97,8%. Riêng khối doanh nghiệp ngoài nhà nước, do đặc thù làm việc theo ca, chỉ có chưa đến 60% đảng viên dự học trực tiếp; số còn lại học qua hình thức trực tuyến.

Đội ngũ báo cáo viên Thành ủy hiện có 112 đồng chí. Trong năm, Ban tổ chức 12 hội nghị báo cáo viên thành phố, mỗi hội nghị được truyền trực tuyến đến 24 quận, huyện. Mạng lưới cộng tác viên dư luận xã hội của thành phố gồm 1.326 người; lực lượng này đã giúp Ban xây dựng 48 báo cáo tổng hợp dư luận xã hội gửi Thường trực Thành ủy.

“Với một thành phố hơn 8 triệu dân, chỉ cần mình chậm một nhịp là thông tin sai lệch đã lan đi rất xa. Người làm tuyên giáo bây giờ không thể chỉ ngồi viết báo cáo, mà phải có mặt ở nơi người dân đang đọc tin”, đồng chí Trưởng ban Tuyên giáo Thành ủy nhấn mạnh.

Ở khối đoàn thể, Thành Đoàn TP.HCM tổ chức ba đợt sinh hoạt chính trị cho đoàn viên, thanh niên với trên 420 ngàn lượt đoàn viên tham gia. Liên đoàn Lao động TP tổ chức 86 buổi nói chuyện chuyên đề về pháp luật lao động tại các khu chế xuất, khu công nghiệp cho gần 31.000 lượt công nhân, lao động.

Sở Thông tin và Truyền thông phối hợp các cơ quan báo chí đăng tải hơn 16.500 tin, bài về các sự kiện chính trị của thành phố; các video tuyên truyền trên mạng xã hội thu hút ước 3,6 triệu lượt xem. Cuộc thi trắc nghiệm trực tuyến tìm hiểu lịch sử Đảng bộ thành phố do Ban Tuyên giáo Thành ủy phát động nhận được 152.340 bài dự thi.

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2017.

Năm 2018, ngành tuyên giáo thành phố phấn đấu 100% cấp ủy viên các cấp được bồi dưỡng kiến thức về mạng xã hội; Ban Tuyên giáo Thành ủy sẽ mở 30 lớp tập huấn cho quản trị viên các trang fanpage của quận, huyện.
"""
D302 = "2018-01-10"
P302 = year(2017)

# ---------------------------------------------------------------------------------------------
T303 = """
ĐẢNG BỘ QUẬN 11
BAN TUYÊN GIÁO QUẬN ỦY
Số 87-BC/BTGQU

Quận 11, ngày 2 tháng 10 năm 2020

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng đầu năm 2020, phương hướng nhiệm vụ quý IV năm 2020

I. TÌNH HÌNH TƯ TƯỞNG

Chín tháng qua, tình hình tư tưởng trong cán bộ, đảng viên và nhân dân Q.11 cơ bản ổn định, tin tưởng vào sự lãnh đạo của Đảng. Đợt dịch Covid-19 bùng phát trở lại từ cuối tháng 7 khiến một bộ phận tiểu thương ở các chợ Bình Thới, Thiếc lo lắng vì sức mua giảm. Quận có 16 phường, dân số hơn 230 nghìn người, trong đó khoảng 30% là người Hoa, nên nội dung tuyên truyền được biên soạn song ngữ ở một số khu phố.

II. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
- Tổ chức 28 hội nghị học tập, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp cho 3.742 lượt cán bộ, đảng viên.
- Tại các chi bộ khu phố, 1.204/1.250 đảng viên đã tham gia học tập, đạt 96,3%; số vắng chủ yếu là đảng viên cao tuổi, sức khỏe yếu.

2. Thông tin, tuyên truyền
- Ban hành 17 văn bản hướng dẫn tuyên truyền đại hội đảng bộ cơ sở và Đại hội đại biểu Đảng bộ quận lần thứ XI, nhiệm kỳ 2020 – 2025.
- Các phường tổ chức 96 buổi tuyên truyền miệng với xấp xỉ 7.850 lượt người nghe; số buổi giảm 41 buổi so với cùng kỳ do thực hiện giãn cách xã hội.
- Hưởng ứng cuộc thi trắc nghiệm “Tìm hiểu 90 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam”, quận có 24.618 bài dự thi, xếp thứ 3 toàn thành phố.
- Treo 1.120 băng rôn và 64 pano, áp phích chào mừng đại hội đảng bộ các cấp.

3. Báo cáo viên, dư luận xã hội
- Đội ngũ báo cáo viên quận hiện có 42 đồng chí.
- Tính đến ngày 30/9/2020, lực lượng cộng tác viên dư luận xã hội của quận có 58 người.
- Tổ chức 3 hội nghị báo cáo viên định kỳ; thực hiện 11 báo cáo nhanh về dư luận xã hội gửi Ban Thường vụ Quận ủy.

4. Giáo dục lý luận chính trị, khen thưởng
- Trung tâm Chính trị quận mở 03 lớp sơ cấp lý luận chính trị và 02 lớp bồi dưỡng đảng viên mới, tổng cộng 286 học viên.
- Ban Thường vụ Quận ủy khen thưởng 7 tập thể, 12 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

III. ĐÁNH GIÁ CHUNG

Công tác tuyên giáo bám sát nhiệm vụ chính trị của quận, kịp thời định hướng tư tưởng trong giai đoạn vừa chống dịch vừa chuẩn bị đại hội. Tuy nhiên, một số chi bộ còn lúng túng khi chuyển sang sinh hoạt trực tuyến; việc nắm dư luận ở các chợ, khu nhà trọ có lúc chưa sâu.

IV. PHƯƠNG HƯỚNG QUÝ IV NĂM 2020
- Tổ chức học tập, quán triệt Nghị quyết Đại hội XI Đảng bộ quận cho 100% cán bộ, đảng viên; dự kiến mở 20 lớp tại các phường.
- Phấn đấu bổ sung 15 cộng tác viên dư luận xã hội ở các khu phố có nhiều hộ kinh doanh.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
Địa chỉ: số 270 Bình Thới, Phường 10, Quận 11; điện thoại: 028.3963.4172.
"""
D303 = "2020-10-02"
P303 = m9(2020)

# ---------------------------------------------------------------------------------------------
T304 = """
Q. Thủ Đức: Đưa thông tin bầu cử đến từng khu phố

(Thanhuytphcm.vn) – Ngày 8/7/2016, Ban Tuyên giáo Quận ủy Thủ Đức tổ chức giao ban công tác tuyên giáo quý II năm 2016 với Ban Tuyên giáo đảng ủy 12 phường và các chi, đảng bộ cơ sở trực thuộc.

Trọng tâm của quý là tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 – 2021. Ban Tuyên giáo Quận ủy đã tham mưu ban hành 9 văn bản hướng dẫn nội dung tuyên truyền, tài liệu hỏi – đáp về bầu cử. Quận và các phường tổ chức 214 buổi tuyên truyền miệng, nói chuyện chuyên đề với gần 19.500 lượt người dân tham dự. Riêng tháng 5/2016, thời điểm cao điểm trước ngày bầu cử 22/5, có 37 buổi được tổ chức ngay tại các khu nhà trọ công nhân.

“Có khu phố hơn 3.000 hộ, phần lớn là công nhân thuê trọ, đi làm từ 6 giờ sáng đến tối mới về. Muốn gặp được họ thì mình phải tổ chức vào buổi tối, vào chủ nhật”, bà Đặng Thị Ngọc Hân, Phó Trưởng ban Tuyên giáo Quận ủy cho biết.

Toàn quận treo khoảng 2.350 băng rôn, khẩu hiệu; Trang thông tin điện tử quận đăng 326 tin, bài về bầu cử. Cuộc thi tìm hiểu Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân do Quận đoàn phát động nhận được 8.914 bài dự thi, chủ yếu từ học sinh, sinh viên các trường trên địa bàn.

Về học tập nghị quyết, quận tổ chức 2 hội nghị quán triệt Nghị quyết Đại hội XII của Đảng cho hơn 1.800 cán bộ, đảng viên chủ chốt; các chi bộ tiếp tục triển khai học tập cho 9.135 đảng viên, đạt 98,2%.

Đánh giá chung, các đại biểu cho rằng công tác tuyên truyền bầu cử năm nay sâu rộng hơn nhiệm kỳ trước, nhưng việc nắm tư tưởng của công nhân nhập cư vẫn còn khó. Một số phường chưa cập nhật kịp thời thông tin lên trang điện tử, chưa tận dụng được mạng xã hội để tiếp cận người trẻ.

Trong quý III, Quận ủy Thủ Đức sẽ tổ chức sơ kết 5 năm thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh, đồng thời tuyên truyền kỷ niệm 71 năm Cách mạng Tháng Tám và Quốc khánh 2/9.
"""
D304 = "2016-07-08"
P304 = quarter(2, 2016)

# ---------------------------------------------------------------------------------------------
T305 = """
TP Thủ Đức: Hai năm xây dựng “hệ sinh thái” thông tin cơ sở

(Thanhuytphcm.vn) - Ngày 6/1/2023, Thành ủy TP Thủ Đức tổ chức hội nghị tổng kết công tác tuyên giáo năm 2022 và triển khai nhiệm vụ năm 2023. Đồng chí Nguyễn Hữu Lộc, Phó Bí thư Thành ủy Thủ Đức chủ trì hội nghị.

Thủ Đức là địa bàn rộng, gồm 34 phường với hơn 1,1 triệu dân, được thành lập trên cơ sở sáp nhập ba quận cũ. Hai năm qua, bộ máy làm công tác tuyên giáo vừa hoạt động vừa kiện toàn, nhiều cán bộ phải làm quen với địa bàn mới, người dân mới.

Năm 2021, năm đầu tiên đi vào hoạt động và cũng là năm dịch bệnh diễn biến phức tạp, Ban Tuyên giáo Thành ủy Thủ Đức tập trung kiện toàn đội ngũ; Trung tâm Chính trị thành phố tổ chức 19 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo phường. Cũng trong năm này, các khu phố thành lập 48 nhóm Zalo đầu tiên để thông tin về phòng, chống dịch.

Năm 2022, công tác tuyên giáo có bước chuyển rõ nét. Ban Thường vụ Thành ủy Thủ Đức ban hành 37 văn bản lãnh đạo, chỉ đạo; tổ chức 52 lớp học tập, quán triệt Nghị quyết Trung ương 4 và Trung ương 5 khóa XIII với 21.407 lượt cán bộ, đảng viên và 6.930 lượt quần chúng tham dự. Trang thông tin điện tử của Thành ủy đăng tải gần 2.700 tin, bài, video clip.

Đến nay, Thủ Đức có 36 fanpage của Thành ủy, UBND và các phường, cùng 1.286 nhóm Zalo khu phố với khoảng 214 nghìn thành viên. Từ ngày 15/11/2022 đến nay, các chi bộ đã tổ chức 410 buổi sinh hoạt chi bộ thảo luận chuyên đề về xây dựng văn minh đô thị.

“Mỗi sáng, tôi dành 30 phút đọc tin trên nhóm rồi mới đi chợ. Có thông báo tiêm vắc xin hay cúp nước là biết liền”, bà Lê Thị Hoa, 64 tuổi, tổ trưởng tổ dân phố 7, khu phố 3, phường Linh Trung, chia sẻ.

Dịp này, Thành ủy TP Thủ Đức tặng giấy khen cho 18 tập thể và 26 cá nhân có thành tích trong công tác tuyên giáo năm 2022. Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Lộc đề nghị trong năm 2023 phấn đấu 100% khu phố có nhóm Zalo hoạt động hiệu quả và sẽ thí điểm mô hình “Khu phố số” tại 5 phường.
"""
D305 = "2023-01-06"
P305 = year(2022)

# ---------------------------------------------------------------------------------------------
T306 = """
Quận 4, Quận 8: Dấu ấn công tác tuyên giáo 6 tháng cuối năm 2019

(Thanhuytphcm.vn) - Ngày 30/12/2019, Ban Tuyên giáo Quận ủy Quận 4 và Ban Tuyên giáo Quận ủy Quận 8 tổ chức giao ban liên quận, đánh giá kết quả công tác 6 tháng cuối năm 2019. Hai quận ven kênh rạch của thành phố có chung đặc điểm: nhiều chung cư cũ, nhiều hộ lao động tự do và cơ sở sản xuất nhỏ lẻ, đời sống một bộ phận người dân còn khó khăn.

QUẬN 4

- Ban Thường vụ Quận ủy ban hành 14 văn bản về công tác chính trị tư tưởng, tập trung chuẩn bị đại hội đảng bộ cơ sở.
- Tổ chức mười lăm lớp học tập chuyên đề năm 2019 cho 4.086 lượt cán bộ, đảng viên. Gần như 100% chi bộ khu phố đã đưa chuyên đề vào sinh hoạt thường kỳ; đảng viên vắng học không lý do chỉ còn dưới 3%.
- Duy trì 06 hội nghị báo cáo viên định kỳ.
- Cổng thông tin điện tử quận cùng 11 trang tin điện tử của các phường đăng tải 2.874 tin, bài.

“Nhiều hộ ở chung cư cũ đã sống ở đây 30, 40 năm, họ rất quan tâm chuyện cải tạo chung cư. Mình nói không rõ thì họ nghe tin đồn”, đồng chí Nguyễn Thị Thu Hà, Phó Trưởng ban Tuyên giáo Quận ủy Q.4 chia sẻ.

QUẬN 8

- Quận 8 có 16 phường với khoảng 430 nghìn dân, nhiều hộ sống ven kênh Đôi, kênh Tàu Hủ. Quận phối hợp Liên đoàn Lao động quận tổ chức 64 buổi nói chuyện chuyên đề tại các cơ sở sản xuất, khu nhà trọ, thu hút trên 22.000 lượt công nhân, lao động.
- Các chi bộ khu phố tổ chức từ 450 đến 500 buổi sinh hoạt chi bộ thảo luận về dự thảo văn kiện đại hội.
- Tính đến ngày 15/12/2019, quận có 96 cộng tác viên dư luận xã hội; trong 6 tháng, lực lượng này gửi 14 báo cáo dư luận xã hội.
- Toàn quận có 130 nhóm Zalo khu phố với hơn 25 ngàn thành viên.
- Quận ủy tuyên dương 9 tập thể, 17 cá nhân điển hình trong phong trào “Dân vận khéo”.

Kết thúc giao ban, hai quận thống nhất trong năm 2020 sẽ phối hợp tổ chức Hội thi báo cáo viên giỏi khu vực với khoảng 40 thí sinh, đồng thời lập nhóm Zalo chung để trao đổi kinh nghiệm giữa cán bộ tuyên giáo hai quận.
"""
D306 = "2019-12-30"
P306 = h2(2019)


DOCS = [
    Doc("syn_301_q7_nhabe_cangio_2018", T301, HCM, P301, D301, "text", facts=[
        F("ban hành 23 văn bản", 23, "documents_issued", unit=Q7),
        F("tổ chức 46 lớp học tập", 46, "study_sessions", unit=Q7),
        F("5.318 lượt cán bộ, đảng viên", 5318, "study_attendance", a="party_members", unit=Q7),
        F("đạt 96,5 %", 96.5, "study_participation_rate", unit=Q7),
        F("318 buổi sinh hoạt chi bộ", 318, "party_cell_discussions", unit=Q7),
        F("Hiện quận có 11 trang thông tin điện tử", 11, "websites", unit=Q7, p=inst(D301)),
        F("27 fanpage", 27, "social_pages", unit=Q7, p=inst(D301)),
        F("Đội ngũ 64 cộng tác viên dư luận xã hội", 64, "opinion_collaborators", unit=NHABE,
          p=end_of(P301)),
        F("đã gửi 19 báo cáo", 19, "opinion_reports", unit=NHABE),
        F("khoảng 150 buổi tuyên truyền miệng", 150, "oral_propaganda_sessions", "approx",
          unit=NHABE),
        F("hơn 9.400 lượt người dân", 9400, "propaganda_audience", "at_least", a="masses",
          unit=NHABE),
        F("bốn lớp bồi dưỡng lý luận chính trị", 4, "training_classes", unit=NHABE),
        F("212 học viên", 212, "trainees", unit=NHABE),
        F("tổ chức 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=CANGIO, p=S301),
        F("1.460 lượt người dân", 1460, "propaganda_audience", a="masses", unit=CANGIO,
          p=S301),
        F("38 nhóm Zalo", 38, "chat_groups", unit=CANGIO, p=end_of(P301)),
        F("khoảng 6.200 thành viên", 6200, "chat_group_members", "approx", unit=CANGIO,
          p=end_of(P301)),
        F("phát 410 tin, bài", 410, "news_items", unit=CANGIO),
    ], traps=[("Cụm thi đua 4", 4), ("6 tháng đầu năm 2018", 6), ("Ngày 12/7/2018", 12),
              ("Q.7", 7), ("Quận 7", 7), ("Trong 6 tháng", 6), ("Trung ương 6", 6),
              ("Trung ương 7", 7), ("khóa XII", 12), ("10 phường", 10),
              ("trên 320 nghìn dân", 320000), ("khoảng 1.100 tỷ đồng", 1100000000000),
              ("hơn 700 km2", 700), ("khoảng 75 nghìn dân", 75000), ("71 tuổi", 71),
              ("ba địa phương", 3), ("6 tháng cuối năm", 6), ("100% chi bộ", 100),
              ("ít nhất 15 nhóm Zalo", 15), ("chuyên đề năm 2018", 2018),
              ("Sáu tháng qua", 6)]),

    Doc("syn_302_tphcm_city_2017", T302, HCM, P302, D302, "text", facts=[
        F("ban hành 41 văn bản", 41, "documents_issued"),
        F("264.580 lượt cán bộ, đảng viên", 264580, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 97,8%", 97.8, "study_participation_rate"),
        F("chưa đến 60% đảng viên dự học", 60, "study_participation_rate", "at_most"),
        F("hiện có 112 đồng chí", 112, "reporters", p=inst(D302)),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("gồm 1.326 người", 1326, "opinion_collaborators", p=end_of(P302)),
        F("48 báo cáo tổng hợp dư luận xã hội", 48, "opinion_reports"),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("trên 420 ngàn lượt đoàn viên", 420000, "study_attendance", "at_least", a="masses"),
        F("86 buổi nói chuyện chuyên đề", 86, "oral_propaganda_sessions"),
        F("gần 31.000 lượt công nhân, lao động", 31000, "propaganda_audience", "at_most"),
        F("hơn 16.500 tin, bài", 16500, "news_items", "at_least"),
        F("ước 3,6 triệu lượt xem", 3600000, "propaganda_audience", "approx"),
        F("152.340 bài dự thi", 152340, "contest_entries"),
        F("25 tập thể", 25, "commended_collectives"),
        F("40 cá nhân", 40, "commended_individuals"),
    ], traps=[("ngày 10 tháng 1 năm 2018", 10), ("số 127 Trương Định", 127), ("Quận 3", 3),
              ("Kế hoạch 12-KH/TU", 12), ("50 năm", 50), ("Mậu Thân 1968", 1968),
              ("Trung ương 5", 5), ("khóa XII", 12), ("24 quận, huyện", 24),
              ("hơn 8 triệu dân", 8000000), ("phấn đấu 100% cấp ủy viên", 100),
              ("sẽ mở 30 lớp", 30), ("Năm 2018", 2018), ("năm 2017", 2017),
              ("năm 2018", 2018)]),

    Doc("syn_303_q11_baocao_2020", T303, Q11, P303, D303, "text", facts=[
        F("Tổ chức 28 hội nghị học tập", 28, "study_sessions"),
        F("3.742 lượt cán bộ, đảng viên", 3742, "study_attendance", a="party_members"),
        F("1.204/1.250 đảng viên", 1204, "study_attendance", a="party_members"),
        F("đạt 96,3%", 96.3, "study_participation_rate"),
        F("Ban hành 17 văn bản", 17, "documents_issued"),
        F("96 buổi tuyên truyền miệng", 96, "oral_propaganda_sessions"),
        F("xấp xỉ 7.850 lượt người nghe", 7850, "propaganda_audience", "approx"),
        F("24.618 bài dự thi", 24618, "contest_entries"),
        F("Treo 1.120 băng rôn", 1120, "other"),
        F("64 pano, áp phích", 64, "other"),
        F("hiện có 42 đồng chí", 42, "reporters", p=inst(D303)),
        F("có 58 người", 58, "opinion_collaborators", p=inst("2020-09-30")),
        F("Tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("thực hiện 11 báo cáo nhanh về dư luận xã hội", 11, "opinion_reports"),
        F("mở 03 lớp sơ cấp lý luận chính trị", 3, "training_classes"),
        F("02 lớp bồi dưỡng đảng viên mới", 2, "training_classes"),
        F("tổng cộng 286 học viên", 286, "trainees"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("12 cá nhân", 12, "commended_individuals"),
    ], traps=[("QUẬN 11", 11), ("Số 87-BC/BTGQU", 87), ("Chín tháng qua", 9), ("Quận 11", 11),
              ("ngày 2 tháng 10 năm 2020", 2), ("9 tháng đầu năm 2020", 9),
              ("quý IV năm 2020", 4), ("QUÝ IV NĂM 2020", 4), ("Q.11", 11),
              ("Covid-19", 19), ("cuối tháng 7", 7), ("16 phường", 16),
              ("hơn 230 nghìn người", 230000), ("khoảng 30% là người Hoa", 30),
              ("Chỉ thị 35-CT/TW", 35), ("lần thứ XI", 11), ("nhiệm kỳ 2020 – 2025", 2020),
              ("giảm 41 buổi", 41), ("90 năm", 90), ("xếp thứ 3", 3), ("ngày 30/9/2020", 30),
              ("Đại hội XI", 11), ("100% cán bộ", 100), ("dự kiến mở 20 lớp", 20),
              ("bổ sung 15 cộng tác viên", 15), ("số 270 Bình Thới", 270), ("Phường 10", 10),
              ("028.3963.4172", 28), ("1. Học tập", 1), ("2. Thông tin", 2),
              ("3. Báo cáo viên", 3), ("4. Giáo dục", 4)]),

    Doc("syn_304_quanthuduc_2016", T304, QTD_OLD, P304, D304, "text", facts=[
        F("ban hành 9 văn bản", 9, "documents_issued"),
        F("214 buổi tuyên truyền miệng", 214, "oral_propaganda_sessions"),
        F("gần 19.500 lượt người dân", 19500, "propaganda_audience", "at_most", a="masses"),
        F("có 37 buổi", 37, "oral_propaganda_sessions", p=month(5, 2016)),
        F("khoảng 2.350 băng rôn", 2350, "other", "approx"),
        F("đăng 326 tin, bài", 326, "news_items"),
        F("8.914 bài dự thi", 8914, "contest_entries"),
        F("tổ chức 2 hội nghị quán triệt", 2, "study_sessions"),
        F("hơn 1.800 cán bộ, đảng viên", 1800, "study_attendance", "at_least",
          a="party_members"),
        F("9.135 đảng viên", 9135, "study_attendance", a="party_members"),
        F("đạt 98,2%", 98.2, "study_participation_rate"),
    ], traps=[("Ngày 8/7/2016", 8), ("quý II năm 2016", 2), ("12 phường", 12),
              ("khóa XIV", 14), ("nhiệm kỳ 2016 – 2021", 2016), ("tháng 5/2016", 5),
              ("bầu cử 22/5", 22), ("hơn 3.000 hộ", 3000), ("6 giờ", 6), ("Đại hội XII", 12),
              ("quý III", 3), ("5 năm", 5), ("Chỉ thị 03-CT/TW", 3), ("71 năm", 71),
              ("Quốc khánh 2/9", 2)]),

    Doc("syn_305_tpthuduc_2022", T305, TPTD, P305, D305, "text", facts=[
        F("19 lớp bồi dưỡng nghiệp vụ", 19, "training_classes", p=year(2021)),
        F("thành lập 48 nhóm Zalo", 48, "chat_groups", p=end_of(year(2021))),
        F("ban hành 37 văn bản", 37, "documents_issued"),
        F("tổ chức 52 lớp học tập", 52, "study_sessions"),
        F("21.407 lượt cán bộ, đảng viên", 21407, "study_attendance", a="party_members"),
        F("6.930 lượt quần chúng", 6930, "study_attendance", a="masses"),
        F("gần 2.700 tin, bài", 2700, "news_items", "at_most"),
        F("có 36 fanpage", 36, "social_pages", p=inst(D305)),
        F("1.286 nhóm Zalo", 1286, "chat_groups", p=inst(D305)),
        F("khoảng 214 nghìn thành viên", 214000, "chat_group_members", "approx",
          p=inst(D305)),
        F("410 buổi sinh hoạt chi bộ", 410, "party_cell_discussions",
          p=since("2022-11-15", D305)),
        F("18 tập thể", 18, "commended_collectives"),
        F("26 cá nhân", 26, "commended_individuals"),
    ], traps=[("Hai năm xây dựng", 2), ("Hai năm qua", 2), ("Ngày 6/1/2023", 6), ("năm 2022", 2022),
              ("năm 2023", 2023), ("gồm 34 phường", 34), ("hơn 1,1 triệu dân", 1100000),
              ("ba quận cũ", 3), ("Năm 2021", 2021), ("Năm 2022", 2022),
              ("Trung ương 4", 4), ("Trung ương 5", 5), ("khóa XIII", 13),
              ("Từ ngày 15/11/2022", 15), ("30 phút", 30), ("64 tuổi", 64),
              ("tổ dân phố 7", 7), ("khu phố 3", 3), ("100% khu phố", 100),
              ("tại 5 phường", 5)]),

    Doc("syn_306_q4_q8_2019", T306, Q4, P306, D306, "text", facts=[
        F("ban hành 14 văn bản", 14, "documents_issued", unit=Q4),
        F("mười lăm lớp học tập chuyên đề", 15, "study_sessions", unit=Q4),
        F("4.086 lượt cán bộ, đảng viên", 4086, "study_attendance", a="party_members",
          unit=Q4),
        F("Gần như 100% chi bộ khu phố", 100, "other", "approx", unit=Q4),
        F("dưới 3%", 3, "other", "at_most", unit=Q4),
        F("Duy trì 06 hội nghị báo cáo viên", 6, "reporter_conferences", unit=Q4),
        F("11 trang tin điện tử", 11, "websites", unit=Q4, p=end_of(P306)),
        F("đăng tải 2.874 tin, bài", 2874, "news_items", unit=Q4),
        F("64 buổi nói chuyện chuyên đề", 64, "oral_propaganda_sessions", unit=Q8),
        F("trên 22.000 lượt công nhân, lao động", 22000, "propaganda_audience", "at_least",
          unit=Q8),
        F("từ 450 đến 500 buổi sinh hoạt chi bộ", 450, "party_cell_discussions", "at_least",
          unit=Q8),
        F("có 96 cộng tác viên dư luận xã hội", 96, "opinion_collaborators", unit=Q8,
          p=inst("2019-12-15")),
        F("gửi 14 báo cáo dư luận xã hội", 14, "opinion_reports", unit=Q8),
        F("130 nhóm Zalo", 130, "chat_groups", unit=Q8, p=end_of(P306)),
        F("hơn 25 ngàn thành viên", 25000, "chat_group_members", "at_least", unit=Q8,
          p=end_of(P306)),
        F("tuyên dương 9 tập thể", 9, "commended_collectives", unit=Q8),
        F("17 cá nhân", 17, "commended_individuals", unit=Q8),
    ], traps=[("Quận 4", 4), ("Quận 8", 8), ("QUẬN 4", 4), ("QUẬN 8", 8), ("Q.4", 4),
              ("6 tháng cuối năm 2019", 6), ("Ngày 30/12/2019", 30),
              ("chuyên đề năm 2019", 2019), ("30, 40 năm", 30), ("16 phường", 16),
              ("khoảng 430 nghìn dân", 430000), ("Tính đến ngày 15/12/2019", 15),
              ("trong 6 tháng", 6), ("năm 2020", 2020), ("khoảng 40 thí sinh", 40),
              ("hai quận", 2)]),
]
