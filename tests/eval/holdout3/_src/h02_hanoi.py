"""Third held-out set (holdout3), part 2: Hanoi districts and city bodies before 2025-07-01.
Written from docs/LABELING.md, tests/eval/README.md and the seeds only, without reading the
extractor and without running it on these reports."""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, since, term, year

HN = U("01")
BTL, THANHTRI = U("Quận Bắc Từ Liêm"), U("Huyện Thanh Trì")
MELINH, DANPHUONG, THUONGTIN = U("Huyện Mê Linh"), U("Huyện Đan Phượng"), U("Huyện Thường Tín")

# ---------------------------------------------------------------------------------------------
T307 = """
Hà Nội: Hệ thống tuyên giáo chủ động ngay từ những tháng đầu năm

(Hanoimoi) - Ngày 5/4/2024, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị giao ban công tác tuyên giáo quý I năm 2024 với ban tuyên giáo các quận ủy, huyện ủy, thị ủy và đảng ủy trực thuộc.

Quý I năm nay trùng với dịp Tết Nguyên đán Giáp Thìn và kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024). Với hơn 8,5 triệu dân và 30 quận, huyện, thị xã, việc định hướng thông tin trong dịp cao điểm đặt ra yêu cầu rất lớn cho cả hệ thống.

Theo báo cáo, trong quý, Ban Tuyên giáo Thành ủy tham mưu ban hành 22 văn bản chỉ đạo, hướng dẫn tuyên truyền. Hội nghị trực tuyến học tập chuyên đề năm 2024 của Thành ủy được kết nối tới toàn bộ các cấp ủy cơ sở, với hơn 246 nghìn cán bộ, đảng viên tham dự. Tháng 3/2024, Ban phối hợp tổ chức 3 hội nghị học tập, quán triệt các quy định mới của Trung ương về công tác cán bộ.

Đội ngũ 104 báo cáo viên Thành ủy được cung cấp thông tin định kỳ; Ban cũng xây dựng 9 báo cáo nhanh về tình hình dư luận xã hội gửi Thường trực Thành ủy, trong đó có dư luận về việc điều chỉnh giá điện và tình trạng ùn tắc giao thông giờ cao điểm. Hiện nay, Ban Tuyên giáo Thành ủy quản trị 4 tài khoản mạng xã hội chính thức trên Facebook, Zalo, YouTube và TikTok.

Ở khối sở, ngành, Sở Thông tin và Truyền thông hướng dẫn hệ thống truyền thanh cơ sở phát sóng 18.600 tin, bài; Sở Văn hóa và Thể thao tổ chức 27 chương trình nghệ thuật chào mừng Đảng, mừng Xuân tại các quảng trường, nhà văn hóa. Thành đoàn Hà Nội phát động cuộc thi trực tuyến “Tuổi trẻ Thủ đô học tập và làm theo lời Bác”, thu hút 63.112 bài dự thi. Liên đoàn Lao động Thành phố tổ chức 45 buổi tuyên truyền pháp luật tại các khu công nghiệp cho khoảng 12.500 lượt công nhân, lao động.

Phát biểu kết luận, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đề nghị các đơn vị phối hợp chặt chẽ với Ban Chỉ đạo 35 các cấp, thực hiện hiệu quả Nghị quyết 35-NQ/TW của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng. Trong quý II, các cấp ủy cần chuẩn bị chu đáo việc tuyên truyền kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh và dự kiến tổ chức 5 hội nghị báo cáo viên chuyên đề.
"""
D307 = "2024-04-05"
P307 = quarter(1, 2024)

# ---------------------------------------------------------------------------------------------
T308 = """
Bắc Từ Liêm: Công tác tuyên giáo tạo chuyển biến từ cơ sở

(Hanoimoi) - Hội nghị tổng kết công tác tuyên giáo năm 2023 của Quận ủy Bắc Từ Liêm ghi nhận nhiều cách làm mới, nhất là trong việc đưa thông tin chính thống đến các khu dân cư đang đô thị hóa nhanh.

Bắc Từ Liêm gồm 13 phường, dân số hơn 360 nghìn người, có nhiều trường đại học, khu đô thị mới xen lẫn làng nghề truyền thống. Sự đa dạng ấy khiến tâm trạng xã hội cũng nhiều chiều, đòi hỏi người làm công tác tuyên giáo phải nắm bắt nhanh và phản hồi kịp thời.

Trong năm, Ban Thường vụ Quận ủy ban hành 31 văn bản lãnh đạo, chỉ đạo; tổ chức ba hội nghị trực tuyến học tập, quán triệt nghị quyết của Trung ương và Thành ủy với gần 9.800 lượt cán bộ, đảng viên tham dự. Trung tâm Chính trị quận mở 11 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 1.138 học viên.

Đội ngũ báo cáo viên, tuyên truyền viên cơ sở hiện có 246 người. Lực lượng 73 cộng tác viên dư luận xã hội đã thực hiện 26 báo cáo, phản ánh kịp thời các vấn đề người dân quan tâm như giải phóng mặt bằng đường Vành đai 2,5 hay ô nhiễm sông Pheo.

“Bây giờ người dân đọc tin trên điện thoại trước khi nghe loa phường. Nếu mình không có mặt trên mạng thì người khác sẽ nói thay mình”, đồng chí Trần Thu Trang, Trưởng ban Tuyên giáo Quận ủy Bắc Từ Liêm nói.

Hiện nay, quận duy trì 14 trang thông tin điện tử, gồm trang của quận và các phường; trong năm, hệ thống này đăng tải 3.960 tin, bài, ảnh. Cuộc thi viết “Bắc Từ Liêm - 10 năm xây dựng và phát triển” thu hút 1.270 tác phẩm dự thi. Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 21 tập thể, 34 cá nhân.

Năm 2024, quận phấn đấu 100% tổ dân phố có nhóm Zalo do bí thư chi bộ quản trị và sẽ tổ chức hội thi tuyên truyền viên giỏi cấp quận lần thứ 5.
"""
D308 = "2024-01-16"  # sidecar only: the text carries no date
P308 = year(2023)

# ---------------------------------------------------------------------------------------------
T309 = """
Thanh Trì: Nhìn lại chặng đường tuyên giáo nhiệm kỳ 2020 - 2025

(Hanoimoi) - Ngày 18/6/2025, Ban Tuyên giáo Huyện ủy Thanh Trì tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2020 - 2025. Đây cũng là hội nghị tổng kết cuối cùng của Ban trước khi huyện kết thúc hoạt động để chuyển sang mô hình chính quyền địa phương hai cấp từ ngày 1/7/2025.

Báo cáo tổng kết cho biết, trong nhiệm kỳ, Ban Thường vụ Huyện ủy đã ban hành 212 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, triển khai Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV. Huyện tổ chức 186 hội nghị học tập, quán triệt nghị quyết, chỉ thị của Đảng với trên 98.000 lượt cán bộ, đảng viên; bình quân mỗi đợt có 95,7% đảng viên tham gia học tập. Trung tâm Chính trị huyện mở 94 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 7.860 học viên.

Hoạt động tuyên truyền miệng được duy trì đều đặn với hàng trăm buổi nói chuyện chuyên đề về lịch sử địa phương, pháp luật và phòng, chống tội phạm. Các chi bộ tổ chức ước 3.200 buổi sinh hoạt chi bộ chuyên đề, gắn nội dung học tập với nhiệm vụ cụ thể của từng thôn, tổ dân phố.

Năm 2024, Ban Tuyên giáo Huyện ủy thí điểm mô hình “Chi bộ số”, thành lập 47 nhóm Zalo chi bộ với 5.300 thành viên; trang thông tin điện tử của huyện đăng 640 tin, bài về các mô hình hay, người tốt việc tốt.

Riêng 6 tháng đầu năm 2025, huyện triển khai 2 đợt sinh hoạt chính trị về sắp xếp tổ chức bộ máy và vận hành chính quyền hai cấp.

Huyện hiện có 118 báo cáo viên và 85 cộng tác viên dư luận xã hội. Cả nhiệm kỳ, Ban Thường vụ Huyện ủy khen thưởng 27 tập thể, 41 cá nhân có thành tích trong công tác tuyên giáo.

“Tôi làm báo cáo viên đã 19 năm, chưa nhiệm kỳ nào thay đổi nhanh như nhiệm kỳ này. Có tuần phải nói chuyện ở ba, bốn thôn”, ông Nguyễn Văn Hùng, 58 tuổi, báo cáo viên Huyện ủy, chia sẻ.

Theo phương án sắp xếp, địa bàn huyện sẽ hình thành 4 xã mới là Thanh Trì, Đại Thanh, Nam Phù, Ngọc Hồi cùng một phần các phường lân cận. Đồng chí Trưởng ban đề nghị cán bộ tuyên giáo, dù công tác ở đâu, tiếp tục phối hợp với Ban Chỉ đạo 35 ở cơ sở, thực hiện tốt Nghị quyết 35 về bảo vệ nền tảng tư tưởng của Đảng trong giai đoạn mới.
"""
D309 = "2025-06-18"
P309 = term(2020, 2025)

# ---------------------------------------------------------------------------------------------
T310 = """
Mê Linh, Đan Phượng: Đưa nghị quyết về đến chi bộ thôn

(Hanoimoi) - Ngày 24/5/2018, tại hội nghị giao ban công tác tuyên giáo các huyện phía Tây Bắc Thủ đô, Ban Tuyên giáo Huyện ủy Mê Linh và Ban Tuyên giáo Huyện ủy Đan Phượng đã báo cáo kết quả thực hiện nhiệm vụ từ đầu năm 2018 đến nay.

Mê Linh: Vùng hoa cần thông tin kịp thời

Mê Linh có 18 xã, thị trấn với khoảng 220 nghìn dân; riêng diện tích trồng hoa của huyện đã hơn 1.000 ha. Từ đầu năm, huyện tổ chức 24 hội nghị học tập, quán triệt Nghị quyết Trung ương 6 khóa XII cho 6.740 đảng viên, đạt 97,1%. Phong trào tuyên truyền miệng được đẩy mạnh với 58 buổi và khoảng 5.200 lượt người nghe, tập trung vào chính sách đất đai và giá nông sản.

“Dịp Tết vừa rồi hoa mất giá, bà con lo lắm. Mình phải xuống tận ruộng mà nói chuyện, chứ ngồi hội trường thì không ai đến”, ông Phùng Văn Khải, 52 tuổi, Bí thư Chi bộ thôn Hạ Lôi, xã Mê Linh, kể lại.

Đan Phượng: Nắm chắc dư luận ở khu vực giải phóng mặt bằng

Ban Thường vụ Huyện ủy Đan Phượng ban hành 12 văn bản chỉ đạo công tác tư tưởng. Trung tâm Bồi dưỡng chính trị huyện mở 2 lớp bồi dưỡng nhận thức về Đảng với 178 học viên là quần chúng ưu tú. Huyện có 60 cộng tác viên dư luận xã hội; lực lượng này gửi 7 báo cáo về những vấn đề nổi lên tại các dự án đường Tây Thăng Long và Vành đai 4. Hệ thống loa truyền thanh của 16 xã, thị trấn phát hơn 1.400 tin, bài.

Nhiều cán bộ thôn cho biết, người dân có đất trong diện thu hồi thường hỏi đi hỏi lại về giá bồi thường, về nơi tái định cư. Khi được giải thích cặn kẽ, đúng chính sách, phần lớn các hộ đều đồng thuận bàn giao mặt bằng.

Kết luận giao ban, đại diện Ban Tuyên giáo Thành ủy đề nghị hai huyện trong thời gian tới chuẩn bị tuyên truyền kỷ niệm 73 năm Cách mạng Tháng Tám và Quốc khánh 2/9; phấn đấu đến cuối năm mỗi huyện có ít nhất 10 tổ tuyên truyền lưu động.
"""
D310 = "2018-05-24"
P310 = since("2018-01-01", D310)

# ---------------------------------------------------------------------------------------------
T311 = """
Thường Tín: Tháng 9/2021, vừa chống dịch vừa giữ nhịp sinh hoạt chính trị

(Hanoimoi) - Trong bối cảnh Hà Nội thực hiện giãn cách xã hội theo Chỉ thị 17/CT-UBND của UBND Thành phố, công tác tuyên giáo ở huyện Thường Tín tháng 9/2021 được triển khai linh hoạt, ưu tiên hình thức trực tuyến và loa truyền thanh.

Trong tháng, Ban Thường vụ Huyện ủy ban hành 8 văn bản chỉ đạo công tác tuyên truyền phòng, chống dịch Covid-19 và ổn định tư tưởng nhân dân. Huyện triển khai 01 đợt sinh hoạt chính trị chuyên đề “Phát huy tinh thần đoàn kết, chung sức vượt qua đại dịch”. Đợt sinh hoạt diễn ra từ ngày 6/9/2021 đến ngày 28/9/2021. Kết quả, có 11.826 đảng viên tham gia học tập, sinh hoạt, đạt 95,83%; các chi bộ tổ chức 412 buổi sinh hoạt trực tuyến kết hợp trực tiếp với quy mô nhỏ.

Hệ thống truyền thanh của 29 xã, thị trấn phát sóng 2.160 tin, bài, thông báo về phòng dịch và các chính sách hỗ trợ người dân gặp khó khăn. Các tổ tuyên truyền lưu động đưa loa đến từng ngõ xóm, với trên 30 nghìn lượt người dân được nghe tuyên truyền trực tiếp.

Huyện hiện có 512 nhóm Zalo thôn, cụm dân cư với chừng 58 nghìn thành viên. “Con cháu đi làm xa, tôi ở nhà vẫn đọc được thông báo của xã trên điện thoại. Năm nay tôi 92 tuổi, 65 năm tuổi Đảng, chưa thấy đợt dịch nào như thế này”, cụ Phạm Văn Lộc ở thôn Đông Cứu, xã Dũng Tiến chia sẻ.

Theo Ban Tuyên giáo Huyện ủy, khó khăn lớn nhất là nhiều đảng viên cao tuổi chưa quen sử dụng điện thoại thông minh. Các chi bộ đã phân công đảng viên trẻ hướng dẫn, có nơi tổ chức sinh hoạt theo nhóm nhỏ ngoài trời, bảo đảm giãn cách.

Dịp này, Huyện ủy Thường Tín tặng giấy khen cho 9 tập thể, 15 cá nhân có thành tích tiêu biểu trong công tác tuyên truyền phòng, chống dịch. Trong tháng 10, huyện sẽ sơ kết công tác tuyên truyền quý III và phối hợp tuyên truyền tiêm vắc xin mũi 2 cho người dân từ 18 tuổi trở lên.
"""
D311 = "2021-09-28"  # inferred: no dateline, no sidecar; the latest full date in the text
P311 = month(9, 2021)


DOCS = [
    Doc("syn_307_hanoi_city_2024", T307, HN, P307, D307, "text", facts=[
        F("ban hành 22 văn bản", 22, "documents_issued"),
        F("hơn 246 nghìn cán bộ, đảng viên", 246000, "study_attendance", "at_least",
          a="party_members"),
        F("tổ chức 3 hội nghị học tập", 3, "study_sessions", p=month(3, 2024)),
        F("Đội ngũ 104 báo cáo viên", 104, "reporters", p=end_of(P307)),
        F("xây dựng 9 báo cáo nhanh", 9, "opinion_reports"),
        F("quản trị 4 tài khoản mạng xã hội", 4, "social_pages", p=inst(D307)),
        F("phát sóng 18.600 tin, bài", 18600, "news_items"),
        F("tổ chức 27 chương trình nghệ thuật", 27, "other"),
        F("63.112 bài dự thi", 63112, "contest_entries"),
        F("45 buổi tuyên truyền pháp luật", 45, "oral_propaganda_sessions"),
        F("khoảng 12.500 lượt công nhân, lao động", 12500, "propaganda_audience", "approx"),
    ], traps=[("Ngày 5/4/2024", 5), ("quý I năm 2024", 1), ("94 năm", 94),
              ("3/2/1930", 3), ("3/2/2024", 3), ("hơn 8,5 triệu dân", 8500000),
              ("30 quận, huyện, thị xã", 30), ("chuyên đề năm 2024", 2024),
              ("Tháng 3/2024", 3), ("Ban Chỉ đạo 35", 35), ("Nghị quyết 35-NQ/TW", 35),
              ("134 năm", 134), ("dự kiến tổ chức 5 hội nghị báo cáo viên", 5)]),

    Doc("syn_308_bactuliem_2023", T308, BTL, P308, D308, "sidecar", meta={"date": D308},
        facts=[
        F("ban hành 31 văn bản", 31, "documents_issued"),
        F("ba hội nghị trực tuyến học tập", 3, "study_sessions"),
        F("gần 9.800 lượt cán bộ, đảng viên", 9800, "study_attendance", "at_most",
          a="party_members"),
        F("mở 11 lớp bồi dưỡng lý luận chính trị", 11, "training_classes"),
        F("1.138 học viên", 1138, "trainees"),
        F("hiện có 246 người", 246, "reporters", p=inst(D308)),
        F("Lực lượng 73 cộng tác viên dư luận xã hội", 73, "opinion_collaborators",
          p=end_of(P308)),
        F("thực hiện 26 báo cáo", 26, "opinion_reports"),
        F("duy trì 14 trang thông tin điện tử", 14, "websites", p=inst(D308)),
        F("đăng tải 3.960 tin, bài, ảnh", 3960, "news_items"),
        F("1.270 tác phẩm dự thi", 1270, "contest_entries"),
        F("21 tập thể", 21, "commended_collectives"),
        F("34 cá nhân", 34, "commended_individuals"),
    ], traps=[("năm 2023", 2023), ("gồm 13 phường", 13), ("hơn 360 nghìn người", 360000),
              ("Vành đai 2,5", 2.5), ("10 năm", 10), ("Năm 2024", 2024),
              ("100% tổ dân phố", 100), ("lần thứ 5", 5)]),

    Doc("syn_309_thanhtri_2020_2025", T309, THANHTRI, P309, D309, "text", facts=[
        F("ban hành 212 văn bản", 212, "documents_issued"),
        F("tổ chức 186 hội nghị học tập", 186, "study_sessions"),
        F("trên 98.000 lượt cán bộ, đảng viên", 98000, "study_attendance", "at_least",
          a="party_members"),
        F("có 95,7% đảng viên", 95.7, "study_participation_rate"),
        F("mở 94 lớp bồi dưỡng", 94, "training_classes"),
        F("7.860 học viên", 7860, "trainees"),
        F("hàng trăm buổi nói chuyện chuyên đề", 100, "oral_propaganda_sessions", "at_least"),
        F("ước 3.200 buổi sinh hoạt chi bộ", 3200, "party_cell_discussions", "approx"),
        F("thành lập 47 nhóm Zalo", 47, "chat_groups", p=end_of(year(2024))),
        F("5.300 thành viên", 5300, "chat_group_members", p=end_of(year(2024))),
        F("đăng 640 tin, bài", 640, "news_items", p=year(2024)),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns", p=h1(2025)),
        F("hiện có 118 báo cáo viên", 118, "reporters", p=inst(D309)),
        F("85 cộng tác viên dư luận xã hội", 85, "opinion_collaborators", p=inst(D309)),
        F("khen thưởng 27 tập thể", 27, "commended_collectives"),
        F("41 cá nhân", 41, "commended_individuals"),
    ], traps=[("nhiệm kỳ 2020 - 2025", 2020), ("Ngày 18/6/2025", 18),
              ("chính quyền địa phương hai cấp", 2), ("chính quyền hai cấp", 2),
              ("ngày 1/7/2025", 1), ("lần thứ XXIV", 24), ("Năm 2024", 2024),
              ("6 tháng đầu năm 2025", 6), ("đã 19 năm", 19), ("ba, bốn thôn", 3),
              ("58 tuổi", 58), ("4 xã mới", 4), ("Ban Chỉ đạo 35", 35),
              ("Nghị quyết 35", 35)]),

    Doc("syn_310_melinh_danphuong_2018", T310, MELINH, P310, D310, "text", facts=[
        F("tổ chức 24 hội nghị học tập", 24, "study_sessions", unit=MELINH),
        F("6.740 đảng viên", 6740, "study_attendance", a="party_members", unit=MELINH),
        F("đạt 97,1%", 97.1, "study_participation_rate", unit=MELINH),
        F("với 58 buổi", 58, "oral_propaganda_sessions", unit=MELINH),
        F("khoảng 5.200 lượt người nghe", 5200, "propaganda_audience", "approx", unit=MELINH),
        F("ban hành 12 văn bản", 12, "documents_issued", unit=DANPHUONG),
        F("mở 2 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes", unit=DANPHUONG),
        F("178 học viên", 178, "trainees", unit=DANPHUONG),
        F("Huyện có 60 cộng tác viên", 60, "opinion_collaborators", unit=DANPHUONG,
          p=end_of(P310)),
        F("gửi 7 báo cáo", 7, "opinion_reports", unit=DANPHUONG),
        F("hơn 1.400 tin, bài", 1400, "news_items", "at_least", unit=DANPHUONG),
    ], traps=[("Ngày 24/5/2018", 24), ("từ đầu năm 2018 đến nay", 2018),
              ("18 xã, thị trấn", 18), ("khoảng 220 nghìn dân", 220000),
              ("hơn 1.000 ha", 1000), ("Trung ương 6", 6), ("khóa XII", 12),
              ("52 tuổi", 52), ("Vành đai 4", 4), ("16 xã, thị trấn", 16), ("73 năm", 73),
              ("Quốc khánh 2/9", 2), ("ít nhất 10 tổ tuyên truyền", 10), ("hai huyện", 2)]),

    Doc("syn_311_thuongtin_2021", T311, THUONGTIN, P311, D311, "inferred", facts=[
        F("ban hành 8 văn bản", 8, "documents_issued"),
        F("triển khai 01 đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("có 11.826 đảng viên", 11826, "study_attendance", a="party_members"),
        F("đạt 95,83%", 95.83, "study_participation_rate"),
        F("tổ chức 412 buổi sinh hoạt", 412, "party_cell_discussions"),
        F("phát sóng 2.160 tin, bài", 2160, "news_items"),
        F("trên 30 nghìn lượt người dân", 30000, "propaganda_audience", "at_least",
          a="masses"),
        F("hiện có 512 nhóm Zalo", 512, "chat_groups", p=inst(D311)),
        F("chừng 58 nghìn thành viên", 58000, "chat_group_members", "approx", p=inst(D311)),
        F("9 tập thể", 9, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("Tháng 9/2021", 9), ("tháng 9/2021", 9), ("Chỉ thị 17/CT-UBND", 17),
              ("Covid-19", 19), ("ngày 6/9/2021", 6), ("ngày 28/9/2021", 28),
              ("29 xã, thị trấn", 29), ("92 tuổi", 92), ("65 năm tuổi Đảng", 65),
              ("tháng 10", 10), ("quý III", 3), ("mũi 2", 2), ("18 tuổi", 18)]),
]
