"""Eighteenth held-out set (holdout18), part 1: Ho Chi Minh City districts, 2017-2023.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h18_01 (Q&A interview): the speaker label "Đồng chí Trưởng ban:" names the official the
  sapo introduced, so every answer speaks for Quận Gò Vấp; the tổ trưởng's words in single
  quotes after a colon are an anecdote. "Quận hiện có 45 báo cáo viên và 68 cộng tác viên"
  and "Toàn quận hiện có ... số thành viên ..." are stocks at the document date, and so are
  the fanpage's followers. "tăng 12 lớp so với năm 2021" is a comparison (trap); the last
  answer (phấn đấu, sẽ) is a plan. "9 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới"
  are training classes of the district's Trung tâm Chính trị.
- h18_02 (radio bulletin): the header's airing date is the document date. "mười hai văn bản"
  and "hai đợt" are number words. "Riêng trong quý II" dates its own sentence (Q2 2017); the
  resident's quotation opening a sentence is an anecdote. "Đội ngũ 54 báo cáo viên" has no
  marker (a stock at the half-year's end); "Tính đến ngày 30/6/2017" dates the collaborators
  (the same day). "48 báo cáo phản ánh tâm tư" are opinion reports; "hơn 700 đảng viên chưa
  tham gia" is `other`; "5 thí sinh xuất sắc nhất" is a ranking; the address and phone are
  traps.
- h18_03 (congress political report, numbered "1." and "a)"): unit from the title (Đảng bộ
  quận Bình Tân); the period is the term the results section names (2015-2020); the congress
  days are traps and the document date comes from the sidecar (first day of the congress).
  "Hội nghị cấp quận" lines under "1. Học tập, quán triệt" + "a)"/"b)" are study sessions;
  "Đợt sinh hoạt chính trị theo hướng dẫn của Thành ủy: 05" are the district's campaigns (the
  city only gave guidance); "đạt 105% kế hoạch" and "mỗi quý 1 lần" are traps; everything
  under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ" is a plan. "Cộng tác viên ... hiện có: 186 người" is an
  instant at the document date, "52 đồng chí (tính đến 30/6/2020)" at that date.
- h18_04 ("Kết quả nổi bật" box, TP Thủ Đức): "Ban Tuyên giáo Thành ủy Thủ Đức" is TP Thủ
  Đức; "cấp thành phố" in the first line is TP Thủ Đức's own level. "34 fanpage phường, 1.610
  nhóm Zalo" have no marker (stocks at 2023-12-31); the members in "(hiện có ...)" are at the
  document date. "3,5 triệu lượt tiếp cận" is an audience; the workforce of Khu Công nghệ cao
  and "khoảng 64%" are traps; the class run with Trường Cán bộ Thành phố is Thủ Đức's (a
  partner, not the actor).
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, term, year

GOVAP, CUCHI, BINHTAN = U("Quận Gò Vấp"), U("Huyện Củ Chi"), U("Quận Bình Tân")
THUDUC = U("Thành phố Thủ Đức")

# ---------------------------------------------------------------------------------------------
T01 = """
Thứ Tư, ngày 11 tháng 1 năm 2023

Gò Vấp: “Nghị quyết phải về được tới tổ dân phố”

(Thanhuytphcm.vn) – Năm 2022, công tác tuyên giáo của Đảng bộ quận Gò Vấp có nhiều chuyển biến. Phóng viên đã trao đổi với đồng chí Nguyễn Thị Thanh Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, về những kết quả này.

Phóng viên: Thưa đồng chí, việc học tập, quán triệt nghị quyết năm qua ở quận có gì mới?

Đồng chí Trưởng ban: Lần đầu tiên chúng tôi tổ chức học tập Nghị quyết Trung ương 4 khóa XIII theo hình thức trực tiếp kết hợp trực tuyến. Quận ủy tổ chức 3 hội nghị cấp quận; các chi, đảng bộ cơ sở mở 212 lớp, tăng 12 lớp so với năm 2021, với 18.640 lượt cán bộ, đảng viên và khoảng 7.300 lượt quần chúng tham dự. Tỷ lệ đảng viên dự học đạt 97,5%. Còn 164 đảng viên chưa tham gia do ốm đau, đi công tác xa; chúng tôi đã tổ chức học bù cho các đồng chí này.

Phóng viên: Sinh hoạt chi bộ có thay đổi gì không?

Đồng chí Trưởng ban: Các chi bộ đã tổ chức 1.284 buổi sinh hoạt chuyên đề, nhiều nơi mời cả người dân cùng dự. Có bác tổ trưởng nói với tôi: ‘Khu phố tôi 312 hộ, nghị quyết nào mới về cũng có người đọc cho bà con nghe’. Đó là điều chúng tôi mừng nhất.

Phóng viên: Còn công tác đào tạo, bồi dưỡng và đội ngũ?

Đồng chí Trưởng ban: Trung tâm Chính trị quận mở 9 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới với 612 học viên. Ban tổ chức 12 hội nghị báo cáo viên, mỗi tháng một lần, để cung cấp thông tin thời sự cho đội ngũ. Quận hiện có 45 báo cáo viên và 68 cộng tác viên dư luận xã hội; năm qua Ban đã gửi 36 báo cáo định kỳ và 11 báo cáo đột xuất về tình hình tư tưởng, dư luận lên Ban Tuyên giáo Thành ủy.

Phóng viên: Trên không gian mạng thì sao, thưa đồng chí?

Đồng chí Trưởng ban: Trang thông tin điện tử Quận ủy đăng 2.315 tin, bài, video; fanpage “Gò Vấp hôm nay” hiện có gần 36.000 người theo dõi. Toàn quận hiện có 16 trang Facebook của các phường và 1.092 nhóm Zalo khu phố, số thành viên khoảng 64.000 người. Cuộc thi trực tuyến “Tìm hiểu lịch sử Đảng bộ quận Gò Vấp” thu hút 20.012 lượt người dự thi; Ban tổ chức trao 1 giải Đặc biệt và 3 giải Nhất. Dịp tổng kết, Ban Thường vụ Quận ủy đã khen thưởng 10 tập thể và 21 cá nhân có thành tích trong công tác tuyên giáo.

Phóng viên: Năm 2023, quận đặt mục tiêu gì?

Đồng chí Trưởng ban: Chúng tôi phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng quý và sẽ mở thêm 4 lớp bồi dưỡng nghiệp vụ cho khoảng 250 cán bộ tuyên giáo cơ sở.
"""
D01 = "2023-01-11"
P01 = year(2022)

# ---------------------------------------------------------------------------------------------
T02 = """
ĐÀI TRUYỀN THANH HUYỆN CỦ CHI
Chương trình thời sự buổi chiều, phát lúc 17 giờ 30, thứ Sáu ngày 14/7/2017

Kính thưa quý thính giả! Mở đầu chương trình, mời quý vị nghe tin về kết quả công tác tuyên giáo của huyện nhà trong 6 tháng đầu năm 2017.

Sáu tháng đầu năm 2017, Ban Tuyên giáo Huyện ủy Củ Chi đã tham mưu Ban Thường vụ Huyện ủy ban hành mười hai văn bản chỉ đạo, hướng dẫn về công tác tư tưởng. Huyện triển khai hai đợt sinh hoạt chính trị: kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam và học tập chuyên đề năm 2017 về phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống.

Huyện tổ chức 02 hội nghị cấp huyện quán triệt Nghị quyết Trung ương 4 khóa XII; các tổ chức cơ sở đảng mở 247 lớp, với 14.862 lượt cán bộ, đảng viên, đạt tỷ lệ 95,35%. Còn hơn 700 đảng viên chưa tham gia do tuổi cao, sức yếu.

Riêng trong quý II, các xã, thị trấn tổ chức 136 buổi nói chuyện chuyên đề về biển, đảo và chủ quyền quốc gia, thu hút trên 9.500 lượt người dân. “Tuần nào ấp tôi cũng có 2 buổi nói chuyện, bà con đi nghe đông lắm”, bà Nguyễn Thị Bảy ở ấp Phú Hiệp, xã Phú Mỹ Hưng chia sẻ.

Trang thông tin điện tử huyện đăng tải 1.420 tin, bài; Đài Truyền thanh huyện phát 124 chương trình thời sự và 26 kỳ chuyên mục “Nông thôn mới – Chuyện ở làng”.

Đội ngũ 54 báo cáo viên cấp huyện được cung cấp tài liệu định kỳ qua 6 hội nghị báo cáo viên. Tính đến ngày 30/6/2017, mạng lưới cộng tác viên dư luận xã hội của huyện có 112 người; trong 6 tháng, Ban nhận và tổng hợp 48 báo cáo phản ánh tâm tư, nguyện vọng của nhân dân.

Hội thi “Tuyên truyền viên giỏi” cấp huyện có 42 thí sinh của 21 xã, thị trấn tham gia; 5 thí sinh xuất sắc nhất được chọn dự thi cấp thành phố. Nhân dịp sơ kết, Ban Thường vụ Huyện ủy tặng giấy khen cho 6 tập thể và 15 cá nhân.

Sáu tháng cuối năm, Ban Tuyên giáo Huyện ủy sẽ tổ chức học tập Nghị quyết Trung ương 5 khóa XII, phấn đấu 100% ấp, khu phố có tổ tuyên truyền viên.

Quý vị có ý kiến đóng góp xin gửi về Đài Truyền thanh huyện, số 78 đường Nguyễn Thị Rành, khu phố 1, thị trấn Củ Chi; điện thoại 028.3892.0517.
"""
D02 = "2017-07-14"
P02 = h1(2017)

# ---------------------------------------------------------------------------------------------
T03 = """
TRÍCH BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ QUẬN BÌNH TÂN TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN LẦN THỨ XII

(Đại hội diễn ra từ ngày 14 đến 16/7/2020 tại Trung tâm Hội nghị quận, số 521 Kinh Dương Vương, phường An Lạc)

I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XI, NHIỆM KỲ 2015 – 2020 (PHẦN CÔNG TÁC TUYÊN GIÁO)

Nhiệm kỳ 2015 – 2020, Đảng bộ quận Bình Tân có 68 tổ chức cơ sở đảng với hơn 11.000 đảng viên, lãnh đạo 10 phường với hơn 780 nghìn dân, là quận có dân số đông nhất Thành phố. Công tác tuyên giáo được triển khai đồng bộ, đạt nhiều kết quả:

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội XII của Đảng, Nghị quyết Đại hội X Đảng bộ Thành phố và Nghị quyết Đại hội XI Đảng bộ quận
- Hội nghị cấp quận: 06
- Lớp ở cơ sở: 1.318; lượt cán bộ, đảng viên dự: 98.410
- Lượt quần chúng dự học: gần 152 ngàn
- Tỷ lệ đảng viên tham gia: 96,8%
b) Các nghị quyết Trung ương khóa XII
- Hội nghị cấp quận: 14; lớp ở cơ sở: 2.870; lượt đảng viên dự học: 74.310
- Riêng Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng: 10.862/11.214 đảng viên dự học

2. Công tác tuyên truyền
- Buổi tuyên truyền miệng, nói chuyện chuyên đề: 4.215 – lượt người nghe: khoảng 312.000
- Tin, bài trên Trang thông tin điện tử quận: 9.870
- Bản tin “Bình Tân ngày mới”: phát hành đủ 60 số, mỗi số 3.500 bản
- Băng rôn, khẩu hiệu, pano: hơn 26.000
- Đợt sinh hoạt chính trị theo hướng dẫn của Thành ủy: 05

3. Đội ngũ báo cáo viên, nắm bắt dư luận xã hội
- Báo cáo viên cấp quận: 52 đồng chí (tính đến 30/6/2020)
- Hội nghị báo cáo viên: 63, đạt 105% kế hoạch
- Báo cáo dư luận xã hội: 240 định kỳ, 58 đột xuất
- Cộng tác viên dư luận xã hội hiện có: 186 người

4. Bồi dưỡng lý luận chính trị
Trung tâm Bồi dưỡng chính trị quận mở 118 lớp với 11.640 học viên, trong đó 42 lớp sơ cấp lý luận chính trị.

5. Thi đua, khen thưởng
Trong nhiệm kỳ, Quận ủy khen thưởng 146 tập thể, 312 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW; đề nghị Thành ủy tặng bằng khen cho 4 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020 – 2025
- Phấn đấu 100% chi bộ sinh hoạt chuyên đề ít nhất mỗi quý 1 lần;
- Mỗi năm mở ít nhất 20 lớp bồi dưỡng lý luận chính trị;
- Phát triển 500 nhóm Zalo khu phố, 10 fanpage của các phường.
"""
D03 = "2020-07-14"
P03 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T04 = """
Cập nhật ngày 28-12-2023

TP Thủ Đức: Tổng kết công tác tuyên giáo năm 2023

Chiều 27/12, Ban Tuyên giáo Thành ủy Thủ Đức tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023, triển khai nhiệm vụ năm 2024. TP Thủ Đức được thành lập trên cơ sở sáp nhập 3 quận (Quận 2, Quận 9 và quận Thủ Đức), hiện gồm 34 phường với hơn 1,2 triệu dân.

KẾT QUẢ NỔI BẬT NĂM 2023
- 25 hội nghị học tập, quán triệt nghị quyết cấp thành phố, 3.120 lượt cán bộ chủ chốt dự;
- 1.480 lớp học tập nghị quyết ở cơ sở, 86.300 lượt cán bộ, đảng viên, 97,15% đảng viên tham gia;
- Hai đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ;
- 642 buổi nói chuyện chuyên đề tại 34 phường, khoảng 58 nghìn lượt người nghe;
- 1.926 tin, bài, video trên Cổng thông tin điện tử TP Thủ Đức;
- 3,5 triệu lượt tiếp cận các tin, bài trên fanpage “Thủ Đức ngày nay”;
- 34 fanpage phường, 1.610 nhóm Zalo khu phố (hiện có khoảng 147 nghìn thành viên);
- 76 báo cáo tình hình tư tưởng, dư luận xã hội gửi Thường trực Thành ủy Thủ Đức;
- Khen thưởng 18 tập thể, 27 cá nhân.

Phát biểu tại hội nghị, đồng chí Trần Minh Lộc, Trưởng ban Tuyên giáo Thành ủy Thủ Đức cho biết: “Năm nay các chi bộ đã tổ chức 2.048 buổi sinh hoạt chuyên đề gắn với chủ đề năm 2023 của Thành phố, nhiều chi bộ mời cả người dân khu phố cùng tham gia”.

Tại Khu Công nghệ cao, nơi làm việc của khoảng 57.000 kỹ sư, công nhân, Ban Tuyên giáo Thành ủy Thủ Đức phối hợp Công đoàn Khu Công nghệ cao tổ chức 48 buổi tuyên truyền pháp luật với hơn 12.600 lượt công nhân. Cuộc thi trắc nghiệm “Tìm hiểu 93 năm Ngày thành lập Đảng Cộng sản Việt Nam” thu hút 24.350 lượt dự thi, trong đó đoàn viên thanh niên chiếm khoảng 64%.

Trung tâm Chính trị TP Thủ Đức mở 14 lớp bồi dưỡng lý luận chính trị cho 1.218 học viên; phối hợp Trường Cán bộ Thành phố mở 1 lớp trung cấp lý luận chính trị.

Năm 2024, Ban đặt chỉ tiêu 100% khu phố có nhóm Zalo hoạt động hiệu quả, dự kiến tổ chức 3 đợt sinh hoạt chính trị theo Kế hoạch 24-KH/TU.
"""
D04 = "2023-12-28"
P04 = year(2023)

DOCS = [
    Doc("h18_01_govap_2022", T01, GOVAP, P01, D01, "text", facts=[
        F("3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 212 lớp", 212, "study_sessions"),
        F("18.640 lượt cán bộ, đảng viên", 18640, "study_attendance", a="party_members"),
        F("khoảng 7.300 lượt quần chúng", 7300, "study_attendance", "approx", a="masses"),
        F("dự học đạt 97,5%", 97.5, "study_participation_rate"),
        F("Còn 164 đảng viên", 164, "other"),
        F("1.284 buổi sinh hoạt chuyên đề", 1284, "party_cell_discussions"),
        F("mở 9 lớp sơ cấp", 9, "training_classes"),
        F("612 học viên", 612, "trainees"),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("45 báo cáo viên", 45, "reporters", p=inst(D01)),
        F("68 cộng tác viên", 68, "opinion_collaborators", p=inst(D01)),
        F("36 báo cáo định kỳ", 36, "opinion_reports"),
        F("11 báo cáo đột xuất", 11, "opinion_reports"),
        F("đăng 2.315 tin, bài, video", 2315, "news_items"),
        F("gần 36.000 người theo dõi", 36000, "propaganda_audience", "at_most", p=inst(D01)),
        F("16 trang Facebook", 16, "social_pages", p=inst(D01)),
        F("1.092 nhóm Zalo", 1092, "chat_groups", p=inst(D01)),
        F("khoảng 64.000 người", 64000, "chat_group_members", "approx", p=inst(D01)),
        F("20.012 lượt người dự thi", 20012, "contest_entries"),
        F("10 tập thể", 10, "commended_collectives"),
        F("21 cá nhân", 21, "commended_individuals"),
    ], traps=[("Thứ Tư, ngày 11 tháng 1 năm 2023", 11), ("Năm 2022", 2022),
              ("Trung ương 4", 4), ("tăng 12 lớp", 12), ("năm 2021", 2021), ("312 hộ", 312),
              ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("Năm 2023", 2023),
              ("100% chi bộ", 100), ("thêm 4 lớp", 4), ("khoảng 250 cán bộ", 250)]),
    Doc("h18_02_cuchi_radio_h1_2017", T02, CUCHI, P02, D02, "text", facts=[
        F("mười hai văn bản", 12, "documents_issued"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("02 hội nghị cấp huyện", 2, "study_sessions"),
        F("mở 247 lớp", 247, "study_sessions"),
        F("14.862 lượt cán bộ, đảng viên", 14862, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 95,35%", 95.35, "study_participation_rate"),
        F("hơn 700 đảng viên chưa tham gia", 700, "other", "at_least"),
        F("136 buổi nói chuyện", 136, "oral_propaganda_sessions", p=quarter(2, 2017)),
        F("trên 9.500 lượt người dân", 9500, "propaganda_audience", "at_least", a="masses",
          p=quarter(2, 2017)),
        F("đăng tải 1.420 tin, bài", 1420, "news_items"),
        F("phát 124 chương trình", 124, "news_items"),
        F("26 kỳ chuyên mục", 26, "news_items"),
        F("Đội ngũ 54 báo cáo viên", 54, "reporters", p=end_of(P02)),
        F("6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("có 112 người", 112, "opinion_collaborators", p=inst("2017-06-30")),
        F("48 báo cáo phản ánh", 48, "opinion_reports"),
        F("có 42 thí sinh", 42, "contest_entries"),
        F("6 tập thể", 6, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("17 giờ 30", 17), ("ngày 14/7/2017", 14), ("6 tháng đầu năm 2017", 6),
              ("87 năm", 87), ("chuyên đề năm 2017", 2017), ("Trung ương 4", 4),
              ("2 buổi nói chuyện", 2), ("Tính đến ngày 30/6/2017", 30),
              ("trong 6 tháng", 6), ("21 xã, thị trấn", 21),
              ("5 thí sinh xuất sắc nhất", 5), ("Trung ương 5", 5), ("100% ấp", 100),
              ("số 78 đường Nguyễn Thị Rành", 78), ("khu phố 1", 1),
              ("028.3892.0517", 28)]),
    Doc("h18_03_binhtan_daihoi_2015_2020", T03, BINHTAN, P03, D03, "sidecar",
        meta={"date": D03}, facts=[
            F("Hội nghị cấp quận: 06", 6, "study_sessions"),
            F("Lớp ở cơ sở: 1.318", 1318, "study_sessions"),
            F("lượt cán bộ, đảng viên dự: 98.410", 98410, "study_attendance",
              a="party_members"),
            F("Lượt quần chúng dự học: gần 152 ngàn", 152000, "study_attendance", "at_most",
              a="masses"),
            F("Tỷ lệ đảng viên tham gia: 96,8%", 96.8, "study_participation_rate"),
            F("Hội nghị cấp quận: 14", 14, "study_sessions"),
            F("lớp ở cơ sở: 2.870", 2870, "study_sessions"),
            F("lượt đảng viên dự học: 74.310", 74310, "study_attendance", a="party_members"),
            F("10.862/11.214 đảng viên", 10862, "study_attendance", a="party_members"),
            F("nói chuyện chuyên đề: 4.215", 4215, "oral_propaganda_sessions"),
            F("lượt người nghe: khoảng 312.000", 312000, "propaganda_audience", "approx"),
            F("Trang thông tin điện tử quận: 9.870", 9870, "news_items"),
            F("phát hành đủ 60 số", 60, "news_items"),
            F("pano: hơn 26.000", 26000, "other", "at_least"),
            F("theo hướng dẫn của Thành ủy: 05", 5, "political_campaigns"),
            F("Báo cáo viên cấp quận: 52 đồng chí", 52, "reporters", p=inst("2020-06-30")),
            F("Hội nghị báo cáo viên: 63", 63, "reporter_conferences"),
            F("240 định kỳ", 240, "opinion_reports"),
            F("58 đột xuất", 58, "opinion_reports"),
            F("hiện có: 186 người", 186, "opinion_collaborators", p=inst(D03)),
            F("mở 118 lớp", 118, "training_classes"),
            F("11.640 học viên", 11640, "trainees"),
            F("146 tập thể", 146, "commended_collectives"),
            F("312 cá nhân", 312, "commended_individuals"),
        ], traps=[
            ("từ ngày 14 đến 16/7/2020", 14), ("số 521 Kinh Dương Vương", 521),
            ("NHIỆM KỲ 2015 – 2020", 2015), ("Nhiệm kỳ 2015 – 2020", 2015),
            ("68 tổ chức cơ sở đảng", 68), ("hơn 11.000 đảng viên", 11000),
            ("10 phường", 10), ("hơn 780 nghìn dân", 780000),
            ("1. Học tập, quán triệt", 1), ("Trung ương 4", 4),
            ("2. Công tác tuyên truyền", 2), ("mỗi số 3.500 bản", 3500),
            ("3. Đội ngũ báo cáo viên", 3), ("30/6/2020", 30), ("đạt 105% kế hoạch", 105),
            ("4. Bồi dưỡng lý luận", 4), ("trong đó 42 lớp", 42), ("5. Thi đua", 5),
            ("05-CT/TW", 5), ("cho 4 tập thể", 4), ("NHIỆM KỲ 2020 – 2025", 2020),
            ("100% chi bộ", 100), ("mỗi quý 1 lần", 1), ("20 lớp", 20),
            ("500 nhóm Zalo", 500), ("10 fanpage", 10)]),
    Doc("h18_04_thuduc_2023", T04, THUDUC, P04, D04, "text", facts=[
        F("25 hội nghị học tập", 25, "study_sessions"),
        F("3.120 lượt cán bộ chủ chốt", 3120, "study_attendance", a="party_members"),
        F("1.480 lớp học tập", 1480, "study_sessions"),
        F("86.300 lượt cán bộ, đảng viên", 86300, "study_attendance", a="party_members"),
        F("97,15% đảng viên", 97.15, "study_participation_rate"),
        F("Hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("642 buổi nói chuyện", 642, "oral_propaganda_sessions"),
        F("khoảng 58 nghìn lượt người nghe", 58000, "propaganda_audience", "approx"),
        F("1.926 tin, bài, video", 1926, "news_items"),
        F("3,5 triệu lượt tiếp cận", 3500000, "propaganda_audience"),
        F("34 fanpage phường", 34, "social_pages", p=end_of(P04)),
        F("1.610 nhóm Zalo", 1610, "chat_groups", p=end_of(P04)),
        F("khoảng 147 nghìn thành viên", 147000, "chat_group_members", "approx",
          p=inst(D04)),
        F("76 báo cáo tình hình tư tưởng", 76, "opinion_reports"),
        F("18 tập thể", 18, "commended_collectives"),
        F("27 cá nhân", 27, "commended_individuals"),
        F("2.048 buổi sinh hoạt chuyên đề", 2048, "party_cell_discussions"),
        F("48 buổi tuyên truyền", 48, "oral_propaganda_sessions"),
        F("hơn 12.600 lượt công nhân", 12600, "propaganda_audience", "at_least"),
        F("24.350 lượt dự thi", 24350, "contest_entries"),
        F("mở 14 lớp", 14, "training_classes"),
        F("1.218 học viên", 1218, "trainees"),
        F("mở 1 lớp trung cấp", 1, "training_classes"),
    ], traps=[("Cập nhật ngày 28-12-2023", 28), ("Chiều 27/12", 27), ("năm 2024", 2024),
              ("sáp nhập 3 quận", 3), ("Quận 2", 2), ("Quận 9", 9), ("gồm 34 phường", 34),
              ("hơn 1,2 triệu dân", 1200000), ("NĂM 2023", 2023), ("tại 34 phường", 34),
              ("chủ đề năm 2023", 2023), ("khoảng 57.000 kỹ sư", 57000), ("93 năm", 93),
              ("khoảng 64%", 64), ("Năm 2024", 2024), ("100% khu phố", 100),
              ("3 đợt sinh hoạt chính trị", 3), ("24-KH/TU", 24)]),
]
