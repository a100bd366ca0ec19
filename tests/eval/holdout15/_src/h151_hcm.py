"""Fifteenth held-out set (holdout15), part 1: Ho Chi Minh City districts, 2016-2023.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only) and the seeds, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h15_01: a lettered sub-heading ("a) Nghị quyết Đại hội XII ...") under a numbered heading
  about học tập, quán triệt is the lead-in of the list lines below it, like a numbered one.
  A subset given with its own dated span ("riêng đợt cao điểm ... (từ ngày 15/4 đến
  21/5/2016) có 96 buổi") is a fact of that span. The hội nghị of Thành ủy whose date opens
  the TW4 sentence is another body's event: the district's own conference keeps the year.
  The "12 trang thông tin điện tử của xã, thị trấn" are websites (a stock at the document
  date, "hiện huyện có"), not the communes themselves.
- h15_02: a fanpage post; the footer line of reactions, comments and shares is the post's
  own engagement, not a result of the quarter's work (traps). "16/16 phường" having Zalo
  groups counts administrative units (trap); the page's followers are an instant at the post
  stamp.
- h15_03: the sidecar date; the text holds no full date. "Tính đến cuối tháng 9/2022" dates
  the stocks of its clause to 2022-09-30. "Từ tháng 3/2022 đến nay" opens a flow running to
  the document date. Vehicle runs of the loudspeaker car are `other`.
- h15_04: an interview whose answers are the official's, so their figures are the unit's.
  The article's period is "từ đầu năm 2023 đến nay" (lead paragraph); "Đội ngũ 72 báo cáo
  viên" with no marker is an instant at that period's end (the document date).
"""
from build_gold import Doc, F, U, end_of, inst, m9, quarter, since, year

HOCMON, Q8 = U("Huyện Hóc Môn"), U("Quận 8")
Q10, PHUNHUAN, CANGIO = U("Quận 10"), U("Quận Phú Nhuận"), U("Huyện Cần Giờ")
THUDUC = U("Thành phố Thủ Đức")

# ---------------------------------------------------------------------------------------------
T01 = """
HUYỆN ỦY HÓC MÔN                                   ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
        *                                  Hóc Môn, ngày 16 tháng 12 năm 2016
Số 94-BC/BTGHU

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2016,
phương hướng, nhiệm vụ năm 2017
-----

Thực hiện Công văn số 1125-CV/BTGTU ngày 21/11/2016 của Ban Tuyên giáo Thành ủy về việc báo cáo tổng kết năm, Ban Tuyên giáo Huyện ủy Hóc Môn báo cáo kết quả công tác tuyên giáo năm 2016 như sau:

I. ĐẶC ĐIỂM TÌNH HÌNH

Hóc Môn là huyện ngoại thành phía Tây Bắc Thành phố, gồm 11 xã và 1 thị trấn, dân số trên 420.000 người, trong đó khoảng 40% là người nhập cư; Đảng bộ huyện có 61 tổ chức cơ sở đảng với hơn 5.300 đảng viên. Năm 2016 là năm đầu triển khai Nghị quyết Đại hội XII của Đảng, Nghị quyết Đại hội X Đảng bộ Thành phố và Nghị quyết Đại hội Đảng bộ huyện lần thứ XI; cũng là năm diễn ra cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 vào ngày 22/5/2016, tỷ lệ cử tri đi bầu của huyện đạt 99,37%.

II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tham mưu
Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành 41 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng, tuyên truyền bầu cử và phòng, chống “diễn biến hòa bình”; giúp Ban Thường vụ sơ kết 5 năm thực hiện Chỉ thị 03-CT/TW về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh.

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội XII của Đảng và nghị quyết đại hội đảng bộ các cấp
- Hội nghị cấp huyện: 03;
- Lớp ở cơ sở: 212;
- Lượt cán bộ, đảng viên dự: 10.846; tỷ lệ: 95,8%;
- Lượt quần chúng dự: 24.310;
- Đảng viên chưa học tập: 474 người (đa số là đảng viên lớn tuổi được miễn sinh hoạt, đi làm ăn xa).
b) Nghị quyết Trung ương 4 khóa XII
Ngay sau hội nghị trực tuyến của Thành ủy (ngày 02/12/2016), Huyện ủy tổ chức 1 hội nghị quán triệt cho 420 cán bộ chủ chốt; việc học tập ở cơ sở sẽ hoàn thành trong quý I/2017.
c) Sinh hoạt chi bộ
Các chi bộ tổ chức 1.586 buổi sinh hoạt chuyên đề, thảo luận về nghị quyết và về việc học tập, làm theo Bác.

3. Công tác tuyên truyền
- Tuyên truyền miệng: báo cáo viên và tuyên truyền viên cơ sở tổ chức 428 buổi nói chuyện thời sự, pháp luật, thu hút khoảng 39.500 lượt người nghe; riêng đợt cao điểm trước bầu cử (từ ngày 15/4 đến 21/5/2016) có 96 buổi.
- Đội ngũ báo cáo viên huyện hiện có 36 đồng chí; Ban tổ chức 12 hội nghị báo cáo viên định kỳ, mỗi hội nghị khoảng 350 đại biểu dự.
- Tuyên truyền trực quan: treo 2.450 băng rôn, 318 pano, bảng điện tử dọc Quốc lộ 22 và các tuyến đường chính.
- Báo chí, xuất bản: Trang thông tin điện tử của huyện đăng 3.214 tin, bài, ảnh; hiện huyện có 1 trang thông tin điện tử của Huyện ủy và 12 trang thông tin điện tử của xã, thị trấn. Bản tin “Sinh hoạt chi bộ” phát hành đủ 6 số, mỗi số 1.800 bản. Kinh phí chi cho công tác tuyên truyền của Ban trong năm là 1,15 tỷ đồng.

4. Công tác nắm bắt dư luận xã hội
Mạng lưới cộng tác viên dư luận xã hội hiện có 64 người (bổ sung 9 người trong năm). Ban tổng hợp 24 báo cáo định kỳ và 7 báo cáo nhanh về tình hình tư tưởng, dư luận xã hội gửi Thường trực Huyện ủy và Ban Tuyên giáo Thành ủy, trong đó có nhiều vụ việc liên quan bồi thường, giải phóng mặt bằng.

5. Công tác giáo dục lý luận chính trị
Trung tâm Bồi dưỡng chính trị huyện mở 19 lớp bồi dưỡng lý luận chính trị, nhận thức về Đảng, đảng viên mới và nghiệp vụ công tác đảng với 1.247 học viên; khai giảng lớp trung cấp lý luận chính trị hệ không tập trung khóa 2016 – 2018 vào ngày 26/9/2016.

6. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Huyện ủy tổ chức hai đợt sinh hoạt chính trị: “Hóc Môn – 18 Thôn Vườn Trầu, quê hương cách mạng” và “Làm theo lời Bác dạy”. Cuộc thi tìm hiểu lịch sử “18 Thôn Vườn Trầu” nhận 8.942 bài dự thi; Ban Tổ chức trao 1 giải Đặc biệt, 3 giải Nhất, 6 giải Nhì và 40 giải khác.
Ban Thường vụ Huyện ủy tặng giấy khen cho 15 tập thể, 32 cá nhân điển hình; đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 2 tập thể và 3 cá nhân.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017
1. Hoàn thành học tập, quán triệt Nghị quyết Trung ương 4 khóa XII trong quý I/2017, phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
2. Triển khai Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; tổ chức 1 đợt sinh hoạt chính trị về chuyên đề năm 2017.
3. Mở 20 lớp bồi dưỡng, trong đó có 2 lớp trung cấp lý luận chính trị.
4. Kiện toàn đội ngũ báo cáo viên lên 40 đồng chí; bổ sung 10 cộng tác viên dư luận xã hội.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu.
                                                K/T TRƯỞNG BAN
                                                PHÓ TRƯỞNG BAN
"""
D01 = "2016-12-16"
P01 = year(2016)

# ---------------------------------------------------------------------------------------------
T02 = """
Tuyên giáo Quận 8
11 tháng 10, 2018 lúc 16:05 · 🌏

📌 QUÝ III/2018 – TUYÊN GIÁO QUẬN 8 NHÌN LẠI BẰNG CON SỐ

Ba tháng hè vừa qua là khoảng thời gian “chạy nước rút” của anh chị em làm công tác tuyên giáo ở các phường. Ad xin tóm tắt vài con số để cả nhà cùng xem nha 👇

🔹 Ban Tuyên giáo Quận ủy Quận 8 đã tham mưu tổ chức 46 hội nghị học tập, quán triệt Nghị quyết Trung ương 7 khóa XII (về cán bộ; cải cách tiền lương; bảo hiểm xã hội), thu hút 8.115 lượt cán bộ, đảng viên, đạt 96,7%.

🔹 137 buổi nói chuyện chuyên đề tại khu phố, chợ Xóm Củi, chợ Rạch Ông… với gần 12 ngàn lượt người dân đến nghe. Mỗi buổi chỉ chừng 45 phút thôi mà bà con hỏi đáp sôi nổi lắm!

🔹 3 hội nghị báo cáo viên (mỗi tháng 1 hội nghị), cập nhật thông tin về Biển Đông, về Luật An ninh mạng được Quốc hội thông qua ngày 12/6/2018.

🔹 Ban đã gửi 13 báo cáo nhanh về dư luận xã hội, nhất là tâm tư của bà con ven rạch Xóm Củi, kênh Đôi trước việc giải tỏa, di dời.

🔹 Fanpage mình đăng 418 tin, bài, clip; lượt tiếp cận ước đạt 1,6 triệu. Hiện trang có khoảng 23.400 người theo dõi – cảm ơn cả nhà nhiều 💙

🔹 16/16 phường đã có nhóm Zalo của tổ dân phố; toàn quận hiện có 1.032 nhóm với hơn 61.000 thành viên.

🔹 Cuộc thi trắc nghiệm trực tuyến “Tìm hiểu về biển, đảo Việt Nam” có 5.672 lượt dự thi; BTC đã trao 25 giải, trong đó giải Nhất thuộc về một em học sinh lớp 9 mới 14 tuổi.

🔹 Quận ủy tặng giấy khen cho 9 tập thể, 21 cá nhân điển hình trong phong trào “Dân vận khéo”.

🔹 In và phát 8.000 tờ gấp phòng, chống bệnh tay chân miệng, sốt xuất huyết đến từng hộ.

Chị Ngọc Thảo, tổ trưởng tổ dân phố 57, Phường 5 chia sẻ: “Nhóm Zalo tổ tôi có 212 thành viên, có thông báo gì là 5 phút sau cả tổ biết liền.”

👉 Quý IV, Ban sẽ tổ chức Hội thi báo cáo viên giỏi cấp quận với khoảng 30 thí sinh và ra mắt chuyên mục “Quận 8 – 1 phút nghe tin”. Mời cả nhà đón xem nhé!

📍 Quận ủy Quận 8: số 4 Dương Bá Trạc, Phường 1, Quận 8
☎️ 028.3855.1234
#TuyenGiaoQuan8 #DanVanKheo

👍❤️ 1,2K · 86 bình luận · 143 lượt chia sẻ
"""
D02 = "2018-10-11"
P02 = quarter(3, 2018)

# ---------------------------------------------------------------------------------------------
T03 = """
Giao ban Cụm thi đua số 4: Quận 10, Phú Nhuận và Cần Giờ chia sẻ cách làm tuyên giáo 9 tháng năm 2022

Các quận, huyện thuộc Cụm thi đua số 4 của Ban Tuyên giáo Thành ủy vừa giao ban công tác tuyên giáo 9 tháng năm 2022 tại Hội trường Quận ủy Quận 10 (số 474 đường Ba Tháng Hai). Phóng viên ghi nhận cách làm của ba địa phương.

1. Quận 10: “Sổ tay tuyên truyền viên” lên điện thoại

Chín tháng qua, Ban Thường vụ Quận ủy Quận 10 ban hành 27 văn bản chỉ đạo về công tác tư tưởng. Quận tổ chức 4 hội nghị cấp quận và 15 hội nghị ở cơ sở học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII, Kết luận 21-KL/TW, thu hút 7.384/7.690 đảng viên, đạt 96,02%.

Điểm mới là quận số hóa cuốn “Sổ tay tuyên truyền viên” – bản in dày 120 trang – thành ứng dụng trên điện thoại. Từ tháng 3/2022 đến nay, ứng dụng đã có hơn 2.900 lượt người tiếp cận. Quận hiện có 58 báo cáo viên, 117 cộng tác viên dư luận xã hội; trong 9 tháng, Ban Tuyên giáo Quận ủy tổ chức 5 hội nghị báo cáo viên và tổng hợp 31 báo cáo dư luận xã hội.

2. Quận Phú Nhuận: Quản trị viên nhóm Zalo cũng phải “học nghề”

Tính đến cuối tháng 9/2022, quận Phú Nhuận có 274 nhóm Zalo khu phố, tổ dân phố với khoảng 38.500 thành viên. Trong 9 tháng, các nhóm chia sẻ gần 5.000 tin, bài chính thống do Ban Tuyên giáo Quận ủy cung cấp.

Quận mở 2 lớp tập huấn kỹ năng viết tin, bài, xử lý thông tin xấu độc cho 140 học viên là quản trị viên các nhóm; tổ chức 62 buổi nói chuyện thời sự với khoảng 5.300 lượt người nghe. “Ban đã tổng hợp và gửi 18 báo cáo tình hình dư luận xã hội; nhiều ý kiến của người dân về chống ngập trên đường Phan Đăng Lưu, Hoàng Văn Thụ đã được chuyển đến cơ quan chức năng”, đồng chí Nguyễn Thị Bích Thủy, Trưởng ban Tuyên giáo Quận ủy Phú Nhuận cho biết.

Anh Lâm Quốc Bảo, quản trị viên nhóm Zalo khu phố 3, phường 9, kể: “Nhóm tôi 430 thành viên, trước chưa học thì gặp tin giả là lúng túng, giờ biết cách gỡ và đăng tin đính chính.”

3. Huyện Cần Giờ: Đưa thông tin theo con nước

Cần Giờ có 6 xã và 1 thị trấn; xã đảo Thạnh An cách trung tâm huyện khoảng 16 km đường thủy, đi đò mất chừng 1 giờ. Chín tháng năm 2022, Huyện ủy Cần Giờ tổ chức 98 buổi tuyên truyền miệng ở ấp, bến đò, chợ cá, thu hút 6.120 lượt người dân; Đài Truyền thanh huyện phát 52 chương trình “Cần Giờ – Biển gọi”, mỗi chương trình dài 20 phút.

Huyện ủy tổ chức 1 đợt sinh hoạt chính trị “Tự hào truyền thống Rừng Sác anh hùng” gắn với kỷ niệm 77 năm Cách mạng Tháng Tám và Quốc khánh 2/9, có 3.410 lượt cán bộ, đảng viên tham gia sinh hoạt. Xe loa tuyên truyền lưu động của huyện chạy 340 lượt qua các ấp. Dịp này, Ban Thường vụ Huyện ủy khen thưởng 7 tập thể và 12 cá nhân.

Kết thúc giao ban, Cụm thi đua số 4 thống nhất đề xuất Quận 10 làm cụm trưởng năm 2023; quý IV, các đơn vị sẽ tập trung tuyên truyền Đại hội Công đoàn các cấp, phấn đấu 100% khu phố, ấp có tổ tuyên truyền.
"""
D03 = "2022-10-14"  # sidecar only: no date in the text
P03 = m9(2022)

# ---------------------------------------------------------------------------------------------
T04 = """
Cập nhật ngày 14-11-2023

Trưởng ban Tuyên giáo Thành ủy Thủ Đức: “Thông tin phải đến trước tin đồn”

Với diện tích khoảng 211 km², 34 phường, hơn 1,2 triệu dân, có Làng Đại học và Khu Công nghệ cao, nơi làm việc của chừng 55.000 kỹ sư, công nhân, TP Thủ Đức là địa bàn đặc thù của công tác tuyên giáo. Phóng viên đã trao đổi với bà Lê Thị Hồng Nhung, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy Thủ Đức, về những việc đã làm từ đầu năm 2023 đến nay.

– Thưa bà, việc học tập, quán triệt nghị quyết năm nay ở Thủ Đức có gì đáng chú ý?

– Từ đầu năm đến nay, Thành ủy Thủ Đức tổ chức 9 hội nghị cấp thành phố và các đảng bộ trực thuộc tổ chức 286 lớp học tập, quán triệt các nghị quyết, kết luận của Trung ương, của Thành ủy TP.HCM, trọng tâm là Nghị quyết 98/2023/QH15 của Quốc hội về thí điểm cơ chế đặc thù phát triển TP.HCM. Đã có 51.230 lượt cán bộ, đảng viên dự học, đạt 97,1%. Chúng tôi làm sớm, làm gọn: hội nghị nào cũng chỉ một buổi, tài liệu rút gọn còn 16 trang.

– Thủ Đức có nhiều cư dân trẻ, sinh viên. Bà tiếp cận họ thế nào?

– Chủ yếu bằng mạng xã hội. Hiện Thành ủy Thủ Đức có 1 fanpage chính danh với gần 97.000 người theo dõi và 34 trang của các phường. Toàn Thủ Đức hiện có 2.318 nhóm Zalo khu phố, chung cư, với khoảng 310.000 thành viên. Từ đầu năm, các trang của Thành ủy và phường đăng hơn 18.600 tin, bài, video. Các video ngắn về an toàn giao thông đạt tổng cộng khoảng 2,3 triệu lượt xem.

– Còn tuyên truyền miệng, vốn là “sở trường” của tuyên giáo?

– Vẫn là kênh không thể thay thế. Đội ngũ 72 báo cáo viên của Thủ Đức đã thực hiện 412 buổi nói chuyện tại khu phố, nhà trọ công nhân, ký túc xá, với khoảng 46.000 lượt người nghe. Riêng quý III, chúng tôi tổ chức 3 hội nghị báo cáo viên và gửi Ban Tuyên giáo Thành ủy TP.HCM 21 báo cáo về tình hình tư tưởng, tâm trạng của sinh viên, công nhân.

– Cuộc thi viết “Thủ Đức – Nơi tôi sống” năm nay nghe nói rất sôi nổi?

– Cuộc thi nhận được 1.486 bài dự thi, nhiều bài của sinh viên quê ở các tỉnh. Ban Giám khảo đã chọn 40 bài vào vòng chung khảo; lễ trao giải dự kiến vào ngày 9/12 tới. Ngoài ra, Ban Thường vụ Thành ủy Thủ Đức đã khen thưởng 14 tập thể, 26 cá nhân có thành tích trong công tác tuyên giáo và phong trào “Dân vận khéo”.

– Kế hoạch những tháng cuối năm của Ban?

– Chúng tôi chuẩn bị sơ kết 3 năm thực hiện Kết luận 01-KL/TW, sẽ mở thêm 6 lớp bồi dưỡng cho quản trị viên nhóm Zalo và phấn đấu đến năm 2025, 100% khu phố có “tổ tuyên truyền số”.

Bên lề cuộc trò chuyện, anh Trần Minh Quân, sinh viên năm thứ 3 ngành báo chí, kể: “Phòng em 6 người thì cả 6 đều theo dõi fanpage của Thành ủy, có tin cúp điện, cúp nước là biết liền.”
"""
D04 = "2023-11-14"
P04 = since("2023-01-01", D04)

DOCS = [
    Doc("h15_01_hocmon_2016", T01, HOCMON, P01, D01, "text", facts=[
        F("ban hành 41 văn bản", 41, "documents_issued"),
        F("Hội nghị cấp huyện: 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 212", 212, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 10.846", 10846, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,8%", 95.8, "study_participation_rate"),
        F("Lượt quần chúng dự: 24.310", 24310, "study_attendance", a="masses"),
        F("Đảng viên chưa học tập: 474 người", 474, "other"),
        F("tổ chức 1 hội nghị quán triệt", 1, "study_sessions"),
        F("cho 420 cán bộ chủ chốt", 420, "study_attendance", a="party_members"),
        F("tổ chức 1.586 buổi sinh hoạt chuyên đề", 1586, "party_cell_discussions"),
        F("tổ chức 428 buổi nói chuyện", 428, "oral_propaganda_sessions"),
        F("khoảng 39.500 lượt người nghe", 39500, "propaganda_audience", "approx"),
        F("có 96 buổi", 96, "oral_propaganda_sessions", p=since("2016-04-15", "2016-05-21")),
        F("hiện có 36 đồng chí", 36, "reporters", p=inst(D01)),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("treo 2.450 băng rôn", 2450, "other"),
        F("318 pano", 318, "other"),
        F("đăng 3.214 tin, bài, ảnh", 3214, "news_items"),
        F("có 1 trang thông tin điện tử", 1, "websites", p=inst(D01)),
        F("12 trang thông tin điện tử của xã", 12, "websites", p=inst(D01)),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("là 1,15 tỷ đồng", 1150000000, "other"),
        F("hiện có 64 người", 64, "opinion_collaborators", p=inst(D01)),
        F("tổng hợp 24 báo cáo định kỳ", 24, "opinion_reports"),
        F("7 báo cáo nhanh", 7, "opinion_reports"),
        F("mở 19 lớp bồi dưỡng", 19, "training_classes"),
        F("với 1.247 học viên", 1247, "trainees"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("nhận 8.942 bài dự thi", 8942, "contest_entries"),
        F("giấy khen cho 15 tập thể", 15, "commended_collectives"),
        F("32 cá nhân điển hình", 32, "commended_individuals"),
    ], traps=[("ngày 16 tháng 12 năm 2016", 16), ("Số 94-BC/BTGHU", 94),
              ("Công văn số 1125-CV/BTGTU", 1125), ("ngày 21/11/2016", 21),
              ("gồm 11 xã", 11), ("1 thị trấn", 1), ("trên 420.000 người", 420000),
              ("khoảng 40% là người nhập cư", 40), ("61 tổ chức cơ sở đảng", 61),
              ("hơn 5.300 đảng viên", 5300), ("Đại hội XII", 12), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5/2016", 22), ("đạt 99,37%", 99.37),
              ("sơ kết 5 năm", 5), ("Chỉ thị 03-CT/TW", 3), ("Trung ương 4", 4),
              ("ngày 02/12/2016", 2), ("quý I/2017", 2017), ("từ ngày 15/4", 15),
              ("21/5/2016", 21), ("mỗi hội nghị khoảng 350 đại biểu", 350),
              ("Quốc lộ 22", 22), ("mỗi số 1.800 bản", 1800), ("bổ sung 9 người", 9),
              ("khóa 2016 – 2018", 2016), ("ngày 26/9/2016", 26),
              ("18 Thôn Vườn Trầu", 18), ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3),
              ("6 giải Nhì", 6), ("40 giải khác", 40), ("bằng khen cho 2 tập thể", 2),
              ("và 3 cá nhân", 3), ("trên 95%", 95), ("Chỉ thị 05-CT/TW", 5),
              ("ngày 15/5/2016", 15), ("tổ chức 1 đợt sinh hoạt chính trị", 1),
              ("Mở 20 lớp bồi dưỡng", 20), ("2 lớp trung cấp", 2), ("lên 40 đồng chí", 40),
              ("bổ sung 10 cộng tác viên", 10), ("1. Công tác tham mưu", 1),
              ("2. Học tập, quán triệt", 2), ("3. Công tác tuyên truyền", 3),
              ("4. Công tác nắm bắt", 4), ("5. Công tác giáo dục", 5),
              ("6. Học tập và làm theo", 6), ("1. Hoàn thành", 1), ("2. Triển khai", 2),
              ("3. Mở 20", 3), ("4. Kiện toàn", 4)]),
    Doc("h15_02_q8_q3_2018", T02, Q8, P02, D02, "text", facts=[
        F("tổ chức 46 hội nghị học tập", 46, "study_sessions"),
        F("8.115 lượt cán bộ, đảng viên", 8115, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("137 buổi nói chuyện chuyên đề", 137, "oral_propaganda_sessions"),
        F("gần 12 ngàn lượt người dân", 12000, "propaganda_audience", "at_most", a="masses"),
        F("3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("gửi 13 báo cáo nhanh về dư luận xã hội", 13, "opinion_reports"),
        F("đăng 418 tin, bài, clip", 418, "news_items"),
        F("ước đạt 1,6 triệu", 1600000, "propaganda_audience", "approx"),
        F("khoảng 23.400 người theo dõi", 23400, "propaganda_audience", "approx",
          p=inst(D02)),
        F("hiện có 1.032 nhóm", 1032, "chat_groups", p=inst(D02)),
        F("hơn 61.000 thành viên", 61000, "chat_group_members", "at_least", p=inst(D02)),
        F("có 5.672 lượt dự thi", 5672, "contest_entries"),
        F("giấy khen cho 9 tập thể", 9, "commended_collectives"),
        F("21 cá nhân điển hình", 21, "commended_individuals"),
        F("phát 8.000 tờ gấp", 8000, "other"),
    ], traps=[("Quận 8", 8), ("11 tháng 10, 2018", 11), ("16:05", 16), ("QUÝ III/2018", 2018),
              ("QUẬN 8", 8), ("Trung ương 7", 7), ("khóa XII", 12), ("chừng 45 phút", 45),
              ("mỗi tháng 1 hội nghị", 1), ("ngày 12/6/2018", 12), ("16/16 phường", 16),
              ("trao 25 giải", 25), ("lớp 9", 9), ("14 tuổi", 14), ("tổ dân phố 57", 57),
              ("Phường 5", 5), ("có 212 thành viên", 212), ("5 phút sau", 5),
              ("khoảng 30 thí sinh", 30), ("1 phút nghe tin", 1), ("số 4 Dương Bá Trạc", 4),
              ("Phường 1", 1), ("028.3855.1234", 28), ("#TuyenGiaoQuan8", 8),
              ("1,2K", 1.2), ("86 bình luận", 86), ("143 lượt chia sẻ", 143)]),
    Doc("h15_03_cum4_9t_2022", T03, Q10, P03, D03, "sidecar", meta={"date": D03}, facts=[
        F("ban hành 27 văn bản", 27, "documents_issued", unit=Q10),
        F("4 hội nghị cấp quận", 4, "study_sessions", unit=Q10),
        F("15 hội nghị ở cơ sở", 15, "study_sessions", unit=Q10),
        F("7.384/7.690 đảng viên", 7384, "study_attendance", a="party_members", unit=Q10),
        F("đạt 96,02%", 96.02, "study_participation_rate", unit=Q10),
        F("hơn 2.900 lượt người tiếp cận", 2900, "propaganda_audience", "at_least", unit=Q10,
          p=since("2022-03-01", D03)),
        F("hiện có 58 báo cáo viên", 58, "reporters", unit=Q10, p=inst(D03)),
        F("117 cộng tác viên dư luận xã hội", 117, "opinion_collaborators", unit=Q10,
          p=inst(D03)),
        F("5 hội nghị báo cáo viên", 5, "reporter_conferences", unit=Q10),
        F("tổng hợp 31 báo cáo dư luận xã hội", 31, "opinion_reports", unit=Q10),
        F("có 274 nhóm Zalo", 274, "chat_groups", unit=PHUNHUAN, p=inst("2022-09-30")),
        F("khoảng 38.500 thành viên", 38500, "chat_group_members", "approx", unit=PHUNHUAN,
          p=inst("2022-09-30")),
        F("gần 5.000 tin, bài", 5000, "news_items", "at_most", unit=PHUNHUAN),
        F("mở 2 lớp tập huấn", 2, "training_classes", unit=PHUNHUAN),
        F("cho 140 học viên", 140, "trainees", unit=PHUNHUAN),
        F("62 buổi nói chuyện thời sự", 62, "oral_propaganda_sessions", unit=PHUNHUAN),
        F("khoảng 5.300 lượt người nghe", 5300, "propaganda_audience", "approx",
          unit=PHUNHUAN),
        F("gửi 18 báo cáo tình hình dư luận xã hội", 18, "opinion_reports", unit=PHUNHUAN),
        F("98 buổi tuyên truyền miệng", 98, "oral_propaganda_sessions", unit=CANGIO),
        F("6.120 lượt người dân", 6120, "propaganda_audience", a="masses", unit=CANGIO),
        F("phát 52 chương trình", 52, "news_items", unit=CANGIO),
        F("tổ chức 1 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=CANGIO),
        F("3.410 lượt cán bộ, đảng viên", 3410, "study_attendance", a="party_members",
          unit=CANGIO),
        F("chạy 340 lượt", 340, "other", unit=CANGIO),
        F("khen thưởng 7 tập thể", 7, "commended_collectives", unit=CANGIO),
        F("12 cá nhân", 12, "commended_individuals", unit=CANGIO),
    ], traps=[("Cụm thi đua số 4", 4), ("Quận 10", 10), ("9 tháng năm 2022", 9),
              ("số 474", 474), ("Ba Tháng Hai", 3), ("Trung ương 4", 4), ("khóa XIII", 13),
              ("Kết luận 21-KL/TW", 21), ("dày 120 trang", 120), ("tháng 3/2022", 3),
              ("cuối tháng 9/2022", 9), ("Trong 9 tháng", 9), ("trong 9 tháng", 9),
              ("khu phố 3", 3), ("phường 9", 9), ("Nhóm tôi 430 thành viên", 430),
              ("6 xã", 6), ("1 thị trấn", 1), ("khoảng 16 km", 16), ("chừng 1 giờ", 1),
              ("mỗi chương trình dài 20 phút", 20), ("77 năm", 77), ("Quốc khánh 2/9", 2),
              ("cụm trưởng năm 2023", 2023), ("phấn đấu 100% khu phố", 100),
              ("1. Quận 10", 1), ("2. Quận Phú Nhuận", 2), ("3. Huyện Cần Giờ", 3)]),
    Doc("h15_04_thuduc_2023", T04, THUDUC, P04, D04, "text", facts=[
        F("tổ chức 9 hội nghị cấp thành phố", 9, "study_sessions"),
        F("tổ chức 286 lớp học tập", 286, "study_sessions"),
        F("51.230 lượt cán bộ, đảng viên", 51230, "study_attendance", a="party_members"),
        F("đạt 97,1%", 97.1, "study_participation_rate"),
        F("có 1 fanpage chính danh", 1, "social_pages", p=inst(D04)),
        F("gần 97.000 người theo dõi", 97000, "propaganda_audience", "at_most", p=inst(D04)),
        F("34 trang của các phường", 34, "social_pages", p=inst(D04)),
        F("hiện có 2.318 nhóm Zalo", 2318, "chat_groups", p=inst(D04)),
        F("khoảng 310.000 thành viên", 310000, "chat_group_members", "approx", p=inst(D04)),
        F("hơn 18.600 tin, bài, video", 18600, "news_items", "at_least"),
        F("khoảng 2,3 triệu lượt xem", 2300000, "propaganda_audience", "approx"),
        F("Đội ngũ 72 báo cáo viên", 72, "reporters", p=end_of(P04)),
        F("412 buổi nói chuyện", 412, "oral_propaganda_sessions"),
        F("khoảng 46.000 lượt người nghe", 46000, "propaganda_audience", "approx"),
        F("3 hội nghị báo cáo viên", 3, "reporter_conferences", p=quarter(3, 2023)),
        F("21 báo cáo về tình hình tư tưởng", 21, "opinion_reports", p=quarter(3, 2023)),
        F("nhận được 1.486 bài dự thi", 1486, "contest_entries"),
        F("khen thưởng 14 tập thể", 14, "commended_collectives"),
        F("26 cá nhân", 26, "commended_individuals"),
    ], traps=[("ngày 14-11-2023", 14), ("khoảng 211 km²", 211), ("34 phường", 34),
              ("hơn 1,2 triệu dân", 1200000), ("chừng 55.000 kỹ sư, công nhân", 55000),
              ("Nghị quyết 98/2023/QH15", 98), ("chỉ một buổi", 1), ("còn 16 trang", 16),
              ("chọn 40 bài vào vòng chung khảo", 40), ("ngày 9/12", 9),
              ("sơ kết 3 năm", 3), ("Kết luận 01-KL/TW", 1), ("mở thêm 6 lớp", 6),
              ("đến năm 2025", 2025), ("100% khu phố", 100), ("năm thứ 3", 3),
              ("Phòng em 6 người", 6), ("cả 6 đều", 6)]),
]
