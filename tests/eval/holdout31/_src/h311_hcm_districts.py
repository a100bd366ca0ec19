"""Held-out set holdout31, part 1: Ho Chi Minh City districts and city bodies before 2025-07-01.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the five
sample reports for style, without reading or running the extractor. Texts are new, in the
labeler's own words.

Decisions taken where the guide leaves room (all parts of the set):
- A table row is the evidence of every column's fact ("Hội nghị cấp quận | 3 | 2").
- A per-year figure ("bình quân mỗi năm 4 hội nghị") is a per-item figure: a trap.
- Dialogues with residents ("buổi đối thoại" alone) and film shows ("buổi phim tài liệu") are
  `other`, not oral propaganda; "nói chuyện chuyên đề, đối thoại" together stays oral propaganda.
- Collaborators named as the source of reports with no "hiện có" ("từ đội ngũ 36 cộng tác viên")
  are a stock at the period's end; "hiện gồm" is read like "hiện có".
- A contest whose sentence gives its own range ("từ ngày 15/9 đến ngày 15/11/2025") keeps it.
- Page followers with "gần" are propaganda_audience, at_most, an instant at the document date.
- Small traders reached ("cho khoảng 900 tiểu thương") are audience `all` (not a masses word).
- A Quận Đoàn is a district body: its contest belongs to the district.
- Commendations given at a contest ("giấy khen cho 3 tập thể, 8 cá nhân có nhiều bài viết chất
  lượng") are commendation facts; "10 bài xuất sắc nhất" is a ranking trap.
- Money that funds the unit's work (hỗ trợ / trích ... kinh phí) is `other`; an investment is a trap.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

HCM = U("79")
BTH, CCHI = U("Quận Bình Thạnh"), U("Huyện Củ Chi")
Q3, Q10, PN = U("Quận 3"), U("Quận 10"), U("Quận Phú Nhuận")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY BÌNH THẠNH
BAN TUYÊN GIÁO
Số 87-BC/BTGQU

Bình Thạnh, ngày 28 tháng 6 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản (gồm 6 kế hoạch, 11 hướng dẫn và công văn) về công tác tư tưởng, trong đó có Kế hoạch số 112-KH/QU ngày 14/01/2019 tuyên truyền kỷ niệm 89 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2019).

2. Học tập, quán triệt Kết luận của Hội nghị Trung ương 9 khóa XII
- Hội nghị cấp quận: 02; lớp ở cơ sở: 96
- Lượt cán bộ, đảng viên dự: 8.214; tỷ lệ: 95,8%
- Số đảng viên chưa tham gia: 358 người (chủ yếu do tuổi cao, ốm đau, đi làm ăn xa)

3. Báo cáo viên và tuyên truyền miệng
- Hội nghị báo cáo viên quận: 03 (tháng 1, tháng 3 và tháng 5)
- Báo cáo viên cấp quận: 47 đồng chí (tính đến 31/5/2019)
- Buổi nói chuyện thời sự, chuyên đề tại khu phố: 264 – lượt người nghe: khoảng 19.600

4. Nắm bắt dư luận xã hội
Đội ngũ cộng tác viên dư luận xã hội của quận hiện có 62 đồng chí, đã gửi về Ban 21 báo cáo định kỳ và 7 báo cáo đột xuất về tình hình tư tưởng, dư luận trong Nhân dân, tập trung vào việc giá điện tăng 8,36% từ ngày 20/3 và việc di dời nhà trên, ven kênh rạch ở phường 13, phường 25.

5. Sinh hoạt chi bộ, học tập và làm theo Bác
Các chi bộ khu phố đã tổ chức 412 buổi sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tôn trọng Nhân dân”, bình quân mỗi chi bộ gần 3 buổi. Quận ủy triển khai hai đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ. Dịp sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW, Ban Thường vụ Quận ủy khen thưởng 11 tập thể và 24 cá nhân tiêu biểu.

6. Thông tin trên mạng, xuất bản
Trang thông tin điện tử quận và 20 trang fanpage của các phường, đoàn thể đã đăng 1.126 tin, bài, ảnh; bản tin “Sinh hoạt chi bộ” phát hành đủ 6 số, mỗi số 2.500 bản. Nhìn chung, số tin, bài tăng 18% so với cùng kỳ năm 2018.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
1. Tiếp tục triển khai chuyên đề năm 2019; phấn đấu 100% chi bộ sinh hoạt chuyên đề ít nhất 1 lần mỗi quý.
2. Mở 04 lớp bồi dưỡng kỹ năng tuyên truyền cho khoảng 250 tuyên truyền viên cơ sở.
3. Tổ chức Hội thi báo cáo viên giỏi cấp quận lần thứ 3.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu: VT, BTG.
"""

T02 = """
Củ Chi: Đưa nghị quyết về tận ấp, tận nhà

(Thanhuytphcm.vn) - Hội nghị tổng kết công tác tuyên giáo năm 2023 của Huyện ủy Củ Chi ghi nhận nhiều cách làm gần dân của đội ngũ làm công tác tuyên giáo ở 21 xã, thị trấn.

Theo bà Phạm Thị Thu Trang, Trưởng ban Tuyên giáo Huyện ủy Củ Chi, năm qua huyện tổ chức 3 hội nghị cấp huyện học tập, quán triệt các nghị quyết, kết luận của Trung ương và Thành ủy; các tổ chức cơ sở đảng mở tiếp 214 lớp, thu hút 27.405 lượt cán bộ, đảng viên và gần 9 nghìn lượt quần chúng, đạt 96,3%. So với năm 2022, số lớp ở cơ sở tăng 12 lớp.

Củ Chi có địa bàn rộng, dân cư phân tán, nhiều hộ làm nông nghiệp công nghệ cao. Vì vậy, báo cáo viên, tuyên truyền viên thường chọn buổi tối, khi bà con đã xong việc đồng áng, để nói chuyện ngay tại nhà văn hóa ấp. Cả năm, toàn huyện tổ chức ba trăm lẻ sáu buổi tuyên truyền miệng với trên 21.000 lượt người dân tham dự, bình quân mỗi buổi khoảng 70 người.

“Bà con nói với tôi, nghe cán bộ nói trực tiếp thì dễ hiểu hơn đọc trên điện thoại. Có buổi ở ấp Phú Hiệp, hơn 150 người ngồi kín sân”, ông Nguyễn Văn Sáu, 67 tuổi, tổ trưởng tổ nhân dân tự quản số 9, xã Phú Hòa Đông, kể.

Trung tâm Chính trị huyện mở mười hai lớp bồi dưỡng lý luận chính trị, nghiệp vụ, trong đó có 2 lớp trung cấp lý luận chính trị hệ không tập trung, với tổng cộng 1.038 học viên. Huyện ủy hỗ trợ 320 triệu đồng kinh phí in tài liệu sinh hoạt cho các chi bộ ấp.

Nhân kỷ niệm 55 năm cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968, Huyện ủy phát động hai đợt sinh hoạt chính trị, tư tưởng về truyền thống “Đất thép thành đồng”. Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ huyện thu hút 18.742 lượt người dự thi; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích.

Trên môi trường mạng, đến nay các ấp, khu phố đã lập 326 nhóm Zalo, số thành viên khoảng 47.500 người. Fanpage “Củ Chi – Đất thép thành đồng” của Ban Tuyên giáo Huyện ủy đăng 1.280 tin, bài, video clip trong năm.

Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 14 tập thể và 31 cá nhân có thành tích tiêu biểu; đồng thời đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 2 tập thể.

“Năm 2024, Ban sẽ tham mưu mở thêm 4 lớp bồi dưỡng kỹ năng nói chuyện trước đám đông cho tuyên truyền viên ấp và phấn đấu 100% ấp có nhóm Zalo chính danh”, bà Trang cho biết.
"""

T03 = """
Thứ Sáu, ngày 11 tháng 10 năm 2024

Quận 3, Quận 10, Phú Nhuận: Đưa thông tin chính thống lên không gian mạng

(Thanhuytphcm.vn) - Ngày 10/10, Ban Tuyên giáo Thành ủy TPHCM tổ chức giao ban công tác tuyên giáo quý III năm 2024 với Quận 3, Quận 10 và quận Phú Nhuận.

Phát biểu tại buổi giao ban, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy cho biết, trong quý, Ban Tuyên giáo Thành ủy đã tổ chức 2 hội nghị báo cáo viên Thành phố theo hình thức trực tuyến, kết nối 312 điểm cầu, và ban hành 9 văn bản hướng dẫn tuyên truyền kỷ niệm 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

* Quận 3
Trong quý III, Quận ủy Quận 3 tổ chức 01 hội nghị cấp quận quán triệt Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới; 12 đảng bộ phường mở 78 lớp với 6.930 lượt cán bộ, đảng viên, đạt 96,84%. Trang fanpage của Quận ủy hiện có gần 48.000 người theo dõi; trong quý, trang đăng 612 tin, bài, video.

* Quận 10
Quận 10 tập trung tuyên truyền các ngày lễ lớn. Các phường treo 1.450 băng rôn, khẩu hiệu; đội thông tin lưu động chạy 96 lượt xe loa trên các tuyến đường 3 Tháng 2, Lý Thường Kiệt, Thành Thái. Ban Tuyên giáo Quận ủy nhận 52 báo cáo tình hình tư tưởng, dư luận của cán bộ, đảng viên và Nhân dân từ đội ngũ 36 cộng tác viên dư luận xã hội. Ông Trần Minh Tâm, 58 tuổi, cư dân phường 14, cho biết ông thường đọc tin trên nhóm Zalo của khu phố “mỗi ngày vài lần”.

* Quận Phú Nhuận
Các chi bộ trực thuộc Đảng bộ quận Phú Nhuận tổ chức 143 buổi thảo luận góp ý dự thảo các văn kiện trình Đại hội Đảng bộ quận nhiệm kỳ 2025 – 2030. Cuộc thi viết “Phú Nhuận – 48 năm xây dựng và phát triển” nhận được 2.316 bài dự thi, trong đó 1.904 bài của đoàn viên, thanh niên. Quận ủy tặng giấy khen cho 3 tập thể, 8 cá nhân có nhiều bài viết chất lượng; 10 bài xuất sắc nhất được giới thiệu trên trang thông tin điện tử quận.

Kết luận buổi giao ban, Ban Tuyên giáo Thành ủy đề nghị trong quý IV các quận tổ chức ít nhất 2 đợt tuyên truyền cao điểm về Đại hội Đảng bộ các cấp và tiếp tục phát triển mạng lưới cộng tác viên dư luận xã hội.
"""

D01, D02, D03 = "2019-06-28", "2024-01-12", "2024-10-11"
P03 = quarter(3, 2024)

DOCS = [
    Doc("h31_01", T01, BTH, h1(2019), D01, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("lớp ở cơ sở: 96", 96, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 8.214", 8214, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,8%", 95.8, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 358 người", 358, "other"),
        F("Hội nghị báo cáo viên quận: 03", 3, "reporter_conferences"),
        F("Báo cáo viên cấp quận: 47 đồng chí", 47, "reporters", p=inst("2019-05-31")),
        F("tại khu phố: 264", 264, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 19.600", 19600, "propaganda_audience", "approx"),
        F("hiện có 62 đồng chí", 62, "opinion_collaborators", p=inst(D01)),
        F("Ban 21 báo cáo định kỳ", 21, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("tổ chức 412 buổi sinh hoạt chuyên đề", 412, "party_cell_discussions"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("24 cá nhân tiêu biểu", 24, "commended_individuals"),
        F("20 trang fanpage", 20, "social_pages", p=end_of(h1(2019))),
        F("đã đăng 1.126 tin, bài, ảnh", 1126, "news_items"),
        F("phát hành đủ 6 số", 6, "news_items"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("ngày 28 tháng 6 năm 2019", 28), ("gồm 6 kế hoạch", 6),
              ("11 hướng dẫn", 11), ("Kế hoạch số 112-KH/QU", 112), ("ngày 14/01/2019", 14),
              ("89 năm", 89), ("03/02/1930", 3), ("03/02/2019", 3), ("Trung ương 9", 9),
              ("tháng 1,", 1), ("tháng 3 và", 3), ("tháng 5)", 5), ("tính đến 31/5/2019", 31),
              ("tăng 8,36%", 8.36), ("ngày 20/3", 20), ("phường 13", 13), ("phường 25", 25),
              ("gần 3 buổi", 3), ("sơ kết 3 năm", 3), ("Chỉ thị 05-CT/TW", 5),
              ("mỗi số 2.500 bản", 2500), ("tăng 18%", 18), ("năm 2018", 2018),
              ("chuyên đề năm 2019", 2019), ("phấn đấu 100% chi bộ", 100),
              ("ít nhất 1 lần", 1), ("Mở 04 lớp", 4), ("khoảng 250 tuyên truyền viên", 250),
              ("lần thứ 3", 3), ("1. Công tác", 1), ("2. Học tập", 2),
              ("3. Báo cáo viên", 3), ("4. Nắm bắt", 4), ("5. Sinh hoạt", 5),
              ("6. Thông tin", 6), ("1. Tiếp tục", 1), ("2. Mở", 2), ("3. Tổ chức", 3)]),
    Doc("h31_02", T02, CCHI, year(2023), D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 3 hội nghị cấp huyện", 3, "study_sessions"),
        F("mở tiếp 214 lớp", 214, "study_sessions"),
        F("thu hút 27.405 lượt cán bộ, đảng viên", 27405, "study_attendance",
          a="party_members"),
        F("gần 9 nghìn lượt quần chúng", 9000, "study_attendance", "at_most", a="masses"),
        F("đạt 96,3%", 96.3, "study_participation_rate"),
        F("ba trăm lẻ sáu buổi tuyên truyền miệng", 306, "oral_propaganda_sessions"),
        F("trên 21.000 lượt người dân", 21000, "propaganda_audience", "at_least", a="masses"),
        F("mười hai lớp bồi dưỡng", 12, "training_classes"),
        F("tổng cộng 1.038 học viên", 1038, "trainees"),
        F("hỗ trợ 320 triệu đồng", 320000000, "other"),
        F("hai đợt sinh hoạt chính trị, tư tưởng", 2, "political_campaigns"),
        F("18.742 lượt người dự thi", 18742, "contest_entries"),
        F("lập 326 nhóm Zalo", 326, "chat_groups", p=inst(D02)),
        F("khoảng 47.500 người", 47500, "chat_group_members", "approx", p=inst(D02)),
        F("đăng 1.280 tin, bài", 1280, "news_items"),
        F("giấy khen cho 14 tập thể", 14, "commended_collectives"),
        F("31 cá nhân", 31, "commended_individuals"),
    ], traps=[("21 xã, thị trấn", 21), ("So với năm 2022", 2022), ("tăng 12 lớp", 12),
              ("khoảng 70 người", 70), ("hơn 150 người", 150), ("67 tuổi", 67),
              ("số 9", 9), ("2 lớp trung cấp", 2), ("55 năm", 55), ("Mậu Thân 1968", 1968),
              ("1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("10 giải Khuyến khích", 10), ("bằng khen cho 2 tập thể", 2),
              ("Năm 2024", 2024), ("thêm 4 lớp", 4), ("100% ấp", 100)]),
    Doc("h31_03", T03, HCM, P03, D03, "text", facts=[
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("ban hành 9 văn bản", 9, "documents_issued"),
        F("tổ chức 01 hội nghị cấp quận", 1, "study_sessions", unit=Q3),
        F("mở 78 lớp", 78, "study_sessions", unit=Q3),
        F("với 6.930 lượt cán bộ, đảng viên", 6930, "study_attendance", a="party_members",
          unit=Q3),
        F("đạt 96,84%", 96.84, "study_participation_rate", unit=Q3),
        F("có gần 48.000 người theo dõi", 48000, "propaganda_audience", "at_most", unit=Q3,
          p=inst(D03)),
        F("trang đăng 612 tin, bài", 612, "news_items", unit=Q3),
        F("treo 1.450 băng rôn", 1450, "other", unit=Q10),
        F("chạy 96 lượt xe loa", 96, "other", unit=Q10),
        F("nhận 52 báo cáo", 52, "opinion_reports", unit=Q10),
        F("đội ngũ 36 cộng tác viên", 36, "opinion_collaborators", unit=Q10, p=end_of(P03)),
        F("tổ chức 143 buổi thảo luận", 143, "party_cell_discussions", unit=PN),
        F("nhận được 2.316 bài dự thi", 2316, "contest_entries", unit=PN),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives", unit=PN),
        F("8 cá nhân", 8, "commended_individuals", unit=PN),
    ], traps=[("ngày 11 tháng 10 năm 2024", 11), ("Ngày 10/10", 10), ("312 điểm cầu", 312),
              ("79 năm", 79), ("Quốc khánh 2/9", 2), ("Quận 3", 3), ("Quận 10", 10),
              ("Quy định số 144-QĐ/TW", 144), ("12 đảng bộ phường", 12),
              ("đường 3 Tháng 2", 3), ("58 tuổi", 58), ("phường 14", 14),
              ("nhiệm kỳ 2025 – 2030", 2025), ("48 năm", 48), ("trong đó 1.904 bài", 1904),
              ("10 bài xuất sắc nhất", 10), ("ít nhất 2 đợt", 2)]),
]
