"""holdout49, part 4: wards after the 1 July 2025 reform (Khánh Hội and Xóm Chiếu, HCMC, quý
III 2025; Phường Hoàng Mai, Hà Nội, quý I 2026) and a Hanoi district in 2017 (Long Biên).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for format
only, the seeds and the samples, without reading or running the extractor. Decisions:
- a ward's section title in capitals ("PHƯỜNG XÓM CHIẾU: ...") governs the paragraph under it;
  the old wards a new ward was made from and "Quận 4 cũ" are traps (geography);
- "từ ngày 1/7/2025 đến hết tháng 9/2025" is quý III 2025;
- followers of a ward's fanpage are propaganda_audience at the document date; the views a
  livestream drew per session are a per-item trap, the total is a fact;
- stocks in a list line with "hiện có" are instants at the document date; those with no
  marker are instants at the period's end (the report is dated on the quarter's last day);
- contest entries "của 28 tổ chức cơ sở đảng": the organisations that entered are `other`;
  "34 chi, đảng bộ cơ sở đã tổ chức học tập xong" is the committee's structure (trap);
- a turnout line, months in brackets after a count and the "Nhiệm vụ ...:" run-in plan are
  traps.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, quarter

KH, XC = W("Phường Khánh Hội", "79"), W("Phường Xóm Chiếu", "79")
HM = W("Phường Hoàng Mai", "01")
LB = U("Quận Long Biên")

T10 = """
Cập nhật 06/10/2025 14:20

Hai phường mới ven sông Sài Gòn đưa thông tin chính thống lên nền tảng số

Sau hơn ba tháng vận hành chính quyền địa phương hai cấp, các phường mới trên địa bàn Quận 4 cũ đã nhanh chóng kiện toàn hệ thống tuyên giáo, lấy nền tảng số làm kênh tuyên truyền chính. Dưới đây là kết quả của hai phường từ ngày 1/7/2025 đến hết tháng 9/2025.

PHƯỜNG KHÁNH HỘI: Mỗi tổ dân phố một nhóm Zalo

Phường Khánh Hội được thành lập trên cơ sở các phường 8, 9 và một phần phường 2 (Quận 4 cũ), có 47 khu phố với khoảng 58.000 người. Trong quý, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 39 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, với 2.684 lượt đảng viên dự, đạt 97,4%.

Fanpage "Phường Khánh Hội" và tài khoản Zalo OA của phường đã đăng 628 tin, bài, video ngắn; lượt tiếp cận ước đạt 1,15 triệu. Phường hiện có 52 nhóm Zalo tổ dân phố, số thành viên hiện nay khoảng 11.400 người. "Mỗi sáng tôi mở nhóm Zalo là biết hôm nay phường làm thủ tục gì, ở đâu", ông Võ Văn Sáu, 66 tuổi, tổ trưởng tổ dân phố 12, kể.

PHƯỜNG XÓM CHIẾU: Livestream giải đáp thủ tục hành chính

Phường Xóm Chiếu được thành lập từ các phường 13, 16, 18 và một phần phường 15 của Quận 4 cũ. Bà Trần Thị Thanh Hương, Phó Bí thư Thường trực Đảng ủy phường, cho biết: "Ba tháng qua, phường đã tổ chức 6 buổi livestream tuyên truyền về thủ tục hành chính mới, mỗi buổi từ 1.500 đến 2.000 lượt xem, tổng cộng hơn 10.000 lượt xem. Trang fanpage của phường có gần 9.600 người theo dõi. Chúng tôi cũng đã khen thưởng 4 tập thể và 9 cá nhân tiêu biểu trong đợt cao điểm chuyển đổi mô hình."

Ngoài ra, phường đã kiện toàn đội ngũ 15 cộng tác viên dư luận xã hội, gửi 12 báo cáo tình hình tư tưởng về Ban Tuyên giáo và Dân vận Thành ủy, tập trung vào tâm tư của cán bộ khu phố sau sắp xếp.

Quý IV, hai phường dự kiến phối hợp mở 2 lớp tập huấn kỹ năng số cho khoảng 120 tổ trưởng tổ dân phố.
"""

T11 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG HOÀNG MAI
Số 21-BC/ĐU
Hoàng Mai, ngày 31 tháng 3 năm 2026

BÁO CÁO
Kết quả công tác tuyên giáo quý I năm 2026

Quý I năm 2026, Đảng ủy phường lãnh đạo triển khai đồng bộ các nhiệm vụ tuyên giáo trong bối cảnh cả nước học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và tổ chức bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031. Một số kết quả chính:

• Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng:
– Hội nghị cấp phường (trực tiếp kết hợp trực tuyến): 02
– Lớp ở các chi bộ: 58; đảng viên dự học: 3.912/4.037 đồng chí, đạt 96,9%
– Lượt quần chúng dự nghe: 1.476

• Tuyên truyền bầu cử:
– Buổi nói chuyện chuyên đề về bầu cử: 24 – lượt người nghe: khoảng 3.850
– Pano, áp phích, băng rôn: 410
– Tin, bài trên Trang thông tin điện tử phường: 196; trên trang Zalo OA "Phường Hoàng Mai": 142
– Tỷ lệ cử tri đi bầu ngày 15/3/2026: 99,71%

• Không gian mạng:
– Fanpage, kênh video của phường và các đoàn thể hiện có: 6
– Nhóm Zalo tổ dân phố hiện có: 71, số thành viên khoảng 18.900 người
– Livestream tuyên truyền "Hỏi – đáp bầu cử": 3 buổi, tổng lượt xem trên 27.000
– Cuộc thi trắc nghiệm "Tìm hiểu 96 năm lịch sử vẻ vang của Đảng" – lượt dự thi: 2.318

• Dư luận xã hội, đội ngũ:
– Cộng tác viên dư luận xã hội: 24 đồng chí; báo cáo viên của phường: 11 đồng chí
– Báo cáo tình hình tư tưởng gửi Ban Tuyên giáo và Dân vận Thành ủy: 13
– Hội nghị báo cáo viên: 01 (tháng 1/2026)

• Thi đua, khen thưởng: Đảng ủy phường tặng giấy khen cho 5 tập thể, 12 cá nhân có thành tích trong công tác tuyên truyền bầu cử.

Nhiệm vụ quý II/2026: tổ chức 1 hội nghị sơ kết 6 tháng; mở 2 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho 80 cán bộ tổ dân phố; phấn đấu 100% tổ dân phố có nhóm Zalo.

Nơi nhận: Ban Tuyên giáo và Dân vận Thành ủy; Thường trực Đảng ủy phường; Lưu VP.
"""

T12 = """
Long Biên sơ kết công tác tuyên giáo 6 tháng đầu năm 2017

Ngày 14/7/2017, Quận ủy Long Biên tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2017. Đồng chí Phạm Thị Thanh Vân, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy chủ trì hội nghị.

Theo báo cáo, sáu tháng qua Ban Tuyên giáo Quận ủy đã tham mưu tổ chức hai hội nghị cấp quận và 112 lớp ở các đảng bộ, chi bộ trực thuộc học tập, quán triệt Nghị quyết Trung ương 4 khóa XII, với tổng số 7.215 lượt cán bộ, đảng viên tham dự. 34 chi, đảng bộ cơ sở đã tổ chức học tập xong trước ngày 31/3/2017; tỷ lệ đảng viên tham gia bình quân đạt 95,6%. Trung tâm Bồi dưỡng chính trị quận mở mười hai lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 1.034 học viên.

Công tác tuyên truyền được đẩy mạnh, trọng tâm là kỷ niệm 87 năm Ngày thành lập Đảng, 42 năm Ngày giải phóng miền Nam và 127 năm Ngày sinh Chủ tịch Hồ Chí Minh. Đài Truyền thanh quận phát sóng 96 chương trình thời sự và 24 kỳ chuyên mục "Long Biên – Ngày mới"; trang thông tin điện tử quận đăng 1.380 tin, bài. Các phường tổ chức 214 buổi tuyên truyền miệng, thu hút khoảng 21 nghìn lượt người nghe; treo 3.150 băng rôn, khẩu hiệu và tổ chức 2 đợt triển lãm ảnh lưu động.

Thực hiện Chỉ thị 05-CT/TW, Quận ủy phát động cuộc thi viết "Người tốt, việc tốt ở Long Biên" năm 2017, nhận được 437 bài dự thi của 28 tổ chức cơ sở đảng. Đội ngũ 63 báo cáo viên cấp quận được cung cấp tài liệu định hướng hằng tháng; quận tổ chức 2 hội nghị báo cáo viên và các cộng tác viên đã gửi 18 báo cáo dư luận xã hội.

"Sáu tháng qua, các chi bộ đã tổ chức 286 buổi sinh hoạt chuyên đề gắn với Chỉ thị 05, nhiều chi bộ mời cả người dân đến dự", đồng chí Trưởng ban Tuyên giáo Quận ủy cho biết.

"Tổ tôi có 38 hộ, tối thứ Bảy nào cũng có người đến nhà văn hóa nghe nói chuyện thời sự", ông Nguyễn Văn Bảy, tổ trưởng tổ dân phố 9, phường Ngọc Thụy, kể.

Nhiệm vụ 6 tháng cuối năm: tổ chức học tập Nghị quyết Trung ương 5 khóa XII, mở thêm 4 lớp bồi dưỡng cho báo cáo viên cơ sở, phấn đấu 100% chi bộ thảo luận chuyên đề hằng quý. Địa chỉ Ban Tuyên giáo Quận ủy: số 1 Vạn Hạnh, phường Việt Hưng; điện thoại 024.3872.5511.
"""

D10, D11, D12 = "2025-10-06", "2026-03-31", "2017-07-14"
Q3 = quarter(3, 2025)
Q1 = quarter(1, 2026)

DOCS = [
    Doc("h49_10", T10, KH, Q3, D10, "text", facts=[
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("39 lớp ở các chi bộ", 39, "study_sessions"),
        F("với 2.684 lượt đảng viên", 2684, "study_attendance", a="party_members"),
        F("đạt 97,4%", 97.4, "study_participation_rate"),
        F("đã đăng 628 tin, bài", 628, "news_items"),
        F("lượt tiếp cận ước đạt 1,15 triệu", 1150000, "propaganda_audience", "approx"),
        F("hiện có 52 nhóm Zalo", 52, "chat_groups", p=inst(D10)),
        F("hiện nay khoảng 11.400 người", 11400, "chat_group_members", "approx",
          p=inst(D10)),
        F("tổ chức 6 buổi livestream tuyên truyền", 6, "oral_propaganda_sessions", unit=XC),
        F("hơn 10.000 lượt xem", 10000, "propaganda_audience", "at_least", unit=XC),
        F("gần 9.600 người theo dõi", 9600, "propaganda_audience", "at_most", unit=XC,
          p=inst(D10)),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=XC),
        F("4 tập thể và 9 cá nhân", 9, "commended_individuals", unit=XC),
        F("đội ngũ 15 cộng tác viên", 15, "opinion_collaborators", unit=XC, p=end_of(Q3)),
        F("gửi 12 báo cáo tình hình tư tưởng", 12, "opinion_reports", unit=XC),
    ], traps=[("06/10/2025", 6), ("14:20", 14), ("Quận 4 cũ", 4),
              ("từ ngày 1/7/2025", 1), ("tháng 9/2025", 9), ("phường 8, 9", 8),
              ("phường 2", 2), ("47 khu phố", 47), ("khoảng 58.000 người", 58000),
              ("nhiệm kỳ 2025 – 2030", 2025), ("66 tuổi", 66), ("tổ dân phố 12", 12),
              ("phường 13, 16, 18", 13), ("phường 15", 15),
              ("mỗi buổi từ 1.500 đến 2.000 lượt xem", 1500),
              ("mở 2 lớp tập huấn", 2), ("khoảng 120 tổ trưởng", 120)]),
    Doc("h49_11", T11, HM, Q1, D11, "text", facts=[
        F("trực tuyến): 02", 2, "study_sessions"),
        F("Lớp ở các chi bộ: 58", 58, "study_sessions"),
        F("đảng viên dự học: 3.912/4.037 đồng chí", 3912, "study_attendance",
          a="party_members"),
        F("đạt 96,9%", 96.9, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.476", 1476, "study_attendance", a="masses"),
        F("về bầu cử: 24", 24, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 3.850", 3850, "propaganda_audience", "approx"),
        F("Pano, áp phích, băng rôn: 410", 410, "other"),
        F("Trang thông tin điện tử phường: 196", 196, "news_items"),
        F("\"Phường Hoàng Mai\": 142", 142, "news_items"),
        F("đoàn thể hiện có: 6", 6, "social_pages", p=inst(D11)),
        F("tổ dân phố hiện có: 71", 71, "chat_groups", p=inst(D11)),
        F("khoảng 18.900 người", 18900, "chat_group_members", "approx", p=inst(D11)),
        F("\"Hỏi – đáp bầu cử\": 3 buổi", 3, "oral_propaganda_sessions"),
        F("tổng lượt xem trên 27.000", 27000, "propaganda_audience", "at_least"),
        F("lượt dự thi: 2.318", 2318, "contest_entries"),
        F("Cộng tác viên dư luận xã hội: 24 đồng chí", 24, "opinion_collaborators",
          p=end_of(Q1)),
        F("báo cáo viên của phường: 11 đồng chí", 11, "reporters", p=end_of(Q1)),
        F("Dân vận Thành ủy: 13", 13, "opinion_reports"),
        F("Hội nghị báo cáo viên: 01", 1, "reporter_conferences"),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Số 21-BC/ĐU", 21), ("ngày 31 tháng 3 năm 2026", 31),
              ("quý I năm 2026", 2026), ("Quý I năm 2026", 2026),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("Tỷ lệ cử tri đi bầu ngày 15/3/2026: 99,71%", 99.71), ("96 năm", 96),
              ("(tháng 1/2026)", 1), ("quý II/2026", 2), ("1 hội nghị sơ kết", 1),
              ("6 tháng;", 6), ("mở 2 lớp", 2), ("80 cán bộ", 80), ("100% tổ dân phố", 100)]),
    Doc("h49_12", T12, LB, h1(2017), D12, "text", facts=[
        F("tổ chức hai hội nghị cấp quận", 2, "study_sessions"),
        F("112 lớp ở các đảng bộ", 112, "study_sessions"),
        F("7.215 lượt cán bộ, đảng viên", 7215, "study_attendance", a="party_members"),
        F("bình quân đạt 95,6%", 95.6, "study_participation_rate"),
        F("mở mười hai lớp bồi dưỡng", 12, "training_classes"),
        F("với 1.034 học viên", 1034, "trainees"),
        F("phát sóng 96 chương trình thời sự", 96, "news_items"),
        F("24 kỳ chuyên mục", 24, "news_items"),
        F("đăng 1.380 tin, bài", 1380, "news_items"),
        F("tổ chức 214 buổi tuyên truyền miệng", 214, "oral_propaganda_sessions"),
        F("khoảng 21 nghìn lượt người nghe", 21000, "propaganda_audience", "approx"),
        F("treo 3.150 băng rôn", 3150, "other"),
        F("tổ chức 2 đợt triển lãm ảnh", 2, "other"),
        F("nhận được 437 bài dự thi", 437, "contest_entries"),
        F("của 28 tổ chức cơ sở đảng", 28, "other"),
        F("Đội ngũ 63 báo cáo viên", 63, "reporters", p=end_of(h1(2017))),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("gửi 18 báo cáo dư luận", 18, "opinion_reports"),
        F("tổ chức 286 buổi sinh hoạt chuyên đề", 286, "party_cell_discussions"),
    ], traps=[("6 tháng đầu năm 2017", 6), ("Ngày 14/7/2017", 14),
              ("6 tháng đầu năm và", 6), ("6 tháng cuối năm 2017", 6), ("Trung ương 4", 4),
              ("34 chi, đảng bộ cơ sở", 34), ("trước ngày 31/3/2017", 31), ("87 năm", 87),
              ("42 năm", 42), ("127 năm", 127), ("Chỉ thị 05-CT/TW", 5),
              ("năm 2017, nhận", 2017), ("Chỉ thị 05,", 5), ("có 38 hộ", 38),
              ("tổ dân phố 9", 9), ("Nhiệm vụ 6 tháng cuối năm", 6), ("Trung ương 5", 5),
              ("thêm 4 lớp", 4), ("100% chi bộ", 100), ("số 1 Vạn Hạnh", 1),
              ("024.3872.5511", 24)]),
]
