"""Holdout11, batch 3: city level (Ban Tuyên giáo Thành ủy TP.HCM 2018, Ban Tuyên giáo và Dân
vận Thành ủy Hà Nội 2025) and wards after 2025-07-01 (Bảy Hiền; Tây Hồ, Phú Thượng, Bát
Tràng)."""
from build_gold import Doc, F, U, W, end_of, inst, m9, month, quarter, since

HCM, HN = U("Thành phố Hồ Chí Minh"), U("Thành phố Hà Nội")
BH = W("Phường Bảy Hiền", "79")
TH, PT, BTR = W("Phường Tây Hồ", "01"), W("Phường Phú Thượng", "01"), W("Xã Bát Tràng", "01")

T09 = """
THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH
BAN TUYÊN GIÁO
Số 1247-BC/BTGTU
TP. Hồ Chí Minh, ngày 08 tháng 10 năm 2018

BÁO CÁO
Sơ kết công tác tuyên giáo 9 tháng đầu năm 2018
và nhiệm vụ trọng tâm 3 tháng cuối năm 2018

I. KẾT QUẢ CÔNG TÁC TUYÊN GIÁO 9 THÁNG ĐẦU NĂM 2018

1. Công tác tham mưu, hướng dẫn
Ban Tuyên giáo Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành 31 văn bản về công tác chính trị, tư tưởng; ban hành theo thẩm quyền 58 văn bản hướng dẫn các cấp ủy trực thuộc.

2. Học tập, quán triệt nghị quyết
Các cấp ủy tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 7 khóa XII và Nghị quyết số 54/2017/QH14 của Quốc hội về thí điểm cơ chế, chính sách đặc thù phát triển Thành phố. Kết quả:
- Số lớp: 5.486, tăng 214 lớp so với cùng kỳ năm 2017;
- Số lượt cán bộ, đảng viên dự: 398.560; tỷ lệ đảng viên tham gia đạt 96,55%;
- Số lượt quần chúng dự: 121.305.
Trường Cán bộ Thành phố và các Trung tâm Bồi dưỡng chính trị quận, huyện mở 612 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 58.940 học viên.

3. Công tác tuyên truyền
- Đội ngũ báo cáo viên Thành ủy hiện có 142 đồng chí; 9 tháng, Ban tổ chức 9 hội nghị báo cáo viên thành phố theo hình thức trực tiếp kết hợp trực tuyến, mỗi hội nghị có gần 900 báo cáo viên, tuyên truyền viên các cấp dự.
- Thành ủy triển khai 2 đợt sinh hoạt chính trị về xây dựng văn hóa, con người Thành phố Hồ Chí Minh văn minh, hiện đại, nghĩa tình.
- Hội thi Báo cáo viên giỏi Thành phố năm 2018 có 48 thí sinh của 24 quận, huyện và các đảng bộ trực thuộc; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba. Kinh phí tổ chức hội thi 350 triệu đồng.
- Trang thông tin điện tử Đảng bộ Thành phố đăng 4.917 tin, bài; fanpage “Tuyên giáo TP.HCM” có hơn 65.000 người theo dõi.
- Lượt người tiếp cận các sản phẩm tuyên truyền trên mạng xã hội: khoảng 2,4 triệu.

4. Công tác dư luận xã hội
Mạng lưới cộng tác viên dư luận xã hội toàn thành phố hiện có 2.874 người. Ban tổng hợp 39 báo cáo tình hình tư tưởng, dư luận xã hội gửi Thường trực Thành ủy và Ban Tuyên giáo Trung ương. Kết quả thăm dò cho thấy 86,5% người được hỏi đồng tình với chủ trương xây dựng chính quyền đô thị. Thành phố hiện có hơn 8,6 triệu dân nên việc nắm bắt dư luận phải được tiến hành thường xuyên, bằng nhiều kênh.

5. Công tác thi đua, khen thưởng
Ban Thường vụ Thành ủy tặng bằng khen cho 35 tập thể, 52 cá nhân có thành tích xuất sắc trong thực hiện Chỉ thị 05-CT/TW; Thành ủy đề nghị Trung ương tặng Huân chương Lao động hạng Ba cho 2 tập thể.

II. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2018
1. Tổ chức 3 hội nghị báo cáo viên thành phố; mở 150 lớp bồi dưỡng lý luận chính trị.
2. Tuyên truyền kỷ niệm 88 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2018).
3. Chuẩn bị sơ kết 3 năm thực hiện Nghị quyết Đại hội X Đảng bộ Thành phố.
4. Phấn đấu 100% cấp ủy hoàn thành học tập Nghị quyết Trung ương 8 khóa XII.

Nơi nhận:
- Ban Tuyên giáo Trung ương (để báo cáo);
- Thường trực Thành ủy;
- Lưu VT.

(Báo cáo dày 11 trang, kèm 4 phụ lục.)
"""

T10 = """
BẢN TIN CÔNG TÁC TUYÊN GIÁO VÀ DÂN VẬN
Ban Tuyên giáo và Dân vận Thành ủy Hà Nội
Số 03 – Tháng 3/2025
Hà Nội, ngày 02/4/2025

■ HỌC TẬP, QUÁN TRIỆT
Trong tháng 3, Ban Tuyên giáo và Dân vận Thành ủy phối hợp tổ chức hội nghị trực tuyến toàn thành phố quán triệt Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư và các văn bản của Trung ương về tiếp tục tổng kết Nghị quyết số 18-NQ/TW, với khoảng 52.000 cán bộ, đảng viên dự. Sau hội nghị, các đảng bộ trực thuộc Thành ủy tổ chức tiếp 412 hội nghị ở cơ sở. Tỷ lệ cán bộ, đảng viên tham gia học tập đạt 98,3%.

■ THÁNG THANH NIÊN
Hưởng ứng Tháng Thanh niên năm 2025, Thành đoàn Hà Nội phát động cuộc thi trực tuyến “Thanh niên Thủ đô với chuyển đổi số”; sau 3 tuần đã có 41.205 lượt đoàn viên, thanh niên dự thi. Thành đoàn cũng tổ chức 86 buổi nói chuyện chuyên đề về lý tưởng cách mạng tại các trường đại học, cao đẳng, với hơn 27.000 lượt đoàn viên tham dự.

■ TUYÊN TRUYỀN CÁC NGÀY LỄ LỚN
Ban đã ban hành 6 văn bản hướng dẫn tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025) và 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2025). Fanpage “Tuyên giáo Thủ đô” đăng 318 tin, bài, infographic; lượt tiếp cận ước đạt 1,8 triệu.

■ BÁO CÁO VIÊN
Trong tháng, Ban tổ chức 2 hội nghị báo cáo viên Thành ủy (thường kỳ và chuyên đề). Đội ngũ báo cáo viên Thành ủy hiện có 96 đồng chí.

■ DƯ LUẬN XÃ HỘI
Ban tổng hợp 7 báo cáo nhanh dư luận xã hội về việc sắp xếp đơn vị hành chính cấp xã. Theo phương án trình Thành ủy, Hà Nội sẽ giảm từ 526 xã, phường, thị trấn xuống còn 126 đơn vị hành chính cấp xã, không tổ chức cấp huyện. Cán bộ, đảng viên và nhân dân cơ bản đồng thuận; một số ý kiến đề nghị giữ tên gọi gắn với các địa danh lịch sử.

■ BỒI DƯỠNG, KHEN THƯỞNG
Trường Đào tạo cán bộ Lê Hồng Phong khai giảng 5 lớp bồi dưỡng kiến thức quốc phòng, an ninh và nghiệp vụ công tác dân vận cho 640 học viên. Ban Thường vụ Thành ủy tặng bằng khen cho 20 tập thể, 35 cá nhân có thành tích xuất sắc trong tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2025).

■ LỊCH THÁNG 4
Ngày 10/4: Hội nghị báo cáo viên Thành ủy tháng 4; dự kiến tổ chức 3 hội nghị trực tuyến quán triệt nghị quyết về sắp xếp đơn vị hành chính.
Đường dây nóng của Ban: 024.3825.4421.
"""

T11 = """
Phường Bảy Hiền: Tuyên truyền về chính quyền hai cấp đến từng khu phố

Cập nhật 19/11/2025 09:40

Từ ngày 1/7/2025, Phường Bảy Hiền chính thức hoạt động theo mô hình chính quyền địa phương hai cấp. Phường được thành lập trên cơ sở Phường 10, Phường 11 và Phường 12 của quận Tân Bình trước đây, có 64 khu phố với hơn 110 nghìn dân.

Đến nay, Đảng ủy phường đã ban hành 27 văn bản lãnh đạo, chỉ đạo công tác tư tưởng; tổ chức 3 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030 và Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, với 4.870 lượt đảng viên tham dự, đạt tỷ lệ 98,1%.

Ban Xây dựng Đảng Đảng ủy phường phối hợp Ủy ban Mặt trận Tổ quốc phường tổ chức 41 buổi nói chuyện chuyên đề về tổ chức bộ máy mới, thủ tục hành chính tại phường, thu hút 3.900 lượt người dân. Các chi bộ khu phố tổ chức 192 cuộc thảo luận về nâng cao chất lượng sinh hoạt chi bộ sau sắp xếp.

“Hồi đầu tháng 7 tôi lo lắm, không biết làm giấy tờ ở đâu. Giờ lên phường chỉ mất 1 buổi sáng là xong, cán bộ còn hướng dẫn cài ứng dụng”, bà Đỗ Thị Mai, 63 tuổi, ngụ khu phố 27, cho biết.

Ảnh: 3 cán bộ Bộ phận Một cửa phường Bảy Hiền hướng dẫn người dân làm thủ tục.

Trên không gian mạng, phường duy trì 71 nhóm Zalo khu phố, hiện có hơn 38.000 thành viên; fanpage “Phường Bảy Hiền” có gần 12.000 người theo dõi, đã đăng 936 tin, bài, video clip. Mạng lưới 30 cộng tác viên dư luận xã hội của phường gửi 11 báo cáo tình hình dư luận, tập trung vào việc giải quyết hồ sơ đất đai và trật tự đô thị quanh chợ Phạm Văn Hai.

Hội thi “Tìm hiểu về chính quyền địa phương 2 cấp” do Đoàn Thanh niên phường tổ chức nhận 1.412 bài dự thi; 12 bài đạt giải. Dịp tổng kết đợt thi đua cao điểm chào mừng Đại hội Đảng bộ Thành phố, Đảng ủy phường đã khen thưởng 10 tập thể, 18 cá nhân.

Từ nay đến cuối năm 2025, phường phấn đấu 100% chi bộ khu phố có nhóm Zalo riêng và tổ chức thêm 8 buổi đối thoại giữa lãnh đạo phường với người dân.
"""

T12 = """
Phường Tây Hồ, phường Phú Thượng, xã Bát Tràng: Tuyên truyền bầu cử sát từng tổ dân phố, thôn

Cập nhật 09/04/2026 10:25

Quý I năm 2026, công tác tuyên giáo ở cơ sở tập trung vào tuyên truyền Nghị quyết Đại hội XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026. Hànộimới ghi nhận tại ba đơn vị.

PHƯỜNG TÂY HỒ: Mỗi tổ dân phố một “điểm tuyên truyền”

Trong quý I, Đảng ủy phường Tây Hồ tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 1.936 lượt đảng viên, tỷ lệ tham gia đạt 98,4%. Phường tổ chức 38 buổi tuyên truyền về bầu cử tại tổ dân phố, treo 850 băng rôn, cờ phướn dọc đường Âu Cơ, Lạc Long Quân. Để thuận tiện cho cử tri, phường chia địa bàn thành 21 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,71%.

Quanh Hồ Tây rộng hơn 500 ha có nhiều khu lưu trú của người nước ngoài, vì vậy phường biên soạn tài liệu hỏi – đáp về bầu cử bằng tiếng Anh, in 1.500 cuốn. Ban Xây dựng Đảng Đảng ủy phường tổng hợp 6 báo cáo dư luận xã hội về công tác bầu cử.

PHƯỜNG PHÚ THƯỢNG: Nói chuyện ngay tại khu đô thị

Phường Phú Thượng có Khu đô thị Nam Thăng Long với gần 20 nghìn cư dân. Trong quý, phường tổ chức 14 buổi nói chuyện tại nhà sinh hoạt cộng đồng các khu đô thị, thu hút 2.100 lượt cư dân. Phường vận hành 2 trang fanpage chính danh và 47 nhóm Zalo tổ dân phố; tính đến ngày 31/3/2026, các nhóm có 9.420 thành viên.

“Lễ hội hoa đào Nhật Tân năm nay là lần thứ 3 phường tổ chức, chúng tôi lồng ghép luôn 5 pano tuyên truyền bầu cử ở lối vào”, ông Nguyễn Hữu Phúc, Phó Bí thư Đảng ủy phường Phú Thượng cho biết. Đảng ủy phường đã khen thưởng 7 tập thể, 11 cá nhân có thành tích trong công tác bầu cử.

XÃ BÁT TRÀNG: Tuyên truyền ở làng nghề

Xã Bát Tràng được thành lập trên cơ sở sáp nhập một số xã ven sông Hồng của huyện Gia Lâm trước đây. Làng gốm có lịch sử hơn 600 năm, trong quý đón hơn 180 nghìn lượt khách tham quan. Trong quý I, Đảng ủy xã mở 2 lớp bồi dưỡng kỹ năng tuyên truyền cho 96 học viên là trưởng thôn, chi hội trưởng; 1.182/1.204 đảng viên của xã đã học tập Nghị quyết Đại hội XIV. Các chi bộ thôn tổ chức 54 buổi thảo luận về trách nhiệm của đảng viên, cử tri trong bầu cử. Đài truyền thanh xã phát 72 bản tin bầu cử.

“Xưởng nhà tôi có 12 thợ, sáng 15/3 cả xưởng nghỉ lò để đi bầu rồi mới làm”, ông Lê Văn Tám, chủ một xưởng gốm ở thôn Giang Cao, kể.

Quý II, các đơn vị sẽ tổ chức hội nghị tổng kết công tác bầu cử và dự kiến mở thêm 4 lớp bồi dưỡng cho tổ trưởng tổ dân phố.
"""

D09, D10, D11, D12 = "2018-10-08", "2025-04-02", "2025-11-19", "2026-04-09"
P09, P10, P12 = m9(2018), month(3, 2025), quarter(1, 2026)
P11 = since("2025-07-01", D11)

DOCS = [
    Doc("h11_09_btgtu_hcm_2018", T09, HCM, P09, D09, "text", facts=[
        F("ban hành 31 văn bản", 31, "documents_issued"),
        F("ban hành theo thẩm quyền 58 văn bản", 58, "documents_issued"),
        F("- Số lớp: 5.486", 5486, "study_sessions"),
        F("Số lượt cán bộ, đảng viên dự: 398.560", 398560, "study_attendance",
          a="party_members"),
        F("tham gia đạt 96,55%", 96.55, "study_participation_rate"),
        F("Số lượt quần chúng dự: 121.305", 121305, "study_attendance", a="masses"),
        F("mở 612 lớp bồi dưỡng", 612, "training_classes"),
        F("với 58.940 học viên", 58940, "trainees"),
        F("hiện có 142 đồng chí", 142, "reporters", p=inst(D09)),
        F("tổ chức 9 hội nghị báo cáo viên", 9, "reporter_conferences"),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("có 48 thí sinh", 48, "contest_entries"),
        F("Kinh phí tổ chức hội thi 350 triệu đồng", 350000000, "other"),
        F("đăng 4.917 tin, bài", 4917, "news_items"),
        F("hơn 65.000 người theo dõi", 65000, "propaganda_audience", "at_least", p=inst(D09)),
        F("trên mạng xã hội: khoảng 2,4 triệu", 2400000, "propaganda_audience", "approx"),
        F("hiện có 2.874 người", 2874, "opinion_collaborators", p=inst(D09)),
        F("tổng hợp 39 báo cáo tình hình tư tưởng", 39, "opinion_reports"),
        F("cho 35 tập thể", 35, "commended_collectives"),
        F("35 tập thể, 52 cá nhân", 52, "commended_individuals"),
    ], traps=[("Số 1247-BC/BTGTU", 1247), ("ngày 08 tháng 10 năm 2018", 8),
              ("3 tháng cuối năm 2018", 3), ("3 THÁNG CUỐI NĂM 2018", 3),
              ("Trung ương 7", 7), ("khóa XII", 12), ("Nghị quyết số 54/2017/QH14", 54),
              ("tăng 214 lớp", 214), ("cùng kỳ năm 2017", 2017),
              ("gần 900 báo cáo viên", 900), ("24 quận, huyện", 24), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("3 giải Ba", 3), ("86,5% người được hỏi", 86.5),
              ("hơn 8,6 triệu dân", 8600000), ("05-CT/TW", 5), ("cho 2 tập thể", 2),
              ("Tổ chức 3 hội nghị báo cáo viên", 3), ("mở 150 lớp", 150), ("88 năm", 88),
              ("20/10/1930", 20), ("20/10/2018", 20), ("sơ kết 3 năm", 3),
              ("Đại hội X", 10), ("100% cấp ủy", 100), ("Trung ương 8", 8),
              ("dày 11 trang", 11), ("4 phụ lục", 4),
              ("1. Công tác tham mưu", 1), ("2. Học tập, quán triệt", 2),
              ("3. Công tác tuyên truyền", 3), ("4. Công tác dư luận", 4),
              ("5. Công tác thi đua", 5), ("1. Tổ chức", 1), ("2. Tuyên truyền kỷ niệm", 2),
              ("3. Chuẩn bị", 3), ("4. Phấn đấu", 4)]),
    Doc("h11_10_btgdv_hanoi_2025_03", T10, HN, P10, D10, "text", facts=[
        F("khoảng 52.000 cán bộ, đảng viên", 52000, "study_attendance", "approx",
          a="party_members"),
        F("tổ chức tiếp 412 hội nghị", 412, "study_sessions"),
        F("học tập đạt 98,3%", 98.3, "study_participation_rate"),
        F("41.205 lượt đoàn viên, thanh niên dự thi", 41205, "contest_entries"),
        F("tổ chức 86 buổi nói chuyện", 86, "oral_propaganda_sessions"),
        F("hơn 27.000 lượt đoàn viên", 27000, "propaganda_audience", "at_least", a="masses"),
        F("ban hành 6 văn bản", 6, "documents_issued"),
        F("đăng 318 tin, bài", 318, "news_items"),
        F("lượt tiếp cận ước đạt 1,8 triệu", 1800000, "propaganda_audience", "approx"),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("hiện có 96 đồng chí", 96, "reporters", p=inst(D10)),
        F("tổng hợp 7 báo cáo nhanh dư luận xã hội", 7, "opinion_reports"),
        F("khai giảng 5 lớp bồi dưỡng", 5, "training_classes"),
        F("cho 640 học viên", 640, "trainees"),
        F("cho 20 tập thể", 20, "commended_collectives"),
        F("20 tập thể, 35 cá nhân", 35, "commended_individuals"),
    ], traps=[("Số 03", 3), ("ngày 02/4/2025", 2), ("127-KL/TW", 127),
              ("ngày 28/2/2025", 28), ("18-NQ/TW", 18), ("Tháng Thanh niên năm 2025", 2025),
              ("sau 3 tuần", 3), ("50 năm", 50), ("30/4/1975", 30), ("30/4/2025", 30),
              ("135 năm", 135), ("19/5/1890", 19), ("19/5/2025", 19),
              ("526 xã, phường, thị trấn", 526), ("126 đơn vị hành chính cấp xã", 126),
              ("95 năm", 95), ("3/2/1930", 3), ("3/2/2025", 3), ("Ngày 10/4", 10),
              ("3 hội nghị trực tuyến", 3), ("024.3825.4421", 24)]),
    Doc("h11_11_bayhien_2025", T11, BH, P11, D11, "text", facts=[
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("tổ chức 3 hội nghị học tập", 3, "study_sessions"),
        F("với 4.870 lượt đảng viên", 4870, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 98,1%", 98.1, "study_participation_rate"),
        F("tổ chức 41 buổi nói chuyện", 41, "oral_propaganda_sessions"),
        F("thu hút 3.900 lượt người dân", 3900, "propaganda_audience", a="masses"),
        F("tổ chức 192 cuộc thảo luận", 192, "party_cell_discussions"),
        F("duy trì 71 nhóm Zalo", 71, "chat_groups", p=end_of(P11)),
        F("hiện có hơn 38.000 thành viên", 38000, "chat_group_members", "at_least",
          p=inst(D11)),
        F("gần 12.000 người theo dõi", 12000, "propaganda_audience", "at_most", p=inst(D11)),
        F("đã đăng 936 tin, bài", 936, "news_items"),
        F("Mạng lưới 30 cộng tác viên", 30, "opinion_collaborators", p=end_of(P11)),
        F("gửi 11 báo cáo tình hình dư luận", 11, "opinion_reports"),
        F("nhận 1.412 bài dự thi", 1412, "contest_entries"),
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể, 18 cá nhân", 18, "commended_individuals"),
    ], traps=[("Cập nhật 19/11/2025", 19), ("Từ ngày 1/7/2025", 1), ("Phường 10", 10),
              ("Phường 11", 11), ("Phường 12", 12), ("64 khu phố", 64),
              ("hơn 110 nghìn dân", 110000), ("lần thứ I", 1), ("nhiệm kỳ 2025 – 2030", 2025),
              ("đầu tháng 7", 7), ("mất 1 buổi sáng", 1), ("63 tuổi", 63),
              ("khu phố 27", 27), ("Ảnh: 3 cán bộ", 3), ("2 cấp", 2),
              ("12 bài đạt giải", 12), ("cuối năm 2025", 2025), ("100% chi bộ", 100),
              ("thêm 8 buổi", 8)]),
    Doc("h11_12_tayho_phuthuong_battrang_2026", T12, TH, P12, D12, "text", facts=[
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
        F("cho 1.936 lượt đảng viên", 1936, "study_attendance", a="party_members"),
        F("tham gia đạt 98,4%", 98.4, "study_participation_rate"),
        F("tổ chức 38 buổi tuyên truyền", 38, "oral_propaganda_sessions"),
        F("treo 850 băng rôn", 850, "other"),
        F("in 1.500 cuốn", 1500, "other"),
        F("tổng hợp 6 báo cáo dư luận xã hội", 6, "opinion_reports"),
        F("tổ chức 14 buổi nói chuyện", 14, "oral_propaganda_sessions", unit=PT),
        F("thu hút 2.100 lượt cư dân", 2100, "propaganda_audience", a="masses", unit=PT),
        F("vận hành 2 trang fanpage", 2, "social_pages", unit=PT, p=end_of(P12)),
        F("47 nhóm Zalo", 47, "chat_groups", unit=PT, p=end_of(P12)),
        F("các nhóm có 9.420 thành viên", 9420, "chat_group_members", unit=PT,
          p=inst("2026-03-31")),
        F("lồng ghép luôn 5 pano", 5, "other", unit=PT),
        F("khen thưởng 7 tập thể", 7, "commended_collectives", unit=PT),
        F("7 tập thể, 11 cá nhân", 11, "commended_individuals", unit=PT),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=BTR),
        F("cho 96 học viên", 96, "trainees", unit=BTR),
        F("1.182/1.204 đảng viên", 1182, "study_attendance", a="party_members", unit=BTR),
        F("tổ chức 54 buổi thảo luận", 54, "party_cell_discussions", unit=BTR),
        F("phát 72 bản tin", 72, "news_items", unit=BTR),
    ], traps=[("Cập nhật 09/04/2026", 9), ("Đại hội XIV", 14), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("21 khu vực bỏ phiếu", 21), ("99,71%", 99.71), ("hơn 500 ha", 500),
              ("gần 20 nghìn cư dân", 20000), ("ngày 31/3/2026", 31), ("lần thứ 3", 3),
              ("hơn 600 năm", 600), ("hơn 180 nghìn lượt khách", 180000),
              ("có 12 thợ", 12), ("sáng 15/3", 15), ("thêm 4 lớp", 4)]),
]
