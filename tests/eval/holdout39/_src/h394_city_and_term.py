"""holdout39, part 4: Hanoi city level 2023 (with a section-less paragraph on Thị xã Sơn Tây)
and a congress speech of Quận Gò Vấp on the 2015-2020 term.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor.

Decisions where the guide leaves room:
- Totals the Ban Tuyên giáo Thành ủy reports for "các đảng bộ trực thuộc" and for the city's
  press are the province's.
- A district named as the subject in a city article ("Năm 2023, Thị xã ủy Sơn Tây tổ chức 57
  buổi ...") is the actor of that paragraph's facts.
- "lượt học sinh, sinh viên" reached is propaganda_audience with audience `all`.
- In a multi-paragraph speech introduced as the Trưởng ban's, "Trong 5 năm" means the speech's
  term; the 5 is a trap (a duration).
"""
from build_gold import Doc, F, U, inst, term, year

HN, ST, GV = U("01"), U("Thị xã Sơn Tây"), U("Quận Gò Vấp")

T11 = """
Hà Nội: Công tác tuyên giáo năm 2023 tạo nhiều chuyển biến

Sáng 28/12/2023, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có lãnh đạo Ban Tuyên giáo 30 quận, huyện, thị xã ủy và các đảng ủy trực thuộc Thành ủy.

Báo cáo tại hội nghị cho biết, trong năm, Ban Tuyên giáo Thành ủy đã tham mưu Thường trực, Ban Thường vụ Thành ủy ban hành 46 văn bản chỉ đạo về công tác tư tưởng, lý luận, văn hóa, văn nghệ. Thành ủy tổ chức 6 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII và các chương trình, kế hoạch của Thành ủy; các đảng bộ trực thuộc mở hơn 5.200 hội nghị, lớp, thu hút hơn 1,2 triệu lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia bình quân đạt 95,6%.

Thành ủy chỉ đạo tổ chức hai đợt sinh hoạt chính trị, tư tưởng về chủ đề năm 2023 của Thành phố và về học tập, làm theo gương Chủ tịch Hồ Chí Minh. Đội ngũ báo cáo viên Thành ủy hiện có 74 đồng chí; trong năm, Ban tổ chức 12 hội nghị báo cáo viên thành phố, bình quân mỗi tháng 1 hội nghị, trực tuyến kết nối 30 điểm cầu.

Các cơ quan báo chí của Thành phố đăng, phát gần 48.000 tin, bài, phóng sự về các sự kiện chính trị lớn của Thủ đô. Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ Thành phố Hà Nội thu hút 213.457 lượt người dự thi, trong đó đoàn viên, thanh niên chiếm khoảng 64%; ban tổ chức trao 1 giải Đặc biệt và 5 giải Nhất.

Đội ngũ cộng tác viên dư luận xã hội của Ban Tuyên giáo Thành ủy hiện có 95 người. Trong năm, Ban xây dựng 68 báo cáo nhanh về dư luận xã hội gửi Thường trực Thành ủy, tập trung vào giá điện, học phí và an toàn phòng cháy tại chung cư mini.

Tại hội nghị, Thị xã Sơn Tây chia sẻ kinh nghiệm “đưa di sản vào tuyên truyền”. Năm 2023, Thị xã ủy Sơn Tây tổ chức 57 buổi tuyên truyền, nói chuyện chuyên đề ngay tại Thành cổ Sơn Tây và làng cổ Đường Lâm, thu hút khoảng 8.600 lượt học sinh, sinh viên. Thành cổ được xây dựng năm 1822, có tường bao dài hơn 1.300 m.

Dịp này, Ban Thường vụ Thành ủy tặng Bằng khen cho 25 tập thể, 42 cá nhân có thành tích xuất sắc; 2 tập thể được đề nghị Thủ tướng Chính phủ tặng Bằng khen.

Năm 2024, kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024), Ban Tuyên giáo Thành ủy sẽ tổ chức cuộc thi tìm hiểu về Thủ đô với mục tiêu ít nhất 300 nghìn lượt người dự thi, phấn đấu 100% chi bộ sinh hoạt chuyên đề về truyền thống Hà Nội.
"""

T12 = """
Gò Vấp: Nhìn lại công tác tuyên giáo nhiệm kỳ 2015 – 2020

Ngày 23/7/2020, Đại hội đại biểu Đảng bộ quận Gò Vấp lần thứ XI, nhiệm kỳ 2020 – 2025 khai mạc tại Hội trường Quận ủy (số 19 Quang Trung, phường 10). Đại hội diễn ra từ ngày 23 đến 25/7, với 300 đại biểu thay mặt cho hơn 11.000 đảng viên của Đảng bộ quận.

Sau đây là trích tham luận của đồng chí Trần Văn Hùng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Gò Vấp:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 214 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng. Cả nhiệm kỳ, quận tổ chức 118 hội nghị cấp quận học tập, quán triệt nghị quyết, chỉ thị của Trung ương và Thành ủy; 16 đảng bộ phường và 38 chi, đảng bộ cơ sở đã mở 2.364 lớp với 182.450 lượt cán bộ, đảng viên và 61.300 lượt quần chúng tham dự; tỷ lệ đảng viên tham gia bình quân đạt 96,4%.

“Chúng tôi xác định tuyên truyền miệng là thế mạnh của quận. Trong 5 năm, đội ngũ báo cáo viên, tuyên truyền viên đã tổ chức 1.620 buổi nói chuyện thời sự, chuyên đề, thu hút khoảng 147 nghìn lượt người nghe. Chương trình phát thanh “Gò Vấp hôm nay” phát sóng 258 số. Có lần một bác tổ trưởng ở phường 17 nói với tôi: ‘Khu tôi 212 hộ, chiều thứ Bảy nào cũng mở loa nghe đủ 2 buổi’. Đó là phần thưởng lớn nhất với anh em làm tuyên giáo.

“Trung tâm Bồi dưỡng chính trị quận mở 96 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 9.875 học viên. Cả nhiệm kỳ, Ban Thường vụ Quận ủy khen thưởng 86 tập thể và 193 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

“Bên cạnh kết quả đạt được, công tác nắm bắt dư luận có lúc còn chậm, việc tuyên truyền trên mạng xã hội chưa theo kịp nhu cầu của người trẻ. Nhiệm kỳ 2020 – 2025, chúng tôi phấn đấu mỗi năm mở ít nhất 20 lớp bồi dưỡng, 100% chi bộ sinh hoạt chuyên đề hằng tháng và mỗi phường có ít nhất 1 fanpage chính danh.”
"""

D11, D12 = "2023-12-28", "2020-07-23"

DOCS = [
    Doc("h39_11", T11, HN, year(2023), D11, "text", facts=[
        F("ban hành 46 văn bản", 46, "documents_issued"),
        F("tổ chức 6 hội nghị cấp thành phố", 6, "study_sessions"),
        F("mở hơn 5.200 hội nghị, lớp", 5200, "study_sessions", "at_least"),
        F("hơn 1,2 triệu lượt cán bộ, đảng viên", 1200000, "study_attendance", "at_least",
          a="party_members"),
        F("bình quân đạt 95,6%", 95.6, "study_participation_rate"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("hiện có 74 đồng chí", 74, "reporters", p=inst(D11)),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("gần 48.000 tin, bài", 48000, "news_items", "at_most"),
        F("thu hút 213.457 lượt người dự thi", 213457, "contest_entries"),
        F("hiện có 95 người", 95, "opinion_collaborators", p=inst(D11)),
        F("xây dựng 68 báo cáo nhanh", 68, "opinion_reports"),
        F("tổ chức 57 buổi tuyên truyền", 57, "oral_propaganda_sessions", unit=ST),
        F("khoảng 8.600 lượt học sinh", 8600, "propaganda_audience", "approx", unit=ST),
        F("Bằng khen cho 25 tập thể", 25, "commended_collectives"),
        F("42 cá nhân", 42, "commended_individuals"),
    ], traps=[("28/12/2023", 28), ("năm 2023,", 2023), ("năm 2024", 2024),
              ("30 quận, huyện, thị xã", 30), ("Trung ương 8", 8),
              ("chủ đề năm 2023", 2023), ("mỗi tháng 1 hội nghị", 1),
              ("30 điểm cầu", 30), ("khoảng 64%", 64), ("1 giải Đặc biệt", 1),
              ("5 giải Nhất", 5), ("Năm 2023", 2023), ("năm 1822", 1822),
              ("hơn 1.300 m", 1300), ("2 tập thể được đề nghị", 2), ("Năm 2024", 2024),
              ("70 năm", 70), ("10/10/1954", 10), ("10/10/2024", 10),
              ("ít nhất 300 nghìn", 300000), ("100% chi bộ", 100)]),
    Doc("h39_12", T12, GV, term(2015, 2020), D12, "text", facts=[
        F("ban hành 214 văn bản", 214, "documents_issued"),
        F("tổ chức 118 hội nghị cấp quận", 118, "study_sessions"),
        F("đã mở 2.364 lớp", 2364, "study_sessions"),
        F("182.450 lượt cán bộ, đảng viên", 182450, "study_attendance", a="party_members"),
        F("61.300 lượt quần chúng", 61300, "study_attendance", a="masses"),
        F("bình quân đạt 96,4%", 96.4, "study_participation_rate"),
        F("tổ chức 1.620 buổi nói chuyện", 1620, "oral_propaganda_sessions"),
        F("khoảng 147 nghìn lượt người nghe", 147000, "propaganda_audience", "approx"),
        F("phát sóng 258 số", 258, "news_items"),
        F("mở 96 lớp bồi dưỡng", 96, "training_classes"),
        F("9.875 học viên", 9875, "trainees"),
        F("khen thưởng 86 tập thể", 86, "commended_collectives"),
        F("193 cá nhân", 193, "commended_individuals"),
    ], traps=[("nhiệm kỳ 2015 – 2020", 2015), ("Nhiệm kỳ 2015 – 2020", 2015),
              ("Ngày 23/7/2020", 23), ("nhiệm kỳ 2020 – 2025", 2020),
              ("số 19 Quang Trung", 19), ("phường 10", 10), ("từ ngày 23", 23),
              ("25/7", 25), ("300 đại biểu", 300), ("hơn 11.000 đảng viên", 11000),
              ("16 đảng bộ phường", 16), ("38 chi, đảng bộ", 38), ("Trong 5 năm", 5),
              ("phường 17", 17), ("212 hộ", 212), ("đủ 2 buổi", 2),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("ít nhất 20 lớp", 20),
              ("100% chi bộ", 100), ("ít nhất 1 fanpage", 1)]),
]
