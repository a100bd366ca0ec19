"""Twenty-fifth held-out set (holdout25), part 2: Hanoi districts and a ward (2016-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. The texts
are new and written for this set; people's names are invented.

Decisions taken where the guide leaves room (kept the same across the set):
- h25_05 (conference speech summary, Quận Hoàn Kiếm, 9 tháng năm 2021, COVID-19): "Thứ Tư,
  06/10/2021 - 19:42" is the document date. The paragraph introducing the Trưởng ban ends in a
  colon; her speech runs over four paragraphs, each opening with “ and only the last closing it,
  so all of it speaks for the unit ("Chín tháng qua" = the report's span). "4 hội nghị trực tuyến
  cấp quận" and "356 lớp" are study_sessions, "đạt 97,6%" the rate and "riêng cấp ủy viên các
  cấp gần như 100% dự học" a second participation rate (approx). "18 đảng bộ phường và 42 chi,
  đảng bộ cơ sở" are the structure, "19 điểm cầu" and "hệ thống loa truyền thanh của 18 phường"
  places (traps); "phát 1.126 bản tin" are news_items; "có lượt tiếp cận ước đạt 3,5 triệu" is
  propaganda_audience (approx). "cung cấp tài liệu ... cho 64 báo cáo viên của quận": the
  district's lecturers, a stock with no marker → an instant at the period's end (2021-09-30).
  "Đến nay, quận duy trì ..." and "Ban hiện có 35 cộng tác viên" are instants at the document
  date; "chín tháng qua, đội ngũ này gửi về Ban 126 báo cáo" is a flow of the report's span. The
  tổ trưởng's words in single quotes (58 hộ), "gần 2 tháng" (duration), the vaccination share at
  "18h ngày 4/10", "Ban Chỉ đạo 35", the anniversary and the quý IV tasks are traps.
- h25_06 (year-end review with comparisons, Huyện Thường Tín, năm 2023): "Cập nhật ngày
  05-01-2024" is the document date. Every "tăng ... so với năm 2022", "gấp rưỡi năm trước",
  "nhiều hơn năm 2022 ba lớp", "nhiều hơn ... là 17 báo cáo", "So với năm 2022, số lượt quần
  chúng dự học tăng 1.304 lượt" and "tăng 15%" are comparisons (traps). "412 lớp với 19.640 lượt
  cán bộ, đảng viên và 8.215 lượt quần chúng" gives three facts. "Số buổi ... là 126 buổi" counts
  oral sessions; "52 kỳ chuyên mục" are news_items; "mười hai lớp" = 12 training classes. The
  contest's "năm 2023" is part of its name; its prizes and the "10 tác phẩm xuất sắc nhất" are
  traps, its 186 tác phẩm contest_entries. "Tính đến 31/12/2023" dates the 96 báo cáo viên and 58
  cộng tác viên of its clause; the 124 reports after the semicolon are the year's flow. "Hiện
  huyện duy trì 30 trang fanpage ... 356 nhóm Zalo" are instants at the document date. The
  economy (7,8%, 48 làng nghề, 4.800 tỷ đồng), the name "đất trăm nghề" and the Bí thư's 2024
  targets are traps.
- h25_07 (interview Q&A, Phường Văn Miếu – Quốc Tử Giám, 6 tháng cuối năm 2025): "Thứ Năm,
  ngày 15/1/2026" is the document date. The speaker label "Phó Bí thư Thường trực Nguyễn Thị
  Minh Hằng:" names an official of the ward, so her answers are the unit's. "Ngay trong tháng 7
  ... 2 hội nghị quán triệt" is dated July 2025; the later "1 hội nghị" and the 53 lớp are the
  half-year's. "46 chi bộ trực thuộc và hơn 2.800 đảng viên" are the structure, the visitors of
  the monument ("khoảng 2,1 triệu lượt khách", "Năm 2025") are a trap, not an audience; the
  Trung tâm Hoạt động Văn hóa Khoa học is a partner, the ward the actor of the 12 talks. The old
  man's words in single quotes are an anecdote. "Phường hiện có một trang thông tin điện tử, hai
  trang fanpage và 63 nhóm Zalo" (number words) and "hiện có 18 cộng tác viên" are instants at
  the document date. "trình ... xét tặng bằng khen cho 2 tập thể" is a proposal; "Quy định
  144-QĐ/TW", the election date and every number of the 2026 answer are traps.
- h25_08 (monthly quick report, Huyện Ba Vì, tháng 11/2016): no dateline; the sidecar gives the
  date. Letterhead "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI / HUYỆN ỦY BA VÌ / BAN TUYÊN GIÁO". The numbered
  heading "1. Học tập, quán triệt Nghị quyết Trung ương 4 khóa XII" leads in its list lines
  (study_sessions, attendance 5.962/6.215 with "(đạt 95,93%)", `other` for those who did not
  take part). The banner line (its label holds the anniversary's dates) and the loudspeaker-van
  line are `other`; "lượt người nghe: 1.150" after the talks is propaganda_audience; items in the
  bulletin "Ba Vì ngày mới" are news_items. "05 (04 định kỳ, 01 đột xuất)": the total is the
  fact. "42 đồng chí (tính đến 30/11/2016)" is an instant on that date. "31 thí sinh" of the
  contest are contest_entries, "6 thí sinh đạt giải" a trap; "(thông tin thời sự tháng 11)" names
  when the conference was held. Everything under "II. NHIỆM VỤ THÁNG 12/2016" is a plan (trap).
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, m9, month, year

HOANKIEM, THUONGTIN, BAVI = U("Quận Hoàn Kiếm"), U("Huyện Thường Tín"), U("Huyện Ba Vì")
VMQTG = W("Phường Văn Miếu - Quốc Tử Giám", "01")

# ---------------------------------------------------------------------------------------------
T05 = """
Thứ Tư, 06/10/2021 - 19:42

Hoàn Kiếm: Giữ nhịp học tập nghị quyết trong những tháng giãn cách

(HNMO) – Chiều 5/10, Ban Tuyên giáo Quận ủy Hoàn Kiếm tổ chức hội nghị giao ban công tác tuyên giáo 9 tháng năm 2021 theo hình thức trực tuyến, kết nối 19 điểm cầu tại quận và các phường. Hội nghị nghe báo cáo tóm tắt của đồng chí Phạm Thu Trang, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Hoàn Kiếm. Báo Hànộimới điện tử trích giới thiệu phần trình bày của đồng chí:

“Chín tháng qua là quãng thời gian đặc biệt: Thủ đô trải qua đợt dịch thứ tư, có thời điểm giãn cách xã hội liên tục gần 2 tháng. Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 31 văn bản chỉ đạo công tác tư tưởng, tuyên truyền phòng, chống dịch.

“Việc học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XVII Đảng bộ Thành phố không bị gián đoạn. Quận tổ chức 4 hội nghị trực tuyến cấp quận; 18 đảng bộ phường và 42 chi, đảng bộ cơ sở mở 356 lớp, với 10.482 lượt cán bộ, đảng viên tham dự, đạt 97,6%; riêng cấp ủy viên các cấp gần như 100% dự học.

“Trong giãn cách, các buổi tuyên truyền trực tiếp phải dừng. Hệ thống loa truyền thanh của 18 phường phát 1.126 bản tin; trang thông tin điện tử quận và fanpage “Hoàn Kiếm ngày nay” đăng gần 3.400 tin, bài, video clip, có lượt tiếp cận ước đạt 3,5 triệu. Ban tổ chức 3 hội nghị báo cáo viên trực tuyến, cung cấp tài liệu định hướng cho 64 báo cáo viên của quận. Có chị tổ trưởng phố Hàng Bạc nhắn cho tôi: ‘Tổ em 58 hộ, nhà nào cũng đã vào nhóm Zalo của tổ’.

“Đến nay, quận duy trì 1 cổng thông tin điện tử, 19 trang fanpage của quận và các phường cùng 538 nhóm Zalo tổ dân phố, số thành viên hiện nay khoảng 47 ngàn người. Ban hiện có 35 cộng tác viên dư luận xã hội; chín tháng qua, đội ngũ này gửi về Ban 126 báo cáo tình hình tư tưởng, tâm trạng nhân dân, phản ánh kịp thời khó khăn của các hộ kinh doanh trong khu phố cổ. Đến 18h ngày 4/10, toàn quận có hơn 97% người từ 18 tuổi trở lên đã tiêm ít nhất 1 mũi vắc-xin.”

Phát biểu chỉ đạo, đồng chí Lê Minh Tuấn, Phó Trưởng ban Tuyên giáo Thành ủy, đề nghị quận trong quý IV tiếp tục thực hiện Chỉ thị 05-CT/TW, phối hợp chặt chẽ với Ban Chỉ đạo 35 của quận trong đấu tranh phản bác thông tin sai trái về công tác phòng, chống dịch, chuẩn bị chu đáo các hoạt động kỷ niệm 67 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2021).
"""
D05 = "2021-10-06"
P05 = m9(2021)
NOW05 = inst(D05)

# ---------------------------------------------------------------------------------------------
T06 = """
Cập nhật ngày 05-01-2024

Thường Tín: Công tác tuyên giáo năm 2023 – nhiều chỉ số vượt năm trước

(Kinhtedothi) – Năm 2023, công tác tuyên giáo của Đảng bộ huyện Thường Tín tiếp tục đổi mới, nhiều chỉ số tăng so với năm 2022. Đó là đánh giá tại hội nghị tổng kết công tác tuyên giáo do Ban Tuyên giáo Huyện ủy tổ chức sáng 4/1.

Theo báo cáo, trong năm, Ban Tuyên giáo Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành 42 văn bản, tăng 6 văn bản so với năm 2022. Huyện tổ chức 3 hội nghị cấp huyện học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII và Kết luận 21-KL/TW; 29 đảng bộ xã, thị trấn và 17 chi, đảng bộ cơ sở trực thuộc mở 412 lớp với 19.640 lượt cán bộ, đảng viên và 8.215 lượt quần chúng, tỷ lệ đảng viên tham gia đạt 96,7%. So với năm 2022, số lượt quần chúng dự học tăng 1.304 lượt.

Tuyên truyền miệng có bước khởi sắc: số buổi nói chuyện chuyên đề, thời sự là 126 buổi, gấp rưỡi năm trước, thu hút trên 14.000 lượt người nghe. Đài Truyền thanh huyện phát sóng 208 chương trình thời sự và 52 kỳ chuyên mục “Thường Tín – đất trăm nghề”; trang thông tin điện tử huyện đăng 1.086 tin, bài, tăng 15% so với năm 2022. Hiện huyện duy trì 30 trang fanpage của huyện và các xã, thị trấn cùng 356 nhóm Zalo thôn, tổ dân phố.

Trung tâm Chính trị huyện mở mười hai lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 1.146 học viên, nhiều hơn năm 2022 ba lớp. Thực hiện Nghị quyết 35-NQ/TW của Bộ Chính trị, Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023 cấp huyện nhận 186 tác phẩm, gần gấp đôi năm trước; Ban tổ chức trao 1 giải Đặc biệt, 3 giải Nhất và chọn 10 tác phẩm xuất sắc nhất gửi dự thi cấp Thành phố.

Tính đến 31/12/2023, huyện có 96 báo cáo viên và 58 cộng tác viên dư luận xã hội; đội ngũ này gửi về Ban 124 báo cáo tình hình tư tưởng, dư luận, nhiều hơn năm 2022 là 17 báo cáo. Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 14 tập thể, 26 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2023.

Phát biểu kết luận, Bí thư Huyện ủy ghi nhận đóng góp của công tác tuyên giáo vào kết quả chung của huyện: tốc độ tăng trưởng kinh tế đạt 7,8%, giá trị sản xuất của 48 làng nghề đạt hơn 4.800 tỷ đồng. Năm 2024, đồng chí đề nghị Ban Tuyên giáo tập trung tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng, phấn đấu 100% thôn, tổ dân phố có nhóm Zalo do chi bộ quản lý.
"""
D06 = "2024-01-05"
P06 = year(2023)
AT06 = inst("2023-12-31")

# ---------------------------------------------------------------------------------------------
T07 = """
Thứ Năm, ngày 15/1/2026

Phường Văn Miếu – Quốc Tử Giám: Làm tuyên giáo bên di sản

Sau sáu tháng vận hành mô hình chính quyền địa phương hai cấp, công tác tuyên giáo ở phường Văn Miếu – Quốc Tử Giám có nhiều cách làm mới. Phóng viên trao đổi với đồng chí Nguyễn Thị Minh Hằng, Phó Bí thư Thường trực Đảng ủy phường, về kết quả 6 tháng cuối năm 2025.

PV: Thưa bà, phường đã triển khai việc học tập nghị quyết ra sao trong những tháng đầu hoạt động?

Phó Bí thư Thường trực Nguyễn Thị Minh Hằng: “Phường được thành lập trên cơ sở các phường Văn Miếu, Quốc Tử Giám, Văn Chương và một phần các phường lân cận của quận Đống Đa cũ, với 46 chi bộ trực thuộc và hơn 2.800 đảng viên. Ngay trong tháng 7, Đảng ủy phường tổ chức 2 hội nghị quán triệt các văn bản về sắp xếp tổ chức bộ máy. Sau Đại hội Đảng bộ phường lần thứ I, chúng tôi tổ chức 1 hội nghị học tập, quán triệt Nghị quyết Đại hội cho cán bộ chủ chốt; các chi bộ mở 53 lớp, với 2.706/2.812 đảng viên dự học, đạt 96,23%. Các chi bộ cũng tổ chức 138 buổi sinh hoạt chuyên đề gắn với việc giữ gìn di sản.”

PV: Khu di tích Văn Miếu – Quốc Tử Giám rất đông khách. Phường tận dụng lợi thế này thế nào?

Phó Bí thư Thường trực Nguyễn Thị Minh Hằng: “Năm 2025, di tích đón khoảng 2,1 triệu lượt khách. Chúng tôi phối hợp Trung tâm Hoạt động Văn hóa Khoa học Văn Miếu – Quốc Tử Giám tổ chức 12 buổi nói chuyện chuyên đề về truyền thống hiếu học cho đoàn viên, học sinh, với khoảng 3.600 lượt người nghe. Một cụ ông 84 tuổi ở tổ dân phố số 5 nói với tôi: ‘Nhà tôi ba đời ở phố Quốc Tử Giám, giờ tối nào cũng mở Zalo của tổ đọc tin’.”

PV: Còn công tác thông tin trên không gian mạng?

Phó Bí thư Thường trực Nguyễn Thị Minh Hằng: “Phường hiện có một trang thông tin điện tử, hai trang fanpage và 63 nhóm Zalo tổ dân phố với khoảng 9.800 thành viên. Sáu tháng qua, trang thông tin điện tử đăng 356 tin, bài; các fanpage đăng 612 tin, ảnh, video, có lượt tiếp cận khoảng 410 nghìn. Phường hiện có 18 cộng tác viên dư luận xã hội; đội ngũ này đã gửi 31 báo cáo tình hình tư tưởng, dư luận về Đảng ủy.”

PV: Công tác thi đua, khen thưởng được thực hiện ra sao?

Phó Bí thư Thường trực Nguyễn Thị Minh Hằng: “Đảng ủy phường đã khen thưởng 7 tập thể và 19 cá nhân có thành tích trong thực hiện Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên; đồng thời trình Ban Thường vụ Thành ủy xét tặng bằng khen cho 2 tập thể.”

PV: Nhiệm vụ năm 2026 của phường là gì?

Phó Bí thư Thường trực Nguyễn Thị Minh Hằng: “Năm 2026 có hai sự kiện lớn: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 vào ngày 15/3/2026. Phường sẽ tổ chức học tập Nghị quyết Đại hội XIV cho 100% đảng viên, dự kiến mở 60 lớp và thành lập thêm 10 nhóm Zalo.”
"""
D07 = "2026-01-15"
P07 = h2(2025)
NOW07 = inst(D07)

# ---------------------------------------------------------------------------------------------
T08 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY BA VÌ
BAN TUYÊN GIÁO

BÁO CÁO NHANH
Kết quả công tác tuyên giáo tháng 11/2016 và nhiệm vụ tháng 12/2016

I. KẾT QUẢ THÁNG 11/2016

1. Học tập, quán triệt Nghị quyết Trung ương 4 khóa XII
- Hội nghị cấp huyện: 02 (ngày 10/11 và 17/11, tại Hội trường Huyện ủy)
- Lớp ở các đảng bộ, chi bộ cơ sở: 74
- Đảng viên dự học: 5.962/6.215 đồng chí (đạt 95,93%)
- Số đảng viên chưa tham gia: 253 (chủ yếu đi làm ăn xa, ốm đau)

2. Công tác tuyên truyền
- Băng rôn, khẩu hiệu tuyên truyền kỷ niệm 86 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2016): 415
- Lượt xe loa tuyên truyền lưu động: 62
- Buổi nói chuyện chuyên đề ở các xã miền núi: 9; lượt người nghe: 1.150
- Tin, bài trên trang thông tin điện tử huyện: 87; trên bản tin “Ba Vì ngày mới”: 14

3. Nắm bắt dư luận xã hội
- Báo cáo tình hình dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 05 (04 định kỳ, 01 đột xuất)
- Cộng tác viên dư luận xã hội: 42 đồng chí (tính đến 30/11/2016)
- Dư luận tập trung vào tiến độ cải tạo Quốc lộ 32 và giá nông sản vụ mùa.

4. Công tác khác
- Phối hợp Trung tâm Bồi dưỡng chính trị huyện mở 03 lớp bồi dưỡng nhận thức về Đảng; học viên: 168 người
- Hội thi “Bí thư chi bộ giỏi” cấp huyện năm 2016: 31 thí sinh, 6 thí sinh đạt giải
- Hội nghị báo cáo viên: 01 (thông tin thời sự tháng 11)

II. NHIỆM VỤ THÁNG 12/2016
1. Tuyên truyền kỷ niệm 72 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2016).
2. Hoàn thành học tập Nghị quyết Trung ương 4 khóa XII tại 100% chi bộ; tổ chức 01 hội nghị báo cáo viên.
3. Tổng hợp, gửi 04 báo cáo dư luận xã hội định kỳ.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (b/c);
- Thường trực Huyện ủy (b/c);
- Lưu BTG.
Điện thoại: 024 3386 3127
"""
D08 = "2016-12-02"
P08 = month(11, 2016)

DOCS = [
    Doc("h25_05_hoankiem_9m_2021_speech", T05, HOANKIEM, P05, D05, "text", facts=[
        F("ban hành 31 văn bản", 31, "documents_issued"),
        F("4 hội nghị trực tuyến cấp quận", 4, "study_sessions"),
        F("mở 356 lớp", 356, "study_sessions"),
        F("10.482 lượt cán bộ, đảng viên", 10482, "study_attendance", a="party_members"),
        F("đạt 97,6%", 97.6, "study_participation_rate"),
        F("gần như 100% dự học", 100, "study_participation_rate", "approx"),
        F("phát 1.126 bản tin", 1126, "news_items"),
        F("gần 3.400 tin, bài", 3400, "news_items", "at_most"),
        F("ước đạt 3,5 triệu", 3_500_000, "propaganda_audience", "approx"),
        F("3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("cho 64 báo cáo viên", 64, "reporters", p=end_of(P05)),
        F("1 cổng thông tin điện tử", 1, "websites", p=NOW05),
        F("19 trang fanpage", 19, "social_pages", p=NOW05),
        F("538 nhóm Zalo", 538, "chat_groups", p=NOW05),
        F("khoảng 47 ngàn người", 47000, "chat_group_members", "approx", p=NOW05),
        F("hiện có 35 cộng tác viên", 35, "opinion_collaborators", p=NOW05),
        F("gửi về Ban 126 báo cáo", 126, "opinion_reports"),
    ], traps=[("06/10/2021", 6), ("19:42", 19), ("Chiều 5/10", 5),
              ("9 tháng năm 2021", 9), ("19 điểm cầu", 19), ("gần 2 tháng", 2),
              ("18 đảng bộ phường", 18), ("42 chi, đảng bộ", 42), ("của 18 phường", 18),
              ("58 hộ", 58), ("18h ngày 4/10", 18), ("hơn 97%", 97), ("18 tuổi", 18),
              ("1 mũi", 1), ("05-CT/TW", 5), ("Ban Chỉ đạo 35", 35), ("67 năm", 67),
              ("10/10/1954", 10), ("10/10/2021", 10)]),
    Doc("h25_06_thuongtin_2023_review", T06, THUONGTIN, P06, D06, "text", facts=[
        F("ban hành 42 văn bản", 42, "documents_issued"),
        F("3 hội nghị cấp huyện", 3, "study_sessions"),
        F("mở 412 lớp", 412, "study_sessions"),
        F("19.640 lượt cán bộ, đảng viên", 19640, "study_attendance", a="party_members"),
        F("8.215 lượt quần chúng", 8215, "study_attendance", a="masses"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("là 126 buổi", 126, "oral_propaganda_sessions"),
        F("trên 14.000 lượt người nghe", 14000, "propaganda_audience", "at_least"),
        F("208 chương trình thời sự", 208, "news_items"),
        F("52 kỳ chuyên mục", 52, "news_items"),
        F("đăng 1.086 tin, bài", 1086, "news_items"),
        F("30 trang fanpage", 30, "social_pages", p=inst(D06)),
        F("356 nhóm Zalo", 356, "chat_groups", p=inst(D06)),
        F("mười hai lớp bồi dưỡng", 12, "training_classes"),
        F("1.146 học viên", 1146, "trainees"),
        F("nhận 186 tác phẩm", 186, "contest_entries"),
        F("có 96 báo cáo viên", 96, "reporters", p=AT06),
        F("58 cộng tác viên", 58, "opinion_collaborators", p=AT06),
        F("gửi về Ban 124 báo cáo", 124, "opinion_reports"),
        F("cho 14 tập thể", 14, "commended_collectives"),
        F("26 cá nhân", 26, "commended_individuals"),
    ], traps=[("05-01-2024", 5), ("năm 2022", 2022), ("Năm 2023", 2023),
              ("năm 2023", 2023), ("sáng 4/1", 4), ("tăng 6 văn bản", 6),
              ("Trung ương 8", 8), ("21-KL/TW", 21), ("29 đảng bộ xã, thị trấn", 29),
              ("17 chi, đảng bộ", 17), ("tăng 1.304 lượt", 1304), ("đất trăm nghề", 100),
              ("tăng 15%", 15), ("ba lớp", 3), ("35-NQ/TW", 35), ("1 giải Đặc biệt", 1),
              ("3 giải Nhất", 3), ("10 tác phẩm xuất sắc nhất", 10), ("31/12/2023", 31),
              ("là 17 báo cáo", 17), ("7,8%", 7.8), ("48 làng nghề", 48),
              ("hơn 4.800 tỷ đồng", 4_800_000_000_000), ("Năm 2024", 2024), ("94 năm", 94),
              ("100% thôn", 100)]),
    Doc("h25_07_vanmieu_h2_2025_qa", T07, VMQTG, P07, D07, "text", facts=[
        F("tổ chức 2 hội nghị quán triệt", 2, "study_sessions", p=month(7, 2025)),
        F("tổ chức 1 hội nghị học tập", 1, "study_sessions"),
        F("mở 53 lớp", 53, "study_sessions"),
        F("2.706/2.812 đảng viên", 2706, "study_attendance", a="party_members"),
        F("đạt 96,23%", 96.23, "study_participation_rate"),
        F("138 buổi sinh hoạt chuyên đề", 138, "party_cell_discussions"),
        F("12 buổi nói chuyện", 12, "oral_propaganda_sessions"),
        F("khoảng 3.600 lượt người nghe", 3600, "propaganda_audience", "approx"),
        F("một trang thông tin điện tử", 1, "websites", p=NOW07),
        F("hai trang fanpage", 2, "social_pages", p=NOW07),
        F("63 nhóm Zalo", 63, "chat_groups", p=NOW07),
        F("khoảng 9.800 thành viên", 9800, "chat_group_members", "approx", p=NOW07),
        F("đăng 356 tin, bài", 356, "news_items"),
        F("612 tin, ảnh, video", 612, "news_items"),
        F("lượt tiếp cận khoảng 410 nghìn", 410_000, "propaganda_audience", "approx"),
        F("hiện có 18 cộng tác viên", 18, "opinion_collaborators", p=NOW07),
        F("gửi 31 báo cáo", 31, "opinion_reports"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
    ], traps=[("15/1/2026", 15), ("hai cấp", 2), ("6 tháng cuối năm 2025", 6),
              ("46 chi bộ", 46), ("hơn 2.800 đảng viên", 2800), ("tháng 7", 7),
              ("Năm 2025", 2025), ("khoảng 2,1 triệu lượt khách", 2_100_000),
              ("84 tuổi", 84), ("tổ dân phố số 5", 5), ("ba đời", 3), ("144-QĐ/TW", 144),
              ("cho 2 tập thể", 2), ("năm 2026", 2026), ("Năm 2026", 2026),
              ("hai sự kiện", 2), ("nhiệm kỳ 2026 – 2031", 2026), ("15/3/2026", 15),
              ("100% đảng viên", 100), ("mở 60 lớp", 60), ("thêm 10 nhóm", 10)]),
    Doc("h25_08_bavi_nov2016_quick", T08, BAVI, P08, D08, "sidecar", meta={"date": D08},
        facts=[
            F("Hội nghị cấp huyện: 02", 2, "study_sessions"),
            F("Lớp ở các đảng bộ, chi bộ cơ sở: 74", 74, "study_sessions"),
            F("Đảng viên dự học: 5.962/6.215 đồng chí", 5962, "study_attendance",
              a="party_members"),
            F("(đạt 95,93%)", 95.93, "study_participation_rate"),
            F("Số đảng viên chưa tham gia: 253", 253, "other"),
            F("18/11/2016): 415", 415, "other"),
            F("Lượt xe loa tuyên truyền lưu động: 62", 62, "other"),
            F("ở các xã miền núi: 9", 9, "oral_propaganda_sessions"),
            F("lượt người nghe: 1.150", 1150, "propaganda_audience"),
            F("Tin, bài trên trang thông tin điện tử huyện: 87", 87, "news_items"),
            F("“Ba Vì ngày mới”: 14", 14, "news_items"),
            F("gửi Ban Tuyên giáo Thành ủy: 05", 5, "opinion_reports"),
            F("Cộng tác viên dư luận xã hội: 42 đồng chí", 42, "opinion_collaborators",
              p=inst("2016-11-30")),
            F("mở 03 lớp bồi dưỡng", 3, "training_classes"),
            F("học viên: 168 người", 168, "trainees"),
            F("31 thí sinh", 31, "contest_entries"),
            F("Hội nghị báo cáo viên: 01", 1, "reporter_conferences"),
        ], traps=[("tháng 11/2016", 11), ("tháng 12/2016", 12), ("THÁNG 11/2016", 11),
                  ("THÁNG 12/2016", 12), ("Trung ương 4", 4), ("ngày 10/11", 10),
                  ("17/11", 17), ("86 năm", 86), ("18/11/1930", 18), ("– 18/11/2016", 18),
                  ("(04 định kỳ", 4), ("01 đột xuất", 1), ("30/11/2016", 30),
                  ("Quốc lộ 32", 32), ("năm 2016", 2016), ("6 thí sinh đạt giải", 6),
                  ("thời sự tháng 11", 11), ("72 năm", 72), ("22/12/1944", 22),
                  ("22/12/2016", 22), ("100% chi bộ", 100),
                  ("tổ chức 01 hội nghị báo cáo viên", 1), ("gửi 04 báo cáo", 4),
                  ("024 3386 3127", 24), ("HUYỆN ỦY BA VÌ", 3),
                  ("1. Học tập, quán triệt", 1), ("2. Công tác tuyên truyền", 2),
                  ("3. Nắm bắt", 3), ("4. Công tác khác", 4), ("1. Tuyên truyền kỷ niệm", 1),
                  ("2. Hoàn thành", 2), ("3. Tổng hợp", 3)]),
]
