"""Sixteenth held-out set (holdout16), part 2: Hanoi districts before 2025-07-01.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only) and the seeds, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h16_05: the bulletin's headline names its own period (9 tháng năm 2017), so the issue month
  is not the article's period. The administrative dateline under the bulletin header is the
  document date. "Báo cáo viên cấp quận: 64 đồng chí" has no "hiện có" marker: a stock at
  the period's end; "(bổ sung 6 đồng chí trong quý III)" is a change of the stock (trap).
  The Zalo groups of the list line are a stock at the period's end, the members after
  "số thành viên hiện nay" an instant at the document date. The plan heading "NHIỆM VỤ QUÝ
  IV" turns its lines into traps.
- h16_06: a speech of several paragraphs, each opening with “ and only the last closed, is
  the Trưởng ban's (introduced before it); the elder's words in single quotes are an
  anecdote; "1.560 chương trình thời sự" aired are news_items.
- h16_07: no dateline and no post stamp; the date is the sidecar's. The contest's run
  (15/3 – 15/5/2021) is the article's period. "1.142 bài dự thi của 52 tổ chức cơ sở đảng":
  the 52 who took part are `other`. The groups the contest was shared through are a stock at
  the period's end. Prizes, the final round, the best entries, ages and the share of
  đoàn viên are traps.
- h16_08: a table written as text lines; each column is its unit's. "Đến nay" dates the
  groups and members of Bắc Từ Liêm at the document date; "Quý II" dates its own clause.
  "Đội ngũ 45 cộng tác viên" with no marker is a stock at the half-year's end. The
  tổ trưởng's quotation is an anecdote.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, since, term

HOANGMAI, DONGANH, HADONG = U("Quận Hoàng Mai"), U("Huyện Đông Anh"), U("Quận Hà Đông")
BTL, THANHTRI = U("Quận Bắc Từ Liêm"), U("Huyện Thanh Trì")

# ---------------------------------------------------------------------------------------------
T05 = """
QUẬN ỦY HOÀNG MAI
BAN TUYÊN GIÁO

BẢN TIN THÔNG TIN NỘI BỘ – SỐ 10 (THÁNG 10/2017)
Hoàng Mai, ngày 09/10/2017

GIAO BAN CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2017

Sáng 5/10, Ban Tuyên giáo Quận ủy tổ chức giao ban công tác tuyên giáo 9 tháng năm 2017 với lãnh đạo 14 đảng bộ phường. Số liệu tổng hợp như sau.

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
- Hội nghị cấp quận: 03 (quán triệt Nghị quyết Trung ương 5 khóa XII);
- Hội nghị ở cơ sở: 171; lượt cán bộ, đảng viên dự: 19.482; tỷ lệ đạt 96,05%;
- Bài thu hoạch của đảng viên: 17.930.

B. TUYÊN TRUYỀN MIỆNG, BÁO CÁO VIÊN
- Báo cáo viên cấp quận: 64 đồng chí (bổ sung 6 đồng chí trong quý III);
- Hội nghị báo cáo viên: 09;
- Buổi nói chuyện thời sự ở tổ dân phố: 415 – lượt người nghe: khoảng 33.200.

C. THÔNG TIN, MẠNG XÃ HỘI
- Tin, bài trên cổng thông tin điện tử quận: 1.018;
- Bản tin nội bộ: phát hành 9 số, mỗi số 6.000 bản;
- Nhóm Zalo tổ dân phố: 206, số thành viên hiện nay khoảng 31.500 người.

D. DƯ LUẬN XÃ HỘI
Báo cáo dư luận xã hội: 27 định kỳ, 8 đột xuất. Nổi lên là ý kiến của cư dân khu đô thị Linh Đàm (có 36 tòa chung cư với khoảng 70 nghìn cư dân) về phòng cháy, chữa cháy nhà cao tầng.

E. KHEN THƯỞNG
Nhân dịp kỷ niệm 87 năm Ngày truyền thống công tác Tuyên giáo của Đảng (1/8/1930 – 1/8/2017), Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể, 19 cá nhân; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

NHIỆM VỤ QUÝ IV
- Sơ kết 1 năm thực hiện Chỉ thị 05-CT/TW; mở 4 lớp bồi dưỡng nghiệp vụ cho tuyên truyền viên tổ dân phố;
- Tổ chức 14 hội nghị học tập chuyên đề năm 2017 ở các đảng bộ phường.

Ban Tuyên giáo Quận ủy Hoàng Mai – Số 8 ngõ 6 Bùi Huy Bích; ĐT: 024.3641.2275.
"""
D05 = "2017-10-09"
P05 = m9(2017)

# ---------------------------------------------------------------------------------------------
T06 = """
Cập nhật 28/07/2020 09:40

Huyện Đông Anh: Công tác tuyên giáo góp phần tạo đồng thuận trong xây dựng nông thôn mới

Tại phiên thảo luận của Đại hội đại biểu Đảng bộ huyện Đông Anh lần thứ XXIII, nhiệm kỳ 2020 – 2025, diễn ra từ ngày 26 đến 28/7, nhiều tham luận tập trung vào công tác xây dựng Đảng về chính trị, tư tưởng. Đông Anh có 23 xã, 1 thị trấn, với gần 400 nghìn dân; Đảng bộ huyện có 72 tổ chức cơ sở đảng với hơn 15.000 đảng viên.

Dưới đây là trích tham luận của đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Đông Anh:

“Thưa Đoàn Chủ tịch, thưa các vị đại biểu,

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 158 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, lý luận. Huyện đã tổ chức 29 hội nghị cấp huyện học tập, quán triệt các nghị quyết của Trung ương, của Thành ủy; ở cơ sở mở 1.812 lớp với 214.600 lượt cán bộ, đảng viên và gần 96.000 lượt quần chúng; tỷ lệ đảng viên tham gia học tập bình quân đạt 95,6%. Ban Thường vụ Huyện ủy đã khen thưởng 36 tập thể, 58 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

“Chúng tôi chú trọng xây dựng đội ngũ. Trung tâm Bồi dưỡng chính trị huyện mở 142 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 13.575 học viên. Đội ngũ báo cáo viên của huyện hiện có 55 đồng chí; trong nhiệm kỳ, Ban đã tổ chức 60 hội nghị báo cáo viên, bình quân mỗi năm 12 hội nghị.

“Tuyên truyền miệng vẫn là thế mạnh ở nông thôn. Cả nhiệm kỳ, các xã tổ chức hơn 3.400 buổi nói chuyện, tuyên truyền về xây dựng nông thôn mới, với trên 410 nghìn lượt người nghe. Hệ thống đài truyền thanh phát 1.560 chương trình thời sự; huyện triển khai năm đợt sinh hoạt chính trị, tư tưởng về các chủ đề lớn của Đảng bộ. Khi tuyên truyền dồn điền đổi thửa, một cụ ở xã Vân Hà nói với tôi: ‘Nhà tôi 7 thửa ruộng, gom lại còn 2 thửa, làm nhàn hẳn’.

“Thưa Đại hội, nhiệm kỳ 2020 – 2025, chúng tôi phấn đấu 100% thôn, tổ dân phố có nhóm Zalo, mỗi năm tổ chức ít nhất 300 buổi tuyên truyền miệng. Xin trân trọng cảm ơn!”
"""
D06 = "2020-07-28"
P06 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T07 = """
BAN TUYÊN GIÁO QUẬN ỦY HÀ ĐÔNG

🎉 TỔNG KẾT, TRAO GIẢI CUỘC THI TRỰC TUYẾN “TÌM HIỂU 75 NĂM THÀNH LẬP ĐẢNG BỘ QUẬN HÀ ĐÔNG”

Sau hơn 2 tháng phát động (từ ngày 15/3 đến 15/5/2021), cuộc thi trực tuyến do Ban Tuyên giáo Quận ủy Hà Đông tổ chức đã khép lại với 48.316 lượt người dự thi, trong đó đoàn viên thanh niên chiếm khoảng 58%. Phần thi viết nhận 1.142 bài dự thi của 52 tổ chức cơ sở đảng.

📌 Để lan tỏa cuộc thi, Ban phối hợp các phường tổ chức 38 buổi tuyên truyền, giới thiệu thể lệ tại các tổ dân phố; in và phát 3.000 tờ gấp hướng dẫn dự thi. Thông tin cuộc thi được chia sẻ qua 1.350 nhóm Zalo tổ dân phố. Trong thời gian diễn ra cuộc thi, fanpage “Hà Đông ngày nay” đăng 64 tin, bài, infographic giới thiệu lịch sử Đảng bộ, thu hút khoảng 215.000 lượt tiếp cận. Song song, Ban Tuyên giáo còn tổ chức 2 hội nghị báo cáo viên chuyên đề về lịch sử Đảng bộ quận; các chi bộ tổ chức 214 buổi sinh hoạt chuyên đề, kể chuyện truyền thống.

🏆 Ban Giám khảo chọn 30 bài vào vòng chung khảo; trao 1 giải Đặc biệt, 3 giải Nhất, 5 giải Nhì, 10 giải Ba và 20 giải Khuyến khích, tổng giá trị giải thưởng 62 triệu đồng. 5 tác phẩm tiêu biểu nhất được giới thiệu dự thi cấp Thành phố. Thí sinh nhỏ tuổi nhất mới 14 tuổi, lớn tuổi nhất là cụ Trần Văn Bính, 89 tuổi, phường Vạn Phúc.

“Em ôn bài 3 tuần liền, đọc hết cuốn lịch sử Đảng bộ dày 320 trang”, em Nguyễn Minh Khang, học sinh lớp 9, đạt giải Nhất, chia sẻ.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 8 tập thể có nhiều người dự thi và 12 cá nhân tích cực.

#HaDong #75namDangBo
"""
D07 = "2021-05-28"
P07 = since("2021-03-15", "2021-05-15")

# ---------------------------------------------------------------------------------------------
T08 = """
Thứ Sáu, 12/7/2024 | 15:30

Bắc Từ Liêm và Thanh Trì: Sáu tháng, hai cách làm tuyên giáo

Sáu tháng đầu năm 2024, Ban Tuyên giáo Quận ủy Bắc Từ Liêm và Ban Tuyên giáo Huyện ủy Thanh Trì cùng tập trung tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024) và Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng. Một số kết quả chính:

Chỉ tiêu | Quận Bắc Từ Liêm | Huyện Thanh Trì
Văn bản chỉ đạo ban hành | 21 | 17
Hội nghị học tập, quán triệt | 46 | 58
Lượt đảng viên dự học | 12.804 | 14.215
Tỷ lệ đảng viên tham gia (%) | 97,12 | 95,48
Buổi tuyên truyền miệng | 134 | 212
Tin, bài trên cổng thông tin | 486 | 352

* Quận Bắc Từ Liêm

Điểm mới là mô hình “Tổ dân phố số”: mỗi tổ dân phố có một nhóm Zalo do bí thư chi bộ làm quản trị. Đến nay quận có 312 nhóm, số thành viên khoảng 46.000 người. Quý II, Ban Tuyên giáo Quận ủy tổ chức 2 hội nghị báo cáo viên; quận hiện có 41 báo cáo viên. Khu vực quanh Học viện Tài chính, Trường Đại học Mỏ – Địa chất, với hơn 40 nghìn sinh viên, được chọn làm nơi thí điểm fanpage “Sinh viên Bắc Từ Liêm”; sau 4 tháng, trang đã có gần 12.000 người theo dõi.

* Huyện Thanh Trì

Thanh Trì đang hoàn thiện các tiêu chí để lên quận trước năm 2025, có 15 xã, 1 thị trấn, diện tích khoảng 63 km², dân số gần 300 nghìn người, nằm dọc Quốc lộ 1A và tuyến Vành đai 3. Sáu tháng qua, Huyện ủy tổ chức 1 đợt sinh hoạt chính trị với chủ đề “Thanh Trì – Chung sức lên quận”; Trung tâm Chính trị huyện mở 6 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 520 học viên. Đội ngũ 45 cộng tác viên dư luận xã hội gửi 36 báo cáo tình hình tư tưởng; Huyện ủy khen thưởng 6 tập thể, 10 cá nhân tiêu biểu trong học tập và làm theo Bác. Ông Đỗ Văn Lợi, tổ trưởng tổ dân phố ở thị trấn Văn Điển, kể: “Tổ tôi có 4 buổi nói chuyện từ đầu năm, buổi nào cũng kín hội trường”.

Ý kiến phản ánh xin gửi về Ban Tuyên giáo Huyện ủy Thanh Trì, số 375 đường Ngọc Hồi, thị trấn Văn Điển; điện thoại 024.3861.7034.
"""
D08 = "2024-07-12"
P08 = h1(2024)

DOCS = [
    Doc("h16_05_hoangmai_9t_2017", T05, HOANGMAI, P05, D05, "text", facts=[
        F("Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Hội nghị ở cơ sở: 171", 171, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 19.482", 19482, "study_attendance", a="party_members"),
        F("tỷ lệ đạt 96,05%", 96.05, "study_participation_rate"),
        F("Bài thu hoạch của đảng viên: 17.930", 17930, "other"),
        F("Báo cáo viên cấp quận: 64 đồng chí", 64, "reporters", p=end_of(P05)),
        F("Hội nghị báo cáo viên: 09", 9, "reporter_conferences"),
        F("Buổi nói chuyện thời sự ở tổ dân phố: 415", 415, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 33.200", 33200, "propaganda_audience", "approx"),
        F("cổng thông tin điện tử quận: 1.018", 1018, "news_items"),
        F("phát hành 9 số", 9, "news_items"),
        F("Nhóm Zalo tổ dân phố: 206", 206, "chat_groups", p=end_of(P05)),
        F("khoảng 31.500 người", 31500, "chat_group_members", "approx", p=inst(D05)),
        F("27 định kỳ", 27, "opinion_reports"),
        F("8 đột xuất", 8, "opinion_reports"),
        F("11 tập thể", 11, "commended_collectives"),
        F("19 cá nhân", 19, "commended_individuals"),
    ], traps=[("SỐ 10 (THÁNG 10/2017)", 10), ("Hoàng Mai, ngày 09/10/2017", 9),
              ("9 THÁNG NĂM 2017", 9), ("Sáng 5/10", 5), ("9 tháng năm 2017", 9),
              ("14 đảng bộ phường", 14), ("Trung ương 5", 5),
              ("bổ sung 6 đồng chí trong quý III", 6), ("mỗi số 6.000 bản", 6000),
              ("36 tòa chung cư", 36), ("khoảng 70 nghìn cư dân", 70000), ("87 năm", 87),
              ("(1/8/1930 – 1/8/2017)", 1), ("01 cá nhân được đề nghị", 1),
              ("Sơ kết 1 năm", 1), ("05-CT/TW", 5), ("mở 4 lớp", 4),
              ("Tổ chức 14 hội nghị học tập chuyên đề năm 2017", 14),
              ("Số 8 ngõ 6 Bùi Huy Bích", 8), ("024.3641.2275", 24)]),
    Doc("h16_06_donganh_term_2020", T06, DONGANH, P06, D06, "text", facts=[
        F("ban hành 158 văn bản", 158, "documents_issued"),
        F("29 hội nghị cấp huyện", 29, "study_sessions"),
        F("mở 1.812 lớp", 1812, "study_sessions"),
        F("214.600 lượt cán bộ, đảng viên", 214600, "study_attendance", a="party_members"),
        F("gần 96.000 lượt quần chúng", 96000, "study_attendance", "at_most", a="masses"),
        F("bình quân đạt 95,6%", 95.6, "study_participation_rate"),
        F("khen thưởng 36 tập thể", 36, "commended_collectives"),
        F("58 cá nhân", 58, "commended_individuals"),
        F("mở 142 lớp bồi dưỡng", 142, "training_classes"),
        F("13.575 học viên", 13575, "trainees"),
        F("hiện có 55 đồng chí", 55, "reporters", p=inst(D06)),
        F("60 hội nghị báo cáo viên", 60, "reporter_conferences"),
        F("hơn 3.400 buổi nói chuyện", 3400, "oral_propaganda_sessions", "at_least"),
        F("trên 410 nghìn lượt người nghe", 410000, "propaganda_audience", "at_least"),
        F("phát 1.560 chương trình thời sự", 1560, "news_items"),
        F("năm đợt sinh hoạt chính trị", 5, "political_campaigns"),
    ], traps=[("Cập nhật 28/07/2020 09:40", 28), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 26 đến 28/7", 26), ("23 xã", 23), ("1 thị trấn", 1),
              ("gần 400 nghìn dân", 400000), ("72 tổ chức cơ sở đảng", 72),
              ("hơn 15.000 đảng viên", 15000), ("Nhiệm kỳ 2015 – 2020", 2015),
              ("bình quân mỗi năm 12 hội nghị", 12), ("7 thửa ruộng", 7), ("còn 2 thửa", 2),
              ("phấn đấu 100% thôn", 100), ("ít nhất 300 buổi", 300)]),
    Doc("h16_07_hadong_contest_2021", T07, HADONG, P07, D07, "sidecar", meta={"date": D07},
        facts=[
        F("48.316 lượt người dự thi", 48316, "contest_entries"),
        F("1.142 bài dự thi", 1142, "contest_entries"),
        F("52 tổ chức cơ sở đảng", 52, "other"),
        F("38 buổi tuyên truyền", 38, "oral_propaganda_sessions"),
        F("phát 3.000 tờ gấp", 3000, "other"),
        F("1.350 nhóm Zalo", 1350, "chat_groups", p=end_of(P07)),
        F("đăng 64 tin, bài", 64, "news_items"),
        F("khoảng 215.000 lượt tiếp cận", 215000, "propaganda_audience", "approx"),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("214 buổi sinh hoạt chuyên đề", 214, "party_cell_discussions"),
        F("8 tập thể", 8, "commended_collectives"),
        F("12 cá nhân tích cực", 12, "commended_individuals"),
    ], traps=[("75 NĂM", 75), ("hơn 2 tháng", 2), ("(từ ngày 15/3 đến 15/5/2021)", 15),
              ("khoảng 58%", 58), ("30 bài vào vòng chung khảo", 30),
              ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("5 giải Nhì", 5),
              ("10 giải Ba", 10), ("20 giải Khuyến khích", 20),
              ("62 triệu đồng", 62000000), ("5 tác phẩm tiêu biểu nhất", 5),
              ("14 tuổi", 14), ("89 tuổi", 89), ("3 tuần liền", 3), ("dày 320 trang", 320),
              ("lớp 9", 9), ("#75namDangBo", 75)]),
    Doc("h16_08_btl_thanhtri_h1_2024", T08, BTL, P08, D08, "text", facts=[
        F("ban hành | 21", 21, "documents_issued", unit=BTL),
        F("21 | 17", 17, "documents_issued", unit=THANHTRI),
        F("quán triệt | 46", 46, "study_sessions", unit=BTL),
        F("46 | 58", 58, "study_sessions", unit=THANHTRI),
        F("dự học | 12.804", 12804, "study_attendance", a="party_members", unit=BTL),
        F("12.804 | 14.215", 14215, "study_attendance", a="party_members", unit=THANHTRI),
        F("(%) | 97,12", 97.12, "study_participation_rate", unit=BTL),
        F("97,12 | 95,48", 95.48, "study_participation_rate", unit=THANHTRI),
        F("miệng | 134", 134, "oral_propaganda_sessions", unit=BTL),
        F("134 | 212", 212, "oral_propaganda_sessions", unit=THANHTRI),
        F("thông tin | 486", 486, "news_items", unit=BTL),
        F("486 | 352", 352, "news_items", unit=THANHTRI),
        F("quận có 312 nhóm", 312, "chat_groups", unit=BTL, p=inst(D08)),
        F("khoảng 46.000 người", 46000, "chat_group_members", "approx", unit=BTL,
          p=inst(D08)),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=BTL,
          p=quarter(2, 2024)),
        F("hiện có 41 báo cáo viên", 41, "reporters", unit=BTL, p=inst(D08)),
        F("gần 12.000 người theo dõi", 12000, "propaganda_audience", "at_most", unit=BTL,
          p=inst(D08)),
        F("1 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=THANHTRI),
        F("6 lớp bồi dưỡng", 6, "training_classes", unit=THANHTRI),
        F("520 học viên", 520, "trainees", unit=THANHTRI),
        F("Đội ngũ 45 cộng tác viên", 45, "opinion_collaborators", unit=THANHTRI,
          p=end_of(P08)),
        F("36 báo cáo tình hình tư tưởng", 36, "opinion_reports", unit=THANHTRI),
        F("6 tập thể", 6, "commended_collectives", unit=THANHTRI),
        F("10 cá nhân tiêu biểu", 10, "commended_individuals", unit=THANHTRI),
    ], traps=[("Thứ Sáu, 12/7/2024 | 15:30", 12), ("năm 2024", 2024), ("70 năm", 70),
              ("(7/5/1954 – 7/5/2024)", 7), ("144-QĐ/TW", 144),
              ("hơn 40 nghìn sinh viên", 40000), ("sau 4 tháng", 4),
              ("trước năm 2025", 2025), ("15 xã", 15), ("1 thị trấn", 1),
              ("4 buổi nói chuyện", 4), ("khoảng 63 km²", 63),
              ("gần 300 nghìn người", 300000), ("Quốc lộ 1A", 1), ("Vành đai 3", 3),
              ("số 375 đường Ngọc Hồi", 375), ("024.3861.7034", 24)]),
]
