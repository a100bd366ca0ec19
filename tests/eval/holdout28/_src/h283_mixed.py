"""Twenty-eighth held-out set (holdout28), part 3: a city article, a multi-unit article,
a year-end review and a new ward's report (HCMC and Hanoi, 2016-2025).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room:
- h28_09 (TP.HCM, May 2016): every actor is a city body (Ban Tuyên giáo Thành ủy, Thành
  Đoàn, Liên đoàn Lao động Thành phố, Cổng thông tin điện tử Thành ủy, Ủy ban nhân dân
  Thành phố) -> the province. Quận 3 is named as a model and Quận 7 in brackets after a
  place: not actors. "tại 17 khu chế xuất, khu công nghiệp" is where (trap); "52.400 lượt
  công nhân" is the audience (all). "hiện có 1.240 cộng tác viên" -> instant at the document
  date. The proposed award, the voters and the turnout are traps.
- h28_10 (Long Biên, Bắc Từ Liêm, Đông Anh): the lead names the study once and its period
  "Từ đầu năm 2023 đến nay" (-> 2023-01-01..document date); each "* ..." heading governs its
  paragraph. "14 đảng bộ phường và 27 chi, đảng bộ cơ sở" and "24 xã, thị trấn mở 412 lớp"
  are structure/geography. Long Biên's stocks follow "hiện có" (document date); the
  followers are propaganda_audience. Bắc Từ Liêm's students of the universities are a
  population (trap); "9.700 lượt sinh viên" at the talks is an audience (all). Đông Anh's
  goal year "trước năm 2025" is no period; "6 thí sinh đạt giải" is a trap.
- h28_11 (Quận 7, year 2024 review): the comparisons with 2023 ("tăng 5 văn bản", "tăng 48
  buổi", "tăng 1,3 điểm phần trăm", "(năm 2023 là 1.102)") are traps. "Từ ngày 15/3 đến
  nay" dates its own sentence (2024-03-15..document date). "Đội ngũ 42 báo cáo viên" and
  "Quận có 36 cộng tác viên" carry no marker: stocks at the year's end. The Trường Chính trị
  is a partner: the class is Quận 7's. "Khu đô thị ... 30.000 cư dân" is a population; the
  2025 plan paragraph is a trap.
- h28_12 (Phường Tân Sơn Nhất, second half of 2025): the letterhead's ward is the actor; "a)"
  over the list lines reads with heading 2 as their lead-in. "(gồm 7 kế hoạch, 11 công
  văn)" are parts (traps). "- Hiện có: ..." makes the online stocks instants at the
  document date; "(tính đến 30/11/2025)" dates the báo cáo viên. "cá nhân: 9" reads with the
  line's first label (commended_individuals). Everything under "III. NHIỆM VỤ TRỌNG TÂM NĂM
  2026" is a plan.
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, month, since, year

HCMC = U("Thành phố Hồ Chí Minh")
LONGBIEN, BACTULIEM, DONGANH = U("Quận Long Biên"), U("Quận Bắc Từ Liêm"), U("Huyện Đông Anh")
Q7 = U("Quận 7")
TANSONNHAT = W("Phường Tân Sơn Nhất", "79")

# ---------------------------------------------------------------------------------------------
T09 = """
TP.HCM: Tháng cao điểm tuyên truyền bầu cử

Ngày 03/6/2016, Ban Tuyên giáo Thành ủy TP.HCM tổ chức họp báo thông tin kết quả tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 trong tháng 5/2016. Thành phố có 24 quận, huyện với khoảng 5,6 triệu cử tri.

Theo Ban Tuyên giáo Thành ủy, trong tháng, Ban đã ban hành 4 văn bản hướng dẫn nội dung tuyên truyền và tổ chức 2 hội nghị báo cáo viên Thành phố để cập nhật thông tin về bầu cử. Toàn thành phố treo hơn 68.000 băng rôn, cờ phướn, khẩu hiệu; các báo cáo viên Thành phố nói chuyện 128 buổi, với khoảng 47.500 lượt người nghe. Mô hình “Tổ dân phố nói về bầu cử” của Quận 3 được nhiều nơi học tập.

Thành Đoàn tổ chức cuộc thi trực tuyến “Tuổi trẻ với bầu cử”, thu hút 142.870 lượt đoàn viên, thanh niên dự thi. Liên đoàn Lao động Thành phố phối hợp tổ chức 312 buổi tuyên truyền tại 17 khu chế xuất, khu công nghiệp, với 52.400 lượt công nhân tham dự; đêm văn nghệ tại Khu chế xuất Tân Thuận (Quận 7), nơi làm việc của khoảng 62.000 công nhân, đã thu hút đông đảo người lao động.

Cổng thông tin điện tử Thành ủy đăng 734 tin, bài về bầu cử; các sản phẩm trên fanpage của Thành ủy có lượt tiếp cận ước đạt 9,3 triệu. Thành phố hiện có 1.240 cộng tác viên dư luận xã hội; trong tháng, Ban tổng hợp 9 báo cáo nhanh về dư luận xã hội trước ngày bầu cử.

Ngày 22/5/2016, tỷ lệ cử tri đi bầu của Thành phố đạt 98,84%. Dịp này, Ủy ban nhân dân Thành phố tặng bằng khen cho 24 tập thể và 41 cá nhân có thành tích trong công tác bầu cử; Thành ủy đề nghị Trung ương tặng bằng khen cho 3 tập thể.
"""
D09 = "2016-06-03"
P09 = month(5, 2016)

# ---------------------------------------------------------------------------------------------
T10 = """
Thứ Hai, ngày 14/8/2023

Long Biên, Bắc Từ Liêm, Đông Anh: Học tập nghị quyết gắn với việc làm cụ thể

Từ đầu năm 2023 đến nay, quận Long Biên, quận Bắc Từ Liêm và huyện Đông Anh đã hoàn thành học tập, quán triệt Nghị quyết Trung ương 6 khóa XIII về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới, gắn với thực hiện Chương trình số 01-CTr/TU của Thành ủy Hà Nội.

* Quận Long Biên
Quận ủy tổ chức 2 hội nghị cấp quận; 14 đảng bộ phường và 27 chi, đảng bộ cơ sở mở 356 lớp, với 17.482 lượt cán bộ, đảng viên, đạt 97,64%. Các chi bộ tổ dân phố còn tổ chức 520 buổi sinh hoạt chuyên đề để bàn cách làm. Quận hiện có 1 fanpage chính danh “Long Biên trực tuyến” với gần 36.000 người theo dõi và 210 nhóm Zalo tổ dân phố.

* Quận Bắc Từ Liêm
Theo bà Nguyễn Thu Hằng, Trưởng ban Tuyên giáo Quận ủy Bắc Từ Liêm, trên địa bàn có nhiều trường đại học với khoảng 120 nghìn sinh viên. “Quận ủy đã mở 3 hội nghị cấp quận, các tổ chức cơ sở đảng mở 248 lớp, có 12.016/12.530 đảng viên tham gia. Chúng tôi còn tổ chức 64 buổi nói chuyện chuyên đề cho sinh viên tại các ký túc xá, với khoảng 9.700 lượt sinh viên”, bà Hằng cho biết.

* Huyện Đông Anh
Đông Anh đang hoàn thiện các tiêu chí để lên quận trước năm 2025. Huyện ủy tổ chức 4 hội nghị cấp huyện, 24 xã, thị trấn mở 412 lớp, thu hút 21.905 lượt cán bộ, đảng viên và 8.440 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 96,1%. Huyện ủy mở 2 lớp bồi dưỡng nhận thức về Đảng cho 210 học viên là quần chúng ưu tú; Ban Tuyên giáo Huyện ủy tổ chức Hội thi báo cáo viên giỏi với 36 thí sinh, 6 thí sinh đạt giải.
"""
D10 = "2023-08-14"
P10 = since("2023-01-01", D10)

# ---------------------------------------------------------------------------------------------
T11 = """
Cập nhật 27/12/2024 16:40

Quận 7 tổng kết công tác tuyên giáo năm 2024: Nhiều kết quả vượt năm trước

(Thanhuytphcm.vn) – Sáng 26/12, Quận ủy Quận 7 tổ chức hội nghị tổng kết công tác tuyên giáo năm 2024. Quận 7 có 10 phường; riêng Khu đô thị Phú Mỹ Hưng có khoảng 30.000 cư dân, trong đó nhiều người nước ngoài.

Theo báo cáo, năm 2024, Ban Thường vụ Quận ủy ban hành 27 văn bản lãnh đạo, chỉ đạo, tăng 5 văn bản so với năm 2023. Quận ủy tổ chức 4 hội nghị học tập, quán triệt Nghị quyết Trung ương 9, 10 khóa XIII; 10 đảng bộ phường và 31 chi, đảng bộ cơ sở mở 287 lớp, với 13.940 lượt cán bộ, đảng viên và 3.120 lượt quần chúng; tỷ lệ đảng viên dự học đạt 97,8%, tăng 1,3 điểm phần trăm so với năm trước. Quận phối hợp Trường Chính trị Thành phố mở 1 lớp trung cấp lý luận chính trị với 98 học viên.

Các báo cáo viên đã nói chuyện 236 buổi, tăng 48 buổi so với năm 2023, với trên 19.000 lượt người nghe. Từ ngày 15/3 đến nay, quận triển khai mô hình “Cà phê sáng với người dân” tại các phường, đã tổ chức 82 buổi nói chuyện, đối thoại, thu hút khoảng 4.600 lượt cư dân.

Trên không gian mạng, trang thông tin điện tử quận đăng 1.486 tin, bài (năm 2023 là 1.102); các bài đăng trên fanpage “Quận 7 ngày mới” đạt khoảng 2,4 triệu lượt tiếp cận. Quận 7 hiện có 1 trang thông tin điện tử, 12 fanpage chính danh và 146 nhóm Zalo khu phố với số thành viên khoảng 38.500 người.

Đội ngũ 42 báo cáo viên cấp quận được cập nhật thông tin qua 12 hội nghị báo cáo viên. Quận có 36 cộng tác viên dư luận xã hội, trong năm gửi 48 báo cáo dư luận định kỳ và 11 báo cáo đột xuất.

Quận tổ chức Cuộc thi viết “Quận 7 – 27 năm xây dựng và phát triển” với 1.264 bài dự thi, gấp rưỡi năm 2023; 15 bài xuất sắc nhất được trao giải. Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 9 tập thể và 16 cá nhân.

Năm 2025, quận phấn đấu 100% khu phố có tổ công nghệ số cộng đồng và mở 6 lớp bồi dưỡng kỹ năng số cho 400 cán bộ khu phố.
"""
D11 = "2024-12-27"
P11 = year(2024)

# ---------------------------------------------------------------------------------------------
T12 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG TÂN SƠN NHẤT
Số 37-BC/ĐU

Tân Sơn Nhất, ngày 18 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 6 tháng cuối năm 2025
và nhiệm vụ trọng tâm năm 2026

I. ĐẶC ĐIỂM TÌNH HÌNH
Phường Tân Sơn Nhất được thành lập trên cơ sở các phường 2, 4, 15 thuộc quận Tân Bình (cũ); dân số khoảng 86 nghìn người. Đảng bộ phường có 64 chi bộ trực thuộc với 2.430 đảng viên.

II. KẾT QUẢ THỰC HIỆN

1. Công tác lãnh đạo, chỉ đạo
- Văn bản chỉ đạo, hướng dẫn đã ban hành: 18 (gồm 7 kế hoạch, 11 công văn);
- Đợt sinh hoạt chính trị: 01 (về Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I).

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01;
- Lớp ở các chi bộ: 64;
- Đảng viên dự học: 2.318/2.430 đồng chí, đạt 95,39%;
- Số đảng viên chưa tham gia: 112 người (đi công tác, ốm đau).

3. Tuyên truyền miệng, báo cáo viên
- Báo cáo viên cấp phường: 15 đồng chí (tính đến 30/11/2025);
- Hội nghị báo cáo viên: 02;
- Buổi nói chuyện thời sự: 34 – lượt người nghe: khoảng 2.950.

4. Tuyên truyền trên không gian mạng
- Hiện có: 01 trang thông tin điện tử, 02 fanpage, 39 nhóm Zalo khu phố với gần 11 nghìn thành viên;
- Tin, bài trên trang thông tin điện tử: 415; trên fanpage: 627;
- Lượt tiếp cận: ước 820 nghìn.

5. Nắm bắt dư luận xã hội
- Cộng tác viên dư luận xã hội hiện có: 24 người;
- Báo cáo dư luận xã hội: 12 định kỳ, 4 đột xuất (chủ yếu về sắp xếp trụ sở, thủ tục hành chính sau sáp nhập).

6. Bồi dưỡng, thi đua, khen thưởng
- Lớp bồi dưỡng đảng viên mới: 01; học viên: 43 người;
- Cuộc thi “Tìm hiểu 80 năm Cách mạng tháng Tám và Quốc khánh 2/9” – lượt dự thi: 3.472;
- Tập thể được khen thưởng: 4; cá nhân: 9.

III. NHIỆM VỤ TRỌNG TÂM NĂM 2026
1. Tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 100% cán bộ, đảng viên; mở 64 lớp ở các chi bộ.
2. Phát triển thêm 10 nhóm Zalo khu phố; mỗi tháng tổ chức ít nhất 6 buổi nói chuyện thời sự.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""
D12 = "2025-12-18"
P12 = h2(2025)

DOCS = [
    Doc("h28_09_hcmc_t5_2016", T09, HCMC, P09, D09, "text", facts=[
        F("ban hành 4 văn bản", 4, "documents_issued"),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("hơn 68.000 băng rôn", 68000, "other", "at_least"),
        F("nói chuyện 128 buổi", 128, "oral_propaganda_sessions"),
        F("khoảng 47.500 lượt người nghe", 47500, "propaganda_audience", "approx"),
        F("142.870 lượt đoàn viên, thanh niên dự thi", 142870, "contest_entries"),
        F("312 buổi tuyên truyền", 312, "oral_propaganda_sessions"),
        F("52.400 lượt công nhân", 52400, "propaganda_audience"),
        F("đăng 734 tin, bài", 734, "news_items"),
        F("ước đạt 9,3 triệu", 9300000, "propaganda_audience", "approx"),
        F("hiện có 1.240 cộng tác viên", 1240, "opinion_collaborators", p=inst(D09)),
        F("9 báo cáo nhanh", 9, "opinion_reports"),
        F("24 tập thể", 24, "commended_collectives"),
        F("41 cá nhân", 41, "commended_individuals"),
    ], traps=[("Ngày 03/6/2016", 3), ("nhiệm kỳ 2016 – 2021", 2016),
              ("tháng 5/2016", 5), ("24 quận, huyện", 24), ("khoảng 5,6 triệu cử tri", 5.6),
              ("Quận 3", 3), ("17 khu chế xuất", 17), ("Quận 7", 7),
              ("khoảng 62.000 công nhân", 62000), ("Ngày 22/5/2016", 22),
              ("đạt 98,84%", 98.84), ("cho 3 tập thể", 3)]),
    Doc("h28_10_lb_btl_da_2023", T10, LONGBIEN, P10, D10, "text", facts=[
        F("2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 356 lớp", 356, "study_sessions"),
        F("17.482 lượt cán bộ, đảng viên", 17482, "study_attendance", a="party_members"),
        F("đạt 97,64%", 97.64, "study_participation_rate"),
        F("520 buổi sinh hoạt", 520, "party_cell_discussions"),
        F("hiện có 1 fanpage", 1, "social_pages", p=inst(D10)),
        F("gần 36.000 người theo dõi", 36000, "propaganda_audience", "at_most", p=inst(D10)),
        F("210 nhóm Zalo", 210, "chat_groups", p=inst(D10)),
        F("mở 3 hội nghị cấp quận", 3, "study_sessions", unit=BACTULIEM),
        F("mở 248 lớp", 248, "study_sessions", unit=BACTULIEM),
        F("12.016/12.530 đảng viên", 12016, "study_attendance", a="party_members",
          unit=BACTULIEM),
        F("64 buổi nói chuyện", 64, "oral_propaganda_sessions", unit=BACTULIEM),
        F("khoảng 9.700 lượt sinh viên", 9700, "propaganda_audience", "approx",
          unit=BACTULIEM),
        F("4 hội nghị cấp huyện", 4, "study_sessions", unit=DONGANH),
        F("mở 412 lớp", 412, "study_sessions", unit=DONGANH),
        F("21.905 lượt cán bộ, đảng viên", 21905, "study_attendance", a="party_members",
          unit=DONGANH),
        F("8.440 lượt quần chúng", 8440, "study_attendance", a="masses", unit=DONGANH),
        F("đạt 96,1%", 96.1, "study_participation_rate", unit=DONGANH),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=DONGANH),
        F("210 học viên", 210, "trainees", unit=DONGANH),
        F("với 36 thí sinh", 36, "contest_entries", unit=DONGANH),
    ], traps=[("ngày 14/8/2023", 14), ("Từ đầu năm 2023", 2023), ("Trung ương 6", 6),
              ("01-CTr/TU", 1), ("14 đảng bộ phường", 14), ("27 chi, đảng bộ cơ sở", 27),
              ("khoảng 120 nghìn sinh viên", 120000), ("trước năm 2025", 2025),
              ("24 xã, thị trấn", 24), ("6 thí sinh đạt giải", 6)]),
    Doc("h28_11_q7_2024", T11, Q7, P11, D11, "text", facts=[
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("4 hội nghị học tập", 4, "study_sessions"),
        F("mở 287 lớp", 287, "study_sessions"),
        F("13.940 lượt cán bộ, đảng viên", 13940, "study_attendance", a="party_members"),
        F("3.120 lượt quần chúng", 3120, "study_attendance", a="masses"),
        F("dự học đạt 97,8%", 97.8, "study_participation_rate"),
        F("mở 1 lớp trung cấp", 1, "training_classes"),
        F("98 học viên", 98, "trainees"),
        F("nói chuyện 236 buổi", 236, "oral_propaganda_sessions"),
        F("trên 19.000 lượt người nghe", 19000, "propaganda_audience", "at_least"),
        F("82 buổi nói chuyện", 82, "oral_propaganda_sessions",
          p=since("2024-03-15", D11)),
        F("khoảng 4.600 lượt cư dân", 4600, "propaganda_audience", "approx", a="masses",
          p=since("2024-03-15", D11)),
        F("đăng 1.486 tin, bài", 1486, "news_items"),
        F("khoảng 2,4 triệu lượt tiếp cận", 2400000, "propaganda_audience", "approx"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D11)),
        F("12 fanpage", 12, "social_pages", p=inst(D11)),
        F("146 nhóm Zalo", 146, "chat_groups", p=inst(D11)),
        F("khoảng 38.500 người", 38500, "chat_group_members", "approx", p=inst(D11)),
        F("Đội ngũ 42 báo cáo viên", 42, "reporters", p=end_of(P11)),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("Quận có 36 cộng tác viên", 36, "opinion_collaborators", p=end_of(P11)),
        F("48 báo cáo dư luận định kỳ", 48, "opinion_reports"),
        F("11 báo cáo đột xuất", 11, "opinion_reports"),
        F("1.264 bài dự thi", 1264, "contest_entries"),
        F("9 tập thể", 9, "commended_collectives"),
        F("16 cá nhân", 16, "commended_individuals"),
    ], traps=[("Cập nhật 27/12/2024 16:40", 27), ("Sáng 26/12", 26), ("10 phường", 10),
              ("khoảng 30.000 cư dân", 30000), ("tăng 5 văn bản", 5),
              ("Trung ương 9, 10", 9), ("10 đảng bộ phường", 10),
              ("31 chi, đảng bộ cơ sở", 31), ("tăng 1,3 điểm phần trăm", 1.3),
              ("tăng 48 buổi", 48), ("ngày 15/3", 15), ("(năm 2023 là 1.102)", 1102),
              ("27 năm", 27), ("15 bài xuất sắc nhất", 15), ("Năm 2025", 2025),
              ("100% khu phố", 100), ("mở 6 lớp", 6), ("400 cán bộ", 400)]),
    Doc("h28_12_tansonnhat_h2_2025", T12, TANSONNHAT, P12, D12, "text", facts=[
        F("đã ban hành: 18", 18, "documents_issued"),
        F("Đợt sinh hoạt chính trị: 01", 1, "political_campaigns"),
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 64", 64, "study_sessions"),
        F("Đảng viên dự học: 2.318/2.430 đồng chí", 2318, "study_attendance",
          a="party_members"),
        F("đạt 95,39%", 95.39, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 112 người", 112, "other"),
        F("15 đồng chí (tính đến 30/11/2025)", 15, "reporters", p=inst("2025-11-30")),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("Buổi nói chuyện thời sự: 34", 34, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 2.950", 2950, "propaganda_audience", "approx"),
        F("01 trang thông tin điện tử", 1, "websites", p=inst(D12)),
        F("02 fanpage", 2, "social_pages", p=inst(D12)),
        F("39 nhóm Zalo", 39, "chat_groups", p=inst(D12)),
        F("gần 11 nghìn thành viên", 11000, "chat_group_members", "at_most", p=inst(D12)),
        F("trên trang thông tin điện tử: 415", 415, "news_items"),
        F("trên fanpage: 627", 627, "news_items"),
        F("Lượt tiếp cận: ước 820 nghìn", 820000, "propaganda_audience", "approx"),
        F("hiện có: 24 người", 24, "opinion_collaborators", p=inst(D12)),
        F("12 định kỳ", 12, "opinion_reports"),
        F("4 đột xuất", 4, "opinion_reports"),
        F("Lớp bồi dưỡng đảng viên mới: 01", 1, "training_classes"),
        F("học viên: 43 người", 43, "trainees"),
        F("lượt dự thi: 3.472", 3472, "contest_entries"),
        F("Tập thể được khen thưởng: 4", 4, "commended_collectives"),
        F("cá nhân: 9", 9, "commended_individuals"),
    ], traps=[("Số 37-BC/ĐU", 37), ("Tân Sơn Nhất, ngày 18 tháng 12 năm 2025", 18),
              ("6 tháng cuối năm 2025", 6), ("năm 2026", 2026), ("phường 2, 4, 15", 2),
              ("khoảng 86 nghìn người", 86000), ("64 chi bộ trực thuộc", 64),
              ("2.430 đảng viên", 2430), ("7 kế hoạch", 7), ("11 công văn", 11),
              ("nhiệm kỳ 2025 – 2030", 2025), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("NĂM 2026", 2026), ("100% cán bộ", 100), ("mở 64 lớp", 64),
              ("thêm 10 nhóm Zalo", 10), ("ít nhất 6 buổi", 6)]),
]
