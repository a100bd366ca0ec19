"""Held-out set holdout41, part 2: Ho Chi Minh City districts before 2025-07-01 (Quận 3 in
a terse quarterly summary 2023, a city-level article with a table 2024, Củ Chi and Nhà Bè in
sections 2017).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without
reading or running the extractor. Decisions: see h411_hanoi_districts.py; in addition:
- A table's three columns are three districts (Q.10, Gò Vấp, Bình Thạnh); its lead-in line
  ("Kết quả học tập, quán triệt ...:") makes "Hội nghị cấp quận" and "Số lớp ở cơ sở" study
  sessions and "Lượt quần chúng dự nghe" study attendances (masses).
- City bodies in a city-level article (Ban Tuyên giáo Thành ủy) are the province.
- "khoảng 58%" of a contest's entrants who were youth is who made up the count (a trap).
"""
from build_gold import Doc, F, U, end_of, inst, m9, quarter, year

HCM = U("79")
Q3, Q10 = U("Quận 3"), U("Quận 10")
GVAP, BTHANH = U("Quận Gò Vấp"), U("Quận Bình Thạnh")
CCHI, NBE = U("Huyện Củ Chi"), U("Huyện Nhà Bè")

T04 = """
QUẬN ỦY QUẬN 3
BAN TUYÊN GIÁO
***
Q3, ngày 02/10/2023

TÓM TẮT KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ III/2023
(phục vụ giao ban Cụm thi đua số 1)

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
- Hội nghị cấp quận: 01 (Kết luận 57-KL/TW, Kết luận 21-KL/TW)
- Lớp ở cơ sở (12 đảng bộ phường, 43 chi, đảng bộ cơ sở): 138
- Lượt CB, ĐV dự: 9.846; tỷ lệ: 96,05%
- Lượt quần chúng dự nghe: 1.212
- Số ĐV chưa tham gia: 406 (đi công tác, ốm đau)

B. TUYÊN TRUYỀN
- Buổi nói chuyện chuyên đề, thời sự: 64 – lượt người nghe: gần 5.300
- Tin, bài trên Cổng TTĐT quận: 318; trên fanpage “Quận 3 – Tin tức”: 402
- Băng rôn, khẩu hiệu kỷ niệm 78 năm Cách mạng tháng Tám và Quốc khánh 2/9: 860
- Lượt xe loa tuyên truyền lưu động: 45

C. DƯ LUẬN XÃ HỘI
- CTV DLXH: 36 đồng chí (tính đến 30/9/2023)
- Báo cáo DLXH gửi BTG Thành ủy: 13 định kỳ, 04 đột xuất

D. MẠNG XÃ HỘI
- Nhóm Zalo khu phố: 213 nhóm; thành viên: khoảng 27.400

E. KHEN THƯỞNG
- Tập thể được BTV Quận ủy tặng giấy khen: 05; cá nhân: 11

F. BỒI DƯỠNG, HỘI THI
- Lớp bồi dưỡng đảng viên mới: 02; học viên: 94 người
- Hội thi “Tuyên truyền viên giỏi” cấp quận – thí sinh: 27

Ghi chú: Q.3 xếp thứ 2/24 trong Cụm thi đua số 1 về tiến độ học tập KL 57. Đầu mối: đ/c Minh, chuyên viên BTG, ĐT 028.3930.1745, số 99 Trần Quốc Thảo, phường Võ Thị Sáu.

NHIỆM VỤ QUÝ IV/2023
- Tổ chức 02 hội nghị BCV; hoàn thành học tập KL 57 với trên 95% ĐV tham gia.
- Phát động cuộc thi “Tìm hiểu 94 năm Ngày thành lập Đảng”, chỉ tiêu 3.000 bài dự thi.
- Rà soát, bổ sung 10 CTV DLXH cho các phường có nhiều chung cư cũ.
"""

T05 = """
TPHCM: Ba quận cửa ngõ nâng chất việc học tập nghị quyết năm 2024

Cập nhật 27/12/2024 16:40

(Thanhuytphcm.vn) – Chiều 26/12, Ban Tuyên giáo Thành ủy TPHCM tổ chức giao ban công tác tuyên giáo năm 2024 với Cụm thi đua số 3, gồm Q.10, Gò Vấp và Bình Thạnh.

Theo báo cáo, năm 2024 Ban Tuyên giáo Thành ủy đã tham mưu Thường trực Thành ủy ban hành 34 văn bản hướng dẫn, tổ chức 3 hội nghị báo cáo viên Thành phố (trực tiếp kết hợp trực tuyến tới 312 điểm cầu) và phát hành đủ 12 số Bản tin Sinh hoạt chi bộ, mỗi số 48 trang. Cuộc thi trực tuyến “Tìm hiểu 49 năm Ngày giải phóng miền Nam, thống nhất đất nước” do Ban chủ trì thu hút 412.865 lượt người dự thi, trong đó đoàn viên, thanh niên chiếm khoảng 58%.

Kết quả học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII và Kết luận 01-KL/TW của ba quận trong năm:

Chỉ tiêu | Q.10 | Gò Vấp | Bình Thạnh
Hội nghị cấp quận | 3 | 4 | 2
Số lớp ở cơ sở | 286 | 512 | 471
Lượt cán bộ, đảng viên dự học | 18.904 | 31.275 | 29.618
Tỷ lệ đảng viên tham gia (%) | 96,81 | 95,47 | 97,2
Lượt quần chúng dự nghe | 2.350 | 6.118 | 4.902
Số đảng viên chưa tham gia | 614 | 1.480 | 838

Bên cạnh đó, mỗi quận có cách làm riêng. Quận 10 duy trì 1 trang thông tin điện tử và 12 fanpage của Quận ủy, các phường, đoàn thể; trong năm đăng 2.140 tin, bài, video. Quận Gò Vấp, nơi có 16 phường với hơn 670 nghìn dân, tổ chức 246 buổi thảo luận chi bộ về chuyên đề năm 2024 của Thành phố. Quận Bình Thạnh phát động hai đợt sinh hoạt chính trị về học tập và làm theo gương Bác, tặng giấy khen cho 8 tập thể, 21 cá nhân tiêu biểu.

“Điểm mới năm nay là các quận đưa tài liệu nghị quyết lên nhóm Zalo khu phố, đảng viên lớn tuổi không đến hội trường được vẫn học được”, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy nhận xét. Tuy nhiên, tỷ lệ đảng viên chưa tham gia ở một số phường đông dân, có nhiều chung cư, còn cao.

Năm 2025, Thành phố đặt mục tiêu 100% chi bộ khu phố có nhóm Zalo và 100% báo cáo viên được bồi dưỡng kỹ năng số; dự kiến tổ chức 4 hội nghị báo cáo viên Thành phố.
"""

T06 = """
Củ Chi, Nhà Bè: Sơ kết 9 tháng công tác tuyên giáo năm 2017

Trong tuần qua, Huyện ủy Củ Chi và Huyện ủy Nhà Bè lần lượt tổ chức hội nghị sơ kết công tác tuyên giáo 9 tháng năm 2017, triển khai nhiệm vụ quý IV.

* Huyện Củ Chi

Chín tháng qua, Ban Tuyên giáo Huyện ủy Củ Chi tham mưu tổ chức 6 hội nghị cấp huyện học tập, quán triệt Nghị quyết Trung ương 5 khóa XII về phát triển kinh tế tư nhân và Chỉ thị 05-CT/TW; 21 xã, thị trấn tổ chức tiếp 418 lớp ở chi bộ ấp, khu phố với 16.702 lượt cán bộ, đảng viên (đạt 95,9%) và 5.830 lượt quần chúng.

Trung tâm Bồi dưỡng chính trị huyện mở mười hai lớp (sơ cấp lý luận chính trị, đảng viên mới, cảm tình đảng) với 1.086 học viên. Huyện hiện có 47 báo cáo viên; trong 9 tháng tổ chức ba hội nghị báo cáo viên để cung cấp thông tin thời sự, định hướng dư luận.

Tại Khu di tích địa đạo Củ Chi, nơi mỗi năm đón hơn 1,5 triệu lượt khách, huyện phối hợp tổ chức 24 buổi nói chuyện truyền thống cho học sinh, đoàn viên, thu hút khoảng 6.500 lượt người nghe. “Nhiều em lần đầu nghe kể chuyện các chiến sĩ ăn, ngủ dưới địa đạo suốt 20 năm”, bà Sáu Nhỏ, hướng dẫn viên 64 tuổi, kể.

* Huyện Nhà Bè

Ban Thường vụ Huyện ủy Nhà Bè ban hành 19 văn bản chỉ đạo công tác tư tưởng; các chi bộ tổ chức 312 buổi sinh hoạt chuyên đề gắn với học tập và làm theo Bác. Mạng lưới 29 cộng tác viên dư luận xã hội gửi 36 báo cáo về tâm tư của người dân vùng dự án Khu đô thị cảng Hiệp Phước (diện tích khoảng 3.900 ha) và đường Nguyễn Hữu Thọ.

Cuộc thi tìm hiểu 42 năm Ngày giải phóng miền Nam do huyện tổ chức nhận 2.416 bài dự thi; 10 bài xuất sắc nhất được trao giải ngày 28/4. Huyện ủy tặng giấy khen cho 4 tập thể và 9 cá nhân tiêu biểu. Quý IV, Nhà Bè dự kiến tổ chức 2 lớp tập huấn kỹ năng viết tin cho 120 cộng tác viên.
"""

D04, D05, D06 = "2023-10-02", "2024-12-27", "2017-10-06"
P06 = m9(2017)

DOCS = [
    Doc("h41_04", T04, Q3, quarter(3, 2023), D04, "text", facts=[
        F("- Hội nghị cấp quận: 01", 1, "study_sessions"),
        F("đảng bộ cơ sở): 138", 138, "study_sessions"),
        F("Lượt CB, ĐV dự: 9.846", 9846, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,05%", 96.05, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.212", 1212, "study_attendance", a="masses"),
        F("Số ĐV chưa tham gia: 406", 406, "other"),
        F("Buổi nói chuyện chuyên đề, thời sự: 64", 64, "oral_propaganda_sessions"),
        F("lượt người nghe: gần 5.300", 5300, "propaganda_audience", "at_most"),
        F("Cổng TTĐT quận: 318", 318, "news_items"),
        F("Tin tức”: 402", 402, "news_items"),
        F("Quốc khánh 2/9: 860", 860, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 45", 45, "other"),
        F("CTV DLXH: 36 đồng chí", 36, "opinion_collaborators", p=inst("2023-09-30")),
        F("Thành ủy: 13 định kỳ", 13, "opinion_reports"),
        F("04 đột xuất", 4, "opinion_reports"),
        F("Nhóm Zalo khu phố: 213 nhóm", 213, "chat_groups", p=end_of(quarter(3, 2023))),
        F("thành viên: khoảng 27.400", 27400, "chat_group_members", "approx",
          p=end_of(quarter(3, 2023))),
        F("tặng giấy khen: 05", 5, "commended_collectives"),
        F("cá nhân: 11", 11, "commended_individuals"),
        F("Lớp bồi dưỡng đảng viên mới: 02", 2, "training_classes"),
        F("học viên: 94 người", 94, "trainees"),
        F("cấp quận – thí sinh: 27", 27, "contest_entries"),
    ], traps=[("QUẬN ỦY QUẬN 3", 3), ("Q3", 3), ("ngày 02/10/2023", 2),
              ("QUÝ III/2023", 2023), ("Cụm thi đua số 1", 1), ("57-KL/TW", 57),
              ("21-KL/TW", 21), ("12 đảng bộ phường", 12), ("43 chi, đảng bộ", 43),
              ("Quận 3 – Tin tức", 3), ("78 năm", 78), ("tính đến 30/9/2023", 30),
              ("Q.3", 3), ("thứ 2/24", 2), ("KL 57", 57), ("028.3930.1745", 28),
              ("số 99 Trần Quốc Thảo", 99), ("QUÝ IV/2023", 2023), ("Tổ chức 02 hội nghị", 2),
              ("trên 95%", 95), ("94 năm", 94), ("3.000 bài dự thi", 3000),
              ("bổ sung 10 CTV", 10)]),
    Doc("h41_05", T05, HCM, year(2024), D05, "text", facts=[
        F("ban hành 34 văn bản hướng dẫn", 34, "documents_issued"),
        F("tổ chức 3 hội nghị báo cáo viên Thành phố", 3, "reporter_conferences"),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("thu hút 412.865 lượt người dự thi", 412865, "contest_entries"),
        F("Hội nghị cấp quận | 3 | 4 | 2", 3, "study_sessions", unit=Q10),
        F("Hội nghị cấp quận | 3 | 4 | 2", 4, "study_sessions", unit=GVAP),
        F("Hội nghị cấp quận | 3 | 4 | 2", 2, "study_sessions", unit=BTHANH),
        F("Số lớp ở cơ sở | 286 | 512 | 471", 286, "study_sessions", unit=Q10),
        F("Số lớp ở cơ sở | 286 | 512 | 471", 512, "study_sessions", unit=GVAP),
        F("Số lớp ở cơ sở | 286 | 512 | 471", 471, "study_sessions", unit=BTHANH),
        F("dự học | 18.904 | 31.275 | 29.618", 18904, "study_attendance",
          a="party_members", unit=Q10),
        F("dự học | 18.904 | 31.275 | 29.618", 31275, "study_attendance",
          a="party_members", unit=GVAP),
        F("dự học | 18.904 | 31.275 | 29.618", 29618, "study_attendance",
          a="party_members", unit=BTHANH),
        F("(%) | 96,81 | 95,47 | 97,2", 96.81, "study_participation_rate", unit=Q10),
        F("(%) | 96,81 | 95,47 | 97,2", 95.47, "study_participation_rate", unit=GVAP),
        F("(%) | 96,81 | 95,47 | 97,2", 97.2, "study_participation_rate", unit=BTHANH),
        F("dự nghe | 2.350 | 6.118 | 4.902", 2350, "study_attendance", a="masses", unit=Q10),
        F("dự nghe | 2.350 | 6.118 | 4.902", 6118, "study_attendance", a="masses",
          unit=GVAP),
        F("dự nghe | 2.350 | 6.118 | 4.902", 4902, "study_attendance", a="masses",
          unit=BTHANH),
        F("chưa tham gia | 614 | 1.480 | 838", 614, "other", unit=Q10),
        F("chưa tham gia | 614 | 1.480 | 838", 1480, "other", unit=GVAP),
        F("chưa tham gia | 614 | 1.480 | 838", 838, "other", unit=BTHANH),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", unit=Q10,
          p=end_of(year(2024))),
        F("12 fanpage của Quận ủy", 12, "social_pages", unit=Q10, p=end_of(year(2024))),
        F("đăng 2.140 tin, bài, video", 2140, "news_items", unit=Q10),
        F("tổ chức 246 buổi thảo luận chi bộ", 246, "party_cell_discussions", unit=GVAP),
        F("phát động hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=BTHANH),
        F("giấy khen cho 8 tập thể", 8, "commended_collectives", unit=BTHANH),
        F("8 tập thể, 21 cá nhân", 21, "commended_individuals", unit=BTHANH),
    ], traps=[("27/12/2024", 27), ("16:40", 16), ("Chiều 26/12", 26), ("năm 2024", 2024),
              ("Cụm thi đua số 3", 3), ("Q.10", 10), ("312 điểm cầu", 312),
              ("mỗi số 48 trang", 48), ("49 năm", 49), ("khoảng 58%", 58),
              ("Trung ương 8", 8), ("01-KL/TW", 1), ("Quận 10", 10), ("16 phường", 16),
              ("hơn 670 nghìn dân", 670000), ("Năm 2025", 2025), ("100% chi bộ", 100),
              ("100% báo cáo viên", 100), ("tổ chức 4 hội nghị", 4)]),
    Doc("h41_06", T06, None, P06, D06, "sidecar", meta={"date": D06}, facts=[
        F("tổ chức 6 hội nghị cấp huyện", 6, "study_sessions", unit=CCHI),
        F("tổ chức tiếp 418 lớp", 418, "study_sessions", unit=CCHI),
        F("16.702 lượt cán bộ, đảng viên", 16702, "study_attendance", a="party_members",
          unit=CCHI),
        F("(đạt 95,9%)", 95.9, "study_participation_rate", unit=CCHI),
        F("5.830 lượt quần chúng", 5830, "study_attendance", a="masses", unit=CCHI),
        F("mở mười hai lớp", 12, "training_classes", unit=CCHI),
        F("với 1.086 học viên", 1086, "trainees", unit=CCHI),
        F("hiện có 47 báo cáo viên", 47, "reporters", unit=CCHI, p=inst(D06)),
        F("ba hội nghị báo cáo viên", 3, "reporter_conferences", unit=CCHI),
        F("tổ chức 24 buổi nói chuyện truyền thống", 24, "oral_propaganda_sessions",
          unit=CCHI),
        F("khoảng 6.500 lượt người nghe", 6500, "propaganda_audience", "approx", unit=CCHI),
        F("ban hành 19 văn bản", 19, "documents_issued", unit=NBE),
        F("tổ chức 312 buổi sinh hoạt chuyên đề", 312, "party_cell_discussions", unit=NBE),
        F("Mạng lưới 29 cộng tác viên", 29, "opinion_collaborators", unit=NBE,
          p=end_of(P06)),
        F("gửi 36 báo cáo về tâm tư", 36, "opinion_reports", unit=NBE),
        F("nhận 2.416 bài dự thi", 2416, "contest_entries", unit=NBE),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives", unit=NBE),
        F("4 tập thể và 9 cá nhân", 9, "commended_individuals", unit=NBE),
    ], traps=[("9 tháng công tác", 9), ("9 tháng năm 2017", 9), ("Trung ương 5", 5),
              ("05-CT/TW", 5), ("21 xã, thị trấn", 21), ("trong 9 tháng", 9),
              ("hơn 1,5 triệu lượt khách", 1500000), ("suốt 20 năm", 20), ("64 tuổi", 64),
              ("khoảng 3.900 ha", 3900), ("42 năm", 42), ("10 bài xuất sắc nhất", 10),
              ("ngày 28/4", 28), ("tổ chức 2 lớp tập huấn", 2), ("cho 120 cộng tác viên", 120)]),
]
