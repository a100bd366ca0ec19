"""Held-out set holdout60, part 4: wards and communes after the 1 July 2025 reform.

Three reports written for this set only, from docs/LABELING.md (and the builder's helpers),
without reading the extractor:
- h60_10: a formal quarterly report of Đảng ủy phường Bến Thành (HCMC), quý III 2025, recalling
  in one sentence what Quận 1 did in the first half of 2025;
- h60_11: a Hà Nội Mới-style article on xã Bát Tràng (Hanoi), December 2025, covering the
  period since the commune began work;
- h60_12: a formal quarterly report of Đảng ủy phường Văn Miếu – Quốc Tử Giám (Hanoi), quý I
  2026, with a table whose columns are measures and a total row ("Cộng").

Decisions where the guide leaves room:
- A ward report's title "quý III năm 2025" is the period of its facts (1 July – 30 September
  2025, the ward's first quarter); the sentence "Trước khi sắp xếp, sáu tháng đầu năm 2025, Ban
  Tuyên giáo Quận ủy Quận 1 ..." is Quận 1's first half of 2025, and its "các đảng bộ phường"
  are Quận 1's old wards.
- "Đội ngũ 26 cộng tác viên dư luận xã hội của phường" with no "hiện có" is a stock at the end
  of the report's quarter; "31 đồng chí" in a list line of a quarterly report likewise.
- "5 buổi đối thoại với tiểu thương" is `other` (a dialogue, LABELING.md); "có 1 buổi trên 200
  người" is the size of one of them (trap).
- "Lượt đảng viên dự: 4.352; tỷ lệ: 97,4%" under a sentence naming the ward's two study
  conferences counts the attendances of that study; "Lớp ở các chi bộ: 68" on the next line is
  study_sessions.
- "Từ tháng 7 đến nay" in a December 2025 article is 1 July 2025 to the document date; the
  article's own period is the same ("Từ khi xã đi vào hoạt động ...").
- "Xã cũng lập 36 nhóm Zalo thôn, hiện có hơn 9.400 thành viên" in the official's quotation:
  the groups are a stock at the period's end (the document date), the members at the
  document date.
- "lượt công nhân, thợ gốm" and "lượt người nghe" are audience `all`; the table row "Nói chuyện
  chuyên đề tại Văn Miếu – Quốc Tử Giám" names the monument (the ward's own place), so the
  row stays the ward's.
- The total row "Cộng | 71 | 7.150" of a table whose columns are measures is a fact of each
  measure.
- "1 tài khoản Zalo OA" is a social page (tài khoản); its "người quan tâm" are followers
  (propaganda_audience at the document date); "tuyên truyền viên tổ dân phố: 84 người" is
  `other` for the report's quarter.
- "21 khu vực bỏ phiếu", "khoảng 61.000 cử tri" and "tỷ lệ cử tri đi bầu ... 99,31%" are the
  election's geography, population and turnout (traps).
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, quarter, since

BT = W("Phường Bến Thành", "79")
Q1 = U("Quận 1")
BTR = W("Xã Bát Tràng", "01")
VM = W("Phường Văn Miếu - Quốc Tử Giám", "01")

T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BẾN THÀNH
Số 21-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Phường Bến Thành, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2025

1. Tình hình chung
Phường Bến Thành được thành lập trên cơ sở sắp xếp phường Bến Thành, phường Phạm Ngũ Lão và một phần các phường lân cận thuộc Quận 1 (cũ), có diện tích khoảng 2,5 km², dân số hơn 56 nghìn người, với 34 khu phố. Đảng bộ phường có 72 tổ chức cơ sở đảng với 2.318 đảng viên.

Trước khi sắp xếp, sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 đã tổ chức 3 hội nghị học tập, quán triệt các nghị quyết, kết luận của Trung ương về sắp xếp tổ chức bộ máy cho 1.240 lượt cán bộ chủ chốt; các đảng bộ phường của quận mở 86 lớp với 6.915 lượt đảng viên dự học.

2. Kết quả thực hiện nhiệm vụ
2.1. Học tập, quán triệt nghị quyết
Đảng ủy phường tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030 và Nghị quyết số 57-NQ/TW, Nghị quyết số 68-NQ/TW của Bộ Chính trị:
- Lượt đảng viên dự: 4.352; tỷ lệ: 97,4%
- Lớp ở các chi bộ: 68

2.2. Tuyên truyền
- Buổi tuyên truyền miệng tại khu phố, chợ Bến Thành, phố đi bộ Bùi Viện: 46 – lượt người nghe: khoảng 3.900
- Tin, bài trên trang thông tin điện tử phường: 284; trên Zalo OA “Phường Bến Thành”: 197
- Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9 và Đại hội Đảng bộ Thành phố: 620
Zalo OA của phường hiện có 8.640 người quan tâm; các khu phố duy trì 41 nhóm Zalo với khoảng 12.700 thành viên.

2.3. Nắm bắt dư luận xã hội
Đội ngũ 26 cộng tác viên dư luận xã hội của phường gửi 14 báo cáo về tâm tư của người dân, tiểu thương chợ Bến Thành trước việc sắp xếp bộ máy và chuyển đổi giấy tờ sau khi thay đổi địa giới hành chính. Phường tổ chức 5 buổi đối thoại với tiểu thương, có 1 buổi trên 200 người tham dự.

2.4. Khen thưởng
Đảng ủy phường tặng giấy khen cho 3 tập thể, 8 cá nhân có thành tích trong tuyên truyền Đại hội Đảng bộ phường.

3. Nhiệm vụ quý IV năm 2025
- Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030 cho 100% đảng viên.
- Phấn đấu mỗi khu phố có ít nhất 1 nhóm Zalo; tổ chức không dưới 60 buổi tuyên truyền miệng.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ
"""

T11 = """
Thứ Ba, 16/12/2025 | 09:40

XÃ BÁT TRÀNG: Đưa nghị quyết đến từng lò gốm

(HNMO) – Từ khi xã đi vào hoạt động theo mô hình chính quyền địa phương hai cấp, Đảng ủy xã Bát Tràng đã chọn cách đưa nghị quyết đến với người dân ngay tại các xưởng gốm, nơi phần lớn lao động của xã đang làm việc.

Xã Bát Tràng mới được thành lập trên cơ sở sáp nhập 4 xã ven sông Hồng của huyện Gia Lâm (cũ), có khoảng 34 nghìn dân, trong đó hơn 1.000 hộ làm gốm. Đảng bộ xã có 54 chi bộ với hơn 1.900 đảng viên.

Từ tháng 7 đến nay, Đảng ủy xã tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I và Nghị quyết Đại hội XVIII Đảng bộ Thành phố; các chi bộ thôn mở 27 lớp với 1.812 lượt đảng viên, đạt 96,3%.

Theo ông Nguyễn Văn Tuấn, Phó Bí thư Thường trực Đảng ủy xã, điểm mới là các buổi nói chuyện được tổ chức vào giờ nghỉ trưa ngay tại xưởng. “Chúng tôi đã tổ chức 18 buổi nói chuyện tại các xưởng gốm, với khoảng 2.100 lượt công nhân, thợ gốm nghe. Xã cũng lập 36 nhóm Zalo thôn, hiện có hơn 9.400 thành viên”, ông Tuấn cho biết.

Trên fanpage “Bát Tràng quê tôi”, xã đăng 146 tin, bài, video giới thiệu nghị quyết bằng hình ảnh làng nghề; các buổi livestream giới thiệu sản phẩm gốm kết hợp tuyên truyền thu hút hơn 20.000 lượt xem.

Anh Lê Văn Hưng, chủ một xưởng gốm có 15 thợ ở thôn Giang Cao, kể: “Trước đây anh em làm xong là về, ít ai đi họp. Giờ cán bộ xuống tận xưởng, nói chừng 30 phút trong giờ nghỉ, ai cũng nghe được”.

Dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, xã treo 350 băng rôn, cờ phướn trên các trục đường chính. Đảng ủy xã tặng giấy khen cho 4 tập thể, 7 cá nhân tiêu biểu trong công tác tuyên truyền.

Năm 2026, xã phấn đấu 100% chi bộ có nhóm Zalo và tổ chức ít nhất 40 buổi nói chuyện tại xưởng, làng nghề.

Bảo Châu
"""

T12 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
ĐẢNG ỦY PHƯỜNG VĂN MIẾU – QUỐC TỬ GIÁM
Số 09-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 02 tháng 4 năm 2026

BÁO CÁO
Kết quả công tác tuyên giáo quý I năm 2026

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
Đảng ủy phường tổ chức 01 hội nghị trực tuyến kết nối 28 điểm cầu chi bộ, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
- Lượt cán bộ, đảng viên dự tại các điểm cầu: 2.486
- Tỷ lệ đảng viên tham gia: 97,8%
- Số đảng viên chưa tham gia: 54 người (đa số cao tuổi, ốm đau)

2. Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031
Phường chia địa bàn thành 21 khu vực bỏ phiếu với khoảng 61.000 cử tri. Kết quả tuyên truyền trong quý:

Hình thức | Số buổi | Lượt người nghe
Tuyên truyền về bầu cử tại tổ dân phố | 62 | 5.800
Nói chuyện chuyên đề tại Văn Miếu – Quốc Tử Giám | 9 | 1.350
Cộng | 71 | 7.150

Ngày bầu cử 15/3/2026, tỷ lệ cử tri đi bầu của phường đạt 99,31%.

3. Tuyên truyền trên không gian mạng
Phường hiện có 1 trang thông tin điện tử, 2 fanpage và 1 tài khoản Zalo OA với 6.120 người quan tâm; 96 nhóm Zalo tổ dân phố, số thành viên hiện nay khoảng 15.400 người. Trong quý, các kênh của phường đăng 312 tin, bài và 48 video ngắn chào Xuân Bính Ngọ, thu hút khoảng 96.000 lượt xem.

4. Công tác khác
- Băng rôn, khẩu hiệu, cờ phướn mừng Đảng, mừng Xuân và tuyên truyền bầu cử: 460
- Báo cáo dư luận xã hội: 6 định kỳ, 3 đột xuất
- Cộng tác viên dư luận xã hội: 31 đồng chí; tuyên truyền viên tổ dân phố: 84 người
Đảng ủy phường tặng giấy khen cho 4 tập thể, 9 cá nhân có thành tích trong công tác bầu cử.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026
1. Học tập Nghị quyết Đại hội XIV cho số đảng viên chưa tham gia; tổ chức ít nhất 1 hội nghị báo cáo viên.
2. Tuyên truyền kỷ niệm 51 năm Ngày giải phóng miền Nam (30/4/1975 – 30/4/2026) và 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026).
3. Mở 2 lớp bồi dưỡng kỹ năng truyền thông số cho khoảng 60 cán bộ tổ dân phố.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu VP.
"""

D10, D11, D12 = "2025-10-06", "2025-12-16", "2026-04-02"
P10, P11, P12 = quarter(3, 2025), since("2025-07-01", D11), quarter(1, 2026)

DOCS = [
    Doc("h60_10_benthanh_2025q3", T10, BT, P10, D10, "text", facts=[
        F("tổ chức 3 hội nghị học tập", 3, "study_sessions", unit=Q1, p=h1(2025)),
        F("cho 1.240 lượt cán bộ chủ chốt", 1240, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("mở 86 lớp", 86, "study_sessions", unit=Q1, p=h1(2025)),
        F("với 6.915 lượt đảng viên", 6915, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("tổ chức 02 hội nghị học tập", 2, "study_sessions"),
        F("Lượt đảng viên dự: 4.352", 4352, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,4%", 97.4, "study_participation_rate"),
        F("Lớp ở các chi bộ: 68", 68, "study_sessions"),
        F("phố đi bộ Bùi Viện: 46", 46, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 3.900", 3900, "propaganda_audience", "approx"),
        F("trang thông tin điện tử phường: 284", 284, "news_items"),
        F("“Phường Bến Thành”: 197", 197, "news_items"),
        F("Đại hội Đảng bộ Thành phố: 620", 620, "other"),
        F("hiện có 8.640 người quan tâm", 8640, "propaganda_audience", p=inst(D10)),
        F("duy trì 41 nhóm Zalo", 41, "chat_groups", p=inst(D10)),
        F("khoảng 12.700 thành viên", 12700, "chat_group_members", "approx", p=inst(D10)),
        F("Đội ngũ 26 cộng tác viên", 26, "opinion_collaborators", p=end_of(P10)),
        F("gửi 14 báo cáo", 14, "opinion_reports"),
        F("tổ chức 5 buổi đối thoại", 5, "other"),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives"),
        F("3 tập thể, 8 cá nhân", 8, "commended_individuals"),
    ], traps=[("Số 21-BC/ĐU", 21), ("ngày 06 tháng 10 năm 2025", 6),
              ("quý III năm 2025", 2025), ("khoảng 2,5 km²", 2.5),
              ("hơn 56 nghìn người", 56000), ("34 khu phố", 34),
              ("72 tổ chức cơ sở đảng", 72), ("2.318 đảng viên", 2318),
              ("sáu tháng đầu năm 2025", 2025), ("nhiệm kỳ 2025 – 2030", 2025),
              ("Nghị quyết số 57-NQ/TW", 57), ("Nghị quyết số 68-NQ/TW", 68),
              ("Quốc khánh 2/9", 2), ("có 1 buổi trên 200 người", 1),
              ("trên 200 người", 200), ("quý IV năm 2025", 2025), ("100% đảng viên", 100),
              ("ít nhất 1 nhóm Zalo", 1), ("không dưới 60 buổi", 60)]),
    Doc("h60_11_battrang_2025", T11, BTR, P11, D11, "text", facts=[
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
        F("mở 27 lớp", 27, "study_sessions"),
        F("với 1.812 lượt đảng viên", 1812, "study_attendance", a="party_members"),
        F("đạt 96,3%", 96.3, "study_participation_rate"),
        F("tổ chức 18 buổi nói chuyện", 18, "oral_propaganda_sessions"),
        F("khoảng 2.100 lượt công nhân", 2100, "propaganda_audience", "approx"),
        F("lập 36 nhóm Zalo", 36, "chat_groups", p=inst(D11)),
        F("hiện có hơn 9.400 thành viên", 9400, "chat_group_members", "at_least",
          p=inst(D11)),
        F("xã đăng 146 tin, bài", 146, "news_items"),
        F("hơn 20.000 lượt xem", 20000, "propaganda_audience", "at_least"),
        F("treo 350 băng rôn", 350, "other"),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 7 cá nhân", 7, "commended_individuals"),
    ], traps=[("16/12/2025", 16), ("09:40", 9), ("sáp nhập 4 xã", 4),
              ("khoảng 34 nghìn dân", 34000), ("hơn 1.000 hộ", 1000), ("54 chi bộ", 54),
              ("hơn 1.900 đảng viên", 1900), ("Từ tháng 7", 7), ("có 15 thợ", 15),
              ("chừng 30 phút", 30), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("Năm 2026", 2026), ("100% chi bộ", 100), ("ít nhất 40 buổi", 40)]),
    Doc("h60_12_vanmieu_2026q1", T12, VM, P12, D12, "text", facts=[
        F("tổ chức 01 hội nghị trực tuyến", 1, "study_sessions"),
        F("dự tại các điểm cầu: 2.486", 2486, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 97,8%", 97.8, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 54 người", 54, "other"),
        F("tại tổ dân phố | 62 |", 62, "oral_propaganda_sessions"),
        F("| 5.800", 5800, "propaganda_audience"),
        F("Quốc Tử Giám | 9 |", 9, "oral_propaganda_sessions"),
        F("| 1.350", 1350, "propaganda_audience"),
        F("Cộng | 71 |", 71, "oral_propaganda_sessions"),
        F("| 7.150", 7150, "propaganda_audience"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D12)),
        F("2 fanpage", 2, "social_pages", p=inst(D12)),
        F("1 tài khoản Zalo OA", 1, "social_pages", p=inst(D12)),
        F("với 6.120 người quan tâm", 6120, "propaganda_audience", p=inst(D12)),
        F("96 nhóm Zalo tổ dân phố", 96, "chat_groups", p=inst(D12)),
        F("hiện nay khoảng 15.400 người", 15400, "chat_group_members", "approx",
          p=inst(D12)),
        F("đăng 312 tin, bài", 312, "news_items"),
        F("48 video ngắn", 48, "news_items"),
        F("khoảng 96.000 lượt xem", 96000, "propaganda_audience", "approx"),
        F("tuyên truyền bầu cử: 460", 460, "other"),
        F("Báo cáo dư luận xã hội: 6 định kỳ", 6, "opinion_reports"),
        F("3 đột xuất", 3, "opinion_reports"),
        F("Cộng tác viên dư luận xã hội: 31 đồng chí", 31, "opinion_collaborators",
          p=end_of(P12)),
        F("tuyên truyền viên tổ dân phố: 84 người", 84, "other"),
        F("giấy khen cho 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 09-BC/ĐU", 9), ("ngày 02 tháng 4 năm 2026", 2),
              ("quý I năm 2026", 2026), ("28 điểm cầu", 28),
              ("nhiệm kỳ 2026 – 2031", 2026), ("21 khu vực bỏ phiếu", 21),
              ("khoảng 61.000 cử tri", 61000), ("15/3/2026", 15), ("đạt 99,31%", 99.31),
              ("QUÝ II NĂM 2026", 2026), ("ít nhất 1 hội nghị", 1), ("51 năm", 51),
              ("(30/4/1975", 30), ("30/4/2026)", 30), ("136 năm", 136),
              ("(19/5/1890", 19), ("19/5/2026)", 19), ("Mở 2 lớp", 2),
              ("khoảng 60 cán bộ", 60)]),
]
