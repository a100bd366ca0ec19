"""Twenty-fifth held-out set (holdout25), part 3: a city-level article, articles covering
several units (one with a text table) and a Hanoi ward after the 2025 reform (2017-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. The texts
are new and written for this set; people's names are invented.

Decisions taken where the guide leaves room (kept the same across the set):
- h25_09 (city-level article, TP.HCM, nhiệm kỳ 2015 – 2020): "Thứ Hai, ngày 12/10/2020" is the
  document date. Everything is attributed to Ban Tuyên giáo Thành ủy / Thành ủy / "Thành phố",
  so the unit is the province; the period is the term as written, 2015-01-01..2020-12-31. The
  congress's days ("từ ngày 14 đến 17/10") and its term 2020 – 2025 are traps. "các đảng bộ trực
  thuộc tổ chức hơn 26.000 lớp" counts the city's classes (the subordinate committees are the
  subject). The Phó Trưởng ban Thường trực's quotation speaks for the city ("Chỉ thị 05" is a
  trap). The paragraph opening "Năm 2020, ..." dates its facts to 2020 (3 reporter conferences,
  the contest's "gần 420 nghìn lượt người dự thi", "kinh phí hỗ trợ 1,2 tỷ đồng" = `other`, "in
  500.000 tờ gấp" = `other`); the 24 quận, huyện connected and the anniversaries are traps.
  "25 trang thông tin điện tử (1 của Thành ủy, 24 của các quận, huyện ủy)": the total, at the
  document date ("hiện có"), the bracket its parts. "cả nhiệm kỳ" brings the news items and the
  7.400 reports back to the term. "khoảng 9 triệu dân", "GRDP ... 7,1%/năm" and the 2025 goals
  are traps.
- h25_10 (article on three units' study, từ đầu năm 2017 đến nay): "Thứ Năm, ngày 13/4/2017"
  is the document date, the period 2017-01-01..2017-04-13. The lead names the study (Nghị quyết
  Trung ương 4 khóa XII); the sections "* Quận Cầu Giấy", "* Quận Hà Đông", "* Huyện Chương Mỹ"
  carry their units, and their bare "hội nghị"/"lớp" count that study. "Ba địa phương" in the
  headline counts units (trap). Cầu Giấy: the universities and their students are traps, the
  Quận đoàn's "17 buổi nói chuyện ... cho 6.800 lượt đoàn viên, sinh viên" are the district's
  (audience masses). Hà Đông: "Dù tháng 1 quận chỉ tổ chức được 1 hội nghị" is dated January
  2017 (concession), "đến nay Quận ủy đã tổ chức 3 hội nghị" the article's span; the training
  classes name their own kind. Chương Mỹ: the Trưởng ban's quotation is the unit's ("một trăm lẻ
  năm lớp" = 105; "ở 36 đảng bộ xã, thị trấn và cơ quan" is where; "gần 600 đảng viên chưa tham
  gia" is `other`, at_most); population and communes are traps.
- h25_11 (text table, Cụm thi đua số 4: Quận 7, Quận 10, Quận Bình Tân, Quận Gò Vấp, 6 tháng
  cuối năm 2018): "Cập nhật 10/01/2019 15:20" is the document date. The table's header names one
  unit per column; each row's label names the indicator ("Hội nghị cấp quận học tập, quán triệt
  nghị quyết" and "Lớp học tập nghị quyết ở cơ sở" study_sessions, "Lượt đảng viên dự học"
  attendance of party members, "Tỷ lệ đảng viên tham gia (%)" the rate, "Lượt người nghe tuyên
  truyền miệng" propaganda_audience). Evidence of a cell is its row read up to that cell. The
  host's address ("số 474 đường 3 Tháng 2, phường 14"), "tăng 12 lớp so với cùng kỳ năm 2017",
  the model of "phường 12", "35-NQ/TW ngày 22/10/2018", the prizes and the 2019 targets are
  traps. "Quận 7 hiện có ..." gives stocks at the document date ("10 phường" is structure);
  "Quận 10 đăng 865 tin, bài ... trong 6 tháng" and Gò Vấp's "36 thí sinh" are the half-year's.
- h25_12 (ward news, Phường Láng, quý I năm 2026): no dateline, no sidecar; the document date is
  inferred from the latest full date in the text ("Sáng 27/3", year from the period) →
  2026-03-27, and the "hiện có" stocks take that date. The Phó Bí thư's quotation is the unit's
  ("58 chi bộ" as the subject is structure). The emoji lines under "Kết quả tuyên truyền bầu cử
  trong quý:" read like list lines: 96 buổi tuyên truyền (oral sessions), "hơn 8.400 lượt cử tri
  dự nghe" (propaganda_audience, audience `all`), banners and the van's runs `other`, the contest
  entries. The voters, polling areas, turnout, "Luật ... năm 2015", the tổ trưởng's quotation
  (tổ dân phố 17, 312 cử tri, 2 ngày), the proposal for 3 cá nhân and the quý II plans are traps.
"""
from build_gold import Doc, F, U, W, h2, inst, month, quarter, since, term, year

HCM = U("Thành phố Hồ Chí Minh")
CAUGIAY, HADONG, CHUONGMY = U("Quận Cầu Giấy"), U("Quận Hà Đông"), U("Huyện Chương Mỹ")
Q7, Q10, BINHTAN, GOVAP = U("Quận 7"), U("Quận 10"), U("Quận Bình Tân"), U("Quận Gò Vấp")
LANG = W("Phường Láng", "01")

# ---------------------------------------------------------------------------------------------
T09 = """
Thứ Hai, ngày 12/10/2020

Công tác tuyên giáo TP.HCM nhiệm kỳ 2015 – 2020: Đi trước một bước, bám sát cơ sở

(SGGP) – Đại hội đại biểu Đảng bộ TP.HCM lần thứ XI, nhiệm kỳ 2020 – 2025 sẽ diễn ra từ ngày 14 đến 17/10. Nhìn lại nhiệm kỳ 2015 – 2020, công tác tuyên giáo của Đảng bộ Thành phố đã để lại nhiều dấu ấn.

Theo Ban Tuyên giáo Thành ủy, trong nhiệm kỳ, Ban đã tham mưu Thành ủy, Ban Thường vụ Thành ủy ban hành hơn 1.200 văn bản lãnh đạo, chỉ đạo công tác chính trị, tư tưởng. Thành ủy tổ chức 48 hội nghị cấp thành phố học tập, quán triệt các nghị quyết Trung ương khóa XII; các đảng bộ trực thuộc tổ chức hơn 26.000 lớp với gần 3,2 triệu lượt cán bộ, đảng viên tham dự. Cả nhiệm kỳ, tỷ lệ đảng viên dự học bình quân đạt 94,8%. Thành ủy cũng mở 86 lớp bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Thành ủy quản lý, với 7.920 học viên.

Đồng chí Lâm Thị Ngọc Hoa, Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy, cho biết: “Điểm nhấn của nhiệm kỳ là việc học tập và làm theo Bác theo Chỉ thị 05. Thành phố triển khai 5 đợt sinh hoạt chính trị lớn, trong đó có đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh; Thành ủy khen thưởng 136 tập thể và 245 cá nhân điển hình.”

Năm 2020, dịch Covid-19 buộc nhiều hoạt động chuyển sang trực tuyến. Ban Tuyên giáo Thành ủy tổ chức 3 hội nghị báo cáo viên trực tuyến kết nối 24 quận, huyện; Cuộc thi trắc nghiệm “Tìm hiểu 90 năm lịch sử Đảng bộ Thành phố” thu hút gần 420 nghìn lượt người dự thi. Thành phố dành kinh phí hỗ trợ 1,2 tỷ đồng cho việc in tài liệu sinh hoạt chi bộ và in 500.000 tờ gấp tuyên truyền kỷ niệm 45 năm Ngày giải phóng miền Nam, 130 năm Ngày sinh Chủ tịch Hồ Chí Minh.

Trên không gian mạng, Thành phố hiện có 25 trang thông tin điện tử (1 của Thành ủy, 24 của các quận, huyện ủy), 312 trang fanpage chính danh và hơn 1.900 nhóm Zalo do cấp ủy cơ sở quản lý; cả nhiệm kỳ, các trang này đăng trên 180.000 tin, bài. Thành phố hiện có 4.315 báo cáo viên các cấp và 2.860 cộng tác viên dư luận xã hội; cả nhiệm kỳ, đội ngũ này gửi về Ban Tuyên giáo Thành ủy hơn 7.400 báo cáo tình hình tư tưởng, dư luận xã hội.

Với một đô thị khoảng 9 triệu dân, GRDP bình quân tăng 7,1%/năm trong nhiệm kỳ, công tác tuyên giáo còn nhiều việc phải làm. Nhiệm kỳ 2020 – 2025, Ban Tuyên giáo Thành ủy đặt mục tiêu 100% khu phố, ấp có nhóm Zalo do chi bộ quản lý và phấn đấu tỷ lệ đảng viên dự học đạt trên 95%.
"""
D09 = "2020-10-12"
P09 = term(2015, 2020)
NOW09 = inst(D09)

# ---------------------------------------------------------------------------------------------
T10 = """
Thứ Năm, ngày 13/4/2017

Ba địa phương cơ bản hoàn thành học tập Nghị quyết Trung ương 4 khóa XII

(HNM) – Từ đầu năm 2017 đến nay, quận Cầu Giấy, quận Hà Đông và huyện Chương Mỹ đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng gắn với Chỉ thị 05-CT/TW của Bộ Chính trị.

* Quận Cầu Giấy
Quận ủy tổ chức 2 hội nghị cho cán bộ chủ chốt; 8 đảng bộ phường và 56 chi, đảng bộ cơ sở mở 163 lớp, với 9.430 lượt cán bộ, đảng viên, đạt 97,4%. Trên địa bàn quận có gần 20 trường đại học, học viện với hơn 250 nghìn sinh viên; Quận đoàn phối hợp các trường tổ chức 17 buổi nói chuyện chuyên đề về Nghị quyết cho 6.800 lượt đoàn viên, sinh viên.

* Quận Hà Đông
Dù tháng 1 quận chỉ tổ chức được 1 hội nghị do trùng dịp Tết Đinh Dậu, đến nay Quận ủy đã tổ chức 3 hội nghị; các đảng bộ phường và đảng bộ cơ sở mở 245 lớp với 14.872 lượt cán bộ, đảng viên, tỷ lệ đạt 96,1%; riêng quần chúng có 4.260 lượt dự nghe. Trung tâm Bồi dưỡng chính trị quận mở 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 276 học viên.

* Huyện Chương Mỹ
Với hơn 330 nghìn dân và 32 xã, thị trấn, Chương Mỹ là địa bàn rộng, nhiều đảng viên đi làm ăn xa. Huyện ủy tổ chức 02 hội nghị cho cán bộ chủ chốt. “Toàn huyện đã mở một trăm lẻ năm lớp ở 36 đảng bộ xã, thị trấn và cơ quan, với 11.340 lượt cán bộ, đảng viên tham dự; gần 600 đảng viên chưa tham gia do đi làm ăn xa, ốm đau”, đồng chí Đỗ Văn Thắng, Trưởng ban Tuyên giáo Huyện ủy Chương Mỹ cho biết. Theo kế hoạch, các đảng viên này sẽ học bù trong tháng 5.

Theo Ban Tuyên giáo Thành ủy, các quận, huyện, thị ủy phải hoàn thành việc học tập Nghị quyết ở cơ sở trước ngày 30/4/2017.
"""
D10 = "2017-04-13"
P10 = since("2017-01-01", D10)

# ---------------------------------------------------------------------------------------------
ROWS11 = [
    ("Văn bản chỉ đạo ban hành", ["18", "14", "21", "16"], "documents_issued", "all"),
    ("Hội nghị cấp quận học tập, quán triệt nghị quyết", ["2", "3", "4", "2"],
     "study_sessions", "all"),
    ("Lớp học tập nghị quyết ở cơ sở", ["96", "88", "154", "131"], "study_sessions", "all"),
    ("Lượt đảng viên dự học", ["6.320", "5.874", "9.905", "8.416"], "study_attendance",
     "party_members"),
    ("Tỷ lệ đảng viên tham gia (%)", ["96,4", "97,12", "95,08", "96,7"],
     "study_participation_rate", "all"),
    ("Buổi nói chuyện chuyên đề, thời sự", ["34", "27", "45", "38"],
     "oral_propaganda_sessions", "all"),
    ("Lượt người nghe tuyên truyền miệng", ["4.210", "3.560", "6.890", "5.120"],
     "propaganda_audience", "all"),
    ("Báo cáo dư luận xã hội", ["28", "24", "31", "26"], "opinion_reports", "all"),
]
COLS11 = [Q7, Q10, BINHTAN, GOVAP]
TABLE11 = "\n".join(["Chỉ tiêu | Quận 7 | Quận 10 | Quận Bình Tân | Quận Gò Vấp"]
                    + [" | ".join([label] + cells) for label, cells, _, _ in ROWS11])


def _value(cell: str) -> float:
    return float(cell.replace(".", "").replace(",", "."))


def _table_facts() -> list[F]:
    """One fact per cell; its evidence is the row read up to that cell (unique in the text)."""
    out: list[F] = []
    for label, cells, code, aud in ROWS11:
        for i, (unit, cell) in enumerate(zip(COLS11, cells)):
            out.append(F(" | ".join([label] + cells[:i + 1]), _value(cell), code, a=aud,
                         unit=unit))
    return out


T11 = """
Cập nhật 10/01/2019 15:20

Cụm thi đua số 4 sơ kết công tác tuyên giáo 6 tháng cuối năm 2018

(Thanhuytphcm.vn) – Sáng 9/1, tại Hội trường Quận ủy Quận 10 (số 474 đường 3 Tháng 2, phường 14), Cụm thi đua số 4 của Ban Tuyên giáo Thành ủy, gồm Ban Tuyên giáo Quận ủy Quận 7, Quận 10, quận Bình Tân và quận Gò Vấp, tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng cuối năm 2018.

Báo cáo của Cụm cho thấy các đơn vị đã bám sát chỉ đạo của Ban Tuyên giáo Thành ủy, tập trung tuyên truyền kỷ niệm 73 năm Cách mạng Tháng Tám và Quốc khánh 2/9, 88 năm Ngày truyền thống ngành Tuyên giáo của Đảng (1/8/1930 – 1/8/2018); kịp thời quán triệt Nghị quyết 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng.

Kết quả chủ yếu của các đơn vị trong 6 tháng cuối năm 2018:

{table}

Quận Bình Tân là đơn vị có số lớp học tập nghị quyết nhiều nhất Cụm, tăng 12 lớp so với cùng kỳ năm 2017. Quận Gò Vấp giới thiệu mô hình “Chi bộ khu phố 4 tốt” của phường 12, được các đại biểu đánh giá cao.

Về công tác trên không gian mạng, Quận 7 hiện có 1 trang thông tin điện tử, 11 trang fanpage của quận và 10 phường cùng 214 nhóm Zalo khu phố với gần 16.000 thành viên. Trong 6 tháng, Quận 10 đăng 865 tin, bài trên trang thông tin điện tử quận. Quận Gò Vấp tổ chức Hội thi “Tuyên truyền viên giỏi” với 36 thí sinh đến từ 16 phường, trao 1 giải Nhất, 2 giải Nhì.

Năm 2019, Cụm thống nhất Quận 7 giữ vai trò Cụm trưởng; các đơn vị phấn đấu tỷ lệ đảng viên dự học đạt trên 96%, mỗi phường có ít nhất 2 fanpage chính danh.
""".replace("{table}", TABLE11)
D11 = "2019-01-10"
P11 = h2(2018)
NOW11 = inst(D11)

# ---------------------------------------------------------------------------------------------
T12 = """
Phường Láng: Quý I/2026 – học Nghị quyết Đại hội XIV, đưa thông tin bầu cử tới từng tổ dân phố

Quý I năm 2026, Đảng ủy phường Láng tập trung hai nhiệm vụ lớn: học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031.

Sáng 27/3, tại hội nghị sơ kết quý I, đồng chí Trần Quốc Bảo, Phó Bí thư Đảng ủy phường Láng, cho biết: “Ngay sau Đại hội, Đảng ủy tổ chức 2 hội nghị học tập, quán triệt Nghị quyết cho cán bộ chủ chốt; 58 chi bộ đã học tập xong với 3.187 lượt đảng viên, đạt 95,5%. Các chi bộ cũng tổ chức 74 buổi sinh hoạt thảo luận về các văn kiện Đại hội.”

Phường có khoảng 68.000 cử tri, được chia thành 38 khu vực bỏ phiếu. Ngày 15/3, tỷ lệ cử tri đi bầu của phường đạt 99,62%.

Kết quả tuyên truyền bầu cử trong quý:
✅ 96 buổi tuyên truyền tại các tổ dân phố, với hơn 8.400 lượt cử tri dự nghe
✅ Treo 860 băng rôn, khẩu hiệu; đội xe loa chạy 145 lượt
✅ Trang thông tin điện tử phường đăng 214 tin, bài; fanpage “Phường Láng” đăng 329 tin, ảnh, video clip
✅ Cuộc thi trực tuyến tìm hiểu Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015 – lượt dự thi: 6.932

Bà Nguyễn Thị Lụa, tổ trưởng tổ dân phố 17, chia sẻ: “Tổ có 312 cử tri, tôi đi từng nhà phát thẻ cử tri, 2 ngày là xong.”

Trên không gian mạng, phường hiện có 61 nhóm Zalo tổ dân phố với gần 21.000 thành viên, là kênh chính để thông báo lịch tiếp xúc cử tri. Trong quý, Đảng ủy tiếp nhận 19 báo cáo dư luận xã hội; khen thưởng 9 tập thể, 14 cá nhân có thành tích trong công tác bầu cử và trình UBND Thành phố tặng bằng khen cho 3 cá nhân.

Quý II, phường dự kiến mở 4 lớp bồi dưỡng cho cán bộ tổ dân phố mới kiện toàn và lập thêm 5 nhóm Zalo.
"""
D12 = "2026-03-27"
P12 = quarter(1, 2026)
NOW12 = inst(D12)

DOCS = [
    Doc("h25_09_hcm_city_term_2015_2020", T09, HCM, P09, D09, "text", facts=[
        F("hơn 1.200 văn bản", 1200, "documents_issued", "at_least"),
        F("48 hội nghị cấp thành phố", 48, "study_sessions"),
        F("hơn 26.000 lớp", 26000, "study_sessions", "at_least"),
        F("gần 3,2 triệu lượt cán bộ, đảng viên", 3_200_000, "study_attendance", "at_most",
          a="party_members"),
        F("bình quân đạt 94,8%", 94.8, "study_participation_rate"),
        F("mở 86 lớp bồi dưỡng", 86, "training_classes"),
        F("7.920 học viên", 7920, "trainees"),
        F("5 đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("khen thưởng 136 tập thể", 136, "commended_collectives"),
        F("245 cá nhân", 245, "commended_individuals"),
        F("3 hội nghị báo cáo viên", 3, "reporter_conferences", p=year(2020)),
        F("gần 420 nghìn lượt người dự thi", 420_000, "contest_entries", "at_most",
          p=year(2020)),
        F("kinh phí hỗ trợ 1,2 tỷ đồng", 1_200_000_000, "other", p=year(2020)),
        F("in 500.000 tờ gấp", 500_000, "other", p=year(2020)),
        F("25 trang thông tin điện tử", 25, "websites", p=NOW09),
        F("312 trang fanpage", 312, "social_pages", p=NOW09),
        F("hơn 1.900 nhóm Zalo", 1900, "chat_groups", "at_least", p=NOW09),
        F("trên 180.000 tin, bài", 180_000, "news_items", "at_least"),
        F("4.315 báo cáo viên", 4315, "reporters", p=NOW09),
        F("2.860 cộng tác viên", 2860, "opinion_collaborators", p=NOW09),
        F("hơn 7.400 báo cáo", 7400, "opinion_reports", "at_least"),
    ], traps=[("12/10/2020", 12), ("nhiệm kỳ 2015 – 2020", 2015),
              ("nhiệm kỳ 2020 – 2025", 2020), ("Nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 14", 14), ("17/10", 17), ("Chỉ thị 05", 5), ("50 năm", 50),
              ("Năm 2020", 2020), ("Covid-19", 19), ("24 quận, huyện", 24),
              ("90 năm", 90), ("45 năm", 45), ("130 năm", 130), ("(1 của Thành ủy", 1),
              ("24 của các quận", 24), ("khoảng 9 triệu dân", 9_000_000),
              ("7,1%/năm", 7.1), ("100% khu phố", 100), ("trên 95%", 95)]),
    Doc("h25_10_three_units_ytd_2017", T10, CAUGIAY, P10, D10, "text", facts=[
        F("Quận ủy tổ chức 2 hội nghị", 2, "study_sessions", unit=CAUGIAY),
        F("mở 163 lớp", 163, "study_sessions", unit=CAUGIAY),
        F("9.430 lượt cán bộ, đảng viên", 9430, "study_attendance", a="party_members",
          unit=CAUGIAY),
        F("đạt 97,4%", 97.4, "study_participation_rate", unit=CAUGIAY),
        F("17 buổi nói chuyện", 17, "oral_propaganda_sessions", unit=CAUGIAY),
        F("6.800 lượt đoàn viên, sinh viên", 6800, "propaganda_audience", a="masses",
          unit=CAUGIAY),
        F("chỉ tổ chức được 1 hội nghị", 1, "study_sessions", unit=HADONG,
          p=month(1, 2017)),
        F("đã tổ chức 3 hội nghị", 3, "study_sessions", unit=HADONG),
        F("mở 245 lớp", 245, "study_sessions", unit=HADONG),
        F("14.872 lượt cán bộ, đảng viên", 14872, "study_attendance", a="party_members",
          unit=HADONG),
        F("tỷ lệ đạt 96,1%", 96.1, "study_participation_rate", unit=HADONG),
        F("4.260 lượt dự nghe", 4260, "study_attendance", a="masses", unit=HADONG),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes", unit=HADONG),
        F("276 học viên", 276, "trainees", unit=HADONG),
        F("tổ chức 02 hội nghị", 2, "study_sessions", unit=CHUONGMY),
        F("một trăm lẻ năm lớp", 105, "study_sessions", unit=CHUONGMY),
        F("11.340 lượt cán bộ, đảng viên", 11340, "study_attendance", a="party_members",
          unit=CHUONGMY),
        F("gần 600 đảng viên chưa tham gia", 600, "other", "at_most", unit=CHUONGMY),
    ], traps=[("13/4/2017", 13), ("Ba địa phương", 3), ("Trung ương 4", 4),
              ("năm 2017", 2017), ("05-CT/TW", 5), ("8 đảng bộ phường", 8),
              ("56 chi, đảng bộ", 56), ("gần 20 trường", 20),
              ("hơn 250 nghìn sinh viên", 250_000), ("tháng 1", 1),
              ("hơn 330 nghìn dân", 330_000), ("32 xã, thị trấn", 32),
              ("36 đảng bộ xã", 36), ("tháng 5", 5), ("30/4/2017", 30)]),
    Doc("h25_11_cluster4_h2_2018_table", T11, Q7, P11, D11, "text", facts=_table_facts() + [
        F("1 trang thông tin điện tử", 1, "websites", unit=Q7, p=NOW11),
        F("11 trang fanpage", 11, "social_pages", unit=Q7, p=NOW11),
        F("214 nhóm Zalo", 214, "chat_groups", unit=Q7, p=NOW11),
        F("gần 16.000 thành viên", 16000, "chat_group_members", "at_most", unit=Q7,
          p=NOW11),
        F("đăng 865 tin, bài", 865, "news_items", unit=Q10),
        F("với 36 thí sinh", 36, "contest_entries", unit=GOVAP),
    ], traps=[("10/01/2019", 10), ("15:20", 15), ("Cụm thi đua số 4", 4),
              ("6 tháng cuối năm 2018", 6), ("Sáng 9/1", 9), ("Quận 10", 10),
              ("Quận 7", 7), ("số 474", 474), ("đường 3 Tháng 2", 3), ("phường 14", 14),
              ("73 năm", 73), ("Quốc khánh 2/9", 2), ("88 năm", 88), ("1/8/1930", 1),
              ("1/8/2018", 1), ("35-NQ/TW", 35), ("22/10/2018", 22), ("tăng 12 lớp", 12),
              ("năm 2017", 2017), ("4 tốt", 4), ("phường 12", 12), ("10 phường", 10),
              ("Trong 6 tháng", 6), ("16 phường", 16), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("Năm 2019", 2019), ("trên 96%", 96),
              ("ít nhất 2 fanpage", 2)]),
    Doc("h25_12_lang_q1_2026_inferred", T12, LANG, P12, D12, "inferred", facts=[
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
        F("3.187 lượt đảng viên", 3187, "study_attendance", a="party_members"),
        F("đạt 95,5%", 95.5, "study_participation_rate"),
        F("74 buổi sinh hoạt thảo luận", 74, "party_cell_discussions"),
        F("96 buổi tuyên truyền", 96, "oral_propaganda_sessions"),
        F("hơn 8.400 lượt cử tri", 8400, "propaganda_audience", "at_least"),
        F("Treo 860 băng rôn", 860, "other"),
        F("chạy 145 lượt", 145, "other"),
        F("đăng 214 tin, bài", 214, "news_items"),
        F("329 tin, ảnh, video clip", 329, "news_items"),
        F("lượt dự thi: 6.932", 6932, "contest_entries"),
        F("hiện có 61 nhóm Zalo", 61, "chat_groups", p=NOW12),
        F("gần 21.000 thành viên", 21000, "chat_group_members", "at_most", p=NOW12),
        F("19 báo cáo dư luận xã hội", 19, "opinion_reports"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("14 cá nhân", 14, "commended_individuals"),
    ], traps=[("Quý I/2026", 2026), ("năm 2026", 2026), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026), ("Sáng 27/3", 27), ("58 chi bộ", 58),
              ("khoảng 68.000 cử tri", 68000), ("38 khu vực bỏ phiếu", 38),
              ("Ngày 15/3", 15), ("99,62%", 99.62), ("năm 2015", 2015),
              ("tổ dân phố 17", 17), ("312 cử tri", 312), ("2 ngày", 2),
              ("cho 3 cá nhân", 3), ("mở 4 lớp", 4), ("thêm 5 nhóm", 5)]),
]
