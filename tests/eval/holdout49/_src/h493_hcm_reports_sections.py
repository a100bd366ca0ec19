"""holdout49, part 3: a formal year report of Quận Tân Phú (2019) with a plan section, and an
article whose sections cover Quận 4, Quận Tân Phú and TP Thủ Đức (quý I 2022).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for format
only, the seeds and the samples, without reading or running the extractor. Decisions:
- "Báo cáo dư luận xã hội: 48 định kỳ, 14 đột xuất" gives two opinion_reports facts;
- in the sectioned article a bare "hội nghị"/"lớp" counts the lead's study (study_sessions),
  including "1 hội nghị trực tuyến riêng cho đảng viên lớn tuổi" in an official's words;
- "bài thu hoạch" and party members who did not take part are `other`; the parts after
  "trong đó", per-class sizes ("từ 40 – 60 người mỗi lớp") and the party organisations a
  conference was held for, or that are the subject of the work, are traps;
- a reporters' line with its own date in brackets is an instant at that date; a line with
  "hiện có" is an instant at the document date.
"""
from build_gold import Doc, F, U, inst, quarter, year

Q4, TPHU, TD = U("Quận 4"), U("Quận Tân Phú"), U("Thành phố Thủ Đức")

T08 = """
QUẬN ỦY TÂN PHÚ
BAN TUYÊN GIÁO
*
Số 152-BC/BTGQU
Tân Phú, ngày 18 tháng 12 năm 2019

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2019

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tham mưu
Ban Tuyên giáo Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành mười tám văn bản (kế hoạch, hướng dẫn, công văn) lãnh đạo công tác tư tưởng; phối hợp Trung tâm Chính trị quận mở 6 lớp sơ cấp lý luận chính trị và 3 lớp bồi dưỡng nhận thức về Đảng với tổng số 734 học viên.

2. Học tập, quán triệt nghị quyết, chỉ thị
- Hội nghị cấp quận: 05
- Lớp ở các đảng bộ, chi bộ cơ sở: 214; lượt cán bộ, đảng viên dự: 15.630; đạt 96,42%
- Lượt quần chúng dự nghe: 4.118

3. Công tác tuyên truyền
- Buổi nói chuyện thời sự, chuyên đề: 126 – lượt người nghe: khoảng 10.900
- Tin, bài trên trang thông tin điện tử quận: 1.247; trên trang Facebook "Tân Phú ngày nay": 830
- Cuộc thi viết "Tân Phú – 16 năm xây dựng và phát triển" – bài dự thi: 1.562 (trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba)
- Băng rôn, khẩu hiệu, cờ phướn: 2.300

4. Thảo luận chi bộ, sinh hoạt chính trị
Các chi bộ khu phố tổ chức 1.052 buổi thảo luận về chuyên đề năm 2019 của Thành ủy; Đảng bộ quận triển khai ba đợt sinh hoạt chính trị, tư tưởng trong cán bộ, đảng viên.

5. Đội ngũ và dư luận xã hội
- Báo cáo viên cấp quận: 46 đồng chí (tính đến 30/11/2019)
- Cộng tác viên dư luận xã hội hiện có: 71 đồng chí
- Báo cáo dư luận xã hội: 48 định kỳ, 14 đột xuất
- Hội nghị báo cáo viên: 04 (hằng quý)

6. Thi đua, khen thưởng
Ban Thường vụ Quận ủy khen thưởng 9 tập thể, 17 cá nhân; đề nghị Ban Tuyên giáo Thành ủy tặng giấy khen cho 2 tập thể. Ban Tuyên giáo Quận ủy được xếp thứ 2/6 trong Cụm thi đua số 5.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020
1. Tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ quận lần thứ XI, nhiệm kỳ 2020 – 2025, bảo đảm trên 95% đảng viên tham gia.
2. Mở 7 lớp sơ cấp lý luận chính trị; tổ chức 4 hội nghị báo cáo viên.
3. Tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2020) và 45 năm Ngày giải phóng miền Nam, thống nhất đất nước.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.

TRƯỞNG BAN
"""

T09 = """
Ba địa phương hoàn thành học tập Nghị quyết Trung ương 4 khóa XIII

(Thanhuytphcm.vn) – Quý I năm 2022, Quận 4, quận Tân Phú và TP Thủ Đức đã hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII và Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng. Thông tin được đưa ra tại buổi làm việc của Ban Tuyên giáo Thành ủy với 3 địa phương ngày 5/4/2022.

* Quận 4
Quận ủy tổ chức 2 hội nghị cấp quận theo hình thức trực tiếp kết hợp trực tuyến tới 13 điểm cầu phường; các đảng bộ phường và 9 chi, đảng bộ cơ sở mở 186 lớp với 9.846 lượt cán bộ, đảng viên, đạt 97,02%. Riêng quần chúng có 2.305 lượt tham dự. Quận còn 296 đảng viên chưa tham gia do đang điều trị bệnh hoặc làm việc xa.

* Quận Tân Phú
Bà Nguyễn Thị Mỹ Dung, Trưởng ban Tuyên giáo Quận ủy Tân Phú, cho biết: "Chúng tôi tổ chức 3 hội nghị cấp quận và 1 hội nghị trực tuyến riêng cho đảng viên lớn tuổi. Ở cơ sở, 11 đảng bộ phường mở 248 lớp, thu hút 14.720/15.208 đảng viên." Kết thúc đợt học tập, có 14.615 bài thu hoạch được chấm, trong đó 3.120 bài xếp loại tốt.

* TP Thủ Đức
Thành ủy Thủ Đức tổ chức 1 hội nghị cấp thành phố cho cán bộ chủ chốt của thành phố và 34 đảng bộ phường. Các tổ chức cơ sở đảng mở 512 lớp, từ 40 – 60 người mỗi lớp, với 27.360 lượt cán bộ, đảng viên và 5.140 lượt quần chúng; tỷ lệ đảng viên tham gia đạt 96,35%. Đảng bộ TP Thủ Đức hiện có 247 tổ chức cơ sở đảng với hơn 29.000 đảng viên.

Ban Tuyên giáo Thành ủy đề nghị các địa phương trong quý II tổ chức học tập bổ sung cho đảng viên chưa tham gia, hoàn thành trước ngày 30/6/2022.
"""

D08, D09 = "2019-12-18", "2022-04-06"
Q1 = quarter(1, 2022)

DOCS = [
    Doc("h49_08", T08, TPHU, year(2019), D08, "text", facts=[
        F("ban hành mười tám văn bản", 18, "documents_issued"),
        F("mở 6 lớp sơ cấp lý luận chính trị", 6, "training_classes"),
        F("3 lớp bồi dưỡng nhận thức về Đảng", 3, "training_classes"),
        F("tổng số 734 học viên", 734, "trainees"),
        F("Hội nghị cấp quận: 05", 5, "study_sessions"),
        F("chi bộ cơ sở: 214", 214, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 15.630", 15630, "study_attendance",
          a="party_members"),
        F("đạt 96,42%", 96.42, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 4.118", 4118, "study_attendance", a="masses"),
        F("chuyên đề: 126", 126, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 10.900", 10900, "propaganda_audience", "approx"),
        F("trang thông tin điện tử quận: 1.247", 1247, "news_items"),
        F("\"Tân Phú ngày nay\": 830", 830, "news_items"),
        F("bài dự thi: 1.562", 1562, "contest_entries"),
        F("cờ phướn: 2.300", 2300, "other"),
        F("tổ chức 1.052 buổi thảo luận", 1052, "party_cell_discussions"),
        F("triển khai ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("46 đồng chí (tính đến 30/11/2019)", 46, "reporters", p=inst("2019-11-30")),
        F("hiện có: 71 đồng chí", 71, "opinion_collaborators", p=inst(D08)),
        F("48 định kỳ", 48, "opinion_reports"),
        F("14 đột xuất", 14, "opinion_reports"),
        F("Hội nghị báo cáo viên: 04", 4, "reporter_conferences"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 17 cá nhân", 17, "commended_individuals"),
    ], traps=[("Số 152-BC/BTGQU", 152), ("ngày 18 tháng 12 năm 2019", 18),
              ("năm 2019", 2019), ("16 năm", 16), ("trao 1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("3 giải Ba", 3), ("chuyên đề năm 2019", 2019),
              ("giấy khen cho 2 tập thể", 2), ("xếp thứ 2/6", 2), ("Cụm thi đua số 5", 5),
              ("NĂM 2020", 2020), ("nhiệm kỳ 2020 – 2025", 2020), ("trên 95% đảng viên", 95),
              ("Mở 7 lớp", 7), ("tổ chức 4 hội nghị báo cáo viên", 4), ("90 năm", 90),
              ("3/2/1930", 3), ("3/2/2020", 3), ("45 năm", 45),
              ("1. Công tác tham mưu", 1), ("2. Học tập", 2), ("3. Công tác tuyên truyền", 3),
              ("4. Thảo luận", 4), ("5. Đội ngũ", 5), ("6. Thi đua", 6),
              ("1. Tổ chức học tập", 1), ("2. Mở 7 lớp", 2), ("3. Tuyên truyền kỷ niệm", 3)]),
    Doc("h49_09", T09, Q4, Q1, D09, "sidecar", meta={"date": D09}, facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 186 lớp", 186, "study_sessions"),
        F("với 9.846 lượt cán bộ, đảng viên", 9846, "study_attendance", a="party_members"),
        F("đạt 97,02%", 97.02, "study_participation_rate"),
        F("có 2.305 lượt tham dự", 2305, "study_attendance", a="masses"),
        F("còn 296 đảng viên chưa tham gia", 296, "other"),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=TPHU),
        F("1 hội nghị trực tuyến riêng", 1, "study_sessions", unit=TPHU),
        F("mở 248 lớp", 248, "study_sessions", unit=TPHU),
        F("thu hút 14.720/15.208 đảng viên", 14720, "study_attendance", a="party_members",
          unit=TPHU),
        F("có 14.615 bài thu hoạch", 14615, "other", unit=TPHU),
        F("tổ chức 1 hội nghị cấp thành phố", 1, "study_sessions", unit=TD),
        F("mở 512 lớp", 512, "study_sessions", unit=TD),
        F("với 27.360 lượt cán bộ, đảng viên", 27360, "study_attendance",
          a="party_members", unit=TD),
        F("5.140 lượt quần chúng", 5140, "study_attendance", a="masses", unit=TD),
        F("đạt 96,35%", 96.35, "study_participation_rate", unit=TD),
    ], traps=[("Trung ương 4", 4), ("Quý I năm 2022", 2022), ("Quận 4", 4),
              ("Kết luận số 21-KL/TW", 21), ("với 3 địa phương", 3), ("ngày 5/4/2022", 5),
              ("13 điểm cầu phường", 13), ("9 chi, đảng bộ cơ sở", 9),
              ("11 đảng bộ phường", 11), ("trong đó 3.120 bài", 3120),
              ("34 đảng bộ phường", 34), ("từ 40 – 60 người mỗi lớp", 40),
              ("247 tổ chức cơ sở đảng", 247), ("hơn 29.000 đảng viên", 29000),
              ("trước ngày 30/6/2022", 30)]),
]
