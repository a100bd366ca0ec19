"""Twenty-first held-out set (holdout21), part 1: Ho Chi Minh City districts (2017-2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h21_01 (administrative report, Quận 5, 6 tháng đầu năm 2017): letterhead "ĐẢNG BỘ THÀNH PHỐ
  HỒ CHÍ MINH / QUẬN ỦY QUẬN 5 / BAN TUYÊN GIÁO"; the dateline under it is the document date.
  "Văn bản ... đã tham mưu ban hành: 17 (trong đó 6 kế hoạch, 11 hướng dẫn)": the total is the
  fact, the bracket's parts traps. Lines under the numbered heading "2. Học tập, quán triệt ..."
  read with it: "Hội nghị cấp quận: 02" and "Lớp ở ...: 143" study_sessions; the months in
  brackets "(tháng 1 và tháng 3)" are traps, no period. "9.415, đạt tỷ lệ 96,3%" attendance
  and its rate; "chưa tham gia: 361 người" `other`. "Báo cáo viên cấp quận: 48 đồng chí (tính
  đến 30/6/2017)" an instant at that date; collaborators (no marker) an instant at 2017-06-30
  too. "Báo cáo dư luận xã hội: 24 định kỳ, 7 đột xuất" counts reports twice. The second label
  "trên fanpage ...: 196" is news_items like the first. Population, the share of người Hoa and
  "15 phường" (under "ĐÁNH GIÁ CHUNG") are traps; every number under "III. PHƯƠNG HƯỚNG, NHIỆM
  VỤ 6 THÁNG CUỐI NĂM 2017" is a plan (trap).
- h21_02 (web feature on fighting wrong views online, Quận Bình Tân, 2020): the first sentence
  opens "Năm 2020," (article period). The official is introduced by title ("Phó Trưởng ban
  Tuyên giáo Quận ủy Bình Tân"), so "bà Vân cho biết" later speaks for the unit: the 1.047
  posts proposed for removal are a counted result outside the taxonomy (`other`, not
  news_items: they are not the unit's items). "lượt tiếp cận ước đạt 2,4 triệu"
  propaganda_audience approx; fanpage followers "gần 48.600 người theo dõi" propaganda_audience
  at_most at the document date. "Đến nay, toàn quận duy trì 12 fanpage và 1.536 nhóm Zalo ...;
  số thành viên hiện nay khoảng 214.000 người": stocks at the document date. The tổ trưởng's
  quotation (186 members) is an anecdote; "Lê Văn Tám" a name (trap). "Khu công nghiệp ..., nơi
  làm việc của khoảng 30.000 công nhân" trap; "46 buổi nói chuyện ... tại 18 doanh nghiệp với
  5.200 lượt công nhân": the sessions and their audience (audience `all`: công nhân is no
  masses word of the guide), the enterprises the place (trap). "Đội ngũ 86 cộng tác viên" has
  no marker: an instant at 2020-12-31. "tăng 18% so với năm 2019" and the 2021 plan are traps.
- h21_03 (conference news, TP Thủ Đức, quý I năm 2023): the first sentence names the quarter
  whose results the conference reviewed ("kết quả ... quý I năm 2023"); "Sáng 11/4/2023" is the
  document date. "Ban Tuyên giáo Thành ủy Thủ Đức" is TP Thủ Đức. "hiện có 126 đồng chí"
  reporters at the document date; "bí thư đảng ủy 34 phường" the structure (trap). "02 hội
  nghị báo cáo viên ..., trong đó có 01 hội nghị trực tuyến": parts trap. "Bình quân mỗi báo
  cáo viên đảm nhận 3 – 4 buổi" per-item (trap). "Khu Công nghệ cao, nơi có trên 50 nghìn lao
  động" trap; its 9 sessions and 2.300 worker-attendances are facts. "40 – 45 buổi sinh hoạt
  chuyên đề tại chi bộ" party_cell_discussions 40 at_least; the theme's year is no period.
  Reports sent to the city's Ban are Thủ Đức's. "Phối hợp Trường Chính trị Thành phố mở 1 lớp
  ... với 95 học viên": Thủ Đức's training class and trainees (the school is a partner).
  Contest: 41 thí sinh contest_entries, the 8 with the highest scores a ranking (trap); the
  year in the contest's name no period. The quý II plan and "Nghị quyết 98/2023/QH15" traps.
- h21_04 (article on the study of Nghị quyết Trung ương 8 khóa XIII, quý I năm 2024, sections
  "* Huyện Củ Chi", "* Huyện Hóc Môn", "* Quận 12"): the article unit is Củ Chi (first named in
  the first sentence), but every fact lies in a section. "Dù tháng 1 huyện chỉ tổ chức được 1
  hội nghị": a concession, dated January 2024 only (its own fact); the section stays Q1.
  "21 đảng bộ xã, thị trấn và 34 chi, đảng bộ cơ sở mở 386 lớp": structure traps, classes fact.
  "trên 7.400 lượt dự nghe" masses at_least. "một trong ba đợt sinh hoạt chính trị được Thành ủy
  phát động" → 3 political_campaigns of Củ Chi. "Tính đến ngày 31/3/2024, huyện có 1.326 nhóm
  Zalo" an instant at that date; the 5.840 items are the quarter's. Hóc Môn: "11.386/11.902
  đảng viên dự học" attendance (numerator); "một trong 5 đơn vị dẫn đầu" a ranking (trap); the
  Trưởng ban's "Gần như 100% đảng viên ... đã dự học" a participation rate, approx; his name
  "Mười" a trap. Quận 12: "11 phường", "hơn 620 nghìn dân", "mỗi số khoảng 12 trang" and the
  post's comments and shares are traps; "phát hành 3 số bản tin" news_items. The closing "Theo
  kế hoạch ... sẽ" sentence is a plan (trap).
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, year

Q5, BINHTAN, THUDUC = U("Quận 5"), U("Quận Bình Tân"), U("Thành phố Thủ Đức")
CUCHI, HOCMON, Q12 = U("Huyện Củ Chi"), U("Huyện Hóc Môn"), U("Quận 12")

# ---------------------------------------------------------------------------------------------
T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 5
BAN TUYÊN GIÁO
Số 86-BC/BTGQU

Quận 5, ngày 05 tháng 7 năm 2017

BÁO CÁO
Kết quả công tác tuyên giáo 6 tháng đầu năm 2017,
phương hướng, nhiệm vụ 6 tháng cuối năm 2017

Kính gửi: Ban Tuyên giáo Thành ủy

Thực hiện Công văn số 1240-CV/BTGTU của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy Quận 5 báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2017 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu
- Văn bản hướng dẫn, kế hoạch đã tham mưu ban hành: 17 (trong đó 6 kế hoạch, 11 hướng dẫn)
- Tham mưu sơ kết 1 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị trong Đảng bộ quận.

2. Học tập, quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII
- Hội nghị cấp quận: 02 (tháng 1 và tháng 3)
- Lớp ở các đảng bộ phường và chi, đảng bộ cơ sở: 143
- Lượt cán bộ, đảng viên dự: 9.415, đạt tỷ lệ 96,3%
- Lượt quần chúng dự nghe: 2.180
- Số đảng viên chưa tham gia: 361 người

3. Tuyên truyền miệng, báo cáo viên
- Buổi nói chuyện chuyên đề, thời sự: 57; lượt người nghe: 6.840
- Báo cáo viên cấp quận: 48 đồng chí (tính đến 30/6/2017)
- Hội nghị báo cáo viên định kỳ: 06

4. Nắm bắt dư luận xã hội
- Cộng tác viên dư luận xã hội: 62 người
- Báo cáo dư luận xã hội: 24 định kỳ, 7 đột xuất

5. Giáo dục lý luận chính trị
- Lớp sơ cấp lý luận chính trị: 02; học viên: 187
- Lớp bồi dưỡng nhận thức về Đảng (phối hợp Trung tâm Bồi dưỡng chính trị quận): 03; học viên: 265

6. Tuyên truyền trên Internet
- Tin, bài trên trang thông tin điện tử quận: 428; trên fanpage “Quận 5 – Chợ Lớn xưa và nay”: 196

7. Thi đua, khen thưởng
- Tập thể được Ban Thường vụ Quận ủy khen thưởng: 07; cá nhân: 19

II. ĐÁNH GIÁ CHUNG
Quận có 15 phường, dân số khoảng 175 nghìn người, trong đó khoảng 35% là người Hoa; nhiều tài liệu tuyên truyền được biên soạn song ngữ Việt – Hoa. Một số chi bộ khu phố sinh hoạt chuyên đề chưa đều; việc nắm bắt dư luận ở các chung cư cũ còn chậm.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2017
1. Tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Trung ương 5 khóa XII.
2. Mở 04 lớp bồi dưỡng nhận thức về Đảng; phấn đấu tỷ lệ đảng viên dự học trên 97%.
3. Tuyên truyền kỷ niệm 100 năm Cách mạng Tháng Mười Nga (7/11/1917 – 7/11/2017).

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
"""
D01 = "2017-07-05"
P01 = h1(2017)

# ---------------------------------------------------------------------------------------------
T02 = """
Cập nhật ngày 18-12-2020

Bình Tân: Phủ kín không gian mạng bằng thông tin tích cực

(Thanhuytphcm.vn) – Năm 2020, Bình Tân, quận có dân số đông nhất Thành phố với hơn 780 nghìn người, phần lớn là công nhân và người lao động từ các tỉnh, tiếp tục xác định bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng là nhiệm vụ thường xuyên, lâu dài.

Theo bà Phạm Thị Thu Vân, Phó Trưởng ban Tuyên giáo Quận ủy Bình Tân, trong năm các lực lượng của quận đã đăng tải 3.126 tin, bài, video clip tuyên truyền tích cực, đấu tranh phản bác các quan điểm sai trái, thù địch, tăng 18% so với năm 2019. Các sản phẩm do quận sản xuất có lượt tiếp cận ước đạt 2,4 triệu. Fanpage “Bình Tân ngày mới” của Quận ủy có gần 48.600 người theo dõi.

“Bên cạnh việc lan tỏa thông tin tốt, chúng tôi đã phát hiện, báo cáo và phối hợp đề nghị gỡ bỏ 1.047 bài viết có nội dung xuyên tạc”, bà Vân cho biết.

Đến nay, toàn quận duy trì 12 fanpage và 1.536 nhóm Zalo khu phố, tổ dân phố; số thành viên hiện nay khoảng 214.000 người. Mỗi nhóm do bí thư chi bộ hoặc tổ trưởng tổ dân phố làm quản trị. “Nhóm Zalo tổ tôi có 186 thành viên, tin nào sai là bà con hỏi lại ngay”, ông Lê Văn Tám, tổ trưởng tổ dân phố 47, phường Bình Hưng Hòa A, kể.

Tại Khu công nghiệp Tân Tạo, nơi làm việc của khoảng 30.000 công nhân, Ban Tuyên giáo Quận ủy phối hợp Liên đoàn Lao động quận tổ chức 46 buổi nói chuyện chuyên đề tại 18 doanh nghiệp với 5.200 lượt công nhân, giúp người lao động nhận diện tin giả trên mạng xã hội.

Đội ngũ 86 cộng tác viên dư luận xã hội của quận đã gửi 152 báo cáo nhanh về tình hình dư luận, kịp thời tham mưu Quận ủy xử lý các vấn đề nóng.

Dịp tổng kết năm, Quận ủy khen thưởng 6 tập thể và 14 cá nhân có thành tích tiêu biểu trong công tác bảo vệ nền tảng tư tưởng của Đảng. Năm 2021, quận phấn đấu 100% khu phố có ít nhất 1 nhóm Zalo do chi bộ quản lý.
"""
D02 = "2020-12-18"
P02 = year(2020)
NOW02 = inst(D02)

# ---------------------------------------------------------------------------------------------
T03 = """
Thủ Đức: Nâng chất đội ngũ báo cáo viên ở “thành phố trong thành phố”

Sáng 11/4/2023, Ban Tuyên giáo Thành ủy Thủ Đức tổ chức hội nghị báo cáo viên định kỳ, thông tin tình hình thời sự và đánh giá kết quả công tác tuyên truyền miệng quý I năm 2023.

Đội ngũ báo cáo viên của Thành ủy Thủ Đức hiện có 126 đồng chí, phần lớn là lãnh đạo các phòng, ban và bí thư đảng ủy 34 phường. Trong quý, Ban đã tổ chức 02 hội nghị báo cáo viên chuyên đề, trong đó có 01 hội nghị trực tuyến; đội ngũ báo cáo viên, tuyên truyền viên thực hiện 212 buổi nói chuyện tại các khu phố, trường học, với khoảng 18.500 lượt người nghe. Bình quân mỗi báo cáo viên đảm nhận 3 – 4 buổi trong quý.

Riêng tại Khu Công nghệ cao, nơi có trên 50 nghìn lao động, Ban phối hợp Công đoàn Khu Công nghệ cao tổ chức 9 buổi nói chuyện với 2.300 lượt công nhân về pháp luật lao động và cách nhận diện thông tin xấu, độc.

Ở cơ sở, các đảng bộ phường đã tổ chức 40 – 45 buổi sinh hoạt chuyên đề tại chi bộ khu phố về chủ đề năm 2023 của Thành phố. Ban cũng tổng hợp, gửi Ban Tuyên giáo Thành ủy TP.HCM 13 báo cáo nhanh về tình hình dư luận xã hội.

Trong quý, Ban phối hợp Trường Chính trị Thành phố mở 1 lớp bồi dưỡng kỹ năng tuyên truyền miệng với 95 học viên là báo cáo viên, tuyên truyền viên cơ sở. Vòng sơ khảo Hội thi báo cáo viên, tuyên truyền viên giỏi năm 2023 thu hút 41 thí sinh; 8 thí sinh có điểm cao nhất vào vòng chung kết. Cách làm này được Ban Tuyên giáo Thành ủy TP.HCM đánh giá cao.

Quý II, Ban dự kiến tổ chức thêm 2 hội nghị báo cáo viên chuyên đề về Nghị quyết 98/2023/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố.
"""
D03 = "2023-04-11"
P03 = quarter(1, 2023)

# ---------------------------------------------------------------------------------------------
T04 = """
Thứ Ba, ngày 09 tháng 4 năm 2024

Ba địa phương vùng ven học Nghị quyết Trung ương 8: nói bằng việc làm, đo bằng con số

Quý I năm 2024, Huyện ủy Củ Chi, Huyện ủy Hóc Môn và Quận ủy Quận 12 tập trung tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới và các nghị quyết khác của Trung ương.

* Huyện Củ Chi: Về tận ấp

Dù tháng 1 huyện chỉ tổ chức được 1 hội nghị cấp huyện do trùng dịp chuẩn bị Tết, cả quý Huyện ủy đã tổ chức 3 hội nghị cấp huyện học tập, quán triệt các nghị quyết. 21 đảng bộ xã, thị trấn và 34 chi, đảng bộ cơ sở mở 386 lớp, thu hút 18.912 lượt cán bộ, đảng viên, đạt 96,8%; riêng quần chúng có trên 7.400 lượt dự nghe.

Huyện ủy cũng triển khai một trong ba đợt sinh hoạt chính trị được Thành ủy phát động, gắn với truyền thống đất thép thành đồng. Tính đến ngày 31/3/2024, huyện có 1.326 nhóm Zalo ấp, khu phố; trong quý, các nhóm đã đăng 5.840 tin, bài về nội dung nghị quyết.

* Huyện Hóc Môn: Chi bộ thảo luận, cấp ủy giải trình

Huyện ủy Hóc Môn tổ chức 2 hội nghị cấp huyện; các cấp ủy cơ sở mở 254 lớp với 11.386/11.902 đảng viên dự học. Các chi bộ đã tổ chức 1.140 buổi thảo luận, đối chiếu nội dung nghị quyết với nhiệm vụ giữ gìn an ninh ở vùng giáp ranh. Hóc Môn là một trong 5 đơn vị dẫn đầu Thành phố về tỷ lệ đảng viên học tập nghị quyết trong quý.

“Gần như 100% đảng viên ở các chi bộ ấp đã dự học; số còn lại chủ yếu là đảng viên cao tuổi, được miễn sinh hoạt”, ông Trần Văn Mười, Trưởng ban Tuyên giáo Huyện ủy Hóc Môn, cho biết.

* Quận 12: Bản tin nghị quyết trên điện thoại

Quận 12 có 11 phường với hơn 620 nghìn dân. Trong quý, Quận ủy tổ chức 02 hội nghị cấp quận; các đảng bộ phường mở 178 lớp với 14.260 lượt cán bộ, đảng viên (đạt 95,9%). Ban Tuyên giáo Quận ủy phát hành 3 số bản tin điện tử “Nghị quyết vào cuộc sống”, mỗi số khoảng 12 trang; bản tin được chia sẻ lại trên fanpage của quận, nhận 96 bình luận và 240 lượt chia sẻ.

Theo kế hoạch, trong quý II, ba địa phương sẽ phấn đấu 100% chi bộ hoàn thành sinh hoạt chuyên đề về Nghị quyết Trung ương 8.
"""
D04 = "2024-04-09"
P04 = quarter(1, 2024)

DOCS = [
    Doc("h21_01_quan5_h1_2017_report", T01, Q5, P01, D01, "text", facts=[
        F("ban hành: 17", 17, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("chi, đảng bộ cơ sở: 143", 143, "study_sessions"),
        F("dự: 9.415", 9415, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 96,3%", 96.3, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 2.180", 2180, "study_attendance", a="masses"),
        F("chưa tham gia: 361 người", 361, "other"),
        F("chuyên đề, thời sự: 57", 57, "oral_propaganda_sessions"),
        F("lượt người nghe: 6.840", 6840, "propaganda_audience"),
        F("Báo cáo viên cấp quận: 48 đồng chí", 48, "reporters", p=inst("2017-06-30")),
        F("Hội nghị báo cáo viên định kỳ: 06", 6, "reporter_conferences"),
        F("Cộng tác viên dư luận xã hội: 62 người", 62, "opinion_collaborators",
          p=end_of(P01)),
        F("24 định kỳ", 24, "opinion_reports"),
        F("7 đột xuất", 7, "opinion_reports"),
        F("sơ cấp lý luận chính trị: 02", 2, "training_classes"),
        F("học viên: 187", 187, "trainees"),
        F("chính trị quận): 03", 3, "training_classes"),
        F("học viên: 265", 265, "trainees"),
        F("trang thông tin điện tử quận: 428", 428, "news_items"),
        F("xưa và nay”: 196", 196, "news_items"),
        F("khen thưởng: 07", 7, "commended_collectives"),
        F("cá nhân: 19", 19, "commended_individuals"),
    ], traps=[("Số 86-BC/BTGQU", 86), ("QUẬN 5", 5), ("Quận 5", 5),
              ("ngày 05 tháng 7 năm 2017", 5), ("6 tháng đầu năm 2017", 6),
              ("6 tháng cuối năm 2017", 6), ("1240-CV/BTGTU", 1240), ("1. Công tác", 1),
              ("trong đó 6 kế hoạch", 6), ("11 hướng dẫn", 11), ("sơ kết 1 năm", 1),
              ("05-CT/TW", 5), ("2. Học tập", 2), ("Trung ương 4", 4), ("tháng 1", 1),
              ("tháng 3", 3), ("3. Tuyên truyền", 3), ("30/6/2017", 30),
              ("4. Nắm bắt", 4), ("5. Giáo dục", 5), ("6. Tuyên truyền", 6),
              ("7. Thi đua", 7), ("15 phường", 15), ("khoảng 175 nghìn người", 175000),
              ("khoảng 35%", 35), ("6 THÁNG CUỐI NĂM 2017", 6), ("1. Tổ chức 02", 2),
              ("Trung ương 5", 5), ("2. Mở 04 lớp", 4), ("trên 97%", 97),
              ("3. Tuyên truyền kỷ niệm 100 năm", 100), ("7/11/1917", 7),
              ("7/11/2017", 7)]),
    Doc("h21_02_binhtan_2020_online", T02, BINHTAN, P02, D02, "text", facts=[
        F("đăng tải 3.126 tin, bài", 3126, "news_items"),
        F("lượt tiếp cận ước đạt 2,4 triệu", 2400000, "propaganda_audience", "approx"),
        F("gần 48.600 người theo dõi", 48600, "propaganda_audience", "at_most", p=NOW02),
        F("gỡ bỏ 1.047 bài viết", 1047, "other"),
        F("duy trì 12 fanpage", 12, "social_pages", p=NOW02),
        F("1.536 nhóm Zalo", 1536, "chat_groups", p=NOW02),
        F("khoảng 214.000 người", 214000, "chat_group_members", "approx", p=NOW02),
        F("46 buổi nói chuyện", 46, "oral_propaganda_sessions"),
        F("5.200 lượt công nhân", 5200, "propaganda_audience"),
        F("Đội ngũ 86 cộng tác viên", 86, "opinion_collaborators", p=end_of(P02)),
        F("152 báo cáo nhanh", 152, "opinion_reports"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("14 cá nhân", 14, "commended_individuals"),
    ], traps=[("18-12-2020", 18), ("Năm 2020", 2020), ("hơn 780 nghìn người", 780000),
              ("tăng 18%", 18), ("năm 2019", 2019), ("186 thành viên", 186),
              ("Lê Văn Tám", 8), ("tổ dân phố 47", 47), ("khoảng 30.000 công nhân", 30000),
              ("tại 18 doanh nghiệp", 18), ("Năm 2021", 2021), ("100% khu phố", 100),
              ("ít nhất 1 nhóm Zalo", 1)]),
    Doc("h21_03_thuduc_q1_2023_bcv", T03, THUDUC, P03, D03, "text", facts=[
        F("hiện có 126 đồng chí", 126, "reporters", p=inst(D03)),
        F("02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("212 buổi nói chuyện", 212, "oral_propaganda_sessions"),
        F("khoảng 18.500 lượt người nghe", 18500, "propaganda_audience", "approx"),
        F("9 buổi nói chuyện", 9, "oral_propaganda_sessions"),
        F("2.300 lượt công nhân", 2300, "propaganda_audience"),
        F("40 – 45 buổi sinh hoạt", 40, "party_cell_discussions", "at_least"),
        F("13 báo cáo nhanh", 13, "opinion_reports"),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes"),
        F("95 học viên", 95, "trainees"),
        F("41 thí sinh", 41, "contest_entries"),
    ], traps=[("Sáng 11/4/2023", 11), ("quý I năm 2023", 2023), ("34 phường", 34),
              ("có 01 hội nghị trực tuyến", 1), ("3 – 4 buổi", 3),
              ("trên 50 nghìn lao động", 50000), ("chủ đề năm 2023", 2023),
              ("năm 2023", 2023), ("8 thí sinh có điểm cao nhất", 8),
              ("thêm 2 hội nghị", 2), ("98/2023/QH15", 98)]),
    Doc("h21_04_cuchi_hocmon_q12_q1_2024", T04, CUCHI, P04, D04, "text", facts=[
        F("chỉ tổ chức được 1 hội nghị", 1, "study_sessions", unit=CUCHI, p=month(1, 2024)),
        F("3 hội nghị cấp huyện", 3, "study_sessions", unit=CUCHI),
        F("mở 386 lớp", 386, "study_sessions", unit=CUCHI),
        F("18.912 lượt cán bộ, đảng viên", 18912, "study_attendance", a="party_members",
          unit=CUCHI),
        F("đạt 96,8%", 96.8, "study_participation_rate", unit=CUCHI),
        F("trên 7.400 lượt dự nghe", 7400, "study_attendance", "at_least", a="masses",
          unit=CUCHI),
        F("một trong ba đợt sinh hoạt chính trị", 3, "political_campaigns", unit=CUCHI),
        F("1.326 nhóm Zalo", 1326, "chat_groups", unit=CUCHI, p=inst("2024-03-31")),
        F("đăng 5.840 tin, bài", 5840, "news_items", unit=CUCHI),
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions", unit=HOCMON),
        F("mở 254 lớp", 254, "study_sessions", unit=HOCMON),
        F("11.386/11.902 đảng viên", 11386, "study_attendance", a="party_members",
          unit=HOCMON),
        F("1.140 buổi thảo luận", 1140, "party_cell_discussions", unit=HOCMON),
        F("Gần như 100% đảng viên", 100, "study_participation_rate", "approx", unit=HOCMON),
        F("02 hội nghị cấp quận", 2, "study_sessions", unit=Q12),
        F("mở 178 lớp", 178, "study_sessions", unit=Q12),
        F("14.260 lượt cán bộ, đảng viên", 14260, "study_attendance", a="party_members",
          unit=Q12),
        F("(đạt 95,9%)", 95.9, "study_participation_rate", unit=Q12),
        F("phát hành 3 số", 3, "news_items", unit=Q12),
    ], traps=[("ngày 09 tháng 4 năm 2024", 9), ("Ba địa phương", 3),
              ("Trung ương 8", 8), ("Quý I năm 2024", 2024), ("Quận 12", 12),
              ("lần thứ tám", 8), ("tháng 1", 1), ("21 đảng bộ", 21),
              ("34 chi, đảng bộ", 34), ("31/3/2024", 31), ("một trong 5 đơn vị", 5),
              ("Trần Văn Mười", 10), ("11 phường", 11), ("hơn 620 nghìn dân", 620000),
              ("khoảng 12 trang", 12), ("96 bình luận", 96), ("240 lượt chia sẻ", 240),
              ("100% chi bộ", 100)]),
]
