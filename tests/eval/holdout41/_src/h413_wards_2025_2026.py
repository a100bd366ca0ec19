"""Held-out set holdout41, part 3: wards after the 1 July 2025 reform (Phường Việt Hưng,
Hà Nội, quarterly report Q3/2025; Phường Bàn Cờ, TP.HCM, news article from 1/7/2025 to
December 2025; three central HCMC wards in sections, quarter I/2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without
reading or running the extractor. Decisions: see h411_hanoi_districts.py; in addition:
- A stock line with its own date in brackets ("(tính đến 30/9/2025)") is an instant at that
  date; "96 nhóm, hiện có gần 21.000 thành viên" gives the groups at the period's end and the
  members at the document date.
- A single session's attendance ("buổi nói chuyện tối 12/9 có gần 100 người dự") is the size of
  one of the items (a trap), not the period's audience.
- The Ban Tuyên giáo và Dân vận Thành ủy (after the 2025 merger of the two bodies) is a city
  body: its figures are the province's.
- "1.500 tiểu thương được tuyên truyền" is propaganda_audience with audience `all` (traders are
  not in the guide's masses list).
"""
from build_gold import Doc, F, U, W, end_of, inst, quarter, since

HCM = U("79")
VHUNG = W("Phường Việt Hưng", "01")
BANCO = W("Phường Bàn Cờ", "79")
SGON, BTHANH, TDINH = W("Phường Sài Gòn", "79"), W("Phường Bến Thành", "79"), W(
    "Phường Tân Định", "79")

T07 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG VIỆT HƯNG
*
Số 12-BC/ĐU
Việt Hưng, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025
(từ ngày 01/7 đến ngày 30/9/2025)

Phường Việt Hưng được thành lập trên cơ sở sắp xếp 4 phường của quận Long Biên trước đây, dân số khoảng 115.000 người; Đảng bộ phường có 46 tổ chức cơ sở đảng với 3.920 đảng viên. Quý III là quý đầu tiên phường vận hành mô hình chính quyền hai cấp, công tác tuyên giáo tập trung vào tuyên truyền Đại hội Đảng bộ phường và ổn định tư tưởng cán bộ, đảng viên, Nhân dân.

I. KẾT QUẢ THỰC HIỆN

1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Đảng ủy phường ban hành 20 văn bản (11 kế hoạch, 6 hướng dẫn, 3 công văn) về công tác tư tưởng, tuyên truyền.

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01 (trực tiếp kết hợp trực tuyến tới 25 điểm cầu)
- Lớp ở chi bộ: 42
- Đảng viên dự học: 3.702/3.920 đồng chí, đạt 94,44%
b) Các nghị quyết, kết luận của Trung ương và Thành ủy
- Hội nghị cấp phường: 02; lượt cán bộ, đảng viên dự: 1.150

3. Tuyên truyền
- Buổi tuyên truyền miệng tại tổ dân phố, nhà văn hóa: 58; lượt người dân nghe: khoảng 4.600
- Tin, bài trên trang Zalo OA “Phường Việt Hưng”: 214; trên fanpage của Đảng ủy phường: 187
- Trang mạng xã hội chính danh (tính đến 30/9/2025): 02
- Nhóm Zalo tổ dân phố: 96 nhóm, hiện có gần 21.000 thành viên
- Pano, áp phích, băng rôn tuyên truyền Đại hội và Quốc khánh 2/9: 640

4. Dư luận xã hội
Phường kiện toàn mạng lưới 18 cộng tác viên dư luận xã hội; trong quý gửi Ban Tuyên giáo và Dân vận Thành ủy 9 báo cáo tình hình tư tưởng, trong đó 2 báo cáo đột xuất về việc sắp xếp tổ dân phố.

5. Khen thưởng
Nhân dịp 80 năm Cách mạng tháng Tám và Quốc khánh 2/9, Đảng ủy phường biểu dương 6 tập thể, 15 cá nhân có thành tích trong tuyên truyền Đại hội.

II. NHIỆM VỤ QUÝ IV NĂM 2025
- Chuẩn bị tài liệu, tổ chức 01 hội nghị học tập Nghị quyết Đại hội XIV của Đảng ngay sau Đại hội.
- Mở 02 lớp bồi dưỡng nhận thức về Đảng cho khoảng 80 quần chúng ưu tú.
- Phấn đấu 100% tổ dân phố có nhóm Zalo do tổ trưởng quản trị.
"""

T08 = """
Phường Bàn Cờ: Lan tỏa tinh thần đại hội trong những con hẻm nhỏ

(Cổng thông tin phường Bàn Cờ) – Hơn năm tháng sau ngày đi vào hoạt động, Đảng ủy phường Bàn Cờ đã đưa nhiều hoạt động tuyên giáo đến gần hơn với người dân trong các con hẻm ở đường Nguyễn Đình Chiểu, Cao Thắng, Điện Biên Phủ.

Phường Bàn Cờ được thành lập từ ngày 1/7/2025 trên cơ sở các phường 1, 2, 3, 5 của Quận 3 cũ, với khoảng 62 nghìn dân sinh sống trong 38 khu phố. Từ ngày 1/7/2025 đến nay, Đảng ủy phường đã tổ chức 3 hội nghị học tập, quán triệt các nghị quyết của Trung ương về sắp xếp tổ chức bộ máy và Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030; các chi bộ khu phố mở tiếp 76 lớp, với 3.488 lượt cán bộ, đảng viên dự học, đạt tỷ lệ 97,3%.

Phường còn tổ chức 41 buổi nói chuyện thời sự tại tổ dân phố, nhà văn hóa khu phố, thu hút trên 2.900 lượt người dân. Tại hẻm 185 Cách Mạng Tháng Tám, buổi nói chuyện tối 12/9 có gần 100 người dự. “Nghe cán bộ phường giải thích chuyện làm giấy tờ ở trung tâm phục vụ hành chính công, tôi đỡ lo hẳn. Hồi trước tôi chạy lên quận tới 3 lần mới xong một bộ hồ sơ”, bà Lê Thị Tám, 67 tuổi, cư dân khu phố 9, chia sẻ.

Đồng chí Nguyễn Hoàng Phúc, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Phường hiện có 2 trang mạng xã hội chính danh là fanpage và Zalo OA, cùng 126 nhóm Zalo khu phố, tổ dân phố với khoảng 18.500 thành viên. Từ tháng 7 đến nay, các trang này đã đăng hơn 1.350 tin, bài, video. Chúng tôi cũng lập tổ cộng tác viên dư luận xã hội gồm 15 đồng chí, đã gửi về Ban Tuyên giáo và Dân vận Thành ủy 11 báo cáo về dư luận xã hội.”

Dịp kỷ niệm 80 năm Ngày Nam Bộ kháng chiến (23/9/1945 – 23/9/2025), Đảng ủy phường khen thưởng 5 tập thể và 12 cá nhân có thành tích trong công tác tuyên truyền. Thời gian tới, phường sẽ mở 2 lớp bồi dưỡng nghiệp vụ cho 38 tổ trưởng tổ dân phố và kết nối thêm 20 nhóm Zalo ở các chung cư cũ.
"""

T09 = """
TP.HCM: Các phường trung tâm khởi động năm 2026 với nhiều cách làm mới

Thứ Sáu, ngày 10/4/2026

Quý I năm 2026, cùng với việc tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 (diễn ra ngày 15/3/2026), các phường mới ở khu vực trung tâm TP.HCM đã có nhiều cách làm sáng tạo. Ban Tuyên giáo và Dân vận Thành ủy cho biết, trong quý, Thành ủy tổ chức 2 hội nghị cấp thành phố nghiên cứu, học tập Nghị quyết Đại hội XIV, trực tuyến tới 168 điểm cầu phường, xã, đặc khu.

PHƯỜNG SÀI GÒN: Học nghị quyết giữa trung tâm tài chính

Trong quý, Đảng ủy phường Sài Gòn tổ chức 01 hội nghị cấp phường và 52 lớp ở các chi bộ, với 2.614 lượt đảng viên tham dự, đạt 96,7%. Các chi bộ doanh nghiệp ở khu cao ốc văn phòng quanh phố đi bộ Nguyễn Huệ, nơi làm việc của khoảng 30.000 nhân viên, bố trí học theo ca vào giờ nghỉ trưa. Phường cũng mở 2 lớp bồi dưỡng đảng viên mới cho 73 học viên.

PHƯỜNG BẾN THÀNH: Chợ truyền thống thành điểm tuyên truyền

Đảng ủy phường Bến Thành tổ chức 18 buổi tuyên truyền về bầu cử tại chợ Bến Thành và các chợ đêm, với trên 1.500 tiểu thương được tuyên truyền. Phường phát hành 3 số bản tin “Bến Thành hôm nay”, mỗi số 2.000 bản, và in 5.000 tờ gấp hỏi – đáp về bầu cử phát tới 64 khu phố. “Chị em bán hàng ở chợ ai cũng có điện thoại, nên phường lập nhóm Zalo riêng cho tiểu thương để gửi thông tin”, bà Hồ Thị Kim Loan, Bí thư Đảng ủy phường, cho biết.

PHƯỜNG TÂN ĐỊNH: Mạng lưới cộng tác viên nắm bắt dư luận

Phường Tân Định hiện có 22 cộng tác viên dư luận xã hội; trong quý I các cộng tác viên gửi 14 báo cáo tình hình tư tưởng và 3 báo cáo nhanh về dư luận quanh việc chỉnh trang kênh Nhiêu Lộc – Thị Nghè. Đảng ủy phường đã tặng giấy khen cho 3 tập thể, 7 cá nhân có thành tích trong công tác bầu cử; đồng thời đề nghị UBND Thành phố tặng bằng khen cho 1 cá nhân.

Theo kế hoạch, trong quý II, các phường sẽ tiếp tục học tập chuyên đề năm 2026 của Thành ủy; Ban Tuyên giáo và Dân vận Thành ủy sẽ mở 4 lớp tập huấn cho cán bộ tuyên giáo của 168 phường, xã, đặc khu.
"""

D07, D08, D09 = "2025-10-06", "2025-12-15", "2026-04-10"
P07 = quarter(3, 2025)
P08 = since("2025-07-01", D08)
P09 = quarter(1, 2026)

DOCS = [
    Doc("h41_07", T07, VHUNG, P07, D07, "text", facts=[
        F("ban hành 20 văn bản", 20, "documents_issued"),
        F("- Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("- Lớp ở chi bộ: 42", 42, "study_sessions"),
        F("Đảng viên dự học: 3.702/3.920 đồng chí", 3702, "study_attendance",
          a="party_members"),
        F("đạt 94,44%", 94.44, "study_participation_rate"),
        F("- Hội nghị cấp phường: 02", 2, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 1.150", 1150, "study_attendance", a="party_members"),
        F("nhà văn hóa: 58", 58, "oral_propaganda_sessions"),
        F("lượt người dân nghe: khoảng 4.600", 4600, "propaganda_audience", "approx",
          a="masses"),
        F("“Phường Việt Hưng”: 214", 214, "news_items"),
        F("fanpage của Đảng ủy phường: 187", 187, "news_items"),
        F("(tính đến 30/9/2025): 02", 2, "social_pages", p=inst("2025-09-30")),
        F("Nhóm Zalo tổ dân phố: 96 nhóm", 96, "chat_groups", p=end_of(P07)),
        F("hiện có gần 21.000 thành viên", 21000, "chat_group_members", "at_most",
          p=inst(D07)),
        F("Quốc khánh 2/9: 640", 640, "other"),
        F("mạng lưới 18 cộng tác viên", 18, "opinion_collaborators", p=end_of(P07)),
        F("9 báo cáo tình hình tư tưởng", 9, "opinion_reports"),
        F("biểu dương 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể, 15 cá nhân", 15, "commended_individuals"),
    ], traps=[("Số 12-BC/ĐU", 12), ("ngày 06 tháng 10 năm 2025", 6),
              ("quý III năm 2025", 2025), ("ngày 01/7", 1), ("30/9/2025)", 30),
              ("sắp xếp 4 phường", 4), ("khoảng 115.000 người", 115000),
              ("46 tổ chức cơ sở đảng", 46), ("3.920 đảng viên", 3920),
              ("11 kế hoạch", 11), ("6 hướng dẫn", 6), ("3 công văn", 3),
              ("nhiệm kỳ 2025 – 2030", 2025), ("25 điểm cầu", 25),
              ("2 báo cáo đột xuất", 2), ("80 năm", 80), ("2/9", 2),
              ("QUÝ IV NĂM 2025", 2025), ("tổ chức 01 hội nghị", 1), ("Mở 02 lớp", 2),
              ("khoảng 80 quần chúng", 80), ("100% tổ dân phố", 100)]),
    Doc("h41_08", T08, BANCO, P08, D08, "sidecar", meta={"date": D08}, facts=[
        F("tổ chức 3 hội nghị học tập, quán triệt", 3, "study_sessions"),
        F("mở tiếp 76 lớp", 76, "study_sessions"),
        F("3.488 lượt cán bộ, đảng viên dự học", 3488, "study_attendance",
          a="party_members"),
        F("đạt tỷ lệ 97,3%", 97.3, "study_participation_rate"),
        F("tổ chức 41 buổi nói chuyện thời sự", 41, "oral_propaganda_sessions"),
        F("trên 2.900 lượt người dân", 2900, "propaganda_audience", "at_least", a="masses"),
        F("hiện có 2 trang mạng xã hội chính danh", 2, "social_pages", p=inst(D08)),
        F("126 nhóm Zalo", 126, "chat_groups", p=inst(D08)),
        F("khoảng 18.500 thành viên", 18500, "chat_group_members", "approx", p=inst(D08)),
        F("đăng hơn 1.350 tin, bài, video", 1350, "news_items", "at_least"),
        F("gồm 15 đồng chí", 15, "opinion_collaborators", p=inst(D08)),
        F("11 báo cáo về dư luận xã hội", 11, "opinion_reports"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("ngày 1/7/2025", 1), ("phường 1", 1), ("2, 3, 5", 2), ("3, 5", 3),
              ("5 của Quận 3", 5), ("Quận 3", 3), ("khoảng 62 nghìn dân", 62000),
              ("38 khu phố", 38), ("nhiệm kỳ 2025 – 2030", 2025), ("hẻm 185", 185),
              ("tối 12/9", 12), ("gần 100 người dự", 100), ("tới 3 lần", 3), ("67 tuổi", 67),
              ("khu phố 9", 9), ("80 năm", 80), ("23/9/1945", 23), ("23/9/2025", 23),
              ("mở 2 lớp", 2), ("cho 38 tổ trưởng", 38), ("thêm 20 nhóm Zalo", 20)]),
    Doc("h41_09", T09, HCM, P09, D09, "text", facts=[
        F("Thành ủy tổ chức 2 hội nghị cấp thành phố", 2, "study_sessions"),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=SGON),
        F("52 lớp ở các chi bộ", 52, "study_sessions", unit=SGON),
        F("2.614 lượt đảng viên tham dự", 2614, "study_attendance", a="party_members",
          unit=SGON),
        F("đạt 96,7%", 96.7, "study_participation_rate", unit=SGON),
        F("mở 2 lớp bồi dưỡng đảng viên mới", 2, "training_classes", unit=SGON),
        F("cho 73 học viên", 73, "trainees", unit=SGON),
        F("tổ chức 18 buổi tuyên truyền", 18, "oral_propaganda_sessions", unit=BTHANH),
        F("trên 1.500 tiểu thương được tuyên truyền", 1500, "propaganda_audience",
          "at_least", unit=BTHANH),
        F("phát hành 3 số bản tin", 3, "news_items", unit=BTHANH),
        F("in 5.000 tờ gấp", 5000, "other", unit=BTHANH),
        F("hiện có 22 cộng tác viên", 22, "opinion_collaborators", unit=TDINH, p=inst(D09)),
        F("gửi 14 báo cáo tình hình tư tưởng", 14, "opinion_reports", unit=TDINH),
        F("3 báo cáo nhanh về dư luận", 3, "opinion_reports", unit=TDINH),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives", unit=TDINH),
        F("3 tập thể, 7 cá nhân", 7, "commended_individuals", unit=TDINH),
    ], traps=[("ngày 10/4/2026", 10), ("năm 2026", 2026), ("nhiệm kỳ 2026 – 2031", 2026),
              ("ngày 15/3/2026", 15), ("168 điểm cầu", 168),
              ("khoảng 30.000 nhân viên", 30000), ("mỗi số 2.000 bản", 2000),
              ("64 khu phố", 64), ("bằng khen cho 1 cá nhân", 1), ("mở 4 lớp", 4),
              ("168 phường", 168)]),
]
