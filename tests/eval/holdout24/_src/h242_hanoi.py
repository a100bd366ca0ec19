"""Twenty-fourth held-out set (holdout24), part 2: Hanoi (2019-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. The four
reports are new texts in my own words: a conference speech, a two-district text table, a
year-end review dated only by its sidecar, and a commune's monthly report after the 2025
reorganisation.

Decisions taken where the guide leaves room:
- h24_05 (speech at a term review, Quận Hai Bà Trưng, nhiệm kỳ 2015 – 2020): "Sáng 12/6/2020"
  is the document date; the headline's and first sentence's term is the period. The paragraph
  before the speech introduces it as the Trưởng ban's ("Dưới đây là trích phát biểu của đồng
  chí ..."), so all five paragraphs (each opening with “, the last closing it) are the unit's;
  the show title “Hai Bà Trưng hôm nay” inside one paragraph does not close it. "hai mươi mốt
  hội nghị cấp quận" (number words) and "trên 2.100 lớp" study_sessions; "412.560 lượt cán bộ,
  đảng viên và gần 95 nghìn lượt quần chúng" two attendances; "bình quân đạt 95,8%" an average
  rate (a fact); "bình quân mỗi năm trên 37 văn bản" an average worked out from the total
  (trap). "bốn đợt sinh hoạt chính trị" political_campaigns 4; the anniversaries are traps.
  "hiện có 64 đồng chí" reporters at the document date. "Trung tâm Chính trị quận mở 96 lớp
  bồi dưỡng" is the district's own centre (training_classes; 11.742 trainees); "gấp đôi số học
  viên của nhiệm kỳ 2010 – 2015" a comparison base (trap). "phát hành đủ 60 số" news_items,
  "mỗi số 4.000 bản" per-item; the bí thư chi bộ's words in single quotes (43 đảng viên) an
  anecdote; the 2020 – 2025 plan sentence and the congress's term are traps. Population trap.
- h24_06 (text tables, Huyện Thanh Trì and Huyện Gia Lâm, quý II năm 2023): "Cập nhật
  14/7/2023 09:40" is the document date. Two tables under lead-ins ending in ":" ("Kết quả học
  tập, quán triệt Nghị quyết 15-NQ/TW trong quý:", "Kết quả tuyên truyền miệng và trên
  Internet:"), each with a header naming one district a column: every row gives one fact per
  district. "Hội nghị cấp huyện" and "Lớp ở các chi bộ, đảng bộ cơ sở" study_sessions; "Lượt
  đảng viên dự học" attendance (party members); "Tỷ lệ đảng viên tham gia (%)" the rate; "Lượt
  quần chúng dự nghe" attendance (masses, under the study lead-in); "Số đảng viên chưa tham gia"
  `other`; "Lượt người nghe" under the second lead-in propaganda_audience. The Thanh Trì
  Trưởng ban's quotation about the chi bộ (205 buổi thảo luận) is the unit's
  (party_cell_discussions). Gia Lâm's contest "thu hút 2.307 lượt người dự thi"
  contest_entries; "trao 10 giải" a bare count of prizes (trap); the district's communes,
  population and the year of its goal to become a quận are traps. The Gia Lâm Trưởng ban,
  introduced before the colon, gives 9 opinion reports sent to the city's Ban (Gia Lâm's own).
  "Vành đai 3", "Nghị quyết 15", the resolution's date and horizon years are traps.
- h24_07 (year-end review, Quận Tây Hồ, năm 2019): no date in the text; the sidecar
  (2020-01-06, the review was published in early January) is the document date. "So với năm
  2018, số lớp ... tăng 12 lớp, lên 128 lớp": the total reached is the fact (128
  study_sessions), the increase and the base year traps; "cao hơn năm trước 0,9 điểm phần
  trăm" a comparison. The Phó Trưởng ban's quotation (312 buổi sinh hoạt chuyên đề) is the
  unit's; "nhiều hơn năm ngoái 40 buổi" a comparison. "kiện toàn với 45 đồng chí (bổ sung 6
  đồng chí)": collaborators with no marker, an instant at 2019-12-31 (the period's end); the
  6 added a change of the stock (trap). "52 báo cáo định kỳ và 14 báo cáo đột xuất về tâm tư,
  tình cảm" two opinion_reports facts. "Quận hiện có 2 trang chính danh trên Facebook và một
  kênh YouTube": two social_pages facts (2 and 1) at the document date. "Lượt xem ... ước tính
  khoảng 1,1 triệu" propaganda_audience approx (views are a flow of the year). "Bản tin Tây Hồ
  phát hành 12 số" news_items, "mỗi số 2.500 bản" per-item. Wards, population and foreign
  residents are traps; the 2020 sentence (dự kiến, phấn đấu) is a plan.
- h24_08 (monthly report, Xã Đông Anh, tháng 02/2026): letterhead "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI /
  ĐẢNG ỦY XÃ ĐÔNG ANH" (the commune's report); the dateline "Đông Anh, ngày 28 tháng 02 năm
  2026" is the document date; the title's month is the period. "Xã hiện có 58 thôn, tổ dân
  phố, dân số ..." is geography (trap), "nghỉ Tết 9 ngày" a duration. Lines under "2. Học tập,
  quán triệt Nghị quyết Đại hội XIV của Đảng" read with it: "Hội nghị cấp xã: 01" and "Lớp ở
  các chi bộ: 72" study_sessions, "Đảng viên dự học: 4.127/4.309 đồng chí" attendance, "Tỷ lệ:
  95,78%" its rate; the bracket's "58 điểm cầu" a trap. "Bản tin phát trên hệ thống truyền
  thanh cơ sở: 62" news_items (issues aired); "Băng rôn, ...: 840" and "Thông tin sai sự thật
  được phát hiện, báo cáo ...: 07" `other`. "Nhóm Zalo ...: 96 nhóm" (no marker) an instant at
  the month's end, "số thành viên hiện nay khoảng 31.500 người" at the document date (the same
  day). Everything under "II. NHIỆM VỤ THÁNG 3/2026" is a plan, including the 182 party
  members still to study.
"""
from build_gold import Doc, F, U, W, end_of, inst, month, quarter, term, year

HBT, THANHTRI, GIALAM, TAYHO = (U("Quận Hai Bà Trưng"), U("Huyện Thanh Trì"),
                                U("Huyện Gia Lâm"), U("Quận Tây Hồ"))
DONGANH = W("Xã Đông Anh", "01")

# ---------------------------------------------------------------------------------------------
T05 = """
Hai Bà Trưng: Tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020

Sáng 12/6/2020, Quận ủy Hai Bà Trưng tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020, góp phần chuẩn bị cho Đại hội đại biểu Đảng bộ quận nhiệm kỳ 2020 – 2025. Dưới đây là trích phát biểu của đồng chí Đỗ Thị Thu Trang, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Hai Bà Trưng.

“Thưa các đồng chí, nhiệm kỳ qua, Ban Tuyên giáo đã tham mưu Ban Thường vụ Quận ủy ban hành 186 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, bình quân mỗi năm trên 37 văn bản.

“Việc học tập, quán triệt nghị quyết có nhiều đổi mới. Quận ủy tổ chức hai mươi mốt hội nghị cấp quận, các đảng bộ phường và chi, đảng bộ trực thuộc mở trên 2.100 lớp, với 412.560 lượt cán bộ, đảng viên và gần 95 nghìn lượt quần chúng tham dự; tỷ lệ đảng viên dự học bình quân đạt 95,8%. Chúng tôi đã triển khai bốn đợt sinh hoạt chính trị lớn, trong đó có đợt kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh và đợt kỷ niệm 90 năm Ngày thành lập Đảng.

“Đội ngũ báo cáo viên của quận hiện có 64 đồng chí. Cả nhiệm kỳ, báo cáo viên, tuyên truyền viên đã thực hiện gần 1.300 buổi nói chuyện thời sự, chuyên đề với khoảng 168 nghìn lượt người nghe. Trung tâm Chính trị quận mở 96 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 11.742 học viên, gấp đôi số học viên của nhiệm kỳ 2010 – 2015.

“Trên Cổng thông tin điện tử quận, chuyên mục “Hai Bà Trưng hôm nay” đã đăng 7.480 tin, bài; bản tin “Sinh hoạt chi bộ” phát hành đủ 60 số, mỗi số 4.000 bản. Nhiều chi bộ dùng bản tin làm tài liệu sinh hoạt; tôi vẫn nhớ lời một bí thư chi bộ ở phường Bạch Đằng: ‘Chi bộ tôi 43 đảng viên, số nào cũng được đọc hết’.

“Bên cạnh kết quả, công tác nắm bắt dư luận ở các khu tập thể cũ như Thanh Nhàn, Quỳnh Mai còn chậm. Nhiệm kỳ 2020 – 2025, Ban sẽ tham mưu xây dựng mạng lưới nhóm Zalo tới 100% tổ dân phố và phấn đấu mỗi năm mở ít nhất 15 lớp bồi dưỡng cho cán bộ cơ sở.”

Tại hội nghị, Ban Thường vụ Quận ủy tặng giấy khen cho 15 tập thể và 28 cá nhân có thành tích tiêu biểu trong công tác tuyên giáo nhiệm kỳ 2015 – 2020. Là quận trung tâm với gần 300 nghìn dân, Hai Bà Trưng xác định tuyên truyền miệng và thông tin trên mạng là hai mũi nhọn trong nhiệm kỳ mới.
"""
D05 = "2020-06-12"
P05 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T06 = """
Cập nhật 14/7/2023 09:40

Thanh Trì, Gia Lâm: Hai huyện ven đô cùng “về đích” quý II

Quý II năm 2023, Ban Tuyên giáo Huyện ủy Thanh Trì và Ban Tuyên giáo Huyện ủy Gia Lâm tập trung tuyên truyền, học tập Nghị quyết số 15-NQ/TW ngày 5/5/2022 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045. Số liệu do hai Ban cung cấp được tổng hợp dưới đây.

Kết quả học tập, quán triệt Nghị quyết 15-NQ/TW trong quý:

Chỉ tiêu | Huyện Thanh Trì | Huyện Gia Lâm
Hội nghị cấp huyện | 2 | 3
Lớp ở các chi bộ, đảng bộ cơ sở | 143 | 176
Lượt đảng viên dự học | 9.804 | 12.115
Tỷ lệ đảng viên tham gia (%) | 96,4 | 97,1
Lượt quần chúng dự nghe | 3.250 | 4.080
Số đảng viên chưa tham gia | 366 | 362

Kết quả tuyên truyền miệng và trên Internet:

Chỉ tiêu | Huyện Thanh Trì | Huyện Gia Lâm
Buổi nói chuyện thời sự, chuyên đề | 58 | 74
Lượt người nghe | 6.120 | 7.930
Hội nghị báo cáo viên | 1 | 2
Tin, bài trên trang thông tin điện tử huyện | 412 | 538

Theo ông Nguyễn Đức Thắng, Trưởng ban Tuyên giáo Huyện ủy Thanh Trì, điểm mới của quý là đưa nghị quyết vào sinh hoạt chi bộ. “Các chi bộ thôn, tổ dân phố đã tổ chức 205 buổi thảo luận, gắn nội dung Nghị quyết 15 với việc giải phóng mặt bằng mở rộng đường Vành đai 3 qua địa bàn”, ông Thắng cho biết.

Tại Gia Lâm, ngoài các hội nghị học tập, Huyện ủy phát động cuộc thi trắc nghiệm trực tuyến tìm hiểu Nghị quyết 15 – “Thủ đô văn hiến, văn minh, hiện đại”, thu hút 2.307 lượt người dự thi; Ban Tổ chức trao 10 giải cho tập thể và cá nhân. Gia Lâm có 20 xã, 2 thị trấn với hơn 290 nghìn dân, đang tập trung hoàn thành các tiêu chí để trở thành quận vào năm 2024. Bà Lê Thị Thanh Huyền, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm, cho biết: “Trong quý, Ban đã gửi Ban Tuyên giáo Thành ủy 9 báo cáo nhanh về dư luận quanh việc lên quận và các dự án giao thông”.

Quý III, hai huyện dự kiến tổ chức sơ kết 1 năm thực hiện chương trình hành động của Huyện ủy về Nghị quyết 15-NQ/TW.
"""
D06 = "2023-07-14"
P06 = quarter(2, 2023)

# ---------------------------------------------------------------------------------------------
T07 = """
Tây Hồ: Một năm công tác tuyên giáo qua những con số

Năm 2019, năm có nhiều sự kiện lớn như kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh, 65 năm Ngày Giải phóng Thủ đô và 20 năm Hà Nội được UNESCO vinh danh “Thành phố vì hòa bình”, Ban Tuyên giáo Quận ủy Tây Hồ đã tham mưu cấp ủy triển khai đồng bộ các mặt công tác; nhiều chỉ số cao hơn năm 2018.

Học tập nghị quyết: nhiều lớp hơn, tỷ lệ cao hơn

Quận ủy tổ chức 4 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 8 và Trung ương 10 khóa XII. So với năm 2018, số lớp học tập nghị quyết ở cơ sở tăng 12 lớp, lên 128 lớp; 8.962 lượt cán bộ, đảng viên dự học, đạt tỷ lệ 97,2%, cao hơn năm trước 0,9 điểm phần trăm.

Quận ủy cũng phát động 2 đợt sinh hoạt chính trị về Di chúc của Bác và về truyền thống Thăng Long – Hà Nội. “Năm nay các chi bộ đã tổ chức 312 buổi sinh hoạt chuyên đề, nhiều hơn năm ngoái 40 buổi”, bà Nguyễn Thị Minh Hạnh, Phó Trưởng ban Tuyên giáo Quận ủy Tây Hồ, cho biết.

Nắm bắt dư luận: nhanh và sát hơn

Đội ngũ cộng tác viên dư luận xã hội của quận được kiện toàn với 45 đồng chí (bổ sung 6 đồng chí). Trong năm, đội ngũ này gửi 52 báo cáo định kỳ và 14 báo cáo đột xuất về tâm tư, tình cảm của nhân dân, tập trung vào việc xử lý rác thải ven hồ Tây và giải phóng mặt bằng các tuyến đường mới.

Báo cáo viên, tuyên truyền viên thực hiện 214 buổi nói chuyện thời sự, chuyên đề với 19.380 lượt người nghe, tăng 26% so với năm 2018. Quận có 8 phường, hơn 160 nghìn dân, trong đó khoảng 2.000 người nước ngoài đang sinh sống, nên nhiều tài liệu được biên soạn song ngữ Việt – Anh.

Trên không gian mạng

Quận hiện có 2 trang chính danh trên Facebook và một kênh YouTube. Trong năm, các trang này đăng 1.274 tin, bài, video; Bản tin Tây Hồ phát hành 12 số, mỗi số 2.500 bản. Lượt xem các video giới thiệu Hồ Tây ước tính khoảng 1,1 triệu.

Khen thưởng

Dịp tổng kết năm, Ban Thường vụ Quận ủy tặng giấy khen cho 9 tập thể và 17 cá nhân có thành tích xuất sắc trong công tác tuyên giáo. Năm 2020, Ban dự kiến tổ chức 3 hội nghị học tập nghị quyết đại hội Đảng các cấp và phấn đấu 100% tổ dân phố có nhóm Zalo.
"""
D07 = "2020-01-06"
P07 = year(2019)
NOW07 = inst(D07)

# ---------------------------------------------------------------------------------------------
T08 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY XÃ ĐÔNG ANH
*
Số 41-BC/ĐU

Đông Anh, ngày 28 tháng 02 năm 2026

BÁO CÁO
Kết quả công tác tuyên giáo tháng 02/2026 và nhiệm vụ tháng 3/2026

I. KẾT QUẢ THỰC HIỆN TRONG THÁNG

Tháng 02/2026 trùng dịp Tết Nguyên đán Bính Ngọ, Đảng ủy xã tập trung tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2026), kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031. Xã hiện có 58 thôn, tổ dân phố, dân số khoảng 96 nghìn người; do nghỉ Tết 9 ngày, nhiều hoạt động được dồn vào nửa cuối tháng.

1. Tuyên truyền
- Tin, bài trên trang thông tin điện tử xã: 146
- Tin, bài, video trên fanpage và trang Zalo OA của xã: 203
- Bản tin phát trên hệ thống truyền thanh cơ sở: 62
- Băng rôn, khẩu hiệu, pano, cờ Đảng, cờ Tổ quốc: 840
- Buổi tuyên truyền miệng tại nhà văn hóa thôn, tổ dân phố: 28 – lượt người nghe: khoảng 2.600

2. Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
- Hội nghị cấp xã: 01 (trực tiếp kết hợp trực tuyến tới 58 điểm cầu)
- Lớp ở các chi bộ: 72
- Đảng viên dự học: 4.127/4.309 đồng chí
- Tỷ lệ: 95,78%

3. Mạng xã hội và dư luận xã hội
- Nhóm Zalo thôn, tổ dân phố: 96 nhóm; số thành viên hiện nay khoảng 31.500 người
- Báo cáo nhanh tình hình dư luận gửi Thường trực Đảng ủy: 04
- Thông tin sai sự thật được phát hiện, báo cáo cơ quan chức năng xử lý: 07

4. Khen thưởng
- Tập thể được Đảng ủy xã khen thưởng: 05; cá nhân: 09

II. NHIỆM VỤ THÁNG 3/2026
1. Tiếp tục tổ chức học tập Nghị quyết Đại hội XIV cho 182 đảng viên chưa tham gia; mở 01 lớp bồi dưỡng đảng viên mới.
2. Tuyên truyền cuộc bầu cử tới 100% hộ gia đình; phối hợp tổ chức 58 hội nghị tiếp xúc cử tri ở thôn, tổ dân phố.
3. Tuyên truyền kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026).

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Thường trực Đảng ủy xã;
- Lưu VP.
"""
D08 = "2026-02-28"
P08 = month(2, 2026)

DOCS = [
    Doc("h24_05_haibatrung_term_2015_2020_speech", T05, HBT, P05, D05, "text", facts=[
        F("ban hành 186 văn bản", 186, "documents_issued"),
        F("hai mươi mốt hội nghị cấp quận", 21, "study_sessions"),
        F("trên 2.100 lớp", 2100, "study_sessions", "at_least"),
        F("412.560 lượt cán bộ, đảng viên", 412560, "study_attendance", a="party_members"),
        F("gần 95 nghìn lượt quần chúng", 95000, "study_attendance", "at_most", a="masses"),
        F("bình quân đạt 95,8%", 95.8, "study_participation_rate"),
        F("bốn đợt sinh hoạt chính trị", 4, "political_campaigns"),
        F("hiện có 64 đồng chí", 64, "reporters", p=inst(D05)),
        F("gần 1.300 buổi nói chuyện", 1300, "oral_propaganda_sessions", "at_most"),
        F("khoảng 168 nghìn lượt người nghe", 168000, "propaganda_audience", "approx"),
        F("mở 96 lớp bồi dưỡng", 96, "training_classes"),
        F("11.742 học viên", 11742, "trainees"),
        F("đăng 7.480 tin, bài", 7480, "news_items"),
        F("phát hành đủ 60 số", 60, "news_items"),
        F("cho 15 tập thể", 15, "commended_collectives"),
        F("28 cá nhân", 28, "commended_individuals"),
    ], traps=[("Hai Bà Trưng", 2), ("2015 – 2020", 2015), ("Sáng 12/6/2020", 12),
              ("2020 – 2025", 2020), ("trên 37 văn bản", 37), ("50 năm", 50), ("90 năm", 90),
              ("nhiệm kỳ 2010 – 2015", 2010), ("mỗi số 4.000 bản", 4000),
              ("Chi bộ tôi 43 đảng viên", 43), ("100% tổ dân phố", 100),
              ("ít nhất 15 lớp", 15), ("gần 300 nghìn dân", 300000), ("hai mũi nhọn", 2)]),
    Doc("h24_06_thanhtri_gialam_q2_2023_table", T06, THANHTRI, P06, D06, "text", facts=[
        F("Hội nghị cấp huyện | 2", 2, "study_sessions", unit=THANHTRI),
        F("đảng bộ cơ sở | 143", 143, "study_sessions", unit=THANHTRI),
        F("đảng viên dự học | 9.804", 9804, "study_attendance", a="party_members",
          unit=THANHTRI),
        F("tham gia (%) | 96,4", 96.4, "study_participation_rate", unit=THANHTRI),
        F("quần chúng dự nghe | 3.250", 3250, "study_attendance", a="masses", unit=THANHTRI),
        F("chưa tham gia | 366", 366, "other", unit=THANHTRI),
        F("thời sự, chuyên đề | 58", 58, "oral_propaganda_sessions", unit=THANHTRI),
        F("Lượt người nghe | 6.120", 6120, "propaganda_audience", unit=THANHTRI),
        F("Hội nghị báo cáo viên | 1", 1, "reporter_conferences", unit=THANHTRI),
        F("điện tử huyện | 412", 412, "news_items", unit=THANHTRI),
        F("tổ chức 205 buổi thảo luận", 205, "party_cell_discussions", unit=THANHTRI),
        F("| 2 | 3", 3, "study_sessions", unit=GIALAM),
        F("143 | 176", 176, "study_sessions", unit=GIALAM),
        F("9.804 | 12.115", 12115, "study_attendance", a="party_members", unit=GIALAM),
        F("96,4 | 97,1", 97.1, "study_participation_rate", unit=GIALAM),
        F("3.250 | 4.080", 4080, "study_attendance", a="masses", unit=GIALAM),
        F("366 | 362", 362, "other", unit=GIALAM),
        F("58 | 74", 74, "oral_propaganda_sessions", unit=GIALAM),
        F("6.120 | 7.930", 7930, "propaganda_audience", unit=GIALAM),
        F("| 1 | 2", 2, "reporter_conferences", unit=GIALAM),
        F("412 | 538", 538, "news_items", unit=GIALAM),
        F("2.307 lượt người dự thi", 2307, "contest_entries", unit=GIALAM),
        F("9 báo cáo nhanh", 9, "opinion_reports", unit=GIALAM),
    ], traps=[("14/7/2023 09:40", 14), ("Hai huyện", 2), ("Quý II năm 2023", 2023),
              ("15-NQ/TW", 15), ("5/5/2022", 5), ("năm 2030", 2030), ("năm 2045", 2045),
              ("hai Ban", 2), ("Nghị quyết 15", 15), ("Vành đai 3", 3), ("trao 10 giải", 10),
              ("20 xã", 20), ("2 thị trấn", 2), ("hơn 290 nghìn dân", 290000),
              ("vào năm 2024", 2024), ("sơ kết 1 năm", 1), ("hai huyện dự kiến", 2)]),
    Doc("h24_07_tayho_2019_review", T07, TAYHO, P07, D07, "sidecar", meta={"date": D07},
        facts=[
        F("4 hội nghị cấp quận", 4, "study_sessions"),
        F("lên 128 lớp", 128, "study_sessions"),
        F("8.962 lượt cán bộ, đảng viên", 8962, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 97,2%", 97.2, "study_participation_rate"),
        F("2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("312 buổi sinh hoạt chuyên đề", 312, "party_cell_discussions"),
        F("với 45 đồng chí", 45, "opinion_collaborators", p=end_of(P07)),
        F("52 báo cáo định kỳ", 52, "opinion_reports"),
        F("14 báo cáo đột xuất", 14, "opinion_reports"),
        F("214 buổi nói chuyện", 214, "oral_propaganda_sessions"),
        F("19.380 lượt người nghe", 19380, "propaganda_audience"),
        F("2 trang chính danh", 2, "social_pages", p=NOW07),
        F("một kênh YouTube", 1, "social_pages", p=NOW07),
        F("đăng 1.274 tin, bài, video", 1274, "news_items"),
        F("phát hành 12 số", 12, "news_items"),
        F("ước tính khoảng 1,1 triệu", 1100000, "propaganda_audience", "approx"),
        F("cho 9 tập thể", 9, "commended_collectives"),
        F("17 cá nhân", 17, "commended_individuals"),
    ], traps=[("Năm 2019", 2019), ("50 năm", 50), ("65 năm", 65), ("20 năm", 20),
              ("năm 2018", 2018), ("Trung ương 8", 8), ("Trung ương 10", 10),
              ("tăng 12 lớp", 12), ("0,9 điểm phần trăm", 0.9),
              ("nhiều hơn năm ngoái 40 buổi", 40), ("bổ sung 6 đồng chí", 6),
              ("tăng 26%", 26), ("8 phường", 8), ("hơn 160 nghìn dân", 160000),
              ("khoảng 2.000 người nước ngoài", 2000), ("mỗi số 2.500 bản", 2500),
              ("Năm 2020", 2020), ("tổ chức 3 hội nghị", 3), ("100% tổ dân phố", 100)]),
    Doc("h24_08_donganh_t2_2026_monthly", T08, DONGANH, P08, D08, "text", facts=[
        F("trang thông tin điện tử xã: 146", 146, "news_items"),
        F("Zalo OA của xã: 203", 203, "news_items"),
        F("truyền thanh cơ sở: 62", 62, "news_items"),
        F("cờ Tổ quốc: 840", 840, "other"),
        F("tổ dân phố: 28", 28, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 2.600", 2600, "propaganda_audience", "approx"),
        F("Hội nghị cấp xã: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 72", 72, "study_sessions"),
        F("4.127/4.309 đồng chí", 4127, "study_attendance", a="party_members"),
        F("Tỷ lệ: 95,78%", 95.78, "study_participation_rate"),
        F("96 nhóm", 96, "chat_groups", p=end_of(P08)),
        F("khoảng 31.500 người", 31500, "chat_group_members", "approx", p=inst(D08)),
        F("Thường trực Đảng ủy: 04", 4, "opinion_reports"),
        F("cơ quan chức năng xử lý: 07", 7, "other"),
        F("khen thưởng: 05", 5, "commended_collectives"),
        F("cá nhân: 09", 9, "commended_individuals"),
    ], traps=[("Số 41-BC/ĐU", 41), ("ngày 28 tháng 02 năm 2026", 28),
              ("tháng 02/2026", 2), ("Tháng 02/2026", 2), ("tháng 3/2026", 3),
              ("THÁNG 3/2026", 3), ("96 năm", 96), ("3/2/1930", 3), ("3/2/2026", 3),
              ("2026 – 2031", 2026), ("58 thôn", 58), ("khoảng 96 nghìn người", 96000),
              ("nghỉ Tết 9 ngày", 9), ("58 điểm cầu", 58), ("182 đảng viên", 182),
              ("mở 01 lớp", 1), ("100% hộ gia đình", 100), ("58 hội nghị", 58),
              ("95 năm", 95), ("26/3/1931", 26), ("26/3/2026", 26),
              ("1. Tuyên truyền", 1), ("2. Học tập", 2), ("3. Mạng xã hội", 3),
              ("4. Khen thưởng", 4), ("1. Tiếp tục", 1), ("2. Tuyên truyền cuộc", 2),
              ("3. Tuyên truyền kỷ niệm", 3)]),
]
