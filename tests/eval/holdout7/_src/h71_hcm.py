"""Seventh held-out set (holdout7), part 1: Ho Chi Minh City districts 2016-2023 (before the
2025 reorganisation). Written in session 7 from docs/LABELING.md, tests/eval/README.md, the
earlier label sources (format only) and the seeds, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- "cấp ủy viên ... gần như 100% dự học" is a study participation rate, qualifier approx.
- In one sentence "... chuyển qua 186 nhóm Zalo khu phố; hiện các nhóm này có hơn 9.300
  thành viên", "hiện" dates only its own clause: the groups (earlier clause, no period in the
  sentence) take the governing period's end, the members the document date.
- A radio column "lên sóng 26 kỳ" counts issues of a programme: news_items.
- "trên 1.800 lượt tiểu thương" is propaganda_audience with audience all (tiểu thương is not
  one of the masses words); "118 quần chúng ưu tú" in a cảm tình Đảng class are trainees.
- A list line "Hội nghị báo cáo viên: 03" and "... : 17 lớp / 1.486 học viên" are facts.
- "Từ đầu năm đến nay, 3 hội nghị báo cáo viên đã được tổ chức" in a 9-month article runs from
  1 January to the (sidecar) document date, not to 30 September.
- "một trong ba đợt sinh hoạt chính trị được ... phát động trong 9 tháng" counts 3 campaigns.
- Shares of households with a smartphone ("ước 87% hộ dân") are survey/population shares:
  traps even with "ước".
- syn_703 has no date in its text: the document date is the sidecar's. syn_704 has neither a
  dateline nor a sidecar: its date is inferred from the latest day/month it names ("ngày 4/7")
  with the year of its period (quý II/2019); its "hiện có" stock takes that inferred date.
"""
from build_gold import Doc, F, U, end_of, h2, inst, m9, quarter, since, term, year

BTHANH, PNHUAN, Q8 = U("Quận Bình Thạnh"), U("Quận Phú Nhuận"), U("Quận 8")
THUDUC, Q6, CUCHI = U("Thành phố Thủ Đức"), U("Quận 6"), U("Huyện Củ Chi")

# ---------------------------------------------------------------------------------------------
T701 = """
TP.HCM, 05/01/2017

BÌNH THẠNH – PHÚ NHUẬN: GIỮ “MẠCH NGUỒN” TƯ TƯỞNG Ở HAI QUẬN VEN KÊNH

(SGGP) – Trong 6 tháng cuối năm 2016, Ban Tuyên giáo Quận ủy Bình Thạnh và Ban Tuyên giáo Quận ủy Phú Nhuận đã đưa Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố về tận chi bộ, khu phố, tổ dân phố bằng nhiều cách làm mới.

Quận Bình Thạnh: Nghị quyết trong “sổ tay điện tử”

Với 20 phường và gần 490 nghìn dân, Bình Thạnh thuộc nhóm quận đông dân nhất thành phố; bến Bình Quới và các khu dân cư ven kênh Nhiêu Lộc – Thị Nghè đang được chỉnh trang. Sáu tháng cuối năm, Quận ủy mở 37 lớp học tập, quán triệt Nghị quyết Đại hội XII, thu hút 15.408 lượt cán bộ, đảng viên và 4.926 lượt quần chúng tham dự. Tỷ lệ đảng viên tham gia học tập đạt 96,82%; cấp ủy viên các cấp gần như 100% dự học đầy đủ.

Kết quả nổi bật trong nửa năm của Ban Tuyên giáo Quận ủy Bình Thạnh:
- Văn bản hướng dẫn đã ban hành: 14;
- Hội nghị báo cáo viên: 03;
- Báo cáo phản ánh tâm tư, dư luận gửi Thành ủy: 11.

“Chúng tôi tóm tắt nghị quyết thành sổ tay điện tử rồi chuyển qua 186 nhóm Zalo khu phố; hiện các nhóm này có hơn 9.300 thành viên”, đồng chí Lê Minh Tâm, Phó Trưởng ban Tuyên giáo Quận ủy Bình Thạnh chia sẻ. Mô hình “Chi bộ 4 tốt” của khu phố 3, phường 25 tiếp tục được nhân rộng.

Quận Phú Nhuận: “Mỗi tuần một tin hay”

Ảnh: 4 báo cáo viên trẻ của Quận đoàn Phú Nhuận tại buổi sinh hoạt chuyên đề ở phường 7.

Phú Nhuận rộng chưa đầy 5 km2, gồm 15 phường. Từ tháng 7 đến tháng 12/2016, trang thông tin điện tử của quận đăng tải 1.126 tin, bài, ảnh; chuyên mục truyền thanh “Mỗi tuần một tin hay” lên sóng 26 kỳ. Hiện nay, quận duy trì 1 trang thông tin điện tử và 17 fanpage của các phường, đoàn thể với khoảng 21.500 người theo dõi.

Đội ngũ 52 báo cáo viên của quận đã tổ chức 148 buổi nói chuyện chuyên đề tại khu phố, thu hút 8.760 lượt người nghe. Quận ủy tổ chức hai đợt sinh hoạt chính trị về chủ quyền biển, đảo; cuộc thi trắc nghiệm trực tuyến tìm hiểu Hiến pháp năm 2013 ghi nhận 3.415 lượt người dự thi. Trong bảng đánh giá chỉ số cải cách hành chính, Phú Nhuận đứng thứ 2/24 quận, huyện.

Kết thúc đợt, Ban Thường vụ Quận ủy Phú Nhuận biểu dương 6 tập thể, 19 cá nhân tiêu biểu; đồng thời đề nghị Thành ủy tặng bằng khen cho 2 cá nhân.

Năm 2017, hai quận đặt mục tiêu 100% chi bộ khu phố có tổ tuyên truyền và sẽ mở thêm 10 lớp bồi dưỡng nghiệp vụ cho báo cáo viên cơ sở.
"""
D701 = "2017-01-05"
P701 = h2(2016)

# ---------------------------------------------------------------------------------------------
T702 = """
Thứ Ba, 16/6/2020

Quận 8: Năm năm “đi từng ngõ, gõ từng nhà” của công tác tuyên giáo

(Thanhuytphcm.vn) – Nhiệm kỳ 2015 – 2020, Đảng bộ Quận 8 đã lãnh đạo công tác tuyên giáo bám sát đời sống của một quận còn nhiều hẻm nhỏ, nhiều hộ lao động nghèo, góp phần chuẩn bị cho Đại hội đại biểu Đảng bộ quận lần thứ XI.

Quận 8 nằm ở cửa ngõ Tây Nam thành phố, có 16 phường với hơn 430 nghìn dân, trong đó khoảng 12% là người Hoa; đại lộ Võ Văn Kiệt và cầu Chữ Y hơn 80 năm tuổi nối quận với trung tâm.

Theo báo cáo của Ban Tuyên giáo Quận ủy, trong nhiệm kỳ, Ban Thường vụ Quận ủy đã ban hành 126 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng; 214 hội nghị học tập, quán triệt nghị quyết, chỉ thị của Trung ương và Thành ủy đã được tổ chức, với 118.640 lượt cán bộ, đảng viên tham dự. Trung tâm Bồi dưỡng chính trị quận mở 68 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới và nhận thức về Đảng cho 7.215 học viên.

Năm 2019, Quận ủy chọn chủ đề “Tuyên truyền trên không gian mạng” làm khâu đột phá. Ban Tuyên giáo Quận ủy hướng dẫn các phường lập 95 nhóm Zalo, Facebook với 12.600 thành viên; trang thông tin điện tử quan8.hochiminhcity.gov.vn đăng 2.870 tin, bài. Các chi bộ tổ chức 1.032 buổi sinh hoạt chuyên đề gắn với nội dung này.

Từ năm 2016 đến nay, bản tin “Sinh hoạt chi bộ” của quận được phát hành đều đặn, tổng cộng 54 số. Hiện đội ngũ báo cáo viên của Quận ủy có 38 đồng chí; cộng tác viên dư luận xã hội 64 người. Cả nhiệm kỳ, mạng lưới cộng tác viên gửi về 236 báo cáo tình hình tư tưởng trong nhân dân.

Nét riêng của Quận 8 là tuyên truyền miệng tại hẻm: 1.450 buổi với khoảng 96 nghìn lượt người dân dự nghe. “Nhà tôi ở hẻm 400 Âu Dương Lân, tuần nào cũng có 2 buổi nói chuyện, bà con nghe quen rồi”, bà Trần Thị Nga, 67 tuổi, ở phường 3, kể.

Ban Thường vụ Quận ủy đã khen thưởng 42 tập thể và 97 cá nhân có thành tích trong thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị khóa XII.

Phương hướng nhiệm kỳ 2020 – 2025 đặt ra mục tiêu 100% chi bộ có nhóm Zalo và ít nhất 95% đảng viên được học tập nghị quyết.
"""
D702 = "2020-06-16"
P702 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T703 = """
THÀNH PHỐ THỦ ĐỨC: TUYÊN GIÁO TRONG “ĐÔ THỊ SÁNG TẠO”

9 tháng đầu năm 2023, Ban Tuyên giáo Thành ủy Thủ Đức đã tham mưu tổ chức nhiều hoạt động học tập, tuyên truyền phù hợp với một đô thị trẻ, đông dân và phát triển nhanh.

Thành phố Thủ Đức có 34 phường, dân số trên 1,2 triệu người, cách trung tâm TP.HCM khoảng 10 km; tuyến metro số 1 Bến Thành – Suối Tiên dài 19,7 km chạy qua địa bàn, Khu Công nghệ cao có khoảng 50.000 kỹ sư, công nhân đang làm việc.

Trong 9 tháng, Thành ủy Thủ Đức tổ chức 29 hội nghị học tập, quán triệt chuyên đề, với 26.418 lượt cán bộ, đảng viên; 98,1% đảng viên trong Đảng bộ tham gia học tập.

Một số kết quả 9 tháng (số liệu của Ban Tuyên giáo Thành ủy Thủ Đức):
• Lớp bồi dưỡng lý luận chính trị, nghiệp vụ: 17 lớp / 1.486 học viên
• Tin, bài trên Cổng thông tin điện tử thành phố Thủ Đức: 3.905
• Video, clip, infographic: 412
• Báo cáo dư luận xã hội tổng hợp: 27

Từ đầu năm đến nay, 3 hội nghị báo cáo viên đã được tổ chức. Đội ngũ báo cáo viên của Thành ủy Thủ Đức hiện có 45 đồng chí, độ tuổi bình quân 47. “Quý IV, chúng tôi sẽ tổ chức thêm 2 hội nghị báo cáo viên về chuyển đổi số”, đồng chí Trưởng ban Tuyên giáo Thành ủy Thủ Đức cho biết.

Từ ngày 10/8 đến nay, hưởng ứng đợt sinh hoạt chính trị về xây dựng văn hóa, con người TP.HCM, các chi bộ khu phố đã tổ chức 612 buổi thảo luận. Đây là một trong ba đợt sinh hoạt chính trị được Thành ủy Thủ Đức phát động trong 9 tháng.

Hiện nay, thành phố Thủ Đức có 1 cổng thông tin điện tử, 35 trang fanpage (của Thành ủy và 34 phường) và 1.218 nhóm Zalo khu phố với gần 160.000 thành viên. Theo một khảo sát, ước 87% hộ dân trên địa bàn dùng điện thoại thông minh.

Dịp sơ kết, UBND thành phố Thủ Đức tặng giấy khen cho 8 tập thể, 21 cá nhân; kết quả tuyên giáo của địa phương được Ban Tuyên giáo Thành ủy TP.HCM đánh giá cao tại hội nghị giao ban khu vực.
"""
D703 = "2023-10-09"  # sidecar only: the text has no dateline
P703 = m9(2023)

# ---------------------------------------------------------------------------------------------
T704 = """
Quận 6 và huyện Củ Chi sơ kết công tác tuyên giáo quý II/2019

Trong quý II năm 2019, bên cạnh các đợt tuyên truyền kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5) và 50 năm thực hiện Di chúc của Người, Quận ủy Quận 6 và Huyện ủy Củ Chi tập trung học tập, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.

QUẬN 6: TUYÊN TRUYỀN SONG NGỮ VIỆT – HOA

Quận 6 có 14 phường với khoảng 260 nghìn dân, trong đó người Hoa chiếm gần 30%. Trong quý, Quận ủy ban hành 9 văn bản; tổ chức 12 hội nghị quán triệt Chỉ thị 35-CT/TW với 3.968/4.153 đảng viên tham dự, đạt 95,55%. Hội nghị cấp quận diễn ra tại hội trường Quận ủy (sức chứa 350 chỗ).

Tại chợ Bình Tây, quận tổ chức mười một buổi nói chuyện song ngữ, thu hút trên 1.800 lượt tiểu thương. Cuộc thi tìm hiểu 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019) nhận 2.650 bài dự thi. Hiện quận có 21 trang Facebook chính danh của Quận ủy, các phường và đoàn thể. Đội tuyên truyền ca khúc cách mạng của phường 11 đoạt giải Nhì Hội diễn toàn thành.

HUYỆN CỦ CHI: ĐƯA NGHỊ QUYẾT VỀ ẤP

Huyện có 20 xã, 1 thị trấn, diện tích hơn 434 km2, cách trung tâm thành phố khoảng 40 km. Địa đạo Củ Chi với hệ thống đường hầm dài khoảng 250 km đón hơn 1,9 triệu lượt khách năm 2018.

Trong quý, Huyện ủy Củ Chi mở 02 lớp bồi dưỡng kết nạp đảng viên mới cho 96 học viên và 01 lớp cảm tình Đảng cho 118 quần chúng ưu tú. Ban Tuyên giáo Huyện ủy phối hợp tổ chức 64 buổi tuyên truyền miệng tại các ấp cho gần 5.200 lượt người dân; tổng hợp 8 báo cáo tâm trạng xã hội gửi Thành ủy. Huyện ủy biểu dương 5 tập thể, 12 cá nhân điển hình “Dân vận khéo”.

“Ấp tôi có 230 hộ, họp tổ nhân dân tháng nào cũng đông”, ông Võ Văn Út, tổ trưởng tổ nhân dân ấp Phú Hiệp, xã Phú Mỹ Hưng nói.

Tại buổi giao ban công tác tuyên giáo khu vực ngày 4/7, đại diện Ban Tuyên giáo Thành ủy ghi nhận cách làm của hai địa phương. Quý III, Quận 6 dự kiến tổ chức 15 buổi nói chuyện song ngữ; Củ Chi phấn đấu 100% ấp có tổ tuyên truyền.
"""
D704 = "2019-07-04"  # inferred: latest day/month named ("ngày 4/7"), year of quý II/2019
P704 = quarter(2, 2019)

DOCS = [
    Doc("syn_701_binhthanh_phunhuan_2016", T701, BTHANH, P701, D701, "text", facts=[
        F("mở 37 lớp học tập", 37, "study_sessions", unit=BTHANH),
        F("15.408 lượt cán bộ, đảng viên", 15408, "study_attendance", a="party_members",
          unit=BTHANH),
        F("4.926 lượt quần chúng", 4926, "study_attendance", a="masses", unit=BTHANH),
        F("đạt 96,82%", 96.82, "study_participation_rate", unit=BTHANH),
        F("gần như 100% dự học", 100, "study_participation_rate", "approx", unit=BTHANH),
        F("Văn bản hướng dẫn đã ban hành: 14", 14, "documents_issued", unit=BTHANH),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences", unit=BTHANH),
        F("gửi Thành ủy: 11", 11, "opinion_reports", unit=BTHANH),
        F("qua 186 nhóm Zalo", 186, "chat_groups", unit=BTHANH, p=end_of(P701)),
        F("hơn 9.300 thành viên", 9300, "chat_group_members", "at_least", unit=BTHANH,
          p=inst(D701)),
        F("đăng tải 1.126 tin, bài, ảnh", 1126, "news_items", unit=PNHUAN),
        F("lên sóng 26 kỳ", 26, "news_items", unit=PNHUAN),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", unit=PNHUAN, p=inst(D701)),
        F("17 fanpage", 17, "social_pages", unit=PNHUAN, p=inst(D701)),
        F("khoảng 21.500 người theo dõi", 21500, "propaganda_audience", "approx", unit=PNHUAN,
          p=inst(D701)),
        F("Đội ngũ 52 báo cáo viên", 52, "reporters", unit=PNHUAN, p=end_of(P701)),
        F("148 buổi nói chuyện", 148, "oral_propaganda_sessions", unit=PNHUAN),
        F("8.760 lượt người nghe", 8760, "propaganda_audience", unit=PNHUAN),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=PNHUAN),
        F("3.415 lượt người dự thi", 3415, "contest_entries", unit=PNHUAN),
        F("biểu dương 6 tập thể", 6, "commended_collectives", unit=PNHUAN),
        F("19 cá nhân tiêu biểu", 19, "commended_individuals", unit=PNHUAN),
    ], traps=[("05/01/2017", 5), ("6 tháng cuối năm 2016", 6), ("Đại hội XII", 12),
              ("Đại hội X Đảng bộ", 10), ("20 phường", 20), ("gần 490 nghìn dân", 490000),
              ("Chi bộ 4 tốt", 4), ("khu phố 3", 3), ("phường 25", 25),
              ("Ảnh: 4 báo cáo viên", 4), ("phường 7", 7), ("chưa đầy 5 km2", 5),
              ("15 phường", 15), ("tháng 7 đến", 7), ("tháng 12/2016", 12),
              ("Hiến pháp năm 2013", 2013), ("thứ 2/24 quận, huyện", 2),
              ("bằng khen cho 2 cá nhân", 2), ("Năm 2017", 2017), ("100% chi bộ", 100),
              ("thêm 10 lớp", 10)]),
    Doc("syn_702_q8_2015_2020", T702, Q8, P702, D702, "text", facts=[
        F("ban hành 126 văn bản", 126, "documents_issued", unit=Q8),
        F("214 hội nghị học tập", 214, "study_sessions", unit=Q8),
        F("118.640 lượt cán bộ, đảng viên", 118640, "study_attendance", a="party_members",
          unit=Q8),
        F("mở 68 lớp sơ cấp", 68, "training_classes", unit=Q8),
        F("7.215 học viên", 7215, "trainees", unit=Q8),
        F("lập 95 nhóm Zalo", 95, "chat_groups", unit=Q8, p=end_of(year(2019))),
        F("12.600 thành viên", 12600, "chat_group_members", unit=Q8, p=end_of(year(2019))),
        F("đăng 2.870 tin, bài", 2870, "news_items", unit=Q8, p=year(2019)),
        F("1.032 buổi sinh hoạt chuyên đề", 1032, "party_cell_discussions", unit=Q8,
          p=year(2019)),
        F("tổng cộng 54 số", 54, "news_items", unit=Q8, p=since("2016-01-01", D702)),
        F("có 38 đồng chí", 38, "reporters", unit=Q8, p=inst(D702)),
        F("cộng tác viên dư luận xã hội 64 người", 64, "opinion_collaborators", unit=Q8,
          p=inst(D702)),
        F("gửi về 236 báo cáo", 236, "opinion_reports", unit=Q8),
        F("1.450 buổi", 1450, "oral_propaganda_sessions", unit=Q8),
        F("khoảng 96 nghìn lượt người dân", 96000, "propaganda_audience", "approx",
          a="masses", unit=Q8),
        F("khen thưởng 42 tập thể", 42, "commended_collectives", unit=Q8),
        F("97 cá nhân", 97, "commended_individuals", unit=Q8),
    ], traps=[("16/6/2020", 16), ("Năm năm", 5), ("Quận 8", 8), ("Nhiệm kỳ 2015", 2015),
              ("lần thứ XI", 11), ("16 phường", 16), ("hơn 430 nghìn dân", 430000),
              ("khoảng 12% là người Hoa", 12), ("hơn 80 năm tuổi", 80), ("Năm 2019", 2019),
              ("quan8.hochiminhcity.gov.vn", 8), ("Từ năm 2016", 2016), ("hẻm 400", 400),
              ("2 buổi nói chuyện", 2), ("67 tuổi", 67), ("phường 3", 3),
              ("05-CT/TW", 5), ("khóa XII", 12), ("nhiệm kỳ 2020 – 2025", 2020),
              ("100% chi bộ", 100), ("95% đảng viên", 95)]),
    Doc("syn_703_thuduc_2023", T703, THUDUC, P703, D703, "sidecar", meta={"date": D703},
        facts=[
        F("tổ chức 29 hội nghị học tập", 29, "study_sessions", unit=THUDUC),
        F("26.418 lượt cán bộ, đảng viên", 26418, "study_attendance", a="party_members",
          unit=THUDUC),
        F("98,1% đảng viên", 98.1, "study_participation_rate", unit=THUDUC),
        F("nghiệp vụ: 17 lớp", 17, "training_classes", unit=THUDUC),
        F("1.486 học viên", 1486, "trainees", unit=THUDUC),
        F("thành phố Thủ Đức: 3.905", 3905, "news_items", unit=THUDUC),
        F("infographic: 412", 412, "news_items", unit=THUDUC),
        F("tổng hợp: 27", 27, "opinion_reports", unit=THUDUC),
        F("3 hội nghị báo cáo viên đã được tổ chức", 3, "reporter_conferences", unit=THUDUC,
          p=since("2023-01-01", D703)),
        F("hiện có 45 đồng chí", 45, "reporters", unit=THUDUC, p=inst(D703)),
        F("tổ chức 612 buổi thảo luận", 612, "party_cell_discussions", unit=THUDUC,
          p=since("2023-08-10", D703)),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns", unit=THUDUC),
        F("có 1 cổng thông tin điện tử", 1, "websites", unit=THUDUC, p=inst(D703)),
        F("35 trang fanpage", 35, "social_pages", unit=THUDUC, p=inst(D703)),
        F("1.218 nhóm Zalo", 1218, "chat_groups", unit=THUDUC, p=inst(D703)),
        F("gần 160.000 thành viên", 160000, "chat_group_members", "at_most", unit=THUDUC,
          p=inst(D703)),
        F("giấy khen cho 8 tập thể", 8, "commended_collectives", unit=THUDUC),
        F("21 cá nhân", 21, "commended_individuals", unit=THUDUC),
    ], traps=[("9 tháng", 9), ("34 phường", 34), ("trên 1,2 triệu người", 1200000),
              ("khoảng 10 km", 10), ("metro số 1", 1), ("dài 19,7 km", 19.7),
              ("khoảng 50.000 kỹ sư", 50000), ("độ tuổi bình quân 47", 47),
              ("thêm 2 hội nghị báo cáo viên", 2), ("ngày 10/8", 10),
              ("ước 87% hộ dân", 87)]),
    Doc("syn_704_q6_cuchi_2019", T704, Q6, P704, D704, "inferred", facts=[
        F("ban hành 9 văn bản", 9, "documents_issued", unit=Q6),
        F("tổ chức 12 hội nghị quán triệt", 12, "study_sessions", unit=Q6),
        F("3.968/4.153 đảng viên", 3968, "study_attendance", a="party_members", unit=Q6),
        F("đạt 95,55%", 95.55, "study_participation_rate", unit=Q6),
        F("mười một buổi nói chuyện", 11, "oral_propaganda_sessions", unit=Q6),
        F("trên 1.800 lượt tiểu thương", 1800, "propaganda_audience", "at_least", unit=Q6),
        F("nhận 2.650 bài dự thi", 2650, "contest_entries", unit=Q6),
        F("Hiện quận có 21 trang Facebook", 21, "social_pages", unit=Q6, p=inst(D704)),
        F("mở 02 lớp bồi dưỡng", 2, "training_classes", unit=CUCHI),
        F("cho 96 học viên", 96, "trainees", unit=CUCHI),
        F("01 lớp cảm tình Đảng", 1, "training_classes", unit=CUCHI),
        F("118 quần chúng ưu tú", 118, "trainees", unit=CUCHI),
        F("64 buổi tuyên truyền miệng", 64, "oral_propaganda_sessions", unit=CUCHI),
        F("gần 5.200 lượt người dân", 5200, "propaganda_audience", "at_most", a="masses",
          unit=CUCHI),
        F("tổng hợp 8 báo cáo", 8, "opinion_reports", unit=CUCHI),
        F("biểu dương 5 tập thể", 5, "commended_collectives", unit=CUCHI),
        F("12 cá nhân", 12, "commended_individuals", unit=CUCHI),
    ], traps=[("quý II/2019", 2), ("129 năm", 129), ("19/5", 19), ("50 năm", 50),
              ("Quận 6", 6), ("35-CT/TW", 35), ("14 phường", 14),
              ("khoảng 260 nghìn dân", 260000), ("gần 30%", 30), ("sức chứa 350 chỗ", 350),
              ("phường 11", 11), ("20 xã", 20), ("1 thị trấn", 1), ("hơn 434 km2", 434),
              ("khoảng 40 km", 40), ("dài khoảng 250 km", 250),
              ("hơn 1,9 triệu lượt khách", 1900000), ("230 hộ", 230), ("ngày 4/7", 4),
              ("15 buổi nói chuyện", 15), ("100% ấp", 100)]),
]
