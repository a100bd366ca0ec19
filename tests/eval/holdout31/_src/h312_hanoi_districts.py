"""Held-out set holdout31, part 2: Hanoi districts before 2025-07-01 (interview, table summary,
district news article, article with a section per district).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor. See the docstring
of h311_hcm_districts.py for the decisions taken where the guide leaves room.
"""
from build_gold import Doc, F, U, end_of, inst, m9, quarter, since, term, year

GL, CG, TH = U("Huyện Gia Lâm"), U("Quận Cầu Giấy"), U("Quận Tây Hồ")
HMAI = U("Quận Hoàng Mai")
SS, ML, DA = U("Huyện Sóc Sơn"), U("Huyện Mê Linh"), U("Huyện Đông Anh")

T04 = """
Thứ Hai, ngày 15/6/2020

Trưởng ban Tuyên giáo Huyện ủy Gia Lâm: “Công tác tư tưởng phải đi trước một bước”

Chuẩn bị tiến tới Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXIV, phóng viên có cuộc trao đổi với đồng chí Lê Thị Thu Hằng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm, về kết quả công tác tuyên giáo nhiệm kỳ 2015 – 2020.

Phóng viên: Thưa đồng chí, nhìn lại 5 năm qua, đâu là những kết quả nổi bật của công tác tuyên giáo huyện?

Đồng chí Trưởng ban: Cả nhiệm kỳ, Ban đã tham mưu Huyện ủy ban hành 186 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, văn hóa, khoa giáo. Việc học tập, quán triệt nghị quyết được làm bài bản: Huyện ủy tổ chức 21 hội nghị cấp huyện, các tổ chức cơ sở đảng mở hơn 1.900 lớp cho trên 142 nghìn lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia bình quân đạt 95,7%. Trung tâm Bồi dưỡng chính trị huyện mở 47 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 5.820 học viên. Ban Thường vụ Huyện ủy đã khen thưởng 93 tập thể, 217 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Phóng viên: Gia Lâm là huyện ven đô, tốc độ đô thị hóa nhanh, nhiều vấn đề dễ nảy sinh dư luận. Ban nắm bắt tư tưởng của Nhân dân như thế nào?

Đồng chí Trưởng ban: Huyện hiện có 58 cộng tác viên dư luận xã hội, có mặt ở 22 xã, thị trấn và các cơ quan, doanh nghiệp. Trong nhiệm kỳ, anh chị em đã gửi về Ban 247 báo cáo dư luận, nhiều báo cáo phản ánh sớm băn khoăn của người dân về giải phóng mặt bằng đường Vành đai 3,5 và các dự án khu đô thị. Có lần một bác trưởng thôn ở Bát Tràng nói với tôi: ‘Làng tôi 1.200 hộ, chuyện gì sáng xảy ra thì trưa cả làng đã biết’. Nên chậm một ngày là dư luận đã đi rất xa.

Phóng viên: Còn tuyên truyền miệng và thông tin trên mạng?

Đồng chí Trưởng ban: Huyện hiện có 64 báo cáo viên cấp huyện. Cùng đội ngũ tuyên truyền viên cơ sở, anh chị em đã tổ chức khoảng 3.400 buổi nói chuyện thời sự, chuyên đề, thu hút chừng 310 nghìn lượt người nghe. Cả nhiệm kỳ, Ban tổ chức 20 hội nghị báo cáo viên, bình quân mỗi năm 4 hội nghị, để cung cấp thông tin định hướng kịp thời.

Về thông tin trên mạng, huyện hiện có 1 trang thông tin điện tử, 2 fanpage chính danh và 35 nhóm Zalo của các xã, thị trấn. Cả nhiệm kỳ, chương trình “Gia Lâm hôm nay” trên Đài Truyền thanh huyện phát 208 số; trang thông tin điện tử của huyện đăng tải trên 6.500 tin, bài.

Phóng viên: Nhiệm kỳ 2020 – 2025, Ban đặt ra những mục tiêu gì?

Đồng chí Trưởng ban: Chúng tôi phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng quý, mỗi năm mở ít nhất 8 lớp bồi dưỡng cho tuyên truyền viên cơ sở và đưa số nhóm Zalo lên 60 nhóm vào năm 2025.

Phóng viên: Xin cảm ơn đồng chí!
"""

T05 = """
Cầu Giấy, Tây Hồ: Kết quả công tác tuyên giáo quý I năm 2018

Theo số liệu tổng hợp gửi Ban Tuyên giáo Thành ủy Hà Nội, quý I năm 2018, hai quận Cầu Giấy và Tây Hồ tập trung triển khai học tập, quán triệt Nghị quyết Trung ương 6 khóa XII và tuyên truyền mừng Đảng, mừng Xuân Mậu Tuất.

Kết quả học tập, quán triệt trong quý:

Chỉ tiêu | Quận Cầu Giấy | Quận Tây Hồ
Hội nghị cấp quận | 3 | 2
Lớp ở cơ sở | 164 | 92
Lượt đảng viên dự học | 11.806 | 6.215
Tỷ lệ đảng viên tham gia (%) | 97,35 | 95,9
Lượt quần chúng dự nghe | 2.430 | 1.118
Số đảng viên chưa tham gia | 322 | 268

Tuyên truyền miệng và thông tin:

Chỉ tiêu | Quận Cầu Giấy | Quận Tây Hồ
Buổi nói chuyện thời sự, chuyên đề | 58 | 41
Lượt người nghe | 6.900 | 4.350
Hội nghị báo cáo viên | 2 | 1
Tin, bài trên cổng thông tin điện tử | 386 | 214
Báo cáo dư luận xã hội | 15 | 12

Quận Cầu Giấy, với 8 phường và khoảng 280 nghìn dân, trong đó có nhiều trường đại học, học viện với hơn 150 nghìn sinh viên, chú trọng tuyên truyền trong thanh niên. Cuộc thi tìm hiểu 88 năm Ngày thành lập Đảng do Quận đoàn Cầu Giấy phát động nhận 3.214 bài dự thi.

Tại Tây Hồ, Quận ủy phối hợp Trường Đào tạo cán bộ Lê Hồng Phong mở 2 lớp bồi dưỡng đảng viên mới với 118 học viên; Ban Thường vụ Quận ủy tặng giấy khen cho 5 tập thể, 12 cá nhân trong đợt thi đua chào mừng kỷ niệm 88 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2018).

So với quý I năm 2017, số lượt quần chúng dự học ở Cầu Giấy tăng 640 lượt. Quý II, hai quận dự kiến tổ chức 6 hội nghị học tập các văn bản mới của Trung ương.
"""

T06 = """
Hoàng Mai: Tổng kết công tác tuyên giáo năm 2016

Cập nhật ngày 23-12-2016

(HNM) - Chiều 22/12, Quận ủy Hoàng Mai tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016, triển khai nhiệm vụ năm 2017.

Năm 2016, cùng với việc tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 (tỷ lệ cử tri đi bầu của quận đạt 99,48%), hệ thống tuyên giáo quận tập trung tổ chức học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội XVI Đảng bộ Thành phố. Quận ủy tổ chức 4 hội nghị cấp quận; 14 đảng bộ phường và 38 chi, đảng bộ cơ sở mở 287 lớp với 24.614 lượt cán bộ, đảng viên tham dự, đạt 96,05%. Số lớp tăng 31 lớp so với năm 2015.

Ban Tuyên giáo Quận ủy tham mưu ban hành 43 văn bản hướng dẫn, định hướng tuyên truyền; biên soạn và in 5.000 cuốn sổ tay “Hỏi – đáp về Nghị quyết Đại hội XII”, mỗi cuốn 48 trang, cấp phát đến các chi bộ.

Quận hiện có 39 báo cáo viên. Trong năm, Ban tổ chức 05 hội nghị báo cáo viên; các phường tổ chức 196 buổi nói chuyện thời sự, chính sách, pháp luật với khoảng 15.300 lượt người nghe. Hội thi tuyên truyền viên giỏi cấp quận có 28 thí sinh tham gia.

Cổng thông tin điện tử quận và 14 trang thông tin điện tử của các phường đăng tải 2.960 tin, bài. Fanpage “Hoàng Mai – Quận của chúng ta” do Ban Tuyên giáo quản lý đến nay có khoảng 12.000 người theo dõi. Quận trích 450 triệu đồng kinh phí hỗ trợ các phường in pano, áp phích tuyên truyền.

“Năm qua, Ban đã phối hợp các phường tổ chức 12 buổi đối thoại giữa lãnh đạo quận với người dân về những vấn đề bức xúc như ô nhiễm môi trường, trật tự đô thị”, đồng chí Nguyễn Thị Thu Hà, Trưởng ban Tuyên giáo Quận ủy cho biết. Nhiều ý kiến xoay quanh dự án cải tạo khu vực hồ Yên Sở với tổng mức đầu tư hơn 1.500 tỷ đồng.

Với kết quả trên, Ban Tuyên giáo Quận ủy Hoàng Mai xếp thứ 3/30 quận, huyện, thị xã trong khối thi đua của Ban Tuyên giáo Thành ủy. Năm 2017, quận phấn đấu 100% đảng viên được học tập các chuyên đề mới.

Mọi ý kiến đóng góp xin gửi về Ban Tuyên giáo Quận ủy Hoàng Mai, số 8 ngõ 6 phố Bùi Huy Bích, điện thoại 024.3642.5113.
"""

T07 = """
Sóc Sơn, Mê Linh, Đông Anh: Nhiều cách làm hay trong công tác tuyên giáo 9 tháng năm 2022

Công tác tuyên giáo ở ba huyện phía Bắc Thủ đô 9 tháng năm 2022 có nhiều đổi mới, nhất là trong việc đưa thông tin đến vùng bán sơn địa và các khu công nghiệp.

▪ Huyện Sóc Sơn
Chín tháng qua, Ban Tuyên giáo Huyện ủy Sóc Sơn tham mưu tổ chức 02 hội nghị trực tuyến cấp huyện học tập, quán triệt Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII, kết nối 26 điểm cầu xã, thị trấn, với 18.240 lượt cán bộ, đảng viên tham dự. Đội chiếu bóng lưu động của huyện chiếu 54 buổi phim tài liệu về Bác Hồ và truyền thống cách mạng tại các thôn vùng đồi gò.

“Tôi làm trưởng thôn 12 năm, chưa thấy năm nào bà con ra xem phim đông như năm nay. Xem xong, các cụ còn bàn tán mấy hôm”, ông Đỗ Văn Lực, 71 tuổi, thôn Đồng Đò, xã Minh Trí, kể.

▪ Huyện Mê Linh
Trong 9 tháng, Trung tâm Chính trị huyện Mê Linh mở 9 lớp (gồm 4 lớp sơ cấp lý luận chính trị, 3 lớp bồi dưỡng đảng viên mới và 2 lớp bồi dưỡng cảm tình Đảng) với 1.126 học viên. Các chi bộ ở 18 xã, thị trấn tổ chức 522 buổi sinh hoạt chuyên đề, thảo luận việc thực hiện Chỉ thị 05-CT/TW gắn với Kết luận 01-KL/TW. Riêng về văn bản, từ đầu năm đến nay Ban Thường vụ Huyện ủy ban hành 34 văn bản chỉ đạo công tác tư tưởng.

▪ Huyện Đông Anh
Đông Anh hiện có 1 cổng thông tin điện tử, 24 trang fanpage của các xã, thị trấn và 146 nhóm Zalo thôn, tổ dân phố với khoảng 52 nghìn thành viên. Trong 9 tháng, các trang này đăng hơn 4.700 tin, bài, video. Đội ngũ cộng tác viên dư luận xã hội của huyện (hiện có 45 đồng chí) gửi 81 báo cáo về tình hình tư tưởng, tâm trạng của người dân, nhất là ở các xã có dự án cầu Tứ Liên, đường Vành đai 4. Huyện ủy khen thưởng 7 tập thể, 19 cá nhân có thành tích trong tuyên truyền kỷ niệm 75 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2022).

Quý IV, ba huyện dự kiến tổ chức hội nghị học tập các nghị quyết Hội nghị Trung ương 6 khóa XIII; riêng Đông Anh phấn đấu nâng số nhóm Zalo lên 200 nhóm.
"""

D04, D05, D06, D07 = "2020-06-15", "2018-04-09", "2016-12-23", "2022-10-07"
P05 = quarter(1, 2018)

DOCS = [
    Doc("h31_04", T04, GL, term(2015, 2020), D04, "text", facts=[
        F("ban hành 186 văn bản", 186, "documents_issued"),
        F("tổ chức 21 hội nghị cấp huyện", 21, "study_sessions"),
        F("mở hơn 1.900 lớp", 1900, "study_sessions", "at_least"),
        F("trên 142 nghìn lượt cán bộ, đảng viên", 142000, "study_attendance", "at_least",
          a="party_members"),
        F("bình quân đạt 95,7%", 95.7, "study_participation_rate"),
        F("mở 47 lớp bồi dưỡng", 47, "training_classes"),
        F("với 5.820 học viên", 5820, "trainees"),
        F("khen thưởng 93 tập thể", 93, "commended_collectives"),
        F("217 cá nhân", 217, "commended_individuals"),
        F("hiện có 58 cộng tác viên", 58, "opinion_collaborators", p=inst(D04)),
        F("Ban 247 báo cáo dư luận", 247, "opinion_reports"),
        F("hiện có 64 báo cáo viên", 64, "reporters", p=inst(D04)),
        F("khoảng 3.400 buổi nói chuyện", 3400, "oral_propaganda_sessions", "approx"),
        F("chừng 310 nghìn lượt người nghe", 310000, "propaganda_audience", "approx"),
        F("tổ chức 20 hội nghị báo cáo viên", 20, "reporter_conferences"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D04)),
        F("2 fanpage chính danh", 2, "social_pages", p=inst(D04)),
        F("35 nhóm Zalo", 35, "chat_groups", p=inst(D04)),
        F("phát 208 số", 208, "news_items"),
        F("trên 6.500 tin, bài", 6500, "news_items", "at_least"),
    ], traps=[("ngày 15/6/2020", 15), ("nhiệm kỳ 2015 – 2020", 2015), ("5 năm qua", 5),
              ("22 xã, thị trấn", 22), ("Vành đai 3,5", 3.5), ("Làng tôi 1.200 hộ", 1200),
              ("bình quân mỗi năm 4 hội nghị", 4), ("Nhiệm kỳ 2020 – 2025", 2020),
              ("100% chi bộ", 100), ("ít nhất 8 lớp", 8), ("lên 60 nhóm", 60),
              ("năm 2025", 2025)]),
    Doc("h31_05", T05, CG, P05, D05, "sidecar", meta={"date": D05}, facts=[
        F("Hội nghị cấp quận | 3 | 2", 3, "study_sessions"),
        F("Hội nghị cấp quận | 3 | 2", 2, "study_sessions", unit=TH),
        F("Lớp ở cơ sở | 164 | 92", 164, "study_sessions"),
        F("Lớp ở cơ sở | 164 | 92", 92, "study_sessions", unit=TH),
        F("Lượt đảng viên dự học | 11.806 | 6.215", 11806, "study_attendance",
          a="party_members"),
        F("Lượt đảng viên dự học | 11.806 | 6.215", 6215, "study_attendance",
          a="party_members", unit=TH),
        F("Tỷ lệ đảng viên tham gia (%) | 97,35 | 95,9", 97.35, "study_participation_rate"),
        F("Tỷ lệ đảng viên tham gia (%) | 97,35 | 95,9", 95.9, "study_participation_rate",
          unit=TH),
        F("Lượt quần chúng dự nghe | 2.430 | 1.118", 2430, "study_attendance", a="masses"),
        F("Lượt quần chúng dự nghe | 2.430 | 1.118", 1118, "study_attendance", a="masses",
          unit=TH),
        F("Số đảng viên chưa tham gia | 322 | 268", 322, "other"),
        F("Số đảng viên chưa tham gia | 322 | 268", 268, "other", unit=TH),
        F("Buổi nói chuyện thời sự, chuyên đề | 58 | 41", 58, "oral_propaganda_sessions"),
        F("Buổi nói chuyện thời sự, chuyên đề | 58 | 41", 41, "oral_propaganda_sessions",
          unit=TH),
        F("Lượt người nghe | 6.900 | 4.350", 6900, "propaganda_audience"),
        F("Lượt người nghe | 6.900 | 4.350", 4350, "propaganda_audience", unit=TH),
        F("Hội nghị báo cáo viên | 2 | 1", 2, "reporter_conferences"),
        F("Hội nghị báo cáo viên | 2 | 1", 1, "reporter_conferences", unit=TH),
        F("Tin, bài trên cổng thông tin điện tử | 386 | 214", 386, "news_items"),
        F("Tin, bài trên cổng thông tin điện tử | 386 | 214", 214, "news_items", unit=TH),
        F("Báo cáo dư luận xã hội | 15 | 12", 15, "opinion_reports"),
        F("Báo cáo dư luận xã hội | 15 | 12", 12, "opinion_reports", unit=TH),
        F("nhận 3.214 bài dự thi", 3214, "contest_entries"),
        F("mở 2 lớp bồi dưỡng đảng viên mới", 2, "training_classes", unit=TH),
        F("với 118 học viên", 118, "trainees", unit=TH),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives", unit=TH),
        F("12 cá nhân trong đợt", 12, "commended_individuals", unit=TH),
    ], traps=[("Trung ương 6", 6), ("8 phường", 8), ("khoảng 280 nghìn dân", 280000),
              ("hơn 150 nghìn sinh viên", 150000), ("88 năm", 88), ("3/2/1930", 3),
              ("3/2/2018", 3), ("quý I năm 2017", 2017), ("tăng 640 lượt", 640),
              ("tổ chức 6 hội nghị", 6)]),
    Doc("h31_06", T06, HMAI, year(2016), D06, "text", facts=[
        F("Quận ủy tổ chức 4 hội nghị cấp quận", 4, "study_sessions"),
        F("mở 287 lớp", 287, "study_sessions"),
        F("với 24.614 lượt cán bộ, đảng viên", 24614, "study_attendance", a="party_members"),
        F("đạt 96,05%", 96.05, "study_participation_rate"),
        F("ban hành 43 văn bản", 43, "documents_issued"),
        F("in 5.000 cuốn sổ tay", 5000, "other"),
        F("hiện có 39 báo cáo viên", 39, "reporters", p=inst(D06)),
        F("tổ chức 05 hội nghị báo cáo viên", 5, "reporter_conferences"),
        F("tổ chức 196 buổi nói chuyện", 196, "oral_propaganda_sessions"),
        F("khoảng 15.300 lượt người nghe", 15300, "propaganda_audience", "approx"),
        F("có 28 thí sinh", 28, "contest_entries"),
        F("14 trang thông tin điện tử", 14, "websites", p=end_of(year(2016))),
        F("đăng tải 2.960 tin, bài", 2960, "news_items"),
        F("khoảng 12.000 người theo dõi", 12000, "propaganda_audience", "approx",
          p=inst(D06)),
        F("trích 450 triệu đồng kinh phí", 450000000, "other"),
        F("tổ chức 12 buổi đối thoại", 12, "other"),
    ], traps=[("ngày 23-12-2016", 23), ("Chiều 22/12", 22), ("nhiệm kỳ 2016 – 2021", 2016),
              ("đạt 99,48%", 99.48), ("14 đảng bộ phường", 14),
              ("38 chi, đảng bộ cơ sở", 38), ("tăng 31 lớp", 31), ("năm 2015", 2015),
              ("mỗi cuốn 48 trang", 48), ("hơn 1.500 tỷ đồng", 1500), ("xếp thứ 3/30", 3),
              ("Năm 2017", 2017), ("100% đảng viên", 100), ("số 8 ngõ 6", 8),
              ("024.3642.5113", 24)]),
    Doc("h31_07", T07, SS, m9(2022), D07, "sidecar", meta={"date": D07}, facts=[
        F("tổ chức 02 hội nghị trực tuyến", 2, "study_sessions"),
        F("với 18.240 lượt cán bộ, đảng viên", 18240, "study_attendance", a="party_members"),
        F("chiếu 54 buổi phim tài liệu", 54, "other"),
        F("ban hành 34 văn bản", 34, "documents_issued", unit=ML,
          p=since("2022-01-01", D07)),
        F("mở 9 lớp", 9, "training_classes", unit=ML),
        F("với 1.126 học viên", 1126, "trainees", unit=ML),
        F("tổ chức 522 buổi sinh hoạt chuyên đề", 522, "party_cell_discussions", unit=ML),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", unit=DA, p=inst(D07)),
        F("24 trang fanpage", 24, "social_pages", unit=DA, p=inst(D07)),
        F("146 nhóm Zalo", 146, "chat_groups", unit=DA, p=inst(D07)),
        F("khoảng 52 nghìn thành viên", 52000, "chat_group_members", "approx", unit=DA,
          p=inst(D07)),
        F("đăng hơn 4.700 tin, bài", 4700, "news_items", "at_least", unit=DA),
        F("hiện có 45 đồng chí", 45, "opinion_collaborators", unit=DA, p=inst(D07)),
        F("gửi 81 báo cáo", 81, "opinion_reports", unit=DA),
        F("khen thưởng 7 tập thể", 7, "commended_collectives", unit=DA),
        F("19 cá nhân", 19, "commended_individuals", unit=DA),
    ], traps=[("9 tháng năm 2022", 9), ("Kết luận số 21-KL/TW", 21), ("Trung ương 4", 4),
              ("26 điểm cầu", 26), ("trưởng thôn 12 năm", 12), ("71 tuổi", 71),
              ("gồm 4 lớp", 4), ("3 lớp bồi dưỡng", 3), ("2 lớp bồi dưỡng cảm tình Đảng", 2),
              ("18 xã, thị trấn", 18), ("Chỉ thị 05-CT/TW", 5), ("Kết luận 01-KL/TW", 1),
              ("Trong 9 tháng", 9), ("Vành đai 4", 4), ("75 năm", 75), ("27/7/1947", 27),
              ("27/7/2022", 27), ("Trung ương 6", 6), ("lên 200 nhóm", 200)]),
]
