"""Nineteenth held-out set (holdout19), part 2: Hanoi districts and city bodies (2015-2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h19_05 (weekly bulletin "TIN NGẮN", March 2023): the letterhead "BAN TUYÊN GIÁO THÀNH ỦY HÀ
  NỘI" makes the article unit Thành phố Hà Nội; its period is the issue month (March 2023:
  no headline or first sentence names another); "Hà Nội, ngày 24/3/2023" under the issue line
  is the document date. Each bullet "• Quận ...:" / "• Thành Đoàn Hà Nội:" heads a section; the
  Thành Đoàn and the Hội Liên hiệp Phụ nữ Thành phố are the city. Đông Anh's "Từ đầu năm đến
  nay" runs 2023-01-01..2023-03-24 and dates the whole sentence (classes, trainees, chi bộ
  sessions). Thanh Xuân's 45 lecturers "hiện có" are at the document date. "Tháng Thanh niên
  năm 2023" dates March 2023. "tại 18 phường", "92 năm", "(26/3/1931 – 26/3/2023)", "113 năm",
  "8/3", "Tối 18/3" and the bulletin's number are traps; "hơn 5.000 hội viên" at talks are an
  audience (masses).
- h19_06 (two districts, Q2 2020): the article unit is Quận Long Biên (first named), period
  Q2 2020; "Quận Long Biên: ..." and "Huyện Gia Lâm: ..." head sections. "dưới 30 người theo
  quy định phòng dịch" is a limit (trap). The Trưởng ban's quotation "lập thêm 64 nhóm ...
  nâng tổng số lên 410 nhóm với khoảng 38.000 thành viên": 64 is a change (trap), the total
  and the members are stocks at the quarter's end (2020-06-30, no marker). "12.540 bài dự thi"
  are contest entries. Gia Lâm: "Từ ngày 4/5 đến nay" runs 2020-05-04..2020-06-30; the
  classes opened by "các đảng bộ xã, thị trấn" are Gia Lâm's (the orgs are the structure);
  "xe loa ... chạy 240 lượt" is `other`; "25-30 phóng sự" is 25 at_least (news_items). The
  tiểu thương's quotation, the commune count, the directive numbers and the quý III plan are
  traps.
- h19_07 (radio interview, Sóc Sơn, year to date 2024): the broadcaster's letterhead names who
  aired it; the unit is Huyện Sóc Sơn (headline); the airing header gives the document date
  2024-09-19; "Từ đầu năm 2024 đến nay" = 2024-01-01..2024-09-19. The "Đồng chí Trưởng ban:"
  answers are the unit's. Number words: "mười hai văn bản" 12, "hai hội nghị cấp huyện" 2,
  "một trăm lẻ năm lớp" 105, "hai đợt" 2, "một trang thông tin điện tử" 1, "hai fanpage" 2.
  "Gần như 100% cán bộ, đảng viên dự học" is a participation rate (approx). Stocks "hiện có"
  (website, pages, groups, members) are at the document date; "Đội ngũ 47 cộng tác viên" has
  no marker and ends the period (also 2024-09-19). "Luật Thủ đô năm 2024" names a law (trap);
  "trước năm 2025" is the year of a goal (trap); the villager's ‘430 hộ’ is an anecdote.
- h19_08 (congress speech, Hai Bà Trưng, term 2015-2020): the speech introduced as the
  Trưởng ban's (intro ending in a colon, several paragraphs each opening with “) speaks for
  the unit; its period is the term 2015-2020; the congress days "từ ngày 5 đến 7/8/2020" are
  no period. "Các đảng bộ phường tổ chức trên 2.300 buổi" inside the official's speech is the
  district's. "hiện có 52 đồng chí" is at the document date (2020-08-08, "Cập nhật"). "bình
  quân mỗi năm gần 12 hội nghị", "mỗi tháng 1 hội nghị", "Trong 5 năm", the 2020-2025 plan
  paragraph, the ward count and the name "Hai Bà Trưng" are traps. "260 báo cáo định kỳ và
  74 báo cáo đột xuất về tình hình tư tưởng" are two opinion_reports facts; "tặng giấy khen
  cho 9 báo cáo viên" are commended individuals; "64 thí sinh" contest entries.
"""
from build_gold import Doc, F, U, end_of, inst, month, quarter, since, term

HANOI = U("Thành phố Hà Nội")
CAUGIAY, DONGANH, HOANKIEM, THANHXUAN = (U("Quận Cầu Giấy"), U("Huyện Đông Anh"),
                                         U("Quận Hoàn Kiếm"), U("Quận Thanh Xuân"))
LONGBIEN, GIALAM, SOCSON, HBT = (U("Quận Long Biên"), U("Huyện Gia Lâm"),
                                 U("Huyện Sóc Sơn"), U("Quận Hai Bà Trưng"))

# ---------------------------------------------------------------------------------------------
T05 = """
BAN TUYÊN GIÁO THÀNH ỦY HÀ NỘI
BẢN TIN TUYÊN GIÁO – SỐ 12 (TUẦN 3, THÁNG 3/2023)
Hà Nội, ngày 24/3/2023

TIN NGẮN

• Quận Cầu Giấy: Trong tháng 3, Quận ủy Cầu Giấy tổ chức 02 hội nghị học tập, quán triệt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2023 với 1.850 lượt cán bộ, đảng viên. Trang thông tin điện tử quận đăng 96 tin, bài hưởng ứng Tháng Thanh niên.

• Huyện Đông Anh: Từ đầu năm đến nay, Huyện ủy Đông Anh mở 3 lớp bồi dưỡng nhận thức về Đảng cho 312 học viên là quần chúng ưu tú; các chi bộ thôn tổ chức 146 buổi sinh hoạt chuyên đề về xây dựng nông thôn mới kiểu mẫu.

• Quận Hoàn Kiếm: Trong tháng, Ban Tuyên giáo Quận ủy phối hợp Công an quận tổ chức 14 buổi tuyên truyền về phòng cháy, chữa cháy nhà ống, nhà phố cổ tại 18 phường với khoảng 2.100 lượt người dân. Tối 18/3, quận tổ chức chương trình nghệ thuật “Hoàn Kiếm – Trái tim Thủ đô” tại phố đi bộ.

• Quận Thanh Xuân: Quận ủy Thanh Xuân hiện có 45 báo cáo viên; trong tháng, Ban Tuyên giáo Quận ủy tổ chức 1 hội nghị báo cáo viên, thông tin thời sự trong nước và quốc tế.

• Thành Đoàn Hà Nội: Hưởng ứng Tháng Thanh niên năm 2023, Thành Đoàn tổ chức Cuộc thi trực tuyến “Tuổi trẻ Thủ đô với Đảng”, thu hút 58.406 lượt đoàn viên, thanh niên dự thi, chào mừng 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2023).

• Hội Liên hiệp Phụ nữ Thành phố: Nhân kỷ niệm 113 năm Ngày Quốc tế Phụ nữ 8/3, Hội tổ chức 36 buổi nói chuyện chuyên đề về bình đẳng giới cho hơn 5.000 hội viên.
"""
D05 = "2023-03-24"
P05 = month(3, 2023)

# ---------------------------------------------------------------------------------------------
T06 = """
Thứ Ba, 30/6/2020

Long Biên, Gia Lâm: Giữ nhịp tuyên giáo trong mùa dịch

(HNM) – Quý II năm 2020, dù nửa đầu tháng 4 phải thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg, Quận ủy Long Biên và Huyện ủy Gia Lâm vẫn giữ được nhịp tuyên giáo đều đặn, gắn tuyên truyền phòng, chống dịch Covid-19 với chuẩn bị đại hội đảng bộ các cấp.

Quận Long Biên: Học qua màn hình, thảo luận ở chi bộ
Trong quý, Quận ủy Long Biên tổ chức 4 hội nghị học tập, quán triệt Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp; mỗi hội nghị chỉ được tổ chức với dưới 30 người theo quy định phòng dịch, số còn lại theo dõi trực tuyến. Các chi bộ tổ chức 312 buổi sinh hoạt thảo luận dự thảo văn kiện Đại hội Đảng bộ quận. Đài truyền thanh quận và các phường phát hơn 1.200 tin, bài về phòng, chống dịch. Cuộc thi trực tuyến “Tìm hiểu 90 năm lịch sử Đảng bộ Thành phố Hà Nội” ghi nhận 12.540 bài dự thi của cán bộ, đảng viên và nhân dân trong quận.

“Giãn cách không có nghĩa là ngừng tuyên truyền. Chúng tôi lập thêm 64 nhóm Zalo tổ dân phố, nâng tổng số lên 410 nhóm với khoảng 38.000 thành viên”, đồng chí Nguyễn Thị Lan, Trưởng ban Tuyên giáo Quận ủy Long Biên, cho biết. Quận có 14 phường với khoảng 320 nghìn dân.

Huyện Gia Lâm: Xe loa đến từng chợ
Huyện có 20 xã, 2 thị trấn. Từ ngày 4/5 đến nay, các đảng bộ xã, thị trấn đã mở 58 lớp học tập chuyên đề năm 2020 với 6.214 lượt đảng viên, đạt 94,2%. Trong quý, Ban Tuyên giáo Huyện ủy tổ chức 18 buổi tuyên truyền lưu động tại các chợ đầu mối; xe loa của huyện chạy 240 lượt. Ban phối hợp Đài truyền thanh huyện thực hiện 25-30 phóng sự về gương người tốt, việc tốt trong phòng, chống dịch.

“Tôi bán rau ở chợ Trâu Quỳ 20 năm, chưa thấy đợt nào loa nói kỹ như đợt này”, bà Đỗ Thị Mến, tiểu thương, nói. Huyện ủy Gia Lâm khen thưởng 6 tập thể, 14 cá nhân có thành tích trong phòng, chống dịch.

Quý III, hai địa phương sẽ tập trung tuyên truyền Đại hội đại biểu Đảng bộ Thành phố lần thứ XVII, dự kiến diễn ra trong tháng 10/2020.
"""
D06 = "2020-06-30"
P06 = quarter(2, 2020)

# ---------------------------------------------------------------------------------------------
T07 = """
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ NỘI
Chuyên mục “Xây dựng Đảng”, phát lúc 20 giờ 10, thứ Năm ngày 19/9/2024

Sóc Sơn: Đưa nghị quyết về thôn, xóm

Từ đầu năm 2024 đến nay, Huyện ủy Sóc Sơn có nhiều cách làm mới trong công tác tuyên giáo. Huyện có 25 xã, 1 thị trấn với hơn 360 nghìn dân và đang phấn đấu trở thành thị xã trước năm 2025. Phóng viên trao đổi với đồng chí Nguyễn Văn Thắng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Sóc Sơn.

Phóng viên: Xin đồng chí cho biết những kết quả nổi bật của công tác tuyên giáo thời gian qua?

Đồng chí Trưởng ban: “Từ đầu năm đến nay, Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành mười hai văn bản chỉ đạo; tổ chức hai hội nghị cấp huyện học tập, quán triệt Nghị quyết Hội nghị Trung ương 9 khóa XIII, tiếp đó các chi bộ mở một trăm lẻ năm lớp ở thôn, xóm. Gần như 100% cán bộ, đảng viên dự học. Huyện cũng triển khai hai đợt sinh hoạt chính trị, tư tưởng và phối hợp Trung tâm Chính trị huyện mở 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 298 học viên.”

Phóng viên: Còn việc tuyên truyền Luật Thủ đô năm 2024 và trên không gian mạng?

Đồng chí Trưởng ban: “Về Luật Thủ đô, huyện đã tổ chức 46 buổi tuyên truyền với trên 7.300 lượt người dân. Huyện hiện có một trang thông tin điện tử, hai fanpage chính danh và 526 nhóm Zalo thôn, xóm với xấp xỉ 61 nghìn thành viên. Từ đầu năm, trang của huyện đăng khoảng 1.400 tin, bài. Đội ngũ 47 cộng tác viên dư luận xã hội của huyện đã gửi về Ban 52 báo cáo. Có bà con ở thôn Lai Cách nói với tôi: ‘Cả thôn 430 hộ, nhà nào cũng có người vào nhóm’.”

Phóng viên: Xin cảm ơn đồng chí!
"""
D07 = "2024-09-19"
P07 = since("2024-01-01", D07)

# ---------------------------------------------------------------------------------------------
T08 = """
Cập nhật 08/8/2020 09:30

Hai Bà Trưng: Dấu ấn công tác tuyên giáo nhiệm kỳ 2015 – 2020

Đại hội đại biểu Đảng bộ quận Hai Bà Trưng lần thứ XXV, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 5 đến 7/8/2020. Sau đây là trích tham luận của đồng chí Phạm Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Hai Bà Trưng:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 146 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng. Quận tổ chức 58 hội nghị học tập, quán triệt nghị quyết cấp quận, bình quân mỗi năm gần 12 hội nghị; các tổ chức cơ sở đảng mở 1.870 lớp với 152.360 lượt cán bộ, đảng viên và 48.715 lượt quần chúng tham dự.

“Công tác tuyên truyền miệng được duy trì nền nếp. Đội ngũ báo cáo viên quận hiện có 52 đồng chí; Ban tổ chức 60 hội nghị báo cáo viên, mỗi tháng 1 hội nghị. Các đảng bộ phường tổ chức trên 2.300 buổi nói chuyện thời sự với khoảng 186 nghìn lượt người nghe. Hội thi báo cáo viên giỏi cấp quận có 64 thí sinh tham gia.

“Trong 5 năm, Ban đã tổng hợp 260 báo cáo định kỳ và 74 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội. Quận ủy khen thưởng 87 tập thể, 214 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; tặng giấy khen cho 9 báo cáo viên.

“Nhiệm kỳ 2020 – 2025, chúng tôi phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng quý, mỗi năm mở ít nhất 2 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở.”

Quận Hai Bà Trưng hiện có 18 phường với khoảng 300 nghìn dân.
"""
D08 = "2020-08-08"
P08 = term(2015, 2020)

DOCS = [
    Doc("h19_05_hanoi_bulletin_3_2023", T05, HANOI, P05, D05, "text", facts=[
        F("02 hội nghị học tập", 2, "study_sessions", unit=CAUGIAY),
        F("1.850 lượt cán bộ, đảng viên", 1850, "study_attendance", a="party_members",
          unit=CAUGIAY),
        F("đăng 96 tin, bài", 96, "news_items", unit=CAUGIAY),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes", unit=DONGANH,
          p=since("2023-01-01", D05)),
        F("312 học viên", 312, "trainees", unit=DONGANH, p=since("2023-01-01", D05)),
        F("146 buổi sinh hoạt chuyên đề", 146, "party_cell_discussions", unit=DONGANH,
          p=since("2023-01-01", D05)),
        F("14 buổi tuyên truyền", 14, "oral_propaganda_sessions", unit=HOANKIEM),
        F("khoảng 2.100 lượt người dân", 2100, "propaganda_audience", "approx", a="masses",
          unit=HOANKIEM),
        F("hiện có 45 báo cáo viên", 45, "reporters", unit=THANHXUAN, p=inst(D05)),
        F("1 hội nghị báo cáo viên", 1, "reporter_conferences", unit=THANHXUAN),
        F("58.406 lượt đoàn viên, thanh niên dự thi", 58406, "contest_entries"),
        F("36 buổi nói chuyện", 36, "oral_propaganda_sessions"),
        F("hơn 5.000 hội viên", 5000, "propaganda_audience", "at_least", a="masses"),
    ], traps=[("SỐ 12", 12), ("TUẦN 3", 3), ("THÁNG 3/2023", 3), ("ngày 24/3/2023", 24),
              ("tháng 3", 3), ("năm 2023", 2023), ("tại 18 phường", 18), ("Tối 18/3", 18),
              ("92 năm", 92), ("(26/3/1931 – 26/3/2023)", 26), ("113 năm", 113),
              ("8/3", 8)]),
    Doc("h19_06_longbien_gialam_q2_2020", T06, LONGBIEN, P06, D06, "text", facts=[
        F("4 hội nghị học tập", 4, "study_sessions"),
        F("312 buổi sinh hoạt thảo luận", 312, "party_cell_discussions"),
        F("hơn 1.200 tin, bài", 1200, "news_items", "at_least"),
        F("12.540 bài dự thi", 12540, "contest_entries"),
        F("410 nhóm", 410, "chat_groups", p=end_of(P06)),
        F("khoảng 38.000 thành viên", 38000, "chat_group_members", "approx", p=end_of(P06)),
        F("mở 58 lớp", 58, "study_sessions", unit=GIALAM, p=since("2020-05-04", D06)),
        F("6.214 lượt đảng viên", 6214, "study_attendance", a="party_members", unit=GIALAM,
          p=since("2020-05-04", D06)),
        F("đạt 94,2%", 94.2, "study_participation_rate", unit=GIALAM,
          p=since("2020-05-04", D06)),
        F("18 buổi tuyên truyền", 18, "oral_propaganda_sessions", unit=GIALAM),
        F("chạy 240 lượt", 240, "other", unit=GIALAM),
        F("25-30 phóng sự", 25, "news_items", "at_least", unit=GIALAM),
        F("6 tập thể", 6, "commended_collectives", unit=GIALAM),
        F("14 cá nhân", 14, "commended_individuals", unit=GIALAM),
    ], traps=[("30/6/2020", 30), ("Quý II năm 2020", 2020), ("tháng 4", 4),
              ("Chỉ thị 16/CT-TTg", 16), ("Covid-19", 19), ("35-CT/TW", 35),
              ("dưới 30 người", 30), ("90 năm", 90), ("thêm 64 nhóm", 64),
              ("14 phường", 14), ("khoảng 320 nghìn dân", 320000), ("20 xã", 20),
              ("2 thị trấn", 2), ("ngày 4/5", 4), ("chuyên đề năm 2020", 2020),
              ("20 năm", 20), ("tháng 10/2020", 10)]),
    Doc("h19_07_socson_radio_2024", T07, SOCSON, P07, D07, "text", facts=[
        F("mười hai văn bản", 12, "documents_issued"),
        F("hai hội nghị cấp huyện", 2, "study_sessions"),
        F("một trăm lẻ năm lớp", 105, "study_sessions"),
        F("Gần như 100% cán bộ, đảng viên dự học", 100, "study_participation_rate",
          "approx"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes"),
        F("298 học viên", 298, "trainees"),
        F("46 buổi tuyên truyền", 46, "oral_propaganda_sessions"),
        F("trên 7.300 lượt người dân", 7300, "propaganda_audience", "at_least", a="masses"),
        F("một trang thông tin điện tử", 1, "websites", p=inst(D07)),
        F("hai fanpage chính danh", 2, "social_pages", p=inst(D07)),
        F("526 nhóm Zalo", 526, "chat_groups", p=inst(D07)),
        F("xấp xỉ 61 nghìn thành viên", 61000, "chat_group_members", "approx", p=inst(D07)),
        F("khoảng 1.400 tin, bài", 1400, "news_items", "approx"),
        F("47 cộng tác viên", 47, "opinion_collaborators", p=end_of(P07)),
        F("Ban 52 báo cáo", 52, "opinion_reports"),
    ], traps=[("20 giờ 10", 20), ("ngày 19/9/2024", 19), ("năm 2024 đến nay", 2024),
              ("25 xã", 25), ("1 thị trấn", 1), ("hơn 360 nghìn dân", 360000),
              ("trước năm 2025", 2025), ("Trung ương 9", 9), ("Luật Thủ đô năm 2024", 2024),
              ("430 hộ", 430)]),
    Doc("h19_08_haibatrung_term_2015_2020", T08, HBT, P08, D08, "text", facts=[
        F("ban hành 146 văn bản", 146, "documents_issued"),
        F("58 hội nghị học tập", 58, "study_sessions"),
        F("mở 1.870 lớp", 1870, "study_sessions"),
        F("152.360 lượt cán bộ, đảng viên", 152360, "study_attendance", a="party_members"),
        F("48.715 lượt quần chúng", 48715, "study_attendance", a="masses"),
        F("hiện có 52 đồng chí", 52, "reporters", p=inst(D08)),
        F("60 hội nghị báo cáo viên", 60, "reporter_conferences"),
        F("trên 2.300 buổi nói chuyện", 2300, "oral_propaganda_sessions", "at_least"),
        F("khoảng 186 nghìn lượt người nghe", 186000, "propaganda_audience", "approx"),
        F("64 thí sinh", 64, "contest_entries"),
        F("260 báo cáo định kỳ", 260, "opinion_reports"),
        F("74 báo cáo đột xuất", 74, "opinion_reports"),
        F("khen thưởng 87 tập thể", 87, "commended_collectives"),
        F("214 cá nhân", 214, "commended_individuals"),
        F("cho 9 báo cáo viên", 9, "commended_individuals"),
    ], traps=[("08/8/2020 09:30", 8), ("nhiệm kỳ 2015 – 2020", 2015), ("Hai Bà Trưng", 2),
              ("nhiệm kỳ 2020 – 2025", 2020), ("từ ngày 5 đến 7/8/2020", 5),
              ("Nhiệm kỳ 2015 – 2020", 2015), ("mỗi năm gần 12 hội nghị", 12),
              ("mỗi tháng 1 hội nghị", 1), ("Trong 5 năm", 5), ("Nhiệm kỳ 2020 – 2025", 2020),
              ("100% chi bộ", 100), ("ít nhất 2 lớp", 2), ("18 phường", 18),
              ("khoảng 300 nghìn dân", 300000)]),
]
