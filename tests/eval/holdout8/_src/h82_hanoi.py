"""Eighth held-out set (holdout8), part 2: Hanoi districts and the city, 2016-2024. Written in
session 7 from docs/LABELING.md, tests/eval/README.md, the earlier label sources (format only)
and the seeds, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- Street-level propaganda items hung ("treo 1.450 băng zôn, khẩu hiệu, 220 cờ phướn") are
  `other`, one fact per noun.
- Polling areas and election groups ("46 khu vực bỏ phiếu") are administrative units of the
  election: traps. A women's union's membership ("Hội ... có 8.900 hội viên") is an
  institution's people: trap.
- Trainees named by role ("412 học viên là thành viên các tổ bầu cử") are trainees.
- In a list under a lead-in, "Tỷ lệ: gần như 100% đảng viên trong diện học tập" is the
  participation rate, approx.
- "(hiện có 45 người)" in parentheses after the collaborators dates that stock at the
  document date; the reports they sent keep the article period.
- A concession "Mặc dù quý I chỉ mở được 1 lớp ..." dates its own count (quarter I); the main
  clause "cả năm ... vẫn mở 12 lớp" is the year.
- A resident's quoted count ("nghe nói chuyện thời sự 4 lần") is a trap (LABELING.md).
- A stock in a city year-end report with no "hiện có" marker ("Đội ngũ báo cáo viên Thành ủy
  gồm 174 đồng chí") is an instant at the period end (31 December), not the document date.
- The headline of syn_808 names the city body; city bodies (Ban Tuyên giáo Thành ủy, Sở Thông
  tin và Truyền thông, Thành đoàn) are the province.
"""
from build_gold import Doc, F, U, end_of, inst, month, quarter, since, year

THANHXUAN, TAYHO = U("Quận Thanh Xuân"), U("Quận Tây Hồ")
GIALAM = U("Huyện Gia Lâm")
BACTULIEM, THANHOAI = U("Quận Bắc Từ Liêm"), U("Huyện Thanh Oai")
HANOI = U("Thành phố Hà Nội")

# ---------------------------------------------------------------------------------------------
T805 = """
Thứ Hai, 04/04/2016

Thanh Xuân, Tây Hồ: Tháng Ba dồn sức tuyên truyền bầu cử

(HNM) – Trong tháng 3/2016, công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 được Quận ủy Thanh Xuân và Quận ủy Tây Hồ đặt lên hàng đầu.

Thanh Xuân: Không để “vùng trắng” thông tin

Quận chia địa bàn thành 46 khu vực bỏ phiếu. Quận ủy tổ chức 11 hội nghị quán triệt Chỉ thị 51-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử cho 3.126 lượt cán bộ, đảng viên; tỷ lệ đảng viên dự hội nghị đạt 98,1 %. Các phường treo 1.450 băng zôn, khẩu hiệu, 220 cờ phướn dọc đường Nguyễn Trãi, Khuất Duy Tiến. Trang thông tin điện tử quận đăng 64 tin, bài giới thiệu tiểu sử người ứng cử.

Tây Hồ: Nói chuyện thời sự bên hồ

Hồ Tây rộng khoảng 500 ha, là không gian sinh hoạt cộng đồng lớn nhất quận. Tận dụng lợi thế này, Quận ủy Tây Hồ tổ chức 6 buổi nói chuyện thời sự tại nhà văn hóa các phường ven hồ với gần 900 người nghe. Ban Tuyên giáo Quận ủy phối hợp Phòng Nội vụ mở 2 lớp tập huấn nghiệp vụ cho 412 học viên là thành viên các tổ bầu cử. Hội Liên hiệp Phụ nữ quận có 8.900 hội viên, đã vận động hội viên “đi bầu sớm, bầu đúng”. Cuối tháng, UBND quận tặng giấy khen cho 5 tập thể làm tốt công tác tuyên truyền.

Ngày bầu cử được ấn định là Chủ nhật, 22/5/2016.
"""
D805 = "2016-04-04"
P805 = month(3, 2016)

# ---------------------------------------------------------------------------------------------
T806 = """
Gia Lâm: Kết quả công tác tuyên giáo từ đầu năm 2024 đến nay

Ngày 25/11/2024, Ban Tuyên giáo Huyện ủy Gia Lâm tổ chức hội nghị giao ban báo cáo viên quý IV. Theo báo cáo tại hội nghị, từ đầu năm 2024 đến nay, công tác tuyên giáo của huyện có nhiều chuyển biến. Huyện có 20 xã và 2 thị trấn, đang hoàn thiện các tiêu chí để lên quận.

Kết quả tổ chức học tập, quán triệt Kết luận số 21-KL/TW và các văn bản của Trung ương khóa XIII:
+ Hội nghị cấp huyện: mười một hội nghị
+ Số người dự: 14.236 cán bộ, đảng viên
+ Tỷ lệ: gần như 100% đảng viên trong diện học tập

Công tác giáo dục lý luận chính trị:
+ Số lớp sơ cấp, bồi dưỡng đảng viên mới: 16
+ Học viên: 1.352

Các chi bộ đã tổ chức ba đợt sinh hoạt chính trị về kỷ niệm 70 năm Chiến thắng Điện Biên Phủ. Bản tin “Gia Lâm ngày mới” ra đều đặn, đã phát 47 số. Hiện nay, toàn huyện có 68 báo cáo viên cấp huyện và 1 trang thông tin điện tử. Mạng lưới cộng tác viên dư luận xã hội (hiện có 45 người) đã gửi 52 báo cáo tâm trạng xã hội.

Làng gốm Bát Tràng hơn 700 năm tuổi là điểm đến quen thuộc của các đoàn đại biểu; dọc Quốc lộ 5, huyện dựng nhiều cụm cổ động trực quan. Chỉ số cải cách hành chính của huyện xếp thứ 5/30 quận, huyện, thị xã.

Huyện ủy đề nghị Ban Thường vụ Thành ủy tặng Bằng khen cho 3 tập thể có thành tích xuất sắc; năm 2025, huyện phấn đấu mở 18 lớp sơ cấp lý luận chính trị.
"""
D806 = "2024-11-25"
P806 = since("2024-01-01", D806)

# ---------------------------------------------------------------------------------------------
T807 = """
Hà Nội, ngày 8 tháng 1 năm 2019

Bắc Từ Liêm – Thanh Oai: Hai cách làm, một mục tiêu

Năm 2018, Quận ủy Bắc Từ Liêm và Huyện ủy Thanh Oai đều lấy cơ sở làm trọng tâm của công tác tuyên giáo, nhưng mỗi nơi có cách làm riêng.

Bắc Từ Liêm – đô thị trẻ, nhiều cư dân mới

“Năm qua, chúng tôi đã tổ chức 9 hội nghị học tập các nghị quyết Trung ương 6, 7, 8 khóa XII, với 17.920 lượt cán bộ, đảng viên tham dự”, đồng chí Trưởng ban Tuyên giáo Quận ủy Bắc Từ Liêm cho biết. Ngoài đảng viên, các khu đô thị mới còn thu hút 2.310 lượt cư dân tham gia học tập chuyên đề về văn minh đô thị.

Quận ủy phát hành 12 số bản tin “Thông tin nội bộ”; đội ngũ 57 cộng tác viên dư luận xã hội của quận gửi về 96 báo cáo. Nhiều tòa chung cư 35 tầng ở Cổ Nhuế, Xuân Đỉnh đã có nhóm Zalo riêng của cư dân.

“Tôi đi nghe nói chuyện thời sự 4 lần trong năm, thấy dễ hiểu lắm”, bà Nguyễn Thị H. (72 tuổi), tổ dân phố số 9, phường Cổ Nhuế 2 chia sẻ.

Thanh Oai – bền bỉ ở thôn, xóm

Mặc dù quý I chỉ mở được 1 lớp do trùng lịch Tết, cả năm Thanh Oai vẫn mở 12 lớp bồi dưỡng lý luận chính trị cho 1.046 học viên. Huyện ủy tổ chức 2 hội nghị báo cáo viên và 134 buổi tuyên truyền miệng tại các thôn, với khoảng 9.800 lượt người dân tham dự. Huyện ủy khen thưởng 6 tập thể, 15 cá nhân; Huyện có 20 xã và 1 thị trấn, cách trung tâm Thủ đô khoảng 20 km.
"""
D807 = "2019-01-08"
P807 = year(2018)

# ---------------------------------------------------------------------------------------------
T808 = """
Ngày 5/1/2022

Ban Tuyên giáo Thành ủy Hà Nội tổng kết năm 2021: Giữ vững trận địa tư tưởng trong đại dịch

(HNM) – Chiều 4-1, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác năm 2021. Năm đầu thực hiện Nghị quyết Đại hội XVII Đảng bộ thành phố, dù dịch Covid-19 diễn biến phức tạp, toàn ngành vẫn hoàn thành các nhiệm vụ trọng tâm.

Theo báo cáo, trong năm, Thành ủy tổ chức 4 hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XVII Đảng bộ thành phố tới 579 xã, phường, thị trấn, với hơn 230 nghìn lượt cán bộ, đảng viên; tỷ lệ cán bộ, đảng viên học tập đạt 99,2%. Ban Tuyên giáo Thành ủy tham mưu ban hành 86 văn bản, trong đó có Kế hoạch số 13-KH/TU và Chương trình số 07-CTr/TU.

Đội ngũ báo cáo viên Thành ủy gồm 174 đồng chí. Thành phố tổ chức 12 hội nghị báo cáo viên thường kỳ, cập nhật thông tin cho lực lượng này.

Trên không gian mạng, Sở Thông tin và Truyền thông phối hợp với các cơ quan báo chí đăng, phát khoảng 3,5 triệu tin, bài về phòng, chống dịch. Thành phố hiện có 6.530 nhóm Zalo, Facebook của các tổ dân phố, thôn; trang “Hà Nội tuyên giáo” có 215 nghìn người theo dõi. Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2021 nhận 3.420 tác phẩm; 30 tác phẩm được trao giải.

Thành đoàn Hà Nội tổ chức 1.128 buổi tuyên truyền, giáo dục truyền thống cho đoàn viên, thanh niên. Mô hình “Chi bộ 4 tốt” của quận Hoàng Mai được nhân rộng. Thành phố hơn 8 triệu dân, có 30 quận, huyện, thị xã; Ban Chỉ đạo 35 của Thành ủy duy trì hoạt động thường xuyên.

Dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 27 tập thể và 41 cá nhân. Năm 2022, Ban đặt mục tiêu 100% chi bộ có nhóm Zalo sinh hoạt trực tuyến.
"""
D808 = "2022-01-05"
P808 = year(2021)

DOCS = [
    Doc("syn_805_thanhxuan_tayho_2016", T805, THANHXUAN, P805, D805, "text", facts=[
        F("tổ chức 11 hội nghị quán triệt", 11, "study_sessions", unit=THANHXUAN),
        F("3.126 lượt cán bộ, đảng viên", 3126, "study_attendance", a="party_members",
          unit=THANHXUAN),
        F("dự hội nghị đạt 98,1 %", 98.1, "study_participation_rate", unit=THANHXUAN),
        F("treo 1.450 băng zôn", 1450, "other", unit=THANHXUAN),
        F("220 cờ phướn", 220, "other", unit=THANHXUAN),
        F("đăng 64 tin, bài", 64, "news_items", unit=THANHXUAN),
        F("6 buổi nói chuyện thời sự", 6, "oral_propaganda_sessions", unit=TAYHO),
        F("gần 900 người nghe", 900, "propaganda_audience", "at_most", unit=TAYHO),
        F("mở 2 lớp tập huấn", 2, "training_classes", unit=TAYHO),
        F("cho 412 học viên", 412, "trainees", unit=TAYHO),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives", unit=TAYHO),
    ], traps=[("04/04/2016", 4), ("tháng 3/2016", 3), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 – 2021", 2016), ("46 khu vực bỏ phiếu", 46),
              ("51-CT/TW", 51), ("khoảng 500 ha", 500), ("8.900 hội viên", 8900),
              ("22/5/2016", 22)]),
    Doc("syn_806_gialam_ytd_2024", T806, GIALAM, P806, D806, "text", facts=[
        F("mười một hội nghị", 11, "study_sessions"),
        F("Số người dự: 14.236 cán bộ, đảng viên", 14236, "study_attendance",
          a="party_members"),
        F("gần như 100% đảng viên", 100, "study_participation_rate", "approx"),
        F("bồi dưỡng đảng viên mới: 16", 16, "training_classes"),
        F("Học viên: 1.352", 1352, "trainees"),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("đã phát 47 số", 47, "news_items"),
        F("có 68 báo cáo viên", 68, "reporters", p=inst(D806)),
        F("1 trang thông tin điện tử", 1, "websites", p=inst(D806)),
        F("hiện có 45 người", 45, "opinion_collaborators", p=inst(D806)),
        F("đã gửi 52 báo cáo", 52, "opinion_reports"),
    ], traps=[("từ đầu năm 2024", 2024), ("Ngày 25/11/2024", 25), ("20 xã", 20),
              ("2 thị trấn", 2), ("21-KL/TW", 21), ("khóa XIII", 13),
              ("70 năm Chiến thắng", 70), ("hơn 700 năm tuổi", 700), ("Quốc lộ 5", 5),
              ("xếp thứ 5/30", 5), ("Bằng khen cho 3 tập thể", 3), ("năm 2025", 2025),
              ("mở 18 lớp", 18)]),
    Doc("syn_807_bactuliem_thanhoai_2018", T807, BACTULIEM, P807, D807, "text", facts=[
        F("tổ chức 9 hội nghị học tập", 9, "study_sessions", unit=BACTULIEM),
        F("17.920 lượt cán bộ, đảng viên", 17920, "study_attendance", a="party_members",
          unit=BACTULIEM),
        F("2.310 lượt cư dân", 2310, "study_attendance", a="masses", unit=BACTULIEM),
        F("phát hành 12 số bản tin", 12, "news_items", unit=BACTULIEM),
        F("đội ngũ 57 cộng tác viên", 57, "opinion_collaborators", unit=BACTULIEM,
          p=end_of(P807)),
        F("gửi về 96 báo cáo", 96, "opinion_reports", unit=BACTULIEM),
        F("chỉ mở được 1 lớp", 1, "training_classes", unit=THANHOAI, p=quarter(1, 2018)),
        F("vẫn mở 12 lớp", 12, "training_classes", unit=THANHOAI),
        F("cho 1.046 học viên", 1046, "trainees", unit=THANHOAI),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=THANHOAI),
        F("134 buổi tuyên truyền miệng", 134, "oral_propaganda_sessions", unit=THANHOAI),
        F("khoảng 9.800 lượt người dân", 9800, "propaganda_audience", "approx", a="masses",
          unit=THANHOAI),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=THANHOAI),
        F("15 cá nhân", 15, "commended_individuals", unit=THANHOAI),
    ], traps=[("ngày 8 tháng 1 năm 2019", 8), ("Năm 2018", 2018),
              ("Trung ương 6, 7, 8", 6), ("Trung ương 6, 7, 8", 7), ("Trung ương 6, 7, 8", 8),
              ("khóa XII", 12), ("35 tầng", 35), ("4 lần trong năm", 4), ("72 tuổi", 72),
              ("số 9", 9), ("Cổ Nhuế 2", 2), ("20 xã", 20), ("1 thị trấn", 1),
              ("khoảng 20 km", 20)]),
    Doc("syn_808_hanoi_city_2021", T808, HANOI, P808, D808, "text", facts=[
        F("tổ chức 4 hội nghị trực tuyến", 4, "study_sessions"),
        F("hơn 230 nghìn lượt cán bộ, đảng viên", 230000, "study_attendance", "at_least",
          a="party_members"),
        F("học tập đạt 99,2%", 99.2, "study_participation_rate"),
        F("ban hành 86 văn bản", 86, "documents_issued"),
        F("gồm 174 đồng chí", 174, "reporters", p=end_of(P808)),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("khoảng 3,5 triệu tin, bài", 3500000, "news_items", "approx"),
        F("hiện có 6.530 nhóm Zalo", 6530, "chat_groups", p=inst(D808)),
        F("215 nghìn người theo dõi", 215000, "propaganda_audience", p=inst(D808)),
        F("nhận 3.420 tác phẩm", 3420, "contest_entries"),
        F("1.128 buổi tuyên truyền", 1128, "oral_propaganda_sessions"),
        F("giấy khen cho 27 tập thể", 27, "commended_collectives"),
        F("41 cá nhân", 41, "commended_individuals"),
    ], traps=[("Ngày 5/1/2022", 5), ("Chiều 4-1", 4), ("năm 2021", 2021),
              ("Đại hội XVII", 17), ("Đại hội XIII", 13), ("579 xã, phường, thị trấn", 579),
              ("13-KH/TU", 13), ("07-CTr/TU", 7), ("30 tác phẩm được trao giải", 30),
              ("Chi bộ 4 tốt", 4), ("hơn 8 triệu dân", 8000000),
              ("30 quận, huyện, thị xã", 30), ("Ban Chỉ đạo 35", 35),
              ("Năm 2022", 2022), ("100% chi bộ", 100)]),
]
