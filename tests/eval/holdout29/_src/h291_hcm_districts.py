"""holdout29, part 1: Ho Chi Minh City districts before 2025-07-01 (2016-2023).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and
the five sample reports for style, without reading or running the extractor.

Decisions taken where the guide leaves room:
- "buổi hướng dẫn kỹ năng số", "đêm diễn" of a legal stage show, banners, pano, loudspeaker
  runs and printed copies are `other`; "lượt người xem" of a show is propaganda_audience.
- "N điểm cầu" of an online conference is where it was held (a trap), like "tại 32 khu phố".
- People in a class for the party ("cho 356 quần chúng ưu tú") are trainees.
- A report's summary reports ("tổng hợp thành 5 báo cáo chuyên đề" about voters' concerns) are
  opinion_reports, counted beside the collaborators' reports.
- "lượt cử tri" at propaganda sessions are audience `all` (cử tri is not a masses word).
- Views of some clips ("có những clip ... đạt trên 200 nghìn lượt xem") are per-item figures.
- A stock stated in a paragraph of a half-year report without a marker ("gồm 64 đồng chí") is
  an instant at the period's end.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, since, year

HCM = U("79")
Q10, CUCHI, PNH = U("Quận 10"), U("Huyện Củ Chi"), U("Quận Phú Nhuận")
GV, Q8, NBE = U("Quận Gò Vấp"), U("Quận 8"), U("Huyện Nhà Bè")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 10
BAN TUYÊN GIÁO
Số 87-BC/BTGQU
Quận 10, ngày 05 tháng 7 năm 2018

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2018,
phương hướng, nhiệm vụ 6 tháng cuối năm 2018

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 18 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng (gồm 7 kế hoạch, 11 hướng dẫn), trong đó có Kế hoạch số 112-KH/QU ngày 12/3/2018 về tuyên truyền kỷ niệm 50 năm Cuộc Tổng tiến công và nổi dậy Xuân Mậu Thân 1968.

2. Học tập, quán triệt Nghị quyết Trung ương 6 và Trung ương 7 khóa XII
- Hội nghị cấp quận: 03
- Lớp ở các đảng bộ, chi bộ cơ sở: 142; lượt cán bộ, đảng viên dự: 9.816
- Tỷ lệ đảng viên tham gia: 95,7%
- Số đảng viên chưa tham gia: 421 người (chủ yếu do tuổi cao, ốm đau, đi công tác xa)
- Bài thu hoạch cá nhân: 8.904 bài

3. Công tác tuyên truyền
Trang thông tin điện tử quận đăng 512 tin, bài, ảnh; chuyên mục "Quận 10 – Văn minh, nghĩa tình" trên Đài truyền thanh quận phát 24 kỳ. Các phường tổ chức 97 buổi tuyên truyền miệng, nói chuyện thời sự với khoảng 8.300 lượt người nghe; treo 1.420 băng rôn, khẩu hiệu chào mừng kỷ niệm 43 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2018) và Ngày Quốc tế Lao động 1/5.

4. Hội nghị báo cáo viên, đội ngũ báo cáo viên
Ban tổ chức 02 hội nghị báo cáo viên (tháng 2 và tháng 5), thông tin chuyên đề về tình hình Biển Đông và dự thảo Luật An ninh mạng.
- Báo cáo viên cấp quận: 38 đồng chí (tính đến 30/6/2018)

5. Công tác nắm bắt dư luận xã hội
Đội ngũ cộng tác viên dư luận xã hội của quận gồm 64 đồng chí, phân công theo dõi 15 phường và các khối cơ quan. Sáu tháng qua, Ban tổng hợp 12 báo cáo định kỳ và 3 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Thành ủy, trong đó có dư luận về việc di dời chợ hoa Hồ Thị Kỷ.

6. Thi đua, khen thưởng
Ban Thường vụ Quận ủy tặng giấy khen cho 7 tập thể và 19 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2018
1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 8 khóa XII ngay khi có hướng dẫn; phấn đấu tỷ lệ đảng viên tham gia đạt trên 96%.
2. Mở 02 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo của 15 phường.
3. Tổ chức Hội thi báo cáo viên giỏi cấp quận lần thứ IV, dự kiến có 30 thí sinh.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
"""

T02 = """
Củ Chi: Đưa thông tin bầu cử về tận ấp, tổ

(Cuchi.hochiminhcity.gov.vn) – Từ đầu năm 2016 đến nay, hệ thống tuyên giáo huyện Củ Chi đã dồn sức cho công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021, song song với việc học tập, quán triệt Nghị quyết Đại hội XII của Đảng.

Theo Ban Tuyên giáo Huyện ủy Củ Chi, huyện đã tổ chức 215 buổi tuyên truyền miệng, nói chuyện chuyên đề về bầu cử tại 21 xã, thị trấn, thu hút hơn 19.600 lượt người dân dự nghe. Đội xe tuyên truyền lưu động chạy 640 lượt qua các tuyến đường liên ấp; các xã treo gần 2.300 băng rôn, cờ phướn, pa nô.

Huyện có 386 khu vực bỏ phiếu, với hơn 293 ngàn cử tri. Ông Nguyễn Văn Tám, 71 tuổi, ở ấp Bàu Tròn, xã Nhuận Đức, nói vui: "Tôi đi bầu lần thứ mười một rồi, lần nào cũng được mấy cháu tổ trưởng tới tận nhà nhắc, đưa cả danh sách 7 ứng cử viên để đọc trước".

Huyện ủy triển khai hai đợt sinh hoạt chính trị, tư tưởng: đợt thứ nhất về Nghị quyết Đại hội XII của Đảng, đợt thứ hai về Nghị quyết Đại hội X Đảng bộ Thành phố. Các chi, đảng bộ cơ sở đã mở 318 lớp học tập, quán triệt Nghị quyết Đại hội XII, với 10.452/10.937 đảng viên tham dự (đạt 95,57%); riêng quần chúng, đoàn viên, hội viên có 6.210 lượt tham gia.

Trung tâm Bồi dưỡng chính trị huyện đã mở 04 lớp bồi dưỡng nhận thức về Đảng cho 356 quần chúng ưu tú và 02 lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới với 148 học viên.

Trang thông tin điện tử huyện đã đăng 286 tin, bài về bầu cử; Đài truyền thanh huyện phát sóng 64 chương trình và 12 phóng sự chuyên đề. Theo bà Lê Thị Hồng Nhung, Trưởng ban Tuyên giáo Huyện ủy, các cộng tác viên dư luận xã hội đã gửi về Ban 41 báo cáo phản ánh tâm tư của cử tri. "Cử tri quan tâm nhiều nhất là chuyện quy hoạch, đền bù và giá nông sản. Chúng tôi đã tổng hợp thành 5 báo cáo chuyên đề về tâm tư cử tri gửi Thường trực Huyện ủy", bà Nhung cho biết.

Thời gian tới, huyện tiếp tục tuyên truyền kết quả bầu cử, dự kiến tổ chức khoảng 100 buổi nói chuyện tại các ấp trước ngày 30/6.
"""

T03 = """
Cập nhật ngày 06-10-2023

Giao ban công tác tuyên giáo quý III/2023: Nhiều quận, huyện có cách làm sáng tạo

(Thanhuytphcm.vn) – Chiều 5/10, Ban Tuyên giáo Thành ủy TPHCM tổ chức giao ban công tác tuyên giáo quý III năm 2023 với các quận, huyện và TP Thủ Đức.

Theo báo cáo, trong quý, Ban Tuyên giáo Thành ủy đã tham mưu tổ chức 01 hội nghị trực tuyến toàn thành phố học tập, quán triệt Kết luận số 57-KL/TW của Bộ Chính trị với 1.012 điểm cầu; phát hành 3 số Bản tin Thông báo nội bộ, mỗi số 18.000 bản. Các sản phẩm tuyên truyền của Ban trên nền tảng số có lượt tiếp cận ước đạt 3,2 triệu. Thành phố hiện có 2.154 báo cáo viên các cấp.

Quận Gò Vấp: Sân khấu hóa tuyên truyền pháp luật

Quận ủy Gò Vấp tổ chức 2 hội nghị cấp quận học tập, quán triệt chuyên đề năm 2023 của Thành phố; 16 đảng bộ phường mở 204 lớp, với 14.390 lượt cán bộ, đảng viên tham dự, đạt 96,8%. Quận duy trì sân khấu hóa tuyên truyền pháp luật tại 3 công viên lớn, tổ chức 9 đêm diễn thu hút gần 5.000 lượt người xem. Gò Vấp là một trong 5 đơn vị dẫn đầu Cụm thi đua số 4 của Ban Tuyên giáo Thành ủy.

Quận 8: Nhóm Zalo "Tổ dân phố 4.0"

Tính đến 30/9/2023, Quận 8 có 1.148 nhóm Zalo tổ dân phố với trên 62.000 thành viên. Trong quý III, các nhóm đăng tải khoảng 9.500 tin, bài, hình ảnh về phòng cháy chữa cháy, chỉnh trang kênh Tàu Hũ – Bến Nghé. Ban Tuyên giáo Quận ủy nhận 27 báo cáo tình hình dư luận từ đội ngũ 95 cộng tác viên.

Huyện Nhà Bè: Lan tỏa gương người tốt việc tốt

Cuộc thi viết "Người tốt quanh ta" do Huyện ủy Nhà Bè phát động từ ngày 1/7 đến nay đã nhận 846 bài dự thi của cán bộ, công nhân, học sinh; trong đó 120 bài của học sinh THPT. Huyện ủy biểu dương 10 tập thể, 22 cá nhân tiêu biểu; các chi bộ tổ chức 168 buổi sinh hoạt chi bộ chuyên đề về gương điển hình.

Phát biểu kết luận, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đề nghị các đơn vị chuẩn bị sơ kết 10 năm thực hiện Nghị quyết 33-NQ/TW về xây dựng và phát triển văn hóa, con người Việt Nam; trong quý IV, mỗi quận, huyện tổ chức ít nhất 5 buổi đối thoại với thanh niên.
"""

T04 = """
Thứ Hai, ngày 26 tháng 12 năm 2022

Phú Nhuận: "Tuyên truyền phải đi trước một bước"

Năm 2022, công tác tuyên giáo quận Phú Nhuận ghi nhận nhiều chuyển biến sau hai năm dịch bệnh. Phóng viên đã có cuộc trao đổi với đồng chí Trần Minh Khoa, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Phú Nhuận.

Phóng viên: Xin đồng chí cho biết những kết quả nổi bật của công tác tuyên giáo quận trong năm qua?

Đồng chí Trưởng ban: Năm qua, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 26 văn bản chỉ đạo; tổ chức 4 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 4, 5 khóa XIII. Các đảng bộ phường và chi, đảng bộ cơ sở mở 97 lớp, với 6.940 lượt cán bộ, đảng viên tham dự, tỷ lệ đạt 97,3%. Chúng tôi mời cả những đảng viên cao tuổi sinh hoạt ở khu phố, vì họ là "kênh" thông tin rất quan trọng. Các phường tổ chức 235 buổi nói chuyện thời sự với khoảng 17.800 lượt người nghe.

Phóng viên: Nhiều người nói mạng xã hội là "mặt trận" mới. Quận Phú Nhuận đã làm gì trên mặt trận này?

Đồng chí Trưởng ban: Quận hiện có một cổng thông tin điện tử, một fanpage "Phú Nhuận ngày mới" và 13 fanpage của các phường, cùng 486 nhóm Zalo khu phố, tổ dân phố. Trong năm, fanpage của quận đăng 1.260 tin, bài, video; có những clip về gương người tốt đạt trên 200 nghìn lượt xem. Có lần, một bác tổ trưởng nói với tôi: 'Tổ tôi 112 hộ thì có tới 90 hộ vào nhóm Zalo, ai cần gì nhắn là có người trả lời ngay'. Nghe vậy tôi mừng lắm.

Phóng viên: Còn công tác nắm bắt dư luận xã hội thì sao, thưa đồng chí?

Đồng chí Trưởng ban: Đội ngũ cộng tác viên dư luận xã hội của quận hiện có 58 đồng chí, được tập huấn 2 lần mỗi năm. Năm 2022, Ban đã tổng hợp 31 báo cáo dư luận xã hội, trong đó có 6 báo cáo nhanh về giá cả thị trường. Dư luận quan tâm nhiều đến việc giá xăng tăng 7 lần liên tiếp trong nửa đầu năm. Dịp tổng kết, Quận ủy khen thưởng 9 tập thể và 14 cá nhân có thành tích trong công tác tuyên giáo.

Phóng viên: Năm 2023, quận đặt ra mục tiêu gì?

Đồng chí Trưởng ban: Chúng tôi phấn đấu 100% khu phố có nhóm Zalo hoạt động hiệu quả, mỗi phường tổ chức ít nhất 12 buổi nói chuyện thời sự mỗi năm. Quận cũng sẽ tổ chức Hội thi tuyên truyền viên giỏi lần thứ hai vào tháng 3/2023.

Phóng viên: Xin cảm ơn đồng chí!
"""

D01, D02, D03, D04 = "2018-07-05", "2016-05-18", "2023-10-06", "2022-12-26"
P01 = h1(2018)
P02 = since("2016-01-01", D02)
P03 = quarter(3, 2023)

DOCS = [
    Doc("h29_01", T01, Q10, P01, D01, "text", facts=[
        F("ban hành 18 văn bản", 18, "documents_issued"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("chi bộ cơ sở: 142", 142, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 9.816", 9816, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 95,7%", 95.7, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 421 người", 421, "other"),
        F("Bài thu hoạch cá nhân: 8.904 bài", 8904, "other"),
        F("đăng 512 tin, bài, ảnh", 512, "news_items"),
        F("phát 24 kỳ", 24, "news_items"),
        F("tổ chức 97 buổi tuyên truyền miệng", 97, "oral_propaganda_sessions"),
        F("khoảng 8.300 lượt người nghe", 8300, "propaganda_audience", "approx"),
        F("treo 1.420 băng rôn", 1420, "other"),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("Báo cáo viên cấp quận: 38 đồng chí", 38, "reporters", p=inst("2018-06-30")),
        F("gồm 64 đồng chí", 64, "opinion_collaborators", p=end_of(P01)),
        F("tổng hợp 12 báo cáo định kỳ", 12, "opinion_reports"),
        F("3 báo cáo đột xuất", 3, "opinion_reports"),
        F("giấy khen cho 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("QUẬN ỦY QUẬN 10", 10),
              ("Quận 10, ngày 05 tháng 7 năm 2018", 10), ("1. Công tác tham mưu", 1),
              ("gồm 7 kế hoạch", 7), ("11 hướng dẫn", 11), ("Kế hoạch số 112-KH/QU", 112),
              ("ngày 12/3/2018", 12), ("50 năm", 50), ("Mậu Thân 1968", 1968),
              ("2. Học tập", 2), ("Trung ương 6", 6), ("Trung ương 7", 7),
              ("3. Công tác tuyên truyền", 3), ('"Quận 10 –', 10), ("43 năm", 43),
              ("30/4/1975", 30), ("30/4/2018", 30), ("Lao động 1/5", 1),
              ("4. Hội nghị báo cáo viên", 4), ("(tháng 2", 2), ("tháng 5)", 5),
              ("tính đến 30/6/2018", 30), ("5. Công tác nắm bắt", 5),
              ("theo dõi 15 phường", 15), ("6. Thi đua", 6), ("cho 2 tập thể", 2),
              ("Trung ương 8", 8), ("1. Tổ chức học tập", 1), ("trên 96%", 96),
              ("2. Mở 02 lớp", 2), ("của 15 phường", 15), ("3. Tổ chức Hội thi", 3),
              ("dự kiến có 30 thí sinh", 30)]),
    Doc("h29_02", T02, CUCHI, P02, D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 215 buổi tuyên truyền miệng", 215, "oral_propaganda_sessions"),
        F("hơn 19.600 lượt người dân", 19600, "propaganda_audience", "at_least", a="masses"),
        F("chạy 640 lượt", 640, "other"),
        F("treo gần 2.300 băng rôn", 2300, "other", "at_most"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("mở 318 lớp học tập, quán triệt", 318, "study_sessions"),
        F("với 10.452/10.937 đảng viên", 10452, "study_attendance", a="party_members"),
        F("(đạt 95,57%)", 95.57, "study_participation_rate"),
        F("có 6.210 lượt tham gia", 6210, "study_attendance", a="masses"),
        F("mở 04 lớp bồi dưỡng nhận thức về Đảng", 4, "training_classes"),
        F("cho 356 quần chúng ưu tú", 356, "trainees"),
        F("02 lớp bồi dưỡng lý luận chính trị", 2, "training_classes"),
        F("với 148 học viên", 148, "trainees"),
        F("đăng 286 tin, bài", 286, "news_items"),
        F("phát sóng 64 chương trình", 64, "news_items"),
        F("12 phóng sự chuyên đề", 12, "news_items"),
        F("gửi về Ban 41 báo cáo", 41, "opinion_reports"),
        F("tổng hợp thành 5 báo cáo chuyên đề", 5, "opinion_reports"),
    ], traps=[("Từ đầu năm 2016", 2016), ("khóa XIV", 14), ("nhiệm kỳ 2016 – 2021", 2016),
              ("Đại hội XII", 12), ("tại 21 xã, thị trấn", 21),
              ("386 khu vực bỏ phiếu", 386), ("hơn 293 ngàn cử tri", 293000),
              ("71 tuổi", 71), ("danh sách 7 ứng cử viên", 7), ("Đại hội X Đảng bộ", 10),
              ("khoảng 100 buổi", 100), ("ngày 30/6", 30)]),
    Doc("h29_03", T03, HCM, P03, D03, "text", facts=[
        F("tổ chức 01 hội nghị trực tuyến", 1, "study_sessions"),
        F("phát hành 3 số Bản tin", 3, "news_items"),
        F("lượt tiếp cận ước đạt 3,2 triệu", 3200000, "propaganda_audience", "approx"),
        F("hiện có 2.154 báo cáo viên", 2154, "reporters", p=inst(D03)),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=GV),
        F("mở 204 lớp", 204, "study_sessions", unit=GV),
        F("với 14.390 lượt cán bộ, đảng viên", 14390, "study_attendance", a="party_members",
          unit=GV),
        F("đạt 96,8%", 96.8, "study_participation_rate", unit=GV),
        F("tổ chức 9 đêm diễn", 9, "other", unit=GV),
        F("gần 5.000 lượt người xem", 5000, "propaganda_audience", "at_most", unit=GV),
        F("có 1.148 nhóm Zalo", 1148, "chat_groups", unit=Q8, p=inst("2023-09-30")),
        F("trên 62.000 thành viên", 62000, "chat_group_members", "at_least", unit=Q8,
          p=inst("2023-09-30")),
        F("khoảng 9.500 tin, bài", 9500, "news_items", "approx", unit=Q8),
        F("nhận 27 báo cáo tình hình dư luận", 27, "opinion_reports", unit=Q8),
        F("đội ngũ 95 cộng tác viên", 95, "opinion_collaborators", unit=Q8, p=end_of(P03)),
        F("đã nhận 846 bài dự thi", 846, "contest_entries", unit=NBE,
          p=since("2023-07-01", D03)),
        F("biểu dương 10 tập thể", 10, "commended_collectives", unit=NBE),
        F("10 tập thể, 22 cá nhân", 22, "commended_individuals", unit=NBE),
        F("tổ chức 168 buổi sinh hoạt chi bộ", 168, "party_cell_discussions", unit=NBE),
    ], traps=[("06-10-2023", 6), ("quý III/2023", 2023), ("Chiều 5/10", 5),
              ("quý III năm 2023", 2023), ("Kết luận số 57-KL/TW", 57),
              ("1.012 điểm cầu", 1012), ("mỗi số 18.000 bản", 18000),
              ("chuyên đề năm 2023", 2023), ("16 đảng bộ phường", 16),
              ("tại 3 công viên", 3), ("một trong 5 đơn vị dẫn đầu", 5),
              ("Cụm thi đua số 4", 4), ('"Tổ dân phố 4.0"', 4), ("Tính đến 30/9/2023", 30),
              ("Quận 8", 8), ("từ ngày 1/7", 1), ("trong đó 120 bài", 120),
              ("sơ kết 10 năm", 10), ("Nghị quyết 33-NQ/TW", 33),
              ("ít nhất 5 buổi đối thoại", 5)]),
    Doc("h29_04", T04, PNH, year(2022), D04, "text", facts=[
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions"),
        F("mở 97 lớp", 97, "study_sessions"),
        F("với 6.940 lượt cán bộ, đảng viên", 6940, "study_attendance", a="party_members"),
        F("tỷ lệ đạt 97,3%", 97.3, "study_participation_rate"),
        F("tổ chức 235 buổi nói chuyện thời sự", 235, "oral_propaganda_sessions"),
        F("khoảng 17.800 lượt người nghe", 17800, "propaganda_audience", "approx"),
        F("một cổng thông tin điện tử", 1, "websites", p=inst(D04)),
        F("một fanpage", 1, "social_pages", p=inst(D04)),
        F("13 fanpage của các phường", 13, "social_pages", p=inst(D04)),
        F("486 nhóm Zalo", 486, "chat_groups", p=inst(D04)),
        F("đăng 1.260 tin, bài, video", 1260, "news_items"),
        F("hiện có 58 đồng chí", 58, "opinion_collaborators", p=inst(D04)),
        F("tổng hợp 31 báo cáo dư luận xã hội", 31, "opinion_reports"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể và 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("ngày 26 tháng 12 năm 2022", 26), ("Năm 2022", 2022),
              ("Trung ương 4", 4), ("5 khóa XIII", 5), ("trên 200 nghìn lượt xem", 200000),
              ("Tổ tôi 112 hộ", 112), ("có tới 90 hộ", 90), ("tập huấn 2 lần mỗi năm", 2),
              ("có 6 báo cáo nhanh", 6), ("tăng 7 lần liên tiếp", 7), ("Năm 2023", 2023),
              ("100% khu phố", 100), ("ít nhất 12 buổi", 12), ("tháng 3/2023", 3)]),
]
