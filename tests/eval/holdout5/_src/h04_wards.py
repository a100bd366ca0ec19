"""Fifth held-out set (holdout5), part 4: wards and communes from 2025-07-01 (Ho Chi Minh City
and Hanoi). Written in session 5 from docs/LABELING.md, tests/eval/README.md, the earlier label
sources (format only) and the seeds, without reading or running the extractor."""
from build_gold import Doc, F, W, h1, h2, inst, month, quarter, since

NHIEULOC, DIENHONG = W("Phường Nhiêu Lộc", "79"), W("Phường Diên Hồng", "79")
P_CAUGIAY, YENHOA = W("Phường Cầu Giấy", "01"), W("Phường Yên Hòa", "01")
P_THANHXUAN, BAYHIEN = W("Phường Thanh Xuân", "01"), W("Phường Bảy Hiền", "79")
X_GIALAM, PHUCLOI = W("Xã Gia Lâm", "01"), W("Phường Phúc Lợi", "01")

for _u in (NHIEULOC, DIENHONG, P_CAUGIAY, YENHOA, P_THANHXUAN, BAYHIEN, X_GIALAM, PHUCLOI):
    assert _u.code is not None, f"{_u.name} is not in org_units.csv"

# ---------------------------------------------------------------------------------------------
T511 = """
Thứ Sáu, 26/12/2025

Nhiêu Lộc, Diên Hồng: Nửa năm đầu tiên của hai phường mới

(Thanhuytphcm.vn) - Ban Tuyên giáo và Dân vận Đảng ủy phường Nhiêu Lộc và phường Diên Hồng vừa tổ chức hội nghị đánh giá công tác tuyên giáo, dân vận 6 tháng cuối năm 2025.

PHƯỜNG NHIÊU LỘC

Phường Nhiêu Lộc được sắp xếp từ Phường 9, Phường 11, Phường 12 và Phường 14 của Quận 3 cũ, trải dọc kênh Nhiêu Lộc – Thị Nghè, có 31 khu phố; người từ 60 tuổi trở lên chiếm gần 17% dân số.

Từ ngày 1/7 đến nay, Đảng ủy phường ban hành 15 văn bản về công tác tư tưởng. Sáu tháng qua, phường tổ chức 7 hội nghị học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030, cho 2.615 lượt cán bộ, đảng viên, đạt 98,1%; các chi bộ khu phố tổ chức 214 buổi sinh hoạt chuyên đề. Phường hiện có 36 nhóm Zalo khu phố với trên 9.500 thành viên và 1 fanpage chính thức.

Tháng 11/2025, phường mở 2 lớp bồi dưỡng kỹ năng nắm bắt dư luận cho 96 học viên là tổ trưởng tổ dân phố. Hội Người cao tuổi phường có 1.850 hội viên từ 60 tuổi trở lên, nhiều người là đảng viên lâu năm.

“Sau sắp xếp, số nhóm Zalo khu phố tăng 8 nhóm so với trước, nhưng quan trọng là người dân biết hỏi ai, hỏi ở đâu”, đồng chí Phó Bí thư Đảng ủy phường Nhiêu Lộc nói.

Phường Diên Hồng: Tuyên truyền gắn với dịch vụ công

Diên Hồng hình thành từ Phường 6, Phường 8 và Phường 14 của Quận 10 cũ; trụ sở Đảng ủy đặt tại số 474 đường 3 Tháng 2.

Tính đến ngày 15/12/2025, phường có 14 báo cáo viên và 18 cộng tác viên dư luận xã hội; trong 6 tháng, lực lượng này thực hiện 11 báo cáo dư luận xã hội. Phường tổ chức 46 buổi tuyên truyền miệng về căn cước, dịch vụ công trực tuyến với khoảng 3.700 lượt người dân; trang fanpage của phường đăng 412 tin, bài, video.

Cuộc thi ảnh “Diên Hồng – phường mới, diện mạo mới” nhận 238 tác phẩm; tác phẩm đoạt giải Nhất được in khổ 60 x 90 cm trưng bày tại trụ sở. Phường vận động quyên góp 185 triệu đồng hỗ trợ hộ nghèo đón Tết. Dịp này, Đảng ủy phường khen thưởng 4 tập thể, 10 cá nhân.

Năm 2026, hai phường dự kiến mở thêm 6 lớp bồi dưỡng và phấn đấu 100% khu phố có tổ tuyên truyền số.
"""
D511 = "2025-12-26"
P511 = h2(2025)
S511 = since("2025-07-01", D511)

# ---------------------------------------------------------------------------------------------
T512 = """
Thứ Hai, 3/11/2025

Phường Cầu Giấy, Yên Hòa, Thanh Xuân: Sau 4 tháng vận hành mô hình mới

(HNMO) - Từ ngày 1/7/2025 đến nay, Đảng ủy các phường Cầu Giấy, Yên Hòa và Thanh Xuân đã tập trung thông tin về mô hình chính quyền địa phương hai cấp và Đại hội Đảng bộ thành phố Hà Nội lần thứ XVIII.

Phường Cầu Giấy: Phường Cầu Giấy được thành lập từ các phường Quan Hoa, Nghĩa Tân, Dịch Vọng, Dịch Vọng Hậu và một phần các phường lân cận, dân số khoảng 135 nghìn người. Đảng ủy phường ban hành 17 văn bản; tổ chức 6 hội nghị học tập, quán triệt cho 3.418 lượt cán bộ, đảng viên. Tháng 10/2025, phường tổ chức 22 buổi tuyên truyền miệng tại các tòa chung cư với 2.950 lượt cư dân tham dự. Phường hiện có 64 nhóm Zalo tổ dân phố. Gần như 100% chi bộ tổ dân phố đã sinh hoạt theo địa bàn mới.

Phường Yên Hòa: Quý III/2025, Đảng ủy phường tổ chức 9 hội nghị học tập, quán triệt với 2.760 lượt cán bộ, đảng viên, tỷ lệ đảng viên tham gia đạt 96,7%; các chi bộ tổ chức 148 buổi thảo luận chuyên đề. Đến nay, phường có 11 báo cáo viên và 2 trang thông tin điện tử. Fanpage “Yên Hòa hôm nay” đăng 318 tin, bài; bình quân mỗi bài có 1.200 lượt xem.

Phường Thanh Xuân: Phường hình thành từ phần lớn các phường Thanh Xuân Trung, Thượng Đình, Khương Trung cũ, có Nhà máy Cao su Sao Vàng cũ rộng hơn 5 ha đang chờ chuyển đổi công năng. Phường tổ chức 8 hội nghị học tập với 2.214 lượt cán bộ, đảng viên và 655 lượt đoàn viên, hội viên; mở 1 lớp bồi dưỡng nghiệp vụ cho 74 học viên. Hiện phường có 19 cộng tác viên dư luận xã hội, đã gửi 9 báo cáo phản ánh tâm tư của người dân về chợ Thượng Đình. Đảng ủy phường khen thưởng 5 tập thể, 7 cá nhân.

Ông Vũ Đức Thịnh, 70 tuổi, ở nhà B4 khu tập thể Thanh Xuân Bắc, nói: “Tôi sống ở tầng 4 được 42 năm, nay đi bộ 10 phút là tới trụ sở phường.”

Tháng 12/2025, ba phường sẽ tổ chức 12 hội nghị quán triệt Nghị quyết Đại hội Đảng bộ thành phố.
"""
D512 = "2025-11-03"
P512 = since("2025-07-01", D512)

# ---------------------------------------------------------------------------------------------
T513 = """
TP.HCM, 8/4/2026

Phường Bảy Hiền: Đưa Nghị quyết Đại hội XIV của Đảng đến với người dân

Quý I năm 2026, Đảng ủy phường Bảy Hiền tập trung học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026.

Phường Bảy Hiền được sắp xếp từ Phường 10, Phường 11 và Phường 12 của quận Tân Bình cũ, có chợ Tân Bình và Bệnh viện Thống Nhất; dân số khoảng 110 nghìn người, trong đó khoảng 15% là người theo đạo Công giáo.

I. KẾT QUẢ THỰC HIỆN

Trong quý, Đảng ủy phường ban hành 12 văn bản; tổ chức 11 hội nghị học tập Nghị quyết Đại hội XIV tại các chi bộ khu phố với 3.905/4.047 đảng viên tham dự, đạt 96,49%, cùng 1.320 lượt quần chúng. Các chi bộ tổ chức 96 buổi thảo luận chuyên đề về văn kiện.

Từ ngày 2/3 đến nay, các khu phố tổ chức 38 buổi tuyên truyền miệng về bầu cử với xấp xỉ 4.600 lượt người dân; riêng tháng 3/2026, đài truyền thanh phường phát 90 bản tin, mỗi ngày 2 lần vào lúc 6 giờ 30 và 17 giờ. Hiện phường có 58 nhóm Zalo với hơn 24.000 thành viên, 1 fanpage chính danh và 16 cộng tác viên dư luận xã hội; trong quý, các cộng tác viên gửi chưa đến 10 báo cáo dư luận.

Ban Tuyên giáo và Dân vận Đảng ủy phường in 3.500 tờ rơi song ngữ Việt – Hoa cho bà con ở khu vực chợ Tân Bình. Ước tính có 1.500 tiểu thương được tuyên truyền trực tiếp tại chợ.

Ông Lâm Văn Phước, 74 tuổi, ở số 1024 Cách Mạng Tháng Tám, kể: “Tôi đi bầu cử lần thứ 15 trong đời rồi, lần này được tổ trưởng nhắc qua Zalo từ 3 ngày trước.”

II. NHIỆM VỤ QUÝ II/2026

1. Tổ chức 12 hội nghị học tập chuyên đề năm 2026 cho các chi bộ.
2. Phát triển thêm 10 nhóm Zalo ở các chung cư mới.
3. Phấn đấu 100% đảng viên hoàn thành học tập Nghị quyết Đại hội XIV trước ngày 30/6/2026.

III. ĐÁNH GIÁ CHUNG

Công tác tuyên giáo quý I của phường được Ban Tuyên giáo và Dân vận Thành ủy đánh giá cao; 2 tập thể và 4 cá nhân của phường được tặng giấy khen vì có thành tích trong tuyên truyền bầu cử.
"""
D513 = "2026-04-08"
P513 = quarter(1, 2026)

# ---------------------------------------------------------------------------------------------
T514 = """
Thứ Năm, 2/7/2026

Xã Gia Lâm và phường Phúc Lợi sơ kết 6 tháng đầu năm 2026

(HNMO) - Ngày 1/7, đúng tròn 1 năm vận hành chính quyền địa phương hai cấp, Đảng ủy xã Gia Lâm và Đảng ủy phường Phúc Lợi tổ chức sơ kết công tác tuyên giáo 6 tháng đầu năm 2026.

XÃ GIA LÂM

Xã Gia Lâm được hình thành từ thị trấn Trâu Quỳ và 4 xã lân cận của huyện Gia Lâm cũ, có Học viện Nông nghiệp Việt Nam với khoảng 30 nghìn sinh viên.

Sáu tháng đầu năm, Đảng ủy xã ban hành 13 văn bản lãnh đạo công tác tư tưởng; tổ chức 05 hội nghị quán triệt cấp xã và 24 buổi học tập tại các chi bộ thôn, tổ dân phố, với 4.872 lượt cán bộ, đảng viên. Tỷ lệ đảng viên tham gia học tập trên 97%. Xã mở 3 lớp bồi dưỡng nhận thức về Đảng cho 142 học viên là quần chúng ưu tú.

Các tổ tuyên truyền của xã tổ chức 57 buổi nói chuyện về phòng, chống lừa đảo trên mạng, thu hút ước khoảng 6.100 lượt người dân. Xã hiện có 82 nhóm Zalo thôn, tổ dân phố.

PHƯỜNG PHÚC LỢI

Phúc Lợi là phường ven sông Đuống, có tuyến đường Vành đai 3 đi qua, dân số khoảng 95 nghìn người.

Quý I/2026, Đảng ủy phường tổ chức 8 hội nghị học tập Nghị quyết Đại hội XIV cho 2.930 lượt cán bộ, đảng viên và 1.046 lượt quần chúng. Quý II, phường triển khai 1 đợt sinh hoạt chính trị về chủ đề “Phúc Lợi – một năm nhìn lại”; các chi bộ tổ chức 137 buổi sinh hoạt chuyên đề.

Đến ngày 30/6/2026, phường có 13 báo cáo viên, 22 cộng tác viên dư luận xã hội và 2 fanpage chính danh. Sáu tháng, các trang của phường đăng 526 tin, bài, infographic; video về lễ hội làng Phúc Lợi đạt hơn 85 nghìn lượt xem. Cuộc thi “Em yêu phường mới” dành cho học sinh nhận được một trăm lẻ năm bài dự thi.

Dịp sơ kết, Đảng ủy phường Phúc Lợi tặng giấy khen cho 6 tập thể, 9 cá nhân. Theo kế hoạch, 6 tháng cuối năm phường sẽ mở thêm 2 lớp bồi dưỡng cho tuyên truyền viên.
"""
D514 = "2026-07-02"
P514 = h1(2026)

DOCS = [
    Doc("syn_511_nhieuloc_dienhong_2025", T511, NHIEULOC, P511, D511, "text", facts=[
        F("ban hành 15 văn bản", 15, "documents_issued", unit=NHIEULOC, p=S511),
        F("7 hội nghị học tập", 7, "study_sessions", unit=NHIEULOC),
        F("2.615 lượt cán bộ, đảng viên", 2615, "study_attendance", a="party_members",
          unit=NHIEULOC),
        F("đạt 98,1%", 98.1, "study_participation_rate", unit=NHIEULOC),
        F("214 buổi sinh hoạt chuyên đề", 214, "party_cell_discussions", unit=NHIEULOC),
        F("36 nhóm Zalo", 36, "chat_groups", unit=NHIEULOC, p=inst(D511)),
        F("trên 9.500 thành viên", 9500, "chat_group_members", "at_least", unit=NHIEULOC,
          p=inst(D511)),
        F("1 fanpage chính thức", 1, "social_pages", unit=NHIEULOC, p=inst(D511)),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=NHIEULOC, p=month(11, 2025)),
        F("96 học viên", 96, "trainees", unit=NHIEULOC, p=month(11, 2025)),
        F("có 14 báo cáo viên", 14, "reporters", unit=DIENHONG, p=inst("2025-12-15")),
        F("18 cộng tác viên", 18, "opinion_collaborators", unit=DIENHONG,
          p=inst("2025-12-15")),
        F("thực hiện 11 báo cáo", 11, "opinion_reports", unit=DIENHONG),
        F("46 buổi tuyên truyền miệng", 46, "oral_propaganda_sessions", unit=DIENHONG),
        F("khoảng 3.700 lượt người dân", 3700, "propaganda_audience", "approx", a="masses",
          unit=DIENHONG),
        F("đăng 412 tin, bài, video", 412, "news_items", unit=DIENHONG),
        F("238 tác phẩm", 238, "contest_entries", unit=DIENHONG),
        F("quyên góp 185 triệu đồng", 185000000, "other", unit=DIENHONG),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=DIENHONG),
        F("10 cá nhân", 10, "commended_individuals", unit=DIENHONG),
    ], traps=[("Thứ Sáu, 26/12/2025", 26), ("hai phường mới", 2), ("Sáu tháng qua", 6),
              ("hai phường dự kiến", 2), ("6 tháng cuối năm 2025", 6), ("Phường 9", 9),
              ("Phường 11", 11), ("Phường 12", 12), ("Phường 14", 14), ("Quận 3", 3),
              ("31 khu phố", 31), ("từ 60 tuổi", 60), ("gần 17% dân số", 17),
              ("Từ ngày 1/7", 1), ("lần thứ I", 1), ("nhiệm kỳ 2025 – 2030", 2025),
              ("Tháng 11/2025", 11), ("1.850 hội viên", 1850), ("tăng 8 nhóm", 8),
              ("Phường 6", 6), ("Phường 8", 8), ("Quận 10", 10),
              ("số 474 đường 3 Tháng 2", 474), ("ngày 15/12/2025", 15),
              ("trong 6 tháng", 6), ("60 x 90 cm", 60), ("Năm 2026", 2026),
              ("mở thêm 6 lớp", 6), ("100% khu phố", 100)]),
    Doc("syn_512_caugiay_yenhoa_thanhxuan_2025", T512, P_CAUGIAY, P512, D512, "text",
        facts=[
        F("ban hành 17 văn bản", 17, "documents_issued", unit=P_CAUGIAY),
        F("6 hội nghị học tập", 6, "study_sessions", unit=P_CAUGIAY),
        F("3.418 lượt cán bộ, đảng viên", 3418, "study_attendance", a="party_members",
          unit=P_CAUGIAY),
        F("22 buổi tuyên truyền miệng", 22, "oral_propaganda_sessions", unit=P_CAUGIAY,
          p=month(10, 2025)),
        F("2.950 lượt cư dân", 2950, "propaganda_audience", a="masses", unit=P_CAUGIAY,
          p=month(10, 2025)),
        F("64 nhóm Zalo", 64, "chat_groups", unit=P_CAUGIAY, p=inst(D512)),
        F("Gần như 100% chi bộ", 100, "other", "approx", unit=P_CAUGIAY),
        F("9 hội nghị học tập", 9, "study_sessions", unit=YENHOA, p=quarter(3, 2025)),
        F("2.760 lượt cán bộ, đảng viên", 2760, "study_attendance", a="party_members",
          unit=YENHOA, p=quarter(3, 2025)),
        F("đạt 96,7%", 96.7, "study_participation_rate", unit=YENHOA, p=quarter(3, 2025)),
        F("148 buổi thảo luận", 148, "party_cell_discussions", unit=YENHOA,
          p=quarter(3, 2025)),
        F("có 11 báo cáo viên", 11, "reporters", unit=YENHOA, p=inst(D512)),
        F("2 trang thông tin điện tử", 2, "websites", unit=YENHOA, p=inst(D512)),
        F("đăng 318 tin, bài", 318, "news_items", unit=YENHOA, p=quarter(3, 2025)),
        F("8 hội nghị học tập", 8, "study_sessions", unit=P_THANHXUAN),
        F("2.214 lượt cán bộ, đảng viên", 2214, "study_attendance", a="party_members",
          unit=P_THANHXUAN),
        F("655 lượt đoàn viên, hội viên", 655, "study_attendance", a="masses",
          unit=P_THANHXUAN),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes", unit=P_THANHXUAN),
        F("74 học viên", 74, "trainees", unit=P_THANHXUAN),
        F("có 19 cộng tác viên", 19, "opinion_collaborators", unit=P_THANHXUAN,
          p=inst(D512)),
        F("gửi 9 báo cáo", 9, "opinion_reports", unit=P_THANHXUAN),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=P_THANHXUAN),
        F("7 cá nhân", 7, "commended_individuals", unit=P_THANHXUAN),
    ], traps=[("Thứ Hai, 3/11/2025", 3), ("hai cấp", 2), ("một phần", 1),
              ("ba phường sẽ", 3), ("Sau 4 tháng", 4), ("Từ ngày 1/7/2025", 1),
              ("lần thứ XVIII", 18), ("khoảng 135 nghìn người", 135000),
              ("Tháng 10/2025", 10), ("Quý III/2025", 3), ("mỗi bài có 1.200 lượt xem", 1200),
              ("hơn 5 ha", 5), ("70 tuổi", 70), ("nhà B4", 4), ("tầng 4", 4),
              ("42 năm", 42), ("10 phút", 10), ("Tháng 12/2025", 12),
              ("sẽ tổ chức 12 hội nghị", 12)]),
    Doc("syn_513_bayhien_2026", T513, BAYHIEN, P513, D513, "text", facts=[
        F("ban hành 12 văn bản", 12, "documents_issued"),
        F("11 hội nghị học tập", 11, "study_sessions"),
        F("3.905/4.047 đảng viên", 3905, "study_attendance", a="party_members"),
        F("đạt 96,49%", 96.49, "study_participation_rate"),
        F("1.320 lượt quần chúng", 1320, "study_attendance", a="masses"),
        F("96 buổi thảo luận", 96, "party_cell_discussions"),
        F("38 buổi tuyên truyền miệng", 38, "oral_propaganda_sessions",
          p=since("2026-03-02", D513)),
        F("xấp xỉ 4.600 lượt người dân", 4600, "propaganda_audience", "approx", a="masses",
          p=since("2026-03-02", D513)),
        F("phát 90 bản tin", 90, "news_items", p=month(3, 2026)),
        F("58 nhóm Zalo", 58, "chat_groups", p=inst(D513)),
        F("hơn 24.000 thành viên", 24000, "chat_group_members", "at_least", p=inst(D513)),
        F("1 fanpage chính danh", 1, "social_pages", p=inst(D513)),
        F("16 cộng tác viên", 16, "opinion_collaborators", p=inst(D513)),
        F("chưa đến 10 báo cáo dư luận", 10, "opinion_reports", "at_most"),
        F("in 3.500 tờ rơi", 3500, "other"),
        F("Ước tính có 1.500 tiểu thương", 1500, "propaganda_audience", "approx"),
        F("2 tập thể và", 2, "commended_collectives"),
        F("4 cá nhân của phường", 4, "commended_individuals"),
    ], traps=[("TP.HCM, 8/4/2026", 8), ("Bảy Hiền", 7), ("Đại hội XIV", 14), ("lần thứ XIV", 14), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15), ("Phường 10", 10),
              ("Phường 11", 11), ("Phường 12", 12), ("khoảng 110 nghìn người", 110000),
              ("khoảng 15%", 15), ("Từ ngày 2/3", 2), ("tháng 3/2026", 3),
              ("mỗi ngày 2 lần", 2), ("lúc 6 giờ 30", 6), ("17 giờ", 17), ("74 tuổi", 74),
              ("số 1024 Cách Mạng Tháng Tám", 1024), ("lần thứ 15", 15),
              ("3 ngày trước", 3), ("QUÝ II/2026", 2), ("1. Tổ chức 12 hội nghị", 12),
              ("chuyên đề năm 2026", 2026), ("2. Phát triển thêm 10 nhóm", 10),
              ("3. Phấn đấu 100% đảng viên", 100), ("ngày 30/6/2026", 30)]),
    Doc("syn_514_gialam_phucloi_2026", T514, X_GIALAM, P514, D514, "text", facts=[
        F("ban hành 13 văn bản", 13, "documents_issued", unit=X_GIALAM),
        F("05 hội nghị quán triệt cấp xã", 5, "study_sessions", unit=X_GIALAM),
        F("24 buổi học tập", 24, "study_sessions", unit=X_GIALAM),
        F("4.872 lượt cán bộ, đảng viên", 4872, "study_attendance", a="party_members",
          unit=X_GIALAM),
        F("trên 97%", 97, "study_participation_rate", "at_least", unit=X_GIALAM),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes", unit=X_GIALAM),
        F("142 học viên", 142, "trainees", unit=X_GIALAM),
        F("57 buổi nói chuyện", 57, "oral_propaganda_sessions", unit=X_GIALAM),
        F("ước khoảng 6.100 lượt người dân", 6100, "propaganda_audience", "approx",
          a="masses", unit=X_GIALAM),
        F("82 nhóm Zalo", 82, "chat_groups", unit=X_GIALAM, p=inst(D514)),
        F("8 hội nghị học tập", 8, "study_sessions", unit=PHUCLOI, p=quarter(1, 2026)),
        F("2.930 lượt cán bộ, đảng viên", 2930, "study_attendance", a="party_members",
          unit=PHUCLOI, p=quarter(1, 2026)),
        F("1.046 lượt quần chúng", 1046, "study_attendance", a="masses", unit=PHUCLOI,
          p=quarter(1, 2026)),
        F("1 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=PHUCLOI,
          p=quarter(2, 2026)),
        F("137 buổi sinh hoạt chuyên đề", 137, "party_cell_discussions", unit=PHUCLOI,
          p=quarter(2, 2026)),
        F("có 13 báo cáo viên", 13, "reporters", unit=PHUCLOI, p=inst("2026-06-30")),
        F("22 cộng tác viên", 22, "opinion_collaborators", unit=PHUCLOI,
          p=inst("2026-06-30")),
        F("2 fanpage chính danh", 2, "social_pages", unit=PHUCLOI, p=inst("2026-06-30")),
        F("đăng 526 tin, bài", 526, "news_items", unit=PHUCLOI),
        F("hơn 85 nghìn lượt xem", 85000, "propaganda_audience", "at_least", unit=PHUCLOI),
        F("một trăm lẻ năm bài dự thi", 105, "contest_entries", unit=PHUCLOI),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives", unit=PHUCLOI),
        F("9 cá nhân", 9, "commended_individuals", unit=PHUCLOI),
    ], traps=[("Thứ Năm, 2/7/2026", 2), ("hai cấp", 2), ("một năm nhìn lại", 1),
              ("Sáu tháng đầu năm", 6), ("Sáu tháng, các trang", 6), ("6 tháng đầu năm 2026", 6), ("Ngày 1/7", 1),
              ("tròn 1 năm", 1), ("4 xã", 4), ("khoảng 30 nghìn sinh viên", 30000),
              ("Vành đai 3", 3), ("khoảng 95 nghìn người", 95000), ("Quý I/2026", 1),
              ("Đại hội XIV", 14), ("ngày 30/6/2026", 30), ("6 tháng cuối năm", 6),
              ("mở thêm 2 lớp", 2)]),
]
