"""Sixth held-out set (holdout6), part 2: Ho Chi Minh City districts 2021-2023 and the city
over the 2015-2020 term. Written in session 6 from docs/LABELING.md, tests/eval/README.md,
the earlier label sources (format only) and the seeds, without reading or running the
extractor."""
from build_gold import Doc, F, U, end_of, inst, quarter, since, term, year

Q12, HOCMON, BINHCHANH = U("Quận 12"), U("Huyện Hóc Môn"), U("Huyện Bình Chánh")
CANGIO, HCM = U("Huyện Cần Giờ"), U("79")

# ---------------------------------------------------------------------------------------------
T604 = """
TP.HCM, ngày 5/10/2021

Quận 12, Hóc Môn, Bình Chánh: Giữ mạch thông tin trong những ngày giãn cách

(TPHCM) – Quý III năm 2021, khi Thành phố thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg, các cấp ủy ở cửa ngõ phía Bắc và phía Tây Thành phố chuyển mạnh sang tuyên truyền trực tuyến, giữ cho thông tin thông suốt đến từng khu phố, ấp.

QUẬN 12

Quận 12 có 11 phường, tập trung nhiều khu nhà trọ với hơn 200 nghìn người lao động ngoại tỉnh. Trong quý, Ban Tuyên giáo Quận ủy Q.12 phát hành 13 số bản tin “Chung tay chống dịch”, mỗi số 4 trang; các phường duy trì 1.845 nhóm Zalo khu phố, hiện có khoảng 176.000 thành viên.

Quận tổ chức 18 hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội XIII của Đảng với 4.906 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia đạt 94,8%, thấp hơn 2,1 điểm phần trăm so với quý II vì nhiều đảng viên đang ở tuyến đầu chống dịch. Từ ngày 27/7 đến nay, Quận 12 đã vận động quyên góp 2,6 tỷ đồng để trao túi an sinh cho người lao động.

HUYỆN HÓC MÔN

Hóc Môn có 11 xã và 1 thị trấn, dân số khoảng 540 nghìn người. Quý III, Huyện ủy Hóc Môn tổ chức 9 hội nghị trực tuyến quán triệt với 3.127 lượt cán bộ, đảng viên và 824 lượt đoàn viên, hội viên; mở 3 lớp bồi dưỡng kiến thức quốc phòng – an ninh trực tuyến cho chưa đến 300 học viên.

Huyện có 42 báo cáo viên; trong quý, Ban Tuyên giáo Huyện ủy tổ chức 2 hội nghị báo cáo viên qua nền tảng Zoom, mỗi hội nghị có khoảng 120 điểm cầu. Anh Nguyễn Văn Bảy, tổ 14 ấp 5 xã Xuân Thới Thượng, kể: “Nhóm Zalo ấp tôi có 350 người, tối nào cũng có tin mới, ai cần gì nhắn là có tổ phản ứng nhanh tới.”

HUYỆN BÌNH CHÁNH

Bình Chánh gồm 15 xã, 1 thị trấn. Tháng 8/2021, Huyện ủy phát động đợt thi đua cao điểm “90 ngày đêm” bảo vệ vùng xanh. Trong quý III, Huyện ủy Bình Chánh ban hành 27 văn bản chỉ đạo; Ban Tuyên giáo Huyện ủy tổng hợp 15 báo cáo tình hình tư tưởng, dư luận và đăng 1.320 tin, bài trên trang thông tin điện tử huyện. Lực lượng 128 cộng tác viên dư luận xã hội hiện nay hoạt động chủ yếu qua mạng xã hội.

Huyện ủy Bình Chánh tặng giấy khen cho 21 tập thể, 36 cá nhân tiêu biểu; xã Vĩnh Lộc A được Thành phố chọn là một trong 5 đơn vị dẫn đầu phong trào “Tổ Covid cộng đồng”.

Trong thời gian tới, ba địa phương sẽ khôi phục dần sinh hoạt chi bộ trực tiếp, dự kiến từ ngày 15/10/2021.
"""
D604 = "2021-10-05"
P604 = quarter(3, 2021)

# ---------------------------------------------------------------------------------------------
T605 = """
Cần Giờ – “lá phổi xanh” 75.740 ha và hành trình đưa thông tin ra xã đảo

Sáng 14/12, Huyện ủy Cần Giờ tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023. Cần Giờ có 6 xã và 1 thị trấn, trong đó xã đảo Thạnh An cách trung tâm huyện khoảng 1 giờ đi tàu.

Từ đầu năm 2023 đến nay, Huyện ủy Cần Giờ ban hành 18 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng và tổ chức 14 hội nghị học tập, quán triệt cho 3.246 lượt cán bộ, đảng viên, tỷ lệ tham gia đạt 98,02%. Trung tâm Chính trị huyện mở 6 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 397 học viên; riêng lớp trung cấp lý luận chính trị khóa học 2023–2025 đang bước vào học kỳ thứ 2.

Kết quả tuyên truyền năm 2023 của huyện:
- Buổi tuyên truyền miệng: 126 buổi, khoảng 8.900 lượt người nghe;
- Tin, bài trên trang thông tin điện tử huyện: 742 tin, bài;
- Báo cáo dư luận xã hội: 24 báo cáo;
- Nhóm Zalo ấp, khu phố đến nay: 96 nhóm, hơn 21 ngàn thành viên.

Trả lời phỏng vấn về việc đưa thông tin ra xã đảo, đồng chí Võ Thành Trung, Trưởng ban Tuyên giáo Huyện ủy Cần Giờ, nói:

Hỏi: Người dân Thạnh An tiếp cận thông tin bằng cách nào?
Đáp: Hiện chúng tôi duy trì 2 nhóm Zalo riêng cho ngư dân. Năm nay, báo cáo viên của huyện ra đảo nói chuyện 11 lần, lần thứ 5 trùng dịp Ngày hội Đại đoàn kết toàn dân tộc 18/11; cả năm có gần 1.900 lượt người dân trên đảo nghe báo cáo viên nói chuyện. Tổng kinh phí hỗ trợ công tác tuyên truyền ở xã đảo trong năm là 680 triệu đồng.
Hỏi: Còn khó khăn gì?
Đáp: Sóng điện thoại ở một số ấp còn yếu; nhiều ngư dân đi biển 15 đến 20 ngày mới về nên chủ yếu nghe qua loa.

Ông Lê Văn Út, 81 tuổi, ở ấp Thạnh Hòa, xã Thạnh An, nói vui: “Mỗi tháng tôi nghe loa 4 buổi, chuyện gì trong đất liền cũng biết.”

Trong khi đó, dự án khu đô thị lấn biển Cần Giờ rộng 2.870 ha, vốn đầu tư khoảng 218 nghìn tỷ đồng, đang được người dân hết sức quan tâm. Huyện ủy khen thưởng 9 tập thể và 16 cá nhân; Ban Tuyên giáo Huyện ủy xếp thứ 2/5 huyện trong khối thi đua.

NHIỆM VỤ NĂM 2024
- Tổ chức 15 lớp bồi dưỡng cho cán bộ ấp, khu phố;
- Phát triển thêm 30 cộng tác viên dư luận xã hội;
- Duy trì 100% ấp có nhóm Zalo.
"""
D605 = "2023-12-14"  # inferred: opening "Sáng 14/12" without a year, no sidecar
P605 = year(2023)
S605 = since("2023-01-01", D605)

# ---------------------------------------------------------------------------------------------
T606 = """
TP.HCM, ngày 18/8/2020

Nhìn lại 5 năm công tác tuyên giáo của Đảng bộ TP.HCM: Đi trước, mở đường

(Thanhuytphcm.vn) – Chuẩn bị Đại hội đại biểu Đảng bộ Thành phố lần thứ XI, nhiệm kỳ 2020 – 2025, Ban Tuyên giáo Thành ủy TP.HCM đã tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020. Thành phố hơn 9 triệu dân, với 24 quận, huyện và 322 phường, xã, thị trấn, luôn là địa bàn có khối lượng thông tin lớn nhất cả nước.

Trong nhiệm kỳ, Ban Thường vụ Thành ủy ban hành 286 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng; toàn Đảng bộ tổ chức 6.412 lớp học tập, quán triệt các nghị quyết của Trung ương và Thành ủy với hơn 1,9 triệu lượt cán bộ, đảng viên và gần 700 ngàn lượt quần chúng; tỷ lệ đảng viên được học tập bình quân đạt 95,7%. Số lớp tăng 18% so với nhiệm kỳ 2010 – 2015. Thành phố tổ chức 7 đợt sinh hoạt chính trị, tư tưởng lớn, tiêu biểu là đợt sinh hoạt nhân kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019).

Năm 2019, Trường Cán bộ Thành phố và các trung tâm chính trị quận, huyện mở 318 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 24.580 học viên.

Hiện nay, đội ngũ báo cáo viên Thành ủy có 112 đồng chí; mạng lưới cộng tác viên dư luận xã hội của Thành phố có trên 3.000 người. Trong nhiệm kỳ, Ban Tuyên giáo Thành ủy tổ chức 58 hội nghị báo cáo viên định kỳ và đột xuất, mỗi hội nghị có khoảng 600 đại biểu dự tại hội trường và các điểm cầu. Từ năm 2016 đến nay, bản tin “Thông tin nội bộ” của Ban phát hành 110 số, mỗi số in 45.000 bản.

Tính đến ngày 30/6/2020, Thành Đoàn TP.HCM quản lý 1.152 trang mạng xã hội của cơ sở Đoàn. Năm năm qua, báo chí Thành phố đăng ước 180 nghìn tin, bài về việc thực hiện các nghị quyết của Đảng. Cuộc thi trực tuyến “Tuổi trẻ Thành phố Bác – 45 năm một chặng đường” do Thành Đoàn tổ chức năm 2020 thu hút 312.400 lượt người dự thi. Liên đoàn Lao động TP tổ chức 1.260 buổi nói chuyện chuyên đề tại doanh nghiệp với gần 400 nghìn lượt công nhân, lao động.

“Chúng tôi đã xuất bản 46 đầu sách chính trị, in tổng cộng 138.000 cuốn để phát đến chi bộ”, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy cho biết. Ban Thường vụ Thành ủy tặng bằng khen cho 64 tập thể và 105 cá nhân có thành tích xuất sắc trong nhiệm kỳ; riêng dự án xây dựng Trung tâm Báo chí Thành phố có tổng vốn hơn 1.200 tỷ đồng đang được khẩn trương hoàn thiện hồ sơ.

PHƯƠNG HƯỚNG NHIỆM KỲ 2020 – 2025
- Phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng tháng;
- Mỗi năm tổ chức ít nhất 12 hội nghị báo cáo viên Thành phố;
- Xây dựng mạng lưới 5.000 cộng tác viên dư luận xã hội.

KẾT QUẢ 7 THÁNG ĐẦU NĂM 2020
Bảy tháng đầu năm 2020, dù phải tạm dừng các hoạt động đông người do dịch Covid-19, Thành phố vẫn tổ chức 214 hội nghị học tập trực tuyến; Ban Tuyên giáo Thành ủy ban hành 37 văn bản hướng dẫn và tổng hợp 41 báo cáo tình hình tư tưởng của cán bộ, đảng viên và nhân dân.
"""
D606 = "2020-08-18"
P606 = term(2015, 2020)
M7_606 = ("2020-01-01", "2020-07-31")

DOCS = [
    Doc("syn_604_q12_hocmon_binhchanh_2021", T604, Q12, P604, D604, "text", facts=[
        F("phát hành 13 số", 13, "news_items", unit=Q12),
        F("duy trì 1.845 nhóm Zalo", 1845, "chat_groups", unit=Q12, p=end_of(P604)),
        F("khoảng 176.000 thành viên", 176000, "chat_group_members", "approx", unit=Q12,
          p=inst(D604)),
        F("18 hội nghị trực tuyến", 18, "study_sessions", unit=Q12),
        F("4.906 lượt cán bộ, đảng viên", 4906, "study_attendance", a="party_members",
          unit=Q12),
        F("đạt 94,8%", 94.8, "study_participation_rate", unit=Q12),
        F("quyên góp 2,6 tỷ đồng", 2600000000, "other", unit=Q12,
          p=since("2021-07-27", D604)),
        F("9 hội nghị trực tuyến", 9, "study_sessions", unit=HOCMON),
        F("3.127 lượt cán bộ, đảng viên", 3127, "study_attendance", a="party_members",
          unit=HOCMON),
        F("824 lượt đoàn viên, hội viên", 824, "study_attendance", a="masses",
          unit=HOCMON),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes", unit=HOCMON),
        F("chưa đến 300 học viên", 300, "trainees", "at_most", unit=HOCMON),
        F("có 42 báo cáo viên", 42, "reporters", unit=HOCMON, p=end_of(P604)),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=HOCMON),
        F("ban hành 27 văn bản", 27, "documents_issued", unit=BINHCHANH),
        F("15 báo cáo tình hình tư tưởng", 15, "opinion_reports", unit=BINHCHANH),
        F("đăng 1.320 tin, bài", 1320, "news_items", unit=BINHCHANH),
        F("128 cộng tác viên", 128, "opinion_collaborators", unit=BINHCHANH,
          p=inst(D604)),
        F("giấy khen cho 21 tập thể", 21, "commended_collectives", unit=BINHCHANH),
        F("36 cá nhân", 36, "commended_individuals", unit=BINHCHANH),
    ], traps=[("ngày 5/10/2021", 5), ("Chỉ thị 16/CT-TTg", 16), ("Quý III năm 2021", 3),
              ("QUẬN 12", 12), ("Quận 12", 12), ("11 phường", 11),
              ("hơn 200 nghìn người lao động", 200000), ("Q.12", 12), ("mỗi số 4 trang", 4),
              ("Đại hội XIII", 13), ("thấp hơn 2,1 điểm phần trăm", 2.1),
              ("Từ ngày 27/7", 27), ("11 xã", 11), ("1 thị trấn", 1),
              ("khoảng 540 nghìn người", 540000), ("khoảng 120 điểm cầu", 120),
              ("tổ 14", 14), ("ấp 5", 5), ("có 350 người", 350), ("15 xã", 15),
              ("Tháng 8/2021", 8), ("“90 ngày đêm”", 90), ("5 đơn vị dẫn đầu", 5),
              ("ngày 15/10/2021", 15)]),
    Doc("syn_605_cangio_2023", T605, CANGIO, P605, D605, "inferred", facts=[
        F("ban hành 18 văn bản", 18, "documents_issued", p=S605),
        F("14 hội nghị học tập", 14, "study_sessions", p=S605),
        F("3.246 lượt cán bộ, đảng viên", 3246, "study_attendance", a="party_members",
          p=S605),
        F("đạt 98,02%", 98.02, "study_participation_rate", p=S605),
        F("mở 6 lớp bồi dưỡng", 6, "training_classes", p=S605),
        F("397 học viên", 397, "trainees", p=S605),
        F("miệng: 126 buổi", 126, "oral_propaganda_sessions"),
        F("khoảng 8.900 lượt người nghe", 8900, "propaganda_audience", "approx"),
        F("742 tin, bài", 742, "news_items"),
        F("24 báo cáo", 24, "opinion_reports"),
        F("96 nhóm", 96, "chat_groups", p=inst(D605)),
        F("hơn 21 ngàn thành viên", 21000, "chat_group_members", "at_least", p=inst(D605)),
        F("duy trì 2 nhóm Zalo", 2, "chat_groups", p=inst(D605)),
        F("nói chuyện 11 lần", 11, "oral_propaganda_sessions"),
        F("gần 1.900 lượt người dân", 1900, "propaganda_audience", "at_most", a="masses"),
        F("là 680 triệu đồng", 680000000, "other"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("16 cá nhân", 16, "commended_individuals"),
    ], traps=[("75.740 ha", 75740), ("Sáng 14/12", 14), ("6 xã", 6), ("1 thị trấn", 1),
              ("khoảng 1 giờ", 1), ("khóa học 2023–2025", 2023), ("học kỳ thứ 2", 2),
              ("lần thứ 5", 5), ("18/11", 18), ("15 đến 20 ngày", 15), ("81 tuổi", 81),
              ("nghe loa 4 buổi", 4), ("rộng 2.870 ha", 2870),
              ("khoảng 218 nghìn tỷ đồng", 218000000000000), ("xếp thứ 2/5", 2),
              ("NHIỆM VỤ NĂM 2024", 2024), ("Tổ chức 15 lớp", 15),
              ("thêm 30 cộng tác viên", 30), ("100% ấp", 100)]),
    Doc("syn_606_hcm_nhiemky_2015_2020", T606, HCM, P606, D606, "text", facts=[
        F("ban hành 286 văn bản", 286, "documents_issued"),
        F("6.412 lớp học tập", 6412, "study_sessions"),
        F("hơn 1,9 triệu lượt cán bộ, đảng viên", 1900000, "study_attendance", "at_least",
          a="party_members"),
        F("gần 700 ngàn lượt quần chúng", 700000, "study_attendance", "at_most",
          a="masses"),
        F("bình quân đạt 95,7%", 95.7, "study_participation_rate"),
        F("7 đợt sinh hoạt chính trị", 7, "political_campaigns"),
        F("mở 318 lớp bồi dưỡng", 318, "training_classes", p=year(2019)),
        F("24.580 học viên", 24580, "trainees", p=year(2019)),
        F("có 112 đồng chí", 112, "reporters", p=inst(D606)),
        F("có trên 3.000 người", 3000, "opinion_collaborators", "at_least", p=inst(D606)),
        F("58 hội nghị báo cáo viên", 58, "reporter_conferences"),
        F("phát hành 110 số", 110, "news_items", p=since("2016-01-01", D606)),
        F("quản lý 1.152 trang mạng xã hội", 1152, "social_pages", p=inst("2020-06-30")),
        F("ước 180 nghìn tin, bài", 180000, "news_items", "approx"),
        F("312.400 lượt người dự thi", 312400, "contest_entries", p=year(2020)),
        F("1.260 buổi nói chuyện chuyên đề", 1260, "oral_propaganda_sessions"),
        F("gần 400 nghìn lượt công nhân, lao động", 400000, "propaganda_audience",
          "at_most"),
        F("xuất bản 46 đầu sách", 46, "other"),
        F("in tổng cộng 138.000 cuốn", 138000, "other"),
        F("bằng khen cho 64 tập thể", 64, "commended_collectives"),
        F("105 cá nhân", 105, "commended_individuals"),
        F("tổ chức 214 hội nghị", 214, "study_sessions", p=M7_606),
        F("ban hành 37 văn bản", 37, "documents_issued", p=M7_606),
        F("41 báo cáo tình hình tư tưởng", 41, "opinion_reports", p=M7_606),
    ], traps=[("ngày 18/8/2020", 18), ("5 năm", 5), ("lần thứ XI", 11),
              ("nhiệm kỳ 2015 – 2020", 2015),
              ("nhiệm kỳ 2020 – 2025", 2020), ("hơn 9 triệu dân", 9000000),
              ("24 quận, huyện", 24), ("322 phường, xã, thị trấn", 322),
              ("tăng 18% so với nhiệm kỳ 2010 – 2015", 18), ("50 năm", 50),
              ("(1969 – 2019)", 1969), ("khoảng 600 đại biểu", 600),
              ("Từ năm 2016 đến nay", 2016), ("mỗi số in 45.000 bản", 45000),
              ("ngày 30/6/2020", 30), ("45 năm", 45), ("hơn 1.200 tỷ đồng", 1200000000000),
              ("PHƯƠNG HƯỚNG NHIỆM KỲ 2020 – 2025", 2020), ("100% chi bộ", 100),
              ("ít nhất 12 hội nghị", 12), ("mạng lưới 5.000 cộng tác viên", 5000),
              ("KẾT QUẢ 7 THÁNG ĐẦU NĂM 2020", 7), ("Covid-19", 19)]),
]
