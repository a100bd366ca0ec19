"""Twenty-first held-out set (holdout21), part 3: city bodies and wards/communes (2022-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h21_09 (city conference news under the letterhead "BAN TUYÊN GIÁO THÀNH ỦY THÀNH PHỐ HỒ CHÍ
  MINH", 9 tháng năm 2022): the city's Ban, Sở Thông tin và Truyền thông, Sở Văn hóa và Thể
  thao, Thành Đoàn, Hội Liên hiệp Phụ nữ and Liên đoàn Lao động Thành phố are the province.
  "Chiều 06/10/2022" is the document date. "9 tháng qua" is the article's span. The Ban's
  opinion reports sent to Thường trực Thành ủy are the Ban's (province either way). "thành
  phố hơn 9 triệu dân" population (trap). "kinh phí 3,2 tỷ đồng in tài liệu" funds the work:
  `other`. "24 triển lãm ảnh lưu động" `other`. "173.845 lượt đoàn viên, thanh niên dự thi"
  contest_entries. "Hội Liên hiệp Phụ nữ Thành phố, với hơn 1,2 triệu hội viên" members in
  apposition (trap); its "khoảng 83 nghìn lượt hội viên" an audience (masses). "tại 312 doanh
  nghiệp" the place (trap), "47.600 lượt công nhân, lao động" the audience (all). "Ban Tuyên
  giáo Thành ủy Thủ Đức ... đến nay thành phố Thủ Đức duy trì 1.052 nhóm Zalo ... với khoảng
  96 ngàn thành viên": TP Thủ Đức's stocks at the document date. The ring road, its investment
  and the quý IV plan are traps.
- h21_10 (report of the merged Ban Tuyên giáo và Dân vận Thành ủy Hà Nội, 6 tháng đầu năm
  2025): province Hà Nội. "trên cơ sở hợp nhất 2 ban" bodies merged (trap); "chính quyền hai
  cấp" a number word in a name (trap). Lettered capital headings ("A. HỌC TẬP, QUÁN TRIỆT
  NGHỊ QUYẾT") lead in their list lines: "Lớp ở các đảng bộ trực thuộc: 1.874" study_sessions,
  "lượt đảng viên dự: 412.730; tỷ lệ: 97,02%" attendance and its rate, "Lượt quần chúng dự
  nghe: khoảng 96.500" masses approx. "Tin, bài ...: 1.920; trên trang Zalo OA ...: 640" two
  news_items. "Lượt tiếp cận ...: ước 3,2 triệu" propaganda_audience approx. Banners `other`
  (the anniversary a trap). "Cuộc thi “...” – lượt dự thi: 152.306" contest_entries (95 năm a
  trap). "Báo cáo viên Thành ủy: 96 đồng chí (tính đến 30/6/2025)" an instant at that date.
  The administrative reorganisation in "II. HẠN CHẾ" (30 quận..., 526 xã..., 126 đơn vị) is
  geography; everything under "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025" a plan (traps).
- h21_11 (ward report, Phường Chợ Lớn, quý III năm 2025): letterhead "ĐẢNG BỘ THÀNH PHỐ HỒ
  CHÍ MINH / ĐẢNG ỦY PHƯỜNG CHỢ LỚN" is the ward's report (unit_level ward, seed code). The
  wards it was made from ("các phường 11, 12, 13 và 14 (Quận 5 cũ)"), area, population and the
  share of người Hoa are traps. "a) ..." sub-headings read with "1. Học tập, quán triệt nghị
  quyết": "Hội nghị cấp phường: 01", "Lớp ở các chi bộ: 52" / "49" study_sessions; "Đảng viên
  dự học: 2.318/2.406 đồng chí" attendance, "Tỷ lệ: 96,34%" its rate; "quần chúng dự nghe: 1.150
  lượt" masses. "nhiệm kỳ 2025 – 2030" is a term naming the congress, and the year of the
  chuyên đề a theme (traps). Emoji lines read like "- ..." lines: banners `other`, "36 buổi nói
  chuyện" and "khoảng 2.700 lượt cư dân" (masses, approx), two news_items. Lecturers and
  collaborators (no marker) are instants at 2025-09-30. "01 cá nhân được đề nghị Thành ủy tặng
  bằng khen" a proposed award (trap); "II. PHƯƠNG HƯỚNG QUÝ IV NĂM 2025" plans (traps).
- h21_12 (web article, Hanoi, quý I năm 2026, ward sections in capitals "PHƯỜNG LONG BIÊN: ...",
  "XÃ ĐÔNG ANH: ...", "XÃ BA VÌ: ..."): "Cập nhật 08/4/2026 09:40" is the document date. The
  first sentence names Thành ủy Hà Nội: its "2 hội nghị cấp thành phố" (after a study of the
  congress resolution, before a comma) are study_sessions of the city. "Sau 9 tháng vận hành"
  a duration, "chính quyền hai cấp" a name (traps). Phường Long Biên: "quận Long Biên" is the
  ward's predecessor (no actor); "28 tòa chung cư với khoảng 35 nghìn cư dân" the place's
  residents (traps); the section title describes the bare nouns ("01 hội nghị cấp phường và
  44 lớp ở các chi bộ" study_sessions); "hiện có 61 nhóm Zalo ..., số thành viên khoảng 9.400
  người" stocks at the document date. Xã Đông Anh: "xấp xỉ 3.400 lượt người dân" masses approx;
  the mobile vehicle's "58 lượt" `other`; a post's likes and shares traps. Xã Ba Vì: the Phó
  Bí thư Thường trực introduced before the colon is the official (74 sessions are
  party_cell_discussions of the commune); the village head's "57 hộ" an anecdote; "5 thí sinh
  xuất sắc nhất" a ranking; the Dao share of the population a trap.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, m9, quarter

HCM, THUDUC, HANOI = U("Thành phố Hồ Chí Minh"), U("Thành phố Thủ Đức"), U("Thành phố Hà Nội")
CHOLON = W("Phường Chợ Lớn", "79")
LONGBIEN_W, DONGANH_X, BAVI_X = (W("Phường Long Biên", "01"), W("Xã Đông Anh", "01"),
                                 W("Xã Ba Vì", "01"))

# ---------------------------------------------------------------------------------------------
T09 = """
BAN TUYÊN GIÁO THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH

Giao ban tuyên giáo 9 tháng năm 2022: các sở, ngành, đoàn thể cùng vào cuộc

Chiều 06/10/2022, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị giao ban công tác tuyên giáo 9 tháng năm 2022 với các sở, ngành, Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội Thành phố.

Báo cáo tại hội nghị cho biết, 9 tháng qua, Ban Tuyên giáo Thành ủy đã tham mưu Thường trực Thành ủy ban hành 28 văn bản chỉ đạo công tác tư tưởng; tổ chức 4 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Trung ương 4 và Trung ương 5 khóa XIII. Ban cũng triển khai 2 đợt sinh hoạt chính trị, tư tưởng về xây dựng văn hóa, con người TP.HCM nghĩa tình, năng động, sáng tạo, và tổng hợp, gửi Thường trực Thành ủy 36 báo cáo chuyên đề về tình hình tư tưởng, dư luận xã hội trong một thành phố hơn 9 triệu dân. Để hỗ trợ cơ sở, Ban trích kinh phí 3,2 tỷ đồng in tài liệu học tập nghị quyết cấp phát cho các chi bộ.

Tại hội nghị, Sở Thông tin và Truyền thông cho biết đã định hướng các cơ quan báo chí Thành phố đăng, phát hơn 12.500 tin, bài về các ngày lễ lớn và việc thực hiện Nghị quyết Đại hội XI Đảng bộ Thành phố. Sở Văn hóa và Thể thao tổ chức 24 triển lãm ảnh lưu động tại các quận, huyện.

Thành Đoàn TP.HCM tổ chức cuộc thi trực tuyến “Tuổi trẻ Thành phố học tập và làm theo lời Bác” với 173.845 lượt đoàn viên, thanh niên dự thi. Hội Liên hiệp Phụ nữ Thành phố, với hơn 1,2 triệu hội viên, tổ chức 1.845 buổi nói chuyện chuyên đề cho khoảng 83 nghìn lượt hội viên. Liên đoàn Lao động Thành phố tuyên truyền tại 312 doanh nghiệp với 47.600 lượt công nhân, lao động.

Đáng chú ý, Ban Tuyên giáo Thành ủy Thủ Đức cho biết đến nay thành phố Thủ Đức duy trì 1.052 nhóm Zalo khu phố với khoảng 96 ngàn thành viên, là kênh kết nối giữa chi bộ và người dân.

Nhân dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích trong công tác tuyên truyền dự án đường Vành đai 3, dự án có tổng mức đầu tư khoảng 75.378 tỷ đồng.

Quý IV năm 2022, Ban sẽ tổ chức 3 hội nghị báo cáo viên chuyên đề và tiếp tục tuyên truyền kỷ niệm các ngày lễ lớn cuối năm.
"""
D09 = "2022-10-06"
P09 = m9(2022)

# ---------------------------------------------------------------------------------------------
T10 = """
THÀNH ỦY HÀ NỘI
BAN TUYÊN GIÁO VÀ DÂN VẬN
Số 208-BC/BTGDVTU

Hà Nội, ngày 04 tháng 7 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 6 tháng đầu năm 2025,
nhiệm vụ 6 tháng cuối năm 2025

Ban Tuyên giáo và Dân vận Thành ủy Hà Nội được thành lập từ ngày 01/3/2025 trên cơ sở hợp nhất 2 ban. Sáu tháng đầu năm 2025, trong bối cảnh vừa sắp xếp tổ chức bộ máy, vừa chuẩn bị vận hành chính quyền hai cấp, Ban đã hoàn thành các nhiệm vụ trọng tâm, cụ thể:

I. KẾT QUẢ

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
- Hội nghị cấp thành phố: 03
- Lớp ở các đảng bộ trực thuộc: 1.874; lượt đảng viên dự: 412.730; tỷ lệ: 97,02%
- Lượt quần chúng dự nghe: khoảng 96.500

B. TUYÊN TRUYỀN
- Tin, bài trên Cổng thông tin điện tử Thành ủy: 1.920; trên trang Zalo OA “Tuyên giáo Thủ đô”: 640
- Lượt tiếp cận các sản phẩm tuyên truyền số: ước 3,2 triệu
- Băng rôn, khẩu hiệu, pano kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước: 24.600
- Cuộc thi “Tìm hiểu 95 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam” – lượt dự thi: 152.306

C. BÁO CÁO VIÊN, DƯ LUẬN XÃ HỘI
- Báo cáo viên Thành ủy: 96 đồng chí (tính đến 30/6/2025)
- Hội nghị báo cáo viên: 06
- Báo cáo nhanh về tình hình tư tưởng, dư luận xã hội: 29

D. THI ĐUA, KHEN THƯỞNG
- Tập thể được Thành ủy khen thưởng: 24; cá nhân: 57

II. HẠN CHẾ
Việc sắp xếp 30 quận, huyện, thị xã và 526 xã, phường, thị trấn thành 126 đơn vị hành chính cấp xã đặt ra yêu cầu rất lớn; một số nơi chưa kịp kiện toàn đội ngũ báo cáo viên cơ sở.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
- Tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XVIII cho 100% cán bộ chủ chốt;
- Tổ chức 02 hội nghị báo cáo viên chuyên đề về Nghị quyết 57-NQ/TW;
- Phấn đấu lượt tiếp cận các sản phẩm tuyên truyền số đạt trên 5 triệu.
"""
D10 = "2025-07-04"
P10 = h1(2025)

# ---------------------------------------------------------------------------------------------
T11 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG CHỢ LỚN
Số 27-BC/ĐU

Chợ Lớn, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025

Phường Chợ Lớn được thành lập trên cơ sở các phường 11, 12, 13 và 14 (Quận 5 cũ), có diện tích khoảng 1,2 km² với hơn 64 nghìn người, trong đó khoảng 38% là người Hoa. Quý III năm 2025 là quý đầu tiên Đảng ủy phường hoạt động theo mô hình chính quyền hai cấp; kết quả công tác tuyên giáo như sau:

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01
- Lớp ở các chi bộ: 52
- Đảng viên dự học: 2.318/2.406 đồng chí
- Tỷ lệ: 96,34%
b) Chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2025
- Lớp ở các chi bộ: 49; quần chúng dự nghe: 1.150 lượt

2. Tuyên truyền
✅ Treo 420 băng rôn, cờ phướn kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9
✅ 36 buổi nói chuyện chuyên đề tại các khu phố, với khoảng 2.700 lượt cư dân
✅ Tin, bài trên fanpage “Phường Chợ Lớn”: 215; trên Zalo OA của phường: 96

3. Báo cáo viên, dư luận xã hội
- Báo cáo viên cấp phường: 14 đồng chí
- Cộng tác viên dư luận xã hội: 31 người
- Báo cáo tình hình dư luận gửi Ban Tuyên giáo và Dân vận Thành ủy: 13

4. Khen thưởng
- Đảng ủy phường tặng giấy khen cho 6 tập thể, 15 cá nhân; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. PHƯƠNG HƯỚNG QUÝ IV NĂM 2025
- Tổ chức 02 hội nghị chuẩn bị học tập Nghị quyết Đại hội XIV của Đảng;
- Phấn đấu 100% chi bộ khu phố duy trì nhóm Zalo;
- Tổ chức 01 hội thi tuyên truyền viên giỏi cấp phường.
"""
D11 = "2025-10-03"
P11 = quarter(3, 2025)

# ---------------------------------------------------------------------------------------------
T12 = """
Cập nhật 08/4/2026 09:40

Ba xã, phường ngoại thành: mỗi nơi một cách làm tuyên giáo

Quý I năm 2026, sau khi học tập, quán triệt Nghị quyết Đại hội XIV của Đảng, Thành ủy Hà Nội tổ chức 2 hội nghị cấp thành phố, các đảng ủy xã, phường tiếp tục triển khai đến từng chi bộ. Sau 9 tháng vận hành chính quyền hai cấp, nhiều xã, phường đã có cách làm riêng.

PHƯỜNG LONG BIÊN: Nghị quyết đến từng tòa chung cư

Phường Long Biên được thành lập từ một phần các phường cũ của quận Long Biên; trên địa bàn có 28 tòa chung cư với khoảng 35 nghìn cư dân. Trong quý, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 44 lớp ở các chi bộ, với 2.876 lượt đảng viên tham dự, đạt 96,7%; riêng quần chúng có 930 lượt dự nghe. Phường hiện có 61 nhóm Zalo tổ dân phố, số thành viên khoảng 9.400 người.

XÃ ĐÔNG ANH: Loa phát thanh và clip ngắn

Trong quý, xã tổ chức 22 buổi nói chuyện chuyên đề tại các thôn, với xấp xỉ 3.400 lượt người dân; trang thông tin điện tử của xã đăng 186 tin, bài, video clip. Đài truyền thanh xã phát 90 chương trình thời sự. Đội xe tuyên truyền lưu động của xã chạy 58 lượt qua các thôn quanh khu di tích Cổ Loa. Bài đăng về buổi nói chuyện ở thôn Cổ Loa nhận 412 lượt thích và 37 lượt chia sẻ.

XÃ BA VÌ: Song ngữ Kinh – Dao

Ba Vì là xã miền núi, đồng bào Dao chiếm khoảng 40% dân số. Bà Đặng Thị Hồng, Phó Bí thư Thường trực Đảng ủy xã, cho biết: “Quý này các chi bộ đã tổ chức 74 buổi sinh hoạt chuyên đề bằng cả tiếng Kinh và tiếng Dao”. Đảng ủy xã mở 1 lớp bồi dưỡng nhận thức về Đảng với 46 học viên; Hội thi tuyên truyền viên giỏi của xã có 23 thí sinh, 5 thí sinh xuất sắc nhất được chọn dự thi cấp thành phố. “Bản tôi có 57 hộ, tối nào cũng nghe loa”, ông Bàn Văn Sinh, trưởng thôn Yên Sơn, kể. Ban Thường vụ Đảng ủy xã đã khen thưởng 4 tập thể, 11 cá nhân.
"""
D12 = "2026-04-08"
P12 = quarter(1, 2026)
NOW12 = inst(D12)

DOCS = [
    Doc("h21_09_hcm_m9_2022_city_briefing", T09, HCM, P09, D09, "text", facts=[
        F("ban hành 28 văn bản", 28, "documents_issued"),
        F("4 hội nghị cấp thành phố", 4, "study_sessions"),
        F("2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("36 báo cáo chuyên đề", 36, "opinion_reports"),
        F("kinh phí 3,2 tỷ đồng", 3200000000, "other"),
        F("hơn 12.500 tin, bài", 12500, "news_items", "at_least"),
        F("24 triển lãm ảnh", 24, "other"),
        F("173.845 lượt đoàn viên, thanh niên dự thi", 173845, "contest_entries"),
        F("1.845 buổi nói chuyện", 1845, "oral_propaganda_sessions"),
        F("khoảng 83 nghìn lượt hội viên", 83000, "propaganda_audience", "approx",
          a="masses"),
        F("47.600 lượt công nhân", 47600, "propaganda_audience"),
        F("1.052 nhóm Zalo", 1052, "chat_groups", unit=THUDUC, p=inst(D09)),
        F("khoảng 96 ngàn thành viên", 96000, "chat_group_members", "approx", unit=THUDUC,
          p=inst(D09)),
        F("cho 12 tập thể", 12, "commended_collectives"),
        F("25 cá nhân", 25, "commended_individuals"),
    ], traps=[("9 tháng năm 2022", 9), ("Chiều 06/10/2022", 6), ("9 tháng qua", 9),
              ("Trung ương 4", 4), ("Trung ương 5", 5), ("hơn 9 triệu dân", 9000000),
              ("hơn 1,2 triệu hội viên", 1200000), ("tại 312 doanh nghiệp", 312),
              ("Vành đai 3", 3), ("khoảng 75.378 tỷ đồng", 75378),
              ("Quý IV năm 2022", 2022), ("3 hội nghị báo cáo viên", 3)]),
    Doc("h21_10_hanoi_h1_2025_merged_ban", T10, HANOI, P10, D10, "text", facts=[
        F("Hội nghị cấp thành phố: 03", 3, "study_sessions"),
        F("Lớp ở các đảng bộ trực thuộc: 1.874", 1874, "study_sessions"),
        F("lượt đảng viên dự: 412.730", 412730, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,02%", 97.02, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: khoảng 96.500", 96500, "study_attendance", "approx",
          a="masses"),
        F("Cổng thông tin điện tử Thành ủy: 1.920", 1920, "news_items"),
        F("“Tuyên giáo Thủ đô”: 640", 640, "news_items"),
        F("ước 3,2 triệu", 3200000, "propaganda_audience", "approx"),
        F("thống nhất đất nước: 24.600", 24600, "other"),
        F("lượt dự thi: 152.306", 152306, "contest_entries"),
        F("Báo cáo viên Thành ủy: 96 đồng chí", 96, "reporters", p=inst("2025-06-30")),
        F("Hội nghị báo cáo viên: 06", 6, "reporter_conferences"),
        F("dư luận xã hội: 29", 29, "opinion_reports"),
        F("Tập thể được Thành ủy khen thưởng: 24", 24, "commended_collectives"),
        F("cá nhân: 57", 57, "commended_individuals"),
    ], traps=[("Số 208-BC/BTGDVTU", 208), ("ngày 04 tháng 7 năm 2025", 4),
              ("6 tháng đầu năm 2025", 6), ("6 tháng cuối năm 2025", 6),
              ("01/3/2025", 1), ("hợp nhất 2 ban", 2), ("Sáu tháng đầu năm 2025", 6),
              ("chính quyền hai cấp", 2), ("50 năm", 50), ("95 năm", 95),
              ("30/6/2025", 30), ("30 quận", 30), ("526 xã", 526), ("126 đơn vị", 126),
              ("6 THÁNG CUỐI NĂM 2025", 6), ("100% cán bộ", 100),
              ("Tổ chức 02 hội nghị", 2), ("57-NQ/TW", 57), ("trên 5 triệu", 5000000)]),
    Doc("h21_11_cholon_q3_2025_ward", T11, CHOLON, P11, D11, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 52", 52, "study_sessions"),
        F("2.318/2.406 đồng chí", 2318, "study_attendance", a="party_members"),
        F("Tỷ lệ: 96,34%", 96.34, "study_participation_rate"),
        F("Lớp ở các chi bộ: 49", 49, "study_sessions"),
        F("quần chúng dự nghe: 1.150 lượt", 1150, "study_attendance", a="masses"),
        F("Treo 420 băng rôn", 420, "other"),
        F("36 buổi nói chuyện", 36, "oral_propaganda_sessions"),
        F("khoảng 2.700 lượt cư dân", 2700, "propaganda_audience", "approx", a="masses"),
        F("“Phường Chợ Lớn”: 215", 215, "news_items"),
        F("Zalo OA của phường: 96", 96, "news_items"),
        F("Báo cáo viên cấp phường: 14 đồng chí", 14, "reporters", p=end_of(P11)),
        F("Cộng tác viên dư luận xã hội: 31 người", 31, "opinion_collaborators",
          p=end_of(P11)),
        F("Dân vận Thành ủy: 13", 13, "opinion_reports"),
        F("cho 6 tập thể", 6, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("Số 27-BC/ĐU", 27), ("ngày 03 tháng 10 năm 2025", 3),
              ("quý III năm 2025", 2025), ("các phường 11", 11), ("11, 12", 12),
              ("12, 13", 13), ("13 và 14", 14), ("Quận 5 cũ", 5),
              ("khoảng 1,2 km²", 1.2), ("hơn 64 nghìn người", 64000), ("khoảng 38%", 38),
              ("Quý III năm 2025", 2025), ("chính quyền hai cấp", 2), ("1. Học tập", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("năm 2025", 2025), ("2. Tuyên truyền", 2),
              ("80 năm", 80), ("2/9", 2), ("3. Báo cáo viên", 3), ("4. Khen thưởng", 4),
              ("01 cá nhân được đề nghị", 1), ("QUÝ IV NĂM 2025", 2025),
              ("Tổ chức 02 hội nghị", 2), ("100% chi bộ", 100), ("Tổ chức 01 hội thi", 1)]),
    Doc("h21_12_hanoi_wards_q1_2026", T12, HANOI, P12, D12, "text", facts=[
        F("2 hội nghị cấp thành phố", 2, "study_sessions", unit=HANOI),
        F("01 hội nghị cấp phường", 1, "study_sessions", unit=LONGBIEN_W),
        F("44 lớp ở các chi bộ", 44, "study_sessions", unit=LONGBIEN_W),
        F("2.876 lượt đảng viên", 2876, "study_attendance", a="party_members",
          unit=LONGBIEN_W),
        F("đạt 96,7%", 96.7, "study_participation_rate", unit=LONGBIEN_W),
        F("930 lượt dự nghe", 930, "study_attendance", a="masses", unit=LONGBIEN_W),
        F("hiện có 61 nhóm Zalo", 61, "chat_groups", unit=LONGBIEN_W, p=NOW12),
        F("khoảng 9.400 người", 9400, "chat_group_members", "approx", unit=LONGBIEN_W,
          p=NOW12),
        F("22 buổi nói chuyện", 22, "oral_propaganda_sessions", unit=DONGANH_X),
        F("xấp xỉ 3.400 lượt người dân", 3400, "propaganda_audience", "approx", a="masses",
          unit=DONGANH_X),
        F("đăng 186 tin, bài", 186, "news_items", unit=DONGANH_X),
        F("phát 90 chương trình", 90, "news_items", unit=DONGANH_X),
        F("chạy 58 lượt", 58, "other", unit=DONGANH_X),
        F("74 buổi sinh hoạt chuyên đề", 74, "party_cell_discussions", unit=BAVI_X),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes", unit=BAVI_X),
        F("46 học viên", 46, "trainees", unit=BAVI_X),
        F("23 thí sinh", 23, "contest_entries", unit=BAVI_X),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=BAVI_X),
        F("11 cá nhân", 11, "commended_individuals", unit=BAVI_X),
    ], traps=[("08/4/2026", 8), ("09:40", 9), ("Ba xã, phường", 3),
              ("Quý I năm 2026", 2026), ("Sau 9 tháng", 9), ("chính quyền hai cấp", 2),
              ("28 tòa chung cư", 28), ("khoảng 35 nghìn cư dân", 35000),
              ("412 lượt thích", 412), ("37 lượt chia sẻ", 37), ("khoảng 40%", 40),
              ("5 thí sinh xuất sắc nhất", 5), ("57 hộ", 57)]),
]
