"""Seventeenth held-out set (holdout17), part 1: Ho Chi Minh City districts, 2016-2023.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h17_01: number words are facts ("mười hai văn bản" -> 12 documents, "hai đợt sinh hoạt
  chính trị" -> 2 campaigns). "Đội ngũ báo cáo viên của quận gồm 62 đồng chí" and "quận có 35
  cộng tác viên" carry no "hiện có" marker in a year report: stocks at the year's end. The
  quotation of a tổ trưởng (a resident) inside the paragraph is an anecdote. "ít nhất 6 hội
  nghị" sits in the plan sentence of 2017: a trap (the guide lists no qualifier for "ít
  nhất"; none of our facts uses it). "đề nghị ... tặng bằng khen" after its receivers: trap.
  "tổ chức ở 3 cấp" is the structure of the study, a trap.
- h17_02: a lettered heading in capitals over list lines is their lead-in. "- Lượt xe loa
  tuyên truyền lưu động: 318" counts a vehicle's runs (`other`). "2. Dư luận xã hội: đội ngũ
  41 cộng tác viên" has no marker of its own (the "hiện có" is in the sentence of item 1):
  a stock at the half-year's end. The plan heading "III. PHƯƠNG HƯỚNG, NHIỆM VỤ ..." makes
  every number below it a trap; the context section "I. TÌNH HÌNH CHUNG" holds territory,
  membership and a rule's limit ("dưới 20 người"): traps.
- h17_03: the text table's columns are each district's (Hóc Môn, Bình Chánh); the row
  "(%)" is a rate. No dateline: the date is the sidecar's. Bình Chánh's quotation by "bà Hà"
  is the official's (introduced with her title); the parts after "trong đó" are traps; "đến từ
  16 xã, thị trấn" is geography. "Đội ngũ 46 cộng tác viên" has no marker: a stock at the
  quarter's end. The old resident's quotation is an anecdote.
- h17_04: the speech introduced as the Trưởng ban's speaks for TP Thủ Đức; its several
  paragraphs open with “ and only the last closes. "Từ đầu năm đến nay" dates its own sentence
  (2023-01-01..document date), set mid-paragraph so that it governs no other sentence; the
  next paragraph opens with "Trong năm," (the report's year). "34 đảng bộ phường và 28 đảng bộ cơ quan, doanh nghiệp mở 409 lớp" -> the structure
  is a trap, the classes are the fact. "một trong hai đợt sinh hoạt chính trị" -> 2
  campaigns. The stocks after "hiện có" are instants at the document date; the anecdote in
  single quotes and the 2024 plan paragraph are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, since, year

GOVAP, Q8 = U("Quận Gò Vấp"), U("Quận 8")
HOCMON, BINHCHANH = U("Huyện Hóc Môn"), U("Huyện Bình Chánh")
THUDUC = U("Thành phố Thủ Đức")

# ---------------------------------------------------------------------------------------------
T01 = """
Thứ Sáu, ngày 13 tháng 1 năm 2017

Gò Vấp: Tuyên giáo hướng về tổ dân phố

(Thanhuytphcm.vn) – Sáng 11/1, Quận ủy Gò Vấp tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016. Gò Vấp có 16 phường, dân số hơn 660 nghìn người, là một trong những quận đông dân nhất Thành phố.

Theo báo cáo, năm qua công tác tuyên giáo của quận tập trung vào cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp, và việc học tập Nghị quyết Đại hội XII của Đảng. Ban Thường vụ Quận ủy đã ban hành mười hai văn bản chỉ đạo, hướng dẫn về công tác tư tưởng; Ban Tuyên giáo tham mưu tổ chức hai đợt sinh hoạt chính trị, trong đó có đợt kỷ niệm 126 năm Ngày sinh Chủ tịch Hồ Chí Minh.

Việc học tập, quán triệt Nghị quyết Đại hội XII được tổ chức ở 3 cấp: Quận ủy mở 04 hội nghị cho cán bộ chủ chốt, các đảng bộ cơ sở mở 168 lớp với 19.406 lượt cán bộ, đảng viên và 7.215 lượt quần chúng tham dự; tỷ lệ đảng viên dự học đạt 96,8%.

Đội ngũ báo cáo viên của quận gồm 62 đồng chí, được cập nhật thông tin qua 11 hội nghị báo cáo viên định kỳ. Các báo cáo viên đã đi nói chuyện 214 buổi tại khu phố, trường học, doanh nghiệp, với hơn 31 nghìn lượt người nghe. “Tổ tôi có 45 hộ, tháng nào cũng được nghe 1 buổi nói chuyện thời sự”, bà Lê Thị Thu, tổ trưởng tổ dân phố 38, phường 10 kể.

Trong công tác nắm bắt dư luận, quận có 35 cộng tác viên dư luận xã hội; Ban đã tổng hợp 48 báo cáo định kỳ và 13 báo cáo nhanh về tình hình tư tưởng, dư luận, nổi bật là việc mở rộng đường Phan Văn Trị và chống ngập ở khu vực phường 5.

Trang thông tin điện tử quận đăng 1.532 tin, bài; Đài truyền thanh quận phát 152 chương trình thời sự địa phương. Quận in và cấp phát 6.000 cuốn tài liệu hỏi – đáp về bầu cử, mỗi cuốn 32 trang. Cuộc bầu cử ngày 22/5/2016 diễn ra an toàn, tỷ lệ cử tri đi bầu của quận đạt 99,1%.

Cuộc thi trắc nghiệm “Tìm hiểu Hiến pháp năm 2013” thu hút 24.870 lượt người dự thi; ban tổ chức trao 1 giải đặc biệt, 3 giải Nhất và 40 giải khuyến khích. Dịp tổng kết, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể và 19 cá nhân có thành tích trong công tác tuyên giáo; 2 tập thể được đề nghị Ban Tuyên giáo Thành ủy tặng bằng khen.

Năm 2017, quận phấn đấu 100% tổ dân phố có nhóm Zalo và tổ chức ít nhất 6 hội nghị chuyên đề về Nghị quyết Trung ương 4 khóa XII.
"""
D01 = "2017-01-13"
P01 = year(2016)

# ---------------------------------------------------------------------------------------------
T02 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 8
BAN TUYÊN GIÁO
Số 96-BC/BTGQU

Quận 8, ngày 10 tháng 7 năm 2020

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2020
và phương hướng, nhiệm vụ 6 tháng cuối năm 2020

I. TÌNH HÌNH CHUNG
Quận có 16 phường, gần 430 nghìn dân; Đảng bộ quận có 56 tổ chức cơ sở đảng với khoảng 7.900 đảng viên. Từ ngày 1/4 đến 22/4/2020, các hoạt động tập trung đông người phải tạm dừng theo Chỉ thị 16/CT-TTg; nhiều buổi sinh hoạt chỉ được tổ chức với dưới 20 người.

II. KẾT QUẢ THỰC HIỆN

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT, CHỈ THỊ
- Văn bản chỉ đạo, hướng dẫn đã ban hành: 17;
- Hội nghị cấp quận quán triệt Chỉ thị 35-CT/TW: 02;
- Lớp ở các chi, đảng bộ cơ sở: 71; lượt đảng viên dự: 6.842; tỷ lệ: 91,36%;
- Đảng viên chưa tham gia: 648 người (chủ yếu do cách ly, ốm đau, đi làm ăn xa).

B. TUYÊN TRUYỀN PHÒNG, CHỐNG DỊCH COVID-19
- Băng rôn, pano, khẩu hiệu: 2.460;
- Tờ rơi phát tới hộ dân: 85.000;
- Lượt xe loa tuyên truyền lưu động: 318;
- Tin, bài, video clip trên trang thông tin điện tử và fanpage của quận: 1.047;
- Lượt tiếp cận các bài đăng: ước đạt 3,5 triệu.

C. ĐỘI NGŨ VÀ NẮM BẮT DƯ LUẬN
1. Báo cáo viên: quận hiện có 54 báo cáo viên cấp quận. Do dịch, 6 tháng chỉ tổ chức được 03 hội nghị báo cáo viên (tháng 1, tháng 6 và một hội nghị trực tuyến).
2. Dư luận xã hội: đội ngũ 41 cộng tác viên; Báo cáo dư luận xã hội: 26 định kỳ, 9 đột xuất.

D. BỒI DƯỠNG LÝ LUẬN CHÍNH TRỊ
- Lớp sơ cấp lý luận chính trị: 03; học viên: 164.

E. THI ĐUA, KHEN THƯỞNG
Ban Thường vụ Quận ủy khen thưởng 6 tập thể, 13 cá nhân tiêu biểu trong tuyên truyền phòng, chống dịch.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2020
1. Tuyên truyền Đại hội đại biểu Đảng bộ quận lần thứ XI, nhiệm kỳ 2020 – 2025; tổ chức 02 hội nghị quán triệt nghị quyết đại hội cho khoảng 1.200 cán bộ chủ chốt.
2. Mở 4 lớp bồi dưỡng nghiệp vụ tuyên giáo cho 250 học viên.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Lưu: VP.
"""
D02 = "2020-07-10"
P02 = h1(2020)

# ---------------------------------------------------------------------------------------------
T03 = """
Hóc Môn, Bình Chánh: Nghị quyết về tới ấp

Quý I năm 2018, hai huyện Hóc Môn và Bình Chánh tập trung học tập, quán triệt Nghị quyết Trung ương 6 khóa XII, gắn với tuyên truyền kỷ niệm 88 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2018).

Kết quả học tập, quán triệt trong quý của hai huyện:

Chỉ tiêu | Hóc Môn | Bình Chánh
Hội nghị cấp huyện | 2 | 3
Số lớp ở cơ sở | 58 | 74
Lượt cán bộ, đảng viên dự học | 8.214 | 10.630
Tỷ lệ đảng viên tham gia (%) | 94,7 | 96,05
Buổi thảo luận ở chi bộ | 366 | 421

▪ Huyện Hóc Môn
Ngoài học tập nghị quyết, các xã, thị trấn tổ chức 127 buổi tuyên truyền miệng về phòng chống tội phạm, an toàn giao thông, với khoảng 9.400 lượt người dân tham dự. Huyện hiện có 96 nhóm Zalo ấp, khu phố với 6.300 thành viên, học theo mô hình “Zalo khu phố” của Quận 12. “Trước ấp 7 chỉ có cái loa, giờ nhóm Zalo có 230 người, tin gì cũng biết liền”, ông Tám, 68 tuổi, ở xã Xuân Thới Thượng kể.

▪ Huyện Bình Chánh
Theo bà Đặng Thị Thu Hà, Trưởng ban Tuyên giáo Huyện ủy Bình Chánh, trong quý huyện chú trọng nắm bắt dư luận quanh việc thu hồi đất ở các dự án. “Đội ngũ 46 cộng tác viên dư luận xã hội của huyện đã gửi 39 báo cáo, trong đó 8 báo cáo đột xuất”, bà Hà cho biết.

Cũng trong quý, Huyện ủy tổ chức Hội thi tuyên truyền viên giỏi với 32 thí sinh đến từ 16 xã, thị trấn; 5 thí sinh xuất sắc nhất được chọn dự thi cấp thành phố. Huyện mở 2 lớp bồi dưỡng nghiệp vụ cho 186 học viên là cán bộ tuyên giáo xã. Trang thông tin điện tử huyện đăng 318 tin, bài; bản tin nội bộ phát hành 3 số, mỗi số 1.500 bản.
"""
D03 = "2018-04-09"
P03 = quarter(1, 2018)

# ---------------------------------------------------------------------------------------------
T04 = """
Cập nhật 19/12/2023 10:25

Thành phố Thủ Đức: Tuyên giáo “đi trước một bước”

(Thanhuytphcm.vn) – Ngày 18/12, Thành ủy Thủ Đức tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023. Thủ Đức có 34 phường với hơn 1,2 triệu dân. Dưới đây là trích phát biểu của đồng chí Nguyễn Thị Ngọc Bích, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy Thủ Đức, tại hội nghị.

“Thưa các đồng chí, năm qua là năm bản lề của nhiệm kỳ 2020 – 2025, có nhiều việc phải làm cùng lúc. Từ đầu năm đến nay, Ban Thường vụ Thành ủy đã ban hành 31 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng.

“Trong năm, Thành ủy tổ chức 5 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII và Kết luận 01-KL/TW; 34 đảng bộ phường và 28 đảng bộ cơ quan, doanh nghiệp mở 409 lớp, với 41.377/42.950 đảng viên tham gia. Các chi bộ khu phố duy trì 3.860 buổi sinh hoạt chuyên đề. Đợt học tập về chủ đề ‘Thủ Đức – thành phố sáng tạo’ là một trong hai đợt sinh hoạt chính trị mà Thành ủy phát động trong năm.

“Các phường tổ chức 1.320 buổi nói chuyện chuyên đề ngay tại sảnh chung cư, với trên 86.000 lượt cư dân. Chúng ta đã tổ chức Hội thi báo cáo viên giỏi lần thứ hai với 48 thí sinh; thành phố hiện có 96 báo cáo viên, trong năm Ban tổ chức 12 hội nghị báo cáo viên.

“Trên không gian mạng, hệ thống hiện có 1 cổng thông tin điện tử, 36 trang fanpage chính danh và 1.254 nhóm Zalo khu phố; các trang đã đăng tải gần 7.800 tin, bài, video. Có anh tổ trưởng ở phường Thạnh Mỹ Lợi nói với tôi: ‘Khu phố tôi 1.100 hộ, hộ nào cũng vào nhóm’. Đó là điều đáng mừng.

“Năm 2024, chúng tôi đề nghị mỗi đảng bộ phường tổ chức ít nhất 2 hội nghị chuyên đề, phấn đấu 100% khu phố có nhóm Zalo. Xin cảm ơn các đồng chí.”

Dịp này, Thành ủy Thủ Đức khen thưởng 15 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2023.
"""
D04 = "2023-12-19"
P04 = year(2023)

DOCS = [
    Doc("h17_01_govap_2016", T01, GOVAP, P01, D01, "text", facts=[
        F("mười hai văn bản", 12, "documents_issued"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("mở 04 hội nghị", 4, "study_sessions"),
        F("mở 168 lớp", 168, "study_sessions"),
        F("19.406 lượt cán bộ, đảng viên", 19406, "study_attendance", a="party_members"),
        F("7.215 lượt quần chúng", 7215, "study_attendance", a="masses"),
        F("dự học đạt 96,8%", 96.8, "study_participation_rate"),
        F("gồm 62 đồng chí", 62, "reporters", p=end_of(P01)),
        F("11 hội nghị báo cáo viên", 11, "reporter_conferences"),
        F("nói chuyện 214 buổi", 214, "oral_propaganda_sessions"),
        F("hơn 31 nghìn lượt người nghe", 31000, "propaganda_audience", "at_least"),
        F("quận có 35 cộng tác viên", 35, "opinion_collaborators", p=end_of(P01)),
        F("48 báo cáo định kỳ", 48, "opinion_reports"),
        F("13 báo cáo nhanh", 13, "opinion_reports"),
        F("đăng 1.532 tin, bài", 1532, "news_items"),
        F("phát 152 chương trình", 152, "news_items"),
        F("cấp phát 6.000 cuốn", 6000, "other"),
        F("24.870 lượt người dự thi", 24870, "contest_entries"),
        F("cho 11 tập thể", 11, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Thứ Sáu, ngày 13 tháng 1 năm 2017", 13), ("Sáng 11/1", 11),
              ("năm 2016", 2016), ("16 phường", 16), ("hơn 660 nghìn người", 660000),
              ("126 năm", 126), ("ở 3 cấp", 3), ("Tổ tôi có 45 hộ", 45),
              ("1 buổi nói chuyện thời sự", 1), ("tổ dân phố 38", 38), ("phường 10", 10),
              ("phường 5", 5), ("mỗi cuốn 32 trang", 32), ("ngày 22/5/2016", 22),
              ("đạt 99,1%", 99.1), ("Hiến pháp năm 2013", 2013), ("1 giải đặc biệt", 1),
              ("3 giải Nhất", 3), ("40 giải khuyến khích", 40),
              ("2 tập thể được đề nghị", 2), ("Năm 2017", 2017), ("100% tổ dân phố", 100),
              ("ít nhất 6 hội nghị", 6), ("Trung ương 4", 4)]),
    Doc("h17_02_q8_h1_2020", T02, Q8, P02, D02, "text", facts=[
        F("đã ban hành: 17", 17, "documents_issued"),
        F("Chỉ thị 35-CT/TW: 02", 2, "study_sessions"),
        F("Lớp ở các chi, đảng bộ cơ sở: 71", 71, "study_sessions"),
        F("lượt đảng viên dự: 6.842", 6842, "study_attendance", a="party_members"),
        F("tỷ lệ: 91,36%", 91.36, "study_participation_rate"),
        F("Đảng viên chưa tham gia: 648 người", 648, "other"),
        F("khẩu hiệu: 2.460", 2460, "other"),
        F("Tờ rơi phát tới hộ dân: 85.000", 85000, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 318", 318, "other"),
        F("fanpage của quận: 1.047", 1047, "news_items"),
        F("ước đạt 3,5 triệu", 3500000, "propaganda_audience", "approx"),
        F("hiện có 54 báo cáo viên", 54, "reporters", p=inst(D02)),
        F("03 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("đội ngũ 41 cộng tác viên", 41, "opinion_collaborators", p=end_of(P02)),
        F("26 định kỳ", 26, "opinion_reports"),
        F("9 đột xuất", 9, "opinion_reports"),
        F("Lớp sơ cấp lý luận chính trị: 03", 3, "training_classes"),
        F("học viên: 164", 164, "trainees"),
        F("6 tập thể", 6, "commended_collectives"),
        F("13 cá nhân", 13, "commended_individuals"),
    ], traps=[("QUẬN 8", 8), ("Số 96-BC/BTGQU", 96), ("Quận 8, ngày 10 tháng 7 năm 2020", 8),
              ("6 tháng đầu năm 2020", 6), ("6 tháng cuối năm 2020", 6), ("16 phường", 16),
              ("gần 430 nghìn dân", 430000), ("56 tổ chức cơ sở đảng", 56),
              ("khoảng 7.900 đảng viên", 7900), ("Từ ngày 1/4 đến 22/4/2020", 1),
              ("16/CT-TTg", 16), ("dưới 20 người", 20), ("COVID-19", 19),
              ("35-CT/TW", 35), ("6 tháng chỉ", 6), ("tháng 1, tháng 6", 1),
              ("tháng 6 và một", 6), ("6 THÁNG CUỐI NĂM 2020", 6),
              ("nhiệm kỳ 2020 – 2025", 2020), ("tổ chức 02 hội nghị quán triệt", 2),
              ("khoảng 1.200 cán bộ chủ chốt", 1200), ("Mở 4 lớp", 4), ("250 học viên", 250),
              ("1. Báo cáo viên", 1), ("2. Dư luận xã hội", 2), ("1. Tuyên truyền Đại hội", 1),
              ("2. Mở", 2)]),
    Doc("h17_03_hocmon_binhchanh_q1_2018", T03, HOCMON, P03, D03, "sidecar",
        meta={"date": D03}, facts=[
        F("Hội nghị cấp huyện | 2", 2, "study_sessions"),
        F("cấp huyện | 2 | 3", 3, "study_sessions", unit=BINHCHANH),
        F("Số lớp ở cơ sở | 58", 58, "study_sessions"),
        F("| 58 | 74", 74, "study_sessions", unit=BINHCHANH),
        F("dự học | 8.214", 8214, "study_attendance", a="party_members"),
        F("| 8.214 | 10.630", 10630, "study_attendance", a="party_members", unit=BINHCHANH),
        F("(%) | 94,7", 94.7, "study_participation_rate"),
        F("| 94,7 | 96,05", 96.05, "study_participation_rate", unit=BINHCHANH),
        F("Buổi thảo luận ở chi bộ | 366", 366, "party_cell_discussions"),
        F("| 366 | 421", 421, "party_cell_discussions", unit=BINHCHANH),
        F("127 buổi tuyên truyền miệng", 127, "oral_propaganda_sessions"),
        F("khoảng 9.400 lượt người dân", 9400, "propaganda_audience", "approx", a="masses"),
        F("hiện có 96 nhóm Zalo", 96, "chat_groups", p=inst(D03)),
        F("với 6.300 thành viên", 6300, "chat_group_members", p=inst(D03)),
        F("Đội ngũ 46 cộng tác viên", 46, "opinion_collaborators", unit=BINHCHANH,
          p=end_of(P03)),
        F("đã gửi 39 báo cáo", 39, "opinion_reports", unit=BINHCHANH),
        F("với 32 thí sinh", 32, "contest_entries", unit=BINHCHANH),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=BINHCHANH),
        F("186 học viên", 186, "trainees", unit=BINHCHANH),
        F("đăng 318 tin, bài", 318, "news_items", unit=BINHCHANH),
        F("phát hành 3 số", 3, "news_items", unit=BINHCHANH),
    ], traps=[("Quý I năm 2018", 2018), ("Trung ương 6", 6), ("88 năm", 88),
              ("(3/2/1930 – 3/2/2018)", 3), ("Quận 12", 12), ("ấp 7", 7),
              ("có 230 người", 230), ("68 tuổi", 68), ("trong đó 8 báo cáo đột xuất", 8),
              ("16 xã, thị trấn", 16), ("5 thí sinh xuất sắc nhất", 5),
              ("mỗi số 1.500 bản", 1500)]),
    Doc("h17_04_thuduc_2023", T04, THUDUC, P04, D04, "text", facts=[
        F("ban hành 31 văn bản", 31, "documents_issued", p=since("2023-01-01", D04)),
        F("5 hội nghị cấp thành phố", 5, "study_sessions"),
        F("mở 409 lớp", 409, "study_sessions"),
        F("41.377/42.950 đảng viên", 41377, "study_attendance", a="party_members"),
        F("3.860 buổi sinh hoạt chuyên đề", 3860, "party_cell_discussions"),
        F("một trong hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("1.320 buổi nói chuyện", 1320, "oral_propaganda_sessions"),
        F("trên 86.000 lượt cư dân", 86000, "propaganda_audience", "at_least", a="masses"),
        F("với 48 thí sinh", 48, "contest_entries"),
        F("hiện có 96 báo cáo viên", 96, "reporters", p=inst(D04)),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("1 cổng thông tin điện tử", 1, "websites", p=inst(D04)),
        F("36 trang fanpage", 36, "social_pages", p=inst(D04)),
        F("1.254 nhóm Zalo", 1254, "chat_groups", p=inst(D04)),
        F("gần 7.800 tin, bài, video", 7800, "news_items", "at_most"),
        F("15 tập thể", 15, "commended_collectives"),
        F("22 cá nhân", 22, "commended_individuals"),
    ], traps=[("Cập nhật 19/12/2023 10:25", 19), ("Ngày 18/12", 18), ("năm 2023", 2023),
              ("34 phường", 34), ("hơn 1,2 triệu dân", 1200000),
              ("nhiệm kỳ 2020 – 2025", 2020), ("Trung ương 8", 8), ("01-KL/TW", 1),
              ("34 đảng bộ phường", 34), ("28 đảng bộ cơ quan", 28),
              ("Khu phố tôi 1.100 hộ", 1100), ("Năm 2024", 2024), ("ít nhất 2 hội nghị", 2),
              ("100% khu phố", 100)]),
]
