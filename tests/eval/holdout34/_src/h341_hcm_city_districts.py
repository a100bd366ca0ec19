"""Held-out set holdout34, part 1: Ho Chi Minh City bodies and districts, 2024-2025
(before the 1 July 2025 reform).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv)
and the five sample reports for style, without reading or running the extractor.

Decisions taken where the guide leaves room (all four files):
- "Thành phố hiện có N báo cáo viên" / "Công đoàn cơ sở hiện quản lý N nhóm": "hiện" before
  the verb is read as the "hiện có" marker (instant at the document date).
- Attendances of people the guide does not list as party members or masses ("tiểu thương",
  "cử tri") keep audience `all`; "đoàn viên, công nhân lao động" is `masses`.
- In an interview, "Tính đến cuối năm 2024, quận có N báo cáo viên" is an instant at
  2024-12-31; "Đội ngũ N cộng tác viên" with no marker in a yearly report is an instant at the
  period's end (end_of).
- "N đoàn viên được kết nạp vào Đảng" (a counted result outside the taxonomy) is `other`.
- "mười hai lớp bồi dưỡng ... cho N đoàn viên ưu tú": the people a training class was held
  for are trainees.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

HCM = U("79")
Q3, Q10, PN, GV = U("Quận 3"), U("Quận 10"), U("Quận Phú Nhuận"), U("Quận Gò Vấp")

T01 = """
Thứ Sáu, ngày 12 tháng 7 năm 2024

Ban Tuyên giáo Thành ủy TP.HCM sơ kết 6 tháng: Đưa Nghị quyết 98 vào từng khu phố

(Thanhuytphcm.vn) - Chiều 11/7, tại Hội trường A, số 127 Trương Định (Quận 3), Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024 và triển khai nhiệm vụ 6 tháng cuối năm.

Báo cáo tại hội nghị cho biết, trong 6 tháng đầu năm, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành 37 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng, trong đó có 11 kế hoạch tuyên truyền kỷ niệm 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2024) và 70 năm Chiến thắng Điện Biên Phủ. Thành ủy tổ chức 4 hội nghị cấp thành phố học tập, quán triệt Nghị quyết số 98/2023/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển TP.HCM; các đảng bộ trực thuộc mở 1.914 lớp với 286.430 lượt cán bộ, đảng viên tham dự, đạt 96,8%.

Công tác phát huy đội ngũ báo cáo viên tiếp tục được chú trọng. Sáu tháng qua, Ban tổ chức 06 hội nghị báo cáo viên cấp thành phố (gồm 4 hội nghị trực tiếp, 2 hội nghị trực tuyến tới 312 điểm cầu). Thành phố hiện có 412 báo cáo viên cấp thành phố và 1.036 cộng tác viên dư luận xã hội. Trong 6 tháng, đội ngũ cộng tác viên gửi về Ban 2.315 báo cáo định kỳ và 186 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội, nhiều ý kiến xoay quanh việc tăng lương cơ sở từ ngày 1/7/2024 và giá nhà ở.

Trên không gian mạng, Trang thông tin điện tử Thành ủy và fanpage “Thông tin Thành ủy TP.HCM” đã đăng tải 6.842 tin, bài, video, infographic; fanpage hiện có khoảng 1,2 triệu người theo dõi. Riêng loạt sản phẩm về Nghị quyết 98 thu hút hơn 3,4 triệu lượt xem.

Thực hiện chủ đề năm 2024 của Thành phố, Ban Thường vụ Thành ủy triển khai hai đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ. Hội thi “Báo cáo viên giỏi” lần thứ IV có 52 thí sinh của 22 quận, huyện và TP Thủ Đức tham gia.

Phát biểu tham luận, ông Trần Văn Lượm, Tổ trưởng tổ dân phố 17, khu phố 4, phường 12, quận Gò Vấp, kể: “Tổ tôi có 128 hộ, tối nào tôi cũng đọc tin trên nhóm Zalo cho mấy ông bà lớn tuổi nghe”.

Trong 6 tháng cuối năm, Ban Tuyên giáo Thành ủy sẽ tập trung tuyên truyền đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ Thành phố lần thứ XII, nhiệm kỳ 2025 – 2030; phấn đấu 100% đảng viên được học tập các nghị quyết mới và tổ chức thêm 3 hội nghị báo cáo viên.
"""

T02 = """
Công đoàn Thành phố: Đưa thông tin chính thống đến công nhân qua “bữa cơm ca”

Năm 2024, Liên đoàn Lao động (LĐLĐ) TP.HCM xác định tuyên truyền, giáo dục chính trị tư tưởng cho đoàn viên, người lao động là nhiệm vụ xuyên suốt, nhất là tại các khu chế xuất, khu công nghiệp. Toàn thành phố có hơn 1,3 triệu đoàn viên công đoàn, sinh hoạt tại gần 32 nghìn công đoàn cơ sở.

Theo báo cáo tổng kết, trong năm các cấp công đoàn đã tổ chức 5.420 buổi nói chuyện chuyên đề, tuyên truyền pháp luật lao động, thu hút khoảng 1,12 triệu lượt đoàn viên, công nhân lao động. Tại Khu chế xuất Tân Thuận, nơi làm việc của chừng 60.000 công nhân, công đoàn các doanh nghiệp duy trì mô hình “Bữa cơm ca tuyên truyền”: mỗi buổi chỉ 15 phút trong giờ nghỉ trưa, báo cáo viên nói ngắn gọn về một chủ đề thời sự.

LĐLĐ Thành phố mở 38 lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở với 4.176 học viên; các cấp công đoàn mở thêm mười hai lớp bồi dưỡng nhận thức về Đảng cho 1.086 đoàn viên ưu tú. Trong năm có 946 đoàn viên công đoàn được kết nạp vào Đảng, tăng 114 người so với năm 2023.

Cuộc thi trắc nghiệm “Công nhân Thành phố tìm hiểu Bộ luật Lao động năm 2019” thu hút 215.380 lượt người dự thi, trong đó khoảng 64% là công nhân dưới 35 tuổi. Ban tổ chức trao 1 giải Đặc biệt, 3 giải Nhất và 50 giải Khuyến khích, tổng giá trị giải thưởng 120 triệu đồng.

Đến nay, LĐLĐ Thành phố duy trì 01 trang thông tin điện tử, 2 fanpage và 1 kênh TikTok với trên 420 nghìn người theo dõi. Công đoàn cơ sở hiện quản lý 6.870 nhóm Zalo với khoảng 390.000 thành viên. Trong năm, trang tin và các fanpage đăng 3.125 tin, bài, clip; bản tin “Lao động Thành phố” phát hành đủ 12 số, mỗi số in 15.000 bản phát miễn phí tại các khu nhà trọ.

“Phòng trọ em 4 người, cả 4 đứa đều đọc bản tin, có gì thắc mắc về lương, bảo hiểm thì gọi đường dây nóng”, chị Lò Thị Mai, công nhân một công ty giày ở Khu công nghiệp Tân Bình, chia sẻ. Theo LĐLĐ Thành phố, thu nhập bình quân của công nhân năm 2024 khoảng 9,2 triệu đồng/tháng.

Dịp tổng kết, LĐLĐ Thành phố tặng bằng khen cho 45 tập thể và 112 cá nhân; 5 tập thể được đề nghị Tổng LĐLĐ Việt Nam tặng bằng khen. Năm 2025, LĐLĐ Thành phố phấn đấu tổ chức ít nhất 6.000 buổi nói chuyện, hướng tới kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước.
"""

T03 = """
Cập nhật ngày 04-04-2025

Quận 3, Quận 10, Phú Nhuận: Hoàn thành học tập, quán triệt Kết luận 121-KL/TW về sắp xếp bộ máy

Trong quý I năm 2025, ba quận trung tâm đã tổ chức học tập, quán triệt Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết số 18-NQ/TW. Việc học tập gắn với công tác tư tưởng trong quá trình sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị.

* Quận 3

Quận ủy tổ chức 02 hội nghị cấp quận cho cán bộ chủ chốt của quận và 12 đảng bộ phường; các chi bộ trực thuộc mở 214 lớp với 9.876 lượt cán bộ, đảng viên, đạt 97,3%. Ban Tuyên giáo Quận ủy còn tổ chức 36 buổi nói chuyện chuyên đề tại khu phố, khoảng 4.300 lượt người dân dự nghe. Bà Nguyễn Thị Thu, 71 tuổi, ngụ hẻm 284 Lý Thái Tổ, kể: “Hẻm tôi 42 hộ, nghe cán bộ giải thích xong thì ai cũng hiểu vì sao phải sắp xếp lại phường”.

* Quận 10

Dù tháng 1 trùng Tết Nguyên đán, Quận 10 vẫn hoàn thành sớm việc học tập. Quận ủy tổ chức 1 hội nghị trực tiếp kết hợp trực tuyến tới 11 điểm cầu phường; 46 chi, đảng bộ cơ sở mở 176 lớp, thu hút 8.215/8.540 đảng viên tham gia; riêng quần chúng có 1.320 lượt dự nghe. Ban Thường vụ Quận ủy ban hành 09 văn bản chỉ đạo công tác tư tưởng trong quá trình sắp xếp; đội ngũ cộng tác viên dư luận xã hội gửi 27 báo cáo nhanh về tâm trạng cán bộ, công chức, người lao động.

* Quận Phú Nhuận

Quận ủy Phú Nhuận tổ chức 3 hội nghị, trong đó 1 hội nghị riêng cho cấp ủy viên; các chi bộ mở 128 lớp với 6.042 lượt cán bộ, đảng viên (đạt 98,05%). Sau học tập, 52 chi bộ khu phố tổ chức 104 buổi sinh hoạt chuyên đề thảo luận phương án sắp xếp 11 phường hiện nay thành 3 phường mới. Fanpage “Phú Nhuận ngày mới” đăng 312 tin, bài, clip giải đáp thắc mắc của người dân; Quận ủy khen thưởng 7 tập thể và 19 cá nhân có thành tích trong công tác tuyên truyền.

Theo kế hoạch, trong quý II, ba quận sẽ tổ chức các hội nghị chuyên đề về Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, bảo đảm 100% đảng viên được học tập trước ngày 30/6/2025.
"""

T04 = """
Tuyên giáo Gò Vấp: “Đi từng hẻm, gõ từng cửa”

Nhân dịp tổng kết công tác năm 2024, phóng viên trao đổi với đồng chí Lê Thị Kim Hoa, Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, về những kết quả và cách làm của ngành tuyên giáo quận.

PV: Thưa đồng chí, việc học tập, quán triệt nghị quyết ở Gò Vấp năm qua có điểm gì mới?

Đồng chí Trưởng ban: “Năm 2024, Ban Thường vụ Quận ủy tổ chức 5 hội nghị cấp quận học tập, quán triệt các nghị quyết Hội nghị Trung ương 8, 9, 10 khóa XIII. Các đảng bộ phường, đảng bộ cơ sở mở 1.146 lớp, thu hút 24.780 lượt cán bộ, đảng viên và 3.950 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 96,7%. Còn 318 đảng viên chưa tham gia, chủ yếu do tuổi cao, đau ốm hoặc đi làm xa; chúng tôi giao chi bộ cử người đến tận nhà tóm tắt nội dung.”

PV: Không gian mạng là “mặt trận” mới. Quận đã làm gì?

Đồng chí Trưởng ban: “Quận hiện có một trang thông tin điện tử, 17 fanpage của quận và các phường, cùng 1.262 nhóm Zalo khu phố, tổ dân phố với khoảng 98.000 thành viên. Năm qua, các trang này đã đăng gần 9.400 tin, bài, video clip. Có bác tổ trưởng nói với tôi: ‘Tổ tôi 74 hộ thì 70 hộ đã vào nhóm, 4 hộ còn lại là người già, tôi tới tận nhà đọc cho nghe’. Nghe vậy mới thấy mỗi tổ trưởng là một tuyên truyền viên.”

PV: Còn đội ngũ báo cáo viên và cộng tác viên dư luận xã hội?

Đồng chí Trưởng ban: “Tính đến cuối năm 2024, quận có 42 báo cáo viên. Trong năm, Ban tổ chức 12 hội nghị báo cáo viên, bình quân mỗi tháng 1 hội nghị, để cập nhật thông tin thời sự. Đội ngũ 58 cộng tác viên dư luận xã hội của quận đã gửi 96 báo cáo định kỳ, 23 báo cáo đột xuất. Hội thi “Tuyên truyền viên giỏi” cấp quận có 34 thí sinh, 6 thí sinh xuất sắc nhất được chọn dự thi cấp thành phố.”

PV: Năm 2025 là năm đại hội đảng bộ các cấp. Quận chuẩn bị thế nào?

Đồng chí Trưởng ban: “Chúng tôi đặt mục tiêu tổ chức ít nhất 300 buổi tuyên truyền miệng về dự thảo văn kiện, phấn đấu 100% khu phố có nhóm Zalo hoạt động thường xuyên, hướng tới Đại hội Đảng bộ quận lần thứ XII, nhiệm kỳ 2025 – 2030.”
"""

D01, D02, D03, D04 = "2024-07-12", "2025-01-09", "2025-04-04", "2025-01-15"

DOCS = [
    Doc("h34_01", T01, HCM, h1(2024), D01, "text", facts=[
        F("ban hành 37 văn bản", 37, "documents_issued"),
        F("tổ chức 4 hội nghị cấp thành phố học tập", 4, "study_sessions"),
        F("mở 1.914 lớp", 1914, "study_sessions"),
        F("với 286.430 lượt cán bộ, đảng viên", 286430, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("tổ chức 06 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("hiện có 412 báo cáo viên", 412, "reporters", p=inst(D01)),
        F("1.036 cộng tác viên dư luận xã hội", 1036, "opinion_collaborators", p=inst(D01)),
        F("gửi về Ban 2.315 báo cáo định kỳ", 2315, "opinion_reports"),
        F("186 báo cáo đột xuất", 186, "opinion_reports"),
        F("đăng tải 6.842 tin, bài", 6842, "news_items"),
        F("khoảng 1,2 triệu người theo dõi", 1200000, "propaganda_audience", "approx",
          p=inst(D01)),
        F("hơn 3,4 triệu lượt xem", 3400000, "propaganda_audience", "at_least"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("có 52 thí sinh", 52, "contest_entries"),
    ], traps=[("ngày 12 tháng 7 năm 2024", 12), ("Chiều 11/7", 11), ("số 127 Trương Định", 127),
              ("(Quận 3)", 3), ("6 tháng đầu năm 2024", 6), ("6 tháng cuối năm.", 6),
              ("trong đó có 11 kế hoạch", 11), ("49 năm", 49), ("30/4/1975", 30),
              ("30/4/2024", 30), ("70 năm", 70), ("Nghị quyết số 98/2023/QH15", 98),
              ("Nghị quyết 98", 98), ("gồm 4 hội nghị trực tiếp", 4),
              ("2 hội nghị trực tuyến", 2), ("312 điểm cầu", 312), ("ngày 1/7/2024", 1),
              ("chủ đề năm 2024", 2024), ("22 quận, huyện", 22), ("tổ dân phố 17", 17),
              ("khu phố 4", 4), ("phường 12", 12), ("128 hộ", 128),
              ("nhiệm kỳ 2025 – 2030", 2025), ("100% đảng viên", 100),
              ("thêm 3 hội nghị báo cáo viên", 3)]),
    Doc("h34_02", T02, HCM, year(2024), D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 5.420 buổi nói chuyện chuyên đề", 5420, "oral_propaganda_sessions"),
        F("khoảng 1,12 triệu lượt đoàn viên", 1120000, "propaganda_audience", "approx",
          a="masses"),
        F("mở 38 lớp tập huấn nghiệp vụ", 38, "training_classes"),
        F("với 4.176 học viên", 4176, "trainees"),
        F("mười hai lớp bồi dưỡng nhận thức về Đảng", 12, "training_classes"),
        F("cho 1.086 đoàn viên ưu tú", 1086, "trainees"),
        F("có 946 đoàn viên công đoàn được kết nạp", 946, "other"),
        F("thu hút 215.380 lượt người dự thi", 215380, "contest_entries"),
        F("duy trì 01 trang thông tin điện tử", 1, "websites", p=inst(D02)),
        F("2 fanpage", 2, "social_pages", p=inst(D02)),
        F("1 kênh TikTok", 1, "social_pages", p=inst(D02)),
        F("trên 420 nghìn người theo dõi", 420000, "propaganda_audience", "at_least",
          p=inst(D02)),
        F("hiện quản lý 6.870 nhóm Zalo", 6870, "chat_groups", p=inst(D02)),
        F("khoảng 390.000 thành viên", 390000, "chat_group_members", "approx", p=inst(D02)),
        F("đăng 3.125 tin, bài", 3125, "news_items"),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("bằng khen cho 45 tập thể", 45, "commended_collectives"),
        F("112 cá nhân", 112, "commended_individuals"),
    ], traps=[("hơn 1,3 triệu đoàn viên công đoàn", 1300000),
              ("gần 32 nghìn công đoàn cơ sở", 32000), ("chừng 60.000 công nhân", 60000),
              ("15 phút", 15), ("tăng 114 người", 114), ("so với năm 2023", 2023),
              ("Bộ luật Lao động năm 2019", 2019), ("khoảng 64%", 64), ("35 tuổi", 35),
              ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("50 giải Khuyến khích", 50),
              ("120 triệu đồng", 120000000), ("mỗi số in 15.000 bản", 15000),
              ("em 4 người", 4), ("cả 4 đứa", 4), ("năm 2024 khoảng 9,2 triệu đồng/tháng", 9.2),
              ("5 tập thể được đề nghị", 5), ("Năm 2025", 2025),
              ("ít nhất 6.000 buổi", 6000), ("50 năm", 50)]),
    Doc("h34_03", T03, Q3, quarter(1, 2025), D03, "text", facts=[
        F("tổ chức 02 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 214 lớp", 214, "study_sessions"),
        F("với 9.876 lượt cán bộ, đảng viên", 9876, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("tổ chức 36 buổi nói chuyện", 36, "oral_propaganda_sessions"),
        F("khoảng 4.300 lượt người dân", 4300, "propaganda_audience", "approx", a="masses"),
        F("tổ chức 1 hội nghị trực tiếp", 1, "study_sessions", unit=Q10),
        F("mở 176 lớp", 176, "study_sessions", unit=Q10),
        F("thu hút 8.215/8.540 đảng viên", 8215, "study_attendance", a="party_members",
          unit=Q10),
        F("riêng quần chúng có 1.320 lượt dự nghe", 1320, "study_attendance", a="masses",
          unit=Q10),
        F("ban hành 09 văn bản", 9, "documents_issued", unit=Q10),
        F("gửi 27 báo cáo nhanh", 27, "opinion_reports", unit=Q10),
        F("Phú Nhuận tổ chức 3 hội nghị", 3, "study_sessions", unit=PN),
        F("mở 128 lớp", 128, "study_sessions", unit=PN),
        F("với 6.042 lượt cán bộ, đảng viên", 6042, "study_attendance", a="party_members",
          unit=PN),
        F("(đạt 98,05%)", 98.05, "study_participation_rate", unit=PN),
        F("tổ chức 104 buổi sinh hoạt chuyên đề", 104, "party_cell_discussions", unit=PN),
        F("đăng 312 tin, bài", 312, "news_items", unit=PN),
        F("khen thưởng 7 tập thể", 7, "commended_collectives", unit=PN),
        F("7 tập thể và 19 cá nhân", 19, "commended_individuals", unit=PN),
    ], traps=[("Cập nhật ngày 04-04-2025", 4), ("Quận 3, Quận 10", 3), ("Kết luận 121-KL/TW", 121),
              ("Kết luận số 121-KL/TW", 121), ("ngày 24/01/2025", 24),
              ("Nghị quyết số 18-NQ/TW", 18), ("quý I năm 2025", 1), ("* Quận 3", 3),
              ("12 đảng bộ phường", 12), ("71 tuổi", 71), ("hẻm 284", 284), ("42 hộ", 42),
              ("* Quận 10", 10), ("Dù tháng 1", 1), ("Quận 10 vẫn", 10),
              ("11 điểm cầu", 11), ("46 chi, đảng bộ", 46), ("trong đó 1 hội nghị", 1),
              ("52 chi bộ khu phố", 52), ("sắp xếp 11 phường", 11), ("thành 3 phường", 3),
              ("Nghị quyết 57-NQ/TW", 57), ("100% đảng viên", 100), ("ngày 30/6/2025", 30)]),
    Doc("h34_04", T04, GV, year(2024), D04, "sidecar", meta={"date": D04}, facts=[
        F("tổ chức 5 hội nghị cấp quận học tập", 5, "study_sessions"),
        F("mở 1.146 lớp", 1146, "study_sessions"),
        F("thu hút 24.780 lượt cán bộ, đảng viên", 24780, "study_attendance",
          a="party_members"),
        F("3.950 lượt quần chúng", 3950, "study_attendance", a="masses"),
        F("tham gia đạt 96,7%", 96.7, "study_participation_rate"),
        F("Còn 318 đảng viên chưa tham gia", 318, "other"),
        F("hiện có một trang thông tin điện tử", 1, "websites", p=inst(D04)),
        F("17 fanpage", 17, "social_pages", p=inst(D04)),
        F("1.262 nhóm Zalo", 1262, "chat_groups", p=inst(D04)),
        F("khoảng 98.000 thành viên", 98000, "chat_group_members", "approx", p=inst(D04)),
        F("gần 9.400 tin, bài", 9400, "news_items", "at_most"),
        F("quận có 42 báo cáo viên", 42, "reporters", p=inst("2024-12-31")),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("Đội ngũ 58 cộng tác viên", 58, "opinion_collaborators", p=end_of(year(2024))),
        F("gửi 96 báo cáo định kỳ", 96, "opinion_reports"),
        F("23 báo cáo đột xuất", 23, "opinion_reports"),
        F("có 34 thí sinh", 34, "contest_entries"),
    ], traps=[("năm 2024", 2024), ("Năm 2024", 2024), ("Trung ương 8, 9, 10", 8),
              ("9, 10 khóa", 9), ("10 khóa XIII", 10), ("Tổ tôi 74 hộ", 74), ("70 hộ", 70),
              ("4 hộ còn lại", 4), ("cuối năm 2024", 2024), ("mỗi tháng 1 hội nghị", 1),
              ("6 thí sinh xuất sắc nhất", 6), ("Năm 2025", 2025),
              ("ít nhất 300 buổi", 300), ("100% khu phố", 100), ("nhiệm kỳ 2025 – 2030", 2025)]),
]
