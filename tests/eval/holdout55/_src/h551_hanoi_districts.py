"""Held-out set holdout55, part 1: Hanoi districts before the 2025 reform (2016, 2017, 2019).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds indicators.csv and org_units.csv and the five
sample reports for style, without reading or running the extractor (orchestration/), its tests or
any other evaluation set. Every report is new text written for this set.

Decisions taken where the guide leaves room (the same for the whole set):
- "trên dưới N" (roughly N) is `approx`, not `at_least` ("trên" is not directly before the
  number); "ngót N" and "non N" (just under N) are `at_most` like "gần"; "ước chừng",
  "xấp xỉ", "chừng" are `approx`; "ít nhất N" in a result is `at_least`; "tròn N" and
  "đúng N" are `exact`; "tối đa N" only appears in a limit (a trap).
- A stock in a list line or a sentence under a period with no "hiện có / đến nay" marker is an
  instant at the period's end (end_of), also for collaborators a quotation counts as "đội ngũ N".
- Grassroots "tuyên truyền viên" held as a stock are `other` (the seed note: not lecturers), dated
  like other stocks.
- "lượt cử tri" at a talk are `propaganda_audience` with audience `all` (cử tri is none of the
  audience words of the guide).
- A single-mark bulletin line "✅ N lớp ở chi bộ, với M lượt ..." goes on from the "✅ ... hội
  nghị ... học tập, quán triệt" line above it (guide: same mark goes on).
- An official's speaker label "Đồng chí Trưởng ban:" makes the whole answer the unit's; words
  in single quotes after a colon inside it stay an anecdote.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

DDA, LB, GL, DA, TT = (U("Quận Đống Đa"), U("Quận Long Biên"), U("Huyện Gia Lâm"),
                       U("Huyện Đông Anh"), U("Huyện Thạch Thất"))

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY ĐỐNG ĐA
BAN TUYÊN GIÁO
Số 47-BC/BTGQU

Đống Đa, ngày 08 tháng 7 năm 2016

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2016,
phương hướng, nhiệm vụ 6 tháng cuối năm

Sáu tháng đầu năm 2016 diễn ra hai sự kiện chính trị lớn là việc triển khai Nghị quyết Đại hội XII của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XIV, đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021. Ban Tuyên giáo Quận ủy đã bám sát Chương trình công tác toàn khóa của Quận ủy khóa XXIV, chủ động tham mưu và đạt một số kết quả sau.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVI
- Hội nghị cấp quận: 03; lớp ở các đảng bộ, chi bộ cơ sở: 214
- Lượt cán bộ, đảng viên dự: 18.627; đạt 96,8%
- Số đảng viên chưa tham gia: 611 người (chủ yếu là đảng viên cao tuổi, ốm đau, đi công tác xa)
Trước khi triển khai ở cơ sở, 100% cấp ủy viên các đảng bộ, chi bộ trực thuộc đã được học tập trước tại hội nghị cấp quận.

2. Công tác tuyên truyền
Ban Tuyên giáo tham mưu Ban Thường vụ Quận ủy ban hành 16 văn bản chỉ đạo công tác tuyên truyền bầu cử. Ngày bầu cử 22/5/2016 diễn ra an toàn, tỷ lệ cử tri đi bầu toàn quận đạt 99,12%.
- Hội nghị báo cáo viên: 02 (tháng 1 và tháng 4)
- Báo cáo viên cấp quận: 41 đồng chí (tính đến 30/6/2016)
- Buổi tuyên truyền miệng ở tổ dân phố: 286 – lượt người nghe: ước 21.400
- Pano, băng rôn, khẩu hiệu (bầu cử, kỷ niệm 86 năm Ngày thành lập Đảng): 1.320

3. Nắm bắt dư luận xã hội
Đội ngũ 58 cộng tác viên dư luận xã hội của quận gửi về Ban 23 báo cáo định kỳ và 7 báo cáo đột xuất về tâm trạng, dư luận của nhân dân, tập trung vào việc cải tạo các khu tập thể cũ Kim Liên, Trung Tự và tiến độ tuyến đường sắt đô thị số 3 (Nhổn – ga Hà Nội).

4. Thi đua, khen thưởng
Nhân dịp sơ kết, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể và 19 cá nhân; đề nghị Thành ủy tặng bằng khen cho 2 tập thể có thành tích xuất sắc.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016
- Tổ chức 05 hội nghị học tập chuyên đề năm 2016 cho cán bộ chủ chốt.
- Phấn đấu 100% chi bộ tổ dân phố duy trì sinh hoạt chuyên đề mỗi quý 1 lần.
- Mở 2 lớp bồi dưỡng kỹ năng nói chuyện cho 120 báo cáo viên cơ sở.

Nơi nhận: Thường trực Quận ủy; Ban Tuyên giáo Thành ủy; lưu VP.
Điện thoại liên hệ: 024.3851.2277
"""

T02 = """
Long Biên, Gia Lâm, Đông Anh: Đưa Nghị quyết Trung ương 5 khóa XII đến từng chi bộ

(HNM) – Quý III năm 2017, ba địa phương phía Đông Bắc Thủ đô cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII về phát triển kinh tế tư nhân và hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa. Mỗi nơi một cách làm, nhưng đều hướng về chi bộ.

* Quận Long Biên
Quận ủy tổ chức 2 hội nghị cấp quận cho cán bộ chủ chốt của quận và 14 đảng bộ phường; các đảng bộ, chi bộ cơ sở mở 265 lớp với 19.846 lượt cán bộ, đảng viên, đạt 97,3%; riêng quần chúng có 3.120 lượt tham dự. Trang thông tin điện tử quận đăng 74 tin, bài giới thiệu nội dung nghị quyết, trong đó 12 bài phỏng vấn doanh nhân trẻ trên địa bàn.

* Huyện Gia Lâm
Với 22 xã, thị trấn và hơn 12.000 đảng viên, Gia Lâm chọn cách "học đến đâu, làm đến đó". Huyện ủy tổ chức một hội nghị cấp huyện tại Trung tâm Văn hóa huyện (số 2 Ỷ Lan, thị trấn Trâu Quỳ); 34 đảng bộ cơ sở đã mở 308 lớp, thu hút 11.372 lượt đảng viên dự học (đạt 95,06%). Bên cạnh đó, huyện mở 3 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 185 học viên là cán bộ xã, thôn.

* Huyện Đông Anh
Đông Anh đang hoàn thiện các tiêu chí để lên quận trước năm 2020, nên nội dung về kinh tế tư nhân được cán bộ, đảng viên đặc biệt quan tâm. Ông Nguyễn Văn Thắng, Trưởng ban Tuyên giáo Huyện ủy Đông Anh cho biết: “Chúng tôi tổ chức 3 hội nghị cấp huyện, trực tuyến tới 24 điểm cầu xã, thị trấn; lượt cán bộ, đảng viên dự tại các điểm cầu là 6.915. Ở cơ sở, các chi bộ đã mở 412 lớp, và đội báo cáo viên xuống thôn nói chuyện ít nhất 40 buổi về hộ kinh doanh cá thể.”

“Học xong, tôi về kể lại cho cả xóm 40 hộ nghe, ai cũng hỏi chuyện vay vốn”, bà Ngô Thị Hoa, đảng viên chi bộ thôn Cổ Châu, xã Liên Hà, kể.

Trong quý IV, các địa phương sẽ sơ kết 1 năm thực hiện Chỉ thị 05-CT/TW và mở thêm 6 lớp cho đảng viên mới kết nạp.
"""

T03 = """
Thứ Sáu, ngày 20/12/2019

Thạch Thất: "Tiếng nói của dân phải về được Huyện ủy trong ngày"

Năm 2019, việc nắm bắt dư luận xã hội ở huyện Thạch Thất có nhiều đổi mới, nhất là khi khu công nghệ cao Hòa Lạc mở rộng. Phóng viên trao đổi với bà Khuất Thị Mai, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Thạch Thất.

PV: Thưa bà, năm nay huyện làm gì để nắm được dư luận nhanh hơn?

Đồng chí Trưởng ban: “Huyện ủy kiện toàn đội ngũ cộng tác viên dư luận xã hội, hiện có 96 đồng chí, phủ khắp 23 xã, thị trấn. Năm qua, các đồng chí gửi về Ban 312 báo cáo, trong đó 41 báo cáo nhanh về những vụ việc liên quan đến giải phóng mặt bằng. Có việc sáng xảy ra thì chiều Thường trực Huyện ủy đã nắm được.”

PV: Còn kênh mạng xã hội thì sao?

Đồng chí Trưởng ban: “Toàn huyện hiện có 1 trang thông tin điện tử, 27 fanpage của xã và các đoàn thể, cùng 356 nhóm Zalo thôn, xóm với ngót 31 nghìn thành viên. Trong năm, các trang này đăng trên dưới 4.000 tin, bài. Có bác trưởng thôn nói với tôi: ‘Thôn tôi 412 hộ thì 380 hộ đã vào nhóm, họp thôn giờ chẳng ai bảo không biết’.”

PV: Việc học tập và làm theo Bác ở chi bộ có gì mới?

Đồng chí Trưởng ban: “Các chi bộ đã tổ chức 1.046 buổi sinh hoạt thảo luận về chuyên đề năm 2019 của Trung ương. Huyện ủy cũng tổ chức hai đợt sinh hoạt chính trị, tư tưởng nhân kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Dịp 2/9, Ban Thường vụ Huyện ủy khen thưởng 8 tập thể, 14 cá nhân tiêu biểu.”

PV: Năm tới, huyện đặt mục tiêu gì?

Đồng chí Trưởng ban: “Năm 2020 là năm đại hội đảng bộ các cấp. Chúng tôi dự kiến mở 4 lớp tập huấn cho khoảng 230 cộng tác viên, phấn đấu mỗi thôn có ít nhất 1 nhóm Zalo do chi bộ quản lý.”

“Trước đây có việc gì bức xúc phải chờ họp tổ, giờ nhắn lên nhóm 15 phút là có người trả lời”, ông Đỗ Văn Lực, 67 tuổi, thôn Yên Lạc, xã Đồng Trúc, chia sẻ.
"""

D01, D02, D03 = "2016-07-08", "2017-10-09", "2019-12-20"

DOCS = [
    Doc("h55_01", T01, DDA, h1(2016), D01, "text", facts=[
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("chi bộ cơ sở: 214", 214, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 18.627", 18627, "study_attendance", a="party_members"),
        F("18.627; đạt 96,8%", 96.8, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 611 người", 611, "other"),
        F("100% cấp ủy viên", 100, "study_participation_rate"),
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("Báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=inst("2016-06-30")),
        F("tổ dân phố: 286", 286, "oral_propaganda_sessions"),
        F("lượt người nghe: ước 21.400", 21400, "propaganda_audience", "approx"),
        F("Đảng): 1.320", 1320, "other"),
        F("Đội ngũ 58 cộng tác viên", 58, "opinion_collaborators", p=end_of(h1(2016))),
        F("gửi về Ban 23 báo cáo định kỳ", 23, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 47-BC/BTGQU", 47), ("1. Học tập", 1), ("2. Công tác", 2),
              ("3. Nắm bắt", 3), ("4. Thi đua", 4), ("đầu năm 2016 diễn ra", 2016), ("ngày 08 tháng 7 năm 2016", 8),
              ("6 tháng đầu năm 2016", 6), ("6 tháng cuối năm", 6), ("Đại hội XII", 12),
              ("nhiệm kỳ 2016 – 2021", 2016), ("khóa XXIV", 24), ("lần thứ XVI", 16),
              ("22/5/2016", 22), ("99,12%", 99.12), ("tháng 1", 1), ("tháng 4", 4),
              ("30/6/2016", 30), ("86 năm", 86), ("đường sắt đô thị số 3", 3),
              ("bằng khen cho 2 tập thể", 2), ("6 THÁNG CUỐI NĂM 2016", 6),
              ("Tổ chức 05 hội nghị", 5), ("chuyên đề năm 2016", 2016),
              ("Phấn đấu 100% chi bộ", 100), ("mỗi quý 1 lần", 1), ("Mở 2 lớp", 2),
              ("120 báo cáo viên", 120), ("024.3851.2277", 24)]),
    Doc("h55_02", T02, LB, quarter(3, 2017), D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 265 lớp", 265, "study_sessions"),
        F("với 19.846 lượt cán bộ, đảng viên", 19846, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("riêng quần chúng có 3.120 lượt tham dự", 3120, "study_attendance", a="masses"),
        F("đăng 74 tin, bài", 74, "news_items"),
        F("tổ chức một hội nghị cấp huyện", 1, "study_sessions", unit=GL),
        F("đã mở 308 lớp", 308, "study_sessions", unit=GL),
        F("thu hút 11.372 lượt đảng viên", 11372, "study_attendance", a="party_members",
          unit=GL),
        F("(đạt 95,06%)", 95.06, "study_participation_rate", unit=GL),
        F("mở 3 lớp bồi dưỡng nghiệp vụ", 3, "training_classes", unit=GL),
        F("cho 185 học viên", 185, "trainees", unit=GL),
        F("tổ chức 3 hội nghị cấp huyện", 3, "study_sessions", unit=DA),
        F("dự tại các điểm cầu là 6.915", 6915, "study_attendance", a="party_members",
          unit=DA),
        F("đã mở 412 lớp", 412, "study_sessions", unit=DA),
        F("ít nhất 40 buổi", 40, "oral_propaganda_sessions", "at_least", unit=DA),
    ], traps=[("Trung ương 5", 5), ("Quý III năm 2017", 3), ("14 đảng bộ phường", 14),
              ("trong đó 12 bài", 12), ("22 xã", 22), ("hơn 12.000 đảng viên", 12000),
              ("số 2 Ỷ Lan", 2), ("34 đảng bộ cơ sở", 34), ("trước năm 2020", 2020),
              ("24 điểm cầu", 24), ("xóm 40 hộ", 40), ("1 năm", 1), ("Chỉ thị 05-CT/TW", 5),
              ("mở thêm 6 lớp", 6)]),
    Doc("h55_03", T03, TT, year(2019), D03, "text", facts=[
        F("hiện có 96 đồng chí", 96, "opinion_collaborators", p=inst(D03)),
        F("gửi về Ban 312 báo cáo", 312, "opinion_reports"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D03)),
        F("27 fanpage", 27, "social_pages", p=inst(D03)),
        F("356 nhóm Zalo", 356, "chat_groups", p=inst(D03)),
        F("ngót 31 nghìn thành viên", 31000, "chat_group_members", "at_most", p=inst(D03)),
        F("trên dưới 4.000 tin, bài", 4000, "news_items", "approx"),
        F("tổ chức 1.046 buổi sinh hoạt thảo luận", 1046, "party_cell_discussions"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("khen thưởng 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể, 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("ngày 20/12/2019", 20), ("Năm 2019", 2019), ("23 xã", 23),
              ("trong đó 41 báo cáo", 41), ("412 hộ", 412), ("380 hộ", 380),
              ("chuyên đề năm 2019", 2019), ("50 năm", 50), ("Dịp 2/9", 2),
              ("Năm 2020", 2020), ("mở 4 lớp", 4), ("khoảng 230 cộng tác viên", 230),
              ("ít nhất 1 nhóm Zalo", 1), ("15 phút", 15), ("67 tuổi", 67)]),
]
