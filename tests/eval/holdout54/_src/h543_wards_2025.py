"""Held-out set holdout54, part 3: wards and communes after the 1 July 2025 reform (a ward's
9-month report that recalls its predecessor district's first half, a Hanoi cluster article with
a section per ward, an interview with a commune's deputy secretary in 2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the sample reports, without reading or running the extractor.

Decisions where the guide leaves room:
- in the ward report, the section "1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)" is the
  district's (Quận 1, first half of 2025); the section "2. Từ khi phường đi vào hoạt động (từ ngày
  1/7/2025 đến nay)" is the ward's, 2025-07-01..document date;
- a stock list line with no marker in a section dated up to the document date ("- Nhóm Zalo khu
  phố: 62, hiện có ...") is an instant at the document date (the end of that span);
- in the cluster article, each ward's rate given in the lead's ranking sentence is that ward's
  participation rate for the lead's study; the gap to the leader and the cluster's average are
  traps; the article's period is the span since the two-tier government started;
- "tặng giấy khen cho 6 báo cáo viên" counts commended_individuals;
- in the interview, an answer that opens with "Từ đầu năm đến nay" dates all of that answer;
  a stock in an answer with no marker takes the end of the article's quarter.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, m9, quarter, since

Q1 = U("Quận 1")
BT = W("Phường Bến Thành", "79")
HK, CN = W("Phường Hoàn Kiếm", "01"), W("Phường Cửa Nam", "01")
BD, NH = W("Phường Ba Đình", "01"), W("Phường Ngọc Hà", "01")
CGI = W("Xã Cần Giờ", "79")

T07 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 27-BC/ĐU
Bến Thành, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo và dân vận 9 tháng năm 2025

Phường Bến Thành được thành lập trên cơ sở sáp nhập 4 phường Bến Thành, Phạm Ngũ Lão, Nguyễn Cư Trinh và một phần phường Cầu Ông Lãnh của Quận 1 (cũ), chính thức hoạt động từ ngày 1/7/2025, với khoảng 61 nghìn dân. Đảng ủy phường báo cáo kết quả 9 tháng như sau:

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)
Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 tổ chức 2 hội nghị cấp quận học tập, quán triệt Nghị quyết số 18-NQ/TW và Nghị quyết số 57-NQ/TW của Bộ Chính trị; các đảng bộ phường trực thuộc mở 86 lớp với 7.912 lượt cán bộ, đảng viên. Quận ủy cũng tổ chức 3 hội nghị báo cáo viên và 41 buổi nói chuyện chuyên đề về 50 năm Ngày giải phóng miền Nam, thống nhất đất nước tại các khu phố.

2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)
a) Học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01
- Lớp ở các chi bộ: 47; lượt đảng viên dự: 3.218; đạt 96,4%
- Đảng viên chưa tham gia: 121 người
b) Tuyên truyền
- Tin, bài trên trang thông tin điện tử phường: 184; trên trang Zalo OA “Bến Thành hôm nay”: 96
- Nhóm Zalo khu phố: 62, hiện có khoảng 9.400 thành viên
- Buổi nói chuyện chuyên đề tại khu phố: 28 – lượt người nghe: khoảng 2.350
- Tờ gấp tuyên truyền phát tới hộ dân: 6.000
c) Dư luận xã hội, thi đua
- Cộng tác viên dư luận xã hội: 24 đồng chí; báo cáo dư luận xã hội: 13
- Đảng ủy phường tặng giấy khen cho 4 tập thể, 7 cá nhân có thành tích trong đợt cao điểm kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030 cho 100% cán bộ, đảng viên.
- Phấn đấu 100% khu phố có nhóm Zalo chính danh; tổ chức ít nhất 30 buổi nói chuyện chuyên đề.
"""

T08 = """
Cập nhật 19/12/2025 10:05

Cụm thi đua số 1: Cửa Nam dẫn đầu, Ngọc Hà cần bứt phá

(Tin Hà Nội) - Ngày 18/12, Cụm thi đua số 1 của Ban Tuyên giáo và Dân vận Thành ủy Hà Nội, gồm các phường Hoàn Kiếm, Cửa Nam, Ba Đình và Ngọc Hà, tổ chức giao ban đánh giá công tác tuyên giáo từ khi vận hành chính quyền địa phương hai cấp đến nay.

Theo bảng tổng hợp của cụm, cả bốn phường đã hoàn thành học tập, quán triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVIII, nhiệm kỳ 2025 – 2030. Phường Cửa Nam đứng đầu về tỷ lệ đảng viên tham gia với 98,1%, Phường Ngọc Hà thấp nhất với 93,6%, kém cụm trưởng 4,5 điểm phần trăm. Bình quân mỗi phường mở 41 lớp ở các chi bộ; số tin, bài trên các trang thông tin điện tử tăng khoảng 20% so với cùng kỳ năm 2024, khi các phường còn thuộc quận.

PHƯỜNG HOÀN KIẾM: Nghị quyết về tận phố cổ
Đảng ủy phường tổ chức 01 hội nghị cấp phường và 52 lớp ở các chi bộ, với 4.806/5.012 đảng viên tham dự. Phường có 36 tuyến phố cổ và hàng nghìn hộ kinh doanh, nên các buổi nói chuyện được bố trí vào buổi tối: từ tháng 7 đến nay đã có 33 buổi với gần 2.700 lượt người dân. Fanpage “Hoàn Kiếm ngày mới” hiện có khoảng 31.000 người theo dõi.

PHƯỜNG CỬA NAM: Dẫn đầu nhờ “sổ tay chi bộ”
Các chi bộ tổ chức 96 buổi sinh hoạt chuyên đề; Đảng ủy phường phát hành 22 số bản tin điện tử “Cửa Nam hôm nay” và in 4.000 cuốn sổ tay nghị quyết, mỗi cuốn 48 trang. Phường mở 2 lớp bồi dưỡng nghiệp vụ cho 88 cán bộ, công chức và tặng giấy khen cho 6 báo cáo viên. Bà Lê Thu Trang, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Phường hiện có 48 nhóm Zalo tổ dân phố với khoảng 7.600 thành viên; mỗi tuần chúng tôi chia sẻ ít nhất 5 tin chính thống.”

PHƯỜNG BA ĐÌNH: Tuyên truyền ở khu vực trung tâm chính trị
Đảng ủy phường ban hành 15 văn bản hướng dẫn công tác tư tưởng; đội ngũ báo cáo viên cấp phường hiện có 21 đồng chí. Phường tổ chức 9 buổi nói chuyện thời sự cho 1.150 lượt hội viên, đoàn viên; cuộc thi tìm hiểu 80 năm Quốc khánh 2/9 do phường phát động thu hút 3.406 lượt người dự thi, trao 1 giải Nhất và 3 giải Nhì.

PHƯỜNG NGỌC HÀ: Cần bứt phá ở khu tập thể
Phường xếp thứ 4/4 trong cụm. Trên địa bàn có 28 khu tập thể cũ, hơn 1.200 đảng viên từ 70 tuổi trở lên. Đảng ủy phường mở 38 lớp ở các chi bộ, với 3.905 lượt đảng viên; còn 270 đảng viên chưa tham gia do ốm đau.
“Nhà tôi ở tầng 5, ngày nào cũng nghe loa phường, nhưng đi họp thì khó”, bà Phạm Thị Loan, 76 tuổi, khu tập thể Kim Mã, nói.

Kết luận giao ban, cụm thống nhất trong quý I năm 2026 sẽ tổ chức hội thi tuyên truyền viên giỏi với khoảng 40 thí sinh và phấn đấu 100% tổ dân phố có nhóm Zalo.
"""

T09 = """
Xã Cần Giờ: Đưa thông tin chính thống ra tận bến cá, ghe câu

Quý I năm 2026, xã Cần Giờ vừa tổ chức học tập Nghị quyết Đại hội XIV của Đảng, vừa tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031. Phóng viên trao đổi với đồng chí Võ Thanh Tùng, Phó Bí thư Thường trực Đảng ủy xã Cần Giờ.

Phóng viên: Thưa đồng chí, xã đã triển khai học tập Nghị quyết Đại hội XIV ra sao?

Đồng chí Phó Bí thư: “Xã mới được thành lập trên cơ sở thị trấn Cần Thạnh và xã Long Hòa, địa bàn có hơn 20 km bờ biển, nhiều đảng viên là ngư dân. Trong quý, Đảng ủy xã tổ chức 02 hội nghị cấp xã và 31 lớp ở các chi bộ, thu hút 1.846 lượt cán bộ, đảng viên, đạt 95,3%; riêng quần chúng có 1.120 lượt tham dự. Với đảng viên đi biển 15 đến 20 ngày mới về, các chi bộ tổ chức học bù ngay khi tàu cập bến.”

Phóng viên: Công tác tuyên truyền bầu cử được thực hiện như thế nào?

Đồng chí Phó Bí thư: “Từ đầu năm đến nay, xã tổ chức 46 buổi tuyên truyền về bầu cử tại các ấp, bến cá, chợ Hàng Dương, với khoảng 5.800 lượt cử tri tham dự. Đội thông tin lưu động chạy 120 lượt xe loa; trang Zalo OA của xã đăng 215 tin, bài, video ngắn. Xã chia địa bàn thành 19 khu vực bỏ phiếu; ngày 15/3/2026, tỷ lệ cử tri đi bầu đạt 99,42%. Có bác ngư dân nói với tôi: ‘Ghe tôi 6 người, đi biển về là ra điểm bỏ phiếu liền’.”

Phóng viên: Xã có những kênh thông tin nào trên không gian mạng?

Đồng chí Phó Bí thư: “Hiện xã có 1 trang Zalo OA, 1 fanpage và 64 nhóm Zalo ấp, tổ nhân dân với khoảng 8.900 thành viên. Đội ngũ 15 cộng tác viên dư luận xã hội của xã đã gửi 12 báo cáo nhanh về tâm trạng ngư dân khi giá xăng dầu tăng 4 lần liên tiếp. Quý I, Đảng ủy xã khen thưởng 3 tập thể, 8 cá nhân có thành tích trong công tác bầu cử.”

Phóng viên: Thời gian tới, xã tập trung vào những việc gì?

Đồng chí Phó Bí thư: “Quý II, xã sẽ tổ chức học tập chuyên đề năm 2026, phấn đấu 100% đảng viên tham gia, mở thêm 2 lớp bồi dưỡng cho tổ trưởng tổ nhân dân và kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026).”
"""

D07, D08, D09 = "2025-10-06", "2025-12-19", "2026-04-08"
NEW07 = since("2025-07-01", D07)
SPAN08 = since("2025-07-01", D08)
SPAN09 = since("2026-01-01", D09)

DOCS = [
    Doc("h54_07", T07, BT, m9(2025), D07, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=Q1, p=h1(2025)),
        F("mở 86 lớp", 86, "study_sessions", unit=Q1, p=h1(2025)),
        F("với 7.912 lượt cán bộ, đảng viên", 7912, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences", unit=Q1, p=h1(2025)),
        F("41 buổi nói chuyện chuyên đề", 41, "oral_propaganda_sessions", unit=Q1,
          p=h1(2025)),
        F("Hội nghị cấp phường: 01", 1, "study_sessions", p=NEW07),
        F("Lớp ở các chi bộ: 47", 47, "study_sessions", p=NEW07),
        F("lượt đảng viên dự: 3.218", 3218, "study_attendance", a="party_members", p=NEW07),
        F("đạt 96,4%", 96.4, "study_participation_rate", p=NEW07),
        F("chưa tham gia: 121 người", 121, "other", p=NEW07),
        F("điện tử phường: 184", 184, "news_items", p=NEW07),
        F("“Bến Thành hôm nay”: 96", 96, "news_items", p=NEW07),
        F("Nhóm Zalo khu phố: 62", 62, "chat_groups", p=inst(D07)),
        F("khoảng 9.400 thành viên", 9400, "chat_group_members", "approx", p=inst(D07)),
        F("tại khu phố: 28", 28, "oral_propaganda_sessions", p=NEW07),
        F("lượt người nghe: khoảng 2.350", 2350, "propaganda_audience", "approx", p=NEW07),
        F("phát tới hộ dân: 6.000", 6000, "other", p=NEW07),
        F("Cộng tác viên dư luận xã hội: 24 đồng chí", 24, "opinion_collaborators",
          p=inst(D07)),
        F("báo cáo dư luận xã hội: 13", 13, "opinion_reports", p=NEW07),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives", p=NEW07),
        F("4 tập thể, 7 cá nhân", 7, "commended_individuals", p=NEW07),
    ], traps=[("Số 27-BC/ĐU", 27), ("ngày 06 tháng 10 năm 2025", 6), ("9 tháng năm 2025", 9),
              ("4 phường", 4), ("Quận 1", 1), ("từ ngày 1/7/2025", 1),
              ("khoảng 61 nghìn dân", 61000), ("kết quả 9 tháng", 9),
              ("tháng 1 – tháng 6/2025", 1), ("Sáu tháng đầu năm 2025", 2025),
              ("18-NQ/TW", 18), ("57-NQ/TW", 57), ("50 năm", 50),
              ("nhiệm kỳ 2025 – 2030", 2025), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("QUÝ IV NĂM 2025", 2025), ("100% cán bộ", 100), ("100% khu phố", 100),
              ("ít nhất 30 buổi", 30)]),
    Doc("h54_08", T08, CN, SPAN08, D08, "text", facts=[
        F("tham gia với 98,1%", 98.1, "study_participation_rate", unit=CN),
        F("thấp nhất với 93,6%", 93.6, "study_participation_rate", unit=NH),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=HK),
        F("52 lớp ở các chi bộ", 52, "study_sessions", unit=HK),
        F("với 4.806/5.012 đảng viên", 4806, "study_attendance", a="party_members", unit=HK),
        F("đã có 33 buổi", 33, "oral_propaganda_sessions", unit=HK),
        F("gần 2.700 lượt người dân", 2700, "propaganda_audience", "at_most", a="masses",
          unit=HK),
        F("khoảng 31.000 người theo dõi", 31000, "propaganda_audience", "approx", unit=HK,
          p=inst(D08)),
        F("tổ chức 96 buổi sinh hoạt chuyên đề", 96, "party_cell_discussions", unit=CN),
        F("phát hành 22 số bản tin", 22, "news_items", unit=CN),
        F("in 4.000 cuốn", 4000, "other", unit=CN),
        F("mở 2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes", unit=CN),
        F("cho 88 cán bộ", 88, "trainees", unit=CN),
        F("giấy khen cho 6 báo cáo viên", 6, "commended_individuals", unit=CN),
        F("hiện có 48 nhóm Zalo", 48, "chat_groups", unit=CN, p=inst(D08)),
        F("khoảng 7.600 thành viên", 7600, "chat_group_members", "approx", unit=CN,
          p=inst(D08)),
        F("ban hành 15 văn bản", 15, "documents_issued", unit=BD),
        F("hiện có 21 đồng chí", 21, "reporters", unit=BD, p=inst(D08)),
        F("tổ chức 9 buổi nói chuyện thời sự", 9, "oral_propaganda_sessions", unit=BD),
        F("cho 1.150 lượt hội viên", 1150, "propaganda_audience", a="masses", unit=BD),
        F("thu hút 3.406 lượt người dự thi", 3406, "contest_entries", unit=BD),
        F("mở 38 lớp", 38, "study_sessions", unit=NH),
        F("với 3.905 lượt đảng viên", 3905, "study_attendance", a="party_members", unit=NH),
        F("còn 270 đảng viên chưa tham gia", 270, "other", unit=NH),
    ], traps=[("19/12/2025", 19), ("10:05", 10), ("Cụm thi đua số 1", 1),
              ("Ngày 18/12", 18), ("nhiệm kỳ 2025 – 2030", 2025),
              ("4,5 điểm phần trăm", 4.5), ("mở 41 lớp", 41), ("khoảng 20%", 20),
              ("năm 2024", 2024), ("36 tuyến phố", 36), ("từ tháng 7", 7),
              ("mỗi cuốn 48 trang", 48), ("ít nhất 5 tin", 5), ("80 năm", 80),
              ("Quốc khánh 2/9", 2), ("1 giải Nhất", 1), ("3 giải Nhì", 3),
              ("thứ 4/4", 4), ("28 khu tập thể", 28), ("hơn 1.200 đảng viên", 1200),
              ("70 tuổi", 70), ("tầng 5", 5), ("76 tuổi", 76), ("quý I năm 2026", 2026),
              ("khoảng 40 thí sinh", 40), ("100% tổ dân phố", 100)]),
    Doc("h54_09", T09, CGI, quarter(1, 2026), D09, "sidecar", meta={"date": D09}, facts=[
        F("tổ chức 02 hội nghị cấp xã", 2, "study_sessions"),
        F("31 lớp ở các chi bộ", 31, "study_sessions"),
        F("thu hút 1.846 lượt cán bộ, đảng viên", 1846, "study_attendance",
          a="party_members"),
        F("đạt 95,3%", 95.3, "study_participation_rate"),
        F("có 1.120 lượt tham dự", 1120, "study_attendance", a="masses"),
        F("tổ chức 46 buổi tuyên truyền", 46, "oral_propaganda_sessions", p=SPAN09),
        F("khoảng 5.800 lượt cử tri", 5800, "propaganda_audience", "approx", p=SPAN09),
        F("chạy 120 lượt xe loa", 120, "other", p=SPAN09),
        F("đăng 215 tin, bài", 215, "news_items", p=SPAN09),
        F("có 1 trang Zalo OA", 1, "social_pages", p=inst(D09)),
        F("1 fanpage", 1, "social_pages", p=inst(D09)),
        F("64 nhóm Zalo", 64, "chat_groups", p=inst(D09)),
        F("khoảng 8.900 thành viên", 8900, "chat_group_members", "approx", p=inst(D09)),
        F("Đội ngũ 15 cộng tác viên", 15, "opinion_collaborators",
          p=end_of(quarter(1, 2026))),
        F("gửi 12 báo cáo nhanh", 12, "opinion_reports"),
        F("khen thưởng 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể, 8 cá nhân", 8, "commended_individuals"),
    ], traps=[("nhiệm kỳ 2026 – 2031", 2026), ("Quý I năm 2026", 2026),
              ("hơn 20 km", 20), ("đi biển 15 đến 20 ngày", 15), ("20 ngày", 20),
              ("19 khu vực bỏ phiếu", 19), ("ngày 15/3/2026", 15), ("99,42%", 99.42),
              ("Ghe tôi 6 người", 6), ("tăng 4 lần", 4), ("chuyên đề năm 2026", 2026),
              ("100% đảng viên", 100), ("mở thêm 2 lớp", 2), ("136 năm", 136),
              ("19/5/1890", 19), ("19/5/2026", 19)]),
]
