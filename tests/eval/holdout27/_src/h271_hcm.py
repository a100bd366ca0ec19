"""Twenty-seventh held-out set (holdout27), part 1: Ho Chi Minh City, 2017-2025.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. Texts,
names of people and all figures are invented.

Decisions taken where the guide leaves room:
- h27_01 (formal "Báo cáo" of Quận ủy Quận 3, 6 tháng đầu năm 2019): letterhead "ĐẢNG BỘ
  THÀNH PHỐ HỒ CHÍ MINH" over "QUẬN ỦY QUẬN 3" → Quận 3; the dateline under it is the document
  date. The parts in brackets of "17 văn bản (gồm ...)" are traps. "Số đảng viên chưa tham gia:
  189 người" is `other`. "Quận hiện có 1 trang thông tin điện tử, 15 fanpage ... 214 nhóm Zalo
  ... khoảng 9.300 thành viên" are stocks at the document date; "Cộng tác viên dư luận xã hội: 96
  người" has no marker (an instant at the half-year's end); the lecturers carry their own date
  "(tính đến 15/6/2019)". Everything under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ" is a plan; the award
  proposed to the city is a trap.
- h27_02 (press article, Bình Thạnh, 9 tháng năm 2021): the quotation "bà Hà cho biết" is the
  official's (introduced before with her title), so "1.142 buổi sinh hoạt chuyên đề" of "các
  chi bộ" is the district's. "210 – 230 buổi" is a range → 210 at_least. "dưới 10 người" is a
  limit set by the rules (trap); "xe loa chạy 1.460 lượt" is `other`; "hỗ trợ 320 triệu đồng in
  tờ rơi" funds the work (`other`). Followers of the fanpage, the fanpages, groups and members
  after "hiện có"/"hiện nay" are stocks at the document date.
- h27_03 (short brief, Quận 4, no date in the text): the document date comes from the sidecar;
  "Từ đầu năm 2017 đến nay" → 2017-01-01..sidecar date. "6.942/7.180 đảng viên" → 6942 study
  attendances; "15 đảng bộ phường và 27 chi, đảng bộ cơ sở" are structure; "mười hai lớp" is a
  number word (training classes); "đội ngũ 45 báo cáo viên" has no marker (an
  instant at the period's end, the sidecar date). The tổ trưởng's quotation is an anecdote; "3 thí sinh có
  điểm cao nhất" a ranking.
- h27_04 (several new wards/communes after 1 July 2025): each "* <ward>" heading governs its
  paragraph; the lead names the study (Nghị quyết Đại hội Đảng bộ phường, xã), so bare "hội
  nghị"/"lớp" are study sessions. "Từ ngày 1/7/2025 ... đến nay" → 2025-07-01..document date
  (web stamp). "lập 1 fanpage và 68 nhóm Zalo" have no marker → an instant at the period's end
  (= the document date); "(hiện có gần 21 nghìn thành viên)" at the document date. The wards a
  ward was made from, the Quận 5 it belonged to, residents and households are traps. Bà Lan
  (Phó Bí thư Thường trực Đảng ủy phường) speaks for Phường Khánh Hội; "gần như 100% đảng viên"
  is a participation rate (approx); "đi biển 10 đến 15 ngày" is a duration.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, m9, since

Q3, BINHTHANH, Q4 = U("Quận 3"), U("Quận Bình Thạnh"), U("Quận 4")
CHOLON, KHANHHOI, CANGIO = (W("Phường Chợ Lớn", "79"), W("Phường Khánh Hội", "79"),
                            W("Xã Cần Giờ", "79"))

# ---------------------------------------------------------------------------------------------
T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 3
*
Số: 45-BC/QU
Quận 3, ngày 28 tháng 6 năm 2019

BÁO CÁO
Kết quả công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

Thực hiện Hướng dẫn số 12-HD/BTGTU của Ban Tuyên giáo Thành ủy, Ban Thường vụ Quận ủy Quận 3 báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2019 như sau:

I. ĐẶC ĐIỂM TÌNH HÌNH
Đảng bộ Quận 3 hiện có 58 tổ chức cơ sở đảng với gần 8.400 đảng viên; quận gồm 14 phường, dân số khoảng 190 nghìn người. Tình hình tư tưởng trong cán bộ, đảng viên và nhân dân cơ bản ổn định.

II. KẾT QUẢ THỰC HIỆN
1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Quận ủy ban hành 17 văn bản (gồm 6 kế hoạch, 11 công văn hướng dẫn) về công tác tư tưởng, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW.

2. Học tập, quán triệt nghị quyết
- Hội nghị cấp quận: 03
- Lớp ở cơ sở: 171; lượt cán bộ, đảng viên dự: 8.036
- Lượt quần chúng dự nghe: 2.410
- Tỷ lệ đảng viên tham gia: 97,55%
- Số đảng viên chưa tham gia: 189 người (chủ yếu do tuổi cao, đi công tác)

3. Công tác tuyên truyền
Quận tổ chức hai đợt sinh hoạt chính trị kỷ niệm 89 năm Ngày thành lập Đảng Cộng sản Việt Nam và 129 năm Ngày sinh Chủ tịch Hồ Chí Minh. Các phường tổ chức 318 buổi tuyên truyền miệng, nói chuyện chuyên đề, thu hút khoảng 24.600 lượt người nghe.
Trang thông tin điện tử Quận ủy đăng 486 tin, bài; bản tin “Sinh hoạt chi bộ” phát hành 6 số, mỗi số 2.800 bản. Các phường treo 1.250 băng rôn, cờ phướn trên các tuyến đường chính.
Quận hiện có 1 trang thông tin điện tử, 15 fanpage của các phường và 214 nhóm Zalo khu phố với khoảng 9.300 thành viên.

4. Đội ngũ báo cáo viên, công tác dư luận xã hội
- Báo cáo viên cấp quận: 42 đồng chí (tính đến 15/6/2019)
- Hội nghị báo cáo viên: 06
- Cộng tác viên dư luận xã hội: 96 người
- Báo cáo dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 24 định kỳ, 7 đột xuất

5. Thi đua, khen thưởng
Ban Thường vụ Quận ủy tặng giấy khen cho 9 tập thể và 23 cá nhân có thành tích trong học tập và làm theo lời Bác; đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 2 cá nhân.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
- Tổ chức học tập, quán triệt Nghị quyết Trung ương 10 khóa XII cho 100% cán bộ chủ chốt;
- Mở 4 lớp bồi dưỡng nghiệp vụ cho khoảng 200 tuyên truyền viên cơ sở;
- Phát triển thêm 30 nhóm Zalo khu phố.

Nơi nhận:
- Ban Tuyên giáo Thành ủy,
- Lưu VP.
"""
D01 = "2019-06-28"
P01 = h1(2019)

# ---------------------------------------------------------------------------------------------
T02 = """
Thứ Ba, 12/10/2021 09:40

Bình Thạnh: Giữ mạch tuyên truyền trong những tháng giãn cách

(Thanhuytphcm.vn) – 9 tháng năm 2021, dù chịu ảnh hưởng nặng nề của đại dịch COVID-19, công tác tuyên giáo của Đảng bộ quận Bình Thạnh vẫn được duy trì với nhiều cách làm linh hoạt.

Theo bà Lê Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Bình Thạnh, ngay từ đầu năm, Ban đã tham mưu tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng. Quận ủy tổ chức 4 hội nghị cấp quận, kết nối trực tuyến tới 20 điểm cầu phường; các chi bộ mở 396 lớp với 15.870 lượt cán bộ, đảng viên tham dự, đạt 96,4%.

Tháng 7 và tháng 8, khi Thành phố thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg, các buổi sinh hoạt chỉ được tổ chức với dưới 10 người. “Chúng tôi chuyển sang sinh hoạt qua Zoom, qua nhóm Zalo. Chín tháng qua, các chi bộ đã tổ chức 1.142 buổi sinh hoạt chuyên đề, có tháng phải họp trực tuyến hoàn toàn. Các khu phố cũng tổ chức 210 – 230 buổi tuyên truyền lưu động bằng loa; xe loa của quận chạy 1.460 lượt”, bà Hà cho biết.

Trên không gian mạng, Trang thông tin điện tử quận đăng hơn 1.300 tin, bài, video về phòng, chống dịch; fanpage “Bình Thạnh ngày mới” có gần 52.000 người theo dõi. Toàn quận hiện có 20 fanpage phường và 1.274 nhóm Zalo khu phố, số thành viên hiện nay khoảng 98 nghìn người. Bài đăng hướng dẫn đăng ký tiêm vắc-xin ngày 3/8 nhận 86 bình luận · 412 lượt chia sẻ.

Quận hiện có 38 báo cáo viên và 63 cộng tác viên dư luận xã hội. 9 tháng qua, Ban tổng hợp 27 báo cáo định kỳ và 14 báo cáo đột xuất về tình hình tư tưởng, dư luận trong nhân dân, trong đó có nhiều phản ánh về việc hỗ trợ người lao động mất việc.

Quận ủy cũng hỗ trợ 320 triệu đồng in tờ rơi, tài liệu tuyên truyền phòng, chống dịch cho các khu phố. Cuộc thi trực tuyến “Bình Thạnh chung sức phòng, chống dịch” thu hút 6.215 lượt người dự thi; ban tổ chức trao 12 giải. Dịp này, Ban Thường vụ Quận ủy khen thưởng 14 tập thể và 36 cá nhân tiêu biểu.

Quý IV, quận sẽ tổ chức học tập chuyên đề năm 2021 cho khoảng 3.000 đảng viên và phấn đấu 100% khu phố có nhóm Zalo hoạt động thường xuyên.
"""
D02 = "2021-10-12"
P02 = m9(2021)

# ---------------------------------------------------------------------------------------------
T03 = """
QUẬN 4 ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO LỜI BÁC

Từ đầu năm 2017 đến nay, Ban Thường vụ Quận ủy Quận 4 đã ban hành 09 văn bản triển khai học tập, quán triệt Nghị quyết Trung ương 4 khóa XII gắn với Chỉ thị 05-CT/TW của Bộ Chính trị. Quận tổ chức 2 hội nghị cấp quận; 15 đảng bộ phường và 27 chi, đảng bộ cơ sở mở 126 lớp, với 6.942/7.180 đảng viên dự học. Còn 238 đảng viên chưa tham gia, chủ yếu là đảng viên cao tuổi được miễn sinh hoạt.

Song song đó, Trung tâm Bồi dưỡng chính trị quận mở mười hai lớp bồi dưỡng lý luận chính trị cho đảng viên mới và quần chúng ưu tú với 704 học viên. Các phường tổ chức 88 buổi nói chuyện chuyên đề về tấm gương đạo đức Hồ Chí Minh, khoảng 5.100 lượt người nghe. Trang thông tin điện tử Quận ủy đăng 214 tin, bài về gương người tốt, việc tốt; Ban Tuyên giáo Quận ủy tổ chức 3 hội nghị báo cáo viên, cung cấp thông tin thời sự cho đội ngũ 45 báo cáo viên của quận.

“Tổ tôi 84 hộ, tháng nào cũng có 1 buổi đọc báo, kể chuyện Bác cho bà con”, ông Nguyễn Văn Tám, tổ trưởng tổ dân phố 12, phường 6, kể.

Hội thi kể chuyện về Bác cấp quận có 31 thí sinh tham gia; 3 thí sinh có điểm cao nhất được chọn dự thi cấp thành phố. Quận ủy tuyên dương 7 tập thể và 19 cá nhân điển hình trong học tập và làm theo lời Bác.
"""
D03 = "2017-08-15"
P03 = since("2017-01-01", D03)

# ---------------------------------------------------------------------------------------------
T04 = """
Cập nhật 18/11/2025 07:30

Phường, xã mới đưa nghị quyết Đại hội về tận khu phố, ấp

(Thanhuytphcm.vn) – Từ ngày 1/7/2025, khi chính quyền địa phương hai cấp đi vào hoạt động, các đảng ủy phường, xã mới của TP.HCM đã khẩn trương tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường, xã nhiệm kỳ 2025 – 2030. Đến nay, nhiều nơi đã cơ bản hoàn thành. Dưới đây là cách làm của ba địa phương.

* Phường Chợ Lớn
Phường Chợ Lớn được thành lập trên cơ sở các phường 11, 12, 13, 14 của Quận 5 cũ, có khoảng 96 nghìn dân, trong đó nhiều bà con người Hoa. Đảng ủy phường tổ chức 01 hội nghị cấp phường và 52 lớp ở các chi bộ với 3.118 lượt đảng viên tham dự, đạt 97,05%; riêng quần chúng có 1.460 lượt dự nghe. Phường lập 1 fanpage và 68 nhóm Zalo khu phố (hiện có gần 21 nghìn thành viên), đăng 412 tin, bài song ngữ Việt – Hoa.

* Phường Khánh Hội
Phường có 23 chung cư cũ với gần 11.000 hộ dân. Bà Trần Thị Ngọc Lan, Phó Bí thư Thường trực Đảng ủy phường Khánh Hội, cho biết: “Chỉ trong hơn 4 tháng, phường đã tổ chức 2 hội nghị cấp phường và 41 lớp ở chi bộ, với 2.356 lượt cán bộ, đảng viên. Tuyên truyền viên của phường đi từng chung cư, nói chuyện 57 buổi với khoảng 4.300 lượt cư dân”.

* Xã Cần Giờ
Xã được hình thành từ thị trấn Cần Thạnh và xã Long Hòa, nhiều ngư dân thường đi biển 10 đến 15 ngày mới về. Đảng ủy xã tổ chức 01 hội nghị cấp xã và 28 lớp, thu hút 1.074 lượt đảng viên và 690 lượt nhân dân; gần như 100% đảng viên ở các chi bộ ấp dự học. Dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, xã treo 460 băng rôn, cờ phướn; Đài truyền thanh xã phát 36 chương trình thời sự. Đảng ủy xã tặng giấy khen cho 5 tập thể, 11 cá nhân.

Theo kế hoạch, đến cuối năm 2025, 100% ấp, khu phố của các địa phương trên sẽ có nhóm Zalo do chi bộ quản lý.
"""
D04 = "2025-11-18"
P04 = since("2025-07-01", D04)

DOCS = [
    Doc("h27_01_quan3_h1_2019", T01, Q3, P01, D01, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 171", 171, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 8.036", 8036, "study_attendance", a="party_members"),
        F("Lượt quần chúng dự nghe: 2.410", 2410, "study_attendance", a="masses"),
        F("Tỷ lệ đảng viên tham gia: 97,55%", 97.55, "study_participation_rate"),
        F("chưa tham gia: 189 người", 189, "other"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("318 buổi tuyên truyền miệng", 318, "oral_propaganda_sessions"),
        F("khoảng 24.600 lượt người nghe", 24600, "propaganda_audience", "approx"),
        F("đăng 486 tin, bài", 486, "news_items"),
        F("phát hành 6 số", 6, "news_items"),
        F("treo 1.250 băng rôn", 1250, "other"),
        F("1 trang thông tin điện tử", 1, "websites", p=inst(D01)),
        F("15 fanpage", 15, "social_pages", p=inst(D01)),
        F("214 nhóm Zalo", 214, "chat_groups", p=inst(D01)),
        F("khoảng 9.300 thành viên", 9300, "chat_group_members", "approx", p=inst(D01)),
        F("Báo cáo viên cấp quận: 42 đồng chí", 42, "reporters", p=inst("2019-06-15")),
        F("Hội nghị báo cáo viên: 06", 6, "reporter_conferences"),
        F("Cộng tác viên dư luận xã hội: 96 người", 96, "opinion_collaborators",
          p=end_of(P01)),
        F("24 định kỳ", 24, "opinion_reports"),
        F("7 đột xuất", 7, "opinion_reports"),
        F("9 tập thể", 9, "commended_collectives"),
        F("23 cá nhân", 23, "commended_individuals"),
    ], traps=[("Số: 45-BC/QU", 45), ("ngày 28 tháng 6 năm 2019", 28),
              ("12-HD/BTGTU", 12), ("58 tổ chức cơ sở đảng", 58),
              ("gần 8.400 đảng viên", 8400), ("gồm 14 phường", 14),
              ("khoảng 190 nghìn người", 190000), ("6 kế hoạch", 6), ("11 công văn", 11),
              ("05-CT/TW", 5), ("89 năm", 89), ("129 năm", 129), ("mỗi số 2.800 bản", 2800),
              ("15/6/2019", 15), ("cho 2 cá nhân", 2), ("Trung ương 10", 10),
              ("100% cán bộ chủ chốt", 100), ("Mở 4 lớp", 4), ("khoảng 200 tuyên truyền viên",
                                                             200),
              ("thêm 30 nhóm Zalo", 30), ("1. Công tác lãnh đạo", 1),
              ("2. Học tập, quán triệt", 2), ("3. Công tác tuyên truyền", 3),
              ("4. Đội ngũ báo cáo viên", 4), ("5. Thi đua", 5)]),
    Doc("h27_02_binhthanh_9t_2021", T02, BINHTHANH, P02, D02, "text", facts=[
        F("4 hội nghị cấp quận", 4, "study_sessions"),
        F("mở 396 lớp", 396, "study_sessions"),
        F("15.870 lượt cán bộ, đảng viên", 15870, "study_attendance", a="party_members"),
        F("đạt 96,4%", 96.4, "study_participation_rate"),
        F("1.142 buổi sinh hoạt chuyên đề", 1142, "party_cell_discussions"),
        F("210 – 230 buổi tuyên truyền", 210, "oral_propaganda_sessions", "at_least"),
        F("chạy 1.460 lượt", 1460, "other"),
        F("hơn 1.300 tin, bài, video", 1300, "news_items", "at_least"),
        F("gần 52.000 người theo dõi", 52000, "propaganda_audience", "at_most", p=inst(D02)),
        F("20 fanpage phường", 20, "social_pages", p=inst(D02)),
        F("1.274 nhóm Zalo", 1274, "chat_groups", p=inst(D02)),
        F("khoảng 98 nghìn người", 98000, "chat_group_members", "approx", p=inst(D02)),
        F("38 báo cáo viên", 38, "reporters", p=inst(D02)),
        F("63 cộng tác viên", 63, "opinion_collaborators", p=inst(D02)),
        F("27 báo cáo định kỳ", 27, "opinion_reports"),
        F("14 báo cáo đột xuất", 14, "opinion_reports"),
        F("hỗ trợ 320 triệu đồng", 320000000, "other"),
        F("6.215 lượt người dự thi", 6215, "contest_entries"),
        F("14 tập thể", 14, "commended_collectives"),
        F("36 cá nhân", 36, "commended_individuals"),
    ], traps=[("12/10/2021", 12), ("09:40", 9), ("9 tháng năm 2021", 9),
              ("20 điểm cầu", 20), ("16/CT-TTg", 16), ("dưới 10 người", 10),
              ("86 bình luận", 86), ("412 lượt chia sẻ", 412), ("ngày 3/8", 3),
              ("trao 12 giải", 12), ("khoảng 3.000 đảng viên", 3000), ("100% khu phố", 100)]),
    Doc("h27_03_quan4_ytd_2017", T03, Q4, P03, D03, "sidecar", meta={"date": D03}, facts=[
        F("ban hành 09 văn bản", 9, "documents_issued"),
        F("2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 126 lớp", 126, "study_sessions"),
        F("6.942/7.180 đảng viên", 6942, "study_attendance", a="party_members"),
        F("Còn 238 đảng viên", 238, "other"),
        F("mười hai lớp bồi dưỡng", 12, "training_classes"),
        F("704 học viên", 704, "trainees"),
        F("88 buổi nói chuyện", 88, "oral_propaganda_sessions"),
        F("khoảng 5.100 lượt người nghe", 5100, "propaganda_audience", "approx"),
        F("đăng 214 tin, bài", 214, "news_items"),
        F("3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("đội ngũ 45 báo cáo viên", 45, "reporters", p=end_of(P03)),
        F("có 31 thí sinh", 31, "contest_entries"),
        F("7 tập thể", 7, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
    ], traps=[("QUẬN 4", 4), ("Trung ương 4", 4), ("05-CT/TW", 5),
              ("15 đảng bộ phường", 15), ("27 chi, đảng bộ", 27), ("84 hộ", 84),
              ("1 buổi đọc báo", 1), ("tổ dân phố 12", 12), ("phường 6", 6),
              ("3 thí sinh có điểm cao nhất", 3)]),
    Doc("h27_04_hcm_wards_h2_2025", T04, CHOLON, P04, D04, "text", facts=[
        F("01 hội nghị cấp phường", 1, "study_sessions"),
        F("52 lớp ở các chi bộ", 52, "study_sessions"),
        F("3.118 lượt đảng viên", 3118, "study_attendance", a="party_members"),
        F("đạt 97,05%", 97.05, "study_participation_rate"),
        F("1.460 lượt dự nghe", 1460, "study_attendance", a="masses"),
        F("lập 1 fanpage", 1, "social_pages", p=end_of(P04)),
        F("68 nhóm Zalo", 68, "chat_groups", p=end_of(P04)),
        F("gần 21 nghìn thành viên", 21000, "chat_group_members", "at_most", p=inst(D04)),
        F("đăng 412 tin, bài", 412, "news_items"),
        F("2 hội nghị cấp phường", 2, "study_sessions", unit=KHANHHOI),
        F("41 lớp ở chi bộ", 41, "study_sessions", unit=KHANHHOI),
        F("2.356 lượt cán bộ, đảng viên", 2356, "study_attendance", a="party_members",
          unit=KHANHHOI),
        F("nói chuyện 57 buổi", 57, "oral_propaganda_sessions", unit=KHANHHOI),
        F("khoảng 4.300 lượt cư dân", 4300, "propaganda_audience", "approx", a="masses",
          unit=KHANHHOI),
        F("01 hội nghị cấp xã", 1, "study_sessions", unit=CANGIO),
        F("28 lớp", 28, "study_sessions", unit=CANGIO),
        F("1.074 lượt đảng viên", 1074, "study_attendance", a="party_members", unit=CANGIO),
        F("690 lượt nhân dân", 690, "study_attendance", a="masses", unit=CANGIO),
        F("gần như 100% đảng viên", 100, "study_participation_rate", "approx", unit=CANGIO),
        F("treo 460 băng rôn", 460, "other", unit=CANGIO),
        F("phát 36 chương trình", 36, "news_items", unit=CANGIO),
        F("5 tập thể", 5, "commended_collectives", unit=CANGIO),
        F("11 cá nhân", 11, "commended_individuals", unit=CANGIO),
    ], traps=[("18/11/2025", 18), ("07:30", 7), ("1/7/2025", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("các phường 11, 12, 13, 14", 11),
              ("Quận 5", 5), ("khoảng 96 nghìn dân", 96000), ("23 chung cư", 23),
              ("gần 11.000 hộ dân", 11000), ("hơn 4 tháng", 4), ("10 đến 15 ngày", 10),
              ("80 năm", 80), ("2/9", 2), ("cuối năm 2025", 2025), ("100% ấp", 100)]),
]
