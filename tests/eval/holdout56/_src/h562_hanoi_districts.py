"""holdout56, part 2: Hanoi districts before the 2025 reform, 2018-2024.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source
(holdout2/_src/g01_hcm_districts.py, for its format only), the seeds indicators.csv and
org_units.csv and the sample reports in shared/sample_reports (for style), without reading or
running the extractor.

Decisions where the guide leaves room:
- h56_04: a table whose columns are periods ("Quý II/2023", "Quý III/2023") gives each cell
  its column's quarter; the "Tăng, giảm" column ("+9") is a comparison (traps). A row counting
  a vehicle's runs ("Xe loa tuyên truyền lưu động (lượt)") is `other`.
- h56_04: "02 lớp bồi dưỡng nhận thức về Đảng cho 118 quần chúng ưu tú" are training_classes
  and trainees (audience all: trainees are not split).
- h56_08: an article whose headline names three districts and whose lead names the study
  (Nghị quyết Trung ương 6): a bare "lớp" or "hội nghị cấp quận" in each district's section is
  study_sessions; "Ngay từ tháng 1" in a quotation is 1 January..document date, the same as
  the lead's "Từ đầu năm 2018 đến nay".
- h56_12: "Trung tâm Chính trị quận mở 05 lớp (02 lớp sơ cấp ..., 03 lớp bồi dưỡng ...)" is one
  training_classes fact of 5; the bracketed parts are traps. A " | " table whose columns are
  measures keeps its "Tổng số" row as facts.
- h56_02: "Trang thông tin điện tử hiện có: 9 (01 của quận, 08 của các phường); fanpage chính
  danh: 12" are stocks at the sidecar date; the bracketed parts are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, since, year

CGIAY, GLAM, HDONG = U("Quận Cầu Giấy"), U("Huyện Gia Lâm"), U("Quận Hà Đông")
LBIEN, HMAI, TTRI = U("Quận Long Biên"), U("Quận Hoàng Mai"), U("Huyện Thanh Trì")


def _row(cells: list[str], widths: list[int]) -> str:
    return "".join(c.ljust(w) for c, w in zip(cells[:-1], widths)) + cells[-1]


def _upto(cells: list[str], widths: list[int], k: int) -> str:
    return "".join(c.ljust(w) for c, w in zip(cells[:k], widths)) + cells[k]


# ---- h56_02: Quận Cầu Giấy, district portal article, sidecar date ------------------------
T02 = """
Cầu Giấy: Đưa thông tin chính thống đến từng tòa chung cư

(Cổng TTĐT quận Cầu Giấy) – Năm 2019, công tác tuyên giáo của quận Cầu Giấy tạo dấu ấn bằng việc đưa thông tin chính thống đến tận các tòa chung cư, nơi tập trung phần đông dân cư của quận.

Theo bà Nguyễn Thu Hà, Trưởng ban Tuyên giáo Quận ủy Cầu Giấy, quận có 8 phường với hơn 280 nghìn người; riêng các khu đô thị Yên Hòa, Trung Hòa – Nhân Chính, Dịch Vọng có tới 36 tòa chung cư cao tầng. “Năm nay, chúng tôi tổ chức 214 buổi tuyên truyền miệng ngay tại sảnh chung cư và nhà văn hóa tổ dân phố, thu hút chừng 17.600 lượt người dân. Các chi bộ cũng đã tổ chức 389 buổi sinh hoạt chuyên đề về Chỉ thị 05”, bà Hà cho biết.

Một số kết quả nổi bật trong năm:
• Học tập, quán triệt Nghị quyết Trung ương 8 khóa XII:
– Hội nghị cấp quận: 02
– Lớp ở cơ sở: 96, với 11.208 lượt cán bộ, đảng viên và 2.315 lượt quần chúng
• Trang thông tin điện tử hiện có: 9 (01 của quận, 08 của các phường); fanpage chính danh: 12
• Tin, bài đăng trên các trang: 1.536
• Cuộc thi “Tìm hiểu 90 năm Ngày thành lập Đảng Cộng sản Việt Nam” – lượt dự thi: 6.402

Ông Trần Văn Bình, 71 tuổi, tổ trưởng tổ dân phố số 14, phường Dịch Vọng Hậu, kể: “Tòa nhà tôi có 420 căn hộ. Tháng nào chi bộ cũng mời báo cáo viên về nói chuyện 1 buổi, bà con xuống sảnh nghe đông lắm.”

Dịp tổng kết năm, Ban Thường vụ Quận ủy tặng giấy khen cho 7 báo cáo viên và 5 tập thể có nhiều đóng góp.

Năm 2020, quận đặt mục tiêu 100% tòa chung cư có nhóm Zalo cư dân và phấn đấu mở thêm 20 điểm tuyên truyền tại sảnh chung cư. Mọi phản ánh xin gửi về Ban Tuyên giáo Quận ủy, số 36 Cầu Giấy, điện thoại 024.3793.0222.
"""

# ---- h56_04: Huyện Gia Lâm, quarterly report, table with runs of spaces, period columns --
W04 = [42, 14, 14]
H04 = ["Chỉ tiêu", "Quý II/2023", "Quý III/2023", "Tăng, giảm"]
R04 = [
    ["Hội nghị, lớp học tập nghị quyết", "18", "27", "+9"],
    ["Lượt đảng viên dự học", "4.106", "6.352", "+2.246"],
    ["Buổi tuyên truyền miệng", "54", "71", "+17"],
    ["Tin, bài trên Cổng thông tin điện tử", "186", "243", "+57"],
    ["Xe loa tuyên truyền lưu động (lượt)", "96", "140", "+44"],
]
TABLE04 = "\n".join(_row(r, W04) for r in [H04] + R04)

T04 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY GIA LÂM
BAN TUYÊN GIÁO
*
Số 56-BC/BTGHU
Gia Lâm, ngày 06 tháng 10 năm 2023

BÁO CÁO
Kết quả công tác tuyên giáo quý III,
nhiệm vụ trọng tâm quý IV năm 2023

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III

1. Công tác chỉ đạo
Trong quý III, Ban Thường vụ Huyện ủy ban hành 9 văn bản lãnh đạo, chỉ đạo công tác tư tưởng; tổ chức hội nghị tổng kết 15 năm thực hiện Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn. Huyện đang triển khai dự án nâng cấp hệ thống truyền thanh cơ sở với tổng mức đầu tư 12,5 tỷ đồng.

2. Số liệu so sánh với quý trước

""" + TABLE04 + """

3. Bồi dưỡng lý luận chính trị
Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng nhận thức về Đảng cho 118 quần chúng ưu tú và 01 lớp bồi dưỡng đảng viên mới với 64 học viên.

4. Dư luận xã hội, tuyên truyền trực quan
- Cộng tác viên dư luận xã hội toàn huyện: 61 đồng chí
- Báo cáo tình hình tư tưởng, dư luận gửi Ban Tuyên giáo Thành ủy: 3 định kỳ, 2 chuyên đề
- Kinh phí hỗ trợ in tài liệu sinh hoạt chi bộ: 46 triệu đồng
- Pano, băng rôn (Quốc khánh 2/9, 78 năm Cách mạng Tháng Tám): 535

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2023
- Tổ chức học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII ngay khi có hướng dẫn, bảo đảm trên 95% đảng viên tham gia.
- Mở 03 lớp sơ cấp lý luận chính trị; tổ chức 01 hội nghị báo cáo viên cấp huyện.
- Hoàn thành sơ kết 3 năm thực hiện Chương trình số 06-CTr/HU của Huyện ủy.
"""

# ---- h56_08: three Hanoi districts, sections per district --------------------------------
T08 = """
Long Biên, Hoàng Mai, Thanh Trì: Học tập Nghị quyết Trung ương 6 đến từng chi bộ

Cập nhật ngày 15-03-2018

Từ đầu năm 2018 đến nay, các quận, huyện của Thủ đô tập trung học tập, quán triệt các Nghị quyết Hội nghị Trung ương 6 khóa XII về đổi mới, sắp xếp tổ chức bộ máy và về công tác y tế, dân số. Dưới đây là kết quả ở ba địa phương.

* Quận Long Biên
Quận ủy tổ chức 2 hội nghị cấp quận cho cán bộ chủ chốt; 14 đảng bộ phường và 38 chi, đảng bộ cơ sở mở 196 lớp, thu hút 13.425 lượt cán bộ, đảng viên, đạt 96,7%. Quận cũng tổ chức hội thi tìm hiểu nghị quyết dành cho bí thư chi bộ với 312 thí sinh; 10 thí sinh có điểm cao nhất được chọn dự thi cấp thành phố.

* Quận Hoàng Mai
Hoàng Mai có 14 phường với gần 450 nghìn dân, đông nhất Thủ đô. Các chi bộ đã mở 241 lớp với 15.880 lượt đảng viên và 4.126 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 95,9%. Quận ủy còn biên soạn tài liệu hỏi – đáp về nghị quyết dày 48 trang, in 6.000 cuốn gửi tới các chi bộ.

* Huyện Thanh Trì
Bà Đỗ Thị Hằng, Trưởng ban Tuyên giáo Huyện ủy Thanh Trì, cho biết: “Ngay từ tháng 1, Huyện ủy đã tổ chức 01 hội nghị cấp huyện, truyền hình trực tuyến tới 16 điểm cầu xã, thị trấn. Các chi bộ mở 228 lớp với chừng 11 nghìn lượt đảng viên. Ở những chi bộ đông đảng viên, mỗi lớp tối đa 60 người để bảo đảm chất lượng thảo luận.”

Ông Nguyễn Văn Thịnh, 78 tuổi, đảng viên chi bộ thôn 2, xã Tả Thanh Oai, chia sẻ: “Tôi có 52 năm tuổi Đảng, lần nào học nghị quyết cũng thấy cần cho mình.”

Theo kế hoạch, trong quý II, các địa phương sẽ sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW và tổ chức học tập chuyên đề năm 2018 cho 100% chi bộ.

Ảnh: Hơn 500 đại biểu dự hội nghị học tập nghị quyết tại quận Long Biên.
"""

# ---- h56_12: Quận Hà Đông, internal bulletin, " | " table ---------------------------------
T12 = """
QUẬN ỦY HÀ ĐÔNG
BAN TUYÊN GIÁO
BẢN TIN THÔNG TIN NỘI BỘ – SỐ 07 (THÁNG 7/2024)
Hà Đông, ngày 08/7/2024

SÁU THÁNG ĐẦU NĂM 2024: TUYÊN GIÁO HÀ ĐÔNG ĐỔI MỚI CÁCH LÀM

Sáu tháng đầu năm 2024, Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành mười hai văn bản chỉ đạo công tác tư tưởng, trong đó có kế hoạch tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024) và 94 năm Ngày thành lập Đảng.

Kết quả học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII:

Hình thức | Số hội nghị, lớp | Lượt cán bộ, đảng viên dự
Hội nghị cấp quận | 3 | 1.250
Lớp ở các chi bộ | 318 | 21.640
Tổng số | 321 | 22.890

Tỷ lệ đảng viên tham gia học tập đạt 97,35%; ngoài ra có 3.402 lượt quần chúng dự nghe tại các tổ dân phố.

Một số kết quả khác:
* Tuyên truyền miệng: 126 buổi nói chuyện thời sự ở tổ dân phố, với khoảng 9.100 lượt người nghe.
* Các chi bộ tổ chức 1.152 buổi sinh hoạt chuyên đề về xây dựng người Hà Nội thanh lịch, văn minh.
* Đội tuyên truyền lưu động của quận thực hiện từ 25 đến 30 buổi chiếu phim, biểu diễn văn nghệ tại các tổ dân phố.
* Trung tâm Chính trị quận mở 05 lớp (02 lớp sơ cấp lý luận chính trị, 03 lớp bồi dưỡng đảng viên mới) với 487 học viên.
* Fanpage “Hà Đông ngày nay” có gần 48 nghìn người theo dõi; trong 6 tháng đăng 612 tin, bài, video ngắn, lượt tiếp cận ước đạt 2,6 triệu.
* Quận ủy khen thưởng 9 tập thể, 21 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

“Tổ tôi tháng nào cũng có 2 buổi nói chuyện, các cụ ngoài 70 tuổi cũng đi nghe đông đủ”, bà Nguyễn Thị Lan, tổ dân phố 9, phường Văn Quán, kể.

Nhiệm vụ 6 tháng cuối năm: tổ chức tuyên truyền Luật Thủ đô năm 2024 (được Quốc hội thông qua ngày 28/6/2024); mở thêm 4 lớp bồi dưỡng; phấn đấu 17/17 phường có fanpage chính danh.

Đường dây nóng tiếp nhận phản ánh: 024.3382.4567.
"""

D02, D04, D08, D12 = "2019-12-20", "2023-10-06", "2018-03-15", "2024-07-08"
P08 = since("2018-01-01", D08)


def _c04(i: int, k: int) -> str:
    return _upto(R04[i], W04, k)


Q2, Q3 = quarter(2, 2023), quarter(3, 2023)

DOCS = [
    Doc("h56_02", T02, CGIAY, year(2019), D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 214 buổi tuyên truyền miệng", 214, "oral_propaganda_sessions"),
        F("chừng 17.600 lượt người dân", 17600, "propaganda_audience", "approx",
          a="masses"),
        F("tổ chức 389 buổi sinh hoạt chuyên đề", 389, "party_cell_discussions"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Lớp ở cơ sở: 96", 96, "study_sessions"),
        F("với 11.208 lượt cán bộ, đảng viên", 11208, "study_attendance",
          a="party_members"),
        F("2.315 lượt quần chúng", 2315, "study_attendance", a="masses"),
        F("Trang thông tin điện tử hiện có: 9", 9, "websites", p=inst(D02)),
        F("fanpage chính danh: 12", 12, "social_pages", p=inst(D02)),
        F("Tin, bài đăng trên các trang: 1.536", 1536, "news_items"),
        F("lượt dự thi: 6.402", 6402, "contest_entries"),
        F("giấy khen cho 7 báo cáo viên", 7, "commended_individuals"),
        F("5 tập thể có nhiều đóng góp", 5, "commended_collectives"),
    ], traps=[("Năm 2019", 2019), ("8 phường", 8), ("hơn 280 nghìn người", 280000),
              ("36 tòa chung cư", 36), ("Chỉ thị 05", 5), ("Trung ương 8", 8),
              ("01 của quận", 1), ("08 của các phường", 8), ("90 năm", 90),
              ("71 tuổi", 71), ("số 14", 14), ("420 căn hộ", 420),
              ("nói chuyện 1 buổi", 1), ("Năm 2020", 2020), ("100% tòa chung cư", 100),
              ("thêm 20 điểm", 20), ("số 36 Cầu Giấy", 36), ("024.3793.0222", 24)]),
    Doc("h56_04", T04, GLAM, Q3, D04, "text", facts=[
        F("ban hành 9 văn bản", 9, "documents_issued"),
        F(_c04(0, 1), 18, "study_sessions", p=Q2),
        F(_c04(0, 2), 27, "study_sessions"),
        F(_c04(1, 1), 4106, "study_attendance", a="party_members", p=Q2),
        F(_c04(1, 2), 6352, "study_attendance", a="party_members"),
        F(_c04(2, 1), 54, "oral_propaganda_sessions", p=Q2),
        F(_c04(2, 2), 71, "oral_propaganda_sessions"),
        F(_c04(3, 1), 186, "news_items", p=Q2),
        F(_c04(3, 2), 243, "news_items"),
        F(_c04(4, 1), 96, "other", p=Q2),
        F(_c04(4, 2), 140, "other"),
        F("mở 02 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes"),
        F("cho 118 quần chúng ưu tú", 118, "trainees"),
        F("01 lớp bồi dưỡng đảng viên mới", 1, "training_classes"),
        F("với 64 học viên", 64, "trainees"),
        F("Cộng tác viên dư luận xã hội toàn huyện: 61 đồng chí", 61,
          "opinion_collaborators", p=end_of(Q3)),
        F("Ban Tuyên giáo Thành ủy: 3 định kỳ", 3, "opinion_reports"),
        F("3 định kỳ, 2 chuyên đề", 2, "opinion_reports"),
        F("sinh hoạt chi bộ: 46 triệu đồng", 46000000, "other"),
        F("Cách mạng Tháng Tám): 535", 535, "other"),
    ], traps=[("Số 56-BC/BTGHU", 56), ("ngày 06 tháng 10 năm 2023", 6),
              ("quý IV năm 2023", 4), ("15 năm", 15), ("Trung ương 7", 7),
              ("12,5 tỷ đồng", 12.5), ("Quý II/2023", 2), ("Quý III/2023", 3),
              ("+9", 9), ("+2.246", 2246), ("+17", 17), ("+57", 57), ("+44", 44),
              ("2/9", 2), ("78 năm", 78), ("NĂM 2023", 2023), ("Trung ương 8", 8),
              ("trên 95% đảng viên", 95), ("Mở 03 lớp", 3), ("tổ chức 01 hội nghị", 1),
              ("3 năm", 3), ("06-CTr/HU", 6)]),
    Doc("h56_08", T08, LBIEN, P08, D08, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 196 lớp", 196, "study_sessions"),
        F("thu hút 13.425 lượt cán bộ, đảng viên", 13425, "study_attendance",
          a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("với 312 thí sinh", 312, "contest_entries"),
        F("đã mở 241 lớp", 241, "study_sessions", unit=HMAI),
        F("với 15.880 lượt đảng viên", 15880, "study_attendance", a="party_members",
          unit=HMAI),
        F("4.126 lượt quần chúng", 4126, "study_attendance", a="masses", unit=HMAI),
        F("tham gia đạt 95,9%", 95.9, "study_participation_rate", unit=HMAI),
        F("in 6.000 cuốn", 6000, "other", unit=HMAI),
        F("tổ chức 01 hội nghị cấp huyện", 1, "study_sessions", unit=TTRI),
        F("mở 228 lớp", 228, "study_sessions", unit=TTRI),
        F("chừng 11 nghìn lượt đảng viên", 11000, "study_attendance", "approx",
          a="party_members", unit=TTRI),
    ], traps=[("Cập nhật ngày 15-03-2018", 15), ("năm 2018", 2018), ("Trung ương 6", 6),
              ("14 đảng bộ phường", 14), ("38 chi, đảng bộ cơ sở", 38),
              ("10 thí sinh có điểm cao nhất", 10), ("14 phường", 14),
              ("gần 450 nghìn dân", 450000), ("dày 48 trang", 48), ("từ tháng 1", 1),
              ("16 điểm cầu", 16), ("tối đa 60 người", 60), ("78 tuổi", 78),
              ("thôn 2", 2), ("52 năm", 52), ("sơ kết 2 năm", 2), ("05-CT/TW", 5),
              ("chuyên đề năm 2018", 2018), ("100% chi bộ", 100),
              ("Hơn 500 đại biểu", 500)]),
    Doc("h56_12", T12, HDONG, h1(2024), D12, "text", facts=[
        F("ban hành mười hai văn bản", 12, "documents_issued"),
        F("Hội nghị cấp quận | 3", 3, "study_sessions"),
        F("Hội nghị cấp quận | 3 | 1.250", 1250, "study_attendance", a="party_members"),
        F("Lớp ở các chi bộ | 318", 318, "study_sessions"),
        F("Lớp ở các chi bộ | 318 | 21.640", 21640, "study_attendance",
          a="party_members"),
        F("Tổng số | 321", 321, "study_sessions"),
        F("Tổng số | 321 | 22.890", 22890, "study_attendance", a="party_members"),
        F("học tập đạt 97,35%", 97.35, "study_participation_rate"),
        F("có 3.402 lượt quần chúng dự nghe", 3402, "study_attendance", a="masses"),
        F("Tuyên truyền miệng: 126 buổi nói chuyện", 126, "oral_propaganda_sessions"),
        F("khoảng 9.100 lượt người nghe", 9100, "propaganda_audience", "approx"),
        F("tổ chức 1.152 buổi sinh hoạt chuyên đề", 1152, "party_cell_discussions"),
        F("từ 25 đến 30 buổi chiếu phim", 25, "other", "at_least"),
        F("mở 05 lớp", 5, "training_classes"),
        F("với 487 học viên", 487, "trainees"),
        F("gần 48 nghìn người theo dõi", 48000, "propaganda_audience", "at_most",
          p=inst(D12)),
        F("đăng 612 tin, bài", 612, "news_items"),
        F("ước đạt 2,6 triệu", 2600000, "propaganda_audience", "approx"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 21 cá nhân", 21, "commended_individuals"),
    ], traps=[("SỐ 07 (THÁNG 7/2024)", 7), ("ngày 08/7/2024", 8), ("NĂM 2024", 2024),
              ("Sáu tháng đầu năm 2024", 2024), ("70 năm", 70), ("7/5/1954", 7),
              ("7/5/2024", 7), ("94 năm", 94), ("Trung ương 8", 8),
              ("02 lớp sơ cấp", 2), ("03 lớp bồi dưỡng", 3), ("trong 6 tháng", 6),
              ("có 2 buổi nói chuyện", 2), ("70 tuổi", 70), ("tổ dân phố 9", 9),
              ("Nhiệm vụ 6 tháng cuối năm", 6), ("Luật Thủ đô năm 2024", 2024),
              ("ngày 28/6/2024", 28), ("thêm 4 lớp", 4), ("17/17 phường", 17),
              ("024.3382.4567", 24)]),
]
