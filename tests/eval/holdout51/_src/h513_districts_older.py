"""Held-out set holdout51, part 3: district reports 2016-2024 (HCMC and Hanoi).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without reading or
running the extractor or any other eval set. Decisions: see h511_hcm_reform.py; in addition:
- A stock in a list line of a yearly report with no "hiện có" marker ("Báo cáo viên cấp quận:
  42 đồng chí") is an instant at the end of the report's year, even when the report is dated a
  few days earlier.
- A periods table ("Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng, giảm"): each column is its year's;
  the change column is a comparison (trap).
- "Đến cuối năm 2024, các phường duy trì N nhóm Zalo" is a stock at 2024-12-31.
- "N báo cáo viên cấp quận" named as the audience of the reporters' conferences counts the
  reporters (a stock at the year's end).
- In a transcript, the label "Đồng chí Trưởng ban:" makes the quotation the district's; a
  resident's words quoted inside it in single quotes are an anecdote.
- The emoji list lines of a bulletin go on from the line above ("✅ 118 lớp ở cơ sở, với ..."
  after "✅ 02 hội nghị cấp quận học tập ..."); stocks in such a quarterly bulletin without a
  marker are at the quarter's end.
"""
from build_gold import Doc, F, U, end_of, inst, quarter, year

Q10, BTHANH, Q6 = U("Quận 10"), U("Quận Bình Thạnh"), U("Quận 6")
TX = U("Quận Thanh Xuân")

T09 = """
QUẬN ỦY QUẬN 10
BAN TUYÊN GIÁO
*
Số 87-BC/BTGQU
Quận 10, ngày 20 tháng 12 năm 2016

BÁO CÁO
Kết quả công tác tuyên giáo năm 2016

Năm 2016 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ Quận 10 lần thứ XI, nhiệm kỳ 2015 – 2020 và là năm diễn ra cuộc bầu cử đại biểu Quốc hội khóa XIV, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 – 2021. Ban Tuyên giáo Quận ủy báo cáo kết quả chủ yếu như sau:

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
- Hội nghị cấp quận: 03 (quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố)
- Lớp ở cơ sở: 214; lượt cán bộ, đảng viên dự: 9.870; tỷ lệ: 95,6%
- Lượt quần chúng dự nghe: 2.315
- Số đảng viên chưa tham gia: 455 người

B. TUYÊN TRUYỀN
- Buổi nói chuyện thời sự, chuyên đề: 168 – lượt người nghe: khoảng 15.400
- Tin, bài trên trang thông tin điện tử quận: 724; trên bản tin “Quận 10 ngày nay”: 96
- Bản tin “Quận 10 ngày nay”: phát hành đủ 12 số, mỗi số 2.500 bản
- Pano, băng rôn (bầu cử ngày 22/5/2016): 860

C. ĐỘI NGŨ VÀ DƯ LUẬN XÃ HỘI
- Báo cáo viên cấp quận: 42 đồng chí; cộng tác viên dư luận xã hội: 58 đồng chí
- Báo cáo dư luận xã hội: 24 định kỳ, 9 đột xuất
- Lớp bồi dưỡng nghiệp vụ tuyên giáo cơ sở: 02; học viên: 186 người

D. HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH
- Buổi sinh hoạt chi bộ thảo luận chuyên đề năm 2016: 402
- Cuộc thi “Tìm hiểu 40 năm xây dựng và phát triển Quận 10” – lượt dự thi: 7.214
- Tập thể được khen thưởng: 15; cá nhân: 32

Đ. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017
- Mở 03 lớp bồi dưỡng kỹ năng cho báo cáo viên cơ sở;
- Phấn đấu tỷ lệ đảng viên học tập nghị quyết đạt trên 96%;
- Tổ chức kỷ niệm 100 năm Cách mạng Tháng Mười Nga.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (để báo cáo);
- Thường trực Quận ủy;
- Lưu.
"""

D09 = "2016-12-20"

T10 = """
Bình Thạnh: “Đưa thông tin chính thống đi trước một bước”

Thứ Sáu, ngày 30/12/2022

Sáng 29/12, Quận ủy Bình Thạnh tổng kết công tác tuyên giáo năm 2022, khen thưởng 12 tập thể và 25 cá nhân. Nhân dịp này, phóng viên trao đổi với bà Trần Thị Ngọc Dung, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Bình Thạnh.

Phóng viên: Năm qua, việc học tập nghị quyết ở quận có gì mới?

Đồng chí Trưởng ban: “Ban Thường vụ Quận ủy ban hành 34 văn bản lãnh đạo, chỉ đạo công tác tư tưởng. Các cấp ủy tổ chức 2 hội nghị cấp quận và 356 lớp ở cơ sở học tập, quán triệt Nghị quyết Trung ương 4, 5, 6 khóa XIII, với 21.630 lượt cán bộ, đảng viên, đạt 96,9%. Riêng Nghị quyết số 31-NQ/TW của Bộ Chính trị về Thành phố, chúng tôi mở thêm 48 lớp cho khoảng 3.200 lượt quần chúng ở khu phố.”

Phóng viên: Còn trên không gian mạng?

Đồng chí Trưởng ban: “Quận hiện có 1 cổng thông tin điện tử, 21 fanpage chính danh của Quận ủy và 20 phường, cùng 1.160 nhóm Zalo khu phố với khoảng 97.000 thành viên. Trong năm, các trang đăng tải 12.480 tin, bài, video clip. Đội ngũ 80 cộng tác viên dư luận xã hội gửi về Ban 142 báo cáo, trong đó 26 báo cáo đột xuất. Có chị tổ trưởng ở phường 17 kể với tôi: ‘Nhóm tổ tôi 140 hộ, tin gì sai là bà con hỏi ngay trong nhóm’.”

Phóng viên: Tuyên truyền miệng thì sao, thưa bà?

Đồng chí Trưởng ban: “Chúng tôi tổ chức 215 buổi nói chuyện thời sự, gần 19 nghìn lượt người nghe, bình quân mỗi buổi gần 90 người. Quận có 56 báo cáo viên, được cập nhật thông tin qua 12 hội nghị báo cáo viên định kỳ hằng tháng.”

Phóng viên: Năm 2023, quận đặt mục tiêu gì?

Đồng chí Trưởng ban: “Chúng tôi phấn đấu 100% khu phố có nhóm Zalo do chi bộ quản lý và tổ chức thêm 30 buổi đối thoại giữa lãnh đạo quận với người dân.”
"""

D10 = "2022-12-30"

T11 = """
QUẬN ỦY THANH XUÂN
BAN TUYÊN GIÁO
BẢN TIN SINH HOẠT CHI BỘ – SỐ 10 (THÁNG 10/2023)
Hà Nội, ngày 05/10/2023

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ III NĂM 2023

Quý III năm 2023, Ban Tuyên giáo Quận ủy Thanh Xuân tham mưu tổ chức các hoạt động kỷ niệm 78 năm Cách mạng tháng Tám và Quốc khánh 2/9, tuyên truyền dự thảo Luật Thủ đô (sửa đổi) và học tập chuyên đề năm 2023. Một số kết quả chính:

✅ 02 hội nghị cấp quận học tập chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phát huy ý chí tự lực, tự cường” năm 2023
✅ 118 lớp ở cơ sở, với 8.406 lượt cán bộ, đảng viên, đạt 95,72%
✅ 96 buổi tuyên truyền miệng tại tổ dân phố, khoảng 7.300 lượt người dân tham dự
✅ Treo 640 băng rôn, cờ phướn
✅ 1 trang thông tin điện tử và 11 fanpage của quận, phường đăng 1.870 tin, bài

Còn dưới 200 đảng viên chưa tham gia học tập do tuổi cao, sức yếu; các chi bộ đã cử đảng viên trẻ đến tận nhà phổ biến nội dung chuyên đề.

Trong quý, 11 phường đã lập mới 42 nhóm Zalo tổ dân phố, nâng tổng số lên 372 nhóm với hơn 41.000 thành viên. Cuộc thi trực tuyến tìm hiểu Luật Thủ đô năm 2012 và dự thảo luật sửa đổi thu hút 23.508 lượt người dự thi; 30 cá nhân đạt giải được trao thưởng ngày 28/9.

“Trong quý, Ban đã tổng hợp 19 báo cáo dư luận từ các phường, nhiều ý kiến quan tâm đến quy hoạch và giao thông đô thị”, đồng chí Phó Trưởng ban Tuyên giáo Quận ủy Thanh Xuân cho biết.

Ông Đỗ Văn Tám, 81 tuổi, tổ dân phố số 7, phường Khương Trung, chia sẻ: “Tôi không dùng Zalo, nhưng cháu đọc tin cho nghe mỗi tối.”

Nhiệm vụ quý IV: tổ chức hội thi tuyên truyền viên giỏi cấp quận, mở 2 lớp bồi dưỡng nghiệp vụ cho khoảng 100 cán bộ tuyên giáo phường.

Mọi ý kiến đóng góp xin gửi về Ban Tuyên giáo Quận ủy, điện thoại 024.3858.2613.
"""

D11 = "2023-10-05"
Q3 = quarter(3, 2023)

T12 = """
Quận 6: Số hóa công tác tuyên giáo, kết quả năm sau cao hơn năm trước

(Thanhuytphcm.vn) – Năm 2024, Ban Tuyên giáo Quận ủy Quận 6 đẩy mạnh ứng dụng công nghệ số trong học tập nghị quyết và tuyên truyền, nhiều chỉ tiêu tăng so với năm 2023. Dưới đây là một số kết quả chính:

Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng, giảm
Lớp học tập nghị quyết ở cơ sở | 241 | 263 | +22
Lượt đảng viên dự học | 15.204 | 15.980 | +776
Tỷ lệ đảng viên tham gia (%) | 95,1 | 96,75 | +1,65
Tin, bài trên trang thông tin điện tử | 1.602 | 2.118 | +516
Lượt người dự thi trực tuyến | 8.950 | 14.361 | +5.411

Trong năm, Quận ủy tổ chức 3 hội nghị báo cáo viên, cập nhật thông tin cho 52 báo cáo viên cấp quận. Trung tâm Chính trị quận mở 8 lớp (gồm 3 lớp sơ cấp lý luận chính trị, 5 lớp bồi dưỡng đảng viên mới) với tổng cộng 476 học viên. Quận ủy hỗ trợ kinh phí 450 triệu đồng để các phường trang bị màn hình, loa phục vụ học tập trực tuyến. Đến cuối năm 2024, các phường duy trì 428 nhóm Zalo khu phố.

Theo ông Lý Minh Triết, Trưởng ban Tuyên giáo Quận ủy Quận 6, điểm nhấn của năm là đưa sinh hoạt chi bộ về gần dân. “Các chi bộ đã tổ chức 1.046 buổi sinh hoạt chuyên đề, nhiều nơi mời cả người dân cùng góp ý”, ông Triết cho biết.

Chợ Bình Tây vừa được trùng tu với tổng vốn khoảng 200 tỷ đồng cũng được chọn làm điểm tham quan, giáo dục truyền thống cho đoàn viên. Dịp tổng kết, Quận ủy khen thưởng 10 tập thể, 23 cá nhân; 2 tập thể được đề nghị Thành ủy tặng bằng khen. Năm 2024, Quận 6 xếp thứ 3/22 trong khối quận, huyện, TP Thủ Đức.

Năm 2025, quận phấn đấu 100% chi bộ ứng dụng sổ tay đảng viên điện tử và tổ chức ít nhất 250 lớp học tập nghị quyết ở cơ sở.
"""

D12 = "2025-01-10"

DOCS = [
    Doc("h51_09", T09, Q10, year(2016), D09, "text", facts=[
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 214", 214, "study_sessions"),
        F("đảng viên dự: 9.870", 9870, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,6%", 95.6, "study_participation_rate"),
        F("dự nghe: 2.315", 2315, "study_attendance", a="masses"),
        F("chưa tham gia: 455 người", 455, "other"),
        F("chuyên đề: 168", 168, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 15.400", 15400, "propaganda_audience", "approx"),
        F("điện tử quận: 724", 724, "news_items"),
        F("ngày nay”: 96", 96, "news_items"),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("22/5/2016): 860", 860, "other"),
        F("Báo cáo viên cấp quận: 42 đồng chí", 42, "reporters", p=end_of(year(2016))),
        F("dư luận xã hội: 58 đồng chí", 58, "opinion_collaborators", p=end_of(year(2016))),
        F("24 định kỳ", 24, "opinion_reports"),
        F("9 đột xuất", 9, "opinion_reports"),
        F("tuyên giáo cơ sở: 02", 2, "training_classes"),
        F("học viên: 186 người", 186, "trainees"),
        F("năm 2016: 402", 402, "party_cell_discussions"),
        F("lượt dự thi: 7.214", 7214, "contest_entries"),
        F("Tập thể được khen thưởng: 15", 15, "commended_collectives"),
        F("cá nhân: 32", 32, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("ngày 20 tháng 12 năm 2016", 20),
              ("Năm 2016", 2016), ("nhiệm kỳ 2015 – 2020", 2015),
              ("nhiệm kỳ 2016 – 2021", 2016), ("mỗi số 2.500 bản", 2500),
              ("ngày 22/5/2016", 22), ("40 năm", 40), ("NĂM 2017", 2017),
              ("Mở 03 lớp", 3), ("trên 96%", 96), ("100 năm", 100)]),
    Doc("h51_10", T10, BTHANH, year(2022), D10, "text", facts=[
        F("khen thưởng 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể và 25 cá nhân", 25, "commended_individuals"),
        F("ban hành 34 văn bản", 34, "documents_issued"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("356 lớp ở cơ sở", 356, "study_sessions"),
        F("với 21.630 lượt cán bộ, đảng viên", 21630, "study_attendance", a="party_members"),
        F("đạt 96,9%", 96.9, "study_participation_rate"),
        F("mở thêm 48 lớp", 48, "study_sessions"),
        F("khoảng 3.200 lượt quần chúng", 3200, "study_attendance", "approx", a="masses"),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", p=inst(D10)),
        F("21 fanpage chính danh", 21, "social_pages", p=inst(D10)),
        F("1.160 nhóm Zalo", 1160, "chat_groups", p=inst(D10)),
        F("khoảng 97.000 thành viên", 97000, "chat_group_members", "approx", p=inst(D10)),
        F("đăng tải 12.480 tin, bài", 12480, "news_items"),
        F("Đội ngũ 80 cộng tác viên", 80, "opinion_collaborators", p=end_of(year(2022))),
        F("gửi về Ban 142 báo cáo", 142, "opinion_reports"),
        F("tổ chức 215 buổi nói chuyện thời sự", 215, "oral_propaganda_sessions"),
        F("gần 19 nghìn lượt người nghe", 19000, "propaganda_audience", "at_most"),
        F("Quận có 56 báo cáo viên", 56, "reporters", p=end_of(year(2022))),
        F("qua 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
    ], traps=[("ngày 30/12/2022", 30), ("Sáng 29/12", 29), ("năm 2022", 2022),
              ("Trung ương 4", 4), (", 5,", 5), (", 6 khóa", 6),
              ("Nghị quyết số 31-NQ/TW", 31), ("và 20 phường", 20),
              ("trong đó 26 báo cáo đột xuất", 26), ("phường 17", 17),
              ("Nhóm tổ tôi 140 hộ", 140), ("gần 90 người", 90), ("Năm 2023", 2023),
              ("100% khu phố", 100), ("thêm 30 buổi đối thoại", 30)]),
    Doc("h51_11", T11, TX, Q3, D11, "text", facts=[
        F("✅ 02 hội nghị cấp quận", 2, "study_sessions"),
        F("✅ 118 lớp ở cơ sở", 118, "study_sessions"),
        F("với 8.406 lượt cán bộ, đảng viên", 8406, "study_attendance", a="party_members"),
        F("đạt 95,72%", 95.72, "study_participation_rate"),
        F("✅ 96 buổi tuyên truyền miệng", 96, "oral_propaganda_sessions"),
        F("khoảng 7.300 lượt người dân", 7300, "propaganda_audience", "approx", a="masses"),
        F("Treo 640 băng rôn", 640, "other"),
        F("✅ 1 trang thông tin điện tử", 1, "websites", p=end_of(Q3)),
        F("11 fanpage", 11, "social_pages", p=end_of(Q3)),
        F("đăng 1.870 tin, bài", 1870, "news_items"),
        F("Còn dưới 200 đảng viên chưa tham gia", 200, "other", "at_most"),
        F("nâng tổng số lên 372 nhóm", 372, "chat_groups", p=end_of(Q3)),
        F("hơn 41.000 thành viên", 41000, "chat_group_members", "at_least", p=end_of(Q3)),
        F("thu hút 23.508 lượt người dự thi", 23508, "contest_entries"),
        F("tổng hợp 19 báo cáo dư luận", 19, "opinion_reports"),
    ], traps=[("SỐ 10", 10), ("THÁNG 10/2023", 10), ("ngày 05/10/2023", 5),
              ("QUÝ III NĂM 2023", 2023), ("Quý III năm 2023", 2023), ("78 năm", 78),
              ("Quốc khánh 2/9", 2), ("chuyên đề năm 2023", 2023), ("” năm 2023", 2023),
              ("11 phường", 11), ("lập mới 42 nhóm", 42), ("Luật Thủ đô năm 2012", 2012),
              ("30 cá nhân đạt giải", 30), ("ngày 28/9", 28), ("81 tuổi", 81),
              ("tổ dân phố số 7", 7), ("mở 2 lớp", 2), ("khoảng 100 cán bộ", 100),
              ("024.3858.2613", 24)]),
    Doc("h51_12", T12, Q6, year(2024), D12, "sidecar", meta={"date": D12}, facts=[
        F("ở cơ sở | 241", 241, "study_sessions", p=year(2023)),
        F("241 | 263", 263, "study_sessions"),
        F("dự học | 15.204", 15204, "study_attendance", a="party_members", p=year(2023)),
        F("15.204 | 15.980", 15980, "study_attendance", a="party_members"),
        F("(%) | 95,1", 95.1, "study_participation_rate", p=year(2023)),
        F("95,1 | 96,75", 96.75, "study_participation_rate"),
        F("điện tử | 1.602", 1602, "news_items", p=year(2023)),
        F("1.602 | 2.118", 2118, "news_items"),
        F("trực tuyến | 8.950", 8950, "contest_entries", p=year(2023)),
        F("8.950 | 14.361", 14361, "contest_entries"),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("cho 52 báo cáo viên cấp quận", 52, "reporters", p=end_of(year(2024))),
        F("mở 8 lớp", 8, "training_classes"),
        F("tổng cộng 476 học viên", 476, "trainees"),
        F("kinh phí 450 triệu đồng", 450000000, "other"),
        F("duy trì 428 nhóm Zalo", 428, "chat_groups", p=inst("2024-12-31")),
        F("tổ chức 1.046 buổi sinh hoạt chuyên đề", 1046, "party_cell_discussions"),
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể, 23 cá nhân", 23, "commended_individuals"),
    ], traps=[("Quận 6", 6), ("Năm 2024", 2024), ("năm 2023", 2023), ("Năm 2023", 2023),
              ("+22", 22), ("+776", 776), ("+1,65", 1.65), ("+516", 516), ("+5.411", 5411),
              ("3 lớp sơ cấp", 3), ("5 lớp bồi dưỡng", 5), ("cuối năm 2024", 2024),
              ("khoảng 200 tỷ đồng", 200000000000), ("2 tập thể được đề nghị", 2),
              ("xếp thứ 3/22", 3), ("Năm 2025", 2025), ("100% chi bộ", 100),
              ("ít nhất 250 lớp", 250)]),
]
