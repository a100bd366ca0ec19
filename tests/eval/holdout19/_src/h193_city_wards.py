"""Nineteenth held-out set (holdout19), part 3: city-level bodies (Hanoi 2016, HCM 2018) and
wards/communes after 1 July 2025 (Hanoi 2025, HCM 2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h19_09 (Hanoi year-end conference 2016): the Ban Tuyên giáo Thành ủy, the Sở Thông tin và
  Truyền thông, the Thành Đoàn and the Hội Liên hiệp Phụ nữ Thành phố are all Thành phố Hà
  Nội. "Thành ủy tổ chức 5 hội nghị cấp thành phố, các đảng bộ trực thuộc tổ chức 9.852 hội
  nghị": both study sessions of the city ("cấp thành phố" before a comma reads with the
  study named before; the đảng bộ trực thuộc are the structure). "1,2 triệu lượt cán bộ, đảng
  viên" = 1,200,000 study attendances; "đạt 98,1%" their rate. The voters "hơn 5 triệu" and
  the turnout "98,98%" are traps; "trên 450 nghìn lượt cử tri" at the talks is an audience
  (`all`). "48 cuộc họp báo" are `other`. The 1.040 collaborators (no marker, opening their
  paragraph) are an instant at 2016-12-31; the 116 lecturers "hiện có" at the document date
  2016-12-23. The LHPN's member count "gần 1,1 triệu hội viên" is its size (trap); its
  "96.000 lượt hội viên" at talks are an audience (masses). The Thành Đoàn's "gần 700 nghìn
  lượt đoàn viên" in its political campaigns are study attendances (masses, at_most). "Ban
  Chỉ đạo 94", the election date and term, "đề nghị ... tặng bằng khen cho 3 tập thể" and the 2017 plan paragraph are traps.
- h19_10 (union bulletin, Tháng Công nhân 2018): letterhead "LIÊN ĐOÀN LAO ĐỘNG TP.HCM" → the
  city; "Tháng Công nhân năm 2018" dates May 2018 (the bulletin's "Tháng 6/2018" issue is no
  period: the headline names its own month). "TP.HCM, ngày 05/6/2018" is the document date.
  "in 50.000 cuốn" copies and "hỗ trợ công đoàn cơ sở 1,2 tỷ đồng kinh phí in tài liệu"
  (money funding the work, "hỗ trợ" before it) are `other`; "mỗi cuốn 32 trang" is a per-item
  size (trap). The industrial zones and
  export zones the city has, the workforce "nơi làm việc của khoảng 60.000 công nhân", "Tổng
  đài 1022", the anniversary and the June plan are traps. The fanpage's followers "hiện có"
  are at the document date. "hơn 9.400 lượt nữ công nhân" is an audience (`all`).
- h19_11 (Zalo OA post of Phường Bạch Mai, Hanoi, August 2025): the post stamp is the
  document date (2025-09-01); "Tháng 8/2025" opening the post is the period. The old wards the
  ward was made from, its population, the ‘tháng thứ hai’ wording, the 80th anniversary and
  its dates, the resident's remark, the address, phone, reactions and the September plan are
  traps. "2.046/2.158 đảng viên tham dự, đạt 94,8%" is an attendance and its rate; "hàng
  nghìn lượt người dân" is 1000 at_least (masses). "Tính đến 31/8" dates the groups and
  members of its line (instants at 2025-08-31); the 22 collaborators (no marker) are an
  instant at the period's end (also 2025-08-31); the followers "hiện có" at 2025-09-01.
- h19_12 (HCM, H1 2026, with ward sections): the article unit is TP.HCM (first sentence: the
  Ban Tuyên giáo và Dân vận Thành ủy). "PHƯỜNG THỦ ĐỨC: ..." heads a section of the ward
  Phường Thủ Đức (not TP Thủ Đức, which ended 2025-06-30); the wards it was made from are
  predecessors. "* Xã Cần Giờ" heads a section. "khoảng 412 nghìn lượt cán bộ, đảng viên" at
  the city's conferences are study attendances; "lượt tiếp cận ước đạt 3,5 triệu" an audience
  (approx); "phát hành đủ 6 số" news_items; "hiện có 164 đồng chí" lecturers at the document
  date, "(bổ sung 12 đồng chí sau hợp nhất)" a change (trap). "trong đó đoàn viên thanh niên
  chiếm khoảng 58%" is a share of a count (trap); the city's area and the plan "Theo kế
  hoạch, đến cuối năm ... sẽ" are traps. Thủ Đức ward: "01 hội nghị cấp phường và 36 lớp ở
  các chi bộ" are study sessions, "đạt 97,05%" the rate, "riêng quần chúng có 1.480 lượt dự
  nghe" study attendances (masses); the universities and their students are traps. Cần Giờ:
  "đi biển 15 đến 20 ngày" is a duration (trap); "phát sóng 48 số chương trình" news_items;
  "duy trì 24 nhóm Zalo ấp, hiện có xấp xỉ 7.800 thành viên": the groups at the period's end
  (2026-06-30), the members at the document date (2026-07-15).
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, month, year

HANOI, HCM = U("Thành phố Hà Nội"), U("Thành phố Hồ Chí Minh")
BACHMAI = W("Phường Bạch Mai", "01")
THUDUC_W, CANGIO_XA = W("Phường Thủ Đức", "79"), W("Xã Cần Giờ", "79")

# ---------------------------------------------------------------------------------------------
T09 = """
Thứ Sáu, 23/12/2016

Hà Nội: Tổng kết công tác tuyên giáo năm 2016

(HNMO) – Chiều 22/12, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016, triển khai nhiệm vụ năm 2017.

Năm 2016 là năm đầu thực hiện Nghị quyết Đại hội XVI Đảng bộ Thành phố. Ban đã tham mưu Thành ủy tổ chức 5 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội XVI Đảng bộ Thành phố, các đảng bộ trực thuộc tổ chức 9.852 hội nghị với 1,2 triệu lượt cán bộ, đảng viên tham dự, đạt 98,1%.

Phục vụ cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 (ngày 22/5/2016), hệ thống tuyên giáo Thủ đô tổ chức hơn 3.600 buổi tuyên truyền với trên 450 nghìn lượt cử tri. Thành phố có hơn 5 triệu cử tri; tỷ lệ cử tri đi bầu đạt 98,98%. Sở Thông tin và Truyền thông phối hợp tổ chức 48 cuộc họp báo, cung cấp thông tin cho các cơ quan báo chí.

Mạng lưới 1.040 cộng tác viên dư luận xã hội phối hợp với Ban Chỉ đạo 94 của Thành ủy nắm bắt tình hình; Ban tổng hợp 68 báo cáo dư luận xã hội gửi Ban Tuyên giáo Trung ương. Đội ngũ báo cáo viên Thành ủy hiện có 116 đồng chí; trong năm, Ban tổ chức 11 hội nghị báo cáo viên thành phố, trực tuyến tới 30 điểm cầu quận, huyện, thị xã.

Thành Đoàn tổ chức 3 đợt sinh hoạt chính trị trong đoàn viên, thanh niên với gần 700 nghìn lượt đoàn viên tham gia. Hội Liên hiệp Phụ nữ Thành phố, với gần 1,1 triệu hội viên, tổ chức 1.260 buổi nói chuyện chuyên đề cho 96.000 lượt hội viên.

Ban Thường vụ Thành ủy khen thưởng 25 tập thể, 40 cá nhân có thành tích xuất sắc trong công tác tuyên giáo; đề nghị Ban Tuyên giáo Trung ương tặng bằng khen cho 3 tập thể.

Năm 2017, Ban sẽ tập trung tuyên truyền kỷ niệm 100 năm Cách mạng Tháng Mười Nga, phấn đấu 100% đảng viên học tập các nghị quyết Trung ương.
"""
D09 = "2016-12-23"
P09 = year(2016)

# ---------------------------------------------------------------------------------------------
T10 = """
LIÊN ĐOÀN LAO ĐỘNG TP.HCM
BẢN TIN CÔNG ĐOÀN – SỐ 06 (THÁNG 6/2018)
TP.HCM, ngày 05/6/2018

Tháng Công nhân năm 2018: Đưa pháp luật đến gần người lao động

Trong Tháng Công nhân năm 2018, Liên đoàn Lao động Thành phố đã chỉ đạo công đoàn các cấp tổ chức 1.342 buổi tuyên truyền, phổ biến Bộ luật Lao động, Luật Bảo hiểm xã hội cho khoảng 187 nghìn lượt công nhân, lao động. Thành phố có 3 khu chế xuất và 16 khu công nghiệp; riêng Khu chế xuất Tân Thuận (Quận 7), nơi làm việc của khoảng 60.000 công nhân, được chọn làm điểm.

Liên đoàn in 50.000 cuốn tài liệu hỏi – đáp pháp luật lao động (mỗi cuốn 32 trang), hỗ trợ công đoàn cơ sở 1,2 tỷ đồng kinh phí in tài liệu. Hội thi “Công nhân với pháp luật” thu hút 1.056 thí sinh. Trang thông tin điện tử và fanpage của Liên đoàn đăng 326 tin, bài, video clip; fanpage hiện có hơn 125 nghìn người theo dõi.

Hội Liên hiệp Phụ nữ Thành phố phối hợp tổ chức 86 buổi nói chuyện chuyên đề “Nữ công nhân với pháp luật” cho hơn 9.400 lượt nữ công nhân. Các hoạt động hướng tới kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2018). Người lao động có thể phản ánh vướng mắc qua Tổng đài 1022.

Tháng 6, Liên đoàn dự kiến tổ chức 20 buổi tuyên truyền Luật An toàn, vệ sinh lao động tại các khu công nghiệp.
"""
D10 = "2018-06-05"
P10 = month(5, 2018)

# ---------------------------------------------------------------------------------------------
T11 = """
Phường Bạch Mai
Zalo OA · 01/9/2025 07:30

📢 CÔNG TÁC TUYÊN GIÁO PHƯỜNG BẠCH MAI THÁNG 8/2025

Phường Bạch Mai được thành lập trên cơ sở các phường Bạch Mai, Đồng Tâm, Quỳnh Mai và một phần các phường lân cận, có khoảng 95 nghìn dân. Tháng 8/2025, tháng thứ hai vận hành chính quyền địa phương hai cấp, Ban Tuyên giáo và Dân vận Đảng ủy phường đã:

🔹 Tổ chức 01 hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I với 2.046/2.158 đảng viên tham dự, đạt 94,8%;
🔹 Các chi bộ tổ dân phố tổ chức 54 buổi sinh hoạt chuyên đề về chính quyền hai cấp;
🔹 Tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945 – 19/8/2025) và Quốc khánh 2/9: treo 820 băng rôn, cờ phướn; tổ chức 12 buổi nói chuyện truyền thống với hàng nghìn lượt người dân tham dự;
🔹 Fanpage “Bạch Mai ngày mới” đăng 137 tin, bài, video; hiện có 9.260 người theo dõi;
🔹 Tính đến 31/8, phường có 68 nhóm Zalo tổ dân phố với khoảng 14 ngàn thành viên;
🔹 Cộng tác viên dư luận xã hội (22 người) gửi 8 báo cáo nhanh về tâm tư của người dân khi làm thủ tục tại Trung tâm Phục vụ hành chính công phường;
🔹 Tặng giấy khen cho 5 tập thể, 9 cá nhân.

“Làm giấy tờ ở Trung tâm phường giờ chưa đến 15 phút”, bà Lan ở tổ dân phố số 12 chia sẻ.

👉 Tháng 9, phường sẽ tổ chức học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVIII cho 100% đảng viên.

📍 Số 24 phố Lê Thanh Nghị · ☎ 024.3628.5105

❤️ 246 · 31 bình luận · 12 lượt chia sẻ
"""
D11 = "2025-09-01"
P11 = month(8, 2025)

# ---------------------------------------------------------------------------------------------
T12 = """
Thứ Tư, ngày 15 tháng 7 năm 2026

Sáu tháng đầu năm 2026: Đưa Nghị quyết Đại hội XIV đến từng khu phố, ấp

(Thanhuytphcm.vn) – Sáu tháng đầu năm 2026, Ban Tuyên giáo và Dân vận Thành ủy TP.HCM đã tham mưu Ban Thường vụ Thành ủy ban hành 36 văn bản; tổ chức 4 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030, với khoảng 412 nghìn lượt cán bộ, đảng viên. Tỷ lệ đảng viên toàn Đảng bộ tham gia học tập đạt 96,43%. Bản tin Thông báo nội bộ phát hành đủ 6 số; các sản phẩm tuyên truyền trên mạng xã hội có lượt tiếp cận ước đạt 3,5 triệu. Cuộc thi trắc nghiệm “Tìm hiểu Nghị quyết Đại hội XIV của Đảng” thu hút 384.215 lượt người dự thi, trong đó đoàn viên thanh niên chiếm khoảng 58%. Đội ngũ báo cáo viên Thành ủy hiện có 164 đồng chí (bổ sung 12 đồng chí sau hợp nhất). Theo kế hoạch, đến cuối năm, 100% khu phố, ấp trên địa bàn rộng hơn 6.770 km² sẽ có nhóm Zalo hoạt động thường xuyên.

PHƯỜNG THỦ ĐỨC: Học nghị quyết bên giảng đường
Phường Thủ Đức được thành lập trên cơ sở các phường Linh Chiểu, Bình Thọ, Trường Thọ của TP Thủ Đức cũ. Trong 6 tháng, Đảng ủy phường ban hành 11 văn bản; tổ chức 01 hội nghị cấp phường và 36 lớp ở các chi bộ với 3.112 lượt đảng viên, đạt 97,05%; riêng quần chúng có 1.480 lượt dự nghe. Trên địa bàn có 3 trường đại học với khoảng 40 nghìn sinh viên; phường tổ chức 8 buổi nói chuyện chuyên đề về an toàn trên không gian mạng cho 2.650 lượt sinh viên.

* Xã Cần Giờ
Xã có khoảng 3 nghìn hộ làm nghề biển, nhiều người đi biển 15 đến 20 ngày mới về. Đảng ủy xã tổ chức 14 buổi tuyên truyền tại bến cá, chợ với trên 1.600 lượt người nghe; Đài truyền thanh xã phát sóng 48 số chương trình “Cần Giờ hôm nay”; xã duy trì 24 nhóm Zalo ấp, hiện có xấp xỉ 7.800 thành viên. Đảng ủy xã khen thưởng 4 tập thể, 7 cá nhân.

Sáu tháng cuối năm, các xã, phường sẽ tổ chức sơ kết 1 năm vận hành chính quyền địa phương hai cấp.
"""
D12 = "2026-07-15"
P12 = h1(2026)

DOCS = [
    Doc("h19_09_hanoi_city_2016", T09, HANOI, P09, D09, "text", facts=[
        F("5 hội nghị cấp thành phố", 5, "study_sessions"),
        F("9.852 hội nghị", 9852, "study_sessions"),
        F("1,2 triệu lượt cán bộ, đảng viên", 1200000, "study_attendance",
          a="party_members"),
        F("đạt 98,1%", 98.1, "study_participation_rate"),
        F("hơn 3.600 buổi tuyên truyền", 3600, "oral_propaganda_sessions", "at_least"),
        F("trên 450 nghìn lượt cử tri", 450000, "propaganda_audience", "at_least"),
        F("48 cuộc họp báo", 48, "other"),
        F("hiện có 116 đồng chí", 116, "reporters", p=inst(D09)),
        F("11 hội nghị báo cáo viên", 11, "reporter_conferences"),
        F("1.040 cộng tác viên", 1040, "opinion_collaborators", p=end_of(P09)),
        F("68 báo cáo dư luận xã hội", 68, "opinion_reports"),
        F("3 đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("gần 700 nghìn lượt đoàn viên", 700000, "study_attendance", "at_most",
          a="masses"),
        F("1.260 buổi nói chuyện", 1260, "oral_propaganda_sessions"),
        F("96.000 lượt hội viên", 96000, "propaganda_audience", a="masses"),
        F("khen thưởng 25 tập thể", 25, "commended_collectives"),
        F("40 cá nhân", 40, "commended_individuals"),
    ], traps=[("23/12/2016", 23), ("năm 2016", 2016), ("Chiều 22/12", 22),
              ("năm 2017", 2017), ("Năm 2016", 2016), ("nhiệm kỳ 2016 – 2021", 2016),
              ("(ngày 22/5/2016)", 22), ("hơn 5 triệu cử tri", 5000000),
              ("đạt 98,98%", 98.98), ("30 điểm cầu", 30), ("Ban Chỉ đạo 94", 94),
              ("gần 1,1 triệu hội viên", 1100000), ("cho 3 tập thể", 3), ("Năm 2017", 2017),
              ("100 năm", 100), ("100% đảng viên", 100)]),
    Doc("h19_10_hcm_ldld_thang5_2018", T10, HCM, P10, D10, "text", facts=[
        F("1.342 buổi tuyên truyền", 1342, "oral_propaganda_sessions"),
        F("khoảng 187 nghìn lượt công nhân", 187000, "propaganda_audience", "approx"),
        F("in 50.000 cuốn", 50000, "other"),
        F("hỗ trợ công đoàn cơ sở 1,2 tỷ đồng", 1200000000, "other"),
        F("1.056 thí sinh", 1056, "contest_entries"),
        F("đăng 326 tin, bài", 326, "news_items"),
        F("hơn 125 nghìn người theo dõi", 125000, "propaganda_audience", "at_least",
          p=inst(D10)),
        F("86 buổi nói chuyện", 86, "oral_propaganda_sessions"),
        F("hơn 9.400 lượt nữ công nhân", 9400, "propaganda_audience", "at_least"),
    ], traps=[("SỐ 06", 6), ("THÁNG 6/2018", 6), ("ngày 05/6/2018", 5),
              ("năm 2018", 2018), ("3 khu chế xuất", 3), ("16 khu công nghiệp", 16),
              ("Quận 7", 7), ("khoảng 60.000 công nhân", 60000), ("mỗi cuốn 32 trang", 32),
              ("128 năm", 128), ("(19/5/1890 – 19/5/2018)", 19), ("Tổng đài 1022", 1022),
              ("20 buổi tuyên truyền", 20)]),
    Doc("h19_11_bachmai_zalo_8_2025", T11, BACHMAI, P11, D11, "text", facts=[
        F("01 hội nghị quán triệt", 1, "study_sessions"),
        F("2.046/2.158 đảng viên", 2046, "study_attendance", a="party_members"),
        F("đạt 94,8%", 94.8, "study_participation_rate"),
        F("54 buổi sinh hoạt chuyên đề", 54, "party_cell_discussions"),
        F("treo 820 băng rôn", 820, "other"),
        F("12 buổi nói chuyện", 12, "oral_propaganda_sessions"),
        F("hàng nghìn lượt người dân", 1000, "propaganda_audience", "at_least", a="masses"),
        F("đăng 137 tin, bài, video", 137, "news_items"),
        F("hiện có 9.260 người theo dõi", 9260, "propaganda_audience", p=inst(D11)),
        F("68 nhóm Zalo", 68, "chat_groups", p=inst("2025-08-31")),
        F("khoảng 14 ngàn thành viên", 14000, "chat_group_members", "approx",
          p=inst("2025-08-31")),
        F("(22 người)", 22, "opinion_collaborators", p=end_of(P11)),
        F("gửi 8 báo cáo nhanh", 8, "opinion_reports"),
        F("5 tập thể", 5, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("01/9/2025 07:30", 1), ("THÁNG 8/2025", 8), ("khoảng 95 nghìn dân", 95000),
              ("Tháng 8/2025", 8), ("80 năm", 80), ("(19/8/1945 – 19/8/2025)", 19),
              ("Quốc khánh 2/9", 2), ("Tính đến 31/8", 31), ("chưa đến 15 phút", 15),
              ("tổ dân phố số 12", 12), ("Tháng 9", 9), ("100% đảng viên", 100),
              ("Số 24 phố Lê Thanh Nghị", 24), ("024.3628.5105", 24), ("❤️ 246", 246),
              ("31 bình luận", 31), ("12 lượt chia sẻ", 12)]),
    Doc("h19_12_hcm_wards_h1_2026", T12, HCM, P12, D12, "text", facts=[
        F("ban hành 36 văn bản", 36, "documents_issued"),
        F("4 hội nghị học tập", 4, "study_sessions"),
        F("khoảng 412 nghìn lượt cán bộ, đảng viên", 412000, "study_attendance", "approx",
          a="party_members"),
        F("đạt 96,43%", 96.43, "study_participation_rate"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("lượt tiếp cận ước đạt 3,5 triệu", 3500000, "propaganda_audience", "approx"),
        F("384.215 lượt người dự thi", 384215, "contest_entries"),
        F("hiện có 164 đồng chí", 164, "reporters", p=inst(D12)),
        F("ban hành 11 văn bản", 11, "documents_issued", unit=THUDUC_W),
        F("01 hội nghị cấp phường", 1, "study_sessions", unit=THUDUC_W),
        F("36 lớp ở các chi bộ", 36, "study_sessions", unit=THUDUC_W),
        F("3.112 lượt đảng viên", 3112, "study_attendance", a="party_members",
          unit=THUDUC_W),
        F("đạt 97,05%", 97.05, "study_participation_rate", unit=THUDUC_W),
        F("1.480 lượt dự nghe", 1480, "study_attendance", a="masses", unit=THUDUC_W),
        F("8 buổi nói chuyện", 8, "oral_propaganda_sessions", unit=THUDUC_W),
        F("2.650 lượt sinh viên", 2650, "propaganda_audience", unit=THUDUC_W),
        F("14 buổi tuyên truyền", 14, "oral_propaganda_sessions", unit=CANGIO_XA),
        F("trên 1.600 lượt người nghe", 1600, "propaganda_audience", "at_least",
          unit=CANGIO_XA),
        F("phát sóng 48 số chương trình", 48, "news_items", unit=CANGIO_XA),
        F("24 nhóm Zalo", 24, "chat_groups", unit=CANGIO_XA, p=end_of(P12)),
        F("xấp xỉ 7.800 thành viên", 7800, "chat_group_members", "approx", unit=CANGIO_XA,
          p=inst(D12)),
        F("4 tập thể", 4, "commended_collectives", unit=CANGIO_XA),
        F("7 cá nhân", 7, "commended_individuals", unit=CANGIO_XA),
    ], traps=[("ngày 15 tháng 7 năm 2026", 15), ("Sáu tháng đầu năm 2026", 2026),
              ("nhiệm kỳ 2025 – 2030", 2025), ("khoảng 58%", 58),
              ("bổ sung 12 đồng chí", 12), ("100% khu phố", 100), ("hơn 6.770 km²", 6770),
              ("Trong 6 tháng", 6), ("3 trường đại học", 3),
              ("khoảng 40 nghìn sinh viên", 40000), ("khoảng 3 nghìn hộ", 3000),
              ("đi biển 15 đến 20 ngày", 15), ("sơ kết 1 năm", 1)]),
]
