"""Thirteenth held-out set (holdout13), part 3: wards and communes after 1 July 2025, a short
item and a school-year report. Written from docs/LABELING.md, tests/eval/build_gold.py, one
earlier label source (format only), the seeds and the five sample reports, without reading or
running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- "Năm học 2022 – 2023 (từ tháng 9/2022 đến tháng 5/2023)" is the range the brackets state:
  2022-09-01 .. 2023-05-31. "Năm học 2023 – 2024" (the next school year, planned) is a trap.
- The table's column headers are communes; "(%)" in a row makes it a rate; chat groups in the
  table have no marker: a stock at the table period's end.
- "Ba Vì" (the commune's name) and "ba đảng ủy xã" are number words in a name / a structure:
  traps.
- New party members admitted ("kết nạp 57 đảng viên mới") are a counted result: `other`; the
  schools whose pupils entered a contest ("bài dự thi của học sinh 34 trường") are those who
  took part: `other`, like "402 bài tham dự của 47 tổ chức cơ sở Đảng".
- Workers who listened ("lượt công nhân nghe") and pupils ("lượt học sinh") are audience `all`.
- "Tổ cộng tác viên ... gồm 14 người" with no marker: a stock at the period's end.
- h13_11 has no date in its text: the sidecar's date; its period "Từ đầu năm 2024 đến nay" runs
  to that date, and the Zalo groups kept ("duy trì") are a stock at that date.
"""
from build_gold import Doc, F, U, W, end_of, h2, inst, month, since

HANHTHONG = W("Phường Hạnh Thông", "79")
DONGANH, MELINH, BAVI = W("Xã Đông Anh", "01"), W("Xã Mê Linh", "01"), W("Xã Ba Vì", "01")
GOVAP, THANHXUAN = U("Quận Gò Vấp"), U("Quận Thanh Xuân")

# ---------------------------------------------------------------------------------------------
T09 = """
ĐẢNG BỘ PHƯỜNG HẠNH THÔNG
BAN TUYÊN GIÁO VÀ DÂN VẬN
*
Số 12-BC/BTGDV

Hạnh Thông, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo, dân vận tháng 9/2025 và nhiệm vụ trọng tâm tháng 10/2025

Phường Hạnh Thông được thành lập từ ngày 01/7/2025 trên cơ sở các phường 1, 3 thuộc quận Gò Vấp cũ; diện tích khoảng 3,2 km², dân số khoảng 98.600 người, có 47 khu phố. Đảng bộ phường hiện có 41 tổ chức cơ sở đảng với 2.860 đảng viên.

I. KẾT QUẢ THỰC HIỆN THÁNG 9/2025

1. Học tập, quán triệt nghị quyết
- Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030: 03
- Lượt cán bộ, đảng viên dự: 2.614; tỷ lệ: 91,4%
- Số đảng viên chưa tham gia: 246 (phần lớn là đảng viên cao tuổi, được miễn sinh hoạt)
- Buổi sinh hoạt chi bộ có nội dung thảo luận chuyên đề: 112
- Văn bản hướng dẫn đã ban hành: 9

2. Công tác tuyên truyền
- Tin, bài đăng trên trang Facebook “Phường Hạnh Thông”: 137; trang hiện có 9.812 người theo dõi
- Nhóm Zalo khu phố: 52 nhóm, 15.230 thành viên
- Buổi tuyên truyền lưu động, nói chuyện chuyên đề tại khu phố: 21; lượt người dân nghe: khoảng 2.400
- Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9 và Đại hội Đảng bộ Thành phố: 380

3. Công tác dư luận xã hội
- Cộng tác viên dư luận xã hội: 24 người (bổ sung 6 người trong tháng)
- Báo cáo tình hình tư tưởng, dư luận gửi Ban Tuyên giáo và Dân vận Thành ủy: 4

4. Công tác dân vận, khen thưởng
Đảng ủy phường khen thưởng 5 tập thể, 13 cá nhân tiêu biểu trong đợt cao điểm tuyên truyền mừng Quốc khánh; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. NHIỆM VỤ TRỌNG TÂM THÁNG 10/2025
- Tổ chức 2 hội nghị quán triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030;
- Phấn đấu tỷ lệ đảng viên dự học tập đạt trên 95%;
- Mở 1 lớp bồi dưỡng nghiệp vụ cho 47 tổ trưởng khu phố.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Thường trực Đảng ủy phường;
- Lưu VP.

TRƯỞNG BAN
Lê Thị Ngọc Diễm
"""
D09 = "2025-10-03"
P09 = month(9, 2025)

# ---------------------------------------------------------------------------------------------
T10 = """
Hà Nội, 08/01/2026

Đông Anh, Mê Linh, Ba Vì: nửa cuối năm 2025 qua các con số

Ngày 1/7/2025, cùng với 123 xã, phường khác của Thủ đô, các xã Đông Anh, Mê Linh và Ba Vì chính thức vận hành theo mô hình chính quyền địa phương hai cấp. Xã Đông Anh được thành lập trên cơ sở thị trấn Đông Anh và 5 xã lân cận; xã Ba Vì gồm địa bàn các xã vùng núi quanh Vườn quốc gia Ba Vì rộng hơn 9.700 ha. Dưới đây là bảng tổng hợp do Ban Tuyên giáo và Dân vận ba đảng ủy xã cung cấp.

Bảng tổng hợp một số chỉ tiêu công tác tuyên giáo (6 tháng cuối năm 2025)
Chỉ tiêu | Xã Đông Anh | Xã Mê Linh | Xã Ba Vì
Hội nghị học tập, quán triệt nghị quyết | 06 | 04 | 05
Lượt đảng viên dự học | 3.912 | 2.207 | 1.864
Tỷ lệ đảng viên dự học (%) | 95,2 | 93,8 | 96,5
Tin, bài trên trang thông tin, fanpage | 426 | 215 | 198
Nhóm Zalo thôn, tổ dân phố | 64 | 38 | 41

Xã Đông Anh: đưa nghị quyết đến khu nhà trọ

Đông Anh có Khu công nghiệp Thăng Long với khoảng 70.000 lao động, phần lớn ở trọ trong các thôn quanh khu công nghiệp. Sáu tháng cuối năm, xã phối hợp Công đoàn tổ chức 12 buổi nói chuyện chuyên đề tại các khu nhà trọ với 2.300 lượt công nhân nghe. Khi tuyến đường Vành đai 4 hoàn thành, xã sẽ mở thêm điểm tuyên truyền ở nút giao.

Xã Mê Linh: chú trọng nguồn phát triển đảng viên

Ban Tuyên giáo và Dân vận Đảng ủy xã mở 2 lớp bồi dưỡng nhận thức về Đảng cho 87 quần chúng ưu tú. Xã hiện có 16 cộng tác viên dư luận xã hội; trong 6 tháng, tổ cộng tác viên gửi 14 báo cáo về tâm trạng người dân sau khi sáp nhập.

Xã Ba Vì: cuộc thi trên điện thoại ở vùng đồng bào

Đồng bào Mường, Dao chiếm khoảng 22% dân số của xã. Cuộc thi trực tuyến tìm hiểu Nghị quyết Đại hội Đảng bộ xã lần thứ I thu hút 6.145 lượt người dự thi, nhiều thí sinh trên 70 tuổi. Đảng ủy xã khen thưởng 8 tập thể, 21 cá nhân có thành tích trong đợt thi đua cao điểm chào mừng Đại hội.
"""
D10 = "2026-01-08"
P10 = h2(2025)

# ---------------------------------------------------------------------------------------------
T11 = """
Gò Vấp: Chi bộ khu phố bàn chuyện chuyển đổi số

Từ đầu năm 2024 đến nay, các chi bộ thuộc Đảng bộ quận Gò Vấp đã tổ chức hơn 1.200 buổi sinh hoạt chuyên đề về chuyển đổi số; Ban Tuyên giáo Quận ủy đăng gần 900 tin, bài, video hướng dẫn trên fanpage “Gò Vấp Online”. Quận ủy cũng mở 6 lớp tập huấn kỹ năng số cho 420 tuyên truyền viên cơ sở, đồng thời duy trì 212 nhóm Zalo khu phố. Theo kế hoạch, đến cuối năm, 100% khu phố trong 16 phường sẽ có tổ công nghệ số cộng đồng.
"""
D11 = "2024-05-17"
P11 = since("2024-01-01", D11)

# ---------------------------------------------------------------------------------------------
T12 = """
Cập nhật ngày 02-06-2023 10:30

Thanh Xuân: Một năm học, nhiều cách “thắp lửa” lý tưởng cho học sinh, sinh viên

Năm học 2022 – 2023 (từ tháng 9/2022 đến tháng 5/2023), Ban Tuyên giáo Quận ủy Thanh Xuân phối hợp Phòng Giáo dục và Đào tạo, Quận đoàn triển khai nhiều hoạt động tuyên truyền, giáo dục chính trị tư tưởng trong trường học. Trên địa bàn quận có 11 trường đại học, học viện với khoảng 150 nghìn sinh viên, trong đó Học viện An ninh nhân dân có hơn 6.000 học viên.

Ban Tuyên giáo Quận ủy phối hợp tổ chức 36 buổi ngoại khóa, nói chuyện chuyên đề về lịch sử Thủ đô, pháp luật giao thông, phòng chống ma túy, với hơn 14.500 lượt học sinh tham dự; mỗi buổi kéo dài khoảng 90 phút. Quận ủy tổ chức 4 hội nghị học tập, quán triệt nghị quyết cho các chi bộ trường học với 1.286 lượt đảng viên là giáo viên, đạt 98,1%.

Quận mở 3 lớp bồi dưỡng nhận thức về Đảng cho 412 học sinh, sinh viên ưu tú; các chi bộ trường học đã kết nạp 57 đảng viên mới là học sinh lớp 12 và sinh viên. Cuộc thi “Em yêu lịch sử Thủ đô” năm học 2022 – 2023 thu hút 9.326 bài dự thi của học sinh 34 trường; Ban Tổ chức trao 45 giải cho tập thể và cá nhân.

Trên không gian mạng, fanpage “Tuổi trẻ Thanh Xuân” của Quận đoàn đăng 524 tin, bài, clip. Quận đoàn hiện quản lý 86 nhóm Zalo chi đoàn, lớp học với khoảng 6.900 thành viên. Tổ cộng tác viên dư luận xã hội ngành giáo dục gồm 14 người đã gửi 27 báo cáo phản ánh tâm tư của giáo viên, phụ huynh quanh việc học phí năm học mới tăng khoảng 15%.

“Con tôi năm nay học lớp 8, về nhà kể vanh vách 3 trận Bạch Đằng”, chị Nguyễn Thu Lan, phụ huynh ở phường Khương Trung, chia sẻ.

Trong năm học, 18 tập thể và 40 cá nhân được Ban Thường vụ Quận ủy tặng giấy khen. Năm học 2023 – 2024, quận phấn đấu 100% trường THCS có góc học tập Hồ Chí Minh; kỳ thi tuyển sinh vào lớp 10 dự kiến diễn ra ngày 10 và 11/6/2023.
"""
D12 = "2023-06-02"
P12 = since("2022-09-01", "2023-05-31")

DOCS = [
    Doc("h13_09_hanhthong_thang9_2025", T09, HANHTHONG, P09, D09, "text", facts=[
        F("2030: 03", 3, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 2.614", 2614, "study_attendance", a="party_members"),
        F("tỷ lệ: 91,4%", 91.4, "study_participation_rate"),
        F("chưa tham gia: 246", 246, "other"),
        F("thảo luận chuyên đề: 112", 112, "party_cell_discussions"),
        F("đã ban hành: 9", 9, "documents_issued"),
        F("“Phường Hạnh Thông”: 137", 137, "news_items"),
        F("hiện có 9.812 người theo dõi", 9812, "propaganda_audience", p=inst(D09)),
        F("Nhóm Zalo khu phố: 52 nhóm", 52, "chat_groups", p=end_of(P09)),
        F("15.230 thành viên", 15230, "chat_group_members", p=end_of(P09)),
        F("tại khu phố: 21", 21, "oral_propaganda_sessions"),
        F("lượt người dân nghe: khoảng 2.400", 2400, "propaganda_audience", "approx",
          "masses"),
        F("Đảng bộ Thành phố: 380", 380, "other"),
        F("dư luận xã hội: 24 người", 24, "opinion_collaborators", p=end_of(P09)),
        F("Dân vận Thành ủy: 4", 4, "opinion_reports"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("13 cá nhân", 13, "commended_individuals"),
    ], traps=[("Số 12-BC/BTGDV", 12), ("ngày 03 tháng 10 năm 2025", 3),
              ("tháng 9/2025", 9), ("THÁNG 9/2025", 9), ("tháng 10/2025", 10),
              ("THÁNG 10/2025", 10), ("ngày 01/7/2025", 1), ("các phường 1, 3", 1),
              ("các phường 1, 3", 3), ("khoảng 3,2 km²", 3.2),
              ("khoảng 98.600 người", 98600), ("47 khu phố", 47),
              ("41 tổ chức cơ sở đảng", 41), ("2.860 đảng viên", 2860),
              ("1. Học tập", 1), ("nhiệm kỳ 2025 – 2030", 2025),
              ("nhiệm kỳ 2025 – 2030", 2030), ("2. Công tác", 2), ("Quốc khánh 2/9", 2),
              ("3. Công tác", 3), ("bổ sung 6 người", 6), ("4. Công tác", 4),
              ("01 cá nhân", 1), ("Tổ chức 2 hội nghị", 2), ("trên 95%", 95),
              ("Mở 1 lớp", 1), ("47 tổ trưởng", 47)]),
    Doc("h13_10_donganh_melinh_bavi_h2_2025", T10, DONGANH, P10, D10, "text", facts=[
        F("nghị quyết | 06", 6, "study_sessions", unit=DONGANH),
        F("| 06 | 04", 4, "study_sessions", unit=MELINH),
        F("| 04 | 05", 5, "study_sessions", unit=BAVI),
        F("dự học | 3.912", 3912, "study_attendance", a="party_members", unit=DONGANH),
        F("| 2.207 |", 2207, "study_attendance", a="party_members", unit=MELINH),
        F("| 1.864", 1864, "study_attendance", a="party_members", unit=BAVI),
        F("(%) | 95,2", 95.2, "study_participation_rate", unit=DONGANH),
        F("| 93,8 |", 93.8, "study_participation_rate", unit=MELINH),
        F("| 96,5", 96.5, "study_participation_rate", unit=BAVI),
        F("fanpage | 426", 426, "news_items", unit=DONGANH),
        F("| 215 |", 215, "news_items", unit=MELINH),
        F("| 198", 198, "news_items", unit=BAVI),
        F("tổ dân phố | 64", 64, "chat_groups", unit=DONGANH, p=end_of(P10)),
        F("| 38 |", 38, "chat_groups", unit=MELINH, p=end_of(P10)),
        F("| 41", 41, "chat_groups", unit=BAVI, p=end_of(P10)),
        F("12 buổi nói chuyện", 12, "oral_propaganda_sessions", unit=DONGANH),
        F("2.300 lượt công nhân", 2300, "propaganda_audience", unit=DONGANH),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=MELINH),
        F("cho 87 quần chúng", 87, "trainees", unit=MELINH),
        F("hiện có 16 cộng tác viên", 16, "opinion_collaborators", unit=MELINH,
          p=inst(D10)),
        F("gửi 14 báo cáo", 14, "opinion_reports", unit=MELINH),
        F("6.145 lượt người dự thi", 6145, "contest_entries", unit=BAVI),
        F("khen thưởng 8 tập thể", 8, "commended_collectives", unit=BAVI),
        F("21 cá nhân", 21, "commended_individuals", unit=BAVI),
    ], traps=[("08/01/2026", 8), ("năm 2025", 2025), ("Ngày 1/7/2025", 1),
              ("123 xã, phường", 123), ("hai cấp", 2), ("5 xã lân cận", 5),
              ("Ba Vì", 3), ("hơn 9.700 ha", 9700), ("ba đảng ủy xã", 3),
              ("6 tháng cuối năm 2025", 6), ("khoảng 70.000 lao động", 70000),
              ("Vành đai 4", 4), ("trong 6 tháng", 6), ("khoảng 22% dân số", 22),
              ("trên 70 tuổi", 70)]),
    Doc("h13_11_govap_ngan_2024", T11, GOVAP, P11, D11, "sidecar", meta={"date": D11},
        facts=[
        F("hơn 1.200 buổi sinh hoạt chuyên đề", 1200, "party_cell_discussions", "at_least"),
        F("gần 900 tin, bài, video", 900, "news_items", "at_most"),
        F("mở 6 lớp tập huấn", 6, "training_classes"),
        F("cho 420 tuyên truyền viên", 420, "trainees"),
        F("duy trì 212 nhóm Zalo", 212, "chat_groups", p=inst(D11)),
    ], traps=[("năm 2024", 2024), ("100% khu phố", 100), ("16 phường", 16)]),
    Doc("h13_12_thanhxuan_namhoc_2022_2023", T12, THANHXUAN, P12, D12, "text", facts=[
        F("tổ chức 36 buổi ngoại khóa, nói chuyện", 36, "oral_propaganda_sessions"),
        F("hơn 14.500 lượt học sinh", 14500, "propaganda_audience", "at_least"),
        F("tổ chức 4 hội nghị học tập", 4, "study_sessions"),
        F("1.286 lượt đảng viên", 1286, "study_attendance", a="party_members"),
        F("đạt 98,1%", 98.1, "study_participation_rate"),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes"),
        F("cho 412 học sinh, sinh viên", 412, "trainees"),
        F("kết nạp 57 đảng viên mới", 57, "other"),
        F("9.326 bài dự thi", 9326, "contest_entries"),
        F("học sinh 34 trường", 34, "other"),
        F("đăng 524 tin, bài, clip", 524, "news_items"),
        F("quản lý 86 nhóm Zalo", 86, "chat_groups", p=inst(D12)),
        F("khoảng 6.900 thành viên", 6900, "chat_group_members", "approx", p=inst(D12)),
        F("gồm 14 người", 14, "opinion_collaborators", p=end_of(P12)),
        F("gửi 27 báo cáo", 27, "opinion_reports"),
        F("18 tập thể", 18, "commended_collectives"),
        F("40 cá nhân", 40, "commended_individuals"),
    ], traps=[("02-06-2023", 2), ("10:30", 10), ("Năm học 2022 – 2023", 2022),
              ("năm học 2022 – 2023", 2022), ("tháng 9/2022", 9), ("tháng 5/2023", 5),
              ("11 trường đại học", 11), ("khoảng 150 nghìn sinh viên", 150000),
              ("hơn 6.000 học viên", 6000), ("khoảng 90 phút", 90), ("lớp 12", 12),
              ("trao 45 giải", 45), ("tăng khoảng 15%", 15), ("lớp 8", 8), ("3 trận", 3),
              ("Năm học 2023 – 2024", 2023), ("100% trường THCS", 100), ("lớp 10", 10),
              ("ngày 10 và 11/6/2023", 10), ("ngày 10 và 11/6/2023", 11)]),
]
