"""holdout39, part 2: Ho Chi Minh City districts before 2025-07-01 (Quận 3 2018, three
districts on NQ TW 4 khóa XIII in 2022, Củ Chi and Cần Giờ in 2016).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor.

Decisions where the guide leaves room:
- A terse list's "Lớp ở các chi, đảng bộ cơ sở: 86" under "* Học tập, quán triệt NQ:" is
  study_sessions; "ĐV chưa học (...): 97" is `other` (those who did not take part).
- "Dù tháng 1 chỉ tổ chức được 12 lớp ..." is a fact dated January (a concession dates its own
  clause); "cả quý" after it keeps the article's quarter.
- A class a district opened with the city's Trường Cán bộ ("phối hợp ... mở 1 lớp") is the
  district's; its "cho 120 cán bộ chủ chốt" are trainees.
- "đã 11 lần ra đảo nói chuyện" counts 11 oral propaganda sessions (its times); the district
  radio's programmes and episodes are the district's news_items.
- A text table with a unit per column: each cell is that column's unit's fact.
"""
from build_gold import Doc, F, U, inst, month, quarter, year

Q3, Q1, Q10, BT = U("Quận 3"), U("Quận 1"), U("Quận 10"), U("Quận Bình Thạnh")
CC, CGI = U("Huyện Củ Chi"), U("Huyện Cần Giờ")

T04 = """
QUẬN ỦY Q.3 – BAN TUYÊN GIÁO
TÓM TẮT KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ III/2018
(tài liệu phục vụ giao ban Cụm thi đua 2)

* Học tập, quán triệt NQ:
– Hội nghị cấp quận: 02 (NQ TW 7 khóa XII về cán bộ, BHXH, tiền lương)
– Lớp ở các chi, đảng bộ cơ sở: 86
– Lượt CB, ĐV dự: 7.215; đạt 95,4%
– Lượt quần chúng dự nghe: 1.980
– ĐV chưa học (ốm, đi nước ngoài): 97

* Tuyên truyền miệng, cổ động:
– Buổi nói chuyện chuyên đề, thời sự: 47 – lượt nghe: khoảng 3.900
– Tin, bài trên trang TTĐT quận: 132; trên Zalo OA “Quận 3 ngày nay”: 58
– Lượt xe loa lưu động: 64
– Pano, băng rôn (73 năm CMT8 và Quốc khánh 2/9): 540

* Bồi dưỡng chính trị (TTBDCT quận):
– Lớp bồi dưỡng ĐV mới: 02; học viên: 146 người
– Lớp nhận thức về Đảng: 01 – học viên: 88

* Dư luận XH:
– CTV DLXH: 37 đồng chí (tính đến 30/9/2018)
– Báo cáo DLXH: 12 định kỳ, 4 đột xuất (chủ yếu về dự án cải tạo kênh Nhiêu Lộc – Thị Nghè, chung cư cũ xuống cấp và giá điện)

* Chi bộ: 118 buổi thảo luận chi bộ về chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2018.

* Khen thưởng: BTV QU khen 4 tập thể, 9 cá nhân (sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW).

* Đánh giá chung: lượt quần chúng dự nghe tăng 312 lượt so với quý II/2018 nhờ các phường 9, 12, 13 mở lớp vào buổi tối; tỷ lệ ĐV dự học vẫn thấp hơn chỉ tiêu 97% của Quận ủy, một số chi bộ khu phố còn chậm báo cáo kết quả.

* Nhiệm vụ quý IV/2018:
– Hội thi BCV giỏi cấp quận (dự kiến 20 thí sinh, 3 vòng thi).
– Tổng kết 10 năm thực hiện NQ TW 6 khóa X về xây dựng giai cấp công nhân (trước 15/12/2018).
– Phấn đấu 100% chi bộ sinh hoạt chuyên đề đúng định kỳ.

Liên hệ: Ban TG QU Q.3, 185 Cách Mạng Tháng Tám, phường 5; ĐT: 028.3930.5617
"""

T05 = """
Cập nhật ngày 06-04-2022

Quận 1, Quận 10, Bình Thạnh: Hoàn thành học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII

(Thanhuytphcm.vn) – Trong quý I năm 2022, các Quận ủy Q.1, Q.10 và Bình Thạnh đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII và Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị, dù nhiều cán bộ, đảng viên vừa trải qua những tháng chống dịch Covid-19 căng thẳng ở TPHCM.

* Quận 1
Quận ủy Q1 tổ chức 2 hội nghị cho cán bộ chủ chốt của quận và 10 đảng bộ phường; các đảng bộ phường, chi bộ cơ sở mở 148 lớp với 9.865 lượt cán bộ, đảng viên, đạt 96,7%. Là Cụm trưởng Cụm thi đua 1, quận Nhất còn tổ chức học tập trực tuyến kết nối 26 điểm cầu để các đảng viên đang cách ly vẫn theo dõi được.

* Quận 10
Dù tháng 1 chỉ tổ chức được 12 lớp do trùng cao điểm chuẩn bị Tết, cả quý Quận ủy Quận 10 vẫn tổ chức 1 hội nghị cấp quận, các đảng bộ phường mở 117 lớp, thu hút 8.042 lượt cán bộ, đảng viên và 1.356 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 95,18%. Còn 412 đảng viên chưa tham gia do ốm đau, cao tuổi; Quận ủy yêu cầu các chi bộ tổ chức học bù trong tháng 4.

* Quận Bình Thạnh
Ban Tuyên giáo Quận ủy Bình Thạnh phối hợp Trường Cán bộ Thành phố mở 1 lớp bồi dưỡng chuyên sâu về nghị quyết cho 120 cán bộ chủ chốt. 20 đảng bộ phường và 27 chi, đảng bộ cơ sở đã mở 206 lớp với 14.730 lượt cán bộ, đảng viên (đạt 97,02%).

Theo bà Trần Thị Mai, Phó Trưởng ban Tuyên giáo Quận ủy Bình Thạnh, để đảng viên lớn tuổi dễ nắm nội dung, quận biên soạn tài liệu hỏi – đáp ngắn gọn. “Chúng tôi in 3.000 cuốn phát tới từng chi bộ, mỗi cuốn dày 48 trang, chữ to để các cô chú dễ đọc”, bà Mai cho biết.

Theo kế hoạch, trong quý II, Ban Tuyên giáo Thành ủy sẽ kiểm tra việc học tập nghị quyết tại 5 quận, huyện.
"""

T06 = """
Củ Chi, Cần Giờ: Năm bầu cử, tuyên truyền về tận ấp

Năm 2016, năm diễn ra cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021, hai huyện ngoại thành Củ Chi và Cần Giờ đã tập trung đưa thông tin về bầu cử và Nghị quyết Đại hội XII của Đảng đến từng ấp, từng hộ dân. Ban Tuyên giáo hai Huyện ủy tổng hợp kết quả cả năm như sau:

Chỉ tiêu | Huyện Củ Chi | Huyện Cần Giờ
Hội nghị, lớp học tập Nghị quyết Đại hội XII | 214 | 63
Lượt đảng viên dự học | 12.804 | 3.117
Tỷ lệ đảng viên tham gia (%) | 96,35 | 97,8
Buổi tuyên truyền miệng về bầu cử | 286 | 74
Văn bản chỉ đạo đã ban hành | 34 | 19
Số đảng viên chưa tham gia | 486 | 72

Củ Chi có 20 xã và 1 thị trấn với gần 400 nghìn dân, nhiều ấp nằm xa trung tâm huyện. Ngoài các buổi nói chuyện, Huyện ủy Củ Chi còn tổ chức 3 đợt triển lãm ảnh lưu động “Đất thép thành đồng” tại các chợ, trường học. Ông Huỳnh Văn Tám, 67 tuổi, ấp Phú Hiệp, xã Phú Hòa Đông, kể: “Nhà tôi 4 cử tri, ngày 22/5 cả nhà đi bầu từ 7 giờ sáng, ai cũng biết mặt ứng cử viên vì ấp đã họp giới thiệu mấy lần.” Dịp tổng kết, Huyện ủy Củ Chi khen thưởng 14 tập thể và 31 cá nhân; đề nghị UBND Thành phố tặng bằng khen cho 3 tập thể.

Cần Giờ là huyện duy nhất của Thành phố giáp biển, diện tích khoảng 704 km². Để đưa thông tin đến xã đảo Thạnh An, nơi có khoảng 4.500 người dân, cán bộ Ban Tuyên giáo Huyện ủy Cần Giờ đã 11 lần ra đảo nói chuyện chuyên đề, mỗi chuyến đi về mất gần 3 giờ ca nô. Đài Truyền thanh huyện phát 96 chương trình thời sự và 24 kỳ chuyên mục “Cần Giờ với biển đảo”. Tỷ lệ cử tri đi bầu của huyện đạt 99,71%.
"""

D04, D05, D06 = "2018-10-04", "2022-04-06", "2017-01-16"

DOCS = [
    Doc("h39_04", T04, Q3, quarter(3, 2018), D04, "sidecar", meta={"date": D04}, facts=[
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("chi, đảng bộ cơ sở: 86", 86, "study_sessions"),
        F("Lượt CB, ĐV dự: 7.215", 7215, "study_attendance", a="party_members"),
        F("đạt 95,4%", 95.4, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.980", 1980, "study_attendance", a="masses"),
        F("đi nước ngoài): 97", 97, "other"),
        F("thời sự: 47", 47, "oral_propaganda_sessions"),
        F("lượt nghe: khoảng 3.900", 3900, "propaganda_audience", "approx"),
        F("trang TTĐT quận: 132", 132, "news_items"),
        F("ngày nay”: 58", 58, "news_items"),
        F("Lượt xe loa lưu động: 64", 64, "other"),
        F("Quốc khánh 2/9): 540", 540, "other"),
        F("Lớp bồi dưỡng ĐV mới: 02", 2, "training_classes"),
        F("học viên: 146 người", 146, "trainees"),
        F("Lớp nhận thức về Đảng: 01", 1, "training_classes"),
        F("học viên: 88", 88, "trainees"),
        F("CTV DLXH: 37 đồng chí", 37, "opinion_collaborators", p=inst("2018-09-30")),
        F("Báo cáo DLXH: 12 định kỳ", 12, "opinion_reports"),
        F("4 đột xuất", 4, "opinion_reports"),
        F("118 buổi thảo luận chi bộ", 118, "party_cell_discussions"),
        F("khen 4 tập thể", 4, "commended_collectives"),
        F("9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Q.3", 3), ("III/2018", 2018), ("Cụm thi đua 2", 2), ("TW 7", 7),
              ("“Quận 3", 3), ("73 năm", 73), ("Quốc khánh 2/9", 2), ("30/9/2018", 30),
              ("năm 2018.", 2018), ("2 năm", 2), ("Chỉ thị 05-CT/TW", 5), ("IV/2018", 2018),
              ("tăng 312 lượt", 312), ("quý II/2018", 2018),
              ("phường 9, 12, 13", 9), ("12, 13", 12), ("13 mở lớp", 13),
              ("chỉ tiêu 97%", 97), ("20 thí sinh", 20), ("3 vòng thi", 3), ("10 năm", 10), ("TW 6", 6),
              ("15/12/2018", 15), ("100% chi bộ", 100), ("185 Cách Mạng Tháng Tám", 185),
              ("phường 5", 5), ("028.3930.5617", 28)]),
    Doc("h39_05", T05, Q1, quarter(1, 2022), D05, "text", facts=[
        F("tổ chức 2 hội nghị", 2, "study_sessions", unit=Q1),
        F("mở 148 lớp", 148, "study_sessions", unit=Q1),
        F("9.865 lượt cán bộ, đảng viên", 9865, "study_attendance", a="party_members",
          unit=Q1),
        F("đạt 96,7%", 96.7, "study_participation_rate", unit=Q1),
        F("chỉ tổ chức được 12 lớp", 12, "study_sessions", unit=Q10, p=month(1, 2022)),
        F("tổ chức 1 hội nghị cấp quận", 1, "study_sessions", unit=Q10),
        F("mở 117 lớp", 117, "study_sessions", unit=Q10),
        F("8.042 lượt cán bộ, đảng viên", 8042, "study_attendance", a="party_members",
          unit=Q10),
        F("1.356 lượt quần chúng", 1356, "study_attendance", a="masses", unit=Q10),
        F("đạt 95,18%", 95.18, "study_participation_rate", unit=Q10),
        F("Còn 412 đảng viên", 412, "other", unit=Q10),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes", unit=BT),
        F("cho 120 cán bộ chủ chốt", 120, "trainees", unit=BT),
        F("mở 206 lớp", 206, "study_sessions", unit=BT),
        F("14.730 lượt cán bộ, đảng viên", 14730, "study_attendance", a="party_members",
          unit=BT),
        F("(đạt 97,02%)", 97.02, "study_participation_rate", unit=BT),
        F("in 3.000 cuốn", 3000, "other", unit=BT),
    ], traps=[("06-04-2022", 6), ("Quận 1,", 1), ("Quận 10,", 10),
              ("Trung ương 4", 4), ("năm 2022", 2022), ("Q.1", 1), ("Q.10", 10),
              ("21-KL/TW", 21), ("Covid-19", 19), ("* Quận 1", 1), ("Q1", 1),
              ("10 đảng bộ phường", 10), ("Cụm thi đua 1", 1), ("26 điểm cầu", 26),
              ("* Quận 10", 10), ("Quận ủy Quận 10", 10), ("tháng 4", 4),
              ("20 đảng bộ phường", 20), ("27 chi, đảng bộ", 27), ("dày 48 trang", 48),
              ("5 quận, huyện", 5)]),
    Doc("h39_06", T06, CC, year(2016), D06, "sidecar", meta={"date": D06}, facts=[
        F("Đại hội XII | 214", 214, "study_sessions", unit=CC),
        F("| 214 | 63", 63, "study_sessions", unit=CGI),
        F("dự học | 12.804", 12804, "study_attendance", a="party_members", unit=CC),
        F("12.804 | 3.117", 3117, "study_attendance", a="party_members", unit=CGI),
        F("(%) | 96,35", 96.35, "study_participation_rate", unit=CC),
        F("96,35 | 97,8", 97.8, "study_participation_rate", unit=CGI),
        F("bầu cử | 286", 286, "oral_propaganda_sessions", unit=CC),
        F("286 | 74", 74, "oral_propaganda_sessions", unit=CGI),
        F("ban hành | 34", 34, "documents_issued", unit=CC),
        F("34 | 19", 19, "documents_issued", unit=CGI),
        F("chưa tham gia | 486", 486, "other", unit=CC),
        F("486 | 72", 72, "other", unit=CGI),
        F("tổ chức 3 đợt triển lãm", 3, "other", unit=CC),
        F("khen thưởng 14 tập thể", 14, "commended_collectives", unit=CC),
        F("31 cá nhân", 31, "commended_individuals", unit=CC),
        F("đã 11 lần ra đảo nói chuyện", 11, "oral_propaganda_sessions", unit=CGI),
        F("phát 96 chương trình thời sự", 96, "news_items", unit=CGI),
        F("24 kỳ chuyên mục", 24, "news_items", unit=CGI),
    ], traps=[("Năm 2016", 2016), ("nhiệm kỳ 2016 – 2021", 2016), ("20 xã", 20),
              ("1 thị trấn", 1), ("gần 400 nghìn dân", 400000), ("67 tuổi", 67),
              ("4 cử tri", 4), ("ngày 22/5", 22), ("7 giờ sáng", 7),
              ("bằng khen cho 3 tập thể", 3), ("khoảng 704 km²", 704),
              ("khoảng 4.500 người dân", 4500), ("gần 3 giờ", 3), ("đạt 99,71%", 99.71)]),
]
