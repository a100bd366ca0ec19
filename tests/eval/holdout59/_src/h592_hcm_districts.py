"""holdout59, part 2: Ho Chi Minh City districts and the city before the reform (2017, 2019, 2021).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or running
the extractor or any other eval set.

Decisions where the guide leaves room:
- in a table whose columns are measures, the "Tổng cộng" row is a fact of each measure (the guide
  says so), so the totals are labeled next to the per-row values;
- workers at a talk in an industrial park are audience `all`; the park's workforce is a trap;
- grassroots tuyên truyền viên and volunteers mobilised are `other`;
- a district named inside a city-level article with its own sentence ("Tại Quận 3, ...") is the
  actor of that sentence; the city-wide figures are the province's;
- followers of a fanpage are propaganda_audience at the document date;
- "ngót N lượt đảng viên dự" the party cells' sessions on the year's chuyên đề is read as
  study_attendance (party members); the sessions themselves are party_cell_discussions.
"""
from build_gold import Doc, F, U, h1, inst, m9, quarter

Q10, CCHI, HCM = U("Quận 10"), U("Huyện Củ Chi"), U("Thành phố Hồ Chí Minh")
Q3, NBE = U("Quận 3"), U("Huyện Nhà Bè")

T04 = """
QUẬN ỦY QUẬN 10
BAN TUYÊN GIÁO

TÓM TẮT KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ III NĂM 2017

1. Học tập, quán triệt nghị quyết, chỉ thị

Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)
Nghị quyết Trung ương 5 khóa XII | 42 | 7.815 | 96,3
Chỉ thị 05-CT/TW, chuyên đề năm 2017 | 38 | 7.402 | 93,8
Tổng cộng | 80 | 15.217 |

2. Tuyên truyền miệng, thông tin
- Buổi nói chuyện thời sự: 126 – lượt người nghe: khoảng 9.800
- Tin, bài trên trang thông tin điện tử quận: 214; trên Zalo OA “Quận 10 – Thông tin”: 97
- Băng rôn, khẩu hiệu kỷ niệm 72 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 460
- Lượt xe loa tuyên truyền lưu động: 85
- Văn bản hướng dẫn đã ban hành: 09

3. Báo cáo viên, dư luận xã hội
- Báo cáo viên cấp quận: 41 đồng chí (tính đến 30/9/2017)
- Báo cáo dư luận xã hội: 12 định kỳ, 4 đột xuất
- Hội nghị báo cáo viên: 01 (tháng 8)

4. Đánh giá chung
Quý III, hệ thống tuyên giáo quận hoàn thành cơ bản các chỉ tiêu; tỷ lệ đảng viên học tập Chỉ thị 05 còn thấp hơn quý II khoảng 2%. Theo đánh giá của Ban Tuyên giáo Thành ủy, Quận 10 xếp thứ 2/24 trong khối quận, huyện về công tác tuyên truyền miệng. Một số phường như phường 12, phường 14 làm tốt việc tuyên truyền tại các chợ, trong đó có chợ Hòa Hưng với gần 600 tiểu thương.

Tại chợ Nguyễn Tri Phương, Ban Tuyên giáo phối hợp Ban quản lý chợ tổ chức 5 buổi nói chuyện về văn minh thương mại, hơn 700 tiểu thương được tuyên truyền.

Nhiệm vụ quý IV: tổ chức Hội thi báo cáo viên giỏi cấp quận, dự kiến có 20 thí sinh; hoàn thành sơ kết 1 năm thực hiện Chỉ thị 05; phát hành thêm 3 số Bản tin nội bộ.

Địa chỉ: 474 Đường 3/2, phường 12, Quận 10. ĐT: 028.3862.5140
"""

T05 = """
Củ Chi: Đất thép hôm nay học nghị quyết, làm theo Bác

Ngày 12/7/2019, Huyện ủy Củ Chi tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo, 6 tháng đầu năm, Ban Tuyên giáo Huyện ủy đã tham mưu tổ chức 4 hội nghị cấp huyện học tập chuyên đề năm 2019 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nêu cao tinh thần trách nhiệm, chống chủ nghĩa cá nhân, nói đi đôi với làm”. Tại 21 xã, 1 thị trấn, các chi bộ ấp đã tổ chức 356 buổi sinh hoạt chi bộ thảo luận chuyên đề, ngót 12 nghìn lượt đảng viên dự.

Huyện ủy cũng triển khai đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019). Đây là một trong ba đợt sinh hoạt chính trị mà Thành ủy phát động trong năm.

Với khu vực công nghiệp, huyện tổ chức 18 buổi nói chuyện tại Khu công nghiệp Tây Bắc Củ Chi, nơi có hơn 30.000 lao động, thu hút 2.600 lượt công nhân đến nghe. Các xã vận động 320 tình nguyện viên tham gia tuyên truyền về phòng, chống dịch tả lợn châu Phi; các ấp hiện có 86 tuyên truyền viên thường xuyên đến từng hộ dân.

Bà Trần Thị Út, 64 tuổi, ấp Phú Hiệp, xã Phú Mỹ Hưng, nói: “Nhà tôi nuôi 30 con heo, nghe cán bộ ấp nói kỹ cách phòng dịch nên giữ được cả đàn.”

Trung tâm Bồi dưỡng chính trị huyện phối hợp mở 1 lớp trung cấp lý luận chính trị – hành chính với 96 học viên, đồng thời mở 3 lớp bồi dưỡng đảng viên mới. Trong 6 tháng, Ban Thường vụ Huyện ủy ban hành 11 văn bản chỉ đạo công tác tư tưởng.

Huyện ủy cũng tổ chức 6 hội nghị tiếp xúc cử tri với đại biểu HĐND huyện. Cuộc thi viết “Củ Chi – những tấm gương bình dị” nhận được 1.245 tác phẩm dự thi; 30 tác phẩm vào vòng chung khảo.

Dịp này, Huyện ủy khen thưởng 14 tập thể và 23 cá nhân. Huyện ủy cũng trích 150 triệu đồng kinh phí hỗ trợ in tài liệu sinh hoạt cho các chi bộ ấp. Trong 6 tháng cuối năm, huyện sẽ tổ chức tuyên truyền kỷ niệm 45 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2020) và Đại hội đảng bộ cơ sở nhiệm kỳ 2020 – 2025.
"""

T06 = """
Cập nhật ngày 08-10-2021

TP.HCM: Công tác tuyên giáo 9 tháng năm 2021 thích ứng với đại dịch

Ngày 7/10, Ban Tuyên giáo Thành ủy TP.HCM tổ chức giao ban trực tuyến công tác tuyên giáo 9 tháng năm 2021 với các quận, huyện, TP Thủ Đức.

Theo báo cáo, 9 tháng năm 2021, toàn Đảng bộ Thành phố tổ chức 2.350 hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XI, với hơn 412.000 lượt cán bộ, đảng viên tham dự. Từ cuối tháng 5, khi dịch Covid-19 bùng phát, nhiều hội nghị chuyển sang hình thức trực tuyến, kết nối tới 322 điểm cầu phường, xã, thị trấn. Ban Tuyên giáo Thành ủy đã tham mưu ban hành 36 văn bản định hướng thông tin về phòng, chống dịch và thực hiện gói hỗ trợ trị giá khoảng 26.000 tỷ đồng của Chính phủ.

Trên môi trường mạng, hệ thống tuyên giáo Thành phố đăng tải xấp xỉ 185 nghìn tin, bài, video clip, infographic. Các sản phẩm này có lượt tiếp cận ước đạt 3,5 triệu. Đội ngũ cộng tác viên dư luận xã hội của Thành phố gửi về Ban 1.420 báo cáo nhanh về tâm trạng xã hội trong thời gian giãn cách theo Chỉ thị 16/CT-TTg.

Tại Quận 3, Quận ủy duy trì fanpage “Quận 3 – Thông tin và sự kiện” với gần 40.000 người theo dõi; trong 9 tháng, trang đăng hơn 1.900 tin, bài. Tại Huyện Nhà Bè, Huyện ủy lập thêm 38 nhóm Zalo mới, nâng tổng số lên 312 nhóm với khoảng 27.000 thành viên.

“Trong những ngày cao điểm, mỗi ngày chúng tôi nhận hàng trăm tin nhắn hỏi về điểm tiêm, về túi an sinh”, một cán bộ khu phố ở phường 5, Quận 3 kể.

Trong 9 tháng, Thành phố cũng tổ chức Cuộc thi trực tuyến tìm hiểu về phòng, chống Covid-19 với 98.640 lượt người dự thi. Tỷ lệ người từ 18 tuổi trở lên đã tiêm ít nhất 1 mũi vắc xin đạt 97,2%. Với hơn 9 triệu dân, TP.HCM là địa phương chịu ảnh hưởng nặng nề nhất.

Quý IV, Ban Tuyên giáo Thành ủy sẽ tổ chức sơ kết 1 năm thực hiện Nghị quyết Đại hội XIII và phấn đấu 100% đảng viên học tập chuyên đề năm 2021.
"""

D04, D05, D06 = "2017-10-06", "2019-07-12", "2021-10-08"

DOCS = [
    Doc("h59_04", T04, Q10, quarter(3, 2017), D04, "sidecar", meta={"date": D04}, facts=[
        F("khóa XII | 42", 42, "study_sessions"),
        F("42 | 7.815", 7815, "study_attendance", a="party_members"),
        F("7.815 | 96,3", 96.3, "study_participation_rate"),
        F("năm 2017 | 38", 38, "study_sessions"),
        F("38 | 7.402", 7402, "study_attendance", a="party_members"),
        F("7.402 | 93,8", 93.8, "study_participation_rate"),
        F("Tổng cộng | 80", 80, "study_sessions"),
        F("80 | 15.217", 15217, "study_attendance", a="party_members"),
        F("Buổi nói chuyện thời sự: 126", 126, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 9.800", 9800, "propaganda_audience", "approx"),
        F("trang thông tin điện tử quận: 214", 214, "news_items"),
        F("Thông tin”: 97", 97, "news_items"),
        F("Quốc khánh 2/9: 460", 460, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 85", 85, "other"),
        F("Văn bản hướng dẫn đã ban hành: 09", 9, "documents_issued"),
        F("Báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=inst("2017-09-30")),
        F("Báo cáo dư luận xã hội: 12 định kỳ", 12, "opinion_reports"),
        F("4 đột xuất", 4, "opinion_reports"),
        F("Hội nghị báo cáo viên: 01", 1, "reporter_conferences"),
        F("tổ chức 5 buổi nói chuyện", 5, "oral_propaganda_sessions"),
        F("hơn 700 tiểu thương", 700, "propaganda_audience", "at_least"),
    ], traps=[("QUẬN ỦY QUẬN 10", 10), ("QUÝ III NĂM 2017", 2017), ("Trung ương 5", 5),
              ("05-CT/TW", 5), ("chuyên đề năm 2017", 2017), ("Quốc khánh 2/9", 2), ("Quận 10", 10), ("72 năm", 72), ("30/9/2017", 30), ("(tháng 8)", 8),
              ("Chỉ thị 05", 5), ("khoảng 2%", 2), ("thứ 2/24", 2), ("phường 12", 12),
              ("phường 14", 14), ("gần 600 tiểu thương", 600), ("có 20 thí sinh", 20),
              ("sơ kết 1 năm", 1), ("thêm 3 số", 3), ("474 Đường 3/2", 474),
              ("028.3862.5140", 28)]),
    Doc("h59_05", T05, CCHI, h1(2019), D05, "text", facts=[
        F("tổ chức 4 hội nghị cấp huyện", 4, "study_sessions"),
        F("tổ chức 356 buổi sinh hoạt chi bộ", 356, "party_cell_discussions"),
        F("ngót 12 nghìn lượt đảng viên", 12000, "study_attendance", "at_most",
          a="party_members"),
        F("một trong ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("tổ chức 18 buổi nói chuyện", 18, "oral_propaganda_sessions"),
        F("thu hút 2.600 lượt công nhân", 2600, "propaganda_audience"),
        F("vận động 320 tình nguyện viên", 320, "other"),
        F("hiện có 86 tuyên truyền viên", 86, "other", p=inst(D05)),
        F("mở 1 lớp trung cấp", 1, "training_classes"),
        F("với 96 học viên", 96, "trainees"),
        F("mở 3 lớp bồi dưỡng đảng viên mới", 3, "training_classes"),
        F("ban hành 11 văn bản", 11, "documents_issued"),
        F("tổ chức 6 hội nghị tiếp xúc cử tri", 6, "other"),
        F("nhận được 1.245 tác phẩm dự thi", 1245, "contest_entries"),
        F("khen thưởng 14 tập thể", 14, "commended_collectives"),
        F("14 tập thể và 23 cá nhân", 23, "commended_individuals"),
        F("trích 150 triệu đồng kinh phí", 150000000, "other"),
    ], traps=[("Ngày 12/7/2019", 12), ("6 tháng đầu năm 2019", 6), ("6 tháng cuối năm", 6),
              ("6 tháng đầu năm,", 6), ("chuyên đề năm 2019", 2019), ("21 xã", 21),
              ("1 thị trấn", 1), ("50 năm", 50), ("(1969 – 2019)", 1969),
              ("hơn 30.000 lao động", 30000), ("64 tuổi", 64), ("nuôi 30 con heo", 30),
              ("Trong 6 tháng,", 6), ("30 tác phẩm vào vòng chung khảo", 30),
              ("45 năm", 45), ("30/4/1975", 30), ("30/4/2020", 30),
              ("nhiệm kỳ 2020 – 2025", 2020)]),
    Doc("h59_06", T06, HCM, m9(2021), D06, "text", facts=[
        F("tổ chức 2.350 hội nghị học tập", 2350, "study_sessions"),
        F("hơn 412.000 lượt cán bộ, đảng viên", 412000, "study_attendance", "at_least",
          a="party_members"),
        F("ban hành 36 văn bản", 36, "documents_issued"),
        F("xấp xỉ 185 nghìn tin, bài", 185000, "news_items", "approx"),
        F("lượt tiếp cận ước đạt 3,5 triệu", 3500000, "propaganda_audience", "approx"),
        F("gửi về Ban 1.420 báo cáo", 1420, "opinion_reports"),
        F("gần 40.000 người theo dõi", 40000, "propaganda_audience", "at_most", unit=Q3,
          p=inst(D06)),
        F("đăng hơn 1.900 tin, bài", 1900, "news_items", "at_least", unit=Q3),
        F("lên 312 nhóm", 312, "chat_groups", unit=NBE, p=inst("2021-09-30")),
        F("khoảng 27.000 thành viên", 27000, "chat_group_members", "approx", unit=NBE,
          p=inst("2021-09-30")),
        F("với 98.640 lượt người dự thi", 98640, "contest_entries"),
    ], traps=[("08-10-2021", 8), ("9 tháng năm 2021", 9), ("Ngày 7/10", 7),
              ("lần thứ XI", 11), ("Covid-19", 19), ("322 điểm cầu", 322),
              ("khoảng 26.000 tỷ đồng", 26000000000), ("Chỉ thị 16/CT-TTg", 16),
              ("Quận 3", 3), ("trong 9 tháng", 9), ("thêm 38 nhóm Zalo", 38),
              ("hàng trăm tin nhắn", 100), ("phường 5", 5), ("Trong 9 tháng", 9),
              ("18 tuổi", 18), ("ít nhất 1 mũi", 1), ("đạt 97,2%", 97.2),
              ("hơn 9 triệu dân", 9000000), ("sơ kết 1 năm", 1), ("100% đảng viên", 100),
              ("chuyên đề năm 2021", 2021)]),
]
