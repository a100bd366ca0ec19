"""Held-out set holdout61, part 2: news articles on Hanoi districts before the 2025 reform (a
district's year-end meeting with a contest, a district's Covid-period quarter, a three-unit
half-year round-up with a table whose columns are units).
Written from docs/LABELING.md, build_gold.py and the seeds only, without reading the extractor.

Decisions where the guide leaves room:
- A contest held over months ("diễn ra từ ngày 15/5 đến ngày 31/10/2018, thu hút 21.846 bài dự
  thi") keeps its own range as the period of its entries.
- Grassroots "tuyên truyền viên" counted with the lecturers ("hơn 700 tuyên truyền viên") are
  `other`; as `other` is no stock code, it takes the governing period (the year), while the
  lecturers of the same phrase are a stock at the year's end.
- In a concession ("Dù tháng 8 chỉ tổ chức được 2 hội nghị trực tuyến, cả quý ...") the count is
  a fact of the concession's month; the main clause keeps the quarter.
- Volunteers mobilised and a loudspeaker van's runs are `other`, dated by the "Từ ngày 24/7 đến
  nay" that opens their sentence (both clauses of it).
- Number words inside names in the related links ("Hai Bà Trưng", "Ba Đình") are traps.
- A half-year round-up whose headline names three units before a colon and whose lead names no
  study: bare nouns are not read as a study; every fact names its own kind. Table columns headed
  by units give each column's figures to its unit; the table's lead-in line gives the period.
- Lecturers "hiện có" in a section are an instant at the document date; a bulletin's issues
  ("phát hành 6 số") are news_items and the copies per issue ("1.500 bản mỗi số") a trap.
- "buổi nói chuyện chuyên đề tại các trường" for students: oral_propaganda_sessions with the
  students as audience `all`.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, since, year

DA, HK = U("Huyện Đông Anh"), U("Quận Hoàn Kiếm")
CG, TT, ST = U("Quận Cầu Giấy"), U("Huyện Thạch Thất"), U("Thị xã Sơn Tây")

T04 = """
Cập nhật 27/12/2018 06:45

Đông Anh: Tổng kết công tác tuyên giáo, trao giải Cuộc thi tìm hiểu lịch sử Đảng bộ huyện

(HNMO) - Chiều 26-12, Huyện ủy Đông Anh tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018, đồng thời trao giải Cuộc thi tìm hiểu lịch sử Đảng bộ huyện Đông Anh (1930 – 2018).

Cuộc thi diễn ra từ ngày 15/5 đến ngày 31/10/2018, thu hút 21.846 bài dự thi của cán bộ, đảng viên, đoàn viên, hội viên và Nhân dân ở 24 xã, thị trấn. Ban Tổ chức đã chọn 30 bài vào vòng chung khảo và trao 1 giải Đặc biệt, 3 giải Nhất, 6 giải Nhì, 10 giải Ba cùng 20 giải Khuyến khích.

Phát biểu tại hội nghị, bà Nguyễn Thị Thanh Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Đông Anh cho biết: “Năm 2018, Huyện ủy tổ chức 4 hội nghị cấp huyện học tập, quán triệt các nghị quyết Trung ương 7 khóa XII. Các đảng bộ, chi bộ cơ sở đã mở 296 lớp cho 22.180 lượt đảng viên, đạt 96,8%. Riêng quần chúng có 6.450 lượt dự nghe”.

Cũng trong năm, Ban Tuyên giáo Huyện ủy tham mưu ban hành 26 văn bản chỉ đạo, hướng dẫn về công tác tư tưởng, văn hóa, khoa giáo; Huyện ủy triển khai hai đợt sinh hoạt chính trị, tư tưởng gắn với kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.

Công tác tuyên truyền miệng tiếp tục được coi trọng. Đội ngũ 62 báo cáo viên cấp huyện và hơn 700 tuyên truyền viên ở thôn, xóm đã thực hiện 1.138 buổi nói chuyện, tuyên truyền về xây dựng nông thôn mới, phòng chống cháy nổ, thu hút trên 96 nghìn lượt người nghe. Đài Phát thanh huyện phát 240 bản tin và 52 số chuyên mục “Đông Anh – Đảng trong cuộc sống”.

Năm 2019, huyện đặt mục tiêu 100% chi bộ duy trì sinh hoạt chuyên đề hằng quý, phấn đấu mở thêm 2 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở.

Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 18 tập thể và 35 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2018.

Hà Phương

Tin khác
Sóc Sơn: 14 nghìn đoàn viên tham gia Cuộc thi tìm hiểu Luật An ninh mạng
Gia Lâm sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW
"""

T05 = """
Hoàn Kiếm: Thông tin phòng dịch đến từng ngõ phố qua “loa phường” và Zalo

Thứ Sáu, ngày 08 tháng 10 năm 2021

(Tuyengiao.hanoi.gov.vn) - Trong quý III năm 2021, khi Hà Nội thực hiện giãn cách xã hội theo Chỉ thị 17/CT-UBND, Ban Tuyên giáo Quận ủy Hoàn Kiếm đã chuyển gần như toàn bộ hoạt động tuyên truyền sang hệ thống truyền thanh cơ sở và mạng xã hội.

Theo đồng chí Vũ Thị Minh Nguyệt, Phó Trưởng ban Thường trực Ban Tuyên giáo Quận ủy, trong quý, hệ thống loa truyền thanh của 18 phường đã phát 1.260 bản tin phòng, chống dịch. Các phường lắp bổ sung 42 cụm loa tại những ngõ nhỏ, khu tập thể cũ.

“Người dân phố cổ phần đông là người cao tuổi, nhiều cụ không dùng điện thoại thông minh, nên chiếc loa vẫn là kênh quan trọng nhất. Còn với người trẻ, chúng tôi dùng Zalo”, bà Nguyệt nói.

Hiện quận có 1 trang thông tin điện tử, 2 fanpage của Quận ủy và UBND quận cùng 18 trang Zalo OA của các phường. Tổ dân phố nào cũng có nhóm Zalo; toàn quận hiện có 566 nhóm với hơn 47.000 thành viên. Zalo OA “Hoàn Kiếm hôm nay” của quận có gần 32.000 người quan tâm. Trong quý III, các trang này đăng tải 3.415 tin, bài, video, infographic; trong đó có 412 video ngắn hướng dẫn người dân đăng ký xét nghiệm, tiêm chủng.

Từ ngày 24/7 đến nay, quận huy động 126 tình nguyện viên tham gia tuyên truyền; đội xe loa lưu động chạy 530 lượt qua các tuyến phố, khu chợ.

Công tác nắm bắt dư luận cũng được chú trọng. Đội ngũ 35 cộng tác viên dư luận xã hội của quận gửi 27 báo cáo nhanh, phản ánh tâm tư của các hộ kinh doanh trên phố cổ phải đóng cửa kéo dài. Nhiều ý kiến đã được quận kịp thời chuyển đến cơ quan chức năng giải quyết.

Ông Trần Văn Bình, 76 tuổi, Tổ trưởng tổ dân phố số 9, phường Hàng Bạc, kể: “Sáng nào 6 giờ loa cũng phát, cả tổ 42 hộ nghe rõ, có gì chưa hiểu thì bà con nhắn lên nhóm Zalo hỏi”.

Dù tháng 8 chỉ tổ chức được 2 hội nghị trực tuyến, cả quý quận vẫn hoàn thành 6 hội nghị học tập, quán triệt Nghị quyết Đại hội XVII Đảng bộ Thành phố, kết nối tới 18 điểm cầu phường, với 4.120 lượt cán bộ, đảng viên dự.

Dịp này, Ban Thường vụ Quận ủy biểu dương 9 tập thể, 21 cá nhân tiêu biểu trong công tác tuyên truyền phòng, chống dịch.

Kim Anh

Tin liên quan
Hai Bà Trưng: 100% tổ dân phố có nhóm Zalo
Ba Đình lắp mới 60 cụm loa truyền thanh
"""

T06 = """
Thứ Ba, ngày 16 tháng 7 năm 2024

Cầu Giấy, Thạch Thất, Sơn Tây: Sơ kết công tác tuyên giáo 6 tháng đầu năm 2024

(Tuyengiao.hanoi.gov.vn) - Trong tuần qua, nhiều quận, huyện, thị xã của Thủ đô đã tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024, triển khai nhiệm vụ những tháng cuối năm. Dưới đây là một số kết quả nổi bật được ghi nhận.

Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2024 (theo báo cáo của các đơn vị):

Chỉ tiêu | Quận Cầu Giấy | Huyện Thạch Thất | Thị xã Sơn Tây
Hội nghị học tập, quán triệt cấp huyện | 3 | 4 | 2
Lớp học tập ở cơ sở | 142 | 215 | 96
Lượt cán bộ, đảng viên dự học | 11.864 | 14.372 | 7.018
Tỷ lệ đảng viên tham gia (%) | 97,4 | 95,9 | 96,6
Buổi tuyên truyền miệng | 186 | 240 | 118
Tin, bài trên trang thông tin điện tử | 520 | 368 | 274
Băng rôn, khẩu hiệu, pano | 640 | 1.120 | 385

Quận Cầu Giấy

Với đặc thù có nhiều trường đại học, học viện, Ban Tuyên giáo Quận ủy Cầu Giấy chú trọng tuyên truyền trong sinh viên. Trong 6 tháng, quận phối hợp tổ chức 14 buổi nói chuyện chuyên đề tại các trường với khoảng 5.600 lượt sinh viên tham dự. Cuộc thi trực tuyến “Tuổi trẻ Cầu Giấy tìm hiểu 70 năm Chiến thắng Điện Biên Phủ” thu hút 8.932 lượt người dự thi.

Huyện Thạch Thất

Huyện ủy Thạch Thất tổ chức 2 đợt sinh hoạt chính trị về chủ đề năm 2024 của Thành phố; các chi bộ thôn tổ chức 326 buổi sinh hoạt chuyên đề. Đồng chí Nguyễn Văn Khải, Trưởng ban Tuyên giáo Huyện ủy cho biết: “Huyện hiện có 23 xã, thị trấn nhưng mới có 9 fanpage chính danh của các xã. Chúng tôi đang đề nghị các xã còn lại hoàn thành trong quý III”.

Ảnh: Quang cảnh hội nghị sơ kết của Huyện ủy Thạch Thất.

Thị xã Sơn Tây

Thị xã hiện có 65 báo cáo viên. Trong 6 tháng, Thị ủy tổ chức 3 hội nghị báo cáo viên định kỳ; biên soạn, phát hành 6 số Bản tin sinh hoạt chi bộ, mỗi số 1.500 bản. Dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, Thị ủy khen thưởng 7 tập thể, 12 cá nhân có thành tích trong công tác tuyên truyền.

Ngọc Mai

Bài viết liên quan
Ba Vì: 31 xã hoàn thành học tập chuyên đề năm 2024
Mê Linh tổ chức Hội thi báo cáo viên giỏi lần thứ 3
"""

D04, D05, D06 = "2018-12-27", "2021-10-08", "2024-07-16"
H1_24 = h1(2024)

DOCS = [
    Doc("h61_04_donganh_2018", T04, DA, year(2018), D04, "text", facts=[
        F("thu hút 21.846 bài dự thi", 21846, "contest_entries",
          p=since("2018-05-15", "2018-10-31")),
        F("tổ chức 4 hội nghị cấp huyện", 4, "study_sessions"),
        F("mở 296 lớp", 296, "study_sessions"),
        F("cho 22.180 lượt đảng viên", 22180, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("có 6.450 lượt dự nghe", 6450, "study_attendance", a="masses"),
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("Đội ngũ 62 báo cáo viên", 62, "reporters", p=end_of(year(2018))),
        F("hơn 700 tuyên truyền viên", 700, "other", "at_least"),
        F("thực hiện 1.138 buổi nói chuyện", 1138, "oral_propaganda_sessions"),
        F("trên 96 nghìn lượt người nghe", 96000, "propaganda_audience", "at_least"),
        F("phát 240 bản tin", 240, "news_items"),
        F("52 số chuyên mục", 52, "news_items"),
        F("giấy khen cho 18 tập thể", 18, "commended_collectives"),
        F("18 tập thể và 35 cá nhân", 35, "commended_individuals"),
    ], traps=[("27/12/2018", 27), ("06:45", 6), ("Chiều 26-12", 26), ("năm 2018", 2018),
              ("(1930 – 2018)", 1930), ("– 2018)", 2018), ("từ ngày 15/5", 15),
              ("ngày 31/10/2018", 31), ("24 xã, thị trấn", 24), ("chọn 30 bài", 30),
              ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("6 giải Nhì", 6),
              ("10 giải Ba", 10), ("20 giải Khuyến khích", 20), ("Trung ương 7", 7),
              ("70 năm", 70), ("Năm 2019", 2019), ("100% chi bộ", 100),
              ("mở thêm 2 lớp", 2), ("14 nghìn đoàn viên", 14000), ("5 năm", 5),
              ("Chỉ thị 05-CT/TW", 5)]),
    Doc("h61_05_hoankiem_2021", T05, HK, quarter(3, 2021), D05, "text", facts=[
        F("đã phát 1.260 bản tin", 1260, "news_items"),
        F("lắp bổ sung 42 cụm loa", 42, "other"),
        F("có 1 trang thông tin điện tử", 1, "websites", p=inst(D05)),
        F("2 fanpage của Quận ủy", 2, "social_pages", p=inst(D05)),
        F("18 trang Zalo OA", 18, "social_pages", p=inst(D05)),
        F("hiện có 566 nhóm", 566, "chat_groups", p=inst(D05)),
        F("hơn 47.000 thành viên", 47000, "chat_group_members", "at_least", p=inst(D05)),
        F("gần 32.000 người quan tâm", 32000, "propaganda_audience", "at_most", p=inst(D05)),
        F("đăng tải 3.415 tin, bài", 3415, "news_items"),
        F("huy động 126 tình nguyện viên", 126, "other", p=since("2021-07-24", D05)),
        F("chạy 530 lượt", 530, "other", p=since("2021-07-24", D05)),
        F("Đội ngũ 35 cộng tác viên", 35, "opinion_collaborators",
          p=end_of(quarter(3, 2021))),
        F("gửi 27 báo cáo nhanh", 27, "opinion_reports"),
        F("chỉ tổ chức được 2 hội nghị trực tuyến", 2, "study_sessions", p=month(8, 2021)),
        F("hoàn thành 6 hội nghị học tập", 6, "study_sessions"),
        F("với 4.120 lượt cán bộ, đảng viên", 4120, "study_attendance", a="party_members"),
        F("biểu dương 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 21 cá nhân", 21, "commended_individuals"),
    ], traps=[("ngày 08 tháng 10 năm 2021", 8), ("quý III năm 2021", 2021),
              ("Chỉ thị 17/CT-UBND", 17), ("của 18 phường", 18),
              ("trong đó có 412 video", 412), ("Từ ngày 24/7", 24), ("76 tuổi", 76),
              ("tổ dân phố số 9", 9), ("6 giờ", 6), ("cả tổ 42 hộ", 42), ("tháng 8", 8),
              ("18 điểm cầu", 18), ("Hai Bà Trưng", 2), ("100% tổ dân phố", 100),
              ("Ba Đình", 3), ("lắp mới 60 cụm loa", 60)]),
    Doc("h61_06_hanoi_3units_2024", T06, CG, H1_24, D06, "text", facts=[
        F("Hội nghị học tập, quán triệt cấp huyện | 3", 3, "study_sessions", unit=CG),
        F("Hội nghị học tập, quán triệt cấp huyện | 3 | 4", 4, "study_sessions", unit=TT),
        F("Hội nghị học tập, quán triệt cấp huyện | 3 | 4 | 2", 2, "study_sessions",
          unit=ST),
        F("Lớp học tập ở cơ sở | 142", 142, "study_sessions", unit=CG),
        F("Lớp học tập ở cơ sở | 142 | 215", 215, "study_sessions", unit=TT),
        F("Lớp học tập ở cơ sở | 142 | 215 | 96", 96, "study_sessions", unit=ST),
        F("dự học | 11.864", 11864, "study_attendance", a="party_members", unit=CG),
        F("dự học | 11.864 | 14.372", 14372, "study_attendance", a="party_members",
          unit=TT),
        F("dự học | 11.864 | 14.372 | 7.018", 7018, "study_attendance", a="party_members",
          unit=ST),
        F("tham gia (%) | 97,4", 97.4, "study_participation_rate", unit=CG),
        F("tham gia (%) | 97,4 | 95,9", 95.9, "study_participation_rate", unit=TT),
        F("tham gia (%) | 97,4 | 95,9 | 96,6", 96.6, "study_participation_rate", unit=ST),
        F("Buổi tuyên truyền miệng | 186", 186, "oral_propaganda_sessions", unit=CG),
        F("Buổi tuyên truyền miệng | 186 | 240", 240, "oral_propaganda_sessions", unit=TT),
        F("Buổi tuyên truyền miệng | 186 | 240 | 118", 118, "oral_propaganda_sessions",
          unit=ST),
        F("trang thông tin điện tử | 520", 520, "news_items", unit=CG),
        F("trang thông tin điện tử | 520 | 368", 368, "news_items", unit=TT),
        F("trang thông tin điện tử | 520 | 368 | 274", 274, "news_items", unit=ST),
        F("Băng rôn, khẩu hiệu, pano | 640", 640, "other", unit=CG),
        F("Băng rôn, khẩu hiệu, pano | 640 | 1.120", 1120, "other", unit=TT),
        F("Băng rôn, khẩu hiệu, pano | 640 | 1.120 | 385", 385, "other", unit=ST),
        F("tổ chức 14 buổi nói chuyện chuyên đề", 14, "oral_propaganda_sessions", unit=CG),
        F("khoảng 5.600 lượt sinh viên", 5600, "propaganda_audience", "approx", unit=CG),
        F("thu hút 8.932 lượt người dự thi", 8932, "contest_entries", unit=CG),
        F("tổ chức 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=TT),
        F("tổ chức 326 buổi sinh hoạt chuyên đề", 326, "party_cell_discussions", unit=TT),
        F("mới có 9 fanpage chính danh", 9, "social_pages", unit=TT, p=inst(D06)),
        F("hiện có 65 báo cáo viên", 65, "reporters", unit=ST, p=inst(D06)),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences", unit=ST),
        F("phát hành 6 số Bản tin", 6, "news_items", unit=ST),
        F("khen thưởng 7 tập thể", 7, "commended_collectives", unit=ST),
        F("7 tập thể, 12 cá nhân", 12, "commended_individuals", unit=ST),
    ], traps=[("ngày 16 tháng 7 năm 2024", 16), ("6 tháng đầu năm 2024", 6),
              ("Trong 6 tháng", 6), ("70 năm", 70), ("chủ đề năm 2024", 2024),
              ("có 23 xã, thị trấn", 23), ("mỗi số 1.500 bản", 1500),
              ("31 xã hoàn thành", 31), ("chuyên đề năm 2024", 2024), ("lần thứ 3", 3),
              ("Ba Vì", 3)]),
]
