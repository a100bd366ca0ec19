"""holdout33, part 3: wards after the 1 July 2025 reform (Hanoi and Ho Chi Minh City) and a
district of Ho Chi Minh City in 2019.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(tests/eval/holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without
reading or running the extractor.

Decisions where the guide leaves room:
- "tính đến 30/9/2025, 2 trang có hơn 18.000 người theo dõi": the pages and their followers
  are stocks at that stated date.
- "kiện toàn đội ngũ cộng tác viên dư luận xã hội gồm 27 đồng chí" (no "hiện có"): a stock at
  the quarter's end.
- "gần như 100% đảng viên dự học" is a participation rate, approx.
- a table with the wards as columns: each column's numbers are its ward's; "Số đảng viên chưa
  tham gia" is `other`.
- an official's quotation opening with the ward as the subject ("Phường hiện có 68 nhóm Zalo
  ...") speaks for that ward in all of it.
- the 2026 national election's date and turnout, a resident's quotation and the predecessor
  wards are traps; "chính quyền địa phương hai cấp" is a number word in a name (trap).
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, quarter

HDONG_W = W("Phường Hà Đông", "01")
BADINH_W, NGOCHA, GIANGVO = W("Phường Ba Đình", "01"), W("Phường Ngọc Hà", "01"), W(
    "Phường Giảng Võ", "01")
SAIGON, BENTHANH = W("Phường Sài Gòn", "79"), W("Phường Bến Thành", "79")
Q10 = U("Quận 10")

T09 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG HÀ ĐÔNG
Số 21-BC/ĐU

Hà Đông, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo và dân vận quý III năm 2025

Phường Hà Đông được thành lập từ ngày 1/7/2025 trên cơ sở các phường Quang Trung, Nguyễn Trãi, Hà Cầu và một phần các phường lân cận, với dân số khoảng 137 nghìn người; Đảng bộ phường có 68 tổ chức cơ sở đảng với gần 7.900 đảng viên. Quý đầu tiên vận hành chính quyền địa phương hai cấp, Ban Tuyên giáo và Dân vận Đảng ủy đã tập trung thực hiện các nhiệm vụ sau:

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
- Hội nghị cấp phường: 03; lớp ở chi bộ: 61
- Đảng viên dự học: 7.412/7.860 đồng chí, đạt 94,3%

2. Công tác tuyên truyền
Phường ra mắt trang Zalo OA “Phường Hà Đông” và fanpage chính danh; tính đến 30/9/2025, 2 trang có hơn 18.000 người theo dõi. Các tổ dân phố tổ chức 74 buổi tuyên truyền miệng về mô hình chính quyền mới, với 6.350 lượt người dân tham dự. Cuộc thi trực tuyến tìm hiểu truyền thống Cách mạng Tháng Tám do Đảng ủy phường phát động thu hút 3.118 lượt người dự thi.

3. Nắm bắt dư luận xã hội
Ban Tuyên giáo và Dân vận Đảng ủy kiện toàn đội ngũ cộng tác viên dư luận xã hội gồm 27 đồng chí; đã gửi Ban Tuyên giáo và Dân vận Thành ủy 9 báo cáo về tình hình tư tưởng, dư luận của nhân dân sau sắp xếp đơn vị hành chính.

4. Khen thưởng
Đảng ủy phường tặng giấy khen cho 4 tập thể và 12 cá nhân có thành tích trong đợt cao điểm tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

II. NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức 01 hội nghị tuyên truyền chuẩn bị Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
- Phấn đấu mỗi tổ dân phố có ít nhất 1 nhóm Zalo do chi bộ quản lý.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

T10 = """
Ba phường trung tâm hoàn thành học tập Nghị quyết Đại hội XIV của Đảng

Cập nhật 03/04/2026 09:20

Quý I năm 2026, các phường Ba Đình, Ngọc Hà và Giảng Võ đã hoàn thành học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, với nhiều cách làm phù hợp đặc thù từng địa bàn.

PHƯỜNG BA ĐÌNH: Học nghị quyết bên Quảng trường lịch sử
Đảng ủy phường tổ chức 01 hội nghị cấp phường và 52 lớp ở các chi bộ, với 5.984 lượt đảng viên tham dự (đạt 96,7%). Nhiều chi bộ mời các nhân chứng lịch sử từng dự lễ Độc lập 2/9/1945 đến nói chuyện. Theo Bí thư Đảng ủy phường Ba Đình, ngoài học tập nghị quyết, trong quý phường đã tổ chức 9 buổi nói chuyện chuyên đề về lịch sử Quảng trường Ba Đình cho gần 1.400 lượt người nghe, phần lớn là đoàn viên thanh niên và học sinh.

PHƯỜNG NGỌC HÀ: Phát huy đội ngũ báo cáo viên cơ sở
Tính đến ngày 31/3/2026, phường có 34 báo cáo viên cơ sở. Trong quý, phường tổ chức 01 hội nghị cấp phường và 38 lớp ở chi bộ, thu hút 4.120 lượt cán bộ, đảng viên; riêng quần chúng có 960 lượt tham dự.

PHƯỜNG GIẢNG VÕ: Gắn học nghị quyết với bầu cử
Đảng ủy phường tổ chức 2 hội nghị cấp phường; các chi bộ mở 44 lớp, gần như 100% đảng viên dự học. Cùng thời gian, phường tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI ngày 15/3/2026; tỷ lệ cử tri đi bầu đạt 99,4%.

“Tổ tôi có 120 hộ, hôm học nghị quyết gần như nhà nào cũng có người đi”, bà Phạm Thị Lan, tổ trưởng tổ dân phố số 14, kể.

Trong quý II, ba phường sẽ tiếp tục tổ chức học tập chuyên đề năm 2026 và sơ kết 1 năm vận hành chính quyền địa phương hai cấp.
"""

T11 = """
Quận 10: Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019

(Thanhuytphcm.vn) – 6 tháng đầu năm 2019, Ban Tuyên giáo Quận ủy Quận 10 đã tham mưu tổ chức học tập chuyên đề năm 2019 về ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: 15 đảng bộ phường và 32 chi, đảng bộ cơ sở mở 176 lớp, thu hút 9.870 lượt cán bộ, đảng viên và 3.215 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 95,2%. Các chi bộ trực thuộc tổ chức 312 buổi sinh hoạt chuyên đề gắn với nội dung học tập; đảng viên viết 8.960 bài thu hoạch.

Quận tổ chức 126 buổi nói chuyện chuyên đề “Chủ quyền biển, đảo” và tuyên truyền kỷ niệm 44 năm Ngày giải phóng miền Nam, thống nhất đất nước, với trên 10 ngàn lượt người nghe. “Mỗi lần nghe nói chuyện về biển đảo, tôi lại nhớ 6 năm đi lính ở Trường Sa”, ông Nguyễn Văn Tám, 71 tuổi, ngụ phường 12, chia sẻ.

Trang thông tin điện tử Quận 10 đăng 487 tin, bài; các nhóm Zalo của 15 phường, với hơn 20.000 thành viên, cùng chia sẻ thông tin chính thống. Đội ngũ báo cáo viên quận hiện có 41 đồng chí; trong 6 tháng, quận tổ chức 02 hội nghị báo cáo viên định kỳ.

Hội thi “Báo cáo viên giỏi” cấp quận năm 2019 có 21 thí sinh tham gia; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì và 3 giải Ba. Tại hội nghị sơ kết chiều 12/7, Ban Thường vụ Quận ủy khen thưởng 8 tập thể và 14 cá nhân.

6 tháng cuối năm, quận sẽ tập trung chuẩn bị đại hội chi bộ, tiến tới Đại hội Đảng bộ Quận 10 nhiệm kỳ 2020 – 2025, phấn đấu 100% đảng viên học tập chuyên đề. Mọi ý kiến xin gửi Ban Tuyên giáo Quận ủy, số 474 đường 3/2, phường 12, Quận 10.
"""

T12 = """
Phường Sài Gòn, Bến Thành: Sau một quý vận hành, công tác tuyên giáo đi vào nền nếp

Cập nhật 14/10/2025 07:45

Quý III năm 2025 là quý đầu tiên các phường mới của TP.HCM hoạt động theo mô hình chính quyền địa phương hai cấp. Toàn thành phố hiện có 168 phường, xã, đặc khu. Tại khu trung tâm, Phường Sài Gòn (khoảng 47.000 dân) và Phường Bến Thành đã nhanh chóng kiện toàn bộ máy, triển khai các nhiệm vụ tuyên giáo.

Kết quả công tác tuyên giáo quý III năm 2025:

Chỉ tiêu | Phường Sài Gòn | Phường Bến Thành
Hội nghị học tập, quán triệt nghị quyết | 24 | 31
Lượt đảng viên dự học | 2.846 | 3.512
Tỷ lệ đảng viên tham gia (%) | 96,1 | 95,4
Buổi tuyên truyền miệng | 38 | 45
Tin, bài trên fanpage phường | 212 | 187
Số đảng viên chưa tham gia | 115 | 169

Phường Sài Gòn có hơn 30 tòa nhà văn phòng cao tầng và nhiều cơ quan của Thành phố đóng trên địa bàn. Theo ông Lê Minh Đức, Trưởng ban Tuyên giáo và Dân vận Đảng ủy phường Sài Gòn, đối tượng tuyên truyền của phường rất đa dạng, từ cư dân, người lao động văn phòng đến du khách. “Trong quý, Đảng ủy phường đã ban hành 11 văn bản chỉ đạo công tác tuyên giáo, tặng giấy khen cho 3 tập thể có cách làm hay”, ông Đức nói.

Bà Trần Thị Ngọc Hân, Phó Bí thư Thường trực Đảng ủy phường Bến Thành, cho biết: “Phường hiện có 68 nhóm Zalo khu phố với khoảng 21.000 thành viên. Trong quý, chúng tôi đã gửi 6 báo cáo dư luận xã hội về Thành ủy, phản ánh kịp thời tâm tư của tiểu thương chợ Bến Thành.”

Trong quý IV, hai phường dự kiến tổ chức hội thi tuyên truyền viên giỏi với khoảng 40 thí sinh, hướng tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
"""

D09, D10, D11, D12 = "2025-10-06", "2026-04-03", "2019-07-15", "2025-10-14"
Q3_25, Q1_26 = quarter(3, 2025), quarter(1, 2026)

DOCS = [
    Doc("h33_09", T09, HDONG_W, Q3_25, D09, "text", facts=[
        F("Hội nghị cấp phường: 03", 3, "study_sessions"),
        F("lớp ở chi bộ: 61", 61, "study_sessions"),
        F("Đảng viên dự học: 7.412/7.860 đồng chí", 7412, "study_attendance",
          a="party_members"),
        F("đạt 94,3%", 94.3, "study_participation_rate"),
        F("2 trang có hơn 18.000 người theo dõi", 2, "social_pages", p=inst("2025-09-30")),
        F("hơn 18.000 người theo dõi", 18000, "propaganda_audience", "at_least",
          p=inst("2025-09-30")),
        F("tổ chức 74 buổi tuyên truyền miệng", 74, "oral_propaganda_sessions"),
        F("6.350 lượt người dân", 6350, "propaganda_audience", a="masses"),
        F("thu hút 3.118 lượt người dự thi", 3118, "contest_entries"),
        F("gồm 27 đồng chí", 27, "opinion_collaborators", p=end_of(Q3_25)),
        F("Thành ủy 9 báo cáo", 9, "opinion_reports"),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Số 21-BC/ĐU", 21), ("ngày 06 tháng 10 năm 2025", 6), ("quý III năm 2025", 2025),
              ("ngày 1/7/2025", 1), ("khoảng 137 nghìn người", 137000),
              ("68 tổ chức cơ sở đảng", 68), ("gần 7.900 đảng viên", 7900),
              ("chính quyền địa phương hai cấp", 2), ("tính đến 30/9/2025", 30),
              ("80 năm", 80), ("Quốc khánh 2/9", 2), ("QUÝ IV NĂM 2025", 2025),
              ("01 hội nghị", 1), ("ít nhất 1 nhóm Zalo", 1)]),
    Doc("h33_10", T10, BADINH_W, Q1_26, D10, "text", facts=[
        F("tổ chức 01 hội nghị cấp phường và 52 lớp", 1, "study_sessions"),
        F("52 lớp ở các chi bộ", 52, "study_sessions"),
        F("5.984 lượt đảng viên", 5984, "study_attendance", a="party_members"),
        F("(đạt 96,7%)", 96.7, "study_participation_rate"),
        F("tổ chức 9 buổi nói chuyện chuyên đề", 9, "oral_propaganda_sessions"),
        F("gần 1.400 lượt người nghe", 1400, "propaganda_audience", "at_most"),
        F("phường có 34 báo cáo viên", 34, "reporters", unit=NGOCHA, p=inst("2026-03-31")),
        F("tổ chức 01 hội nghị cấp phường và 38 lớp", 1, "study_sessions", unit=NGOCHA),
        F("38 lớp ở chi bộ", 38, "study_sessions", unit=NGOCHA),
        F("thu hút 4.120 lượt cán bộ, đảng viên", 4120, "study_attendance",
          a="party_members", unit=NGOCHA),
        F("riêng quần chúng có 960 lượt", 960, "study_attendance", a="masses", unit=NGOCHA),
        F("tổ chức 2 hội nghị cấp phường", 2, "study_sessions", unit=GIANGVO),
        F("các chi bộ mở 44 lớp", 44, "study_sessions", unit=GIANGVO),
        F("gần như 100% đảng viên dự học", 100, "study_participation_rate", "approx",
          unit=GIANGVO),
    ], traps=[("Cập nhật 03/04/2026 09:20", 3), ("Quý I năm 2026", 2026),
              ("2/9/1945", 2), ("ngày 31/3/2026", 31), ("ngày 15/3/2026", 15),
              ("đạt 99,4%", 99.4), ("có 120 hộ", 120), ("tổ dân phố số 14", 14),
              ("chuyên đề năm 2026", 2026), ("sơ kết 1 năm", 1),
              ("chính quyền địa phương hai cấp", 2), ("Ba phường", 3)]),
    Doc("h33_11", T11, Q10, h1(2019), D11, "sidecar", meta={"date": D11}, facts=[
        F("mở 176 lớp", 176, "study_sessions"),
        F("thu hút 9.870 lượt cán bộ, đảng viên", 9870, "study_attendance",
          a="party_members"),
        F("3.215 lượt quần chúng", 3215, "study_attendance", a="masses"),
        F("tham gia đạt 95,2%", 95.2, "study_participation_rate"),
        F("tổ chức 312 buổi sinh hoạt chuyên đề", 312, "party_cell_discussions"),
        F("viết 8.960 bài thu hoạch", 8960, "other"),
        F("tổ chức 126 buổi nói chuyện chuyên đề", 126, "oral_propaganda_sessions"),
        F("trên 10 ngàn lượt người nghe", 10000, "propaganda_audience", "at_least"),
        F("hiện có 41 đồng chí", 41, "reporters", p=inst(D11)),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("đăng 487 tin, bài", 487, "news_items"),
        F("hơn 20.000 thành viên", 20000, "chat_group_members", "at_least",
          p=end_of(h1(2019))),
        F("có 21 thí sinh", 21, "contest_entries"),
        F("khen thưởng 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể và 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("Quận 10", 10), ("6 tháng đầu năm 2019", 6), ("chuyên đề năm 2019", 2019),
              ("15 đảng bộ phường", 15), ("32 chi, đảng bộ cơ sở", 32), ("44 năm", 44),
              ("6 năm", 6), ("71 tuổi", 71), ("phường 12", 12), ("trong 6 tháng", 6),
              ("của 15 phường", 15), ("năm 2019", 2019), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("3 giải Ba", 3), ("chiều 12/7", 12),
              ("6 tháng cuối năm", 6), ("nhiệm kỳ 2020 – 2025", 2020), ("100% đảng viên", 100),
              ("số 474", 474), ("đường 3/2", 3)]),
    Doc("h33_12", T12, SAIGON, Q3_25, D12, "text", facts=[
        F("nghị quyết | 24 | 31", 24, "study_sessions"),
        F("nghị quyết | 24 | 31", 31, "study_sessions", unit=BENTHANH),
        F("dự học | 2.846 | 3.512", 2846, "study_attendance", a="party_members"),
        F("dự học | 2.846 | 3.512", 3512, "study_attendance", a="party_members",
          unit=BENTHANH),
        F("(%) | 96,1 | 95,4", 96.1, "study_participation_rate"),
        F("(%) | 96,1 | 95,4", 95.4, "study_participation_rate", unit=BENTHANH),
        F("miệng | 38 | 45", 38, "oral_propaganda_sessions"),
        F("miệng | 38 | 45", 45, "oral_propaganda_sessions", unit=BENTHANH),
        F("phường | 212 | 187", 212, "news_items"),
        F("phường | 212 | 187", 187, "news_items", unit=BENTHANH),
        F("tham gia | 115 | 169", 115, "other"),
        F("tham gia | 115 | 169", 169, "other", unit=BENTHANH),
        F("ban hành 11 văn bản", 11, "documents_issued"),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives"),
        F("hiện có 68 nhóm Zalo", 68, "chat_groups", unit=BENTHANH, p=inst(D12)),
        F("khoảng 21.000 thành viên", 21000, "chat_group_members", "approx", unit=BENTHANH,
          p=inst(D12)),
        F("đã gửi 6 báo cáo dư luận xã hội", 6, "opinion_reports", unit=BENTHANH),
    ], traps=[("Cập nhật 14/10/2025 07:45", 14), ("Quý III năm 2025", 2025),
              ("quý III năm 2025", 2025), ("chính quyền địa phương hai cấp", 2),
              ("168 phường", 168), ("hơn 30 tòa nhà", 30), ("khoảng 47.000 dân", 47000),
              ("khoảng 40 thí sinh", 40)]),
]
