"""Sixth held-out set (holdout6), part 3: Hanoi districts and city bodies 2017-2024.
Written in session 6 from docs/LABELING.md, tests/eval/README.md, the earlier label sources
(format only) and the seeds, without reading or running the extractor."""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, since, year

HADONG, BTL, NTL = U("Quận Hà Đông"), U("Quận Bắc Từ Liêm"), U("Quận Nam Từ Liêm")
DONGANH, SOCSON, THANHTRI = U("Huyện Đông Anh"), U("Huyện Sóc Sơn"), U("Huyện Thanh Trì")
HN = U("01")

# ---------------------------------------------------------------------------------------------
T607 = """
Hà Nội, ngày 12/4/2022

HN: Ba quận phía Tây “tăng tốc” công tác tuyên giáo trong quý I/2022

(HNMO) – Quý I năm 2022, các quận Hà Đông, Bắc Từ Liêm và Nam Từ Liêm vừa phòng, chống dịch Covid-19, vừa đưa Nghị quyết Trung ương 4 khóa XIII và Nghị quyết Đại hội XVII Đảng bộ thành phố vào cuộc sống.

Quận Hà Đông: Với 17 phường, Hà Đông là quận có nhiều khu đô thị mới bậc nhất Thủ đô; tuyến đường sắt đô thị Cát Linh – Hà Đông dài hơn 13 km với 12 nhà ga vừa đi vào vận hành thương mại. Trong quý, Quận ủy Hà Đông ban hành 12 văn bản chỉ đạo; tổ chức 21 hội nghị học tập, quán triệt cho 8.734 lượt cán bộ, đảng viên, đạt 97,9%. Các chi bộ tổ chức 412 buổi sinh hoạt chuyên đề theo chủ đề “Năm 2022 – Năm kỷ cương, trách nhiệm”. Quận tổ chức 38 buổi tuyên truyền miệng về văn minh đô thị, văn minh đi tàu cho hơn 4.600 lượt người dân. “Trong tháng 3/2022, chúng tôi tập trung tuyên truyền Đại hội Đoàn các cấp, đăng 215 tin, bài trên cổng thông tin điện tử quận”, đồng chí Trưởng ban Tuyên giáo Quận ủy Hà Đông cho biết.

Quận Bắc Từ Liêm: Quận có 13 phường. Dù tháng 1 quận chỉ tổ chức được 2 hội nghị học tập do số ca mắc Covid-19 tăng cao, cả quý Quận ủy vẫn tổ chức 16 hội nghị học tập, quán triệt với 5.902 lượt cán bộ, đảng viên và 1.347 lượt hội viên, đoàn viên. Đến nay, các tổ dân phố của quận đã lập 472 nhóm Zalo với khoảng 58.000 thành viên. Trên địa bàn có Trường Đại học Mỏ – Địa chất với hơn 25 nghìn sinh viên; Quận đoàn phối hợp nhà trường mở 2 lớp bồi dưỡng cảm tình Đảng cho 186 sinh viên ưu tú.

Quận Nam Từ Liêm: Quận có 10 phường, nhiều cơ quan trung ương và Sân vận động Quốc gia Mỹ Đình với sức chứa 40.192 chỗ ngồi. Quý I, Quận ủy tổ chức hai đợt sinh hoạt chính trị, tư tưởng; mở 4 lớp bồi dưỡng nghiệp vụ công tác Đảng với 352 học viên. Hiện quận có 34 báo cáo viên, 46 cộng tác viên dư luận xã hội, 1 trang thông tin điện tử và 11 trang fanpage của phường. Trong quý, cộng tác viên gửi 19 báo cáo dư luận xã hội. Cuộc thi “Nam Từ Liêm – 8 năm xây dựng và phát triển” nhận 1.024 bài dự thi. Quận ủy Nam Từ Liêm khen thưởng 4 tập thể, 9 cá nhân và đề nghị Thành ủy tặng bằng khen cho 1 tập thể.
"""
D607 = "2022-04-12"
P607 = quarter(1, 2022)

# ---------------------------------------------------------------------------------------------
T608 = """
Thứ Năm, ngày 16/1/2025

Đông Anh, Sóc Sơn, Thanh Trì: Dấu ấn tuyên giáo năm 2024 trước thềm sắp xếp đơn vị hành chính

(HNMO) – Năm 2024, công tác tuyên giáo ở ba huyện ngoại thành phía Bắc và phía Nam Hà Nội có nhiều đổi mới, nhất là tuyên truyền về lộ trình lên quận và việc chuẩn bị sắp xếp đơn vị hành chính các cấp.

ĐÔNG ANH: Tuyên truyền lộ trình lên quận

Huyện Đông Anh có 23 xã và 1 thị trấn, dân số gần 420 nghìn người; các tuyến Vành đai 4 và Quốc lộ 3 đi qua địa bàn. Trong năm, Huyện ủy Đông Anh ban hành 41 văn bản chỉ đạo; tổ chức 3 hội nghị quán triệt cấp huyện và 62 hội nghị ở cơ sở, với 14.358 lượt cán bộ, đảng viên và 6.127 lượt nhân dân. Ban Tuyên giáo Huyện ủy phối hợp tổ chức 104 buổi tuyên truyền về Đề án thành lập quận Đông Anh giai đoạn 2021–2025 cho 18.000–20.000 lượt người nghe.

Tháng 9/2024, huyện ra mắt fanpage “Đông Anh – Cửa ngõ phía Bắc”, hiện trang có 26.500 người theo dõi. “Cả năm, đội ngũ 85 cộng tác viên dư luận xã hội gửi về 32 báo cáo, giúp huyện nắm sớm những băn khoăn của người dân về giải phóng mặt bằng”, đồng chí Nguyễn Thị Hạnh, Trưởng ban Tuyên giáo Huyện ủy Đông Anh cho biết.

SÓC SƠN: Lớp học ngay tại thôn

Sóc Sơn có diện tích khoảng 305 km2, rộng nhất Thủ đô. Năm 2024, Huyện ủy Sóc Sơn mở 9 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 734 học viên; các chi bộ tổ chức 2.145 buổi sinh hoạt chuyên đề. Dù 6 tháng đầu năm trang thông tin điện tử huyện chỉ đăng 11 tin, bài do nâng cấp hệ thống, cả năm trang vẫn đăng 468 tin, bài.

Huyện hiện có 41 báo cáo viên; trong năm, Ban Tuyên giáo Huyện ủy tổ chức 4 hội nghị báo cáo viên. Cuộc thi trắc nghiệm “Tìm hiểu 70 năm Giải phóng Thủ đô” trên địa bàn huyện có 13.620 lượt người dự thi. Khu di tích Đền Sóc đón khoảng 1,5 triệu lượt khách mỗi năm. Huyện ủy Sóc Sơn tặng giấy khen cho 10 tập thể, 22 cá nhân.

THANH TRÌ: Quán triệt đến từng đảng viên

Năm 2024, Huyện ủy Thanh Trì tổ chức 47 hội nghị học tập, quán triệt cho 9.886/10.140 đảng viên, đạt 97,5 %; 100% cấp ủy viên tham gia học tập đầy đủ. Hiện huyện có 612 nhóm Zalo thôn, tổ dân phố với trên 71.000 thành viên và 16 trang fanpage của các xã, thị trấn. Huyện dành kinh phí 450 triệu đồng cho hoạt động tuyên truyền lưu động; riêng Nhà máy xử lý nước thải Yên Xá trên địa bàn có công suất 270.000 m3/ngày.

Năm 2025, ba huyện dự kiến tổ chức 40 hội nghị tuyên truyền về sắp xếp đơn vị hành chính và phấn đấu 100% thôn, tổ dân phố có nhóm Zalo.
"""
D608 = "2025-01-16"
P608 = year(2024)

# ---------------------------------------------------------------------------------------------
T609 = """
Hà Nội, ngày 25/5/2017

Thủ đô đẩy mạnh tuyên truyền kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh

(HNMO) – Từ đầu năm 2017 đến nay, Ban Tuyên giáo Thành ủy Hà Nội đã tham mưu Ban Thường vụ Thành ủy ban hành 16 văn bản hướng dẫn tuyên truyền các ngày lễ lớn, trong đó có Kế hoạch số 52-KH/TU về tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2017).

Thành phố tổ chức 3 hội nghị trực tuyến học tập, quán triệt Nghị quyết Trung ương 4 khóa XII tại hội trường Thành ủy và các điểm cầu quận, huyện, với 168.432 lượt cán bộ, đảng viên dự. Tháng 5/2017, Thành ủy phát động một đợt sinh hoạt chính trị trong toàn Đảng bộ về tư tưởng, đạo đức, phong cách Hồ Chí Minh. Hà Nội hiện có 30 quận, huyện, thị xã với hơn 7,5 triệu dân.

Sở Thông tin và Truyền thông Hà Nội cho biết đã phối hợp các cơ quan báo chí đăng, phát hơn 3.200 tin, bài, phóng sự; in và cấp phát 120.000 tờ rơi, 8.000 áp phích cổ động. Ban Tuyên giáo Thành ủy hiện có 89 báo cáo viên, quản lý 2 trang thông tin điện tử và 3 trang mạng xã hội chính danh. Từ đầu năm, Ban tổ chức 5 hội nghị báo cáo viên thành phố, mỗi hội nghị có khoảng 700 đại biểu; tổng hợp 21 báo cáo nhanh về dư luận xã hội gửi Thường trực Thành ủy.

“Từ ngày 1/3 đến nay, Ban đã phát hành 4 số bản tin Thông tin nội bộ chuyên đề về Bác”, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy Hà Nội cho biết.

Thành đoàn Hà Nội tổ chức cuộc thi “Tuổi trẻ Thủ đô học tập và làm theo lời Bác” lần thứ 3, thu hút 52.780 bài dự thi. Liên đoàn Lao động thành phố tổ chức 146 buổi nói chuyện chuyên đề cho ngoài 35.000 lượt công nhân, lao động tại các khu công nghiệp Thăng Long, Nội Bài, Quang Minh.

Tại buổi gặp mặt, cụ Nguyễn Văn Hai, 92 tuổi, nhân chứng từng được gặp Bác năm 1960, xúc động kể lại kỷ niệm. Nhân dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 15 tập thể và 30 cá nhân có thành tích trong đợt tuyên truyền.

Từ nay đến cuối năm, thành phố dự kiến tổ chức 2 hội nghị báo cáo viên chuyên đề và phấn đấu 100% chi bộ học tập chuyên đề năm 2017.
"""
D609 = "2017-05-25"
P609 = since("2017-01-01", D609)

DOCS = [
    Doc("syn_607_hadong_btl_ntl_2022", T607, HADONG, P607, D607, "text", facts=[
        F("ban hành 12 văn bản", 12, "documents_issued", unit=HADONG),
        F("21 hội nghị học tập", 21, "study_sessions", unit=HADONG),
        F("8.734 lượt cán bộ, đảng viên", 8734, "study_attendance", a="party_members",
          unit=HADONG),
        F("đạt 97,9%", 97.9, "study_participation_rate", unit=HADONG),
        F("412 buổi sinh hoạt chuyên đề", 412, "party_cell_discussions", unit=HADONG),
        F("38 buổi tuyên truyền miệng", 38, "oral_propaganda_sessions", unit=HADONG),
        F("hơn 4.600 lượt người dân", 4600, "propaganda_audience", "at_least",
          a="masses", unit=HADONG),
        F("đăng 215 tin, bài", 215, "news_items", unit=HADONG, p=month(3, 2022)),
        F("chỉ tổ chức được 2 hội nghị", 2, "study_sessions", unit=BTL, p=month(1, 2022)),
        F("16 hội nghị học tập", 16, "study_sessions", unit=BTL),
        F("5.902 lượt cán bộ, đảng viên", 5902, "study_attendance", a="party_members",
          unit=BTL),
        F("1.347 lượt hội viên, đoàn viên", 1347, "study_attendance", a="masses",
          unit=BTL),
        F("lập 472 nhóm Zalo", 472, "chat_groups", unit=BTL, p=inst(D607)),
        F("khoảng 58.000 thành viên", 58000, "chat_group_members", "approx", unit=BTL,
          p=inst(D607)),
        F("mở 2 lớp bồi dưỡng cảm tình Đảng", 2, "training_classes", unit=BTL),
        F("cho 186 sinh viên ưu tú", 186, "trainees", unit=BTL),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=NTL),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes", unit=NTL),
        F("352 học viên", 352, "trainees", unit=NTL),
        F("có 34 báo cáo viên", 34, "reporters", unit=NTL, p=inst(D607)),
        F("46 cộng tác viên", 46, "opinion_collaborators", unit=NTL, p=inst(D607)),
        F("1 trang thông tin điện tử", 1, "websites", unit=NTL, p=inst(D607)),
        F("11 trang fanpage", 11, "social_pages", unit=NTL, p=inst(D607)),
        F("gửi 19 báo cáo", 19, "opinion_reports", unit=NTL),
        F("nhận 1.024 bài dự thi", 1024, "contest_entries", unit=NTL),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=NTL),
        F("9 cá nhân", 9, "commended_individuals", unit=NTL),
    ], traps=[("ngày 12/4/2022", 12), ("quý I/2022", 1), ("Quý I năm 2022", 1),
              ("Covid-19", 19), ("Trung ương 4", 4), ("khóa XIII", 13),
              ("Đại hội XVII", 17), ("17 phường", 17), ("hơn 13 km", 13),
              ("12 nhà ga", 12), ("“Năm 2022", 2022), ("tháng 3/2022", 3),
              ("13 phường", 13), ("tháng 1 quận", 1), ("hơn 25 nghìn sinh viên", 25000),
              ("10 phường", 10), ("40.192 chỗ ngồi", 40192), ("8 năm", 8),
              ("bằng khen cho 1 tập thể", 1)]),
    Doc("syn_608_donganh_socson_thanhtri_2024", T608, DONGANH, P608, D608, "text", facts=[
        F("ban hành 41 văn bản", 41, "documents_issued", unit=DONGANH),
        F("3 hội nghị quán triệt cấp huyện", 3, "study_sessions", unit=DONGANH),
        F("62 hội nghị ở cơ sở", 62, "study_sessions", unit=DONGANH),
        F("14.358 lượt cán bộ, đảng viên", 14358, "study_attendance", a="party_members",
          unit=DONGANH),
        F("6.127 lượt nhân dân", 6127, "study_attendance", a="masses", unit=DONGANH),
        F("104 buổi tuyên truyền", 104, "oral_propaganda_sessions", unit=DONGANH),
        F("18.000–20.000 lượt người nghe", 18000, "propaganda_audience", "at_least",
          unit=DONGANH),
        F("có 26.500 người theo dõi", 26500, "propaganda_audience", unit=DONGANH,
          p=inst(D608)),
        F("đội ngũ 85 cộng tác viên", 85, "opinion_collaborators", unit=DONGANH,
          p=end_of(P608)),
        F("gửi về 32 báo cáo", 32, "opinion_reports", unit=DONGANH),
        F("mở 9 lớp bồi dưỡng", 9, "training_classes", unit=SOCSON),
        F("734 học viên", 734, "trainees", unit=SOCSON),
        F("2.145 buổi sinh hoạt chuyên đề", 2145, "party_cell_discussions", unit=SOCSON),
        F("chỉ đăng 11 tin, bài", 11, "news_items", unit=SOCSON, p=h1(2024)),
        F("vẫn đăng 468 tin, bài", 468, "news_items", unit=SOCSON),
        F("hiện có 41 báo cáo viên", 41, "reporters", unit=SOCSON, p=inst(D608)),
        F("4 hội nghị báo cáo viên", 4, "reporter_conferences", unit=SOCSON),
        F("13.620 lượt người dự thi", 13620, "contest_entries", unit=SOCSON),
        F("giấy khen cho 10 tập thể", 10, "commended_collectives", unit=SOCSON),
        F("22 cá nhân", 22, "commended_individuals", unit=SOCSON),
        F("47 hội nghị học tập", 47, "study_sessions", unit=THANHTRI),
        F("9.886/10.140 đảng viên", 9886, "study_attendance", a="party_members",
          unit=THANHTRI),
        F("đạt 97,5 %", 97.5, "study_participation_rate", unit=THANHTRI),
        F("100% cấp ủy viên", 100, "study_participation_rate", unit=THANHTRI),
        F("612 nhóm Zalo", 612, "chat_groups", unit=THANHTRI, p=inst(D608)),
        F("trên 71.000 thành viên", 71000, "chat_group_members", "at_least",
          unit=THANHTRI, p=inst(D608)),
        F("16 trang fanpage", 16, "social_pages", unit=THANHTRI, p=inst(D608)),
        F("kinh phí 450 triệu đồng", 450000000, "other", unit=THANHTRI),
    ], traps=[("ngày 16/1/2025", 16), ("23 xã", 23), ("1 thị trấn", 1),
              ("gần 420 nghìn người", 420000), ("Vành đai 4", 4), ("Quốc lộ 3", 3),
              ("giai đoạn 2021–2025", 2021), ("Tháng 9/2024", 9),
              ("khoảng 305 km2", 305), ("6 tháng đầu năm", 6), ("70 năm", 70),
              ("khoảng 1,5 triệu lượt khách", 1500000), ("270.000 m3/ngày", 270000),
              ("Năm 2025, ba huyện", 2025), ("tổ chức 40 hội nghị", 40),
              ("100% thôn", 100)]),
    Doc("syn_609_hanoi_thanhpho_2017", T609, HN, P609, D609, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("3 hội nghị trực tuyến", 3, "study_sessions"),
        F("168.432 lượt cán bộ, đảng viên", 168432, "study_attendance", a="party_members"),
        F("một đợt sinh hoạt chính trị", 1, "political_campaigns", p=month(5, 2017)),
        F("hơn 3.200 tin, bài, phóng sự", 3200, "news_items", "at_least"),
        F("120.000 tờ rơi", 120000, "other"),
        F("8.000 áp phích", 8000, "other"),
        F("có 89 báo cáo viên", 89, "reporters", p=inst(D609)),
        F("2 trang thông tin điện tử", 2, "websites", p=inst(D609)),
        F("3 trang mạng xã hội", 3, "social_pages", p=inst(D609)),
        F("5 hội nghị báo cáo viên", 5, "reporter_conferences"),
        F("21 báo cáo nhanh về dư luận", 21, "opinion_reports"),
        F("phát hành 4 số", 4, "news_items", p=since("2017-03-01", D609)),
        F("52.780 bài dự thi", 52780, "contest_entries"),
        F("146 buổi nói chuyện", 146, "oral_propaganda_sessions"),
        F("ngoài 35.000 lượt công nhân, lao động", 35000, "propaganda_audience",
          "at_least"),
        F("giấy khen cho 15 tập thể", 15, "commended_collectives"),
        F("30 cá nhân", 30, "commended_individuals"),
    ], traps=[("ngày 25/5/2017", 25), ("127 năm", 127), ("Kế hoạch số 52-KH/TU", 52),
              ("(19/5/1890 – 19/5/2017)", 19), ("Trung ương 4", 4), ("khóa XII", 12),
              ("Tháng 5/2017", 5), ("30 quận, huyện, thị xã", 30),
              ("hơn 7,5 triệu dân", 7500000), ("khoảng 700 đại biểu", 700),
              ("Từ ngày 1/3", 1), ("lần thứ 3", 3), ("92 tuổi", 92), ("năm 1960", 1960),
              ("tổ chức 2 hội nghị báo cáo viên chuyên đề", 2), ("100% chi bộ", 100),
              ("chuyên đề năm 2017", 2017)]),
]
