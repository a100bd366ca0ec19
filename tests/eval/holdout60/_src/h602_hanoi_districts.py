"""Held-out set holdout60, part 2: Hanoi districts before the 1 July 2025 reform.

Three reports written for this set only, from docs/LABELING.md (and the builder's helpers),
without reading the extractor:
- h60_04: a formal year-end report (báo cáo tổng kết) of Ban Tuyên giáo Huyện ủy Đông Anh,
  2017, with a table whose columns are measures and a total row;
- h60_05: a Hà Nội Mới-style article on Cầu Giấy's nine-month review, 2020 (Covid-19);
- h60_06: a formal mid-year report of Ban Tuyên giáo Quận ủy Long Biên, 2024, with a table
  whose columns are periods (first half of 2023 / first half of 2024) and a comparison column.

Decisions where the guide leaves room:
- "6 tháng 2023" / "6 tháng 2024" as column headers of a mid-year report are the first halves
  of those years (h1), as the report's title ("6 tháng đầu năm") says.
- The total row "Tổng cộng | 281 | 22.438 | –" of a table whose columns are measures is a fact
  of each measure; the dash in the rate column is no number.
- "Ngoài ra, có 8.640 lượt quần chúng tham dự các hội nghị học tập nghị quyết" is a study
  attendance of the masses for the report's year.
- In the Cầu Giấy article the official's quotation opening "từ đầu năm đến nay" dates its own
  facts from 1 January to the document date (the page's stamp, 9 October 2020), not to the
  end of September like the rest of the article ("9 tháng năm 2020").
- "đội ngũ 57 cộng tác viên dư luận xã hội" in a paragraph with no date and no "hiện có" is a
  stock at the end of the article's period (30 September 2020).
- "xác minh, nhắc nhở 14 tài khoản mạng xã hội đăng tải thông tin sai sự thật" counts other
  people's accounts the unit dealt with: a result of its work outside the taxonomy (`other`),
  not the unit's own social pages.
- "Tỷ lệ đảng viên tham gia học tập đạt 96,3%" in a paragraph after the table is the
  participation rate of the half-year's study.
- "Cộng tác viên dư luận xã hội: 72 đồng chí (tính đến 31/5/2024)" is a stock at its own
  bracketed date.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, since, year

DA, CG, LB = U("Huyện Đông Anh"), U("Quận Cầu Giấy"), U("Quận Long Biên")

T04 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY ĐÔNG ANH
BAN TUYÊN GIÁO
Số 58-BC/BTGHU

ĐẢNG CỘNG SẢN VIỆT NAM
Đông Anh, ngày 15 tháng 12 năm 2017

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2017,
phương hướng, nhiệm vụ năm 2018

Thực hiện Hướng dẫn số 32-HD/BTGTU ngày 20/11/2017 của Ban Tuyên giáo Thành ủy Hà Nội, Ban Tuyên giáo Huyện ủy Đông Anh báo cáo kết quả công tác tuyên giáo năm 2017 như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tham mưu
Ban Tuyên giáo đã tham mưu Ban Thường vụ Huyện ủy ban hành 26 văn bản (11 kế hoạch, 15 hướng dẫn và công văn) chỉ đạo công tác tư tưởng, tuyên truyền các ngày lễ lớn, kỷ niệm 70 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2017) và 100 năm Cách mạng Tháng Mười Nga.

2. Học tập, quán triệt nghị quyết
Trọng tâm năm 2017 là học tập Nghị quyết Hội nghị Trung ương 5 và Nghị quyết Hội nghị Trung ương 6 khóa XII. Huyện ủy tổ chức 2 hội nghị cấp huyện cho cán bộ chủ chốt; kết quả tại cơ sở như sau:

Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)
Nghị quyết Trung ương 5 khóa XII | 142 | 11.386 | 96,8
Nghị quyết Trung ương 6 khóa XII | 139 | 11.052 | 95,9
Tổng cộng | 281 | 22.438 | –

Ngoài ra, có 8.640 lượt quần chúng tham dự các hội nghị học tập nghị quyết tại thôn, tổ dân phố.

3. Công tác tuyên truyền
- Hội nghị báo cáo viên cấp huyện: 04
- Buổi nói chuyện thời sự, chuyên đề tại thôn, xóm: 356 – lượt người nghe: khoảng 41.500
- Tin, bài trên Cổng thông tin điện tử huyện: 734; trên bản tin “Đông Anh ngày nay”: 96
- Băng rôn, khẩu hiệu, cờ phướn: 2.860
- Lượt xe thông tin lưu động: 185
Các chi bộ thôn, tổ dân phố tổ chức 1.512 buổi thảo luận chi bộ về chuyên đề năm 2017 “Xây dựng phong cách, tác phong công tác của người đứng đầu, của cán bộ, đảng viên”.

4. Công tác dư luận xã hội
Huyện hiện có 64 cộng tác viên dư luận xã hội ở 24 xã, thị trấn. Trong năm, Ban tổng hợp 12 báo cáo định kỳ và 7 báo cáo chuyên đề về tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Thành ủy, tập trung vào công tác giải phóng mặt bằng các dự án ven Quốc lộ 3 và khu vực cầu Nhật Tân.

5. Giáo dục lý luận chính trị
Trung tâm Bồi dưỡng chính trị huyện mở 9 lớp (gồm 3 lớp sơ cấp lý luận chính trị, 4 lớp bồi dưỡng đảng viên mới, 2 lớp bồi dưỡng nhận thức về Đảng), với 705 học viên.

6. Thi đua, khen thưởng
Ban Thường vụ Huyện ủy tặng giấy khen cho 5 tập thể và 12 cá nhân có thành tích trong công tác tuyên giáo năm 2017. Ban Tuyên giáo Huyện ủy được Ban Tuyên giáo Thành ủy xếp thứ 3/30 quận, huyện, thị xã.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2018
- Học tập, quán triệt Nghị quyết Trung ương 7 khóa XII ngay khi có hướng dẫn; phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
- Tổ chức 4 hội nghị báo cáo viên; mở 8 lớp bồi dưỡng lý luận chính trị.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
"""

T05 = """
Cầu Giấy: Không để “khoảng trống” thông tin trong mùa dịch

Thứ Sáu, 09/10/2020 07:30

(HNMO) - Ngày 8/10, Ban Tuyên giáo Quận ủy Cầu Giấy tổ chức giao ban công tác tuyên giáo 9 tháng năm 2020, triển khai nhiệm vụ quý IV.

Theo bà Nguyễn Thu Hằng, Trưởng ban Tuyên giáo Quận ủy Cầu Giấy, 9 tháng qua là giai đoạn đặc biệt: vừa phòng, chống dịch Covid-19, vừa chuẩn bị và tổ chức Đại hội đại biểu Đảng bộ quận lần thứ VI, nhiệm kỳ 2020 – 2025. Trong thời gian giãn cách xã hội từ ngày 1/4 đến 22/4, các hội nghị tập trung đông người phải tạm dừng, nhiều hoạt động được chuyển lên môi trường mạng.

“Dù vậy, từ đầu năm đến nay, quận đã tổ chức 4 hội nghị cấp quận học tập, quán triệt các chỉ thị, kết luận của Trung ương và Thành ủy; 8 đảng bộ phường và các chi bộ mở 163 lớp, thu hút 12.574 lượt cán bộ, đảng viên, đạt 95,4%”, bà Hằng cho biết.

Trên không gian mạng, quận hiện duy trì 1 trang thông tin điện tử và 9 fanpage của quận, các phường. Trong 9 tháng, các trang này đăng gần 2.400 tin, bài, video clip về phòng, chống dịch và đại hội Đảng các cấp; nhiều video ngắn hướng dẫn khai báo y tế thu hút khoảng 180.000 lượt xem. Toàn quận hiện có 412 nhóm Zalo tổ dân phố, số thành viên khoảng 46.500 người.

Chị Đỗ Thị Mai, tổ trưởng tổ dân phố số 17, phường Dịch Vọng Hậu, chia sẻ: “Nhóm Zalo của tổ có 215 hộ tham gia, tin nào phường gửi là tôi chuyển ngay, bà con đọc xong còn hỏi lại trong nhóm”.

Đáng chú ý, đội ngũ 57 cộng tác viên dư luận xã hội của quận đã gửi 86 báo cáo phản ánh tâm tư của người dân về giá cả, việc làm và chính sách hỗ trợ người bị ảnh hưởng bởi dịch. “Có thời điểm chúng tôi phải tổng hợp dư luận hằng ngày để kịp báo cáo Thường trực Quận ủy”, bà Hằng nói.

Quận cũng phối hợp Công an quận xác minh, nhắc nhở 14 tài khoản mạng xã hội đăng tải thông tin sai sự thật về dịch bệnh. Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 6 tập thể, 10 cá nhân có thành tích trong công tác tuyên truyền phòng, chống dịch.

Quý IV, Ban Tuyên giáo Quận ủy sẽ tổ chức học tập Nghị quyết Đại hội Đảng bộ quận cho 100% cán bộ, đảng viên và dự kiến mở 2 lớp tập huấn kỹ năng quản trị fanpage cho cán bộ phường.

Minh Ngọc
"""

T06 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY LONG BIÊN
BAN TUYÊN GIÁO
Số 41-BC/BTGQU

ĐẢNG CỘNG SẢN VIỆT NAM
Long Biên, ngày 25 tháng 6 năm 2024

BÁO CÁO
Kết quả công tác tuyên giáo 6 tháng đầu năm,
nhiệm vụ trọng tâm 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN

1. Một số kết quả chủ yếu (so với cùng kỳ)

Chỉ tiêu | 6 tháng 2023 | 6 tháng 2024 | So sánh (%)
Hội nghị học tập, quán triệt cấp quận | 3 | 4 | 133,3
Lớp học tập nghị quyết ở cơ sở | 187 | 205 | 109,6
Lượt đảng viên dự học | 15.214 | 16.082 | 105,7
Buổi nói chuyện thời sự, chuyên đề | 74 | 91 | 123,0
Tin, bài trên Cổng thông tin điện tử quận | 612 | 688 | 112,4

2. Học tập, quán triệt và làm theo
Trọng tâm là học tập, quán triệt các nghị quyết Hội nghị Trung ương 8 khóa XIII và chuyên đề năm 2024 của Thành ủy về xây dựng văn hóa người Hà Nội thanh lịch, văn minh. Tỷ lệ đảng viên tham gia học tập đạt 96,3%. Các chi bộ tổ chức 438 buổi thảo luận chi bộ gắn với chuyên đề năm 2024.

3. Tuyên truyền trên không gian mạng
Quận hiện có 1 cổng thông tin điện tử, 14 trang thông tin điện tử của các phường và 19 fanpage chính danh; 624 nhóm Zalo tổ dân phố với khoảng 71.000 thành viên. Trong 6 tháng, quận sản xuất 132 video clip tuyên truyền hướng tới kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024), thu hút khoảng 265.000 lượt xem.

4. Nắm bắt dư luận xã hội
- Cộng tác viên dư luận xã hội: 72 đồng chí (tính đến 31/5/2024)
- Báo cáo dư luận xã hội: 24 định kỳ, 8 đột xuất
Nổi lên là dư luận về việc sắp xếp đơn vị hành chính cấp xã và tiến độ giải phóng mặt bằng dự án cầu Trần Hưng Đạo.

5. Khen thưởng
Ban Thường vụ Quận ủy tặng giấy khen cho 6 báo cáo viên và 3 tập thể có thành tích trong công tác tuyên truyền miệng.

II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024
1. Tuyên truyền kỷ niệm 70 năm Ngày Giải phóng Thủ đô; phấn đấu 100% tổ dân phố có nhóm Zalo hoạt động thường xuyên.
2. Học tập, quán triệt Luật Thủ đô (sửa đổi) sau khi được Quốc hội thông qua.
3. Mở 2 lớp bồi dưỡng kỹ năng viết tin, bài cho khoảng 80 cộng tác viên.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VT.
"""

D04, D05, D06 = "2017-12-15", "2020-10-09", "2024-06-25"

DOCS = [
    Doc("h60_04_donganh_2017", T04, DA, year(2017), D04, "text", facts=[
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions"),
        F("khóa XII | 142 |", 142, "study_sessions"),
        F("| 11.386 |", 11386, "study_attendance", a="party_members"),
        F("| 96,8", 96.8, "study_participation_rate"),
        F("khóa XII | 139 |", 139, "study_sessions"),
        F("| 11.052 |", 11052, "study_attendance", a="party_members"),
        F("| 95,9", 95.9, "study_participation_rate"),
        F("Tổng cộng | 281 |", 281, "study_sessions"),
        F("| 22.438 |", 22438, "study_attendance", a="party_members"),
        F("có 8.640 lượt quần chúng", 8640, "study_attendance", a="masses"),
        F("Hội nghị báo cáo viên cấp huyện: 04", 4, "reporter_conferences"),
        F("tại thôn, xóm: 356", 356, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 41.500", 41500, "propaganda_audience", "approx"),
        F("Cổng thông tin điện tử huyện: 734", 734, "news_items"),
        F("“Đông Anh ngày nay”: 96", 96, "news_items"),
        F("Băng rôn, khẩu hiệu, cờ phướn: 2.860", 2860, "other"),
        F("Lượt xe thông tin lưu động: 185", 185, "other"),
        F("tổ chức 1.512 buổi thảo luận chi bộ", 1512, "party_cell_discussions"),
        F("hiện có 64 cộng tác viên", 64, "opinion_collaborators", p=inst(D04)),
        F("tổng hợp 12 báo cáo định kỳ", 12, "opinion_reports"),
        F("7 báo cáo chuyên đề", 7, "opinion_reports"),
        F("mở 9 lớp", 9, "training_classes"),
        F("với 705 học viên", 705, "trainees"),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Số 58-BC/BTGHU", 58), ("ngày 15 tháng 12 năm 2017", 15),
              ("Hướng dẫn số 32-HD/BTGTU", 32), ("ngày 20/11/2017", 20),
              ("11 kế hoạch", 11), ("15 hướng dẫn", 15), ("70 năm", 70),
              ("(27/7/1947", 27), ("27/7/2017)", 27), ("100 năm", 100),
              ("Trung ương 5", 5), ("Trung ương 6", 6), ("chuyên đề năm 2017", 2017),
              ("24 xã, thị trấn", 24), ("Quốc lộ 3", 3), ("3 lớp sơ cấp", 3),
              ("4 lớp bồi dưỡng", 4), ("2 lớp bồi dưỡng", 2), ("xếp thứ 3/30", 3),
              ("Trung ương 7", 7), ("trên 95%", 95), ("Tổ chức 4 hội nghị", 4),
              ("mở 8 lớp", 8)]),
    Doc("h60_05_caugiay_2020m9", T05, CG, m9(2020), D05, "text", facts=[
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions", p=since("2020-01-01", D05)),
        F("mở 163 lớp", 163, "study_sessions", p=since("2020-01-01", D05)),
        F("thu hút 12.574 lượt cán bộ, đảng viên", 12574, "study_attendance",
          a="party_members", p=since("2020-01-01", D05)),
        F("đạt 95,4%", 95.4, "study_participation_rate", p=since("2020-01-01", D05)),
        F("hiện duy trì 1 trang thông tin điện tử", 1, "websites", p=inst(D05)),
        F("9 fanpage", 9, "social_pages", p=inst(D05)),
        F("đăng gần 2.400 tin, bài", 2400, "news_items", "at_most"),
        F("khoảng 180.000 lượt xem", 180000, "propaganda_audience", "approx"),
        F("hiện có 412 nhóm Zalo", 412, "chat_groups", p=inst(D05)),
        F("số thành viên khoảng 46.500 người", 46500, "chat_group_members", "approx",
          p=inst(D05)),
        F("đội ngũ 57 cộng tác viên", 57, "opinion_collaborators", p=end_of(m9(2020))),
        F("gửi 86 báo cáo", 86, "opinion_reports"),
        F("nhắc nhở 14 tài khoản", 14, "other"),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể, 10 cá nhân", 10, "commended_individuals"),
    ], traps=[("09/10/2020", 9), ("07:30", 7), ("Ngày 8/10", 8), ("9 tháng năm 2020", 9),
              ("9 tháng qua", 9), ("Covid-19", 19), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 1/4", 1), ("22/4", 22), ("8 đảng bộ phường", 8),
              ("Trong 9 tháng", 9), ("tổ dân phố số 17", 17), ("215 hộ", 215),
              ("100% cán bộ", 100), ("mở 2 lớp", 2)]),
    Doc("h60_06_longbien_2024h1", T06, LB, h1(2024), D06, "text", facts=[
        F("cấp quận | 3 |", 3, "study_sessions", p=h1(2023)),
        F("| 3 | 4 |", 4, "study_sessions"),
        F("ở cơ sở | 187 |", 187, "study_sessions", p=h1(2023)),
        F("| 205 |", 205, "study_sessions"),
        F("| 15.214 |", 15214, "study_attendance", a="party_members", p=h1(2023)),
        F("| 16.082 |", 16082, "study_attendance", a="party_members"),
        F("chuyên đề | 74 |", 74, "oral_propaganda_sessions", p=h1(2023)),
        F("| 91 |", 91, "oral_propaganda_sessions"),
        F("điện tử quận | 612 |", 612, "news_items", p=h1(2023)),
        F("| 688 |", 688, "news_items"),
        F("học tập đạt 96,3%", 96.3, "study_participation_rate"),
        F("tổ chức 438 buổi thảo luận chi bộ", 438, "party_cell_discussions"),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", p=inst(D06)),
        F("14 trang thông tin điện tử", 14, "websites", p=inst(D06)),
        F("19 fanpage chính danh", 19, "social_pages", p=inst(D06)),
        F("624 nhóm Zalo", 624, "chat_groups", p=inst(D06)),
        F("khoảng 71.000 thành viên", 71000, "chat_group_members", "approx", p=inst(D06)),
        F("sản xuất 132 video clip", 132, "news_items"),
        F("khoảng 265.000 lượt xem", 265000, "propaganda_audience", "approx"),
        F("72 đồng chí (tính đến 31/5/2024)", 72, "opinion_collaborators",
          p=inst("2024-05-31")),
        F("Báo cáo dư luận xã hội: 24 định kỳ", 24, "opinion_reports"),
        F("8 đột xuất", 8, "opinion_reports"),
        F("giấy khen cho 6 báo cáo viên", 6, "commended_individuals"),
        F("3 tập thể có thành tích", 3, "commended_collectives"),
    ], traps=[("Số 41-BC/BTGQU", 41), ("ngày 25 tháng 6 năm 2024", 25),
              ("6 tháng đầu năm", 6), ("6 tháng cuối năm 2024", 6), ("6 tháng 2023", 6),
              ("6 tháng 2024", 6), ("| 133,3", 133.3), ("| 109,6", 109.6),
              ("| 105,7", 105.7), ("| 123,0", 123), ("| 112,4", 112.4),
              ("Trung ương 8", 8), ("chuyên đề năm 2024", 2024), ("Trong 6 tháng", 6),
              ("70 năm", 70), ("(10/10/1954", 10), ("10/10/2024)", 10),
              ("tính đến 31/5/2024", 31), ("100% tổ dân phố", 100), ("Mở 2 lớp", 2),
              ("khoảng 80 cộng tác viên", 80)]),
]
