"""holdout38, part 1: Ho Chi Minh City districts and the city before 2025-07-01 (h38_01..h38_04).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (for its
format only: holdout2/_src/g01_hcm_districts.py), the seeds indicators.csv / org_units.csv and the
five sample reports (for style), without reading or running the extractor.

Decisions taken where the guide leaves room:
- a stock stated by a label line or a sentence of the period with no "hiện có" marker is an
  instant at the period's end (end_of); "hiện có"/"đến nay" and "(hiện có ...)" brackets date
  the stock at the document date; a stock's own date in brackets dates it;
- "mười hai lớp (4 lớp sơ cấp ..., 5 lớp ..., 3 lớp ...)": the total is the fact
  (training_classes), the bracketed parts are traps;
- "01 hội nghị trực tuyến" listed with the district conferences of the lead's study counts a
  study session; the connected sites ("16 điểm cầu") are traps;
- a grassroots cell secretary's quotation ("Chi bộ tôi 42 đảng viên ...") is an anecdote;
- money spent on equipment ("đầu tư 4,2 tỷ đồng nâng cấp hệ thống truyền thanh") is an
  investment, a trap; "tiểu thương" / "ngư dân" reached are audience `all`.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

HCM = U("79")
Q10, CCHI = U("Quận 10"), U("Huyện Củ Chi")
GVAP, Q8, NBE = U("Quận Gò Vấp"), U("Quận 8"), U("Huyện Nhà Bè")
PNHUAN = U("Quận Phú Nhuận")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 10
BAN TUYÊN GIÁO
*
Số 87-BC/BTGQU

Quận 10, ngày 08 tháng 7 năm 2016

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2016,
phương hướng, nhiệm vụ 6 tháng cuối năm 2016

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy tổ chức 03 hội nghị cấp quận học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ X. Trên cơ sở đó, 15 đảng bộ phường và 24 chi, đảng bộ cơ sở mở 97 lớp, thu hút 8.416 lượt cán bộ, đảng viên, đạt 95,8%; riêng quần chúng có 2.035 lượt tham dự. Còn 312 đảng viên chưa tham gia do đi công tác, ốm đau; các chi bộ đã bố trí học bù trong tháng 7.

2. Tuyên truyền miệng và đội ngũ báo cáo viên
Đội ngũ báo cáo viên cấp quận: 41 đồng chí (tính đến 30/6/2016). Ban Tuyên giáo Quận ủy tổ chức hai hội nghị báo cáo viên (tháng 2 và tháng 5) để cung cấp thông tin thời sự, định hướng tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 – 2021 diễn ra ngày 22/5/2016. Các phường tổ chức 226 buổi tuyên truyền miệng về bầu cử, với khoảng 19.300 lượt người dự nghe, bình quân mỗi buổi hơn 85 người. Ngày bầu cử, tỷ lệ cử tri đi bầu trên địa bàn quận đạt 99,47%.

3. Nắm bắt, định hướng dư luận xã hội
Quận hiện có 58 cộng tác viên dư luận xã hội, trong đó được bổ sung 6 đồng chí sau khi kiện toàn. Trong 6 tháng, đội ngũ này gửi về Ban 34 báo cáo định kỳ và 7 báo cáo đột xuất về tình hình tư tưởng, tâm trạng của cán bộ, đảng viên và nhân dân, tập trung vào việc chỉnh trang vỉa hè đường 3 Tháng 2 và sắp xếp lại chợ Nhật Tảo.

4. Thông tin, tuyên truyền trên các phương tiện
Trang thông tin điện tử Quận 10 đăng 412 tin, bài; Bản tin Sinh hoạt chi bộ phát hành đủ 6 số, mỗi số 2.500 bản. Các phường treo 1.640 băng rôn, khẩu hiệu chào mừng ngày bầu cử và kỷ niệm 126 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2016).

5. Hội thi, khen thưởng
Hội thi “Tìm hiểu 86 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam” do Quận ủy phát động nhận được 1.276 bài dự thi của đoàn viên, hội viên và học sinh; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì và 5 giải Ba. Nhân dịp sơ kết 5 năm thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị, Ban Thường vụ Quận ủy khen thưởng 11 tập thể và 19 cá nhân; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016
- Tổ chức ít nhất 2 hội nghị báo cáo viên; mở 4 lớp bồi dưỡng nghiệp vụ cho khoảng 150 cán bộ tuyên giáo cơ sở.
- Phấn đấu 100% chi bộ thảo luận chuyên đề năm 2016 của Thành phố; chuẩn bị tuyên truyền kỷ niệm 71 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VT.

Trụ sở: 474 đường 3 Tháng 2, Phường 12, Quận 10 – ĐT: (08) 3865 4412
"""

T02 = """
Củ Chi: Đưa thông tin chính thống về tận ấp, tổ nhân dân

Cập nhật ngày 14-01-2020

(Thanhuytphcm.vn) – Chiều 13/1, Huyện ủy Củ Chi tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019, triển khai nhiệm vụ năm 2020.

Là huyện ngoại thành có diện tích lớn nhất thành phố, với 20 xã, 1 thị trấn và hơn 400 nghìn dân, Củ Chi xác định phải đưa thông tin đến tận ấp, tổ nhân dân. Năm 2019, Ban Tuyên giáo Huyện ủy tham mưu triển khai hai đợt sinh hoạt chính trị: kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh và học tập chuyên đề năm 2019 về ý thức tôn trọng nhân dân. Các chi bộ ấp, khu phố tổ chức tổng cộng 1.148 buổi thảo luận chi bộ theo chuyên đề.

Trung tâm Chính trị huyện mở mười hai lớp (4 lớp sơ cấp lý luận chính trị, 5 lớp bồi dưỡng đảng viên mới và 3 lớp nhận thức về Đảng) với 1.034 học viên.

Theo bà Nguyễn Thị Thu Hà, Trưởng ban Tuyên giáo Huyện ủy Củ Chi, điểm mới của năm là mạng xã hội. “Toàn huyện hiện có 312 nhóm Zalo ấp, tổ nhân dân với khoảng 41.000 thành viên. Trong năm, fanpage Củ Chi Ngày Nay đăng 1.870 tin, bài, video clip, lượt tiếp cận ước đạt 2,6 triệu”, bà Hà cho biết.

Tuyên truyền miệng vẫn là thế mạnh. Đội ngũ báo cáo viên, tuyên truyền viên đã tổ chức 865 buổi nói chuyện thời sự tại ấp, với trên 52.000 lượt người nghe, tăng 6.400 lượt so với năm 2018. Ông Sáu Lực, 71 tuổi, ở ấp Phú Hiệp, xã Phú Mỹ Hưng, kể: “Tối thứ Bảy nào ấp tôi cũng có nói chuyện thời sự, nhà tôi 5 người thì 3 người đi nghe”.

Cuộc thi trắc nghiệm “Tìm hiểu về Khu di tích Địa đạo Củ Chi” thu hút 23.517 lượt người dự thi, trong đó học sinh chiếm khoảng 40%. Năm nay, huyện cũng đầu tư 4,2 tỷ đồng nâng cấp hệ thống truyền thanh ở 21 xã, thị trấn.

Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 14 tập thể, 22 cá nhân có thành tích xuất sắc. Năm 2019, Củ Chi xếp thứ 2/5 trong Cụm thi đua số 6 của Ban Tuyên giáo Thành ủy.

Năm 2020, huyện phấn đấu tổ chức không dưới 900 buổi tuyên truyền miệng, chào mừng Đại hội đại biểu Đảng bộ huyện lần thứ XI, nhiệm kỳ 2020 – 2025 và Đại hội XIII của Đảng.
"""

T03 = """
Ba địa phương cơ bản hoàn thành học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII

(Thanhuytphcm.vn) – Sáu tháng đầu năm 2022, các quận, huyện trên địa bàn Thành phố tập trung tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị. Ban Tuyên giáo Thành ủy đã ban hành 9 văn bản hướng dẫn, theo dõi sát tiến độ ở 21 quận, huyện và thành phố Thủ Đức. Dưới đây là cách làm của ba địa phương.

* Quận Gò Vấp
Quận ủy tổ chức 2 hội nghị cấp quận cho cán bộ chủ chốt; 16 đảng bộ phường và 37 chi, đảng bộ cơ sở mở 274 lớp, với 19.862 lượt cán bộ, đảng viên tham dự, đạt 96,37%. Song song, quận tổ chức 38 buổi nói chuyện chuyên đề về xây dựng, chỉnh đốn Đảng cho khoảng 4.100 lượt đoàn viên, hội viên. Phường 17, đơn vị đông đảng viên nhất quận, hoàn thành sớm nhất, chỉ trong 20 ngày.

* Quận 8
Dù tháng 1 trùng dịp Tết Nguyên đán Nhâm Dần, Quận ủy Quận 8 vẫn tổ chức 3 hội nghị cấp quận và 01 hội nghị trực tuyến kết nối 16 điểm cầu phường. Các đảng bộ phường mở 196 lớp ở cơ sở với 12.540 lượt cán bộ, đảng viên (đạt 95,9%); riêng quần chúng có 3.312 lượt tham dự. “Chi bộ tôi 42 đảng viên thì 41 đồng chí dự đủ, đồng chí còn lại nằm viện nên chi bộ mang tài liệu vào tận nơi”, ông Trần Văn Bảy, Bí thư Chi bộ khu phố 4, phường 5, kể.

* Huyện Nhà Bè
Huyện ủy tổ chức 02 hội nghị cấp huyện; các tổ chức cơ sở đảng mở 118 lớp, thu hút gần 7.900 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia đạt 97,02%. Cuộc thi viết “Chi bộ tôi học nghị quyết” do Ban Tuyên giáo Huyện ủy phát động nhận 416 bài dự thi; 10 bài hay nhất được giới thiệu trên trang thông tin điện tử huyện. Huyện ủy đã khen thưởng 5 tập thể và 9 cá nhân có cách làm hiệu quả. Nhà Bè đang hoàn thiện các tiêu chí để lên quận trước năm 2025.

Thời gian tới, Ban Tuyên giáo Thành ủy sẽ tổ chức 3 đoàn kiểm tra việc học tập nghị quyết tại các địa phương chưa hoàn thành, dự kiến xong trước ngày 30/9/2022.
"""

T04 = """
QUẬN ỦY PHÚ NHUẬN
BAN TUYÊN GIÁO

Phú Nhuận, ngày 03 tháng 10 năm 2024

TÓM TẮT KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ III NĂM 2024
(Tài liệu phục vụ giao ban Cụm thi đua số 2 ngày 04/10/2024)

1. Học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII
- Hội nghị cấp quận: 01 (trực tiếp kết hợp trực tuyến)
- Lớp ở cơ sở: 84; lượt cán bộ, đảng viên dự: 6.905; tỷ lệ: 97,4%
- Lượt quần chúng dự nghe: 1.218
- Số đảng viên chưa tham gia: 183 người (chủ yếu đảng viên lớn tuổi được miễn sinh hoạt)
- Bài thu hoạch của đảng viên: 6.120 bài

2. Tuyên truyền miệng, báo cáo viên
- Buổi nói chuyện thời sự, chuyên đề: 57 – lượt người nghe: khoảng 5.300
- Hội nghị báo cáo viên: 01 (tháng 8)
- Báo cáo viên cấp quận: 36 đồng chí; cộng tác viên dư luận xã hội: 52 đồng chí

3. Nắm bắt dư luận xã hội
- Báo cáo dư luận xã hội: 12 định kỳ, 4 đột xuất (chủ yếu quanh việc triển khai Đề án 06 và chỉnh trang bờ kè kênh Nhiêu Lộc – Thị Nghè)

4. Thông tin trên báo chí, không gian mạng
- Tin, bài trên trang thông tin điện tử quận: 286; trên fanpage “Phú Nhuận ngày nay”: 341
- Cuộc thi trực tuyến “Tìm hiểu truyền thống Đảng bộ quận Phú Nhuận” – lượt dự thi: 3.416
- Nhóm Zalo khu phố: 118 nhóm (hiện có gần 14.600 thành viên)
- Băng rôn, cờ phướn tuyên truyền kỷ niệm 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 420

5. Khen thưởng
- Tập thể được khen thưởng: 04
- Cá nhân được khen thưởng: 09 người

Ghi chú: số liệu tổng hợp từ báo cáo của 13 phường và 27 chi, đảng bộ cơ sở. So với quý II, số lớp ở cơ sở tăng 11 lớp; lượt quần chúng dự nghe tăng 20,5%.
Người tổng hợp: đồng chí Phạm Ngọc Trâm, chuyên viên Ban – ĐT: 028.3844.7291.
"""

D01, D02, D03, D04 = "2016-07-08", "2020-01-14", "2022-07-12", "2024-10-03"
PM, MS = "party_members", "masses"

DOCS = [
    Doc("h38_01", T01, Q10, h1(2016), D01, "text", facts=[
        F("tổ chức 03 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 97 lớp", 97, "study_sessions"),
        F("thu hút 8.416 lượt cán bộ, đảng viên", 8416, "study_attendance", a=PM),
        F("đạt 95,8%", 95.8, "study_participation_rate"),
        F("riêng quần chúng có 2.035 lượt tham dự", 2035, "study_attendance", a=MS),
        F("Còn 312 đảng viên chưa tham gia", 312, "other"),
        F("báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=inst("2016-06-30")),
        F("tổ chức hai hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("tổ chức 226 buổi tuyên truyền miệng", 226, "oral_propaganda_sessions"),
        F("khoảng 19.300 lượt người dự nghe", 19300, "propaganda_audience", "approx"),
        F("hiện có 58 cộng tác viên", 58, "opinion_collaborators", p=inst(D01)),
        F("gửi về Ban 34 báo cáo định kỳ", 34, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("đăng 412 tin, bài", 412, "news_items"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("treo 1.640 băng rôn", 1640, "other"),
        F("nhận được 1.276 bài dự thi", 1276, "contest_entries"),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("QUẬN 10", 10), ("Quận 10", 10),
              ("ngày 08 tháng 7 năm 2016", 8), ("6 tháng đầu năm 2016", 6),
              ("6 tháng cuối năm 2016", 6), ("15 đảng bộ phường", 15),
              ("24 chi, đảng bộ cơ sở", 24), ("30/6/2016", 30), ("tháng 2", 2), ("tháng 5", 5),
              ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5/2016", 22), ("hơn 85 người", 85),
              ("99,47%", 99.47), ("bổ sung 6 đồng chí", 6), ("Trong 6 tháng", 6),
              ("đường 3 Tháng 2", 3), ("mỗi số 2.500 bản", 2500), ("126 năm", 126),
              ("19/5/1890", 19), ("19/5/2016", 19), ("86 năm", 86), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("5 giải Ba", 5), ("5 năm", 5), ("Chỉ thị 03-CT/TW", 3),
              ("bằng khen cho 2 tập thể", 2), ("ít nhất 2 hội nghị báo cáo viên", 2),
              ("mở 4 lớp", 4), ("khoảng 150 cán bộ", 150), ("100% chi bộ", 100),
              ("71 năm", 71), ("Quốc khánh 2/9", 2), ("474", 474), ("Phường 12", 12),
              ("(08) 3865 4412", 8), ("1. Học tập", 1),
              ("2. Tuyên truyền miệng", 2), ("3. Nắm bắt", 3), ("4. Thông tin", 4),
              ("5. Hội thi", 5)]),
    Doc("h38_02", T02, CCHI, year(2019), D02, "text", facts=[
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tổng cộng 1.148 buổi thảo luận chi bộ", 1148, "party_cell_discussions"),
        F("mở mười hai lớp", 12, "training_classes"),
        F("với 1.034 học viên", 1034, "trainees"),
        F("hiện có 312 nhóm Zalo", 312, "chat_groups", p=inst(D02)),
        F("khoảng 41.000 thành viên", 41000, "chat_group_members", "approx", p=inst(D02)),
        F("đăng 1.870 tin, bài", 1870, "news_items"),
        F("lượt tiếp cận ước đạt 2,6 triệu", 2600000, "propaganda_audience", "approx"),
        F("tổ chức 865 buổi nói chuyện", 865, "oral_propaganda_sessions"),
        F("trên 52.000 lượt người nghe", 52000, "propaganda_audience", "at_least"),
        F("thu hút 23.517 lượt người dự thi", 23517, "contest_entries"),
        F("giấy khen cho 14 tập thể", 14, "commended_collectives"),
        F("22 cá nhân", 22, "commended_individuals"),
    ], traps=[("14-01-2020", 14), ("Chiều 13/1", 13), ("20 xã", 20), ("1 thị trấn", 1),
              ("hơn 400 nghìn dân", 400000), ("50 năm", 50), ("4 lớp sơ cấp", 4),
              ("5 lớp bồi dưỡng", 5), ("3 lớp nhận thức", 3), ("tăng 6.400 lượt", 6400),
              ("năm 2018", 2018), ("71 tuổi", 71), ("5 người", 5), ("3 người", 3),
              ("khoảng 40%", 40), ("4,2 tỷ đồng", 4200000000), ("21 xã", 21), ("2/5", 2),
              ("Cụm thi đua số 6", 6), ("Năm 2020", 2020), ("không dưới 900 buổi", 900),
              ("nhiệm kỳ 2020 – 2025", 2020)]),
    Doc("h38_03", T03, HCM, h1(2022), D03, "sidecar", meta={"date": D03}, facts=[
        F("ban hành 9 văn bản hướng dẫn", 9, "documents_issued"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=GVAP),
        F("mở 274 lớp", 274, "study_sessions", unit=GVAP),
        F("với 19.862 lượt cán bộ, đảng viên", 19862, "study_attendance", a=PM, unit=GVAP),
        F("đạt 96,37%", 96.37, "study_participation_rate", unit=GVAP),
        F("tổ chức 38 buổi nói chuyện", 38, "oral_propaganda_sessions", unit=GVAP),
        F("khoảng 4.100 lượt đoàn viên, hội viên", 4100, "propaganda_audience", "approx",
          a=MS, unit=GVAP),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=Q8),
        F("01 hội nghị trực tuyến", 1, "study_sessions", unit=Q8),
        F("mở 196 lớp", 196, "study_sessions", unit=Q8),
        F("với 12.540 lượt cán bộ, đảng viên", 12540, "study_attendance", a=PM, unit=Q8),
        F("(đạt 95,9%)", 95.9, "study_participation_rate", unit=Q8),
        F("riêng quần chúng có 3.312 lượt tham dự", 3312, "study_attendance", a=MS, unit=Q8),
        F("tổ chức 02 hội nghị cấp huyện", 2, "study_sessions", unit=NBE),
        F("mở 118 lớp", 118, "study_sessions", unit=NBE),
        F("gần 7.900 lượt cán bộ, đảng viên", 7900, "study_attendance", "at_most", a=PM,
          unit=NBE),
        F("tham gia đạt 97,02%", 97.02, "study_participation_rate", unit=NBE),
        F("nhận 416 bài dự thi", 416, "contest_entries", unit=NBE),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=NBE),
        F("5 tập thể và 9 cá nhân", 9, "commended_individuals", unit=NBE),
    ], traps=[("Trung ương 4", 4), ("Sáu tháng đầu năm 2022", 2022), ("21 quận, huyện", 21),
              ("16 đảng bộ phường", 16), ("37 chi, đảng bộ cơ sở", 37), ("Phường 17", 17),
              ("20 ngày", 20), ("Quận 8", 8), ("tháng 1", 1), ("16 điểm cầu", 16),
              ("42 đảng viên", 42), ("41 đồng chí", 41), ("khu phố 4", 4), ("phường 5", 5),
              ("10 bài hay nhất", 10), ("trước năm 2025", 2025), ("3 đoàn kiểm tra", 3),
              ("30/9/2022", 30)]),
    Doc("h38_04", T04, PNHUAN, quarter(3, 2024), D04, "text", facts=[
        F("Hội nghị cấp quận: 01", 1, "study_sessions"),
        F("Lớp ở cơ sở: 84", 84, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 6.905", 6905, "study_attendance", a=PM),
        F("tỷ lệ: 97,4%", 97.4, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.218", 1218, "study_attendance", a=MS),
        F("Số đảng viên chưa tham gia: 183 người", 183, "other"),
        F("Bài thu hoạch của đảng viên: 6.120 bài", 6120, "other"),
        F("lượt dự thi: 3.416", 3416, "contest_entries"),
        F("Buổi nói chuyện thời sự, chuyên đề: 57", 57, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 5.300", 5300, "propaganda_audience", "approx"),
        F("Hội nghị báo cáo viên: 01", 1, "reporter_conferences"),
        F("Báo cáo viên cấp quận: 36 đồng chí", 36, "reporters", p=end_of(quarter(3, 2024))),
        F("cộng tác viên dư luận xã hội: 52 đồng chí", 52, "opinion_collaborators",
          p=end_of(quarter(3, 2024))),
        F("Báo cáo dư luận xã hội: 12 định kỳ", 12, "opinion_reports"),
        F("4 đột xuất", 4, "opinion_reports"),
        F("trang thông tin điện tử quận: 286", 286, "news_items"),
        F("“Phú Nhuận ngày nay”: 341", 341, "news_items"),
        F("Nhóm Zalo khu phố: 118 nhóm", 118, "chat_groups", p=end_of(quarter(3, 2024))),
        F("hiện có gần 14.600 thành viên", 14600, "chat_group_members", "at_most",
          p=inst(D04)),
        F("Quốc khánh 2/9: 420", 420, "other"),
        F("Tập thể được khen thưởng: 04", 4, "commended_collectives"),
        F("Cá nhân được khen thưởng: 09 người", 9, "commended_individuals"),
    ], traps=[("ngày 03 tháng 10 năm 2024", 3), ("QUÝ III NĂM 2024", 2024),
              ("Cụm thi đua số 2", 2), ("04/10/2024", 4), ("Trung ương 8", 8), ("tháng 8", 8),
              ("Đề án 06", 6), ("79 năm", 79), ("13 phường", 13), ("27 chi, đảng bộ cơ sở", 27),
              ("tăng 11 lớp", 11), ("tăng 20,5%", 20.5), ("028.3844.7291", 28),
              ("Quốc khánh 2/9", 2), ("1. Học tập", 1), ("2. Tuyên truyền", 2),
              ("3. Nắm bắt", 3), ("4. Thông tin", 4), ("5. Khen thưởng", 5)]),
]
