"""Held-out set holdout34, part 3: Hanoi, a district report of 2016, a district portal article
of 2019, a city-level article with district sections (2023) and a ward's social post after
the 1 July 2025 reform.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the sample reports, without reading or running the extractor.
Decisions: see the docstring of h341_hcm_city_districts.py; in addition:
- "Phối hợp Trường ... mở 1 lớp trung cấp": the school is a partner, the class is the
  district's (training_classes).
- "khoảng 32.000 lượt cử tri" at talks and voter meetings: propaganda_audience, audience `all`.
- "thành lập thêm 27 nhóm Zalo ..., nâng tổng số lên 356 nhóm": the total is the stock, an
  instant at the end of the article's period (no "hiện có" marker); the 27 added is a trap.
- A ward's Facebook post: its post stamp is the document date; "Từ ngày 1/7/2025" opening the
  text with no end runs to the document date.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, m9, since, year

HN = U("01")
DANH, CGIAY = U("Huyện Đông Anh"), U("Quận Cầu Giấy")
HMAI, TXUAN, SSON = U("Quận Hoàng Mai"), U("Quận Thanh Xuân"), U("Huyện Sóc Sơn")
HONGHA = W("Phường Hồng Hà", "01")

T09 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY ĐÔNG ANH
BAN TUYÊN GIÁO
Số 52-BC/BTGHU

Đông Anh, ngày 24 tháng 6 năm 2016

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2016

I. KẾT QUẢ CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2016

1. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng
Thực hiện Kế hoạch số 03-KH/TU của Thành ủy, Ban Thường vụ Huyện ủy chỉ đạo tổ chức học tập nghiêm túc, bảo đảm tiến độ tại 24 xã, thị trấn.
- Số hội nghị cấp huyện: 02; số lớp ở cơ sở: 118
- Số lượt cán bộ, đảng viên dự: 13.462, đạt tỷ lệ 95,36%
- Lượt quần chúng dự nghe: 4.870

2. Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021
Huyện chia địa bàn thành 198 khu vực bỏ phiếu. Ban Tuyên giáo Huyện ủy phối hợp Đài Truyền thanh huyện phát sóng 84 chương trình thời sự và 26 kỳ chuyên mục “Bầu cử – quyền và nghĩa vụ công dân”; treo 1.650 băng rôn, khẩu hiệu; tổ chức 215 buổi nói chuyện, tiếp xúc cử tri với khoảng 32.000 lượt cử tri tham dự. Ngày bầu cử 22/5/2016 diễn ra an toàn, tỷ lệ cử tri đi bầu đạt 99,71%.

3. Công tác báo cáo viên, dư luận xã hội
- Hội nghị báo cáo viên: 03
- Báo cáo viên cấp huyện: 36 đồng chí; cộng tác viên dư luận xã hội: 41 đồng chí
- Báo cáo tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 12

4. Công tác giáo dục lý luận chính trị
Trung tâm Bồi dưỡng chính trị huyện mở 04 lớp bồi dưỡng đảng viên mới, 02 lớp bồi dưỡng nhận thức về Đảng; học viên: 486 người. Phối hợp Trường Đào tạo cán bộ Lê Hồng Phong mở 1 lớp trung cấp lý luận chính trị – hành chính cho cán bộ xã.

5. Công tác khen thưởng
Ban Thường vụ Huyện ủy khen thưởng 11 tập thể, 24 cá nhân có thành tích xuất sắc trong công tác tuyên truyền bầu cử. Một số đồng chí là cán bộ tuyên giáo cơ sở đã 62 tuổi vẫn nhiệt tình tham gia.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016
1. Tổ chức học tập Nghị quyết Trung ương 2 khóa XII cho 100% cán bộ, đảng viên.
2. Mở 03 lớp sơ cấp lý luận chính trị; tổ chức Hội thi báo cáo viên giỏi cấp huyện lần thứ 3.
3. Tuyên truyền kỷ niệm 71 năm Cách mạng Tháng Tám và Quốc khánh 2/9.
"""

T10 = """
Quận Cầu Giấy: Tổng kết công tác tuyên giáo và trao giải Cuộc thi tìm hiểu Di chúc của Bác

Năm 2019, Cầu Giấy – quận có 8 phường và tập trung 19 trường đại học, cao đẳng với hơn 180 nghìn sinh viên – tiếp tục coi công tác tư tưởng trong học sinh, sinh viên là trọng tâm. Ban Thường vụ Quận ủy ban hành 26 văn bản chỉ đạo công tác tuyên giáo; tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 8 khóa XII và Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp. Tại các phường, chi bộ đã mở 204 lớp, thu hút 12.850 lượt cán bộ, đảng viên, đạt 97,4%; riêng quần chúng có 2.130 lượt dự nghe.

Các chi bộ tổ chức 356 buổi sinh hoạt chuyên đề, thảo luận về việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Quận triển khai 2 đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019).

Cuộc thi tìm hiểu “50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh” do Ban Tuyên giáo Quận ủy tổ chức nhận được 8.734 bài dự thi, trong đó có 1.052 bài tự luận. Tại hội nghị tổng kết chiều 19/12, Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích. Em Nguyễn Thu Trang, sinh viên năm thứ 3 Trường Đại học Sư phạm Hà Nội, một trong 5 tác giả đoạt giải cao, chia sẻ: “Em đọc Di chúc 3 lần mới dám đặt bút viết”.

Trang thông tin điện tử quận và fanpage “Cầu Giấy ngày nay” đăng 1.920 tin, bài; các sản phẩm có lượt tiếp cận ước đạt 1,6 triệu. Quận hiện có 38 báo cáo viên; trong năm, Ban Tuyên giáo Quận ủy tổ chức 4 hội nghị báo cáo viên.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2019. Năm 2020, quận phấn đấu tổ chức thành công Đại hội Đảng bộ quận lần thứ VI, nhiệm kỳ 2020 – 2025.
"""

T11 = """
Giao ban tuyên giáo 9 tháng năm 2023: Nhiều cách làm hay từ cơ sở

Ngày 6/10/2023, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị giao ban công tác tuyên giáo 9 tháng đầu năm 2023 với Ban Tuyên giáo các quận, huyện, thị xã ủy và đảng ủy trực thuộc Thành ủy.

Báo cáo tại hội nghị cho biết, 9 tháng qua, Ban Tuyên giáo Thành ủy đã tham mưu Thường trực Thành ủy ban hành 42 văn bản chỉ đạo; tổ chức 5 hội nghị trực tuyến học tập, quán triệt các nghị quyết Hội nghị Trung ương 6, 7 khóa XIII và Nghị quyết 15-NQ/TW của Bộ Chính trị, kết nối tới 696 điểm cầu. Cuộc thi trắc nghiệm “Tìm hiểu lịch sử Đảng bộ Thành phố Hà Nội” thu hút hơn 146 nghìn lượt người dự thi. Trang thông tin điện tử của Ban đăng tải 2.140 tin, bài. Dịp này, Ban tặng giấy khen cho 7 báo cáo viên có nhiều đóng góp.

Tại hội nghị, đại diện một số địa phương chia sẻ kinh nghiệm.

Quận Hoàng Mai: Zalo tổ dân phố phủ kín địa bàn

Hoàng Mai có 14 phường với khoảng 540 nghìn dân, đông nhất Thủ đô. Quận hiện có 1.058 nhóm Zalo tổ dân phố với khoảng 126.000 thành viên. Chín tháng, các nhóm đăng hơn 21.000 tin, thông báo; Ban Tuyên giáo Quận ủy phối hợp các phường tổ chức 64 buổi nói chuyện thời sự cho gần 7.200 lượt nhân dân.

Quận Thanh Xuân: Học nghị quyết gắn với việc làm cụ thể

Thanh Xuân tổ chức 2 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 6 khóa XIII; các chi bộ mở 148 lớp, thu hút 11.204 lượt cán bộ, đảng viên, đạt 97,25%. Quận ủy triển khai ba đợt sinh hoạt chính trị, tư tưởng; Trung tâm Chính trị quận mở 3 lớp bồi dưỡng đảng viên mới với 214 học viên.

Huyện Sóc Sơn: Nói chuyện chuyên đề ở vùng bán sơn địa

Sóc Sơn rộng hơn 300 km², đang hoàn thiện các tiêu chí để trở thành thị xã vào năm 2025. Chín tháng qua, Ban Tuyên giáo Huyện ủy tổ chức 76 buổi nói chuyện chuyên đề tại các thôn, xóm với 6.300 lượt người dân; thành lập thêm 27 nhóm Zalo thôn, xóm, nâng tổng số lên 356 nhóm. Đội ngũ 68 cộng tác viên dư luận xã hội của huyện đã gửi 45 báo cáo về tình hình tư tưởng ở cơ sở.

Kết luận hội nghị, lãnh đạo Ban Tuyên giáo Thành ủy đề nghị các đơn vị trong quý IV tập trung tuyên truyền kỷ niệm 69 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2023).
"""

T12 = """
Phường Hồng Hà – Hà Nội
15 tháng 11, 2025 lúc 19:40 ·

📌 NHÌN LẠI HƠN 4 THÁNG TRIỂN KHAI CÔNG TÁC TUYÊN GIÁO CỦA PHƯỜNG HỒNG HÀ

Từ ngày 1/7/2025, khi chính thức vận hành mô hình chính quyền địa phương hai cấp, Đảng ủy phường Hồng Hà đã tập trung đưa thông tin về bộ máy mới đến từng tổ dân phố ven sông Hồng. Một số kết quả chính:

✅ 02 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVIII
✅ 63 lớp ở các chi bộ, với 4.512 lượt cán bộ, đảng viên; tỷ lệ: 96,4%
✅ 118 buổi tuyên truyền miệng tại các tổ dân phố – lượt người nghe: khoảng 9.800
✅ Treo 760 băng rôn, khẩu hiệu chào mừng 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9
✅ Fanpage của phường đăng 365 tin, bài, video; hiện có gần 21.000 người theo dõi
✅ 74 nhóm Zalo tổ dân phố, số thành viên hiện nay khoảng 15.300 người
✅ Đảng ủy phường tặng giấy khen cho 6 tập thể, 15 cá nhân

Chia sẻ về cách làm, đồng chí Nguyễn Văn Khánh, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Phường đã lập đội 32 cộng tác viên dư luận xã hội ở các tổ dân phố; đến nay đội đã gửi về Đảng ủy 19 báo cáo nhanh về tâm tư của bà con vùng bãi. Chúng tôi còn phát 5.000 tờ rơi hướng dẫn nơi làm thủ tục hành chính theo địa giới mới, vì nhiều cụ cao tuổi chưa quen dùng điện thoại thông minh.”

Phường hiện có 96 tổ dân phố với gần 120 nghìn người dân, nhiều hộ sống ở vùng bãi ngoài đê. Bà Đỗ Thị Nga, tổ trưởng tổ dân phố số 12, chia sẻ dưới bài viết: “Tổ tôi có 186 hộ, giờ thông báo gì chỉ cần nhắn lên nhóm là cả tổ biết”.

🎯 Từ nay đến cuối năm, phường sẽ mở 03 lớp bồi dưỡng kỹ năng cho tuyên truyền viên tổ dân phố.

#HongHa #TuyenGiao #ChinhQuyenHaiCap

👍 248 · 💬 37 bình luận · ↪ 52 lượt chia sẻ
"""

D09, D10, D11, D12 = "2016-06-24", "2019-12-20", "2023-10-06", "2025-11-15"
P12 = since("2025-07-01", D12)

DOCS = [
    Doc("h34_09", T09, DANH, h1(2016), D09, "text", facts=[
        F("Số hội nghị cấp huyện: 02", 2, "study_sessions"),
        F("số lớp ở cơ sở: 118", 118, "study_sessions"),
        F("Số lượt cán bộ, đảng viên dự: 13.462", 13462, "study_attendance",
          a="party_members"),
        F("đạt tỷ lệ 95,36%", 95.36, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 4.870", 4870, "study_attendance", a="masses"),
        F("phát sóng 84 chương trình thời sự", 84, "news_items"),
        F("26 kỳ chuyên mục", 26, "news_items"),
        F("treo 1.650 băng rôn", 1650, "other"),
        F("tổ chức 215 buổi nói chuyện", 215, "oral_propaganda_sessions"),
        F("khoảng 32.000 lượt cử tri", 32000, "propaganda_audience", "approx"),
        F("- Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Báo cáo viên cấp huyện: 36 đồng chí", 36, "reporters", p=end_of(h1(2016))),
        F("cộng tác viên dư luận xã hội: 41 đồng chí", 41, "opinion_collaborators",
          p=end_of(h1(2016))),
        F("gửi Ban Tuyên giáo Thành ủy: 12", 12, "opinion_reports"),
        F("mở 04 lớp bồi dưỡng đảng viên mới", 4, "training_classes"),
        F("02 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes"),
        F("học viên: 486 người", 486, "trainees"),
        F("mở 1 lớp trung cấp", 1, "training_classes"),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể, 24 cá nhân", 24, "commended_individuals"),
    ], traps=[("Số 52-BC/BTGHU", 52), ("ngày 24 tháng 6 năm 2016", 24),
              ("6 tháng đầu năm,", 6), ("6 tháng cuối năm 2016", 6),
              ("6 THÁNG ĐẦU NĂM 2016", 6), ("Kế hoạch số 03-KH/TU", 3),
              ("24 xã, thị trấn", 24), ("nhiệm kỳ 2016 – 2021", 2016),
              ("198 khu vực bỏ phiếu", 198), ("22/5/2016", 22), ("đạt 99,71%", 99.71),
              ("62 tuổi", 62), ("6 THÁNG CUỐI NĂM 2016", 6), ("Trung ương 2", 2),
              ("100% cán bộ", 100), ("Mở 03 lớp", 3), ("lần thứ 3", 3), ("71 năm", 71),
              ("Quốc khánh 2/9", 2), ("1. Học tập, quán triệt", 1),
              ("2. Tuyên truyền cuộc bầu cử", 2), ("3. Công tác báo cáo viên", 3),
              ("4. Công tác giáo dục", 4), ("5. Công tác khen thưởng", 5),
              ("1. Tổ chức học tập", 1), ("2. Mở 03", 2), ("3. Tuyên truyền kỷ niệm", 3)]),
    Doc("h34_10", T10, CGIAY, year(2019), D10, "sidecar", meta={"date": D10}, facts=[
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("tổ chức 3 hội nghị cấp quận học tập", 3, "study_sessions"),
        F("mở 204 lớp", 204, "study_sessions"),
        F("thu hút 12.850 lượt cán bộ, đảng viên", 12850, "study_attendance",
          a="party_members"),
        F("đạt 97,4%", 97.4, "study_participation_rate"),
        F("riêng quần chúng có 2.130 lượt dự nghe", 2130, "study_attendance", a="masses"),
        F("tổ chức 356 buổi sinh hoạt chuyên đề", 356, "party_cell_discussions"),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("nhận được 8.734 bài dự thi", 8734, "contest_entries"),
        F("đăng 1.920 tin, bài", 1920, "news_items"),
        F("ước đạt 1,6 triệu", 1600000, "propaganda_audience", "approx"),
        F("hiện có 38 báo cáo viên", 38, "reporters", p=inst(D10)),
        F("tổ chức 4 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("giấy khen cho 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể và 20 cá nhân", 20, "commended_individuals"),
    ], traps=[("Năm 2019", 2019), ("có 8 phường", 8), ("19 trường đại học", 19),
              ("hơn 180 nghìn sinh viên", 180000), ("Trung ương 8", 8),
              ("Chỉ thị 35-CT/TW", 35), ("kỷ niệm 50 năm", 50), ("(1969 – 2019)", 1969),
              ("“50 năm thực hiện", 50), ("trong đó có 1.052 bài tự luận", 1052),
              ("chiều 19/12", 19), ("1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("10 giải Khuyến khích", 10), ("năm thứ 3", 3),
              ("một trong 5 tác giả", 5), ("3 lần", 3), ("tuyên giáo năm 2019", 2019),
              ("Năm 2020", 2020), ("nhiệm kỳ 2020 – 2025", 2020)]),
    Doc("h34_11", T11, HN, m9(2023), D11, "text", facts=[
        F("ban hành 42 văn bản", 42, "documents_issued"),
        F("tổ chức 5 hội nghị trực tuyến học tập", 5, "study_sessions"),
        F("hơn 146 nghìn lượt người dự thi", 146000, "contest_entries", "at_least"),
        F("đăng tải 2.140 tin, bài", 2140, "news_items"),
        F("giấy khen cho 7 báo cáo viên", 7, "commended_individuals"),
        F("hiện có 1.058 nhóm Zalo", 1058, "chat_groups", unit=HMAI, p=inst(D11)),
        F("khoảng 126.000 thành viên", 126000, "chat_group_members", "approx", unit=HMAI,
          p=inst(D11)),
        F("hơn 21.000 tin, thông báo", 21000, "news_items", "at_least", unit=HMAI),
        F("tổ chức 64 buổi nói chuyện", 64, "oral_propaganda_sessions", unit=HMAI),
        F("gần 7.200 lượt nhân dân", 7200, "propaganda_audience", "at_most", a="masses",
          unit=HMAI),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=TXUAN),
        F("mở 148 lớp", 148, "study_sessions", unit=TXUAN),
        F("thu hút 11.204 lượt cán bộ, đảng viên", 11204, "study_attendance",
          a="party_members", unit=TXUAN),
        F("đạt 97,25%", 97.25, "study_participation_rate", unit=TXUAN),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns", unit=TXUAN),
        F("mở 3 lớp bồi dưỡng đảng viên mới", 3, "training_classes", unit=TXUAN),
        F("với 214 học viên", 214, "trainees", unit=TXUAN),
        F("tổ chức 76 buổi nói chuyện", 76, "oral_propaganda_sessions", unit=SSON),
        F("với 6.300 lượt người dân", 6300, "propaganda_audience", a="masses", unit=SSON),
        F("nâng tổng số lên 356 nhóm", 356, "chat_groups", unit=SSON, p=end_of(m9(2023))),
        F("Đội ngũ 68 cộng tác viên", 68, "opinion_collaborators", unit=SSON,
          p=end_of(m9(2023))),
        F("gửi 45 báo cáo", 45, "opinion_reports", unit=SSON),
    ], traps=[("9 tháng năm 2023", 9), ("Ngày 6/10/2023", 6), ("9 tháng đầu năm 2023", 9),
              ("9 tháng qua", 9), ("Trung ương 6, 7", 6), ("7 khóa XIII", 7),
              ("Nghị quyết 15-NQ/TW", 15), ("696 điểm cầu", 696), ("14 phường", 14),
              ("khoảng 540 nghìn dân", 540000), ("Trung ương 6 khóa XIII;", 6),
              ("hơn 300 km²", 300), ("vào năm 2025", 2025), ("thêm 27 nhóm Zalo", 27),
              ("69 năm", 69), ("10/10/1954", 10), ("10/10/2023", 10)]),
    Doc("h34_12", T12, HONGHA, P12, D12, "text", facts=[
        F("02 hội nghị cấp phường học tập", 2, "study_sessions"),
        F("63 lớp ở các chi bộ", 63, "study_sessions"),
        F("với 4.512 lượt cán bộ, đảng viên", 4512, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,4%", 96.4, "study_participation_rate"),
        F("118 buổi tuyên truyền miệng", 118, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 9.800", 9800, "propaganda_audience", "approx"),
        F("Treo 760 băng rôn", 760, "other"),
        F("đăng 365 tin, bài", 365, "news_items"),
        F("gần 21.000 người theo dõi", 21000, "propaganda_audience", "at_most", p=inst(D12)),
        F("74 nhóm Zalo tổ dân phố", 74, "chat_groups", p=inst(D12)),
        F("hiện nay khoảng 15.300 người", 15300, "chat_group_members", "approx",
          p=inst(D12)),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("lập đội 32 cộng tác viên", 32, "opinion_collaborators", p=inst(D12)),
        F("gửi về Đảng ủy 19 báo cáo", 19, "opinion_reports"),
        F("phát 5.000 tờ rơi", 5000, "other"),
        F("6 tập thể, 15 cá nhân", 15, "commended_individuals"),
    ], traps=[("15 tháng 11, 2025 lúc 19:40", 15), ("HƠN 4 THÁNG", 4),
              ("Từ ngày 1/7/2025", 1), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("96 tổ dân phố", 96), ("gần 120 nghìn người dân", 120000),
              ("tổ dân phố số 12", 12), ("186 hộ", 186), ("mở 03 lớp", 3),
              ("👍 248", 248), ("37 bình luận", 37), ("52 lượt chia sẻ", 52)]),
]
