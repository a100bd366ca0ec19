"""Twenty-third held-out set (holdout23), part 2: Hanoi (2018-2025).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. The four
reports are new texts in my own words and layouts.

Judgment calls:
- h23_05 (press article, Quận Đống Đa, 6 tháng đầu năm 2018; "Cập nhật ngày 12-07-2018" is
  the document date): "Sáu tháng đầu năm 2018" as a word. "trên 14.300 lượt người dân" is
  at_least, audience masses. "21 phường và hơn 420 nghìn người" and "21 đảng ủy phường và 59
  chi, đảng bộ cơ sở" (the subject of the classes) are structure; the base of the comparison
  opens its sentence ("So với cùng kỳ năm 2017, ... tăng 18 buổi"): trap. In the Trưởng ban's
  quotation, "hiện có gần 27.000 người theo dõi" are followers (propaganda_audience, at_most,
  instant at the document date); "từ đầu năm đến nay" dates the 846 items
  2018-01-01..2018-07-12; "Đến nay, quận duy trì 214 nhóm Zalo" is an instant at the document
  date. "Mạng lưới 45 cộng tác viên ... của quận" is a stock with no marker: 2018-06-30. The
  contest's entries "1.126 bài dự thi, trong đó 86 bài của học sinh": the part is a trap; "5
  bài được chọn gửi dự thi cấp Thành phố" are entries picked for the next round (trap). The
  tổ trưởng's quotation is an anecdote; "6 tháng cuối năm, ... sẽ ..." is a plan.
- h23_06 (conference speech summary, Quận Hoàng Mai, năm 2022; no date in the text, sidecar
  2022-12-23): "Dưới đây là trích phát biểu của đồng chí ..., Trưởng ban Tuyên giáo Quận ủy"
  introduces a speech of five paragraphs, each opening with “ and only the last closing it; it
  speaks for the unit throughout (the contest's title in quotes inside it does not close it).
  "gần như 100% cấp ủy viên các cấp dự học" is a participation rate (approx); "riêng quần
  chúng có 18.250 lượt dự nghe" after the study and its rate is that study's attendance
  (masses). "hiện có 71 đồng chí; quận còn có 118 cộng tác viên" are both at the document
  date (the marker dates the clause after it); the website and the 14 Zalo OA pages after
  "quận hiện có" too; "Tính đến ngày 30/11/2022" dates the 1.096 groups. Loudspeaker runs are
  `other`. "chủ đề năm 2022 của Thành phố" is a theme (no period). The last paragraph
  ("Năm 2023, chúng tôi phấn đấu ...") is a plan; the photo caption's "5 tập thể" is a trap;
  "14 phường", "hơn 500 nghìn dân" are geography.
- h23_07 (administrative report, Huyện Sóc Sơn, quý III năm 2023): letterhead "ĐẢNG BỘ THÀNH
  PHỐ HÀ NỘI / HUYỆN ỦY SÓC SƠN"; the dateline is the document date. The one-column text table
  under "Kết quả học tập, quán triệt ... trong quý:" is led in by that line (rows:
  study_sessions, attendance, "(%)" rate, masses' attendance, and those who did not take part
  as `other`). "+" sub-lines under "- Tuyên truyền kỷ niệm ...:" are led in by it: banners
  `other`, talks and their audience after the dash. The fanpage's followers after "hiện có" are
  at the document date; the radio's "92 chương trình thời sự ... và 13 kỳ chuyên mục" are both
  news_items. "Đến ngày 30/9/2023" dates the 96 collaborators; "ở 26 xã, thị trấn" is where.
  The bracket "(02 lớp ..., 01 lớp ..., 01 lớp ...)" gives parts of the 04 classes (traps);
  "đề nghị Thành ủy tặng Bằng khen cho 1 tập thể" an award proposed (trap). "305 km²", "25
  xã, 1 thị trấn", "hơn 360 nghìn người", "Vành đai 4" and the whole of "II. NHIỆM VỤ TRỌNG
  TÂM QUÝ IV" are traps.
- h23_08 (article on three wards, Phường Cầu Giấy / Nghĩa Đô / Yên Hòa, quý III năm 2025): the
  lead names the study (Nghị quyết Đại hội Đảng bộ phường lần thứ I); each "* Phường ..."
  section governs its paragraph, and the bare "hội nghị cấp phường" / "lớp" there count that
  study. "61 chi bộ trực thuộc đã mở 64 lớp": the chi bộ are structure. "có lượt tiếp cận ước
  đạt 1,2 triệu" → propaganda_audience approx. "Phường hiện có ..." stocks at the document
  date (6/10/2025); "Riêng tháng 9" dates the 94 discussions to September 2025. In Yên Hòa the
  concession "Dù tháng 7 ..." names no period; "cả quý" is the quarter; "3.902/4.015 đảng
  viên tham gia" counts attendances (numerator); "Đội ngũ 27 báo cáo viên của phường" is a
  stock with no marker (2025-09-30); "lượt cư dân dự nghe" is masses. The wards Cầu Giấy was
  formed from, "41 tòa nhà chung cư", "khoảng 1.300 doanh nghiệp" and the "Theo kế hoạch, ...
  sẽ ..." sentence ("100 ngày", "khoảng 300 đảng viên mới") are traps.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, month, quarter, since, year

DONGDA, HOANGMAI, SOCSON = U("Quận Đống Đa"), U("Quận Hoàng Mai"), U("Huyện Sóc Sơn")
CAUGIAY, NGHIADO, YENHOA = W("Phường Cầu Giấy", "01"), W("Phường Nghĩa Đô", "01"), W(
    "Phường Yên Hòa", "01")

# ---------------------------------------------------------------------------------------------
T05 = """
Cập nhật ngày 12-07-2018

Quận Đống Đa: Tuyên truyền miệng bám sát từng tổ dân phố

(HNM) – Sáu tháng đầu năm 2018, Ban Tuyên giáo Quận ủy Đống Đa đã phối hợp tổ chức 112 buổi tuyên truyền miệng tại các tổ dân phố, thu hút trên 14.300 lượt người dân tham dự. So với cùng kỳ năm 2017, số buổi tuyên truyền miệng tăng 18 buổi.

Đống Đa là quận đông dân của Thủ đô với 21 phường và hơn 420 nghìn người. Về học tập, quán triệt Nghị quyết Trung ương 6, 7 khóa XII, Quận ủy tổ chức 3 hội nghị cấp quận cho cán bộ chủ chốt; 21 đảng ủy phường và 59 chi, đảng bộ cơ sở đã mở 196 lớp, với 26.483 lượt cán bộ, đảng viên tham dự, đạt 97,15%.

Theo ông Nguyễn Văn Thắng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Đống Đa, điểm mới là tuyên truyền trên mạng xã hội. “Fanpage của Quận ủy hiện có gần 27.000 người theo dõi; từ đầu năm đến nay đã đăng 846 tin, bài, video clip. Đến nay, quận duy trì 214 nhóm Zalo của các chi bộ tổ dân phố”, ông Thắng cho biết.

Mạng lưới 45 cộng tác viên dư luận xã hội của quận đã gửi 38 báo cáo phản ánh tâm tư, nguyện vọng của nhân dân, tập trung vào dự án đường Vành đai 1 đoạn Hoàng Cầu – Voi Phục và việc cải tạo chung cư cũ. Trung tâm Bồi dưỡng chính trị quận mở 7 lớp sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới cho 523 học viên.

“Tổ tôi có 86 hộ, buổi nói chuyện nào cũng kín chỗ, nhất là khi nói về giá điện, học phí”, bà Phạm Thị Lan, tổ trưởng tổ dân phố số 14, phường Khâm Thiên, kể.

Hưởng ứng Cuộc thi viết “Tìm hiểu 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc” (11/6/1948 – 11/6/2018), quận có 1.126 bài dự thi, trong đó 86 bài của học sinh; 5 bài được chọn gửi dự thi cấp Thành phố. Ban Thường vụ Quận ủy khen thưởng 6 tập thể, 11 cá nhân có thành tích trong tổ chức cuộc thi.

6 tháng cuối năm, Ban Tuyên giáo Quận ủy sẽ tham mưu sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW và tổ chức 4 hội nghị báo cáo viên.
"""
D05 = "2018-07-12"
P05 = h1(2018)

T06 = """
Hoàng Mai: Công tác tuyên giáo năm 2022 về đích toàn diện

(KTĐT) – Quận ủy Hoàng Mai vừa tổ chức hội nghị tổng kết công tác tuyên giáo năm 2022, triển khai nhiệm vụ năm 2023. Hoàng Mai có 14 phường với hơn 500 nghìn dân, là quận có dân số đông nhất Thủ đô.

Dưới đây là trích phát biểu của đồng chí Lê Thị Hồng Hạnh, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Hoàng Mai tại hội nghị.

“Thưa các đồng chí, năm 2022, Ban Tuyên giáo đã tham mưu Ban Thường vụ Quận ủy ban hành 46 văn bản chỉ đạo về công tác chính trị, tư tưởng. Quận ủy tổ chức 5 hội nghị cấp quận học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Trung ương 4, 5 khóa XIII; các đảng bộ phường, chi bộ trực thuộc mở 1.082 lớp, với 63.720 lượt cán bộ, đảng viên, đạt 96,9%, gần như 100% cấp ủy viên các cấp dự học; riêng quần chúng có 18.250 lượt dự nghe.

“Công tác tuyên truyền miệng được duy trì với 12 hội nghị báo cáo viên, 236 buổi nói chuyện thời sự, chuyên đề, thu hút chừng 28.000 lượt người nghe. Đội ngũ báo cáo viên của quận hiện có 71 đồng chí; quận còn có 118 cộng tác viên dư luận xã hội, gửi về Ban 52 báo cáo định kỳ, 17 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội.

“Trên không gian mạng, quận hiện có 1 trang thông tin điện tử và 14 trang Zalo OA của các phường; năm qua, các trang này đăng 2.950 tin, bài. Tính đến ngày 30/11/2022, các tổ dân phố duy trì 1.096 nhóm Zalo. Đội xe tuyên truyền lưu động chạy 420 lượt. Ban phối hợp Quận đoàn tổ chức Cuộc thi “Thanh niên Hoàng Mai với văn hóa Thủ đô”, có 9.480 lượt đoàn viên, thanh niên dự thi.

“Năm qua, quận triển khai hai đợt sinh hoạt chính trị, tư tưởng về tác phẩm của đồng chí Tổng Bí thư và về chủ đề năm 2022 của Thành phố. Các chi bộ tổ dân phố tổ chức 1.530 buổi sinh hoạt chuyên đề. Quận ủy khen thưởng 15 tập thể, 32 cá nhân có thành tích trong công tác tuyên giáo.

“Năm 2023, chúng tôi phấn đấu 100% tổ dân phố có nhóm Zalo, tổ chức ít nhất 3 đợt sinh hoạt chính trị và nâng đội ngũ báo cáo viên lên 80 đồng chí. Xin trân trọng cảm ơn các đồng chí!”

Ảnh: Đồng chí Lê Thị Hồng Hạnh trao giấy khen cho 5 tập thể.
"""
D06 = "2022-12-23"
P06 = year(2022)

T07 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY SÓC SƠN
BAN TUYÊN GIÁO
Số 58-BC/BTGHU

Sóc Sơn, ngày 03 tháng 10 năm 2023

BÁO CÁO
Kết quả công tác tuyên giáo quý III,
nhiệm vụ trọng tâm quý IV năm 2023

Huyện Sóc Sơn có 25 xã, 1 thị trấn, diện tích khoảng 305 km², dân số hơn 360 nghìn người. Quý III năm 2023, Ban Tuyên giáo Huyện ủy đã triển khai các nhiệm vụ và đạt kết quả như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu
Tham mưu Ban Thường vụ Huyện ủy ban hành 09 văn bản (05 kế hoạch, 04 hướng dẫn), trong đó có Kế hoạch số 206-KH/HU về các hoạt động kỷ niệm 78 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

2. Học tập, quán triệt nghị quyết, kết luận của Trung ương
Kết quả học tập, quán triệt Kết luận số 57-KL/TW và Quy định số 114-QĐ/TW của Bộ Chính trị trong quý:

Nội dung | Số lượng
Hội nghị cấp huyện | 02
Lớp ở các đảng bộ xã, thị trấn và cơ sở | 187
Lượt cán bộ, đảng viên dự học | 12.764
Tỷ lệ đảng viên tham gia (%) | 95,25
Lượt quần chúng dự nghe | 2.150
Số đảng viên chưa tham gia | 637

3. Tuyên truyền
- Tuyên truyền kỷ niệm 76 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2023), 78 năm Cách mạng Tháng Tám và Quốc khánh 2/9:
  + Băng rôn, khẩu hiệu, cờ phướn: 2.680
  + Buổi nói chuyện chuyên đề tại các xã: 34 – lượt người nghe: khoảng 4.900
- Trang thông tin điện tử của huyện và fanpage “Sóc Sơn ngày mới” đăng 427 tin, bài, phóng sự; fanpage hiện có khoảng 36.500 người theo dõi.
- Đài Truyền thanh huyện phát 92 chương trình thời sự địa phương và 13 kỳ chuyên mục “Học tập và làm theo Bác”.

4. Nắm bắt dư luận xã hội
Đến ngày 30/9/2023, huyện có 96 cộng tác viên dư luận xã hội ở 26 xã, thị trấn. Trong quý, Ban tổng hợp 3 báo cáo định kỳ và 2 báo cáo nhanh về tâm trạng của nhân dân trước việc thu hồi đất làm đường Vành đai 4.

5. Giáo dục lý luận chính trị
Trung tâm Chính trị huyện mở 04 lớp (02 lớp bồi dưỡng đảng viên mới, 01 lớp nhận thức về Đảng, 01 lớp sơ cấp lý luận chính trị) với 396 học viên.

6. Thi đua, khen thưởng
Ban Thường vụ Huyện ủy tặng giấy khen cho 4 tập thể, 7 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đề nghị Thành ủy tặng Bằng khen cho 1 tập thể.

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2023
1. Tổ chức 01 hội nghị báo cáo viên vào tháng 10 và 01 hội nghị vào tháng 12.
2. Hướng dẫn học tập chuyên đề năm 2024; phấn đấu tỷ lệ đảng viên tham gia học tập đạt trên 95%.
3. Tiếp tục nắm dư luận về dự án đường Vành đai 4 – Vùng Thủ đô, nhất là tại 8 xã có đất bị thu hồi.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (để b/c);
- Thường trực Huyện ủy;
- Lưu VP.

TRƯỞNG BAN
"""
D07 = "2023-10-03"
P07 = quarter(3, 2023)

T08 = """
Thứ Hai, ngày 6/10/2025

Ba phường phía Tây Thủ đô hoàn thành học tập nghị quyết đại hội

(KTĐT) – Quý III năm 2025, ngay sau đại hội, các phường Cầu Giấy, Nghĩa Đô và Yên Hòa đã tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, đồng thời đẩy mạnh tuyên truyền trên không gian mạng.

* Phường Cầu Giấy
Phường được thành lập trên cơ sở các phường Dịch Vọng, Dịch Vọng Hậu, Quan Hoa và một phần phường Yên Hòa cũ, có 41 tòa nhà chung cư và khoảng 1.300 doanh nghiệp. Đảng ủy phường tổ chức 01 hội nghị cấp phường cho cán bộ chủ chốt; 61 chi bộ trực thuộc đã mở 64 lớp, với 5.214 lượt đảng viên tham dự, đạt 98,1%. Ban Xây dựng Đảng phường lập trang Zalo OA “Cầu Giấy hôm nay”, đăng 231 tin, bài, video; các sản phẩm có lượt tiếp cận ước đạt 1,2 triệu.

* Phường Nghĩa Đô
Đảng ủy phường tổ chức 01 hội nghị cấp phường trực tiếp kết hợp trực tuyến; các chi bộ mở 75 lớp, thu hút 4.386 lượt đảng viên và 1.120 lượt quần chúng tham dự. Phường hiện có 1 trang thông tin điện tử, 2 fanpage và 186 nhóm Zalo tổ dân phố với gần 32.000 thành viên. Riêng tháng 9, các chi bộ tổ chức 94 buổi thảo luận góp ý dự thảo văn kiện Đại hội Đảng bộ Thành phố lần thứ XVIII.

* Phường Yên Hòa
Dù tháng 7 mới kiện toàn bộ máy, cả quý phường vẫn tổ chức 01 hội nghị cấp phường và 49 lớp ở các chi bộ, với 3.902/4.015 đảng viên tham gia. Đội ngũ 27 báo cáo viên của phường tổ chức 18 buổi nói chuyện chuyên đề về chính quyền địa phương hai cấp, với khoảng 2.300 lượt cư dân dự nghe. Đảng ủy phường khen thưởng 6 tập thể, 9 cá nhân có thành tích trong công tác tuyên truyền đại hội.

Theo kế hoạch, trong quý IV, ba phường sẽ sơ kết 100 ngày vận hành chính quyền địa phương hai cấp và mở các lớp bồi dưỡng cho khoảng 300 đảng viên mới.
"""
D08 = "2025-10-06"
P08 = quarter(3, 2025)

DOCS = [
    Doc("h23_05_dongda_h1_2018_press", T05, DONGDA, P05, D05, "text", facts=[
        F("112 buổi tuyên truyền miệng", 112, "oral_propaganda_sessions"),
        F("trên 14.300 lượt người dân", 14300, "propaganda_audience", "at_least", a="masses"),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 196 lớp", 196, "study_sessions"),
        F("26.483 lượt cán bộ, đảng viên", 26483, "study_attendance", a="party_members"),
        F("đạt 97,15%", 97.15, "study_participation_rate"),
        F("gần 27.000 người theo dõi", 27000, "propaganda_audience", "at_most", p=inst(D05)),
        F("đăng 846 tin, bài, video clip", 846, "news_items", p=since("2018-01-01", D05)),
        F("duy trì 214 nhóm Zalo", 214, "chat_groups", p=inst(D05)),
        F("Mạng lưới 45 cộng tác viên", 45, "opinion_collaborators", p=end_of(P05)),
        F("gửi 38 báo cáo", 38, "opinion_reports"),
        F("mở 7 lớp sơ cấp", 7, "training_classes"),
        F("523 học viên", 523, "trainees"),
        F("1.126 bài dự thi", 1126, "contest_entries"),
        F("6 tập thể", 6, "commended_collectives"),
        F("11 cá nhân", 11, "commended_individuals"),
    ], traps=[("12-07-2018", 12), ("năm 2017", 2017), ("tăng 18 buổi", 18),
              ("21 phường", 21), ("hơn 420 nghìn người", 420000),
              ("Trung ương 6, 7 khóa XII", 6), ("7 khóa XII", 7), ("21 đảng ủy phường", 21),
              ("59 chi, đảng bộ cơ sở", 59), ("Vành đai 1", 1), ("86 hộ", 86),
              ("tổ dân phố số 14", 14), ("70 năm", 70), ("11/6/1948", 11),
              ("11/6/2018", 11), ("86 bài của học sinh", 86), ("5 bài được chọn", 5),
              ("6 tháng cuối năm", 6), ("sơ kết 2 năm", 2), ("05-CT/TW", 5),
              ("4 hội nghị báo cáo viên", 4)]),
    Doc("h23_06_hoangmai_2022_speech", T06, HOANGMAI, P06, D06, "sidecar",
        meta={"date": D06}, facts=[
        F("ban hành 46 văn bản", 46, "documents_issued"),
        F("tổ chức 5 hội nghị cấp quận", 5, "study_sessions"),
        F("mở 1.082 lớp", 1082, "study_sessions"),
        F("63.720 lượt cán bộ, đảng viên", 63720, "study_attendance", a="party_members"),
        F("đạt 96,9%", 96.9, "study_participation_rate"),
        F("gần như 100% cấp ủy viên", 100, "study_participation_rate", "approx"),
        F("18.250 lượt dự nghe", 18250, "study_attendance", a="masses"),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("236 buổi nói chuyện", 236, "oral_propaganda_sessions"),
        F("chừng 28.000 lượt người nghe", 28000, "propaganda_audience", "approx"),
        F("hiện có 71 đồng chí", 71, "reporters", p=inst(D06)),
        F("118 cộng tác viên", 118, "opinion_collaborators", p=inst(D06)),
        F("Ban 52 báo cáo định kỳ", 52, "opinion_reports"),
        F("17 báo cáo đột xuất", 17, "opinion_reports"),
        F("1 trang thông tin điện tử", 1, "websites", p=inst(D06)),
        F("14 trang Zalo OA", 14, "social_pages", p=inst(D06)),
        F("đăng 2.950 tin, bài", 2950, "news_items"),
        F("duy trì 1.096 nhóm Zalo", 1096, "chat_groups", p=inst("2022-11-30")),
        F("chạy 420 lượt", 420, "other"),
        F("9.480 lượt đoàn viên", 9480, "contest_entries"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("1.530 buổi sinh hoạt", 1530, "party_cell_discussions"),
        F("15 tập thể", 15, "commended_collectives"),
        F("32 cá nhân", 32, "commended_individuals"),
    ], traps=[("14 phường", 14), ("hơn 500 nghìn dân", 500000), ("Trung ương 4, 5", 4),
              ("5 khóa XIII", 5), ("30/11/2022", 30), ("chủ đề năm 2022", 2022),
              ("100% tổ dân phố", 100), ("ít nhất 3 đợt", 3), ("lên 80 đồng chí", 80),
              ("cho 5 tập thể", 5), ("năm 2023", 2023)]),
    Doc("h23_07_socson_q3_2023_report", T07, SOCSON, P07, D07, "text", facts=[
        F("ban hành 09 văn bản", 9, "documents_issued"),
        F("Hội nghị cấp huyện | 02", 2, "study_sessions"),
        F("và cơ sở | 187", 187, "study_sessions"),
        F("dự học | 12.764", 12764, "study_attendance", a="party_members"),
        F("(%) | 95,25", 95.25, "study_participation_rate"),
        F("dự nghe | 2.150", 2150, "study_attendance", a="masses"),
        F("chưa tham gia | 637", 637, "other"),
        F("cờ phướn: 2.680", 2680, "other"),
        F("tại các xã: 34", 34, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 4.900", 4900, "propaganda_audience", "approx"),
        F("đăng 427 tin, bài, phóng sự", 427, "news_items"),
        F("khoảng 36.500 người theo dõi", 36500, "propaganda_audience", "approx",
          p=inst(D07)),
        F("phát 92 chương trình thời sự", 92, "news_items"),
        F("13 kỳ chuyên mục", 13, "news_items"),
        F("96 cộng tác viên", 96, "opinion_collaborators", p=inst("2023-09-30")),
        F("3 báo cáo định kỳ", 3, "opinion_reports"),
        F("2 báo cáo nhanh", 2, "opinion_reports"),
        F("mở 04 lớp", 4, "training_classes"),
        F("396 học viên", 396, "trainees"),
        F("4 tập thể", 4, "commended_collectives"),
        F("7 cá nhân", 7, "commended_individuals"),
    ], traps=[("Số 58-BC/BTGHU", 58), ("25 xã", 25), ("1 thị trấn", 1),
              ("khoảng 305 km²", 305), ("hơn 360 nghìn người", 360000),
              ("05 kế hoạch", 5), ("04 hướng dẫn", 4), ("Kế hoạch số 206-KH/HU", 206),
              ("78 năm", 78), ("Quốc khánh 2/9", 2), ("Kết luận số 57-KL/TW", 57),
              ("Quy định số 114-QĐ/TW", 114), ("76 năm", 76), ("27/7/1947", 27),
              ("27/7/2023", 27), ("26 xã, thị trấn", 26), ("Vành đai 4", 4),
              ("02 lớp bồi dưỡng", 2), ("01 lớp nhận thức", 1), ("01 lớp sơ cấp", 1),
              ("cho 1 tập thể", 1), ("Tổ chức 01 hội nghị báo cáo viên", 1),
              ("01 hội nghị vào tháng 12", 1), ("chuyên đề năm 2024", 2024),
              ("trên 95%", 95), ("8 xã", 8)]),
    Doc("h23_08_caugiay_nghiado_yenhoa_q3_2025", T08, CAUGIAY, P08, D08, "text", facts=[
        F("tổ chức 01 hội nghị cấp phường cho cán bộ chủ chốt", 1, "study_sessions",
          unit=CAUGIAY),
        F("mở 64 lớp", 64, "study_sessions", unit=CAUGIAY),
        F("5.214 lượt đảng viên", 5214, "study_attendance", a="party_members", unit=CAUGIAY),
        F("đạt 98,1%", 98.1, "study_participation_rate", unit=CAUGIAY),
        F("đăng 231 tin, bài, video", 231, "news_items", unit=CAUGIAY),
        F("lượt tiếp cận ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx",
          unit=CAUGIAY),
        F("01 hội nghị cấp phường trực tiếp", 1, "study_sessions", unit=NGHIADO),
        F("mở 75 lớp", 75, "study_sessions", unit=NGHIADO),
        F("4.386 lượt đảng viên", 4386, "study_attendance", a="party_members", unit=NGHIADO),
        F("1.120 lượt quần chúng", 1120, "study_attendance", a="masses", unit=NGHIADO),
        F("1 trang thông tin điện tử", 1, "websites", unit=NGHIADO, p=inst(D08)),
        F("2 fanpage", 2, "social_pages", unit=NGHIADO, p=inst(D08)),
        F("186 nhóm Zalo", 186, "chat_groups", unit=NGHIADO, p=inst(D08)),
        F("gần 32.000 thành viên", 32000, "chat_group_members", "at_most", unit=NGHIADO,
          p=inst(D08)),
        F("94 buổi thảo luận", 94, "party_cell_discussions", unit=NGHIADO,
          p=month(9, 2025)),
        F("vẫn tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=YENHOA),
        F("49 lớp", 49, "study_sessions", unit=YENHOA),
        F("3.902/4.015 đảng viên", 3902, "study_attendance", a="party_members", unit=YENHOA),
        F("Đội ngũ 27 báo cáo viên", 27, "reporters", unit=YENHOA, p=end_of(P08)),
        F("18 buổi nói chuyện", 18, "oral_propaganda_sessions", unit=YENHOA),
        F("khoảng 2.300 lượt cư dân", 2300, "propaganda_audience", "approx", a="masses",
          unit=YENHOA),
        F("6 tập thể", 6, "commended_collectives", unit=YENHOA),
        F("9 cá nhân", 9, "commended_individuals", unit=YENHOA),
    ], traps=[("6/10/2025", 6), ("nhiệm kỳ 2025 – 2030", 2025), ("41 tòa nhà chung cư", 41),
              ("khoảng 1.300 doanh nghiệp", 1300), ("61 chi bộ trực thuộc", 61),
              ("100 ngày", 100), ("khoảng 300 đảng viên mới", 300)]),
]
