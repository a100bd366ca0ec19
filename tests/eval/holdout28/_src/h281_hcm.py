"""Twenty-eighth held-out set (holdout28), part 1: Ho Chi Minh City, 2018-2025.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room:
- h28_01 (Quận 6, formal half-year report): "09 văn bản ... (gồm 4 kế hoạch, 5 hướng dẫn)":
  the bracketed parts are traps. The numbered heading "2. Học tập, quán triệt ..." is the
  lead-in of its list lines; "Lượt quần chúng dự nghe" under it counts study attendances
  (masses). "Quận hiện có 48 báo cáo viên" is an instant at the document date; "gồm 38 đồng
  chí" (collaborators, no marker) and "duy trì 2 trang fanpage ... 14 nhóm Zalo" are stocks
  at the half-year's end. "một lớp bồi dưỡng nghiệp vụ" -> 1 training class. "bình quân mỗi
  buổi gần 90 người" (per item), the contest's "26 giải" (prizes) and the proposed award are
  traps; every number under "III. PHƯƠNG HƯỚNG ..." is a plan.
- h28_02 (Bình Thạnh, portal article, quarter III/2019): the quotation of the Trưởng ban
  speaks for the district; "2 hội nghị cấp quận" is of the kind the sentence before names
  (học tập chuyên đề). "20 đảng bộ phường và 26 chi, đảng bộ cơ sở" is the structure. The
  fanpage's followers are propaganda_audience at the document date; "đội ngũ 57 báo cáo viên"
  has no marker: a stock at the quarter's end. "tăng 17 buổi" (comparison), the resident's
  quotation and the plan for quarter IV are traps; "10 bài xuất sắc nhất" is a ranking.
- h28_03 (Phường Bến Thành, after 1/7/2025): no date in the text, the date is the sidecar's.
  The article's period is "Từ ngày 1/7/2025 đến nay" (-> 2025-07-01..sidecar date); "Từ đầu
  tháng 7" gives the same span. "52 chi bộ trực thuộc mở 58 lớp": the chi bộ are the
  structure. "Đội ngũ 29 cộng tác viên" has no marker: an instant at the period's end (the
  document date). "khoảng 3.900 lượt người dân và tiểu thương" -> masses (the phrase after
  the number opens with người dân). The plan "sẽ mở thêm 2 lớp" inside the official's
  quotation is a trap; "Hơn 80 ngày" is a duration.
- h28_04 (Củ Chi, interview, 9 months 2022): the speaker label "Đồng chí Trưởng ban" makes
  every answer the district's; the farmer's words in single quotes are an anecdote. "nói
  chuyện 318 lần" -> sessions. "duy trì 386 nhóm Zalo ..., hiện có khoảng 41.000 thành viên":
  the groups at the period's end (30/9), the members at the document date. "“Củ Chi hôm
  nay” ... lên sóng 39 kỳ" -> news_items. The answer about quarter IV is a plan (traps).
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, m9, quarter, since

Q6, BINHTHANH, CUCHI = U("Quận 6"), U("Quận Bình Thạnh"), U("Huyện Củ Chi")
BENTHANH = W("Phường Bến Thành", "79")

# ---------------------------------------------------------------------------------------------
T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 6
BAN TUYÊN GIÁO
Số 58-BC/BTGQU

Quận 6, ngày 06 tháng 7 năm 2018

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2018,
phương hướng, nhiệm vụ 6 tháng cuối năm 2018

I. ĐẶC ĐIỂM TÌNH HÌNH
Quận có 14 phường, dân số khoảng 260 nghìn người, trong đó gần 30% là người Hoa. Đảng bộ quận có 41 tổ chức cơ sở đảng với hơn 5.300 đảng viên.

II. KẾT QUẢ THỰC HIỆN

1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Quận ủy đã ban hành 09 văn bản chỉ đạo (gồm 4 kế hoạch, 5 hướng dẫn) về công tác tư tưởng và việc học tập nghị quyết.

2. Học tập, quán triệt Nghị quyết Trung ương 6, 7 khóa XII
- Hội nghị cấp quận: 03;
- Lớp ở cơ sở: 96; lượt cán bộ, đảng viên dự: 5.046; đạt 95,2%;
- Lượt quần chúng dự nghe: 2.318;
- Số đảng viên chưa tham gia: 254 người (chủ yếu do ốm đau, đi làm ăn xa).

3. Tuyên truyền miệng và đội ngũ báo cáo viên
Quận hiện có 48 báo cáo viên cấp quận. Trong 6 tháng, Ban tổ chức 06 hội nghị báo cáo viên định kỳ; các báo cáo viên đi nói chuyện 142 buổi tại khu phố, chợ Bình Tây và các doanh nghiệp, thu hút khoảng 12.600 lượt người nghe, bình quân mỗi buổi gần 90 người.

4. Nắm bắt dư luận xã hội
Đội ngũ cộng tác viên dư luận xã hội của quận gồm 38 đồng chí. Ban đã tổng hợp 24 báo cáo định kỳ và 7 báo cáo đột xuất về tình hình tư tưởng, dư luận, tập trung vào việc chỉnh trang chợ Bình Tây và dự án cải tạo kênh Tàu Hủ.

5. Báo chí, xuất bản và thông tin trên mạng
Trang thông tin điện tử Quận 6 đăng 612 tin, bài; bản tin “Sinh hoạt chi bộ” phát hành 6 số, mỗi số 2.500 bản. Quận duy trì 2 trang fanpage chính danh và 14 nhóm Zalo của các đảng bộ phường.

6. Bồi dưỡng chính trị
Trung tâm Bồi dưỡng chính trị quận mở 3 lớp sơ cấp lý luận chính trị cho 215 học viên và một lớp bồi dưỡng nghiệp vụ tuyên giáo cho cán bộ phường.

7. Cuộc thi, khen thưởng
Cuộc thi tìm hiểu “Quận 6 – 42 năm xây dựng và phát triển” nhận được 8.734 bài dự thi; ban tổ chức trao 26 giải. Ban Thường vụ Quận ủy khen thưởng 5 tập thể và 9 cá nhân có thành tích; 1 tập thể được đề nghị Thành ủy tặng bằng khen.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2018
1. Tổ chức học tập Nghị quyết Trung ương 8 khóa XII cho 100% cán bộ chủ chốt; mở khoảng 80 lớp ở cơ sở.
2. Phấn đấu 14/14 phường có nhóm Zalo khu phố; đăng ít nhất 650 tin, bài.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Lưu VP.
"""
D01 = "2018-07-06"
P01 = h1(2018)

# ---------------------------------------------------------------------------------------------
T02 = """
Thứ Tư, 09/10/2019 - 15:20

Bình Thạnh: Đưa nghị quyết đến từng chi bộ khu phố

(Thanhuytphcm.vn) – Chiều 8/10, Ban Tuyên giáo Quận ủy Bình Thạnh tổ chức giao ban công tác tuyên giáo quý III năm 2019 với các đảng bộ phường.

Theo đồng chí Phạm Thị Hồng Nhung, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Bình Thạnh, trọng tâm của quý là tuyên truyền kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh và học tập chuyên đề năm 2019. “Trong quý, Ban Thường vụ Quận ủy tổ chức 2 hội nghị cấp quận; 20 đảng bộ phường và 26 chi, đảng bộ cơ sở mở 213 lớp, với 9.872 lượt cán bộ, đảng viên tham dự, đạt 96,4%”, bà Nhung cho biết.

Các chi bộ khu phố đã dành 418 buổi sinh hoạt để thảo luận chuyên đề, nhiều chi bộ mời người dân cùng dự. Tại phường 25, nơi có 11 chung cư với khoảng 18 nghìn cư dân, chi bộ khu phố 4 tổ chức học tập ngay tại sảnh chung cư. “Khu tôi có 620 hộ, tối thứ Bảy nào cũng có người đến nghe”, ông Nguyễn Văn Lộc, tổ trưởng tổ dân phố, kể.

Công tác tuyên truyền miệng tiếp tục được đổi mới. Trong quý, quận tổ chức 2 hội nghị báo cáo viên; đội ngũ 57 báo cáo viên của quận đã nói chuyện 96 buổi, thu hút trên 8.400 lượt người nghe. So với quý II, số buổi nói chuyện tăng 17 buổi.

Trên không gian mạng, trang thông tin điện tử quận đăng tải 286 tin, bài, video; fanpage “Bình Thạnh ngày mới” có gần 21.000 người theo dõi. Quận hiện có 120 nhóm Zalo khu phố với khoảng 14.500 thành viên. Đồng chí Nhung cho biết thêm: “Chúng tôi đã tổng hợp 31 báo cáo dư luận xã hội gửi Ban Tuyên giáo Thành ủy, kịp thời nắm những băn khoăn của người dân về dự án cải tạo kênh Thanh Đa.”

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 4 tập thể và 7 cá nhân có thành tích trong Cuộc thi trắc nghiệm “Tìm hiểu 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh”; cuộc thi thu hút 15.206 lượt người dự thi, 10 bài xuất sắc nhất được trao giải.

Quý IV, quận sẽ tổ chức Hội thi báo cáo viên giỏi và mở 3 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo phường.
"""
D02 = "2019-10-09"
P02 = quarter(3, 2019)

# ---------------------------------------------------------------------------------------------
T03 = """
Phường Bến Thành: Hơn 80 ngày vận hành chính quyền hai cấp, tuyên giáo bắt nhịp nhanh

Phường Bến Thành được thành lập trên cơ sở sáp nhập 3 phường của Quận 1 cũ, dân số gần 48 nghìn người, là trung tâm thương mại, du lịch sầm uất. Ngay sau khi phường đi vào hoạt động, Ban Xây dựng Đảng phường đã rà soát lại đội ngũ làm công tác tuyên truyền ở từng khu phố, sắp xếp lại các nhóm Zalo cũ và thống nhất đầu mối đăng tin. Từ ngày 1/7/2025 đến nay, Đảng ủy phường đã ban hành 12 văn bản chỉ đạo, hướng dẫn về công tác tuyên giáo.

Đảng ủy phường tổ chức 01 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030; 52 chi bộ trực thuộc mở 58 lớp, với 3.114/3.236 đảng viên tham gia (đạt 96,23%).

Phường hiện có 1 trang thông tin điện tử, 3 trang fanpage và 64 nhóm Zalo khu phố, số thành viên hiện nay khoảng 21.300 người. Từ đầu tháng 7, các trang đã đăng 1.148 tin, bài, video clip tuyên truyền về chính quyền địa phương hai cấp; lượt tiếp cận ước đạt 1,6 triệu.

✅ Tổ chức 27 buổi tuyên truyền miệng tại chợ Bến Thành, chợ Thái Bình và phố đi bộ Bùi Viện, với khoảng 3.900 lượt người dân và tiểu thương tham dự.
✅ Treo 860 băng rôn, cờ phướn chào mừng 80 năm Cách mạng tháng Tám và Quốc khánh 2/9.
✅ Đội ngũ 29 cộng tác viên dư luận xã hội gửi về Ban 46 báo cáo.

Theo bà Lê Thị Thu Trang, Phó Bí thư Thường trực Đảng ủy phường Bến Thành, thách thức lớn nhất là địa bàn có nhiều khách du lịch và lao động tự do. “Chúng tôi đã tổ chức 3 hội nghị báo cáo viên, mời chuyên gia nói chuyện về chuyển đổi số. Sắp tới, phường sẽ mở thêm 2 lớp bồi dưỡng kỹ năng viết tin, bài cho cộng tác viên”, bà Trang cho biết.
"""
D03 = "2025-09-22"
P03 = since("2025-07-01", D03)

# ---------------------------------------------------------------------------------------------
T04 = """
Cập nhật ngày 12-10-2022

Trưởng ban Tuyên giáo Huyện ủy Củ Chi: “Làm tuyên giáo ở đất thép phải đến tận ấp”

Nhân dịp sơ kết công tác tuyên giáo 9 tháng năm 2022, phóng viên đã trao đổi với đồng chí Trần Văn Sáu, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Củ Chi. Huyện có 21 xã, thị trấn với khoảng 462 nghìn dân, phần lớn sống bằng nông nghiệp.

Phóng viên: Thưa đồng chí, 9 tháng qua việc học tập nghị quyết ở huyện có gì nổi bật?

Đồng chí Trưởng ban: “Chúng tôi tập trung học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII và Kết luận 21-KL/TW. Ban Thường vụ Huyện ủy ban hành 16 văn bản hướng dẫn; Huyện ủy tổ chức 3 hội nghị cấp huyện, các đảng bộ xã mở 244 lớp, có 14.630 lượt cán bộ, đảng viên và 6.120 lượt hội viên, đoàn viên tham dự; tỷ lệ đảng viên tham gia đạt 95,47%. Các chi bộ ấp tổ chức 1.012 buổi sinh hoạt chuyên đề, có nơi mời cả các cụ cao tuổi đến góp ý.”

Phóng viên: Còn công tác tuyên truyền miệng và nắm bắt dư luận?

Đồng chí Trưởng ban: “Huyện hiện có 74 báo cáo viên và 52 cộng tác viên dư luận xã hội. 9 tháng, các báo cáo viên đã xuống ấp nói chuyện 318 lần, với hơn 27 nghìn lượt người nghe. Có lần ở ấp Phú Hiệp, một bác nông dân nói với tôi: ‘Nhà tôi 5 người, đi nghe đủ cả 3 buổi’. Cộng tác viên gửi về Ban 88 báo cáo định kỳ và 14 báo cáo đột xuất về tâm tư của nông dân khi thu hồi đất làm đường Vành đai 4.”

Phóng viên: Đồng chí đánh giá thế nào về tuyên truyền trên mạng?

Đồng chí Trưởng ban: “Trang thông tin điện tử huyện đã đăng 1.376 tin, bài; chuyên mục “Củ Chi hôm nay” trên Đài truyền thanh huyện lên sóng 39 kỳ. Toàn huyện duy trì 386 nhóm Zalo ấp, khu phố, hiện có khoảng 41.000 thành viên. Huyện ủy cũng mở 2 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho 168 học viên.”

Phóng viên: Kế hoạch những tháng cuối năm ra sao, thưa đồng chí?

Đồng chí Trưởng ban: “Quý IV, chúng tôi sẽ tổ chức Hội thi tuyên truyền viên giỏi ở 21 xã, thị trấn và phấn đấu mỗi ấp có ít nhất 1 buổi nói chuyện mỗi tháng.”
"""
D04 = "2022-10-12"
P04 = m9(2022)

DOCS = [
    Doc("h28_01_q6_h1_2018", T01, Q6, P01, D01, "text", facts=[
        F("ban hành 09 văn bản", 9, "documents_issued"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 96", 96, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 5.046", 5046, "study_attendance", a="party_members"),
        F("đạt 95,2%", 95.2, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 2.318", 2318, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 254 người", 254, "other"),
        F("hiện có 48 báo cáo viên", 48, "reporters", p=inst(D01)),
        F("06 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("nói chuyện 142 buổi", 142, "oral_propaganda_sessions"),
        F("khoảng 12.600 lượt người nghe", 12600, "propaganda_audience", "approx"),
        F("gồm 38 đồng chí", 38, "opinion_collaborators", p=end_of(P01)),
        F("24 báo cáo định kỳ", 24, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("đăng 612 tin, bài", 612, "news_items"),
        F("phát hành 6 số", 6, "news_items"),
        F("2 trang fanpage", 2, "social_pages", p=end_of(P01)),
        F("14 nhóm Zalo", 14, "chat_groups", p=end_of(P01)),
        F("mở 3 lớp sơ cấp", 3, "training_classes"),
        F("215 học viên", 215, "trainees"),
        F("một lớp bồi dưỡng nghiệp vụ", 1, "training_classes"),
        F("8.734 bài dự thi", 8734, "contest_entries"),
        F("5 tập thể", 5, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 58-BC/BTGQU", 58), ("6 tháng đầu năm 2018", 6), ("14 phường", 14),
              ("khoảng 260 nghìn người", 260000), ("gần 30%", 30),
              ("41 tổ chức cơ sở đảng", 41), ("hơn 5.300 đảng viên", 5300),
              ("4 kế hoạch", 4), ("5 hướng dẫn", 5), ("Trung ương 6, 7", 6),
              ("mỗi buổi gần 90 người", 90), ("mỗi số 2.500 bản", 2500),
              ("42 năm", 42), ("trao 26 giải", 26), ("1 tập thể được đề nghị", 1),
              ("Trung ương 8", 8), ("100% cán bộ chủ chốt", 100), ("khoảng 80 lớp", 80),
              ("14/14 phường", 14), ("ít nhất 650 tin, bài", 650)]),
    Doc("h28_02_binhthanh_q3_2019", T02, BINHTHANH, P02, D02, "text", facts=[
        F("2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 213 lớp", 213, "study_sessions"),
        F("9.872 lượt cán bộ, đảng viên", 9872, "study_attendance", a="party_members"),
        F("đạt 96,4%", 96.4, "study_participation_rate"),
        F("418 buổi sinh hoạt", 418, "party_cell_discussions"),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("đội ngũ 57 báo cáo viên", 57, "reporters", p=end_of(P02)),
        F("nói chuyện 96 buổi", 96, "oral_propaganda_sessions"),
        F("trên 8.400 lượt người nghe", 8400, "propaganda_audience", "at_least"),
        F("đăng tải 286 tin, bài, video", 286, "news_items"),
        F("gần 21.000 người theo dõi", 21000, "propaganda_audience", "at_most", p=inst(D02)),
        F("hiện có 120 nhóm Zalo", 120, "chat_groups", p=inst(D02)),
        F("khoảng 14.500 thành viên", 14500, "chat_group_members", "approx", p=inst(D02)),
        F("31 báo cáo dư luận xã hội", 31, "opinion_reports"),
        F("4 tập thể", 4, "commended_collectives"),
        F("7 cá nhân", 7, "commended_individuals"),
        F("15.206 lượt người dự thi", 15206, "contest_entries"),
    ], traps=[("Chiều 8/10", 8), ("quý III năm 2019", 2019), ("50 năm", 50),
              ("chuyên đề năm 2019", 2019), ("20 đảng bộ phường", 20),
              ("26 chi, đảng bộ cơ sở", 26), ("phường 25", 25), ("11 chung cư", 11),
              ("khoảng 18 nghìn cư dân", 18000), ("khu phố 4", 4), ("Khu tôi có 620 hộ", 620),
              ("tăng 17 buổi", 17), ("10 bài xuất sắc nhất", 10), ("mở 3 lớp", 3)]),
    Doc("h28_03_benthanh_2025", T03, BENTHANH, P03, D03, "sidecar", meta={"date": D03},
        facts=[
        F("ban hành 12 văn bản", 12, "documents_issued"),
        F("01 hội nghị học tập", 1, "study_sessions"),
        F("mở 58 lớp", 58, "study_sessions"),
        F("3.114/3.236 đảng viên", 3114, "study_attendance", a="party_members"),
        F("(đạt 96,23%)", 96.23, "study_participation_rate"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D03)),
        F("3 trang fanpage", 3, "social_pages", p=inst(D03)),
        F("64 nhóm Zalo", 64, "chat_groups", p=inst(D03)),
        F("khoảng 21.300 người", 21300, "chat_group_members", "approx", p=inst(D03)),
        F("đăng 1.148 tin, bài", 1148, "news_items"),
        F("ước đạt 1,6 triệu", 1600000, "propaganda_audience", "approx"),
        F("27 buổi tuyên truyền miệng", 27, "oral_propaganda_sessions"),
        F("khoảng 3.900 lượt người dân", 3900, "propaganda_audience", "approx", a="masses"),
        F("Treo 860 băng rôn", 860, "other"),
        F("Đội ngũ 29 cộng tác viên", 29, "opinion_collaborators", p=end_of(P03)),
        F("gửi về Ban 46 báo cáo", 46, "opinion_reports"),
        F("3 hội nghị báo cáo viên", 3, "reporter_conferences"),
    ], traps=[("Hơn 80 ngày", 80), ("sáp nhập 3 phường", 3), ("Quận 1", 1),
              ("gần 48 nghìn người", 48000), ("Từ ngày 1/7/2025", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("52 chi bộ trực thuộc", 52),
              ("80 năm Cách mạng", 80), ("Quốc khánh 2/9", 2), ("thêm 2 lớp", 2)]),
    Doc("h28_04_cuchi_9t_2022", T04, CUCHI, P04, D04, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("3 hội nghị cấp huyện", 3, "study_sessions"),
        F("mở 244 lớp", 244, "study_sessions"),
        F("14.630 lượt cán bộ, đảng viên", 14630, "study_attendance", a="party_members"),
        F("6.120 lượt hội viên, đoàn viên", 6120, "study_attendance", a="masses"),
        F("đạt 95,47%", 95.47, "study_participation_rate"),
        F("1.012 buổi sinh hoạt", 1012, "party_cell_discussions"),
        F("hiện có 74 báo cáo viên", 74, "reporters", p=inst(D04)),
        F("52 cộng tác viên", 52, "opinion_collaborators", p=inst(D04)),
        F("nói chuyện 318 lần", 318, "oral_propaganda_sessions"),
        F("hơn 27 nghìn lượt người nghe", 27000, "propaganda_audience", "at_least"),
        F("88 báo cáo định kỳ", 88, "opinion_reports"),
        F("14 báo cáo đột xuất", 14, "opinion_reports"),
        F("đăng 1.376 tin, bài", 1376, "news_items"),
        F("lên sóng 39 kỳ", 39, "news_items"),
        F("386 nhóm Zalo", 386, "chat_groups", p=end_of(P04)),
        F("khoảng 41.000 thành viên", 41000, "chat_group_members", "approx", p=inst(D04)),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes"),
        F("168 học viên", 168, "trainees"),
    ], traps=[("Cập nhật ngày 12-10-2022", 12), ("9 tháng năm 2022", 9),
              ("21 xã, thị trấn", 21), ("khoảng 462 nghìn dân", 462000),
              ("9 tháng qua", 9), ("Trung ương 4", 4), ("21-KL/TW", 21),
              ("Nhà tôi 5 người", 5), ("cả 3 buổi", 3), ("Vành đai 4", 4),
              ("ít nhất 1 buổi", 1)]),
]
