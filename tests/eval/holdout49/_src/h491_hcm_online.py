"""holdout49, part 1: online propaganda in HCMC districts (Quận 7 2023, Quận 12 2022, a
cluster bulletin with a table for Quận 4 / Quận 7 / Quận 12, quý II 2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and
the five sample reports for style, without reading or running the extractor.

Decisions where the guide leaves room (the same in every part of this set):
- a "buổi livestream tuyên truyền ..." is an oral_propaganda_sessions (its noun phrase says
  tuyên truyền); its "lượt xem" are propaganda_audience (a flow of the period);
- followers of a page or a Zalo OA ("người theo dõi", "người quan tâm") are
  propaganda_audience, an instant at the document date;
- a stock stated in a sentence with the report's period and no marker ("đội ngũ 27 cộng tác
  viên", "vận hành 1 trang thông tin điện tử, 13 fanpage") is an instant at the period's end;
- short videos, "kỳ" of a column, bulletins sent by a Zalo OA are news_items;
- in a table whose columns are units each cell is its column's unit; the rank row is a trap.
"""
from build_gold import Doc, F, U, end_of, inst, quarter, year

Q4, Q7, Q12 = U("Quận 4"), U("Quận 7"), U("Quận 12")

T01 = """
Cập nhật ngày 12-01-2024 09:40

Quận 7: Mạng xã hội thành "mặt trận" mới của công tác tuyên giáo

(Cổng TTĐT Quận 7) – Năm 2023, Ban Tuyên giáo Quận ủy Quận 7 đẩy mạnh chuyển đổi số, lấy các nền tảng số làm kênh chủ lực để đưa thông tin chính thống đến người dân 10 phường trên địa bàn.

Theo báo cáo tổng kết, trong năm Cổng thông tin điện tử quận cùng chuyên trang của các phường đăng tải 4.318 tin, bài, ảnh; fanpage "Quận 7 ngày mới" đăng 1.926 tin, video clip, lượt tiếp cận ước đạt 3,2 triệu, tăng 23% so với năm 2022. Kênh TikTok của Quận Đoàn phát hành 214 video ngắn, trong đó 37 video đạt trên 100 nghìn lượt xem mỗi video.

Điểm mới của năm là hình thức livestream. Quận tổ chức 18 buổi livestream tuyên truyền về cải cách hành chính, phòng cháy chữa cháy và an toàn giao thông; mỗi buổi kéo dài từ 60 đến 90 phút, tổng cộng thu hút khoảng 146 nghìn lượt xem trực tiếp. Quận hiện có 2 tài khoản Zalo OA và 14 fanpage của các phường, đoàn thể. Hai tài khoản Zalo OA hiện có 41.250 người quan tâm; trong năm đã gửi 96 bản tin điện tử đến người dùng. Toàn quận hiện có 312 nhóm Zalo khu phố, tổ dân phố với gần 38.000 thành viên.

"Chúng tôi không chạy theo lượt thích. Một video chỉ vài chục giây nhưng giải thích rõ thủ tục đăng ký tạm trú thì được chia sẻ rất nhiều. Năm qua, đội ngũ 27 cộng tác viên dư luận xã hội của quận đã gửi 64 báo cáo, phần lớn phản ánh ý kiến người dân trên mạng", bà Lê Thị Thu Trang, Phó Trưởng ban Tuyên giáo Quận ủy Quận 7 cho biết.

Chị Nguyễn Ngọc Bích, cư dân một chung cư ở phường Tân Hưng, kể: "Tối nào tôi cũng xem livestream của phường, có hôm hơn 300 người cùng hỏi về lịch tiêm chủng cho trẻ".

Về chỉ số tương tác của các trang chính danh, Quận 7 được Ban Tuyên giáo Thành ủy xếp thứ 4/22 quận, huyện và TP Thủ Đức. Dịp tổng kết, Ban Thường vụ Quận ủy tặng giấy khen cho 8 tập thể và 11 cá nhân có thành tích trong công tác tuyên truyền trên không gian mạng.

Năm 2024, quận phấn đấu mỗi phường có ít nhất 01 kênh video ngắn và nâng số người quan tâm Zalo OA lên 60.000. Mọi phản ánh xin gửi về Ban Tuyên giáo Quận ủy, số 7 Tân Phú, phường Tân Phú, Quận 7; điện thoại 028.3776.1234.
"""

T03 = """
Trưởng ban Tuyên giáo Quận ủy Quận 12: "Tuyên truyền trên mạng phải nhanh hơn tin giả"

Năm 2022, Quận 12 là một trong những địa phương có nhiều cách làm mới trong tuyên truyền trên không gian mạng. Phóng viên đã có cuộc trao đổi với đồng chí Trần Minh Quân, Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Tuyên giáo Quận ủy Quận 12.

Phóng viên: Thưa đồng chí, sau hơn 2 năm chịu ảnh hưởng của dịch Covid-19, công tác tuyên truyền của quận đã thay đổi thế nào?

Đồng chí Trưởng ban: "Đại dịch buộc chúng tôi phải chuyển mình. Năm nay, Ban cùng các phường vận hành 1 trang thông tin điện tử, 13 fanpage và 2 kênh TikTok, đăng tổng cộng 6.480 tin, bài, video. Các kênh này có khoảng 1,9 triệu lượt tiếp cận. Riêng nhóm Zalo, quận hiện có 624 nhóm khu phố, tổ dân phố, số thành viên hiện nay khoảng 52.300 người."

Phóng viên: Còn việc học tập nghị quyết thì sao, thưa đồng chí?

Đồng chí Trưởng ban: "Việc học tập, quán triệt Nghị quyết Trung ương 6 khóa XIII được tổ chức nghiêm túc. Quận tổ chức 4 hội nghị cấp quận, các chi, đảng bộ cơ sở mở 287 lớp với 19.640 lượt cán bộ, đảng viên, tỷ lệ tham gia 97,3%. Có một điều tôi nhớ mãi, một bác tổ trưởng ở phường Thạnh Xuân nói với tôi: 'Tổ tôi 74 hộ, nhà nào cũng có người vào nhóm Zalo rồi'. Đó là thước đo rõ nhất."

Phóng viên: Lực lượng nòng cốt làm công tác này là ai?

Đồng chí Trưởng ban: "Là đội ngũ 59 báo cáo viên và 96 cộng tác viên dư luận xã hội. Năm 2022, anh em đã gửi về Ban 112 báo cáo dư luận, trong đó có 18 báo cáo đột xuất về các vụ việc nóng trên mạng như tin đồn bắt cóc trẻ em. Quận cũng mở 3 lớp tập huấn kỹ năng viết tin, dựng video cho 245 cán bộ phường, khu phố, mỗi lớp 2 ngày. Dịp tổng kết, Quận ủy đã khen thưởng 7 tập thể, 12 cá nhân."

Phóng viên: Kế hoạch năm 2023 của quận thế nào?

Đồng chí Trưởng ban: "Năm 2023, chúng tôi phấn đấu 100% khu phố có nhóm Zalo hoạt động thường xuyên, mỗi phường có ít nhất 1 kênh video ngắn và tổ chức từ 30 đến 40 buổi livestream hỏi đáp chính sách."

Phóng viên: Xin cảm ơn đồng chí!

Đường dây nóng tiếp nhận phản ánh thông tin xấu độc của Ban Tuyên giáo Quận ủy Quận 12: 0283.7160.512 (giờ hành chính).
"""

T07 = """
BẢN TIN CỤM THI ĐUA SỐ 4 – BAN TUYÊN GIÁO THÀNH ỦY TP.HCM
Số 02/2024 (tháng 7/2024)

Giao ban quý II/2024: Quận 4, Quận 7, Quận 12 so kết quả

Sáng 10/7/2024, tại Hội trường Quận ủy Quận 12 (số 1 Lê Thị Riêng, phường Thới An), Cụm thi đua số 4 tổ chức giao ban công tác tuyên giáo quý II năm 2024 dưới sự chủ trì của Quận 12, Cụm trưởng năm 2024.

Kết quả chủ yếu trong quý như sau:

Chỉ tiêu | Quận 4 | Quận 7 | Quận 12
Hội nghị, lớp học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII | 3 | 4 | 6
Lượt cán bộ, đảng viên dự | 4.812 | 6.930 | 11.248
Tỷ lệ đảng viên tham gia (%) | 96,7 | 97,25 | 95,9
Tin, bài trên trang thông tin điện tử, fanpage | 468 | 712 | 905
Buổi nói chuyện, tuyên truyền miệng | 37 | 52 | 64
Lượt dự thi trực tuyến "Tìm hiểu về chuyển đổi số" | 2.140 | 3.675 | 5.380
Xếp thứ trong cụm | 3 | 2 | 1

Thảo luận tại giao ban, đại diện Quận 4 cho biết trong quý quận đã mở 2 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho 138 cán bộ khu phố, chi đoàn.

Quận 7 chia sẻ mô hình "Khu phố số": 98 nhóm Zalo mới được lập trong quý, nâng tổng số lên 356 nhóm; số thành viên hiện nay khoảng 41.800 người.

Đồng chí Trưởng ban Tuyên giáo Quận ủy Quận 12 cho biết: "Quý II, chúng tôi tổ chức 1 hội nghị báo cáo viên và triển khai 1 đợt sinh hoạt chính trị về bài viết của đồng chí Tổng Bí thư. Đội ngũ 18 cộng tác viên của quận đã gửi 24 báo cáo dư luận, nhiều báo cáo phản ánh ý kiến người dân về việc sắp xếp khu phố."

Ảnh: Lãnh đạo 3 quận trao đổi kinh nghiệm bên lề giao ban.

Quý III, Cụm thống nhất tổ chức hội thi "Báo cáo viên giỏi" cấp cụm, dự kiến 15 thí sinh dự thi; Quận 4 sẽ là đơn vị đăng cai. Liên hệ Văn phòng Cụm: 028.3891.0712.
"""

D01, D03, D07 = "2024-01-12", "2022-12-26", "2024-07-10"
QII = quarter(2, 2024)
ROW1 = "Nghị quyết Trung ương 8 khóa XIII | 3 | 4 | 6"

DOCS = [
    Doc("h49_01", T01, Q7, year(2023), D01, "text", facts=[
        F("đăng tải 4.318 tin, bài, ảnh", 4318, "news_items"),
        F("đăng 1.926 tin, video clip", 1926, "news_items"),
        F("lượt tiếp cận ước đạt 3,2 triệu", 3200000, "propaganda_audience", "approx"),
        F("phát hành 214 video ngắn", 214, "news_items"),
        F("tổ chức 18 buổi livestream tuyên truyền", 18, "oral_propaganda_sessions"),
        F("khoảng 146 nghìn lượt xem", 146000, "propaganda_audience", "approx"),
        F("hiện có 2 tài khoản Zalo OA", 2, "social_pages", p=inst(D01)),
        F("14 fanpage của các phường", 14, "social_pages", p=inst(D01)),
        F("hiện có 41.250 người quan tâm", 41250, "propaganda_audience", p=inst(D01)),
        F("gửi 96 bản tin điện tử", 96, "news_items"),
        F("hiện có 312 nhóm Zalo", 312, "chat_groups", p=inst(D01)),
        F("gần 38.000 thành viên", 38000, "chat_group_members", "at_most", p=inst(D01)),
        F("đội ngũ 27 cộng tác viên", 27, "opinion_collaborators", p=end_of(year(2023))),
        F("đã gửi 64 báo cáo", 64, "opinion_reports"),
        F("giấy khen cho 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể và 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("12-01-2024", 12), ("09:40", 9), ("Quận 7", 7), ("10 phường", 10),
              ("tăng 23%", 23), ("năm 2022", 2022), ("trong đó 37 video", 37),
              ("trên 100 nghìn lượt xem mỗi video", 100000), ("từ 60 đến 90 phút", 60),
              ("hơn 300 người", 300), ("xếp thứ 4/22", 4), ("Năm 2024", 2024),
              ("ít nhất 01 kênh", 1), ("lên 60.000", 60000), ("số 7 Tân Phú", 7),
              ("028.3776.1234", 28), ("Năm 2023", 2023)]),
    Doc("h49_03", T03, Q12, year(2022), D03, "sidecar", meta={"date": D03}, facts=[
        F("vận hành 1 trang thông tin điện tử", 1, "websites", p=end_of(year(2022))),
        F("13 fanpage", 13, "social_pages", p=end_of(year(2022))),
        F("2 kênh TikTok", 2, "social_pages", p=end_of(year(2022))),
        F("đăng tổng cộng 6.480 tin, bài, video", 6480, "news_items"),
        F("khoảng 1,9 triệu lượt tiếp cận", 1900000, "propaganda_audience", "approx"),
        F("quận hiện có 624 nhóm", 624, "chat_groups", p=inst(D03)),
        F("hiện nay khoảng 52.300 người", 52300, "chat_group_members", "approx",
          p=inst(D03)),
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions"),
        F("mở 287 lớp", 287, "study_sessions"),
        F("với 19.640 lượt cán bộ, đảng viên", 19640, "study_attendance", a="party_members"),
        F("tỷ lệ tham gia 97,3%", 97.3, "study_participation_rate"),
        F("đội ngũ 59 báo cáo viên", 59, "reporters", p=end_of(year(2022))),
        F("96 cộng tác viên dư luận xã hội", 96, "opinion_collaborators",
          p=end_of(year(2022))),
        F("gửi về Ban 112 báo cáo dư luận", 112, "opinion_reports"),
        F("mở 3 lớp tập huấn", 3, "training_classes"),
        F("cho 245 cán bộ phường", 245, "trainees"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể, 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Quận 12", 12), ("Năm 2022", 2022), ("hơn 2 năm", 2), ("Covid-19", 19),
              ("Trung ương 6", 6), ("Tổ tôi 74 hộ", 74), ("trong đó có 18 báo cáo", 18),
              ("mỗi lớp 2 ngày", 2), ("năm 2023", 2023), ("Năm 2023", 2023),
              ("100% khu phố", 100), ("ít nhất 1 kênh", 1), ("từ 30 đến 40 buổi", 30),
              ("0283.7160.512", 283)]),
    Doc("h49_07", T07, Q12, QII, D07, "text", facts=[
        F(ROW1, 3, "study_sessions", unit=Q4),
        F(ROW1, 4, "study_sessions", unit=Q7),
        F(ROW1, 6, "study_sessions", unit=Q12),
        F("dự | 4.812", 4812, "study_attendance", a="party_members", unit=Q4),
        F("| 6.930", 6930, "study_attendance", a="party_members", unit=Q7),
        F("| 11.248", 11248, "study_attendance", a="party_members", unit=Q12),
        F("(%) | 96,7", 96.7, "study_participation_rate", unit=Q4),
        F("| 97,25", 97.25, "study_participation_rate", unit=Q7),
        F("| 95,9", 95.9, "study_participation_rate", unit=Q12),
        F("fanpage | 468", 468, "news_items", unit=Q4),
        F("| 712", 712, "news_items", unit=Q7),
        F("| 905", 905, "news_items", unit=Q12),
        F("tuyên truyền miệng | 37", 37, "oral_propaganda_sessions", unit=Q4),
        F("| 52", 52, "oral_propaganda_sessions", unit=Q7),
        F("| 64", 64, "oral_propaganda_sessions", unit=Q12),
        F("| 2.140", 2140, "contest_entries", unit=Q4),
        F("| 3.675", 3675, "contest_entries", unit=Q7),
        F("| 5.380", 5380, "contest_entries", unit=Q12),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=Q4),
        F("cho 138 cán bộ", 138, "trainees", unit=Q4),
        F("nâng tổng số lên 356 nhóm", 356, "chat_groups", unit=Q7, p=end_of(QII)),
        F("hiện nay khoảng 41.800 người", 41800, "chat_group_members", "approx", unit=Q7,
          p=inst(D07)),
        F("tổ chức 1 hội nghị báo cáo viên", 1, "reporter_conferences", unit=Q12),
        F("triển khai 1 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=Q12),
        F("Đội ngũ 18 cộng tác viên", 18, "opinion_collaborators", unit=Q12, p=end_of(QII)),
        F("gửi 24 báo cáo dư luận", 24, "opinion_reports", unit=Q12),
    ], traps=[("CỤM THI ĐUA SỐ 4", 4), ("Trung ương 8", 8), ("Số 02/2024", 2), ("tháng 7/2024", 7),
              ("quý II/2024", 2), ("Quận 4", 4), ("Quận 7", 7), ("Quận 12", 12),
              ("Sáng 10/7/2024", 10), ("số 1 Lê Thị Riêng", 1), ("Cụm thi đua số 4", 4),
              ("quý II năm 2024", 2024), ("Cụm trưởng năm 2024", 2024),
              ("Xếp thứ trong cụm | 3 | 2 | 1", 3), ("98 nhóm Zalo mới", 98),
              ("Lãnh đạo 3 quận", 3), ("dự kiến 15 thí sinh", 15), ("028.3891.0712", 28)]),
]
