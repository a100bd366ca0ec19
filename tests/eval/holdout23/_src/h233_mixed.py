"""Twenty-third held-out set (holdout23), part 3: mixed genres (city level, a two-district
table, a three-district article, a ward's social-media post), 2016-2026.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. The four
reports are new texts in my own words and layouts.

Judgment calls:
- h23_09 (city-level article, Thành phố Hồ Chí Minh, năm 2016; "Ngày 12/1/2017" opens the
  text and is the document date): Ban Tuyên giáo Thành ủy, Thành ủy, Thành Đoàn, Hội Liên hiệp
  Phụ nữ Thành phố and Trường Cán bộ Thành phố are the province. The sums of "các quận ủy,
  huyện ủy và đảng ủy trực thuộc" and "các cấp" are the province's (no district named).
  "Nhà Văn hóa Thanh niên (số 4 Phạm Ngọc Thạch, Quận 1)" is an address; "24 quận, huyện",
  "8,4 triệu dân", "49 đảng bộ trực thuộc với hơn 210.000 đảng viên", "24 trung tâm ..." (the
  subject of the classes) and "hơn 1,3 triệu hội viên" (members in apposition) are traps.
  "mười hai hội nghị báo cáo viên" is a number word; "2.146 đồng chí (tính đến 31/12/2016)"
  is dated by its bracket; "Thành phố hiện có 64 trang thông tin điện tử" is at the document
  date. "lượt hội viên, phụ nữ" are masses. The Quận 12 sentence names its own unit: 436 talks
  for Quận 12 in 2016; "gấp rưỡi năm 2015" a comparison; "mô hình “Chi bộ 4 tốt”" of Quận 3
  a model's name. "50 cá nhân đạt giải" is a prize; the "Năm 2017, ... sẽ ..." paragraph a plan.
- h23_10 (article with a text table, Quận Long Biên and Quận Ba Đình, năm 2019; no date line:
  the document date is inferred from the latest full date in the text, 24/12/2019): each
  column is its unit's; "(%)" row the rate; the reporters row (a stock, no marker) an instant
  at 2019-12-31. The Long Biên Trưởng ban's quotation ("năm nay") dates its Zalo groups and
  members to the year's end (no "hiện có"). Ba Đình's contest "18.436 bài dự thi, trong đó 12.010
  bài trắc nghiệm" leaves the part as a trap; "gửi Thành ủy 26 báo cáo về tình hình tư tưởng" are
  Ba Đình's opinion reports. The meeting days (18/12, 24/12), "65 năm", "14 phường", "hơn 240
  nghìn dân", the comparison "tăng 1.245 lượt" (its base opens the sentence) are traps.
- h23_11 (article on three districts, Quận 5 / Quận 12 / Quận Tân Bình, từ đầu năm 2024 đến
  nay, dated 12/4/2024): the lead names the study (Nghị quyết Trung ương 8 khóa XIII) and the
  period 2024-01-01..2024-04-12; "▪ Quận ..." headings govern their paragraphs, bare "hội
  nghị cấp quận" / "lớp" count the study. "14 đảng bộ phường và 34 chi, đảng bộ cơ sở" and "15
  đảng bộ phường" are the subjects of the classes (structure). "chiếm khoảng 35% dân số" a
  population share; "với tới 1.050 lượt người nghe" exact ("tới" is no qualifier). "Riêng
  tháng 3" dates 168 discussions to March 2024. Quận 12's concession "Dù tháng 1 ..." names no
  period; "từ 420 đến 450 buổi thảo luận" → 420 at_least; "hiện có 86 đồng chí" at the
  document date; "nơi làm việc của khoảng 30.000 lao động" a workforce. Tân Bình's "(đạt
  96,6%)" is the rate of the attendance before it; the Bí thư chi bộ's quotation is an
  anecdote (a grassroots cell); "Hội thi báo cáo viên giỏi với 24 thí sinh" → contest_entries;
  "4 thí sinh đạt giải" a prize; "tặng giấy khen cho 10 báo cáo viên" → commended_individuals.
  The quý II "sẽ kiểm tra ... tại 6 quận, huyện" sentence is a plan.
- h23_12 (social-media post, Phường Hà Đông (Hanoi), quý I năm 2026): the post stamp "05
  tháng 4, 2026 lúc 19:40" is the document date; the heading names quý I/2026. The election
  date, "nhiệm kỳ 2026 – 2031", the wards it was formed from, "khoảng 150 nghìn dân", "72 tổ
  dân phố" are traps. ✅ lines: "52 lớp ở các chi bộ, với 3.874 lượt đảng viên, đạt 98,2%"
  goes on from the study line above it; "tới 9.800 lượt người dân" exact, masses; banners and
  panels `other`; "286 tin, bài và 45 video clip" both news_items; "Tỷ lệ cử tri đi bầu" a
  turnout (trap). "Đến nay" dates the two pages (their bracketed parts are traps), the
  followers and the 164 groups to the post date. The 👉 "Quý II, phường sẽ ..." line is a plan;
  reactions and the hashtag's year are traps.
"""
from build_gold import Doc, F, U, W, end_of, inst, month, quarter, since, year

HCM = U("Thành phố Hồ Chí Minh")
LONGBIEN, BADINH = U("Quận Long Biên"), U("Quận Ba Đình")
Q5, Q12, TANBINH = U("Quận 5"), U("Quận 12"), U("Quận Tân Bình")
HADONG = W("Phường Hà Đông", "01")

# ---------------------------------------------------------------------------------------------
T09 = """
TP.HCM tổng kết công tác tuyên giáo năm 2016

(SGGP) – Ngày 12/1/2017, tại Hội trường A, Nhà Văn hóa Thanh niên (số 4 Phạm Ngọc Thạch, Quận 1), Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016 và triển khai nhiệm vụ năm 2017.

Thành phố có 24 quận, huyện với hơn 8,4 triệu dân; Đảng bộ Thành phố có 49 đảng bộ trực thuộc với hơn 210.000 đảng viên. Báo cáo tại hội nghị, đồng chí Trần Minh Quang, Phó Trưởng ban Tuyên giáo Thành ủy, cho biết năm 2016, Ban đã tham mưu Thường trực Thành ủy ban hành 68 văn bản chỉ đạo công tác tư tưởng. Thành ủy tổ chức 4 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố; các quận ủy, huyện ủy và đảng ủy trực thuộc mở 12.846 lớp với hơn 1,6 triệu lượt cán bộ, đảng viên tham dự, đạt 97,2%.

Đội ngũ báo cáo viên các cấp có 2.146 đồng chí (tính đến 31/12/2016). Trong năm, Ban tổ chức mười hai hội nghị báo cáo viên thành phố; các cấp tổ chức 9.870 buổi nói chuyện chuyên đề, thời sự với khoảng 1,1 triệu lượt người nghe. Ban cũng tổng hợp 48 báo cáo chuyên đề về dư luận xã hội gửi Ban Tuyên giáo Trung ương.

Về giáo dục lý luận chính trị, Trường Cán bộ Thành phố và 24 trung tâm bồi dưỡng chính trị quận, huyện mở 1.174 lớp sơ cấp, trung cấp lý luận chính trị và bồi dưỡng nghiệp vụ với 96.400 học viên. Thành phố hiện có 64 trang thông tin điện tử của các quận, huyện, sở, ngành được cấp phép hoạt động.

Các tổ chức chính trị – xã hội góp phần lan tỏa công tác tuyên truyền. Thành Đoàn phối hợp tổ chức Cuộc thi “Tuổi trẻ TP.HCM học tập và làm theo lời Bác” với 326.480 lượt đoàn viên, thanh niên dự thi; 50 cá nhân đạt giải. Hội Liên hiệp Phụ nữ Thành phố, với hơn 1,3 triệu hội viên, tổ chức 4.250 buổi tuyên truyền cho 212.000 lượt hội viên, phụ nữ.

Tham luận tại hội nghị, Ban Tuyên giáo Quận ủy Quận 12 chia sẻ cách làm “mỗi khu phố một tổ tuyên truyền”: năm 2016, quận tổ chức 436 buổi nói chuyện tại khu phố, nhiều gấp rưỡi năm 2015. Đại diện Quận 3 giới thiệu mô hình “Chi bộ 4 tốt” được nhiều đơn vị học tập.

Dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 22 tập thể và 35 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2016.

Năm 2017, ngành tuyên giáo Thành phố sẽ tập trung học tập, quán triệt Nghị quyết Trung ương 4 khóa XII; phấn đấu 100% tổ chức cơ sở đảng tổ chức sinh hoạt chuyên đề hằng quý.
"""
D09 = "2017-01-12"
P09 = year(2016)

T10 = """
Long Biên, Ba Đình tổng kết công tác tuyên giáo năm 2019

Những ngày cuối năm, Ban Tuyên giáo Quận ủy Long Biên và Ban Tuyên giáo Quận ủy Ba Đình lần lượt tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019. Hội nghị của Long Biên diễn ra ngày 18/12/2019, của Ba Đình ngày 24/12/2019. Một số kết quả chính được tổng hợp trong bảng dưới đây:

Chỉ tiêu | Quận Long Biên | Quận Ba Đình
Văn bản tham mưu ban hành | 37 | 42
Hội nghị học tập, quán triệt cấp quận | 6 | 5
Lớp học tập nghị quyết ở cơ sở | 403 | 386
Lượt cán bộ, đảng viên dự học | 30.874 | 28.915
Tỷ lệ đảng viên tham gia (%) | 97,08 | 96,4
Buổi thảo luận của chi bộ | 1.264 | 1.108
Buổi nói chuyện thời sự | 96 | 124
Báo cáo viên cấp quận (người) | 42 | 55
Tin, bài trên trang thông tin điện tử | 1.850 | 2.230

Theo bà Nguyễn Thị Thu Hương, Trưởng ban Tuyên giáo Quận ủy Long Biên, quận đã khen thưởng 12 tập thể và 20 cá nhân tiêu biểu trong thực hiện Chỉ thị 05-CT/TW. “Điểm mới năm nay là chúng tôi đưa vào hoạt động 14 nhóm Zalo của các đảng ủy phường, số thành viên khoảng 9.600 người”, bà Hương nói.

Ba Đình là nơi đặt trụ sở nhiều cơ quan Trung ương, có 14 phường với hơn 240 nghìn dân. Năm 2019, Quận ủy Ba Đình tổ chức Cuộc thi “Tìm hiểu 65 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2019)”, thu hút 18.436 bài dự thi, trong đó 12.010 bài trắc nghiệm. Trong năm, Quận ủy Ba Đình cũng gửi Thành ủy 26 báo cáo về tình hình tư tưởng của cán bộ, đảng viên và nhân dân. So với năm 2018, số lượt đảng viên dự học của Ba Đình tăng 1.245 lượt.

Năm 2020, hai quận sẽ tập trung tuyên truyền đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng.
"""
D10 = "2019-12-24"
P10 = year(2019)

T11 = """
Thứ Sáu, ngày 12 tháng 4 năm 2024

Ba quận đưa Nghị quyết Trung ương 8 khóa XIII đến từng chi bộ

(Thanhuytphcm.vn) – Từ đầu năm 2024 đến nay, Quận 5, Quận 12 và quận Tân Bình đã hoàn thành học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII, gắn với sinh hoạt chi bộ chuyên đề.

▪ Quận 5
Quận ủy tổ chức 2 hội nghị cấp quận; 14 đảng bộ phường và 34 chi, đảng bộ cơ sở mở 126 lớp với 8.412 lượt cán bộ, đảng viên, đạt 97,6%. Quận có đông đồng bào người Hoa, chiếm khoảng 35% dân số, nên Ban Tuyên giáo Quận ủy phối hợp Ban Dân vận tổ chức 9 buổi nói chuyện thời sự bằng tiếng Hoa tại các hội quán, với tới 1.050 lượt người nghe. Riêng tháng 3, các chi bộ tổ chức 168 buổi sinh hoạt chuyên đề về xây dựng, chỉnh đốn Đảng.

▪ Quận 12
Dù tháng 1 vướng cao điểm Tết Nguyên đán, quận vẫn tổ chức 3 hội nghị cấp quận và 297 lớp ở cơ sở, thu hút 19.740 lượt cán bộ, đảng viên cùng 6.200 lượt quần chúng. Quận có 11 phường, hơn 620 nghìn dân và Công viên phần mềm Quang Trung, nơi làm việc của khoảng 30.000 lao động. Đội ngũ báo cáo viên của quận hiện có 86 đồng chí; các chi bộ tổ chức từ 420 đến 450 buổi thảo luận chuyên đề.

▪ Quận Tân Bình
Quận ủy Tân Bình tổ chức 1 hội nghị cấp quận trực tiếp kết hợp trực tuyến; 15 đảng bộ phường mở 148 lớp với 10.326/10.690 đảng viên tham gia (đạt 96,6%). “Chi bộ tôi 42 đảng viên thì 41 người dự đủ, một người nằm viện”, ông Nguyễn Văn Sáu, Bí thư Chi bộ khu phố 7, phường 2, chia sẻ. Quận ủy còn tổ chức Hội thi báo cáo viên giỏi với 24 thí sinh, 4 thí sinh đạt giải; tặng giấy khen cho 10 báo cáo viên có thành tích trong tuyên truyền nghị quyết.

Trong quý II, Ban Tuyên giáo Thành ủy sẽ kiểm tra việc học tập nghị quyết tại 6 quận, huyện, trong đó có Quận 12.
"""
D11 = "2024-04-12"
P11 = since("2024-01-01", D11)

T12 = """
Tuyên giáo Phường Hà Đông
05 tháng 4, 2026 lúc 19:40 · 🌏

📌 NHÌN LẠI CÔNG TÁC TUYÊN GIÁO QUÝ I/2026

Quý I năm 2026 khép lại với nhiều dấu ấn trong công tác tuyên truyền của Đảng ủy phường Hà Đông, nhất là tuyên truyền Đại hội XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 (ngày 15/3/2026). Phường được thành lập trên cơ sở các phường Quang Trung, Nguyễn Trãi, Hà Cầu, Vạn Phúc, La Khê cũ, có khoảng 150 nghìn dân với 72 tổ dân phố.

Một số kết quả nổi bật:
✅ 01 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
✅ 52 lớp ở các chi bộ, với 3.874 lượt đảng viên, đạt 98,2%
✅ 146 buổi tuyên truyền về bầu cử tại các tổ dân phố, thu hút tới 9.800 lượt người dân
✅ 2.400 băng rôn, khẩu hiệu và 38 pano cổ động trên các tuyến phố
✅ 286 tin, bài và 45 video clip trên fanpage, trang Zalo OA của phường
✅ 21 báo cáo nhanh về dư luận xã hội trong thời gian bầu cử
✅ Tỷ lệ cử tri đi bầu đạt 99,87%

Đến nay, phường có 2 trang mạng xã hội chính danh (1 fanpage, 1 trang Zalo OA), fanpage có khoảng 15.600 người theo dõi; 164 nhóm Zalo tổ dân phố hoạt động thường xuyên.

🏅 Đảng ủy phường khen thưởng 8 tập thể, 14 cá nhân có thành tích xuất sắc trong công tác tuyên truyền bầu cử.

👉 Quý II, phường sẽ mở 2 lớp bồi dưỡng cho khoảng 120 đảng viên mới và tổ chức sơ kết 1 năm vận hành chính quyền địa phương hai cấp.

#TuyenGiao #HaDong #BauCu2026

👍 265 · 💬 18 bình luận · 37 lượt chia sẻ
"""
D12 = "2026-04-05"
P12 = quarter(1, 2026)

DOCS = [
    Doc("h23_09_hcmc_city_2016_article", T09, HCM, P09, D09, "text", facts=[
        F("ban hành 68 văn bản", 68, "documents_issued"),
        F("tổ chức 4 hội nghị cấp thành phố", 4, "study_sessions"),
        F("mở 12.846 lớp", 12846, "study_sessions"),
        F("hơn 1,6 triệu lượt cán bộ, đảng viên", 1600000, "study_attendance", "at_least",
          a="party_members"),
        F("đạt 97,2%", 97.2, "study_participation_rate"),
        F("có 2.146 đồng chí", 2146, "reporters", p=inst("2016-12-31")),
        F("mười hai hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("9.870 buổi nói chuyện", 9870, "oral_propaganda_sessions"),
        F("khoảng 1,1 triệu lượt người nghe", 1100000, "propaganda_audience", "approx"),
        F("tổng hợp 48 báo cáo", 48, "opinion_reports"),
        F("mở 1.174 lớp", 1174, "training_classes"),
        F("96.400 học viên", 96400, "trainees"),
        F("hiện có 64 trang thông tin điện tử", 64, "websites", p=inst(D09)),
        F("326.480 lượt đoàn viên", 326480, "contest_entries"),
        F("4.250 buổi tuyên truyền", 4250, "oral_propaganda_sessions"),
        F("212.000 lượt hội viên", 212000, "propaganda_audience", a="masses"),
        F("436 buổi nói chuyện", 436, "oral_propaganda_sessions", unit=Q12),
        F("22 tập thể", 22, "commended_collectives"),
        F("35 cá nhân", 35, "commended_individuals"),
    ], traps=[("12/1/2017", 12), ("số 4 Phạm Ngọc Thạch", 4), ("Phạm Ngọc Thạch, Quận 1)", 1),
              ("24 quận, huyện", 24), ("hơn 8,4 triệu dân", 8400000),
              ("49 đảng bộ trực thuộc", 49), ("hơn 210.000 đảng viên", 210000),
              ("31/12/2016", 31), ("24 trung tâm", 24), ("50 cá nhân đạt giải", 50),
              ("hơn 1,3 triệu hội viên", 1300000), ("Quận 12", 12), ("năm 2015", 2015),
              ("Quận 3", 3), ("Chi bộ 4 tốt", 4), ("Trung ương 4", 4),
              ("100% tổ chức cơ sở đảng", 100)]),
    Doc("h23_10_longbien_badinh_2019_table", T10, LONGBIEN, P10, D10, "inferred", facts=[
        F("ban hành | 37", 37, "documents_issued", unit=LONGBIEN),
        F("37 | 42", 42, "documents_issued", unit=BADINH),
        F("cấp quận | 6", 6, "study_sessions", unit=LONGBIEN),
        F("6 | 5", 5, "study_sessions", unit=BADINH),
        F("ở cơ sở | 403", 403, "study_sessions", unit=LONGBIEN),
        F("403 | 386", 386, "study_sessions", unit=BADINH),
        F("dự học | 30.874", 30874, "study_attendance", a="party_members", unit=LONGBIEN),
        F("30.874 | 28.915", 28915, "study_attendance", a="party_members", unit=BADINH),
        F("(%) | 97,08", 97.08, "study_participation_rate", unit=LONGBIEN),
        F("97,08 | 96,4", 96.4, "study_participation_rate", unit=BADINH),
        F("chi bộ | 1.264", 1264, "party_cell_discussions", unit=LONGBIEN),
        F("1.264 | 1.108", 1108, "party_cell_discussions", unit=BADINH),
        F("thời sự | 96", 96, "oral_propaganda_sessions", unit=LONGBIEN),
        F("96 | 124", 124, "oral_propaganda_sessions", unit=BADINH),
        F("(người) | 42", 42, "reporters", unit=LONGBIEN, p=end_of(P10)),
        F("42 | 55", 55, "reporters", unit=BADINH, p=end_of(P10)),
        F("điện tử | 1.850", 1850, "news_items", unit=LONGBIEN),
        F("1.850 | 2.230", 2230, "news_items", unit=BADINH),
        F("12 tập thể", 12, "commended_collectives", unit=LONGBIEN),
        F("20 cá nhân", 20, "commended_individuals", unit=LONGBIEN),
        F("14 nhóm Zalo", 14, "chat_groups", unit=LONGBIEN, p=end_of(P10)),
        F("số thành viên khoảng 9.600 người", 9600, "chat_group_members", "approx",
          unit=LONGBIEN, p=end_of(P10)),
        F("18.436 bài dự thi", 18436, "contest_entries", unit=BADINH),
        F("Thành ủy 26 báo cáo", 26, "opinion_reports", unit=BADINH),
    ], traps=[("18/12/2019", 18), ("24/12/2019", 24), ("05-CT/TW", 5), ("14 phường", 14),
              ("hơn 240 nghìn dân", 240000), ("65 năm", 65), ("10/10/1954", 10),
              ("10/10/2019", 10), ("12.010 bài trắc nghiệm", 12010),
              ("tăng 1.245 lượt", 1245), ("năm 2018", 2018), ("Năm 2020", 2020)]),
    Doc("h23_11_q5_q12_tanbinh_ytd_2024", T11, Q5, P11, D11, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=Q5),
        F("mở 126 lớp", 126, "study_sessions", unit=Q5),
        F("8.412 lượt cán bộ, đảng viên", 8412, "study_attendance", a="party_members",
          unit=Q5),
        F("đạt 97,6%", 97.6, "study_participation_rate", unit=Q5),
        F("9 buổi nói chuyện thời sự", 9, "oral_propaganda_sessions", unit=Q5),
        F("tới 1.050 lượt người nghe", 1050, "propaganda_audience", unit=Q5),
        F("168 buổi sinh hoạt chuyên đề", 168, "party_cell_discussions", unit=Q5,
          p=month(3, 2024)),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=Q12),
        F("297 lớp ở cơ sở", 297, "study_sessions", unit=Q12),
        F("19.740 lượt cán bộ, đảng viên", 19740, "study_attendance", a="party_members",
          unit=Q12),
        F("6.200 lượt quần chúng", 6200, "study_attendance", a="masses", unit=Q12),
        F("hiện có 86 đồng chí", 86, "reporters", unit=Q12, p=inst(D11)),
        F("từ 420 đến 450 buổi thảo luận", 420, "party_cell_discussions", "at_least",
          unit=Q12),
        F("tổ chức 1 hội nghị cấp quận", 1, "study_sessions", unit=TANBINH),
        F("mở 148 lớp", 148, "study_sessions", unit=TANBINH),
        F("10.326/10.690 đảng viên", 10326, "study_attendance", a="party_members",
          unit=TANBINH),
        F("(đạt 96,6%)", 96.6, "study_participation_rate", unit=TANBINH),
        F("24 thí sinh", 24, "contest_entries", unit=TANBINH),
        F("10 báo cáo viên", 10, "commended_individuals", unit=TANBINH),
    ], traps=[("Trung ương 8", 8), ("14 đảng bộ phường", 14),
              ("34 chi, đảng bộ cơ sở", 34), ("khoảng 35% dân số", 35), ("11 phường", 11),
              ("hơn 620 nghìn dân", 620000), ("khoảng 30.000 lao động", 30000),
              ("15 đảng bộ phường", 15), ("42 đảng viên", 42), ("41 người", 41),
              ("khu phố 7", 7), ("phường 2", 2), ("4 thí sinh đạt giải", 4),
              ("6 quận, huyện", 6), ("Quận 5", 5), ("Quận 12", 12)]),
    Doc("h23_12_hadong_q1_2026_post", T12, HADONG, P12, D12, "text", facts=[
        F("✅ 01 hội nghị cấp phường", 1, "study_sessions"),
        F("52 lớp ở các chi bộ", 52, "study_sessions"),
        F("3.874 lượt đảng viên", 3874, "study_attendance", a="party_members"),
        F("đạt 98,2%", 98.2, "study_participation_rate"),
        F("146 buổi tuyên truyền", 146, "oral_propaganda_sessions"),
        F("tới 9.800 lượt người dân", 9800, "propaganda_audience", a="masses"),
        F("2.400 băng rôn", 2400, "other"),
        F("38 pano cổ động", 38, "other"),
        F("286 tin, bài", 286, "news_items"),
        F("45 video clip", 45, "news_items"),
        F("21 báo cáo nhanh", 21, "opinion_reports"),
        F("có 2 trang mạng xã hội", 2, "social_pages", p=inst(D12)),
        F("khoảng 15.600 người theo dõi", 15600, "propaganda_audience", "approx",
          p=inst(D12)),
        F("164 nhóm Zalo", 164, "chat_groups", p=inst(D12)),
        F("8 tập thể", 8, "commended_collectives"),
        F("14 cá nhân", 14, "commended_individuals"),
    ], traps=[("05 tháng 4, 2026", 5), ("19:40", 19), ("QUÝ I/2026", 2026),
              ("nhiệm kỳ 2026 – 2031", 2026), ("15/3/2026", 15),
              ("khoảng 150 nghìn dân", 150000), ("72 tổ dân phố", 72),
              ("Tỷ lệ cử tri đi bầu đạt 99,87%", 99.87), ("1 fanpage", 1),
              ("1 trang Zalo OA", 1), ("mở 2 lớp", 2), ("khoảng 120 đảng viên mới", 120),
              ("sơ kết 1 năm", 1), ("#BauCu2026", 2026), ("👍 265", 265),
              ("18 bình luận", 18), ("37 lượt chia sẻ", 37)]),
]
