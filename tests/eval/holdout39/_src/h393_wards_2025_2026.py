"""holdout39, part 3: new wards and communes after the 2025-07-01 reform (Phường Long Biên,
Hà Nội, quý III/2025; Phường Sài Gòn, TP.HCM, 2025; Xã Bát Tràng and Phường Việt Hưng, Hà Nội,
quý I/2026; Xã Cần Giờ, TP.HCM, 6 tháng đầu năm 2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor.

Decisions where the guide leaves room:
- "duy trì 56 nhóm Zalo, hiện có khoảng 21.000 thành viên": the groups at the period's end, the
  members at the document date (even though the quarter ends after the report's date).
- An article that opens "Từ ngày 1/7/2025 đến nay" and has no period in its headline takes that
  span (to the web stamp's date) as its period.
- "Tháng 2, ... phường tổ chức 3 hội nghị báo cáo viên" in an official's words is dated
  February; "Cả quý, đội ngũ 28 cộng tác viên ..." dates the collaborators at the quarter's end.
- "một fanpage và một trang thông tin điện tử" after "hiện có" and other counts are counts of one.
- A fanpage post's stamp ("03 tháng 7, 2026 lúc 19:20") is the document date; its reactions and
  hashtags are traps.
"""
from build_gold import Doc, F, W, end_of, h1, inst, month, quarter, since

LB = W("Phường Long Biên", "01")
SG = W("Phường Sài Gòn", "79")
BTR, VH = W("Xã Bát Tràng", "01"), W("Phường Việt Hưng", "01")
XCG = W("Xã Cần Giờ", "79")

T07 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG LONG BIÊN
Số 21-BC/ĐU

Long Biên, ngày 26 tháng 9 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo và dân vận quý III năm 2025

Phường Long Biên (phường mới) được thành lập trên cơ sở các phường Long Biên, Thạch Bàn, Phúc Đồng và một phần phường Cự Khối, có 56 tổ dân phố với hơn 85 nghìn nhân khẩu. Đảng bộ phường hiện có 63 tổ chức cơ sở đảng với 3.912 đảng viên. Sau gần 3 tháng hoạt động theo mô hình chính quyền địa phương hai cấp, công tác tuyên giáo và dân vận của phường đạt một số kết quả như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Tham mưu ban hành văn bản
Ban Tuyên giáo và Dân vận Đảng ủy phường tham mưu BTV Đảng ủy ban hành 09 văn bản (04 kế hoạch, 05 hướng dẫn) về học tập nghị quyết, tuyên truyền các ngày lễ lớn và nắm tình hình tư tưởng.

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01 (trực tuyến tới 63 điểm cầu)
- Lớp ở chi bộ: 58
- Đảng viên dự học: 3.706/3.912 đồng chí, đạt 94,73%
b) Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị
- Lớp ở cơ sở: 61; lượt CB, ĐV dự: 3.654

3. Tuyên truyền
Fanpage “Phường Long Biên – Thông tin chính thống”, lập ngày 01/7/2025, đến nay có gần 12.500 người theo dõi; trong quý đăng 426 tin, bài, video clip. Các tổ dân phố duy trì 56 nhóm Zalo, hiện có khoảng 21.000 thành viên. Phường treo 820 băng rôn, khẩu hiệu chào mừng 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9; tổ chức 18 buổi tuyên truyền về vận hành chính quyền địa phương hai cấp với 2.460 lượt người dân tham dự.

4. Nắm bắt dư luận xã hội
Phường hiện có 15 cộng tác viên dư luận xã hội. Trong quý, Ban gửi Ban Tuyên giáo và Dân vận Thành ủy 06 báo cáo về tình hình tư tưởng, tâm trạng của cán bộ, đảng viên và nhân dân sau sắp xếp đơn vị hành chính.

II. NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức 01 hội nghị sơ kết 6 tháng hoạt động của chính quyền địa phương hai cấp.
- Phấn đấu 100% tổ dân phố có nhóm Zalo hoạt động thường xuyên; mở 02 lớp bồi dưỡng cho khoảng 120 tuyên truyền viên cơ sở.

Nơi nhận:
- Ban TG&DV Thành ủy (để b/c);
- Lưu VT.
"""

T08 = """
Cập nhật 18/11/2025 10:42

Phường Sài Gòn: Nhóm Zalo khu phố – “cánh cửa” thông tin gần dân

(TPHCM) – Sau hơn 4 tháng vận hành chính quyền địa phương hai cấp, Đảng ủy phường Sài Gòn – phường mới được thành lập trên cơ sở các phường Bến Nghé, Đa Kao và một phần phường Nguyễn Thái Bình của Quận 1 cũ – đã xây dựng được mạng lưới thông tin cơ sở khá bài bản.

Từ ngày 1/7/2025 đến nay, phường đã lập mới 38 nhóm Zalo khu phố, nâng tổng số lên 112 nhóm với khoảng 24.600 thành viên. Fanpage “Phường Sài Gòn” và kênh Zalo OA của phường đăng tải hơn 1.150 tin, bài, video clip, infographic về sắp xếp bộ máy, thủ tục hành chính mới, có lượt tiếp cận ước đạt 1,8 triệu. Phường cũng mở 2 lớp tập huấn kỹ năng quản trị nhóm Zalo cho 146 tổ trưởng, tổ phó khu phố.

Theo ông Phạm Minh Tuấn, Phó Bí thư Thường trực Đảng ủy phường Sài Gòn, bên cạnh mạng xã hội, phường vẫn coi trọng tuyên truyền trực tiếp. “Từ tháng 7 đến nay, các chi bộ khu phố đã tổ chức 64 buổi sinh hoạt chuyên đề; phường cũng tổ chức 27 buổi nói chuyện về Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, với khoảng 3.500 lượt người dân dự nghe”, ông Tuấn cho biết.

Là phường trung tâm của Sài Gòn xưa với Nhà hát Thành phố, phố đi bộ Nguyễn Huệ, bến Bạch Đằng, mỗi ngày phường đón khoảng 30.000 lượt du khách. Vì vậy, nhiều sản phẩm tuyên truyền về văn minh đô thị được làm song ngữ Việt – Anh và đặt mã QR tại các điểm tham quan.

“Hồi trước muốn biết lịch tiếp dân phải lên phường hỏi, giờ mở nhóm ra là thấy, có hôm nhóm đăng tới 6 thông báo”, bà Lê Thị Nga, 58 tuổi, khu phố 7, chia sẻ.

Đến hết năm 2025, phường phấn đấu 100% khu phố có ít nhất 2 nhóm Zalo và thành lập thêm 1 câu lạc bộ “Tuyên truyền viên trẻ”. Mọi phản ánh xin gửi về Đảng ủy phường, số 45 Lê Duẩn, hoặc đường dây nóng 028.3822.6547.
"""

T09 = """
Bát Tràng, Việt Hưng: Hai cách làm, một mục tiêu

Quý I năm 2026, công tác tuyên giáo ở xã Bát Tràng và phường Việt Hưng, hai đơn vị hành chính mới của Hà Nội sau sắp xếp, có nhiều cách làm gần dân, sát thực tế.

XÃ BÁT TRÀNG: Tuyên truyền giữa làng nghề gốm
Xã Bát Tràng được thành lập trên cơ sở các xã Bát Tràng, Kim Lan, Văn Đức và một phần xã Đa Tốn, nơi có hơn 1.000 hộ làm gốm với khoảng 3.000 lao động. Trong quý, Đảng ủy xã tổ chức 01 hội nghị cấp xã và 34 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội XIV của Đảng, với 2.318 lượt đảng viên dự, đạt 96,9%. Xã còn tổ chức 12 buổi nói chuyện ngay tại các lò gốm vào giờ nghỉ trưa, thu hút khoảng 900 lượt người lao động. Cuộc thi ảnh “Gốm Việt đón Xuân Bính Ngọ 2026” do xã phát động nhận 356 tác phẩm dự thi; ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba.

PHƯỜNG VIỆT HƯNG: “Zalo tổ dân phố” làm cầu nối
Phường Việt Hưng hiện có 74 nhóm Zalo tổ dân phố với gần 26.000 thành viên, một fanpage và một trang thông tin điện tử. Trong quý, các nhóm và trang này đăng khoảng 2.100 tin, bài, hình ảnh về Tết, lễ hội và bầu cử đại biểu Quốc hội khóa XVI.

Bà Nguyễn Thị Hà, Trưởng ban Tuyên giáo và Dân vận Đảng ủy phường Việt Hưng, cho biết: “Tháng 2, ngay sau Tết, phường tổ chức 3 hội nghị báo cáo viên, cộng tác viên để nắm dư luận về giá cả và an ninh trật tự. Cả quý, đội ngũ 28 cộng tác viên dư luận xã hội của phường đã gửi 19 báo cáo.”

Ông Đỗ Văn Lâm, tổ trưởng tổ dân phố số 9, kể: “Tổ tôi 240 hộ, trước Tết tôi đăng lịch thu gom rác lên nhóm là cả tổ biết, không phải đi gõ cửa từng nhà.”

Quý II, hai đơn vị dự kiến tổ chức Hội thi tuyên truyền viên giỏi với khoảng 40 thí sinh.
"""

T10 = """
Xã Cần Giờ – Trang thông tin chính thức
03 tháng 7, 2026 lúc 19:20 · 🌐

📌 KẾT QUẢ NỔI BẬT CÔNG TÁC TUYÊN GIÁO VÀ DÂN VẬN 6 THÁNG ĐẦU NĂM 2026 CỦA ĐẢNG ỦY XÃ CẦN GIỜ

Xã Cần Giờ (xã mới, thành lập trên cơ sở thị trấn Cần Thạnh và xã Long Hòa) có 14 ấp, khu phố với gần 36 nghìn người dân. Nửa năm qua, cùng với cả nước tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031, hệ thống tuyên giáo – dân vận của xã đạt những kết quả đáng ghi nhận:

✅ 02 hội nghị cấp xã học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ TP.HCM lần thứ I
✅ 41 lớp ở các chi bộ, với 1.876 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia đạt 97,4%
✅ 22 buổi tuyên truyền miệng về bầu cử và bảo vệ rừng ngập mặn, thu hút 2.940 lượt người dân
✅ Treo 460 băng rôn, cờ phướn; đội xe loa chạy 95 lượt trên các tuyến Rừng Sác, Duyên Hải
✅ Fanpage xã hiện có gần 9.800 người theo dõi; đăng 312 tin, bài, video clip
✅ 01 lớp bồi dưỡng nghiệp vụ tuyên giáo – dân vận cho 65 bí thư chi bộ, trưởng ấp
✅ Khen thưởng 6 tập thể, 15 cá nhân có thành tích trong công tác bầu cử

Tỷ lệ cử tri đi bầu của xã đạt 99,68%.

💬 “Nhà tôi 5 cử tri, sáng 15/3 đi bầu sớm rồi còn ra biển kịp con nước”, chị Trần Thị Út, 45 tuổi, ấp Đồng Hòa, vui vẻ kể.

👉 Nhiệm vụ 6 tháng cuối năm: tổ chức Hội thi tuyên truyền viên giỏi cấp xã, mở thêm 3 lớp bồi dưỡng kỹ năng số cho tổ trưởng tổ Zalo, phấn đấu 100% ấp có nhóm Zalo.

#XaCanGio #TuyenGiao2026
👍❤️ 126 · 18 bình luận · 9 lượt chia sẻ
"""

D07, D08, D09, D10 = "2025-09-26", "2025-11-18", "2026-04-06", "2026-07-03"
P08 = since("2025-07-01", D08)

DOCS = [
    Doc("h39_07", T07, LB, quarter(3, 2025), D07, "text", facts=[
        F("ban hành 09 văn bản", 9, "documents_issued"),
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở chi bộ: 58", 58, "study_sessions"),
        F("Đảng viên dự học: 3.706/3.912 đồng chí", 3706, "study_attendance",
          a="party_members"),
        F("đạt 94,73%", 94.73, "study_participation_rate"),
        F("Lớp ở cơ sở: 61", 61, "study_sessions"),
        F("lượt CB, ĐV dự: 3.654", 3654, "study_attendance", a="party_members"),
        F("gần 12.500 người theo dõi", 12500, "propaganda_audience", "at_most", p=inst(D07)),
        F("đăng 426 tin, bài", 426, "news_items"),
        F("duy trì 56 nhóm Zalo", 56, "chat_groups", p=end_of(quarter(3, 2025))),
        F("khoảng 21.000 thành viên", 21000, "chat_group_members", "approx", p=inst(D07)),
        F("treo 820 băng rôn", 820, "other"),
        F("tổ chức 18 buổi tuyên truyền", 18, "oral_propaganda_sessions"),
        F("2.460 lượt người dân", 2460, "propaganda_audience", a="masses"),
        F("hiện có 15 cộng tác viên", 15, "opinion_collaborators", p=inst(D07)),
        F("06 báo cáo về tình hình tư tưởng", 6, "opinion_reports"),
    ], traps=[("Số 21-BC/ĐU", 21), ("ngày 26 tháng 9 năm 2025", 26),
              ("quý III năm 2025", 2025), ("56 tổ dân phố", 56),
              ("hơn 85 nghìn nhân khẩu", 85000), ("63 tổ chức cơ sở đảng", 63),
              ("với 3.912 đảng viên", 3912), ("gần 3 tháng", 3), ("hai cấp", 2),
              ("(04 kế hoạch", 4), ("05 hướng dẫn", 5), ("nhiệm kỳ 2025 – 2030", 2025),
              ("63 điểm cầu", 63), ("57-NQ/TW", 57), ("68-NQ/TW", 68),
              ("ngày 01/7/2025", 1), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("QUÝ IV NĂM 2025", 2025), ("Tổ chức 01 hội nghị", 1), ("6 tháng", 6),
              ("100% tổ dân phố", 100), ("mở 02 lớp", 2), ("khoảng 120", 120)]),
    Doc("h39_08", T08, SG, P08, D08, "text", facts=[
        F("nâng tổng số lên 112 nhóm", 112, "chat_groups", p=inst(D08)),
        F("khoảng 24.600 thành viên", 24600, "chat_group_members", "approx", p=inst(D08)),
        F("hơn 1.150 tin, bài", 1150, "news_items", "at_least"),
        F("lượt tiếp cận ước đạt 1,8 triệu", 1800000, "propaganda_audience", "approx"),
        F("mở 2 lớp tập huấn", 2, "training_classes"),
        F("cho 146 tổ trưởng", 146, "trainees"),
        F("tổ chức 64 buổi sinh hoạt chuyên đề", 64, "party_cell_discussions"),
        F("tổ chức 27 buổi nói chuyện", 27, "oral_propaganda_sessions"),
        F("khoảng 3.500 lượt người dân", 3500, "propaganda_audience", "approx", a="masses"),
    ], traps=[("18/11/2025", 18), ("10:42", 10), ("hơn 4 tháng", 4), ("hai cấp", 2),
              ("Quận 1 cũ", 1), ("ngày 1/7/2025", 1), ("lập mới 38 nhóm", 38),
              ("nhiệm kỳ 2025 – 2030", 2025), ("khoảng 30.000 lượt du khách", 30000),
              ("6 thông báo", 6), ("58 tuổi", 58), ("khu phố 7", 7), ("năm 2025", 2025),
              ("100% khu phố", 100), ("ít nhất 2 nhóm", 2), ("thêm 1 câu lạc bộ", 1),
              ("số 45 Lê Duẩn", 45), ("028.3822.6547", 28)]),
    Doc("h39_09", T09, BTR, quarter(1, 2026), D09, "sidecar", meta={"date": D09}, facts=[
        F("tổ chức 01 hội nghị cấp xã", 1, "study_sessions", unit=BTR),
        F("34 lớp ở các chi bộ", 34, "study_sessions", unit=BTR),
        F("2.318 lượt đảng viên", 2318, "study_attendance", a="party_members", unit=BTR),
        F("đạt 96,9%", 96.9, "study_participation_rate", unit=BTR),
        F("tổ chức 12 buổi nói chuyện", 12, "oral_propaganda_sessions", unit=BTR),
        F("khoảng 900 lượt người lao động", 900, "propaganda_audience", "approx", unit=BTR),
        F("nhận 356 tác phẩm dự thi", 356, "contest_entries", unit=BTR),
        F("hiện có 74 nhóm Zalo", 74, "chat_groups", unit=VH, p=inst(D09)),
        F("gần 26.000 thành viên", 26000, "chat_group_members", "at_most", unit=VH,
          p=inst(D09)),
        F("một fanpage", 1, "social_pages", unit=VH, p=inst(D09)),
        F("một trang thông tin điện tử", 1, "websites", unit=VH, p=inst(D09)),
        F("đăng khoảng 2.100 tin, bài", 2100, "news_items", "approx", unit=VH),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences", unit=VH,
          p=month(2, 2026)),
        F("đội ngũ 28 cộng tác viên", 28, "opinion_collaborators", unit=VH,
          p=end_of(quarter(1, 2026))),
        F("đã gửi 19 báo cáo", 19, "opinion_reports", unit=VH),
    ], traps=[("Quý I năm 2026", 2026), ("hơn 1.000 hộ", 1000), ("khoảng 3.000 lao động", 3000),
              ("Bính Ngọ 2026", 2026), ("1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("3 giải Ba", 3), ("tổ dân phố số 9", 9), ("240 hộ", 240),
              ("khoảng 40 thí sinh", 40)]),
    Doc("h39_10", T10, XCG, h1(2026), D10, "text", facts=[
        F("02 hội nghị cấp xã", 2, "study_sessions"),
        F("41 lớp ở các chi bộ", 41, "study_sessions"),
        F("1.876 lượt cán bộ, đảng viên", 1876, "study_attendance", a="party_members"),
        F("đạt 97,4%", 97.4, "study_participation_rate"),
        F("22 buổi tuyên truyền miệng", 22, "oral_propaganda_sessions"),
        F("2.940 lượt người dân", 2940, "propaganda_audience", a="masses"),
        F("Treo 460 băng rôn", 460, "other"),
        F("chạy 95 lượt", 95, "other"),
        F("gần 9.800 người theo dõi", 9800, "propaganda_audience", "at_most", p=inst(D10)),
        F("đăng 312 tin, bài", 312, "news_items"),
        F("01 lớp bồi dưỡng nghiệp vụ", 1, "training_classes"),
        F("cho 65 bí thư chi bộ", 65, "trainees"),
        F("Khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("03 tháng 7, 2026", 3), ("19:20", 19), ("6 THÁNG ĐẦU NĂM 2026", 6),
              ("14 ấp, khu phố", 14), ("gần 36 nghìn người dân", 36000),
              ("nhiệm kỳ 2026 – 2031", 2026), ("đạt 99,68%", 99.68), ("5 cử tri", 5),
              ("15/3", 15), ("45 tuổi", 45), ("6 tháng cuối năm", 6), ("thêm 3 lớp", 3),
              ("100% ấp", 100), ("#TuyenGiao2026", 2026), ("126", 126),
              ("18 bình luận", 18), ("9 lượt chia sẻ", 9)]),
]
