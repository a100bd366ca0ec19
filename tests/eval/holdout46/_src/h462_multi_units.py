"""Held-out set holdout46, part 2: articles covering several units (Hanoi district sections, a
city paragraph between the lead and the district sections, a cluster table) and one HCMC
district before the 2025 reform.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the
five sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (for the whole set):
- A stock stated with no "hiện có / tính đến" marker in a paragraph governed by a period is an
  instant at that period's end (end_of); with the marker it is the document date.
- "Từ đầu năm" / "từ đầu năm đến nay" inside an interview both run from 1 January to the
  document date (the sidecar date when the text has no dateline).
- A concession opening a section ("Dù tháng 1 chỉ tổ chức được 1 hội nghị ...") keeps its own
  month for its count; the main clause keeps the article's quarter.
- Copies printed, leaflets and banners, a vehicle's runs, people who did not study, written
  assignments (bài thu hoạch), money funding the work and the collectives that sent contest
  entries are `other`.
- Followers of a fanpage are propaganda_audience at the document date.
- An activity named only by its level ("hai hội nghị cấp quận") after a named study, and bare
  "hội nghị"/"lớp" in sections of an article whose lead names one study, are study_sessions.
- Table with unit columns: one fact per cell; the evidence is the cell with the cell before it.
- Number words inside names ("chính quyền hai cấp") and a ward's former names are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter

HN, BDINH, HDONG, TTRI = U("01"), U("Quận Ba Đình"), U("Quận Hà Đông"), U("Huyện Thanh Trì")
MLINH, DANH = U("Huyện Mê Linh"), U("Huyện Đông Anh")
LBIEN, GLAM = U("Quận Long Biên"), U("Huyện Gia Lâm")
GVAP = U("Quận Gò Vấp")

# ---------------------------------------------------------------------------------------------
T05 = """
Ba Đình, Hà Đông, Thanh Trì: Hoàn thành học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII

(Hànộimới) - Trong quý I năm 2022, các quận Ba Đình, Hà Đông và huyện Thanh Trì đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII và Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.

* Quận Ba Đình

Quận ủy tổ chức 2 hội nghị cấp quận cho cán bộ chủ chốt; 14 đảng bộ phường và 46 chi, đảng bộ cơ sở mở 397 lớp, với 23.615 lượt cán bộ, đảng viên, đạt 97,08%. Hội nghị cấp quận được truyền trực tuyến tới 16 điểm cầu. Sau học tập, đảng viên đã nộp 22.890 bài thu hoạch, nhiều bài gắn với việc chỉnh trang các tuyến phố quanh khu vực Quảng trường Ba Đình.

“Chi bộ chúng tôi 58 đảng viên, phần lớn là cán bộ hưu trí, nên buổi nào cũng phải sắp xếp vào sáng Chủ nhật”, ông Đỗ Văn Tuấn, Bí thư Chi bộ số 7, phường Đội Cấn, kể.

* Quận Hà Đông

Quận ủy Hà Đông mở 01 hội nghị cấp quận; cơ sở tổ chức 512 hội nghị, thu hút hơn 31 nghìn lượt cán bộ, đảng viên (đạt 96,7%); riêng quần chúng có 4.800 lượt tham dự. Với 17 phường, quận giao Ban Tuyên giáo in và phát hành 2.500 cuốn tài liệu hỏi - đáp, mỗi cuốn 36 trang, gửi tới từng chi bộ.

* Huyện Thanh Trì

Dù trong tháng 1 chỉ tổ chức được 1 hội nghị do dịch Covid-19, cả quý Huyện ủy Thanh Trì vẫn hoàn thành 3 hội nghị cấp huyện; các đảng bộ xã, thị trấn mở 214 lớp với 12.960 lượt cán bộ, đảng viên tham dự, đạt 95,9%. Bình quân mỗi lớp có khoảng 60 người. Huyện có 15 xã và 1 thị trấn, nhiều chi bộ thôn phải chia thành hai ca học để bảo đảm giãn cách.

Theo kế hoạch, trong quý II các đơn vị sẽ sơ kết 5 năm thực hiện Nghị quyết Trung ương 4 khóa XII và tổ chức thêm 2 hội nghị chuyên đề.
"""

# ---------------------------------------------------------------------------------------------
T06 = """
Thứ Sáu, ngày 14 tháng 7 năm 2023

Tuyên truyền miệng “về gần” với người dân Thủ đô

Sáu tháng đầu năm 2023, công tác tuyên truyền miệng ở Hà Nội có nhiều chuyển động mới: báo cáo viên xuống tận tổ dân phố, thôn, xóm; các buổi nói chuyện ngắn hơn, gắn với những vấn đề người dân quan tâm.

Theo Ban Tuyên giáo Thành ủy, trong 6 tháng, Thành ủy đã tổ chức 6 hội nghị báo cáo viên theo hình thức trực tiếp kết hợp trực tuyến, kết nối tới 30 điểm cầu quận, huyện, thị xã. Đội ngũ báo cáo viên Thành ủy hiện có 102 đồng chí. Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023 do Thành ủy phát động đã nhận được hơn 1.100 tác phẩm. Với hơn 8,4 triệu dân, Thủ đô đặt ra yêu cầu rất cao với đội ngũ làm công tác tuyên truyền ở cơ sở.

Huyện Mê Linh: Nói chuyện thời sự ở đầu làng hoa

Sáu tháng qua, Ban Tuyên giáo Huyện ủy Mê Linh phối hợp các xã tổ chức 212 buổi nói chuyện thời sự, chính sách, thu hút gần 18 nghìn lượt người dân. Ở các làng hoa Mê Linh, Tráng Việt, buổi nói chuyện thường bắt đầu lúc 19h30, khi bà con đã xong việc ngoài đồng. Huyện duy trì 18 nhóm Zalo “Tuyên truyền viên thôn, xóm” với 1.460 thành viên và in 3.000 tờ gấp hỏi - đáp về dự thảo Luật Đất đai (sửa đổi).

“Có buổi cả xóm 40 hộ ra nghe, hỏi nhiều nhất là chuyện cấp sổ đỏ”, ông Nguyễn Văn Lực, 67 tuổi, ở thôn Hạ Lôi chia sẻ.

Huyện Đông Anh: Đưa thông tin đến công nhân khu công nghiệp

Khu công nghiệp Thăng Long trên địa bàn huyện thu hút khoảng 50.000 lao động, phần đông là người ngoại tỉnh. Trong 6 tháng đầu năm 2023, Đông Anh tổ chức 46 buổi nói chuyện chuyên đề tại các doanh nghiệp với khoảng 9.200 lượt công nhân, người lao động; Đài Truyền thanh huyện phát 124 chương trình thời sự và 36 kỳ chuyên mục “Đông Anh hôm nay”. Huyện ủy khen thưởng 5 tập thể, 9 cá nhân tiêu biểu trong công tác tuyên truyền ở doanh nghiệp.

Thời gian tới, Ban Tuyên giáo Thành ủy dự kiến mở thêm 2 lớp bồi dưỡng kỹ năng nói chuyện cho báo cáo viên cơ sở.
"""

# ---------------------------------------------------------------------------------------------
T07 = """
Cập nhật 09/10/2024 10:20

Long Biên, Gia Lâm, Thanh Trì: Giao ban công tác tuyên giáo quý III năm 2024

Ngày 8/10/2024, tại Quận ủy Long Biên, Cụm thi đua số 3 của Ban Tuyên giáo Thành ủy Hà Nội, gồm quận Long Biên, huyện Gia Lâm và huyện Thanh Trì, tổ chức giao ban công tác tuyên giáo quý III.

Đây là quý các địa phương tập trung tuyên truyền kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024) và học tập tấm gương Tổng Bí thư Nguyễn Phú Trọng. Kết quả chủ yếu của các đơn vị trong quý được tổng hợp như sau:

Chỉ tiêu | Quận Long Biên | Huyện Gia Lâm | Huyện Thanh Trì
Hội nghị, lớp học tập, quán triệt | 164 | 138 | 121
Lượt cán bộ, đảng viên dự học | 11.840 | 9.315 | 8.027
Tỷ lệ đảng viên tham gia (%) | 96,8 | 95,2 | 97,1
Buổi tuyên truyền miệng | 86 | 74 | 59
Tin, bài trên trang thông tin điện tử | 412 | 305 | 268
Báo cáo dư luận xã hội | 18 | 15 | 12
Băng rôn, khẩu hiệu, pano | 520 | 610 | 388

Bên cạnh số liệu chung, mỗi đơn vị có cách làm riêng. Gia Lâm phát hành đủ 3 số bản tin “Gia Lâm - Thông tin nội bộ”, mỗi số 1.200 bản. Thanh Trì duy trì 27 nhóm Zalo của chi bộ thôn, tổ dân phố với khoảng 4.300 thành viên. Long Biên mở 03 lớp tập huấn nghiệp vụ cho 186 cán bộ làm công tác tuyên giáo cơ sở.

“Trong quý, huyện tổ chức 2 đợt sinh hoạt chính trị về tấm gương Tổng Bí thư Nguyễn Phú Trọng, gần như toàn bộ đảng viên đều tham gia”, đồng chí Nguyễn Thị Hằng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Thanh Trì cho biết. Cũng theo đồng chí Hằng, huyện đang thí điểm mô hình “Loa tổ dân phố thông minh” tại 6 tổ dân phố của thị trấn Văn Điển. Đội ngũ cộng tác viên dư luận xã hội của Gia Lâm hiện có 38 người, được bổ sung sau khi một số cán bộ nghỉ hưu.

Kết thúc giao ban, Long Biên được xếp thứ 1/3 trong cụm. Quý IV, các đơn vị thống nhất sẽ tổ chức hội thi báo cáo viên giỏi cấp cụm vào tháng 11, dự kiến mỗi đơn vị cử 4 thí sinh.
"""

# ---------------------------------------------------------------------------------------------
T08 = """
Gò Vấp: Tháng Công nhân, báo cáo viên về tận khu nhà trọ

(Thanhuytphcm.vn) - Trong tháng 5/2024, Ban Tuyên giáo Quận ủy Gò Vấp phối hợp Liên đoàn Lao động quận đưa nhiều hoạt động tuyên truyền về các khu nhà trọ công nhân, nhân Tháng Công nhân năm 2024 và kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024).

Theo đồng chí Trần Minh Quân, Phó Trưởng ban Thường trực Ban Tuyên giáo Quận ủy Gò Vấp, trong tháng, quận tổ chức 27 buổi nói chuyện chuyên đề tại các khu nhà trọ ở phường 12, phường 15 và phường 16, với khoảng 3.400 lượt công nhân, người lao động tham dự, tăng 8 buổi so với tháng 4. “Có buổi trên 200 người, phải mượn cả sân trường mới đủ chỗ ngồi”, ông Quân nói. Các chi bộ khu phố cũng tổ chức 94 buổi sinh hoạt chuyên đề về chủ đề “Học Bác để làm việc tận tâm”.

Quận hiện có 1 fanpage “Gò Vấp ngày nay” với gần 35 nghìn người theo dõi và 16 fanpage của các phường. Trong tháng, các khu phố duy trì 488 nhóm Zalo, hiện có 57.000 thành viên; các nhóm và fanpage đăng tải 1.730 tin, bài, video clip.

Cuộc thi “Công nhân Gò Vấp với văn hóa doanh nghiệp” thu hút 2.860 bài dự thi của 64 công đoàn cơ sở; Ban tổ chức trao 25 giải, tổng giá trị giải thưởng 40 triệu đồng. Nhóm 24 cộng tác viên dư luận xã hội của quận gửi 9 báo cáo nhanh về tâm tư công nhân trước thông tin điều chỉnh lương cơ sở từ ngày 1/7/2024.

Chị Lò Thị Hoa, công nhân may quê Sơn La, thuê trọ ở phường 12, cho biết: “Phòng trọ của em có 4 người, tối nào rảnh cả phòng cũng đi nghe, vì được giải thích chuyện bảo hiểm xã hội rõ ràng”.

Tháng 6, quận dự kiến tổ chức thêm 12 buổi nói chuyện tại Nhà văn hóa Lao động quận (số 19 Nguyễn Văn Bảo, phường 4).
"""

D05, D06, D07, D08 = "2022-04-06", "2023-07-14", "2024-10-09", "2024-06-05"
Q1_22, H1_23, Q3_24, M5_24 = quarter(1, 2022), h1(2023), quarter(3, 2024), month(5, 2024)

DOCS = [
    Doc("h46_05", T05, BDINH, Q1_22, D05, "sidecar", meta={"date": D05}, facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 397 lớp", 397, "study_sessions"),
        F("với 23.615 lượt cán bộ, đảng viên", 23615, "study_attendance", a="party_members"),
        F("đạt 97,08%", 97.08, "study_participation_rate"),
        F("nộp 22.890 bài thu hoạch", 22890, "other"),
        F("mở 01 hội nghị cấp quận", 1, "study_sessions", unit=HDONG),
        F("tổ chức 512 hội nghị", 512, "study_sessions", unit=HDONG),
        F("hơn 31 nghìn lượt cán bộ, đảng viên", 31000, "study_attendance", "at_least",
          a="party_members", unit=HDONG),
        F("(đạt 96,7%)", 96.7, "study_participation_rate", unit=HDONG),
        F("có 4.800 lượt tham dự", 4800, "study_attendance", a="masses", unit=HDONG),
        F("phát hành 2.500 cuốn", 2500, "other", unit=HDONG),
        F("tổ chức được 1 hội nghị", 1, "study_sessions", unit=TTRI, p=month(1, 2022)),
        F("hoàn thành 3 hội nghị cấp huyện", 3, "study_sessions", unit=TTRI),
        F("mở 214 lớp", 214, "study_sessions", unit=TTRI),
        F("với 12.960 lượt cán bộ, đảng viên", 12960, "study_attendance", a="party_members",
          unit=TTRI),
        F("đạt 95,9%", 95.9, "study_participation_rate", unit=TTRI),
    ], traps=[("Trung ương 4 khóa XIII", 4), ("quý I năm 2022", 2022),
              ("Kết luận số 21-KL/TW", 21), ("14 đảng bộ phường", 14),
              ("46 chi, đảng bộ cơ sở", 46), ("16 điểm cầu", 16), ("58 đảng viên", 58),
              ("Chi bộ số 7", 7), ("17 phường", 17), ("mỗi cuốn 36 trang", 36),
              ("tháng 1", 1), ("Covid-19", 19), ("khoảng 60 người", 60), ("15 xã", 15),
              ("1 thị trấn", 1), ("hai ca học", 2), ("quý II", 2), ("sơ kết 5 năm", 5),
              ("Trung ương 4 khóa XII", 4), ("thêm 2 hội nghị", 2)]),
    Doc("h46_06", T06, HN, H1_23, D06, "text", facts=[
        F("tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("hiện có 102 đồng chí", 102, "reporters", p=inst(D06)),
        F("hơn 1.100 tác phẩm", 1100, "contest_entries", "at_least"),
        F("tổ chức 212 buổi nói chuyện", 212, "oral_propaganda_sessions", unit=MLINH),
        F("gần 18 nghìn lượt người dân", 18000, "propaganda_audience", "at_most",
          a="masses", unit=MLINH),
        F("duy trì 18 nhóm Zalo", 18, "chat_groups", unit=MLINH, p=end_of(H1_23)),
        F("với 1.460 thành viên", 1460, "chat_group_members", unit=MLINH, p=end_of(H1_23)),
        F("in 3.000 tờ gấp", 3000, "other", unit=MLINH),
        F("tổ chức 46 buổi nói chuyện", 46, "oral_propaganda_sessions", unit=DANH),
        F("khoảng 9.200 lượt công nhân", 9200, "propaganda_audience", "approx", unit=DANH),
        F("phát 124 chương trình thời sự", 124, "news_items", unit=DANH),
        F("36 kỳ chuyên mục", 36, "news_items", unit=DANH),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=DANH),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals", unit=DANH),
    ], traps=[("ngày 14 tháng 7 năm 2023", 14), ("Sáu tháng đầu năm 2023", 2023),
              ("trong 6 tháng", 6), ("30 điểm cầu", 30), ("của Đảng năm 2023", 2023),
              ("hơn 8,4 triệu dân", 8400000), ("19h30", 19), ("40 hộ", 40),
              ("67 tuổi", 67), ("khoảng 50.000 lao động", 50000),
              ("6 tháng đầu năm 2023", 6), ("thêm 2 lớp", 2)]),
    Doc("h46_07", T07, LBIEN, Q3_24, D07, "text", facts=[
        F("quán triệt | 164", 164, "study_sessions"),
        F("164 | 138", 138, "study_sessions", unit=GLAM),
        F("138 | 121", 121, "study_sessions", unit=TTRI),
        F("dự học | 11.840", 11840, "study_attendance", a="party_members"),
        F("11.840 | 9.315", 9315, "study_attendance", a="party_members", unit=GLAM),
        F("9.315 | 8.027", 8027, "study_attendance", a="party_members", unit=TTRI),
        F("(%) | 96,8", 96.8, "study_participation_rate"),
        F("96,8 | 95,2", 95.2, "study_participation_rate", unit=GLAM),
        F("95,2 | 97,1", 97.1, "study_participation_rate", unit=TTRI),
        F("miệng | 86", 86, "oral_propaganda_sessions"),
        F("86 | 74", 74, "oral_propaganda_sessions", unit=GLAM),
        F("74 | 59", 59, "oral_propaganda_sessions", unit=TTRI),
        F("điện tử | 412", 412, "news_items"),
        F("412 | 305", 305, "news_items", unit=GLAM),
        F("305 | 268", 268, "news_items", unit=TTRI),
        F("xã hội | 18", 18, "opinion_reports"),
        F("18 | 15", 15, "opinion_reports", unit=GLAM),
        F("15 | 12", 12, "opinion_reports", unit=TTRI),
        F("pano | 520", 520, "other"),
        F("520 | 610", 610, "other", unit=GLAM),
        F("610 | 388", 388, "other", unit=TTRI),
        F("phát hành đủ 3 số bản tin", 3, "news_items", unit=GLAM),
        F("duy trì 27 nhóm Zalo", 27, "chat_groups", unit=TTRI, p=end_of(Q3_24)),
        F("khoảng 4.300 thành viên", 4300, "chat_group_members", "approx", unit=TTRI,
          p=end_of(Q3_24)),
        F("mở 03 lớp tập huấn", 3, "training_classes"),
        F("cho 186 cán bộ", 186, "trainees"),
        F("tổ chức 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=TTRI),
        F("hiện có 38 người", 38, "opinion_collaborators", unit=GLAM, p=inst(D07)),
    ], traps=[("Cập nhật 09/10/2024 10:20", 9), ("quý III năm 2024", 2024),
              ("Ngày 8/10/2024", 8), ("Cụm thi đua số 3", 3), ("70 năm", 70),
              ("10/10/1954", 10), ("- 10/10/2024", 10), ("mỗi số 1.200 bản", 1200),
              ("thứ 1/3", 1), ("tháng 11", 11), ("cử 4 thí sinh", 4), ("tại 6 tổ dân phố", 6)]),
    Doc("h46_08", T08, GVAP, M5_24, D08, "sidecar", meta={"date": D08}, facts=[
        F("tổ chức 27 buổi nói chuyện", 27, "oral_propaganda_sessions"),
        F("khoảng 3.400 lượt công nhân", 3400, "propaganda_audience", "approx"),
        F("tổ chức 94 buổi sinh hoạt", 94, "party_cell_discussions"),
        F("hiện có 1 fanpage", 1, "social_pages", p=inst(D08)),
        F("gần 35 nghìn người theo dõi", 35000, "propaganda_audience", "at_most",
          p=inst(D08)),
        F("16 fanpage của các phường", 16, "social_pages", p=inst(D08)),
        F("duy trì 488 nhóm Zalo", 488, "chat_groups", p=end_of(M5_24)),
        F("hiện có 57.000 thành viên", 57000, "chat_group_members", p=inst(D08)),
        F("đăng tải 1.730 tin, bài", 1730, "news_items"),
        F("thu hút 2.860 bài dự thi", 2860, "contest_entries"),
        F("của 64 công đoàn cơ sở", 64, "other"),
        F("Nhóm 24 cộng tác viên", 24, "opinion_collaborators", p=end_of(M5_24)),
        F("gửi 9 báo cáo nhanh", 9, "opinion_reports"),
    ], traps=[("tháng 5/2024", 5), ("Tháng Công nhân năm 2024", 2024), ("134 năm", 134),
              ("19/5/1890", 19), ("19/5/2024", 19), ("phường 12", 12), ("phường 15", 15),
              ("phường 16", 16), ("tăng 8 buổi", 8), ("tháng 4", 4),
              ("trên 200 người", 200), ("trao 25 giải", 25), ("40 triệu đồng", 40000000),
              ("ngày 1/7/2024", 1), ("có 4 người", 4), ("thêm 12 buổi", 12), ("Tháng 6, quận dự kiến", 6),
              ("số 19 Nguyễn Văn Bảo", 19), ("phường 4", 4)]),
]
