"""holdout58, part 3: a Hanoi district bulletin (2024), the Hanoi city (2022) and wards and
communes of both cities after the 1 July 2025 reform (2025-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without
reading or running the extractor.
Decisions where the guide leaves room:
- a ward's "Zalo OA" is one social page; its "người quan tâm" are followers (an instant);
- "tiểu thương" reached by talks are an audience of `all`;
- a list line "Khen thưởng: 7 tập thể, 15 cá nhân" gives both commendation counts;
- a stock under a period with "tính đến" in brackets takes that date; the other stocks of the
  list take the period's end;
- in a social post the post stamp is the document date; reactions and comments are traps;
- a partner body ("phối hợp Trường Cán bộ Thành phố mở 1 lớp") leaves the commune the actor.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, m9, quarter, since, year

HN = U("01")
HD, CCHI = U("Quận Hà Đông"), U("Huyện Củ Chi")
BTH = W("Phường Bến Thành", "79")
XCC = W("Xã Củ Chi", "79")

T09 = """
Cập nhật 08/04/2026 10:20

Phường Bến Thành: Nghị quyết Đại hội XIV đến với tiểu thương chợ Bến Thành

Quý I năm 2026, Đảng ủy phường Bến Thành tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Tiếp đó, các chi bộ mở 38 lớp với 3.126 lượt đảng viên, đạt 97,4%; riêng quần chúng có 840 lượt dự nghe.

Là phường trung tâm, nơi có Chợ Bến Thành với gần 1.500 sạp hàng, phường chọn cách đưa nghị quyết đến tận quầy sạp. Trong quý, phường tổ chức 12 buổi nói chuyện chuyên đề cho khoảng 1.500 tiểu thương; dịp Tết Bính Ngọ, các khu phố treo 450 cờ phướn, băng rôn.

Bà Lê Thị Ngọc Hạnh, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Phường hiện có 1 trang thông tin điện tử, 1 Zalo OA “Bến Thành hôm nay” với 8.400 người quan tâm và 46 nhóm Zalo khu phố. Ba tháng qua, các kênh này đăng 286 tin, bài. Phường đã gửi 9 báo cáo dư luận xã hội về Ban Tuyên giáo và Dân vận Thành ủy”.

Chị Phạm Thu Trang, tiểu thương sạp số 1042, chia sẻ: “Nghe xong buổi nói chuyện, tôi về kể lại cho 3 sạp bên cạnh”.

Chợ Bến Thành mỗi ngày đón khoảng 10 nghìn lượt khách, nên phường còn vận động 35 tình nguyện viên là sinh viên hướng dẫn du khách, kết hợp phát tờ gấp về văn minh thương mại. Đầu tháng 3, phường tổ chức 1 buổi đối thoại giữa lãnh đạo phường với tiểu thương về quy định mới của chợ.

Theo kế hoạch, quý II phường sẽ tổ chức 15 buổi nói chuyện tại các chung cư; đường dây nóng của phường: 028.3829.7650.

Lượt xem: 2.048

Tin liên quan
Phường Sài Gòn ra mắt 12 nhóm Zalo tổ dân phố
Phường Tân Định: 96,5% đảng viên dự học nghị quyết
"""

T10 = """
QUẬN ỦY HÀ ĐÔNG
BAN TUYÊN GIÁO

THÔNG TIN NHANH: KẾT QUẢ CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2024

Một số kết quả chính:
• Học tập, quán triệt nghị quyết:
– Hội nghị cấp quận: 03
– Lớp ở cơ sở: 214; lượt đảng viên dự: 15.627; tỷ lệ: 96,2%
– Bài thu hoạch của đảng viên: 11.840 bài
• Tuyên truyền:
– Tin, bài trên cổng thông tin điện tử quận: 580; trên fanpage “Hà Đông ngày mới”: 322
– Buổi nói chuyện thời sự: 96 – lượt người nghe: khoảng 8.900
– Triển lãm ảnh lưu động: 2 đợt
– Lượt xe loa tuyên truyền lưu động: 145
– Cuộc thi “Tìm hiểu 70 năm Giải phóng Thủ đô (10/10/1954 – 10/10/2024)” – lượt dự thi: 23.415
• Sinh hoạt chi bộ:
– Buổi sinh hoạt chuyên đề của chi bộ: 1.035
• Đội ngũ:
– Báo cáo viên cấp quận: 54 đồng chí (tính đến 30/9/2024)
– Cộng tác viên dư luận xã hội: 71 đồng chí
– Báo cáo dư luận xã hội: 27 định kỳ, 8 đột xuất
– Nhóm Zalo tổ dân phố hiện có: 842, số thành viên khoảng 96.000 người
• Khen thưởng: 7 tập thể, 15 cá nhân
• Văn bản hướng dẫn đã ban hành: 19 (bao gồm 7 kế hoạch, 12 hướng dẫn)

Điểm nhấn của 9 tháng là chuỗi hoạt động hướng tới kỷ niệm Ngày Giải phóng Thủ đô: quận tổ chức 4 đêm văn nghệ tuyên truyền tại các phường và ra quân 12 đội hình thanh niên tình nguyện dán tranh cổ động ở các tuyến phố chính.

Quận Hà Đông hiện có 17 phường với khoảng 430 nghìn dân; Đảng bộ quận có 68 tổ chức cơ sở đảng với hơn 21.000 đảng viên.

NHIỆM VỤ QUÝ IV/2024
– Tổ chức 60 buổi nói chuyện chuyên đề kỷ niệm 70 năm Giải phóng Thủ đô.
– Mở 2 lớp bồi dưỡng nghiệp vụ cho cộng tác viên.

Địa chỉ: số 14 đường Quang Trung, Hà Đông. Điện thoại: 024.3382.5516
"""

T11 = """
Thứ Tư, 21/12/2022

Hà Nội: Công tác tuyên giáo năm 2022 bám sát đời sống Thủ đô

Chiều 20/12, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo năm 2022, triển khai nhiệm vụ năm 2023.

Báo cáo tại hội nghị cho biết, năm 2022 Ban Tuyên giáo Thành ủy đã tham mưu Thành ủy ban hành 36 văn bản lãnh đạo, chỉ đạo công tác tư tưởng; tổ chức 12 hội nghị báo cáo viên Thành phố theo hình thức trực tuyến, kết nối tới 30 điểm cầu quận, huyện, thị xã và 579 điểm cầu xã, phường, thị trấn. Thành phố phát động ba đợt sinh hoạt chính trị, tư tưởng về chủ đề năm 2022 “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”.

Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2022 trên địa bàn Thành phố nhận 1.846 tác phẩm; 30 tác phẩm vào vòng chung khảo, Ban Tổ chức trao 1 giải Đặc biệt, 3 giải Nhất.

Đội ngũ báo cáo viên Thành ủy hiện có 98 đồng chí; mạng lưới cộng tác viên dư luận xã hội các cấp có trên 1.700 người.

Đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy cho biết: “Năm nay, Ban đã tổng hợp 48 báo cáo dư luận định kỳ và 21 báo cáo đột xuất gửi Thường trực Thành ủy. Chuyên trang “Thủ đô trong tôi” trên Cổng thông tin điện tử Thành ủy đăng 1.320 tin, bài, với khoảng 2,6 triệu lượt xem”.

Với 30 quận, huyện, thị xã và hơn 8,3 triệu dân, Hà Nội đặt ra yêu cầu rất cao đối với công tác nắm bắt dư luận. Năm 2022, Thành phố cũng tuyên truyền tổng kết 10 năm thi hành Luật Thủ đô năm 2012; quận Long Biên được đánh giá là một trong 5 đơn vị dẫn đầu.

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 19 tập thể và 34 cá nhân; đề nghị Ban Tuyên giáo Trung ương tặng bằng khen cho 3 tập thể.

Năm 2023, Thành phố phấn đấu 100% chi bộ học tập chuyên đề và tổ chức ít nhất 1 hội nghị báo cáo viên mỗi quý.
"""

T12 = """
Xã Củ Chi – Thông tin chính thống
18 tháng 12, 2025 lúc 19:30

📌 XÃ CỦ CHI: NHỮNG KẾT QUẢ ĐẦU TIÊN SAU KHI VẬN HÀNH CHÍNH QUYỀN ĐỊA PHƯƠNG HAI CẤP

Xã Củ Chi được thành lập trên cơ sở sắp xếp thị trấn Củ Chi và một số xã của huyện Củ Chi (cũ), với khoảng 110 nghìn dân.

Sáu tháng đầu năm 2025, Huyện ủy Củ Chi tổ chức 5 hội nghị học tập, quán triệt các nghị quyết, kết luận của Trung ương về sắp xếp bộ máy, với 6.420 lượt cán bộ, đảng viên dự.

Sau gần 6 tháng vận hành, bộ máy tuyên giáo của xã đã nhanh chóng ổn định. Từ khi xã đi vào hoạt động (1/7/2025) đến nay, Đảng ủy xã Củ Chi đã:
✅ Tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030
✅ 36 lớp ở các chi bộ ấp, với 2.754 lượt đảng viên (đạt 95,9%)
✅ Ban hành 23 văn bản chỉ đạo
✅ Treo 380 băng rôn, cờ phướn mừng Quốc khánh 2/9 và Đại hội
✅ 48 buổi tuyên truyền miệng tại các ấp, thu hút khoảng 3.600 lượt người dân
✅ Phối hợp Trường Cán bộ Thành phố mở 1 lớp bồi dưỡng nghiệp vụ cho 64 học viên là cán bộ ấp
✅ Duy trì 1 fanpage và 42 nhóm Zalo ấp; fanpage hiện có gần 15 nghìn người theo dõi
✅ Gửi 7 báo cáo tình hình tư tưởng, dư luận về Ban Tuyên giáo và Dân vận Thành ủy
✅ Tổ chức 3 buổi hướng dẫn kỹ năng số cho người dân các ấp
✅ Khen thưởng 5 tập thể, 9 cá nhân tiêu biểu

Thời gian tới, xã phấn đấu 100% ấp có tổ tuyên truyền, mỗi tháng tối thiểu 8 buổi nói chuyện.

👍 312 · 86 bình luận · 143 lượt chia sẻ

Nguyễn Thị Lan: Ấp 3 của tôi tuần nào cũng có 2 buổi nói chuyện, bà con thích lắm!
Trần Văn Hùng: Năm 2026 mong xã có thêm sân chơi cho 200 cháu thiếu nhi trong ấp.
"""

D09, D11, D12 = "2026-04-08", "2022-12-21", "2025-12-18"
D10 = "2024-10-10"
P12 = since("2025-07-01", D12)

DOCS = [
    Doc("h58_09", T09, BTH, quarter(1, 2026), D09, "text", facts=[
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
        F("mở 38 lớp", 38, "study_sessions"),
        F("3.126 lượt đảng viên", 3126, "study_attendance", a="party_members"),
        F("đạt 97,4%", 97.4, "study_participation_rate"),
        F("có 840 lượt dự nghe", 840, "study_attendance", a="masses"),
        F("tổ chức 12 buổi nói chuyện chuyên đề", 12, "oral_propaganda_sessions"),
        F("khoảng 1.500 tiểu thương", 1500, "propaganda_audience", "approx"),
        F("treo 450 cờ phướn", 450, "other"),
        F("vận động 35 tình nguyện viên", 35, "other"),
        F("tổ chức 1 buổi đối thoại", 1, "other"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D09)),
        F("1 Zalo OA", 1, "social_pages", p=inst(D09)),
        F("với 8.400 người quan tâm", 8400, "propaganda_audience", p=inst(D09)),
        F("46 nhóm Zalo", 46, "chat_groups", p=inst(D09)),
        F("đăng 286 tin, bài", 286, "news_items"),
        F("gửi 9 báo cáo dư luận", 9, "opinion_reports"),
    ], traps=[("08/04/2026", 8), ("10:20", 10), ("Quý I năm 2026", 2026),
              ("gần 1.500 sạp hàng", 1500), ("sạp số 1042", 1042), ("khoảng 10 nghìn lượt khách", 10000),
              ("Đầu tháng 3", 3), ("cho 3 sạp", 3),
              ("tổ chức 15 buổi", 15), ("028.3829.7650", 28), ("Lượt xem: 2.048", 2048),
              ("ra mắt 12 nhóm Zalo", 12), ("96,5% đảng viên", 96.5)]),
    Doc("h58_10", T10, HD, m9(2024), D10, "sidecar", meta={"date": D10}, facts=[
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 214", 214, "study_sessions"),
        F("lượt đảng viên dự: 15.627", 15627, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,2%", 96.2, "study_participation_rate"),
        F("Bài thu hoạch của đảng viên: 11.840 bài", 11840, "other"),
        F("cổng thông tin điện tử quận: 580", 580, "news_items"),
        F("“Hà Đông ngày mới”: 322", 322, "news_items"),
        F("Buổi nói chuyện thời sự: 96", 96, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 8.900", 8900, "propaganda_audience", "approx"),
        F("Triển lãm ảnh lưu động: 2 đợt", 2, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 145", 145, "other"),
        F("lượt dự thi: 23.415", 23415, "contest_entries"),
        F("Buổi sinh hoạt chuyên đề của chi bộ: 1.035", 1035, "party_cell_discussions"),
        F("Báo cáo viên cấp quận: 54 đồng chí", 54, "reporters", p=inst("2024-09-30")),
        F("Cộng tác viên dư luận xã hội: 71 đồng chí", 71, "opinion_collaborators",
          p=end_of(m9(2024))),
        F("Báo cáo dư luận xã hội: 27 định kỳ", 27, "opinion_reports"),
        F("8 đột xuất", 8, "opinion_reports"),
        F("hiện có: 842", 842, "chat_groups", p=inst(D10)),
        F("số thành viên khoảng 96.000 người", 96000, "chat_group_members", "approx",
          p=inst(D10)),
        F("Khen thưởng: 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể, 15 cá nhân", 15, "commended_individuals"),
        F("tổ chức 4 đêm văn nghệ", 4, "other"),
        F("ra quân 12 đội hình", 12, "other"),
        F("Văn bản hướng dẫn đã ban hành: 19", 19, "documents_issued"),
    ], traps=[("9 THÁNG NĂM 2024", 9), ("Tìm hiểu 70 năm", 70),
              ("10/10/1954 – 10/10/2024", 10), ("tính đến 30/9/2024", 30),
              ("bao gồm 7 kế hoạch", 7), ("12 hướng dẫn", 12), ("hiện có 17 phường", 17),
              ("khoảng 430 nghìn dân", 430000), ("68 tổ chức cơ sở đảng", 68),
              ("hơn 21.000 đảng viên", 21000), ("QUÝ IV/2024", 4), ("Tổ chức 60 buổi", 60),
              ("kỷ niệm 70 năm", 70), ("Mở 2 lớp", 2), ("số 14 đường Quang Trung", 14),
              ("024.3382.5516", 24)]),
    Doc("h58_11", T11, HN, year(2022), D11, "text", facts=[
        F("ban hành 36 văn bản", 36, "documents_issued"),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("nhận 1.846 tác phẩm", 1846, "contest_entries"),
        F("hiện có 98 đồng chí", 98, "reporters", p=inst(D11)),
        F("có trên 1.700 người", 1700, "opinion_collaborators", "at_least", p=inst(D11)),
        F("tổng hợp 48 báo cáo dư luận", 48, "opinion_reports"),
        F("21 báo cáo đột xuất", 21, "opinion_reports"),
        F("đăng 1.320 tin, bài", 1320, "news_items"),
        F("khoảng 2,6 triệu lượt xem", 2600000, "propaganda_audience", "approx"),
        F("bằng khen cho 19 tập thể", 19, "commended_collectives"),
        F("19 tập thể và 34 cá nhân", 34, "commended_individuals"),
    ], traps=[("21/12/2022", 21), ("Chiều 20/12", 20), ("năm 2023", 2023),
              ("30 điểm cầu", 30), ("579 điểm cầu", 579), ("chủ đề năm 2022", 2022),
              ("30 tác phẩm vào vòng chung khảo", 30), ("trao 1 giải Đặc biệt", 1),
              ("3 giải Nhất", 3), ("Với 30 quận", 30), ("hơn 8,3 triệu dân", 8300000),
              ("10 năm thi hành", 10), ("Luật Thủ đô năm 2012", 2012),
              ("một trong 5 đơn vị dẫn đầu", 5), ("cho 3 tập thể", 3), ("Năm 2023", 2023),
              ("100% chi bộ", 100), ("ít nhất 1 hội nghị", 1)]),
    Doc("h58_12", T12, XCC, P12, D12, "text", facts=[
        F("tổ chức 5 hội nghị học tập", 5, "study_sessions", unit=CCHI, p=h1(2025)),
        F("với 6.420 lượt cán bộ, đảng viên", 6420, "study_attendance", a="party_members",
          unit=CCHI, p=h1(2025)),
        F("Tổ chức 02 hội nghị học tập", 2, "study_sessions"),
        F("36 lớp ở các chi bộ ấp", 36, "study_sessions"),
        F("với 2.754 lượt đảng viên", 2754, "study_attendance", a="party_members"),
        F("(đạt 95,9%)", 95.9, "study_participation_rate"),
        F("Ban hành 23 văn bản", 23, "documents_issued"),
        F("Treo 380 băng rôn", 380, "other"),
        F("48 buổi tuyên truyền miệng", 48, "oral_propaganda_sessions"),
        F("khoảng 3.600 lượt người dân", 3600, "propaganda_audience", "approx", "masses"),
        F("mở 1 lớp bồi dưỡng nghiệp vụ", 1, "training_classes"),
        F("cho 64 học viên", 64, "trainees"),
        F("Duy trì 1 fanpage", 1, "social_pages", p=inst(D12)),
        F("42 nhóm Zalo ấp", 42, "chat_groups", p=inst(D12)),
        F("gần 15 nghìn người theo dõi", 15000, "propaganda_audience", "at_most",
          p=inst(D12)),
        F("Gửi 7 báo cáo tình hình tư tưởng", 7, "opinion_reports"),
        F("Tổ chức 3 buổi hướng dẫn kỹ năng số", 3, "other"),
        F("Khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("18 tháng 12, 2025", 18), ("19:30", 19), ("khoảng 110 nghìn dân", 110000),
              ("Sáu tháng đầu năm 2025", 2025), ("(1/7/2025)", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("Quốc khánh 2/9", 2), ("100% ấp", 100),
              ("tối thiểu 8 buổi", 8), ("👍 312", 312), ("86 bình luận", 86),
              ("143 lượt chia sẻ", 143), ("Ấp 3", 3), ("có 2 buổi", 2),
              ("gần 6 tháng", 6), ("Năm 2026", 2026), ("cho 200 cháu", 200)]),
]
