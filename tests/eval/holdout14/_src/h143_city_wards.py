"""Fourteenth held-out set (holdout14), part 3: wards after 2025-07-01 and city-level pieces
(an interview with the party secretary of Phường Bình Lợi Trung, TP.HCM, 2025; a Hanoi round-up
of the city's 2019 political campaign across four districts; a Lao Động-style piece on the
TP.HCM Liên đoàn Lao động and the Sở Thông tin và Truyền thông, 2022; the Hanoi Ban Tuyên giáo
và Dân vận Thành ủy's online contest of 2026 with entries by ward). Written from
docs/LABELING.md, the builder, one earlier label source (format only) and the seeds, without
reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- h14_09: the article period is 2025-07-01 .. the document date (the interview's scope, "Sau
  hơn 4 tháng vận hành chính quyền địa phương hai cấp"); answers after the speaker label
  "Bí thư Phạm Minh Khoa:" are the unit's; the tổ trưởng's words in single quotes after a
  colon are an anecdote. "Tháng 9 vừa qua" dates its sentence (September 2025). The ward's
  predecessors ("phường 5, phường 11 và phường 13") and the Ban's staff are traps.
- h14_10: the headline names Hà Nội, so the lead paragraph's figures are the city's ("Theo Ban
  Tuyên giáo Thành ủy", "Toàn thành phố", "các cơ quan báo chí Thủ đô"); the campaign dates of
  the first sentence are the article period; "một trong hai đợt ... trong năm 2019" counts the
  city's campaigns of 2019. Sections are headed "Long Biên: ...", "* Huyện Mê Linh",
  "▪ Phúc Thọ – ..." and "HUYỆN ỨNG HÒA: ...". "1,2 triệu lượt ... tham gia các hoạt động của
  đợt" is study_attendance (attendances of a political-study campaign, mixed audience → all);
  "265 cán bộ" of a training class are trainees; prizes by rank are traps.
- h14_11: LĐLĐ TP and the Sở are the province; LĐLĐ TP Thủ Đức is TP Thủ Đức. The article
  period is "từ đầu năm 2022 đến nay" (to 2022-06-28); "Tháng Công nhân năm 2022" dates its
  clause to May 2022; "trong 6 tháng" is the report's span. "N buổi tuyên truyền" by a union is
  oral propaganda. The Government's support package, rent support and national workers are
  traps; prizes to be given later are traps.
- h14_12: list lines "- Phường Hoàng Mai: 18.420 lượt;" under a lead-in on entries count the
  named ward's contest entries (the ward is the actor of its line); the city's totals stay the
  province's. The contest dates are the article period (2026-02-02 .. 2026-03-15). The Zalo
  group's members with no marker take the period's end. Ages, a school grade, prizes, a
  ranking and the ceremony's date and address are traps.
"""
from build_gold import Doc, F, U, W, end_of, inst, month, since, year

BLT = W("Phường Bình Lợi Trung", "79")
HN, HCM = U("01"), U("79")
LONG_BIEN, ME_LINH = U("Quận Long Biên"), U("Huyện Mê Linh")
PHUC_THO, UNG_HOA = U("Huyện Phúc Thọ"), U("Huyện Ứng Hòa")
THU_DUC = U("Thành phố Thủ Đức")
HOANG_MAI, YEN_NGHIA = W("Phường Hoàng Mai", "01"), W("Phường Yên Nghĩa", "01")
SOC_SON, PHU_DONG = W("Xã Sóc Sơn", "01"), W("Xã Phù Đổng", "01")
VMQTG, HUONG_SON = W("Phường Văn Miếu - Quốc Tử Giám", "01"), W("Xã Hương Sơn", "01")

# ---------------------------------------------------------------------------------------------
T09 = """
Thứ Bảy, 15/11/2025 - 06:00

Bí thư Đảng ủy phường Bình Lợi Trung: “Đưa nghị quyết tới khu phố bằng cách người dân quen dùng”

Sau hơn 4 tháng vận hành chính quyền địa phương hai cấp, công tác tuyên giáo ở nhiều phường mới của TP.HCM có những thay đổi rõ nét. Phóng viên đã trò chuyện với đồng chí Phạm Minh Khoa (52 tuổi), Bí thư Đảng ủy phường Bình Lợi Trung.

PV: Thưa đồng chí, phường Bình Lợi Trung được hình thành trên cơ sở nào?

Bí thư Phạm Minh Khoa: Phường được thành lập trên cơ sở phường 5, phường 11 và phường 13 của quận Bình Thạnh cũ, diện tích khoảng 4,1 km², dân số gần 126 nghìn người. Đảng bộ phường hiện có 62 chi bộ trực thuộc với hơn 3.100 đảng viên; riêng Ban Tuyên giáo và Dân vận Đảng ủy có 6 cán bộ.

PV: Từ ngày 1/7/2025 đến nay, việc học tập, quán triệt nghị quyết được triển khai ra sao?

Bí thư Phạm Minh Khoa: Từ ngày 1/7 đến nay, Đảng ủy đã tổ chức 6 hội nghị học tập, quán triệt, trong đó có hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, với 5.870 lượt cán bộ, đảng viên dự; tỷ lệ đảng viên tham gia bình quân đạt 97,3%. Các chi bộ khu phố tổ chức 248 buổi sinh hoạt chuyên đề. Chúng tôi cũng đã ban hành 27 văn bản hướng dẫn, chỉ đạo để bộ máy mới vận hành thông suốt.

PV: Phường làm gì để thông tin tới được người lao động ở trọ, vốn rất đông ở đây?

Bí thư Phạm Minh Khoa: Phường đã lập 35 nhóm Zalo của phường và các khu phố, hiện các nhóm có khoảng 21.500 thành viên. Fanpage “Bình Lợi Trung hôm nay” từ tháng 7 đến nay đăng 512 tin, bài, video, với hơn 1,2 triệu lượt tiếp cận. Có chị tổ trưởng nói với tôi: ‘Khu phố em 900 hộ, trưa nào cũng có người hỏi thủ tục trên nhóm’. Tháng 9 vừa qua, phường tổ chức 14 buổi nói chuyện chuyên đề về chính quyền hai cấp tại nhà văn hóa khu phố, với khoảng 2.300 lượt người dân tham dự.

PV: Còn việc nắm bắt dư luận sau sắp xếp?

Bí thư Phạm Minh Khoa: Phường kiện toàn mạng lưới 40 cộng tác viên dư luận xã hội, chủ yếu là bí thư chi bộ, trưởng khu phố. Ban Tuyên giáo và Dân vận Đảng ủy đã tổng hợp 19 báo cáo về tình hình tư tưởng, dư luận, trong đó nhiều ý kiến liên quan đến thủ tục hành chính, chỉnh trang rạch Xuyên Tâm. Ban Thường vụ Đảng ủy vừa biểu dương 8 tập thể và 15 cá nhân tiêu biểu trong công tác dân vận, tuyên giáo.

PV: Thời gian tới, phường đặt mục tiêu gì?

Bí thư Phạm Minh Khoa: Từ nay đến cuối năm, chúng tôi phấn đấu 100% chi bộ có nhóm Zalo riêng, mở 2 lớp bồi dưỡng cho cán bộ tuyên giáo khu phố và phát hành cuốn sổ tay hỏi – đáp dày 48 trang. Mục tiêu cả nhiệm kỳ là mỗi năm đưa ít nhất 30 mô hình dân vận khéo vào thực tiễn.

PV: Xin cảm ơn đồng chí!

Ngọc Trâm (thực hiện)
"""
D09 = "2025-11-15"
P09 = since("2025-07-01", D09)

# ---------------------------------------------------------------------------------------------
T10 = """
Thứ Năm, 12/09/2019 – 07:15

Hà Nội: Lan tỏa đợt sinh hoạt chính trị học tập và làm theo Di chúc của Bác

Đợt sinh hoạt chính trị, tư tưởng “Học tập và làm theo Di chúc của Chủ tịch Hồ Chí Minh” do Thành ủy Hà Nội phát động từ ngày 1/7 đến ngày 2/9/2019 đã khép lại với nhiều kết quả thiết thực ở các quận, huyện, thị xã.

Theo Ban Tuyên giáo Thành ủy, đây là một trong hai đợt sinh hoạt chính trị được Thành ủy phát động trong năm 2019, nhân kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019). Toàn thành phố có trên 1,2 triệu lượt cán bộ, đảng viên và nhân dân tham gia các hoạt động của đợt; các cơ quan báo chí Thủ đô đăng, phát gần 2.400 tin, bài, phóng sự.

Long Biên: Bắt đầu từ chi bộ

Đảng bộ quận Long Biên hiện có 49 tổ chức cơ sở đảng với hơn 14.000 đảng viên. Quận ủy tổ chức 2 hội nghị quán triệt cấp quận với 1.350 lượt cán bộ chủ chốt tham dự. Các chi bộ trên địa bàn 14 phường tổ chức 187 buổi sinh hoạt chuyên đề về Di chúc, gắn với kiểm điểm việc làm theo Bác. Hội thi “Long Biên – Học và làm theo Di chúc” thu hút 2.865 bài dự thi; ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích.

* Huyện Mê Linh

Tại Mê Linh, nơi có Khu công nghiệp Quang Minh với khoảng 25 nghìn lao động, Huyện ủy chỉ đạo đưa nội dung Di chúc vào các buổi nói chuyện tại thôn, khu công nghiệp. Trong đợt, huyện tổ chức 42 buổi nói chuyện chuyên đề, thu hút khoảng 6.800 lượt người dân; Đài Truyền thanh huyện phát 26 kỳ chuyên mục “Làm theo lời Bác”, mỗi kỳ 15 phút. Huyện cũng in 3.000 cuốn tài liệu tuyên truyền cấp cho 18 xã, thị trấn.

▪ Phúc Thọ – Học Bác bằng việc làm cụ thể

Ban Tuyên giáo Huyện ủy Phúc Thọ ban hành 6 văn bản hướng dẫn các chi, đảng bộ cơ sở. Huyện tổ chức 3 lớp bồi dưỡng nghiệp vụ cho 265 cán bộ tuyên giáo, bí thư chi bộ. Kết thúc đợt, Ban Thường vụ Huyện ủy tuyên dương 21 tập thể, 37 cá nhân có cách làm hay, đồng thời đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

HUYỆN ỨNG HÒA: Nhiều mô hình “làm theo Bác” được nhân rộng

Với 29 xã, thị trấn, Ứng Hòa đã đưa việc học tập Di chúc vào sinh hoạt của các đoàn thể. Huyện ủy tổ chức 31 hội nghị, lớp học tập chuyên đề với 7.460 lượt đảng viên và 5.120 lượt đoàn viên, hội viên tham dự; tỷ lệ đảng viên dự học đạt 97,2%. Ban Tuyên giáo Huyện ủy tổng hợp 6 báo cáo nhanh về tâm tư, tình cảm của nhân dân trong đợt.

Hoàng Lan
"""
D10 = "2019-09-12"
P10 = since("2019-07-01", "2019-09-02")

# ---------------------------------------------------------------------------------------------
T11 = """
Thứ Ba, 28/06/2022 14:20 (GMT+7)

Tuyên truyền cho công nhân: Phải đến tận khu trọ, tận ca làm

LĐO – Sáng 28.6, Liên đoàn Lao động TP.HCM tổ chức hội nghị giao ban, đánh giá công tác tuyên giáo công đoàn từ đầu năm 2022 đến nay.

Theo báo cáo, các cấp công đoàn thành phố đã tổ chức 2.146 buổi tuyên truyền, phổ biến pháp luật, chính sách cho hơn 312.000 lượt công nhân, lao động. Trong đó, riêng Tháng Công nhân năm 2022 có 486 hoạt động được tổ chức tại 17 khu chế xuất, khu công nghiệp và các doanh nghiệp. Khu chế xuất Tân Thuận, nơi có khoảng 60.000 công nhân đang làm việc, là địa bàn được tập trung nhiều nhất.

Công đoàn thành phố hiện duy trì 1.420 nhóm Zalo với khoảng 186.000 thành viên là đoàn viên, người lao động; trang Facebook “Công đoàn TP.HCM” có gần 95.000 người theo dõi. Đội ngũ báo cáo viên của Liên đoàn Lao động TP hiện có 58 người; từ đầu năm, LĐLĐ TP tổ chức 4 hội nghị báo cáo viên. Mạng lưới cộng tác viên dư luận xã hội trong công nhân của LĐLĐ TP hiện có 1.260 người; trong 6 tháng, mạng lưới đã gửi 84 báo cáo về tâm tư, tình cảm của công nhân.

Hội thi trực tuyến “Công nhân với pháp luật lao động” do LĐLĐ TP phát động có 48.315 lượt người dự thi; 20 cá nhân đạt giải sẽ được trao thưởng vào dịp kỷ niệm 93 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2022). Dịp này, LĐLĐ TP tặng bằng khen cho 25 tập thể và 40 cá nhân có thành tích trong công tác tuyên giáo công đoàn.

Tại TP Thủ Đức, Liên đoàn Lao động TP Thủ Đức đã tổ chức 126 buổi tuyên truyền tại khu nhà trọ, thu hút khoảng 9.700 lượt công nhân tham dự. “Có những buổi chúng tôi phải tổ chức lúc 21 giờ, sau khi anh chị em tan ca”, ông Lê Văn Tâm, Chủ tịch LĐLĐ TP Thủ Đức cho biết.

Thông tin tại hội nghị, ông Trần Minh Hiếu, Phó Giám đốc Sở Thông tin và Truyền thông TP.HCM cho biết, từ đầu năm đến nay các cơ quan báo chí thành phố đã đăng, phát khoảng 3.600 tin, bài về chính sách hỗ trợ người lao động, trong đó có chính sách hỗ trợ tiền thuê nhà theo Quyết định 08/2022/QĐ-TTg với mức 500.000 đồng/người/tháng. Theo ông Hiếu, gói hỗ trợ khoảng 6.600 tỷ đồng của Chính phủ đã đến với hơn 3,4 triệu lao động cả nước.

Phát biểu chỉ đạo, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy TP.HCM đề nghị 6 tháng cuối năm, các cấp công đoàn phối hợp tuyên truyền kỷ niệm 77 năm Cách mạng tháng Tám và Quốc khánh 2/9, phấn đấu mỗi khu công nghiệp có ít nhất 1 nhóm Zalo riêng và tổ chức thêm 500 buổi tuyên truyền tại khu nhà trọ.

Nam Dương
"""
D11 = "2022-06-28"
P11 = since("2022-01-01", D11)

# ---------------------------------------------------------------------------------------------
T12 = """
Cập nhật 18-03-2026 16:05

Cuộc thi trực tuyến tìm hiểu Nghị quyết Đại hội Đảng bộ Thành phố: Cơ sở vào cuộc, người dân hưởng ứng

Cuộc thi trực tuyến “Tìm hiểu Nghị quyết Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII” do Ban Tuyên giáo và Dân vận Thành ủy Hà Nội tổ chức từ ngày 2/2 đến ngày 15/3/2026 đã thu hút 412.836 lượt người dự thi của 126 xã, phường và các đảng bộ trực thuộc.

Theo Ban Tổ chức, sau 6 tuần, cuộc thi ghi nhận nhiều đơn vị có số lượt dự thi cao:
- Phường Hoàng Mai: 18.420 lượt;
- Phường Yên Nghĩa: 15.306 lượt;
- Xã Sóc Sơn: 12.870 lượt;
- Xã Phù Đổng: 11.045 lượt;
- Phường Văn Miếu – Quốc Tử Giám: 9.612 lượt.

Xã Hương Sơn, nơi có Khu di tích thắng cảnh Hương Sơn đón hàng triệu lượt khách mỗi năm, dù xa trung tâm vẫn có 7.930 lượt dự thi. Đảng ủy xã lập nhóm Zalo “Hương Sơn học nghị quyết” với hơn 2.100 thành viên và tổ chức 9 buổi tuyên truyền, hướng dẫn dự thi tại các thôn.

Tại phường Yên Nghĩa, Đảng ủy phường tổ chức 12 buổi tuyên truyền tại các tổ dân phố cho gần 1.500 lượt người dân. “Nhiều cụ cao tuổi lần đầu dùng điện thoại để dự thi”, đồng chí Bùi Thị Thu, Phó Trưởng ban Tuyên giáo và Dân vận Đảng ủy phường Yên Nghĩa cho biết.

Toàn thành phố có 61.207 đảng viên tham gia dự thi. Các cơ quan báo chí Thủ đô đăng, phát hơn 640 tin, bài về cuộc thi; Ban Tuyên giáo và Dân vận Thành ủy đã ban hành 3 văn bản hướng dẫn tổ chức.

Người dự thi cao tuổi nhất là cụ Đỗ Văn Thìn, 91 tuổi, ở xã Phù Đổng; nhỏ tuổi nhất là một em học sinh lớp 8 ở phường Hoàng Mai. Ban Tổ chức đã chọn 1 giải Đặc biệt, 5 giải Nhất, 10 giải Nhì, 15 giải Ba, 30 giải Khuyến khích cho cá nhân và 10 giải tập thể; phường Hoàng Mai là một trong 5 đơn vị dẫn đầu về số lượt dự thi.

Lễ trao giải dự kiến tổ chức vào ngày 26/3/2026 tại Cung Văn hóa Lao động Hữu nghị Việt Xô, số 91 Trần Hưng Đạo, nhân kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.
"""
D12 = "2026-03-18"
P12 = since("2026-02-02", "2026-03-15")

DOCS = [
    Doc("h14_09_binhloitrung_interview_2025", T09, BLT, P09, D09, "text", facts=[
        F("tổ chức 6 hội nghị học tập", 6, "study_sessions"),
        F("5.870 lượt cán bộ, đảng viên", 5870, "study_attendance", a="party_members"),
        F("bình quân đạt 97,3%", 97.3, "study_participation_rate"),
        F("248 buổi sinh hoạt chuyên đề", 248, "party_cell_discussions"),
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("lập 35 nhóm Zalo", 35, "chat_groups", p=end_of(P09)),
        F("khoảng 21.500 thành viên", 21500, "chat_group_members", "approx", p=inst(D09)),
        F("đăng 512 tin, bài, video", 512, "news_items"),
        F("hơn 1,2 triệu lượt tiếp cận", 1200000, "propaganda_audience", "at_least"),
        F("14 buổi nói chuyện chuyên đề", 14, "oral_propaganda_sessions", p=month(9, 2025)),
        F("khoảng 2.300 lượt người dân", 2300, "propaganda_audience", "approx", a="masses",
          p=month(9, 2025)),
        F("mạng lưới 40 cộng tác viên", 40, "opinion_collaborators", p=end_of(P09)),
        F("tổng hợp 19 báo cáo", 19, "opinion_reports"),
        F("biểu dương 8 tập thể", 8, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("15/11/2025 - 06:00", 15), ("hơn 4 tháng", 4), ("hai cấp", 2),
              ("52 tuổi", 52), ("phường 5", 5), ("phường 11", 11), ("phường 13", 13),
              ("khoảng 4,1 km²", 4.1), ("gần 126 nghìn người", 126000), ("62 chi bộ", 62),
              ("hơn 3.100 đảng viên", 3100), ("6 cán bộ", 6), ("Từ ngày 1/7/2025", 1),
              ("Từ ngày 1/7 đến nay", 1), ("lần thứ I,", 1), ("nhiệm kỳ 2025 – 2030", 2025),
              ("tháng 7 đến nay", 7), ("900 hộ", 900), ("Tháng 9 vừa qua", 9),
              ("100% chi bộ", 100), ("mở 2 lớp", 2), ("dày 48 trang", 48),
              ("ít nhất 30 mô hình", 30)]),
    Doc("h14_10_hanoi_dot_shct_2019", T10, HN, P10, D10, "text", facts=[
        F("một trong hai đợt sinh hoạt chính trị", 2, "political_campaigns", p=year(2019)),
        F("trên 1,2 triệu lượt cán bộ, đảng viên và nhân dân", 1200000, "study_attendance",
          "at_least"),
        F("gần 2.400 tin, bài", 2400, "news_items", "at_most"),
        F("tổ chức 2 hội nghị quán triệt", 2, "study_sessions", unit=LONG_BIEN),
        F("1.350 lượt cán bộ chủ chốt", 1350, "study_attendance", a="party_members",
          unit=LONG_BIEN),
        F("187 buổi sinh hoạt chuyên đề", 187, "party_cell_discussions", unit=LONG_BIEN),
        F("2.865 bài dự thi", 2865, "contest_entries", unit=LONG_BIEN),
        F("42 buổi nói chuyện", 42, "oral_propaganda_sessions", unit=ME_LINH),
        F("khoảng 6.800 lượt người dân", 6800, "propaganda_audience", "approx", a="masses",
          unit=ME_LINH),
        F("phát 26 kỳ", 26, "news_items", unit=ME_LINH),
        F("in 3.000 cuốn", 3000, "other", unit=ME_LINH),
        F("ban hành 6 văn bản", 6, "documents_issued", unit=PHUC_THO),
        F("3 lớp bồi dưỡng", 3, "training_classes", unit=PHUC_THO),
        F("cho 265 cán bộ", 265, "trainees", unit=PHUC_THO),
        F("tuyên dương 21 tập thể", 21, "commended_collectives", unit=PHUC_THO),
        F("37 cá nhân", 37, "commended_individuals", unit=PHUC_THO),
        F("31 hội nghị, lớp học tập", 31, "study_sessions", unit=UNG_HOA),
        F("7.460 lượt đảng viên", 7460, "study_attendance", a="party_members", unit=UNG_HOA),
        F("5.120 lượt đoàn viên, hội viên", 5120, "study_attendance", a="masses",
          unit=UNG_HOA),
        F("đạt 97,2%", 97.2, "study_participation_rate", unit=UNG_HOA),
        F("6 báo cáo nhanh", 6, "opinion_reports", unit=UNG_HOA),
    ], traps=[("12/09/2019 – 07:15", 12), ("từ ngày 1/7 đến ngày 2/9/2019", 1),
              ("trong năm 2019", 2019), ("50 năm", 50), ("(1969 – 2019)", 1969),
              ("14 phường", 14), ("49 tổ chức cơ sở đảng", 49),
              ("hơn 14.000 đảng viên", 14000), ("mỗi kỳ 15 phút", 15), ("1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("10 giải Khuyến khích", 10), ("khoảng 25 nghìn lao động", 25000),
              ("18 xã, thị trấn", 18), ("bằng khen cho 2 tập thể", 2),
              ("29 xã, thị trấn", 29)]),
    Doc("h14_11_hcm_ldld_2022", T11, HCM, P11, D11, "text", facts=[
        F("2.146 buổi tuyên truyền", 2146, "oral_propaganda_sessions"),
        F("hơn 312.000 lượt công nhân, lao động", 312000, "propaganda_audience", "at_least"),
        F("486 hoạt động", 486, "other", p=month(5, 2022)),
        F("1.420 nhóm Zalo", 1420, "chat_groups", p=inst(D11)),
        F("khoảng 186.000 thành viên", 186000, "chat_group_members", "approx", p=inst(D11)),
        F("gần 95.000 người theo dõi", 95000, "propaganda_audience", "at_most", p=inst(D11)),
        F("hiện có 58 người", 58, "reporters", p=inst(D11)),
        F("4 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("hiện có 1.260 người", 1260, "opinion_collaborators", p=inst(D11)),
        F("gửi 84 báo cáo", 84, "opinion_reports"),
        F("48.315 lượt người dự thi", 48315, "contest_entries"),
        F("bằng khen cho 25 tập thể", 25, "commended_collectives"),
        F("40 cá nhân", 40, "commended_individuals"),
        F("126 buổi tuyên truyền", 126, "oral_propaganda_sessions", unit=THU_DUC),
        F("khoảng 9.700 lượt công nhân", 9700, "propaganda_audience", "approx",
          unit=THU_DUC),
        F("khoảng 3.600 tin, bài", 3600, "news_items", "approx"),
    ], traps=[("28/06/2022 14:20", 28), ("GMT+7", 7), ("Sáng 28.6", 28),
              ("từ đầu năm 2022", 2022), ("Tháng Công nhân năm 2022", 2022),
              ("17 khu chế xuất", 17), ("khoảng 60.000 công nhân", 60000),
              ("trong 6 tháng", 6), ("20 cá nhân đạt giải", 20), ("93 năm", 93),
              ("28/7/1929 – 28/7/2022", 28), ("21 giờ", 21),
              ("Quyết định 08/2022/QĐ-TTg", 8), ("500.000 đồng", 500000),
              ("khoảng 6.600 tỷ đồng", 6600000000000), ("hơn 3,4 triệu lao động", 3400000),
              ("6 tháng cuối năm", 6), ("77 năm", 77), ("Quốc khánh 2/9", 2),
              ("ít nhất 1 nhóm Zalo", 1), ("thêm 500 buổi", 500)]),
    Doc("h14_12_hanoi_contest_2026", T12, HN, P12, D12, "text", facts=[
        F("412.836 lượt người dự thi", 412836, "contest_entries"),
        F("Phường Hoàng Mai: 18.420 lượt", 18420, "contest_entries", unit=HOANG_MAI),
        F("Phường Yên Nghĩa: 15.306 lượt", 15306, "contest_entries", unit=YEN_NGHIA),
        F("Xã Sóc Sơn: 12.870 lượt", 12870, "contest_entries", unit=SOC_SON),
        F("Xã Phù Đổng: 11.045 lượt", 11045, "contest_entries", unit=PHU_DONG),
        F("Quốc Tử Giám: 9.612 lượt", 9612, "contest_entries", unit=VMQTG),
        F("7.930 lượt dự thi", 7930, "contest_entries", unit=HUONG_SON),
        F("hơn 2.100 thành viên", 2100, "chat_group_members", "at_least", unit=HUONG_SON,
          p=end_of(P12)),
        F("9 buổi tuyên truyền", 9, "oral_propaganda_sessions", unit=HUONG_SON),
        F("12 buổi tuyên truyền", 12, "oral_propaganda_sessions", unit=YEN_NGHIA),
        F("gần 1.500 lượt người dân", 1500, "propaganda_audience", "at_most", a="masses",
          unit=YEN_NGHIA),
        F("61.207 đảng viên tham gia dự thi", 61207, "contest_entries"),
        F("hơn 640 tin, bài", 640, "news_items", "at_least"),
        F("ban hành 3 văn bản", 3, "documents_issued"),
    ], traps=[("18-03-2026 16:05", 18), ("lần thứ XVIII", 18),
              ("từ ngày 2/2 đến ngày 15/3/2026", 2), ("126 xã, phường", 126),
              ("6 tuần", 6), ("hàng triệu lượt khách", 1000000), ("91 tuổi", 91),
              ("lớp 8", 8), ("1 giải Đặc biệt", 1), ("5 giải Nhất", 5), ("10 giải Nhì", 10),
              ("15 giải Ba", 15), ("30 giải Khuyến khích", 30), ("10 giải tập thể", 10),
              ("một trong 5 đơn vị dẫn đầu", 5), ("ngày 26/3/2026", 26),
              ("số 91 Trần Hưng Đạo", 91), ("95 năm", 95)]),
]
