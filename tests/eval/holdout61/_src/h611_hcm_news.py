"""Held-out set holdout61, part 1: news articles on HCMC districts and city bodies before the
2025 reform (a city round-up of a resolution's study, a district feature with a capitals sapo,
a newspaper round-up of three units' digital work).
Written from docs/LABELING.md, build_gold.py and the seeds only, without reading the extractor.

Decisions where the guide leaves room:
- A city round-up whose lead names the city body ("Theo Ban Tuyên giáo Thành ủy, ...") has the
  province as the article's unit; the bulleted unit headings ("* Quận 3") govern their sections,
  and a bare "hội nghị cấp quận" / "lớp" there counts the headline's study (study_sessions).
- "ghi nhận được 64 ý kiến, kiến nghị" (ideas gathered at study sessions, in an official's
  quotation) is a counted result outside the taxonomy: `other`.
- Copies printed ("in 6.000 cuốn") are `other` (guide); the booklet's size ("dày 48 trang") is
  a trap.
- A stock named as the subject of the work with no "hiện" marker ("15 trang của các phường đăng
  tải ...") is an instant at the article period's end.
- Commendations handed out at the meeting that closes the reported half-year take the article's
  period (the half-year), not the meeting's month.
- Hostile-content cases a team reported ("báo cáo 57 trường hợp thông tin sai sự thật") are
  `other`, not opinion_reports (they are cases, not reports on public opinion).
- People trained at a class ("mở 2 lớp bồi dưỡng cho 146 báo cáo viên cơ sở") are trainees,
  not a stock of lecturers.
- A limit an official names for the work ("Tin nào dài quá 300 chữ") is a size, a trap.
- Videos "phát" on a page in an official's quotation are news_items; their views are the
  audience (approx) of the same period.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

HCM = U("79")
Q3, GV, CC = U("Quận 3"), U("Quận Gò Vấp"), U("Huyện Củ Chi")
BTH = U("Quận Bình Thạnh")
PN = U("Quận Phú Nhuận")
TD, Q10, NB = U("Thành phố Thủ Đức"), U("Quận 10"), U("Huyện Nhà Bè")

T01 = """
Thứ Tư, ngày 20 tháng 12 năm 2017

Các quận, huyện cơ bản hoàn thành học tập Nghị quyết Trung ương 6 khóa XII

(Thanhuytphcm.vn) - Theo Ban Tuyên giáo Thành ủy, trong quý IV năm 2017, các cấp ủy trực thuộc Đảng bộ Thành phố đã tổ chức 5.126 hội nghị, lớp học tập, quán triệt các nghị quyết Hội nghị Trung ương 6 khóa XII cho hơn 318.000 lượt cán bộ, đảng viên. Nhiều đơn vị chia nhỏ lớp học, bố trí vào buổi tối hoặc ngày nghỉ để đảng viên đang làm việc tại doanh nghiệp có thể tham dự đầy đủ.

Ban Tuyên giáo Thành ủy đánh giá, nội dung các nghị quyết lần này gắn trực tiếp với việc sắp xếp tổ chức bộ máy, tăng cường công tác bảo vệ, chăm sóc sức khỏe Nhân dân và công tác dân số, nên được cán bộ, đảng viên đặc biệt quan tâm. Dưới đây là ghi nhận tại một số đơn vị.

* Quận 3

Quận ủy tổ chức 2 hội nghị cấp quận cho 1.120 cán bộ chủ chốt. Các đảng bộ phường, đảng bộ cơ sở tiếp tục mở 96 lớp với 8.437 lượt cán bộ, đảng viên dự học, đạt 97,3%. Để việc nghiên cứu thuận tiện, Ban Tuyên giáo Quận ủy biên soạn tài liệu hỏi - đáp dày 48 trang, in 6.000 cuốn phát đến từng chi bộ.

* Quận Gò Vấp

Tại Gò Vấp, 16 đảng bộ phường cùng 41 chi, đảng bộ cơ sở đã mở 318 lớp, thu hút 17.264 lượt cán bộ, đảng viên; riêng quần chúng nòng cốt có 3.905 lượt tham dự. Trước khi các báo cáo viên xuống cơ sở, quận tổ chức 1 hội nghị báo cáo viên để cung cấp thông tin chuyên sâu.

“Đảng viên lớn tuổi ở các chi bộ khu phố hỏi rất kỹ về việc tinh gọn bộ máy. Qua các lớp học, chúng tôi ghi nhận được 64 ý kiến, kiến nghị và đã tổng hợp thành 2 báo cáo chuyên đề về tâm tư của đảng viên gửi Thường trực Quận ủy”, đồng chí Trần Văn Minh, Trưởng ban Tuyên giáo Quận ủy Gò Vấp cho biết.

* Quận Bình Thạnh

Ban Tuyên giáo Quận ủy Bình Thạnh chọn cách “số hóa” tài liệu: toàn văn các nghị quyết được đăng trên trang thông tin điện tử của quận, kèm 12 bài viết hỏi - đáp ngắn gọn. Các đảng bộ phường mở 204 lớp với 11.630 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia đạt 95,42%. Quận cũng mở 2 lớp bồi dưỡng cho 146 báo cáo viên cơ sở về phương pháp truyền đạt nghị quyết.

* Huyện Củ Chi

Huyện ủy Củ Chi tổ chức 03 hội nghị cấp huyện theo hình thức trực tuyến, kết nối tới 21 điểm cầu xã, thị trấn, với gần 2.400 lượt cán bộ, đảng viên dự tại các điểm cầu. Sau đó, các chi bộ ấp tổ chức 187 buổi thảo luận, gắn nội dung nghị quyết với việc nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã.

Huyện hiện có 49 báo cáo viên cấp huyện; trong quý, đội ngũ này đã thực hiện 126 buổi nói chuyện chuyên đề tại các ấp, thu hút khoảng 9.800 lượt người nghe.

Ảnh: Đảng viên Chi bộ ấp 4, xã Tân Thạnh Đông thảo luận nghị quyết. (Ảnh: Thanh Tùng)

Thu Hằng

Tin liên quan

Quận 10: Mở 85 lớp học tập Nghị quyết Trung ương 6
Bình Chánh tổ chức 12 buổi nói chuyện về bảo vệ sức khỏe Nhân dân
"""

T02 = """
Cập nhật ngày 15-07-2019

Phú Nhuận: “Cà phê sáng” với báo cáo viên

SÁU THÁNG ĐẦU NĂM 2019, BAN TUYÊN GIÁO QUẬN ỦY PHÚ NHUẬN ĐÃ PHỐI HỢP VỚI 15 ĐẢNG ỦY PHƯỜNG TỔ CHỨC 84 BUỔI “CÀ PHÊ SÁNG” – MỘT HÌNH THỨC TUYÊN TRUYỀN MIỆNG MỚI, THU HÚT GẦN 6.300 LƯỢT NGƯỜI DÂN THAM GIA.

Tin, ảnh: Minh Khang

Bảy giờ sáng Chủ nhật, quán cà phê nhỏ trên đường Phan Đăng Lưu đã kín chỗ. Không sân khấu, không micro, báo cáo viên Nguyễn Hữu Tài ngồi chung bàn với các cụ hưu trí, vừa rót trà vừa kể chuyện dự án chống ngập, chuyện thu phí đỗ xe dưới lòng đường.

Ông Lâm Văn Tư, 71 tuổi, ngụ phường 7, nói vui: “Tuần nào tôi cũng ra đây, hai tháng nay chưa bỏ buổi nào. Nghe xong về kể lại cho cả tổ 12 người nghe”.

Theo bà Phạm Thị Ngọc Lan, Trưởng ban Tuyên giáo Quận ủy Phú Nhuận, mô hình được thí điểm từ tháng 3 tại 4 phường rồi nhân rộng ra toàn quận. “Mỗi buổi chỉ khoảng 60 đến 80 người, nhưng người dân hỏi gì báo cáo viên trả lời ngay, vướng mắc nào vượt thẩm quyền thì chúng tôi ghi lại. Sáu tháng qua, chúng tôi đã tổng hợp 23 báo cáo nhanh về dư luận gửi Ban Thường vụ Quận ủy”, bà Lan cho biết.

Cùng với “cà phê sáng”, trong 6 tháng đầu năm, quận tổ chức 3 hội nghị cấp quận học tập, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp và Quy định 08-QĐi/TW về trách nhiệm nêu gương. Ở cơ sở, các chi bộ khu phố mở thêm 132 lớp với 9.516 lượt cán bộ, đảng viên tham dự, tỷ lệ đạt 95,8%.

Trên không gian mạng, fanpage “Phú Nhuận ngày nay” và 15 trang của các phường đăng tải hơn 1.900 tin, bài, video clip; quận hiện duy trì 212 nhóm Zalo khu phố với khoảng 21.000 thành viên. Đến nay, đội ngũ cộng tác viên dư luận xã hội của quận có 38 đồng chí, trong đó 6 đồng chí mới được bổ sung là đoàn viên am hiểu mạng xã hội.

Phát biểu tại buổi sơ kết mô hình ngày 12/7, đồng chí Bí thư Quận ủy Phú Nhuận đề nghị 6 tháng cuối năm mỗi phường tổ chức ít nhất 2 buổi “cà phê sáng” mỗi tháng, đồng thời sẽ mở thêm điểm tại chợ Phú Nhuận và khu chung cư Nguyễn Kiệm.

Cũng trong dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 5 tập thể và 11 cá nhân có nhiều đóng góp cho mô hình.

Bài viết liên quan
Quận 3 ra mắt chuyên mục “Hỏi nhanh – đáp gọn” trên Zalo
Tân Bình: 9 chi bộ tiêu biểu trong học tập và làm theo Bác
"""

T03 = """
Cập nhật ngày 28-12-2023

Chuyển đổi số trong công tác tuyên giáo: mỗi địa phương một cách làm

Từ fanpage chính danh, nhóm Zalo khu phố đến những video ngắn trên TikTok, năm 2023 TP Thủ Đức và nhiều quận, huyện đã đưa thông tin chính thống đến gần hơn với người dân. Ghi nhận tại ba địa phương cho thấy mỗi nơi chọn một cách làm riêng.

TP Thủ Đức: “Thủ Đức ngày mới” trên mọi nền tảng

Năm 2023, Ban Tuyên giáo Thành ủy Thủ Đức tiếp tục vận hành trang thông tin điện tử và fanpage “Thủ Đức ngày mới”, đăng tải 4.680 tin, bài, phóng sự, infographic. Các sản phẩm có lượt tiếp cận ước đạt 3,2 triệu. Thành phố hiện có 34 fanpage của các phường cùng 1.512 nhóm Zalo khu phố, số thành viên hiện nay khoảng 192.000 người.

Ông Lê Minh Đức, Phó Trưởng ban Tuyên giáo Thành ủy Thủ Đức, cho biết: “Mỗi tuần chúng tôi phát một video ngắn hỏi – đáp về chính sách. Năm nay đã phát 41 video như vậy, thu hút khoảng 380.000 lượt xem”.

Quận 10: Đội “xung kích số” trên không gian mạng

Tại Quận 10, mỗi phường thành lập một đội “xung kích số” gồm đoàn viên, hội viên trẻ. Trong năm, các đội đã chia sẻ hơn 12 nghìn tin, bài định hướng, đồng thời phát hiện, báo cáo 57 trường hợp thông tin sai sự thật trên mạng. Quận tổ chức 4 lớp tập huấn kỹ năng quản trị fanpage cho 236 học viên là quản trị viên các trang của phường, đoàn thể.

Đồng chí Trưởng ban Tuyên giáo Quận ủy Quận 10 chia sẻ, cái khó nhất là giữ chân người đọc: “Tin nào dài quá 300 chữ là gần như không ai đọc hết. Vì thế các bạn trẻ phải học cách viết ngắn, chụp ảnh đẹp”.

Nhà Bè: Loa truyền thanh song hành cùng Zalo

Huyện Nhà Bè chọn cách kết hợp cái cũ và cái mới. Năm 2023, huyện lắp mới 35 cụm loa truyền thanh ở các ấp, khu phố; Đài Truyền thanh huyện phát 312 chương trình thời sự và 48 kỳ chuyên mục “Nhà Bè hôm nay”. Song song đó, huyện hiện có 264 nhóm Zalo ấp, khu phố. Tính đến ngày 30/11/2023, huyện có 27 báo cáo viên và 42 cộng tác viên dư luận xã hội; đội ngũ này đã gửi về Ban 96 báo cáo về tình hình tư tưởng, dư luận trong năm.

Quỳnh Như

Xem thêm
Bình Thạnh ra mắt 20 “Tổ dân phố số”
Phát động Giải báo chí về xây dựng Đảng lần thứ 8
"""

D01, D02, D03 = "2017-12-20", "2019-07-15", "2023-12-28"

DOCS = [
    Doc("h61_01_hcm_nqtw6_2017", T01, HCM, quarter(4, 2017), D01, "text", facts=[
        F("tổ chức 5.126 hội nghị, lớp học tập", 5126, "study_sessions"),
        F("hơn 318.000 lượt cán bộ, đảng viên", 318000, "study_attendance", "at_least",
          a="party_members"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=Q3),
        F("cho 1.120 cán bộ chủ chốt", 1120, "study_attendance", a="party_members", unit=Q3),
        F("mở 96 lớp", 96, "study_sessions", unit=Q3),
        F("8.437 lượt cán bộ, đảng viên", 8437, "study_attendance", a="party_members",
          unit=Q3),
        F("dự học, đạt 97,3%", 97.3, "study_participation_rate", unit=Q3),
        F("in 6.000 cuốn", 6000, "other", unit=Q3),
        F("mở 318 lớp", 318, "study_sessions", unit=GV),
        F("thu hút 17.264 lượt cán bộ, đảng viên", 17264, "study_attendance",
          a="party_members", unit=GV),
        F("có 3.905 lượt tham dự", 3905, "study_attendance", a="masses", unit=GV),
        F("tổ chức 1 hội nghị báo cáo viên", 1, "reporter_conferences", unit=GV),
        F("ghi nhận được 64 ý kiến, kiến nghị", 64, "other", unit=GV),
        F("2 báo cáo chuyên đề về tâm tư", 2, "opinion_reports", unit=GV),
        F("kèm 12 bài viết hỏi - đáp", 12, "news_items", unit=BTH),
        F("mở 204 lớp", 204, "study_sessions", unit=BTH),
        F("với 11.630 lượt cán bộ, đảng viên", 11630, "study_attendance", a="party_members",
          unit=BTH),
        F("tham gia đạt 95,42%", 95.42, "study_participation_rate", unit=BTH),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=BTH),
        F("cho 146 báo cáo viên cơ sở", 146, "trainees", unit=BTH),
        F("tổ chức 03 hội nghị cấp huyện", 3, "study_sessions", unit=CC),
        F("gần 2.400 lượt cán bộ, đảng viên", 2400, "study_attendance", "at_most",
          a="party_members", unit=CC),
        F("tổ chức 187 buổi thảo luận", 187, "party_cell_discussions", unit=CC),
        F("hiện có 49 báo cáo viên", 49, "reporters", unit=CC, p=inst(D01)),
        F("thực hiện 126 buổi nói chuyện", 126, "oral_propaganda_sessions", unit=CC),
        F("khoảng 9.800 lượt người nghe", 9800, "propaganda_audience", "approx", unit=CC),
    ], traps=[("ngày 20 tháng 12 năm 2017", 20), ("Trung ương 6", 6),
              ("quý IV năm 2017", 2017), ("Quận 3", 3), ("dày 48 trang", 48),
              ("16 đảng bộ phường", 16), ("41 chi, đảng bộ", 41), ("21 điểm cầu", 21),
              ("ấp 4", 4), ("Quận 10", 10), ("Mở 85 lớp", 85),
              ("tổ chức 12 buổi nói chuyện", 12)]),
    Doc("h61_02_phunhuan_2019", T02, PN, h1(2019), D02, "text", facts=[
        F("TỔ CHỨC 84 BUỔI “CÀ PHÊ SÁNG”", 84, "oral_propaganda_sessions"),
        F("GẦN 6.300 LƯỢT NGƯỜI DÂN", 6300, "propaganda_audience", "at_most", a="masses"),
        F("tổng hợp 23 báo cáo nhanh về dư luận", 23, "opinion_reports"),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở thêm 132 lớp", 132, "study_sessions"),
        F("với 9.516 lượt cán bộ, đảng viên", 9516, "study_attendance", a="party_members"),
        F("tỷ lệ đạt 95,8%", 95.8, "study_participation_rate"),
        F("15 trang của các phường", 15, "social_pages", p=end_of(h1(2019))),
        F("hơn 1.900 tin, bài", 1900, "news_items", "at_least"),
        F("duy trì 212 nhóm Zalo", 212, "chat_groups", p=inst(D02)),
        F("khoảng 21.000 thành viên", 21000, "chat_group_members", "approx", p=inst(D02)),
        F("của quận có 38 đồng chí", 38, "opinion_collaborators", p=inst(D02)),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("15-07-2019", 15), ("NĂM 2019", 2019), ("15 ĐẢNG ỦY PHƯỜNG", 15),
              ("71 tuổi", 71), ("phường 7", 7), ("cả tổ 12 người", 12), ("từ tháng 3", 3),
              ("tại 4 phường", 4), ("khoảng 60 đến 80 người", 60), ("80 người", 80),
              ("6 tháng đầu năm", 6), ("Chỉ thị 35-CT/TW", 35), ("Quy định 08-QĐi/TW", 8),
              ("trong đó 6 đồng chí", 6), ("ngày 12/7", 12), ("6 tháng cuối năm", 6),
              ("ít nhất 2 buổi", 2), ("Quận 3", 3), ("9 chi bộ tiêu biểu", 9)]),
    Doc("h61_03_hcm_chuyendoiso_2023", T03, TD, year(2023), D03, "text", facts=[
        F("đăng tải 4.680 tin, bài", 4680, "news_items", unit=TD),
        F("lượt tiếp cận ước đạt 3,2 triệu", 3200000, "propaganda_audience", "approx",
          unit=TD),
        F("hiện có 34 fanpage", 34, "social_pages", unit=TD, p=inst(D03)),
        F("1.512 nhóm Zalo khu phố", 1512, "chat_groups", unit=TD, p=inst(D03)),
        F("khoảng 192.000 người", 192000, "chat_group_members", "approx", unit=TD,
          p=inst(D03)),
        F("đã phát 41 video", 41, "news_items", unit=TD),
        F("khoảng 380.000 lượt xem", 380000, "propaganda_audience", "approx", unit=TD),
        F("hơn 12 nghìn tin, bài", 12000, "news_items", "at_least", unit=Q10),
        F("báo cáo 57 trường hợp", 57, "other", unit=Q10),
        F("tổ chức 4 lớp tập huấn", 4, "training_classes", unit=Q10),
        F("cho 236 học viên", 236, "trainees", unit=Q10),
        F("lắp mới 35 cụm loa", 35, "other", unit=NB),
        F("phát 312 chương trình thời sự", 312, "news_items", unit=NB),
        F("48 kỳ chuyên mục", 48, "news_items", unit=NB),
        F("hiện có 264 nhóm Zalo", 264, "chat_groups", unit=NB, p=inst(D03)),
        F("huyện có 27 báo cáo viên", 27, "reporters", unit=NB, p=inst("2023-11-30")),
        F("42 cộng tác viên dư luận xã hội", 42, "opinion_collaborators", unit=NB,
          p=inst("2023-11-30")),
        F("gửi về Ban 96 báo cáo", 96, "opinion_reports", unit=NB),
    ], traps=[("28-12-2023", 28), ("năm 2023", 2023), ("Năm 2023", 2023), ("Quận 10", 10),
              ("dài quá 300 chữ", 300), ("Tính đến ngày 30/11/2023", 30),
              ("20 “Tổ dân phố số”", 20), ("lần thứ 8", 8)]),
]
