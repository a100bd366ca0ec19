"""Held-out set holdout47, part 3: reports of single Ho Chi Minh City districts (a formal
"BÁO CÁO Sơ kết" with list lines and a bulletin with two text tables, one whose columns are
periods and one whose columns are measures).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor (see part 1 for the
decisions taken where the guide leaves room). Further decisions here:
- A table whose columns are periods ("Quý I | Quý II | 6 tháng"): each cell is a fact of its
  column's period, the half-year total too; the column "So cùng kỳ 2023" holds traps.
- A table whose columns are measures ("Số buổi, lượt | Lượt người tham gia"): the row names the
  activity, the column what is counted (a vehicle's runs are `other`, the entrants of a contest
  row are contest_entries).
- "Báo cáo chuyên đề gửi Ban Tuyên giáo Thành ủy: 09" is `other` (reports not about opinion).
- A list line "Nhóm Zalo khu phố: 126, số thành viên hiện nay ..." : the groups at the period's
  end, the members at the document date.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter

PNH, TBI = U("Quận Phú Nhuận"), U("Quận Tân Bình")

T03 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY PHÚ NHUẬN
BAN TUYÊN GIÁO
Số 87-BC/BTGQU
Phú Nhuận, ngày 04 tháng 7 năm 2022

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2022,
phương hướng, nhiệm vụ 6 tháng cuối năm 2022

Thực hiện Hướng dẫn số 12-HD/BTGTU của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy Phú Nhuận báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2022 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
- Văn bản đã ban hành: 16 (gồm 7 kế hoạch, 5 hướng dẫn, 4 công văn).
- Báo cáo chuyên đề gửi Ban Tuyên giáo Thành ủy: 09.

2. Học tập, quán triệt nghị quyết
- Hội nghị cấp quận: 02 (tháng 3 và tháng 5); lớp ở các chi, đảng bộ cơ sở: 71.
- Lượt cán bộ, đảng viên dự: 5.262; đạt 96,7%.
- Lượt quần chúng dự nghe: 1.418.
- Số đảng viên chưa tham gia: 180 người (chủ yếu đi công tác, ốm đau).
- Buổi sinh hoạt chuyên đề ở chi bộ: 412.

3. Giáo dục lý luận chính trị
- Lớp bồi dưỡng lý luận chính trị cho đảng viên mới: 03; học viên: 164 người.
- Lớp sơ cấp lý luận chính trị: 02 – học viên: 118.

4. Tuyên truyền miệng
- Báo cáo viên cấp quận: 38 đồng chí (tính đến 30/6/2022); báo cáo viên cơ sở: 112 đồng chí.
- Hội nghị báo cáo viên: 02.
- Buổi nói chuyện thời sự: 146 – lượt người nghe: khoảng 12.300.

5. Thông tin trên không gian mạng
- Tin, bài trên trang thông tin điện tử quận: 684; trên fanpage “Phú Nhuận hôm nay”: 1.025.
- Trang thông tin điện tử hiện có: 16 (01 của quận, 15 của các phường); fanpage: 17.
- Nhóm Zalo khu phố: 126, số thành viên hiện nay khoảng 21.400 người.

6. Dư luận xã hội
- Cộng tác viên dư luận xã hội: 64 đồng chí.
- Báo cáo dư luận xã hội: 24 định kỳ, 7 đột xuất.

7. Thi đua, khen thưởng
- Cuộc thi “Tìm hiểu 47 năm Ngày giải phóng miền Nam, thống nhất đất nước” – lượt dự thi: 8.615.
- Tập thể được khen thưởng: 5; cá nhân: 11 người.

8. Hoạt động khác
- Băng rôn, khẩu hiệu tuyên truyền: 620.
- Kinh phí hỗ trợ in tài liệu học tập cho các phường: 85 triệu đồng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022
1. Học tập Nghị quyết Trung ương 5 khóa XIII cho 100% cán bộ, đảng viên; phấn đấu tỷ lệ tham gia đạt 97%.
2. Mở 02 lớp bồi dưỡng kỹ năng cho 80 báo cáo viên cơ sở.
3. Phát triển thêm 20 nhóm Zalo khu phố.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu: VT, BTG (02 bản).
"""

T07 = """
QUẬN ỦY TÂN BÌNH
BAN TUYÊN GIÁO
BẢN TIN SINH HOẠT CHI BỘ – SỐ 07 (THÁNG 7/2024)
Tân Bình, ngày 09/7/2024

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2024

Sáu tháng đầu năm 2024, Ban Tuyên giáo Quận ủy Tân Bình đã tham mưu Ban Thường vụ Quận ủy triển khai đồng bộ các nhiệm vụ; kết quả quý II cao hơn quý I do quận tập trung học tập các chuyên đề của Thành ủy và tổ chức sinh hoạt chính trị kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.

Kết quả chủ yếu theo từng quý:

Nội dung | Quý I | Quý II | 6 tháng | So cùng kỳ 2023
Hội nghị, lớp học tập nghị quyết | 41 | 67 | 108 | tăng 12 lớp
Lượt đảng viên dự học | 3.920 | 6.115 | 10.035 | tăng 8,4%
Buổi sinh hoạt chi bộ chuyên đề | 310 | 296 | 606 | tăng 40 buổi
Tin, bài trên cổng thông tin điện tử quận | 318 | 402 | 720 | tăng 15%
Báo cáo dư luận xã hội | 14 | 17 | 31 | giảm 2 báo cáo

Tỷ lệ đảng viên tham gia học tập trong 6 tháng đạt 96,44%. Bình quân mỗi đảng bộ phường tổ chức 7 hội nghị, lớp.

Hoạt động tuyên truyền 6 tháng theo hình thức:

Hình thức | Số buổi, lượt | Lượt người tham gia
Nói chuyện chuyên đề, tuyên truyền miệng tại khu phố | 126 | khoảng 9.480
Xe loa tuyên truyền lưu động | 214 lượt | –
Cuộc thi trắc nghiệm “Tìm hiểu 70 năm Chiến thắng Điện Biên Phủ” | – | 2.346

Tính đến 30/6/2024, quận có 15 fanpage chính danh và 684 nhóm Zalo khu phố, tổ dân phố với hơn 58.000 thành viên. Đội ngũ báo cáo viên cấp quận hiện có 41 đồng chí.

“Bản tin nào cũng có mục hỏi – đáp, tôi đọc cho cả chi bộ nghe mỗi lần sinh hoạt”, ông Trần Văn Bảy, Bí thư Chi bộ khu phố 6, phường 4, chia sẻ.

Dịp sơ kết, Ban Thường vụ Quận ủy tặng giấy khen cho 6 tập thể, 14 cá nhân; đề nghị Ban Tuyên giáo Thành ủy tặng bằng khen cho 2 tập thể.

Nhiệm vụ 6 tháng cuối năm: tổ chức học tập Nghị quyết Trung ương 10 khóa XIII xong trước ngày 30/9; phát triển thêm 40 nhóm Zalo; mở 02 lớp bồi dưỡng nghiệp vụ cho báo cáo viên cơ sở.
"""

D03, D07 = "2022-07-04", "2024-07-09"
Q1, Q2, H1 = quarter(1, 2024), quarter(2, 2024), h1(2024)
R1 = "Hội nghị, lớp học tập nghị quyết | 41 | 67 | 108"
R2 = "Lượt đảng viên dự học | 3.920 | 6.115 | 10.035"
R3 = "Buổi sinh hoạt chi bộ chuyên đề | 310 | 296 | 606"
R4 = "Tin, bài trên cổng thông tin điện tử quận | 318 | 402 | 720"
R5 = "Báo cáo dư luận xã hội | 14 | 17 | 31"

DOCS = [
    Doc("h47_03", T03, PNH, h1(2022), D03, "text", facts=[
        F("Văn bản đã ban hành: 16", 16, "documents_issued"),
        F("gửi Ban Tuyên giáo Thành ủy: 09", 9, "other"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("lớp ở các chi, đảng bộ cơ sở: 71", 71, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 5.262", 5262, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.418", 1418, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 180 người", 180, "other"),
        F("Buổi sinh hoạt chuyên đề ở chi bộ: 412", 412, "party_cell_discussions"),
        F("cho đảng viên mới: 03", 3, "training_classes"),
        F("học viên: 164 người", 164, "trainees"),
        F("Lớp sơ cấp lý luận chính trị: 02", 2, "training_classes"),
        F("học viên: 118", 118, "trainees"),
        F("Báo cáo viên cấp quận: 38 đồng chí", 38, "reporters", p=inst("2022-06-30")),
        F("báo cáo viên cơ sở: 112 đồng chí", 112, "reporters", p=end_of(h1(2022))),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("Buổi nói chuyện thời sự: 146", 146, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 12.300", 12300, "propaganda_audience", "approx"),
        F("Tin, bài trên trang thông tin điện tử quận: 684", 684, "news_items"),
        F("“Phú Nhuận hôm nay”: 1.025", 1025, "news_items"),
        F("Trang thông tin điện tử hiện có: 16", 16, "websites", p=inst(D03)),
        F("fanpage: 17", 17, "social_pages", p=inst(D03)),
        F("Nhóm Zalo khu phố: 126", 126, "chat_groups", p=end_of(h1(2022))),
        F("số thành viên hiện nay khoảng 21.400 người", 21400, "chat_group_members",
          "approx", p=inst(D03)),
        F("Cộng tác viên dư luận xã hội: 64 đồng chí", 64, "opinion_collaborators",
          p=end_of(h1(2022))),
        F("Báo cáo dư luận xã hội: 24 định kỳ", 24, "opinion_reports"),
        F("7 đột xuất", 7, "opinion_reports"),
        F("lượt dự thi: 8.615", 8615, "contest_entries"),
        F("Tập thể được khen thưởng: 5", 5, "commended_collectives"),
        F("cá nhân: 11 người", 11, "commended_individuals"),
        F("Băng rôn, khẩu hiệu tuyên truyền: 620", 620, "other"),
        F("cho các phường: 85 triệu đồng", 85000000, "other"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("ngày 04 tháng 7 năm 2022", 4),
              ("6 tháng đầu năm 2022", 6), ("6 tháng cuối năm 2022", 6),
              ("Hướng dẫn số 12-HD/BTGTU", 12), ("1. Công tác tham mưu", 1),
              ("gồm 7 kế hoạch", 7), ("5 hướng dẫn", 5), ("4 công văn", 4), ("2. Học tập", 2),
              ("tháng 3 và", 3), ("tháng 5)", 5), ("3. Giáo dục", 3), ("4. Tuyên truyền miệng", 4),
              ("tính đến 30/6/2022", 30), ("5. Thông tin", 5), ("01 của quận", 1),
              ("15 của các phường", 15), ("6. Dư luận", 6), ("7. Thi đua", 7),
              ("47 năm", 47), ("8. Hoạt động khác", 8), ("6 THÁNG CUỐI NĂM 2022", 6),
              ("1. Học tập", 1), ("Trung ương 5", 5), ("100% cán bộ", 100),
              ("đạt 97%", 97), ("2. Mở", 2), ("Mở 02 lớp", 2), ("80 báo cáo viên", 80),
              ("3. Phát triển", 3), ("thêm 20 nhóm", 20), ("(02 bản)", 2)]),
    Doc("h47_07", T07, TBI, H1, D07, "text", facts=[
        F(R1, 41, "study_sessions", p=Q1),
        F(R1, 67, "study_sessions", p=Q2),
        F(R1, 108, "study_sessions"),
        F(R2, 3920, "study_attendance", a="party_members", p=Q1),
        F(R2, 6115, "study_attendance", a="party_members", p=Q2),
        F(R2, 10035, "study_attendance", a="party_members"),
        F(R3, 310, "party_cell_discussions", p=Q1),
        F(R3, 296, "party_cell_discussions", p=Q2),
        F(R3, 606, "party_cell_discussions"),
        F(R4, 318, "news_items", p=Q1),
        F(R4, 402, "news_items", p=Q2),
        F(R4, 720, "news_items"),
        F(R5, 14, "opinion_reports", p=Q1),
        F(R5, 17, "opinion_reports", p=Q2),
        F(R5, 31, "opinion_reports"),
        F("Tỷ lệ đảng viên tham gia học tập trong 6 tháng đạt 96,44%", 96.44,
          "study_participation_rate"),
        F("tuyên truyền miệng tại khu phố | 126", 126, "oral_propaganda_sessions"),
        F("| 126 | khoảng 9.480", 9480, "propaganda_audience", "approx"),
        F("Xe loa tuyên truyền lưu động | 214 lượt", 214, "other"),
        F("Điện Biên Phủ” | – | 2.346", 2346, "contest_entries"),
        F("quận có 15 fanpage chính danh", 15, "social_pages", p=inst("2024-06-30")),
        F("684 nhóm Zalo", 684, "chat_groups", p=inst("2024-06-30")),
        F("hơn 58.000 thành viên", 58000, "chat_group_members", "at_least",
          p=inst("2024-06-30")),
        F("hiện có 41 đồng chí", 41, "reporters", p=inst(D07)),
        F("tặng giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể, 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("SỐ 07 (THÁNG 7/2024)", 7), ("ngày 09/7/2024", 9), ("6 THÁNG ĐẦU NĂM 2024", 6),
              ("Sáu tháng đầu năm 2024", 2024), ("70 năm", 70), ("So cùng kỳ 2023", 2023), ("| 6 tháng |", 6),
              ("tăng 12 lớp", 12), ("tăng 8,4%", 8.4), ("tăng 40 buổi", 40),
              ("tăng 15%", 15), ("giảm 2 báo cáo", 2), ("tổ chức 7 hội nghị, lớp", 7),
              ("tuyên truyền 6 tháng", 6), ("Tính đến 30/6/2024", 30), ("khu phố 6", 6),
              ("phường 4", 4), ("cho 2 tập thể", 2), ("Nhiệm vụ 6 tháng cuối năm", 6),
              ("Trung ương 10", 10), ("ngày 30/9", 30), ("thêm 40 nhóm Zalo", 40),
              ("mở 02 lớp", 2)]),
]
