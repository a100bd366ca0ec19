"""holdout45, part 3: a city-level article with a table (TP Thủ Đức, Bình Tân, 2023), a ward's
report after the 2025 reform (Phường Gò Vấp), a Hanoi district article (Hoàng Mai, 2020) and
an article whose sections cover two Hanoi wards (2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or
running the extractor or any other evaluation set.

Decisions taken where the guide leaves room (see also parts 1 and 2):
- The table's lead-in names the study, so "Hội nghị cấp huyện" and "Số lớp ở cơ sở" rows are
  study_sessions; rows naming their own things ("Buổi tuyên truyền miệng", "Tin, bài ...")
  keep their own indicator.
- A city official's indirect speech ("Ông cho biết, 6 tháng qua, Ban Tuyên giáo Thành ủy đã
  ...") counts the city's work (province).
- A concessive clause's quarter ("Dù quý II quận chỉ mở được 9 lớp ...") dates that clause's
  count, which stays a fact of that quarter.
- "Phường hiện có 2 trang mạng xã hội chính danh (Zalo OA và fanpage)": one fact of 2
  social_pages; the words in brackets name them and hold no number.
- "kết nối 78 điểm cầu chi bộ": connected sites, a trap.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, quarter, year

HCM, TD, BT = U("79"), U("Thành phố Thủ Đức"), U("Quận Bình Tân")
PGV = W("Phường Gò Vấp", "79")
HM = U("Quận Hoàng Mai")
KH, DN = W("Phường Kiến Hưng", "01"), W("Phường Dương Nội", "01")

T09 = """
Thứ Năm, ngày 13/7/2023

Cụm thi đua số 3 giao ban công tác tuyên giáo 6 tháng đầu năm 2023

(Thanhuytphcm.vn) - Ngày 12/7, tại hội trường số 168 Trương Văn Bang, phường Thạnh Mỹ Lợi, Ban Tuyên giáo Thành ủy tổ chức giao ban Cụm thi đua số 3 gồm TP Thủ Đức và quận Bình Tân, hai địa phương có dân số đông nhất Thành phố với tổng cộng hơn 1,9 triệu người.

Báo cáo tại hội nghị cho thấy cả hai địa phương đã hoàn thành sớm việc học tập các chuyên đề của Thành ủy. Kết quả học tập, quán triệt nghị quyết 6 tháng đầu năm 2023:

Chỉ tiêu | TP Thủ Đức | Quận Bình Tân
Hội nghị cấp huyện | 3 | 2
Số lớp ở cơ sở | 412 | 236
Lượt đảng viên dự học | 31.046 | 18.512
Tỷ lệ đảng viên tham gia (%) | 96,38 | 95,7
Lượt quần chúng dự nghe | 8.240 | 5.115
Số đảng viên chưa tham gia | 1.161 | 836
Buổi tuyên truyền miệng | 385 | 240

Theo báo cáo, TP Thủ Đức hiện có 34 trang fanpage chính danh của các phường và 2.108 nhóm Zalo khu phố. Ở Bình Tân, quận duy trì 1 cổng thông tin điện tử và 10 fanpage phường; các chi bộ tổ chức 1.320 buổi sinh hoạt chuyên đề có thảo luận về nêu gương.

“Chi bộ khu phố tôi có 42 đảng viên, tháng nào cũng sinh hoạt đủ, có tháng họp tới 2 lần”, bà Tư Liên, Bí thư Chi bộ khu phố 5, phường Bình Hưng Hòa A, chia sẻ tại hội nghị.

Phát biểu kết luận, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đánh giá cao việc hai địa phương tổ chức học tập sớm. Ông cho biết, 6 tháng qua, Ban Tuyên giáo Thành ủy đã tổ chức 5 hội nghị báo cáo viên Thành phố theo hình thức trực tiếp kết hợp trực tuyến, kết nối 312 điểm cầu, và phát động Cuộc thi trực tuyến "Tìm hiểu 93 năm lịch sử Đảng bộ Thành phố" với 246.700 lượt người dự thi.

Dịp này, quận Bình Tân được xếp thứ nhất Cụm thi đua số 3; TP Thủ Đức được đề nghị Thành ủy tặng bằng khen cho 3 tập thể. 6 tháng cuối năm, Cụm đặt chỉ tiêu 100% khu phố có nhóm Zalo và mỗi địa phương tổ chức ít nhất 1 hội thi báo cáo viên giỏi.
"""

T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG GÒ VẤP
*
Số 18-BC/ĐU

Gò Vấp, ngày 02 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025

Phường Gò Vấp được thành lập từ ngày 01/7/2025 trên cơ sở nhập phường 10 và phường 17 của quận Gò Vấp (cũ), với 61 khu phố, dân số hơn 118 nghìn người; Đảng bộ phường có 78 chi bộ trực thuộc với 2.950 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01 (kết nối 78 điểm cầu chi bộ);
- Lớp ở chi bộ: 64;
- Đảng viên dự học: 2.781/2.950 đồng chí; tỷ lệ: 94,27%.
b) Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
- Lớp ở chi bộ: 41;
- Lượt cán bộ, đảng viên dự: 2.537; đạt 86%.

2. Công tác tuyên truyền
Phường tổ chức tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, kết quả:
- Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9: 640;
- Buổi nói chuyện thời sự tại khu phố: 57 – lượt người nghe: khoảng 4.300;
- Tin, bài trên trang Zalo OA "Phường Gò Vấp": 186; trên fanpage phường: 241;
- Nhóm Zalo khu phố: 61 nhóm (hiện có khoảng 24.800 thành viên).

3. Công tác dư luận xã hội, báo cáo viên
Đảng ủy phường đã kiện toàn đội ngũ báo cáo viên, hiện có 12 đồng chí, và mạng lưới 24 cộng tác viên dư luận xã hội tại các khu phố. Trong quý, Ban Tuyên giáo và Dân vận Đảng ủy phường gửi Ban Tuyên giáo và Dân vận Thành ủy 3 báo cáo định kỳ, 2 báo cáo đột xuất về dư luận của nhân dân khi vận hành chính quyền địa phương 2 cấp.

4. Thi đua, khen thưởng
Đảng ủy phường tặng giấy khen cho 4 tập thể, 8 cá nhân có thành tích trong tuyên truyền Đại hội Đảng bộ phường; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. NHIỆM VỤ QUÝ IV NĂM 2025
1. Học tập, quán triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I cho 100% đảng viên.
2. Phấn đấu mỗi khu phố có ít nhất 1 nhóm Zalo; mở 3 lớp tập huấn kỹ năng số cho 61 bí thư chi bộ khu phố.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ
"""

T11 = """
Cập nhật ngày 28-12-2020

Quận Hoàng Mai: Giữ nhịp học tập nghị quyết trong năm đại hội

Ngày 26/12, Quận ủy Hoàng Mai tổng kết công tác tuyên giáo năm 2020. Đây là năm diễn ra đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng, cũng là năm dịch Covid-19 ảnh hưởng nặng nề tới mọi hoạt động.

Dù quý II quận chỉ mở được 9 lớp do thực hiện giãn cách xã hội theo Chỉ thị 16, cả năm các chi, đảng bộ vẫn tổ chức 317 lớp học tập, quán triệt, thu hút 28.640 lượt cán bộ, đảng viên, đạt 95,8%. Riêng Nghị quyết Đại hội đại biểu Đảng bộ quận lần thứ IV, nhiệm kỳ 2020 – 2025, Quận ủy tổ chức 2 hội nghị cấp quận, các đảng bộ phường tiếp tục mở 96 lớp, gần như 100% đảng viên dự học.

Trung tâm Chính trị quận mở 14 lớp bồi dưỡng, trong đó có 5 lớp sơ cấp lý luận chính trị, cho 1.318 học viên. Quận ủy ban hành 38 văn bản chỉ đạo về công tác tuyên giáo, giảm 6 văn bản so với năm 2019.

Công tác tuyên truyền có nhiều đổi mới. Tính đến ngày 30/11/2020, 14 phường của quận đã lập 612 nhóm Zalo tổ dân phố với khoảng 58 nghìn thành viên; fanpage "Hoàng Mai ngày nay" có gần 36.000 người theo dõi. Trong năm, Cổng thông tin điện tử quận và các fanpage đăng tải 3.472 tin, bài, lượt tiếp cận ước đạt 1,2 triệu; Đài phát thanh quận phát sóng 248 chương trình thời sự và 52 kỳ chuyên mục "Chính quyền với nhân dân".

Bà Nguyễn Thị Thu Trang, Trưởng ban Tuyên giáo Quận ủy Hoàng Mai, cho biết: “Năm nay các chi bộ đã tổ chức 1.052 buổi sinh hoạt có thảo luận chuyên đề. Đội ngũ 71 cộng tác viên dư luận xã hội của quận gửi về Ban 124 báo cáo, giúp cấp ủy nắm tình hình kịp thời, nhất là khi có ca bệnh tại khu chung cư HH Linh Đàm”.

Người dân cũng ghi nhận sự thay đổi. “Tổ tôi có 230 hộ, trước muốn báo tin phải đi loa tay, giờ chỉ cần nhắn vào nhóm”, ông Đỗ Văn Hiển, 66 tuổi, tổ trưởng tổ dân phố số 12, phường Hoàng Liệt, kể.

Dịp tổng kết, Quận ủy tặng giấy khen cho 10 tập thể và 21 cá nhân. Năm 2021, quận đặt mục tiêu tổ chức học tập Nghị quyết Đại hội XIII cho 100% cán bộ, đảng viên ngay trong quý II.
"""

T12 = """
Cập nhật 03/04/2026 09:20

Hai phường phía Tây Nam Thủ đô đưa Nghị quyết Đại hội XIV đến từng tổ dân phố

Quý I năm 2026, ngay sau khi Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành công tốt đẹp, các phường Kiến Hưng và Dương Nội (Hà Nội) đã khẩn trương tổ chức học tập, quán triệt, tuyên truyền Nghị quyết Đại hội.

PHƯỜNG KIẾN HƯNG: Học nghị quyết ngay tại tổ dân phố

Phường Kiến Hưng được thành lập từ ngày 1/7/2025 trên cơ sở các phường Kiến Hưng, Phú La, Phú Lãm của quận Hà Đông cũ. Trong quý, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 52 lớp ở các chi bộ, với 3.946 lượt cán bộ, đảng viên, đạt 96,9%; riêng quần chúng có 2.210 lượt dự nghe.

Phường hiện có 2 trang mạng xã hội chính danh (Zalo OA và fanpage) và 48 nhóm Zalo tổ dân phố với khoảng 21.500 thành viên. Trong quý, các kênh này đăng hơn 900 tin, bài, video về Đại hội XIV và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 (ngày bầu cử 15/3/2026).

“Tổ tôi 312 nhân khẩu, ai không đi họp được thì xem lại video trong nhóm”, bà Nguyễn Thị Hồng, tổ trưởng tổ dân phố 7, kể.

PHƯỜNG DƯƠNG NỘI: Sân khấu hóa nghị quyết

Tại Dương Nội, Đảng ủy phường tổ chức 01 hội nghị cấp phường; các chi bộ mở 44 lớp, thu hút 2.875 lượt đảng viên (đạt 97,35%). Khu đô thị Dương Nội có gần 20 nghìn cư dân, nên phường tổ chức 6 buổi sân khấu hóa tuyên truyền nghị quyết ngay tại sân các tòa chung cư, với khoảng 2.600 lượt cư dân đến xem.

Bà Lê Thu Hà, Phó Bí thư Thường trực Đảng ủy phường Dương Nội, cho biết: “Phường đã gửi Thành ủy 4 báo cáo nhanh về dư luận trong dịp Đại hội; hiện phường có 19 cộng tác viên dư luận xã hội. Phường cũng khen thưởng 5 tập thể, 9 cá nhân trong đợt thi đua chào mừng Đại hội”.

Quý II, hai phường sẽ tổ chức 2 đợt sinh hoạt chính trị về Nghị quyết Đại hội XIV và phấn đấu 100% đảng viên viết bài thu hoạch.
"""

D09, D10, D11, D12 = "2023-07-13", "2025-10-02", "2020-12-28", "2026-04-03"
H23, Q325, Q126 = h1(2023), quarter(3, 2025), quarter(1, 2026)

DOCS = [
    Doc("h45_09", T09, HCM, H23, D09, "text", facts=[
        F("Hội nghị cấp huyện | 3", 3, "study_sessions", unit=TD),
        F("Hội nghị cấp huyện | 3 | 2", 2, "study_sessions", unit=BT),
        F("Số lớp ở cơ sở | 412", 412, "study_sessions", unit=TD),
        F("412 | 236", 236, "study_sessions", unit=BT),
        F("Lượt đảng viên dự học | 31.046", 31046, "study_attendance", a="party_members",
          unit=TD),
        F("31.046 | 18.512", 18512, "study_attendance", a="party_members", unit=BT),
        F("Tỷ lệ đảng viên tham gia (%) | 96,38", 96.38, "study_participation_rate", unit=TD),
        F("96,38 | 95,7", 95.7, "study_participation_rate", unit=BT),
        F("Lượt quần chúng dự nghe | 8.240", 8240, "study_attendance", a="masses", unit=TD),
        F("8.240 | 5.115", 5115, "study_attendance", a="masses", unit=BT),
        F("Số đảng viên chưa tham gia | 1.161", 1161, "other", unit=TD),
        F("1.161 | 836", 836, "other", unit=BT),
        F("Buổi tuyên truyền miệng | 385", 385, "oral_propaganda_sessions", unit=TD),
        F("385 | 240", 240, "oral_propaganda_sessions", unit=BT),
        F("hiện có 34 trang fanpage", 34, "social_pages", unit=TD, p=inst(D09)),
        F("2.108 nhóm Zalo", 2108, "chat_groups", unit=TD, p=inst(D09)),
        F("duy trì 1 cổng thông tin điện tử", 1, "websites", unit=BT, p=end_of(H23)),
        F("10 fanpage phường", 10, "social_pages", unit=BT, p=end_of(H23)),
        F("tổ chức 1.320 buổi sinh hoạt chuyên đề", 1320, "party_cell_discussions", unit=BT),
        F("tổ chức 5 hội nghị báo cáo viên", 5, "reporter_conferences"),
        F("246.700 lượt người dự thi", 246700, "contest_entries"),
    ], traps=[("ngày 13/7/2023", 13), ("Cụm thi đua số 3", 3), ("Ngày 12/7", 12),
              ("số 168 Trương Văn Bang", 168), ("hơn 1,9 triệu người", 1900000),
              ("có 42 đảng viên", 42), ("tới 2 lần", 2), ("khu phố 5", 5),
              ("kết nối 312 điểm cầu", 312), ("93 năm", 93), ("cho 3 tập thể", 3),
              ("100% khu phố", 100), ("ít nhất 1 hội thi", 1)]),
    Doc("h45_10", T10, PGV, Q325, D10, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở chi bộ: 64", 64, "study_sessions"),
        F("Đảng viên dự học: 2.781/2.950 đồng chí", 2781, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 94,27%", 94.27, "study_participation_rate"),
        F("Lớp ở chi bộ: 41", 41, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 2.537", 2537, "study_attendance", a="party_members"),
        F("đạt 86%", 86, "study_participation_rate"),
        F("Quốc khánh 2/9: 640", 640, "other"),
        F("tại khu phố: 57", 57, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 4.300", 4300, "propaganda_audience", "approx"),
        F("\"Phường Gò Vấp\": 186", 186, "news_items"),
        F("trên fanpage phường: 241", 241, "news_items"),
        F("Nhóm Zalo khu phố: 61 nhóm", 61, "chat_groups", p=end_of(Q325)),
        F("hiện có khoảng 24.800 thành viên", 24800, "chat_group_members", "approx",
          p=inst(D10)),
        F("hiện có 12 đồng chí", 12, "reporters", p=inst(D10)),
        F("mạng lưới 24 cộng tác viên", 24, "opinion_collaborators", p=inst(D10)),
        F("3 báo cáo định kỳ", 3, "opinion_reports"),
        F("2 báo cáo đột xuất", 2, "opinion_reports"),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 8 cá nhân", 8, "commended_individuals"),
    ], traps=[("Số 18-BC/ĐU", 18), ("ngày 02 tháng 10 năm 2025", 2), ("ngày 01/7/2025", 1),
              ("phường 10", 10), ("phường 17", 17), ("61 khu phố", 61),
              ("hơn 118 nghìn người", 118000), ("78 chi bộ", 78), ("2.950 đảng viên", 2950),
              ("2025 – 2030", 2025), ("kết nối 78 điểm cầu", 78), ("57-NQ/TW", 57),
              ("ngày 22/12/2024", 22), ("80 năm", 80), ("Quốc khánh 2/9, kết quả", 2),
              ("2 cấp", 2), ("01 cá nhân được đề nghị", 1), ("100% đảng viên", 100),
              ("ít nhất 1 nhóm Zalo", 1), ("mở 3 lớp tập huấn", 3), ("61 bí thư", 61)]),
    Doc("h45_11", T11, HM, year(2020), D11, "text", facts=[
        F("chỉ mở được 9 lớp", 9, "study_sessions", p=quarter(2, 2020)),
        F("tổ chức 317 lớp học tập", 317, "study_sessions"),
        F("28.640 lượt cán bộ, đảng viên", 28640, "study_attendance", a="party_members"),
        F("đạt 95,8%", 95.8, "study_participation_rate"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 96 lớp", 96, "study_sessions"),
        F("gần như 100% đảng viên dự học", 100, "study_participation_rate", "approx"),
        F("mở 14 lớp bồi dưỡng", 14, "training_classes"),
        F("cho 1.318 học viên", 1318, "trainees"),
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("lập 612 nhóm Zalo", 612, "chat_groups", p=inst("2020-11-30")),
        F("khoảng 58 nghìn thành viên", 58000, "chat_group_members", "approx",
          p=inst("2020-11-30")),
        F("gần 36.000 người theo dõi", 36000, "propaganda_audience", "at_most", p=inst(D11)),
        F("đăng tải 3.472 tin, bài", 3472, "news_items"),
        F("lượt tiếp cận ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("phát sóng 248 chương trình thời sự", 248, "news_items"),
        F("52 kỳ chuyên mục", 52, "news_items"),
        F("tổ chức 1.052 buổi sinh hoạt", 1052, "party_cell_discussions"),
        F("Đội ngũ 71 cộng tác viên", 71, "opinion_collaborators", p=end_of(year(2020))),
        F("gửi về Ban 124 báo cáo", 124, "opinion_reports"),
        F("giấy khen cho 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể và 21 cá nhân", 21, "commended_individuals"),
    ], traps=[("28-12-2020", 28), ("Ngày 26/12", 26), ("Covid-19", 19), ("Chỉ thị 16", 16),
              ("nhiệm kỳ 2020 – 2025", 2020), ("5 lớp sơ cấp", 5), ("giảm 6 văn bản", 6),
              ("so với năm 2019", 2019), ("ngày 30/11/2020", 30), ("14 phường", 14),
              ("230 hộ", 230), ("66 tuổi", 66), ("tổ dân phố số 12", 12), ("Năm 2021", 2021),
              ("100% cán bộ, đảng viên ngay", 100)]),
    Doc("h45_12", T12, KH, Q126, D12, "text", facts=[
        F("tổ chức 01 hội nghị cấp phường và 52 lớp", 1, "study_sessions"),
        F("52 lớp ở các chi bộ", 52, "study_sessions"),
        F("3.946 lượt cán bộ, đảng viên", 3946, "study_attendance", a="party_members"),
        F("đạt 96,9%", 96.9, "study_participation_rate"),
        F("riêng quần chúng có 2.210 lượt dự nghe", 2210, "study_attendance", a="masses"),
        F("có 2 trang mạng xã hội", 2, "social_pages", p=inst(D12)),
        F("48 nhóm Zalo", 48, "chat_groups", p=inst(D12)),
        F("khoảng 21.500 thành viên", 21500, "chat_group_members", "approx", p=inst(D12)),
        F("hơn 900 tin, bài", 900, "news_items", "at_least"),
        F("tổ chức 01 hội nghị cấp phường;", 1, "study_sessions", unit=DN),
        F("mở 44 lớp", 44, "study_sessions", unit=DN),
        F("2.875 lượt đảng viên", 2875, "study_attendance", a="party_members", unit=DN),
        F("(đạt 97,35%)", 97.35, "study_participation_rate", unit=DN),
        F("6 buổi sân khấu hóa tuyên truyền", 6, "oral_propaganda_sessions", unit=DN),
        F("khoảng 2.600 lượt cư dân", 2600, "propaganda_audience", "approx", "masses",
          unit=DN),
        F("gửi Thành ủy 4 báo cáo nhanh", 4, "opinion_reports", unit=DN),
        F("có 19 cộng tác viên", 19, "opinion_collaborators", unit=DN, p=inst(D12)),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=DN),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals", unit=DN),
    ], traps=[("03/04/2026", 3), ("09:20", 9), ("ngày 1/7/2025", 1),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày bầu cử 15/3/2026", 15),
              ("312 nhân khẩu", 312), ("tổ dân phố 7", 7), ("gần 20 nghìn cư dân", 20000),
              ("2 đợt sinh hoạt chính trị", 2), ("100% đảng viên", 100)]),
]
