"""Held-out set holdout35, part 4: a HCMC city-level portal article (2024), a Hanoi district's
internal bulletin with emoji list lines (9 months of 2024), and a HCMC district feature with no
dateline and no sidecar (second half of 2018, date inferred).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the sample reports, without reading or running the extractor.
Decisions: see h351_hanoi_districts.py; in addition
- "duy trì 1 cổng thông tin điện tử ..., 3 fanpage" in a year's paragraph with no marker:
  instants at the year's end; the followers of those pages an instant at the document date;
- "Trung tâm Bồi dưỡng chính trị huyện mở mười hai lớp, trong đó 4 lớp sơ cấp ... và 8 lớp
  cảm tình Đảng": 12 training classes, the parts traps;
- "tặng giấy khen cho 7 báo cáo viên" is a second commended_individuals fact beside the 32;
- the inferred document date is the latest full date in the text (28/12/2018).
"""
from build_gold import Doc, F, U, end_of, h2, inst, m9, year

HCM, TXUAN, NBE = U("79"), U("Quận Thanh Xuân"), U("Huyện Nhà Bè")

T10 = """
TP.HCM: Lan tỏa các cuộc thi tìm hiểu lịch sử, đưa thông tin chính thống lên không gian mạng

(Thanhuytphcm.vn) - Chiều 7/1/2025, tại Hội trường Thành ủy (số 127 Trương Định, phường Võ Thị Sáu, Quận 3), Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2024.

Năm 2024, Ban Tuyên giáo Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành 54 văn bản lãnh đạo, chỉ đạo; tổ chức 3 hội nghị báo cáo viên Thành ủy theo hình thức trực tuyến, kết nối 22 điểm cầu quận, huyện và TP Thủ Đức. Thành phố hiện có 247 báo cáo viên cấp thành phố và khoảng 2.100 cộng tác viên dư luận xã hội ở các cấp.

Cuộc thi trắc nghiệm trực tuyến “Tìm hiểu 49 năm Thành phố mang tên Bác” thu hút 1.318.640 lượt người dự thi, trong đó đoàn viên, thanh niên chiếm khoảng 68%. Cuộc thi viết về gương “Người tốt, việc tốt” nhận 2.415 tác phẩm; 50 tác phẩm vào vòng chung khảo. Toàn Đảng bộ cũng triển khai hai đợt sinh hoạt chính trị, tư tưởng về Quy định số 144-QĐ/TW và về chủ đề năm 2024 của Thành phố.

Trên không gian mạng, hệ thống tuyên giáo duy trì 1 cổng thông tin điện tử của Thành ủy, 3 fanpage chính danh với gần 1,5 triệu người theo dõi; các sản phẩm tuyên truyền có lượt tiếp cận ước đạt 38 triệu. Đội ngũ cộng tác viên dư luận xã hội gửi về Ban 156 báo cáo định kỳ và 41 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội.

Phát biểu chỉ đạo, đồng chí Trưởng ban Tuyên giáo Thành ủy nhấn mạnh: “Năm 2025 là năm tổ chức đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng, kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước. Toàn hệ thống phải chuẩn bị ít nhất 3 bộ tài liệu tuyên truyền và tổ chức 1.000 buổi nói chuyện chuyên đề ở cơ sở.”

Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 18 tập thể và 32 cá nhân; Ban Tuyên giáo Thành ủy tặng giấy khen cho 7 báo cáo viên. Quận 8 và huyện Cần Giờ được ghi nhận là hai trong 5 đơn vị dẫn đầu phong trào thi đua của Cụm thi đua 4.
"""

T11 = """
QUẬN ỦY THANH XUÂN
BAN TUYÊN GIÁO
BẢN TIN THÔNG TIN NỘI BỘ – SỐ 10 (THÁNG 10/2024)
Hà Nội, ngày 08/10/2024

GIAO BAN CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2024: NHIỀU CHỈ TIÊU VỀ ĐÍCH SỚM

Ngày 4/10, Ban Tuyên giáo Quận ủy Thanh Xuân tổ chức giao ban công tác tuyên giáo 9 tháng năm 2024 với đại diện 11 đảng bộ phường và 39 chi, đảng bộ cơ sở.

Kết quả nổi bật 9 tháng:
✅ 03 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII và Kết luận số 21-KL/TW
✅ 402 lớp ở cơ sở, với 29.840 lượt cán bộ, đảng viên (đạt 96,75%)
✅ Riêng quần chúng có 5.600 lượt dự nghe
✅ 214 buổi nói chuyện thời sự, tuyên truyền miệng – lượt người nghe: khoảng 19.700
✅ Treo 1.260 băng rôn, khẩu hiệu chào mừng 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024)
✅ Chuyên mục “Thanh Xuân hôm nay” lên sóng 36 kỳ; trang thông tin điện tử quận đăng 1.045 tin, bài
✅ 2 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 186 học viên
✅ Cuộc thi “Tìm hiểu 70 năm Giải phóng Thủ đô” – lượt dự thi: 21.356

Tại giao ban, đồng chí Trưởng ban Tuyên giáo Quận ủy cho biết: “Quận hiện có 38 báo cáo viên và 72 cộng tác viên dư luận xã hội. 9 tháng qua, đội ngũ cộng tác viên đã gửi về Ban 47 báo cáo phản ánh dư luận. Các chi bộ cũng tổ chức 523 buổi sinh hoạt chuyên đề, trung bình mỗi chi bộ gần 2 buổi.”

Bài đăng tin giao ban trên fanpage của quận nhận 312 lượt thích và 48 lượt chia sẻ.

Nhiệm vụ quý IV: tổ chức 1 hội nghị báo cáo viên quận; hoàn thành sơ kết 5 năm thực hiện Chỉ thị số 14-CT/QU; phát hành 2 số bản tin chuyên đề về Đại hội Đảng bộ các cấp nhiệm kỳ 2025 – 2030.

Mọi ý kiến xin gửi về Ban Tuyên giáo Quận ủy Thanh Xuân, số 9 Khương Hạ, điện thoại 024.3558.7140.
"""

T12 = """
Nhà Bè: Tuyên truyền miệng “bám” công trình, “bám” người lao động

Sáu tháng cuối năm 2018, Ban Tuyên giáo Huyện ủy Nhà Bè chọn cách làm “đi từng ấp, gõ từng cửa” để đưa chủ trương của Đảng đến với người dân, nhất là công nhân tại Khu công nghiệp Hiệp Phước, nơi làm việc của khoảng 20.000 lao động.

Theo bà Nguyễn Thị Thanh Vân, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè, trong 6 tháng, huyện tổ chức 86 buổi nói chuyện chuyên đề tại 14 doanh nghiệp và các ấp, khu phố, với gần 7.400 lượt người nghe. “Có buổi chúng tôi nói chuyện lúc 11 giờ trưa, ngay giờ nghỉ của công nhân. Ban cũng phối hợp phát hành 6 số bản tin Nhà Bè ngày mới, mỗi số 1.500 bản”, bà Vân cho biết.

Về học tập nghị quyết, các tổ chức cơ sở đảng mở 74 lớp học tập, quán triệt Nghị quyết Trung ương 7 khóa XII, với 5.318 lượt cán bộ, đảng viên, đạt tỷ lệ 95,4%. Trung tâm Bồi dưỡng chính trị huyện mở mười hai lớp, trong đó 4 lớp sơ cấp lý luận chính trị và 8 lớp cảm tình Đảng, với 936 học viên.

Huyện hiện có 34 báo cáo viên cấp huyện và 48 cộng tác viên dư luận xã hội. Từ tháng 7 đến tháng 12, đội ngũ cộng tác viên gửi 24 báo cáo về tình hình tư tưởng, dư luận; nhiều ý kiến về bồi thường, giải phóng mặt bằng dự án mở rộng đường Nguyễn Hữu Thọ được phản ánh kịp thời. Tổng vốn đầu tư dự án khoảng 1.800 tỷ đồng.

Ông Trần Văn Út, 63 tuổi, ở ấp 3, xã Hiệp Phước, kể: “Trước đây nghe nói làm đường là lo, giờ cán bộ xuống tận nhà giải thích, nhà tôi 5 người đều hiểu cả”.

Hội nghị tổng kết công tác tuyên giáo năm 2018 của huyện diễn ra ngày 28/12/2018. Tại hội nghị, Huyện ủy Nhà Bè khen thưởng 8 tập thể, 17 cá nhân. Năm 2019, huyện phấn đấu tổ chức 180 buổi nói chuyện chuyên đề và phát triển 30 nhóm Zalo ấp, khu phố.
"""

D10, D11, D12 = "2025-01-07", "2024-10-08", "2018-12-28"
P10 = year(2024)

DOCS = [
    Doc("h35_10", T10, HCM, P10, D10, "text", facts=[
        F("ban hành 54 văn bản", 54, "documents_issued"),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("hiện có 247 báo cáo viên", 247, "reporters", p=inst(D10)),
        F("khoảng 2.100 cộng tác viên", 2100, "opinion_collaborators", "approx",
          p=inst(D10)),
        F("thu hút 1.318.640 lượt người dự thi", 1318640, "contest_entries"),
        F("nhận 2.415 tác phẩm", 2415, "contest_entries"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("duy trì 1 cổng thông tin điện tử", 1, "websites", p=end_of(P10)),
        F("3 fanpage chính danh", 3, "social_pages", p=end_of(P10)),
        F("gần 1,5 triệu người theo dõi", 1500000, "propaganda_audience", "at_most",
          p=inst(D10)),
        F("lượt tiếp cận ước đạt 38 triệu", 38000000, "propaganda_audience", "approx"),
        F("gửi về Ban 156 báo cáo định kỳ", 156, "opinion_reports"),
        F("41 báo cáo đột xuất", 41, "opinion_reports"),
        F("bằng khen cho 18 tập thể", 18, "commended_collectives"),
        F("18 tập thể và 32 cá nhân", 32, "commended_individuals"),
        F("giấy khen cho 7 báo cáo viên", 7, "commended_individuals"),
    ], traps=[("Chiều 7/1/2025", 7), ("số 127 Trương Định", 127), ("Quận 3", 3),
              ("năm 2024", 2024), ("Năm 2024", 2024), ("22 điểm cầu", 22),
              ("Tìm hiểu 49 năm", 49), ("khoảng 68%", 68), ("50 tác phẩm", 50),
              ("Quy định số 144-QĐ/TW", 144), ("chủ đề năm 2024", 2024), ("Năm 2025", 2025),
              ("50 năm", 50), ("ít nhất 3 bộ tài liệu", 3), ("tổ chức 1.000 buổi", 1000),
              ("Quận 8", 8), ("5 đơn vị dẫn đầu", 5), ("Cụm thi đua 4", 4)]),
    Doc("h35_11", T11, TXUAN, m9(2024), D11, "text", facts=[
        F("03 hội nghị cấp quận học tập", 3, "study_sessions"),
        F("402 lớp ở cơ sở", 402, "study_sessions"),
        F("với 29.840 lượt cán bộ, đảng viên", 29840, "study_attendance", a="party_members"),
        F("(đạt 96,75%)", 96.75, "study_participation_rate"),
        F("Riêng quần chúng có 5.600 lượt dự nghe", 5600, "study_attendance", a="masses"),
        F("214 buổi nói chuyện thời sự", 214, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 19.700", 19700, "propaganda_audience", "approx"),
        F("Treo 1.260 băng rôn", 1260, "other"),
        F("lên sóng 36 kỳ", 36, "news_items"),
        F("đăng 1.045 tin, bài", 1045, "news_items"),
        F("2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes"),
        F("cho 186 học viên", 186, "trainees"),
        F("lượt dự thi: 21.356", 21356, "contest_entries"),
        F("hiện có 38 báo cáo viên", 38, "reporters", p=inst(D11)),
        F("72 cộng tác viên dư luận xã hội", 72, "opinion_collaborators", p=inst(D11)),
        F("gửi về Ban 47 báo cáo", 47, "opinion_reports"),
        F("tổ chức 523 buổi sinh hoạt chuyên đề", 523, "party_cell_discussions"),
    ], traps=[("SỐ 10 (THÁNG 10/2024)", 10), ("ngày 08/10/2024", 8),
              ("9 THÁNG NĂM 2024", 9), ("Ngày 4/10", 4), ("9 tháng năm 2024", 9),
              ("11 đảng bộ phường", 11), ("39 chi, đảng bộ cơ sở", 39),
              ("9 tháng:", 9), ("Trung ương 8", 8), ("Kết luận số 21-KL/TW", 21),
              ("70 năm Ngày Giải phóng", 70), ("10/10/1954", 10), ("10/10/2024", 10),
              ("Tìm hiểu 70 năm", 70), ("9 tháng qua", 9), ("gần 2 buổi", 2),
              ("312 lượt thích", 312), ("48 lượt chia sẻ", 48),
              ("1 hội nghị báo cáo viên quận", 1), ("5 năm", 5),
              ("Chỉ thị số 14-CT/QU", 14), ("phát hành 2 số", 2),
              ("nhiệm kỳ 2025 – 2030", 2025), ("số 9 Khương Hạ", 9),
              ("024.3558.7140", 24)]),
    Doc("h35_12", T12, NBE, h2(2018), D12, "inferred", facts=[
        F("tổ chức 86 buổi nói chuyện chuyên đề", 86, "oral_propaganda_sessions"),
        F("gần 7.400 lượt người nghe", 7400, "propaganda_audience", "at_most"),
        F("phát hành 6 số bản tin", 6, "news_items"),
        F("mở 74 lớp học tập", 74, "study_sessions"),
        F("với 5.318 lượt cán bộ, đảng viên", 5318, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 95,4%", 95.4, "study_participation_rate"),
        F("mở mười hai lớp", 12, "training_classes"),
        F("với 936 học viên", 936, "trainees"),
        F("hiện có 34 báo cáo viên", 34, "reporters", p=inst(D12)),
        F("48 cộng tác viên dư luận xã hội", 48, "opinion_collaborators", p=inst(D12)),
        F("gửi 24 báo cáo về tình hình tư tưởng", 24, "opinion_reports"),
        F("khen thưởng 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể, 17 cá nhân", 17, "commended_individuals"),
    ], traps=[("Sáu tháng cuối năm 2018", 2018),
              ("nơi làm việc của khoảng 20.000 lao động", 20000), ("trong 6 tháng", 6),
              ("tại 14 doanh nghiệp", 14), ("11 giờ trưa", 11), ("mỗi số 1.500 bản", 1500),
              ("Trung ương 7", 7), ("trong đó 4 lớp", 4), ("8 lớp cảm tình Đảng", 8),
              ("Từ tháng 7 đến tháng 12", 7), ("khoảng 1.800 tỷ đồng", 1800),
              ("63 tuổi", 63), ("ấp 3", 3), ("nhà tôi 5 người", 5), ("năm 2018", 2018),
              ("ngày 28/12/2018", 28), ("Năm 2019", 2019), ("180 buổi", 180),
              ("30 nhóm Zalo", 30)]),
]
