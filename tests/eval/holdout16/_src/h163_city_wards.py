"""Sixteenth held-out set (holdout16), part 3: city-level summaries and the wards and
communes of Ho Chi Minh City and Hanoi after 2025-07-01.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only) and the seeds, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h16_09: a broadcast transcript; the header with its airing time is the document date.
  The city's bodies are the province. The listener's words (a tuyên truyền viên of a khu
  phố, "Mỗi tháng khu phố tôi có 1 buổi ...") are an anecdote. "mạng lưới 1.237 cộng tác
  viên" has no marker in a year report: a stock at the year's end. "gần như 100% cấp ủy viên
  dự học" is a participation rate (approx).
- h16_10: list lines under "Kết quả nổi bật trong quý:" count what their labels name; the
  unit-headed lines "- Quận Hoàn Kiếm: ..." and "- Huyện Sóc Sơn: ..." are those districts'
  (the quarter is before 2025-07-01). "nâng tổng số lên 412 nhóm" is the stock at the
  quarter's end, the "38 nhóm Zalo thôn mới được lập" a change (trap). The run-in
  "Nhiệm vụ quý II:" paragraph is plan (traps).
- h16_11: ward sections open with the ward's name in capitals and a colon. "Từ ngày
  1/7/2025," opening a sentence with no end dates that sentence from 2025-07-01 to the
  document date; "Trong nửa năm" and "Sáu tháng cuối năm" are the report's half-year. The
  "4 buổi sân khấu hóa tuyên truyền" are oral_propaganda_sessions (sessions whose noun
  phrase says tuyên truyền). The vehicle's runs are `other`. The khu phố head's quotation
  is an anecdote.
- h16_12: a fanpage post; its stamp is the document date and no month of work. The
  campaign's span (20/1 – 14/3/2026) is the article's period; the 71 Zalo groups are a
  stock at its end. "9.260 lượt cử tri tham dự" meetings are an audience (all: cử tri is not
  a masses word of the guide). The voting areas, the voters of the ward, the turnout and the
  resident's words are traps.
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, quarter, since, year

HCM, HANOI = U("Thành phố Hồ Chí Minh"), U("Thành phố Hà Nội")
HOANKIEM, SOCSON = U("Quận Hoàn Kiếm"), U("Huyện Sóc Sơn")
BANCO, XOMCHIEU, BINHCHANH = (W("Phường Bàn Cờ", "79"), W("Phường Xóm Chiếu", "79"),
                              W("Xã Bình Chánh", "79"))
LANG = W("Phường Láng", "01")

# ---------------------------------------------------------------------------------------------
T09 = """
ĐÀI TIẾNG NÓI NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Chương trình thời sự buổi chiều, phát lúc 17 giờ 30, thứ Tư ngày 26/12/2018

Bản tin: Tuyên giáo Thành phố tổng kết năm 2018

Người dẫn: Sáng nay, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018. Thành phố có 24 quận, huyện với hơn 8,6 triệu dân; Đảng bộ Thành phố có trên 200 nghìn đảng viên. Phóng viên của Đài gửi về bản tin sau.

Phóng viên: Năm 2018, Ban Tuyên giáo Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành 64 văn bản hướng dẫn về công tác tư tưởng. Thành ủy tổ chức 5 hội nghị trực tuyến quán triệt Nghị quyết Trung ương 7 khóa XII tới 582 điểm cầu, gần như 100% cấp ủy viên dự học; toàn Đảng bộ có hơn 5.600 hội nghị ở cơ sở với khoảng 187.000 lượt cán bộ, đảng viên, đạt 95,2%. Trường Cán bộ Thành phố phối hợp mở 27 lớp bồi dưỡng nghiệp vụ tuyên giáo với 2.915 học viên.

Trong năm, Ban Tuyên giáo Thành ủy tổ chức 12 hội nghị báo cáo viên Thành phố; đội ngũ báo cáo viên cấp thành phố hiện có 112 đồng chí. Thành phố triển khai 3 đợt sinh hoạt chính trị về Nghị quyết 54 của Quốc hội và về xây dựng văn hóa, con người TP.HCM. Mạng lưới 1.237 cộng tác viên dư luận xã hội ở 24 quận, huyện gửi về Ban 2.840 báo cáo phản ánh dư luận.

Trang thông tin điện tử của Thành ủy đăng 4.870 tin, bài; fanpage “Tuyên giáo TP.HCM” hiện có khoảng 85.000 người theo dõi. Cuộc thi tìm hiểu 50 năm Tổng tiến công và nổi dậy Tết Mậu Thân 1968 thu hút 312.540 lượt người dự thi; Ban tổ chức trao 48 giải cho tập thể và cá nhân. Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 15 tập thể, 22 cá nhân có thành tích xuất sắc.

Bà Trần Thị Lan, tuyên truyền viên ở phường 5, Quận 8, cho biết: “Mỗi tháng khu phố tôi có 1 buổi nói chuyện thời sự, bà con đến đông lắm”.

Người dẫn: Năm 2019, Ban Tuyên giáo Thành ủy đặt mục tiêu 100% khu phố, ấp có tổ tuyên truyền viên. Quý vị vừa nghe bản tin dài 4 phút của phóng viên Hoàng Anh.
"""
D09 = "2018-12-26"
P09 = year(2018)

# ---------------------------------------------------------------------------------------------
T10 = """
THÀNH ỦY HÀ NỘI
BAN TUYÊN GIÁO VÀ DÂN VẬN

Hà Nội, ngày 08 tháng 4 năm 2025

THÔNG TIN NHANH
Kết quả công tác tuyên giáo quý I năm 2025

Quý I năm 2025 có nhiều sự kiện lớn: kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2025), thực hiện Nghị quyết 18-NQ/TW về sắp xếp tổ chức bộ máy; từ ngày 1/3/2025, Ban Tuyên giáo và Dân vận Thành ủy chính thức hoạt động trên cơ sở hợp nhất 2 ban.

Kết quả nổi bật trong quý:
- Văn bản hướng dẫn đã ban hành: 23;
- Hội nghị quán triệt cấp thành phố: 04 (trực tiếp kết hợp trực tuyến tới 579 điểm cầu); lượt đảng viên dự: 248.610; tỷ lệ đạt 96,7%;
- Hội nghị báo cáo viên Thành phố: 03; số báo cáo viên cấp thành phố hiện nay: 126 người;
- Báo cáo tình hình tư tưởng, dư luận xã hội gửi Thường trực Thành ủy: 9;
- Lượt người tiếp cận các sản phẩm tuyên truyền trên mạng xã hội: khoảng 3,2 triệu;
- Video, infographic về 95 năm Ngày thành lập Đảng: 142;
- Băng rôn, khẩu hiệu, pano: 12.600.

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 10 tập thể, 15 cá nhân có thành tích trong tuyên truyền sắp xếp tổ chức bộ máy.

Ở các quận, huyện:
- Quận Hoàn Kiếm: 26 buổi tuyên truyền miệng với khoảng 4.800 lượt người dân nghe, nhiều buổi tổ chức tại phố đi bộ quanh Hồ Gươm;
- Huyện Sóc Sơn: 38 nhóm Zalo thôn mới được lập, nâng tổng số lên 412 nhóm; 2 lớp bồi dưỡng nghiệp vụ cho 164 học viên là tuyên truyền viên thôn.

Nhiệm vụ quý II: tổ chức 2 hội nghị quán triệt văn kiện trình Đại hội Đảng bộ Thành phố lần thứ XVIII, nhiệm kỳ 2025 – 2030; hoàn thành tuyên truyền sắp xếp 126 xã, phường mới trước ngày 30/6/2025.
"""
D10 = "2025-04-08"
P10 = quarter(1, 2025)

# ---------------------------------------------------------------------------------------------
T11 = """
Cập nhật: 05/01/2026 - 07:45

Ba đơn vị hành chính mới sau nửa năm vận hành: tuyên giáo gần dân hơn

(Thanhuytphcm.vn) – Sau 6 tháng vận hành chính quyền địa phương hai cấp, công tác tuyên giáo ở các phường, xã của Thành phố có nhiều chuyển động. Dưới đây là kết quả 6 tháng cuối năm 2025 ở ba đơn vị.

PHƯỜNG BÀN CỜ: Mỗi khu phố một “loa” trên Zalo

Phường Bàn Cờ được thành lập trên cơ sở các phường 1, 2, 3, 5 của Quận 3 cũ, có 54 khu phố với khoảng 87.000 dân. Từ ngày 1/7/2025, Đảng ủy phường đã ban hành 18 văn bản chỉ đạo công tác tư tưởng, tổ chức 3 hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030 và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I; các chi bộ mở 62 lớp học tập với 5.914/6.128 đảng viên tham gia.

Phường hiện duy trì 54 nhóm Zalo khu phố với hơn 21.000 thành viên; fanpage “Phường Bàn Cờ” có khoảng 9.400 người theo dõi. Trong nửa năm, các kênh này đăng 628 tin, bài. “Trước đây thông báo dán ở bảng tin, giờ gửi lên Zalo là 300 hộ biết liền”, ông Phạm Văn Nam, trưởng khu phố 12, nói.

PHƯỜNG XÓM CHIẾU: Nói chuyện thời sự ở bến cảng

Sáu tháng cuối năm, Đảng ủy phường tổ chức 41 buổi nói chuyện thời sự, tuyên truyền miệng tại các khu phố và bến cảng với 6.850 lượt người nghe; phối hợp Trung tâm Chính trị mở 2 lớp bồi dưỡng nhận thức về Đảng cho 186 học viên. Phường hiện có 12 báo cáo viên, 15 cộng tác viên dư luận xã hội; đội ngũ này đã gửi 22 báo cáo định kỳ và 5 báo cáo đột xuất về tình hình tư tưởng. Đảng ủy phường tặng giấy khen cho 9 tập thể, 14 cá nhân.

XÃ BÌNH CHÁNH: Xe loa và sân khấu hóa

Xã Bình Chánh rộng khoảng 62 km², có nhiều khu công nghiệp, nơi có trên 30 nghìn công nhân. Sáu tháng cuối năm 2025, Đảng ủy xã triển khai 2 đợt sinh hoạt chính trị về chủ đề “Chính quyền hai cấp – Phục vụ nhân dân tốt hơn”; Đội xe tuyên truyền lưu động chạy 460 lượt; xã tổ chức 4 buổi sân khấu hóa tuyên truyền với hơn 3.200 lượt người dân xem. Cuộc thi trực tuyến tìm hiểu về chính quyền địa phương hai cấp có 7.418 lượt dự thi, trong đó đoàn viên chiếm khoảng 40%.
"""
D11 = "2026-01-05"
P11 = h2(2025)

# ---------------------------------------------------------------------------------------------
T12 = """
Đảng ủy Phường Láng
18 tháng 3, 2026 lúc 21:05 ·

📣 PHƯỜNG LÁNG HOÀN THÀNH ĐỢT CAO ĐIỂM TUYÊN TRUYỀN BẦU CỬ

Từ ngày 20/1 đến ngày 14/3/2026, Đảng ủy phường chỉ đạo các chi bộ, phối hợp Ủy ban MTTQ phường triển khai đợt cao điểm tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031. Kết quả:

✅ 3 hội nghị quán triệt các văn bản của Trung ương, Thành phố về bầu cử cho 100% cấp ủy viên, bí thư chi bộ;
✅ 48 buổi tiếp xúc, tuyên truyền tại tổ dân phố với 9.260 lượt cử tri tham dự;
✅ Treo 640 băng rôn, cờ phướn; phát 15.000 tờ gấp giới thiệu người ứng cử;
✅ Fanpage và 71 nhóm Zalo tổ dân phố đăng 214 tin, bài, video; lượt tiếp cận ước đạt 410 nghìn;
✅ Đội tuyên truyền lưu động chạy 96 lượt trên các tuyến phố;
✅ Các chi bộ tổ chức 58 buổi sinh hoạt chuyên đề về bầu cử.

Phường được chia thành 37 khu vực bỏ phiếu, với khoảng 62.000 cử tri. Ngày 15/3/2026, tỷ lệ cử tri đi bầu của phường đạt 99,81%.

Bà Nguyễn Thị Hồng, 78 tuổi, tổ dân phố số 9, chia sẻ: “Nhà tôi có 3 cử tri, cả nhà đi bầu từ 7 giờ sáng”.

Kết thúc đợt cao điểm, Đảng ủy phường khen thưởng 6 tập thể, 11 cá nhân; đề nghị Ủy ban nhân dân Thành phố tặng bằng khen cho 1 tập thể.

#PhuongLang #BauCu2026
"""
D12 = "2026-03-18"
P12 = since("2026-01-20", "2026-03-14")

DOCS = [
    Doc("h16_09_hcm_city_2018", T09, HCM, P09, D09, "text", facts=[
        F("ban hành 64 văn bản", 64, "documents_issued"),
        F("5 hội nghị trực tuyến", 5, "study_sessions"),
        F("gần như 100% cấp ủy viên", 100, "study_participation_rate", "approx"),
        F("hơn 5.600 hội nghị", 5600, "study_sessions", "at_least"),
        F("khoảng 187.000 lượt cán bộ, đảng viên", 187000, "study_attendance", "approx",
          a="party_members"),
        F("đạt 95,2%", 95.2, "study_participation_rate"),
        F("mở 27 lớp bồi dưỡng", 27, "training_classes"),
        F("2.915 học viên", 2915, "trainees"),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("hiện có 112 đồng chí", 112, "reporters", p=inst(D09)),
        F("3 đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("Mạng lưới 1.237 cộng tác viên", 1237, "opinion_collaborators", p=end_of(P09)),
        F("2.840 báo cáo", 2840, "opinion_reports"),
        F("đăng 4.870 tin, bài", 4870, "news_items"),
        F("khoảng 85.000 người theo dõi", 85000, "propaganda_audience", "approx",
          p=inst(D09)),
        F("312.540 lượt người dự thi", 312540, "contest_entries"),
        F("15 tập thể", 15, "commended_collectives"),
        F("22 cá nhân", 22, "commended_individuals"),
    ], traps=[("phát lúc 17 giờ 30", 17), ("ngày 26/12/2018", 26), ("năm 2018", 2018),
              ("24 quận, huyện", 24), ("hơn 8,6 triệu dân", 8600000),
              ("trên 200 nghìn đảng viên", 200000), ("Năm 2018", 2018),
              ("Trung ương 7", 7), ("582 điểm cầu", 582), ("Nghị quyết 54", 54),
              ("50 năm", 50), ("Mậu Thân 1968", 1968), ("trao 48 giải", 48),
              ("phường 5", 5), ("Quận 8", 8), ("1 buổi nói chuyện thời sự", 1),
              ("Năm 2019", 2019), ("100% khu phố", 100), ("dài 4 phút", 4)]),
    Doc("h16_10_hanoi_city_q1_2025", T10, HANOI, P10, D10, "text", facts=[
        F("Văn bản hướng dẫn đã ban hành: 23", 23, "documents_issued"),
        F("Hội nghị quán triệt cấp thành phố: 04", 4, "study_sessions"),
        F("lượt đảng viên dự: 248.610", 248610, "study_attendance", a="party_members"),
        F("tỷ lệ đạt 96,7%", 96.7, "study_participation_rate"),
        F("Hội nghị báo cáo viên Thành phố: 03", 3, "reporter_conferences"),
        F("hiện nay: 126 người", 126, "reporters", p=inst(D10)),
        F("gửi Thường trực Thành ủy: 9", 9, "opinion_reports"),
        F("mạng xã hội: khoảng 3,2 triệu", 3200000, "propaganda_audience", "approx"),
        F("Ngày thành lập Đảng: 142", 142, "news_items"),
        F("Băng rôn, khẩu hiệu, pano: 12.600", 12600, "other"),
        F("10 tập thể", 10, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
        F("26 buổi tuyên truyền miệng", 26, "oral_propaganda_sessions", unit=HOANKIEM),
        F("khoảng 4.800 lượt người dân", 4800, "propaganda_audience", "approx", a="masses",
          unit=HOANKIEM),
        F("tổng số lên 412 nhóm", 412, "chat_groups", unit=SOCSON, p=end_of(P10)),
        F("2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes", unit=SOCSON),
        F("164 học viên", 164, "trainees", unit=SOCSON),
    ], traps=[("Hà Nội, ngày 08 tháng 4 năm 2025", 8), ("quý I năm 2025", 2025),
              ("Quý I năm 2025", 2025), ("95 năm", 95), ("(3/2/1930 – 3/2/2025)", 3),
              ("18-NQ/TW", 18), ("từ ngày 1/3/2025", 1), ("hợp nhất 2 ban", 2),
              ("579 điểm cầu", 579), ("38 nhóm Zalo thôn mới được lập", 38),
              ("tổ chức 2 hội nghị quán triệt", 2), ("nhiệm kỳ 2025 – 2030", 2025),
              ("126 xã, phường mới", 126), ("ngày 30/6/2025", 30)]),
    Doc("h16_11_hcm_wards_h2_2025", T11, BANCO, P11, D11, "text", facts=[
        F("ban hành 18 văn bản", 18, "documents_issued", unit=BANCO,
          p=since("2025-07-01", D11)),
        F("3 hội nghị quán triệt", 3, "study_sessions", unit=BANCO,
          p=since("2025-07-01", D11)),
        F("62 lớp học tập", 62, "study_sessions", unit=BANCO, p=since("2025-07-01", D11)),
        F("5.914/6.128 đảng viên", 5914, "study_attendance", a="party_members", unit=BANCO,
          p=since("2025-07-01", D11)),
        F("54 nhóm Zalo", 54, "chat_groups", unit=BANCO, p=inst(D11)),
        F("hơn 21.000 thành viên", 21000, "chat_group_members", "at_least", unit=BANCO,
          p=inst(D11)),
        F("khoảng 9.400 người theo dõi", 9400, "propaganda_audience", "approx", unit=BANCO,
          p=inst(D11)),
        F("đăng 628 tin, bài", 628, "news_items", unit=BANCO),
        F("41 buổi nói chuyện", 41, "oral_propaganda_sessions", unit=XOMCHIEU),
        F("6.850 lượt người nghe", 6850, "propaganda_audience", unit=XOMCHIEU),
        F("2 lớp bồi dưỡng", 2, "training_classes", unit=XOMCHIEU),
        F("186 học viên", 186, "trainees", unit=XOMCHIEU),
        F("hiện có 12 báo cáo viên", 12, "reporters", unit=XOMCHIEU, p=inst(D11)),
        F("15 cộng tác viên", 15, "opinion_collaborators", unit=XOMCHIEU, p=inst(D11)),
        F("22 báo cáo định kỳ", 22, "opinion_reports", unit=XOMCHIEU),
        F("5 báo cáo đột xuất", 5, "opinion_reports", unit=XOMCHIEU),
        F("9 tập thể", 9, "commended_collectives", unit=XOMCHIEU),
        F("14 cá nhân", 14, "commended_individuals", unit=XOMCHIEU),
        F("2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=BINHCHANH),
        F("chạy 460 lượt", 460, "other", unit=BINHCHANH),
        F("4 buổi sân khấu hóa", 4, "oral_propaganda_sessions", unit=BINHCHANH),
        F("hơn 3.200 lượt người dân", 3200, "propaganda_audience", "at_least", a="masses",
          unit=BINHCHANH),
        F("7.418 lượt dự thi", 7418, "contest_entries", unit=BINHCHANH),
    ], traps=[("Cập nhật: 05/01/2026 - 07:45", 5), ("Sau 6 tháng", 6),
              ("6 tháng cuối năm 2025", 6), ("các phường 1, 2, 3, 5", 1), ("Quận 3", 3),
              ("54 khu phố", 54), ("khoảng 87.000 dân", 87000), ("Từ ngày 1/7/2025", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("300 hộ", 300), ("khu phố 12", 12),
              ("khoảng 62 km²", 62), ("trên 30 nghìn công nhân", 30000),
              ("năm 2025", 2025), ("khoảng 40%", 40)]),
    Doc("h16_12_lang_baucu_2026", T12, LANG, P12, D12, "text", facts=[
        F("3 hội nghị quán triệt", 3, "study_sessions"),
        F("cho 100% cấp ủy viên", 100, "study_participation_rate"),
        F("48 buổi tiếp xúc, tuyên truyền", 48, "oral_propaganda_sessions"),
        F("9.260 lượt cử tri tham dự", 9260, "propaganda_audience"),
        F("Treo 640 băng rôn", 640, "other"),
        F("phát 15.000 tờ gấp", 15000, "other"),
        F("71 nhóm Zalo", 71, "chat_groups", p=end_of(P12)),
        F("đăng 214 tin, bài, video", 214, "news_items"),
        F("lượt tiếp cận ước đạt 410 nghìn", 410000, "propaganda_audience", "approx"),
        F("chạy 96 lượt", 96, "other"),
        F("58 buổi sinh hoạt chuyên đề", 58, "party_cell_discussions"),
        F("6 tập thể", 6, "commended_collectives"),
        F("11 cá nhân", 11, "commended_individuals"),
    ], traps=[("18 tháng 3, 2026 lúc 21:05", 18), ("Từ ngày 20/1 đến ngày 14/3/2026", 20),
              ("nhiệm kỳ 2026 – 2031", 2026), ("37 khu vực bỏ phiếu", 37),
              ("khoảng 62.000 cử tri", 62000), ("Ngày 15/3/2026", 15),
              ("đạt 99,81%", 99.81), ("78 tuổi", 78), ("tổ dân phố số 9", 9),
              ("3 cử tri", 3), ("7 giờ sáng", 7), ("cho 1 tập thể", 1),
              ("#BauCu2026", 2026)]),
]
