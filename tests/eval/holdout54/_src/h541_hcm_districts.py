"""Held-out set holdout54, part 1: HCMC districts before 2025-07-01 (a cluster meeting that
compares four inner districts, an interview with a district official, a formal half-year report
with list lines and a table of periods).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(tests/eval/holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the
five sample reports for style, without reading or running the extractor.

Decisions where the guide leaves room (the same in all four parts of the set):
- a stock stated with no "hiện có / đến nay / tính đến" marker takes the instant at the end of the
  governing period (end_of), even when the document date falls a few days before that end;
- a unit's rate given inside a ranking sentence ("đứng đầu cụm ... với 98,2%") is that unit's
  participation rate (a fact); the rank words and the gap in points ("giảm 1,3 điểm phần trăm")
  are traps;
- a cluster ("Cụm thi đua số 2") is no org unit: every fact in a cluster article is written with
  the unit it names (or the section's unit); cluster-wide sums and averages are avoided or traps;
- a table's period column "6 tháng 2023" in a half-year report is the first half of that year;
- "thí sinh" of a reporters' contest are contest_entries, those "đạt giải" a trap;
- party members reached at home by the cells for a study ("phổ biến cho 312 đảng viên") are that
  study's attendances (study_attendance, party members).
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, year

Q3, Q10, Q11 = U("Quận 3"), U("Quận 10"), U("Quận 11")
PNH, GV, TB = U("Quận Phú Nhuận"), U("Quận Gò Vấp"), U("Quận Tân Bình")

T01 = """
Thứ Sáu, ngày 11 tháng 10 năm 2019

Cụm thi đua số 2: Quận 10 dẫn đầu, Quận 11 cần tăng tốc

(Thanhuytphcm.vn) - Chiều 10/10, Cụm thi đua số 2 của Ban Tuyên giáo Thành ủy, gồm Quận 3, Quận 10, Quận 11 và quận Phú Nhuận, tổ chức giao ban công tác tuyên giáo 9 tháng năm 2019 tại hội trường Quận ủy Quận 10 (số 474 đường 3 Tháng 2).

Theo bảng tổng hợp của cụm, cả bốn quận đều đã hoàn thành việc học tập, quán triệt Nghị quyết Trung ương 8 khóa XII trước ngày 30/6. Quận 10 đứng đầu cụm về tỷ lệ đảng viên tham gia học tập với 98,2%; Quận 11 thấp nhất, đạt 94,05%, giảm 1,3 điểm phần trăm so với cùng kỳ năm 2018. Xét tổng điểm thi đua, Quận 10 xếp thứ nhất, Phú Nhuận thứ hai, Quận 3 thứ ba và Quận 11 xếp thứ 4/4.

* Quận 3

Ban Tuyên giáo Quận ủy Quận 3 tham mưu tổ chức 03 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 8 và 214 lớp ở các chi bộ, với 11.870/12.236 lượt cán bộ, đảng viên dự học. Bình quân mỗi chi bộ mở 1,6 lớp. Quận duy trì 28 nhóm Zalo khu phố, số thành viên hiện nay khoảng 6.300 người; trong 9 tháng, các nhóm chia sẻ hơn 2.900 tin, bài, video clip của báo chí chính thống.

* Quận 10

Quận 10 là đơn vị dẫn đầu cụm về tuyên truyền miệng: 356 buổi nói chuyện thời sự tại khu phố, tăng 41 buổi so với cùng kỳ, thu hút ước 27.400 lượt người dân. “Tổ tôi 64 hộ, tháng nào cũng có 1 buổi nói chuyện, bà con hỏi gì báo cáo viên trả lời nấy”, ông Trần Văn Bảy, tổ trưởng tổ dân phố 27, phường 12, kể tại buổi giao ban.

Trang thông tin điện tử của Quận ủy đăng 1.125 tin, bài; fanpage “Sắc màu quận Mười” đăng 412 tin, video ngắn. Đội ngũ 38 cộng tác viên dư luận xã hội của quận gửi về Ban 57 báo cáo tình hình tư tưởng, trong đó có 9 báo cáo đột xuất.

* Quận 11

Dù tỷ lệ tham gia học tập đứng cuối cụm, Quận 11 có nhiều cách làm đáng ghi nhận. Đảng bộ quận hiện có 54 tổ chức cơ sở đảng với hơn 9.500 đảng viên, trong đó khoảng 40% là đảng viên trên 60 tuổi. Ban Thường vụ Quận ủy ban hành 19 văn bản chỉ đạo công tác tư tưởng; Ban Tuyên giáo Quận ủy tổ chức 2 hội nghị báo cáo viên và Hội thi báo cáo viên giỏi với 32 thí sinh, trong đó 5 thí sinh đạt giải.

Ông Lâm Quang Huy, Trưởng ban Tuyên giáo Quận ủy Quận 11, cho biết: “Nhiều đồng chí lớn tuổi không dự được hội nghị tập trung, nên quý III các chi bộ đã đến tận nhà phổ biến nghị quyết cho 312 đảng viên.”

* Quận Phú Nhuận

Phú Nhuận xếp thứ hai cụm nhờ kết quả sinh hoạt chi bộ: các chi bộ khu phố tổ chức 187 buổi sinh hoạt chuyên đề, thảo luận về chủ đề năm 2019 của Thành phố. Quận ủy triển khai hai đợt sinh hoạt chính trị, tư tưởng; Trung tâm Bồi dưỡng chính trị quận mở 4 lớp bồi dưỡng đảng viên mới với 236 học viên. Nhân dịp sơ kết, Ban Thường vụ Quận ủy khen thưởng 7 tập thể và 11 cá nhân.

Quý IV, cụm thống nhất phấn đấu mỗi quận tổ chức ít nhất 30 buổi đối thoại giữa bí thư cấp ủy với nhân dân và hoàn thành sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW trước ngày 15/12/2019.
"""

T02 = """
Gò Vấp: “Mỗi khu phố là một điểm tuyên truyền”

Năm 2023, công tác tuyên giáo quận Gò Vấp có nhiều đổi mới, nhất là tuyên truyền trên không gian mạng. Phóng viên đã trao đổi với đồng chí Nguyễn Thị Thu Hà, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, về những kết quả này.

PV: Thưa đồng chí, đâu là điểm nhấn trong học tập, quán triệt nghị quyết năm nay?

Đồng chí Trưởng ban: “Năm qua, Quận ủy tổ chức 4 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII và các kết luận mới của Trung ương; các đảng bộ phường mở 305 lớp với 17.642 lượt cán bộ, đảng viên, đạt 96,7%. Số lớp tăng 27 lớp so với năm 2022, nhưng tỷ lệ tham gia vẫn thấp hơn quận Tân Bình, đơn vị dẫn đầu Cụm thi đua số 4, chừng 0,5 điểm phần trăm. Trong cụm, Gò Vấp xếp thứ 3/6. Bình quân mỗi phường mở khoảng 19 lớp, có phường đông đảng viên lên tới 31 lớp.”

PV: Quận đã đưa tuyên truyền lên không gian mạng như thế nào?

Đồng chí Trưởng ban: “Hiện quận có một trang thông tin điện tử, 17 fanpage của Quận ủy và các phường, cùng 1.236 nhóm Zalo khu phố, tổ dân phố với khoảng 98.000 thành viên. Năm qua các trang này đăng gần 7.400 tin, bài, video clip; riêng chuyên mục phát thanh của quận lên sóng 48 kỳ. Có chị tổ trưởng nói với tôi: ‘Nhóm tổ em 112 người, tin nào lên là cả tổ biết liền’. Đó là động lực để chúng tôi làm tiếp.”

PV: Công tác nắm bắt dư luận xã hội và bồi dưỡng đội ngũ có gì mới?

Đồng chí Trưởng ban: “Đội ngũ 42 cộng tác viên dư luận xã hội của quận đã gửi 148 báo cáo định kỳ và 23 báo cáo đột xuất về tình hình tư tưởng. Chúng tôi tổ chức 6 hội nghị báo cáo viên; quận hiện có 87 báo cáo viên cấp quận, phường. Trung tâm Chính trị quận mở 9 lớp sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới cho 614 học viên. Cuối năm, Ban Thường vụ Quận ủy khen thưởng 10 tập thể, 21 cá nhân tiêu biểu trong công tác tuyên giáo.”

PV: Năm 2024, quận đặt mục tiêu gì?

Đồng chí Trưởng ban: “Chúng tôi phấn đấu 100% khu phố có fanpage hoặc nhóm Zalo chính danh, tổ chức ít nhất 350 buổi nói chuyện chuyên đề và hoàn thành học tập nghị quyết mới trong vòng 30 ngày kể từ khi có hướng dẫn. Quận cũng sẽ tổ chức kỷ niệm 48 năm Ngày thành lập quận.”
"""

T03 = """
QUẬN ỦY TÂN BÌNH
BAN TUYÊN GIÁO
Số 187-BC/BTGQU
Tân Bình, ngày 08 tháng 7 năm 2024

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2024,
phương hướng, nhiệm vụ 6 tháng cuối năm 2024

Thực hiện Kế hoạch số 45-KH/BTGTU ngày 10/01/2024 của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy Tân Bình báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2024 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết, chỉ thị của Đảng
- Hội nghị cấp quận: 03 (tháng 1, tháng 3 và tháng 5)
- Lớp ở các chi bộ: 218; lượt cán bộ, đảng viên dự: 13.904; đạt 96,85%
- Lượt quần chúng dự nghe: 2.115
- Số đảng viên chưa tham gia: 426 người (chủ yếu do ốm đau, đi công tác xa)

So với cùng kỳ năm 2023, tỷ lệ tham gia tăng 0,9%, đưa quận lên vị trí dẫn đầu Cụm thi đua số 4.

2. Tuyên truyền miệng, thông tin
- Văn bản hướng dẫn đã ban hành: 17 (gồm 6 kế hoạch, 11 công văn)
- Băng rôn, khẩu hiệu, pano: 1.240
- Bản tin “Tân Bình ngày nay” phát hành đủ 6 số, mỗi số 2.500 bản

Kết quả tuyên truyền miệng, thông tin so với cùng kỳ:

Chỉ tiêu | 6 tháng 2023 | 6 tháng 2024 | Tăng, giảm
Buổi tuyên truyền miệng | 164 | 192 | +28
Lượt người nghe | 12.310 | 15.085 | +2.775
Tin, bài trên trang thông tin điện tử | 486 | 530 | +44

3. Đội ngũ báo cáo viên, cộng tác viên dư luận xã hội
- Hội nghị báo cáo viên: 02
- Báo cáo viên cấp quận: 51 đồng chí (tính đến 30/6/2024)
- Cộng tác viên dư luận xã hội: 64 đồng chí (bổ sung 4 đồng chí trong quý)
- Báo cáo dư luận xã hội: 31 định kỳ, 6 đột xuất

4. Thi đua, khen thưởng
Cuộc thi trực tuyến tìm hiểu 70 năm Chiến thắng Điện Biên Phủ do Ban Tuyên giáo Quận ủy phát động nhận 3.812 bài dự thi của đoàn viên, hội viên các phường. Ban Thường vụ Quận ủy tặng giấy khen cho 5 tập thể, 9 cá nhân có thành tích trong cuộc thi; đồng thời đề nghị Thành ủy tặng bằng khen cho 1 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
- Tổ chức học tập, quán triệt Nghị quyết Trung ương 9 khóa XIII cho 100% cán bộ, đảng viên; phấn đấu tỷ lệ tham gia đạt trên 97%.
- Tổ chức ít nhất 200 buổi tuyên truyền miệng về đại hội đảng bộ các cấp nhiệm kỳ 2025 – 2030.
- Kiện toàn đội ngũ, bổ sung 6 báo cáo viên trẻ cho các phường.
"""

D01, D02, D03 = "2019-10-11", "2023-12-20", "2024-07-08"

DOCS = [
    Doc("h54_01", T01, Q10, m9(2019), D01, "text", facts=[
        F("tham gia học tập với 98,2%", 98.2, "study_participation_rate", unit=Q10),
        F("thấp nhất, đạt 94,05%", 94.05, "study_participation_rate", unit=Q11),
        F("tổ chức 03 hội nghị cấp quận học tập", 3, "study_sessions", unit=Q3),
        F("214 lớp ở các chi bộ", 214, "study_sessions", unit=Q3),
        F("với 11.870/12.236 lượt cán bộ, đảng viên", 11870, "study_attendance",
          a="party_members", unit=Q3),
        F("duy trì 28 nhóm Zalo", 28, "chat_groups", unit=Q3, p=end_of(m9(2019))),
        F("khoảng 6.300 người", 6300, "chat_group_members", "approx", unit=Q3, p=inst(D01)),
        F("hơn 2.900 tin, bài", 2900, "news_items", "at_least", unit=Q3),
        F("356 buổi nói chuyện thời sự", 356, "oral_propaganda_sessions", unit=Q10),
        F("ước 27.400 lượt người dân", 27400, "propaganda_audience", "approx", a="masses",
          unit=Q10),
        F("đăng 1.125 tin, bài", 1125, "news_items", unit=Q10),
        F("đăng 412 tin, video", 412, "news_items", unit=Q10),
        F("Đội ngũ 38 cộng tác viên", 38, "opinion_collaborators", unit=Q10,
          p=end_of(m9(2019))),
        F("gửi về Ban 57 báo cáo", 57, "opinion_reports", unit=Q10),
        F("ban hành 19 văn bản", 19, "documents_issued", unit=Q11),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=Q11),
        F("với 32 thí sinh", 32, "contest_entries", unit=Q11),
        F("phổ biến nghị quyết cho 312 đảng viên", 312, "study_attendance", a="party_members",
          unit=Q11, p=quarter(3, 2019)),
        F("tổ chức 187 buổi sinh hoạt chuyên đề", 187, "party_cell_discussions", unit=PNH),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=PNH),
        F("mở 4 lớp bồi dưỡng đảng viên mới", 4, "training_classes", unit=PNH),
        F("với 236 học viên", 236, "trainees", unit=PNH),
        F("khen thưởng 7 tập thể", 7, "commended_collectives", unit=PNH),
        F("7 tập thể và 11 cá nhân", 11, "commended_individuals", unit=PNH),
    ], traps=[("ngày 11 tháng 10 năm 2019", 11), ("Cụm thi đua số 2", 2), ("Chiều 10/10", 10),
              ("Quận 3", 3), ("Quận 10", 10), ("Quận 11", 11), ("9 tháng năm 2019", 9),
              ("số 474", 474), ("đường 3 Tháng 2", 3), ("Trung ương 8", 8), ("ngày 30/6", 30),
              ("1,3 điểm phần trăm", 1.3), ("năm 2018", 2018), ("thứ 4/4", 4),
              ("1,6 lớp", 1.6), ("trong 9 tháng", 9), ("tăng 41 buổi", 41), ("64 hộ", 64),
              ("có 1 buổi", 1), ("tổ dân phố 27", 27), ("phường 12", 12),
              ("9 báo cáo đột xuất", 9), ("54 tổ chức cơ sở đảng", 54),
              ("hơn 9.500 đảng viên", 9500), ("khoảng 40%", 40), ("trên 60 tuổi", 60),
              ("5 thí sinh đạt giải", 5), ("chủ đề năm 2019", 2019), ("ít nhất 30 buổi", 30),
              ("5 năm", 5), ("05-CT/TW", 5), ("ngày 15/12/2019", 15)]),
    Doc("h54_02", T02, GV, year(2023), D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 4 hội nghị cấp quận học tập", 4, "study_sessions"),
        F("mở 305 lớp", 305, "study_sessions"),
        F("với 17.642 lượt cán bộ, đảng viên", 17642, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("có một trang thông tin điện tử", 1, "websites", p=inst(D02)),
        F("17 fanpage", 17, "social_pages", p=inst(D02)),
        F("1.236 nhóm Zalo", 1236, "chat_groups", p=inst(D02)),
        F("khoảng 98.000 thành viên", 98000, "chat_group_members", "approx", p=inst(D02)),
        F("đăng gần 7.400 tin, bài", 7400, "news_items", "at_most"),
        F("lên sóng 48 kỳ", 48, "news_items"),
        F("Đội ngũ 42 cộng tác viên", 42, "opinion_collaborators", p=end_of(year(2023))),
        F("gửi 148 báo cáo định kỳ", 148, "opinion_reports"),
        F("23 báo cáo đột xuất", 23, "opinion_reports"),
        F("tổ chức 6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("hiện có 87 báo cáo viên", 87, "reporters", p=inst(D02)),
        F("mở 9 lớp sơ cấp lý luận chính trị", 9, "training_classes"),
        F("cho 614 học viên", 614, "trainees"),
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể, 21 cá nhân", 21, "commended_individuals"),
    ], traps=[("Năm 2023", 2023), ("Trung ương 8", 8), ("tăng 27 lớp", 27),
              ("năm 2022", 2022), ("Cụm thi đua số 4", 4), ("0,5 điểm phần trăm", 0.5),
              ("thứ 3/6", 3), ("khoảng 19 lớp", 19), ("lên tới 31 lớp", 31),
              ("112 người", 112), ("Năm 2024", 2024), ("100% khu phố", 100),
              ("ít nhất 350 buổi", 350), ("30 ngày", 30), ("48 năm", 48)]),
    Doc("h54_03", T03, TB, h1(2024), D03, "text", facts=[
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Lớp ở các chi bộ: 218", 218, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 13.904", 13904, "study_attendance", a="party_members"),
        F("đạt 96,85%", 96.85, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 2.115", 2115, "study_attendance", a="masses"),
        F("chưa tham gia: 426 người", 426, "other"),
        F("đã ban hành: 17", 17, "documents_issued"),
        F("Băng rôn, khẩu hiệu, pano: 1.240", 1240, "other"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("Buổi tuyên truyền miệng | 164", 164, "oral_propaganda_sessions", p=h1(2023)),
        F("164 | 192", 192, "oral_propaganda_sessions"),
        F("Lượt người nghe | 12.310", 12310, "propaganda_audience", p=h1(2023)),
        F("12.310 | 15.085", 15085, "propaganda_audience"),
        F("trang thông tin điện tử | 486", 486, "news_items", p=h1(2023)),
        F("486 | 530", 530, "news_items"),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("Báo cáo viên cấp quận: 51 đồng chí", 51, "reporters", p=inst("2024-06-30")),
        F("Cộng tác viên dư luận xã hội: 64 đồng chí", 64, "opinion_collaborators",
          p=end_of(h1(2024))),
        F("Báo cáo dư luận xã hội: 31 định kỳ", 31, "opinion_reports"),
        F("6 đột xuất", 6, "opinion_reports"),
        F("nhận 3.812 bài dự thi", 3812, "contest_entries"),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 187-BC/BTGQU", 187), ("ngày 08 tháng 7 năm 2024", 8),
              ("6 tháng đầu năm 2024", 6), ("6 tháng cuối năm 2024", 6),
              ("Kế hoạch số 45-KH/BTGTU", 45), ("ngày 10/01/2024", 10),
              ("tháng 1", 1), ("tháng 3", 3), ("tháng 5", 5), ("năm 2023", 2023),
              ("tăng 0,9%", 0.9), ("Cụm thi đua số 4", 4), ("6 kế hoạch", 6),
              ("11 công văn", 11), ("mỗi số 2.500 bản", 2500), ("6 tháng 2023", 6),
              ("6 tháng 2024", 6), ("+28", 28), ("+2.775", 2775), ("+44", 44),
              ("tính đến 30/6/2024", 30), ("bổ sung 4 đồng chí", 4), ("70 năm", 70),
              ("cho 1 tập thể", 1), ("6 THÁNG CUỐI NĂM 2024", 6), ("Trung ương 9", 9),
              ("100% cán bộ", 100), ("trên 97%", 97), ("ít nhất 200 buổi", 200),
              ("nhiệm kỳ 2025 – 2030", 2025), ("bổ sung 6 báo cáo viên", 6)]),
]
