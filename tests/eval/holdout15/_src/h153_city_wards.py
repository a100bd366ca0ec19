"""Fifteenth held-out set (holdout15), part 3: a city-level summary (Hanoi 2019) and wards and
communes after 1 July 2025 (HCMC and Hanoi, 2025-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only) and the seeds, without reading or running the extractor.

Decisions taken where the guide leaves room:
- h15_09: the ward's report "từ ngày 01/7/2025 đến nay" runs to its administrative dateline.
  The wards it was formed from, its area, population, members and cells are traps. "Đảng
  viên dự học: 1.968/2.041 đồng chí (96,42%)" gives the attendance (numerator) and the rate
  of that study; "Đảng viên chưa dự" is `other`. 312 ý kiến góp ý are a counted result
  outside the taxonomy (`other`). Groups kept ("duy trì") with no marker are an instant at
  the period's end, which is the document date.
- h15_10: the city (Ban Tuyên giáo Thành ủy, Ban Thường vụ Thành ủy, the city's whole party
  organisation) is the province; the sections "Quận Cầu Giấy: ..." and "Huyện Thanh Trì:
  ..." govern their paragraphs, and the closing paragraph of plans under the last section
  has only traps. Members and cells of the city's party organisation, its wards and
  population, a growth rate and a rank are traps; "dưới 5.000 người" who did not study is
  `other` at_most.
- h15_11: the article's period is the headline's month (January 2026); each bullet section
  is its ward's. "từ 1.200 đến 1.300 lượt tin, bài" is a range: 1200 at_least. A festival
  date and the visitors expected are a plan; a vote share at a congress is a trap.
- h15_12: a broadcast transcript; the presenter reports the commune's figures (the
  commune's Ban Xây dựng Đảng as source), a speaker label naming an official makes the
  quotation the commune's, a label with a name only is an anecdote. Voters of the commune,
  polling areas and the turnout are traps; "6.300 lượt cử tri" at sessions is an audience.
"""
from build_gold import Doc, F, U, W, inst, month, quarter, since, year

BANCO = W("Phường Bàn Cờ", "79")
HANOI, CAUGIAY, THANHTRI = U("Thành phố Hà Nội"), U("Quận Cầu Giấy"), U("Huyện Thanh Trì")
KHUONGDINH, THULAM = W("Phường Khương Đình", "01"), W("Xã Thư Lâm", "01")
TUNGTHIEN, HUONGSON = W("Phường Tùng Thiện", "01"), W("Xã Hương Sơn", "01")
BINHKHANH = W("Xã Bình Khánh", "79")

# ---------------------------------------------------------------------------------------------
T09 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH                      ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG BÀN CỜ
          *                          Phường Bàn Cờ, ngày 20 tháng 10 năm 2025
Số 27-BC/ĐU

BÁO CÁO
Kết quả công tác tuyên giáo từ ngày 01/7/2025 đến nay
và nhiệm vụ trọng tâm những tháng cuối năm 2025
-----

Phường Bàn Cờ được thành lập trên cơ sở nhập Phường 1, Phường 2, Phường 3 và Phường 5 (Quận 3 cũ), diện tích khoảng 1,4 km², dân số gần 79.000 người; Đảng bộ phường có 2.041 đảng viên sinh hoạt ở 46 chi bộ. Từ ngày 01/7/2025, chính quyền địa phương hai cấp chính thức vận hành; công tác tuyên giáo của phường do Ban Xây dựng Đảng Đảng ủy phường tham mưu thực hiện. Kết quả cụ thể như sau:

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 02; hội nghị ở chi bộ: 41;
- Đảng viên dự học: 1.968/2.041 đồng chí (96,42%);
- Đảng viên chưa dự: 73 đồng chí (ốm đau, đi nước ngoài, tuổi cao).

2. Góp ý dự thảo các văn kiện trình Đại hội XIV của Đảng
Các chi bộ tổ chức 46 buổi sinh hoạt thảo luận, góp ý; Ban Xây dựng Đảng tổng hợp 312 ý kiến gửi Đảng ủy phường.

3. Công tác tuyên truyền
a) Tuyên truyền miệng: tổ chức 23 buổi tuyên truyền về mô hình chính quyền địa phương hai cấp, dịch vụ công trực tuyến cho hơn 2.600 lượt người dân.
b) Trên không gian mạng: fanpage “Phường Bàn Cờ” (lập từ ngày 01/7/2025) đăng 368 tin, bài, video ngắn; hiện có gần 15.800 người theo dõi. Phường duy trì 54 nhóm Zalo khu phố, số thành viên hiện nay khoảng 21.000 người.
c) Tuyên truyền trực quan:
- Băng rôn, cờ phướn chào mừng Đại hội Đảng bộ phường và Quốc khánh 2/9: 460;
- Tờ gấp hướng dẫn cài đặt, sử dụng VNeID: 3.500.

4. Nắm bắt dư luận xã hội
Phường hiện có 22 cộng tác viên dư luận xã hội. Đảng ủy phường đã gửi Ban Tuyên giáo và Dân vận Thành ủy 7 báo cáo dư luận xã hội, tập trung vào tâm tư của tiểu thương chợ Bàn Cờ và người dân các hẻm trên đường Nguyễn Đình Chiểu.

5. Bồi dưỡng, tập huấn
Phối hợp Trường Cán bộ Thành phố mở 1 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 85 học viên là bí thư chi bộ, trưởng khu phố.

6. Khen thưởng
Nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9 (1945 – 2025), Đảng ủy phường khen thưởng 5 tập thể, 11 cá nhân có thành tích trong công tác tuyên truyền.

II. NHIỆM VỤ TRỌNG TÂM NHỮNG THÁNG CUỐI NĂM 2025
- Tổ chức học tập Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I cho 100% đảng viên;
- Mở thêm 2 lớp bồi dưỡng cho tuyên truyền viên khu phố; phấn đấu fanpage đạt 20.000 người theo dõi;
- Tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 – 2031.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
                                                T/M ĐẢNG ỦY
                                                PHÓ BÍ THƯ THƯỜNG TRỰC
"""
D09 = "2025-10-20"
P09 = since("2025-07-01", D09)

# ---------------------------------------------------------------------------------------------
T10 = """
Thứ Ba, 24/12/2019

Hà Nội tổng kết công tác tuyên giáo năm 2019: Giữ vững trận địa tư tưởng, tạo đà cho năm Đại hội

Chiều 23/12, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019, triển khai nhiệm vụ năm 2020. Hà Nội có 30 quận, huyện, thị xã với 579 xã, phường, thị trấn; Đảng bộ thành phố có hơn 420 nghìn đảng viên sinh hoạt ở gần 2.300 tổ chức cơ sở đảng. Năm 2019, GRDP của thành phố ước tăng 7,46%.

Theo báo cáo, năm 2019 Ban Thường vụ Thành ủy ban hành 64 văn bản chỉ đạo về công tác tư tưởng, văn hóa, khoa giáo. Các cấp ủy trong toàn Đảng bộ thành phố tổ chức 9.215 hội nghị học tập, quán triệt Nghị quyết Trung ương 8 khóa XII và các chỉ thị, kết luận của Trung ương với trên 1,1 triệu lượt cán bộ, đảng viên, đạt tỷ lệ 95,6%; số đảng viên chưa tham gia dưới 5.000 người, chủ yếu do tuổi cao, sức yếu.

Đội ngũ báo cáo viên các cấp hiện có 2.846 người. Ban Tuyên giáo Thành ủy tổ chức 12 hội nghị báo cáo viên thành phố, mỗi hội nghị được truyền hình trực tiếp tới 30 điểm cầu. Hệ thống cộng tác viên các cấp gửi về 1.164 báo cáo dư luận xã hội, phản ánh kịp thời tâm tư của nhân dân quanh các vụ việc như cháy kho Công ty Rạng Đông, nước sinh hoạt có mùi lạ từ nguồn sông Đà. Ban Chỉ đạo 35 Thành ủy chỉ đạo đấu tranh, phản bác nhiều luận điệu sai trái trên mạng xã hội.

Cuộc thi trực tuyến tìm hiểu 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh do Thành ủy phát động thu hút 258.460 lượt người dự thi; Ban Tổ chức trao 1 giải Đặc biệt, 4 giải Nhất và 78 giải khác. Bản tin “Thông tin công tác tuyên giáo” của Thành ủy phát hành 24 số, mỗi số 6.500 bản. Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 27 tập thể, 45 cá nhân; đề nghị Ban Tuyên giáo Trung ương tặng bằng khen cho 5 tập thể.

Quận Cầu Giấy: “Chi bộ số” giữa vùng sinh viên

Là nơi tập trung nhiều trường đại học với hàng chục nghìn sinh viên, Quận ủy Cầu Giấy hiện quản lý 9 trang fanpage chính danh và 1 trang thông tin điện tử. Năm qua, các chi bộ tổ chức 3.120 buổi sinh hoạt chuyên đề, nhiều chi bộ khu dân cư dùng máy chiếu, clip ngắn thay cho đọc văn bản. Quận mở 12 lớp bồi dưỡng lý luận chính trị và nghiệp vụ với 1.530 học viên.

Huyện Thanh Trì: Vào nhóm dẫn đầu

Huyện Thanh Trì có 15 xã, 1 thị trấn; năm 2019 huyện xếp thứ 2/30 quận, huyện, thị xã về công tác tuyên giáo. “Năm nay, Huyện ủy đã gửi 26 báo cáo tình hình tư tưởng, dư luận xã hội lên Thành ủy; các thôn, tổ dân phố đều đã có nhóm Zalo, hiện có 312 nhóm”, đồng chí Nguyễn Thị Thu Hằng, Trưởng ban Tuyên giáo Huyện ủy Thanh Trì cho biết. Huyện tổ chức 145 buổi nói chuyện chuyên đề với khoảng 18.600 lượt người nghe, số buổi tăng 18% so với năm 2018.

Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Thành ủy đề nghị năm 2020 tập trung tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng, 1010 năm Thăng Long – Hà Nội, Đại hội XVII Đảng bộ Thành phố; phấn đấu 100% đảng viên được học tập các nghị quyết mới.
"""
D10 = "2019-12-24"
P10 = year(2019)

# ---------------------------------------------------------------------------------------------
T11 = """
Cập nhật 03/02/2026 08:40

Tháng 1/2026: Xã, phường Hà Nội rộn ràng chào mừng Đại hội XIV của Đảng

Cùng cả nước hướng về Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (khai mạc ngày 19/1/2026), các xã, phường của Thủ đô đã tổ chức nhiều hoạt động tuyên truyền sôi nổi. Dưới đây là ghi nhận tại một số địa phương.

▪ Phường Khương Đình – Loa phường “sống lại”
Trong tháng, Đảng ủy phường Khương Đình tổ chức 38 buổi tuyên truyền lưu động, nói chuyện chuyên đề về Đại hội XIV tại 42 tổ dân phố, thu hút khoảng 4.900 lượt người dân. Trang Facebook “Phường Khương Đình” đăng 146 tin, bài và 9 video ngắn; hệ thống loa truyền thanh thông minh phát 62 bản tin. Phường treo 820 lá cờ Đảng, cờ Tổ quốc trên các tuyến phố Khương Trung, Vũ Tông Phan, Nguyễn Trãi.

▪ Xã Thư Lâm – Chi bộ thôn là hạt nhân
Xã Thư Lâm được thành lập trên cơ sở sáp nhập 4 xã của huyện Đông Anh cũ, có 35 thôn. Tại Đại hội đại biểu Đảng bộ xã lần thứ I (tháng 8/2025), đồng chí Bí thư Đảng ủy xã được bầu với 100% số phiếu. Thực hiện Kế hoạch số 12-KH/ĐU ngày 5/1/2026 của Đảng ủy xã, các chi bộ thôn tổ chức 61 buổi sinh hoạt chuyên đề về Đại hội XIV. Xã in và phát 3.000 tờ gấp giới thiệu những điểm mới của các văn kiện; Đảng ủy xã gửi 4 báo cáo nhanh về tình hình tư tưởng của cán bộ, đảng viên và nhân dân trong dịp Đại hội.

▪ Phường Tùng Thiện – “Tổ dân phố số”
Phường Tùng Thiện hiện có 1 trang thông tin điện tử, 2 trang mạng xã hội chính danh và 97 nhóm Zalo tổ dân phố với hơn 16.000 thành viên. Trong tháng 1, các nhóm chia sẻ từ 1.200 đến 1.300 lượt tin, bài về Đại hội. Bác Phùng Văn Hùng, 78 tuổi, tổ trưởng tổ dân phố số 6, cười: “Nhóm tổ tôi có 230 người, tối nào tôi cũng đăng 2 – 3 tin cho bà con đọc.”

▪ Xã Hương Sơn – Chuẩn bị mùa lễ hội
Xã Hương Sơn tổ chức 1 lớp tập huấn kỹ năng tuyên truyền, ứng xử văn minh cho 120 học viên là người chèo đò, chủ hàng quán; khen thưởng 3 tập thể, 6 cá nhân có thành tích trong đợt tuyên truyền. Lễ hội chùa Hương năm 2026 khai hội ngày 21/2/2026 (mùng 5 tháng Giêng), dự kiến đón khoảng 1,5 triệu lượt khách; đường dây nóng của Ban Quản lý: 0243.3847.215.
"""
D11 = "2026-02-03"
P11 = month(1, 2026)

# ---------------------------------------------------------------------------------------------
T12 = """
BẢN TIN “CHÍNH QUYỀN GẦN DÂN” – ĐÀI TRUYỀN THANH XÃ BÌNH KHÁNH
Phát lúc 17 giờ 30, thứ Năm ngày 09/4/2026

Phát thanh viên: Kính thưa quý thính giả, quý I năm 2026, Đảng ủy xã Bình Khánh tập trung tuyên truyền kết quả Đại hội XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026. Toàn xã có khoảng 41.000 cử tri, được chia thành 28 khu vực bỏ phiếu. Theo Ban Xây dựng Đảng Đảng ủy xã, trong quý, xã tổ chức 3 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng với 1.312 lượt cán bộ, đảng viên dự, đạt 95,9%.

Phát thanh viên: Để rõ hơn, chúng tôi có cuộc trao đổi ngắn với đồng chí Bí thư Đảng ủy xã.

Đồng chí Bí thư Đảng ủy xã: “Ba tháng qua, các chi bộ ấp đã tổ chức 84 buổi sinh hoạt thảo luận về văn kiện Đại hội. Với bầu cử, xã tổ chức 42 buổi tuyên truyền cho hơn 6.300 lượt cử tri; riêng bà con nuôi hàu trên sông Lòng Tàu, chúng tôi đưa tổ tuyên truyền xuống tận bè, nói chuyện 17 buổi ngay trên sông. Tỷ lệ cử tri đi bầu của xã đạt 99,71%.”

Phát thanh viên: Cũng trong quý, Đài Truyền thanh xã phát 90 bản tin; xã hiện có 46 nhóm Zalo ấp với khoảng 9.800 thành viên và 18 cộng tác viên dư luận xã hội. Cuộc thi trực tuyến “Tìm hiểu pháp luật về bầu cử” do Đảng ủy xã phát động có 2.430 lượt người dự thi. Ban Xây dựng Đảng đã gửi Ban Tuyên giáo và Dân vận Thành ủy 6 báo cáo về tâm tư, nguyện vọng của cử tri.

Bà Năm Hường (ấp Bình Phước): “Nhà tui 4 người đi bầu hết trơn, loa ấp ngày nào cũng phát 2 lần, nghe hoài nên thuộc luôn.”

Đồng chí Phó Chủ tịch UBND xã: “Trong quý, xã đã khen thưởng 4 tập thể, 9 cá nhân có thành tích trong công tác bầu cử. Cử tri lớn tuổi nhất của xã năm nay 101 tuổi, vẫn tự tay bỏ phiếu.”

Phát thanh viên: Quý II, xã sẽ mở 2 lớp bồi dưỡng cho khoảng 150 tổ trưởng, tổ phó tổ nhân dân và tiếp tục tuyên truyền về dự án cầu Cần Giờ có tổng mức đầu tư hơn 11.000 tỷ đồng. Kính chào quý thính giả, hẹn gặp lại vào 17 giờ 30 thứ Năm tuần sau.
"""
D12 = "2026-04-09"
P12 = quarter(1, 2026)

DOCS = [
    Doc("h15_09_banco_tu_1_7_2025", T09, BANCO, P09, D09, "text", facts=[
        F("Hội nghị cấp phường: 02", 2, "study_sessions"),
        F("hội nghị ở chi bộ: 41", 41, "study_sessions"),
        F("Đảng viên dự học: 1.968/2.041 đồng chí", 1968, "study_attendance",
          a="party_members"),
        F("(96,42%)", 96.42, "study_participation_rate"),
        F("Đảng viên chưa dự: 73 đồng chí", 73, "other"),
        F("tổ chức 46 buổi sinh hoạt thảo luận", 46, "party_cell_discussions"),
        F("tổng hợp 312 ý kiến", 312, "other"),
        F("tổ chức 23 buổi tuyên truyền", 23, "oral_propaganda_sessions"),
        F("hơn 2.600 lượt người dân", 2600, "propaganda_audience", "at_least", a="masses"),
        F("đăng 368 tin, bài, video ngắn", 368, "news_items"),
        F("gần 15.800 người theo dõi", 15800, "propaganda_audience", "at_most", p=inst(D09)),
        F("duy trì 54 nhóm Zalo", 54, "chat_groups", p=inst(D09)),
        F("khoảng 21.000 người", 21000, "chat_group_members", "approx", p=inst(D09)),
        F("Quốc khánh 2/9: 460", 460, "other"),
        F("sử dụng VNeID: 3.500", 3500, "other"),
        F("hiện có 22 cộng tác viên", 22, "opinion_collaborators", p=inst(D09)),
        F("7 báo cáo dư luận xã hội", 7, "opinion_reports"),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes"),
        F("cho 85 học viên", 85, "trainees"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("11 cá nhân", 11, "commended_individuals"),
    ], traps=[("ngày 20 tháng 10 năm 2025", 20), ("Số 27-BC/ĐU", 27),
              ("từ ngày 01/7/2025", 1), ("Từ ngày 01/7/2025", 1), ("cuối năm 2025", 2025),
              ("Phường 1", 1), ("Phường 2", 2), ("Phường 3", 3), ("Phường 5", 5),
              ("Quận 3", 3), ("khoảng 1,4 km²", 1.4), ("gần 79.000 người", 79000),
              ("có 2.041 đảng viên", 2041), ("46 chi bộ", 46), ("hai cấp", 2),
              ("nhiệm kỳ 2025 – 2030", 2025), ("Đại hội XIV", 14),
              ("Quốc khánh 2/9", 2), ("80 năm", 80), ("(1945 – 2025)", 1945), ("cho 100% đảng viên", 100),
              ("Mở thêm 2 lớp", 2), ("đạt 20.000 người theo dõi", 20000), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026), ("1. Học tập, quán triệt", 1),
              ("2. Góp ý", 2), ("3. Công tác tuyên truyền", 3), ("4. Nắm bắt", 4),
              ("5. Bồi dưỡng", 5), ("6. Khen thưởng", 6)]),
    Doc("h15_10_hanoi_2019", T10, HANOI, P10, D10, "text", facts=[
        F("ban hành 64 văn bản", 64, "documents_issued"),
        F("tổ chức 9.215 hội nghị học tập", 9215, "study_sessions"),
        F("trên 1,1 triệu lượt cán bộ, đảng viên", 1100000, "study_attendance", "at_least",
          a="party_members"),
        F("đạt tỷ lệ 95,6%", 95.6, "study_participation_rate"),
        F("dưới 5.000 người", 5000, "other", "at_most"),
        F("hiện có 2.846 người", 2846, "reporters", p=inst(D10)),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("gửi về 1.164 báo cáo dư luận xã hội", 1164, "opinion_reports"),
        F("258.460 lượt người dự thi", 258460, "contest_entries"),
        F("phát hành 24 số", 24, "news_items"),
        F("bằng khen cho 27 tập thể", 27, "commended_collectives"),
        F("45 cá nhân", 45, "commended_individuals"),
        F("9 trang fanpage", 9, "social_pages", unit=CAUGIAY, p=inst(D10)),
        F("1 trang thông tin điện tử", 1, "websites", unit=CAUGIAY, p=inst(D10)),
        F("tổ chức 3.120 buổi sinh hoạt chuyên đề", 3120, "party_cell_discussions",
          unit=CAUGIAY),
        F("mở 12 lớp bồi dưỡng", 12, "training_classes", unit=CAUGIAY),
        F("với 1.530 học viên", 1530, "trainees", unit=CAUGIAY),
        F("gửi 26 báo cáo tình hình tư tưởng", 26, "opinion_reports", unit=THANHTRI),
        F("hiện có 312 nhóm", 312, "chat_groups", unit=THANHTRI, p=inst(D10)),
        F("tổ chức 145 buổi nói chuyện", 145, "oral_propaganda_sessions", unit=THANHTRI),
        F("khoảng 18.600 lượt người nghe", 18600, "propaganda_audience", "approx",
          unit=THANHTRI),
    ], traps=[("24/12/2019", 24), ("Chiều 23/12", 23), ("nhiệm vụ năm 2020", 2020),
              ("30 quận, huyện, thị xã", 30), ("579 xã, phường, thị trấn", 579),
              ("hơn 420 nghìn đảng viên", 420000), ("gần 2.300 tổ chức cơ sở đảng", 2300),
              ("ước tăng 7,46%", 7.46), ("Trung ương 8", 8), ("khóa XII", 12),
              ("tới 30 điểm cầu", 30), ("Ban Chỉ đạo 35", 35), ("50 năm", 50),
              ("1 giải Đặc biệt", 1), ("4 giải Nhất", 4), ("78 giải khác", 78),
              ("mỗi số 6.500 bản", 6500), ("bằng khen cho 5 tập thể", 5),
              ("hàng chục nghìn sinh viên", 10000), ("15 xã", 15), ("1 thị trấn", 1),
              ("xếp thứ 2/30", 2), ("tăng 18% so với năm 2018", 18), ("90 năm", 90),
              ("1010 năm", 1010), ("Đại hội XVII", 17), ("100% đảng viên", 100)]),
    Doc("h15_11_hanoi_xa_phuong_t1_2026", T11, KHUONGDINH, P11, D11, "text", facts=[
        F("tổ chức 38 buổi tuyên truyền lưu động", 38, "oral_propaganda_sessions",
          unit=KHUONGDINH),
        F("khoảng 4.900 lượt người dân", 4900, "propaganda_audience", "approx", a="masses",
          unit=KHUONGDINH),
        F("đăng 146 tin, bài", 146, "news_items", unit=KHUONGDINH),
        F("9 video ngắn", 9, "news_items", unit=KHUONGDINH),
        F("phát 62 bản tin", 62, "news_items", unit=KHUONGDINH),
        F("treo 820 lá cờ", 820, "other", unit=KHUONGDINH),
        F("tổ chức 61 buổi sinh hoạt chuyên đề", 61, "party_cell_discussions", unit=THULAM),
        F("phát 3.000 tờ gấp", 3000, "other", unit=THULAM),
        F("gửi 4 báo cáo nhanh về tình hình tư tưởng", 4, "opinion_reports", unit=THULAM),
        F("có 1 trang thông tin điện tử", 1, "websites", unit=TUNGTHIEN, p=inst(D11)),
        F("2 trang mạng xã hội chính danh", 2, "social_pages", unit=TUNGTHIEN, p=inst(D11)),
        F("97 nhóm Zalo", 97, "chat_groups", unit=TUNGTHIEN, p=inst(D11)),
        F("hơn 16.000 thành viên", 16000, "chat_group_members", "at_least", unit=TUNGTHIEN,
          p=inst(D11)),
        F("từ 1.200 đến 1.300 lượt tin, bài", 1200, "news_items", "at_least",
          unit=TUNGTHIEN),
        F("tổ chức 1 lớp tập huấn", 1, "training_classes", unit=HUONGSON),
        F("cho 120 học viên", 120, "trainees", unit=HUONGSON),
        F("khen thưởng 3 tập thể", 3, "commended_collectives", unit=HUONGSON),
        F("6 cá nhân", 6, "commended_individuals", unit=HUONGSON),
    ], traps=[("03/02/2026", 3), ("08:40", 8), ("Tháng 1/2026", 1), ("Đại hội XIV", 14),
              ("lần thứ XIV", 14), ("ngày 19/1/2026", 19), ("tại 42 tổ dân phố", 42),
              ("sáp nhập 4 xã", 4), ("35 thôn", 35), ("tháng 8/2025", 8),
              ("100% số phiếu", 100), ("Kế hoạch số 12-KH/ĐU", 12), ("ngày 5/1/2026", 5),
              ("Trong tháng 1", 1), ("78 tuổi", 78), ("tổ dân phố số 6", 6),
              ("có 230 người", 230), ("2 – 3 tin", 2), ("năm 2026", 2026),
              ("ngày 21/2/2026", 21), ("mùng 5", 5), ("khoảng 1,5 triệu lượt khách", 1500000),
              ("0243.3847.215", 243)]),
    Doc("h15_12_binhkhanh_q1_2026", T12, BINHKHANH, P12, D12, "text", facts=[
        F("tổ chức 3 hội nghị học tập", 3, "study_sessions"),
        F("1.312 lượt cán bộ, đảng viên", 1312, "study_attendance", a="party_members"),
        F("đạt 95,9%", 95.9, "study_participation_rate"),
        F("tổ chức 84 buổi sinh hoạt thảo luận", 84, "party_cell_discussions"),
        F("42 buổi tuyên truyền", 42, "oral_propaganda_sessions"),
        F("hơn 6.300 lượt cử tri", 6300, "propaganda_audience", "at_least"),
        F("nói chuyện 17 buổi", 17, "oral_propaganda_sessions"),
        F("phát 90 bản tin", 90, "news_items"),
        F("hiện có 46 nhóm Zalo", 46, "chat_groups", p=inst(D12)),
        F("khoảng 9.800 thành viên", 9800, "chat_group_members", "approx", p=inst(D12)),
        F("18 cộng tác viên dư luận xã hội", 18, "opinion_collaborators", p=inst(D12)),
        F("có 2.430 lượt người dự thi", 2430, "contest_entries"),
        F("6 báo cáo về tâm tư", 6, "opinion_reports"),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("17 giờ 30", 17), ("ngày 09/4/2026", 9), ("quý I năm 2026", 2026),
              ("Đại hội XIV", 14), ("khóa XVI", 16), ("nhiệm kỳ 2026 – 2031", 2026),
              ("ngày 15/3/2026", 15), ("khoảng 41.000 cử tri", 41000),
              ("28 khu vực bỏ phiếu", 28), ("đạt 99,71%", 99.71), ("Bà Năm Hường", 5),
              ("4 người đi bầu", 4), ("phát 2 lần", 2), ("101 tuổi", 101),
              ("mở 2 lớp bồi dưỡng", 2), ("khoảng 150 tổ trưởng", 150),
              ("hơn 11.000 tỷ đồng", 11000000000000)]),
]
