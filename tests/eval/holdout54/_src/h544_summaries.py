"""Held-out set holdout54, part 4: summaries with list lines and tables (TP Thủ Đức's internal
bulletin with bullet lists, 2022; an HCMC cluster of suburban districts compared in a table whose
rows are units, 2018; a Hanoi district's formal year report with a table whose rows are studies
and a plan part, 2020).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor.

Decisions where the guide leaves room:
- the bulletin has no full date in its text (only the issue month): the document date is the
  sidecar; its period is the headline's "9 tháng năm 2022";
- stocks in the bulletin's list lines with no marker (reporters, collaborators, Zalo groups) are
  instants at the end of the nine months; members in "(hiện có ...)" at the document date;
- in the cluster article whose headline names Củ Chi first, the city body's own work is the
  province's, each district's figures its own; a table whose header names measures with rows
  naming units gives each row to its unit; the cluster average ("mỗi huyện ... gần 200 lớp") is a
  trap;
- commendations given by Ban Tuyên giáo Thành ủy to units of the cluster are the province's;
- "nâng tổng số ... lên 9 trang" (with "lập mới 5 fanpage" as the trap) is the stock at the end
  of the year;
- the total row ("Tổng số") of a table whose columns are measures is a fact of the report's unit;
- "Cả nhiệm kỳ 2015 – 2020, ..." dates its sentence with the term (2015-01-01..2020-12-31);
- "Tính đến ngày 30/11/2020, huyện có 1 cổng ... và 23 trang ..." are websites at 2020-11-30.
"""
from build_gold import Doc, F, U, end_of, inst, m9, since, term, year

HCM = U("79")
TD = U("Thành phố Thủ Đức")
CC, HM, NB, CGH = U("Huyện Củ Chi"), U("Huyện Hóc Môn"), U("Huyện Nhà Bè"), U("Huyện Cần Giờ")
TT = U("Huyện Thạch Thất")

T10 = """
THÀNH ỦY THỦ ĐỨC
BAN TUYÊN GIÁO
BẢN TIN THÔNG TIN NỘI BỘ – SỐ 10 (THÁNG 10/2022)

TP Thủ Đức giao ban công tác tuyên giáo 9 tháng năm 2022: Nhiều chỉ tiêu về đích sớm

Vừa qua, Ban Tuyên giáo Thành ủy Thủ Đức tổ chức giao ban công tác tuyên giáo 9 tháng năm 2022 với lãnh đạo 34 đảng bộ phường. TP Thủ Đức hiện có 34 phường với hơn 1,1 triệu dân, là địa phương đông dân nhất TP.HCM.

Một số kết quả chính:
• Học tập, quán triệt nghị quyết:
– Hội nghị cấp thành phố: 04
– Lớp ở các đảng bộ phường: 618; lượt cán bộ, đảng viên dự: 39.870; tỷ lệ: 96,3%
– Lượt quần chúng dự nghe: 9.415
• Tuyên truyền:
– Triển lãm ảnh lưu động: 3 đợt
– Tin, bài trên cổng thông tin điện tử: 2.140; trên fanpage “Thủ Đức ngày nay”: 1.380
– Buổi nói chuyện thời sự: 415 – lượt người nghe: khoảng 33.200
• Đội ngũ, kênh thông tin:
– Báo cáo viên cấp thành phố: 72 đồng chí; cộng tác viên dư luận xã hội: 118 đồng chí
– Báo cáo dư luận xã hội: 45 định kỳ, 17 đột xuất
– Nhóm Zalo khu phố: 1.486 (hiện có gần 192 nghìn thành viên)

So với cùng kỳ năm 2021, số lớp học tập tăng 1,6 lần do không còn giãn cách; bình quân mỗi phường mở 18 lớp. TP Thủ Đức xếp thứ 2/22 về tiến độ học tập nghị quyết, chỉ sau Quận 1.

“Từ đầu năm đến nay, Thành ủy đã triển khai hai đợt sinh hoạt chính trị, tư tưởng và mở 11 lớp bồi dưỡng đảng viên mới cho 826 học viên”, đồng chí Trưởng ban Tuyên giáo Thành ủy Thủ Đức cho biết. Cũng theo đồng chí Trưởng ban, trong 9 tháng Ban Thường vụ Thành ủy đã ban hành 38 văn bản chỉ đạo công tác tư tưởng và khen thưởng 12 tập thể, 19 cá nhân.

Quý IV, TP Thủ Đức sẽ sơ kết 2 năm xây dựng thành phố, tổ chức ít nhất 100 buổi đối thoại giữa bí thư cấp ủy với người dân và phấn đấu mỗi khu phố có 1 nhóm Zalo chính danh.
"""

T11 = """
Ngày 17/1/2019

Cụm thi đua các huyện ngoại thành: Củ Chi giữ vị trí dẫn đầu

(Thanhuytphcm.vn) - Ngày 17/1/2019, tại Hội trường Huyện ủy Củ Chi, Ban Tuyên giáo Thành ủy tổ chức tổng kết công tác tuyên giáo năm 2018 của cụm thi đua các huyện ngoại thành, gồm Củ Chi, Hóc Môn, Nhà Bè và Cần Giờ.

“Năm 2018, Ban Tuyên giáo Thành ủy đã tổ chức 11 hội nghị báo cáo viên Thành phố và phát hành 24 số Bản tin Thông tin nội bộ. Các huyện ngoại thành đã theo sát, có nơi làm tốt hơn nội thành”, đồng chí Nguyễn Văn Tài, Phó Trưởng ban Tuyên giáo Thành ủy, nhận xét.

Kết quả học tập, quán triệt Nghị quyết Trung ương 7 khóa XII năm 2018 của các huyện:

Đơn vị | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)
Huyện Củ Chi | 318 | 21.460 | 97,2
Huyện Hóc Môn | 264 | 17.932 | 96,05
Huyện Nhà Bè | 121 | 6.845 | 95,4
Huyện Cần Giờ | 96 | 3.980 | 93,8

Củ Chi dẫn đầu cả ba chỉ tiêu; Cần Giờ, huyện có dân số ít nhất Thành phố với khoảng 75 nghìn người, xếp cuối với tỷ lệ thấp hơn Củ Chi 3,4 điểm phần trăm. Tính bình quân, mỗi huyện trong cụm mở gần 200 lớp.

Ở các kênh tuyên truyền khác, Huyện ủy Củ Chi tổ chức 276 buổi nói chuyện chuyên đề về truyền thống cách mạng của vùng đất thép, thu hút hơn 21 nghìn lượt đoàn viên, thanh niên. Huyện ủy Hóc Môn tổ chức Hội thi báo cáo viên giỏi với 24 thí sinh, chọn 3 thí sinh xuất sắc nhất dự thi cấp Thành phố; cuộc thi viết “Hóc Môn – 18 thôn vườn trầu” nhận 864 bài dự thi.

Huyện Nhà Bè có 7 xã, thị trấn. Năm 2018, Huyện ủy Nhà Bè lập mới 5 fanpage, nâng tổng số trang của huyện và các xã lên 9 trang; các nhóm Zalo ấp hiện có khoảng 14.000 thành viên. Tại Cần Giờ, Huyện ủy tổ chức 38 buổi tuyên truyền về biển, đảo tại các xã ven biển. “Nhà tôi cách trung tâm xã 12 cây số, nhưng buổi nói chuyện nào cũng đi”, ông Lê Văn Sáu, xã đảo Thạnh An, nói.

Dịp này, Ban Tuyên giáo Thành ủy tặng giấy khen cho 4 tập thể và 9 cá nhân của cụm. Năm 2019, các huyện thống nhất phấn đấu tỷ lệ đảng viên học tập nghị quyết đạt trên 96% và mỗi ấp có ít nhất 2 tuyên truyền viên.
"""

T12 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY THẠCH THẤT
Số 312-BC/HU
Thạch Thất, ngày 15 tháng 12 năm 2020

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2020 và phương hướng, nhiệm vụ năm 2021

Năm 2020, trong điều kiện vừa phòng, chống dịch Covid-19, vừa tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2020 – 2025, Ban Thường vụ Huyện ủy đã lãnh đạo triển khai đồng bộ các mặt công tác tuyên giáo, đạt được kết quả như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020

1. Công tác học tập, quán triệt
Kết quả học tập, quán triệt trong năm:

Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)
Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV | 78 | 9.412 | 97,6
Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVII | 71 | 8.905 | 96,3
Chuyên đề năm 2020 về Chỉ thị 05-CT/TW | 66 | 8.120 | 94,9
Tổng số | 215 | 26.437 | –

2. Tuyên truyền miệng và thông tin
Toàn huyện tổ chức 540 buổi tuyên truyền miệng với khoảng 46.000 lượt người nghe; Đài Truyền thanh huyện phát 208 chương trình thời sự và 36 kỳ chuyên mục. Tính đến ngày 30/11/2020, huyện có 1 cổng thông tin điện tử và 23 trang thông tin điện tử của các xã, thị trấn.

3. Báo cáo viên, dư luận xã hội
Đội ngũ 74 báo cáo viên cấp huyện và 96 cộng tác viên dư luận xã hội hoạt động nền nếp; trong năm gửi 48 báo cáo dư luận định kỳ và 11 báo cáo đột xuất. Huyện ủy tổ chức 4 hội nghị báo cáo viên. Trung tâm Chính trị huyện mở 7 lớp sơ cấp lý luận chính trị, 4 lớp bồi dưỡng đảng viên mới với tổng số 683 học viên.

4. Kết quả cả nhiệm kỳ và thi đua, khen thưởng
Cả nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu ban hành 286 văn bản chỉ đạo; các chi bộ tổ chức 3.460 buổi thảo luận chuyên đề; Huyện ủy triển khai 5 đợt sinh hoạt chính trị, tư tưởng. Năm 2020, Huyện ủy khen thưởng 16 tập thể, 29 cá nhân; 2 tập thể được đề nghị Thành ủy tặng bằng khen.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021
1. Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng cho 100% cán bộ, đảng viên trong quý I và quý II.
2. Phấn đấu mở 8 lớp bồi dưỡng lý luận chính trị; tổ chức không dưới 500 buổi tuyên truyền miệng.
3. Kỷ niệm 91 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2021).
"""

D10, D11, D12 = "2022-10-14", "2019-01-17", "2020-12-15"
P10 = m9(2022)

DOCS = [
    Doc("h54_10", T10, TD, P10, D10, "sidecar", meta={"date": D10}, facts=[
        F("Hội nghị cấp thành phố: 04", 4, "study_sessions"),
        F("Lớp ở các đảng bộ phường: 618", 618, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 39.870", 39870, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 96,3%", 96.3, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 9.415", 9415, "study_attendance", a="masses"),
        F("Triển lãm ảnh lưu động: 3 đợt", 3, "other"),
        F("cổng thông tin điện tử: 2.140", 2140, "news_items"),
        F("“Thủ Đức ngày nay”: 1.380", 1380, "news_items"),
        F("Buổi nói chuyện thời sự: 415", 415, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 33.200", 33200, "propaganda_audience", "approx"),
        F("Báo cáo viên cấp thành phố: 72 đồng chí", 72, "reporters", p=end_of(P10)),
        F("cộng tác viên dư luận xã hội: 118 đồng chí", 118, "opinion_collaborators",
          p=end_of(P10)),
        F("Báo cáo dư luận xã hội: 45 định kỳ", 45, "opinion_reports"),
        F("17 đột xuất", 17, "opinion_reports"),
        F("Nhóm Zalo khu phố: 1.486", 1486, "chat_groups", p=end_of(P10)),
        F("gần 192 nghìn thành viên", 192000, "chat_group_members", "at_most", p=inst(D10)),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns",
          p=since("2022-01-01", D10)),
        F("mở 11 lớp bồi dưỡng đảng viên mới", 11, "training_classes",
          p=since("2022-01-01", D10)),
        F("cho 826 học viên", 826, "trainees", p=since("2022-01-01", D10)),
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("khen thưởng 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể, 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("SỐ 10 (THÁNG 10/2022)", 10), ("9 tháng năm 2022", 9),
              ("lãnh đạo 34 đảng bộ phường", 34), ("34 phường", 34),
              ("hơn 1,1 triệu dân", 1100000), ("năm 2021", 2021), ("1,6 lần", 1.6),
              ("mở 18 lớp", 18), ("thứ 2/22", 2), ("Quận 1", 1), ("trong 9 tháng", 9),
              ("2 năm", 2), ("ít nhất 100 buổi", 100), ("có 1 nhóm Zalo", 1)]),
    Doc("h54_11", T11, CC, year(2018), D11, "text", facts=[
        F("tổ chức 11 hội nghị báo cáo viên Thành phố", 11, "reporter_conferences",
          unit=HCM),
        F("phát hành 24 số Bản tin", 24, "news_items", unit=HCM),
        F("Huyện Củ Chi | 318", 318, "study_sessions", unit=CC),
        F("318 | 21.460", 21460, "study_attendance", a="party_members", unit=CC),
        F("21.460 | 97,2", 97.2, "study_participation_rate", unit=CC),
        F("Huyện Hóc Môn | 264", 264, "study_sessions", unit=HM),
        F("264 | 17.932", 17932, "study_attendance", a="party_members", unit=HM),
        F("17.932 | 96,05", 96.05, "study_participation_rate", unit=HM),
        F("Huyện Nhà Bè | 121", 121, "study_sessions", unit=NB),
        F("121 | 6.845", 6845, "study_attendance", a="party_members", unit=NB),
        F("6.845 | 95,4", 95.4, "study_participation_rate", unit=NB),
        F("Huyện Cần Giờ | 96", 96, "study_sessions", unit=CGH),
        F("96 | 3.980", 3980, "study_attendance", a="party_members", unit=CGH),
        F("3.980 | 93,8", 93.8, "study_participation_rate", unit=CGH),
        F("tổ chức 276 buổi nói chuyện chuyên đề", 276, "oral_propaganda_sessions", unit=CC),
        F("hơn 21 nghìn lượt đoàn viên", 21000, "propaganda_audience", "at_least",
          a="masses", unit=CC),
        F("với 24 thí sinh", 24, "contest_entries", unit=HM),
        F("nhận 864 bài dự thi", 864, "contest_entries", unit=HM),
        F("lên 9 trang", 9, "social_pages", unit=NB, p=end_of(year(2018))),
        F("khoảng 14.000 thành viên", 14000, "chat_group_members", "approx", unit=NB,
          p=inst(D11)),
        F("tổ chức 38 buổi tuyên truyền", 38, "oral_propaganda_sessions", unit=CGH),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives", unit=HCM),
        F("4 tập thể và 9 cá nhân", 9, "commended_individuals", unit=HCM),
    ], traps=[("17/1/2019", 17), ("năm 2018", 2018), ("Năm 2018", 2018),
              ("Trung ương 7", 7), ("khoảng 75 nghìn người", 75000),
              ("3,4 điểm phần trăm", 3.4), ("gần 200 lớp", 200),
              ("3 thí sinh xuất sắc nhất", 3), ("18 thôn vườn trầu", 18), ("7 xã", 7),
              ("lập mới 5 fanpage", 5), ("12 cây số", 12), ("Năm 2019", 2019),
              ("trên 96%", 96), ("ít nhất 2 tuyên truyền viên", 2)]),
    Doc("h54_12", T12, TT, year(2020), D12, "text", facts=[
        F("lần thứ XXIV | 78", 78, "study_sessions"),
        F("78 | 9.412", 9412, "study_attendance", a="party_members"),
        F("9.412 | 97,6", 97.6, "study_participation_rate"),
        F("lần thứ XVII | 71", 71, "study_sessions"),
        F("71 | 8.905", 8905, "study_attendance", a="party_members"),
        F("8.905 | 96,3", 96.3, "study_participation_rate"),
        F("05-CT/TW | 66", 66, "study_sessions"),
        F("66 | 8.120", 8120, "study_attendance", a="party_members"),
        F("8.120 | 94,9", 94.9, "study_participation_rate"),
        F("Tổng số | 215", 215, "study_sessions"),
        F("215 | 26.437", 26437, "study_attendance", a="party_members"),
        F("tổ chức 540 buổi tuyên truyền miệng", 540, "oral_propaganda_sessions"),
        F("khoảng 46.000 lượt người nghe", 46000, "propaganda_audience", "approx"),
        F("phát 208 chương trình thời sự", 208, "news_items"),
        F("36 kỳ chuyên mục", 36, "news_items"),
        F("có 1 cổng thông tin điện tử", 1, "websites", p=inst("2020-11-30")),
        F("23 trang thông tin điện tử", 23, "websites", p=inst("2020-11-30")),
        F("Đội ngũ 74 báo cáo viên", 74, "reporters", p=end_of(year(2020))),
        F("96 cộng tác viên", 96, "opinion_collaborators", p=end_of(year(2020))),
        F("gửi 48 báo cáo dư luận định kỳ", 48, "opinion_reports"),
        F("11 báo cáo đột xuất", 11, "opinion_reports"),
        F("tổ chức 4 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("mở 7 lớp sơ cấp", 7, "training_classes"),
        F("4 lớp bồi dưỡng đảng viên mới", 4, "training_classes"),
        F("tổng số 683 học viên", 683, "trainees"),
        F("ban hành 286 văn bản", 286, "documents_issued", p=term(2015, 2020)),
        F("tổ chức 3.460 buổi thảo luận", 3460, "party_cell_discussions", p=term(2015, 2020)),
        F("triển khai 5 đợt sinh hoạt chính trị", 5, "political_campaigns",
          p=term(2015, 2020)),
        F("khen thưởng 16 tập thể", 16, "commended_collectives"),
        F("16 tập thể, 29 cá nhân", 29, "commended_individuals"),
    ], traps=[("Số 312-BC/HU", 312), ("ngày 15 tháng 12 năm 2020", 15),
              ("năm 2020", 2020), ("năm 2021", 2021), ("Năm 2020", 2020), ("Covid-19", 19),
              ("nhiệm kỳ 2020 – 2025", 2020), ("NĂM 2020", 2020),
              ("Chuyên đề năm 2020", 2020), ("05-CT/TW", 5), ("ngày 30/11/2020", 30),
              ("nhiệm kỳ 2015 – 2020", 2015), ("2 tập thể được đề nghị", 2),
              ("NĂM 2021", 2021), ("100% cán bộ", 100), ("mở 8 lớp", 8),
              ("không dưới 500 buổi", 500), ("91 năm", 91), ("3/2/1930", 3),
              ("3/2/2021", 3)]),
]
