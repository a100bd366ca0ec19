"""holdout37, part 2: Hanoi city-level bodies (Ban Tuyên giáo Thành ủy, Liên đoàn Lao động
thành phố, Sở), a cụm thi đua table of two Hanoi districts, and an HCMC district (Quận 3),
2016-2025.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source
(holdout2/_src/g01_hcm_districts.py) for its format only, the seeds and the five sample
reports, without reading or running the extractor or any other evaluation set.

Decisions taken where the guide leaves room:
- City-level bodies (Ban Tuyên giáo Thành ủy, Ban Tuyên giáo và Dân vận Thành ủy, Liên đoàn
  Lao động thành phố, Sở Văn hóa và Thể thao) are the province; a district named in its own
  sentence of a city article is the actor of that sentence.
- "đoàn viên, người lao động" reached by union talks are `masses` (đoàn viên outside the
  party); "người lao động" alone and "cử tri" are `all`.
- A table row's label names the indicator; a row of "(%)" is the participation rate of the
  attendance row above it.
- Gifts handed over by the unions ("trao 1.200 suất quà, tổng trị giá ... tỷ đồng") are
  `other` both for the gifts and for the money ("trao" in the clause before it).
- "Tháng Công nhân năm 2025" dates its facts to May 2025.
"""
from build_gold import Doc, F, U, h1, inst, m9, month, year

HN = U("01")
HK, TT = U("Quận Hoàn Kiếm"), U("Huyện Thường Tín")
Q3 = U("Quận 3")

T05 = """
Hà Nội: Công tác tuyên giáo năm 2018 bám sát thực tiễn Thủ đô

Ngày 11/1/2019, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018, triển khai nhiệm vụ năm 2019.

Theo báo cáo, trong năm Ban Tuyên giáo Thành ủy đã tham mưu Thành ủy ban hành 38 văn bản chỉ đạo về công tác tư tưởng; tổ chức 6 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Trung ương 7 khóa XII về cải cách chính sách tiền lương, bảo hiểm xã hội, các đảng bộ trực thuộc mở 9.870 lớp với hơn 1,02 triệu lượt cán bộ, đảng viên tham dự. Đảng bộ thành phố hiện có hơn 400 nghìn đảng viên, sinh hoạt tại 30 đảng bộ quận, huyện, thị xã và nhiều đảng bộ khối.

Hội nghị báo cáo viên Thành ủy được duy trì định kỳ với 12 hội nghị trong năm, mỗi hội nghị khoảng 1.300 đại biểu dự tại 30 điểm cầu. Đội ngũ báo cáo viên Thành ủy hiện có 127 đồng chí.

Tại hội nghị, một số đơn vị chia sẻ kinh nghiệm. Quận Hoàn Kiếm tổ chức 152 buổi tuyên truyền về không gian đi bộ và văn minh đô thị, với khoảng 12.600 lượt người dân tham dự. Huyện Thường Tín xây dựng mô hình "loa truyền thanh thông minh", lắp mới 64 cụm loa tại 29 xã, thị trấn; Huyện ủy Thường Tín khen thưởng 15 tập thể, 32 cá nhân điển hình trong thực hiện Chỉ thị 05.

Liên đoàn Lao động thành phố cho biết, năm 2018 các cấp công đoàn tổ chức 2.310 buổi tuyên truyền pháp luật cho hơn 415 nghìn lượt đoàn viên, người lao động. Toàn thành phố có hơn 1 triệu đoàn viên công đoàn.

Cuộc thi trực tuyến tìm hiểu Luật Thủ đô năm 2012 do Ban Tuyên giáo Thành ủy phối hợp tổ chức thu hút 286.400 lượt người dự thi; Ban tổ chức trao 1 giải Đặc biệt và 5 giải Nhất. Dịp này, Ban Thường vụ Thành ủy tặng Bằng khen cho 20 tập thể, 35 cá nhân; đề nghị Ban Tuyên giáo Trung ương tặng Bằng khen cho 2 tập thể.

Năm 2019, ngành tuyên giáo Thủ đô sẽ tập trung tuyên truyền kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh và 20 năm Hà Nội được UNESCO vinh danh "Thành phố vì hòa bình".
"""

T06 = """
TÓM TẮT KẾT QUẢ GIAO BAN CỤM THI ĐUA SỐ 2
(Ban Tuyên giáo Quận ủy Hoàn Kiếm, Ban Tuyên giáo Huyện ủy Thường Tín)

Hà Nội, ngày 14/10/2024

Chiều 11/10/2024, tại trụ sở Quận ủy Hoàn Kiếm (số 126 Hàng Trống), Cụm thi đua số 2 tổ chức giao ban công tác tuyên giáo 9 tháng năm 2024. Hai đơn vị thống nhất số liệu như sau:

Chỉ tiêu | Quận Hoàn Kiếm | Huyện Thường Tín
Hội nghị học tập nghị quyết cấp quận, huyện | 3 | 4
Lớp học tập nghị quyết ở cơ sở | 142 | 356
Lượt đảng viên dự học | 9.612 | 18.447
Tỷ lệ đảng viên tham gia (%) | 97,4 | 95,08
Buổi thảo luận chi bộ | 205 | 430
Văn bản chỉ đạo ban hành | 14 | 19
Tin, bài trên trang thông tin điện tử | 1.286 | 742
Báo cáo dư luận xã hội | 36 | 41

Tại Hoàn Kiếm, quận tiếp tục phát huy mô hình "Phố cổ văn minh, thanh lịch"; đội tuyên truyền lưu động chạy 96 lượt xe loa trên 36 tuyến phố, nhất là khu vực hồ Gươm, nơi mỗi dịp cuối tuần đón khoảng 50 nghìn lượt khách.

Huyện Thường Tín, với hơn 250 nghìn dân và nhiều làng nghề truyền thống, tổ chức 3 đợt sinh hoạt chính trị về chủ đề "Thường Tín - đất trăm nghề" gắn với học tập và làm theo Bác. Cuộc thi viết về gương người tốt việc tốt của huyện nhận 1.934 bài dự thi, trong đó 612 bài của học sinh. Huyện ủy tặng giấy khen cho 8 tập thể, 17 cá nhân.

Theo đồng chí Nguyễn Thu Hương, Trưởng ban Tuyên giáo Quận ủy Hoàn Kiếm, quận hiện có 28 báo cáo viên và 1 fanpage chính danh "Hoàn Kiếm ngày nay" với khoảng 65 nghìn người theo dõi.

Quý IV, hai đơn vị thống nhất tổ chức hội thi tuyên truyền viên giỏi cấp cụm, dự kiến có 40 – 50 thí sinh. Đầu mối liên hệ: đồng chí Trần Minh Hải, Điện thoại: 0243.825.4017.
"""

T07 = """
Quận 3 sơ kết công tác tuyên giáo 6 tháng đầu năm 2016

Thứ Ba, 12/7/2016 - 15:40

(Quan3.hochiminhcity.gov.vn) - Sáng 11/7, Ban Tuyên giáo Quận ủy Quận 3 tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2016.

Sáu tháng qua, trọng tâm của công tác tuyên giáo quận là tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021 diễn ra ngày 22/5. Ban Tuyên giáo Quận ủy phối hợp Ủy ban MTTQ quận tổ chức 112 buổi nói chuyện chuyên đề về bầu cử tại 14 phường, thu hút 9.850 lượt cử tri. Tỷ lệ cử tri đi bầu của quận đạt 99,12%.

Quận ủy tổ chức 03 hội nghị học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố cho cán bộ chủ chốt; các chi, đảng bộ cơ sở mở 87 lớp với 6.920 lượt cán bộ, đảng viên, đạt 98,05%.

Về bồi dưỡng, Trung tâm Bồi dưỡng chính trị quận mở mười hai lớp, gồm 5 lớp sơ cấp lý luận chính trị, 4 lớp đảng viên mới và 3 lớp cảm tình đảng, tổng cộng 1.034 học viên.

"Chúng tôi đã xuất bản 6 số bản tin Sinh hoạt chi bộ và đăng 315 tin, bài trên trang thông tin điện tử quận", bà Võ Thị Kim Loan, Trưởng ban Tuyên giáo Quận ủy Quận 3, cho biết.

Ông Trần Văn Mến, 74 tuổi, ngụ phường 9, kể: "Tổ tôi có 62 cử tri, mới 8 giờ sáng là đi bầu xong hết".

Quận hiện có 48 cộng tác viên dư luận xã hội; trong 6 tháng, đội ngũ này thực hiện 22 báo cáo tình hình tư tưởng, dư luận. Ban Thường vụ Quận ủy khen thưởng 7 tập thể và 12 cá nhân có thành tích trong công tác tuyên truyền bầu cử.

6 tháng cuối năm, quận sẽ tổ chức hội thi báo cáo viên giỏi nhân kỷ niệm 71 năm Ngày Nam Bộ kháng chiến (23/9/1945 - 23/9/2016). Liên hệ: Ban Tuyên giáo Quận ủy Quận 3, số 185 Cách Mạng Tháng Tám, phường 4.
"""

T08 = """
Công nhân Thủ đô - trung tâm của các hoạt động tuyên truyền tháng 5

Liên đoàn Lao động thành phố Hà Nội vừa tổng kết Tháng Công nhân năm 2025 và Tháng hành động về an toàn, vệ sinh lao động. Trong tháng, các cấp công đoàn Thủ đô tổ chức 1.428 buổi tuyên truyền, đối thoại tại doanh nghiệp, thu hút hơn 512 nghìn lượt đoàn viên, người lao động. Tại Khu công nghiệp Thăng Long (huyện Đông Anh), nơi làm việc của khoảng 60.000 công nhân, nội dung được quan tâm nhất là Bộ luật Lao động năm 2019 và chính sách nhà ở xã hội.

Hiện công đoàn thành phố duy trì 1 cổng thông tin điện tử, 1 fanpage và 2.350 nhóm Zalo công đoàn cơ sở với khoảng 186 nghìn thành viên. Trong tháng, trang thông tin của Liên đoàn đăng 246 tin, bài, video clip. Cuộc thi "Tìm hiểu pháp luật về công đoàn" có 38.715 lượt người dự thi; Ban tổ chức trao 1 giải Nhất, 3 giải Nhì.

Các cấp công đoàn trao 1.200 suất quà, tổng trị giá hơn 2,4 tỷ đồng cho công nhân có hoàn cảnh khó khăn; Sở Văn hóa và Thể thao phối hợp tổ chức 12 chương trình nghệ thuật lưu động tại các khu nhà trọ công nhân. Liên đoàn Lao động thành phố tặng Bằng khen cho 45 tập thể, 87 cá nhân.

"Trong tháng, chúng tôi đã mở 6 lớp tập huấn kỹ năng tuyên truyền trên mạng xã hội cho 420 cán bộ công đoàn cơ sở, để mỗi người trở thành một tuyên truyền viên", đồng chí Phó Chủ tịch Liên đoàn Lao động thành phố cho biết. Chị Nguyễn Thị Hoa, 29 tuổi, công nhân tại Khu công nghiệp Thăng Long, kể: "Phòng trọ của em 4 người, tối nào cũng mở clip của công đoàn trên Zalo ra xem".

Cũng trong 6 tháng đầu năm 2025, Ban Tuyên giáo và Dân vận Thành ủy (thành lập trên cơ sở hợp nhất 2 ban từ tháng 2/2025) đã tổ chức 5 hội nghị báo cáo viên thành phố và tổng hợp 14 báo cáo nhanh về dư luận xã hội trước việc sắp xếp đơn vị hành chính. Từ ngày 1/7/2025, Hà Nội sẽ có 126 đơn vị hành chính cấp xã.
"""

D05, D06, D07, D08 = "2019-01-11", "2024-10-14", "2016-07-12", "2025-06-05"

DOCS = [
    Doc("h37_05", T05, HN, year(2018), D05, "text", facts=[
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("tổ chức 6 hội nghị cấp thành phố", 6, "study_sessions"),
        F("mở 9.870 lớp", 9870, "study_sessions"),
        F("hơn 1,02 triệu lượt cán bộ, đảng viên", 1020000, "study_attendance", "at_least",
          a="party_members"),
        F("với 12 hội nghị trong năm", 12, "reporter_conferences"),
        F("hiện có 127 đồng chí", 127, "reporters", p=inst(D05)),
        F("tổ chức 152 buổi tuyên truyền", 152, "oral_propaganda_sessions", unit=HK),
        F("khoảng 12.600 lượt người dân", 12600, "propaganda_audience", "approx",
          a="masses", unit=HK),
        F("lắp mới 64 cụm loa", 64, "other", unit=TT),
        F("khen thưởng 15 tập thể", 15, "commended_collectives", unit=TT),
        F("15 tập thể, 32 cá nhân", 32, "commended_individuals", unit=TT),
        F("tổ chức 2.310 buổi tuyên truyền", 2310, "oral_propaganda_sessions"),
        F("hơn 415 nghìn lượt đoàn viên", 415000, "propaganda_audience", "at_least",
          a="masses"),
        F("thu hút 286.400 lượt người dự thi", 286400, "contest_entries"),
        F("Bằng khen cho 20 tập thể", 20, "commended_collectives"),
        F("20 tập thể, 35 cá nhân", 35, "commended_individuals"),
    ], traps=[("Ngày 11/1/2019", 11), ("năm 2018", 2018), ("năm 2019", 2019),
              ("Trung ương 7", 7), ("hơn 400 nghìn đảng viên", 400000),
              ("30 đảng bộ quận", 30), ("khoảng 1.300 đại biểu", 1300),
              ("30 điểm cầu", 30), ("29 xã", 29), ("Chỉ thị 05", 5),
              ("hơn 1 triệu đoàn viên", 1000000), ("Luật Thủ đô năm 2012", 2012),
              ("1 giải Đặc biệt", 1), ("5 giải Nhất", 5), ("cho 2 tập thể", 2),
              ("Năm 2019", 2019), ("50 năm", 50), ("20 năm", 20)]),
    Doc("h37_06", T06, HK, m9(2024), D06, "text", facts=[
        F("Hội nghị học tập nghị quyết cấp quận, huyện | 3 | 4", 3, "study_sessions"),
        F("Hội nghị học tập nghị quyết cấp quận, huyện | 3 | 4", 4, "study_sessions",
          unit=TT),
        F("Lớp học tập nghị quyết ở cơ sở | 142 | 356", 142, "study_sessions"),
        F("Lớp học tập nghị quyết ở cơ sở | 142 | 356", 356, "study_sessions", unit=TT),
        F("Lượt đảng viên dự học | 9.612 | 18.447", 9612, "study_attendance",
          a="party_members"),
        F("Lượt đảng viên dự học | 9.612 | 18.447", 18447, "study_attendance",
          a="party_members", unit=TT),
        F("Tỷ lệ đảng viên tham gia (%) | 97,4 | 95,08", 97.4, "study_participation_rate"),
        F("Tỷ lệ đảng viên tham gia (%) | 97,4 | 95,08", 95.08, "study_participation_rate",
          unit=TT),
        F("Buổi thảo luận chi bộ | 205 | 430", 205, "party_cell_discussions"),
        F("Buổi thảo luận chi bộ | 205 | 430", 430, "party_cell_discussions", unit=TT),
        F("Văn bản chỉ đạo ban hành | 14 | 19", 14, "documents_issued"),
        F("Văn bản chỉ đạo ban hành | 14 | 19", 19, "documents_issued", unit=TT),
        F("Tin, bài trên trang thông tin điện tử | 1.286 | 742", 1286, "news_items"),
        F("Tin, bài trên trang thông tin điện tử | 1.286 | 742", 742, "news_items", unit=TT),
        F("Báo cáo dư luận xã hội | 36 | 41", 36, "opinion_reports"),
        F("Báo cáo dư luận xã hội | 36 | 41", 41, "opinion_reports", unit=TT),
        F("chạy 96 lượt xe loa", 96, "other"),
        F("hiện có 28 báo cáo viên", 28, "reporters", p=inst(D06)),
        F("1 fanpage chính danh", 1, "social_pages", p=inst(D06)),
        F("khoảng 65 nghìn người theo dõi", 65000, "propaganda_audience", "approx",
          p=inst(D06)),
        F("tổ chức 3 đợt sinh hoạt chính trị", 3, "political_campaigns", unit=TT),
        F("nhận 1.934 bài dự thi", 1934, "contest_entries", unit=TT),
        F("giấy khen cho 8 tập thể", 8, "commended_collectives", unit=TT),
        F("8 tập thể, 17 cá nhân", 17, "commended_individuals", unit=TT),
    ], traps=[("CỤM THI ĐUA SỐ 2", 2), ("ngày 14/10/2024", 14), ("Chiều 11/10/2024", 11),
              ("số 126 Hàng Trống", 126), ("Cụm thi đua số 2", 2),
              ("9 tháng năm 2024", 9), ("trên 36 tuyến phố", 36),
              ("khoảng 50 nghìn lượt khách", 50000), ("hơn 250 nghìn dân", 250000),
              ("trong đó 612 bài", 612), ("có 40 – 50 thí sinh", 40),
              ("0243.825.4017", 243)]),
    Doc("h37_07", T07, Q3, h1(2016), D07, "text", facts=[
        F("tổ chức 112 buổi nói chuyện chuyên đề", 112, "oral_propaganda_sessions"),
        F("thu hút 9.850 lượt cử tri", 9850, "propaganda_audience"),
        F("tổ chức 03 hội nghị học tập", 3, "study_sessions"),
        F("mở 87 lớp", 87, "study_sessions"),
        F("với 6.920 lượt cán bộ, đảng viên", 6920, "study_attendance", a="party_members"),
        F("đạt 98,05%", 98.05, "study_participation_rate"),
        F("mở mười hai lớp", 12, "training_classes"),
        F("tổng cộng 1.034 học viên", 1034, "trainees"),
        F("xuất bản 6 số bản tin", 6, "news_items"),
        F("đăng 315 tin, bài", 315, "news_items"),
        F("hiện có 48 cộng tác viên", 48, "opinion_collaborators", p=inst(D07)),
        F("thực hiện 22 báo cáo", 22, "opinion_reports"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Quận 3", 3), ("6 tháng đầu năm 2016", 6), ("12/7/2016 - 15:40", 12),
              ("Sáng 11/7", 11), ("khóa XIV", 14), ("nhiệm kỳ 2016 - 2021", 2016),
              ("ngày 22/5", 22), ("tại 14 phường", 14), ("đạt 99,12%", 99.12),
              ("Đại hội XII", 12), ("gồm 5 lớp", 5), ("4 lớp đảng viên mới", 4),
              ("3 lớp cảm tình đảng", 3), ("74 tuổi", 74), ("phường 9", 9),
              ("có 62 cử tri", 62), ("8 giờ sáng", 8), ("trong 6 tháng", 6),
              ("6 tháng cuối năm", 6), ("71 năm", 71), ("23/9/1945", 23),
              ("23/9/2016", 23), ("số 185 Cách Mạng", 185), ("phường 4", 4)]),
    Doc("h37_08", T08, HN, month(5, 2025), D08, "sidecar", meta={"date": D08}, facts=[
        F("tổ chức 1.428 buổi tuyên truyền", 1428, "oral_propaganda_sessions"),
        F("hơn 512 nghìn lượt đoàn viên", 512000, "propaganda_audience", "at_least",
          a="masses"),
        F("duy trì 1 cổng thông tin điện tử", 1, "websites", p=inst(D08)),
        F("1 fanpage", 1, "social_pages", p=inst(D08)),
        F("2.350 nhóm Zalo", 2350, "chat_groups", p=inst(D08)),
        F("khoảng 186 nghìn thành viên", 186000, "chat_group_members", "approx", p=inst(D08)),
        F("đăng 246 tin, bài", 246, "news_items"),
        F("có 38.715 lượt người dự thi", 38715, "contest_entries"),
        F("trao 1.200 suất quà", 1200, "other"),
        F("hơn 2,4 tỷ đồng", 2400000000, "other", "at_least"),
        F("tổ chức 12 chương trình nghệ thuật", 12, "other"),
        F("Bằng khen cho 45 tập thể", 45, "commended_collectives"),
        F("đã mở 6 lớp tập huấn", 6, "training_classes"),
        F("cho 420 cán bộ công đoàn", 420, "trainees"),
        F("45 tập thể, 87 cá nhân", 87, "commended_individuals"),
        F("tổ chức 5 hội nghị báo cáo viên", 5, "reporter_conferences", p=h1(2025)),
        F("tổng hợp 14 báo cáo nhanh", 14, "opinion_reports", p=h1(2025)),
    ], traps=[("tháng 5", 5), ("năm 2025", 2025), ("29 tuổi", 29),
              ("em 4 người", 4), ("khoảng 60.000 công nhân", 60000),
              ("Bộ luật Lao động năm 2019", 2019), ("1 giải Nhất", 1), ("3 giải Nhì", 3),
              ("6 tháng đầu năm 2025", 6), ("hợp nhất 2 ban", 2), ("tháng 2/2025", 2),
              ("Từ ngày 1/7/2025", 1), ("126 đơn vị hành chính", 126)]),
]
