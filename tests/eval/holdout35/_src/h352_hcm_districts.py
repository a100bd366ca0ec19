"""Held-out set holdout35, part 2: Ho Chi Minh City districts before the 2025 reform
(a city-portal article with one section per district, a list summary with a text table,
a congress speech over a five-year term).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the sample reports, without reading or running the extractor.
Decisions: see h351_hanoi_districts.py; in addition
- a table cell's evidence is its whole row (the same row serves both columns' facts);
- "Đến cuối tháng 6" in the half-year article ends the half-year: no month period;
- the delegates of a congress ("300 đại biểu") are a trap, like the members they stand for.
"""
from build_gold import Doc, F, U, h1, inst, quarter, term

Q3, Q10, PNH = U("Quận 3"), U("Quận 10"), U("Quận Phú Nhuận")
GVAP, BTH, CCHI = U("Quận Gò Vấp"), U("Quận Bình Thạnh"), U("Huyện Củ Chi")

T04 = """
Thứ Tư, ngày 14/7/2021

Quận 3, Quận 10, Phú Nhuận: Hoàn thành học tập, quán triệt Nghị quyết Đại hội XIII của Đảng

(Thanhuytphcm.vn) - Sáu tháng đầu năm 2021, dù chịu ảnh hưởng của đợt bùng phát dịch Covid-19 lần thứ tư, ba quận nội thành đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XI, nhiệm kỳ 2020 – 2025.

* Quận 3

Quận ủy tổ chức 2 hội nghị cấp quận cho hơn 1.100 cán bộ chủ chốt; các đảng bộ phường và đảng bộ cơ sở mở 146 lớp với 9.874 lượt cán bộ, đảng viên, đạt 97,62%. Trong số 12 phường của quận, Phường 9 là đơn vị hoàn thành sớm nhất. Bên cạnh đó, Ban Tuyên giáo Quận ủy phối hợp Trường Cán bộ Thành phố mở 1 lớp bồi dưỡng chuyên đề cho 85 cán bộ tuyên giáo cơ sở.

* Quận 10

Đến cuối tháng 6, Quận 10 đã tổ chức 3 hội nghị cấp quận (trong đó 1 hội nghị trực tuyến kết nối 14 điểm cầu phường) và 183 lớp ở cơ sở, thu hút 12.420 lượt cán bộ, đảng viên cùng 3.215 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 96,4%. Số đảng viên chưa tham gia học tập là 461 đồng chí, phần lớn do đi công tác xa hoặc đang điều trị bệnh.

* Quận Phú Nhuận

Tại Phú Nhuận, 2 hội nghị cấp quận và 118 lớp ở các chi bộ được tổ chức với 7.036 lượt cán bộ, đảng viên dự học (đạt 98,1%). Quận còn tổ chức Hội thi tìm hiểu Nghị quyết Đại hội XIII trực tuyến, có 5.482 lượt người dự thi; 10 bài có điểm cao nhất được trao giải.

Ông Phan Văn Bảy, 76 tuổi, đảng viên Chi bộ khu phố 4, phường 7, nói: “Tôi có 52 năm tuổi Đảng, năm nào cũng học nghị quyết, nhưng năm nay học qua điện thoại cũng quen rồi”.

Theo đánh giá của Ban Tuyên giáo Thành ủy, cả ba quận đều hoàn thành trước thời hạn 30/6/2021 theo Hướng dẫn số 21-HD/BTGTU.
"""

T05 = """
TỔNG HỢP NHANH KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ I NĂM 2023
(Cụm thi đua số 3 – Ban Tuyên giáo Thành ủy TP.HCM)

Quý I năm 2023, Ban Tuyên giáo Quận ủy Gò Vấp và Ban Tuyên giáo Quận ủy Bình Thạnh tập trung triển khai Chỉ thị số 18-CT/TU của Ban Thường vụ Thành ủy và tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2023).

Kết quả học tập, quán triệt nghị quyết trong quý:

Chỉ tiêu | Quận Gò Vấp | Quận Bình Thạnh
Hội nghị cấp quận | 2 | 3
Số lớp ở cơ sở | 97 | 124
Lượt đảng viên dự học | 8.315 | 10.942
Tỷ lệ đảng viên tham gia (%) | 95,7 | 96,35
Lượt quần chúng dự nghe | 1.870 | 2.406
Số đảng viên chưa tham gia | 377 | 402

Một số kết quả khác:
• Gò Vấp: ban hành 12 văn bản hướng dẫn; tổ chức 64 buổi tuyên truyền miệng về Chỉ thị 18, thu hút 5.210 lượt người nghe; cuộc thi viết “Gò Vấp – 30 năm một chặng đường” nhận 427 bài dự thi.
• Bình Thạnh: 1 hội nghị báo cáo viên cấp quận (tháng 2); đội ngũ báo cáo viên cấp quận hiện có 61 đồng chí; các khu phố duy trì 735 nhóm Zalo với khoảng 52.000 thành viên; trang thông tin điện tử quận đăng 289 tin, bài.
• Gò Vấp: Ban Thường vụ Quận ủy biểu dương 4 tập thể, 9 cá nhân tiêu biểu trong đợt tuyên truyền Chỉ thị 18; in và phát 3.000 tờ gấp hỏi – đáp về chỉ thị tới các khu phố.
• Ý kiến cơ sở: “Khu phố tôi có 2 chung cư, 640 hộ, trước đây họp dân khó lắm, giờ nhắn trên nhóm Zalo là bà con nắm ngay”, ông Lê Văn Sáu, Trưởng khu phố 5, phường 13, quận Bình Thạnh, chia sẻ.

Đánh giá chung: Gò Vấp xếp thứ 2/5 đơn vị trong Cụm về tiến độ học tập nghị quyết; tỷ lệ đảng viên tham gia học tập của Bình Thạnh tăng 1,2% so với cùng kỳ năm 2022.

Nhiệm vụ quý II năm 2023: mỗi quận tổ chức ít nhất 01 hội nghị báo cáo viên; hoàn thành học tập Nghị quyết Trung ương 6 khóa XIII trước ngày 30/5/2023.
"""

T06 = """
Cập nhật 15/07/2020 11:05

Củ Chi: Tuyên truyền miệng – “sợi dây” nối Đảng với dân vùng đất thép

(Thanhuytphcm.vn) - Sáng 15/7, Đại hội đại biểu Đảng bộ huyện Củ Chi lần thứ XII, nhiệm kỳ 2020 – 2025 tiếp tục phiên làm việc thứ hai. Đại hội diễn ra từ ngày 14 đến 16/7/2020, với 300 đại biểu thay mặt cho hơn 9.600 đảng viên của 20 xã và 1 thị trấn.

Sau đây là trích tham luận của đồng chí Trần Thị Thu Hằng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Củ Chi:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 186 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng. Huyện tổ chức 21 hội nghị cấp huyện học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và Thành ủy; các tổ chức cơ sở đảng mở 1.912 lớp với hơn 178.000 lượt cán bộ, đảng viên tham dự, tỷ lệ bình quân đạt 96,2%.

“Chúng tôi đặc biệt chú trọng tuyên truyền miệng ở các ấp vùng sâu. Huyện hiện có 64 báo cáo viên cấp huyện; cả nhiệm kỳ, đội ngũ báo cáo viên cùng tuyên truyền viên cơ sở đã thực hiện 4.350 buổi nói chuyện, thu hút khoảng 412 nghìn lượt người nghe. Huyện cũng tổ chức năm đợt sinh hoạt chính trị, tư tưởng về xây dựng nông thôn mới. Có lần, một cụ bà ở ấp Bàu Tròn nói với tôi: ‘Tôi nghe báo cáo viên nói chuyện 6 lần rồi, lần nào cũng có chuyện mới’.

“Trung tâm Bồi dưỡng chính trị huyện mở 47 lớp sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới, với 3.860 học viên. Các chi bộ duy trì sinh hoạt chuyên đề, tổ chức 2.740 buổi thảo luận chi bộ về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

“Về khen thưởng, trong nhiệm kỳ, Ban Thường vụ Huyện ủy đã tặng giấy khen cho 96 tập thể và 214 cá nhân điển hình. Nhiệm kỳ 2020 – 2025, chúng tôi phấn đấu 100% ấp có nhóm Zalo tuyên truyền và mỗi năm tổ chức không dưới 900 buổi tuyên truyền miệng.”

Đại hội bầu Ban Chấp hành Đảng bộ huyện khóa XII gồm 45 đồng chí.
"""

D04, D05, D06 = "2021-07-14", "2023-04-10", "2020-07-15"
P05 = quarter(1, 2023)
R05 = [("Hội nghị cấp quận | 2 | 3", 2, 3, "study_sessions", "all"),
       ("Số lớp ở cơ sở | 97 | 124", 97, 124, "study_sessions", "all"),
       ("Lượt đảng viên dự học | 8.315 | 10.942", 8315, 10942, "study_attendance",
        "party_members"),
       ("Tỷ lệ đảng viên tham gia (%) | 95,7 | 96,35", 95.7, 96.35,
        "study_participation_rate", "all"),
       ("Lượt quần chúng dự nghe | 1.870 | 2.406", 1870, 2406, "study_attendance", "masses"),
       ("Số đảng viên chưa tham gia | 377 | 402", 377, 402, "other", "all")]
TABLE05 = [F(ev, a, ind, a=aud, unit=GVAP) for ev, a, _, ind, aud in R05] + [
    F(ev, b, ind, a=aud, unit=BTH) for ev, _, b, ind, aud in R05]

DOCS = [
    Doc("h35_04", T04, Q3, h1(2021), D04, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận cho hơn", 2, "study_sessions", unit=Q3),
        F("cho hơn 1.100 cán bộ chủ chốt", 1100, "study_attendance", "at_least",
          a="party_members", unit=Q3),
        F("mở 146 lớp", 146, "study_sessions", unit=Q3),
        F("với 9.874 lượt cán bộ, đảng viên", 9874, "study_attendance", a="party_members",
          unit=Q3),
        F("đạt 97,62%", 97.62, "study_participation_rate", unit=Q3),
        F("mở 1 lớp bồi dưỡng chuyên đề", 1, "training_classes", unit=Q3),
        F("cho 85 cán bộ tuyên giáo", 85, "trainees", unit=Q3),
        F("đã tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=Q10),
        F("và 183 lớp ở cơ sở", 183, "study_sessions", unit=Q10),
        F("thu hút 12.420 lượt cán bộ, đảng viên", 12420, "study_attendance",
          a="party_members", unit=Q10),
        F("3.215 lượt quần chúng", 3215, "study_attendance", a="masses", unit=Q10),
        F("tham gia đạt 96,4%", 96.4, "study_participation_rate", unit=Q10),
        F("chưa tham gia học tập là 461 đồng chí", 461, "other", unit=Q10),
        F("2 hội nghị cấp quận và 118 lớp", 2, "study_sessions", unit=PNH),
        F("118 lớp ở các chi bộ", 118, "study_sessions", unit=PNH),
        F("với 7.036 lượt cán bộ, đảng viên", 7036, "study_attendance", a="party_members",
          unit=PNH),
        F("(đạt 98,1%)", 98.1, "study_participation_rate", unit=PNH),
        F("có 5.482 lượt người dự thi", 5482, "contest_entries", unit=PNH),
    ], traps=[("14/7/2021", 14), ("Quận 3", 3), ("Quận 10", 10), ("Đại hội XIII", 13),
              ("nhiệm kỳ 2020 – 2025", 2020), ("Sáu tháng đầu năm 2021", 2021),
              ("12 phường", 12), ("Phường 9", 9), ("cuối tháng 6", 6),
              ("trong đó 1 hội nghị", 1), ("14 điểm cầu", 14),
              ("10 bài có điểm cao nhất", 10), ("76 tuổi", 76), ("khu phố 4", 4),
              ("phường 7", 7), ("52 năm tuổi Đảng", 52), ("30/6/2021", 30),
              ("Hướng dẫn số 21-HD/BTGTU", 21), ("Covid-19", 19)]),
    Doc("h35_05", T05, GVAP, P05, D05, "sidecar", meta={"date": D05}, facts=TABLE05 + [
        F("ban hành 12 văn bản hướng dẫn", 12, "documents_issued", unit=GVAP),
        F("tổ chức 64 buổi tuyên truyền miệng", 64, "oral_propaganda_sessions", unit=GVAP),
        F("thu hút 5.210 lượt người nghe", 5210, "propaganda_audience", unit=GVAP),
        F("nhận 427 bài dự thi", 427, "contest_entries", unit=GVAP),
        F("Bình Thạnh: 1 hội nghị báo cáo viên", 1, "reporter_conferences", unit=BTH),
        F("hiện có 61 đồng chí", 61, "reporters", unit=BTH, p=inst(D05)),
        F("duy trì 735 nhóm Zalo", 735, "chat_groups", unit=BTH, p=inst(D05)),
        F("khoảng 52.000 thành viên", 52000, "chat_group_members", "approx", unit=BTH,
          p=inst(D05)),
        F("đăng 289 tin, bài", 289, "news_items", unit=BTH),
        F("biểu dương 4 tập thể", 4, "commended_collectives", unit=GVAP),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals", unit=GVAP),
        F("phát 3.000 tờ gấp", 3000, "other", unit=GVAP),
    ], traps=[("QUÝ I NĂM 2023", 2023), ("Cụm thi đua số 3", 3), ("Quý I năm 2023", 2023),
              ("Chỉ thị số 18-CT/TU", 18), ("93 năm", 93), ("3/2/1930", 3), ("3/2/2023", 3),
              ("Chỉ thị 18", 18), ("30 năm một chặng đường", 30), ("(tháng 2)", 2),
              ("thứ 2/5", 2), ("tăng 1,2%", 1.2), ("cùng kỳ năm 2022", 2022),
              ("quý II năm 2023", 2023), ("ít nhất 01 hội nghị", 1), ("Trung ương 6", 6),
              ("30/5/2023", 30), ("có 2 chung cư", 2), ("640 hộ", 640),
              ("khu phố 5", 5), ("phường 13", 13)]),
    Doc("h35_06", T06, CCHI, term(2015, 2020), D06, "text", facts=[
        F("ban hành 186 văn bản", 186, "documents_issued"),
        F("tổ chức 21 hội nghị cấp huyện", 21, "study_sessions"),
        F("mở 1.912 lớp", 1912, "study_sessions"),
        F("hơn 178.000 lượt cán bộ, đảng viên", 178000, "study_attendance", "at_least",
          a="party_members"),
        F("bình quân đạt 96,2%", 96.2, "study_participation_rate"),
        F("hiện có 64 báo cáo viên", 64, "reporters", p=inst(D06)),
        F("thực hiện 4.350 buổi nói chuyện", 4350, "oral_propaganda_sessions"),
        F("khoảng 412 nghìn lượt người nghe", 412000, "propaganda_audience", "approx"),
        F("năm đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("mở 47 lớp sơ cấp", 47, "training_classes"),
        F("với 3.860 học viên", 3860, "trainees"),
        F("tổ chức 2.740 buổi thảo luận chi bộ", 2740, "party_cell_discussions"),
        F("giấy khen cho 96 tập thể", 96, "commended_collectives"),
        F("96 tập thể và 214 cá nhân", 214, "commended_individuals"),
    ], traps=[("15/07/2020 11:05", 15), ("Sáng 15/7", 15), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 14 đến 16/7/2020", 14), ("300 đại biểu", 300),
              ("hơn 9.600 đảng viên", 9600), ("20 xã", 20), ("1 thị trấn", 1),
              ("Nhiệm kỳ 2015 – 2020", 2015), ("nói chuyện 6 lần", 6),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("100% ấp", 100), ("không dưới 900 buổi", 900),
              ("gồm 45 đồng chí", 45)]),
]
