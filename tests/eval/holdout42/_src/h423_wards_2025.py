"""holdout42, part 3: wards and communes after the 1 July 2025 reform (h42_09-h42_12), two in
Ho Chi Minh City and two in Hanoi.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source read for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without
reading or running the extractor. Decisions: see the docstring of h421_hcm_districts.py; also
- "Từ ngày 1/7/2025 đến nay" opening the lead gives the article's period (to the page date);
- the predecessor wards and the old district a new ward was made from are no actors;
- in a ward report for "6 tháng cuối năm 2025", a stock row with no date of its own (fanpages)
  is at the end of that half-year; one with "(tính đến 30/11/2025)" at that date;
- "hội nghị tiếp xúc cử tri" held by the ward is a counted result outside the taxonomy (`other`);
  voters counted at propaganda sessions are an audience (`all`); the turnout is a trap;
- in an interview, the speaker label repeats the official's title, so each answer is the ward's.
"""
from build_gold import Doc, F, W, end_of, h2, inst, month, quarter, since

BT, TD = W("Phường Bến Thành", "79"), W("Phường Tân Định", "79")
VH, BTR = W("Phường Việt Hưng", "01"), W("Xã Bát Tràng", "01")

T09 = """
Phường Bến Thành: Ba tháng đầu vận hành chính quyền hai cấp, công tác tuyên truyền không gián đoạn

Cập nhật 26/09/2025 15:20

Phường Bến Thành được thành lập trên cơ sở nhập các phường Bến Thành, Phạm Ngũ Lão, Nguyễn Thái Bình và một phần phường Cầu Ông Lãnh của Quận 1 cũ, với khoảng 63.000 cư dân và hàng chục nghìn lượt du khách mỗi ngày. Từ ngày 1/7/2025 đến nay, Đảng ủy phường đã tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, và các văn bản của Trung ương về sắp xếp tổ chức bộ máy; các chi bộ khu phố mở 58 lớp, với 3.946 lượt đảng viên tham dự, đạt 96,9%.

Bà Phạm Thị Thanh Mai, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Những ngày đầu sau sắp xếp, nhiều bà con lo chuyện giấy tờ, địa chỉ. Phường đã lập 126 nhóm Zalo khu phố, số thành viên hiện nay khoảng 21.500 người, để giải đáp ngay cho bà con. Chúng tôi cũng tổ chức 47 buổi tuyên truyền trực tiếp tại 9 khu phố và ở các chợ Bến Thành, Thái Bình, với khoảng 5.200 lượt người dân, tiểu thương tham dự.”

Trên môi trường mạng, fanpage “Phường Bến Thành” đăng 392 tin, bài, video clip; trang thông tin điện tử của phường đăng 164 tin. Ban Tuyên giáo và Dân vận Đảng ủy phường (thành lập trên cơ sở hợp nhất 2 ban) đã ban hành 9 văn bản hướng dẫn, gửi 13 báo cáo nhanh về tình hình tư tưởng, dư luận trong cán bộ, đảng viên và Nhân dân sau sắp xếp.

Chị Trần Ngọc Bích, chủ một sạp vải ở chợ Bến Thành, chia sẻ: “Sạp tôi buôn bán 27 năm nay, giờ đổi địa chỉ mà nhờ nhóm Zalo chỉ dẫn nên làm lại giấy tờ chỉ mất 2 ngày.”

Thời gian tới, phường sẽ phát hành bản tin điện tử hằng tháng và phấn đấu đến cuối năm 2025 mỗi khu phố có ít nhất 3 tuyên truyền viên nòng cốt.
"""

T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH
Số 34-BC/ĐU
Tân Định, ngày 15 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo và dân vận 6 tháng cuối năm 2025

Thực hiện Hướng dẫn số 12-HD/BTGDVTU ngày 20/11/2025 của Ban Tuyên giáo và Dân vận Thành ủy, Đảng ủy phường báo cáo kết quả như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Công tác lãnh đạo, chỉ đạo
Đảng ủy phường ban hành 26 văn bản (09 kế hoạch, 17 hướng dẫn, công văn) triển khai công tác tuyên giáo, dân vận sau khi vận hành chính quyền địa phương hai cấp.

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội Đảng bộ phường lần thứ I và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I
- Hội nghị cấp phường: 01 (trực tuyến kết nối 32 điểm cầu)
- Lớp ở các chi bộ: 64
- Đảng viên dự học: 2.318/2.402 đồng chí
b) Các chuyên đề khác
- Hội nghị cấp phường: 02; lượt đảng viên dự: 1.240

3. Tuyên truyền
- Buổi tuyên truyền miệng tại khu phố, chung cư: 83; lượt người nghe: khoảng 6.700
- Tin, bài trên trang thông tin điện tử phường: 215; trên fanpage và Zalo OA: 340
- Băng rôn, cờ phướn tuyên truyền Đại hội Đảng các cấp và Quốc khánh 2/9: 460
- Tờ gấp hướng dẫn thủ tục hành chính sau sắp xếp phát đến các hộ dân: 8.000
- Kinh phí hỗ trợ in tài liệu tuyên truyền cho các chi bộ: 45 triệu đồng

4. Nắm bắt dư luận, lực lượng
- Cộng tác viên dư luận xã hội: 24 đồng chí (tính đến 30/11/2025)
- Báo cáo dư luận xã hội: 12 định kỳ, 5 đột xuất
- Trang fanpage chính danh của phường và các đoàn thể: 6

5. Thi đua, khen thưởng
Đảng ủy phường khen thưởng 5 tập thể và 14 cá nhân có thành tích trong công tác tuyên truyền phục vụ sắp xếp tổ chức bộ máy; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1. Tổ chức học tập Nghị quyết Đại hội XIV của Đảng cho 100% đảng viên trong quý I/2026.
2. Thành lập thêm 4 nhóm Zalo chung cư, nâng tổng số nhóm lên 70.
3. Tổ chức hội thi tuyên truyền viên giỏi cấp phường lần thứ nhất.

Nơi nhận:
- Ban TG&DV Thành ủy;
- Lưu VP.
"""

T11 = """
Phường Việt Hưng: “Zalo tổ dân phố” làm cầu nối giữa Đảng ủy với người dân

Quý I năm 2026, Đảng ủy phường Việt Hưng tập trung tuyên truyền kết quả Đại hội XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031. Phóng viên có cuộc trao đổi với ông Đỗ Mạnh Hùng, Phó Bí thư Thường trực Đảng ủy phường Việt Hưng.

PV: Phường đã triển khai học tập Nghị quyết Đại hội XIV như thế nào, thưa ông?

Phó Bí thư Thường trực Đỗ Mạnh Hùng: Ngay sau khi có hướng dẫn, Đảng ủy tổ chức 01 hội nghị cấp phường, sau đó 52 chi bộ mở lớp tại tổ dân phố. Tổng cộng có 61 lớp, 4.286 lượt đảng viên dự, đạt 98,1%; riêng quần chúng có 1.920 lượt dự nghe.

PV: Công tác tuyên truyền bầu cử được thực hiện ra sao?

Phó Bí thư Thường trực Đỗ Mạnh Hùng: Phường chia địa bàn thành 38 khu vực bỏ phiếu. Chúng tôi tổ chức 29 hội nghị tiếp xúc cử tri và 44 buổi tuyên truyền về bầu cử tại tổ dân phố, với gần 7.900 lượt cử tri tham dự. Hiện phường có 214 nhóm Zalo tổ dân phố, khoảng 27 nghìn thành viên; trong quý các nhóm đăng hơn 2.600 tin. Có cụ tổ trưởng nói với tôi: ‘Tổ tôi 312 hộ, hôm bầu cử mới 10 giờ sáng đã đi bầu đủ cả’. Kết quả, tỷ lệ cử tri đi bầu của phường đạt 99,71%.

PV: Sắp tới phường có kế hoạch gì?

Phó Bí thư Thường trực Đỗ Mạnh Hùng: Trong quý I, Đảng ủy đã phối hợp Trung tâm Chính trị mở 1 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 46 học viên là bí thư chi bộ, và khen thưởng 3 tập thể, 11 cá nhân tiêu biểu trong công tác bầu cử. Quý II, phường sẽ mở 2 lớp bồi dưỡng kỹ năng cho khoảng 120 tổ trưởng, tổ phó tổ dân phố.
"""

T12 = """
XÃ BÁT TRÀNG: Tháng 11 sôi nổi hoạt động tuyên truyền ở làng nghề

Cập nhật 02/12/2025 09:40

Xã Bát Tràng được thành lập trên cơ sở nhập các xã Bát Tràng, Kim Lan, Đa Tốn, Văn Đức và một phần các xã lân cận thuộc huyện Gia Lâm cũ. Trong tháng 11/2025, Đảng ủy xã tập trung tuyên truyền kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2025) và Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.

Kết quả nổi bật trong tháng:
✅ 01 hội nghị cấp xã học tập, quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
✅ 23 lớp ở các chi bộ thôn, với 1.652 lượt cán bộ, đảng viên
✅ 17 buổi tuyên truyền miệng tại các thôn, xưởng gốm, thu hút khoảng 2.100 lượt người dân
✅ Treo 320 băng rôn, khẩu hiệu dọc đường Giang Cao và bến Bát Tràng
✅ Đăng 86 tin, bài, video trên fanpage “Bát Tràng hôm nay”
✅ 2 buổi sinh hoạt chuyên đề của các chi bộ về xây dựng nông thôn mới kiểu mẫu

Ông Lê Văn Tiến, nghệ nhân làm gốm 40 năm ở thôn Giang Cao, nói: “Mỗi tối nhóm Zalo thôn gửi 2, 3 tin, tôi đọc cho cả nhà cùng nghe.”

Theo đồng chí Nguyễn Thị Lan, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã, Bát Tràng hiện có 1 trang thông tin điện tử, 3 fanpage và 46 nhóm Zalo thôn với gần 9.000 thành viên. “Trong tháng, đội ngũ 15 cộng tác viên dư luận của xã đã gửi 4 báo cáo về tình hình tư tưởng của bà con làng nghề khi thuế, phí thay đổi”, bà Lan cho biết.

Tháng 12, xã sẽ tổ chức cuộc thi ảnh “Gốm Bát Tràng – hồn đất Việt”, dự kiến với khoảng 200 tác phẩm, mỗi tác phẩm in khổ 30 x 45 cm.
"""

D09, D10, D11, D12 = "2025-09-26", "2025-12-15", "2026-04-08", "2025-12-02"
P09, P10, P11, P12 = since("2025-07-01", D09), h2(2025), quarter(1, 2026), month(11, 2025)

DOCS = [
    Doc("h42_09", T09, BT, P09, D09, "text", facts=[
        F("tổ chức 02 hội nghị học tập", 2, "study_sessions"),
        F("mở 58 lớp", 58, "study_sessions"),
        F("3.946 lượt đảng viên", 3946, "study_attendance", a="party_members"),
        F("đạt 96,9%", 96.9, "study_participation_rate"),
        F("lập 126 nhóm Zalo", 126, "chat_groups", p=end_of(P09)),
        F("khoảng 21.500 người", 21500, "chat_group_members", "approx", p=inst(D09)),
        F("tổ chức 47 buổi tuyên truyền", 47, "oral_propaganda_sessions"),
        F("khoảng 5.200 lượt người dân", 5200, "propaganda_audience", "approx", a="masses"),
        F("đăng 392 tin, bài", 392, "news_items"),
        F("đăng 164 tin", 164, "news_items"),
        F("ban hành 9 văn bản", 9, "documents_issued"),
        F("gửi 13 báo cáo nhanh", 13, "opinion_reports"),
    ], traps=[("26/09/2025", 26), ("15:20", 15), ("Quận 1", 1),
              ("khoảng 63.000 cư dân", 63000), ("Từ ngày 1/7/2025", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("tại 9 khu phố", 9), ("hợp nhất 2 ban", 2),
              ("27 năm", 27), ("2 ngày", 2), ("cuối năm 2025", 2025),
              ("ít nhất 3 tuyên truyền viên", 3)]),
    Doc("h42_10", T10, TD, P10, D10, "text", facts=[
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 64", 64, "study_sessions"),
        F("Đảng viên dự học: 2.318/2.402 đồng chí", 2318, "study_attendance",
          a="party_members"),
        F("Hội nghị cấp phường: 02", 2, "study_sessions"),
        F("lượt đảng viên dự: 1.240", 1240, "study_attendance", a="party_members"),
        F("khu phố, chung cư: 83", 83, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 6.700", 6700, "propaganda_audience", "approx"),
        F("trang thông tin điện tử phường: 215", 215, "news_items"),
        F("trên fanpage và Zalo OA: 340", 340, "news_items"),
        F("Quốc khánh 2/9: 460", 460, "other"),
        F("phát đến các hộ dân: 8.000", 8000, "other"),
        F("cho các chi bộ: 45 triệu đồng", 45000000, "other"),
        F("Cộng tác viên dư luận xã hội: 24 đồng chí", 24, "opinion_collaborators",
          p=inst("2025-11-30")),
        F("Báo cáo dư luận xã hội: 12 định kỳ", 12, "opinion_reports"),
        F("5 đột xuất", 5, "opinion_reports"),
        F("và các đoàn thể: 6", 6, "social_pages", p=end_of(P10)),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("Số 34-BC/ĐU", 34), ("ngày 15 tháng 12 năm 2025", 15),
              ("6 tháng cuối năm 2025", 6), ("Hướng dẫn số 12-HD/BTGDVTU", 12),
              ("ngày 20/11/2025", 20), ("09 kế hoạch", 9), ("17 hướng dẫn", 17),
              ("32 điểm cầu", 32), ("Quốc khánh 2/9", 2), ("30/11/2025", 30),
              ("01 cá nhân được đề nghị", 1), ("NĂM 2026", 2026), ("100% đảng viên", 100),
              ("quý I/2026", 2026), ("thêm 4 nhóm", 4), ("lên 70", 70)]),
    Doc("h42_11", T11, VH, P11, D11, "sidecar", meta={"date": D11}, facts=[
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("Tổng cộng có 61 lớp", 61, "study_sessions"),
        F("4.286 lượt đảng viên", 4286, "study_attendance", a="party_members"),
        F("đạt 98,1%", 98.1, "study_participation_rate"),
        F("riêng quần chúng có 1.920 lượt dự nghe", 1920, "study_attendance", a="masses"),
        F("tổ chức 29 hội nghị tiếp xúc cử tri", 29, "other"),
        F("44 buổi tuyên truyền", 44, "oral_propaganda_sessions"),
        F("gần 7.900 lượt cử tri", 7900, "propaganda_audience", "at_most"),
        F("Hiện phường có 214 nhóm Zalo", 214, "chat_groups", p=inst(D11)),
        F("khoảng 27 nghìn thành viên", 27000, "chat_group_members", "approx", p=inst(D11)),
        F("hơn 2.600 tin", 2600, "news_items", "at_least"),
        F("mở 1 lớp bồi dưỡng nghiệp vụ", 1, "training_classes"),
        F("cho 46 học viên", 46, "trainees"),
        F("khen thưởng 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể, 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("Quý I năm 2026", 2026), ("nhiệm kỳ 2026 – 2031", 2026),
              ("52 chi bộ", 52), ("38 khu vực bỏ phiếu", 38), ("312 hộ", 312),
              ("10 giờ", 10), ("đạt 99,71%", 99.71), ("mở 2 lớp", 2),
              ("khoảng 120 tổ trưởng", 120)]),
    Doc("h42_12", T12, BTR, P12, D12, "text", facts=[
        F("01 hội nghị cấp xã", 1, "study_sessions"),
        F("23 lớp ở các chi bộ thôn", 23, "study_sessions"),
        F("1.652 lượt cán bộ, đảng viên", 1652, "study_attendance", a="party_members"),
        F("17 buổi tuyên truyền miệng", 17, "oral_propaganda_sessions"),
        F("khoảng 2.100 lượt người dân", 2100, "propaganda_audience", "approx", a="masses"),
        F("Treo 320 băng rôn", 320, "other"),
        F("Đăng 86 tin, bài", 86, "news_items"),
        F("2 buổi sinh hoạt chuyên đề của các chi bộ", 2, "party_cell_discussions"),
        F("1 trang thông tin điện tử", 1, "websites", p=inst(D12)),
        F("3 fanpage", 3, "social_pages", p=inst(D12)),
        F("46 nhóm Zalo thôn", 46, "chat_groups", p=inst(D12)),
        F("gần 9.000 thành viên", 9000, "chat_group_members", "at_most", p=inst(D12)),
        F("đội ngũ 15 cộng tác viên", 15, "opinion_collaborators", p=end_of(P12)),
        F("gửi 4 báo cáo", 4, "opinion_reports"),
    ], traps=[("Tháng 11 sôi nổi", 11), ("02/12/2025", 2), ("09:40", 9),
              ("tháng 11/2025", 11), ("95 năm", 95), ("18/11/1930", 18), ("18/11/2025", 18),
              ("số 57-NQ/TW", 57), ("40 năm", 40), ("2, 3 tin", 2), ("Tháng 12", 12),
              ("khoảng 200 tác phẩm", 200), ("30 x 45 cm", 30)]),
]
