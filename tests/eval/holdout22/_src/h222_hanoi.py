"""Twenty-second held-out set (holdout22), part 2: Hanoi districts (2018-2025).

Judgment calls:
- h22_05 (speech excerpt, Quận Cầu Giấy, năm 2018): the introduction names the Trưởng ban, so
  every paragraph opening with “ speaks for the unit. "mười hai văn bản" → 12. "đạt 96,8%"
  after the attendance is its rate. "14 trường đại học ... 200 nghìn sinh viên" traps; "trên
  6.000 lượt đoàn viên, thanh niên" propaganda_audience, masses, at_least. "Đội ngũ 42 báo cáo
  viên" a stock with no marker: an instant at 2018-12-31. The bí thư chi bộ's words in single
  quotes are an anecdote. "Sáng 27/12" a date.
- h22_06 (interview, Huyện Sóc Sơn, nhiệm kỳ 2020 – 2025): "Đồng chí Trưởng ban:" labels make
  the answers the unit's; "Cả nhiệm kỳ" → 2020-01-01..2025-12-31. "bình quân mỗi năm gần 12"
  an average of a total (trap). "25 xã, 1 thị trấn, ... 370 nghìn người" geography. "hiện có 186
  đồng chí" collaborators at the document date. "Phối hợp Trường Chính trị Thành phố" a
  partner; the 64 classes are Sóc Sơn's. "Ông Hải:" (a name only) an anecdote. The
  2025 – 2030 "phấn đấu" answer is a plan.
- h22_07 (fanpage post, Quận Long Biên, tháng 5/2021): the post stamp is the document date, not
  a month of work; the headline's "THÁNG 5/2021" is the period. ✅ lines read like list lines.
  "74 số bản tin" news_items; "1.850 băng rôn" `other`; "9.400 lượt cử tri" audience (all).
  "14 phường" geography, turnout 99,72%, "dưới 20 người" a limit, reactions: traps. Followers
  at the document date, at_most.
- h22_08 (press, Thị xã Sơn Tây, quý III năm 2023): the theme's year ("chuyên đề năm 2023")
  is no period. "đạt 97,05%" after the attendance its rate; "riêng quần chúng có 820 lượt dự
  nghe" masses attendance. "Dù tháng 7 ... chỉ mở được 2 lớp" a concession dated July 2023.
  "Tính đến ngày 30/9/2023" dates its clause's stocks; the bulletin issues in the next sentence
  are the quarter's. "mỗi số 1.500 bản" per-item; vehicle runs `other`. "Từ đầu năm đến nay"
  → 2023-01-01..2023-10-12.
"""
from build_gold import Doc, F, U, end_of, inst, month, quarter, since, term, year

CAUGIAY, SOCSON, LONGBIEN, SONTAY = (U("Quận Cầu Giấy"), U("Huyện Sóc Sơn"),
                                      U("Quận Long Biên"), U("Thị xã Sơn Tây"))

T05 = """
Hà Nội, ngày 28/12/2018

Cầu Giấy: Tuyên giáo đi trước, mở đường

Sáng 27/12, Quận ủy Cầu Giấy tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018. Dưới đây là trích phát biểu của đồng chí Phạm Thu Hằng, Trưởng ban Tuyên giáo Quận ủy Cầu Giấy:

“Thưa các đồng chí, năm 2018, Ban Tuyên giáo đã tham mưu Ban Thường vụ Quận ủy ban hành mười hai văn bản chỉ đạo về công tác tư tưởng. Toàn quận tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 6, 7 khóa XII; các chi, đảng bộ cơ sở mở 187 lớp, thu hút 14.520 lượt cán bộ, đảng viên, đạt 96,8%.

“Trên địa bàn quận có 14 trường đại học, học viện cùng khoảng 200 nghìn sinh viên. Chúng tôi phối hợp Quận đoàn tổ chức 35 buổi nói chuyện chuyên đề cho trên 6.000 lượt đoàn viên, thanh niên. Đội ngũ 42 báo cáo viên cấp quận hoạt động hiệu quả; Ban tổ chức 04 hội nghị báo cáo viên định kỳ.

“Có đồng chí bí thư chi bộ nói với tôi: ‘Chi bộ tôi 38 đảng viên, 100% đều dự học’. Đó là niềm vui của chúng tôi. Năm qua, Quận ủy đã khen thưởng 8 tập thể và 21 cá nhân.”
"""

T06 = """
Thứ Ba, ngày 20 tháng 5 năm 2025

Sóc Sơn: Nhìn lại một nhiệm kỳ công tác tuyên giáo

Trước thềm Đại hội Đảng bộ huyện Sóc Sơn lần thứ XXV, phóng viên trao đổi với đồng chí Nguyễn Thị Lan, Trưởng ban Tuyên giáo Huyện ủy Sóc Sơn.

PV: Xin đồng chí cho biết những kết quả nổi bật của công tác tuyên giáo nhiệm kỳ 2020 – 2025?

Đồng chí Trưởng ban: “Cả nhiệm kỳ, Ban đã tham mưu tổ chức 58 hội nghị học tập, quán triệt nghị quyết cấp huyện, bình quân mỗi năm gần 12 hội nghị. Các đảng bộ xã, thị trấn mở 2.146 lớp, với 196.320 lượt cán bộ, đảng viên và 147 nghìn lượt quần chúng dự nghe. Huyện có 25 xã, 1 thị trấn, dân số hơn 370 nghìn người nên việc nắm dư luận rất quan trọng: đội ngũ cộng tác viên dư luận xã hội hiện có 186 đồng chí, đã gửi về Ban 1.420 báo cáo.”

PV: Còn công tác giáo dục lý luận chính trị và thông tin nội bộ?

Đồng chí Trưởng ban: “Phối hợp Trường Chính trị Thành phố, Trung tâm Chính trị huyện mở 64 lớp bồi dưỡng lý luận chính trị với 5.830 học viên. Bản tin “Sóc Sơn ngày mới” phát hành đủ 60 số.”

Ông Hải: “Thôn tôi 320 hộ, Zalo thôn có hơn 500 thành viên, tin gì cũng biết ngay.”

PV: Nhiệm vụ nhiệm kỳ tới?

Đồng chí Trưởng ban: “Nhiệm kỳ 2025 – 2030, chúng tôi phấn đấu 100% thôn, xóm có nhóm Zalo do chi bộ quản lý và mở thêm 10 lớp sơ cấp.”
"""
D06 = "2025-05-20"

T07 = """
Tuyên giáo Long Biên
31 tháng 5, 2021 lúc 21:05

📌 THÁNG 5/2021 – TUYÊN GIÁO LONG BIÊN CHUNG SỨC CÙNG NGÀY HỘI NON SÔNG

Trong tháng, Ban Tuyên giáo Quận ủy Long Biên đã:
✅ Treo 1.850 băng rôn, khẩu hiệu tuyên truyền bầu cử
✅ Phát 74 số bản tin trên hệ thống loa truyền thanh của 14 phường
✅ Tổ chức 126 buổi tuyên truyền miệng với khoảng 9.400 lượt cử tri
✅ Đăng 318 tin, bài, video trên fanpage
✅ Tổ chức 02 hội nghị báo cáo viên chuyên đề bầu cử
✅ Tổng hợp 18 báo cáo dư luận xã hội về bầu cử
✅ Cuộc thi “Tìm hiểu về bầu cử” qua Zalo: 6.215 lượt dự thi
✅ 27 cá nhân được Quận ủy tặng giấy khen

Tỷ lệ cử tri đi bầu toàn quận đạt 99,72%. Do phòng dịch Covid-19, các buổi sinh hoạt chỉ được tổ chức với dưới 20 người.
Fanpage hiện có gần 31.500 người theo dõi.
#LongBien #BauCu2021
👍 412 · 36 bình luận · 58 lượt chia sẻ
"""
D07 = "2021-05-31"

T08 = """
Ngày 12/10/2023

Sơn Tây: Quý III sôi nổi với các hoạt động tuyên giáo

Quý III năm 2023, Ban Tuyên giáo Thị ủy Sơn Tây tham mưu tổ chức 2 hội nghị cấp thị xã học tập chuyên đề năm 2023 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, với 3.114 lượt đảng viên tham dự, đạt 97,05%; riêng quần chúng có 820 lượt dự nghe.

Dù tháng 7 thị xã chỉ mở được 2 lớp bồi dưỡng, cả quý vẫn mở 6 lớp bồi dưỡng lý luận chính trị với 412 học viên.

Tính đến ngày 30/9/2023, thị xã có 68 báo cáo viên và 152 nhóm Zalo tổ dân phố. Trong quý, Ban phát hành 3 số bản tin nội bộ, mỗi số 1.500 bản; đội xe tuyên truyền lưu động chạy 96 lượt.

Thị xã có 15 xã, phường với khoảng 150 nghìn dân, nhiều di tích như thành cổ Sơn Tây xây năm 1822. Từ đầu năm đến nay, toàn thị xã đã tổ chức 214 buổi tuyên truyền miệng, thu hút khoảng 16.800 lượt người nghe.

Trong thời gian tới, thị xã phấn đấu mở thêm 2 lớp sơ cấp.
"""
D08 = "2023-10-12"
S08 = since("2023-01-01", D08)

DOCS = [
    Doc("h22_05_caugiay_2018_speech", T05, CAUGIAY, year(2018), "2018-12-28", "text", facts=[
        F("mười hai văn bản", 12, "documents_issued"),
        F("3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 187 lớp", 187, "study_sessions"),
        F("14.520 lượt cán bộ, đảng viên", 14520, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("35 buổi nói chuyện", 35, "oral_propaganda_sessions"),
        F("trên 6.000 lượt đoàn viên", 6000, "propaganda_audience", "at_least", a="masses"),
        F("Đội ngũ 42 báo cáo viên", 42, "reporters", p=end_of(year(2018))),
        F("04 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("8 tập thể", 8, "commended_collectives"),
        F("21 cá nhân", 21, "commended_individuals"),
    ], traps=[("Sáng 27/12", 27), ("Trung ương 6, 7", 6), ("14 trường đại học", 14),
              ("khoảng 200 nghìn sinh viên", 200000), ("38 đảng viên", 38),
              ("100% đều dự học", 100)]),
    Doc("h22_06_socson_term_2020_2025_interview", T06, SOCSON, term(2020, 2025), D06, "text",
        facts=[
        F("tổ chức 58 hội nghị", 58, "study_sessions"),
        F("mở 2.146 lớp", 2146, "study_sessions"),
        F("196.320 lượt cán bộ, đảng viên", 196320, "study_attendance", a="party_members"),
        F("147 nghìn lượt quần chúng", 147000, "study_attendance", a="masses"),
        F("hiện có 186 đồng chí", 186, "opinion_collaborators", p=inst(D06)),
        F("1.420 báo cáo", 1420, "opinion_reports"),
        F("mở 64 lớp", 64, "training_classes"),
        F("5.830 học viên", 5830, "trainees"),
        F("phát hành đủ 60 số", 60, "news_items"),
    ], traps=[("gần 12 hội nghị", 12), ("25 xã", 25), ("1 thị trấn", 1),
              ("hơn 370 nghìn người", 370000), ("320 hộ", 320), ("hơn 500 thành viên", 500),
              ("100% thôn", 100), ("thêm 10 lớp", 10), ("2025 – 2030", 2025)]),
    Doc("h22_07_longbien_05_2021_post", T07, LONGBIEN, month(5, 2021), D07, "text", facts=[
        F("Treo 1.850 băng rôn", 1850, "other"),
        F("Phát 74 số bản tin", 74, "news_items"),
        F("126 buổi tuyên truyền miệng", 126, "oral_propaganda_sessions"),
        F("khoảng 9.400 lượt cử tri", 9400, "propaganda_audience", "approx"),
        F("Đăng 318 tin, bài", 318, "news_items"),
        F("02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("18 báo cáo dư luận", 18, "opinion_reports"),
        F("6.215 lượt dự thi", 6215, "contest_entries"),
        F("27 cá nhân", 27, "commended_individuals"),
        F("gần 31.500 người theo dõi", 31500, "propaganda_audience", "at_most", p=inst(D07)),
    ], traps=[("14 phường", 14), ("99,72%", 99.72), ("dưới 20 người", 20),
              ("Covid-19", 19), ("👍 412", 412), ("36 bình luận", 36),
              ("58 lượt chia sẻ", 58), ("#BauCu2021", 2021), ("21:05", 21)]),
    Doc("h22_08_sontay_q3_2023_press", T08, SONTAY, quarter(3, 2023), D08, "text", facts=[
        F("tổ chức 2 hội nghị", 2, "study_sessions"),
        F("3.114 lượt đảng viên", 3114, "study_attendance", a="party_members"),
        F("đạt 97,05%", 97.05, "study_participation_rate"),
        F("820 lượt dự nghe", 820, "study_attendance", a="masses"),
        F("mở được 2 lớp", 2, "training_classes", p=month(7, 2023)),
        F("mở 6 lớp", 6, "training_classes"),
        F("412 học viên", 412, "trainees"),
        F("68 báo cáo viên", 68, "reporters", p=inst("2023-09-30")),
        F("152 nhóm Zalo", 152, "chat_groups", p=inst("2023-09-30")),
        F("phát hành 3 số", 3, "news_items"),
        F("chạy 96 lượt", 96, "other"),
        F("214 buổi tuyên truyền miệng", 214, "oral_propaganda_sessions", p=S08),
        F("khoảng 16.800 lượt người nghe", 16800, "propaganda_audience", "approx", p=S08),
    ], traps=[("chuyên đề năm 2023", 2023), ("mỗi số 1.500 bản", 1500), ("15 xã", 15),
              ("khoảng 150 nghìn dân", 150000), ("năm 1822", 1822), ("thêm 2 lớp", 2)]),
]
