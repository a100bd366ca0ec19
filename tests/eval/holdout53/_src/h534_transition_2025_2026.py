"""Held-out set holdout53, part 4: a district's last bulletin (June 2025), a new ward's nine-
month report with its predecessor district's first half (Hanoi), a commune's first quarter of
2026.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the sample reports, without reading or running the extractor.

Decisions where the guide leaves room:
- A bulletin whose headline names its own span ("6 THÁNG ĐẦU NĂM 2025") takes that span, not the
  issue month; the ✅ lines read like list lines; "phát hành đủ 6 số, mỗi số 2.500 bản" is 6
  news_items and a per-item trap.
- A stock of a former district in a report written after 1 July is dated by the date the text
  gives for it ("Tính đến ngày 30/6/2025") - never the ward's document date.
- A measures table ("Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)") with a
  "Tổng cộng" row: its totals are facts of the column's measure; a dash cell is no number.
- "12 hội nghị tiếp xúc cử tri" is `other` (meetings outside the taxonomy); "khoảng 7.900 lượt
  cử tri" at those meetings and the talks is the propaganda audience (audience all).
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, quarter, since

PN = U("Quận Phú Nhuận")
TH = U("Quận Tây Hồ")
PTH = W("Phường Tây Hồ", "01")
XTT = W("Xã Thạch Thất", "01")

T10 = """
QUẬN ỦY PHÚ NHUẬN
BAN TUYÊN GIÁO
BẢN TIN SINH HOẠT CHI BỘ – SỐ 06 (THÁNG 6/2025)

Phú Nhuận, ngày 24/6/2025

SỐ CUỐI CÙNG: 6 THÁNG ĐẦU NĂM 2025, TUYÊN GIÁO QUẬN ĐÃ LÀM GÌ?

Đây là số bản tin cuối cùng mang tên Quận ủy Phú Nhuận trước khi quận khép lại chặng đường 49 năm (1976 – 2025). Ban biên tập xin điểm lại những kết quả chính:

✅ 02 hội nghị cấp quận học tập, quán triệt Nghị quyết số 60-NQ/TW Hội nghị Trung ương 11 khóa XIII
✅ 173 lớp ở các chi bộ, với 9.847 lượt cán bộ, đảng viên, đạt 97,02%
✅ 185 buổi thảo luận ở chi bộ về đề án sắp xếp đơn vị hành chính, đặt tên phường mới
✅ Bản tin sinh hoạt chi bộ phát hành đủ 6 số, mỗi số 2.500 bản
✅ Trang thông tin điện tử quận và fanpage “Phú Nhuận ngày mới” đăng 1.165 tin, bài, video; riêng các clip ngắn về sắp xếp đơn vị hành chính có lượt tiếp cận ước đạt 1,6 triệu
✅ Đội ngũ 38 cộng tác viên dư luận xã hội gửi về Ban 64 báo cáo
✅ Phối hợp Trường Cán bộ Thành phố mở 1 lớp trung cấp lý luận chính trị với 86 học viên
✅ Khen thưởng 5 tập thể, 12 cá nhân có thành tích trong đợt tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam

Đồng chí Trần Thị Minh Thư, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy, cho biết: “Đến nay, quận có 58 nhóm Zalo khu phố với khoảng 16.000 thành viên; tất cả sẽ được bàn giao nguyên trạng cho 3 phường mới để người dân không bị đứt mạch thông tin.”

Một tổ trưởng tổ dân phố ở phường 9 gửi thư cho Ban biên tập: “Tôi giữ đủ 74 số bản tin từ năm 2019, coi như kỷ niệm của cả khu phố”.

Từ ngày 1/7/2025, bản tin sẽ được Đảng ủy các phường Phú Nhuận, Đức Nhuận, Cầu Kiệu kế thừa dưới tên gọi mới. Mọi ý kiến xin gửi về hộp thư bantuyengiao.pn@gmail.com hoặc số điện thoại 028.3844.7261.
"""

D10 = "2025-06-24"

T11 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG TÂY HỒ
Số 27-BC/ĐU

Tây Hồ, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng năm 2025

Phường Tây Hồ được thành lập trên cơ sở các phường Quảng An, Nhật Tân, Tứ Liên, Yên Phụ và một phần các phường Bưởi, Thụy Khuê của Quận Tây Hồ. Báo cáo gồm 2 phần: số liệu của Quận Tây Hồ trong 6 tháng đầu năm (Văn phòng Đảng ủy phường tiếp nhận từ Quận ủy) và kết quả của phường từ khi thành lập.

I. KẾT QUẢ THỰC HIỆN

1. Kết quả 6 tháng đầu năm 2025 của Quận ủy Tây Hồ
Quận ủy Tây Hồ tổ chức 3 hội nghị cấp quận, các đảng bộ phường mở 128 lớp học tập, quán triệt với 10.482 lượt cán bộ, đảng viên và 2.164 lượt quần chúng; tỷ lệ đảng viên tham gia 95,7%. Ban Tuyên giáo Quận ủy tổ chức 2 hội nghị báo cáo viên; tính đến ngày 30/6/2025, quận có 52 báo cáo viên. Cuộc thi viết “Tây Hồ – 30 năm xây dựng và phát triển” do Quận ủy phát động nhận được 2.918 bài dự thi.

2. Kết quả của Đảng ủy phường (từ ngày 1/7/2025 đến ngày 30/9/2025)
Kết quả học tập, quán triệt trong quý:

Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)
Nghị quyết Đại hội Đảng bộ phường lần thứ I | 27 | 2.418 | 96,9
Chuyên đề học tập và làm theo Bác | 19 | 1.702 | 93,8
Tổng cộng | 46 | 4.120 | –

Đảng ủy phường duy trì 1 trang thông tin điện tử và 2 fanpage; các tổ dân phố có 96 nhóm Zalo với hơn 18.000 thành viên (tính đến 30/9/2025). Trong quý, phường tổ chức 31 buổi tuyên truyền miệng về chính quyền hai cấp và Đại hội Đảng bộ Thành phố lần thứ XVIII, khoảng 2.700 lượt người dân tham dự; đăng 412 tin, bài trên trang thông tin điện tử và 288 tin, bài, video trên fanpage.

II. NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVIII;
- Phấn đấu 100% chi bộ tổ dân phố có nhóm Zalo; lập thêm 12 nhóm ở các khu chung cư.
"""

D11 = "2025-10-03"
Q3_25 = quarter(3, 2025)

T12 = """
Xã Thạch Thất: Quý I sôi động với bầu cử và Nghị quyết Đại hội XIV

Quý I/2026, Đảng ủy xã Thạch Thất tập trung cao cho hai nhiệm vụ lớn: học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026.

Về học tập nghị quyết, xã tổ chức 1 hội nghị cấp xã theo hình thức trực tiếp kết hợp trực tuyến, các chi bộ mở 44 lớp, thu hút 3.126 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia đạt 96,73%. Số đảng viên chưa tham gia là 106 người, phần lớn cao tuổi, ốm đau, được chi bộ bố trí học bù. Xã cũng triển khai 01 đợt sinh hoạt chính trị “Mừng Đảng, mừng Xuân Bính Ngọ” ở tất cả các thôn.

Xã phối hợp Trường Chính trị Thành phố mở 1 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 64 học viên là cán bộ thôn, khu dân cư, kéo dài 5 ngày.

Công tác tuyên truyền bầu cử được triển khai sớm. Từ ngày 5/1 đến ngày 14/3, xã tổ chức 68 buổi tuyên truyền miệng và 12 hội nghị tiếp xúc cử tri với khoảng 7.900 lượt cử tri tham dự; đội xe loa chạy 240 lượt, treo 860 băng rôn, cờ phướn. Trang thông tin điện tử xã đăng 236 tin, bài về bầu cử; chuyên mục “Thạch Thất hôm nay” trên hệ thống truyền thanh phát 26 kỳ.

“Chúng tôi coi bầu cử là đợt sinh hoạt chính trị lớn của nhân dân. Trước ngày bầu cử, các thôn đã gửi về xã 35 báo cáo nhanh về tình hình tư tưởng, dư luận”, ông Kiều Văn Dũng, Bí thư Đảng ủy xã Thạch Thất, cho biết. Toàn xã có khoảng 41.600 cử tri, chia thành 27 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,83%.

“Nhà tôi 4 cử tri, sáng sớm đã đi bầu cả, rồi về xem ti vi đến tối”, cụ Nguyễn Văn Bảy, 86 tuổi, thôn Hữu Bằng, kể.

Quý II, xã sẽ tổ chức hội nghị sơ kết, phấn đấu mở thêm 3 lớp bồi dưỡng cho tuyên truyền viên và đưa tỷ lệ hộ dân tham gia nhóm Zalo thôn lên 85%.
"""

D12 = "2026-04-06"
Q1_26 = quarter(1, 2026)
ELEC = since("2026-01-05", "2026-03-14")

DOCS = [
    Doc("h53_10", T10, PN, h1(2025), D10, "text", facts=[
        F("✅ 02 hội nghị cấp quận học tập", 2, "study_sessions"),
        F("✅ 173 lớp ở các chi bộ", 173, "study_sessions"),
        F("với 9.847 lượt cán bộ, đảng viên", 9847, "study_attendance", a="party_members"),
        F("đạt 97,02%", 97.02, "study_participation_rate"),
        F("✅ 185 buổi thảo luận ở chi bộ", 185, "party_cell_discussions"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("đăng 1.165 tin, bài, video", 1165, "news_items"),
        F("lượt tiếp cận ước đạt 1,6 triệu", 1600000, "propaganda_audience", "approx"),
        F("Đội ngũ 38 cộng tác viên", 38, "opinion_collaborators", p=end_of(h1(2025))),
        F("gửi về Ban 64 báo cáo", 64, "opinion_reports"),
        F("mở 1 lớp trung cấp lý luận chính trị", 1, "training_classes"),
        F("với 86 học viên", 86, "trainees"),
        F("Khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 12 cá nhân", 12, "commended_individuals"),
        F("quận có 58 nhóm Zalo khu phố", 58, "chat_groups", p=inst(D10)),
        F("khoảng 16.000 thành viên", 16000, "chat_group_members", "approx", p=inst(D10)),
    ], traps=[("SỐ 06", 6), ("THÁNG 6/2025", 6), ("ngày 24/6/2025", 24),
              ("6 THÁNG ĐẦU NĂM 2025", 6), ("49 năm", 49), ("1976 – 2025", 1976),
              ("Nghị quyết số 60-NQ/TW", 60), ("Trung ương 11", 11), ("khóa XIII", 13),
              ("mỗi số 2.500 bản", 2500), ("50 năm", 50), ("3 phường mới", 3),
              ("phường 9", 9), ("74 số bản tin", 74), ("năm 2019", 2019),
              ("Từ ngày 1/7/2025", 1), ("028.3844.7261", 28)]),
    Doc("h53_11", T11, PTH, ("2025-01-01", "2025-09-30"), D11, "text", facts=[
        F("Quận ủy Tây Hồ tổ chức 3 hội nghị cấp quận", 3, "study_sessions", unit=TH,
          p=h1(2025)),
        F("mở 128 lớp học tập, quán triệt", 128, "study_sessions", unit=TH, p=h1(2025)),
        F("với 10.482 lượt cán bộ, đảng viên", 10482, "study_attendance",
          a="party_members", unit=TH, p=h1(2025)),
        F("2.164 lượt quần chúng", 2164, "study_attendance", a="masses", unit=TH,
          p=h1(2025)),
        F("tham gia 95,7%", 95.7, "study_participation_rate", unit=TH, p=h1(2025)),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=TH,
          p=h1(2025)),
        F("quận có 52 báo cáo viên", 52, "reporters", unit=TH, p=inst("2025-06-30")),
        F("nhận được 2.918 bài dự thi", 2918, "contest_entries", unit=TH, p=h1(2025)),
        F("lần thứ I | 27", 27, "study_sessions", p=Q3_25),
        F("27 | 2.418", 2418, "study_attendance", a="party_members", p=Q3_25),
        F("2.418 | 96,9", 96.9, "study_participation_rate", p=Q3_25),
        F("làm theo Bác | 19", 19, "study_sessions", p=Q3_25),
        F("19 | 1.702", 1702, "study_attendance", a="party_members", p=Q3_25),
        F("1.702 | 93,8", 93.8, "study_participation_rate", p=Q3_25),
        F("Tổng cộng | 46", 46, "study_sessions", p=Q3_25),
        F("46 | 4.120", 4120, "study_attendance", a="party_members", p=Q3_25),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", p=end_of(Q3_25)),
        F("và 2 fanpage", 2, "social_pages", p=end_of(Q3_25)),
        F("có 96 nhóm Zalo", 96, "chat_groups", p=end_of(Q3_25)),
        F("hơn 18.000 thành viên", 18000, "chat_group_members", "at_least",
          p=inst("2025-09-30")),
        F("tổ chức 31 buổi tuyên truyền miệng", 31, "oral_propaganda_sessions", p=Q3_25),
        F("khoảng 2.700 lượt người dân", 2700, "propaganda_audience", "approx", a="masses",
          p=Q3_25),
        F("đăng 412 tin, bài", 412, "news_items", p=Q3_25),
        F("288 tin, bài, video", 288, "news_items", p=Q3_25),
    ], traps=[("Số 27-BC/ĐU", 27), ("ngày 03 tháng 10 năm 2025", 3),
              ("9 tháng năm 2025", 9), ("gồm 2 phần", 2), ("6 tháng đầu năm", 6),
              ("1. Kết quả 6 tháng đầu năm 2025", 1), ("ngày 30/6/2025", 30),
              ("30 năm", 30), ("2. Kết quả của Đảng ủy phường", 2),
              ("từ ngày 1/7/2025 đến ngày 30/9/2025", 1), ("tính đến 30/9/2025", 30),
              ("QUÝ IV NĂM 2025", 2025),
              ("Tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Đại hội", 2), ("100% chi bộ", 100),
              ("thêm 12 nhóm", 12)]),
    Doc("h53_12", T12, XTT, Q1_26, D12, "sidecar", meta={"date": D12}, facts=[
        F("xã tổ chức 1 hội nghị cấp xã", 1, "study_sessions"),
        F("mở 44 lớp", 44, "study_sessions"),
        F("thu hút 3.126 lượt cán bộ, đảng viên", 3126, "study_attendance",
          a="party_members"),
        F("tham gia đạt 96,73%", 96.73, "study_participation_rate"),
        F("chưa tham gia là 106 người", 106, "other"),
        F("triển khai 01 đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("mở 1 lớp bồi dưỡng nghiệp vụ", 1, "training_classes"),
        F("cho 64 học viên", 64, "trainees"),
        F("xã tổ chức 68 buổi tuyên truyền miệng", 68, "oral_propaganda_sessions", p=ELEC),
        F("12 hội nghị tiếp xúc cử tri", 12, "other", p=ELEC),
        F("khoảng 7.900 lượt cử tri", 7900, "propaganda_audience", "approx", p=ELEC),
        F("đội xe loa chạy 240 lượt", 240, "other", p=ELEC),
        F("treo 860 băng rôn", 860, "other", p=ELEC),
        F("đăng 236 tin, bài", 236, "news_items"),
        F("phát 26 kỳ", 26, "news_items"),
        F("gửi về xã 35 báo cáo", 35, "opinion_reports"),
    ], traps=[("Quý I/2026", 1), ("khóa XVI", 16), ("nhiệm kỳ 2026 – 2031", 2026),
              ("ngày 15/3/2026", 15), ("5 ngày", 5), ("Từ ngày 5/1", 5),
              ("ngày 14/3", 14), ("khoảng 41.600 cử tri", 41600),
              ("27 khu vực bỏ phiếu", 27), ("tỷ lệ cử tri đi bầu đạt 99,83%", 99.83),
              ("Nhà tôi 4 cử tri", 4), ("86 tuổi", 86), ("thêm 3 lớp", 3), ("lên 85%", 85)]),
]
