"""Held-out set holdout62, part 3: Hanoi's new wards and communes from 2025-07-01.

Three reports: a new ward's report since the ward began work, recalling what the district it
continues did in the first half of 2025 (Phường Ba Đình, dated 26/9/2025), a commune's monthly
news item that recalls the old district's festival season (Xã Hương Sơn, October 2025) and a
newspaper web page on a ward since 1 October with a view counter and related links (Phường Hồng
Hà, dated 20/11/2025). Written from docs/LABELING.md, tests/eval/build_gold.py, the seeds and
the sample reports only, without reading the extractor.

Decisions where the guide leaves room:
- Phường Ba Đình: section "1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)" is the district
  Quận Ba Đình in the first half of 2025 (its "14 đảng bộ phường" are the old district's wards:
  structure, a trap); section "2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)"
  and its sub-sections 2.1–2.3 are the new ward, 2025-07-01..document date. The Party
  secretary's quotation after 2.3 ("các chi bộ đã tổ chức 214 buổi sinh hoạt, thảo luận") is the
  ward's party_cell_discussions of the same span. "71 chi bộ trực thuộc tổ chức học tập" is the
  committee's structure (trap). "1.250 tình nguyện viên" and "5 buổi đối thoại" are `other`.
  The heading "3. Phương hướng, nhiệm vụ quý IV năm 2025" is a plan heading (lower case, but its
  lines are goals): traps.
- Xã Hương Sơn: "01 hội nghị trực tuyến kết nối 18 điểm cầu thôn" → 1 study session; the 18
  sites are a trap. "phát 42 bản tin trên hệ thống loa truyền thanh" → news_items. "12 buổi
  tuyên truyền ... cho 540 chủ đò, hộ kinh doanh" → the 540 are an audience (`all`: boat owners
  and traders are no masses word). "Toàn xã hiện có hơn 4.100 đò" is what the place has (trap).
  The recalled sentence "mùa lễ hội năm 2025 (từ tháng 2 đến tháng 4/2025), Huyện ủy Mỹ Đức đã
  tổ chức ..." is dated before the reform and names the district: Huyện Mỹ Đức, 2025-02-01..
  2025-04-30 (the bracket's range); its leaflets (15.000 tờ gấp) and mobilised volunteers are
  `other`.
- Phường Hồng Hà: the article's span "Từ ngày 1/10 đến nay" (2025-10-01..2025-11-20) also dates
  the contest entries received "sau hơn một tháng phát động"; the Deputy Secretary's quotation
  opens with the ward as subject and speaks for it ("Phường hiện có 86 nhóm Zalo" → an instant
  at the document date; "Từ đầu tháng 10 đến nay ... hơn 1.400 tin, bài" → from 2025-10-01);
  "phát hành 3.000 tờ gấp" is `other`. The resident's words, the project's figures and the
  headlines under "Tin liên quan" are traps, and so is the page's "Lượt xem".
"""
from build_gold import Doc, F, U, W, h1, inst, month, since

BDI_Q, MDU = U("Quận Ba Đình"), U("Huyện Mỹ Đức")
BDI_P, HSO, HHA = W("Phường Ba Đình", "01"), W("Xã Hương Sơn", "01"), W("Phường Hồng Hà", "01")

T07 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG BA ĐÌNH
Số 18-BC/ĐU
Ba Đình, ngày 26 tháng 9 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo từ khi phường đi vào hoạt động
và một số kết quả kế thừa của Đảng bộ quận Ba Đình (cũ)

Phường Ba Đình được thành lập trên cơ sở sắp xếp các phường Quán Thánh, Trúc Bạch, Điện Biên và một phần các phường Đội Cấn, Kim Mã, Ngọc Hà của quận Ba Đình (cũ); là nơi có Quảng trường Ba Đình, Lăng Chủ tịch Hồ Chí Minh và nhiều cơ quan Trung ương. Đảng bộ phường có 71 chi bộ trực thuộc với hơn 6.700 đảng viên.

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)
Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Ba Đình tham mưu tổ chức 4 hội nghị cấp quận học tập, quán triệt các nghị quyết, kết luận của Trung ương về sắp xếp tổ chức bộ máy; 14 đảng bộ phường mở 152 lớp với 18.236 lượt cán bộ, đảng viên tham dự. Quận đăng tải 1.048 tin, bài trên cổng thông tin điện tử và fanpage “Ba Đình ngày nay”. Quận ủy khen thưởng 6 tập thể và 10 cá nhân tiêu biểu trong công tác tuyên giáo.

2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)

2.1. Học tập, quán triệt nghị quyết
Đảng ủy phường tổ chức 02 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030 và các văn bản về vận hành chính quyền địa phương hai cấp; 71 chi bộ trực thuộc tổ chức học tập với 6.412/6.735 đảng viên tham gia, đạt 95,2%.

2.2. Công tác tuyên truyền
- Tin, bài trên trang thông tin điện tử phường: 312; trên Zalo OA “Phường Ba Đình”: 145;
- Buổi tuyên truyền miệng tại tổ dân phố: 38 – lượt người nghe: khoảng 2.900;
- Băng rôn, cờ phướn tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 860;
- Zalo OA của phường hiện có 9.450 người quan tâm.

2.3. Phục vụ Lễ kỷ niệm 80 năm Quốc khánh
Là địa bàn diễn ra Lễ diễu binh, diễu hành sáng 2/9/2025, phường vận động 1.250 tình nguyện viên tham gia tuyên truyền, hướng dẫn người dân và du khách; tổ chức 5 buổi đối thoại với các hộ dân trên các tuyến phố Hùng Vương, Điện Biên Phủ, Hoàng Diệu về bảo đảm an ninh trật tự.

“Chỉ sau gần ba tháng vận hành, các chi bộ đã tổ chức 214 buổi sinh hoạt, thảo luận về Nghị quyết Đại hội Đảng bộ phường”, đồng chí Bí thư Đảng ủy phường cho biết tại hội nghị sơ kết.

3. Phương hướng, nhiệm vụ quý IV năm 2025
- Tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XVIII cho 100% cán bộ, đảng viên;
- Phát triển thêm 20 nhóm Zalo tổ dân phố, phấn đấu Zalo OA của phường đạt 15.000 người quan tâm.
"""

T08 = """
Cập nhật 03/11/2025 08:40

Xã Hương Sơn: Đưa thông tin chính thống về từng thôn, từng bến đò

Tháng 10/2025, Đảng ủy xã Hương Sơn tập trung tuyên truyền, học tập Nghị quyết Đại hội đại biểu Đảng bộ Thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 – 2030, đồng thời chuẩn bị sớm cho mùa lễ hội chùa Hương năm 2026.

Xã Hương Sơn được thành lập từ ngày 1/7/2025 trên cơ sở các xã Hương Sơn, Hùng Tiến, An Tiến của huyện Mỹ Đức (cũ), có khu di tích và danh thắng Hương Sơn – điểm đến của hàng triệu du khách mỗi mùa lễ hội.

Trong tháng, Đảng ủy xã tổ chức 01 hội nghị trực tuyến kết nối 18 điểm cầu thôn để học tập, quán triệt Nghị quyết Đại hội XVIII Đảng bộ Thành phố, với 2.146 lượt cán bộ, đảng viên tham dự, đạt 94,8%. Các chi bộ thôn tổ chức 36 buổi sinh hoạt chuyên đề, thảo luận cách đưa nghị quyết vào phát triển du lịch tâm linh.

Bộ phận văn hóa – thông tin xã phát 42 bản tin trên hệ thống loa truyền thanh, đăng 96 tin, bài trên trang Facebook “Hương Sơn – Đất Phật”. Xã hiện duy trì 1 trang thông tin điện tử, 2 fanpage và 31 nhóm Zalo thôn với khoảng 14.200 thành viên.

Riêng tại khu di tích, xã tổ chức 12 buổi tuyên truyền về văn minh lễ hội, niêm yết giá dịch vụ cho 540 chủ đò, hộ kinh doanh. Toàn xã hiện có hơn 4.100 đò chở khách trên suối Yến.

Ông Nguyễn Văn Thắng, một chủ đò ở thôn Yến Vĩ, kể: “Mùa hội năm ngoái có ngày tôi chở 6 chuyến, khách hỏi giá là mình chỉ bảng niêm yết, chẳng ai phàn nàn nữa”.

Cách làm này nối tiếp kinh nghiệm của huyện Mỹ Đức trước đây: mùa lễ hội năm 2025 (từ tháng 2 đến tháng 4/2025), Huyện ủy Mỹ Đức đã tổ chức 28 buổi tuyên truyền văn minh lễ hội, phát hành 15.000 tờ gấp hướng dẫn du khách và huy động 320 đoàn viên thanh niên làm tình nguyện viên tại các bến đò.

Dịp này, Đảng ủy xã khen thưởng 5 tập thể và 8 cá nhân có thành tích trong công tác tuyên truyền phục vụ Đại hội.

Tháng 11, xã sẽ mở 2 lớp tập huấn kỹ năng tuyên truyền trên mạng xã hội cho khoảng 100 cán bộ thôn, đoàn thể.
"""

T09 = """
HÀ NỘI MỚI ĐIỆN TỬ
Chính trị | Thứ Năm, 20/11/2025 16:05
Lượt xem: 2.318

Phường Hồng Hà: Kiên trì tuyên truyền, tạo đồng thuận cho dự án trục đại lộ cảnh quan sông Hồng

(HNMO) – Từ ngày 1/10 đến nay, Đảng ủy phường Hồng Hà đã tổ chức 47 buổi tuyên truyền miệng tại các tổ dân phố ven sông, thu hút gần 3.600 lượt người dân tham dự, cùng 9 buổi đối thoại trực tiếp giữa lãnh đạo phường với các hộ dân thuộc diện di dời.

Phường Hồng Hà được thành lập trên cơ sở các phường Phúc Tân, Chương Dương, Phúc Xá, Nhật Tân, Tứ Liên, Yên Phụ và một phần các phường lân cận, trải dài ven sông Hồng, với dân số hơn 126 nghìn người. Dự án trục đại lộ cảnh quan sông Hồng dự kiến đi qua 22 phường, xã, có tổng mức đầu tư khoảng 855 nghìn tỷ đồng; riêng trên địa bàn phường có hàng nghìn hộ dân phải di dời.

Theo bà Lê Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy phường Hồng Hà, ngay sau khi Thành phố công bố phương án, phường đã lập tổ công tác xuống từng khu dân cư. “Phường hiện có 86 nhóm Zalo tổ dân phố, mỗi nhóm có một cán bộ phường tham gia để trả lời thắc mắc của bà con. Từ đầu tháng 10 đến nay, chúng tôi đã đăng hơn 1.400 tin, bài, video hỏi – đáp về chính sách bồi thường, tái định cư, phát hành 3.000 tờ gấp tới từng hộ”, bà Hà cho biết.

Tại buổi đối thoại ở tổ dân phố số 12 (khu Phúc Tân cũ), nhiều ý kiến băn khoăn về giá đất bồi thường và tiến độ xây dựng khu tái định cư. “Nhà tôi ở bãi giữa đã 3 đời, nay phải chuyển đi thì tiếc lắm, nhưng nghe cán bộ giải thích rõ ràng, tôi ủng hộ”, ông Trần Văn Bình, 67 tuổi, nói.

Phường cũng tổ chức Cuộc thi viết “Hồng Hà – dòng sông và ký ức”, sau hơn một tháng phát động đã nhận 214 bài dự thi của người dân và học sinh các trường trên địa bàn.

Tin liên quan
- Phường Hồng Hà ra mắt 12 tổ công tác vận động giải phóng mặt bằng
- Hà Nội: 126 xã, phường đồng loạt tuyên truyền Nghị quyết Đại hội XVIII Đảng bộ Thành phố
- Phường Phú Thượng lập 45 nhóm Zalo hỗ trợ người dân làm thủ tục hành chính
"""

D07, D08, D09 = "2025-09-26", "2025-11-03", "2025-11-20"
P07 = since("2025-07-01", D07)
P09 = since("2025-10-01", D09)

DOCS = [
    Doc("h62_07_phuong_badinh_2025", T07, BDI_P, P07, D07, "text", facts=[
        F("tổ chức 4 hội nghị cấp quận học tập", 4, "study_sessions", unit=BDI_Q, p=h1(2025)),
        F("mở 152 lớp", 152, "study_sessions", unit=BDI_Q, p=h1(2025)),
        F("với 18.236 lượt cán bộ, đảng viên", 18236, "study_attendance",
          a="party_members", unit=BDI_Q, p=h1(2025)),
        F("đăng tải 1.048 tin, bài", 1048, "news_items", unit=BDI_Q, p=h1(2025)),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=BDI_Q, p=h1(2025)),
        F("10 cá nhân tiêu biểu", 10, "commended_individuals", unit=BDI_Q, p=h1(2025)),
        F("tổ chức 02 hội nghị cấp phường", 2, "study_sessions"),
        F("với 6.412/6.735 đảng viên", 6412, "study_attendance", a="party_members"),
        F("đạt 95,2%", 95.2, "study_participation_rate"),
        F("điện tử phường: 312", 312, "news_items"),
        F("“Phường Ba Đình”: 145", 145, "news_items"),
        F("tại tổ dân phố: 38", 38, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 2.900", 2900, "propaganda_audience", "approx"),
        F("Tháng Tám và Quốc khánh 2/9: 860", 860, "other"),
        F("hiện có 9.450 người quan tâm", 9450, "propaganda_audience", p=inst(D07)),
        F("vận động 1.250 tình nguyện viên", 1250, "other"),
        F("tổ chức 5 buổi đối thoại", 5, "other"),
        F("đã tổ chức 214 buổi sinh hoạt, thảo luận", 214, "party_cell_discussions"),
    ], traps=[("Số 18-BC/ĐU", 18), ("ngày 26 tháng 9 năm 2025", 26),
              ("71 chi bộ trực thuộc", 71), ("hơn 6.700 đảng viên", 6700),
              ("1. Giai đoạn", 1), ("(tháng 1 –", 1), ("tháng 6/2025", 6), ("năm 2025,", 2025),
              ("14 đảng bộ phường", 14), ("2. Từ khi", 2), ("từ ngày 1/7/2025", 1),
              ("2.1. Học tập", 2), ("nhiệm kỳ 2025 – 2030", 2025), ("2.2. Công tác", 2),
              ("80 năm", 80), ("Quốc khánh 2/9", 2), ("2.3. Phục vụ", 2),
              ("sáng 2/9/2025", 2), ("3. Phương hướng", 3), ("quý IV năm 2025", 2025),
              ("100% cán bộ", 100), ("thêm 20 nhóm Zalo", 20),
              ("15.000 người quan tâm", 15000)]),
    Doc("h62_08_xa_huongson_2025_10", T08, HSO, month(10, 2025), D08, "text", facts=[
        F("tổ chức 01 hội nghị trực tuyến", 1, "study_sessions"),
        F("với 2.146 lượt cán bộ, đảng viên", 2146, "study_attendance", a="party_members"),
        F("đạt 94,8%", 94.8, "study_participation_rate"),
        F("tổ chức 36 buổi sinh hoạt chuyên đề, thảo luận", 36, "party_cell_discussions"),
        F("phát 42 bản tin", 42, "news_items"),
        F("đăng 96 tin, bài", 96, "news_items"),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", p=inst(D08)),
        F("2 fanpage", 2, "social_pages", p=inst(D08)),
        F("31 nhóm Zalo thôn", 31, "chat_groups", p=inst(D08)),
        F("khoảng 14.200 thành viên", 14200, "chat_group_members", "approx", p=inst(D08)),
        F("tổ chức 12 buổi tuyên truyền", 12, "oral_propaganda_sessions"),
        F("cho 540 chủ đò", 540, "propaganda_audience"),
        F("tổ chức 28 buổi tuyên truyền", 28, "oral_propaganda_sessions", unit=MDU,
          p=since("2025-02-01", "2025-04-30")),
        F("phát hành 15.000 tờ gấp", 15000, "other", unit=MDU,
          p=since("2025-02-01", "2025-04-30")),
        F("huy động 320 đoàn viên thanh niên", 320, "other", unit=MDU,
          p=since("2025-02-01", "2025-04-30")),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("8 cá nhân", 8, "commended_individuals"),
    ], traps=[("Cập nhật 03/11/2025 08:40", 3), ("Tháng 10/2025", 10),
              ("nhiệm kỳ 2025 – 2030", 2025), ("chùa Hương năm 2026", 2026),
              ("từ ngày 1/7/2025", 1), ("18 điểm cầu thôn", 18), ("hơn 4.100 đò", 4100),
              ("chở 6 chuyến", 6), ("mùa lễ hội năm 2025", 2025), ("từ tháng 2", 2),
              ("tháng 4/2025", 4), ("Tháng 11", 11), ("mở 2 lớp tập huấn", 2),
              ("khoảng 100 cán bộ", 100)]),
    Doc("h62_09_phuong_hongha_2025", T09, HHA, P09, D09, "text", facts=[
        F("tổ chức 47 buổi tuyên truyền miệng", 47, "oral_propaganda_sessions"),
        F("gần 3.600 lượt người dân", 3600, "propaganda_audience", "at_most", a="masses"),
        F("cùng 9 buổi đối thoại", 9, "other"),
        F("hiện có 86 nhóm Zalo", 86, "chat_groups", p=inst(D09)),
        F("đã đăng hơn 1.400 tin, bài", 1400, "news_items", "at_least"),
        F("phát hành 3.000 tờ gấp", 3000, "other"),
        F("đã nhận 214 bài dự thi", 214, "contest_entries"),
    ], traps=[("Thứ Năm, 20/11/2025 16:05", 20), ("Lượt xem: 2.318", 2318),
              ("Từ ngày 1/10", 1), ("hơn 126 nghìn người", 126000), ("22 phường, xã", 22),
              ("855 nghìn tỷ đồng", 855000000000000), ("tháng 10 đến nay", 10),
              ("tổ dân phố số 12", 12), ("3 đời", 3), ("67 tuổi", 67),
              ("ra mắt 12 tổ công tác", 12), ("126 xã, phường", 126),
              ("lập 45 nhóm Zalo", 45)]),
]
