"""holdout48, part 3: communes of Hanoi's west after the 2025-07-01 reform (Xã Quốc Oai, Xã Minh
Châu, Xã Bất Bạt, Xã Yên Bài), a Ho Chi Minh City ward in 2026 (Phường Bàn Cờ) and a Ho Chi
Minh City district before the reform (Huyện Cần Giờ, 2016).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(tests/eval/holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without
reading or running the extractor. The texts are invented.

Decisions taken where the guide leaves room (this file):
- A commune's report under "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI / ĐẢNG ỦY XÃ QUỐC OAI" is the commune's;
  the communes it was made from and its party cells and members are its structure (traps).
- "Tính đến 30/9/2025" dates the stocks of its sentence; the next list line of stocks with no
  marker is an instant at the quarter's end (the same day); "số người theo dõi fanpage ... hiện
  nay khoảng N" is followers at the document date.
- In the article with one section per commune (a heading "XÃ MINH CHÂU: ..." in capitals), each
  section's sentences are that commune's; "Từ ngày 1/7/2025 đến nay" runs to the dateline;
  "Trong 6 tháng" is the article's half-year.
- "40 – 45 buổi" is a range: the low bound, at_least.
- "lượt cử tri" at the propaganda meetings are an audience; the turnout and the polling areas are
  traps. Emoji list lines under "Một số kết quả chính:" read like "- ..."; the second ✅ line goes
  on from the first (the study's classes, attendances and rate).
- An official introduced with her title and later quoted by short name ("bà Nhung cho biết")
  speaks for the district; "14 lần ra xã đảo ... nói chuyện" counts sessions.
- Issues of a bulletin "phát hành đủ 12 số" are news_items; "mỗi số 1.500 bản" is per item.
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, quarter, since, year

QOX = W("Xã Quốc Oai", "01")
MCH, BBA, YBA = W("Xã Minh Châu", "01"), W("Xã Bất Bạt", "01"), W("Xã Yên Bài", "01")
BCO = W("Phường Bàn Cờ", "79")
CGI = U("Huyện Cần Giờ")

T09 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY XÃ QUỐC OAI
Số 12-BC/ĐU

Quốc Oai, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025

Xã Quốc Oai được thành lập trên cơ sở sắp xếp thị trấn Quốc Oai và 4 xã lân cận, đi vào hoạt động từ ngày 1/7/2025 theo mô hình chính quyền địa phương hai cấp. Đảng bộ xã có 58 chi bộ trực thuộc với hơn 3.500 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp xã: 01
- Lớp ở chi bộ: 54
- Đảng viên dự học: 3.418/3.560 đồng chí; tỷ lệ: 96,01%
b) Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ
- Hội nghị trực tuyến cấp xã: 02 (kết nối tới 24 điểm cầu thôn)
- Lượt cán bộ, đảng viên dự tại các điểm cầu: 2.964

2. Công tác tuyên truyền
• Tin, bài trên trang thông tin điện tử xã: 186; trên fanpage “Xã Quốc Oai”: 342
• Buổi tuyên truyền miệng về chính quyền địa phương hai cấp: 42 – lượt người nghe: khoảng 3.900
• Tờ gấp in và phát tới các thôn: 5.000
• Bài thu hoạch của đảng viên: 3.102 bài

3. Mạng lưới thông tin và dư luận xã hội
Tính đến 30/9/2025, xã có 1 trang thông tin điện tử, 2 fanpage và 46 nhóm Zalo thôn với 12.600 thành viên; số người theo dõi fanpage của xã hiện nay khoảng 8.400.
- Cộng tác viên dư luận xã hội: 15 đồng chí; báo cáo viên cấp xã: 9 đồng chí
- Báo cáo dư luận xã hội gửi Ban Tuyên giáo và Dân vận Thành ủy: 6

4. Thi đua, khen thưởng
Đảng ủy xã tặng giấy khen cho 4 tập thể và 9 cá nhân có thành tích trong đợt cao điểm tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

II. NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức học tập Nghị quyết Đại hội XVIII Đảng bộ Thành phố cho 100% đảng viên trong tháng 11.
- Mở 02 lớp bồi dưỡng nghiệp vụ cho khoảng 60 cán bộ thôn.
"""

T10 = """
Thứ Ba, ngày 30 tháng 12 năm 2025

Ba xã phía tây Thủ đô: Nửa năm đầu vận hành, tuyên giáo cơ sở không gián đoạn

Sáu tháng cuối năm 2025, các xã Minh Châu, Bất Bạt và Yên Bài đã nhanh chóng ổn định bộ máy, duy trì nền nếp công tác tuyên giáo ngay sau khi sắp xếp đơn vị hành chính.

XÃ MINH CHÂU: Nói chuyện thời sự giữa bãi sông

Minh Châu là xã đảo duy nhất của Thủ đô, nằm giữa sông Hồng, có khoảng 7.800 nhân khẩu. Từ ngày 1/7/2025 đến nay, Đảng ủy xã tổ chức 18 buổi nói chuyện thời sự tại các thôn, thu hút gần 2.100 lượt người nghe. Xã hiện có 5 nhóm Zalo thôn với 3.150 thành viên. “Nhà tôi cách bến đò 2 km, trước phải chờ loa, giờ mở điện thoại là có tin”, bà Phùng Thị Nga, 58 tuổi, nói.

XÃ BẤT BẠT: Học nghị quyết đến từng chi bộ

Trong 6 tháng, Đảng ủy xã tổ chức 2 hội nghị cấp xã và 31 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030, với 1.842 lượt đảng viên, đạt 95,7%. Xã cũng mở 1 lớp bồi dưỡng đảng viên mới cho 23 học viên. Cuộc thi ảnh “Bất Bạt – quê hương đổi mới” nhận 214 tác phẩm dự thi, trong đó 12 tác phẩm được chọn trưng bày.

XÃ YÊN BÀI: Giữ lửa ở vùng đồng bào Dao

Tại Yên Bài, các chi bộ tổ chức 40 – 45 buổi sinh hoạt chuyên đề về chủ đề năm 2025 của Thành phố. Fanpage của xã đăng 268 tin, bài, video clip giới thiệu du lịch cộng đồng và nông sản. Xã hiện có 7 cộng tác viên dư luận xã hội; trong 6 tháng, các cộng tác viên gửi 12 báo cáo nắm tình hình tư tưởng của Nhân dân. Đảng ủy xã khen thưởng 3 tập thể, 5 cá nhân tiêu biểu.

Năm 2026, ba xã phấn đấu mỗi thôn có ít nhất 1 nhóm Zalo và tổ chức tối đa 2 buổi nói chuyện thời sự mỗi tháng ở vùng sâu.
"""

T11 = """
Phường Bàn Cờ: Đưa Nghị quyết Đại hội XIV của Đảng vào cuộc sống

Quý I năm 2026, Đảng ủy phường Bàn Cờ tập trung học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, đồng thời tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031.

Phường Bàn Cờ được thành lập trên cơ sở các phường 1, 2, 3, 5 của Quận 3 cũ, với khoảng 52 nghìn người dân. Một số kết quả chính:

✅ 01 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội XIV
✅ 61 lớp ở các chi bộ, với 3.846 lượt cán bộ, đảng viên, đạt 97,3%
✅ 48 buổi tuyên truyền miệng về bầu cử tại các khu phố, thu hút khoảng 4.700 lượt cử tri
✅ Treo 420 băng rôn, cờ phướn
✅ 215 tin, bài, video trên fanpage “Phường Bàn Cờ”

Phường hiện có 1 fanpage với gần 18.000 người theo dõi và 39 nhóm Zalo khu phố, số thành viên hiện nay khoảng 9.600 người. Trong quý, các sản phẩm số của phường có lượt tiếp cận ước đạt 1,2 triệu.

Bà Trần Ngọc Diễm, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Trong quý, phường đã khen thưởng 5 tập thể và 11 cá nhân tiêu biểu trong công tác bầu cử. Đội ngũ 14 cộng tác viên dư luận xã hội gửi 9 báo cáo về tình hình tư tưởng, dư luận trước và sau ngày bầu cử.”

Ngày 15/3/2026, tỷ lệ cử tri đi bầu của phường đạt 99,52%; phường chia địa bàn thành 18 khu vực bỏ phiếu.

“Tổ tôi 74 hộ, sáng bầu cử chưa tới 9 giờ là đi đủ”, ông Lâm Văn Sáu, tổ trưởng tổ dân phố 27, kể.

Quý II, phường dự kiến mở 2 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho cán bộ khu phố. Mọi ý kiến xin gửi về Đảng ủy phường, số 185 Cách Mạng Tháng Tám, hoặc điện thoại 028.3930.6417.
"""

T12 = """
Huyện Cần Giờ: Đưa thông tin đến xã đảo

Cập nhật 05/01/2017 08:40

(Thanhuytphcm.vn) - Ngày 4/1, Huyện ủy Cần Giờ tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016, triển khai nhiệm vụ năm 2017.

Cần Giờ có 7 xã, thị trấn với hơn 74 nghìn dân, diện tích khoảng 704 km², phần lớn là rừng ngập mặn. Theo bà Lê Thị Hồng Nhung, Trưởng ban Tuyên giáo Huyện ủy Cần Giờ, năm 2016 huyện tổ chức 28 hội nghị học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố cho 4.912 lượt cán bộ, đảng viên và 1.386 lượt quần chúng.

Trong đợt bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp nhiệm kỳ 2016 – 2021, các xã, thị trấn tổ chức 96 buổi tuyên truyền với khoảng 8.400 lượt cử tri. “Báo cáo viên của huyện đã 14 lần ra xã đảo Thạnh An nói chuyện thời sự, mỗi lần đi về mất gần 3 giờ đò”, bà Nhung cho biết.

Trung tâm Bồi dưỡng chính trị huyện mở mười hai lớp sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới với 496 học viên. Đội ngũ báo cáo viên huyện hiện có 31 đồng chí. Cuộc thi tìm hiểu Hiến pháp năm 2013 thu hút 2.318 bài dự thi. Huyện phát hành đủ 12 số Bản tin Sinh hoạt chi bộ, mỗi số 1.500 bản.

Công tác nắm bắt dư luận xã hội được chú trọng: các cộng tác viên của huyện gửi 26 báo cáo định kỳ về tâm trạng của ngư dân trước tình trạng sạt lở ở khu vực bãi biển 30/4. Dịp này, Huyện ủy tặng giấy khen cho 6 tập thể, 10 cá nhân có thành tích trong công tác tuyên giáo.

“Đi biển 15 đến 20 ngày mới về, nhưng về tới nhà là mở loa nghe tin ngay”, anh Trần Văn Bé, ngư dân xã Long Hòa, nói.

Năm 2017, huyện phấn đấu 95% đảng viên tham gia học tập nghị quyết và sẽ lắp thêm 20 cụm loa ở các ấp ven biển.
"""

D09, D10, D11, D12 = "2025-10-06", "2025-12-30", "2026-04-06", "2017-01-05"
Q3_25 = quarter(3, 2025)

DOCS = [
    Doc("h48_09", T09, QOX, Q3_25, D09, "text", facts=[
        F("Hội nghị cấp xã: 01", 1, "study_sessions"),
        F("Lớp ở chi bộ: 54", 54, "study_sessions"),
        F("Đảng viên dự học: 3.418/3.560 đồng chí", 3418, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 96,01%", 96.01, "study_participation_rate"),
        F("Hội nghị trực tuyến cấp xã: 02", 2, "study_sessions"),
        F("dự tại các điểm cầu: 2.964", 2964, "study_attendance", a="party_members"),
        F("trang thông tin điện tử xã: 186", 186, "news_items"),
        F("“Xã Quốc Oai”: 342", 342, "news_items"),
        F("hai cấp: 42", 42, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 3.900", 3900, "propaganda_audience", "approx"),
        F("Tờ gấp in và phát tới các thôn: 5.000", 5000, "other"),
        F("Bài thu hoạch của đảng viên: 3.102 bài", 3102, "other"),
        F("xã có 1 trang thông tin điện tử", 1, "websites", p=inst("2025-09-30")),
        F("2 fanpage", 2, "social_pages", p=inst("2025-09-30")),
        F("46 nhóm Zalo thôn", 46, "chat_groups", p=inst("2025-09-30")),
        F("với 12.600 thành viên", 12600, "chat_group_members", p=inst("2025-09-30")),
        F("hiện nay khoảng 8.400", 8400, "propaganda_audience", "approx", p=inst(D09)),
        F("Cộng tác viên dư luận xã hội: 15 đồng chí", 15, "opinion_collaborators",
          p=end_of(Q3_25)),
        F("báo cáo viên cấp xã: 9 đồng chí", 9, "reporters", p=end_of(Q3_25)),
        F("Dân vận Thành ủy: 6", 6, "opinion_reports"),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể và 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 12-BC/ĐU", 12), ("1. Học tập", 1), ("2. Công tác tuyên truyền", 2),
              ("3. Mạng lưới", 3), ("4. Thi đua", 4), ("ngày 06 tháng 10 năm 2025", 6),
              ("quý III năm 2025", 3), ("4 xã lân cận", 4), ("ngày 1/7/2025", 1),
              ("58 chi bộ trực thuộc", 58), ("hơn 3.500 đảng viên", 3500),
              ("lần thứ I", 1), ("nhiệm kỳ 2025 – 2030", 2025),
              ("Nghị quyết số 57-NQ/TW", 57), ("24 điểm cầu", 24),
              ("Tính đến 30/9/2025", 30), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("QUÝ IV NĂM 2025", 4), ("Đại hội XVIII", 18), ("100% đảng viên", 100),
              ("tháng 11", 11), ("Mở 02 lớp", 2), ("khoảng 60 cán bộ", 60)]),
    Doc("h48_10", T10, MCH, h2(2025), D10, "text", facts=[
        F("tổ chức 18 buổi nói chuyện thời sự", 18, "oral_propaganda_sessions",
          p=since("2025-07-01", D10)),
        F("gần 2.100 lượt người nghe", 2100, "propaganda_audience", "at_most",
          p=since("2025-07-01", D10)),
        F("hiện có 5 nhóm Zalo", 5, "chat_groups", p=inst(D10)),
        F("với 3.150 thành viên", 3150, "chat_group_members", p=inst(D10)),
        F("tổ chức 2 hội nghị cấp xã", 2, "study_sessions", unit=BBA),
        F("31 lớp ở các chi bộ", 31, "study_sessions", unit=BBA),
        F("với 1.842 lượt đảng viên", 1842, "study_attendance", a="party_members", unit=BBA),
        F("đạt 95,7%", 95.7, "study_participation_rate", unit=BBA),
        F("mở 1 lớp bồi dưỡng đảng viên mới", 1, "training_classes", unit=BBA),
        F("cho 23 học viên", 23, "trainees", unit=BBA),
        F("nhận 214 tác phẩm dự thi", 214, "contest_entries", unit=BBA),
        F("tổ chức 40 – 45 buổi sinh hoạt chuyên đề", 40, "party_cell_discussions",
          "at_least", unit=YBA),
        F("đăng 268 tin, bài", 268, "news_items", unit=YBA),
        F("hiện có 7 cộng tác viên", 7, "opinion_collaborators", unit=YBA, p=inst(D10)),
        F("gửi 12 báo cáo nắm tình hình tư tưởng", 12, "opinion_reports", unit=YBA),
        F("khen thưởng 3 tập thể", 3, "commended_collectives", unit=YBA),
        F("3 tập thể, 5 cá nhân", 5, "commended_individuals", unit=YBA),
    ], traps=[("ngày 30 tháng 12 năm 2025", 30), ("Sáu tháng cuối năm 2025", 6),
              ("khoảng 7.800 nhân khẩu", 7800), ("Từ ngày 1/7/2025", 1), ("2 km", 2),
              ("58 tuổi", 58), ("Trong 6 tháng", 6), ("lần thứ I", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("12 tác phẩm được chọn", 12),
              ("chủ đề năm 2025", 2025), ("trong 6 tháng", 6), ("Năm 2026", 2026),
              ("ít nhất 1 nhóm Zalo", 1), ("tối đa 2 buổi", 2)]),
    Doc("h48_11", T11, BCO, quarter(1, 2026), D11, "sidecar", meta={"date": D11}, facts=[
        F("✅ 01 hội nghị cấp phường", 1, "study_sessions"),
        F("✅ 61 lớp ở các chi bộ", 61, "study_sessions"),
        F("với 3.846 lượt cán bộ, đảng viên", 3846, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("✅ 48 buổi tuyên truyền miệng", 48, "oral_propaganda_sessions"),
        F("khoảng 4.700 lượt cử tri", 4700, "propaganda_audience", "approx"),
        F("Treo 420 băng rôn", 420, "other"),
        F("✅ 215 tin, bài, video", 215, "news_items"),
        F("hiện có 1 fanpage", 1, "social_pages", p=inst(D11)),
        F("gần 18.000 người theo dõi", 18000, "propaganda_audience", "at_most", p=inst(D11)),
        F("39 nhóm Zalo khu phố", 39, "chat_groups", p=inst(D11)),
        F("hiện nay khoảng 9.600 người", 9600, "chat_group_members", "approx", p=inst(D11)),
        F("ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 11 cá nhân", 11, "commended_individuals"),
        F("Đội ngũ 14 cộng tác viên", 14, "opinion_collaborators",
          p=end_of(quarter(1, 2026))),
        F("gửi 9 báo cáo về tình hình tư tưởng", 9, "opinion_reports"),
    ], traps=[("Đại hội XIV", 14), ("Quý I năm 2026", 1), ("lần thứ XIV", 14),
              ("khóa XVI", 16), ("nhiệm kỳ 2026 – 2031", 2026), ("phường 1, 2, 3, 5", 1),
              ("Quận 3", 3), ("khoảng 52 nghìn người dân", 52000), ("Ngày 15/3/2026", 15),
              ("99,52%", 99.52), ("18 khu vực bỏ phiếu", 18), ("74 hộ", 74),
              ("9 giờ", 9), ("tổ dân phố 27", 27), ("Quý II", 2), ("mở 2 lớp", 2),
              ("số 185 Cách Mạng Tháng Tám", 185), ("028.3930.6417", 28)]),
    Doc("h48_12", T12, CGI, year(2016), D12, "text", facts=[
        F("tổ chức 28 hội nghị học tập, quán triệt", 28, "study_sessions"),
        F("cho 4.912 lượt cán bộ, đảng viên", 4912, "study_attendance", a="party_members"),
        F("1.386 lượt quần chúng", 1386, "study_attendance", a="masses"),
        F("tổ chức 96 buổi tuyên truyền", 96, "oral_propaganda_sessions"),
        F("khoảng 8.400 lượt cử tri", 8400, "propaganda_audience", "approx"),
        F("đã 14 lần ra xã đảo", 14, "oral_propaganda_sessions"),
        F("mở mười hai lớp sơ cấp", 12, "training_classes"),
        F("với 496 học viên", 496, "trainees"),
        F("hiện có 31 đồng chí", 31, "reporters", p=inst(D12)),
        F("thu hút 2.318 bài dự thi", 2318, "contest_entries"),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("gửi 26 báo cáo định kỳ", 26, "opinion_reports"),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể, 10 cá nhân", 10, "commended_individuals"),
    ], traps=[("Cập nhật 05/01/2017 08:40", 5), ("Ngày 4/1", 4), ("năm 2016", 2016),
              ("năm 2017", 2017), ("7 xã, thị trấn", 7), ("hơn 74 nghìn dân", 74000),
              ("khoảng 704 km²", 704), ("Đại hội XII", 12), ("Đại hội X", 10),
              ("khóa XIV", 14), ("nhiệm kỳ 2016 – 2021", 2016), ("gần 3 giờ", 3),
              ("Hiến pháp năm 2013", 2013), ("mỗi số 1.500 bản", 1500),
              ("15 đến 20 ngày", 15), ("Năm 2017", 2017), ("95% đảng viên", 95),
              ("thêm 20 cụm loa", 20),
              ("bãi biển 30/4", 30)]),
]
