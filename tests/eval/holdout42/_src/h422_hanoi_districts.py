"""holdout42, part 2: Hanoi districts before 2025-07-01 and a city office summary (h42_05-h42_08).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source read for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without
reading or running the extractor. Decisions: see the docstring of h421_hcm_districts.py; also
- a terse summary with abbreviations (HN, CB, ĐV, BCV, CTV DLXH) is read like the spelled-out
  labels; its closing note "số liệu tính đến hết ngày 31/12/2017" dates its stocks at 31/12;
- a congress speech whose introduction ends in a colon speaks for the unit over all its
  paragraphs; the term it opens with (2015 – 2020) is the period of its figures;
- a city office's summary table: each column's figures are its district's; the office itself
  reports nothing of its own; stocks in a row (Zalo groups) are at the end of the year.
"""
from build_gold import Doc, F, U, end_of, inst, quarter, term, year

HN = U("01")
DD, GL = U("Quận Đống Đa"), U("Huyện Gia Lâm")
LB, HM, TT = U("Quận Long Biên"), U("Quận Hoàng Mai"), U("Huyện Thanh Trì")
SS, ML = U("Huyện Sóc Sơn"), U("Huyện Mê Linh")

T05 = """
QUẬN ỦY ĐỐNG ĐA
BAN TUYÊN GIÁO

TÓM TẮT KẾT QUẢ CÔNG TÁC TUYÊN GIÁO NĂM 2017
(phục vụ hội nghị tổng kết ngày 10/01/2018)

1. Học tập, quán triệt NQ TW 5, TW 6 khóa XII
- HN cấp quận: 04
- Lớp ở cơ sở: 312; lượt CB, ĐV dự: 24.960
- Tỷ lệ ĐV tham gia: 96,15%
- ĐV chưa tham gia: 961 người (ốm đau, đi công tác xa, tuổi cao được miễn sinh hoạt)

2. Bồi dưỡng chính trị
- Lớp sơ cấp LLCT: 03; học viên: 212 người
- Lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú: 05; học viên: 318 người

3. Tuyên truyền miệng
- BCV cấp quận: 42 đ/c; CTV DLXH: 71 đ/c
- HN báo cáo viên định kỳ: 12 (bình quân mỗi tháng 1 HN)
- Buổi nói chuyện thời sự tại 21 phường: 238 – lượt người nghe: 19.400

4. Báo chí, xuất bản, mạng
- Tin, bài trên cổng TTĐT quận: 1.148; trên fanpage: 603
- Bản tin "Đống Đa ngày mới": phát hành đủ 12 kỳ, mỗi kỳ 64 trang
- Báo cáo DLXH: 44 định kỳ, 9 đột xuất

5. Sinh hoạt chính trị, khen thưởng
- Đợt sinh hoạt chính trị về 70 năm Ngày Thương binh – Liệt sĩ: 01
- Băng rôn, khẩu hiệu, pano: 2.350
- Tập thể được khen: 15; cá nhân được khen: 32 người

6. Kiểm tra, tồn tại
- Đoàn kiểm tra việc học tập NQ ở cơ sở: 02 (tại 8 phường)
- Một số chi bộ tổ chức học tập chậm so với yêu cầu của Hướng dẫn 28-HD/BTGTU; nội dung sinh hoạt ở một số nơi còn đơn điệu, chưa gắn với tình hình địa phương; vài phường chưa có fanpage chính danh.

Ghi chú: số liệu tính đến hết ngày 31/12/2017; chưa kể hàng trăm tin, bài của các phường đăng trên trang riêng. Một số chỉ tiêu (lượt người nghe) là số ước do các phường báo cáo chưa đầy đủ, Ban sẽ cập nhật tại báo cáo chính thức.
"""

T06 = """
Gia Lâm: Công tác tuyên giáo đồng hành cùng chặng đường phát triển

Ngày 18/6/2020 – Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXII, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 16 đến 18/6. 285 đại biểu thay mặt cho hơn 11.000 đảng viên của Đảng bộ huyện về dự. Tham luận về công tác tư tưởng được nhiều đại biểu quan tâm.

Sau đây là trích tham luận của đồng chí Nguyễn Thị Minh Phương, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu tổ chức 87 hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy và Huyện ủy, với hơn 96.000 lượt cán bộ, đảng viên tham dự; tỷ lệ đảng viên tham gia bình quân đạt 95,6%. Trung tâm Bồi dưỡng chính trị huyện mở 58 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 6.214 học viên.

“Chúng tôi xác định công tác tuyên truyền phải đi trước một bước, nhất là khi Gia Lâm đang tập trung xây dựng để trở thành quận vào năm 2025. Cả nhiệm kỳ, huyện tổ chức 1.240 buổi nói chuyện thời sự, chính sách tại 22 xã, thị trấn, thu hút khoảng 98 nghìn lượt người dân; đài truyền thanh huyện phát 186 chương trình “Gia Lâm hôm nay”. Huyện hiện có một trang thông tin điện tử và 35 trang fanpage của các xã, thị trấn, đoàn thể.

“Hiện huyện có 49 cộng tác viên dư luận xã hội; cả nhiệm kỳ, các đồng chí đã gửi về Ban 212 báo cáo, nhiều vấn đề như giải phóng mặt bằng đường Vành đai 3,5, mở rộng Quốc lộ 5 được nắm bắt từ sớm. Huyện ủy đã khen thưởng 64 tập thể, 138 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Thời gian tới, chúng tôi phấn đấu 100% thôn, tổ dân phố có nhóm Zalo và mỗi năm tổ chức ít nhất 250 buổi tuyên truyền miệng.”

Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XXII gồm 45 đồng chí.
"""

T07 = """
Long Biên, Hoàng Mai, Thanh Trì: Hoàn thành học tập Nghị quyết Trung ương 6 khóa XII

Hànộimới – Đến ngày 31/3/2018, ba quận, huyện phía Đông và Nam Thủ đô đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Trung ương 6 khóa XII về tiếp tục đổi mới, sắp xếp tổ chức bộ máy và tăng cường công tác bảo vệ, chăm sóc sức khỏe Nhân dân. Số liệu dưới đây tính cho quý I năm 2018.

▪ Quận Long Biên
Quận ủy tổ chức 02 hội nghị cấp quận cho cán bộ chủ chốt; 14 đảng bộ phường và 42 chi, đảng bộ cơ sở mở 171 lớp, thu hút 13.208 lượt cán bộ, đảng viên, đạt 97,05%. Ngoài ra, quận tổ chức 1 hội nghị báo cáo viên để cập nhật thông tin chuyên đề về tinh giản biên chế.

▪ Quận Hoàng Mai
Là quận đông dân nhất Thủ đô với khoảng 410 nghìn người, Hoàng Mai tổ chức hội nghị trực tuyến tới 14 điểm cầu phường. Các chi bộ mở 325 lớp với 21.563 lượt cán bộ, đảng viên; riêng quần chúng là hội viên các đoàn thể có 4.870 lượt tham dự. Tỷ lệ đảng viên tham gia đạt 95,2%. Số đảng viên chưa tham gia là 1.087 người, chủ yếu do tuổi cao, sức yếu.

▪ Huyện Thanh Trì
Huyện ủy Thanh Trì tổ chức 3 hội nghị cấp huyện; 16 xã, thị trấn mở 142 lớp, với 9.306/9.741 đảng viên dự học. Huyện ủy giao Đài Truyền thanh huyện mở chuyên mục “Tinh gọn để mạnh hơn”, trong quý đã phát 11 kỳ.

Ông Nguyễn Văn Khải, 74 tuổi, đảng viên 52 năm tuổi Đảng ở xã Tam Hiệp, bày tỏ: “Tôi học nghị quyết từ thời còn đi bộ đội, lần này nghe báo cáo viên nói chuyện tinh gọn bộ máy thấy rất trúng, rất thật.”

Theo kế hoạch, trong quý II, ba địa phương sẽ tiếp tục tổ chức học tập Nghị quyết Trung ương 7 khóa XII cho 100% cán bộ, đảng viên.
"""

T08 = """
BAN TUYÊN GIÁO THÀNH ỦY HÀ NỘI
PHÒNG TUYÊN TRUYỀN
Hà Nội, ngày 14 tháng 01 năm 2025

TỔNG HỢP NHANH
Kết quả công tác tuyên giáo năm 2024 của hai huyện phía Bắc

Theo báo cáo của Huyện ủy Sóc Sơn (Báo cáo số 211-BC/HU) và Huyện ủy Mê Linh (Báo cáo số 198-BC/HU), kết quả năm 2024 như sau:

Chỉ tiêu | Huyện Sóc Sơn | Huyện Mê Linh
Hội nghị học tập, quán triệt cấp huyện | 6 | 4
Lớp học tập ở cơ sở | 412 | 297
Lượt đảng viên dự học | 38.750 | 24.116
Tỷ lệ đảng viên tham gia (%) | 96,8 | 95,47
Buổi tuyên truyền miệng | 356 | 218
Lượt người nghe | 27.400 | 16.950
Nhóm Zalo thôn, tổ dân phố | 538 | 391

Ghi nhận thêm:
- Sóc Sơn: Huyện ủy ban hành 31 văn bản chỉ đạo công tác tư tưởng; tổ chức Hội thi báo cáo viên giỏi với 24 thí sinh, trong đó 6 thí sinh đạt giải. Trung tâm Chính trị huyện mở 7 lớp bồi dưỡng lý luận chính trị cho 486 học viên.
- Mê Linh: Cuộc thi tìm hiểu 70 năm Ngày giải phóng Thủ đô thu hút 12.904 lượt dự thi; Huyện ủy khen thưởng 8 tập thể và 17 cá nhân. Ban Tuyên giáo Huyện ủy đặt tại số 1 đường Nguyễn Tất Thành, điện thoại 024.3525.1156. Đội ngũ 33 cộng tác viên dư luận xã hội của huyện gửi 58 báo cáo tình hình tư tưởng.

Đánh giá chung: hai huyện đều hoàn thành các chỉ tiêu; Sóc Sơn đạt 112% kế hoạch năm về số buổi tuyên truyền miệng. Năm 2025, Ban đề nghị hai huyện tổ chức ít nhất 1 hội nghị báo cáo viên mỗi quý và rà soát lại danh sách báo cáo viên trước ngày 31/3/2025.

Hạn chế: số đảng viên cao tuổi tham gia học tập trực tuyến còn ít; một số thôn ở Mê Linh chưa duy trì đều nhóm Zalo, có nhóm dưới 30 thành viên.
"""

D05, D06, D07, D08 = "2018-01-08", "2020-06-18", "2018-03-31", "2025-01-14"
P07 = quarter(1, 2018)
T1520 = term(2015, 2020)
ROW_HN = "Hội nghị học tập, quán triệt cấp huyện | 6 | 4"
ROW_LOP = "Lớp học tập ở cơ sở | 412 | 297"
ROW_DV = "Lượt đảng viên dự học | 38.750 | 24.116"
ROW_TL = "Tỷ lệ đảng viên tham gia (%) | 96,8 | 95,47"
ROW_B = "Buổi tuyên truyền miệng | 356 | 218"
ROW_N = "Lượt người nghe | 27.400 | 16.950"
ROW_Z = "Nhóm Zalo thôn, tổ dân phố | 538 | 391"
Y24 = year(2024)

DOCS = [
    Doc("h42_05", T05, DD, year(2017), D05, "sidecar", meta={"date": D05}, facts=[
        F("HN cấp quận: 04", 4, "study_sessions"),
        F("Lớp ở cơ sở: 312", 312, "study_sessions"),
        F("lượt CB, ĐV dự: 24.960", 24960, "study_attendance", a="party_members"),
        F("Tỷ lệ ĐV tham gia: 96,15%", 96.15, "study_participation_rate"),
        F("ĐV chưa tham gia: 961 người", 961, "other"),
        F("Lớp sơ cấp LLCT: 03", 3, "training_classes"),
        F("học viên: 212 người", 212, "trainees"),
        F("quần chúng ưu tú: 05", 5, "training_classes"),
        F("học viên: 318 người", 318, "trainees"),
        F("BCV cấp quận: 42 đ/c", 42, "reporters", p=inst("2017-12-31")),
        F("CTV DLXH: 71 đ/c", 71, "opinion_collaborators", p=inst("2017-12-31")),
        F("HN báo cáo viên định kỳ: 12", 12, "reporter_conferences"),
        F("tại 21 phường: 238", 238, "oral_propaganda_sessions"),
        F("lượt người nghe: 19.400", 19400, "propaganda_audience"),
        F("cổng TTĐT quận: 1.148", 1148, "news_items"),
        F("trên fanpage: 603", 603, "news_items"),
        F("phát hành đủ 12 kỳ", 12, "news_items"),
        F("Báo cáo DLXH: 44 định kỳ", 44, "opinion_reports"),
        F("9 đột xuất", 9, "opinion_reports"),
        F("Liệt sĩ: 01", 1, "political_campaigns"),
        F("Băng rôn, khẩu hiệu, pano: 2.350", 2350, "other"),
        F("Tập thể được khen: 15", 15, "commended_collectives"),
        F("cá nhân được khen: 32 người", 32, "commended_individuals"),
        F("Đoàn kiểm tra việc học tập NQ ở cơ sở: 02", 2, "other"),
    ], traps=[("tại 8 phường", 8), ("Hướng dẫn 28-HD/BTGTU", 28), ("NĂM 2017", 2017), ("ngày 10/01/2018", 10), ("TW 5", 5), ("TW 6", 6),
              ("mỗi tháng 1 HN", 1), ("tại 21 phường", 21), ("mỗi kỳ 64 trang", 64),
              ("70 năm", 70), ("31/12/2017", 31), ("hàng trăm tin, bài", 100)]),
    Doc("h42_06", T06, GL, T1520, D06, "text", facts=[
        F("tổ chức 87 hội nghị học tập", 87, "study_sessions"),
        F("hơn 96.000 lượt cán bộ, đảng viên", 96000, "study_attendance", "at_least",
          a="party_members"),
        F("bình quân đạt 95,6%", 95.6, "study_participation_rate"),
        F("mở 58 lớp bồi dưỡng", 58, "training_classes"),
        F("cho 6.214 học viên", 6214, "trainees"),
        F("tổ chức 1.240 buổi nói chuyện", 1240, "oral_propaganda_sessions"),
        F("khoảng 98 nghìn lượt người dân", 98000, "propaganda_audience", "approx",
          a="masses"),
        F("phát 186 chương trình", 186, "news_items"),
        F("một trang thông tin điện tử", 1, "websites", p=inst(D06)),
        F("35 trang fanpage", 35, "social_pages", p=inst(D06)),
        F("Hiện huyện có 49 cộng tác viên", 49, "opinion_collaborators", p=inst(D06)),
        F("gửi về Ban 212 báo cáo", 212, "opinion_reports"),
        F("khen thưởng 64 tập thể", 64, "commended_collectives"),
        F("64 tập thể, 138 cá nhân", 138, "commended_individuals"),
    ], traps=[("Ngày 18/6/2020", 18), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 16 đến 18/6", 16), ("285 đại biểu", 285),
              ("hơn 11.000 đảng viên", 11000), ("Nhiệm kỳ 2015 – 2020", 2015),
              ("vào năm 2025", 2025), ("tại 22 xã, thị trấn", 22), ("Vành đai 3,5", 3.5),
              ("Quốc lộ 5", 5), ("100% thôn", 100), ("ít nhất 250 buổi", 250),
              ("gồm 45 đồng chí", 45)]),
    Doc("h42_07", T07, LB, P07, D07, "inferred", facts=[
        F("tổ chức 02 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 171 lớp", 171, "study_sessions"),
        F("13.208 lượt cán bộ, đảng viên", 13208, "study_attendance", a="party_members"),
        F("đạt 97,05%", 97.05, "study_participation_rate"),
        F("tổ chức 1 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("mở 325 lớp", 325, "study_sessions", unit=HM),
        F("21.563 lượt cán bộ, đảng viên", 21563, "study_attendance", a="party_members",
          unit=HM),
        F("có 4.870 lượt tham dự", 4870, "study_attendance", a="masses", unit=HM),
        F("tham gia đạt 95,2%", 95.2, "study_participation_rate", unit=HM),
        F("chưa tham gia là 1.087 người", 1087, "other", unit=HM),
        F("tổ chức 3 hội nghị cấp huyện", 3, "study_sessions", unit=TT),
        F("mở 142 lớp", 142, "study_sessions", unit=TT),
        F("9.306/9.741 đảng viên dự học", 9306, "study_attendance", a="party_members",
          unit=TT),
        F("đã phát 11 kỳ", 11, "news_items", unit=TT),
    ], traps=[("Trung ương 6", 6), ("ngày 31/3/2018", 31), ("quý I năm 2018", 2018),
              ("14 đảng bộ phường", 14), ("42 chi, đảng bộ cơ sở", 42),
              ("khoảng 410 nghìn người", 410000), ("14 điểm cầu", 14),
              ("16 xã, thị trấn", 16), ("74 tuổi", 74), ("52 năm tuổi Đảng", 52),
              ("Trung ương 7", 7), ("100% cán bộ", 100)]),
    Doc("h42_08", T08, HN, Y24, D08, "text", facts=[
        F(ROW_HN, 6, "study_sessions", unit=SS), F(ROW_HN, 4, "study_sessions", unit=ML),
        F(ROW_LOP, 412, "study_sessions", unit=SS), F(ROW_LOP, 297, "study_sessions", unit=ML),
        F(ROW_DV, 38750, "study_attendance", a="party_members", unit=SS),
        F(ROW_DV, 24116, "study_attendance", a="party_members", unit=ML),
        F(ROW_TL, 96.8, "study_participation_rate", unit=SS),
        F(ROW_TL, 95.47, "study_participation_rate", unit=ML),
        F(ROW_B, 356, "oral_propaganda_sessions", unit=SS),
        F(ROW_B, 218, "oral_propaganda_sessions", unit=ML),
        F(ROW_N, 27400, "propaganda_audience", unit=SS),
        F(ROW_N, 16950, "propaganda_audience", unit=ML),
        F(ROW_Z, 538, "chat_groups", unit=SS, p=end_of(Y24)),
        F(ROW_Z, 391, "chat_groups", unit=ML, p=end_of(Y24)),
        F("ban hành 31 văn bản", 31, "documents_issued", unit=SS),
        F("với 24 thí sinh", 24, "contest_entries", unit=SS),
        F("mở 7 lớp bồi dưỡng lý luận chính trị", 7, "training_classes", unit=SS),
        F("cho 486 học viên", 486, "trainees", unit=SS),
        F("thu hút 12.904 lượt dự thi", 12904, "contest_entries", unit=ML),
        F("Đội ngũ 33 cộng tác viên", 33, "opinion_collaborators", unit=ML, p=end_of(Y24)),
        F("gửi 58 báo cáo tình hình tư tưởng", 58, "opinion_reports", unit=ML),
        F("khen thưởng 8 tập thể", 8, "commended_collectives", unit=ML),
        F("8 tập thể và 17 cá nhân", 17, "commended_individuals", unit=ML),
    ], traps=[("ngày 14 tháng 01 năm 2025", 14), ("năm 2024", 2024),
              ("Báo cáo số 211-BC/HU", 211), ("Báo cáo số 198-BC/HU", 198),
              ("6 thí sinh đạt giải", 6), ("70 năm", 70), ("số 1 đường", 1),
              ("024.3525.1156", 24), ("112% kế hoạch", 112), ("Năm 2025", 2025),
              ("ít nhất 1 hội nghị", 1), ("ngày 31/3/2025", 31),
              ("dưới 30 thành viên", 30)]),
]
