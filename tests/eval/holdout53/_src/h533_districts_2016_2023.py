"""Held-out set holdout53, part 3: districts before the reform (2016, 2019, 2023), for variety.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the sample reports, without reading or running the extractor.

Decisions where the guide leaves room:
- "Lượt cán bộ, đảng viên dự: 11.690, đạt 95,84%" on one list line: the attendance and the
  participation rate of the study the numbered heading names.
- "Báo cáo viên cấp quận: 41 đồng chí (tính đến 30/6/2016); cộng tác viên ...: 67 đồng chí":
  the first stock is dated by its bracket, the second (no marker) at the report's period end;
  both are 2016-06-30.
- "phối hợp với 7 trường tổ chức 31 buổi nói chuyện" in the official's words: the schools are
  the places (trap), the talks and their attendance are the district's facts.
- A Zalo OA's "người quan tâm" and a fanpage's "người theo dõi" are followers:
  propaganda_audience at the document date.
- "tổ chức 36 buổi tuyên truyền lưu động kết hợp văn nghệ" are oral_propaganda_sessions (the
  noun phrase says tuyên truyền), their "lượt người xem" the propaganda audience.
"""
from build_gold import Doc, F, U, h1, inst, quarter, year

Q8, CG = U("Quận 8"), U("Quận Cầu Giấy")
CC, CGIO = U("Huyện Củ Chi"), U("Huyện Cần Giờ")

T07 = """
QUẬN ỦY QUẬN 8
BAN TUYÊN GIÁO
Số 38-BC/BTGQU

Quận 8, ngày 08 tháng 7 năm 2016

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2016

I. TÌNH HÌNH CHUNG
Sáu tháng đầu năm 2016 diễn ra nhiều sự kiện chính trị quan trọng: Đại hội đại biểu toàn quốc lần thứ XII của Đảng, bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 - 2021 (ngày 22/5/2016). Quận có 16 phường, dân số khoảng 430 nghìn người, nhiều khu dân cư ven kênh Đôi, kênh Tàu Hủ, rạch Ông Nhỏ.

II. KẾT QUẢ THỰC HIỆN
1. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng
- Hội nghị cấp quận: 03
- Lớp ở cơ sở: 247
- Lượt cán bộ, đảng viên dự: 11.690, đạt 95,84%
- Lượt quần chúng dự: 3.215
- Số đảng viên chưa tham gia: 486 người (đi làm ăn xa, ốm đau, tuổi cao)

2. Tuyên truyền bầu cử
- Buổi nói chuyện, tuyên truyền miệng về bầu cử: 188 – lượt người nghe: khoảng 21.400
- Lượt xe loa tuyên truyền lưu động: 150
- Băng rôn, khẩu hiệu, pano: 1.320
- Tỷ lệ cử tri đi bầu: 99,41%

3. Đội ngũ và nắm bắt dư luận
- Báo cáo viên cấp quận: 41 đồng chí (tính đến 30/6/2016); cộng tác viên dư luận xã hội: 67 đồng chí
- Báo cáo dư luận xã hội: 24 định kỳ, 6 đột xuất
- Hội nghị báo cáo viên: 06 (mỗi tháng một hội nghị)

4. Bồi dưỡng chính trị
- Lớp bồi dưỡng đảng viên mới: 03; học viên: 214 người
- Lớp sơ cấp lý luận chính trị: 02; học viên: 138 người

5. Khen thưởng
Nhân dịp sơ kết, Ban Thường vụ Quận ủy khen thưởng 4 tập thể, 9 cá nhân có thành tích xuất sắc trong công tác tuyên truyền bầu cử.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016
- Tổ chức 2 hội nghị quán triệt Nghị quyết Trung ương 2 khóa XII;
- Phấn đấu 97% đảng viên tham gia học tập;
- Tổ chức Hội thi báo cáo viên giỏi cấp quận với khoảng 16 thí sinh.
"""

D07 = "2016-07-08"

T08 = """
Thứ Hai, ngày 23/12/2019

Quận Cầu Giấy: Tuyên truyền giữa “thủ phủ” của sinh viên và chung cư

(Cầu Giấy) – Ngày 20/12, Quận ủy Cầu Giấy tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019, triển khai nhiệm vụ năm 2020.

Cầu Giấy là địa bàn có 9 trường đại học, học viện với khoảng 120 nghìn sinh viên, cùng hơn 80 tòa chung cư cao tầng. Theo ông Phạm Văn Quang, Trưởng ban Tuyên giáo Quận ủy Cầu Giấy, năm 2019 quận xác định tuyên truyền cho sinh viên và cư dân chung cư là trọng tâm. “Chúng tôi đã phối hợp với 7 trường tổ chức 31 buổi nói chuyện thời sự, với khoảng 8.600 lượt sinh viên tham dự. Riêng tại các chung cư, các chi bộ tổ chức 126 buổi sinh hoạt thảo luận về quy chế quản lý nhà chung cư”, ông Quang cho biết.

Trong năm, quận tổ chức 5 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 8, 9 khóa XII; các đảng bộ, chi bộ cơ sở mở 168 lớp với 12.745 lượt cán bộ, đảng viên, đạt 96,3%, tăng 0,8% so với năm 2018. Ban Tuyên giáo Quận ủy tổ chức 12 hội nghị báo cáo viên, bình quân mỗi tháng 1 hội nghị.

Cuộc thi “Tìm hiểu 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh” do quận phát động nhận được 12.604 bài dự thi; 25 bài đạt giải được trao thưởng tại lễ tổng kết ngày 30/8. Cổng thông tin điện tử quận đăng 2.136 tin, bài; trang Zalo OA “Cầu Giấy ngày mới” ra đời tháng 5/2019, đến nay có hơn 23.000 người quan tâm.

“Lần đầu em được nghe một đại tá kể chuyện biển đảo, hội trường 500 chỗ kín người”, bạn Lê Minh Châu, sinh viên năm 3, chia sẻ.

Năm 2019, Quận Cầu Giấy xếp thứ 2/30 quận, huyện, thị xã trong khối thi đua của Ban Tuyên giáo Thành ủy. Quận ủy khen thưởng 11 tập thể và 23 cá nhân. Năm 2020, quận sẽ dành khoảng 45 tỷ đồng xây dựng 3 nhà văn hóa và phấn đấu 100% chi bộ chung cư tổ chức sinh hoạt chuyên đề về kỷ niệm 90 năm Ngày thành lập Đảng.
"""

D08 = "2019-12-23"

T09 = """
Hai huyện ngoại thành khép lại quý III với nhiều cách làm riêng

Quý III năm 2023, Huyện ủy Củ Chi và Huyện ủy Cần Giờ tập trung tuyên truyền kỷ niệm 78 năm Cách mạng Tháng Tám và Quốc khánh 2/9, đồng thời đẩy mạnh học tập chuyên đề năm 2023.

* Huyện Củ Chi

Huyện có 21 xã, thị trấn với hơn 460 nghìn dân, nổi tiếng với hệ thống địa đạo dài khoảng 250 km. Các cấp ủy cơ sở tổ chức 87 lớp học tập chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2023 với 6.912 lượt cán bộ, đảng viên, đạt 94,28%. Đội thông tin lưu động huyện tổ chức 36 buổi tuyên truyền lưu động kết hợp văn nghệ tại các ấp, thu hút chừng 9.000 lượt người xem, tăng 3 buổi so với quý II. Tính đến ngày 30/9/2023, huyện có 312 nhóm Zalo ấp với khoảng 52.000 thành viên.

“Quý này chúng tôi thử đưa báo cáo viên về sinh hoạt cùng các chi bộ ấp, mỗi tháng một chủ đề; các chi bộ đã tổ chức 64 buổi sinh hoạt chuyên đề có báo cáo viên dự”, bà Trần Thị Ngọc Mai, Trưởng ban Tuyên giáo Huyện ủy Củ Chi, cho biết.

* Huyện Cần Giờ

Cần Giờ là huyện có dân số ít nhất Thành phố, khoảng 76 nghìn người, nhiều hộ đi biển 10 đến 15 ngày mới về. Ban Tuyên giáo Huyện ủy phối hợp Đồn Biên phòng ra xã đảo Thạnh An nói chuyện 9 lần, mỗi lần khoảng 70 người. Huyện ủy Cần Giờ ban hành 9 văn bản chỉ đạo công tác tư tưởng; cộng tác viên dư luận xã hội của huyện gửi 17 báo cáo về tâm tư của ngư dân trước quy định chống khai thác hải sản bất hợp pháp.

Trang fanpage “Cần Giờ quê tôi” hiện có gần 15.000 người theo dõi; kênh YouTube của huyện đăng 84 video trong quý. Cuộc thi ảnh “Cần Giờ – rừng và biển” nhận 426 tác phẩm; 10 tác phẩm xuất sắc nhất được triển lãm tại Nhà Văn hóa Thanh niên (Quận 1) từ ngày 15 đến 30/9.

Quý IV, hai huyện dự kiến tổ chức 4 hội nghị sơ kết chuyên đề và lập thêm 20 nhóm Zalo ở các ấp ven sông.
"""

D09 = "2023-10-12"
Q3_23 = quarter(3, 2023)

DOCS = [
    Doc("h53_07", T07, Q8, h1(2016), D07, "text", facts=[
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 247", 247, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 11.690", 11690, "study_attendance",
          a="party_members"),
        F("đạt 95,84%", 95.84, "study_participation_rate"),
        F("Lượt quần chúng dự: 3.215", 3215, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 486 người", 486, "other"),
        F("tuyên truyền miệng về bầu cử: 188", 188, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 21.400", 21400, "propaganda_audience", "approx"),
        F("Lượt xe loa tuyên truyền lưu động: 150", 150, "other"),
        F("Băng rôn, khẩu hiệu, pano: 1.320", 1320, "other"),
        F("Báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=inst("2016-06-30")),
        F("cộng tác viên dư luận xã hội: 67 đồng chí", 67, "opinion_collaborators",
          p=inst("2016-06-30")),
        F("Báo cáo dư luận xã hội: 24 định kỳ", 24, "opinion_reports"),
        F("6 đột xuất", 6, "opinion_reports"),
        F("Hội nghị báo cáo viên: 06", 6, "reporter_conferences"),
        F("Lớp bồi dưỡng đảng viên mới: 03", 3, "training_classes"),
        F("học viên: 214 người", 214, "trainees"),
        F("Lớp sơ cấp lý luận chính trị: 02", 2, "training_classes"),
        F("học viên: 138 người", 138, "trainees"),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("QUẬN 8", 8), ("Số 38-BC/BTGQU", 38), ("Quận 8", 8),
              ("ngày 08 tháng 7 năm 2016", 8), ("6 tháng đầu năm 2016", 6),
              ("Sáu tháng đầu năm 2016", 2016), ("lần thứ XII", 12), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 - 2021", 2016), ("ngày 22/5/2016", 22), ("16 phường", 16),
              ("khoảng 430 nghìn người", 430000), ("Tỷ lệ cử tri đi bầu: 99,41%", 99.41),
              ("tính đến 30/6/2016", 30), ("1. Học tập", 1), ("2. Tuyên truyền bầu cử", 2),
              ("3. Đội ngũ", 3), ("4. Bồi dưỡng", 4), ("5. Khen thưởng", 5),
              ("6 THÁNG CUỐI NĂM 2016", 6), ("Tổ chức 2 hội nghị", 2),
              ("Trung ương 2", 2), ("Phấn đấu 97% đảng viên", 97),
              ("khoảng 16 thí sinh", 16)]),
    Doc("h53_08", T08, CG, year(2019), D08, "text", facts=[
        F("tổ chức 31 buổi nói chuyện thời sự", 31, "oral_propaganda_sessions"),
        F("khoảng 8.600 lượt sinh viên", 8600, "propaganda_audience", "approx"),
        F("tổ chức 126 buổi sinh hoạt thảo luận", 126, "party_cell_discussions"),
        F("tổ chức 5 hội nghị cấp quận", 5, "study_sessions"),
        F("mở 168 lớp", 168, "study_sessions"),
        F("với 12.745 lượt cán bộ, đảng viên", 12745, "study_attendance",
          a="party_members"),
        F("đạt 96,3%", 96.3, "study_participation_rate"),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("nhận được 12.604 bài dự thi", 12604, "contest_entries"),
        F("đăng 2.136 tin, bài", 2136, "news_items"),
        F("hơn 23.000 người quan tâm", 23000, "propaganda_audience", "at_least",
          p=inst(D08)),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 23 cá nhân", 23, "commended_individuals"),
    ], traps=[("ngày 23/12/2019", 23), ("Ngày 20/12", 20), ("năm 2019", 2019),
              ("năm 2020", 2020), ("9 trường đại học, học viện", 9),
              ("khoảng 120 nghìn sinh viên", 120000), ("hơn 80 tòa chung cư", 80),
              ("với 7 trường", 7), ("Trung ương 8, 9", 8), ("tăng 0,8%", 0.8),
              ("so với năm 2018", 2018), ("mỗi tháng 1 hội nghị", 1), ("50 năm", 50),
              ("25 bài đạt giải", 25), ("ngày 30/8", 30), ("tháng 5/2019", 5),
              ("500 chỗ", 500), ("năm 3", 3), ("Năm 2019", 2019), ("thứ 2/30", 2),
              ("Năm 2020", 2020), ("khoảng 45 tỷ đồng", 45000000000),
              ("3 nhà văn hóa", 3), ("100% chi bộ", 100), ("90 năm", 90)]),
    Doc("h53_09", T09, CC, Q3_23, D09, "sidecar", meta={"date": D09}, facts=[
        F("tổ chức 87 lớp học tập chuyên đề", 87, "study_sessions"),
        F("với 6.912 lượt cán bộ, đảng viên", 6912, "study_attendance", a="party_members"),
        F("đạt 94,28%", 94.28, "study_participation_rate"),
        F("tổ chức 36 buổi tuyên truyền lưu động", 36, "oral_propaganda_sessions"),
        F("chừng 9.000 lượt người xem", 9000, "propaganda_audience", "approx"),
        F("huyện có 312 nhóm Zalo ấp", 312, "chat_groups", p=inst("2023-09-30")),
        F("khoảng 52.000 thành viên", 52000, "chat_group_members", "approx",
          p=inst("2023-09-30")),
        F("tổ chức 64 buổi sinh hoạt chuyên đề", 64, "party_cell_discussions"),
        F("nói chuyện 9 lần", 9, "oral_propaganda_sessions", unit=CGIO),
        F("ban hành 9 văn bản", 9, "documents_issued", unit=CGIO),
        F("gửi 17 báo cáo", 17, "opinion_reports", unit=CGIO),
        F("gần 15.000 người theo dõi", 15000, "propaganda_audience", "at_most", unit=CGIO,
          p=inst(D09)),
        F("đăng 84 video", 84, "news_items", unit=CGIO),
        F("nhận 426 tác phẩm", 426, "contest_entries", unit=CGIO),
    ], traps=[("Quý III năm 2023", 2023), ("78 năm", 78), ("2/9", 2),
              ("chuyên đề năm 2023", 2023), ("21 xã, thị trấn", 21),
              ("hơn 460 nghìn dân", 460000), ("khoảng 250 km", 250), ("năm 2023", 2023),
              ("tăng 3 buổi", 3), ("quý II", 2), ("Tính đến ngày 30/9/2023", 30),
              ("khoảng 76 nghìn người", 76000), ("10 đến 15 ngày", 10),
              ("mỗi lần khoảng 70 người", 70), ("10 tác phẩm xuất sắc nhất", 10),
              ("Quận 1", 1), ("từ ngày 15", 15), ("30/9.", 30),
              ("dự kiến tổ chức 4 hội nghị", 4), ("thêm 20 nhóm Zalo", 20)]),
]
