"""Held-out set holdout32, part 4: a congress speech over a term (Nhà Bè 2015-2020), a
digital-work article with a sidecar date (TP Thủ Đức, first half of 2022) and a district
bulletin (Thạch Thất, 9 months of 2018).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the samples, without reading or running the extractor. The
decisions taken where the guide leaves room are listed in h321_hanoi_districts.py; here also:
- A speech introduced by a paragraph ending in a colon, several paragraphs each opening with “
  and only the last closing it, is one quotation of the official; its term ("Nhiệm kỳ 2015 –
  2020, ...") is the period of all of it, and "5 năm qua" inside it is that term. Its last
  paragraph, opening "Nhiệm kỳ 2020 – 2025, ... phấn đấu", is a plan (traps).
- Contests held ("phát động 2 cuộc thi") are `other`; money that funds the work (a list line
  "Kinh phí hỗ trợ in tài liệu ... cho cơ sở") is `other`; a project's investment is a trap.
- "gần như 100% dự học" after an attendance is that study's participation rate (approx).
- "Trong tháng 8, ... 35 – 40 buổi" is one fact dated August, at_least 35.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, month, term

NBE, TD, TTHAT = U("Huyện Nhà Bè"), U("Thành phố Thủ Đức"), U("Huyện Thạch Thất")

T10 = """
Đại hội Đảng bộ huyện Nhà Bè lần thứ XII: Công tác tuyên giáo góp phần tạo đồng thuận xã hội

Ngày 15/7/2020, Đại hội đại biểu Đảng bộ huyện Nhà Bè lần thứ XII, nhiệm kỳ 2020 – 2025 bước sang ngày làm việc thứ hai. Đại hội diễn ra từ ngày 14 đến 16/7/2020 với 250 đại biểu chính thức, thay mặt cho hơn 4.600 đảng viên trong toàn Đảng bộ.

Sau đây là trích tham luận của đồng chí Lê Thị Ngọc Diễm, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 214 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, tổ chức 23 hội nghị cấp huyện học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và Thành ủy. Các tổ chức cơ sở đảng mở 1.412 lớp với 96.530 lượt cán bộ, đảng viên tham dự; tỷ lệ đảng viên tham gia bình quân đạt 96,4%.

“Trung tâm Bồi dưỡng chính trị huyện mở 42 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới và nghiệp vụ công tác Đảng với 3.870 học viên. Đội ngũ báo cáo viên cấp huyện hiện có 37 đồng chí; 5 năm qua, huyện tổ chức 20 hội nghị báo cáo viên định kỳ và hơn 1.100 buổi nói chuyện thời sự, với khoảng 92 nghìn lượt người nghe.

“Chúng tôi đặc biệt quan tâm nắm bắt dư luận xã hội ở các dự án lớn như Khu đô thị cảng Hiệp Phước, dự án nạo vét luồng sông với tổng vốn đầu tư hơn 2.300 tỷ đồng. Huyện hiện có 46 cộng tác viên dư luận xã hội; nhiệm kỳ qua, đội ngũ này đã gửi 238 báo cáo, phản ánh kịp thời tâm tư của người dân vùng dự án. Huyện phát động 2 cuộc thi tìm hiểu lịch sử Đảng bộ huyện với tổng cộng 27.315 bài dự thi; Ban Thường vụ Huyện ủy khen thưởng 31 tập thể và 58 cá nhân điển hình.

“Nhiệm kỳ 2020 – 2025, Ban Tuyên giáo phấn đấu 100% chi bộ ấp, khu phố có nhóm Zalo, mỗi năm tổ chức ít nhất 250 buổi tuyên truyền miệng.”

Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XII gồm 39 đồng chí.
"""

T11 = """
TP Thủ Đức: Phủ sóng thông tin chính thống trên không gian mạng

Sáu tháng đầu năm 2022, Ban Tuyên giáo Thành ủy Thủ Đức xác định chuyển đổi số là khâu đột phá trong công tác tuyên truyền. Với 34 phường, dân số hơn 1,1 triệu người, trong đó có Khu Công nghệ cao, nơi làm việc của khoảng 50.000 kỹ sư, công nhân, cùng Làng Đại học với hàng chục nghìn sinh viên, TP Thủ Đức có nhu cầu thông tin rất lớn.

Theo ông Nguyễn Hoàng Nam, Trưởng ban Tuyên giáo Thành ủy Thủ Đức, hiện thành phố có 1 cổng thông tin điện tử, 35 trang fanpage chính danh (1 của Thành ủy và 34 của các phường) và 1.872 nhóm Zalo khu phố. “Sáu tháng qua, các trang đã đăng hơn 7.400 tin, bài, infographic; fanpage của Thành ủy hiện có gần 65.000 người theo dõi. Lượt tiếp cận các sản phẩm tuyên truyền ước đạt 2,6 triệu”, ông Nam cho biết.

Bên cạnh đó, các phường duy trì nhóm Zalo với khoảng 245.000 thành viên, tăng thêm 31.000 thành viên so với cuối năm 2021. Đội ngũ 120 cộng tác viên dư luận xã hội của thành phố đã gửi về Ban 86 báo cáo định kỳ và 19 báo cáo đột xuất về tình hình tư tưởng, dư luận.

Trong 6 tháng, Thành ủy Thủ Đức tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII theo hình thức trực tuyến, kết nối 36 điểm cầu, với 2.145 lượt cán bộ chủ chốt, gần như 100% dự học. Hội thi "Tuyên truyền viên giỏi trên không gian mạng" thu hút 64 thí sinh đến từ 34 phường. Ban Thường vụ Thành ủy khen thưởng 7 tập thể, 12 cá nhân; 2 tập thể được đề nghị Thành ủy TPHCM tặng bằng khen.

“Trước đây tôi đọc tin trên mạng mà không biết thật giả. Giờ nhóm Zalo khu phố có 230 thành viên, tin nào ban điều hành khu phố đăng là mình tin”, chị Lê Thị Mai, ngụ phường Linh Trung, chia sẻ.

Từ nay đến cuối năm, TP Thủ Đức sẽ xây dựng thêm 5 chuyên mục trên fanpage và tổ chức 6 lớp tập huấn kỹ năng số cho cộng tác viên.
"""

T12 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY THẠCH THẤT
BAN TUYÊN GIÁO

BẢN TIN SINH HOẠT CHI BỘ – SỐ 09 (THÁNG 9/2018)
Thạch Thất, ngày 28/9/2018

GIAO BAN CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2018

Ngày 26/9, Ban Tuyên giáo Huyện ủy tổ chức giao ban công tác tuyên giáo 9 tháng năm 2018 với 23 đảng bộ xã, thị trấn và 31 chi, đảng bộ cơ quan. Đồng chí Trưởng ban Tuyên giáo Huyện ủy chủ trì hội nghị.

Theo báo cáo, 9 tháng qua Ban Thường vụ Huyện ủy đã ban hành 28 văn bản (09 kế hoạch, 19 hướng dẫn, công văn) chỉ đạo công tác tuyên giáo. Kết quả học tập, quán triệt Nghị quyết Trung ương 7 khóa XII như sau:
- Hội nghị cấp huyện: 02 (tháng 6 và tháng 7); lượt cán bộ chủ chốt dự: 1.024
- Lớp ở cơ sở: 168; lượt đảng viên dự: 10.472; đạt 95,8%
- Đảng viên chưa tham gia: 459 người

Các chi bộ tổ chức 1.206 buổi sinh hoạt chuyên đề, bình quân mỗi chi bộ 3 buổi. Huyện ủy tổ chức hai đợt sinh hoạt chính trị, tư tưởng về học tập và làm theo Di chúc của Chủ tịch Hồ Chí Minh.

Tuyên truyền miệng, báo cáo viên:
- Báo cáo viên cấp huyện: 48 đồng chí (tính đến 30/6/2018)
- Hội nghị báo cáo viên: 03
- Buổi nói chuyện thời sự: 326 – lượt người nghe: khoảng 27.400
- Lượt xe tuyên truyền lưu động: 145
- Kinh phí hỗ trợ in tài liệu tuyên truyền cho cơ sở: 185 triệu đồng

Trong tháng 8, các xã tổ chức 35 – 40 buổi tuyên truyền về phòng, chống lụt bão. Trang thông tin điện tử huyện đăng 512 tin, bài; Đài Truyền thanh huyện phát 78 chương trình thời sự và 26 kỳ chuyên mục "Thạch Thất đổi mới". Cuộc thi "Tìm hiểu 50 năm Chiến thắng Tết Mậu Thân 1968" có 6.218 bài dự thi; 10 bài xuất sắc nhất được trao giải.

Nhiệm vụ quý IV: tổ chức 02 hội nghị sơ kết 5 năm thực hiện Nghị quyết 33-NQ/TW; mở 4 lớp bồi dưỡng nghiệp vụ tuyên giáo cho 120 học viên; phấn đấu 100% chi bộ hoàn thành học tập chuyên đề năm 2018.

Mọi ý kiến đóng góp xin gửi về: Ban Tuyên giáo Huyện ủy Thạch Thất, thị trấn Liên Quan; ĐT: 024.3367.2195.
"""

D10, D11, D12 = "2020-07-15", "2022-07-18", "2018-09-28"
P10 = term(2015, 2020)
P12 = m9(2018)

DOCS = [
    Doc("h32_10", T10, NBE, P10, D10, "text", facts=[
        F("ban hành 214 văn bản", 214, "documents_issued"),
        F("tổ chức 23 hội nghị cấp huyện", 23, "study_sessions"),
        F("mở 1.412 lớp", 1412, "study_sessions"),
        F("với 96.530 lượt cán bộ, đảng viên", 96530, "study_attendance", a="party_members"),
        F("bình quân đạt 96,4%", 96.4, "study_participation_rate"),
        F("mở 42 lớp sơ cấp lý luận chính trị", 42, "training_classes"),
        F("với 3.870 học viên", 3870, "trainees"),
        F("hiện có 37 đồng chí", 37, "reporters", p=inst(D10)),
        F("tổ chức 20 hội nghị báo cáo viên", 20, "reporter_conferences"),
        F("hơn 1.100 buổi nói chuyện thời sự", 1100, "oral_propaganda_sessions", "at_least"),
        F("khoảng 92 nghìn lượt người nghe", 92000, "propaganda_audience", "approx"),
        F("Huyện hiện có 46 cộng tác viên", 46, "opinion_collaborators", p=inst(D10)),
        F("đã gửi 238 báo cáo", 238, "opinion_reports"),
        F("phát động 2 cuộc thi", 2, "other"),
        F("tổng cộng 27.315 bài dự thi", 27315, "contest_entries"),
        F("khen thưởng 31 tập thể", 31, "commended_collectives"),
        F("31 tập thể và 58 cá nhân", 58, "commended_individuals"),
    ], traps=[("lần thứ XII", 12), ("Ngày 15/7/2020", 15), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 14", 14), ("16/7/2020", 16), ("250 đại biểu", 250),
              ("hơn 4.600 đảng viên", 4600), ("Nhiệm kỳ 2015 – 2020", 2015),
              ("5 năm qua", 5), ("hơn 2.300 tỷ đồng", 2300000000000),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("100% chi bộ", 100), ("ít nhất 250 buổi", 250),
              ("gồm 39 đồng chí", 39)]),
    Doc("h32_11", T11, TD, h1(2022), D11, "sidecar", meta={"date": D11}, facts=[
        F("có 1 cổng thông tin điện tử", 1, "websites", p=inst(D11)),
        F("35 trang fanpage chính danh", 35, "social_pages", p=inst(D11)),
        F("1.872 nhóm Zalo khu phố", 1872, "chat_groups", p=inst(D11)),
        F("đăng hơn 7.400 tin, bài", 7400, "news_items", "at_least"),
        F("hiện có gần 65.000 người theo dõi", 65000, "propaganda_audience", "at_most",
          p=inst(D11)),
        F("ước đạt 2,6 triệu", 2600000, "propaganda_audience", "approx"),
        F("khoảng 245.000 thành viên", 245000, "chat_group_members", "approx",
          p=end_of(h1(2022))),
        F("Đội ngũ 120 cộng tác viên", 120, "opinion_collaborators", p=end_of(h1(2022))),
        F("gửi về Ban 86 báo cáo định kỳ", 86, "opinion_reports"),
        F("19 báo cáo đột xuất", 19, "opinion_reports"),
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
        F("với 2.145 lượt cán bộ chủ chốt", 2145, "study_attendance", a="party_members"),
        F("gần như 100% dự học", 100, "study_participation_rate", "approx"),
        F("thu hút 64 thí sinh", 64, "contest_entries"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể, 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Với 34 phường", 34), ("hơn 1,1 triệu người", 1100000),
              ("khoảng 50.000 kỹ sư", 50000), ("(1 của Thành ủy và 34 của các phường)", 1),
              ("34 của các phường", 34), ("tăng thêm 31.000 thành viên", 31000),
              ("cuối năm 2021", 2021), ("Trung ương 4", 4), ("kết nối 36 điểm cầu", 36),
              ("từ 34 phường", 34), ("2 tập thể được đề nghị", 2), ("có 230 thành viên", 230),
              ("thêm 5 chuyên mục", 5), ("6 lớp tập huấn", 6)]),
    Doc("h32_12", T12, TTHAT, P12, D12, "text", facts=[
        F("ban hành 28 văn bản", 28, "documents_issued"),
        F("Hội nghị cấp huyện: 02", 2, "study_sessions"),
        F("lượt cán bộ chủ chốt dự: 1.024", 1024, "study_attendance", a="party_members"),
        F("Lớp ở cơ sở: 168", 168, "study_sessions"),
        F("lượt đảng viên dự: 10.472", 10472, "study_attendance", a="party_members"),
        F("đạt 95,8%", 95.8, "study_participation_rate"),
        F("Đảng viên chưa tham gia: 459 người", 459, "other"),
        F("tổ chức 1.206 buổi sinh hoạt chuyên đề", 1206, "party_cell_discussions"),
        F("tổ chức hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("Báo cáo viên cấp huyện: 48 đồng chí", 48, "reporters", p=inst("2018-06-30")),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Buổi nói chuyện thời sự: 326", 326, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 27.400", 27400, "propaganda_audience", "approx"),
        F("Lượt xe tuyên truyền lưu động: 145", 145, "other"),
        F("cho cơ sở: 185 triệu đồng", 185000000, "other"),
        F("tổ chức 35 – 40 buổi tuyên truyền", 35, "oral_propaganda_sessions", "at_least",
          p=month(8, 2018)),
        F("huyện đăng 512 tin, bài", 512, "news_items", p=month(8, 2018)),
        F("phát 78 chương trình thời sự", 78, "news_items", p=month(8, 2018)),
        F("26 kỳ chuyên mục", 26, "news_items", p=month(8, 2018)),
        F("có 6.218 bài dự thi", 6218, "contest_entries", p=month(8, 2018)),
    ], traps=[("SỐ 09", 9), ("(THÁNG 9/2018)", 9), ("ngày 28/9/2018", 28),
              ("Ngày 26/9", 26), ("23 đảng bộ xã", 23), ("31 chi, đảng bộ", 31),
              ("(09 kế hoạch, 19 hướng dẫn, công văn)", 9), ("19 hướng dẫn", 19),
              ("Trung ương 7", 7), ("(tháng 6 và tháng 7)", 6), ("tháng 7)", 7),
              ("mỗi chi bộ 3 buổi", 3), ("30/6/2018", 30), ("Trong tháng 8", 8),
              ("Tìm hiểu 50 năm", 50), ("Tết Mậu Thân 1968", 1968),
              ("10 bài xuất sắc nhất", 10), ("tổ chức 02 hội nghị sơ kết", 2),
              ("5 năm thực hiện", 5), ("33-NQ/TW", 33), ("mở 4 lớp", 4),
              ("120 học viên", 120), ("100% chi bộ", 100), ("024.3367.2195", 24)]),
]
