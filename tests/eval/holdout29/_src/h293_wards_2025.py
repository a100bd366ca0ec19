"""holdout29, part 3: wards and communes after the 2025-07-01 reform (2025-2026), HCMC and Hanoi.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and
the five sample reports for style, without reading or running the extractor.

Decisions taken where the guide leaves room:
- Wards are written with W(name, province) and resolve to their org_units.csv rows (all four
  are seeded); the predecessors named in "được thành lập trên cơ sở ..." are never the actor.
- A ward's Zalo groups in a list line with "(hiện có ... thành viên)" in brackets: the groups at
  the period's end, the members at the document date (LABELING.md's bracket rule).
- Emoji lines of a social post: "✅ 48 lớp ở các chi bộ, với ..." goes on from the line above
  (study_sessions and its attendance and rate); "lượt cử tri" at propaganda sessions is audience
  `all`; the turnout and the post's reactions are traps; pano and banners are `other`.
- "buổi hướng dẫn kỹ năng số" held by a ward's digital teams are `other`.
- "một tổ quản trị gồm 9 đồng chí" is the ward's staffing, and "tối đa 5 tin" a per-day limit
  (traps).
- The city body after the reform ("Ban Tuyên giáo và Dân vận Thành ủy") is the province.
- "Nghị quyết số 57-NQ/TW, 59-NQ/TW, ..." are document codes (traps), each number separately.
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, quarter, since

HCM = U("79")
BTH = W("Phường Bến Thành", "79")
SG, GD, CGIO = W("Phường Sài Gòn", "79"), W("Phường Gia Định", "79"), W("Xã Cần Giờ", "79")
HHA = W("Phường Hồng Hà", "01")
BTR = W("Xã Bát Tràng", "01")

T09 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
*
Số 24-BC/ĐU
Bến Thành, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025

Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão và một phần các phường Cầu Ông Lãnh, Nguyễn Cư Trinh (Quận 1 cũ), với 46 khu phố và khoảng 64.000 nhân khẩu. Đảng bộ phường hiện có 58 tổ chức cơ sở đảng với hơn 2.900 đảng viên.

I. KẾT QUẢ THỰC HIỆN

1. Công tác học tập, quán triệt
a) Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01 (ngày 12/8/2025, tại Hội trường Ủy ban nhân dân phường)
- Lớp ở các chi bộ: 52; đảng viên dự học: 2.714/2.903 đồng chí, đạt 93,49%
b) Các Nghị quyết số 57-NQ/TW, 59-NQ/TW, 66-NQ/TW và 68-NQ/TW của Bộ Chính trị
- Hội nghị cấp phường: 02
- Lượt cán bộ, đảng viên dự: 1.186; tỷ lệ: 95,2%

2. Công tác tuyên truyền
- Tin, bài trên trang thông tin điện tử phường: 184; trên fanpage "Phường Bến Thành": 327
- Buổi tuyên truyền miệng tại khu phố, chợ Bến Thành, phố đi bộ Nguyễn Huệ: 38 – lượt người nghe: khoảng 4.100
- Băng rôn, cờ phướn tuyên truyền kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9: 1.650
- Kinh phí hỗ trợ in tờ gấp, tài liệu tuyên truyền cho các khu phố: 48 triệu đồng
- Nhóm Zalo khu phố: 46 nhóm (hiện có khoảng 11.300 thành viên)

3. Công tác nắm bắt dư luận xã hội
Phường kiện toàn đội ngũ cộng tác viên dư luận xã hội gồm 32 đồng chí. Trong quý, đã thực hiện 3 báo cáo định kỳ và 2 báo cáo nhanh về tâm trạng của tiểu thương chợ Bến Thành khi vận hành mô hình chính quyền địa phương hai cấp.

4. Thi đua, khen thưởng
Đảng ủy phường khen thưởng 5 tập thể, 9 cá nhân có thành tích trong đợt tuyên truyền Đại hội Đảng bộ phường; đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 1 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030; phấn đấu 100% chi bộ hoàn thành trước ngày 31/12/2025.
- Mở 02 lớp bồi dưỡng nghiệp vụ cho 46 tổ trưởng khu phố về quản trị nhóm Zalo.
- Tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2026).

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

T10 = """
Cập nhật 15/12/2025 09:40

Phường Hồng Hà: Đưa "Bình dân học vụ số" tới từng tổ dân phố ven sông

(HNM) – Từ ngày 1/7/2025 đến nay, sau gần nửa năm vận hành mô hình chính quyền địa phương hai cấp, Đảng ủy phường Hồng Hà đã chú trọng đổi mới phương thức tuyên truyền, gắn với phong trào "Bình dân học vụ số".

Phường Hồng Hà được thành lập trên cơ sở các phường Phúc Tân, Chương Dương, Phúc Xá và một phần các phường khác của quận Hoàn Kiếm, Ba Đình, Tây Hồ, Hai Bà Trưng cũ, với khoảng 126 nghìn dân, là phường có dân số đông nhất Thủ đô.

Đảng ủy phường đã tổ chức 03 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I và Nghị quyết Đại hội XVIII Đảng bộ thành phố Hà Nội; 114 chi bộ trực thuộc mở 109 lớp, với 4.862 lượt đảng viên tham dự, đạt 95,4%; riêng quần chúng có 1.735 lượt dự nghe.

Ở tổ dân phố số 12, bà Nguyễn Thị Thanh, 66 tuổi, cho biết: “Trước tôi ngại lắm, giờ các cháu đoàn viên đến tận nhà hướng dẫn cài VNeID, lên mạng đọc nghị quyết. Tổ tôi 140 hộ đã có hơn 100 hộ dùng được dịch vụ công trực tuyến”.

Theo đồng chí Lê Minh Tuấn, Phó Bí thư Thường trực Đảng ủy phường, phường hiện có 1 trang thông tin điện tử, 1 fanpage và 1 kênh TikTok chính danh; 126 nhóm Zalo tổ dân phố với khoảng 31.400 thành viên. “Từ tháng 7 đến nay, các kênh của phường đã đăng hơn 1.900 tin, bài, video clip; Tổ công nghệ số cộng đồng của 126 tổ dân phố tổ chức 214 buổi hướng dẫn kỹ năng số cho người dân”, đồng chí Tuấn cho biết.

Phường cũng tổ chức Cuộc thi “Tìm hiểu 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam” trên nền tảng trực tuyến, thu hút 6.215 lượt người dự thi; 20 cá nhân đạt giải được trao thưởng tại lễ tổng kết ngày 5/9. Đảng ủy phường tặng giấy khen cho 4 tập thể và 11 cá nhân tiêu biểu trong công tác tuyên truyền Đại hội.

Năm 2026, phường đặt mục tiêu 100% hộ gia đình có ít nhất một thành viên biết sử dụng dịch vụ công trực tuyến. Người dân có thể phản ánh thông tin sai sự thật qua đường dây nóng của phường: 024.3825.6789.
"""

T11 = """
Đảng ủy xã Bát Tràng
02 tháng 4, 2026 lúc 19:30 · 🌏

📣 NHÌN LẠI CÔNG TÁC TUYÊN GIÁO QUÝ I/2026 – XÃ BÁT TRÀNG 📣

Quý I năm 2026 diễn ra nhiều sự kiện trọng đại: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 (ngày 15/3/2026), Tết Bính Ngọ. Hệ thống tuyên giáo xã Bát Tràng đã vào cuộc với những con số ấn tượng:

✅ 02 hội nghị cấp xã học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
✅ 48 lớp ở các chi bộ, với 2.236 lượt cán bộ, đảng viên (đạt 96,8%)
✅ 57 buổi tuyên truyền bầu cử tại nhà văn hóa thôn, xưởng gốm – thu hút hơn 5.200 lượt cử tri
✅ Treo 760 băng rôn, khẩu hiệu và 38 pano cỡ lớn
✅ 412 tin, bài, ảnh trên trang thông tin điện tử và fanpage "Bát Tràng – Làng gốm nghìn năm"
✅ 21 nhóm Zalo thôn, tổ dân phố, hiện có gần 9.800 thành viên
✅ 6 báo cáo nhanh về dư luận của bà con làng nghề gửi Ban Tuyên giáo và Dân vận Thành ủy

Tỷ lệ cử tri đi bầu của xã đạt 99,81% 🎉

Đặc biệt, hai đợt sinh hoạt chính trị "Mừng Đảng – Mừng Xuân" và "Tuổi trẻ Bát Tràng với bầu cử" đã lan tỏa rộng khắp các thôn. Dịp này, Đảng ủy xã biểu dương 3 tập thể, 7 cá nhân có nhiều đóng góp.

Chị Nguyễn Thị Hằng, chủ một xưởng gốm ở thôn Giang Cao, vui vẻ kể: “Xưởng nhà tôi có 15 thợ, hôm bầu cử cả 15 người đều đi bầu từ sáng sớm, xong mới về nổi lửa lò”.

👉 Quý II, xã tiếp tục tổ chức Lễ hội gốm sứ lần thứ 3 và phấn đấu 100% hộ kinh doanh gốm có gian hàng trên sàn thương mại điện tử.

#BatTrang #TuyenGiao #BauCu2026
👍 312 · 💬 46 bình luận · ↗️ 58 lượt chia sẻ

Nguyễn Văn Bình: Thôn Kim Lan nhà mình đợt này nghe nói chuyện 4 buổi liền, bà con đi đông lắm 👏
"""

T12 = """
Nửa năm đầu tiên của chính quyền hai cấp: Các phường, xã lan tỏa thông tin tích cực

(Thanhuytphcm.vn) – Sáu tháng cuối năm 2025, cùng với việc ổn định tổ chức bộ máy sau sắp xếp, đảng ủy các phường, xã, đặc khu của TPHCM đã chủ động đổi mới công tác tuyên truyền. Theo Ban Tuyên giáo và Dân vận Thành ủy, toàn thành phố hiện có 168 phường, xã, đặc khu; trong 6 tháng, Ban đã tổ chức 04 hội nghị báo cáo viên trực tuyến tới 168 điểm cầu và phát hành 6 số Bản tin nội bộ.

PHƯỜNG SÀI GÒN: Tuyên truyền giữa lòng trung tâm

Phường Sài Gòn được thành lập trên cơ sở các phường Bến Nghé, Đa Kao và một phần phường Nguyễn Thái Bình. Trong 6 tháng, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 63 lớp ở các chi bộ học tập Nghị quyết Đại hội Đảng bộ phường lần thứ I, với 3.418 lượt đảng viên tham dự, đạt 97,05%. Phường phối hợp các doanh nghiệp tổ chức 24 buổi nói chuyện chuyên đề tại các tòa nhà văn phòng cho khoảng 3.600 người lao động.

PHƯỜNG GIA ĐỊNH: "Loa phường" phiên bản số

Tính đến ngày 31/12/2025, phường Gia Định có 58 nhóm Zalo khu phố với gần 24.000 thành viên. Fanpage chính danh của phường hiện có khoảng 15.600 người theo dõi. Trong 6 tháng, các nhóm chia sẻ 3.720 tin, bài, video của báo Đảng và trang thông tin điện tử Thành phố. “Chúng tôi có một tổ quản trị gồm 9 đồng chí, mỗi ngày chọn tối đa 5 tin để đăng, tránh làm phiền bà con”, bà Trần Thị Mai, Phó Bí thư Thường trực Đảng ủy phường, cho biết.

XÃ CẦN GIỜ: Đưa thông tin ra vùng biển

Xã Cần Giờ có đường bờ biển dài khoảng 13 km, nhiều hộ dân sống bằng nghề nuôi nghêu, đánh bắt ven bờ; Thành phố đang đầu tư dự án kè chống sạt lở bờ biển trị giá khoảng 1.200 tỷ đồng. Trong 6 tháng, Đảng ủy xã tổ chức 42 buổi tuyên truyền miệng tại các bến cá, chợ, thu hút trên 2.700 lượt người dân; ban hành mười bốn văn bản chỉ đạo; mở 1 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 38 học viên. Có những chuyến, tuyên truyền viên theo ghe ra bãi nghêu 3 – 4 tiếng mới về. Xã cũng tổ chức 2 đợt sinh hoạt chính trị về chủ quyền biển, đảo và khen thưởng 6 tập thể, 12 cá nhân.

Năm 2026, Ban Tuyên giáo và Dân vận Thành ủy đề ra chỉ tiêu mỗi phường, xã, đặc khu có ít nhất 1 fanpage chính danh và tổ chức tối thiểu 20 buổi nói chuyện thời sự mỗi năm.
"""

D09, D10, D11, D12 = "2025-10-03", "2025-12-15", "2026-04-02", "2026-01-08"
P09 = quarter(3, 2025)
P10 = since("2025-07-01", D10)
P11 = quarter(1, 2026)
P12 = h2(2025)

DOCS = [
    Doc("h29_09", T09, BTH, P09, D09, "text", facts=[
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 52", 52, "study_sessions"),
        F("đảng viên dự học: 2.714/2.903 đồng chí", 2714, "study_attendance",
          a="party_members"),
        F("đạt 93,49%", 93.49, "study_participation_rate"),
        F("Hội nghị cấp phường: 02", 2, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 1.186", 1186, "study_attendance", a="party_members"),
        F("tỷ lệ: 95,2%", 95.2, "study_participation_rate"),
        F("trang thông tin điện tử phường: 184", 184, "news_items"),
        F('"Phường Bến Thành": 327', 327, "news_items"),
        F("Nguyễn Huệ: 38", 38, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 4.100", 4100, "propaganda_audience", "approx"),
        F("Quốc khánh 2/9: 1.650", 1650, "other"),
        F("cho các khu phố: 48 triệu đồng", 48000000, "other"),
        F("Nhóm Zalo khu phố: 46 nhóm", 46, "chat_groups", p=end_of(P09)),
        F("khoảng 11.300 thành viên", 11300, "chat_group_members", "approx", p=inst(D09)),
        F("gồm 32 đồng chí", 32, "opinion_collaborators", p=end_of(P09)),
        F("thực hiện 3 báo cáo định kỳ", 3, "opinion_reports"),
        F("2 báo cáo nhanh", 2, "opinion_reports"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 24-BC/ĐU", 24), ("ngày 03 tháng 10 năm 2025", 3),
              ("quý III năm 2025", 2025), ("(Quận 1 cũ)", 1), ("46 khu phố", 46),
              ("khoảng 64.000 nhân khẩu", 64000), ("58 tổ chức cơ sở đảng", 58),
              ("hơn 2.900 đảng viên", 2900), ("1. Công tác học tập", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("ngày 12/8/2025", 12), ("57-NQ/TW", 57),
              ("59-NQ/TW", 59), ("66-NQ/TW", 66), ("68-NQ/TW", 68),
              ("2. Công tác tuyên truyền", 2), ("80 năm", 80),
              ("3. Công tác nắm bắt", 3), ("4. Thi đua", 4), ("cho 1 tập thể", 1),
              ("QUÝ IV NĂM 2025", 2025), ("100% chi bộ", 100), ("ngày 31/12/2025", 31),
              ("Mở 02 lớp", 2), ("cho 46 tổ trưởng", 46), ("96 năm", 96),
              ("03/02/1930", 3), ("03/02/2026", 3)]),
    Doc("h29_10", T10, HHA, P10, D10, "text", facts=[
        F("tổ chức 03 hội nghị học tập, quán triệt", 3, "study_sessions"),
        F("mở 109 lớp", 109, "study_sessions"),
        F("với 4.862 lượt đảng viên", 4862, "study_attendance", a="party_members"),
        F("đạt 95,4%", 95.4, "study_participation_rate"),
        F("có 1.735 lượt dự nghe", 1735, "study_attendance", a="masses"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D10)),
        F("1 fanpage", 1, "social_pages", p=inst(D10)),
        F("1 kênh TikTok", 1, "social_pages", p=inst(D10)),
        F("126 nhóm Zalo", 126, "chat_groups", p=inst(D10)),
        F("khoảng 31.400 thành viên", 31400, "chat_group_members", "approx", p=inst(D10)),
        F("đăng hơn 1.900 tin, bài", 1900, "news_items", "at_least"),
        F("tổ chức 214 buổi hướng dẫn kỹ năng số", 214, "other"),
        F("thu hút 6.215 lượt người dự thi", 6215, "contest_entries"),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể và 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("15/12/2025", 15), ("09:40", 9), ("Từ ngày 1/7/2025", 1),
              ("khoảng 126 nghìn dân", 126000), ("114 chi bộ", 114),
              ("tổ dân phố số 12", 12), ("66 tuổi", 66), ("Tổ tôi 140 hộ", 140),
              ("hơn 100 hộ", 100), ("Từ tháng 7", 7), ("của 126 tổ dân phố", 126),
              ("80 năm", 80), ("20 cá nhân đạt giải", 20), ("ngày 5/9", 5),
              ("Năm 2026", 2026), ("100% hộ gia đình", 100),
              ("024.3825.6789", 24)]),
    Doc("h29_11", T11, BTR, P11, D11, "text", facts=[
        F("02 hội nghị cấp xã học tập, quán triệt", 2, "study_sessions"),
        F("48 lớp ở các chi bộ", 48, "study_sessions"),
        F("với 2.236 lượt cán bộ, đảng viên", 2236, "study_attendance", a="party_members"),
        F("(đạt 96,8%)", 96.8, "study_participation_rate"),
        F("57 buổi tuyên truyền bầu cử", 57, "oral_propaganda_sessions"),
        F("hơn 5.200 lượt cử tri", 5200, "propaganda_audience", "at_least"),
        F("Treo 760 băng rôn", 760, "other"),
        F("38 pano cỡ lớn", 38, "other"),
        F("412 tin, bài, ảnh", 412, "news_items"),
        F("21 nhóm Zalo", 21, "chat_groups", p=end_of(P11)),
        F("gần 9.800 thành viên", 9800, "chat_group_members", "at_most", p=inst(D11)),
        F("6 báo cáo nhanh về dư luận", 6, "opinion_reports"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("biểu dương 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể, 7 cá nhân", 7, "commended_individuals"),
    ], traps=[("02 tháng 4, 2026 lúc 19:30", 2), ("QUÝ I/2026", 2026),
              ("Quý I năm 2026", 2026), ("nhiệm kỳ 2026 – 2031", 2026),
              ("ngày 15/3/2026", 15), ("99,81%", 99.81), ("lần thứ 3", 3),
              ("100% hộ", 100), ("#BauCu2026", 2026), ("👍 312", 312),
              ("46 bình luận", 46), ("58 lượt chia sẻ", 58), ("có 15 thợ", 15),
              ("cả 15 người", 15), ("nói chuyện 4 buổi liền", 4)]),
    Doc("h29_12", T12, HCM, P12, D12, "sidecar", meta={"date": D12}, facts=[
        F("tổ chức 04 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("phát hành 6 số Bản tin", 6, "news_items"),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=SG),
        F("63 lớp ở các chi bộ", 63, "study_sessions", unit=SG),
        F("với 3.418 lượt đảng viên", 3418, "study_attendance", a="party_members", unit=SG),
        F("đạt 97,05%", 97.05, "study_participation_rate", unit=SG),
        F("tổ chức 24 buổi nói chuyện chuyên đề", 24, "oral_propaganda_sessions", unit=SG),
        F("khoảng 3.600 người lao động", 3600, "propaganda_audience", "approx", unit=SG),
        F("có 58 nhóm Zalo", 58, "chat_groups", unit=GD, p=inst("2025-12-31")),
        F("gần 24.000 thành viên", 24000, "chat_group_members", "at_most", unit=GD,
          p=inst("2025-12-31")),
        F("khoảng 15.600 người theo dõi", 15600, "propaganda_audience", "approx", unit=GD,
          p=inst(D12)),
        F("chia sẻ 3.720 tin, bài", 3720, "news_items", unit=GD),
        F("tổ chức 42 buổi tuyên truyền miệng", 42, "oral_propaganda_sessions", unit=CGIO),
        F("trên 2.700 lượt người dân", 2700, "propaganda_audience", "at_least", a="masses",
          unit=CGIO),
        F("ban hành mười bốn văn bản", 14, "documents_issued", unit=CGIO),
        F("mở 1 lớp bồi dưỡng lý luận chính trị", 1, "training_classes", unit=CGIO),
        F("với 38 học viên", 38, "trainees", unit=CGIO),
        F("tổ chức 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=CGIO),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=CGIO),
        F("6 tập thể, 12 cá nhân", 12, "commended_individuals", unit=CGIO),
    ], traps=[("Sáu tháng cuối năm 2025", 2025), ("có 168 phường, xã, đặc khu", 168),
              ("trong 6 tháng", 6), ("tới 168 điểm cầu", 168), ("Trong 6 tháng", 6),
              ("Tính đến ngày 31/12/2025", 31), ("gồm 9 đồng chí", 9), ("tối đa 5 tin", 5),
              ("khoảng 13 km", 13), ("khoảng 1.200 tỷ đồng", 1200000000), ("3 – 4 tiếng", 3), ("Năm 2026", 2026),
              ("ít nhất 1 fanpage", 1), ("tối thiểu 20 buổi", 20)]),
]
