"""Seventh held-out set (holdout7), part 4: wards and communes from 2025-07-01 (Ho Chi Minh City
and Hanoi). Written in session 7 from docs/LABELING.md, tests/eval/README.md, the earlier label
sources (format only) and the seeds, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- A ward's predecessors ("thành lập trên cơ sở các phường ... của TP Thủ Đức cũ") are not
  actors; bridges and polling stations named with numbers ("cầu Thủ Thiêm 2", "khu vực bỏ
  phiếu số 12") are traps; "Đại hội Đảng bộ phường lần thứ I" is an ordinal trap (1).
- "hàng nghìn lượt người dân" at a propaganda day is propaganda_audience 1000 at_least, masses;
  "khoảng 3,4 ngàn lượt người dân" is 3400 approx.
- "từ đầu tháng 7, họ đã gửi 5 báo cáo" in an article running "từ ngày 1/7 đến nay" keeps the
  article period.
- A share of a port's container volume ("khoảng 50% sản lượng") and voter turnout ("tỷ lệ cử
  tri đi bầu ... đạt 99,64%") are shares of an economy or a population, not results of the
  unit's propaganda work: traps.
- "7.900 lượt cử tri" and "chưa đến 900 ngư dân" reached by propaganda are
  propaganda_audience with audience all (cử tri, ngư dân are not among the masses words).
- "kinh phí 180 triệu đồng để làm mới 45 cụm pano, áp phích" funds the ward's own work:
  both the money and the panels are `other`.
- "Trang fanpage ... hiện có gần 12.000 người theo dõi; 64 nhóm Zalo ... đang hoạt động": the
  groups in the clause after "hiện có" take the document date.
- Length of a contest essay ("dài gần 4.000 chữ"), a hospital's beds, the stelae of a monument,
  a century in roman numerals ("thế kỷ XII") and a number word in a person's name
  ("Nguyễn Văn Mười") are traps.
- Every number under the capital heading "NHIỆM VỤ TRỌNG TÂM QUÝ I/2026" is a trap.
"""
from build_gold import Doc, F, W, h2, inst, month, quarter, since

ANKHANH, CATLAI = W("Phường An Khánh", "79"), W("Phường Cát Lái", "79")
LANG, VANMIEU = W("Phường Láng", "01"), W("Phường Văn Miếu - Quốc Tử Giám", "01")
GIANGVO = W("Phường Giảng Võ", "01")
HANHTHONG, THONGTAYHOI = W("Phường Hạnh Thông", "79"), W("Phường Thông Tây Hội", "79")
BINHKHANH = W("Xã Bình Khánh", "79")

# ---------------------------------------------------------------------------------------------
T711 = """
TPHCM, 26-9-2025

Phường An Khánh, phường Cát Lái: Tuyên giáo bắt nhịp chính quyền hai cấp

(SGGPO) – Từ ngày 1/7 đến nay, sau gần 3 tháng vận hành chính quyền địa phương hai cấp, Đảng ủy phường An Khánh và Đảng ủy phường Cát Lái đã nhanh chóng kiện toàn bộ phận tuyên giáo, đưa nghị quyết đại hội đảng bộ phường đến từng khu phố.

PHƯỜNG AN KHÁNH

Phường được thành lập trên cơ sở các phường Thủ Thiêm, An Lợi Đông, Thảo Điền, An Khánh, An Phú của TP Thủ Đức cũ, có khoảng 65 nghìn cư dân; Khu đô thị mới Thủ Thiêm rộng 657 ha và cầu Thủ Thiêm 2 nằm trên địa bàn.

Ban Tuyên giáo và Dân vận Đảng ủy phường tổ chức 4 hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, cho 2.316 lượt cán bộ, đảng viên; tỷ lệ đảng viên dự học đạt 96,2%. Phường hiện có 1 trang fanpage chính danh, 58 nhóm Zalo khu phố với khoảng 9.800 thành viên; các kênh này đã đăng 356 tin, bài, video. Ngày hội tuyên truyền “Công dân số” tại Trung tâm Phục vụ hành chính công phường, số 168 Trương Văn Bang, thu hút hàng nghìn lượt người dân tham gia.

PHƯỜNG CÁT LÁI

Cảng Cát Lái trên địa bàn là cảng container lớn nhất cả nước, chiếm khoảng 50% sản lượng container qua các cảng phía Nam. Đảng ủy phường Cát Lái ban hành 11 văn bản hướng dẫn; phát động 1 đợt sinh hoạt chính trị về chủ đề “Phường mới – nếp nghĩ mới”. Các chi bộ khu phố tổ chức 87 buổi sinh hoạt chuyên đề; 28 buổi tuyên truyền miệng thu hút khoảng 3,4 ngàn lượt người dân.

Hiện đội ngũ cộng tác viên dư luận xã hội của phường có 19 người; từ đầu tháng 7, họ đã gửi 5 báo cáo. Đảng ủy phường khen thưởng 3 tập thể, 9 cá nhân có thành tích trong đợt cao điểm 100 ngày đêm chào mừng đại hội.

“Tháng 8 vừa rồi, khu phố tôi họp dân 4 lần để nghe phổ biến về phường mới”, ông Phạm Văn Lộc ở khu phố 3 cho biết.
"""
D711 = "2025-09-26"
P711 = since("2025-07-01", D711)

# ---------------------------------------------------------------------------------------------
T712 = """
Thứ Năm, 8/1/2026

Ba phường trung tâm Hà Nội: Nửa năm đầu tiên của bộ máy mới

(HNMO) – 6 tháng cuối năm 2025, chặng đầu tiên vận hành mô hình chính quyền địa phương hai cấp, công tác tuyên giáo ở các phường Láng, Văn Miếu – Quốc Tử Giám và Giảng Võ có nhiều chuyển động.

Phường Láng: Tuyên truyền trực quan thay đổi diện mạo

Ngôi chùa Láng được dựng từ thế kỷ XII; trục đường Láng dài khoảng 3,7 km chạy dọc sông Tô Lịch. Trong 6 tháng, Đảng ủy phường Láng tổ chức 7 hội nghị học tập, quán triệt nghị quyết đại hội đảng bộ các cấp, với 4.382 lượt cán bộ, đảng viên và 1.160 lượt đoàn viên, hội viên. Phường bố trí kinh phí 180 triệu đồng để làm mới 45 cụm pano, áp phích cổ động.

Tháng 11/2025, Ban Tuyên giáo và Dân vận Đảng ủy phường phát hành 2 số bản tin “Láng hôm nay”. Cổng thông tin điện tử phường đã mở chuyên mục hỏi – đáp về thủ tục hành chính.

Phường Văn Miếu – Quốc Tử Giám: Học tập gắn với di sản

Khu di tích Văn Miếu – Quốc Tử Giám lưu giữ 82 tấm bia tiến sĩ. Đảng ủy phường mở 2 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 97 học viên; các chi bộ tổ chức 214 buổi sinh hoạt chuyên đề. Cuộc thi viết “Phường tôi – nơi hội tụ văn hiến” nhận 389 bài dự thi; bài đạt giải Nhất dài gần 4.000 chữ. Hiện phường có 26 báo cáo viên và 31 cộng tác viên dư luận xã hội.

Phường Giảng Võ: Kênh số là “cánh tay nối dài”

Trang fanpage “Giảng Võ ngày mới” hiện có gần 12.000 người theo dõi; 64 nhóm Zalo tổ dân phố đang hoạt động. Trong 6 tháng cuối năm, Ban Tuyên giáo và Dân vận Đảng ủy phường đã tổng hợp 7 báo cáo dư luận xã hội và tổ chức 16 buổi nói chuyện thời sự với dưới 2.500 lượt người nghe. UBND phường tặng giấy khen cho 12 cá nhân. Trên địa bàn phường có một bệnh viện tuyến trung ương quy mô 1.000 giường bệnh.

NHIỆM VỤ TRỌNG TÂM QUÝ I/2026

Ba phường tiếp tục tuyên truyền Nghị quyết Đại hội XIV của Đảng; mỗi phường tổ chức ít nhất 3 hội nghị học tập và 20 buổi nói chuyện chuyên đề.
"""
D712 = "2026-01-08"
P712 = h2(2025)

# ---------------------------------------------------------------------------------------------
T713 = """
Thứ Sáu, 10/4/2026 | 10:45 GMT+7

Quý I/2026: Ba địa phương ở TPHCM dồn sức tuyên truyền Đại hội XIV và bầu cử

Quý I năm 2026, Đảng ủy phường Hạnh Thông, Đảng ủy phường Thông Tây Hội và Đảng ủy xã Bình Khánh đồng loạt triển khai học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, đồng thời tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026.

* Phường Hạnh Thông

Hạnh Thông có 41 khu phố. Trong quý, Đảng ủy phường tổ chức 5 hội nghị học tập, quán triệt với 3.084 lượt cán bộ, đảng viên; 99,12% đảng viên dự học. Phường tổ chức 36 buổi tuyên truyền về bầu cử, thu hút 7.900 lượt cử tri. Tại ngày bầu cử, tỷ lệ cử tri đi bầu ở phường đạt 99,64%; khu vực bỏ phiếu số 12 hoàn thành sớm nhất lúc 11 giờ.

* Phường Thông Tây Hội

Đảng ủy phường mở 2 lớp bồi dưỡng nghiệp vụ cho 145 học viên là bí thư chi bộ, tổ trưởng tổ dân phố. Hiện phường có 47 nhóm Zalo với khoảng 8.600 thành viên; bản tin “Thông Tây Hội hôm nay” ra được 3 số trong quý. Ban Tuyên giáo và Dân vận Đảng ủy phường tiếp nhận, tổng hợp 6 báo cáo phản ánh tâm tư của đảng viên, nhân dân.

* Xã Bình Khánh

Bình Khánh cách trung tâm thành phố khoảng 30 km về phía Nam; cầu Cần Giờ đang xây dựng dài khoảng 7,3 km với tổng vốn đầu tư gần 11.000 tỷ đồng. Đảng ủy xã tổ chức 3 hội nghị học tập nghị quyết, có 1.126/1.170 đảng viên tham gia, đạt 96,24%. Ban Tuyên giáo và Dân vận Đảng ủy xã tổ chức 18 buổi tuyên truyền trên bến phà và ghe cá cho chưa đến 900 ngư dân; tổng hợp 4 báo cáo nhanh về tâm tư của bà con. Lão ngư Nguyễn Văn Mười, 78 tuổi, là người cao tuổi nhất tham gia tổ tuyên truyền của xã.
"""
D713 = "2026-04-10"
P713 = quarter(1, 2026)

DOCS = [
    Doc("syn_711_ankhanh_catlai_2025", T711, ANKHANH, P711, D711, "text", facts=[
        F("tổ chức 4 hội nghị quán triệt", 4, "study_sessions", unit=ANKHANH),
        F("2.316 lượt cán bộ, đảng viên", 2316, "study_attendance", a="party_members",
          unit=ANKHANH),
        F("đạt 96,2%", 96.2, "study_participation_rate", unit=ANKHANH),
        F("có 1 trang fanpage", 1, "social_pages", unit=ANKHANH, p=inst(D711)),
        F("58 nhóm Zalo", 58, "chat_groups", unit=ANKHANH, p=inst(D711)),
        F("khoảng 9.800 thành viên", 9800, "chat_group_members", "approx", unit=ANKHANH,
          p=inst(D711)),
        F("đăng 356 tin, bài, video", 356, "news_items", unit=ANKHANH),
        F("hàng nghìn lượt người dân", 1000, "propaganda_audience", "at_least", a="masses",
          unit=ANKHANH),
        F("ban hành 11 văn bản", 11, "documents_issued", unit=CATLAI),
        F("1 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=CATLAI),
        F("87 buổi sinh hoạt chuyên đề", 87, "party_cell_discussions", unit=CATLAI),
        F("28 buổi tuyên truyền miệng", 28, "oral_propaganda_sessions", unit=CATLAI),
        F("khoảng 3,4 ngàn lượt người dân", 3400, "propaganda_audience", "approx",
          a="masses", unit=CATLAI),
        F("của phường có 19 người", 19, "opinion_collaborators", unit=CATLAI, p=inst(D711)),
        F("đã gửi 5 báo cáo", 5, "opinion_reports", unit=CATLAI),
        F("khen thưởng 3 tập thể", 3, "commended_collectives", unit=CATLAI),
        F("9 cá nhân", 9, "commended_individuals", unit=CATLAI),
    ], traps=[("26-9-2025", 26), ("ngày 1/7", 1), ("gần 3 tháng", 3), ("hai cấp", 2),
              ("khoảng 65 nghìn cư dân", 65000), ("657 ha", 657), ("Thủ Thiêm 2", 2),
              ("lần thứ I", 1), ("nhiệm kỳ 2025 – 2030", 2025),
              ("số 168 Trương Văn Bang", 168), ("khoảng 50% sản lượng", 50),
              ("100 ngày đêm", 100), ("Tháng 8", 8), ("4 lần", 4), ("khu phố 3", 3)]),
    Doc("syn_712_lang_vanmieu_giangvo_2025", T712, LANG, P712, D712, "text", facts=[
        F("tổ chức 7 hội nghị học tập", 7, "study_sessions", unit=LANG),
        F("4.382 lượt cán bộ, đảng viên", 4382, "study_attendance", a="party_members",
          unit=LANG),
        F("1.160 lượt đoàn viên, hội viên", 1160, "study_attendance", a="masses", unit=LANG),
        F("kinh phí 180 triệu đồng", 180000000, "other", unit=LANG),
        F("làm mới 45 cụm pano", 45, "other", unit=LANG),
        F("phát hành 2 số bản tin", 2, "news_items", unit=LANG, p=month(11, 2025)),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=VANMIEU),
        F("97 học viên", 97, "trainees", unit=VANMIEU),
        F("214 buổi sinh hoạt chuyên đề", 214, "party_cell_discussions", unit=VANMIEU),
        F("nhận 389 bài dự thi", 389, "contest_entries", unit=VANMIEU),
        F("Hiện phường có 26 báo cáo viên", 26, "reporters", unit=VANMIEU, p=inst(D712)),
        F("31 cộng tác viên", 31, "opinion_collaborators", unit=VANMIEU, p=inst(D712)),
        F("gần 12.000 người theo dõi", 12000, "propaganda_audience", "at_most",
          unit=GIANGVO, p=inst(D712)),
        F("64 nhóm Zalo", 64, "chat_groups", unit=GIANGVO, p=inst(D712)),
        F("tổng hợp 7 báo cáo", 7, "opinion_reports", unit=GIANGVO),
        F("16 buổi nói chuyện", 16, "oral_propaganda_sessions", unit=GIANGVO),
        F("dưới 2.500 lượt người nghe", 2500, "propaganda_audience", "at_most",
          unit=GIANGVO),
        F("giấy khen cho 12 cá nhân", 12, "commended_individuals", unit=GIANGVO),
    ], traps=[("8/1/2026", 8), ("6 tháng", 6), ("hai cấp", 2), ("thế kỷ XII", 12),
              ("khoảng 3,7 km", 3.7), ("Tháng 11/2025", 11), ("82 tấm bia", 82),
              ("gần 4.000 chữ", 4000), ("1.000 giường", 1000), ("QUÝ I/2026", 1),
              ("Đại hội XIV", 14), ("ít nhất 3 hội nghị", 3), ("20 buổi", 20)]),
    Doc("syn_713_hanhthong_thongtayhoi_binhkhanh_2026", T713, HANHTHONG, P713, D713, "text",
        facts=[
        F("tổ chức 5 hội nghị học tập", 5, "study_sessions", unit=HANHTHONG),
        F("3.084 lượt cán bộ, đảng viên", 3084, "study_attendance", a="party_members",
          unit=HANHTHONG),
        F("99,12% đảng viên dự học", 99.12, "study_participation_rate", unit=HANHTHONG),
        F("36 buổi tuyên truyền", 36, "oral_propaganda_sessions", unit=HANHTHONG),
        F("7.900 lượt cử tri", 7900, "propaganda_audience", unit=HANHTHONG),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=THONGTAYHOI),
        F("145 học viên", 145, "trainees", unit=THONGTAYHOI),
        F("có 47 nhóm Zalo", 47, "chat_groups", unit=THONGTAYHOI, p=inst(D713)),
        F("khoảng 8.600 thành viên", 8600, "chat_group_members", "approx",
          unit=THONGTAYHOI, p=inst(D713)),
        F("ra được 3 số", 3, "news_items", unit=THONGTAYHOI),
        F("tổng hợp 6 báo cáo", 6, "opinion_reports", unit=THONGTAYHOI),
        F("tổ chức 3 hội nghị học tập", 3, "study_sessions", unit=BINHKHANH),
        F("1.126/1.170 đảng viên", 1126, "study_attendance", a="party_members",
          unit=BINHKHANH),
        F("đạt 96,24%", 96.24, "study_participation_rate", unit=BINHKHANH),
        F("18 buổi tuyên truyền", 18, "oral_propaganda_sessions", unit=BINHKHANH),
        F("chưa đến 900 ngư dân", 900, "propaganda_audience", "at_most", unit=BINHKHANH),
        F("4 báo cáo nhanh", 4, "opinion_reports", unit=BINHKHANH),
    ], traps=[("10/4/2026", 10), ("10:45", 10), ("10:45", 45), ("GMT+7", 7),
              ("Quý I/2026", 1), ("Đại hội XIV", 14), ("lần thứ XIV", 14),
              ("khóa XVI", 16), ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("41 khu phố", 41), ("đạt 99,64%", 99.64), ("khu vực bỏ phiếu số 12", 12),
              ("lúc 11 giờ", 11), ("khoảng 30 km", 30), ("khoảng 7,3 km", 7.3),
              ("gần 11.000 tỷ đồng", 11000000000000), ("Nguyễn Văn Mười", 10),
              ("78 tuổi", 78)]),
]
