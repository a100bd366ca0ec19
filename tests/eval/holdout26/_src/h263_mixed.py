"""Twenty-sixth held-out set (holdout26), part 3: wards and communes after the 2025 reform
(two-level local government): Phường Bàn Cờ (HCM) từ 01/7/2025 đến nay, phường Thanh Xuân +
phường Khương Đình (Hà Nội) quý IV/2025, Phường Chánh Hưng (HCM) quý I/2026, Xã Ô Diên (Hà
Nội) 6 tháng cuối năm 2025.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the five sample reports, without reading or running the extractor. The
texts, officials' names and figures are invented; the wards' codes come from org_units.csv.

Decisions taken where the guide leaves room (kept the same across the set):
- h26_09 (Báo cáo, Đảng ủy phường Bàn Cờ): letterhead "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH / ĐẢNG ỦY
  PHƯỜNG BÀN CỜ" → the ward; dateline "Bàn Cờ, ngày 06 tháng 10 năm 2025" → document date; the
  title's "(từ ngày 01/7/2025 đến nay)" → 2025-07-01..2025-10-06. The wards it was made from
  ("các phường 1, 2, 3, 5 thuộc Quận 3 (cũ)") and its party structure (58 chi bộ, 2.146 đảng
  viên) are traps, as is the staffing "với 4 cán bộ, công chức". Sub-headings a)/b) read with
  heading "2. Học tập, quán triệt nghị quyết": both "Hội nghị ... cấp phường" lines are study
  sessions. "Quốc khánh 2/9: 640" counts banners (`other`); "2/9" and "80 năm" are traps.
  "Nhóm Zalo khu phố: 52, hiện có khoảng 18.400 thành viên": the groups at the period's end and
  the members at the document date (the same day here). Everything under "II. PHƯƠNG HƯỚNG ..."
  and the proposed award are traps.
- h26_10 (city portal, two Hanoi wards, quý IV/2025): the headline and lead name the study
  (Nghị quyết Đại hội XVIII Đảng bộ Thành phố); the "▪ Phường ..." headings govern their
  paragraphs, so bare "hội nghị cấp phường" / "lớp" count that study. "riêng quần chúng có 1.120
  lượt tham dự" is a study attendance (masses). The Phó Bí thư Thường trực's quotation opens
  with "Phường hiện có ..." and speaks for the ward; the tổ trưởng's words in single quotes
  inside it are an anecdote. "một hội nghị cấp phường" is a count of one. The predecessor
  wards ("4 phường"), the bridge points, the prizes, the structure, the apartment towers and
  residents, the photo caption and the 2026 plans are traps.
- h26_11 (ward news item without a date; sidecar 2026-04-06, Chánh Hưng, quý I/2026): the ✅
  lines go on from one another ("01 hội nghị cấp phường học tập ..." then "63 lớp ở các chi
  bộ, với 3.284 lượt đảng viên, đạt 96,7%"). "hơn 5.200 lượt cử tri dự nghe" is a propaganda
  audience (all). "Hưởng ứng Tháng Thanh niên năm 2026" dates its sentence's 12 sessions and
  1.340 attendances to March 2026 (masses: đoàn viên). The election date 15/3/2026 is a trap
  (not the document date: no dateline, so the sidecar). Turnout, voting areas, voters, the
  ward's population and predecessors, "96 năm", "Tổng đài 1022" and the quý II plans are
  traps. The Zalo groups "hiện có" and members are instants at the sidecar date.
- h26_12 (interview, Xã Ô Diên, 6 tháng cuối năm 2025): "Thứ Tư, ngày 14/01/2026" is the
  document date. The speaker label "Đồng chí Phó Bí thư:" after the introduction makes every
  answer the commune's; "Sáu tháng qua" / "6 tháng qua" mean the report's half-year. "Xã hiện
  có một trang thông tin điện tử, hai fanpage và 148 nhóm Zalo ..., số thành viên hiện nay
  khoảng 27.000 người" are instants at the document date (number words: 1 and 2); "Xã có 19
  cộng tác viên" (no marker) is an instant at 2025-12-31. "chưa đến 260 người" who did not
  study is `other`, at_most. The trưởng thôn's words in single quotes, "Vành đai 4", the
  area/population, the merged communes and the 2026 plans are traps.
"""
from build_gold import Doc, F, W, end_of, h2, inst, month, quarter, since

BANCO = W("Phường Bàn Cờ", "79")
THANHXUAN = W("Phường Thanh Xuân", "01")
KHUONGDINH = W("Phường Khương Đình", "01")
CHANHHUNG = W("Phường Chánh Hưng", "79")
ODIEN = W("Xã Ô Diên", "01")

# ---------------------------------------------------------------------------------------------
T09 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG BÀN CỜ
Số 42-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Bàn Cờ, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác tuyên giáo từ khi vận hành chính quyền địa phương hai cấp
(từ ngày 01/7/2025 đến nay)

Phường Bàn Cờ được thành lập trên cơ sở sắp xếp các phường 1, 2, 3, 5 thuộc Quận 3 (cũ); Đảng bộ phường hiện có 58 chi bộ trực thuộc với 2.146 đảng viên. Thực hiện Hướng dẫn số 08-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Thành ủy, Đảng ủy phường báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
Ban Xây dựng Đảng Đảng ủy phường đã tham mưu Ban Thường vụ Đảng ủy ban hành 17 văn bản (05 kế hoạch, 04 hướng dẫn, 08 công văn) triển khai công tác tuyên giáo trong giai đoạn đầu vận hành chính quyền hai cấp; kiện toàn bộ phận phụ trách công tác tuyên giáo của phường với 4 cán bộ, công chức.

2. Học tập, quán triệt nghị quyết
a) Nghị quyết Đại hội đại biểu Đảng bộ phường Bàn Cờ lần thứ I, nhiệm kỳ 2025 – 2030
- Hội nghị cấp phường: 01
- Lớp ở các chi bộ: 54
- Đảng viên dự học: 1.968/2.041 đồng chí (đạt 96,42%)
- Số đảng viên chưa tham gia: 73 người
b) Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
- Hội nghị chuyên đề cấp phường: 02
- Lượt cán bộ, đảng viên dự: 1.385

3. Công tác tuyên truyền
- Băng rôn, cờ phướn tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 640
- Buổi nói chuyện thời sự, chuyên đề: 28 – lượt người nghe: khoảng 3.150
- Tin, bài trên trang thông tin điện tử phường: 214; trên fanpage “Phường Bàn Cờ”: 356
- Nhóm Zalo khu phố: 52, hiện có khoảng 18.400 thành viên
- Fanpage “Phường Bàn Cờ” hiện có gần 12.600 người theo dõi

4. Công tác dư luận xã hội
- Cộng tác viên dư luận xã hội: 24 người (kiện toàn sau sắp xếp)
- Báo cáo dư luận xã hội gửi Ban Tuyên giáo và Dân vận Thành ủy: 9 định kỳ, 3 đột xuất

5. Sinh hoạt chính trị, tư tưởng
Triển khai 01 đợt sinh hoạt chính trị, tư tưởng với chủ đề “Chính quyền gần dân, phục vụ Nhân dân” trong toàn Đảng bộ; các chi bộ tổ chức 108 buổi sinh hoạt chuyên đề, thảo luận về mô hình chính quyền địa phương hai cấp, gắn với lấy ý kiến góp ý dự thảo văn kiện Đại hội XIV của Đảng.

6. Thi đua, khen thưởng
Ban Thường vụ Đảng ủy phường khen thưởng 5 tập thể, 12 cá nhân có thành tích tiêu biểu trong công tác tuyên truyền Đại hội Đảng bộ phường; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
- Tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030; phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
- Phát triển thêm 10 nhóm Zalo khu phố; tổ chức 2 hội nghị báo cáo viên.
- Tổ chức Hội thi “Tuyên truyền viên giỏi” phường Bàn Cờ năm 2025.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Thành ủy;
- Lưu Văn phòng Đảng ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Võ Thanh Hải
"""
D09 = "2025-10-06"
P09 = since("2025-07-01", D09)
NOW09 = inst(D09)

# ---------------------------------------------------------------------------------------------
T10 = """
Cập nhật 05/01/2026 09:30

Hai phường hoàn thành học tập, quán triệt Nghị quyết Đại hội XVIII Đảng bộ Thành phố

Ảnh: 4 đảng viên cao tuổi phường Thanh Xuân trao đổi về Nghị quyết trên điện thoại.

(Tuyengiao.hanoi.gov.vn) – Quý IV năm 2025, Đảng ủy phường Thanh Xuân và Đảng ủy phường Khương Đình đã hoàn thành việc học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 – 2030 với nhiều cách làm linh hoạt, phù hợp với mô hình chính quyền địa phương hai cấp.

▪ Phường Thanh Xuân
Ngay sau hội nghị trực tuyến toàn thành phố, Đảng ủy phường tổ chức 02 hội nghị cấp phường cho cán bộ chủ chốt và bí thư chi bộ; các chi bộ trực thuộc mở 71 lớp với 4.386 lượt đảng viên tham dự, đạt 97,6%; riêng quần chúng có 1.120 lượt tham dự. Phường có 14 khu tập thể cũ với khoảng 60 nghìn cư dân, nên nhu cầu thông tin về cải tạo chung cư cũ rất lớn.

Bà Đỗ Thu Hằng, Phó Bí thư Thường trực Đảng ủy phường Thanh Xuân, cho biết: “Phường hiện có 112 nhóm Zalo tổ dân phố với khoảng 31.000 thành viên. Trong quý, các nhóm đăng hơn 2.600 tin, bài, infographic tóm tắt Nghị quyết để bà con đọc trên điện thoại. Chúng tôi cũng tổ chức 6 buổi nói chuyện chuyên đề tại các khu tập thể, với khoảng 720 lượt người nghe. Có bác tổ trưởng nói với tôi: ‘Tổ tôi 230 hộ, giờ nhà nào cũng biết nghị quyết nói gì về cải tạo chung cư cũ’”. Dịp này, Đảng ủy phường khen thưởng 3 tập thể, 8 cá nhân có thành tích trong tổ chức học tập Nghị quyết.

▪ Phường Khương Đình
Được thành lập trên cơ sở sắp xếp 4 phường của quận Thanh Xuân (cũ), phường Khương Đình chú trọng thống nhất nhận thức trong đội ngũ cán bộ, đảng viên. Ban Xây dựng Đảng Đảng ủy phường đã tham mưu ban hành 6 văn bản hướng dẫn; Đảng ủy tổ chức một hội nghị cấp phường theo hình thức trực tiếp kết hợp trực tuyến tới 9 điểm cầu; các chi bộ mở 76 lớp với 3.712/3.865 đảng viên tham gia, đạt 96,04%.

Điểm mới trong quý là phường tổ chức Cuộc thi trực tuyến tìm hiểu Nghị quyết Đại hội Đảng bộ Thành phố trên nền tảng “Khương Đình số”, thu hút 2.937 lượt người dự thi; trao 1 giải Nhất, 2 giải Nhì và 10 giải Khuyến khích. Ban Thường vụ Đảng ủy phường khen thưởng 4 tập thể, 9 cá nhân tiêu biểu. Đảng bộ phường hiện có 64 chi bộ với hơn 3.900 đảng viên; trên địa bàn có 26 tòa chung cư với khoảng 40 nghìn cư dân.

Đồng chí Trần Minh Quân, Bí thư Đảng ủy phường Khương Đình cho biết, năm 2026, phường sẽ mở 2 lớp bồi dưỡng cho bí thư chi bộ, phấn đấu 100% tổ dân phố có nhóm Zalo do chi bộ quản lý.
"""
D10 = "2026-01-05"
P10 = quarter(4, 2025)
NOW10 = inst(D10)

# ---------------------------------------------------------------------------------------------
T11 = """
Phường Chánh Hưng: Quý I năm 2026, đưa nghị quyết và thông tin bầu cử đến từng khu phố

Quý I năm 2026 có nhiều sự kiện chính trị quan trọng: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành công tốt đẹp; cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026. Phường Chánh Hưng – được thành lập trên cơ sở sắp xếp 3 phường của Quận 8 (cũ), với hơn 120 nghìn dân – đã chủ động nhiều cách làm để thông tin đến với từng người dân.

Một số kết quả nổi bật trong quý:
✅ 01 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (kết nối trực tuyến với điểm cầu Trung ương)
✅ 63 lớp ở các chi bộ, với 3.284 lượt đảng viên, đạt 96,7%
✅ 41 buổi tuyên truyền bầu cử tại khu phố, hơn 5.200 lượt cử tri dự nghe
✅ Treo 860 băng rôn, khẩu hiệu; xe loa tuyên truyền lưu động chạy 124 lượt
✅ Đăng 418 tin, bài, video trên fanpage “Chánh Hưng hôm nay”, lượt tiếp cận ước đạt 1,35 triệu
✅ 18 báo cáo dư luận xã hội gửi Ban Tuyên giáo và Dân vận Thành ủy

Tỷ lệ cử tri đi bầu trên địa bàn phường đạt 99,61%, với 58 khu vực bỏ phiếu và khoảng 92.000 cử tri.

Hưởng ứng Tháng Thanh niên năm 2026, Đoàn phường tổ chức 12 buổi tuyên truyền về Nghị quyết Đại hội XIV, về chuyển đổi số cho 1.340 lượt đoàn viên, thanh niên. Đảng ủy phường phối hợp Trường Chính trị Thành phố mở 1 lớp bồi dưỡng nhận thức về Đảng với 87 học viên là quần chúng ưu tú; Cuộc thi trắc nghiệm trực tuyến “Tìm hiểu 96 năm Ngày thành lập Đảng Cộng sản Việt Nam” do phường tổ chức có 4.318 lượt người dự thi.

Bà Lâm Ngọc Diễm, Phó Bí thư Thường trực Đảng ủy phường Chánh Hưng, cho biết: “Trong quý, Đảng ủy đã khen thưởng 7 tập thể, 15 cá nhân có thành tích trong công tác bầu cử. Phường hiện có 96 nhóm Zalo khu phố, số thành viên khoảng 38.000 người, cùng với Tổng đài 1022 của Thành phố là kênh quan trọng để chúng tôi nắm bắt tâm tư, nguyện vọng của bà con”.

Quý II, phường sẽ tổ chức học tập, quán triệt các nghị quyết Hội nghị Trung ương 2 khóa XIV, tổ chức 2 hội nghị báo cáo viên và phát triển thêm 20 nhóm Zalo tại các chung cư.
"""
D11 = "2026-04-06"
P11 = quarter(1, 2026)
MAR11 = month(3, 2026)
NOW11 = inst(D11)

# ---------------------------------------------------------------------------------------------
T12 = """
Thứ Tư, ngày 14/01/2026

Xã Ô Diên: Sáu tháng vận hành chính quyền hai cấp, công tác tuyên giáo không đứt mạch

Xã Ô Diên được thành lập trên cơ sở sáp nhập 6 xã của huyện Đan Phượng (cũ), có diện tích khoảng 30 km², dân số hơn 95 nghìn người. Nhân dịp tổng kết công tác 6 tháng cuối năm 2025, phóng viên có cuộc trao đổi với đồng chí Nguyễn Thị Lan Anh, Phó Bí thư Thường trực Đảng ủy xã Ô Diên.

Phóng viên: Thưa đồng chí, sau khi sắp xếp đơn vị hành chính, việc học tập, quán triệt nghị quyết ở xã được triển khai ra sao?

Đồng chí Phó Bí thư: “Sáu tháng qua, Đảng ủy xã đã tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I và Nghị quyết Đại hội XVIII Đảng bộ Thành phố; các chi bộ mở 112 lớp với 5.870 lượt đảng viên tham dự, đạt 95,9%, số đảng viên chưa tham gia chưa đến 260 người, chủ yếu do tuổi cao, ốm đau. Ban Xây dựng Đảng đã tham mưu Đảng ủy ban hành 21 văn bản về công tác tư tưởng. Chúng tôi cũng triển khai 1 đợt sinh hoạt chính trị với chủ đề “Đoàn kết – Đổi mới – Phát triển” để cán bộ, đảng viên ở các xã cũ thống nhất nhận thức và hành động”.

Phóng viên: Tuyên truyền trên không gian mạng ở một xã thuần nông được làm thế nào?

Đồng chí Phó Bí thư: “Xã hiện có một trang thông tin điện tử, hai fanpage và 148 nhóm Zalo của các thôn, số thành viên hiện nay khoảng 27.000 người. Sáu tháng qua, các trang, nhóm đăng hơn 3.100 tin, bài. Có bác trưởng thôn nói với tôi: ‘Thôn tôi 410 hộ, tối nào loa cũng đọc tin, con cháu lại chia sẻ lên nhóm, chẳng ai bảo là không biết’. Bên cạnh đó, xã tổ chức 34 buổi tuyên truyền miệng tại nhà văn hóa thôn, thu hút khoảng 4.100 lượt người dân”.

Phóng viên: Còn công tác nắm bắt dư luận xã hội?

Đồng chí Phó Bí thư: “Xã có 19 cộng tác viên dư luận xã hội; 6 tháng qua đã gửi 11 báo cáo định kỳ và 4 báo cáo đột xuất về tình hình tư tưởng, nhất là tâm tư của cán bộ dôi dư sau sắp xếp, của người dân có đất bị thu hồi làm đường Vành đai 4. Đảng ủy đã khen thưởng 6 tập thể và 13 cá nhân có thành tích trong công tác tuyên giáo. Năm 2026, xã phấn đấu 100% thôn có tổ tuyên truyền viên và mở 3 lớp bồi dưỡng cho bí thư chi bộ”.
"""
D12 = "2026-01-14"
P12 = h2(2025)
NOW12 = inst(D12)

DOCS = [
    Doc("h26_09_banco_since_0107_2025", T09, BANCO, P09, D09, "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("Hội nghị cấp phường: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 54", 54, "study_sessions"),
        F("Đảng viên dự học: 1.968/2.041 đồng chí", 1968, "study_attendance",
          a="party_members"),
        F("(đạt 96,42%)", 96.42, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 73 người", 73, "other"),
        F("Hội nghị chuyên đề cấp phường: 02", 2, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 1.385", 1385, "study_attendance", a="party_members"),
        F("Quốc khánh 2/9: 640", 640, "other"),
        F("thời sự, chuyên đề: 28", 28, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 3.150", 3150, "propaganda_audience", "approx"),
        F("trang thông tin điện tử phường: 214", 214, "news_items"),
        F("“Phường Bàn Cờ”: 356", 356, "news_items"),
        F("Nhóm Zalo khu phố: 52", 52, "chat_groups", p=end_of(P09)),
        F("khoảng 18.400 thành viên", 18400, "chat_group_members", "approx", p=NOW09),
        F("gần 12.600 người theo dõi", 12600, "propaganda_audience", "at_most", p=NOW09),
        F("Cộng tác viên dư luận xã hội: 24 người", 24, "opinion_collaborators",
          p=end_of(P09)),
        F("9 định kỳ", 9, "opinion_reports"),
        F("3 đột xuất", 3, "opinion_reports"),
        F("Triển khai 01 đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("tổ chức 108 buổi sinh hoạt chuyên đề", 108, "party_cell_discussions"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Số 42-BC/ĐU", 42), ("ngày 06 tháng 10 năm 2025", 6),
              ("từ ngày 01/7/2025 đến nay", 1), ("các phường 1, 2", 1), ("1, 2, 3", 2),
              ("2, 3, 5", 3), ("3, 5 thuộc", 5), ("Quận 3", 3), ("58 chi bộ", 58),
              ("2.146 đảng viên", 2146), ("08-HD/BTGDVTU", 8), ("1. Công tác tham mưu", 1),
              ("05 kế hoạch", 5), ("04 hướng dẫn", 4), ("08 công văn", 8),
              ("4 cán bộ, công chức", 4), ("2. Học tập", 2), ("nhiệm kỳ 2025 – 2030", 2025),
              ("57-NQ/TW", 57), ("3. Công tác tuyên truyền", 3), ("80 năm", 80),
              ("Quốc khánh 2/9", 2), ("4. Công tác dư luận", 4), ("5. Sinh hoạt", 5),
              ("6. Thi đua", 6), ("01 cá nhân được đề nghị", 1), ("NĂM 2025", 2025),
              ("trên 95%", 95), ("thêm 10 nhóm Zalo", 10), ("2 hội nghị báo cáo viên", 2),
              ("Bàn Cờ năm 2025", 2025)]),
    Doc("h26_10_thanhxuan_khuongdinh_q4_2025", T10, THANHXUAN, P10, D10, "text", facts=[
        F("tổ chức 02 hội nghị cấp phường", 2, "study_sessions"),
        F("mở 71 lớp", 71, "study_sessions"),
        F("4.386 lượt đảng viên", 4386, "study_attendance", a="party_members"),
        F("đạt 97,6%", 97.6, "study_participation_rate"),
        F("quần chúng có 1.120 lượt", 1120, "study_attendance", a="masses"),
        F("hiện có 112 nhóm Zalo", 112, "chat_groups", p=NOW10),
        F("khoảng 31.000 thành viên", 31000, "chat_group_members", "approx", p=NOW10),
        F("hơn 2.600 tin, bài", 2600, "news_items", "at_least"),
        F("6 buổi nói chuyện chuyên đề", 6, "oral_propaganda_sessions"),
        F("khoảng 720 lượt người nghe", 720, "propaganda_audience", "approx"),
        F("khen thưởng 3 tập thể", 3, "commended_collectives"),
        F("8 cá nhân", 8, "commended_individuals"),
        F("ban hành 6 văn bản", 6, "documents_issued", unit=KHUONGDINH),
        F("một hội nghị cấp phường", 1, "study_sessions", unit=KHUONGDINH),
        F("mở 76 lớp", 76, "study_sessions", unit=KHUONGDINH),
        F("3.712/3.865 đảng viên", 3712, "study_attendance", a="party_members",
          unit=KHUONGDINH),
        F("đạt 96,04%", 96.04, "study_participation_rate", unit=KHUONGDINH),
        F("2.937 lượt người dự thi", 2937, "contest_entries", unit=KHUONGDINH),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=KHUONGDINH),
        F("9 cá nhân", 9, "commended_individuals", unit=KHUONGDINH),
    ], traps=[("05/01/2026", 5), ("09:30", 9), ("Ảnh: 4 đảng viên", 4),
              ("Quý IV năm 2025", 2025), ("nhiệm kỳ 2025 – 2030", 2025),
              ("14 khu tập thể", 14), ("khoảng 60 nghìn cư dân", 60000), ("230 hộ", 230),
              ("4 phường", 4), ("9 điểm cầu", 9), ("1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("10 giải Khuyến khích", 10), ("64 chi bộ", 64),
              ("hơn 3.900 đảng viên", 3900), ("26 tòa chung cư", 26),
              ("khoảng 40 nghìn cư dân", 40000), ("năm 2026", 2026), ("mở 2 lớp", 2),
              ("100% tổ dân phố", 100)]),
    Doc("h26_11_chanhhung_q1_2026", T11, CHANHHUNG, P11, D11, "sidecar", meta={"date": D11},
        facts=[
        F("01 hội nghị cấp phường", 1, "study_sessions"),
        F("63 lớp ở các chi bộ", 63, "study_sessions"),
        F("3.284 lượt đảng viên", 3284, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("41 buổi tuyên truyền bầu cử", 41, "oral_propaganda_sessions"),
        F("hơn 5.200 lượt cử tri", 5200, "propaganda_audience", "at_least"),
        F("Treo 860 băng rôn", 860, "other"),
        F("chạy 124 lượt", 124, "other"),
        F("Đăng 418 tin, bài", 418, "news_items"),
        F("ước đạt 1,35 triệu", 1350000, "propaganda_audience", "approx"),
        F("18 báo cáo dư luận xã hội", 18, "opinion_reports"),
        F("12 buổi tuyên truyền", 12, "oral_propaganda_sessions", p=MAR11),
        F("1.340 lượt đoàn viên, thanh niên", 1340, "propaganda_audience", a="masses",
          p=MAR11),
        F("mở 1 lớp bồi dưỡng", 1, "training_classes"),
        F("87 học viên", 87, "trainees"),
        F("4.318 lượt người dự thi", 4318, "contest_entries"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
        F("hiện có 96 nhóm Zalo", 96, "chat_groups", p=NOW11),
        F("khoảng 38.000 người", 38000, "chat_group_members", "approx", p=NOW11),
    ], traps=[("Quý I năm 2026", 2026), ("nhiệm kỳ 2026 – 2031", 2026),
              ("ngày 15/3/2026", 15), ("3 phường", 3), ("Quận 8", 8),
              ("hơn 120 nghìn dân", 120000), ("đạt 99,61%", 99.61),
              ("58 khu vực bỏ phiếu", 58), ("khoảng 92.000 cử tri", 92000),
              ("Tháng Thanh niên năm 2026", 2026), ("96 năm", 96), ("Tổng đài 1022", 1022),
              ("Trung ương 2", 2), ("2 hội nghị báo cáo viên", 2), ("thêm 20 nhóm", 20)]),
    Doc("h26_12_odien_h2_2025", T12, ODIEN, P12, D12, "text", facts=[
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
        F("mở 112 lớp", 112, "study_sessions"),
        F("5.870 lượt đảng viên", 5870, "study_attendance", a="party_members"),
        F("đạt 95,9%", 95.9, "study_participation_rate"),
        F("chưa đến 260 người", 260, "other", "at_most"),
        F("ban hành 21 văn bản", 21, "documents_issued"),
        F("triển khai 1 đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("một trang thông tin điện tử", 1, "websites", p=NOW12),
        F("hai fanpage", 2, "social_pages", p=NOW12),
        F("148 nhóm Zalo", 148, "chat_groups", p=NOW12),
        F("khoảng 27.000 người", 27000, "chat_group_members", "approx", p=NOW12),
        F("hơn 3.100 tin, bài", 3100, "news_items", "at_least"),
        F("34 buổi tuyên truyền miệng", 34, "oral_propaganda_sessions"),
        F("khoảng 4.100 lượt người dân", 4100, "propaganda_audience", "approx", a="masses"),
        F("Xã có 19 cộng tác viên", 19, "opinion_collaborators", p=end_of(P12)),
        F("11 báo cáo định kỳ", 11, "opinion_reports"),
        F("4 báo cáo đột xuất", 4, "opinion_reports"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("13 cá nhân", 13, "commended_individuals"),
    ], traps=[("ngày 14/01/2026", 14), ("6 xã", 6), ("khoảng 30 km", 30),
              ("hơn 95 nghìn người", 95000), ("6 tháng cuối năm 2025", 6), ("410 hộ", 410),
              ("6 tháng qua", 6), ("Vành đai 4", 4), ("Năm 2026", 2026), ("100% thôn", 100),
              ("mở 3 lớp", 3)]),
]
