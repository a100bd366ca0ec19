"""holdout37, part 1: Hanoi districts before 2025-07-01 (Hai Bà Trưng, Tây Hồ, Sóc Sơn,
Thanh Xuân / Nam Từ Liêm / Bắc Từ Liêm), 2019-2023.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source
(holdout2/_src/g01_hcm_districts.py) for its format only, the seeds (indicators.csv,
org_units.csv) and the five sample reports for style, without reading or running the
extractor or any other evaluation set.

Decisions taken where the guide leaves room:
- "Sáu tháng qua" / "Chín tháng qua" inside a report mean the report's span.
- A stock stated in a quotation or a paragraph with the report's span and no "hiện có" marker
  ("Mạng lưới 64 cộng tác viên ...") is an instant at the span's end (end_of).
- Grassroots "tuyên truyền viên" are not báo cáo viên: `other` (indicators.csv note).
- In a section of a multi-district article about one resolution, a bare "hội nghị cấp quận" /
  "lớp ở chi bộ" counts the lead's study (study_sessions).
- Voters at election talks ("lượt cử tri") have audience `all` (not one of the listed words).
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, since, year

HBT, TH, SS = U("Quận Hai Bà Trưng"), U("Quận Tây Hồ"), U("Huyện Sóc Sơn")
TX, NTL, BTL = U("Quận Thanh Xuân"), U("Quận Nam Từ Liêm"), U("Quận Bắc Từ Liêm")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY HAI BÀ TRƯNG
BAN TUYÊN GIÁO
Số 52-BC/BTGQU

Hai Bà Trưng, ngày 27 tháng 6 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

Thực hiện Hướng dẫn số 18-HD/BTGTU ngày 03/6/2019 của Ban Tuyên giáo Thành ủy Hà Nội, Ban Tuyên giáo Quận ủy Hai Bà Trưng báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2019 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành 16 văn bản lãnh đạo, chỉ đạo (gồm 7 kế hoạch, 9 hướng dẫn và công văn), tập trung vào công tác chuẩn bị Đại hội Đảng bộ quận lần thứ XXV, nhiệm kỳ 2020 - 2025 và các hoạt động kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2019).

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Hội nghị Trung ương 8 khóa XII
- Hội nghị cấp quận: 02
- Lớp ở cơ sở: 187
- Lượt cán bộ, đảng viên dự: 21.604; tỷ lệ: 96,8%
- Số đảng viên chưa tham gia: 715 người (chủ yếu là đảng viên cao tuổi, ốm đau)
b) Chỉ thị 05-CT/TW, chuyên đề năm 2019
- Buổi sinh hoạt chuyên đề tại chi bộ: 412

3. Công tác tuyên truyền
Tuyên truyền miệng được duy trì qua hội nghị báo cáo viên định kỳ. Sáu tháng qua, quận tổ chức 06 hội nghị báo cáo viên, mỗi hội nghị khoảng 250 đại biểu; đội ngũ báo cáo viên cấp quận hiện có 38 đồng chí.
Các phường tổ chức 96 buổi nói chuyện thời sự, chuyên đề tại tổ dân phố, thu hút khoảng 7.300 lượt người dân. Trang thông tin điện tử của quận đăng 534 tin, bài; bản tin "Hai Bà Trưng ngày nay" phát hành đủ 6 số, mỗi số 2.500 bản. Phối hợp Phòng Văn hóa - Thông tin quận treo 1.320 băng rôn, khẩu hiệu dịp kỷ niệm 89 năm Ngày thành lập Đảng và 44 năm Ngày giải phóng miền Nam.

4. Nắm bắt dư luận xã hội
Mạng lưới 64 cộng tác viên dư luận xã hội của quận gửi về Ban 29 báo cáo định kỳ và 7 báo cáo đột xuất, tập trung vào dư luận về việc di dời các hộ dân ở chung cư cũ phố Lò Đúc và tiến độ tuyến đường sắt đô thị số 3.

5. Thi đua, khen thưởng
Cuộc thi trắc nghiệm tìm hiểu cuộc đời, sự nghiệp Chủ tịch Hồ Chí Minh do quận phát động nhận được 8.146 bài dự thi; Ban tổ chức trao 1 giải Nhất, 2 giải Nhì và 5 giải Ba. Ban Thường vụ Quận ủy khen thưởng 5 tập thể, 14 cá nhân có thành tích tiêu biểu trong công tác tuyên giáo.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
1. Tổ chức học tập Nghị quyết Trung ương 10 khóa XII cho 100% cấp ủy viên các cấp.
2. Mở 02 lớp bồi dưỡng nghiệp vụ cho khoảng 120 cộng tác viên dư luận xã hội.
3. Phấn đấu đăng ít nhất 500 tin, bài trên trang thông tin điện tử của quận.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu BTG.
"""

T02 = """
Quận Tây Hồ: Đưa nghị quyết đến gần hơn với người dân ven hồ

Cập nhật ngày 06-01-2022

(Cổng TTĐT quận Tây Hồ) - Sáng 5/1, Quận ủy Tây Hồ tổ chức hội nghị tổng kết công tác tuyên giáo năm 2021, triển khai nhiệm vụ năm 2022.

Năm 2021, dù chịu tác động nặng nề của dịch Covid-19, Ban Tuyên giáo Quận ủy đã tham mưu tổ chức chu đáo việc học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII. Quận tổ chức 3 hội nghị cấp quận theo hình thức trực tuyến, kết nối tới 8 điểm cầu phường; các chi bộ mở 231 lớp, thu hút 14.862 lượt cán bộ, đảng viên, đạt 97,3%.

Cùng với đó, quận triển khai hai đợt sinh hoạt chính trị về cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Tỷ lệ cử tri đi bầu của quận đạt 99,47%.

Khi các buổi tuyên truyền trực tiếp bị hạn chế, mạng xã hội trở thành kênh chủ lực. Hiện nay, Tây Hồ có 1 trang thông tin điện tử, 9 fanpage chính danh của quận và các phường cùng 624 nhóm Zalo tổ dân phố, số thành viên khoảng 41.500 người. Trong năm, các trang này đăng tải hơn 3.900 tin, bài, video clip, có lượt tiếp cận ước đạt 2,1 triệu.

"Nhóm Zalo của tổ tôi có 137 thành viên, hôm nào cũng có tin mới về lịch tiêm, về điểm phát gạo", bà Đỗ Thị Lan, 71 tuổi, tổ dân phố số 12, phường Quảng An, kể.

Bà Nguyễn Thị Minh Ngọc, Trưởng ban Tuyên giáo Quận ủy Tây Hồ cho biết: "Chúng tôi duy trì đều đặn hội nghị báo cáo viên, năm nay tổ chức được 10 hội nghị, kể cả những tháng giãn cách. Đội ngũ 52 cộng tác viên dư luận của quận đã gửi 118 báo cáo, giúp cấp ủy nắm sát tâm trạng nhân dân."

Trung tâm Chính trị quận mở 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới và 2 lớp sơ cấp, với tổng số 389 học viên. Nhân dịp này, Quận ủy tặng giấy khen cho 6 tập thể và 9 cá nhân có thành tích xuất sắc.

Năm 2022, quận phấn đấu 100% chi bộ tổ chức sinh hoạt chuyên đề ít nhất 2 lần/năm và lập thêm 30 nhóm Zalo tại các khu chung cư mới. Mọi ý kiến xin gửi về Ban Tuyên giáo Quận ủy, số 657 Lạc Long Quân, điện thoại 024.3753.2146.
"""

T03 = """
Sóc Sơn: "Tuyên truyền ở vùng bán sơn địa phải đi từng thôn, gõ từng cửa"

Chín tháng năm 2023, công tác tuyên giáo ở huyện ngoại thành rộng nhất Thủ đô có nhiều đổi mới. Phóng viên đã trao đổi với đồng chí Phạm Văn Thắng, Trưởng ban Tuyên giáo Huyện ủy Sóc Sơn.

PV: Xin đồng chí cho biết những kết quả nổi bật?

Đồng chí Trưởng ban: Sóc Sơn có 25 xã, 1 thị trấn, diện tích khoảng 305 km², nhiều thôn nằm dưới chân núi Sóc, dân cư phân tán. Chín tháng qua, Huyện ủy tổ chức 04 hội nghị cấp huyện học tập, quán triệt các chuyên đề, nghị quyết mới; các chi bộ tổ chức 1.046 lớp với 32.718 lượt cán bộ, đảng viên và khoảng 9.400 lượt quần chúng tham dự. Tỷ lệ đảng viên tham gia đạt 95,6%.

PV: Nghe nói huyện rất chú trọng tuyên truyền miệng?

Đồng chí Trưởng ban: Đúng vậy. Đội ngũ báo cáo viên cấp huyện hiện có 41 đồng chí, cùng hơn 600 tuyên truyền viên ở thôn, xóm. Từ đầu năm đến nay, chúng tôi tổ chức 212 buổi nói chuyện thời sự, chính sách tại nhà văn hóa thôn, thu hút trên 18 nghìn lượt người nghe. Có bác trưởng thôn nói với tôi: 'Thôn tôi 340 hộ, buổi nào nói chuyện về giải phóng mặt bằng mở rộng sân bay là chật hội trường'. Cuộc thi viết "Sóc Sơn - những tấm gương bình dị" năm 2023 cũng đã nhận 526 tác phẩm.

PV: Còn công tác trên không gian mạng?

Đồng chí Trưởng ban: Huyện hiện có một trang thông tin điện tử, hai fanpage là "Sóc Sơn ngày mới" và "Tuổi trẻ Sóc Sơn", 318 nhóm Zalo thôn, xóm với gần 27.000 thành viên. 9 tháng, các kênh này đăng hơn 2.400 tin, bài, phóng sự. Đài truyền thanh huyện phát 39 kỳ chuyên mục "Sóc Sơn - đổi mới và phát triển". Mạng lưới 46 cộng tác viên dư luận xã hội gửi về Ban 27 báo cáo định kỳ, 6 báo cáo đột xuất.

PV: Kế hoạch thời gian tới của huyện?

Đồng chí Trưởng ban: Quý IV, huyện sẽ tổ chức cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ huyện, dự kiến thu hút 10.000 lượt người dự thi, và mở thêm 3 lớp bồi dưỡng kỹ năng cho tuyên truyền viên cơ sở trong khoảng 2 tháng.
"""

T04 = """
Thanh Xuân, Nam Từ Liêm, Bắc Từ Liêm: Hoàn thành học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII

Thứ Sáu, ngày 08/4/2022

Quý I năm 2022, ba quận phía Tây Nam Thủ đô đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII và Kết luận 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng.

* Quận Thanh Xuân
Quận ủy tổ chức 2 hội nghị cấp quận cho cán bộ chủ chốt của quận và 11 đảng bộ phường; các chi bộ mở 264 lớp với 15.930 lượt cán bộ, đảng viên, đạt 96,72%; riêng quần chúng có 2.140 lượt tham dự. Quận cũng tổ chức hội thi báo cáo viên giỏi với 23 thí sinh; 3 thí sinh xuất sắc nhất được chọn dự thi cấp thành phố.

* Quận Nam Từ Liêm
Quận có 10 phường, tốc độ đô thị hóa nhanh, nhiều khu đô thị mới với hàng chục nghìn cư dân. Quận ủy tổ chức 1 hội nghị cấp quận trực tiếp kết hợp trực tuyến tới 12 điểm cầu; 31 đảng bộ, chi bộ cơ sở mở 198 lớp, thu hút 11.207 lượt cán bộ, đảng viên. Tỷ lệ đảng viên tham gia đạt 95,9%. Số đảng viên chưa tham gia: 473 người, quận yêu cầu tổ chức học bù trong tháng 4.

* Quận Bắc Từ Liêm
Bắc Từ Liêm chọn cách "đưa nghị quyết về chi bộ": thay vì tập trung đông người, quận chia thành các lớp dưới 50 người theo từng cụm tổ dân phố. Tổng cộng có 2 hội nghị cấp quận và 309 lớp ở chi bộ, thu hút 17.455 lượt đảng viên và 3.060 lượt quần chúng. Quận ủy ban hành 05 văn bản hướng dẫn việc viết bài thu hoạch; đến hết quý đã có 12.380 bài thu hoạch được chấm. So với đợt học tập Nghị quyết Trung ương 2 khóa XIII, số lượt đảng viên dự tăng 1.215 lượt.
"""

D01, D02, D03, D04 = "2019-06-27", "2022-01-06", "2023-10-12", "2022-04-08"

DOCS = [
    Doc("h37_01", T01, HBT, h1(2019), D01, "text", facts=[
        F("ban hành 16 văn bản lãnh đạo", 16, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Lớp ở cơ sở: 187", 187, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 21.604", 21604, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,8%", 96.8, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 715 người", 715, "other"),
        F("Buổi sinh hoạt chuyên đề tại chi bộ: 412", 412, "party_cell_discussions"),
        F("tổ chức 06 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("hiện có 38 đồng chí", 38, "reporters", p=inst(D01)),
        F("tổ chức 96 buổi nói chuyện thời sự", 96, "oral_propaganda_sessions"),
        F("khoảng 7.300 lượt người dân", 7300, "propaganda_audience", "approx", a="masses"),
        F("đăng 534 tin, bài", 534, "news_items"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("treo 1.320 băng rôn", 1320, "other"),
        F("Mạng lưới 64 cộng tác viên", 64, "opinion_collaborators", p=end_of(h1(2019))),
        F("gửi về Ban 29 báo cáo định kỳ", 29, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("nhận được 8.146 bài dự thi", 8146, "contest_entries"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("Số 52-BC/BTGQU", 52), ("ngày 27 tháng 6 năm 2019", 27),
              ("6 tháng đầu năm 2019", 6), ("6 tháng cuối năm 2019", 6),
              ("Hướng dẫn số 18-HD/BTGTU", 18), ("ngày 03/6/2019", 3),
              ("gồm 7 kế hoạch", 7), ("9 hướng dẫn", 9), ("nhiệm kỳ 2020 - 2025", 2020),
              ("129 năm", 129), ("19/5/1890", 19), ("19/5/2019", 19),
              ("Trung ương 8", 8), ("Chỉ thị 05-CT/TW", 5), ("chuyên đề năm 2019", 2019),
              ("khoảng 250 đại biểu", 250), ("mỗi số 2.500 bản", 2500), ("89 năm", 89),
              ("44 năm", 44), ("đường sắt đô thị số 3", 3), ("trao 1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("5 giải Ba", 5),
              ("NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019", 6), ("Trung ương 10", 10),
              ("100% cấp ủy viên", 100), ("Mở 02 lớp", 2), ("khoảng 120 cộng tác viên", 120),
              ("ít nhất 500 tin, bài", 500)]),
    Doc("h37_02", T02, TH, year(2021), D02, "text", facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("các chi bộ mở 231 lớp", 231, "study_sessions"),
        F("thu hút 14.862 lượt cán bộ, đảng viên", 14862, "study_attendance",
          a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("có 1 trang thông tin điện tử", 1, "websites", p=inst(D02)),
        F("9 fanpage chính danh", 9, "social_pages", p=inst(D02)),
        F("624 nhóm Zalo tổ dân phố", 624, "chat_groups", p=inst(D02)),
        F("khoảng 41.500 người", 41500, "chat_group_members", "approx", p=inst(D02)),
        F("hơn 3.900 tin, bài", 3900, "news_items", "at_least"),
        F("ước đạt 2,1 triệu", 2100000, "propaganda_audience", "approx"),
        F("tổ chức được 10 hội nghị", 10, "reporter_conferences"),
        F("Đội ngũ 52 cộng tác viên", 52, "opinion_collaborators", p=end_of(year(2021))),
        F("đã gửi 118 báo cáo", 118, "opinion_reports"),
        F("mở 4 lớp bồi dưỡng lý luận chính trị", 4, "training_classes"),
        F("2 lớp sơ cấp", 2, "training_classes"),
        F("tổng số 389 học viên", 389, "trainees"),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể và 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("ngày 06-01-2022", 6), ("Sáng 5/1", 5), ("năm 2021", 2021),
              ("năm 2022", 2022), ("Năm 2021", 2021), ("Covid-19", 19),
              ("Đại hội XIII", 13), ("lần thứ XVII", 17), ("8 điểm cầu phường", 8),
              ("khóa XV", 15), ("nhiệm kỳ 2021-2026", 2021), ("đạt 99,47%", 99.47),
              ("có 137 thành viên", 137), ("71 tuổi", 71), ("tổ dân phố số 12", 12),
              ("Năm 2022", 2022), ("100% chi bộ", 100), ("ít nhất 2 lần/năm", 2),
              ("thêm 30 nhóm Zalo", 30), ("số 657 Lạc Long Quân", 657),
              ("024.3753.2146", 24)]),
    Doc("h37_03", T03, SS, m9(2023), D03, "sidecar", meta={"date": D03}, facts=[
        F("tổ chức 04 hội nghị cấp huyện", 4, "study_sessions"),
        F("tổ chức 1.046 lớp", 1046, "study_sessions"),
        F("với 32.718 lượt cán bộ, đảng viên", 32718, "study_attendance", a="party_members"),
        F("khoảng 9.400 lượt quần chúng", 9400, "study_attendance", "approx", a="masses"),
        F("tham gia đạt 95,6%", 95.6, "study_participation_rate"),
        F("hiện có 41 đồng chí", 41, "reporters", p=inst(D03)),
        F("hơn 600 tuyên truyền viên", 600, "other", "at_least", p=inst(D03)),
        F("tổ chức 212 buổi nói chuyện", 212, "oral_propaganda_sessions",
          p=since("2023-01-01", D03)),
        F("trên 18 nghìn lượt người nghe", 18000, "propaganda_audience", "at_least",
          p=since("2023-01-01", D03)),
        F("đã nhận 526 tác phẩm", 526, "contest_entries"),
        F("hiện có một trang thông tin điện tử", 1, "websites", p=inst(D03)),
        F("hai fanpage", 2, "social_pages", p=inst(D03)),
        F("318 nhóm Zalo", 318, "chat_groups", p=inst(D03)),
        F("gần 27.000 thành viên", 27000, "chat_group_members", "at_most", p=inst(D03)),
        F("đăng hơn 2.400 tin, bài", 2400, "news_items", "at_least"),
        F("phát 39 kỳ chuyên mục", 39, "news_items"),
        F("Mạng lưới 46 cộng tác viên", 46, "opinion_collaborators", p=end_of(m9(2023))),
        F("gửi về Ban 27 báo cáo định kỳ", 27, "opinion_reports"),
        F("6 báo cáo đột xuất", 6, "opinion_reports"),
    ], traps=[("25 xã", 25), ("1 thị trấn", 1), ("khoảng 305 km²", 305),
              ("Thôn tôi 340 hộ", 340), ("năm 2023", 2023), ("9 tháng,", 9),
              ("10.000 lượt người dự thi", 10000), ("thêm 3 lớp", 3),
              ("khoảng 2 tháng", 2)]),
    Doc("h37_04", T04, TX, quarter(1, 2022), D04, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận cho", 2, "study_sessions"),
        F("các chi bộ mở 264 lớp", 264, "study_sessions"),
        F("với 15.930 lượt cán bộ, đảng viên", 15930, "study_attendance", a="party_members"),
        F("đạt 96,72%", 96.72, "study_participation_rate"),
        F("riêng quần chúng có 2.140 lượt tham dự", 2140, "study_attendance", a="masses"),
        F("với 23 thí sinh", 23, "contest_entries"),
        F("tổ chức 1 hội nghị cấp quận", 1, "study_sessions", unit=NTL),
        F("mở 198 lớp", 198, "study_sessions", unit=NTL),
        F("thu hút 11.207 lượt cán bộ, đảng viên", 11207, "study_attendance",
          a="party_members", unit=NTL),
        F("tham gia đạt 95,9%", 95.9, "study_participation_rate", unit=NTL),
        F("Số đảng viên chưa tham gia: 473 người", 473, "other", unit=NTL),
        F("có 2 hội nghị cấp quận", 2, "study_sessions", unit=BTL),
        F("309 lớp ở chi bộ", 309, "study_sessions", unit=BTL),
        F("thu hút 17.455 lượt đảng viên", 17455, "study_attendance", a="party_members",
          unit=BTL),
        F("3.060 lượt quần chúng", 3060, "study_attendance", a="masses", unit=BTL),
        F("ban hành 05 văn bản", 5, "documents_issued", unit=BTL),
        F("đã có 12.380 bài thu hoạch", 12380, "other", unit=BTL),
    ], traps=[("Trung ương 4", 4), ("ngày 08/4/2022", 8), ("Quý I năm 2022", 1),
              ("Kết luận 21-KL/TW", 21), ("11 đảng bộ phường", 11),
              ("3 thí sinh xuất sắc nhất", 3), ("có 10 phường", 10), ("12 điểm cầu", 12),
              ("31 đảng bộ, chi bộ cơ sở", 31), ("trong tháng 4", 4),
              ("dưới 50 người", 50), ("Trung ương 2", 2), ("tăng 1.215 lượt", 1215)]),
]
