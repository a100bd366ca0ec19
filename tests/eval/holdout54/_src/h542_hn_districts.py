"""Held-out set holdout54, part 2: Hanoi districts before 2025-07-01 (a city article comparing
three western districts with a table whose columns are units, a portal article built on a district
official's words, a district portal's news on the 2016 election campaign).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor.

Decisions where the guide leaves room:
- a city article's headline "Hà Nội: ..." makes the city the article's unit; the city body's own
  work (Ban Tuyên giáo Thành ủy) is the province's, each district's figures are the district's;
- a table row of ranks ("Xếp thứ trong cụm") is a trap cell by cell; a numbers row in prose that
  only compares units (gaps in points) is a trap;
- "2 hội nghị cung cấp thông tin cho các cơ quan báo chí" (press briefings) are `other`;
- voters counted at the unit's propaganda sessions ("lượt cử tri tham dự") are
  propaganda_audience with audience `all` (cử tri is not in the masses list);
- "tổ chức 2 hội nghị cấp huyện ... trực tuyến, kết nối tới 24 điểm cầu": the sites are a trap,
  the attendances at the sites a fact;
- an article period given as "từ ngày 1/3/2016 đến nay" runs to the document date of its first
  sentence ("Ngày 18/5/2016, ...").
"""
from build_gold import Doc, F, U, end_of, h1, m9, month, quarter, since

HN = U("01")
CG, NTL, BTL = U("Quận Cầu Giấy"), U("Quận Nam Từ Liêm"), U("Quận Bắc Từ Liêm")
DA, SS = U("Huyện Đông Anh"), U("Huyện Sóc Sơn")

T04 = """
Cập nhật ngày 12-10-2017

Hà Nội: Ba quận phía Tây so kết quả công tác tuyên giáo 9 tháng

Ngày 11/10, Ban Tuyên giáo Thành ủy tổ chức giao ban công tác tuyên giáo 9 tháng năm 2017 với ba quận Cầu Giấy, Nam Từ Liêm và Bắc Từ Liêm. Đây là ba quận có tốc độ đô thị hóa nhanh, trên địa bàn có 9 trường đại học, học viện với gần 200 nghìn sinh viên.

Theo báo cáo, 9 tháng qua Ban Tuyên giáo Thành ủy đã tổ chức 7 hội nghị báo cáo viên Thành phố và 2 hội nghị cung cấp thông tin cho các cơ quan báo chí; cuộc thi trực tuyến “Tìm hiểu 100 năm Cách mạng Tháng Mười Nga” do Ban phát động thu hút 41.328 lượt người dự thi.

Kết quả chủ yếu của ba quận trong 9 tháng:

Chỉ tiêu | Quận Cầu Giấy | Quận Nam Từ Liêm | Quận Bắc Từ Liêm
Số hội nghị, lớp học tập, quán triệt | 42 | 37 | 35
Lượt đảng viên dự học | 8.614 | 7.020 | 6.488
Tỷ lệ đảng viên tham gia (%) | 97,3 | 95,8 | 96,1
Buổi nói chuyện chuyên đề | 58 | 44 | 61
Băng rôn, khẩu hiệu | 310 | 245 | 280
Xếp thứ trong cụm | 1 | 3 | 2

Cầu Giấy dẫn đầu ở hầu hết các chỉ tiêu, riêng số buổi nói chuyện chuyên đề đứng sau Bắc Từ Liêm. Quận ủy Cầu Giấy đã khen thưởng 14 tập thể, 26 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Tại Bắc Từ Liêm, trong 9 tháng có thêm 46 nhóm Zalo được lập ở các tổ dân phố, nâng tổng số lên 212 nhóm. Quận ủy Bắc Từ Liêm cũng mở 3 lớp bồi dưỡng nghiệp vụ cho 147 cán bộ làm công tác tuyên giáo cơ sở.

Đảng bộ quận Nam Từ Liêm có 62 tổ chức cơ sở đảng với hơn 7.300 đảng viên; tỷ lệ tham gia học tập của quận xếp cuối cụm, thấp hơn Cầu Giấy 1,5 điểm phần trăm. Ông Phạm Văn Tâm, Trưởng ban Tuyên giáo Quận ủy Nam Từ Liêm, cho biết: “Nhiều đảng viên làm việc ở doanh nghiệp, đi làm theo ca, nên quý III chúng tôi đã mở 12 lớp học bù vào buổi tối và cuối tuần.”

Phát biểu kết luận, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy đề nghị ba quận trong quý IV tập trung tuyên truyền kỷ niệm 100 năm Cách mạng Tháng Mười Nga, chuẩn bị sơ kết 10 năm thực hiện Nghị quyết 15 của Quốc hội về điều chỉnh địa giới hành chính Thủ đô.
"""

T05 = """
Cập nhật 15/07/2021 09:40

Đông Anh: Giữ mạch tuyên truyền trong những ngày giãn cách

Sáu tháng đầu năm 2021, dù dịch Covid-19 nhiều lần bùng phát, công tác tuyên giáo của huyện Đông Anh vẫn được duy trì nền nếp. Theo bà Nguyễn Thị Hồng Hạnh, Trưởng ban Tuyên giáo Huyện ủy Đông Anh, cái khó lớn nhất là việc học tập Nghị quyết Đại hội XIII của Đảng diễn ra đúng lúc các cuộc họp tập trung chỉ được tổ chức với dưới 30 người.

“Huyện ủy tổ chức 2 hội nghị cấp huyện theo hình thức trực tuyến, kết nối tới 24 điểm cầu xã, thị trấn, với 3.860 lượt cán bộ, đảng viên dự tại các điểm cầu. Các chi bộ sau đó mở 412 lớp, tỷ lệ đảng viên tham gia đạt 97,45%”, bà Hạnh cho biết.

Đông Anh là huyện có 23 xã, 1 thị trấn với gần 400 nghìn dân; các khu công nghiệp Thăng Long, Bắc Thăng Long – Nội Bài thu hút trên 50.000 lao động. Vì vậy, bên cạnh hội nghị, huyện đẩy mạnh các kênh thông tin khác. “Sáu tháng qua, chúng tôi đăng 926 tin, bài trên cổng thông tin điện tử huyện; Đài Truyền thanh huyện phát 180 chương trình thời sự và 26 kỳ chuyên mục nông thôn mới. Đội xe tuyên truyền lưu động chạy 96 lượt qua các khu công nghiệp”, bà Hạnh nói.

Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026 diễn ra ngày 23/5/2021. Trước đó, Ban Tuyên giáo Huyện ủy phối hợp tổ chức 135 buổi tuyên truyền về bầu cử tại các thôn, xóm, thu hút khoảng 11.200 lượt người dân. Huyện chia địa bàn thành 186 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,87%.

Cụ Nguyễn Văn Lục, 82 tuổi, ở thôn Cổ Loa, chia sẻ: “Năm nào tôi cũng đi bầu sớm. Năm nay con cháu đọc cho nghe tiểu sử 9 ứng cử viên trên nhóm Zalo của thôn, tôi nắm rõ lắm.”

Công tác nắm bắt dư luận được chú trọng. Theo bà Hạnh, đội ngũ 57 cộng tác viên dư luận xã hội của huyện đã gửi 64 báo cáo về tâm trạng của Nhân dân trong thời gian giãn cách. Dịp tổng kết bầu cử, Huyện ủy khen thưởng 18 tập thể và 35 cá nhân.

Sáu tháng cuối năm, Đông Anh dự kiến tổ chức 40 – 45 buổi nói chuyện chuyên đề về Luật Thủ đô năm 2012 và phấn đấu mỗi thôn có ít nhất 1 nhóm Zalo. “Chúng tôi cũng sẽ mở 3 lớp bồi dưỡng cho đội ngũ báo cáo viên cơ sở”, bà Hạnh nói thêm.
"""

T06 = """
Sóc Sơn: Hơn hai tháng cao điểm tuyên truyền bầu cử

Ngày 18/5/2016, Ban Tuyên giáo Huyện ủy Sóc Sơn cho biết, từ ngày 1/3/2016 đến nay, toàn huyện đã triển khai đồng bộ nhiều hình thức tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021, hướng tới ngày bầu cử 22/5.

Theo đó, Ban Tuyên giáo Huyện ủy phối hợp với Ủy ban MTTQ huyện tổ chức 2 hội nghị báo cáo viên chuyên đề về bầu cử và ban hành 06 văn bản hướng dẫn nội dung tuyên truyền. Các xã, thị trấn tổ chức 214 buổi tuyên truyền tại thôn, xóm với khoảng 16.500 lượt cử tri tham dự. Số buổi tuyên truyền tăng gần 1,5 lần so với cuộc bầu cử năm 2011.

Toàn huyện treo 2.380 băng rôn, khẩu hiệu và 146 pano cỡ lớn dọc Quốc lộ 3, Quốc lộ 2 và các tuyến đường vào Cảng hàng không quốc tế Nội Bài. Đài Truyền thanh huyện phát 124 tin, bài và 18 phóng sự; bản tin “Sóc Sơn ngày mới” ra 8 số chuyên đề bầu cử, mỗi số in 3.000 bản. Riêng tháng 4/2016, đoàn viên thanh niên các xã tổ chức 52 buổi tuyên truyền lưu động bằng xe đạp, loa cầm tay.

Sóc Sơn là huyện có diện tích lớn nhất Thành phố, khoảng 305 km², với 25 xã, 1 thị trấn, nhiều thôn ở vùng đồi gò xa trung tâm. Các chi bộ thôn đã tổ chức 268 buổi sinh hoạt chuyên đề về quyền và nghĩa vụ của cử tri.

Ông Đỗ Văn Thìn, trưởng thôn Đông Xuân, xã Phù Linh, kể: “Thôn tôi 412 cử tri, lần nào họp cũng kín hội trường. Năm 2011 bà con còn hỏi bầu mấy người, năm nay thì ai cũng nắm được danh sách.”

Ban Thường vụ Huyện ủy đã biểu dương 6 tập thể làm tốt công tác tuyên truyền đợt 1. Sau ngày bầu cử, huyện dự kiến khen thưởng thêm 10 tập thể, 20 cá nhân và tổ chức 25 hội nghị tuyên truyền kết quả bầu cử trong tháng 6.
"""

D04, D05, D06 = "2017-10-12", "2021-07-15", "2016-05-18"
SPAN06 = since("2016-03-01", D06)

DOCS = [
    Doc("h54_04", T04, HN, m9(2017), D04, "text", facts=[
        F("tổ chức 7 hội nghị báo cáo viên Thành phố", 7, "reporter_conferences"),
        F("2 hội nghị cung cấp thông tin", 2, "other"),
        F("thu hút 41.328 lượt người dự thi", 41328, "contest_entries"),
        F("quán triệt | 42", 42, "study_sessions", unit=CG),
        F("42 | 37", 37, "study_sessions", unit=NTL),
        F("37 | 35", 35, "study_sessions", unit=BTL),
        F("dự học | 8.614", 8614, "study_attendance", a="party_members", unit=CG),
        F("8.614 | 7.020", 7020, "study_attendance", a="party_members", unit=NTL),
        F("7.020 | 6.488", 6488, "study_attendance", a="party_members", unit=BTL),
        F("(%) | 97,3", 97.3, "study_participation_rate", unit=CG),
        F("97,3 | 95,8", 95.8, "study_participation_rate", unit=NTL),
        F("95,8 | 96,1", 96.1, "study_participation_rate", unit=BTL),
        F("chuyên đề | 58", 58, "oral_propaganda_sessions", unit=CG),
        F("58 | 44", 44, "oral_propaganda_sessions", unit=NTL),
        F("44 | 61", 61, "oral_propaganda_sessions", unit=BTL),
        F("khẩu hiệu | 310", 310, "other", unit=CG),
        F("310 | 245", 245, "other", unit=NTL),
        F("245 | 280", 280, "other", unit=BTL),
        F("khen thưởng 14 tập thể", 14, "commended_collectives", unit=CG),
        F("14 tập thể, 26 cá nhân", 26, "commended_individuals", unit=CG),
        F("nâng tổng số lên 212 nhóm", 212, "chat_groups", unit=BTL, p=end_of(m9(2017))),
        F("mở 3 lớp bồi dưỡng nghiệp vụ", 3, "training_classes", unit=BTL),
        F("cho 147 cán bộ", 147, "trainees", unit=BTL),
        F("mở 12 lớp học bù", 12, "study_sessions", unit=NTL, p=quarter(3, 2017)),
    ], traps=[("Cập nhật ngày 12-10-2017", 12), ("Ngày 11/10", 11), ("9 tháng năm 2017", 9),
              ("9 trường đại học", 9), ("gần 200 nghìn sinh viên", 200000),
              ("9 tháng qua", 9), ("100 năm", 100), ("trong 9 tháng", 9),
              ("Xếp thứ trong cụm | 1", 1), ("| 1 | 3", 3), ("| 3 | 2", 2),
              ("thêm 46 nhóm", 46), ("62 tổ chức cơ sở đảng", 62),
              ("hơn 7.300 đảng viên", 7300), ("1,5 điểm phần trăm", 1.5), ("10 năm", 10),
              ("Nghị quyết 15", 15)]),
    Doc("h54_05", T05, DA, h1(2021), D05, "text", facts=[
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions"),
        F("với 3.860 lượt cán bộ, đảng viên", 3860, "study_attendance", a="party_members"),
        F("mở 412 lớp", 412, "study_sessions"),
        F("tham gia đạt 97,45%", 97.45, "study_participation_rate"),
        F("đăng 926 tin, bài", 926, "news_items"),
        F("phát 180 chương trình thời sự", 180, "news_items"),
        F("26 kỳ chuyên mục", 26, "news_items"),
        F("chạy 96 lượt", 96, "other"),
        F("tổ chức 135 buổi tuyên truyền", 135, "oral_propaganda_sessions"),
        F("khoảng 11.200 lượt người dân", 11200, "propaganda_audience", "approx", a="masses"),
        F("đội ngũ 57 cộng tác viên", 57, "opinion_collaborators", p=end_of(h1(2021))),
        F("gửi 64 báo cáo", 64, "opinion_reports"),
        F("khen thưởng 18 tập thể", 18, "commended_collectives"),
        F("18 tập thể và 35 cá nhân", 35, "commended_individuals"),
    ], traps=[("15/07/2021", 15), ("09:40", 9), ("Sáu tháng đầu năm 2021", 2021),
              ("Covid-19", 19), ("dưới 30 người", 30), ("24 điểm cầu", 24), ("23 xã", 23),
              ("1 thị trấn", 1), ("gần 400 nghìn dân", 400000),
              ("trên 50.000 lao động", 50000), ("nhiệm kỳ 2021 – 2026", 2021),
              ("ngày 23/5/2021", 23), ("186 khu vực bỏ phiếu", 186), ("99,87%", 99.87),
              ("82 tuổi", 82), ("9 ứng cử viên", 9), ("40 – 45 buổi", 40),
              ("Luật Thủ đô năm 2012", 2012), ("ít nhất 1 nhóm Zalo", 1), ("mở 3 lớp", 3)]),
    Doc("h54_06", T06, SS, SPAN06, D06, "text", facts=[
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("ban hành 06 văn bản", 6, "documents_issued"),
        F("tổ chức 214 buổi tuyên truyền", 214, "oral_propaganda_sessions"),
        F("khoảng 16.500 lượt cử tri", 16500, "propaganda_audience", "approx"),
        F("treo 2.380 băng rôn", 2380, "other"),
        F("146 pano cỡ lớn", 146, "other"),
        F("phát 124 tin, bài", 124, "news_items"),
        F("18 phóng sự", 18, "news_items"),
        F("ra 8 số chuyên đề", 8, "news_items"),
        F("tổ chức 52 buổi tuyên truyền lưu động", 52, "oral_propaganda_sessions",
          p=month(4, 2016)),
        F("tổ chức 268 buổi sinh hoạt chuyên đề", 268, "party_cell_discussions"),
        F("biểu dương 6 tập thể", 6, "commended_collectives"),
    ], traps=[("Ngày 18/5/2016", 18), ("từ ngày 1/3/2016", 1),
              ("nhiệm kỳ 2016 – 2021", 2016), ("ngày bầu cử 22/5", 22),
              ("gần 1,5 lần", 1.5), ("năm 2011", 2011), ("Quốc lộ 3", 3), ("Quốc lộ 2", 2),
              ("mỗi số in 3.000 bản", 3000), ("tháng 4/2016", 4), ("khoảng 305 km²", 305),
              ("25 xã", 25), ("1 thị trấn", 1), ("412 cử tri", 412), ("Năm 2011", 2011),
              ("đợt 1", 1), ("thêm 10 tập thể", 10), ("20 cá nhân", 20),
              ("tổ chức 25 hội nghị", 25), ("tháng 6", 6)]),
]
