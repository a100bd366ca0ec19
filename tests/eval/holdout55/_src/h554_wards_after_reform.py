"""Held-out set holdout55, part 4: wards after the 1 July 2025 reform (2025, 2026), HCMC and Hanoi.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or running
the extractor. The decisions common to the set are listed in h551_hanoi_districts.py; the ones
taken here:
- h55_10 spans the reform: the section "1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)" and
  its sentences naming "Ban Tuyên giáo Quận ủy Quận 1" / "Quận ủy" are Quận 1's, first half of
  2025; the section "2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)" is the ward's
  from 2025-07-01 to the document date. Quận 1 "(cũ)" in the ward's founding sentence is history.
- h55_11: an interview whose lead says "Từ khi phường đi vào hoạt động"; the answer opening with
  "Từ tháng 7 đến nay" is dated from 2025-07-01; the stocks "hiện có" are at the sidecar date.
  A class opened "phối hợp" a city school is the ward's.
- h55_12: a speech introduced as the Phó Bí thư Thường trực's speaks for the ward in all its
  paragraphs; the ward's quarter (Q1 2026) is its period; "lượt cử tri dự nghe" is an audience
  (all); the turnout, the old voter's age and "lần thứ 15" are traps.
"""
from build_gold import Doc, F, U, W, h1, inst, m9, quarter, since

Q1 = U("Quận 1")
BTH = W("Phường Bến Thành", "79")
KL = W("Phường Kim Liên", "01")
TDI = W("Phường Tân Định", "79")

T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 27-BC/ĐU

Bến Thành, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng năm 2025

Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão, Nguyễn Thái Bình và một phần phường Cầu Ông Lãnh của Quận 1 (cũ), có diện tích khoảng 2,3 km² với gần 48 nghìn cư dân. Báo cáo tổng hợp kết quả công tác tuyên giáo trên địa bàn như sau.

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)
Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 tham mưu tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; các đảng bộ phường mở 142 lớp với 11.806 lượt cán bộ, đảng viên, đạt 96,75%. Quận ủy cũng phát động cuộc thi viết “Quận 1 – 50 năm một chặng đường”, nhận được 2.318 bài dự thi.

2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)
Đảng ủy phường ban hành 12 văn bản chỉ đạo công tác tư tưởng; tổ chức 01 hội nghị cấp phường và 38 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, với 2.046 lượt đảng viên dự, đạt 97,1%.

Kết quả tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9:
- Băng rôn, cờ phướn, pano: 1.460
- Buổi nói chuyện chuyên đề: 18 – lượt người nghe: xấp xỉ 2.700
- Tin, bài, video trên fanpage “Phường Bến Thành”: 326

Phường hiện có 1 fanpage, 1 tài khoản TikTok và 47 nhóm Zalo khu phố với non 9.000 thành viên. Ban Thường vụ Đảng ủy phường khen thưởng 4 tập thể và 9 cá nhân có thành tích trong đợt tuyên truyền Quốc khánh.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức 02 hội nghị học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I.
- Phấn đấu 100% đảng viên được học tập; mỗi khu phố có ít nhất 1 nhóm Zalo do chi bộ quản lý.

Nơi nhận: Ban Tuyên giáo và Dân vận Thành ủy; lưu VP. Trụ sở: 92 Nam Kỳ Khởi Nghĩa.
"""

T11 = """
Phường Kim Liên: Nửa năm đầu tiên, tuyên giáo bám sát khu dân cư

Phường Kim Liên (Hà Nội) được thành lập trên cơ sở sắp xếp một số phường của quận Đống Đa (cũ), gồm 38 tổ dân phố. Từ khi phường đi vào hoạt động, công tác tuyên giáo có nhiều đổi mới. PV trao đổi với đồng chí Phạm Thị Thanh Tâm, Phó Bí thư Thường trực Đảng ủy phường Kim Liên.

PV: Thưa đồng chí, việc học tập nghị quyết ở phường mới được triển khai thế nào?

Đồng chí Phó Bí thư: “Từ tháng 7 đến nay, Đảng ủy đã tổ chức 2 hội nghị cấp phường và các chi bộ mở 64 lớp học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVIII, với 5.318 lượt đảng viên tham dự, đạt 96,4%; riêng quần chúng có 1.204 lượt dự nghe. Đảng ủy còn phối hợp Trường Chính trị Tô Hiến Thành mở 1 lớp bồi dưỡng nhận thức về Đảng với 74 học viên là quần chúng ưu tú.”

PV: Phường dùng mạng xã hội ra sao?

Đồng chí Phó Bí thư: “Phường hiện có 1 trang thông tin điện tử, 2 fanpage và 86 nhóm Zalo tổ dân phố, số thành viên hiện nay khoảng 14.500 người. Các nhóm đã đăng hơn 2.900 tin, bài. Có chị tổ trưởng nói với tôi: ‘Tổ em 130 hộ, giờ nhắn một câu là 5 phút sau cả tổ biết’.”

PV: Còn việc nắm bắt dư luận?

Đồng chí Phó Bí thư: “Phường có 24 cộng tác viên dư luận xã hội. Đội ngũ này đã gửi 17 báo cáo về tâm trạng của người dân, nhất là về thủ tục ở Trung tâm Phục vụ hành chính công phường, số 2 Hoàng Tích Trí. Đảng ủy cũng khen thưởng 3 tập thể, 6 cá nhân làm tốt việc tuyên truyền chính quyền hai cấp.”

PV: Năm 2026 phường đặt mục tiêu gì?

Đồng chí Phó Bí thư: “Năm 2026, phường sẽ tổ chức ít nhất 12 buổi đối thoại với người dân và đưa số nhóm Zalo lên 100 nhóm.”

“Tôi 78 tuổi, trước đi họp phải chống gậy, giờ ngồi nhà đọc tin trên nhóm là biết phường làm gì”, ông Đỗ Văn Bình, tổ dân phố số 9, kể.
"""

T12 = """
Thứ Tư, ngày 8/4/2026

Phường Tân Định sơ kết công tác tuyên giáo quý I năm 2026

Sáng 7/4, Đảng ủy phường Tân Định tổ chức hội nghị sơ kết công tác tuyên giáo, dân vận quý I năm 2026. Dưới đây là trích phát biểu của đồng chí Võ Minh Khang, Phó Bí thư Thường trực Đảng ủy phường Tân Định.

“Thưa các đồng chí, quý I năm nay trùng với Tết Bính Ngọ và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 ngày 15/3/2026. Đảng ủy đã tổ chức 01 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội XIV của Đảng, trực tuyến tới 12 điểm cầu chi bộ; lượt cán bộ, đảng viên dự tại các điểm cầu: 2.380, đạt 97,6%. Các chi bộ khu phố tổ chức 96 buổi sinh hoạt thảo luận chuyên đề về nghị quyết.

“Về tuyên truyền bầu cử, phường treo tròn 1.000 băng rôn, cờ phướn; tổ chức 27 buổi nói chuyện tại khu phố, với trên 3.400 lượt cử tri dự nghe. Tỷ lệ cử tri đi bầu của phường đạt 99,81%. Có cụ bà năm nay 91 tuổi nói với tôi: ‘Tôi đi bầu lần thứ 15 rồi mà lần nào cũng háo hức’.

“Phường hiện có 2 fanpage, 1 kênh TikTok và 32 nhóm Zalo khu phố với ước chừng 11 nghìn thành viên; trong quý, các kênh này đăng 418 tin, bài, video clip, có lượt tiếp cận ước đạt 1,2 triệu. Phường cũng tổ chức 02 hội nghị báo cáo viên và khen thưởng 3 tập thể, 7 cá nhân có thành tích trong công tác bầu cử.

“Quý II, phường sẽ tổ chức 3 hội nghị học tập nghị quyết chuyên đề, phấn đấu 100% đảng viên tham gia. Thay mặt Ban Thường vụ, tôi đề nghị các chi bộ duy trì sinh hoạt đúng ngày 5 hằng tháng.”

Hội nghị kết thúc lúc 11 giờ 30 cùng ngày tại trụ sở Đảng ủy phường, số 59 Trần Quang Khải.
"""

D10, D11, D12 = "2025-10-03", "2025-12-12", "2026-04-08"
S10 = since("2025-07-01", D10)
S11 = since("2025-07-01", D11)

DOCS = [
    Doc("h55_10", T10, BTH, m9(2025), D10, "text", facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=Q1, p=h1(2025)),
        F("mở 142 lớp", 142, "study_sessions", unit=Q1, p=h1(2025)),
        F("với 11.806 lượt cán bộ, đảng viên", 11806, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("đạt 96,75%", 96.75, "study_participation_rate", unit=Q1, p=h1(2025)),
        F("nhận được 2.318 bài dự thi", 2318, "contest_entries", unit=Q1, p=h1(2025)),
        F("ban hành 12 văn bản", 12, "documents_issued", p=S10),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", p=S10),
        F("38 lớp ở các chi bộ", 38, "study_sessions", p=S10),
        F("với 2.046 lượt đảng viên", 2046, "study_attendance", a="party_members", p=S10),
        F("đạt 97,1%", 97.1, "study_participation_rate", p=S10),
        F("Băng rôn, cờ phướn, pano: 1.460", 1460, "other", p=S10),
        F("Buổi nói chuyện chuyên đề: 18", 18, "oral_propaganda_sessions", p=S10),
        F("lượt người nghe: xấp xỉ 2.700", 2700, "propaganda_audience", "approx", p=S10),
        F("“Phường Bến Thành”: 326", 326, "news_items", p=S10),
        F("hiện có 1 fanpage", 1, "social_pages", p=inst(D10)),
        F("1 tài khoản TikTok", 1, "social_pages", p=inst(D10)),
        F("47 nhóm Zalo", 47, "chat_groups", p=inst(D10)),
        F("non 9.000 thành viên", 9000, "chat_group_members", "at_most", p=inst(D10)),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", p=S10),
        F("4 tập thể và 9 cá nhân", 9, "commended_individuals", p=S10),
    ], traps=[("Số 27-BC/ĐU", 27), ("1. Giai đoạn", 1), ("2. Từ khi", 2),
              ("đầu năm 2025, Ban", 2025), ("ngày 03 tháng 10 năm 2025", 3),
              ("9 tháng năm 2025", 9), ("Quận 1 (cũ)", 1), ("khoảng 2,3 km²", 2.3),
              ("gần 48 nghìn cư dân", 48000), ("tháng 1", 1), ("tháng 6/2025", 6),
              ("57-NQ/TW", 57), ("“Quận 1", 1), ("50 năm", 50), ("ngày 1/7/2025", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("QUÝ IV NĂM 2025", 2025), ("Tổ chức 02 hội nghị", 2),
              ("Phấn đấu 100% đảng viên", 100), ("ít nhất 1 nhóm Zalo", 1),
              ("92 Nam Kỳ Khởi Nghĩa", 92)]),
    Doc("h55_11", T11, KL, S11, D11, "sidecar", meta={"date": D11}, facts=[
        F("tổ chức 2 hội nghị cấp phường", 2, "study_sessions"),
        F("mở 64 lớp học tập, quán triệt", 64, "study_sessions"),
        F("với 5.318 lượt đảng viên", 5318, "study_attendance", a="party_members"),
        F("đạt 96,4%", 96.4, "study_participation_rate"),
        F("riêng quần chúng có 1.204 lượt dự nghe", 1204, "study_attendance", a="masses"),
        F("mở 1 lớp bồi dưỡng nhận thức về Đảng", 1, "training_classes"),
        F("với 74 học viên", 74, "trainees"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D11)),
        F("2 fanpage", 2, "social_pages", p=inst(D11)),
        F("86 nhóm Zalo", 86, "chat_groups", p=inst(D11)),
        F("khoảng 14.500 người", 14500, "chat_group_members", "approx", p=inst(D11)),
        F("đăng hơn 2.900 tin, bài", 2900, "news_items", "at_least"),
        F("Phường có 24 cộng tác viên", 24, "opinion_collaborators", p=inst(D11)),
        F("đã gửi 17 báo cáo", 17, "opinion_reports"),
        F("khen thưởng 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể, 6 cá nhân", 6, "commended_individuals"),
    ], traps=[("38 tổ dân phố", 38), ("tháng 7", 7), ("lần thứ XVIII", 18),
              ("130 hộ", 130), ("5 phút", 5), ("số 2 Hoàng Tích Trí", 2),
              ("Năm 2026", 2026), ("ít nhất 12 buổi", 12), ("lên 100 nhóm", 100),
              ("78 tuổi", 78), ("số 9", 9)]),
    Doc("h55_12", T12, TDI, quarter(1, 2026), D12, "text", facts=[
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("dự tại các điểm cầu: 2.380", 2380, "study_attendance", a="party_members"),
        F("đạt 97,6%", 97.6, "study_participation_rate"),
        F("tổ chức 96 buổi sinh hoạt thảo luận", 96, "party_cell_discussions"),
        F("treo tròn 1.000 băng rôn", 1000, "other"),
        F("tổ chức 27 buổi nói chuyện", 27, "oral_propaganda_sessions"),
        F("trên 3.400 lượt cử tri", 3400, "propaganda_audience", "at_least"),
        F("hiện có 2 fanpage", 2, "social_pages", p=inst(D12)),
        F("1 kênh TikTok", 1, "social_pages", p=inst(D12)),
        F("32 nhóm Zalo", 32, "chat_groups", p=inst(D12)),
        F("ước chừng 11 nghìn thành viên", 11000, "chat_group_members", "approx",
          p=inst(D12)),
        F("đăng 418 tin, bài", 418, "news_items"),
        F("lượt tiếp cận ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("khen thưởng 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể, 7 cá nhân", 7, "commended_individuals"),
    ], traps=[("ngày 8/4/2026", 8), ("quý I năm 2026", 1), ("Sáng 7/4", 7),
              ("khóa XVI", 16), ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("Đại hội XIV", 14), ("12 điểm cầu", 12), ("99,81%", 99.81), ("91 tuổi", 91),
              ("lần thứ 15", 15), ("tổ chức 3 hội nghị", 3), ("100% đảng viên", 100),
              ("ngày 5 hằng tháng", 5), ("11 giờ 30", 11), ("số 59 Trần Quang Khải", 59)]),
]
