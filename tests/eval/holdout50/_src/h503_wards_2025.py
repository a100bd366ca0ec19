"""holdout50, part 3: wards after the 1 July 2025 reform (districts abolished): Phường Bến
Thành (HCMC, former Quận 1) in a monthly bulletin, three Hanoi wards (Cửa Nam, Hoàn Kiếm, Tây
Hồ) in an election article of 2026 with a section per ward, and three HCMC wards of the former
Phú Nhuận in a quarterly summary with a table whose columns are the wards.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or
running the extractor or any other evaluation set.

Decisions taken where the guide leaves room:
- The ward named first in the headline is the article's unit; the capitals "PHƯỜNG X: ..."
  lines head the sections; the wards a ward was made from and the former district in brackets
  ("Quận 1 cũ", "trước đây thuộc quận Phú Nhuận") are not actors.
- "58 nhóm Zalo khu phố được duy trì" (no "hiện có") in a September bulletin is an instant at
  30 September; ", số thành viên hiện nay ..." and "Fanpage ... hiện có ... người theo dõi" are
  instants at the document date.
- Followers of a fanpage are propaganda_audience (LABELING.md), at the document date.
- "khen thưởng 4 tập thể, 7 cá nhân tiêu biểu" stays a fact (commendation, not a prize).
- The table row "Xếp thứ trong cụm" is a ranking (trap); "Nhóm Zalo khu phố" row is a stock at
  the end of the quarter; "Băng rôn, khẩu hiệu" row is `other`.
- "lượt tiếp cận ước đạt 1,2 triệu" after posts counts the audience reached (approx).
"""
from build_gold import Doc, F, W, end_of, inst, month, quarter, since

BT = W("Phường Bến Thành", "79")
CN, HKW, THW = W("Phường Cửa Nam", "01"), W("Phường Hoàn Kiếm", "01"), W("Phường Tây Hồ", "01")
DN, CK, PNW = W("Phường Đức Nhuận", "79"), W("Phường Cầu Kiệu", "79"), W("Phường Phú Nhuận", "79")

T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 03-BT/ĐU

Bến Thành, ngày 06 tháng 10 năm 2025

BẢN TIN SINH HOẠT CHI BỘ
Số 03 – Tháng 9/2025

Phường Bến Thành được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường Bến Thành, Phạm Ngũ Lão và một phần phường Cầu Ông Lãnh (Quận 1 cũ). Phường có 46 khu phố với khoảng 62 nghìn dân, là trung tâm thương mại, du lịch sôi động bậc nhất Thành phố.

Trong tháng 9/2025, Đảng ủy phường tập trung tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, hướng tới Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030. Một số kết quả:

• Học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I:
– Hội nghị cấp phường: 01
– Lớp ở các chi bộ: 42
– Đảng viên dự học: 3.850/4.010 đồng chí, đạt 96,01%
• Tuyên truyền trực quan, trên mạng xã hội:
– Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9: 640
– Tin, bài trên fanpage “Phường Bến Thành”: 157
– Kinh phí hỗ trợ in tài liệu học tập cho các chi bộ: 35 triệu đồng

Fanpage của phường hiện có gần 12.800 người theo dõi. 58 nhóm Zalo khu phố được duy trì thường xuyên, số thành viên hiện nay khoảng 24.600 người. Phường hiện có 15 cộng tác viên dư luận xã hội; trong tháng, đội ngũ này gửi 4 báo cáo về dư luận quanh việc điều chỉnh tuyến xe buýt và thi công nhà ga ngầm Bến Thành của tuyến metro số 1.

Từ ngày 1/7/2025 đến nay, Đảng ủy phường đã ban hành 26 văn bản lãnh đạo, chỉ đạo công tác tư tưởng và khen thưởng 4 tập thể, 7 cá nhân tiêu biểu trong đợt thi đua chào mừng Đại hội.

“Chi bộ chúng tôi có 12 đảng viên mà phải vận động hơn 300 hộ kinh doanh treo cờ, ai cũng làm ngay”, ông Phạm Văn Hậu, Bí thư Chi bộ khu phố 7, kể.

NHIỆM VỤ THÁNG 10/2025
– Tổ chức 02 hội nghị báo cáo viên cập nhật thông tin thời sự.
– Phấn đấu 100% chi bộ hoàn thành sinh hoạt chuyên đề quý IV.
"""

T11 = """
Cửa Nam, Hoàn Kiếm, Tây Hồ: Đưa thông tin bầu cử đến từng tổ dân phố

Từ đầu năm 2026 đến nay, cùng với việc tuyên truyền Nghị quyết Đại hội XIV của Đảng, các phường trung tâm của Thủ đô đã dồn sức cho công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031, diễn ra ngày 15/3/2026.

PHƯỜNG CỬA NAM: Nhà văn hóa thành "điểm hẹn" thông tin

Đảng ủy phường Cửa Nam chỉ đạo tổ chức 38 buổi tuyên truyền về bầu cử tại nhà văn hóa các tổ dân phố, với hơn 4.100 lượt người dân dự nghe. Phường chia địa bàn thành 21 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,82%. Trong tháng 2/2026, phường đã mở 3 lớp tập huấn nghiệp vụ cho 145 thành viên các tổ bầu cử.

PHƯỜNG HOÀN KIẾM: Bầu cử trên không gian mạng

Phường hiện có 2 fanpage và 1 kênh TikTok chính danh. Từ đầu năm, các trang này đăng 176 tin, bài, video clip về bầu cử, có lượt tiếp cận ước đạt 1,2 triệu. Cụ Đặng Thị Mai, 92 tuổi, ở phố Hàng Bạc, kể: “Tôi đi bầu từ năm 1946, lần này vẫn hồi hộp như lần đầu, con cháu còn chụp ảnh đăng lên mạng”.

PHƯỜNG TÂY HỒ: Báo cáo viên "đi trước một bước"

Đảng ủy phường Tây Hồ tổ chức hai hội nghị báo cáo viên để cập nhật thông tin về bầu cử và Đại hội XIV; phường hiện có 19 báo cáo viên. Cuộc thi trực tuyến “Tìm hiểu pháp luật về bầu cử” do phường phát động thu hút 3.482 lượt người dự thi; 10 cá nhân đạt giải được trao thưởng ngày 10/3. Các chi bộ cũng tổ chức 64 buổi sinh hoạt, thảo luận về các văn kiện Đại hội XIV.

Sau bầu cử, các phường sẽ tổ chức hội nghị tổng kết công tác tuyên truyền và biểu dương các tổ dân phố tiêu biểu.
"""

T12 = """
Đức Nhuận, Cầu Kiệu, Phú Nhuận: Ba phường sơ kết công tác tuyên giáo quý IV năm 2025

Sau hơn 6 tháng vận hành mô hình chính quyền hai cấp, ba phường Đức Nhuận, Cầu Kiệu và Phú Nhuận (trước đây thuộc quận Phú Nhuận) cùng tổ chức hội nghị sơ kết công tác tuyên giáo quý IV năm 2025.

Trong quý, các phường tập trung tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I và chuẩn bị học tập Nghị quyết Đại hội XIV của Đảng. Kết quả chủ yếu như sau:

Chỉ tiêu | Phường Đức Nhuận | Phường Cầu Kiệu | Phường Phú Nhuận
Hội nghị, lớp học tập nghị quyết | 34 | 29 | 41
Lượt đảng viên dự học | 2.816 | 2.455 | 3.372
Tỷ lệ đảng viên tham gia (%) | 96,4 | 95,7 | 97,1
Buổi tuyên truyền miệng | 22 | 18 | 27
Nhóm Zalo khu phố | 47 | 39 | 52
Băng rôn, khẩu hiệu | 310 | 245 | 380
Xếp thứ trong cụm | 2 | 3 | 1

Bà Lê Thị Thanh Hương, Phó Bí thư Thường trực Đảng ủy phường Đức Nhuận, cho biết: “Phường hiện có 1 fanpage với gần 9.600 người theo dõi. Trong quý, cộng tác viên của phường gửi 6 báo cáo dư luận xã hội, chủ yếu về việc sắp xếp lại trụ sở, bộ phận một cửa”.

Tại phường Cầu Kiệu, Đảng ủy phường tổ chức 2 lớp bồi dưỡng nhận thức về Đảng cho 118 quần chúng ưu tú. Phường Phú Nhuận khen thưởng 8 tập thể và 15 cá nhân có thành tích trong đợt cao điểm tuyên truyền.

“Tổ tôi 96 hộ, tháng nào cũng có một buổi nói chuyện, bà con thích lắm”, ông Nguyễn Văn Bảy, tổ trưởng một tổ dân phố ở phường Cầu Kiệu, kể.

Quý I năm 2026, các phường sẽ tổ chức học tập Nghị quyết Đại hội XIV cho 100% đảng viên và phấn đấu mỗi khu phố có ít nhất 1 nhóm Zalo hoạt động hiệu quả.
"""

D10, D11, D12 = "2025-10-06", "2026-03-25", "2026-01-09"
Q4_25 = quarter(4, 2025)

DOCS = [
    Doc("h50_10", T10, BT, month(9, 2025), D10, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 42", 42, "study_sessions"),
        F("3.850/4.010 đồng chí", 3850, "study_attendance", a="party_members"),
        F("đạt 96,01%", 96.01, "study_participation_rate"),
        F("Quốc khánh 2/9: 640", 640, "other"),
        F("Bến Thành”: 157", 157, "news_items"),
        F("cho các chi bộ: 35 triệu đồng", 35000000, "other"),
        F("hiện có gần 12.800 người theo dõi", 12800, "propaganda_audience", "at_most",
          p=inst(D10)),
        F("58 nhóm Zalo khu phố", 58, "chat_groups", p=end_of(month(9, 2025))),
        F("hiện nay khoảng 24.600 người", 24600, "chat_group_members", "approx",
          p=inst(D10)),
        F("hiện có 15 cộng tác viên", 15, "opinion_collaborators", p=inst(D10)),
        F("gửi 4 báo cáo về dư luận", 4, "opinion_reports"),
        F("ban hành 26 văn bản", 26, "documents_issued", p=since("2025-07-01", D10)),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", p=since("2025-07-01", D10)),
        F("4 tập thể, 7 cá nhân", 7, "commended_individuals", p=since("2025-07-01", D10)),
    ], traps=[("Số 03-BT/ĐU", 3), ("ngày 06 tháng 10 năm 2025", 6), ("Số 03 – Tháng 9/2025", 3),
              ("từ ngày 1/7/2025", 1), ("Quận 1 cũ", 1), ("46 khu phố", 46),
              ("khoảng 62 nghìn dân", 62000), ("tháng 9/2025", 9), ("80 năm", 80),
              ("Quốc khánh 2/9,", 2), ("nhiệm kỳ 2025 – 2030", 2025),
              ("/4.010", 4010), ("tuyến metro số 1", 1), ("Từ ngày 1/7/2025", 1),
              ("12 đảng viên", 12), ("hơn 300 hộ", 300), ("khu phố 7", 7),
              ("THÁNG 10/2025", 10), ("02 hội nghị báo cáo viên", 2), ("100% chi bộ", 100)]),
    Doc("h50_11", T11, CN, since("2026-01-01", D11), D11, "sidecar", meta={"date": D11}, facts=[
        F("tổ chức 38 buổi tuyên truyền", 38, "oral_propaganda_sessions"),
        F("hơn 4.100 lượt người dân", 4100, "propaganda_audience", "at_least", a="masses"),
        F("đã mở 3 lớp tập huấn", 3, "training_classes", p=month(2, 2026)),
        F("cho 145 thành viên", 145, "trainees", p=month(2, 2026)),
        F("hiện có 2 fanpage", 2, "social_pages", unit=HKW, p=inst(D11)),
        F("1 kênh TikTok", 1, "social_pages", unit=HKW, p=inst(D11)),
        F("đăng 176 tin, bài", 176, "news_items", unit=HKW),
        F("ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx", unit=HKW),
        F("tổ chức hai hội nghị báo cáo viên", 2, "reporter_conferences", unit=THW),
        F("hiện có 19 báo cáo viên", 19, "reporters", unit=THW, p=inst(D11)),
        F("thu hút 3.482 lượt người dự thi", 3482, "contest_entries", unit=THW),
        F("tổ chức 64 buổi sinh hoạt", 64, "party_cell_discussions", unit=THW),
    ], traps=[("năm 2026", 2026), ("Đại hội XIV", 14), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("21 khu vực bỏ phiếu", 21), ("đạt 99,82%", 99.82), ("tháng 2/2026", 2),
              ("92 tuổi", 92), ("năm 1946", 1946), ("10 cá nhân đạt giải", 10),
              ("ngày 10/3", 10)]),
    Doc("h50_12", T12, DN, Q4_25, D12, "sidecar", meta={"date": D12}, facts=[
        F("nghị quyết | 34", 34, "study_sessions"),
        F("| 34 | 29", 29, "study_sessions", unit=CK),
        F("| 29 | 41", 41, "study_sessions", unit=PNW),
        F("dự học | 2.816", 2816, "study_attendance", a="party_members"),
        F("| 2.816 | 2.455", 2455, "study_attendance", a="party_members", unit=CK),
        F("| 2.455 | 3.372", 3372, "study_attendance", a="party_members", unit=PNW),
        F("(%) | 96,4", 96.4, "study_participation_rate"),
        F("| 96,4 | 95,7", 95.7, "study_participation_rate", unit=CK),
        F("| 95,7 | 97,1", 97.1, "study_participation_rate", unit=PNW),
        F("miệng | 22", 22, "oral_propaganda_sessions"),
        F("| 22 | 18", 18, "oral_propaganda_sessions", unit=CK),
        F("| 18 | 27", 27, "oral_propaganda_sessions", unit=PNW),
        F("khu phố | 47", 47, "chat_groups", p=end_of(Q4_25)),
        F("| 47 | 39", 39, "chat_groups", unit=CK, p=end_of(Q4_25)),
        F("| 39 | 52", 52, "chat_groups", unit=PNW, p=end_of(Q4_25)),
        F("khẩu hiệu | 310", 310, "other"),
        F("| 310 | 245", 245, "other", unit=CK),
        F("| 245 | 380", 380, "other", unit=PNW),
        F("hiện có 1 fanpage", 1, "social_pages", p=inst(D12)),
        F("gần 9.600 người theo dõi", 9600, "propaganda_audience", "at_most", p=inst(D12)),
        F("gửi 6 báo cáo dư luận xã hội", 6, "opinion_reports"),
        F("tổ chức 2 lớp bồi dưỡng", 2, "training_classes", unit=CK),
        F("cho 118 quần chúng ưu tú", 118, "trainees", unit=CK),
        F("khen thưởng 8 tập thể", 8, "commended_collectives", unit=PNW),
        F("8 tập thể và 15 cá nhân", 15, "commended_individuals", unit=PNW),
    ], traps=[("quý IV năm 2025", 4), ("hơn 6 tháng", 6), ("chính quyền hai cấp", 2),
              ("lần thứ I", 1), ("Đại hội XIV", 14),
              ("Xếp thứ trong cụm | 2 | 3 | 1", 2), ("96 hộ", 96), ("một buổi nói chuyện", 1),
              ("Nguyễn Văn Bảy", 7), ("Quý I năm 2026", 1), ("100% đảng viên", 100),
              ("ít nhất 1 nhóm Zalo", 1)]),
]
