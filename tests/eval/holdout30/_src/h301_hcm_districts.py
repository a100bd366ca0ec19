"""Thirtieth held-out set (holdout30), part 1: HCMC districts and city bodies before 2025-07-01.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source
(holdout2/_src/g01_hcm_districts.py, for its format only), the seeds (indicators.csv,
org_units.csv) and the five sample reports (for style), without reading or running the
extractor and without looking at any other evaluation set.

Decisions taken where the guide leaves room (the same in all parts of the set):
- Attendances of workers (công nhân), voters (cử tri), tourists or pupils are audience `all`:
  the guide's `masses` list names quần chúng, nhân dân, người dân, cư dân, hội viên, đoàn viên.
- A stock with no "hiện có / đến nay / tính đến" marker ("Đội ngũ 72 báo cáo viên", "mạng lưới
  94 cộng tác viên") is an instant at the end of the period that governs its sentence.
- Table cells: the evidence is the row label (or the neighbouring cells) with the cell, so each
  evidence string is unique in its report; the fact belongs to the column's unit.
- A bare "hội nghị cấp quận/huyện" or "lớp ở cơ sở" in a section of an article whose lead names
  one study of a resolution is that study (study_sessions), as the guide says.
- Sentences I kept out on purpose because the guide does not settle them (a grading rate of
  trainees, accounts reported to the authorities, attendees of a reporters' conference).
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

HCM = U("79")
Q10, GV, Q8 = U("Quận 10"), U("Quận Gò Vấp"), U("Quận 8")
CCHI, PNH, NBE = U("Huyện Củ Chi"), U("Quận Phú Nhuận"), U("Huyện Nhà Bè")

PM, MS = "party_members", "masses"

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 10
BAN TUYÊN GIÁO
Số 87-BC/BTGQU

Quận 10, ngày 05 tháng 7 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản (06 kế hoạch, 11 hướng dẫn) về công tác chính trị, tư tưởng, trong đó có Kế hoạch số 142-KH/QU ngày 14/3/2019 về tổ chức các hoạt động kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh.

2. Học tập, quán triệt nghị quyết, chỉ thị
- Hội nghị cấp quận: 03 (quán triệt Nghị quyết Trung ương 8, 9 khóa XII và Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp)
- Lớp ở các chi, đảng bộ cơ sở: 164 (tăng 12 lớp so với cùng kỳ năm 2018)
- Lượt cán bộ, đảng viên dự học: 9.482; tỷ lệ: 96,7%
- Lượt quần chúng dự nghe: 1.315
- Số đảng viên chưa tham gia: 321 người (phần lớn là đảng viên tuổi cao, sức yếu)

3. Bồi dưỡng lý luận chính trị
Trung tâm Chính trị quận mở 05 lớp bồi dưỡng lý luận chính trị (02 lớp sơ cấp, 03 lớp đảng viên mới) cho 397 học viên. Các lớp được bố trí học vào buổi tối để cán bộ khu phố thuận tiện tham gia.

4. Tuyên truyền miệng, báo cáo viên
Đội ngũ báo cáo viên cấp quận có 58 đồng chí (tính đến 30/6/2019). Trong 6 tháng, Ban tổ chức 02 hội nghị báo cáo viên định kỳ (tháng 1 và tháng 4). Các phường tổ chức 231 buổi nói chuyện chuyên đề về chủ quyền biển, đảo và phòng, chống ma túy trong học đường, thu hút khoảng 18.600 lượt người nghe; bình quân mỗi buổi gần 80 người.

5. Nắm bắt dư luận xã hội
Quận duy trì mạng lưới 94 cộng tác viên dư luận xã hội. Trong 6 tháng, cộng tác viên gửi về Ban 46 báo cáo định kỳ và 12 báo cáo đột xuất về tình hình tư tưởng, dư luận trong Nhân dân, tập trung vào việc điều chỉnh giá điện và chỉnh trang vỉa hè.

6. Thông tin trên không gian mạng
Trang thông tin điện tử Quận ủy đăng 412 tin, bài; fanpage “Quận 10 – Trang tin Quận ủy” đăng 268 tin, ảnh, video clip và hiện có gần 21.000 người theo dõi.

7. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Thực hiện Chỉ thị 05-CT/TW, Quận ủy triển khai hai đợt sinh hoạt chính trị, tư tưởng; tổ chức Hội thi “Tìm hiểu Di chúc của Chủ tịch Hồ Chí Minh” với 4.136 bài dự thi, trong đó 3.210 bài trắc nghiệm và 926 bài tự luận. Ban Tổ chức trao 1 giải Đặc biệt, 3 giải Nhất và nhiều giải khác. Ban Thường vụ Quận ủy khen thưởng 14 tập thể và 31 cá nhân điển hình.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 10 khóa XII ngay khi có hướng dẫn; phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
2. Mở thêm 04 lớp bồi dưỡng nghiệp vụ cho khoảng 200 cán bộ tuyên giáo cơ sở.
3. Tổ chức Hội thi báo cáo viên giỏi cấp quận lần thứ 3.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VP.
"""

T02 = """
Gò Vấp: Đưa thông tin chính thống đến từng tổ dân phố

(GoVap.gov.vn) – Sáng 11/1, Quận ủy Gò Vấp tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023 tại Trung tâm Văn hóa quận (số 520 Quang Trung, phường 10).

Gò Vấp là một trong những quận đông dân nhất Thành phố, với hơn 676 nghìn người; Đảng bộ quận hiện có 62 tổ chức cơ sở đảng với trên 11.800 đảng viên. Theo báo cáo, năm qua Ban Thường vụ Quận ủy ban hành 38 văn bản chỉ đạo công tác tư tưởng; các cấp ủy tổ chức 2 hội nghị cấp quận và 197 lớp ở cơ sở học tập, quán triệt nghị quyết, kết luận của Trung ương và Thành ủy, với 23.418 lượt cán bộ, đảng viên tham dự, đạt 97,3%; riêng quần chúng có 6.020 lượt dự nghe.

Tuyên truyền miệng vẫn là thế mạnh của quận. Đội ngũ 72 báo cáo viên cấp quận đã thực hiện 1.036 buổi nói chuyện thời sự, chính sách tại khu phố, trường học, doanh nghiệp, với khoảng 61.500 lượt người nghe, tăng gần 9% so với năm 2022.

Mạng lưới Zalo tổ dân phố tiếp tục được mở rộng: trong năm có thêm 96 nhóm mới được lập, nâng tổng số lên 1.274 nhóm với xấp xỉ 148 nghìn thành viên.

“Tổ tôi 152 hộ mà giờ nhà nào cũng vào nhóm. Hôm trước có lịch cắt nước, tôi nhắn một câu là cả tổ biết ngay”, ông Phạm Văn Sáu (71 tuổi), tổ trưởng tổ dân phố 27, phường 16, chia sẻ.

Bà Lê Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, cho biết: “Quận hiện có 1 trang thông tin điện tử và 16 fanpage của các phường. Năm qua các trang đã đăng hơn 7.400 tin, bài, video clip, trong đó có 312 clip ngắn dưới 3 phút, rất được người trẻ đón nhận.”

Hưởng ứng Cuộc thi trực tuyến “Gò Vấp – 47 năm xây dựng và phát triển”, quận ghi nhận 18.935 lượt người dự thi, nhiều hơn 4.200 lượt so với năm trước. Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể và 19 cá nhân; đề nghị Ban Tuyên giáo Thành ủy tặng bằng khen cho 2 tập thể. Trong bảng xếp hạng thi đua của Ban Tuyên giáo Thành ủy, Gò Vấp đứng thứ 3/22 quận, huyện và TP Thủ Đức.

Năm 2024, Gò Vấp phấn đấu mỗi tổ dân phố có ít nhất 01 nhóm Zalo hoạt động thường xuyên, tổ chức không dưới 1.100 buổi tuyên truyền miệng và hoàn thành số hóa tài liệu tuyên truyền trước ngày 30/6/2024.

Mọi thông tin xin liên hệ Ban Tuyên giáo Quận ủy Gò Vấp, điện thoại 028.3894.1290.
"""

T03 = """
Thứ Ba, ngày 10/4/2018

Ba địa phương hoàn thành sớm việc học tập Nghị quyết Trung ương 6 khóa XII

(Thanhuytphcm.vn) – Theo Ban Tuyên giáo Thành ủy TPHCM, quý I năm 2018, các cấp ủy trong Đảng bộ Thành phố đã tổ chức học tập, quán triệt Nghị quyết Trung ương 6 khóa XII (Nghị quyết 18-NQ/TW và Nghị quyết 19-NQ/TW) cho hơn 196 nghìn lượt cán bộ, đảng viên, đạt tỷ lệ bình quân 95,9%. Trong đó, Quận 8, huyện Củ Chi và quận Phú Nhuận là những đơn vị về đích sớm.

* Quận 8

Quận ủy tổ chức 2 hội nghị cấp quận cho cán bộ chủ chốt của quận và 16 đảng bộ phường; các chi, đảng bộ cơ sở mở 137 lớp với 8.412 lượt cán bộ, đảng viên, đạt 96,3%. Ngay sau đó, Ban Tuyên giáo Quận ủy in 3.000 cuốn tài liệu hỏi – đáp, mỗi cuốn 36 trang, phát đến các chi bộ khu phố. Sau học tập, các phường tổ chức từ 20 đến 25 buổi nói chuyện chuyên đề để giải đáp thắc mắc của đảng viên về nội dung nghị quyết.

* Huyện Củ Chi

Là huyện ngoại thành rộng nhất Thành phố với 21 đơn vị hành chính cấp xã, Củ Chi chọn cách học “cuốn chiếu” theo từng cụm xã. Huyện ủy tổ chức 01 hội nghị cấp huyện; 21 đảng bộ xã, thị trấn và 38 chi, đảng bộ cơ sở mở 226 lớp, thu hút 13.054/13.630 đảng viên; riêng quần chúng có gần 2.900 lượt dự nghe. Số đảng viên chưa học tập là 576 người, chủ yếu do đi làm ăn xa hoặc tuổi cao, sức yếu; huyện đã chỉ đạo tổ chức học bù trong tháng 4.

* Quận Phú Nhuận

Quận ủy Phú Nhuận tổ chức 3 hội nghị cấp quận (trong đó 1 hội nghị trực tuyến tại 15 điểm cầu phường); các đảng bộ phường mở 95 lớp với 5.236 lượt cán bộ, đảng viên tham dự, đạt 97,45%. Đồng chí Trưởng ban Tuyên giáo Quận ủy cho biết: “Sau học tập, các chi bộ đều đã xây dựng chương trình hành động; chúng tôi nhận về 4.870 bài thu hoạch và chọn 25 bài tốt nhất để giới thiệu trên bản tin của quận.”

Theo kế hoạch, trong quý II, Ban Tuyên giáo Thành ủy sẽ kiểm tra việc học tập tại 8 quận, huyện có tỷ lệ đảng viên tham gia dưới 95%.
"""

T04 = """
Trò chuyện đầu năm: “Ở Nhà Bè, mỗi ấp là một điểm tuyên truyền”

Cập nhật ngày 18-01-2023

Nhân dịp đầu năm mới, phóng viên có cuộc trao đổi với đồng chí Trần Ngọc Anh Thư, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè, về kết quả công tác tuyên giáo năm 2022.

Phóng viên: Thưa đồng chí, năm 2022 công tác tuyên giáo của huyện có điểm gì nổi bật?

Đồng chí Trưởng ban: “Năm qua, Huyện ủy ban hành 29 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng. Chúng tôi tổ chức 4 hội nghị cấp huyện học tập, quán triệt Kết luận 21-KL/TW và các nghị quyết Trung ương 4, 5 khóa XIII; các cơ sở mở 148 lớp, với 7.916 lượt cán bộ, đảng viên, đạt 96,05%. Các chi bộ duy trì nền nếp, trong năm tổ chức 532 buổi thảo luận chuyên đề.”

Phóng viên: Nhà Bè có nhiều khu công nghiệp, công nhân ở trọ đông. Huyện tiếp cận nhóm đối tượng này thế nào?

Đồng chí Trưởng ban: “Riêng Khu công nghiệp Hiệp Phước đã có gần 30 nghìn lao động. Chúng tôi phối hợp Liên đoàn Lao động huyện tổ chức 64 buổi nói chuyện ngay tại các khu nhà trọ, với khoảng 5.700 lượt công nhân dự nghe. Có bác chủ nhà trọ ở xã Phước Kiển nói với tôi: ‘Dãy trọ tôi 42 phòng, tối nào có nói chuyện là cả chục đứa xuống ngồi’. Nghe vậy mình thấy cách làm này đúng.”

Phóng viên: Còn trên không gian mạng thì sao, thưa đồng chí?

Đồng chí Trưởng ban: “Huyện hiện có một trang thông tin điện tử, hai fanpage chính danh và 152 nhóm Zalo ấp, khu phố với khoảng 31.000 thành viên. Năm 2022, các trang này đăng 3.685 tin, bài, thu hút chừng 1,4 triệu lượt xem. Đội ngũ cộng tác viên dư luận xã hội hiện có 38 người, năm qua gửi về Ban 61 báo cáo tình hình tư tưởng, dư luận. Dịp tổng kết, Huyện ủy đã khen thưởng 7 tập thể và 12 cá nhân.”

Phóng viên: Kế hoạch năm 2023 của huyện là gì?

Đồng chí Trưởng ban: “Năm 2023, huyện phấn đấu có thêm 20 nhóm Zalo, mở 2 lớp tập huấn kỹ năng viết tin cho cộng tác viên và tổ chức Hội thi tuyên truyền viên giỏi lần thứ 2 vào dịp 3/2.”

Phóng viên: Xin cảm ơn đồng chí!
"""

D01, D02, D03, D04 = "2019-07-05", "2024-01-12", "2018-04-10", "2023-01-18"

DOCS = [
    Doc("h30_01", T01, Q10, h1(2019), D01, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Lớp ở các chi, đảng bộ cơ sở: 164", 164, "study_sessions"),
        F("dự học: 9.482", 9482, "study_attendance", a=PM),
        F("tỷ lệ: 96,7%", 96.7, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.315", 1315, "study_attendance", a=MS),
        F("chưa tham gia: 321 người", 321, "other"),
        F("mở 05 lớp bồi dưỡng", 5, "training_classes"),
        F("cho 397 học viên", 397, "trainees"),
        F("có 58 đồng chí", 58, "reporters", p=inst("2019-06-30")),
        F("02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("tổ chức 231 buổi nói chuyện", 231, "oral_propaganda_sessions"),
        F("khoảng 18.600 lượt người nghe", 18600, "propaganda_audience", "approx"),
        F("mạng lưới 94 cộng tác viên", 94, "opinion_collaborators", p=end_of(h1(2019))),
        F("46 báo cáo định kỳ", 46, "opinion_reports"),
        F("12 báo cáo đột xuất", 12, "opinion_reports"),
        F("đăng 412 tin, bài", 412, "news_items"),
        F("đăng 268 tin, ảnh", 268, "news_items"),
        F("gần 21.000 người theo dõi", 21000, "propaganda_audience", "at_most", p=inst(D01)),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("với 4.136 bài dự thi", 4136, "contest_entries"),
        F("khen thưởng 14 tập thể", 14, "commended_collectives"),
        F("14 tập thể và 31 cá nhân", 31, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("Quận 10", 10), ("ngày 05 tháng 7 năm 2019", 5),
              ("6 tháng đầu năm 2019", 6), ("6 tháng cuối năm 2019", 6),
              ("06 kế hoạch", 6), ("11 hướng dẫn", 11), ("Kế hoạch số 142-KH/QU", 142),
              ("ngày 14/3/2019", 14), ("50 năm", 50), ("Trung ương 8", 8), ("9 khóa XII", 9),
              ("Chỉ thị 35-CT/TW", 35), ("02 lớp sơ cấp", 2), ("03 lớp đảng viên mới", 3),
              ("tính đến 30/6/2019", 30), ("tháng 1", 1), ("tháng 4", 4),
              ("gần 80 người", 80), ("3.210 bài trắc nghiệm", 3210), ("926 bài tự luận", 926),
              ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("Chỉ thị 05-CT/TW", 5),
              ("Trung ương 10", 10), ("trên 95%", 95), ("04 lớp bồi dưỡng nghiệp vụ", 4),
              ("khoảng 200 cán bộ", 200), ("lần thứ 3", 3), ("QUẬN 10", 10),
              ("tăng 12 lớp", 12), ("năm 2018", 2018),
              ("1. Công tác", 1), ("2. Học tập", 2), ("3. Bồi dưỡng", 3),
              ("4. Tuyên truyền", 4), ("5. Nắm bắt", 5), ("6. Thông tin", 6),
              ("7. Học tập", 7), ("6 THÁNG CUỐI NĂM 2019", 6), ("1. Tổ chức", 1),
              ("2. Mở thêm", 2), ("3. Tổ chức", 3), ("Trong 6 tháng", 6)]),
    Doc("h30_02", T02, GV, year(2023), D02, "sidecar", meta={"date": D02}, facts=[
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("197 lớp ở cơ sở", 197, "study_sessions"),
        F("với 23.418 lượt cán bộ, đảng viên", 23418, "study_attendance", a=PM),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("6.020 lượt dự nghe", 6020, "study_attendance", a=MS),
        F("Đội ngũ 72 báo cáo viên", 72, "reporters", p=end_of(year(2023))),
        F("thực hiện 1.036 buổi nói chuyện", 1036, "oral_propaganda_sessions"),
        F("khoảng 61.500 lượt người nghe", 61500, "propaganda_audience", "approx"),
        F("nâng tổng số lên 1.274 nhóm", 1274, "chat_groups", p=end_of(year(2023))),
        F("xấp xỉ 148 nghìn thành viên", 148000, "chat_group_members", "approx",
          p=end_of(year(2023))),
        F("có 1 trang thông tin điện tử", 1, "websites", p=inst(D02)),
        F("16 fanpage của các phường", 16, "social_pages", p=inst(D02)),
        F("hơn 7.400 tin, bài", 7400, "news_items", "at_least"),
        F("ghi nhận 18.935 lượt người dự thi", 18935, "contest_entries"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Sáng 11/1", 11), ("năm 2023", 2023), ("số 520 Quang Trung", 520),
              ("phường 10", 10), ("hơn 676 nghìn người", 676000),
              ("62 tổ chức cơ sở đảng", 62), ("trên 11.800 đảng viên", 11800),
              ("gần 9%", 9), ("năm 2022", 2022), ("thêm 96 nhóm", 96), ("152 hộ", 152),
              ("71 tuổi", 71), ("tổ dân phố 27", 27), ("phường 16", 16),
              ("312 clip", 312), ("3 phút", 3), ("47 năm", 47), ("4.200 lượt", 4200),
              ("1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("10 giải Khuyến khích", 10), ("bằng khen cho 2 tập thể", 2),
              ("thứ 3/22", 3), ("Năm 2024", 2024), ("ít nhất 01 nhóm Zalo", 1), ("không dưới 1.100 buổi", 1100),
              ("ngày 30/6/2024", 30), ("028.3894.1290", 28)]),
    Doc("h30_03", T03, HCM, quarter(1, 2018), D03, "text", facts=[
        F("hơn 196 nghìn lượt cán bộ, đảng viên", 196000, "study_attendance", "at_least",
          a=PM),
        F("bình quân 95,9%", 95.9, "study_participation_rate"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=Q8),
        F("mở 137 lớp", 137, "study_sessions", unit=Q8),
        F("với 8.412 lượt cán bộ, đảng viên", 8412, "study_attendance", a=PM, unit=Q8),
        F("đạt 96,3%", 96.3, "study_participation_rate", unit=Q8),
        F("in 3.000 cuốn", 3000, "other", unit=Q8),
        F("từ 20 đến 25 buổi nói chuyện", 20, "oral_propaganda_sessions", "at_least", unit=Q8),
        F("01 hội nghị cấp huyện", 1, "study_sessions", unit=CCHI),
        F("mở 226 lớp", 226, "study_sessions", unit=CCHI),
        F("thu hút 13.054/13.630 đảng viên", 13054, "study_attendance", a=PM, unit=CCHI),
        F("gần 2.900 lượt dự nghe", 2900, "study_attendance", "at_most", a=MS, unit=CCHI),
        F("chưa học tập là 576 người", 576, "other", unit=CCHI),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=PNH),
        F("mở 95 lớp", 95, "study_sessions", unit=PNH),
        F("với 5.236 lượt cán bộ, đảng viên", 5236, "study_attendance", a=PM, unit=PNH),
        F("đạt 97,45%", 97.45, "study_participation_rate", unit=PNH),
        F("nhận về 4.870 bài thu hoạch", 4870, "other", unit=PNH),
    ], traps=[("ngày 10/4/2018", 10), ("Trung ương 6", 6), ("quý I năm 2018", 1),
              ("Nghị quyết 18-NQ/TW", 18), ("Nghị quyết 19-NQ/TW", 19), ("Quận 8", 8),
              ("16 đảng bộ phường", 16), ("mỗi cuốn 36 trang", 36),
              ("21 đơn vị hành chính", 21), ("21 đảng bộ xã", 21),
              ("38 chi, đảng bộ cơ sở", 38), ("tháng 4", 4), ("1 hội nghị trực tuyến", 1),
              ("15 điểm cầu", 15), ("25 bài tốt nhất", 25), ("8 quận, huyện", 8),
              ("dưới 95%", 95)]),
    Doc("h30_04", T04, NBE, year(2022), D04, "text", facts=[
        F("ban hành 29 văn bản", 29, "documents_issued"),
        F("tổ chức 4 hội nghị cấp huyện", 4, "study_sessions"),
        F("mở 148 lớp", 148, "study_sessions"),
        F("với 7.916 lượt cán bộ, đảng viên", 7916, "study_attendance", a=PM),
        F("đạt 96,05%", 96.05, "study_participation_rate"),
        F("tổ chức 532 buổi thảo luận", 532, "party_cell_discussions"),
        F("tổ chức 64 buổi nói chuyện", 64, "oral_propaganda_sessions"),
        F("khoảng 5.700 lượt công nhân", 5700, "propaganda_audience", "approx"),
        F("có một trang thông tin điện tử", 1, "websites", p=inst(D04)),
        F("hai fanpage chính danh", 2, "social_pages", p=inst(D04)),
        F("152 nhóm Zalo", 152, "chat_groups", p=inst(D04)),
        F("khoảng 31.000 thành viên", 31000, "chat_group_members", "approx", p=inst(D04)),
        F("đăng 3.685 tin, bài", 3685, "news_items"),
        F("chừng 1,4 triệu lượt xem", 1400000, "propaganda_audience", "approx"),
        F("hiện có 38 người", 38, "opinion_collaborators", p=inst(D04)),
        F("gửi về Ban 61 báo cáo", 61, "opinion_reports"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("ngày 18-01-2023", 18), ("năm 2022", 2022), ("Kết luận 21-KL/TW", 21),
              ("Trung ương 4", 4), ("5 khóa XIII", 5), ("gần 30 nghìn lao động", 30000),
              ("42 phòng", 42), ("Năm 2022", 2022), ("năm 2023", 2023), ("Năm 2023", 2023),
              ("thêm 20 nhóm Zalo", 20), ("mở 2 lớp tập huấn", 2), ("lần thứ 2", 2),
              ("dịp 3/2", 3)]),
]
