"""Held-out set holdout32, part 2: HCMC districts and the city before the 2025 reform
(an interview of 2023, a summary with a table for Q4 2021, a city article for 9 months 2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the samples, without reading or running the extractor. The
decisions taken where the guide leaves room are listed in h321_hanoi_districts.py; here also:
- In a transcript, the answers under the label "Đồng chí Trưởng ban:" speak for the district;
  the words a tổ trưởng said, quoted in single quotes inside an answer, are an anecdote.
- Grassroots tuyên truyền viên counted as a stock are `other` (instant at the document date).
- A stock in a sentence opening "Trong năm," after a sentence with "hiện có" is an instant at
  the year's end (the marker dates its own sentence only).
- "9 fanpage phường đăng 1.045 tin" counts the pages as a stock at the quarter's end and the
  items as news_items.
"""
from build_gold import Doc, F, U, end_of, inst, m9, quarter, year

HCM = U("79")
Q8, Q10, Q11 = U("Quận 8"), U("Quận 10"), U("Quận 11")
GVAP, CCHI = U("Quận Gò Vấp"), U("Huyện Củ Chi")

T04 = """
Thứ Tư, ngày 27 tháng 12 năm 2023

Quận 8: "Tuyên truyền phải đi từ bờ kênh vào tận bếp nhà dân"

Năm 2023 khép lại với nhiều kết quả đáng ghi nhận trong công tác tuyên giáo ở Quận 8. Phóng viên đã trao đổi với đồng chí Trần Minh Khoa, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Quận 8.

PV: Thưa đồng chí, điểm nhấn của công tác học tập nghị quyết năm nay là gì?

Đồng chí Trưởng ban: "Chúng tôi tập trung học tập chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng văn hóa và con người” năm 2023 cùng các nghị quyết mới của Trung ương. Quận ủy tổ chức 4 hội nghị cấp quận, các đảng bộ phường và đảng bộ cơ sở mở 231 lớp, với 19.874 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia đạt 96,31%. Còn 402 đảng viên chưa tham gia vì tuổi cao, sức yếu, chúng tôi giao chi bộ cử người đến tận nhà phổ biến."

PV: Quận 8 có nhiều khu dân cư ven kênh, đời sống người dân còn khó khăn. Tuyên truyền miệng ở đây được làm thế nào?

Đồng chí Trưởng ban: "Quận có dân số khoảng 430 nghìn người, mật độ rất cao. Chúng tôi đưa báo cáo viên xuống tận tổ dân phố vào buổi tối. Năm nay các phường tổ chức 387 buổi nói chuyện chuyên đề, khoảng 41.500 lượt người dân đến nghe. Ban cũng tổ chức 4 hội nghị báo cáo viên, mỗi quý một hội nghị. Hiện quận có 54 báo cáo viên cấp quận và 312 tuyên truyền viên cơ sở. Có bác tổ trưởng ở phường 16 nói với tôi: ‘Tổ tôi 120 hộ, tháng nào cũng có ít nhất 1 buổi nói chuyện, bà con thích lắm’."

PV: Còn trận địa trên không gian mạng?

Đồng chí Trưởng ban: "Trang thông tin điện tử Quận ủy và fanpage “Quận 8 Online” năm nay đăng tổng cộng 2.146 tin, bài, video. Quận hiện có 1 trang thông tin điện tử, 17 fanpage của các phường và 643 nhóm Zalo khu phố với khoảng 58.700 thành viên. Trong năm, đội ngũ 35 cộng tác viên dư luận xã hội đã gửi 52 báo cáo định kỳ và 14 báo cáo đột xuất về tình hình tư tưởng của cán bộ, nhân dân."

PV: Công tác thi đua, khen thưởng có gì nổi bật?

Đồng chí Trưởng ban: "Cuộc thi “Tìm hiểu 93 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam” do quận phát động thu hút 12.640 lượt người dự thi, chúng tôi trao 1 giải Đặc biệt, 3 giải Nhất. Quận ủy khen thưởng 9 tập thể, 21 cá nhân. Năm 2024, chúng tôi sẽ mở thêm 2 lớp bồi dưỡng kỹ năng viết tin, bài cho cộng tác viên và phấn đấu mỗi khu phố có ít nhất 1 nhóm Zalo."

PV: Xin cảm ơn đồng chí!
"""

T05 = """
TỔNG HỢP KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ IV NĂM 2021
(Cụm thi đua số 2: Quận 10 – Quận 11)

Sau thời gian giãn cách xã hội theo Chỉ thị 16/CT-TTg, từ ngày 1/10/2021 Thành phố từng bước chuyển sang trạng thái bình thường mới theo Nghị quyết 128/NQ-CP. Hai quận vừa khôi phục dần các hoạt động tuyên truyền trực tiếp, vừa duy trì các kênh trực tuyến. Theo quy định phòng dịch, các buổi sinh hoạt trực tiếp chỉ được tổ chức tối đa 20 người.

Kết quả học tập, quán triệt Nghị quyết Đại hội XIII và Nghị quyết Trung ương 4 khóa XIII trong quý:

Chỉ tiêu | Quận 10 | Quận 11
Hội nghị cấp quận | 2 | 3
Số lớp ở cơ sở | 87 | 104
Lượt đảng viên dự học | 9.214 | 10.538
Tỷ lệ đảng viên tham gia (%) | 95,48 | 96,07
Lượt quần chúng dự nghe | 1.305 | 2.260
Số đảng viên chưa tham gia | 436 | 429

Quận 10: Ngay khi nới lỏng giãn cách, Ban Tuyên giáo Quận ủy tổ chức 56 buổi tuyên truyền miệng về phục hồi kinh tế - xã hội, thu hút khoảng 4.300 lượt người. Trang thông tin điện tử quận đăng 318 tin, bài; 9 fanpage của các phường đăng 1.045 tin, ảnh. Ban Thường vụ Quận ủy ban hành 11 văn bản chỉ đạo công tác tư tưởng trong tình hình mới.

Quận 11: Quận ủy tổ chức 2 đợt sinh hoạt chính trị về chủ đề "Nghĩa tình đồng bào trong đại dịch", mở mười hai lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 312 học viên là cán bộ khu phố. Ban Thường vụ Quận ủy khen thưởng 17 tập thể, 42 cá nhân có thành tích trong phòng, chống dịch Covid-19; 3 tập thể được đề nghị Thành ủy tặng bằng khen. Đội ngũ cộng tác viên dư luận xã hội gửi 16 báo cáo nhanh về tâm trạng người dân khi mở cửa trở lại.

Đánh giá chung: Cả hai quận đều hoàn thành học tập nghị quyết trước ngày 20/12/2021, xếp loại "Hoàn thành tốt" theo tiêu chí của Ban Tuyên giáo Thành ủy.

Người tổng hợp: Nguyễn Văn Bình, chuyên viên Ban Tuyên giáo Quận ủy Quận 10 – ĐT: 028.3863.4512.
"""

T06 = """
Cập nhật 08/10/2024 15:40

Ngành tuyên giáo Thành phố: 9 tháng năm 2024 nhiều dấu ấn

(Thanhuytphcm.vn) - Chiều 7/10, Ban Tuyên giáo Thành ủy TPHCM tổ chức hội nghị giao ban công tác tuyên giáo 9 tháng năm 2024 với các quận ủy, huyện ủy, Thành ủy Thủ Đức và đảng ủy trực thuộc.

Báo cáo tại hội nghị cho biết, 9 tháng qua Ban Tuyên giáo Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành 36 văn bản chỉ đạo công tác tư tưởng; tổ chức 3 hội nghị báo cáo viên Thành ủy theo hình thức trực tuyến, kết nối 312 điểm cầu. Cuộc thi trắc nghiệm trực tuyến "Tìm hiểu 70 năm Chiến thắng Điện Biên Phủ" thu hút 318.742 lượt người dự thi; trong đó đoàn viên, thanh niên chiếm khoảng 64%. Ban Tổ chức trao 1 giải Đặc biệt, 5 giải Nhất cùng nhiều giải khác với tổng giá trị giải thưởng 120 triệu đồng.

Đáng chú ý, Thành phố hiện có 22 trang thông tin điện tử của các quận, huyện, TP Thủ Đức và gần 1.300 trang fanpage chính danh của tổ chức đảng, chính quyền, đoàn thể. Theo Ban Tuyên giáo Thành ủy, các trang này 9 tháng qua đã đăng tải trên 96.000 tin, bài, video clip.

Quận Gò Vấp: Quận ủy Gò Vấp tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII và Kết luận 14-KL/TW. Tại các phường, 16 đảng bộ phường và 31 chi, đảng bộ cơ sở đã mở 248 lớp, thu hút 21.630 lượt cán bộ, đảng viên, đạt 95,9%. Quận còn tổ chức Hội thi báo cáo viên giỏi với 24 thí sinh; 3 thí sinh có điểm cao nhất được chọn dự thi cấp Thành phố.

Huyện Củ Chi: Với hơn 470 nghìn dân sinh sống trên 21 xã, thị trấn, Huyện ủy Củ Chi chú trọng tuyên truyền miệng tại ấp. 9 tháng, huyện tổ chức 196 buổi nói chuyện chuyên đề về lịch sử địa đạo và gương anh hùng liệt sĩ, với chừng 15.800 lượt người nghe; phát hành 9 số bản tin "Sinh hoạt chi bộ". Huyện có 412 nhóm Zalo ấp, số thành viên hiện nay khoảng 39.000 người. Ông Nguyễn Văn Sáu, 74 tuổi, ở ấp Phú Hiệp, chia sẻ: "Nghe báo cáo viên kể chuyện đánh Mỹ hơn 50 năm trước, lớp trẻ mới hiểu vì sao đất này gọi là đất thép".

Phát biểu chỉ đạo, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy đề nghị các đơn vị tập trung tuyên truyền đại hội đảng bộ các cấp nhiệm kỳ 2025 – 2030, kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025); phấn đấu đến cuối năm 100% chi bộ khu phố, ấp có nhóm Zalo.
"""

D04, D05, D06 = "2023-12-27", "2022-01-08", "2024-10-08"
P05 = quarter(4, 2021)
P06 = m9(2024)

DOCS = [
    Doc("h32_04", T04, Q8, year(2023), D04, "text", facts=[
        F("Quận ủy tổ chức 4 hội nghị cấp quận", 4, "study_sessions"),
        F("mở 231 lớp", 231, "study_sessions"),
        F("với 19.874 lượt cán bộ, đảng viên", 19874, "study_attendance", a="party_members"),
        F("tham gia đạt 96,31%", 96.31, "study_participation_rate"),
        F("Còn 402 đảng viên chưa tham gia", 402, "other"),
        F("tổ chức 387 buổi nói chuyện chuyên đề", 387, "oral_propaganda_sessions"),
        F("khoảng 41.500 lượt người dân", 41500, "propaganda_audience", "approx", a="masses"),
        F("tổ chức 4 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("Hiện quận có 54 báo cáo viên", 54, "reporters", p=inst(D04)),
        F("312 tuyên truyền viên cơ sở", 312, "other", p=inst(D04)),
        F("đăng tổng cộng 2.146 tin, bài, video", 2146, "news_items"),
        F("Quận hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D04)),
        F("17 fanpage của các phường", 17, "social_pages", p=inst(D04)),
        F("643 nhóm Zalo khu phố", 643, "chat_groups", p=inst(D04)),
        F("khoảng 58.700 thành viên", 58700, "chat_group_members", "approx", p=inst(D04)),
        F("đội ngũ 35 cộng tác viên", 35, "opinion_collaborators", p=end_of(year(2023))),
        F("gửi 52 báo cáo định kỳ", 52, "opinion_reports"),
        F("14 báo cáo đột xuất", 14, "opinion_reports"),
        F("thu hút 12.640 lượt người dự thi", 12640, "contest_entries"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 21 cá nhân", 21, "commended_individuals"),
    ], traps=[("ngày 27 tháng 12 năm 2023", 27), ("Quận 8", 8), ("Năm 2023", 2023),
              ("năm 2023", 2023), ("khoảng 430 nghìn người", 430000), ("phường 16", 16),
              ("Tổ tôi 120 hộ", 120), ("ít nhất 1 buổi", 1), ("Tìm hiểu 93 năm", 93),
              ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("Năm 2024", 2024),
              ("mở thêm 2 lớp", 2), ("ít nhất 1 nhóm Zalo", 1)]),
    Doc("h32_05", T05, Q10, P05, D05, "sidecar", meta={"date": D05}, facts=[
        F("Hội nghị cấp quận | 2 | 3", 2, "study_sessions"),
        F("Hội nghị cấp quận | 2 | 3", 3, "study_sessions", unit=Q11),
        F("Số lớp ở cơ sở | 87 | 104", 87, "study_sessions"),
        F("Số lớp ở cơ sở | 87 | 104", 104, "study_sessions", unit=Q11),
        F("Lượt đảng viên dự học | 9.214 | 10.538", 9214, "study_attendance", a="party_members"),
        F("Lượt đảng viên dự học | 9.214 | 10.538", 10538, "study_attendance",
          a="party_members", unit=Q11),
        F("Tỷ lệ đảng viên tham gia (%) | 95,48 | 96,07", 95.48, "study_participation_rate"),
        F("Tỷ lệ đảng viên tham gia (%) | 95,48 | 96,07", 96.07, "study_participation_rate",
          unit=Q11),
        F("Lượt quần chúng dự nghe | 1.305 | 2.260", 1305, "study_attendance", a="masses"),
        F("Lượt quần chúng dự nghe | 1.305 | 2.260", 2260, "study_attendance", a="masses",
          unit=Q11),
        F("Số đảng viên chưa tham gia | 436 | 429", 436, "other"),
        F("Số đảng viên chưa tham gia | 436 | 429", 429, "other", unit=Q11),
        F("tổ chức 56 buổi tuyên truyền miệng", 56, "oral_propaganda_sessions"),
        F("thu hút khoảng 4.300 lượt người", 4300, "propaganda_audience", "approx"),
        F("quận đăng 318 tin, bài", 318, "news_items"),
        F("9 fanpage của các phường", 9, "social_pages", p=end_of(P05)),
        F("đăng 1.045 tin, ảnh", 1045, "news_items"),
        F("ban hành 11 văn bản", 11, "documents_issued"),
        F("tổ chức 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=Q11),
        F("mở mười hai lớp bồi dưỡng nghiệp vụ", 12, "training_classes", unit=Q11),
        F("cho 312 học viên", 312, "trainees", unit=Q11),
        F("khen thưởng 17 tập thể", 17, "commended_collectives", unit=Q11),
        F("17 tập thể, 42 cá nhân", 42, "commended_individuals", unit=Q11),
        F("gửi 16 báo cáo nhanh về tâm trạng", 16, "opinion_reports", unit=Q11),
    ], traps=[("QUÝ IV NĂM 2021", 2021), ("Cụm thi đua số 2", 2), ("Quận 10", 10),
              ("Quận 11", 11), ("16/CT-TTg", 16), ("ngày 1/10/2021", 1), ("128/NQ-CP", 128),
              ("tối đa 20 người", 20), ("Trung ương 4", 4), ("Covid-19", 19),
              ("3 tập thể được đề nghị", 3), ("ngày 20/12/2021", 20),
              ("028.3863.4512", 28)]),
    Doc("h32_06", T06, HCM, P06, D06, "text", facts=[
        F("ban hành 36 văn bản", 36, "documents_issued"),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("thu hút 318.742 lượt người dự thi", 318742, "contest_entries"),
        F("hiện có 22 trang thông tin điện tử", 22, "websites", p=inst(D06)),
        F("gần 1.300 trang fanpage", 1300, "social_pages", "at_most", p=inst(D06)),
        F("trên 96.000 tin, bài", 96000, "news_items", "at_least"),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=GVAP),
        F("mở 248 lớp", 248, "study_sessions", unit=GVAP),
        F("thu hút 21.630 lượt cán bộ, đảng viên", 21630, "study_attendance",
          a="party_members", unit=GVAP),
        F("đạt 95,9%", 95.9, "study_participation_rate", unit=GVAP),
        F("với 24 thí sinh", 24, "contest_entries", unit=GVAP),
        F("tổ chức 196 buổi nói chuyện", 196, "oral_propaganda_sessions", unit=CCHI),
        F("chừng 15.800 lượt người nghe", 15800, "propaganda_audience", "approx", unit=CCHI),
        F("phát hành 9 số bản tin", 9, "news_items", unit=CCHI),
        F("Huyện có 412 nhóm Zalo", 412, "chat_groups", unit=CCHI, p=end_of(P06)),
        F("hiện nay khoảng 39.000 người", 39000, "chat_group_members", "approx", unit=CCHI,
          p=inst(D06)),
    ], traps=[("08/10/2024", 8), ("15:40", 15), ("Chiều 7/10", 7), ("312 điểm cầu", 312),
              ("Tìm hiểu 70 năm", 70), ("khoảng 64%", 64), ("1 giải Đặc biệt", 1),
              ("5 giải Nhất", 5), ("120 triệu đồng", 120000000), ("Trung ương 8", 8),
              ("14-KL/TW", 14), ("16 đảng bộ phường", 16), ("31 chi, đảng bộ", 31),
              ("3 thí sinh có điểm cao nhất", 3), ("hơn 470 nghìn dân", 470000),
              ("21 xã, thị trấn", 21), ("74 tuổi", 74), ("hơn 50 năm trước", 50),
              ("nhiệm kỳ 2025 – 2030", 2025), ("50 năm Ngày Giải phóng", 50),
              ("30/4/1975", 30), ("30/4/2025", 30), ("100% chi bộ", 100)]),
]
