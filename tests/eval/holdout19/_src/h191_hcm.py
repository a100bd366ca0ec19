"""Nineteenth held-out set (holdout19), part 1: HCM districts and TP Thủ Đức (2017-2022).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h19_01 (newspaper feature, Gò Vấp, year 2017): the web page's "Cập nhật ngày 12-01-2018" is
  the document date. The tổ trưởng's quotation (15, 40 people, his age, "hẻm 248", "tổ dân phố
  41", "phường 9") is an anecdote; his name "Nguyễn Văn Hai" is a trap. The Trưởng ban's
  quotation ("Chúng tôi duy trì đội ngũ 58 báo cáo viên ...") is the unit's: the 58 lecturers
  have no "hiện có" marker, so they are an instant at 2017-12-31; "36 báo cáo tình hình tư
  tưởng gửi Thành ủy" are opinion reports of Gò Vấp (Thành ủy is the recipient). The contest's
  rank "xếp thứ 2/24", "87 năm", the district's wards and population and the 2018 target are
  traps.
- h19_02 (website news item, TP Thủ Đức, H1 2022): "Ban Tuyên giáo Thành ủy Thủ Đức" and
  "Thành ủy" inside it are TP Thủ Đức. "28.615/29.870 đảng viên ..., đạt 95,8%" is an attendance
  (numerator) and its rate. "34 đảng bộ phường và 21 đảng bộ cơ sở ... đã mở 126 lớp" is the
  structure + the classes (fact). "Phối hợp Trung tâm Chính trị ... mở 4 lớp bồi dưỡng" is
  the unit's training (the centre is a partner). The 35 websites "Hiện" are an instant at the
  document date and their parts "(1 của Thành ủy và 34 của các phường)" are traps; the 1.124
  Zalo groups ("duy trì", no marker, in a paragraph with no "hiện có" before them) are an
  instant at 2022-06-30. "tăng 214 tin, bài so với
  cùng kỳ" and every figure of the "6 tháng cuối năm" paragraph (plans) are traps.
- h19_03 (Báo cáo sơ kết, Bình Chánh, 9 months 2019): letterhead "HUYỆN ỦY BÌNH CHÁNH / BAN
  TUYÊN GIÁO", dateline under it. List lines read with their numbered heading / lead-in.
  "22 văn bản (09 kế hoạch, 13 hướng dẫn)": the total is the fact, the parts traps. "12.906
  (đạt 96,37%)" gives the attendance and its rate; "Số đảng viên chưa tham gia: 485 người" is
  `other`. "Đội thông tin lưu động biểu diễn: 64 suất" and "Băng rôn ...: 2.350" are `other`;
  "phát hành 9 số" news_items; "mỗi số 1.800 bản" a trap. Lecturers and collaborators (no
  marker) are instants at 2019-09-30; "(bổ sung 6 đồng chí trong quý III)" is a change (trap).
  "đề nghị Thành ủy tặng bằng khen cho 2 tập thể" is a proposal (trap). "II. HẠN CHẾ" holds
  only territory (traps); every number under "III. PHƯƠNG HƯỚNG ..." is a trap.
- h19_04 (Quận 10, comparison of 2021 and 2022 in one paragraph, footnotes): the article
  period is 2022 (first sentence); the 2021 figures get year(2021). Footnote markers "(1)",
  "(2)", "(3)" and the footnote lines are traps (the footnote "Trong đó 9 đồng chí" are parts).
  "từ 38 buổi ... năm 2021 lên 146 buổi năm 2022" are two facts, one per year; "trong đó có
  4.200 lượt học sinh" is a part (trap); "cao hơn năm trước 2,3 điểm phần trăm" and "tăng 612
  tin, bài" are comparisons (traps). "hiện quản lý 1 trang thông tin điện tử và 16 trang mạng
  xã hội" are stocks at the document date ("hiện" read like "hiện có"); the Zalo groups and members "(tính đến 31/12/2022)"
  are instants at that date. "có 36 đồng chí" (no marker) is an instant at 2022-12-31. Number
  words "mười hai tập thể", "ba mươi lăm cá nhân" are 12 and 35. The address on "đường 3
  Tháng 2", "phường 14" and "quan10" in the web address are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, year

GOVAP, THUDUC, BINHCHANH, Q10 = (U("Quận Gò Vấp"), U("Thành phố Thủ Đức"),
                                  U("Huyện Bình Chánh"), U("Quận 10"))

# ---------------------------------------------------------------------------------------------
T01 = """
Cập nhật ngày 12-01-2018

Gò Vấp: Đưa nghị quyết về tận con hẻm

SGGP – Năm 2017, Quận ủy Gò Vấp chọn cách làm “đi từng ngõ, gõ từng nhà” để đưa nghị quyết của Đảng vào đời sống. Cả năm, quận tổ chức 4 hội nghị học tập, quán triệt Nghị quyết Trung ương 5, Trung ương 6 khóa XII cho cán bộ chủ chốt; các chi, đảng bộ cơ sở mở 212 lớp với 18.446 lượt cán bộ, đảng viên và 9.730 lượt quần chúng tham dự.

Chiều 10/1, trong con hẻm 248 Nguyễn Văn Khối (phường 9), buổi sinh hoạt của tổ dân phố 41 kéo dài gần 2 giờ mà không ai về sớm. “Trước đây mỗi lần họp chỉ chừng 15 người, giờ có chuyên đề gắn với chuyện của hẻm mình nên lúc nào cũng trên 40 người dự”, ông Nguyễn Văn Hai, 68 tuổi, tổ trưởng tổ dân phố, kể.

Bà Lê Thị Thu Hương, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, cho biết trong năm Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 27 văn bản chỉ đạo về công tác tư tưởng. “Chúng tôi duy trì đội ngũ 58 báo cáo viên cấp quận, tổ chức 12 hội nghị báo cáo viên định kỳ hằng tháng. Từ ý kiến của cộng tác viên ở cơ sở, Ban tổng hợp thành 36 báo cáo tình hình tư tưởng gửi Thành ủy”, bà Hương nói.

Trang thông tin điện tử quận đăng 1.235 tin, bài về các nhiệm vụ chính trị của địa phương. Hưởng ứng Cuộc thi “Tìm hiểu 87 năm lịch sử Đảng bộ Thành phố”, quận có 23.518 bài dự thi, xếp thứ 2/24 quận, huyện. Quận ủy tặng giấy khen cho 15 tập thể và 42 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Gò Vấp hiện có 16 phường với hơn 630 nghìn dân, nhiều nhất là người lao động nhập cư. Năm 2018, quận phấn đấu 100% chi bộ khu phố sinh hoạt chuyên đề ít nhất 2 lần mỗi năm.
"""
D01 = "2018-01-12"
P01 = year(2017)

# ---------------------------------------------------------------------------------------------
T02 = """
TIN TỨC – SỰ KIỆN
Thủ Đức: Sơ kết công tác tuyên giáo 6 tháng đầu năm 2022
Ngày đăng: 15/07/2022

Ngày 14/7/2022, Ban Tuyên giáo Thành ủy Thủ Đức tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022.

Theo báo cáo, 6 tháng qua, Ban Tuyên giáo Thành ủy đã tham mưu Ban Thường vụ Thành ủy Thủ Đức ban hành 19 văn bản lãnh đạo, chỉ đạo; tổ chức 3 hội nghị trực tuyến học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII tại 34 điểm cầu phường. Toàn Đảng bộ có 28.615/29.870 đảng viên tham gia học tập, đạt 95,8%. 34 đảng bộ phường và 21 đảng bộ cơ sở trực thuộc đã mở 126 lớp học tập chuyên đề năm 2022 với 11.284 lượt người tham dự. Các khu phố duy trì 1.124 nhóm Zalo để đưa kết quả học tập đến từng hộ dân.

Ban phối hợp Trung tâm Chính trị thành phố Thủ Đức mở 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 386 học viên. Trang thông tin điện tử Thành ủy Thủ Đức đăng 867 tin, bài, tăng 214 tin, bài so với cùng kỳ; fanpage “Thủ Đức ngày mới” hiện có gần 52.000 người theo dõi. Hiện toàn thành phố Thủ Đức có 35 trang thông tin điện tử (1 của Thành ủy và 34 của các phường).

Sáu tháng cuối năm, Ban sẽ tổ chức 2 hội nghị quán triệt Nghị quyết Trung ương 5 khóa XIII và phấn đấu mỗi phường có ít nhất 1 trang mạng xã hội chính danh.

Địa chỉ: 168 Trương Văn Bang, phường Thạnh Mỹ Lợi, TP Thủ Đức. Điện thoại: (028) 3740 2345.
"""
D02 = "2022-07-15"
P02 = h1(2022)

# ---------------------------------------------------------------------------------------------
T03 = """
HUYỆN ỦY BÌNH CHÁNH
BAN TUYÊN GIÁO
Số 156-BC/BTGHU

Bình Chánh, ngày 03 tháng 10 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 9 tháng đầu năm,
phương hướng, nhiệm vụ quý IV năm 2019
(trích)

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Công tác chính trị, tư tưởng
Ban Tuyên giáo Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành 22 văn bản (09 kế hoạch, 13 hướng dẫn) triển khai các nhiệm vụ trọng tâm; triển khai 01 đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Kết quả học tập, quán triệt Nghị quyết Trung ương 8, Trung ương 9 khóa XII và Chỉ thị 05-CT/TW như sau:
- Hội nghị cấp huyện: 03
- Lớp ở cơ sở: 248; lượt cán bộ, đảng viên dự: 12.906 (đạt 96,37%)
- Số đảng viên chưa tham gia: 485 người

2. Công tác tuyên truyền
- Buổi nói chuyện thời sự, chuyên đề: 186 – lượt người nghe: khoảng 21.400
- Đội thông tin lưu động biểu diễn: 64 suất
- Băng rôn, khẩu hiệu, pano: 2.350
- Bản tin “Sinh hoạt chi bộ” phát hành 9 số, mỗi số 1.800 bản

3. Công tác báo cáo viên, dư luận xã hội
- Báo cáo viên cấp huyện: 42 đồng chí (bổ sung 6 đồng chí trong quý III)
- Hội nghị báo cáo viên: 03
- Cộng tác viên dư luận xã hội: 126 người
- Báo cáo dư luận xã hội: 27 định kỳ, 5 đột xuất

4. Công tác khoa giáo, bồi dưỡng
- Lớp bồi dưỡng lý luận chính trị cho đảng viên mới: 05 lớp, 412 học viên
- Lớp sơ cấp lý luận chính trị: 02 lớp, 168 học viên

5. Thi đua, khen thưởng
- Cuộc thi trắc nghiệm “Tìm hiểu 89 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam” – lượt dự thi: 31.207
- Ban Thường vụ Huyện ủy khen thưởng 11 tập thể, 27 cá nhân; đề nghị Thành ủy tặng bằng khen cho 2 tập thể

II. HẠN CHẾ
Địa bàn rộng (15 xã, 1 thị trấn), dân số tăng cơ học nhanh, hiện hơn 700 nghìn người, nên việc nắm bắt tư tưởng ở các khu nhà trọ còn chậm; một số chi bộ ấp sinh hoạt chuyên đề chưa đều.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2019
- Tổ chức học tập, quán triệt các nghị quyết Hội nghị Trung ương 11 khóa XII;
- Mở 3 lớp bồi dưỡng lý luận chính trị cho khoảng 250 đảng viên mới;
- Tổ chức tổng kết 5 năm thực hiện Kế hoạch 138-KH/HU.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Lưu.
"""
D03 = "2019-10-03"
P03 = m9(2019)
END03 = end_of(P03)

# ---------------------------------------------------------------------------------------------
T04 = """
Quận 10: Hai năm, một cách làm bền bỉ

(Thanhuytphcm.vn) – Ngày 16/1/2023, Quận ủy Quận 10 tổng kết công tác tuyên giáo năm 2022 tại Hội trường Quận ủy (số 474 đường 3 Tháng 2, phường 14). Báo cáo so sánh hai năm cho thấy nhiều chuyển biến sau giai đoạn dịch Covid-19.

Về học tập nghị quyết, năm 2021 quận tổ chức 45 lớp (phần lớn trực tuyến) với 7.812 lượt cán bộ, đảng viên, năm 2022 tổ chức 52 lớp với 9.436 lượt cán bộ, đảng viên(1). Tỷ lệ đảng viên dự học năm 2022 đạt 97,5%, cao hơn năm trước 2,3 điểm phần trăm.

Tuyên truyền miệng được khôi phục mạnh mẽ: từ 38 buổi nói chuyện chuyên đề năm 2021 lên 146 buổi năm 2022 (thu hút khoảng 12.600 lượt người nghe, trong đó có 4.200 lượt học sinh, sinh viên).

Trên không gian mạng, Quận ủy hiện quản lý 1 trang thông tin điện tử và 16 trang mạng xã hội của quận và các phường(2). Năm 2022, các trang đăng tổng cộng 3.184 tin, bài, video clip, tăng 612 tin, bài so với năm 2021. Quận duy trì 186 nhóm Zalo tổ dân phố với 21.300 thành viên (tính đến 31/12/2022).

Đội ngũ báo cáo viên quận có 36 đồng chí(3); năm 2022 Ban tổ chức 12 hội nghị báo cáo viên, gửi 48 báo cáo tình hình tư tưởng, dư luận xã hội lên Ban Tuyên giáo Thành ủy. Quận ủy tặng giấy khen cho mười hai tập thể và ba mươi lăm cá nhân có thành tích trong công tác tuyên giáo năm 2022.

Năm 2023, quận phấn đấu mỗi phường có ít nhất 1 mô hình “Dân vận khéo” trong công tác tuyên truyền.

____
(1) Số liệu năm 2021 không tính các buổi sinh hoạt trực tuyến tại chi bộ.
(2) Trang thông tin điện tử Quận 10 có địa chỉ quan10.hochiminhcity.gov.vn.
(3) Trong đó 9 đồng chí là báo cáo viên Thành ủy.
"""
D04 = "2023-01-16"
P04 = year(2022)

DOCS = [
    Doc("h19_01_govap_feature_2017", T01, GOVAP, P01, D01, "text", facts=[
        F("4 hội nghị học tập", 4, "study_sessions"),
        F("mở 212 lớp", 212, "study_sessions"),
        F("18.446 lượt cán bộ, đảng viên", 18446, "study_attendance", a="party_members"),
        F("9.730 lượt quần chúng", 9730, "study_attendance", a="masses"),
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("58 báo cáo viên", 58, "reporters", p=end_of(P01)),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("36 báo cáo tình hình tư tưởng", 36, "opinion_reports"),
        F("đăng 1.235 tin, bài", 1235, "news_items"),
        F("23.518 bài dự thi", 23518, "contest_entries"),
        F("15 tập thể", 15, "commended_collectives"),
        F("42 cá nhân", 42, "commended_individuals"),
    ], traps=[("ngày 12-01-2018", 12), ("Năm 2017", 2017), ("Trung ương 5", 5),
              ("Trung ương 6", 6), ("Chiều 10/1", 10), ("hẻm 248", 248), ("phường 9", 9),
              ("tổ dân phố 41", 41), ("gần 2 giờ", 2), ("chừng 15 người", 15),
              ("trên 40 người", 40), ("Nguyễn Văn Hai", 2), ("68 tuổi", 68),
              ("87 năm", 87), ("xếp thứ 2/24", 2), ("16 phường", 16),
              ("hơn 630 nghìn dân", 630000), ("Năm 2018", 2018), ("100% chi bộ", 100),
              ("ít nhất 2 lần", 2)]),
    Doc("h19_02_thuduc_h1_2022", T02, THUDUC, P02, D02, "text", facts=[
        F("ban hành 19 văn bản", 19, "documents_issued"),
        F("3 hội nghị trực tuyến", 3, "study_sessions"),
        F("28.615/29.870 đảng viên", 28615, "study_attendance", a="party_members"),
        F("đạt 95,8%", 95.8, "study_participation_rate"),
        F("mở 126 lớp", 126, "study_sessions"),
        F("11.284 lượt người tham dự", 11284, "study_attendance"),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes"),
        F("386 học viên", 386, "trainees"),
        F("đăng 867 tin, bài", 867, "news_items"),
        F("gần 52.000 người theo dõi", 52000, "propaganda_audience", "at_most", p=inst(D02)),
        F("có 35 trang thông tin điện tử", 35, "websites", p=inst(D02)),
        F("1.124 nhóm Zalo", 1124, "chat_groups", p=end_of(P02)),
    ], traps=[("6 tháng đầu năm 2022", 6), ("15/07/2022", 15), ("Ngày 14/7/2022", 14),
              ("6 tháng cuối năm 2022", 6), ("6 tháng qua", 6), ("Trung ương 4", 4),
              ("34 điểm cầu", 34), ("34 đảng bộ phường", 34), ("21 đảng bộ cơ sở", 21),
              ("chuyên đề năm 2022", 2022), ("tăng 214 tin, bài", 214),
              ("(1 của Thành ủy", 1), ("34 của các phường", 34), ("2 hội nghị", 2),
              ("Trung ương 5", 5), ("ít nhất 1 trang", 1), ("168 Trương Văn Bang", 168),
              ("(028) 3740 2345", 28)]),
    Doc("h19_03_binhchanh_9t_2019", T03, BINHCHANH, P03, D03, "text", facts=[
        F("ban hành 22 văn bản", 22, "documents_issued"),
        F("01 đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("Hội nghị cấp huyện: 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 248", 248, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 12.906", 12906, "study_attendance", a="party_members"),
        F("(đạt 96,37%)", 96.37, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 485 người", 485, "other"),
        F("chuyên đề: 186", 186, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 21.400", 21400, "propaganda_audience", "approx"),
        F("biểu diễn: 64 suất", 64, "other"),
        F("pano: 2.350", 2350, "other"),
        F("phát hành 9 số", 9, "news_items"),
        F("Báo cáo viên cấp huyện: 42 đồng chí", 42, "reporters", p=END03),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Cộng tác viên dư luận xã hội: 126 người", 126, "opinion_collaborators", p=END03),
        F("27 định kỳ", 27, "opinion_reports"),
        F("5 đột xuất", 5, "opinion_reports"),
        F("đảng viên mới: 05 lớp", 5, "training_classes"),
        F("05 lớp, 412 học viên", 412, "trainees"),
        F("Lớp sơ cấp lý luận chính trị: 02 lớp", 2, "training_classes"),
        F("02 lớp, 168 học viên", 168, "trainees"),
        F("lượt dự thi: 31.207", 31207, "contest_entries"),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("27 cá nhân", 27, "commended_individuals"),
    ], traps=[("Số 156-BC/BTGHU", 156), ("ngày 03 tháng 10 năm 2019", 3),
              ("9 tháng đầu năm", 9), ("quý IV năm 2019", 2019),
              ("1. Công tác chính trị", 1), ("09 kế hoạch", 9), ("13 hướng dẫn", 13),
              ("50 năm", 50), ("Trung ương 8", 8), ("Trung ương 9", 9), ("05-CT/TW", 5),
              ("2. Công tác tuyên truyền", 2), ("mỗi số 1.800 bản", 1800),
              ("3. Công tác báo cáo viên", 3), ("bổ sung 6 đồng chí", 6),
              ("4. Công tác khoa giáo", 4), ("5. Thi đua", 5), ("89 năm", 89),
              ("cho 2 tập thể", 2), ("15 xã", 15), ("1 thị trấn", 1),
              ("hơn 700 nghìn người", 700000), ("NĂM 2019", 2019), ("Trung ương 11", 11),
              ("Mở 3 lớp", 3), ("khoảng 250 đảng viên", 250), ("5 năm", 5),
              ("Kế hoạch 138-KH/HU", 138)]),
    Doc("h19_04_q10_2021_2022", T04, Q10, P04, D04, "text", facts=[
        F("năm 2021 quận tổ chức 45 lớp", 45, "study_sessions", p=year(2021)),
        F("7.812 lượt cán bộ, đảng viên", 7812, "study_attendance", a="party_members",
          p=year(2021)),
        F("tổ chức 52 lớp", 52, "study_sessions"),
        F("9.436 lượt cán bộ, đảng viên", 9436, "study_attendance", a="party_members"),
        F("đạt 97,5%", 97.5, "study_participation_rate"),
        F("từ 38 buổi nói chuyện", 38, "oral_propaganda_sessions", p=year(2021)),
        F("lên 146 buổi", 146, "oral_propaganda_sessions"),
        F("khoảng 12.600 lượt người nghe", 12600, "propaganda_audience", "approx"),
        F("1 trang thông tin điện tử", 1, "websites", p=inst(D04)),
        F("16 trang mạng xã hội", 16, "social_pages", p=inst(D04)),
        F("tổng cộng 3.184 tin, bài", 3184, "news_items"),
        F("186 nhóm Zalo", 186, "chat_groups", p=inst("2022-12-31")),
        F("21.300 thành viên", 21300, "chat_group_members", p=inst("2022-12-31")),
        F("có 36 đồng chí", 36, "reporters", p=end_of(P04)),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("gửi 48 báo cáo", 48, "opinion_reports"),
        F("mười hai tập thể", 12, "commended_collectives"),
        F("ba mươi lăm cá nhân", 35, "commended_individuals"),
    ], traps=[("Quận 10", 10), ("Ngày 16/1/2023", 16), ("năm 2022", 2022),
              ("số 474", 474), ("đường 3 Tháng 2", 3), ("phường 14", 14),
              ("Covid-19", 19), ("(1)", 1), ("(2)", 2), ("(3)", 3),
              ("2,3 điểm phần trăm", 2.3), ("4.200 lượt học sinh", 4200),
              ("tăng 612 tin, bài", 612), ("31/12/2022", 31), ("Năm 2023", 2023),
              ("ít nhất 1 mô hình", 1), ("Số liệu năm 2021", 2021), ("quan10", 10),
              ("Trong đó 9 đồng chí", 9)]),
]
