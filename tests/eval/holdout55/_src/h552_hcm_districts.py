"""Held-out set holdout55, part 2: Ho Chi Minh City and its districts before the 2025 reform
(2018, 2020, 2022, 2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or running
the extractor. The decisions common to the set are listed in h551_hanoi_districts.py; the ones
taken here:
- h55_04: a city article (Ban Tuyên giáo Thành ủy) naming districts in single sentences: each such
  sentence's facts are that district's, the rest the city's. "Toàn Thành phố" is the province.
- h55_05: a congress speech of several paragraphs, introduced by "Sau đây là trích tham luận của
  đồng chí ..., Trưởng ban Tuyên giáo Quận ủy ...:" is the district's; its period is the term it
  opens with (2015–2020), the congress days date only their own sentence. "416 tuyên truyền viên"
  held now is `other` at the document date.
- h55_06: "Tính đến ngày 15/6/2022" dates the stocks of its clause; the members in a bracket
  opening with "hiện có" are at the document date.
- h55_07: a table whose columns are years: stocks in it (Zalo groups) are instants at each
  year's end; the "Tăng, giảm" column and the rank row are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, term, year

HCM = U("79")
Q3, TB, CC, Q8 = U("Quận 3"), U("Quận Tân Bình"), U("Huyện Củ Chi"), U("Quận 8")
BT, GV = U("Quận Bình Thạnh"), U("Quận Gò Vấp")

T04 = """
Cập nhật ngày 15-10-2018

Giao ban công tác tuyên giáo 9 tháng năm 2018: Nhiều quận, huyện có cách làm hay

(Thanhuytphcm.vn) – Chiều 12/10, Ban Tuyên giáo Thành ủy TP.HCM giao ban công tác tuyên giáo 9 tháng năm 2018 với Ban Tuyên giáo 24 quận, huyện ủy và các đảng ủy trực thuộc.

Theo báo cáo, 9 tháng qua Ban Tuyên giáo Thành ủy tham mưu Thường trực Thành ủy ban hành 34 văn bản chỉ đạo, hướng dẫn; tổ chức 6 hội nghị báo cáo viên Thành phố, mỗi hội nghị có khoảng 1.200 đại biểu dự trực tiếp và trực tuyến. Hội thi báo cáo viên giỏi cấp Thành phố năm 2018 quy tụ 27 thí sinh từ các quận, huyện; 5 thí sinh đạt giải Nhất, Nhì. Toàn Thành phố, các cấp ủy tổ chức 2.964 hội nghị học tập, quán triệt Nghị quyết Trung ương 7 khóa XII cho 312.480 lượt cán bộ, đảng viên, đạt 96,2%.

Ở cơ sở, nhiều nơi có cách làm riêng. Tại Quận 3, các chi bộ khu phố duy trì mô hình "cà phê nghị quyết": 9 tháng, các chi bộ tổ chức 215 buổi sinh hoạt thảo luận ngay tại quán cà phê đầu hẻm. Quận Tân Bình duy trì 2 fanpage và 148 nhóm Zalo, hiện có gần 21.000 thành viên, chủ yếu là tổ trưởng, tổ phó tổ dân phố và người dân sống quanh sân bay Tân Sơn Nhất.

Huyện Củ Chi phát động ba đợt sinh hoạt chính trị về chủ đề năm 2018 của Thành phố, trong đó có đợt kỷ niệm 50 năm Cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968. Quận 8 mở 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 326 học viên; tặng giấy khen cho 7 báo cáo viên cơ sở có nhiều buổi nói chuyện hay.

Về tình hình tư tưởng, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy lưu ý: trong tháng 6, tại một số địa phương đã xảy ra tụ tập đông người liên quan đến dự thảo Luật Đơn vị hành chính – kinh tế đặc biệt; Ban Chỉ đạo 35 Thành phố đã ghi nhận nhiều thông tin xuyên tạc trên mạng. Quận Gò Vấp được đánh giá dẫn đầu khối quận với 96 điểm thi đua, Quận 10 xếp thứ 2/24.

Trong quý IV, Ban Tuyên giáo Thành ủy đề nghị mỗi quận, huyện tổ chức ít nhất 1 hội nghị đối thoại với thanh niên và chuẩn bị sơ kết 3 năm thực hiện Nghị quyết Đại hội X Đảng bộ Thành phố.
"""

T05 = """
Đại hội Đảng bộ quận Bình Thạnh lần thứ XII: Tham luận về công tác tuyên giáo

Đại hội đại biểu Đảng bộ quận Bình Thạnh lần thứ XII, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 13 đến 15/7/2020 tại Hội trường Quận ủy, số 6 Phan Đăng Lưu. Các đại biểu thay mặt cho hơn 11.000 đảng viên sinh hoạt ở 52 tổ chức cơ sở đảng.

Sau đây là trích tham luận của đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Bình Thạnh:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Quận ủy đã tham mưu ban hành 186 văn bản lãnh đạo, chỉ đạo công tác tư tưởng; tổ chức 1.218 hội nghị, lớp học tập, quán triệt nghị quyết, chỉ thị của Trung ương và Thành ủy, với xấp xỉ 154 nghìn lượt cán bộ, đảng viên tham dự. Tỷ lệ đảng viên dự học bình quân đạt 95,7%.

“Chúng tôi xác định tuyên truyền miệng là thế mạnh của một quận có nhiều khu dân cư ven kênh Nhiêu Lộc – Thị Nghè. Cả nhiệm kỳ, đội ngũ báo cáo viên, tuyên truyền viên đã thực hiện 3.460 buổi nói chuyện thời sự, chính sách, với trên dưới 300 nghìn lượt người nghe. Quận hiện có 62 báo cáo viên cấp quận và 416 tuyên truyền viên ở cơ sở.

“Cũng trong nhiệm kỳ, Trung tâm Chính trị quận mở 38 lớp sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới cho 3.127 học viên. Cuộc thi trắc nghiệm trực tuyến “Tìm hiểu 90 năm lịch sử Đảng bộ Thành phố” thu hút 48.215 lượt người dự thi, nhiều nhất trong các cuộc thi quận từng tổ chức.

“Nhiệm kỳ 2020 – 2025, chúng tôi đặt mục tiêu 100% chi bộ khu phố có nhóm Zalo do chi ủy quản lý, mỗi năm tổ chức không dưới 500 buổi nói chuyện và phấn đấu đến năm 2025 có 80 báo cáo viên cấp quận.”

Ảnh: Đồng chí Lê Thị Thu Hà trình bày tham luận tại phiên thứ 2 của Đại hội.
"""

T06 = """
QUẬN ỦY GÒ VẤP
BAN TUYÊN GIÁO

BẢN TIN SINH HOẠT CHI BỘ – SỐ 06 (THÁNG 6/2022)
Gò Vấp, ngày 29/6/2022

SÁU THÁNG ĐẦU NĂM 2022: TUYÊN GIÁO GÒ VẤP TRỞ LẠI KHU PHỐ

Sáu tháng đầu năm 2022, khi Thành phố bước vào giai đoạn phục hồi sau đại dịch Covid-19, Ban Tuyên giáo Quận ủy đưa các hoạt động tuyên truyền trở lại với khu phố, chợ và khu nhà trọ. Một số kết quả chính:

✅ 04 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII về xây dựng, chỉnh đốn Đảng
✅ 318 lớp ở chi bộ, với 24.516 lượt cán bộ, đảng viên; tỷ lệ: 96,9%
✅ Treo 860 băng rôn, cờ phướn tại 16 phường
✅ Đội xe loa lưu động chạy 212 lượt
✅ 35 – 40 buổi nói chuyện chuyên đề tại chợ, khu nhà trọ, với hơn 4.000 lượt người nghe

Cuộc thi trực tuyến:
- Cuộc thi “Tìm hiểu Nghị quyết Đại hội XIII của Đảng” – lượt dự thi: 15.284; trong đó đoàn viên, thanh niên chiếm khoảng 58%

Nắm bắt tình hình tư tưởng:
- Báo cáo dư luận xã hội: 24 định kỳ, 6 đột xuất

Tính đến ngày 15/6/2022, quận có 1 trang thông tin điện tử, 18 fanpage và 642 nhóm Zalo khu phố, tổ dân phố (hiện có khoảng 52 nghìn thành viên). Các trang này đã đăng 3.450 tin, bài, video clip; nhiều clip về "phường 10 không rác" được chia sẻ hàng nghìn lượt. Dịp sơ kết, Ban Thường vụ Quận ủy tặng giấy khen cho 5 báo cáo viên.

“Bà con trọ ở hẻm 18 Quang Trung giờ biết tin qua nhóm nhanh hơn cả tôi”, ông Trần Văn Hải, 63 tuổi, tổ trưởng tổ dân phố 41, kể.

NHIỆM VỤ 6 THÁNG CUỐI NĂM
- Tổ chức 2 đợt sinh hoạt chính trị kỷ niệm 77 năm Cách mạng Tháng Tám và Quốc khánh 2/9.
- Mở 1 lớp tập huấn kỹ năng viết tin cho 80 cộng tác viên.

Mọi thông tin xin gửi về Ban Tuyên giáo Quận ủy, 19 Quang Trung, phường 10, Gò Vấp. ĐT: 028.3894.1520.
"""

T07 = """
HUYỆN ỦY CỦ CHI
BAN TUYÊN GIÁO
Số 318-BC/BTGHU
Củ Chi, ngày 18 tháng 12 năm 2024

BÁO CÁO TÓM TẮT
Kết quả công tác tuyên giáo năm 2024

Năm 2024, huyện Củ Chi có khoảng 480 nghìn dân, tập trung tuyên truyền kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2024) và chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 – 2030.

Bảng so sánh một số chỉ tiêu chủ yếu:

Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng, giảm
Hội nghị học tập, quán triệt cấp huyện | 5 | 7 | +2
Lớp học tập nghị quyết ở cơ sở | 412 | 468 | +56
Lượt đảng viên dự học | 14.930 | 15.207 | +277
Tỷ lệ đảng viên tham gia (%) | 95,4 | 96,35 | +0,95
Buổi tuyên truyền miệng | 1.126 | 1.304 | +178
Nhóm Zalo ấp, khu phố | 498 | 531 | +33
Xếp thứ trong cụm thi đua | 3 | 2 | 

Trong năm 2024, Ban Thường vụ Huyện ủy ban hành 29 văn bản lãnh đạo, chỉ đạo công tác tư tưởng. Hội thi tuyên truyền viên giỏi có 63 thí sinh của 21 xã, thị trấn; ban tổ chức trao 1 giải Đặc biệt và 3 giải Nhất. Huyện có 1 trang thông tin điện tử và 24 fanpage (21 của xã, thị trấn và 3 của các đoàn thể huyện); bản tin "Củ Chi hôm nay" phát hành đúng 12 số. Kinh phí huyện hỗ trợ các ấp làm pano, in tài liệu tuyên truyền là 1,2 tỷ đồng.

Đội ngũ cộng tác viên dư luận xã hội của huyện hiện có 84 đồng chí, trong năm đã gửi 46 báo cáo về tình hình tư tưởng, tập trung vào việc bồi thường, giải phóng mặt bằng đường Vành đai 3 và cao tốc TP.HCM – Mộc Bài. Huyện còn phối hợp Khu di tích Địa đạo Củ Chi (đón hơn 2 triệu lượt du khách mỗi năm) tổ chức 14 buổi nói chuyện truyền thống cho đoàn viên, thanh niên.

Năm 2025, huyện phấn đấu tổ chức 100% hội nghị học tập nghị quyết theo hình thức trực tuyến kết hợp trực tiếp, nâng số nhóm Zalo lên ít nhất 560 nhóm.
"""

D04, D05, D06, D07 = "2018-10-15", "2020-07-16", "2022-06-29", "2024-12-18"
Y23, Y24 = year(2023), year(2024)

DOCS = [
    Doc("h55_04", T04, HCM, m9(2018), D04, "text", facts=[
        F("ban hành 34 văn bản", 34, "documents_issued"),
        F("tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("quy tụ 27 thí sinh", 27, "contest_entries"),
        F("tổ chức 2.964 hội nghị học tập, quán triệt", 2964, "study_sessions"),
        F("cho 312.480 lượt cán bộ, đảng viên", 312480, "study_attendance",
          a="party_members"),
        F("đạt 96,2%", 96.2, "study_participation_rate"),
        F("tổ chức 215 buổi sinh hoạt thảo luận", 215, "party_cell_discussions", unit=Q3),
        F("duy trì 2 fanpage", 2, "social_pages", unit=TB, p=end_of(m9(2018))),
        F("148 nhóm Zalo", 148, "chat_groups", unit=TB, p=end_of(m9(2018))),
        F("gần 21.000 thành viên", 21000, "chat_group_members", "at_most", unit=TB,
          p=inst(D04)),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns", unit=CC),
        F("mở 4 lớp bồi dưỡng lý luận chính trị", 4, "training_classes", unit=Q8),
        F("với 326 học viên", 326, "trainees", unit=Q8),
        F("giấy khen cho 7 báo cáo viên", 7, "commended_individuals", unit=Q8),
    ], traps=[("ngày 15-10-2018", 15), ("9 tháng năm 2018", 9), ("Chiều 12/10", 12),
              ("24 quận", 24), ("9 tháng qua", 9), ("khoảng 1.200 đại biểu", 1200),
              ("Thành phố năm 2018", 2018), ("5 thí sinh đạt giải", 5), ("Trung ương 7", 7),
              ("Quận 3", 3), ("9 tháng,", 9), ("chủ đề năm 2018", 2018), ("50 năm", 50),
              ("Mậu Thân 1968", 1968), ("Quận 8", 8), ("tháng 6", 6),
              ("Ban Chỉ đạo 35", 35), ("96 điểm", 96), ("Quận 10", 10), ("thứ 2/24", 2),
              ("ít nhất 1 hội nghị", 1), ("3 năm", 3)]),
    Doc("h55_05", T05, BT, term(2015, 2020), D05, "sidecar", meta={"date": D05}, facts=[
        F("ban hành 186 văn bản", 186, "documents_issued"),
        F("tổ chức 1.218 hội nghị, lớp học tập", 1218, "study_sessions"),
        F("xấp xỉ 154 nghìn lượt cán bộ, đảng viên", 154000, "study_attendance", "approx",
          a="party_members"),
        F("bình quân đạt 95,7%", 95.7, "study_participation_rate"),
        F("thực hiện 3.460 buổi nói chuyện", 3460, "oral_propaganda_sessions"),
        F("trên dưới 300 nghìn lượt người nghe", 300000, "propaganda_audience", "approx"),
        F("hiện có 62 báo cáo viên", 62, "reporters", p=inst(D05)),
        F("416 tuyên truyền viên", 416, "other", p=inst(D05)),
        F("mở 38 lớp sơ cấp lý luận chính trị", 38, "training_classes"),
        F("cho 3.127 học viên", 3127, "trainees"),
        F("thu hút 48.215 lượt người dự thi", 48215, "contest_entries"),
    ], traps=[("lần thứ XII", 12), ("nhiệm kỳ 2020 – 2025", 2020), ("từ ngày 13", 13),
              ("15/7/2020", 15), ("số 6 Phan Đăng Lưu", 6), ("hơn 11.000 đảng viên", 11000),
              ("52 tổ chức cơ sở đảng", 52), ("Nhiệm kỳ 2015 – 2020", 2015),
              ("90 năm", 90), ("Nhiệm kỳ 2020 – 2025", 2020), ("100% chi bộ", 100),
              ("không dưới 500 buổi", 500), ("đến năm 2025", 2025),
              ("80 báo cáo viên", 80), ("phiên thứ 2", 2)]),
    Doc("h55_06", T06, GV, h1(2022), D06, "text", facts=[
        F("04 hội nghị cấp quận học tập, quán triệt", 4, "study_sessions"),
        F("318 lớp ở chi bộ", 318, "study_sessions"),
        F("với 24.516 lượt cán bộ, đảng viên", 24516, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,9%", 96.9, "study_participation_rate"),
        F("Treo 860 băng rôn", 860, "other"),
        F("chạy 212 lượt", 212, "other"),
        F("35 – 40 buổi nói chuyện", 35, "oral_propaganda_sessions", "at_least"),
        F("hơn 4.000 lượt người nghe", 4000, "propaganda_audience", "at_least"),
        F("lượt dự thi: 15.284", 15284, "contest_entries"),
        F("Báo cáo dư luận xã hội: 24 định kỳ", 24, "opinion_reports"),
        F("6 đột xuất", 6, "opinion_reports"),
        F("quận có 1 trang thông tin điện tử", 1, "websites", p=inst("2022-06-15")),
        F("18 fanpage", 18, "social_pages", p=inst("2022-06-15")),
        F("642 nhóm Zalo", 642, "chat_groups", p=inst("2022-06-15")),
        F("khoảng 52 nghìn thành viên", 52000, "chat_group_members", "approx", p=inst(D06)),
        F("đã đăng 3.450 tin, bài", 3450, "news_items"),
        F("giấy khen cho 5 báo cáo viên", 5, "commended_individuals"),
    ], traps=[("SỐ 06", 6), ("THÁNG 6/2022", 6), ("ngày 29/6/2022", 29),
              ("Covid-19", 19), ("Trung ương 4", 4), ("16 phường", 16),
              ("khoảng 58%", 58), ("ngày 15/6/2022", 15), ("phường 10", 10),
              ("hẻm 18 Quang Trung", 18), ("63 tuổi", 63), ("tổ dân phố 41", 41),
              ("6 THÁNG CUỐI NĂM", 6), ("2 đợt", 2), ("77 năm", 77), ("Quốc khánh 2/9", 2),
              ("Mở 1 lớp", 1), ("80 cộng tác viên", 80), ("19 Quang Trung", 19),
              ("028.3894.1520", 28)]),
    Doc("h55_07", T07, CC, Y24, D07, "text", facts=[
        F("cấp huyện | 5", 5, "study_sessions", p=Y23),
        F("cấp huyện | 5 | 7", 7, "study_sessions"),
        F("ở cơ sở | 412", 412, "study_sessions", p=Y23),
        F("ở cơ sở | 412 | 468", 468, "study_sessions"),
        F("dự học | 14.930", 14930, "study_attendance", a="party_members", p=Y23),
        F("dự học | 14.930 | 15.207", 15207, "study_attendance", a="party_members"),
        F("(%) | 95,4", 95.4, "study_participation_rate", p=Y23),
        F("(%) | 95,4 | 96,35", 96.35, "study_participation_rate"),
        F("miệng | 1.126", 1126, "oral_propaganda_sessions", p=Y23),
        F("miệng | 1.126 | 1.304", 1304, "oral_propaganda_sessions"),
        F("khu phố | 498", 498, "chat_groups", p=end_of(Y23)),
        F("khu phố | 498 | 531", 531, "chat_groups", p=end_of(Y24)),
        F("ban hành 29 văn bản", 29, "documents_issued"),
        F("có 63 thí sinh", 63, "contest_entries"),
        F("Huyện có 1 trang thông tin điện tử", 1, "websites", p=end_of(Y24)),
        F("24 fanpage", 24, "social_pages", p=end_of(Y24)),
        F("phát hành đúng 12 số", 12, "news_items"),
        F("là 1,2 tỷ đồng", 1200000000, "other"),
        F("hiện có 84 đồng chí", 84, "opinion_collaborators", p=inst(D07)),
        F("đã gửi 46 báo cáo", 46, "opinion_reports"),
        F("tổ chức 14 buổi nói chuyện", 14, "oral_propaganda_sessions"),
    ], traps=[("Số 318-BC/BTGHU", 318), ("ngày 18 tháng 12 năm 2024", 18),
              ("khoảng 480 nghìn dân", 480000), ("80 năm", 80), ("22/12/1944", 22),
              ("22/12/2024", 22), ("nhiệm kỳ 2025 – 2030", 2025), ("Năm 2023", 2023),
              ("| 7 | +2", 2), ("+56", 56), ("+277", 277), ("+0,95", 0.95), ("+178", 178),
              ("+33", 33), ("cụm thi đua | 3", 3), ("| 3 | 2", 2), ("21 xã", 21),
              ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("(21 của xã", 21),
              ("3 của các đoàn thể", 3), ("Năm 2025", 2025), ("100% hội nghị", 100),
              ("ít nhất 560 nhóm", 560),
              ("Vành đai 3", 3), ("hơn 2 triệu lượt du khách", 2000000)]),
]
