"""Fifth held-out set (holdout5), part 3: city-level bodies of Ho Chi Minh City and Hanoi
(attributed to the province). Written in session 5 from docs/LABELING.md, tests/eval/README.md,
the earlier label sources (format only) and the seeds, without reading or running the
extractor."""
from build_gold import Doc, F, U, inst, month, quarter, since, year

HCM, HN = U("79"), U("01")

# ---------------------------------------------------------------------------------------------
T509 = """
TPHCM, 27/12/2016

Ngành tuyên giáo TPHCM tổng kết năm 2016: Năm của hai sự kiện chính trị lớn

Sáng 26/12, tại hội trường Ủy ban nhân dân thành phố (số 86 Lê Thánh Tôn, Quận 1), Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016. Dự hội nghị có lãnh đạo Ban Tuyên giáo Trung ương và đại diện 24 quận, huyện.

Năm 2016 là năm toàn Đảng bộ thành phố học tập Nghị quyết Đại hội XII của Đảng và tổ chức cuộc bầu cử đại biểu Quốc hội khóa XIV, đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 vào ngày 22/5/2016. Trong năm, Ban Tuyên giáo Thành ủy tham mưu ban hành 42 văn bản hướng dẫn, định hướng công tác tư tưởng; toàn Đảng bộ tổ chức 2.860 hội nghị học tập Nghị quyết Đại hội XII cho 356.210 lượt cán bộ, đảng viên và 128.500 lượt quần chúng, đạt 96,04% số đảng viên.

Đội ngũ báo cáo viên Thành ủy hiện có 96 đồng chí; Ban đã tổ chức 12 hội nghị báo cáo viên thành phố, mỗi hội nghị có khoảng 800 báo cáo viên các cấp dự. Tính đến ngày 30/11/2016, cộng tác viên dư luận xã hội các cấp có 2.140 người; trong năm, Ban thực hiện 52 báo cáo dư luận xã hội gửi Thường trực Thành ủy.

“Năm 2016, chúng tôi phối hợp với các cơ quan báo chí đăng 18.600 tin, bài về bầu cử, chưa kể hàng nghìn tin trên trang điện tử của các quận, huyện”, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy cho biết.

Theo Sở Thông tin và Truyền thông, các sở, ngành, quận, huyện hiện có 68 trang thông tin điện tử. Trường Cán bộ Thành phố mở 14 lớp bồi dưỡng nghiệp vụ tuyên giáo cho 1.480 học viên.

Liên đoàn Lao động TP tổ chức 1.240 buổi nói chuyện chuyên đề tại doanh nghiệp cho khoảng 310 nghìn lượt công nhân; Thành Đoàn triển khai hai đợt sinh hoạt chính trị cho đoàn viên, thanh niên.

Thành phố hơn 8,4 triệu dân; năm 2016, GRDP tăng 8,05%, thu ngân sách đạt khoảng 300.000 tỷ đồng. Theo khảo sát của Viện Nghiên cứu phát triển, 82% người dân được hỏi hài lòng với thông tin về bầu cử.

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 35 tập thể, 54 cá nhân.

Ảnh: Đại biểu 24 quận, huyện dự hội nghị.

Năm 2017, Ban Tuyên giáo Thành ủy sẽ mở 15 lớp bồi dưỡng cho báo cáo viên cơ sở và phấn đấu 100% quận, huyện có fanpage chính danh.
"""
D509 = "2016-12-27"
P509 = year(2016)

# ---------------------------------------------------------------------------------------------
T510 = """
Hà Nội, ngày 5/4/2024

Hà Nội: Ngành tuyên giáo Thủ đô sơ kết quý I/2024

Ban Tuyên giáo Thành ủy Hà Nội vừa tổ chức giao ban sơ kết công tác tuyên giáo quý I/2024, triển khai nhiệm vụ quý II.

Trong quý I, Ban Tuyên giáo Thành ủy tham mưu ban hành 16 văn bản về công tác tư tưởng. Thành ủy tổ chức hội nghị trực tuyến quán triệt Nghị quyết Trung ương 8 khóa XIII tới 579 điểm cầu với hơn 105.000 cán bộ, đảng viên tham dự; số điểm cầu tăng 18% so với quý I/2023.

Từ ngày 1/3 đến nay, Ban phối hợp các cơ quan báo chí của thành phố đăng tải 1.460 tin, bài, video tuyên truyền về dự thảo Luật Thủ đô (sửa đổi). Tháng 2/2024, Ban tổ chức 3 hội nghị báo cáo viên, trong đó có hội nghị tại Hội trường Thành ủy, số 34 Lê Thái Tổ.

Hiện Ban Tuyên giáo Thành ủy quản lý 1 trang thông tin điện tử và 3 tài khoản mạng xã hội chính danh trên Facebook, Zalo, TikTok. Mạng lưới cộng tác viên dư luận xã hội của thành phố hiện có 1.216 người; trong quý, lực lượng này giúp Ban thực hiện 19 báo cáo nhanh về dư luận xã hội. Báo cáo viên Thành ủy hiện có 92 đồng chí.

Sở Văn hóa và Thể thao tổ chức 120 chương trình nghệ thuật phục vụ nhân dân dịp Tết Giáp Thìn tại 30 quận, huyện, thị xã. Thành Đoàn Hà Nội triển khai 1 đợt sinh hoạt chính trị kỷ niệm 93 năm Ngày thành lập Đoàn (26/3/1931 – 26/3/2024). Liên đoàn Lao động thành phố tổ chức 86 buổi tuyên truyền pháp luật cho khoảng 17.400 lượt công nhân, lao động.

Thủ đô hiện có hơn 8,5 triệu dân; tuyến đường sắt đô thị số 3 Nhổn – ga Hà Nội đang hoàn thiện đoạn trên cao dài 8,5 km. Theo khảo sát, 87,5% người được hỏi biết đến dự thảo Luật Thủ đô. Người dân có thể phản ánh thông tin sai lệch qua đường dây nóng 1900.1508.

Quý II, Ban dự kiến tổ chức 4 hội nghị báo cáo viên và tiếp tục tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.
"""
D510 = "2024-04-05"
P510 = quarter(1, 2024)

DOCS = [
    Doc("syn_509_hcm_city_2016", T509, HCM, P509, D509, "text", facts=[
        F("ban hành 42 văn bản", 42, "documents_issued"),
        F("2.860 hội nghị học tập", 2860, "study_sessions"),
        F("356.210 lượt cán bộ, đảng viên", 356210, "study_attendance", a="party_members"),
        F("128.500 lượt quần chúng", 128500, "study_attendance", a="masses"),
        F("đạt 96,04%", 96.04, "study_participation_rate"),
        F("hiện có 96 đồng chí", 96, "reporters", p=inst(D509)),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("có 2.140 người", 2140, "opinion_collaborators", p=inst("2016-11-30")),
        F("thực hiện 52 báo cáo dư luận xã hội", 52, "opinion_reports"),
        F("đăng 18.600 tin, bài", 18600, "news_items"),
        F("hiện có 68 trang thông tin điện tử", 68, "websites", p=inst(D509)),
        F("mở 14 lớp bồi dưỡng", 14, "training_classes"),
        F("1.480 học viên", 1480, "trainees"),
        F("1.240 buổi nói chuyện chuyên đề", 1240, "oral_propaganda_sessions"),
        F("khoảng 310 nghìn lượt công nhân", 310000, "propaganda_audience", "approx"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("35 tập thể", 35, "commended_collectives"),
        F("54 cá nhân", 54, "commended_individuals"),
    ], traps=[("TPHCM, 27/12/2016", 27), ("hai sự kiện", 2), ("Sáng 26/12", 26), ("số 86 Lê Thánh Tôn", 86),
              ("Quận 1", 1), ("24 quận, huyện", 24), ("Đại hội XII", 12), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5/2016", 22),
              ("khoảng 800 báo cáo viên", 800), ("ngày 30/11/2016", 30),
              ("hàng nghìn tin", 1000), ("hơn 8,4 triệu dân", 8400000),
              ("tăng 8,05%", 8.05), ("khoảng 300.000 tỷ đồng", 300000000000000),
              ("82% người dân được hỏi", 82), ("mở 15 lớp", 15), ("100% quận, huyện", 100)]),
    Doc("syn_510_hanoi_city_2024", T510, HN, P510, D510, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("hơn 105.000 cán bộ, đảng viên", 105000, "study_attendance", "at_least",
          a="party_members"),
        F("đăng tải 1.460 tin, bài, video", 1460, "news_items", p=since("2024-03-01", D510)),
        F("3 hội nghị báo cáo viên", 3, "reporter_conferences", p=month(2, 2024)),
        F("1 trang thông tin điện tử", 1, "websites", p=inst(D510)),
        F("3 tài khoản mạng xã hội", 3, "social_pages", p=inst(D510)),
        F("hiện có 1.216 người", 1216, "opinion_collaborators", p=inst(D510)),
        F("19 báo cáo nhanh", 19, "opinion_reports"),
        F("hiện có 92 đồng chí", 92, "reporters", p=inst(D510)),
        F("120 chương trình nghệ thuật", 120, "other"),
        F("1 đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("86 buổi tuyên truyền pháp luật", 86, "oral_propaganda_sessions"),
        F("khoảng 17.400 lượt công nhân, lao động", 17400, "propaganda_audience", "approx"),
    ], traps=[("579 điểm cầu", 579), ("ngày 5/4/2024", 5), ("quý I/2024", 1), ("Trung ương 8", 8),
              ("khóa XIII", 13), ("tăng 18%", 18), ("quý I/2023", 1), ("Từ ngày 1/3", 1),
              ("Tháng 2/2024", 2), ("số 34 Lê Thái Tổ", 34), ("30 quận, huyện, thị xã", 30),
              ("93 năm", 93), ("(26/3/1931 – 26/3/2024)", 26), ("hơn 8,5 triệu dân", 8500000),
              ("số 3 Nhổn", 3), ("dài 8,5 km", 8.5), ("87,5% người được hỏi", 87.5),
              ("1900.1508", 1900), ("dự kiến tổ chức 4 hội nghị", 4), ("70 năm", 70)]),
]
