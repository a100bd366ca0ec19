"""Twentieth held-out set (holdout20), part 1: HCM districts and TP Thủ Đức (2017-2025).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h20_01 (district portal press release, Quận 3, H1 2017): "Cập nhật ngày 18/07/2017" is the
  document date. "02 hội nghị cấp quận" are study sessions (the sentence names học tập, quán
  triệt); "97 lớp ... 8.214 lượt cán bộ, đảng viên tham dự, đạt 96,8%; riêng quần chúng có 2.350
  lượt tham dự" gives the classes, the attendance, the rate and the masses' attendance. The
  Trung tâm Bồi dưỡng chính trị quận is the district's own body (training_classes/trainees of
  Quận 3). "hai đợt sinh hoạt chính trị" = 2 political_campaigns; the anniversaries "100 năm",
  "70 năm" are traps. "Đài Truyền thanh quận phát 118 chương trình" are news_items. "52 báo cáo
  ... từ đội ngũ cộng tác viên ở 14 phường": the reports are opinion_reports, the wards a trap.
  "tăng 9 lớp so với cùng kỳ" (comparison), the address (số 185, phường 5) and every number of
  the "Sáu tháng cuối năm, Ban sẽ ..." paragraph (plans) are traps.
- h20_02 (three-sentence item, Huyện Cần Giờ, quý II/2020): no date in the text, the sidecar
  gives it. "nói chuyện 11 lần" = 11 oral_propaganda_sessions; "khoảng 1.300 lượt người dân"
  propaganda_audience (masses, approx); "in 3.000 tờ gấp" copies printed = `other`; the
  island's residents ("khoảng 4.500 người sinh sống"), the dates of Bác Hồ's birthday and
  "130 năm" are traps.
- h20_03 (newspaper feature, TP Thủ Đức, year 2023): "Thứ Sáu, ngày 12/01/2024" is the
  document date; the sapo's "Năm 2023" is the article period. The tổ trưởng's and the worker's
  quotations are anecdotes (86 hộ, 79 hộ, 2–3 tin, 5 người, ages, "tổ dân phố 12", "khu phố 3").
  The Trưởng ban is introduced by name and title ("Theo ông Lê Văn Thành, Trưởng ban ...") and
  his quotation, attributed "ông Thành cho biết", is the unit's: 4 study conferences and 1.412
  chi bộ discussion sessions. "Hiện toàn thành phố có 1.386 nhóm Zalo ... khoảng 215 ngàn thành
  viên" are stocks at the document date; the fanpage's followers too. "34 trang fanpage của các
  phường" (no marker, in a sentence of the year) is an instant at 2023-12-31. The export zone's
  workforce ("khoảng 40.000 công nhân", "nơi làm việc của") is a trap; the 7.800 workers who
  listened are propaganda_audience (công nhân: audience `all`). "34 điểm cầu", "Nghị quyết
  98/2023/QH15", "34 phường", "hơn 1,2 triệu dân" and the 2024 target are traps.
- h20_04 (Q&A, Quận Tân Bình, nhiệm kỳ 2020–2025): "Thứ Ba, ngày 10 tháng 6 năm 2025" is the
  document date; the period is the term as written, 2020-01-01..2025-12-31. Lines "Đồng chí
  Trưởng ban: “...”" are the unit's; the bác tổ trưởng's words in single quotes ("140 hộ") are
  an anecdote. "15 đảng bộ phường và 27 chi, đảng bộ cơ sở mở 1.126 lớp": the structure is a
  trap, the classes a fact; "bình quân đạt 95,9%" is an average rate (fact). The 2021 online
  talks ("riêng năm 2021") get year(2021); "không quá 10 người" is a limit (trap). "Quận hiện
  có 1 cổng thông tin điện tử, 16 trang fanpage ... 412 nhóm Zalo ... gần 47.000 thành viên"
  and "Ban hiện có 120 cộng tác viên" are instants at the document date. "gửi về Ban 1.860 báo
  cáo" is a count. "đề nghị Thành ủy tặng bằng khen cho 3 tập thể" is a proposal (trap);
  "Cụm thi đua 3", "95 năm", "Kế hoạch 138", "Nghị quyết 54", "lần thứ XIII" and the plans of
  the last answer are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, term, year

Q3, CANGIO, THUDUC, TANBINH = (U("Quận 3"), U("Huyện Cần Giờ"), U("Thành phố Thủ Đức"),
                               U("Quận Tân Bình"))

# ---------------------------------------------------------------------------------------------
T01 = """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 3
Tin hoạt động

Quận 3 sơ kết công tác tuyên giáo 6 tháng đầu năm 2017
Cập nhật ngày 18/07/2017

Sáng 17/7, tại Hội trường Quận ủy (số 185 Cách Mạng Tháng Tám, phường 5), Ban Tuyên giáo Quận ủy Quận 3 tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm.

Trong 6 tháng, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 16 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, văn hóa; tổ chức 02 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 4 khóa XII gắn với Chỉ thị 05-CT/TW của Bộ Chính trị. Các chi, đảng bộ cơ sở đã mở 97 lớp với 8.214 lượt cán bộ, đảng viên tham dự, đạt 96,8%; riêng quần chúng có 2.350 lượt tham dự. Số lớp tăng 9 lớp so với cùng kỳ năm 2016.

Quận triển khai hai đợt sinh hoạt chính trị nhân kỷ niệm 100 năm Cách mạng Tháng Mười Nga và 70 năm Ngày Thương binh – Liệt sĩ. Trung tâm Bồi dưỡng chính trị quận mở 3 lớp bồi dưỡng nhận thức về Đảng với 245 học viên và 1 lớp sơ cấp lý luận chính trị cho 86 học viên.

Công tác tuyên truyền miệng được duy trì đều đặn với 64 buổi nói chuyện chuyên đề, thu hút hơn 5.600 lượt người nghe. Trang thông tin điện tử quận đăng 412 tin, bài; Đài Truyền thanh quận phát 118 chương trình thời sự địa phương. Ban tiếp nhận 52 báo cáo tình hình dư luận xã hội từ đội ngũ cộng tác viên ở 14 phường và tổ chức 06 hội nghị báo cáo viên định kỳ.

Sáu tháng cuối năm, Ban sẽ tham mưu tổ chức học tập Nghị quyết Trung ương 6 khóa XII cho 100% cán bộ chủ chốt, phấn đấu tỷ lệ đảng viên dự học đạt trên 95% và mở thêm 2 lớp sơ cấp lý luận chính trị.
"""
D01 = "2017-07-18"
P01 = h1(2017)

# ---------------------------------------------------------------------------------------------
T02 = """
Cần Giờ: Đưa tuyên truyền miệng ra đảo Thạnh An

(Thanhuytphcm.vn) – Quý II năm 2020, Ban Tuyên giáo Huyện ủy Cần Giờ cùng đội ngũ báo cáo viên của huyện ra xã đảo Thạnh An nói chuyện 11 lần, với khoảng 1.300 lượt người dân dự nghe. Nội dung tập trung vào phòng, chống dịch Covid-19, chống khai thác hải sản bất hợp pháp và kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2020). Huyện cũng in 3.000 tờ gấp phát đến từng hộ trên đảo, nơi có khoảng 4.500 người sinh sống.
"""
D02 = "2020-07-03"
P02 = quarter(2, 2020)

# ---------------------------------------------------------------------------------------------
T03 = """
Thứ Sáu, ngày 12/01/2024

Thủ Đức: Khi nghị quyết “lên” Zalo khu phố

(PLO) – Năm 2023, Thành ủy TP Thủ Đức đẩy mạnh đưa việc học tập, quán triệt nghị quyết lên không gian mạng, để mỗi nhóm Zalo khu phố trở thành một “lớp học” nhỏ.

18h ngày 4/1, điện thoại của bà Trần Thị Ngọc Lan, tổ trưởng tổ dân phố 12, khu phố 3, phường Linh Trung, liên tục báo tin nhắn mới. Bà vừa đăng bản tóm tắt nội dung chuyên đề năm 2023 lên nhóm. “Tổ tôi có 86 hộ thì 79 hộ đã vô nhóm. Tối nào tôi cũng đăng 2–3 tin, ai đọc rồi thì thả tim cho tôi biết”, bà Lan cười.

Theo ông Lê Văn Thành, Trưởng ban Tuyên giáo Thành ủy Thủ Đức, cách làm này được nhân rộng sau khi Quốc hội ban hành Nghị quyết 98/2023/QH15 về thí điểm cơ chế đặc thù phát triển TP.HCM. “Năm qua, chúng tôi tổ chức 4 hội nghị trực tuyến học tập, quán triệt các chuyên đề tại 34 điểm cầu phường; các chi bộ khu phố đã tổ chức 1.412 buổi sinh hoạt thảo luận, hỏi đáp về nghị quyết”, ông Thành cho biết.

Hiện toàn thành phố có 1.386 nhóm Zalo khu phố, tổ dân phố với khoảng 215 ngàn thành viên; fanpage “Tuyên giáo Thủ Đức” có gần 38.000 người theo dõi. Trong năm, trang thông tin điện tử của Thành ủy đăng 1.904 tin, bài, video; 34 trang fanpage của các phường đăng hơn 9.000 tin, bài.

Không chỉ trên mạng, tuyên truyền trực tiếp vẫn được coi trọng. Tại Khu chế xuất Linh Trung, nơi làm việc của khoảng 40.000 công nhân, Ban phối hợp Công đoàn tổ chức 26 buổi nói chuyện chuyên đề với 7.800 lượt công nhân dự nghe. “Nghe xong, tối về tôi kể lại cho 5 người ở chung phòng trọ”, anh Nguyễn Văn Tâm, 27 tuổi, kể. Trung tâm Chính trị TP Thủ Đức cũng mở 6 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 512 học viên.

TP Thủ Đức hiện có 34 phường với hơn 1,2 triệu dân. Năm 2024, thành phố đặt chỉ tiêu mỗi khu phố có ít nhất 1 nhóm Zalo do chi bộ quản lý.
"""
D03 = "2024-01-12"
P03 = year(2023)

# ---------------------------------------------------------------------------------------------
T04 = """
Thứ Ba, ngày 10 tháng 6 năm 2025

Tân Bình: Nhìn lại một nhiệm kỳ công tác tuyên giáo

Hướng tới kỷ niệm 95 năm Ngày truyền thống ngành Tuyên giáo của Đảng (1/8/1930 – 1/8/2025) và trước thời điểm quận kết thúc hoạt động để sắp xếp theo mô hình chính quyền địa phương hai cấp, phóng viên có cuộc trao đổi với đồng chí Phạm Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Tân Bình, về kết quả công tác tuyên giáo nhiệm kỳ 2020–2025.

PV: Thưa đồng chí, điểm nổi bật của công tác học tập nghị quyết trong nhiệm kỳ là gì?

Đồng chí Trưởng ban: “Trong nhiệm kỳ, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 214 văn bản chỉ đạo về công tác tuyên giáo. Riêng việc học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội XI Đảng bộ Thành phố, quận tổ chức 3 hội nghị cấp quận; 15 đảng bộ phường và 27 chi, đảng bộ cơ sở mở 1.126 lớp với 96.480 lượt cán bộ, đảng viên, tỷ lệ dự học bình quân đạt 95,9%.”

PV: Những năm dịch Covid-19, tuyên truyền miệng gặp nhiều khó khăn. Quận đã xoay xở thế nào?

Đồng chí Trưởng ban: “Có lúc các buổi sinh hoạt chỉ được tổ chức với không quá 10 người. Chúng tôi chuyển sang trực tuyến: riêng năm 2021, quận tổ chức 38 buổi nói chuyện thời sự trực tuyến, thu hút khoảng 24.000 lượt người xem. Có bác tổ trưởng nói với tôi: ‘Khu tôi 140 hộ, tối nào cũng mở điện thoại nghe chung’.”

PV: Còn mặt trận trên không gian mạng?

Đồng chí Trưởng ban: “Quận hiện có 1 cổng thông tin điện tử, 16 trang fanpage chính danh của quận và các phường, cùng 412 nhóm Zalo khu phố với gần 47.000 thành viên. Cả nhiệm kỳ, các trang này đăng trên 18.500 tin, bài, video clip. Ban hiện có 120 cộng tác viên dư luận xã hội; cả nhiệm kỳ, đội ngũ này gửi về Ban 1.860 báo cáo tình hình tư tưởng, dư luận.”

PV: Việc tham mưu các chương trình đặc thù của Thành phố được thực hiện ra sao?

Đồng chí Trưởng ban: “Quận bám sát Kế hoạch 138 của Thành ủy và Nghị quyết 54 của Quốc hội. Nhiệm kỳ qua, Ban Thường vụ Quận ủy khen thưởng 46 tập thể và 118 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đề nghị Thành ủy tặng bằng khen cho 3 tập thể. Ban Tuyên giáo Quận ủy nhiều năm liền dẫn đầu Cụm thi đua 3.”

PV: Xin đồng chí chia sẻ về thời gian tới?

Đồng chí Trưởng ban: “Từ ngày 1/7/2025, các phường mới sẽ tiếp nhận toàn bộ các nhóm Zalo, trang fanpage. Chúng tôi sẽ bàn giao hồ sơ của đội ngũ báo cáo viên và tổ chức 2 buổi tập huấn cho cán bộ tuyên giáo các phường mới trong tháng 6.”
"""
D04 = "2025-06-10"
P04 = term(2020, 2025)
NOW04 = inst(D04)

DOCS = [
    Doc("h20_01_q3_h1_2017", T01, Q3, P01, D01, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("02 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 97 lớp", 97, "study_sessions"),
        F("8.214 lượt cán bộ, đảng viên", 8214, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("quần chúng có 2.350 lượt", 2350, "study_attendance", a="masses"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes"),
        F("245 học viên", 245, "trainees"),
        F("1 lớp sơ cấp", 1, "training_classes"),
        F("cho 86 học viên", 86, "trainees"),
        F("64 buổi nói chuyện", 64, "oral_propaganda_sessions"),
        F("hơn 5.600 lượt người nghe", 5600, "propaganda_audience", "at_least"),
        F("đăng 412 tin, bài", 412, "news_items"),
        F("phát 118 chương trình", 118, "news_items"),
        F("tiếp nhận 52 báo cáo", 52, "opinion_reports"),
        F("06 hội nghị báo cáo viên", 6, "reporter_conferences"),
    ], traps=[("QUẬN 3", 3), ("Quận 3", 3), ("6 tháng đầu năm 2017", 6),
              ("18/07/2017", 18), ("Sáng 17/7", 17), ("số 185", 185), ("phường 5", 5),
              ("6 tháng cuối năm", 6), ("Trong 6 tháng", 6), ("Trung ương 4", 4),
              ("05-CT/TW", 5), ("tăng 9 lớp", 9), ("năm 2016", 2016), ("100 năm", 100),
              ("70 năm", 70), ("14 phường", 14), ("Trung ương 6", 6), ("100% cán bộ", 100),
              ("trên 95%", 95), ("thêm 2 lớp", 2)]),
    Doc("h20_02_cangio_q2_2020", T02, CANGIO, P02, D02, "sidecar", meta={"date": D02}, facts=[
        F("nói chuyện 11 lần", 11, "oral_propaganda_sessions"),
        F("khoảng 1.300 lượt người dân", 1300, "propaganda_audience", "approx", a="masses"),
        F("in 3.000 tờ gấp", 3000, "other"),
    ], traps=[("năm 2020", 2020), ("Covid-19", 19), ("130 năm", 130), ("19/5/1890", 19),
              ("19/5/2020", 19), ("khoảng 4.500 người", 4500)]),
    Doc("h20_03_thuduc_2023_feature", T03, THUDUC, P03, D03, "text", facts=[
        F("4 hội nghị trực tuyến", 4, "study_sessions"),
        F("1.412 buổi sinh hoạt thảo luận", 1412, "party_cell_discussions"),
        F("có 1.386 nhóm Zalo", 1386, "chat_groups", p=inst(D03)),
        F("khoảng 215 ngàn thành viên", 215000, "chat_group_members", "approx", p=inst(D03)),
        F("gần 38.000 người theo dõi", 38000, "propaganda_audience", "at_most", p=inst(D03)),
        F("đăng 1.904 tin, bài", 1904, "news_items"),
        F("34 trang fanpage", 34, "social_pages", p=end_of(P03)),
        F("hơn 9.000 tin, bài", 9000, "news_items", "at_least"),
        F("26 buổi nói chuyện", 26, "oral_propaganda_sessions"),
        F("7.800 lượt công nhân", 7800, "propaganda_audience"),
        F("mở 6 lớp bồi dưỡng", 6, "training_classes"),
        F("512 học viên", 512, "trainees"),
    ], traps=[("12/01/2024", 12), ("Năm 2023", 2023), ("18h ngày 4/1", 18),
              ("tổ dân phố 12", 12), ("khu phố 3", 3), ("chuyên đề năm 2023", 2023),
              ("86 hộ", 86), ("79 hộ", 79), ("2–3 tin", 2), ("Nghị quyết 98/2023/QH15", 98),
              ("34 điểm cầu", 34), ("khoảng 40.000 công nhân", 40000), ("5 người", 5),
              ("27 tuổi", 27), ("34 phường", 34), ("hơn 1,2 triệu dân", 1200000),
              ("Năm 2024", 2024), ("ít nhất 1 nhóm", 1)]),
    Doc("h20_04_tanbinh_term_qa", T04, TANBINH, P04, D04, "text", facts=[
        F("ban hành 214 văn bản", 214, "documents_issued"),
        F("3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 1.126 lớp", 1126, "study_sessions"),
        F("96.480 lượt cán bộ, đảng viên", 96480, "study_attendance", a="party_members"),
        F("bình quân đạt 95,9%", 95.9, "study_participation_rate"),
        F("38 buổi nói chuyện", 38, "oral_propaganda_sessions", p=year(2021)),
        F("khoảng 24.000 lượt người xem", 24000, "propaganda_audience", "approx",
          p=year(2021)),
        F("có 1 cổng thông tin điện tử", 1, "websites", p=NOW04),
        F("16 trang fanpage", 16, "social_pages", p=NOW04),
        F("412 nhóm Zalo", 412, "chat_groups", p=NOW04),
        F("gần 47.000 thành viên", 47000, "chat_group_members", "at_most", p=NOW04),
        F("trên 18.500 tin, bài", 18500, "news_items", "at_least"),
        F("120 cộng tác viên", 120, "opinion_collaborators", p=NOW04),
        F("gửi về Ban 1.860 báo cáo", 1860, "opinion_reports"),
        F("khen thưởng 46 tập thể", 46, "commended_collectives"),
        F("118 cá nhân", 118, "commended_individuals"),
    ], traps=[("ngày 10 tháng 6 năm 2025", 10), ("95 năm", 95), ("1/8/1930", 1),
              ("1/8/2025", 1), ("nhiệm kỳ 2020–2025", 2020), ("15 đảng bộ phường", 15),
              ("27 chi, đảng bộ", 27), ("Covid-19", 19), ("không quá 10 người", 10),
              ("năm 2021", 2021), ("140 hộ", 140), ("Kế hoạch 138", 138),
              ("Nghị quyết 54", 54), ("cho 3 tập thể", 3), ("Cụm thi đua 3", 3),
              ("Từ ngày 1/7/2025", 1), ("tổ chức 2 buổi tập huấn", 2), ("tháng 6", 6)]),
]
