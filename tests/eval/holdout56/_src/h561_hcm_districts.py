"""holdout56, part 1: Ho Chi Minh City districts and the city's cluster meetings, 2016-2022.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source
(holdout2/_src/g01_hcm_districts.py, for its format only), the seeds indicators.csv and
org_units.csv and the sample reports in shared/sample_reports (for style), without reading or
running the extractor. Reports are new texts in the style of office documents pasted as plain
text: letterheads, headings in capitals, list lines with -, +, *, a)/b), 1.1., tables whose
cells are separated by TABs, by runs of spaces or by " | ".

Decisions where the guide leaves room:
- A stock in a table or list line of a report with a period and no "hiện có" marker
  (fanpage row of h56_01, "Báo cáo viên cấp quận: 41 đồng chí" of h56_11) is an instant at the
  end of the report's period, even when that end falls after the document date (h56_11).
- "1.420 buổi nói chuyện, họp tổ" for an election campaign is oral_propaganda_sessions, its
  "lượt cử tri" propaganda_audience with audience all.
- "6 buổi livestream tuyên truyền" (h56_09) is oral_propaganda_sessions (a session whose noun
  phrase says tuyên truyền); its "lượt xem" are propaganda_audience.
- A "Tổng cộng" row of a table whose columns are measures (h56_07) is a fact; an empty cell
  in it is simply no fact.
- Numbers of the numbered headings ("1.", "1.1.", "I.") are traps left to auto_traps.
"""
from build_gold import Doc, F, U, end_of, inst, quarter, since, year

HCM = U("79")
Q10, Q3, Q5, NBE = U("Quận 10"), U("Quận 3"), U("Quận 5"), U("Huyện Nhà Bè")
CUCHI, GOVAP, Q8 = U("Huyện Củ Chi"), U("Quận Gò Vấp"), U("Quận 8")


def _row(cells: list[str], widths: list[int]) -> str:
    return "".join(c.ljust(w) for c, w in zip(cells[:-1], widths)) + cells[-1]


def _upto(cells: list[str], widths: list[int], k: int) -> str:
    """The row's text from its start to the end of cell k (an exact prefix of the line)."""
    return "".join(c.ljust(w) for c, w in zip(cells[:k], widths)) + cells[k]


# ---- h56_01: Quận 10, formal half-year report, TAB table ---------------------------------
T01 = """
QUẬN ỦY QUẬN 10                              ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
      *
Số 87-BC/BTGQU                               Quận 10, ngày 04 tháng 7 năm 2017

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2017,
phương hướng, nhiệm vụ 6 tháng cuối năm 2017
-----

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 16 văn bản (07 kế hoạch, 09 hướng dẫn) về công tác tư tưởng và tuyên truyền các ngày lễ lớn, trong đó có kế hoạch tuyên truyền kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2017) và 42 năm Ngày giải phóng miền Nam, thống nhất đất nước.

2. Học tập, quán triệt nghị quyết, chỉ thị
Kết quả học tập, quán triệt Nghị quyết Trung ương 4 khóa XII và Chỉ thị 05-CT/TW của Bộ Chính trị như sau:
- Hội nghị cấp quận: 03
- Lớp ở các chi, đảng bộ cơ sở: 142
- Lượt cán bộ, đảng viên dự: 9.784; tỷ lệ: 96,8%
- Số đảng viên chưa tham gia: 318 người (chủ yếu là đảng viên cao tuổi, đau ốm, đi làm ăn xa)

3. Tuyên truyền miệng, nắm bắt dư luận xã hội
+ Hội nghị báo cáo viên định kỳ: 02 (tháng 2 và tháng 5)
+ Buổi nói chuyện thời sự, chuyên đề tại 15 phường: 96 – lượt người nghe: khoảng 8.450
+ Báo cáo viên cấp quận: 38 đồng chí; cộng tác viên dư luận xã hội: 71 đồng chí
+ Báo cáo dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 12 định kỳ, 4 đột xuất

4. Thông tin trên trang thông tin điện tử và mạng xã hội
Kết quả trong 6 tháng:

Nội dung\tSố lượng\tĐơn vị tính
Tin, bài đăng trên trang thông tin điện tử quận\t412\ttin, bài
Video clip, infographic đăng trên fanpage “Quận 10 – Thông tin”\t86\tsản phẩm
Băng rôn, khẩu hiệu treo tại các tuyến đường chính\t1.240\tcái
Fanpage của quận và các phường\t16\ttrang

5. Công tác khen thưởng
Nhân dịp tổng kết 10 năm thực hiện Chỉ thị 06-CT/TW về cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”, Ban Thường vụ Quận ủy khen thưởng 11 tập thể và 24 cá nhân tiêu biểu; đồng thời đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2017
1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 5 khóa XII, bảo đảm 100% cán bộ chủ chốt tham dự.
2. Mở 04 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho khoảng 150 cán bộ cơ sở.
3. Vận động các phường còn lại lập thêm 5 nhóm Zalo khu phố; duy trì 2 số bản tin mỗi tháng.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VT.
                                             T/M BAN TUYÊN GIÁO
                                             TRƯỞNG BAN
"""

# ---- h56_03: city cluster meeting, " | " table with one district a column ----------------
T03 = """
Cụm thi đua số 2 giao ban công tác tuyên giáo quý I/2021

(Thanhuytphcm.vn) – Ngày 9/4/2021, tại Hội trường Quận ủy Quận 3 (số 185 Cách Mạng Tháng Tám), Ban Tuyên giáo Thành ủy chủ trì buổi giao ban công tác tuyên giáo quý I năm 2021 của Cụm thi đua số 2, gồm Quận 3, Quận 5 và huyện Nhà Bè.

Quý I là thời điểm cao điểm học tập, quán triệt Nghị quyết Đại hội XIII của Đảng. Theo báo cáo tổng hợp, kết quả của ba đơn vị như sau:

Chỉ tiêu | Quận 3 | Quận 5 | Huyện Nhà Bè
Hội nghị, lớp học tập Nghị quyết Đại hội XIII | 64 | 58 | 41
Lượt cán bộ, đảng viên dự | 10.512 | 8.930 | 6.247
Tỷ lệ đảng viên tham gia (%) | 97,3 | 96,15 | 95
Buổi tuyên truyền miệng | 120 | 87 | 65
Băng rôn, khẩu hiệu | 450 | 380 | 210
Xếp thứ trong cụm | 1 | 2 | 3

Tại Quận 3, Ban Tuyên giáo Quận ủy tham mưu triển khai hai đợt sinh hoạt chính trị, tư tưởng, trong đó có đợt sinh hoạt về 46 năm Ngày giải phóng miền Nam (30/4/1975 – 30/4/2021).

Quận 5 – địa bàn có đông người Hoa sinh sống (chiếm khoảng 36% dân số) – phát hành 3 số bản tin song ngữ Việt – Hoa, mỗi số 1.500 bản, phát tới các hội quán, trường học và tổ dân phố.

Huyện Nhà Bè thành lập mới 14 nhóm Zalo ở các ấp, nâng tổng số lên 126 nhóm với khoảng 9.800 thành viên. “Ở ấp tôi, nhiều bà con làm công nhân theo ca 12 tiếng ở khu công nghiệp, nên chi bộ phải gửi tài liệu nghị quyết qua Zalo để anh em đọc lúc nghỉ ca”, anh Lê Văn Tư, Bí thư Chi bộ ấp 3, xã Hiệp Phước, chia sẻ tại buổi giao ban.

Cũng trong quý, Ban Tuyên giáo Thành ủy tổ chức 04 hội nghị báo cáo viên trực tuyến kết nối 322 điểm cầu trên toàn Thành phố.

Phát biểu kết luận, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đề nghị trong quý II, các đơn vị trong cụm tổ chức hội thi tuyên truyền viên giỏi với dự kiến 45 thí sinh và hoàn thành việc học tập nghị quyết trước ngày 30/6/2021.
"""

# ---- h56_07: Huyện Củ Chi, summary with * lines, 1.1. headings and a TAB table -----------
T07 = """
HUYỆN ỦY CỦ CHI                              ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
      *
Số 142-BC/BTGHU                              Củ Chi, ngày 28 tháng 12 năm 2016

TÓM TẮT
Kết quả công tác tuyên giáo năm 2016

1. CÔNG TÁC HỌC TẬP, QUÁN TRIỆT
1.1. Nghị quyết Đại hội XII của Đảng và nghị quyết đại hội đảng bộ các cấp

Nội dung\tSố hội nghị, lớp\tLượt đảng viên dự\tTỷ lệ (%)
Nghị quyết Đại hội XII của Đảng\t312\t14.806\t97,62
Nghị quyết Đại hội X Đảng bộ Thành phố\t298\t14.215\t96,9
Nghị quyết Đại hội XI Đảng bộ huyện\t276\t13.960\t95,84
Tổng cộng\t886\t42.981

1.2. Nghị quyết Trung ương 4 khóa XII
* Hội nghị cấp huyện và cơ sở: 23 (từ ngày 15/11 đến 20/12/2016)
* Lượt cán bộ, đảng viên dự: 5.140; đạt 94,7%

2. CÔNG TÁC TUYÊN TRUYỀN
* Tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021: 1.420 buổi nói chuyện, họp tổ, thu hút trên 98.000 lượt cử tri; tỷ lệ cử tri đi bầu đạt 99,61%.
* Đội thông tin lưu động huyện biểu diễn 64 đêm văn nghệ tuyên truyền tại các ấp vùng sâu; xe loa chạy 1.150 lượt.
* Bản tin “Sinh hoạt chi bộ” phát hành đủ 12 số, mỗi số 2.500 bản.
* Tờ gấp tuyên truyền phòng, chống dịch bệnh do vi rút Zika: in 30.000 tờ, phát đến từng hộ dân.
* Kinh phí hỗ trợ các ấp làm pano, khẩu hiệu: 380 triệu đồng.

3. ĐỘI NGŨ VÀ CÔNG TÁC DƯ LUẬN XÃ HỘI
* Báo cáo viên cấp huyện: 42 đồng chí (tính đến 30/11/2016); báo cáo viên cơ sở: 186 đồng chí
* Hội nghị báo cáo viên: 04, bình quân mỗi quý 1 hội nghị
* Cộng tác viên dư luận xã hội: 53 đồng chí; trong năm gửi về Ban 47 báo cáo tình hình tư tưởng, dư luận

4. THI ĐUA, KHEN THƯỞNG
Năm 2016, huyện được Ban Tuyên giáo Thành ủy xếp thứ 2/24 quận, huyện. Dịp tổng kết, Ban Thường vụ Huyện ủy khen thưởng 14 tập thể, 31 cá nhân có thành tích trong công tác tuyên giáo.

Ghi chú: Dự án nâng cấp Đài Truyền thanh huyện (tổng vốn đầu tư 7,8 tỷ đồng) dự kiến hoàn thành trong quý II/2017.
Địa chỉ liên hệ: Ban Tuyên giáo Huyện ủy, 25 Nguyễn Văn Khạ, khu phố 7, thị trấn Củ Chi; điện thoại: (028) 3892 4126.
"""

# ---- h56_09: Quận Gò Vấp, portal news article with quotations ----------------------------
T09 = """
Gò Vấp: Nhóm Zalo khu phố thành “loa phường” trong mùa dịch

Thứ Hai, ngày 14/9/2020

(Thanhuytphcm.vn) – Tám tháng đầu năm 2020, dù nhiều hoạt động tập trung phải tạm dừng vì dịch Covid-19, Ban Tuyên giáo Quận ủy Gò Vấp vẫn giữ được nhịp tuyên truyền nhờ mạng lưới nhóm Zalo phủ khắp 16 phường.

Theo ông Phạm Minh Tuấn, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, đến nay toàn quận có 1.312 nhóm Zalo khu phố, tổ dân phố với khoảng 96.000 thành viên; quận và các phường duy trì 17 fanpage chính danh.

“Trong 8 tháng, các nhóm đã chia sẻ hơn 7.400 tin, bài, hình ảnh về phòng, chống dịch. Ban cũng phối hợp tổ chức 6 buổi livestream tuyên truyền, giải đáp chính sách cho người lao động, với 23.500 lượt xem”, ông Tuấn cho biết.

Bà Lê Thị Mai, 63 tuổi, ngụ phường 10, kể: “Nhà tôi có 5 người, ai cũng vào nhóm Zalo của tổ 23. Có hôm nhóm báo lịch phát khẩu trang lúc 6 giờ sáng là cả tổ đi liền.”

Bên cạnh kênh trực tuyến, từ tháng 5, khi dịch được kiểm soát, các phường tổ chức lại 58 buổi nói chuyện chuyên đề ở khu phố, mỗi buổi chỉ được tổ chức với dưới 30 người theo quy định phòng dịch, tổng cộng khoảng 1.600 lượt người nghe.

Công tác nắm bắt dư luận được chú trọng. Đội ngũ 48 cộng tác viên dư luận xã hội của quận đã gửi 36 báo cáo định kỳ và 14 báo cáo nhanh về tâm trạng người dân, nhất là quanh gói hỗ trợ trị giá 62.000 tỷ đồng của Chính phủ theo Nghị quyết 42/NQ-CP.

Các chi bộ khu phố còn vận động 320 tình nguyện viên tham gia tuyên truyền, phát tờ rơi và quyên góp được 2,35 tỷ đồng ủng hộ Quỹ phòng, chống dịch Covid-19 của quận.

Từ nay đến cuối năm, quận dự kiến tổ chức 40 – 45 buổi nói chuyện về Đại hội Đảng bộ Thành phố lần thứ XI, phấn đấu 100% khu phố có nhóm Zalo riêng cho đảng viên.
"""

# ---- h56_11: Quận 8, year-end report, table with runs of spaces --------------------------
W11 = [37, 20, 26]
H11 = ["Nội dung", "Số hội nghị, lớp", "Lượt cán bộ, đảng viên", "Lượt quần chúng"]
R11A = ["Nghị quyết Trung ương 4 khóa XIII", "204", "14.732", "2.108"]
R11B = ["Nghị quyết Trung ương 5 khóa XIII", "187", "13.905", "1.964"]
R11C = ["Kết luận 21-KL/TW", "198", "14.105", "—"]
TABLE11 = "\n".join(_row(r, W11) for r in (H11, R11A, R11B, R11C))

T11 = """
QUẬN ỦY QUẬN 8                               ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
      *
Số 312-BC/BTGQU                              Quận 8, ngày 26 tháng 12 năm 2022

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2022

A. KẾT QUẢ ĐẠT ĐƯỢC

I. CÔNG TÁC TƯ TƯỞNG
Ban Thường vụ Quận ủy ban hành 38 văn bản lãnh đạo, chỉ đạo; triển khai hai đợt sinh hoạt chính trị, tư tưởng gắn với thực hiện chủ đề năm 2022 của Thành phố.

Kết quả học tập, quán triệt trong năm:

""" + TABLE11 + """

Gần như 100% cán bộ, đảng viên dự học đầy đủ các chuyên đề; các chi bộ đã thu 27.950 bài thu hoạch.

II. CÔNG TÁC TUYÊN TRUYỀN
a) Tuyên truyền miệng: các phường tổ chức 167 buổi nói chuyện thời sự, chuyên đề, thu hút ước 12.300 lượt người nghe; có buổi trên 800 người dự.
b) Báo chí, xuất bản: trang thông tin điện tử quận đăng 1.046 tin, bài; chuyên mục “Quận 8 – Sức sống mới” trên Đài truyền thanh quận phát 48 kỳ.
c) Mạng xã hội: hiện quận duy trì 1 fanpage của quận và 16 fanpage của các phường; các tổ dân phố lập 1.268 nhóm Zalo.

III. ĐỘI NGŨ VÀ DƯ LUẬN XÃ HỘI
- Báo cáo viên cấp quận: 41 đồng chí (bổ sung 6 đồng chí trong năm)
- Hội nghị báo cáo viên: 04
- Các tổ dân phố có 312 tuyên truyền viên
- Báo cáo dư luận xã hội: 24 định kỳ, 9 đột xuất

IV. THI ĐUA, KHEN THƯỞNG
Cuộc thi viết “Quận 8 – những tấm gương bình dị” nhận 1.275 bài dự thi của 52 tổ chức cơ sở đảng; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba. Quận ủy tặng giấy khen cho 18 tập thể và 43 cá nhân. Năm 2022, Quận 8 đứng thứ 3 trong Cụm thi đua số 4.

B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
1. Tổ chức học tập các nghị quyết mới, bảo đảm trên 95% đảng viên tham gia.
2. Nâng số nhóm Zalo tổ dân phố lên 1.400 nhóm; mỗi phường có ít nhất 1 kênh TikTok.
3. Tổ chức 2 hội thi báo cáo viên giỏi cấp quận.
"""

D01, D03, D07, D09, D11 = "2017-07-04", "2021-04-09", "2016-12-28", "2020-09-14", "2022-12-26"
P01 = ("2017-01-01", "2017-06-30")
P09 = since("2020-01-01", "2020-08-31")
P11 = year(2022)


def _c11(row: list[str], k: int) -> str:
    return _upto(row, W11, k)


DOCS = [
    Doc("h56_01", T01, Q10, P01, D01, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Lớp ở các chi, đảng bộ cơ sở: 142", 142, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 9.784", 9784, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,8%", 96.8, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 318 người", 318, "other"),
        F("Hội nghị báo cáo viên định kỳ: 02", 2, "reporter_conferences"),
        F("chuyên đề tại 15 phường: 96", 96, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 8.450", 8450, "propaganda_audience", "approx"),
        F("Báo cáo viên cấp quận: 38 đồng chí", 38, "reporters", p=end_of(P01)),
        F("cộng tác viên dư luận xã hội: 71 đồng chí", 71, "opinion_collaborators",
          p=end_of(P01)),
        F("Ban Tuyên giáo Thành ủy: 12 định kỳ", 12, "opinion_reports"),
        F("12 định kỳ, 4 đột xuất", 4, "opinion_reports"),
        F("trang thông tin điện tử quận\t412", 412, "news_items"),
        F("“Quận 10 – Thông tin”\t86", 86, "news_items"),
        F("tuyến đường chính\t1.240", 1240, "other"),
        F("Fanpage của quận và các phường\t16", 16, "social_pages", p=end_of(P01)),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("24 cá nhân tiêu biểu", 24, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("Quận 10", 10), ("ngày 04 tháng 7 năm 2017", 4),
              ("6 tháng đầu năm 2017", 6), ("6 tháng cuối năm 2017", 6), ("07 kế hoạch", 7),
              ("09 hướng dẫn", 9), ("87 năm", 87), ("03/02/1930", 3), ("03/02/2017", 3),
              ("42 năm", 42), ("Trung ương 4", 4), ("05-CT/TW", 5), ("tháng 2", 2),
              ("tháng 5", 5), ("15 phường", 15), ("trong 6 tháng", 6), ("10 năm", 10),
              ("06-CT/TW", 6), ("cho 2 tập thể", 2), ("Trung ương 5", 5),
              ("100% cán bộ chủ chốt", 100), ("Mở 04 lớp", 4), ("khoảng 150 cán bộ", 150),
              ("thêm 5 nhóm Zalo", 5), ("2 số bản tin mỗi tháng", 2)]),
    Doc("h56_03", T03, HCM, quarter(1, 2021), D03, "text", facts=[
        F("Đại hội XIII | 64", 64, "study_sessions", unit=Q3),
        F("Đại hội XIII | 64 | 58", 58, "study_sessions", unit=Q5),
        F("Đại hội XIII | 64 | 58 | 41", 41, "study_sessions", unit=NBE),
        F("Lượt cán bộ, đảng viên dự | 10.512", 10512, "study_attendance",
          a="party_members", unit=Q3),
        F("| 10.512 | 8.930", 8930, "study_attendance", a="party_members", unit=Q5),
        F("| 8.930 | 6.247", 6247, "study_attendance", a="party_members", unit=NBE),
        F("Tỷ lệ đảng viên tham gia (%) | 97,3", 97.3, "study_participation_rate", unit=Q3),
        F("| 97,3 | 96,15", 96.15, "study_participation_rate", unit=Q5),
        F("| 96,15 | 95", 95, "study_participation_rate", unit=NBE),
        F("Buổi tuyên truyền miệng | 120", 120, "oral_propaganda_sessions", unit=Q3),
        F("| 120 | 87", 87, "oral_propaganda_sessions", unit=Q5),
        F("| 120 | 87 | 65", 65, "oral_propaganda_sessions", unit=NBE),
        F("Băng rôn, khẩu hiệu | 450", 450, "other", unit=Q3),
        F("| 450 | 380", 380, "other", unit=Q5),
        F("| 450 | 380 | 210", 210, "other", unit=NBE),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=Q3),
        F("phát hành 3 số bản tin", 3, "news_items", unit=Q5),
        F("nâng tổng số lên 126 nhóm", 126, "chat_groups", unit=NBE,
          p=end_of(quarter(1, 2021))),
        F("khoảng 9.800 thành viên", 9800, "chat_group_members", "approx", unit=NBE,
          p=end_of(quarter(1, 2021))),
        F("tổ chức 04 hội nghị báo cáo viên", 4, "reporter_conferences"),
    ], traps=[("Cụm thi đua số 2", 2), ("quý I/2021", 1), ("Ngày 9/4/2021", 9),
              ("Quận 3", 3), ("số 185", 185), ("quý I năm 2021", 1), ("Quận 5", 5),
              ("Xếp thứ trong cụm | 1", 1),
              ("cụm | 1 | 2", 2), ("| 1 | 2 | 3", 3), ("46 năm", 46), ("30/4/1975", 30),
              ("30/4/2021", 30), ("khoảng 36% dân số", 36), ("mỗi số 1.500 bản", 1500),
              ("thành lập mới 14 nhóm Zalo", 14), ("ca 12 tiếng", 12), ("ấp 3", 3),
              ("kết nối 322 điểm cầu", 322), ("dự kiến 45 thí sinh", 45),
              ("ngày 30/6/2021", 30)]),
    Doc("h56_07", T07, CUCHI, year(2016), D07, "text", facts=[
        F("Nghị quyết Đại hội XII của Đảng\t312", 312, "study_sessions"),
        F("Nghị quyết Đại hội XII của Đảng\t312\t14.806", 14806, "study_attendance",
          a="party_members"),
        F("\t312\t14.806\t97,62", 97.62, "study_participation_rate"),
        F("Nghị quyết Đại hội X Đảng bộ Thành phố\t298", 298, "study_sessions"),
        F("\t298\t14.215", 14215, "study_attendance", a="party_members"),
        F("\t298\t14.215\t96,9", 96.9, "study_participation_rate"),
        F("Nghị quyết Đại hội XI Đảng bộ huyện\t276", 276, "study_sessions"),
        F("\t276\t13.960", 13960, "study_attendance", a="party_members"),
        F("\t276\t13.960\t95,84", 95.84, "study_participation_rate"),
        F("Tổng cộng\t886", 886, "study_sessions"),
        F("Tổng cộng\t886\t42.981", 42981, "study_attendance", a="party_members"),
        F("Hội nghị cấp huyện và cơ sở: 23", 23, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 5.140", 5140, "study_attendance", a="party_members"),
        F("đạt 94,7%", 94.7, "study_participation_rate"),
        F("1.420 buổi nói chuyện, họp tổ", 1420, "oral_propaganda_sessions"),
        F("trên 98.000 lượt cử tri", 98000, "propaganda_audience", "at_least"),
        F("biểu diễn 64 đêm văn nghệ", 64, "other"),
        F("xe loa chạy 1.150 lượt", 1150, "other"),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("in 30.000 tờ", 30000, "other"),
        F("làm pano, khẩu hiệu: 380 triệu đồng", 380000000, "other"),
        F("Báo cáo viên cấp huyện: 42 đồng chí", 42, "reporters", p=inst("2016-11-30")),
        F("báo cáo viên cơ sở: 186 đồng chí", 186, "reporters", p=end_of(year(2016))),
        F("Hội nghị báo cáo viên: 04", 4, "reporter_conferences"),
        F("Cộng tác viên dư luận xã hội: 53 đồng chí", 53, "opinion_collaborators",
          p=end_of(year(2016))),
        F("gửi về Ban 47 báo cáo", 47, "opinion_reports"),
        F("khen thưởng 14 tập thể", 14, "commended_collectives"),
        F("14 tập thể, 31 cá nhân", 31, "commended_individuals"),
    ], traps=[("Số 142-BC/BTGHU", 142), ("ngày 28 tháng 12 năm 2016", 28),
              ("năm 2016", 2016), ("Trung ương 4", 4), ("từ ngày 15/11", 15),
              ("20/12/2016", 20), ("nhiệm kỳ 2016 – 2021", 2016), ("đạt 99,61%", 99.61),
              ("mỗi số 2.500 bản", 2500), ("tính đến 30/11/2016", 30),
              ("mỗi quý 1 hội nghị", 1), ("Năm 2016", 2016), ("thứ 2/24", 2),
              ("7,8 tỷ đồng", 7.8), ("quý II/2017", 2), ("25 Nguyễn Văn Khạ", 25),
              ("khu phố 7", 7), ("(028) 3892 4126", 28)]),
    Doc("h56_09", T09, GOVAP, P09, D09, "text", facts=[
        F("có 1.312 nhóm Zalo", 1312, "chat_groups", p=inst(D09)),
        F("khoảng 96.000 thành viên", 96000, "chat_group_members", "approx", p=inst(D09)),
        F("duy trì 17 fanpage chính danh", 17, "social_pages", p=inst(D09)),
        F("hơn 7.400 tin, bài", 7400, "news_items", "at_least"),
        F("tổ chức 6 buổi livestream tuyên truyền", 6, "oral_propaganda_sessions"),
        F("với 23.500 lượt xem", 23500, "propaganda_audience"),
        F("tổ chức lại 58 buổi nói chuyện", 58, "oral_propaganda_sessions",
          p=since("2020-05-01", D09)),
        F("khoảng 1.600 lượt người nghe", 1600, "propaganda_audience", "approx",
          p=since("2020-05-01", D09)),
        F("Đội ngũ 48 cộng tác viên", 48, "opinion_collaborators", p=end_of(P09)),
        F("gửi 36 báo cáo định kỳ", 36, "opinion_reports"),
        F("14 báo cáo nhanh về tâm trạng", 14, "opinion_reports"),
        F("vận động 320 tình nguyện viên", 320, "other"),
        F("quyên góp được 2,35 tỷ đồng", 2350000000, "other"),
    ], traps=[("ngày 14/9/2020", 14), ("Covid-19", 19), ("16 phường", 16),
              ("Trong 8 tháng", 8), ("63 tuổi", 63), ("phường 10", 10),
              ("có 5 người", 5), ("tổ 23", 23), ("lúc 6 giờ sáng", 6), ("từ tháng 5", 5),
              ("dưới 30 người", 30), ("62.000 tỷ đồng", 62000), ("42/NQ-CP", 42),
              ("40 – 45 buổi", 40), ("100% khu phố", 100)]),
    Doc("h56_11", T11, Q8, P11, D11, "text", facts=[
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F(_c11(R11A, 1), 204, "study_sessions"),
        F(_c11(R11A, 2), 14732, "study_attendance", a="party_members"),
        F(_c11(R11A, 3), 2108, "study_attendance", a="masses"),
        F(_c11(R11B, 1), 187, "study_sessions"),
        F(_c11(R11B, 2), 13905, "study_attendance", a="party_members"),
        F(_c11(R11B, 3), 1964, "study_attendance", a="masses"),
        F(_c11(R11C, 1), 198, "study_sessions"),
        F(_c11(R11C, 2), 14105, "study_attendance", a="party_members"),
        F("Gần như 100% cán bộ, đảng viên dự học", 100, "study_participation_rate", "approx"),
        F("thu 27.950 bài thu hoạch", 27950, "other"),
        F("tổ chức 167 buổi nói chuyện", 167, "oral_propaganda_sessions"),
        F("ước 12.300 lượt người nghe", 12300, "propaganda_audience", "approx"),
        F("đăng 1.046 tin, bài", 1046, "news_items"),
        F("phát 48 kỳ", 48, "news_items"),
        F("duy trì 1 fanpage của quận", 1, "social_pages", p=inst(D11)),
        F("16 fanpage của các phường", 16, "social_pages", p=inst(D11)),
        F("lập 1.268 nhóm Zalo", 1268, "chat_groups", p=inst(D11)),
        F("Báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=end_of(P11)),
        F("Hội nghị báo cáo viên: 04", 4, "reporter_conferences"),
        F("có 312 tuyên truyền viên", 312, "other"),
        F("Báo cáo dư luận xã hội: 24 định kỳ", 24, "opinion_reports"),
        F("24 định kỳ, 9 đột xuất", 9, "opinion_reports"),
        F("nhận 1.275 bài dự thi", 1275, "contest_entries"),
        F("của 52 tổ chức cơ sở đảng", 52, "other"),
        F("giấy khen cho 18 tập thể", 18, "commended_collectives"),
        F("18 tập thể và 43 cá nhân", 43, "commended_individuals"),
    ], traps=[("Số 312-BC/BTGQU", 312), ("Quận 8", 8), ("ngày 26 tháng 12 năm 2022", 26),
              ("chủ đề năm 2022", 2022), ("Trung ương 4", 4), ("Trung ương 5", 5),
              ("21-KL/TW", 21), ("có buổi trên 800 người", 800),
              ("bổ sung 6 đồng chí", 6), ("1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("3 giải Ba", 3), ("Năm 2022", 2022), ("đứng thứ 3", 3),
              ("Cụm thi đua số 4", 4), ("NĂM 2023", 2023), ("trên 95% đảng viên", 95),
              ("lên 1.400 nhóm", 1400), ("ít nhất 1 kênh TikTok", 1),
              ("Tổ chức 2 hội thi", 2)]),
]
