"""Sixteenth held-out set (holdout16), part 1: Ho Chi Minh City districts, 2016-2023.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only) and the seeds, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h16_01: "42 cộng tác viên dư luận xã hội của quận" has no "hiện có" marker in a year report:
  a stock at the year's end. "phát hành đủ 12 kỳ" of a bulletin is issues (news_items), like
  "phát hành đủ 12 số". The 8.000 leaflets printed are `other`. The turnout of the 2016
  election is a trap.
- h16_02: no dateline; the date is the sidecar's. "Trong quý II" dates its own clause
  (quarter II 2019); "Nửa đầu năm" is the report's half-year. The Zalo groups the district
  "duy trì" are a stock at the half-year's end; the members "hiện nay" and the fanpage
  followers are an instant at the document date. "gần 1.400 cán bộ chủ chốt" who attended a
  conference quán triệt are party_members (cán bộ).
- h16_03: the list lines under a lead-in ending in ":" count what the lead-in names; the
  plan heading "II. NHIỆM VỤ TRỌNG TÂM QUÝ IV" makes every number below it a trap. The two
  stocks after "hiện có" are instants at the document date.
- h16_04: the transcript's speaker label "Đồng chí Trưởng ban" makes the quotations the
  unit's; the PV's questions are not results. "Thành ủy" in Thủ Đức's answers is Thành ủy Thủ
  Đức. The anecdote in single quotes inside the answer is a trap. "Trong 9 tháng vừa qua" is
  the report's span.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, since, year

Q10, CUCHI, NHABE = U("Quận 10"), U("Huyện Củ Chi"), U("Huyện Nhà Bè")
TANPHU, THUDUC = U("Quận Tân Phú"), U("Thành phố Thủ Đức")

# ---------------------------------------------------------------------------------------------
T01 = """
Thứ Năm, ngày 12 tháng 1 năm 2017

Quận 10: Đưa nghị quyết vào cuộc sống từ chi bộ khu phố

(Thanhuytphcm.vn) – Chiều 10/1, Ban Tuyên giáo Quận ủy Quận 10 tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016, triển khai phương hướng, nhiệm vụ năm 2017. Dự hội nghị có đồng chí Phó Trưởng ban Tuyên giáo Thành ủy và đại diện 15 đảng bộ phường.

Năm 2016 là năm đầu thực hiện Nghị quyết Đại hội X Đảng bộ Quận 10 nhiệm kỳ 2015 – 2020. Trong năm, Ban Thường vụ Quận ủy ban hành 27 văn bản chỉ đạo về công tác tư tưởng; Quận ủy tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố, các đảng bộ cơ sở mở tiếp 96 lớp với tổng cộng 11.842 lượt cán bộ, đảng viên dự, đạt tỷ lệ 97,3%; riêng quần chúng có 4.150 lượt tham dự.

Quận hiện có 58 báo cáo viên cấp quận. Ban Tuyên giáo tổ chức 12 hội nghị báo cáo viên định kỳ hằng tháng; các phường tổ chức 287 buổi nói chuyện chuyên đề, thời sự với hơn 26.500 lượt người nghe. Quận ủy giao 15 đảng bộ phường duy trì sinh hoạt chi bộ theo chuyên đề; cả năm có 1.130 buổi sinh hoạt chi bộ chuyên đề được tổ chức ở các chi bộ khu phố.

Về nắm bắt dư luận, 42 cộng tác viên dư luận xã hội của quận đã thực hiện 24 báo cáo định kỳ và 7 báo cáo đột xuất về tình hình tư tưởng trong cán bộ, nhân dân; nổi lên là việc chỉnh trang chợ Nguyễn Tri Phương và dự án cải tạo khu chung cư Ấn Quang gồm 9 lô nhà.

Trang thông tin điện tử Quận 10 đăng tải 1.264 tin, bài; bản tin “Thông tin nội bộ” của Ban phát hành đủ 12 kỳ, mỗi kỳ 2.500 bản, dày 16 trang. Quận cũng in 8.000 tờ gấp tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 diễn ra ngày 22/5/2016; tỷ lệ cử tri đi bầu của quận đạt 99,5%.

Cuộc thi viết “Tìm hiểu 86 năm lịch sử Đảng Cộng sản Việt Nam” do Ban Tuyên giáo phối hợp Quận Đoàn tổ chức thu hút 5.318 bài dự thi; Ban tổ chức trao 1 giải Nhất, 2 giải Nhì và 30 giải khuyến khích. Dịp tổng kết, Ban Thường vụ Quận ủy tặng giấy khen cho 14 tập thể và 21 cá nhân; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

Phát biểu chỉ đạo, đồng chí Bí thư Quận ủy đề nghị trong năm 2017 Ban Tuyên giáo tham mưu tổ chức ít nhất 4 hội nghị quán triệt, phấn đấu 100% chi bộ khu phố có nhóm Zalo. Trụ sở Ban Tuyên giáo Quận ủy đặt tại số 474 đường 3/2, phường 12, Quận 10.
"""
D01 = "2017-01-12"
P01 = year(2016)

# ---------------------------------------------------------------------------------------------
T02 = """
Hai huyện ngoại thành sơ kết công tác tuyên giáo 6 tháng đầu năm 2019

Sáu tháng đầu năm 2019, công tác tuyên giáo ở hai huyện Củ Chi và Nhà Bè tập trung vào đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh và tuyên truyền Nghị quyết 54 của Quốc hội về thí điểm cơ chế, chính sách đặc thù phát triển Thành phố.

* Huyện Củ Chi

Củ Chi có 20 xã, 1 thị trấn, diện tích khoảng 435 km², dân số trên 400 nghìn người; Đảng bộ huyện có 57 tổ chức cơ sở đảng với hơn 11.000 đảng viên.

Trong 6 tháng, Huyện ủy ban hành 19 văn bản lãnh đạo, chỉ đạo công tác tư tưởng; tổ chức 2 hội nghị cấp huyện quán triệt Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp; ở cơ sở có 54 hội nghị với 9.860 lượt cán bộ, đảng viên, tỷ lệ tham gia 95,7%. Trung tâm Bồi dưỡng chính trị huyện mở 7 lớp cảm tình đảng, đảng viên mới với 612 học viên.

Các xã, thị trấn tổ chức 318 buổi tuyên truyền miệng tại các ấp, với khoảng 21.000 lượt người dân tham dự. Chương trình “Củ Chi – Đất thép thành đồng” trên Đài truyền thanh huyện phát 26 kỳ. Đội ngũ 38 cộng tác viên dư luận xã hội gửi 31 báo cáo phản ánh dư luận; người dân xã Phước Vĩnh An quan tâm nhiều đến việc thu hồi đất làm đường Vành đai 4. Bà Nguyễn Thị T., 64 tuổi, nói: “Nhà tôi bị giải tỏa 2 lần rồi, giờ chỉ mong có thông tin rõ ràng”.

* Huyện Nhà Bè

Nhà Bè hiện có 6 xã và 1 thị trấn. Nửa đầu năm, Ban Tuyên giáo Huyện ủy tham mưu tổ chức 1 hội nghị trực tuyến quán triệt Nghị quyết Trung ương 9 khóa XII cho gần 1.400 cán bộ chủ chốt; các chi, đảng bộ cơ sở triển khai 37 lớp học tập chuyên đề về Di chúc, với 3.985/4.120 đảng viên tham gia. Trong quý II, huyện tổ chức 4 hội nghị báo cáo viên; huyện hiện có 31 báo cáo viên.

Trên không gian mạng, huyện duy trì trang fanpage “Nhà Bè ngày mới” và 74 nhóm Zalo ấp, khu phố, số thành viên hiện nay khoảng 12.600 người. Fanpage có gần 9.000 người theo dõi. Trong 6 tháng, các trang này đăng hơn 760 tin, bài, video clip về lễ hội Nghinh Ông, về chống rác thải nhựa trên sông.

Dịp 19/5, Huyện ủy Nhà Bè khen thưởng 9 tập thể, 16 cá nhân điển hình trong học tập và làm theo Bác.
"""
D02 = "2019-07-16"
P02 = h1(2019)

# ---------------------------------------------------------------------------------------------
T03 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY TÂN PHÚ
BAN TUYÊN GIÁO
Số 187-BC/BTGQU

Tân Phú, ngày 06 tháng 10 năm 2023

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2023
và nhiệm vụ trọng tâm quý IV năm 2023

I. KẾT QUẢ THỰC HIỆN

Kết quả học tập, quán triệt Nghị quyết Trung ương 7 khóa XIII như sau:
- Hội nghị cấp quận: 02 (trực tiếp kết hợp trực tuyến tới 11 điểm cầu phường);
- Số lớp ở các đảng bộ cơ sở: 84; lượt đảng viên dự: 10.216; tỷ lệ: 95,84%;
- Số đảng viên chưa tham gia: 443 người (chủ yếu đi công tác, ốm đau).

Quý III, trọng tâm tuyên truyền kỷ niệm 78 năm Cách mạng Tháng Tám và Quốc khánh 2/9, 76 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2023). Kết quả:
- Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9: 1.240;
- Buổi nói chuyện chuyên đề, thời sự: 96; lượt người nghe: 8.730;
- Tin, bài đăng trên trang thông tin điện tử của quận: 412;
- Video clip ngắn đăng trên fanpage “Tân Phú ngày mới”: 37.

Về đội ngũ, quận hiện có 47 báo cáo viên, 52 cộng tác viên dư luận xã hội. Trong quý, Ban tổ chức 03 hội nghị báo cáo viên định kỳ; tổng hợp 12 báo cáo định kỳ và 4 báo cáo đột xuất về tình hình tư tưởng, dư luận gửi Ban Tuyên giáo Thành ủy.

Trung tâm Chính trị quận mở 5 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 438 học viên; lớp sơ cấp lý luận chính trị kéo dài 45 ngày. Nhân dịp sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW, Ban Thường vụ Quận ủy khen thưởng 7 tập thể và 12 cá nhân.

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2023
- Tổ chức 02 hội nghị quán triệt Nghị quyết Trung ương 8 khóa XIII cho khoảng 600 cán bộ chủ chốt;
- Phấn đấu 100% chi bộ hoàn thành học tập trước ngày 31/12/2023;
- Tổ chức Hội thi báo cáo viên giỏi cấp quận lần thứ 3.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
"""
D03 = "2023-10-06"
P03 = quarter(3, 2023)

# ---------------------------------------------------------------------------------------------
T04 = """
Cập nhật ngày 14-10-2022

Tuyên giáo ở “thành phố trong thành phố”: làm sao để nghị quyết đến được chung cư

Thành phố Thủ Đức được thành lập từ ngày 1/1/2021 trên cơ sở sáp nhập 3 quận (Quận 2, Quận 9, Quận Thủ Đức), có 34 phường, dân số hơn 1,1 triệu người, với Khu Công nghệ cao, nơi có trên 50 nghìn lao động. Phóng viên đã trao đổi với đồng chí Lê Văn Hòa, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy Thủ Đức, về công tác tuyên giáo 9 tháng đầu năm 2022.

PV: Thưa đồng chí, 9 tháng qua Thủ Đức làm gì để việc học tập nghị quyết không bị “đứt gãy” sau dịch?

Đồng chí Trưởng ban: “Chúng tôi học tập Nghị quyết Trung ương 4 khóa XIII và Kết luận 21-KL/TW theo hình thức trực tiếp là chính. Thành ủy tổ chức 6 hội nghị cấp thành phố, các đảng bộ phường tổ chức 312 lớp với khoảng 38.400 lượt cán bộ, đảng viên, tỷ lệ tham gia bình quân 96,2%. Các chi bộ khu phố tổ chức 2.640 buổi sinh hoạt chuyên đề, thảo luận nghị quyết. Ngoài ra, các phường tổ chức 890 buổi tuyên truyền miệng ngay ở sân chung cư với trên 64.000 lượt cư dân.”

PV: Địa bàn có gần 300 chung cư, cư dân phần lớn là người trẻ, ít thời gian. Ban tiếp cận họ bằng cách nào?

Đồng chí Trưởng ban: “Chúng tôi đi theo mạng. Hiện nay Thành ủy có 1 cổng thông tin điện tử, mỗi phường đều có fanpage chính danh, tổng cộng 41 trang; 1.186 nhóm Zalo khu phố, chung cư với hơn 156.000 thành viên. 9 tháng, các trang đăng 5.420 tin, bài, infographic. Riêng chuyên mục video “Thủ Đức hôm nay” lên sóng 36 kỳ.”

PV: Còn công tác nắm bắt dư luận?

Đồng chí Trưởng ban: “Thủ Đức hiện có 68 cộng tác viên dư luận xã hội, phần lớn là bí thư chi bộ khu phố. Từ đầu năm đến nay, lực lượng này đã gửi 143 báo cáo phản ánh dư luận, nhất là quanh việc bồi thường dự án Vành đai 3 và khu đô thị Thủ Thiêm. Có bác tổ trưởng nói với tôi: ‘Khu tôi 212 hộ, hộ nào cũng hỏi chuyện giá đất’.”

PV: Kế hoạch quý IV của Ban ra sao?

Đồng chí Trưởng ban: “Quý IV, chúng tôi sẽ mở 8 lớp bồi dưỡng nghiệp vụ cho khoảng 500 cán bộ tuyên giáo cơ sở và tổ chức Hội thi báo cáo viên giỏi lần thứ nhất. Trong 9 tháng vừa qua, Thành ủy đã khen thưởng 18 tập thể, 27 cá nhân có thành tích trong tuyên truyền phục hồi kinh tế sau dịch.”
"""
D04 = "2022-10-14"
P04 = m9(2022)

DOCS = [
    Doc("h16_01_q10_2016", T01, Q10, P01, D01, "text", facts=[
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở tiếp 96 lớp", 96, "study_sessions"),
        F("11.842 lượt cán bộ, đảng viên", 11842, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 97,3%", 97.3, "study_participation_rate"),
        F("riêng quần chúng có 4.150 lượt", 4150, "study_attendance", a="masses"),
        F("hiện có 58 báo cáo viên", 58, "reporters", p=inst(D01)),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("287 buổi nói chuyện", 287, "oral_propaganda_sessions"),
        F("hơn 26.500 lượt người nghe", 26500, "propaganda_audience", "at_least"),
        F("1.130 buổi sinh hoạt chi bộ", 1130, "party_cell_discussions"),
        F("42 cộng tác viên", 42, "opinion_collaborators", p=end_of(P01)),
        F("24 báo cáo định kỳ", 24, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("đăng tải 1.264 tin, bài", 1264, "news_items"),
        F("phát hành đủ 12 kỳ", 12, "news_items"),
        F("in 8.000 tờ gấp", 8000, "other"),
        F("5.318 bài dự thi", 5318, "contest_entries"),
        F("cho 14 tập thể", 14, "commended_collectives"),
        F("21 cá nhân", 21, "commended_individuals"),
    ], traps=[("Thứ Năm, ngày 12 tháng 1 năm 2017", 12), ("Quận 10", 10), ("Chiều 10/1", 10),
              ("năm 2016", 2016), ("năm 2017", 2017), ("15 đảng bộ phường", 15),
              ("Năm 2016", 2016), ("nhiệm kỳ 2015 – 2020", 2015), ("9 lô nhà", 9),
              ("mỗi kỳ 2.500 bản", 2500), ("dày 16 trang", 16),
              ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5/2016", 22), ("đạt 99,5%", 99.5),
              ("86 năm", 86), ("1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("30 giải khuyến khích", 30), ("Thành ủy tặng bằng khen cho 2 tập thể", 2),
              ("ít nhất 4 hội nghị quán triệt", 4), ("100% chi bộ", 100),
              ("số 474 đường 3/2", 474), ("phường 12", 12)]),
    Doc("h16_02_cuchi_nhabe_h1_2019", T02, CUCHI, P02, D02, "sidecar", meta={"date": D02},
        facts=[
        F("ban hành 19 văn bản", 19, "documents_issued"),
        F("2 hội nghị cấp huyện", 2, "study_sessions"),
        F("có 54 hội nghị", 54, "study_sessions"),
        F("9.860 lượt cán bộ, đảng viên", 9860, "study_attendance", a="party_members"),
        F("tỷ lệ tham gia 95,7%", 95.7, "study_participation_rate"),
        F("mở 7 lớp cảm tình đảng", 7, "training_classes"),
        F("612 học viên", 612, "trainees"),
        F("318 buổi tuyên truyền miệng", 318, "oral_propaganda_sessions"),
        F("khoảng 21.000 lượt người dân", 21000, "propaganda_audience", "approx", a="masses"),
        F("phát 26 kỳ", 26, "news_items"),
        F("Đội ngũ 38 cộng tác viên", 38, "opinion_collaborators", p=end_of(P02)),
        F("gửi 31 báo cáo", 31, "opinion_reports"),
        F("1 hội nghị trực tuyến", 1, "study_sessions", unit=NHABE),
        F("gần 1.400 cán bộ chủ chốt", 1400, "study_attendance", "at_most",
          a="party_members", unit=NHABE),
        F("37 lớp học tập", 37, "study_sessions", unit=NHABE),
        F("3.985/4.120 đảng viên", 3985, "study_attendance", a="party_members", unit=NHABE),
        F("4 hội nghị báo cáo viên", 4, "reporter_conferences", unit=NHABE,
          p=quarter(2, 2019)),
        F("hiện có 31 báo cáo viên", 31, "reporters", unit=NHABE, p=inst(D02)),
        F("74 nhóm Zalo", 74, "chat_groups", unit=NHABE, p=end_of(P02)),
        F("khoảng 12.600 người", 12600, "chat_group_members", "approx", unit=NHABE,
          p=inst(D02)),
        F("gần 9.000 người theo dõi", 9000, "propaganda_audience", "at_most", unit=NHABE,
          p=inst(D02)),
        F("hơn 760 tin, bài", 760, "news_items", "at_least", unit=NHABE),
        F("9 tập thể", 9, "commended_collectives", unit=NHABE),
        F("16 cá nhân", 16, "commended_individuals", unit=NHABE),
    ], traps=[("6 tháng đầu năm 2019", 6), ("năm 2019", 2019), ("50 năm", 50),
              ("Nghị quyết 54", 54), ("20 xã", 20), ("1 thị trấn", 1),
              ("khoảng 435 km²", 435), ("trên 400 nghìn người", 400000),
              ("57 tổ chức cơ sở đảng", 57), ("hơn 11.000 đảng viên", 11000),
              ("Trong 6 tháng", 6), ("35-CT/TW", 35), ("Vành đai 4", 4), ("64 tuổi", 64),
              ("2 lần", 2), ("6 xã", 6), ("Trung ương 9", 9), ("Dịp 19/5", 19)]),
    Doc("h16_03_tanphu_q3_2023", T03, TANPHU, P03, D03, "text", facts=[
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Số lớp ở các đảng bộ cơ sở: 84", 84, "study_sessions"),
        F("lượt đảng viên dự: 10.216", 10216, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,84%", 95.84, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 443 người", 443, "other"),
        F("Quốc khánh 2/9: 1.240", 1240, "other"),
        F("Buổi nói chuyện chuyên đề, thời sự: 96", 96, "oral_propaganda_sessions"),
        F("lượt người nghe: 8.730", 8730, "propaganda_audience"),
        F("trang thông tin điện tử của quận: 412", 412, "news_items"),
        F("“Tân Phú ngày mới”: 37", 37, "news_items"),
        F("hiện có 47 báo cáo viên", 47, "reporters", p=inst(D03)),
        F("52 cộng tác viên", 52, "opinion_collaborators", p=inst(D03)),
        F("03 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("12 báo cáo định kỳ", 12, "opinion_reports"),
        F("4 báo cáo đột xuất", 4, "opinion_reports"),
        F("mở 5 lớp bồi dưỡng", 5, "training_classes"),
        F("438 học viên", 438, "trainees"),
        F("7 tập thể", 7, "commended_collectives"),
        F("12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Số 187-BC/BTGQU", 187), ("Tân Phú, ngày 06 tháng 10 năm 2023", 6),
              ("quý III năm 2023", 2023), ("quý IV năm 2023", 2023),
              ("QUÝ IV NĂM 2023", 2023), ("Trung ương 7", 7), ("11 điểm cầu", 11),
              ("78 năm", 78), ("Quốc khánh 2/9,", 2), ("76 năm", 76),
              ("(27/7/1947 – 27/7/2023)", 27), ("kéo dài 45 ngày", 45), ("sơ kết 5 năm", 5),
              ("05-CT/TW", 5), ("Tổ chức 02 hội nghị quán triệt", 2), ("Trung ương 8", 8),
              ("khoảng 600 cán bộ chủ chốt", 600), ("Phấn đấu 100% chi bộ", 100),
              ("ngày 31/12/2023", 31), ("lần thứ 3", 3)]),
    Doc("h16_04_thuduc_9t_2022", T04, THUDUC, P04, D04, "text", facts=[
        F("6 hội nghị cấp thành phố", 6, "study_sessions"),
        F("312 lớp", 312, "study_sessions"),
        F("khoảng 38.400 lượt cán bộ, đảng viên", 38400, "study_attendance", "approx",
          a="party_members"),
        F("bình quân 96,2%", 96.2, "study_participation_rate"),
        F("2.640 buổi sinh hoạt chuyên đề", 2640, "party_cell_discussions"),
        F("890 buổi tuyên truyền miệng", 890, "oral_propaganda_sessions"),
        F("trên 64.000 lượt cư dân", 64000, "propaganda_audience", "at_least", a="masses"),
        F("1 cổng thông tin điện tử", 1, "websites", p=inst(D04)),
        F("tổng cộng 41 trang", 41, "social_pages", p=inst(D04)),
        F("1.186 nhóm Zalo", 1186, "chat_groups", p=inst(D04)),
        F("hơn 156.000 thành viên", 156000, "chat_group_members", "at_least", p=inst(D04)),
        F("đăng 5.420 tin, bài", 5420, "news_items"),
        F("lên sóng 36 kỳ", 36, "news_items"),
        F("hiện có 68 cộng tác viên", 68, "opinion_collaborators", p=inst(D04)),
        F("gửi 143 báo cáo", 143, "opinion_reports", p=since("2022-01-01", D04)),
        F("18 tập thể", 18, "commended_collectives"),
        F("27 cá nhân", 27, "commended_individuals"),
    ], traps=[("Cập nhật ngày 14-10-2022", 14), ("ngày 1/1/2021", 1), ("3 quận", 3),
              ("Quận 2", 2), ("Quận 9", 9), ("34 phường", 34),
              ("hơn 1,1 triệu người", 1100000), ("trên 50 nghìn lao động", 50000),
              ("9 tháng đầu năm 2022", 9), ("9 tháng qua", 9), ("Trung ương 4", 4),
              ("21-KL/TW", 21), ("gần 300 chung cư", 300), ("9 tháng, các trang", 9),
              ("Vành đai 3", 3), ("212 hộ", 212), ("mở 8 lớp", 8),
              ("khoảng 500 cán bộ", 500), ("Trong 9 tháng vừa qua", 9)]),
]
