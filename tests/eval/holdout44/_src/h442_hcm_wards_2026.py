"""holdout44, part 2: HCMC wards and communes, late 2025 and the first quarter of 2026.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports,
without reading or running the extractor or any other evaluation set.

Decisions where the guide leaves room:
- h44_05 relies on its sidecar date; its lead "Từ đầu năm 2026 đến nay" gives the article's
  period (2026-01-01..sidecar date), and each "* Xã/Phường ..." section heading names the unit.
- "duy trì N nhóm Zalo ..., hiện có M thành viên": groups at the period's end, members at the
  document date (here both equal the document date, the period running to it).
- "lượt xem ước đạt N" opening a clause is counted like "lượt tiếp cận" (propaganda_audience).
- In the Q1/2026 table report the row "Lượt cán bộ, đảng viên dự" under the study lead-in is a
  study attendance (party members), "Lượt người nghe" under the propaganda lead-in the
  audience; "Băng rôn, pano, khẩu hiệu" rows are `other`.
- The bulletin's issue number and month in its title ("SỐ 05 (THÁNG 11/2025)") are traps; the
  month is the article's period because the text names no other.
- "đội xe loa chạy N lượt" is `other` (a vehicle's runs).
"""
from build_gold import Doc, F, W, h2, inst, month, quarter, since

CANGIO, BINHTHANH, CUCHI = W("Xã Cần Giờ", "79"), W("Phường Bình Thạnh", "79"), W("Xã Củ Chi", "79")
THUDUC = W("Phường Thủ Đức", "79")
TAMBINH, HIEPBINH, LINHXUAN = (W("Phường Tam Bình", "79"), W("Phường Hiệp Bình", "79"),
                               W("Phường Linh Xuân", "79"))
GIADINH = W("Phường Gia Định", "79")

T05 = """
Từ ven biển đến vùng đất thép: Lời hiệu triệu ngày hội non sông lan tỏa từng ấp, từng khu phố

Từ đầu năm 2026 đến nay, các xã, phường của Thành phố đồng loạt đẩy mạnh tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031, với nhiều cách làm phù hợp từng địa bàn.

* Xã Cần Giờ

Xã Cần Giờ có đường bờ biển dài hơn 13 km, nhiều hộ làm nghề đánh bắt gần bờ, mỗi chuyến đi biển kéo dài 10 đến 15 ngày. Để thông tin đến được với ngư dân, Đảng ủy xã tổ chức 18 buổi tuyên truyền lưu động tại các ấp, bến cá, chợ Hàng Dương, thu hút gần 2.700 lượt người dân. Đội xe loa của xã chạy 146 lượt qua các tuyến đường ven biển; xã cũng chia địa bàn thành 21 khu vực bỏ phiếu.

"Ghe tôi có 6 người, đứa nào cũng biết ngày đi bầu rồi, cán bộ ra tận bến dặn", anh Võ Văn Lợi, ngư dân ấp Long Thạnh, cười nói.

* Phường Bình Thạnh

Là địa bàn có 39 chung cư với khoảng 52 nghìn cư dân, phường Bình Thạnh chọn mạng xã hội làm kênh chủ lực. Phường duy trì 142 nhóm Zalo khu phố, chung cư, hiện có khoảng 38.500 thành viên. Fanpage của phường đăng 287 tin, bài, video ngắn về bầu cử; riêng clip "Ba bước đi bầu" được chia sẻ hơn 1.200 lượt.

Bà Phạm Thị Ngọc Dung, Phó Bí thư Đảng ủy phường Bình Thạnh, cho biết: "Chúng tôi tổ chức 2 hội nghị báo cáo viên để thống nhất nội dung trả lời những câu hỏi người dân hay hỏi, như người tạm trú 6 tháng có được bầu ở đây không."

* Xã Củ Chi

Xã Củ Chi triển khai học tập, quán triệt Chỉ thị 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử: Đảng ủy xã tổ chức 2 hội nghị cấp xã; các chi bộ ấp mở 52 lớp, với 3.940 lượt đảng viên dự, đạt 96,8%. Cuộc thi tìm hiểu pháp luật về bầu cử năm 2026 của xã nhận được 2.105 bài dự thi, trong đó 1.870 bài của đoàn viên, thanh niên. Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì và 5 giải Khuyến khích.

Trên vùng đất có hơn 250 km địa đạo, nhiều buổi nói chuyện được tổ chức ngay tại Khu di tích, kết hợp kể chuyện truyền thống. Theo kế hoạch, trước ngày 15/3/2026, 100% hộ gia đình trên địa bàn xã sẽ được phát tờ gấp.
"""

T06 = """
Cập nhật 20/01/2026 09:40

Phường Thủ Đức: Chuyển đổi số trong công tác tuyên truyền

Trong 6 tháng cuối năm 2025, Đảng ủy phường Thủ Đức xác định chuyển đổi số là khâu đột phá để đưa chủ trương, chính sách đến người dân nhanh nhất.

Phường Thủ Đức được thành lập trên cơ sở các phường Linh Chiểu, Trường Thọ, Bình Thọ và một phần phường Linh Tây, có 72 khu phố và hơn 110 nghìn dân, trong đó nhiều sinh viên, công nhân thuê trọ.

Phường hiện có 03 tài khoản mạng xã hội chính danh (fanpage, TikTok, Zalo OA), với gần 21.000 người theo dõi trang fanpage. Trong 6 tháng cuối năm, các tài khoản này đăng 1.046 tin, bài và 128 video ngắn; lượt xem ước đạt 2,4 triệu. Số người theo dõi tăng khoảng 4.500 người so với tháng 7, gấp 3 lần so với tổng số của các phường cũ trước sáp nhập.

Cùng với đó, Đảng ủy phường phối hợp Trung tâm Chính trị Thành phố mở 2 lớp tập huấn kỹ năng số cho 146 học viên là tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận. Mỗi lớp học 3 buổi, tập trung vào cách nhận diện và phản bác thông tin xấu độc.

Công tác nắm bắt dư luận cũng được số hóa. Phường hiện có 22 cộng tác viên dư luận xã hội, gửi báo cáo qua biểu mẫu trực tuyến. Sáu tháng qua, các cộng tác viên đã gửi 31 báo cáo về tình hình tư tưởng, tâm trạng của Nhân dân.

Ông Nguyễn Văn Tâm, 64 tuổi, khu phố 12, nói: "Tôi già rồi, mà con cháu cài cho cái ứng dụng, mỗi sáng mở ra coi tin phường, thấy 5 phút là biết hết chuyện."

Trong năm 2026, phường đặt mục tiêu 100% khu phố có nhóm Zalo và đạt 30.000 người theo dõi fanpage. Địa chỉ liên hệ: Trung tâm Phục vụ hành chính công phường Thủ Đức, số 2 Nguyễn Văn Lịch.
"""

T07 = """
ĐẢNG ỦY PHƯỜNG TAM BÌNH
BAN XÂY DỰNG ĐẢNG
Số 09-BC/BXDĐ
Tam Bình, ngày 28 tháng 3 năm 2026

BÁO CÁO NHANH
Kết quả công tác tuyên giáo quý I năm 2026 của Cụm phường Tam Bình – Hiệp Bình – Linh Xuân

Thực hiện chỉ đạo của Ban Tuyên giáo và Dân vận Thành ủy, Cụm thi đua số 3 tổng hợp kết quả quý I như sau:

Kết quả học tập, quán triệt Nghị quyết Đại hội XIV của Đảng:

Nội dung | Phường Tam Bình | Phường Hiệp Bình | Phường Linh Xuân
Hội nghị cấp phường | 1 | 1 | 2
Số lớp ở cơ sở | 32 | 45 | 29
Lượt cán bộ, đảng viên dự | 1.876 | 2.530 | 1.602
Tỷ lệ đảng viên tham gia (%) | 95,6 | 97,25 | 94,8

Kết quả tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 – 2031:

Nội dung | Phường Tam Bình | Phường Hiệp Bình | Phường Linh Xuân
Buổi tuyên truyền miệng | 24 | 31 | 19
Lượt người nghe | 2.150 | 2.870 | 1.640
Băng rôn, pano, khẩu hiệu | 310 | 285 | 240
Tin, bài trên fanpage | 96 | 128 | 74
Báo cáo dư luận xã hội | 6 | 8 | 5

Một số nội dung khác:
Phường Tam Bình hiện có 12 báo cáo viên, trong quý tổ chức 01 hội nghị báo cáo viên cho cả Cụm. Đảng ủy phường Hiệp Bình tuyên dương 5 tập thể, 9 cá nhân có thành tích trong tuyên truyền bầu cử. Phường Linh Xuân, nơi có Khu chế xuất Linh Trung với khoảng 40.000 công nhân, tổ chức 8 buổi nói chuyện tại nhà trọ với chừng 650 lượt công nhân tham dự.

Ngày bầu cử 15/3/2026, tỷ lệ cử tri đi bầu của 3 phường đều đạt trên 99%.

Khó khăn: biên chế Ban Xây dựng Đảng mỗi phường chỉ 4 – 5 người, phải kiêm nhiệm nhiều việc.

Nhiệm vụ quý II/2026: tổ chức hội nghị sơ kết Cụm; mỗi phường mở thêm ít nhất 10 lớp học tập chuyên đề năm 2026.
"""

T08 = """
ĐẢNG ỦY PHƯỜNG GIA ĐỊNH
BAN XÂY DỰNG ĐẢNG

BẢN TIN SINH HOẠT CHI BỘ – SỐ 05 (THÁNG 11/2025)

Gia Định, ngày 28/11/2025

KẾT QUẢ NỔI BẬT TRONG THÁNG

Phường Gia Định được thành lập trên cơ sở các phường 1, 2, 7 và 17 của quận Bình Thạnh cũ. Sau gần năm tháng hoạt động, bộ máy tuyên giáo của phường đã đi vào nền nếp. Trong tháng, một số kết quả chính:

✅ 01 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I
✅ 46 lớp ở các chi bộ, với 2.084 lượt cán bộ, đảng viên (đạt 95,9%)
✅ 52 buổi sinh hoạt chi bộ chuyên đề "Xây dựng văn hóa, con người Gia Định"
✅ Treo 360 băng rôn, cờ Tổ quốc dịp kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11)
✅ Phát hành 2 số bản tin chuyên đề về chính quyền đô thị
✅ Tổng hợp 9 báo cáo tình hình tư tưởng, dư luận từ các chi bộ

Cuộc thi ảnh "Gia Định – những khoảnh khắc đẹp" – lượt dự thi: 418. Ban tổ chức chọn 20 tác phẩm vào vòng chung khảo để trưng bày tại nhà văn hóa phường.

GƯƠNG NGƯỜI TỐT, VIỆC TỐT

Bà Lê Thị Hoa, 71 tuổi, tổ dân phố 14, đã 15 năm làm tổ trưởng. Bà kể: "Tổ tôi 96 hộ, tháng nào tôi cũng đi từng nhà nhắc họp, giờ có nhóm Zalo đỡ hơn nhiều."

LỊCH SINH HOẠT THÁNG 12

- Ngày 5/12: hội nghị báo cáo viên phường;
- Từ ngày 10 đến 20/12: các chi bộ sinh hoạt chuyên đề, mỗi chi bộ ít nhất 1 buổi;
- Dự kiến khen thưởng 6 tập thể, 10 cá nhân tiêu biểu năm 2025.

Mọi ý kiến đóng góp gửi Ban Xây dựng Đảng, số 6 Phan Đăng Lưu, điện thoại 028.3841.6020.
"""

D05, D06, D07, D08 = "2026-03-20", "2026-01-20", "2026-03-28", "2025-11-28"
P05 = since("2026-01-01", D05)

R1 = "Hội nghị cấp phường | 1 | 1 | 2"
R2 = "Số lớp ở cơ sở | 32 | 45 | 29"
R3 = "Lượt cán bộ, đảng viên dự | 1.876 | 2.530 | 1.602"
R4 = "Tỷ lệ đảng viên tham gia (%) | 95,6 | 97,25 | 94,8"
R5 = "Buổi tuyên truyền miệng | 24 | 31 | 19"
R6 = "Lượt người nghe | 2.150 | 2.870 | 1.640"
R7 = "Băng rôn, pano, khẩu hiệu | 310 | 285 | 240"
R8 = "Tin, bài trên fanpage | 96 | 128 | 74"
R9 = "Báo cáo dư luận xã hội | 6 | 8 | 5"


def _row(ev, vals, ind, a="all"):
    return [F(ev, v, ind, a=a, unit=u) for v, u in zip(vals, (TAMBINH, HIEPBINH, LINHXUAN))]


DOCS = [
    Doc("h44_05", T05, CANGIO, P05, D05, "sidecar", meta={"date": D05}, facts=[
        F("tổ chức 18 buổi tuyên truyền lưu động", 18, "oral_propaganda_sessions"),
        F("gần 2.700 lượt người dân", 2700, "propaganda_audience", "at_most", a="masses"),
        F("chạy 146 lượt", 146, "other"),
        F("duy trì 142 nhóm Zalo", 142, "chat_groups", unit=BINHTHANH, p=inst(D05)),
        F("khoảng 38.500 thành viên", 38500, "chat_group_members", "approx", unit=BINHTHANH,
          p=inst(D05)),
        F("đăng 287 tin, bài", 287, "news_items", unit=BINHTHANH),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=BINHTHANH),
        F("tổ chức 2 hội nghị cấp xã", 2, "study_sessions", unit=CUCHI),
        F("mở 52 lớp", 52, "study_sessions", unit=CUCHI),
        F("với 3.940 lượt đảng viên", 3940, "study_attendance", a="party_members", unit=CUCHI),
        F("đạt 96,8%", 96.8, "study_participation_rate", unit=CUCHI),
        F("nhận được 2.105 bài dự thi", 2105, "contest_entries", unit=CUCHI),
    ], traps=[("khóa XVI", 16), ("nhiệm kỳ 2026 – 2031", 2026), ("đầu năm 2026", 2026),
              ("hơn 13 km", 13), ("10 đến 15 ngày", 10), ("15 ngày", 15),
              ("21 khu vực bỏ phiếu", 21), ("Ghe tôi có 6 người", 6),
              ("có 39 chung cư", 39), ("khoảng 52 nghìn cư dân", 52000),
              ("hơn 1.200 lượt", 1200), ("tạm trú 6 tháng", 6), ("Chỉ thị 46-CT/TW", 46),
              ("bầu cử năm 2026", 2026), ("1.870 bài", 1870), ("trao 1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("5 giải Khuyến khích", 5), ("hơn 250 km", 250),
              ("ngày 15/3/2026", 15), ("100% hộ gia đình", 100)]),
    Doc("h44_06", T06, THUDUC, h2(2025), D06, "text", facts=[
        F("hiện có 03 tài khoản mạng xã hội", 3, "social_pages", p=inst(D06)),
        F("gần 21.000 người theo dõi", 21000, "propaganda_audience", "at_most", p=inst(D06)),
        F("đăng 1.046 tin, bài", 1046, "news_items"),
        F("128 video ngắn", 128, "news_items"),
        F("lượt xem ước đạt 2,4 triệu", 2400000, "propaganda_audience", "approx"),
        F("mở 2 lớp tập huấn kỹ năng số", 2, "training_classes"),
        F("cho 146 học viên", 146, "trainees"),
        F("hiện có 22 cộng tác viên", 22, "opinion_collaborators", p=inst(D06)),
        F("đã gửi 31 báo cáo", 31, "opinion_reports"),
    ], traps=[("Cập nhật 20/01/2026 09:40", 20), ("09:40", 9), ("6 tháng cuối năm 2025", 6),
              ("có 72 khu phố", 72), ("hơn 110 nghìn dân", 110000),
              ("Trong 6 tháng cuối năm", 6), ("so với tháng 7", 7), ("tăng khoảng 4.500 người", 4500),
              ("gấp 3 lần", 3), ("học 3 buổi", 3), ("64 tuổi", 64), ("khu phố 12", 12),
              ("5 phút", 5), ("năm 2026", 2026), ("100% khu phố", 100),
              ("30.000 người theo dõi", 30000), ("số 2 Nguyễn Văn Lịch", 2)]),
    Doc("h44_07", T07, TAMBINH, quarter(1, 2026), D07, "text", facts=[
        *_row(R1, (1, 1, 2), "study_sessions"),
        *_row(R2, (32, 45, 29), "study_sessions"),
        *_row(R3, (1876, 2530, 1602), "study_attendance", a="party_members"),
        *_row(R4, (95.6, 97.25, 94.8), "study_participation_rate"),
        *_row(R5, (24, 31, 19), "oral_propaganda_sessions"),
        *_row(R6, (2150, 2870, 1640), "propaganda_audience"),
        *_row(R7, (310, 285, 240), "other"),
        *_row(R8, (96, 128, 74), "news_items"),
        *_row(R9, (6, 8, 5), "opinion_reports"),
        F("hiện có 12 báo cáo viên", 12, "reporters", p=inst(D07)),
        F("tổ chức 01 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("tuyên dương 5 tập thể", 5, "commended_collectives", unit=HIEPBINH),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals", unit=HIEPBINH),
        F("tổ chức 8 buổi nói chuyện", 8, "oral_propaganda_sessions", unit=LINHXUAN),
        F("chừng 650 lượt công nhân", 650, "propaganda_audience", "approx", unit=LINHXUAN),
    ], traps=[("Số 09-BC/BXDĐ", 9), ("ngày 28 tháng 3 năm 2026", 28), ("quý I năm 2026", 1),
              ("Cụm thi đua số 3", 3), ("Đại hội XIV", 14), ("khóa XVI", 16),
              ("nhiệm kỳ 2026 – 2031", 2026), ("khoảng 40.000 công nhân", 40000),
              ("15/3/2026", 15), ("của 3 phường", 3), ("trên 99%", 99), ("chỉ 4 – 5 người", 4),
              ("quý II/2026", 2), ("ít nhất 10 lớp", 10), ("chuyên đề năm 2026", 2026)]),
    Doc("h44_08", T08, GIADINH, month(11, 2025), D08, "text", facts=[
        F("✅ 01 hội nghị cấp phường", 1, "study_sessions"),
        F("✅ 46 lớp ở các chi bộ", 46, "study_sessions"),
        F("với 2.084 lượt cán bộ, đảng viên", 2084, "study_attendance", a="party_members"),
        F("(đạt 95,9%)", 95.9, "study_participation_rate"),
        F("✅ 52 buổi sinh hoạt chi bộ", 52, "party_cell_discussions"),
        F("Treo 360 băng rôn", 360, "other"),
        F("Phát hành 2 số bản tin", 2, "news_items"),
        F("Tổng hợp 9 báo cáo tình hình tư tưởng", 9, "opinion_reports"),
        F("lượt dự thi: 418", 418, "contest_entries"),
    ], traps=[("SỐ 05 (THÁNG 11/2025)", 5), ("THÁNG 11/2025", 11), ("ngày 28/11/2025", 28),
              ("các phường 1, 2, 7 và 17", 1), ("2, 7 và 17", 2), ("7 và 17", 7), ("và 17", 17),
              ("lần thứ I", 1), ("43 năm", 43), ("(20/11)", 20),
              ("20 tác phẩm vào vòng chung khảo", 20), ("71 tuổi", 71),
              ("tổ dân phố 14", 14), ("15 năm", 15), ("Tổ tôi 96 hộ", 96), ("THÁNG 12", 12),
              ("Ngày 5/12", 5), ("Từ ngày 10", 10), ("20/12", 20), ("ít nhất 1 buổi", 1),
              ("khen thưởng 6 tập thể", 6), ("10 cá nhân tiêu biểu năm 2025", 10),
              ("số 6 Phan Đăng Lưu", 6), ("028.3841.6020", 28)]),
]
