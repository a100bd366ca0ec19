"""holdout56, part 3: wards after the 1 July 2025 reform (HCMC and Hanoi), 2025-2026.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source
(holdout2/_src/g01_hcm_districts.py, for its format only), the seeds indicators.csv and
org_units.csv and the sample reports in shared/sample_reports (for style), without reading or
running the extractor.

Decisions where the guide leaves room:
- h56_05 spans the reform: the section "1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)"
  opens with "Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 ..." and its facts
  (also the sentence referring back with "Quận ủy") are Quận 1's for the first half of 2025;
  the section "2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)" is the ward's,
  from 2025-07-01 to the document date. "Nhóm Zalo khu phố hiện có: 58" is a stock at the
  document date.
- h56_06 (interview): the answers of "Đồng chí Phó Bí thư" speak for the ward; the answer
  opening with "Từ khi phường đi vào hoạt động" is dated 2025-07-01..document date and its
  stocks are instants at the document date; "1 trang thông tin điện tử và 3 trang mạng xã hội
  (2 fanpage, 1 Zalo OA)" are a website and three social pages (the bracket is their parts).
  The Zalo OA's "người quan tâm" are propaganda_audience at the document date.
- h56_10: the report's span is written in its title "(từ ngày 01/7/2025 đến ngày
  30/11/2025)"; the TAB table's columns are periods (quarter III, October, November 2025).
  "với 63 nhóm Zalo tổ dân phố, hiện có khoảng 11.200 thành viên" → the groups at the span's
  end, the members at the document date. "Phối hợp Trường Đào tạo cán bộ Lê Hồng Phong mở 1
  lớp" is the ward's class (the school is a partner).
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, month, quarter, since

Q1 = U("Quận 1")
BTHANH = W("Phường Bến Thành", "79")
HKIEM = W("Phường Hoàn Kiếm", "01")
LBIEN_W = W("Phường Long Biên", "01")

# ---- h56_05: Phường Bến Thành, report spanning the reform, a)/b), 2.1., • lines ------------
T05 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH                ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
      *
Số 27-BC/ĐU                                 Phường Bến Thành, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng năm 2025

Phường Bến Thành được thành lập trên cơ sở sắp xếp 4 phường thuộc Quận 1 trước đây, là trung tâm thương mại, dịch vụ của Thành phố với hơn 1.200 cơ sở kinh doanh. Đảng bộ phường hiện có 86 tổ chức cơ sở đảng với hơn 3.100 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)
Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 tham mưu tổ chức 06 hội nghị học tập, quán triệt Kết luận 123-KL/TW và Nghị quyết 18-NQ/TW cho 1.920 lượt cán bộ chủ chốt; quận phát hành đủ 6 số bản tin “Sinh hoạt tư tưởng” và triển khai 2 đợt sinh hoạt chính trị về sắp xếp tổ chức bộ máy. Quận ủy cũng khen thưởng 5 tập thể, 12 cá nhân có thành tích trong đợt thi đua kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.

2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)

2.1. Học tập, quán triệt
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01
- Lớp ở các chi bộ: 34
- Đảng viên dự học: 2.418/2.503 đồng chí (đạt 96,6%)
b) Nghị quyết 57-NQ/TW và Nghị quyết 66-NQ/TW của Bộ Chính trị
- Lớp ở các chi bộ: 29; lượt cán bộ, đảng viên dự: 2.260

2.2. Tuyên truyền
• Buổi tuyên truyền miệng tại khu phố: 41 – lượt người nghe: 3.870
• Tin, bài trên trang thông tin điện tử phường: 215; trên Zalo OA “Bến Thành hôm nay”: 132
• Nhóm Zalo khu phố hiện có: 58, với khoảng 14.500 thành viên
• Cờ, băng rôn, pano (Quốc khánh 2/9, Đại hội Đảng bộ Thành phố): 860
• Đảng ủy phường khen thưởng 4 tập thể, 9 cá nhân tiêu biểu trong đợt thi đua chào mừng đại hội đảng bộ các cấp.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030 cho 100% đảng viên.
- Phát triển thêm 12 nhóm Zalo tại các chung cư; tổ chức ít nhất 30 buổi nói chuyện chuyên đề.
- Hoàn thành Đề án số 02-ĐA/ĐU về chuyển đổi số trong công tác tuyên giáo.
"""

# ---- h56_06: Phường Hoàn Kiếm, interview, sidecar date -----------------------------------
T06 = """
Phường Hoàn Kiếm: “Mỗi tổ dân phố là một điểm tuyên truyền”

Sau hơn 9 tháng vận hành chính quyền địa phương hai cấp, công tác tuyên giáo ở phường Hoàn Kiếm có nhiều cách làm mới. Phóng viên đã trao đổi với đồng chí Lê Thị Thu Trang, Phó Bí thư Thường trực Đảng ủy phường Hoàn Kiếm.

PV: Xin đồng chí cho biết những kết quả nổi bật của quý I năm 2026?

Đồng chí Phó Bí thư: “Quý I năm 2026, trọng tâm của chúng tôi là học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Đảng ủy phường tổ chức 01 hội nghị trực tuyến tới 24 điểm cầu, các chi bộ mở thêm 31 lớp; tổng cộng có 3.287 lượt cán bộ, đảng viên tham dự, đạt 97,4%. Riêng quần chúng có 640 lượt tham dự.”

PV: Phường xây dựng các kênh thông tin trên không gian mạng như thế nào?

Đồng chí Phó Bí thư: “Từ khi phường đi vào hoạt động, chúng tôi đã lập 1 trang thông tin điện tử và 3 trang mạng xã hội (2 fanpage, 1 Zalo OA); đến nay Zalo OA có khoảng 21.300 người quan tâm. Các tổ dân phố duy trì 172 nhóm Zalo với gần 30 nghìn thành viên, đã đăng hơn 2.100 tin, bài, video ngắn. Có bác tổ trưởng nói với tôi: ‘Tổ tôi 96 hộ thì 90 hộ đã vào nhóm rồi, ai không biết dùng thì con cháu cài cho’.”

PV: Công tác nắm bắt dư luận xã hội được triển khai ra sao?

Đồng chí Phó Bí thư: “Hiện phường có 27 cộng tác viên dư luận xã hội. Trong quý I, đội ngũ này đã gửi về Đảng ủy 3 báo cáo tổng hợp tình hình dư luận và 2 báo cáo đột xuất, chủ yếu về việc chỉnh trang không gian quanh hồ Hoàn Kiếm và các tuyến phố đi bộ.”

PV: Kế hoạch của phường trong quý II?

Đồng chí Phó Bí thư: “Quý II, phường sẽ tổ chức hội thi tuyên truyền viên giỏi cho 18 tổ dân phố tiêu biểu, phấn đấu 100% tổ dân phố có nhóm Zalo và mở 2 lớp hướng dẫn kỹ năng số cho người cao tuổi.”

PV: Xin cảm ơn đồng chí!
"""

# ---- h56_10: Phường Long Biên, report with a TAB table whose columns are periods ----------
T10 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI                    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG LONG BIÊN
      *
Số 45-BC/ĐU                                 Long Biên, ngày 05 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo từ khi phường đi vào hoạt động
(từ ngày 01/7/2025 đến ngày 30/11/2025)

Phường Long Biên được thành lập trên cơ sở sắp xếp 5 phường của quận Long Biên (cũ). Đảng bộ phường hiện có 92 tổ chức cơ sở đảng với hơn 4.800 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Công tác lãnh đạo, chỉ đạo
Đảng ủy phường ban hành 14 văn bản chỉ đạo về công tác tư tưởng, tuyên truyền Đại hội Đảng bộ phường lần thứ I và Đại hội Đảng bộ Thành phố lần thứ XVIII. Phối hợp Trường Đào tạo cán bộ Lê Hồng Phong mở 1 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 86 cán bộ các chi bộ.

2. Kết quả theo từng giai đoạn
Số liệu tổng hợp:

Nội dung\tQuý III/2025\tTháng 10/2025\tTháng 11/2025
Hội nghị, lớp học tập nghị quyết\t46\t18\t12
Lượt cán bộ, đảng viên dự\t3.915\t1.402\t986
Buổi tuyên truyền miệng ở tổ dân phố\t52\t21\t19
Lượt người nghe\t4.730\t1.860\t1.705
Tin, bài trên trang thông tin điện tử phường\t168\t64\t71
Băng rôn, khẩu hiệu, pano\t420\t95\t130

3. Chuyển đổi số trong tuyên truyền
Phường ra mắt mô hình “Tổ dân phố số” với 63 nhóm Zalo tổ dân phố, hiện có khoảng 11.200 thành viên; fanpage “Long Biên hôm nay” hiện có 15.600 người theo dõi. Phường tổ chức Cuộc thi trực tuyến “Tìm hiểu 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9” thu hút 5.316 lượt người dự thi, trong đó đoàn viên thanh niên chiếm khoảng 58%.

4. Đội ngũ
- Báo cáo viên của Đảng ủy phường: 12 đồng chí (tính đến 30/11/2025)
- Cộng tác viên dư luận xã hội: 35 đồng chí; đã gửi 9 báo cáo tình hình dư luận về việc vận hành chính quyền địa phương hai cấp

II. NHIỆM VỤ TRỌNG TÂM NĂM 2026
1. Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng, bảo đảm trên 95% đảng viên tham gia.
2. Phát triển fanpage phường đạt 25.000 người theo dõi; duy trì mỗi tháng 01 hội nghị báo cáo viên.
3. Ra mắt thêm 10 nhóm Zalo tại các khu chung cư mới.
"""

D05, D06, D10 = "2025-10-06", "2026-04-08", "2025-12-05"
P05 = since("2025-07-01", D05)
P06 = quarter(1, 2026)
P06B = since("2025-07-01", D06)
P10 = since("2025-07-01", "2025-11-30")
Q3_25, OCT, NOV = quarter(3, 2025), month(10, 2025), month(11, 2025)

DOCS = [
    Doc("h56_05", T05, BTHANH, P05, D05, "text", facts=[
        F("tổ chức 06 hội nghị học tập, quán triệt", 6, "study_sessions", unit=Q1, p=h1(2025)),
        F("cho 1.920 lượt cán bộ chủ chốt", 1920, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("phát hành đủ 6 số", 6, "news_items", unit=Q1, p=h1(2025)),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=Q1,
          p=h1(2025)),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=Q1, p=h1(2025)),
        F("5 tập thể, 12 cá nhân", 12, "commended_individuals", unit=Q1, p=h1(2025)),
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 34", 34, "study_sessions"),
        F("Đảng viên dự học: 2.418/2.503", 2418, "study_attendance", a="party_members"),
        F("(đạt 96,6%)", 96.6, "study_participation_rate"),
        F("Lớp ở các chi bộ: 29", 29, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 2.260", 2260, "study_attendance", a="party_members"),
        F("tại khu phố: 41", 41, "oral_propaganda_sessions"),
        F("lượt người nghe: 3.870", 3870, "propaganda_audience"),
        F("trang thông tin điện tử phường: 215", 215, "news_items"),
        F("“Bến Thành hôm nay”: 132", 132, "news_items"),
        F("Nhóm Zalo khu phố hiện có: 58", 58, "chat_groups", p=inst(D05)),
        F("khoảng 14.500 thành viên", 14500, "chat_group_members", "approx", p=inst(D05)),
        F("Đại hội Đảng bộ Thành phố): 860", 860, "other"),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 27-BC/ĐU", 27), ("ngày 06 tháng 10 năm 2025", 6),
              ("9 tháng năm 2025", 9), ("sắp xếp 4 phường", 4), ("Quận 1", 1),
              ("hơn 1.200 cơ sở kinh doanh", 1200), ("86 tổ chức cơ sở đảng", 86),
              ("hơn 3.100 đảng viên", 3100), ("tháng 6/2025", 6),
              ("Sáu tháng đầu năm 2025", 2025), ("123-KL/TW", 123), ("18-NQ/TW", 18),
              ("50 năm", 50), ("ngày 1/7/2025", 1), ("nhiệm kỳ 2025 – 2030", 2025),
              ("57-NQ/TW", 57), ("66-NQ/TW", 66), ("2/9", 2), ("QUÝ IV NĂM 2025", 4),
              ("100% đảng viên", 100), ("thêm 12 nhóm Zalo", 12),
              ("ít nhất 30 buổi", 30), ("02-ĐA/ĐU", 2)]),
    Doc("h56_06", T06, HKIEM, P06, D06, "sidecar", meta={"date": D06}, facts=[
        F("tổ chức 01 hội nghị trực tuyến", 1, "study_sessions"),
        F("mở thêm 31 lớp", 31, "study_sessions"),
        F("có 3.287 lượt cán bộ, đảng viên", 3287, "study_attendance", a="party_members"),
        F("đạt 97,4%", 97.4, "study_participation_rate"),
        F("có 640 lượt tham dự", 640, "study_attendance", a="masses"),
        F("lập 1 trang thông tin điện tử", 1, "websites", p=inst(D06)),
        F("3 trang mạng xã hội", 3, "social_pages", p=inst(D06)),
        F("khoảng 21.300 người quan tâm", 21300, "propaganda_audience", "approx",
          p=inst(D06)),
        F("duy trì 172 nhóm Zalo", 172, "chat_groups", p=inst(D06)),
        F("gần 30 nghìn thành viên", 30000, "chat_group_members", "at_most", p=inst(D06)),
        F("hơn 2.100 tin, bài", 2100, "news_items", "at_least", p=P06B),
        F("Hiện phường có 27 cộng tác viên", 27, "opinion_collaborators", p=inst(D06)),
        F("3 báo cáo tổng hợp tình hình dư luận", 3, "opinion_reports"),
        F("2 báo cáo đột xuất", 2, "opinion_reports"),
    ], traps=[("hơn 9 tháng", 9), ("quý I năm 2026", 1), ("Quý I năm 2026", 1),
              ("24 điểm cầu", 24), ("2 fanpage", 2), ("1 Zalo OA", 1),
              ("Tổ tôi 96 hộ", 96), ("90 hộ", 90), ("cho 18 tổ dân phố", 18),
              ("100% tổ dân phố", 100), ("mở 2 lớp hướng dẫn", 2)]),
    Doc("h56_10", T10, LBIEN_W, P10, D10, "text", facts=[
        F("ban hành 14 văn bản", 14, "documents_issued"),
        F("mở 1 lớp bồi dưỡng nghiệp vụ", 1, "training_classes"),
        F("cho 86 cán bộ các chi bộ", 86, "trainees"),
        F("Hội nghị, lớp học tập nghị quyết\t46", 46, "study_sessions", p=Q3_25),
        F("Hội nghị, lớp học tập nghị quyết\t46\t18", 18, "study_sessions", p=OCT),
        F("Hội nghị, lớp học tập nghị quyết\t46\t18\t12", 12, "study_sessions", p=NOV),
        F("Lượt cán bộ, đảng viên dự\t3.915", 3915, "study_attendance", a="party_members",
          p=Q3_25),
        F("\t3.915\t1.402", 1402, "study_attendance", a="party_members", p=OCT),
        F("\t3.915\t1.402\t986", 986, "study_attendance", a="party_members", p=NOV),
        F("Buổi tuyên truyền miệng ở tổ dân phố\t52", 52, "oral_propaganda_sessions",
          p=Q3_25),
        F("tổ dân phố\t52\t21", 21, "oral_propaganda_sessions", p=OCT),
        F("tổ dân phố\t52\t21\t19", 19, "oral_propaganda_sessions", p=NOV),
        F("Lượt người nghe\t4.730", 4730, "propaganda_audience", p=Q3_25),
        F("\t4.730\t1.860", 1860, "propaganda_audience", p=OCT),
        F("\t4.730\t1.860\t1.705", 1705, "propaganda_audience", p=NOV),
        F("điện tử phường\t168", 168, "news_items", p=Q3_25),
        F("điện tử phường\t168\t64", 64, "news_items", p=OCT),
        F("điện tử phường\t168\t64\t71", 71, "news_items", p=NOV),
        F("Băng rôn, khẩu hiệu, pano\t420", 420, "other", p=Q3_25),
        F("pano\t420\t95", 95, "other", p=OCT),
        F("pano\t420\t95\t130", 130, "other", p=NOV),
        F("với 63 nhóm Zalo", 63, "chat_groups", p=end_of(P10)),
        F("khoảng 11.200 thành viên", 11200, "chat_group_members", "approx", p=inst(D10)),
        F("hiện có 15.600 người theo dõi", 15600, "propaganda_audience", p=inst(D10)),
        F("thu hút 5.316 lượt người dự thi", 5316, "contest_entries"),
        F("Báo cáo viên của Đảng ủy phường: 12 đồng chí", 12, "reporters",
          p=inst("2025-11-30")),
        F("Cộng tác viên dư luận xã hội: 35 đồng chí", 35, "opinion_collaborators",
          p=end_of(P10)),
        F("đã gửi 9 báo cáo tình hình dư luận", 9, "opinion_reports"),
    ], traps=[("Số 45-BC/ĐU", 45), ("ngày 05 tháng 12 năm 2025", 5),
              ("ngày 01/7/2025", 1), ("ngày 30/11/2025", 30), ("sắp xếp 5 phường", 5),
              ("92 tổ chức cơ sở đảng", 92), ("hơn 4.800 đảng viên", 4800),
              ("Quý III/2025", 3), ("Tháng 10/2025", 10), ("Tháng 11/2025", 11),
              ("80 năm", 80), ("2/9", 2), ("khoảng 58%", 58),
              ("tính đến 30/11/2025", 30), ("NĂM 2026", 2026), ("trên 95% đảng viên", 95),
              ("đạt 25.000 người theo dõi", 25000), ("mỗi tháng 01 hội nghị", 1),
              ("thêm 10 nhóm Zalo", 10)]),
]
