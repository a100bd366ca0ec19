"""Held-out set holdout61, part 3: interviews and quoted speeches (a Hanoi district's term
interview before its congress, an HCMC district's year-end interview on the Ban Chỉ đạo 35
work, a Hanoi district's last half-year meeting before the 2025 reform with a speech of several
paragraphs).
Written from docs/LABELING.md, build_gold.py and the seeds only, without reading the extractor.

Decisions where the guide leaves room:
- Answer labels that name the official introduced before with a title of the unit ("- Đồng chí
  Trần Thị Thu Hương:") make the answers the unit's, quoted or not; the interviewer's label
  ("- Phóng viên:") carries no figures.
- An answer opening with "Từ đầu năm 2020 đến nay" dates its paragraph (2020-01-01..document
  date); other answers keep the headline's term ("nhiệm kỳ 2015 – 2020" → 2015-01-01..
  2020-12-31), also when the term ends after the document date.
- A fanpage's founding year ("ra đời năm 2017") is a date, not a period.
- Comments posted to counter hostile posts ("bình luận phản bác 2.410 bài viết") are `other`,
  not news_items: the count is of the unit's rebuttals, the posts are the adversary's.
- A voters' consultation result ("Tỷ lệ cử tri đồng ý với đề án ... đạt 94,6%") is read like an
  election's turnout: a trap.
- "chỉ riêng tháng 4, ... đã gửi về 12 báo cáo nhanh" dates that count to April.
- Groups and members after "nâng tổng số lên" with no "hiện" marker are an instant at the
  half-year's end (2025-06-30), even though the document date (24/6) is earlier.
- An anecdote in single quotes inside an official's answer (‘Tổ tôi có 3 nhóm Zalo, 260 người
  ...’) is a trap; the official's own figures in the same answer stay facts.
- A page's own counter under the by-line ("Lượt xem: 2.318") is furniture, a trap.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, since, term, year

TX, TB, GL = U("Quận Thanh Xuân"), U("Quận Tân Bình"), U("Huyện Gia Lâm")

T07 = """
Thứ Hai, ngày 13 tháng 7 năm 2020

Hướng tới Đại hội đại biểu Đảng bộ quận Thanh Xuân lần thứ VI

Công tác tuyên giáo quận Thanh Xuân nhiệm kỳ 2015 – 2020: Đi trước, mở đường

Nhân dịp Đảng bộ quận chuẩn bị tiến tới Đại hội, phóng viên có cuộc trao đổi với đồng chí Trần Thị Thu Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Thanh Xuân về những kết quả nổi bật của công tác tuyên giáo trong nhiệm kỳ qua.

- Phóng viên: Thưa đồng chí, nhìn lại 5 năm qua, đâu là dấu ấn rõ nét nhất của công tác tuyên giáo quận?

- Đồng chí Trần Thị Thu Hương: Tôi cho rằng đó là việc học tập, quán triệt nghị quyết đã thực sự đi vào nền nếp. Cả nhiệm kỳ, Quận ủy tổ chức 38 hội nghị cấp quận học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và Thành ủy; các đảng bộ, chi bộ cơ sở mở 1.146 lớp với hơn 187.000 lượt cán bộ, đảng viên, tỷ lệ đảng viên tham gia bình quân đạt 96,2%. Trung tâm Bồi dưỡng chính trị quận mở 72 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 8.940 học viên.

- Phóng viên: Mạng xã hội phát triển mạnh, quận đã làm gì để định hướng thông tin?

- Đồng chí Trần Thị Thu Hương: Đây là mặt trận mới. Quận hiện duy trì 1 trang thông tin điện tử, 11 fanpage của các phường và 612 nhóm Zalo tổ dân phố. Fanpage “Thanh Xuân hôm nay” ra đời năm 2017, đến nay có khoảng 36.500 người theo dõi. Trong nhiệm kỳ, các trang này đăng tải hơn 21.000 tin, bài. Có bác tổ trưởng ở phường Khương Trung nói với tôi: ‘Tổ tôi 96 hộ thì 90 hộ vào nhóm rồi, cô ạ’. Nghe vậy mới thấy người dân cần thông tin chính thống đến thế nào.

- Phóng viên: Công tác nắm bắt dư luận xã hội được quận triển khai ra sao?

- Đồng chí Trần Thị Thu Hương: Đội ngũ cộng tác viên dư luận xã hội của quận hiện có 54 đồng chí, phần lớn là bí thư chi bộ, tổ trưởng dân phố. Trong nhiệm kỳ, đội ngũ này gửi về Ban 412 báo cáo định kỳ và 87 báo cáo đột xuất về tình hình tư tưởng, dư luận.

- Phóng viên: Còn đội ngũ báo cáo viên của quận thì sao?

- Đồng chí Trần Thị Thu Hương: Quận hiện có 46 báo cáo viên cấp quận, được cung cấp thông tin định kỳ hằng quý. Cả nhiệm kỳ, Ban Tuyên giáo Quận ủy tổ chức 20 hội nghị báo cáo viên; Quận ủy triển khai 4 đợt sinh hoạt chính trị, tư tưởng, nổi bật là đợt sinh hoạt kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh.

- Phóng viên: Năm 2020 là năm diễn ra đại hội đảng bộ các cấp, lại có dịch bệnh. Quận đã làm được gì?

- Đồng chí Trần Thị Thu Hương: Từ đầu năm 2020 đến nay, dù dịch Covid-19 ảnh hưởng, quận vẫn tổ chức 2 hội nghị trực tuyến quán triệt Chỉ thị 35-CT/TW, 146 buổi tuyên truyền miệng về đại hội với khoảng 11.000 lượt người nghe. Các chi bộ đã tổ chức 1.320 buổi sinh hoạt thảo luận, góp ý vào dự thảo văn kiện.

- Phóng viên: Nhiệm vụ trọng tâm của nhiệm kỳ tới là gì, thưa đồng chí?

- Đồng chí Trần Thị Thu Hương: Chúng tôi phấn đấu 100% tổ dân phố có nhóm Zalo do chi bộ quản lý, mỗi năm tổ chức ít nhất 150 buổi tuyên truyền miệng và sẽ mở thêm chuyên mục video ngắn trên fanpage của quận.

- Xin trân trọng cảm ơn đồng chí!

Thu Trang (thực hiện)
Lượt xem: 2.318
"""

T08 = """
Tân Bình: Giữ vững trận địa tư tưởng trên không gian mạng

Cập nhật 26/12/2022 14:20

Năm 2022, quận Tân Bình tiếp tục là một trong những địa phương làm tốt việc thực hiện Đề án số 05-ĐA/TU của Thành ủy về tuyên truyền, lan tỏa thông tin tích cực, đấu tranh phản bác thông tin sai trái trên mạng xã hội. Tại hội nghị tổng kết ngày 23/12, Ban Chỉ đạo 35 quận đã khen thưởng 10 tập thể và 16 cá nhân có thành tích xuất sắc.

Nhân dịp này, phóng viên trao đổi với đồng chí Lê Thị Kim Oanh, Phó Bí thư Quận ủy, Trưởng Ban Chỉ đạo 35 quận Tân Bình.

PV: Xin đồng chí cho biết những kết quả nổi bật của quận trong năm qua?

Đồng chí Lê Thị Kim Oanh: “Năm nay, Ban Thường vụ Quận ủy ban hành 14 văn bản lãnh đạo, chỉ đạo về bảo vệ nền tảng tư tưởng của Đảng. Lực lượng nòng cốt được tổ chức ở cả 15 phường; quận mở 3 lớp tập huấn kỹ năng cho 286 học viên là thành viên các tổ. Các thành viên đã đăng tải, chia sẻ hơn 18.600 tin, bài tích cực và bình luận phản bác 2.410 bài viết có nội dung sai trái.

“Chúng tôi cũng chú trọng đội ngũ cộng tác viên dư luận xã hội. Hiện quận có 48 cộng tác viên; trong năm, đội ngũ này gửi 36 báo cáo định kỳ và 11 báo cáo đột xuất, giúp cấp ủy nắm kịp thời những vấn đề người dân quan tâm như giá xăng dầu tăng 7 lần liên tiếp trong quý II hay việc thu hồi đất mở rộng sân bay Tân Sơn Nhất.”

PV: Có ý kiến cho rằng công tác này vẫn còn nặng về hình thức, đồng chí nghĩ sao?

Đồng chí Lê Thị Kim Oanh: “Phải nhìn vào cơ sở. Có lần tôi xuống phường 2, một chú tổ trưởng nói với tôi: ‘Tổ tôi có 3 nhóm Zalo, 260 người, ngày nào cũng có người hỏi chuyện nhà đất’. Nghĩa là người dân rất cần thông tin chính thống, và chúng tôi phải có mặt ở đó. Hiện các khu phố của quận duy trì 648 nhóm Zalo, số thành viên khoảng 72.000 người.”

PV: Kế hoạch năm 2023 của quận ra sao?

Đồng chí Lê Thị Kim Oanh: “Năm 2023, quận sẽ tổ chức thêm 2 lớp tập huấn chuyên sâu cho lực lượng nòng cốt, phấn đấu mỗi phường có ít nhất 1 fanpage hoạt động hiệu quả.”

PV: Xin cảm ơn đồng chí!

Hoàng Yến (thực hiện)

Ý kiến bạn đọc

Tin khác
Quận 11: 1.200 đoàn viên ra quân tuyên truyền an toàn giao thông
Gò Vấp tổ chức 4 lớp bồi dưỡng báo cáo viên
"""

T09 = """
Gia Lâm: Công tác tuyên giáo góp phần giữ ổn định tư tưởng trước thời điểm sắp xếp bộ máy

Cập nhật 24/6/2025 16:05

(Tuyengiao.hanoi.gov.vn) - Chiều 23/6, Huyện ủy Gia Lâm tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025. Đây là hội nghị sơ kết cuối cùng của Ban Tuyên giáo và Dân vận Huyện ủy trước khi huyện kết thúc hoạt động từ ngày 1/7/2025 để thực hiện mô hình chính quyền địa phương hai cấp.

Báo cáo tại hội nghị, đồng chí Đỗ Thị Hạnh, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Huyện ủy Gia Lâm nêu rõ:

“Sáu tháng đầu năm, bên cạnh nhiệm vụ thường xuyên, toàn hệ thống chính trị của huyện tập trung tuyên truyền chủ trương sắp xếp tổ chức bộ máy, sáp nhập đơn vị hành chính. Huyện ủy đã tổ chức 5 hội nghị cấp huyện quán triệt Nghị quyết số 18-NQ/TW và các kết luận của Trung ương về sắp xếp bộ máy; các đảng bộ, chi bộ trực thuộc mở 264 lớp với 19.805 lượt cán bộ, đảng viên tham dự, đạt 96,7%.

“Công tác nắm bắt tình hình tư tưởng được đặt lên hàng đầu. Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành 17 văn bản chỉ đạo công tác tư tưởng và tổng hợp 31 báo cáo về tâm trạng của cán bộ, công chức cấp xã trước việc sắp xếp; chỉ riêng tháng 4, khi lấy ý kiến Nhân dân về đề án sáp nhập xã, đội ngũ cộng tác viên đã gửi về 12 báo cáo nhanh. Tỷ lệ cử tri đồng ý với đề án sáp nhập đạt 94,6%.

“Trên không gian mạng, trang thông tin điện tử và fanpage “Gia Lâm ngày mới” đăng tải 1.846 tin, bài; Đài Truyền thanh huyện phát 104 chương trình thời sự. Huyện đã vận động thành lập thêm 38 nhóm Zalo thôn, tổ dân phố, nâng tổng số lên 702 nhóm với khoảng 64.000 thành viên.”

Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 8 tập thể, 14 cá nhân có thành tích xuất sắc trong công tác tuyên giáo, dân vận 6 tháng đầu năm.

Ảnh: Đồng chí Đỗ Thị Hạnh trình bày báo cáo tại hội nghị.

Phương Linh

Tin liên quan
Long Biên: 14 phường hoàn thành lấy ý kiến cử tri về sắp xếp đơn vị hành chính
Đông Anh bàn giao 5 trụ sở cho các xã mới
"""

D07, D08, D09 = "2020-07-13", "2022-12-26", "2025-06-24"
TERM = term(2015, 2020)
SINCE20 = since("2020-01-01", D07)

DOCS = [
    Doc("h61_07_thanhxuan_term_2020", T07, TX, TERM, D07, "text", facts=[
        F("tổ chức 38 hội nghị cấp quận", 38, "study_sessions"),
        F("mở 1.146 lớp", 1146, "study_sessions"),
        F("hơn 187.000 lượt cán bộ, đảng viên", 187000, "study_attendance", "at_least",
          a="party_members"),
        F("bình quân đạt 96,2%", 96.2, "study_participation_rate"),
        F("mở 72 lớp bồi dưỡng", 72, "training_classes"),
        F("cho 8.940 học viên", 8940, "trainees"),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", p=inst(D07)),
        F("11 fanpage của các phường", 11, "social_pages", p=inst(D07)),
        F("612 nhóm Zalo tổ dân phố", 612, "chat_groups", p=inst(D07)),
        F("khoảng 36.500 người theo dõi", 36500, "propaganda_audience", "approx",
          p=inst(D07)),
        F("hơn 21.000 tin, bài", 21000, "news_items", "at_least"),
        F("hiện có 54 đồng chí", 54, "opinion_collaborators", p=inst(D07)),
        F("gửi về Ban 412 báo cáo định kỳ", 412, "opinion_reports"),
        F("87 báo cáo đột xuất", 87, "opinion_reports"),
        F("Quận hiện có 46 báo cáo viên", 46, "reporters", p=inst(D07)),
        F("tổ chức 20 hội nghị báo cáo viên", 20, "reporter_conferences"),
        F("triển khai 4 đợt sinh hoạt chính trị", 4, "political_campaigns"),
        F("tổ chức 2 hội nghị trực tuyến", 2, "study_sessions", p=SINCE20),
        F("146 buổi tuyên truyền miệng", 146, "oral_propaganda_sessions", p=SINCE20),
        F("khoảng 11.000 lượt người nghe", 11000, "propaganda_audience", "approx",
          p=SINCE20),
        F("tổ chức 1.320 buổi sinh hoạt thảo luận", 1320, "party_cell_discussions",
          p=SINCE20),
    ], traps=[("ngày 13 tháng 7 năm 2020", 13), ("nhiệm kỳ 2015 – 2020", 2015), ("5 năm qua", 5), ("năm 2017", 2017),
              ("50 năm", 50), ("Tổ tôi 96 hộ", 96), ("90 hộ", 90), ("Năm 2020", 2020),
              ("Từ đầu năm 2020", 2020), ("Covid-19", 19), ("Chỉ thị 35-CT/TW", 35),
              ("100% tổ dân phố", 100), ("ít nhất 150 buổi", 150),
              ("Lượt xem: 2.318", 2318)]),
    Doc("h61_08_tanbinh_2022", T08, TB, year(2022), D08, "text", facts=[
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể và 16 cá nhân", 16, "commended_individuals"),
        F("ban hành 14 văn bản", 14, "documents_issued"),
        F("mở 3 lớp tập huấn", 3, "training_classes"),
        F("cho 286 học viên", 286, "trainees"),
        F("hơn 18.600 tin, bài", 18600, "news_items", "at_least"),
        F("phản bác 2.410 bài viết", 2410, "other"),
        F("Hiện quận có 48 cộng tác viên", 48, "opinion_collaborators", p=inst(D08)),
        F("gửi 36 báo cáo định kỳ", 36, "opinion_reports"),
        F("11 báo cáo đột xuất", 11, "opinion_reports"),
        F("duy trì 648 nhóm Zalo", 648, "chat_groups", p=inst(D08)),
        F("khoảng 72.000 người", 72000, "chat_group_members", "approx", p=inst(D08)),
    ], traps=[("26/12/2022", 26), ("14:20", 14), ("Năm 2022", 2022),
              ("Đề án số 05-ĐA/TU", 5), ("ngày 23/12", 23), ("Ban Chỉ đạo 35", 35),
              ("cả 15 phường", 15), ("tăng 7 lần liên tiếp", 7), ("phường 2", 2),
              ("có 3 nhóm Zalo", 3), ("260 người", 260), ("năm 2023", 2023),
              ("Năm 2023", 2023), ("thêm 2 lớp", 2), ("ít nhất 1 fanpage", 1),
              ("Quận 11", 11), ("1.200 đoàn viên", 1200), ("tổ chức 4 lớp", 4)]),
    Doc("h61_09_gialam_h1_2025", T09, GL, h1(2025), D09, "text", facts=[
        F("tổ chức 5 hội nghị cấp huyện", 5, "study_sessions"),
        F("mở 264 lớp", 264, "study_sessions"),
        F("với 19.805 lượt cán bộ, đảng viên", 19805, "study_attendance",
          a="party_members"),
        F("tham dự, đạt 96,7%", 96.7, "study_participation_rate"),
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("tổng hợp 31 báo cáo về tâm trạng", 31, "opinion_reports"),
        F("gửi về 12 báo cáo nhanh", 12, "opinion_reports", p=month(4, 2025)),
        F("đăng tải 1.846 tin, bài", 1846, "news_items"),
        F("phát 104 chương trình thời sự", 104, "news_items"),
        F("nâng tổng số lên 702 nhóm", 702, "chat_groups", p=end_of(h1(2025))),
        F("khoảng 64.000 thành viên", 64000, "chat_group_members", "approx",
          p=end_of(h1(2025))),
        F("giấy khen cho 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể, 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("24/6/2025", 24), ("16:05", 16), ("Chiều 23/6", 23),
              ("6 tháng đầu năm 2025", 6), ("ngày 1/7/2025", 1),
              ("chính quyền địa phương hai cấp", 2), ("Nghị quyết số 18-NQ/TW", 18),
              ("tháng 4", 4), ("đạt 94,6%", 94.6), ("thêm 38 nhóm Zalo", 38),
              ("6 tháng đầu năm.", 6), ("14 phường", 14),
              ("bàn giao 5 trụ sở", 5)]),
]
