"""Held-out set holdout36, part 3: interviews with the heads of district propaganda boards in Ho
Chi Minh City (Huyện Cần Giờ on 2020, Huyện Hóc Môn on 2024), written as question-and-answer
transcripts.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the samples, without reading or running the extractor. Decisions where the guide
leaves room:
- A speaker label naming the official with title and name ("Trưởng ban Lê Thị Thu Ba:",
  "Đồng chí Trưởng ban:") makes the answer the unit's; a boxed resident's opinion with a name
  only ("Ông Sáu Lộc (70 tuổi, ...): “...”") and words in single quotes inside an answer are
  anecdotes.
- Followers of a fanpage "hiện có gần 12.000 người theo dõi" are propaganda_audience, at_most, an
  instant at the document date.
- "Đội ngũ 28 cộng tác viên ... năm 2020 gửi ..." : the collaborators are a stock at the end of
  2020 (no "hiện" marker), the reports a flow of the year.
- Number words inside personal names (Thu Ba, Văn Năm, Sáu Lộc) are traps.
"""
from build_gold import Doc, F, U, end_of, inst, year

CGIO, HMON = U("Huyện Cần Giờ"), U("Huyện Hóc Môn")

T05 = """
Làm tuyên giáo ở huyện ven biển trong năm dịch bệnh

Huyện Cần Giờ cách trung tâm Thành phố khoảng 50 km, có 6 xã và 1 thị trấn với dân số hơn 75 nghìn người; riêng xã đảo Thạnh An, muốn vào đất liền phải đi tàu gần 1 giờ. Nhân dịp tổng kết năm 2020, phóng viên đã trao đổi với bà Lê Thị Thu Ba, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Cần Giờ.

Phóng viên: Thưa bà, năm 2020 vừa có dịch Covid-19 vừa là năm Đại hội Đảng các cấp. Việc học tập, quán triệt nghị quyết ở Cần Giờ diễn ra như thế nào?

Trưởng ban Lê Thị Thu Ba: Năm qua, Huyện ủy tổ chức 3 hội nghị cấp huyện, các chi, đảng bộ cơ sở mở 71 lớp học tập, quán triệt, với 4.382 lượt cán bộ, đảng viên tham dự, đạt 96,7%. Có thời điểm phải giãn cách, mỗi buổi học chỉ được tổ chức với dưới 20 người, nên số lớp tăng 18 lớp so với năm 2019. Đại hội đại biểu Đảng bộ huyện lần thứ XI, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 21 đến 23/7/2020; ngay sau đó, chúng tôi đưa kết quả Đại hội về tận các ấp.

Phóng viên: Địa bàn rộng, dân cư phân tán, thông tin đến với người dân bằng cách nào?

Trưởng ban Lê Thị Thu Ba: Chúng tôi dựa nhiều vào mạng xã hội. Fanpage “Cần Giờ xanh” của Ban hiện có gần 12.000 người theo dõi. Ấp nào cũng có nhóm Zalo; toàn huyện hiện có 42 nhóm với hơn 8.300 thành viên. Năm qua, các nhóm này chuyển tải khoảng 3.900 tin về phòng, chống dịch, hạn mặn, triều cường. Ở xã đảo Thạnh An, cán bộ cầm loa đi từng xóm; cả năm các ấp tổ chức 58 buổi tuyên truyền miệng với khoảng 5.200 lượt người nghe. Có chú ngư dân nói với tôi: ‘Đi biển 15 đến 20 ngày mới về, về tới là mở Zalo coi tin liền’.

Phóng viên: Công tác nắm bắt dư luận xã hội có gì đáng chú ý?

Trưởng ban Lê Thị Thu Ba: Đội ngũ 28 cộng tác viên dư luận xã hội của huyện năm 2020 gửi về Ban 36 báo cáo, tập trung vào tâm tư người dân quanh dự án khu đô thị du lịch lấn biển rộng khoảng 2.870 ha và chuyện giá tôm, giá cá. Vừa qua, Huyện ủy đã khen thưởng 7 tập thể và 12 cá nhân có thành tích trong công tác tuyên giáo.

Phóng viên: Năm 2021, Cần Giờ đặt mục tiêu gì?

Trưởng ban Lê Thị Thu Ba: Chúng tôi phấn đấu mỗi ấp có ít nhất 2 tuyên truyền viên nòng cốt, tổ chức không dưới 60 buổi tuyên truyền miệng và học tập Nghị quyết Đại hội XIII của Đảng cho 100% đảng viên trong quý II/2021.
"""

T11 = """
Thứ Hai, ngày 23 tháng 12 năm 2024

Trưởng ban Tuyên giáo Huyện ủy Hóc Môn: “Nghị quyết phải về tới ấp, tới từng nhà”

Hóc Môn đang tập trung hoàn thành các tiêu chí để trở thành quận vào năm 2025. Nhân dịp cuối năm, phóng viên trao đổi với đồng chí Trần Văn Năm, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Hóc Môn, về công tác tuyên giáo năm 2024.

Phóng viên: Năm 2024, việc học tập nghị quyết ở Hóc Môn có điểm gì mới?

Đồng chí Trưởng ban: Năm nay, huyện triển khai các Nghị quyết Trung ương 8, 9, 10 khóa XIII. Huyện ủy tổ chức 3 hội nghị cấp huyện; các chi, đảng bộ cơ sở mở 236 lớp với 14.870 lượt cán bộ, đảng viên, riêng quần chúng có 3.210 lượt dự nghe. Tỷ lệ đảng viên tham gia đạt 96,9%, tăng 1,2% so với năm 2023. Điểm mới là lớp nào ở ấp cũng dành ít nhất 30 phút để người dân hỏi đáp.

Phóng viên: Sinh hoạt chi bộ thì sao, thưa đồng chí?

Đồng chí Trưởng ban: Các chi bộ ấp, khu phố đã tổ chức 1.184 buổi sinh hoạt chuyên đề, nhiều buổi rất sôi nổi. Có bác bí thư chi bộ ấp Tân Hòa nói với tôi: ‘Chi bộ tôi 37 đảng viên, tháng nào cũng có người xin phát biểu, có buổi kéo dài tới 3 tiếng’.

Phóng viên: Huyện sử dụng mạng xã hội như thế nào?

Đồng chí Trưởng ban: Huyện hiện có 1 trang thông tin điện tử, 12 fanpage của các xã, thị trấn và 1 kênh TikTok “Hóc Môn mới”; các ấp, khu phố có 268 nhóm Zalo với khoảng 47.000 thành viên. Năm 2024, các trang của huyện đăng 5.316 tin, bài, video. Hiện huyện có 54 báo cáo viên và 86 cộng tác viên dư luận xã hội; năm qua đội ngũ cộng tác viên gửi về Ban 96 báo cáo về tình hình tư tưởng.

Ý kiến người dân
Ông Sáu Lộc (70 tuổi, ấp 3, xã Đông Thạnh): “Tháng nào tôi cũng đi nghe nói chuyện thời sự 2 lần, về kể lại cho cả xóm nghe”.

Phóng viên: Công tác bồi dưỡng, khen thưởng năm nay có gì đáng chú ý?

Đồng chí Trưởng ban: Trung tâm Chính trị huyện mở 9 lớp bồi dưỡng lý luận chính trị, đảng viên mới với 712 học viên. Tại hội nghị tổng kết ngày 20/12, Huyện ủy đã khen thưởng 8 tập thể và 15 cá nhân.

Phóng viên: Năm 2025, huyện đặt mục tiêu gì?

Đồng chí Trưởng ban: Năm 2025, chúng tôi phấn đấu 100% ấp, khu phố có fanpage hoặc nhóm Zalo chính danh, tổ chức ít nhất 300 buổi nói chuyện chuyên đề, chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.
"""

D05, D11 = "2021-01-12", "2024-12-23"

DOCS = [
    Doc("h36_05", T05, CGIO, year(2020), D05, "sidecar", meta={"date": D05}, facts=[
        F("tổ chức 3 hội nghị cấp huyện", 3, "study_sessions"),
        F("mở 71 lớp học tập, quán triệt", 71, "study_sessions"),
        F("với 4.382 lượt cán bộ, đảng viên", 4382, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("hiện có gần 12.000 người theo dõi", 12000, "propaganda_audience", "at_most",
          p=inst(D05)),
        F("hiện có 42 nhóm", 42, "chat_groups", p=inst(D05)),
        F("hơn 8.300 thành viên", 8300, "chat_group_members", "at_least", p=inst(D05)),
        F("khoảng 3.900 tin", 3900, "news_items", "approx"),
        F("tổ chức 58 buổi tuyên truyền miệng", 58, "oral_propaganda_sessions"),
        F("khoảng 5.200 lượt người nghe", 5200, "propaganda_audience", "approx"),
        F("Đội ngũ 28 cộng tác viên", 28, "opinion_collaborators", p=end_of(year(2020))),
        F("gửi về Ban 36 báo cáo", 36, "opinion_reports"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("khoảng 50 km", 50), ("6 xã", 6), ("1 thị trấn", 1),
              ("hơn 75 nghìn người", 75000), ("gần 1 giờ", 1), ("tổng kết năm 2020", 2020),
              ("Lê Thị Thu Ba", 3), ("Covid-19", 19), ("dưới 20 người", 20),
              ("tăng 18 lớp", 18), ("so với năm 2019", 2019), ("lần thứ XI", 11),
              ("nhiệm kỳ 2020 – 2025", 2020), ("từ ngày 21", 21), ("23/7/2020", 23),
              ("15 đến 20 ngày", 15), ("khoảng 2.870 ha", 2870), ("Năm 2021", 2021),
              ("ít nhất 2 tuyên truyền viên", 2), ("không dưới 60 buổi", 60),
              ("Đại hội XIII", 13), ("100% đảng viên", 100), ("quý II/2021", 2021)]),
    Doc("h36_11", T11, HMON, year(2024), D11, "text", facts=[
        F("tổ chức 3 hội nghị cấp huyện", 3, "study_sessions"),
        F("mở 236 lớp", 236, "study_sessions"),
        F("với 14.870 lượt cán bộ, đảng viên", 14870, "study_attendance", a="party_members"),
        F("có 3.210 lượt dự nghe", 3210, "study_attendance", a="masses"),
        F("tham gia đạt 96,9%", 96.9, "study_participation_rate"),
        F("tổ chức 1.184 buổi sinh hoạt chuyên đề", 1184, "party_cell_discussions"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D11)),
        F("12 fanpage", 12, "social_pages", p=inst(D11)),
        F("1 kênh TikTok", 1, "social_pages", p=inst(D11)),
        F("có 268 nhóm Zalo", 268, "chat_groups", p=inst(D11)),
        F("khoảng 47.000 thành viên", 47000, "chat_group_members", "approx", p=inst(D11)),
        F("đăng 5.316 tin, bài", 5316, "news_items"),
        F("Hiện huyện có 54 báo cáo viên", 54, "reporters", p=inst(D11)),
        F("86 cộng tác viên", 86, "opinion_collaborators", p=inst(D11)),
        F("gửi về Ban 96 báo cáo", 96, "opinion_reports"),
        F("mở 9 lớp bồi dưỡng lý luận chính trị", 9, "training_classes"),
        F("với 712 học viên", 712, "trainees"),
        F("khen thưởng 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể và 15 cá nhân", 15, "commended_individuals"),
    ], traps=[("ngày 23 tháng 12 năm 2024", 23), ("vào năm 2025", 2025),
              ("Trần Văn Năm", 5), ("công tác tuyên giáo năm 2024", 2024),
              ("Trung ương 8", 8), ("9, 10 khóa XIII", 9), ("10 khóa XIII", 10),
              ("tăng 1,2%", 1.2), ("so với năm 2023", 2023), ("ít nhất 30 phút", 30),
              ("37 đảng viên", 37), ("3 tiếng", 3), ("Sáu Lộc", 6), ("70 tuổi", 70),
              ("ấp 3", 3), ("2 lần", 2), ("ngày 20/12", 20), ("Năm 2025, chúng tôi", 2025),
              ("100% ấp", 100), ("ít nhất 300 buổi", 300), ("50 năm", 50)]),
]
