"""Fourteenth held-out set (holdout14), part 1: Ho Chi Minh City districts before the 2025
merger (Quận Bình Tân term report 2015-2020, Huyện Nhà Bè evening-news script 9 months 2016,
Quận 4 half-year sơ kết 2018, Quận Tân Phú "Thông báo kết quả" of a study campaign 2021).
Written from docs/LABELING.md, the builder, one earlier label source (format only), the seeds
and the sample reports, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- h14_01: the article period is the term as written (2015-01-01 .. 2020-12-31); "trong 5 năm
  qua" is the term, its "5 năm" a duration trap. "Riêng năm 2019, ..." dates its own sentence.
  Stocks carry "hiện có", "hiện nay" or "đến nay" and take the document date (2020-07-08).
  The official's quoted dialogues ("14 cuộc đối thoại") are `other`; the resident's quotation
  is an anecdote. "bình quân mỗi năm gần 12 hội nghị" is a per-item figure (trap).
- h14_02: a broadcast header with its airing day gives the document date. The speaker label
  naming the Trưởng ban makes the quotation the unit's; "46 báo cáo viên" in a sentence opened
  by "Trong 9 tháng" is a stock at the period's end (2016-09-30). The label naming a resident
  only ("Ông Năm Được") makes an anecdote. Banners and the vehicle's runs are `other`.
- h14_03: sub-headings "1. ..." are not unit sections. "được duy trì ở 96/104 chi bộ" names
  where the discussions were held (trap), the sessions themselves are the fact. Stocks without
  a marker ("gồm 41 đồng chí", "mạng lưới 62 cộng tác viên") take the half-year's end. Every
  number under "III. PHƯƠNG HƯỚNG ..." is a trap, and so is the survey share in "II. HẠN CHẾ".
- h14_04: the campaign dates in the first sentence are the article period (2021-03-15 ..
  2021-04-30). "Số bài thu hoạch" and copies printed are `other`; "Số hội nghị: 02" under the
  heading "2. Hội nghị cấp quận" counts study sessions (the document is about studying).
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, since, term, year

BINH_TAN, NHA_BE, Q4, TAN_PHU = U("Quận Bình Tân"), U("Huyện Nhà Bè"), U("Quận 4"), U("Quận Tân Phú")

# ---------------------------------------------------------------------------------------------
T01 = """
Thứ Tư, 08/07/2020 - 17:42

Bình Tân: Công tác tuyên giáo góp phần giữ vững ổn định tư tưởng ở quận đông dân nhất thành phố

NDO – Ngày 8-7, Quận ủy Bình Tân (TP Hồ Chí Minh) tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2015 - 2020, chuẩn bị nội dung trình Đại hội đại biểu Đảng bộ quận lần thứ V, nhiệm kỳ 2020 - 2025.

Bình Tân hiện có 10 phường, dân số gần 785 nghìn người, trong đó khoảng 60% là người từ các tỉnh, thành khác đến sinh sống, làm việc. Đảng bộ quận có 52 tổ chức cơ sở đảng với hơn 9.400 đảng viên. Tại Khu công nghiệp Tân Tạo, nơi có trên 20 nghìn lao động, cùng hàng trăm doanh nghiệp nhỏ, nhu cầu thông tin của người lao động rất lớn.

Theo báo cáo do đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy trình bày, trong 5 năm qua Ban Thường vụ Quận ủy đã ban hành 316 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng. Cả nhiệm kỳ, quận tổ chức 286 hội nghị học tập, quán triệt nghị quyết, chỉ thị của Trung ương, Thành ủy và Quận ủy, với 412.650 lượt cán bộ, đảng viên và 198.300 lượt quần chúng tham dự; tỷ lệ đảng viên dự học bình quân đạt 95,6%. Các chi bộ duy trì sinh hoạt chuyên đề hằng quý với tổng cộng 7.842 buổi sinh hoạt.

Riêng năm 2019, quận triển khai ba đợt sinh hoạt chính trị, tư tưởng, trong đó có đợt kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh; Ban Tuyên giáo Quận ủy phối hợp Quận đoàn tổ chức Hội thi tìm hiểu Di chúc với 4.318 bài dự thi.

Công tác giáo dục lý luận chính trị có chuyển biến rõ nét. Trung tâm Bồi dưỡng chính trị quận mở 171 lớp bồi dưỡng lý luận chính trị, chuyên môn, nghiệp vụ cho 23.560 học viên. Đội ngũ báo cáo viên của Quận ủy hiện có 38 đồng chí; trong nhiệm kỳ, quận tổ chức 58 hội nghị báo cáo viên, bình quân mỗi năm gần 12 hội nghị.

Lực lượng tuyên truyền viên cơ sở thực hiện 2.960 buổi tuyên truyền miệng tại khu phố, nhà trọ, doanh nghiệp, thu hút khoảng 356.000 lượt người nghe. Cổng thông tin điện tử quận cùng các trang tin của phường đã đăng tải trên 24.500 tin, bài; fanpage “Bình Tân ngày mới” hiện có gần 61.000 người theo dõi. Hiện nay, các khu phố duy trì 134 nhóm Zalo với khoảng 18.700 thành viên.

Mạng lưới cộng tác viên dư luận xã hội của quận đến nay có 124 người. Cả nhiệm kỳ, Ban Tuyên giáo Quận ủy đã tổng hợp 1.036 báo cáo phản ánh tình hình tư tưởng, dư luận xã hội, kịp thời tham mưu cấp ủy giải quyết nhiều vụ việc phức tạp. “Riêng quanh dự án mở rộng đường Tên Lửa, chúng tôi đã tổ chức 14 cuộc đối thoại với người dân để lắng nghe, giải thích chính sách bồi thường”, bà Hà cho biết.

Ông Nguyễn Văn Tư, tổ trưởng tổ dân phố 45, khu phố 3, phường Bình Hưng Hòa A, kể: “Tổ tôi có 120 hộ thì hơn 100 hộ đã vào nhóm Zalo, có việc gì nhắn một cái là bà con biết liền.”

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 27 tập thể và 45 cá nhân có thành tích xuất sắc trong công tác tuyên giáo giai đoạn 2015 - 2020; đồng thời đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 3 tập thể.

Phát biểu chỉ đạo, đồng chí Bí thư Quận ủy đề nghị nhiệm kỳ tới, ngành tuyên giáo quận phấn đấu 100% tổ chức cơ sở đảng có trang tin trên mạng xã hội, mỗi khu phố có ít nhất 1 nhóm Zalo và hằng năm tổ chức tối thiểu 12 hội nghị báo cáo viên.

Thanh Trúc
"""
D01 = "2020-07-08"
P01 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T02 = """
TRUNG TÂM VĂN HÓA – THỂ THAO HUYỆN NHÀ BÈ
BẢN TIN THỜI SỰ TỐI
Phát lúc 19 giờ 00, thứ Sáu ngày 14/10/2016 – Thời lượng: 15 phút
Biên tập: Minh Thư – Quay phim: Quốc Bảo

[MC]
Kính chào quý vị và các bạn. Chiều nay 14/10, Ban Tuyên giáo Huyện ủy Nhà Bè tổ chức hội nghị sơ kết công tác tuyên giáo 9 tháng đầu năm 2016, triển khai nhiệm vụ trọng tâm quý IV.

[Phóng sự – lời bình]
Chín tháng qua, cùng với việc tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 – 2021, Huyện ủy Nhà Bè đã tổ chức 9 hội nghị học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố, với 6.214 lượt cán bộ, đảng viên tham dự, đạt 96,8% số đảng viên toàn Đảng bộ.

Để cử tri hiểu rõ quyền và nghĩa vụ, huyện chia địa bàn thành 58 khu vực bỏ phiếu; các xã, thị trấn treo 1.240 băng rôn, khẩu hiệu, đội xe tuyên truyền lưu động chạy 380 lượt trên các tuyến đường chính. Kết quả, tỷ lệ cử tri đi bầu của huyện đạt 99,31%.

Công tác tuyên truyền miệng được chú trọng, nhất là ở các xã ven sông. 9 tháng qua, các cấp đã tổ chức 212 buổi nói chuyện chuyên đề với khoảng 15.600 lượt người dân tham dự. Tại xã Hiệp Phước, nơi có Khu công nghiệp Hiệp Phước với gần 30 nghìn công nhân, huyện phối hợp Công đoàn tổ chức 18 buổi tuyên truyền pháp luật cho 2.700 lượt công nhân.

[Phỏng vấn – Đồng chí Trần Văn Lộc, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè]
“Trong 9 tháng, Ban đã tham mưu tổ chức 7 hội nghị báo cáo viên, cung cấp thông tin thời sự cho đội ngũ 46 báo cáo viên của huyện. Mạng lưới cộng tác viên dư luận xã hội cũng đã có 42 báo cáo phản ánh dư luận gửi về Ban, giúp cấp ủy nắm tình hình sát hơn.”

[Lời bình]
Trung tâm Bồi dưỡng chính trị huyện đã mở 11 lớp bồi dưỡng nghiệp vụ, lớp đảng viên mới với 864 học viên. Bản tin Nhà Bè phát hành đủ 9 số, mỗi số 2.500 bản; Đài Truyền thanh huyện phát 148 chương trình thời sự, chuyên mục.

[Phỏng vấn – Ông Năm Được, người dân ấp 3, xã Nhơn Đức]
“Tháng nào ấp tôi cũng có 2 buổi nói chuyện, bà con 60, 70 tuổi cũng đi nghe, hiểu chuyện bầu cử lắm.”

[MC]
Cũng trong 9 tháng, Ban Thường vụ Huyện ủy khen thưởng 12 tập thể, 19 cá nhân có thành tích trong công tác tuyên truyền bầu cử. Trong quý IV, huyện sẽ mở thêm 4 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở và tổ chức Hội thi báo cáo viên giỏi lần thứ 3.

Bản tin tiếp theo phát lúc 21 giờ 30. Kính chúc quý vị buổi tối vui vẻ.
"""
D02 = "2016-10-14"
P02 = m9(2016)

# ---------------------------------------------------------------------------------------------
T03 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 4
BAN TUYÊN GIÁO
Số 112-BC/BTGQU

ĐẢNG CỘNG SẢN VIỆT NAM
Quận 4, ngày 05 tháng 7 năm 2018

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2018
và phương hướng, nhiệm vụ 6 tháng cuối năm 2018

Thực hiện Chương trình công tác năm 2018 của Ban Thường vụ Quận ủy và Hướng dẫn số 09-HD/BTGTU của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2018 như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Công tác chính trị, tư tưởng

Ban Tuyên giáo tham mưu Ban Thường vụ Quận ủy ban hành 23 văn bản chỉ đạo, hướng dẫn; tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 6, 7 khóa XII cho cán bộ chủ chốt của quận và 15 đảng bộ phường. Kết quả học tập ở cơ sở như sau:
- Số lớp: 148;
- Lượt cán bộ, đảng viên dự: 8.735, đạt tỷ lệ 95,42%;
- Lượt quần chúng dự: 3.120;
- Số đảng viên chưa tham gia: 386 người (phần lớn là đảng viên lớn tuổi được miễn sinh hoạt).

Sinh hoạt chi bộ thường kỳ có lồng ghép thảo luận nghị quyết được duy trì ở 96/104 chi bộ khu phố, với 1.152 buổi thảo luận.

2. Công tác tuyên truyền

Quận tổ chức 06 hội nghị báo cáo viên; lực lượng báo cáo viên Quận ủy gồm 41 đồng chí (bổ sung 4 đồng chí trong 6 tháng). Các phường tổ chức 326 buổi tuyên truyền miệng, nói chuyện chuyên đề tại khu phố, chung cư (quận có 57 chung cư cũ với khoảng 12.000 hộ dân), thu hút hơn 21.000 lượt người nghe.

Trang thông tin điện tử Quận 4 đăng 1.284 tin, bài, ảnh; fanpage “Quận 4 – Thông tin” đăng 690 bài viết, thu hút tổng cộng 2,3 triệu lượt tiếp cận. Toàn quận hiện có 1 cổng thông tin điện tử, 15 trang thông tin điện tử của phường và 38 fanpage của các cơ quan, đoàn thể.

3. Công tác nắm bắt dư luận xã hội

Ban duy trì mạng lưới 62 cộng tác viên dư luận xã hội; thực hiện 18 báo cáo định kỳ và 7 báo cáo chuyên đề về tình hình tư tưởng, dư luận trong nhân dân, tập trung vào các dự án chỉnh trang đô thị, tái định cư ven kênh Tẻ.

4. Công tác giáo dục lý luận chính trị

Trung tâm Bồi dưỡng chính trị quận mở 14 lớp bồi dưỡng lý luận chính trị, đảng viên mới và cảm tình Đảng với 1.096 học viên.

5. Thi đua, khen thưởng

Ban Thường vụ Quận ủy biểu dương 9 tập thể và 14 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh nhân kỷ niệm 128 năm Ngày sinh của Người.

II. HẠN CHẾ

Một số chi bộ khu phố chưa đổi mới cách sinh hoạt, nội dung còn dàn trải. Theo khảo sát của Ban, chỉ khoảng 35% cư dân chung cư được hỏi biết đến fanpage của quận. Việc cập nhật thông tin trên trang của một số phường còn chậm.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2018

1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 8 khóa XII (dự kiến trong tháng 11/2018), bảo đảm trên 95% đảng viên tham dự.
2. Tổ chức 6 hội nghị báo cáo viên; mở thêm 8 lớp bồi dưỡng; phát triển thêm 10 fanpage của khu phố.
3. Tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Tôn Đức Thắng (20/8/1888 – 20/8/2018) và 73 năm Cách mạng tháng Tám, Quốc khánh 2/9.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.

TRƯỞNG BAN
Nguyễn Thị Hồng Vân
"""
D03 = "2018-07-05"
P03 = h1(2018)

# ---------------------------------------------------------------------------------------------
T04 = """
QUẬN ỦY TÂN PHÚ
BAN TUYÊN GIÁO
Số 45-TB/BTGQU

Tân Phú, ngày 10 tháng 5 năm 2021

THÔNG BÁO
Kết quả đợt nghiên cứu, học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XI

Thực hiện Kế hoạch số 112-KH/QU ngày 02/3/2021 của Ban Thường vụ Quận ủy, đợt học tập, quán triệt được tổ chức từ ngày 15/3/2021 đến ngày 30/4/2021. Ban Tuyên giáo Quận ủy thông báo kết quả như sau:

1. Công tác chuẩn bị
- Văn bản hướng dẫn của Ban Tuyên giáo Quận ủy: 05;
- Tài liệu: in 10.500 cuốn “Hỏi – đáp về Nghị quyết Đại hội XIII”, mỗi cuốn 64 trang, cấp đến các chi bộ.

2. Hội nghị cấp quận
- Số hội nghị: 02 (trực tiếp kết hợp trực tuyến);
- Lượt cán bộ chủ chốt dự: 1.126.

3. Học tập tại các đảng bộ, chi bộ cơ sở
- Số lớp: 206;
- Số đảng viên tham gia học tập là 9.412/9.803 đồng chí, đạt tỷ lệ 96,01%;
- Số đảng viên chưa tham gia: 391 người (đang tổ chức học bù);
- Lượt quần chúng, đoàn viên, hội viên dự: 14.560;
- Số bài thu hoạch của đảng viên: 9.015.

4. Các hoạt động hưởng ứng
- Hội thi trực tuyến “Tuổi trẻ Tân Phú tìm hiểu Nghị quyết Đại hội XIII” do Quận đoàn tổ chức – lượt dự thi: 3.482; 20 thí sinh xuất sắc nhất được chọn vào vòng chung kết;
- Buổi nói chuyện chuyên đề tại khu phố: 47; lượt người dân nghe: khoảng 5.900;
- Tin, bài trên Trang thông tin điện tử quận và fanpage “Tân Phú ngày mới”: 268;
- Báo cáo nhanh về tâm tư, ý kiến của cán bộ, đảng viên và nhân dân: 3.

5. Đánh giá chung
Đợt học tập được triển khai nghiêm túc, các đảng bộ phường đều hoàn thành trước ngày 30/4/2021. Ban Thường vụ Quận ủy đã tặng giấy khen cho 6 tập thể, 11 cá nhân có thành tích tốt trong tổ chức đợt học tập và đề nghị Ban Thường vụ Thành ủy khen thưởng 2 tập thể.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (để báo cáo);
- Thường trực Quận ủy;
- Đảng ủy 11 phường (để biết);
- Lưu VP.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Đỗ Thị Ngọc Mai
"""
D04 = "2021-05-10"
P04 = since("2021-03-15", "2021-04-30")

DOCS = [
    Doc("h14_01_binhtan_term_2015_2020", T01, BINH_TAN, P01, D01, "text", facts=[
        F("ban hành 316 văn bản", 316, "documents_issued"),
        F("tổ chức 286 hội nghị học tập", 286, "study_sessions"),
        F("412.650 lượt cán bộ, đảng viên", 412650, "study_attendance", a="party_members"),
        F("198.300 lượt quần chúng", 198300, "study_attendance", a="masses"),
        F("bình quân đạt 95,6%", 95.6, "study_participation_rate"),
        F("7.842 buổi sinh hoạt", 7842, "party_cell_discussions"),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns", p=year(2019)),
        F("4.318 bài dự thi", 4318, "contest_entries", p=year(2019)),
        F("mở 171 lớp bồi dưỡng", 171, "training_classes"),
        F("23.560 học viên", 23560, "trainees"),
        F("hiện có 38 đồng chí", 38, "reporters", p=inst(D01)),
        F("58 hội nghị báo cáo viên", 58, "reporter_conferences"),
        F("2.960 buổi tuyên truyền miệng", 2960, "oral_propaganda_sessions"),
        F("khoảng 356.000 lượt người nghe", 356000, "propaganda_audience", "approx"),
        F("trên 24.500 tin, bài", 24500, "news_items", "at_least"),
        F("gần 61.000 người theo dõi", 61000, "propaganda_audience", "at_most", p=inst(D01)),
        F("134 nhóm Zalo", 134, "chat_groups", p=inst(D01)),
        F("khoảng 18.700 thành viên", 18700, "chat_group_members", "approx", p=inst(D01)),
        F("đến nay có 124 người", 124, "opinion_collaborators", p=inst(D01)),
        F("tổng hợp 1.036 báo cáo", 1036, "opinion_reports"),
        F("14 cuộc đối thoại", 14, "other"),
        F("giấy khen cho 27 tập thể", 27, "commended_collectives"),
        F("45 cá nhân", 45, "commended_individuals"),
    ], traps=[("08/07/2020 - 17:42", 8), ("Ngày 8-7", 8), ("nhiệm kỳ 2015 - 2020", 2015),
              ("lần thứ V", 5), ("nhiệm kỳ 2020 - 2025", 2020), ("10 phường", 10),
              ("gần 785 nghìn người", 785000), ("khoảng 60% là người", 60),
              ("52 tổ chức cơ sở đảng", 52), ("hơn 9.400 đảng viên", 9400),
              ("trên 20 nghìn lao động", 20000), ("hàng trăm doanh nghiệp", 100),
              ("5 năm qua", 5), ("Riêng năm 2019", 2019), ("50 năm", 50),
              ("mỗi năm gần 12 hội nghị", 12), ("tổ dân phố 45", 45), ("khu phố 3", 3),
              ("120 hộ", 120), ("hơn 100 hộ", 100), ("giai đoạn 2015 - 2020", 2015),
              ("bằng khen cho 3 tập thể", 3), ("100% tổ chức cơ sở đảng", 100),
              ("ít nhất 1 nhóm Zalo", 1), ("tối thiểu 12 hội nghị", 12)]),
    Doc("h14_02_nhabe_tv_9m_2016", T02, NHA_BE, P02, D02, "text", facts=[
        F("tổ chức 9 hội nghị học tập", 9, "study_sessions"),
        F("6.214 lượt cán bộ, đảng viên", 6214, "study_attendance", a="party_members"),
        F("đạt 96,8% số đảng viên", 96.8, "study_participation_rate"),
        F("treo 1.240 băng rôn", 1240, "other"),
        F("chạy 380 lượt", 380, "other"),
        F("212 buổi nói chuyện", 212, "oral_propaganda_sessions"),
        F("khoảng 15.600 lượt người dân", 15600, "propaganda_audience", "approx", a="masses"),
        F("18 buổi tuyên truyền pháp luật", 18, "oral_propaganda_sessions"),
        F("2.700 lượt công nhân", 2700, "propaganda_audience"),
        F("7 hội nghị báo cáo viên", 7, "reporter_conferences"),
        F("đội ngũ 46 báo cáo viên", 46, "reporters", p=end_of(P02)),
        F("42 báo cáo phản ánh dư luận", 42, "opinion_reports"),
        F("mở 11 lớp bồi dưỡng", 11, "training_classes"),
        F("864 học viên", 864, "trainees"),
        F("phát hành đủ 9 số", 9, "news_items"),
        F("148 chương trình thời sự", 148, "news_items"),
        F("khen thưởng 12 tập thể", 12, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
    ], traps=[("19 giờ 00", 19), ("ngày 14/10/2016", 14), ("15 phút", 15),
              ("Chiều nay 14/10", 14), ("9 tháng đầu năm 2016", 9), ("quý IV", 4),
              ("khóa XIV", 14), ("nhiệm kỳ 2016 – 2021", 2016), ("Đại hội XII", 12),
              ("Đại hội X Đảng bộ", 10), ("58 khu vực bỏ phiếu", 58), ("đạt 99,31%", 99.31),
              ("gần 30 nghìn công nhân", 30000), ("Trong 9 tháng", 9), ("9 tháng qua", 9),
              ("mỗi số 2.500 bản", 2500), ("ấp 3", 3), ("2 buổi nói chuyện", 2),
              ("bà con 60", 60), ("70 tuổi", 70), ("trong 9 tháng", 9),
              ("thêm 4 lớp", 4), ("lần thứ 3", 3), ("21 giờ 30", 21)]),
    Doc("h14_03_quan4_h1_2018", T03, Q4, P03, D03, "text", facts=[
        F("ban hành 23 văn bản", 23, "documents_issued"),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("Số lớp: 148", 148, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 8.735", 8735, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 95,42%", 95.42, "study_participation_rate"),
        F("Lượt quần chúng dự: 3.120", 3120, "study_attendance", a="masses"),
        F("chưa tham gia: 386 người", 386, "other"),
        F("1.152 buổi thảo luận", 1152, "party_cell_discussions"),
        F("06 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("gồm 41 đồng chí", 41, "reporters", p=end_of(P03)),
        F("326 buổi tuyên truyền miệng", 326, "oral_propaganda_sessions"),
        F("hơn 21.000 lượt người nghe", 21000, "propaganda_audience", "at_least"),
        F("đăng 1.284 tin, bài, ảnh", 1284, "news_items"),
        F("đăng 690 bài viết", 690, "news_items"),
        F("2,3 triệu lượt tiếp cận", 2300000, "propaganda_audience"),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", p=inst(D03)),
        F("15 trang thông tin điện tử", 15, "websites", p=inst(D03)),
        F("38 fanpage", 38, "social_pages", p=inst(D03)),
        F("mạng lưới 62 cộng tác viên", 62, "opinion_collaborators", p=end_of(P03)),
        F("18 báo cáo định kỳ", 18, "opinion_reports"),
        F("7 báo cáo chuyên đề", 7, "opinion_reports"),
        F("mở 14 lớp bồi dưỡng", 14, "training_classes"),
        F("1.096 học viên", 1096, "trainees"),
        F("biểu dương 9 tập thể", 9, "commended_collectives"),
        F("14 cá nhân tiêu biểu", 14, "commended_individuals"),
    ], traps=[("QUẬN 4", 4), ("Quận 4", 4), ("Số 112-BC/BTGQU", 112),
              ("ngày 05 tháng 7 năm 2018", 5), ("6 tháng đầu năm 2018", 6),
              ("6 tháng cuối năm 2018", 6), ("Chương trình công tác năm 2018", 2018),
              ("Hướng dẫn số 09-HD/BTGTU", 9), ("1. Công tác chính trị", 1),
              ("Trung ương 6", 6), ("7 khóa XII", 7), ("15 đảng bộ phường", 15),
              ("96/104 chi bộ", 96), ("2. Công tác tuyên truyền", 2),
              ("bổ sung 4 đồng chí", 4), ("trong 6 tháng", 6), ("57 chung cư", 57),
              ("khoảng 12.000 hộ dân", 12000), ("3. Công tác nắm bắt", 3),
              ("4. Công tác giáo dục", 4), ("5. Thi đua", 5), ("128 năm", 128),
              ("khoảng 35% cư dân", 35), ("6 THÁNG CUỐI NĂM 2018", 6),
              ("1. Tổ chức học tập", 1), ("Trung ương 8", 8), ("tháng 11/2018", 11),
              ("trên 95% đảng viên", 95), ("2. Tổ chức 6 hội nghị", 2),
              ("Tổ chức 6 hội nghị báo cáo viên", 6), ("thêm 8 lớp", 8),
              ("thêm 10 fanpage", 10), ("3. Tuyên truyền kỷ niệm", 3), ("130 năm", 130),
              ("20/8/1888 – 20/8/2018", 20), ("73 năm", 73), ("Quốc khánh 2/9", 2)]),
    Doc("h14_04_tanphu_thongbao_2021", T04, TAN_PHU, P04, D04, "text", facts=[
        F("Văn bản hướng dẫn của Ban Tuyên giáo Quận ủy: 05", 5, "documents_issued"),
        F("in 10.500 cuốn", 10500, "other"),
        F("Số hội nghị: 02", 2, "study_sessions"),
        F("Lượt cán bộ chủ chốt dự: 1.126", 1126, "study_attendance", a="party_members"),
        F("Số lớp: 206", 206, "study_sessions"),
        F("là 9.412/9.803 đồng chí", 9412, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 96,01%", 96.01, "study_participation_rate"),
        F("chưa tham gia: 391 người", 391, "other"),
        F("hội viên dự: 14.560", 14560, "study_attendance", a="masses"),
        F("Số bài thu hoạch của đảng viên: 9.015", 9015, "other"),
        F("lượt dự thi: 3.482", 3482, "contest_entries"),
        F("Buổi nói chuyện chuyên đề tại khu phố: 47", 47, "oral_propaganda_sessions"),
        F("lượt người dân nghe: khoảng 5.900", 5900, "propaganda_audience", "approx",
          a="masses"),
        F("“Tân Phú ngày mới”: 268", 268, "news_items"),
        F("của cán bộ, đảng viên và nhân dân: 3", 3, "opinion_reports"),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("11 cá nhân", 11, "commended_individuals"),
    ], traps=[("Số 45-TB/BTGQU", 45), ("ngày 10 tháng 5 năm 2021", 10),
              ("toàn quốc lần thứ XIII", 13), ("Thành phố lần thứ XI", 11),
              ("Kế hoạch số 112-KH/QU", 112), ("ngày 02/3/2021", 2),
              ("từ ngày 15/3/2021", 15), ("đến ngày 30/4/2021", 30),
              ("1. Công tác chuẩn bị", 1), ("mỗi cuốn 64 trang", 64),
              ("2. Hội nghị cấp quận", 2), ("3. Học tập", 3), ("4. Các hoạt động", 4),
              ("20 thí sinh xuất sắc nhất", 20), ("5. Đánh giá", 5),
              ("trước ngày 30/4/2021", 30), ("khen thưởng 2 tập thể", 2),
              ("Đảng ủy 11 phường", 11)]),
]
