"""Held-out set holdout60, part 3: city-level bodies (HCMC, Hanoi) and TP Thủ Đức.

Three reports written for this set only, from docs/LABELING.md (and the builder's helpers),
without reading the extractor:
- h60_07: a Sài Gòn Giải Phóng-style article on the year-end review of Ban Tuyên giáo Thành ủy
  TP.HCM, 2016 (study of the XII Congress, the 2016 elections);
- h60_08: a youth-union portal article on Thành Đoàn Hà Nội's "Tháng Thanh niên năm 2018",
  with one paragraph looking back at 2017;
- h60_09: a formal year-end report (báo cáo tổng kết) of Ban Tuyên giáo Thành ủy Thủ Đức, 2022,
  with lettered headings in capitals over list lines.

Decisions where the guide leaves room:
- City-wide totals of the districts' work reported by a city body ("các quận, huyện ủy và đảng
  ủy trực thuộc mở 4.318 lớp", "Các cấp tổ chức 5.236 buổi") are the province's facts: the
  report is the city body's and names no single district.
- "tỷ lệ cử tri đi bầu ... đạt 99,14%" is an election's turnout (trap), and "khoảng 15% phường,
  xã chưa bố trí đủ cán bộ" a share of the wards (trap).
- An official's quotation "chúng tôi đã phối hợp Trường Cán bộ Thành phố mở 7 lớp" is the
  city body's own work (the school is a partner); the classes are training_classes.
- "Tháng Thanh niên năm 2018" is March 2018 (LABELING.md, campaign month); the article's facts
  take that month, the paragraph "Nhìn lại năm 2017, ..." takes 2017.
- "buổi sinh hoạt chính trị, nói chuyện chuyên đề" held by youth-union branches are
  oral_propaganda_sessions (the noun phrase says nói chuyện); the "lượt đoàn viên, thanh niên"
  they drew are propaganda_audience of the masses.
- "3 diễn đàn" and "312 đội hình thanh niên tình nguyện" are `other`; "giới thiệu 1.025 đoàn
  viên ưu tú để Đảng xem xét kết nạp" is a counted result outside the taxonomy (`other`).
- "Đoàn Thanh niên Thủ đô hiện có hơn 860 nghìn đoàn viên" is the organisation's size (trap).
- In "- Nhóm Zalo khu phố: 1.502 nhóm, hiện có khoảng 210.000 thành viên" the groups are a stock
  at the year's end, the members (after "hiện có") at the document date.
- "Hội nghị cấp thành phố: 05" under "A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT" in the Thủ Đức report
  means the level of TP Thủ Đức (study_sessions of TP Thủ Đức).
"""
from build_gold import Doc, F, U, end_of, inst, month, year

HCM, HN, TD = U("79"), U("01"), U("Thành phố Thủ Đức")

T07 = """
Thứ Sáu, 06/01/2017 06:45

Hệ thống tuyên giáo TPHCM: Đưa nghị quyết vào cuộc sống

SGGP – Chiều 5/1, Ban Tuyên giáo Thành ủy TPHCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016 và triển khai nhiệm vụ năm 2017.

Năm 2016, toàn hệ thống tuyên giáo thành phố tập trung tuyên truyền, học tập Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố. Thành ủy tổ chức 6 hội nghị cấp thành phố, các quận, huyện ủy và đảng ủy trực thuộc mở 4.318 lớp với hơn 412.000 lượt cán bộ, đảng viên tham dự, đạt 96,5%; riêng quần chúng có khoảng 186.000 lượt dự nghe.

Công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 được triển khai rộng khắp. Các cấp tổ chức 5.236 buổi tuyên truyền, nói chuyện về bầu cử, thu hút hơn 620.000 lượt người nghe; tỷ lệ cử tri đi bầu của thành phố đạt 99,14%.

Đội ngũ báo cáo viên Thành ủy hiện có 89 đồng chí. Trong năm, Ban tổ chức 12 hội nghị báo cáo viên cấp thành phố, đều đặn mỗi tháng 1 hội nghị. Bản tin Thông báo nội bộ phát hành 24 số, mỗi số 25.000 bản, đến tận chi bộ. Ban cũng thực hiện 48 báo cáo nhanh về dư luận xã hội gửi Thường trực Thành ủy, trong đó có nhiều báo cáo về dư luận quanh sự cố môi trường biển ở các tỉnh miền Trung.

Phát biểu tại hội nghị, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy cho biết: “Năm nay, chúng tôi đã phối hợp Trường Cán bộ Thành phố mở 7 lớp bồi dưỡng nghiệp vụ tuyên giáo cho 645 cán bộ tuyên giáo cơ sở. Tuy nhiên, vẫn còn khoảng 15% phường, xã chưa bố trí đủ cán bộ chuyên trách, ảnh hưởng đến việc nắm bắt dư luận”.

Một khảo sát của Ban cho thấy 87% người dân được hỏi đánh giá thông tin chính thống trên báo chí, mạng xã hội là kịp thời, dễ hiểu.

Dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 30 tập thể và 45 cá nhân; đề nghị Ban Tuyên giáo Trung ương tặng bằng khen cho 3 tập thể.

Năm 2017, thành phố đặt mục tiêu 100% chi bộ học tập Nghị quyết Trung ương 4 khóa XII trong quý I, đồng thời tuyên truyền kỷ niệm 100 năm Cách mạng Tháng Mười Nga (1917 – 2017).

Tin liên quan
Quận 3 tổ chức 42 buổi nói chuyện chuyên đề về biển, đảo
Củ Chi: 12 lớp bồi dưỡng nghiệp vụ cho cán bộ ấp
"""

T08 = """
Cập nhật ngày 02-04-2018

Tuổi trẻ Thủ đô sôi nổi Tháng Thanh niên 2018

Ngày 31/3/2018, Thành Đoàn Hà Nội tổ chức hội nghị tổng kết Tháng Thanh niên năm 2018, kỷ niệm 87 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2018).

Trong Tháng Thanh niên, các cơ sở Đoàn trên địa bàn Thủ đô đã tổ chức 1.460 buổi sinh hoạt chính trị, nói chuyện chuyên đề về lý tưởng cách mạng, đạo đức, lối sống, thu hút hơn 215.000 lượt đoàn viên, thanh niên. Thành Đoàn phối hợp Ban Tuyên giáo Thành ủy tổ chức 3 diễn đàn “Thanh niên Thủ đô học tập và làm theo lời Bác” tại các trường đại học.

Trên không gian mạng, fanpage “Tuổi trẻ Thủ đô” đăng tải 1.150 tin, bài, video clip; trang hiện có hơn 120 nghìn người theo dõi. Cuộc thi trực tuyến “Tuổi trẻ Hà Nội tìm hiểu lịch sử Đoàn” thu hút 68.245 lượt đoàn viên, thanh niên dự thi; Ban Tổ chức trao 1 giải Đặc biệt, 5 giải Nhất cho các thí sinh.

Hưởng ứng phong trào tình nguyện, các cấp bộ Đoàn ra quân 312 đội hình thanh niên tình nguyện làm sạch đường làng, ngõ phố, hỗ trợ người già neo đơn.

“Tháng Thanh niên năm nay, các cơ sở Đoàn đã giới thiệu 1.025 đoàn viên ưu tú để Đảng xem xét kết nạp, cao nhất từ trước đến nay”, đồng chí Bí thư Thành Đoàn Hà Nội cho biết. Đoàn Thanh niên Thủ đô hiện có hơn 860 nghìn đoàn viên, sinh hoạt ở 30 quận, huyện, thị đoàn và các đoàn trực thuộc.

Em Nguyễn Minh Anh, học sinh lớp 11 Trường THPT Chu Văn An, chia sẻ: “Chúng em có 4 bạn trong lớp được giới thiệu vào đội tuyên truyền măng non, ai cũng háo hức”.

Nhìn lại năm 2017, Thành Đoàn đã mở 12 lớp bồi dưỡng lý luận chính trị cho 1.430 cán bộ Đoàn cơ sở.

Dịp này, Thành Đoàn tặng bằng khen cho 42 tập thể, 86 cá nhân có thành tích xuất sắc trong Tháng Thanh niên.

Trong quý II, Thành Đoàn sẽ triển khai Chiến dịch Thanh niên tình nguyện hè 2018, dự kiến thu hút ít nhất 50.000 lượt đoàn viên, thanh niên tham gia.

Lượt xem: 1.284
"""

T09 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
THÀNH ỦY THỦ ĐỨC
BAN TUYÊN GIÁO
Số 235-BC/BTGTU

ĐẢNG CỘNG SẢN VIỆT NAM
Thủ Đức, ngày 05 tháng 01 năm 2023

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2022,
phương hướng, nhiệm vụ năm 2023

Năm 2022 là năm thứ hai thành phố Thủ Đức hoạt động theo mô hình mới, với 34 phường và hơn 1,2 triệu dân. Công tác tuyên giáo vừa phục vụ phục hồi kinh tế sau đại dịch, vừa tuyên truyền việc xây dựng đô thị sáng tạo, tương tác cao. Ban Tuyên giáo Thành ủy Thủ Đức báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
- Hội nghị cấp thành phố: 05
- Lớp ở các đảng bộ phường, đảng bộ cơ sở: 1.032; lượt cán bộ, đảng viên dự: 48.716; đạt 96,9%
- Lượt quần chúng dự nghe: 13.480
- Số đảng viên chưa tham gia: 1.557 người

B. TUYÊN TRUYỀN MIỆNG VÀ TRÊN KHÔNG GIAN MẠNG
- Buổi nói chuyện chuyên đề tại khu phố: 684 – lượt người nghe: khoảng 52.300
- Tin, bài, video trên trang thông tin điện tử và fanpage thành phố: 6.912
- Lượt tiếp cận các sản phẩm tuyên truyền: ước 4,6 triệu
- Nhóm Zalo khu phố: 1.502 nhóm, hiện có khoảng 210.000 thành viên
Fanpage “Thủ Đức hôm nay” hiện có gần 95.000 người theo dõi, là kênh được người dân tương tác nhiều nhất.

C. DƯ LUẬN XÃ HỘI VÀ ĐỘI NGŨ
Tính đến ngày 30/11/2022, thành phố có 71 báo cáo viên và 186 cộng tác viên dư luận xã hội. Trong năm, Ban tổng hợp 52 báo cáo định kỳ, 19 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội, nổi lên là dư luận về bồi thường tại Khu đô thị mới Thủ Thiêm và dự án đường Vành đai 2; tổ chức 4 hội nghị báo cáo viên.

D. GIÁO DỤC LÝ LUẬN CHÍNH TRỊ
Trung tâm Chính trị thành phố mở 23 lớp bồi dưỡng lý luận chính trị, nghiệp vụ, với 2.046 học viên; phối hợp Trường Cán bộ Thành phố mở 1 lớp trung cấp lý luận chính trị – hành chính cho 118 học viên.

E. THI ĐUA, KHEN THƯỞNG
Ban Thường vụ Thành ủy Thủ Đức tặng giấy khen cho 9 tập thể, 21 cá nhân. Ban Tuyên giáo Thành ủy Thủ Đức được Ban Tuyên giáo Thành ủy xếp thứ 2 trong Cụm thi đua số 4.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
- Phấn đấu 100% khu phố có nhóm Zalo hoạt động hiệu quả; tổ chức ít nhất 700 buổi nói chuyện chuyên đề.
- Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Thủ Đức lần thứ I, nhiệm kỳ 2020 – 2025.
- Mở 25 lớp bồi dưỡng, trong đó 2 lớp kỹ năng tuyên truyền trên mạng xã hội.

Nơi nhận:
- Ban Tuyên giáo Thành ủy TP.HCM;
- Thường trực Thành ủy Thủ Đức;
- Lưu.
"""

D07, D08, D09 = "2017-01-06", "2018-04-02", "2023-01-05"

DOCS = [
    Doc("h60_07_hcm_btgtu_2016", T07, HCM, year(2016), D07, "text", facts=[
        F("tổ chức 6 hội nghị cấp thành phố", 6, "study_sessions"),
        F("mở 4.318 lớp", 4318, "study_sessions"),
        F("hơn 412.000 lượt cán bộ, đảng viên", 412000, "study_attendance", "at_least",
          a="party_members"),
        F("đạt 96,5%", 96.5, "study_participation_rate"),
        F("khoảng 186.000 lượt dự nghe", 186000, "study_attendance", "approx", a="masses"),
        F("tổ chức 5.236 buổi tuyên truyền", 5236, "oral_propaganda_sessions"),
        F("hơn 620.000 lượt người nghe", 620000, "propaganda_audience", "at_least"),
        F("hiện có 89 đồng chí", 89, "reporters", p=inst(D07)),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("phát hành 24 số", 24, "news_items"),
        F("thực hiện 48 báo cáo nhanh", 48, "opinion_reports"),
        F("mở 7 lớp bồi dưỡng nghiệp vụ", 7, "training_classes"),
        F("cho 645 cán bộ tuyên giáo", 645, "trainees"),
        F("giấy khen cho 30 tập thể", 30, "commended_collectives"),
        F("30 tập thể và 45 cá nhân", 45, "commended_individuals"),
    ], traps=[("06/01/2017", 6), ("06:45", 6), ("Chiều 5/1", 5), ("năm 2016", 2016),
              ("năm 2017", 2017), ("Năm 2016", 2016), ("nhiệm kỳ 2016 – 2021", 2016),
              ("đạt 99,14%", 99.14), ("mỗi tháng 1 hội nghị", 1), ("mỗi số 25.000 bản", 25000),
              ("khoảng 15% phường", 15), ("87% người dân", 87), ("cho 3 tập thể", 3),
              ("Năm 2017", 2017), ("100% chi bộ", 100), ("Trung ương 4", 4),
              ("100 năm", 100), ("(1917 – 2017)", 1917), ("Quận 3", 3),
              ("42 buổi nói chuyện", 42), ("12 lớp bồi dưỡng", 12)]),
    Doc("h60_08_hanoi_thanhdoan_2018", T08, HN, month(3, 2018), D08, "text", facts=[
        F("tổ chức 1.460 buổi sinh hoạt chính trị, nói chuyện chuyên đề", 1460,
          "oral_propaganda_sessions"),
        F("hơn 215.000 lượt đoàn viên, thanh niên", 215000, "propaganda_audience",
          "at_least", a="masses"),
        F("tổ chức 3 diễn đàn", 3, "other"),
        F("đăng tải 1.150 tin, bài", 1150, "news_items"),
        F("hiện có hơn 120 nghìn người theo dõi", 120000, "propaganda_audience", "at_least",
          p=inst(D08)),
        F("thu hút 68.245 lượt đoàn viên, thanh niên dự thi", 68245, "contest_entries"),
        F("ra quân 312 đội hình", 312, "other"),
        F("giới thiệu 1.025 đoàn viên ưu tú", 1025, "other"),
        F("mở 12 lớp bồi dưỡng lý luận chính trị", 12, "training_classes", p=year(2017)),
        F("cho 1.430 cán bộ Đoàn cơ sở", 1430, "trainees", p=year(2017)),
        F("bằng khen cho 42 tập thể", 42, "commended_collectives"),
        F("42 tập thể, 86 cá nhân", 86, "commended_individuals"),
    ], traps=[("02-04-2018", 2), ("Tháng Thanh niên 2018", 2018), ("Ngày 31/3/2018", 31),
              ("Tháng Thanh niên năm 2018", 2018), ("87 năm", 87), ("(26/3/1931", 26),
              ("26/3/2018)", 26), ("1 giải Đặc biệt", 1), ("5 giải Nhất", 5),
              ("hơn 860 nghìn đoàn viên", 860000), ("30 quận, huyện, thị đoàn", 30),
              ("lớp 11", 11), ("có 4 bạn", 4), ("năm 2017", 2017), ("hè 2018", 2018),
              ("ít nhất 50.000 lượt", 50000), ("Lượt xem: 1.284", 1284)]),
    Doc("h60_09_thuduc_2022", T09, TD, year(2022), D09, "text", facts=[
        F("Hội nghị cấp thành phố: 05", 5, "study_sessions"),
        F("đảng bộ cơ sở: 1.032", 1032, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 48.716", 48716, "study_attendance",
          a="party_members"),
        F("đạt 96,9%", 96.9, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 13.480", 13480, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 1.557 người", 1557, "other"),
        F("tại khu phố: 684", 684, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 52.300", 52300, "propaganda_audience", "approx"),
        F("fanpage thành phố: 6.912", 6912, "news_items"),
        F("ước 4,6 triệu", 4600000, "propaganda_audience", "approx"),
        F("Nhóm Zalo khu phố: 1.502 nhóm", 1502, "chat_groups", p=end_of(year(2022))),
        F("hiện có khoảng 210.000 thành viên", 210000, "chat_group_members", "approx",
          p=inst(D09)),
        F("hiện có gần 95.000 người theo dõi", 95000, "propaganda_audience", "at_most",
          p=inst(D09)),
        F("thành phố có 71 báo cáo viên", 71, "reporters", p=inst("2022-11-30")),
        F("186 cộng tác viên dư luận xã hội", 186, "opinion_collaborators",
          p=inst("2022-11-30")),
        F("tổng hợp 52 báo cáo định kỳ", 52, "opinion_reports"),
        F("19 báo cáo đột xuất", 19, "opinion_reports"),
        F("tổ chức 4 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("mở 23 lớp bồi dưỡng", 23, "training_classes"),
        F("với 2.046 học viên", 2046, "trainees"),
        F("mở 1 lớp trung cấp", 1, "training_classes"),
        F("cho 118 học viên", 118, "trainees"),
        F("giấy khen cho 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 21 cá nhân", 21, "commended_individuals"),
    ], traps=[("Số 235-BC/BTGTU", 235), ("ngày 05 tháng 01 năm 2023", 5),
              ("Năm 2022", 2022), ("34 phường", 34), ("hơn 1,2 triệu dân", 1200000),
              ("Tính đến ngày 30/11/2022", 30), ("Vành đai 2", 2), ("xếp thứ 2", 2),
              ("Cụm thi đua số 4", 4), ("100% khu phố", 100), ("ít nhất 700 buổi", 700),
              ("nhiệm kỳ 2020 – 2025", 2020), ("Mở 25 lớp", 25), ("2 lớp kỹ năng", 2)]),
]
