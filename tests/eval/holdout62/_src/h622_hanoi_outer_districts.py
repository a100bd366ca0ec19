"""Held-out set holdout62, part 2: Hanoi outer districts (thị xã Sơn Tây, huyện) before
2025-07-01.

Three reports: the town party committee's half-year report with numbered headings and list lines
(Sơn Tây, first half of 2017), a newspaper piece quoting a congress speech over a whole term
(Ba Vì, 2015–2020) and an article with one section per district on nine months (Đông Anh and
Gia Lâm, 2023). Written from docs/LABELING.md, tests/eval/build_gold.py, the seeds and the sample
reports only, without reading the extractor.

Decisions where the guide leaves room:
- "Số đảng viên chưa tham gia học tập (273 đồng chí)" (Sơn Tây): the bracket holds the count of
  those who did not take part → `other`, like "Số đảng viên chưa tham gia: 212 người".
- "Hội nghị cấp thị xã: 02, cho 540 cán bộ chủ chốt" under the heading naming the study: the
  540 are that study's attendances (party_members, "cán bộ chủ chốt").
- Ba Vì: the speech's term "Nhiệm kỳ 2015 – 2020" (2015-01-01..2020-12-31) dates all of its
  paragraphs; "Cả nhiệm kỳ, đội ngũ 62 báo cáo viên cấp huyện ..." is a stock in a sentence with a
  period and no "hiện có" marker, so it is an instant at the term's end (2020-12-31) although that
  day is after the document date; "hơn 300 tuyên truyền viên cơ sở" are grassroots propagandists
  (`other`, at_least) of the term. The delegates "thay mặt cho hơn 13.000 đảng viên của 77 tổ chức
  cơ sở đảng" and the last paragraph's goals ("Nhiệm kỳ 2020 – 2025, chúng tôi phấn đấu ...") are
  traps.
- Đông Anh: "Huyện duy trì 2 fanpage và 1 kênh TikTok" (no "hiện") and "lập 512 nhóm Zalo" are
  stocks at the end of the nine months (2023-09-30); "số thành viên hiện nay khoảng 61.000" is at
  the document date; "Đội ngũ 40 cộng tác viên" at 2023-09-30. "từ đầu năm, các trang này đăng
  tải hơn 2.300 tin, bài ..., thu hút khoảng 3,4 triệu lượt xem" runs from 2023-01-01 to the
  document date (both figures are in that clause).
- Gia Lâm: "Huyện ủy Gia Lâm tổ chức 2 hội nghị cấp huyện" in the paragraph that opens with the
  study of resolutions is study_sessions; "Từ ngày 15/8 đến nay ... 9.126 lượt người dự thi" →
  2023-08-15..document date; commendations "Dịp này" keep the section's nine months.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, since, term

STY, BVI = U("Thị xã Sơn Tây"), U("Huyện Ba Vì")
DAN, GLA = U("Huyện Đông Anh"), U("Huyện Gia Lâm")

T04 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
THỊ ỦY SƠN TÂY
Số 142-BC/TU
Sơn Tây, ngày 28 tháng 6 năm 2017

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm,
phương hướng, nhiệm vụ 6 tháng cuối năm 2017

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2017

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Thị ủy đã tham mưu Ban Thường vụ Thị ủy ban hành 17 văn bản (05 kế hoạch, 09 hướng dẫn, 03 thông báo) lãnh đạo, chỉ đạo công tác tư tưởng, văn hóa, khoa giáo; trọng tâm là tuyên truyền kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2017) và Lễ hội Đền Và năm 2017.

2. Học tập, quán triệt Nghị quyết Trung ương 4 khóa XII
- Hội nghị cấp thị xã: 02, cho 540 cán bộ chủ chốt;
- Lớp ở cơ sở: 71; đảng viên dự học: 5.914/6.187 đồng chí, đạt 95,59%;
- Lượt quần chúng dự nghe: 1.830.
Số đảng viên chưa tham gia học tập (273 đồng chí) chủ yếu là đảng viên cao tuổi, được miễn sinh hoạt, hoặc đi làm ăn xa.

3. Công tác tuyên truyền
- Buổi nói chuyện thời sự, truyền thống: 46 – lượt người nghe: khoảng 5.200;
- Tin, bài trên trang thông tin điện tử thị xã: 318; trên Đài Truyền thanh thị xã: 426;
- Băng rôn, khẩu hiệu, cờ phướn: 2.140;
- Cuộc thi tìm hiểu Luật Biển Việt Nam – lượt dự thi: 3.962.

4. Công tác nắm bắt dư luận xã hội
Thị xã hiện có 27 cộng tác viên dư luận xã hội. Trong 6 tháng, đội ngũ này gửi 24 báo cáo định kỳ và 6 báo cáo đột xuất về tình hình tư tưởng, nổi lên là dư luận về công tác thu hồi đất tại phường Trung Sơn Trầm và xã Cổ Đông.

5. Bồi dưỡng lý luận chính trị
Trung tâm Bồi dưỡng chính trị thị xã mở 4 lớp sơ cấp lý luận chính trị và 2 lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú, với tổng số 389 học viên.

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2017
1. Tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XII cho 100% cán bộ, đảng viên.
2. Mở 3 lớp sơ cấp lý luận chính trị; tổ chức hội thi báo cáo viên giỏi cấp thị xã.
3. Duy trì giao ban dư luận xã hội định kỳ mỗi tháng 1 lần.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Thị ủy;
- Lưu VT.
"""

T05 = """
Cập nhật 15/07/2020 10:42

Đại hội Đảng bộ huyện Ba Vì: Công tác tuyên giáo góp phần tạo đồng thuận ở vùng núi xứ Đoài

(Hànộimới) – Đại hội đại biểu Đảng bộ huyện Ba Vì lần thứ XXIV, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 14 đến 16/7/2020 tại Trung tâm Văn hóa – Thể thao huyện. Các đại biểu dự Đại hội thay mặt cho hơn 13.000 đảng viên của 77 tổ chức cơ sở đảng trong toàn Đảng bộ.

Trong phiên thảo luận, nhiều tham luận tập trung vào công tác xây dựng Đảng về chính trị, tư tưởng. Sau đây là trích tham luận của đồng chí Đỗ Mạnh Hùng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Ba Vì:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 186 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, lý luận, văn hóa, khoa giáo. Các nghị quyết, chỉ thị của Trung ương, Thành ủy được triển khai kịp thời: cấp huyện tổ chức 34 hội nghị học tập, quán triệt; các chi, đảng bộ cơ sở mở 1.265 lớp với gần 98.000 lượt cán bộ, đảng viên tham dự, tỷ lệ tham gia bình quân đạt 95,7%.

“Ba Vì là huyện miền núi, có 7 xã đồng bào dân tộc Mường, Dao sinh sống, nên chúng tôi xác định tuyên truyền miệng là phương thức chủ lực. Cả nhiệm kỳ, đội ngũ 62 báo cáo viên cấp huyện cùng hơn 300 tuyên truyền viên cơ sở đã tổ chức 2.416 buổi nói chuyện ở thôn, bản, thu hút khoảng 215.000 lượt người dân. Nhiều buổi được tổ chức ngay tại nhà văn hóa thôn vào buổi tối, có báo cáo viên nói bằng tiếng Mường. Có bà con ở thôn Yên Sơn, xã Ba Vì nói với tôi: ‘Thôn tôi 112 hộ, tối nào báo cáo viên lên là đông như ngày hội’.

“Huyện ủy đã triển khai 5 đợt sinh hoạt chính trị, tư tưởng gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Trung tâm Bồi dưỡng chính trị huyện mở 58 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 6.740 học viên. Qua các đợt sơ kết, tổng kết, Huyện ủy đã khen thưởng 126 tập thể và 214 cá nhân điển hình.

“Bên cạnh kết quả đạt được, công tác nắm bắt dư luận xã hội có lúc chưa kịp thời; hạ tầng thông tin ở 4 xã vùng cao còn hạn chế. Nhiệm kỳ 2020 – 2025, chúng tôi phấn đấu 100% thôn có nhóm Zalo tuyên truyền và mỗi năm tổ chức không dưới 500 buổi nói chuyện ở cơ sở.”

Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa mới và bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ Thành phố lần thứ XVII.
"""

T06 = """
Đông Anh, Gia Lâm: Công tác tuyên giáo “đi trước một bước” trên hành trình lên quận

Kinhtedothi – Ngày 12/10/2023, Ban Tuyên giáo Huyện ủy Đông Anh và Ban Tuyên giáo Huyện ủy Gia Lâm lần lượt tổ chức giao ban công tác tuyên giáo 9 tháng năm 2023. Cả hai huyện đang hoàn thiện các tiêu chí để trở thành quận vào năm 2025, nên công tác tư tưởng được xác định phải đi trước, tạo đồng thuận trong Nhân dân.

* Huyện Đông Anh

Chín tháng qua, Ban Tuyên giáo Huyện ủy Đông Anh tham mưu tổ chức 3 hội nghị cấp huyện học tập, quán triệt các văn bản mới của Trung ương và Thành phố, trong đó có Nghị quyết 15-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045. Tại cơ sở, 24 đảng bộ xã, thị trấn và các chi, đảng bộ trực thuộc mở 286 lớp với 21.450 lượt cán bộ, đảng viên tham dự.

Huyện duy trì 2 fanpage và 1 kênh TikTok chính danh; từ đầu năm, các trang này đăng tải hơn 2.300 tin, bài, video ngắn, thu hút khoảng 3,4 triệu lượt xem. Đài Truyền thanh huyện phát 186 chương trình thời sự và 36 kỳ chuyên mục “Đông Anh – vững bước lên quận”.

“Đội ngũ 40 cộng tác viên dư luận xã hội của huyện đã gửi về Ban 27 báo cáo, phản ánh kịp thời tâm tư của người dân vùng dự án cầu Tứ Liên, đường Vành đai 4. Chúng tôi cũng vận động các thôn, tổ dân phố lập 512 nhóm Zalo, số thành viên hiện nay khoảng 61.000 người”, đồng chí Nguyễn Thị Lan Anh, Trưởng ban Tuyên giáo Huyện ủy Đông Anh cho biết.

* Huyện Gia Lâm

Gia Lâm chọn các làng nghề làm địa bàn trọng tâm của tuyên truyền miệng. Trong 9 tháng, huyện tổ chức 74 buổi nói chuyện chuyên đề tại các làng nghề gốm sứ Bát Tràng, dát vàng Kiêu Kỵ, với khoảng 6.800 lượt người nghe, phần đông là hộ kinh doanh, tiểu thương.

Việc học tập, quán triệt nghị quyết được tổ chức linh hoạt, kết hợp trực tiếp với trực tuyến. Huyện ủy Gia Lâm tổ chức 2 hội nghị cấp huyện; các đảng bộ cơ sở mở 198 lớp, thu hút 14.365 lượt cán bộ, đảng viên, đạt 96,3%; riêng quần chúng có 2.870 lượt dự nghe.

Từ ngày 15/8 đến nay, cuộc thi trắc nghiệm trực tuyến tìm hiểu Luật Thực hiện dân chủ ở cơ sở năm 2022 do huyện phát động đã có 9.126 lượt người dự thi. Dịp này, Ban Thường vụ Huyện ủy Gia Lâm tặng giấy khen cho 9 tập thể, 16 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Năm 2024, hai huyện thống nhất sẽ phối hợp tổ chức hội thi tuyên truyền viên giỏi, dự kiến có khoảng 40 đội tham gia.
"""

D04, D05, D06 = "2017-06-28", "2020-07-15", "2023-10-12"
TERM = term(2015, 2020)

DOCS = [
    Doc("h62_04_sontay_2017_h1", T04, STY, h1(2017), D04, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("Hội nghị cấp thị xã: 02", 2, "study_sessions"),
        F("cho 540 cán bộ chủ chốt", 540, "study_attendance", a="party_members"),
        F("Lớp ở cơ sở: 71", 71, "study_sessions"),
        F("đảng viên dự học: 5.914/6.187 đồng chí", 5914, "study_attendance",
          a="party_members"),
        F("đạt 95,59%", 95.59, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.830", 1830, "study_attendance", a="masses"),
        F("(273 đồng chí)", 273, "other"),
        F("thời sự, truyền thống: 46", 46, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 5.200", 5200, "propaganda_audience", "approx"),
        F("điện tử thị xã: 318", 318, "news_items"),
        F("Đài Truyền thanh thị xã: 426", 426, "news_items"),
        F("cờ phướn: 2.140", 2140, "other"),
        F("lượt dự thi: 3.962", 3962, "contest_entries"),
        F("hiện có 27 cộng tác viên", 27, "opinion_collaborators", p=inst(D04)),
        F("gửi 24 báo cáo định kỳ", 24, "opinion_reports"),
        F("6 báo cáo đột xuất", 6, "opinion_reports"),
        F("mở 4 lớp sơ cấp lý luận chính trị", 4, "training_classes"),
        F("2 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes"),
        F("tổng số 389 học viên", 389, "trainees"),
    ], traps=[("Số 142-BC/TU", 142), ("ngày 28 tháng 6 năm 2017", 28),
              ("6 tháng đầu năm,", 6), ("6 tháng cuối năm 2017", 6),
              ("6 THÁNG ĐẦU NĂM 2017", 6), ("1. Công tác tham mưu", 1),
              ("05 kế hoạch", 5), ("09 hướng dẫn", 9), ("03 thông báo", 3), ("87 năm", 87),
              ("3/2/1930", 3), ("3/2/2017", 3), ("Lễ hội Đền Và năm 2017", 2017),
              ("2. Học tập", 2), ("Trung ương 4", 4), ("3. Công tác tuyên truyền", 3),
              ("4. Công tác nắm bắt", 4), ("Trong 6 tháng", 6), ("5. Bồi dưỡng", 5),
              ("6 THÁNG CUỐI NĂM 2017", 6), ("1. Tổ chức", 1), ("Trung ương 5", 5),
              ("100% cán bộ", 100), ("2. Mở", 2), ("Mở 3 lớp", 3), ("3. Duy trì", 3),
              ("mỗi tháng 1 lần", 1)]),
    Doc("h62_05_bavi_term_2015_2020", T05, BVI, TERM, D05, "text", facts=[
        F("ban hành 186 văn bản", 186, "documents_issued"),
        F("tổ chức 34 hội nghị học tập, quán triệt", 34, "study_sessions"),
        F("mở 1.265 lớp", 1265, "study_sessions"),
        F("gần 98.000 lượt cán bộ, đảng viên", 98000, "study_attendance", "at_most",
          a="party_members"),
        F("bình quân đạt 95,7%", 95.7, "study_participation_rate"),
        F("đội ngũ 62 báo cáo viên", 62, "reporters", p=end_of(TERM)),
        F("hơn 300 tuyên truyền viên cơ sở", 300, "other", "at_least"),
        F("tổ chức 2.416 buổi nói chuyện", 2416, "oral_propaganda_sessions"),
        F("khoảng 215.000 lượt người dân", 215000, "propaganda_audience", "approx",
          a="masses"),
        F("triển khai 5 đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("mở 58 lớp bồi dưỡng", 58, "training_classes"),
        F("cho 6.740 học viên", 6740, "trainees"),
        F("khen thưởng 126 tập thể", 126, "commended_collectives"),
        F("214 cá nhân điển hình", 214, "commended_individuals"),
    ], traps=[("Cập nhật 15/07/2020 10:42", 15), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 14", 14), ("16/7/2020", 16), ("hơn 13.000 đảng viên", 13000),
              ("77 tổ chức cơ sở đảng", 77), ("Nhiệm kỳ 2015 – 2020", 2015),
              ("7 xã đồng bào", 7), ("Thôn tôi 112 hộ", 112), ("4 xã vùng cao", 4),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("100% thôn", 100),
              ("không dưới 500 buổi", 500)]),
    Doc("h62_06_donganh_gialam_2023_m9", T06, DAN, m9(2023), D06, "text", facts=[
        F("tổ chức 3 hội nghị cấp huyện học tập", 3, "study_sessions"),
        F("mở 286 lớp", 286, "study_sessions"),
        F("với 21.450 lượt cán bộ, đảng viên", 21450, "study_attendance",
          a="party_members"),
        F("duy trì 2 fanpage", 2, "social_pages", p=end_of(m9(2023))),
        F("1 kênh TikTok", 1, "social_pages", p=end_of(m9(2023))),
        F("hơn 2.300 tin, bài", 2300, "news_items", "at_least",
          p=since("2023-01-01", D06)),
        F("khoảng 3,4 triệu lượt xem", 3400000, "propaganda_audience", "approx",
          p=since("2023-01-01", D06)),
        F("phát 186 chương trình thời sự", 186, "news_items"),
        F("36 kỳ chuyên mục", 36, "news_items"),
        F("Đội ngũ 40 cộng tác viên", 40, "opinion_collaborators", p=end_of(m9(2023))),
        F("gửi về Ban 27 báo cáo", 27, "opinion_reports"),
        F("lập 512 nhóm Zalo", 512, "chat_groups", p=end_of(m9(2023))),
        F("hiện nay khoảng 61.000 người", 61000, "chat_group_members", "approx",
          p=inst(D06)),
        F("tổ chức 74 buổi nói chuyện", 74, "oral_propaganda_sessions", unit=GLA),
        F("khoảng 6.800 lượt người nghe", 6800, "propaganda_audience", "approx", unit=GLA),
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions", unit=GLA),
        F("mở 198 lớp", 198, "study_sessions", unit=GLA),
        F("thu hút 14.365 lượt cán bộ, đảng viên", 14365, "study_attendance",
          a="party_members", unit=GLA),
        F("đạt 96,3%", 96.3, "study_participation_rate", unit=GLA),
        F("riêng quần chúng có 2.870 lượt dự nghe", 2870, "study_attendance", a="masses",
          unit=GLA),
        F("có 9.126 lượt người dự thi", 9126, "contest_entries", unit=GLA,
          p=since("2023-08-15", D06)),
        F("giấy khen cho 9 tập thể", 9, "commended_collectives", unit=GLA),
        F("16 cá nhân", 16, "commended_individuals", unit=GLA),
    ], traps=[("Ngày 12/10/2023", 12), ("9 tháng năm 2023", 9), ("quận vào năm 2025", 2025),
              ("15-NQ/TW", 15), ("đến năm 2030", 2030), ("đến năm 2045", 2045),
              ("24 đảng bộ xã, thị trấn", 24), ("Vành đai 4", 4), ("Trong 9 tháng", 9),
              ("Từ ngày 15/8", 15), ("Luật Thực hiện dân chủ ở cơ sở năm 2022", 2022),
              ("Năm 2024", 2024), ("khoảng 40 đội", 40)]),
]
