"""Held-out set holdout47, part 1: city-level articles of Ho Chi Minh City comparing districts.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(tests/eval/holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the
five sample reports for style, without reading or running the extractor.

Decisions taken where the guide leaves room (the whole set):
- A sentence that compares districts names the district it speaks of; its figures belong to that
  district, the city totals (sentences naming no district) to the city (article's unit).
- A figure of a district given with a superlative of the district itself ("riêng Huyện Củ Chi có
  612 buổi, nhiều nhất thành phố") stays a fact of that district; the rank words ("xếp thứ 2",
  "thứ 3/22", "5 đơn vị có tỷ lệ cao nhất") are traps.
- Text tables: the evidence of a cell's fact is its row up to the last fact cell (the whole row
  when every cell is a fact); a comparison column ("So cùng kỳ 2023") holds traps; a column named
  by a period (Quý I | Quý II | 6 tháng) dates its cells.
- A stock stated with no "hiện có"/"tính đến" marker in a sentence of the article's period is an
  instant at that period's end (LABELING.md), also for stocks of a district in a city article.
- Totals of district-level lecturers summed over the whole city in a city article are the city's.
- "Báo cáo chuyên đề gửi Ban Tuyên giáo Thành ủy: 09" (reports not about public opinion) and
  inspections ("18 đoàn kiểm tra") are `other`; resolutions "phổ biến tận nhà cho 214 đảng viên
  cao tuổi" are study attendances of party members.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, month, year

HCM = U("79")
Q10, GV, Q3, BTH, CCHI = (U("Quận 10"), U("Quận Gò Vấp"), U("Quận 3"), U("Quận Bình Thạnh"),
                          U("Huyện Củ Chi"))
Q5, Q6, Q8, Q11 = U("Quận 5"), U("Quận 6"), U("Quận 8"), U("Quận 11")
TD, Q12, HMON, BTAN = (U("Thành phố Thủ Đức"), U("Quận 12"), U("Huyện Hóc Môn"),
                       U("Quận Bình Tân"))

T01 = """
Thứ Sáu, ngày 12 tháng 7 năm 2019

Học tập nghị quyết 6 tháng đầu năm: nhiều quận vượt tỷ lệ đề ra

(Thanhuytphcm.vn) - Ngày 11/7, Ban Tuyên giáo Thành ủy TP.HCM tổ chức giao ban công tác tuyên giáo 6 tháng đầu năm 2019 với lãnh đạo ban tuyên giáo 24 quận, huyện ủy và các đảng ủy cấp trên cơ sở.

Theo báo cáo tại hội nghị, trong 6 tháng, các cấp ủy trong Đảng bộ Thành phố đã tổ chức 1.236 hội nghị học tập, quán triệt Nghị quyết Trung ương 8 khóa XII và Chỉ thị 05-CT/TW, thu hút 412.580 lượt cán bộ, đảng viên, đạt 94,8%. Bình quân mỗi quận, huyện tổ chức khoảng 51 hội nghị. Ban Tuyên giáo Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành 18 văn bản hướng dẫn, định hướng tư tưởng; tổ chức 3 hội nghị báo cáo viên Thành ủy, truyền hình trực tuyến tới 24 điểm cầu.

So sánh giữa các đơn vị, Quận 10 tiếp tục dẫn đầu khối quận nội thành: 4.301/4.412 đảng viên đã dự học, đạt 97,48%; quận tổ chức 38 hội nghị học tập, tăng 6 hội nghị so với cùng kỳ năm 2018.

Quận Gò Vấp là đơn vị có bước tiến rõ nhất. Số lượt đảng viên dự học của quận Gò Vấp đạt 11.920, nhiều hơn 1.350 lượt so với 6 tháng đầu năm 2018; tỷ lệ tham gia đạt 96,02%, xếp thứ 2 trong khối quận.

Quận 3 tổ chức 27 hội nghị học tập, bình quân mỗi phường gần 2 hội nghị; tỷ lệ đảng viên tham gia đạt 94,1%, thấp hơn mức chung của thành phố 0,7 điểm phần trăm. Ở cuối bảng, Quận Bình Thạnh đạt 92,6%; quận còn 326 đảng viên chưa tham gia học tập, phần lớn là đảng viên trên 80 tuổi được miễn sinh hoạt.

“Điều đáng ghi nhận là năm nay không quận, huyện nào có tỷ lệ đảng viên dự học dưới 90%”, đồng chí Lâm Quốc Thịnh, Phó Trưởng ban Tuyên giáo Thành ủy nhận xét. Quận 10, Gò Vấp, Phú Nhuận, Quận 5 và Huyện Củ Chi là 5 đơn vị có tỷ lệ cao nhất, được đề nghị Ban Thường vụ Thành ủy tặng bằng khen.

Về công tác nắm bắt dư luận, mạng lưới cộng tác viên dư luận xã hội của Thành phố hiện có 1.128 đồng chí; 6 tháng qua đã gửi về Ban Tuyên giáo Thành ủy 2.316 báo cáo tình hình tư tưởng, dư luận xã hội, tăng 9% so với cùng kỳ. Các quận, huyện tổ chức 6.430 buổi nói chuyện thời sự, tuyên truyền miệng với hơn 520 nghìn lượt người nghe; riêng Huyện Củ Chi có 612 buổi, nhiều nhất thành phố.

Trong 6 tháng cuối năm, Thành phố phấn đấu tỷ lệ đảng viên dự học đạt trên 95%, hoàn thành học tập Nghị quyết Trung ương 9 trước ngày 30/9/2019; mỗi quận, huyện tổ chức ít nhất 2 đợt kiểm tra việc học tập nghị quyết ở cơ sở.
"""

T02 = """
CỤM THI ĐUA SỐ 3 – BAN TUYÊN GIÁO THÀNH ỦY TP.HCM

Bốn quận phía Tây khép lại 9 tháng năm 2023 với nhiều chỉ số tăng

Ban Tuyên giáo Thành ủy vừa tổng hợp số liệu công tác tuyên giáo 9 tháng năm 2023 của Quận 5, Quận 6, Quận 8 và Quận 11 – bốn đơn vị thuộc Cụm thi đua số 3. Số liệu do ban tuyên giáo các quận ủy gửi về, đã được đối chiếu với báo cáo của 56 đảng bộ phường.

Kết quả học tập, quán triệt Kết luận 21-KL/TW và chuyên đề năm 2023:

Chỉ tiêu | Quận 5 | Quận 6 | Quận 8 | Quận 11
Hội nghị cấp quận | 3 | 2 | 4 | 3
Lớp ở cơ sở | 96 | 118 | 142 | 87
Lượt đảng viên dự học | 5.184 | 6.930 | 9.412 | 4.875
Tỷ lệ đảng viên tham gia (%) | 97,6 | 95,8 | 96,3 | 98,05
Số đảng viên chưa tham gia | 127 | 304 | 361 | 97

Công tác tuyên truyền và nắm bắt dư luận:

Chỉ tiêu | Quận 5 | Quận 6 | Quận 8 | Quận 11
Buổi nói chuyện chuyên đề, tuyên truyền miệng | 64 | 81 | 120 | 58
Lượt người nghe | 5.900 | 7.350 | 11.200 | 4.600
Tin, bài đăng trên trang thông tin điện tử quận | 412 | 386 | 530 | 297
Báo cáo dư luận xã hội | 31 | 28 | 36 | 27

Xét về tỷ lệ, Quận 11 xếp thứ nhất cụm và thứ 3/22 toàn Thành phố; Quận 6 đứng cuối cụm. Quận 8 có số lớp ở cơ sở nhiều nhất, bình quân mỗi phường gần 9 lớp; số lượt đảng viên dự học của Quận 8 tăng 1.046 lượt so với 9 tháng năm 2022.

Theo bà Trương Mỹ Linh, Trưởng ban Tuyên giáo Quận ủy Quận 6, tỷ lệ của quận thấp hơn các đơn vị bạn vì nhiều đảng viên là tiểu thương ở chợ Bình Tây và chợ Phú Lâm. “Chúng tôi đã mở thêm 12 lớp học vào buổi tối; riêng tháng 8 có 410 đảng viên học bù”, bà Linh cho biết.

“Học buổi tối thì tôi dọn sạp xong là đi được, mỗi buổi chừng 90 phút”, chị Tăng Ngọc Hà, tiểu thương chợ Bình Tây, chia sẻ.

Dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 4 tập thể và 9 cá nhân thuộc cụm. Quý IV, các quận trong cụm thống nhất mỗi quận tổ chức ít nhất 1 hội thi báo cáo viên giỏi, hoàn thành 100% kế hoạch học tập chuyên đề năm 2023 trước ngày 15/12.
"""

T10 = """
Mạng lưới “Zalo khu phố” phủ khắp Thành phố

Năm 2023, Ban Tuyên giáo Thành ủy TP.HCM tiếp tục chỉ đạo các quận, huyện và TP Thủ Đức mở rộng mạng lưới nhóm Zalo khu phố, ấp để đưa thông tin chính thống đến từng hộ dân.

Tính đến ngày 30/11/2023, toàn Thành phố có 18.426 nhóm Zalo khu phố, ấp với khoảng 2,1 triệu thành viên, tăng 2.960 nhóm so với cuối năm 2022. Trong năm, Ban Tuyên giáo Thành ủy cung cấp 3.850 tin, bài, infographic định hướng để các nhóm chia sẻ.

TP Thủ Đức hiện có 2.184 nhóm, nhiều nhất Thành phố, bình quân mỗi phường 64 nhóm, với khoảng 265 nghìn thành viên. Huyện Củ Chi xếp thứ 2 với 1.632 nhóm Zalo ấp, hiện có 198.500 thành viên; đây cũng là đơn vị tăng nhanh nhất, tăng 38% so với năm 2022. Quận 12 có 1.105 nhóm, 100% khu phố đã có nhóm Zalo (142/142 khu phố).

“Nhóm khu phố tôi có 312 thành viên, tối nào cũng có thông báo mới, từ lịch họp tổ tới cảnh báo lừa đảo qua mạng”, anh Lê Minh Trí, khu phố 4, phường Linh Trung, TP Thủ Đức, chia sẻ.

Không chỉ nhóm Zalo, Huyện Hóc Môn hiện có 14 fanpage và 1 kênh TikTok chính danh; trong năm, các trang này đăng 2.640 tin, bài, video clip, có lượt tiếp cận ước đạt 3,6 triệu. Quận Bình Tân dùng nhóm Zalo để nắm dư luận trong công nhân: đội ngũ 46 cộng tác viên dư luận xã hội của quận đã gửi 132 báo cáo nhanh về tình hình tư tưởng, tăng 20 báo cáo so với năm trước.

Để nâng kỹ năng cho quản trị viên, Ban Tuyên giáo Thành ủy phối hợp Trường Cán bộ Thành phố mở 6 lớp tập huấn với 1.140 học viên là quản trị viên nhóm ở cơ sở.

Ba đơn vị có số nhóm ít nhất là Quận 1, Quận 3 và Quận 4, do địa bàn nhỏ, nhiều chung cư, người dân chủ yếu theo dõi fanpage của phường. Năm 2024, Thành phố phấn đấu 100% khu phố, ấp có ít nhất 1 nhóm Zalo và tăng 10% số thành viên.
"""

D01, D02, D10 = "2019-07-12", "2023-10-06", "2024-01-05"

DOCS = [
    Doc("h47_01", T01, HCM, h1(2019), D01, "text", facts=[
        F("tổ chức 1.236 hội nghị học tập, quán triệt", 1236, "study_sessions"),
        F("thu hút 412.580 lượt cán bộ, đảng viên", 412580, "study_attendance",
          a="party_members"),
        F("đạt 94,8%", 94.8, "study_participation_rate"),
        F("ban hành 18 văn bản", 18, "documents_issued"),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("4.301/4.412 đảng viên đã dự học", 4301, "study_attendance", a="party_members",
          unit=Q10),
        F("đạt 97,48%", 97.48, "study_participation_rate", unit=Q10),
        F("quận tổ chức 38 hội nghị học tập", 38, "study_sessions", unit=Q10),
        F("dự học của quận Gò Vấp đạt 11.920", 11920, "study_attendance", a="party_members",
          unit=GV),
        F("tỷ lệ tham gia đạt 96,02%", 96.02, "study_participation_rate", unit=GV),
        F("Quận 3 tổ chức 27 hội nghị học tập", 27, "study_sessions", unit=Q3),
        F("tham gia đạt 94,1%", 94.1, "study_participation_rate", unit=Q3),
        F("Quận Bình Thạnh đạt 92,6%", 92.6, "study_participation_rate", unit=BTH),
        F("còn 326 đảng viên chưa tham gia", 326, "other", unit=BTH),
        F("hiện có 1.128 đồng chí", 1128, "opinion_collaborators", p=inst(D01)),
        F("2.316 báo cáo tình hình tư tưởng", 2316, "opinion_reports"),
        F("tổ chức 6.430 buổi nói chuyện thời sự", 6430, "oral_propaganda_sessions"),
        F("hơn 520 nghìn lượt người nghe", 520000, "propaganda_audience", "at_least"),
        F("riêng Huyện Củ Chi có 612 buổi", 612, "oral_propaganda_sessions", unit=CCHI),
    ], traps=[("ngày 12 tháng 7 năm 2019", 12), ("6 tháng đầu năm:", 6), ("Ngày 11/7", 11),
              ("6 tháng đầu năm 2019", 6), ("24 quận, huyện ủy", 24), ("trong 6 tháng", 6),
              ("Trung ương 8", 8), ("05-CT/TW", 5), ("khoảng 51 hội nghị", 51),
              ("24 điểm cầu", 24), ("Quận 10", 10), ("tăng 6 hội nghị", 6),
              ("cùng kỳ năm 2018", 2018), ("nhiều hơn 1.350 lượt", 1350),
              ("6 tháng đầu năm 2018", 6), ("xếp thứ 2", 2), ("Quận 3", 3),
              ("gần 2 hội nghị", 2), ("0,7 điểm phần trăm", 0.7), ("trên 80 tuổi", 80),
              ("dưới 90%", 90), ("Quận 5", 5), ("5 đơn vị", 5), ("6 tháng qua", 6),
              ("tăng 9%", 9), ("6 tháng cuối năm", 6), ("trên 95%", 95),
              ("Trung ương 9", 9), ("ngày 30/9/2019", 30), ("ít nhất 2 đợt", 2)]),
    Doc("h47_02", T02, HCM, m9(2023), D02, "sidecar", meta={"date": D02}, facts=[
        F("Hội nghị cấp quận | 3 | 2 | 4 | 3", 3, "study_sessions", unit=Q5),
        F("Hội nghị cấp quận | 3 | 2 | 4 | 3", 2, "study_sessions", unit=Q6),
        F("Hội nghị cấp quận | 3 | 2 | 4 | 3", 4, "study_sessions", unit=Q8),
        F("Hội nghị cấp quận | 3 | 2 | 4 | 3", 3, "study_sessions", unit=Q11),
        F("Lớp ở cơ sở | 96 | 118 | 142 | 87", 96, "study_sessions", unit=Q5),
        F("Lớp ở cơ sở | 96 | 118 | 142 | 87", 118, "study_sessions", unit=Q6),
        F("Lớp ở cơ sở | 96 | 118 | 142 | 87", 142, "study_sessions", unit=Q8),
        F("Lớp ở cơ sở | 96 | 118 | 142 | 87", 87, "study_sessions", unit=Q11),
        F("Lượt đảng viên dự học | 5.184 | 6.930 | 9.412 | 4.875", 5184, "study_attendance",
          a="party_members", unit=Q5),
        F("Lượt đảng viên dự học | 5.184 | 6.930 | 9.412 | 4.875", 6930, "study_attendance",
          a="party_members", unit=Q6),
        F("Lượt đảng viên dự học | 5.184 | 6.930 | 9.412 | 4.875", 9412, "study_attendance",
          a="party_members", unit=Q8),
        F("Lượt đảng viên dự học | 5.184 | 6.930 | 9.412 | 4.875", 4875, "study_attendance",
          a="party_members", unit=Q11),
        F("Tỷ lệ đảng viên tham gia (%) | 97,6 | 95,8 | 96,3 | 98,05", 97.6,
          "study_participation_rate", unit=Q5),
        F("Tỷ lệ đảng viên tham gia (%) | 97,6 | 95,8 | 96,3 | 98,05", 95.8,
          "study_participation_rate", unit=Q6),
        F("Tỷ lệ đảng viên tham gia (%) | 97,6 | 95,8 | 96,3 | 98,05", 96.3,
          "study_participation_rate", unit=Q8),
        F("Tỷ lệ đảng viên tham gia (%) | 97,6 | 95,8 | 96,3 | 98,05", 98.05,
          "study_participation_rate", unit=Q11),
        F("Số đảng viên chưa tham gia | 127 | 304 | 361 | 97", 127, "other", unit=Q5),
        F("Số đảng viên chưa tham gia | 127 | 304 | 361 | 97", 304, "other", unit=Q6),
        F("Số đảng viên chưa tham gia | 127 | 304 | 361 | 97", 361, "other", unit=Q8),
        F("Số đảng viên chưa tham gia | 127 | 304 | 361 | 97", 97, "other", unit=Q11),
        F("Buổi nói chuyện chuyên đề, tuyên truyền miệng | 64 | 81 | 120 | 58", 64,
          "oral_propaganda_sessions", unit=Q5),
        F("Buổi nói chuyện chuyên đề, tuyên truyền miệng | 64 | 81 | 120 | 58", 81,
          "oral_propaganda_sessions", unit=Q6),
        F("Buổi nói chuyện chuyên đề, tuyên truyền miệng | 64 | 81 | 120 | 58", 120,
          "oral_propaganda_sessions", unit=Q8),
        F("Buổi nói chuyện chuyên đề, tuyên truyền miệng | 64 | 81 | 120 | 58", 58,
          "oral_propaganda_sessions", unit=Q11),
        F("Lượt người nghe | 5.900 | 7.350 | 11.200 | 4.600", 5900, "propaganda_audience",
          unit=Q5),
        F("Lượt người nghe | 5.900 | 7.350 | 11.200 | 4.600", 7350, "propaganda_audience",
          unit=Q6),
        F("Lượt người nghe | 5.900 | 7.350 | 11.200 | 4.600", 11200, "propaganda_audience",
          unit=Q8),
        F("Lượt người nghe | 5.900 | 7.350 | 11.200 | 4.600", 4600, "propaganda_audience",
          unit=Q11),
        F("Tin, bài đăng trên trang thông tin điện tử quận | 412 | 386 | 530 | 297", 412,
          "news_items", unit=Q5),
        F("Tin, bài đăng trên trang thông tin điện tử quận | 412 | 386 | 530 | 297", 386,
          "news_items", unit=Q6),
        F("Tin, bài đăng trên trang thông tin điện tử quận | 412 | 386 | 530 | 297", 530,
          "news_items", unit=Q8),
        F("Tin, bài đăng trên trang thông tin điện tử quận | 412 | 386 | 530 | 297", 297,
          "news_items", unit=Q11),
        F("Báo cáo dư luận xã hội | 31 | 28 | 36 | 27", 31, "opinion_reports", unit=Q5),
        F("Báo cáo dư luận xã hội | 31 | 28 | 36 | 27", 28, "opinion_reports", unit=Q6),
        F("Báo cáo dư luận xã hội | 31 | 28 | 36 | 27", 36, "opinion_reports", unit=Q8),
        F("Báo cáo dư luận xã hội | 31 | 28 | 36 | 27", 27, "opinion_reports", unit=Q11),
        F("đã mở thêm 12 lớp học vào buổi tối", 12, "study_sessions", unit=Q6),
        F("riêng tháng 8 có 410 đảng viên học bù", 410, "study_attendance",
          a="party_members", unit=Q6, p=month(8, 2023)),
        F("tặng giấy khen cho 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể và 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("CỤM THI ĐUA SỐ 3", 3), ("9 tháng năm 2023", 9), ("Quận 5", 5),
              ("Quận 6", 6), ("Quận 8", 8), ("Quận 11", 11), ("Cụm thi đua số 3", 3),
              ("báo cáo của 56 đảng bộ phường", 56), ("Kết luận 21-KL/TW", 21),
              ("chuyên đề năm 2023:", 2023), ("thứ 3/22", 3), ("gần 9 lớp", 9),
              ("tăng 1.046 lượt", 1046), ("9 tháng năm 2022", 9), ("chừng 90 phút", 90),
              ("ít nhất 1 hội thi", 1), ("100% kế hoạch", 100),
              ("chuyên đề năm 2023 trước", 2023), ("ngày 15/12", 15)]),
    Doc("h47_10", T10, HCM, year(2023), D10, "sidecar", meta={"date": D10}, facts=[
        F("có 18.426 nhóm Zalo", 18426, "chat_groups", p=inst("2023-11-30")),
        F("khoảng 2,1 triệu thành viên", 2100000, "chat_group_members", "approx",
          p=inst("2023-11-30")),
        F("cung cấp 3.850 tin, bài, infographic", 3850, "news_items"),
        F("TP Thủ Đức hiện có 2.184 nhóm", 2184, "chat_groups", unit=TD, p=inst(D10)),
        F("khoảng 265 nghìn thành viên", 265000, "chat_group_members", "approx", unit=TD,
          p=inst(D10)),
        F("với 1.632 nhóm Zalo ấp", 1632, "chat_groups", unit=CCHI, p=end_of(year(2023))),
        F("hiện có 198.500 thành viên", 198500, "chat_group_members", unit=CCHI,
          p=inst(D10)),
        F("Quận 12 có 1.105 nhóm", 1105, "chat_groups", unit=Q12, p=end_of(year(2023))),
        F("hiện có 14 fanpage", 14, "social_pages", unit=HMON, p=inst(D10)),
        F("1 kênh TikTok chính danh", 1, "social_pages", unit=HMON, p=inst(D10)),
        F("đăng 2.640 tin, bài, video clip", 2640, "news_items", unit=HMON),
        F("lượt tiếp cận ước đạt 3,6 triệu", 3600000, "propaganda_audience", "approx",
          unit=HMON),
        F("đội ngũ 46 cộng tác viên dư luận xã hội", 46, "opinion_collaborators", unit=BTAN,
          p=end_of(year(2023))),
        F("đã gửi 132 báo cáo nhanh", 132, "opinion_reports", unit=BTAN),
        F("mở 6 lớp tập huấn", 6, "training_classes"),
        F("với 1.140 học viên", 1140, "trainees"),
    ], traps=[("Năm 2023", 2023), ("Tính đến ngày 30/11/2023", 30),
              ("tăng 2.960 nhóm", 2960), ("cuối năm 2022", 2022), ("mỗi phường 64 nhóm", 64),
              ("xếp thứ 2", 2), ("tăng 38%", 38), ("năm 2022.", 2022), ("100% khu phố", 100),
              ("142/142 khu phố", 142), ("có 312 thành viên", 312), ("khu phố 4", 4),
              ("tăng 20 báo cáo", 20), ("là Quận 1", 1), ("Quận 3", 3), ("Quận 4", 4),
              ("Năm 2024", 2024), ("ít nhất 1 nhóm Zalo", 1), ("tăng 10%", 10)]),
]
