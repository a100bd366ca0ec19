"""holdout33, part 1: formal 'BÁO CÁO' of Hanoi district party committees, 2016-2020.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(tests/eval/holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and
the sample reports, without reading or running the extractor.

Decisions where the guide leaves room:
- a table whose rows are resolutions and whose columns name indicators ("Số hội nghị, lớp |
  Lượt đảng viên dự | Tỷ lệ (%)"): each cell is a fact of the report's unit and period, the column
  header naming the indicator (the guide's tables have units as columns; this one has none).
- "ban hành 16 văn bản (05 kế hoạch, 07 hướng dẫn, 04 thông báo)": the total is the fact, the
  parts in brackets are traps; a count issued "theo thẩm quyền" by the Ban itself is a second
  documents_issued fact.
- "phát 96 chương trình phát thanh" is news_items ("mỗi chương trình 15 phút" a trap).
- a report on an election campaign "Từ tháng 1 đến tháng 5/2016" takes that range as its period;
  voters at propaganda meetings ("lượt cử tri tham dự") are propaganda_audience with audience
  `all` (cử tri is none of the words the guide lists for masses).
- "Nơi nhận" lines and the plan section's numbers are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, since, year

DDA, HMAI, CGIAY, LBIEN = (U("Quận Đống Đa"), U("Quận Hoàng Mai"), U("Quận Cầu Giấy"),
                           U("Quận Long Biên"))

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY ĐỐNG ĐA
BAN TUYÊN GIÁO
Số 57-BC/BTGQU

Đống Đa, ngày 28 tháng 6 năm 2017

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2017,
phương hướng, nhiệm vụ 6 tháng cuối năm 2017

Thực hiện Chương trình công tác năm 2017 của Ban Thường vụ Quận ủy và Hướng dẫn số 12-HD/BTGTU ngày 15/01/2017 của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy Đống Đa báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2017 như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo tham mưu Ban Thường vụ Quận ủy ban hành 16 văn bản (05 kế hoạch, 07 hướng dẫn, 04 thông báo) về công tác tư tưởng, văn hóa; đồng thời ban hành theo thẩm quyền 09 văn bản hướng dẫn các chi, đảng bộ cơ sở triển khai thực hiện.

2. Học tập, quán triệt nghị quyết
- Hội nghị cấp quận: 02; số lớp ở cơ sở: 148
- Lượt cán bộ, đảng viên dự: 21.347; tỷ lệ: 95,8%
- Số đảng viên chưa tham gia: 894 người (chủ yếu là đảng viên cao tuổi, ốm đau, đi công tác xa)

3. Công tác tuyên truyền
Tập trung tuyên truyền kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2017), 127 năm Ngày sinh Chủ tịch Hồ Chí Minh và Ngày Giải phóng miền Nam 30/4. Các phường tổ chức 236 buổi tuyên truyền miệng, nói chuyện thời sự tại tổ dân phố, thu hút ước 18.600 lượt người nghe. Trang thông tin điện tử của quận đăng 412 tin, bài; Đài Truyền thanh quận phát 96 chương trình phát thanh, mỗi chương trình 15 phút. Toàn quận treo 2.350 băng rôn, khẩu hiệu và 180 pano, áp phích tại các tuyến phố chính.

4. Công tác báo cáo viên, nắm bắt dư luận xã hội
Tính đến 30/6/2017, đội ngũ báo cáo viên cấp quận có 54 đồng chí; cộng tác viên dư luận xã hội: 41 đồng chí. Trong 6 tháng, Ban tổ chức 03 hội nghị báo cáo viên (tháng 1, tháng 4 và tháng 6); tổng hợp 12 báo cáo định kỳ và 5 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Thành ủy.

5. Công tác thi đua, khen thưởng
Nhân dịp sơ kết, Ban Thường vụ Quận ủy tặng giấy khen cho 7 tập thể và 19 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW; đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2017
1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 5 khóa XII cho 100% cán bộ, đảng viên, hoàn thành trước ngày 30/9/2017.
2. Mở 04 lớp bồi dưỡng nghiệp vụ cho khoảng 350 cán bộ làm công tác tuyên giáo cơ sở.
3. Tổ chức Hội thi báo cáo viên giỏi cấp quận lần thứ 3.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu BTG.
"""

T02 = """
QUẬN ỦY HOÀNG MAI
BAN TUYÊN GIÁO
*
Số 112-BC/BTGQU

Hoàng Mai, ngày 16 tháng 12 năm 2019

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2019, nhiệm vụ trọng tâm năm 2020

Hoàng Mai là quận có 14 phường, dân số trên 500 nghìn người; Đảng bộ quận có 96 tổ chức cơ sở đảng với hơn 19.000 đảng viên. Năm 2019, Ban Tuyên giáo Quận ủy đã bám sát nhiệm vụ chính trị của quận, tham mưu thực hiện đạt và vượt các chỉ tiêu công tác tuyên giáo, cụ thể:

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Công tác giáo dục chính trị, tư tưởng
Kết quả học tập, quán triệt các nghị quyết, chỉ thị trong năm:

Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)
Chuyên đề năm 2019 về Chỉ thị 05-CT/TW | 152 | 18.904 | 96,3
Nghị quyết Trung ương 8 khóa XII | 149 | 18.517 | 95,7

Đảng bộ quận triển khai hai đợt sinh hoạt chính trị gắn với kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh; các chi bộ tổ chức 1.286 buổi sinh hoạt chuyên đề, nhiều chi bộ mời đảng viên lão thành kể chuyện về Bác. Trung tâm Bồi dưỡng chính trị quận mở mười hai lớp bồi dưỡng lý luận chính trị, nghiệp vụ (6 lớp sơ cấp, 4 lớp đảng viên mới, 2 lớp cảm tình đảng) với 1.134 học viên.

2. Công tác tuyên truyền
Quận tổ chức 318 buổi nói chuyện thời sự, tuyên truyền miệng tại các tổ dân phố, khu đô thị, với khoảng 27.400 lượt người nghe. Khu đô thị Linh Đàm, nơi sinh sống của gần 60 nghìn người, tiếp tục là địa bàn trọng điểm, các buổi nói chuyện được bố trí vào tối thứ Bảy để cư dân thuận tiện tham gia. Cổng thông tin điện tử quận và trang tin của các phường đăng tải 1.962 tin, bài, ảnh; Bản tin Sinh hoạt chi bộ phát hành đủ 12 số, mỗi số 2.500 bản.

3. Nắm bắt dư luận xã hội
Đội ngũ 62 cộng tác viên dư luận xã hội của quận đã gửi 23 báo cáo chuyên đề về tâm tư, dư luận của nhân dân, tập trung vào tiến độ dự án đường Vành đai 2,5, việc thu gom rác thải và trật tự đô thị.

4. Thi đua, khen thưởng
Cuộc thi “Tìm hiểu 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh” do Ban Tuyên giáo Quận ủy phát động thu hút 8.745 lượt người dự thi; Ban Tổ chức trao 1 giải Đặc biệt, 3 giải Nhất và 30 giải khác. Ban Thường vụ Quận ủy khen thưởng 9 tập thể, 17 cá nhân có thành tích xuất sắc.

II. NHIỆM VỤ TRỌNG TÂM NĂM 2020
- Tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ quận lần thứ IV, nhiệm kỳ 2020 - 2025 ngay sau đại hội; phấn đấu 100% đảng viên được học tập.
- Tổ chức ít nhất 300 buổi tuyên truyền miệng, trong đó chú trọng kỷ niệm 90 năm Ngày thành lập Đảng và 130 năm Ngày sinh Chủ tịch Hồ Chí Minh.
"""

T03 = """
QUẬN ỦY CẦU GIẤY
BAN TUYÊN GIÁO

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng đầu năm 2020
(trích)

A. KẾT QUẢ NỔI BẬT

1. Tuyên truyền phòng, chống dịch Covid-19
Từ cuối tháng 1/2020, khi dịch bệnh xuất hiện, Ban Tuyên giáo Quận ủy phối hợp Trung tâm Văn hóa - Thông tin và Thể thao quận in 24.000 tờ gấp hướng dẫn phòng dịch phát đến từng hộ gia đình. Trong thời gian giãn cách xã hội theo Chỉ thị 16/CT-TTg (từ ngày 1/4 đến 22/4/2020), các hoạt động tập trung tạm dừng; sau đó các buổi sinh hoạt chỉ được tổ chức tối đa 30 người.

Quận hiện có 01 trang fanpage “Cầu Giấy ngày mới” với gần 41.000 người theo dõi, cùng 8 trang Facebook chính danh của các phường. 9 tháng qua, các trang này đăng tải trên 3.100 tin, bài, infographic. Các tổ dân phố lập 612 nhóm Zalo, số thành viên hiện nay khoảng 52.000 người.

“Tổ tôi có 84 hộ, nhóm Zalo có mặt gần đủ cả, ai cần gì cứ nhắn là có người giúp”, bà Lê Thị Thu, tổ trưởng tổ dân phố số 9, phường Dịch Vọng Hậu, kể.

2. Học tập, quán triệt nghị quyết
Do ảnh hưởng của dịch, quận tổ chức học tập chuyên đề năm 2020 bằng hình thức trực tuyến kết nối 8 điểm cầu phường; các chi, đảng bộ cơ sở tổ chức 96 hội nghị, với 9.418 lượt cán bộ, đảng viên tham dự, đạt 93,6%.

3. Tuyên truyền Đại hội Đảng bộ quận
Đại hội đại biểu Đảng bộ quận Cầu Giấy lần thứ VI, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 27 đến 29/7/2020. Ban Tuyên giáo tham mưu ban hành 06 văn bản chỉ đạo tuyên truyền đại hội; tổng hợp 27 báo cáo nhanh về dư luận xã hội trước, trong và sau đại hội.

B. PHƯƠNG HƯỚNG 3 THÁNG CUỐI NĂM
Tổ chức 15 hội nghị học tập Nghị quyết Đại hội XVII Đảng bộ Thành phố; chuẩn bị tổng kết công tác tuyên giáo năm 2020.
"""

T04 = """
QUẬN ỦY LONG BIÊN
BAN TUYÊN GIÁO
Số 38-BC/BTG

Long Biên, ngày 06 tháng 6 năm 2016

BÁO CÁO
Kết quả công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021

Từ tháng 1 đến tháng 5/2016, thực hiện Chỉ thị 51-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử, Ban Tuyên giáo Quận ủy Long Biên đã tham mưu, triển khai công tác tuyên truyền bầu cử với kết quả như sau:

I. KẾT QUẢ

1. Công tác chỉ đạo, quán triệt
Ban Tuyên giáo tham mưu Ban Thường vụ Quận ủy ban hành 08 văn bản chỉ đạo công tác tuyên truyền bầu cử. Hội nghị quán triệt Chỉ thị 51-CT/TW được tổ chức tại 14 đảng bộ phường, với 4.207/4.412 đảng viên tham dự. Quận tổ chức 02 hội nghị báo cáo viên chuyên đề về bầu cử; đội ngũ báo cáo viên của quận hiện có 48 đồng chí.

2. Tuyên truyền trực quan, tuyên truyền miệng
Toàn quận treo 3.800 cờ Tổ quốc, 1.250 băng rôn; xe loa tuyên truyền lưu động chạy 96 lượt. Các phường tổ chức 142 buổi tuyên truyền về bầu cử tại các tổ dân phố, với khoảng 11.300 lượt cử tri tham dự. Trang thông tin điện tử quận mở chuyên mục “Bầu cử 2016”, đăng 236 tin, bài.

Cuộc thi tìm hiểu pháp luật về bầu cử do Quận đoàn phối hợp tổ chức nhận được 5.380 bài dự thi. Quận chia địa bàn thành 126 khu vực bỏ phiếu; toàn quận có hơn 190 nghìn cử tri.

3. Kết quả bầu cử
Ngày 22/5/2016, cuộc bầu cử diễn ra an toàn; tỷ lệ cử tri đi bầu đạt 99,62%. UBND quận khen thưởng 12 tập thể, 25 cá nhân có thành tích trong công tác bầu cử.

II. NHIỆM VỤ THỜI GIAN TỚI
Tuyên truyền kết quả bầu cử và kỳ họp thứ nhất HĐND quận khóa V; tổ chức 14 hội nghị thông tin kết quả bầu cử tại các phường.
"""

D01, D02, D03, D04 = "2017-06-28", "2019-12-16", "2020-10-05", "2016-06-06"
ELEC = since("2016-01-01", "2016-05-31")

DOCS = [
    Doc("h33_01", T01, DDA, h1(2017), D01, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("09 văn bản hướng dẫn", 9, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("số lớp ở cơ sở: 148", 148, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 21.347", 21347, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,8%", 95.8, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 894 người", 894, "other"),
        F("tổ chức 236 buổi tuyên truyền miệng", 236, "oral_propaganda_sessions"),
        F("ước 18.600 lượt người nghe", 18600, "propaganda_audience", "approx"),
        F("đăng 412 tin, bài", 412, "news_items"),
        F("phát 96 chương trình phát thanh", 96, "news_items"),
        F("treo 2.350 băng rôn", 2350, "other"),
        F("180 pano, áp phích", 180, "other"),
        F("báo cáo viên cấp quận có 54 đồng chí", 54, "reporters", p=inst("2017-06-30")),
        F("cộng tác viên dư luận xã hội: 41 đồng chí", 41, "opinion_collaborators",
          p=inst("2017-06-30")),
        F("tổ chức 03 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("tổng hợp 12 báo cáo định kỳ", 12, "opinion_reports"),
        F("5 báo cáo đột xuất", 5, "opinion_reports"),
        F("giấy khen cho 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 57-BC/BTGQU", 57), ("ngày 28 tháng 6 năm 2017", 28), ("6 tháng", 6),
              ("năm 2017", 2017), ("Hướng dẫn số 12-HD/BTGTU", 12), ("15/01/2017", 15),
              ("05 kế hoạch", 5), ("07 hướng dẫn", 7), ("04 thông báo", 4),
              ("87 năm", 87), ("3/2/1930", 3), ("3/2/2017", 3), ("127 năm", 127),
              ("30/4", 30), ("mỗi chương trình 15 phút", 15), ("30/6/2017", 30),
              ("tháng 1", 1), ("tháng 4", 4), ("tháng 6", 6), ("Chỉ thị 05-CT/TW", 5),
              ("bằng khen cho 2 tập thể", 2), ("6 THÁNG CUỐI NĂM 2017", 6),
              ("Trung ương 5", 5), ("100% cán bộ", 100), ("30/9/2017", 30),
              ("04 lớp bồi dưỡng", 4), ("khoảng 350 cán bộ", 350), ("lần thứ 3", 3)]),
    Doc("h33_02", T02, HMAI, year(2019), D02, "text", facts=[
        F("152 | 18.904 | 96,3", 152, "study_sessions"),
        F("152 | 18.904 | 96,3", 18904, "study_attendance", a="party_members"),
        F("152 | 18.904 | 96,3", 96.3, "study_participation_rate"),
        F("149 | 18.517 | 95,7", 149, "study_sessions"),
        F("149 | 18.517 | 95,7", 18517, "study_attendance", a="party_members"),
        F("149 | 18.517 | 95,7", 95.7, "study_participation_rate"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("các chi bộ tổ chức 1.286 buổi sinh hoạt", 1286, "party_cell_discussions"),
        F("mở mười hai lớp bồi dưỡng", 12, "training_classes"),
        F("với 1.134 học viên", 1134, "trainees"),
        F("tổ chức 318 buổi nói chuyện thời sự", 318, "oral_propaganda_sessions"),
        F("khoảng 27.400 lượt người nghe", 27400, "propaganda_audience", "approx"),
        F("đăng tải 1.962 tin, bài", 1962, "news_items"),
        F("phát hành đủ 12 số", 12, "news_items"),
        F("Đội ngũ 62 cộng tác viên", 62, "opinion_collaborators", p=end_of(year(2019))),
        F("gửi 23 báo cáo chuyên đề", 23, "opinion_reports"),
        F("thu hút 8.745 lượt người dự thi", 8745, "contest_entries"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 17 cá nhân", 17, "commended_individuals"),
    ], traps=[("Số 112-BC/BTGQU", 112), ("ngày 16 tháng 12 năm 2019", 16), ("năm 2019", 2019),
              ("năm 2020", 2020), ("có 14 phường", 14), ("trên 500 nghìn người", 500000),
              ("96 tổ chức cơ sở đảng", 96), ("hơn 19.000 đảng viên", 19000),
              ("Năm 2019", 2019), ("Chuyên đề năm 2019", 2019), ("Chỉ thị 05-CT/TW", 5),
              ("Trung ương 8", 8), ("50 năm", 50), ("6 lớp sơ cấp", 6),
              ("4 lớp đảng viên mới", 4), ("2 lớp cảm tình đảng", 2),
              ("gần 60 nghìn người", 60000), ("mỗi số 2.500 bản", 2500),
              ("Vành đai 2,5", 2.5), ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3),
              ("30 giải khác", 30), ("NĂM 2020", 2020), ("nhiệm kỳ 2020 - 2025", 2020),
              ("100% đảng viên", 100), ("ít nhất 300 buổi", 300), ("90 năm", 90),
              ("130 năm", 130)]),
    Doc("h33_03", T03, CGIAY, m9(2020), D03, "sidecar", meta={"date": D03}, facts=[
        F("in 24.000 tờ gấp", 24000, "other"),
        F("hiện có 01 trang fanpage", 1, "social_pages", p=inst(D03)),
        F("gần 41.000 người theo dõi", 41000, "propaganda_audience", "at_most", p=inst(D03)),
        F("8 trang Facebook chính danh", 8, "social_pages", p=inst(D03)),
        F("trên 3.100 tin, bài", 3100, "news_items", "at_least"),
        F("lập 612 nhóm Zalo", 612, "chat_groups", p=end_of(m9(2020))),
        F("hiện nay khoảng 52.000 người", 52000, "chat_group_members", "approx", p=inst(D03)),
        F("tổ chức 96 hội nghị", 96, "study_sessions"),
        F("9.418 lượt cán bộ, đảng viên", 9418, "study_attendance", a="party_members"),
        F("đạt 93,6%", 93.6, "study_participation_rate"),
        F("ban hành 06 văn bản", 6, "documents_issued"),
        F("tổng hợp 27 báo cáo nhanh", 27, "opinion_reports"),
    ], traps=[("9 tháng đầu năm 2020", 9), ("tháng 1/2020", 1), ("Chỉ thị 16/CT-TTg", 16),
              ("ngày 1/4", 1), ("22/4/2020", 22), ("tối đa 30 người", 30), ("9 tháng qua", 9),
              ("có 84 hộ", 84), ("tổ dân phố số 9", 9), ("chuyên đề năm 2020", 2020),
              ("8 điểm cầu", 8), ("nhiệm kỳ 2020 - 2025", 2020), ("ngày 27 đến 29/7/2020", 27),
              ("3 THÁNG", 3), ("15 hội nghị", 15), ("năm 2020", 2020)]),
    Doc("h33_04", T04, LBIEN, ELEC, D04, "text", facts=[
        F("ban hành 08 văn bản", 8, "documents_issued"),
        F("4.207/4.412 đảng viên", 4207, "study_attendance", a="party_members"),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("hiện có 48 đồng chí", 48, "reporters", p=inst(D04)),
        F("treo 3.800 cờ Tổ quốc", 3800, "other"),
        F("1.250 băng rôn", 1250, "other"),
        F("chạy 96 lượt", 96, "other"),
        F("tổ chức 142 buổi tuyên truyền", 142, "oral_propaganda_sessions"),
        F("khoảng 11.300 lượt cử tri", 11300, "propaganda_audience", "approx"),
        F("đăng 236 tin, bài", 236, "news_items"),
        F("nhận được 5.380 bài dự thi", 5380, "contest_entries"),
        F("khen thưởng 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể, 25 cá nhân", 25, "commended_individuals"),
    ], traps=[("Số 38-BC/BTG", 38), ("ngày 06 tháng 6 năm 2016", 6),
              ("nhiệm kỳ 2016 - 2021", 2016), ("tháng 1", 1), ("tháng 5/2016", 5),
              ("Chỉ thị 51-CT/TW", 51), ("14 đảng bộ phường", 14), ("Bầu cử 2016", 2016),
              ("126 khu vực bỏ phiếu", 126), ("hơn 190 nghìn cử tri", 190000),
              ("Ngày 22/5/2016", 22), ("đạt 99,62%", 99.62), ("14 hội nghị", 14)]),
]
