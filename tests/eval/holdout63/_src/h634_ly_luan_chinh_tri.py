"""Holdout63, part 4: political-theory training classes, lecturers and their conferences in Ho Chi
Minh City: Huyện Cần Giờ (2018), Quận 3 (2024, an administrative report with a measures table)
and the new Xã Hóc Môn (a 2025 report that recalls the former Huyện Hóc Môn before 1 July 2025).
Written from docs/LABELING.md only, without reading the extractor or any other evaluation set.

Decisions where the guide leaves room:
- "mở 14 lớp (gồm 4 lớp sơ cấp ..., 3 lớp ..., 2 lớp ... và 5 lớp ...)": the bracketed kinds add
  up to the total, so they are parts (traps); the total is the fact.
- The director of the district's political training centre speaks for the district; his figure
  for the first class on the island commune ("với 46 học viên") is given in a sentence of its own,
  not in brackets nor after "trong đó", so it stays a trainees fact although it is part of the
  year's 1.036.
- A class opened "phối hợp Trường Cán bộ Thành phố" is the unit's (the city school is a partner).
- The centre's own staff ("Trung tâm chỉ có 4 giảng viên chuyên trách") is staffing (a trap); the
  commended people "trong đó có 4 giảng viên kiêm chức" are parts (a trap).
- "mỗi quý 1 hội nghị" is a per-period figure (trap); "tổ chức thêm 2 hội nghị báo cáo viên" is
  the fact.
- Lecturers counted in a list line of a year report with no marker ("Báo cáo viên cấp quận: 38
  đồng chí; báo cáo viên cơ sở: 104 đồng chí") are instants at the year's end (2024-12-31), even
  though the report is dated 2024-12-16.
- In the measures table ("Loại lớp | Số lớp | Số học viên") every row is a kind of training class
  (also "Cập nhật kiến thức cho cán bộ chủ chốt"); the "Tổng cộng" row is a fact of each measure.
- In the Xã Hóc Môn report, section 1 (dated January-June 2025) names the former district
  ("Ban Tuyên giáo Huyện ủy Hóc Môn", "Trung tâm Chính trị huyện"): its facts are Huyện Hóc Môn's
  for the first half of 2025, and "Các đảng bộ xã, thị trấn" there are the district's. Section 2
  ("từ ngày 1/7/2025 đến nay") is the commune's, from 2025-07-01 to the document date; its
  collaborators "đội ngũ 26 cộng tác viên" with no marker are an instant at that span's end.
"""
import re

from build_gold import Doc, F, U, W, end_of, h1, since, year


def heads(text: str) -> list[tuple[str, float]]:
    """Traps for the numbers of numbered headings and numbered plan lines ("1. Công tác ...")."""
    return [(m.group(0), int(m.group(1))) for m in re.finditer(r"(?m)^(\d+)\. \S+", text)]

CG = U("Huyện Cần Giờ")
Q3D = U("Quận 3")
HMH = U("Huyện Hóc Môn")
HMX = W("Xã Hóc Môn", "79")

T10 = """
Cần Giờ: Đưa lớp lý luận chính trị ra tận xã đảo

(Thanhuytphcm.vn) - Ngày 26/12/2018, Trung tâm Bồi dưỡng chính trị huyện Cần Giờ tổ chức hội nghị tổng kết công tác giáo dục lý luận chính trị năm 2018 và triển khai nhiệm vụ năm 2019.

Cần Giờ là huyện ven biển duy nhất của Thành phố, có 7 xã, thị trấn với hơn 74 nghìn dân, trong đó xã đảo Thạnh An cách trung tâm huyện hơn 10 km đường thủy. Dù Trung tâm chỉ có 4 giảng viên chuyên trách, trong năm 2018 Trung tâm đã mở 14 lớp (gồm 4 lớp sơ cấp lý luận chính trị, 3 lớp bồi dưỡng nhận thức về Đảng, 2 lớp bồi dưỡng đảng viên mới và 5 lớp bồi dưỡng nghiệp vụ) với 1.036 học viên, vượt kế hoạch đề ra. Ngoài ra, Trung tâm phối hợp Trường Cán bộ Thành phố mở 1 lớp trung cấp lý luận chính trị – hành chính tại huyện cho 72 học viên.

“Năm nay, lần đầu tiên chúng tôi đưa lớp sơ cấp lý luận chính trị ra tận xã đảo Thạnh An, với 46 học viên là bí thư chi bộ ấp, cán bộ đoàn thể và ngư dân là đảng viên. Giảng viên phải đi tàu từ sáng sớm, còn học viên học vào buổi tối sau khi đi biển về”, đồng chí Phạm Văn Lộc, Giám đốc Trung tâm Bồi dưỡng chính trị huyện Cần Giờ chia sẻ.

Anh Lê Văn Tư, 38 tuổi, học viên lớp sơ cấp ở ấp Thạnh Hòa, kể: “Có hôm biển động, 3 giờ sáng mới về tới nhà, nhưng tôi vẫn cố đi học đủ 24 buổi”.

Về đội ngũ báo cáo viên, huyện hiện có 43 báo cáo viên cấp huyện và 96 báo cáo viên cơ sở. Ban Tuyên giáo Huyện ủy duy trì giao ban báo cáo viên đều đặn, mỗi quý 1 hội nghị; trong năm còn tổ chức thêm 2 hội nghị báo cáo viên chuyên đề về biển, đảo và Luật An ninh mạng.

Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 3 tập thể và 7 cá nhân có thành tích trong công tác giáo dục lý luận chính trị, trong đó có 4 giảng viên kiêm chức. So với năm 2017, số học viên tăng 186 người.

Năm 2019, Trung tâm dự kiến mở 16 lớp, trong đó lần đầu mở lớp bồi dưỡng kiến thức quốc phòng – an ninh cho 120 chức sắc, chức việc tôn giáo; phấn đấu 100% cán bộ ấp được bồi dưỡng nghiệp vụ.
"""

T11 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH            ĐẢNG CỘNG SẢN VIỆT NAM
QUẬN ỦY QUẬN 3
BAN TUYÊN GIÁO
*
Số 512-BC/BTGQU                    Quận 3, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác giáo dục lý luận chính trị và xây dựng đội ngũ báo cáo viên năm 2024

I. KẾT QUẢ THỰC HIỆN

1. Công tác lãnh đạo, chỉ đạo
Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành 5 văn bản về công tác giáo dục lý luận chính trị, trong đó có Kế hoạch số 118-KH/QU về bồi dưỡng lý luận chính trị cho cán bộ khu phố sau sắp xếp.

2. Kết quả mở lớp
Trung tâm Chính trị quận chủ động xây dựng kế hoạch, mời giảng viên Trường Cán bộ Thành phố tham gia giảng dạy. Kết quả mở lớp năm 2024:

Loại lớp | Số lớp | Số học viên
Sơ cấp lý luận chính trị | 3 | 214
Bồi dưỡng nhận thức về Đảng | 5 | 392
Bồi dưỡng đảng viên mới | 2 | 157
Cập nhật kiến thức cho cán bộ chủ chốt | 4 | 412
Tổng cộng | 14 | 1.175

Ngoài ra, Trung tâm phối hợp Trường Cán bộ Thành phố khai giảng 1 lớp trung cấp lý luận chính trị – hành chính hệ không tập trung cho 85 học viên; khóa học kéo dài 18 tháng. So với năm 2023, số lớp tăng 2 lớp.

3. Đội ngũ báo cáo viên
- Báo cáo viên cấp quận: 38 đồng chí; báo cáo viên cơ sở: 104 đồng chí
- Hội nghị báo cáo viên: 06 (trong đó 2 hội nghị trực tuyến)
- Hội thi báo cáo viên giỏi cấp quận: 27 thí sinh; trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba

4. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Quận tổ chức 1 hội nghị học tập chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng thật sự trong sạch, vững mạnh” năm 2024 cho 620 cán bộ chủ chốt; các chi bộ tổ chức 486 buổi sinh hoạt chuyên đề. Ban Thường vụ Quận ủy khen thưởng 9 tập thể, 23 cá nhân điển hình trong học tập và làm theo Bác.

II. PHƯƠNG HƯỚNG NĂM 2025
- Mở 15 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với khoảng 1.200 học viên.
- Tổ chức Hội thi báo cáo viên giỏi cấp quận lần thứ 3 vào quý III/2025.
- Phấn đấu 100% báo cáo viên cơ sở được tập huấn kỹ năng tuyên truyền trên mạng xã hội.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
"""

T12 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH          ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ HÓC MÔN
*
Số 24-BC/ĐU                      Hóc Môn, ngày 22 tháng 12 năm 2025

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2025

Xã Hóc Môn được thành lập trên cơ sở sắp xếp thị trấn Hóc Môn và một số xã của huyện Hóc Môn (cũ), chính thức hoạt động từ ngày 1/7/2025. Ban Xây dựng Đảng Đảng ủy xã báo cáo kết quả công tác tuyên giáo năm 2025 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Giai đoạn trước sắp xếp (tháng 1 – tháng 6/2025)
Sáu tháng đầu năm 2025, Ban Tuyên giáo Huyện ủy Hóc Môn tham mưu Ban Thường vụ Huyện ủy ban hành 11 văn bản về công tác tư tưởng; tổ chức 2 hội nghị báo cáo viên và 1 hội nghị cấp huyện học tập, quán triệt Nghị quyết số 18-NQ/TW về tinh gọn tổ chức bộ máy. Các đảng bộ xã, thị trấn mở 186 lớp học tập chuyên đề năm 2025 với 14.230 lượt cán bộ, đảng viên tham dự. Trung tâm Chính trị huyện mở 9 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 784 học viên.

2. Từ khi xã đi vào hoạt động (từ ngày 1/7/2025 đến nay)
Ban Thường vụ Đảng ủy xã ban hành 17 văn bản lãnh đạo, chỉ đạo công tác tuyên giáo; tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I và Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I với 3.615 lượt cán bộ, đảng viên tham dự, đạt 96,2%. Phối hợp Trường Cán bộ Thành phố, xã mở 1 lớp bồi dưỡng nhận thức về Đảng cho 64 quần chúng ưu tú.

Trên không gian mạng, xã hiện có 1 trang thông tin điện tử, 1 fanpage “Xã Hóc Môn ngày mới” với hơn 11.000 người theo dõi và 94 nhóm Zalo ấp với khoảng 21.500 thành viên. Từ tháng 7 đến nay, fanpage đăng 538 tin, bài, video; đội ngũ 26 cộng tác viên dư luận xã hội gửi 47 báo cáo về tình hình tư tưởng, dư luận trong Nhân dân.

Dịp tổng kết, Đảng ủy xã khen thưởng 7 tập thể và 15 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đề nghị Ủy ban nhân dân Thành phố tặng bằng khen cho 2 cá nhân.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1. Tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng, phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
2. Mở 3 lớp bồi dưỡng lý luận chính trị; nâng số thành viên các nhóm Zalo lên 25.000 người.
3. Sơ kết 1 năm vận hành chính quyền địa phương hai cấp vào tháng 7/2026.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu.
"""

D10, D11, D12 = "2018-12-26", "2024-12-16", "2025-12-22"
X_SPAN = since("2025-07-01", D12)

DOCS = [
    Doc("syn_h63_10_cangio_2018", T10, CG, year(2018), D10, "text", facts=[
        F("đã mở 14 lớp", 14, "training_classes"),
        F("với 1.036 học viên", 1036, "trainees"),
        F("mở 1 lớp trung cấp", 1, "training_classes"),
        F("cho 72 học viên", 72, "trainees"),
        F("với 46 học viên", 46, "trainees"),
        F("hiện có 43 báo cáo viên", 43, "reporters", p=(D10, D10)),
        F("96 báo cáo viên cơ sở", 96, "reporters", p=(D10, D10)),
        F("tổ chức thêm 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives"),
        F("7 cá nhân", 7, "commended_individuals"),
    ], traps=[("Ngày 26/12/2018", 26), ("năm 2018", 2018), ("năm 2019", 2019),
              ("7 xã, thị trấn", 7), ("hơn 74 nghìn dân", 74000), ("hơn 10 km", 10),
              ("chỉ có 4 giảng viên chuyên trách", 4), ("4 lớp sơ cấp", 4),
              ("3 lớp bồi dưỡng nhận thức", 3), ("2 lớp bồi dưỡng đảng viên mới", 2),
              ("5 lớp bồi dưỡng nghiệp vụ", 5), ("Lê Văn Tư", 4), ("38 tuổi", 38),
              ("3 giờ", 3), ("đủ 24 buổi", 24), ("mỗi quý 1 hội nghị", 1),
              ("trong đó có 4 giảng viên kiêm chức", 4), ("năm 2017", 2017),
              ("tăng 186 người", 186), ("Năm 2019", 2019), ("mở 16 lớp", 16),
              ("cho 120 chức sắc", 120), ("100% cán bộ ấp", 100)]),
    Doc("syn_h63_11_quan3_2024", T11, Q3D, year(2024), D11, "text", facts=[
        F("ban hành 5 văn bản", 5, "documents_issued"),
        F("Sơ cấp lý luận chính trị | 3", 3, "training_classes"),
        F("| 3 | 214", 214, "trainees"),
        F("Bồi dưỡng nhận thức về Đảng | 5", 5, "training_classes"),
        F("| 5 | 392", 392, "trainees"),
        F("Bồi dưỡng đảng viên mới | 2", 2, "training_classes"),
        F("| 2 | 157", 157, "trainees"),
        F("cho cán bộ chủ chốt | 4", 4, "training_classes"),
        F("| 4 | 412", 412, "trainees"),
        F("Tổng cộng | 14", 14, "training_classes"),
        F("| 14 | 1.175", 1175, "trainees"),
        F("khai giảng 1 lớp trung cấp", 1, "training_classes"),
        F("cho 85 học viên", 85, "trainees"),
        F("Báo cáo viên cấp quận: 38 đồng chí", 38, "reporters", p=end_of(year(2024))),
        F("báo cáo viên cơ sở: 104 đồng chí", 104, "reporters", p=end_of(year(2024))),
        F("Hội nghị báo cáo viên: 06", 6, "reporter_conferences"),
        F("cấp quận: 27 thí sinh", 27, "contest_entries"),
        F("tổ chức 1 hội nghị học tập chuyên đề", 1, "study_sessions"),
        F("cho 620 cán bộ chủ chốt", 620, "study_attendance", a="party_members"),
        F("tổ chức 486 buổi sinh hoạt chuyên đề", 486, "party_cell_discussions"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("23 cá nhân", 23, "commended_individuals"),
    ], traps=[("QUẬN ỦY QUẬN 3", 3), ("Số 512-BC/BTGQU", 512), ("Quận 3,", 3),
              ("ngày 16 tháng 12 năm 2024", 16), ("Kế hoạch số 118-KH/QU", 118),
              ("mở lớp năm 2024", 2024), ("kéo dài 18 tháng", 18), ("năm 2023", 2023),
              ("tăng 2 lớp", 2), ("trong đó 2 hội nghị trực tuyến", 2), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("3 giải Ba", 3), ("” năm 2024", 2024),
              ("NĂM 2025", 2025), ("Mở 15 lớp", 15), ("khoảng 1.200 học viên", 1200),
              ("lần thứ 3", 3), ("quý III/2025", 2025), ("100% báo cáo viên", 100)] + heads(T11)),
    Doc("syn_h63_12_xahocmon_2025", T12, HMX, X_SPAN, D12, "text", facts=[
        F("ban hành 11 văn bản", 11, "documents_issued", unit=HMH, p=h1(2025)),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=HMH,
          p=h1(2025)),
        F("1 hội nghị cấp huyện học tập", 1, "study_sessions", unit=HMH, p=h1(2025)),
        F("mở 186 lớp học tập", 186, "study_sessions", unit=HMH, p=h1(2025)),
        F("với 14.230 lượt cán bộ, đảng viên", 14230, "study_attendance", a="party_members",
          unit=HMH, p=h1(2025)),
        F("mở 9 lớp bồi dưỡng", 9, "training_classes", unit=HMH, p=h1(2025)),
        F("cho 784 học viên", 784, "trainees", unit=HMH, p=h1(2025)),
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
        F("với 3.615 lượt cán bộ, đảng viên", 3615, "study_attendance", a="party_members"),
        F("đạt 96,2%", 96.2, "study_participation_rate"),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes"),
        F("cho 64 quần chúng ưu tú", 64, "trainees"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=(D12, D12)),
        F("1 fanpage", 1, "social_pages", p=(D12, D12)),
        F("hơn 11.000 người theo dõi", 11000, "propaganda_audience", "at_least",
          p=(D12, D12)),
        F("94 nhóm Zalo ấp", 94, "chat_groups", p=(D12, D12)),
        F("khoảng 21.500 thành viên", 21500, "chat_group_members", "approx", p=(D12, D12)),
        F("fanpage đăng 538 tin, bài", 538, "news_items"),
        F("đội ngũ 26 cộng tác viên", 26, "opinion_collaborators", p=end_of(X_SPAN)),
        F("gửi 47 báo cáo", 47, "opinion_reports"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("Số 24-BC/ĐU", 24), ("ngày 22 tháng 12 năm 2025", 22),
              ("từ ngày 1/7/2025", 1), ("tháng 1 – tháng 6/2025", 1),
              ("Sáu tháng đầu năm 2025", 2025), ("Nghị quyết số 18-NQ/TW", 18),
              ("chuyên đề năm 2025", 2025), ("Từ tháng 7 đến nay", 7),
              ("cho 2 cá nhân", 2), ("NĂM 2026", 2026), ("trên 95%", 95),
              ("Mở 3 lớp", 3), ("lên 25.000 người", 25000), ("Sơ kết 1 năm", 1),
              ("tháng 7/2026", 7)] + heads(T12)),
]
