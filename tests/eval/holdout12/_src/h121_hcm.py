"""Holdout 12, batch 1: HCMC districts 2016-2020 (Quận 4, Quận 8, Bình Tân, Củ Chi/Nhà Bè/Bình Chánh).

Genres: a radio news transcript, a meeting minute (biên bản), a data sheet of "Label: N" lines
(sidecar date, no date in the text), a district newsletter item covering three districts.
"""
from build_gold import Doc, F, U, end_of, h2, inst, m9, quarter, since, year

Q4, Q8, BTN = U("773"), U("776"), U("777")
CC, NB, BC = U("783"), U("786"), U("785")

T01 = """
ĐÀI TRUYỀN THANH QUẬN 4
Chương trình thời sự buổi chiều, phát lúc 17 giờ 30, thứ Năm ngày 12/1/2017

[Nhạc hiệu]

Phát thanh viên (PTV): Kính thưa quý vị và các bạn thính giả! Chiều nay, tại hội trường Quận ủy, số 5 Đoàn Như Hài, phường 12, Quận ủy Quận 4 đã tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016 và triển khai nhiệm vụ năm 2017. Sau đây là bài tường thuật của phóng viên Thu Hà.

Phóng viên (PV): Thưa quý vị, năm 2016 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ XI, nhiệm kỳ 2015 – 2020, cũng là năm diễn ra cuộc bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp. Theo báo cáo trình bày tại hội nghị, trong năm Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ ban hành 19 văn bản chỉ đạo, hướng dẫn công tác tư tưởng và triển khai hai đợt sinh hoạt chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Việc học tập Nghị quyết Đại hội XII của Đảng được các cấp ủy triển khai sớm. Toàn Đảng bộ mở 52 lớp, có 7.463 lượt cán bộ, đảng viên và gần 2.900 lượt quần chúng ưu tú, đoàn viên, hội viên dự học; tỷ lệ đảng viên tham gia đạt 97,09%. Còn 224 đảng viên chưa tham gia, phần lớn do tuổi cao, đau ốm.

Về tuyên truyền miệng, quận hiện có 41 báo cáo viên. Cả năm, Ban tổ chức mười hai hội nghị báo cáo viên định kỳ; các báo cáo viên đã đi nói chuyện 236 buổi tại khu phố, chợ, trường học, với khoảng 21.500 lượt người nghe. Các chi bộ khu phố cũng tổ chức 310 buổi sinh hoạt chuyên đề gắn với việc học tập và làm theo Bác.

Trên sóng phát thanh, chuyên mục “Quận 4 – Đổi mới và phát triển” phát 48 kỳ, mỗi kỳ 15 phút; Trang thông tin điện tử quận đăng 1.126 tin, bài, ảnh. Phối hợp với Trung tâm Bồi dưỡng chính trị quận, Ban mở 6 lớp bồi dưỡng nhận thức về Đảng và đảng viên mới với 418 học viên. Cuộc thi tìm hiểu lịch sử Đảng bộ quận thu hút 5.318 bài dự thi; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 15 giải Khuyến khích.

PV: Bên lề hội nghị, chúng tôi đã trao đổi với đồng chí Trưởng ban Tuyên giáo Quận ủy Quận 4.

Đồng chí Trưởng ban: “Năm qua, mạng lưới 68 cộng tác viên dư luận xã hội của quận đã gửi về 94 báo cáo, phản ánh nhiều tâm tư của bà con sống ven kênh Tẻ, nhất là chuyện giải tỏa, tái định cư. Báo cáo nào chúng tôi cũng tổng hợp, tham mưu Thường trực Quận ủy xử lý.”

PV: Ông Lê Văn Tư, 70 tuổi, ở khu phố 4, phường 6, chia sẻ:

Ông Tư: “Tháng nào khu phố tôi cũng có 1 buổi nói chuyện thời sự. Cả năm tôi đi đủ 12 buổi, nghe xong về kể lại cho bà con trong tổ 38 nghe.”

PV: Dịp này, Ban Thường vụ Quận ủy khen thưởng 9 tập thể và 14 cá nhân có thành tích xuất sắc trong công tác tuyên giáo. Phát biểu chỉ đạo, đồng chí Bí thư Quận ủy đề nghị năm 2017 phấn đấu 100% chi bộ khu phố đưa thông tin thời sự vào sinh hoạt hằng tháng, mỗi phường có ít nhất 5 cộng tác viên dư luận xã hội. Thu Hà, Đài Truyền thanh Quận 4.

PTV: Quý vị vừa nghe bài tường thuật của phóng viên Thu Hà. Bản tin thời sự đến đây xin tạm dừng. Mời quý vị đón nghe chương trình tiếp theo vào lúc 5 giờ 30 sáng mai. Mọi ý kiến đóng góp xin gửi về Đài theo số điện thoại 028.3940.2716.
"""

T02 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH                ĐẢNG CỘNG SẢN VIỆT NAM
QUẬN ỦY QUẬN 8
BAN TUYÊN GIÁO
        *
                                        Quận 8, ngày 28 tháng 12 năm 2017

BIÊN BẢN
Cuộc họp cơ quan đánh giá công tác tuyên giáo 6 tháng cuối năm 2017

Thời gian: 14 giờ 00, ngày 28/12/2017.
Địa điểm: Phòng họp số 2, trụ sở Quận ủy Quận 8.
Chủ trì: đồng chí Trưởng ban Tuyên giáo Quận ủy.
Thư ký: đồng chí Võ Thị Ngọc Hân, chuyên viên.
Thành phần: 11/11 cán bộ, chuyên viên của Ban; đại diện Trung tâm Bồi dưỡng chính trị quận và Đài Truyền thanh quận.

NỘI DUNG CUỘC HỌP

1. Đồng chí Phó Trưởng ban trình bày dự thảo báo cáo. Sáu tháng cuối năm 2017 (từ tháng 7 đến tháng 12), Ban đã:
- Tham mưu Ban Thường vụ Quận ủy ban hành 16 văn bản (kế hoạch, hướng dẫn, công văn định hướng).
- Tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 6 khóa XII; đảng bộ 16 phường và các chi, đảng bộ cơ sở mở 71 lớp. Tổng số 11.024 lượt cán bộ, đảng viên dự, đạt 95,6%.
- Hội nghị báo cáo viên: 06; báo cáo viên hiện có: 57 đồng chí.
- Tuyên truyền miệng: 184 buổi, thu hút xấp xỉ 15.600 lượt người nghe.
- Các chi bộ khu phố tổ chức 498 buổi sinh hoạt thảo luận chuyên đề “Xây dựng phong cách, tác phong công tác của người đứng đầu”.
- Phối hợp Trung tâm Bồi dưỡng chính trị quận mở 5 lớp sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới, có 387 học viên.
- Bản tin “Sinh hoạt tư tưởng” phát hành 6 số, mỗi số 1.500 bản.
- Cuộc thi viết “Quận 8 – những điều bình dị” nhận 623 bài dự thi.
- Đến cuối năm, toàn quận có 129 nhóm Zalo khu phố với trên 9.800 thành viên.
- Tiếp nhận, tổng hợp 41 báo cáo tình hình tư tưởng, dư luận từ cơ sở.
- Tặng giấy khen cho 12 cá nhân là cộng tác viên dư luận xã hội tiêu biểu.

2. Ý kiến thảo luận
- Đồng chí Lê Minh Tâm (phụ trách khoa giáo): đề nghị bổ sung vào báo cáo kết quả phối hợp tuyên truyền phòng, chống sốt xuất huyết; năm 2018 nên in thêm 2.000 tờ gấp.
- Đồng chí Trần Văn Phúc (Trung tâm Bồi dưỡng chính trị): đề nghị quý I/2018 mở 2 lớp bồi dưỡng cho bí thư chi bộ khu phố mới được bầu; kiến nghị bổ sung 1 biên chế giảng viên.
- Đồng chí Võ Thị Ngọc Hân: một số phường gửi báo cáo dư luận chậm, có báo cáo sau 10 ngày mới gửi về Ban.

3. Kết luận của đồng chí chủ trì
- Thống nhất với dự thảo báo cáo; đề nghị Ban Thường vụ Quận ủy khen thưởng 6 tập thể, 10 cá nhân có thành tích trong năm.
- Giao bộ phận tổng hợp hoàn chỉnh báo cáo, gửi Ban Tuyên giáo Thành ủy trước ngày 5/1/2018.
- Năm 2018, tập trung tuyên truyền kỷ niệm 50 năm Cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968; phấn đấu 100% khu phố có nhóm Zalo.

Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày. Biên bản gồm 03 trang, lập thành 02 bản, đã thông qua trước toàn thể cuộc họp.

THƯ KÝ                                          CHỦ TRÌ
"""

T03 = """
QUẬN ỦY BÌNH TÂN
BAN TUYÊN GIÁO

SỐ LIỆU CÔNG TÁC TUYÊN GIÁO QUÝ II NĂM 2019
(Phụ lục kèm Báo cáo số 112-BC/BTGQU)

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT, CHỈ THỊ CỦA ĐẢNG
- Hội nghị cấp quận: 02
- Lớp ở các đảng bộ, chi bộ cơ sở: 47
- Lượt cán bộ, đảng viên dự: 9.215
- Lượt quần chúng dự: 1.836
- Tỷ lệ đảng viên tham gia: 93,4%
- Đảng viên chưa tham gia: 651 (đi làm ăn xa, ốm đau, miễn sinh hoạt)

B. BÁO CÁO VIÊN, TUYÊN TRUYỀN MIỆNG
- Báo cáo viên cấp quận (tính đến 30/6): 38
- Hội nghị báo cáo viên: 03
- Buổi tuyên truyền miệng, nói chuyện chuyên đề: 126
- Lượt người nghe: khoảng 10.400

C. THÔNG TIN, TRUYỀN THÔNG
- Tin, bài trên Trang thông tin điện tử quận: 582
- Bản tin “Bình Tân ngày mới” (số phát hành trong quý): 3
- Fanpage chính danh của quận và phường: 17
- Nhóm Zalo khu phố, tổ dân phố: 246
- Thành viên các nhóm: hơn 21.000
- Băng rôn, khẩu hiệu, pano: 2.340

D. DƯ LUẬN XÃ HỘI
- Cộng tác viên dư luận xã hội: 74
- Báo cáo nhanh tiếp nhận từ cơ sở: 58
- Báo cáo dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 11

E. BỒI DƯỠNG NGHIỆP VỤ
- Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo: 2
- Học viên: 164

G. THI ĐUA, KHEN THƯỞNG
- Cuộc thi trực tuyến “Tuổi trẻ Bình Tân học tập và làm theo lời Bác” – lượt dự thi: 4.077
- Tập thể được khen thưởng: 5
- Cá nhân được khen thưởng: 8
- Giải thưởng đã trao: 1 giải Đặc biệt, 2 giải Nhất

Ghi chú: Số liệu tổng hợp từ báo cáo của 10 phường và 36 chi, đảng bộ cơ sở trực thuộc. Quận có diện tích khoảng 52 km², dân số khoảng 730 nghìn người. Chỉ tiêu cả năm 2019: 100% khu phố có nhóm Zalo; mở 6 lớp bồi dưỡng nghiệp vụ. Số liệu quý III sẽ gửi trước ngày 5/10.
"""

T04 = """
HUYỆN ỦY CỦ CHI
BẢN TIN SINH HOẠT NỘI BỘ – SỐ 10 (THÁNG 10/2020)

Chuyên mục: Trao đổi kinh nghiệm

BA HUYỆN NGOẠI THÀNH CHIA SẺ CÁCH LÀM TUYÊN TRUYỀN TRONG MÙA DỊCH

Ngày 7/10/2020, tại hội trường Huyện ủy Củ Chi, Ban Tuyên giáo Huyện ủy ba huyện Củ Chi, Nhà Bè và Bình Chánh (Cụm thi đua số 5) giao ban công tác tuyên giáo 9 tháng năm 2020. Năm nay, dịch Covid-19 buộc nhiều hội nghị chuyển sang hình thức trực tuyến; loa truyền thanh và mạng xã hội trở thành kênh chủ lực.

* Huyện Củ Chi

Chín tháng qua, Huyện ủy Củ Chi tổ chức 6 hội nghị trực tuyến quán triệt các chỉ thị của Trung ương, Thành ủy về phòng, chống dịch, kết nối tới 21 điểm cầu xã, thị trấn. Đài Truyền thanh huyện phát 274 chương trình thời sự; riêng chuyên mục “Củ Chi chung tay chống dịch” lên sóng 39 kỳ. Các xe loa lưu động phát hơn 1.150 giờ trên các tuyến đường liên ấp, Tỉnh lộ 8 và Quốc lộ 22.

Theo bà Nguyễn Thị Mỹ Linh, Trưởng ban Tuyên giáo Huyện ủy Củ Chi, cái khó nhất là giữ nền nếp sinh hoạt chi bộ khi không thể tụ tập đông người. “Từ tháng 4, các chi bộ ấp đã tổ chức 612 buổi sinh hoạt theo nhóm nhỏ hoặc trực tuyến, tài liệu được gửi qua Zalo cho từng đảng viên”, bà Linh cho biết.

Ông Phạm Văn Bảy, 66 tuổi, ấp Bàu Tre 2, kể: “Tối nào loa ấp cũng đọc tin 30 phút, ai ở nhà cũng nghe được, có hôm đọc 2 lần.”

* Huyện Nhà Bè

Ban Tuyên giáo Huyện ủy Nhà Bè tham mưu ban hành 23 văn bản; tổ chức 14 hội nghị học tập, quán triệt với 2.864 lượt cán bộ, đảng viên. Huyện hiện có 46 cộng tác viên dư luận xã hội; 9 tháng, mạng lưới này gửi về 73 báo cáo, tập trung vào giá cả, việc làm và bồi thường các dự án. Fanpage “Nhà Bè Online” hiện có hơn 18.000 người theo dõi, là kênh để bà con hỏi đáp về gói hỗ trợ 62.000 tỷ đồng của Chính phủ.

▪ Huyện Bình Chánh

Bình Chánh, huyện có dân số đông nhất Thành phố với hơn 700 nghìn người, duy trì 512 nhóm Zalo ấp, khu dân cư với khoảng 63.000 thành viên. Phối hợp với Trung tâm Chính trị huyện, Ban Tuyên giáo Huyện ủy mở 8 lớp cảm tình Đảng, đảng viên mới cho 645 học viên. Huyện cũng hoàn thành đợt sinh hoạt chính trị “Tự hào truyền thống Đảng bộ huyện”, một trong hai đợt sinh hoạt chính trị mà Huyện ủy đã triển khai. Huyện ủy khen thưởng 7 tập thể, 11 cá nhân có thành tích trong tuyên truyền phòng, chống dịch.

Kết thúc giao ban, Cụm thi đua số 5 thống nhất trong quý IV tập trung tuyên truyền Đại hội đại biểu Đảng bộ Thành phố lần thứ XI, nhiệm kỳ 2020 – 2025, phấn đấu mỗi huyện có ít nhất 1 trang fanpage chính danh cấp xã.

(Tổ Biên tập Bản tin)
"""

D01, D02, D03, D04 = "2017-01-12", "2017-12-28", "2019-07-05", "2020-10-07"
P03 = quarter(2, 2019)

DOCS = [
    Doc("h12_01_quan4_radio_2016", T01, Q4, year(2016), D01, "text", facts=[
        F("ban hành 19 văn bản", 19, "documents_issued"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("mở 52 lớp", 52, "study_sessions"),
        F("có 7.463 lượt cán bộ, đảng viên", 7463, "study_attendance", a="party_members"),
        F("gần 2.900 lượt quần chúng", 2900, "study_attendance", "at_most", a="masses"),
        F("tham gia đạt 97,09%", 97.09, "study_participation_rate"),
        F("Còn 224 đảng viên chưa tham gia", 224, "other"),
        F("hiện có 41 báo cáo viên", 41, "reporters", p=inst(D01)),
        F("mười hai hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("nói chuyện 236 buổi", 236, "oral_propaganda_sessions"),
        F("khoảng 21.500 lượt người nghe", 21500, "propaganda_audience", "approx"),
        F("tổ chức 310 buổi sinh hoạt chuyên đề", 310, "party_cell_discussions"),
        F("phát 48 kỳ", 48, "news_items"),
        F("đăng 1.126 tin, bài", 1126, "news_items"),
        F("mở 6 lớp bồi dưỡng", 6, "training_classes"),
        F("với 418 học viên", 418, "trainees"),
        F("thu hút 5.318 bài dự thi", 5318, "contest_entries"),
        F("mạng lưới 68 cộng tác viên", 68, "opinion_collaborators", p=end_of(year(2016))),
        F("gửi về 94 báo cáo", 94, "opinion_reports"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể và 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("17 giờ 30", 17), ("ngày 12/1/2017", 12), ("số 5 Đoàn Như Hài", 5),
              ("phường 12", 12), ("Quận 4", 4), ("năm 2016", 2016), ("năm 2017", 2017),
              ("nhiệm kỳ 2015 – 2020", 2015), ("mỗi kỳ 15 phút", 15), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("3 giải Ba", 3), ("15 giải Khuyến khích", 15),
              ("70 tuổi", 70), ("khu phố 4", 4), ("phường 6", 6),
              ("1 buổi nói chuyện", 1), ("đủ 12 buổi", 12), ("tổ 38", 38),
              ("100% chi bộ", 100), ("ít nhất 5 cộng tác viên", 5), ("5 giờ 30", 5),
              ("028.3940.2716", 28)]),
    Doc("h12_02_quan8_bienban_h2_2017", T02, Q8, h2(2017), D02, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("Tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 71 lớp", 71, "study_sessions"),
        F("Tổng số 11.024 lượt cán bộ, đảng viên", 11024, "study_attendance",
          a="party_members"),
        F("dự, đạt 95,6%", 95.6, "study_participation_rate"),
        F("Hội nghị báo cáo viên: 06", 6, "reporter_conferences"),
        F("báo cáo viên hiện có: 57 đồng chí", 57, "reporters", p=inst(D02)),
        F("Tuyên truyền miệng: 184 buổi", 184, "oral_propaganda_sessions"),
        F("xấp xỉ 15.600 lượt người nghe", 15600, "propaganda_audience", "approx"),
        F("tổ chức 498 buổi sinh hoạt thảo luận", 498, "party_cell_discussions"),
        F("mở 5 lớp sơ cấp", 5, "training_classes"),
        F("có 387 học viên", 387, "trainees"),
        F("phát hành 6 số", 6, "news_items"),
        F("nhận 623 bài dự thi", 623, "contest_entries"),
        F("có 129 nhóm Zalo", 129, "chat_groups", p=end_of(h2(2017))),
        F("trên 9.800 thành viên", 9800, "chat_group_members", "at_least",
          p=end_of(h2(2017))),
        F("tổng hợp 41 báo cáo", 41, "opinion_reports"),
        F("giấy khen cho 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("ngày 28 tháng 12 năm 2017", 28), ("6 tháng cuối năm 2017", 6),
              ("Sáu tháng cuối năm 2017", 2017), ("14 giờ 00", 14), ("ngày 28/12/2017", 28),
              ("Phòng họp số 2", 2), ("Quận 8", 8), ("11/11 cán bộ", 11),
              ("từ tháng 7 đến tháng 12", 7), ("Trung ương 6 khóa XII", 6),
              ("16 phường", 16), ("mỗi số 1.500 bản", 1500), ("năm 2018", 2018),
              ("thêm 2.000 tờ gấp", 2000), ("quý I/2018", 2018), ("mở 2 lớp", 2),
              ("bổ sung 1 biên chế", 1), ("sau 10 ngày", 10), ("khen thưởng 6 tập thể", 6),
              ("10 cá nhân", 10), ("ngày 5/1/2018", 5), ("Năm 2018", 2018), ("50 năm", 50),
              ("Mậu Thân 1968", 1968), ("100% khu phố", 100), ("16 giờ 30", 16),
              ("03 trang", 3), ("02 bản", 2), ("1. Đồng chí", 1), ("2. Ý kiến", 2),
              ("3. Kết luận", 3)]),
    Doc("h12_03_binhtan_bangso_q2_2019", T03, BTN, P03, D03, "sidecar",
        meta={"date": D03}, facts=[
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("chi bộ cơ sở: 47", 47, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 9.215", 9215, "study_attendance", a="party_members"),
        F("Lượt quần chúng dự: 1.836", 1836, "study_attendance", a="masses"),
        F("Tỷ lệ đảng viên tham gia: 93,4%", 93.4, "study_participation_rate"),
        F("Đảng viên chưa tham gia: 651", 651, "other"),
        F("Báo cáo viên cấp quận (tính đến 30/6): 38", 38, "reporters",
          p=inst("2019-06-30")),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("nói chuyện chuyên đề: 126", 126, "oral_propaganda_sessions"),
        F("Lượt người nghe: khoảng 10.400", 10400, "propaganda_audience", "approx"),
        F("điện tử quận: 582", 582, "news_items"),
        F("(số phát hành trong quý): 3", 3, "news_items"),
        F("của quận và phường: 17", 17, "social_pages", p=end_of(P03)),
        F("tổ dân phố: 246", 246, "chat_groups", p=end_of(P03)),
        F("Thành viên các nhóm: hơn 21.000", 21000, "chat_group_members", "at_least",
          p=end_of(P03)),
        F("pano: 2.340", 2340, "other"),
        F("Cộng tác viên dư luận xã hội: 74", 74, "opinion_collaborators", p=end_of(P03)),
        F("tiếp nhận từ cơ sở: 58", 58, "opinion_reports"),
        F("Ban Tuyên giáo Thành ủy: 11", 11, "opinion_reports"),
        F("công tác tuyên giáo: 2", 2, "training_classes"),
        F("Học viên: 164", 164, "trainees"),
        F("lượt dự thi: 4.077", 4077, "contest_entries"),
        F("Tập thể được khen thưởng: 5", 5, "commended_collectives"),
        F("Cá nhân được khen thưởng: 8", 8, "commended_individuals"),
    ], traps=[("QUÝ II NĂM 2019", 2019), ("112-BC/BTGQU", 112), ("tính đến 30/6", 30),
              ("1 giải Đặc biệt", 1), ("2 giải Nhất", 2), ("10 phường", 10),
              ("36 chi, đảng bộ", 36), ("khoảng 52 km²", 52),
              ("khoảng 730 nghìn người", 730000), ("cả năm 2019", 2019),
              ("100% khu phố", 100), ("mở 6 lớp", 6), ("ngày 5/10", 5)]),
    Doc("h12_04_cuchi_bantin_3huyen_9t_2020", T04, CC, m9(2020), D04, "text", facts=[
        F("tổ chức 6 hội nghị trực tuyến", 6, "study_sessions"),
        F("phát 274 chương trình", 274, "news_items"),
        F("lên sóng 39 kỳ", 39, "news_items"),
        F("đã tổ chức 612 buổi sinh hoạt", 612, "party_cell_discussions",
          p=since("2020-04-01", D04)),
        F("ban hành 23 văn bản", 23, "documents_issued", unit=NB),
        F("tổ chức 14 hội nghị học tập", 14, "study_sessions", unit=NB),
        F("với 2.864 lượt cán bộ, đảng viên", 2864, "study_attendance", a="party_members",
          unit=NB),
        F("hiện có 46 cộng tác viên", 46, "opinion_collaborators", unit=NB, p=inst(D04)),
        F("gửi về 73 báo cáo", 73, "opinion_reports", unit=NB),
        F("hơn 18.000 người theo dõi", 18000, "propaganda_audience", "at_least", unit=NB,
          p=inst(D04)),
        F("duy trì 512 nhóm Zalo", 512, "chat_groups", unit=BC, p=end_of(m9(2020))),
        F("khoảng 63.000 thành viên", 63000, "chat_group_members", "approx", unit=BC,
          p=end_of(m9(2020))),
        F("mở 8 lớp cảm tình Đảng", 8, "training_classes", unit=BC),
        F("cho 645 học viên", 645, "trainees", unit=BC),
        F("một trong hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=BC),
        F("khen thưởng 7 tập thể", 7, "commended_collectives", unit=BC),
        F("7 tập thể, 11 cá nhân", 11, "commended_individuals", unit=BC),
    ], traps=[("SỐ 10", 10), ("THÁNG 10/2020", 10), ("Ngày 7/10/2020", 7),
              ("Cụm thi đua số 5", 5), ("9 tháng năm 2020", 9), ("Covid-19", 19),
              ("21 điểm cầu", 21), ("hơn 1.150 giờ", 1150), ("Tỉnh lộ 8", 8),
              ("Quốc lộ 22", 22), ("Từ tháng 4", 4), ("66 tuổi", 66), ("Bàu Tre 2", 2),
              ("30 phút", 30), ("đọc 2 lần", 2), ("9 tháng, mạng lưới", 9),
              ("62.000 tỷ đồng", 62000), ("hơn 700 nghìn người", 700000),
              ("nhiệm kỳ 2020 – 2025", 2020), ("ít nhất 1 trang", 1)]),
]
