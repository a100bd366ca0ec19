"""Held-out set holdout47, part 4: after the reform of 1 July 2025 (wards and communes of Ho Chi
Minh City and Hanoi; a city-level year-end article that compares wards).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor (see part 1 for the
decisions taken where the guide leaves room). Further decisions here:
- A ward report's opening paragraph (the wards it was made from, area, population, party cells
  and members) is geography and structure: traps.
- "báo cáo viên của phường đến tận nhà phổ biến cho 214 đảng viên cao tuổi" (the resolution the
  headline names) counts study attendances of party members.
- A paragraph opening "Trong 6 tháng cuối năm," / "Quý IV," dates the ward figures under it; the
  city's figures outside such paragraphs take the article's year.
- An official naming the Ban's corps in a quotation ("đội ngũ 1.650 cộng tác viên ...") speaks
  for the city; with no "hiện có" marker the stock is dated at the article period's end.
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, quarter, year

HCM = U("79")
BANCO = W("Phường Bàn Cờ", "79")
CNAM, VMQTG, HHA = (W("Phường Cửa Nam", "01"), W("Phường Văn Miếu - Quốc Tử Giám", "01"),
                    W("Phường Hồng Hà", "01"))
SGON, CCHI, TDM, BTHANH, TDINH = (W("Phường Sài Gòn", "79"), W("Xã Củ Chi", "79"),
                                  W("Phường Thủ Dầu Một", "79"), W("Phường Bến Thành", "79"),
                                  W("Phường Tân Định", "79"))

T08 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BÀN CỜ
*
Số 15-BC/ĐU
Phường Bàn Cờ, ngày 02 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo và dân vận quý III năm 2025

Phường Bàn Cờ được thành lập trên cơ sở sắp xếp các phường 1, 2, 3, 5 của Quận 3 cũ, có diện tích khoảng 1,02 km², dân số hơn 62 nghìn người; Đảng bộ phường có 54 chi bộ trực thuộc với 1.987 đảng viên. Quý III năm 2025 là quý đầu tiên vận hành mô hình chính quyền địa phương hai cấp.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01 (trực tiếp kết hợp trực tuyến tới 54 điểm cầu chi bộ).
- Lớp ở chi bộ: 54.
- Đảng viên dự học: 1.912/1.987 đồng chí, đạt 96,23%.
b) Các nghị quyết của Bộ Chính trị về đột phá phát triển (Nghị quyết 57, 59, 66, 68)
- Lớp học tập: 02; lượt cán bộ, đảng viên dự: 1.204.

2. Tuyên truyền
- Buổi nói chuyện chuyên đề về chính quyền địa phương hai cấp: 18 – lượt người nghe: khoảng 2.650.
- Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9 và Đại hội Đảng bộ phường: 420.
- Tin, bài trên trang Zalo OA “Phường Bàn Cờ”: 236; trên fanpage phường: 311.
- Phường hiện có 2 trang mạng xã hội chính danh (01 fanpage, 01 Zalo OA) và 52 nhóm Zalo khu phố với gần 14.800 thành viên.

3. Dư luận xã hội
- Cộng tác viên dư luận xã hội: 21 đồng chí.
- Báo cáo tình hình tư tưởng, dư luận: 12 định kỳ, 3 đột xuất.

4. Thi đua, khen thưởng
- Cuộc thi viết “Phường Bàn Cờ – 80 năm Cách mạng Tháng Tám” – bài dự thi: 146.
- Khen thưởng: 3 tập thể, 8 cá nhân.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức học tập Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I cho 100% đảng viên trước ngày 31/12/2025.
- Phát triển thêm 10 nhóm Zalo, phấn đấu đạt 20.000 thành viên.
- Tổ chức 12 buổi nói chuyện chuyên đề ở các khu phố.

Nơi nhận: Ban Tuyên giáo và Dân vận Thành ủy; Lưu VP.
"""

T09 = """
Học tập Nghị quyết Đại hội XIV của Đảng: Các phường trung tâm Thủ đô chọn cách làm riêng

Quý I năm 2026, ngay sau Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, các đảng ủy phường ở khu vực trung tâm Hà Nội đã tổ chức học tập, quán triệt Nghị quyết với nhiều cách làm phù hợp đặc điểm địa bàn.

PHƯỜNG CỬA NAM: Học nghị quyết giữa lòng phố cổ

Phường Cửa Nam được thành lập trên cơ sở các phường Hàng Bông, Cửa Nam, Trần Hưng Đạo và một phần các phường lân cận. Đảng ủy phường tổ chức 01 hội nghị cấp phường và 42 lớp ở các chi bộ, với 3.486 lượt cán bộ, đảng viên, đạt 97,35%; riêng quần chúng có 860 lượt dự nghe. Đảng ủy phường in 1.500 cuốn tài liệu hỏi – đáp về Nghị quyết, phát tới 68 tổ dân phố.

PHƯỜNG VĂN MIẾU – QUỐC TỬ GIÁM: Mang nghị quyết đến tận nhà

Phường có nhiều đảng viên trên 70 tuổi. Trong quý, các chi bộ tổ chức 38 buổi sinh hoạt chuyên đề về Nghị quyết; báo cáo viên của phường đến tận nhà phổ biến cho 214 đảng viên cao tuổi, ốm đau. Tỷ lệ đảng viên tham gia học tập đạt 95,1%.

“Tôi 86 tuổi, không đi được xa, được các cháu mang nghị quyết đến tận nhà thì vui lắm”, cụ Phạm Văn Lộc, đảng viên 60 năm tuổi Đảng, chia sẻ.

PHƯỜNG HỒNG HÀ: Lan tỏa trên không gian mạng

Phường Hồng Hà có dân số đông nhất khu vực với khoảng 126 nghìn người. Đảng ủy phường tổ chức 02 hội nghị cấp phường và 61 lớp ở chi bộ; lượt cán bộ, đảng viên dự đạt 5.214. Fanpage “Hồng Hà hôm nay” đăng 184 tin, bài, infographic về Nghị quyết, có lượt tiếp cận ước đạt 1,2 triệu. Phường hiện có 137 nhóm Zalo tổ dân phố với khoảng 21.600 thành viên.

Theo kế hoạch, trong quý II, các phường sẽ hoàn thành học tập cho 100% đảng viên và tổ chức ít nhất 1 hội nghị sơ kết ở mỗi phường.
"""

T12 = """
Thứ Ba, ngày 13/01/2026

TP.HCM: Hệ thống tuyên giáo và dân vận cơ sở vận hành ổn định sau sắp xếp

(Thanhuytphcm.vn) - Ngày 12/1, Ban Tuyên giáo và Dân vận Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025 là năm Thành phố thực hiện sắp xếp đơn vị hành chính. Từ ngày 1/7/2025, TP.HCM mới, trên cơ sở hợp nhất TP.HCM, tỉnh Bình Dương và tỉnh Bà Rịa – Vũng Tàu, có 168 xã, phường, đặc khu với hơn 14 triệu dân. Ban Tuyên giáo và Dân vận Thành ủy được thành lập trên cơ sở hợp nhất 2 ban.

Trong năm, Ban đã tham mưu Thành ủy ban hành 64 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng; tổ chức 7 hội nghị báo cáo viên Thành ủy, trong đó 4 hội nghị sau ngày 1/7. Toàn Thành phố tổ chức học tập, quán triệt các nghị quyết của Trung ương và Thành ủy cho 1.126.400 lượt cán bộ, đảng viên, đạt 96,9%. Ban phối hợp Đài Truyền hình Thành phố phát 52 kỳ chuyên mục “Sống đẹp mỗi ngày”.

Trong 6 tháng cuối năm, các xã, phường mới nhanh chóng ổn định hoạt động. Phường Sài Gòn tổ chức 124 buổi nói chuyện chuyên đề với khoảng 9.800 lượt người nghe, nhiều nhất khu vực trung tâm. Xã Củ Chi duy trì 215 nhóm Zalo ấp, hiện có 36.400 thành viên. Bình quân mỗi xã, phường tổ chức 14 buổi nói chuyện chuyên đề.

Quý IV, học tập Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030 được triển khai đồng loạt: Phường Thủ Dầu Một dẫn đầu với tỷ lệ đảng viên tham gia 98,4%; Phường Bến Thành xếp thứ 2 với 97,9%. Tại Phường Tân Định, 2.318/2.406 đảng viên đã dự học.

“Sau sắp xếp, biên chế của Ban chỉ có 42 người nhưng phải theo dõi 168 đơn vị cơ sở, nên chúng tôi dựa nhiều vào đội ngũ 1.650 cộng tác viên dư luận xã hội ở xã, phường”, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy cho biết.

Dịp này, Ban Tuyên giáo và Dân vận Thành ủy tặng giấy khen cho 35 tập thể, 62 cá nhân; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

Năm 2026, Ban đặt chỉ tiêu 100% xã, phường có fanpage chính danh; tổ chức 2 đợt sinh hoạt chính trị kỷ niệm 96 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2026) và tuyên truyền bầu cử đại biểu Quốc hội khóa XVI.
"""

D08, D09, D12 = "2025-10-02", "2026-04-08", "2026-01-13"
Q3_25 = quarter(3, 2025)

DOCS = [
    Doc("h47_08", T08, BANCO, Q3_25, D08, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở chi bộ: 54", 54, "study_sessions"),
        F("Đảng viên dự học: 1.912/1.987 đồng chí", 1912, "study_attendance",
          a="party_members"),
        F("đạt 96,23%", 96.23, "study_participation_rate"),
        F("Lớp học tập: 02", 2, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 1.204", 1204, "study_attendance", a="party_members"),
        F("chính quyền địa phương hai cấp: 18", 18, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 2.650", 2650, "propaganda_audience", "approx"),
        F("Đại hội Đảng bộ phường: 420", 420, "other"),
        F("“Phường Bàn Cờ”: 236", 236, "news_items"),
        F("trên fanpage phường: 311", 311, "news_items"),
        F("hiện có 2 trang mạng xã hội chính danh", 2, "social_pages", p=inst(D08)),
        F("52 nhóm Zalo khu phố", 52, "chat_groups", p=inst(D08)),
        F("gần 14.800 thành viên", 14800, "chat_group_members", "at_most", p=inst(D08)),
        F("Cộng tác viên dư luận xã hội: 21 đồng chí", 21, "opinion_collaborators",
          p=end_of(Q3_25)),
        F("dư luận: 12 định kỳ", 12, "opinion_reports"),
        F("3 đột xuất", 3, "opinion_reports"),
        F("bài dự thi: 146", 146, "contest_entries"),
        F("Khen thưởng: 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể, 8 cá nhân", 8, "commended_individuals"),
    ], traps=[("Số 15-BC/ĐU", 15), ("ngày 02 tháng 10 năm 2025", 2),
              ("quý III năm 2025", 2025), ("các phường 1", 1), ("1, 2", 2), ("2, 3", 3),
              ("3, 5", 5), ("Quận 3 cũ", 3), ("khoảng 1,02 km²", 1.02),
              ("hơn 62 nghìn người", 62000), ("54 chi bộ trực thuộc", 54),
              ("1.987 đảng viên", 1987), ("Quý III năm 2025", 2025),
              ("1. Học tập", 1), ("nhiệm kỳ 2025 – 2030", 2025), ("54 điểm cầu", 54),
              ("Nghị quyết 57", 57), ("59, 66, 68", 59), ("66, 68", 66), ("68)", 68),
              ("2. Tuyên truyền", 2), ("Quốc khánh 2/9", 2), ("01 fanpage", 1),
              ("01 Zalo OA", 1), ("3. Dư luận", 3), ("4. Thi đua", 4), ("80 năm", 80),
              ("QUÝ IV NĂM 2025", 2025), ("100% đảng viên", 100), ("ngày 31/12/2025", 31),
              ("thêm 10 nhóm Zalo", 10), ("20.000 thành viên", 20000),
              ("Tổ chức 12 buổi", 12)]),
    Doc("h47_09", T09, HHA, quarter(1, 2026), D09, "sidecar", meta={"date": D09}, facts=[
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=CNAM),
        F("42 lớp ở các chi bộ", 42, "study_sessions", unit=CNAM),
        F("với 3.486 lượt cán bộ, đảng viên", 3486, "study_attendance", a="party_members",
          unit=CNAM),
        F("đạt 97,35%", 97.35, "study_participation_rate", unit=CNAM),
        F("riêng quần chúng có 860 lượt dự nghe", 860, "study_attendance", a="masses",
          unit=CNAM),
        F("in 1.500 cuốn tài liệu", 1500, "other", unit=CNAM),
        F("tổ chức 38 buổi sinh hoạt chuyên đề", 38, "party_cell_discussions", unit=VMQTG),
        F("phổ biến cho 214 đảng viên", 214, "study_attendance", a="party_members",
          unit=VMQTG),
        F("học tập đạt 95,1%", 95.1, "study_participation_rate", unit=VMQTG),
        F("tổ chức 02 hội nghị cấp phường", 2, "study_sessions"),
        F("61 lớp ở chi bộ", 61, "study_sessions"),
        F("dự đạt 5.214", 5214, "study_attendance", a="party_members"),
        F("đăng 184 tin, bài", 184, "news_items"),
        F("lượt tiếp cận ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("hiện có 137 nhóm Zalo", 137, "chat_groups", p=inst(D09)),
        F("khoảng 21.600 thành viên", 21600, "chat_group_members", "approx", p=inst(D09)),
    ], traps=[("Quý I năm 2026", 2026), ("68 tổ dân phố", 68), ("trên 70 tuổi", 70),
              ("86 tuổi", 86), ("60 năm tuổi Đảng", 60), ("khoảng 126 nghìn người", 126000),
              ("100% đảng viên", 100), ("ít nhất 1 hội nghị", 1)]),
    Doc("h47_12", T12, HCM, year(2025), D12, "text", facts=[
        F("ban hành 64 văn bản", 64, "documents_issued"),
        F("tổ chức 7 hội nghị báo cáo viên", 7, "reporter_conferences"),
        F("cho 1.126.400 lượt cán bộ, đảng viên", 1126400, "study_attendance",
          a="party_members"),
        F("đạt 96,9%", 96.9, "study_participation_rate"),
        F("phát 52 kỳ chuyên mục", 52, "news_items"),
        F("Phường Sài Gòn tổ chức 124 buổi", 124, "oral_propaganda_sessions", unit=SGON,
          p=h2(2025)),
        F("khoảng 9.800 lượt người nghe", 9800, "propaganda_audience", "approx", unit=SGON,
          p=h2(2025)),
        F("duy trì 215 nhóm Zalo", 215, "chat_groups", unit=CCHI, p=end_of(h2(2025))),
        F("hiện có 36.400 thành viên", 36400, "chat_group_members", unit=CCHI, p=inst(D12)),
        F("tham gia 98,4%", 98.4, "study_participation_rate", unit=TDM, p=quarter(4, 2025)),
        F("với 97,9%", 97.9, "study_participation_rate", unit=BTHANH, p=quarter(4, 2025)),
        F("2.318/2.406 đảng viên đã dự học", 2318, "study_attendance", a="party_members",
          unit=TDINH, p=quarter(4, 2025)),
        F("đội ngũ 1.650 cộng tác viên", 1650, "opinion_collaborators", p=end_of(year(2025))),
        F("tặng giấy khen cho 35 tập thể", 35, "commended_collectives"),
        F("35 tập thể, 62 cá nhân", 62, "commended_individuals"),
    ], traps=[("ngày 13/01/2026", 13), ("Ngày 12/1", 12), ("công tác năm 2025", 2025),
              ("năm 2026.", 2026), ("Năm 2025 là", 2025), ("Từ ngày 1/7/2025", 1),
              ("168 xã, phường, đặc khu", 168), ("hơn 14 triệu dân", 14000000),
              ("hợp nhất 2 ban", 2), ("trong đó 4 hội nghị", 4), ("sau ngày 1/7", 1),
              ("Trong 6 tháng cuối năm", 6), ("14 buổi nói chuyện", 14),
              ("nhiệm kỳ 2025 – 2030", 2025), ("xếp thứ 2", 2), ("42 người", 42),
              ("168 đơn vị cơ sở", 168), ("01 cá nhân được đề nghị", 1), ("Năm 2026", 2026),
              ("100% xã, phường", 100), ("2 đợt sinh hoạt", 2), ("96 năm", 96),
              ("3/2/1930", 3), ("3/2/2026", 3)]),
]
