"""Held-out set holdout35, part 3: wards after the reform of 1 July 2025 (a HCMC ward's formal
quarterly report, a Hanoi ward's portal feature, a Hanoi article with one section per ward).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the sample reports, without reading or running the extractor.
Decisions: see h351_hanoi_districts.py; in addition
- "Phường hiện có 2 trang mạng xã hội chính danh (1 Zalo OA, 1 fanpage)": the 2 pages are the
  fact, the bracket its parts;
- "Cộng tác viên dư luận xã hội: 12 đồng chí (bổ sung 3 đồng chí trong quý)" has no marker:
  the stock is an instant at the quarter's end;
- "kiện toàn 64 nhóm Zalo" since 1/7/2025 with no marker: an instant at that period's end,
  which is the document date;
- "6 buổi nói chuyện ... với hơn 1.100 lượt người nghe" for youth: audience `all` (the phrase
  after the number is "lượt người nghe").
"""
from build_gold import Doc, F, W, end_of, inst, month, quarter, since

BANCO = W("Phường Bàn Cờ", "79")
VHUNG = W("Phường Việt Hưng", "01")
VMQTG, KLIEN, OCD = (W("Phường Văn Miếu - Quốc Tử Giám", "01"), W("Phường Kim Liên", "01"),
                     W("Phường Ô Chợ Dừa", "01"))

T07 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BÀN CỜ
*
Số 38-BC/ĐU

Bàn Cờ, ngày 22 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo và dân vận quý IV năm 2025

Phường Bàn Cờ được thành lập trên cơ sở các phường 1, 2, 3, 4, 5 thuộc Quận 3 (cũ), với diện tích khoảng 0,9 km² và hơn 72.000 dân. Đảng bộ phường hiện có 41 tổ chức cơ sở đảng với 2.318 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01 (trực tuyến tới 38 điểm cầu chi bộ)
- Lớp ở chi bộ: 41
- Đảng viên dự học: 2.207/2.318 đồng chí; tỷ lệ: 95,21%
- Lượt quần chúng dự nghe: 640
b) Các chuyên đề, văn bản mới của Trung ương
- Hội nghị học tập: 02; lượt đảng viên dự: 1.954

2. Tuyên truyền
- Buổi tuyên truyền miệng tại khu phố: 27 – lượt người nghe: khoảng 2.900
- Tin, bài trên trang Zalo OA của phường: 214; trên fanpage “Phường Bàn Cờ”: 167
- Phường hiện có 2 trang mạng xã hội chính danh (1 Zalo OA, 1 fanpage); 58 nhóm Zalo khu phố, số thành viên hiện nay khoảng 11.500 người
- Băng rôn, cờ phướn tuyên truyền Đại hội Đảng toàn quốc lần thứ XIV: 320
- Kinh phí hỗ trợ in tài liệu tuyên truyền cho các khu phố: 45 triệu đồng

3. Công tác nắm bắt dư luận xã hội
- Cộng tác viên dư luận xã hội: 12 đồng chí (bổ sung 3 đồng chí trong quý)
- Báo cáo dư luận xã hội gửi Ban Thường vụ Đảng ủy phường: 9 định kỳ, 2 đột xuất

4. Khen thưởng
- Tập thể được khen thưởng: 4; cá nhân được khen thưởng: 11 người
- Đề nghị Ủy ban nhân dân Thành phố tặng bằng khen: 01 cá nhân

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I NĂM 2026
- Tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 100% đảng viên.
- Tổ chức 02 hội nghị báo cáo viên; phát triển thêm 10 nhóm Zalo khu phố.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

T08 = """
Cập nhật 14/11/2025 09:30

Phường Việt Hưng: “Zalo tổ dân phố” – cầu nối giữa chính quyền và người dân

Từ ngày 1/7/2025, khi chính quyền địa phương hai cấp chính thức vận hành, Đảng ủy phường Việt Hưng xác định tuyên truyền trên nền tảng số là khâu đột phá. Phường được thành lập trên cơ sở các phường Việt Hưng, Giang Biên, Đức Giang, Phúc Đồng của quận Long Biên cũ, có 58 tổ dân phố với khoảng 98 nghìn dân.

Theo bà Lê Thị Minh Nguyệt, Phó Bí thư Thường trực Đảng ủy phường, sau hơn bốn tháng, phường đã kiện toàn 64 nhóm Zalo tổ dân phố. “Hiện nay số thành viên của các nhóm khoảng 31.000 người, gần như hộ nào cũng có người tham gia. Các nhóm đã đăng hơn 2.600 tin về cải cách thủ tục hành chính và phòng chống lừa đảo qua mạng. Chúng tôi còn tổ chức 16 buổi hướng dẫn cài đặt ứng dụng VNeID cho người cao tuổi”, bà Nguyệt cho biết.

Fanpage “Việt Hưng hôm nay” của phường hiện có gần 12.000 người theo dõi; các video ngắn về nếp sống văn minh có lượt tiếp cận ước đạt 1,2 triệu. Đảng ủy phường đã tổ chức 01 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, với 1.486 lượt đảng viên tham dự, đạt 96,3%; các chi bộ mở 52 lớp học tập nghị quyết cho quần chúng với 2.930 lượt người dân.

“Trước kia muốn biết lịch tiêm phòng cho cháu phải chờ loa phường, giờ mở điện thoại là có. Tổ tôi 86 hộ thì có tới 80 hộ vào nhóm”, bà Phạm Thị Tuyết, tổ trưởng tổ dân phố số 9, kể.

Thời gian tới, phường phấn đấu mỗi tổ dân phố có ít nhất 2 “tuyên truyền viên số” và đến hết năm 2026 có 100% hộ dân tham gia nhóm Zalo. Mọi phản ánh xin gửi về Bộ phận một cửa của phường, số 2 phố Vạn Hạnh, điện thoại 024.3875.2210.
"""

T09 = """
Ba phường trung tâm Thủ đô: học tập Nghị quyết Đại hội XIV bắt đầu từ chi bộ

Quý I năm 2026, ngay sau khi Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành công, các phường Văn Miếu – Quốc Tử Giám, Kim Liên và Ô Chợ Dừa đã khẩn trương tổ chức học tập, quán triệt Nghị quyết Đại hội.

VĂN MIẾU – QUỐC TỬ GIÁM: Học nghị quyết bên di sản

Phường Văn Miếu – Quốc Tử Giám được thành lập từ các phường Văn Miếu, Quốc Tử Giám, Hàng Bột thuộc quận Đống Đa cũ. Trong quý, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 39 lớp ở các chi bộ, thu hút 3.412 lượt cán bộ, đảng viên, đạt 97,4%. Khu di tích Văn Miếu – Quốc Tử Giám, nơi lưu giữ 82 tấm bia tiến sĩ, được chọn làm điểm tổ chức 6 buổi nói chuyện chuyên đề cho đoàn viên, thanh niên với hơn 1.100 lượt người nghe.

KIM LIÊN: Báo cáo viên “đi trước một bước”

Dù tháng 1 phường chỉ tổ chức được 1 hội nghị báo cáo viên do trùng nhiều sự kiện, cả quý Kim Liên vẫn tổ chức 3 hội nghị báo cáo viên. Phường hiện có 42 báo cáo viên cơ sở. Các chi bộ mở 44 lớp với 2.876 lượt đảng viên tham dự. Đảng ủy phường ban hành 9 văn bản hướng dẫn; trang thông tin điện tử phường đăng 96 tin, bài.

Bà Nguyễn Thị Hoa, 67 tuổi, tổ dân phố số 12, nói: “Báo cáo viên về tận sinh hoạt tổ, nói 45 phút mà ai cũng chăm chú”.

Ô CHỢ DỪA: Zalo khu dân cư đồng hành cùng nghị quyết

Ô Chợ Dừa là phường đông dân bậc nhất Thủ đô, với hơn 110 nghìn người. Quý I, các chi bộ tổ chức 62 lớp với 4.105 lượt cán bộ, đảng viên và 1.260 lượt quần chúng; Đảng ủy phường tổ chức 2 hội nghị cấp phường. Đến nay, phường duy trì 124 nhóm Zalo khu dân cư và 1 fanpage chính danh với gần 15 nghìn người theo dõi. Phường đã khen thưởng 6 tập thể và 14 cá nhân có thành tích trong tuyên truyền Đại hội.
"""

D07, D08, D09 = "2025-12-22", "2025-11-14", "2026-04-08"
P07, P08, P09 = quarter(4, 2025), since("2025-07-01", D08), quarter(1, 2026)

DOCS = [
    Doc("h35_07", T07, BANCO, P07, D07, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở chi bộ: 41", 41, "study_sessions"),
        F("Đảng viên dự học: 2.207/2.318 đồng chí", 2207, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 95,21%", 95.21, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 640", 640, "study_attendance", a="masses"),
        F("Hội nghị học tập: 02", 2, "study_sessions"),
        F("lượt đảng viên dự: 1.954", 1954, "study_attendance", a="party_members"),
        F("tại khu phố: 27", 27, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 2.900", 2900, "propaganda_audience", "approx"),
        F("Zalo OA của phường: 214", 214, "news_items"),
        F("“Phường Bàn Cờ”: 167", 167, "news_items"),
        F("hiện có 2 trang mạng xã hội", 2, "social_pages", p=inst(D07)),
        F("58 nhóm Zalo khu phố", 58, "chat_groups", p=inst(D07)),
        F("hiện nay khoảng 11.500 người", 11500, "chat_group_members", "approx",
          p=inst(D07)),
        F("lần thứ XIV: 320", 320, "other"),
        F("cho các khu phố: 45 triệu đồng", 45000000, "other"),
        F("Cộng tác viên dư luận xã hội: 12 đồng chí", 12, "opinion_collaborators",
          p=end_of(P07)),
        F("phường: 9 định kỳ", 9, "opinion_reports"),
        F("9 định kỳ, 2 đột xuất", 2, "opinion_reports"),
        F("Tập thể được khen thưởng: 4", 4, "commended_collectives"),
        F("cá nhân được khen thưởng: 11 người", 11, "commended_individuals"),
    ], traps=[("Số 38-BC/ĐU", 38), ("ngày 22 tháng 12 năm 2025", 22),
              ("quý IV năm 2025", 2025), ("các phường 1, 2, 3, 4, 5", 1), ("Quận 3", 3),
              ("khoảng 0,9 km²", 0.9), ("hơn 72.000 dân", 72000),
              ("41 tổ chức cơ sở đảng", 41), ("2.318 đảng viên.", 2318),
              ("nhiệm kỳ 2025 – 2030", 2025), ("38 điểm cầu", 38), ("(1 Zalo OA", 1),
              ("1 fanpage)", 1), ("bổ sung 3 đồng chí", 3), ("01 cá nhân", 1),
              ("QUÝ I NĂM 2026", 2026), ("100% đảng viên", 100),
              ("02 hội nghị báo cáo viên", 2), ("thêm 10 nhóm Zalo", 10),
              ("1. Học tập", 1), ("2. Tuyên truyền", 2), ("3. Công tác nắm bắt", 3),
              ("4. Khen thưởng", 4)]),
    Doc("h35_08", T08, VHUNG, P08, D08, "text", facts=[
        F("kiện toàn 64 nhóm Zalo", 64, "chat_groups", p=inst(D08)),
        F("các nhóm khoảng 31.000 người", 31000, "chat_group_members", "approx",
          p=inst(D08)),
        F("đăng hơn 2.600 tin", 2600, "news_items", "at_least"),
        F("tổ chức 16 buổi hướng dẫn", 16, "other"),
        F("hiện có gần 12.000 người theo dõi", 12000, "propaganda_audience", "at_most",
          p=inst(D08)),
        F("lượt tiếp cận ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("tổ chức 01 hội nghị học tập", 1, "study_sessions"),
        F("với 1.486 lượt đảng viên", 1486, "study_attendance", a="party_members"),
        F("đạt 96,3%", 96.3, "study_participation_rate"),
        F("mở 52 lớp học tập nghị quyết", 52, "study_sessions"),
        F("với 2.930 lượt người dân", 2930, "study_attendance", a="masses"),
    ], traps=[("14/11/2025 09:30", 14), ("Từ ngày 1/7/2025", 1), ("58 tổ dân phố", 58),
              ("khoảng 98 nghìn dân", 98000), ("nhiệm kỳ 2025 – 2030", 2025),
              ("Tổ tôi 86 hộ", 86), ("80 hộ", 80), ("tổ dân phố số 9", 9),
              ("ít nhất 2 “tuyên truyền viên số”", 2), ("năm 2026", 2026),
              ("100% hộ dân", 100), ("số 2 phố Vạn Hạnh", 2), ("024.3875.2210", 24)]),
    Doc("h35_09", T09, VMQTG, P09, D09, "sidecar", meta={"date": D09}, facts=[
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=VMQTG),
        F("39 lớp ở các chi bộ", 39, "study_sessions", unit=VMQTG),
        F("thu hút 3.412 lượt cán bộ, đảng viên", 3412, "study_attendance",
          a="party_members", unit=VMQTG),
        F("đạt 97,4%", 97.4, "study_participation_rate", unit=VMQTG),
        F("tổ chức 6 buổi nói chuyện", 6, "oral_propaganda_sessions", unit=VMQTG),
        F("hơn 1.100 lượt người nghe", 1100, "propaganda_audience", "at_least", unit=VMQTG),
        F("chỉ tổ chức được 1 hội nghị báo cáo viên", 1, "reporter_conferences", unit=KLIEN,
          p=month(1, 2026)),
        F("vẫn tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences", unit=KLIEN),
        F("hiện có 42 báo cáo viên", 42, "reporters", unit=KLIEN, p=inst(D09)),
        F("mở 44 lớp", 44, "study_sessions", unit=KLIEN),
        F("với 2.876 lượt đảng viên", 2876, "study_attendance", a="party_members",
          unit=KLIEN),
        F("ban hành 9 văn bản", 9, "documents_issued", unit=KLIEN),
        F("đăng 96 tin, bài", 96, "news_items", unit=KLIEN),
        F("tổ chức 62 lớp", 62, "study_sessions", unit=OCD),
        F("với 4.105 lượt cán bộ, đảng viên", 4105, "study_attendance", a="party_members",
          unit=OCD),
        F("1.260 lượt quần chúng", 1260, "study_attendance", a="masses", unit=OCD),
        F("tổ chức 2 hội nghị cấp phường", 2, "study_sessions", unit=OCD),
        F("duy trì 124 nhóm Zalo", 124, "chat_groups", unit=OCD, p=inst(D09)),
        F("1 fanpage chính danh", 1, "social_pages", unit=OCD, p=inst(D09)),
        F("gần 15 nghìn người theo dõi", 15000, "propaganda_audience", "at_most", unit=OCD,
          p=inst(D09)),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=OCD),
        F("6 tập thể và 14 cá nhân", 14, "commended_individuals", unit=OCD),
    ], traps=[("Quý I năm 2026", 2026), ("82 tấm bia", 82), ("tháng 1", 1),
              ("67 tuổi", 67), ("tổ dân phố số 12", 12), ("45 phút", 45),
              ("hơn 110 nghìn người", 110000)]),
]
