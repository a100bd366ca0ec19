"""holdout45, part 2: district portal news, a three-district article, an interview and a
feature, HCMC 2017-2020.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or
running the extractor or any other evaluation set.

Decisions taken where the guide leaves room (see also part 1):
- "mỗi năm các ấp tổ chức khoảng 300 buổi" in an interview about a term is a per-year
  figure (an average), a trap, not a fact of the term.
- People reached "lượt người dân, chủ yếu là ngư dân" are masses (the noun right after the
  number decides).
- "02 đợt tuyên truyền lưu động trên biển" are oral_propaganda_sessions (đợt + tuyên truyền).
- Partners counted ("phối hợp với ... 12 hội quán") and the shares a reaction got ("hơn 3.000
  lượt chia sẻ") are traps.
- In the three-district article (headline naming the units before its colon), each "* Quận ..."
  section is governed by its unit; a bare "hội nghị cấp quận" or "lớp" there counts the
  lead's study.
"""
from build_gold import Doc, F, U, h1, inst, quarter, term, year

Q5, Q11, TB, PN = U("Quận 5"), U("Quận 11"), U("Quận Tân Bình"), U("Quận Phú Nhuận")
NB, CG = U("Huyện Nhà Bè"), U("Huyện Cần Giờ")

T05 = """
Cập nhật ngày 14-07-2017

Quận 5: Tuyên truyền song ngữ Việt - Hoa, đưa nghị quyết vào từng hội quán

Chiều 13/7, Quận ủy Quận 5 tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2017. Đồng chí Phó Bí thư Thường trực Quận ủy dự và chỉ đạo hội nghị.

Quận 5 có 15 phường, dân số khoảng 178 nghìn người, trong đó đồng bào người Hoa chiếm gần 35%. Vì vậy, ngay từ đầu năm, Ban Tuyên giáo Quận ủy đã phối hợp với Ban Dân vận và 12 hội quán, hội tương tế người Hoa biên soạn tài liệu song ngữ, in 4.000 cuốn sổ tay hỏi - đáp về Nghị quyết Đại hội XII của Đảng.

Sáu tháng qua, các cấp ủy tổ chức 67 hội nghị học tập, quán triệt Nghị quyết Trung ương 4 khóa XII, tăng 9 hội nghị so với cùng kỳ, với 8.155 lượt cán bộ, đảng viên và 2.306 lượt quần chúng tham dự; tỷ lệ đảng viên tham gia đạt 97,55%. Riêng tại các hội quán, Quận ủy tổ chức 11 buổi nói chuyện thời sự bằng tiếng Hoa cho khoảng 1.450 lượt người dân.

Theo ông Từ Minh Khang, Trưởng ban Tuyên giáo Quận ủy Quận 5, điểm mới năm nay là đưa thông tin lên mạng xã hội. "Ngoài trang thông tin điện tử, quận đã lập thêm fanpage song ngữ, sáu tháng đăng 428 tin, bài, có bài được hơn 3.000 lượt chia sẻ", ông Khang cho biết.

Bà Quách Tú Anh (71 tuổi, ngụ phường 11) kể: "Tôi đọc sổ tay bằng chữ Hoa, hiểu rồi về giảng lại cho 3 đứa cháu. Ở hội quán tụi tôi tháng nào cũng có 2 buổi nói chuyện".

Về công tác dư luận xã hội, 6 tháng, 39 cộng tác viên của quận gửi 54 báo cáo về tâm tư của tiểu thương chợ An Đông, chợ Kim Biên trước dự án chỉnh trang chợ. Quận ủy tổ chức 02 hội nghị báo cáo viên, cập nhật thông tin về tình hình Biển Đông và kinh tế - xã hội Thành phố.

Nhân dịp này, Quận ủy tặng giấy khen cho 6 tập thể, 10 cá nhân. Ban Tuyên giáo Quận ủy Quận 5 được Ban Tuyên giáo Thành ủy xếp thứ 2/24 quận, huyện trong khối thi đua.

6 tháng cuối năm, quận sẽ tổ chức Hội thi "Tìm hiểu văn hóa người Hoa Chợ Lớn", dự kiến nhận 500 bài dự thi, đồng thời in thêm 2.000 cuốn sổ tay song ngữ. Ban Tuyên giáo Quận ủy đặt tại số 203 An Dương Vương, phường 8, Quận 5; điện thoại: 028.3855.4216.
"""

T06 = """
Thứ Sáu, ngày 05/4/2019

Quận 11, Tân Bình, Phú Nhuận: Hoàn thành học tập Nghị quyết Trung ương 8 khóa XII ngay trong quý I

(Thanhuytphcm.vn) - Theo báo cáo gửi Ban Tuyên giáo Thành ủy, quý I năm 2019, ba quận 11, Tân Bình và Phú Nhuận đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII, sớm hơn hướng dẫn của Thành ủy gần 1 tháng.

* Quận 11
Quận ủy tổ chức 2 hội nghị cấp quận cho cán bộ chủ chốt; 16 đảng bộ phường và 31 chi, đảng bộ cơ sở mở 104 lớp, với 7.286 lượt cán bộ, đảng viên, đạt 96,72%. Quận còn lồng ghép tuyên truyền kỷ niệm 89 năm Ngày thành lập Đảng, tổ chức 58 buổi nói chuyện tại các khu phố với chừng 4.600 lượt người nghe. Nhiều chi bộ khu phố đưa nội dung nghị quyết vào sinh hoạt thường kỳ tháng 3.

* Quận Tân Bình
Là quận có sân bay quốc tế Tân Sơn Nhất, với 15 phường và hơn 470 nghìn dân, Tân Bình chọn cách học "cuốn chiếu". Quận ủy mở 01 hội nghị cấp quận trực tuyến tới 15 điểm cầu; các cơ sở tổ chức tiếp 126 lớp, mỗi lớp tối đa 60 người. Tổng cộng 10.492/10.870 đảng viên đã dự học, riêng quần chúng có 1.930 lượt tham dự.

Ông Đặng Quốc Huy, Trưởng ban Tuyên giáo Quận ủy Tân Bình, cho biết: "Quý I, Ban Thường vụ Quận ủy ban hành 9 văn bản hướng dẫn; chúng tôi cũng đã phát hành 3 số Bản tin nội bộ chuyên đề nghị quyết".

* Quận Phú Nhuận
Trong quý, Quận ủy Phú Nhuận tổ chức 1 hội nghị cấp quận và các đảng bộ phường mở 69 lớp, thu hút 4.978 lượt đảng viên (đạt 98,04%). Các chi bộ tổ chức 143 buổi thảo luận về trách nhiệm nêu gương của cán bộ, đảng viên theo Quy định 08-QĐi/TW. Quận được Thành ủy đánh giá là một trong 3 đơn vị dẫn đầu về tiến độ.

Ông Sáu Hòa, tổ trưởng tổ dân phố 27, phường 9, nói vui: "Khu tôi 130 hộ, buổi học nào cũng đủ mặt các cụ, có cụ 85 tuổi vẫn chép bài cẩn thận".

Trong quý II, ba quận sẽ sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW và tổ chức hội thi báo cáo viên giỏi.
"""

T07 = """
Cập nhật 19/06/2020 07:45

Nhà Bè: "Tuyên giáo phải đi trước một bước ở vùng đô thị hóa"

(Thanhuytphcm.vn) - Chuẩn bị Đại hội đại biểu Đảng bộ huyện Nhà Bè lần thứ XII, nhiệm kỳ 2020 - 2025, phóng viên có cuộc trao đổi với bà Phạm Thu Vân, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè, về công tác tuyên giáo nhiệm kỳ 2015 - 2020.

Phóng viên: Thưa bà, Nhà Bè là huyện đô thị hóa nhanh. Điều đó đặt ra thách thức gì cho công tác tuyên giáo?

Đồng chí Trưởng ban: “Nhà Bè có 7 xã, thị trấn, dân số đã lên khoảng 206 nghìn người, nhiều khu dân cư mới mọc lên dọc đường Nguyễn Hữu Thọ, Lê Văn Lương. Người mới đến thì đông, cán bộ ấp thì mỏng. Cả nhiệm kỳ, Ban Thường vụ Huyện ủy đã ban hành 126 văn bản về công tác tư tưởng; chúng tôi tổ chức 214 hội nghị học tập, quán triệt các nghị quyết, chỉ thị với 38.970 lượt cán bộ, đảng viên tham dự.”

Phóng viên: Còn tuyên truyền trên mạng xã hội thì sao, thưa bà?

Đồng chí Trưởng ban: “Đến nay, huyện có 1 trang thông tin điện tử, 9 fanpage của các xã, thị trấn và đoàn thể, cùng 312 nhóm Zalo ấp, khu phố với khoảng 27.500 thành viên. Năm 2019, riêng trang thông tin điện tử huyện đã đăng 1.860 tin, bài. Có bác tổ trưởng ở xã Hiệp Phước nói với tôi: ‘Ấp tôi 400 hộ, giờ nhắn một tin là cả ấp biết’.”

Phóng viên: Đội ngũ làm công tác tư tưởng ở cơ sở được củng cố thế nào?

Đồng chí Trưởng ban: “Hiện huyện có 35 báo cáo viên và 42 cộng tác viên dư luận xã hội. Trong nhiệm kỳ, đội ngũ cộng tác viên gửi về Ban 410 báo cáo tình hình tư tưởng; Ban tổ chức 20 hội nghị báo cáo viên, Trung tâm Bồi dưỡng chính trị huyện mở 48 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 4.120 học viên. Tuyên truyền miệng vẫn là thế mạnh: mỗi năm các ấp tổ chức khoảng 300 buổi nói chuyện.”

Phóng viên: Nhiệm kỳ tới, Ban đặt ra những mục tiêu gì?

Đồng chí Trưởng ban: “Chúng tôi phấn đấu đến năm 2025, 100% ấp, khu phố có nhóm Zalo chính danh, mỗi xã có ít nhất 5 báo cáo viên; sẽ mở thêm 10 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng cho cán bộ cơ sở. Vừa qua, Huyện ủy đã khen thưởng 15 tập thể và 32 cá nhân có thành tích trong công tác tuyên giáo giai đoạn 2015 - 2020.”

Phóng viên: Xin cảm ơn bà!
"""

T08 = """
Cần Giờ: Mang nghị quyết ra khơi cùng ngư dân

Bài và ảnh: Minh Tâm

Năm 2018, Ban Tuyên giáo Huyện ủy Cần Giờ xác định tuyên truyền cho ngư dân và người dân vùng đảo là nhiệm vụ trọng tâm. Huyện có 7 xã, thị trấn, trong đó xã đảo Thạnh An cách trung tâm huyện hơn 10 km đường thủy; dự án khu đô thị du lịch lấn biển quy mô khoảng 2.870 ha cũng đang thu hút sự quan tâm của người dân.

Ra đảo những ngày biển động

Những chuyến đò ra xã đảo Thạnh An thường khởi hành lúc 6 giờ sáng từ bến Cần Thạnh, mất gần 1 giờ. Trong năm, báo cáo viên của huyện ra đảo nói chuyện 14 lần, tập trung vào Luật Biển Việt Nam năm 2012, quy định chống khai thác hải sản bất hợp pháp (IUU) và chủ quyền biển, đảo. Các xã ven biển Long Hòa, Thạnh An tổ chức từ 40 – 45 buổi tuyên truyền tại bến cá, thu hút khoảng 3.800 lượt người dân, chủ yếu là ngư dân.

Ông Trần Văn Út, 58 tuổi, chủ tàu cá CG-90123-TS, chia sẻ: "Mỗi chuyến tôi đi biển 15 đến 20 ngày, trên tàu có 6 bạn thuyền. Nghe cán bộ nói rồi tôi mới biết đánh bắt sai vùng là bị phạt nặng".

Nhóm Zalo trên sóng biển

Bên cạnh tuyên truyền trực tiếp, Huyện ủy chỉ đạo lập nhóm Zalo kết nối các chủ tàu. Tính đến ngày 30/11/2018, huyện có 64 nhóm Zalo ở ấp, khu phố và tổ tàu thuyền với hơn 5.200 thành viên. Trang thông tin điện tử huyện và đài truyền thanh các xã phát 96 chương trình, chuyên mục về biển, đảo.

Ông Lê Minh Dũng, Trưởng ban Tuyên giáo Huyện ủy Cần Giờ, cho biết năm nay Ban đã phối hợp Bộ đội Biên phòng Thành phố tổ chức 02 đợt tuyên truyền lưu động trên biển; in và phát 6.000 tờ gấp về chống khai thác IUU. "Kinh phí hỗ trợ in tài liệu cho các xã năm nay khoảng 85 triệu đồng, chủ yếu từ nguồn xã hội hóa", ông Dũng nói.

Thêm một số kết quả năm 2018: các chi bộ ấp tổ chức 212 buổi sinh hoạt chuyên đề về biển, đảo; Huyện ủy khen thưởng 3 tập thể, 7 cá nhân. Năm 2019, huyện dự kiến thành lập thêm 20 nhóm Zalo tổ tàu thuyền, nhân rộng mô hình của xã Long Hòa.
"""

D05, D06, D07, D08 = "2017-07-14", "2019-04-05", "2020-06-19", "2018-12-20"
T15 = term(2015, 2020)

DOCS = [
    Doc("h45_05", T05, Q5, h1(2017), D05, "text", facts=[
        F("in 4.000 cuốn sổ tay", 4000, "other"),
        F("tổ chức 67 hội nghị học tập", 67, "study_sessions"),
        F("8.155 lượt cán bộ, đảng viên", 8155, "study_attendance", a="party_members"),
        F("2.306 lượt quần chúng", 2306, "study_attendance", a="masses"),
        F("tham gia đạt 97,55%", 97.55, "study_participation_rate"),
        F("tổ chức 11 buổi nói chuyện thời sự", 11, "oral_propaganda_sessions"),
        F("khoảng 1.450 lượt người dân", 1450, "propaganda_audience", "approx", "masses"),
        F("đăng 428 tin, bài", 428, "news_items"),
        F("39 cộng tác viên của quận", 39, "opinion_collaborators", p=inst("2017-06-30")),
        F("gửi 54 báo cáo", 54, "opinion_reports"),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể, 10 cá nhân", 10, "commended_individuals"),
    ], traps=[("Quận 5:", 5), ("Chiều 13/7", 13), ("Quận ủy Quận 5", 5), ("15 phường", 15),
              ("khoảng 178 nghìn người", 178000), ("gần 35%", 35), ("12 hội quán", 12),
              ("Trung ương 4", 4), ("tăng 9 hội nghị", 9), ("hơn 3.000 lượt chia sẻ", 3000),
              ("71 tuổi", 71), ("phường 11", 11), ("3 đứa cháu", 3), ("2 buổi nói chuyện", 2),
              ("thứ 2/24", 2), ("dự kiến nhận 500 bài dự thi", 500),
              ("in thêm 2.000 cuốn", 2000), ("số 203 An Dương Vương", 203), ("phường 8", 8),
              ("Quận 5;", 5), ("028.3855.4216", 28), ("14-07-2017", 14)]),
    Doc("h45_06", T06, Q11, quarter(1, 2019), D06, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 104 lớp", 104, "study_sessions"),
        F("7.286 lượt cán bộ, đảng viên", 7286, "study_attendance", a="party_members"),
        F("đạt 96,72%", 96.72, "study_participation_rate"),
        F("58 buổi nói chuyện", 58, "oral_propaganda_sessions"),
        F("chừng 4.600 lượt người nghe", 4600, "propaganda_audience", "approx"),
        F("mở 01 hội nghị cấp quận", 1, "study_sessions", unit=TB),
        F("tổ chức tiếp 126 lớp", 126, "study_sessions", unit=TB),
        F("10.492/10.870 đảng viên đã dự học", 10492, "study_attendance", a="party_members",
          unit=TB),
        F("riêng quần chúng có 1.930 lượt tham dự", 1930, "study_attendance", a="masses",
          unit=TB),
        F("ban hành 9 văn bản hướng dẫn", 9, "documents_issued", unit=TB),
        F("phát hành 3 số Bản tin", 3, "news_items", unit=TB),
        F("tổ chức 1 hội nghị cấp quận", 1, "study_sessions", unit=PN),
        F("mở 69 lớp", 69, "study_sessions", unit=PN),
        F("4.978 lượt đảng viên", 4978, "study_attendance", a="party_members", unit=PN),
        F("(đạt 98,04%)", 98.04, "study_participation_rate", unit=PN),
        F("143 buổi thảo luận", 143, "party_cell_discussions", unit=PN),
    ], traps=[("ngày 05/4/2019", 5), ("Quận 11, Tân Bình", 11), ("Trung ương 8", 8),
              ("ba quận 11", 11), ("gần 1 tháng", 1), ("* Quận 11", 11),
              ("16 đảng bộ phường", 16), ("31 chi, đảng bộ cơ sở", 31), ("89 năm", 89),
              ("tháng 3", 3), ("15 phường", 15), ("hơn 470 nghìn dân", 470000),
              ("15 điểm cầu", 15), ("mỗi lớp tối đa 60 người", 60), ("08-QĐi/TW", 8), ("một trong 3 đơn vị dẫn đầu", 3),
              ("tổ dân phố 27", 27), ("phường 9", 9), ("130 hộ", 130), ("85 tuổi", 85),
              ("5 năm", 5), ("05-CT/TW", 5)]),
    Doc("h45_07", T07, NB, T15, D07, "text", facts=[
        F("ban hành 126 văn bản", 126, "documents_issued"),
        F("tổ chức 214 hội nghị học tập", 214, "study_sessions"),
        F("38.970 lượt cán bộ, đảng viên", 38970, "study_attendance", a="party_members"),
        F("có 1 trang thông tin điện tử", 1, "websites", p=inst(D07)),
        F("9 fanpage", 9, "social_pages", p=inst(D07)),
        F("312 nhóm Zalo", 312, "chat_groups", p=inst(D07)),
        F("khoảng 27.500 thành viên", 27500, "chat_group_members", "approx", p=inst(D07)),
        F("đã đăng 1.860 tin, bài", 1860, "news_items", p=year(2019)),
        F("có 35 báo cáo viên", 35, "reporters", p=inst(D07)),
        F("42 cộng tác viên dư luận xã hội", 42, "opinion_collaborators", p=inst(D07)),
        F("gửi về Ban 410 báo cáo", 410, "opinion_reports"),
        F("tổ chức 20 hội nghị báo cáo viên", 20, "reporter_conferences"),
        F("mở 48 lớp bồi dưỡng", 48, "training_classes"),
        F("4.120 học viên", 4120, "trainees"),
        F("khen thưởng 15 tập thể", 15, "commended_collectives"),
        F("15 tập thể và 32 cá nhân", 32, "commended_individuals"),
    ], traps=[("19/06/2020", 19), ("07:45", 7), ("nhiệm kỳ 2020 - 2025", 2020),
              ("nhiệm kỳ 2015 - 2020", 2015), ("7 xã", 7), ("khoảng 206 nghìn người", 206000),
              ("‘Ấp tôi 400 hộ", 400), ("khoảng 300 buổi nói chuyện", 300),
              ("đến năm 2025", 2025), ("100% ấp", 100), ("ít nhất 5 báo cáo viên", 5),
              ("mở thêm 10 lớp", 10), ("giai đoạn 2015 - 2020", 2015)]),
    Doc("h45_08", T08, CG, year(2018), D08, "sidecar", meta={"date": D08}, facts=[
        F("ra đảo nói chuyện 14 lần", 14, "oral_propaganda_sessions"),
        F("từ 40 – 45 buổi tuyên truyền", 40, "oral_propaganda_sessions", "at_least"),
        F("khoảng 3.800 lượt người dân", 3800, "propaganda_audience", "approx", "masses"),
        F("có 64 nhóm Zalo", 64, "chat_groups", p=inst("2018-11-30")),
        F("hơn 5.200 thành viên", 5200, "chat_group_members", "at_least", p=inst("2018-11-30")),
        F("phát 96 chương trình", 96, "news_items"),
        F("tổ chức 02 đợt tuyên truyền lưu động", 2, "oral_propaganda_sessions"),
        F("phát 6.000 tờ gấp", 6000, "other"),
        F("khoảng 85 triệu đồng", 85000000, "other", "approx"),
        F("212 buổi sinh hoạt chuyên đề", 212, "party_cell_discussions"),
        F("khen thưởng 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể, 7 cá nhân", 7, "commended_individuals"),
    ], traps=[("7 xã", 7), ("hơn 10 km", 10), ("khoảng 2.870 ha", 2870), ("6 giờ sáng", 6),
              ("gần 1 giờ", 1), ("Luật Biển Việt Nam năm 2012", 2012), ("58 tuổi", 58),
              ("CG-90123-TS", 90123), ("15 đến 20 ngày", 15), ("6 bạn thuyền", 6),
              ("ngày 30/11/2018", 30), ("thêm 20 nhóm Zalo", 20), ("Năm 2019", 2019)]),
]
