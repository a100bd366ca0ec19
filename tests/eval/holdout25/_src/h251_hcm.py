"""Twenty-fifth held-out set (holdout25), part 1: HCM districts and a ward (2019-2025).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. The texts
are new and written for this set; people's names are invented.

Decisions taken where the guide leaves room (kept the same across the set):
- h25_01 (administrative year report, Quận 2, năm 2019): the dateline "Quận 2, ngày 16 tháng
  12 năm 2019" under the letterhead is the document date; the title's "năm 2019" is the period.
  "27 văn bản (11 kế hoạch, 9 hướng dẫn, 7 công văn)": the total is the fact, the bracketed
  parts are traps. Under "2. Học tập, quán triệt ...": "Hội nghị cấp quận: 05" and "Lớp ở chi,
  đảng bộ cơ sở: 212" are study_sessions; "lượt cán bộ chủ chốt dự: 1.460" the attendance of the
  conferences (party_members, "cán bộ"); "đảng viên dự học: 4.207/4.412 đồng chí, đạt 95,35%"
  the numerator and the rate; "Lượt quần chúng dự nghe" study_attendance (masses); "Số đảng viên
  chưa tham gia: 205" is `other`. "2 đợt sinh hoạt chính trị" = political_campaigns; the contest's
  "lượt dự thi" = contest_entries and its "chiếm khoảng 58%" a trap; "02 tập thể được đề nghị"
  a proposal (trap). The list lines of 4. count news_items (the radio programmes, the fanpage
  items), `other` (banners, loudspeaker-van runs); "(thời lượng 15 phút/chương trình)" is a trap.
  "Tính đến ngày 30/11/2019" dates the 48 báo cáo viên and 65 cộng tác viên of its clause
  (instants on 2019-11-30, the bracketed 14/34 are parts); "Trong năm" brings the 12 reporter
  conferences and the 96 + 23 opinion reports back to the year. "mười lăm lớp" = 15 training
  classes; "trong đó có 03 lớp sơ cấp" is a part (trap). The delay "từ 10 đến 15 ngày" (both
  bounds) and every number under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020" are traps.
- h25_02 (press article with quotes, Quận 9, 6 tháng đầu năm 2020, COVID-19): "Thứ Tư, ngày
  15/7/2020" is the document date. The Trưởng ban is introduced with her title; her quotations
  (also those attributed "bà Hạnh") are the unit's: 186 lớp (study_sessions), 9.870 lượt cán bộ,
  đảng viên, 96,4%, 412 buổi sinh hoạt thảo luận of the chi bộ (party_cell_discussions). "trong
  6 tháng" inside the quotation means the report's half-year, not the lockdown 1/4-22/4 named
  in the sentence before; "chuyên đề năm 2020" is a theme (trap). "lập mới 58 nhóm Zalo" is the
  addition (trap), "nâng tổng số lên 171 nhóm với khoảng 14 nghìn thành viên" the stocks, with no
  "hiện" marker: instants at the period's end (2020-06-30). The bí thư chi bộ khu phố's words are
  an anecdote (71 tuổi, 29 đảng viên, 60 tuổi, 9 đồng chí, khu phố 4). "dưới 20 người" is a limit
  (trap) while "dưới 2.000 lượt người nghe" is a fact (at_most) dated "Trong quý I" (Q1 2020).
  "hỗ trợ 380 triệu đồng" after "dành kinh phí" funds the unit's work: `other`. The plans of the
  last paragraph and "Cụm thi đua 1" are traps.
- h25_03 (ward bulletin, Phường Tân Định, từ ngày 1/7/2025 đến nay): letterhead "ĐẢNG BỘ THÀNH
  PHỐ HỒ CHÍ MINH / ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH", dateline "Tân Định, ngày 08 tháng 10 năm 2025" =
  document date; the results heading gives the period 2025-07-01..2025-10-08 (the issue month
  "Tháng 10/2025" is not used). The wards it was made from, "Quận 1 cũ", its 41 khu phố and 61
  nghìn people are traps. "Hội nghị cấp phường: 03 (tháng 7, tháng 8 và một hội nghị trực
  tuyến ...)": the months and the bracketed "một" are traps. Stocks in the list (44 nhóm Zalo,
  the members "hiện nay", the fanpage followers, 15 báo cáo viên, 30 cộng tác viên) are instants
  at the document date (the period ends there too). "14 định kỳ, 7 đột xuất" = two opinion_reports;
  banners and the "4 đợt" of the travelling photo exhibition are `other`; "25 cá nhân đạt giải"
  (prizes) and everything under "NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025" are traps; address and phone too.
- h25_04 (four-sentence brief, Huyện Củ Chi, quý III năm 2022): no date in the text; the
  sidecar gives it. "ba mươi lăm lớp" = 35 study_sessions (the sentence names the study);
  "cho cán bộ chủ chốt của huyện và 21 xã, thị trấn" names whom it was held for (trap); "phát
  hành 3 số bản tin" = 3 news_items and "mỗi số 2.500 bản" a per-item figure (trap); "phát từ 30
  đến 35 bản tin" = 30 at_least (no fact for 35). "hiện có 184 nhóm Zalo ... khoảng 39.000 thành
  viên" are instants at the sidecar date.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, quarter, since, year

Q2, Q9, CUCHI = U("Quận 2"), U("Quận 9"), U("Huyện Củ Chi")
TANDINH = W("Phường Tân Định", "79")

# ---------------------------------------------------------------------------------------------
T01 = """
QUẬN ỦY QUẬN 2
BAN TUYÊN GIÁO
Số 127-BC/BTGQU
ĐẢNG CỘNG SẢN VIỆT NAM
Quận 2, ngày 16 tháng 12 năm 2019

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2019, phương hướng, nhiệm vụ năm 2020

Thực hiện Hướng dẫn số 58-HD/BTGTU ngày 28/10/2019 của Ban Tuyên giáo Thành ủy về tổng kết công tác tuyên giáo năm 2019, Ban Tuyên giáo Quận ủy Quận 2 báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2019

1. Công tác tham mưu
Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 27 văn bản (11 kế hoạch, 9 hướng dẫn, 7 công văn) lãnh đạo, chỉ đạo công tác tư tưởng, văn hóa, khoa giáo; hướng dẫn triển khai Kế hoạch 145-KH/QU về tuyên truyền các công trình trọng điểm tại Khu đô thị mới Thủ Thiêm.

2. Học tập, quán triệt nghị quyết, chỉ thị của Đảng
- Hội nghị cấp quận: 05; lượt cán bộ chủ chốt dự: 1.460
- Lớp ở chi, đảng bộ cơ sở: 212; đảng viên dự học: 4.207/4.412 đồng chí, đạt 95,35%
- Lượt quần chúng dự nghe: 3.118
- Số đảng viên chưa tham gia: 205 đồng chí (chủ yếu do ốm đau, công tác xa)
Nội dung tập trung vào Nghị quyết Trung ương 8 khóa XII về Chiến lược bảo vệ Tổ quốc trong tình hình mới và Quy định 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên.

3. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Quận triển khai 2 đợt sinh hoạt chính trị: kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019) và sinh hoạt chuyên đề năm 2019 về nâng cao ý thức tôn trọng nhân dân, phát huy dân chủ. Cuộc thi trắc nghiệm trực tuyến “Tìm hiểu 50 năm thực hiện Di chúc của Bác” – lượt dự thi: 14.826; trong đó đoàn viên, thanh niên chiếm khoảng 58%. Ban Thường vụ Quận ủy khen thưởng 21 tập thể và 37 cá nhân điển hình; 02 tập thể được đề nghị Thành ủy tặng bằng khen.

4. Công tác tuyên truyền
- Buổi nói chuyện chuyên đề, thời sự: 86 – lượt người nghe: khoảng 9.400
- Tin, bài trên trang thông tin điện tử quận: 734; trên fanpage “Quận 2 – Thủ Thiêm”: 1.215
- Chương trình phát thanh của Đài Truyền thanh quận: 148 (thời lượng 15 phút/chương trình)
- Băng rôn, khẩu hiệu, pano tuyên truyền các ngày lễ lớn: 2.360
- Lượt xe loa tuyên truyền lưu động: 312

5. Công tác báo cáo viên, nắm bắt dư luận xã hội
Tính đến ngày 30/11/2019, Đảng bộ quận có 48 báo cáo viên (14 cấp quận, 34 cấp phường) và 65 cộng tác viên dư luận xã hội. Trong năm, Ban tổ chức 12 hội nghị báo cáo viên định kỳ; tổng hợp 96 báo cáo định kỳ và 23 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Thành ủy.

6. Giáo dục lý luận chính trị
Trung tâm Bồi dưỡng chính trị quận mở mười lăm lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 1.036 học viên, trong đó có 03 lớp sơ cấp lý luận chính trị.

II. HẠN CHẾ
Một số chi bộ khu phố tổ chức học tập nghị quyết chậm so với thời gian quy định (chậm từ 10 đến 15 ngày); nội dung sinh hoạt chuyên đề ở một số nơi còn đơn điệu.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020
1. Tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2020), 45 năm Ngày giải phóng miền Nam và Đại hội Đảng bộ quận nhiệm kỳ 2020 – 2025.
2. Tổ chức học tập, quán triệt Nghị quyết Đại hội cho 100% cán bộ, đảng viên; phấn đấu tỷ lệ đảng viên dự học đạt trên 96%.
3. Mở 12 lớp bồi dưỡng lý luận chính trị; duy trì hội nghị báo cáo viên hằng tháng.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (để báo cáo);
- Thường trực Quận ủy;
- Lưu.
"""
D01 = "2019-12-16"
P01 = year(2019)
AT01 = inst("2019-11-30")

# ---------------------------------------------------------------------------------------------
T02 = """
Thứ Tư, ngày 15/7/2020

Quận 9: Học nghị quyết qua màn hình, sinh hoạt chi bộ qua Zalo

(Thanhuytphcm.vn) – Sáu tháng đầu năm 2020, dịch Covid-19 khiến nhiều hoạt động tập trung phải tạm dừng, Ban Tuyên giáo Quận ủy Quận 9 đã linh hoạt chuyển việc học tập nghị quyết, tuyên truyền miệng và sinh hoạt chi bộ lên không gian mạng.

Chiều 14/7, tại hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm, đồng chí Nguyễn Thị Bích Hạnh, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Quận 9, cho biết trong thời gian giãn cách xã hội từ ngày 1/4 đến 22/4, các cuộc họp chỉ được tổ chức với dưới 20 người. “Vì vậy, trong 6 tháng, chúng tôi hướng dẫn 13 đảng bộ phường tổ chức học tập chuyên đề năm 2020 qua phần mềm Zoom và nhóm Zalo chi bộ. Toàn quận đã mở 186 lớp, thu hút 9.870 lượt cán bộ, đảng viên, đạt 96,4%”, bà Hạnh nói.

Điểm mới là sinh hoạt chi bộ trực tuyến. “Các chi bộ khu phố đã tổ chức 412 buổi sinh hoạt thảo luận trên nhóm Zalo. Quận lập mới 58 nhóm Zalo, nâng tổng số lên 171 nhóm với khoảng 14 nghìn thành viên”, bà Hạnh cho biết thêm.

Không phải ai cũng quen với cách làm mới. Ông Trần Văn Lộc, 71 tuổi, Bí thư Chi bộ khu phố 4, phường Phước Long B, kể: “Chi bộ tôi có 29 đảng viên, phân nửa đã trên 60 tuổi. Tôi phải tới từng nhà cài Zalo, cầm tay chỉ cho 9 đồng chí mới xong.”

Tuyên truyền miệng cũng được “số hóa”. Đội ngũ báo cáo viên quận thực hiện 24 buổi nói chuyện thời sự trực tuyến, phát trực tiếp trên fanpage “Tuổi trẻ Quận 9”, với hơn 31.000 lượt xem. Trong quý I, khi còn tổ chức trực tiếp, các buổi tuyên truyền tại khu phố chỉ thu hút dưới 2.000 lượt người nghe. Trang thông tin điện tử quận đăng 506 tin, bài về phòng, chống dịch; Đài Truyền thanh quận phát 96 chương trình, mỗi chương trình dài 20 phút.

Trung tâm Bồi dưỡng chính trị quận vẫn duy trì 5 lớp bồi dưỡng lý luận chính trị cho đảng viên mới và cảm tình Đảng với 463 học viên, học xen kẽ trực tiếp và trực tuyến. Ban cũng tiếp nhận 38 báo cáo dư luận xã hội từ đội ngũ cộng tác viên, phản ánh kịp thời tâm tư của người lao động bị mất việc do dịch. Quận dành kinh phí hỗ trợ 380 triệu đồng để in tờ gấp, tài liệu phòng dịch phát đến từng khu phố. Với những kết quả trên, Ban Tuyên giáo Quận ủy Quận 9 được Cụm thi đua 1 đánh giá dẫn đầu.

Sáu tháng cuối năm, Quận 9 sẽ tổ chức học tập Nghị quyết Đại hội Đảng bộ quận nhiệm kỳ 2020 – 2025 cho 100% chi bộ, phấn đấu mỗi khu phố có ít nhất 1 nhóm Zalo và lập thêm 40 nhóm.
"""
D02 = "2020-07-15"
P02 = h1(2020)

# ---------------------------------------------------------------------------------------------
T03 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH
Tân Định, ngày 08 tháng 10 năm 2025

BẢN TIN TUYÊN GIÁO – DÂN VẬN
Số 02 – Tháng 10/2025

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO TỪ NGÀY 1/7/2025 ĐẾN NAY

Phường Tân Định được thành lập trên cơ sở sắp xếp phường Tân Định, phường Đa Kao và một phần các phường lân cận thuộc Quận 1 cũ, có 41 khu phố với hơn 61 nghìn người. Từ ngày 1/7/2025 đến nay, Đảng ủy phường vừa ổn định tổ chức bộ máy theo mô hình chính quyền địa phương hai cấp, vừa tập trung tuyên truyền Đại hội Đảng bộ phường và Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030. Dịp kỷ niệm 95 năm Ngày truyền thống ngành Tuyên giáo của Đảng (1/8/1930 – 1/8/2025), Đảng ủy phường gặp mặt các thế hệ cán bộ làm công tác tuyên giáo trên địa bàn.

Một số kết quả chính:
• Học tập, quán triệt nghị quyết:
– Hội nghị cấp phường: 03 (tháng 7, tháng 8 và một hội nghị trực tuyến kết nối điểm cầu Thành ủy)
– Lớp ở các chi bộ: 58; lượt đảng viên dự: 3.964; tỷ lệ: 97,2%
– Lượt quần chúng dự nghe: 1.275
• Tuyên truyền:
– Tin, bài trên trang thông tin điện tử phường: 318; trên Zalo OA: 442
– Buổi nói chuyện chuyên đề ở khu phố: 27 – lượt người nghe: gần 2.900
– Băng rôn, cờ phướn tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 640
– Triển lãm ảnh lưu động “Tân Định – ký ức và hôm nay”: 4 đợt
• Không gian mạng:
– Nhóm Zalo khu phố do chi bộ quản lý: 44 nhóm, số thành viên hiện nay khoảng 23.600 người
– Fanpage “Tân Định hôm nay”: gần 12.000 người theo dõi
• Báo cáo viên, dư luận xã hội:
– Báo cáo viên cấp phường: 15 đồng chí
– Cộng tác viên dư luận xã hội: 30 đồng chí
– Báo cáo tình hình dư luận xã hội gửi Thành ủy: 14 định kỳ, 7 đột xuất
– Hội nghị báo cáo viên: 02
• Bồi dưỡng, tập huấn:
– Lớp bồi dưỡng nghiệp vụ cho cán bộ khu phố: 05 lớp; học viên: 312 người
• Thi đua, khen thưởng:
– Cuộc thi trực tuyến “Tìm hiểu 95 năm lịch sử vẻ vang của Đảng bộ Thành phố” – lượt dự thi: 5.318; 25 cá nhân đạt giải
– Tập thể được Đảng ủy phường khen thưởng: 6; cá nhân: 11

NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025
– Tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I cho 100% cán bộ, đảng viên, hoàn thành trước ngày 31/12/2025.
– Phấn đấu số thành viên nhóm Zalo khu phố đạt 30.000 người; mở thêm 03 lớp bồi dưỡng cho tổ trưởng tổ dân phố.

Địa chỉ: 28 Trần Quang Khải, phường Tân Định. Điện thoại: 028 3848 2719
"""
D03 = "2025-10-08"
P03 = since("2025-07-01", D03)
NOW03 = inst(D03)

# ---------------------------------------------------------------------------------------------
T04 = """
Củ Chi: Nghị quyết về tới ấp

(Thanhuytphcm.vn) – Quý III năm 2022, Ban Tuyên giáo Huyện ủy Củ Chi tham mưu tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Trung ương 5 khóa XIII cho cán bộ chủ chốt của huyện và 21 xã, thị trấn; các đảng ủy cơ sở mở ba mươi lăm lớp với 6.146 lượt đảng viên tham dự. Huyện phát hành 3 số bản tin “Sinh hoạt chi bộ”, mỗi số 2.500 bản, đồng thời phối hợp Đài Truyền thanh huyện phát từ 30 đến 35 bản tin thời sự trên hệ thống loa ở các ấp. Dịp kỷ niệm 77 năm Cách mạng Tháng Tám và Quốc khánh 2/9, Ban Thường vụ Huyện ủy khen thưởng 9 tập thể và 15 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Huyện hiện có 184 nhóm Zalo ấp, khu phố với khoảng 39.000 thành viên, là kênh chính để đưa nghị quyết đến người dân.
"""
D04 = "2022-10-06"
P04 = quarter(3, 2022)

DOCS = [
    Doc("h25_01_q2_2019_report", T01, Q2, P01, D01, "text", facts=[
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("Hội nghị cấp quận: 05", 5, "study_sessions"),
        F("lượt cán bộ chủ chốt dự: 1.460", 1460, "study_attendance", a="party_members"),
        F("Lớp ở chi, đảng bộ cơ sở: 212", 212, "study_sessions"),
        F("đảng viên dự học: 4.207/4.412 đồng chí", 4207, "study_attendance",
          a="party_members"),
        F("đạt 95,35%", 95.35, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 3.118", 3118, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 205 đồng chí", 205, "other"),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("lượt dự thi: 14.826", 14826, "contest_entries"),
        F("khen thưởng 21 tập thể", 21, "commended_collectives"),
        F("37 cá nhân điển hình", 37, "commended_individuals"),
        F("Buổi nói chuyện chuyên đề, thời sự: 86", 86, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 9.400", 9400, "propaganda_audience", "approx"),
        F("Tin, bài trên trang thông tin điện tử quận: 734", 734, "news_items"),
        F("Thủ Thiêm”: 1.215", 1215, "news_items"),
        F("Chương trình phát thanh của Đài Truyền thanh quận: 148", 148, "news_items"),
        F("pano tuyên truyền các ngày lễ lớn: 2.360", 2360, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 312", 312, "other"),
        F("có 48 báo cáo viên", 48, "reporters", p=AT01),
        F("65 cộng tác viên dư luận xã hội", 65, "opinion_collaborators", p=AT01),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("96 báo cáo định kỳ", 96, "opinion_reports"),
        F("23 báo cáo đột xuất", 23, "opinion_reports"),
        F("mười lăm lớp bồi dưỡng", 15, "training_classes"),
        F("1.036 học viên", 1036, "trainees"),
    ], traps=[("QUẬN 2", 2), ("Quận 2", 2), ("127-BC/BTGQU", 127),
              ("ngày 16 tháng 12 năm 2019", 16), ("năm 2019", 2019), ("năm 2020", 2020),
              ("NĂM 2019", 2019), ("NĂM 2020", 2020),
              ("58-HD/BTGTU", 58), ("28/10/2019", 28), ("Kế hoạch 145-KH/QU", 145),
              ("(11 kế hoạch", 11), ("9 hướng dẫn", 9), ("7 công văn", 7),
              ("Trung ương 8", 8), ("08-QĐi/TW", 8), ("50 năm", 50), ("1969", 1969),
              ("– 2019)", 2019), ("chuyên đề năm 2019", 2019), ("khoảng 58%", 58),
              ("02 tập thể được đề nghị", 2), ("15 phút", 15), ("ngày 30/11/2019", 30),
              ("(14 cấp quận", 14), ("34 cấp phường", 34), ("03 lớp sơ cấp", 3),
              ("từ 10", 10), ("15 ngày", 15), ("90 năm", 90), ("3/2/1930", 3),
              ("3/2/2020", 3), ("45 năm", 45), ("nhiệm kỳ 2020 – 2025", 2020),
              ("100% cán bộ", 100), ("trên 96%", 96), ("Mở 12 lớp", 12),
              ("1. Công tác tham mưu", 1), ("2. Học tập, quán triệt", 2),
              ("3. Học tập và làm theo", 3), ("4. Công tác tuyên truyền", 4),
              ("5. Công tác báo cáo viên", 5), ("6. Giáo dục", 6),
              ("1. Tuyên truyền kỷ niệm", 1), ("2. Tổ chức học tập", 2), ("3. Mở", 3)]),
    Doc("h25_02_q9_h1_2020_covid", T02, Q9, P02, D02, "text", facts=[
        F("mở 186 lớp", 186, "study_sessions"),
        F("9.870 lượt cán bộ, đảng viên", 9870, "study_attendance", a="party_members"),
        F("đạt 96,4%", 96.4, "study_participation_rate"),
        F("412 buổi sinh hoạt thảo luận", 412, "party_cell_discussions"),
        F("nâng tổng số lên 171 nhóm", 171, "chat_groups", p=end_of(P02)),
        F("khoảng 14 nghìn thành viên", 14000, "chat_group_members", "approx",
          p=end_of(P02)),
        F("24 buổi nói chuyện", 24, "oral_propaganda_sessions"),
        F("hơn 31.000 lượt xem", 31000, "propaganda_audience", "at_least"),
        F("dưới 2.000 lượt người nghe", 2000, "propaganda_audience", "at_most",
          p=quarter(1, 2020)),
        F("đăng 506 tin, bài", 506, "news_items"),
        F("phát 96 chương trình", 96, "news_items"),
        F("duy trì 5 lớp bồi dưỡng", 5, "training_classes"),
        F("463 học viên", 463, "trainees"),
        F("38 báo cáo dư luận xã hội", 38, "opinion_reports"),
        F("hỗ trợ 380 triệu đồng", 380_000_000, "other"),
    ], traps=[("15/7/2020", 15), ("Quận 9", 9), ("năm 2020", 2020), ("Covid-19", 19),
              ("Chiều 14/7", 14), ("6 tháng đầu năm", 6), ("từ ngày 1/4", 1), ("22/4", 22),
              ("dưới 20 người", 20), ("trong 6 tháng", 6), ("13 đảng bộ phường", 13),
              ("lập mới 58 nhóm", 58), ("71 tuổi", 71), ("khu phố 4", 4),
              ("29 đảng viên", 29), ("60 tuổi", 60), ("9 đồng chí", 9), ("20 phút", 20),
              ("Cụm thi đua 1", 1), ("nhiệm kỳ 2020 – 2025", 2020), ("100% chi bộ", 100),
              ("ít nhất 1 nhóm", 1), ("thêm 40 nhóm", 40)]),
    Doc("h25_03_tandinh_since_jul2025", T03, TANDINH, P03, D03, "text", facts=[
        F("Hội nghị cấp phường: 03", 3, "study_sessions"),
        F("Lớp ở các chi bộ: 58", 58, "study_sessions"),
        F("lượt đảng viên dự: 3.964", 3964, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,2%", 97.2, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.275", 1275, "study_attendance", a="masses"),
        F("Tin, bài trên trang thông tin điện tử phường: 318", 318, "news_items"),
        F("trên Zalo OA: 442", 442, "news_items"),
        F("Buổi nói chuyện chuyên đề ở khu phố: 27", 27, "oral_propaganda_sessions"),
        F("lượt người nghe: gần 2.900", 2900, "propaganda_audience", "at_most"),
        F("Quốc khánh 2/9: 640", 640, "other"),
        F("hôm nay”: 4 đợt", 4, "other"),
        F("do chi bộ quản lý: 44 nhóm", 44, "chat_groups", p=NOW03),
        F("hiện nay khoảng 23.600 người", 23600, "chat_group_members", "approx", p=NOW03),
        F("gần 12.000 người theo dõi", 12000, "propaganda_audience", "at_most", p=NOW03),
        F("Báo cáo viên cấp phường: 15 đồng chí", 15, "reporters", p=NOW03),
        F("Cộng tác viên dư luận xã hội: 30 đồng chí", 30, "opinion_collaborators", p=NOW03),
        F("14 định kỳ", 14, "opinion_reports"),
        F("7 đột xuất", 7, "opinion_reports"),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("cho cán bộ khu phố: 05 lớp", 5, "training_classes"),
        F("học viên: 312 người", 312, "trainees"),
        F("lượt dự thi: 5.318", 5318, "contest_entries"),
        F("Tập thể được Đảng ủy phường khen thưởng: 6", 6, "commended_collectives"),
        F("cá nhân: 11", 11, "commended_individuals"),
    ], traps=[("ngày 08 tháng 10 năm 2025", 8), ("Số 02", 2), ("Tháng 10/2025", 10),
              ("NGÀY 1/7/2025", 1), ("Quận 1", 1), ("41 khu phố", 41),
              ("hơn 61 nghìn người", 61000), ("Từ ngày 1/7/2025", 1), ("hai cấp", 2),
              ("nhiệm kỳ 2025 – 2030", 2025), ("95 năm", 95), ("1/8/1930", 1),
              ("1/8/2025", 1), ("tháng 7", 7), ("tháng 8", 8),
              ("một hội nghị trực tuyến", 1), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("25 cá nhân đạt giải", 25), ("QUÝ IV/2025", 2025), ("100% cán bộ", 100),
              ("31/12/2025", 31), ("đạt 30.000 người", 30000), ("thêm 03 lớp", 3),
              ("28 Trần Quang Khải", 28), ("028 3848 2719", 28)]),
    Doc("h25_04_cuchi_q3_2022_brief", T04, CUCHI, P04, D04, "sidecar", meta={"date": D04},
        facts=[
            F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
            F("ba mươi lăm lớp", 35, "study_sessions"),
            F("6.146 lượt đảng viên", 6146, "study_attendance", a="party_members"),
            F("phát hành 3 số bản tin", 3, "news_items"),
            F("từ 30 đến 35 bản tin", 30, "news_items", "at_least"),
            F("khen thưởng 9 tập thể", 9, "commended_collectives"),
            F("15 cá nhân tiêu biểu", 15, "commended_individuals"),
            F("hiện có 184 nhóm Zalo", 184, "chat_groups", p=inst(D04)),
            F("khoảng 39.000 thành viên", 39000, "chat_group_members", "approx",
              p=inst(D04)),
        ], traps=[("năm 2022", 2022), ("Trung ương 5", 5), ("21 xã, thị trấn", 21),
                  ("mỗi số 2.500 bản", 2500), ("77 năm", 77), ("Quốc khánh 2/9", 2)]),
]
