"""holdout43, part 2: Ho Chi Minh City wards and communes after 1 July 2025 (areas of former
Bình Dương and Bà Rịa – Vũng Tàu, and Củ Chi), 2025-2026.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without reading or
running the extractor.

Decisions where the guide leaves room:
- A ward's report (letterhead ĐẢNG ỦY PHƯỜNG ...) is the ward's; the predecessor wards and the
  size of the party organisation (tổ chức cơ sở đảng, đảng viên) are traps.
- In an interview, the speaker label "Đồng chí Phó Bí thư Thường trực:" makes the answer the
  commune's; single-quoted words of a resident inside it are an anecdote.
- "Từ ngày 1/7/2025 đến nay" / "từ tháng 7 đến nay" → 2025-07-01..document date.
- In the multi-ward article the lead names the study, so bare "hội nghị"/"lớp" in each ward's
  section are study_sessions; the city body (Ban Tuyên giáo và Dân vận Thành ủy) is the province.
- "duy trì N nhóm Zalo, hiện có M thành viên": groups at the end of the period, members at the
  document date.
- Workers whom a talk reached ("với 3.240 lượt công nhân") are propaganda_audience, audience all.
"""
from build_gold import Doc, F, U, end_of, inst, month, quarter, since

HCM = U("79")
DIAN, VTAU, TTHANG, RDUA = (U("Phường Dĩ An"), U("Phường Vũng Tàu"), U("Phường Tam Thắng"),
                            U("Phường Rạch Dừa"))
CUCHI, TDM = U("Xã Củ Chi"), U("Phường Thủ Dầu Một")

T05 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG DĨ AN
*
Số 15-BC/ĐU

Dĩ An, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025

Phường Dĩ An được thành lập trên cơ sở nhập các phường Dĩ An, An Bình và một phần phường Tân Đông Hiệp (thành phố Dĩ An, tỉnh Bình Dương cũ), chính thức hoạt động từ ngày 1/7/2025 theo mô hình chính quyền địa phương hai cấp. Phường có diện tích khoảng 18 km², dân số hơn 140 nghìn người; Đảng bộ phường có 52 tổ chức cơ sở đảng với 3.916 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu
Ban Xây dựng Đảng Đảng ủy phường tham mưu Ban Thường vụ Đảng ủy ban hành 09 văn bản (03 kế hoạch, 06 hướng dẫn) về công tác tuyên truyền, định hướng tư tưởng trong giai đoạn đầu vận hành bộ máy mới.

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01
- Lớp ở các chi bộ: 48
- Đảng viên dự học: 3.702/3.916 đồng chí, đạt 94,54%
b) Các chuyên đề, chỉ thị khác
- Hội nghị cấp phường: 02 (trực tuyến kết nối 52 điểm cầu)
- Lượt cán bộ, đảng viên dự: 6.980; lượt quần chúng dự nghe: 1.150

3. Công tác tuyên truyền
- Buổi tuyên truyền miệng về mô hình chính quyền địa phương hai cấp: 37 – lượt người nghe: khoảng 4.600
- Tin, bài trên trang thông tin điện tử phường: 215; trên fanpage "Phường Dĩ An": 342
- Băng rôn, khẩu hiệu chào mừng 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 640
- Trang thông tin điện tử: 01; fanpage: 01; nhóm Zalo khu phố: 47 (hiện có khoảng 12.300 thành viên)

4. Nắm bắt dư luận xã hội
Phường hiện có 21 cộng tác viên dư luận xã hội (bổ sung 6 đồng chí từ các khu phố mới sắp xếp); trong quý đã gửi 12 báo cáo dư luận xã hội, trong đó 3 báo cáo đột xuất về việc di dời trụ sở, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường (số 1 đường Trần Hưng Đạo).

5. Khen thưởng
Đảng ủy phường tặng giấy khen cho 04 tập thể, 09 cá nhân có thành tích trong tuyên truyền sắp xếp đơn vị hành chính.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Học tập Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030; phấn đấu 100% chi bộ học tập xong trước ngày 31/12/2025.
- Mở 01 lớp bồi dưỡng kỹ năng cho 47 tổ trưởng nhóm Zalo khu phố.
"""

T06 = """
Thứ Ba, ngày 02/12/2025

Vũng Tàu, Tam Thắng, Rạch Dừa: Đưa Nghị quyết Đại hội Đảng bộ Thành phố đến từng chi bộ

Trong tháng 11/2025, các đảng bộ phường ở khu vực bán đảo Vũng Tàu đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025 – 2030. Cách làm linh hoạt của các phường được Ban Tuyên giáo và Dân vận Thành ủy đánh giá cao.

Theo Ban Tuyên giáo và Dân vận Thành ủy, tính đến ngày 30/11/2025, 168 đảng bộ phường, xã, đặc khu đã tổ chức hội nghị học tập nghị quyết. Trong tháng, Ban đã in và cấp phát 250.000 cuốn tài liệu hỏi – đáp về Nghị quyết cho các chi bộ.

* Phường Vũng Tàu
Phường được thành lập trên cơ sở các phường 1, 2, 3, 4, 5 và phường Thắng Nhì cũ. Đảng ủy phường tổ chức 01 hội nghị cấp phường và 62 lớp ở các chi bộ, thu hút 4.870 lượt cán bộ, đảng viên, đạt 96,3%.

Bà Lê Thị Mai, Phó Bí thư Thường trực Đảng ủy phường Vũng Tàu, cho biết: "Phường có 36 khu phố với gần 110 nghìn dân. Các khu phố duy trì 36 nhóm Zalo, hiện có khoảng 18.000 thành viên, để gửi bản tóm tắt nghị quyết tới từng đảng viên, từng hộ."

* Phường Tam Thắng
Phường tổ chức 02 hội nghị và 41 lớp với 3.215 lượt đảng viên tham dự (đạt 95,8%); riêng quần chúng có 620 lượt dự nghe. Một số chi bộ mời đảng viên cao tuổi, có cụ đã 92 tuổi, phát biểu kể lại truyền thống. Phường còn tổ chức 12 buổi nói chuyện chuyên đề về biển, đảo với khoảng 1.400 lượt người nghe.

* Phường Rạch Dừa
Dù nhiều đảng viên là ngư dân, mỗi chuyến đi biển 15 đến 20 ngày, Đảng ủy phường vẫn mở 33 lớp; 2.138/2.260 đảng viên đã học tập. Hội thi tìm hiểu nghị quyết của phường có 28 thí sinh tham gia; ban tổ chức trao 1 giải Nhất, 2 giải Nhì và khen thưởng 5 cá nhân có thành tích xuất sắc.

Tháng 12, Ban Tuyên giáo và Dân vận Thành ủy sẽ kiểm tra việc học tập nghị quyết tại 10 đảng bộ phường, xã.
"""

T07 = """
Thứ Sáu, ngày 19/12/2025

Xã Củ Chi sau gần 6 tháng vận hành chính quyền hai cấp: "Thông tin phải đến trước tin đồn"

Xã Củ Chi được thành lập trên cơ sở thị trấn Củ Chi, xã Phước Vĩnh An và một phần xã Tân Phú Trung của huyện Củ Chi cũ. Phóng viên đã trao đổi với đồng chí Nguyễn Thị Bích Ngọc, Phó Bí thư Thường trực Đảng ủy xã Củ Chi.

Phóng viên: Thưa đồng chí, từ ngày 1/7/2025 đến nay, công tác tuyên truyền ở xã có gì mới?

Đồng chí Phó Bí thư Thường trực: “Khó nhất là mấy tuần đầu, khi bà con chưa quen địa chỉ hành chính mới. Chúng tôi xác định thông tin phải đến trước tin đồn. Xã đã tổ chức 58 buổi tuyên truyền miệng ở 24 ấp, khu phố, với hơn 6.500 lượt người nghe. Trang thông tin điện tử và fanpage của xã đăng gần 900 tin, bài, video hướng dẫn thủ tục, cách ghi địa chỉ mới. Có bà cụ ở ấp Bàu Tròn nói với tôi: ‘Nhà tôi 3 đời ở đây, giờ đổi tên, tôi sợ giấy tờ không còn giá trị’, nên chúng tôi in hẳn tờ hướng dẫn phát tận tay.”

Phóng viên: Việc học tập nghị quyết được tổ chức ra sao?

Đồng chí Phó Bí thư Thường trực: “Đảng bộ xã có 64 chi bộ với khoảng 2.900 đảng viên. Sau Đại hội Đảng bộ xã lần thứ I, chúng tôi tổ chức 2 hội nghị cấp xã học tập, quán triệt Nghị quyết Đại hội; các chi bộ mở 71 lớp, thu hút 2.781 lượt đảng viên, đạt 97,1%. Riêng quần chúng có 430 lượt dự nghe.”

Phóng viên: Xã nắm bắt dư luận bằng cách nào?

Đồng chí Phó Bí thư Thường trực: “Xã hiện có 18 cộng tác viên dư luận xã hội; từ tháng 7 đến nay các đồng chí đã gửi 27 báo cáo phản ánh dư luận. Các ấp duy trì 24 nhóm Zalo, số thành viên hiện nay khoảng 9.400 người. Xã cũng đã khen thưởng 6 tập thể, 11 cá nhân tiêu biểu trong đợt cao điểm tuyên truyền sắp xếp đơn vị hành chính.”

Phóng viên: Năm 2026, xã đặt mục tiêu gì?

Đồng chí Phó Bí thư Thường trực: “Năm tới, xã phấn đấu mỗi ấp có ít nhất 1 tổ tuyên truyền, tổ chức không dưới 100 buổi nói chuyện chuyên đề, hướng tới cuộc bầu cử đại biểu Quốc hội khóa XVI. Người dân cần hỗ trợ có thể gọi số 028.3790.1234 trong giờ hành chính.”
"""

T08 = """
Phường Thủ Dầu Một: Hoàn thành học tập Nghị quyết Đại hội XIV của Đảng

Quý I năm 2026, Đảng ủy phường Thủ Dầu Một tổ chức 03 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho cán bộ chủ chốt; các chi bộ trực thuộc mở 86 lớp, thu hút 5.342 lượt cán bộ, đảng viên, đạt 97,6%. Đợt học tập là một trong hai đợt sinh hoạt chính trị mà Đảng ủy phường phát động trong quý.

Dịp Tết Bính Ngọ và kỷ niệm 96 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2026), phường tổ chức 14 buổi nói chuyện truyền thống tại các khu phố, với chừng 2.100 lượt người nghe; Đội xe tuyên truyền lưu động chạy 45 lượt qua các tuyến đường chính. Cuộc thi trắc nghiệm trực tuyến "Tìm hiểu 96 năm lịch sử Đảng Cộng sản Việt Nam" thu hút 8.415 lượt người dự thi, trong đó 20 cá nhân đạt giải.

Ban Xây dựng Đảng Đảng ủy phường tham mưu ban hành 07 văn bản hướng dẫn tuyên truyền trước, trong và sau Đại hội XIV; tổ chức 01 hội nghị báo cáo viên (ngày 20/3/2026) thông tin về kết quả Đại hội. Fanpage "Thủ Dầu Một Ngày Mới" của phường hiện có khoảng 15.600 người theo dõi; trong quý, trang đăng 286 tin, bài, video clip, nhiều nhất là loạt bài về những đại biểu của Thành phố dự Đại hội.

Hội Cựu chiến binh phường, với hơn 1.200 hội viên, là lực lượng nòng cốt của các tổ tuyên truyền ở 71 khu phố.

"Nghe các chú cựu chiến binh kể chuyện, đám trẻ trong xóm tôi mê lắm, tuần nào cũng hỏi bao giờ có buổi sau", chị Nguyễn Thị Hoa, tổ trưởng tổ dân phố 5, khu phố 3, kể.

Quý II, phường dự kiến mở 2 lớp bồi dưỡng đảng viên mới và tổ chức tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI.
"""

D05, D06, D07, D08 = "2025-10-03", "2025-12-02", "2025-12-19", "2026-04-03"
P07 = since("2025-07-01", D07)

DOCS = [
    Doc("h43_05", T05, DIAN, quarter(3, 2025), D05, "text", facts=[
        F("ban hành 09 văn bản", 9, "documents_issued"),
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 48", 48, "study_sessions"),
        F("Đảng viên dự học: 3.702/3.916 đồng chí", 3702, "study_attendance",
          a="party_members"),
        F("đạt 94,54%", 94.54, "study_participation_rate"),
        F("Hội nghị cấp phường: 02", 2, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 6.980", 6980, "study_attendance", a="party_members"),
        F("lượt quần chúng dự nghe: 1.150", 1150, "study_attendance", a="masses"),
        F("hai cấp: 37", 37, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 4.600", 4600, "propaganda_audience", "approx"),
        F("trang thông tin điện tử phường: 215", 215, "news_items"),
        F("Dĩ An\": 342", 342, "news_items"),
        F("Quốc khánh 2/9: 640", 640, "other"),
        F("Trang thông tin điện tử: 01", 1, "websites", p=end_of(quarter(3, 2025))),
        F("fanpage: 01", 1, "social_pages", p=end_of(quarter(3, 2025))),
        F("nhóm Zalo khu phố: 47", 47, "chat_groups", p=end_of(quarter(3, 2025))),
        F("hiện có khoảng 12.300 thành viên", 12300, "chat_group_members", "approx",
          p=inst(D05)),
        F("hiện có 21 cộng tác viên", 21, "opinion_collaborators", p=inst(D05)),
        F("gửi 12 báo cáo dư luận xã hội", 12, "opinion_reports"),
        F("cho 04 tập thể", 4, "commended_collectives"),
        F("09 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 15-BC/ĐU", 15), ("ngày 1/7/2025", 1), ("18 km²", 18),
              ("hơn 140 nghìn người", 140000), ("52 tổ chức cơ sở đảng", 52),
              ("3.916 đảng viên", 3916), ("03 kế hoạch", 3), ("06 hướng dẫn", 6),
              ("nhiệm kỳ 2025 – 2030", 2025), ("52 điểm cầu", 52), ("80 năm", 80),
              ("bổ sung 6 đồng chí", 6), ("trong đó 3 báo cáo", 3), ("số 1 đường", 1),
              ("100% chi bộ", 100), ("31/12/2025", 31), ("Mở 01 lớp", 1),
              ("47 tổ trưởng", 47)]),
    Doc("h43_06", T06, VTAU, month(11, 2025), D06, "text", facts=[
        F("in và cấp phát 250.000 cuốn", 250000, "other", unit=HCM),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("62 lớp ở các chi bộ", 62, "study_sessions"),
        F("thu hút 4.870 lượt cán bộ, đảng viên", 4870, "study_attendance", a="party_members"),
        F("đạt 96,3%", 96.3, "study_participation_rate"),
        F("duy trì 36 nhóm Zalo", 36, "chat_groups", p=end_of(month(11, 2025))),
        F("hiện có khoảng 18.000 thành viên", 18000, "chat_group_members", "approx",
          p=inst(D06)),
        F("tổ chức 02 hội nghị", 2, "study_sessions", unit=TTHANG),
        F("41 lớp", 41, "study_sessions", unit=TTHANG),
        F("3.215 lượt đảng viên", 3215, "study_attendance", a="party_members", unit=TTHANG),
        F("đạt 95,8%", 95.8, "study_participation_rate", unit=TTHANG),
        F("có 620 lượt dự nghe", 620, "study_attendance", a="masses", unit=TTHANG),
        F("tổ chức 12 buổi nói chuyện chuyên đề", 12, "oral_propaganda_sessions", unit=TTHANG),
        F("khoảng 1.400 lượt người nghe", 1400, "propaganda_audience", "approx", unit=TTHANG),
        F("mở 33 lớp", 33, "study_sessions", unit=RDUA),
        F("2.138/2.260 đảng viên đã học tập", 2138, "study_attendance", a="party_members",
          unit=RDUA),
        F("có 28 thí sinh", 28, "contest_entries", unit=RDUA),
        F("khen thưởng 5 cá nhân", 5, "commended_individuals", unit=RDUA),
    ], traps=[("02/12/2025", 2), ("lần thứ I", 1), ("nhiệm kỳ 2025 – 2030", 2025),
              ("30/11/2025", 30), ("168 đảng bộ phường", 168), ("các phường 1, 2, 3, 4, 5", 1),
              ("36 khu phố", 36), ("gần 110 nghìn dân", 110000), ("92 tuổi", 92),
              ("15 đến 20 ngày", 15), ("1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("tại 10 đảng bộ", 10)]),
    Doc("h43_07", T07, CUCHI, P07, D07, "text", facts=[
        F("tổ chức 58 buổi tuyên truyền miệng", 58, "oral_propaganda_sessions"),
        F("hơn 6.500 lượt người nghe", 6500, "propaganda_audience", "at_least"),
        F("đăng gần 900 tin, bài", 900, "news_items", "at_most"),
        F("tổ chức 2 hội nghị cấp xã", 2, "study_sessions"),
        F("mở 71 lớp", 71, "study_sessions"),
        F("thu hút 2.781 lượt đảng viên", 2781, "study_attendance", a="party_members"),
        F("đạt 97,1%", 97.1, "study_participation_rate"),
        F("có 430 lượt dự nghe", 430, "study_attendance", a="masses"),
        F("hiện có 18 cộng tác viên", 18, "opinion_collaborators", p=inst(D07)),
        F("gửi 27 báo cáo phản ánh dư luận", 27, "opinion_reports"),
        F("duy trì 24 nhóm Zalo", 24, "chat_groups", p=inst(D07)),
        F("hiện nay khoảng 9.400 người", 9400, "chat_group_members", "approx", p=inst(D07)),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("11 cá nhân tiêu biểu", 11, "commended_individuals"),
    ], traps=[("19/12/2025", 19), ("gần 6 tháng", 6), ("ngày 1/7/2025", 1), ("24 ấp", 24),
              ("3 đời", 3), ("64 chi bộ", 64), ("khoảng 2.900 đảng viên", 2900),
              ("lần thứ I", 1), ("từ tháng 7", 7), ("Năm 2026", 2026), ("1 tổ tuyên truyền", 1),
              ("không dưới 100 buổi", 100), ("028.3790.1234", 28)]),
    Doc("h43_08", T08, TDM, quarter(1, 2026), D08, "sidecar", meta={"date": D08}, facts=[
        F("tổ chức 03 hội nghị học tập, quán triệt", 3, "study_sessions"),
        F("mở 86 lớp", 86, "study_sessions"),
        F("thu hút 5.342 lượt cán bộ, đảng viên", 5342, "study_attendance", a="party_members"),
        F("đạt 97,6%", 97.6, "study_participation_rate"),
        F("một trong hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tổ chức 14 buổi nói chuyện truyền thống", 14, "oral_propaganda_sessions"),
        F("chừng 2.100 lượt người nghe", 2100, "propaganda_audience", "approx"),
        F("chạy 45 lượt", 45, "other"),
        F("thu hút 8.415 lượt người dự thi", 8415, "contest_entries"),
        F("ban hành 07 văn bản", 7, "documents_issued"),
        F("tổ chức 01 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("hiện có khoảng 15.600 người theo dõi", 15600, "propaganda_audience", "approx",
          p=inst(D08)),
        F("đăng 286 tin, bài", 286, "news_items"),
    ], traps=[("Đại hội XIV", 14), ("ngày 20/3/2026", 20), ("96 năm", 96), ("3/2/1930", 3), ("3/2/2026", 3),
              ("20 cá nhân đạt giải", 20), ("hơn 1.200 hội viên", 1200),
              ("71 khu phố", 71), ("tổ dân phố 5", 5), ("khu phố 3", 3), ("mở 2 lớp", 2)]),
]
