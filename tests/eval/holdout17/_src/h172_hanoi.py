"""Seventeenth held-out set (holdout17), part 2: Hanoi districts and the city, 2017-2024.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h17_05: the bulletin's letterhead "QUẬN ỦY HOÀNG MAI" names the unit; the heading "GIAO BAN
  ... 9 THÁNG NĂM 2019" gives the period (the issue month is not needed). Bullets ending in
  ":" are lead-ins for the dash lines under them. "- Triển lãm ảnh lưu động: 2 đợt" are
  exhibitions (`other`), their viewers "lượt người xem" an audience. "Nhóm Zalo tổ dân phố:
  312" comes before the ", số thành viên hiện nay" clause: the groups at the period's end,
  the members at the document date. "Báo cáo viên cấp quận: 38" has no marker: a stock at the
  period's end. The report count sent to Ban Tuyên giáo Thành ủy is Hoàng Mai's. Everything
  under "NHIỆM VỤ QUÝ IV NĂM 2019", the bulletin's address and phone are traps.
- h17_06: the official introduced with his title ("Theo ông Nguyễn Văn Hùng, ..., Trưởng ban")
  and quoted by short name speaks for the unit; "gần như 100%" is the study's participation
  rate (approx). The bí thư chi bộ thôn's quotation is a grassroots cell's anecdote. "Riêng
  tháng 5/2024" dates its own sentence (May 2024). "Đội ngũ 52 cộng tác viên" has no marker:
  a stock at the quarter's end. "24 xã, thị trấn" reached by the video link are the
  structure (trap); the share of đoàn viên among the contestants is a trap.
- h17_07: a fanpage post: the post stamp is the document date, the capitals sapo "BẢY THÁNG
  ĐẦU NĂM 2021" the period (2021-01-01..2021-07-31). "100% cấp ủy viên ... dự học" is a
  participation rate; "khoảng 35.000 lượt cử tri" at meetings is an audience (`all`, cử tri
  not being a listed masses word); the turnout, the "5K" in a leaflet's name, "mũi 2" and the
  reactions line are traps. "tổng cộng 1.020 nhóm Zalo" without a marker: a stock at the
  period's end; the followers "hiện có" at the document date.
- h17_08: city-level bodies (Ban Tuyên giáo Thành ủy, Liên đoàn Lao động Thành phố, the
  Sở) are the province. The parts in parentheses after "trong đó" are traps; "(trực tuyến tới
  51 điểm cầu)" and "bình quân mỗi tháng 1 hội nghị" are traps. "Cộng tác viên ...: 75 (tính
  đến 31/12/2017)" is a stock at that date; "hiện có 104 đồng chí" at the document date.
  "Kinh phí hỗ trợ in tài liệu ...: 2,4 tỷ đồng" funds the work: `other`. "14 đợt triển lãm
  ảnh về Thủ đô" are exhibitions (`other`, the city as topic). GRDP, the metro line and the
  2018 targets are traps.
"""
from build_gold import Doc, F, U, end_of, inst, m9, month, quarter, since, year

HOANGMAI, DONGANH, BAVI = U("Quận Hoàng Mai"), U("Huyện Đông Anh"), U("Huyện Ba Vì")
HANOI = U("Thành phố Hà Nội")

# ---------------------------------------------------------------------------------------------
T05 = """
QUẬN ỦY HOÀNG MAI
BAN TUYÊN GIÁO
BẢN TIN SINH HOẠT CHI BỘ – SỐ 09 (THÁNG 9/2019)

Hà Nội, ngày 04/10/2019

GIAO BAN CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2019

Chiều 2/10, Ban Tuyên giáo Quận ủy tổ chức giao ban công tác tuyên giáo với đại diện 14 đảng bộ phường. Một số kết quả chính:

• Học tập, quán triệt nghị quyết, chỉ thị:
  – Hội nghị cấp quận: 05 (Nghị quyết Trung ương 8, 9, 10 khóa XII và Chỉ thị 35-CT/TW);
  – Số hội nghị ở cơ sở: 112; lượt cán bộ, đảng viên dự: 14.925; tỷ lệ: 95,2%;
  – Đảng viên chưa tham gia: dưới 300 người.

• Tuyên truyền kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019):
  – Buổi nói chuyện chuyên đề tại tổ dân phố: 236; lượt người nghe: gần 18.000;
  – Pano, áp phích, băng rôn: 1.380;
  – Triển lãm ảnh lưu động: 2 đợt, thu hút khoảng 4.500 lượt người xem.

• Báo chí, xuất bản, mạng xã hội:
  – Tin, bài trên Cổng thông tin điện tử quận: 864;
  – Bản tin Sinh hoạt chi bộ: phát hành 9 số, mỗi số 2.200 cuốn, dày 24 trang;
  – Fanpage “Hoàng Mai ngày nay” hiện có khoảng 21.500 người theo dõi;
  – Nhóm Zalo tổ dân phố: 312, số thành viên hiện nay khoảng 27.000 người.

• Đội ngũ, nắm bắt dư luận:
  – Báo cáo viên cấp quận: 38; số hội nghị báo cáo viên: 09;
  – Báo cáo tình hình tư tưởng, dư luận gửi Ban Tuyên giáo Thành ủy: 27.

• Thi đua, khen thưởng: Ban Thường vụ Quận ủy tặng giấy khen cho 9 tập thể, 17 cá nhân; Hội thi “Bí thư chi bộ giỏi” có 28 thí sinh, trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba.

NHIỆM VỤ QUÝ IV NĂM 2019
  – Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW; mở 3 lớp bồi dưỡng nghiệp vụ cho khoảng 200 cán bộ tuyên giáo phường;
  – Ra mắt chuyên mục “Nghị quyết vào cuộc sống” trên Cổng thông tin điện tử quận từ ngày 1/11.

Ban biên tập: số 8 phố Bùi Huy Bích, phường Hoàng Liệt. Điện thoại: 024.3645.2870.
"""
D05 = "2019-10-04"
P05 = m9(2019)

# ---------------------------------------------------------------------------------------------
T06 = """
Thứ Ba, ngày 9 tháng 7 năm 2024

Đông Anh: Đưa nghị quyết đến gần hơn với người dân vùng ven đô

(HNM) – Quý II năm 2024, Ban Tuyên giáo Huyện ủy Đông Anh tập trung tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024) và tổ chức học tập Nghị quyết Trung ương 8 khóa XIII.

Theo ông Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Đông Anh, trong quý Huyện ủy đã ban hành 8 văn bản hướng dẫn và tổ chức 2 hội nghị quán triệt trực tiếp kết hợp trực tuyến tới 24 xã, thị trấn. “Các chi bộ đã tổ chức 1.046 buổi sinh hoạt chuyên đề, thảo luận nghị quyết; hơn 23.600 lượt đảng viên tham gia học tập, tỷ lệ tham gia gần như 100%”, ông Hùng cho biết.

Ở xã Vân Nội, bà Ngô Thị Lan, bí thư chi bộ thôn Đìa, kể: “Chi bộ tôi có 62 đảng viên, tháng nào cũng sinh hoạt 2 lần, lần nào cũng có chuyên đề riêng”.

Các xã, thị trấn tổ chức 164 buổi nói chuyện về Chiến thắng Điện Biên Phủ, thu hút khoảng 15.200 lượt hội viên, đoàn viên. Cuộc thi trực tuyến “Tìm hiểu 70 năm Chiến thắng Điện Biên Phủ” do Ban Tuyên giáo Huyện ủy phối hợp Huyện Đoàn tổ chức thu hút 12.744 lượt người dự thi, trong đó đoàn viên thanh niên chiếm khoảng 58%.

Trên không gian mạng, huyện hiện có 1 trang thông tin điện tử, 25 fanpage của các xã, thị trấn và Đài truyền thanh huyện; số thành viên của 486 nhóm Zalo thôn, xóm hiện nay khoảng 58.000 người. Riêng tháng 5/2024, Đài truyền thanh huyện phát 31 chương trình chuyên đề về Điện Biên Phủ.

Người dân nhiều xã quan tâm đến việc bồi thường, giải phóng mặt bằng dự án đường Vành đai 4 – Vùng Thủ đô và cầu Tứ Liên nối Tây Hồ với Đông Anh. Đội ngũ 52 cộng tác viên dư luận xã hội của huyện đã gửi 18 báo cáo tâm tư, nguyện vọng của nhân dân về các dự án này.

Trung tâm Chính trị huyện mở 4 lớp bồi dưỡng nhận thức về Đảng và lớp đảng viên mới với 318 học viên. Dịp sơ kết, Ban Thường vụ Huyện ủy biểu dương 7 tập thể, 12 cá nhân.

Quý III, Ban Tuyên giáo Huyện ủy sẽ tham mưu tổ chức hội nghị quán triệt Nghị quyết Trung ương 9 cho khoảng 900 cán bộ chủ chốt và mở thêm 2 lớp bồi dưỡng báo cáo viên.
"""
D06 = "2024-07-09"
P06 = quarter(2, 2024)

# ---------------------------------------------------------------------------------------------
T07 = """
Ban Tuyên giáo Huyện ủy Ba Vì
15 tháng 8, 2021 lúc 21:05 · 🌏

📌 BẢY THÁNG ĐẦU NĂM 2021 – NHỮNG CON SỐ CỦA CÔNG TÁC TUYÊN GIÁO HUYỆN BA VÌ 📌

Dù dịch Covid-19 bùng phát trở lại từ cuối tháng 4, công tác tuyên giáo của huyện vẫn không “đứt mạch”:

✅ 03 hội nghị cấp huyện học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XVII Đảng bộ Thành phố;
✅ 587 lớp ở cơ sở, với 41.260 lượt cán bộ, đảng viên và hơn 22 nghìn lượt hội viên, đoàn viên tham dự;
✅ 100% cấp ủy viên các cấp dự học đầy đủ;
✅ 214 buổi tiếp xúc, tuyên truyền về bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 – 2026, với khoảng 35.000 lượt cử tri; ngày 23/5, tỷ lệ cử tri đi bầu của huyện đạt 99,8%;
✅ 12.000 tờ rơi “5K” được in và phát tới từng hộ;
✅ Cổng thông tin điện tử huyện: 1.108 tin, bài; fanpage “Ba Vì ngày mới” đăng 426 tin, bài, video và hiện có gần 19.000 người theo dõi;
✅ 31 xã, thị trấn đều lập nhóm Zalo phòng, chống dịch, tổng cộng 1.020 nhóm Zalo thôn, xóm;
✅ Khen thưởng 8 tập thể, 14 cá nhân có thành tích trong tuyên truyền phòng, chống dịch.

👉 Thời gian tới, Ban sẽ phối hợp mở 2 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở, tiếp tục tuyên truyền người dân tiêm vắc-xin mũi 2.

#BaVi #TuyenGiao #ChongDich

👍❤️ 287 · 34 bình luận · 61 lượt chia sẻ
"""
D07 = "2021-08-15"
P07 = since("2021-01-01", "2021-07-31")

# ---------------------------------------------------------------------------------------------
T08 = """
Hà Nội: Công tác tuyên giáo năm 2017 qua những con số

Ngày 12/1/2018, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo năm 2017, triển khai nhiệm vụ năm 2018. Hà Nội hiện có 30 quận, huyện, thị xã với 584 xã, phường, thị trấn và khoảng 7,6 triệu dân.

Tóm tắt kết quả năm 2017 (số liệu của Ban Tuyên giáo Thành ủy):
- Văn bản tham mưu ban hành: 46 (trong đó 11 chỉ thị, kế hoạch của Thành ủy);
- Hội nghị học tập, quán triệt Nghị quyết Trung ương 5, 6 khóa XII cấp Thành phố: 04 (trực tuyến tới 51 điểm cầu); lượt cán bộ chủ chốt dự: khoảng 48.000;
- Đợt sinh hoạt chính trị: 01 (kỷ niệm 100 năm Cách mạng Tháng Mười Nga);
- Hội nghị báo cáo viên Thành ủy: 12 (bình quân mỗi tháng 1 hội nghị); đội ngũ báo cáo viên Thành ủy hiện có 104 đồng chí;
- Báo cáo dư luận xã hội gửi Thường trực Thành ủy: 52 (trong đó 14 báo cáo nhanh);
- Cộng tác viên dư luận xã hội của Ban: 75 (tính đến 31/12/2017);
- Bản tin Thông báo nội bộ: 24 số (2 số/tháng), mỗi số 52.000 cuốn;
- Kinh phí hỗ trợ in tài liệu sinh hoạt chi bộ cho cơ sở: 2,4 tỷ đồng;
- Hội thi “Báo cáo viên, tuyên truyền viên giỏi” cấp Thành phố: 60 thí sinh (trao 6 giải Nhất).

Các sở, ngành, đoàn thể Thành phố cũng góp phần vào kết quả chung. Liên đoàn Lao động Thành phố tổ chức 326 buổi tuyên truyền pháp luật tại các khu công nghiệp, khu chế xuất với hơn 52.000 lượt công nhân, trong đó có Khu công nghiệp Thăng Long, nơi làm việc của khoảng 60.000 lao động. Sở Văn hóa và Thể thao tổ chức 14 đợt triển lãm ảnh về Thủ đô ngàn năm văn hiến; Sở Thông tin và Truyền thông đăng hơn 2.100 tin, bài trên Cổng Giao tiếp điện tử Thành phố.

Năm 2017, GRDP của Thủ đô tăng 8,5%; dư luận quan tâm nhiều đến tiến độ tuyến đường sắt đô thị Nhổn – Ga Hà Nội (tuyến số 3). Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 12 tập thể, 25 cá nhân; Ban Tuyên giáo Thành ủy tặng giấy khen cho 30 tập thể, 46 cá nhân.

Năm 2018, Ban đặt chỉ tiêu 100% chi bộ dùng tài liệu sinh hoạt thống nhất, sẽ tổ chức 2 đợt sinh hoạt chính trị theo Kế hoạch 87-KH/TU.
"""
D08 = "2018-01-12"
P08 = year(2017)

DOCS = [
    Doc("h17_05_hoangmai_9t_2019", T05, HOANGMAI, P05, D05, "text", facts=[
        F("Hội nghị cấp quận: 05", 5, "study_sessions"),
        F("Số hội nghị ở cơ sở: 112", 112, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 14.925", 14925, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,2%", 95.2, "study_participation_rate"),
        F("dưới 300 người", 300, "other", "at_most"),
        F("tại tổ dân phố: 236", 236, "oral_propaganda_sessions"),
        F("lượt người nghe: gần 18.000", 18000, "propaganda_audience", "at_most"),
        F("băng rôn: 1.380", 1380, "other"),
        F("Triển lãm ảnh lưu động: 2 đợt", 2, "other"),
        F("khoảng 4.500 lượt người xem", 4500, "propaganda_audience", "approx"),
        F("Cổng thông tin điện tử quận: 864", 864, "news_items"),
        F("phát hành 9 số", 9, "news_items"),
        F("khoảng 21.500 người theo dõi", 21500, "propaganda_audience", "approx",
          p=inst(D05)),
        F("Nhóm Zalo tổ dân phố: 312", 312, "chat_groups", p=end_of(P05)),
        F("khoảng 27.000 người", 27000, "chat_group_members", "approx", p=inst(D05)),
        F("Báo cáo viên cấp quận: 38", 38, "reporters", p=end_of(P05)),
        F("số hội nghị báo cáo viên: 09", 9, "reporter_conferences"),
        F("Ban Tuyên giáo Thành ủy: 27", 27, "opinion_reports"),
        F("9 tập thể", 9, "commended_collectives"),
        F("17 cá nhân", 17, "commended_individuals"),
        F("có 28 thí sinh", 28, "contest_entries"),
    ], traps=[("SỐ 09", 9), ("(THÁNG 9/2019)", 9), ("Hà Nội, ngày 04/10/2019", 4),
              ("9 THÁNG NĂM 2019", 9), ("Chiều 2/10", 2), ("14 đảng bộ phường", 14),
              ("Trung ương 8, 9, 10", 8), ("9, 10 khóa XII", 9), ("10 khóa XII", 10),
              ("35-CT/TW", 35), ("50 năm", 50), ("(1969 – 2019)", 1969),
              ("mỗi số 2.200 cuốn", 2200), ("dày 24 trang", 24), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("3 giải Ba", 3), ("QUÝ IV NĂM 2019", 2019),
              ("Sơ kết 5 năm", 5), ("05-CT/TW", 5), ("mở 3 lớp", 3),
              ("khoảng 200 cán bộ", 200), ("từ ngày 1/11", 1), ("số 8 phố Bùi Huy Bích", 8),
              ("024.3645.2870", 24)]),
    Doc("h17_06_donganh_q2_2024", T06, DONGANH, P06, D06, "text", facts=[
        F("ban hành 8 văn bản", 8, "documents_issued"),
        F("tổ chức 2 hội nghị quán triệt", 2, "study_sessions"),
        F("1.046 buổi sinh hoạt chuyên đề", 1046, "party_cell_discussions"),
        F("hơn 23.600 lượt đảng viên", 23600, "study_attendance", "at_least",
          a="party_members"),
        F("gần như 100%", 100, "study_participation_rate", "approx"),
        F("164 buổi nói chuyện", 164, "oral_propaganda_sessions"),
        F("khoảng 15.200 lượt hội viên, đoàn viên", 15200, "propaganda_audience", "approx",
          a="masses"),
        F("12.744 lượt người dự thi", 12744, "contest_entries"),
        F("1 trang thông tin điện tử", 1, "websites", p=inst(D06)),
        F("25 fanpage", 25, "social_pages", p=inst(D06)),
        F("486 nhóm Zalo", 486, "chat_groups", p=inst(D06)),
        F("khoảng 58.000 người", 58000, "chat_group_members", "approx", p=inst(D06)),
        F("phát 31 chương trình", 31, "news_items", p=month(5, 2024)),
        F("Đội ngũ 52 cộng tác viên", 52, "opinion_collaborators", p=end_of(P06)),
        F("gửi 18 báo cáo tâm tư", 18, "opinion_reports"),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes"),
        F("318 học viên", 318, "trainees"),
        F("7 tập thể", 7, "commended_collectives"),
        F("12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Thứ Ba, ngày 9 tháng 7 năm 2024", 9), ("Quý II năm 2024", 2024),
              ("70 năm", 70), ("(7/5/1954 – 7/5/2024)", 7), ("Trung ương 8", 8),
              ("24 xã, thị trấn", 24), ("có 62 đảng viên", 62), ("sinh hoạt 2 lần", 2),
              ("khoảng 58%", 58), ("tháng 5/2024", 5), ("Vành đai 4", 4),
              ("Trung ương 9", 9), ("khoảng 900 cán bộ", 900), ("mở thêm 2 lớp", 2)]),
    Doc("h17_07_bavi_7t_2021", T07, BAVI, P07, D07, "text", facts=[
        F("03 hội nghị cấp huyện", 3, "study_sessions"),
        F("587 lớp ở cơ sở", 587, "study_sessions"),
        F("41.260 lượt cán bộ, đảng viên", 41260, "study_attendance", a="party_members"),
        F("hơn 22 nghìn lượt hội viên, đoàn viên", 22000, "study_attendance", "at_least",
          a="masses"),
        F("100% cấp ủy viên", 100, "study_participation_rate"),
        F("214 buổi tiếp xúc, tuyên truyền", 214, "oral_propaganda_sessions"),
        F("khoảng 35.000 lượt cử tri", 35000, "propaganda_audience", "approx"),
        F("12.000 tờ rơi", 12000, "other"),
        F("huyện: 1.108 tin, bài", 1108, "news_items"),
        F("đăng 426 tin, bài, video", 426, "news_items"),
        F("gần 19.000 người theo dõi", 19000, "propaganda_audience", "at_most", p=inst(D07)),
        F("tổng cộng 1.020 nhóm Zalo", 1020, "chat_groups", p=end_of(P07)),
        F("8 tập thể", 8, "commended_collectives"),
        F("14 cá nhân", 14, "commended_individuals"),
    ], traps=[("15 tháng 8, 2021 lúc 21:05", 15), ("NĂM 2021", 2021), ("Covid-19", 19),
              ("cuối tháng 4", 4), ("nhiệm kỳ 2021 – 2026", 2021), ("ngày 23/5", 23),
              ("đạt 99,8%", 99.8), ("“5K”", 5), ("31 xã, thị trấn", 31),
              ("mở 2 lớp", 2), ("mũi 2", 2), ("👍❤️ 287", 287), ("34 bình luận", 34),
              ("61 lượt chia sẻ", 61)]),
    Doc("h17_08_hanoi_city_2017", T08, HANOI, P08, D08, "text", facts=[
        F("Văn bản tham mưu ban hành: 46", 46, "documents_issued"),
        F("khóa XII cấp Thành phố: 04", 4, "study_sessions"),
        F("lượt cán bộ chủ chốt dự: khoảng 48.000", 48000, "study_attendance", "approx",
          a="party_members"),
        F("Đợt sinh hoạt chính trị: 01", 1, "political_campaigns"),
        F("Hội nghị báo cáo viên Thành ủy: 12", 12, "reporter_conferences"),
        F("hiện có 104 đồng chí", 104, "reporters", p=inst(D08)),
        F("gửi Thường trực Thành ủy: 52", 52, "opinion_reports"),
        F("của Ban: 75", 75, "opinion_collaborators", p=inst("2017-12-31")),
        F("Bản tin Thông báo nội bộ: 24 số", 24, "news_items"),
        F("2,4 tỷ đồng", 2400000000, "other"),
        F("60 thí sinh", 60, "contest_entries"),
        F("326 buổi tuyên truyền", 326, "oral_propaganda_sessions"),
        F("hơn 52.000 lượt công nhân", 52000, "propaganda_audience", "at_least"),
        F("14 đợt triển lãm ảnh", 14, "other"),
        F("đăng hơn 2.100 tin, bài", 2100, "news_items", "at_least"),
        F("cho 12 tập thể", 12, "commended_collectives"),
        F("25 cá nhân", 25, "commended_individuals"),
        F("cho 30 tập thể", 30, "commended_collectives"),
        F("46 cá nhân", 46, "commended_individuals"),
    ], traps=[("Ngày 12/1/2018", 12), ("năm 2017", 2017), ("năm 2018", 2018),
              ("30 quận, huyện, thị xã", 30), ("584 xã, phường, thị trấn", 584),
              ("khoảng 7,6 triệu dân", 7600000), ("trong đó 11 chỉ thị", 11),
              ("Trung ương 5, 6", 5), ("5, 6 khóa XII", 6), ("51 điểm cầu", 51),
              ("100 năm", 100), ("mỗi tháng 1 hội nghị", 1), ("trong đó 14 báo cáo nhanh", 14),
              ("31/12/2017", 31), ("(2 số/tháng)", 2), ("mỗi số 52.000 cuốn", 52000),
              ("trao 6 giải Nhất", 6), ("khoảng 60.000 lao động", 60000),
              ("Năm 2017, GRDP", 2017), ("tăng 8,5%", 8.5), ("tuyến số 3", 3),
              ("Năm 2018", 2018), ("100% chi bộ", 100), ("2 đợt sinh hoạt chính trị", 2),
              ("87-KH/TU", 87)]),
]
