"""holdout58, part 2: Ho Chi Minh City districts and the city, 2017-2023.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without
reading or running the extractor.
Decisions where the guide leaves room:
- a table with period columns gives facts for each year's column; "So sánh (%)" and the
  ranking row are traps;
- runs of a loudspeaker vehicle ("86 lượt xe loa") and leaflets are `other`;
- an interview's answers under "Đồng chí Trưởng ban:" speak for the district; a resident's
  words the official quotes in single quotes are an anecdote;
- "buổi tuyên truyền tại các ấp" are oral_propaganda_sessions; "lượt người dân" are masses.
"""
from build_gold import Doc, F, U, end_of, h1, inst, since, year

HCM = U("79")
GV, Q10, Q8, BT, CC, PN = (U("Quận Gò Vấp"), U("Quận 10"), U("Quận 8"), U("Quận Bình Thạnh"),
                           U("Huyện Củ Chi"), U("Quận Phú Nhuận"))

T05 = """
Gò Vấp: “Muốn dân tin, phải nói đúng chuyện của dân”

Thứ Sáu, ngày 29/12/2017

Nhân dịp tổng kết năm 2017, phóng viên trao đổi với đồng chí Phạm Minh Tuấn, Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, về công tác tuyên giáo trên địa bàn quận đông dân thứ hai Thành phố.

PV: Thưa đồng chí, năm nay Gò Vấp đã làm được gì trong việc học tập nghị quyết?

Đồng chí Trưởng ban: “Năm qua, Quận ủy tổ chức 4 hội nghị học tập, quán triệt các nghị quyết Trung ương 5 và Trung ương 6 khóa XII cho cán bộ chủ chốt. Ở cơ sở, 16 đảng bộ phường và 24 chi, đảng bộ cơ sở mở 352 lớp với 21.480 lượt cán bộ, đảng viên, tỷ lệ tham dự bình quân 96,7%. Chúng tôi cũng mở 8 lớp bồi dưỡng chính trị cho 742 học viên là đảng viên mới và quần chúng cảm tình Đảng.”

PV: Còn tuyên truyền miệng và nắm dư luận thì sao, thưa đồng chí?

Đồng chí Trưởng ban: “Quận hiện có 72 báo cáo viên và 96 cộng tác viên dư luận xã hội. Năm 2017, anh em đã thực hiện 415 buổi nói chuyện thời sự tại khu phố, chợ, doanh nghiệp, với khoảng 38.600 lượt người nghe; gửi về Ban 35 báo cáo dư luận. Có lần tôi xuống khu phố 5, phường 11, một bác tổ trưởng nói với tôi: ‘Tổ tôi 120 hộ, tối nào có nói chuyện là đủ mặt 40 hộ’. Với tôi đó là phần thưởng lớn.”

PV: Quận có cách làm gì mới trên không gian mạng?

Đồng chí Trưởng ban: “Từ tháng 3/2017, chúng tôi lập fanpage “Gò Vấp ngày mới”, đến nay đã đăng 1.126 tin, bài, video, thu hút gần 12 nghìn người theo dõi. Cuộc thi viết “Gương sáng Gò Vấp” nhận 2.341 bài dự thi; Quận ủy đã tặng giấy khen cho 9 tập thể, 17 cá nhân có thành tích. Năm 2018, chúng tôi đặt mục tiêu mỗi phường có 1 fanpage riêng và nâng số cộng tác viên lên 120 người.”

PV: Xin cảm ơn đồng chí!
"""

T06 = """
QUẬN ỦY QUẬN 10
BẢN TIN SINH HOẠT CHI BỘ – SỐ 12 (THÁNG 12/2019)
Quận 10, ngày 20/12/2019

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO NĂM 2019

Năm 2019, năm kỷ niệm 89 năm Ngày thành lập Đảng và 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh, Ban Thường vụ Quận ủy Quận 10 ban hành 26 văn bản chỉ đạo công tác tư tưởng; Ban Tuyên giáo Quận ủy tổ chức 4 hội nghị báo cáo viên. Trung tâm Chính trị quận mở 11 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới với 968 học viên.

Một số chỉ tiêu so với năm trước:

Chỉ tiêu | Năm 2018 | Năm 2019 | So sánh (%)
Hội nghị, lớp học tập, quán triệt nghị quyết | 186 | 203 | 109,1
Lượt cán bộ, đảng viên dự học | 14.552 | 15.318 | 105,3
Tỷ lệ đảng viên tham gia (%) | 95,8 | 96,9 | –
Buổi tuyên truyền miệng | 240 | 265 | 110,4
Tin, bài trên trang thông tin điện tử quận | 688 | 742 | 107,8
Băng rôn, khẩu hiệu | 1.320 | 1.405 | 106,4
Xếp thứ trong cụm thi đua | 2 | 1 | –

Cuộc thi trắc nghiệm “Tìm hiểu 50 năm thực hiện Di chúc của Bác” thu hút 9.870 lượt người dự thi, trong đó đoàn viên thanh niên chiếm khoảng 62%. Các chi bộ khu phố tổ chức 1.152 buổi sinh hoạt chuyên đề về chủ đề năm 2019.

Về nắm bắt dư luận, đội ngũ 48 cộng tác viên dư luận xã hội của quận đã gửi 31 báo cáo về tâm tư của người dân quanh dự án chỉnh trang khu vực Nhà thi đấu Phú Thọ và tuyến đường Ba Tháng Hai. Ông Võ Văn Lộc, 71 tuổi, khu phố 2, phường 12, nói: “Có 3 lần tôi góp ý là có người xuống giải thích ngay”.

Dịp tổng kết, Ban Thường vụ Quận ủy khen thưởng 8 tập thể và 19 cá nhân; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

Mọi ý kiến xin gửi về Ban Tuyên giáo Quận ủy, số 474 đường 3 Tháng 2, phường 14, Quận 10; điện thoại 028.3862.4417.
"""

T07 = """
Tuyên truyền phòng, chống dịch Covid-19: Mỗi địa phương một cách làm

Sáu tháng đầu năm 2020, trước diễn biến phức tạp của dịch Covid-19, Ban Tuyên giáo Thành ủy TP.HCM đã ban hành 14 văn bản hướng dẫn, định hướng thông tin; phối hợp các cơ quan báo chí đăng, phát khoảng 9.500 tin, bài, phóng sự về phòng, chống dịch. Hệ thống tuyên giáo của 24 quận, huyện cùng vào cuộc, mỗi nơi một cách làm.

Quận 8: Loa di động len lỏi từng hẻm

Trong thời gian giãn cách xã hội theo Chỉ thị 16/CT-TTg (từ ngày 1/4 đến 22/4/2020), các buổi sinh hoạt chỉ được tổ chức với dưới 20 người. Sáu tháng đầu năm, Quận 8 cho xe loa chạy 86 lượt qua 16 phường; các khu phố lập 312 nhóm Zalo với khoảng 21.000 thành viên. Bà Trần Thị Mai, tổ trưởng tổ dân phố 62, phường 4, kể: “Tổ tôi có 150 hộ thì 130 hộ vào nhóm rồi, có gì là báo liền”.

Bình Thạnh: Trang tin quận thành kênh chính thống

Quận Bình Thạnh hiện duy trì 1 trang thông tin điện tử và 20 fanpage của các phường. Trong 6 tháng, các trang này đăng 2.760 tin, bài, thu hút ước 1,2 triệu lượt xem. Quận ủy tổ chức 3 hội nghị báo cáo viên trực tuyến, cập nhật thông tin dịch bệnh cho báo cáo viên cơ sở.

Củ Chi: Đưa thông tin về ấp

Huyện Củ Chi có 21 xã, thị trấn với gần 460 nghìn dân, nhiều công nhân làm việc tại Khu công nghiệp Tây Bắc. Huyện ủy chỉ đạo tổ chức 134 buổi tuyên truyền tại các ấp, thu hút 9.870 lượt người dân; in và phát 40.000 tờ rơi hướng dẫn phòng dịch. Huyện ủy đã khen thưởng 6 tập thể, 10 cá nhân có thành tích trong tuyên truyền phòng, chống dịch.

Sáu tháng cuối năm, Ban Tuyên giáo Thành ủy dự kiến phát động 2 đợt sinh hoạt chính trị và tổ chức tuyên truyền Đại hội đại biểu Đảng bộ Thành phố lần thứ XI, nhiệm kỳ 2020 – 2025.
"""

T08 = """
Cập nhật ngày 23-12-2023 09:40

Phú Nhuận: Công tác tuyên giáo năm 2023 – “đi từng ngõ, gõ từng nhà”

Ngày 22/12, Quận ủy Phú Nhuận tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023. Dưới đây là trích phát biểu của đồng chí Nguyễn Thị Hồng Loan, Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Tuyên giáo Quận ủy Phú Nhuận.

“Thưa các đồng chí, năm 2023 là năm bản lề thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ XII, nhiệm kỳ 2020 – 2025. Quận ủy đã tổ chức 3 hội nghị cấp quận học tập chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2023 và học tập Kết luận số 01-KL/TW; các đảng bộ phường, chi bộ cơ sở mở 128 lớp với 9.412 lượt cán bộ, đảng viên và 2.265 lượt quần chúng.

“Các chi bộ khu phố đã tổ chức 214 buổi thảo luận về những việc làm cụ thể theo Chỉ thị 05. Trung tâm Chính trị quận mở 6 lớp bồi dưỡng lý luận chính trị với 518 học viên, mỗi lớp tối đa 90 học viên.

“Về tuyên truyền, các fanpage của quận và phường đã đăng 3.420 tin, bài, video ngắn, thu hút khoảng 650.000 lượt xem. Chúng tôi đã vận động 240 tình nguyện viên tham gia tuyên truyền tại các khu phố; cuộc thi trắc nghiệm trực tuyến về lịch sử Đảng bộ quận thu hút 17.604 lượt người dự thi, trong đó 25 thí sinh có điểm cao nhất được trao giải. Một cô giáo về hưu ở khu phố 7 nói với tôi: ‘Nhà tôi 4 người thì cả 4 đều làm bài thi’.

“Năm 2024, quận phấn đấu 100% chi bộ có sản phẩm tuyên truyền số. Xin cảm ơn các đồng chí.”

Tại hội nghị, Ban Thường vụ Quận ủy tặng giấy khen cho 12 tập thể và 20 cá nhân. Đội ngũ báo cáo viên của quận hiện có 41 đồng chí.

Lượt xem: 1.236
"""

D05, D06, D07, D08 = "2017-12-29", "2019-12-20", "2020-07-15", "2023-12-23"

DOCS = [
    Doc("h58_05", T05, GV, year(2017), D05, "text", facts=[
        F("tổ chức 4 hội nghị học tập", 4, "study_sessions"),
        F("mở 352 lớp", 352, "study_sessions"),
        F("21.480 lượt cán bộ, đảng viên", 21480, "study_attendance", a="party_members"),
        F("bình quân 96,7%", 96.7, "study_participation_rate"),
        F("mở 8 lớp bồi dưỡng chính trị", 8, "training_classes"),
        F("cho 742 học viên", 742, "trainees"),
        F("hiện có 72 báo cáo viên", 72, "reporters", p=inst(D05)),
        F("96 cộng tác viên dư luận xã hội", 96, "opinion_collaborators", p=inst(D05)),
        F("thực hiện 415 buổi nói chuyện thời sự", 415, "oral_propaganda_sessions"),
        F("khoảng 38.600 lượt người nghe", 38600, "propaganda_audience", "approx"),
        F("gửi về Ban 35 báo cáo dư luận", 35, "opinion_reports"),
        F("đăng 1.126 tin, bài, video", 1126, "news_items", p=since("2017-03-01", D05)),
        F("gần 12 nghìn người theo dõi", 12000, "propaganda_audience", "at_most",
          p=inst(D05)),
        F("nhận 2.341 bài dự thi", 2341, "contest_entries"),
        F("giấy khen cho 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 17 cá nhân", 17, "commended_individuals"),
    ], traps=[("ngày 29/12/2017", 29), ("năm 2017", 2017), ("Trung ương 5", 5),
              ("Trung ương 6", 6), ("16 đảng bộ phường", 16), ("24 chi, đảng bộ", 24),
              ("Năm 2017", 2017), ("khu phố 5", 5), ("phường 11", 11), ("120 hộ", 120),
              ("40 hộ", 40), ("tháng 3/2017", 3), ("Năm 2018", 2018),
              ("mỗi phường có 1 fanpage", 1), ("lên 120 người", 120)]),
    Doc("h58_06", T06, Q10, year(2019), D06, "text", facts=[
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("tổ chức 4 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("mở 11 lớp sơ cấp lý luận chính trị", 11, "training_classes"),
        F("với 968 học viên", 968, "trainees"),
        F("quán triệt nghị quyết | 186", 186, "study_sessions", p=year(2018)),
        F("| 186 | 203", 203, "study_sessions"),
        F("dự học | 14.552", 14552, "study_attendance", a="party_members", p=year(2018)),
        F("| 14.552 | 15.318", 15318, "study_attendance", a="party_members"),
        F("(%) | 95,8", 95.8, "study_participation_rate", p=year(2018)),
        F("| 95,8 | 96,9", 96.9, "study_participation_rate"),
        F("miệng | 240", 240, "oral_propaganda_sessions", p=year(2018)),
        F("| 240 | 265", 265, "oral_propaganda_sessions"),
        F("quận | 688", 688, "news_items", p=year(2018)),
        F("| 688 | 742", 742, "news_items"),
        F("khẩu hiệu | 1.320", 1320, "other", p=year(2018)),
        F("| 1.320 | 1.405", 1405, "other"),
        F("thu hút 9.870 lượt người dự thi", 9870, "contest_entries"),
        F("tổ chức 1.152 buổi sinh hoạt chuyên đề", 1152, "party_cell_discussions"),
        F("đội ngũ 48 cộng tác viên", 48, "opinion_collaborators", p=end_of(year(2019))),
        F("đã gửi 31 báo cáo", 31, "opinion_reports"),
        F("khen thưởng 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("SỐ 12", 12), ("THÁNG 12/2019", 12), ("ngày 20/12/2019", 20),
              ("89 năm", 89), ("50 năm thực hiện", 50), ("| 109,1", 109.1),
              ("| 105,3", 105.3), ("| 110,4", 110.4), ("| 107,8", 107.8),
              ("| 106,4", 106.4), ("cụm thi đua | 2 | 1", 2), ("| 2 | 1 |", 1),
              ("Tìm hiểu 50 năm", 50), ("khoảng 62%", 62), ("chủ đề năm 2019", 2019), ("71 tuổi", 71), ("khu phố 2", 2),
              ("phường 12", 12), ("Có 3 lần", 3),
              ("01 cá nhân được đề nghị", 1), ("số 474", 474), ("3 Tháng 2", 3),
              ("phường 14", 14), ("Quận 10", 10), ("028.3862.4417", 28)]),
    Doc("h58_07", T07, HCM, h1(2020), D07, "sidecar", meta={"date": D07}, facts=[
        F("ban hành 14 văn bản", 14, "documents_issued"),
        F("khoảng 9.500 tin, bài", 9500, "news_items", "approx"),
        F("chạy 86 lượt", 86, "other", unit=Q8),
        F("lập 312 nhóm Zalo", 312, "chat_groups", unit=Q8, p=end_of(h1(2020))),
        F("khoảng 21.000 thành viên", 21000, "chat_group_members", "approx", unit=Q8,
          p=end_of(h1(2020))),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", unit=BT, p=inst(D07)),
        F("20 fanpage", 20, "social_pages", unit=BT, p=inst(D07)),
        F("đăng 2.760 tin, bài", 2760, "news_items", unit=BT),
        F("ước 1,2 triệu lượt xem", 1200000, "propaganda_audience", "approx", unit=BT),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences", unit=BT),
        F("tổ chức 134 buổi tuyên truyền", 134, "oral_propaganda_sessions", unit=CC),
        F("thu hút 9.870 lượt người dân", 9870, "propaganda_audience", a="masses", unit=CC),
        F("phát 40.000 tờ rơi", 40000, "other", unit=CC),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=CC),
        F("6 tập thể, 10 cá nhân", 10, "commended_individuals", unit=CC),
    ], traps=[("Covid-19", 19), ("Sáu tháng đầu năm 2020", 2020), ("24 quận, huyện", 24),
              ("Quận 8", 8), ("Chỉ thị 16/CT-TTg", 16), ("từ ngày 1/4 đến 22/4/2020", 1),
              ("dưới 20 người", 20), ("qua 16 phường", 16), ("tổ dân phố 62", 62),
              ("phường 4", 4), ("có 150 hộ", 150), ("130 hộ", 130), ("Trong 6 tháng", 6),
              ("21 xã", 21), ("gần 460 nghìn dân", 460000), ("phát động 2 đợt", 2),
              ("nhiệm kỳ 2020 – 2025", 2020)]),
    Doc("h58_08", T08, PN, year(2023), D08, "text", facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 128 lớp", 128, "study_sessions"),
        F("9.412 lượt cán bộ, đảng viên", 9412, "study_attendance", a="party_members"),
        F("2.265 lượt quần chúng", 2265, "study_attendance", a="masses"),
        F("tổ chức 214 buổi thảo luận", 214, "party_cell_discussions"),
        F("mở 6 lớp bồi dưỡng lý luận chính trị", 6, "training_classes"),
        F("với 518 học viên", 518, "trainees"),
        F("đăng 3.420 tin, bài", 3420, "news_items"),
        F("khoảng 650.000 lượt xem", 650000, "propaganda_audience", "approx"),
        F("vận động 240 tình nguyện viên", 240, "other"),
        F("thu hút 17.604 lượt người dự thi", 17604, "contest_entries"),
        F("giấy khen cho 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể và 20 cá nhân", 20, "commended_individuals"),
        F("hiện có 41 đồng chí", 41, "reporters", p=inst(D08)),
    ], traps=[("ngày 23-12-2023", 23), ("09:40", 9), ("Ngày 22/12", 22),
              ("nhiệm kỳ 2020 – 2025", 2020), ("năm 2023", 2023),
              ("Kết luận số 01-KL/TW", 1), ("Chỉ thị 05", 5), ("tối đa 90 học viên", 90),
              ("25 thí sinh có điểm cao nhất", 25), ("khu phố 7", 7), ("Nhà tôi 4 người", 4),
              ("cả 4 đều", 4), ("Năm 2024", 2024), ("100% chi bộ", 100),
              ("Lượt xem: 1.236", 1236)]),
]
