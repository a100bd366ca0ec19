"""Held-out set holdout46, part 1: single Hanoi districts before 2025-07-01 (Cầu Giấy, Long
Biên, Đông Anh, Gia Lâm), a portal article, an interview, a formal report and a congress speech.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the
five sample reports, without reading or running the extractor. Decisions where the guide
leaves room are listed in h462's docstring (they hold for the whole set)."""
from build_gold import Doc, F, U, end_of, inst, m9, quarter, since, term

CGIAY, LBIEN = U("Quận Cầu Giấy"), U("Quận Long Biên")
DANH, GLAM = U("Huyện Đông Anh"), U("Huyện Gia Lâm")

# ---------------------------------------------------------------------------------------------
T01 = """
Cầu Giấy: Đưa Nghị quyết Đại hội XIII về từng chi bộ ngay trong quý đầu năm

Cập nhật ngày 08-04-2021

(Cổng TTĐT quận Cầu Giấy) - Chiều 7/4, Ban Tuyên giáo Quận ủy Cầu Giấy tổ chức giao ban công tác tuyên giáo quý I năm 2021 với các đảng bộ, chi bộ trực thuộc.

Báo cáo tại hội nghị cho biết, ngay sau hội nghị toàn quốc học tập, quán triệt Nghị quyết Đại hội XIII của Đảng, Quận ủy đã tổ chức hai hội nghị cấp quận cho cán bộ chủ chốt. Các đảng bộ phường và chi bộ trực thuộc tiếp đó mở 214 lớp ở cơ sở, thu hút trên 15.300 lượt cán bộ, đảng viên và khoảng 2.100 lượt quần chúng ưu tú. Tỷ lệ đảng viên tham gia học tập đạt 97,3%. So với cùng kỳ năm 2020, số lớp tăng 31 lớp.

Đảng bộ quận hiện có 56 tổ chức cơ sở đảng với hơn 11.000 đảng viên, nhiều người là cán bộ hưu trí sinh hoạt tại các khu đô thị mới. Vì vậy, bên cạnh lớp học tập trung, một số chi bộ gửi tài liệu tóm tắt qua nhóm Zalo để đảng viên cao tuổi nghiên cứu trước.

“Chi bộ tôi có 42 đảng viên thì 41 đồng chí dự đủ cả 3 buổi, chỉ có một cụ 91 tuổi đang nằm viện”, ông Phạm Văn Thắng, Bí thư Chi bộ tổ dân phố số 9, phường Dịch Vọng Hậu kể.

Cũng trong quý, Ban Tuyên giáo tham mưu Ban Thường vụ Quận ủy ban hành 09 văn bản chỉ đạo, hướng dẫn về công tác tư tưởng và tuyên truyền bầu cử đại biểu Quốc hội khóa XV, đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 (ngày bầu cử 23/5/2021); tổ chức 01 hội nghị báo cáo viên để thông tin chuyên đề về kết quả Đại hội.

Về thông tin trên mạng, quận hiện có 01 trang thông tin điện tử và 8 fanpage của các phường. Trong quý, các trang này đăng tải ước 1.250 tin, bài, video clip. Đội ngũ 35 cộng tác viên dư luận xã hội của quận đã gửi 12 báo cáo định kỳ và 4 báo cáo đột xuất về tâm trạng, ý kiến của nhân dân trước thềm bầu cử.

Quý II, quận sẽ tổ chức 3 hội nghị học tập Nghị quyết Đại hội XVII Đảng bộ Thành phố và phấn đấu 100% chi bộ hoàn thành học tập trước ngày 30/6. Ý kiến phản ánh của người dân xin gửi về Ban Tuyên giáo Quận ủy, số 36 Cầu Giấy, điện thoại 024.3767.2245.
"""

# ---------------------------------------------------------------------------------------------
T02 = """
Trưởng ban Tuyên giáo Quận ủy Long Biên: “Mỗi tổ dân phố phải là một điểm tuyên truyền”

Nhiều cách làm mới trong công tác tuyên giáo ở quận Long Biên những tháng qua đã được cơ sở đón nhận. Phóng viên có cuộc trao đổi với đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Long Biên.

PV: Thưa bà, từ đầu năm đến nay quận đã làm gì để nghị quyết thực sự đến được với người dân?

Đồng chí Trưởng ban: “Chúng tôi xác định học tập nghị quyết không chỉ dừng ở hội trường. Từ đầu năm đến nay, Quận ủy đã tổ chức 3 hội nghị cấp quận học tập chuyên đề năm 2022 của Thành ủy và các kết luận mới của Trung ương; các chi bộ tiếp đó duy trì khoảng 480 buổi sinh hoạt, thảo luận tại chi bộ. Với 14 phường và gần 330 nghìn dân, địa bàn lại trải dài ven sông Hồng, chúng tôi cho đội xe tuyên truyền lưu động của quận chạy hơn 260 lượt xuống tận các khu dân cư xa trung tâm.”

PV: Công tác nắm bắt dư luận được quận tổ chức thế nào?

Đồng chí Trưởng ban: “Quận hiện có 62 cộng tác viên dư luận xã hội, mỗi phường ít nhất 4 người. Từ đầu năm, đội ngũ này đã gửi về Ban 57 báo cáo tình hình dư luận, nhiều báo cáo phản ánh rất sát chuyện giải phóng mặt bằng, chuyện giá cả. Có bà cụ ở tổ 12 phường Ngọc Thụy nói với tôi: ‘Nhà tôi 3 thế hệ, tối nào cháu nó cũng đọc tin trong nhóm Zalo cho cả nhà nghe’. Nghe vậy thấy mình làm đúng hướng.”

PV: Còn trên không gian mạng?

Đồng chí Trưởng ban: “Tính đến ngày 15/9, toàn quận có 512 nhóm Zalo tổ dân phố với khoảng 61 nghìn thành viên; fanpage “Long Biên ngày mới” có gần 20.000 người theo dõi. Từ đầu năm, các nhóm và fanpage đã đăng, chia sẻ trên 4.600 tin, bài, video. Cuộc thi trắc nghiệm “Long Biên - 19 năm xây dựng và phát triển” thu hút 23.480 lượt người dự thi, nhiều hơn hẳn con số chúng tôi dự tính. Quận ủy cũng vừa khen thưởng 7 tập thể và mười hai cá nhân có cách làm hay trong tuyên truyền ở khu dân cư.”

PV: Những tháng cuối năm, quận có kế hoạch gì?

Đồng chí Trưởng ban: “Quý IV, quận sẽ mở 2 lớp tập huấn kỹ năng viết tin cho quản trị viên nhóm Zalo và phấn đấu đến ngày 31/12 mỗi tổ dân phố có ít nhất 1 nhóm hoạt động thường xuyên.”

PV: Xin cảm ơn bà!
"""

# ---------------------------------------------------------------------------------------------
T03 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY ĐÔNG ANH
BAN TUYÊN GIÁO
Số 87-BC/BTGHU

Đông Anh, ngày 02 tháng 10 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 9 tháng đầu năm, phương hướng nhiệm vụ 3 tháng cuối năm 2019

Thực hiện Chương trình công tác toàn khóa của Huyện ủy và Hướng dẫn số 12-HD/BTGTU của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Huyện ủy Đông Anh báo cáo kết quả công tác tuyên giáo 9 tháng đầu năm 2019 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết, chỉ thị của Đảng
- Hội nghị cấp huyện: 04 (quán triệt Nghị quyết Trung ương 7 khóa XII và Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp)
- Số lớp ở cơ sở: 326; lượt cán bộ, đảng viên dự: 21.784
- Tỷ lệ đảng viên tham gia: 95,86%
- Số đảng viên chưa tham gia: 903 người (chủ yếu do tuổi cao, ốm đau, đi làm ăn xa)
- Lượt quần chúng dự nghe: 6.420

2. Bồi dưỡng lý luận chính trị
- Lớp sơ cấp lý luận chính trị: 05; học viên: 412 người
- Lớp bồi dưỡng đảng viên mới: 02 lớp với 157 học viên

3. Công tác tuyên truyền
- Buổi tuyên truyền miệng, nói chuyện thời sự: 118 – lượt người nghe: khoảng 14.500
- Tin, bài trên trang thông tin điện tử huyện: 735; trên Đài Truyền thanh huyện: 1.120
- Băng rôn, khẩu hiệu, pano: 2.340
- Đợt sinh hoạt chính trị: 02 (kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh và 74 năm Cách mạng Tháng Tám)
- Kinh phí hỗ trợ in tài liệu học tập cho cơ sở: 186 triệu đồng

4. Nắm bắt dư luận xã hội, đội ngũ báo cáo viên
- Cộng tác viên dư luận xã hội: 48 đồng chí (tính đến 30/9/2019)
- Báo cáo dư luận xã hội: 27 định kỳ, 6 đột xuất
- Báo cáo viên cấp huyện: 41 đồng chí
- Hội nghị báo cáo viên: 03 (tháng 1, tháng 4 và tháng 7)

5. Khen thưởng
Ban Thường vụ Huyện ủy tặng giấy khen cho 11 tập thể, 19 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

Đông Anh có 23 xã, 1 thị trấn với hơn 400 nghìn dân, nhiều khu công nghiệp tập trung đông lao động ngoại tỉnh, nên công tác nắm bắt tư tưởng còn một số hạn chế.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2019
- Tổ chức 02 hội nghị học tập chuyên đề năm 2020; mở 04 lớp bồi dưỡng lý luận chính trị.
- Phấn đấu 100% chi bộ hoàn thành học tập trước Đại hội đại biểu Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2020 - 2025.
- Chuẩn bị tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2020).

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu VP.

TRƯỞNG BAN
"""

# ---------------------------------------------------------------------------------------------
T04 = """
Thứ Sáu, ngày 17/7/2020

Gia Lâm: Công tác tuyên giáo góp phần tạo đồng thuận trong Nhân dân

Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXV, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 15 đến 17/7/2020 tại Trung tâm Văn hóa – Thông tin và Thể thao huyện, với các đại biểu thay mặt cho hơn 14.000 đảng viên trong toàn Đảng bộ. Trong phiên thảo luận, nhiều tham luận đề cập tới công tác chính trị, tư tưởng.

Sau đây là trích tham luận của đồng chí Lê Thị Minh Thu, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 168 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng; tổ chức 27 hội nghị cấp huyện học tập, quán triệt các nghị quyết của Trung ương, của Thành ủy. 33 đảng bộ, chi bộ cơ sở mở hơn 1.900 lớp, thu hút trên 142 nghìn lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia bình quân đạt 95,4%.

“Công tác bồi dưỡng lý luận chính trị được quan tâm đúng mức. Trung tâm Bồi dưỡng chính trị huyện mở tám mươi hai lớp bồi dưỡng với gần 7.600 học viên, trong đó 36 lớp sơ cấp lý luận chính trị. Đội ngũ báo cáo viên của huyện hiện có 45 đồng chí; Ban đã tổ chức 20 hội nghị báo cáo viên định kỳ để cung cấp thông tin thời sự.

“Ở cơ sở, các xã, thị trấn tổ chức hàng nghìn buổi tuyên truyền miệng, với ước tính 1,2 triệu lượt người nghe. Có lần một cụ bà ở thôn Giang Cao nói với tôi: ‘Làng tôi hơn 1.000 hộ làm gốm, tối nào loa cũng đọc tin nghị quyết, nghe mãi thành thuộc’. Chúng tôi cũng triển khai 5 đợt sinh hoạt chính trị, tư tưởng lớn, trong đó có đợt kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019).

“Cuộc thi “Tìm hiểu lịch sử Đảng bộ huyện Gia Lâm” nhận được gần 9.300 bài dự thi; Ban tổ chức đã trao 1 giải Đặc biệt, 3 giải Nhất cùng nhiều giải khác. Trong nhiệm kỳ, Huyện ủy đã khen thưởng 64 tập thể và 131 cá nhân điển hình trong học tập và làm theo Bác.”

Phát biểu chỉ đạo Đại hội, đại diện lãnh đạo Thành ủy đề nghị Đảng bộ huyện trong nhiệm kỳ tới phấn đấu 100% đảng viên được học tập nghị quyết trong vòng 30 ngày, sớm đưa Gia Lâm trở thành quận vào năm 2025.
"""

D01, D02, D03, D04 = "2021-04-08", "2022-09-20", "2019-10-02", "2020-07-17"
P02 = since("2022-01-01", D02)

DOCS = [
    Doc("h46_01", T01, CGIAY, quarter(1, 2021), D01, "text", facts=[
        F("tổ chức hai hội nghị cấp quận", 2, "study_sessions"),
        F("mở 214 lớp ở cơ sở", 214, "study_sessions"),
        F("trên 15.300 lượt cán bộ, đảng viên", 15300, "study_attendance", "at_least",
          a="party_members"),
        F("khoảng 2.100 lượt quần chúng", 2100, "study_attendance", "approx", a="masses"),
        F("học tập đạt 97,3%", 97.3, "study_participation_rate"),
        F("ban hành 09 văn bản", 9, "documents_issued"),
        F("tổ chức 01 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("hiện có 01 trang thông tin điện tử", 1, "websites", p=inst(D01)),
        F("8 fanpage của các phường", 8, "social_pages", p=inst(D01)),
        F("ước 1.250 tin, bài", 1250, "news_items", "approx"),
        F("Đội ngũ 35 cộng tác viên", 35, "opinion_collaborators",
          p=end_of(quarter(1, 2021))),
        F("gửi 12 báo cáo định kỳ", 12, "opinion_reports"),
        F("4 báo cáo đột xuất", 4, "opinion_reports"),
    ], traps=[("Đại hội XIII", 13), ("Cập nhật ngày 08-04-2021", 8), ("Chiều 7/4", 7),
              ("quý I năm 2021", 1), ("tăng 31 lớp", 31), ("So với cùng kỳ năm 2020", 2020),
              ("56 tổ chức cơ sở đảng", 56), ("hơn 11.000 đảng viên", 11000),
              ("có 42 đảng viên", 42), ("41 đồng chí", 41), ("cả 3 buổi", 3),
              ("91 tuổi", 91), ("tổ dân phố số 9", 9), ("khóa XV", 15),
              ("nhiệm kỳ 2021 - 2026", 2021), ("23/5/2021", 23),
              ("sẽ tổ chức 3 hội nghị", 3), ("Đại hội XVII", 17), ("100% chi bộ", 100),
              ("ngày 30/6", 30), ("số 36 Cầu Giấy", 36), ("024.3767.2245", 24)]),
    Doc("h46_02", T02, LBIEN, P02, D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("khoảng 480 buổi sinh hoạt, thảo luận tại chi bộ", 480, "party_cell_discussions",
          "approx"),
        F("chạy hơn 260 lượt", 260, "other", "at_least"),
        F("hiện có 62 cộng tác viên", 62, "opinion_collaborators", p=inst(D02)),
        F("gửi về Ban 57 báo cáo", 57, "opinion_reports"),
        F("có 512 nhóm Zalo", 512, "chat_groups", p=inst("2022-09-15")),
        F("khoảng 61 nghìn thành viên", 61000, "chat_group_members", "approx",
          p=inst("2022-09-15")),
        F("gần 20.000 người theo dõi", 20000, "propaganda_audience", "at_most", p=inst(D02)),
        F("trên 4.600 tin, bài", 4600, "news_items", "at_least"),
        F("thu hút 23.480 lượt người dự thi", 23480, "contest_entries"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("mười hai cá nhân", 12, "commended_individuals"),
    ], traps=[("chuyên đề năm 2022", 2022), ("14 phường", 14),
              ("gần 330 nghìn dân", 330000), ("ít nhất 4 người", 4), ("tổ 12", 12),
              ("3 thế hệ", 3), ("ngày 15/9", 15), ("19 năm", 19), ("Quý IV", 4),
              ("sẽ mở 2 lớp", 2), ("ngày 31/12", 31), ("ít nhất 1 nhóm", 1)]),
    Doc("h46_03", T03, DANH, m9(2019), D03, "text", facts=[
        F("Hội nghị cấp huyện: 04", 4, "study_sessions"),
        F("Số lớp ở cơ sở: 326", 326, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 21.784", 21784, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 95,86%", 95.86, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 903 người", 903, "other"),
        F("Lượt quần chúng dự nghe: 6.420", 6420, "study_attendance", a="masses"),
        F("Lớp sơ cấp lý luận chính trị: 05", 5, "training_classes"),
        F("học viên: 412 người", 412, "trainees"),
        F("Lớp bồi dưỡng đảng viên mới: 02 lớp", 2, "training_classes"),
        F("với 157 học viên", 157, "trainees"),
        F("nói chuyện thời sự: 118", 118, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 14.500", 14500, "propaganda_audience", "approx"),
        F("trang thông tin điện tử huyện: 735", 735, "news_items"),
        F("Đài Truyền thanh huyện: 1.120", 1120, "news_items"),
        F("Băng rôn, khẩu hiệu, pano: 2.340", 2340, "other"),
        F("Đợt sinh hoạt chính trị: 02", 2, "political_campaigns"),
        F("cho cơ sở: 186 triệu đồng", 186000000, "other"),
        F("Cộng tác viên dư luận xã hội: 48 đồng chí", 48, "opinion_collaborators",
          p=inst("2019-09-30")),
        F("Báo cáo dư luận xã hội: 27 định kỳ", 27, "opinion_reports"),
        F("6 đột xuất", 6, "opinion_reports"),
        F("Báo cáo viên cấp huyện: 41 đồng chí", 41, "reporters", p=end_of(m9(2019))),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể, 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGHU", 87), ("1. Học tập", 1), ("2. Bồi dưỡng", 2), ("3. Công tác", 3),
              ("4. Nắm bắt", 4), ("5. Khen thưởng", 5), ("ngày 02 tháng 10 năm 2019", 2),
              ("9 tháng đầu năm,", 9), ("3 tháng cuối năm 2019", 3),
              ("Hướng dẫn số 12-HD/BTGTU", 12), ("9 tháng đầu năm 2019", 9),
              ("Trung ương 7", 7), ("Chỉ thị 35-CT/TW", 35), ("50 năm", 50),
              ("74 năm", 74), ("tính đến 30/9/2019", 30), ("tháng 1,", 1),
              ("tháng 4", 4), ("tháng 7)", 7), ("bằng khen cho 2 tập thể", 2),
              ("23 xã", 23), ("1 thị trấn", 1), ("hơn 400 nghìn dân", 400000),
              ("3 THÁNG CUỐI NĂM 2019", 3), ("Tổ chức 02 hội nghị", 2),
              ("chuyên đề năm 2020", 2020), ("mở 04 lớp", 4), ("Phấn đấu 100%", 100),
              ("lần thứ XXV", 25), ("nhiệm kỳ 2020 - 2025", 2020), ("90 năm", 90),
              ("03/02/1930", 3), ("03/02/2020", 3)]),
    Doc("h46_04", T04, GLAM, term(2015, 2020), D04, "text", facts=[
        F("ban hành 168 văn bản", 168, "documents_issued"),
        F("tổ chức 27 hội nghị cấp huyện", 27, "study_sessions"),
        F("mở hơn 1.900 lớp", 1900, "study_sessions", "at_least"),
        F("trên 142 nghìn lượt cán bộ, đảng viên", 142000, "study_attendance", "at_least",
          a="party_members"),
        F("bình quân đạt 95,4%", 95.4, "study_participation_rate"),
        F("mở tám mươi hai lớp bồi dưỡng", 82, "training_classes"),
        F("gần 7.600 học viên", 7600, "trainees", "at_most"),
        F("hiện có 45 đồng chí", 45, "reporters", p=inst(D04)),
        F("tổ chức 20 hội nghị báo cáo viên", 20, "reporter_conferences"),
        F("hàng nghìn buổi tuyên truyền miệng", 1000, "oral_propaganda_sessions", "at_least"),
        F("ước tính 1,2 triệu lượt người nghe", 1200000, "propaganda_audience", "approx"),
        F("triển khai 5 đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("gần 9.300 bài dự thi", 9300, "contest_entries", "at_most"),
        F("khen thưởng 64 tập thể", 64, "commended_collectives"),
        F("64 tập thể và 131 cá nhân", 131, "commended_individuals"),
    ], traps=[("ngày 17/7/2020", 17), ("lần thứ XXV", 25), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 15", 15), ("17/7/2020 tại", 17), ("hơn 14.000 đảng viên", 14000),
              ("Nhiệm kỳ 2015 – 2020", 2015), ("33 đảng bộ, chi bộ cơ sở", 33),
              ("trong đó 36 lớp", 36), ("hơn 1.000 hộ", 1000), ("50 năm", 50),
              ("(1969 – 2019)", 1969), ("trao 1 giải Đặc biệt", 1), ("3 giải Nhất", 3),
              ("100% đảng viên", 100), ("30 ngày", 30), ("vào năm 2025", 2025)]),
]
