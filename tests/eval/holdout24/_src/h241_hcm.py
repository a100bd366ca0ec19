"""Twenty-fourth held-out set (holdout24), part 1: Ho Chi Minh City (2016-2025).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. The four
reports are new texts in my own words and layouts: an administrative report, a press feature
with quotations, an interview and a ward bulletin after the 2025 reorganisation.

Decisions taken where the guide leaves room:
- h24_01 (administrative report, Quận 4, 9 tháng đầu năm 2018): letterhead "ĐẢNG BỘ THÀNH PHỐ
  HỒ CHÍ MINH / QUẬN ỦY QUẬN 4 / BAN TUYÊN GIÁO"; the dateline under it is the document date.
  "ban hành 23 văn bản ... (09 kế hoạch, 14 hướng dẫn và công văn)": the total is the fact, the
  bracket's parts traps. The sub-heading "a) Nghị quyết Hội nghị Trung ương 6 và Trung ương 7"
  reads with "2. Học tập, quán triệt nghị quyết" as the lead-in of its lines: "Hội nghị cấp
  quận: 03" and "Lớp ở ...: 212" study_sessions, "10.386/10.791 đồng chí" the attendance
  (numerator, party members), "đạt 96,25%" its rate, "quần chúng ưu tú dự nghe: 1.542"
  attendance (masses), "chưa tham gia: 405 người" `other`; the ages in its bracket are traps.
  "b) Chuyên đề năm 2018 ...": the theme's year is no period; "Buổi sinh hoạt chuyên đề của các
  chi bộ: 318" party_cell_discussions. "Báo cáo viên cấp quận: 41 đồng chí (tính đến 30/9/2018)"
  an instant at that date; the 58 collaborators (no marker) an instant at 2018-09-30, the
  period's end. "27 định kỳ, 6 chuyên đề" counts opinion reports twice. The months in brackets
  after the 03 reporter conferences are traps. "đề nghị Thành ủy tặng bằng khen cho 01 tập thể"
  is a proposal (trap). Area, population and the wards named under "II. ĐÁNH GIÁ CHUNG" are
  traps; every number under "III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2018" is a plan (trap); the
  contact's phone number is a trap.
- h24_02 (press feature, Huyện Cần Giờ, năm 2016): "Cập nhật ngày 28-12-2016" is the document
  date; the first sentence opens "Năm 2016". "tăng 1 hội nghị so với năm 2015" and "tăng 17
  lớp" are comparisons (traps). "huyện duy nhất của Thành phố giáp biển" is the scope of a
  superlative (no actor); 6 xã, 1 thị trấn and 74 nghìn dân are geography; "7 đảng bộ xã, thị
  trấn và 19 chi, đảng bộ cơ sở" the structure (the 104 classes are the fact). The Trưởng ban is
  introduced by title, so her quotation is the unit's: "nói chuyện mười bốn lần" counts 14 oral
  sessions, "Gần như 100% đảng viên ... đã dự học" a participation rate (approx), "236 buổi
  sinh hoạt chuyên đề" of the chi bộ ấp party_cell_discussions; "mỗi lần chừng 60 – 80 người"
  per-item (trap). The fisherman's quotation (5 buổi) is an anecdote; his name "Bảy" a trap.
  "hơn 1.200 lượt ngư dân" propaganda_audience at_least with audience `all` (ngư dân is not one
  of the guide's masses words; a reviewer may prefer masses); "trên 85 tàu cá" is where (trap:
  "trên" is a preposition there). The radio's 148 programmes and 52 episodes are news_items;
  "hiện có 32 đồng chí" reporters at the document date. Income in đồng is a trap; the 2017
  sentence (phấn đấu, mở thêm) is a plan.
- h24_03 (interview, Thành phố Thủ Đức, từ đầu năm 2022 đến nay): dateline "Thứ Sáu, ngày
  16/9/2022"; the lead's "từ đầu năm 2022 đến nay" is the period (2022-01-01..2022-09-16). The
  answers carry the speaker label "Đồng chí Phó Trưởng ban:" (an official), so they are the
  unit's. "hiện có 36 trang thông tin điện tử, gồm ... 34 trang của các phường, cùng 41 fanpage":
  websites 36 and social_pages 41 at the document date, the 34 a part (trap). Followers
  "khoảng 62 nghìn người theo dõi" propaganda_audience approx at the document date; "hơn 9.400
  tin, bài, video, trong đó gần 3.000 video ngắn": the total is the fact; "lượt tiếp cận ước đạt
  2,7 triệu" propaganda_audience approx. "gửi Thường trực Thành ủy Thủ Đức 46 báo cáo nhanh về
  tình hình dư luận": a count after a body's name (46 opinion_reports, Thủ Đức's own). "lập 27
  nhóm Zalo theo tòa, hiện có trên 15.000 thành viên": both at the document date (the period
  ends there). The bracket of the building's manager in single quotes (600 căn) is an anecdote;
  "hơn 40 nghìn cư dân" the residents of a place (trap); "một hội nghị trực tuyến" a part of
  the 03 conferences (trap); the Q4 plan, the show's name "Thủ Đức 24h" and the anniversary
  are traps.
- h24_04 (ward bulletin, Phường Tân Thuận, từ ngày 1/7/2025 đến nay): letterhead "ĐẢNG BỘ THÀNH
  PHỐ HỒ CHÍ MINH / ĐẢNG ỦY PHƯỜNG TÂN THUẬN"; the dateline "Tân Thuận, ngày 26 tháng 12 năm
  2025" is the document date, and the first sentence's "Từ ngày 1/7/2025 đến nay" the period
  (the issue month in the bulletin's title is not used). "Quận 7 cũ" is a predecessor (trap);
  48 khu phố and 125 nghìn dân are geography. Under "📌 HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT" the
  line "✅ 64 lớp ở các chi bộ khu phố" goes on from the line above with the same mark
  (study_sessions), with its 3.870 party-member attendances and 97,4%; "Quần chúng dự nghe:
  khoảng 1.150 lượt" attendance (masses, approx). "4.200 lượt cư dân" propaganda_audience
  (masses). "52 nhóm Zalo khu phố" has no marker: an instant at the period's end (= document
  date); the members "hiện nay khoảng 24.600" at the document date; "dưới 200 thành viên" the
  size of some items (trap). "11 cộng tác viên" an instant at the period's end. The contest's
  "lượt dự thi: 2.318" contest_entries, the prizes by rank traps. The Phó Bí thư Thường trực's
  quotation opens with the ward as subject: "một trang thông tin điện tử" websites 1 and "3
  fanpage" social_pages 3 at the document date; "ít nhất 5 tin" per day is a per-item figure
  (trap). Everything under "📌 NHIỆM VỤ QUÝ I NĂM 2026" is a plan; the hotline is a trap.
"""
from build_gold import Doc, F, U, W, end_of, inst, since, year

Q4, CANGIO, THUDUC = U("Quận 4"), U("Huyện Cần Giờ"), U("Thành phố Thủ Đức")
TANTHUAN = W("Phường Tân Thuận", "79")

# ---------------------------------------------------------------------------------------------
T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 4
BAN TUYÊN GIÁO
*
Số 147-BC/BTGQU

Quận 4, ngày 08 tháng 10 năm 2018

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng đầu năm 2018
và nhiệm vụ trọng tâm quý IV năm 2018

Kính gửi: Ban Tuyên giáo Thành ủy

Thực hiện Hướng dẫn số 52-HD/BTGTU ngày 15/8/2018 của Ban Tuyên giáo Thành ủy về chế độ báo cáo định kỳ, Ban Tuyên giáo Quận ủy Quận 4 báo cáo kết quả công tác tuyên giáo 9 tháng đầu năm 2018 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu
Trong 9 tháng, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 23 văn bản chỉ đạo công tác tư tưởng (09 kế hoạch, 14 hướng dẫn và công văn); tham mưu sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Kế hoạch 128-KH/QU của Quận ủy về xây dựng văn hóa công sở.

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Hội nghị Trung ương 6 và Trung ương 7 khóa XII
- Hội nghị cấp quận: 03
- Lớp ở các đảng bộ phường, chi bộ cơ sở: 212
- Cán bộ, đảng viên dự học: 10.386/10.791 đồng chí, đạt 96,25%
- Lượt quần chúng ưu tú dự nghe: 1.542
- Đảng viên chưa tham gia: 405 người (chủ yếu là đảng viên từ 80 tuổi trở lên và đảng viên đi làm ăn xa)
b) Chuyên đề năm 2018 “Xây dựng phong cách, tác phong công tác của người đứng đầu, của cán bộ, đảng viên trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”
- Buổi sinh hoạt chuyên đề của các chi bộ: 318

3. Tuyên truyền miệng
- Báo cáo viên cấp quận: 41 đồng chí (tính đến 30/9/2018)
- Hội nghị báo cáo viên: 03 (tháng 2, tháng 5 và tháng 8)
- Buổi nói chuyện thời sự, chuyên đề tại khu phố, trường học: 186 – lượt người nghe: khoảng 15.300

4. Nắm bắt dư luận xã hội
- Cộng tác viên dư luận xã hội: 58 người
- Báo cáo tình hình dư luận: 27 định kỳ, 6 chuyên đề

5. Giáo dục lý luận chính trị
- Lớp bồi dưỡng đảng viên mới: 04; học viên: 236 người
- Lớp bồi dưỡng nhận thức về Đảng: 05; học viên: 418 người

6. Tuyên truyền trên Internet và tuyên truyền trực quan
- Tin, bài đăng trên trang thông tin điện tử Quận 4: 534
- Tin, bài, video chia sẻ trên fanpage của Quận ủy: 312
- Băng rôn, khẩu hiệu, cờ phướn: 2.460
- Lượt xe loa tuyên truyền lưu động: 96

7. Thi đua, khen thưởng
Nhân dịp sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể và 26 cá nhân; đề nghị Thành ủy tặng bằng khen cho 01 tập thể.

II. ĐÁNH GIÁ CHUNG
Công tác tuyên giáo 9 tháng qua bám sát nhiệm vụ chính trị của quận. Tuy nhiên, Quận 4 có diện tích khoảng 4,2 km², dân số gần 190 nghìn người, nhiều chung cư cũ và hẻm nhỏ, nhất là ở phường 8 và phường 16, nên việc tuyên truyền tại chỗ còn khó khăn; việc nắm bắt dư luận ở khu vực các dự án cải tạo chung cư còn chậm.

III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2018
1. Tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XII cho cán bộ chủ chốt.
2. Phấn đấu 100% chi bộ hoàn thành sinh hoạt chuyên đề năm 2018; tỷ lệ đảng viên dự học đạt trên 97%.
3. Tuyên truyền kỷ niệm 36 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2018).

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VT.
Đầu mối liên hệ: đồng chí Lê Thị Hồng Thu, chuyên viên, điện thoại 0903.418.266
"""
D01 = "2018-10-08"
P01 = ("2018-01-01", "2018-09-30")

# ---------------------------------------------------------------------------------------------
T02 = """
Cập nhật ngày 28-12-2016

Cần Giờ: Đưa nghị quyết ra tận xã đảo

(Thanhuytphcm.vn) – Năm 2016, năm đầu triển khai Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố, Huyện ủy Cần Giờ đã tổ chức 4 hội nghị cấp huyện học tập, quán triệt các nghị quyết, tăng 1 hội nghị so với năm 2015.

Cần Giờ là huyện duy nhất của Thành phố giáp biển, gồm 6 xã và 1 thị trấn với hơn 74 nghìn dân, phần đông sống bằng nghề biển, nuôi trồng thủy sản và làm muối. Ở cơ sở, 7 đảng bộ xã, thị trấn và 19 chi, đảng bộ cơ sở đã mở 104 lớp, thu hút 4.415 lượt cán bộ, đảng viên; riêng quần chúng có 2.960 lượt tham dự. Số lớp ở cơ sở tăng 17 lớp so với năm trước.

Theo bà Nguyễn Thị Ngọc Lan, Trưởng ban Tuyên giáo Huyện ủy Cần Giờ, cái khó nhất là đưa thông tin tới bà con ở xã đảo Thạnh An, cách trung tâm huyện hơn 1 giờ đi tàu. “Năm qua, báo cáo viên của huyện đã ra đảo nói chuyện mười bốn lần, mỗi lần chừng 60 – 80 người nghe. Gần như 100% đảng viên ở các chi bộ ấp đã dự học nghị quyết; các chi bộ còn tổ chức 236 buổi sinh hoạt chuyên đề gắn với chuyện giữ rừng, giữ biển”, bà Lan cho biết.

Trong năm, huyện còn phối hợp Đồn Biên phòng Cần Giờ tổ chức 9 buổi tuyên truyền về chủ quyền biển, đảo và chống khai thác hải sản bất hợp pháp cho hơn 1.200 lượt ngư dân trên 85 tàu cá. “Tàu về bến là tụi tôi được nghe nói chuyện, năm rồi tôi dự được 5 buổi, hiểu thêm nhiều chuyện luật biển”, ngư dân Trần Văn Bảy ở ấp Thạnh Hòa kể.

Trên sóng phát thanh, Đài Truyền thanh huyện phát 148 chương trình thời sự và 52 kỳ chuyên mục “Cần Giờ – biển xanh”; trang thông tin điện tử của huyện đăng 620 tin, bài. Đội ngũ báo cáo viên của huyện hiện có 32 đồng chí, phần lớn là lãnh đạo các ban, ngành và bí thư đảng ủy xã.

Tại hội nghị tổng kết ngày 26/12, Ban Thường vụ Huyện ủy khen thưởng 5 tập thể và 12 cá nhân có thành tích trong công tác tuyên giáo năm 2016. Thu nhập bình quân đầu người của huyện năm nay ước đạt 38 triệu đồng, vẫn thuộc nhóm thấp của Thành phố, nên tuyên truyền phải gắn với chuyện sinh kế của bà con. Năm 2017, huyện phấn đấu 100% ấp có tổ tuyên truyền viên nòng cốt và mở thêm 2 lớp bồi dưỡng kỹ năng tuyên truyền cho cán bộ ấp.
"""
D02 = "2016-12-28"
P02 = year(2016)

# ---------------------------------------------------------------------------------------------
T03 = """
Thứ Sáu, ngày 16/9/2022

Kênh thông tin chính danh đến từng khu phố

Gần 2 năm sau ngày thành lập, Thành phố Thủ Đức đã xây dựng được mạng lưới kênh thông tin chính danh phủ tới từng khu phố, góp phần thực hiện Nghị quyết 35-NQ/TW của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng. Phóng viên đã trao đổi với đồng chí Huỳnh Thị Kim Oanh, Phó Trưởng ban Tuyên giáo Thành ủy Thủ Đức, về kết quả từ đầu năm 2022 đến nay.

PV: Thưa bà, mạng lưới kênh thông tin của Thủ Đức hiện nay gồm những gì?

Đồng chí Phó Trưởng ban: Toàn Thành phố Thủ Đức hiện có 36 trang thông tin điện tử, gồm cổng thông tin của Thành ủy, của Ủy ban nhân dân và 34 trang của các phường, cùng 41 fanpage chính danh. Riêng fanpage “Thủ Đức ngày mới” hiện có khoảng 62 nghìn người theo dõi. Từ đầu năm đến nay, các kênh này đã đăng hơn 9.400 tin, bài, video, trong đó gần 3.000 video ngắn; lượt tiếp cận ước đạt 2,7 triệu.

PV: Đội ngũ làm công tác tuyên truyền miệng thì sao?

Đồng chí Phó Trưởng ban: Đội ngũ báo cáo viên cấp thành phố Thủ Đức hiện nay có 118 đồng chí. Từ đầu năm, báo cáo viên đã thực hiện 265 buổi nói chuyện tại khu phố, doanh nghiệp, trường học, với khoảng 21.000 lượt người nghe. Ban cũng tổ chức 03 hội nghị báo cáo viên, trong đó có một hội nghị trực tuyến kết nối 34 điểm cầu phường. Chúng tôi đã tổng hợp, gửi Thường trực Thành ủy Thủ Đức 46 báo cáo nhanh về tình hình dư luận xã hội.

PV: Thủ Đức có nhiều khu đô thị mới với lượng cư dân lớn. Cách tiếp cận ở đó như thế nào?

Đồng chí Phó Trưởng ban: Ở khu đô thị Vinhomes Grand Park, nơi sinh sống của hơn 40 nghìn cư dân, chúng tôi phối hợp ban quản trị lập 27 nhóm Zalo theo tòa, hiện có trên 15.000 thành viên. Có bác trưởng ban quản trị nói với tôi: ‘Tòa tôi 600 căn, giờ nhà nào cũng có người trong nhóm’. Từ đầu năm, Ban cũng mở 4 lớp tập huấn kỹ năng quản trị nhóm, trang mạng xã hội cho 312 học viên là cán bộ phường, khu phố.

PV: Thời gian tới, Ban có kế hoạch gì?

Đồng chí Phó Trưởng ban: Quý IV, Ban sẽ mở thêm 2 lớp tập huấn viết tin cho cộng tác viên 34 phường, phấn đấu mỗi phường có ít nhất 3 người viết tin thường xuyên. Chúng tôi cũng dự kiến ra mắt chuyên mục video “Thủ Đức 24h” vào dịp kỷ niệm 2 năm thành lập thành phố (1/1/2021 – 1/1/2023).

PV: Xin cảm ơn bà!
"""
D03 = "2022-09-16"
P03 = since("2022-01-01", D03)
NOW03 = inst(D03)

# ---------------------------------------------------------------------------------------------
T04 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG TÂN THUẬN
BAN XÂY DỰNG ĐẢNG

BẢN TIN SINH HOẠT CHI BỘ – SỐ 06 (THÁNG 12/2025)
Tân Thuận, ngày 26 tháng 12 năm 2025

PHƯỜNG TÂN THUẬN SAU NỬA NĂM VẬN HÀNH CHÍNH QUYỀN HAI CẤP

Từ ngày 1/7/2025 đến nay, Đảng ủy phường Tân Thuận tập trung đưa các nghị quyết vào đời sống, ổn định tư tưởng cán bộ, đảng viên và nhân dân sau sắp xếp. Phường được thành lập trên cơ sở sắp xếp các phường thuộc Quận 7 cũ, có 48 khu phố với khoảng 125 nghìn dân, nhiều cư dân sống trong các chung cư ven sông Sài Gòn.

📌 HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
✅ 02 hội nghị cấp phường quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030 và Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I
✅ 64 lớp ở các chi bộ khu phố, với 3.870 lượt đảng viên, đạt 97,4%
✅ Quần chúng dự nghe: khoảng 1.150 lượt

📌 TUYÊN TRUYỀN
✅ 1.640 tin, bài, video trên trang Zalo OA “Phường Tân Thuận” và fanpage của Đảng ủy
✅ 38 buổi tuyên truyền miệng về an toàn giao thông, phòng chống lừa đảo qua mạng, với 4.200 lượt cư dân
✅ Treo 760 băng rôn, cờ phướn chào mừng đại hội Đảng các cấp

📌 MẠNG XÃ HỘI VÀ DƯ LUẬN
✅ 52 nhóm Zalo khu phố, số thành viên hiện nay khoảng 24.600 người (có khu phố nhóm dưới 200 thành viên)
✅ 11 cộng tác viên dư luận xã hội gửi 35 báo cáo tình hình dư luận
✅ Cuộc thi trực tuyến “Tìm hiểu Nghị quyết Đại hội Đảng bộ phường” – lượt dự thi: 2.318; trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba

“Phường hiện có một trang thông tin điện tử và 3 fanpage chính danh; mỗi ngày chúng tôi đăng ít nhất 5 tin về hoạt động của phường”, bà Nguyễn Thị Thanh Mai, Phó Bí thư Thường trực Đảng ủy phường, cho biết.

📌 NHIỆM VỤ QUÝ I NĂM 2026
✅ Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho 100% cán bộ, đảng viên
✅ Mở 01 lớp bồi dưỡng lý luận chính trị cho đảng viên mới

Đường dây nóng tiếp nhận phản ánh của người dân: 028.3872.1509
"""
D04 = "2025-12-26"
P04 = since("2025-07-01", D04)
NOW04 = inst(D04)

DOCS = [
    Doc("h24_01_quan4_9t_2018_report", T01, Q4, P01, D01, "text", facts=[
        F("ban hành 23 văn bản", 23, "documents_issued"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("chi bộ cơ sở: 212", 212, "study_sessions"),
        F("10.386/10.791 đồng chí", 10386, "study_attendance", a="party_members"),
        F("đạt 96,25%", 96.25, "study_participation_rate"),
        F("ưu tú dự nghe: 1.542", 1542, "study_attendance", a="masses"),
        F("chưa tham gia: 405 người", 405, "other"),
        F("của các chi bộ: 318", 318, "party_cell_discussions"),
        F("Báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=inst("2018-09-30")),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("trường học: 186", 186, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 15.300", 15300, "propaganda_audience", "approx"),
        F("Cộng tác viên dư luận xã hội: 58 người", 58, "opinion_collaborators",
          p=end_of(P01)),
        F("27 định kỳ", 27, "opinion_reports"),
        F("6 chuyên đề", 6, "opinion_reports"),
        F("Lớp bồi dưỡng đảng viên mới: 04", 4, "training_classes"),
        F("học viên: 236 người", 236, "trainees"),
        F("nhận thức về Đảng: 05", 5, "training_classes"),
        F("học viên: 418 người", 418, "trainees"),
        F("trang thông tin điện tử Quận 4: 534", 534, "news_items"),
        F("fanpage của Quận ủy: 312", 312, "news_items"),
        F("cờ phướn: 2.460", 2460, "other"),
        F("lưu động: 96", 96, "other"),
        F("cho 11 tập thể", 11, "commended_collectives"),
        F("26 cá nhân", 26, "commended_individuals"),
    ], traps=[("QUẬN 4", 4), ("Quận 4", 4), ("Số 147-BC/BTGQU", 147),
              ("ngày 08 tháng 10 năm 2018", 8), ("9 tháng đầu năm 2018", 9),
              ("quý IV năm 2018", 2018), ("52-HD/BTGTU", 52), ("15/8/2018", 15),
              ("Trong 9 tháng", 9), ("09 kế hoạch", 9), ("14 hướng dẫn", 14),
              ("sơ kết 2 năm", 2), ("05-CT/TW", 5), ("Kế hoạch 128-KH/QU", 128),
              ("Trung ương 6", 6), ("Trung ương 7", 7), ("từ 80 tuổi trở lên", 80),
              ("Chuyên đề năm 2018", 2018), ("30/9/2018", 30), ("tháng 2", 2), ("tháng 5", 5),
              ("tháng 8", 8), ("cho 01 tập thể", 1), ("9 tháng qua", 9),
              ("khoảng 4,2 km²", 4.2), ("gần 190 nghìn người", 190000), ("phường 8", 8),
              ("phường 16", 16), ("QUÝ IV NĂM 2018", 2018), ("1. Tổ chức 02 hội nghị", 2),
              ("Trung ương 8", 8), ("100% chi bộ", 100), ("chuyên đề năm 2018", 2018),
              ("trên 97%", 97), ("36 năm", 36), ("20/11/1982", 20), ("20/11/2018", 20),
              ("0903.418.266", 903), ("1. Công tác tham mưu", 1),
              ("2. Học tập, quán triệt", 2), ("3. Tuyên truyền miệng", 3),
              ("4. Nắm bắt", 4), ("5. Giáo dục", 5), ("6. Tuyên truyền trên", 6),
              ("7. Thi đua", 7), ("2. Phấn đấu", 2), ("3. Tuyên truyền kỷ niệm", 3)]),
    Doc("h24_02_cangio_2016_feature", T02, CANGIO, P02, D02, "text", facts=[
        F("tổ chức 4 hội nghị cấp huyện", 4, "study_sessions"),
        F("mở 104 lớp", 104, "study_sessions"),
        F("4.415 lượt cán bộ, đảng viên", 4415, "study_attendance", a="party_members"),
        F("2.960 lượt tham dự", 2960, "study_attendance", a="masses"),
        F("nói chuyện mười bốn lần", 14, "oral_propaganda_sessions"),
        F("Gần như 100% đảng viên", 100, "study_participation_rate", "approx"),
        F("236 buổi sinh hoạt chuyên đề", 236, "party_cell_discussions"),
        F("9 buổi tuyên truyền", 9, "oral_propaganda_sessions"),
        F("hơn 1.200 lượt ngư dân", 1200, "propaganda_audience", "at_least"),
        F("148 chương trình thời sự", 148, "news_items"),
        F("52 kỳ chuyên mục", 52, "news_items"),
        F("đăng 620 tin, bài", 620, "news_items"),
        F("hiện có 32 đồng chí", 32, "reporters", p=inst(D02)),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("12 cá nhân", 12, "commended_individuals"),
    ], traps=[("28-12-2016", 28), ("Năm 2016", 2016), ("tăng 1 hội nghị", 1),
              ("năm 2015", 2015), ("gồm 6 xã", 6), ("1 thị trấn", 1),
              ("hơn 74 nghìn dân", 74000), ("7 đảng bộ xã", 7), ("19 chi, đảng bộ", 19),
              ("tăng 17 lớp", 17), ("hơn 1 giờ đi tàu", 1), ("chừng 60 – 80 người", 60),
              ("trên 85 tàu cá", 85), ("dự được 5 buổi", 5), ("Trần Văn Bảy", 7),
              ("ngày 26/12", 26), ("năm 2016", 2016), ("ước đạt 38 triệu đồng", 38000000),
              ("Năm 2017", 2017), ("100% ấp", 100), ("mở thêm 2 lớp", 2)]),
    Doc("h24_03_thuduc_2022_interview", T03, THUDUC, P03, D03, "text", facts=[
        F("hiện có 36 trang thông tin điện tử", 36, "websites", p=NOW03),
        F("41 fanpage chính danh", 41, "social_pages", p=NOW03),
        F("khoảng 62 nghìn người theo dõi", 62000, "propaganda_audience", "approx",
          p=NOW03),
        F("hơn 9.400 tin, bài, video", 9400, "news_items", "at_least"),
        F("lượt tiếp cận ước đạt 2,7 triệu", 2700000, "propaganda_audience", "approx"),
        F("hiện nay có 118 đồng chí", 118, "reporters", p=NOW03),
        F("265 buổi nói chuyện", 265, "oral_propaganda_sessions"),
        F("khoảng 21.000 lượt người nghe", 21000, "propaganda_audience", "approx"),
        F("03 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("Thủ Đức 46 báo cáo nhanh", 46, "opinion_reports"),
        F("lập 27 nhóm Zalo", 27, "chat_groups", p=NOW03),
        F("trên 15.000 thành viên", 15000, "chat_group_members", "at_least", p=NOW03),
        F("mở 4 lớp tập huấn", 4, "training_classes"),
        F("312 học viên", 312, "trainees"),
    ], traps=[("ngày 16/9/2022", 16), ("Gần 2 năm", 2), ("35-NQ/TW", 35),
              ("năm 2022", 2022), ("34 trang của các phường", 34),
              ("gần 3.000 video ngắn", 3000), ("một hội nghị trực tuyến", 1),
              ("34 điểm cầu", 34), ("hơn 40 nghìn cư dân", 40000), ("Tòa tôi 600 căn", 600),
              ("thêm 2 lớp", 2), ("34 phường", 34), ("ít nhất 3 người", 3),
              ("Thủ Đức 24h", 24), ("kỷ niệm 2 năm", 2), ("1/1/2021", 1), ("1/1/2023", 1)]),
    Doc("h24_04_tanthuan_h2_2025_bulletin", T04, TANTHUAN, P04, D04, "text", facts=[
        F("02 hội nghị cấp phường", 2, "study_sessions"),
        F("64 lớp ở các chi bộ", 64, "study_sessions"),
        F("3.870 lượt đảng viên", 3870, "study_attendance", a="party_members"),
        F("đạt 97,4%", 97.4, "study_participation_rate"),
        F("khoảng 1.150 lượt", 1150, "study_attendance", "approx", a="masses"),
        F("1.640 tin, bài, video", 1640, "news_items"),
        F("38 buổi tuyên truyền miệng", 38, "oral_propaganda_sessions"),
        F("4.200 lượt cư dân", 4200, "propaganda_audience", a="masses"),
        F("Treo 760 băng rôn", 760, "other"),
        F("52 nhóm Zalo", 52, "chat_groups", p=end_of(P04)),
        F("khoảng 24.600 người", 24600, "chat_group_members", "approx", p=NOW04),
        F("11 cộng tác viên", 11, "opinion_collaborators", p=end_of(P04)),
        F("gửi 35 báo cáo", 35, "opinion_reports"),
        F("lượt dự thi: 2.318", 2318, "contest_entries"),
        F("một trang thông tin điện tử", 1, "websites", p=NOW04),
        F("3 fanpage chính danh", 3, "social_pages", p=NOW04),
    ], traps=[("SỐ 06", 6), ("THÁNG 12/2025", 12), ("ngày 26 tháng 12 năm 2025", 26),
              ("HAI CẤP", 2), ("Từ ngày 1/7/2025", 1), ("Quận 7", 7), ("48 khu phố", 48),
              ("khoảng 125 nghìn dân", 125000), ("2025 – 2030", 2025),
              ("dưới 200 thành viên", 200), ("1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("3 giải Ba", 3), ("ít nhất 5 tin", 5), ("QUÝ I NĂM 2026", 2026),
              ("100% cán bộ", 100), ("Mở 01 lớp", 1), ("028.3872.1509", 28)]),
]
