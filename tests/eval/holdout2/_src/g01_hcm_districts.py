"""Second held-out set (holdout2), part 1: HCMC districts and city bodies before 2025-07-01.
Written from docs/LABELING.md and tests/eval/README.md only, without reading the extractor.
Keep away from rule writers: score once, at the end of the work."""
from build_gold import Doc, F, U, end_of, h1, h2, inst, m9, quarter, since, year

HCM = U("79")
Q4, Q12, Q7 = U("Quận 4"), U("Quận 12"), U("Quận 7")
BTAN, TPHU, TD = U("Quận Bình Tân"), U("Quận Tân Phú"), U("Thành phố Thủ Đức")
HMON, BCH = U("Huyện Hóc Môn"), U("Huyện Bình Chánh")

T201 = """
Quận 4: Giữ lửa tuyên truyền miệng ở những khu phố ven kênh

(Thanhuytphcm.vn) - Ngày 6/1/2017, Quận ủy Quận 4 tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016, triển khai phương hướng, nhiệm vụ năm 2017.

Năm 2016 là năm đầu tiên thực hiện Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ quận lần thứ X. Ban Tuyên giáo Quận ủy đã tham mưu tổ chức 46 hội nghị học tập, quán triệt cho 6.215 lượt cán bộ, đảng viên và 2.780 lượt quần chúng; tỷ lệ đảng viên tham dự đạt 96,4%. Trung tâm Bồi dưỡng chính trị quận mở bảy lớp sơ cấp lý luận chính trị và 05 lớp bồi dưỡng đảng viên mới, với tổng cộng 612 học viên.

Với đặc thù nhiều khu dân cư ven kênh Bến Nghé, kênh Tẻ, đời sống một bộ phận người dân còn khó khăn, Quận ủy xác định tuyên truyền miệng là phương thức hiệu quả nhất. Các buổi nói chuyện được tổ chức ngay tại sân chung cư, trong hẻm hoặc ở nhà văn hóa khu phố vào buổi tối để người dân thuận tiện tham gia.

Trong năm, quận tổ chức 318 buổi tuyên truyền miệng, thu hút khoảng 24.500 lượt người nghe. Năm nay cũng diễn ra cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021. Trong đợt tuyên truyền bầu cử, các phường tổ chức hơn 90 buổi nói chuyện chuyên đề.

Ông Lê Văn Hòa, Bí thư Chi bộ khu phố 3, phường 6, chia sẻ: "Có hôm trời mưa, bà con vẫn kéo ghế ra hẻm ngồi nghe, vì báo cáo viên nói đúng chuyện nhà mình, chuyện giải tỏa, chuyện học hành của con cháu".

Công tác nắm bắt dư luận xã hội được duy trì đều đặn. Đội ngũ 52 cộng tác viên dư luận xã hội của quận đã thực hiện 28 báo cáo chuyên đề, phản ánh kịp thời tâm tư của người dân về dự án cải tạo chung cư cũ và chỉnh trang vỉa hè. Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 9 tập thể và 15 cá nhân có thành tích xuất sắc.

Năm 2017, quận phấn đấu 100% đảng viên được học tập các nghị quyết mới và sẽ mở thêm 3 lớp bồi dưỡng kỹ năng cho báo cáo viên cơ sở theo Kế hoạch 215 của Ban Thường vụ Quận ủy. Mọi ý kiến đóng góp xin gửi về Ban Tuyên giáo Quận ủy, số 5 Đoàn Văn Bơ, phường 9, Quận 4.
"""

T203 = """
Quận 12: Nhóm Zalo khu phố thành "cánh tay nối dài" của tuyên truyền

9 tháng năm 2020, trong bối cảnh dịch Covid-19 diễn biến phức tạp, Ban Tuyên giáo Quận ủy Quận 12 đã linh hoạt chuyển nhiều hoạt động tuyên truyền lên môi trường mạng.

Hiện nay, các khu phố thuộc 11 phường trên địa bàn quận đã thành lập 486 nhóm Zalo với xấp xỉ 15 nghìn thành viên. Ngoài trang thông tin điện tử của quận, hiện có 23 trang fanpage của các phường, đoàn thể cùng tham gia cung cấp thông tin. Trong 9 tháng, các trang này đăng tải trên 5.600 tin, bài, video clip về phòng, chống dịch và đại hội đảng bộ các cấp.

Anh Nguyễn Thành Long, Tổ trưởng tổ dân phố 45, khu phố 3, phường Thạnh Lộc, kể: "Có thời điểm nhóm Zalo của tổ nhận cả trăm tin nhắn mỗi ngày. Nhờ có nhóm mà bà con biết ngay điểm phát khẩu trang, lịch phun khử khuẩn, không phải chạy đi hỏi từng nhà".

Do thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg, việc học tập nghị quyết có thời điểm phải tạm dừng. Tính chung 9 tháng, các cấp ủy tổ chức 38 hội nghị học tập, quán triệt với 7.942 lượt cán bộ, đảng viên tham dự. Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành 21 văn bản chỉ đạo công tác tư tưởng, trong đó có Kế hoạch tuyên truyền kết quả Đại hội ban hành ngày 12/8/2020.

Đại hội đại biểu Đảng bộ Quận 12 lần thứ XII, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 7 đến ngày 9/7/2020. Ngay sau Đại hội, Ban Tuyên giáo Quận ủy phối hợp tổ chức hai mươi tư buổi tuyên truyền kết quả Đại hội tại các khu phố, khu công nghiệp, với chừng 3.100 lượt người nghe.

Người dân có thể phản ánh thông tin sai sự thật, xấu độc trên mạng xã hội qua đường dây nóng 028.3891.5112 của Ban Tuyên giáo Quận ủy. Từ nay đến cuối năm, quận dự kiến tổ chức thêm 15 hội nghị học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XI.
"""

T204 = """
Thứ Bảy, ngày 17 tháng 12 năm 2022

Thanh niên, phụ nữ Thành phố lan tỏa thông tin tích cực đến từng khu phố

(Thanhuytphcm.vn) - Ngày 16/12, Ban Thường vụ Thành Đoàn TPHCM tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2022.

Theo báo cáo, trong năm các cơ sở Đoàn đã tổ chức 2.450 buổi tuyên truyền, nói chuyện chuyên đề về Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XI, thu hút hơn 2,3 triệu lượt đoàn viên, thanh niên. Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ Thành phố do Thành Đoàn phát động nhận được 186.520 bài dự thi.

Mạng lưới thông tin của tổ chức Đoàn hiện có 3 trang thông tin điện tử, 392 fanpage, 27 kênh TikTok, YouTube cùng hơn 1.800 nhóm Zalo chi đoàn. Trong năm, các fanpage của Đoàn đăng tải ước 42 nghìn tin, bài, video clip, nhiều sản phẩm được giới trẻ chia sẻ rộng rãi.

"Nhiều bạn trẻ nói với tôi rằng, các bạn hiểu nghị quyết qua một clip ngắn còn nhanh hơn đọc cả tập tài liệu", chị Nguyễn Ngọc Hân, Bí thư Đoàn phường 14, quận Gò Vấp, chia sẻ tại hội nghị.

Dịp này, Thành Đoàn trao Bằng khen cho 58 tập thể và một trăm linh tám cá nhân có thành tích xuất sắc trong công tác tuyên truyền, giáo dục chính trị tư tưởng.

Cùng ngày, Hội Liên hiệp Phụ nữ Thành phố cho biết, năm 2022 các cấp Hội tổ chức 1.126 buổi truyền thông, tuyên truyền miệng cho khoảng 96 ngàn lượt hội viên, phụ nữ; mở 14 lớp tập huấn kỹ năng truyền thông trên mạng xã hội cho 1.250 cán bộ Hội cơ sở.

Năm 2023, Thành Đoàn đặt chỉ tiêu mỗi chi đoàn có ít nhất 1 nhóm Zalo, phấn đấu thu hút 3 triệu lượt thanh niên tham gia các hoạt động hướng tới kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2023). Thành Đoàn cũng sẽ phối hợp với Tổng đài 1022 tiếp nhận phản ánh của thanh niên về thông tin xấu độc trên mạng.

Ý kiến bạn đọc
"""

T206 = """
TP Thủ Đức: Năm đầu tiên, nhiều cách làm mới trong công tác tuyên giáo

Sáng 28/12, Ban Tuyên giáo Thành ủy Thủ Đức tổ chức hội nghị tổng kết công tác tuyên giáo năm 2021.

Năm 2021 là năm đầu tiên TP Thủ Đức đi vào hoạt động trên cơ sở sáp nhập 3 quận: Quận 2, Quận 9 và quận Thủ Đức, với 34 phường. Trong năm, Ban Thường vụ Thành ủy Thủ Đức ban hành 47 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng; Trung tâm Chính trị thành phố mở 19 lớp bồi dưỡng lý luận chính trị, đảng viên mới với 1.692 học viên.

Sáu tháng đầu năm, Ban Tuyên giáo Thành ủy tham mưu tổ chức 52 hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XI, với 21.350 lượt cán bộ, đảng viên và 6.820 lượt quần chúng tham dự.

Trong 6 tháng cuối năm, dịch Covid-19 bùng phát, hệ thống tuyên giáo chuyển sang tuyên truyền trực tuyến, đăng tải 8.730 tin, bài, infographic, video clip về phòng, chống dịch trên trang thông tin điện tử và fanpage của thành phố. Đội ngũ cộng tác viên dư luận xã hội gửi 74 báo cáo nhanh về tâm trạng, dư luận của Nhân dân trong thời gian giãn cách.

Đến nay, các khu phố duy trì 1.415 nhóm Zalo với khoảng 186 nghìn thành viên. Từ ngày 1/10 đến nay, khi thành phố từng bước mở cửa trở lại, các phường đã tổ chức 146 buổi tuyên truyền miệng tại khu phố, với gần 9.000 lượt người dân tham dự.

"Chưa bao giờ đội ngũ tuyên giáo cơ sở phải làm việc trong điều kiện khó khăn như năm nay, nhưng cũng chưa bao giờ vai trò của thông tin chính thống được người dân cảm nhận rõ như vậy", đồng chí Trưởng ban Tuyên giáo Thành ủy Thủ Đức nhận định.

TP Thủ Đức hiện có 68 báo cáo viên và 115 cộng tác viên dư luận xã hội. Năm 2022, thành phố phấn đấu mỗi phường có ít nhất 1 fanpage chính danh và tổ chức không dưới 200 buổi tuyên truyền miệng.
"""

T207 = """
Cụm thi đua số 5: Bình Tân, Tân Phú, Quận 7 triển khai sớm nhiệm vụ năm 2017

Ngày 7/4/2017, tại Hội trường Quận ủy Quận 7, Cụm thi đua số 5 của Ban Tuyên giáo Thành ủy gồm các quận Bình Tân, Tân Phú và Quận 7 tổ chức giao ban công tác tuyên giáo quý I năm 2017.

Bình Tân: Đưa nghị quyết đến công nhân khu công nghiệp

Quý I, Ban Tuyên giáo Quận ủy Bình Tân tham mưu tổ chức 24 hội nghị học tập, quán triệt Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng cho 3.912 lượt cán bộ, đảng viên. Do nhiều đảng viên làm việc theo ca tại doanh nghiệp, tỷ lệ tham dự chỉ đạt 91,25%, thấp hơn cùng kỳ. Quận đã tổ chức từ 4 đến 6 buổi nói chuyện chuyên đề tại Khu công nghiệp Tân Tạo và lắp mới 48 cụm loa truyền thanh tại các khu phố đông dân.

Tân Phú: Lan tỏa những tấm gương bình dị

Ban Tuyên giáo Quận ủy Tân Phú tổ chức 2 hội nghị báo cáo viên; đội ngũ báo cáo viên cấp quận hiện có 45 đồng chí. Cuộc thi viết "Những tấm gương bình dị mà cao quý" do quận phát động từ ngày 3/2 đến nay đã nhận 712 bài dự thi. Quận ủy khen thưởng 6 tập thể, 13 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05.

Bà Nguyễn Thị Lệ, 68 tuổi, ngụ phường Tân Sơn Nhì, cho biết bà viết về người tổ trưởng tổ dân phố "ba mươi năm không nghỉ một buổi họp tổ".

Quận 7: Thảo luận chi bộ đi vào chiều sâu

Các chi bộ trực thuộc Đảng bộ Quận 7 tổ chức 186 buổi thảo luận chi bộ về chuyên đề năm 2017. Trang thông tin điện tử quận đăng hơn 640 tin, bài về các hoạt động kỷ niệm 87 năm Ngày thành lập Đảng và chương trình chỉnh trang đô thị.

Kết thúc giao ban, các đơn vị trong Cụm thi đua số 5 thống nhất trong quý II sẽ tổ chức hội thi báo cáo viên giỏi kéo dài 3 ngày, dự kiến có 30 thí sinh tham gia.
"""

T212 = """
Hóc Môn, Bình Chánh: Công tác tuyên giáo vùng ven có nhiều chuyển biến

(Thanhuytphcm.vn) - Ngày 10/1, Huyện ủy Hóc Môn và Huyện ủy Bình Chánh lần lượt tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018.

Huyện Hóc Môn

Năm 2018, Ban Tuyên giáo Huyện ủy Hóc Môn tham mưu tổ chức 62 lớp học tập, quán triệt Nghị quyết Trung ương 7 khóa XII với 11.340 lượt cán bộ, đảng viên và gần 4.500 lượt người dân tham dự; gần như 100% đảng viên ở các chi bộ ấp tham gia học tập. Huyện triển khai ba đợt sinh hoạt chính trị, tư tưởng gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Trung tâm Bồi dưỡng chính trị huyện mở 6 lớp sơ cấp lý luận chính trị với 418 học viên.

Quý IV, các xã, thị trấn tổ chức 142 buổi tuyên truyền miệng về Luật An ninh mạng (có hiệu lực từ ngày 1/1/2019), thu hút trên 11 ngàn lượt người nghe.

Huyện Bình Chánh

Ban Thường vụ Huyện ủy Bình Chánh ban hành 22 văn bản lãnh đạo, chỉ đạo công tác tư tưởng; các cơ sở đảng đăng tải hàng trăm tin, bài trên trang thông tin điện tử huyện và nhóm Zalo ấp. Cuộc thi viết về gương điển hình trong học tập và làm theo Bác nhận được 1.380 bài dự thi. Tính đến ngày 31/12/2018, huyện có 56 báo cáo viên cấp huyện.

Là huyện có dân số đông thứ hai thành phố, với trên 700 nghìn người, nhiều công nhân từ các tỉnh về thuê trọ dọc Quốc lộ 1A và Tỉnh lộ 10, Bình Chánh chú trọng tuyên truyền Nghị quyết 29 về đổi mới căn bản, toàn diện giáo dục và đào tạo đến phụ huynh công nhân. Năm 2018, huyện được Ban Tuyên giáo Thành ủy xếp hạng nhất Cụm thi đua 6.

Dịp này, Huyện ủy Bình Chánh khen thưởng 12 tập thể, 27 cá nhân. Năm 2019, huyện đặt chỉ tiêu 95% đảng viên học tập nghị quyết trong vòng 45 ngày kể từ khi có hướng dẫn.
"""

D201, D203, D204, D206 = "2017-01-06", "2020-10-09", "2022-12-17", "2021-12-28"
D207, D212 = "2017-04-07", "2019-01-10"

DOCS = [
    Doc("syn_201_q4_2016", T201, Q4, year(2016), D201, "text", facts=[
        F("tổ chức 46 hội nghị học tập, quán triệt", 46, "study_sessions"),
        F("cho 6.215 lượt cán bộ, đảng viên", 6215, "study_attendance", a="party_members"),
        F("2.780 lượt quần chúng", 2780, "study_attendance", a="masses"),
        F("tham dự đạt 96,4%", 96.4, "study_participation_rate"),
        F("mở bảy lớp sơ cấp lý luận chính trị", 7, "training_classes"),
        F("05 lớp bồi dưỡng đảng viên mới", 5, "training_classes"),
        F("tổng cộng 612 học viên", 612, "trainees"),
        F("tổ chức 318 buổi tuyên truyền miệng", 318, "oral_propaganda_sessions"),
        F("khoảng 24.500 lượt người nghe", 24500, "propaganda_audience", "approx"),
        F("hơn 90 buổi nói chuyện chuyên đề", 90, "oral_propaganda_sessions", "at_least"),
        F("Đội ngũ 52 cộng tác viên", 52, "opinion_collaborators", p=end_of(year(2016))),
        F("thực hiện 28 báo cáo chuyên đề", 28, "opinion_reports"),
        F("giấy khen cho 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể và 15 cá nhân", 15, "commended_individuals"),
    ], traps=[("Ngày 6/1/2017", 6), ("Năm 2016", 2016), ("lần thứ X", 10),
              ("Đại hội XII", 12), ("khóa XIV", 14), ("nhiệm kỳ 2016 - 2021", 2016),
              ("khu phố 3", 3), ("phường 6", 6), ("Năm 2017", 2017), ("100% đảng viên", 100),
              ("sẽ mở thêm 3 lớp", 3), ("Kế hoạch 215", 215), ("số 5 Đoàn Văn Bơ", 5),
              ("phường 9", 9), ("Quận 4", 4)]),
    Doc("syn_203_q12_2020", T203, Q12, m9(2020), D203, "sidecar", meta={"date": D203}, facts=[
        F("thành lập 486 nhóm Zalo", 486, "chat_groups", p=inst(D203)),
        F("xấp xỉ 15 nghìn thành viên", 15000, "chat_group_members", "approx", p=inst(D203)),
        F("hiện có 23 trang fanpage", 23, "social_pages", p=inst(D203)),
        F("trên 5.600 tin, bài", 5600, "news_items", "at_least"),
        F("tổ chức 38 hội nghị học tập, quán triệt", 38, "study_sessions"),
        F("với 7.942 lượt cán bộ, đảng viên", 7942, "study_attendance", a="party_members"),
        F("ban hành 21 văn bản", 21, "documents_issued"),
        F("hai mươi tư buổi tuyên truyền", 24, "oral_propaganda_sessions"),
        F("chừng 3.100 lượt người nghe", 3100, "propaganda_audience", "approx"),
    ], traps=[("9 tháng năm 2020", 9), ("Covid-19", 19), ("Quận 12", 12), ("11 phường", 11),
              ("Trong 9 tháng", 9), ("tổ dân phố 45", 45), ("khu phố 3", 3),
              ("cả trăm tin nhắn", 100), ("Chỉ thị 16/CT-TTg", 16), ("Tính chung 9 tháng", 9),
              ("ngày 12/8/2020", 12), ("lần thứ XII", 12), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 7", 7), ("ngày 9/7/2020", 9), ("028.3891.5112", 28),
              ("dự kiến tổ chức thêm 15 hội nghị", 15), ("lần thứ XI.", 11)]),
    Doc("syn_204_hcm_doan_phunu_2022", T204, HCM, year(2022), D204, "text", facts=[
        F("tổ chức 2.450 buổi tuyên truyền", 2450, "oral_propaganda_sessions"),
        F("hơn 2,3 triệu lượt đoàn viên", 2300000, "propaganda_audience", "at_least",
          a="masses"),
        F("nhận được 186.520 bài dự thi", 186520, "contest_entries"),
        F("hiện có 3 trang thông tin điện tử", 3, "websites", p=inst(D204)),
        F("392 fanpage", 392, "social_pages", p=inst(D204)),
        F("27 kênh TikTok", 27, "social_pages", p=inst(D204)),
        F("hơn 1.800 nhóm Zalo", 1800, "chat_groups", "at_least", p=inst(D204)),
        F("ước 42 nghìn tin, bài", 42000, "news_items", "approx"),
        F("Bằng khen cho 58 tập thể", 58, "commended_collectives"),
        F("một trăm linh tám cá nhân", 108, "commended_individuals"),
        F("tổ chức 1.126 buổi truyền thông", 1126, "oral_propaganda_sessions"),
        F("khoảng 96 ngàn lượt hội viên", 96000, "propaganda_audience", "approx", a="masses"),
        F("mở 14 lớp tập huấn", 14, "training_classes"),
        F("cho 1.250 cán bộ Hội cơ sở", 1250, "trainees"),
    ], traps=[("ngày 17 tháng 12 năm 2022", 17), ("Ngày 16/12", 16), ("Đại hội XIII", 13),
              ("lần thứ XI", 11), ("phường 14", 14), ("Năm 2023", 2023),
              ("ít nhất 1 nhóm Zalo", 1), ("3 triệu lượt thanh niên", 3000000),
              ("92 năm", 92), ("26/3/1931", 26), ("26/3/2023", 26), ("Tổng đài 1022", 1022)]),
    Doc("syn_206_thuduc_2021", T206, TD, year(2021), D206, "inferred", facts=[
        F("ban hành 47 văn bản", 47, "documents_issued"),
        F("mở 19 lớp bồi dưỡng lý luận chính trị", 19, "training_classes"),
        F("với 1.692 học viên", 1692, "trainees"),
        F("tổ chức 52 hội nghị học tập, quán triệt", 52, "study_sessions", p=h1(2021)),
        F("với 21.350 lượt cán bộ, đảng viên", 21350, "study_attendance", a="party_members",
          p=h1(2021)),
        F("6.820 lượt quần chúng", 6820, "study_attendance", a="masses", p=h1(2021)),
        F("đăng tải 8.730 tin, bài", 8730, "news_items", p=h2(2021)),
        F("gửi 74 báo cáo nhanh", 74, "opinion_reports", p=h2(2021)),
        F("duy trì 1.415 nhóm Zalo", 1415, "chat_groups", p=inst(D206)),
        F("khoảng 186 nghìn thành viên", 186000, "chat_group_members", "approx", p=inst(D206)),
        F("tổ chức 146 buổi tuyên truyền miệng", 146, "oral_propaganda_sessions",
          p=since("2021-10-01", D206)),
        F("gần 9.000 lượt người dân", 9000, "propaganda_audience", "at_most", a="masses",
          p=since("2021-10-01", D206)),
        F("hiện có 68 báo cáo viên", 68, "reporters", p=inst(D206)),
        F("115 cộng tác viên dư luận xã hội", 115, "opinion_collaborators", p=inst(D206)),
    ], traps=[("Sáng 28/12", 28), ("Năm 2021", 2021), ("3 quận", 3), ("Quận 2", 2),
              ("Quận 9", 9), ("34 phường", 34), ("Sáu tháng", 6), ("Đại hội XIII", 13),
              ("lần thứ XI", 11), ("6 tháng cuối năm", 6), ("Covid-19", 19),
              ("Từ ngày 1/10", 1), ("Năm 2022", 2022), ("ít nhất 1 fanpage", 1),
              ("không dưới 200 buổi", 200)]),
    Doc("syn_207_binhtan_tanphu_q7_2017", T207, BTAN, quarter(1, 2017), D207, "text", facts=[
        F("tổ chức 24 hội nghị học tập, quán triệt", 24, "study_sessions"),
        F("cho 3.912 lượt cán bộ, đảng viên", 3912, "study_attendance", a="party_members"),
        F("chỉ đạt 91,25%", 91.25, "study_participation_rate"),
        F("từ 4 đến 6 buổi nói chuyện chuyên đề", 4, "oral_propaganda_sessions", "at_least"),
        F("lắp mới 48 cụm loa truyền thanh", 48, "other"),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=TPHU),
        F("hiện có 45 đồng chí", 45, "reporters", unit=TPHU, p=inst(D207)),
        F("đã nhận 712 bài dự thi", 712, "contest_entries", unit=TPHU,
          p=since("2017-02-03", D207)),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=TPHU),
        F("6 tập thể, 13 cá nhân", 13, "commended_individuals", unit=TPHU),
        F("tổ chức 186 buổi thảo luận chi bộ", 186, "party_cell_discussions", unit=Q7),
        F("đăng hơn 640 tin, bài", 640, "news_items", "at_least", unit=Q7),
    ], traps=[("Cụm thi đua số 5", 5), ("Ngày 7/4/2017", 7), ("Quận 7", 7),
              ("quý I năm 2017", 1), ("Trung ương 4", 4), ("khóa XII", 12),
              ("từ ngày 3/2", 3), ("Chỉ thị 05", 5), ("68 tuổi", 68), ("ba mươi năm", 30),
              ("chuyên đề năm 2017", 2017), ("87 năm", 87), ("quý II", 2), ("3 ngày", 3),
              ("dự kiến có 30 thí sinh", 30)]),
    Doc("syn_212_hocmon_binhchanh_2018", T212, HMON, year(2018), D212, "text", facts=[
        F("tổ chức 62 lớp học tập, quán triệt", 62, "study_sessions"),
        F("với 11.340 lượt cán bộ, đảng viên", 11340, "study_attendance", a="party_members"),
        F("gần 4.500 lượt người dân", 4500, "study_attendance", "at_most", a="masses"),
        F("gần như 100% đảng viên", 100, "study_participation_rate", "approx"),
        F("triển khai ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("mở 6 lớp sơ cấp lý luận chính trị", 6, "training_classes"),
        F("với 418 học viên", 418, "trainees"),
        F("tổ chức 142 buổi tuyên truyền miệng", 142, "oral_propaganda_sessions",
          p=quarter(4, 2018)),
        F("trên 11 ngàn lượt người nghe", 11000, "propaganda_audience", "at_least",
          p=quarter(4, 2018)),
        F("ban hành 22 văn bản", 22, "documents_issued", unit=BCH),
        F("hàng trăm tin, bài", 100, "news_items", "at_least", unit=BCH),
        F("nhận được 1.380 bài dự thi", 1380, "contest_entries", unit=BCH),
        F("huyện có 56 báo cáo viên", 56, "reporters", unit=BCH, p=inst("2018-12-31")),
        F("khen thưởng 12 tập thể", 12, "commended_collectives", unit=BCH),
        F("12 tập thể, 27 cá nhân", 27, "commended_individuals", unit=BCH),
    ], traps=[("Ngày 10/1", 10), ("năm 2018", 2018), ("Năm 2018", 2018), ("Trung ương 7", 7),
              ("khóa XII", 12), ("Quý IV", 4), ("ngày 1/1/2019", 1),
              ("Tính đến ngày 31/12/2018", 31), ("thứ hai", 2),
              ("trên 700 nghìn người", 700000), ("Quốc lộ 1A", 1), ("Tỉnh lộ 10", 10),
              ("Nghị quyết 29", 29), ("Cụm thi đua 6", 6), ("Năm 2019", 2019),
              ("chỉ tiêu 95% đảng viên", 95), ("45 ngày", 45)]),
]
