"""Held-out set holdout62, part 1: Hanoi inner districts (quận) before 2025-07-01.

Three reports: a district bulletin for one month (Đống Đa, May 2016), a newspaper article on a
year (Cầu Giấy, 2018) and an administrative quarterly report with a table whose columns are
quarters (Hoàng Mai, Q3 2022). Written from docs/LABELING.md, tests/eval/build_gold.py, the seeds
and the sample reports only, without reading the extractor.

Decisions where the guide leaves room:
- "thông tin ... tới đội ngũ 43 báo cáo viên cấp quận" (Đống Đa) is read as the district's stock
  of lecturers (reporters), not as the attendance of the conference; with the month as the
  sentence's period and no "hiện có" marker it is an instant at the month's end. "Đội ngũ 48
  cộng tác viên" likewise.
- "Tờ gấp ... phát đến hộ gia đình: 56.000" (copies handed out) is `other`, like copies printed.
- "18 buổi đối thoại giữa lãnh đạo quận và sinh viên" (Cầu Giấy) is `other` (a dialogue, not a
  propaganda talk); the Quận đoàn that held them is a district body, so the unit is the district.
- Contestants of the district's "Hội thi Báo cáo viên giỏi" (24 thí sinh) are contest_entries.
- "Năm 2018, 35 cộng tác viên ..." (a stock in a sentence dated by the year, no marker) is an
  instant at 2018-12-31.
- In the Hoàng Mai table with quarter columns, the "Quý II" cells are facts of Q2 2022 (their
  column's period), the "Tăng, giảm" cells traps; the list line's rate "Tỷ lệ đảng viên tham gia
  học tập Nghị quyết số 15-NQ/TW: 96,05%" is a participation rate of Q3.
- "Nhóm Zalo tổ dân phố: 612 nhóm (tính đến 30/9/2022); số thành viên khoảng 58.600 người": the
  groups at the bracket's date, the members (no marker of their own) at the quarter's end, which is
  the same day.
- "Tập thể được khen thưởng nhân dịp sơ kết 5 năm ...: 7; cá nhân: 15" → 7 collectives and
  15 individuals (the second label names its own people).
"""
from build_gold import Doc, F, U, end_of, inst, month, quarter, year

DDA, CGI, HMA = U("Quận Đống Đa"), U("Quận Cầu Giấy"), U("Quận Hoàng Mai")

T01 = """
QUẬN ỦY ĐỐNG ĐA
BAN TUYÊN GIÁO

BẢN TIN THÔNG TIN NỘI BỘ – SỐ 05 (THÁNG 5/2016)
Hà Nội, ngày 31 tháng 5 năm 2016

TUYÊN TRUYỀN BẦU CỬ – NHIỆM VỤ TRỌNG TÂM CỦA THÁNG

Tháng 5/2016, cả hệ thống chính trị quận Đống Đa dồn sức cho công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 – 2021, diễn ra ngày 22/5. Ban Tuyên giáo Quận ủy đã tham mưu Thường trực Quận ủy ban hành 06 văn bản chỉ đạo, hướng dẫn các đảng bộ, chi bộ trực thuộc; nội dung tuyên truyền tập trung vào quyền, nghĩa vụ của cử tri và tiêu chuẩn người ứng cử.

Kết quả tuyên truyền bầu cử trong tháng:
- Buổi nói chuyện, giới thiệu về bầu cử tại tổ dân phố: 128; lượt người nghe: khoảng 9.400.
- Tin, bài trên trang thông tin điện tử quận: 74; trên Bản tin Đống Đa: 19.
- Băng rôn, khẩu hiệu, pano, áp phích: 1.350.
- Lượt xe loa tuyên truyền lưu động: 212.
- Tờ gấp giới thiệu danh sách người ứng cử phát đến hộ gia đình: 56.000.

Song song với tuyên truyền bầu cử, các chi bộ tiếp tục học tập, quán triệt Nghị quyết Đại hội XII của Đảng. Trong tháng, các đảng bộ phường mở 37 lớp với 4.186 lượt cán bộ, đảng viên tham dự, đạt 95,3%. Quận ủy tổ chức 01 hội nghị báo cáo viên, thông tin kết quả Hội nghị Trung ương 2 khóa XII tới đội ngũ 43 báo cáo viên cấp quận.

Đội ngũ 48 cộng tác viên dư luận xã hội gửi về Ban 11 báo cáo nhanh về tâm trạng cử tri trước và sau ngày bỏ phiếu. Nhìn chung, Nhân dân phấn khởi, tin tưởng; một số ý kiến còn băn khoăn vì việc giới thiệu người ứng cử ở cơ sở chưa thật sự đa dạng.

Theo Ủy ban bầu cử quận, toàn quận chia thành 239 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,12%.

Tháng 6/2016, Ban Tuyên giáo Quận ủy sẽ phối hợp Trung tâm Bồi dưỡng chính trị quận tổ chức 21 hội nghị học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVI cho cán bộ chủ chốt, đồng thời hướng dẫn các chi bộ thực hiện chuyên đề năm 2016 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Ý kiến phản ánh xin gửi về Ban Tuyên giáo Quận ủy Đống Đa, số 2 Hoàng Cầu; điện thoại: 04.3851.4617.
"""

T02 = """
Cầu Giấy: Đưa nghị quyết đến gần hơn với cư dân đô thị và sinh viên

(HNM) – Chiều 9/1/2019, Quận ủy Cầu Giấy tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018, triển khai nhiệm vụ năm 2019.

Cầu Giấy có 14 trường đại học, học viện cùng khoảng 200 nghìn sinh viên, nhiều khu đô thị mới đông cư dân từ các tỉnh, thành về sinh sống. Xuất phát từ đặc thù đó, năm 2018 Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 29 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng; tổ chức 5 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 6 và Trung ương 7 khóa XII. Tại cơ sở, 8 đảng bộ phường và các chi, đảng bộ cơ sở mở 214 lớp, thu hút 15.870 lượt cán bộ, đảng viên, đạt 96,8%; riêng quần chúng có 3.420 lượt tham dự. Các chi bộ còn tổ chức 368 buổi sinh hoạt chuyên đề, thảo luận về trách nhiệm nêu gương của đảng viên nơi cư trú.

Công tác tuyên truyền miệng được đổi mới theo hướng đi trước, đón đầu những vấn đề dư luận quan tâm. Trong năm, quận tổ chức 96 buổi nói chuyện thời sự, chuyên đề về biển, đảo, phòng chống tham nhũng, với hơn 11.000 lượt người nghe. Quận đoàn phối hợp với các trường đại học tổ chức 18 buổi đối thoại giữa lãnh đạo quận và sinh viên về an ninh trật tự, nhà trọ.

Theo bà Nguyễn Thị Thu Hằng, Trưởng ban Tuyên giáo Quận ủy Cầu Giấy, điểm mới năm 2018 là kênh thông tin trên mạng. “Hiện quận có một cổng thông tin điện tử và 3 fanpage chính danh, fanpage của quận có gần 21.000 người theo dõi. Năm qua, chúng tôi đã đăng 1.146 tin, bài, video clip, nhiều tin được chia sẻ rộng rãi trong các nhóm cư dân”, bà Hằng cho biết.

Năm 2018, 35 cộng tác viên dư luận xã hội của quận gửi 52 báo cáo định kỳ và 14 báo cáo đột xuất về tình hình tư tưởng của cán bộ, đảng viên và Nhân dân, tập trung vào việc giải phóng mặt bằng đường Vành đai 2,5 và chỉnh trang vỉa hè.

Hội thi Báo cáo viên giỏi cấp quận thu hút 24 thí sinh đến từ các đảng bộ trực thuộc; Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba. Cuộc thi tìm hiểu Hiến pháp năm 2013 trên cổng thông tin điện tử quận nhận được 6.450 bài dự thi.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể và 19 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2018.

Năm 2019, quận phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng quý; Ban Tuyên giáo Quận ủy sẽ thành lập thêm 8 nhóm Zalo tuyên truyền dành cho sinh viên ngoại trú.
"""

T03 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY HOÀNG MAI
BAN TUYÊN GIÁO
Số 87-BC/BTGQU
Hoàng Mai, ngày 05 tháng 10 năm 2022

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2022

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu
Trong quý, Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành 12 văn bản, trong đó có Kế hoạch số 114-KH/QU về tuyên truyền kỷ niệm 77 năm Cách mạng Tháng Tám thành công và Quốc khánh 2/9; hướng dẫn các chi bộ sinh hoạt chính trị về Nghị quyết số 15-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô.

2. Số liệu chủ yếu
Số liệu quý III so với quý II năm 2022:

Chỉ tiêu | Quý II | Quý III | Tăng, giảm
Hội nghị học tập, quán triệt nghị quyết, chỉ thị | 9 | 14 | +5
Lượt cán bộ, đảng viên dự học | 3.245 | 5.870 | +2.625
Buổi tuyên truyền miệng | 62 | 85 | +23
Lượt người nghe tuyên truyền miệng | 4.900 | 7.150 | +2.250
Tin, bài trên cổng thông tin điện tử quận | 210 | 236 | +26
Báo cáo dư luận xã hội | 18 | 21 | +3

3. Một số kết quả khác
- Tỷ lệ đảng viên tham gia học tập Nghị quyết số 15-NQ/TW: 96,05%; số đảng viên chưa tham gia: 241 người, chủ yếu do tuổi cao, ốm đau, đi làm ăn xa.
- Hội nghị báo cáo viên: 01, thông tin chuyên đề về tình hình Biển Đông.
- Nhóm Zalo tổ dân phố: 612 nhóm (tính đến 30/9/2022); số thành viên khoảng 58.600 người.
- Lớp bồi dưỡng nhận thức về Đảng: 02; học viên: 168 người.
- Tập thể được khen thưởng nhân dịp sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW: 7; cá nhân: 15.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2022
1. Tổ chức 15 hội nghị học tập chuyên đề năm 2022 của Thành ủy cho cán bộ, đảng viên.
2. Phấn đấu 100% tổ dân phố có nhóm Zalo hoạt động thường xuyên.
3. Tổ chức hội nghị báo cáo viên tháng 11 và tháng 12/2022.

Nơi nhận:
- Thường trực Quận ủy;
- Ban Tuyên giáo Thành ủy;
- Lưu BTG.
"""

D01, D02, D03 = "2016-05-31", "2019-01-09", "2022-10-05"

DOCS = [
    Doc("h62_01_dongda_2016_05", T01, DDA, month(5, 2016), D01, "text", facts=[
        F("ban hành 06 văn bản", 6, "documents_issued"),
        F("tại tổ dân phố: 128", 128, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 9.400", 9400, "propaganda_audience", "approx"),
        F("thông tin điện tử quận: 74", 74, "news_items"),
        F("trên Bản tin Đống Đa: 19", 19, "news_items"),
        F("pano, áp phích: 1.350", 1350, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 212", 212, "other"),
        F("phát đến hộ gia đình: 56.000", 56000, "other"),
        F("mở 37 lớp", 37, "study_sessions"),
        F("với 4.186 lượt cán bộ, đảng viên", 4186, "study_attendance", a="party_members"),
        F("tham dự, đạt 95,3%", 95.3, "study_participation_rate"),
        F("tổ chức 01 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("đội ngũ 43 báo cáo viên", 43, "reporters", p=end_of(month(5, 2016))),
        F("Đội ngũ 48 cộng tác viên", 48, "opinion_collaborators", p=end_of(month(5, 2016))),
        F("gửi về Ban 11 báo cáo nhanh", 11, "opinion_reports"),
    ], traps=[("SỐ 05", 5), ("THÁNG 5/2016", 5), ("ngày 31 tháng 5 năm 2016", 31),
              ("Tháng 5/2016", 5), ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5", 22),
              ("Trung ương 2", 2), ("239 khu vực bỏ phiếu", 239), ("đạt 99,12%", 99.12),
              ("Tháng 6/2016", 6), ("tổ chức 21 hội nghị", 21), ("chuyên đề năm 2016", 2016),
              ("số 2 Hoàng Cầu", 2), ("04.3851.4617", 4)]),
    Doc("h62_02_caugiay_2018", T02, CGI, year(2018), D02, "text", facts=[
        F("ban hành 29 văn bản", 29, "documents_issued"),
        F("tổ chức 5 hội nghị cấp quận học tập", 5, "study_sessions"),
        F("mở 214 lớp", 214, "study_sessions"),
        F("thu hút 15.870 lượt cán bộ, đảng viên", 15870, "study_attendance",
          a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("riêng quần chúng có 3.420 lượt tham dự", 3420, "study_attendance", a="masses"),
        F("tổ chức 368 buổi sinh hoạt chuyên đề, thảo luận", 368, "party_cell_discussions"),
        F("tổ chức 96 buổi nói chuyện", 96, "oral_propaganda_sessions"),
        F("hơn 11.000 lượt người nghe", 11000, "propaganda_audience", "at_least"),
        F("tổ chức 18 buổi đối thoại", 18, "other"),
        F("có một cổng thông tin điện tử", 1, "websites", p=inst(D02)),
        F("3 fanpage chính danh", 3, "social_pages", p=inst(D02)),
        F("gần 21.000 người theo dõi", 21000, "propaganda_audience", "at_most", p=inst(D02)),
        F("đã đăng 1.146 tin, bài", 1146, "news_items"),
        F("35 cộng tác viên dư luận xã hội", 35, "opinion_collaborators",
          p=end_of(year(2018))),
        F("gửi 52 báo cáo định kỳ", 52, "opinion_reports"),
        F("14 báo cáo đột xuất", 14, "opinion_reports"),
        F("thu hút 24 thí sinh", 24, "contest_entries"),
        F("nhận được 6.450 bài dự thi", 6450, "contest_entries"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Chiều 9/1/2019", 9), ("năm 2018", 2018), ("năm 2019", 2019),
              ("14 trường đại học", 14), ("khoảng 200 nghìn sinh viên", 200000),
              ("Trung ương 6", 6), ("Trung ương 7", 7), ("8 đảng bộ phường", 8),
              ("Năm 2018", 2018), ("Vành đai 2,5", 2.5), ("1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("3 giải Ba", 3), ("Hiến pháp năm 2013", 2013), ("Năm 2019", 2019),
              ("100% chi bộ", 100), ("thêm 8 nhóm Zalo", 8)]),
    Doc("h62_03_hoangmai_2022_q3", T03, HMA, quarter(3, 2022), D03, "text", facts=[
        F("ban hành 12 văn bản", 12, "documents_issued"),
        F("nghị quyết, chỉ thị | 9", 9, "study_sessions", p=quarter(2, 2022)),
        F("| 9 | 14 |", 14, "study_sessions"),
        F("dự học | 3.245", 3245, "study_attendance", a="party_members", p=quarter(2, 2022)),
        F("| 5.870 |", 5870, "study_attendance", a="party_members"),
        F("Buổi tuyên truyền miệng | 62", 62, "oral_propaganda_sessions", p=quarter(2, 2022)),
        F("| 62 | 85 |", 85, "oral_propaganda_sessions"),
        F("tuyên truyền miệng | 4.900", 4900, "propaganda_audience", p=quarter(2, 2022)),
        F("| 7.150 |", 7150, "propaganda_audience"),
        F("điện tử quận | 210", 210, "news_items", p=quarter(2, 2022)),
        F("| 210 | 236 |", 236, "news_items"),
        F("dư luận xã hội | 18", 18, "opinion_reports", p=quarter(2, 2022)),
        F("| 18 | 21 |", 21, "opinion_reports"),
        F("15-NQ/TW: 96,05%", 96.05, "study_participation_rate"),
        F("chưa tham gia: 241 người", 241, "other"),
        F("Hội nghị báo cáo viên: 01", 1, "reporter_conferences"),
        F("612 nhóm (tính đến 30/9/2022)", 612, "chat_groups", p=inst("2022-09-30")),
        F("số thành viên khoảng 58.600 người", 58600, "chat_group_members", "approx",
          p=end_of(quarter(3, 2022))),
        F("Lớp bồi dưỡng nhận thức về Đảng: 02", 2, "training_classes"),
        F("học viên: 168 người", 168, "trainees"),
        F("Chỉ thị 05-CT/TW: 7", 7, "commended_collectives"),
        F("cá nhân: 15", 15, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("ngày 05 tháng 10 năm 2022", 5),
              ("quý III năm 2022", 3), ("1. Công tác tham mưu", 1),
              ("Kế hoạch số 114-KH/QU", 114), ("77 năm", 77), ("Quốc khánh 2/9", 2),
              ("Nghị quyết số 15-NQ/TW", 15), ("2. Số liệu chủ yếu", 2),
              ("quý II năm 2022", 2), ("+5", 5), ("+2.625", 2625), ("+23", 23),
              ("+2.250", 2250), ("+26", 26), ("+3", 3), ("3. Một số kết quả khác", 3),
              ("tính đến 30/9/2022", 30), ("sơ kết 5 năm", 5), ("05-CT/TW", 5),
              ("QUÝ IV NĂM 2022", 2022), ("1. Tổ chức", 1), ("Tổ chức 15 hội nghị", 15),
              ("chuyên đề năm 2022", 2022), ("2. Phấn đấu", 2), ("100% tổ dân phố", 100),
              ("3. Tổ chức", 3), ("tháng 11 và", 11), ("tháng 12/2022", 12)]),
]
