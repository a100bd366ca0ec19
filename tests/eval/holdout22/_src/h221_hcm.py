"""Twenty-second held-out set (holdout22), part 1: Ho Chi Minh City districts (2016-2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Judgment calls:
- h22_01 (administrative report, Quận 3, năm 2016): letterhead "ĐẢNG BỘ THÀNH PHỐ ... / QUẬN ỦY
  QUẬN 3"; the dateline is the document date. Lines under "1. Học tập, quán triệt ..." are
  study_sessions / attendance; "đạt tỷ lệ 97,5%" the rate; "chưa tham gia: 268 người" `other`.
  "Văn bản đã ban hành: 22 (09 kế hoạch, 13 hướng dẫn)": the bracket's parts are traps. "–
  lượt người nghe: khoảng 7.300" after a dash: propaganda_audience approx. "Băng rôn, khẩu
  hiệu, pano: 1.240" `other`. Opinion reports counted twice. Everything under "II. PHƯƠNG
  HƯỚNG, NHIỆM VỤ NĂM 2017" is a plan (trap).
- h22_02 (press article, Gò Vấp, 9 tháng năm 2019): the official is introduced by title, so
  "ông Hậu cho biết" speaks for the unit; "Từ đầu năm đến nay" in his quotation dates its
  figures 2019-01-01..document date. "hiện có 58 đồng chí" reporters at the document date.
  "tăng 40 buổi so với cùng kỳ" comparison (trap); the tổ trưởng's quotation an anecdote; the
  contest's name ("50 năm") and its year no period; "15 thí sinh đạt giải" a prize (trap); the
  quý IV "sẽ" sentence a plan.
- h22_03 (bulletin with ✅ lines, TP Thủ Đức, quý II năm 2022): the issue month "THÁNG 7/2022"
  is not the period (the heading names quý II). "sáp nhập 3 quận", "34 phường", "1,1 triệu
  dân" traps. "✅ 418 lớp ở cơ sở, với 28.640 lượt ..." goes on from the ✅ line above
  (study_sessions, attendance). "một trong hai đợt sinh hoạt chính trị được Thành ủy Thủ Đức
  phát động" → 2 political_campaigns. "Bài thu hoạch" `other`. "Đến nay" stocks at the
  document date. The "Nhiệm vụ quý III:" run-in paragraph is a plan.
- h22_04 (article with a text table, Quận 10 and Huyện Nhà Bè, 6 tháng đầu năm 2024): each
  column is its unit's; the "(%)" row the rate; collaborators (a stock, no marker) an instant
  at 2024-06-30. Nhà Bè's stocks given by its Trưởng ban after "hiện có" are at the document
  date ("một trang", "ba fanpage" as number words). "Riêng tháng 6" dates the 96 discussions
  to June 2024. "124% kế hoạch", "xếp thứ 3/22", "7 xã", "40.000 hộ dân" traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, month, quarter, since, year

Q3, GOVAP, THUDUC = U("Quận 3"), U("Quận Gò Vấp"), U("Thành phố Thủ Đức")
Q10, NHABE = U("Quận 10"), U("Huyện Nhà Bè")

# ---------------------------------------------------------------------------------------------
T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 3
BAN TUYÊN GIÁO
Số 112-BC/BTGQU

Quận 3, ngày 20 tháng 12 năm 2016

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2016

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng
- Hội nghị cấp quận: 03
- Lớp ở các đảng bộ phường: 214
- Lượt cán bộ, đảng viên dự: 10.486, đạt tỷ lệ 97,5%
- Lượt quần chúng dự nghe: 3.912
- Số đảng viên chưa tham gia: 268 người

2. Công tác tham mưu
- Văn bản đã ban hành: 22 (09 kế hoạch, 13 hướng dẫn)

3. Tuyên truyền miệng
- Buổi nói chuyện thời sự: 64 – lượt người nghe: khoảng 7.300
- Hội nghị báo cáo viên: 04
- Băng rôn, khẩu hiệu, pano: 1.240

4. Dư luận xã hội
- Báo cáo dư luận xã hội: 26 định kỳ, 11 đột xuất

5. Khen thưởng
- Cá nhân được khen thưởng: 12 người

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017
- Tổ chức 02 hội nghị quán triệt Nghị quyết Trung ương 4 khóa XII.
- Phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng quý.
"""

T02 = """
Thứ Năm, ngày 10 tháng 10 năm 2019

Gò Vấp: Đưa nghị quyết đến từng khu phố

(Thanhuytphcm.vn) – 9 tháng năm 2019, Ban Tuyên giáo Quận ủy Gò Vấp tham mưu tổ chức 46 hội nghị học tập, quán triệt các chỉ thị, nghị quyết của Đảng, với 12.350 lượt cán bộ, đảng viên và 4.120 lượt quần chúng tham dự.

Quận có 16 phường, dân số hơn 670 nghìn người. Theo ông Nguyễn Văn Hậu, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, đội ngũ báo cáo viên của quận hiện có 58 đồng chí. “Từ đầu năm đến nay, chúng tôi đã tổ chức hơn 120 buổi nói chuyện chuyên đề, thu hút chừng 9.800 lượt người nghe”, ông Hậu cho biết.

Các chi bộ khu phố duy trì sinh hoạt chuyên đề với 312 buổi thảo luận, tăng 40 buổi so với cùng kỳ. “Khu phố tôi có 214 hộ, tháng nào cũng có một buổi sinh hoạt chuyên đề”, bà Lê Thị Nga, tổ trưởng tổ dân phố 12, phường 10, kể.

Hưởng ứng Cuộc thi trắc nghiệm “Tìm hiểu 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh” năm 2019, quận có 8.426 lượt người dự thi; 15 thí sinh đạt giải. Quận ủy tặng giấy khen cho 5 tập thể và 9 cá nhân.

Trong quý IV, quận sẽ mở thêm 3 lớp bồi dưỡng lý luận chính trị cho đảng viên mới.
"""
D02 = "2019-10-10"
S02 = since("2019-01-01", D02)

T03 = """
THÀNH ỦY THỦ ĐỨC
BAN TUYÊN GIÁO
BẢN TIN SINH HOẠT CHI BỘ – SỐ 07 (THÁNG 7/2022)

Thủ Đức, ngày 08/7/2022

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ II NĂM 2022

Thành phố Thủ Đức được thành lập trên cơ sở sáp nhập 3 quận, hiện có 34 phường với hơn 1,1 triệu dân. Trong quý II năm 2022, Ban Tuyên giáo Thành ủy Thủ Đức ghi nhận các kết quả sau:

✅ 02 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII
✅ 418 lớp ở cơ sở, với 28.640 lượt cán bộ, đảng viên
✅ Triển khai một trong hai đợt sinh hoạt chính trị được Thành ủy Thủ Đức phát động trong năm
✅ Tin, bài trên cổng thông tin điện tử: 356; trên fanpage “Thủ Đức hôm nay”: 212
✅ Lớp bồi dưỡng đảng viên mới: 03; học viên: 241 người
✅ Bài thu hoạch của đảng viên: 2.870 bài

Đến nay, thành phố duy trì 2 trang thông tin điện tử và 1.124 nhóm Zalo khu phố, số thành viên hiện nay khoảng 147 nghìn người.

Nhiệm vụ quý III: tổ chức 01 hội nghị báo cáo viên; mở thêm 4 lớp đảng viên mới.
"""
D03 = "2022-07-08"

T04 = """
Cập nhật 15/7/2024 09:30

Quận 10 và huyện Nhà Bè sơ kết công tác tuyên giáo 6 tháng đầu năm 2024

(Thanhuytphcm.vn) – Ban Tuyên giáo Quận ủy Quận 10 và Ban Tuyên giáo Huyện ủy Nhà Bè vừa gửi Ban Tuyên giáo Thành ủy báo cáo sơ kết công tác tuyên giáo 6 tháng đầu năm 2024. Một số chỉ tiêu chính:

Chỉ tiêu | Quận 10 | Huyện Nhà Bè
Số lớp học tập nghị quyết | 126 | 84
Lượt đảng viên dự học | 9.214 | 5.102
Tỷ lệ đảng viên tham gia (%) | 96,85 | 95,4
Buổi tuyên truyền miệng | 38 | 27
Cộng tác viên dư luận xã hội | 74 | 51
Cuộc thi trực tuyến – lượt dự thi | 20.012 | 7.845

Nhà Bè có 7 xã, thị trấn; nhiều khu dân cư mới với khoảng 40.000 hộ dân. Theo bà Trần Thị Mai, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè, huyện hiện có một trang thông tin điện tử, ba fanpage và 412 nhóm Zalo. “Riêng tháng 6, các chi bộ đã tổ chức 96 buổi thảo luận về dự thảo văn kiện đại hội”, bà Mai cho biết.

Quận 10 đạt 124% kế hoạch về tin, bài; xếp thứ 3/22 trong khối quận, huyện.
"""
D04 = "2024-07-15"
P04 = h1(2024)

DOCS = [
    Doc("h22_01_quan3_2016_report", T01, Q3, year(2016), "2016-12-20", "text", facts=[
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("đảng bộ phường: 214", 214, "study_sessions"),
        F("dự: 10.486", 10486, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 97,5%", 97.5, "study_participation_rate"),
        F("dự nghe: 3.912", 3912, "study_attendance", a="masses"),
        F("chưa tham gia: 268 người", 268, "other"),
        F("ban hành: 22", 22, "documents_issued"),
        F("thời sự: 64", 64, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 7.300", 7300, "propaganda_audience", "approx"),
        F("Hội nghị báo cáo viên: 04", 4, "reporter_conferences"),
        F("pano: 1.240", 1240, "other"),
        F("26 định kỳ", 26, "opinion_reports"),
        F("11 đột xuất", 11, "opinion_reports"),
        F("khen thưởng: 12 người", 12, "commended_individuals"),
    ], traps=[("Số 112-BC/BTGQU", 112), ("09 kế hoạch", 9), ("13 hướng dẫn", 13),
              ("Tổ chức 02 hội nghị", 2), ("Trung ương 4", 4), ("100% chi bộ", 100),
              ("NĂM 2017", 2017)]),
    Doc("h22_02_govap_9m_2019_press", T02, GOVAP, m9(2019), D02, "text", facts=[
        F("tổ chức 46 hội nghị", 46, "study_sessions"),
        F("12.350 lượt cán bộ, đảng viên", 12350, "study_attendance", a="party_members"),
        F("4.120 lượt quần chúng", 4120, "study_attendance", a="masses"),
        F("hiện có 58 đồng chí", 58, "reporters", p=inst(D02)),
        F("hơn 120 buổi nói chuyện", 120, "oral_propaganda_sessions", "at_least", p=S02),
        F("chừng 9.800 lượt người nghe", 9800, "propaganda_audience", "approx", p=S02),
        F("312 buổi thảo luận", 312, "party_cell_discussions"),
        F("8.426 lượt người dự thi", 8426, "contest_entries"),
        F("5 tập thể", 5, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("16 phường", 16), ("hơn 670 nghìn người", 670000), ("tăng 40 buổi", 40),
              ("214 hộ", 214), ("tổ dân phố 12", 12), ("phường 10", 10), ("50 năm", 50),
              ("15 thí sinh đạt giải", 15), ("thêm 3 lớp", 3)]),
    Doc("h22_03_thuduc_q2_2022_bulletin", T03, THUDUC, quarter(2, 2022), D03, "text", facts=[
        F("✅ 02 hội nghị cấp thành phố", 2, "study_sessions"),
        F("418 lớp ở cơ sở", 418, "study_sessions"),
        F("28.640 lượt cán bộ, đảng viên", 28640, "study_attendance", a="party_members"),
        F("một trong hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("cổng thông tin điện tử: 356", 356, "news_items"),
        F("hôm nay”: 212", 212, "news_items"),
        F("đảng viên mới: 03", 3, "training_classes"),
        F("học viên: 241 người", 241, "trainees"),
        F("2.870 bài", 2870, "other"),
        F("duy trì 2 trang thông tin điện tử", 2, "websites", p=inst(D03)),
        F("1.124 nhóm Zalo", 1124, "chat_groups", p=inst(D03)),
        F("khoảng 147 nghìn người", 147000, "chat_group_members", "approx", p=inst(D03)),
    ], traps=[("SỐ 07", 7), ("THÁNG 7/2022", 7), ("sáp nhập 3 quận", 3), ("34 phường", 34),
              ("hơn 1,1 triệu dân", 1100000), ("Trung ương 4", 4),
              ("01 hội nghị báo cáo viên", 1), ("thêm 4 lớp", 4)]),
    Doc("h22_04_q10_nhabe_h1_2024_table", T04, Q10, P04, D04, "text", facts=[
        F("nghị quyết | 126", 126, "study_sessions", unit=Q10),
        F("126 | 84", 84, "study_sessions", unit=NHABE),
        F("dự học | 9.214", 9214, "study_attendance", a="party_members", unit=Q10),
        F("9.214 | 5.102", 5102, "study_attendance", a="party_members", unit=NHABE),
        F("(%) | 96,85", 96.85, "study_participation_rate", unit=Q10),
        F("96,85 | 95,4", 95.4, "study_participation_rate", unit=NHABE),
        F("miệng | 38", 38, "oral_propaganda_sessions", unit=Q10),
        F("38 | 27", 27, "oral_propaganda_sessions", unit=NHABE),
        F("xã hội | 74", 74, "opinion_collaborators", unit=Q10, p=end_of(P04)),
        F("74 | 51", 51, "opinion_collaborators", unit=NHABE, p=end_of(P04)),
        F("dự thi | 20.012", 20012, "contest_entries", unit=Q10),
        F("20.012 | 7.845", 7845, "contest_entries", unit=NHABE),
        F("hiện có một trang thông tin điện tử", 1, "websites", unit=NHABE, p=inst(D04)),
        F("ba fanpage", 3, "social_pages", unit=NHABE, p=inst(D04)),
        F("412 nhóm Zalo", 412, "chat_groups", unit=NHABE, p=inst(D04)),
        F("96 buổi thảo luận", 96, "party_cell_discussions", unit=NHABE, p=month(6, 2024)),
    ], traps=[("7 xã", 7), ("khoảng 40.000 hộ dân", 40000), ("124% kế hoạch", 124),
              ("xếp thứ 3/22", 3), ("Quận 10", 10), ("15/7/2024", 15)]),
]
