"""holdout59, part 4: wards and communes after the 1 July 2025 reform (2025, 2025-2026, 2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or running
the extractor or any other eval set.

Decisions where the guide leaves room:
- a new ward's year report with a section "Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)"
  gives that section's facts to the old district (Quận 1, first half of 2025); the section
  "Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)" to the ward, 1 July 2025 to the
  document date;
- "Từ tháng 7 đến nay" in an official's quotation dated January 2026 starts on 1 July 2025;
- a table whose columns are months gives each cell the month as its period;
- voters at meetings with deputies are an audience (`all`), the meetings themselves `other`;
  the voting areas and the turnout are traps;
- stocks in a quarter report's list lines with no marker are instants at the quarter's end.
"""
from build_gold import Doc, F, U, W, end_of, h1, h2, inst, month, quarter, since, year

Q1 = U("Quận 1")
BTH, BTR, GV = W("Phường Bến Thành", "79"), W("Xã Bát Tràng", "01"), W("Phường Gò Vấp", "79")

T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 38-BC/ĐU
TP. Hồ Chí Minh, ngày 10 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo năm 2025

Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão, Cầu Ông Lãnh và một phần phường Nguyễn Thái Bình của Quận 1 (cũ), với diện tích khoảng 2,6 km² và hơn 60 nghìn dân. Là trung tâm du lịch, phường đón khoảng 4 triệu lượt khách quốc tế mỗi năm.

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)
Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 tham mưu tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy; các đảng bộ phường mở 84 lớp với 9.460 lượt cán bộ, đảng viên. Quận ủy cũng tổ chức 126 buổi tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước, thu hút hơn 15.000 lượt người dân tham dự, và ban hành 19 văn bản chỉ đạo công tác tư tưởng trong quá trình sắp xếp.

2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)
Đảng ủy phường đã ban hành 12 văn bản lãnh đạo, chỉ đạo công tác tư tưởng; tổ chức 2 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030. Các chi bộ trực thuộc mở 58 lớp, với 3.215/3.340 đảng viên tham gia, đạt 96,26%.

Phường hiện có 1 trang thông tin điện tử, 1 fanpage với khoảng 12.800 người theo dõi và 78 nhóm Zalo khu phố với 9.650 thành viên. Các trang đã đăng 1.146 tin, bài, video, thu hút ước 2,1 triệu lượt xem.

Phường phối hợp Ban quản lý chợ Bến Thành tổ chức 34 buổi nói chuyện chuyên đề về văn minh thương mại với 2.150 lượt tiểu thương dự. Đội ngũ báo cáo viên phường hiện có 15 đồng chí; cộng tác viên dư luận xã hội 22 đồng chí, đã gửi 18 báo cáo tình hình tư tưởng, dư luận xã hội.

“Hồi trước ở phường Phạm Ngũ Lão, giờ về chung một nhà, tôi vẫn nhận tin qua nhóm Zalo khu phố 2 như cũ”, ông Trần Văn Bảy, 58 tuổi, kể.

Dịp tổng kết năm, Đảng ủy phường khen thưởng 6 tập thể, 10 cá nhân có thành tích trong công tác tuyên giáo.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Tổ chức học tập Nghị quyết Đại hội XIV của Đảng cho 100% đảng viên.
- Phát triển thêm 10 nhóm Zalo khu phố, đạt tối thiểu 12.000 thành viên.
- Tổ chức ít nhất 40 buổi nói chuyện chuyên đề.
"""

T11 = """
Bát Tràng: Đưa thông tin chính thống vào làng nghề

Sáu tháng cuối năm 2025, nửa năm đầu vận hành chính quyền địa phương hai cấp, Đảng ủy xã Bát Tràng đã đổi mới cách làm tuyên truyền để phù hợp với đặc thù một xã làng nghề.

Xã Bát Tràng được thành lập trên cơ sở các xã Bát Tràng, Kim Lan, Văn Đức và một phần xã Đa Tốn của huyện Gia Lâm (cũ). Trên địa bàn có khoảng 1.200 hộ sản xuất, kinh doanh gốm sứ; làng nghề đón gần 1 triệu lượt khách tham quan mỗi năm.

Trong 6 tháng cuối năm, Đảng ủy xã tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030 và Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XVIII; các chi bộ mở 35 lớp với 2.468 lượt đảng viên tham dự, đạt 97,05%.

Xã tổ chức 19 buổi tuyên truyền cho hộ kinh doanh về hóa đơn điện tử, an toàn thực phẩm; hơn 800 tiểu thương được tuyên truyền. Đoàn Thanh niên xã ra quân 24 đội hình tình nguyện hướng dẫn du khách và giữ gìn vệ sinh làng nghề.

Bà Nguyễn Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy xã, cho biết: “Xã hiện có 48 nhóm Zalo thôn với khoảng 6.200 thành viên. Từ tháng 7 đến nay, fanpage của xã đăng 530 tin, bài, video giới thiệu làng nghề; các video ngắn thu hút khoảng 410.000 lượt xem.”

“Lò nhà tôi đã 4 đời làm gốm, giờ con cháu livestream bán hàng, nghe cán bộ xã hướng dẫn kê khai thuế nên yên tâm”, anh Lê Văn Minh, 42 tuổi, chủ một xưởng gốm ở thôn Giang Cao, kể.

Cuộc thi ảnh “Bát Tràng – đất gốm ngàn năm” do xã phát động thu hút 312 tác phẩm dự thi; 10 tác phẩm xuất sắc nhất được trao giải với tổng giá trị giải thưởng 30 triệu đồng. Dịp này, Đảng ủy xã tặng giấy khen cho 3 tập thể và 8 cá nhân.

Năm 2026, xã phấn đấu 100% thôn có nhóm Zalo hoạt động thường xuyên và mở thêm 2 lớp bồi dưỡng kỹ năng truyền thông số cho cán bộ thôn.
"""

T12 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG GÒ VẤP
TP. Hồ Chí Minh, ngày 03 tháng 4 năm 2026

BÁO CÁO
Sơ kết công tác tuyên giáo quý I năm 2026

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
- Hội nghị cấp phường: 02 (trực tiếp kết hợp trực tuyến tới 48 điểm cầu khu phố)
- Lớp ở chi bộ: 64; đảng viên dự học: 4.108/4.262 đồng chí
- Tỷ lệ đảng viên tham gia: 96,39%
- Số đảng viên chưa tham gia: 154 người

2. Tuyên truyền miệng và thông tin
Kết quả theo tháng:

Chỉ tiêu | Tháng 1 | Tháng 2 | Tháng 3
Buổi tuyên truyền miệng | 14 | 9 | 17
Lượt người nghe | 1.120 | 760 | 1.480
Tin, bài trên trang của phường | 46 | 38 | 52

Phường triển khai 02 đợt sinh hoạt chính trị về ý nghĩa Đại hội XIV và kỷ niệm 96 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2026). Các chi bộ khu phố tổ chức 71 buổi thảo luận về văn kiện Đại hội. Pano, băng rôn, khẩu hiệu tuyên truyền được treo tại các tuyến đường chính với 860 bộ.

3. Tuyên truyền bầu cử
Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026. Phường chia địa bàn thành 41 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,62%. Trước ngày bầu cử, phường tổ chức 12 hội nghị tiếp xúc cử tri với khoảng 4.300 lượt cử tri và 1 hội nghị báo cáo viên chuyên đề về bầu cử.

4. Đội ngũ, dư luận xã hội
- Báo cáo viên cấp phường: 18 đồng chí; cộng tác viên dư luận xã hội: 26 đồng chí
- Báo cáo tình hình tư tưởng, dư luận: 13

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026
- Tổ chức sơ kết 1 năm vận hành chính quyền địa phương hai cấp.
- Mở 02 lớp bồi dưỡng kỹ năng tuyên truyền cho khoảng 120 cán bộ khu phố.
- Phấn đấu 100% khu phố có nhóm Zalo với trên 40.000 thành viên.
"""

D10, D11, D12 = "2025-12-10", "2026-01-12", "2026-04-03"
AFTER10 = since("2025-07-01", D10)
JUL11 = since("2025-07-01", D11)
Q126 = quarter(1, 2026)

DOCS = [
    Doc("h59_10", T10, BTH, year(2025), D10, "text", facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=Q1, p=h1(2025)),
        F("mở 84 lớp", 84, "study_sessions", unit=Q1, p=h1(2025)),
        F("với 9.460 lượt cán bộ, đảng viên", 9460, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("tổ chức 126 buổi tuyên truyền", 126, "oral_propaganda_sessions", unit=Q1,
          p=h1(2025)),
        F("hơn 15.000 lượt người dân", 15000, "propaganda_audience", "at_least",
          a="masses", unit=Q1, p=h1(2025)),
        F("ban hành 19 văn bản", 19, "documents_issued", unit=Q1, p=h1(2025)),
        F("ban hành 12 văn bản", 12, "documents_issued", p=AFTER10),
        F("tổ chức 2 hội nghị cấp phường", 2, "study_sessions", p=AFTER10),
        F("mở 58 lớp", 58, "study_sessions", p=AFTER10),
        F("với 3.215/3.340 đảng viên", 3215, "study_attendance", a="party_members",
          p=AFTER10),
        F("đạt 96,26%", 96.26, "study_participation_rate", p=AFTER10),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D10)),
        F("1 fanpage", 1, "social_pages", p=inst(D10)),
        F("khoảng 12.800 người theo dõi", 12800, "propaganda_audience", "approx",
          p=inst(D10)),
        F("78 nhóm Zalo", 78, "chat_groups", p=inst(D10)),
        F("với 9.650 thành viên", 9650, "chat_group_members", p=inst(D10)),
        F("đã đăng 1.146 tin, bài", 1146, "news_items", p=AFTER10),
        F("ước 2,1 triệu lượt xem", 2100000, "propaganda_audience", "approx", p=AFTER10),
        F("tổ chức 34 buổi nói chuyện", 34, "oral_propaganda_sessions", p=AFTER10),
        F("với 2.150 lượt tiểu thương", 2150, "propaganda_audience", p=AFTER10),
        F("hiện có 15 đồng chí", 15, "reporters", p=inst(D10)),
        F("xã hội 22 đồng chí", 22, "opinion_collaborators", p=inst(D10)),
        F("gửi 18 báo cáo", 18, "opinion_reports", p=AFTER10),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", p=AFTER10),
        F("6 tập thể, 10 cá nhân", 10, "commended_individuals", p=AFTER10),
    ], traps=[("Số 38-BC/ĐU", 38), ("ngày 10 tháng 12 năm 2025", 10), ("năm 2025", 2025),
              ("Quận 1 (cũ)", 1), ("khoảng 2,6 km²", 2.6), ("hơn 60 nghìn dân", 60000),
              ("khoảng 4 triệu lượt khách", 4000000), ("tháng 6/2025", 6),
              ("Quận ủy Quận 1", 1), ("18-NQ/TW", 18), ("50 năm", 50),
              ("từ ngày 1/7/2025", 1), ("nhiệm kỳ 2025 – 2030", 2025), ("khu phố 2", 2),
              ("58 tuổi", 58), ("NĂM 2026", 2026), ("100% đảng viên", 100),
              ("thêm 10 nhóm Zalo", 10), ("tối thiểu 12.000 thành viên", 12000),
              ("ít nhất 40 buổi", 40)]),
    Doc("h59_11", T11, BTR, h2(2025), D11, "sidecar", meta={"date": D11}, facts=[
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
        F("mở 35 lớp", 35, "study_sessions"),
        F("với 2.468 lượt đảng viên", 2468, "study_attendance", a="party_members"),
        F("đạt 97,05%", 97.05, "study_participation_rate"),
        F("tổ chức 19 buổi tuyên truyền", 19, "oral_propaganda_sessions"),
        F("hơn 800 tiểu thương", 800, "propaganda_audience", "at_least"),
        F("ra quân 24 đội hình", 24, "other"),
        F("hiện có 48 nhóm Zalo", 48, "chat_groups", p=inst(D11)),
        F("khoảng 6.200 thành viên", 6200, "chat_group_members", "approx", p=inst(D11)),
        F("đăng 530 tin, bài", 530, "news_items", p=JUL11),
        F("khoảng 410.000 lượt xem", 410000, "propaganda_audience", "approx", p=JUL11),
        F("thu hút 312 tác phẩm dự thi", 312, "contest_entries"),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể và 8 cá nhân", 8, "commended_individuals"),
    ], traps=[("Sáu tháng cuối năm 2025", 6), ("khoảng 1.200 hộ", 1200),
              ("gần 1 triệu lượt khách", 1000000), ("Trong 6 tháng cuối năm", 6),
              ("nhiệm kỳ 2025 – 2030", 2025), ("Từ tháng 7", 7), ("4 đời", 4),
              ("42 tuổi", 42), ("10 tác phẩm xuất sắc nhất", 10),
              ("30 triệu đồng", 30000000), ("Năm 2026", 2026), ("100% thôn", 100),
              ("thêm 2 lớp", 2)]),
    Doc("h59_12", T12, GV, Q126, D12, "text", facts=[
        F("Hội nghị cấp phường: 02", 2, "study_sessions"),
        F("Lớp ở chi bộ: 64", 64, "study_sessions"),
        F("đảng viên dự học: 4.108/4.262", 4108, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 96,39%", 96.39, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 154 người", 154, "other"),
        F("miệng | 14", 14, "oral_propaganda_sessions", p=month(1, 2026)),
        F("14 | 9", 9, "oral_propaganda_sessions", p=month(2, 2026)),
        F("9 | 17", 17, "oral_propaganda_sessions", p=month(3, 2026)),
        F("nghe | 1.120", 1120, "propaganda_audience", p=month(1, 2026)),
        F("1.120 | 760", 760, "propaganda_audience", p=month(2, 2026)),
        F("760 | 1.480", 1480, "propaganda_audience", p=month(3, 2026)),
        F("phường | 46", 46, "news_items", p=month(1, 2026)),
        F("46 | 38", 38, "news_items", p=month(2, 2026)),
        F("38 | 52", 52, "news_items", p=month(3, 2026)),
        F("triển khai 02 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tổ chức 71 buổi thảo luận", 71, "party_cell_discussions"),
        F("với 860 bộ", 860, "other"),
        F("tổ chức 12 hội nghị tiếp xúc cử tri", 12, "other"),
        F("khoảng 4.300 lượt cử tri", 4300, "propaganda_audience", "approx"),
        F("1 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("Báo cáo viên cấp phường: 18 đồng chí", 18, "reporters", p=end_of(Q126)),
        F("cộng tác viên dư luận xã hội: 26 đồng chí", 26, "opinion_collaborators",
          p=end_of(Q126)),
        F("Báo cáo tình hình tư tưởng, dư luận: 13", 13, "opinion_reports"),
    ], traps=[("ngày 03 tháng 4 năm 2026", 3), ("quý I năm 2026", 1),
              ("48 điểm cầu", 48), ("Tháng 1", 1), ("Tháng 2", 2), ("Tháng 3", 3),
              ("96 năm", 96), ("3/2/1930", 3), ("3/2/2026", 3),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("41 khu vực bỏ phiếu", 41), ("đạt 99,62%", 99.62),
              ("QUÝ II NĂM 2026", 2026), ("sơ kết 1 năm", 1), ("Mở 02 lớp", 2),
              ("khoảng 120 cán bộ", 120), ("100% khu phố", 100),
              ("trên 40.000 thành viên", 40000)]),
]
