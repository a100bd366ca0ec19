"""holdout50, part 2: Ho Chi Minh City's Quận 3, Phú Nhuận and Quận 1 before the 2025 reform,
2017-2023: a formal half-year report, a quarterly briefing with a table of two quarters, a
monthly bulletin with emoji list lines and an article whose sections cover three districts.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or
running the extractor or any other evaluation set.

Decisions taken where the guide leaves room:
- A table whose columns are two quarters: each column's numbers are facts of its quarter (also
  the earlier quarter, Q4/2021, in a Q1/2022 briefing); the "Tăng, giảm" column is a trap.
- "lập thêm 47 nhóm Zalo khu phố, nâng tổng số lên 214 nhóm": 214 is the stock (no "hiện có"
  before it, so an instant at the end of the bulletin's month); 47 is a trap; the members
  after "hiện có" are an instant at the (sidecar) document date.
- "Phối hợp Trường Cán bộ Thành phố, quận mở 2 lớp": the district is the unit (partner rule).
- "mỗi số 4 trang", "mỗi cuốn 36 trang": per-item page counts (traps); "in 6.000 bản" and
  "in 3.000 cuốn": copies printed (`other`).
- A grassroots secretary's quotation ("chi bộ tôi 37 đảng viên") is an anecdote.
- In the three-district article, bare "hội nghị"/"lớp" in each section count the lead's study.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter

Q1, Q3, PN = U("Quận 1"), U("Quận 3"), U("Quận Phú Nhuận")

T05 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 3
BAN TUYÊN GIÁO
*
Số 58-BC/BTGQU

Quận 3, ngày 05 tháng 7 năm 2017

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2017,
phương hướng, nhiệm vụ 6 tháng cuối năm 2017

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt các nghị quyết, chỉ thị
Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản (gồm 6 kế hoạch, 11 hướng dẫn) về học tập, quán triệt và tuyên truyền. Kết quả học tập, quán triệt Nghị quyết Trung ương 4 khóa XII:
- Hội nghị cấp quận: 02
- Lớp ở các đảng bộ, chi bộ cơ sở: 71
- Lượt cán bộ, đảng viên dự: 8.914; tỷ lệ: 95,8%
- Lượt quần chúng dự nghe: 1.306

Các chi bộ tổ chức 263 buổi sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách quần chúng, dân chủ, nêu gương” năm 2017.

2. Tuyên truyền miệng và báo cáo viên
- Hội nghị báo cáo viên: 03
- Báo cáo viên cấp quận: 38 đồng chí (tính đến 30/6/2017)
- Buổi tuyên truyền miệng: 145; lượt người nghe: khoảng 12.300
Phối hợp Trường Cán bộ Thành phố, quận mở 2 lớp bồi dưỡng kỹ năng tuyên truyền miệng cho 164 học viên là báo cáo viên, tuyên truyền viên cơ sở.

3. Thông tin trên trang thông tin điện tử, mạng xã hội
- Tin, bài đăng trên trang thông tin điện tử quận: 312; trên fanpage “Tuổi trẻ Quận 3”: 205
- Tờ gấp in và phát tới các khu phố: 15.000
- Kinh phí hỗ trợ in tài liệu tuyên truyền cho cơ sở: 120 triệu đồng

4. Nắm bắt dư luận xã hội
Quận hiện có 65 cộng tác viên dư luận xã hội tại 14 phường. Trong 6 tháng, đội ngũ này đã gửi 24 báo cáo định kỳ và 7 báo cáo đột xuất về tình hình tư tưởng, dư luận, tập trung vào việc chỉnh trang vỉa hè và dự án tuyến metro số 2 (tổng mức đầu tư hơn 47.800 tỷ đồng) đi qua địa bàn quận.

5. Thi đua, khen thưởng
Sơ kết 1 năm thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Quận ủy khen thưởng 10 tập thể và 21 cá nhân; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2017
1. Tổ chức học tập Nghị quyết Trung ương 5 khóa XII cho 100% cán bộ, đảng viên trước ngày 30/9/2017.
2. Mở thêm 4 lớp bồi dưỡng nghiệp vụ; tổ chức Hội thi báo cáo viên giỏi lần thứ III.
3. Phấn đấu mỗi phường có ít nhất 01 nhóm Zalo của cộng tác viên dư luận xã hội.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VT.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
"""

T06 = """
Phú Nhuận: Giao ban công tác tuyên giáo quý I/2022

Ngày 8/4/2022, Ban Tuyên giáo Quận ủy Phú Nhuận tổ chức hội nghị giao ban công tác tuyên giáo quý I năm 2022 với ban tuyên giáo 13 đảng ủy phường và các chi, đảng bộ cơ sở.

Sau gần 4 tháng giãn cách xã hội vì dịch Covid-19 trong năm 2021, các hoạt động tập trung dần được khôi phục. Quận tập trung tuyên truyền kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2022), Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XI. Kết quả một số mặt công tác trong hai quý gần nhất:

Nội dung | Quý IV/2021 | Quý I/2022 | Tăng, giảm
Hội nghị, lớp học tập nghị quyết | 38 | 52 | +14
Lượt cán bộ, đảng viên dự học | 6.105 | 8.237 | +2.132
Buổi tuyên truyền miệng | 74 | 61 | -13
Tin, bài trên fanpage quận | 215 | 268 | +53

“Quý I, các chi bộ đã tổ chức 186 buổi thảo luận về xây dựng, chỉnh đốn Đảng theo Kết luận 21-KL/TW. Trang thông tin điện tử của quận cũng được nâng cấp, lượt truy cập tăng gấp rưỡi”, bà Phạm Thị Ngọc Bích, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Phú Nhuận cho biết.

Tính đến ngày 31/3/2022, các khu phố trên địa bàn quận duy trì 338 nhóm Zalo với 29.700 thành viên. Trong quý, Ban Tuyên giáo Quận ủy tiếp nhận 11 báo cáo của cộng tác viên về tâm trạng của người dân khi quận mở cửa trở lại các hoạt động văn hóa, thể thao. Quận ủy cũng khen thưởng đột xuất 3 tập thể và 4 cá nhân có thành tích trong phòng, chống dịch.

Ông Trần Văn Lộc, tổ trưởng tổ dân phố 42, phường 9, chia sẻ: “Nhóm của tổ có 165 thành viên, gần như nhà nào cũng có người tham gia, có việc gì nhắn một câu là cả tổ biết”.

Quý II năm 2022, quận sẽ tổ chức Hội thi “Báo cáo viên giỏi” lần thứ IV và phấn đấu nâng số thành viên nhóm Zalo lên 35.000 người.
"""

T07 = """
QUẬN ỦY QUẬN 1
BAN TUYÊN GIÁO

BẢN TIN CÔNG TÁC TUYÊN GIÁO – SỐ 03 (THÁNG 3/2020)

Tháng 3/2020, dịch Covid-19 diễn biến phức tạp, Ban Tuyên giáo Quận ủy Quận 1 chuyển trọng tâm sang tuyên truyền phòng, chống dịch, đồng thời chuẩn bị cho Đại hội đại biểu Đảng bộ quận lần thứ XI, nhiệm kỳ 2020 – 2025. Kết quả nổi bật trong tháng:

✅ Trước khi tạm dừng sinh hoạt tập trung, các chi bộ đã mở 23 lớp học tập Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, với 1.468 lượt đảng viên tham dự.
✅ Đăng 318 tin, bài, infographic trên trang thông tin điện tử và fanpage “Quận 1 – Trái tim Thành phố”.
✅ Phát hành 02 số bản tin đặc biệt về phòng, chống dịch, in 6.000 bản, mỗi số 4 trang.
✅ 10 phường lập thêm 47 nhóm Zalo khu phố, nâng tổng số lên 214 nhóm; các nhóm hiện có khoảng 38.500 thành viên.
✅ Phát 25.000 tờ rơi hướng dẫn phòng dịch tới từng hộ dân, cơ sở lưu trú, khách sạn.
✅ Đội xe tuyên truyền lưu động chạy 476 lượt trên các tuyến phố chính.
✅ Cộng tác viên dư luận xã hội gửi 9 báo cáo nhanh về tâm trạng người dân, tiểu thương chợ Bến Thành.

Từ ngày 28/3, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 và hướng dẫn của Thành phố, các buổi sinh hoạt chi bộ chỉ được tổ chức với dưới 10 người hoặc chuyển sang hình thức trực tuyến.

Chị Lê Ngọc Hân, tiểu thương chợ Bến Thành, kể: “Sạp tôi bán 20 năm, chưa tháng nào vắng như tháng này, nhưng đọc tin trên nhóm Zalo của phường thì yên tâm hơn”.

Đồng chí Nguyễn Hoàng Phúc, Phó Trưởng ban Tuyên giáo Quận ủy Quận 1, cho biết: “Trong tháng, Ban đã biên tập 12 video clip ngắn hướng dẫn người dân cách phòng dịch, được chia sẻ rộng rãi trên mạng xã hội”.

Tháng 4/2020, Ban Tuyên giáo Quận ủy sẽ tiếp tục tuyên truyền phòng dịch, chuẩn bị tài liệu cho 10 đại hội đảng bộ phường và dự kiến phát hành thêm 01 số bản tin đặc biệt.
"""

T08 = """
Quận 1, Quận 3, Phú Nhuận: Hoàn thành học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII

Cập nhật ngày 05-01-2024

(Thanhuytphcm.vn) – Trong tháng 12/2023, Quận ủy Quận 1, Quận 3 và Phú Nhuận đã cơ bản hoàn thành việc học tập, quán triệt các nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII, trong đó có Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới.

* Quận 1
Quận ủy tổ chức 01 hội nghị cấp quận theo hình thức trực tiếp kết hợp trực tuyến tới 10 điểm cầu phường. Sau đó, các đảng bộ phường, đảng bộ cơ sở mở 146 lớp với 10.245 lượt cán bộ, đảng viên tham dự, đạt 96,8%. Ban Tuyên giáo Quận ủy in 3.000 cuốn tài liệu hỏi – đáp, mỗi cuốn 36 trang, phát đến các chi bộ. Phối hợp Trường Cán bộ Thành phố, quận còn mở 1 lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 96 học viên là cán bộ chủ chốt.

* Quận 3
Theo đồng chí Võ Thanh Tùng, Trưởng ban Tuyên giáo Quận ủy Quận 3, quận tổ chức 2 hội nghị cho cán bộ chủ chốt; 12 đảng bộ phường cùng các đảng bộ cơ sở mở 98 lớp với 7.312 lượt cán bộ, đảng viên và 540 lượt quần chúng là đoàn viên, hội viên ưu tú. Sau học tập, đảng viên viết 6.980 bài thu hoạch.

“Học xong, chi bộ tôi 37 đảng viên ai cũng viết thu hoạch, liên hệ với công việc ở khu phố”, bà Nguyễn Thị Hoa, Bí thư Chi bộ khu phố 4, phường Võ Thị Sáu, chia sẻ.

* Quận Phú Nhuận
Quận ủy Phú Nhuận tổ chức 02 hội nghị cấp quận và 87 lớp ở cơ sở, thu hút 5.980 lượt cán bộ, đảng viên, đạt tỷ lệ 97,3%. Quận còn phát động cuộc thi viết tìm hiểu nghị quyết, nhận 1.526 bài dự thi; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích. Fanpage “Phú Nhuận ngày nay” của Ban Tuyên giáo Quận ủy đăng 64 tin, bài, infographic giới thiệu nội dung nghị quyết.

Theo kế hoạch, trong quý I/2024 các quận sẽ xây dựng chương trình hành động và kiểm tra việc học tập tại ít nhất 5 chi bộ.
"""

D05, D06, D07, D08 = "2017-07-05", "2022-04-08", "2020-04-03", "2024-01-05"
Q4_21, Q1_22 = quarter(4, 2021), quarter(1, 2022)

DOCS = [
    Doc("h50_05", T05, Q3, h1(2017), D05, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("chi bộ cơ sở: 71", 71, "study_sessions"),
        F("đảng viên dự: 8.914", 8914, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,8%", 95.8, "study_participation_rate"),
        F("dự nghe: 1.306", 1306, "study_attendance", a="masses"),
        F("tổ chức 263 buổi sinh hoạt chuyên đề", 263, "party_cell_discussions"),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("cấp quận: 38 đồng chí", 38, "reporters", p=inst("2017-06-30")),
        F("Buổi tuyên truyền miệng: 145", 145, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 12.300", 12300, "propaganda_audience", "approx"),
        F("quận mở 2 lớp bồi dưỡng", 2, "training_classes"),
        F("cho 164 học viên", 164, "trainees"),
        F("điện tử quận: 312", 312, "news_items"),
        F("Quận 3”: 205", 205, "news_items"),
        F("các khu phố: 15.000", 15000, "other"),
        F("cho cơ sở: 120 triệu đồng", 120000000, "other"),
        F("hiện có 65 cộng tác viên", 65, "opinion_collaborators", p=inst(D05)),
        F("gửi 24 báo cáo định kỳ", 24, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể và 21 cá nhân", 21, "commended_individuals"),
    ], traps=[("QUẬN ỦY QUẬN 3", 3), ("Số 58-BC/BTGQU", 58), ("Quận 3, ngày 05 tháng 7 năm 2017", 3),
              ("6 tháng đầu năm 2017", 6), ("6 tháng cuối năm 2017", 6),
              ("1. Học tập", 1), ("(gồm 6 kế hoạch", 6), ("11 hướng dẫn", 11),
              ("Trung ương 4 khóa XII", 4), ("” năm 2017", 2017),
              ("2. Tuyên truyền", 2), ("tính đến 30/6/2017", 30), ("3. Thông tin", 3),
              ("4. Nắm bắt", 4), ("tại 14 phường", 14), ("Trong 6 tháng", 6),
              ("tuyến metro số 2", 2), ("hơn 47.800 tỷ đồng", 47800000000),
              ("5. Thi đua", 5), ("1 năm", 1), ("Chỉ thị 05-CT/TW", 5), ("ngày 15/5/2016", 15),
              ("bằng khen cho 2 tập thể", 2), ("6 THÁNG CUỐI NĂM 2017", 6),
              ("1. Tổ chức", 1), ("Trung ương 5 khóa XII", 5), ("100% cán bộ", 100),
              ("ngày 30/9/2017", 30), ("2. Mở thêm 4 lớp", 2), ("lần thứ III", 3),
              ("3. Phấn đấu", 3), ("ít nhất 01 nhóm Zalo", 1)]),
    Doc("h50_06", T06, PN, Q1_22, D06, "text", facts=[
        F("nghị quyết | 38", 38, "study_sessions", p=Q4_21),
        F("| 38 | 52", 52, "study_sessions"),
        F("dự học | 6.105", 6105, "study_attendance", a="party_members", p=Q4_21),
        F("| 6.105 | 8.237", 8237, "study_attendance", a="party_members"),
        F("miệng | 74", 74, "oral_propaganda_sessions", p=Q4_21),
        F("| 74 | 61", 61, "oral_propaganda_sessions"),
        F("fanpage quận | 215", 215, "news_items", p=Q4_21),
        F("| 215 | 268", 268, "news_items"),
        F("tổ chức 186 buổi thảo luận", 186, "party_cell_discussions"),
        F("duy trì 338 nhóm Zalo", 338, "chat_groups", p=inst("2022-03-31")),
        F("với 29.700 thành viên", 29700, "chat_group_members", p=inst("2022-03-31")),
        F("tiếp nhận 11 báo cáo", 11, "opinion_reports"),
        F("khen thưởng đột xuất 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể và 4 cá nhân", 4, "commended_individuals"),
    ], traps=[("quý I/2022", 1), ("Ngày 8/4/2022", 8), ("quý I năm 2022", 1),
              ("13 đảng ủy phường", 13), ("gần 4 tháng", 4), ("Covid-19", 19),
              ("năm 2021", 2021), ("92 năm", 92), ("3/2/1930", 3), ("3/2/2022", 3),
              ("Đại hội XIII", 13), ("lần thứ XI", 11), ("Quý IV/2021", 4), ("Quý I/2022", 1),
              ("+14", 14), ("+2.132", 2132), ("-13", 13), ("+53", 53),
              ("Kết luận 21-KL/TW", 21), ("Tính đến ngày 31/3/2022", 31),
              ("tổ dân phố 42", 42), ("phường 9", 9), ("165 thành viên", 165),
              ("Quý II năm 2022", 2), ("lần thứ IV", 4), ("35.000 người", 35000)]),
    Doc("h50_07", T07, Q1, month(3, 2020), D07, "sidecar", meta={"date": D07}, facts=[
        F("mở 23 lớp học tập", 23, "study_sessions"),
        F("với 1.468 lượt đảng viên", 1468, "study_attendance", a="party_members"),
        F("Đăng 318 tin, bài", 318, "news_items"),
        F("Phát hành 02 số bản tin", 2, "news_items"),
        F("in 6.000 bản", 6000, "other"),
        F("nâng tổng số lên 214 nhóm", 214, "chat_groups", p=end_of(month(3, 2020))),
        F("hiện có khoảng 38.500 thành viên", 38500, "chat_group_members", "approx",
          p=inst(D07)),
        F("Phát 25.000 tờ rơi", 25000, "other"),
        F("chạy 476 lượt", 476, "other"),
        F("gửi 9 báo cáo nhanh", 9, "opinion_reports"),
        F("biên tập 12 video clip", 12, "news_items"),
    ], traps=[("QUẬN ỦY QUẬN 1", 1), ("SỐ 03 (THÁNG 3/2020)", 3), ("Tháng 3/2020", 3),
              ("Covid-19", 19), ("Quận 1 chuyển", 1), ("lần thứ XI", 11),
              ("nhiệm kỳ 2020 – 2025", 2020), ("Chỉ thị 35-CT/TW", 35),
              ("“Quận 1 – Trái tim", 1), ("mỗi số 4 trang", 4), ("10 phường", 10),
              ("lập thêm 47 nhóm Zalo", 47), ("Từ ngày 28/3", 28),
              ("Chỉ thị số 16/CT-TTg", 16), ("ngày 31/3/2020", 31), ("dưới 10 người", 10),
              ("20 năm", 20), ("Quận ủy Quận 1, cho biết", 1), ("Tháng 4/2020", 4),
              ("10 đại hội", 10), ("thêm 01 số bản tin", 1)]),
    Doc("h50_08", T08, Q1, month(12, 2023), D08, "text", facts=[
        F("tổ chức 01 hội nghị cấp quận", 1, "study_sessions"),
        F("mở 146 lớp", 146, "study_sessions"),
        F("với 10.245 lượt cán bộ, đảng viên", 10245, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("in 3.000 cuốn", 3000, "other"),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes"),
        F("cho 96 học viên", 96, "trainees"),
        F("tổ chức 2 hội nghị", 2, "study_sessions", unit=Q3),
        F("mở 98 lớp", 98, "study_sessions", unit=Q3),
        F("với 7.312 lượt cán bộ, đảng viên", 7312, "study_attendance", a="party_members",
          unit=Q3),
        F("540 lượt quần chúng", 540, "study_attendance", a="masses", unit=Q3),
        F("viết 6.980 bài thu hoạch", 6980, "other", unit=Q3),
        F("tổ chức 02 hội nghị cấp quận", 2, "study_sessions", unit=PN),
        F("87 lớp ở cơ sở", 87, "study_sessions", unit=PN),
        F("thu hút 5.980 lượt cán bộ, đảng viên", 5980, "study_attendance", a="party_members",
          unit=PN),
        F("đạt tỷ lệ 97,3%", 97.3, "study_participation_rate", unit=PN),
        F("nhận 1.526 bài dự thi", 1526, "contest_entries", unit=PN),
        F("đăng 64 tin, bài", 64, "news_items", unit=PN),
    ], traps=[("Quận 1, Quận 3, Phú Nhuận:", 1), ("Trung ương 8 khóa XIII", 8),
              ("ngày 05-01-2024", 5), ("tháng 12/2023", 12), ("Quận 1, Quận 3 và", 1),
              ("Nghị quyết số 44-NQ/TW", 44), ("* Quận 1", 1), ("10 điểm cầu", 10),
              ("mỗi cuốn 36 trang", 36), ("* Quận 3", 3), ("Quận ủy Quận 3, quận", 3),
              ("12 đảng bộ phường", 12), ("37 đảng viên", 37), ("khu phố 4", 4),
              ("1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("10 giải Khuyến khích", 10), ("quý I/2024", 1), ("ít nhất 5 chi bộ", 5)]),
]
