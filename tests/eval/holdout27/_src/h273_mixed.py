"""Twenty-seventh held-out set (holdout27), part 3: mixed genres, city level, several units.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor. Texts,
names of people and all figures are invented.

Decisions taken where the guide leaves room:
- h27_09 (congress speech, Thanh Oai, nhiệm kỳ 2015 – 2020; no date in the text): the
  introduction ending in a colon makes the multi-paragraph speech the official's, i.e.
  Huyện Thanh Oai's; its opening "Nhiệm kỳ 2015 – 2020" is the period; the document date comes
  from the sidecar. "61 tổ chức cơ sở đảng với gần 9.800 đảng viên" is structure; "bình quân mỗi
  năm hơn 12 hội nghị" an average worked out from a total (trap); "bình quân đạt 95,9%" an
  average rate (fact). "một trăm lẻ năm lớp" is a number word (training classes). The bí thư
  chi bộ's words in single quotes are an anecdote. "Huyện hiện có 48 báo cáo viên" is a stock
  at the document date. The last paragraph (phấn đấu) is a plan.
- h27_10 (city-level article, Liên đoàn Lao động TP.HCM, 6 tháng cuối năm 2016): the city
  federation is the province. "tại 58 doanh nghiệp" names where (trap) while "hơn 47.000 lượt
  công nhân" is the audience; trade-union members ("đoàn viên") are masses. "hỗ trợ 1,2 tỷ
  đồng in tài liệu" funds the work (`other`). The model of Quận 12 names no actor; the
  federation's members and the workforce of the zones ("nơi có trên 280 nghìn lao động") are
  traps, as are the comparison "tăng 18%" and "bình quân mỗi buổi gần 200 người". "lượt tiếp
  cận ước đạt 2,6 triệu" is an audience (approx). The award proposed is a trap.
- h27_11 (three districts, quý I năm 2018): the headline and lead name the study (Nghị quyết
  Trung ương 6 khóa XII), so bare "hội nghị"/"lớp" in each "* Quận" section are study sessions.
  Ông Khoa is introduced with his title, so the chi bộ sessions in his quotation are Quận 10's.
  "Dù tháng 1 ... chỉ mở được 9 lớp" dates that clause (January 2018); "cả quý ... 128 lớp" is
  the quarter's. "30% dân số là người Hoa" is a population share; "dưới 300 đảng viên chưa tham
  gia" is `other` (at_most); "95,62 %" with a space is a rate.
- h27_12 (social page post, Mê Linh): the post stamp "12 tháng 5, 2023 lúc 20:05" is the
  document date; "Từ ngày 15/3 đến nay" → 2023-03-15..2023-05-12. "15 năm" is an anniversary
  (also inside the contest's name before the dash). The Trưởng ban's quotation speaks for the
  district: "một trang thông tin điện tử" is a count of one; fanpages, groups and members after
  "hiện có" are at the document date. Reactions and "18 xã, thị trấn" are traps; "26 video clip"
  is the verb's second item (news items).
"""
from build_gold import Doc, F, U, h2, inst, month, quarter, since, term

THANHOAI, HCM = U("Huyện Thanh Oai"), U("Thành phố Hồ Chí Minh")
Q5, Q10, Q11 = U("Quận 5"), U("Quận 10"), U("Quận 11")
MELINH = U("Huyện Mê Linh")

# ---------------------------------------------------------------------------------------------
T09 = """
ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN THANH OAI LẦN THỨ XXIV, NHIỆM KỲ 2020 – 2025

Tham luận: Công tác tuyên giáo góp phần giữ vững ổn định chính trị ở cơ sở

Sau đây là trích tham luận của đồng chí Nguyễn Thị Hoa, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Thanh Oai:

“Nhiệm kỳ 2015 – 2020, Đảng bộ huyện có 61 tổ chức cơ sở đảng với gần 9.800 đảng viên. Ban Thường vụ Huyện ủy đã ban hành 126 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, học tập nghị quyết và thực hiện Chỉ thị 05-CT/TW.

“Huyện ủy tổ chức 38 hội nghị cấp huyện học tập, quán triệt nghị quyết của Trung ương, Thành ủy và Huyện ủy; các tổ chức cơ sở đảng mở 2.146 lớp với 168.420 lượt cán bộ, đảng viên và khoảng 212 nghìn lượt nhân dân, tỷ lệ đảng viên tham gia bình quân đạt 95,9%. Huyện triển khai 5 đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ.

“Trung tâm Bồi dưỡng chính trị huyện mở một trăm lẻ năm lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 8.740 học viên. Huyện hiện có 48 báo cáo viên cấp huyện; cả nhiệm kỳ, Ban tổ chức 62 hội nghị báo cáo viên, bình quân mỗi năm hơn 12 hội nghị. Có đồng chí bí thư chi bộ thôn ở xã Bích Hòa nói với tôi: ‘Thôn tôi 420 hộ, hội nghị nào cũng chật hội trường’.

“Đài Truyền thanh huyện phát 1.820 chương trình thời sự; Bản tin Thanh Oai phát hành 66 số. Cuộc thi tìm hiểu 90 năm Ngày thành lập Đảng thu hút 31.406 bài dự thi. Ban Thường vụ Huyện ủy đã khen thưởng 87 tập thể, 214 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

“Nhiệm kỳ 2020 – 2025, chúng tôi phấn đấu 100% chi bộ có sinh hoạt chuyên đề hằng quý, mỗi xã, thị trấn có ít nhất 1 nhóm Zalo tuyên truyền.”
"""
D09 = "2020-07-22"
P09 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T10 = """
Ngày 6/1/2017

Liên đoàn Lao động TP.HCM: Đưa nghị quyết đến với công nhân

(NLĐO) – Sáu tháng cuối năm 2016, Liên đoàn Lao động TP.HCM đẩy mạnh tuyên truyền, học tập Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố trong công nhân, viên chức, lao động. Toàn thành phố có hơn 1,4 triệu đoàn viên công đoàn.

Liên đoàn Lao động Thành phố tổ chức 4 hội nghị học tập, quán triệt nghị quyết cho cán bộ công đoàn chủ chốt; các công đoàn cơ sở mở 1.120 buổi học tập với 86.500 lượt đoàn viên tham dự.

Tại các khu chế xuất, khu công nghiệp, nơi có trên 280 nghìn lao động, Liên đoàn phối hợp Ban Quản lý các khu tổ chức 236 buổi nói chuyện, tuyên truyền pháp luật tại 58 doanh nghiệp với hơn 47.000 lượt công nhân, tăng 18% so với cùng kỳ; bình quân mỗi buổi gần 200 người. Các sản phẩm tuyên truyền trên trang thông tin điện tử và fanpage của Liên đoàn có lượt tiếp cận ước đạt 2,6 triệu; trang thông tin điện tử đăng 640 tin, bài.

Liên đoàn mở 18 lớp tập huấn nghiệp vụ tuyên giáo công đoàn cho 1.460 học viên; hỗ trợ 1,2 tỷ đồng in tài liệu, tổ chức tuyên truyền cho công đoàn cơ sở. Hội thi “Công nhân với pháp luật” có 3.214 lượt công nhân dự thi. Mô hình “Tủ sách pháp luật công nhân” của Quận 12 được nhân rộng ra nhiều khu nhà trọ.

Dịp tổng kết năm, Liên đoàn Lao động Thành phố khen thưởng 32 tập thể, 65 cá nhân; đề nghị Tổng Liên đoàn Lao động Việt Nam tặng bằng khen cho 5 tập thể.
"""
D10 = "2017-01-06"
P10 = h2(2016)

# ---------------------------------------------------------------------------------------------
T11 = """
Ngày 6/4/2018

Ba quận hoàn thành học tập Nghị quyết Trung ương 6 khóa XII

(Thanhuytphcm.vn) – Quý I năm 2018, Quận 5, Quận 10 và Quận 11 đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết số 20-NQ/TW và Nghị quyết số 21-NQ/TW Hội nghị Trung ương 6 khóa XII về công tác bảo vệ, chăm sóc sức khỏe nhân dân và công tác dân số.

* Quận 5
Quận 5 có khoảng 30% dân số là người Hoa. Quận ủy tổ chức 2 hội nghị cấp quận; các đảng bộ phường và cơ sở mở 141 lớp với 9.214 lượt cán bộ, đảng viên, đạt 96,15%. Quận còn tổ chức 24 buổi nói chuyện bằng tiếng Hoa cho khoảng 2.600 lượt người dân.

* Quận 10
Theo ông Trần Đăng Khoa, Trưởng ban Tuyên giáo Quận ủy Quận 10, quận đã tổ chức 3 hội nghị cấp quận và 158 lớp ở cơ sở, còn dưới 300 đảng viên chưa tham gia do đau ốm. “Các chi bộ đã tổ chức 512 buổi thảo luận về hai nghị quyết, nhiều chi bộ mời bác sĩ của các bệnh viện trên địa bàn cùng tham gia”, ông Khoa nói. Cùng dịp, Quận ủy tổ chức Hội thi báo cáo viên giỏi với 26 thí sinh.

* Quận 11
Dù tháng 1 quận chỉ mở được 9 lớp do trùng dịp Tết, cả quý các đảng bộ cơ sở vẫn mở 128 lớp, thu hút 7.430 lượt đảng viên và 1.980 lượt quần chúng, đạt 95,62 % đảng viên tham gia. Ban Thường vụ Quận ủy ban hành 6 văn bản hướng dẫn; bản tin “Thông tin nội bộ” của quận phát hành 3 số chuyên đề về công tác dân số, mỗi số 1.200 bản.
"""
D11 = "2018-04-06"
P11 = quarter(1, 2018)

# ---------------------------------------------------------------------------------------------
T12 = """
Ban Tuyên giáo Huyện ủy Mê Linh
12 tháng 5, 2023 lúc 20:05 · 🌏

🔴 MÊ LINH ĐẨY MẠNH TUYÊN TRUYỀN KỶ NIỆM 15 NĂM MỞ RỘNG ĐỊA GIỚI HÀNH CHÍNH THỦ ĐÔ

Từ ngày 15/3 đến nay, Ban Tuyên giáo Huyện ủy đã tham mưu triển khai nhiều hoạt động:
✅ Ban hành 06 văn bản hướng dẫn tuyên truyền
✅ Tổ chức 02 hội nghị báo cáo viên cấp huyện
✅ 74 buổi nói chuyện chuyên đề tại 18 xã, thị trấn với khoảng 6.800 lượt người nghe
✅ Treo 2.460 băng rôn, cờ phướn
✅ Đăng 138 tin, bài, 26 video clip trên trang thông tin điện tử và fanpage “Mê Linh ngày mới”
✅ Cuộc thi trắc nghiệm “Mê Linh – 15 năm hội nhập và phát triển” – lượt dự thi: 9.342
✅ Fanpage hiện có hơn 21.000 người theo dõi

Theo đồng chí Lê Thị Thu, Trưởng ban Tuyên giáo Huyện ủy: “Huyện hiện có một trang thông tin điện tử, 18 fanpage xã, thị trấn và 426 nhóm Zalo thôn, tổ dân phố với khoảng 52.000 thành viên. Các chi bộ đã tổ chức 287 buổi sinh hoạt chuyên đề về lịch sử, truyền thống địa phương”.

Mê Linh hiện có dân số hơn 240 nghìn người, trong đó nhiều lao động làm việc tại các khu công nghiệp Quang Minh, Tiền Phong.

#MeLinh #HaNoi15nam
👍 214 · 💬 37 bình luận · 58 lượt chia sẻ
"""
D12 = "2023-05-12"
P12 = since("2023-03-15", D12)

DOCS = [
    Doc("h27_09_thanhoai_daihoi_2015_2020", T09, THANHOAI, P09, D09, "sidecar",
        meta={"date": D09}, facts=[
            F("ban hành 126 văn bản", 126, "documents_issued"),
            F("38 hội nghị cấp huyện", 38, "study_sessions"),
            F("mở 2.146 lớp", 2146, "study_sessions"),
            F("168.420 lượt cán bộ, đảng viên", 168420, "study_attendance",
              a="party_members"),
            F("khoảng 212 nghìn lượt nhân dân", 212000, "study_attendance", "approx",
              a="masses"),
            F("bình quân đạt 95,9%", 95.9, "study_participation_rate"),
            F("5 đợt sinh hoạt chính trị", 5, "political_campaigns"),
            F("một trăm lẻ năm lớp", 105, "training_classes"),
            F("8.740 học viên", 8740, "trainees"),
            F("48 báo cáo viên", 48, "reporters", p=inst(D09)),
            F("62 hội nghị báo cáo viên", 62, "reporter_conferences"),
            F("phát 1.820 chương trình", 1820, "news_items"),
            F("phát hành 66 số", 66, "news_items"),
            F("31.406 bài dự thi", 31406, "contest_entries"),
            F("87 tập thể", 87, "commended_collectives"),
            F("214 cá nhân", 214, "commended_individuals"),
        ], traps=[("NHIỆM KỲ 2020 – 2025", 2020), ("Nhiệm kỳ 2015 – 2020", 2015),
                  ("61 tổ chức cơ sở đảng", 61), ("gần 9.800 đảng viên", 9800),
                  ("05-CT/TW", 5), ("hơn 12 hội nghị", 12), ("420 hộ", 420),
                  ("90 năm", 90), ("Nhiệm kỳ 2020 – 2025", 2020), ("100% chi bộ", 100),
                  ("1 nhóm Zalo", 1)]),
    Doc("h27_10_ldld_hcm_h2_2016", T10, HCM, P10, D10, "text", facts=[
        F("4 hội nghị học tập", 4, "study_sessions"),
        F("mở 1.120 buổi học tập", 1120, "study_sessions"),
        F("86.500 lượt đoàn viên", 86500, "study_attendance", a="masses"),
        F("236 buổi nói chuyện", 236, "oral_propaganda_sessions"),
        F("hơn 47.000 lượt công nhân", 47000, "propaganda_audience", "at_least"),
        F("ước đạt 2,6 triệu", 2600000, "propaganda_audience", "approx"),
        F("đăng 640 tin, bài", 640, "news_items"),
        F("mở 18 lớp tập huấn", 18, "training_classes"),
        F("1.460 học viên", 1460, "trainees"),
        F("hỗ trợ 1,2 tỷ đồng", 1200000000, "other"),
        F("3.214 lượt công nhân dự thi", 3214, "contest_entries"),
        F("32 tập thể", 32, "commended_collectives"),
        F("65 cá nhân", 65, "commended_individuals"),
    ], traps=[("Ngày 6/1/2017", 6), ("năm 2016", 2016), ("hơn 1,4 triệu đoàn viên", 1400000),
              ("trên 280 nghìn lao động", 280000), ("tại 58 doanh nghiệp", 58),
              ("tăng 18%", 18), ("gần 200 người", 200), ("Quận 12", 12),
              ("cho 5 tập thể", 5)]),
    Doc("h27_11_q5_q10_q11_q1_2018", T11, Q5, P11, D11, "text", facts=[
        F("2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 141 lớp", 141, "study_sessions"),
        F("9.214 lượt cán bộ, đảng viên", 9214, "study_attendance", a="party_members"),
        F("đạt 96,15%", 96.15, "study_participation_rate"),
        F("24 buổi nói chuyện", 24, "oral_propaganda_sessions"),
        F("khoảng 2.600 lượt người dân", 2600, "propaganda_audience", "approx", a="masses"),
        F("3 hội nghị cấp quận", 3, "study_sessions", unit=Q10),
        F("158 lớp", 158, "study_sessions", unit=Q10),
        F("dưới 300 đảng viên", 300, "other", "at_most", unit=Q10),
        F("512 buổi thảo luận", 512, "party_cell_discussions", unit=Q10),
        F("26 thí sinh", 26, "contest_entries", unit=Q10),
        F("mở được 9 lớp", 9, "study_sessions", unit=Q11, p=month(1, 2018)),
        F("mở 128 lớp", 128, "study_sessions", unit=Q11),
        F("7.430 lượt đảng viên", 7430, "study_attendance", a="party_members", unit=Q11),
        F("1.980 lượt quần chúng", 1980, "study_attendance", a="masses", unit=Q11),
        F("đạt 95,62 %", 95.62, "study_participation_rate", unit=Q11),
        F("ban hành 6 văn bản", 6, "documents_issued", unit=Q11),
        F("phát hành 3 số", 3, "news_items", unit=Q11),
    ], traps=[("Ngày 6/4/2018", 6), ("Trung ương 6", 6), ("Quý I năm 2018", 2018),
              ("Quận 5", 5), ("Quận 10", 10), ("Quận 11", 11), ("20-NQ/TW", 20),
              ("21-NQ/TW", 21), ("khoảng 30% dân số", 30), ("tháng 1", 1),
              ("mỗi số 1.200 bản", 1200)]),
    Doc("h27_12_melinh_post_2023", T12, MELINH, P12, D12, "text", facts=[
        F("Ban hành 06 văn bản", 6, "documents_issued"),
        F("02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("74 buổi nói chuyện", 74, "oral_propaganda_sessions"),
        F("khoảng 6.800 lượt người nghe", 6800, "propaganda_audience", "approx"),
        F("Treo 2.460 băng rôn", 2460, "other"),
        F("Đăng 138 tin, bài", 138, "news_items"),
        F("26 video clip", 26, "news_items"),
        F("lượt dự thi: 9.342", 9342, "contest_entries"),
        F("hơn 21.000 người theo dõi", 21000, "propaganda_audience", "at_least",
          p=inst(D12)),
        F("một trang thông tin điện tử", 1, "websites", p=inst(D12)),
        F("18 fanpage", 18, "social_pages", p=inst(D12)),
        F("426 nhóm Zalo", 426, "chat_groups", p=inst(D12)),
        F("khoảng 52.000 thành viên", 52000, "chat_group_members", "approx", p=inst(D12)),
        F("287 buổi sinh hoạt chuyên đề", 287, "party_cell_discussions"),
    ], traps=[("12 tháng 5, 2023 lúc 20:05", 12), ("15 NĂM", 15), ("ngày 15/3", 15),
              ("tại 18 xã, thị trấn", 18), ("15 năm hội nhập", 15),
              ("hơn 240 nghìn người", 240000), ("#HaNoi15nam", 15), ("👍 214", 214),
              ("37 bình luận", 37), ("58 lượt chia sẻ", 58)]),
]
