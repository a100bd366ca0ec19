"""Eighth held-out set (holdout8), part 1: HCMC districts 2017-2023 (before the 2025
reorganisation). Written in session 7 from docs/LABELING.md, tests/eval/README.md, the earlier
label sources (format only) and the seeds, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- Capital section headings ("QUẬN 7 – ...", "BÌNH TÂN – ...") and bulleted unit lines
  ("* Huyện Cần Giờ") are unit sections like "Quận 6: ..."; digits in them are traps.
- Attendees named by trade ("lượt người nghe, chủ yếu là công nhân", "lượt công nhân",
  "ngư dân") are audience `all`: LABELING.md lists only quần chúng/nhân dân/người dân/cư
  dân/hội viên/đoàn viên as masses. People reached before going to sea ("640 ngư dân được
  tuyên truyền") are propaganda_audience.
- "Cả nhiệm kỳ" opening a clause means the report's term, like "cả năm".
- Connection points of an online conference ("1 điểm cầu chính và 34 điểm cầu phường") are
  places, not results: traps.
- A party organisation's membership ("Đảng bộ huyện có hơn 14.000 đảng viên") is the
  population the unit covers: trap.
- Contestants of a lecturers' contest ("27 thí sinh") are contest_entries.
- A structure count of a report ("chia làm 3 phần") and an app version ("phiên bản 2.0")
  are traps.
- "Số đảng viên chưa tham gia: 736 người" is `other` (LABELING.md); "Còn 143 đảng viên chưa
  tham gia" the same.
- Chat groups in a sentence with the report period and no marker ("lập 1.203 nhóm Zalo") are
  a stock at the period end; members "hiện nay" at the document date.
- syn_803 has no date in its text: the document date is the sidecar's.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, month, quarter, since, term, year

Q7, BINHTAN, NHABE = U("Quận 7"), U("Quận Bình Tân"), U("Huyện Nhà Bè")
Q12, THUDUC = U("Quận 12"), U("Thành phố Thủ Đức")
CANGIO, HOCMON = U("Huyện Cần Giờ"), U("Huyện Hóc Môn")

# ---------------------------------------------------------------------------------------------
T801 = """
SGGP | Thứ Ba, 18/7/2017 – 11:05

Nam Sài Gòn: Ba địa phương sơ kết tuyên giáo nửa đầu năm

Sáu tháng đầu năm 2017, Ban Tuyên giáo các Quận ủy 7, Bình Tân và Huyện ủy Nhà Bè cùng triển khai Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với chuyên đề “Xây dựng phong cách, tác phong công tác của người đứng đầu”.

QUẬN 7 – ĐƯA NGHỊ QUYẾT VỀ KHU PHỐ

Với 10 phường và trên 330 nghìn dân, Quận 7 chọn khu phố làm “điểm rơi” của việc học nghị quyết. Trong 6 tháng, Quận ủy tổ chức 12 hội nghị quán triệt Nghị quyết Trung ương 4 khóa XII cho 6.418 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham dự đạt 96,8%. Còn 143 đảng viên chưa tham gia do ốm đau, đi công tác xa.

Ban Tuyên giáo Quận ủy phối hợp Trung tâm Văn hóa – Thể thao quận dựng 05 cụm pa nô tại các giao lộ lớn như Nguyễn Văn Linh – Huỳnh Tấn Phát; phát hành hai số Bản tin nội bộ, mỗi số 2.800 bản.

BÌNH TÂN – NHIỀU LỚP HỌC BUỔI TỐI

Quận Bình Tân có đông công nhân nhập cư, nên Trung tâm Bồi dưỡng chính trị quận bố trí lớp vào buổi tối. Kết quả nửa đầu năm: 9 lớp bồi dưỡng lý luận chính trị cho đảng viên mới và quần chúng ưu tú với 612 học viên; 3 lớp sơ cấp lý luận chính trị.

Đội ngũ báo cáo viên cấp quận hiện có 41 đồng chí, được cập nhật thông tin qua 2 hội nghị báo cáo viên định kỳ. Quận ủy cũng tổ chức 186 buổi nói chuyện chuyên đề tại các khu nhà trọ, thu hút khoảng 15.300 lượt người nghe, chủ yếu là công nhân.

Ảnh: 4 báo cáo viên trẻ của quận Bình Tân trong buổi nói chuyện tại khu nhà trọ đường số 7, phường Bình Hưng Hòa A.

NHÀ BÈ – DƯ LUẬN ĐƯỢC NẮM TỪ SỚM

Huyện Nhà Bè có 6 xã và 1 thị trấn. Sáu tháng qua, 28 cộng tác viên dư luận xã hội của huyện gửi về 19 báo cáo phản ánh tâm tư nhân dân quanh dự án Khu đô thị cảng Hiệp Phước (tổng vốn khoảng 9.700 tỷ đồng) và việc điều chỉnh quy hoạch.

Trang thông tin điện tử của Huyện ủy đăng tải 347 tin, bài; Ban Tuyên giáo Huyện ủy quản trị 1 fanpage và 14 nhóm Zalo với gần 2.600 thành viên. Huyện ủy khen thưởng 4 tập thể và 11 cá nhân tiêu biểu trong học tập và làm theo gương Bác.

“Phấn đấu đến cuối năm, mỗi xã, thị trấn có ít nhất 3 nhóm Zalo khu phố, ấp”, đồng chí Trưởng ban Tuyên giáo Huyện ủy Nhà Bè nói.
"""
D801 = "2017-07-18"
P801 = h1(2017)

# ---------------------------------------------------------------------------------------------
T802 = """
Ngày 12/8/2020

Quận 12: Nhìn lại 5 năm công tác tuyên giáo (2015 – 2020)

Chuẩn bị cho Đại hội đại biểu Đảng bộ quận lần thứ XII, Ban Tuyên giáo Quận ủy Quận 12 vừa hoàn thành báo cáo tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020. Báo cáo dày 46 trang, chia làm 3 phần.

I. KẾT QUẢ THỰC HIỆN

Cả nhiệm kỳ, Quận ủy tổ chức 214 hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy với 187.540 lượt cán bộ, đảng viên và 52.306 lượt đoàn viên, hội viên các đoàn thể. Tỷ lệ cán bộ, đảng viên dự học tập bình quân đạt 95,12%. Ban Thường vụ Quận ủy ban hành 312 văn bản chỉ đạo về công tác tuyên giáo. Trung tâm Bồi dưỡng chính trị quận mở 128 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 11.764 học viên.

Năm 2019, Quận ủy tổ chức 2 đợt sinh hoạt chính trị về Nghị quyết Trung ương 7 khóa XII; các chi bộ khu phố tổ chức 1.096 buổi sinh hoạt chuyên đề. Quận cũng tuyên dương 23 tập thể, 58 cá nhân điển hình trong học tập và làm theo Bác.

Về thông tin trên không gian mạng, từ năm 2017 đến nay, Ban Tuyên giáo Quận ủy đã đăng hơn 4.500 tin, bài trên trang thông tin điện tử của quận, phát triển 1 trang Facebook “Quận 12 – Tin tức”, nay có 17.200 người theo dõi. Cuộc thi trực tuyến tìm hiểu 90 năm lịch sử Đảng Cộng sản Việt Nam thu hút 26.480 lượt người dự thi.

Tính đến ngày 30/6/2020, quận có 36 báo cáo viên và 62 cộng tác viên dư luận xã hội. Các cộng tác viên đã gửi 240 báo cáo tình hình tư tưởng trong nhân dân.

II. PHƯƠNG HƯỚNG NHIỆM KỲ 2020 – 2025

Quận phấn đấu 100% chi bộ sinh hoạt chuyên đề ít nhất 1 lần mỗi quý; mở 150 lớp bồi dưỡng; xây dựng 1 trang tin điện tử trên nền tảng 4.0.

Đại hội đại biểu Đảng bộ Quận 12 lần thứ XII diễn ra từ ngày 24 đến 26/8/2020 tại Hội trường Quận ủy, số 1 Lê Thị Riêng, phường Thới An.
"""
D802 = "2020-08-12"
P802 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T803 = """
Thành ủy Thủ Đức: Học nghị quyết theo cách của “thành phố trong thành phố”

9 tháng năm 2022, Ban Tuyên giáo Thành ủy Thủ Đức tham mưu Ban Thường vụ Thành ủy tổ chức 7 hội nghị trực tiếp kết hợp trực tuyến, học tập, quán triệt các nội dung Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII tới 1 điểm cầu chính và 34 điểm cầu phường.

Tính chung, có 29.318/30.054 cán bộ, đảng viên tham gia học tập, đạt 97,55%. Số đảng viên chưa tham gia: 736 người, chủ yếu là đảng viên được miễn sinh hoạt.

Trung tâm Chính trị TP Thủ Đức khai giảng 02 lớp trung cấp lý luận chính trị – hành chính với 196 học viên và 14 lớp bồi dưỡng nhận thức về Đảng.

Về kênh số, thành phố hiện có 1 cổng thông tin điện tử và 61 trang fanpage, kênh TikTok chính danh. Các khu phố lập 1.203 nhóm Zalo; số thành viên hiện nay khoảng 158.000 người. Hệ thống truyền thanh phát sóng 96 số chương trình “Thủ Đức hôm nay”. Ứng dụng “Thủ Đức Smart” phiên bản 2.0 được tích hợp mục hỏi đáp chính sách.

Đội tuyên truyền lưu động thực hiện 58 buổi biểu diễn tuyên truyền tại Khu Công nghệ cao và khu chế xuất Linh Trung 1, thu hút trên 20 nghìn lượt công nhân xem. Dọc tuyến metro số 1, các phường treo pano cổ động Đại hội Đảng bộ các cấp.
"""
D803 = "2022-10-07"
P803 = m9(2022)

# ---------------------------------------------------------------------------------------------
T804 = """
Cập nhật ngày 06-10-2023

Hai huyện ngoại thành khép lại quý III với nhiều cách làm mới

Quý III năm 2023, công tác tuyên giáo ở hai huyện Cần Giờ và Hóc Môn tiếp tục hướng về cơ sở.

* Huyện Cần Giờ

Huyện có rừng ngập mặn rộng hơn 75.000 ha, là khu dự trữ sinh quyển thế giới. Ban Thường vụ Huyện ủy tổ chức 3 hội nghị học tập chuyên đề năm 2023 cho 1.180 cán bộ, đảng viên chủ chốt. Các chi bộ ấp có 287 cuộc sinh hoạt chuyên đề của chi bộ gắn với nội dung chống khai thác hải sản bất hợp pháp (IUU).

Đài truyền thanh huyện phát 310 chương trình, mỗi chương trình 15 phút. Trước mỗi chuyến đi biển từ 10 đến 15 ngày, 640 ngư dân được tuyên truyền về quy định đánh bắt và cách ghi nhật ký khai thác.

* Huyện Hóc Môn

Đảng bộ huyện có hơn 14.000 đảng viên. Trong quý, Huyện ủy Hóc Môn ban hành 21 văn bản chỉ đạo, hướng dẫn công tác tư tưởng; tổ chức Hội thi báo cáo viên giỏi lần thứ 2 với 27 thí sinh, trao 1 giải Nhất, 2 giải Nhì. Riêng tháng 9/2023, huyện mở đợt cao điểm tuyên truyền kỷ niệm 78 năm Quốc khánh với 45 buổi tuyên truyền tại các ấp.

Tính từ đầu năm đến nay, Hóc Môn đã có 4 lớp cảm tình đảng với 318 học viên. Quý IV, huyện dự kiến tổ chức 6 hội nghị chuyên đề về Nghị quyết số 31-NQ/TW của Bộ Chính trị.
"""
D804 = "2023-10-06"
P804 = quarter(3, 2023)

DOCS = [
    Doc("syn_801_q7_binhtan_nhabe_2017", T801, Q7, P801, D801, "text", facts=[
        F("12 hội nghị quán triệt", 12, "study_sessions", unit=Q7),
        F("6.418 lượt cán bộ, đảng viên", 6418, "study_attendance", a="party_members",
          unit=Q7),
        F("tham dự đạt 96,8%", 96.8, "study_participation_rate", unit=Q7),
        F("Còn 143 đảng viên chưa tham gia", 143, "other", unit=Q7),
        F("dựng 05 cụm pa nô", 5, "other", unit=Q7),
        F("phát hành hai số Bản tin", 2, "news_items", unit=Q7),
        F("9 lớp bồi dưỡng lý luận chính trị", 9, "training_classes", unit=BINHTAN),
        F("với 612 học viên", 612, "trainees", unit=BINHTAN),
        F("3 lớp sơ cấp", 3, "training_classes", unit=BINHTAN),
        F("hiện có 41 đồng chí", 41, "reporters", unit=BINHTAN, p=inst(D801)),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=BINHTAN),
        F("186 buổi nói chuyện", 186, "oral_propaganda_sessions", unit=BINHTAN),
        F("khoảng 15.300 lượt người nghe", 15300, "propaganda_audience", "approx",
          unit=BINHTAN),
        F("28 cộng tác viên dư luận xã hội", 28, "opinion_collaborators", unit=NHABE,
          p=end_of(P801)),
        F("gửi về 19 báo cáo", 19, "opinion_reports", unit=NHABE),
        F("đăng tải 347 tin, bài", 347, "news_items", unit=NHABE),
        F("1 fanpage", 1, "social_pages", unit=NHABE, p=end_of(P801)),
        F("14 nhóm Zalo", 14, "chat_groups", unit=NHABE, p=end_of(P801)),
        F("gần 2.600 thành viên", 2600, "chat_group_members", "at_most", unit=NHABE,
          p=end_of(P801)),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=NHABE),
        F("11 cá nhân tiêu biểu", 11, "commended_individuals", unit=NHABE),
    ], traps=[("18/7/2017", 18), ("11:05", 11), ("05-CT/TW", 5), ("Quận ủy 7", 7),
              ("QUẬN 7", 7), ("10 phường", 10), ("trên 330 nghìn dân", 330000),
              ("Trung ương 4", 4), ("khóa XII", 12), ("mỗi số 2.800 bản", 2800), ("Ảnh: 4 báo cáo viên", 4),
              ("đường số 7", 7), ("6 xã", 6), ("1 thị trấn", 1),
              ("khoảng 9.700 tỷ đồng", 9700000000000), ("ít nhất 3 nhóm Zalo", 3)]),
    Doc("syn_802_q12_term_2020", T802, Q12, P802, D802, "text", facts=[
        F("tổ chức 214 hội nghị", 214, "study_sessions"),
        F("187.540 lượt cán bộ, đảng viên", 187540, "study_attendance", a="party_members"),
        F("52.306 lượt đoàn viên, hội viên", 52306, "study_attendance", a="masses"),
        F("bình quân đạt 95,12%", 95.12, "study_participation_rate"),
        F("ban hành 312 văn bản", 312, "documents_issued"),
        F("mở 128 lớp bồi dưỡng", 128, "training_classes"),
        F("cho 11.764 học viên", 11764, "trainees"),
        F("2 đợt sinh hoạt chính trị", 2, "political_campaigns", p=year(2019)),
        F("1.096 buổi sinh hoạt chuyên đề", 1096, "party_cell_discussions", p=year(2019)),
        F("tuyên dương 23 tập thể", 23, "commended_collectives", p=year(2019)),
        F("58 cá nhân điển hình", 58, "commended_individuals", p=year(2019)),
        F("đăng hơn 4.500 tin, bài", 4500, "news_items", "at_least",
          p=since("2017-01-01", D802)),
        F("phát triển 1 trang Facebook", 1, "social_pages", p=inst(D802)),
        F("nay có 17.200 người theo dõi", 17200, "propaganda_audience", p=inst(D802)),
        F("26.480 lượt người dự thi", 26480, "contest_entries"),
        F("quận có 36 báo cáo viên", 36, "reporters", p=inst("2020-06-30")),
        F("62 cộng tác viên dư luận xã hội", 62, "opinion_collaborators",
          p=inst("2020-06-30")),
        F("đã gửi 240 báo cáo", 240, "opinion_reports"),
    ], traps=[("12/8/2020", 12), ("5 năm công tác", 5), ("(2015 – 2020)", 2015),
              ("nhiệm kỳ 2015 – 2020", 2015), ("dày 46 trang", 46), ("chia làm 3 phần", 3),
              ("Năm 2019", 2019), ("Trung ương 7", 7), ("lần thứ XII", 12), ("từ năm 2017", 2017),
              ("Quận 12 – Tin tức", 12), ("90 năm lịch sử", 90), ("ngày 30/6/2020", 30),
              ("NHIỆM KỲ 2020 – 2025", 2020), ("100% chi bộ", 100), ("ít nhất 1 lần", 1),
              ("mở 150 lớp", 150), ("xây dựng 1 trang tin", 1), ("nền tảng 4.0", 4),
              ("Đảng bộ Quận 12", 12), ("từ ngày 24", 24), ("26/8/2020", 26),
              ("số 1 Lê Thị Riêng", 1)]),
    Doc("syn_803_thuduc_9m_2022", T803, THUDUC, P803, D803, "sidecar", meta={"date": D803},
        facts=[
        F("tổ chức 7 hội nghị", 7, "study_sessions"),
        F("29.318/30.054 cán bộ, đảng viên", 29318, "study_attendance", a="party_members"),
        F("đạt 97,55%", 97.55, "study_participation_rate"),
        F("chưa tham gia: 736 người", 736, "other"),
        F("khai giảng 02 lớp", 2, "training_classes"),
        F("với 196 học viên", 196, "trainees"),
        F("14 lớp bồi dưỡng", 14, "training_classes"),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", p=inst(D803)),
        F("61 trang fanpage", 61, "social_pages", p=inst(D803)),
        F("lập 1.203 nhóm Zalo", 1203, "chat_groups", p=end_of(P803)),
        F("hiện nay khoảng 158.000 người", 158000, "chat_group_members", "approx",
          p=inst(D803)),
        F("phát sóng 96 số chương trình", 96, "news_items"),
        F("58 buổi biểu diễn tuyên truyền", 58, "oral_propaganda_sessions"),
        F("trên 20 nghìn lượt công nhân", 20000, "propaganda_audience", "at_least"),
    ], traps=[("9 tháng năm 2022", 9), ("lần thứ năm", 5), ("khóa XIII", 13), ("1 điểm cầu chính", 1), ("34 điểm cầu phường", 34),
              ("phiên bản 2.0", 2), ("Linh Trung 1", 1), ("metro số 1", 1)]),
    Doc("syn_804_cangio_hocmon_q3_2023", T804, CANGIO, P804, D804, "text", facts=[
        F("tổ chức 3 hội nghị học tập", 3, "study_sessions", unit=CANGIO),
        F("1.180 cán bộ, đảng viên", 1180, "study_attendance", a="party_members",
          unit=CANGIO),
        F("287 cuộc sinh hoạt chuyên đề", 287, "party_cell_discussions", unit=CANGIO),
        F("phát 310 chương trình", 310, "news_items", unit=CANGIO),
        F("640 ngư dân được tuyên truyền", 640, "propaganda_audience", unit=CANGIO),
        F("ban hành 21 văn bản", 21, "documents_issued", unit=HOCMON),
        F("với 27 thí sinh", 27, "contest_entries", unit=HOCMON),
        F("với 45 buổi tuyên truyền", 45, "oral_propaganda_sessions", unit=HOCMON,
          p=month(9, 2023)),
        F("4 lớp cảm tình đảng", 4, "training_classes", unit=HOCMON,
          p=since("2023-01-01", D804)),
        F("với 318 học viên", 318, "trainees", unit=HOCMON, p=since("2023-01-01", D804)),
    ], traps=[("06-10-2023", 6), ("Quý III năm 2023", 2023), ("hơn 75.000 ha", 75000),
              ("chuyên đề năm 2023", 2023), ("mỗi chương trình 15 phút", 15),
              ("từ 10 đến 15 ngày", 10), ("từ 10 đến 15 ngày", 15),
              ("hơn 14.000 đảng viên", 14000), ("lần thứ 2", 2), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("tháng 9/2023", 9), ("78 năm Quốc khánh", 78),
              ("6 hội nghị chuyên đề", 6), ("31-NQ/TW", 31)]),
]
