"""Held-out set holdout51, part 2: Hanoi, before and after the 1 July 2025 reform.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without reading or
running the extractor or any other eval set. Decisions: see h511_hcm_reform.py; in addition:
- A measures table ("Hình thức | Số buổi, sản phẩm | Lượt người tiếp cận"): the first column's
  indicator is read with the row's label (oral sessions, news items, banners = `other`), the
  second column is propaganda_audience; a dash cell is no number.
- A units table ("Chỉ tiêu | Ba Đình | Hoàn Kiếm | Tây Hồ"): each column is its district's, the
  rank row is a trap.
- "1.105/1.160 đảng viên đã hoàn thành chương trình học tập" is a study attendance (numerator).
- A ward that worked with the city's political school ("phối hợp Trường Chính trị Tô Hiệu mở
  01 lớp") keeps the class as its own.
- "Đến nay, phường duy trì ..." and "Tính đến ngày 30/9/2025, ..." date the stocks of their
  clause: document date / stated date.
"""
from build_gold import Doc, F, U, W, h1, inst, quarter, since, year

HN = U("Thành phố Hà Nội")
BD, HK, TH, LB = U("Quận Ba Đình"), U("Quận Hoàn Kiếm"), U("Quận Tây Hồ"), U("Quận Long Biên")
PCG = W("Phường Cầu Giấy", "01")
PHK, XBT, PTH = W("Phường Hoàn Kiếm", "01"), W("Xã Bát Tràng", "01"), W("Phường Tây Hồ", "01")
PLB = W("Phường Long Biên", "01")

T05 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG CẦU GIẤY
*
Số 112-BC/ĐU
Cầu Giấy, ngày 24 tháng 6 năm 2026

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2026
và nhiệm vụ trọng tâm 6 tháng cuối năm 2026

I. KẾT QUẢ THỰC HIỆN

1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Đảng ủy phường ban hành 18 văn bản (06 kế hoạch, 12 hướng dẫn) về công tác tư tưởng, trong đó có Kế hoạch số 45-KH/ĐU về tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031.

2. Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
- Hội nghị cấp phường: 02 (trực tiếp và trực tuyến tới 9 điểm cầu)
- Lớp ở các chi bộ: 87
- Lượt cán bộ, đảng viên dự: 6.915; đạt 97,8%
- Lượt quần chúng dự nghe: 1.340
- Số đảng viên chưa tham gia: 153 người
- Bài thu hoạch: 6.702 bài

3. Công tác tuyên truyền
Kết quả tuyên truyền bầu cử và các ngày lễ lớn như sau:

Hình thức | Số buổi, sản phẩm | Lượt người tiếp cận
Tuyên truyền miệng tại tổ dân phố | 64 | 5.120
Tin, bài trên trang thông tin điện tử phường | 318 | khoảng 420.000
Băng rôn, khẩu hiệu, pano | 540 | –

Ngày bầu cử 15/3/2026, tỷ lệ cử tri đi bầu trên địa bàn phường đạt 99,41%. Đến nay, phường duy trì 1 trang thông tin điện tử, 3 fanpage và 212 nhóm Zalo tổ dân phố với trên 25.000 thành viên.

4. Công tác nắm bắt dư luận xã hội
- Cộng tác viên dư luận xã hội: 35 đồng chí (tính đến 31/5/2026)
- Báo cáo dư luận xã hội: 12 định kỳ, 4 đột xuất

5. Thi đua, khen thưởng
Đảng ủy phường tặng giấy khen cho 5 tập thể, 14 cá nhân có thành tích trong công tác bầu cử; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026
1. Sơ kết 1 năm thực hiện mô hình chính quyền địa phương hai cấp.
2. Mở 02 lớp bồi dưỡng kỹ năng cho 120 tuyên truyền viên; phấn đấu 100% tổ dân phố có nhóm Zalo do chi bộ quản lý.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy (để b/c);
- Lưu VP.
"""

D05 = "2026-06-24"

T06 = """
Cập nhật 19/12/2025 09:40

Hà Nội: 126 xã, phường hoàn thành học tập Nghị quyết Đại hội XVIII Đảng bộ Thành phố

Từ ngày 1/11/2025 đến nay, Ban Tuyên giáo và Dân vận Thành ủy Hà Nội đã hướng dẫn 126 đảng bộ xã, phường tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XVIII, nhiệm kỳ 2025 – 2030.

Thành ủy tổ chức 1 hội nghị cấp thành phố theo hình thức trực tuyến tới 126 điểm cầu, với khoảng 101.000 lượt cán bộ, đảng viên dự tại các điểm cầu. Tính chung toàn Thành phố, các chi bộ đã mở 8.214 lớp, thu hút 398.700 lượt đảng viên, đạt 95,9%. Cuộc thi trực tuyến tìm hiểu Nghị quyết Đại hội do Thành ủy phát động có 512.360 lượt người dự thi. Thủ đô hiện có hơn 8,7 triệu dân.

▪ Phường Hoàn Kiếm
Đảng ủy phường tổ chức 02 hội nghị và 45 lớp cho 3.620 lượt cán bộ, đảng viên, đạt 98,1%. Cùng với học tập, phường tổ chức 6 buổi nói chuyện chuyên đề “Hà Nội – ngàn năm văn hiến” cho hội viên các đoàn thể, với 780 lượt hội viên tham dự.

▪ Xã Bát Tràng
Tại làng nghề, Đảng ủy xã mở 22 lớp vào buổi tối, mỗi lớp tối đa 60 người, để đảng viên làm gốm có thể tham dự; 1.105/1.160 đảng viên đã hoàn thành chương trình học tập. Ông Nguyễn Văn Hùng, 74 tuổi, nghệ nhân gốm, chia sẻ: “Tôi học nghị quyết từ năm 1975, lần này được nghe cả về kinh tế di sản, thấy gần với nghề của làng.”

▪ Phường Tây Hồ
Phường tổ chức 1 hội nghị cấp phường và 31 lớp ở chi bộ; tỷ lệ đảng viên tham gia đạt 97,02%. Phường còn phối hợp Trường Chính trị Tô Hiệu mở 01 lớp bồi dưỡng đảng viên mới cho 64 học viên và tặng giấy khen cho 3 tập thể có cách làm hay.

Trong tháng 1/2026, Thành phố sẽ tổ chức học tập Nghị quyết Đại hội XIV của Đảng với hình thức trực tuyến tới hơn 3.000 điểm cầu.
"""

D06 = "2025-12-19"
P06 = since("2025-11-01", D06)

T07 = """
Phường Long Biên: Chín tháng, hai chặng đường

Chín tháng năm 2025, công tác tuyên giáo trên địa bàn phường Long Biên trải qua hai chặng: nửa đầu năm thuộc quận Long Biên và ba tháng đầu tiên vận hành mô hình chính quyền địa phương hai cấp.

Sáu tháng đầu năm 2025, Quận ủy Long Biên tổ chức 4 hội nghị cấp quận học tập, quán triệt các Nghị quyết số 57-NQ/TW, 59-NQ/TW, 66-NQ/TW và 68-NQ/TW của Bộ Chính trị, với khoảng 2.400 lượt cán bộ, đảng viên chủ chốt tham dự. Quận tổ chức Hội thi tuyên truyền viên giỏi với 210 thí sinh; Trung tâm Chính trị quận mở 5 lớp bồi dưỡng đảng viên mới với 342 học viên.

Từ ngày 1/7/2025, Đảng ủy phường Long Biên tổ chức 01 hội nghị cấp phường và 39 lớp ở chi bộ học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, với 2.876 lượt đảng viên, đạt 96,4%; riêng quần chúng có 610 lượt dự nghe. Các chi bộ tổ chức 118 buổi sinh hoạt chuyên đề về vận hành chính quyền hai cấp; phường tổ chức từ 8 đến 10 buổi nói chuyện về thủ tục hành chính mới tại các tổ dân phố. Fanpage “Phường Long Biên” đăng 290 tin, bài, có lượt tiếp cận ước đạt 640 nghìn.

Tính đến ngày 30/9/2025, phường có 4 fanpage, 186 nhóm Zalo tổ dân phố và 28 cộng tác viên dư luận xã hội. Trong quý III, các cộng tác viên gửi 31 báo cáo về tình hình tư tưởng, dư luận.

“Từ khi đi vào hoạt động, Đảng ủy phường đã ban hành 11 văn bản hướng dẫn công tác tư tưởng, ưu tiên nắm bắt tâm trạng của cán bộ sau sắp xếp”, đồng chí Nguyễn Thu Hằng, Phó Bí thư Thường trực Đảng ủy phường Long Biên, cho biết. Theo bà Hằng, phường kế thừa phần lớn đội ngũ báo cáo viên của quận cũ trên địa bàn nên việc tuyên truyền không bị gián đoạn.

Bà Phạm Thị Lan, tổ dân phố số 12, kể: “Trước đây việc gì cũng phải lên quận, nay ra phường là xong, tôi đi có 10 phút.”

Quý IV, phường phấn đấu 100% chi bộ hoàn thành học tập nghị quyết và sẽ mở thêm 3 lớp cảm tình Đảng.
"""

D07 = "2025-10-08"
NEW7 = since("2025-07-01", D07)

T08 = """
Cụm thi đua số 1 tổng kết công tác tuyên giáo năm 2019

Ngày 27/12/2019, tại trụ sở Quận ủy Tây Hồ (số 657 Lạc Long Quân), Cụm thi đua số 1 của Ban Tuyên giáo Thành ủy Hà Nội gồm các quận Ba Đình, Hoàn Kiếm và Tây Hồ tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019.

Một số kết quả chủ yếu năm 2019:

Chỉ tiêu | Ba Đình | Hoàn Kiếm | Tây Hồ
Hội nghị, lớp học tập nghị quyết | 212 | 186 | 97
Lượt đảng viên dự học | 14.320 | 11.905 | 6.418
Tỷ lệ đảng viên tham gia (%) | 96,5 | 97,2 | 95,8
Tin, bài trên trang thông tin điện tử | 1.120 | 986 | 452
Băng rôn, khẩu hiệu | 1.450 | 1.230 | 610
Xếp thứ trong cụm | nhất | nhì | ba

Theo kết quả chấm điểm thi đua của Ban Tuyên giáo Thành ủy, Ba Đình xếp thứ 2/30 quận, huyện, thị xã.

Phát biểu tại hội nghị, đồng chí Trưởng ban Tuyên giáo Quận ủy Ba Đình cho biết: “Năm 2019, quận tổ chức 146 buổi nói chuyện chuyên đề kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh, với hơn 12 nghìn lượt người nghe.”

Quận Hoàn Kiếm hiện có 48 báo cáo viên cấp quận và 72 cộng tác viên dư luận xã hội; năm qua, quận tổ chức 4 hội nghị báo cáo viên định kỳ, mỗi hội nghị khoảng 200 người dự.

Quận Tây Hồ triển khai hai đợt sinh hoạt chính trị về xây dựng người Hà Nội thanh lịch, văn minh; Ban Thường vụ Quận ủy Tây Hồ khen thưởng 9 tập thể, 21 cá nhân. Quận có 8 phường, với khoảng 160 nghìn dân.

Năm 2020, các quận trong cụm thống nhất phấn đấu 100% đảng viên học tập nghị quyết và tổ chức chuỗi hoạt động kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2020).
"""

D08 = "2019-12-27"

DOCS = [
    Doc("h51_05", T05, PCG, h1(2026), D05, "text", facts=[
        F("ban hành 18 văn bản", 18, "documents_issued"),
        F("Hội nghị cấp phường: 02", 2, "study_sessions"),
        F("Lớp ở các chi bộ: 87", 87, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 6.915", 6915, "study_attendance", a="party_members"),
        F("đạt 97,8%", 97.8, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.340", 1340, "study_attendance", a="masses"),
        F("chưa tham gia: 153 người", 153, "other"),
        F("Bài thu hoạch: 6.702 bài", 6702, "other"),
        F("tổ dân phố | 64", 64, "oral_propaganda_sessions"),
        F("64 | 5.120", 5120, "propaganda_audience"),
        F("điện tử phường | 318", 318, "news_items"),
        F("khoảng 420.000", 420000, "propaganda_audience", "approx"),
        F("pano | 540", 540, "other"),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", p=inst(D05)),
        F("3 fanpage", 3, "social_pages", p=inst(D05)),
        F("212 nhóm Zalo", 212, "chat_groups", p=inst(D05)),
        F("trên 25.000 thành viên", 25000, "chat_group_members", "at_least", p=inst(D05)),
        F("35 đồng chí (tính đến 31/5/2026)", 35, "opinion_collaborators",
          p=inst("2026-05-31")),
        F("12 định kỳ", 12, "opinion_reports"),
        F("4 đột xuất", 4, "opinion_reports"),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("Số 112-BC/ĐU", 112), ("1. Công tác lãnh đạo", 1), ("2. Học tập", 2), ("3. Công tác tuyên truyền", 3), ("4. Công tác nắm bắt", 4), ("5. Thi đua", 5), ("1. Sơ kết", 1), ("2. Mở", 2), ("ngày 24 tháng 6 năm 2026", 24),
              ("6 tháng đầu năm 2026", 6), ("6 tháng cuối năm 2026", 6),
              ("06 kế hoạch", 6), ("12 hướng dẫn", 12), ("45-KH/ĐU", 45),
              ("nhiệm kỳ 2026 – 2031", 2026), ("9 điểm cầu", 9), ("15/3/2026", 15),
              ("đạt 99,41%", 99.41), ("01 cá nhân được đề nghị", 1),
              ("6 THÁNG CUỐI NĂM 2026", 6), ("1 năm", 1), ("Mở 02 lớp", 2),
              ("120 tuyên truyền viên", 120), ("100% tổ dân phố", 100)]),
    Doc("h51_06", T06, HN, P06, D06, "text", facts=[
        F("tổ chức 1 hội nghị cấp thành phố", 1, "study_sessions"),
        F("khoảng 101.000 lượt cán bộ, đảng viên", 101000, "study_attendance", "approx",
          a="party_members"),
        F("mở 8.214 lớp", 8214, "study_sessions"),
        F("thu hút 398.700 lượt đảng viên", 398700, "study_attendance", a="party_members"),
        F("đạt 95,9%", 95.9, "study_participation_rate"),
        F("có 512.360 lượt người dự thi", 512360, "contest_entries"),
        F("tổ chức 02 hội nghị", 2, "study_sessions", unit=PHK),
        F("và 45 lớp", 45, "study_sessions", unit=PHK),
        F("cho 3.620 lượt cán bộ, đảng viên", 3620, "study_attendance", a="party_members",
          unit=PHK),
        F("đạt 98,1%", 98.1, "study_participation_rate", unit=PHK),
        F("tổ chức 6 buổi nói chuyện chuyên đề", 6, "oral_propaganda_sessions", unit=PHK),
        F("với 780 lượt hội viên", 780, "propaganda_audience", a="masses", unit=PHK),
        F("mở 22 lớp", 22, "study_sessions", unit=XBT),
        F("1.105/1.160 đảng viên", 1105, "study_attendance", a="party_members", unit=XBT),
        F("tổ chức 1 hội nghị cấp phường", 1, "study_sessions", unit=PTH),
        F("31 lớp ở chi bộ", 31, "study_sessions", unit=PTH),
        F("tham gia đạt 97,02%", 97.02, "study_participation_rate", unit=PTH),
        F("mở 01 lớp bồi dưỡng đảng viên mới", 1, "training_classes", unit=PTH),
        F("cho 64 học viên", 64, "trainees", unit=PTH),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives", unit=PTH),
    ], traps=[("19/12/2025", 19), ("09:40", 9), ("126 xã, phường", 126),
              ("ngày 1/11/2025", 1), ("126 đảng bộ xã, phường", 126),
              ("nhiệm kỳ 2025 – 2030", 2025), ("tới 126 điểm cầu", 126),
              ("hơn 8,7 triệu dân", 8700000), ("74 tuổi", 74), ("mỗi lớp tối đa 60 người", 60), ("năm 1975", 1975),
              ("tháng 1/2026", 1), ("hơn 3.000 điểm cầu", 3000)]),
    Doc("h51_07", T07, PLB, NEW7, D07, "sidecar", meta={"date": D07}, facts=[
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions", unit=LB, p=h1(2025)),
        F("khoảng 2.400 lượt cán bộ, đảng viên", 2400, "study_attendance", "approx",
          a="party_members", unit=LB, p=h1(2025)),
        F("với 210 thí sinh", 210, "contest_entries", unit=LB, p=h1(2025)),
        F("mở 5 lớp bồi dưỡng đảng viên mới", 5, "training_classes", unit=LB, p=h1(2025)),
        F("với 342 học viên", 342, "trainees", unit=LB, p=h1(2025)),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("39 lớp ở chi bộ", 39, "study_sessions"),
        F("với 2.876 lượt đảng viên", 2876, "study_attendance", a="party_members"),
        F("đạt 96,4%", 96.4, "study_participation_rate"),
        F("có 610 lượt dự nghe", 610, "study_attendance", a="masses"),
        F("tổ chức 118 buổi sinh hoạt chuyên đề", 118, "party_cell_discussions"),
        F("từ 8 đến 10 buổi nói chuyện", 8, "oral_propaganda_sessions", "at_least"),
        F("đăng 290 tin, bài", 290, "news_items"),
        F("ước đạt 640 nghìn", 640000, "propaganda_audience", "approx"),
        F("phường có 4 fanpage", 4, "social_pages", p=inst("2025-09-30")),
        F("186 nhóm Zalo", 186, "chat_groups", p=inst("2025-09-30")),
        F("28 cộng tác viên dư luận xã hội", 28, "opinion_collaborators",
          p=inst("2025-09-30")),
        F("ban hành 11 văn bản", 11, "documents_issued"),
        F("gửi 31 báo cáo về tình hình tư tưởng", 31, "opinion_reports", p=quarter(3, 2025)),
    ], traps=[("Chín tháng năm 2025", 2025), ("Sáu tháng đầu năm 2025", 6),
              ("57-NQ/TW", 57), ("59-NQ/TW", 59), ("66-NQ/TW", 66), ("68-NQ/TW", 68),
              ("Từ ngày 1/7/2025", 1), ("Tính đến ngày 30/9/2025", 30),
              ("tổ dân phố số 12", 12), ("10 phút", 10), ("100% chi bộ", 100),
              ("mở thêm 3 lớp", 3)]),
    Doc("h51_08", T08, BD, year(2019), D08, "text", facts=[
        F("nghị quyết | 212", 212, "study_sessions", unit=BD),
        F("212 | 186", 186, "study_sessions", unit=HK),
        F("186 | 97", 97, "study_sessions", unit=TH),
        F("dự học | 14.320", 14320, "study_attendance", a="party_members", unit=BD),
        F("14.320 | 11.905", 11905, "study_attendance", a="party_members", unit=HK),
        F("11.905 | 6.418", 6418, "study_attendance", a="party_members", unit=TH),
        F("(%) | 96,5", 96.5, "study_participation_rate", unit=BD),
        F("96,5 | 97,2", 97.2, "study_participation_rate", unit=HK),
        F("97,2 | 95,8", 95.8, "study_participation_rate", unit=TH),
        F("điện tử | 1.120", 1120, "news_items", unit=BD),
        F("1.120 | 986", 986, "news_items", unit=HK),
        F("986 | 452", 452, "news_items", unit=TH),
        F("khẩu hiệu | 1.450", 1450, "other", unit=BD),
        F("1.450 | 1.230", 1230, "other", unit=HK),
        F("1.230 | 610", 610, "other", unit=TH),
        F("tổ chức 146 buổi nói chuyện chuyên đề", 146, "oral_propaganda_sessions", unit=BD),
        F("hơn 12 nghìn lượt người nghe", 12000, "propaganda_audience", "at_least", unit=BD),
        F("hiện có 48 báo cáo viên", 48, "reporters", unit=HK, p=inst(D08)),
        F("72 cộng tác viên dư luận xã hội", 72, "opinion_collaborators", unit=HK,
          p=inst(D08)),
        F("tổ chức 4 hội nghị báo cáo viên", 4, "reporter_conferences", unit=HK),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=TH),
        F("khen thưởng 9 tập thể", 9, "commended_collectives", unit=TH),
        F("9 tập thể, 21 cá nhân", 21, "commended_individuals", unit=TH),
    ], traps=[("Cụm thi đua số 1", 1), ("xếp thứ 2/30", 2), ("năm 2019", 2019), ("Ngày 27/12/2019", 27),
              ("số 657 Lạc Long Quân", 657), ("Năm 2019", 2019), ("50 năm", 50),
              ("khoảng 200 người dự", 200), ("8 phường", 8), ("khoảng 160 nghìn dân", 160000),
              ("Năm 2020", 2020), ("100% đảng viên", 100), ("90 năm", 90),
              ("3/2/1930", 3), ("3/2/2020", 3)]),
]
