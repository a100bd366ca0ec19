"""Held-out set holdout60, part 1: Ho Chi Minh City districts before the 1 July 2025 reform.

Three reports written for this set only, from docs/LABELING.md (and the builder's helpers),
without reading the extractor:
- h60_01: a formal mid-year report (báo cáo sơ kết) of Ban Tuyên giáo Quận ủy Phú Nhuận, 2019;
- h60_02: a party-newspaper article on Củ Chi's year-end review of 2023;
- h60_03: a news article covering three districts (Quận 5, 10, 11), quý III 2022, with its
  date only in a sidecar.

Decisions where the guide leaves room:
- A count of grassroots "tuyên truyền viên" (`other`, LABELING.md) carries the report's period
  like other `other` facts: `other` is a flow in indicators.csv, so no instant is used.
- "Đội ngũ 38 báo cáo viên cấp huyện" in a sentence dated "Trong năm" (no "hiện có") is a
  stock at the end of the year (end_of), as for any stock in a dated sentence.
- In a quotation opening with "Năm qua" the stocks of that sentence (Zalo groups, members)
  are instants at the year's end; the fanpage's followers in the next sentence, marked
  "hiện có", are instants at the document date.
- The rows of a multi-district article under "* Quận N" headings belong to that district; the
  bare "hội nghị cấp quận" / "lớp" there count the study named in the lead (study_sessions).
- "Số đảng viên chưa học tập là 311 đồng chí" is `other` (those who did not take part).
- A web page's time stamp "11/01/2024 - 16:05" is the document date (text), not the meeting
  day "Chiều 10/1".
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

PN, CC = U("Quận Phú Nhuận"), U("Huyện Củ Chi")
Q5, Q10, Q11 = U("Quận 5"), U("Quận 10"), U("Quận 11")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY PHÚ NHUẬN
BAN TUYÊN GIÁO
Số 112-BC/BTGQU

ĐẢNG CỘNG SẢN VIỆT NAM
Phú Nhuận, ngày 03 tháng 7 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019
và phương hướng, nhiệm vụ 6 tháng cuối năm

Thực hiện Công văn số 1486-CV/BTGTU ngày 10/6/2019 của Ban Tuyên giáo Thành ủy về việc báo cáo sơ kết công tác tuyên giáo 6 tháng đầu năm, Ban Tuyên giáo Quận ủy Phú Nhuận báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, văn hóa, khoa giáo; tổ chức 02 hội nghị báo cáo viên (tháng 1 và tháng 4). Quận triển khai 2 đợt sinh hoạt chính trị: đợt kỷ niệm 89 năm Ngày thành lập Đảng và đợt kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019).

2. Học tập, quán triệt nghị quyết, chỉ thị của Đảng
Trọng tâm là Nghị quyết Hội nghị Trung ương 8 khóa XII và Quy định số 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên. Kết quả:
- Hội nghị cấp quận: 03; lượt cán bộ chủ chốt dự: 1.146
- Lớp ở các đảng bộ phường, cơ sở: 214; lượt đảng viên dự: 9.873; tỷ lệ: 95,8%
- Số đảng viên chưa tham gia: 431 người, chủ yếu là đảng viên cao tuổi được miễn sinh hoạt.

3. Công tác tuyên truyền
Các chi bộ khu phố duy trì nền nếp sinh hoạt, tổ chức 326 buổi thảo luận chi bộ về chuyên đề năm 2019 về ý thức tôn trọng Nhân dân, phát huy dân chủ. Đội ngũ báo cáo viên quận và phường thực hiện 148 buổi nói chuyện thời sự, chính sách tại khu dân cư, thu hút khoảng 11.600 lượt người nghe.

Trang thông tin điện tử quận đăng tải 518 tin, bài; bản tin “Phú Nhuận ngày nay” phát hành đủ 6 số, mỗi số 2.000 bản. Tuyên truyền trực quan:
- Băng rôn, khẩu hiệu, pano: 1.240
- Tài liệu hỏi – đáp Luật An ninh mạng phát tới các tổ dân phố: 3.500 cuốn

4. Công tác nắm bắt, định hướng dư luận xã hội
Tính đến ngày 30/6/2019, quận có 42 cộng tác viên dư luận xã hội. Trong 6 tháng, Ban Tuyên giáo Quận ủy tổng hợp 12 báo cáo định kỳ và 5 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Thành ủy, chủ yếu về việc chỉnh trang vỉa hè và điều chỉnh giá điện.

5. Công tác giáo dục lý luận chính trị
Trung tâm Bồi dưỡng chính trị quận mở 4 lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới, với 236 học viên, và 2 lớp sơ cấp lý luận chính trị cho 141 học viên. Hoàn thành bản thảo Lịch sử Đảng bộ phường 7 (1975 – 2015), dày 210 trang.

6. Thi đua, khen thưởng
Ban Thường vụ Quận ủy tặng giấy khen cho 7 tập thể, 19 cá nhân có thành tích trong đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Bác; đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 1 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
1. Tổng kết đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh.
2. Phấn đấu tỷ lệ đảng viên học tập nghị quyết đạt trên 95%; mở thêm 3 lớp bồi dưỡng nghiệp vụ cho khoảng 120 cán bộ tuyên giáo cơ sở.
3. Chuẩn bị nội dung tuyên truyền Đại hội Đảng bộ quận lần thứ XII, nhiệm kỳ 2020 – 2025.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VP.

T/M BAN TUYÊN GIÁO
TRƯỞNG BAN
"""

T02 = """
Thứ Năm, 11/01/2024 - 16:05

Củ Chi: Đưa nghị quyết về tận ấp, tận nhà

(Thanhuytphcm.vn) - Chiều 10/1, Huyện ủy Củ Chi tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Phạm Văn Lộc, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy chủ trì hội nghị.

Năm 2023, Ban Tuyên giáo Huyện ủy tham mưu Ban Thường vụ Huyện ủy tổ chức 5 hội nghị cấp huyện học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII và Nghị quyết số 31-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển TP Hồ Chí Minh đến năm 2030, tầm nhìn đến năm 2045. Các đảng bộ cơ sở mở 268 lớp với 14.920 lượt cán bộ, đảng viên tham dự, đạt 97,3%; riêng quần chúng có 6.150 lượt dự nghe.

Củ Chi có 21 xã, thị trấn với hơn 460 nghìn dân, địa bàn rộng, nhiều ấp cách xa trung tâm. Vì vậy, huyện đặc biệt chú trọng tuyên truyền miệng. Trong năm, đội ngũ 38 báo cáo viên cấp huyện cùng hơn 300 tuyên truyền viên ở cơ sở đã tổ chức 1.240 buổi nói chuyện tại các ấp, khu dân cư, thu hút khoảng 86.000 lượt người nghe. Đội xe tuyên truyền lưu động chạy 420 lượt về các xã vùng sâu như Trung Lập Thượng, Phú Mỹ Hưng, An Nhơn Tây.

“Năm qua, trang thông tin điện tử huyện đăng 1.865 tin, bài; các ấp, khu phố duy trì 410 nhóm Zalo với hơn 38 nghìn thành viên để thông tin chính thống đến với bà con nhanh nhất. Fanpage ‘Củ Chi ngày mới’ của huyện hiện có khoảng 52.000 người theo dõi”, đồng chí Phạm Văn Lộc cho biết.

Cuộc thi trắc nghiệm “Tìm hiểu lịch sử Đảng bộ huyện Củ Chi” thu hút 23.410 lượt người dự thi; Ban Tổ chức trao 1 giải Nhất, 3 giải Nhì và 5 giải Ba cho các cá nhân.

Ông Trần Văn Sáu, 71 tuổi, ở ấp Phú Hiệp, xã Phú Mỹ Hưng, kể: “Hồi trước ấp họp dân chỉ chừng 30 người, giờ có buổi đông gấp mấy lần, vì báo cáo viên nói chuyện đường sá, chuyện giá nông sản, nghe là hiểu liền”.

Báo cáo cũng chỉ ra một số hạn chế: ở một số chi bộ, sinh hoạt chuyên đề còn hình thức; việc nắm bắt dư luận trên mạng xã hội có lúc chưa kịp thời. Trong năm, đội ngũ cộng tác viên dư luận xã hội gửi về Ban 46 báo cáo về tình hình tư tưởng của Nhân dân, nhất là quanh việc bồi thường, giải phóng mặt bằng dự án đường Vành đai 3.

Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 11 tập thể và 24 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2023.

Năm 2024, huyện đặt mục tiêu tổ chức không dưới 1.300 buổi nói chuyện, 100% ấp có nhóm Zalo, hướng tới kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025).

Thanh Tâm
"""

T03 = """
Quận 5, Quận 10, Quận 11: Hoàn thành học tập Nghị quyết Trung ương 5 trong quý III

Quý III năm 2022, các quận ủy Quận 5, Quận 10 và Quận 11 đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII cho cán bộ, đảng viên, với nhiều cách làm phù hợp đặc điểm từng địa bàn.

* Quận 5
Quận ủy tổ chức 2 hội nghị cấp quận cho 820 cán bộ chủ chốt. Ngay sau đó, 14 đảng bộ phường và 26 chi, đảng bộ cơ sở mở 118 lớp với 8.436 lượt cán bộ, đảng viên, đạt 96,7%. Là địa bàn có đông người Hoa sinh sống, quận phối hợp các hội đoàn tổ chức 64 buổi nói chuyện chuyên đề có phiên dịch tiếng Hoa, với khoảng 4.200 lượt người nghe.

Ông Lâm Quốc Hùng, 67 tuổi, ngụ phường 11, Quận 5, nói: “Tôi đi nghe 3 buổi liền, có người dịch sang tiếng Hoa nên các cụ trong hội đồng hương ai cũng hiểu”.

* Quận 10
Quận ủy Quận 10 tổ chức 1 hội nghị cấp quận theo hình thức trực tuyến, kết nối 14 điểm cầu phường, với 3.215 lượt cán bộ, đảng viên dự. Tại cơ sở, các chi bộ mở 96 lớp; tỷ lệ đảng viên tham gia đạt 97,12%. Ban Tuyên giáo Quận ủy biên soạn tài liệu hỏi – đáp về nghị quyết, in 6.000 cuốn phát đến các chi bộ.

* Quận 11
Trong quý, Đảng bộ Quận 11 tổ chức học tập nghị quyết cho 7.904/8.215 đảng viên (đạt 96,21%). Số đảng viên chưa học tập là 311 đồng chí, phần lớn do ốm đau, đi làm ăn xa; quận đang tổ chức học bù. Ban Tuyên giáo Quận ủy phối hợp Đài truyền thanh quận phát 24 chương trình phát thanh chuyên đề và đăng 57 tin, bài trên trang thông tin điện tử quận.

Theo Ban Tuyên giáo Thành ủy, đến cuối tháng 9/2022, việc học tập nghị quyết đã cơ bản hoàn thành ở các quận, huyện và TP Thủ Đức. Trong quý IV, các quận sẽ tập trung xây dựng chương trình hành động, dự kiến mỗi quận tổ chức ít nhất 2 buổi đối thoại với Nhân dân về nội dung nghị quyết.
"""

D01, D02, D03 = "2019-07-03", "2024-01-11", "2022-10-07"

DOCS = [
    Doc("h60_01_phunhuan_2019h1", T01, PN, h1(2019), D01, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("lượt cán bộ chủ chốt dự: 1.146", 1146, "study_attendance", a="party_members"),
        F("Lớp ở các đảng bộ phường, cơ sở: 214", 214, "study_sessions"),
        F("lượt đảng viên dự: 9.873", 9873, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,8%", 95.8, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 431 người", 431, "other"),
        F("tổ chức 326 buổi thảo luận chi bộ", 326, "party_cell_discussions"),
        F("thực hiện 148 buổi nói chuyện", 148, "oral_propaganda_sessions"),
        F("khoảng 11.600 lượt người nghe", 11600, "propaganda_audience", "approx"),
        F("đăng tải 518 tin, bài", 518, "news_items"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("Băng rôn, khẩu hiệu, pano: 1.240", 1240, "other"),
        F("các tổ dân phố: 3.500 cuốn", 3500, "other"),
        F("quận có 42 cộng tác viên", 42, "opinion_collaborators", p=inst("2019-06-30")),
        F("tổng hợp 12 báo cáo định kỳ", 12, "opinion_reports"),
        F("5 báo cáo đột xuất", 5, "opinion_reports"),
        F("mở 4 lớp bồi dưỡng lý luận chính trị", 4, "training_classes"),
        F("với 236 học viên", 236, "trainees"),
        F("2 lớp sơ cấp lý luận chính trị", 2, "training_classes"),
        F("cho 141 học viên", 141, "trainees"),
        F("giấy khen cho 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể, 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 112-BC/BTGQU", 112), ("ngày 03 tháng 7 năm 2019", 3),
              ("6 tháng đầu năm 2019", 6), ("Công văn số 1486-CV/BTGTU", 1486),
              ("ngày 10/6/2019", 10), ("tháng 1", 1), ("tháng 4", 4), ("89 năm", 89),
              ("50 năm", 50), ("(1969 – 2019)", 1969), ("Trung ương 8", 8),
              ("Quy định số 08-QĐi/TW", 8), ("chuyên đề năm 2019", 2019),
              ("mỗi số 2.000 bản", 2000), ("Tính đến ngày 30/6/2019", 30),
              ("Trong 6 tháng", 6), ("phường 7", 7), ("(1975 – 2015)", 1975),
              ("dày 210 trang", 210), ("cho 1 tập thể", 1), ("trên 95%", 95),
              ("mở thêm 3 lớp", 3), ("khoảng 120 cán bộ", 120),
              ("nhiệm kỳ 2020 – 2025", 2020)]),
    Doc("h60_02_cuchi_2023", T02, CC, year(2023), D02, "text", facts=[
        F("tổ chức 5 hội nghị cấp huyện học tập", 5, "study_sessions"),
        F("mở 268 lớp", 268, "study_sessions"),
        F("với 14.920 lượt cán bộ, đảng viên", 14920, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("riêng quần chúng có 6.150 lượt dự nghe", 6150, "study_attendance", a="masses"),
        F("đội ngũ 38 báo cáo viên cấp huyện", 38, "reporters", p=end_of(year(2023))),
        F("hơn 300 tuyên truyền viên", 300, "other", "at_least"),
        F("tổ chức 1.240 buổi nói chuyện", 1240, "oral_propaganda_sessions"),
        F("khoảng 86.000 lượt người nghe", 86000, "propaganda_audience", "approx"),
        F("chạy 420 lượt", 420, "other"),
        F("đăng 1.865 tin, bài", 1865, "news_items"),
        F("duy trì 410 nhóm Zalo", 410, "chat_groups", p=end_of(year(2023))),
        F("hơn 38 nghìn thành viên", 38000, "chat_group_members", "at_least",
          p=end_of(year(2023))),
        F("hiện có khoảng 52.000 người theo dõi", 52000, "propaganda_audience", "approx",
          p=inst(D02)),
        F("thu hút 23.410 lượt người dự thi", 23410, "contest_entries"),
        F("gửi về Ban 46 báo cáo", 46, "opinion_reports"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 24 cá nhân", 24, "commended_individuals"),
    ], traps=[("11/01/2024", 11), ("16:05", 16), ("Chiều 10/1", 10), ("năm 2023", 2023),
              ("năm 2024", 2024), ("Trung ương 6", 6), ("Nghị quyết số 31-NQ/TW", 31),
              ("đến năm 2030", 2030), ("đến năm 2045", 2045), ("21 xã, thị trấn", 21),
              ("hơn 460 nghìn dân", 460000), ("1 giải Nhất", 1), ("3 giải Nhì", 3),
              ("5 giải Ba", 5), ("71 tuổi", 71), ("chừng 30 người", 30), ("Vành đai 3", 3),
              ("Năm 2024", 2024), ("không dưới 1.300 buổi", 1300), ("100% ấp", 100),
              ("50 năm", 50), ("(30/4/1975", 30), ("30/4/2025)", 30)]),
    Doc("h60_03_q5_q10_q11_2022q3", T03, Q5, quarter(3, 2022), D03, "sidecar",
        meta={"date": D03}, facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("cho 820 cán bộ chủ chốt", 820, "study_attendance", a="party_members"),
        F("mở 118 lớp", 118, "study_sessions"),
        F("với 8.436 lượt cán bộ, đảng viên", 8436, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("tổ chức 64 buổi nói chuyện chuyên đề", 64, "oral_propaganda_sessions"),
        F("khoảng 4.200 lượt người nghe", 4200, "propaganda_audience", "approx"),
        F("tổ chức 1 hội nghị cấp quận", 1, "study_sessions", unit=Q10),
        F("với 3.215 lượt cán bộ, đảng viên dự", 3215, "study_attendance", a="party_members",
          unit=Q10),
        F("các chi bộ mở 96 lớp", 96, "study_sessions", unit=Q10),
        F("tham gia đạt 97,12%", 97.12, "study_participation_rate", unit=Q10),
        F("in 6.000 cuốn", 6000, "other", unit=Q10),
        F("cho 7.904/8.215 đảng viên", 7904, "study_attendance", a="party_members",
          unit=Q11),
        F("(đạt 96,21%)", 96.21, "study_participation_rate", unit=Q11),
        F("chưa học tập là 311 đồng chí", 311, "other", unit=Q11),
        F("phát 24 chương trình phát thanh", 24, "news_items", unit=Q11),
        F("đăng 57 tin, bài", 57, "news_items", unit=Q11),
    ], traps=[("Trung ương 5", 5), ("Quận 5", 5),
              ("Quận 10", 10), ("Quận 11", 11), ("14 đảng bộ phường", 14),
              ("26 chi, đảng bộ cơ sở", 26), ("67 tuổi", 67), ("phường 11", 11),
              ("3 buổi liền", 3), ("14 điểm cầu", 14), ("tháng 9/2022", 9),
              ("ít nhất 2 buổi đối thoại", 2)]),
]
