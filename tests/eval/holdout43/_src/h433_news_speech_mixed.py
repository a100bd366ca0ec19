"""holdout43, part 3: a short Hanoi portal item (Hà Đông, 2016 election), a speech at an HCMC
district congress (Gò Vấp, term 2015-2020), a district fanpage post (Cầu Giấy, 2024) and a
city article with a section per ward of former Bình Dương (second half of 2025).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without reading or
running the extractor.

Decisions where the guide leaves room:
- "Từ ngày 15/3 đến nay" under a dateline "Ngày 18/5/2016" → 2016-03-15..2016-05-18.
- Voters at the meetings ("lượt cử tri tham dự") are propaganda_audience (all); the voters and
  polling areas of the district are traps.
- Election skills classes ("lớp tập huấn nghiệp vụ bầu cử") are training_classes.
- The speech introduced by a paragraph speaks for the district; its term ("Nhiệm kỳ 2015 –
  2020") is the period; "hiện có" inside it takes the sidecar date.
- In the fanpage post, stocks listed with "Duy trì" and no marker are at the end of 2024; the
  members in brackets "(hiện có ...)" at the post's date; reactions are traps.
- Workers reached at companies ("3.240 lượt công nhân") are propaganda_audience, audience all.
"""
from build_gold import Doc, F, U, end_of, h2, inst, since, term, year

HDONG, GVAP, CGIAY, HCM = U("Quận Hà Đông"), U("Quận Gò Vấp"), U("Quận Cầu Giấy"), U("79")
TAN, LTHIEU, BBANG = U("Phường Thuận An"), U("Phường Lái Thiêu"), U("Xã Bàu Bàng")

T09 = """
Hà Đông: Tuyên truyền bầu cử đến từng tổ dân phố

Ngày 18/5/2016 – Từ ngày 15/3 đến nay, Ban Tuyên giáo Quận ủy Hà Đông đã phối hợp với Ủy ban MTTQ quận tổ chức 86 buổi tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021, thu hút gần 12.000 lượt cử tri tham dự.

Toàn quận có khoảng 230 nghìn cử tri, được chia thành 186 khu vực bỏ phiếu thuộc 17 phường. Để thông tin đến được từng hộ, quận treo 1.850 băng rôn, khẩu hiệu và 620 pano, áp phích trên các tuyến phố chính như Quang Trung, Trần Phú, Quốc lộ 6; đội thông tin lưu động chạy 120 lượt. Trang thông tin điện tử quận đăng 164 tin, bài về tiến độ chuẩn bị bầu cử.

Đồng chí Nguyễn Thị Lan, Trưởng ban Tuyên giáo Quận ủy Hà Đông, cho biết: "Trong đợt này, chúng tôi đã gửi Ban Tuyên giáo Thành ủy 8 báo cáo nhanh về tình hình dư luận quanh công tác hiệp thương, giới thiệu người ứng cử. Đài Truyền thanh quận cũng phát 48 chương trình chuyên đề về bầu cử."

Song song với tuyên truyền bầu cử, từ đầu năm 2016 đến nay, Quận ủy tổ chức 2 hội nghị cấp quận học tập, quán triệt Nghị quyết Đại hội XII của Đảng cho cán bộ chủ chốt; các đảng bộ phường, chi bộ cơ sở mở 57 lớp với 9.416 lượt cán bộ, đảng viên và khoảng 1.300 lượt quần chúng tham dự.

Ủy ban bầu cử quận cũng mở 6 lớp tập huấn nghiệp vụ bầu cử cho 1.204 học viên là thành viên các tổ bầu cử.

"Nhà tôi có 4 cử tri, ai cũng đã xem danh sách ứng cử viên dán ở nhà văn hóa tổ 7", ông Trần Văn Lộc, 81 tuổi, phường Quang Trung, nói.

Ngày bầu cử 22/5/2016, quận phấn đấu tỷ lệ cử tri đi bầu đạt trên 99%.
"""

T10 = """
Gò Vấp: Công tác tuyên giáo góp phần tạo đồng thuận xã hội

Sau đây là trích tham luận của đồng chí Lê Minh Tâm, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Gò Vấp, tại Đại hội đại biểu Đảng bộ quận lần thứ XII, nhiệm kỳ 2020 – 2025, diễn ra từ ngày 22 đến 24/7/2020:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 214 văn bản lãnh đạo, chỉ đạo công tác tư tưởng. Quận ủy tổ chức 38 hội nghị cấp quận học tập, quán triệt nghị quyết, chỉ thị của Trung ương và Thành ủy; các đảng bộ cơ sở mở 1.436 lớp, thu hút 162.480 lượt cán bộ, đảng viên, đạt 96,7%.

“Chúng tôi xác định đội ngũ là then chốt. Quận hiện có 54 báo cáo viên và 96 cộng tác viên dư luận xã hội. Trung tâm Bồi dưỡng chính trị quận mở 96 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới với 8.742 học viên. Các chi bộ khu phố duy trì sinh hoạt chuyên đề đều đặn; có bác tổ trưởng nói với tôi: ‘Khu tôi 186 hộ, tháng nào cũng họp, chưa sót tháng nào’.

“Trang thông tin điện tử quận đăng trên 6.800 tin, bài; bản tin “Gò Vấp ngày nay” phát hành 60 số, mỗi số 2.000 bản, phát miễn phí tại 16 phường. Các chi bộ tổ chức 3.960 buổi thảo luận chuyên đề học tập và làm theo Bác. Đội ngũ cộng tác viên gửi về Ban 412 báo cáo dư luận xã hội, trong đó 37 báo cáo đột xuất.

“Các cuộc thi tìm hiểu lịch sử Đảng bộ quận, tìm hiểu Hiến pháp năm 2013 thu hút 254.000 lượt người dự thi. Trong nhiệm kỳ, quận khen thưởng 120 tập thể, 235 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Gò Vấp ba năm liền (2017, 2018, 2019) dẫn đầu Cụm thi đua 3.

“Nhiệm kỳ 2020 – 2025, Ban Tuyên giáo Quận ủy phấn đấu 100% chi bộ có nhóm Zalo, mỗi phường trong 16 phường có ít nhất 1 fanpage chính danh.”
"""

T11 = """
Tuyên giáo Cầu Giấy
28 tháng 12, 2024 lúc 16:40 ·

📌 NHÌN LẠI MỘT NĂM CÔNG TÁC TUYÊN GIÁO CỦA QUẬN ỦY CẦU GIẤY

Năm 2024 – năm kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024) và 27 năm thành lập quận – đã khép lại với nhiều dấu ấn.

KẾT QUẢ NỔI BẬT NĂM 2024
✅ 04 hội nghị cấp quận học tập, quán triệt Nghị quyết Hội nghị Trung ương 8, 9, 10 khóa XIII
✅ 196 lớp ở các chi bộ, với 15.288 lượt cán bộ, đảng viên (đạt 96,9%)
✅ 132 buổi nói chuyện thời sự – lượt người nghe: khoảng 11.600
✅ 1.845 tin, bài, video trên Cổng thông tin điện tử và fanpage của quận
✅ 2 đợt sinh hoạt chính trị về 70 năm Giải phóng Thủ đô
✅ Cuộc thi "Tìm hiểu Luật Thủ đô năm 2024" – lượt dự thi: 21.473
✅ Duy trì 3 fanpage, 1 kênh TikTok và 236 nhóm Zalo tổ dân phố (hiện có khoảng 38.000 thành viên)
✅ 05 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 412 học viên
✅ 58 báo cáo viên cấp quận; 4 hội nghị báo cáo viên trong năm
✅ 42 cộng tác viên dư luận xã hội gửi 67 báo cáo tình hình dư luận
🏅 Quận ủy khen thưởng 15 tập thể, 26 cá nhân

"Năm nay, lần đầu tiên quận tổ chức Hội thi tuyên truyền viên giỏi, với 24 thí sinh đến từ các phường. Chúng tôi cũng đã in 3.000 cuốn sổ tay hỏi – đáp về Luật Thủ đô phát tới các chi bộ", đồng chí Trưởng ban Tuyên giáo Quận ủy Cầu Giấy chia sẻ.

Cầu Giấy là nơi có 8 phường, khoảng 300 nghìn dân và 14 trường đại học, học viện với gần 200 nghìn sinh viên.

🎯 NHIỆM VỤ NĂM 2025: tổ chức học tập Nghị quyết Đại hội Đảng bộ quận nhiệm kỳ 2025 – 2030; phấn đấu 100% tổ dân phố có nhóm Zalo.

👍 214 · 💬 18 bình luận · 9 lượt chia sẻ
"""

T12 = """
Cập nhật 15/01/2026 09:30

Thuận An, Lái Thiêu, Bàu Bàng: Sáu tháng đầu tiên làm tuyên giáo ở đơn vị mới

(Thanhuytphcm.vn) – 6 tháng cuối năm 2025, công tác tuyên giáo ở các phường, xã thuộc tỉnh Bình Dương trước đây có nhiều chuyển biến. Theo Ban Tuyên giáo và Dân vận Thành ủy, khu vực này có 36 phường, xã; trong 6 tháng, Ban đã ban hành 12 văn bản hướng dẫn các đảng ủy phường, xã về công tác tư tưởng trong giai đoạn chuyển tiếp.

PHƯỜNG THUẬN AN: Zalo khu phố "chạy" cùng thủ tục
Phường Thuận An được thành lập trên cơ sở các phường Hưng Định, An Thạnh và một phần phường Bình Nhâm. Đảng ủy phường duy trì 1 trang thông tin điện tử, 2 fanpage và 64 nhóm Zalo khu phố; số thành viên hiện nay khoảng 21.000 người. Trong 6 tháng, các trang này đăng 1.364 tin, bài. Các chi bộ khu phố tổ chức 190 buổi sinh hoạt chuyên đề về cải cách hành chính.
"Khu phố tôi hơn 1.100 hộ, giờ ai cần làm giấy tờ chỉ cần nhắn vào nhóm", ông Võ Văn Tư, tổ trưởng khu phố Bình Đức 2, kể.

PHƯỜNG LÁI THIÊU: Nói chuyện thời sự ở xưởng gốm
Lái Thiêu có 48 doanh nghiệp với khoảng 15.000 công nhân. Đảng ủy phường tổ chức 27 buổi nói chuyện thời sự tại 11 doanh nghiệp với 3.240 lượt công nhân; mở 2 lớp bồi dưỡng nhận thức về Đảng cho 118 học viên. Dịp này, phường tặng giấy khen cho 3 tập thể.

XÃ BÀU BÀNG: Tuyên truyền đến công nhân khu công nghiệp
Khu công nghiệp Bàu Bàng, nơi làm việc của khoảng 30.000 lao động, nằm trên Quốc lộ 13. Xã phát động cuộc thi viết "Bàu Bàng – vùng đất anh hùng" (gắn với chiến thắng Bàu Bàng năm 1965), nhận 164 bài dự thi; khen thưởng 8 cá nhân. Chi bộ các ấp tổ chức 74 buổi thảo luận về dự thảo văn kiện Đại hội XIV của Đảng. Đảng ủy xã nhận 9 báo cáo dư luận xã hội từ 15 cộng tác viên.

Năm 2026, Ban Tuyên giáo và Dân vận Thành ủy sẽ nhân rộng mô hình Zalo khu phố của Thuận An ra 20 phường, xã khác.
"""

D09, D10, D11, D12 = "2016-05-18", "2020-07-27", "2024-12-28", "2026-01-15"

DOCS = [
    Doc("h43_09", T09, HDONG, since("2016-03-15", D09), D09, "text", facts=[
        F("tổ chức 86 buổi tuyên truyền", 86, "oral_propaganda_sessions"),
        F("gần 12.000 lượt cử tri tham dự", 12000, "propaganda_audience", "at_most"),
        F("treo 1.850 băng rôn", 1850, "other"),
        F("620 pano, áp phích", 620, "other"),
        F("chạy 120 lượt", 120, "other"),
        F("đăng 164 tin, bài", 164, "news_items"),
        F("mở 6 lớp tập huấn nghiệp vụ bầu cử", 6, "training_classes"),
        F("cho 1.204 học viên", 1204, "trainees"),
        F("gửi Ban Tuyên giáo Thành ủy 8 báo cáo nhanh", 8, "opinion_reports"),
        F("phát 48 chương trình", 48, "news_items"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", p=since("2016-01-01", D09)),
        F("mở 57 lớp", 57, "study_sessions", p=since("2016-01-01", D09)),
        F("với 9.416 lượt cán bộ, đảng viên", 9416, "study_attendance", a="party_members",
          p=since("2016-01-01", D09)),
        F("khoảng 1.300 lượt quần chúng", 1300, "study_attendance", "approx", a="masses",
          p=since("2016-01-01", D09)),
    ], traps=[("Ngày 18/5/2016", 18), ("Từ ngày 15/3", 15), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 – 2021", 2016), ("Đại hội XII", 12), ("năm 2016", 2016), ("khoảng 230 nghìn cử tri", 230000),
              ("186 khu vực bỏ phiếu", 186), ("17 phường", 17), ("Quốc lộ 6", 6),
              ("4 cử tri", 4), ("tổ 7", 7), ("81 tuổi", 81), ("22/5/2016", 22),
              ("trên 99%", 99)]),
    Doc("h43_10", T10, GVAP, term(2015, 2020), D10, "sidecar", meta={"date": D10}, facts=[
        F("ban hành 214 văn bản", 214, "documents_issued"),
        F("tổ chức 38 hội nghị cấp quận", 38, "study_sessions"),
        F("mở 1.436 lớp", 1436, "study_sessions"),
        F("thu hút 162.480 lượt cán bộ, đảng viên", 162480, "study_attendance",
          a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("hiện có 54 báo cáo viên", 54, "reporters", p=inst(D10)),
        F("96 cộng tác viên dư luận xã hội", 96, "opinion_collaborators", p=inst(D10)),
        F("mở 96 lớp sơ cấp lý luận chính trị", 96, "training_classes"),
        F("với 8.742 học viên", 8742, "trainees"),
        F("thu hút 254.000 lượt người dự thi", 254000, "contest_entries"),
        F("khen thưởng 120 tập thể", 120, "commended_collectives"),
        F("235 cá nhân", 235, "commended_individuals"),
        F("trên 6.800 tin, bài", 6800, "news_items", "at_least"),
        F("phát hành 60 số", 60, "news_items"),
        F("tổ chức 3.960 buổi thảo luận", 3960, "party_cell_discussions"),
        F("412 báo cáo dư luận xã hội", 412, "opinion_reports"),
    ], traps=[("mỗi số 2.000 bản", 2000), ("tại 16 phường", 16), ("trong đó 37 báo cáo", 37), ("lần thứ XII", 12), ("nhiệm kỳ 2020 – 2025", 2020), ("từ ngày 22", 22),
              ("24/7/2020", 24), ("Nhiệm kỳ 2015 – 2020", 2015), ("186 hộ", 186),
              ("Hiến pháp năm 2013", 2013), ("(2017, 2018, 2019)", 2017),
              ("Cụm thi đua 3", 3), ("Nhiệm kỳ 2020 – 2025", 2020), ("100% chi bộ", 100),
              ("16 phường", 16), ("ít nhất 1 fanpage", 1)]),
    Doc("h43_11", T11, CGIAY, year(2024), D11, "text", facts=[
        F("04 hội nghị cấp quận học tập", 4, "study_sessions"),
        F("196 lớp ở các chi bộ", 196, "study_sessions"),
        F("15.288 lượt cán bộ, đảng viên", 15288, "study_attendance", a="party_members"),
        F("(đạt 96,9%)", 96.9, "study_participation_rate"),
        F("132 buổi nói chuyện thời sự", 132, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 11.600", 11600, "propaganda_audience", "approx"),
        F("1.845 tin, bài, video", 1845, "news_items"),
        F("2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("lượt dự thi: 21.473", 21473, "contest_entries"),
        F("Duy trì 3 fanpage", 3, "social_pages", p=end_of(year(2024))),
        F("1 kênh TikTok", 1, "social_pages", p=end_of(year(2024))),
        F("236 nhóm Zalo", 236, "chat_groups", p=end_of(year(2024))),
        F("hiện có khoảng 38.000 thành viên", 38000, "chat_group_members", "approx",
          p=inst(D11)),
        F("42 cộng tác viên dư luận xã hội", 42, "opinion_collaborators",
          p=end_of(year(2024))),
        F("gửi 67 báo cáo tình hình dư luận", 67, "opinion_reports"),
        F("khen thưởng 15 tập thể", 15, "commended_collectives"),
        F("26 cá nhân", 26, "commended_individuals"),
        F("05 lớp bồi dưỡng lý luận chính trị", 5, "training_classes"),
        F("với 412 học viên", 412, "trainees"),
        F("58 báo cáo viên cấp quận", 58, "reporters", p=end_of(year(2024))),
        F("4 hội nghị báo cáo viên", 4, "reporter_conferences"),
        F("với 24 thí sinh", 24, "contest_entries"),
        F("in 3.000 cuốn", 3000, "other"),
    ], traps=[("28 tháng 12, 2024 lúc 16:40", 28), ("70 năm", 70), ("10/10/1954", 10),
              ("10/10/2024", 10), ("27 năm", 27), ("NĂM 2024", 2024),
              ("Trung ương 8, 9, 10 khóa XIII", 8), ("Luật Thủ đô năm 2024", 2024),
              ("8 phường", 8), ("khoảng 300 nghìn dân", 300000), ("14 trường đại học", 14),
              ("gần 200 nghìn sinh viên", 200000), ("NĂM 2025", 2025),
              ("nhiệm kỳ 2025 – 2030", 2025), ("100% tổ dân phố", 100), ("👍 214", 214),
              ("18 bình luận", 18), ("9 lượt chia sẻ", 9)]),
    Doc("h43_12", T12, HCM, h2(2025), D12, "text", facts=[
        F("ban hành 12 văn bản hướng dẫn", 12, "documents_issued"),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", unit=TAN, p=end_of(h2(2025))),
        F("2 fanpage", 2, "social_pages", unit=TAN, p=end_of(h2(2025))),
        F("64 nhóm Zalo khu phố", 64, "chat_groups", unit=TAN, p=end_of(h2(2025))),
        F("số thành viên hiện nay khoảng 21.000 người", 21000, "chat_group_members", "approx",
          unit=TAN, p=inst(D12)),
        F("đăng 1.364 tin, bài", 1364, "news_items", unit=TAN),
        F("tổ chức 190 buổi sinh hoạt chuyên đề", 190, "party_cell_discussions", unit=TAN),
        F("tổ chức 27 buổi nói chuyện thời sự", 27, "oral_propaganda_sessions", unit=LTHIEU),
        F("với 3.240 lượt công nhân", 3240, "propaganda_audience", unit=LTHIEU),
        F("mở 2 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes", unit=LTHIEU),
        F("cho 118 học viên", 118, "trainees", unit=LTHIEU),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives", unit=LTHIEU),
        F("nhận 164 bài dự thi", 164, "contest_entries", unit=BBANG),
        F("khen thưởng 8 cá nhân", 8, "commended_individuals", unit=BBANG),
        F("tổ chức 74 buổi thảo luận", 74, "party_cell_discussions", unit=BBANG),
        F("nhận 9 báo cáo dư luận xã hội", 9, "opinion_reports", unit=BBANG),
        F("từ 15 cộng tác viên", 15, "opinion_collaborators", unit=BBANG, p=end_of(h2(2025))),
    ], traps=[("15/01/2026 09:30", 15), ("36 phường, xã", 36), ("1.100 hộ", 1100),
              ("Bình Đức 2", 2), ("48 doanh nghiệp", 48), ("khoảng 15.000 công nhân", 15000),
              ("tại 11 doanh nghiệp", 11), ("khoảng 30.000 lao động", 30000),
              ("Quốc lộ 13", 13), ("năm 1965", 1965), ("Đại hội XIV", 14), ("Năm 2026", 2026),
              ("20 phường, xã", 20)]),
]
