"""Held-out set holdout36, part 1: formal reports (a district report of Quận 5, a data annex of
Quận Tân Bình, a commune report of Xã Cần Giờ after the 2025 reform).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the five
sample reports for style, without reading or running the extractor.

Decisions where the guide leaves room (the same in all four parts of the set):
- A stock in a list line or a sentence with no "hiện có / hiện nay / đến nay / tính đến" marker
  is an instant at the end of the report's period (end_of), even when that end is after the
  document date (a half-year report dated 10 December).
- "N tiểu thương được tuyên truyền" is propaganda_audience with audience `all` (traders are not
  one of the words LABELING.md lists for `masses`).
- Parts in brackets right after a count ("17 văn bản (6 kế hoạch, 9 hướng dẫn, 2 thông báo)")
  are traps; the total is the fact.
- Two list lines "Hội nghị cấp xã: 01" under two sub-headings of the same study heading are two
  facts of the same value (both study_sessions).
- The sites an online meeting reached ("kết nối 34 điểm cầu") are traps; a rate "(đạt 96%)" in
  brackets after "Đảng viên dự học: N/M đồng chí" is that study's participation rate.
"""
from build_gold import Doc, F, U, W, end_of, h1, h2, inst, year

Q5, TBINH = U("Quận 5"), U("Quận Tân Bình")
XCG = W("Xã Cần Giờ", "79")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 5
BAN TUYÊN GIÁO
Số 86-BC/BTGQU
Quận 5, ngày 08 tháng 7 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

Thực hiện Hướng dẫn số 27-HD/BTGTU ngày 14/6/2019 của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy Quận 5 báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2019 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, hướng dẫn
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản lãnh đạo, chỉ đạo (6 kế hoạch, 9 hướng dẫn, 2 thông báo), tập trung vào việc thực hiện Chỉ thị 05-CT/TW và chuẩn bị các điều kiện cho Đại hội Đảng bộ quận lần thứ XI, nhiệm kỳ 2020 - 2025.

2. Học tập, quán triệt nghị quyết, chỉ thị
Ban Thường vụ Quận ủy chỉ đạo học tập, quán triệt Nghị quyết Trung ương 8, 9 khóa XII và các kết luận mới của Trung ương. Trên cơ sở hướng dẫn của Ban Tuyên giáo Thành ủy, 15 đảng bộ phường và 39 chi, đảng bộ cơ sở đã tổ chức học tập nghiêm túc. Kết quả cụ thể:
- Hội nghị cấp quận: 02;
- Lớp ở các đảng bộ, chi bộ cơ sở: 94;
- Lượt cán bộ, đảng viên dự: 8.436, đạt tỷ lệ 96,38%;
- Số đảng viên chưa tham gia: 318 người (chủ yếu do tuổi cao, ốm đau, đi làm ăn xa).
Trung tâm Bồi dưỡng chính trị quận mở 3 lớp sơ cấp lý luận chính trị và 2 lớp bồi dưỡng nhận thức về Đảng, với 341 học viên.

3. Tuyên truyền miệng, đội ngũ báo cáo viên
Đội ngũ báo cáo viên cấp quận hiện có 41 đồng chí. Trong 6 tháng, Ban đã tổ chức 03 hội nghị báo cáo viên (tháng 1, tháng 3 và tháng 5) để cung cấp thông tin thời sự, định hướng tuyên truyền. Báo cáo viên, tuyên truyền viên các cấp đã nói chuyện 127 buổi tại khu phố, trường học, hội quán, với khoảng 10.900 lượt người nghe. Riêng tại các chợ Kim Biên, An Đông và Hòa Bình, đã có 1.260 tiểu thương được tuyên truyền về văn minh thương mại, phòng cháy, chữa cháy.

4. Nắm bắt dư luận xã hội
Mạng lưới 56 cộng tác viên dư luận xã hội gửi về Ban 21 báo cáo định kỳ và 7 báo cáo đột xuất về tình hình tư tưởng, tâm trạng của cán bộ, đảng viên và Nhân dân, nhất là dư luận quanh việc chỉnh trang tuyến đường Trần Hưng Đạo và việc di dời Công ty Cổ phần Dược phẩm số 2.

5. Thông tin điện tử, bản tin
Trang thông tin điện tử Quận 5 đăng 734 tin, bài, trong đó 212 tin, bài về văn hóa người Hoa; fanpage “Quận 5 ngày nay” đăng thêm 1.046 bài viết, video ngắn. Bản tin Sinh hoạt chi bộ phát hành đủ 6 số, mỗi số 2.200 bản.

6. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Quận ủy phát động hai đợt sinh hoạt chính trị: kỷ niệm 89 năm Ngày thành lập Đảng và kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Các chi bộ đã tổ chức 462 buổi sinh hoạt chuyên đề năm 2019, nhiều chi bộ mời người dân cùng góp ý. Ban Thường vụ Quận ủy khen thưởng 14 tập thể và 23 cá nhân điển hình; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

Hạn chế: một số chi bộ khu phố tổ chức học tập còn hình thức; việc nắm bắt dư luận trên mạng xã hội có lúc chưa kịp thời.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
- Tổ chức 01 hội nghị quán triệt Nghị quyết Trung ương 10 khóa XII (khi có hướng dẫn);
- Phấn đấu 100% chi bộ sinh hoạt chuyên đề theo Quy định 08-QĐi/TW;
- Mở thêm 05 lớp bồi dưỡng lý luận chính trị cho khoảng 300 học viên.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
"""

T02 = """
QUẬN ỦY TÂN BÌNH
BAN TUYÊN GIÁO
*
Số 305-BC/BTGQU
Tân Bình, ngày 15 tháng 12 năm 2023

PHỤ LỤC SỐ LIỆU
Kèm theo Báo cáo tổng kết công tác tuyên giáo năm 2023

Số liệu do Ban Tuyên giáo Quận ủy tổng hợp từ báo cáo của 15 đảng bộ phường và 42 chi, đảng bộ cơ sở trực thuộc.

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
- Hội nghị cấp quận: 05 (trong đó 02 hội nghị trực tuyến tới 15 điểm cầu phường)
- Lớp ở cơ sở: 418
- Lượt cán bộ, đảng viên dự: 36.940; tỷ lệ: 97,3%
- Lượt quần chúng dự nghe: 5.215
- Số đảng viên chưa tham gia: 1.012 người

B. BỒI DƯỠNG LÝ LUẬN CHÍNH TRỊ, NGHIỆP VỤ
- Lớp sơ cấp lý luận chính trị: 04; học viên: 287 người
- Lớp bồi dưỡng đảng viên mới: 06; học viên: 402 người
- Lớp tập huấn nghiệp vụ tuyên giáo cho cán bộ cơ sở: 02

C. TUYÊN TRUYỀN MIỆNG, TRỰC QUAN
- Hội nghị báo cáo viên: 04
- Báo cáo viên cấp quận: 48 đồng chí (tính đến 30/11/2023)
- Buổi nói chuyện chuyên đề, thời sự: 236 – lượt người nghe: khoảng 19.800
- Băng rôn, khẩu hiệu, pano: 1.320
- Lượt xe loa tuyên truyền lưu động: 214

D. NẮM BẮT DƯ LUẬN XÃ HỘI
- Cộng tác viên dư luận xã hội: 71 đồng chí (tính đến 30/11/2023)
- Báo cáo dư luận xã hội: 44 định kỳ, 12 đột xuất

Đ. THÔNG TIN ĐIỆN TỬ, MẠNG XÃ HỘI
- Tin, bài trên cổng thông tin điện tử quận: 1.184; trên fanpage “Tân Bình hôm nay”: 2.067
- Fanpage của phường, đoàn thể hiện có: 27
- Nhóm Zalo khu phố: 168, số thành viên hiện nay khoảng 41.500 người
- Chuyên mục “Tân Sơn Nhất – cửa ngõ Thành phố” trên đài truyền thanh quận: phát 24 kỳ

E. THI ĐUA, KHEN THƯỞNG VÀ CÁC HOẠT ĐỘNG KHÁC
- Cuộc thi viết “Tân Bình – 47 năm xây dựng và phát triển” – lượt dự thi: 3.412
- Tập thể được khen thưởng: 16; cá nhân được khen thưởng: 29 người
- Bài thu hoạch học tập chuyên đề năm 2023: 6.870 bài
- Đợt sinh hoạt chính trị: 02

G. NHIỆM VỤ TRỌNG TÂM NĂM 2024
- Phấn đấu 98% đảng viên tham gia học tập nghị quyết;
- Tổ chức ít nhất 250 buổi nói chuyện chuyên đề, thời sự;
- Mỗi khu phố duy trì tối thiểu 1 nhóm Zalo có cán bộ tuyên giáo làm quản trị viên.
"""

T12 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY XÃ CẦN GIỜ
Số 37-BC/ĐU
Cần Giờ, ngày 10 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo, dân vận 6 tháng cuối năm 2025

Xã Cần Giờ được thành lập trên cơ sở thị trấn Cần Thạnh và xã Long Hòa theo Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, có diện tích khoảng 146 km², dân số hơn 42 nghìn người. Đảng bộ xã hiện có 34 chi bộ trực thuộc với 1.173 đảng viên. Sau hơn 5 tháng vận hành mô hình chính quyền địa phương hai cấp, Đảng ủy xã báo cáo kết quả như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp xã: 01
- Lớp ở các chi bộ: 27
- Đảng viên dự học: 1.126/1.173 đồng chí (đạt 96%)
b) Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I
- Hội nghị trực tuyến cấp xã: 01, kết nối 34 điểm cầu chi bộ
- Lượt cán bộ, đảng viên dự tại các điểm cầu: 1.098

2. Công tác tuyên truyền
- Buổi tuyên truyền miệng về mô hình chính quyền địa phương hai cấp: 46 – lượt người dân nghe: 3.870
- Băng rôn, cờ phướn chào mừng Đại hội Đảng bộ các cấp: 520
- Tờ gấp phát tới hộ dân: 4.500
- Tin, bài trên fanpage “Xã Cần Giờ”: 384; trên trang Zalo OA: 97
- Nhóm Zalo ấp, khu phố: 31, hiện có khoảng 10.200 thành viên

3. Nắm bắt dư luận xã hội
Xã hiện có 12 cộng tác viên dư luận xã hội, chủ yếu là bí thư chi bộ, trưởng ấp. Trong 6 tháng, đội ngũ này gửi 15 báo cáo định kỳ và 4 báo cáo đột xuất về tâm tư của ngư dân khi giá dầu diesel tăng hai lần liên tiếp trong tháng 10, về tiến độ tuyến đường ven biển và việc tổ chức lại bến phà Bình Khánh.

4. Thi đua, khen thưởng
Cuộc thi viết “Cần Giờ – vùng đất xanh bên biển” do Đảng ủy xã phát động đã nhận 214 bài dự thi; Ban tổ chức trao 12 giải, trong đó 1 giải Nhất. Đảng ủy xã tặng giấy khen cho 3 tập thể và 8 cá nhân có thành tích trong công tác tuyên truyền Đại hội.

Ông Trần Văn Út, 74 tuổi, ở ấp Miễu Ba, chia sẻ tại buổi trao giải: “Tôi đi biển hơn 40 năm, giờ viết về biển mà được giải, vui lắm”.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Tổ chức học tập Nghị quyết Đại hội XIV của Đảng cho 100% cán bộ, đảng viên;
- Phấn đấu mỗi ấp, khu phố có ít nhất 1 nhóm Zalo, tổng số thành viên đạt 15.000 người;
- Kiện toàn đội ngũ 20 tuyên truyền viên cơ sở; mở 2 lớp bồi dưỡng kỹ năng tuyên truyền.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

D01, D02, D12 = "2019-07-08", "2023-12-15", "2025-12-10"

DOCS = [
    Doc("h36_01", T01, Q5, h1(2019), D01, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Lớp ở các đảng bộ, chi bộ cơ sở: 94", 94, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 8.436", 8436, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 96,38%", 96.38, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 318 người", 318, "other"),
        F("mở 3 lớp sơ cấp lý luận chính trị", 3, "training_classes"),
        F("2 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes"),
        F("với 341 học viên", 341, "trainees"),
        F("hiện có 41 đồng chí", 41, "reporters", p=inst(D01)),
        F("tổ chức 03 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("nói chuyện 127 buổi", 127, "oral_propaganda_sessions"),
        F("khoảng 10.900 lượt người nghe", 10900, "propaganda_audience", "approx"),
        F("1.260 tiểu thương được tuyên truyền", 1260, "propaganda_audience"),
        F("Mạng lưới 56 cộng tác viên", 56, "opinion_collaborators", p=end_of(h1(2019))),
        F("gửi về Ban 21 báo cáo định kỳ", 21, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("đăng 734 tin, bài", 734, "news_items"),
        F("đăng thêm 1.046 bài viết", 1046, "news_items"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("phát động hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tổ chức 462 buổi sinh hoạt chuyên đề", 462, "party_cell_discussions"),
        F("khen thưởng 14 tập thể", 14, "commended_collectives"),
        F("14 tập thể và 23 cá nhân", 23, "commended_individuals"),
    ], traps=[("1. Công tác tham mưu", 1), ("2. Học tập, quán triệt nghị quyết, chỉ thị", 2),
              ("3. Tuyên truyền miệng", 3), ("4. Nắm bắt", 4), ("5. Thông tin điện tử", 5),
              ("6. Học tập và làm theo", 6), ("QUẬN ỦY QUẬN 5", 5), ("Số 86-BC/BTGQU", 86), ("Quận 5, ngày 08", 5),
              ("ngày 08 tháng 7 năm 2019", 8), ("6 tháng đầu năm 2019", 6),
              ("6 tháng cuối năm 2019", 6), ("Hướng dẫn số 27-HD/BTGTU", 27),
              ("ngày 14/6/2019", 14), ("Quận ủy Quận 5", 5), ("6 kế hoạch", 6),
              ("9 hướng dẫn", 9), ("2 thông báo", 2), ("Chỉ thị 05-CT/TW", 5),
              ("lần thứ XI", 11), ("nhiệm kỳ 2020 - 2025", 2020), ("Trung ương 8", 8),
              ("9 khóa XII", 9), ("15 đảng bộ phường", 15), ("39 chi, đảng bộ", 39),
              ("Trong 6 tháng", 6), ("tháng 1", 1), ("tháng 3", 3), ("tháng 5", 5),
              ("Dược phẩm số 2", 2), ("Trang thông tin điện tử Quận 5", 5),
              ("212 tin, bài", 212), ("Quận 5 ngày nay", 5), ("mỗi số 2.200 bản", 2200),
              ("89 năm", 89), ("50 năm", 50), ("chuyên đề năm 2019", 2019),
              ("cho 2 tập thể", 2), ("01 hội nghị", 1), ("Trung ương 10", 10),
              ("100% chi bộ", 100), ("Quy định 08-QĐi/TW", 8), ("05 lớp", 5),
              ("khoảng 300 học viên", 300)]),
    Doc("h36_02", T02, TBINH, year(2023), D02, "text", facts=[
        F("Hội nghị cấp quận: 05", 5, "study_sessions"),
        F("Lớp ở cơ sở: 418", 418, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 36.940", 36940, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,3%", 97.3, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 5.215", 5215, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 1.012 người", 1012, "other"),
        F("Lớp sơ cấp lý luận chính trị: 04", 4, "training_classes"),
        F("học viên: 287 người", 287, "trainees"),
        F("Lớp bồi dưỡng đảng viên mới: 06", 6, "training_classes"),
        F("học viên: 402 người", 402, "trainees"),
        F("cho cán bộ cơ sở: 02", 2, "training_classes"),
        F("Hội nghị báo cáo viên: 04", 4, "reporter_conferences"),
        F("Báo cáo viên cấp quận: 48 đồng chí", 48, "reporters", p=inst("2023-11-30")),
        F("thời sự: 236", 236, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 19.800", 19800, "propaganda_audience", "approx"),
        F("Băng rôn, khẩu hiệu, pano: 1.320", 1320, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 214", 214, "other"),
        F("Cộng tác viên dư luận xã hội: 71 đồng chí", 71, "opinion_collaborators",
          p=inst("2023-11-30")),
        F("44 định kỳ", 44, "opinion_reports"),
        F("12 đột xuất", 12, "opinion_reports"),
        F("cổng thông tin điện tử quận: 1.184", 1184, "news_items"),
        F("“Tân Bình hôm nay”: 2.067", 2067, "news_items"),
        F("đoàn thể hiện có: 27", 27, "social_pages", p=inst(D02)),
        F("Nhóm Zalo khu phố: 168", 168, "chat_groups", p=end_of(year(2023))),
        F("hiện nay khoảng 41.500 người", 41500, "chat_group_members", "approx",
          p=inst(D02)),
        F("phát 24 kỳ", 24, "news_items"),
        F("lượt dự thi: 3.412", 3412, "contest_entries"),
        F("Tập thể được khen thưởng: 16", 16, "commended_collectives"),
        F("cá nhân được khen thưởng: 29 người", 29, "commended_individuals"),
        F("năm 2023: 6.870 bài", 6870, "other"),
        F("Đợt sinh hoạt chính trị: 02", 2, "political_campaigns"),
    ], traps=[("Số 305-BC/BTGQU", 305), ("ngày 15 tháng 12 năm 2023", 15),
              ("công tác tuyên giáo năm 2023", 2023), ("15 đảng bộ phường", 15),
              ("42 chi, đảng bộ", 42), ("02 hội nghị trực tuyến", 2),
              ("15 điểm cầu phường", 15), ("tính đến 30/11/2023", 30),
              ("47 năm", 47), ("chuyên đề năm 2023", 2023), ("NĂM 2024", 2024),
              ("98% đảng viên", 98), ("ít nhất 250 buổi", 250), ("tối thiểu 1 nhóm Zalo", 1)]),
    Doc("h36_12", T12, XCG, h2(2025), D12, "text", facts=[
        F("Hội nghị cấp xã: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 27", 27, "study_sessions"),
        F("Đảng viên dự học: 1.126/1.173 đồng chí", 1126, "study_attendance",
          a="party_members"),
        F("(đạt 96%)", 96, "study_participation_rate"),
        F("Hội nghị trực tuyến cấp xã: 01", 1, "study_sessions"),
        F("dự tại các điểm cầu: 1.098", 1098, "study_attendance", a="party_members"),
        F("hai cấp: 46", 46, "oral_propaganda_sessions"),
        F("lượt người dân nghe: 3.870", 3870, "propaganda_audience", a="masses"),
        F("các cấp: 520", 520, "other"),
        F("Tờ gấp phát tới hộ dân: 4.500", 4500, "other"),
        F("“Xã Cần Giờ”: 384", 384, "news_items"),
        F("trên trang Zalo OA: 97", 97, "news_items"),
        F("Nhóm Zalo ấp, khu phố: 31", 31, "chat_groups", p=end_of(h2(2025))),
        F("hiện có khoảng 10.200 thành viên", 10200, "chat_group_members", "approx",
          p=inst(D12)),
        F("Xã hiện có 12 cộng tác viên", 12, "opinion_collaborators", p=inst(D12)),
        F("gửi 15 báo cáo định kỳ", 15, "opinion_reports"),
        F("4 báo cáo đột xuất", 4, "opinion_reports"),
        F("đã nhận 214 bài dự thi", 214, "contest_entries"),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể và 8 cá nhân", 8, "commended_individuals"),
    ], traps=[("1. Học tập, quán triệt", 1), ("2. Công tác tuyên truyền", 2),
              ("3. Nắm bắt", 3), ("4. Thi đua", 4), ("Số 37-BC/ĐU", 37), ("ngày 10 tháng 12 năm 2025", 10),
              ("6 tháng cuối năm 2025", 6), ("Nghị quyết số 1685/NQ-UBTVQH15", 1685),
              ("ngày 16/6/2025", 16), ("khoảng 146 km²", 146), ("hơn 42 nghìn người", 42000),
              ("34 chi bộ", 34), ("với 1.173 đảng viên", 1173), ("hơn 5 tháng", 5),
              ("chính quyền địa phương hai cấp,", 2), ("lần thứ I, nhiệm kỳ 2025 – 2030", 2025),
              ("34 điểm cầu", 34), ("Trong 6 tháng", 6), ("tăng hai lần", 2),
              ("tháng 10", 10), ("trao 12 giải", 12), ("1 giải Nhất", 1), ("74 tuổi", 74),
              ("Miễu Ba", 3), ("hơn 40 năm", 40), ("NĂM 2026", 2026),
              ("Đại hội XIV", 14), ("100% cán bộ", 100), ("ít nhất 1 nhóm Zalo", 1),
              ("15.000 người", 15000), ("20 tuyên truyền viên", 20), ("mở 2 lớp", 2)]),
]
