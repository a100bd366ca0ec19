"""Seventeenth held-out set (holdout17), part 3: HCMC city level (2022) and wards and
communes of both cities after 1 July 2025 (2025-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h17_09: Ban Tuyên giáo Thành ủy, Liên đoàn Lao động Thành phố, Thành Đoàn and the Sở are
  the province. "Trong Tháng Công nhân năm 2022" dates its sentence (May 2022), a paragraph of
  its own; the Thành Đoàn and Sở paragraph after it keeps the article's half-year. The partner
  Trường Cán bộ Thành phố leaves the classes the Ban's. "1.042 điểm cầu" is where the
  conferences were heard (structure, trap); "nơi có khoảng 60.000 lao động", the policy's
  support package in tỷ đồng, GRDP growth, the prizes and the districts named as models
  ("Quận 3", "Quận 4") are traps; the paragraph after "Nhiệm vụ 6 tháng cuối năm:" is a plan.
  Workers ("lượt công nhân") are an audience `all`; "lượt đoàn viên, thanh niên dự thi" are
  contest entries.
- h17_10: the letterhead "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH / ĐẢNG ỦY PHƯỜNG BẾN THÀNH" makes it the
  ward's report; its title gives the period 2025-07-01..document date. The sub-headings
  "a)", "b)" read with "2. Học tập, quán triệt nghị quyết". The wards it was made from, the
  former district ("Quận 1 cũ"), area, population, party organisations and staffing in
  "1. Tình hình chung" are traps; everything under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026" is a
  trap, as are the address and phone under it. The stocks after "hiện có" are instants at
  the document date.
- h17_11: three sections, one per ward/commune (a capitals name with a colon, a bullet "▪",
  a capitals name again). The headline names the city only as the scope ("Thủ đô"); every
  fact lies in a section. "Thành phố hiện có 126 phường, xã" is geography. "Bài thu hoạch":
  `other`. Phường Láng's "hiện có" clause dates the members after it (instant at the
  document date); "Xã có 18 cộng tác viên" has no marker: a stock at the quarter's end. The
  official quoted in Phường Láng (named with her title) speaks for the ward.
- h17_12: a TV news transcript: the airing header is the document date; the anchor's
  "Từ đầu năm 2026 đến nay" the period (2026-01-01..2026-05-20). The speaker label naming the
  Bí thư Đảng ủy xã makes his words the commune's; the resident's label (a name only) makes
  his an anecdote. "40 – 45 buổi" is a range: 40, at_least. "Trong Tháng Thanh niên năm 2026"
  (March 2026) closes its paragraph. The commune's founding, hamlets and population, the
  plan "Theo kế hoạch ... sẽ" and "Tổng đài 1022" are traps.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, month, quarter, since

HCM = U("Thành phố Hồ Chí Minh")
BENTHANH = W("Phường Bến Thành", "79")
VANMIEU = W("Phường Văn Miếu - Quốc Tử Giám", "01")
LANG = W("Phường Láng", "01")
PHUDONG = W("Xã Phù Đổng", "01")
CUCHI = W("Xã Củ Chi", "79")

# ---------------------------------------------------------------------------------------------
T09 = """
Thứ Năm, ngày 14 tháng 7 năm 2022

TP.HCM: Công tác tuyên giáo 6 tháng đầu năm 2022 góp phần phục hồi kinh tế

(SGGP) – Chiều 13/7, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2022. Thành phố có 16 quận, 5 huyện và TP Thủ Đức, với hơn 9 triệu dân.

Theo báo cáo, 6 tháng qua, Ban Tuyên giáo Thành ủy đã tham mưu Thành ủy tổ chức 3 hội nghị trực tuyến học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII tới 1.042 điểm cầu, với khoảng 126.000 lượt cán bộ, đảng viên tham dự. Đội ngũ báo cáo viên Thành ủy hiện có 118 đồng chí; trong 6 tháng, Ban tổ chức 6 hội nghị báo cáo viên Thành phố. Ban đã tổng hợp 26 báo cáo nhanh về dư luận xã hội gửi Thường trực Thành ủy và Ban Tuyên giáo Trung ương, phối hợp Ban Chỉ đạo 35 Thành phố đấu tranh với thông tin xấu độc. Ban cũng phối hợp Trường Cán bộ Thành phố mở 4 lớp bồi dưỡng nghiệp vụ tuyên giáo cho 520 học viên.

Nhiều cách làm ở cơ sở được giới thiệu tại hội nghị, như mô hình “Cà phê chia sẻ” của Quận 3, chương trình “Nghị quyết đến từng hẻm” của Quận 4.

Trong Tháng Công nhân năm 2022, Liên đoàn Lao động Thành phố tổ chức 1.250 buổi tuyên truyền, đối thoại tại doanh nghiệp với hơn 147 nghìn lượt công nhân tham dự, trong đó có nhiều buổi ở Khu chế xuất Tân Thuận, nơi có khoảng 60.000 lao động.

Thành Đoàn tổ chức cuộc thi trực tuyến “Thanh niên với văn hóa giao thông” thu hút 213.506 lượt đoàn viên, thanh niên dự thi; trao 20 giải cho các cá nhân. Sở Thông tin và Truyền thông đăng hơn 12.000 tin, bài về phục hồi, phát triển kinh tế – xã hội trên Cổng thông tin điện tử Thành phố.

Theo báo cáo, GRDP 6 tháng của Thành phố tăng 4,95%; Thành phố đã chi khoảng 5.300 tỷ đồng cho người lao động theo gói hỗ trợ của Chính phủ. Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 10 tập thể, 15 cá nhân.

Nhiệm vụ 6 tháng cuối năm: sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW, tổ chức Hội thi báo cáo viên giỏi Thành phố lần thứ 4 và mở thêm 3 lớp bồi dưỡng cho khoảng 400 cán bộ tuyên giáo cơ sở.
"""
D09 = "2022-07-14"
P09 = h1(2022)

# ---------------------------------------------------------------------------------------------
T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 38-BC/ĐU

Phường Bến Thành, ngày 12 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo từ ngày 01/7/2025 đến nay

I. KẾT QUẢ THỰC HIỆN

1. Tình hình chung
Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão, một phần phường Cầu Ông Lãnh và Nguyễn Cư Trinh (Quận 1 cũ); diện tích khoảng 1,6 km², hơn 48 nghìn dân. Đảng bộ phường có 42 tổ chức cơ sở đảng với 2.860 đảng viên. Công tác tuyên giáo do Ban Xây dựng Đảng của Đảng ủy phường đảm nhiệm, biên chế chỉ có 4 người.

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01;
- Lớp ở các chi bộ: 36;
- Đảng viên dự học: 2.688/2.860 đồng chí; tỷ lệ: 93,99%.
b) Nghị quyết Đại hội đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ I
- Hội nghị cấp phường (trực tiếp kết hợp trực tuyến): 01;
- Lớp ở chi bộ khu phố: 41; lượt đảng viên dự: 2.702.

3. Tuyên truyền
- Buổi nói chuyện thời sự tại khu phố: 58; lượt người nghe: khoảng 6.900;
- Băng rôn, cờ phướn tuyên truyền 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 420;
- Tin, bài, video đăng trên trang “Phường Bến Thành” (Facebook, Zalo OA): 512;
- Lượt tiếp cận: ước đạt 1,2 triệu.

4. Đội ngũ, nắm bắt dư luận
Phường hiện có 12 báo cáo viên, 24 cộng tác viên dư luận xã hội, 2 trang mạng xã hội chính danh và 63 nhóm Zalo khu phố với hơn 9.400 thành viên. Từ đầu tháng 7, Ban Xây dựng Đảng đã tổng hợp 11 báo cáo dư luận xã hội gửi Ban Tuyên giáo và Dân vận Thành ủy.

5. Khen thưởng
Đảng ủy phường tặng giấy khen cho 5 tập thể, 9 cá nhân có thành tích trong tuyên truyền đại hội đảng bộ các cấp; 02 tập thể được đề nghị Ủy ban nhân dân Thành phố tặng bằng khen.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng tới 100% chi bộ;
- Mở 2 lớp bồi dưỡng nghiệp vụ cho cán bộ khu phố; phấn đấu mỗi khu phố có ít nhất 1 nhóm Zalo.

Trụ sở: số 17 Lê Lai, phường Bến Thành. Điện thoại: 028.3822.4567.
"""
D10 = "2025-12-12"
P10 = since("2025-07-01", D10)

# ---------------------------------------------------------------------------------------------
T11 = """
Cập nhật 08/04/2026 07:45

Ba phường, xã Thủ đô: Học tập Nghị quyết Đại hội XIV từ chi bộ

Quý I năm 2026, các phường, xã của Hà Nội tập trung học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Thành phố hiện có 126 phường, xã sau sắp xếp. Dưới đây là cách làm của ba đơn vị.

PHƯỜNG VĂN MIẾU – QUỐC TỬ GIÁM: Học nghị quyết bên di sản
Đảng ủy phường tổ chức 01 hội nghị cấp phường cho cán bộ chủ chốt và 47 lớp ở các chi bộ, với 3.114 lượt đảng viên tham dự, đạt 97,05%. Phường còn mở 6 buổi nói chuyện chuyên đề cho khoảng 820 hội viên các đoàn thể ngay tại Khu di tích Văn Miếu – Quốc Tử Giám, nơi lưu giữ 82 bia tiến sĩ. Bài thu hoạch của đảng viên sau học tập: 2.950 bài.

▪ Phường Láng – “Zalo tổ dân phố” lan tỏa nghị quyết
Phường Láng hiện có 46 tổ dân phố, mỗi tổ có một nhóm Zalo riêng; tổng số thành viên khoảng 15.300 người. Trong quý, phường đăng 236 tin, bài, infographic tóm tắt nghị quyết; fanpage “Phường Láng” có gần 11.000 người theo dõi. Các chi bộ tổ chức 138 buổi sinh hoạt chuyên đề. Bà Vũ Thị Minh Nguyệt, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Quý I, Đảng ủy đã khen thưởng 4 tập thể và 7 cá nhân có cách làm hay trong đưa nghị quyết vào cuộc sống”.

XÃ PHÙ ĐỔNG: Nghị quyết về quê Thánh Gióng
Xã Phù Đổng được thành lập trên cơ sở sáp nhập 5 xã của huyện Gia Lâm cũ. Quý I, Đảng ủy xã tổ chức 2 hội nghị quán triệt và 52 lớp ở chi bộ thôn, với 3.968/4.105 đảng viên dự học. Xã phối hợp Trường Đào tạo cán bộ Lê Hồng Phong mở 1 lớp bồi dưỡng cho 96 học viên là bí thư chi bộ thôn. Xã có 18 cộng tác viên dư luận xã hội; trong quý đã gửi 6 báo cáo về tâm trạng nhân dân trước mùa hội Gióng (mùng 9 tháng 4 âm lịch).
"""
D11 = "2026-04-08"
P11 = quarter(1, 2026)

# ---------------------------------------------------------------------------------------------
T12 = """
ĐÀI TRUYỀN HÌNH TP.HCM
Chương trình thời sự buổi tối, phát lúc 18 giờ 30, thứ Tư ngày 20/5/2026

[Người dẫn]: Từ đầu năm 2026 đến nay, Đảng ủy xã Củ Chi đã đưa Nghị quyết Đại hội XIV của Đảng về từng ấp bằng nhiều cách làm gần gũi. Mời quý vị theo dõi phóng sự.

[Phóng sự]: Xã Củ Chi được thành lập từ ngày 1/7/2025 trên cơ sở thị trấn Củ Chi và 2 xã lân cận, hiện có 32 ấp, khu phố với hơn 70 nghìn dân.

Từ đầu năm đến nay, Đảng ủy xã đã ban hành 9 văn bản hướng dẫn, tổ chức 3 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV; các chi bộ ấp, khu phố mở 61 lớp với 2.947 lượt đảng viên, tỷ lệ tham gia đạt 97,5%; riêng quần chúng có khoảng 1.800 lượt dự nghe. Đảng ủy xã cũng đã khen thưởng 3 tập thể, 6 cá nhân có cách làm hay.

[Đồng chí Phan Văn Lợi, Bí thư Đảng ủy xã Củ Chi]: “Chúng tôi không chờ dân đến hội trường. Các ấp đã tổ chức 40 – 45 buổi nói chuyện chuyên đề ngay tại nhà văn hóa, sân đình. Xã hiện có 7 báo cáo viên và 15 cộng tác viên dư luận xã hội, đều là người của ấp.”

[Ông Sáu Tùng, ấp Chợ]: “Tui 71 tuổi rồi, tháng nào cũng đi nghe 2 buổi, nghe xong về kể lại cho mấy đứa nhỏ.”

[Phóng sự]: Trên mạng, xã hiện có 1 trang fanpage, 1 kênh TikTok và 68 nhóm Zalo ấp với hơn 21 nghìn thành viên. Trong Tháng Thanh niên năm 2026, Đoàn Thanh niên xã tổ chức 14 buổi tuyên truyền về Nghị quyết Đại hội XIV cho hơn 1.600 lượt đoàn viên, thanh niên.

[Người dẫn]: Theo kế hoạch, đến cuối năm 2026, 100% ấp, khu phố của xã sẽ có điểm “Cà phê nghị quyết”. Ý kiến phản ánh, người dân có thể gọi Tổng đài 1022 của Thành phố.
"""
D12 = "2026-05-20"
P12 = since("2026-01-01", D12)

DOCS = [
    Doc("h17_09_hcm_city_h1_2022", T09, HCM, P09, D09, "text", facts=[
        F("3 hội nghị trực tuyến", 3, "study_sessions"),
        F("khoảng 126.000 lượt cán bộ, đảng viên", 126000, "study_attendance", "approx",
          a="party_members"),
        F("hiện có 118 đồng chí", 118, "reporters", p=inst(D09)),
        F("6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("26 báo cáo nhanh", 26, "opinion_reports"),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes"),
        F("520 học viên", 520, "trainees"),
        F("1.250 buổi tuyên truyền", 1250, "oral_propaganda_sessions", p=month(5, 2022)),
        F("hơn 147 nghìn lượt công nhân", 147000, "propaganda_audience", "at_least",
          p=month(5, 2022)),
        F("213.506 lượt đoàn viên, thanh niên dự thi", 213506, "contest_entries"),
        F("đăng hơn 12.000 tin, bài", 12000, "news_items", "at_least"),
        F("cho 10 tập thể", 10, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("Thứ Năm, ngày 14 tháng 7 năm 2022", 14), ("6 tháng đầu năm 2022", 6),
              ("Chiều 13/7", 13), ("16 quận", 16), ("5 huyện", 5), ("hơn 9 triệu dân", 9000000),
              ("6 tháng qua", 6), ("Trung ương 4", 4), ("1.042 điểm cầu", 1042),
              ("trong 6 tháng", 6), ("Ban Chỉ đạo 35", 35), ("Quận 3", 3), ("Quận 4", 4),
              ("Tháng Công nhân năm 2022", 2022), ("khoảng 60.000 lao động", 60000),
              ("trao 20 giải", 20), ("GRDP 6 tháng", 6), ("tăng 4,95%", 4.95),
              ("khoảng 5.300 tỷ đồng", 5300000000000), ("6 tháng cuối năm", 6),
              ("sơ kết 5 năm", 5), ("05-CT/TW", 5), ("lần thứ 4", 4), ("mở thêm 3 lớp", 3),
              ("khoảng 400 cán bộ", 400)]),
    Doc("h17_10_benthanh_2025", T10, BENTHANH, P10, D10, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 36", 36, "study_sessions"),
        F("Đảng viên dự học: 2.688/2.860 đồng chí", 2688, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 93,99%", 93.99, "study_participation_rate"),
        F("(trực tiếp kết hợp trực tuyến): 01", 1, "study_sessions"),
        F("Lớp ở chi bộ khu phố: 41", 41, "study_sessions"),
        F("lượt đảng viên dự: 2.702", 2702, "study_attendance", a="party_members"),
        F("tại khu phố: 58", 58, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 6.900", 6900, "propaganda_audience", "approx"),
        F("Quốc khánh 2/9: 420", 420, "other"),
        F("(Facebook, Zalo OA): 512", 512, "news_items"),
        F("ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("hiện có 12 báo cáo viên", 12, "reporters", p=inst(D10)),
        F("24 cộng tác viên", 24, "opinion_collaborators", p=inst(D10)),
        F("2 trang mạng xã hội", 2, "social_pages", p=inst(D10)),
        F("63 nhóm Zalo", 63, "chat_groups", p=inst(D10)),
        F("hơn 9.400 thành viên", 9400, "chat_group_members", "at_least", p=inst(D10)),
        F("tổng hợp 11 báo cáo", 11, "opinion_reports"),
        F("cho 5 tập thể", 5, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 38-BC/ĐU", 38), ("Phường Bến Thành, ngày 12 tháng 12 năm 2025", 12),
              ("từ ngày 01/7/2025", 1), ("(Quận 1 cũ)", 1), ("khoảng 1,6 km²", 1.6),
              ("hơn 48 nghìn dân", 48000), ("42 tổ chức cơ sở đảng", 42),
              ("với 2.860 đảng viên", 2860), ("biên chế chỉ có 4 người", 4),
              ("nhiệm kỳ 2025 – 2030", 2025), ("80 năm", 80), ("Quốc khánh 2/9:", 2),
              ("Từ đầu tháng 7", 7), ("02 tập thể được đề nghị", 2),
              ("NHIỆM VỤ NĂM 2026", 2026), ("100% chi bộ", 100), ("Mở 2 lớp", 2),
              ("ít nhất 1 nhóm Zalo", 1), ("số 17 Lê Lai", 17), ("028.3822.4567", 28),
              ("1. Tình hình chung", 1), ("2. Học tập, quán triệt", 2), ("3. Tuyên truyền", 3),
              ("4. Đội ngũ", 4), ("5. Khen thưởng", 5)]),
    Doc("h17_11_hanoi_wards_q1_2026", T11, VANMIEU, P11, D11, "text", facts=[
        F("01 hội nghị cấp phường", 1, "study_sessions"),
        F("47 lớp", 47, "study_sessions"),
        F("3.114 lượt đảng viên", 3114, "study_attendance", a="party_members"),
        F("đạt 97,05%", 97.05, "study_participation_rate"),
        F("6 buổi nói chuyện", 6, "oral_propaganda_sessions"),
        F("khoảng 820 hội viên", 820, "propaganda_audience", "approx", a="masses"),
        F("sau học tập: 2.950 bài", 2950, "other"),
        F("khoảng 15.300 người", 15300, "chat_group_members", "approx", unit=LANG,
          p=inst(D11)),
        F("đăng 236 tin, bài", 236, "news_items", unit=LANG),
        F("gần 11.000 người theo dõi", 11000, "propaganda_audience", "at_most", unit=LANG,
          p=inst(D11)),
        F("138 buổi sinh hoạt chuyên đề", 138, "party_cell_discussions", unit=LANG),
        F("4 tập thể", 4, "commended_collectives", unit=LANG),
        F("7 cá nhân", 7, "commended_individuals", unit=LANG),
        F("2 hội nghị quán triệt", 2, "study_sessions", unit=PHUDONG),
        F("52 lớp", 52, "study_sessions", unit=PHUDONG),
        F("3.968/4.105 đảng viên", 3968, "study_attendance", a="party_members",
          unit=PHUDONG),
        F("mở 1 lớp", 1, "training_classes", unit=PHUDONG),
        F("96 học viên", 96, "trainees", unit=PHUDONG),
        F("Xã có 18 cộng tác viên", 18, "opinion_collaborators", unit=PHUDONG,
          p=end_of(P11)),
        F("gửi 6 báo cáo", 6, "opinion_reports", unit=PHUDONG),
    ], traps=[("Cập nhật 08/04/2026 07:45", 8), ("Quý I năm 2026", 2026),
              ("126 phường, xã", 126), ("82 bia tiến sĩ", 82), ("46 tổ dân phố", 46),
              ("một nhóm Zalo riêng", 1), ("5 xã", 5), ("mùng 9 tháng 4", 9)]),
    Doc("h17_12_cuchi_commune_2026", T12, CUCHI, P12, D12, "text", facts=[
        F("ban hành 9 văn bản", 9, "documents_issued"),
        F("3 hội nghị học tập", 3, "study_sessions"),
        F("mở 61 lớp", 61, "study_sessions"),
        F("2.947 lượt đảng viên", 2947, "study_attendance", a="party_members"),
        F("đạt 97,5%", 97.5, "study_participation_rate"),
        F("khoảng 1.800 lượt", 1800, "study_attendance", "approx", a="masses"),
        F("3 tập thể", 3, "commended_collectives"),
        F("6 cá nhân", 6, "commended_individuals"),
        F("40 – 45 buổi nói chuyện", 40, "oral_propaganda_sessions", "at_least"),
        F("hiện có 7 báo cáo viên", 7, "reporters", p=inst(D12)),
        F("15 cộng tác viên", 15, "opinion_collaborators", p=inst(D12)),
        F("1 trang fanpage", 1, "social_pages", p=inst(D12)),
        F("1 kênh TikTok", 1, "social_pages", p=inst(D12)),
        F("68 nhóm Zalo", 68, "chat_groups", p=inst(D12)),
        F("hơn 21 nghìn thành viên", 21000, "chat_group_members", "at_least", p=inst(D12)),
        F("14 buổi tuyên truyền", 14, "oral_propaganda_sessions", p=month(3, 2026)),
        F("hơn 1.600 lượt đoàn viên, thanh niên", 1600, "propaganda_audience", "at_least",
          a="masses", p=month(3, 2026)),
    ], traps=[("phát lúc 18 giờ 30", 18), ("thứ Tư ngày 20/5/2026", 20),
              ("Từ đầu năm 2026", 2026), ("từ ngày 1/7/2025", 1), ("2 xã lân cận", 2),
              ("32 ấp, khu phố", 32), ("hơn 70 nghìn dân", 70000), ("71 tuổi", 71),
              ("nghe 2 buổi", 2), ("Tháng Thanh niên năm 2026", 2026),
              ("cuối năm 2026", 2026), ("100% ấp", 100), ("Tổng đài 1022", 1022)]),
]
