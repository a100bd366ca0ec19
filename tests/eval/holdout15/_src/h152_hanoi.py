"""Fifteenth held-out set (holdout15), part 2: Hanoi districts, 2017-2024.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only) and the seeds, without reading or running the extractor.

Decisions taken where the guide leaves room:
- h15_05: a speech of several paragraphs, each opening with “ and only the last closing it,
  introduced as the words of the Trưởng ban: every figure in it is the unit's, for the term
  2015 – 2020 as written. "hiện có" in the speech dates stocks to the portal's date. The
  words an old resident said, quoted in single quotes after a colon, are an anecdote.
- h15_06: the sidecar date; no full date in the text. The contest ran "từ tháng 8 đến hết
  tháng 10/2017" (first sentence): a range, the article's period. The commendations "sẽ"
  be given at the closing ceremony are a plan (traps); the split of entries into quiz and
  essay papers is who made up a count just given (traps); party organisations whose entries
  were received are those who took part (`other`). The 78 grassroots cộng tác viên taught
  in a training class are its trainees.
- h15_07: a table of text lines with one column per unit; each cell is its column's unit
  and its row's indicator. "Tháng 4/2021" closes the Gia Lâm paragraph, so only its own
  sentence is dated April. "gần như 100% dự học" is the participation rate of the
  resolution's study.
- h15_08: a campaign "từ ngày 15/9 đến ngày 15/10/2024" is the article's period. The Zalo
  group's total "nâng tổng số lên" after "Từ ngày 1/10 đến nay" is a stock at the
  document date; its increase is a change (trap). The photo contest's 128 authors are
  people who entered it (contest_entries) like its 436 works.
"""
from build_gold import Doc, F, U, h1, inst, month, since, term

HOANKIEM, SOCSON = U("Quận Hoàn Kiếm"), U("Huyện Sóc Sơn")
LONGBIEN, GIALAM = U("Quận Long Biên"), U("Huyện Gia Lâm")
CHUONGMY = U("Huyện Chương Mỹ")

# ---------------------------------------------------------------------------------------------
T05 = """
Cổng thông tin điện tử quận Hoàn Kiếm
Thứ Sáu, 19/06/2020 - 09:30

Tuyên giáo Hoàn Kiếm: Một nhiệm kỳ “giữ lửa” ở trung tâm Thủ đô

Sáng 18/6, Quận ủy Hoàn Kiếm tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020, chuẩn bị cho Đại hội đại biểu Đảng bộ quận lần thứ XXVI. Quận có diện tích 5,29 km², 18 phường, dân số khoảng 141.000 người, là nơi đặt trụ sở của nhiều cơ quan Trung ương và thành phố. Cổng thông tin xin giới thiệu phần chính bài phát biểu đề dẫn của đồng chí Đặng Thu Hà, Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Tuyên giáo Quận ủy Hoàn Kiếm:

“Nhiệm kỳ 2015 – 2020 khép lại khi cả nước vừa đẩy lùi đợt dịch COVID-19 đầu tiên. Nhìn lại chặng đường 5 năm, tôi xin nêu mấy kết quả nổi bật.

“Thứ nhất, về công tác tham mưu và học tập nghị quyết: Ban Thường vụ Quận ủy đã ban hành 186 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, văn hóa, khoa giáo. Quận tổ chức 1.042 hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy và Quận ủy, với xấp xỉ 168.000 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia học tập bình quân đạt 97,35%.

“Thứ hai, về tuyên truyền miệng: cả nhiệm kỳ, báo cáo viên và tuyên truyền viên của quận thực hiện 2.150 buổi nói chuyện, thu hút hơn 310 nghìn lượt người nghe, nhiều buổi tổ chức ngay tại không gian đi bộ quanh hồ Hoàn Kiếm vào tối cuối tuần. Chúng tôi tổ chức 60 hội nghị báo cáo viên, nhiều lần mời báo cáo viên Trung ương về nói chuyện. Đội ngũ báo cáo viên của quận hiện có 45 đồng chí.

“Thứ ba, về nắm bắt dư luận: mạng lưới cộng tác viên dư luận xã hội hiện có 126 người; cả nhiệm kỳ đã gửi về 312 báo cáo tình hình tư tưởng, dư luận xã hội, nhất là quanh các dự án chỉnh trang phố cổ, di dời dân khu vực hồ Hoàn Kiếm.

“Thứ tư, về giáo dục lý luận chính trị: Trung tâm Bồi dưỡng chính trị quận mở 214 lớp với 21.560 lượt học viên, gấp rưỡi nhiệm kỳ trước.

“Thứ năm, quận tổ chức năm đợt sinh hoạt chính trị lớn, trong đó có đợt kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh và đợt hướng tới 1010 năm Thăng Long – Hà Nội đang triển khai.

“Thứ sáu, về thông tin trên không gian mạng: cổng thông tin điện tử quận và trang tin của 18 phường đăng trên 27.000 tin, bài; trang Facebook của Quận ủy hiện có hơn 52.000 người theo dõi.

“Thưa các đồng chí, tôi vẫn nhớ lời một cụ ông ở phố Hàng Bạc sau buổi nói chuyện về Nghị quyết: ‘Nhà tôi ba đời ở phố cổ, năm nay tôi 84 tuổi, chưa thấy cán bộ nào kiên nhẫn giải thích như thế.’ Đó là phần thưởng lớn nhất của người làm tuyên giáo.

“Về thi đua, khen thưởng, Ban Thường vụ Quận ủy đã khen thưởng 86 tập thể, 143 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Ban Tuyên giáo Quận ủy 4 năm liền được Thành ủy tặng bằng khen.

“Nhiệm kỳ 2020 – 2025, chúng tôi xác định phấn đấu 100% đảng viên được học tập nghị quyết, mỗi năm mở ít nhất 40 lớp bồi dưỡng, xây dựng 18/18 phường có trang thông tin điện tử hoạt động hiệu quả. Xin trân trọng cảm ơn các đồng chí!”
"""
D05 = "2020-06-19"
P05 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T06 = """
Sóc Sơn công bố kết quả Cuộc thi tìm hiểu lịch sử Đảng bộ huyện và 100 năm Cách mạng Tháng Mười Nga

Từ tháng 8 đến hết tháng 10/2017, Huyện ủy Sóc Sơn tổ chức Cuộc thi tìm hiểu “Lịch sử Đảng bộ huyện Sóc Sơn” gắn với kỷ niệm 100 năm Cách mạng Tháng Mười Nga (1917 – 2017); Ban Tổ chức (Ban Tuyên giáo Huyện ủy là cơ quan thường trực) vừa thông báo kết quả chấm chung khảo.

Kết quả chính như sau:
- Bài dự thi nhận được: 12.486 bài, của 51 tổ chức cơ sở đảng, các trường học, doanh nghiệp trên địa bàn 26 xã, thị trấn; trong đó 9.320 bài trắc nghiệm và 3.166 bài viết tự luận;
- Người dự thi cao tuổi nhất: 89 tuổi; nhỏ tuổi nhất: 15 tuổi (học sinh lớp 10);
- Bài vào vòng chung khảo: 60 bài;
- Giải thưởng: 01 giải Đặc biệt, 02 giải Nhất, 05 giải Nhì, 10 giải Ba, 30 giải Khuyến khích cho cá nhân và 06 giải tập thể; tổng giá trị giải thưởng 68 triệu đồng.

Để cuộc thi lan tỏa, Ban Thường vụ Huyện ủy ban hành 4 văn bản chỉ đạo; Ban Tuyên giáo Huyện ủy in 15.000 bộ thể lệ, câu hỏi phát đến các chi bộ. Trang thông tin điện tử huyện đăng 36 tin, bài, mở chuyên mục riêng với khoảng 41.000 lượt xem; Đài Truyền thanh huyện phát 24 kỳ chuyên mục “Cùng tìm hiểu lịch sử quê hương”; Ban Tổ chức phát hành 2 số bản tin chuyên đề. Ngay từ khi phát động, Ban Tổ chức mở 1 lớp tập huấn cho 78 cộng tác viên ở cơ sở về cách hướng dẫn người dân dự thi.

Các chi bộ tổ chức 214 buổi sinh hoạt chuyên đề giới thiệu nội dung cuộc thi; Huyện Đoàn, Hội Liên hiệp Phụ nữ huyện tổ chức 19 buổi nói chuyện về lịch sử địa phương cho khoảng 4.600 đoàn viên, hội viên. Các xã dọc Quốc lộ 3 như Phù Linh, Tân Minh, Trung Giã có số bài dự thi cao nhất.

Giải Đặc biệt thuộc về ông Nguyễn Văn Tĩnh (71 tuổi, 45 năm tuổi Đảng, chi bộ thôn Đông Xuân, xã Đông Xuân) với bài viết tay dày 112 trang, kèm 36 bức ảnh tư liệu. Ông chia sẻ: “Tôi mất gần 2 tháng, đi gặp 14 cụ lão thành để hỏi chuyện.” Hội đồng giám khảo đã làm việc liên tục trong 10 ngày.

Tại lễ tổng kết dự kiến tổ chức vào sáng thứ Bảy tuần này ở Hội trường Huyện ủy (số 1 đường Núi Đôi, thị trấn Sóc Sơn), Ban Thường vụ Huyện ủy sẽ tặng giấy khen cho 8 tập thể và 14 cá nhân có thành tích tiêu biểu; Ban Tổ chức cũng đề nghị Thành ủy tặng bằng khen cho 1 tập thể.
"""
D06 = "2017-11-20"  # sidecar only: no date in the text
P06 = since("2017-08-01", "2017-10-31")

# ---------------------------------------------------------------------------------------------
T07 = """
Cập nhật 09/07/2021 15:20

Long Biên, Gia Lâm: Tuyên giáo 6 tháng đầu năm 2021 – vừa chống dịch, vừa đưa Nghị quyết Đại hội XIII vào cuộc sống

Sáu tháng đầu năm 2021, công tác tuyên giáo ở quận Long Biên và huyện Gia Lâm diễn ra trong bối cảnh vừa tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 – 2026 (ngày 23/5/2021), vừa phải ứng phó với đợt dịch COVID-19 lần thứ tư. Tỷ lệ cử tri đi bầu ở Long Biên đạt 99,82%, ở Gia Lâm đạt 99,91%; huyện Gia Lâm chia địa bàn thành 215 khu vực bỏ phiếu.

Một số kết quả chủ yếu của hai địa phương (số liệu do Ban Tuyên giáo Quận ủy Long Biên và Ban Tuyên giáo Huyện ủy Gia Lâm cung cấp):

Chỉ tiêu | Quận Long Biên | Huyện Gia Lâm
Văn bản chỉ đạo ban hành | 22 | 17
Hội nghị học tập Nghị quyết Đại hội XIII | 148 | 196
Lượt đảng viên dự học | 14.062 | 12.874
Tỷ lệ đảng viên dự học (%) | 97,8 | 96,35
Buổi tuyên truyền miệng | 211 | 164
Tin, bài trên cổng thông tin | 1.096 | 642
Báo cáo dư luận xã hội | 16 | 12

Long Biên: Zalo phủ khắp 14 phường

Tính đến ngày 30/6/2021, toàn quận Long Biên có 658 nhóm Zalo tổ dân phố với gần 88.000 thành viên. Trong đợt cao điểm phòng, chống dịch từ ngày 5/5 đến 30/6, các nhóm đã chia sẻ 2.340 tin, bài, thông báo của Ban Chỉ đạo phòng, chống dịch quận. Quận mở 2 lớp tập huấn kỹ năng quản trị nhóm cho 184 học viên là tổ trưởng, tổ phó tổ dân phố. Quận ủy khen thưởng 6 tập thể, 17 cá nhân có thành tích trong công tác tuyên truyền bầu cử.

Gia Lâm: Tuyên truyền theo nhịp làng nghề

Gia Lâm có 20 xã, 2 thị trấn, nhiều làng nghề nằm dọc Quốc lộ 5; riêng thôn Đình, xã Dương Quang từng phải cách ly y tế 21 ngày vì dịch. Huyện ủy tổ chức hội nghị quán triệt trực tuyến tới tất cả điểm cầu, nên cán bộ chủ chốt của huyện gần như 100% dự học. Huyện mở 3 lớp sơ cấp lý luận chính trị với 276 học viên; hiện có 57 báo cáo viên cấp huyện. “Nhờ làm sớm, cả 6 tháng huyện không có điểm nóng về dư luận”, đồng chí Nguyễn Thị Minh Nguyệt, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm nói. Tháng 4/2021, Ban Tuyên giáo Huyện ủy tổ chức Hội thi tuyên truyền viên giỏi với 22 thí sinh; 4 thí sinh có điểm cao nhất vào đội tuyển của huyện thi cấp Thành phố.
"""
D07 = "2021-07-09"
P07 = h1(2021)

# ---------------------------------------------------------------------------------------------
T08 = """
Thứ Sáu, 18/10/2024 | 10:12

Chương Mỹ: Lan tỏa niềm tự hào 70 năm Giải phóng Thủ đô

(Tin) – Ban Tuyên giáo Huyện ủy Chương Mỹ vừa báo cáo kết quả đợt tuyên truyền cao điểm kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024), diễn ra từ ngày 15/9 đến ngày 15/10/2024 ở 32 xã, thị trấn.

Trong đợt, Ban Thường vụ Huyện ủy ban hành 5 văn bản chỉ đạo; các xã, thị trấn treo 3.600 lá cờ Tổ quốc, 1.240 băng rôn, khẩu hiệu và dựng 86 pano, áp phích dọc Quốc lộ 6, đường Hồ Chí Minh.

Báo cáo viên, tuyên truyền viên của huyện tổ chức 96 buổi nói chuyện chuyên đề “Hà Nội – 70 năm xây dựng và phát triển” cho khoảng 11.200 lượt cán bộ, đảng viên và nhân dân. Các chi bộ tổ chức 410 buổi sinh hoạt chuyên đề cùng chủ đề. Đội chiếu bóng lưu động chiếu 28 buổi phim tài liệu về Thủ đô, mỗi buổi dài khoảng 90 phút.

Trang thông tin điện tử huyện đăng 74 tin, bài và 12 video; fanpage “Chương Mỹ quê tôi” đăng 103 bài. Từ ngày 1/10 đến nay, nhóm Zalo cùng tên tăng thêm 2.300 thành viên, nâng tổng số lên khoảng 27.500 thành viên.

Cuộc thi ảnh “Chương Mỹ – sắc màu quê hương” nhận 436 tác phẩm của 128 tác giả; Ban Giám khảo chọn 50 ảnh trưng bày tại Trung tâm Văn hóa huyện và trao 15 giải.

Cụ Nguyễn Đình Thiệp, 92 tuổi, ở thị trấn Xuân Mai, từng theo đoàn quân về tiếp quản Thủ đô, xúc động: “Năm nay tôi được mời kể chuyện ở 3 trường học, các cháu hỏi nhiều lắm.”

Kết thúc đợt, Ban Thường vụ Huyện ủy tặng giấy khen cho 10 tập thể, 18 cá nhân. Thời gian tới, huyện sẽ tiếp tục tuyên truyền hướng tới Đại hội Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2025 – 2030, dự kiến tổ chức thêm 30 buổi nói chuyện ở các trường học.
"""
D08 = "2024-10-18"
P08 = since("2024-09-15", "2024-10-15")

DOCS = [
    Doc("h15_05_hoankiem_nk2015_2020", T05, HOANKIEM, P05, D05, "text", facts=[
        F("ban hành 186 văn bản", 186, "documents_issued"),
        F("tổ chức 1.042 hội nghị học tập", 1042, "study_sessions"),
        F("xấp xỉ 168.000 lượt cán bộ, đảng viên", 168000, "study_attendance", "approx",
          a="party_members"),
        F("bình quân đạt 97,35%", 97.35, "study_participation_rate"),
        F("thực hiện 2.150 buổi nói chuyện", 2150, "oral_propaganda_sessions"),
        F("hơn 310 nghìn lượt người nghe", 310000, "propaganda_audience", "at_least"),
        F("tổ chức 60 hội nghị báo cáo viên", 60, "reporter_conferences"),
        F("hiện có 45 đồng chí", 45, "reporters", p=inst(D05)),
        F("hiện có 126 người", 126, "opinion_collaborators", p=inst(D05)),
        F("gửi về 312 báo cáo tình hình tư tưởng", 312, "opinion_reports"),
        F("mở 214 lớp", 214, "training_classes"),
        F("21.560 lượt học viên", 21560, "trainees"),
        F("năm đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("trên 27.000 tin, bài", 27000, "news_items", "at_least"),
        F("hơn 52.000 người theo dõi", 52000, "propaganda_audience", "at_least", p=inst(D05)),
        F("khen thưởng 86 tập thể", 86, "commended_collectives"),
        F("143 cá nhân", 143, "commended_individuals"),
    ], traps=[("19/06/2020", 19), ("09:30", 9), ("Sáng 18/6", 18),
              ("nhiệm kỳ 2015 – 2020", 2015), ("lần thứ XXVI", 26), ("5,29 km²", 5.29),
              ("18 phường", 18), ("khoảng 141.000 người", 141000), ("COVID-19", 19),
              ("chặng đường 5 năm", 5), ("50 năm", 50), ("1010 năm", 1010),
              ("ba đời", 3), ("84 tuổi", 84), ("4 năm liền", 4), ("Nhiệm kỳ 2020 – 2025", 2020),
              ("100% đảng viên", 100), ("ít nhất 40 lớp", 40), ("18/18 phường", 18)]),
    Doc("h15_06_socson_cuocthi_2017", T06, SOCSON, P06, D06, "sidecar", meta={"date": D06},
        facts=[
        F("Bài dự thi nhận được: 12.486 bài", 12486, "contest_entries"),
        F("của 51 tổ chức cơ sở đảng", 51, "other"),
        F("ban hành 4 văn bản", 4, "documents_issued"),
        F("in 15.000 bộ thể lệ", 15000, "other"),
        F("đăng 36 tin, bài", 36, "news_items"),
        F("khoảng 41.000 lượt xem", 41000, "propaganda_audience", "approx"),
        F("phát 24 kỳ chuyên mục", 24, "news_items"),
        F("phát hành 2 số bản tin", 2, "news_items"),
        F("mở 1 lớp tập huấn", 1, "training_classes"),
        F("cho 78 cộng tác viên", 78, "trainees"),
        F("tổ chức 214 buổi sinh hoạt chuyên đề", 214, "party_cell_discussions"),
        F("19 buổi nói chuyện", 19, "oral_propaganda_sessions"),
        F("khoảng 4.600 đoàn viên, hội viên", 4600, "propaganda_audience", "approx",
          a="masses"),
    ], traps=[("100 năm", 100), ("tháng 10/2017", 10), ("(1917 – 2017)", 1917),
              ("26 xã, thị trấn", 26), ("9.320 bài trắc nghiệm", 9320),
              ("3.166 bài viết tự luận", 3166), ("89 tuổi", 89), ("15 tuổi", 15),
              ("lớp 10", 10), ("Bài vào vòng chung khảo: 60 bài", 60),
              ("01 giải Đặc biệt", 1), ("02 giải Nhất", 2), ("05 giải Nhì", 5),
              ("10 giải Ba", 10), ("30 giải Khuyến khích", 30), ("06 giải tập thể", 6),
              ("68 triệu đồng", 68000000), ("Quốc lộ 3", 3), ("71 tuổi", 71),
              ("45 năm tuổi Đảng", 45), ("dày 112 trang", 112), ("36 bức ảnh tư liệu", 36),
              ("gần 2 tháng", 2), ("14 cụ lão thành", 14), ("trong 10 ngày", 10),
              ("số 1 đường Núi Đôi", 1), ("giấy khen cho 8 tập thể", 8),
              ("14 cá nhân có thành tích", 14), ("bằng khen cho 1 tập thể", 1)]),
    Doc("h15_07_longbien_gialam_6t_2021", T07, LONGBIEN, P07, D07, "text", facts=[
        F("Văn bản chỉ đạo ban hành | 22", 22, "documents_issued", unit=LONGBIEN),
        F("| 22 | 17", 17, "documents_issued", unit=GIALAM),
        F("Đại hội XIII | 148", 148, "study_sessions", unit=LONGBIEN),
        F("| 148 | 196", 196, "study_sessions", unit=GIALAM),
        F("Lượt đảng viên dự học | 14.062", 14062, "study_attendance", a="party_members",
          unit=LONGBIEN),
        F("| 14.062 | 12.874", 12874, "study_attendance", a="party_members", unit=GIALAM),
        F("Tỷ lệ đảng viên dự học (%) | 97,8", 97.8, "study_participation_rate",
          unit=LONGBIEN),
        F("| 97,8 | 96,35", 96.35, "study_participation_rate", unit=GIALAM),
        F("Buổi tuyên truyền miệng | 211", 211, "oral_propaganda_sessions", unit=LONGBIEN),
        F("| 211 | 164", 164, "oral_propaganda_sessions", unit=GIALAM),
        F("Tin, bài trên cổng thông tin | 1.096", 1096, "news_items", unit=LONGBIEN),
        F("| 1.096 | 642", 642, "news_items", unit=GIALAM),
        F("Báo cáo dư luận xã hội | 16", 16, "opinion_reports", unit=LONGBIEN),
        F("| 16 | 12", 12, "opinion_reports", unit=GIALAM),
        F("có 658 nhóm Zalo", 658, "chat_groups", unit=LONGBIEN, p=inst("2021-06-30")),
        F("gần 88.000 thành viên", 88000, "chat_group_members", "at_most", unit=LONGBIEN,
          p=inst("2021-06-30")),
        F("chia sẻ 2.340 tin, bài", 2340, "news_items", unit=LONGBIEN,
          p=since("2021-05-05", "2021-06-30")),
        F("mở 2 lớp tập huấn", 2, "training_classes", unit=LONGBIEN),
        F("cho 184 học viên", 184, "trainees", unit=LONGBIEN),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=LONGBIEN),
        F("17 cá nhân", 17, "commended_individuals", unit=LONGBIEN),
        F("gần như 100% dự học", 100, "study_participation_rate", "approx", unit=GIALAM),
        F("mở 3 lớp sơ cấp", 3, "training_classes", unit=GIALAM),
        F("với 276 học viên", 276, "trainees", unit=GIALAM),
        F("hiện có 57 báo cáo viên", 57, "reporters", unit=GIALAM, p=inst(D07)),
        F("với 22 thí sinh", 22, "contest_entries", unit=GIALAM, p=month(4, 2021)),
    ], traps=[("09/07/2021", 9), ("15:20", 15), ("6 tháng đầu năm 2021", 6),
              ("khóa XV", 15), ("nhiệm kỳ 2021 – 2026", 2021), ("ngày 23/5/2021", 23),
              ("COVID-19", 19), ("đạt 99,82%", 99.82), ("đạt 99,91%", 99.91),
              ("215 khu vực bỏ phiếu", 215), ("14 phường", 14), ("ngày 30/6/2021", 30),
              ("từ ngày 5/5", 5), ("đến 30/6", 30), ("20 xã", 20), ("2 thị trấn", 2),
              ("Quốc lộ 5", 5), ("cách ly y tế 21 ngày", 21), ("cả 6 tháng", 6),
              ("Tháng 4/2021", 4), ("4 thí sinh có điểm cao nhất", 4)]),
    Doc("h15_08_chuongmy_dot_2024", T08, CHUONGMY, P08, D08, "text", facts=[
        F("ban hành 5 văn bản", 5, "documents_issued"),
        F("treo 3.600 lá cờ Tổ quốc", 3600, "other"),
        F("1.240 băng rôn, khẩu hiệu", 1240, "other"),
        F("dựng 86 pano", 86, "other"),
        F("tổ chức 96 buổi nói chuyện", 96, "oral_propaganda_sessions"),
        F("khoảng 11.200 lượt cán bộ, đảng viên và nhân dân", 11200, "propaganda_audience",
          "approx"),
        F("tổ chức 410 buổi sinh hoạt chuyên đề", 410, "party_cell_discussions"),
        F("chiếu 28 buổi phim tài liệu", 28, "other"),
        F("đăng 74 tin, bài", 74, "news_items"),
        F("12 video", 12, "news_items"),
        F("đăng 103 bài", 103, "news_items"),
        F("khoảng 27.500 thành viên", 27500, "chat_group_members", "approx", p=inst(D08)),
        F("nhận 436 tác phẩm", 436, "contest_entries"),
        F("của 128 tác giả", 128, "contest_entries"),
        F("giấy khen cho 10 tập thể", 10, "commended_collectives"),
        F("18 cá nhân", 18, "commended_individuals"),
    ], traps=[("18/10/2024", 18), ("10:12", 10), ("70 năm", 70), ("10/10/1954", 10),
              ("10/10/2024", 10), ("ngày 15/9", 15), ("ngày 15/10/2024", 15),
              ("32 xã, thị trấn", 32), ("Quốc lộ 6", 6), ("khoảng 90 phút", 90),
              ("Từ ngày 1/10", 1), ("tăng thêm 2.300 thành viên", 2300),
              ("chọn 50 ảnh", 50), ("trao 15 giải", 15), ("92 tuổi", 92),
              ("3 trường học", 3), ("lần thứ XXV", 25), ("nhiệm kỳ 2025 – 2030", 2025),
              ("thêm 30 buổi nói chuyện", 30)]),
]
