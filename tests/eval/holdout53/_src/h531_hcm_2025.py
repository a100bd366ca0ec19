"""Held-out set holdout53, part 1: Ho Chi Minh City in 2025, across the 1 July 2025 reform.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and
the five sample reports for style, without reading or running the extractor or any other set.

Decisions where the guide leaves room (shared by all parts of the set):
- A new ward's report that also gives what its predecessor district did before 1 July 2025:
  the sentence that names the district's body (Quận ủy X, Huyện ủy Y, Ban Tuyên giáo Quận ủy X)
  as the actor gives the district (valid until 2025-06-30) with the period the sentence or its
  heading states (usually 6 tháng đầu năm → H1 2025); the ward's own figures take the period
  their sentence, paragraph or heading states ("Từ ngày 1/7/2025, ..." → 2025-07-01..document
  date; "6 tháng cuối năm" → H2; "từ tháng 7 đến tháng 12" → the range).
- A ward's figure stated only with the report's own span (e.g. "Dịp sơ kết 9 tháng" in a nine-
  month article of a ward founded on 1 July) keeps the span as written (the ward, 01-01..09-30):
  the guide dates by the text, not by the unit's founding date.
- A ward founded by merging the old wards of a district is written with W(name, province);
  the wards it was made from and the former district named as a predecessor are no actors.
- "Sáu tháng cuối năm" / "6 tháng cuối năm 2025" → H2 2025; "Từ tháng 7 đến tháng 12" → the
  same range written with since().
- Parts in brackets after a count ("6 hội nghị ... (2 ... và 4 ...)") are traps (parts).
"""
from build_gold import Doc, F, U, W, end_of, h1, h2, inst, m9, since, year

HCM = U("79")
Q1, GV, CC, BCH = U("Quận 1"), U("Quận Gò Vấp"), U("Huyện Củ Chi"), U("Huyện Bình Chánh")
BTHANH = W("Phường Bến Thành", "79")
BHUNG = W("Xã Bình Hưng", "79")
PGV, XCC, TDM = W("Phường Gò Vấp", "79"), W("Xã Củ Chi", "79"), W("Phường Thủ Dầu Một", "79")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 112-BC/ĐU

Bến Thành, ngày 19 tháng 12 năm 2025

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2025, phương hướng, nhiệm vụ năm 2026

Phường Bến Thành được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường Bến Thành, Phạm Ngũ Lão, Cầu Ông Lãnh và một phần phường Nguyễn Cư Trinh của Quận 1 trước đây, với khoảng 45.600 người dân. Đảng bộ phường hiện có 62 tổ chức cơ sở đảng với hơn 3.900 đảng viên. Năm 2025 vừa là năm cuối của nhiệm kỳ 2020 - 2025, vừa là năm đầu vận hành chính quyền địa phương hai cấp, nên báo cáo này tổng hợp kết quả theo hai giai đoạn.

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (6 tháng đầu năm 2025)
Ban Tuyên giáo Quận ủy Quận 1 đã tham mưu tổ chức 3 hội nghị cấp quận học tập, quán triệt Kết luận số 121-KL/TW và các văn bản của Trung ương về sắp xếp tổ chức bộ máy; các đảng bộ phường mở 214 lớp ở chi bộ, thu hút 17.352 lượt cán bộ, đảng viên, đạt 96,8%. Ban Thường vụ Quận ủy ban hành 26 văn bản chỉ đạo công tác tư tưởng trong thời điểm sắp xếp đơn vị hành chính; tổ chức hai đợt sinh hoạt chính trị chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).

2. Từ khi vận hành chính quyền địa phương hai cấp (từ ngày 1/7/2025 đến nay)
a) Học tập, quán triệt nghị quyết
- Hội nghị cấp phường: 02
- Lớp ở chi bộ: 58; lượt đảng viên dự: 3.702; tỷ lệ: 95,4%
- Số đảng viên chưa tham gia: 179 người (chủ yếu do ốm đau, đi làm ăn xa)

b) Tuyên truyền
- Buổi nói chuyện thời sự, tuyên truyền miệng tại khu phố: 46 – lượt người nghe: khoảng 5.300
- Tin, bài, video trên trang thông tin điện tử phường: 318; trên fanpage “Bến Thành hôm nay”: 245
- Băng rôn, pano tuyên truyền Quốc khánh 2/9 và Đại hội Đảng bộ Thành phố lần thứ I: 620

c) Mạng lưới thông tin, nắm bắt dư luận
Hiện phường có 1 trang thông tin điện tử, 2 fanpage chính danh và 74 nhóm Zalo khu phố với gần 21.000 thành viên. Đội ngũ 28 cộng tác viên dư luận xã hội của phường đã gửi 19 báo cáo về tình hình tư tưởng, dư luận, nhất là ý kiến của người dân quanh việc bố trí trụ sở mới tại số 45 – 47 Lê Thánh Tôn và việc giải quyết thủ tục hành chính. Đảng ủy phường tặng giấy khen cho 7 tập thể và 16 cá nhân có thành tích trong công tác tuyên giáo.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
Tổ chức học tập Nghị quyết Đại hội XIV của Đảng cho 100% đảng viên trong quý I; duy trì ít nhất 2 buổi nói chuyện thời sự mỗi quý ở mỗi khu phố; phát triển thêm 10 nhóm Zalo ở các chung cư cũ.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

D01 = "2025-12-19"
S01 = since("2025-07-01", D01)

T02 = """
Xã Bình Hưng: Giữ nhịp tuyên truyền qua thời điểm sắp xếp

(Ban Tuyên giáo và Dân vận Đảng ủy xã) – Chín tháng năm 2025 là quãng thời gian nhiều biến động với đội ngũ làm công tác tuyên giáo ở vùng giáp ranh phía nam thành phố. Nửa đầu năm, các xã Bình Hưng, Phong Phú cùng một phần xã Đa Phước còn thuộc Huyện Bình Chánh; từ 1/7, Xã Bình Hưng mới chính thức đi vào hoạt động với diện tích khoảng 27 km² và hơn 150 nghìn dân.

Theo số liệu tổng hợp, 6 tháng đầu năm 2025 Huyện ủy Bình Chánh đã tổ chức 04 hội nghị cấp huyện và chỉ đạo các đảng bộ xã mở 163 lớp học tập, quán triệt các nghị quyết, kết luận của Trung ương về sắp xếp bộ máy, với 15.284 lượt cán bộ, đảng viên và 4.010 lượt quần chúng tham dự; tỷ lệ đảng viên tham gia đạt 94,7%. Cũng trong 6 tháng đầu năm 2025, Trung tâm Chính trị Huyện Bình Chánh mở 9 lớp bồi dưỡng lý luận chính trị, nhận thức về Đảng với 806 học viên trước khi kết thúc hoạt động.

Từ ngày 1/7/2025, Ban Tuyên giáo và Dân vận Đảng ủy xã Bình Hưng tham mưu tổ chức 02 hội nghị cấp xã học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030; các chi bộ ấp, khu dân cư mở 41 lớp với 2.968 lượt đảng viên, đạt 96,15%. Đảng ủy xã ban hành 11 văn bản hướng dẫn công tác tư tưởng, chủ yếu về vận hành mô hình mới.

“Chúng tôi xác định không để khoảng trống thông tin. Ngay tuần đầu tiên, xã lập fanpage chính danh, đến nay đã có gần 9.400 người theo dõi; các ấp, khu dân cư duy trì 96 nhóm Zalo”, bà Lê Thị Thu Trang, Phó Bí thư Thường trực Đảng ủy xã Bình Hưng cho biết. Theo bà Trang, trong quý III, các nhóm đã đăng hơn 3.100 tin, ảnh, video; xã tổ chức 27 buổi tuyên truyền miệng về chính quyền hai cấp, thủ tục hành chính trên môi trường số với khoảng 2.450 lượt người dân tham dự.

Ông Sáu Lợi, 71 tuổi, ở ấp 4, nói vui: “Hồi trước lên huyện làm giấy tờ mất nửa ngày, giờ coi Zalo ấp là biết mang theo cái gì. Tuần rồi tổ tôi 38 hộ đi nghe nói chuyện đủ cả”.

Dịp sơ kết 9 tháng, Đảng ủy xã tặng giấy khen cho 5 tập thể và 11 cá nhân. Quý IV, xã dự kiến tổ chức hội thi tuyên truyền viên giỏi với khoảng 30 thí sinh, đồng thời phấn đấu đến cuối năm 100% ấp, khu dân cư có nhóm Zalo hoạt động thường xuyên.
"""

D02 = "2025-10-08"
S02 = since("2025-07-01", D02)
Q3 = ("2025-07-01", "2025-09-30")

T03 = """
Thứ Tư, ngày 14/1/2026

TP.HCM: Công tác tuyên giáo năm 2025 qua hai chặng đường

(Thanhuytphcm.vn) – Năm 2025, công tác tuyên giáo của Thành phố diễn ra trong bối cảnh chưa có tiền lệ: sáu tháng đầu năm vẫn vận hành theo mô hình 3 cấp với 22 quận, huyện và TP Thủ Đức; từ ngày 1/7, TP.HCM mới được hình thành trên cơ sở hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa – Vũng Tàu, gồm 168 phường, xã, đặc khu, với hơn 14 triệu dân.

Theo báo cáo tại hội nghị tổng kết ngày 13/1, trong năm Ban Tuyên giáo và Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành 58 văn bản chỉ đạo về công tác tư tưởng, tổ chức 6 hội nghị báo cáo viên Thành phố (2 hội nghị trực tiếp và 4 hội nghị trực tuyến). Cuộc thi trực tuyến “Tìm hiểu 50 năm Ngày giải phóng miền Nam, thống nhất đất nước” thu hút 412.760 lượt người dự thi; trong đó đoàn viên, thanh niên chiếm khoảng 58%.

* Phường Gò Vấp

Phường Gò Vấp được thành lập trên cơ sở các phường 10 và 17 của Quận Gò Vấp cũ. Sáu tháng đầu năm, Quận ủy Gò Vấp đã tổ chức 4 hội nghị cấp quận và 196 lớp học tập, quán triệt ở chi bộ với 20.418 lượt cán bộ, đảng viên tham dự, tăng 12 lớp so với cùng kỳ. Sáu tháng cuối năm, Đảng ủy phường Gò Vấp mở 38 lớp học tập Nghị quyết Đại hội Đảng bộ phường với 2.716 lượt đảng viên, đạt 96,45%; tổ chức 44 buổi nói chuyện thời sự tại các khu phố với khoảng 3.900 lượt người nghe. Phường là một trong 10 đơn vị dẫn đầu Thành phố về chuyển đổi số trong công tác tuyên truyền.

* Xã Củ Chi

Trong 6 tháng đầu năm, Huyện ủy Củ Chi triển khai hai đợt sinh hoạt chính trị chào mừng kỷ niệm ngày giải phóng, mở 11 lớp bồi dưỡng cảm tình đảng, đảng viên mới tại Trung tâm Chính trị huyện với 742 học viên. Từ tháng 7 đến tháng 12, Đảng ủy xã Củ Chi tổ chức 29 lớp học tập, quán triệt với 2.240/2.318 đảng viên tham gia; các ấp duy trì 61 nhóm Zalo với khoảng 14.700 thành viên.

“Ấp tôi có 312 hộ, giờ nhà nào cũng có người trong nhóm Zalo, có tin gì là biết liền”, ông Năm Hùng, trưởng ấp Phú Lợi, kể.

* Phường Thủ Dầu Một

Phường Thủ Dầu Một, trung tâm hành chính của tỉnh Bình Dương trước đây, hiện có 1 cổng thông tin điện tử, 3 trang fanpage và 1 kênh TikTok do Đoàn Thanh niên phường quản lý. Trong 6 tháng cuối năm 2025, phường đăng tải 1.284 tin, bài, video clip; Đảng ủy phường khen thưởng 9 tập thể, 21 cá nhân có thành tích trong đợt tuyên truyền Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030.

Năm 2026, Thành phố đặt mục tiêu 100% phường, xã, đặc khu có trang thông tin chính danh và hoàn thành học tập Nghị quyết Đại hội XIV của Đảng trong quý I.
"""

D03 = "2026-01-14"

DOCS = [
    Doc("h53_01", T01, BTHANH, year(2025), D01, "text", facts=[
        F("tổ chức 3 hội nghị cấp quận học tập", 3, "study_sessions", unit=Q1, p=h1(2025)),
        F("mở 214 lớp ở chi bộ", 214, "study_sessions", unit=Q1, p=h1(2025)),
        F("thu hút 17.352 lượt cán bộ, đảng viên", 17352, "study_attendance",
          a="party_members", unit=Q1, p=h1(2025)),
        F("đạt 96,8%", 96.8, "study_participation_rate", unit=Q1, p=h1(2025)),
        F("ban hành 26 văn bản", 26, "documents_issued", unit=Q1, p=h1(2025)),
        F("tổ chức hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=Q1,
          p=h1(2025)),
        F("Hội nghị cấp phường: 02", 2, "study_sessions", p=S01),
        F("Lớp ở chi bộ: 58", 58, "study_sessions", p=S01),
        F("lượt đảng viên dự: 3.702", 3702, "study_attendance", a="party_members", p=S01),
        F("tỷ lệ: 95,4%", 95.4, "study_participation_rate", p=S01),
        F("Số đảng viên chưa tham gia: 179 người", 179, "other", p=S01),
        F("tuyên truyền miệng tại khu phố: 46", 46, "oral_propaganda_sessions", p=S01),
        F("lượt người nghe: khoảng 5.300", 5300, "propaganda_audience", "approx", p=S01),
        F("trang thông tin điện tử phường: 318", 318, "news_items", p=S01),
        F("“Bến Thành hôm nay”: 245", 245, "news_items", p=S01),
        F("Đại hội Đảng bộ Thành phố lần thứ I: 620", 620, "other", p=S01),
        F("có 1 trang thông tin điện tử", 1, "websites", p=inst(D01)),
        F("2 fanpage chính danh", 2, "social_pages", p=inst(D01)),
        F("74 nhóm Zalo khu phố", 74, "chat_groups", p=inst(D01)),
        F("gần 21.000 thành viên", 21000, "chat_group_members", "at_most", p=inst(D01)),
        F("Đội ngũ 28 cộng tác viên", 28, "opinion_collaborators", p=end_of(S01)),
        F("đã gửi 19 báo cáo", 19, "opinion_reports", p=S01),
        F("giấy khen cho 7 tập thể", 7, "commended_collectives", p=S01),
        F("7 tập thể và 16 cá nhân", 16, "commended_individuals", p=S01),
    ], traps=[("Số 112-BC/ĐU", 112), ("1. Giai đoạn", 1), ("2. Từ khi vận hành", 2), ("ngày 19 tháng 12 năm 2025", 19), ("năm 2025", 2025),
              ("năm 2026", 2026), ("ngày 1/7/2025", 1), ("Quận 1", 1),
              ("khoảng 45.600 người dân", 45600), ("62 tổ chức cơ sở đảng", 62),
              ("hơn 3.900 đảng viên", 3900), ("Năm 2025", 2025),
              ("nhiệm kỳ 2020 - 2025", 2020), ("6 tháng đầu năm 2025", 6),
              ("Kết luận số 121-KL/TW", 121), ("50 năm", 50), ("30/4/1975", 30),
              ("30/4/2025", 30), ("2/9", 2), ("số 45 – 47 Lê Thánh Tôn", 45),
              ("NĂM 2026", 2026), ("Đại hội XIV", 14), ("100% đảng viên", 100),
              ("ít nhất 2 buổi", 2), ("thêm 10 nhóm Zalo", 10)]),
    Doc("h53_02", T02, BHUNG, m9(2025), D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 04 hội nghị cấp huyện", 4, "study_sessions", unit=BCH, p=h1(2025)),
        F("mở 163 lớp học tập, quán triệt", 163, "study_sessions", unit=BCH, p=h1(2025)),
        F("với 15.284 lượt cán bộ, đảng viên", 15284, "study_attendance", a="party_members",
          unit=BCH, p=h1(2025)),
        F("4.010 lượt quần chúng", 4010, "study_attendance", a="masses", unit=BCH,
          p=h1(2025)),
        F("tham gia đạt 94,7%", 94.7, "study_participation_rate", unit=BCH, p=h1(2025)),
        F("mở 9 lớp bồi dưỡng lý luận chính trị", 9, "training_classes", unit=BCH,
          p=h1(2025)),
        F("với 806 học viên", 806, "trainees", unit=BCH, p=h1(2025)),
        F("tổ chức 02 hội nghị cấp xã", 2, "study_sessions", p=S02),
        F("mở 41 lớp", 41, "study_sessions", p=S02),
        F("với 2.968 lượt đảng viên", 2968, "study_attendance", a="party_members", p=S02),
        F("đạt 96,15%", 96.15, "study_participation_rate", p=S02),
        F("ban hành 11 văn bản", 11, "documents_issued", p=S02),
        F("gần 9.400 người theo dõi", 9400, "propaganda_audience", "at_most", p=inst(D02)),
        F("duy trì 96 nhóm Zalo", 96, "chat_groups", p=inst(D02)),
        F("hơn 3.100 tin, ảnh, video", 3100, "news_items", "at_least", p=Q3),
        F("tổ chức 27 buổi tuyên truyền miệng", 27, "oral_propaganda_sessions", p=Q3),
        F("khoảng 2.450 lượt người dân", 2450, "propaganda_audience", "approx", a="masses",
          p=Q3),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("Chín tháng năm 2025", 9), ("từ 1/7", 1), ("khoảng 27 km²", 27),
              ("hơn 150 nghìn dân", 150000), ("6 tháng đầu năm 2025", 6),
              ("Từ ngày 1/7/2025", 1), ("nhiệm kỳ 2025 – 2030", 2025), ("71 tuổi", 71),
              ("ấp 4", 4), ("tổ tôi 38 hộ", 38), ("sơ kết 9 tháng", 9),
              ("khoảng 30 thí sinh", 30), ("100% ấp", 100)]),
    Doc("h53_03", T03, HCM, year(2025), D03, "text", facts=[
        F("ban hành 58 văn bản", 58, "documents_issued"),
        F("tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("thu hút 412.760 lượt người dự thi", 412760, "contest_entries"),
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions", unit=GV, p=h1(2025)),
        F("196 lớp học tập, quán triệt", 196, "study_sessions", unit=GV, p=h1(2025)),
        F("với 20.418 lượt cán bộ, đảng viên", 20418, "study_attendance", a="party_members",
          unit=GV, p=h1(2025)),
        F("mở 38 lớp học tập", 38, "study_sessions", unit=PGV, p=h2(2025)),
        F("với 2.716 lượt đảng viên", 2716, "study_attendance", a="party_members", unit=PGV,
          p=h2(2025)),
        F("đạt 96,45%", 96.45, "study_participation_rate", unit=PGV, p=h2(2025)),
        F("tổ chức 44 buổi nói chuyện thời sự", 44, "oral_propaganda_sessions", unit=PGV,
          p=h2(2025)),
        F("khoảng 3.900 lượt người nghe", 3900, "propaganda_audience", "approx", unit=PGV,
          p=h2(2025)),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=CC,
          p=h1(2025)),
        F("mở 11 lớp bồi dưỡng cảm tình đảng", 11, "training_classes", unit=CC, p=h1(2025)),
        F("với 742 học viên", 742, "trainees", unit=CC, p=h1(2025)),
        F("tổ chức 29 lớp học tập, quán triệt", 29, "study_sessions", unit=XCC, p=h2(2025)),
        F("với 2.240/2.318 đảng viên", 2240, "study_attendance", a="party_members",
          unit=XCC, p=h2(2025)),
        F("duy trì 61 nhóm Zalo", 61, "chat_groups", unit=XCC, p=end_of(h2(2025))),
        F("khoảng 14.700 thành viên", 14700, "chat_group_members", "approx", unit=XCC,
          p=end_of(h2(2025))),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", unit=TDM, p=inst(D03)),
        F("3 trang fanpage", 3, "social_pages", unit=TDM, p=inst(D03)),
        F("1 kênh TikTok", 1, "social_pages", unit=TDM, p=inst(D03)),
        F("đăng tải 1.284 tin, bài", 1284, "news_items", unit=TDM, p=h2(2025)),
        F("khen thưởng 9 tập thể", 9, "commended_collectives", unit=TDM, p=h2(2025)),
        F("9 tập thể, 21 cá nhân", 21, "commended_individuals", unit=TDM, p=h2(2025)),
    ], traps=[("ngày 14/1/2026", 14), ("tuyên giáo năm 2025", 2025),
              ("Từ tháng 7 đến tháng 12", 7), ("Năm 2025", 2025), ("mô hình 3 cấp", 3),
              ("22 quận, huyện", 22), ("từ ngày 1/7", 1), ("168 phường, xã, đặc khu", 168),
              ("hơn 14 triệu dân", 14000000), ("ngày 13/1", 13),
              ("(2 hội nghị trực tiếp", 2), ("4 hội nghị trực tuyến)", 4), ("50 năm", 50),
              ("khoảng 58%", 58), ("các phường 10 và 17", 10), ("17 của Quận", 17),
              ("tăng 12 lớp", 12), ("một trong 10 đơn vị dẫn đầu", 10),
              ("Trong 6 tháng đầu năm", 6), ("có 312 hộ", 312),
              ("6 tháng cuối năm 2025", 6), ("nhiệm kỳ 2025 – 2030", 2025),
              ("Năm 2026", 2026), ("100% phường", 100)]),
]
