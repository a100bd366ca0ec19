"""Fourth held-out set (holdout4), part 3: city-level bodies of Ho Chi Minh City and Hanoi
(attributed to the province). Written in session 4 from docs/LABELING.md, tests/eval/README.md
and the seeds only, without reading the extractor and without running it on these reports."""
from build_gold import Doc, F, U, h1, inst, since, year

HCM, HN = U("79"), U("01")

# ---------------------------------------------------------------------------------------------
T409 = """
Thứ Tư, 10/07/2024 - 16:20

TP.HCM: Hệ thống tuyên giáo thành phố sơ kết 6 tháng đầu năm 2024

(Thanhuytphcm.vn) - Ngày 9/7, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Hội nghị được kết nối trực tuyến đến 21 quận, huyện, TP Thủ Đức và 312 phường, xã, thị trấn.

Theo báo cáo, 6 tháng đầu năm, Ban Tuyên giáo Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành 24 văn bản về công tác tư tưởng, trong đó có Kế hoạch số 265-KH/TU về tuyên truyền kỷ niệm 49 năm Ngày giải phóng miền Nam, thống nhất đất nước. Toàn Đảng bộ thành phố tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII cho 318.402 lượt cán bộ, đảng viên và 96.150 lượt quần chúng; tỷ lệ đảng viên tham gia đạt 95,72%.

Đội ngũ báo cáo viên Thành ủy hiện có 118 đồng chí. Trong 6 tháng, Ban đã tổ chức 6 hội nghị báo cáo viên thành phố, thông tin chuyên đề về kinh tế, đối ngoại và tình hình Biển Đông. Mạng lưới cộng tác viên dư luận xã hội hiện có 1.412 người; lực lượng này đã giúp Ban thực hiện 61 báo cáo tổng hợp dư luận xã hội gửi Thường trực Thành ủy.

“Thành phố hơn 9,4 triệu dân, mỗi ngày có vô số thông tin trên mạng. Sáu tháng qua, chúng tôi đã phối hợp xử lý và đăng 4.860 tin, bài phản bác thông tin sai lệch trên các trang chính thống”, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy cho biết.

Ở khối đoàn thể, Thành Đoàn TP.HCM triển khai đợt sinh hoạt chính trị “Tuổi trẻ thành phố tự hào tiến bước dưới cờ Đảng” cho gần 620 ngàn lượt đoàn viên. Liên đoàn Lao động TP tổ chức 132 buổi nói chuyện chuyên đề về pháp luật lao động tại 18 khu chế xuất, khu công nghiệp với trên 40.000 lượt công nhân, lao động.

Anh Trần Minh Khoa, 34 tuổi, công nhân một công ty điện tử trong Khu chế xuất Tân Thuận, nói: “Tôi làm ở đây 9 năm, lương tháng khoảng 9 triệu đồng. Nghe luật sư giải thích về bảo hiểm xã hội một buổi, tôi hiểu hơn đọc cả chục tờ rơi.”

Sở Văn hóa và Thể thao tổ chức 45 chương trình nghệ thuật phục vụ nhân dân tại các công viên, khu dân cư. Các cơ quan báo chí thành phố đăng tải hơn 21.000 tin, bài về các sự kiện chính trị lớn. Đến nay, các sở, ngành, đoàn thể cấp thành phố có 186 fanpage chính danh.

Giải Báo chí thành phố về xây dựng Đảng (Giải Búa liềm vàng) lần thứ VI nhận 412 tác phẩm dự thi từ các cơ quan báo chí.

Theo số liệu của ngành thống kê, 6 tháng đầu năm, thành phố thu hút khoảng 2,1 tỷ USD vốn đầu tư trực tiếp nước ngoài; tuyến Metro số 1 Bến Thành – Suối Tiên dài 19,7 km đang chạy thử.

Dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 30 tập thể và 47 cá nhân.

Sáu tháng cuối năm, Ban Tuyên giáo Thành ủy sẽ tổ chức 2 đợt sinh hoạt chính trị, chuẩn bị tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam (30/4/1975 – 30/4/2025) và phấn đấu 100% quận, huyện có tổ biên tập tin, bài trên mạng xã hội.
"""
D409 = "2024-07-10"
P409 = h1(2024)

# ---------------------------------------------------------------------------------------------
T410 = """
Hà Nội, ngày 28/12/2016

Ngành tuyên giáo Thủ đô tổng kết năm 2016: Đưa Nghị quyết Đại hội XVI Đảng bộ thành phố vào cuộc sống

Sáng nay, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016. Hội nghị được truyền hình trực tiếp đến 30 quận, huyện, thị xã.

Báo cáo tổng kết cho biết, trong năm, Ban Tuyên giáo Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành 38 văn bản về công tác tư tưởng, trong đó có Chương trình số 04-CTr/TU về tăng cường xây dựng, chỉnh đốn Đảng. Toàn Đảng bộ thành phố tổ chức 4.815 hội nghị học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội XVI Đảng bộ thành phố cho 97,2% cán bộ, đảng viên.

Từ đầu năm đến nay, Ban Tuyên giáo Thành ủy đã thực hiện 74 báo cáo nhanh về dư luận xã hội. Đội ngũ báo cáo viên Thành ủy hiện gồm 89 đồng chí; trong năm, Ban tổ chức mười hai hội nghị báo cáo viên thành phố theo hình thức trực tiếp kết hợp trực tuyến.

Thủ đô có hơn 7,3 triệu dân, 584 xã, phường, thị trấn; năm 2016 thu hút khoảng 3,2 tỷ USD vốn đầu tư trực tiếp nước ngoài. Cùng với sự phát triển ấy, nhu cầu thông tin của người dân ngày càng cao.

Hội nghị cũng chỉ ra những hạn chế: công tác nắm bắt, dự báo tình hình tư tưởng ở một số nơi còn chậm; việc học tập nghị quyết ở một số chi bộ còn hình thức, nặng về đọc văn bản; sự phối hợp giữa cơ quan tuyên giáo với cơ quan báo chí trong định hướng thông tin về các vụ việc phức tạp có lúc chưa chặt chẽ. Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Thành ủy yêu cầu ngành tuyên giáo Thủ đô chủ động hơn nữa trong đấu tranh phản bác các quan điểm sai trái trên mạng xã hội, nâng cao chất lượng đội ngũ báo cáo viên và cộng tác viên dư luận xã hội.

Theo Sở Thông tin và Truyền thông, hiện thành phố có 47 trang thông tin điện tử của các sở, ngành, quận, huyện, thị xã. Các báo, đài của Thủ đô đăng, phát khoảng 26.500 tin, bài về việc thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI.

Liên đoàn Lao động thành phố tổ chức 215 buổi tuyên truyền pháp luật tại các khu công nghiệp Thăng Long, Nội Bài, Quang Minh cho khoảng 52.000 lượt công nhân, lao động. Thành đoàn Hà Nội triển khai bốn đợt sinh hoạt chính trị cho đoàn viên, thanh niên, trong đó có đợt kỷ niệm 70 năm Ngày Toàn quốc kháng chiến (19/12/1946 – 19/12/2016).

Cuộc thi viết về gương “Người tốt, việc tốt” do Ban Tuyên giáo Thành ủy phát động nhận được 2.340 tác phẩm dự thi. Cụ Phạm Thị Nhàn, 86 tuổi, ở phố Hàng Bạc, một tác giả dự thi, kể: “Tôi đọc báo Hà Nội mới từ năm 1957, lần đầu viết bài gửi đi thi mà lại được giải.”

Dịp này, UBND thành phố tặng bằng khen cho 40 tập thể và 62 cá nhân có thành tích xuất sắc trong công tác tuyên giáo.

Năm 2017, ngành tuyên giáo Thủ đô phấn đấu 100% chi bộ có kế hoạch học tập chuyên đề, dự kiến tổ chức 10 hội nghị báo cáo viên thành phố và triển khai tuyên truyền tuyến đường sắt đô thị số 2A Cát Linh – Hà Đông. Theo kế hoạch năm tới, Ban sẽ phối hợp các quận, huyện, thị xã mở 30 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở.
"""
D410 = "2016-12-28"
P410 = year(2016)

DOCS = [
    Doc("syn_409_hcm_city_2024", T409, HCM, P409, D409, "text", facts=[
        F("ban hành 24 văn bản", 24, "documents_issued"),
        F("318.402 lượt cán bộ, đảng viên", 318402, "study_attendance", a="party_members"),
        F("96.150 lượt quần chúng", 96150, "study_attendance", a="masses"),
        F("đạt 95,72%", 95.72, "study_participation_rate"),
        F("hiện có 118 đồng chí", 118, "reporters", p=inst(D409)),
        F("6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("hiện có 1.412 người", 1412, "opinion_collaborators", p=inst(D409)),
        F("61 báo cáo tổng hợp dư luận xã hội", 61, "opinion_reports"),
        F("đăng 4.860 tin, bài", 4860, "news_items"),
        F("gần 620 ngàn lượt đoàn viên", 620000, "study_attendance", "at_most", a="masses"),
        F("132 buổi nói chuyện chuyên đề", 132, "oral_propaganda_sessions"),
        F("trên 40.000 lượt công nhân, lao động", 40000, "propaganda_audience", "at_least"),
        F("45 chương trình nghệ thuật", 45, "other"),
        F("hơn 21.000 tin, bài", 21000, "news_items", "at_least"),
        F("186 fanpage chính danh", 186, "social_pages", p=inst(D409)),
        F("412 tác phẩm dự thi", 412, "contest_entries"),
        F("30 tập thể", 30, "commended_collectives"),
        F("47 cá nhân", 47, "commended_individuals"),
    ], traps=[("10/07/2024 - 16:20", 10), ("Ngày 9/7", 9), ("6 tháng cuối năm", 6),
              ("21 quận, huyện", 21), ("312 phường, xã, thị trấn", 312),
              ("Kế hoạch số 265-KH/TU", 265), ("49 năm", 49), ("Trung ương 8", 8),
              ("khóa XIII", 13), ("Trong 6 tháng", 6), ("hơn 9,4 triệu dân", 9400000),
              ("18 khu chế xuất", 18), ("34 tuổi", 34), ("9 năm", 9),
              ("khoảng 9 triệu đồng", 9000000), ("lần thứ VI", 6),
              ("khoảng 2,1 tỷ USD", 2100000000), ("Metro số 1", 1), ("dài 19,7 km", 19.7),
              ("sẽ tổ chức 2 đợt", 2), ("50 năm", 50), ("(30/4/1975 – 30/4/2025)", 30),
              ("100% quận, huyện", 100)]),
    Doc("syn_410_hanoi_city_2016", T410, HN, P410, D410, "text", facts=[
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("4.815 hội nghị học tập", 4815, "study_sessions"),
        F("cho 97,2% cán bộ, đảng viên", 97.2, "study_participation_rate"),
        F("thực hiện 74 báo cáo nhanh về dư luận xã hội", 74, "opinion_reports",
          p=since("2016-01-01", D410)),
        F("hiện gồm 89 đồng chí", 89, "reporters", p=inst(D410)),
        F("mười hai hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("có 47 trang thông tin điện tử", 47, "websites", p=inst(D410)),
        F("khoảng 26.500 tin, bài", 26500, "news_items", "approx"),
        F("215 buổi tuyên truyền pháp luật", 215, "oral_propaganda_sessions"),
        F("khoảng 52.000 lượt công nhân, lao động", 52000, "propaganda_audience", "approx"),
        F("bốn đợt sinh hoạt chính trị", 4, "political_campaigns"),
        F("2.340 tác phẩm dự thi", 2340, "contest_entries"),
        F("40 tập thể", 40, "commended_collectives"),
        F("62 cá nhân", 62, "commended_individuals"),
    ], traps=[("ngày 28/12/2016", 28), ("Đại hội XVI", 16), ("30 quận, huyện, thị xã", 30),
              ("Chương trình số 04-CTr/TU", 4), ("Đại hội XII", 12),
              ("hơn 7,3 triệu dân", 7300000),
              ("584 xã, phường, thị trấn", 584), ("khoảng 3,2 tỷ USD", 3200000000),
              ("lần thứ XVI", 16), ("70 năm", 70), ("(19/12/1946 – 19/12/2016)", 19),
              ("86 tuổi", 86), ("năm 1957", 1957), ("Năm 2017", 2017),
              ("100% chi bộ", 100), ("dự kiến tổ chức 10 hội nghị", 10),
              ("số 2A", 2), ("mở 30 lớp bồi dưỡng", 30)]),
]
