"""holdout44, part 1: HCMC wards and city bodies in the second half of 2025 (after the
1 July 2025 reform).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds indicators.csv / org_units.csv and
the five sample reports for style, without reading or running the extractor and without
looking at any other evaluation set.

Decisions where the guide leaves room:
- A ward report written on 12/12/2025 "6 tháng cuối năm 2025" keeps the half-year h2(2025) as
  its period (the report's span as written), even though the dateline is before 31/12.
- A list line "Label: a/b đồng chí, đạt N%" under a study heading: numerator = attendance
  (party members), the rate right after it = the participation rate of that study.
- Stocks given with "Tính đến ngày ..." are instants at that date; stocks with "(hiện có ...)"
  in brackets are instants at the document date; a corps named in a sentence of the period
  with no marker ("Đội ngũ 18 cộng tác viên ...") is an instant at the period's end.
- Table columns headed by a ward: each number is that ward's, the row label names the
  indicator, the line ending in ":" above the table is the rows' lead-in; a row
  "(hiện có)" is a stock at the document date.
- "đề nghị ... tặng bằng khen cho 01 tập thể" is a proposed award (trap).
- City bodies after the reform (Ban Tuyên giáo và Dân vận Thành ủy, Sở, Liên đoàn Lao động
  Thành phố) are the province; "điểm cầu" are traps, the attendance at them stays a fact.
- "đoàn viên, người lao động" reached by the labour federation: masses (đoàn viên outside the
  party).
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, quarter, since, year

HCM = U("79")
BENTHANH = W("Phường Bến Thành", "79")
CHOLON, ANDONG, BINHTAY = (W("Phường Chợ Lớn", "79"), W("Phường An Đông", "79"),
                           W("Phường Bình Tây", "79"))
XOMCHIEU = W("Phường Xóm Chiếu", "79")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
*
Số 47-BC/ĐU
Bến Thành, ngày 12 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo, dân vận 6 tháng cuối năm 2025
và phương hướng, nhiệm vụ năm 2026

Thực hiện Hướng dẫn số 03-HD/BTGDVTU ngày 20/11/2025 của Ban Tuyên giáo và Dân vận Thành ủy về việc báo cáo tổng kết công tác năm 2025, Đảng ủy phường Bến Thành báo cáo như sau:

Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão và một phần các phường Cầu Ông Lãnh, Nguyễn Thái Bình (Quận 1 cũ), có 26 khu phố, khoảng 57 nghìn dân cùng hàng chục nghìn lượt khách du lịch mỗi ngày. Đảng bộ phường hiện có 61 tổ chức cơ sở đảng với gần 2.900 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
- Hội nghị cấp phường: 03 (quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030 và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I).
- Lớp ở các chi bộ: 58; đảng viên dự học: 2.716/2.874 đồng chí, đạt 94,5%.
- Quần chúng dự nghe: 1.130 lượt.
- Số đảng viên chưa tham gia: 158 người (chủ yếu là đảng viên cao tuổi, được miễn sinh hoạt).

2. Tuyên truyền miệng, báo cáo viên
Sáu tháng qua, đội ngũ báo cáo viên của phường (hiện có 14 đồng chí) đã tổ chức 37 buổi nói chuyện thời sự, chính sách tại các khu phố, chung cư và chợ Bến Thành, thu hút khoảng 4.600 lượt người dân. Đảng ủy tổ chức 02 hội nghị báo cáo viên (tháng 8 và tháng 11) để cung cấp thông tin định hướng về vận hành chính quyền hai cấp. Phường phối hợp các đơn vị treo 420 băng rôn, cờ phướn tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

3. Thông tin trên không gian mạng
Tính đến ngày 30/11/2025, phường duy trì 01 trang thông tin điện tử, 03 fanpage chính danh và 31 nhóm Zalo khu phố với hơn 9.400 thành viên.
- Tin, bài đăng trên trang thông tin điện tử và fanpage: 612.
- Video clip, infographic: 85.
- Lượt tiếp cận: ước 310 nghìn.

4. Nắm bắt dư luận xã hội
Đội ngũ 18 cộng tác viên dư luận xã hội đã gửi 24 báo cáo định kỳ và 5 báo cáo đột xuất về tình hình tư tưởng, dư luận trong Nhân dân, tập trung vào việc sắp xếp đơn vị hành chính và giải quyết thủ tục tại Trung tâm Phục vụ hành chính công phường (số 47 Lê Duẩn).

5. Sinh hoạt chính trị, thảo luận chi bộ; thi đua, khen thưởng
Đảng ủy triển khai hai đợt sinh hoạt chính trị, tư tưởng về xây dựng chính quyền đô thị gần dân, phục vụ Nhân dân; các chi bộ tổ chức 96 buổi thảo luận chuyên đề. Dịp sơ kết, Đảng ủy phường tặng giấy khen cho 7 tập thể và 12 cá nhân; đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 01 tập thể.

So với cùng kỳ năm 2024 của các phường cũ, số buổi nói chuyện tăng 9 buổi.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng, phấn đấu 100% đảng viên tham gia.
- Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031, dự kiến tổ chức ít nhất 40 buổi nói chuyện.
- Mỗi khu phố có ít nhất 1 nhóm Zalo, phấn đấu 12.000 thành viên.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

T02 = """
ĐẢNG ỦY PHƯỜNG CHỢ LỚN
CỤM THI ĐUA SỐ 7
Số 12-BC/CTĐ7
Chợ Lớn, ngày 20 tháng 12 năm 2025

BÁO CÁO
Tổng hợp kết quả công tác tuyên giáo quý IV năm 2025 của các phường trong Cụm

Cụm thi đua số 7 gồm 3 phường: Chợ Lớn, An Đông, Bình Tây (Quận 5 và Quận 6 cũ). Với vai trò Cụm trưởng, Đảng ủy phường Chợ Lớn tổng hợp báo cáo của các phường gửi Ban Tuyên giáo và Dân vận Thành ủy như sau.

Quý IV, trọng tâm là học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030 (Đại hội diễn ra từ ngày 13 đến 15/10/2025). Các phường triển khai ngay sau khi có Hướng dẫn 11-HD/BTGDVTU, hoàn thành trước ngày 15/12/2025.

Kết quả học tập, quán triệt Nghị quyết:

Nội dung | Phường Chợ Lớn | Phường An Đông | Phường Bình Tây
Hội nghị cấp phường | 02 | 01 | 03
Lớp ở chi bộ, khu phố | 41 | 36 | 44
Lượt đảng viên dự học | 2.305 | 1.987 | 2.410
Tỷ lệ đảng viên tham gia (%) | 96,3 | 95,08 | 97,4
Lượt quần chúng dự nghe | 860 | 1.045 | 712
Số đảng viên chưa tham gia | 88 | 103 | 64

Kết quả tuyên truyền miệng và thông tin trên mạng:

Nội dung | Phường Chợ Lớn | Phường An Đông | Phường Bình Tây
Buổi nói chuyện chuyên đề | 18 | 12 | 21
Lượt người nghe | 1.420 | 960 | 1.800
Tin, bài trên fanpage phường | 146 | 98 | 173
Nhóm Zalo khu phố (hiện có) | 24 | 19 | 27

Nhận xét: Tỷ lệ đảng viên tham gia của phường An Đông thấp hơn do nhiều đảng viên lớn tuổi, có người trên 80 tuổi, sinh hoạt tại các chi bộ khu dân cư người Hoa; phường đã bố trí học bù tại nhà. Phường Bình Tây dẫn đầu Cụm về số lớp và lượt người nghe, chủ yếu nhờ mô hình nói chuyện ngay tại chợ Bình Tây vào sáng Chủ nhật, mỗi buổi khoảng 70 tiểu thương dự.

Riêng Đảng ủy phường Chợ Lớn đã ban hành 9 văn bản hướng dẫn, đôn đốc các phường trong Cụm và tổ chức 1 hội nghị báo cáo viên chung cho 3 phường tại hội trường số 203 An Dương Vương. Bà Lâm Mỹ Linh, một tiểu thương ở chợ Kim Biên, chia sẻ: "Nghe cán bộ nói chuyện xong, tôi mới biết chỗ làm giấy tờ mới, đi một lần là xong, khỏi chạy tới chạy lui 3 chỗ như trước."

Quý I/2026, Cụm sẽ tổ chức hội thi báo cáo viên giỏi, dự kiến 15 thí sinh, và phấn đấu mỗi phường có thêm 5 nhóm Zalo.
"""

T03 = """
Thứ Tư, ngày 07/01/2026

Phường Xóm Chiếu: "Đưa thông tin đến từng con hẻm"

Sau hơn sáu tháng vận hành chính quyền địa phương hai cấp, công tác tuyên giáo ở phường Xóm Chiếu có nhiều cách làm mới. Phóng viên đã trao đổi với đồng chí Trần Thị Thu Nguyệt, Phó Bí thư Thường trực Đảng ủy phường.

PV: Xin đồng chí cho biết những kết quả nổi bật của phường từ ngày 1/7/2025 đến nay?

Đồng chí Phó Bí thư: "Phường Xóm Chiếu được thành lập trên cơ sở các phường 13, 15, 16, 18 và một phần phường 14 của Quận 4 cũ, dân cư đông, nhiều hẻm nhỏ. Từ ngày 1/7/2025 đến nay, Đảng ủy đã tổ chức 02 hội nghị quán triệt nghị quyết đại hội đảng bộ các cấp cho 1.450 lượt cán bộ, đảng viên; các chi bộ mở thêm 34 lớp ở khu phố. Chúng tôi cũng phối hợp Trung tâm Chính trị Thành phố mở 01 lớp bồi dưỡng nghiệp vụ cho 65 học viên là bí thư chi bộ, trưởng khu phố."

PV: Trên mạng xã hội, phường làm gì để người dân tiếp cận thông tin?

Đồng chí Phó Bí thư: "Phường hiện có 1 fanpage với gần 16.000 người theo dõi và 42 nhóm Zalo khu phố. Các nhóm đã đăng hơn 3.100 tin, bài về thủ tục hành chính, an ninh trật tự. Cuộc thi trực tuyến tìm hiểu về chính quyền hai cấp do phường phát động thu hút 3.218 lượt người dự thi. Có bác tổ trưởng khu phố 5 nói với tôi: 'Khu tôi 340 hộ thì gần 300 hộ vô nhóm rồi, có gì là biết liền.'"

PV: Còn công tác nắm bắt dư luận?

Đồng chí Phó Bí thư: "Đội ngũ 16 cộng tác viên dư luận xã hội của phường đã gửi 19 báo cáo, phản ánh băn khoăn của bà con về việc đổi giấy tờ sau sáp nhập. Đảng ủy đã khen thưởng 4 tập thể và 9 cá nhân tích cực trong đợt cao điểm. Thời gian tới, phường sẽ mở thêm 2 lớp kỹ năng số cho khoảng 100 tổ trưởng tổ dân phố."

Ông Tư Hòa, 72 tuổi, ngụ hẻm 148 Tôn Đản, kể: "Hồi trước đi làm giấy tờ phải qua 2, 3 chỗ, giờ coi trên nhóm là biết đem theo gì."

Mọi phản ánh xin gọi đường dây nóng của phường: 028.3940.2215.
"""

T04 = """
Cập nhật 09/01/2026 16:20

TP Hồ Chí Minh: Công tác tuyên giáo, dân vận năm 2025 ghi dấu nhiều mốc lịch sử

Ngày 8/1, Ban Tuyên giáo và Dân vận Thành ủy TP Hồ Chí Minh tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025 là năm Thành phố tổ chức kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025), 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, đồng thời thực hiện hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa – Vũng Tàu. Sau sắp xếp, Thành phố có 168 đơn vị hành chính cấp xã với hơn 14 triệu dân.

Theo báo cáo, trong năm, Ban Tuyên giáo và Dân vận Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành 36 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng. Sau Đại hội đại biểu Đảng bộ Thành phố lần thứ I, Thành ủy tổ chức 2 hội nghị cấp thành phố quán triệt Nghị quyết Đại hội, trực tuyến tới 168 điểm cầu phường, xã, đặc khu; lượt cán bộ, đảng viên dự tại các điểm cầu: hơn 112 nghìn.

Cuộc thi trắc nghiệm "Tự hào 50 năm Thành phố mang tên Bác" thu hút 1,26 triệu lượt dự thi. Ban triển khai ba đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ. Đội ngũ báo cáo viên Thành ủy hiện có 112 đồng chí; Ban tổ chức 6 hội nghị báo cáo viên, cung cấp thông tin về tình hình thời sự, các vấn đề dư luận quan tâm.

Trên không gian mạng, các trang chính danh của Thành ủy và hệ thống tuyên giáo đã đăng khoảng 18.500 tin, bài, video; lượt tiếp cận ước đạt 96 triệu. Đội ngũ cộng tác viên dư luận xã hội cấp thành phố gửi về Ban 1.340 báo cáo.

Liên đoàn Lao động Thành phố cho biết, năm 2025 các cấp công đoàn tổ chức 2.310 buổi tuyên truyền pháp luật, chính sách cho hơn 410 nghìn lượt đoàn viên, người lao động. Toàn thành phố hiện có hơn 2,2 triệu đoàn viên công đoàn. Sở Văn hóa và Thể thao tổ chức 14 đợt triển lãm ảnh lưu động và in 250.000 tờ gấp phát tới các phường, xã.

Các công trình chào mừng 50 năm thống nhất với tổng vốn đầu tư hơn 8.000 tỷ đồng đã được khánh thành, trong đó có tuyến metro số 1 Bến Thành – Suối Tiên.

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 42 tập thể và 65 cá nhân. Năm 2026, Ban phấn đấu 100% phường, xã, đặc khu có fanpage chính danh và tổ chức ít nhất 2 đợt sinh hoạt chính trị về Nghị quyết Đại hội XIV của Đảng.
"""

D01, D02, D03, D04 = "2025-12-12", "2025-12-20", "2026-01-07", "2026-01-09"
ROW_H = "Hội nghị cấp phường | 02 | 01 | 03"
ROW_L = "Lớp ở chi bộ, khu phố | 41 | 36 | 44"
ROW_A = "Lượt đảng viên dự học | 2.305 | 1.987 | 2.410"
ROW_R = "Tỷ lệ đảng viên tham gia (%) | 96,3 | 95,08 | 97,4"
ROW_M = "Lượt quần chúng dự nghe | 860 | 1.045 | 712"
ROW_N = "Số đảng viên chưa tham gia | 88 | 103 | 64"
ROW_B = "Buổi nói chuyện chuyên đề | 18 | 12 | 21"
ROW_P = "Lượt người nghe | 1.420 | 960 | 1.800"
ROW_T = "Tin, bài trên fanpage phường | 146 | 98 | 173"
ROW_Z = "Nhóm Zalo khu phố (hiện có) | 24 | 19 | 27"


def _row(ev, vals, ind, a="all", p=None):
    return [F(ev, v, ind, a=a, unit=u, p=p) for v, u in zip(vals, (CHOLON, ANDONG, BINHTAY))]


XC = since("2025-07-01", D03)

DOCS = [
    Doc("h44_01", T01, BENTHANH, h2(2025), D01, "text", facts=[
        F("- Hội nghị cấp phường: 03", 3, "study_sessions"),
        F("Lớp ở các chi bộ: 58", 58, "study_sessions"),
        F("đảng viên dự học: 2.716/2.874 đồng chí", 2716, "study_attendance",
          a="party_members"),
        F("đạt 94,5%", 94.5, "study_participation_rate"),
        F("Quần chúng dự nghe: 1.130 lượt", 1130, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 158 người", 158, "other"),
        F("hiện có 14 đồng chí", 14, "reporters", p=inst(D01)),
        F("tổ chức 37 buổi nói chuyện", 37, "oral_propaganda_sessions"),
        F("khoảng 4.600 lượt người dân", 4600, "propaganda_audience", "approx", a="masses"),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("treo 420 băng rôn", 420, "other"),
        F("duy trì 01 trang thông tin điện tử", 1, "websites", p=inst("2025-11-30")),
        F("03 fanpage chính danh", 3, "social_pages", p=inst("2025-11-30")),
        F("31 nhóm Zalo khu phố", 31, "chat_groups", p=inst("2025-11-30")),
        F("hơn 9.400 thành viên", 9400, "chat_group_members", "at_least",
          p=inst("2025-11-30")),
        F("trang thông tin điện tử và fanpage: 612", 612, "news_items"),
        F("Video clip, infographic: 85", 85, "news_items"),
        F("Lượt tiếp cận: ước 310 nghìn", 310000, "propaganda_audience", "approx"),
        F("Đội ngũ 18 cộng tác viên", 18, "opinion_collaborators", p=end_of(h2(2025))),
        F("gửi 24 báo cáo định kỳ", 24, "opinion_reports"),
        F("5 báo cáo đột xuất", 5, "opinion_reports"),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tổ chức 96 buổi thảo luận chuyên đề", 96, "party_cell_discussions"),
        F("giấy khen cho 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Số 47-BC/ĐU", 47), ("ngày 12 tháng 12 năm 2025", 12),
              ("6 tháng cuối năm 2025", 6), ("nhiệm vụ năm 2026", 2026),
              ("Hướng dẫn số 03-HD/BTGDVTU", 3), ("ngày 20/11/2025", 20),
              ("công tác năm 2025", 2025), ("Quận 1 cũ", 1), ("có 26 khu phố", 26),
              ("khoảng 57 nghìn dân", 57000), ("61 tổ chức cơ sở đảng", 61),
              ("gần 2.900 đảng viên", 2900), ("lần thứ I, nhiệm kỳ 2025 – 2030", 2025),
              ("(tháng 8", 8), ("tháng 11)", 11), ("1. Học tập", 1),
              ("2. Tuyên truyền miệng", 2), ("3. Thông tin", 3), ("4. Nắm bắt", 4),
              ("5. Sinh hoạt", 5), ("bằng khen cho 01 tập thể", 1), ("chính quyền hai cấp", 2), ("80 năm", 80),
              ("Quốc khánh 2/9", 2), ("Tính đến ngày 30/11/2025", 30), ("số 47 Lê Duẩn", 47),
              ("cùng kỳ năm 2024", 2024), ("tăng 9 buổi", 9),
              ("NHIỆM VỤ NĂM 2026", 2026), ("Đại hội XIV", 14),
              ("100% đảng viên tham gia", 100), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ít nhất 40 buổi", 40),
              ("ít nhất 1 nhóm Zalo", 1), ("phấn đấu 12.000 thành viên", 12000)]),
    Doc("h44_02", T02, CHOLON, quarter(4, 2025), D02, "text", facts=[
        *_row(ROW_H, (2, 1, 3), "study_sessions"),
        *_row(ROW_L, (41, 36, 44), "study_sessions"),
        *_row(ROW_A, (2305, 1987, 2410), "study_attendance", a="party_members"),
        *_row(ROW_R, (96.3, 95.08, 97.4), "study_participation_rate"),
        *_row(ROW_M, (860, 1045, 712), "study_attendance", a="masses"),
        *_row(ROW_N, (88, 103, 64), "other"),
        *_row(ROW_B, (18, 12, 21), "oral_propaganda_sessions"),
        *_row(ROW_P, (1420, 960, 1800), "propaganda_audience"),
        *_row(ROW_T, (146, 98, 173), "news_items"),
        *_row(ROW_Z, (24, 19, 27), "chat_groups", p=inst(D02)),
        F("ban hành 9 văn bản hướng dẫn", 9, "documents_issued"),
        F("tổ chức 1 hội nghị báo cáo viên", 1, "reporter_conferences"),
    ], traps=[("CỤM THI ĐUA SỐ 7", 7), ("Số 12-BC/CTĐ7", 12), ("ngày 20 tháng 12 năm 2025", 20),
              ("quý IV năm 2025", 4), ("Cụm thi đua số 7", 7), ("gồm 3 phường", 3),
              ("Quận 5", 5), ("Quận 6 cũ", 6), ("Quý IV", 4),
              ("lần thứ I, nhiệm kỳ 2025 – 2030", 2025), ("từ ngày 13", 13),
              ("15/10/2025", 15), ("Hướng dẫn 11-HD/BTGDVTU", 11), ("ngày 15/12/2025", 15),
              ("trên 80 tuổi", 80), ("khoảng 70 tiểu thương", 70), ("cho 3 phường", 3),
              ("số 203 An Dương Vương", 203), ("chạy tới chạy lui 3 chỗ", 3),
              ("Quý I/2026", 1), ("dự kiến 15 thí sinh", 15), ("thêm 5 nhóm Zalo", 5)]),
    Doc("h44_03", T03, XOMCHIEU, XC, D03, "text", facts=[
        F("tổ chức 02 hội nghị quán triệt", 2, "study_sessions"),
        F("cho 1.450 lượt cán bộ, đảng viên", 1450, "study_attendance", a="party_members"),
        F("mở thêm 34 lớp ở khu phố", 34, "study_sessions"),
        F("mở 01 lớp bồi dưỡng nghiệp vụ", 1, "training_classes"),
        F("cho 65 học viên", 65, "trainees"),
        F("Phường hiện có 1 fanpage", 1, "social_pages", p=inst(D03)),
        F("gần 16.000 người theo dõi", 16000, "propaganda_audience", "at_most", p=inst(D03)),
        F("42 nhóm Zalo khu phố", 42, "chat_groups", p=inst(D03)),
        F("đăng hơn 3.100 tin, bài", 3100, "news_items", "at_least"),
        F("thu hút 3.218 lượt người dự thi", 3218, "contest_entries"),
        F("Đội ngũ 16 cộng tác viên", 16, "opinion_collaborators", p=inst(D03)),
        F("đã gửi 19 báo cáo", 19, "opinion_reports"),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể và 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("ngày 07/01/2026", 7), ("hơn sáu tháng", 6), ("chính quyền địa phương hai cấp", 2),
              ("từ ngày 1/7/2025", 1), ("các phường 13, 15, 16, 18", 13), ("15, 16, 18", 15),
              ("16, 18", 16), ("18 và", 18), ("phường 14", 14), ("Quận 4 cũ", 4),
              ("Từ ngày 1/7/2025", 1), ("khu phố 5", 5), ("340 hộ", 340), ("gần 300 hộ", 300),
              ("mở thêm 2 lớp", 2), ("khoảng 100 tổ trưởng", 100), ("72 tuổi", 72),
              ("hẻm 148 Tôn Đản", 148), ("qua 2, 3 chỗ", 2), ("3 chỗ", 3),
              ("028.3940.2215", 28)]),
    Doc("h44_04", T04, HCM, year(2025), D04, "text", facts=[
        F("ban hành 36 văn bản", 36, "documents_issued"),
        F("tổ chức 2 hội nghị cấp thành phố", 2, "study_sessions"),
        F("lượt cán bộ, đảng viên dự tại các điểm cầu: hơn 112 nghìn", 112000,
          "study_attendance", "at_least", a="party_members"),
        F("thu hút 1,26 triệu lượt dự thi", 1260000, "contest_entries"),
        F("triển khai ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("hiện có 112 đồng chí", 112, "reporters", p=inst(D04)),
        F("tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("khoảng 18.500 tin, bài", 18500, "news_items", "approx"),
        F("lượt tiếp cận ước đạt 96 triệu", 96000000, "propaganda_audience", "approx"),
        F("gửi về Ban 1.340 báo cáo", 1340, "opinion_reports"),
        F("tổ chức 2.310 buổi tuyên truyền", 2310, "oral_propaganda_sessions"),
        F("hơn 410 nghìn lượt đoàn viên", 410000, "propaganda_audience", "at_least",
          a="masses"),
        F("tổ chức 14 đợt triển lãm ảnh lưu động", 14, "other"),
        F("in 250.000 tờ gấp", 250000, "other"),
        F("bằng khen cho 42 tập thể", 42, "commended_collectives"),
        F("42 tập thể và 65 cá nhân", 65, "commended_individuals"),
    ], traps=[("Cập nhật 09/01/2026 16:20", 9), ("16:20", 16), ("Ngày 8/1", 8), ("tổng kết công tác năm 2025", 2025), ("cho biết, năm 2025", 2025), ("dân vận năm 2025", 2025),
              ("năm 2026", 2026), ("Năm 2025", 2025), ("kỷ niệm 50 năm", 50),
              ("30/4/1975", 30), ("30/4/2025", 30), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("168 đơn vị hành chính cấp xã", 168), ("hơn 14 triệu dân", 14000000),
              ("trực tuyến tới 168 điểm cầu", 168), ("Tự hào 50 năm", 50),
              ("hơn 2,2 triệu đoàn viên công đoàn", 2200000), ("chào mừng 50 năm", 50),
              ("hơn 8.000 tỷ đồng", 8000000000000), ("metro số 1", 1), ("Năm 2026", 2026),
              ("100% phường", 100), ("ít nhất 2 đợt", 2), ("Đại hội XIV", 14)]),
]
