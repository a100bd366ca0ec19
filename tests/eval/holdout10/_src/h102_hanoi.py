"""Holdout10, batch 2: Hanoi districts 2016-2023 (Hai Bà Trưng, Thanh Xuân, Đông Anh, Gia Lâm,
Sóc Sơn, Nam Từ Liêm) and the city's Ban Tuyên giáo."""
from build_gold import Doc, F, U, h1, h2, inst, month, quarter, term, year

HBT, TX, NTL = U("Quận Hai Bà Trưng"), U("Quận Thanh Xuân"), U("Quận Nam Từ Liêm")
HN, DA, GL, SS = U("01"), U("Huyện Đông Anh"), U("Huyện Gia Lâm"), U("Huyện Sóc Sơn")

T06 = """
Hai Bà Trưng: Dấu ấn công tác tuyên giáo nhiệm kỳ 2015 – 2020

(Trích diễn văn khai mạc của đồng chí Bí thư Quận ủy tại Đại hội đại biểu Đảng bộ quận Hai Bà Trưng lần thứ XXV, nhiệm kỳ 2020 – 2025, ngày 16/7/2020)

Kính thưa các vị đại biểu, thưa toàn thể Đại hội!

Nhìn lại chặng đường 5 năm thực hiện Nghị quyết Đại hội XXIV, chúng ta có quyền tự hào về những gì Đảng bộ và Nhân dân quận đã làm được. Đảng bộ quận hiện có 68 tổ chức cơ sở đảng với hơn 17.000 đảng viên, lãnh đạo trên địa bàn 18 phường với gần 300 nghìn dân, nơi tập trung nhiều cơ quan Trung ương, trường đại học và bệnh viện lớn.

Trong nhiệm kỳ 2015 – 2020, công tác tuyên giáo luôn đi trước một bước. Ban Thường vụ Quận ủy đã ban hành 186 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng; các cấp ủy tổ chức 512 hội nghị học tập, quán triệt nghị quyết, chỉ thị của Đảng với gần 240 nghìn lượt cán bộ, đảng viên tham dự. Trung tâm Bồi dưỡng chính trị quận mở 206 lớp bồi dưỡng lý luận chính trị, nghiệp vụ, với trên 23.500 học viên.

Cũng trong nhiệm kỳ 2015 – 2020, chúng ta đã tổ chức thành công năm đợt sinh hoạt chính trị sâu rộng, trong đó có đợt sinh hoạt kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Ban Thường vụ Quận ủy đã khen thưởng 64 tập thể và 132 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Công tác nắm bắt dư luận xã hội được quan tâm đúng mức. Mạng lưới 124 cộng tác viên dư luận xã hội hiện có của quận đã gửi hơn 600 báo cáo tình hình dư luận xã hội trong nhiệm kỳ; nhiều báo cáo giúp cấp ủy xử lý kịp thời những vấn đề bức xúc ở các khu tập thể cũ, quanh chợ Mơ và khu đô thị Times City.

Riêng năm 2019, quận tổ chức 1.346 buổi tuyên truyền miệng, thu hút 92.000 lượt người dân, tăng 18% so với năm 2015; 6 tháng đầu năm 2020, trong điều kiện phòng, chống dịch Covid-19, trang thông tin điện tử của quận vẫn đăng tải 1.518 tin, bài.

Thưa các đồng chí! Những kết quả đó rất đáng trân trọng, nhưng chúng ta cũng phải thẳng thắn nhìn nhận: ở một số chi bộ, việc học tập nghị quyết còn hình thức; thông tin trên mạng xã hội có lúc còn bị động trước những luận điệu sai trái.

Nhiệm kỳ 2020 – 2025, Đảng bộ quận phấn đấu 100% chi bộ thảo luận nghị quyết gắn với nhiệm vụ cụ thể; hằng năm mở ít nhất 40 lớp bồi dưỡng; xây dựng 100% tổ dân phố có nhóm Zalo. Nhân dịp này, Ban Chấp hành Đảng bộ quận đề nghị Thành ủy Hà Nội tặng Bằng khen cho 5 tập thể có thành tích xuất sắc.

Chúng ta bước vào nhiệm kỳ mới trong không khí cả nước kỷ niệm 90 năm Ngày thành lập Đảng, 75 năm Cách mạng tháng Tám và Quốc khánh 2/9. Xin trân trọng cảm ơn!
"""

T07 = """
QUẬN ỦY THANH XUÂN
BAN TUYÊN GIÁO

SỐ LIỆU CÔNG TÁC TUYÊN GIÁO QUÝ II NĂM 2021
(Kèm theo Báo cáo số 57-BC/BTGQU)

Quý II năm 2021, công tác tuyên giáo của quận tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026, học tập Nghị quyết Đại hội XIII của Đảng, đồng thời phục vụ phòng, chống dịch Covid-19. Số liệu chính như sau:

1. Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XVII Đảng bộ Thành phố
- Số hội nghị: 27
- Số lượt cán bộ, đảng viên dự: 9.842
- Tỷ lệ đảng viên tham gia: 97,8%
- Số đảng viên chưa tham gia: 214 người (ốm đau, đi công tác, cách ly y tế)
- Buổi thảo luận chi bộ: 246

2. Bồi dưỡng lý luận chính trị
- Lớp bồi dưỡng: 05; học viên: 418

3. Tuyên truyền bầu cử (ngày bầu cử 23/5/2021)
- Buổi tuyên truyền miệng: 178; lượt người nghe: khoảng 26.400
- Băng rôn, khẩu hiệu, pano: 1.150
- Khu vực bỏ phiếu trên địa bàn: 92
- Tỷ lệ cử tri đi bầu: 99,72%

4. Thông tin trên không gian mạng (tính đến ngày 30/6/2021)
- Trang thông tin điện tử (quận và phường): 12
- Trang mạng xã hội chính danh: 14
- Nhóm Zalo tổ dân phố: 198; thành viên: 31.250
- Tin, bài, video đăng tải trong quý: 2.036

5. Đội ngũ và hoạt động báo cáo viên, cộng tác viên
- Báo cáo viên cấp quận: 41 người
- Hội nghị báo cáo viên: 03
- Cộng tác viên dư luận xã hội: 76; báo cáo dư luận xã hội: 13

6. Thi đua, khen thưởng
- Tập thể được khen thưởng: 9; cá nhân: 17
- Cuộc thi trắc nghiệm “Tìm hiểu về bầu cử” (Quận đoàn tổ chức): 4.575 lượt người dự thi; trao 10 giải

Ghi chú: Số liệu tổng hợp từ báo cáo của 11 phường và 48 chi, đảng bộ cơ sở; chưa kể 2.300 lượt người tham dự các hoạt động do các cơ quan Trung ương đóng trên địa bàn tổ chức. Điện thoại liên hệ: 024.3558.1236.
"""

T08 = """
Ba huyện ngoại thành chuyển biến rõ trong công tác tuyên giáo 6 tháng cuối năm 2023

(HNM) – Ngày 8/1/2024, Ban Tuyên giáo Thành ủy Hà Nội làm việc với Ban Tuyên giáo các Huyện ủy Đông Anh, Gia Lâm, Sóc Sơn về kết quả thực hiện Kế hoạch 215-KH/BTGTU trong 6 tháng cuối năm 2023.

Báo cáo tại buổi làm việc cho thấy, kế hoạch được ban hành từ tháng 6/2023 đã tạo chuyển biến ở cả ba địa phương, nhất là trong tuyên truyền về các dự án hạ tầng và giải phóng mặt bằng. Riêng Ban Tuyên giáo Thành ủy đã tổ chức 4 hội nghị báo cáo viên chuyên đề tại khu vực ngoại thành.

* Huyện Đông Anh

Sáu tháng cuối năm, Huyện ủy Đông Anh tổ chức 39 hội nghị học tập, quán triệt Kết luận 21-KL/TW và các chuyên đề của Thành ủy với 8.215 lượt cán bộ, đảng viên; số đảng viên chưa tham gia học tập dưới 4%. Huyện đẩy mạnh tuyên truyền về dự án đường Vành đai 4 – Vùng Thủ đô (tổng mức đầu tư hơn 85.800 tỷ đồng) và cầu Tứ Liên: 87 buổi tuyên truyền miệng được tổ chức tại các thôn có đất thu hồi, thu hút trên 11 nghìn lượt người dân.

Đông Anh hiện có 3 trang mạng xã hội chính danh và gần 500 nhóm Zalo thôn, tổ dân phố, trải đều ở 23 xã, 1 thị trấn.

* Huyện Gia Lâm

Gia Lâm đang tập trung xây dựng để trở thành quận vào năm 2025. Từ tháng 7 đến tháng 12/2023, Ban Tuyên giáo Huyện ủy Gia Lâm tham mưu ban hành 14 văn bản hướng dẫn; mở hai lớp tập huấn nghiệp vụ tuyên giáo cho 210 học viên là cán bộ cơ sở. Các chi bộ tổ chức 387 buổi sinh hoạt chuyên đề gắn với thảo luận nghị quyết.

Hội thi sáng tác “Gia Lâm – đất và người” thu hút 126 tác phẩm dự thi; 12 tác phẩm đoạt giải được giới thiệu trên trang thông tin điện tử của huyện.

“Chi bộ thôn tôi tháng nào cũng có 1 buổi sinh hoạt chuyên đề, bà con nghe xong về kể lại cho nhau”, ông Đỗ Văn Hùng, ở xã Bát Tràng, nói.

* Huyện Sóc Sơn

Với diện tích khoảng 305 km², Sóc Sơn là huyện rộng nhất Thủ đô. Trong 6 tháng cuối năm 2023, Huyện ủy Sóc Sơn tổ chức 6 hội nghị báo cáo viên; hiện huyện có 47 báo cáo viên và 152 cộng tác viên dư luận xã hội. Các cộng tác viên đã gửi 31 báo cáo dư luận xã hội, tập trung vào môi trường quanh Khu liên hợp xử lý chất thải Nam Sơn và tiếng ồn từ Cảng hàng không quốc tế Nội Bài (công suất 25 triệu hành khách/năm).

Huyện ủy Sóc Sơn khen thưởng 11 tập thể, 26 cá nhân có thành tích trong đợt tuyên truyền kỷ niệm 78 năm Cách mạng tháng Tám và Quốc khánh 2/9.

Phát biểu kết luận, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đề nghị năm 2024, các huyện tập trung tuyên truyền kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024), phấn đấu mỗi huyện có ít nhất 50 báo cáo viên.
"""

T09 = """
Nam Từ Liêm đẩy mạnh học tập Nghị quyết Trung ương 4 khóa XII

Ngày 30/11/2016, Ban Tuyên giáo Quận ủy Nam Từ Liêm cho biết, trong tháng 11/2016, các cấp ủy trên địa bàn quận đã tổ chức 10 hội nghị học tập, quán triệt Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng, với 3.154 lượt cán bộ, đảng viên tham dự; tỷ lệ cán bộ, đảng viên tham gia đạt 94,6%.

Nam Từ Liêm là quận mới, chính thức hoạt động từ ngày 1/4/2014, gồm 10 phường với hơn 230 nghìn dân. Sau hội nghị tập trung, các chi bộ đã tổ chức 152 buổi thảo luận, liên hệ nghị quyết với thực tế từng tổ dân phố. Nhiều chi bộ khu đô thị ở phường Mỹ Đình 1, Mỹ Đình 2 sinh hoạt vào buổi tối để đảng viên làm việc tại doanh nghiệp có thể dự đầy đủ.

Trong tháng, quận tổ chức một hội nghị báo cáo viên, thông tin về tình hình Biển Đông và kết quả Hội nghị cấp cao APEC lần thứ 24. Cổng thông tin điện tử quận đăng 164 tin, bài về học tập nghị quyết. Ban Tuyên giáo Quận ủy cũng tổng hợp 4 báo cáo dư luận xã hội gửi Thường trực Quận ủy.

Để phục vụ học tập, UBND quận hỗ trợ kinh phí 35 triệu đồng in 2.500 cuốn tài liệu hỏi – đáp về Nghị quyết, mỗi cuốn dày 52 trang.

Tháng 12, quận sẽ tổ chức tổng kết công tác tuyên giáo năm 2016, dự kiến khen thưởng 20 tập thể và 35 cá nhân. Đường dây nóng tiếp nhận phản ánh của Ban Tuyên giáo Quận ủy: 0912 345 678.
"""

D06, D07, D08, D09 = "2020-07-16", "2021-07-06", "2024-01-08", "2016-11-30"
TX_END = inst("2021-06-30")

DOCS = [
    Doc("h10_06_haibatrung_2020", T06, HBT, term(2015, 2020), D06, "text", facts=[
        F("ban hành 186 văn bản lãnh đạo", 186, "documents_issued"),
        F("tổ chức 512 hội nghị học tập, quán triệt", 512, "study_sessions"),
        F("gần 240 nghìn lượt cán bộ, đảng viên", 240000, "study_attendance", "at_most",
          a="party_members"),
        F("mở 206 lớp bồi dưỡng lý luận chính trị", 206, "training_classes"),
        F("trên 23.500 học viên", 23500, "trainees", "at_least"),
        F("thành công năm đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("khen thưởng 64 tập thể", 64, "commended_collectives"),
        F("64 tập thể và 132 cá nhân", 132, "commended_individuals"),
        F("Mạng lưới 124 cộng tác viên", 124, "opinion_collaborators", p=inst(D06)),
        F("hơn 600 báo cáo tình hình dư luận xã hội", 600, "opinion_reports", "at_least"),
        F("tổ chức 1.346 buổi tuyên truyền miệng", 1346, "oral_propaganda_sessions",
          p=year(2019)),
        F("thu hút 92.000 lượt người dân", 92000, "propaganda_audience", a="masses",
          p=year(2019)),
        F("vẫn đăng tải 1.518 tin, bài", 1518, "news_items", p=h1(2020)),
    ], traps=[("lần thứ XXV", 25), ("nhiệm kỳ 2020 – 2025", 2020),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("ngày 16/7/2020", 16),
              ("nhiệm kỳ 2015 – 2020", 2015), ("5 năm", 5), ("Đại hội XXIV", 24),
              ("68 tổ chức cơ sở đảng", 68), ("hơn 17.000 đảng viên", 17000),
              ("18 phường", 18), ("gần 300 nghìn dân", 300000), ("50 năm", 50),
              ("tăng 18%", 18), ("so với năm 2015", 2015), ("Covid-19", 19),
              ("100% chi bộ", 100), ("ít nhất 40 lớp", 40), ("100% tổ dân phố", 100),
              ("cho 5 tập thể", 5), ("90 năm", 90), ("75 năm", 75), ("Quốc khánh 2/9", 2)]),
    Doc("h10_07_thanhxuan_2021", T07, TX, quarter(2, 2021), D07, "sidecar",
        meta={"date": D07}, facts=[
        F("- Số hội nghị: 27", 27, "study_sessions"),
        F("Số lượt cán bộ, đảng viên dự: 9.842", 9842, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 97,8%", 97.8, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 214 người", 214, "other"),
        F("Buổi thảo luận chi bộ: 246", 246, "party_cell_discussions"),
        F("Lớp bồi dưỡng: 05", 5, "training_classes"),
        F("học viên: 418", 418, "trainees"),
        F("Buổi tuyên truyền miệng: 178", 178, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 26.400", 26400, "propaganda_audience", "approx"),
        F("Băng rôn, khẩu hiệu, pano: 1.150", 1150, "other"),
        F("Trang thông tin điện tử (quận và phường): 12", 12, "websites", p=TX_END),
        F("Trang mạng xã hội chính danh: 14", 14, "social_pages", p=TX_END),
        F("Nhóm Zalo tổ dân phố: 198", 198, "chat_groups", p=TX_END),
        F("thành viên: 31.250", 31250, "chat_group_members", p=TX_END),
        F("Tin, bài, video đăng tải trong quý: 2.036", 2036, "news_items"),
        F("Báo cáo viên cấp quận: 41 người", 41, "reporters", p=TX_END),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Cộng tác viên dư luận xã hội: 76", 76, "opinion_collaborators", p=TX_END),
        F("báo cáo dư luận xã hội: 13", 13, "opinion_reports"),
        F("Tập thể được khen thưởng: 9", 9, "commended_collectives"),
        F("cá nhân: 17", 17, "commended_individuals"),
        F("4.575 lượt người dự thi", 4575, "contest_entries"),
    ], traps=[("số 57-BC/BTGQU", 57), ("khóa XV", 15), ("nhiệm kỳ 2021 – 2026", 2021),
              ("Covid-19", 19), ("23/5/2021", 23), ("Khu vực bỏ phiếu trên địa bàn: 92", 92),
              ("99,72%", 99.72), ("ngày 30/6/2021", 30), ("trao 10 giải", 10),
              ("11 phường", 11), ("48 chi, đảng bộ cơ sở", 48), ("chưa kể 2.300 lượt", 2300),
              ("024.3558.1236", 24)]),
    Doc("h10_08_ngoaithanh_hn_2023", T08, HN, h2(2023), D08, "text", facts=[
        F("tổ chức 4 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("tổ chức 39 hội nghị học tập, quán triệt", 39, "study_sessions", unit=DA),
        F("với 8.215 lượt cán bộ, đảng viên", 8215, "study_attendance", a="party_members",
          unit=DA),
        F("chưa tham gia học tập dưới 4%", 4, "other", "at_most", unit=DA),
        F("87 buổi tuyên truyền miệng", 87, "oral_propaganda_sessions", unit=DA),
        F("trên 11 nghìn lượt người dân", 11000, "propaganda_audience", "at_least",
          a="masses", unit=DA),
        F("hiện có 3 trang mạng xã hội", 3, "social_pages", unit=DA, p=inst(D08)),
        F("gần 500 nhóm Zalo", 500, "chat_groups", "at_most", unit=DA, p=inst(D08)),
        F("ban hành 14 văn bản hướng dẫn", 14, "documents_issued", unit=GL),
        F("mở hai lớp tập huấn", 2, "training_classes", unit=GL),
        F("cho 210 học viên", 210, "trainees", unit=GL),
        F("tổ chức 387 buổi sinh hoạt chuyên đề", 387, "party_cell_discussions", unit=GL),
        F("thu hút 126 tác phẩm dự thi", 126, "contest_entries", unit=GL),
        F("tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences", unit=SS),
        F("có 47 báo cáo viên", 47, "reporters", unit=SS, p=inst(D08)),
        F("152 cộng tác viên dư luận xã hội", 152, "opinion_collaborators", unit=SS,
          p=inst(D08)),
        F("đã gửi 31 báo cáo dư luận xã hội", 31, "opinion_reports", unit=SS),
        F("khen thưởng 11 tập thể", 11, "commended_collectives", unit=SS),
        F("11 tập thể, 26 cá nhân", 26, "commended_individuals", unit=SS),
    ], traps=[("Ngày 8/1/2024", 8), ("Kế hoạch 215-KH/BTGTU", 215), ("tháng 6/2023", 6),
              ("cả ba địa phương", 3), ("21-KL/TW", 21), ("Vành đai 4", 4),
              ("hơn 85.800 tỷ đồng", 85800), ("23 xã", 23), ("1 thị trấn", 1),
              ("vào năm 2025", 2025), ("Từ tháng 7 đến tháng 12/2023", 7),
              ("12 tác phẩm đoạt giải", 12), ("1 buổi sinh hoạt", 1),
              ("khoảng 305 km²", 305), ("25 triệu hành khách/năm", 25000000),
              ("78 năm", 78), ("Quốc khánh 2/9", 2), ("năm 2024", 2024), ("70 năm", 70),
              ("10/10/1954", 10), ("10/10/2024", 10), ("ít nhất 50 báo cáo viên", 50)]),
    Doc("h10_09_namtuliem_2016", T09, NTL, month(11, 2016), D09, "text", facts=[
        F("tổ chức 10 hội nghị học tập, quán triệt", 10, "study_sessions"),
        F("với 3.154 lượt cán bộ, đảng viên", 3154, "study_attendance", a="party_members"),
        F("tham gia đạt 94,6%", 94.6, "study_participation_rate"),
        F("đã tổ chức 152 buổi thảo luận", 152, "party_cell_discussions"),
        F("tổ chức một hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("đăng 164 tin, bài", 164, "news_items"),
        F("tổng hợp 4 báo cáo dư luận xã hội", 4, "opinion_reports"),
        F("kinh phí 35 triệu đồng", 35000000, "other"),
        F("in 2.500 cuốn", 2500, "other"),
    ], traps=[("Trung ương 4", 4), ("Ngày 30/11/2016", 30), ("tháng 11/2016", 11),
              ("ngày 1/4/2014", 1), ("10 phường", 10), ("hơn 230 nghìn dân", 230000),
              ("Mỹ Đình 1", 1), ("Mỹ Đình 2", 2), ("lần thứ 24", 24),
              ("mỗi cuốn dày 52 trang", 52), ("Tháng 12", 12), ("năm 2016", 2016),
              ("20 tập thể", 20), ("35 cá nhân", 35), ("0912 345 678", 912)]),
]
