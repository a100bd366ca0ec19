"""Held-out set holdout46, part 3: wards and communes after the 1 July 2025 reform (Hanoi:
Việt Hưng, Bát Tràng, Cầu Giấy / Nghĩa Đô / Yên Hòa; Ho Chi Minh City: Bến Thành), 2025-2026.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the
five sample reports, without reading or running the extractor. The decisions taken where the
guide leaves room are listed in h462's docstring; in addition, here:
- a ward's former wards and district ("quận Long Biên cũ", "huyện Gia Lâm cũ") are no actor;
- the report dated before its quarter ends still gives stocks stated without a marker at the
  quarter's end (end_of), as the guide says for a stock in a sentence with a period;
- a social page's post stamp is the document date; reactions under the post are traps.
"""
from build_gold import Doc, F, W, end_of, inst, month, quarter, since

VHUNG, BTRANG = W("Phường Việt Hưng", "01"), W("Xã Bát Tràng", "01")
PCG, NDO, YHOA = W("Phường Cầu Giấy", "01"), W("Phường Nghĩa Đô", "01"), W("Phường Yên Hòa", "01")
BTHANH = W("Phường Bến Thành", "79")

# ---------------------------------------------------------------------------------------------
T09 = """
Thứ Hai, ngày 22/9/2025

Phường Việt Hưng: “Zalo tổ dân phố” làm cầu nối giữa Đảng ủy với Nhân dân

Từ ngày 1/7/2025 đến nay, sau gần ba tháng vận hành chính quyền hai cấp, Đảng ủy phường Việt Hưng đặc biệt chú trọng công tác thông tin, tuyên truyền để người dân nắm được địa chỉ trụ sở, thủ tục hành chính mới.

Phường Việt Hưng được thành lập trên cơ sở các phường Việt Hưng, Giang Biên, Đức Giang và một phần phường Phúc Đồng của quận Long Biên cũ, có 58 tổ dân phố với khoảng 92 nghìn người. Ngay trong tháng 7, Đảng ủy phường đã tổ chức 02 hội nghị quán triệt các văn bản của Trung ương, Thành ủy về sắp xếp tổ chức bộ máy, thu hút gần 1.900 lượt cán bộ, đảng viên tham dự.

Theo bà Hoàng Thị Mai Anh, Phó Bí thư Thường trực Đảng ủy phường, Zalo là kênh nhanh nhất để thông tin đến từng hộ. “Phường hiện có 61 nhóm Zalo tổ dân phố với khoảng 14.500 thành viên, có tổ lập tới 2 nhóm vì đông hộ. Từ ngày 1/7 đến nay, các nhóm đã đăng gần 3.200 tin, bài, hướng dẫn về thủ tục hành chính. Đảng ủy cũng duy trì 1 trang thông tin điện tử và 2 fanpage; riêng fanpage “Phường Việt Hưng” hiện có hơn 6.800 người theo dõi”, bà Mai Anh cho biết.

Trong gần ba tháng, phường tổ chức 23 buổi tuyên truyền trực tiếp tại tổ dân phố về dịch vụ công trực tuyến, thu hút khoảng 2.700 lượt người dân. “Ông bà tôi ngoài 80 tuổi, không dùng điện thoại, nhưng tổ trưởng in hướng dẫn dán ở nhà văn hóa nên vẫn biết đường đi làm giấy tờ”, anh Trần Văn Khải, tổ dân phố số 14, kể.

Đảng ủy phường đã kiện toàn đội ngũ 15 cộng tác viên dư luận xã hội; từ đầu tháng 8 đến nay, đội ngũ này gửi 6 báo cáo về tình hình tư tưởng, tâm trạng của Nhân dân sau sắp xếp. Nhân kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, Đảng ủy phường khen thưởng 4 tập thể, 9 cá nhân có thành tích trong tuyên truyền, hỗ trợ người dân làm thủ tục.

Quý IV, phường phấn đấu 100% tổ dân phố có nhóm Zalo hoạt động ổn định và sẽ mở 1 lớp tập huấn cho các quản trị viên.
"""

# ---------------------------------------------------------------------------------------------
T10 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY XÃ BÁT TRÀNG
Số 21-BC/ĐU

Bát Tràng, ngày 26 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo và dân vận quý IV năm 2025, nhiệm vụ trọng tâm quý I năm 2026

Xã Bát Tràng được thành lập từ ngày 01/7/2025 trên cơ sở các xã Bát Tràng, Kim Lan, Văn Đức và một phần xã Đa Tốn của huyện Gia Lâm cũ. Đảng bộ xã hiện có 34 chi bộ trực thuộc với 1.486 đảng viên. Ban Tuyên giáo và Dân vận Đảng ủy xã báo cáo kết quả quý IV như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XVIII, nhiệm kỳ 2025 - 2030
- Hội nghị cấp xã: 01 (trực tuyến kết hợp trực tiếp)
- Lớp ở các chi bộ: 34
- Đảng viên dự học: 1.402/1.486 đồng chí; tỷ lệ: 94,35%
- Lượt quần chúng dự nghe: 630
b) Các Nghị quyết số 57-NQ/TW, 59-NQ/TW, 66-NQ/TW và 68-NQ/TW của Bộ Chính trị
- Hội nghị cấp xã: 02; lượt đảng viên dự: 2.315

2. Tuyên truyền
- Buổi tuyên truyền miệng tại thôn, xóm: 42 – lượt người nghe: khoảng 3.900
- Tin, bài trên trang thông tin điện tử của xã: 186; trên Zalo OA “Bát Tràng”: 94
- Bản tin nội bộ phát hành: 03 số
- Cuộc thi “Tìm hiểu lịch sử Đảng bộ xã Bát Tràng” – lượt dự thi: 1.275
- Triển lãm ảnh lưu động về làng gốm: 2 đợt
- Cờ, băng rôn, khẩu hiệu: 1.250

3. Đội ngũ, mạng lưới
- Báo cáo viên cấp xã: 12 đồng chí; cộng tác viên dư luận xã hội: 25 đồng chí
- Nhóm Zalo thôn, xóm: 41 nhóm (hiện có gần 9.000 thành viên)
- Báo cáo dư luận xã hội: 8 định kỳ, 3 đột xuất

4. Thi đua, khen thưởng
- Tập thể được khen thưởng: 05; cá nhân: 11 người
- 01 cá nhân được đề nghị Thành ủy tặng bằng khen

II. NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2026
- Tổ chức 02 hội nghị học tập Nghị quyết Đại hội XIV của Đảng ngay sau khi có hướng dẫn của Thành ủy.
- Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; mở 01 lớp bồi dưỡng cho 40 tuyên truyền viên.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ
"""

# ---------------------------------------------------------------------------------------------
T11 = """
Cầu Giấy, Nghĩa Đô, Yên Hòa: Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng

Quý I năm 2026, ba phường Cầu Giấy, Nghĩa Đô và Yên Hòa, trước đây thuộc quận Cầu Giấy, đã hoàn thành việc học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đến cán bộ, đảng viên và Nhân dân.

PHƯỜNG CẦU GIẤY: Học nghị quyết ngay tại tổ dân phố

Đảng ủy phường tổ chức 01 hội nghị cấp phường và 52 lớp ở các chi bộ, thu hút 4.630 lượt cán bộ, đảng viên, đạt 96,2%; riêng quần chúng có khoảng 1.150 lượt dự nghe. Nhiều lớp được bố trí buổi tối tại nhà văn hóa tổ dân phố để đảng viên đang đi làm có thể tham gia.

PHƯỜNG NGHĨA ĐÔ: Gần như toàn bộ đảng viên dự học

Trên địa bàn phường có 9 trường đại học, học viện với gần 150 nghìn sinh viên. Đảng ủy phường mở 2 hội nghị cấp phường (tháng 2 và tháng 3) và 38 lớp ở chi bộ; lượt cán bộ, đảng viên tham dự đạt 5.120, gần như 100% dự học. Sau học tập, các chi bộ tổ chức 76 buổi sinh hoạt chuyên đề, thảo luận cách đưa nghị quyết vào cuộc sống ở từng khu dân cư.

“Chi bộ chúng tôi có 3 đảng viên là giảng viên đã về hưu, các cụ góp ý rất kỹ”, ông Vũ Đình Hòa, Bí thư Chi bộ tổ dân phố số 21, chia sẻ.

PHƯỜNG YÊN HÒA: Clip ngắn “đi trước” giờ học

Đảng ủy phường Yên Hòa tổ chức 01 hội nghị cấp phường và 41 lớp với 3.985 lượt cán bộ, đảng viên tham dự (đạt 95,7%). Ban Tuyên giáo và Dân vận phường sản xuất 12 video clip ngắn tóm tắt nội dung nghị quyết, đăng trên fanpage của phường, có lượt tiếp cận ước đạt 210 nghìn. “Nhiều đảng viên lớn tuổi xem clip trước rồi mới lên lớp, nên buổi học sôi nổi hơn hẳn”, bà Lê Thu Trang, Phó Bí thư Thường trực Đảng ủy phường cho biết.

Trong quý II, các phường sẽ xây dựng chương trình hành động thực hiện nghị quyết và dự kiến sơ kết vào tháng 6/2026.
"""

# ---------------------------------------------------------------------------------------------
T12 = """
Phường Bến Thành
05 tháng 11, 2025 lúc 19:40

📌 KẾT QUẢ CÔNG TÁC TUYÊN GIÁO VÀ DÂN VẬN THÁNG 10/2025

Tháng 10/2025, tháng thứ tư phường Bến Thành vận hành theo mô hình mới, Ban Tuyên giáo và Dân vận Đảng ủy phường đã phối hợp các chi bộ khu phố triển khai nhiều hoạt động chào mừng Đại hội đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025 – 2030. Một số kết quả chính:

✅ 01 hội nghị cấp phường học tập, quán triệt các văn kiện trình Đại hội
✅ 46 lớp ở các chi bộ, với 3.270 lượt cán bộ, đảng viên (đạt 95,4%)
✅ Treo 640 băng rôn, cờ phướn trên các tuyến đường trung tâm
✅ 29 buổi tuyên truyền miệng tại khu phố, chợ Bến Thành và phố đi bộ – khoảng 4.100 lượt người dân, tiểu thương nghe
✅ Trang Zalo OA của phường đăng 132 tin, bài; fanpage đăng 205 tin, video

Tính đến ngày 31/10/2025, phường có 72 nhóm Zalo khu phố với hơn 21.000 thành viên. Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão, Cầu Ông Lãnh và một phần phường Nguyễn Cư Trinh, có khoảng 90 nghìn dân và đón hàng triệu lượt khách du lịch mỗi năm, nên tuyên truyền ở chợ và phố đi bộ được xác định là trọng tâm.

Cô Tư, tiểu thương chợ Bến Thành 30 năm, nói vui: “Buổi nói chuyện có 20 phút mà tui hiểu hết chuyện xuất hóa đơn điện tử”.

Nhân dịp này, Đảng ủy phường tặng giấy khen cho 3 tập thể và 6 cá nhân tiêu biểu trong đợt thi đua chào mừng Đại hội. Tháng 11, phường sẽ tổ chức 2 hội nghị học tập Nghị quyết Đại hội Đảng bộ Thành phố cho toàn bộ cán bộ, đảng viên.

📞 Đường dây nóng: 028.3822.4113 – Trụ sở: số 92 Nguyễn Trãi, phường Bến Thành.

👍 312 · 41 bình luận · 27 lượt chia sẻ
"""

D09, D10, D11, D12 = "2025-09-22", "2025-12-26", "2026-04-02", "2025-11-05"
P09, Q4_25, Q1_26, M10 = since("2025-07-01", D09), quarter(4, 2025), quarter(1, 2026), month(10, 2025)

DOCS = [
    Doc("h46_09", T09, VHUNG, P09, D09, "text", facts=[
        F("tổ chức 02 hội nghị quán triệt", 2, "study_sessions", p=month(7, 2025)),
        F("gần 1.900 lượt cán bộ, đảng viên", 1900, "study_attendance", "at_most",
          a="party_members", p=month(7, 2025)),
        F("hiện có 61 nhóm Zalo", 61, "chat_groups", p=inst(D09)),
        F("khoảng 14.500 thành viên", 14500, "chat_group_members", "approx", p=inst(D09)),
        F("đăng gần 3.200 tin, bài", 3200, "news_items", "at_most"),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", p=inst(D09)),
        F("và 2 fanpage", 2, "social_pages", p=inst(D09)),
        F("hơn 6.800 người theo dõi", 6800, "propaganda_audience", "at_least", p=inst(D09)),
        F("tổ chức 23 buổi tuyên truyền", 23, "oral_propaganda_sessions"),
        F("khoảng 2.700 lượt người dân", 2700, "propaganda_audience", "approx", a="masses"),
        F("đội ngũ 15 cộng tác viên", 15, "opinion_collaborators", p=inst(D09)),
        F("gửi 6 báo cáo", 6, "opinion_reports", p=since("2025-08-01", D09)),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("ngày 22/9/2025", 22), ("Từ ngày 1/7/2025", 1), ("gần ba tháng", 3),
              ("chính quyền hai cấp", 2), ("58 tổ dân phố", 58), ("khoảng 92 nghìn người", 92000),
              ("trong tháng 7", 7), ("tới 2 nhóm", 2), ("Từ ngày 1/7 đến nay", 1),
              ("ngoài 80 tuổi", 80), ("tổ dân phố số 14", 14), ("tháng 8", 8), ("80 năm", 80),
              ("Quốc khánh 2/9", 2), ("Quý IV", 4), ("100% tổ dân phố", 100),
              ("sẽ mở 1 lớp", 1)]),
    Doc("h46_10", T10, BTRANG, Q4_25, D10, "text", facts=[
        F("Hội nghị cấp xã: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 34", 34, "study_sessions"),
        F("Đảng viên dự học: 1.402/1.486 đồng chí", 1402, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 94,35%", 94.35, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 630", 630, "study_attendance", a="masses"),
        F("Hội nghị cấp xã: 02", 2, "study_sessions"),
        F("lượt đảng viên dự: 2.315", 2315, "study_attendance", a="party_members"),
        F("thôn, xóm: 42", 42, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 3.900", 3900, "propaganda_audience", "approx"),
        F("trang thông tin điện tử của xã: 186", 186, "news_items"),
        F("“Bát Tràng”: 94", 94, "news_items"),
        F("Bản tin nội bộ phát hành: 03 số", 3, "news_items"),
        F("lượt dự thi: 1.275", 1275, "contest_entries"),
        F("Triển lãm ảnh lưu động về làng gốm: 2 đợt", 2, "other"),
        F("Cờ, băng rôn, khẩu hiệu: 1.250", 1250, "other"),
        F("Báo cáo viên cấp xã: 12 đồng chí", 12, "reporters", p=end_of(Q4_25)),
        F("cộng tác viên dư luận xã hội: 25 đồng chí", 25, "opinion_collaborators",
          p=end_of(Q4_25)),
        F("Nhóm Zalo thôn, xóm: 41 nhóm", 41, "chat_groups", p=end_of(Q4_25)),
        F("hiện có gần 9.000 thành viên", 9000, "chat_group_members", "at_most",
          p=inst(D10)),
        F("Báo cáo dư luận xã hội: 8 định kỳ", 8, "opinion_reports"),
        F("3 đột xuất", 3, "opinion_reports"),
        F("Tập thể được khen thưởng: 05", 5, "commended_collectives"),
        F("cá nhân: 11 người", 11, "commended_individuals"),
    ], traps=[("Số 21-BC/ĐU", 21), ("ngày 26 tháng 12 năm 2025", 26),
              ("quý IV năm 2025", 2025), ("quý I năm 2026", 2026), ("từ ngày 01/7/2025", 1),
              ("34 chi bộ trực thuộc", 34), ("1.486 đảng viên", 1486), ("1. Học tập", 1),
              ("nhiệm kỳ 2025 - 2030", 2025), ("Nghị quyết số 57-NQ/TW", 57),
              ("59-NQ/TW", 59), ("66-NQ/TW", 66), ("68-NQ/TW", 68), ("2. Tuyên truyền", 2),
              ("3. Đội ngũ", 3), ("4. Thi đua", 4), ("01 cá nhân được đề nghị", 1),
              ("QUÝ I NĂM 2026", 2026), ("Tổ chức 02 hội nghị", 2), ("Đại hội XIV", 14),
              ("khóa XVI", 16), ("nhiệm kỳ 2026 - 2031", 2026), ("mở 01 lớp", 1),
              ("cho 40 tuyên truyền viên", 40)]),
    Doc("h46_11", T11, PCG, Q1_26, D11, "sidecar", meta={"date": D11}, facts=[
        F("tổ chức 01 hội nghị cấp phường và 52", 1, "study_sessions"),
        F("52 lớp ở các chi bộ", 52, "study_sessions"),
        F("thu hút 4.630 lượt cán bộ, đảng viên", 4630, "study_attendance",
          a="party_members"),
        F("đạt 96,2%", 96.2, "study_participation_rate"),
        F("khoảng 1.150 lượt dự nghe", 1150, "study_attendance", "approx", a="masses"),
        F("mở 2 hội nghị cấp phường", 2, "study_sessions", unit=NDO),
        F("38 lớp ở chi bộ", 38, "study_sessions", unit=NDO),
        F("tham dự đạt 5.120", 5120, "study_attendance", a="party_members", unit=NDO),
        F("gần như 100% dự học", 100, "study_participation_rate", "approx", unit=NDO),
        F("tổ chức 76 buổi sinh hoạt chuyên đề", 76, "party_cell_discussions", unit=NDO),
        F("tổ chức 01 hội nghị cấp phường và 41", 1, "study_sessions", unit=YHOA),
        F("41 lớp với", 41, "study_sessions", unit=YHOA),
        F("với 3.985 lượt cán bộ, đảng viên", 3985, "study_attendance", a="party_members",
          unit=YHOA),
        F("(đạt 95,7%)", 95.7, "study_participation_rate", unit=YHOA),
        F("sản xuất 12 video clip", 12, "news_items", unit=YHOA),
        F("ước đạt 210 nghìn", 210000, "propaganda_audience", "approx", unit=YHOA),
    ], traps=[("Đại hội XIV", 14), ("Quý I năm 2026", 2026), ("9 trường đại học", 9),
              ("gần 150 nghìn sinh viên", 150000), ("(tháng 2", 2), ("tháng 3)", 3),
              ("có 3 đảng viên", 3), ("tổ dân phố số 21", 21), ("quý II", 2),
              ("tháng 6/2026", 6)]),
    Doc("h46_12", T12, BTHANH, M10, D12, "text", facts=[
        F("✅ 01 hội nghị cấp phường", 1, "study_sessions"),
        F("✅ 46 lớp ở các chi bộ", 46, "study_sessions"),
        F("với 3.270 lượt cán bộ, đảng viên", 3270, "study_attendance", a="party_members"),
        F("(đạt 95,4%)", 95.4, "study_participation_rate"),
        F("Treo 640 băng rôn", 640, "other"),
        F("✅ 29 buổi tuyên truyền miệng", 29, "oral_propaganda_sessions"),
        F("khoảng 4.100 lượt người dân", 4100, "propaganda_audience", "approx", a="masses"),
        F("đăng 132 tin, bài", 132, "news_items"),
        F("fanpage đăng 205 tin", 205, "news_items"),
        F("có 72 nhóm Zalo", 72, "chat_groups", p=inst("2025-10-31")),
        F("hơn 21.000 thành viên", 21000, "chat_group_members", "at_least",
          p=inst("2025-10-31")),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể và 6 cá nhân", 6, "commended_individuals"),
    ], traps=[("05 tháng 11, 2025", 5), ("19:40", 19), ("THÁNG 10/2025", 10),
              ("Tháng 10/2025", 10), ("tháng thứ tư", 4), ("nhiệm kỳ 2025 – 2030", 2025),
              ("ngày 31/10/2025", 31), ("khoảng 90 nghìn dân", 90000),
              ("hàng triệu lượt khách", 1000000), ("30 năm", 30), ("20 phút", 20),
              ("Tháng 11, phường sẽ", 11), ("sẽ tổ chức 2 hội nghị", 2),
              ("028.3822.4113", 28), ("số 92 Nguyễn Trãi", 92), ("👍 312", 312),
              ("41 bình luận", 41), ("27 lượt chia sẻ", 27)]),
]
