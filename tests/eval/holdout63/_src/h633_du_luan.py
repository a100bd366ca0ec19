"""Holdout63, part 3: public-opinion collaborators and reports in Ho Chi Minh City: Huyện Nhà Bè
(6 months of 2017, no dateline: a sidecar date), Quận Bình Tân (quarter III of 2021, an
administrative report with a table by quarter) and the new Phường Tân Định (quarter I of 2026).
Written from docs/LABELING.md only, without reading the extractor or any other evaluation set.

Decisions where the guide leaves room:
- "phản ánh 412 lượt ý kiến, kiến nghị" and a table row "Ý kiến, kiến nghị được tổng hợp" count
  opinions gathered, not reports: `other`. "19 buổi đối thoại, tiếp xúc với người dân" are
  dialogues with residents (`other`, as the guide says); "giải quyết dứt điểm 17 vụ việc" in the
  Trưởng ban's words is `other`.
- A district's list line "Cộng tác viên dư luận xã hội cấp quận: 41 đồng chí; cấp phường: 85
  đồng chí" gives two opinion_collaborators facts of the district (the level names no unit);
  with no marker in a quarterly report they are instants at the quarter's end.
- The collaborators' parts after "trong đó" ("trong đó 12 đồng chí ở cấp huyện và 72 đồng chí
  ...") are parts (traps); "ở 7 xã, thị trấn" is geography.
- "tặng giấy khen cho 5 tập thể và 11 cộng tác viên" → 11 commended_individuals (people given a
  certificate).
- "2 lớp tập huấn ... cho 118 lượt cộng tác viên và báo cáo viên cơ sở" → training_classes and
  trainees (the trainees counted in "lượt").
- A table whose columns are quarters ("Quý II/2021 | Quý III/2021"): each column is its quarter
  of 2021; the "Tăng, giảm" column is a comparison (traps).
- The collaborators "có 32 đồng chí (tính đến 31/3/2026)" are an instant at the bracketed date.
- "130 nhóm Zalo, hiện có khoảng 152.000 thành viên": the groups at the quarter's end, the members
  at the document date (the guide's "duy trì ..., hiện có ..." reading); "41 nhóm (hiện có
  khoảng 12.600 thành viên)" likewise.
- "trực tuyến kết nối tới 12 điểm cầu" is the sites a meeting reached (a trap).
"""
import re

from build_gold import Doc, F, U, W, end_of, h1, quarter


def heads(text: str) -> list[tuple[str, float]]:
    """Traps for the numbers of numbered headings and numbered plan lines ("1. Công tác ...")."""
    return [(m.group(0), int(m.group(1))) for m in re.finditer(r"(?m)^(\d+)\. \S+", text)]

NB = U("Huyện Nhà Bè")
BT = U("Quận Bình Tân")
TDI = W("Phường Tân Định", "79")

T07 = """
Nhà Bè: Cộng tác viên dư luận xã hội – “tai mắt” của cấp ủy ở vùng ven

Sáu tháng đầu năm 2017, công tác nắm bắt, định hướng dư luận xã hội trên địa bàn huyện Nhà Bè tiếp tục được Huyện ủy quan tâm, nhất là ở những khu vực đang triển khai các dự án bồi thường, giải phóng mặt bằng.

Đội ngũ cộng tác viên dư luận xã hội của huyện hiện có 84 người, trong đó 12 đồng chí ở cấp huyện và 72 đồng chí ở 7 xã, thị trấn. Phần lớn là bí thư chi bộ ấp, trưởng ấp, cán bộ hưu trí có uy tín trong khu dân cư. Trong 6 tháng, đội ngũ này đã gửi về Ban Tuyên giáo Huyện ủy 156 báo cáo, phản ánh 412 lượt ý kiến, kiến nghị của người dân; tăng 31 báo cáo so với cùng kỳ năm 2016.

Từ các nguồn thông tin này, Ban Tuyên giáo Huyện ủy đã xây dựng 6 báo cáo chuyên đề và 2 báo cáo nhanh về tình hình dư luận xã hội gửi Thường trực Huyện ủy và Ban Tuyên giáo Thành ủy; tham mưu tổ chức 19 buổi đối thoại, tiếp xúc với người dân tại các dự án ở xã Phước Kiển, Nhơn Đức, Long Thới.

“Có những việc nếu không nắm kịp thì rất dễ thành điểm nóng. Sáu tháng qua, nhờ cộng tác viên báo sớm, huyện đã chỉ đạo giải quyết dứt điểm 17 vụ việc khiếu nại đông người ngay từ cơ sở”, đồng chí Trương Thị Thu Hiền, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè cho biết.

Ông Nguyễn Văn Sáu, 70 tuổi, cộng tác viên ở ấp 3, xã Hiệp Phước, kể: “Nhà tôi ở gần Khu công nghiệp Hiệp Phước, nơi có khoảng 30.000 công nhân. Tuần nào tôi cũng ghi được 2, 3 chuyện bà con bàn tán để báo lên”.

Để nâng chất đội ngũ, huyện mở 2 lớp tập huấn nghiệp vụ nắm bắt, tổng hợp dư luận xã hội cho 118 lượt cộng tác viên và báo cáo viên cơ sở. Nhân dịp sơ kết, Ban Thường vụ Huyện ủy tặng giấy khen cho 5 tập thể và 11 cộng tác viên có thành tích tốt.

Trong 6 tháng cuối năm, huyện sẽ bổ sung khoảng 10 cộng tác viên là chức sắc, người có uy tín trong đồng bào có đạo, đồng thời phấn đấu 100% báo cáo của xã, thị trấn được gửi đúng hạn vào ngày 25 hằng tháng.
"""

T08 = """
QUẬN ỦY BÌNH TÂN
BAN TUYÊN GIÁO
*
Số 227-BC/BTGQU
Bình Tân, ngày 04 tháng 10 năm 2021

BÁO CÁO
Tình hình tư tưởng, dư luận xã hội quý III năm 2021

I. KẾT QUẢ NẮM BẮT DƯ LUẬN XÃ HỘI

1. Đội ngũ
- Cộng tác viên dư luận xã hội cấp quận: 41 đồng chí; cấp phường: 85 đồng chí
- Báo cáo viên cấp quận: 36 đồng chí

2. Số liệu báo cáo dư luận xã hội

Chỉ tiêu | Quý II/2021 | Quý III/2021 | Tăng, giảm
Báo cáo định kỳ | 88 | 79 | -9
Báo cáo đột xuất | 11 | 34 | +23
Ý kiến, kiến nghị được tổng hợp | 291 | 468 | +177

3. Những vấn đề dư luận quan tâm
Dư luận tập trung vào diễn biến dịch Covid-19, việc tiêm vắc xin và chính sách hỗ trợ người dân gặp khó khăn. Nhân dân đồng tình với gói hỗ trợ theo Nghị quyết 68/NQ-CP trị giá 26.000 tỷ đồng và việc Thành phố chi hỗ trợ đợt 3; tuy nhiên còn băn khoăn về tiến độ chi trả ở một số khu phố đông người lao động thuê trọ. Bình Tân là quận đông dân nhất Thành phố, với hơn 784 nghìn người, trong đó khoảng 60% là người từ các tỉnh đến sinh sống, làm việc.

4. Công tác định hướng thông tin
Ban Tuyên giáo Quận ủy ban hành 5 văn bản định hướng tuyên truyền; tổ chức 2 hội nghị báo cáo viên trực tuyến. Trang thông tin điện tử và fanpage “Bình Tân ngày nay” đăng 1.946 tin, bài về phòng, chống dịch; các khu phố duy trì 130 nhóm Zalo, hiện có khoảng 152.000 thành viên. Đội xe loa lưu động chạy 1.280 lượt tại các khu cách ly, phong tỏa.

5. Khen thưởng
Ban Thường vụ Quận ủy biểu dương 7 tập thể, 19 cá nhân có nhiều đóng góp trong tuyên truyền phòng, chống dịch.

II. NHIỆM VỤ QUÝ IV NĂM 2021
- Củng cố đội ngũ, phấn đấu đạt 130 cộng tác viên dư luận xã hội.
- Tổ chức 2 lớp tập huấn cho cộng tác viên mới khi dịch được kiểm soát.
- Hoàn thành báo cáo tổng kết năm trước ngày 15/12/2021.
"""

T09 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH        ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH
*
Số 38-BC/ĐU                  Tân Định, ngày 03 tháng 4 năm 2026

BÁO CÁO
Tình hình tư tưởng, dư luận xã hội và công tác tuyên truyền quý I năm 2026

I. TÌNH HÌNH VÀ KẾT QUẢ

1. Tình hình tư tưởng, dư luận xã hội
Quý I năm 2026 diễn ra nhiều sự kiện chính trị quan trọng: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Tết Nguyên đán Bính Ngọ và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031 ngày 15/3/2026. Cán bộ, đảng viên và Nhân dân phường phấn khởi, tin tưởng; tỷ lệ cử tri đi bầu của phường đạt 99,4%.

Đội ngũ cộng tác viên dư luận xã hội của phường có 32 đồng chí (tính đến 31/3/2026), chủ yếu là bí thư chi bộ, trưởng khu phố. Trong quý, cộng tác viên gửi về Ban Xây dựng Đảng Đảng ủy phường 39 báo cáo định kỳ và 7 báo cáo nhanh; dư luận quan tâm nhiều đến việc chỉnh trang vỉa hè đường Hai Bà Trưng, trật tự đô thị quanh chợ Tân Định và thủ tục hành chính sau sắp xếp.

2. Kết quả công tác tuyên truyền
- Buổi tuyên truyền miệng, nói chuyện chuyên đề về Đại hội XIV và bầu cử: 46 – lượt người nghe: khoảng 3.950
- Băng rôn, khẩu hiệu, cờ phướn: 620
- Tin, bài trên trang thông tin điện tử phường: 184; trên fanpage “Tân Định hôm nay”: 97
- Nhóm Zalo khu phố: 41 nhóm (hiện có khoảng 12.600 thành viên)
- Lượt xe loa tuyên truyền lưu động: 56

3. Học tập, quán triệt
Đảng ủy phường tổ chức 01 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng theo hình thức trực tuyến kết nối tới 12 điểm cầu, với 1.384 lượt cán bộ, đảng viên tham dự, đạt 95,8%.

4. Khen thưởng
Đảng ủy phường khen thưởng 4 tập thể, 9 cá nhân có thành tích xuất sắc trong công tác bầu cử; đề nghị Ủy ban nhân dân Thành phố tặng bằng khen cho 1 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026
1. Tổ chức học tập Nghị quyết Đại hội XIV cho 100% đảng viên, phấn đấu tỷ lệ tham dự trên 96%.
2. Bổ sung 5 cộng tác viên dư luận xã hội là người trẻ, am hiểu mạng xã hội.
3. Tổ chức các hoạt động kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2026) và 136 năm Ngày sinh Chủ tịch Hồ Chí Minh.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu Văn phòng Đảng ủy.
"""

D07, D08, D09 = "2017-07-12", "2021-10-04", "2026-04-03"
Q3, Q2 = quarter(3, 2021), quarter(2, 2021)
Q1_26 = quarter(1, 2026)

DOCS = [
    Doc("syn_h63_07_nhabe_2017", T07, NB, h1(2017), D07, "sidecar", meta={"date": D07},
        facts=[
        F("hiện có 84 người", 84, "opinion_collaborators", p=(D07, D07)),
        F("Huyện ủy 156 báo cáo", 156, "opinion_reports"),
        F("phản ánh 412 lượt ý kiến", 412, "other"),
        F("xây dựng 6 báo cáo chuyên đề", 6, "opinion_reports"),
        F("2 báo cáo nhanh", 2, "opinion_reports"),
        F("tổ chức 19 buổi đối thoại", 19, "other"),
        F("giải quyết dứt điểm 17 vụ việc", 17, "other"),
        F("mở 2 lớp tập huấn", 2, "training_classes"),
        F("cho 118 lượt cộng tác viên", 118, "trainees"),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("11 cộng tác viên", 11, "commended_individuals"),
    ], traps=[("Sáu tháng đầu năm 2017", 2017), ("trong đó 12 đồng chí", 12),
              ("72 đồng chí", 72), ("7 xã, thị trấn", 7), ("tăng 31 báo cáo", 31),
              ("năm 2016", 2016), ("Nguyễn Văn Sáu", 6), ("70 tuổi", 70), ("ấp 3", 3),
              ("khoảng 30.000 công nhân", 30000), ("2, 3 chuyện", 2),
              ("khoảng 10 cộng tác viên", 10), ("100% báo cáo", 100), ("ngày 25", 25)]),
    Doc("syn_h63_08_binhtan_2021", T08, BT, Q3, D08, "text", facts=[
        F("cấp quận: 41 đồng chí", 41, "opinion_collaborators", p=end_of(Q3)),
        F("cấp phường: 85 đồng chí", 85, "opinion_collaborators", p=end_of(Q3)),
        F("Báo cáo viên cấp quận: 36 đồng chí", 36, "reporters", p=end_of(Q3)),
        F("Báo cáo định kỳ | 88", 88, "opinion_reports", p=Q2),
        F("88 | 79", 79, "opinion_reports"),
        F("Báo cáo đột xuất | 11", 11, "opinion_reports", p=Q2),
        F("11 | 34", 34, "opinion_reports"),
        F("Ý kiến, kiến nghị được tổng hợp | 291", 291, "other", p=Q2),
        F("291 | 468", 468, "other"),
        F("ban hành 5 văn bản", 5, "documents_issued"),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("đăng 1.946 tin, bài", 1946, "news_items"),
        F("duy trì 130 nhóm Zalo", 130, "chat_groups", p=end_of(Q3)),
        F("hiện có khoảng 152.000 thành viên", 152000, "chat_group_members", "approx",
          p=(D08, D08)),
        F("chạy 1.280 lượt", 1280, "other"),
        F("biểu dương 7 tập thể", 7, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 227-BC/BTGQU", 227), ("ngày 04 tháng 10 năm 2021", 4),
              ("Quý II/2021", 2021), ("Quý III/2021", 2021),
              ("| -9", 9), ("| +23", 23), ("| +177", 177), ("Covid-19", 19),
              ("Nghị quyết 68/NQ-CP", 68), ("26.000 tỷ đồng", 26000), ("đợt 3", 3),
              ("hơn 784 nghìn người", 784000), ("khoảng 60%", 60),
              ("đạt 130 cộng tác viên", 130), ("Tổ chức 2 lớp tập huấn", 2),
              ("ngày 15/12/2021", 15)] + heads(T08)),
    Doc("syn_h63_09_tandinh_2026", T09, TDI, Q1_26, D09, "text", facts=[
        F("có 32 đồng chí (tính đến 31/3/2026)", 32, "opinion_collaborators",
          p=("2026-03-31", "2026-03-31")),
        F("39 báo cáo định kỳ", 39, "opinion_reports"),
        F("7 báo cáo nhanh", 7, "opinion_reports"),
        F("về Đại hội XIV và bầu cử: 46", 46, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 3.950", 3950, "propaganda_audience", "approx"),
        F("cờ phướn: 620", 620, "other"),
        F("trang thông tin điện tử phường: 184", 184, "news_items"),
        F("“Tân Định hôm nay”: 97", 97, "news_items"),
        F("Nhóm Zalo khu phố: 41 nhóm", 41, "chat_groups", p=end_of(Q1_26)),
        F("hiện có khoảng 12.600 thành viên", 12600, "chat_group_members", "approx",
          p=(D09, D09)),
        F("Lượt xe loa tuyên truyền lưu động: 56", 56, "other"),
        F("tổ chức 01 hội nghị học tập", 1, "study_sessions"),
        F("với 1.384 lượt cán bộ, đảng viên", 1384, "study_attendance", a="party_members"),
        F("đạt 95,8%", 95.8, "study_participation_rate"),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 38-BC/ĐU", 38), ("ngày 03 tháng 4 năm 2026", 3),
              ("quý I năm 2026", 2026), ("Quý I năm 2026", 2026),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("đạt 99,4%", 99.4), ("Hai Bà Trưng", 2), ("12 điểm cầu", 12),
              ("cho 1 tập thể", 1), ("100% đảng viên", 100), ("trên 96%", 96),
              ("Bổ sung 5 cộng tác viên", 5), ("51 năm", 51), ("30/4/1975", 30),
              ("30/4/2026", 30), ("136 năm", 136)] + heads(T09)),
]
