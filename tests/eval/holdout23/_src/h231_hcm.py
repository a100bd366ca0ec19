"""Twenty-third held-out set (holdout23), part 1: Ho Chi Minh City (2017-2025).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. The four
reports are new texts in my own words and layouts.

Judgment calls:
- h23_01 (administrative report, Quận Bình Thạnh, năm 2017): letterhead "ĐẢNG BỘ THÀNH PHỐ
  ... / QUẬN ỦY BÌNH THẠNH"; the dateline is the document date. "Đảng bộ quận có 20 đảng bộ
  phường và 52 chi, đảng bộ cơ sở với hơn 11.600 đảng viên" is structure (traps). The bracket
  "(12 kế hoạch, 11 hướng dẫn, 8 công văn)" gives the parts of the 31 documents (traps).
  Under "2. Học tập, quán triệt ...": "Đảng viên dự học: 10.973/11.402 đồng chí" is
  study_attendance (numerator), "; tỷ lệ: 96,24%" its rate, "chưa tham gia: 429 người"
  `other`. "Báo cáo viên cấp quận: 48 đồng chí (tính đến 30/11/2017)" is dated by its bracket;
  the collaborators and Zalo groups, stocks with no marker, are instants at 2017-12-31 (the
  report's period end, although the report is dated 18/12). "(bình quân mỗi tháng 1 hội nghị)"
  is a per-month figure (trap). The contest's name holds "87 năm" (trap); the counted noun is
  after the dash. "Tập thể được khen thưởng: 11; cá nhân: 23" → the second label read with the
  line's first item (commended_individuals). Everything under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM
  2018" is a plan.
- h23_02 (press article, Quận 8, 9 tháng năm 2020): the Trưởng ban is named with her title in
  the sentence that carries the first quotation, so "Các phường đã lập 312 nhóm Zalo ..." speaks
  for the unit; the groups have no marker (instant at 2020-09-30), the members follow "hiện
  nay" (instant at the document date). "dưới 20 người theo quy định phòng dịch" is a limit
  set by a rule; "tại 38 khu nhà trọ" a place; "Đội ngũ 52 báo cáo viên của quận" a stock of
  the unit (instant at the period's end). "Từ đầu năm đến nay" in the second quotation dates the
  41 opinion reports 2020-01-01..2020-10-16; "gửi Ban Tuyên giáo Thành ủy 41 báo cáo" is a
  count after a body's name. "bốn lớp" is a number word. The khu phố leader's quotation is an
  anecdote; "có lớp chỉ 30 người" the size of one item; "20 cá nhân đạt giải" a prize; the
  "Quý IV, quận dự kiến ..." sentence a plan.
- h23_03 (ward bulletin, Phường Chợ Lớn, tháng 10/2025; no date in the text, sidecar
  2025-11-04): the headline names the month. "sắp xếp 4 phường của Quận 5 cũ", "khoảng 98
  nghìn dân", "gần 40%" are geography and a population share. Sub-lists under "• ...:" lines are
  led in by them ("– Hội nghị cấp phường: 01" → study_sessions). "Ý kiến góp ý được tổng hợp:
  317" and the photo exhibition's "2 đợt" and loudspeaker runs are `other`. "Nhóm Zalo khu
  phố: 58" is an instant at the month's end, the members after "hiện nay" at the sidecar date;
  collaborators dated by "(tính đến 31/10/2025)". The report sent to the Ban Thường vụ Thành
  ủy is the ward's (the city is the receiver). "Nhiệm vụ tháng 11/2025:" run-in is a plan; the
  address and phone number are traps.
- h23_04 (interview Q&A, TP Thủ Đức, nhiệm kỳ 2020 – 2025, dated 18/3/2025): answers are under
  the speaker label "Đồng chí Trưởng ban:", so they speak for the unit; "Cả nhiệm kỳ" / "Trong
  nhiệm kỳ" are the report's term (2020-01-01..2025-12-31, as written, although the city
  exists from 2021). "Hiện nay" / "Đến nay" stocks are at the document date; "Riêng năm 2024"
  dates the 15.000 items and the 6,2 million reach to 2024. "tỷ lệ bình quân đạt 96,7%" is an
  average rate (a fact). The two reports kinds listed before "về tình hình tư tưởng, dư luận"
  are both opinion_reports. The tổ trưởng's words in single quotes are an anecdote; "34
  phường", "1,2 triệu dân", "100 nghìn sinh viên", "hợp nhất 3 quận" are traps; the last
  answer (phấn đấu ...) is a plan.
"""
from build_gold import Doc, F, U, W, end_of, inst, m9, month, since, term, year

BINHTHANH, Q8, THUDUC = U("Quận Bình Thạnh"), U("Quận 8"), U("Thành phố Thủ Đức")
CHOLON = W("Phường Chợ Lớn", "79")

# ---------------------------------------------------------------------------------------------
T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY BÌNH THẠNH
BAN TUYÊN GIÁO
Số 97-BC/BTGQU

Bình Thạnh, ngày 18 tháng 12 năm 2017

BÁO CÁO
Kết quả công tác tuyên giáo năm 2017
và phương hướng, nhiệm vụ năm 2018

Năm 2017, Đảng bộ quận có 20 đảng bộ phường và 52 chi, đảng bộ cơ sở với hơn 11.600 đảng viên. Bám sát Chương trình công tác của Quận ủy và hướng dẫn của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy đạt được các kết quả sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tham mưu
Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 31 văn bản (12 kế hoạch, 11 hướng dẫn, 8 công văn) về công tác chính trị, tư tưởng; triển khai Kế hoạch 145-KH/QU về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW.

2. Học tập, quán triệt Nghị quyết Hội nghị Trung ương 5, Trung ương 6 khóa XII
- Hội nghị cấp quận: 04
- Lớp ở các đảng bộ phường, chi bộ cơ sở: 236
- Đảng viên dự học: 10.973/11.402 đồng chí; tỷ lệ: 96,24%
- Lượt quần chúng dự nghe: 5.318
- Số đảng viên chưa tham gia: 429 người (chủ yếu do ốm đau, đi làm ăn xa)

3. Giáo dục lý luận chính trị
- Lớp bồi dưỡng nhận thức về Đảng: 06; học viên: 412 người
- Lớp bồi dưỡng lý luận chính trị cho đảng viên mới: 05; học viên: 287 người

4. Tuyên truyền miệng
- Báo cáo viên cấp quận: 48 đồng chí (tính đến 30/11/2017)
- Hội nghị báo cáo viên: 12 (bình quân mỗi tháng 1 hội nghị)
- Buổi nói chuyện chuyên đề, thời sự: 186 – lượt người nghe: khoảng 21.500
- Băng rôn, cờ phướn tuyên truyền các ngày lễ lớn và kỷ niệm 100 năm Cách mạng Tháng Mười Nga: 2.340

5. Nắm bắt, định hướng dư luận xã hội
- Cộng tác viên dư luận xã hội: 64 đồng chí
- Báo cáo tình hình tư tưởng, dư luận xã hội: 24 định kỳ, 9 đột xuất

6. Thông tin trên Internet, mạng xã hội
- Tin, bài trên trang thông tin điện tử Đảng bộ quận: 528; trên fanpage “Bình Thạnh – Sống đẹp”: 311
- Nhóm Zalo của các chi bộ khu phố: 173

7. Thi đua, khen thưởng
- Cuộc thi “Tìm hiểu 87 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam” – lượt dự thi: 9.864
- Tập thể được khen thưởng: 11; cá nhân: 23

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2018
1. Học tập, quán triệt Nghị quyết Trung ương 7 khóa XII cho 100% cán bộ chủ chốt; phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
2. Mở 06 lớp bồi dưỡng lý luận chính trị cho đảng viên mới; tổ chức 12 hội nghị báo cáo viên.
3. Phát triển thêm 30 nhóm Zalo khu phố, đưa tổng số lên trên 200 nhóm.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
"""
D01 = "2017-12-18"
P01 = year(2017)

T02 = """
Thứ Sáu, ngày 16 tháng 10 năm 2020

Quận 8: Giữ nhịp tuyên truyền trong mùa dịch

(Thanhuytphcm.vn) – Dù nhiều hoạt động tập trung phải tạm dừng vì dịch Covid-19, 9 tháng năm 2020, Ban Tuyên giáo Quận ủy Quận 8 vẫn tham mưu tổ chức 27 hội nghị học tập, quán triệt nghị quyết, chỉ thị của Đảng, với 6.845 lượt cán bộ, đảng viên tham dự, đạt 95,8%.

Quận 8 có 16 phường, gần 430 nghìn dân, trong đó nhiều người lao động thuê trọ. Khi các buổi sinh hoạt chỉ được tổ chức với dưới 20 người theo quy định phòng dịch, quận chuyển mạnh sang tuyên truyền trên mạng. “Các phường đã lập 312 nhóm Zalo khu phố, số thành viên hiện nay khoảng 41.000 người. Trang thông tin điện tử của quận đăng 1.046 tin, bài về phòng, chống dịch và về đại hội đảng bộ các cấp”, bà Lê Thị Thanh Vân, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Quận 8, cho biết.

Đội ngũ 52 báo cáo viên của quận tổ chức 74 buổi nói chuyện thời sự tại 38 khu nhà trọ, thu hút khoảng 5.600 lượt người nghe. “Từ đầu năm đến nay, Ban đã gửi Ban Tuyên giáo Thành ủy 41 báo cáo nhanh về tình hình dư luận trong nhân dân”, bà Vân nói.

Các chi bộ khu phố duy trì sinh hoạt định kỳ, tổ chức 418 buổi sinh hoạt chuyên đề, nhiều buổi dành cho góp ý dự thảo văn kiện trình Đại hội XIII của Đảng. “Khu phố tôi có 3 tổ dân phố, ai cũng vào nhóm Zalo đọc tin, ngày nào cũng có 2, 3 tin mới”, ông Trần Văn Út, tổ trưởng khu phố 5, phường 4, kể.

Trung tâm Bồi dưỡng chính trị quận mở bốn lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 196 học viên; có lớp chỉ 30 người để bảo đảm giãn cách.

Hưởng ứng Cuộc thi trực tuyến “Tìm hiểu 90 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam”, quận có 14.372 lượt người dự thi; 20 cá nhân đạt giải. Ban Thường vụ Quận ủy tặng giấy khen cho 7 tập thể và 15 cá nhân có thành tích trong tuyên truyền phòng, chống dịch.

Quý IV, quận dự kiến tổ chức 3 hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ quận lần thứ XI cho khoảng 2.000 cán bộ chủ chốt và đảng viên.
"""
D02 = "2020-10-16"
P02 = m9(2020)

T03 = """
ĐẢNG ỦY PHƯỜNG CHỢ LỚN
BAN XÂY DỰNG ĐẢNG

ĐIỂM TIN CÔNG TÁC TUYÊN GIÁO THÁNG 10/2025

Phường Chợ Lớn được thành lập trên cơ sở sắp xếp 4 phường của Quận 5 cũ, hiện có khoảng 98 nghìn dân, trong đó đồng bào người Hoa chiếm gần 40%. Hơn ba tháng vận hành chính quyền địa phương hai cấp, công tác tuyên giáo của phường trong tháng 10/2025 đạt một số kết quả chính:

• Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030:
– Hội nghị cấp phường: 01
– Lớp ở các chi bộ khu phố: 46
– Lượt đảng viên dự học: 3.128; tỷ lệ: 97,3%
– Lượt quần chúng dự nghe: 1.964
• Góp ý dự thảo các văn kiện trình Đại hội XIV của Đảng:
– Buổi thảo luận ở các chi bộ: 52
– Ý kiến góp ý được tổng hợp: 317
• Tuyên truyền miệng, trực quan:
– Buổi nói chuyện thời sự tại khu phố: 22 – lượt người nghe: hơn 1.700
– Triển lãm ảnh “Chợ Lớn – ký ức và khát vọng”: 2 đợt
– Lượt xe loa tuyên truyền lưu động: 64
• Thông tin trên không gian mạng:
– Tin, bài trên trang Zalo OA của phường: 138; trên fanpage: 95
– Nhóm Zalo khu phố: 58, số thành viên hiện nay khoảng 21.400 người
• Dư luận xã hội:
– Báo cáo nhanh về dư luận xã hội gửi Ban Thường vụ Thành ủy: 6
– Cộng tác viên dư luận xã hội: 24 người (tính đến 31/10/2025)
• Khen thưởng: Đảng ủy phường tặng giấy khen cho 3 tập thể, 5 cá nhân có thành tích trong tuyên truyền Đại hội Đảng bộ Thành phố lần thứ I.

Nhiệm vụ tháng 11/2025: tổ chức 01 hội nghị báo cáo viên; hoàn thành góp ý văn kiện ở 100% chi bộ; mở lớp bồi dưỡng cho 35 đảng viên mới.

Liên hệ: Ban Xây dựng Đảng – Đảng ủy phường Chợ Lớn, số 203 Hải Thượng Lãn Ông. Điện thoại: 028 3855 1247.
"""
D03 = "2025-11-04"
P03 = month(10, 2025)

T04 = """
Thứ Ba, ngày 18 tháng 3 năm 2025

Thủ Đức: “Tuyên giáo phải đi trước, đón đầu”

(Thanhuytphcm.vn) – Nhân dịp tổng kết nhiệm kỳ 2020 – 2025, phóng viên trao đổi với đồng chí Nguyễn Thị Thu Hằng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy Thủ Đức, về những dấu ấn của công tác tuyên giáo ở thành phố thuộc thành phố đầu tiên của cả nước.

PV: Thưa đồng chí, sau khi hợp nhất 3 quận, việc đưa nghị quyết vào cuộc sống ở Thủ Đức có gì khác trước?

Đồng chí Trưởng ban: “Thủ Đức có 34 phường, hơn 1,2 triệu dân, lại có Khu Công nghệ cao và Đại học Quốc gia với khoảng 100 nghìn sinh viên, nên không thể làm theo cách cũ. Cả nhiệm kỳ, Ban đã tham mưu Thành ủy tổ chức 38 hội nghị cấp thành phố học tập, quán triệt nghị quyết của Trung ương, của Thành ủy TP.HCM và của Thành ủy Thủ Đức; các đảng bộ phường, cơ sở mở 2.416 lớp, với 284.650 lượt cán bộ, đảng viên tham dự, tỷ lệ bình quân đạt 96,7%.”

PV: Còn trên không gian mạng thì sao?

Đồng chí Trưởng ban: “Hiện nay, thành phố có 1 cổng thông tin điện tử, 36 fanpage chính danh và 1.482 nhóm Zalo khu phố với gần 190 nghìn thành viên. Riêng năm 2024, các trang, nhóm này đăng hơn 15.000 tin, bài, video; lượt tiếp cận ước đạt 6,2 triệu. Có lần một chị tổ trưởng ở phường Linh Xuân nói với tôi: ‘Khu tôi 318 hộ thì 290 hộ vào nhóm rồi, tin gì cũng biết sớm’.”

PV: Đội ngũ nắm bắt dư luận được củng cố ra sao?

Đồng chí Trưởng ban: “Đến nay, Thủ Đức có 186 báo cáo viên và 428 cộng tác viên dư luận xã hội ở hai cấp. Trong nhiệm kỳ, đội ngũ này gửi về Ban 1.356 báo cáo định kỳ và 248 báo cáo đột xuất về tình hình tư tưởng, dư luận; Ban tổ chức 20 hội nghị báo cáo viên, các cấp tổ chức 1.940 buổi nói chuyện chuyên đề với khoảng 312.000 lượt người nghe.”

PV: Còn các đợt sinh hoạt chính trị, cuộc thi và công tác khen thưởng?

Đồng chí Trưởng ban: “Trong nhiệm kỳ, Thành ủy phát động bốn đợt sinh hoạt chính trị, tư tưởng về các tác phẩm của đồng chí Tổng Bí thư Nguyễn Phú Trọng. Cuộc thi trắc nghiệm “Tìm hiểu lịch sử Đảng bộ và nhân dân thành phố Thủ Đức” thu hút 58.214 lượt người dự thi. Ban Thường vụ Thành ủy đã khen thưởng 64 tập thể và 137 cá nhân có thành tích xuất sắc trong công tác tuyên giáo.”

PV: Nhiệm kỳ tới, Ban đặt mục tiêu gì?

Đồng chí Trưởng ban: “Chúng tôi phấn đấu 100% khu phố có nhóm Zalo hoạt động hiệu quả, mỗi năm tổ chức ít nhất 2 đợt sinh hoạt chính trị, nâng đội ngũ cộng tác viên lên 500 người.”

PV: Xin cảm ơn đồng chí!
"""
D04 = "2025-03-18"
P04 = term(2020, 2025)

DOCS = [
    Doc("h23_01_binhthanh_2017_report", T01, BINHTHANH, P01, D01, "text", facts=[
        F("ban hành 31 văn bản", 31, "documents_issued"),
        F("Hội nghị cấp quận: 04", 4, "study_sessions"),
        F("chi bộ cơ sở: 236", 236, "study_sessions"),
        F("Đảng viên dự học: 10.973/11.402 đồng chí", 10973, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 96,24%", 96.24, "study_participation_rate"),
        F("dự nghe: 5.318", 5318, "study_attendance", a="masses"),
        F("chưa tham gia: 429 người", 429, "other"),
        F("nhận thức về Đảng: 06", 6, "training_classes"),
        F("học viên: 412 người", 412, "trainees"),
        F("đảng viên mới: 05", 5, "training_classes"),
        F("học viên: 287 người", 287, "trainees"),
        F("Báo cáo viên cấp quận: 48 đồng chí", 48, "reporters", p=inst("2017-11-30")),
        F("Hội nghị báo cáo viên: 12", 12, "reporter_conferences"),
        F("thời sự: 186", 186, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 21.500", 21500, "propaganda_audience", "approx"),
        F("Tháng Mười Nga: 2.340", 2340, "other"),
        F("dư luận xã hội: 64 đồng chí", 64, "opinion_collaborators", p=end_of(P01)),
        F("24 định kỳ", 24, "opinion_reports"),
        F("9 đột xuất", 9, "opinion_reports"),
        F("Đảng bộ quận: 528", 528, "news_items"),
        F("Sống đẹp”: 311", 311, "news_items"),
        F("chi bộ khu phố: 173", 173, "chat_groups", p=end_of(P01)),
        F("lượt dự thi: 9.864", 9864, "contest_entries"),
        F("Tập thể được khen thưởng: 11", 11, "commended_collectives"),
        F("cá nhân: 23", 23, "commended_individuals"),
    ], traps=[("Số 97-BC/BTGQU", 97), ("20 đảng bộ phường", 20),
              ("52 chi, đảng bộ cơ sở", 52), ("hơn 11.600 đảng viên", 11600),
              ("12 kế hoạch", 12), ("11 hướng dẫn", 11), ("8 công văn", 8),
              ("Kế hoạch 145-KH/QU", 145), ("Chỉ thị 05-CT/TW", 5),
              ("Trung ương 5", 5), ("Trung ương 6", 6), ("30/11/2017", 30),
              ("mỗi tháng 1 hội nghị", 1), ("100 năm", 100), ("87 năm", 87),
              ("Trung ương 7", 7), ("100% cán bộ chủ chốt", 100), ("trên 95%", 95),
              ("Mở 06 lớp", 6), ("tổ chức 12 hội nghị báo cáo viên", 12),
              ("thêm 30 nhóm", 30), ("trên 200 nhóm", 200), ("NĂM 2018", 2018)]),
    Doc("h23_02_quan8_9m_2020_press", T02, Q8, P02, D02, "text", facts=[
        F("tổ chức 27 hội nghị", 27, "study_sessions"),
        F("6.845 lượt cán bộ, đảng viên", 6845, "study_attendance", a="party_members"),
        F("đạt 95,8%", 95.8, "study_participation_rate"),
        F("lập 312 nhóm Zalo", 312, "chat_groups", p=end_of(P02)),
        F("khoảng 41.000 người", 41000, "chat_group_members", "approx", p=inst(D02)),
        F("đăng 1.046 tin, bài", 1046, "news_items"),
        F("Đội ngũ 52 báo cáo viên", 52, "reporters", p=end_of(P02)),
        F("74 buổi nói chuyện", 74, "oral_propaganda_sessions"),
        F("khoảng 5.600 lượt người nghe", 5600, "propaganda_audience", "approx"),
        F("Thành ủy 41 báo cáo", 41, "opinion_reports", p=since("2020-01-01", D02)),
        F("418 buổi sinh hoạt chuyên đề", 418, "party_cell_discussions"),
        F("bốn lớp bồi dưỡng", 4, "training_classes"),
        F("196 học viên", 196, "trainees"),
        F("14.372 lượt người dự thi", 14372, "contest_entries"),
        F("7 tập thể", 7, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("16 phường", 16), ("gần 430 nghìn dân", 430000), ("dưới 20 người", 20),
              ("38 khu nhà trọ", 38), ("3 tổ dân phố", 3), ("2, 3 tin mới", 2),
              ("khu phố 5", 5), ("phường 4", 4), ("chỉ 30 người", 30), ("90 năm", 90),
              ("20 cá nhân đạt giải", 20), ("3 hội nghị quán triệt", 3),
              ("khoảng 2.000 cán bộ", 2000), ("Quận 8", 8)]),
    Doc("h23_03_cholon_10_2025_bulletin", T03, CHOLON, P03, D03, "sidecar",
        meta={"date": D03}, facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("chi bộ khu phố: 46", 46, "study_sessions"),
        F("Lượt đảng viên dự học: 3.128", 3128, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,3%", 97.3, "study_participation_rate"),
        F("dự nghe: 1.964", 1964, "study_attendance", a="masses"),
        F("ở các chi bộ: 52", 52, "party_cell_discussions"),
        F("được tổng hợp: 317", 317, "other"),
        F("tại khu phố: 22", 22, "oral_propaganda_sessions"),
        F("lượt người nghe: hơn 1.700", 1700, "propaganda_audience", "at_least"),
        F("khát vọng”: 2 đợt", 2, "other"),
        F("lưu động: 64", 64, "other"),
        F("của phường: 138", 138, "news_items"),
        F("trên fanpage: 95", 95, "news_items"),
        F("Nhóm Zalo khu phố: 58", 58, "chat_groups", p=end_of(P03)),
        F("khoảng 21.400 người", 21400, "chat_group_members", "approx", p=inst(D03)),
        F("Thành ủy: 6", 6, "opinion_reports"),
        F("dư luận xã hội: 24 người", 24, "opinion_collaborators", p=inst("2025-10-31")),
        F("3 tập thể", 3, "commended_collectives"),
        F("5 cá nhân", 5, "commended_individuals"),
    ], traps=[("THÁNG 10/2025", 10), ("sắp xếp 4 phường", 4), ("Quận 5", 5),
              ("khoảng 98 nghìn dân", 98000), ("gần 40%", 40),
              ("nhiệm kỳ 2025 – 2030", 2025), ("tháng 10/2025", 10),
              ("31/10/2025", 31), ("tháng 11/2025", 11), ("01 hội nghị báo cáo viên", 1),
              ("100% chi bộ", 100), ("35 đảng viên mới", 35), ("số 203", 203),
              ("028 3855 1247", 28)]),
    Doc("h23_04_thuduc_term_2020_2025_interview", T04, THUDUC, P04, D04, "text", facts=[
        F("tổ chức 38 hội nghị cấp thành phố", 38, "study_sessions"),
        F("mở 2.416 lớp", 2416, "study_sessions"),
        F("284.650 lượt cán bộ, đảng viên", 284650, "study_attendance", a="party_members"),
        F("bình quân đạt 96,7%", 96.7, "study_participation_rate"),
        F("1 cổng thông tin điện tử", 1, "websites", p=inst(D04)),
        F("36 fanpage", 36, "social_pages", p=inst(D04)),
        F("1.482 nhóm Zalo", 1482, "chat_groups", p=inst(D04)),
        F("gần 190 nghìn thành viên", 190000, "chat_group_members", "at_most", p=inst(D04)),
        F("hơn 15.000 tin, bài, video", 15000, "news_items", "at_least", p=year(2024)),
        F("lượt tiếp cận ước đạt 6,2 triệu", 6200000, "propaganda_audience", "approx",
          p=year(2024)),
        F("186 báo cáo viên", 186, "reporters", p=inst(D04)),
        F("428 cộng tác viên", 428, "opinion_collaborators", p=inst(D04)),
        F("1.356 báo cáo định kỳ", 1356, "opinion_reports"),
        F("248 báo cáo đột xuất", 248, "opinion_reports"),
        F("20 hội nghị báo cáo viên", 20, "reporter_conferences"),
        F("1.940 buổi nói chuyện", 1940, "oral_propaganda_sessions"),
        F("khoảng 312.000 lượt người nghe", 312000, "propaganda_audience", "approx"),
        F("bốn đợt sinh hoạt chính trị", 4, "political_campaigns"),
        F("58.214 lượt người dự thi", 58214, "contest_entries"),
        F("64 tập thể", 64, "commended_collectives"),
        F("137 cá nhân", 137, "commended_individuals"),
    ], traps=[("nhiệm kỳ 2020 – 2025", 2020), ("hợp nhất 3 quận", 3), ("34 phường", 34),
              ("hơn 1,2 triệu dân", 1200000), ("khoảng 100 nghìn sinh viên", 100000),
              ("318 hộ", 318), ("290 hộ", 290), ("100% khu phố", 100),
              ("ít nhất 2 đợt", 2), ("lên 500 người", 500)]),
]
