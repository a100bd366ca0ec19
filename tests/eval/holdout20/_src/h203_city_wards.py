"""Twentieth held-out set (holdout20), part 3: city bodies, a two-city feature and wards
after 1 July 2025 (2021-2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h20_09 (HCM city body, Covid-19 wave of 2021): "Cập nhật 15/06/2021 09:40" is the document
  date. "Từ ngày 27/4 đến nay" → 2021-04-27..2021-06-15 for the sapo's documents and issues and
  for the paragraphs after it that name no period. "Trong tháng 5/2021" dates the 14 quick
  reports (month). The quotation of the named Phó Trưởng ban opening "Từ đầu tháng 6" → 2021-06-
  01..2021-06-15 (2 lecturer conferences; "hơn 5.000 điểm cầu" are places, a trap). Stocks with
  "hiện" ("Thành phố hiện có 1.562 cộng tác viên", "Toàn thành phố hiện duy trì hơn 21.000 nhóm
  Zalo ... khoảng 1,3 triệu thành viên") are instants at the document date. "lượt tiếp cận ước
  đạt 3,5 triệu" is propaganda_audience, approx. "Ban Chỉ đạo 35 Thành ủy" is a city body (the
  2.140 counter-posts are news_items of the city; "Ban Chỉ đạo 35" itself a trap). "Tổng đài
  1022", "312 phường, xã, thị trấn", "hơn 9 triệu dân", the Covid directives' codes, "Quận Gò
  Vấp" and "Quận 12" (where outbreaks were; not actors) are traps.
- h20_10 (national daily's feature on Zalo groups in HCM and Hanoi, từ đầu năm 2024 đến nay):
  "Thứ Hai, ngày 16/9/2024" is the document date; the period is 2024-01-01..2024-09-16. Sections
  "* Quận 7: ...", "* Quận Phú Nhuận: ...", "* Huyện Nhà Bè: ...", "* Quận Thanh Xuân: ..."
  govern their paragraphs. Quận 7: "46 nhóm ... nâng tổng số ... lên 418 nhóm" → the 46 added
  are a trap, 418 groups and "khoảng 57 nghìn thành viên" (no marker) instants at the period's
  end (= the document date). The named Trưởng ban's quotation is Quận 7's. Phú Nhuận: "hai đợt
  sinh hoạt chính trị" = 2 campaigns; "từ 680 đến 700 buổi" = 680 at_least (no fact for 700);
  the area "4,88 km²" a trap. Nhà Bè: the fisherman's quotation is an anecdote ("10 ngày",
  "ấp 3"); the loudspeaker van's runs are `other`; "duy trì 226 nhóm Zalo ..., hiện có khoảng
  31.000 thành viên": groups at the period's end, members at the document date (same day);
  "mô hình của Quận Bình Thạnh" names a model (not the actor); "7 xã, 1 thị trấn" territory.
  Thanh Xuân: "Nghị quyết 15-NQ/TW", "Luật Thủ đô năm 2024", "Vành đai 3" are traps; "11 trang
  fanpage của các phường" (no marker) an instant at the period's end.
- h20_11 (report of Đảng ủy phường Nhiêu Lộc, 6 tháng cuối năm 2025): letterhead "ĐẢNG BỘ THÀNH
  PHỐ HỒ CHÍ MINH / ĐẢNG ỦY PHƯỜNG NHIÊU LỘC"; the dateline is the document date; the period is
  2025-07-01..2025-12-31 from the title. The wards it was formed from ("phường 9, 11, 12 và 14
  của Quận 3 cũ") and its party structure ("58 chi bộ trực thuộc với 2.640 đảng viên") are
  traps. "a) ..." and "b) ..." sub-headings read with heading 2 as the lead-in of their lines.
  "17 (gồm 6 kế hoạch, 11 công văn, hướng dẫn)": total fact, parts traps. The Zalo groups and
  their members on the line "(tính đến 30/11/2025)" are instants at 2025-11-30; collaborators
  (no marker) are an instant at 2025-12-31. "Kinh phí hỗ trợ in tài liệu ...: 86 triệu đồng" is
  `other`. "80 năm", "2/9", "lần thứ I", "nhiệm kỳ 2025 – 2030", the phone number and every
  number under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026" are traps.
- h20_12 (Hanoi daily, wards and communes, quý I/2026): "Thứ Năm, 09/04/2026" is the document
  date. The sapo's facts are the city's (Ban Tuyên giáo và Dân vận Thành ủy Hà Nội → province);
  "126 điểm cầu phường, xã" are places (trap). Ward sections in capitals ("PHƯỜNG TÂY HỒ: ...")
  govern their paragraphs. Tây Hồ: the Phó Bí thư introduced before the colon speaks for the
  ward (stocks "hiện có" at the document date, 1.120 items in the quarter); the tổ trưởng's
  quotation is an anecdote. Thanh Xuân: the towers and their residents, the election day
  "15/3/2026", "khóa XVI", "nhiệm kỳ 2026–2031", "21 khu vực bỏ phiếu" and the turnout "99,81%"
  are traps; "khoảng 6.400 lượt cử tri" is propaganda_audience (cử tri: `all`). Ứng Hòa: "Xã
  hiện có 18 báo cáo viên" is an instant at the document date; "gần như 100% đảng viên" is a
  participation rate, approx. Thường Tín: "một trăm lẻ năm bài dự thi" = 105 entries; "12 tác
  phẩm tiêu biểu nhất" a ranking (trap).
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, month, quarter, since

HCM, HANOI = U("Thành phố Hồ Chí Minh"), U("Thành phố Hà Nội")
Q7, PHUNHUAN, NHABE, THANHXUAN = (U("Quận 7"), U("Quận Phú Nhuận"), U("Huyện Nhà Bè"),
                                  U("Quận Thanh Xuân"))
NHIEULOC = W("Phường Nhiêu Lộc", "79")
P_TAYHO, P_THANHXUAN, X_UNGHOA, X_THUONGTIN = (W("Phường Tây Hồ", "01"),
                                               W("Phường Thanh Xuân", "01"),
                                               W("Xã Ứng Hòa", "01"), W("Xã Thường Tín", "01"))

# ---------------------------------------------------------------------------------------------
T09 = """
TP.HCM: Hệ thống tuyên giáo “chống dịch bằng thông tin”
Cập nhật 15/06/2021 09:40

(Thanhuytphcm.vn) – Từ ngày 27/4 đến nay, khi đợt dịch Covid-19 lần thứ tư bùng phát, Ban Tuyên giáo Thành ủy TP.HCM đã tham mưu Thường trực Thành ủy ban hành 11 văn bản chỉ đạo công tác thông tin, tuyên truyền phòng, chống dịch; phát hành 6 số “Thông tin chuyên đề” phục vụ sinh hoạt chi bộ.

Các nội dung tuyên truyền bám sát Chỉ thị 15/CT-TTg, Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ và Chỉ thị 10/CT-UBND của UBND Thành phố, nhất là tại các địa bàn có ổ dịch phức tạp như Quận Gò Vấp, Quận 12. Trang Facebook và Zalo OA “Tuyên giáo TP.HCM” đăng 1.284 tin, bài, infographic, video; lượt tiếp cận ước đạt 3,5 triệu.

Trong tháng 5/2021, Ban phối hợp Sở Thông tin và Truyền thông, Tổng đài 1022 theo dõi phản ánh của người dân, tổng hợp 14 báo cáo nhanh về tình hình dư luận xã hội gửi Ban Tuyên giáo Trung ương. Thành phố hiện có 1.562 cộng tác viên dư luận xã hội ở 312 phường, xã, thị trấn.

Dưới sự chỉ đạo của Ban Chỉ đạo 35 Thành ủy, lực lượng chuyên trách của Thành phố đã đăng 2.140 tin, bài phản bác thông tin sai sự thật về dịch bệnh. Toàn thành phố hiện duy trì hơn 21.000 nhóm Zalo khu phố, ấp với khoảng 1,3 triệu thành viên, trở thành kênh nhanh nhất đưa thông tin chống dịch đến hơn 9 triệu dân.

Ông Trần Minh Quân, Phó Trưởng ban Tuyên giáo Thành ủy, cho biết: “Từ đầu tháng 6, Ban đã tổ chức 2 hội nghị báo cáo viên trực tuyến cấp thành phố, kết nối hơn 5.000 điểm cầu, để thông tin kịp thời về tình hình dịch và chủ trương của Thành phố.”
"""
D09 = "2021-06-15"
P09 = since("2021-04-27", D09)

# ---------------------------------------------------------------------------------------------
T10 = """
Thứ Hai, ngày 16/9/2024

Zalo tổ dân phố: “cánh tay nối dài” của công tác tuyên giáo ở hai đô thị lớn

(Nhân Dân) – Từ đầu năm 2024 đến nay, nhiều quận, huyện của Thành phố Hồ Chí Minh và Hà Nội đã đưa nhóm Zalo khu phố, tổ dân phố thành kênh tuyên truyền chính, bên cạnh những buổi nói chuyện trực tiếp.

* Quận 7: Nhóm Zalo theo từng tòa nhà
Quận 7 có nhiều khu đô thị mới với hàng chục tòa chung cư. Từ đầu năm, Ban Tuyên giáo Quận ủy phối hợp các ban quản trị lập mới 46 nhóm Zalo theo từng tòa nhà, nâng tổng số nhóm Zalo của quận lên 418 nhóm, với khoảng 57 nghìn thành viên.
Bà Nguyễn Thị Kim Dung, Trưởng ban Tuyên giáo Quận ủy Quận 7, cho biết: “Các nhóm đã đăng hơn 6.200 tin về nghị quyết, chính sách mới, lịch sinh hoạt chi bộ. Chúng tôi còn tổ chức 9 buổi nói chuyện chuyên đề ngay tại sảnh chung cư với gần 1.100 cư dân dự.”

* Quận Phú Nhuận: Sinh hoạt chính trị gắn với khu phố
Phú Nhuận, quận nhỏ với diện tích khoảng 4,88 km², chọn cách làm gắn với từng khu phố. Quận ủy triển khai hai đợt sinh hoạt chính trị về xây dựng văn minh đô thị; các chi bộ khu phố đã tổ chức từ 680 đến 700 buổi sinh hoạt thảo luận, góp ý cho các công trình trên địa bàn.

* Huyện Nhà Bè: Loa và Zalo cho ấp ven sông
Huyện có 7 xã, 1 thị trấn, nhiều ấp nằm ven sông. Học cách làm của Quận Bình Thạnh, huyện duy trì 226 nhóm Zalo ấp, khu phố, hiện có khoảng 31.000 thành viên; đội tuyên truyền lưu động của huyện chạy 186 lượt xe loa. “Tôi đi biển 10 ngày mới về, nhưng tin nào của ấp cũng đọc được trên Zalo”, ông Lê Văn Sáu, ngư dân ấp 3, xã Hiệp Phước, kể.

* Quận Thanh Xuân: Học nghị quyết từ chung cư
Ở Hà Nội, Quận ủy Thanh Xuân tập trung tuyên truyền Nghị quyết 15-NQ/TW của Bộ Chính trị về phát triển Thủ đô và Luật Thủ đô năm 2024. Từ đầu năm, quận mở 126 lớp học tập chuyên đề với 14.908 lượt cán bộ, đảng viên tham dự. Cổng thông tin điện tử quận và 11 trang fanpage của các phường đăng 3.460 tin, bài, trong đó nhiều bài về dự án đường Vành đai 3 trên cao qua địa bàn.
"""
D10 = "2024-09-16"
P10 = since("2024-01-01", D10)
NOW10 = inst(D10)

# ---------------------------------------------------------------------------------------------
T11 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG NHIÊU LỘC
*
Số 38-BC/ĐU

Phường Nhiêu Lộc, ngày 15 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 6 tháng cuối năm 2025,
phương hướng, nhiệm vụ năm 2026

Phường Nhiêu Lộc được thành lập trên cơ sở các phường 9, 11, 12 và 14 của Quận 3 cũ, đi vào hoạt động từ ngày 1/7/2025; Đảng bộ phường có 58 chi bộ trực thuộc với 2.640 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu
- Văn bản đã ban hành: 17 (gồm 6 kế hoạch, 11 công văn, hướng dẫn)

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01
- Lớp ở chi bộ: 58
- Đảng viên dự học: 2.571/2.640 đồng chí; tỷ lệ: 97,39%
b) Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị triển khai cấp phường: 02
- Đảng viên dự: 2.498; tỷ lệ: 94,62%
- Lượt quần chúng dự nghe: 1.318

3. Công tác tuyên truyền
- Tin, bài trên trang thông tin điện tử phường: 284; trên fanpage “Nhiêu Lộc hôm nay”: 356
- Buổi nói chuyện chuyên đề về chính quyền địa phương hai cấp: 12 – lượt người nghe: khoảng 2.150
- Băng rôn, cờ phướn tuyên truyền 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 640
- Kinh phí hỗ trợ in tài liệu sinh hoạt chi bộ: 86 triệu đồng

4. Dư luận xã hội, mạng xã hội
- Nhóm Zalo khu phố (tính đến 30/11/2025): 37 nhóm, khoảng 14.600 thành viên
- Cộng tác viên dư luận xã hội: 24 người
- Báo cáo dư luận xã hội: 22 định kỳ, 6 đột xuất

5. Thi đua, khen thưởng
- Cuộc thi “Tìm hiểu về chính quyền địa phương hai cấp” – lượt dự thi: 3.912
- Đảng ủy phường tặng giấy khen: 6 tập thể, 14 cá nhân

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 100% đảng viên;
- Phấn đấu 37/37 khu phố có trang mạng xã hội chính danh;
- Mở 2 lớp bồi dưỡng nhận thức về Đảng.

Điện thoại Văn phòng Đảng ủy: 028 3930 4521
"""
D11 = "2025-12-15"
P11 = h2(2025)

# ---------------------------------------------------------------------------------------------
T12 = """
Hà Nội mới – Thứ Năm, 09/04/2026

Học Nghị quyết Đại hội XIV: mỗi phường, xã một cách làm

Quý I năm 2026, Ban Tuyên giáo và Dân vận Thành ủy Hà Nội tổ chức 2 hội nghị trực tuyến cấp thành phố học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, kết nối tới 126 điểm cầu phường, xã với hơn 95.000 lượt cán bộ, đảng viên dự.

PHƯỜNG TÂY HỒ: Học nghị quyết bên hồ
Đảng ủy phường Tây Hồ tổ chức 01 hội nghị cấp phường và 43 lớp ở các chi bộ, thu hút 3.904 lượt đảng viên, đạt 97,8%. Bà Đỗ Thị Lan Anh, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Phường hiện có 52 nhóm Zalo tổ dân phố với gần 19.000 thành viên; trong quý, các nhóm đăng 1.120 tin về Đại hội XIV và công tác bầu cử.” “Tổ tôi 96 hộ, hộ nào cũng có người vào nhóm”, ông Nguyễn Văn Bảy, tổ trưởng tổ dân phố số 7, kể.

PHƯỜNG THANH XUÂN: Tuyên truyền bầu cử đến từng tòa nhà
Phường có 24 tòa chung cư với khoảng 35 nghìn cư dân. Trước ngày bầu cử 15/3/2026, phường tổ chức 28 buổi tuyên truyền về bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031, với khoảng 6.400 lượt cử tri dự. Địa bàn được chia thành 21 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,81%.

XÃ ỨNG HÒA: Báo cáo viên về thôn
Xã hiện có 18 báo cáo viên. Trong quý, xã tổ chức 1 hội nghị báo cáo viên và 34 buổi nói chuyện ở các thôn với khoảng 3.100 lượt người dân dự nghe; gần như 100% đảng viên trong xã dự học nghị quyết.

XÃ THƯỜNG TÍN: Bài dự thi từ làng nghề
Cuộc thi viết “Thường Tín – quê hương tôi” do Đảng ủy xã phát động trong quý nhận được một trăm lẻ năm bài dự thi; 12 tác phẩm tiêu biểu nhất được đăng trên trang thông tin điện tử của xã. Đảng ủy xã mở 2 lớp bồi dưỡng nhận thức về Đảng với 87 học viên và tặng giấy khen cho 5 tập thể, 9 cá nhân.
"""
D12 = "2026-04-09"
P12 = quarter(1, 2026)
NOW12 = inst(D12)

DOCS = [
    Doc("h20_09_hcm_covid_2021", T09, HCM, P09, D09, "text", facts=[
        F("ban hành 11 văn bản", 11, "documents_issued"),
        F("phát hành 6 số", 6, "news_items"),
        F("đăng 1.284 tin, bài", 1284, "news_items"),
        F("ước đạt 3,5 triệu", 3500000, "propaganda_audience", "approx"),
        F("14 báo cáo nhanh", 14, "opinion_reports", p=month(5, 2021)),
        F("có 1.562 cộng tác viên", 1562, "opinion_collaborators", p=inst(D09)),
        F("đăng 2.140 tin, bài", 2140, "news_items"),
        F("hơn 21.000 nhóm Zalo", 21000, "chat_groups", "at_least", p=inst(D09)),
        F("khoảng 1,3 triệu thành viên", 1300000, "chat_group_members", "approx",
          p=inst(D09)),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences",
          p=since("2021-06-01", D09)),
    ], traps=[("15/06/2021", 15), ("09:40", 9), ("Từ ngày 27/4", 27), ("Covid-19", 19),
              ("15/CT-TTg", 15), ("16/CT-TTg", 16), ("10/CT-UBND", 10), ("Quận 12", 12),
              ("tháng 5/2021", 5), ("Tổng đài 1022", 1022), ("312 phường", 312),
              ("Ban Chỉ đạo 35", 35), ("hơn 9 triệu dân", 9000000), ("tháng 6", 6),
              ("hơn 5.000 điểm cầu", 5000)]),
    Doc("h20_10_mixed_zalo_2024", T10, HCM, P10, D10, "text", facts=[
        F("lên 418 nhóm", 418, "chat_groups", unit=Q7, p=NOW10),
        F("khoảng 57 nghìn thành viên", 57000, "chat_group_members", "approx", unit=Q7,
          p=NOW10),
        F("hơn 6.200 tin", 6200, "news_items", "at_least", unit=Q7),
        F("9 buổi nói chuyện", 9, "oral_propaganda_sessions", unit=Q7),
        F("gần 1.100 cư dân", 1100, "propaganda_audience", "at_most", "masses", unit=Q7),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=PHUNHUAN),
        F("từ 680 đến 700 buổi sinh hoạt", 680, "party_cell_discussions", "at_least",
          unit=PHUNHUAN),
        F("226 nhóm Zalo", 226, "chat_groups", unit=NHABE, p=NOW10),
        F("khoảng 31.000 thành viên", 31000, "chat_group_members", "approx", unit=NHABE,
          p=NOW10),
        F("chạy 186 lượt xe loa", 186, "other", unit=NHABE),
        F("mở 126 lớp", 126, "study_sessions", unit=THANHXUAN),
        F("14.908 lượt cán bộ, đảng viên", 14908, "study_attendance", a="party_members",
          unit=THANHXUAN),
        F("11 trang fanpage", 11, "social_pages", unit=THANHXUAN, p=NOW10),
        F("đăng 3.460 tin, bài", 3460, "news_items", unit=THANHXUAN),
    ], traps=[("ngày 16/9/2024", 16), ("năm 2024", 2024), ("Quận 7", 7),
              ("lập mới 46 nhóm", 46), ("khoảng 4,88 km²", 4.88), ("7 xã", 7),
              ("1 thị trấn", 1), ("10 ngày", 10), ("ấp 3", 3), ("15-NQ/TW", 15),
              ("Luật Thủ đô năm 2024", 2024), ("Vành đai 3", 3)]),
    Doc("h20_11_nhieuloc_h2_2025", T11, NHIEULOC, P11, D11, "text", facts=[
        F("Văn bản đã ban hành: 17", 17, "documents_issued"),
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở chi bộ: 58", 58, "study_sessions"),
        F("2.571/2.640 đồng chí", 2571, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,39%", 97.39, "study_participation_rate"),
        F("Hội nghị triển khai cấp phường: 02", 2, "study_sessions"),
        F("Đảng viên dự: 2.498", 2498, "study_attendance", a="party_members"),
        F("tỷ lệ: 94,62%", 94.62, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.318", 1318, "study_attendance", a="masses"),
        F("trang thông tin điện tử phường: 284", 284, "news_items"),
        F("“Nhiêu Lộc hôm nay”: 356", 356, "news_items"),
        F("hai cấp: 12", 12, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 2.150", 2150, "propaganda_audience", "approx"),
        F("Quốc khánh 2/9: 640", 640, "other"),
        F("86 triệu đồng", 86000000, "other"),
        F("37 nhóm", 37, "chat_groups", p=inst("2025-11-30")),
        F("khoảng 14.600 thành viên", 14600, "chat_group_members", "approx",
          p=inst("2025-11-30")),
        F("Cộng tác viên dư luận xã hội: 24 người", 24, "opinion_collaborators",
          p=end_of(P11)),
        F("22 định kỳ", 22, "opinion_reports"),
        F("6 đột xuất", 6, "opinion_reports"),
        F("lượt dự thi: 3.912", 3912, "contest_entries"),
        F("6 tập thể", 6, "commended_collectives"),
        F("14 cá nhân", 14, "commended_individuals"),
    ], traps=[("Số 38-BC/ĐU", 38), ("ngày 15 tháng 12 năm 2025", 15),
              ("6 tháng cuối năm 2025", 6), ("năm 2026", 2026), ("phường 9, 11, 12 và 14", 9),
              ("Quận 3", 3), ("ngày 1/7/2025", 1), ("30/11/2025", 30), ("58 chi bộ", 58),
              ("2.640 đảng viên", 2640), ("1. Công tác", 1), ("6 kế hoạch", 6),
              ("11 công văn", 11), ("2. Học tập", 2), ("nhiệm kỳ 2025 – 2030", 2025),
              ("3. Công tác", 3), ("80 năm", 80), ("4. Dư luận", 4), ("5. Thi đua", 5),
              ("NĂM 2026", 2026), ("100% đảng viên", 100), ("37/37 khu phố", 37),
              ("Mở 2 lớp", 2), ("028 3930 4521", 28)]),
    Doc("h20_12_hanoi_wards_q1_2026", T12, HANOI, P12, D12, "text", facts=[
        F("2 hội nghị trực tuyến", 2, "study_sessions"),
        F("hơn 95.000 lượt cán bộ, đảng viên", 95000, "study_attendance", "at_least",
          a="party_members"),
        F("01 hội nghị cấp phường", 1, "study_sessions", unit=P_TAYHO),
        F("43 lớp", 43, "study_sessions", unit=P_TAYHO),
        F("3.904 lượt đảng viên", 3904, "study_attendance", a="party_members", unit=P_TAYHO),
        F("đạt 97,8%", 97.8, "study_participation_rate", unit=P_TAYHO),
        F("52 nhóm Zalo", 52, "chat_groups", unit=P_TAYHO, p=NOW12),
        F("gần 19.000 thành viên", 19000, "chat_group_members", "at_most", unit=P_TAYHO,
          p=NOW12),
        F("đăng 1.120 tin", 1120, "news_items", unit=P_TAYHO),
        F("28 buổi tuyên truyền", 28, "oral_propaganda_sessions", unit=P_THANHXUAN),
        F("khoảng 6.400 lượt cử tri", 6400, "propaganda_audience", "approx",
          unit=P_THANHXUAN),
        F("có 18 báo cáo viên", 18, "reporters", unit=X_UNGHOA, p=NOW12),
        F("1 hội nghị báo cáo viên", 1, "reporter_conferences", unit=X_UNGHOA),
        F("34 buổi nói chuyện", 34, "oral_propaganda_sessions", unit=X_UNGHOA),
        F("khoảng 3.100 lượt người dân", 3100, "propaganda_audience", "approx", "masses",
          unit=X_UNGHOA),
        F("gần như 100% đảng viên", 100, "study_participation_rate", "approx",
          unit=X_UNGHOA),
        F("một trăm lẻ năm bài dự thi", 105, "contest_entries", unit=X_THUONGTIN),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=X_THUONGTIN),
        F("87 học viên", 87, "trainees", unit=X_THUONGTIN),
        F("cho 5 tập thể", 5, "commended_collectives", unit=X_THUONGTIN),
        F("9 cá nhân", 9, "commended_individuals", unit=X_THUONGTIN),
    ], traps=[("09/04/2026", 9), ("năm 2026", 2026), ("126 điểm cầu", 126),
              ("96 hộ", 96), ("tổ dân phố số 7", 7), ("24 tòa chung cư", 24),
              ("khoảng 35 nghìn cư dân", 35000), ("15/3/2026", 15),
              ("nhiệm kỳ 2026–2031", 2026), ("21 khu vực bỏ phiếu", 21), ("99,81%", 99.81),
              ("12 tác phẩm tiêu biểu nhất", 12)]),
]
