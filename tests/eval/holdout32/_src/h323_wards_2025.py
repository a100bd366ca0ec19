"""Held-out set holdout32, part 3: wards and communes after the reform of 1 July 2025
(a ward's formal report in HCMC, a Hanoi article with a section per ward, a commune's post).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the samples, without reading or running the extractor. The
decisions taken where the guide leaves room are listed in h321_hanoi_districts.py; here also:
- "Nhóm Zalo khu phố: 21 nhóm, hiện có 9.800 thành viên": the groups at the period's end, the
  members at the document date (", hiện có" after a count starts a clause).
- Voters who listened ("lượt cử tri dự nghe") are audience `all` (cử tri is not one of the
  masses words of the guide); the voters of the commune and its voting areas are traps.
- Emoji list lines go on from the line above them: "✅ 71 lớp ở các chi bộ" under "✅ 02 hội
  nghị cấp xã học tập, quán triệt ..." is study_sessions.
"""
from build_gold import Doc, F, W, end_of, inst, quarter, since

BANCO = W("Phường Bàn Cờ", "79")
HKIEM, CNAM = W("Phường Hoàn Kiếm", "01"), W("Phường Cửa Nam", "01")
DANH = W("Xã Đông Anh", "01")

T07 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BÀN CỜ
Số 12-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Phường Bàn Cờ, ngày 26 tháng 9 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo từ ngày 01/7/2025 đến ngày 25/9/2025

Phường Bàn Cờ được thành lập trên cơ sở sắp xếp các phường 1, 2, 3, 5 của Quận 3 cũ, có diện tích khoảng 1,1 km² và dân số gần 60 nghìn người. Đảng bộ phường hiện có 38 tổ chức cơ sở đảng với 2.140 đảng viên. Thực hiện mô hình chính quyền địa phương hai cấp, Đảng ủy phường vừa ổn định tổ chức bộ máy, vừa triển khai ngay các nhiệm vụ tuyên giáo.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01; lượt cán bộ, đảng viên dự: 412
- Lớp ở các chi bộ: 38
- Đảng viên dự học: 1.986/2.140 đồng chí; tỷ lệ: 92,8%
b) Các Nghị quyết số 57-NQ/TW, 59-NQ/TW, 66-NQ/TW và 68-NQ/TW của Bộ Chính trị
- Buổi thảo luận chi bộ: 76 (bình quân 2 buổi/chi bộ)

2. Tuyên truyền
- Buổi tuyên truyền miệng tại khu phố: 27 – lượt người dân nghe: khoảng 2.350
- Băng rôn, khẩu hiệu tuyên truyền Quốc khánh 2/9 và kỷ niệm 80 năm Cách mạng Tháng Tám: 460
- Tin, bài trên trang thông tin điện tử phường: 184; trên fanpage "Phường Bàn Cờ": 236
- Nhóm Zalo khu phố: 21 nhóm, hiện có 9.800 thành viên

3. Nắm bắt dư luận xã hội
Phường kiện toàn đội ngũ 15 cộng tác viên dư luận xã hội; đội ngũ này đã gửi Ban Tuyên giáo và Dân vận Thành ủy 9 báo cáo định kỳ, 2 báo cáo đột xuất về tình hình tư tưởng của nhân dân sau sắp xếp đơn vị hành chính.

4. Khen thưởng
Đảng ủy phường tặng giấy khen cho 4 tập thể, 9 cá nhân có thành tích trong tổ chức Đại hội Đảng bộ phường.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức 02 hội nghị học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030.
- Duy trì 100% khu phố có nhóm Zalo; phấn đấu đăng tối thiểu 150 tin, bài.
- Ra mắt Tổ công nghệ số cộng đồng tại 6 khu phố.

Nơi nhận:
- Ban Thường vụ Đảng ủy;
- Lưu VT.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ
"""

T08 = """
Hai phường trung tâm hoàn thành học tập Nghị quyết Đại hội XVIII Đảng bộ Thành phố

Quý IV năm 2025, Đảng ủy các phường Hoàn Kiếm và Cửa Nam đã hoàn thành việc học tập, quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ Thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 – 2030, gắn với tuyên truyền kỷ niệm 71 năm Ngày Giải phóng Thủ đô.

PHƯỜNG HOÀN KIẾM: Học nghị quyết bên Hồ Gươm
Phường Hoàn Kiếm được thành lập trên cơ sở các phường Hàng Trống, Hàng Bạc, Hàng Đào, Tràng Tiền cùng một phần các phường lân cận, với khoảng 18 nghìn hộ dân. Đảng ủy phường tổ chức 01 hội nghị cấp phường và 64 lớp ở các chi bộ, thu hút 5.322 lượt đảng viên, đạt 97,4%; riêng quần chúng có 830 lượt dự nghe.
Bà Phạm Thu Trang, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Phường hiện có 41 nhóm Zalo tổ dân phố với hơn 12.000 thành viên. Quý này các nhóm đã chia sẻ gần 900 tin, bài về Đại hội. Chúng tôi còn tổ chức 14 buổi nói chuyện chuyên đề cho tiểu thương chợ Hàng Da.”
“Tôi bán hàng ở đây 30 năm, giờ mới thấy cán bộ phường xuống tận sạp nói chuyện nghị quyết”, bà Nguyễn Thị Lan, tiểu thương, kể.

PHƯỜNG CỬA NAM: Đưa nghị quyết đến người lao động
Đảng ủy phường Cửa Nam tổ chức 01 hội nghị cấp phường và 49 lớp ở chi bộ với 3.968 lượt đảng viên tham dự, đạt 96,2%; số đảng viên chưa tham gia là 152 đồng chí, chủ yếu do tuổi cao. Phường mở 2 lớp bồi dưỡng nghiệp vụ cho 86 học viên là tổ trưởng tổ dân phố và cộng tác viên. Đội ngũ cộng tác viên dư luận xã hội hiện có 24 người, đã gửi 11 báo cáo dư luận. Đảng ủy phường khen thưởng 6 tập thể và 10 cá nhân. Phường cũng ra mắt trang fanpage "Cửa Nam ngày mới", hiện có khoảng 7.600 người theo dõi.

Năm 2026, hai phường phấn đấu tổ chức ít nhất 40 buổi nói chuyện chuyên đề và xây dựng 5 tuyến phố văn minh theo Chỉ thị 24-CT/TU.
"""

T09 = """
Đảng ủy xã Đông Anh
05 tháng 4, 2026 lúc 09:30 ·

📌 KẾT QUẢ NỔI BẬT CÔNG TÁC TUYÊN GIÁO QUÝ I NĂM 2026

Quý I năm 2026, Đảng ủy xã Đông Anh tập trung tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031. Một số kết quả chính:

✅ 02 hội nghị cấp xã học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
✅ 71 lớp ở các chi bộ, với 6.034 lượt cán bộ, đảng viên
✅ Tỷ lệ đảng viên tham gia: 95,1%; còn dưới 300 đảng viên chưa tham gia do ốm đau, đi làm xa
✅ 118 buổi tuyên truyền miệng về bầu cử, khoảng 14.600 lượt cử tri dự nghe
✅ Treo 1.240 băng rôn, khẩu hiệu; xe loa chạy 210 lượt
✅ 3 đợt sinh hoạt chính trị, tư tưởng với chủ đề "Mừng Đảng, mừng Xuân"
✅ Fanpage "Đông Anh hôm nay" đăng 327 tin, bài, 46 video ngắn

Cuộc bầu cử ngày 15/3/2026 diễn ra thành công, tỷ lệ cử tri đi bầu của xã đạt 99,81%. Xã chia địa bàn thành 52 khu vực bỏ phiếu, với khoảng 96 nghìn cử tri.

Xã Đông Anh được thành lập từ ngày 1/7/2025 trên cơ sở thị trấn Đông Anh và các xã Uy Nỗ, Việt Hùng, Tiên Dương, Vân Hà, với dân số khoảng 130 nghìn người. Chỉ sau hơn 8 tháng vận hành chính quyền địa phương hai cấp, bộ máy tuyên giáo của xã đã đi vào nền nếp.

"Năm nay nhà tôi 4 người đi bầu, ai cũng nắm rõ lý lịch ứng cử viên nhờ đọc trên nhóm Zalo thôn", bà Đỗ Thị Hoa, 66 tuổi, ở thôn Đản Mỗ, chia sẻ dưới bài đăng.

🗣 Đồng chí Bí thư Đảng ủy xã chia sẻ: "Nhờ 318 nhóm Zalo thôn, xóm, mọi thông tin về bầu cử đến được từng hộ chỉ sau vài phút. Quý I, xã cũng đã khen thưởng 8 tập thể, 19 cá nhân có thành tích xuất sắc."

👉 Quý II, xã sẽ tổ chức Hội thi tuyên truyền viên giỏi với dự kiến 30 đội tham gia, mỗi đội 3 thành viên.

#DongAnh #TuyenGiao #BauCu2026
❤️ 214 · 37 bình luận · 52 lượt chia sẻ
"""

D07, D08, D09 = "2025-09-26", "2026-01-06", "2026-04-05"
P07 = since("2025-07-01", "2025-09-25")
P08 = quarter(4, 2025)
P09 = quarter(1, 2026)

DOCS = [
    Doc("h32_07", T07, BANCO, P07, D07, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 412", 412, "study_attendance", a="party_members"),
        F("Lớp ở các chi bộ: 38", 38, "study_sessions"),
        F("Đảng viên dự học: 1.986/2.140 đồng chí", 1986, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 92,8%", 92.8, "study_participation_rate"),
        F("Buổi thảo luận chi bộ: 76", 76, "party_cell_discussions"),
        F("Buổi tuyên truyền miệng tại khu phố: 27", 27, "oral_propaganda_sessions"),
        F("lượt người dân nghe: khoảng 2.350", 2350, "propaganda_audience", "approx",
          a="masses"),
        F("Cách mạng Tháng Tám: 460", 460, "other"),
        F("trang thông tin điện tử phường: 184", 184, "news_items"),
        F("\"Phường Bàn Cờ\": 236", 236, "news_items"),
        F("Nhóm Zalo khu phố: 21 nhóm", 21, "chat_groups", p=end_of(P07)),
        F("hiện có 9.800 thành viên", 9800, "chat_group_members", p=inst(D07)),
        F("đội ngũ 15 cộng tác viên", 15, "opinion_collaborators", p=end_of(P07)),
        F("Thành ủy 9 báo cáo định kỳ", 9, "opinion_reports"),
        F("2 báo cáo đột xuất", 2, "opinion_reports"),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 12-BC/ĐU", 12), ("ngày 26 tháng 9 năm 2025", 26), ("01/7/2025", 1),
              ("25/9/2025", 25), ("các phường 1, 2, 3, 5", 1), ("2, 3, 5", 2), ("3, 5", 3),
              ("Quận 3 cũ", 3), ("khoảng 1,1 km²", 1.1), ("gần 60 nghìn người", 60000),
              ("38 tổ chức cơ sở đảng", 38), ("với 2.140 đảng viên", 2140),
              ("lần thứ I, nhiệm kỳ 2025 – 2030", 2025), ("57-NQ/TW", 57), ("59-NQ/TW", 59),
              ("66-NQ/TW", 66), ("68-NQ/TW", 68), ("2 buổi/chi bộ", 2),
              ("Quốc khánh 2/9", 2), ("80 năm", 80), ("QUÝ IV NĂM 2025", 2025),
              ("Tổ chức 02 hội nghị", 2), ("100% khu phố", 100), ("tối thiểu 150 tin", 150),
              ("tại 6 khu phố", 6), ("1. Học tập", 1), ("2. Tuyên truyền", 2),
              ("3. Nắm bắt", 3), ("4. Khen thưởng", 4)]),
    Doc("h32_08", T08, HKIEM, P08, D08, "sidecar", meta={"date": D08}, facts=[
        F("tổ chức 01 hội nghị cấp phường và 64 lớp", 1, "study_sessions"),
        F("64 lớp ở các chi bộ", 64, "study_sessions"),
        F("thu hút 5.322 lượt đảng viên", 5322, "study_attendance", a="party_members"),
        F("đạt 97,4%", 97.4, "study_participation_rate"),
        F("quần chúng có 830 lượt dự nghe", 830, "study_attendance", a="masses"),
        F("Phường hiện có 41 nhóm Zalo", 41, "chat_groups", p=inst(D08)),
        F("hơn 12.000 thành viên", 12000, "chat_group_members", "at_least", p=inst(D08)),
        F("chia sẻ gần 900 tin, bài", 900, "news_items", "at_most"),
        F("tổ chức 14 buổi nói chuyện", 14, "oral_propaganda_sessions"),
        F("Cửa Nam tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=CNAM),
        F("49 lớp ở chi bộ", 49, "study_sessions", unit=CNAM),
        F("với 3.968 lượt đảng viên", 3968, "study_attendance", a="party_members",
          unit=CNAM),
        F("đạt 96,2%", 96.2, "study_participation_rate", unit=CNAM),
        F("chưa tham gia là 152 đồng chí", 152, "other", unit=CNAM),
        F("mở 2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes", unit=CNAM),
        F("cho 86 học viên", 86, "trainees", unit=CNAM),
        F("hiện có 24 người", 24, "opinion_collaborators", unit=CNAM, p=inst(D08)),
        F("gửi 11 báo cáo dư luận", 11, "opinion_reports", unit=CNAM),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=CNAM),
        F("6 tập thể và 10 cá nhân", 10, "commended_individuals", unit=CNAM),
        F("hiện có khoảng 7.600 người theo dõi", 7600, "propaganda_audience", "approx",
          unit=CNAM, p=inst(D08)),
    ], traps=[("Đại hội XVIII", 18), ("Quý IV năm 2025", 2025), ("lần thứ XVIII", 18),
              ("nhiệm kỳ 2025 – 2030", 2025), ("71 năm", 71), ("khoảng 18 nghìn hộ dân", 18000),
              ("ở đây 30 năm", 30), ("Năm 2026", 2026), ("ít nhất 40 buổi", 40),
              ("5 tuyến phố", 5), ("24-CT/TU", 24)]),
    Doc("h32_09", T09, DANH, P09, D09, "text", facts=[
        F("✅ 02 hội nghị cấp xã học tập", 2, "study_sessions"),
        F("✅ 71 lớp ở các chi bộ", 71, "study_sessions"),
        F("với 6.034 lượt cán bộ, đảng viên", 6034, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 95,1%", 95.1, "study_participation_rate"),
        F("còn dưới 300 đảng viên chưa tham gia", 300, "other", "at_most"),
        F("✅ 118 buổi tuyên truyền miệng", 118, "oral_propaganda_sessions"),
        F("khoảng 14.600 lượt cử tri dự nghe", 14600, "propaganda_audience", "approx"),
        F("Treo 1.240 băng rôn", 1240, "other"),
        F("xe loa chạy 210 lượt", 210, "other"),
        F("✅ 3 đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("đăng 327 tin, bài", 327, "news_items"),
        F("46 video ngắn", 46, "news_items"),
        F("Nhờ 318 nhóm Zalo", 318, "chat_groups", p=end_of(P09)),
        F("khen thưởng 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể, 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("05 tháng 4, 2026", 5), ("09:30", 9), ("QUÝ I NĂM 2026", 2026),
              ("Quý I năm 2026", 2026), ("lần thứ XIV", 14), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026), ("Đại hội XIV", 14), ("ngày 15/3/2026", 15),
              ("đạt 99,81%", 99.81), ("52 khu vực bỏ phiếu", 52), ("khoảng 96 nghìn cử tri", 96000),
              ("ngày 1/7/2025", 1), ("khoảng 130 nghìn người", 130000), ("hơn 8 tháng", 8),
              ("nhà tôi 4 người", 4), ("66 tuổi", 66), ("dự kiến 30 đội", 30), ("mỗi đội 3 thành viên", 3), ("#BauCu2026", 2026),
              ("❤️ 214", 214), ("37 bình luận", 37), ("52 lượt chia sẻ", 52)]),
]
