"""holdout37, part 3: wards and communes after the 2025-07-01 reform (Hanoi: Phường Hoàn
Kiếm, Phường Tây Hồ, Phường Thanh Xuân, Xã Sóc Sơn, Xã Thường Tín; HCMC: Phường Sài Gòn),
2025-2026.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source
(holdout2/_src/g01_hcm_districts.py) for its format only, the seeds and the five sample
reports, without reading or running the extractor or any other evaluation set.

Decisions taken where the guide leaves room:
- "hiện duy trì" is read like "hiện có": the stocks of its clause are instants at the
  document date.
- A ward's section title in capitals ("PHƯỜNG TÂY HỒ: ...") governs every sentence of the
  paragraph under it; the Phó Bí thư Thường trực introduced by a title of the ward speaks for it.
- The stocks of a social post's headline span without a marker ("nâng tổng số lên 214 nhóm")
  are instants at the span's end, even when the post is dated a few days before it.
- "người lao động" in office towers reached by talks are audience `all`; fanpage followers are
  propaganda_audience at the document date.
- Predecessor wards and the former district ("Quận 1 cũ") are not actors (traps where they
  carry a number).
"""
from build_gold import Doc, F, W, end_of, h2, inst, quarter

PHK, PTH, PTX = W("Phường Hoàn Kiếm", "01"), W("Phường Tây Hồ", "01"), W("Phường Thanh Xuân", "01")
XSS, XTT = W("Xã Sóc Sơn", "01"), W("Xã Thường Tín", "01")
PSG = W("Phường Sài Gòn", "79")

T09 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG HOÀN KIẾM
Số 38-BC/ĐU

Hoàn Kiếm, ngày 18 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 6 tháng cuối năm 2025
và phương hướng, nhiệm vụ năm 2026

Phường Hoàn Kiếm được thành lập trên cơ sở các phường Hàng Trống, Hàng Bạc, Lý Thái Tổ, Tràng Tiền và một phần các phường lân cận, chính thức vận hành từ ngày 01/7/2025 theo mô hình chính quyền địa phương 2 cấp. Đảng bộ phường hiện có 64 tổ chức cơ sở đảng với hơn 4.300 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030
- Hội nghị cấp phường: 01 (trực tiếp kết hợp trực tuyến tới 64 điểm cầu)
- Lớp ở chi bộ: 58
- Đảng viên dự học: 4.126/4.318 đồng chí, đạt 95,55%
b) Nghị quyết Đại hội Đảng bộ thành phố Hà Nội lần thứ XVIII
- Hội nghị học tập: 02; lượt cán bộ, đảng viên dự: 3.980
- Quần chúng dự nghe: 640 lượt

2. Tuyên truyền
- Buổi nói chuyện thời sự tại tổ dân phố: 48 – lượt người nghe: khoảng 3.900
- Tin, bài trên trang thông tin điện tử phường: 412; trên fanpage "Phường Hoàn Kiếm": 538
- Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9 và Đại hội Đảng các cấp: 2.150
- Lượt xe loa tuyên truyền lưu động: 84

3. Mạng xã hội, dư luận xã hội
Phường hiện duy trì 1 trang thông tin điện tử, 2 fanpage và 126 nhóm Zalo tổ dân phố (hiện có gần 14.800 thành viên). Tổ cộng tác viên dư luận xã hội hiện có 21 đồng chí, đã gửi 9 báo cáo định kỳ, 4 báo cáo nhanh về tình hình tư tưởng, dư luận của Nhân dân sau sắp xếp.

4. Bồi dưỡng, khen thưởng
Phối hợp Trường Đào tạo cán bộ Lê Hồng Phong mở 02 lớp bồi dưỡng kỹ năng cho 136 bí thư chi bộ, tổ trưởng tổ dân phố. Đảng ủy phường khen thưởng 5 tập thể, 8 cá nhân; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1. Tổ chức học tập Nghị quyết Đại hội XIV của Đảng cho 100% cán bộ, đảng viên trong quý I.
2. Duy trì ít nhất 4 hội nghị báo cáo viên mỗi năm; thành lập thêm 10 nhóm Zalo tại các chung cư.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

T10 = """
Ba tháng đầu vận hành chính quyền hai cấp: Tuyên giáo cơ sở "bắt nhịp" nhanh

Cập nhật 06/10/2025 09:12

Từ ngày 1/7/2025, Hà Nội có 126 đơn vị hành chính cấp xã, gồm 51 phường và 75 xã. Trong quý III năm 2025, nhiều đảng ủy phường, xã đã nhanh chóng kiện toàn bộ máy và đưa công tác tuyên giáo vào nền nếp.

PHƯỜNG TÂY HỒ: Học nghị quyết bên hồ
Phường Tây Hồ được thành lập từ các phường Quảng An, Nhật Tân, Tứ Liên, Yên Phụ và một phần phường Bưởi, có 52 tổ dân phố với khoảng 74.000 dân. Trong quý, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 43 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, với 2.915 lượt đảng viên tham dự, đạt 96,3%. Phường hiện có 58 nhóm Zalo tổ dân phố, số thành viên khoảng 21.000 người. Bà Lê Thu Trang, Phó Bí thư Thường trực Đảng ủy phường, cho biết: "Trong 3 tháng, phường đã đăng 286 tin, bài trên fanpage, lượt tiếp cận ước đạt 410 nghìn."

PHƯỜNG THANH XUÂN: Chi bộ là hạt nhân
Đảng ủy phường Thanh Xuân ban hành 12 văn bản hướng dẫn, chỉ đạo công tác tư tưởng; tổ chức 2 hội nghị báo cáo viên cấp phường. Đội ngũ báo cáo viên của phường hiện có 17 đồng chí. Các chi bộ tổ chức 96 buổi sinh hoạt chuyên đề về xây dựng nếp sống văn minh đô thị, tăng 14 buổi so với quý II của các phường cũ cộng lại. "Trước kia họp tổ chỉ 30 người, giờ có buổi lên 80 người", ông Phạm Văn Khải, tổ trưởng tổ dân phố số 7, kể.

XÃ SÓC SƠN: Thi tìm hiểu chính quyền mới
Xã Sóc Sơn tổ chức cuộc thi trực tuyến tìm hiểu về chính quyền địa phương hai cấp, thu hút 6.734 lượt người dự thi; trao 01 giải Nhất, 02 giải Nhì. Xã triển khai 01 đợt sinh hoạt chính trị, tư tưởng về Nghị quyết Đại hội Đảng bộ xã; mở 1 lớp bồi dưỡng nghiệp vụ cho 85 cán bộ thôn. Đảng ủy xã khen thưởng 3 tập thể, 7 cá nhân tiêu biểu trong đợt cao điểm tuyên truyền Đại hội.
"""

T11 = """
Phường Sài Gòn: Đưa Nghị quyết Đại hội XIV đến từng khu phố

Quý I năm 2026, Đảng ủy phường Sài Gòn tập trung tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng ngay sau khi Đại hội bế mạc.

Phường được thành lập trên cơ sở 3 phường Bến Nghé, Đa Kao và Nguyễn Thái Bình (Quận 1 cũ), là trung tâm hành chính, tài chính với hàng trăm tòa nhà văn phòng; khu vực phố đi bộ Nguyễn Huệ mỗi ngày đón khoảng 30 nghìn lượt khách.

Đảng ủy phường tổ chức 2 hội nghị cấp phường theo hình thức trực tiếp, sau đó các chi bộ khu phố, chi bộ cơ quan mở 74 lớp. Số đảng viên tham gia học tập là 5.312/5.498 đồng chí, đạt 96,62%; riêng quần chúng có 1.870 lượt tham dự. Ban Thường vụ Đảng ủy phường ban hành 9 văn bản triển khai.

Ông Nguyễn Văn Dũng, Phó Bí thư Thường trực Đảng ủy phường Sài Gòn, cho biết: "Phường có 11 khu phố, địa bàn nhỏ nhưng người lao động tập trung đông. Trong quý, các khu phố tổ chức 35 buổi nói chuyện chuyên đề tại các tòa nhà văn phòng, với khoảng 4.100 lượt người lao động."

Trên không gian mạng, fanpage "Phường Sài Gòn" hiện có gần 32.000 người theo dõi. Trong quý, fanpage đăng 612 tin, bài, video, trong đó 140 video ngắn; kênh TikTok của phường phát 26 số chương trình "Sài Gòn 60 giây". Dịp Tết Bính Ngọ 2026, phường treo 860 lá cờ Tổ quốc và 240 băng rôn, khẩu hiệu.

Quý II, phường phấn đấu tổ chức ít nhất 40 buổi nói chuyện chuyên đề, hướng tới kỷ niệm 51 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2026).
"""

T12 = """
Đảng ủy xã Thường Tín
28 tháng 12, 2025 lúc 19:40 ·

📌 NHÌN LẠI CÔNG TÁC TUYÊN GIÁO 6 THÁNG CUỐI NĂM 2025 CỦA XÃ THƯỜNG TÍN

Sau gần 6 tháng vận hành chính quyền địa phương 2 cấp, xã Thường Tín (hình thành từ thị trấn Thường Tín và các xã Văn Phú, Hiền Giang, Hòa Bình, Nhị Khê, Khánh Hà) đã đạt được những kết quả đáng ghi nhận:

✅ 02 hội nghị cấp xã học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I và Nghị quyết Đại hội XVIII Đảng bộ Thành phố
✅ 96 lớp ở các chi bộ thôn, với 3.642 lượt cán bộ, đảng viên (đạt 94,8%)
✅ Bốn đợt sinh hoạt chính trị về truyền thống làng nghề và chính quyền mới
✅ 127 buổi tuyên truyền miệng tại nhà văn hóa thôn – lượt người nghe: hơn 9.600
✅ Treo 740 băng rôn, khẩu hiệu; đội xe loa chạy 152 lượt
✅ 38 nhóm Zalo thôn mới được lập, nâng tổng số lên 214 nhóm, hiện có khoảng 19.500 thành viên
✅ Fanpage của xã đăng 347 tin, bài, video, có lượt tiếp cận ước đạt 1,2 triệu
✅ 15 cộng tác viên dư luận xã hội gửi 12 báo cáo về tình hình dư luận
✅ Cuộc thi ảnh "Thường Tín - đất trăm nghề" nhận 418 tác phẩm; 10 tác phẩm xuất sắc nhất được trưng bày tại nhà văn hóa xã
✅ Văn bản chỉ đạo, hướng dẫn đã ban hành: 17
✅ Khen thưởng 4 tập thể, 11 cá nhân

🎯 Năm 2026: phấn đấu 100% thôn có nhóm Zalo, tổ chức ít nhất 250 buổi tuyên truyền miệng.

#ThuongTin #TuyenGiao
👍 86 lượt thích · 14 bình luận · 9 lượt chia sẻ

Bình luận:
Nguyễn Văn Tùng: Thôn em tháng này có 3 buổi nói chuyện liền, bà con đi đông lắm ạ 👏
Trần Thị Mai: Mong xã tổ chức thêm lớp hướng dẫn dùng VNeID cho người trên 60 tuổi.
"""

D09, D10, D11, D12 = "2025-12-18", "2025-10-06", "2026-04-08", "2025-12-28"
Q3_25 = quarter(3, 2025)

DOCS = [
    Doc("h37_09", T09, PHK, h2(2025), D09, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở chi bộ: 58", 58, "study_sessions"),
        F("Đảng viên dự học: 4.126/4.318 đồng chí", 4126, "study_attendance",
          a="party_members"),
        F("đạt 95,55%", 95.55, "study_participation_rate"),
        F("Hội nghị học tập: 02", 2, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 3.980", 3980, "study_attendance", a="party_members"),
        F("Quần chúng dự nghe: 640 lượt", 640, "study_attendance", a="masses"),
        F("Buổi nói chuyện thời sự tại tổ dân phố: 48", 48, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 3.900", 3900, "propaganda_audience", "approx"),
        F("trang thông tin điện tử phường: 412", 412, "news_items"),
        F("Phường Hoàn Kiếm\": 538", 538, "news_items"),
        F("Đại hội Đảng các cấp: 2.150", 2150, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 84", 84, "other"),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", p=inst(D09)),
        F("2 fanpage", 2, "social_pages", p=inst(D09)),
        F("126 nhóm Zalo", 126, "chat_groups", p=inst(D09)),
        F("gần 14.800 thành viên", 14800, "chat_group_members", "at_most", p=inst(D09)),
        F("hiện có 21 đồng chí", 21, "opinion_collaborators", p=inst(D09)),
        F("gửi 9 báo cáo định kỳ", 9, "opinion_reports"),
        F("4 báo cáo nhanh", 4, "opinion_reports"),
        F("mở 02 lớp bồi dưỡng", 2, "training_classes"),
        F("cho 136 bí thư chi bộ", 136, "trainees"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 8 cá nhân", 8, "commended_individuals"),
    ], traps=[("Số 38-BC/ĐU", 38), ("ngày 18 tháng 12 năm 2025", 18),
              ("6 tháng cuối năm 2025", 6), ("năm 2026", 2026), ("ngày 01/7/2025", 1),
              ("chính quyền địa phương 2 cấp", 2), ("có 64 tổ chức cơ sở đảng", 64),
              ("hơn 4.300 đảng viên", 4300), ("nhiệm kỳ 2025 - 2030", 2025),
              ("64 điểm cầu", 64), ("Quốc khánh 2/9", 2), ("01 cá nhân được đề nghị", 1),
              ("NĂM 2026", 2026), ("100% cán bộ", 100), ("ít nhất 4 hội nghị", 4),
              ("thêm 10 nhóm Zalo", 10)]),
    Doc("h37_10", T10, PTH, Q3_25, D10, "text", facts=[
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("43 lớp ở các chi bộ", 43, "study_sessions"),
        F("với 2.915 lượt đảng viên", 2915, "study_attendance", a="party_members"),
        F("đạt 96,3%", 96.3, "study_participation_rate"),
        F("hiện có 58 nhóm Zalo", 58, "chat_groups", p=inst(D10)),
        F("khoảng 21.000 người", 21000, "chat_group_members", "approx", p=inst(D10)),
        F("đã đăng 286 tin, bài", 286, "news_items"),
        F("ước đạt 410 nghìn", 410000, "propaganda_audience", "approx"),
        F("ban hành 12 văn bản", 12, "documents_issued", unit=PTX),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=PTX),
        F("hiện có 17 đồng chí", 17, "reporters", unit=PTX, p=inst(D10)),
        F("tổ chức 96 buổi sinh hoạt chuyên đề", 96, "party_cell_discussions", unit=PTX),
        F("thu hút 6.734 lượt người dự thi", 6734, "contest_entries", unit=XSS),
        F("triển khai 01 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=XSS),
        F("mở 1 lớp bồi dưỡng nghiệp vụ", 1, "training_classes", unit=XSS),
        F("cho 85 cán bộ thôn", 85, "trainees", unit=XSS),
        F("khen thưởng 3 tập thể", 3, "commended_collectives", unit=XSS),
        F("3 tập thể, 7 cá nhân", 7, "commended_individuals", unit=XSS),
    ], traps=[("Cập nhật 06/10/2025 09:12", 6), ("Từ ngày 1/7/2025", 1),
              ("126 đơn vị hành chính", 126), ("51 phường", 51), ("75 xã", 75),
              ("quý III năm 2025", 3), ("có 52 tổ dân phố", 52), ("khoảng 74.000 dân", 74000),
              ("Trong 3 tháng", 3), ("tăng 14 buổi", 14), ("quý II", 2),
              ("chỉ 30 người", 30), ("lên 80 người", 80), ("tổ dân phố số 7", 7),
              ("trao 01 giải Nhất", 1), ("02 giải Nhì", 2)]),
    Doc("h37_11", T11, PSG, quarter(1, 2026), D11, "sidecar", meta={"date": D11}, facts=[
        F("tổ chức 2 hội nghị cấp phường", 2, "study_sessions"),
        F("mở 74 lớp", 74, "study_sessions"),
        F("là 5.312/5.498 đồng chí", 5312, "study_attendance", a="party_members"),
        F("đạt 96,62%", 96.62, "study_participation_rate"),
        F("riêng quần chúng có 1.870 lượt tham dự", 1870, "study_attendance", a="masses"),
        F("ban hành 9 văn bản", 9, "documents_issued"),
        F("tổ chức 35 buổi nói chuyện chuyên đề", 35, "oral_propaganda_sessions"),
        F("khoảng 4.100 lượt người lao động", 4100, "propaganda_audience", "approx"),
        F("gần 32.000 người theo dõi", 32000, "propaganda_audience", "at_most", p=inst(D11)),
        F("đăng 612 tin, bài", 612, "news_items"),
        F("phát 26 số chương trình", 26, "news_items"),
        F("treo 860 lá cờ", 860, "other"),
        F("240 băng rôn", 240, "other"),
    ], traps=[("Quý I năm 2026", 1), ("3 phường", 3), ("Quận 1", 1),
              ("khoảng 30 nghìn lượt khách", 30000), ("có 11 khu phố", 11),
              ("trong đó 140 video", 140), ("60 giây", 60), ("Tết Bính Ngọ 2026", 2026),
              ("ít nhất 40 buổi", 40), ("51 năm", 51), ("30/4/1975", 30),
              ("30/4/2026", 30)]),
    Doc("h37_12", T12, XTT, h2(2025), D12, "text", facts=[
        F("02 hội nghị cấp xã", 2, "study_sessions"),
        F("96 lớp ở các chi bộ thôn", 96, "study_sessions"),
        F("với 3.642 lượt cán bộ, đảng viên", 3642, "study_attendance", a="party_members"),
        F("đạt 94,8%", 94.8, "study_participation_rate"),
        F("Bốn đợt sinh hoạt chính trị", 4, "political_campaigns"),
        F("127 buổi tuyên truyền miệng", 127, "oral_propaganda_sessions"),
        F("lượt người nghe: hơn 9.600", 9600, "propaganda_audience", "at_least"),
        F("Treo 740 băng rôn", 740, "other"),
        F("chạy 152 lượt", 152, "other"),
        F("nâng tổng số lên 214 nhóm", 214, "chat_groups", p=end_of(h2(2025))),
        F("khoảng 19.500 thành viên", 19500, "chat_group_members", "approx", p=inst(D12)),
        F("đăng 347 tin, bài", 347, "news_items"),
        F("ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("15 cộng tác viên dư luận xã hội", 15, "opinion_collaborators",
          p=end_of(h2(2025))),
        F("gửi 12 báo cáo", 12, "opinion_reports"),
        F("nhận 418 tác phẩm", 418, "contest_entries"),
        F("Văn bản chỉ đạo, hướng dẫn đã ban hành: 17", 17, "documents_issued"),
        F("Khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("28 tháng 12, 2025 lúc 19:40", 28), ("6 THÁNG CUỐI NĂM 2025", 6),
              ("gần 6 tháng", 6), ("chính quyền địa phương 2 cấp", 2),
              ("38 nhóm Zalo thôn mới", 38), ("10 tác phẩm xuất sắc nhất", 10),
              ("Năm 2026", 2026), ("100% thôn", 100), ("ít nhất 250 buổi", 250),
              ("86 lượt thích", 86), ("14 bình luận", 14), ("9 lượt chia sẻ", 9),
              ("có 3 buổi nói chuyện", 3), ("trên 60 tuổi", 60)]),
]
