"""Held-out set holdout47, part 2: Hanoi before 2025-07-01 (city comparison, district sections,
an interview transcript and a social-media post).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor (see part 1 for the
decisions taken where the guide leaves room). Further decisions here:
- Facts listed "lần lượt" for two units ("Quận Đống Đa và Quận Long Biên lần lượt ... với 640 và
  602 buổi") go to the units in the order named.
- An interview's answers under "Đồng chí Trưởng ban:" speak for the district; the words a
  resident said to the official in single quotes are an anecdote (trap).
- "Huyện ủy Gia Lâm tổ chức hội nghị cấp huyện" (no number) gives no fact; its attendance at the
  online sites stays an attendance.
- A post's stamp "28 tháng 12, 2020 lúc 19:40" is the document date (text); the followers of the
  fanpage are propaganda_audience at that date.
"""
from build_gold import Doc, F, U, end_of, inst, quarter, year

HN = U("01")
CGIAY, HMAI, DDA, LBIEN = (U("Quận Cầu Giấy"), U("Quận Hoàng Mai"), U("Quận Đống Đa"),
                           U("Quận Long Biên"))
DANH, GLAM, THO = U("Huyện Đông Anh"), U("Huyện Gia Lâm"), U("Quận Tây Hồ")
TXUAN, BDINH = U("Quận Thanh Xuân"), U("Quận Ba Đình")

T04 = """
Thủ đô: Công tác tuyên truyền miệng năm 2018 có nhiều chuyển biến

Năm 2018, hệ thống tuyên giáo Thành phố Hà Nội đã tổ chức 14.260 buổi tuyên truyền miệng, nói chuyện chuyên đề, thu hút khoảng 1,85 triệu lượt người nghe, tăng 11,4% so với năm 2017. Ban Tuyên giáo Thành ủy tổ chức 12 hội nghị báo cáo viên Thành ủy, mỗi hội nghị có từ 450 đến 500 đại biểu dự. Đội ngũ báo cáo viên cấp thành phố hiện có 146 đồng chí; báo cáo viên cấp quận, huyện, thị xã là 1.870 đồng chí. Bình quân mỗi báo cáo viên cấp thành phố thực hiện 9 buổi nói chuyện trong năm.

Trong 30 quận, huyện, thị xã, Quận Cầu Giấy tiếp tục đứng đầu về hiệu quả tuyên truyền miệng: quận tổ chức 728 buổi, bình quân mỗi phường 91 buổi, với 64.500 lượt người nghe. Quận Hoàng Mai vươn lên xếp thứ 2, với 695 buổi nói chuyện, tăng 210 buổi so với năm trước; lượt người nghe đạt 58.700. Quận Đống Đa và Quận Long Biên lần lượt xếp thứ 3 và thứ 4, với 640 và 602 buổi.

“Tháng nào tổ tôi cũng có 1 buổi nói chuyện thời sự, các cụ đi nghe đông lắm”, bà Đỗ Thị Hằng, tổ trưởng tổ dân phố số 7, phường Mai Động, quận Hoàng Mai, kể.

Về ứng dụng mạng xã hội, Quận Long Biên đi đầu với 1.024 nhóm Zalo tổ dân phố, hiện có gần 96 nghìn thành viên. Tính đến ngày 31/12/2018, các quận ủy, huyện ủy, thị ủy đã có 27 trang thông tin điện tử, 3 đơn vị còn lại đang xây dựng.

Mạng lưới cộng tác viên dư luận xã hội toàn thành phố gửi 4.812 báo cáo tình hình dư luận, trong đó 1.230 báo cáo về dự án đường sắt đô thị Cát Linh – Hà Đông.

“Chúng tôi yêu cầu mỗi báo cáo viên có ít nhất 6 buổi nói chuyện trong năm. Năm 2018, Ban đã lập 18 đoàn kiểm tra công tác tuyên truyền miệng ở cơ sở”, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy Hà Nội cho biết.

Năm 2019, Thành phố phấn đấu tổ chức không dưới 15.000 buổi tuyên truyền miệng, tập trung vào kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh và 65 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2019).
"""

T05 = """
Cập nhật ngày 14-04-2017

Đông Anh, Gia Lâm, Tây Hồ: Hoàn thành học tập Nghị quyết Trung ương 4 khóa XII trong quý I

(HNM) - Quý I năm 2017, các huyện ủy, quận ủy ven sông Hồng đã khẩn trương tổ chức học tập, quán triệt Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng gắn với Chỉ thị 05-CT/TW của Bộ Chính trị.

* Huyện Đông Anh

Huyện ủy tổ chức 2 hội nghị cấp huyện cho cán bộ chủ chốt; 74 chi, đảng bộ cơ sở đã mở 312 lớp, với 18.650 lượt cán bộ, đảng viên, đạt 97,2%; riêng quần chúng có 6.400 lượt tham dự. Trung tâm Bồi dưỡng chính trị huyện mở 4 lớp bồi dưỡng nhận thức về Đảng với 386 học viên là quần chúng ưu tú.

Ông Nguyễn Văn Thắng, 71 tuổi, đảng viên 45 năm tuổi Đảng ở thôn Lực Canh, xã Xuân Canh, nói: “Tôi đã dự đủ 3 buổi, nghe xong thấy rõ mình phải làm gì để giữ tư cách người đảng viên”.

* Huyện Gia Lâm

Huyện ủy Gia Lâm tổ chức hội nghị cấp huyện trực tuyến tới 22 điểm cầu xã, thị trấn, với 1.950 lượt cán bộ, đảng viên dự. Các chi bộ tổ chức 268 lớp, đạt tỷ lệ 95,9% đảng viên tham gia. Ban Thường vụ Huyện ủy ban hành 9 văn bản hướng dẫn; các xã tổ chức gần 40 buổi nói chuyện chuyên đề tại các làng nghề Bát Tràng, Kiêu Kỵ, Phù Đổng.

* Quận Tây Hồ

Quận ủy Tây Hồ chọn cách học “cuốn chiếu” theo từng cụm dân cư. 8 đảng bộ phường và 23 chi, đảng bộ cơ sở đã mở 96 lớp, thu hút 7.126/7.410 đảng viên tham dự; cùng với đó là hơn 2.000 lượt quần chúng dự nghe. Sau học tập, đảng viên viết 6.980 bài thu hoạch.

Đồng chí Lê Thị Thu Hằng, Trưởng ban Tuyên giáo Quận ủy Tây Hồ, cho biết: “Quận đã khen thưởng 5 tập thể và 12 cá nhân có cách làm hay trong học tập nghị quyết. Quý II, chúng tôi sẽ kiểm tra việc thực hiện kế hoạch tu dưỡng tại 8 đảng bộ phường”.
"""

T06 = """
Quận Thanh Xuân: “Mỗi tổ dân phố là một điểm tuyên truyền”

Năm 2021, giữa những đợt giãn cách vì dịch Covid-19, công tác tuyên giáo ở quận Thanh Xuân vẫn giữ được nhịp. Phóng viên đã trao đổi với đồng chí Trưởng ban Tuyên giáo Quận ủy Thanh Xuân.

Phóng viên: Thưa đồng chí, việc học tập Nghị quyết Đại hội XIII của Đảng ở quận diễn ra thế nào?

Đồng chí Trưởng ban: “Quận ủy tổ chức 01 hội nghị cấp quận theo hình thức trực tuyến tới 11 điểm cầu phường. Các chi bộ đã mở 185 lớp, với 12.760 lượt cán bộ, đảng viên, đạt 98,12%. Đây là tỷ lệ cao nhất từ trước tới nay, cao hơn năm 2016 khoảng 3 điểm phần trăm. Song song, quận triển khai hai đợt sinh hoạt chính trị, tư tưởng về tấm gương đạo đức Hồ Chí Minh.”

Phóng viên: Dịch bệnh ảnh hưởng ra sao tới tuyên truyền?

Đồng chí Trưởng ban: “Nhiều tháng không thể tổ chức tập trung, có thời điểm chỉ được họp dưới 10 người. Chúng tôi chuyển sang loa phát thanh và mạng xã hội. Quận hiện có 1 trang thông tin điện tử, 12 fanpage của quận và các phường, cùng 342 nhóm Zalo tổ dân phố với khoảng 41.000 thành viên. Cả năm, các trang này đăng 7.850 tin, bài, video. Có bác tổ trưởng nói với tôi: ‘Nhóm tổ tôi 160 hộ, đêm nào cũng có người hỏi lịch tiêm’.”

Phóng viên: Còn công tác nắm bắt dư luận?

Đồng chí Trưởng ban: “Quận hiện có 52 cộng tác viên dư luận xã hội. Năm nay, anh chị em gửi về Ban 96 báo cáo, trong đó 30 báo cáo đột xuất về tình hình tư tưởng khi thực hiện Chỉ thị 16.”

Phóng viên: Phong trào thi đua có gì nổi bật?

Đồng chí Trưởng ban: “Cuộc thi trắc nghiệm trực tuyến tìm hiểu 91 năm Ngày thành lập Đảng thu hút 23.460 lượt người dự thi. Dịp tổng kết, Quận ủy khen thưởng 7 tập thể, 19 cá nhân.”

Phóng viên: Năm 2022, quận đặt mục tiêu gì?

Đồng chí Trưởng ban: “Chúng tôi phấn đấu 100% tổ dân phố có nhóm Zalo và sẽ mở thêm 3 lớp tập huấn kỹ năng viết tin cho 120 cán bộ phường.”
"""

T11 = """
Ban Tuyên giáo Quận ủy Ba Đình
28 tháng 12, 2020 lúc 19:40 ·

📌 NĂM 2020 – CÔNG TÁC TUYÊN GIÁO QUẬN BA ĐÌNH QUA NHỮNG CON SỐ

Một năm đặc biệt: vừa phòng, chống dịch Covid-19, vừa tổ chức thành công Đại hội Đảng bộ quận lần thứ XXVI, nhiệm kỳ 2020 – 2025 (diễn ra từ ngày 16 đến 18/7/2020). Cùng điểm lại những kết quả nổi bật:

✅ 05 hội nghị cấp quận học tập, quán triệt Nghị quyết Đại hội Đảng bộ quận và Nghị quyết Đại hội XVII Đảng bộ Thành phố
✅ 412 lớp ở các chi bộ, với 17.560 lượt cán bộ, đảng viên tham dự (đạt 97,8%)
✅ Ba đợt sinh hoạt chính trị, tư tưởng: kỷ niệm 90 năm thành lập Đảng, 130 năm Ngày sinh Chủ tịch Hồ Chí Minh, 75 năm Cách mạng Tháng Tám và Quốc khánh 2/9
✅ 285 buổi nói chuyện thời sự tại 14 phường, thu hút gần 21.000 lượt người dân
✅ Cuộc thi trực tuyến “Tìm hiểu 90 năm lịch sử Đảng bộ Thủ đô” (đóng cổng ngày 30/11): 31.482 lượt dự thi
✅ 1.960 tin, bài, phóng sự trên Cổng thông tin điện tử quận và fanpage “Ba Đình ngày mới”; fanpage hiện có gần 48.000 người theo dõi
✅ Hội thi báo cáo viên giỏi cấp quận với 24 thí sinh; 6 thí sinh đạt giải
✅ 112 báo cáo tình hình tư tưởng, dư luận xã hội gửi Thường trực Quận ủy
✅ Quận ủy khen thưởng 9 tập thể, 23 cá nhân tiêu biểu

👉 Năm 2021, quận đặt mục tiêu tổ chức học tập Nghị quyết Đại hội XIII của Đảng cho 100% đảng viên ngay trong quý I.

💬 “Năm 2020 là năm mà mỗi báo cáo viên phải vừa nói, vừa làm. Có tháng chúng tôi dừng toàn bộ hoạt động tập trung, chuyển sang phát thanh 3 lần/ngày trên hệ thống loa của 14 phường”, đồng chí Trưởng ban Tuyên giáo Quận ủy Ba Đình chia sẻ.

#BaDinh #TuyenGiao #NamCuaNhungConSo

86 bình luận · 143 lượt chia sẻ
"""

D04, D05, D06, D11 = "2019-01-18", "2017-04-14", "2021-12-20", "2020-12-28"

DOCS = [
    Doc("h47_04", T04, HN, year(2018), D04, "sidecar", meta={"date": D04}, facts=[
        F("tổ chức 14.260 buổi tuyên truyền miệng", 14260, "oral_propaganda_sessions"),
        F("khoảng 1,85 triệu lượt người nghe", 1850000, "propaganda_audience", "approx"),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("hiện có 146 đồng chí", 146, "reporters", p=inst(D04)),
        F("thị xã là 1.870 đồng chí", 1870, "reporters", p=inst(D04)),
        F("quận tổ chức 728 buổi", 728, "oral_propaganda_sessions", unit=CGIAY),
        F("với 64.500 lượt người nghe", 64500, "propaganda_audience", unit=CGIAY),
        F("với 695 buổi nói chuyện", 695, "oral_propaganda_sessions", unit=HMAI),
        F("lượt người nghe đạt 58.700", 58700, "propaganda_audience", unit=HMAI),
        F("với 640 và 602 buổi", 640, "oral_propaganda_sessions", unit=DDA),
        F("với 640 và 602 buổi", 602, "oral_propaganda_sessions", unit=LBIEN),
        F("đi đầu với 1.024 nhóm Zalo", 1024, "chat_groups", unit=LBIEN,
          p=end_of(year(2018))),
        F("hiện có gần 96 nghìn thành viên", 96000, "chat_group_members", "at_most",
          unit=LBIEN, p=inst(D04)),
        F("đã có 27 trang thông tin điện tử", 27, "websites", p=inst("2018-12-31")),
        F("gửi 4.812 báo cáo tình hình dư luận", 4812, "opinion_reports"),
        F("Ban đã lập 18 đoàn kiểm tra", 18, "other"),
    ], traps=[("năm 2018 có", 2018), ("Năm 2018, hệ thống", 2018), ("tăng 11,4%", 11.4),
              ("năm 2017", 2017), ("từ 450 đến 500 đại biểu", 450),
              ("thực hiện 9 buổi", 9), ("Trong 30 quận", 30), ("mỗi phường 91 buổi", 91),
              ("xếp thứ 2", 2), ("tăng 210 buổi", 210), ("thứ 3", 3), ("thứ 4", 4),
              ("có 1 buổi", 1), ("tổ dân phố số 7", 7), ("Tính đến ngày 31/12/2018", 31),
              ("3 đơn vị còn lại", 3), ("trong đó 1.230 báo cáo", 1230),
              ("ít nhất 6 buổi", 6), ("Năm 2018, Ban", 2018), ("Năm 2019", 2019),
              ("không dưới 15.000 buổi", 15000), ("50 năm", 50), ("65 năm", 65),
              ("10/10/1954", 10), ("10/10/2019", 10)]),
    Doc("h47_05", T05, DANH, quarter(1, 2017), D05, "text", facts=[
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions"),
        F("đã mở 312 lớp", 312, "study_sessions"),
        F("với 18.650 lượt cán bộ, đảng viên", 18650, "study_attendance", a="party_members"),
        F("đạt 97,2%", 97.2, "study_participation_rate"),
        F("riêng quần chúng có 6.400 lượt tham dự", 6400, "study_attendance", a="masses"),
        F("mở 4 lớp bồi dưỡng nhận thức về Đảng", 4, "training_classes"),
        F("với 386 học viên", 386, "trainees"),
        F("với 1.950 lượt cán bộ, đảng viên dự", 1950, "study_attendance", a="party_members",
          unit=GLAM),
        F("Các chi bộ tổ chức 268 lớp", 268, "study_sessions", unit=GLAM),
        F("đạt tỷ lệ 95,9%", 95.9, "study_participation_rate", unit=GLAM),
        F("ban hành 9 văn bản", 9, "documents_issued", unit=GLAM),
        F("gần 40 buổi nói chuyện chuyên đề", 40, "oral_propaganda_sessions", "at_most",
          unit=GLAM),
        F("đã mở 96 lớp", 96, "study_sessions", unit=THO),
        F("thu hút 7.126/7.410 đảng viên", 7126, "study_attendance", a="party_members",
          unit=THO),
        F("hơn 2.000 lượt quần chúng dự nghe", 2000, "study_attendance", "at_least",
          a="masses", unit=THO),
        F("viết 6.980 bài thu hoạch", 6980, "other", unit=THO),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=THO),
        F("5 tập thể và 12 cá nhân", 12, "commended_individuals", unit=THO),
    ], traps=[("Cập nhật ngày 14-04-2017", 14), ("Trung ương 4", 4), ("Quý I năm 2017", 2017),
              ("05-CT/TW", 5), ("74 chi, đảng bộ cơ sở", 74), ("71 tuổi", 71),
              ("45 năm tuổi Đảng", 45), ("dự đủ 3 buổi", 3), ("22 điểm cầu", 22),
              ("8 đảng bộ phường", 8), ("23 chi, đảng bộ cơ sở", 23)]),
    Doc("h47_06", T06, TXUAN, year(2021), D06, "sidecar", meta={"date": D06}, facts=[
        F("tổ chức 01 hội nghị cấp quận", 1, "study_sessions"),
        F("đã mở 185 lớp", 185, "study_sessions"),
        F("với 12.760 lượt cán bộ, đảng viên", 12760, "study_attendance", a="party_members"),
        F("đạt 98,12%", 98.12, "study_participation_rate"),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D06)),
        F("12 fanpage", 12, "social_pages", p=inst(D06)),
        F("342 nhóm Zalo", 342, "chat_groups", p=inst(D06)),
        F("khoảng 41.000 thành viên", 41000, "chat_group_members", "approx", p=inst(D06)),
        F("đăng 7.850 tin, bài", 7850, "news_items"),
        F("hiện có 52 cộng tác viên", 52, "opinion_collaborators", p=inst(D06)),
        F("gửi về Ban 96 báo cáo", 96, "opinion_reports"),
        F("thu hút 23.460 lượt người dự thi", 23460, "contest_entries"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể, 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Năm 2021", 2021), ("Covid-19", 19), ("11 điểm cầu", 11),
              ("năm 2016", 2016), ("khoảng 3 điểm phần trăm", 3), ("dưới 10 người", 10),
              ("160 hộ", 160), ("trong đó 30 báo cáo", 30), ("Chỉ thị 16", 16),
              ("91 năm", 91), ("Năm 2022", 2022), ("100% tổ dân phố", 100),
              ("mở thêm 3 lớp", 3), ("120 cán bộ", 120)]),
    Doc("h47_11", T11, BDINH, year(2020), D11, "text", facts=[
        F("05 hội nghị cấp quận học tập", 5, "study_sessions"),
        F("412 lớp ở các chi bộ", 412, "study_sessions"),
        F("với 17.560 lượt cán bộ, đảng viên", 17560, "study_attendance", a="party_members"),
        F("(đạt 97,8%)", 97.8, "study_participation_rate"),
        F("Ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("285 buổi nói chuyện thời sự", 285, "oral_propaganda_sessions"),
        F("gần 21.000 lượt người dân", 21000, "propaganda_audience", "at_most", a="masses"),
        F("31.482 lượt dự thi", 31482, "contest_entries"),
        F("1.960 tin, bài, phóng sự", 1960, "news_items"),
        F("gần 48.000 người theo dõi", 48000, "propaganda_audience", "at_most", p=inst(D11)),
        F("với 24 thí sinh", 24, "contest_entries"),
        F("112 báo cáo tình hình tư tưởng", 112, "opinion_reports"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 23 cá nhân", 23, "commended_individuals"),
    ], traps=[("28 tháng 12, 2020 lúc 19:40", 28), ("NĂM 2020", 2020), ("Covid-19", 19),
              ("nhiệm kỳ 2020 – 2025", 2020), ("từ ngày 16", 16), ("18/7/2020", 18),
              ("90 năm thành lập Đảng", 90), ("130 năm", 130), ("75 năm", 75),
              ("Quốc khánh 2/9", 2), ("14 phường", 14), ("90 năm lịch sử", 90),
              ("ngày 30/11", 30), ("6 thí sinh đạt giải", 6), ("Năm 2021", 2021),
              ("100% đảng viên", 100), ("Năm 2020 là", 2020), ("3 lần/ngày", 3),
              ("86 bình luận", 86), ("143 lượt chia sẻ", 143)]),
]
