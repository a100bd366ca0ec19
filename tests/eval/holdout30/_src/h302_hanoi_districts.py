"""Thirtieth held-out set (holdout30), part 2: Hanoi districts and city bodies before 2025-07-01.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (for its
format only), the seeds and the five sample reports, without reading or running the extractor.
The decisions taken where the guide leaves room are listed in h301_hcm_districts.py; here also:
- Under a city letterhead ("THÀNH ỦY HÀ NỘI / BAN TUYÊN GIÁO") the city totals are the
  province's; a table's columns and list lines opened by a district's name are that district's.
- A broadcaster of the district ("Đài Truyền thanh huyện") airing programmes is the district's
  work (news_items), like its portal posting news.
- Voters reached by talks about an election ("lượt cử tri") are propaganda_audience, `all`.
"""
from build_gold import Doc, F, U, end_of, inst, m9, quarter, term, year

HN = U("01")
CG, DA, ST = U("Quận Cầu Giấy"), U("Huyện Đông Anh"), U("Thị xã Sơn Tây")
HM, SS = U("Quận Hoàng Mai"), U("Huyện Sóc Sơn")
LB, GL, BD = U("Quận Long Biên"), U("Huyện Gia Lâm"), U("Quận Ba Đình")

PM, MS = "party_members", "masses"

T05 = """
THÀNH ỦY HÀ NỘI
BAN TUYÊN GIÁO
Số 215-BC/BTGTU

Hà Nội, ngày 12/7/2021

TỔNG HỢP NHANH
Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng quý II năm 2021

Thực hiện Kế hoạch số 04-KH/TU của Thành ủy về học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội XVII Đảng bộ Thành phố, Ban Tuyên giáo Thành ủy tổng hợp nhanh kết quả trong quý như sau.

Tính chung toàn Thành phố, các cấp ủy đã tổ chức 6.842 hội nghị, lớp học tập, quán triệt với hơn 412 nghìn lượt cán bộ, đảng viên tham dự, đạt 96,2%; ngoài ra ước có khoảng 95 nghìn lượt quần chúng dự nghe tại các điểm cầu thôn, tổ dân phố.

Kết quả học tập, quán triệt tại ba đơn vị làm điểm:

Chỉ tiêu | Quận Cầu Giấy | Huyện Đông Anh | Thị xã Sơn Tây
Hội nghị cấp huyện | 2 | 3 | 1
Số lớp ở cơ sở | 168 | 241 | 97
Lượt đảng viên dự học | 11.206 | 14.385 | 5.124
Tỷ lệ đảng viên tham gia (%) | 97,4 | 95,8 | 96,6
Lượt quần chúng dự nghe | 2.310 | 4.072 | 1.468
Số đảng viên chưa tham gia | 296 | 627 | 180

Ngoài học tập nghị quyết, trong quý ba đơn vị còn có một số kết quả đáng chú ý:
- Quận Cầu Giấy: tổ chức 1 hội nghị báo cáo viên và 46 buổi nói chuyện thời sự tại các tổ dân phố, với khoảng 3.900 lượt người nghe.
- Huyện Đông Anh: Đài Truyền thanh huyện phát sóng 24 chương trình thời sự; cổng thông tin điện tử huyện đăng 385 tin, bài.
- Thị xã Sơn Tây: Cuộc thi tìm hiểu lịch sử Đảng bộ thị xã nhận 2.615 bài dự thi; Thị ủy khen thưởng 5 tập thể, 9 cá nhân.

Ghi chú: Số liệu do ban tuyên giáo các đơn vị báo cáo tại cuộc giao ban ngày 08/7/2021. Huyện Đông Anh tổ chức học bù cho đảng viên vắng trong tháng 7; Thị xã Sơn Tây có 15 xã, phường, tất cả đều đã hoàn thành việc học tập. Quý III, Ban Tuyên giáo Thành ủy sẽ kiểm tra tại 6 quận, huyện khác.
"""

T06 = """
QUẬN ỦY HOÀNG MAI
BAN TUYÊN GIÁO

BẢN TIN SINH HOẠT CHI BỘ – SỐ 10 (THÁNG 10/2016)

GIAO BAN CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2016

Ngày 04/10/2016, Ban Tuyên giáo Quận ủy Hoàng Mai tổ chức giao ban công tác tuyên giáo 9 tháng năm 2016 với bí thư, phó bí thư phụ trách tuyên giáo của 14 đảng ủy phường và các chi, đảng bộ cơ sở trực thuộc.

Một số kết quả chính:
✅ 02 hội nghị cấp quận học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội XVI Đảng bộ Thành phố
✅ 412 lớp ở cơ sở, với 27.936 lượt cán bộ, đảng viên, đạt 95,2%
✅ 186 buổi tuyên truyền miệng về bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021, thu hút gần 15.000 lượt cử tri
✅ Treo 1.380 băng rôn, khẩu hiệu; đội xe tuyên truyền lưu động chạy 214 lượt
✅ Bản tin Sinh hoạt chi bộ phát hành đủ 9 số, mỗi số 2.500 bản
✅ Cuộc thi tìm hiểu “Hiến pháp năm 2013” thu hút 6.708 lượt dự thi

Số liệu khác:
- Tin, bài trên trang thông tin điện tử quận: 530; trên fanpage Quận ủy: 146
- Hội nghị báo cáo viên: 03
- Báo cáo viên cấp quận: 41 đồng chí (tính đến 30/9/2016)
- Báo cáo tình hình tư tưởng, dư luận xã hội: 27 định kỳ, 8 đột xuất
- Đảng viên chưa tham gia học tập: dưới 400 người
- Tỷ lệ cử tri đi bầu: 99,53%

“Chín tháng qua, các chi bộ đã tổ chức 2.064 buổi sinh hoạt chuyên đề, nhiều chi bộ duy trì đều đặn mỗi tháng 1 buổi”, đồng chí Nguyễn Thị Minh Hằng, Trưởng ban Tuyên giáo Quận ủy, cho biết tại hội nghị.

Bác Vũ Văn Tư, 76 tuổi, đảng viên 50 năm tuổi Đảng ở chi bộ số 7 phường Tương Mai, chia sẻ: “Bản tin nào tôi cũng đọc kỹ, có 3 bài tôi cắt ra dán vào sổ để kể lại cho con cháu”.

Nhiệm vụ quý IV: tổ chức học tập Nghị quyết Trung ương 4 khóa XII ngay khi có hướng dẫn; mở 3 lớp bồi dưỡng nghiệp vụ tuyên giáo cho khoảng 150 cán bộ cơ sở; Bản tin số 11 phát hành trước ngày 25/11/2016.

Chịu trách nhiệm xuất bản: Ban Tuyên giáo Quận ủy Hoàng Mai – ĐT: 024.3641.7350. Bản tin gồm 8 trang.
"""

T07 = """
Sóc Sơn: Công tác tuyên giáo góp phần tạo đồng thuận trong nhiệm kỳ 2015 – 2020

Đại hội đại biểu Đảng bộ huyện Sóc Sơn lần thứ XXIV, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 15 đến 17/6/2020 tại Trung tâm Văn hóa huyện. Nhiều tham luận tại Đại hội tập trung vào công tác xây dựng Đảng về chính trị, tư tưởng.

Sau đây là trích tham luận của đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Sóc Sơn:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ ban hành 186 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, tổ chức 27 hội nghị cấp huyện học tập, quán triệt nghị quyết, chỉ thị của Trung ương và Thành ủy, với hơn 68 nghìn lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia bình quân đạt 96,8%, cao hơn 2,1% so với nhiệm kỳ trước.

“Trung tâm Bồi dưỡng chính trị huyện mở 74 lớp bồi dưỡng lý luận chính trị và nghiệp vụ với 6.215 học viên, gấp rưỡi nhiệm kỳ 2010 – 2015.

“Huyện có 26 xã, thị trấn với hơn 340 nghìn dân, địa bàn rộng nhất Thủ đô; đội ngũ báo cáo viên của huyện hiện có 47 đồng chí. Cả nhiệm kỳ, báo cáo viên và tuyên truyền viên cơ sở tổ chức khoảng 3.200 buổi nói chuyện, với trên 250 ngàn lượt người dân được nghe. Có lần về thôn Đồng Đò, xã Minh Trí, một cụ già nói với tôi: ‘Tôi 84 tuổi rồi, lần đầu được cán bộ huyện về tận thôn nói chuyện thời sự’.

“Huyện đã tổ chức bốn đợt sinh hoạt chính trị lớn, trong đó có đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Ban Thường vụ Huyện ủy đã khen thưởng 126 tập thể, 308 cá nhân điển hình trong học tập và làm theo Bác.

“Trên không gian mạng, huyện hiện có 1 cổng thông tin điện tử và 28 trang fanpage của các xã; 5 năm qua cổng thông tin đăng trên 11.500 tin, bài. Thưa Đại hội, nhiệm kỳ tới chúng tôi sẽ phấn đấu 100% thôn, xóm có nhóm Zalo và mỗi năm tổ chức ít nhất 2 hội thi tìm hiểu lịch sử Đảng bộ huyện.”

Tham luận được Đại hội đánh giá cao. Nghị quyết Đại hội xác định 3 khâu đột phá cho nhiệm kỳ 2020 – 2025.
"""

T08 = """
Cập nhật 27/12/2024 16:40

Hà Nội: Tổng kết công tác tuyên giáo năm 2024

Chiều 26/12, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, Ban Tuyên giáo Thành ủy tham mưu Thành ủy ban hành 54 văn bản về công tác tư tưởng; tổ chức 9 hội nghị trực tuyến học tập, quán triệt nghị quyết Hội nghị Trung ương 9, 10 khóa XIII tới 1.148 điểm cầu, với trên 310 nghìn lượt cán bộ, đảng viên. Đội ngũ báo cáo viên Thành ủy hiện có 96 đồng chí; Ban duy trì 12 hội nghị báo cáo viên, mỗi tháng một lần. Ban cũng chỉ đạo các cơ quan báo chí Thủ đô đăng tải hơn 9.300 tin, bài tuyên truyền Luật Thủ đô năm 2024 và xây dựng 52 báo cáo định kỳ, 27 báo cáo nhanh về dư luận xã hội gửi Thường trực Thành ủy. Phối hợp với Ban Chỉ đạo 35 Thành ủy, Ban đã kịp thời định hướng dư luận trước các thông tin sai lệch trên mạng xã hội.

Tại hội nghị, nhiều quận, huyện chia sẻ cách làm hay.

Năm 2024, Quận Long Biên duy trì 612 nhóm Zalo tổ dân phố với gần 58.000 thành viên; các nhóm đăng khoảng 19.000 tin, bài về các chủ trương của Thành phố, từ chỉnh trang đô thị đến phòng cháy, chữa cháy nhà chung cư mini.

Huyện Gia Lâm chú trọng tuyên truyền tại các làng nghề: Huyện ủy Gia Lâm tổ chức 85 buổi nói chuyện ở Bát Tràng, Kiêu Kỵ, Phù Đổng, với khoảng 7.400 lượt người dân tham dự.

Quận Ba Đình, nơi có 14 phường và là trung tâm chính trị – hành chính quốc gia, tổ chức Cuộc thi “Tìm hiểu 70 năm Giải phóng Thủ đô” thu hút 21.640 lượt người dự thi; 10 bài xuất sắc nhất được trao giải tại Hoàng thành Thăng Long. “Năm nay chúng tôi đã đăng 1.920 tin, bài trên cổng thông tin điện tử của quận”, đồng chí Lê Minh Tâm, Trưởng ban Tuyên giáo Quận ủy Ba Đình, cho biết.

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 18 tập thể và 26 cá nhân có thành tích xuất sắc trong công tác tuyên giáo.

Năm 2025, ngành tuyên giáo Thủ đô tập trung tuyên truyền Đại hội Đảng bộ Thành phố lần thứ XVIII, kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2025) và 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước; phấn đấu 100% tổ dân phố có nhóm Zalo.
"""

D05, D06, D07, D08 = "2021-07-12", "2016-10-04", "2020-06-18", "2024-12-27"

DOCS = [
    Doc("h30_05", T05, HN, quarter(2, 2021), D05, "text", facts=[
        F("tổ chức 6.842 hội nghị, lớp", 6842, "study_sessions"),
        F("hơn 412 nghìn lượt cán bộ, đảng viên", 412000, "study_attendance", "at_least",
          a=PM),
        F("đạt 96,2%", 96.2, "study_participation_rate"),
        F("khoảng 95 nghìn lượt quần chúng", 95000, "study_attendance", "approx", a=MS),
        F("Hội nghị cấp huyện | 2", 2, "study_sessions", unit=CG),
        F("| 2 | 3 |", 3, "study_sessions", unit=DA),
        F("| 3 | 1", 1, "study_sessions", unit=ST),
        F("Số lớp ở cơ sở | 168", 168, "study_sessions", unit=CG),
        F("| 168 | 241", 241, "study_sessions", unit=DA),
        F("| 241 | 97", 97, "study_sessions", unit=ST),
        F("Lượt đảng viên dự học | 11.206", 11206, "study_attendance", a=PM, unit=CG),
        F("| 11.206 | 14.385", 14385, "study_attendance", a=PM, unit=DA),
        F("| 14.385 | 5.124", 5124, "study_attendance", a=PM, unit=ST),
        F("(%) | 97,4", 97.4, "study_participation_rate", unit=CG),
        F("| 97,4 | 95,8", 95.8, "study_participation_rate", unit=DA),
        F("| 95,8 | 96,6", 96.6, "study_participation_rate", unit=ST),
        F("Lượt quần chúng dự nghe | 2.310", 2310, "study_attendance", a=MS, unit=CG),
        F("| 2.310 | 4.072", 4072, "study_attendance", a=MS, unit=DA),
        F("| 4.072 | 1.468", 1468, "study_attendance", a=MS, unit=ST),
        F("Số đảng viên chưa tham gia | 296", 296, "other", unit=CG),
        F("| 296 | 627", 627, "other", unit=DA),
        F("| 627 | 180", 180, "other", unit=ST),
        F("tổ chức 1 hội nghị báo cáo viên", 1, "reporter_conferences", unit=CG),
        F("46 buổi nói chuyện thời sự", 46, "oral_propaganda_sessions", unit=CG),
        F("khoảng 3.900 lượt người nghe", 3900, "propaganda_audience", "approx", unit=CG),
        F("phát sóng 24 chương trình thời sự", 24, "news_items", unit=DA),
        F("đăng 385 tin, bài", 385, "news_items", unit=DA),
        F("nhận 2.615 bài dự thi", 2615, "contest_entries", unit=ST),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=ST),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals", unit=ST),
    ], traps=[("Số 215-BC/BTGTU", 215), ("ngày 12/7/2021", 12), ("quý II năm 2021", 2),
              ("Kế hoạch số 04-KH/TU", 4), ("ngày 08/7/2021", 8), ("tháng 7", 7),
              ("15 xã, phường", 15), ("6 quận, huyện", 6)]),
    Doc("h30_06", T06, HM, m9(2016), D06, "text", facts=[
        F("02 hội nghị cấp quận", 2, "study_sessions"),
        F("412 lớp ở cơ sở", 412, "study_sessions"),
        F("với 27.936 lượt cán bộ, đảng viên", 27936, "study_attendance", a=PM),
        F("đạt 95,2%", 95.2, "study_participation_rate"),
        F("186 buổi tuyên truyền miệng", 186, "oral_propaganda_sessions"),
        F("gần 15.000 lượt cử tri", 15000, "propaganda_audience", "at_most"),
        F("Treo 1.380 băng rôn", 1380, "other"),
        F("chạy 214 lượt", 214, "other"),
        F("phát hành đủ 9 số", 9, "news_items"),
        F("thu hút 6.708 lượt dự thi", 6708, "contest_entries"),
        F("trang thông tin điện tử quận: 530", 530, "news_items"),
        F("trên fanpage Quận ủy: 146", 146, "news_items"),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=inst("2016-09-30")),
        F("27 định kỳ", 27, "opinion_reports"),
        F("8 đột xuất", 8, "opinion_reports"),
        F("dưới 400 người", 400, "other", "at_most"),
        F("tổ chức 2.064 buổi sinh hoạt chuyên đề", 2064, "party_cell_discussions"),
    ], traps=[("SỐ 10", 10), ("THÁNG 10/2016", 10), ("9 THÁNG NĂM 2016", 9),
              ("Ngày 04/10/2016", 4), ("9 tháng năm 2016", 9), ("14 đảng ủy phường", 14),
              ("khóa XIV", 14), ("nhiệm kỳ 2016 – 2021", 2016), ("mỗi số 2.500 bản", 2500),
              ("Hiến pháp năm 2013", 2013), ("tính đến 30/9/2016", 30), ("99,53%", 99.53),
              ("mỗi tháng 1 buổi", 1), ("76 tuổi", 76), ("50 năm tuổi Đảng", 50),
              ("chi bộ số 7", 7), ("3 bài", 3), ("Trung ương 4", 4),
              ("mở 3 lớp bồi dưỡng", 3), ("khoảng 150 cán bộ", 150), ("Bản tin số 11", 11),
              ("ngày 25/11/2016", 25), ("024.3641.7350", 24), ("gồm 8 trang", 8)]),
    Doc("h30_07", T07, SS, term(2015, 2020), D07, "sidecar", meta={"date": D07}, facts=[
        F("ban hành 186 văn bản", 186, "documents_issued"),
        F("tổ chức 27 hội nghị cấp huyện", 27, "study_sessions"),
        F("hơn 68 nghìn lượt cán bộ, đảng viên", 68000, "study_attendance", "at_least",
          a=PM),
        F("bình quân đạt 96,8%", 96.8, "study_participation_rate"),
        F("mở 74 lớp bồi dưỡng", 74, "training_classes"),
        F("với 6.215 học viên", 6215, "trainees"),
        F("hiện có 47 đồng chí", 47, "reporters", p=inst(D07)),
        F("khoảng 3.200 buổi nói chuyện", 3200, "oral_propaganda_sessions", "approx"),
        F("trên 250 ngàn lượt người dân", 250000, "propaganda_audience", "at_least", a=MS),
        F("bốn đợt sinh hoạt chính trị", 4, "political_campaigns"),
        F("khen thưởng 126 tập thể", 126, "commended_collectives"),
        F("126 tập thể, 308 cá nhân", 308, "commended_individuals"),
        F("có 1 cổng thông tin điện tử", 1, "websites", p=inst(D07)),
        F("28 trang fanpage", 28, "social_pages", p=inst(D07)),
        F("trên 11.500 tin, bài", 11500, "news_items", "at_least"),
    ], traps=[("nhiệm kỳ 2015 – 2020", 2015), ("lần thứ XXIV", 24),
              ("nhiệm kỳ 2020 – 2025", 2020), ("từ ngày 15", 15), ("17/6/2020", 17),
              ("Nhiệm kỳ 2015 – 2020", 2015), ("2,1%", 2.1), ("nhiệm kỳ 2010 – 2015", 2010),
              ("26 xã, thị trấn", 26), ("hơn 340 nghìn dân", 340000), ("84 tuổi", 84),
              ("50 năm", 50), ("5 năm qua", 5), ("100% thôn, xóm", 100),
              ("ít nhất 2 hội thi", 2), ("3 khâu đột phá", 3)]),
    Doc("h30_08", T08, HN, year(2024), D08, "text", facts=[
        F("ban hành 54 văn bản", 54, "documents_issued"),
        F("tổ chức 9 hội nghị trực tuyến", 9, "study_sessions"),
        F("trên 310 nghìn lượt cán bộ, đảng viên", 310000, "study_attendance", "at_least",
          a=PM),
        F("hiện có 96 đồng chí", 96, "reporters", p=inst(D08)),
        F("duy trì 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("hơn 9.300 tin, bài", 9300, "news_items", "at_least"),
        F("52 báo cáo định kỳ", 52, "opinion_reports"),
        F("27 báo cáo nhanh", 27, "opinion_reports"),
        F("duy trì 612 nhóm Zalo", 612, "chat_groups", unit=LB, p=end_of(year(2024))),
        F("gần 58.000 thành viên", 58000, "chat_group_members", "at_most", unit=LB,
          p=end_of(year(2024))),
        F("khoảng 19.000 tin, bài", 19000, "news_items", "approx", unit=LB),
        F("tổ chức 85 buổi nói chuyện", 85, "oral_propaganda_sessions", unit=GL),
        F("khoảng 7.400 lượt người dân", 7400, "propaganda_audience", "approx", a=MS,
          unit=GL),
        F("thu hút 21.640 lượt người dự thi", 21640, "contest_entries", unit=BD),
        F("đã đăng 1.920 tin, bài", 1920, "news_items", unit=BD),
        F("bằng khen cho 18 tập thể", 18, "commended_collectives"),
        F("18 tập thể và 26 cá nhân", 26, "commended_individuals"),
    ], traps=[("Cập nhật 27/12/2024 16:40", 27), ("năm 2024", 2024), ("Chiều 26/12", 26),
              ("năm 2025", 2025), ("Trung ương 9", 9), ("10 khóa XIII", 10),
              ("1.148 điểm cầu", 1148), ("Ban Chỉ đạo 35", 35), ("Luật Thủ đô năm 2024", 2024), ("14 phường", 14),
              ("70 năm", 70), ("10 bài xuất sắc nhất", 10), ("Năm 2025", 2025),
              ("lần thứ XVIII", 18), ("95 năm", 95), ("3/2/1930", 3), ("3/2/2025", 3),
              ("50 năm", 50), ("100% tổ dân phố", 100)]),
]
