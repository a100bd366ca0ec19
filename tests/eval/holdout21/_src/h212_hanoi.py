"""Twenty-first held-out set (holdout21), part 2: Hanoi districts and the city (2016-2020).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h21_05 (short item of three sentences, Quận Hoàn Kiếm, 2016): no date in the text; the
  sidecar gives 2017-01-06 (doc_date_source "sidecar"). "gần 9.800 lượt cán bộ, đảng viên"
  at_most; "phát hành đủ 12 số" news_items, "mỗi số 4.000 bản" per-item (trap); number words
  "hai mươi tập thể", "ba mươi lăm cá nhân" commended (20, 35) — "tiêu biểu" after a
  commendation keeps them facts (no contest ranking).
- h21_06 (newspaper item, Hà Nội, 6 tháng đầu năm 2018, sections "* Quận Đống Đa", "* Quận
  Hai Bà Trưng", "* Quận Long Biên"): the headline names no unit and the first sentence names
  Ban Tuyên giáo Thành ủy Hà Nội first, so the article's unit is the city (its 2 reporter
  conferences). "Sáu tháng đầu năm 2018" (number word) is the article period; "Ngày 02/7/2018"
  the document date. Đống Đa: "hơn 1.200 cán bộ chủ chốt" at the district meetings is their
  attendance (party_members, at_least); "gần 400 nghìn người" population (trap); "21 đảng bộ
  phường và 47 chi, đảng bộ cơ sở" structure (traps); "Còn dưới 300 đảng viên chưa tham gia"
  `other`, at_most. Hai Bà Trưng (name's number word a trap): "ba hội nghị cấp quận" = 3;
  "phát sóng 96 chương trình ... và 24 kỳ phóng sự" two news_items. Long Biên: "17.406/18.112
  đảng viên" attendance; "hiện có 15 trang thông tin điện tử (1 của quận, 14 của các phường) và
  23 fanpage" stocks at the document date, bracketed parts traps.
- h21_07 (conference contribution, Huyện Gia Lâm, nhiệm kỳ 2015 – 2020): the headline names
  Gia Lâm (article unit; the city body in the first sentence organised the conference). The
  introduction ends in a colon and the speech runs over several paragraphs each opening with
  “; only the last closes, so all of it is the Trưởng ban's (facts of Gia Lâm); its opening
  "Nhiệm kỳ 2015 – 2020" is the period (term 2015-01-01..2020-12-31); the conference date
  "Ngày 22/9/2020" is the document date. The village head's words in single quotes (340 hộ)
  are an anecdote. The title in quotes “Gia Lâm hôm nay” does not close the speech. "đội ngũ
  42 báo cáo viên" (no marker) an instant at 2020-12-31. "Cuộc thi ... năm 2019": the year
  names the contest, no period; "trong đó đoàn viên thanh niên chiếm khoảng 58%" a share of a
  count (trap). "Cả nhiệm kỳ" is the report's term. "Nhiệm kỳ 2020 – 2025, chúng tôi phấn
  đấu ..." a plan (traps).
- h21_08 (year-end article comparing targets with results, Thị xã Sơn Tây and Huyện Ba Vì,
  2019): headline names Sơn Tây first (article unit); sections "Thị xã Sơn Tây: ..." and
  "Huyện Ba Vì: ..." govern their paragraphs. Targets ("chỉ tiêu mở 6 lớp", "chỉ tiêu 95%",
  "Chỉ tiêu năm 2019 ... là 120 buổi"), "đạt 133% kế hoạch", "tăng 12 kỳ so với năm 2018",
  "gấp rưỡi cùng kỳ" are traps; the results are facts ("cả năm" = the article's year). "nơi lưu
  giữ 956 ngôi nhà cổ" what a place holds (trap). "164 buổi" is oral propaganda (the noun the
  clause before names). "68 nhóm Zalo mới ..., nâng tổng số lên 412 nhóm": the added count a
  trap, the total chat_groups at 2019-12-31 (no marker). "Đội ngũ 126 cộng tác viên" an instant
  at 2019-12-31; "gửi về Ban 94 báo cáo tình hình tư tưởng" opinion_reports (a count, not
  "Ban 94"). "tặng giấy khen cho 9 tuyên truyền viên" commended_individuals. Shares of the
  population, "31 xã, thị trấn", "7 xã miền núi" and the 2020 plan are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, term, year

HOANKIEM, HANOI = U("Quận Hoàn Kiếm"), U("Thành phố Hà Nội")
DONGDA, HBT, LONGBIEN = U("Quận Đống Đa"), U("Quận Hai Bà Trưng"), U("Quận Long Biên")
GIALAM, SONTAY, BAVI = U("Huyện Gia Lâm"), U("Thị xã Sơn Tây"), U("Huyện Ba Vì")

# ---------------------------------------------------------------------------------------------
T05 = """
Hoàn Kiếm: Học nghị quyết, làm theo Bác

Năm 2016, Ban Tuyên giáo Quận ủy Hoàn Kiếm tham mưu tổ chức 04 hội nghị cấp quận học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội XVI Đảng bộ thành phố, với gần 9.800 lượt cán bộ, đảng viên tham dự. Bản tin “Sinh hoạt chi bộ” của quận phát hành đủ 12 số, mỗi số 4.000 bản. Ban Thường vụ Quận ủy đã biểu dương hai mươi tập thể và ba mươi lăm cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
"""
D05 = "2017-01-06"
P05 = year(2016)

# ---------------------------------------------------------------------------------------------
T06 = """
Ba quận hoàn thành học tập Nghị quyết Trung ương 7 trước thời hạn

Ngày 02/7/2018

(HNM) – Sáu tháng đầu năm 2018, Ban Tuyên giáo Thành ủy Hà Nội tổ chức 2 hội nghị báo cáo viên chuyên đề về các nghị quyết Hội nghị lần thứ sáu và lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII; các quận Đống Đa, Hai Bà Trưng và Long Biên đã cơ bản hoàn thành việc học tập, quán triệt các nghị quyết đến cán bộ, đảng viên và nhân dân.

* Quận Đống Đa
Là một trong những quận đông dân nhất Thủ đô với gần 400 nghìn người, Đống Đa tổ chức 2 hội nghị cấp quận cho hơn 1.200 cán bộ chủ chốt. 21 đảng bộ phường và 47 chi, đảng bộ cơ sở đã mở 312 lớp với 26.740 lượt cán bộ, đảng viên, đạt 97,15%. Còn dưới 300 đảng viên chưa tham gia do ốm đau, tuổi cao; các chi bộ đã bố trí học bù.

* Quận Hai Bà Trưng
Quận ủy tổ chức ba hội nghị cấp quận. Tại cơ sở, các chi, đảng bộ mở 246 lớp, thu hút 21.350 lượt cán bộ, đảng viên và khoảng 6.000 lượt quần chúng. Các chi bộ đã tổ chức 834 buổi thảo luận, gắn nội dung nghị quyết với việc chỉnh trang phố phường. Đài Phát thanh quận phát sóng 96 chương trình chuyên đề và 24 kỳ phóng sự về việc thực hiện nghị quyết.

* Quận Long Biên
Quận ủy tổ chức 02 hội nghị cấp quận; các đảng bộ phường mở 198 lớp với 17.406/18.112 đảng viên tham gia, đạt tỷ lệ 96,1%. Ban Tuyên giáo Quận ủy phối hợp Trung tâm Bồi dưỡng chính trị quận mở 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 308 học viên. Long Biên hiện có 15 trang thông tin điện tử (1 của quận, 14 của các phường) và 23 fanpage do các chi, đảng bộ quản lý.
"""
D06 = "2018-07-02"
P06 = h1(2018)
NOW06 = inst(D06)

# ---------------------------------------------------------------------------------------------
T07 = """
Gia Lâm: Tuyên giáo góp sức xây dựng huyện nông thôn mới

Ngày 22/9/2020, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020 của các quận, huyện, thị xã. Sau đây là trích tham luận của đồng chí Nguyễn Thị Hà, Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 126 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng; tổ chức 14 hội nghị cấp huyện học tập, quán triệt các nghị quyết của Trung ương, của Thành ủy và Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV.

“Ở cơ sở, các đảng bộ xã, thị trấn và chi, đảng bộ cơ quan đã mở 1.184 lớp với 86.420 lượt cán bộ, đảng viên và 41.300 lượt quần chúng tham dự. Các chi bộ tổ chức 2.860 buổi sinh hoạt chuyên đề, thảo luận về nghị quyết. Phối hợp Trung tâm Bồi dưỡng chính trị huyện, chúng tôi mở 58 lớp bồi dưỡng nhận thức về Đảng và đảng viên mới với 4.207 học viên.

“Tuyên truyền miệng vẫn là thế mạnh. Có bác trưởng thôn ở Kiêu Kỵ nói với tôi: ‘Thôn tôi 340 hộ, tối nào loa cũng đọc tin, không ai bảo là không biết’. Đài truyền thanh huyện phát 1.540 chương trình “Gia Lâm hôm nay”; đội ngũ 42 báo cáo viên của huyện thực hiện 615 buổi nói chuyện thời sự ở cơ sở.

“Cuộc thi tìm hiểu lịch sử Đảng bộ huyện năm 2019 có 19.652 lượt người dự thi, trong đó đoàn viên thanh niên chiếm khoảng 58%. Cả nhiệm kỳ, Huyện ủy khen thưởng 86 tập thể và 214 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Nhiệm kỳ 2020 – 2025, chúng tôi phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng quý.”
"""
D07 = "2020-09-22"
P07 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T08 = """
Thứ Sáu, ngày 27 tháng 12 năm 2019

Sơn Tây, Ba Vì: Vượt chỉ tiêu công tác tuyên giáo

Năm 2019, Thị ủy Sơn Tây và Huyện ủy Ba Vì đều hoàn thành vượt mức các chỉ tiêu công tác tuyên giáo đề ra từ đầu năm, nhất là ở các xã miền núi, vùng đồng bào dân tộc.

Thị xã Sơn Tây: Giữ lửa ở làng cổ

Đầu năm, Thị ủy đề ra chỉ tiêu mở 6 lớp bồi dưỡng nhận thức về Đảng; kết quả, cả năm thị xã đã mở 8 lớp với 512 học viên, đạt 133% kế hoạch. Thị ủy tổ chức 3 hội nghị cấp thị xã học tập, quán triệt Nghị quyết Trung ương 8 khóa XII; tỷ lệ đảng viên tham gia học tập đạt 97,3%, vượt chỉ tiêu 95% đề ra.

Ở làng cổ Đường Lâm, nơi lưu giữ 956 ngôi nhà cổ, thị xã phối hợp các chi bộ thôn tổ chức 48 buổi nói chuyện về bảo tồn di sản cho khoảng 5.300 lượt người dân. Đài Phát thanh thị xã phát 52 kỳ chuyên mục “Xứ Đoài hôm nay”, tăng 12 kỳ so với năm 2018.

Huyện Ba Vì: Tuyên truyền đến bản Dao

Ba Vì có 31 xã, thị trấn, trong đó có 7 xã miền núi; đồng bào Mường, Dao chiếm khoảng 22% dân số. Chỉ tiêu năm 2019 của huyện là 120 buổi tuyên truyền miệng, kết quả huyện đã tổ chức 164 buổi, gấp rưỡi cùng kỳ. Trong năm, huyện vận động thành lập 68 nhóm Zalo mới ở các thôn, nâng tổng số lên 412 nhóm.

Đội ngũ 126 cộng tác viên dư luận xã hội của huyện gửi về Ban 94 báo cáo tình hình tư tưởng, tâm trạng xã hội. Huyện ủy tặng giấy khen cho 9 tuyên truyền viên cơ sở tiêu biểu.

Năm 2020, hai địa phương phấn đấu 100% thôn, tổ dân phố có nhóm Zalo và mỗi xã có ít nhất 1 đội tuyên truyền lưu động.
"""
D08 = "2019-12-27"
P08 = year(2019)

DOCS = [
    Doc("h21_05_hoankiem_2016_short", T05, HOANKIEM, P05, D05, "sidecar",
        meta={"date": D05}, facts=[
            F("04 hội nghị cấp quận", 4, "study_sessions"),
            F("gần 9.800 lượt cán bộ, đảng viên", 9800, "study_attendance", "at_most",
              a="party_members"),
            F("phát hành đủ 12 số", 12, "news_items"),
            F("hai mươi tập thể", 20, "commended_collectives"),
            F("ba mươi lăm cá nhân", 35, "commended_individuals"),
        ], traps=[("Năm 2016", 2016), ("mỗi số 4.000 bản", 4000)]),
    Doc("h21_06_hanoi_h1_2018_three_districts", T06, HANOI, P06, D06, "text", facts=[
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=HANOI),
        F("Đống Đa tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=DONGDA),
        F("hơn 1.200 cán bộ chủ chốt", 1200, "study_attendance", "at_least",
          a="party_members", unit=DONGDA),
        F("mở 312 lớp", 312, "study_sessions", unit=DONGDA),
        F("26.740 lượt cán bộ, đảng viên", 26740, "study_attendance", a="party_members",
          unit=DONGDA),
        F("đạt 97,15%", 97.15, "study_participation_rate", unit=DONGDA),
        F("dưới 300 đảng viên chưa tham gia", 300, "other", "at_most", unit=DONGDA),
        F("ba hội nghị cấp quận", 3, "study_sessions", unit=HBT),
        F("mở 246 lớp", 246, "study_sessions", unit=HBT),
        F("21.350 lượt cán bộ, đảng viên", 21350, "study_attendance", a="party_members",
          unit=HBT),
        F("khoảng 6.000 lượt quần chúng", 6000, "study_attendance", "approx", a="masses",
          unit=HBT),
        F("834 buổi thảo luận", 834, "party_cell_discussions", unit=HBT),
        F("phát sóng 96 chương trình", 96, "news_items", unit=HBT),
        F("24 kỳ phóng sự", 24, "news_items", unit=HBT),
        F("02 hội nghị cấp quận", 2, "study_sessions", unit=LONGBIEN),
        F("mở 198 lớp", 198, "study_sessions", unit=LONGBIEN),
        F("17.406/18.112 đảng viên", 17406, "study_attendance", a="party_members",
          unit=LONGBIEN),
        F("đạt tỷ lệ 96,1%", 96.1, "study_participation_rate", unit=LONGBIEN),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes", unit=LONGBIEN),
        F("308 học viên", 308, "trainees", unit=LONGBIEN),
        F("hiện có 15 trang thông tin điện tử", 15, "websites", unit=LONGBIEN, p=NOW06),
        F("23 fanpage", 23, "social_pages", unit=LONGBIEN, p=NOW06),
    ], traps=[("Ba quận", 3), ("Trung ương 7", 7), ("Ngày 02/7/2018", 2),
              ("Sáu tháng đầu năm 2018", 6), ("lần thứ sáu", 6), ("lần thứ bảy", 7),
              ("Hai Bà Trưng", 2), ("gần 400 nghìn người", 400000), ("21 đảng bộ", 21),
              ("47 chi, đảng bộ", 47), ("(1 của quận", 1), ("14 của các phường", 14)]),
    Doc("h21_07_gialam_term_2015_2020_speech", T07, GIALAM, P07, D07, "text", facts=[
        F("ban hành 126 văn bản", 126, "documents_issued"),
        F("14 hội nghị cấp huyện", 14, "study_sessions"),
        F("mở 1.184 lớp", 1184, "study_sessions"),
        F("86.420 lượt cán bộ, đảng viên", 86420, "study_attendance", a="party_members"),
        F("41.300 lượt quần chúng", 41300, "study_attendance", a="masses"),
        F("2.860 buổi sinh hoạt chuyên đề", 2860, "party_cell_discussions"),
        F("mở 58 lớp bồi dưỡng", 58, "training_classes"),
        F("4.207 học viên", 4207, "trainees"),
        F("phát 1.540 chương trình", 1540, "news_items"),
        F("đội ngũ 42 báo cáo viên", 42, "reporters", p=end_of(P07)),
        F("615 buổi nói chuyện", 615, "oral_propaganda_sessions"),
        F("19.652 lượt người dự thi", 19652, "contest_entries"),
        F("khen thưởng 86 tập thể", 86, "commended_collectives"),
        F("214 cá nhân", 214, "commended_individuals"),
    ], traps=[("Ngày 22/9/2020", 22), ("nhiệm kỳ 2015 – 2020", 2015),
              ("Nhiệm kỳ 2015 – 2020", 2015), ("340 hộ", 340), ("năm 2019", 2019),
              ("khoảng 58%", 58), ("Nhiệm kỳ 2020 – 2025", 2020), ("100% chi bộ", 100)]),
    Doc("h21_08_sontay_bavi_2019_targets", T08, SONTAY, P08, D08, "text", facts=[
        F("đã mở 8 lớp", 8, "training_classes", unit=SONTAY),
        F("512 học viên", 512, "trainees", unit=SONTAY),
        F("3 hội nghị cấp thị xã", 3, "study_sessions", unit=SONTAY),
        F("đạt 97,3%", 97.3, "study_participation_rate", unit=SONTAY),
        F("48 buổi nói chuyện", 48, "oral_propaganda_sessions", unit=SONTAY),
        F("khoảng 5.300 lượt người dân", 5300, "propaganda_audience", "approx", a="masses",
          unit=SONTAY),
        F("phát 52 kỳ chuyên mục", 52, "news_items", unit=SONTAY),
        F("đã tổ chức 164 buổi", 164, "oral_propaganda_sessions", unit=BAVI),
        F("nâng tổng số lên 412 nhóm", 412, "chat_groups", unit=BAVI, p=end_of(P08)),
        F("Đội ngũ 126 cộng tác viên", 126, "opinion_collaborators", unit=BAVI,
          p=end_of(P08)),
        F("gửi về Ban 94 báo cáo", 94, "opinion_reports", unit=BAVI),
        F("cho 9 tuyên truyền viên", 9, "commended_individuals", unit=BAVI),
    ], traps=[("ngày 27 tháng 12 năm 2019", 27), ("Năm 2019", 2019),
              ("chỉ tiêu mở 6 lớp", 6), ("đạt 133% kế hoạch", 133), ("Trung ương 8", 8),
              ("chỉ tiêu 95%", 95), ("956 ngôi nhà cổ", 956), ("tăng 12 kỳ", 12),
              ("năm 2018", 2018), ("31 xã", 31), ("7 xã miền núi", 7), ("khoảng 22%", 22),
              ("năm 2019", 2019), ("120 buổi", 120), ("68 nhóm Zalo mới", 68),
              ("Năm 2020", 2020), ("hai địa phương", 2), ("100% thôn", 100),
              ("ít nhất 1 đội", 1)]),
]
