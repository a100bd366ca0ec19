"""Twenty-eighth held-out set (holdout28), part 2: Hanoi, 2017-2025.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room:
- h28_05 (Đống Đa bulletin): the bulletin's issue month (THÁNG 7/2021) is not the period,
  the headline names quarter II/2021. The "•" lines ending in ":" lead in the "–" lines under
  them. "Đảng viên chưa học tập: 497 người" -> `other`. "186 – lượt người nghe: khoảng
  11.400": the dash opens the line's next label (propaganda_audience). "trên fanpage ...:
  517" names only where -> news_items like the first label. The months in brackets after
  "03 hội nghị báo cáo viên" are no period; "(tính đến 30/6/2021)" dates the collaborators
  only; the báo cáo viên have "hiện có" (document date). The turnout and the "Nhiệm vụ quý
  III:" paragraph are traps; "21 điểm cầu phường" is where the meeting was relayed (a trap).
- h28_06 (three-district text table): no date in the text, the date is the sidecar's. The
  header names a unit per column; "Lượt quần chúng dự nghe" under the study lead-in counts
  study attendances (masses); "Số đảng viên chưa tham gia" is `other`. The "* Quận ..."
  headings govern their paragraphs. Thanh Xuân's "Đội ngũ 34 cộng tác viên" (no marker) is a
  stock at the half-year's end. The resident's quotation, "30 bài đạt giải", "14 năm" and
  the districts' territory are traps.
- h28_07 (Gia Lâm, tham luận at the congress): the introduction ending in a colon makes
  the speech the district's; its paragraphs open with “ and only the last closes. The term
  it opens with (2015 – 2020) is the period; the congress days are not. "ba đợt sinh hoạt
  chính trị" -> 3 campaigns. "59 tổ chức cơ sở đảng mở 2.460 lớp": the structure is a trap.
  "đến nay huyện có 41 báo cáo viên" and the "hiện có" stocks are instants at the document
  date. "Cuộc thi ... năm 2019": the year is read as part of the contest's name (the entries
  keep the term). "bình quân mỗi năm gần 12 hội nghị" and the 2020 – 2025 plan are traps.
- h28_08 (Xã Ứng Hòa, November 2025): "riêng quần chúng có 1.340 lượt tham dự" after the
  study and its rate -> study_attendance (masses). "8 kỳ chuyên mục" is aired like the
  "62 tin, bài" before it. The official's "đội ngũ 21 cộng tác viên" (no marker, "Trong
  tháng") is a stock at the month's end. "sáp nhập 4 xã" and the December plan are traps.
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, month, quarter, term

DONGDA, HBT, THANHXUAN, HOANGMAI = (U("Quận Đống Đa"), U("Quận Hai Bà Trưng"),
                                    U("Quận Thanh Xuân"), U("Quận Hoàng Mai"))
GIALAM = U("Huyện Gia Lâm")
UNGHOA = W("Xã Ứng Hòa", "01")

# ---------------------------------------------------------------------------------------------
T05 = """
QUẬN ỦY ĐỐNG ĐA
BAN TUYÊN GIÁO

BẢN TIN SINH HOẠT CHI BỘ – SỐ 07 (THÁNG 7/2021)

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ II NĂM 2021

Hà Nội, ngày 05/7/2021

Quý II năm 2021, công tác tuyên giáo của quận tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026, đồng thời phòng, chống dịch COVID-19. Một số kết quả chính:

• Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng:
– Hội nghị cấp quận: 02 (truyền hình trực tuyến tới 21 điểm cầu phường);
– Lớp ở các chi bộ: 312; lượt đảng viên dự học: 18.045; tỷ lệ: 97,3%;
– Đảng viên chưa học tập: 497 người.

• Tuyên truyền bầu cử:
– Băng rôn, khẩu hiệu, pa nô: 2.760;
– Buổi tuyên truyền miệng tại tổ dân phố: 186 – lượt người nghe: khoảng 11.400;
– Tin, bài trên cổng thông tin điện tử quận: 392; trên fanpage “Đống Đa ngày nay”: 517;
– Lượt xe loa tuyên truyền lưu động: 240.
Tỷ lệ cử tri đi bầu của quận đạt 99,58%.

✅ Ban Tuyên giáo tham mưu Ban Thường vụ Quận ủy ban hành 11 văn bản hướng dẫn tuyên truyền.
✅ Tổ chức 03 hội nghị báo cáo viên (tháng 4, tháng 5 và một hội nghị trực tuyến trong tháng 6).
✅ Đội ngũ báo cáo viên cấp quận hiện có 45 đồng chí; cộng tác viên dư luận xã hội: 63 đồng chí (tính đến 30/6/2021).
✅ Báo cáo tình hình tư tưởng, dư luận: 13 định kỳ, 5 đột xuất.
✅ Cuộc thi trực tuyến “Tìm hiểu pháp luật về bầu cử” – lượt dự thi: 19.382.
✅ Khen thưởng 8 tập thể, 15 cá nhân có thành tích trong tuyên truyền bầu cử.

Nhiệm vụ quý III: tổ chức học tập chuyên đề năm 2021 ở 100% chi bộ; mở 2 lớp bồi dưỡng cho 150 cán bộ tổ dân phố.
"""
D05 = "2021-07-05"
P05 = quarter(2, 2021)

# ---------------------------------------------------------------------------------------------
T06 = """
Hai Bà Trưng, Thanh Xuân, Hoàng Mai: Đưa Nghị quyết Trung ương 6 vào cuộc sống

6 tháng cuối năm 2017, các quận Hai Bà Trưng, Thanh Xuân và Hoàng Mai đồng loạt tổ chức học tập, quán triệt Nghị quyết Trung ương 6 khóa XII về đổi mới, sắp xếp tổ chức bộ máy và về công tác bảo vệ, chăm sóc sức khỏe nhân dân.

Kết quả học tập, quán triệt của ba quận:

Chỉ tiêu | Hai Bà Trưng | Thanh Xuân | Hoàng Mai
Hội nghị cấp quận | 3 | 2 | 4
Số lớp ở cơ sở | 184 | 127 | 211
Lượt đảng viên dự học | 16.240 | 11.875 | 19.306
Tỷ lệ đảng viên tham gia (%) | 96,8 | 95,12 | 97,05
Lượt quần chúng dự nghe | 4.510 | 3.260 | 6.980
Số đảng viên chưa tham gia | 536 | 610 | 588

* Quận Hai Bà Trưng
Quận ủy chú trọng đưa nghị quyết tới các khu tập thể cũ. Quận có 18 phường với gần 300 nghìn dân. Trong 6 tháng, các báo cáo viên nói chuyện 74 buổi tại các khu tập thể Bách Khoa, Quỳnh Mai, Thanh Nhàn, thu hút khoảng 6.200 lượt người dân. “Khu tôi 46 hộ thì hơn nửa là cán bộ hưu trí, ai cũng muốn nghe chuyện sắp xếp bộ máy”, bà Đỗ Thị Hoa, tổ trưởng tổ dân phố số 12, kể.

* Quận Thanh Xuân
Theo ông Nguyễn Minh Đức, Trưởng ban Tuyên giáo Quận ủy Thanh Xuân, quận đã ban hành 7 văn bản hướng dẫn và tổ chức 2 hội nghị báo cáo viên. “Đội ngũ 34 cộng tác viên dư luận xã hội đã gửi 22 báo cáo về tình hình tư tưởng cán bộ khi sắp xếp, sáp nhập các cơ quan”, ông Đức cho biết.

* Quận Hoàng Mai
Quận Hoàng Mai, nơi có 14 phường và hơn 400 nghìn dân, tổ chức Cuộc thi tìm hiểu “Hoàng Mai – 14 năm xây dựng và phát triển” với 6.915 bài dự thi; 30 bài đạt giải. Quận ủy khen thưởng 6 tập thể và 11 cá nhân. Dịp này, quận mở 1 lớp bồi dưỡng nghiệp vụ cho 96 học viên là cán bộ tuyên giáo cơ sở.
"""
D06 = "2018-01-15"
P06 = h2(2017)

# ---------------------------------------------------------------------------------------------
T07 = """
Thứ Sáu, ngày 17/7/2020

Gia Lâm: Dấu ấn công tác tuyên giáo nhiệm kỳ 2015 – 2020

Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXIII, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 14 đến 16/7, thay mặt cho hơn 13.000 đảng viên của Đảng bộ huyện. Sau đây là trích tham luận của đồng chí Lê Thị Thanh Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm:

“Nhiệm kỳ 2015 – 2020, Ban Thường vụ Huyện ủy đã ban hành 146 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, tổ chức ba đợt sinh hoạt chính trị lớn, trong đó có đợt sinh hoạt chính trị về Chỉ thị 05-CT/TW.

“Việc học tập, quán triệt nghị quyết có nhiều đổi mới. Huyện ủy tổ chức 38 hội nghị cấp huyện; 59 tổ chức cơ sở đảng mở 2.460 lớp, với 96.318 lượt cán bộ, đảng viên và khoảng 41 nghìn lượt quần chúng tham dự. Tỷ lệ đảng viên tham gia học tập bình quân đạt 95,8%.

“Đội ngũ báo cáo viên được kiện toàn, đến nay huyện có 41 báo cáo viên cấp huyện. Cả nhiệm kỳ, Ban tổ chức 58 hội nghị báo cáo viên, bình quân mỗi năm gần 12 hội nghị; các báo cáo viên đã nói chuyện hơn 1.900 buổi với trên 170 nghìn lượt người nghe.

“Chúng tôi chú trọng bồi dưỡng lý luận chính trị. Trung tâm Bồi dưỡng chính trị huyện mở 64 lớp sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới với 5.870 học viên.

“Trên không gian mạng, huyện hiện có một cổng thông tin điện tử, hai fanpage và 242 nhóm Zalo thôn, tổ dân phố; chương trình “Gia Lâm hôm nay” phát 208 số. Trong nhiệm kỳ, các cộng tác viên gửi về 612 báo cáo dư luận xã hội. Cuộc thi “Tìm hiểu lịch sử Đảng bộ huyện Gia Lâm” năm 2019 thu hút 24.650 bài dự thi.

“Nhiệm kỳ 2020 – 2025, Ban Tuyên giáo sẽ tham mưu để 100% thôn, tổ dân phố có nhóm Zalo và mỗi năm tổ chức ít nhất 2 hội nghị chuyên đề. Xin trân trọng cảm ơn Đại hội.”
"""
D07 = "2020-07-17"
P07 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T08 = """
Xã Ứng Hòa: Kết quả công tác tuyên giáo tháng 11/2025

Ngày 02/12/2025, Đảng ủy xã Ứng Hòa tổ chức giao ban công tác tuyên giáo, dân vận tháng 11/2025. Xã Ứng Hòa được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 4 xã, có 46 thôn với khoảng 62 nghìn nhân khẩu.

Sau những tháng đầu vận hành mô hình chính quyền địa phương hai cấp, công tác tuyên giáo của xã từng bước đi vào nền nếp. Nhiều thôn gắn việc tuyên truyền với phong trào xây dựng nông thôn mới kiểu mẫu, giữ gìn nghề truyền thống và vận động bà con dùng dịch vụ công trực tuyến.

Trong tháng, Đảng ủy xã ban hành 05 văn bản hướng dẫn học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII; các chi bộ thôn mở 47 lớp, với 2.986 lượt đảng viên dự học, đạt 94,6%; riêng quần chúng có 1.340 lượt tham dự.

Xã đã tổ chức 12 buổi tuyên truyền miệng về chính quyền địa phương hai cấp và phòng, chống lừa đảo qua mạng, thu hút gần 1.800 lượt người dân. Đài truyền thanh xã phát 62 tin, bài và 8 kỳ chuyên mục “Ứng Hòa chuyển mình”. Xã hiện có 1 trang fanpage và 46 nhóm Zalo thôn, với khoảng 9.200 thành viên.

Đồng chí Nguyễn Văn Tuấn, Phó Bí thư Thường trực Đảng ủy xã, cho biết: “Trong tháng, đội ngũ 21 cộng tác viên đã gửi 6 báo cáo tình hình dư luận xã hội, phản ánh băn khoăn của bà con về thủ tục hành chính ở trung tâm phục vụ hành chính công mới. Xã cũng đã khen thưởng 3 tập thể và 5 cá nhân có nhiều đóng góp trong đợt thi đua chào mừng Đại hội Đảng toàn quốc lần thứ XIV.”

Tháng 12, xã sẽ mở 1 lớp bồi dưỡng nhận thức về Đảng cho 45 quần chúng ưu tú.
"""
D08 = "2025-12-02"
P08 = month(11, 2025)

DOCS = [
    Doc("h28_05_dongda_q2_2021", T05, DONGDA, P05, D05, "text", facts=[
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Lớp ở các chi bộ: 312", 312, "study_sessions"),
        F("lượt đảng viên dự học: 18.045", 18045, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,3%", 97.3, "study_participation_rate"),
        F("Đảng viên chưa học tập: 497 người", 497, "other"),
        F("pa nô: 2.760", 2760, "other"),
        F("tại tổ dân phố: 186", 186, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 11.400", 11400, "propaganda_audience", "approx"),
        F("cổng thông tin điện tử quận: 392", 392, "news_items"),
        F("“Đống Đa ngày nay”: 517", 517, "news_items"),
        F("Lượt xe loa tuyên truyền lưu động: 240", 240, "other"),
        F("ban hành 11 văn bản", 11, "documents_issued"),
        F("03 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("hiện có 45 đồng chí", 45, "reporters", p=inst(D05)),
        F("xã hội: 63 đồng chí", 63, "opinion_collaborators", p=inst("2021-06-30")),
        F("13 định kỳ", 13, "opinion_reports"),
        F("5 đột xuất", 5, "opinion_reports"),
        F("lượt dự thi: 19.382", 19382, "contest_entries"),
        F("8 tập thể", 8, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("SỐ 07 (THÁNG 7/2021)", 7), ("QUÝ II NĂM 2021", 2021),
              ("Hà Nội, ngày 05/7/2021", 5), ("nhiệm kỳ 2021 – 2026", 2021),
              ("COVID-19", 19), ("21 điểm cầu phường", 21), ("đạt 99,58%", 99.58),
              ("tháng 4", 4), ("tháng 5", 5), ("tháng 6", 6), ("30/6/2021", 30),
              ("100% chi bộ", 100), ("mở 2 lớp", 2), ("150 cán bộ", 150)]),
    Doc("h28_06_hbt_tx_hm_h2_2017", T06, HBT, P06, D06, "sidecar", meta={"date": D06},
        facts=[
        F("Hội nghị cấp quận | 3", 3, "study_sessions"),
        F("cấp quận | 3 | 2", 2, "study_sessions", unit=THANHXUAN),
        F("| 3 | 2 | 4", 4, "study_sessions", unit=HOANGMAI),
        F("Số lớp ở cơ sở | 184", 184, "study_sessions"),
        F("| 184 | 127", 127, "study_sessions", unit=THANHXUAN),
        F("| 127 | 211", 211, "study_sessions", unit=HOANGMAI),
        F("dự học | 16.240", 16240, "study_attendance", a="party_members"),
        F("| 16.240 | 11.875", 11875, "study_attendance", a="party_members", unit=THANHXUAN),
        F("| 11.875 | 19.306", 19306, "study_attendance", a="party_members", unit=HOANGMAI),
        F("(%) | 96,8", 96.8, "study_participation_rate"),
        F("| 96,8 | 95,12", 95.12, "study_participation_rate", unit=THANHXUAN),
        F("| 95,12 | 97,05", 97.05, "study_participation_rate", unit=HOANGMAI),
        F("dự nghe | 4.510", 4510, "study_attendance", a="masses"),
        F("| 4.510 | 3.260", 3260, "study_attendance", a="masses", unit=THANHXUAN),
        F("| 3.260 | 6.980", 6980, "study_attendance", a="masses", unit=HOANGMAI),
        F("chưa tham gia | 536", 536, "other"),
        F("| 536 | 610", 610, "other", unit=THANHXUAN),
        F("| 610 | 588", 588, "other", unit=HOANGMAI),
        F("nói chuyện 74 buổi", 74, "oral_propaganda_sessions"),
        F("khoảng 6.200 lượt người dân", 6200, "propaganda_audience", "approx", a="masses"),
        F("ban hành 7 văn bản", 7, "documents_issued", unit=THANHXUAN),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=THANHXUAN),
        F("Đội ngũ 34 cộng tác viên", 34, "opinion_collaborators", unit=THANHXUAN,
          p=end_of(P06)),
        F("đã gửi 22 báo cáo", 22, "opinion_reports", unit=THANHXUAN),
        F("6.915 bài dự thi", 6915, "contest_entries", unit=HOANGMAI),
        F("6 tập thể", 6, "commended_collectives", unit=HOANGMAI),
        F("11 cá nhân", 11, "commended_individuals", unit=HOANGMAI),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes", unit=HOANGMAI),
        F("96 học viên", 96, "trainees", unit=HOANGMAI),
    ], traps=[("Trung ương 6", 6), ("6 tháng cuối năm 2017", 6), ("18 phường", 18),
              ("gần 300 nghìn dân", 300000), ("Khu tôi 46 hộ", 46),
              ("tổ dân phố số 12", 12), ("14 phường", 14), ("hơn 400 nghìn dân", 400000),
              ("14 năm", 14), ("30 bài đạt giải", 30)]),
    Doc("h28_07_gialam_2015_2020", T07, GIALAM, P07, D07, "text", facts=[
        F("ban hành 146 văn bản", 146, "documents_issued"),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("38 hội nghị cấp huyện", 38, "study_sessions"),
        F("mở 2.460 lớp", 2460, "study_sessions"),
        F("96.318 lượt cán bộ, đảng viên", 96318, "study_attendance", a="party_members"),
        F("khoảng 41 nghìn lượt quần chúng", 41000, "study_attendance", "approx", a="masses"),
        F("bình quân đạt 95,8%", 95.8, "study_participation_rate"),
        F("huyện có 41 báo cáo viên", 41, "reporters", p=inst(D07)),
        F("58 hội nghị báo cáo viên", 58, "reporter_conferences"),
        F("hơn 1.900 buổi", 1900, "oral_propaganda_sessions", "at_least"),
        F("trên 170 nghìn lượt người nghe", 170000, "propaganda_audience", "at_least"),
        F("mở 64 lớp sơ cấp", 64, "training_classes"),
        F("5.870 học viên", 5870, "trainees"),
        F("một cổng thông tin điện tử", 1, "websites", p=inst(D07)),
        F("hai fanpage", 2, "social_pages", p=inst(D07)),
        F("242 nhóm Zalo", 242, "chat_groups", p=inst(D07)),
        F("phát 208 số", 208, "news_items"),
        F("612 báo cáo dư luận xã hội", 612, "opinion_reports"),
        F("24.650 bài dự thi", 24650, "contest_entries"),
    ], traps=[("ngày 17/7/2020", 17), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 14 đến 16/7", 14), ("hơn 13.000 đảng viên", 13000),
              ("05-CT/TW", 5), ("59 tổ chức cơ sở đảng", 59), ("gần 12 hội nghị", 12),
              ("năm 2019", 2019), ("100% thôn", 100), ("ít nhất 2 hội nghị", 2)]),
    Doc("h28_08_unghoa_t11_2025", T08, UNGHOA, P08, D08, "text", facts=[
        F("ban hành 05 văn bản", 5, "documents_issued"),
        F("mở 47 lớp", 47, "study_sessions"),
        F("2.986 lượt đảng viên", 2986, "study_attendance", a="party_members"),
        F("đạt 94,6%", 94.6, "study_participation_rate"),
        F("1.340 lượt tham dự", 1340, "study_attendance", a="masses"),
        F("12 buổi tuyên truyền miệng", 12, "oral_propaganda_sessions"),
        F("gần 1.800 lượt người dân", 1800, "propaganda_audience", "at_most", a="masses"),
        F("phát 62 tin, bài", 62, "news_items"),
        F("8 kỳ chuyên mục", 8, "news_items"),
        F("hiện có 1 trang fanpage", 1, "social_pages", p=inst(D08)),
        F("46 nhóm Zalo", 46, "chat_groups", p=inst(D08)),
        F("khoảng 9.200 thành viên", 9200, "chat_group_members", "approx", p=inst(D08)),
        F("đội ngũ 21 cộng tác viên", 21, "opinion_collaborators", p=end_of(P08)),
        F("gửi 6 báo cáo", 6, "opinion_reports"),
        F("3 tập thể", 3, "commended_collectives"),
        F("5 cá nhân", 5, "commended_individuals"),
    ], traps=[("tháng 11/2025", 11), ("Ngày 02/12/2025", 2), ("ngày 1/7/2025", 1),
              ("sáp nhập 4 xã", 4), ("có 46 thôn", 46), ("khoảng 62 nghìn nhân khẩu", 62000),
              ("Tháng 12", 12), ("mở 1 lớp", 1), ("45 quần chúng", 45)]),
]
