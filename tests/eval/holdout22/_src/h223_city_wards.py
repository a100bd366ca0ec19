"""Twenty-second held-out set (holdout22), part 3: city-level bodies and wards/communes.

Judgment calls:
- h22_09 (press, Ban Tuyên giáo Thành ủy TP.HCM, năm 2017): city bodies are the province.
  "Thành ủy tổ chức 6 hội nghị cấp thành phố, các quận, huyện ủy ... mở 5.126 lớp" (no district
  named): both the city's. "tỷ lệ đảng viên tham gia đạt 96,55%" the rate. "mỗi hội nghị có
  khoảng 800 đại biểu" per-item (trap); reporters "hiện có" at the document date. Contest
  entries 186.320; "10 bài xuất sắc nhất", "100 năm", "8,4 triệu dân", "24 quận, huyện",
  "Quận 1" (a model) traps. "ước tính 1,35 triệu" approx. "đề nghị ... tặng bằng khen cho 3
  tập thể" proposed (trap).
- h22_10 (administrative report, Phường Bến Thành, từ ngày 1/7/2025 đến nay): letterhead
  "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH / ĐẢNG ỦY PHƯỜNG BẾN THÀNH"; period 2025-07-01..2025-12-15. The
  predecessor wards, "Quận 1 cũ", "42 khu phố", "78 nghìn người" traps. "a)" under "1." reads
  with it; "1.968/2.041 đồng chí" attendance (numerator). "Nhóm Zalo khu phố hiện có: 42" and
  the members at the document date. Money funding the work `other`; vehicle runs `other`;
  "01 cá nhân được đề nghị" proposed (trap). Plan heading numbers traps.
- h22_11 (Hanoi multi-ward article, quý I năm 2026): "Hà Nội hiện có 126 phường, xã"
  geography. "▪ Việt Hưng – ..." and "XÃ BÁT TRÀNG: ..." head sections. The Phó Bí thư
  introduced before the colon speaks for the ward (stocks at the document date; "hơn 1.900
  tin, bài" the quarter's). "Dù tháng 1 xã chỉ tổ chức được 1 hội nghị" January 2026 only. The
  gốm owner's quotation an anecdote. "phát sóng 36 chương trình ... và 12 kỳ chuyên mục" both
  news_items.
- h22_12 (internal bulletin, Ban Tuyên giáo Thành ủy Hà Nội, 6 tháng đầu năm 2025): the
  issue month is not the period (the headline names 6 tháng đầu năm). The dateline is the
  document date. Lettered capitals headings lead in their lines. "từ 526 xuống còn 126" and the
  1/7/2025 date traps; "(tháng 3 và tháng 5)" months of the items, no period; "Luật Thủ đô năm
  2024" a law's year; "chiếm khoảng 61%" who made up the count; finalists a pick (trap); "Tờ gấp
  ...: 200.000" `other`. Everything under "D. NHIỆM VỤ ..." is a plan.
"""
from build_gold import Doc, F, U, W, h1, inst, month, quarter, since, year

HCM, HANOI = U("Thành phố Hồ Chí Minh"), U("Thành phố Hà Nội")
BENTHANH = W("Phường Bến Thành", "79")
VIETHUNG, BATTRANG = W("Phường Việt Hưng", "01"), W("Xã Bát Tràng", "01")

T09 = """
Sài Gòn Giải Phóng Online – Thứ Sáu, ngày 29/12/2017

Ban Tuyên giáo Thành ủy TP.HCM tổng kết năm 2017: Nhiều cách làm mới

Năm 2017, Ban Tuyên giáo Thành ủy TP.HCM đã tham mưu Ban Thường vụ Thành ủy ban hành 31 văn bản chỉ đạo công tác tư tưởng. Thành ủy tổ chức 6 hội nghị cấp thành phố, các quận, huyện ủy và đảng ủy trực thuộc mở 5.126 lớp học tập, quán triệt Nghị quyết Trung ương 5 khóa XII, với 398.560 lượt đảng viên dự, tỷ lệ đảng viên tham gia đạt 96,55%.

Ban tổ chức 12 hội nghị báo cáo viên thành phố, mỗi hội nghị có khoảng 800 đại biểu. Đội ngũ báo cáo viên Thành ủy hiện có 112 đồng chí. Cuộc thi “Tìm hiểu 100 năm Cách mạng Tháng Mười Nga” thu hút 186.320 lượt đoàn viên, thanh niên dự thi; 10 bài xuất sắc nhất được trao giải.

Thành phố có hơn 8,4 triệu dân, 24 quận, huyện. Mô hình “Dân vận khéo” của Quận 1 được nhân rộng. Ban cũng đã triển khai 4 đợt sinh hoạt chính trị trong toàn Đảng bộ và tổ chức 1.246 buổi nói chuyện thời sự, ước tính 1,35 triệu lượt người nghe.

Nhân dịp này, Ban Tuyên giáo Thành ủy đề nghị Ban Tuyên giáo Trung ương tặng bằng khen cho 3 tập thể; Ban tặng giấy khen cho 24 tập thể và 47 cá nhân.
"""
D09 = "2017-12-29"

T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 18-BC/ĐU

Bến Thành, ngày 15 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo từ ngày 1/7/2025 đến nay

Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão, Cầu Ông Lãnh và một phần phường Nguyễn Thái Bình (Quận 1 cũ), có 42 khu phố, dân số khoảng 78 nghìn người.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01
- Lớp ở các chi bộ: 64
- Đảng viên dự học: 1.968/2.041 đồng chí
- Lượt quần chúng dự nghe: 1.240

2. Tuyên truyền trên không gian mạng
- Tin, bài trên trang thông tin điện tử phường: 286; trên Zalo OA: 174
- Nhóm Zalo khu phố hiện có: 42, số thành viên hiện nay khoảng 12.600 người

3. Nắm bắt dư luận xã hội
- Báo cáo dư luận xã hội: 18 định kỳ, 06 đột xuất
- Lượt xe loa tuyên truyền lưu động: 124
- Kinh phí hỗ trợ in tài liệu tuyên truyền cho khu phố: 85 triệu đồng

4. Thi đua, khen thưởng
- Tập thể được Đảng ủy phường khen thưởng: 06
- 01 cá nhân được đề nghị Thành ủy tặng bằng khen

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng.
- 100% chi bộ sinh hoạt chuyên đề hằng tháng.
"""
D10 = "2025-12-15"

T11 = """
Thứ Hai, ngày 13/4/2026

Hai cơ sở, một quý bận rộn với Nghị quyết Đại hội XIV

(Hànộimới) – Quý I năm 2026, các phường, xã của Thủ đô tập trung học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Hà Nội hiện có 126 phường, xã.

▪ Việt Hưng – “Zalo tổ dân phố” làm cầu nối
Trong quý, Đảng ủy phường Việt Hưng tổ chức 01 hội nghị cấp phường và 58 lớp ở các chi bộ, với 4.207/4.412 đảng viên dự học. Bà Đỗ Thị Hoa, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Phường hiện có 64 nhóm Zalo tổ dân phố với khoảng 21.000 thành viên. Các nhóm đã đăng hơn 1.900 tin, bài về nghị quyết.”

XÃ BÁT TRÀNG: Tuyên truyền ở làng nghề
Dù tháng 1 xã chỉ tổ chức được 1 hội nghị, cả quý xã đã mở 27 lớp ở các chi bộ. Cán bộ xã tổ chức 19 buổi nói chuyện tại các lò gốm với 1.300 lượt người dân. “Nhà tôi làm gốm ba đời, tuần nào cũng có 2 buổi nghe nói chuyện”, bà Nguyễn Thị Tâm, chủ một xưởng gốm, kể. Đài truyền thanh xã phát sóng 36 chương trình thời sự và 12 kỳ chuyên mục “Bát Tràng hôm nay”. Đảng ủy xã khen thưởng 4 tập thể.
"""
D11 = "2026-04-13"

T12 = """
THÀNH ỦY HÀ NỘI
BAN TUYÊN GIÁO
BẢN TIN THÔNG BÁO NỘI BỘ – Số 06 – Tháng 6/2025

Hà Nội, ngày 08/7/2025

SƠ KẾT CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2025

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
- Hội nghị cấp thành phố: 03
- Lượt cán bộ, đảng viên dự (cả hình thức trực tuyến): 512.460; tỷ lệ: 95,8%

B. TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH
Thực hiện chủ trương sắp xếp, Hà Nội giảm từ 526 xuống còn 126 đơn vị hành chính cấp xã, vận hành chính quyền hai cấp từ ngày 1/7/2025.
- Tin, bài, phóng sự trên các cơ quan báo chí Thành phố: hơn 12.400
- Hội nghị báo cáo viên: 02 (tháng 3 và tháng 5)
- Lượt người tiếp cận: khoảng 3,5 triệu
- Tờ gấp in và phát tới các tổ dân phố: 200.000

C. THI ĐUA
- Cuộc thi “Tìm hiểu Luật Thủ đô năm 2024” – lượt dự thi: 23.846, trong đó đoàn viên thanh niên chiếm khoảng 61%
- Thí sinh vào vòng chung kết: 18
- Tập thể được khen thưởng: 15; cá nhân: 32

D. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
- Tổ chức 02 hội nghị quán triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVIII.
- Phát hành 6 số bản tin.
"""

DOCS = [
    Doc("h22_09_hcm_city_2017_press", T09, HCM, year(2017), D09, "text", facts=[
        F("ban hành 31 văn bản", 31, "documents_issued"),
        F("6 hội nghị cấp thành phố", 6, "study_sessions"),
        F("mở 5.126 lớp", 5126, "study_sessions"),
        F("398.560 lượt đảng viên", 398560, "study_attendance", a="party_members"),
        F("đạt 96,55%", 96.55, "study_participation_rate"),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("hiện có 112 đồng chí", 112, "reporters", p=inst(D09)),
        F("186.320 lượt đoàn viên", 186320, "contest_entries"),
        F("4 đợt sinh hoạt chính trị", 4, "political_campaigns"),
        F("1.246 buổi nói chuyện", 1246, "oral_propaganda_sessions"),
        F("ước tính 1,35 triệu", 1350000, "propaganda_audience", "approx"),
        F("24 tập thể", 24, "commended_collectives"),
        F("47 cá nhân", 47, "commended_individuals"),
    ], traps=[("Trung ương 5", 5), ("khoảng 800 đại biểu", 800), ("100 năm", 100),
              ("10 bài xuất sắc nhất", 10), ("hơn 8,4 triệu dân", 8400000),
              ("24 quận, huyện", 24), ("Quận 1", 1), ("3 tập thể", 3)]),
    Doc("h22_10_benthanh_since_0701_2025_report", T10, BENTHANH,
        since("2025-07-01", D10), D10, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 64", 64, "study_sessions"),
        F("1.968/2.041 đồng chí", 1968, "study_attendance", a="party_members"),
        F("dự nghe: 1.240", 1240, "study_attendance", a="masses"),
        F("phường: 286", 286, "news_items"),
        F("Zalo OA: 174", 174, "news_items"),
        F("hiện có: 42", 42, "chat_groups", p=inst(D10)),
        F("khoảng 12.600 người", 12600, "chat_group_members", "approx", p=inst(D10)),
        F("18 định kỳ", 18, "opinion_reports"),
        F("06 đột xuất", 6, "opinion_reports"),
        F("lưu động: 124", 124, "other"),
        F("85 triệu đồng", 85000000, "other"),
        F("khen thưởng: 06", 6, "commended_collectives"),
    ], traps=[("Số 18-BC/ĐU", 18), ("Quận 1", 1), ("42 khu phố", 42),
              ("khoảng 78 nghìn người", 78000), ("2025 – 2030", 2025),
              ("01 cá nhân được đề nghị", 1), ("Tổ chức 02 hội nghị", 2), ("100% chi bộ", 100),
              ("1/7/2025", 1)]),
    Doc("h22_11_viethung_battrang_q1_2026", T11, VIETHUNG, quarter(1, 2026), D11, "text", facts=[
        F("01 hội nghị cấp phường", 1, "study_sessions", unit=VIETHUNG),
        F("58 lớp ở các chi bộ", 58, "study_sessions", unit=VIETHUNG),
        F("4.207/4.412 đảng viên", 4207, "study_attendance", a="party_members", unit=VIETHUNG),
        F("hiện có 64 nhóm Zalo", 64, "chat_groups", unit=VIETHUNG, p=inst(D11)),
        F("khoảng 21.000 thành viên", 21000, "chat_group_members", "approx", unit=VIETHUNG,
          p=inst(D11)),
        F("hơn 1.900 tin, bài", 1900, "news_items", "at_least", unit=VIETHUNG),
        F("tổ chức được 1 hội nghị", 1, "study_sessions", unit=BATTRANG, p=month(1, 2026)),
        F("mở 27 lớp", 27, "study_sessions", unit=BATTRANG),
        F("19 buổi nói chuyện", 19, "oral_propaganda_sessions", unit=BATTRANG),
        F("1.300 lượt người dân", 1300, "propaganda_audience", a="masses", unit=BATTRANG),
        F("36 chương trình thời sự", 36, "news_items", unit=BATTRANG),
        F("12 kỳ chuyên mục", 12, "news_items", unit=BATTRANG),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=BATTRANG),
    ], traps=[("126 phường, xã", 126), ("2 buổi nghe", 2), ("tháng 1", 1)]),
    Doc("h22_12_hanoi_city_h1_2025_bulletin", T12, HANOI, h1(2025), "2025-07-08", "text", facts=[
        F("Hội nghị cấp thành phố: 03", 3, "study_sessions"),
        F("trực tuyến): 512.460", 512460, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,8%", 95.8, "study_participation_rate"),
        F("Thành phố: hơn 12.400", 12400, "news_items", "at_least"),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("khoảng 3,5 triệu", 3500000, "propaganda_audience", "approx"),
        F("tổ dân phố: 200.000", 200000, "other"),
        F("lượt dự thi: 23.846", 23846, "contest_entries"),
        F("khen thưởng: 15", 15, "commended_collectives"),
        F("cá nhân: 32", 32, "commended_individuals"),
    ], traps=[("Số 06", 6), ("Tháng 6/2025", 6), ("từ 526", 526), ("còn 126", 126),
              ("ngày 1/7/2025", 1), ("tháng 3", 3), ("tháng 5", 5), ("năm 2024", 2024),
              ("khoảng 61%", 61), ("vòng chung kết: 18", 18), ("Tổ chức 02 hội nghị", 2),
              ("Phát hành 6 số", 6)]),
]
