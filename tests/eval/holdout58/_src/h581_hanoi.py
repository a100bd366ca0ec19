"""holdout58, part 1: Hanoi (districts 2016-2021, a city article, a ward after the reform).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the
five sample reports, without reading or running the extractor.
Decisions where the guide leaves room:
- "buổi học bù" of a resolution's study are study_sessions (the study's make-up sessions);
- a bracket of connected sites after a count ("02 (trực tuyến tới 14 điểm cầu)") is a trap;
- copies printed by the unit ("in 3.000 cuốn") and leaflets/banners are `other`;
- "Zalo OA" counts as one social page; its "người quan tâm" are followers (an instant);
- a stock in a numbered section dated by a span in brackets takes the span's end.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, quarter, since, year

HN = U("01")
CG, GL, LB, HM, SS = (U("Quận Cầu Giấy"), U("Huyện Gia Lâm"), U("Quận Long Biên"),
                      U("Quận Hoàng Mai"), U("Huyện Sóc Sơn"))
VH = W("Phường Việt Hưng", "01")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY CẦU GIẤY
BAN TUYÊN GIÁO
Số 47-BC/BTGQU
Cầu Giấy, ngày 28 tháng 6 năm 2016

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2016

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản chỉ đạo (gồm 6 kế hoạch, 11 hướng dẫn) về tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021, diễn ra ngày 22/5/2016. Công tác tuyên truyền bầu cử được triển khai sâu rộng, tỷ lệ cử tri đi bầu trên địa bàn quận đạt 99,1%.

2. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng
- Hội nghị cấp quận: 02 (trực tuyến tới 14 điểm cầu)
- Lớp ở các đảng bộ, chi bộ cơ sở: 118
- Lượt cán bộ, đảng viên dự: 9.734; tỷ lệ: 96,8%
- Số đảng viên chưa tham gia: 321 người, chủ yếu là đảng viên cao tuổi, ốm đau.
So với cùng kỳ năm 2015, số lớp tăng 23 lớp.

3. Công tác tuyên truyền
Quận đã tổ chức 264 buổi tuyên truyền miệng, nói chuyện thời sự tại 8 phường, thu hút khoảng 31.400 lượt người nghe. Riêng đợt tuyên truyền bầu cử, các tổ dân phố treo 1.860 băng rôn, khẩu hiệu. Trang thông tin điện tử của quận đăng tải 412 tin, bài; bản tin “Cầu Giấy ngày nay” phát hành đủ 6 số, mỗi số 2.500 bản, dày 24 trang.

4. Công tác nắm bắt dư luận xã hội, báo cáo viên
Đội ngũ báo cáo viên của quận hiện có 38 đồng chí; cộng tác viên dư luận xã hội: 52 đồng chí. Trong 6 tháng, Ban tổ chức 3 hội nghị báo cáo viên định kỳ, tổng hợp 18 báo cáo định kỳ và 4 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Thành ủy.

5. Công tác khen thưởng
Nhân dịp tổng kết cuộc bầu cử, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể và 23 cá nhân; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016
1. Tổ chức học tập chuyên đề năm 2016 cho 100% chi bộ; mở 4 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở.
2. Tổ chức Hội thi báo cáo viên giỏi quận lần thứ 3, dự kiến 40 thí sinh.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Lưu VP.
"""

T02 = """
Gia Lâm: Đưa nghị quyết về tận làng nghề

(Cổng thông tin huyện Gia Lâm) – Năm 2018, công tác tuyên giáo của huyện Gia Lâm có nhiều đổi mới, nhất là ở các làng nghề Bát Tràng, Kiêu Kỵ, Phú Thị.

Theo bà Nguyễn Thị Thu Hà, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm, năm qua Huyện ủy đã tổ chức 5 hội nghị cấp huyện học tập, quán triệt Nghị quyết Trung ương 7 khóa XII. Các đảng bộ xã, thị trấn và chi bộ trực thuộc mở 287 lớp, thu hút 14.206 lượt cán bộ, đảng viên, đạt 97,3%; riêng quần chúng có 3.950 lượt tham dự. Sau học tập, đảng viên viết 12.870 bài thu hoạch.

“Bà con làng nghề bận rộn quanh năm, nên chúng tôi đưa buổi nói chuyện về tận sân đình, vào buổi tối. Cả năm, huyện tổ chức 196 buổi tuyên truyền miệng với trên 21 nghìn lượt người nghe”, bà Hà cho biết.

Ông Lê Văn Khải, 67 tuổi, chủ một lò gốm ở Bát Tràng, kể: “Tối nào có nói chuyện thời sự là nhà tôi đi cả 3 người, nghe xong về còn bàn tiếp đến 10 giờ đêm”.

Huyện Gia Lâm có 22 xã, thị trấn với hơn 280 nghìn dân. Để thông tin đến nhanh với người dân, Ban Tuyên giáo Huyện ủy phối hợp Đài Truyền thanh huyện phát 144 chương trình thời sự địa phương; trang thông tin điện tử huyện đăng 530 tin, bài. Toàn huyện hiện duy trì 2 fanpage chính danh và 318 nhóm Zalo thôn, tổ dân phố với khoảng 26.500 thành viên.

Cuộc thi tìm hiểu lịch sử Đảng bộ huyện do Huyện ủy phát động từ ngày 3/2 nhận được 6.812 bài dự thi, trong đó 5.120 bài trắc nghiệm trực tuyến; 20 bài xuất sắc nhất được trao giải. Tổng giá trị giải thưởng là 45 triệu đồng.

Dịp này, Huyện ủy khen thưởng 14 tập thể, 31 cá nhân tiêu biểu. Năm 2019, huyện phấn đấu 100% thôn có nhóm Zalo và tổ chức ít nhất 200 buổi tuyên truyền miệng; mỗi tháng bình quân 2 hội nghị giao ban với cơ sở.
"""

T03 = """
Long Biên, Hoàng Mai, Sóc Sơn: Hoàn thành học tập, quán triệt Nghị quyết Đại hội XIII của Đảng trong quý I

(HNP) – Ngày 2/4/2021, Ban Tuyên giáo Thành ủy Hà Nội cho biết trong quý I năm 2021, các quận, huyện, thị xã đã cơ bản hoàn thành học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Toàn Thành phố tổ chức 30 hội nghị cấp huyện với trên 190 nghìn lượt cán bộ, đảng viên tham dự (tính cả các điểm cầu). Dưới đây là kết quả ở ba địa phương.

* Quận Long Biên
Quận ủy tổ chức 01 hội nghị cấp quận, trực tuyến tới 14 điểm cầu phường. Tiếp đó, các đảng bộ, chi bộ cơ sở mở 176 lớp với 12.338 lượt cán bộ, đảng viên, đạt 97,62%. Quận cũng phát động hai đợt sinh hoạt chính trị, tư tưởng gắn với chủ đề năm 2021 của Thành phố.

* Quận Hoàng Mai
Với 14 phường và hơn 500 nghìn dân, Hoàng Mai là quận đông dân nhất Thủ đô. Quận ủy tổ chức 2 hội nghị; 45 chi, đảng bộ cơ sở mở 268 lớp, thu hút 16.905/17.620 đảng viên. Riêng quần chúng có 4.115 lượt dự nghe. Đến ngày 31/3/2021, quận có 63 báo cáo viên cấp quận. Bà Đỗ Thị Vân, 58 tuổi, tổ dân phố số 9, phường Định Công, nói: “Khu tôi có 212 hộ, buổi nào cũng kín hội trường”.

* Huyện Sóc Sơn
Huyện ủy Sóc Sơn tổ chức 3 hội nghị cấp huyện và chỉ đạo mở 302 lớp ở cơ sở cho 15.870 lượt cán bộ, đảng viên, tỷ lệ tham gia đạt 95,4%. Do địa bàn rộng (khoảng 305 km²), nhiều thôn cách trung tâm huyện 20–25 km, huyện tổ chức thêm 26 buổi học bù vào ngày nghỉ. Đồng chí Trưởng ban Tuyên giáo Huyện ủy Sóc Sơn cho biết: “Huyện đã in 3.000 cuốn tài liệu hỏi – đáp, mỗi cuốn 48 trang, để phát cho các chi bộ thôn”.

Trong quý II, Ban Tuyên giáo Thành ủy sẽ tổ chức sơ kết, dự kiến mời 1.200 đại biểu.

Tin liên quan
Đông Anh: 18 lớp học tập Nghị quyết Đại hội XIII cho đảng viên mới
Thanh Trì tổ chức 2 hội nghị báo cáo viên quý I/2021
"""

T04 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG VIỆT HƯNG
Số 12-BC/ĐU
Việt Hưng, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng năm 2025

Phường Việt Hưng được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp một số phường của quận Long Biên (cũ), có khoảng 98 nghìn người, 41 chi bộ trực thuộc.

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)
Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Long Biên tổ chức 4 hội nghị học tập, quán triệt Kết luận số 121-KL/TW và Nghị quyết số 18-NQ/TW cho 3.260 lượt cán bộ, đảng viên. Các đảng bộ phường mở 86 lớp ở chi bộ. Quận ủy cũng ban hành 15 văn bản hướng dẫn về sắp xếp tổ chức bộ máy.

2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)
Đảng ủy phường tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030; các chi bộ mở 47 lớp với 2.918 lượt đảng viên, đạt 96,05%. Các chi bộ tổ chức 35 buổi thảo luận về dự thảo văn kiện Đại hội XIV của Đảng.
Kết quả công tác tuyên truyền:
- Tin, bài trên trang thông tin điện tử phường: 164; trên Zalo OA “Việt Hưng hôm nay”: 92
- Buổi nói chuyện thời sự: 28 – lượt người nghe: khoảng 2.400
- Băng rôn, khẩu hiệu, pano (Quốc khánh 2/9): 620
- Nhóm Zalo tổ dân phố: 58 (hiện có gần 9.600 thành viên)
- Cộng tác viên dư luận xã hội: 19 đồng chí; báo cáo dư luận gửi Thành ủy: 11
Zalo OA của phường có 3.150 người quan tâm.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2025
- Tổ chức 01 hội nghị học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVIII.
- Phấn đấu 100% tổ dân phố có nhóm Zalo; mở thêm 3 lớp bồi dưỡng cho 60 tuyên truyền viên.

Nơi nhận: Ban Tuyên giáo và Dân vận Thành ủy (để b/c); lưu VP.
"""

D01, D03, D04 = "2016-06-28", "2021-04-02", "2025-10-06"
D02 = "2018-12-20"
P04 = since("2025-07-01", D04)

DOCS = [
    Doc("h58_01", T01, CG, h1(2016), D01, "text", facts=[
        F("ban hành 17 văn bản chỉ đạo", 17, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Lớp ở các đảng bộ, chi bộ cơ sở: 118", 118, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 9.734", 9734, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,8%", 96.8, "study_participation_rate"),
        F("chưa tham gia: 321 người", 321, "other"),
        F("tổ chức 264 buổi tuyên truyền miệng", 264, "oral_propaganda_sessions"),
        F("khoảng 31.400 lượt người nghe", 31400, "propaganda_audience", "approx"),
        F("treo 1.860 băng rôn", 1860, "other"),
        F("đăng tải 412 tin, bài", 412, "news_items"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("hiện có 38 đồng chí", 38, "reporters", p=inst(D01)),
        F("cộng tác viên dư luận xã hội: 52 đồng chí", 52, "opinion_collaborators", p=inst(D01)),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("tổng hợp 18 báo cáo định kỳ", 18, "opinion_reports"),
        F("4 báo cáo đột xuất", 4, "opinion_reports"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 23 cá nhân", 23, "commended_individuals"),
    ], traps=[("Số 47-BC/BTGQU", 47), ("ngày 28 tháng 6 năm 2016", 28),
              ("gồm 6 kế hoạch", 6), ("11 hướng dẫn", 11), ("nhiệm kỳ 2016 – 2021", 2016),
              ("ngày 22/5/2016", 22), ("đạt 99,1%", 99.1), ("14 điểm cầu", 14),
              ("năm 2015", 2015), ("tăng 23 lớp", 23), ("tại 8 phường", 8),
              ("mỗi số 2.500 bản", 2500), ("dày 24 trang", 24), ("cho 2 tập thể", 2),
              ("chuyên đề năm 2016", 2016), ("100% chi bộ", 100), ("mở 4 lớp", 4),
              ("lần thứ 3", 3), ("dự kiến 40 thí sinh", 40)]),
    Doc("h58_02", T02, GL, year(2018), D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 5 hội nghị cấp huyện", 5, "study_sessions"),
        F("mở 287 lớp", 287, "study_sessions"),
        F("thu hút 14.206 lượt cán bộ, đảng viên", 14206, "study_attendance",
          a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("có 3.950 lượt tham dự", 3950, "study_attendance", a="masses"),
        F("viết 12.870 bài thu hoạch", 12870, "other"),
        F("tổ chức 196 buổi tuyên truyền miệng", 196, "oral_propaganda_sessions"),
        F("trên 21 nghìn lượt người nghe", 21000, "propaganda_audience", "at_least"),
        F("phát 144 chương trình thời sự", 144, "news_items"),
        F("đăng 530 tin, bài", 530, "news_items"),
        F("duy trì 2 fanpage", 2, "social_pages", p=inst(D02)),
        F("318 nhóm Zalo", 318, "chat_groups", p=inst(D02)),
        F("khoảng 26.500 thành viên", 26500, "chat_group_members", "approx", p=inst(D02)),
        F("nhận được 6.812 bài dự thi", 6812, "contest_entries"),
        F("khen thưởng 14 tập thể", 14, "commended_collectives"),
        F("31 cá nhân tiêu biểu", 31, "commended_individuals"),
    ], traps=[("Trung ương 7", 7), ("67 tuổi", 67), ("cả 3 người", 3), ("10 giờ", 10),
              ("22 xã", 22), ("hơn 280 nghìn dân", 280000), ("ngày 3/2", 3),
              ("5.120 bài trắc nghiệm", 5120), ("20 bài xuất sắc nhất", 20),
              ("45 triệu đồng", 45000000), ("Năm 2019", 2019), ("100% thôn", 100),
              ("ít nhất 200 buổi", 200), ("bình quân 2 hội nghị", 2)]),
    Doc("h58_03", T03, LB, quarter(1, 2021), D03, "text", facts=[
        F("tổ chức 30 hội nghị cấp huyện", 30, "study_sessions", unit=HN),
        F("trên 190 nghìn lượt cán bộ, đảng viên", 190000, "study_attendance", "at_least",
          "party_members", unit=HN),
        F("tổ chức 01 hội nghị cấp quận", 1, "study_sessions"),
        F("mở 176 lớp", 176, "study_sessions"),
        F("12.338 lượt cán bộ, đảng viên", 12338, "study_attendance", a="party_members"),
        F("đạt 97,62%", 97.62, "study_participation_rate"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("Quận ủy tổ chức 2 hội nghị", 2, "study_sessions", unit=HM),
        F("mở 268 lớp", 268, "study_sessions", unit=HM),
        F("thu hút 16.905/17.620 đảng viên", 16905, "study_attendance", a="party_members",
          unit=HM),
        F("có 4.115 lượt dự nghe", 4115, "study_attendance", a="masses", unit=HM),
        F("quận có 63 báo cáo viên", 63, "reporters", unit=HM, p=inst("2021-03-31")),
        F("tổ chức 3 hội nghị cấp huyện", 3, "study_sessions", unit=SS),
        F("mở 302 lớp", 302, "study_sessions", unit=SS),
        F("cho 15.870 lượt cán bộ, đảng viên", 15870, "study_attendance", a="party_members",
          unit=SS),
        F("đạt 95,4%", 95.4, "study_participation_rate", unit=SS),
        F("thêm 26 buổi học bù", 26, "study_sessions", unit=SS),
        F("in 3.000 cuốn", 3000, "other", unit=SS),
    ], traps=[("Ngày 2/4/2021", 2), ("14 điểm cầu", 14), ("chủ đề năm 2021", 2021),
              ("Với 14 phường", 14), ("hơn 500 nghìn dân", 500000), ("45 chi, đảng bộ", 45),
              ("ngày 31/3/2021", 31), ("58 tuổi", 58), ("số 9", 9), ("có 212 hộ", 212),
              ("khoảng 305 km²", 305), ("20–25 km", 20), ("mỗi cuốn 48 trang", 48),
              ("mời 1.200 đại biểu", 1200), ("18 lớp học tập", 18),
              ("tổ chức 2 hội nghị báo cáo viên", 2), ("quý I/2021", 1)]),
    Doc("h58_04", T04, VH, P04, D04, "text", facts=[
        F("tổ chức 4 hội nghị học tập", 4, "study_sessions", unit=LB, p=h1(2025)),
        F("cho 3.260 lượt cán bộ, đảng viên", 3260, "study_attendance", a="party_members",
          unit=LB, p=h1(2025)),
        F("mở 86 lớp", 86, "study_sessions", unit=LB, p=h1(2025)),
        F("ban hành 15 văn bản", 15, "documents_issued", unit=LB, p=h1(2025)),
        F("tổ chức 02 hội nghị học tập", 2, "study_sessions"),
        F("mở 47 lớp", 47, "study_sessions"),
        F("2.918 lượt đảng viên", 2918, "study_attendance", a="party_members"),
        F("đạt 96,05%", 96.05, "study_participation_rate"),
        F("tổ chức 35 buổi thảo luận", 35, "party_cell_discussions"),
        F("trang thông tin điện tử phường: 164", 164, "news_items"),
        F("“Việt Hưng hôm nay”: 92", 92, "news_items"),
        F("Buổi nói chuyện thời sự: 28", 28, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 2.400", 2400, "propaganda_audience", "approx"),
        F("pano (Quốc khánh 2/9): 620", 620, "other"),
        F("Nhóm Zalo tổ dân phố: 58", 58, "chat_groups", p=inst(D04)),
        F("gần 9.600 thành viên", 9600, "chat_group_members", "at_most", p=inst(D04)),
        F("Cộng tác viên dư luận xã hội: 19 đồng chí", 19, "opinion_collaborators",
          p=end_of(P04)),
        F("gửi Thành ủy: 11", 11, "opinion_reports"),
        F("có 3.150 người quan tâm", 3150, "propaganda_audience", p=inst(D04)),
    ], traps=[("Số 12-BC/ĐU", 12), ("ngày 06 tháng 10 năm 2025", 6),
              ("từ ngày 1/7/2025", 1), ("khoảng 98 nghìn người", 98000),
              ("41 chi bộ", 41), ("tháng 6/2025", 6), ("Sáu tháng đầu năm 2025", 2025),
              ("Kết luận số 121-KL/TW", 121), ("Nghị quyết số 18-NQ/TW", 18),
              ("nhiệm kỳ 2025 – 2030", 2025), ("Quốc khánh 2/9", 2), ("QUÝ IV/2025", 4),
              ("Tổ chức 01 hội nghị", 1), ("100% tổ dân phố", 100), ("thêm 3 lớp", 3),
              ("cho 60 tuyên truyền viên", 60)]),
]
