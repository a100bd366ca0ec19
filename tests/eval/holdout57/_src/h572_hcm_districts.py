"""holdout57, part 2: Ho Chi Minh City before the 2025 reform: a district's formal report, a
district article with a small measures table (portal page), a city-level article with district
sections. Written from docs/LABELING.md, build_gold.py, one earlier source for format, the
seeds and the samples, without reading or running the extractor (decisions: see part 1).
Part-specific decisions:
- A measures table's "Tổng cộng" row is a fact (its column's total), as the guide says.
- A paragraph after the last district section that names a city body ("Ban Thường vụ Thành ủy
  tặng bằng khen") is the city's, not the section's district.
- A stock with the report's span and no marker (list line "Báo cáo viên cấp quận: 52 đồng chí"
  in a half-year report) is an instant at the span's end.
"""
from build_gold import Doc, F, U, end_of, h1, inst, year

HCM = U("79")
Q10, CCHI = U("Quận 10"), U("Huyện Củ Chi")
Q3, PNHUAN = U("Quận 3"), U("Quận Phú Nhuận")

T04 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH                    ĐẢNG CỘNG SẢN VIỆT NAM
QUẬN ỦY QUẬN 10
BAN TUYÊN GIÁO
Số 186-BC/BTGQU                        Quận 10, ngày 28 tháng 6 năm 2023

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2023,
phương hướng, nhiệm vụ 6 tháng cuối năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết, chỉ thị
- Hội nghị cấp quận: 04 (học tập Nghị quyết số 31-NQ/TW của Bộ Chính trị về xây dựng và phát triển Thành phố đến năm 2030, tầm nhìn đến năm 2045 và Nghị quyết số 98/2023/QH15 của Quốc hội).
- Lớp ở các đảng bộ phường, chi bộ cơ sở: 247; lượt cán bộ, đảng viên dự: 15.318; tỷ lệ: 96,45%.
- Số đảng viên chưa tham gia: 561 người (chủ yếu do ốm đau, đi công tác xa).

2. Tuyên truyền
- Buổi nói chuyện chuyên đề, tuyên truyền miệng: 138 – lượt người nghe: khoảng 11.600
- Tin, bài trên trang thông tin điện tử quận: 642; trên fanpage "Quận 10 - Thông tin và Sự kiện": 385
- Băng rôn, khẩu hiệu, pano (kỷ niệm 48 năm Ngày Giải phóng miền Nam 30/4): 1.240

3. Đội ngũ
- Báo cáo viên cấp quận: 52 đồng chí; cộng tác viên dư luận xã hội: 74 đồng chí (bổ sung 6 đồng chí trong quý II).
- Báo cáo dư luận xã hội: 18 định kỳ, 7 đột xuất.
- Hội nghị báo cáo viên: 02.

4. Bồi dưỡng
- Lớp bồi dưỡng đảng viên mới: 03; học viên: 212 người.
- Lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú: 02; học viên: 168 người.

5. Khen thưởng
Ban Thường vụ Quận ủy tặng giấy khen cho 9 tập thể, 14 cá nhân; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023
1. Tổ chức 02 hội nghị cấp quận học tập Nghị quyết Trung ương 8 khóa XIII; mở ít nhất 150 lớp ở cơ sở.
2. Tổ chức hội thi báo cáo viên giỏi cấp quận lần thứ 3 với khoảng 30 thí sinh.
3. Duy trì 11 phường có fanpage chính danh.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VP.
"""

T05 = """
Củ Chi: Tuyên giáo vùng ven trong một năm nhiều thử thách

Cập nhật ngày 24-12-2020 | Lượt xem: 968

(Thanhuytphcm.vn) - Sáng 23/12, Huyện ủy Củ Chi tổ chức hội nghị tổng kết công tác tuyên giáo năm 2020. Đây là năm tổ chức Đại hội Đảng bộ huyện lần thứ XI, nhiệm kỳ 2020 - 2025, đồng thời là năm cả huyện vừa chống dịch Covid-19 vừa duy trì sinh hoạt chính trị.

Đồng chí Bí thư Huyện ủy Củ Chi trao giấy khen cho các tập thể. (Ảnh: Văn Minh)

Kết quả học tập, quán triệt trong năm:

Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)
Nghị quyết Đại hội Đảng bộ huyện lần thứ XI | 186 | 11.942 | 95,8
Chỉ thị 05-CT/TW, chuyên đề năm 2020 | 172 | 10.860 | 93,6
Tổng cộng | 358 | 22.802 |

Công tác tuyên truyền miệng gặp khó khi nhiều tháng không thể tập trung đông người. Huyện chuyển sang phát thanh lưu động: đội xe tuyên truyền lưu động chạy 1.460 lượt, loa truyền thanh 21 xã, thị trấn phát 2.300 tin, bài phòng, chống dịch. Các buổi nói chuyện chuyên đề chỉ được tổ chức với dưới 30 người; cả năm huyện tổ chức được 94 buổi, thu hút 5.200 lượt người nghe.

Huyện hiện có 28 trang fanpage của xã, đoàn thể và 1 trang thông tin điện tử; mạng lưới 512 nhóm Zalo ấp với gần 38.000 thành viên. Ban Tuyên giáo Huyện ủy phối hợp Trung tâm Văn hóa - Thể thao huyện tổ chức Cuộc thi "Tìm hiểu 90 năm Đảng Cộng sản Việt Nam", thu hút 9.875 bài dự thi; 25 bài đạt giải.

Ông Nguyễn Văn Út, Bí thư Chi bộ ấp Phú Hòa, xã Phú Hòa Đông, kể: "Ấp tôi có 420 hộ, nhóm Zalo của ấp có 380 thành viên, tin gì về dịch cũng tới bà con trong 15 phút".

Năm 2020, huyện tổ chức 1 đợt sinh hoạt chính trị về 130 năm Ngày sinh Chủ tịch Hồ Chí Minh; Huyện ủy khen thưởng 16 tập thể, 32 cá nhân.

Năm 2021, Củ Chi đặt mục tiêu 100% ấp có nhóm Zalo và mở 8 lớp bồi dưỡng báo cáo viên cơ sở.

Văn Minh

Tin khác:
- Hóc Môn: 1.200 đoàn viên ra quân tuyên truyền phòng dịch
- Bình Chánh khánh thành 2 nhà văn hóa ấp (21/12/2020)
"""

T06 = """
THÀNH ỦY TP.HCM  |  Tin tức  |  Tuyên giáo  |  Dân vận  |  Tư liệu  |  English

Thứ Sáu, 20/12/2024 | 09:12

Tổng kết công tác tuyên giáo: Lan tỏa thông tin tích cực trên không gian mạng

(Thanhuytphcm.vn) - Ngày 19/12, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2024, triển khai nhiệm vụ năm 2025.

Các đại biểu dự hội nghị. Ảnh: Việt Dũng

Năm 2024, Ban Tuyên giáo Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành 64 văn bản chỉ đạo công tác tư tưởng; tổ chức 6 hội nghị cấp thành phố học tập, quán triệt các nghị quyết Trung ương 8, 9, 10 khóa XIII cho hơn 2.700 cán bộ chủ chốt. Các đảng bộ trực thuộc mở 4.125 lớp với 586.300 lượt đảng viên tham dự, tỷ lệ bình quân đạt 96,8%.

Trên không gian mạng, hệ thống tuyên giáo Thành phố hiện có 3 trang thông tin điện tử và 1.126 fanpage, tài khoản TikTok chính danh. Trong năm, Ban Chỉ đạo 35 Thành phố đăng, chia sẻ hơn 95 nghìn tin, bài phản bác quan điểm sai trái; mạng lưới 1.350 cộng tác viên dư luận xã hội gửi 2.480 báo cáo tình hình dư luận.

Quận 3: "Mỗi chi bộ một câu chuyện về Bác"

Tại hội nghị, đồng chí Trần Thị Hồng Nhung, Trưởng ban Tuyên giáo Quận ủy Quận 3, cho biết: "Năm nay các chi bộ của quận đã tổ chức 1.184 buổi sinh hoạt chuyên đề, kể chuyện về Bác. Chúng tôi cũng mở 2 lớp tập huấn kỹ năng viết tin cho 95 cán bộ phụ trách fanpage của 10 phường".

Quận Phú Nhuận: Tuyên truyền miệng ở chung cư

Quận Phú Nhuận tổ chức 246 buổi nói chuyện thời sự tại 38 chung cư, khu dân cư, với 19.600 lượt cư dân tham dự. Với hơn 160 nghìn dân, Phú Nhuận được Ban Tuyên giáo Thành ủy xếp thứ 2/22 trong khối quận, huyện về công tác tuyên giáo. Cuộc thi trắc nghiệm "Phú Nhuận - 48 năm xây dựng và phát triển" nhận 27.436 lượt dự thi, trong đó đoàn viên, thanh niên chiếm khoảng 60%.

Phát biểu chỉ đạo, đồng chí Bí thư Thành ủy đề nghị năm 2025 hệ thống tuyên giáo tập trung tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025) và 80 năm Cách mạng Tháng Tám; phấn đấu 100% tổ chức cơ sở đảng có fanpage.

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 12 tập thể và 20 cá nhân.

Việt Dũng
Lượt xem: 3.061 | Bình luận: 0

TIN LIÊN QUAN
- Quận 8: 32 tập thể, cá nhân được khen thưởng về học tập và làm theo Bác (18/12/2024)
- Thành phố Thủ Đức tổ chức 5 đợt tuyên truyền về chính quyền đô thị (17/12/2024)
"""

D04, D05, D06 = "2023-06-28", "2020-12-24", "2024-12-20"

DOCS = [
    Doc("h57_04", T04, Q10, h1(2023), D04, "text", facts=[
        F("Hội nghị cấp quận: 04", 4, "study_sessions"),
        F("chi bộ cơ sở: 247", 247, "study_sessions"),
        F("đảng viên dự: 15.318", 15318, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,45%", 96.45, "study_participation_rate"),
        F("chưa tham gia: 561 người", 561, "other"),
        F("tuyên truyền miệng: 138", 138, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 11.600", 11600, "propaganda_audience", "approx"),
        F("thông tin điện tử quận: 642", 642, "news_items"),
        F("Thông tin và Sự kiện\": 385", 385, "news_items"),
        F("Giải phóng miền Nam 30/4): 1.240", 1240, "other"),
        F("Báo cáo viên cấp quận: 52 đồng chí", 52, "reporters", p=end_of(h1(2023))),
        F("cộng tác viên dư luận xã hội: 74 đồng chí", 74, "opinion_collaborators",
          p=end_of(h1(2023))),
        F("Báo cáo dư luận xã hội: 18 định kỳ", 18, "opinion_reports"),
        F("7 đột xuất", 7, "opinion_reports"),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("đảng viên mới: 03", 3, "training_classes"),
        F("học viên: 212 người", 212, "trainees"),
        F("quần chúng ưu tú: 02", 2, "training_classes"),
        F("học viên: 168 người", 168, "trainees"),
        F("giấy khen cho 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("QUẬN 10", 10), ("Số 186-BC/BTGQU", 186), ("Quận 10", 10),
              ("ngày 28 tháng 6 năm 2023", 28), ("6 tháng đầu năm 2023", 6),
              ("6 tháng cuối năm 2023", 6), ("6 THÁNG CUỐI NĂM 2023", 6),
              ("Nghị quyết số 31-NQ/TW", 31), ("năm 2030", 2030), ("năm 2045", 2045),
              ("Nghị quyết số 98/2023/QH15", 98), ("48 năm", 48),
              ("bổ sung 6 đồng chí", 6), ("bằng khen cho 2 tập thể", 2),
              ("Tổ chức 02 hội nghị cấp quận", 2), ("Trung ương 8", 8),
              ("ít nhất 150 lớp", 150), ("lần thứ 3", 3), ("khoảng 30 thí sinh", 30),
              ("Duy trì 11 phường", 11)]),
    Doc("h57_05", T05, CCHI, year(2020), D05, "text", facts=[
        F("lần thứ XI | 186", 186, "study_sessions"),
        F("| 11.942 |", 11942, "study_attendance", a="party_members"),
        F("| 95,8", 95.8, "study_participation_rate"),
        F("năm 2020 | 172", 172, "study_sessions"),
        F("| 10.860 |", 10860, "study_attendance", a="party_members"),
        F("| 93,6", 93.6, "study_participation_rate"),
        F("Tổng cộng | 358", 358, "study_sessions"),
        F("| 22.802 |", 22802, "study_attendance", a="party_members"),
        F("chạy 1.460 lượt", 1460, "other"),
        F("phát 2.300 tin, bài", 2300, "news_items"),
        F("tổ chức được 94 buổi", 94, "oral_propaganda_sessions"),
        F("thu hút 5.200 lượt người nghe", 5200, "propaganda_audience"),
        F("hiện có 28 trang fanpage", 28, "social_pages", p=inst(D05)),
        F("1 trang thông tin điện tử", 1, "websites", p=inst(D05)),
        F("mạng lưới 512 nhóm Zalo", 512, "chat_groups", p=inst(D05)),
        F("gần 38.000 thành viên", 38000, "chat_group_members", "at_most", p=inst(D05)),
        F("thu hút 9.875 bài dự thi", 9875, "contest_entries"),
        F("tổ chức 1 đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("khen thưởng 16 tập thể", 16, "commended_collectives"),
        F("16 tập thể, 32 cá nhân", 32, "commended_individuals"),
    ], traps=[("ngày 24-12-2020", 24), ("Lượt xem: 968", 968), ("Sáng 23/12", 23),
              ("năm 2020.", 2020), ("nhiệm kỳ 2020 - 2025", 2020), ("Covid-19", 19),
              ("Chỉ thị 05-CT/TW", 5), ("chuyên đề năm 2020", 2020),
              ("21 xã, thị trấn", 21), ("dưới 30 người", 30), ("90 năm", 90),
              ("25 bài đạt giải", 25), ("420 hộ", 420), ("380 thành viên", 380),
              ("15 phút", 15), ("Năm 2020", 2020), ("130 năm", 130), ("Năm 2021", 2021),
              ("100% ấp", 100), ("mở 8 lớp", 8), ("1.200 đoàn viên", 1200),
              ("khánh thành 2 nhà văn hóa", 2), ("(21/12/2020)", 21)]),
    Doc("h57_06", T06, HCM, year(2024), D06, "text", facts=[
        F("ban hành 64 văn bản", 64, "documents_issued"),
        F("tổ chức 6 hội nghị cấp thành phố", 6, "study_sessions"),
        F("hơn 2.700 cán bộ chủ chốt", 2700, "study_attendance", "at_least",
          a="party_members"),
        F("mở 4.125 lớp", 4125, "study_sessions"),
        F("với 586.300 lượt đảng viên", 586300, "study_attendance", a="party_members"),
        F("bình quân đạt 96,8%", 96.8, "study_participation_rate"),
        F("hiện có 3 trang thông tin điện tử", 3, "websites", p=inst(D06)),
        F("1.126 fanpage", 1126, "social_pages", p=inst(D06)),
        F("hơn 95 nghìn tin, bài", 95000, "news_items", "at_least"),
        F("mạng lưới 1.350 cộng tác viên", 1350, "opinion_collaborators",
          p=end_of(year(2024))),
        F("gửi 2.480 báo cáo", 2480, "opinion_reports"),
        F("tổ chức 1.184 buổi sinh hoạt chuyên đề", 1184, "party_cell_discussions", unit=Q3),
        F("mở 2 lớp tập huấn", 2, "training_classes", unit=Q3),
        F("cho 95 cán bộ", 95, "trainees", unit=Q3),
        F("tổ chức 246 buổi nói chuyện", 246, "oral_propaganda_sessions", unit=PNHUAN),
        F("với 19.600 lượt cư dân", 19600, "propaganda_audience", a="masses", unit=PNHUAN),
        F("nhận 27.436 lượt dự thi", 27436, "contest_entries", unit=PNHUAN),
        F("bằng khen cho 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể và 20 cá nhân", 20, "commended_individuals"),
    ], traps=[("20/12/2024", 20), ("09:12", 9), ("Ngày 19/12", 19), ("năm 2024", 2024),
              ("Năm 2024", 2024), ("năm 2025", 2025), ("Trung ương 8, 9, 10", 8),
              ("Ban Chỉ đạo 35", 35), ("Quận 3", 3), ("của 10 phường", 10),
              ("tại 38 chung cư", 38), ("hơn 160 nghìn dân", 160000),
              ("xếp thứ 2/22", 2), ("48 năm", 48), ("khoảng 60%", 60), ("50 năm", 50),
              ("30/4/1975", 30), ("30/4/2025", 30), ("80 năm", 80),
              ("100% tổ chức cơ sở đảng", 100), ("Lượt xem: 3.061", 3061),
              ("Bình luận: 0", 0), ("Quận 8: 32 tập thể", 8), ("(18/12/2024)", 18),
              ("tổ chức 5 đợt tuyên truyền", 5), ("(17/12/2024)", 17)]),
]
