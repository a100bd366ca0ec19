"""Held-out set holdout34, part 2: Ho Chi Minh City wards and communes created on 1 July
2025, and a city body reporting on them (2025-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the sample reports, without reading or running the extractor.
Decisions: see the docstring of h341_hcm_city_districts.py; in addition:
- Ban Tuyên giáo và Dân vận Thành ủy (the body merged in 2025) is a city body: the province.
- In a quarterly ward report, stock list lines without a marker ("- Trang thông tin điện tử:
  01") are instants at the quarter's end; "số thành viên hiện nay" and followers are instants
  at the document date.
- A closing paragraph after the last ward section that names "Ban Thường vụ Thành ủy" as the
  actor belongs to the province, with the article's period.
- "khoảng 1.350 tiểu thương được tuyên truyền": propaganda_audience, audience `all`.
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, quarter

HCM = U("79")
BANCO = W("Phường Bàn Cờ", "79")
SAIGON, BENTHANH, TANDINH = (W("Phường Sài Gòn", "79"), W("Phường Bến Thành", "79"),
                             W("Phường Tân Định", "79"))
THANHAN = W("Xã Thạnh An", "79")
BTAN, ANLAC, TANTAO = W("Phường Bình Tân", "79"), W("Phường An Lạc", "79"), W("Phường Tân Tạo", "79")

T05 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BÀN CỜ
*
Số 37-BC/ĐU

Bàn Cờ, ngày 03 tháng 10 năm 2025

BÁO CÁO
Sơ kết công tác tuyên giáo quý III năm 2025
và phương hướng, nhiệm vụ quý IV năm 2025

Phường Bàn Cờ được thành lập từ ngày 01/7/2025 trên cơ sở các phường 1, 2, 3, 5 của Quận 3 cũ, có 38 khu phố với khoảng 86.000 dân. Đảng bộ phường hiện có 46 tổ chức cơ sở đảng với hơn 3.400 đảng viên. Quý đầu tiên hoạt động theo mô hình chính quyền địa phương hai cấp, Đảng ủy phường tập trung ổn định tư tưởng cán bộ, đảng viên và Nhân dân; kết quả cụ thể như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, lãnh đạo, chỉ đạo
- Văn bản đã ban hành: 18 (gồm 7 kế hoạch, 11 hướng dẫn, công văn)
- Hội nghị báo cáo viên: 03 (tháng 7, tháng 8 và một hội nghị trực tuyến)
- Báo cáo viên cấp phường: 24 đồng chí (tính đến 30/9/2025)

2. Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 02; số lớp ở chi bộ: 41
- Đảng viên dự học: 3.218/3.405 đồng chí
- Tỷ lệ đảng viên tham gia: 94,5%
- Số đảng viên chưa tham gia: 187 người (chủ yếu do tuổi cao, sức yếu)

3. Tuyên truyền miệng, tuyên truyền trực quan
- Buổi nói chuyện thời sự, pháp luật: 64 – lượt người nghe: khoảng 5.100
- Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9 và Đại hội Đảng bộ Thành phố: 420
- Tờ gấp hướng dẫn thủ tục hành chính sau sắp xếp: 6.500 tờ

4. Thông tin trên không gian mạng
- Trang thông tin điện tử: 01; fanpage “Phường Bàn Cờ”: 01, với gần 12.000 người theo dõi
- Nhóm Zalo khu phố: 38; số thành viên hiện nay khoảng 14.600 người
- Tin, bài trên trang thông tin điện tử: 286; trên fanpage: 412

5. Nắm bắt dư luận xã hội
- Cộng tác viên dư luận xã hội: 15 đồng chí
- Báo cáo dư luận xã hội: 13 định kỳ, 4 đột xuất

6. Khen thưởng
- Tập thể được Đảng ủy phường tặng giấy khen: 05
- Cá nhân được khen thưởng: 12 người
- 01 cá nhân được đề nghị Ban Thường vụ Thành ủy tặng bằng khen

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
1. Tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030.
2. Phấn đấu tỷ lệ đảng viên tham gia học tập đạt trên 95%.
3. Mở 01 lớp bồi dưỡng kỹ năng cho 40 tuyên truyền viên khu phố.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ
"""

T06 = """
Cập nhật 08/01/2026 09:30

Sáu tháng vận hành chính quyền hai cấp: Các phường trung tâm đổi mới cách làm tuyên giáo

Theo Ban Tuyên giáo và Dân vận Thành ủy TP.HCM, trong 6 tháng cuối năm 2025, toàn Đảng bộ Thành phố đã học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030 với 3 hội nghị cấp thành phố, 9.860 lớp ở cơ sở và hơn 1,02 triệu lượt cán bộ, đảng viên tham dự. Tại các phường trung tâm, nhiều cách làm mới đã được triển khai.

PHƯỜNG SÀI GÒN: Học nghị quyết giữa lòng phố đi bộ

Phường Sài Gòn được thành lập trên cơ sở các phường Bến Nghé, Đa Kao và một phần phường Nguyễn Thái Bình của Quận 1 cũ. Trong 6 tháng, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 52 lớp ở các chi bộ, với 2.964 lượt đảng viên, đạt 96,9%. Phường duy trì 29 nhóm Zalo khu phố; fanpage của phường đăng 540 tin, bài, trong đó 120 video ngắn hướng dẫn thủ tục trên Cổng dịch vụ công.

PHƯỜNG BẾN THÀNH: Tuyên truyền cho tiểu thương

Tại chợ Bến Thành, nơi có gần 1.500 sạp hàng, Đảng ủy phường Bến Thành phối hợp Ban quản lý chợ tổ chức 18 buổi tuyên truyền về hóa đơn điện tử và nghĩa vụ thuế của hộ kinh doanh; khoảng 1.350 tiểu thương được tuyên truyền. Các chi bộ khu phố cũng tổ chức 24 buổi sinh hoạt chuyên đề, thảo luận cách đưa nghị quyết vào đời sống. Bà Lâm Thị Hoa, bán vải ở chợ hơn 30 năm, nói: “Trước tui sợ hóa đơn điện tử lắm, nghe cán bộ phường chỉ 2 buổi là làm được”.

PHƯỜNG TÂN ĐỊNH: Cộng tác viên dư luận “đi chợ nghe chuyện”

Đảng ủy phường Tân Định hiện có 21 cộng tác viên dư luận xã hội, phần lớn là bí thư chi bộ khu phố đã nghỉ hưu. Từ tháng 7 đến tháng 12, đội ngũ này gửi 31 báo cáo về tâm tư, ý kiến của người dân sau sắp xếp, trong đó có 9 báo cáo đột xuất. Phường cũng mở 2 lớp tập huấn kỹ năng sử dụng mạng xã hội cho 96 cán bộ khu phố.

Dịp sơ kết, Ban Thường vụ Thành ủy tặng bằng khen cho 14 tập thể và 22 cá nhân có thành tích trong công tác tuyên giáo. Năm 2026, Ban Tuyên giáo và Dân vận Thành ủy sẽ tổ chức Hội thi báo cáo viên giỏi đầu tiên sau hợp nhất, dự kiến với 168 đội thi của các phường, xã, đặc khu.
"""

T07 = """
Thạnh An: Đưa thông tin ra xã đảo

Từ bến Cần Thạnh, ca nô chạy hơn 30 phút mới tới xã đảo Thạnh An, nơi có khoảng 4.700 người dân, phần lớn sống bằng nghề biển. Trong quý I năm 2026, Đảng ủy xã Thạnh An đã tổ chức 22 buổi tuyên truyền miệng ngay tại bến cá, trên ghe và ở nhà văn hóa ấp, thu hút hơn 1.900 lượt người dân.

Nội dung được chọn sát với đời sống ngư dân: chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), phòng chống bão, an toàn giao thông đường thủy. Anh Phan Văn Út, chủ ghe ở ấp Thạnh Hòa, mỗi chuyến đi biển 15 đến 20 ngày, kể: “Ghe tui 6 người, ra khơi vẫn có nhóm Zalo với cái loa, biết tin bão sớm, biết vùng nào cấm đánh bắt”.

Theo đồng chí Trần Minh Tâm, Phó Bí thư Thường trực Đảng ủy xã, xã hiện có 9 nhóm Zalo ấp và tổ nghề cá với khoảng 2.100 thành viên, cùng 01 trang fanpage “Xã đảo Thạnh An”. “Ba tháng đầu năm, fanpage đăng 146 tin, bài, trong đó 38 video ngắn về chống khai thác IUU. Xã cũng đã khen thưởng 3 tập thể, 8 cá nhân có thành tích trong tuyên truyền, vận động ngư dân”, anh Tâm cho biết.

Trong quý, Đảng ủy xã tổ chức 01 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; 7 chi bộ trực thuộc mở 7 lớp, với 312 lượt đảng viên tham dự, đạt 97,8%. Xã lắp mới 5 cụm loa không dây tại các bến tàu; đội tuyên truyền lưu động chạy 26 lượt xe loa dọc các tuyến đê.

Thời gian tới, xã sẽ phối hợp Đồn Biên phòng Cần Thạnh lập thêm 3 nhóm Zalo cho các tổ tàu cá, phấn đấu 100% tàu cá có thiết bị nhận tin.
"""

T08 = """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY TP. HỒ CHÍ MINH
BẢN TIN SINH HOẠT NỘI BỘ – SỐ 01 (THÁNG 01/2026)

TP. Hồ Chí Minh, ngày 12/01/2026

QUÝ IV NĂM 2025: CÁC PHƯỜNG KHU VỰC PHÍA TÂY HOÀN THÀNH HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ

Trong quý IV năm 2025, Ban Tuyên giáo và Dân vận Thành ủy đã tham mưu tổ chức 2 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030, trực tuyến tới 168 điểm cầu; lượt cán bộ, đảng viên dự tại các điểm cầu: 54.620. Ban ban hành 16 văn bản hướng dẫn các đảng ủy phường, xã, đặc khu xây dựng kế hoạch học tập; hỗ trợ 1,8 tỷ đồng kinh phí in 120.000 cuốn tài liệu hỏi – đáp về Nghị quyết.

Trong tháng 12, Ban đã kiểm tra việc học tập tại ba phường khu vực phía Tây. Kết quả học tập, quán triệt Nghị quyết tại ba phường được kiểm tra:

Chỉ tiêu | Phường Bình Tân | Phường An Lạc | Phường Tân Tạo
Hội nghị cấp phường | 2 | 1 | 3
Số lớp ở chi bộ | 64 | 47 | 58
Lượt đảng viên dự học | 4.126 | 3.087 | 3.562
Tỷ lệ đảng viên tham gia (%) | 95,8 | 97,1 | 94,6
Số đảng viên chưa tham gia | 180 | 92 | 204
Lượt quần chúng dự nghe | 1.340 | 860 | 1.105

Đoàn kiểm tra đánh giá Phường An Lạc là một trong 3 đơn vị dẫn đầu khu vực về tỷ lệ đảng viên tham gia học tập. Tại Phường Tân Tạo, nơi có Khu công nghiệp Tân Tạo với khoảng 25.000 công nhân, Đảng ủy phường còn triển khai hai đợt sinh hoạt chính trị, tư tưởng về xây dựng văn hóa, con người Thành phố nghĩa tình.

Trong quý I năm 2026, Ban sẽ tiếp tục kiểm tra tại 12 phường, xã còn lại của khu vực và tổ chức sơ kết 6 tháng thực hiện Nghị quyết.
"""

D05, D06, D07, D08 = "2025-10-03", "2026-01-08", "2026-04-06", "2026-01-12"
Q3_25, Q4_25, Q1_26 = quarter(3, 2025), quarter(4, 2025), quarter(1, 2026)


def _row(label: str, cells: list[str]) -> list[str]:
    """Evidence for each cell of a table row: the row up to and including that cell."""
    out, acc = [], label
    for c in cells:
        acc = f"{acc} | {c}"
        out.append(acc)
    return out


_R = {k: _row(k, v) for k, v in {
    "Hội nghị cấp phường": ["2", "1", "3"],
    "Số lớp ở chi bộ": ["64", "47", "58"],
    "Lượt đảng viên dự học": ["4.126", "3.087", "3.562"],
    "Tỷ lệ đảng viên tham gia (%)": ["95,8", "97,1", "94,6"],
    "Số đảng viên chưa tham gia": ["180", "92", "204"],
    "Lượt quần chúng dự nghe": ["1.340", "860", "1.105"],
}.items()}
_WARDS = [BTAN, ANLAC, TANTAO]
_TABLE = []
for _label, _ind, _a, _vals in [
    ("Hội nghị cấp phường", "study_sessions", "all", [2, 1, 3]),
    ("Số lớp ở chi bộ", "study_sessions", "all", [64, 47, 58]),
    ("Lượt đảng viên dự học", "study_attendance", "party_members", [4126, 3087, 3562]),
    ("Tỷ lệ đảng viên tham gia (%)", "study_participation_rate", "all", [95.8, 97.1, 94.6]),
    ("Số đảng viên chưa tham gia", "other", "all", [180, 92, 204]),
    ("Lượt quần chúng dự nghe", "study_attendance", "masses", [1340, 860, 1105]),
]:
    for _i, _v in enumerate(_vals):
        _TABLE.append(F(_R[_label][_i], _v, _ind, a=_a, unit=_WARDS[_i]))

DOCS = [
    Doc("h34_05", T05, BANCO, Q3_25, D05, "text", facts=[
        F("- Văn bản đã ban hành: 18", 18, "documents_issued"),
        F("- Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Báo cáo viên cấp phường: 24 đồng chí", 24, "reporters", p=inst("2025-09-30")),
        F("Hội nghị cấp phường: 02", 2, "study_sessions"),
        F("số lớp ở chi bộ: 41", 41, "study_sessions"),
        F("Đảng viên dự học: 3.218/3.405", 3218, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 94,5%", 94.5, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 187 người", 187, "other"),
        F("Buổi nói chuyện thời sự, pháp luật: 64", 64, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 5.100", 5100, "propaganda_audience", "approx"),
        F("Đại hội Đảng bộ Thành phố: 420", 420, "other"),
        F("sau sắp xếp: 6.500 tờ", 6500, "other"),
        F("- Trang thông tin điện tử: 01", 1, "websites", p=end_of(Q3_25)),
        F("fanpage “Phường Bàn Cờ”: 01", 1, "social_pages", p=end_of(Q3_25)),
        F("gần 12.000 người theo dõi", 12000, "propaganda_audience", "at_most", p=inst(D05)),
        F("- Nhóm Zalo khu phố: 38", 38, "chat_groups", p=end_of(Q3_25)),
        F("hiện nay khoảng 14.600 người", 14600, "chat_group_members", "approx", p=inst(D05)),
        F("trên trang thông tin điện tử: 286", 286, "news_items"),
        F("trên fanpage: 412", 412, "news_items"),
        F("Cộng tác viên dư luận xã hội: 15 đồng chí", 15, "opinion_collaborators",
          p=end_of(Q3_25)),
        F("Báo cáo dư luận xã hội: 13 định kỳ", 13, "opinion_reports"),
        F("4 đột xuất", 4, "opinion_reports"),
        F("tặng giấy khen: 05", 5, "commended_collectives"),
        F("Cá nhân được khen thưởng: 12 người", 12, "commended_individuals"),
    ], traps=[("Số 37-BC/ĐU", 37), ("ngày 03 tháng 10 năm 2025", 3), ("quý III năm 2025", 3),
              ("quý IV năm 2025", 4), ("ngày 01/7/2025", 1), ("các phường 1, 2, 3, 5", 1),
              ("Quận 3 cũ", 3), ("38 khu phố", 38), ("khoảng 86.000 dân", 86000),
              ("46 tổ chức cơ sở đảng", 46), ("hơn 3.400 đảng viên", 3400),
              ("gồm 7 kế hoạch", 7), ("11 hướng dẫn", 11), ("tháng 7, tháng 8", 7),
              ("tháng 8 và", 8), ("30/9/2025", 30), ("nhiệm kỳ 2025 – 2030", 2025),
              ("Quốc khánh 2/9", 2), ("01 cá nhân được đề nghị", 1),
              ("QUÝ IV NĂM 2025", 4), ("Tổ chức 02 hội nghị", 2), ("trên 95%", 95),
              ("Mở 01 lớp", 1), ("40 tuyên truyền viên", 40),
              ("1. Công tác tham mưu", 1), ("2. Học tập, quán triệt", 2),
              ("3. Tuyên truyền miệng", 3), ("4. Thông tin trên", 4), ("5. Nắm bắt", 5),
              ("6. Khen thưởng", 6), ("1. Tổ chức", 1), ("2. Phấn đấu", 2), ("3. Mở", 3)]),
    Doc("h34_06", T06, HCM, h2(2025), D06, "text", facts=[
        F("3 hội nghị cấp thành phố", 3, "study_sessions"),
        F("9.860 lớp ở cơ sở", 9860, "study_sessions"),
        F("hơn 1,02 triệu lượt cán bộ, đảng viên", 1020000, "study_attendance", "at_least",
          a="party_members"),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=SAIGON),
        F("52 lớp ở các chi bộ", 52, "study_sessions", unit=SAIGON),
        F("với 2.964 lượt đảng viên", 2964, "study_attendance", a="party_members",
          unit=SAIGON),
        F("đạt 96,9%", 96.9, "study_participation_rate", unit=SAIGON),
        F("duy trì 29 nhóm Zalo", 29, "chat_groups", unit=SAIGON, p=end_of(h2(2025))),
        F("đăng 540 tin, bài", 540, "news_items", unit=SAIGON),
        F("tổ chức 18 buổi tuyên truyền", 18, "oral_propaganda_sessions", unit=BENTHANH),
        F("khoảng 1.350 tiểu thương", 1350, "propaganda_audience", "approx", unit=BENTHANH),
        F("tổ chức 24 buổi sinh hoạt chuyên đề", 24, "party_cell_discussions", unit=BENTHANH),
        F("hiện có 21 cộng tác viên", 21, "opinion_collaborators", unit=TANDINH, p=inst(D06)),
        F("gửi 31 báo cáo", 31, "opinion_reports", unit=TANDINH),
        F("mở 2 lớp tập huấn", 2, "training_classes", unit=TANDINH),
        F("cho 96 cán bộ khu phố", 96, "trainees", unit=TANDINH),
        F("bằng khen cho 14 tập thể", 14, "commended_collectives"),
        F("14 tập thể và 22 cá nhân", 22, "commended_individuals"),
    ], traps=[("Cập nhật 08/01/2026 09:30", 8), ("6 tháng cuối năm 2025", 6),
              ("nhiệm kỳ 2025 – 2030", 2025), ("Quận 1 cũ", 1), ("Trong 6 tháng", 6),
              ("trong đó 120 video", 120), ("gần 1.500 sạp hàng", 1500),
              ("hơn 30 năm", 30), ("chỉ 2 buổi", 2), ("Từ tháng 7 đến tháng 12", 7),
              ("trong đó có 9 báo cáo đột xuất", 9), ("Năm 2026", 2026),
              ("168 đội thi", 168)]),
    Doc("h34_07", T07, THANHAN, Q1_26, D07, "sidecar", meta={"date": D07}, facts=[
        F("tổ chức 22 buổi tuyên truyền miệng", 22, "oral_propaganda_sessions"),
        F("hơn 1.900 lượt người dân", 1900, "propaganda_audience", "at_least", a="masses"),
        F("hiện có 9 nhóm Zalo", 9, "chat_groups", p=inst(D07)),
        F("khoảng 2.100 thành viên", 2100, "chat_group_members", "approx", p=inst(D07)),
        F("01 trang fanpage", 1, "social_pages", p=inst(D07)),
        F("fanpage đăng 146 tin, bài", 146, "news_items"),
        F("khen thưởng 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể, 8 cá nhân", 8, "commended_individuals"),
        F("tổ chức 01 hội nghị học tập", 1, "study_sessions"),
        F("mở 7 lớp", 7, "study_sessions"),
        F("với 312 lượt đảng viên", 312, "study_attendance", a="party_members"),
        F("đạt 97,8%", 97.8, "study_participation_rate"),
        F("lắp mới 5 cụm loa", 5, "other"),
        F("chạy 26 lượt xe loa", 26, "other"),
    ], traps=[("hơn 30 phút", 30), ("khoảng 4.700 người dân", 4700), ("quý I năm 2026", 1),
              ("đi biển 15 đến 20 ngày", 15), ("20 ngày", 20), ("Ghe tui 6 người", 6),
              ("trong đó 38 video", 38), ("7 chi bộ trực thuộc", 7),
              ("thêm 3 nhóm Zalo", 3), ("100% tàu cá", 100)]),
    Doc("h34_08", T08, HCM, Q4_25, D08, "text", facts=[
        F("tổ chức 2 hội nghị cấp thành phố học tập", 2, "study_sessions"),
        F("dự tại các điểm cầu: 54.620", 54620, "study_attendance", a="party_members"),
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("hỗ trợ 1,8 tỷ đồng kinh phí", 1800000000, "other"),
        F("in 120.000 cuốn", 120000, "other"),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=TANTAO),
        *_TABLE,
    ], traps=[("SỐ 01 (THÁNG 01/2026)", 1), ("ngày 12/01/2026", 12), ("QUÝ IV NĂM 2025", 4),
              ("quý IV năm 2025", 4), ("nhiệm kỳ 2025 – 2030", 2025), ("168 điểm cầu", 168),
              ("tháng 12", 12), ("một trong 3 đơn vị dẫn đầu", 3),
              ("khoảng 25.000 công nhân", 25000), ("quý I năm 2026", 1),
              ("12 phường, xã còn lại", 12), ("sơ kết 6 tháng", 6)]),
]
