"""Held-out set holdout40, part 2: Hanoi districts before 2025-07-01 (2018-2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (for its
format only), the seeds and the five sample reports, without reading or running the
extractor. The decisions taken where the guide leaves room are listed in h401's docstring;
in this part also:
- A table under a bulletin letterhead of the city's Ban Tuyên giáo: each column is its
  district's; the city's own figure in the text below ("Thành ủy tổ chức 6 hội nghị cấp thành
  phố") is the province's.
- "Tính đến ngày 30/6/2020, ... lập 428 nhóm Zalo với khoảng 52 nghìn thành viên": both
  stocks of that clause are instants at the stated date.
- A document with no dateline and no sidecar ("Chiều 28/6" opening, year from the article's
  period) has an inferred date: the latest full date it mentions, 2024-06-28.
- "Nhiệm vụ 6 tháng cuối năm: ..." (a run-in plan label) makes its paragraph's numbers plans.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

HN = U("01")
DDA, HBT = U("Quận Đống Đa"), U("Quận Hai Bà Trưng")
BAVI, LBIEN, HDONG = U("Huyện Ba Vì"), U("Quận Long Biên"), U("Quận Hà Đông")

T05 = """
BAN TUYÊN GIÁO THÀNH ỦY HÀ NỘI
BẢN TIN NỘI BỘ – SỐ 10 (THÁNG 10/2018)
Hà Nội, ngày 15/10/2018

Giao ban Cụm thi đua số 2: Đống Đa, Hai Bà Trưng chia sẻ kinh nghiệm quý III/2018

Ngày 11/10/2018, Cụm thi đua số 2 của Ban Tuyên giáo Thành ủy tổ chức giao ban công tác tuyên giáo quý III năm 2018 tại Quận ủy Đống Đa. Kết quả chính của hai quận trong quý như sau:

Chỉ tiêu | Quận Đống Đa | Quận Hai Bà Trưng
Hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 7 | 2 | 3
Lớp học tập ở cơ sở | 104 | 96
Lượt đảng viên dự học | 9.870 | 8.412
Tỷ lệ đảng viên tham gia (%) | 96,8 | 95,15
Số đảng viên chưa tham gia | 326 | 430
Buổi tuyên truyền miệng | 148 | 121
Lượt người nghe tuyên truyền | 13.500 | 10.240
Tin, bài trên cổng thông tin điện tử | 215 | 187
Báo cáo dư luận xã hội | 18 | 15
Cá nhân được khen thưởng | 12 | 9

Tại giao ban, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy thông tin: trong quý III, Thành ủy tổ chức 6 hội nghị cấp thành phố quán triệt Nghị quyết Trung ương 7 khóa XII cho cán bộ chủ chốt. Thành phố hiện có 30 quận, huyện, thị xã với 584 xã, phường, thị trấn, nên việc đưa nghị quyết về cơ sở đòi hỏi sự phối hợp chặt chẽ giữa các cụm.

Quận Đống Đa cho biết việc chia lớp theo cụm dân cư giúp tỷ lệ đảng viên tham gia tăng 1,6% so với cùng kỳ. Quận Hai Bà Trưng giới thiệu mô hình “Chi bộ 4 tốt” của phường Bạch Mai, được Ban Tuyên giáo Thành ủy đánh giá cao.

Theo kết quả chấm điểm thi đua 9 tháng, Đống Đa xếp thứ 2/30 quận, huyện, thị xã; Hai Bà Trưng xếp thứ 5. Quý IV, Cụm thi đua số 2 sẽ tổ chức Hội thi báo cáo viên giỏi, dự kiến 24 thí sinh tham gia.

Mọi thông tin xin liên hệ Phòng Tuyên truyền, điện thoại 024.3825.4891.
"""

T06 = """
Ba Vì: Đưa thông tin đến đồng bào vùng núi trong mùa dịch

Sáu tháng đầu năm 2020, dù nhiều hoạt động tập trung đông người phải tạm dừng vì dịch Covid-19, Ban Tuyên giáo Huyện ủy Ba Vì vẫn duy trì nhịp tuyên truyền đến tận thôn, bản vùng đồng bào Mường, Dao ở ba xã miền núi Ba Vì, Khánh Thượng, Minh Quang.

Huyện có 31 xã, thị trấn với khoảng 290 nghìn người, trong đó đồng bào dân tộc thiểu số chiếm khoảng 10% dân số. Trước khi dịch bùng phát, Huyện ủy tổ chức 2 hội nghị cấp huyện học tập, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; các chi bộ thôn đã tổ chức 1.046 buổi sinh hoạt thảo luận, góp ý vào dự thảo văn kiện đại hội. Trong thời gian giãn cách xã hội (từ ngày 1/4 đến 22/4), các buổi sinh hoạt chỉ được tổ chức với dưới 20 người.

Để thông tin đến được với bà con người Mường, Đài Truyền thanh huyện phát 48 chương trình song ngữ Kinh – Mường, mỗi chương trình dài 15 phút. Theo ông Đỗ Mạnh Hùng, Phó Trưởng ban Thường trực Ban Tuyên giáo Huyện ủy Ba Vì, nhiều cách làm đã được điều chỉnh cho phù hợp. “Chúng tôi biên soạn và in 3.000 tờ gấp song ngữ, phát đến từng hộ ở vùng đồng bào dân tộc. Huyện cũng tổ chức 26 buổi nói chuyện chuyên đề tại nhà văn hóa thôn, với khoảng 2.900 lượt người nghe”, ông Hùng cho biết.

Tính đến ngày 30/6/2020, các thôn, tổ dân phố trong huyện đã lập 428 nhóm Zalo với khoảng 52 nghìn thành viên. Anh Bàn Văn Sơn, người Dao ở thôn Yên Sơn, xã Ba Vì, kể: “Trước phải đợi họp thôn mới biết tin, giờ có nhóm Zalo, chừng 5 phút là cả thôn 96 hộ đều nắm được”.

Cuộc thi trực tuyến tìm hiểu 90 năm lịch sử Đảng Cộng sản Việt Nam do Huyện ủy phát động thu hút 8.715 lượt người dự thi; 20 cá nhân đạt giải được trao thưởng tổng trị giá 30 triệu đồng. Ban Thường vụ Huyện ủy cũng ban hành 14 văn bản chỉ đạo công tác tuyên truyền phòng, chống dịch.

Sáu tháng cuối năm, Ba Vì tập trung tuyên truyền Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 – 2025, dự kiến diễn ra vào tháng 8/2020, phấn đấu 100% thôn có nhóm Zalo.
"""

T07 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY LONG BIÊN
BAN TUYÊN GIÁO
Số 112-BC/BTGQU
Long Biên, ngày 20 tháng 12 năm 2021

BÁO CÁO
Kết quả công tác tuyên giáo năm 2021

A. KẾT QUẢ THỰC HIỆN

Năm 2021 diễn ra nhiều sự kiện chính trị quan trọng, đồng thời dịch Covid-19 bùng phát trở lại. Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 27 văn bản (gồm 11 kế hoạch, 16 hướng dẫn) về công tác tư tưởng.

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội XIII của Đảng
- Hội nghị cấp quận: 02 (trực tuyến tới 14 điểm cầu phường);
- Lớp ở cơ sở: 312; đảng viên dự học: 14.652/15.240 đồng chí, đạt 96,14%;
b) Nghị quyết Đại hội XVII Đảng bộ Thành phố
- Lớp ở cơ sở: 298; lượt cán bộ, đảng viên dự: 14.390; tỷ lệ: 94,43%;
- Số đảng viên chưa tham gia: 850 người (chủ yếu do cách ly, điều trị Covid-19).

2. Tuyên truyền
- Tin, bài trên Cổng thông tin điện tử quận: 1.470; trên fanpage “Long Biên ngày mới”: 925;
- Phóng sự, video clip tuyên truyền phòng, chống dịch: 64;
- Buổi nói chuyện thời sự: 38 – lượt người nghe: hơn 4.100;
- Băng rôn, khẩu hiệu, cờ phướn tuyên truyền bầu cử ngày 23/5/2021: 6.800;
- Bản tin Long Biên: phát hành đủ 12 số.

3. Dư luận xã hội, báo cáo viên
- Báo cáo viên cấp quận: 41 đồng chí; cộng tác viên dư luận xã hội: 54 đồng chí;
- Báo cáo dư luận xã hội: 36 định kỳ, 11 đột xuất;
- Hội nghị báo cáo viên: 04 (tháng 1, tháng 4, tháng 9 và một hội nghị trực tuyến tháng 11).

4. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Quận triển khai 02 đợt sinh hoạt chính trị về chủ đề “Năm 2021 – Năm kỷ cương, trách nhiệm” của Quận ủy. Ban Thường vụ Quận ủy tuyên dương 15 tập thể, 32 cá nhân điển hình; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022
1. Tổ chức học tập các nghị quyết Hội nghị Trung ương 4 khóa XIII cho 100% cán bộ, đảng viên.
2. Mở 10 lớp bồi dưỡng kỹ năng tuyên truyền cho tổ trưởng tổ dân phố ở 14 phường.
3. Duy trì Bản tin Long Biên, phát hành 12 số/năm.

Nơi nhận: - Ban Tuyên giáo Thành ủy; - Lưu.
"""

T08 = """
Hà Đông: Nghị quyết đến với cư dân khu đô thị mới

Chiều 28/6, Ban Tuyên giáo Quận ủy Hà Đông tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024.

Hà Đông hiện có 17 phường, nhiều khu đô thị mới như Dương Nội, Văn Phú, Park City với 58 tòa chung cư cao tầng và gần 90 nghìn cư dân. Phần lớn cư dân là người trẻ, đi làm cả ngày, nên việc đưa nghị quyết đến với họ đòi hỏi cách làm riêng.

Sáu tháng qua, Quận ủy tổ chức 3 hội nghị cấp quận học tập, quán triệt các kết luận, quy định mới của Trung ương; 17 đảng bộ phường và 44 chi, đảng bộ cơ sở mở 256 lớp với 21.940 lượt cán bộ, đảng viên, đạt 95,82%, tăng 23 lớp so với cùng kỳ năm 2023. Trung tâm Chính trị quận mở 03 lớp sơ cấp lý luận chính trị và 02 lớp bồi dưỡng nhận thức về Đảng, với tổng số 318 học viên.

Bà Nguyễn Thị Thanh Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Hà Đông, cho biết: “Chúng tôi chuyển sang tổ chức 52 buổi nói chuyện thời sự vào tối thứ Sáu ngay tại sảnh chung cư, với khoảng 6.300 lượt cư dân tham dự. Các phường cũng tổ chức từ 30 đến 35 buổi tuyên truyền Luật Thủ đô năm 2024 cho ban quản trị và cư dân các tòa nhà.”

Chị Phạm Thu Trang, cư dân tòa HH2, khu đô thị Dương Nội, chia sẻ: “Tòa tôi có 640 căn hộ, trước chẳng ai biết ai. Giờ tối thứ Sáu xuống sảnh nghe nói chuyện 45 phút, vừa hiểu chính sách vừa quen thêm hàng xóm”.

Hiện nay, các tổ dân phố và ban quản trị chung cư duy trì 742 nhóm Zalo, số thành viên khoảng 95.000 người; fanpage “Hà Đông ngày nay” có hơn 31 nghìn người theo dõi. Trong 6 tháng, trang thông tin điện tử quận đăng 1.284 tin, bài, trong đó 160 tin, bài về kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024).

Hội thi tuyên truyền viên giỏi của quận có 34 thí sinh đến từ 17 phường; 6 thí sinh đạt giải. Dịp này, Ban Thường vụ Quận ủy khen thưởng 10 tập thể và 21 cá nhân. Dự án chỉnh trang đô thị khu vực Văn Quán với tổng vốn khoảng 1.200 tỷ đồng cũng được tuyên truyền rộng rãi để tạo đồng thuận.

Nhiệm vụ 6 tháng cuối năm: tổ chức tuyên truyền kỷ niệm 70 năm Ngày Giải phóng Thủ đô; mở thêm 2 lớp bồi dưỡng lý luận chính trị; phấn đấu 100% tòa chung cư có nhóm Zalo.
"""

D05, D06, D07, D08 = "2018-10-15", "2020-07-14", "2021-12-20", "2024-06-28"
P05, P06, P07, P08 = quarter(3, 2018), h1(2020), year(2021), h1(2024)

DOCS = [
    Doc("h40_05", T05, DDA, P05, D05, "text", facts=[
        F("Trung ương 7 | 2", 2, "study_sessions", unit=DDA),
        F("Trung ương 7 | 2 | 3", 3, "study_sessions", unit=HBT),
        F("Lớp học tập ở cơ sở | 104", 104, "study_sessions", unit=DDA),
        F("| 104 | 96", 96, "study_sessions", unit=HBT),
        F("Lượt đảng viên dự học | 9.870", 9870, "study_attendance", a="party_members",
          unit=DDA),
        F("| 9.870 | 8.412", 8412, "study_attendance", a="party_members", unit=HBT),
        F("(%) | 96,8", 96.8, "study_participation_rate", unit=DDA),
        F("| 96,8 | 95,15", 95.15, "study_participation_rate", unit=HBT),
        F("Số đảng viên chưa tham gia | 326", 326, "other", unit=DDA),
        F("| 326 | 430", 430, "other", unit=HBT),
        F("Buổi tuyên truyền miệng | 148", 148, "oral_propaganda_sessions", unit=DDA),
        F("| 148 | 121", 121, "oral_propaganda_sessions", unit=HBT),
        F("Lượt người nghe tuyên truyền | 13.500", 13500, "propaganda_audience", unit=DDA),
        F("| 13.500 | 10.240", 10240, "propaganda_audience", unit=HBT),
        F("cổng thông tin điện tử | 215", 215, "news_items", unit=DDA),
        F("| 215 | 187", 187, "news_items", unit=HBT),
        F("Báo cáo dư luận xã hội | 18", 18, "opinion_reports", unit=DDA),
        F("| 18 | 15", 15, "opinion_reports", unit=HBT),
        F("Cá nhân được khen thưởng | 12", 12, "commended_individuals", unit=DDA),
        F("| 12 | 9", 9, "commended_individuals", unit=HBT),
        F("Thành ủy tổ chức 6 hội nghị cấp thành phố", 6, "study_sessions", unit=HN),
    ], traps=[("SỐ 10", 10), ("THÁNG 10/2018", 10), ("ngày 15/10/2018", 15),
              ("Cụm thi đua số 2", 2), ("Hai Bà Trưng", 2), ("quý III/2018", 3),
              ("Ngày 11/10/2018", 11), ("quý III năm 2018", 3),
              ("Nghị quyết Trung ương 7 khóa XII", 7), ("Trung ương 7", 7),
              ("30 quận, huyện, thị xã", 30), ("584 xã, phường, thị trấn", 584),
              ("tăng 1,6%", 1.6), ("Chi bộ 4 tốt", 4), ("9 tháng", 9),
              ("xếp thứ 2/30", 2), ("xếp thứ 5", 5), ("dự kiến 24 thí sinh", 24),
              ("024.3825.4891", 24)]),
    Doc("h40_06", T06, BAVI, P06, D06, "sidecar", meta={"date": D06}, facts=[
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions"),
        F("tổ chức 1.046 buổi sinh hoạt thảo luận", 1046, "party_cell_discussions"),
        F("phát 48 chương trình song ngữ", 48, "news_items"),
        F("in 3.000 tờ gấp song ngữ", 3000, "other"),
        F("tổ chức 26 buổi nói chuyện chuyên đề", 26, "oral_propaganda_sessions"),
        F("khoảng 2.900 lượt người nghe", 2900, "propaganda_audience", "approx"),
        F("lập 428 nhóm Zalo", 428, "chat_groups", p=inst("2020-06-30")),
        F("khoảng 52 nghìn thành viên", 52000, "chat_group_members", "approx",
          p=inst("2020-06-30")),
        F("thu hút 8.715 lượt người dự thi", 8715, "contest_entries"),
        F("ban hành 14 văn bản", 14, "documents_issued"),
    ], traps=[("Sáu tháng đầu năm 2020", 2020), ("Covid-19", 19), ("ba xã miền núi", 3),
              ("31 xã, thị trấn", 31), ("khoảng 290 nghìn người", 290000),
              ("khoảng 10% dân số", 10), ("Chỉ thị 35-CT/TW", 35), ("từ ngày 1/4", 1),
              ("22/4", 22), ("dưới 20 người", 20), ("15 phút", 15),
              ("Tính đến ngày 30/6/2020", 30), ("chừng 5 phút", 5), ("96 hộ", 96),
              ("90 năm", 90), ("20 cá nhân đạt giải", 20), ("30 triệu đồng", 30000000),
              ("nhiệm kỳ 2020 – 2025", 2020), ("tháng 8/2020", 8), ("100% thôn", 100)]),
    Doc("h40_07", T07, LBIEN, P07, D07, "text", facts=[
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Lớp ở cơ sở: 312", 312, "study_sessions"),
        F("đảng viên dự học: 14.652/15.240 đồng chí", 14652, "study_attendance",
          a="party_members"),
        F("đạt 96,14%", 96.14, "study_participation_rate"),
        F("Lớp ở cơ sở: 298", 298, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 14.390", 14390, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 94,43%", 94.43, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 850 người", 850, "other"),
        F("Cổng thông tin điện tử quận: 1.470", 1470, "news_items"),
        F("“Long Biên ngày mới”: 925", 925, "news_items"),
        F("phòng, chống dịch: 64", 64, "news_items"),
        F("Buổi nói chuyện thời sự: 38", 38, "oral_propaganda_sessions"),
        F("lượt người nghe: hơn 4.100", 4100, "propaganda_audience", "at_least"),
        F("ngày 23/5/2021: 6.800", 6800, "other"),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("Báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=end_of(P07)),
        F("cộng tác viên dư luận xã hội: 54 đồng chí", 54, "opinion_collaborators",
          p=end_of(P07)),
        F("Báo cáo dư luận xã hội: 36 định kỳ", 36, "opinion_reports"),
        F("11 đột xuất", 11, "opinion_reports"),
        F("Hội nghị báo cáo viên: 04", 4, "reporter_conferences"),
        F("triển khai 02 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tuyên dương 15 tập thể", 15, "commended_collectives"),
        F("15 tập thể, 32 cá nhân", 32, "commended_individuals"),
    ], traps=[("Số 112-BC/BTGQU", 112), ("ngày 20 tháng 12 năm 2021", 20),
              ("năm 2021", 2021), ("Năm 2021", 2021), ("Covid-19", 19),
              ("gồm 11 kế hoạch", 11), ("16 hướng dẫn", 16), ("14 điểm cầu", 14),
              ("ngày 23/5/2021", 23), ("tháng 1", 1), ("tháng 4", 4), ("tháng 9", 9),
              ("tháng 11", 11), ("“Năm 2021", 2021), ("01 cá nhân được đề nghị", 1),
              ("NĂM 2022", 2022), ("Trung ương 4", 4), ("100% cán bộ", 100),
              ("Mở 10 lớp", 10), ("ở 14 phường", 14), ("phát hành 12 số/năm", 12)]),
    Doc("h40_08", T08, HDONG, P08, D08, "inferred", facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 256 lớp", 256, "study_sessions"),
        F("với 21.940 lượt cán bộ, đảng viên", 21940, "study_attendance", a="party_members"),
        F("đạt 95,82%", 95.82, "study_participation_rate"),
        F("mở 03 lớp sơ cấp lý luận chính trị", 3, "training_classes"),
        F("02 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes"),
        F("tổng số 318 học viên", 318, "trainees"),
        F("tổ chức 52 buổi nói chuyện thời sự", 52, "oral_propaganda_sessions"),
        F("khoảng 6.300 lượt cư dân", 6300, "propaganda_audience", "approx", a="masses"),
        F("từ 30 đến 35 buổi tuyên truyền", 30, "oral_propaganda_sessions", "at_least"),
        F("duy trì 742 nhóm Zalo", 742, "chat_groups", p=inst(D08)),
        F("khoảng 95.000 người", 95000, "chat_group_members", "approx", p=inst(D08)),
        F("hơn 31 nghìn người theo dõi", 31000, "propaganda_audience", "at_least",
          p=inst(D08)),
        F("đăng 1.284 tin, bài", 1284, "news_items"),
        F("có 34 thí sinh", 34, "contest_entries"),
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể và 21 cá nhân", 21, "commended_individuals"),
    ], traps=[("Chiều 28/6", 28), ("6 tháng đầu năm 2024", 6), ("hiện có 17 phường", 17),
              ("58 tòa chung cư", 58), ("gần 90 nghìn cư dân", 90000),
              ("17 đảng bộ phường", 17), ("44 chi, đảng bộ cơ sở", 44),
              ("tăng 23 lớp", 23), ("cùng kỳ năm 2023", 2023),
              ("Luật Thủ đô năm 2024", 2024), ("HH2", 2), ("640 căn hộ", 640),
              ("45 phút", 45), ("Trong 6 tháng", 6), ("trong đó 160 tin, bài", 160),
              ("70 năm Chiến thắng", 70), ("7/5/1954", 7), ("7/5/2024", 7),
              ("từ 17 phường", 17), ("6 thí sinh đạt giải", 6),
              ("khoảng 1.200 tỷ đồng", 1200000000000), ("6 tháng cuối năm", 6),
              ("70 năm Ngày Giải phóng", 70), ("mở thêm 2 lớp", 2), ("100% tòa", 100)]),
]
