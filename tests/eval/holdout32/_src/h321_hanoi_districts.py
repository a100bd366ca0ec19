"""Held-out set holdout32, part 1: Hanoi districts before the 2025 reform (2016, 2019, 2022).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds indicators.csv and org_units.csv
and the five sample reports for style, without reading or running the extractor.

Decisions taken where the guide leaves room (the same in all four files of the set):
- A count in a concessive clause ("Dù tháng 7 mới tổ chức được 1 hội nghị ...") is a fact
  dated by the clause's own month (LABELING: a concession's period dates that clause only).
- Stocks in a report with a period and no "hiện có" marker are instants at the period's end;
  with "hiện có"/"hiện nay" they are instants at the document date.
- Copies printed ("in 3.000 cuốn"), banners, vehicle runs, contests held ("2 cuộc thi"),
  grassroots tuyên truyền viên and those who did not take part are `other`.
- "cán bộ chủ chốt" attending a study are party_members (cán bộ); "cử tri" listening are `all`.
- Entries of a list line "X: N định kỳ, M đột xuất" are two opinion_reports facts.
- A range "35 – 40 buổi" is one at_least fact with its low bound; "tối đa N người" is a limit
  set by a rule (trap).
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, year

HMAI, GLAM = U("Quận Hoàng Mai"), U("Huyện Gia Lâm")
BDINH, THO, LBIEN = U("Quận Ba Đình"), U("Quận Tây Hồ"), U("Quận Long Biên")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY HOÀNG MAI
BAN TUYÊN GIÁO
Số 47-BC/BTGQU

ĐẢNG CỘNG SẢN VIỆT NAM
Hoàng Mai, ngày 08 tháng 7 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2019

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 19 văn bản lãnh đạo, chỉ đạo (gồm 7 kế hoạch, 12 hướng dẫn) về công tác tư tưởng, tuyên truyền kỷ niệm 89 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2019) và chuẩn bị sơ kết 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh.

2. Học tập, quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị
- Hội nghị cấp quận: 02; lượt cán bộ chủ chốt dự: 1.146
- Số lớp ở cơ sở: 126; lượt đảng viên dự học: 13.482/14.103 đồng chí
- Tỷ lệ đảng viên tham gia: 95,6%
- Số đảng viên chưa tham gia: 621 người (chủ yếu là đảng viên cao tuổi, ốm đau, đi làm ăn xa)
Phối hợp Trung tâm Chính trị quận mở 03 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 164 học viên.

3. Tuyên truyền miệng và nắm bắt dư luận xã hội
- Hội nghị báo cáo viên: 03 (tháng 1, tháng 4 và tháng 6)
- Buổi nói chuyện thời sự, chuyên đề: 214 – lượt người nghe: khoảng 18.900
- Báo cáo viên cấp quận: 41 đồng chí; cộng tác viên dư luận xã hội: 58 đồng chí
- Báo cáo dư luận xã hội: 24 định kỳ, 6 đột xuất

4. Tuyên truyền trên không gian mạng
Trang thông tin điện tử của Quận ủy đăng 356 tin, bài; trang fanpage "Hoàng Mai ngày mới" đăng 412 tin, ảnh, video. Các đảng bộ phường duy trì 142 nhóm Zalo tổ dân phố, hiện có khoảng 21.000 thành viên.

5. Thi đua, khen thưởng
Cuộc thi trực tuyến "Tìm hiểu 15 năm xây dựng và phát triển quận Hoàng Mai" thu hút 9.215 lượt người dự thi; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì và 5 giải Khuyến khích. Ban Thường vụ Quận ủy tặng giấy khen cho 5 tập thể và 11 cá nhân; 02 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
1. Tổ chức học tập chuyên đề năm 2019 cho 100% chi bộ; mở 4 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở.
2. Sơ kết 5 năm thực hiện Nghị quyết số 33-NQ/TW về xây dựng và phát triển văn hóa, con người Việt Nam.
3. Phối hợp Đài Phát thanh quận thực hiện 24 chương trình chuyên đề kỷ niệm 65 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2019).

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
T/M BAN TUYÊN GIÁO
TRƯỞNG BAN
"""

T02 = """
Gia Lâm: Đưa nghị quyết về tận làng nghề

Cập nhật ngày 12-01-2017

(Hanoimoi) – Sáng 11/1, Huyện ủy Gia Lâm tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016 và triển khai nhiệm vụ năm 2017. Dự hội nghị có đại diện Ban Tuyên giáo Thành ủy Hà Nội và lãnh đạo 22 xã, thị trấn.

Năm 2016 là năm đầu triển khai Nghị quyết Đại hội XII của Đảng, Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVI và Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2015 – 2020. Ban Tuyên giáo Huyện ủy đã tham mưu tổ chức ba hội nghị cấp huyện học tập, quán triệt các nghị quyết; các tổ chức cơ sở đảng mở 117 lớp với 16.240 lượt cán bộ, đảng viên và 9.870 lượt quần chúng tham dự, đạt 97,3%.

Điểm mới trong năm là đưa báo cáo viên về tận các làng nghề gốm, dát vàng, đúc đồng. Toàn huyện tổ chức 263 buổi tuyên truyền miệng, hơn 31 nghìn lượt người nghe. Đội thông tin lưu động chạy 96 lượt xe loa tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021. Cuộc bầu cử ngày 22/5/2016 trên địa bàn huyện có tỷ lệ cử tri đi bầu đạt 99,47%.

Theo bà Nguyễn Thị Thu Hằng, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm, cái khó của huyện là địa bàn rộng, dân cư phân tán. "Năm qua, Ban đã biên soạn và in 6.000 cuốn tài liệu hỏi – đáp về bầu cử, mỗi cuốn 32 trang, cấp về tận chi bộ thôn. Đội ngũ 38 cộng tác viên dư luận xã hội gửi về Ban 47 báo cáo, giúp Huyện ủy nắm chắc tâm tư của bà con về giải phóng mặt bằng", bà Hằng cho biết.

Ông Lê Văn Tâm, 71 tuổi, nghệ nhân gốm ở thôn Giang Cao, kể: "Ngày trước cả xóm chỉ có 1 cái loa ở đầu đình. Giờ tháng nào tôi cũng đi nghe 2 buổi nói chuyện ở nhà văn hóa thôn, nghe xong về kể lại cho con cháu".

Trong năm, Huyện ủy sơ kết 5 năm thực hiện Chỉ thị 03-CT/TW về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh, khen thưởng 14 tập thể, 23 cá nhân tiêu biểu. Bản tin "Gia Lâm" của Ban Tuyên giáo phát hành đủ 12 số, mỗi số 2.500 bản. Huyện ủy xếp thứ 3/30 quận, huyện, thị xã trong Khối thi đua công tác tuyên giáo của Thành phố.

Năm 2017, huyện phấn đấu 100% chi bộ thôn, tổ dân phố có nhóm Zalo; tổ chức ít nhất 300 buổi tuyên truyền miệng và hoàn thành học tập Nghị quyết Trung ương 4 khóa XII trước ngày 30/3/2017.
"""

T03 = """
Ba Đình, Tây Hồ, Long Biên: Học tập Nghị quyết Trung ương 5 khóa XIII sát với thực tiễn

Quý III năm 2022, các quận ủy trên địa bàn Thủ đô tập trung tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII. Ghi nhận tại ba quận cho thấy nhiều cách làm linh hoạt.

* Quận Ba Đình
Quận ủy tổ chức 02 hội nghị cấp quận theo hình thức trực tiếp kết hợp trực tuyến tới 14 điểm cầu phường, với 1.286 lượt cán bộ chủ chốt. Các đảng bộ, chi bộ cơ sở mở 214 lớp; 17.365 lượt đảng viên tham dự, đạt 96,85%. Đảng bộ phường Kim Mã, nơi có khoảng 1.900 đảng viên, chia nhỏ lớp theo từng chi bộ để đảng viên cao tuổi dễ tham gia.
“Lớp học ngay ở nhà văn hóa tổ dân phố, tôi đi bộ 5 phút là tới”, ông Trần Văn Hải, 79 tuổi, có 52 năm tuổi Đảng, chia sẻ.

* Quận Tây Hồ
Dù tháng 7 mới tổ chức được 1 hội nghị do trùng lịch đại hội các đoàn thể, cả quý Quận ủy Tây Hồ vẫn hoàn thành 3 hội nghị cấp quận và 98 lớp ở cơ sở, thu hút 6.410 lượt cán bộ, đảng viên và 1.120 lượt quần chúng. Quận ủy cũng tổ chức 01 hội nghị báo cáo viên để cung cấp thông tin thời sự; đội ngũ báo cáo viên cấp quận hiện có 29 đồng chí.

* Quận Long Biên
Quận Long Biên có 14 phường với hơn 320 nghìn dân. Trong quý, Quận ủy tổ chức 2 hội nghị cấp quận; 14 đảng bộ phường và 47 chi, đảng bộ cơ sở mở 173 lớp với 14.027 lượt đảng viên tham dự (đạt 97,02%). Ban Tuyên giáo Quận ủy biên soạn tài liệu hỏi – đáp gồm 5 chương, in 3.000 cuốn cấp cho các chi bộ. Đồng chí Phó Trưởng ban Tuyên giáo Quận ủy Long Biên cho biết: "Sau học tập, các chi bộ đã tổ chức 126 buổi sinh hoạt thảo luận chuyên đề, gắn nội dung nghị quyết với công việc cụ thể của từng khu dân cư".

Theo kế hoạch, trong quý IV, ba quận sẽ tổ chức thêm 12 hội nghị chuyên đề về phát triển kinh tế tập thể và kinh tế số theo Nghị quyết số 20-NQ/TW ngày 16/6/2022.
"""

D01, D02, D03 = "2019-07-08", "2017-01-12", "2022-10-14"
P03 = quarter(3, 2022)

DOCS = [
    Doc("h32_01", T01, HMAI, h1(2019), D01, "text", facts=[
        F("ban hành 19 văn bản lãnh đạo", 19, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("lượt cán bộ chủ chốt dự: 1.146", 1146, "study_attendance", a="party_members"),
        F("Số lớp ở cơ sở: 126", 126, "study_sessions"),
        F("lượt đảng viên dự học: 13.482/14.103 đồng chí", 13482, "study_attendance",
          a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 95,6%", 95.6, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 621 người", 621, "other"),
        F("mở 03 lớp bồi dưỡng lý luận chính trị", 3, "training_classes"),
        F("với 164 học viên", 164, "trainees"),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Buổi nói chuyện thời sự, chuyên đề: 214", 214, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 18.900", 18900, "propaganda_audience", "approx"),
        F("Báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=end_of(h1(2019))),
        F("cộng tác viên dư luận xã hội: 58 đồng chí", 58, "opinion_collaborators",
          p=end_of(h1(2019))),
        F("Báo cáo dư luận xã hội: 24 định kỳ", 24, "opinion_reports"),
        F("6 đột xuất", 6, "opinion_reports"),
        F("Quận ủy đăng 356 tin, bài", 356, "news_items"),
        F("đăng 412 tin, ảnh, video", 412, "news_items"),
        F("duy trì 142 nhóm Zalo", 142, "chat_groups", p=end_of(h1(2019))),
        F("hiện có khoảng 21.000 thành viên", 21000, "chat_group_members", "approx",
          p=inst(D01)),
        F("thu hút 9.215 lượt người dự thi", 9215, "contest_entries"),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("Số 47-BC/BTGQU", 47), ("ngày 08 tháng 7 năm 2019", 8),
              ("(gồm 7 kế hoạch, 12 hướng dẫn)", 7), ("12 hướng dẫn", 12),
              ("89 năm", 89), ("3/2/1930", 3), ("3/2/2019", 3), ("50 năm", 50),
              ("35-NQ/TW", 35), ("ngày 22/10/2018", 22), ("(tháng 1, tháng 4 và tháng 6)", 1),
              ("tháng 4", 4), ("tháng 6)", 6), ("Tìm hiểu 15 năm", 15), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("5 giải Khuyến khích", 5),
              ("02 cá nhân được đề nghị", 2), ("100% chi bộ", 100),
              ("mở 4 lớp bồi dưỡng nghiệp vụ", 4), ("Sơ kết 5 năm", 5), ("33-NQ/TW", 33),
              ("thực hiện 24 chương trình", 24), ("65 năm", 65), ("10/10/1954", 10),
              ("10/10/2019", 10), ("1. Công tác tham mưu", 1), ("2. Học tập, quán triệt", 2),
              ("3. Tuyên truyền miệng", 3), ("4. Tuyên truyền trên", 4), ("5. Thi đua", 5),
              ("1. Tổ chức học tập", 1), ("2. Sơ kết", 2), ("3. Phối hợp", 3)]),
    Doc("h32_02", T02, GLAM, year(2016), D02, "text", facts=[
        F("tổ chức ba hội nghị cấp huyện", 3, "study_sessions"),
        F("mở 117 lớp", 117, "study_sessions"),
        F("với 16.240 lượt cán bộ, đảng viên", 16240, "study_attendance", a="party_members"),
        F("9.870 lượt quần chúng", 9870, "study_attendance", a="masses"),
        F("tham dự, đạt 97,3%", 97.3, "study_participation_rate"),
        F("tổ chức 263 buổi tuyên truyền miệng", 263, "oral_propaganda_sessions"),
        F("hơn 31 nghìn lượt người nghe", 31000, "propaganda_audience", "at_least"),
        F("chạy 96 lượt xe loa", 96, "other"),
        F("in 6.000 cuốn tài liệu", 6000, "other"),
        F("Đội ngũ 38 cộng tác viên", 38, "opinion_collaborators", p=end_of(year(2016))),
        F("gửi về Ban 47 báo cáo", 47, "opinion_reports"),
        F("khen thưởng 14 tập thể", 14, "commended_collectives"),
        F("23 cá nhân tiêu biểu", 23, "commended_individuals"),
        F("phát hành đủ 12 số", 12, "news_items"),
    ], traps=[("12-01-2017", 12), ("Sáng 11/1", 11), ("lãnh đạo 22 xã", 22),
              ("Đại hội XII", 12), ("lần thứ XVI", 16), ("lần thứ XXI", 21),
              ("nhiệm kỳ 2015 – 2020", 2015), ("khóa XIV", 14), ("nhiệm kỳ 2016 – 2021", 2016),
              ("ngày 22/5/2016", 22), ("đạt 99,47%", 99.47), ("mỗi cuốn 32 trang", 32),
              ("71 tuổi", 71), ("1 cái loa", 1), ("2 buổi nói chuyện", 2),
              ("sơ kết 5 năm", 5), ("03-CT/TW", 3), ("mỗi số 2.500 bản", 2500),
              ("thứ 3/30", 3), ("100% chi bộ", 100), ("ít nhất 300 buổi", 300),
              ("Trung ương 4", 4), ("ngày 30/3/2017", 30)]),
    Doc("h32_03", T03, BDINH, P03, D03, "sidecar", meta={"date": D03}, facts=[
        F("tổ chức 02 hội nghị cấp quận", 2, "study_sessions"),
        F("với 1.286 lượt cán bộ chủ chốt", 1286, "study_attendance", a="party_members"),
        F("mở 214 lớp", 214, "study_sessions"),
        F("17.365 lượt đảng viên tham dự", 17365, "study_attendance", a="party_members"),
        F("đạt 96,85%", 96.85, "study_participation_rate"),
        F("mới tổ chức được 1 hội nghị", 1, "study_sessions", unit=THO, p=month(7, 2022)),
        F("hoàn thành 3 hội nghị cấp quận", 3, "study_sessions", unit=THO),
        F("98 lớp ở cơ sở", 98, "study_sessions", unit=THO),
        F("thu hút 6.410 lượt cán bộ, đảng viên", 6410, "study_attendance", a="party_members",
          unit=THO),
        F("1.120 lượt quần chúng", 1120, "study_attendance", a="masses", unit=THO),
        F("tổ chức 01 hội nghị báo cáo viên", 1, "reporter_conferences", unit=THO),
        F("hiện có 29 đồng chí", 29, "reporters", unit=THO, p=inst(D03)),
        F("Quận ủy tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=LBIEN),
        F("mở 173 lớp", 173, "study_sessions", unit=LBIEN),
        F("với 14.027 lượt đảng viên", 14027, "study_attendance", a="party_members",
          unit=LBIEN),
        F("(đạt 97,02%)", 97.02, "study_participation_rate", unit=LBIEN),
        F("in 3.000 cuốn", 3000, "other", unit=LBIEN),
        F("tổ chức 126 buổi sinh hoạt thảo luận", 126, "party_cell_discussions", unit=LBIEN),
    ], traps=[("Trung ương 5", 5), ("14 điểm cầu phường", 14), ("khoảng 1.900 đảng viên", 1900),
              ("đi bộ 5 phút", 5), ("79 tuổi", 79), ("52 năm tuổi Đảng", 52),
              ("tháng 7", 7), ("có 14 phường", 14), ("hơn 320 nghìn dân", 320000),
              ("14 đảng bộ phường", 14), ("47 chi, đảng bộ", 47), ("gồm 5 chương", 5),
              ("thêm 12 hội nghị chuyên đề", 12), ("20-NQ/TW", 20), ("ngày 16/6/2022", 16)]),
]
