"""Twenty-fourth held-out set (holdout24), part 3: the city and several districts (2017-2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. The four
reports are new texts in my own words: a city-level conference story, an article on three HCMC
districts' study of a resolution, an election-campaign round-up of three Hanoi districts dated
only by its sidecar, and a district story with no date of its own (inferred).

Decisions taken where the guide leaves room:
- h24_09 (city-level conference, Thành phố Hồ Chí Minh, năm 2021): the dateline "Thứ Sáu, ngày
  14/01/2022" is the document date; "năm 2021" in the first sentence the period. The Ban
  Tuyên giáo Thành ủy, the Thành ủy and the Liên đoàn Lao động Thành phố are the province.
  "Thành ủy tổ chức 4 hội nghị cấp thành phố, các đảng bộ trực thuộc mở 6.230 lớp": the level
  names the study of the sentence before (study_sessions), the 6.230 classes are the city's
  (its party organisations the subject); "xấp xỉ 156 nghìn lượt quần chúng" attendance
  (masses, approx). The paragraph opening "Riêng 6 tháng cuối năm," dates its 1.850 reports
  and videos and their reach "ước đạt 12,6 triệu" to 2021-07-01..2021-12-31; "không quá 10
  người" a limit (trap). Contest: 243.518 contest_entries; the share of đoàn viên and the prizes
  by rank are traps. "trích kinh phí 1,8 tỷ đồng in và cấp phát tài liệu" money funding the
  work (`other`). "phối hợp Trường Cán bộ Thành phố mở 12 lớp": the city's classes (the school
  a partner). The Phó Trưởng ban's quotation opens with "Toàn Thành phố hiện có": chat groups
  (at_least) and members (approx) at the document date. The LĐLĐ's 320 sessions for "hơn
  95.000 lượt công nhân" are facts; "Khu chế xuất Tân Thuận (Quận 7), nơi làm việc của khoảng
  62 nghìn công nhân" traps. "đề nghị Ban Tuyên giáo Trung ương tặng bằng khen cho 2 tập thể" a
  proposal (trap); "21 quận, huyện", "hơn 9 triệu dân", Chỉ thị 16, Covid-19 and the 2022 plan
  are traps.
- h24_10 (three districts, quý I năm 2017): headline "Ba địa phương hoàn thành đợt học tập
  Nghị quyết Trung ương 4 khóa XII" and a lead naming the study; then sections headed "Quận
  11: ...", "Quận Tân Phú: ...", "Huyện Bình Chánh: ..." (each governs its paragraph). Bare
  "hội nghị" and "lớp" in the sections count the lead's study. Quận 11: "cho cán bộ chủ chốt
  của quận và 16 đảng bộ phường" (those the meetings were for, trap); the Trưởng ban's
  reported words give 310 party_cell_discussions; "27 biểu hiện" (of the resolution) and "một
  trong hai đơn vị được Thành ủy chọn làm điểm" are traps. Tân Phú: the structure (11 đảng bộ
  phường, 42 chi, đảng bộ) is a trap, "quần chúng dự nghe trên 3.000 lượt" attendance (masses,
  at_least); "12 buổi nói chuyện ... cho 1.720 lượt công nhân" oral sessions and their audience
  (audience `all`); the workforce of the industrial park and the worker's quotation
  ("Mười hai buổi ấy") are traps. Bình Chánh: "ba hội nghị cấp huyện" (number word),
  "11.062/11.540 đảng viên" attendance, "tỷ lệ 95,86%" its rate; "2 đợt sinh hoạt chính trị"
  political_campaigns; the theme's year, population, roads and the length of a class are
  traps. The closing "Theo kế hoạch ... sẽ" sentence is a plan; "Kế hoạch 145" a document.
- h24_11 (election round-up, Bắc Từ Liêm, Nam Từ Liêm, Thanh Xuân): no date in the text; the
  sidecar (2021-05-20) is the document date and closes the lead's "Từ đầu tháng 3 đến nay"
  (2021-03-01..2021-05-20). The election day, the term 2021 – 2026, "từ cuối tháng 4" and "tối
  đa 30 người" (a limit) are traps. Sections open with "▪ <district>: ...". Bắc Từ Liêm:
  banners and the van's 96 runs `other`; "phát 1.240 tin, bài" news_items; "13 phường" where
  (trap); "mở 2 lớp tập huấn ... cho 260 học viên" training; "7.460 lượt cử tri" at the voter
  meetings propaganda_audience (`all`). Nam Từ Liêm: the Phó Trưởng ban's quotation opens with
  the district as subject: 24 sessions and about 3.600 listeners; "Hiện quận có 210 nhóm Zalo
  ..., số thành viên khoảng 26.000 người" both at the document date. Wards, polling areas and
  students are traps. Thanh Xuân: list lines under the section heading: "Tin, bài ...: 860" and
  "Video clip, infographic: 126" news_items, "Pano, áp phích cỡ lớn: 420" `other`, "Hội nghị
  báo cáo viên chuyên đề bầu cử: 01" reporter_conferences, the contest's "lượt dự thi: 5.318"
  contest_entries (the share of đoàn viên in brackets a trap). The closing sentence (sẽ, phấn
  đấu) is a plan.
- h24_12 (district story, Quận Phú Nhuận, 6 tháng đầu năm 2024): no dateline and no sidecar;
  the document date is inferred as the latest full date in the text, "30/6/2024"
  (doc_date_source = inferred; the days and months without a year, 12/1 to 15/6, are
  all earlier). "triển khai nhiệm vụ 6 tháng cuối năm" is a plan (trap). The
  days in brackets after the 03 conferences are traps. "từ 280 đến 300 buổi sinh hoạt chuyên
  đề" party_cell_discussions 280 at_least. "Tính đến ngày 30/6/2024, đội ngũ báo cáo viên ...
  có 49 đồng chí" an instant at that date; "6 tháng qua" in the next clause keeps the report's
  half-year for the 137 sessions; "lên tới 10.560" exact. The contest "năm 2024" (a name) has
  "32 thí sinh" (contest_entries); the 4 who will represent the district a ranking/plan (trap);
  "tặng giấy khen cho 7 báo cáo viên" commended_individuals. Followers "gần 21.000 người theo
  dõi" propaganda_audience at_most at the document date; "trong đó 318 video ngắn" a part. The
  Trưởng ban names "Đội ngũ cộng tác viên của quận": 41 opinion_reports; the project's
  investment in đồng is a trap. Address, area, population and the closing plan are traps.
"""
from build_gold import Doc, F, U, h1, h2, inst, quarter, since, year

HCM = U("Thành phố Hồ Chí Minh")
Q11, TANPHU, BINHCHANH = U("Quận 11"), U("Quận Tân Phú"), U("Huyện Bình Chánh")
BTL, NTL, THANHXUAN = U("Quận Bắc Từ Liêm"), U("Quận Nam Từ Liêm"), U("Quận Thanh Xuân")
PHUNHUAN = U("Quận Phú Nhuận")

# ---------------------------------------------------------------------------------------------
T09 = """
Thứ Sáu, ngày 14/01/2022

TP.HCM: Ngành Tuyên giáo vượt khó trong năm đại dịch

(Thanhuytphcm.vn) – Chiều 14/1, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2021 và triển khai nhiệm vụ năm 2022. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến tới 21 quận, huyện và TP Thủ Đức. Với hơn 9 triệu dân, Thành phố là địa phương chịu ảnh hưởng nặng nề nhất của đợt dịch Covid-19 thứ tư.

Năm 2021, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành 58 văn bản chỉ đạo công tác tư tưởng, trong đó nhiều văn bản tập trung vào công tác tuyên truyền phòng, chống dịch.

Việc học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XI Đảng bộ Thành phố được triển khai bằng hình thức trực tiếp kết hợp trực tuyến. Thành ủy tổ chức 4 hội nghị cấp thành phố, các đảng bộ trực thuộc mở 6.230 lớp với 421.750 lượt cán bộ, đảng viên, đạt 96,08%, cùng xấp xỉ 156 nghìn lượt quần chúng dự nghe.

Riêng 6 tháng cuối năm, khi Thành phố thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg, hệ thống tuyên giáo chuyển mạnh sang môi trường mạng, phối hợp các cơ quan báo chí thực hiện 1.850 phóng sự, video clip về phòng, chống dịch, với lượt tiếp cận ước đạt 12,6 triệu; các buổi sinh hoạt trực tiếp chỉ được tổ chức với không quá 10 người.

Cuộc thi trắc nghiệm trực tuyến “Tìm hiểu lịch sử Đảng bộ Thành phố Hồ Chí Minh” thu hút 243.518 lượt người dự thi, trong đó đoàn viên, thanh niên chiếm khoảng 58%; Ban Tổ chức trao 1 giải Đặc biệt, 5 giải Nhất và 40 giải khuyến khích.

Ban cũng trích kinh phí 1,8 tỷ đồng in và cấp phát tài liệu học tập nghị quyết cho cơ sở; phối hợp Trường Cán bộ Thành phố mở 12 lớp bồi dưỡng nghiệp vụ tuyên giáo cho 1.460 học viên là cán bộ tuyên giáo quận, huyện, phường, xã.

Báo cáo tại hội nghị, đồng chí Trần Minh Quân, Phó Trưởng ban Tuyên giáo Thành ủy, cho biết: “Toàn Thành phố hiện có hơn 21.000 nhóm Zalo khu phố, ấp với khoảng 1,6 triệu thành viên. Trong những ngày cao điểm của dịch, đây là kênh để chính quyền nắm tình hình từng hộ dân.”

Đại diện Liên đoàn Lao động Thành phố cho biết trong năm, các cấp công đoàn đã tổ chức 320 buổi tuyên truyền tại các khu chế xuất, khu công nghiệp cho hơn 95.000 lượt công nhân. Riêng tại Khu chế xuất Tân Thuận (Quận 7), nơi làm việc của khoảng 62 nghìn công nhân, công đoàn duy trì tủ sách pháp luật ở từng nhà xưởng.

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 12 tập thể và 20 cá nhân; Thành ủy đề nghị Ban Tuyên giáo Trung ương tặng bằng khen cho 2 tập thể có thành tích xuất sắc trong tuyên truyền phòng, chống dịch. Năm 2022, ngành Tuyên giáo Thành phố sẽ tập trung tuyên truyền phục hồi kinh tế, phấn đấu tổ chức ít nhất 2 đợt sinh hoạt chính trị trong toàn Đảng bộ.
"""
D09 = "2022-01-14"
P09 = year(2021)
NOW09 = inst(D09)

# ---------------------------------------------------------------------------------------------
T10 = """
Thứ Tư, 12/4/2017

Ba địa phương hoàn thành đợt học tập Nghị quyết Trung ương 4 khóa XII

Quý I năm 2017, Quận ủy Quận 11, Quận ủy Tân Phú và Huyện ủy Bình Chánh cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng, gắn với Chỉ thị 05-CT/TW của Bộ Chính trị. Mỗi nơi có cách làm riêng.

Quận 11: Học xong, chi bộ “mổ xẻ”

Quận ủy tổ chức 2 hội nghị cho cán bộ chủ chốt của quận và 16 đảng bộ phường; các chi, đảng bộ cơ sở mở 176 lớp với 9.870 lượt cán bộ, đảng viên dự, đạt 97,3%. Theo ông Trần Quốc Tuấn, Trưởng ban Tuyên giáo Quận ủy Quận 11, sau học tập, các chi bộ đã tổ chức 310 buổi sinh hoạt thảo luận, đối chiếu 27 biểu hiện suy thoái với bản thân từng đảng viên. Quận 11 cũng là một trong hai đơn vị được Thành ủy chọn làm điểm về kiểm điểm tự phê bình gắn với nghị quyết.

Quận Tân Phú: Đưa nghị quyết vào khu công nghiệp

Quận ủy Tân Phú tổ chức 3 hội nghị; 11 đảng bộ phường và 42 chi, đảng bộ cơ sở mở 148 lớp, thu hút 8.215 lượt đảng viên, đạt 96,1%; quần chúng dự nghe trên 3.000 lượt. Tại Khu công nghiệp Tân Bình, phần thuộc địa bàn quận, nơi làm việc của khoảng 20.000 công nhân, Ban Tuyên giáo Quận ủy phối hợp công đoàn tổ chức 12 buổi nói chuyện chuyên đề cho 1.720 lượt công nhân. “Mười hai buổi ấy, buổi nào cũng kín hội trường”, chị Nguyễn Thị Hòa, công nhân một công ty may, kể.

Huyện Bình Chánh: Nghị quyết về tới ấp

Huyện ủy tổ chức ba hội nghị cấp huyện; 16 đảng bộ xã, thị trấn và các chi, đảng bộ cơ sở mở 204 lớp, với 11.062/11.540 đảng viên dự học, tỷ lệ 95,86%. Huyện còn phát động 2 đợt sinh hoạt chính trị theo chuyên đề năm 2017 của Chỉ thị 05-CT/TW. Bình Chánh có hơn 650 nghìn dân, nhiều khu dân cư mới dọc Quốc lộ 1A và Quốc lộ 50, nên các lớp ở ấp được bố trí vào buổi tối, mỗi lớp chừng 2 giờ.

Theo kế hoạch, trong quý II, Ban Tuyên giáo ba địa phương sẽ kiểm tra việc xây dựng kế hoạch thực hiện nghị quyết ở 100% chi bộ, gắn với sơ kết Kế hoạch 145 của Thành ủy về cải cách hành chính.
"""
D10 = "2017-04-12"
P10 = quarter(1, 2017)

# ---------------------------------------------------------------------------------------------
T11 = """
Ba quận phía tây Thủ đô “nóng” không khí bầu cử

Từ đầu tháng 3 đến nay, Ban Tuyên giáo các Quận ủy Bắc Từ Liêm, Nam Từ Liêm và Thanh Xuân đã triển khai nhiều hình thức tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 – 2026, diễn ra ngày 23/5/2021. Do dịch Covid-19 diễn biến phức tạp từ cuối tháng 4, các buổi gặp gỡ cử tri chỉ được tổ chức với tối đa 30 người, nhiều hoạt động chuyển sang trực tuyến.

▪ Bắc Từ Liêm: Phủ kín trực quan

Quận treo 3.150 băng rôn, khẩu hiệu, cờ phướn tại 13 phường; hệ thống truyền thanh của quận và phường phát 1.240 tin, bài về bầu cử. Đội xe tuyên truyền lưu động chạy 96 lượt qua các tuyến phố chính. Ban Tuyên giáo Quận ủy phối hợp Ủy ban Mặt trận Tổ quốc quận mở 2 lớp tập huấn nghiệp vụ tuyên truyền bầu cử cho 260 học viên là tổ trưởng tổ dân phố, trưởng ban công tác mặt trận. Các hội nghị tiếp xúc cử tri với người ứng cử đã thu hút tổng cộng 7.460 lượt cử tri.

▪ Nam Từ Liêm: Tuyên truyền qua Zalo tổ dân phố

“Quận đã tổ chức 24 buổi nói chuyện chuyên đề về bầu cử với khoảng 3.600 lượt người nghe. Hiện quận có 210 nhóm Zalo tổ dân phố, số thành viên khoảng 26.000 người; danh sách cử tri, địa điểm bỏ phiếu được đưa lên nhóm ngay trong ngày”, ông Phạm Văn Khải, Phó Trưởng ban Tuyên giáo Quận ủy Nam Từ Liêm, cho biết. Quận có 10 phường, được chia thành 120 khu vực bỏ phiếu; khu vực quanh các trường đại học, với hơn 100 nghìn sinh viên, được chú trọng tuyên truyền cho cử tri trẻ lần đầu đi bầu.

▪ Thanh Xuân: Một số kết quả chính

- Tin, bài trên cổng thông tin điện tử quận: 860
- Video clip, infographic: 126
- Pano, áp phích cỡ lớn: 420
- Hội nghị báo cáo viên chuyên đề bầu cử: 01
- Cuộc thi “Tìm hiểu pháp luật về bầu cử” – lượt dự thi: 5.318 (trong đó khoảng 61% là đoàn viên, thanh niên)

Trong những ngày còn lại trước bầu cử, ba quận sẽ tổ chức thêm các buổi tuyên truyền lưu động, phấn đấu tỷ lệ cử tri đi bầu đạt trên 99%.
"""
D11 = "2021-05-20"
P11 = since("2021-03-01", D11)
NOW11 = inst(D11)

# ---------------------------------------------------------------------------------------------
T12 = """
Phú Nhuận: Sơ kết công tác tuyên giáo 6 tháng đầu năm 2024

Ban Tuyên giáo Quận ủy Phú Nhuận vừa tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024 và triển khai nhiệm vụ 6 tháng cuối năm tại Trung tâm Văn hóa quận (số 64 Hoàng Minh Giám).

Theo báo cáo, 6 tháng qua, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 19 văn bản triển khai các nghị quyết, chỉ thị của Trung ương và Thành ủy. Quận ủy tổ chức 03 hội nghị cấp quận (ngày 12/1, 2/4 và 16/4) học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII, trong đó có Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới; tại cơ sở, các đảng bộ phường và chi, đảng bộ cơ sở mở 154 lớp với 7.842 lượt cán bộ, đảng viên, tỷ lệ 96,7%, cùng 2.310 lượt quần chúng dự nghe. Các chi bộ khu phố tổ chức từ 280 đến 300 buổi sinh hoạt chuyên đề về Chỉ thị 05-CT/TW.

Công tác tuyên truyền miệng được duy trì nền nếp. Tính đến ngày 30/6/2024, đội ngũ báo cáo viên của quận có 49 đồng chí; 6 tháng qua, báo cáo viên đã thực hiện 137 buổi nói chuyện thời sự, với số lượt người nghe lên tới 10.560.

Hội thi “Báo cáo viên, tuyên truyền viên giỏi” năm 2024 cấp quận, chung kết ngày 15/6, có 32 thí sinh đến từ các đảng bộ phường, khối cơ quan và doanh nghiệp; 4 thí sinh đạt giải cao nhất sẽ đại diện quận dự hội thi cấp Thành phố. Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 7 báo cáo viên có nhiều đóng góp.

Trên không gian mạng, fanpage “Phú Nhuận ngày nay” của Quận ủy có gần 21.000 người theo dõi; 6 tháng qua, các trang của quận đăng 1.126 tin, bài, trong đó 318 video ngắn. “Đội ngũ cộng tác viên của quận đã gửi 41 báo cáo phản ánh tâm tư, tình cảm của nhân dân, nhất là quanh dự án chống ngập trên đường Nguyễn Kiệm có tổng vốn đầu tư hơn 1.100 tỷ đồng”, bà Võ Thị Ngọc Diệp, Trưởng ban Tuyên giáo Quận ủy Phú Nhuận, cho biết.

Với dân số khoảng 165 nghìn người trên diện tích chưa đến 5 km², Phú Nhuận xác định tuyên truyền trực tiếp tại khu phố vẫn là kênh hiệu quả. Thời gian tới, quận sẽ tổ chức 2 hội nghị học tập chuyên đề và tuyên truyền kỷ niệm 79 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam.
"""
D12 = "2024-06-30"
P12 = h1(2024)

DOCS = [
    Doc("h24_09_hcmc_city_2021_conference", T09, HCM, P09, D09, "text", facts=[
        F("ban hành 58 văn bản", 58, "documents_issued"),
        F("4 hội nghị cấp thành phố", 4, "study_sessions"),
        F("mở 6.230 lớp", 6230, "study_sessions"),
        F("421.750 lượt cán bộ, đảng viên", 421750, "study_attendance", a="party_members"),
        F("đạt 96,08%", 96.08, "study_participation_rate"),
        F("xấp xỉ 156 nghìn lượt quần chúng", 156000, "study_attendance", "approx",
          a="masses"),
        F("1.850 phóng sự, video clip", 1850, "news_items", p=h2(2021)),
        F("lượt tiếp cận ước đạt 12,6 triệu", 12600000, "propaganda_audience", "approx",
          p=h2(2021)),
        F("243.518 lượt người dự thi", 243518, "contest_entries"),
        F("kinh phí 1,8 tỷ đồng", 1800000000, "other"),
        F("mở 12 lớp bồi dưỡng", 12, "training_classes"),
        F("1.460 học viên", 1460, "trainees"),
        F("hơn 21.000 nhóm Zalo", 21000, "chat_groups", "at_least", p=NOW09),
        F("khoảng 1,6 triệu thành viên", 1600000, "chat_group_members", "approx", p=NOW09),
        F("320 buổi tuyên truyền", 320, "oral_propaganda_sessions"),
        F("hơn 95.000 lượt công nhân", 95000, "propaganda_audience", "at_least"),
        F("cho 12 tập thể", 12, "commended_collectives"),
        F("20 cá nhân", 20, "commended_individuals"),
    ], traps=[("ngày 14/01/2022", 14), ("Chiều 14/1", 14), ("năm 2021", 2021),
              ("năm 2022", 2022), ("21 quận, huyện", 21), ("hơn 9 triệu dân", 9000000),
              ("Covid-19", 19), ("Năm 2021", 2021), ("6 tháng cuối năm", 6),
              ("Chỉ thị 16/CT-TTg", 16), ("không quá 10 người", 10), ("khoảng 58%", 58),
              ("1 giải Đặc biệt", 1), ("5 giải Nhất", 5), ("40 giải khuyến khích", 40),
              ("(Quận 7)", 7), ("khoảng 62 nghìn công nhân", 62000), ("cho 2 tập thể", 2),
              ("Năm 2022", 2022), ("ít nhất 2 đợt", 2)]),
    Doc("h24_10_q11_tanphu_binhchanh_q1_2017", T10, Q11, P10, D10, "text", facts=[
        F("tổ chức 2 hội nghị", 2, "study_sessions", unit=Q11),
        F("mở 176 lớp", 176, "study_sessions", unit=Q11),
        F("9.870 lượt cán bộ, đảng viên", 9870, "study_attendance", a="party_members",
          unit=Q11),
        F("đạt 97,3%", 97.3, "study_participation_rate", unit=Q11),
        F("310 buổi sinh hoạt thảo luận", 310, "party_cell_discussions", unit=Q11),
        F("tổ chức 3 hội nghị", 3, "study_sessions", unit=TANPHU),
        F("mở 148 lớp", 148, "study_sessions", unit=TANPHU),
        F("8.215 lượt đảng viên", 8215, "study_attendance", a="party_members", unit=TANPHU),
        F("đạt 96,1%", 96.1, "study_participation_rate", unit=TANPHU),
        F("dự nghe trên 3.000 lượt", 3000, "study_attendance", "at_least", a="masses",
          unit=TANPHU),
        F("12 buổi nói chuyện", 12, "oral_propaganda_sessions", unit=TANPHU),
        F("1.720 lượt công nhân", 1720, "propaganda_audience", unit=TANPHU),
        F("ba hội nghị cấp huyện", 3, "study_sessions", unit=BINHCHANH),
        F("mở 204 lớp", 204, "study_sessions", unit=BINHCHANH),
        F("11.062/11.540 đảng viên", 11062, "study_attendance", a="party_members",
          unit=BINHCHANH),
        F("tỷ lệ 95,86%", 95.86, "study_participation_rate", unit=BINHCHANH),
        F("2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=BINHCHANH),
    ], traps=[("12/4/2017", 12), ("Ba địa phương", 3), ("Trung ương 4", 4),
              ("Quý I năm 2017", 2017), ("Quận 11", 11), ("lần thứ tư", 4), ("05-CT/TW", 5),
              ("16 đảng bộ phường", 16), ("27 biểu hiện", 27), ("một trong hai đơn vị", 2),
              ("11 đảng bộ phường", 11), ("42 chi, đảng bộ", 42),
              ("khoảng 20.000 công nhân", 20000), ("Mười hai buổi ấy", 12),
              ("16 đảng bộ xã", 16), ("chuyên đề năm 2017", 2017),
              ("hơn 650 nghìn dân", 650000), ("Quốc lộ 1A", 1), ("Quốc lộ 50", 50),
              ("chừng 2 giờ", 2), ("ba địa phương", 3), ("100% chi bộ", 100),
              ("Kế hoạch 145", 145)]),
    Doc("h24_11_btl_ntl_thanhxuan_election_2021", T11, BTL, P11, D11, "sidecar",
        meta={"date": D11}, facts=[
        F("treo 3.150 băng rôn", 3150, "other", unit=BTL),
        F("phát 1.240 tin, bài", 1240, "news_items", unit=BTL),
        F("chạy 96 lượt", 96, "other", unit=BTL),
        F("mở 2 lớp tập huấn", 2, "training_classes", unit=BTL),
        F("260 học viên", 260, "trainees", unit=BTL),
        F("7.460 lượt cử tri", 7460, "propaganda_audience", unit=BTL),
        F("24 buổi nói chuyện", 24, "oral_propaganda_sessions", unit=NTL),
        F("khoảng 3.600 lượt người nghe", 3600, "propaganda_audience", "approx", unit=NTL),
        F("có 210 nhóm Zalo", 210, "chat_groups", unit=NTL, p=NOW11),
        F("khoảng 26.000 người", 26000, "chat_group_members", "approx", unit=NTL, p=NOW11),
        F("cổng thông tin điện tử quận: 860", 860, "news_items", unit=THANHXUAN),
        F("infographic: 126", 126, "news_items", unit=THANHXUAN),
        F("cỡ lớn: 420", 420, "other", unit=THANHXUAN),
        F("chuyên đề bầu cử: 01", 1, "reporter_conferences", unit=THANHXUAN),
        F("lượt dự thi: 5.318", 5318, "contest_entries", unit=THANHXUAN),
    ], traps=[("Ba quận", 3), ("tháng 3", 3), ("2021 – 2026", 2021), ("23/5/2021", 23),
              ("Covid-19", 19), ("tháng 4", 4), ("tối đa 30 người", 30), ("13 phường", 13),
              ("10 phường", 10), ("120 khu vực bỏ phiếu", 120),
              ("hơn 100 nghìn sinh viên", 100000), ("khoảng 61%", 61), ("ba quận sẽ", 3),
              ("trên 99%", 99)]),
    Doc("h24_12_phunhuan_h1_2024_inferred", T12, PHUNHUAN, P12, D12, "inferred", facts=[
        F("ban hành 19 văn bản", 19, "documents_issued"),
        F("03 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 154 lớp", 154, "study_sessions"),
        F("7.842 lượt cán bộ, đảng viên", 7842, "study_attendance", a="party_members"),
        F("tỷ lệ 96,7%", 96.7, "study_participation_rate"),
        F("2.310 lượt quần chúng", 2310, "study_attendance", a="masses"),
        F("từ 280 đến 300 buổi", 280, "party_cell_discussions", "at_least"),
        F("có 49 đồng chí", 49, "reporters", p=inst("2024-06-30")),
        F("137 buổi nói chuyện", 137, "oral_propaganda_sessions"),
        F("lên tới 10.560", 10560, "propaganda_audience"),
        F("có 32 thí sinh", 32, "contest_entries"),
        F("cho 7 báo cáo viên", 7, "commended_individuals"),
        F("gần 21.000 người theo dõi", 21000, "propaganda_audience", "at_most",
          p=inst(D12)),
        F("đăng 1.126 tin, bài", 1126, "news_items"),
        F("gửi 41 báo cáo", 41, "opinion_reports"),
    ], traps=[("6 tháng đầu năm 2024", 6), ("6 tháng cuối năm", 6),
              ("số 64 Hoàng Minh Giám", 64), ("6 tháng qua", 6), ("ngày 12/1", 12),
              ("2/4", 2), ("16/4", 16), ("Trung ương 8", 8), ("44-NQ/TW", 44),
              ("05-CT/TW", 5), ("30/6/2024", 30), ("năm 2024", 2024), ("ngày 15/6", 15),
              ("4 thí sinh", 4), ("318 video ngắn", 318), ("hơn 1.100 tỷ đồng", 1.1e12),
              ("khoảng 165 nghìn người", 165000), ("chưa đến 5 km²", 5),
              ("2 hội nghị", 2), ("79 năm", 79)]),
]
