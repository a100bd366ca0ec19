"""Held-out set holdout31, part 3: wards and communes after the 2025-07-01 reform (Ho Chi Minh
City and Hanoi), 2025-2026: a ward's formal report, a ward news article, an article with a
section per ward, a commune's social-media post with emoji list lines, an official's speech.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor. See the docstring
of h311_hcm_districts.py for the decisions taken where the guide leaves room; in addition:
- The wards a ward was made from and the old districts named with them are traps.
- In a speech, a stock in a sentence with no marker after a sentence with "hiện có" ("Đội ngũ
  18 cộng tác viên ...") is read at the period's end (the marker dates its own sentence only).
- A count of entries of a contest that "phát động từ ngày 15/9 đến ngày 15/11/2025" keeps that
  range (a contest over weeks).
"""
from build_gold import Doc, F, W, end_of, h1, h2, inst, quarter, since

BANCO = W("Phường Bàn Cờ", "79")
LB = W("Phường Long Biên", "01")
SG, BT, TDI = W("Phường Sài Gòn", "79"), W("Phường Bến Thành", "79"), W("Phường Tân Định", "79")
TL = W("Xã Thư Lâm", "01")
XH = W("Phường Xuân Hòa", "79")

T08 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BÀN CỜ
Số 15-BC/ĐU

Phường Bàn Cờ, ngày 26 tháng 9 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025

Phường Bàn Cờ được thành lập trên cơ sở sắp xếp phường 1, phường 2, phường 3, phường 5 và một phần phường 4 (Quận 3 cũ), chính thức hoạt động từ ngày 01/7/2025. Đảng bộ phường hiện có 52 chi bộ trực thuộc với 2.041 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01; lớp ở chi bộ: 41
- Đảng viên dự học: 1.968/2.041 đồng chí (đạt 96,42%)
b) Các nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, hội nhập quốc tế và kinh tế tư nhân (Nghị quyết số 57-NQ/TW, số 59-NQ/TW và số 68-NQ/TW)
- Lớp ở chi bộ: 38; lượt đảng viên dự: 1.902; tỷ lệ: 93,19%
- Số đảng viên chưa tham gia: 139 người

2. Tuyên truyền
- Tin, bài trên trang thông tin điện tử phường: 214; trên Zalo OA: 96
- Băng rôn, cờ phướn tuyên truyền Đại hội và Quốc khánh 2/9: 640
- Buổi tuyên truyền miệng tại khu phố: 27 – lượt người nghe: khoảng 2.150
- Nhóm Zalo khu phố: 34 nhóm (hiện có gần 9.800 thành viên)

3. Nắm bắt dư luận xã hội
- Báo cáo dư luận xã hội: 12 định kỳ, 3 đột xuất
- Cộng tác viên dư luận xã hội: 18 đồng chí (tính đến 15/9/2025)

4. Khen thưởng
- Tập thể được khen: 05; cá nhân: 11 người
- 01 cá nhân được đề nghị Thành ủy tặng bằng khen

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng ngay khi có hướng dẫn.
- Phấn đấu 100% khu phố có nhóm Zalo chính danh; mở 03 lớp tập huấn kỹ năng cho 120 tuyên truyền viên.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP Đảng ủy.
"""

T09 = """
Phường Long Biên: Sáu tháng đầu tiên của chính quyền mới, tuyên giáo “đi trước, mở đường”

Cập nhật 08/01/2026 09:40

(Long Biên) - Phường Long Biên được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp 4 phường của quận Long Biên cũ, với gần 100 nghìn dân. Ngay từ những ngày đầu, công tác tuyên giáo được Đảng ủy phường xác định là nhiệm vụ “đi trước, mở đường”.

Sáu tháng cuối năm 2025, Đảng ủy phường tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I và Nghị quyết Đại hội XVIII Đảng bộ Thành phố. Tại các chi bộ, 58 lớp học tập được mở với 3.114 lượt đảng viên tham dự, đạt 97,05%; riêng quần chúng có 1.260 lượt dự nghe.

Bà Nguyễn Thị Minh Hạnh, Phó Bí thư Thường trực Đảng ủy phường Long Biên, cho biết: “Phường hiện có 1 trang thông tin điện tử, 3 fanpage và 71 nhóm Zalo tổ dân phố với khoảng 18.500 thành viên. Trong 6 tháng, các nhóm đã đăng hơn 2.300 tin, bài về hoạt động của chính quyền mới, lịch tiếp công dân, thủ tục hành chính. Chúng tôi còn tổ chức 9 buổi nói chuyện chuyên đề, đối thoại với người dân về mô hình chính quyền địa phương 2 cấp”.

“Tổ tôi 214 hộ, trước đây thông báo gì cũng phải đi gõ cửa từng nhà, giờ chỉ cần nhắn lên nhóm là xong”, ông Trần Văn Quý, 64 tuổi, tổ trưởng tổ dân phố số 17, kể.

Cuộc thi trực tuyến “Tìm hiểu về chính quyền địa phương 2 cấp” do Đảng ủy phường phát động từ ngày 15/9 đến ngày 15/11/2025 thu hút 6.842 lượt người dự thi; 20 cá nhân đạt giải. Phường cũng tổ chức 01 hội nghị báo cáo viên. Đội ngũ báo cáo viên của Đảng ủy phường hiện gồm 12 đồng chí.

Dịp tổng kết năm, Đảng ủy phường tặng giấy khen cho 6 tập thể, 15 cá nhân có thành tích trong công tác tuyên truyền sắp xếp tổ chức bộ máy.

Năm 2026, phường đặt mục tiêu 100% tổ dân phố có nhóm Zalo chính danh, tổ chức ít nhất 4 hội nghị báo cáo viên và tuyên truyền sâu rộng về cuộc bầu cử đại biểu Quốc hội khóa XVI.
"""

T10 = """
Thứ Ba, ngày 7/4/2026

Ba phường trung tâm hoàn thành học tập, quán triệt Nghị quyết Đại hội XIV của Đảng

(Thanhuytphcm.vn) - Trong quý I năm 2026, Đảng ủy các phường Sài Gòn, Bến Thành và Tân Định đã tổ chức học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho cán bộ, đảng viên và Nhân dân.

* Phường Sài Gòn
Đảng ủy phường tổ chức 01 hội nghị cấp phường theo hình thức trực tiếp kết hợp trực tuyến tới 14 điểm cầu chi bộ; các chi bộ mở 46 lớp với 2.874 lượt đảng viên, đạt 97,6%. Phường Sài Gòn, nơi có hơn 1.200 doanh nghiệp và văn phòng đại diện nước ngoài, còn phối hợp các đơn vị tổ chức 8 buổi nói chuyện chuyên đề cho người lao động, với khoảng 1.640 lượt người nghe.

* Phường Bến Thành
Sau 01 hội nghị cấp phường, các chi bộ khu phố tổ chức 39 lớp, thu hút 2.215 lượt cán bộ, đảng viên và 540 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 95,12%. Tại chợ Bến Thành, nơi có hơn 1.400 tiểu thương, phường tổ chức 6 buổi tuyên truyền về nội dung Nghị quyết cho khoảng 900 tiểu thương.

“Chợ mở cửa từ 6 giờ sáng, nên tụi tôi nghe tuyên truyền lúc 5 giờ 30, vừa kịp dọn hàng”, bà Lê Thị Tám, tiểu thương sạp 1024, cười nói.

* Phường Tân Định
Phường Tân Định được thành lập trên cơ sở phường Tân Định, phường Đa Kao (Quận 1 cũ) và một phần phường 6 (Quận 3 cũ). Đảng ủy phường tổ chức 2 hội nghị; các chi bộ mở 33 lớp với 1.746 lượt cán bộ, đảng viên (đạt 96,3%). Sau học tập, đảng viên viết 1.690 bài thu hoạch. So với đợt học tập Nghị quyết Đại hội XIII năm 2021, số lớp tăng 5 lớp.

Theo Ban Tuyên giáo và Dân vận Thành ủy, đến hết tháng 3/2026, 168 phường, xã, đặc khu của Thành phố đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết. Quý II, các phường sẽ xây dựng chương trình hành động và tổ chức kiểm tra việc thực hiện.
"""

T11 = """
ĐẢNG ỦY XÃ THƯ LÂM
📌 NHÌN LẠI HƠN 4 THÁNG TRIỂN KHAI CÔNG TÁC TUYÊN GIÁO SAU SẮP XẾP

Xã Thư Lâm được thành lập trên cơ sở sáp nhập 4 xã của huyện Đông Anh cũ, với 29 thôn và khoảng 75 nghìn nhân khẩu. Từ ngày 1/7/2025 đến nay, công tác tuyên giáo của Đảng ủy xã đạt một số kết quả nổi bật:

✅ 01 hội nghị cấp xã học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030
✅ 52 lớp ở các chi bộ, với 3.408 lượt đảng viên, đạt 95,9%
✅ Treo 720 băng rôn, khẩu hiệu; in và phát 4.000 tờ gấp tới các hộ gia đình
✅ 88 nhóm Zalo thôn, xóm (hiện có khoảng 21 nghìn thành viên)
✅ Fanpage “Thư Lâm quê tôi” đăng 415 tin, bài, video; lượt tiếp cận ước đạt 1,2 triệu
✅ 14 buổi nói chuyện chuyên đề – lượt người nghe: hơn 1.900
✅ 02 hội nghị báo cáo viên, cung cấp thông tin thời sự cho báo cáo viên, tuyên truyền viên cơ sở
✅ Khen thưởng 4 tập thể, 9 cá nhân tiêu biểu trong thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”

Đồng chí Ngô Văn Tuấn, Bí thư Đảng ủy xã, nhấn mạnh: “Các chi bộ thôn đã tổ chức 116 buổi sinh hoạt chuyên đề về đạo đức, lối sống. Thời gian tới, xã phấn đấu mỗi thôn có ít nhất 1 tổ truyền thông cộng đồng”.

Chị Nguyễn Thị Hoa, 38 tuổi, thôn Thư Cưu, chia sẻ: “Từ ngày thôn có nhóm Zalo, tôi biết ngay lịch tiêm chủng cho con, lịch thu thuế đất, không phải chờ loa phát thanh chiều thứ Bảy nữa. Cả xóm 60 hộ đều vào nhóm”.

👉 Người dân phản ánh thông tin sai sự thật trên mạng xã hội xin liên hệ Bộ phận Tuyên giáo xã, điện thoại 0243.883.2617.

#ThưLâm #TuyênGiáo #ChínhQuyềnHaiCấp
👍 126 lượt thích · 💬 18 bình luận · ↪️ 37 lượt chia sẻ
"""

T12 = """
Phường Xuân Hòa: Đưa nghị quyết vào đời sống khu phố

Cập nhật ngày 14-07-2026

Ngày 10/7, Ban Tuyên giáo và Dân vận Thành ủy TPHCM tổ chức hội nghị sơ kết công tác tuyên giáo, dân vận 6 tháng đầu năm 2026. Dưới đây là trích tham luận của đồng chí Võ Thị Ngọc Lan, Phó Bí thư Thường trực Đảng ủy phường Xuân Hòa:

“Thưa các đồng chí, phường Xuân Hòa được thành lập trên cơ sở phường Võ Thị Sáu và một phần phường 4 (Quận 3 cũ), với 41 khu phố và gần 70 nghìn dân. Đảng bộ phường hiện có 63 tổ chức cơ sở đảng với hơn 3.100 đảng viên.

“Sáu tháng đầu năm 2026, Đảng ủy phường tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I; các chi bộ mở 61 lớp với 2.986 lượt đảng viên, đạt 96,8%. Sau học tập, đảng viên viết 2.870 bài thu hoạch.

“Về tuyên truyền miệng, phường hiện có 15 báo cáo viên. Anh chị em đã tổ chức 38 buổi nói chuyện chuyên đề tại khu phố, với khoảng 3.600 lượt người nghe. Riêng dịp bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 – 2031, phường tổ chức 26 buổi tuyên truyền; tỷ lệ cử tri đi bầu đạt 99,7%. Có cô cử tri nhắn vào nhóm Zalo khu phố: ‘Nhà tôi 3 cử tri, đi bầu xong cả nhà chụp hình gửi lên nhóm’.

“Phường duy trì 41 nhóm Zalo khu phố, hiện có khoảng 16.000 thành viên; trang thông tin điện tử phường đăng 356 tin, bài. Đội ngũ 18 cộng tác viên dư luận xã hội gửi 14 báo cáo về tâm trạng, ý kiến của người dân. Đảng ủy phường đã khen thưởng 7 tập thể và 16 cá nhân.

“Sáu tháng cuối năm, phường phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng tháng và mở 2 lớp bồi dưỡng kỹ năng cho tổ trưởng tổ dân phố. Xin trân trọng cảm ơn các đồng chí!”
"""

D08, D09, D10, D11, D12 = "2025-09-26", "2026-01-08", "2026-04-07", "2025-11-20", "2026-07-14"
P08, P10, P11 = quarter(3, 2025), quarter(1, 2026), since("2025-07-01", D11)

DOCS = [
    Doc("h31_08", T08, BANCO, P08, D08, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("lớp ở chi bộ: 41", 41, "study_sessions"),
        F("Đảng viên dự học: 1.968/2.041 đồng chí", 1968, "study_attendance",
          a="party_members"),
        F("(đạt 96,42%)", 96.42, "study_participation_rate"),
        F("Lớp ở chi bộ: 38", 38, "study_sessions"),
        F("lượt đảng viên dự: 1.902", 1902, "study_attendance", a="party_members"),
        F("tỷ lệ: 93,19%", 93.19, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 139 người", 139, "other"),
        F("trang thông tin điện tử phường: 214", 214, "news_items"),
        F("trên Zalo OA: 96", 96, "news_items"),
        F("Quốc khánh 2/9: 640", 640, "other"),
        F("tại khu phố: 27", 27, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 2.150", 2150, "propaganda_audience", "approx"),
        F("Nhóm Zalo khu phố: 34 nhóm", 34, "chat_groups", p=end_of(P08)),
        F("hiện có gần 9.800 thành viên", 9800, "chat_group_members", "at_most", p=inst(D08)),
        F("Báo cáo dư luận xã hội: 12 định kỳ", 12, "opinion_reports"),
        F("3 đột xuất", 3, "opinion_reports"),
        F("18 đồng chí (tính đến 15/9/2025)", 18, "opinion_collaborators",
          p=inst("2025-09-15")),
        F("Tập thể được khen: 05", 5, "commended_collectives"),
        F("cá nhân: 11 người", 11, "commended_individuals"),
    ], traps=[("Số 15-BC/ĐU", 15), ("ngày 26 tháng 9 năm 2025", 26), ("phường 1", 1),
              ("phường 2", 2), ("phường 3", 3), ("phường 5", 5), ("phường 4", 4),
              ("Quận 3", 3), ("ngày 01/7/2025", 1), ("hiện có 52 chi bộ", 52),
              ("với 2.041 đảng viên", 2041), ("nhiệm kỳ 2025 – 2030", 2025),
              ("số 57-NQ/TW", 57), ("số 59-NQ/TW", 59), ("số 68-NQ/TW", 68),
              ("Quốc khánh 2/9", 2), ("15/9/2025", 15), ("01 cá nhân được đề nghị", 1),
              ("Tổ chức 02 hội nghị", 2), ("100% khu phố", 100), ("mở 03 lớp", 3),
              ("cho 120 tuyên truyền viên", 120), ("1. Học tập", 1), ("2. Tuyên truyền", 2),
              ("3. Nắm bắt", 3), ("4. Khen thưởng", 4)]),
    Doc("h31_09", T09, LB, h2(2025), D09, "text", facts=[
        F("tổ chức 02 hội nghị học tập", 2, "study_sessions"),
        F("58 lớp học tập", 58, "study_sessions"),
        F("với 3.114 lượt đảng viên", 3114, "study_attendance", a="party_members"),
        F("đạt 97,05%", 97.05, "study_participation_rate"),
        F("có 1.260 lượt dự nghe", 1260, "study_attendance", a="masses"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D09)),
        F("3 fanpage", 3, "social_pages", p=inst(D09)),
        F("71 nhóm Zalo", 71, "chat_groups", p=inst(D09)),
        F("khoảng 18.500 thành viên", 18500, "chat_group_members", "approx", p=inst(D09)),
        F("hơn 2.300 tin, bài", 2300, "news_items", "at_least"),
        F("tổ chức 9 buổi nói chuyện chuyên đề", 9, "oral_propaganda_sessions"),
        F("thu hút 6.842 lượt người dự thi", 6842, "contest_entries",
          p=since("2025-09-15", "2025-11-15")),
        F("tổ chức 01 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("hiện gồm 12 đồng chí", 12, "reporters", p=inst(D09)),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("08/01/2026 09:40", 8), ("ngày 1/7/2025", 1), ("4 phường", 4),
              ("gần 100 nghìn dân", 100000), ("Trong 6 tháng", 6), ("2 cấp", 2),
              ("Tổ tôi 214 hộ", 214), ("64 tuổi", 64), ("số 17", 17), ("từ ngày 15/9", 15),
              ("15/11/2025", 15), ("20 cá nhân đạt giải", 20), ("Năm 2026", 2026),
              ("100% tổ dân phố", 100), ("ít nhất 4 hội nghị", 4)]),
    Doc("h31_10", T10, SG, P10, D10, "text", facts=[
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("mở 46 lớp", 46, "study_sessions"),
        F("với 2.874 lượt đảng viên", 2874, "study_attendance", a="party_members"),
        F("đạt 97,6%", 97.6, "study_participation_rate"),
        F("tổ chức 8 buổi nói chuyện", 8, "oral_propaganda_sessions"),
        F("khoảng 1.640 lượt người nghe", 1640, "propaganda_audience", "approx"),
        F("Sau 01 hội nghị cấp phường", 1, "study_sessions", unit=BT),
        F("tổ chức 39 lớp", 39, "study_sessions", unit=BT),
        F("thu hút 2.215 lượt cán bộ, đảng viên", 2215, "study_attendance",
          a="party_members", unit=BT),
        F("540 lượt quần chúng", 540, "study_attendance", a="masses", unit=BT),
        F("đạt 95,12%", 95.12, "study_participation_rate", unit=BT),
        F("tổ chức 6 buổi tuyên truyền", 6, "oral_propaganda_sessions", unit=BT),
        F("khoảng 900 tiểu thương", 900, "propaganda_audience", "approx", unit=BT),
        F("tổ chức 2 hội nghị", 2, "study_sessions", unit=TDI),
        F("mở 33 lớp", 33, "study_sessions", unit=TDI),
        F("với 1.746 lượt cán bộ, đảng viên", 1746, "study_attendance", a="party_members",
          unit=TDI),
        F("(đạt 96,3%)", 96.3, "study_participation_rate", unit=TDI),
        F("viết 1.690 bài thu hoạch", 1690, "other", unit=TDI),
    ], traps=[("ngày 7/4/2026", 7), ("14 điểm cầu", 14), ("hơn 1.200 doanh nghiệp", 1200),
              ("hơn 1.400 tiểu thương", 1400), ("6 giờ sáng", 6), ("5 giờ 30", 5),
              ("sạp 1024", 1024), ("Quận 1", 1), ("phường 6", 6), ("Quận 3", 3),
              ("năm 2021", 2021), ("tăng 5 lớp", 5), ("tháng 3/2026", 3),
              ("168 phường", 168)]),
    Doc("h31_11", T11, TL, P11, D11, "sidecar", meta={"date": D11}, facts=[
        F("✅ 01 hội nghị cấp xã", 1, "study_sessions"),
        F("✅ 52 lớp ở các chi bộ", 52, "study_sessions"),
        F("với 3.408 lượt đảng viên", 3408, "study_attendance", a="party_members"),
        F("đạt 95,9%", 95.9, "study_participation_rate"),
        F("Treo 720 băng rôn", 720, "other"),
        F("phát 4.000 tờ gấp", 4000, "other"),
        F("✅ 88 nhóm Zalo", 88, "chat_groups", p=end_of(P11)),
        F("khoảng 21 nghìn thành viên", 21000, "chat_group_members", "approx", p=inst(D11)),
        F("đăng 415 tin, bài", 415, "news_items"),
        F("ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("✅ 14 buổi nói chuyện", 14, "oral_propaganda_sessions"),
        F("lượt người nghe: hơn 1.900", 1900, "propaganda_audience", "at_least"),
        F("✅ 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("Khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("9 cá nhân tiêu biểu", 9, "commended_individuals"),
        F("tổ chức 116 buổi sinh hoạt chuyên đề", 116, "party_cell_discussions"),
    ], traps=[("HƠN 4 THÁNG", 4), ("sáp nhập 4 xã", 4), ("29 thôn", 29),
              ("khoảng 75 nghìn nhân khẩu", 75000), ("ngày 1/7/2025", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("ít nhất 1 tổ", 1), ("0243.883.2617", 243),
              ("38 tuổi", 38), ("Cả xóm 60 hộ", 60), ("126 lượt thích", 126), ("18 bình luận", 18), ("37 lượt chia sẻ", 37)]),
    Doc("h31_12", T12, XH, h1(2026), D12, "text", facts=[
        F("tổ chức 02 hội nghị học tập", 2, "study_sessions"),
        F("mở 61 lớp", 61, "study_sessions"),
        F("với 2.986 lượt đảng viên", 2986, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("viết 2.870 bài thu hoạch", 2870, "other"),
        F("hiện có 15 báo cáo viên", 15, "reporters", p=inst(D12)),
        F("tổ chức 38 buổi nói chuyện", 38, "oral_propaganda_sessions"),
        F("khoảng 3.600 lượt người nghe", 3600, "propaganda_audience", "approx"),
        F("tổ chức 26 buổi tuyên truyền", 26, "oral_propaganda_sessions"),
        F("duy trì 41 nhóm Zalo", 41, "chat_groups", p=end_of(h1(2026))),
        F("khoảng 16.000 thành viên", 16000, "chat_group_members", "approx", p=inst(D12)),
        F("đăng 356 tin, bài", 356, "news_items"),
        F("Đội ngũ 18 cộng tác viên", 18, "opinion_collaborators", p=end_of(h1(2026))),
        F("gửi 14 báo cáo", 14, "opinion_reports"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("16 cá nhân", 16, "commended_individuals"),
    ], traps=[("ngày 14-07-2026", 14), ("Ngày 10/7", 10), ("6 tháng đầu năm 2026", 6),
              ("phường 4", 4), ("Quận 3", 3), ("41 khu phố", 41), ("gần 70 nghìn dân", 70000),
              ("63 tổ chức cơ sở đảng", 63), ("hơn 3.100 đảng viên", 3100),
              ("nhiệm kỳ 2026 – 2031", 2026), ("đạt 99,7%", 99.7), ("Nhà tôi 3 cử tri", 3),
              ("100% chi bộ", 100), ("mở 2 lớp", 2)]),
]
