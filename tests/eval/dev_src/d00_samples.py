"""The five real sample reports, copied verbatim and labeled."""
from build_gold import ROOT, Doc, F, U, end_of, h1, inst, m9, since, year

S = ROOT / "data" / "reports" / "sample"
Q1, Q6, Q8, BT, HN, HM = U("760"), U("775"), U("776"), U("765"), U("01"), U("008")

DOCS = [
    Doc(
        "000_5f2d705565ee483a", "", Q1, h1(2019), "2019-07-03", "text",
        verbatim_from=S / "000_5f2d705565ee483a.txt",
        facts=[
            F("hiện có khoảng 90 website", 90, "websites", "approx", p=inst("2019-07-03")),
            F("90 website và 50 trang cộng đồng", 50, "social_pages", "approx",
              p=inst("2019-07-03")),
        ],
        traps=[("3/7/2019", 3), ("6 tháng đầu năm 2019", 6), ("Kế hoạch 138", 138),
               ("05-CT/TW", 5), ("50 năm", 50), ("Quận 1", 1)],
    ),
    Doc(
        "001_e2c7b04dc0a6020d", "", BT, h1(2024), "2024-07-22", "text",
        verbatim_from=S / "001_e2c7b04dc0a6020d.txt",
        facts=[F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns")],
        traps=[("ngày 22 tháng 7 năm 2024", 22), ("Ngày 21/6", 21), ("quý III năm 2024", 2024),
               ("lần thứ XIII", 13), ("lần thứ XII", 12), ("nhiệm kỳ 2020 -2025", 2020),
               ("sơ kết 3 năm", 3), ("01-KL/TW", 1), ("05-CT/TW", 5), ("Ban chỉ đạo 35", 35),
               ("năm học 2024 - 2025", 2024), ("6 tháng đầu năm 2024", 6)],
    ),
    Doc(
        "002_9368f6ac73f0ab6a", "", Q1, year(2024), "2025-01-09", "text",
        verbatim_from=S / "002_9368f6ac73f0ab6a.txt",
        facts=[
            F("khen thưởng 8 tập thể", 8, "commended_collectives"),
            F("8 tập thể 4 cá nhân", 4, "commended_individuals"),
            F("khen thưởng 6 tập thể", 6, "commended_collectives"),
            F("6 tập thể, 8 cá nhân", 8, "commended_individuals"),
        ],
        traps=[("Ngày 9/1", 9), ("05-KH/QU", 5), ("05-ĐA/TU", 5), ("Cụm thi đua 1", 1),
               ("Quận 1", 1), ("01-KL/TW", 1), ("05-CT/TW", 5), ("144-QĐ/TW", 144),
               ("trong năm 2025", 2025), ("năm 2024", 2024)],
    ),
    Doc(
        "003_0c19d376f1f38269", "", Q6, year(2018), None, None,
        verbatim_from=S / "003_0c19d376f1f38269.txt",
        facts=[
            F("tổ chức 164 lớp học tập, quán triệt", 164, "study_sessions"),
            F("với 20.012 lượt cán bộ, đảng viên", 20012, "study_attendance", a="party_members"),
            F("11.499 lượt quần chúng nòng cốt", 11499, "study_attendance", a="masses"),
            F("520 buổi thảo luận chi bộ", 520, "party_cell_discussions"),
            F("mở 273 lớp học tập, bồi dưỡng", 273, "training_classes"),
            F("25.541 học viên tham dự", 25541, "trainees"),
            F("có 402 bài tham dự", 402, "contest_entries"),
            F("của 47 tổ chức cơ sở Đảng", 47, "other"),
            F("ban hành 45 văn bản lãnh đạo", 45, "documents_issued", unit=Q8),
        ],
        traps=[("Kế hoạch 138 - KH/QU", 138), ("Nghị quyết 54", 54), ("Trung ương 4", 4),
               ("khóa XII", 12), ("05-CT/TW", 5), ("50 năm", 50), ("Quận 1", 1),
               ("Quận 6", 6), ("Quận 8", 8), ("chủ đề năm 2019", 2019), ("Năm 2018", 2018)],
    ),
    Doc(
        "004_0cd28070f7015e43", "", HN, m9(2021), "2021-10-05", "inferred",
        verbatim_from=S / "004_0cd28070f7015e43.txt",
        facts=[
            F("tổ chức 3 hội nghị trực tuyến triển khai, quán triệt", 3, "study_sessions"),
            F("quận có 387 F0", 387, "other", unit=HM, p=since("2021-01-01", "2021-10-05")),
            F("trên 2 trang chính danh", 2, "social_pages", unit=HM, p=end_of(m9(2021))),
            F("duy trì 248 tổ tự quản", 248, "other", unit=HM),
            F("540 chốt vùng xanh", 540, "other", unit=HM),
            F("trên 1 nghìn nhóm Zalo", 1000, "chat_groups", "at_least", p=end_of(m9(2021))),
            F("hơn 100 nghìn thành viên", 100000, "chat_group_members", "at_least",
              p=end_of(m9(2021))),
            F("gần 3,5 triệu điện thoại thông minh", 3500000, "other", "at_most",
              p=inst("2021-10-04")),
            F("đạt tỷ lệ 52%", 52, "other", p=inst("2021-10-04")),
            F("là 542.345", 542345, "other", p=inst("2021-10-05")),
            F("có 358.118 lượt quét mã QR", 358118, "other",
              p=since("2021-09-29", "2021-10-05")),
            F("hơn 147 nghìn tin, bài", 147000, "news_items", "at_least",
              p=since("2021-04-27", "2021-10-05")),
            F("thực hiện được 3/4 đầu việc", 3, "other"),
        ],
        traps=[("lần thứ XIII", 13), ("Đại hội XVII", 17), ("10 Chương trình công tác", 10),
               ("Ban Chỉ đạo 35", 35), ("Ban chỉ đạo 135", 135), ("Covid-19", 19),
               ("đợt dịch thứ 4", 4), ("1/10 số ca", 1), ("10 ngày", 10), ("Chỉ thị 22", 22),
               ("18h ngày 4/10", 18), ("ngày 5/10", 5), ("7 ngày qua", 7),
               ("Tổng đài 1022", 1022), ("11 nhóm nhiệm vụ", 11), ("năm 2020", 2020),
               ("9 tháng năm 2021", 9), ("9 tháng đầu năm", 9)],
    ),
]
