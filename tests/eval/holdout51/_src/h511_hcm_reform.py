"""Held-out set holdout51, part 1: Ho Chi Minh City around the 1 July 2025 reform.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the five
sample reports for style, without reading or running the extractor or any other eval set.

Decisions taken where the guide leaves room (the same for all files of this set):
- A 2025 report that recalls the predecessor district's first half-year: the sentences whose
  subject is the district's body ("Ban Tuyên giáo Quận ủy Quận 1", "Quận ủy Long Biên",
  "Huyện ủy Cần Giờ") are the district's, period of that sentence (h1 2025, year 2024); the rest
  of the report is the new ward's, from 2025-07-01 to the document date.
- A section heading with a period in brackets ("2. Từ khi phường đi vào hoạt động (từ ngày
  1/7/2025 đến nay)") dates the whole section.
- A stock given with "đến nay" in a sentence that opened with "Từ ... đến nay" is an instant at
  the document date; "Đội ngũ N cộng tác viên" with a period and no marker is at the period's end.
- A requirement in an official's words ("mỗi nhóm phải có ít nhất 2 quản trị viên") is a norm
  (trap), not a result.
- "(đạt N%)" after "N/M đảng viên dự học" is that study's participation rate.
- City newspapers and television are city-level bodies (the province).
- Contestants of a lecturers' contest are contest_entries; the best of them picked for the city
  round are a trap.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, m9, quarter, since, year

HCM = U("Thành phố Hồ Chí Minh")
Q1, GV, CG = U("Quận 1"), U("Quận Gò Vấp"), U("Huyện Cần Giờ")
BTH = W("Phường Bến Thành", "79")
PSG, XBC, CDAO = W("Phường Sài Gòn", "79"), W("Xã Bình Chánh", "79"), W("Đặc khu Côn Đảo", "79")
PGV, PHT = W("Phường Gò Vấp", "79"), W("Phường Hạnh Thông", "79")
XCG = W("Xã Cần Giờ", "79")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
*
Số 38-BC/ĐU
Bến Thành, ngày 12 tháng 12 năm 2025

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2025,
phương hướng, nhiệm vụ năm 2026

Phường Bến Thành được thành lập từ ngày 01/7/2025 trên cơ sở các phường Bến Thành, Phạm Ngũ Lão và một phần các phường Cầu Ông Lãnh, Nguyễn Thái Bình của Quận 1 cũ. Đảng bộ phường hiện có 86 tổ chức cơ sở đảng với 3.412 đảng viên; trên địa bàn có khoảng 62 nghìn cư dân cùng hàng chục nghìn lượt khách du lịch mỗi ngày.

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)
Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 tham mưu tổ chức 09 hội nghị học tập, quán triệt Nghị quyết số 18-NQ/TW và các kết luận của Trung ương về tiếp tục sắp xếp tổ chức bộ máy, với 7.846 lượt cán bộ, đảng viên tham dự, đạt 97,3%. Trong quá trình sắp xếp, Quận ủy ban hành 26 văn bản chỉ đạo công tác tư tưởng; đội ngũ 61 cộng tác viên dư luận xã hội của quận gửi về 44 báo cáo tình hình tư tưởng, dư luận của cán bộ, đảng viên và Nhân dân.

2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)
Đảng ủy phường tổ chức 02 hội nghị cấp phường và 58 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030, thu hút 5.930 lượt cán bộ, đảng viên và 1.214 lượt quần chúng; tỷ lệ đảng viên tham gia đạt 96,85%. Còn 104 đảng viên chưa tham gia do ốm đau, đi công tác xa, đã được chi bộ bố trí học bù.

Bộ phận tuyên giáo của phường biên tập, phát hành 5 số bản tin nội bộ “Bến Thành hôm nay”; trang thông tin điện tử và fanpage của phường đăng tải 412 tin, bài, video clip, có lượt tiếp cận ước đạt 1,6 triệu. Phường hiện có 1 trang thông tin điện tử, 2 fanpage chính danh và 146 nhóm Zalo khu phố với gần 18 nghìn thành viên.

Trong đợt cao điểm kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9, phường treo 620 băng rôn, cờ phướn, tổ chức 34 buổi tuyên truyền miệng tại các khu phố với khoảng 2.900 lượt người dân tham dự; đội xe loa lưu động chạy 75 lượt qua các tuyến phố trung tâm.

“Khu phố nào cũng có nhóm Zalo, nhưng chúng tôi yêu cầu mỗi nhóm phải có ít nhất 2 quản trị viên là đảng viên để kịp thời gỡ bỏ thông tin sai lệch”, đồng chí Trần Minh Khoa, Phó Bí thư Thường trực Đảng ủy phường, cho biết. Bà Lê Thị Thu, 67 tuổi, ngụ khu phố 5, kể: “Tôi ở đây hơn 40 năm, giờ đọc tin phường trên điện thoại còn nhanh hơn chờ loa.”

Dịp tổng kết, Đảng ủy phường khen thưởng 7 tập thể và 19 cá nhân có thành tích tiêu biểu; đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 100% cán bộ, đảng viên trong quý I/2026.
- Phấn đấu mỗi khu phố có ít nhất 1 tổ công nghệ số cộng đồng; mở 03 lớp tập huấn kỹ năng cho khoảng 150 tuyên truyền viên cơ sở.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

D01 = "2025-12-12"
NEWB = since("2025-07-01", D01)

T02 = """
168 phường, xã, đặc khu hoàn thành học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I

(Thanhuytphcm.vn) – Từ ngày 20/10/2025 đến nay, các đảng bộ phường, xã, đặc khu trên địa bàn Thành phố đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025 – 2030, theo Ban Tuyên giáo và Dân vận Thành ủy.

Thành ủy tổ chức 01 hội nghị cấp thành phố theo hình thức trực tuyến, kết nối 168 điểm cầu. Các đảng bộ cơ sở mở 9.640 lớp, thu hút 412.300 lượt cán bộ, đảng viên, đạt 96,72%; riêng quần chúng có 38.500 lượt dự nghe. Ban Tuyên giáo và Dân vận Thành ủy biên soạn tài liệu hỏi – đáp, in 120.000 cuốn phát đến các chi bộ; Báo Sài Gòn Giải Phóng, Đài Truyền hình Thành phố và trang Thanhuytphcm.vn đăng, phát gần 1.300 tin, bài, phóng sự về Đại hội. Đội ngũ báo cáo viên Thành ủy hiện có 212 đồng chí.

Cuộc thi trắc nghiệm trực tuyến tìm hiểu Văn kiện Đại hội thu hút 1.126.480 lượt người dự thi; trong đó đoàn viên, thanh niên chiếm khoảng 58%. Với hơn 14 triệu dân sau khi hợp nhất, Thành phố xác định học tập nghị quyết phải đi cùng tuyên truyền đến từng khu phố, ấp.

* Phường Sài Gòn
Đảng ủy phường tổ chức 1 hội nghị cấp phường và 64 lớp tại chi bộ, với 4.386/4.497 đảng viên dự học (đạt 97,53%). Phường còn tổ chức 12 buổi nói chuyện chuyên đề tại các tòa nhà văn phòng trên đường Đồng Khởi, Lê Duẩn, thu hút hơn 1.500 lượt công nhân viên chức.

* Xã Bình Chánh
Đảng ủy xã mở 41 lớp ở các chi bộ ấp, với 3.050 lượt cán bộ, đảng viên và 920 lượt người dân; tỷ lệ đảng viên tham gia đạt 95,4%. “Ấp tôi có 112 đảng viên, phải học buổi tối mới đủ người, có hôm 10 giờ đêm mới xong”, ông Phạm Văn Tư, Bí thư Chi bộ ấp 3, kể.

* Đặc khu Côn Đảo
Gần như 100% cán bộ, đảng viên của đặc khu, kể cả đảng viên các đơn vị lực lượng vũ trang đóng quân, đã dự học. Đặc khu tổ chức 11 buổi nói chuyện thời sự cho cán bộ, chiến sĩ, với khoảng 640 lượt người nghe.

Theo kế hoạch, trong quý I/2026, Thành phố sẽ tổ chức học tập Nghị quyết Đại hội XIV của Đảng, dự kiến mở khoảng 10.000 lớp ở cơ sở.
"""

D02 = "2025-12-03"
P02 = since("2025-10-20", D02)

T03 = """
Cập nhật ngày 06-10-2025

Từ Quận ủy Gò Vấp đến các đảng ủy phường: mạch tuyên truyền không đứt đoạn

Chín tháng năm 2025 là giai đoạn đặc biệt của công tác tuyên giáo ở khu vực Gò Vấp: sáu tháng đầu năm do Quận ủy Gò Vấp đảm nhiệm, từ ngày 1/7/2025 chuyển giao cho 6 đảng ủy phường mới.

Quận Gò Vấp: khép lại chặng cuối
Trong 6 tháng đầu năm, Ban Tuyên giáo Quận ủy Gò Vấp tham mưu tổ chức 3 hội nghị cấp quận học tập, quán triệt các kết luận của Trung ương về sắp xếp bộ máy; các chi, đảng bộ cơ sở mở 311 lớp với 19.420 lượt cán bộ, đảng viên, đạt 96,18%. Mạng lưới 16 trang fanpage của quận và các phường đăng hơn 3.100 tin, bài. Quận tổ chức Hội thi báo cáo viên giỏi với 32 thí sinh; 5 thí sinh xuất sắc nhất được chọn dự thi cấp thành phố.

Phường Hạnh Thông: bắt nhịp ngay từ tháng đầu
Được thành lập trên cơ sở các phường 1, 3 và một phần phường 4, 5 của quận Gò Vấp cũ, Phường Hạnh Thông nhanh chóng kiện toàn bộ phận tuyên giáo. Từ ngày 1/7/2025 đến nay, Đảng ủy phường đã ban hành 14 văn bản hướng dẫn công tác tư tưởng, tổ chức 2 hội nghị báo cáo viên và duy trì 38 nhóm Zalo khu phố. Phường hiện có 22 báo cáo viên và 30 cộng tác viên dư luận xã hội; trong quý III, các cộng tác viên gửi 27 báo cáo dư luận xã hội.

Phường Gò Vấp: đưa nghị quyết về khu phố
Từ tháng 7 đến tháng 9/2025, các chi bộ thuộc Đảng bộ phường Gò Vấp tổ chức 47 buổi thảo luận dự thảo văn kiện Đại hội Đảng bộ Thành phố; phường tổ chức 23 buổi tuyên truyền miệng với khoảng 1.850 lượt người dân tham dự, bình quân mỗi buổi chừng 80 người. “Tổ tôi 96 hộ, họp tổ lần nào giờ cũng đông hơn trước”, ông Võ Văn Năm, tổ trưởng tổ dân phố 27, nói.

Trong quý IV, các phường dự kiến mở 12 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo cơ sở và tổ chức hội thi tuyên truyền viên giỏi vào tháng 11.
"""

D03 = "2025-10-06"
NEW3 = since("2025-07-01", D03)

T04 = """
Xã Cần Giờ: Giữ mạch tuyên truyền nơi cửa biển

Thứ Ba, ngày 18/11/2025

Xã Cần Giờ được thành lập từ ngày 1/7/2025 trên cơ sở thị trấn Cần Thạnh và xã Long Hòa của huyện Cần Giờ cũ. Phóng viên trao đổi với bà Lê Thị Mỹ Hạnh, Phó Bí thư Thường trực Đảng ủy xã, về công tác tuyên giáo sau hơn 4 tháng vận hành chính quyền địa phương hai cấp.

Phóng viên: Thưa bà, trước khi sắp xếp, công tác tuyên truyền ở Cần Giờ có điểm gì nổi bật?

Đồng chí Phó Bí thư: “Năm 2024, Huyện ủy Cần Giờ tổ chức 85 buổi nói chuyện thời sự ở các ấp, khu dân cư, với hơn 6.400 lượt người nghe, có buổi tổ chức ngay trên bãi nghêu. Huyện phát động cuộc thi tìm hiểu về biển, đảo Việt Nam, nhận 4.207 bài dự thi. Tính đến cuối năm 2024, huyện có 19 báo cáo viên cấp huyện.”

Phóng viên: Từ khi xã mới đi vào hoạt động thì sao?

Đồng chí Phó Bí thư: “Từ tháng 7 đến nay, Đảng ủy xã đã tổ chức 01 hội nghị cấp xã và 26 lớp ở chi bộ học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I, với 1.482/1.530 đảng viên tham dự, tỷ lệ 96,86%. Xã ra mắt fanpage “Cần Giờ – Cửa biển” và lập 24 nhóm Zalo ấp, đến nay có khoảng 9.600 thành viên; fanpage đã đăng 236 tin, bài, video. Bộ phận tuyên giáo gửi 9 báo cáo nhanh về tâm trạng của ngư dân khi giá xăng dầu tăng. Dịp Quốc khánh, Đảng ủy xã khen thưởng 4 tập thể, 11 cá nhân có thành tích trong sắp xếp bộ máy. Có bác tổ trưởng nói với tôi: ‘Ấp tôi 300 hộ, giờ nhắn một tin là cả ấp biết’.”

Phóng viên: Khó khăn lớn nhất hiện nay là gì?

Đồng chí Phó Bí thư: “Địa bàn rộng, dân cư phân tán, nhiều hộ đi biển 15 đến 20 ngày mới về. Chúng tôi đang kiến nghị bổ sung 2 biên chế cho bộ phận tuyên giáo. Năm 2026, xã phấn đấu tổ chức ít nhất 40 buổi nói chuyện chuyên đề ở các ấp.”

Cảm ơn bà về cuộc trao đổi!
"""

D04 = "2025-11-18"
NEW4 = since("2025-07-01", D04)

DOCS = [
    Doc("h51_01", T01, BTH, NEWB, D01, "text", facts=[
        F("tổ chức 09 hội nghị học tập, quán triệt", 9, "study_sessions", unit=Q1, p=h1(2025)),
        F("với 7.846 lượt cán bộ, đảng viên", 7846, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("đạt 97,3%", 97.3, "study_participation_rate", unit=Q1, p=h1(2025)),
        F("ban hành 26 văn bản", 26, "documents_issued", unit=Q1, p=h1(2025)),
        F("đội ngũ 61 cộng tác viên", 61, "opinion_collaborators", unit=Q1,
          p=end_of(h1(2025))),
        F("gửi về 44 báo cáo tình hình tư tưởng", 44, "opinion_reports", unit=Q1, p=h1(2025)),
        F("tổ chức 02 hội nghị cấp phường", 2, "study_sessions"),
        F("58 lớp ở các chi bộ", 58, "study_sessions"),
        F("thu hút 5.930 lượt cán bộ, đảng viên", 5930, "study_attendance", a="party_members"),
        F("1.214 lượt quần chúng", 1214, "study_attendance", a="masses"),
        F("tham gia đạt 96,85%", 96.85, "study_participation_rate"),
        F("Còn 104 đảng viên chưa tham gia", 104, "other"),
        F("phát hành 5 số bản tin", 5, "news_items"),
        F("đăng tải 412 tin, bài", 412, "news_items"),
        F("ước đạt 1,6 triệu", 1600000, "propaganda_audience", "approx"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D01)),
        F("2 fanpage chính danh", 2, "social_pages", p=inst(D01)),
        F("146 nhóm Zalo khu phố", 146, "chat_groups", p=inst(D01)),
        F("gần 18 nghìn thành viên", 18000, "chat_group_members", "at_most", p=inst(D01)),
        F("treo 620 băng rôn", 620, "other"),
        F("tổ chức 34 buổi tuyên truyền miệng", 34, "oral_propaganda_sessions"),
        F("khoảng 2.900 lượt người dân", 2900, "propaganda_audience", "approx", a="masses"),
        F("chạy 75 lượt", 75, "other"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 38-BC/ĐU", 38), ("1. Giai đoạn", 1), ("2. Từ khi", 2), ("ngày 12 tháng 12 năm 2025", 12), ("năm 2025", 2025),
              ("năm 2026", 2026), ("ngày 01/7/2025", 1), ("Quận 1 cũ", 1),
              ("86 tổ chức cơ sở đảng", 86), ("3.412 đảng viên", 3412),
              ("khoảng 62 nghìn cư dân", 62000), ("tháng 6/2025", 6),
              ("Sáu tháng đầu năm 2025", 6), ("Nghị quyết số 18-NQ/TW", 18),
              ("ngày 1/7/2025", 1), ("nhiệm kỳ 2025 – 2030", 2025), ("80 năm", 80),
              ("Quốc khánh 2/9", 2), ("ít nhất 2 quản trị viên", 2), ("67 tuổi", 67),
              ("khu phố 5", 5), ("hơn 40 năm", 40), ("cho 2 tập thể", 2),
              ("NĂM 2026", 2026), ("100% cán bộ, đảng viên", 100), ("quý I/2026", 1),
              ("ít nhất 1 tổ", 1), ("mở 03 lớp tập huấn", 3), ("khoảng 150 tuyên truyền viên", 150)]),
    Doc("h51_02", T02, HCM, P02, D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 01 hội nghị cấp thành phố", 1, "study_sessions"),
        F("mở 9.640 lớp", 9640, "study_sessions"),
        F("thu hút 412.300 lượt cán bộ, đảng viên", 412300, "study_attendance",
          a="party_members"),
        F("đạt 96,72%", 96.72, "study_participation_rate"),
        F("có 38.500 lượt dự nghe", 38500, "study_attendance", a="masses"),
        F("in 120.000 cuốn", 120000, "other"),
        F("gần 1.300 tin, bài", 1300, "news_items", "at_most"),
        F("hiện có 212 đồng chí", 212, "reporters", p=inst(D02)),
        F("thu hút 1.126.480 lượt người dự thi", 1126480, "contest_entries"),
        F("1 hội nghị cấp phường", 1, "study_sessions", unit=PSG),
        F("64 lớp tại chi bộ", 64, "study_sessions", unit=PSG),
        F("với 4.386/4.497 đảng viên dự học", 4386, "study_attendance", a="party_members",
          unit=PSG),
        F("(đạt 97,53%)", 97.53, "study_participation_rate", unit=PSG),
        F("tổ chức 12 buổi nói chuyện chuyên đề", 12, "oral_propaganda_sessions", unit=PSG),
        F("hơn 1.500 lượt công nhân viên chức", 1500, "propaganda_audience", "at_least",
          unit=PSG),
        F("mở 41 lớp ở các chi bộ ấp", 41, "study_sessions", unit=XBC),
        F("với 3.050 lượt cán bộ, đảng viên", 3050, "study_attendance", a="party_members",
          unit=XBC),
        F("920 lượt người dân", 920, "study_attendance", a="masses", unit=XBC),
        F("tham gia đạt 95,4%", 95.4, "study_participation_rate", unit=XBC),
        F("Gần như 100% cán bộ, đảng viên", 100, "study_participation_rate", "approx", unit=CDAO),
        F("tổ chức 11 buổi nói chuyện thời sự", 11, "oral_propaganda_sessions", unit=CDAO),
        F("khoảng 640 lượt người nghe", 640, "propaganda_audience", "approx", unit=CDAO),
    ], traps=[("168 phường, xã, đặc khu", 168), ("ngày 20/10/2025", 20),
              ("lần thứ I, nhiệm kỳ 2025 – 2030", 2025), ("kết nối 168 điểm cầu", 168),
              ("khoảng 58%", 58), ("hơn 14 triệu dân", 14000000), ("112 đảng viên", 112),
              ("10 giờ đêm", 10), ("ấp 3", 3), ("quý I/2026", 1),
              ("khoảng 10.000 lớp", 10000)]),
    Doc("h51_03", T03, GV, m9(2025), D03, "text", facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions", p=h1(2025)),
        F("mở 311 lớp", 311, "study_sessions", p=h1(2025)),
        F("với 19.420 lượt cán bộ, đảng viên", 19420, "study_attendance", a="party_members",
          p=h1(2025)),
        F("đạt 96,18%", 96.18, "study_participation_rate", p=h1(2025)),
        F("Mạng lưới 16 trang fanpage", 16, "social_pages", p=end_of(h1(2025))),
        F("hơn 3.100 tin, bài", 3100, "news_items", "at_least", p=h1(2025)),
        F("với 32 thí sinh", 32, "contest_entries", p=h1(2025)),
        F("ban hành 14 văn bản", 14, "documents_issued", unit=PHT, p=NEW3),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=PHT, p=NEW3),
        F("duy trì 38 nhóm Zalo", 38, "chat_groups", unit=PHT, p=inst(D03)),
        F("hiện có 22 báo cáo viên", 22, "reporters", unit=PHT, p=inst(D03)),
        F("30 cộng tác viên dư luận xã hội", 30, "opinion_collaborators", unit=PHT,
          p=inst(D03)),
        F("gửi 27 báo cáo dư luận xã hội", 27, "opinion_reports", unit=PHT,
          p=quarter(3, 2025)),
        F("tổ chức 47 buổi thảo luận", 47, "party_cell_discussions", unit=PGV,
          p=quarter(3, 2025)),
        F("tổ chức 23 buổi tuyên truyền miệng", 23, "oral_propaganda_sessions", unit=PGV,
          p=quarter(3, 2025)),
        F("khoảng 1.850 lượt người dân", 1850, "propaganda_audience", "approx", a="masses",
          unit=PGV, p=quarter(3, 2025)),
    ], traps=[("06-10-2025", 6), ("Chín tháng năm 2025", 2025), ("ngày 1/7/2025", 1),
              ("6 đảng ủy phường mới", 6), ("Trong 6 tháng đầu năm", 6),
              ("5 thí sinh xuất sắc nhất", 5), ("các phường 1, 3", 1), ("1, 3", 3),
              ("phường 4, 5", 4), ("4, 5", 5), ("tháng 9/2025", 9),
              ("chừng 80 người", 80), ("Tổ tôi 96 hộ", 96), ("tổ dân phố 27", 27),
              ("mở 12 lớp bồi dưỡng", 12), ("tháng 11", 11)]),
    Doc("h51_04", T04, XCG, NEW4, D04, "text", facts=[
        F("tổ chức 85 buổi nói chuyện thời sự", 85, "oral_propaganda_sessions", unit=CG,
          p=year(2024)),
        F("hơn 6.400 lượt người nghe", 6400, "propaganda_audience", "at_least", unit=CG,
          p=year(2024)),
        F("nhận 4.207 bài dự thi", 4207, "contest_entries", unit=CG, p=year(2024)),
        F("huyện có 19 báo cáo viên", 19, "reporters", unit=CG, p=inst("2024-12-31")),
        F("tổ chức 01 hội nghị cấp xã", 1, "study_sessions"),
        F("26 lớp ở chi bộ", 26, "study_sessions"),
        F("với 1.482/1.530 đảng viên", 1482, "study_attendance", a="party_members"),
        F("tỷ lệ 96,86%", 96.86, "study_participation_rate"),
        F("lập 24 nhóm Zalo ấp", 24, "chat_groups", p=inst(D04)),
        F("khoảng 9.600 thành viên", 9600, "chat_group_members", "approx", p=inst(D04)),
        F("đã đăng 236 tin, bài", 236, "news_items"),
        F("gửi 9 báo cáo nhanh về tâm trạng", 9, "opinion_reports"),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("ngày 18/11/2025", 18), ("từ ngày 1/7/2025", 1), ("hơn 4 tháng", 4),
              ("Năm 2024", 2024), ("cuối năm 2024", 2024), ("Ấp tôi 300 hộ", 300),
              ("15 đến 20 ngày", 15), ("20 ngày", 20), ("bổ sung 2 biên chế", 2),
              ("Năm 2026", 2026), ("ít nhất 40 buổi", 40)]),
]
