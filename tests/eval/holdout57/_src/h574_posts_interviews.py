"""holdout57, part 4: a district fanpage post with emoji list lines (Hanoi 2017), an interview
transcript with speaker labels (TP Thủ Đức 2022), a district news article with a table whose
columns are years (Hanoi 2018). Written from docs/LABELING.md, build_gold.py, one earlier source
for format, the seeds and the samples, without reading or running the extractor (decisions:
see part 1). Part-specific decisions:
- A social post's stamp ("02 tháng 10, 2017 lúc 20:15") is the document date; reactions,
  comments, shares and hashtags are traps.
- "Đồng chí Trưởng ban:" answers speak for TP Thủ Đức; "Thủ Đức hiện có ..." is TP Thủ Đức.
- A table "Chỉ tiêu | Năm 2017 | Năm 2018 | So sánh (%)": each column is its year (full year),
  the comparison column is a trap.
- "12.486 bài dự thi, trong đó 9.320 bài trắc nghiệm": the total is the fact, the part a trap.
"""
from build_gold import Doc, F, U, end_of, inst, m9, year

STAY = U("Thị xã Sơn Tây")
TD = U("Thành phố Thủ Đức")
HBT = U("Quận Hai Bà Trưng")

T10 = """
Ban Tuyên giáo Thị ủy Sơn Tây
02 tháng 10, 2017 lúc 20:15 · 🌐

📌 SƠN TÂY – KẾT QUẢ NỔI BẬT CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2017

Chín tháng qua, Ban Tuyên giáo Thị ủy đã tham mưu triển khai đồng bộ các nhiệm vụ, trọng tâm là học tập Nghị quyết Trung ương 5 khóa XII về kinh tế tư nhân, doanh nghiệp nhà nước. Một số kết quả chính:

✅ 02 hội nghị cấp thị xã học tập, quán triệt Nghị quyết Trung ương 5
✅ 142 lớp ở các chi bộ, với 8.964 lượt cán bộ, đảng viên; tỷ lệ đạt 95,4%
✅ Ban hành 19 văn bản hướng dẫn, chỉ đạo
✅ 88 buổi nói chuyện chuyên đề – lượt người nghe: khoảng 7.300
✅ Treo 640 băng rôn, khẩu hiệu chào mừng 72 năm Cách mạng Tháng Tám và Quốc khánh 2/9
✅ Trang Facebook "Sơn Tây ngày mới" đăng 512 tin, bài, video; hiện có hơn 14.000 người theo dõi
✅ Hai lớp bồi dưỡng nghiệp vụ cho 86 cán bộ tuyên giáo cơ sở
✅ Đội ngũ báo cáo viên thị xã: 37 đồng chí
✅ Cuộc thi viết "Thành cổ Sơn Tây – 195 năm" nhận 1.126 bài dự thi; 15 tác phẩm xuất sắc nhất được chọn trao giải
✅ Khen thưởng 6 tập thể, 17 cá nhân
✅ Các chi bộ tổ chức 210 buổi sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
✅ Cộng tác viên dư luận xã hội gửi 24 báo cáo tình hình tư tưởng, tâm trạng của Nhân dân

📍 Quý IV: phấn đấu 100% chi bộ hoàn thành học tập nghị quyết, tổ chức hội nghị báo cáo viên vào tháng 12.

Trân trọng cảm ơn các đồng chí báo cáo viên, tuyên truyền viên của 15 xã, phường đã đồng hành! Mọi ý kiến góp ý xin gửi về Ban Tuyên giáo Thị ủy, số 2 đường Lê Lợi, phường Lê Lợi, hoặc qua số điện thoại 024.3383.2156.

#SonTay #TuyenGiao #NQTW5

👍❤️ 312     57 bình luận · 143 lượt chia sẻ

Bình luận nổi bật
Nguyễn Minh Đức: Tổ dân phố em tháng nào cũng có 1 buổi nói chuyện thời sự, rất bổ ích ạ! · Thích · Phản hồi · 2 ngày
Trần Thu Hà: Mong Ban mở thêm lớp cho đảng viên trẻ 👏 · Thích · Phản hồi · 1 ngày
"""

T11 = """
Tuyên giáo | Thời sự | Kinh tế | Xã hội | Văn hóa | Podcast
09/01/2023 07:45 GMT+7

TP Thủ Đức: Tuyên giáo "bắt nhịp" đô thị sáng tạo

Năm 2022 là năm thứ hai TP Thủ Đức vận hành theo mô hình thành phố thuộc thành phố. Phóng viên trao đổi với đồng chí Huỳnh Thanh Sơn, Trưởng ban Tuyên giáo Thành ủy Thủ Đức, về kết quả công tác tuyên giáo năm qua.

Phóng viên: Xin đồng chí cho biết những kết quả nổi bật của năm 2022?

Đồng chí Trưởng ban: Năm qua, Thành ủy Thủ Đức tổ chức 4 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Trung ương 5 khóa XIII; 34 đảng bộ phường và 27 chi, đảng bộ cơ sở mở 1.126 lớp, với 61.450 lượt cán bộ, đảng viên, đạt 96,35%. Chúng tôi cũng mở 18 lớp bồi dưỡng lý luận chính trị cho 1.540 học viên, trong đó có 3 lớp trung cấp; tổ chức 6 hội nghị báo cáo viên. Thành ủy đã khen thưởng 21 tập thể, 43 cá nhân có thành tích trong học tập và làm theo Bác.

Phóng viên: Thủ Đức có Khu Công nghệ cao, nhiều trường đại học. Tuyên truyền cho công nhân, sinh viên được thực hiện thế nào?

Đồng chí Trưởng ban: Khu Công nghệ cao, nơi làm việc của khoảng 55.000 kỹ sư, công nhân, là địa bàn chúng tôi ưu tiên. Năm qua, chúng tôi tổ chức 76 buổi nói chuyện chuyên đề tại 14 doanh nghiệp với khoảng 9.800 lượt công nhân. Ở khu đô thị Đại học Quốc gia, nơi có gần 100 nghìn sinh viên, Ban phối hợp Đoàn Thanh niên tổ chức cuộc thi tìm hiểu về TP Thủ Đức, thu hút 12.486 bài dự thi, trong đó 9.320 bài trắc nghiệm.

Phóng viên: Còn trên không gian mạng?

Đồng chí Trưởng ban: Thủ Đức hiện có 1 cổng thông tin điện tử, 35 fanpage của Thành ủy và các phường, 1.530 nhóm Zalo khu phố. Năm qua, các kênh này đăng khoảng 21 nghìn tin, bài, lượt tiếp cận ước đạt 3,5 triệu. Đội ngũ 120 cộng tác viên dư luận xã hội gửi 96 báo cáo. Có lần một chị bán hàng ở chợ Thủ Đức nói với tôi: 'Ngày nào em cũng coi fanpage phường 3 lần'.

Phóng viên: Năm 2023, Thủ Đức đặt ra những mục tiêu gì?

Đồng chí Trưởng ban: Chúng tôi phấn đấu 100% đảng viên học tập nghị quyết mới, mỗi phường có ít nhất 2 mô hình "Dân vận khéo" và tổ chức Hội thi báo cáo viên giỏi lần thứ 2.

Phóng viên: Xin cảm ơn đồng chí!

Thu Trang (thực hiện)
"""

T12 = """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HAI BÀ TRƯNG
Trang chủ › Tin tức › Xây dựng Đảng
Đường dây nóng Ban Tuyên giáo Quận ủy: 024.3978.2211

Thứ Ba, 27/11/2018, 16:20 (GMT+7)

Hai Bà Trưng: Cuộc thi tìm hiểu Hiến pháp thu hút đông đảo người dân

(HBT) - Chiều 26/11, Quận ủy Hai Bà Trưng tổng kết, trao giải Cuộc thi tìm hiểu Hiến pháp năm 2013 và pháp luật liên quan, hưởng ứng Ngày Pháp luật Việt Nam 9/11. Năm 2018, công tác tuyên truyền, phổ biến pháp luật trên địa bàn quận được đẩy mạnh.

Ban tổ chức trao giải Đặc biệt cho thí sinh. Ảnh: Hải Linh

Sau hơn 2 tháng phát động (từ ngày 10/9 đến 10/11), cuộc thi nhận được 3.214 bài dự thi của cán bộ, đảng viên và nhân dân 20 phường, trong đó 2.870 bài trắc nghiệm và 344 bài tự luận. Ban tổ chức trao 1 giải Đặc biệt, 3 giải Nhất, 6 giải Nhì và 30 giải Khuyến khích; tổng giá trị giải thưởng 45 triệu đồng.

Cũng tại hội nghị, Ban Tuyên giáo Quận ủy thông tin một số kết quả tuyên truyền, phổ biến pháp luật:

Chỉ tiêu | Năm 2017 | Năm 2018 | So sánh (%)
Buổi tuyên truyền miệng, nói chuyện pháp luật | 124 | 157 | 126,6
Lượt người nghe | 10.350 | 13.920 | 134,5
Tin, bài trên trang thông tin điện tử quận | 388 | 452 | 116,5

Năm nay, quận cũng tổ chức 1 đợt sinh hoạt chính trị, tư tưởng về chuyên đề năm 2018 "Nâng cao ý thức trách nhiệm, hiệu quả công việc, xây dựng phong cách, tác phong cán bộ".

"Qua cuộc thi, chúng tôi thấy ý thức tìm hiểu pháp luật của người dân được nâng lên rõ rệt. Năm nay, Quận ủy đã khen thưởng 5 tập thể và 12 cá nhân có thành tích trong tổ chức cuộc thi", đồng chí Trần Thị Phương Hoa, Trưởng ban Tuyên giáo Quận ủy Hai Bà Trưng, cho biết.

Bà Vũ Thị Ngọc, 71 tuổi, phường Bạch Mai, người đoạt giải Nhì, chia sẻ: "Tôi đọc đi đọc lại Hiến pháp 3 lần mới dám viết bài".

Hải Linh
Lượt đọc: 725
Từ khóa: Hai Bà Trưng, Hiến pháp, cuộc thi

Xem thêm:
- Hai Bà Trưng lấy ý kiến nhân dân về sắp xếp đơn vị hành chính cấp phường (20/11/2018)
- Phường Thanh Nhàn ra mắt 5 câu lạc bộ pháp luật
"""

D10, D11, D12 = "2017-10-02", "2023-01-09", "2018-11-27"

DOCS = [
    Doc("h57_10", T10, STAY, m9(2017), D10, "text", facts=[
        F("02 hội nghị cấp thị xã", 2, "study_sessions"),
        F("142 lớp ở các chi bộ", 142, "study_sessions"),
        F("với 8.964 lượt cán bộ, đảng viên", 8964, "study_attendance", a="party_members"),
        F("tỷ lệ đạt 95,4%", 95.4, "study_participation_rate"),
        F("Ban hành 19 văn bản", 19, "documents_issued"),
        F("88 buổi nói chuyện chuyên đề", 88, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 7.300", 7300, "propaganda_audience", "approx"),
        F("Treo 640 băng rôn", 640, "other"),
        F("đăng 512 tin, bài", 512, "news_items"),
        F("hơn 14.000 người theo dõi", 14000, "propaganda_audience", "at_least",
          p=inst(D10)),
        F("Hai lớp bồi dưỡng nghiệp vụ", 2, "training_classes"),
        F("cho 86 cán bộ", 86, "trainees"),
        F("báo cáo viên thị xã: 37 đồng chí", 37, "reporters", p=end_of(m9(2017))),
        F("nhận 1.126 bài dự thi", 1126, "contest_entries"),
        F("Khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể, 17 cá nhân", 17, "commended_individuals"),
        F("tổ chức 210 buổi sinh hoạt chuyên đề", 210, "party_cell_discussions"),
        F("gửi 24 báo cáo tình hình tư tưởng", 24, "opinion_reports"),
    ], traps=[("của 15 xã, phường", 15), ("số 2 đường Lê Lợi", 2), ("024.3383.2156", 24),
              ("có 1 buổi nói chuyện", 1), ("2 ngày", 2), ("1 ngày", 1), ("02 tháng 10, 2017", 2), ("20:15", 20), ("9 THÁNG NĂM 2017", 9),
              ("Trung ương 5", 5), ("72 năm", 72), ("Quốc khánh 2/9", 2),
              ("195 năm", 195), ("15 tác phẩm xuất sắc nhất", 15), ("100% chi bộ", 100),
              ("tháng 12", 12), ("#NQTW5", 5), ("👍❤️ 312", 312), ("57 bình luận", 57),
              ("143 lượt chia sẻ", 143)]),
    Doc("h57_11", T11, TD, year(2022), D11, "text", facts=[
        F("tổ chức 4 hội nghị cấp thành phố", 4, "study_sessions"),
        F("mở 1.126 lớp", 1126, "study_sessions"),
        F("với 61.450 lượt cán bộ, đảng viên", 61450, "study_attendance", a="party_members"),
        F("đạt 96,35%", 96.35, "study_participation_rate"),
        F("mở 18 lớp bồi dưỡng lý luận chính trị", 18, "training_classes"),
        F("cho 1.540 học viên", 1540, "trainees"),
        F("tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("khen thưởng 21 tập thể", 21, "commended_collectives"),
        F("21 tập thể, 43 cá nhân", 43, "commended_individuals"),
        F("tổ chức 76 buổi nói chuyện", 76, "oral_propaganda_sessions"),
        F("khoảng 9.800 lượt công nhân", 9800, "propaganda_audience", "approx"),
        F("thu hút 12.486 bài dự thi", 12486, "contest_entries"),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", p=inst(D11)),
        F("35 fanpage", 35, "social_pages", p=inst(D11)),
        F("1.530 nhóm Zalo", 1530, "chat_groups", p=inst(D11)),
        F("khoảng 21 nghìn tin, bài", 21000, "news_items", "approx"),
        F("ước đạt 3,5 triệu", 3500000, "propaganda_audience", "approx"),
        F("Đội ngũ 120 cộng tác viên", 120, "opinion_collaborators", p=end_of(year(2022))),
        F("gửi 96 báo cáo", 96, "opinion_reports"),
    ], traps=[("09/01/2023", 9), ("07:45", 7), ("GMT+7", 7), ("Năm 2022", 2022),
              ("năm 2022", 2022), ("Trung ương 5", 5), ("34 đảng bộ phường", 34),
              ("27 chi, đảng bộ cơ sở", 27), ("3 lớp trung cấp", 3),
              ("khoảng 55.000 kỹ sư", 55000), ("tại 14 doanh nghiệp", 14),
              ("gần 100 nghìn sinh viên", 100000), ("9.320 bài trắc nghiệm", 9320),
              ("fanpage phường 3 lần", 3), ("Năm 2023", 2023), ("100% đảng viên", 100),
              ("ít nhất 2 mô hình", 2), ("lần thứ 2", 2)]),
    Doc("h57_12", T12, HBT, year(2018), D12, "text", facts=[
        F("nhận được 3.214 bài dự thi", 3214, "contest_entries"),
        F("pháp luật | 124", 124, "oral_propaganda_sessions", p=year(2017)),
        F("| 157 |", 157, "oral_propaganda_sessions"),
        F("Lượt người nghe | 10.350", 10350, "propaganda_audience", p=year(2017)),
        F("| 13.920 |", 13920, "propaganda_audience"),
        F("điện tử quận | 388", 388, "news_items", p=year(2017)),
        F("| 452 |", 452, "news_items"),
        F("tổ chức 1 đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("024.3978.2211", 24), ("27/11/2018", 27), ("16:20", 16), ("GMT+7", 7),
              ("Chiều 26/11", 26), ("Hiến pháp năm 2013", 2013), ("Ngày Pháp luật Việt Nam 9/11", 9),
              ("Năm 2018", 2018), ("hơn 2 tháng", 2), ("từ ngày 10/9", 10),
              ("đến 10/11", 10), ("nhân dân 20 phường", 20), ("2.870 bài trắc nghiệm", 2870),
              ("344 bài tự luận", 344), ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3),
              ("6 giải Nhì", 6), ("30 giải Khuyến khích", 30), ("45 triệu đồng", 45000000),
              ("Năm 2017", 2017), ("126,6", 126.6), ("134,5", 134.5), ("116,5", 116.5),
              ("chuyên đề năm 2018", 2018), ("Hai Bà Trưng", 2), ("71 tuổi", 71), ("Hiến pháp 3 lần", 3),
              ("Lượt đọc: 725", 725), ("(20/11/2018)", 20), ("ra mắt 5 câu lạc bộ", 5)]),
]
