"""holdout38, part 3: wards and communes after 2025-07-01, HCMC and Hanoi (h38_09..h38_12).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (for its
format only: holdout2/_src/g01_hcm_districts.py), the seeds indicators.csv / org_units.csv and the
five sample reports (for style), without reading or running the extractor.

Decisions taken where the guide leaves room:
- "Cấp ủy viên dự học: gần như 100%" under the study's sub-heading is a participation rate
  (approx);
- "1 fanpage, 1 Zalo OA" after "hiện có": two social pages, each a fact of 1;
- a social page's post stamp ("28 tháng 12, 2025 lúc 19:40") is the document date; the post's
  reactions are traps; stocks on label lines of a half-year with no marker are instants at the
  half-year's end even when that is after the post date;
- a table whose header names wards a column: each column's numbers are that ward's; a row
  "(đến 31/1/2026)" dates its stocks at that day;
- a city body's figures in the lead of a city summary are the province's (Thành phố Hà Nội);
- the days of a congress ("diễn ra từ ngày 19 đến 25/1/2026") are traps, no period;
- a fishing trip's length written as a range ("từ 15 đến 20 ngày") is a duration: both bounds
  are traps; "tiểu thương", "ngư dân" reached are audience `all`.
"""
from build_gold import Doc, F, U, W, h2, inst, month, quarter

HN = U("01")
BTHANH, CGIO = W("Phường Bến Thành", "79"), W("Xã Cần Giờ", "79")
VHUNG = W("Phường Việt Hưng", "01")
HKIEM, CNAM, BTRANG = (W("Phường Hoàn Kiếm", "01"), W("Phường Cửa Nam", "01"),
                       W("Xã Bát Tràng", "01"))

T09 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 27-BC/ĐU

Bến Thành, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025

Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão và một phần phường Nguyễn Thái Bình của Quận 1 cũ, có khoảng 73.000 người sinh sống và là trung tâm thương mại, du lịch của Thành phố. Quý III năm 2025 là quý đầu tiên phường vận hành mô hình chính quyền địa phương hai cấp.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01
- Lớp ở các chi bộ: 38
- Đảng viên dự học: 2.164/2.237 đồng chí, đạt 96,74%
- Cấp ủy viên dự học: gần như 100%
b) Chuyên đề về tổ chức bộ máy và chính quyền địa phương hai cấp
- Hội nghị: 02; lượt cán bộ, đảng viên dự: 1.350

2. Tuyên truyền
Phường tổ chức 64 buổi tuyên truyền miệng tại 5 khu phố và các chung cư, với khoảng 5.800 lượt cư dân tham dự; riêng tại chợ Bến Thành, 1.500 tiểu thương được tuyên truyền về quy định niêm yết giá và văn minh thương mại. Trang Zalo OA “Phường Bến Thành” đăng 173 tin, bài; fanpage của phường đăng 208 tin, ảnh, video về Đại hội Đảng bộ phường và kỷ niệm 80 năm Cách mạng Tháng Tám, Quốc khánh 2/9. Phường hiện có 1 fanpage, 1 Zalo OA và 112 nhóm Zalo khu phố, chung cư với gần 19.000 thành viên.
Bà Lê Thị Mai, tiểu thương chợ Bến Thành hơn 30 năm, nói: “Sạp tôi bán cho khách nước ngoài, nghe cán bộ phường nói 2 buổi là nắm được quy định mới”.

3. Nắm bắt dư luận xã hội, ban hành văn bản
Phường hiện có 21 cộng tác viên dư luận xã hội. Trong quý, đội ngũ này đã gửi Ban Tuyên giáo và Dân vận Thành ủy 6 báo cáo về tình hình tư tưởng của cán bộ, đảng viên sau sắp xếp. Thường trực Đảng ủy ban hành 11 văn bản chỉ đạo công tác tư tưởng.

4. Khen thưởng
Đảng ủy phường khen thưởng 3 tập thể, 7 cá nhân tiêu biểu trong đợt thi đua chào mừng Đại hội Đảng bộ phường lần thứ I (tổ chức ngày 12 – 13/8/2025).

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030 cho 100% đảng viên.
- Mở 2 lớp bồi dưỡng đảng viên mới; kiện toàn 5 tổ tuyên truyền khu phố.

Trụ sở Đảng ủy phường: số 92 Nguyễn Trãi; ĐT: 028.3925.6040
"""

T10 = """
Xã Cần Giờ: Mang nghị quyết ra bến cá

Quý I năm 2026, Đảng ủy xã Cần Giờ (TP.HCM) đưa Nghị quyết Đại hội XIV của Đảng đến với bà con vùng biển bằng nhiều cách làm linh hoạt, phù hợp với nhịp sống của ngư dân.

Xã Cần Giờ được thành lập từ thị trấn Cần Thạnh và xã Long Hòa của huyện Cần Giờ cũ, có hơn 2.400 hộ sống bằng nghề biển và dịch vụ du lịch. Nhiều đảng viên là chủ tàu, thuyền viên, thường xuyên vắng nhà.

Trong quý, Đảng ủy xã tổ chức 01 hội nghị cấp xã và 27 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV, thu hút 1.482 lượt đảng viên, đạt 97,3%; riêng quần chúng có 640 lượt dự nghe. Với đảng viên đi biển, chi bộ bố trí học bù ngay khi tàu cập bến.

Ngư dân thường đi biển từ 15 đến 20 ngày mỗi chuyến. Vì vậy, tổ tuyên truyền của xã ra tận bến cá, tổ chức 18 buổi nói chuyện ngay trên ghe, tàu về chủ quyền biển, đảo và chống khai thác hải sản bất hợp pháp, với khoảng 900 lượt ngư dân nghe. Xã còn in và phát 3.000 tờ gấp về quy định khai thác thủy sản.

Ông Nguyễn Văn Tâm, Phó Bí thư Thường trực Đảng ủy xã, cho biết: “Xã hiện có 46 nhóm Zalo ấp với khoảng 8.300 thành viên. Riêng quý này, các nhóm đã chia sẻ 520 tin, bài, video của xã. Chúng tôi cũng mở 1 lớp bồi dưỡng nghiệp vụ cho 35 tuyên truyền viên cơ sở”.

“Đi biển cả tháng, về tới bến là có người đưa tờ gấp, nói chuyện chừng 30 phút, dễ hiểu lắm. Tàu tôi 9 người thì cả 9 đều nghe”, anh Trần Văn Út, chủ tàu cá ở ấp Long Thạnh, kể.

Quý II, xã sẽ phát động cuộc thi tìm hiểu về biển, đảo Việt Nam, phấn đấu có ít nhất 1.000 bài dự thi, đồng thời tổ chức kỷ niệm 51 năm Ngày giải phóng Cần Giờ (29/4/1975 – 29/4/2026).
"""

T11 = """
Đảng ủy phường Việt Hưng
28 tháng 12, 2025 lúc 19:40 · 🌏

📌 CÔNG TÁC TUYÊN GIÁO 6 THÁNG CUỐI NĂM 2025 – NHỮNG CON SỐ ẤN TƯỢNG

Sau gần 6 tháng vận hành chính quyền địa phương hai cấp, phường Việt Hưng (được thành lập trên cơ sở sắp xếp một số phường của quận Long Biên cũ, với 65 tổ dân phố và hơn 110 nghìn người) đã đạt nhiều kết quả trong công tác tuyên giáo.

Một số kết quả chính:
• Học tập, quán triệt nghị quyết:
– Hội nghị cấp phường: 03
– Lớp ở các chi bộ: 91, với 6.948 lượt đảng viên dự học (đạt 97,9%)
• Tuyên truyền:
– Buổi tuyên truyền miệng, đối thoại tại tổ dân phố: 132 – lượt người nghe: hơn 9.700
– Triển lãm ảnh lưu động: 2 đợt
– Bản tin phát trên hệ thống loa truyền thanh thông minh: 540
• Mạng xã hội:
– Fanpage của phường: 1; nhóm Zalo tổ dân phố: 65 nhóm (hiện có khoảng 21.500 thành viên)
– Tin, bài, video đăng tải: 1.126
• Bồi dưỡng:
– Lớp bồi dưỡng đảng viên mới: 02; học viên: 118 người
• Dư luận xã hội:
– Báo cáo tình hình tư tưởng, dư luận của nhân dân sau sắp xếp: 14
• Khen thưởng: Đảng ủy phường khen thưởng 5 tập thể và 12 cá nhân có thành tích xuất sắc.

Nhiều tổ dân phố đã chủ động lập tổ tuyên truyền viên, đưa thông tin về bộ máy chính quyền mới, về thủ tục hành chính trên môi trường số đến từng hộ gia đình.

💬 “Có việc gì trong tổ, tôi đưa lên nhóm Zalo, chưa đầy 10 phút sau cả tổ 280 hộ đều biết”, bác Nguyễn Văn Hòa, tổ trưởng tổ dân phố số 12, chia sẻ.

🎯 Năm 2026, phường phấn đấu 100% tổ dân phố có tổ tuyên truyền viên và tổ chức ít nhất 150 buổi đối thoại với nhân dân.

#ViệtHưng #TuyênGiáo #ChínhQuyềnHaiCấp

👍 236 · 41 bình luận · 18 lượt chia sẻ
"""

T12 = """
THÀNH ỦY HÀ NỘI
BAN TUYÊN GIÁO VÀ DÂN VẬN

Hà Nội, ngày 05/02/2026

TÓM TẮT TÌNH HÌNH CÔNG TÁC TUYÊN GIÁO THÁNG 1/2026 TẠI MỘT SỐ PHƯỜNG, XÃ

Tháng 1/2026, Ban Tuyên giáo và Dân vận Thành ủy ban hành 3 văn bản hướng dẫn tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (diễn ra từ ngày 19 đến 25/1/2026) và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031. Ngay sau Đại hội, Thành ủy tổ chức 1 hội nghị trực tuyến quán triệt nhanh kết quả Đại hội, kết nối 126 điểm cầu xã, phường, với 18.400 lượt cán bộ, đảng viên dự. Đội ngũ cộng tác viên dư luận xã hội của Thành ủy hiện có 1.060 đồng chí; trong tháng đã gửi 214 báo cáo về tình hình tư tưởng, dư luận xã hội quanh Đại hội.

Kết quả tuyên truyền tại ba đơn vị được chọn theo dõi trong tháng:

Chỉ tiêu | Phường Hoàn Kiếm | Phường Cửa Nam | Xã Bát Tràng
Buổi tuyên truyền miệng, đối thoại | 42 | 35 | 18
Lượt người nghe | 3.870 | 2.960 | 1.240
Tin, bài trên trang thông tin điện tử, fanpage | 264 | 198 | 87
Băng rôn, khẩu hiệu, cờ phướn | 310 | 245 | 120
Nhóm Zalo tổ dân phố, thôn (đến 31/1/2026) | 58 | 46 | 21

So với tháng 12/2025, tổng số buổi tuyên truyền miệng của ba đơn vị tăng 21 buổi.

Một số điểm đáng chú ý:
Tại Xã Bát Tràng, ngoài các buổi nói chuyện ở nhà văn hóa thôn, xã in và phát 2.000 tờ gấp song ngữ Việt – Anh giới thiệu Đại hội cho du khách tham quan làng gốm. Phường Cửa Nam duy trì đội xe loa lưu động, chạy 26 lượt qua các tuyến phố. “Tổ tôi có 3 cụ trên 90 tuổi, cán bộ phường đến tận nhà tuyên truyền, các cụ mừng lắm”, ông Đỗ Văn Khải, tổ trưởng tổ dân phố số 7, phường Cửa Nam, nói. Phường Hoàn Kiếm khen thưởng 2 tập thể, 4 cá nhân tích cực phục vụ Đại hội.

Tháng 2/2026, các đơn vị tập trung tuyên truyền ngày bầu cử 15/3/2026; Phường Hoàn Kiếm dự kiến tổ chức thêm 30 buổi tiếp xúc, đối thoại với cử tri.
"""

D09, D10, D11, D12 = "2025-10-06", "2026-04-08", "2025-12-28", "2026-02-05"
PM, MS = "party_members", "masses"
Q3, Q1, H2, JAN = quarter(3, 2025), quarter(1, 2026), h2(2025), month(1, 2026)
R1 = "Buổi tuyên truyền miệng, đối thoại | 42 | 35 | 18"
R2 = "Lượt người nghe | 3.870 | 2.960 | 1.240"
R3 = "Tin, bài trên trang thông tin điện tử, fanpage | 264 | 198 | 87"
R4 = "Băng rôn, khẩu hiệu, cờ phướn | 310 | 245 | 120"
R5 = "Nhóm Zalo tổ dân phố, thôn (đến 31/1/2026) | 58 | 46 | 21"
J31 = inst("2026-01-31")

DOCS = [
    Doc("h38_09", T09, BTHANH, Q3, D09, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 38", 38, "study_sessions"),
        F("Đảng viên dự học: 2.164/2.237 đồng chí", 2164, "study_attendance", a=PM),
        F("đạt 96,74%", 96.74, "study_participation_rate"),
        F("gần như 100%", 100, "study_participation_rate", "approx"),
        F("Hội nghị: 02", 2, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 1.350", 1350, "study_attendance", a=PM),
        F("tổ chức 64 buổi tuyên truyền miệng", 64, "oral_propaganda_sessions"),
        F("khoảng 5.800 lượt cư dân", 5800, "propaganda_audience", "approx", a=MS),
        F("1.500 tiểu thương được tuyên truyền", 1500, "propaganda_audience"),
        F("đăng 173 tin, bài", 173, "news_items"),
        F("đăng 208 tin, ảnh, video", 208, "news_items"),
        F("hiện có 1 fanpage", 1, "social_pages", p=inst(D09)),
        F("1 Zalo OA", 1, "social_pages", p=inst(D09)),
        F("112 nhóm Zalo", 112, "chat_groups", p=inst(D09)),
        F("gần 19.000 thành viên", 19000, "chat_group_members", "at_most", p=inst(D09)),
        F("hiện có 21 cộng tác viên", 21, "opinion_collaborators", p=inst(D09)),
        F("Thành ủy 6 báo cáo", 6, "opinion_reports"),
        F("ban hành 11 văn bản", 11, "documents_issued"),
        F("khen thưởng 3 tập thể", 3, "commended_collectives"),
        F("7 cá nhân tiêu biểu", 7, "commended_individuals"),
    ], traps=[("Số 27-BC/ĐU", 27), ("ngày 06 tháng 10 năm 2025", 6), ("Quận 1", 1),
              ("khoảng 73.000 người", 73000), ("nhiệm kỳ 2025 – 2030", 2025),
              ("tại 5 khu phố", 5), ("80 năm", 80), ("Quốc khánh 2/9", 2), ("hơn 30 năm", 30),
              ("2 buổi", 2), ("ngày 12 – 13/8/2025", 12), ("100% đảng viên", 100),
              ("Mở 2 lớp", 2), ("5 tổ tuyên truyền", 5), ("số 92", 92),
              ("028.3925.6040", 28), ("1. Học tập", 1), ("2. Tuyên truyền", 2),
              ("3. Nắm bắt", 3), ("4. Khen thưởng", 4)]),
    Doc("h38_10", T10, CGIO, Q1, D10, "sidecar", meta={"date": D10}, facts=[
        F("tổ chức 01 hội nghị cấp xã", 1, "study_sessions"),
        F("27 lớp ở các chi bộ", 27, "study_sessions"),
        F("thu hút 1.482 lượt đảng viên", 1482, "study_attendance", a=PM),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("riêng quần chúng có 640 lượt dự nghe", 640, "study_attendance", a=MS),
        F("tổ chức 18 buổi nói chuyện", 18, "oral_propaganda_sessions"),
        F("khoảng 900 lượt ngư dân", 900, "propaganda_audience", "approx"),
        F("phát 3.000 tờ gấp", 3000, "other"),
        F("hiện có 46 nhóm Zalo", 46, "chat_groups", p=inst(D10)),
        F("khoảng 8.300 thành viên", 8300, "chat_group_members", "approx", p=inst(D10)),
        F("chia sẻ 520 tin, bài", 520, "news_items"),
        F("mở 1 lớp bồi dưỡng nghiệp vụ", 1, "training_classes"),
        F("cho 35 tuyên truyền viên", 35, "trainees"),
    ], traps=[("Quý I năm 2026", 2026), ("hơn 2.400 hộ", 2400), ("từ 15 đến 20 ngày", 15),
              ("20 ngày", 20), ("30 phút", 30), ("9 người", 9), ("cả 9", 9),
              ("ít nhất 1.000 bài dự thi", 1000), ("51 năm", 51), ("29/4/1975", 29),
              ("29/4/2026", 29)]),
    Doc("h38_11", T11, VHUNG, H2, D11, "text", facts=[
        F("Hội nghị cấp phường: 03", 3, "study_sessions"),
        F("Lớp ở các chi bộ: 91", 91, "study_sessions"),
        F("với 6.948 lượt đảng viên dự học", 6948, "study_attendance", a=PM),
        F("(đạt 97,9%)", 97.9, "study_participation_rate"),
        F("đối thoại tại tổ dân phố: 132", 132, "oral_propaganda_sessions"),
        F("lượt người nghe: hơn 9.700", 9700, "propaganda_audience", "at_least"),
        F("Triển lãm ảnh lưu động: 2 đợt", 2, "other"),
        F("loa truyền thanh thông minh: 540", 540, "news_items"),
        F("Fanpage của phường: 1", 1, "social_pages", p=inst("2025-12-31")),
        F("nhóm Zalo tổ dân phố: 65 nhóm", 65, "chat_groups", p=inst("2025-12-31")),
        F("hiện có khoảng 21.500 thành viên", 21500, "chat_group_members", "approx",
          p=inst(D11)),
        F("Tin, bài, video đăng tải: 1.126", 1126, "news_items"),
        F("Lớp bồi dưỡng đảng viên mới: 02", 2, "training_classes"),
        F("học viên: 118 người", 118, "trainees"),
        F("nhân dân sau sắp xếp: 14", 14, "opinion_reports"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("28 tháng 12, 2025", 28), ("19:40", 19), ("6 THÁNG CUỐI NĂM 2025", 6),
              ("gần 6 tháng", 6), ("65 tổ dân phố", 65), ("hơn 110 nghìn người", 110000),
              ("10 phút", 10), ("280 hộ", 280), ("tổ dân phố số 12", 12), ("Năm 2026", 2026),
              ("100% tổ dân phố", 100), ("ít nhất 150 buổi", 150), ("👍 236", 236),
              ("41 bình luận", 41), ("18 lượt chia sẻ", 18)]),
    Doc("h38_12", T12, HN, JAN, D12, "text", facts=[
        F("ban hành 3 văn bản hướng dẫn", 3, "documents_issued"),
        F("tổ chức 1 hội nghị trực tuyến", 1, "study_sessions"),
        F("với 18.400 lượt cán bộ, đảng viên", 18400, "study_attendance", a=PM),
        F("hiện có 1.060 đồng chí", 1060, "opinion_collaborators", p=inst(D12)),
        F("gửi 214 báo cáo", 214, "opinion_reports"),
        F(R1, 42, "oral_propaganda_sessions", unit=HKIEM),
        F(R1, 35, "oral_propaganda_sessions", unit=CNAM),
        F(R1, 18, "oral_propaganda_sessions", unit=BTRANG),
        F(R2, 3870, "propaganda_audience", unit=HKIEM),
        F(R2, 2960, "propaganda_audience", unit=CNAM),
        F(R2, 1240, "propaganda_audience", unit=BTRANG),
        F(R3, 264, "news_items", unit=HKIEM),
        F(R3, 198, "news_items", unit=CNAM),
        F(R3, 87, "news_items", unit=BTRANG),
        F(R4, 310, "other", unit=HKIEM),
        F(R4, 245, "other", unit=CNAM),
        F(R4, 120, "other", unit=BTRANG),
        F(R5, 58, "chat_groups", unit=HKIEM, p=J31),
        F(R5, 46, "chat_groups", unit=CNAM, p=J31),
        F(R5, 21, "chat_groups", unit=BTRANG, p=J31),
        F("phát 2.000 tờ gấp", 2000, "other", unit=BTRANG),
        F("chạy 26 lượt", 26, "other", unit=CNAM),
        F("khen thưởng 2 tập thể", 2, "commended_collectives", unit=HKIEM),
        F("4 cá nhân", 4, "commended_individuals", unit=HKIEM),
    ], traps=[("05/02/2026", 5), ("THÁNG 1/2026", 1), ("Tháng 1/2026", 1),
              ("từ ngày 19", 19), ("25/1/2026", 25), ("nhiệm kỳ 2026 – 2031", 2026),
              ("126 điểm cầu", 126), ("tháng 12/2025", 12), ("tăng 21 buổi", 21),
              ("3 cụ", 3), ("trên 90 tuổi", 90), ("tổ dân phố số 7", 7),
              ("Tháng 2/2026", 2), ("15/3/2026", 15), ("thêm 30 buổi", 30),
              ("đến 31/1/2026", 31)]),
]
