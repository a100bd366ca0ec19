"""Held-out set holdout64, part 2: Hanoi before the 2025 reform (2020-2023): a district's
summary report with a table whose columns are measures (Quận Cầu Giấy), a newspaper article
with an official's quotations (Huyện Ba Vì) and a city body's notice of a contest's results
(Ban Tuyên giáo Thành ủy Hà Nội).
Written from docs/LABELING.md, the seeds and build_gold.py only, without reading the extractor.

Decisions where the guide leaves room:
- "biên soạn 14 đề cương tuyên truyền": propaganda outlines are material, not leadership or
  guidance documents, so `other` (not documents_issued).
- "Ngoài ra, 8 đảng bộ phường và 54 chi, đảng bộ cơ sở duy trì 1.540 buổi sinh hoạt chi bộ
  chuyên đề": party_cell_discussions; the party organisations are the subject (traps).
- The table's "Tổng cộng" row (columns are measures) is a fact for each filled cell; its empty
  rate cell gives nothing.
- "Quận hiện duy trì 1 fanpage chính danh ... và 8 fanpage ...; các tổ dân phố đã lập 412 nhóm
  Zalo với khoảng 36.000 thành viên": "hiện duy trì" dates the stocks of its clause and of the
  clauses after it (document date).
- "Năm 2022, đội ngũ 86 cộng tác viên ... gửi 124 báo cáo tình hình dư luận": the collaborators
  are a stock with a period and no marker, dated at the year's end (2022-12-31).
- "29 tài khoản Zalo OA của các xã, thị trấn" are social_pages.
- The contest notice's period is the contest's range ("diễn ra từ ngày 15/7 đến ngày
  15/10/2023"), for every fact of the notice, the certificates it announces included.
- "Bài dự thi tự luận gửi về Ban Tổ chức: 2.846 bài" is its own contest_entries fact beside the
  entrants ("Lượt người dự thi: 412.638").
"""
from build_gold import Doc, F, U, end_of, inst, m9, since, year

CGIAY, BAVI, HN = U("Quận Cầu Giấy"), U("Huyện Ba Vì"), U("01")

T04 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY CẦU GIẤY
BAN TUYÊN GIÁO
*
Số 112-BC/BTGQU
Cầu Giấy, ngày 08 tháng 10 năm 2020

BÁO CÁO TÓM TẮT
Kết quả công tác tuyên giáo 9 tháng đầu năm 2020

1. Công tác tuyên truyền
Chín tháng qua, công tác tuyên truyền tập trung vào phòng, chống dịch Covid-19, đại hội đảng bộ các cấp tiến tới Đại hội XVII Đảng bộ Thành phố, kỷ niệm 75 năm Cách mạng tháng Tám và Quốc khánh 2/9. Ban Tuyên giáo Quận ủy biên soạn 14 đề cương tuyên truyền; Cổng thông tin điện tử quận đăng 2.318 tin, bài, ảnh. Các phường treo 3.620 băng rôn, cờ phướn và dựng 85 pano tấm lớn tại các trục đường Xuân Thủy, Cầu Giấy, Trần Duy Hưng.

2. Học tập, quán triệt nghị quyết, chỉ thị
Kết quả học tập, quán triệt trong 9 tháng:

Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)
Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp | 24 | 3.986 | 96,8
Kết luận 76-KL/TW về tiếp tục thực hiện Nghị quyết 33 | 18 | 2.742 | 94,6
Quy định 213-QĐ/TW về đảng viên giữ mối liên hệ với nơi cư trú | 21 | 3.105 | 95,2
Tổng cộng | 63 | 9.833 |

Ngoài ra, 8 đảng bộ phường và 54 chi, đảng bộ cơ sở duy trì 1.540 buổi sinh hoạt chi bộ chuyên đề gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

3. Nắm bắt, định hướng dư luận xã hội
- Cộng tác viên dư luận xã hội: 48 đồng chí (tính đến 30/9/2020)
- Báo cáo dư luận xã hội: 27 định kỳ, 11 đột xuất
- Hội nghị báo cáo viên: 03 (tháng 1, tháng 6 và tháng 9)

4. Tuyên truyền trên mạng xã hội
Quận hiện duy trì 1 fanpage chính danh “Cầu Giấy – Quận trẻ Thủ đô” và 8 fanpage của đảng ủy các phường; các tổ dân phố đã lập 412 nhóm Zalo với khoảng 36.000 thành viên. Trong 9 tháng, các trang, nhóm này chia sẻ hơn 4.100 tin, bài, video clip về phòng, chống dịch và đại hội đảng bộ các cấp.

5. Nhiệm vụ quý IV năm 2020: tổ chức học tập Nghị quyết Đại hội Đảng bộ quận lần thứ VI, nhiệm kỳ 2020 – 2025 cho 100% đảng viên; mở 2 lớp bồi dưỡng nghiệp vụ cho cộng tác viên dư luận xã hội.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (để b/c);
- Thường trực Quận ủy;
- Lưu BTG.
"""

T05 = """
Ba Vì: Đưa nghị quyết lên bản làng vùng đồng bào dân tộc

Thứ Sáu, 30/12/2022 - 09:15

(HNM) – Là huyện miền núi có diện tích lớn nhất Thủ đô, với 31 xã, thị trấn, trong đó 7 xã miền núi có đông đồng bào Mường, Dao sinh sống, Ba Vì xác định công tác tuyên giáo phải “đi từng ngõ, gõ từng nhà”.

Bà Đinh Thị Hồng Nhung, Trưởng ban Tuyên giáo Huyện ủy Ba Vì, cho biết: “Năm 2022, Ban Thường vụ Huyện ủy đã tổ chức 4 hội nghị cấp huyện học tập, quán triệt các nghị quyết Hội nghị Trung ương 4, 5, 6 khóa XIII. Các tổ chức cơ sở đảng mở 312 lớp với hơn 21.600 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia đạt 95,46%”.

Ở các xã vùng cao như Ba Vì, Khánh Thượng, Minh Quang, Ban Tuyên giáo Huyện ủy biên soạn tài liệu hỏi – đáp song ngữ Việt – Mường, in 6.000 cuốn phát đến từng chi bộ thôn. Báo cáo viên, tuyên truyền viên cơ sở tổ chức 640 buổi nói chuyện tại nhà văn hóa thôn, thu hút chừng 47.000 lượt người dân. “Có những buổi phải nói bằng tiếng Mường thì bà con mới hiểu hết”, bà Nhung chia sẻ.

Ông Bàn Văn Thành, 67 tuổi, trưởng thôn Yên Sơn, xã Ba Vì, kể: “Thôn tôi có 126 hộ người Dao, trước kia họp chi bộ chỉ lèo tèo mươi người, giờ buổi nào cũng kín hội trường”.

Công tác nắm bắt dư luận xã hội được chú trọng. Năm 2022, đội ngũ 86 cộng tác viên dư luận xã hội của huyện gửi 124 báo cáo tình hình dư luận, phản ánh kịp thời băn khoăn của người dân về giải phóng mặt bằng mở rộng Quốc lộ 32 và giá vật tư nông nghiệp tăng cao.

Trên không gian mạng, huyện hiện có 1 trang thông tin điện tử, 2 fanpage của Huyện ủy, UBND huyện và 29 tài khoản Zalo OA của các xã, thị trấn. Trong năm, các trang này đăng tải hơn 5.200 tin, bài, video clip giới thiệu nghị quyết, gương người tốt việc tốt và quảng bá du lịch Ba Vì.

Dịp tổng kết năm, Ban Thường vụ Huyện ủy tặng giấy khen cho 14 tập thể và 25 cá nhân có thành tích trong công tác tuyên giáo. Năm 2023, Ba Vì đặt mục tiêu 100% thôn, tổ dân phố có nhóm Zalo và tổ chức ít nhất 700 buổi nói chuyện ở cơ sở.
"""

T06 = """
THÀNH ỦY HÀ NỘI
BAN TUYÊN GIÁO
*
Số 1245-TB/BTGTU

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 20 tháng 11 năm 2023

THÔNG BÁO
Kết quả Cuộc thi trực tuyến tìm hiểu Nghị quyết 15-NQ/TW của Bộ Chính trị

Thực hiện Kế hoạch số 186-KH/BTGTU ngày 12/6/2023 của Ban Tuyên giáo Thành ủy, Cuộc thi trực tuyến “Tìm hiểu Nghị quyết 15-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045” đã diễn ra từ ngày 15/7 đến ngày 15/10/2023 trên Cổng thông tin điện tử của Ban Tuyên giáo Thành ủy. Ban Tổ chức Cuộc thi thông báo kết quả như sau:

1. Kết quả tham gia
- Lượt người dự thi: 412.638, trong đó đoàn viên, thanh niên chiếm khoảng 58%
- Bài dự thi tự luận gửi về Ban Tổ chức: 2.846 bài
- Thí sinh đến từ 30 quận, huyện, thị xã và 64 sở, ban, ngành, đoàn thể, doanh nghiệp của Thành phố

2. Giải thưởng
Căn cứ kết quả chấm thi, Ban Tổ chức quyết định trao 01 giải Đặc biệt, 03 giải Nhất, 06 giải Nhì, 10 giải Ba và 30 giải Khuyến khích cho các cá nhân; 05 giải tập thể cho các đơn vị có đông người tham gia. Tổng giá trị giải thưởng là 186 triệu đồng.

3. Công tác tuyên truyền
Trong thời gian diễn ra Cuộc thi, Ban Tuyên giáo Thành ủy phối hợp các cơ quan báo chí Thủ đô đăng, phát 164 tin, bài, phóng sự về Nghị quyết 15-NQ/TW và Cuộc thi; các sản phẩm truyền thông trên fanpage “Tuyên giáo Thủ đô” có lượt tiếp cận ước đạt 2,4 triệu.

4. Khen thưởng
Ban Tuyên giáo Thành ủy tặng giấy khen cho 12 tập thể và 17 cá nhân có thành tích trong tổ chức, vận động cán bộ, đảng viên và Nhân dân tham gia Cuộc thi.

Lễ tổng kết, trao giải dự kiến tổ chức vào 8 giờ 30 ngày 28/11/2023 tại Cung Văn hóa Hữu nghị Việt Xô, số 91 Trần Hưng Đạo, quận Hoàn Kiếm. Ban Tổ chức trân trọng thông báo.

Nơi nhận:
- Thường trực Thành ủy (để b/c);
- Các quận, huyện, thị ủy, đảng ủy trực thuộc;
- Lưu VP.
"""

D04, D05, D06 = "2020-10-08", "2022-12-30", "2023-11-20"
CONTEST = since("2023-07-15", "2023-10-15")

DOCS = [
    Doc("h64_04_caugiay_9t_2020", T04, CGIAY, m9(2020), D04, "text", facts=[
        F("biên soạn 14 đề cương", 14, "other"),
        F("đăng 2.318 tin, bài, ảnh", 2318, "news_items"),
        F("treo 3.620 băng rôn", 3620, "other"),
        F("dựng 85 pano", 85, "other"),
        F("các cấp | 24", 24, "study_sessions"),
        F("| 3.986 |", 3986, "study_attendance", a="party_members"),
        F("| 96,8", 96.8, "study_participation_rate"),
        F("Nghị quyết 33 | 18", 18, "study_sessions"),
        F("| 2.742 |", 2742, "study_attendance", a="party_members"),
        F("| 94,6", 94.6, "study_participation_rate"),
        F("nơi cư trú | 21", 21, "study_sessions"),
        F("| 3.105 |", 3105, "study_attendance", a="party_members"),
        F("| 95,2", 95.2, "study_participation_rate"),
        F("Tổng cộng | 63", 63, "study_sessions"),
        F("| 9.833 |", 9833, "study_attendance", a="party_members"),
        F("duy trì 1.540 buổi sinh hoạt chi bộ", 1540, "party_cell_discussions"),
        F("Cộng tác viên dư luận xã hội: 48 đồng chí", 48, "opinion_collaborators",
          p=inst("2020-09-30")),
        F("Báo cáo dư luận xã hội: 27 định kỳ", 27, "opinion_reports"),
        F("11 đột xuất", 11, "opinion_reports"),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("hiện duy trì 1 fanpage", 1, "social_pages", p=inst(D04)),
        F("8 fanpage của đảng ủy các phường", 8, "social_pages", p=inst(D04)),
        F("lập 412 nhóm Zalo", 412, "chat_groups", p=inst(D04)),
        F("khoảng 36.000 thành viên", 36000, "chat_group_members", "approx", p=inst(D04)),
        F("hơn 4.100 tin, bài", 4100, "news_items", "at_least"),
    ], traps=[("Số 112-BC/BTGQU", 112), ("ngày 08 tháng 10 năm 2020", 8),
              ("9 tháng đầu năm 2020", 9), ("1. Công tác tuyên truyền", 1),
              ("Covid-19", 19), ("75 năm", 75), ("Quốc khánh 2/9", 2),
              ("2. Học tập", 2), ("trong 9 tháng", 9), ("Chỉ thị 35-CT/TW", 35),
              ("Kết luận 76-KL/TW", 76), ("Nghị quyết 33", 33), ("Quy định 213-QĐ/TW", 213),
              ("8 đảng bộ phường", 8), ("54 chi, đảng bộ cơ sở", 54),
              ("3. Nắm bắt", 3), ("tính đến 30/9/2020", 30), ("tháng 1,", 1),
              ("tháng 6 và", 6), ("tháng 9)", 9), ("4. Tuyên truyền", 4),
              ("Trong 9 tháng", 9), ("5. Nhiệm vụ", 5), ("quý IV năm 2020", 2020),
              ("nhiệm kỳ 2020 – 2025", 2020), ("100% đảng viên", 100),
              ("mở 2 lớp", 2)]),
    Doc("h64_05_bavi_2022", T05, BAVI, year(2022), D05, "text", facts=[
        F("tổ chức 4 hội nghị cấp huyện", 4, "study_sessions"),
        F("mở 312 lớp", 312, "study_sessions"),
        F("hơn 21.600 lượt cán bộ, đảng viên", 21600, "study_attendance", "at_least",
          a="party_members"),
        F("tham gia đạt 95,46%", 95.46, "study_participation_rate"),
        F("in 6.000 cuốn", 6000, "other"),
        F("tổ chức 640 buổi nói chuyện", 640, "oral_propaganda_sessions"),
        F("chừng 47.000 lượt người dân", 47000, "propaganda_audience", "approx", a="masses"),
        F("đội ngũ 86 cộng tác viên", 86, "opinion_collaborators", p=end_of(year(2022))),
        F("gửi 124 báo cáo", 124, "opinion_reports"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D05)),
        F("2 fanpage", 2, "social_pages", p=inst(D05)),
        F("29 tài khoản Zalo OA", 29, "social_pages", p=inst(D05)),
        F("hơn 5.200 tin, bài", 5200, "news_items", "at_least"),
        F("giấy khen cho 14 tập thể", 14, "commended_collectives"),
        F("14 tập thể và 25 cá nhân", 25, "commended_individuals"),
    ], traps=[("30/12/2022 - 09:15", 30), ("31 xã, thị trấn", 31), ("7 xã miền núi", 7),
              ("Năm 2022", 2022), ("Trung ương 4", 4), ("5, 6 khóa XIII", 5),
              ("6 khóa XIII", 6), ("67 tuổi", 67), ("126 hộ", 126), ("Quốc lộ 32", 32),
              ("Năm 2023", 2023), ("100% thôn", 100), ("ít nhất 700 buổi", 700)]),
    Doc("h64_06_hanoi_btgtu_cuocthi_2023", T06, HN, CONTEST, D06, "text", facts=[
        F("Lượt người dự thi: 412.638", 412638, "contest_entries"),
        F("Ban Tổ chức: 2.846 bài", 2846, "contest_entries"),
        F("đăng, phát 164 tin, bài", 164, "news_items"),
        F("ước đạt 2,4 triệu", 2400000, "propaganda_audience", "approx"),
        F("giấy khen cho 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể và 17 cá nhân", 17, "commended_individuals"),
    ], traps=[("Số 1245-TB/BTGTU", 1245), ("ngày 20 tháng 11 năm 2023", 20),
              ("Nghị quyết 15-NQ/TW", 15), ("Kế hoạch số 186-KH/BTGTU", 186),
              ("ngày 12/6/2023", 12), ("năm 2030", 2030), ("năm 2045", 2045),
              ("từ ngày 15/7", 15), ("ngày 15/10/2023", 15), ("1. Kết quả tham gia", 1),
              ("chiếm khoảng 58%", 58), ("30 quận, huyện, thị xã", 30),
              ("64 sở, ban, ngành", 64), ("2. Giải thưởng", 2), ("01 giải Đặc biệt", 1),
              ("03 giải Nhất", 3), ("06 giải Nhì", 6), ("10 giải Ba", 10),
              ("30 giải Khuyến khích", 30), ("05 giải tập thể", 5),
              ("186 triệu đồng", 186000000), ("3. Công tác tuyên truyền", 3),
              ("4. Khen thưởng", 4), ("8 giờ 30", 8), ("ngày 28/11/2023", 28),
              ("số 91 Trần Hưng Đạo", 91)]),
]
