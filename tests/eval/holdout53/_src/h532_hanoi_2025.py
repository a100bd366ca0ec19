"""Held-out set holdout53, part 2: Hanoi in 2025, the last months of a district and the first
months of the new wards and communes.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only, the seeds and the sample reports, without reading or running the extractor.

Decisions where the guide leaves room (see also part 1):
- "Năm tháng đầu năm 2025" is read like "Bảy tháng đầu năm 2020": 2025-01-01..2025-05-31; a
  table whose columns are "5 tháng đầu năm 2024" and "5 tháng đầu năm 2025" gives each column
  its period; the "Tăng, giảm" column is a comparison (traps).
- An interview transcript: the speaker label "Đồng chí Phó Bí thư Thường trực:" names the
  official introduced before with the commune's title, so the answers speak for the commune;
  the craftsman's words in single quotes inside an answer are an anecdote.
- "tổ chức 1 hội nghị trực tuyến ... kết nối tới 126 điểm cầu" by the city body: the session is
  the city's study session; the connected sites are traps.
- "in 3.000 cuốn" is `other` (copies printed); "đăng 15 số “bản tin nghị quyết”" are
  `news_items` (issues of a bulletin).
"""
from build_gold import Doc, F, U, W, h2, inst, since, term

HN = U("01")
HK = U("Quận Hoàn Kiếm")
BTRANG = W("Xã Bát Tràng", "01")
VHUNG, LBIEN, DANH = W("Phường Việt Hưng", "01"), W("Phường Long Biên", "01"), W("Xã Đông Anh", "01")

T04 = """
Cập nhật 26/06/2025 16:40

Quận Hoàn Kiếm: Những tháng cuối cùng của “trái tim” Thủ đô

(Bản tin Quận ủy) – Chỉ còn vài ngày nữa, Quận Hoàn Kiếm sẽ khép lại chặng đường hơn 60 năm mang tên quận để bước vào mô hình chính quyền địa phương hai cấp. Những tháng cuối cùng, công tác tuyên giáo của quận không chững lại mà còn dày hơn.

Năm tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Hoàn Kiếm tham mưu tổ chức 4 hội nghị trực tuyến cấp quận quán triệt các nghị quyết của Trung ương và Thành ủy về sắp xếp tổ chức bộ máy, kết nối tới 18 điểm cầu phường. Các chi bộ duy trì nền nếp, tổ chức 312 buổi sinh hoạt chuyên đề, thảo luận về phương án sắp xếp đơn vị hành chính. Quận cũng tổ chức 57 buổi nói chuyện chuyên đề về lịch sử, văn hóa Thăng Long – Hà Nội, thu hút trên 6.300 lượt người nghe.

Kết quả so sánh cùng kỳ (số liệu Ban Tuyên giáo Quận ủy):

Chỉ tiêu | 5 tháng đầu năm 2024 | 5 tháng đầu năm 2025 | Tăng, giảm
Lớp học tập nghị quyết ở chi bộ | 92 | 118 | +26
Lượt đảng viên dự học | 8.904 | 10.233 | +1.329
Tỷ lệ đảng viên tham gia (%) | 95,1 | 96,6 | +1,5
Tin, bài trên cổng thông tin điện tử quận | 1.410 | 1.796 | +386

Theo bà Nguyễn Thị Thanh Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Hoàn Kiếm, điều khó nhất là giữ ổn định tư tưởng cho hơn 1.000 cán bộ, công chức thuộc diện sắp xếp. “Từ đầu năm đến nay, chúng tôi đã gửi lên Thường trực Quận ủy 23 báo cáo nhanh về tâm tư của cán bộ, người dân; đội ngũ 41 cộng tác viên dư luận xã hội làm việc gần như không nghỉ”, bà Hương nói.

Cả nhiệm kỳ 2020 – 2025, quận đã tổ chức 14 đợt sinh hoạt chính trị, tư tưởng gắn với các ngày kỷ niệm lớn của đất nước và Thủ đô.

“Tôi sinh ra ở phố Hàng Bạc, 68 năm nay chỉ biết mình là người Hoàn Kiếm”, ông Đỗ Văn Tám, tổ dân phố số 9, phường Hàng Bạc, chia sẻ. “Tháng trước tổ tôi họp 3 buổi liền để nghe giải thích về tên phường mới, ai cũng đồng tình”.

Từ ngày 1/7/2025, trên địa bàn quận sẽ hình thành 2 phường mới là Hoàn Kiếm và Cửa Nam. Ban Tuyên giáo Quận ủy đang chuẩn bị bàn giao hồ sơ, tài liệu và 3 fanpage cho các đảng ủy phường. Mọi thông tin xin liên hệ trụ sở Quận ủy, số 126 Hàng Trống, điện thoại 024.3825.3541.
"""

D04 = "2025-06-26"
P5 = ("2025-01-01", "2025-05-31")
P5_24 = ("2024-01-01", "2024-05-31")

T05 = """
Xã Bát Tràng sau nửa năm vận hành mô hình mới: “Tuyên truyền phải đi cùng nhịp làng nghề”

Xã Bát Tràng (mới) được thành lập trên cơ sở các xã Bát Tràng, Kim Lan, Văn Đức và một phần xã Đa Tốn của Huyện Gia Lâm trước đây. Phóng viên đã trao đổi với đồng chí Nguyễn Văn Thịnh, Phó Bí thư Thường trực Đảng ủy xã Bát Tràng, về công tác tuyên giáo 6 tháng cuối năm 2025.

Phóng viên: Thưa đồng chí, sáu tháng qua, việc học tập nghị quyết ở một xã vừa hợp nhất gặp những khó khăn gì?

Đồng chí Phó Bí thư Thường trực: “Khó nhất là các chi bộ mới ghép, đảng viên chưa quen nhau. Chúng tôi chỉ đạo sinh hoạt ngay từ tháng đầu. Sáu tháng qua, Đảng ủy xã tổ chức 03 hội nghị cấp xã, các chi bộ mở 36 lớp học tập, quán triệt với 1.984 lượt đảng viên, đạt 97,6%; riêng quần chúng có 512 lượt tham dự.”

Phóng viên: Làng gốm có rất nhiều hộ kinh doanh, du khách. Xã tuyên truyền thế nào để người dân chịu nghe?

Đồng chí Phó Bí thư Thường trực: “Chúng tôi đưa tuyên truyền vào chợ gốm, bến thuyền. Xã tổ chức 22 buổi nói chuyện chuyên đề tại nhà văn hóa các thôn, khoảng 1.900 lượt người dân tham dự. Có bác nghệ nhân nói với tôi: ‘Nhà tôi 3 đời làm gốm, 12 lò, con cháu đi làm ăn xa, chỉ cần xã nhắn lên Zalo là cả nhà biết’. Hiện xã có 42 nhóm Zalo thôn, xóm với khoảng 11.500 thành viên và một trang fanpage.”

Phóng viên: Còn cuộc thi tìm hiểu 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9 vừa qua?

Đồng chí Phó Bí thư Thường trực: “Xã có 3.862 lượt dự thi, đứng thứ 4/126 xã, phường của Thành phố. Dịp tổng kết, Đảng ủy xã khen thưởng 6 tập thể và 14 cá nhân tiêu biểu; ngoài ra đề nghị Thành phố tặng bằng khen cho 2 tập thể.”

Phóng viên: Năm 2026, xã đặt mục tiêu gì?

Đồng chí Phó Bí thư Thường trực: “Chúng tôi phấn đấu học tập Nghị quyết Đại hội XIV cho 100% đảng viên trước ngày 31/3/2026 và mở thêm 2 lớp bồi dưỡng kỹ năng cho tuyên truyền viên thôn.”
"""

D05 = "2026-01-20"

T06 = """
Thứ Sáu, ngày 5/12/2025

Việt Hưng, Long Biên, Đông Anh: Học tập Nghị quyết Đại hội XVIII đến từng tổ dân phố, thôn xóm

(HNM) – Tháng 11/2025, Đảng bộ các phường Việt Hưng, Long Biên và xã Đông Anh đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 – 2030, diễn ra từ ngày 16 đến 18/10/2025. Trong tháng 11, Ban Tuyên giáo và Dân vận Thành ủy đã tổ chức 1 hội nghị trực tuyến toàn Thành phố, kết nối tới 126 điểm cầu phường, xã với hơn 41.000 lượt cán bộ, đảng viên tham dự.

▪ Việt Hưng – học nghị quyết ngay tại nhà văn hóa tổ dân phố

Đảng ủy phường tổ chức 01 hội nghị cấp phường và 34 lớp ở các chi bộ, với 2.136 lượt đảng viên, đạt 97,35%; riêng quần chúng có 640 lượt tham dự. Nhiều chi bộ mời tổ trưởng tổ dân phố cùng dự để về truyền đạt lại cho bà con.

▪ Long Biên – “bản tin nghị quyết” trên Zalo

Phường Long Biên tổ chức 2 hội nghị và mở 29 lớp; số đảng viên tham gia học tập là 1.874/1.952 đồng chí. Ban Tuyên giáo và Dân vận Đảng ủy phường biên soạn bộ tài liệu hỏi – đáp, in 3.000 cuốn phát tới các gia đình, đồng thời đăng 15 số “bản tin nghị quyết” trên nhóm Zalo của 68 tổ dân phố. Phường hiện có 16 báo cáo viên cấp phường.

XÃ ĐÔNG ANH: Nghị quyết về với làng, với ruộng

Xã mở 47 lớp cho các chi bộ thôn, với 3.318 lượt đảng viên dự học, đạt 95,9%. Các chi bộ còn tổ chức 52 buổi sinh hoạt chuyên đề, thảo luận cách đưa nghị quyết vào phát triển nông nghiệp đô thị. “Chiều nào loa thôn cũng đọc, tôi nghe đến lần thứ 5 là thuộc lòng mấy chỉ tiêu lớn”, bà Ngô Thị Lan, 64 tuổi, thôn Đông, cười nói. Đảng ủy xã đã đề nghị Thành ủy tặng bằng khen cho 2 tập thể có cách làm hay.

Trong tháng 12, các đơn vị sẽ xây dựng chương trình hành động, phấn đấu 100% chi bộ có nghị quyết chuyên đề trước ngày 31/12.
"""

D06 = "2025-12-05"
NOV = ("2025-11-01", "2025-11-30")

DOCS = [
    Doc("h53_04", T04, HK, P5, D04, "text", facts=[
        F("tổ chức 4 hội nghị trực tuyến cấp quận", 4, "study_sessions"),
        F("tổ chức 312 buổi sinh hoạt chuyên đề", 312, "party_cell_discussions"),
        F("tổ chức 57 buổi nói chuyện chuyên đề", 57, "oral_propaganda_sessions"),
        F("trên 6.300 lượt người nghe", 6300, "propaganda_audience", "at_least"),
        F("Lớp học tập nghị quyết ở chi bộ | 92", 92, "study_sessions", p=P5_24),
        F("92 | 118 |", 118, "study_sessions"),
        F("Lượt đảng viên dự học | 8.904", 8904, "study_attendance", a="party_members",
          p=P5_24),
        F("8.904 | 10.233", 10233, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia (%) | 95,1", 95.1, "study_participation_rate", p=P5_24),
        F("95,1 | 96,6", 96.6, "study_participation_rate"),
        F("cổng thông tin điện tử quận | 1.410", 1410, "news_items", p=P5_24),
        F("1.410 | 1.796", 1796, "news_items"),
        F("Thường trực Quận ủy 23 báo cáo nhanh", 23, "opinion_reports",
          p=since("2025-01-01", D04)),
        F("đội ngũ 41 cộng tác viên", 41, "opinion_collaborators", p=inst(D04)),
        F("tổ chức 14 đợt sinh hoạt chính trị", 14, "political_campaigns", p=term(2020, 2025)),
    ], traps=[("26/06/2025", 26), ("16:40", 16), ("hơn 60 năm", 60),
              ("Năm tháng đầu năm 2025", 2025), ("18 điểm cầu", 18),
              ("5 tháng đầu năm 2024", 5), ("5 tháng đầu năm 2025", 5), ("+26", 26),
              ("+1.329", 1329), ("+1,5", 1.5), ("+386", 386),
              ("hơn 1.000 cán bộ, công chức", 1000), ("nhiệm kỳ 2020 – 2025", 2020),
              ("68 năm", 68), ("tổ dân phố số 9", 9), ("họp 3 buổi", 3),
              ("Từ ngày 1/7/2025", 1), ("2 phường mới", 2), ("3 fanpage", 3),
              ("số 126 Hàng Trống", 126), ("024.3825.3541", 24)]),
    Doc("h53_05", T05, BTRANG, h2(2025), D05, "sidecar", meta={"date": D05}, facts=[
        F("tổ chức 03 hội nghị cấp xã", 3, "study_sessions"),
        F("mở 36 lớp học tập, quán triệt", 36, "study_sessions"),
        F("với 1.984 lượt đảng viên", 1984, "study_attendance", a="party_members"),
        F("đạt 97,6%", 97.6, "study_participation_rate"),
        F("riêng quần chúng có 512 lượt tham dự", 512, "study_attendance", a="masses"),
        F("tổ chức 22 buổi nói chuyện chuyên đề", 22, "oral_propaganda_sessions"),
        F("khoảng 1.900 lượt người dân", 1900, "propaganda_audience", "approx", a="masses"),
        F("có 42 nhóm Zalo thôn, xóm", 42, "chat_groups", p=inst(D05)),
        F("khoảng 11.500 thành viên", 11500, "chat_group_members", "approx", p=inst(D05)),
        F("và một trang fanpage", 1, "social_pages", p=inst(D05)),
        F("Xã có 3.862 lượt dự thi", 3862, "contest_entries"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể và 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("6 tháng cuối năm 2025", 6), ("Nhà tôi 3 đời", 3), ("12 lò", 12),
              ("80 năm", 80), ("2/9", 2), ("thứ 4/126", 4),
              ("bằng khen cho 2 tập thể", 2), ("Năm 2026", 2026), ("Đại hội XIV", 14),
              ("100% đảng viên", 100), ("ngày 31/3/2026", 31), ("thêm 2 lớp", 2)]),
    Doc("h53_06", T06, VHUNG, NOV, D06, "text", facts=[
        F("tổ chức 1 hội nghị trực tuyến", 1, "study_sessions", unit=HN),
        F("hơn 41.000 lượt cán bộ, đảng viên", 41000, "study_attendance", "at_least",
          a="party_members", unit=HN),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("và 34 lớp ở các chi bộ", 34, "study_sessions"),
        F("với 2.136 lượt đảng viên", 2136, "study_attendance", a="party_members"),
        F("đạt 97,35%", 97.35, "study_participation_rate"),
        F("riêng quần chúng có 640 lượt", 640, "study_attendance", a="masses"),
        F("Long Biên tổ chức 2 hội nghị", 2, "study_sessions", unit=LBIEN),
        F("mở 29 lớp", 29, "study_sessions", unit=LBIEN),
        F("là 1.874/1.952 đồng chí", 1874, "study_attendance", a="party_members",
          unit=LBIEN),
        F("in 3.000 cuốn", 3000, "other", unit=LBIEN),
        F("đăng 15 số", 15, "news_items", unit=LBIEN),
        F("hiện có 16 báo cáo viên", 16, "reporters", unit=LBIEN, p=inst(D06)),
        F("Xã mở 47 lớp", 47, "study_sessions", unit=DANH),
        F("với 3.318 lượt đảng viên", 3318, "study_attendance", a="party_members",
          unit=DANH),
        F("đạt 95,9%", 95.9, "study_participation_rate", unit=DANH),
        F("tổ chức 52 buổi sinh hoạt chuyên đề", 52, "party_cell_discussions", unit=DANH),
    ], traps=[("ngày 5/12/2025", 5), ("Đại hội XVIII", 18), ("Tháng 11/2025", 11),
              ("nhiệm kỳ 2025 – 2030", 2025), ("từ ngày 16", 16), ("18/10/2025", 18),
              ("tháng 11", 11), ("126 điểm cầu", 126), ("68 tổ dân phố", 68),
              ("lần thứ 5", 5), ("64 tuổi", 64), ("cho 2 tập thể", 2),
              ("tháng 12", 12), ("100% chi bộ", 100), ("ngày 31/12", 31)]),
]
