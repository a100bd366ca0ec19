"""Held-out set holdout62, part 4: Hanoi reports written as tables and bullet lists.

Three reports: a district's year-end report with a table whose columns are measures and a
two-cell "Hình thức | Số lượng" table (Long Biên, 2024), a cluster meeting article with a table
whose columns are districts, pasted with runs of spaces, on "từ đầu năm 2021 đến nay" (Thanh Trì,
Thường Tín, Phú Xuyên) and a new ward's fanpage post with ✅ lines on a quarter (Phường Thanh
Xuân, Q1 2026). Written from docs/LABELING.md, tests/eval/build_gold.py, the seeds and the
sample reports only, without reading the extractor.

Decisions where the guide leaves room:
- Long Biên: the measures table's "Tổng cộng" row is a fact in each column, the rate column's
  total (95,72) too, as the average rate of the three studies. The two-cell "Hình thức | Số
  lượng" table reads like a measures table: "Lượt người nghe" → propaganda_audience, "Video,
  infographic trên fanpage ..." → news_items, "Pano, băng rôn, khẩu hiệu" → `other`. "các sản
  phẩm ... có lượt tiếp cận ước đạt 1,2 triệu" → propaganda_audience (approx) of the year.
  "xếp thứ 2/30" and the proposed award for "2 tập thể" are traps; the year-2025 heading is a plan
  heading.
- Cluster article: "từ đầu năm 2021 đến nay" → 2021-01-01..document date (2021-08-20) for the
  table and the prose. The table's unit columns give the units; its rank row is a trap. The
  Thường Tín official's quotation opens with "Từ ngày 24/7 đến nay": the 1.150 mobilised youth
  (`other`) run from 2021-07-24; "Hiện huyện có 305 nhóm Zalo ... khoảng 41.000 thành viên" are at
  the document date. "phát 48 kỳ chuyên mục" → news_items of Phú Xuyên.
- Thanh Xuân post: "✅ 58 lớp ở các chi bộ ..." goes on from the line above (study of the
  congress resolution) → study_sessions, its attendance and the bracketed rate; "khoảng 9.800
  lượt cử tri" → propaganda_audience, audience `all` (voters); "Treo 1.200 băng rôn, cờ phướn"
  and "lượt xe loa tuyên truyền lưu động: 96" → `other`; the reactions line, the hashtag year and
  the turnout are traps; the post stamp gives the document date.
"""
from build_gold import Doc, F, U, W, inst, quarter, since, year

LBI = U("Quận Long Biên")
TTR, TTI, PXU = U("Huyện Thanh Trì"), U("Huyện Thường Tín"), U("Huyện Phú Xuyên")
TXU = W("Phường Thanh Xuân", "01")

T10 = """
QUẬN ỦY LONG BIÊN
BAN TUYÊN GIÁO
Số 215-BC/BTGQU
Long Biên, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2024

I. KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT, CHỈ THỊ, QUY ĐỊNH

Năm 2024, Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành 38 văn bản lãnh đạo, chỉ đạo công tác tư tưởng, đồng thời tổ chức học tập, quán triệt các văn bản của Trung ương, Thành ủy theo đúng kế hoạch. Kết quả cụ thể:

Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)
Nghị quyết Hội nghị Trung ương 8 khóa XIII | 16 | 11.842 | 96,21
Luật Thủ đô năm 2024 | 14 | 10.960 | 95,07
Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng | 15 | 11.215 | 95,88
Tổng cộng | 45 | 34.017 | 95,72

II. CÔNG TÁC TUYÊN TRUYỀN

Trọng tâm tuyên truyền năm 2024 là kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024), 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024) và công tác khắc phục hậu quả cơn bão số 3 (Yagi).

Hình thức | Số lượng
Buổi tuyên truyền miệng, nói chuyện chuyên đề | 164
Lượt người nghe | 15.300
Tin, bài trên cổng thông tin điện tử quận | 1.026
Video, infographic trên fanpage “Long Biên ngày mới” | 284
Pano, băng rôn, khẩu hiệu | 3.650

Fanpage “Long Biên ngày mới” hiện có gần 47.000 người theo dõi; các sản phẩm về Lễ kỷ niệm 70 năm Ngày Giải phóng Thủ đô có lượt tiếp cận ước đạt 1,2 triệu.

III. CÔNG TÁC NẮM BẮT DƯ LUẬN XÃ HỘI

Tính đến ngày 30/11/2024, quận có 74 cộng tác viên dư luận xã hội. Trong năm, Ban Tuyên giáo tổng hợp 48 báo cáo dư luận định kỳ và 17 báo cáo đột xuất gửi Ban Tuyên giáo Thành ủy, tập trung vào dư luận quanh việc khắc phục hậu quả bão và tiến độ dự án cầu Tứ Liên.

IV. CÔNG TÁC THI ĐUA, KHEN THƯỞNG

Ban Thường vụ Quận ủy tặng giấy khen cho 12 tập thể và 21 cá nhân; đề nghị Ban Tuyên giáo Thành ủy tặng bằng khen cho 2 tập thể. Ban Tuyên giáo Quận ủy được xếp thứ 2/30 trong khối quận, huyện, thị xã.

V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Tổ chức học tập, quán triệt các nghị quyết, kết luận của Trung ương về sắp xếp tổ chức bộ máy cho 100% cán bộ, đảng viên.
2. Duy trì ít nhất 150 buổi tuyên truyền miệng; phát triển fanpage của quận đạt 60.000 người theo dõi.
3. Tổ chức hội thi báo cáo viên giỏi cấp quận.
"""


def _row(label: str, *cells: str) -> str:
    return label.ljust(40) + "".join(c.rjust(12) for c in cells)


ROWS = [
    ("Hội nghị, lớp học tập nghị quyết", "242", "318", "276"),
    ("Lượt cán bộ, đảng viên dự học", "14.520", "17.865", "15.092"),
    ("Tỷ lệ đảng viên tham gia (%)", "96,4", "95,8", "95,1"),
    ("Buổi tuyên truyền về bầu cử", "186", "210", "175"),
    ("Tin, bài trên trang thông tin điện tử", "642", "518", "407"),
    ("Xếp thứ trong cụm", "2", "1", "3"),
]
TABLE11 = "\n".join([_row("Chỉ tiêu", "Thanh Trì", "Thường Tín", "Phú Xuyên")]
                    + [_row(*r) for r in ROWS])


def _cell(r: int, c: int) -> str:
    """A cell with what stands before it on its row: the label's last word or the cell before."""
    label, *cells = ROWS[r]
    line = _row(*ROWS[r])
    before = label.split()[-1] if c == 0 else cells[c - 1]
    end = len(label.ljust(40)) + 12 * (c + 1)
    start = line.rindex(before, 0, end - len(cells[c]))
    return line[start:end]


T11 = """
Cụm thi đua số 6: Thanh Trì, Thường Tín, Phú Xuyên giữ nhịp công tác tuyên giáo giữa mùa dịch

Ngày 20/8/2021, Cụm thi đua số 6 của Ban Tuyên giáo Thành ủy Hà Nội, gồm ba huyện Thanh Trì, Thường Tín và Phú Xuyên, tổ chức giao ban trực tuyến đánh giá công tác tuyên giáo từ đầu năm 2021 đến nay.

Theo báo cáo của Cụm, từ đầu năm đến nay, ba huyện đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XVII Đảng bộ Thành phố; tuyên truyền thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026. Một số kết quả chủ yếu:

""" + TABLE11 + """

Tại Thanh Trì, Ban Tuyên giáo Huyện ủy chú trọng kênh mạng xã hội: fanpage “Thanh Trì ngày mới” hiện có gần 18.000 người theo dõi, các nhóm Zalo thôn, tổ dân phố trở thành kênh chuyển tải nhanh thông tin phòng, chống dịch Covid-19 tới từng hộ gia đình.

Đồng chí Nguyễn Văn Dũng, Trưởng ban Tuyên giáo Huyện ủy Thường Tín, cho biết: “Từ ngày 24/7 đến nay, huyện đã vận động 1.150 đoàn viên, thanh niên tham gia các tổ tuyên truyền lưu động, đi từng ngõ, xóm nhắc người dân thực hiện giãn cách. Hiện huyện có 305 nhóm Zalo thôn, xóm với khoảng 41.000 thành viên”.

Huyện Phú Xuyên tổ chức Cuộc thi trắc nghiệm trực tuyến tìm hiểu Nghị quyết Đại hội XIII của Đảng, thu hút 10.937 lượt người dự thi; Đài Truyền thanh huyện phát 48 kỳ chuyên mục “Phú Xuyên hôm nay”.

Kết luận giao ban, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đề nghị các huyện trong cụm tập trung tuyên truyền phòng, chống dịch trong 4 tháng cuối năm, đồng thời chuẩn bị tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.
"""

T12 = """
Phường Thanh Xuân
02 tháng 4, 2026 lúc 09:15 · 🌏

📌 NHÌN LẠI CÔNG TÁC TUYÊN GIÁO QUÝ I NĂM 2026

Quý I/2026 là quý phường vừa triển khai học tập Nghị quyết Đại hội XIV của Đảng, vừa tổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 (ngày 15/3/2026). Tiếp nối truyền thống của Đảng bộ quận Thanh Xuân (cũ), Đảng ủy phường chọn cách làm “gần dân, nhanh, đúng”. Một số kết quả nổi bật:

✅ 01 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
✅ 58 lớp ở các chi bộ, với 7.912 lượt cán bộ, đảng viên tham dự (đạt 96,7%)
✅ 124 buổi tuyên truyền về bầu cử tại 72 tổ dân phố, thu hút khoảng 9.800 lượt cử tri
✅ 415 tin, bài, video đăng trên trang thông tin điện tử và fanpage của phường
✅ Treo 1.200 băng rôn, cờ phướn; lượt xe loa tuyên truyền lưu động: 96
✅ 06 buổi đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND phường với Nhân dân
✅ Fanpage “Phường Thanh Xuân” hiện có hơn 32.000 người theo dõi

👏 Dịp sơ kết quý, Đảng ủy phường khen thưởng 4 tập thể và 9 cá nhân có thành tích xuất sắc trong công tác tuyên truyền bầu cử. Ngày 15/3, tỷ lệ cử tri của phường đi bầu đạt 99,86%.

💬 “Cái được lớn nhất của quý I là người dân ở các khu tập thể cũ như Thanh Xuân Bắc, Kim Giang đã biết đến kênh thông tin của phường và tương tác thường xuyên hơn”, đồng chí Phó Bí thư Thường trực Đảng ủy phường chia sẻ.

📅 Quý II/2026, phường dự kiến tổ chức 20 lớp học tập chuyên đề năm 2026 của Thành ủy và ra mắt thêm 10 nhóm Zalo cho các khu chung cư.

#PhuongThanhXuan #TuyenGiao #BauCu2026

👍 1,2K   💬 86 bình luận   ↪ 143 lượt chia sẻ
"""

D10, D11, D12 = "2024-12-18", "2021-08-20", "2026-04-02"
P11 = since("2021-01-01", D11)
UNITS11 = (TTR, TTI, PXU)
KINDS11 = [("study_sessions", "all"), ("study_attendance", "party_members"),
           ("study_participation_rate", "all"), ("oral_propaganda_sessions", "all"),
           ("news_items", "all")]


def _num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


FACTS11 = [F(_cell(r, c), _num(ROWS[r][1 + c]), kind, a=aud, unit=UNITS11[c])
           for r, (kind, aud) in enumerate(KINDS11) for c in range(3)]

DOCS = [
    Doc("h62_10_longbien_2024", T10, LBI, year(2024), D10, "text", facts=[
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("khóa XIII | 16", 16, "study_sessions"),
        F("| 11.842 |", 11842, "study_attendance", a="party_members"),
        F("| 96,21", 96.21, "study_participation_rate"),
        F("năm 2024 | 14", 14, "study_sessions"),
        F("| 10.960 |", 10960, "study_attendance", a="party_members"),
        F("| 95,07", 95.07, "study_participation_rate"),
        F("cách mạng | 15", 15, "study_sessions"),
        F("| 11.215 |", 11215, "study_attendance", a="party_members"),
        F("| 95,88", 95.88, "study_participation_rate"),
        F("Tổng cộng | 45", 45, "study_sessions"),
        F("| 34.017 |", 34017, "study_attendance", a="party_members"),
        F("| 95,72", 95.72, "study_participation_rate"),
        F("chuyên đề | 164", 164, "oral_propaganda_sessions"),
        F("Lượt người nghe | 15.300", 15300, "propaganda_audience"),
        F("điện tử quận | 1.026", 1026, "news_items"),
        F("ngày mới” | 284", 284, "news_items"),
        F("khẩu hiệu | 3.650", 3650, "other"),
        F("hiện có gần 47.000 người theo dõi", 47000, "propaganda_audience", "at_most",
          p=inst(D10)),
        F("lượt tiếp cận ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("quận có 74 cộng tác viên", 74, "opinion_collaborators", p=inst("2024-11-30")),
        F("tổng hợp 48 báo cáo dư luận định kỳ", 48, "opinion_reports"),
        F("17 báo cáo đột xuất", 17, "opinion_reports"),
        F("giấy khen cho 12 tập thể", 12, "commended_collectives"),
        F("21 cá nhân", 21, "commended_individuals"),
    ], traps=[("Số 215-BC/BTGQU", 215), ("ngày 18 tháng 12 năm 2024", 18),
              ("năm 2024", 2024), ("Năm 2024", 2024), ("Trung ương 8", 8),
              ("Luật Thủ đô năm 2024", 2024), ("144-QĐ/TW", 144), ("70 năm", 70),
              ("7/5/1954", 7), ("7/5/2024", 7), ("10/10/1954", 10), ("10/10/2024", 10),
              ("bão số 3", 3), ("Tính đến ngày 30/11/2024", 30),
              ("bằng khen cho 2 tập thể", 2), ("xếp thứ 2/30", 2), ("NĂM 2025", 2025),
              ("1. Tổ chức", 1), ("100% cán bộ", 100), ("2. Duy trì", 2),
              ("ít nhất 150 buổi", 150), ("60.000 người theo dõi", 60000),
              ("3. Tổ chức", 3)]),
    Doc("h62_11_thanhtri_thuongtin_phuxuyen_2021", T11, TTR, P11, D11, "text", facts=[
        *FACTS11,
        F("hiện có gần 18.000 người theo dõi", 18000, "propaganda_audience", "at_most",
          p=inst(D11)),
        F("vận động 1.150 đoàn viên, thanh niên", 1150, "other", unit=TTI,
          p=since("2021-07-24", D11)),
        F("có 305 nhóm Zalo", 305, "chat_groups", unit=TTI, p=inst(D11)),
        F("khoảng 41.000 thành viên", 41000, "chat_group_members", "approx", unit=TTI,
          p=inst(D11)),
        F("thu hút 10.937 lượt người dự thi", 10937, "contest_entries", unit=PXU),
        F("phát 48 kỳ chuyên mục", 48, "news_items", unit=PXU),
    ], traps=[("Cụm thi đua số 6", 6), ("Ngày 20/8/2021", 20),
              ("từ đầu năm 2021 đến nay", 2021), ("nhiệm kỳ 2021 – 2026", 2021),
              (_cell(5, 0), 2), (_cell(5, 1), 1), (_cell(5, 2), 3), ("Covid-19", 19),
              ("Từ ngày 24/7", 24), ("4 tháng cuối năm", 4), ("tổng kết 5 năm", 5),
              ("Chỉ thị 05-CT/TW", 5)]),
    Doc("h62_12_phuong_thanhxuan_2026_q1", T12, TXU, quarter(1, 2026), D12, "text", facts=[
        F("01 hội nghị cấp phường", 1, "study_sessions"),
        F("58 lớp ở các chi bộ", 58, "study_sessions"),
        F("với 7.912 lượt cán bộ, đảng viên", 7912, "study_attendance", a="party_members"),
        F("(đạt 96,7%)", 96.7, "study_participation_rate"),
        F("124 buổi tuyên truyền về bầu cử", 124, "oral_propaganda_sessions"),
        F("khoảng 9.800 lượt cử tri", 9800, "propaganda_audience", "approx"),
        F("415 tin, bài, video", 415, "news_items"),
        F("Treo 1.200 băng rôn", 1200, "other"),
        F("lượt xe loa tuyên truyền lưu động: 96", 96, "other"),
        F("06 buổi đối thoại", 6, "other"),
        F("hiện có hơn 32.000 người theo dõi", 32000, "propaganda_audience", "at_least",
          p=inst(D12)),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("02 tháng 4, 2026 lúc 09:15", 2), ("QUÝ I NĂM 2026", 2026),
              ("Quý I/2026", 1), ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("tại 72 tổ dân phố", 72), ("Ngày 15/3", 15), ("đạt 99,86%", 99.86),
              ("Quý II/2026", 2), ("tổ chức 20 lớp", 20), ("chuyên đề năm 2026", 2026),
              ("thêm 10 nhóm Zalo", 10), ("#BauCu2026", 2026), ("1,2K", 1.2),
              ("86 bình luận", 86), ("143 lượt chia sẻ", 143)]),
]
