"""Seventh held-out set (holdout7), part 3: city-level reports (Ban Tuyên giáo Thành ủy, a Sở,
Liên đoàn Lao động, Thành Đoàn), Ho Chi Minh City 2017 and Hanoi 2020-2025. Written in
session 7 from docs/LABELING.md, tests/eval/README.md, the earlier label sources (format only)
and the seeds, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- syn_709 opens with a dated sentence ("Ngày 12-1-2018, ... tổng kết công tác tuyên giáo năm
  2017 và triển khai nhiệm vụ năm 2018") before its headline: the article period is 2017, the
  year of the tasks is a trap.
- Items published by "các cơ quan báo chí thành phố" as reported by the Sở Thông tin và
  Truyền thông are the province's (city-level body); "ước tính" is approx.
- A count of the unit's own work programmes ("7 chương trình đột phá") is a named programme:
  trap. "bình quân mỗi tháng 1 hội nghị" and "mỗi số 18.000 cuốn" are per-item figures: traps.
- A Party leader's quoted target ("Năm 2018 phải bảo đảm ít nhất 95% ...") is a target: trap.
- An award announced for later ("sẽ được trao cho 10 tập thể") is future: trap.
- "186.320 lượt đoàn viên, thanh niên dự thi" is contest_entries (audience all: only
  attendance and audience counts are split).
- The network of opinion collaborators stated with no marker and no period in its sentence
  ("gồm 1.115 người") is a stock at the end of the article period (2017-12-31).
- syn_710 is a term report dated 5/9/2025: flows take the term as written (2020-01-01 ..
  2025-12-31); its stocks carry "hiện có" and take the document date; "Năm 2023, ..." opens a
  paragraph and dates it; "Riêng năm 2024, ..." dates its own sentence. Numbered sub-headings
  ("1. Học tập, ...") are not unit sections; their digits are traps. Every number under
  "II. PHƯƠNG HƯỚNG, NHIỆM VỤ ..." is a trap; the city's count of communes/wards after the
  merger ("hiện có 126 xã, phường") is a trap.
"""
from build_gold import Doc, F, U, end_of, inst, term, year

HCM, HN = U("79"), U("01")

# ---------------------------------------------------------------------------------------------
T709 = """
Ngày 12-1-2018, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2017 và triển khai nhiệm vụ năm 2018.

TP.HCM: Công tác tuyên giáo năm 2017 đi vào chiều sâu

Hội nghị diễn ra tại hội trường số 127 Trương Định, phường 6, Quận 3, với sự tham dự của đại diện 24 quận, huyện và các đảng bộ trực thuộc. Thành phố hiện có hơn 8,4 triệu dân; GRDP năm 2017 tăng 8,25%, chiếm khoảng 23% GDP cả nước.

Theo báo cáo, năm qua Ban Thường vụ Thành ủy đã ban hành 52 văn bản chỉ đạo về công tác tuyên giáo, trong đó có các kế hoạch thực hiện 7 chương trình đột phá của nhiệm kỳ. Thành ủy tổ chức 4 hội nghị trực tuyến học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XII, với 312.480 lượt cán bộ, đảng viên dự; tỷ lệ đảng viên tham gia học tập bình quân đạt 94,7%.

Ban Tuyên giáo Thành ủy tổ chức 12 hội nghị báo cáo viên thành phố (bình quân mỗi tháng 1 hội nghị). Lực lượng báo cáo viên Thành ủy hiện có 96 đồng chí. Mạng lưới cộng tác viên dư luận xã hội của thành phố gồm 1.115 người, đã thực hiện 74 báo cáo tình hình dư luận xã hội gửi Thường trực Thành ủy. Bản tin Thông báo nội bộ phát hành 24 số, mỗi số 18.000 cuốn.

Sở Thông tin và Truyền thông cho biết, các cơ quan báo chí thành phố đã đăng, phát ước tính 42.000 tin, bài tuyên truyền các sự kiện chính trị. Liên đoàn Lao động Thành phố tổ chức 320 buổi nói chuyện chuyên đề cho hơn 58.000 lượt công nhân, lao động. Cuộc thi “Tuổi trẻ Thành phố Hồ Chí Minh với Hiến pháp và pháp luật” do Thành Đoàn phát động có 186.320 lượt đoàn viên, thanh niên dự thi.

“Năm 2018 phải bảo đảm ít nhất 95% đảng viên được học tập nghị quyết, không để sót chi bộ nào”, đồng chí Phó Bí thư Thành ủy nhấn mạnh khi phát biểu chỉ đạo.

Dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 35 tập thể và 64 cá nhân. Bằng khen của Ủy ban nhân dân Thành phố sẽ được trao cho 10 tập thể vào dịp kỷ niệm 88 năm Ngày thành lập Đảng.
"""
D709 = "2018-01-12"
P709 = year(2017)

# ---------------------------------------------------------------------------------------------
T710 = """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HÀ NỘI

Hà Nội, ngày 05 tháng 9 năm 2025

BÁO CÁO TÓM TẮT
Kết quả công tác tuyên giáo nhiệm kỳ 2020 – 2025 của Đảng bộ thành phố Hà Nội
(phục vụ Đại hội đại biểu Đảng bộ thành phố lần thứ XVIII)

Thủ đô hiện có 126 xã, phường sau sắp xếp, diện tích hơn 3.359 km2 và dân số trên 8,7 triệu người. Trong nhiệm kỳ, công tác tuyên giáo của Đảng bộ thành phố đạt nhiều kết quả quan trọng.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết

Thành ủy đã tổ chức 58 hội nghị trực tiếp kết hợp trực tuyến học tập, quán triệt các nghị quyết, chỉ thị, kết luận của Trung ương và Thành ủy, với gần 2,6 triệu lượt cán bộ, đảng viên tham dự; tỷ lệ đảng viên dự học bình quân đạt 95,8%.

Năm 2023, Thành ủy tập trung quán triệt Kết luận số 01-KL/TW và các chuyên đề về xây dựng Đảng; 14 hội nghị đã được tổ chức, thu hút 548 nghìn lượt cán bộ, đảng viên. Các chi bộ trên toàn thành phố tổ chức trên 40.000 buổi sinh hoạt chuyên đề.

2. Tuyên truyền, báo cáo viên

Ban Tuyên giáo Thành ủy (nay là Ban Tuyên giáo và Dân vận Thành ủy) đã tổ chức 41 hội nghị báo cáo viên thành phố; đội ngũ báo cáo viên Thành ủy hiện có 112 đồng chí. Ban phối hợp các cơ quan báo chí của thành phố đăng, phát trên 1,1 triệu tin, bài; các cuộc thi tìm hiểu do Ban phát động thu hút hơn 1,5 triệu lượt người dự thi. Riêng năm 2024, Thành ủy phát động hai đợt sinh hoạt chính trị trong toàn Đảng bộ.

3. Nắm bắt dư luận xã hội

Đội ngũ cộng tác viên dư luận xã hội cấp thành phố hiện có 150 người. Cả nhiệm kỳ, Ban đã thực hiện 286 báo cáo tổng hợp dư luận xã hội phục vụ lãnh đạo, chỉ đạo. Ban Chỉ đạo 35 thành phố được kiện toàn sau khi sắp xếp bộ máy.

4. Thi đua, khen thưởng

Ban Thường vụ Thành ủy tặng bằng khen cho 48 tập thể và 96 cá nhân có thành tích xuất sắc trong công tác tuyên giáo giai đoạn 2020 – 2025.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 – 2030

Phấn đấu hằng năm 100% tổ chức đảng tổ chức học tập nghị quyết; tối thiểu 96% đảng viên dự học; duy trì ít nhất 10 hội nghị báo cáo viên mỗi năm và xây dựng 126 trang thông tin của các xã, phường.
"""
D710 = "2025-09-05"
P710 = term(2020, 2025)

DOCS = [
    Doc("syn_709_hcm_city_2017", T709, HCM, P709, D709, "text", facts=[
        F("ban hành 52 văn bản", 52, "documents_issued"),
        F("tổ chức 4 hội nghị trực tuyến", 4, "study_sessions"),
        F("312.480 lượt cán bộ, đảng viên", 312480, "study_attendance", a="party_members"),
        F("bình quân đạt 94,7%", 94.7, "study_participation_rate"),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("hiện có 96 đồng chí", 96, "reporters", p=inst(D709)),
        F("gồm 1.115 người", 1115, "opinion_collaborators", p=end_of(P709)),
        F("thực hiện 74 báo cáo", 74, "opinion_reports"),
        F("phát hành 24 số", 24, "news_items"),
        F("ước tính 42.000 tin, bài", 42000, "news_items", "approx"),
        F("320 buổi nói chuyện", 320, "oral_propaganda_sessions"),
        F("hơn 58.000 lượt công nhân, lao động", 58000, "propaganda_audience", "at_least"),
        F("186.320 lượt đoàn viên, thanh niên dự thi", 186320, "contest_entries"),
        F("giấy khen cho 35 tập thể", 35, "commended_collectives"),
        F("64 cá nhân", 64, "commended_individuals"),
    ], traps=[("Ngày 12-1-2018", 12), ("năm 2018", 2018), ("số 127 Trương Định", 127),
              ("phường 6", 6), ("Quận 3", 3), ("24 quận, huyện", 24),
              ("hơn 8,4 triệu dân", 8400000), ("tăng 8,25%", 8.25),
              ("khoảng 23% GDP", 23), ("7 chương trình đột phá", 7), ("Trung ương 6", 6),
              ("khóa XII", 12), ("mỗi tháng 1 hội nghị", 1), ("mỗi số 18.000 cuốn", 18000),
              ("“Năm 2018", 2018), ("ít nhất 95% đảng viên", 95),
              ("trao cho 10 tập thể", 10), ("88 năm", 88)]),
    Doc("syn_710_hanoi_city_2020_2025", T710, HN, P710, D710, "text", facts=[
        F("tổ chức 58 hội nghị", 58, "study_sessions"),
        F("gần 2,6 triệu lượt cán bộ, đảng viên", 2600000, "study_attendance", "at_most",
          a="party_members"),
        F("bình quân đạt 95,8%", 95.8, "study_participation_rate"),
        F("14 hội nghị đã được tổ chức", 14, "study_sessions", p=year(2023)),
        F("548 nghìn lượt cán bộ, đảng viên", 548000, "study_attendance",
          a="party_members", p=year(2023)),
        F("trên 40.000 buổi sinh hoạt chuyên đề", 40000, "party_cell_discussions",
          "at_least", p=year(2023)),
        F("tổ chức 41 hội nghị báo cáo viên", 41, "reporter_conferences"),
        F("hiện có 112 đồng chí", 112, "reporters", p=inst(D710)),
        F("trên 1,1 triệu tin, bài", 1100000, "news_items", "at_least"),
        F("hơn 1,5 triệu lượt người dự thi", 1500000, "contest_entries", "at_least"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns", p=year(2024)),
        F("hiện có 150 người", 150, "opinion_collaborators", p=inst(D710)),
        F("thực hiện 286 báo cáo", 286, "opinion_reports"),
        F("bằng khen cho 48 tập thể", 48, "commended_collectives"),
        F("96 cá nhân", 96, "commended_individuals"),
    ], traps=[("ngày 05 tháng 9 năm 2025", 5), ("nhiệm kỳ 2020 – 2025", 2020),
              ("lần thứ XVIII", 18), ("126 xã, phường", 126), ("hơn 3.359 km2", 3359),
              ("trên 8,7 triệu người", 8700000), ("1. Học tập", 1), ("Năm 2023", 2023),
              ("01-KL/TW", 1), ("2. Tuyên truyền", 2), ("Riêng năm 2024", 2024),
              ("3. Nắm bắt", 3), ("Ban Chỉ đạo 35", 35), ("4. Thi đua", 4),
              ("giai đoạn 2020 – 2025", 2020), ("NHIỆM KỲ 2025 – 2030", 2025),
              ("100% tổ chức đảng", 100), ("96% đảng viên", 96),
              ("ít nhất 10 hội nghị", 10), ("126 trang thông tin", 126)]),
]
