"""Held-out set holdout64, part 1: Ho Chi Minh City districts before the 2025 reform
(2016-2019): a newspaper article (Quận 10), an administrative year report with list lines and
a plan section (Huyện Củ Chi) and an article covering three districts of a competition cluster
(Quận 5, Quận 11, Quận Phú Nhuận).
Written from docs/LABELING.md, the seeds and build_gold.py only, without reading the extractor.

Decisions where the guide leaves room:
- "Tại cơ sở, ... đã mở 118 lớp" in a paragraph opening "Về học tập, quán triệt, ..." counts
  study sessions (the kind the text before it describes), not training classes.
- "Đội ngũ 64 cộng tác viên dư luận xã hội của huyện" in a year report dated 16/12/2019 has no
  "hiện có" marker: a stock in the report's period, dated at the period's end (2019-12-31), as
  the guide says, even though that day is after the document date.
- "phối hợp Trường Cán bộ Thành phố mở 1 lớp trung cấp ... cho 86 học viên": the city school is
  a partner, the class and its trainees are the district's.
- "1.280 lượt tiểu thương tham dự" a study the chi bộ held: study_attendance, audience `all`
  (traders are no masses word).
- "phát hành 3 số bản tin" counts issues of a bulletin (news_items); "mỗi số 2.500 bản" is a
  per-item figure (trap).
- "Các chi bộ tổ chức 142 buổi thảo luận chuyên đề về Nghị quyết" is party_cell_discussions
  (chi bộ sessions of discussion), not study_sessions, although the article's lead names a study.
- "Tính đến ngày 30/9/2018, Quận 11 có 52 báo cáo viên": the stated date dates that stock only.
- An official's quotation ("các chi bộ đã gửi về Ban 1.960 bài thu hoạch") speaks for the
  unit; bài thu hoạch are `other`.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

Q10, CUCHI = U("Quận 10"), U("Huyện Củ Chi")
Q5, Q11, PNHUAN = U("Quận 5"), U("Quận 11"), U("Quận Phú Nhuận")

T01 = """
Quận 10: Tuyên truyền bầu cử đến từng con hẻm

Cập nhật ngày 12-07-2016

(SGGP) – Chiều 11/7, Ban Tuyên giáo Quận ủy Quận 10 tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2016. Đồng chí Võ Thị Ngọc Hân, Phó Bí thư Thường trực Quận ủy, dự và chỉ đạo hội nghị.

Sáu tháng qua, trọng tâm của công tác tuyên giáo quận là tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021, diễn ra ngày 22/5. Ban Tuyên giáo Quận ủy phối hợp Ủy ban MTTQ quận tổ chức 212 buổi tuyên truyền miệng tại các khu phố, thu hút ước tính 19.400 lượt người dân tham dự. Các phường treo 1.860 băng rôn, khẩu hiệu và dựng 240 pano, áp phích cổ động; xe loa của quận chạy 96 lượt qua các tuyến đường chính. Kết quả, tỷ lệ cử tri đi bầu trên địa bàn quận đạt 99,41%.

Về học tập, quán triệt, Quận ủy tổ chức 3 hội nghị cấp quận triển khai Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố cho cán bộ chủ chốt. Tại cơ sở, 15 đảng bộ phường và 27 chi, đảng bộ cơ sở đã mở 118 lớp với 9.236 lượt cán bộ, đảng viên, đạt 95,7%; riêng quần chúng có 3.410 lượt tham dự. Ban Tuyên giáo cũng phối hợp Trung tâm Bồi dưỡng chính trị quận mở 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 356 học viên.

Đội ngũ báo cáo viên của quận hiện có 38 đồng chí, được cung cấp thông tin định kỳ qua 2 hội nghị báo cáo viên trong 6 tháng. Mạng lưới cộng tác viên dư luận xã hội gửi về Ban 46 báo cáo phản ánh tâm tư, dư luận của nhân dân, tập trung vào việc chỉnh trang khu vực chợ Nhật Tảo và sắp xếp lại việc buôn bán trên vỉa hè.

Ông Huỳnh Văn Tám, tổ trưởng tổ dân phố 52, phường 14, kể: “Trước ngày bầu cử, tổ tôi đi gõ cửa từng nhà, 143 hộ không sót hộ nào. Có cụ bà 90 tuổi đau chân, tổ mang hòm phiếu phụ tới tận giường để cụ bỏ phiếu”.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể, 17 cá nhân có thành tích trong công tác tuyên truyền bầu cử.

Về nhiệm vụ 6 tháng cuối năm, đồng chí Võ Thị Ngọc Hân đề nghị tập trung tuyên truyền kỷ niệm 71 năm Cách mạng tháng Tám và Quốc khánh 2/9; phấn đấu mỗi khu phố tổ chức ít nhất 2 buổi nói chuyện thời sự mỗi quý, chú trọng đối tượng thanh niên, học sinh, sinh viên đang thuê trọ trên địa bàn.
"""

T02 = """
HUYỆN ỦY CỦ CHI
BAN TUYÊN GIÁO
*
Số 86-BC/BTGHU

ĐẢNG CỘNG SẢN VIỆT NAM
Củ Chi, ngày 16 tháng 12 năm 2019

BÁO CÁO
Kết quả công tác tuyên giáo năm 2019
và phương hướng, nhiệm vụ năm 2020

Năm 2019, trong bối cảnh toàn Đảng bộ tập trung thực hiện chủ đề năm 2019 của Thành phố và chuẩn bị đại hội đảng bộ các cấp, Ban Tuyên giáo Huyện ủy đã bám sát nhiệm vụ chính trị của huyện, tham mưu thực hiện đạt và vượt các chỉ tiêu đề ra. Kết quả cụ thể như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác chính trị, tư tưởng
Ban Tuyên giáo Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành 34 văn bản lãnh đạo, chỉ đạo (gồm 12 kế hoạch, 22 hướng dẫn và công văn). Tình hình tư tưởng trong cán bộ, đảng viên và nhân dân cơ bản ổn định; tuy vậy, một bộ phận nông dân còn lo lắng khi giá heo giảm mạnh do dịch tả lợn châu Phi. Đội ngũ 64 cộng tác viên dư luận xã hội của huyện đã thực hiện 96 báo cáo định kỳ và 19 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội.

2. Học tập, quán triệt nghị quyết, chỉ thị
- Hội nghị cấp huyện: 05
- Lớp ở cơ sở: 214; lượt cán bộ, đảng viên dự: 17.862; tỷ lệ: 96,38%
- Lượt quần chúng dự nghe: 6.045
- Số đảng viên chưa tham gia: 418 người (chủ yếu là đảng viên lớn tuổi, ốm đau, đi làm ăn xa)

3. Công tác tuyên truyền
Các tổ chức cơ sở đảng tổ chức 1.326 buổi tuyên truyền miệng, nói chuyện thời sự tại 21 xã, thị trấn, với khoảng 88.500 lượt người nghe. Trang thông tin điện tử huyện đăng tải 1.174 tin, bài; Đài Truyền thanh huyện phát sóng 248 chương trình thời sự và 52 kỳ chuyên mục “Củ Chi – Đất thép thành đồng”. Đến nay, huyện có 1 trang thông tin điện tử, 23 fanpage của các xã, thị trấn và đoàn thể, 312 nhóm Zalo ấp, khu phố với khoảng 21.000 thành viên.

4. Giáo dục lý luận chính trị
Trung tâm Bồi dưỡng chính trị huyện mở 9 lớp sơ cấp lý luận chính trị, 4 lớp bồi dưỡng nhận thức về Đảng và 3 lớp bồi dưỡng đảng viên mới với tổng số 1.147 học viên. Ban Tuyên giáo Huyện ủy phối hợp Trường Cán bộ Thành phố mở 1 lớp trung cấp lý luận chính trị – hành chính cho 86 học viên là cán bộ xã, thị trấn.

5. Công tác thi đua, khen thưởng
Huyện ủy khen thưởng 7 tập thể và 12 cá nhân có thành tích xuất sắc trong thực hiện Chỉ thị 05-CT/TW; đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 2 tập thể. Ban Tuyên giáo Huyện ủy được Ban Tuyên giáo Thành ủy xếp thứ 2/6 trong Cụm thi đua số 4.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020
1. Tuyên truyền Đại hội đại biểu Đảng bộ huyện lần thứ XI, nhiệm kỳ 2020 – 2025 và Đại hội XI Đảng bộ Thành phố; kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2020).
2. Phấn đấu 100% chi bộ tổ chức học tập nghị quyết trong thời gian quy định; mở 12 lớp sơ cấp lý luận chính trị.
3. Nâng số nhóm Zalo ấp, khu phố lên 350 nhóm; mỗi xã, thị trấn có ít nhất 1 fanpage.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu VT.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
"""

T03 = """
Quận 5, Quận 11, Phú Nhuận: Học tập Nghị quyết Trung ương 7 gắn với việc làm cụ thể

(Thanhuytphcm.vn) – Ngày 5/10/2018, Cụm thi đua số 3 của Ban Tuyên giáo Thành ủy gồm Quận 5, Quận 11 và quận Phú Nhuận tổ chức giao ban công tác tuyên giáo quý III năm 2018. Trọng tâm của quý là học tập, quán triệt Nghị quyết Hội nghị Trung ương 7 khóa XII về cán bộ, cải cách chính sách tiền lương và bảo hiểm xã hội.

* Quận 5
Quận ủy tổ chức 2 hội nghị cấp quận cho cán bộ chủ chốt; các đảng bộ phường và chi, đảng bộ cơ sở mở 96 lớp với 7.114 lượt cán bộ, đảng viên, đạt 97,3%. Nhiều chi bộ khu phố mời tiểu thương các chợ Kim Biên, An Đông cùng dự nghe, với 1.280 lượt tiểu thương tham dự. Ban Tuyên giáo Quận ủy phát hành 3 số bản tin “Sinh hoạt chi bộ”, mỗi số 2.500 bản, gửi đến từng chi bộ.

* Quận 11
Tính đến ngày 30/9/2018, Quận 11 có 52 báo cáo viên. Trong quý, quận tổ chức 01 hội nghị cấp quận và 64 lớp ở cơ sở, thu hút 5.236 lượt đảng viên; tỷ lệ đảng viên tham gia đạt 95,08%. Ông Lâm Quốc Huy, Trưởng ban Tuyên giáo Quận ủy Quận 11, cho biết: “Chúng tôi chia nhỏ lớp theo khu phố, mỗi lớp chỉ khoảng 40 người, để đảng viên được hỏi, được thảo luận. Kết thúc đợt học, các chi bộ đã gửi về Ban 1.960 bài thu hoạch”.

* Quận Phú Nhuận
Các chi bộ tổ chức 142 buổi thảo luận chuyên đề về Nghị quyết; Quận ủy triển khai 2 đợt sinh hoạt chính trị với chủ đề “Phú Nhuận – 42 năm xây dựng và phát triển”. Fanpage “Phú Nhuận ngày mới” đăng tải 386 tin, bài, video clip, thu hút khoảng 260.000 lượt xem. Dịp này, Quận ủy khen thưởng 5 tập thể, 9 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Kết thúc giao ban, các đơn vị thống nhất trong quý IV sẽ phối hợp tổ chức Hội thi báo cáo viên giỏi cấp cụm, dự kiến có 24 thí sinh tham gia.
"""

D01, D02, D03 = "2016-07-12", "2019-12-16", "2018-10-05"
Q3_18 = quarter(3, 2018)

DOCS = [
    Doc("h64_01_q10_2016", T01, Q10, h1(2016), D01, "text", facts=[
        F("tổ chức 212 buổi tuyên truyền miệng", 212, "oral_propaganda_sessions"),
        F("ước tính 19.400 lượt người dân", 19400, "propaganda_audience", "approx", a="masses"),
        F("treo 1.860 băng rôn", 1860, "other"),
        F("dựng 240 pano", 240, "other"),
        F("chạy 96 lượt", 96, "other"),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("đã mở 118 lớp", 118, "study_sessions"),
        F("với 9.236 lượt cán bộ, đảng viên", 9236, "study_attendance", a="party_members"),
        F("đạt 95,7%", 95.7, "study_participation_rate"),
        F("có 3.410 lượt tham dự", 3410, "study_attendance", a="masses"),
        F("mở 4 lớp bồi dưỡng lý luận chính trị", 4, "training_classes"),
        F("với 356 học viên", 356, "trainees"),
        F("hiện có 38 đồng chí", 38, "reporters", p=inst(D01)),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("gửi về Ban 46 báo cáo", 46, "opinion_reports"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể, 17 cá nhân", 17, "commended_individuals"),
    ], traps=[("Cập nhật ngày 12-07-2016", 12), ("Chiều 11/7", 11), ("Quận 10", 10),
              ("6 tháng đầu năm 2016", 6), ("nhiệm kỳ 2016 – 2021", 2016),
              ("ngày 22/5", 22), ("đạt 99,41%", 99.41), ("15 đảng bộ phường", 15),
              ("27 chi, đảng bộ cơ sở", 27), ("trong 6 tháng", 6), ("tổ dân phố 52", 52),
              ("phường 14", 14), ("143 hộ", 143), ("90 tuổi", 90),
              ("6 tháng cuối năm", 6), ("71 năm", 71), ("Quốc khánh 2/9", 2),
              ("ít nhất 2 buổi", 2)]),
    Doc("h64_02_cuchi_2019", T02, CUCHI, year(2019), D02, "text", facts=[
        F("ban hành 34 văn bản", 34, "documents_issued"),
        F("Đội ngũ 64 cộng tác viên", 64, "opinion_collaborators", 
          p=end_of(year(2019))),
        F("thực hiện 96 báo cáo định kỳ", 96, "opinion_reports"),
        F("19 báo cáo đột xuất", 19, "opinion_reports"),
        F("Hội nghị cấp huyện: 05", 5, "study_sessions"),
        F("Lớp ở cơ sở: 214", 214, "study_sessions"),
        F("đảng viên dự: 17.862", 17862, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,38%", 96.38, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 6.045", 6045, "study_attendance", a="masses"),
        F("chưa tham gia: 418 người", 418, "other"),
        F("tổ chức 1.326 buổi tuyên truyền miệng", 1326, "oral_propaganda_sessions"),
        F("khoảng 88.500 lượt người nghe", 88500, "propaganda_audience", "approx"),
        F("đăng tải 1.174 tin, bài", 1174, "news_items"),
        F("phát sóng 248 chương trình thời sự", 248, "news_items"),
        F("52 kỳ chuyên mục", 52, "news_items"),
        F("huyện có 1 trang thông tin điện tử", 1, "websites", p=inst(D02)),
        F("23 fanpage", 23, "social_pages", p=inst(D02)),
        F("312 nhóm Zalo ấp", 312, "chat_groups", p=inst(D02)),
        F("khoảng 21.000 thành viên", 21000, "chat_group_members", "approx", p=inst(D02)),
        F("mở 9 lớp sơ cấp lý luận chính trị", 9, "training_classes"),
        F("4 lớp bồi dưỡng nhận thức về Đảng", 4, "training_classes"),
        F("3 lớp bồi dưỡng đảng viên mới", 3, "training_classes"),
        F("tổng số 1.147 học viên", 1147, "trainees"),
        F("mở 1 lớp trung cấp", 1, "training_classes"),
        F("cho 86 học viên", 86, "trainees"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Số 86-BC/BTGHU", 86), ("ngày 16 tháng 12 năm 2019", 16),
              ("năm 2019", 2019), ("Năm 2019", 2019), ("năm 2020", 2020),
              ("chủ đề năm 2019", 2019), ("1. Công tác chính trị", 1),
              ("12 kế hoạch", 12), ("22 hướng dẫn", 22), ("2. Học tập", 2),
              ("3. Công tác tuyên truyền", 3), ("21 xã, thị trấn", 21),
              ("4. Giáo dục", 4), ("5. Công tác thi đua", 5), ("Chỉ thị 05-CT/TW", 5),
              ("bằng khen cho 2 tập thể", 2), ("xếp thứ 2/6", 2), ("Cụm thi đua số 4", 4),
              ("NĂM 2020", 2020), ("1. Tuyên truyền Đại hội", 1),
              ("nhiệm kỳ 2020 – 2025", 2020), ("90 năm", 90), ("3/2/1930", 3),
              ("3/2/2020", 3), ("2. Phấn đấu", 2), ("100% chi bộ", 100), ("mở 12 lớp", 12),
              ("3. Nâng số", 3), ("lên 350 nhóm", 350), ("ít nhất 1 fanpage", 1)]),
    Doc("h64_03_q5_q11_phunhuan_2018", T03, Q5, Q3_18, D03, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=Q5),
        F("mở 96 lớp", 96, "study_sessions", unit=Q5),
        F("với 7.114 lượt cán bộ, đảng viên", 7114, "study_attendance", a="party_members",
          unit=Q5),
        F("đạt 97,3%", 97.3, "study_participation_rate", unit=Q5),
        F("với 1.280 lượt tiểu thương tham dự", 1280, "study_attendance", unit=Q5),
        F("phát hành 3 số bản tin", 3, "news_items", unit=Q5),
        F("có 52 báo cáo viên", 52, "reporters", unit=Q11, p=inst("2018-09-30")),
        F("tổ chức 01 hội nghị cấp quận", 1, "study_sessions", unit=Q11),
        F("64 lớp ở cơ sở", 64, "study_sessions", unit=Q11),
        F("thu hút 5.236 lượt đảng viên", 5236, "study_attendance", a="party_members",
          unit=Q11),
        F("tham gia đạt 95,08%", 95.08, "study_participation_rate", unit=Q11),
        F("gửi về Ban 1.960 bài thu hoạch", 1960, "other", unit=Q11),
        F("tổ chức 142 buổi thảo luận", 142, "party_cell_discussions", unit=PNHUAN),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=PNHUAN),
        F("đăng tải 386 tin, bài", 386, "news_items", unit=PNHUAN),
        F("khoảng 260.000 lượt xem", 260000, "propaganda_audience", "approx", unit=PNHUAN),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=PNHUAN),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals", unit=PNHUAN),
    ], traps=[("Quận 5", 5), ("Quận 11", 11), ("Trung ương 7", 7), ("Ngày 5/10/2018", 5),
              ("Cụm thi đua số 3", 3), ("năm 2018", 2018), ("mỗi số 2.500 bản", 2500),
              ("Tính đến ngày 30/9/2018", 30), ("mỗi lớp chỉ khoảng 40 người", 40),
              ("42 năm", 42), ("dự kiến có 24 thí sinh", 24)]),
]
