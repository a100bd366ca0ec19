"""holdout57, part 1: Hanoi districts before the 2025 reform, as saved from web portals and
newspapers (menus, time stamps, photo captions, view counters, tags, related headlines).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the five
sample reports, without reading or running the extractor.

Decisions where the guide leaves room (the whole set):
- Page noise is no part of the article's work: menus, bylines, time stamps, view / read counters,
  share and comment counts, tags and hashtags, hot-line numbers and addresses are traps. The
  headlines under "Tin liên quan" / "Xem thêm" / "Bài viết cùng chuyên mục" / "Tin khác" are
  other articles: every number in them is a trap (not a fact of this document's unit).
- A web page's time stamp ("Thứ Ba, 09/7/2019 | 15:40", "Cập nhật: 14:05 | 18/01/2017") is the
  document date (source text); the period comes from the headline or lead.
- In an interview, a speaker label "Trưởng ban <name>:" names an official, so the answer speaks
  for the unit; words in single quotes after a colon inside it are an anecdote.
- "cán bộ chủ chốt" attending a study are party_members; the "người" of a study held for them too.
- Stocks in a sentence governed only by the report's span (no "hiện có") are instants at the
  span's end (end_of); with "hiện có / hiện duy trì / tính đến" at the stated or document date.
- Headlines of the set hold no fact figure (to avoid a second, rounded copy of a body fact).
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

CGIAY = U("Quận Cầu Giấy")
GLAM = U("Huyện Gia Lâm")
LBIEN, HMAI, DANH = U("Quận Long Biên"), U("Quận Hoàng Mai"), U("Huyện Đông Anh")

T01 = """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY
Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng | Văn hóa - Xã hội | Liên hệ
Đường dây nóng: 024.3793.4567

Thứ Ba, 09/7/2019 | 15:40

Cầu Giấy: Đưa nghị quyết đến gần hơn với đảng viên khu dân cư

(CTTĐT) - Chiều 8/7, Ban Tuyên giáo Quận ủy Cầu Giấy tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm.

Quang cảnh hội nghị. Ảnh: Thu Hà

Báo cáo tại hội nghị cho biết, 6 tháng qua, Quận ủy đã tổ chức 03 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 7 khóa XII; các đảng bộ, chi bộ trực thuộc mở 118 lớp ở cơ sở với 12.436 lượt cán bộ, đảng viên tham dự, đạt 97,3%. Riêng quần chúng có khoảng 3.900 lượt dự nghe.

Quận ủy ban hành 27 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, trong đó có Kế hoạch số 112-KH/QU về tuyên truyền kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Đội ngũ 41 báo cáo viên cấp quận được cập nhật thông tin qua hai hội nghị báo cáo viên định kỳ; các phường tổ chức 214 buổi nói chuyện thời sự, chuyên đề tại tổ dân phố, thu hút hơn 16 nghìn lượt người nghe.

Trên không gian mạng, trang thông tin điện tử của quận và 8 trang fanpage của các phường đăng tải 1.275 tin, bài, ảnh; các tổ dân phố hiện duy trì 356 nhóm Zalo với khoảng 21.000 thành viên. Cộng tác viên dư luận xã hội của quận gửi 36 báo cáo phản ánh tâm trạng, ý kiến của người dân về việc chỉnh trang các tuyến phố và dự án tuyến metro số 3 (Nhổn - ga Hà Nội).

Bà Phạm Thị Lan, 67 tuổi, tổ dân phố số 12, phường Dịch Vọng Hậu, nói: "Tháng nào tổ tôi cũng được nghe báo cáo viên nói chuyện 1 buổi, cả tổ hơn 40 hộ đi đủ".

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 7 tập thể và 19 cá nhân có thành tích trong sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.

Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Quận ủy yêu cầu trong 6 tháng cuối năm, các cấp ủy hoàn thành học tập nghị quyết trước ngày 15/10, phấn đấu 100% chi bộ tổ chức sinh hoạt chuyên đề ít nhất 2 lần.

Thu Hà
Lượt xem: 1.482

Tags: Cầu Giấy, tuyên giáo, Nghị quyết Trung ương 7

Tin liên quan:
- Cầu Giấy: 95% hộ gia đình đạt danh hiệu Gia đình văn hóa năm 2018 (02/7/2019)
- Khai mạc lớp bồi dưỡng lý luận chính trị cho 120 đảng viên mới (25/6/2019)
- Phường Mai Dịch ra mắt 12 nhóm Zalo tổ dân phố (18/6/2019)
"""

T02 = """
Thời sự | Chính trị | Hà Nội | Kinh tế | Văn hóa | Đời sống | Video
Cập nhật: 14:05 | 18/01/2017

Trưởng ban Tuyên giáo Huyện ủy Gia Lâm: "Tuyên truyền phải đến được từng xóm, từng nhà"

(TTTĐ) - Năm 2016, năm đầu thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2015 - 2020, công tác tuyên giáo của huyện Gia Lâm có nhiều đổi mới. Phóng viên đã trao đổi với đồng chí Lê Thị Thu Hằng, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm.

PV: Thưa bà, năm 2016 huyện đã triển khai học tập nghị quyết như thế nào?

Trưởng ban Lê Thị Thu Hằng: Ngay sau Đại hội XII của Đảng, Huyện ủy tổ chức 2 hội nghị cấp huyện cho hơn 1.100 cán bộ chủ chốt; 22 xã, thị trấn và các chi, đảng bộ cơ sở mở 96 lớp, với 14.870 lượt cán bộ, đảng viên và 9.320 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 95,8%. Huyện cũng tổ chức hai đợt sinh hoạt chính trị về chủ đề "Dân vận khéo".

PV: Huyện đã làm gì để thông tin đến được với người dân ở các làng nghề?

Trưởng ban Lê Thị Thu Hằng: Chúng tôi xác định tuyên truyền miệng vẫn là kênh quan trọng. Trong năm, các xã tổ chức 163 buổi nói chuyện, tuyên truyền miệng với khoảng 18.500 lượt người nghe. Đài truyền thanh huyện phát 312 chương trình thời sự và 48 kỳ chuyên mục "Gia Lâm – đổi mới và phát triển". Trước cuộc bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp nhiệm kỳ 2016 - 2021, huyện in 6.000 cuốn tài liệu hỏi – đáp để phát đến từng hộ. Có cụ ông ở xã Đa Tốn nói với tôi: 'Nhà tôi 4 đời ở làng, chưa năm nào được nghe giải thích kỹ như năm nay'.

PV: Còn công tác nắm bắt dư luận xã hội?

Trưởng ban Lê Thị Thu Hằng: Huyện hiện có 38 cộng tác viên dư luận xã hội, năm qua các đồng chí gửi về Ban 52 báo cáo định kỳ và 14 báo cáo đột xuất. Ban Thường vụ Huyện ủy đã khen thưởng 5 tập thể, 11 cá nhân có thành tích trong công tác tuyên giáo. Năm 2017, chúng tôi phấn đấu mở thêm 10 lớp bồi dưỡng kỹ năng cho 400 tuyên truyền viên cơ sở.

PV: Xin cảm ơn bà!

Minh Anh (thực hiện)
👁 2.315 lượt đọc   |   💬 4 bình luận

Xem thêm:
» Gia Lâm: Khánh thành 3 nhà văn hóa thôn (12/01/2017)
» Hà Nội sẽ tuyển chọn 500 báo cáo viên giỏi trong năm tới
"""

T03 = """
Trang chủ > Xây dựng Đảng > Công tác tuyên giáo

Long Biên, Hoàng Mai, Đông Anh: Hoàn thành học tập Nghị quyết Trung ương 4 khóa XIII

(Tin tức Thủ đô) - Trong quý I năm 2022, các quận Long Biên, Hoàng Mai và huyện Đông Anh cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII và Kết luận 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng.

Đảng viên phường Phúc Đồng dự học nghị quyết theo hình thức trực tuyến. Ảnh: Hoàng Long

* Quận Long Biên

Quận ủy tổ chức 2 hội nghị cấp quận theo hình thức trực tiếp kết hợp trực tuyến tới 14 điểm cầu phường; các đảng bộ, chi bộ trực thuộc mở 356 lớp với 19.842 lượt cán bộ, đảng viên tham dự, đạt 96,7%. Quận còn tổ chức Hội thi tìm hiểu về xây dựng, chỉnh đốn Đảng với 4.216 lượt người dự thi; 10 bài xuất sắc nhất được trao giải.

* Quận Hoàng Mai

Với gần 500 nghìn dân, Hoàng Mai chọn cách chia nhỏ lớp học tại các chi bộ khu dân cư. Trong quý, các đảng bộ phường mở 412 lớp, thu hút 23.507/24.390 đảng viên; bình quân mỗi lớp khoảng 57 người. Ban Tuyên giáo Quận ủy biên soạn, in 3.500 cuốn tài liệu hỏi - đáp phát tới các chi bộ.

* Huyện Đông Anh

Huyện ủy Đông Anh tổ chức 03 hội nghị cho 1.260 cán bộ chủ chốt của huyện và đại diện 24 xã, thị trấn. Ở cơ sở, số lớp đã lên 528, số lượt cán bộ, đảng viên dự học là 31.108, tỷ lệ 97,02%. Huyện ủy cũng ban hành 16 văn bản hướng dẫn, đôn đốc.

Theo kế hoạch của Thành ủy, trong quý II/2022 các quận, huyện, thị xã sẽ sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW; toàn Thành phố có 30 quận, huyện, thị xã cùng triển khai.

Hoàng Long - Mai Anh

Chia sẻ: Facebook | Zalo | 36 lượt chia sẻ
Từ khóa: #NghiQuyetTW4 #LongBien #HoangMai #DongAnh

Bài viết cùng chuyên mục
- Sóc Sơn: 18 tập thể được khen thưởng trong học tập và làm theo Bác
- Hà Nội tổ chức 12 đoàn kiểm tra công tác tuyên giáo năm 2022
"""

D01, D02, D03 = "2019-07-09", "2017-01-18", "2022-04-06"

DOCS = [
    Doc("h57_01", T01, CGIAY, h1(2019), D01, "text", facts=[
        F("tổ chức 03 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 118 lớp ở cơ sở", 118, "study_sessions"),
        F("với 12.436 lượt cán bộ, đảng viên", 12436, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("khoảng 3.900 lượt dự nghe", 3900, "study_attendance", "approx", a="masses"),
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("Đội ngũ 41 báo cáo viên", 41, "reporters", p=end_of(h1(2019))),
        F("qua hai hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("tổ chức 214 buổi nói chuyện", 214, "oral_propaganda_sessions"),
        F("hơn 16 nghìn lượt người nghe", 16000, "propaganda_audience", "at_least"),
        F("8 trang fanpage của các phường", 8, "social_pages", p=end_of(h1(2019))),
        F("đăng tải 1.275 tin, bài", 1275, "news_items"),
        F("hiện duy trì 356 nhóm Zalo", 356, "chat_groups", p=inst(D01)),
        F("khoảng 21.000 thành viên", 21000, "chat_group_members", "approx", p=inst(D01)),
        F("gửi 36 báo cáo phản ánh tâm trạng", 36, "opinion_reports"),
        F("giấy khen cho 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("024.3793.4567", 24), ("09/7/2019", 9), ("15:40", 15), ("Chiều 8/7", 8),
              ("6 tháng đầu năm 2019", 6), ("6 tháng cuối năm", 6), ("6 tháng qua", 6),
              ("Trung ương 7", 7), ("Kế hoạch số 112-KH/QU", 112), ("50 năm", 50),
              ("tuyến metro số 3", 3), ("67 tuổi", 67), ("tổ dân phố số 12", 12),
              ("nói chuyện 1 buổi", 1), ("hơn 40 hộ", 40), ("3 năm", 3),
              ("Chỉ thị 05-CT/TW", 5), ("ngày 15/10", 15), ("100% chi bộ", 100),
              ("ít nhất 2 lần", 2), ("Lượt xem: 1.482", 1482), ("95% hộ gia đình", 95),
              ("năm 2018", 2018), ("(02/7/2019)", 2), ("cho 120 đảng viên mới", 120),
              ("(25/6/2019)", 25), ("ra mắt 12 nhóm Zalo", 12), ("(18/6/2019)", 18)]),
    Doc("h57_02", T02, GLAM, year(2016), D02, "text", facts=[
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions"),
        F("hơn 1.100 cán bộ chủ chốt", 1100, "study_attendance", "at_least",
          a="party_members"),
        F("mở 96 lớp", 96, "study_sessions"),
        F("với 14.870 lượt cán bộ, đảng viên", 14870, "study_attendance", a="party_members"),
        F("9.320 lượt quần chúng", 9320, "study_attendance", a="masses"),
        F("tham gia đạt 95,8%", 95.8, "study_participation_rate"),
        F("tổ chức hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tổ chức 163 buổi nói chuyện", 163, "oral_propaganda_sessions"),
        F("khoảng 18.500 lượt người nghe", 18500, "propaganda_audience", "approx"),
        F("phát 312 chương trình thời sự", 312, "news_items"),
        F("48 kỳ chuyên mục", 48, "news_items"),
        F("in 6.000 cuốn tài liệu", 6000, "other"),
        F("hiện có 38 cộng tác viên", 38, "opinion_collaborators", p=inst(D02)),
        F("gửi về Ban 52 báo cáo định kỳ", 52, "opinion_reports"),
        F("14 báo cáo đột xuất", 14, "opinion_reports"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("14:05", 14), ("18/01/2017", 18), ("Năm 2016", 2016), ("năm 2016", 2016),
              ("nhiệm kỳ 2015 - 2020", 2015), ("22 xã, thị trấn", 22),
              ("nhiệm kỳ 2016 - 2021", 2016), ("4 đời", 4), ("Năm 2017", 2017),
              ("mở thêm 10 lớp", 10), ("400 tuyên truyền viên", 400),
              ("2.315 lượt đọc", 2315), ("4 bình luận", 4), ("Khánh thành 3 nhà văn hóa", 3),
              ("(12/01/2017)", 12), ("500 báo cáo viên", 500)]),
    Doc("h57_03", T03, LBIEN, quarter(1, 2022), D03, "sidecar", meta={"date": D03}, facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 356 lớp", 356, "study_sessions"),
        F("với 19.842 lượt cán bộ, đảng viên", 19842, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("với 4.216 lượt người dự thi", 4216, "contest_entries"),
        F("mở 412 lớp", 412, "study_sessions", unit=HMAI),
        F("thu hút 23.507/24.390 đảng viên", 23507, "study_attendance", a="party_members",
          unit=HMAI),
        F("in 3.500 cuốn tài liệu", 3500, "other", unit=HMAI),
        F("tổ chức 03 hội nghị", 3, "study_sessions", unit=DANH),
        F("cho 1.260 cán bộ chủ chốt", 1260, "study_attendance", a="party_members",
          unit=DANH),
        F("số lớp đã lên 528", 528, "study_sessions", unit=DANH),
        F("dự học là 31.108", 31108, "study_attendance", a="party_members", unit=DANH),
        F("tỷ lệ 97,02%", 97.02, "study_participation_rate", unit=DANH),
        F("ban hành 16 văn bản", 16, "documents_issued", unit=DANH),
    ], traps=[("Trung ương 4", 4), ("quý I năm 2022", 2022), ("Kết luận 21-KL/TW", 21),
              ("tới 14 điểm cầu phường", 14), ("10 bài xuất sắc nhất", 10),
              ("gần 500 nghìn dân", 500000), ("khoảng 57 người", 57),
              ("đại diện 24 xã, thị trấn", 24), ("quý II/2022", 2), ("5 năm", 5),
              ("Chỉ thị 05-CT/TW", 5), ("có 30 quận, huyện, thị xã", 30),
              ("36 lượt chia sẻ", 36), ("#NghiQuyetTW4", 4),
              ("Sóc Sơn: 18 tập thể", 18), ("tổ chức 12 đoàn kiểm tra", 12),
              ("tuyên giáo năm 2022", 2022)]),
]
