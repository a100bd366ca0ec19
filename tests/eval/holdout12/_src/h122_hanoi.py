"""Holdout 12, batch 2: Hanoi districts 2018-2024 (Tây Hồ, Mỹ Đức, four western districts,
Thanh Trì).

Genres: a feature story with quotes, a four-sentence brief (sidecar date, no date in the text),
a text table with one column per district, a long web report with results, limitations and
next tasks.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, year

TH, MD, TT = U("003"), U("282"), U("020")
DP, HD, QO, PT = U("273"), U("274"), U("275"), U("272")

T07 = """
Thứ Ba, 28/12/2021 10:15

TÂY HỒ: NGƯỜI LÀM TUYÊN GIÁO “GÕ CỬA” TỪNG NHÓM ZALO

Một năm nhiều biến động vì dịch Covid-19 đã buộc những người làm công tác tuyên giáo ở quận Tây Hồ phải thay đổi cách làm. Từ buổi nói chuyện ngoài trời ven đường Thanh Niên đến những tin nhắn Zalo lúc nửa đêm, thông tin chính thống đã đến với người dân nhanh hơn bao giờ hết.

“Mở” nghị quyết ra không gian số

Quận Tây Hồ có 8 phường với khoảng 160 nghìn dân, diện tích hơn 24 km². Năm 2021, Quận ủy Tây Hồ tổ chức 37 hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XVII Đảng bộ Thành phố, thu hút 10.352 lượt cán bộ, đảng viên; gần như 100% đảng viên dự học. Nhiều hội nghị được tổ chức trực tuyến tới 96 điểm cầu chi bộ.

Theo bà Nguyễn Thị Thu Hằng, Trưởng ban Tuyên giáo Quận ủy Tây Hồ, bước ngoặt là khi quận đưa thông tin lên các nhóm Zalo tổ dân phố. “Chúng tôi hiện có 164 nhóm Zalo tổ dân phố với hơn 19.000 thành viên. Trong năm, Ban đã đăng tải 1.780 tin, bài, infographic trên các nhóm và trang của quận”, bà Hằng cho biết.

Fanpage “Tây Hồ Online” hiện có gần 24.500 người theo dõi. Bản tin “Tây Hồ – Thông tin nội bộ” vẫn phát hành đủ 12 số dù có thời điểm phải giãn cách.

Khi báo cáo viên “xuống phố”

Ở những tháng nới lỏng giãn cách, báo cáo viên của quận về 8 phường nói chuyện 74 buổi, có buổi tổ chức ngay tại bãi đất trống ven hồ, thu hút khoảng 6,8 ngàn lượt người nghe. 56 cộng tác viên dư luận xã hội của quận đã gửi 118 báo cáo, phản ánh kịp thời tâm tư của người dân về việc xét nghiệm, hỗ trợ người lao động tự do.

Bà Đỗ Thị Lan, 64 tuổi, tổ dân phố 11, phường Quảng An, nói vui: “Nhóm Zalo tổ tôi có 230 người, ngày nào cũng có tin mới, có hôm 5-6 tin, già như tôi cũng phải học dùng điện thoại.”

“Chi bộ tôi có 42 đảng viên, năm nay họp 12 lần, lần nào cũng đủ 100% đảng viên”, ông Nguyễn Văn Quý, Bí thư Chi bộ tổ dân phố 7, phường Nhật Tân, kể.

Theo khảo sát của Ban Tuyên giáo Quận ủy, 87% người dân được hỏi cho biết thường xuyên đọc tin trên nhóm Zalo tổ dân phố.

Những con số biết nói

Cuộc thi ảnh “Tây Hồ – sắc màu ven hồ” nhận 1.046 tác phẩm. Phối hợp với Trung tâm Chính trị quận, Ban mở 7 lớp bồi dưỡng nghiệp vụ cho 502 học viên là bí thư chi bộ, tổ trưởng tổ dân phố. Cuối năm, Quận ủy khen thưởng 12 tập thể và 20 cá nhân có thành tích trong công tác tuyên giáo và phòng, chống dịch.

Năm 2022, Tây Hồ đặt mục tiêu 100% tổ dân phố có nhóm Zalo hoạt động hiệu quả, mở thêm 3 fanpage chuyên đề về văn hóa, du lịch ven hồ.

Minh Khuê
"""

T08 = """
Mỹ Đức: Công tác tuyên giáo tháng 4/2022

Trong tháng 4/2022, Ban Tuyên giáo Huyện ủy Mỹ Đức phối hợp Trung tâm Chính trị huyện tổ chức 3 hội nghị học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII cho 1.184 lượt cán bộ, đảng viên. Nhân mùa Lễ hội chùa Hương, các xã Hương Sơn, An Phú, Hùng Tiến tổ chức 26 buổi tuyên truyền miệng về văn minh lễ hội với khoảng 3.100 lượt người nghe; Đài Truyền thanh huyện phát 22 chương trình thời sự, mỗi chương trình 20 phút. Huyện ủy đã ban hành 5 văn bản hướng dẫn tuyên truyền kỷ niệm 47 năm Ngày giải phóng miền Nam, thống nhất đất nước và Ngày Quốc tế Lao động 1/5. Toàn huyện hiện có 43 báo cáo viên, bố trí ở 22 xã, thị trấn.
"""

T09 = """
CỤM THI ĐUA CÁC HUYỆN PHÍA TÂY GIAO BAN CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2024

Ngày 2/7/2024, tại Huyện ủy Hoài Đức, Cụm thi đua số 3 gồm Ban Tuyên giáo Huyện ủy Đan Phượng, Hoài Đức, Quốc Oai và Phúc Thọ tổ chức giao ban, đánh giá kết quả công tác tuyên giáo 6 tháng đầu năm 2024. Số liệu chính của các huyện như sau:

Chỉ tiêu | Đan Phượng | Hoài Đức | Quốc Oai | Phúc Thọ
Hội nghị học tập, quán triệt nghị quyết (hội nghị) | 12 | 18 | 9 | 11
Lượt cán bộ, đảng viên dự học tập | 6.420 | 9.115 | 4.870 | 5.236
Tỷ lệ đảng viên dự học tập (%) | 96,1 | 94,8 | 97,3 | 95,5
Báo cáo viên (người) | 27 | 34 | 25 | 22
Buổi tuyên truyền miệng | 64 | 103 | 58 | 49
Tin, bài trên trang thông tin điện tử | 318 | 472 | 205 | 236
Báo cáo dư luận xã hội | 19 | 26 | 15 | 17
Đơn vị hành chính cấp xã | 16 | 20 | 21 | 23
Xếp thứ trong Cụm | 2 | 1 | 4 | 3

Bên cạnh các chỉ tiêu chung, mỗi huyện có cách làm riêng.

Huyện Hoài Đức: Với 19 xã, 1 thị trấn và hơn 290 nghìn dân, Hoài Đức đẩy mạnh tuyên truyền về giải phóng mặt bằng đường Vành đai 3,5 và Vành đai 4. Ban Tuyên giáo Huyện ủy phối hợp Trung tâm Chính trị huyện mở 4 lớp bồi dưỡng nghiệp vụ cho 286 học viên là cán bộ thôn, cụm dân cư.

Huyện Quốc Oai: Hội thi báo cáo viên giỏi cấp huyện có 31 thí sinh; 3 thí sinh xuất sắc nhất được chọn dự thi cấp Thành phố. Huyện ủy khen thưởng 8 tập thể, 13 cá nhân.

Huyện Đan Phượng: Các chi bộ thôn, tổ dân phố tổ chức 267 buổi sinh hoạt chuyên đề về Chỉ thị 05-CT/TW; Ban Tuyên giáo Huyện ủy duy trì 154 nhóm Zalo, hiện có khoảng 17.600 thành viên.

Huyện Phúc Thọ: Còn 247 đảng viên chưa tham gia học tập nghị quyết do tuổi cao, ốm đau hoặc đi làm ăn xa. Dù tháng 1 chỉ tổ chức được 2 buổi tuyên truyền miệng do trùng dịp Tết Giáp Thìn, huyện đã bám sát các sự kiện chính trị lớn. Trong 6 tháng, huyện treo 960 băng rôn, khẩu hiệu.

Cụm thống nhất 6 tháng cuối năm tổ chức hội thi tuyên truyền viên giỏi cấp Cụm, phấn đấu mỗi huyện có từ 2 đến 3 đội tham gia.
"""

T10 = """
Thanh Trì tổng kết công tác tuyên giáo năm 2018: Nhiều cách làm mới, vẫn còn “điểm nghẽn” ở cơ sở

Thứ Năm, 27/12/2018 - 16:42

(Tin từ cơ sở) – Chiều 27-12, Huyện ủy Thanh Trì tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018, triển khai nhiệm vụ năm 2019. Dự hội nghị có đồng chí Phó Trưởng ban Tuyên giáo Thành ủy Hà Nội.

Kết quả nổi bật

Năm 2018, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 34 văn bản chỉ đạo, hướng dẫn. Huyện tổ chức 4 hội nghị cấp huyện quán triệt Nghị quyết Trung ương 7 khóa XII cho 1.420 cán bộ chủ chốt; các đảng bộ, chi bộ cơ sở tiếp tục mở 186 lớp, số đảng viên tham gia học tập là 15.740/16.260 đồng chí, đạt 96,8%. Trung tâm Bồi dưỡng chính trị huyện mở 9 lớp sơ cấp, bồi dưỡng đảng viên mới với 764 học viên.

Với 15 xã, 1 thị trấn và khoảng 260 nghìn dân, Thanh Trì xác định tuyên truyền miệng là kênh gần dân nhất. Đội ngũ 29 báo cáo viên cấp huyện đã nói chuyện 205 buổi, ước đạt 18.000 lượt người nghe; Ban tổ chức 12 hội nghị báo cáo viên định kỳ, bình quân mỗi tháng 1 hội nghị. Ngoài ra, các chi hội đoàn thể ở thôn, tổ dân phố đã tổ chức hàng trăm buổi tuyên truyền về bảo vệ môi trường, phân loại rác thải tại nguồn.

Đài Truyền thanh huyện phát 1.460 tin, bài; chuyên mục “Thanh Trì – Đất và người” lên sóng 24 kỳ. Cuộc thi tìm hiểu Luật An ninh mạng thu hút 12.685 bài dự thi. Huyện ủy triển khai ba đợt sinh hoạt chính trị, trong đó có đợt kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 – 11/6/2018).

Mạng lưới 46 cộng tác viên dư luận xã hội gửi 52 báo cáo, phản ánh băn khoăn của người dân về giải phóng mặt bằng mở rộng Quốc lộ 1A và dự án khu đô thị có tổng vốn hơn 3.200 tỷ đồng. Huyện ủy hỗ trợ kinh phí 120 triệu đồng cho các xã in tài liệu tuyên truyền. Dịp này, Huyện ủy tặng giấy khen cho 18 tập thể và 27 cá nhân.

Những “điểm nghẽn”

Tuy nhiên, báo cáo cũng thẳng thắn chỉ ra hạn chế: vẫn còn 520 đảng viên chưa tham gia học tập Nghị quyết Trung ương 7, chủ yếu là đảng viên cao tuổi; trang thông tin điện tử của 6/16 xã, thị trấn cập nhật chậm; một số báo cáo viên ở cơ sở (có người đã 72 tuổi) chưa theo kịp thông tin mới. Số đảng viên chưa tham gia tăng 38 người so với năm 2017.

Nhiệm vụ năm 2019: tổ chức học tập Nghị quyết Trung ương 8, 9 khóa XII cho 100% cán bộ, đảng viên; mở 6 lớp bồi dưỡng nghiệp vụ cho khoảng 400 học viên; tổ chức 2 đợt sinh hoạt chính trị; phấn đấu tỷ lệ đảng viên dự học đạt trên 97%.

Phát biểu chỉ đạo, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đề nghị huyện tập trung tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2020), chuẩn bị cho đại hội đảng bộ các cấp nhiệm kỳ 2020 – 2025.
"""

D07, D08, D09, D10 = "2021-12-28", "2022-05-04", "2024-07-02", "2018-12-27"
P09 = h1(2024)

DOCS = [
    Doc("h12_07_tayho_phongsu_2021", T07, TH, year(2021), D07, "text", facts=[
        F("tổ chức 37 hội nghị học tập", 37, "study_sessions"),
        F("thu hút 10.352 lượt cán bộ, đảng viên", 10352, "study_attendance",
          a="party_members"),
        F("gần như 100% đảng viên dự học", 100, "study_participation_rate", "approx"),
        F("hiện có 164 nhóm Zalo", 164, "chat_groups", p=inst(D07)),
        F("hơn 19.000 thành viên", 19000, "chat_group_members", "at_least", p=inst(D07)),
        F("đăng tải 1.780 tin, bài", 1780, "news_items"),
        F("gần 24.500 người theo dõi", 24500, "propaganda_audience", "at_most", p=inst(D07)),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("nói chuyện 74 buổi", 74, "oral_propaganda_sessions"),
        F("khoảng 6,8 ngàn lượt người nghe", 6800, "propaganda_audience", "approx"),
        F("56 cộng tác viên dư luận xã hội", 56, "opinion_collaborators",
          p=end_of(year(2021))),
        F("gửi 118 báo cáo", 118, "opinion_reports"),
        F("nhận 1.046 tác phẩm", 1046, "contest_entries"),
        F("mở 7 lớp bồi dưỡng", 7, "training_classes"),
        F("cho 502 học viên", 502, "trainees"),
        F("khen thưởng 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể và 20 cá nhân", 20, "commended_individuals"),
    ], traps=[("28/12/2021", 28), ("10:15", 10), ("Covid-19", 19), ("8 phường", 8),
              ("khoảng 160 nghìn dân", 160000), ("hơn 24 km²", 24), ("Năm 2021", 2021),
              ("96 điểm cầu", 96), ("64 tuổi", 64), ("tổ dân phố 11", 11),
              ("có 230 người", 230), ("5-6 tin", 5), ("có 42 đảng viên", 42),
              ("họp 12 lần", 12), ("đủ 100% đảng viên", 100), ("tổ dân phố 7", 7),
              ("87% người dân được hỏi", 87), ("Năm 2022", 2022),
              ("100% tổ dân phố", 100), ("thêm 3 fanpage", 3)]),
    Doc("h12_08_myduc_tin_thang4_2022", T08, MD, month(4, 2022), D08, "sidecar",
        meta={"date": D08}, facts=[
        F("tổ chức 3 hội nghị học tập", 3, "study_sessions"),
        F("cho 1.184 lượt cán bộ, đảng viên", 1184, "study_attendance", a="party_members"),
        F("tổ chức 26 buổi tuyên truyền miệng", 26, "oral_propaganda_sessions"),
        F("khoảng 3.100 lượt người nghe", 3100, "propaganda_audience", "approx"),
        F("phát 22 chương trình thời sự", 22, "news_items"),
        F("ban hành 5 văn bản", 5, "documents_issued"),
        F("hiện có 43 báo cáo viên", 43, "reporters", p=inst(D08)),
    ], traps=[("tháng 4/2022", 4), ("Trung ương 4", 4), ("mỗi chương trình 20 phút", 20),
              ("47 năm", 47), ("Lao động 1/5", 1), ("22 xã, thị trấn", 22)]),
    Doc("h12_09_cum_phiatay_bang_6t_2024", T09, HD, P09, D09, "text", facts=[
        F("(hội nghị) | 12", 12, "study_sessions", unit=DP),
        F("| 12 | 18", 18, "study_sessions", unit=HD),
        F("18 | 9 |", 9, "study_sessions", unit=QO),
        F("9 | 11", 11, "study_sessions", unit=PT),
        F("| 6.420 |", 6420, "study_attendance", a="party_members", unit=DP),
        F("| 9.115 |", 9115, "study_attendance", a="party_members", unit=HD),
        F("| 4.870 |", 4870, "study_attendance", a="party_members", unit=QO),
        F("| 5.236", 5236, "study_attendance", a="party_members", unit=PT),
        F("(%) | 96,1", 96.1, "study_participation_rate", unit=DP),
        F("| 94,8 |", 94.8, "study_participation_rate", unit=HD),
        F("| 97,3 |", 97.3, "study_participation_rate", unit=QO),
        F("| 95,5", 95.5, "study_participation_rate", unit=PT),
        F("(người) | 27", 27, "reporters", unit=DP, p=end_of(P09)),
        F("27 | 34", 34, "reporters", unit=HD, p=end_of(P09)),
        F("34 | 25", 25, "reporters", unit=QO, p=end_of(P09)),
        F("25 | 22", 22, "reporters", unit=PT, p=end_of(P09)),
        F("miệng | 64", 64, "oral_propaganda_sessions", unit=DP),
        F("64 | 103", 103, "oral_propaganda_sessions", unit=HD),
        F("103 | 58", 58, "oral_propaganda_sessions", unit=QO),
        F("58 | 49", 49, "oral_propaganda_sessions", unit=PT),
        F("điện tử | 318", 318, "news_items", unit=DP),
        F("318 | 472", 472, "news_items", unit=HD),
        F("472 | 205", 205, "news_items", unit=QO),
        F("205 | 236", 236, "news_items", unit=PT),
        F("xã hội | 19", 19, "opinion_reports", unit=DP),
        F("19 | 26", 26, "opinion_reports", unit=HD),
        F("26 | 15", 15, "opinion_reports", unit=QO),
        F("15 | 17", 17, "opinion_reports", unit=PT),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes", unit=HD),
        F("cho 286 học viên", 286, "trainees", unit=HD),
        F("có 31 thí sinh", 31, "contest_entries", unit=QO),
        F("khen thưởng 8 tập thể", 8, "commended_collectives", unit=QO),
        F("8 tập thể, 13 cá nhân", 13, "commended_individuals", unit=QO),
        F("tổ chức 267 buổi sinh hoạt", 267, "party_cell_discussions", unit=DP),
        F("duy trì 154 nhóm Zalo", 154, "chat_groups", unit=DP, p=end_of(P09)),
        F("khoảng 17.600 thành viên", 17600, "chat_group_members", "approx", unit=DP,
          p=inst(D09)),
        F("Còn 247 đảng viên chưa tham gia", 247, "other", unit=PT),
        F("tổ chức được 2 buổi tuyên truyền miệng", 2, "oral_propaganda_sessions", unit=PT,
          p=month(1, 2024)),
        F("treo 960 băng rôn", 960, "other", unit=PT),
    ], traps=[("6 THÁNG ĐẦU NĂM 2024", 6), ("Ngày 2/7/2024", 2), ("Cụm thi đua số 3", 3),
              ("6 tháng đầu năm 2024", 6), ("Đơn vị hành chính cấp xã | 16", 16),
              ("16 | 20", 20), ("20 | 21", 21), ("21 | 23", 23),
              ("Xếp thứ trong Cụm | 2", 2), ("2 | 1 |", 1), ("1 | 4 |", 4), ("4 | 3", 3),
              ("19 xã", 19), ("1 thị trấn", 1), ("hơn 290 nghìn dân", 290000),
              ("Vành đai 3,5", 3.5), ("Vành đai 4", 4), ("3 thí sinh xuất sắc nhất", 3),
              ("05-CT/TW", 5), ("Dù tháng 1", 1), ("Trong 6 tháng", 6),
              ("6 tháng cuối năm", 6), ("từ 2 đến 3 đội", 2)]),
    Doc("h12_10_thanhtri_tongket_2018", T10, TT, year(2018), D10, "text", facts=[
        F("ban hành 34 văn bản", 34, "documents_issued"),
        F("tổ chức 4 hội nghị cấp huyện", 4, "study_sessions"),
        F("cho 1.420 cán bộ chủ chốt", 1420, "study_attendance", a="party_members"),
        F("mở 186 lớp", 186, "study_sessions"),
        F("là 15.740/16.260 đồng chí", 15740, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("mở 9 lớp sơ cấp", 9, "training_classes"),
        F("với 764 học viên", 764, "trainees"),
        F("Đội ngũ 29 báo cáo viên", 29, "reporters", p=end_of(year(2018))),
        F("nói chuyện 205 buổi", 205, "oral_propaganda_sessions"),
        F("ước đạt 18.000 lượt người nghe", 18000, "propaganda_audience", "approx"),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("hàng trăm buổi tuyên truyền", 100, "oral_propaganda_sessions", "at_least"),
        F("phát 1.460 tin, bài", 1460, "news_items"),
        F("lên sóng 24 kỳ", 24, "news_items"),
        F("thu hút 12.685 bài dự thi", 12685, "contest_entries"),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("Mạng lưới 46 cộng tác viên", 46, "opinion_collaborators", p=end_of(year(2018))),
        F("gửi 52 báo cáo", 52, "opinion_reports"),
        F("kinh phí 120 triệu đồng", 120_000_000, "other"),
        F("giấy khen cho 18 tập thể", 18, "commended_collectives"),
        F("18 tập thể và 27 cá nhân", 27, "commended_individuals"),
        F("còn 520 đảng viên chưa tham gia", 520, "other"),
    ], traps=[("27/12/2018", 27), ("16:42", 16), ("Chiều 27-12", 27), ("năm 2018", 2018),
              ("Năm 2018", 2018), ("năm 2019", 2019), ("Trung ương 7 khóa XII", 7),
              ("Trung ương 7,", 7), ("15 xã, 1 thị trấn", 15), ("1 thị trấn", 1),
              ("khoảng 260 nghìn dân", 260000), ("bình quân mỗi tháng 1 hội nghị", 1),
              ("70 năm", 70), ("11/6/1948", 11), ("11/6/2018", 11), ("Quốc lộ 1A", 1),
              ("hơn 3.200 tỷ đồng", 3200), ("6/16 xã", 6), ("72 tuổi", 72),
              ("tăng 38 người", 38), ("năm 2017", 2017), ("Trung ương 8, 9", 8),
              ("9 khóa XII", 9), ("100% cán bộ", 100), ("mở 6 lớp", 6),
              ("khoảng 400 học viên", 400), ("tổ chức 2 đợt", 2), ("trên 97%", 97),
              ("90 năm", 90), ("3/2/1930", 3), ("3/2/2020", 3),
              ("nhiệm kỳ 2020 – 2025", 2020)]),
]
