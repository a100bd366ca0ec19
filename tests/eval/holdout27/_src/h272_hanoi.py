"""Twenty-seventh held-out set (holdout27), part 2: Hanoi, 2018-2026.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. Texts,
names of people and all figures are invented.

Decisions taken where the guide leaves room:
- h27_05 (interview Q&A, Ba Đình, năm 2018): the speaker label "Đồng chí Trưởng ban:" names
  the official the sapo introduced, so every answer speaks for Quận Ba Đình; the old man's
  words in single quotes after a colon are an anecdote (and his age a trap). "đạt 96,8%" right
  after the attendance is the participation rate; "riêng quần chúng có 3.900 lượt tham dự" the
  study's mass attendance. "Quận hiện có 61 báo cáo viên, 112 cộng tác viên" are stocks at the
  document date. "trong đó 8 lớp" is a part (trap); "10 bài hay nhất" a superlative (trap);
  "Trung ương 6, 7, 8" document names. The answer about 2019 (phấn đấu, sẽ) is a plan.
- h27_06 (monthly bulletin, Sóc Sơn, tháng 10/2020): the letterhead names the unit; the headline
  names the month, the dateline is the document date. "• Học tập ...:" over "– ..." lines is
  their lead-in; "tỷ lệ: 95,8%" after the attendance is its rate; "Lượt quần chúng dự nghe"
  under the study lead-in is study attendance (masses). "trên Zalo OA ...: 41" names only
  where: news items like the first label. Banners, loudspeaker runs and "Triển lãm ảnh lưu
  động: 3 đợt" are `other`. "(tính đến 15/10/2020)" dates the collaborators. "mỗi tháng 1 số,
  mỗi số 1.500 bản" are per-item figures; the "Nhiệm vụ tháng 11/2020" paragraph is a plan.
- h27_07 (two-column text table, Hà Đông and Sơn Tây, quý I năm 2024, compiled by the city's
  Ban Tuyên giáo): each column's numbers are its unit's; the line ending in ":" over each table
  is its rows' lead-in ("Hội nghị cấp huyện" → study_sessions; "Lượt người nghe" under
  tuyên truyền → propaganda_audience). Collaborators and Zalo groups have no marker → an instant
  at 2024-03-31. "xếp thứ 2/30" is a ranking; the number of wards is geography.
- h27_08 (ward's formal report, Phường Cầu Giấy, quý I năm 2026): letterhead "ĐẢNG BỘ THÀNH
  PHỐ HÀ NỘI" over "ĐẢNG ỦY PHƯỜNG CẦU GIẤY" → the ward (code 00166). "4.826/4.975 đồng chí" →
  4826 attendances (party members). The voting areas and the turnout are traps. "hiện có"
  dates the website, fanpage, groups and members (document date); "lượt tiếp cận ước đạt 640
  nghìn" is an audience (approx); "Đội ngũ 32 cộng tác viên" has no marker (2026-03-31). The
  students of the universities are traps; everything under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ" is a
  plan.
"""
from build_gold import Doc, F, U, W, end_of, inst, month, quarter, year

BADINH, SOCSON = U("Quận Ba Đình"), U("Huyện Sóc Sơn")
HADONG, SONTAY = U("Quận Hà Đông"), U("Thị xã Sơn Tây")
CAUGIAY_W = W("Phường Cầu Giấy", "01")

# ---------------------------------------------------------------------------------------------
T05 = """
Thứ Hai, ngày 14/1/2019

Ba Đình: Đưa nghị quyết vào cuộc sống từ mỗi chi bộ

(HNM) – Năm 2018, công tác tuyên giáo của Đảng bộ quận Ba Đình tiếp tục có nhiều đổi mới. Phóng viên có cuộc trao đổi với đồng chí Phạm Thị Minh Nguyệt, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Ba Đình.

Phóng viên: Xin đồng chí cho biết kết quả học tập, quán triệt nghị quyết trong năm?

Đồng chí Trưởng ban: Quận ủy đã tổ chức 5 hội nghị cấp quận học tập, quán triệt các Nghị quyết Trung ương 6, 7, 8 khóa XII. Các tổ chức cơ sở đảng mở 318 lớp với 24.610 lượt cán bộ, đảng viên, đạt 96,8%; riêng quần chúng có 3.900 lượt tham dự. Sau học tập, 100% đảng viên viết bài thu hoạch, xây dựng kế hoạch làm theo.

Phóng viên: Việc thảo luận ở chi bộ được làm thế nào?

Đồng chí Trưởng ban: Các chi bộ tổ chức 1.560 buổi thảo luận chuyên đề về Nghị quyết Trung ương 7 về cải cách tiền lương, bảo hiểm xã hội, vì đây là vấn đề người dân quan tâm. Có một cụ 85 tuổi ở phường Điện Biên nói với tôi: ‘Tổ tôi 140 hộ, nhà nào cũng có người đi nghe’.

Phóng viên: Đội ngũ làm công tác tuyên truyền của quận hiện nay ra sao?

Đồng chí Trưởng ban: Quận hiện có 61 báo cáo viên, 112 cộng tác viên dư luận xã hội. Năm qua, Ban tổ chức 12 hội nghị báo cáo viên và gửi về Ban Tuyên giáo Thành ủy 47 báo cáo tình hình tư tưởng, dư luận xã hội. Trung tâm Bồi dưỡng chính trị quận mở 22 lớp với 2.430 học viên, trong đó 8 lớp bồi dưỡng đảng viên mới.

Phóng viên: Còn công tác tuyên truyền trên báo chí, mạng xã hội?

Đồng chí Trưởng ban: Cổng thông tin điện tử quận đăng 1.105 tin, bài; chuyên mục “Ba Đình hôm nay” trên Đài Truyền thanh quận phát 48 kỳ. Cuộc thi viết “Ba Đình – những tấm gương bình dị mà cao quý” nhận 1.287 bài dự thi; 10 bài hay nhất được chọn in thành sách. Dịp tổng kết, Quận ủy khen thưởng 16 tập thể và 40 cá nhân.

Phóng viên: Năm 2019, Ban đặt ra nhiệm vụ gì?

Đồng chí Trưởng ban: Chúng tôi phấn đấu 100% chi bộ thảo luận chuyên đề hằng quý và sẽ tổ chức 6 hội nghị báo cáo viên chuyên đề về biển, đảo.
"""
D05 = "2019-01-14"
P05 = year(2018)

# ---------------------------------------------------------------------------------------------
T06 = """
HUYỆN ỦY SÓC SƠN
BAN TUYÊN GIÁO

BẢN TIN SINH HOẠT CHI BỘ – SỐ 10 (THÁNG 10/2020)
Sóc Sơn, ngày 30/10/2020

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO THÁNG 10/2020

Tháng 10/2020, cùng với cả nước, Đảng bộ huyện Sóc Sơn tập trung tuyên truyền Đại hội đại biểu Đảng bộ Thành phố lần thứ XVII và học tập Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVI. Một số kết quả chính:

• Học tập, quán triệt nghị quyết:
– Hội nghị cấp huyện: 02
– Lớp ở cơ sở: 94; lượt đảng viên dự: 7.215; tỷ lệ: 95,8%
– Lượt quần chúng dự nghe: 1.830

• Tuyên truyền:
– Buổi tuyên truyền miệng về Đại hội Đảng bộ Thành phố: 146 – lượt người nghe: trên 12.300
– Tin, bài trên Cổng thông tin điện tử huyện: 87; trên trang Zalo OA “Sóc Sơn hôm nay”: 41
– Băng rôn, khẩu hiệu, cờ phướn: 2.340
– Lượt xe loa tuyên truyền lưu động: 212
– Triển lãm ảnh lưu động: 3 đợt

• Công tác dư luận xã hội:
– Báo cáo dư luận xã hội: 4 định kỳ, 2 đột xuất
– Cộng tác viên dư luận xã hội: 74 đồng chí (tính đến 15/10/2020)

• Thi đua, khen thưởng:
– Tập thể được khen thưởng: 6; cá nhân: 14

Bản tin phát hành mỗi tháng 1 số, mỗi số 1.500 bản, gửi tới 26 xã, thị trấn.

Nhiệm vụ tháng 11/2020: tổ chức 3 hội nghị quán triệt Nghị quyết Đại hội XVII Đảng bộ Thành phố; in và phát 2.000 tờ gấp tới các thôn, xóm.
"""
D06 = "2020-10-30"
P06 = month(10, 2020)

# ---------------------------------------------------------------------------------------------
T07 = """
BAN TUYÊN GIÁO THÀNH ỦY HÀ NỘI
Hà Nội, ngày 12/4/2024

TỔNG HỢP KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ I NĂM 2024 CỦA QUẬN HÀ ĐÔNG VÀ THỊ XÃ SƠN TÂY

Quý I năm 2024, hai đơn vị tập trung học tập, quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII và Chỉ thị 24-CT/TU của Thành ủy. Quận Hà Đông có 17 phường; thị xã Sơn Tây có 15 phường, xã.

Kết quả học tập, quán triệt trong quý:

Chỉ tiêu | Quận Hà Đông | Thị xã Sơn Tây
Hội nghị cấp huyện | 3 | 2
Số lớp ở cơ sở | 162 | 71
Lượt đảng viên dự học | 13.562 | 4.918
Tỷ lệ đảng viên tham gia (%) | 96,72 | 95,4
Lượt quần chúng dự nghe | 2.145 | 1.032
Số đảng viên chưa tham gia | 418 | 231

Kết quả tuyên truyền, nắm bắt dư luận xã hội:

Chỉ tiêu | Quận Hà Đông | Thị xã Sơn Tây
Buổi nói chuyện chuyên đề | 84 | 46
Lượt người nghe | 9.600 | 4.250
Tin, bài trên trang thông tin điện tử | 356 | 198
Hội nghị báo cáo viên | 3 | 3
Báo cáo dư luận xã hội | 12 | 9
Cộng tác viên dư luận xã hội (người) | 86 | 54
Nhóm Zalo tổ dân phố | 412 | 187

Đánh giá chung: quận Hà Đông tiếp tục dẫn đầu khối quận, xếp thứ 2/30 quận, huyện, thị xã về công tác tuyên giáo quý I. Thị xã Sơn Tây gắn tuyên truyền với kỷ niệm 555 năm xây dựng thành cổ Sơn Tây; trong quý thị xã khen thưởng 4 tập thể và 10 cá nhân có thành tích.
"""
D07 = "2024-04-12"
P07 = quarter(1, 2024)

# ---------------------------------------------------------------------------------------------
T08 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG CẦU GIẤY
*
Số: 12-BC/ĐU
Cầu Giấy, ngày 25 tháng 3 năm 2026

BÁO CÁO
Kết quả công tác tuyên giáo quý I năm 2026

I. KẾT QUẢ THỰC HIỆN
1. Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
- Hội nghị cấp phường: 02 (trực tiếp kết hợp trực tuyến)
- Lớp ở chi bộ: 67; đảng viên dự học: 4.826/4.975 đồng chí
- Tỷ lệ đảng viên tham gia: 97,01%
- Lượt quần chúng dự nghe: 1.215

2. Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031
- Buổi tuyên truyền, nói chuyện với cử tri: 38 – lượt người nghe: khoảng 5.400
- Pano, áp phích, băng rôn: 620
- Phường chia địa bàn thành 41 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,68%.

3. Thông tin trên không gian mạng
Phường hiện có 1 trang thông tin điện tử, 1 fanpage và 74 nhóm Zalo tổ dân phố; số thành viên hiện nay khoảng 26.500 người. Trong quý, fanpage đăng 215 tin, bài, video; các sản phẩm có lượt tiếp cận ước đạt 640 nghìn. Trên địa bàn có nhiều trường đại học, học viện với hơn 60 nghìn sinh viên, nên phường chú trọng nội dung dành cho người trẻ.

4. Lãnh đạo, chỉ đạo và nắm bắt dư luận
Đảng ủy ban hành 08 văn bản lãnh đạo, chỉ đạo công tác tư tưởng. Đội ngũ 32 cộng tác viên dư luận xã hội của phường đã gửi 11 báo cáo về tình hình tư tưởng trong nhân dân trước và sau bầu cử.

5. Khen thưởng
Đảng ủy phường tặng giấy khen cho 4 tập thể, 9 cá nhân có thành tích trong công tác tuyên truyền bầu cử.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026
- Tổ chức 3 lớp bồi dưỡng nghiệp vụ cho khoảng 150 tuyên truyền viên tổ dân phố;
- Phát triển thêm 10 nhóm Zalo; phấn đấu 100% tổ dân phố có nhóm hoạt động.
"""
D08 = "2026-03-25"
P08 = quarter(1, 2026)

DOCS = [
    Doc("h27_05_badinh_2018", T05, BADINH, P05, D05, "text", facts=[
        F("5 hội nghị cấp quận", 5, "study_sessions"),
        F("mở 318 lớp", 318, "study_sessions"),
        F("24.610 lượt cán bộ, đảng viên", 24610, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("3.900 lượt tham dự", 3900, "study_attendance", a="masses"),
        F("1.560 buổi thảo luận", 1560, "party_cell_discussions"),
        F("61 báo cáo viên", 61, "reporters", p=inst(D05)),
        F("112 cộng tác viên", 112, "opinion_collaborators", p=inst(D05)),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("47 báo cáo tình hình tư tưởng", 47, "opinion_reports"),
        F("mở 22 lớp", 22, "training_classes"),
        F("2.430 học viên", 2430, "trainees"),
        F("đăng 1.105 tin, bài", 1105, "news_items"),
        F("phát 48 kỳ", 48, "news_items"),
        F("1.287 bài dự thi", 1287, "contest_entries"),
        F("16 tập thể", 16, "commended_collectives"),
        F("40 cá nhân", 40, "commended_individuals"),
    ], traps=[("ngày 14/1/2019", 14), ("Năm 2018", 2018), ("Trung ương 6, 7, 8", 6),
              ("100% đảng viên viết bài thu hoạch", 100), ("Trung ương 7", 7),
              ("85 tuổi", 85), ("140 hộ", 140), ("trong đó 8 lớp", 8),
              ("10 bài hay nhất", 10), ("Năm 2019", 2019), ("100% chi bộ", 100),
              ("6 hội nghị báo cáo viên", 6)]),
    Doc("h27_06_socson_t10_2020", T06, SOCSON, P06, D06, "text", facts=[
        F("Hội nghị cấp huyện: 02", 2, "study_sessions"),
        F("Lớp ở cơ sở: 94", 94, "study_sessions"),
        F("lượt đảng viên dự: 7.215", 7215, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,8%", 95.8, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.830", 1830, "study_attendance", a="masses"),
        F("Đảng bộ Thành phố: 146", 146, "oral_propaganda_sessions"),
        F("lượt người nghe: trên 12.300", 12300, "propaganda_audience", "at_least"),
        F("Cổng thông tin điện tử huyện: 87", 87, "news_items"),
        F("“Sóc Sơn hôm nay”: 41", 41, "news_items"),
        F("cờ phướn: 2.340", 2340, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 212", 212, "other"),
        F("Triển lãm ảnh lưu động: 3 đợt", 3, "other"),
        F("4 định kỳ", 4, "opinion_reports"),
        F("2 đột xuất", 2, "opinion_reports"),
        F("Cộng tác viên dư luận xã hội: 74 đồng chí", 74, "opinion_collaborators",
          p=inst("2020-10-15")),
        F("Tập thể được khen thưởng: 6", 6, "commended_collectives"),
        F("cá nhân: 14", 14, "commended_individuals"),
    ], traps=[("SỐ 10", 10), ("THÁNG 10/2020", 10), ("ngày 30/10/2020", 30),
              ("Tháng 10/2020", 10), ("mỗi tháng 1 số", 1), ("mỗi số 1.500 bản", 1500),
              ("26 xã, thị trấn", 26), ("tháng 11/2020", 11), ("tổ chức 3 hội nghị", 3),
              ("phát 2.000 tờ gấp", 2000), ("15/10/2020", 15)]),
    Doc("h27_07_hadong_sontay_q1_2024", T07, HADONG, P07, D07, "text", facts=[
        F("Hội nghị cấp huyện | 3", 3, "study_sessions"),
        F("Hội nghị cấp huyện | 3 | 2", 2, "study_sessions", unit=SONTAY),
        F("Số lớp ở cơ sở | 162", 162, "study_sessions"),
        F("162 | 71", 71, "study_sessions", unit=SONTAY),
        F("Lượt đảng viên dự học | 13.562", 13562, "study_attendance", a="party_members"),
        F("13.562 | 4.918", 4918, "study_attendance", a="party_members", unit=SONTAY),
        F("Tỷ lệ đảng viên tham gia (%) | 96,72", 96.72, "study_participation_rate"),
        F("96,72 | 95,4", 95.4, "study_participation_rate", unit=SONTAY),
        F("Lượt quần chúng dự nghe | 2.145", 2145, "study_attendance", a="masses"),
        F("2.145 | 1.032", 1032, "study_attendance", a="masses", unit=SONTAY),
        F("Số đảng viên chưa tham gia | 418", 418, "other"),
        F("418 | 231", 231, "other", unit=SONTAY),
        F("Buổi nói chuyện chuyên đề | 84", 84, "oral_propaganda_sessions"),
        F("84 | 46", 46, "oral_propaganda_sessions", unit=SONTAY),
        F("Lượt người nghe | 9.600", 9600, "propaganda_audience"),
        F("9.600 | 4.250", 4250, "propaganda_audience", unit=SONTAY),
        F("trang thông tin điện tử | 356", 356, "news_items"),
        F("356 | 198", 198, "news_items", unit=SONTAY),
        F("Hội nghị báo cáo viên | 3", 3, "reporter_conferences"),
        F("Hội nghị báo cáo viên | 3 | 3", 3, "reporter_conferences", unit=SONTAY),
        F("Báo cáo dư luận xã hội | 12", 12, "opinion_reports"),
        F("12 | 9", 9, "opinion_reports", unit=SONTAY),
        F("(người) | 86", 86, "opinion_collaborators", p=end_of(P07)),
        F("86 | 54", 54, "opinion_collaborators", unit=SONTAY, p=end_of(P07)),
        F("Nhóm Zalo tổ dân phố | 412", 412, "chat_groups", p=end_of(P07)),
        F("412 | 187", 187, "chat_groups", unit=SONTAY, p=end_of(P07)),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=SONTAY),
        F("10 cá nhân", 10, "commended_individuals", unit=SONTAY),
    ], traps=[("ngày 12/4/2024", 12), ("QUÝ I NĂM 2024", 2024), ("Quý I năm 2024", 2024),
              ("lần thứ 8", 8), ("24-CT/TU", 24), ("có 17 phường", 17),
              ("có 15 phường, xã", 15), ("xếp thứ 2/30", 2), ("555 năm", 555)]),
    Doc("h27_08_caugiay_ward_q1_2026", T08, CAUGIAY_W, P08, D08, "text", facts=[
        F("Hội nghị cấp phường: 02", 2, "study_sessions"),
        F("Lớp ở chi bộ: 67", 67, "study_sessions"),
        F("4.826/4.975 đồng chí", 4826, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 97,01%", 97.01, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.215", 1215, "study_attendance", a="masses"),
        F("nói chuyện với cử tri: 38", 38, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 5.400", 5400, "propaganda_audience", "approx"),
        F("băng rôn: 620", 620, "other"),
        F("1 trang thông tin điện tử", 1, "websites", p=inst(D08)),
        F("1 fanpage", 1, "social_pages", p=inst(D08)),
        F("74 nhóm Zalo", 74, "chat_groups", p=inst(D08)),
        F("khoảng 26.500 người", 26500, "chat_group_members", "approx", p=inst(D08)),
        F("đăng 215 tin, bài, video", 215, "news_items"),
        F("ước đạt 640 nghìn", 640000, "propaganda_audience", "approx"),
        F("ban hành 08 văn bản", 8, "documents_issued"),
        F("Đội ngũ 32 cộng tác viên", 32, "opinion_collaborators", p=end_of(P08)),
        F("gửi 11 báo cáo", 11, "opinion_reports"),
        F("4 tập thể", 4, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số: 12-BC/ĐU", 12), ("ngày 25 tháng 3 năm 2026", 25),
              ("quý I năm 2026", 2026),
              ("1. Học tập, quán triệt", 1), ("2. Tuyên truyền cuộc bầu cử", 2),
              ("nhiệm kỳ 2026 – 2031", 2026), ("41 khu vực bỏ phiếu", 41),
              ("đạt 99,68%", 99.68), ("3. Thông tin", 3), ("hơn 60 nghìn sinh viên", 60000),
              ("4. Lãnh đạo", 4), ("5. Khen thưởng", 5), ("QUÝ II NĂM 2026", 2026),
              ("Tổ chức 3 lớp", 3), ("khoảng 150 tuyên truyền viên", 150),
              ("thêm 10 nhóm Zalo", 10), ("100% tổ dân phố", 100)]),
]
