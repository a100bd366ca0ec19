"""Held-out set holdout64, part 3: Ho Chi Minh City 2021-2024, before the reform: a city body's
news article (Liên đoàn Lao động TP.HCM), TP Thủ Đức's bulleted half-year summary and a
district's year report with a table whose columns are years (Quận 8).
Written from docs/LABELING.md, the seeds and build_gold.py only, without reading the extractor.

Decisions where the guide leaves room:
- Liên đoàn Lao động TP is a city-level body: its facts are the province's, also those of
  "công đoàn các khu" (its own lower levels).
- "Riêng tại các khu chế xuất, khu công nghiệp ..., công đoàn các khu đã tổ chức 286 buổi nói
  chuyện": a counted part singled out with "riêng" stays a fact (oral_propaganda_sessions),
  like "riêng quần chúng có N lượt"; "nơi làm việc của hơn 400.000 lao động" is a trap.
- "khoảng 392.000 lượt công nhân, viên chức, lao động": propaganda_audience, audience `all`.
- "1 tài khoản Zalo OA với hơn 52.000 người quan tâm": the account is a social page (a stock at
  the document date), its "người quan tâm" are followers (propaganda_audience, document date).
- "mở 8 lớp tập huấn ngắn ngày ... cho 1.240 cán bộ công đoàn cơ sở" in the official's words:
  training_classes and trainees; "video clip dài 1 – 2 phút" is broadcast time (traps).
- Thủ Đức summary: "Hội nghị cấp thành phố: 03" is TP Thủ Đức's level; the reporters and
  collaborators of its list lines have no marker and are dated at the half-year's end; the
  Zalo groups too, their members in the bracket opening "hiện có" at the document date.
- Quận 8 table: the "Năm 2020" column is a period of its own (facts of 2020), though the
  heading over the table says "so với năm 2020"; the "Tăng, giảm" column is a comparison.
- "Trong năm, Đài Truyền thanh quận phát 92 chương trình tuyên truyền": news_items of the
  district (the radio is the district's).
"""
from build_gold import Doc, F, U, end_of, h1, inst, year

HCM, TDUC, Q8 = U("79"), U("Thành phố Thủ Đức"), U("Quận 8")

T07 = """
Thứ Sáu, ngày 14 tháng 7 năm 2023

Công đoàn Thành phố đưa thông tin chính thống đến với công nhân

(NLĐO) – Sáng 13/7, Liên đoàn Lao động TP.HCM tổ chức hội nghị sơ kết công tác tuyên giáo công đoàn 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo, 6 tháng qua, các cấp công đoàn Thành phố đã tổ chức 3.415 buổi tuyên truyền, nói chuyện chuyên đề về pháp luật lao động, chính sách bảo hiểm xã hội và Nghị quyết 31-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển TP.HCM, thu hút khoảng 392.000 lượt công nhân, viên chức, lao động. Riêng tại các khu chế xuất, khu công nghiệp và Khu Công nghệ cao – nơi làm việc của hơn 400.000 lao động – công đoàn các khu đã tổ chức 286 buổi nói chuyện vào giờ nghỉ giữa ca.

Mạng lưới truyền thông của tổ chức Công đoàn Thành phố hiện có 1 cổng thông tin điện tử, 1 tài khoản Zalo OA với hơn 52.000 người quan tâm, 264 fanpage của công đoàn cấp trên cơ sở, công đoàn cơ sở và khoảng 3.100 nhóm Zalo tổ công đoàn. Trong 6 tháng, các trang này đăng tải gần 18.500 tin, bài, video clip; Ban Tuyên giáo Liên đoàn Lao động Thành phố thực hiện 12 báo cáo nhanh về tình hình tư tưởng, tâm trạng công nhân, nhất là ở các doanh nghiệp bị cắt giảm đơn hàng.

Bà Phạm Thị Thu Hằng, Trưởng ban Tuyên giáo Liên đoàn Lao động TP.HCM, cho biết: “Chúng tôi đã mở 8 lớp tập huấn ngắn ngày về kỹ năng truyền thông trên mạng xã hội cho 1.240 cán bộ công đoàn cơ sở. Nhiều anh chị em giờ tự quay, dựng được video clip dài 1 – 2 phút để đăng lên nhóm Zalo của tổ”.

Chị Lê Thị Mỹ Duyên, công nhân một doanh nghiệp may trong Khu chế xuất Tân Thuận, kể: “Nhóm Zalo của tổ tôi có 45 người, tối nào cũng có tin mới về lương, thưởng, chính sách. Ai thắc mắc thì hỏi luôn trong nhóm, có người trả lời liền”.

Cuộc thi trực tuyến “Công nhân với pháp luật” năm 2023 do Liên đoàn Lao động Thành phố phát động đã nhận được 68.420 bài dự thi; trong đó 61.900 bài trắc nghiệm và 6.520 bài tự luận. Dịp này, Liên đoàn Lao động Thành phố tặng bằng khen cho 21 tập thể và 34 cá nhân có thành tích xuất sắc trong công tác tuyên giáo công đoàn.

Trong 6 tháng cuối năm, Liên đoàn Lao động Thành phố phấn đấu phát triển thêm 500 nhóm Zalo tổ công đoàn, đồng thời tổ chức tuyên truyền kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2023).
"""

T08 = """
THÀNH ỦY THỦ ĐỨC
BAN TUYÊN GIÁO

Thủ Đức, ngày 03 tháng 7 năm 2024

TÓM TẮT
KẾT QUẢ CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2024
(Tài liệu phục vụ hội nghị sơ kết ngày 05/7/2024)

Sáu tháng đầu năm 2024, Ban Tuyên giáo Thành ủy Thủ Đức tham mưu Ban Thường vụ Thành ủy ban hành 26 văn bản lãnh đạo, chỉ đạo công tác tư tưởng, tập trung vào học tập nghị quyết, tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ và chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 – 2030. Một số kết quả chính:

• Học tập, quán triệt nghị quyết:
– Hội nghị cấp thành phố: 03 (quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII và Nghị quyết 98/2023/QH15 của Quốc hội)
– Lớp ở các đảng bộ phường, cơ sở: 286; lượt cán bộ, đảng viên dự: 28.915; tỷ lệ: 96,73%
– Lượt quần chúng dự nghe: 7.460
– Số đảng viên chưa tham gia: 981 người

• Tuyên truyền miệng, báo cáo viên, dư luận xã hội:
– Buổi nói chuyện thời sự, chuyên đề: 524 – lượt người nghe: khoảng 41.300
– Hội nghị báo cáo viên: 02
– Báo cáo viên cấp thành phố: 71 đồng chí; cộng tác viên dư luận xã hội: 132 đồng chí
– Báo cáo dư luận xã hội: 36 định kỳ, 14 đột xuất

• Tuyên truyền trên không gian mạng:
– Tin, bài trên trang thông tin điện tử Thành ủy: 1.284; trên fanpage “Thủ Đức ngày mới”: 2.046
– Video clip ngắn: 318, thu hút khoảng 1,9 triệu lượt xem
– Nhóm Zalo khu phố: 1.652 nhóm (hiện có gần 203 nghìn thành viên)

• Sinh hoạt chính trị, khen thưởng:
– Đợt sinh hoạt chính trị, tư tưởng: 02
– Tập thể được Ban Thường vụ Thành ủy khen thưởng: 09
– Cá nhân được khen thưởng: 16 người

Nhiệm vụ 6 tháng cuối năm: tổ chức 2 hội nghị học tập chuyên đề năm 2024; mở thêm 3 lớp bồi dưỡng kỹ năng cho báo cáo viên cơ sở; mỗi khu phố có ít nhất 1 nhóm Zalo từ 200 thành viên trở lên.

BAN TUYÊN GIÁO THÀNH ỦY THỦ ĐỨC
"""

T09 = """
QUẬN ỦY QUẬN 8
BAN TUYÊN GIÁO
*
Số 245-BC/BTGQU

ĐẢNG CỘNG SẢN VIỆT NAM
Quận 8, ngày 07 tháng 01 năm 2022

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2021

Năm 2021, Quận 8 là một trong những địa bàn chịu ảnh hưởng nặng nề của đợt dịch Covid-19 lần thứ tư. Trong thời gian thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg (từ ngày 9/7 đến ngày 30/9/2021), hầu hết hoạt động tuyên truyền trực tiếp phải tạm dừng; hệ thống tuyên giáo của quận chuyển sang tuyên truyền trên không gian mạng và qua loa truyền thanh khu phố.

I. KẾT QUẢ THỰC HIỆN

1. Kết quả chủ yếu so với năm 2020

Chỉ tiêu | Năm 2020 | Năm 2021 | Tăng, giảm
Số hội nghị, lớp học tập nghị quyết | 168 | 142 | -26
Lượt cán bộ, đảng viên dự học | 14.906 | 13.275 | -1.631
Tỷ lệ đảng viên tham gia (%) | 95,4 | 93,86 | -1,54
Buổi tuyên truyền miệng | 436 | 118 | -318
Lượt người nghe tuyên truyền miệng | 35.200 | 9.640 | -25.560
Tin, bài trên trang thông tin điện tử quận | 1.012 | 2.384 | +1.372

2. Công tác chính trị, tư tưởng
Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành 38 văn bản; triển khai 2 đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ. Dù bị gián đoạn, các chi bộ vẫn duy trì 1.084 buổi sinh hoạt chuyên đề, nhiều buổi tổ chức trực tuyến. Đội ngũ cộng tác viên dư luận xã hội của quận hiện có 58 đồng chí; trong năm đã gửi 48 báo cáo dư luận định kỳ và 13 báo cáo đột xuất, phản ánh tâm trạng của người dân trong thời gian giãn cách và việc chi trả hỗ trợ theo Nghị quyết 68/NQ-CP.

3. Tuyên truyền trên không gian mạng
Quận hiện duy trì 1 trang thông tin điện tử, 17 fanpage của Quận ủy, các phường và đoàn thể; các khu phố lập 376 nhóm Zalo với khoảng 48.000 thành viên. Trong năm, Đài Truyền thanh quận phát 92 chương trình tuyên truyền phòng, chống dịch trên hệ thống loa khu phố.

4. Thi đua, khen thưởng
Ban Thường vụ Quận ủy khen thưởng 10 tập thể, 14 cá nhân có thành tích trong công tác tuyên giáo gắn với phòng, chống dịch; 01 tập thể được đề nghị Ban Thường vụ Thành ủy tặng bằng khen. Ban Tuyên giáo Quận ủy xếp thứ 3 trong Cụm thi đua số 6.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022
- Tuyên truyền kỷ niệm 92 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2022) và thực hiện chủ đề năm 2022 của Thành phố.
- Tổ chức ít nhất 160 hội nghị, lớp học tập nghị quyết; tỷ lệ đảng viên tham gia đạt từ 95% trở lên.
- Khôi phục hoạt động tuyên truyền miệng, phấn đấu đạt 400 buổi.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VT.
"""

D07, D08, D09 = "2023-07-14", "2024-07-03", "2022-01-07"
H1_24 = h1(2024)

DOCS = [
    Doc("h64_07_hcm_congdoan_6t_2023", T07, HCM, h1(2023), D07, "text", facts=[
        F("tổ chức 3.415 buổi tuyên truyền", 3415, "oral_propaganda_sessions"),
        F("khoảng 392.000 lượt công nhân", 392000, "propaganda_audience", "approx"),
        F("tổ chức 286 buổi nói chuyện", 286, "oral_propaganda_sessions"),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", p=inst(D07)),
        F("1 tài khoản Zalo OA", 1, "social_pages", p=inst(D07)),
        F("hơn 52.000 người quan tâm", 52000, "propaganda_audience", "at_least", p=inst(D07)),
        F("264 fanpage", 264, "social_pages", p=inst(D07)),
        F("khoảng 3.100 nhóm Zalo", 3100, "chat_groups", "approx", p=inst(D07)),
        F("gần 18.500 tin, bài", 18500, "news_items", "at_most"),
        F("thực hiện 12 báo cáo nhanh", 12, "opinion_reports"),
        F("mở 8 lớp tập huấn", 8, "training_classes"),
        F("cho 1.240 cán bộ công đoàn cơ sở", 1240, "trainees"),
        F("nhận được 68.420 bài dự thi", 68420, "contest_entries"),
        F("bằng khen cho 21 tập thể", 21, "commended_collectives"),
        F("21 tập thể và 34 cá nhân", 34, "commended_individuals"),
    ], traps=[("ngày 14 tháng 7 năm 2023", 14), ("Sáng 13/7", 13),
              ("6 tháng đầu năm 2023", 6), ("6 tháng cuối năm", 6), ("6 tháng qua", 6),
              ("Nghị quyết 31-NQ/TW", 31), ("hơn 400.000 lao động", 400000),
              ("Trong 6 tháng", 6), ("dài 1 – 2 phút", 1), ("2 phút", 2), ("có 45 người", 45),
              ("“Công nhân với pháp luật” năm 2023", 2023), ("61.900 bài trắc nghiệm", 61900),
              ("6.520 bài tự luận", 6520), ("thêm 500 nhóm Zalo", 500), ("94 năm", 94),
              ("28/7/1929", 28), ("28/7/2023", 28)]),
    Doc("h64_08_thuduc_6t_2024", T08, TDUC, H1_24, D08, "text", facts=[
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("Hội nghị cấp thành phố: 03", 3, "study_sessions"),
        F("Lớp ở các đảng bộ phường, cơ sở: 286", 286, "study_sessions"),
        F("đảng viên dự: 28.915", 28915, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,73%", 96.73, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 7.460", 7460, "study_attendance", a="masses"),
        F("chưa tham gia: 981 người", 981, "other"),
        F("chuyên đề: 524", 524, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 41.300", 41300, "propaganda_audience", "approx"),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("Báo cáo viên cấp thành phố: 71 đồng chí", 71, "reporters", p=end_of(H1_24)),
        F("cộng tác viên dư luận xã hội: 132 đồng chí", 132, "opinion_collaborators",
          p=end_of(H1_24)),
        F("Báo cáo dư luận xã hội: 36 định kỳ", 36, "opinion_reports"),
        F("14 đột xuất", 14, "opinion_reports"),
        F("trang thông tin điện tử Thành ủy: 1.284", 1284, "news_items"),
        F("“Thủ Đức ngày mới”: 2.046", 2046, "news_items"),
        F("Video clip ngắn: 318", 318, "news_items"),
        F("khoảng 1,9 triệu lượt xem", 1900000, "propaganda_audience", "approx"),
        F("Nhóm Zalo khu phố: 1.652 nhóm", 1652, "chat_groups", p=end_of(H1_24)),
        F("gần 203 nghìn thành viên", 203000, "chat_group_members", "at_most", p=inst(D08)),
        F("Đợt sinh hoạt chính trị, tư tưởng: 02", 2, "political_campaigns"),
        F("khen thưởng: 09", 9, "commended_collectives"),
        F("Cá nhân được khen thưởng: 16 người", 16, "commended_individuals"),
    ], traps=[("ngày 03 tháng 7 năm 2024", 3), ("6 THÁNG ĐẦU NĂM 2024", 6),
              ("ngày 05/7/2024", 5), ("năm 2024", 2024), ("70 năm", 70),
              ("nhiệm kỳ 2025 – 2030", 2025), ("Trung ương 8", 8),
              ("Nghị quyết 98/2023/QH15", 98), ("6 tháng cuối năm", 6),
              ("tổ chức 2 hội nghị", 2), ("thêm 3 lớp", 3), ("ít nhất 1 nhóm Zalo", 1),
              ("từ 200 thành viên", 200)]),
    Doc("h64_09_q8_2021", T09, Q8, year(2021), D09, "text", facts=[
        F("| 168 |", 168, "study_sessions", p=year(2020)),
        F("| 142 |", 142, "study_sessions"),
        F("| 14.906 |", 14906, "study_attendance", a="party_members", p=year(2020)),
        F("| 13.275 |", 13275, "study_attendance", a="party_members"),
        F("| 95,4 |", 95.4, "study_participation_rate", p=year(2020)),
        F("| 93,86 |", 93.86, "study_participation_rate"),
        F("| 436 |", 436, "oral_propaganda_sessions", p=year(2020)),
        F("| 118 |", 118, "oral_propaganda_sessions"),
        F("| 35.200 |", 35200, "propaganda_audience", p=year(2020)),
        F("| 9.640 |", 9640, "propaganda_audience"),
        F("| 1.012 |", 1012, "news_items", p=year(2020)),
        F("| 2.384 |", 2384, "news_items"),
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("duy trì 1.084 buổi sinh hoạt chuyên đề", 1084, "party_cell_discussions"),
        F("hiện có 58 đồng chí", 58, "opinion_collaborators", p=inst(D09)),
        F("gửi 48 báo cáo dư luận định kỳ", 48, "opinion_reports"),
        F("13 báo cáo đột xuất", 13, "opinion_reports"),
        F("hiện duy trì 1 trang thông tin điện tử", 1, "websites", p=inst(D09)),
        F("17 fanpage", 17, "social_pages", p=inst(D09)),
        F("lập 376 nhóm Zalo", 376, "chat_groups", p=inst(D09)),
        F("khoảng 48.000 thành viên", 48000, "chat_group_members", "approx", p=inst(D09)),
        F("phát 92 chương trình", 92, "news_items"),
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể, 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("QUẬN 8", 8), ("Quận 8", 8), ("Số 245-BC/BTGQU", 245),
              ("ngày 07 tháng 01 năm 2022", 7), ("năm 2021", 2021), ("Năm 2021", 2021),
              ("Covid-19", 19), ("Chỉ thị 16/CT-TTg", 16), ("từ ngày 9/7", 9),
              ("ngày 30/9/2021", 30), ("1. Kết quả chủ yếu", 1), ("so với năm 2020", 2020),
              ("Năm 2020", 2020), ("-26", 26), ("-1.631", 1631), ("-1,54", 1.54),
              ("-318", 318), ("-25.560", 25560), ("+1.372", 1372),
              ("2. Công tác chính trị", 2), ("Nghị quyết 68/NQ-CP", 68),
              ("3. Tuyên truyền trên không gian mạng", 3), ("4. Thi đua", 4),
              ("01 tập thể được đề nghị", 1), ("xếp thứ 3", 3), ("Cụm thi đua số 6", 6),
              ("NĂM 2022", 2022), ("92 năm", 92), ("3/2/1930", 3), ("3/2/2022", 3),
              ("chủ đề năm 2022", 2022), ("ít nhất 160 hội nghị", 160),
              ("từ 95% trở lên", 95), ("đạt 400 buổi", 400)]),
]
