"""Held-out set holdout64, part 4: wards and communes after the 1 July 2025 reform: a new
ward's nine-month report that recalls its predecessor district (Phường Bến Thành, TP.HCM), a
newspaper article on a Hanoi ward (Phường Việt Hưng, quý I/2026) and a commune party
committee's social-media post (Xã Thạnh An, TP.HCM).
Written from docs/LABELING.md, the seeds and build_gold.py only, without reading the extractor.

Decisions where the guide leaves room:
- Bến Thành report: the section "1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)" names
  "Ban Tuyên giáo Quận ủy Quận 1 (cũ)" in a sentence dated before the reform: its facts, and
  those of the next sentences referring back ("Quận cũng ...", "Các phường ..."), are Quận 1's
  in the first half of 2025. The section "2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025
  đến nay)" and its lettered sub-sections "a)", "b)" are the ward's, 2025-07-01..document date.
- "2 trang mạng xã hội chính danh là fanpage và Zalo OA ..." is one count of social_pages (2);
  "riêng Zalo OA có 8.640 người quan tâm" are followers (propaganda_audience, document date).
- "Các khu phố có 64 nhóm Zalo" (no marker) is dated at the section's end, the document date.
- The livestreamed dialogue "thu hút khoảng 12.000 lượt xem": views the unit's item drew, a
  propaganda_audience of the section's span.
- "tặng giấy khen cho 6 chi bộ và 11 đảng viên": chi bộ are commended collectives, party
  members commended individuals.
- Thạnh An post: a ✅ line with an attendance goes on from the ✅ study line above it; the
  "xuồng loa" runs are a vehicle's runs (`other`); "mỗi chuyến đi biển 5 đến 7 ngày" is a
  duration (traps); "mỗi ngày từ 2 đến 3 tin" a per-day figure (traps); the post's reactions
  are traps.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, m9, quarter, since

Q1 = U("Quận 1")
BTHANH = W("Phường Bến Thành", "79")
VHUNG = W("Phường Việt Hưng", "01")
THANHAN = W("Xã Thạnh An", "79")

T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
*
Số 18-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Phường Bến Thành, ngày 08 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng đầu năm 2025

Phường Bến Thành được thành lập trên cơ sở sắp xếp các phường Bến Thành, Phạm Ngũ Lão và một phần các phường Cầu Ông Lãnh, Nguyễn Cư Trinh của Quận 1 (cũ); Đảng bộ phường hiện có 52 chi bộ trực thuộc với hơn 2.300 đảng viên. Đảng ủy phường báo cáo kết quả công tác tuyên giáo 9 tháng đầu năm 2025 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)
Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 (cũ) tổ chức 4 hội nghị cấp quận học tập, quán triệt các nghị quyết, kết luận của Trung ương về sắp xếp tổ chức bộ máy và đơn vị hành chính, với 3.840 lượt cán bộ, đảng viên tham dự. Quận cũng tổ chức 126 buổi nói chuyện chuyên đề kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước và 135 năm Ngày sinh Chủ tịch Hồ Chí Minh. Các phường treo 1.450 băng rôn, cờ phướn trên các tuyến đường trung tâm.

2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)
a) Học tập, quán triệt nghị quyết
Đảng ủy phường ban hành 12 văn bản chỉ đạo công tác tư tưởng; tổ chức 01 hội nghị cấp phường và 38 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, với 2.164/2.236 đảng viên tham dự, đạt 96,78%.

b) Tuyên truyền, nắm bắt dư luận xã hội
Phường hiện duy trì 2 trang mạng xã hội chính danh là fanpage và Zalo OA “Phường Bến Thành”; riêng Zalo OA có 8.640 người quan tâm. Các khu phố có 64 nhóm Zalo với khoảng 15.200 thành viên. Từ khi phường đi vào hoạt động, các trang này đăng 436 tin, bài, video clip; buổi đối thoại trực tuyến giữa lãnh đạo phường với người dân về thủ tục hành chính sau sắp xếp thu hút khoảng 12.000 lượt xem.

Đồng chí Nguyễn Minh Khoa, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Chúng tôi đã tổ chức 14 buổi tuyên truyền miệng tại 26 khu phố để bà con nắm rõ địa chỉ, cách thức làm thủ tục ở trung tâm phục vụ hành chính công mới. Đội ngũ 28 cộng tác viên dư luận xã hội của phường cũng đã gửi 9 báo cáo về tâm tư của người dân, nhất là tiểu thương chợ Bến Thành”.

Bà Trần Thị Kim Loan, tiểu thương chợ Bến Thành, chia sẻ: “Sạp tôi bán ở đây đã 32 năm. Nghe cán bộ phường giải thích cặn kẽ, tôi yên tâm hơn”.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030, hướng tới Đại hội XIV của Đảng.
- Phát triển thêm 20 nhóm Zalo khu phố; phấn đấu 100% đảng viên được học tập nghị quyết đúng thời gian quy định.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

T11 = """
Phường Việt Hưng: Đưa Nghị quyết Đại hội XIV của Đảng đến từng tổ dân phố

Cập nhật 10/04/2026 07:45

(HNM) – Quý I năm 2026, Đảng ủy phường Việt Hưng tập trung tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng trong cán bộ, đảng viên và Nhân dân, gắn với nhiệm vụ xây dựng phường văn minh, hiện đại.

Phường Việt Hưng được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp một số phường của quận Long Biên (cũ); hiện có 46 tổ dân phố với hơn 62.000 nhân khẩu.

Ngay sau hội nghị trực tuyến toàn quốc, Đảng ủy phường tổ chức 2 hội nghị cấp phường cho cán bộ chủ chốt, kết nối tới 38 điểm cầu tổ dân phố. Các chi bộ trực thuộc mở 61 lớp, thu hút 3.918 lượt đảng viên, đạt 97,26%; riêng quần chúng có 2.450 lượt dự nghe.

Bà Nguyễn Thu Trang, Phó Bí thư Thường trực Đảng ủy phường Việt Hưng, cho biết: “Chúng tôi biên soạn bộ tài liệu hỏi – đáp gồm 24 câu về những điểm mới của Nghị quyết, in 3.000 cuốn phát đến từng tổ dân phố. Ban Thường vụ Đảng ủy cũng ban hành 7 văn bản hướng dẫn các chi bộ thảo luận, liên hệ với thực tế khu dân cư”.

Mô hình “Zalo tổ dân phố” tiếp tục phát huy hiệu quả. Đến nay, phường duy trì 58 nhóm Zalo với khoảng 21.300 thành viên; trong quý, các nhóm đăng tải hơn 1.700 tin, bài, video clip về Nghị quyết Đại hội XIV và kỷ niệm 96 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2026). Phường hiện có 12 báo cáo viên; trong quý đã tổ chức 1 hội nghị báo cáo viên để cập nhật thông tin thời sự.

Ông Đỗ Văn Hùng, tổ trưởng tổ dân phố số 9, kể: “Tổ tôi 210 hộ, có nhóm Zalo rồi thì thông báo họp chi bộ, lịch thu gom rác hay tài liệu nghị quyết đều đến tận từng nhà. Hôm học nghị quyết, tổ tôi có 74 người đến dự”.

Dịp này, Đảng ủy phường tặng giấy khen cho 6 chi bộ và 11 đảng viên có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Quý II, phường sẽ tổ chức hội thi tuyên truyền viên giỏi, dự kiến có 15 đội thi tham gia.
"""

T12 = """
Đảng ủy xã Thạnh An
02 tháng 12, 2025 lúc 19:30 · 🌏

🇻🇳 XÃ ĐẢO THẠNH AN: ĐƯA THÔNG TIN CHÍNH THỐNG ĐẾN TỪNG ẤP 🇻🇳

Từ khi xã Thạnh An mới đi vào hoạt động (1/7/2025) đến nay, dù cách trung tâm Thành phố khoảng 60 km đường thủy, công tác tuyên truyền trên đảo vẫn được Đảng ủy xã duy trì đều đặn, nhất là dịp Đại hội đại biểu Đảng bộ xã lần thứ I và Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030. Một số kết quả nổi bật:

✅ Tổ chức 01 hội nghị cấp xã và 9 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội Đảng bộ Thành phố
✅ 612 lượt cán bộ, đảng viên tham dự, đạt 97,6%
✅ 46 buổi tuyên truyền miệng tại các ấp, bến tàu, chợ Thạnh An với khoảng 2.900 lượt người dân nghe
✅ Treo 380 băng rôn, cờ phướn chào mừng đại hội
✅ Xuồng loa tuyên truyền lưu động chạy 64 lượt quanh các ấp ven sông
✅ Fanpage “Thạnh An – Đảo xanh” đăng 214 tin, bài, video ngắn
✅ Hiện có 18 nhóm Zalo ấp, tổ nhân dân với gần 3.400 thành viên

“Bà con trên đảo chủ yếu làm nghề biển, mỗi chuyến đi biển 5 đến 7 ngày mới về, nên chúng tôi tổ chức nói chuyện vào buổi tối ở bến tàu, ở nhà văn hóa ấp. Xã cũng đã khen thưởng 4 tập thể, 7 cá nhân tích cực trong tuyên truyền đại hội”, đồng chí Lê Văn Sáu, Bí thư Đảng ủy xã Thạnh An, cho biết.

Phụ trách fanpage của xã, anh Phạm Minh Trí, công chức Văn phòng Đảng ủy, cho hay mỗi ngày trang đăng từ 2 đến 3 tin, ưu tiên video ngắn có phụ đề vì nhiều bà con xem trên điện thoại khi đang ở ngoài khơi.

“Tối nào có nói chuyện, ấp tôi cũng hơn 80 người ra nghe”, ông Nguyễn Văn Tư, ngư dân ấp Thiềng Liềng, kể.

Thời gian tới, Đảng ủy xã sẽ tiếp tục đưa Nghị quyết Đại hội Đảng bộ Thành phố đến từng tổ nhân dân, gắn với tuyên truyền phát triển du lịch cộng đồng và giữ gìn rừng ngập mặn Cần Giờ.

#ThanhAn #TuyenGiao #DaiHoiDangBo

312 lượt thích · 26 bình luận · 41 lượt chia sẻ
"""

D10, D11, D12 = "2025-10-08", "2026-04-10", "2025-12-02"
WARD10 = since("2025-07-01", D10)
Q1_26 = quarter(1, 2026)
SINCE12 = since("2025-07-01", D12)

DOCS = [
    Doc("h64_10_benthanh_9t_2025", T10, BTHANH, m9(2025), D10, "text", facts=[
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions", unit=Q1, p=h1(2025)),
        F("với 3.840 lượt cán bộ, đảng viên", 3840, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("tổ chức 126 buổi nói chuyện", 126, "oral_propaganda_sessions", unit=Q1, p=h1(2025)),
        F("treo 1.450 băng rôn", 1450, "other", unit=Q1, p=h1(2025)),
        F("ban hành 12 văn bản", 12, "documents_issued", p=WARD10),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", p=WARD10),
        F("38 lớp ở các chi bộ", 38, "study_sessions", p=WARD10),
        F("với 2.164/2.236 đảng viên", 2164, "study_attendance", a="party_members", p=WARD10),
        F("đạt 96,78%", 96.78, "study_participation_rate", p=WARD10),
        F("hiện duy trì 2 trang mạng xã hội", 2, "social_pages", p=inst(D10)),
        F("có 8.640 người quan tâm", 8640, "propaganda_audience", p=inst(D10)),
        F("có 64 nhóm Zalo", 64, "chat_groups", p=end_of(WARD10)),
        F("khoảng 15.200 thành viên", 15200, "chat_group_members", "approx",
          p=end_of(WARD10)),
        F("đăng 436 tin, bài", 436, "news_items", p=WARD10),
        F("khoảng 12.000 lượt xem", 12000, "propaganda_audience", "approx", p=WARD10),
        F("tổ chức 14 buổi tuyên truyền miệng", 14, "oral_propaganda_sessions", p=WARD10),
        F("Đội ngũ 28 cộng tác viên", 28, "opinion_collaborators", p=end_of(WARD10)),
        F("gửi 9 báo cáo", 9, "opinion_reports", p=WARD10),
    ], traps=[("Số 18-BC/ĐU", 18), ("ngày 08 tháng 10 năm 2025", 8),
              ("9 tháng đầu năm 2025", 9), ("Quận 1", 1), ("52 chi bộ trực thuộc", 52),
              ("hơn 2.300 đảng viên", 2300), ("1. Giai đoạn", 1), ("tháng 1 –", 1),
              ("tháng 6/2025", 6), ("đầu năm 2025", 2025), ("50 năm", 50), ("135 năm", 135),
              ("2. Từ khi", 2), ("từ ngày 1/7/2025", 1), ("nhiệm kỳ 2025 – 2030", 2025),
              ("tại 26 khu phố", 26), ("32 năm", 32), ("QUÝ IV NĂM 2025", 2025),
              ("thêm 20 nhóm Zalo", 20), ("100% đảng viên", 100)]),
    Doc("h64_11_viethung_q1_2026", T11, VHUNG, Q1_26, D11, "text", facts=[
        F("tổ chức 2 hội nghị cấp phường", 2, "study_sessions"),
        F("mở 61 lớp", 61, "study_sessions"),
        F("thu hút 3.918 lượt đảng viên", 3918, "study_attendance", a="party_members"),
        F("đạt 97,26%", 97.26, "study_participation_rate"),
        F("có 2.450 lượt dự nghe", 2450, "study_attendance", a="masses"),
        F("in 3.000 cuốn", 3000, "other"),
        F("ban hành 7 văn bản", 7, "documents_issued"),
        F("duy trì 58 nhóm Zalo", 58, "chat_groups", p=inst(D11)),
        F("khoảng 21.300 thành viên", 21300, "chat_group_members", "approx", p=inst(D11)),
        F("hơn 1.700 tin, bài", 1700, "news_items", "at_least"),
        F("hiện có 12 báo cáo viên", 12, "reporters", p=inst(D11)),
        F("tổ chức 1 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("giấy khen cho 6 chi bộ", 6, "commended_collectives"),
        F("11 đảng viên", 11, "commended_individuals"),
    ], traps=[("Cập nhật 10/04/2026 07:45", 10), ("Quý I năm 2026", 2026),
              ("từ ngày 1/7/2025", 1), ("46 tổ dân phố", 46),
              ("hơn 62.000 nhân khẩu", 62000), ("38 điểm cầu", 38), ("gồm 24 câu", 24),
              ("96 năm", 96), ("3/2/1930", 3), ("3/2/2026", 3), ("tổ dân phố số 9", 9),
              ("210 hộ", 210), ("có 74 người", 74), ("có 15 đội thi", 15)]),
    Doc("h64_12_thanhan_2025", T12, THANHAN, SINCE12, D12, "text", facts=[
        F("Tổ chức 01 hội nghị cấp xã", 1, "study_sessions"),
        F("9 lớp ở các chi bộ", 9, "study_sessions"),
        F("612 lượt cán bộ, đảng viên", 612, "study_attendance", a="party_members"),
        F("đạt 97,6%", 97.6, "study_participation_rate"),
        F("46 buổi tuyên truyền miệng", 46, "oral_propaganda_sessions"),
        F("khoảng 2.900 lượt người dân", 2900, "propaganda_audience", "approx", a="masses"),
        F("Treo 380 băng rôn", 380, "other"),
        F("chạy 64 lượt", 64, "other"),
        F("đăng 214 tin, bài", 214, "news_items"),
        F("Hiện có 18 nhóm Zalo", 18, "chat_groups", p=inst(D12)),
        F("gần 3.400 thành viên", 3400, "chat_group_members", "at_most", p=inst(D12)),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 7 cá nhân", 7, "commended_individuals"),
    ], traps=[("02 tháng 12, 2025 lúc 19:30", 2), ("(1/7/2025)", 1),
              ("khoảng 60 km", 60), ("nhiệm kỳ 2025 – 2030", 2025),
              ("5 đến 7 ngày", 5), ("7 ngày", 7), ("từ 2 đến 3 tin", 2), ("3 tin", 3),
              ("hơn 80 người", 80), ("312 lượt thích", 312), ("26 bình luận", 26),
              ("41 lượt chia sẻ", 41)]),
]
