"""holdout38, part 2: Hanoi districts before 2025-07-01 (h38_05..h38_08).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (for its
format only: holdout2/_src/g01_hcm_districts.py), the seeds indicators.csv / org_units.csv and the
five sample reports (for style), without reading or running the extractor.

Decisions taken where the guide leaves room:
- in an interview the speaker label "Đồng chí Trưởng ban:" makes every figure of the answer
  the unit's; a collaborator corps counted in a sentence of the report's span with no "hiện có"
  ("Đội ngũ 61 cộng tác viên ... đã gửi") is an instant at the span's end;
- "Từ tháng 2 đến nay" → the 1st of February .. document date;
- "Cả nhiệm kỳ," under a heading "ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2020 – 2025" dates the whole
  section with the term (results, not a plan heading);
- a heading "NHIỆM VỤ TRỌNG TÂM ..." is a plan heading: all its numbers are traps;
- the issue number and month of a bulletin, and the dateline under it, are traps;
- "Luật An ninh mạng năm 2018" is a law's name (trap), though 2018 is the report's year.
"""
from build_gold import Doc, F, U, h1, inst, m9, month, quarter, since, term, year

DANH, CGIAY, HMAI, GLAM = (U("Huyện Đông Anh"), U("Quận Cầu Giấy"), U("Quận Hoàng Mai"),
                           U("Huyện Gia Lâm"))

T05 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY ĐÔNG ANH
BAN TUYÊN GIÁO
*
Số 112-BC/BTGHU
Đông Anh, ngày 18 tháng 12 năm 2018

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2018, phương hướng, nhiệm vụ năm 2019

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2018

1. Công tác giáo dục chính trị, tư tưởng
Ban Tuyên giáo đã tham mưu Ban Thường vụ Huyện ủy ban hành 26 văn bản (09 kế hoạch, 17 hướng dẫn) lãnh đạo việc học tập, quán triệt và triển khai Nghị quyết Trung ương 6, Nghị quyết Trung ương 7 khóa XII. Huyện ủy tổ chức 04 hội nghị cấp huyện cho cán bộ chủ chốt; 24 đảng bộ xã, thị trấn và 41 chi, đảng bộ cơ sở mở 213 lớp, với 16.784/17.519 đảng viên tham gia, đạt 95,8%. Các chi bộ nông thôn tổ chức 2.312 buổi sinh hoạt chuyên đề “Nâng cao đạo đức cách mạng, quét sạch chủ nghĩa cá nhân”.

2. Công tác tuyên truyền
Đài Truyền thanh huyện phát 312 chương trình thời sự và 48 kỳ chuyên mục “Đông Anh – Đất và người”; trang thông tin điện tử huyện đăng 1.205 tin, bài, ảnh. Đến nay, huyện có 01 trang thông tin điện tử và 3 fanpage chính danh của Huyện đoàn, Hội Liên hiệp Phụ nữ và Trung tâm Văn hóa – Thông tin. Đội xe tuyên truyền lưu động chạy 146 lượt về các thôn.
Các xã, thị trấn tổ chức 437 buổi nói chuyện chuyên đề về Luật An ninh mạng năm 2018, Luật Đặc xá và phòng, chống tác hại của thuốc lá cho hơn 36.000 lượt người dân. Ông Nguyễn Văn Chiến, 68 tuổi, thôn Lỗ Khê, xã Liên Hà chia sẻ: “Thôn tôi hơn 400 hộ, buổi nào cũng kín hội trường”.

3. Công tác báo cáo viên, dư luận xã hội
Tính đến ngày 30/11/2018, đội ngũ báo cáo viên cấp huyện có 47 đồng chí. Trong năm, Ban Tuyên giáo Huyện ủy đã tổ chức 4 hội nghị báo cáo viên định kỳ. Ban Chỉ đạo 35 của huyện phối hợp theo dõi thông tin trên mạng xã hội; các cộng tác viên dư luận xã hội gửi 52 báo cáo phản ánh tâm tư, dư luận của nhân dân về giải phóng mặt bằng dự án cải tạo Quốc lộ 3.

4. Thi đua, khen thưởng
Hội thi báo cáo viên giỏi cấp huyện năm 2018 có 19 thí sinh tham gia; 3 thí sinh xuất sắc nhất được chọn dự thi cấp Thành phố, trong đó 1 thí sinh đoạt giải Ba. Ban Thường vụ Huyện ủy tặng giấy khen cho 8 báo cáo viên có nhiều đóng góp.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019
- Tổ chức học tập, quán triệt Nghị quyết Trung ương 8 khóa XII cho 100% cán bộ, đảng viên; phấn đấu tỷ lệ đảng viên tham gia đạt trên 96%.
- Mở 6 lớp bồi dưỡng lý luận chính trị; tổ chức các hoạt động kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (để b/c);
- Thường trực Huyện ủy;
- Lưu: VT, BTG.
"""

T06 = """
Thứ Tư, ngày 14/10/2020

Trưởng ban Tuyên giáo Quận ủy Cầu Giấy: “Không để khoảng trống thông tin trong mùa dịch”

(Cổng TTĐT quận Cầu Giấy) – Nhân dịp sơ kết công tác tuyên giáo 9 tháng năm 2020, phóng viên có cuộc trao đổi với đồng chí Lê Thị Minh Hằng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Cầu Giấy.

PV: Thưa đồng chí, dịch Covid-19 đã ảnh hưởng thế nào tới việc học tập nghị quyết trong 9 tháng qua?

Đồng chí Trưởng ban: “Có thời điểm thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg, các cuộc họp chỉ được tổ chức với tối đa 20 người. Dù vậy, 9 tháng qua, Quận ủy đã tổ chức 2 hội nghị cấp quận, các đảng bộ, chi bộ mở 145 lớp học tập chuyên đề năm 2020 về Chỉ thị 05-CT/TW, với 10.762 lượt cán bộ, đảng viên tham dự, đạt 96,1%. Với những đảng viên cao tuổi, chúng tôi mang tài liệu đến tận nhà.”

PV: Mạng xã hội đóng vai trò ra sao trong thời gian giãn cách?

Đồng chí Trưởng ban: “Quận hiện có 01 cổng thông tin điện tử và 9 fanpage (1 của quận, 8 của các phường). Bên cạnh đó, quận hiện có 432 nhóm Zalo tổ dân phố, số thành viên hiện nay khoảng 38.000 người. Từ tháng 2 đến nay, các trang này đã đăng gần 4.900 tin, bài, infographic về phòng, chống dịch. Có bác tổ trưởng nói với tôi: ‘Tổ tôi 120 hộ thì 118 hộ vào nhóm, còn 2 cụ không dùng điện thoại thông minh’.”

PV: Còn công tác nắm bắt dư luận xã hội?

Đồng chí Trưởng ban: “Đội ngũ 61 cộng tác viên dư luận xã hội của quận đã gửi 29 báo cáo định kỳ và 13 báo cáo nhanh về tâm trạng của nhân dân trong mùa dịch. Quận ủy cũng đã khen thưởng 6 tập thể, 15 cá nhân có thành tích trong phòng, chống dịch. Quý IV, chúng tôi sẽ tổ chức Hội thi báo cáo viên giỏi và phấn đấu mở thêm khoảng 20 lớp học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVII.”

PV: Xin cảm ơn đồng chí!

Nguồn: Ban Tuyên giáo Quận ủy Cầu Giấy, số 36 Cầu Giấy; ĐT: 024.3767.3651
"""

T07 = """
QUẬN ỦY HOÀNG MAI
BAN TUYÊN GIÁO

BẢN TIN TUYÊN GIÁO – SỐ 04 (THÁNG 4/2023)
Hà Nội, ngày 06/4/2023

KẾT QUẢ NỔI BẬT QUÝ I NĂM 2023

✅ 02 hội nghị cấp quận học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII
✅ 318 lớp ở cơ sở, với 24.915 lượt cán bộ, đảng viên (đạt 96,8%)
✅ Treo 860 băng rôn, khẩu hiệu mừng Đảng, mừng Xuân Quý Mão
✅ Kỷ niệm 93 năm Ngày thành lập Đảng: 47 buổi nói chuyện truyền thống, khoảng 6.200 lượt người nghe

TIN VẮN

• Các chi bộ trực thuộc Đảng bộ quận tổ chức 476 buổi sinh hoạt chuyên đề về xây dựng văn hóa ứng xử nơi công cộng.
• Tháng 3/2023, Trung tâm Chính trị quận mở 02 lớp bồi dưỡng đảng viên mới cho 164 học viên.
• Đội ngũ báo cáo viên cấp quận hiện có 52 đồng chí, trong đó 9 đồng chí mới được bổ sung.
• Cuộc thi “Tìm hiểu 20 năm xây dựng và phát triển quận Hoàng Mai (2003 – 2023)” từ ngày 10/1 đến nay đã nhận 9.482 bài dự thi. Lễ tổng kết dự kiến tổ chức vào tháng 11/2023.
• Fanpage “Hoàng Mai hôm nay” hiện có gần 27.000 người theo dõi; trong quý đăng 215 tin, bài, video.
• Toàn quận hiện có 1.042 nhóm Zalo tổ dân phố với hơn 71 nghìn thành viên; có nhóm dưới 30 thành viên, có nhóm trên 200 thành viên.

KẾ HOẠCH QUÝ II/2023
- Tổ chức 01 hội nghị sơ kết 10 năm thực hiện Nghị quyết 33-NQ/TW về xây dựng và phát triển văn hóa, con người Việt Nam.
- Tuyên truyền kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023); mở 3 lớp sơ cấp lý luận chính trị.

Địa chỉ: Ban Tuyên giáo Quận ủy Hoàng Mai, số 8 phố Ngọc Hồi; ĐT: 024.3645.2817
"""

T08 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY GIA LÂM
BAN TUYÊN GIÁO
Số 205-BC/BTGHU

Gia Lâm, ngày 16 tháng 6 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 6 tháng đầu năm 2025

Thực hiện Kết luận số 127-KL/TW của Bộ Chính trị và Nghị quyết số 1656/NQ-UBTVQH15 về sắp xếp đơn vị hành chính, từ ngày 01/7/2025 huyện Gia Lâm kết thúc hoạt động; 20 xã, 2 thị trấn của huyện được sắp xếp thành 4 xã mới là Gia Lâm, Thuận An, Bát Tràng và Phù Đổng. Trong bối cảnh đó, công tác tuyên giáo 6 tháng đầu năm tập trung tạo sự đồng thuận trong cán bộ, đảng viên và nhân dân.

I. KẾT QUẢ THỰC HIỆN

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT, KẾT LUẬN CỦA TRUNG ƯƠNG
- Hội nghị cấp huyện: 03
- Lớp ở cơ sở: 146; lượt đảng viên dự: 9.388; tỷ lệ: 95,6%
- Số đảng viên chưa tham gia: 431 người

B. TUYÊN TRUYỀN
- Tin, bài trên trang thông tin điện tử huyện: 634; trên fanpage “Gia Lâm ngày mới”: 512
- Buổi tuyên truyền miệng về sắp xếp đơn vị hành chính: 128 – lượt người nghe: khoảng 11.400
- Panô, áp phích, băng rôn: 975
- Kinh phí hỗ trợ in tài liệu hỏi – đáp về sắp xếp đơn vị hành chính cho các thôn, tổ dân phố: 180 triệu đồng

C. BỒI DƯỠNG LÝ LUẬN CHÍNH TRỊ
- Lớp sơ cấp lý luận chính trị: 02; học viên: 168 người
- Lớp bồi dưỡng đảng viên mới: 03; học viên: 241 người

D. BÁO CÁO VIÊN, DƯ LUẬN XÃ HỘI
- Báo cáo viên cấp huyện: 39 đồng chí (tính đến 31/5/2025)
- Hội nghị báo cáo viên: 02 (tháng 1 và tháng 4)
- Báo cáo dư luận xã hội: 24 định kỳ, 9 đột xuất

E. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2020 – 2025
Cả nhiệm kỳ, Huyện ủy đã tổ chức 58 hội nghị học tập, quán triệt cấp huyện, bình quân mỗi năm gần 12 hội nghị. Ban Thường vụ Huyện ủy khen thưởng 46 tập thể và 93 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Gia Lâm cũng là một trong 5 huyện dẫn đầu Thành phố về chuyển đổi số trong công tác tuyên giáo.

II. NHIỆM VỤ TRỌNG TÂM ĐẾN NGÀY 30/6/2025
- Bàn giao hồ sơ, tài liệu của Ban cho 4 xã mới; tổ chức 01 hội nghị tổng kết công tác tuyên giáo huyện giai đoạn 2008 – 2025.
- Tuyên truyền Đại hội đại biểu Đảng bộ các xã lần thứ I, nhiệm kỳ 2025 – 2030.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu: VT.
"""

D05, D06, D07, D08 = "2018-12-18", "2020-10-14", "2023-04-06", "2025-06-16"
PM, MS = "party_members", "masses"

DOCS = [
    Doc("h38_05", T05, DANH, year(2018), D05, "text", facts=[
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("tổ chức 04 hội nghị cấp huyện", 4, "study_sessions"),
        F("mở 213 lớp", 213, "study_sessions"),
        F("với 16.784/17.519 đảng viên tham gia", 16784, "study_attendance", a=PM),
        F("đạt 95,8%", 95.8, "study_participation_rate"),
        F("tổ chức 2.312 buổi sinh hoạt chuyên đề", 2312, "party_cell_discussions"),
        F("phát 312 chương trình thời sự", 312, "news_items"),
        F("48 kỳ chuyên mục", 48, "news_items"),
        F("đăng 1.205 tin, bài, ảnh", 1205, "news_items"),
        F("có 01 trang thông tin điện tử", 1, "websites", p=inst(D05)),
        F("3 fanpage chính danh", 3, "social_pages", p=inst(D05)),
        F("chạy 146 lượt", 146, "other"),
        F("tổ chức 437 buổi nói chuyện chuyên đề", 437, "oral_propaganda_sessions"),
        F("hơn 36.000 lượt người dân", 36000, "propaganda_audience", "at_least", a=MS),
        F("báo cáo viên cấp huyện có 47 đồng chí", 47, "reporters", p=inst("2018-11-30")),
        F("tổ chức 4 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("gửi 52 báo cáo", 52, "opinion_reports"),
        F("có 19 thí sinh tham gia", 19, "contest_entries"),
        F("giấy khen cho 8 báo cáo viên", 8, "commended_individuals"),
    ], traps=[("Số 112-BC/BTGHU", 112), ("ngày 18 tháng 12 năm 2018", 18),
              ("09 kế hoạch", 9), ("17 hướng dẫn", 17), ("Trung ương 6", 6),
              ("Trung ương 7", 7), ("24 đảng bộ xã", 24), ("41 chi, đảng bộ cơ sở", 41),
              ("Luật An ninh mạng năm 2018", 2018), ("68 tuổi", 68), ("hơn 400 hộ", 400),
              ("30/11/2018", 30), ("Ban Chỉ đạo 35", 35), ("Quốc lộ 3", 3),
              ("3 thí sinh xuất sắc nhất", 3), ("1 thí sinh đoạt giải Ba", 1),
              ("Trung ương 8", 8), ("100% cán bộ", 100), ("trên 96%", 96),
              ("Mở 6 lớp", 6), ("50 năm", 50), ("NĂM 2019", 2019), ("năm 2019", 2019),
              ("1. Công tác", 1), ("2. Công tác", 2), ("3. Công tác", 3), ("4. Thi đua", 4)]),
    Doc("h38_06", T06, CGIAY, m9(2020), D06, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 145 lớp học tập", 145, "study_sessions"),
        F("với 10.762 lượt cán bộ, đảng viên", 10762, "study_attendance", a=PM),
        F("đạt 96,1%", 96.1, "study_participation_rate"),
        F("hiện có 01 cổng thông tin điện tử", 1, "websites", p=inst(D06)),
        F("9 fanpage", 9, "social_pages", p=inst(D06)),
        F("hiện có 432 nhóm Zalo", 432, "chat_groups", p=inst(D06)),
        F("khoảng 38.000 người", 38000, "chat_group_members", "approx", p=inst(D06)),
        F("đăng gần 4.900 tin, bài", 4900, "news_items", "at_most",
          p=since("2020-02-01", D06)),
        F("Đội ngũ 61 cộng tác viên", 61, "opinion_collaborators", p=("2020-09-30", "2020-09-30")),
        F("gửi 29 báo cáo định kỳ", 29, "opinion_reports"),
        F("13 báo cáo nhanh", 13, "opinion_reports"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("14/10/2020", 14), ("9 tháng năm 2020", 9), ("Covid-19", 19),
              ("9 tháng qua", 9), ("Chỉ thị 16/CT-TTg", 16), ("tối đa 20 người", 20),
              ("chuyên đề năm 2020", 2020), ("Chỉ thị 05-CT/TW", 5), ("1 của quận", 1),
              ("8 của các phường", 8), ("tháng 2", 2), ("120 hộ", 120), ("118 hộ", 118),
              ("2 cụ", 2), ("khoảng 20 lớp", 20), ("số 36", 36), ("024.3767.3651", 24)]),
    Doc("h38_07", T07, HMAI, quarter(1, 2023), D07, "text", facts=[
        F("02 hội nghị cấp quận", 2, "study_sessions"),
        F("318 lớp ở cơ sở", 318, "study_sessions"),
        F("với 24.915 lượt cán bộ, đảng viên", 24915, "study_attendance", a=PM),
        F("(đạt 96,8%)", 96.8, "study_participation_rate"),
        F("Treo 860 băng rôn", 860, "other"),
        F("47 buổi nói chuyện truyền thống", 47, "oral_propaganda_sessions"),
        F("khoảng 6.200 lượt người nghe", 6200, "propaganda_audience", "approx"),
        F("tổ chức 476 buổi sinh hoạt chuyên đề", 476, "party_cell_discussions"),
        F("mở 02 lớp bồi dưỡng đảng viên mới", 2, "training_classes", p=month(3, 2023)),
        F("cho 164 học viên", 164, "trainees", p=month(3, 2023)),
        F("hiện có 52 đồng chí", 52, "reporters", p=inst(D07)),
        F("đã nhận 9.482 bài dự thi", 9482, "contest_entries", p=since("2023-01-10", D07)),
        F("hiện có gần 27.000 người theo dõi", 27000, "propaganda_audience", "at_most",
          p=inst(D07)),
        F("đăng 215 tin, bài, video", 215, "news_items"),
        F("hiện có 1.042 nhóm Zalo", 1042, "chat_groups", p=inst(D07)),
        F("hơn 71 nghìn thành viên", 71000, "chat_group_members", "at_least", p=inst(D07)),
    ], traps=[("SỐ 04", 4), ("THÁNG 4/2023", 4), ("06/4/2023", 6), ("QUÝ I NĂM 2023", 2023),
              ("93 năm", 93), ("Tháng 3/2023", 3), ("9 đồng chí", 9), ("20 năm", 20),
              ("2003 – 2023", 2003), ("ngày 10/1", 10), ("tháng 11/2023", 11),
              ("dưới 30 thành viên", 30), ("trên 200 thành viên", 200),
              ("QUÝ II/2023", 2), ("01 hội nghị sơ kết", 1), ("10 năm", 10),
              ("Nghị quyết 33-NQ/TW", 33), ("133 năm", 133), ("19/5/1890", 19),
              ("19/5/2023", 19), ("3 lớp sơ cấp", 3), ("số 8 phố Ngọc Hồi", 8),
              ("024.3645.2817", 24)]),
    Doc("h38_08", T08, GLAM, h1(2025), D08, "text", facts=[
        F("Hội nghị cấp huyện: 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 146", 146, "study_sessions"),
        F("lượt đảng viên dự: 9.388", 9388, "study_attendance", a=PM),
        F("tỷ lệ: 95,6%", 95.6, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 431 người", 431, "other"),
        F("trang thông tin điện tử huyện: 634", 634, "news_items"),
        F("“Gia Lâm ngày mới”: 512", 512, "news_items"),
        F("sắp xếp đơn vị hành chính: 128", 128, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 11.400", 11400, "propaganda_audience", "approx"),
        F("Panô, áp phích, băng rôn: 975", 975, "other"),
        F("tổ dân phố: 180 triệu đồng", 180000000, "other"),
        F("Lớp sơ cấp lý luận chính trị: 02", 2, "training_classes"),
        F("học viên: 168 người", 168, "trainees"),
        F("Lớp bồi dưỡng đảng viên mới: 03", 3, "training_classes"),
        F("học viên: 241 người", 241, "trainees"),
        F("Báo cáo viên cấp huyện: 39 đồng chí", 39, "reporters", p=inst("2025-05-31")),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("Báo cáo dư luận xã hội: 24 định kỳ", 24, "opinion_reports"),
        F("9 đột xuất", 9, "opinion_reports"),
        F("tổ chức 58 hội nghị học tập, quán triệt", 58, "study_sessions", p=term(2020, 2025)),
        F("khen thưởng 46 tập thể", 46, "commended_collectives", p=term(2020, 2025)),
        F("46 tập thể và 93 cá nhân", 93, "commended_individuals", p=term(2020, 2025)),
    ], traps=[("Số 205-BC/BTGHU", 205), ("ngày 16 tháng 6 năm 2025", 16),
              ("6 tháng đầu năm 2025", 6), ("Kết luận số 127-KL/TW", 127),
              ("Nghị quyết số 1656/NQ-UBTVQH15", 1656), ("01/7/2025", 1), ("20 xã", 20),
              ("2 thị trấn", 2), ("4 xã mới", 4), ("6 tháng đầu năm", 6),
              ("31/5/2025", 31), ("tháng 1", 1), ("tháng 4", 4),
              ("NHIỆM KỲ 2020 – 2025", 2020), ("gần 12 hội nghị", 12),
              ("một trong 5 huyện", 5), ("30/6/2025", 30), ("01 hội nghị tổng kết", 1),
              ("2008 – 2025", 2008), ("nhiệm kỳ 2025 – 2030", 2025)]),
]
