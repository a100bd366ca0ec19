"""Holdout 12, batch 3: city level and wards (HCMC press release 2023 with Quận 7 and Tân Phú,
Quận 6 term report 2020-2025, two HCMC wards after 1 July 2025, Hanoi city quarter I 2026 with
communes and a ward).

Genres: a press release of Ban Tuyên giáo Thành ủy, a report with Roman-numeral sections and
lettered sub-items (plan section at the end), a web news item on two new wards, a press note of
Ban Tuyên giáo và Dân vận Thành ủy Hà Nội.
"""
from build_gold import Doc, F, U, W, end_of, inst, month, quarter, since, term

HCM, HN = U("79"), U("01")
Q7, TP, Q6 = U("778"), U("767"), U("775")
CH, BD = W("Phường Chánh Hưng", "79"), W("Phường Bình Đông", "79")
XTT, XUH, XPX = W("Xã Thạch Thất", "01"), W("Xã Ứng Hòa", "01"), W("Xã Phú Xuyên", "01")
PST = W("Phường Sơn Tây", "01")

T05 = """
THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH
BAN TUYÊN GIÁO
Số 47-TB/BTGTU
TP. Hồ Chí Minh, ngày 20 tháng 10 năm 2023

THÔNG CÁO BÁO CHÍ
Kết quả công tác tuyên giáo từ đầu năm 2023 đến nay

Từ đầu năm 2023 đến nay, Ban Tuyên giáo Thành ủy đã tham mưu Thường trực Thành ủy ban hành 64 văn bản chỉ đạo, định hướng công tác tư tưởng; tổ chức mười hội nghị báo cáo viên Thành phố theo hình thức trực tiếp kết hợp trực tuyến tới 312 điểm cầu phường, xã, thị trấn.

Việc học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII được triển khai tại 53 đảng bộ trực thuộc với 5.126 hội nghị, 398.540 lượt cán bộ, đảng viên tham dự, đạt tỷ lệ 96,37%. Đội ngũ báo cáo viên Thành phố hiện có 132 đồng chí.

Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023 nhận được 1.874 tác phẩm; Ban Giám khảo đã chọn 60 tác phẩm vào vòng chung khảo, dự kiến trao 47 giải vào tháng 11. Mạng lưới 1.205 cộng tác viên dư luận xã hội đã gửi về 2.430 báo cáo; Ban Tuyên giáo Thành ủy tổng hợp, tham mưu xử lý nhiều vấn đề người dân quan tâm như ngập nước, ùn tắc giao thông, tiến độ tuyến metro số 1.

Sở Thông tin và Truyền thông phối hợp các cơ quan báo chí đăng, phát hơn 12.600 tin, bài về các nhiệm vụ chính trị của Thành phố; lượt người tiếp cận các sản phẩm tuyên truyền trên nền tảng số ước đạt 2,6 triệu.

Một số kết quả nổi bật ở cơ sở:

Quận 7: Từ đầu năm, Ban Tuyên giáo Quận ủy tổ chức 86 buổi nói chuyện chuyên đề tại 10 phường và Khu chế xuất Tân Thuận, nơi có trên 60 nghìn lao động, với hơn 7.900 lượt người nghe. Quận hiện có 41 fanpage của phường, khu phố.

Quận Tân Phú: Quận có 11 phường với gần 485 nghìn dân. Các chi bộ khu phố tổ chức 390 buổi thảo luận chuyên đề về Quy định 144-QĐ/TW; Ban Thường vụ Quận ủy khen thưởng 15 tập thể, 21 cá nhân điển hình trong học tập và làm theo Bác. Quận ủy Tân Phú là một trong 5 đơn vị dẫn đầu phong trào thi đua của khối quận, huyện.

Thông tin liên hệ: Phòng Thông tin – Báo chí, Ban Tuyên giáo Thành ủy, số 127 Trương Định, Quận 3; điện thoại: 028.3930.5566.
"""

T06 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY QUẬN 6
BAN TUYÊN GIÁO
Số 86-BC/BTGQU
Quận 6, ngày 15 tháng 4 năm 2025

BÁO CÁO
Tổng kết công tác tuyên giáo nhiệm kỳ 2020 – 2025
và phương hướng, nhiệm vụ nhiệm kỳ 2025 – 2030

Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ quận lần thứ XII, nhiệm kỳ 2020 – 2025, trong bối cảnh đại dịch Covid-19 diễn biến phức tạp những năm đầu nhiệm kỳ, công tác tuyên giáo của quận đạt được những kết quả như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác học tập, quán triệt nghị quyết
a) Cả nhiệm kỳ, Ban Tuyên giáo Quận ủy tham mưu tổ chức 58 hội nghị cấp quận học tập, quán triệt các nghị quyết, chỉ thị của Trung ương khóa XIII và Nghị quyết Đại hội XI Đảng bộ Thành phố, với 41.380 lượt cán bộ, đảng viên dự; tỷ lệ bình quân đạt 95,72%.
b) Ở cơ sở, 61 tổ chức cơ sở đảng với gần 6.900 đảng viên đã mở 1.236 lớp triển khai đến cán bộ, đảng viên và quần chúng; riêng quần chúng có 118.000 lượt tham dự, bình quân mỗi lớp khoảng 95 người.
c) Ban Thường vụ Quận ủy ban hành 214 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng.

2. Công tác tuyên truyền
a) Tuyên truyền miệng: Đội ngũ báo cáo viên của quận hiện có 35 đồng chí. Cả nhiệm kỳ tổ chức 54 hội nghị báo cáo viên; các báo cáo viên và tuyên truyền viên thực hiện 2.918 buổi nói chuyện thời sự, chuyên đề, với trên 230 nghìn lượt người nghe.
b) Tuyên truyền trên không gian mạng: Trang thông tin điện tử quận đăng 9.860 tin, bài. Đến nay, hệ thống chính trị quận có 1 trang thông tin điện tử, 27 fanpage và 312 nhóm Zalo với khoảng 41.000 thành viên.
c) Xuất bản: Quận ủy biên soạn cuốn “Lịch sử Đảng bộ Quận 6 (1975 – 2020)” dày 386 trang, gồm 5 chương, in 2.000 cuốn.

3. Công tác nắm bắt dư luận xã hội
a) Mạng lưới cộng tác viên dư luận xã hội hiện có 98 người, trong đó 21 người từ 60 tuổi trở lên.
b) Cả nhiệm kỳ, Ban tổng hợp 437 báo cáo dư luận xã hội, tham mưu xử lý kịp thời những vấn đề phát sinh tại các dự án chỉnh trang đô thị ven kênh Hàng Bàng và khu vực chợ Bình Tây.

4. Công tác giáo dục lý luận chính trị
a) Trung tâm Chính trị quận mở 96 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới, nhận thức về Đảng với 7.245 học viên.
b) Quận ủy tổ chức 5 đợt sinh hoạt chính trị, trong đó có đợt sinh hoạt chính trị kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.

5. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Ban Thường vụ Quận ủy khen thưởng 126 tập thể, 218 cá nhân điển hình; đề nghị Thành ủy tặng bằng khen cho 4 tập thể, 6 cá nhân.

II. HẠN CHẾ, NGUYÊN NHÂN
a) Một số báo cáo viên tuổi cao (trên 65 tuổi), ít cập nhật kiến thức mới; nội dung sinh hoạt chi bộ ở một số khu phố còn đơn điệu.
b) Việc phát triển nhóm Zalo còn chênh lệch; có khu phố nhóm dưới 50 thành viên.
c) Nguyên nhân: biên chế của Ban chỉ có 7 người, kiêm nhiệm nhiều việc.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 – 2030
1. Sau khi sắp xếp, 10 phường của quận sẽ được tổ chức lại thành 4 phường mới; tập trung tuyên truyền mô hình chính quyền địa phương hai cấp.
2. Phấn đấu 100% cán bộ, đảng viên được học tập nghị quyết; mỗi năm mở ít nhất 20 lớp bồi dưỡng; nâng mạng lưới cộng tác viên dư luận xã hội lên 120 người.
3. Xây dựng ít nhất 1 fanpage chính danh ở mỗi khu phố; tổ chức 2 đợt sinh hoạt chính trị mỗi năm.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu: VT.
"""

T11 = """
Cập nhật 14/10/2025 09:20

Phường Chánh Hưng, Bình Đông: Đưa thông tin về chính quyền hai cấp đến từng khu phố

Từ ngày 1/7 đến nay, sau hơn 100 ngày vận hành mô hình chính quyền địa phương hai cấp, công tác tuyên giáo ở hai phường phía Nam của Thành phố – Chánh Hưng và Bình Đông – đã có nhiều chuyển động.

▪ Phường Chánh Hưng – “Mỗi khu phố một nhóm Zalo”

Phường Chánh Hưng được thành lập trên cơ sở Phường 4, Phường 5 và một phần Phường Rạch Ông, Phường Hưng Phú của Quận 8 cũ, dân số khoảng 178.000 người. Đảng ủy phường đã tổ chức 6 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, với 3.912 lượt cán bộ, đảng viên tham dự, đạt 94,7%. Văn phòng Đảng ủy phường tham mưu ban hành 11 văn bản hướng dẫn tuyên truyền.

Phường hiện có 82 nhóm Zalo khu phố với 9.640 thành viên. Fanpage “Phường Chánh Hưng” đăng 420 tin, bài, video clip. Các tổ công tác tổ chức 38 buổi tuyên truyền miệng về thủ tục hành chính sau sắp xếp, với 4.150 lượt người dân tham dự; bình quân mỗi buổi gần 110 người.

Bà Huỳnh Thị Tám, 58 tuổi, khu phố 12, chia sẻ: “Trước đây đi làm giấy tờ phải lên quận, giờ ở phường là xong, trong Zalo khu phố có hướng dẫn từng bước, tôi làm 2 lần là quen.”

▪ Phường Bình Đông – Lắng nghe dư luận từ chợ, bến

Tính đến ngày 30/9/2025, Phường Bình Đông có 31 cộng tác viên dư luận xã hội, phần lớn là tổ trưởng tổ dân phố, tiểu thương chợ Bình Đông. Từ ngày 1/7 đến nay, mạng lưới này gửi 27 báo cáo dư luận xã hội về trật tự đô thị, giá cả và việc làm. Nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, phường khen thưởng 6 tập thể, 9 cá nhân có thành tích tiêu biểu. Phường hiện có 3 trang mạng xã hội chính danh (Facebook, Zalo OA, TikTok). Tháng 8/2025, phường mở 2 lớp bồi dưỡng nghiệp vụ cho 146 học viên là bí thư chi bộ, trưởng khu phố.

Người dân có thể phản ánh qua Tổng đài 1022 hoặc đường dây nóng của phường: 028.3950.7788.
"""

T12 = """
THÀNH ỦY HÀ NỘI
BAN TUYÊN GIÁO VÀ DÂN VẬN

THÔNG TIN BÁO CHÍ
Kết quả công tác tuyên giáo quý I năm 2026

Hà Nội, 08/4/2026 – Quý I năm 2026, công tác tuyên giáo của Thủ đô tập trung vào hai sự kiện lớn: học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026.

Ban Tuyên giáo và Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành 21 văn bản; tổ chức 2 hội nghị báo cáo viên Thành phố, trực tuyến tới 126 điểm cầu xã, phường. Toàn Đảng bộ Thành phố tổ chức 3.842 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV với 612.300 lượt cán bộ, đảng viên tham dự. Các cơ quan báo chí của Thành phố đăng, phát hơn 8.200 tin, bài, phóng sự về bầu cử. Tỷ lệ cử tri đi bầu của Thành phố đạt 99,58%.

Tại cơ sở:

Xã Thạch Thất: Xã chia địa bàn thành 21 khu vực bỏ phiếu. Ban Tuyên giáo và Dân vận Đảng ủy xã tổ chức 14 buổi tuyên truyền miệng về bầu cử tại 26 thôn, thu hút từ 2.300 đến 2.500 lượt người dân.

Xã Ứng Hòa: Đảng ủy xã tổ chức 9 hội nghị học tập Nghị quyết Đại hội XIV với 1.870 lượt đảng viên, đạt 97,6%; số đảng viên chưa tham gia chưa đến 50 người, chủ yếu do tuổi cao. Đảng bộ xã hiện có 1.916 đảng viên sinh hoạt tại 58 chi bộ.

Xã Phú Xuyên: Trong quý, xã thành lập 48 nhóm Zalo thôn, hiện có 6.900 thành viên. Cuộc thi trực tuyến tìm hiểu Luật Bầu cử do xã tổ chức có 2.451 lượt người dự thi; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba.

Phường Sơn Tây: Phường hiện có 1 cổng thông tin điện tử và 4 fanpage; quý I, Đảng ủy phường khen thưởng 5 tập thể, 7 cá nhân có thành tích trong công tác tuyên truyền bầu cử. Tuy nhiên, ở một số tổ dân phố có đông người cao tuổi (trên 30% dân số là người từ 60 tuổi trở lên), việc tuyên truyền qua mạng xã hội còn hạn chế.

Quý II/2026, Ban Tuyên giáo và Dân vận Thành ủy sẽ tổ chức sơ kết 1 năm vận hành chính quyền địa phương hai cấp, mở 10 lớp bồi dưỡng cho cán bộ tuyên giáo xã, phường mới.

Đầu mối liên hệ: Phòng Thông tin – Báo chí, điện thoại 024.3825.4411.
"""

D05, D06, D11, D12 = "2023-10-20", "2025-04-15", "2025-10-14", "2026-04-08"
P05 = since("2023-01-01", D05)
P11 = since("2025-07-01", D11)
P12 = quarter(1, 2026)

DOCS = [
    Doc("h12_05_hcm_thongcao_2023", T05, HCM, P05, D05, "text", facts=[
        F("ban hành 64 văn bản", 64, "documents_issued"),
        F("tổ chức mười hội nghị báo cáo viên", 10, "reporter_conferences"),
        F("với 5.126 hội nghị", 5126, "study_sessions"),
        F("398.540 lượt cán bộ, đảng viên", 398540, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 96,37%", 96.37, "study_participation_rate"),
        F("hiện có 132 đồng chí", 132, "reporters", p=inst(D05)),
        F("nhận được 1.874 tác phẩm", 1874, "contest_entries"),
        F("Mạng lưới 1.205 cộng tác viên", 1205, "opinion_collaborators", p=end_of(P05)),
        F("gửi về 2.430 báo cáo", 2430, "opinion_reports"),
        F("hơn 12.600 tin, bài", 12600, "news_items", "at_least"),
        F("ước đạt 2,6 triệu", 2_600_000, "propaganda_audience", "approx"),
        F("tổ chức 86 buổi nói chuyện", 86, "oral_propaganda_sessions", unit=Q7),
        F("hơn 7.900 lượt người nghe", 7900, "propaganda_audience", "at_least", unit=Q7),
        F("hiện có 41 fanpage", 41, "social_pages", unit=Q7, p=inst(D05)),
        F("tổ chức 390 buổi thảo luận", 390, "party_cell_discussions", unit=TP),
        F("khen thưởng 15 tập thể", 15, "commended_collectives", unit=TP),
        F("15 tập thể, 21 cá nhân", 21, "commended_individuals", unit=TP),
    ], traps=[("Số 47-TB/BTGTU", 47), ("ngày 20 tháng 10 năm 2023", 20),
              ("đầu năm 2023", 2023), ("312 điểm cầu", 312), ("Trung ương 6 khóa XIII", 6),
              ("53 đảng bộ trực thuộc", 53), ("Đảng năm 2023", 2023), ("60 tác phẩm", 60),
              ("trao 47 giải", 47), ("tháng 11", 11), ("metro số 1", 1), ("Quận 7", 7),
              ("10 phường", 10), ("trên 60 nghìn lao động", 60000), ("11 phường", 11),
              ("gần 485 nghìn dân", 485000), ("144-QĐ/TW", 144),
              ("một trong 5 đơn vị dẫn đầu", 5), ("số 127 Trương Định", 127),
              ("Quận 3", 3), ("028.3930.5566", 28)]),
    Doc("h12_06_quan6_nhiemky_2020_2025", T06, Q6, term(2020, 2025), D06, "text", facts=[
        F("tổ chức 58 hội nghị cấp quận", 58, "study_sessions"),
        F("với 41.380 lượt cán bộ, đảng viên", 41380, "study_attendance",
          a="party_members"),
        F("bình quân đạt 95,72%", 95.72, "study_participation_rate"),
        F("mở 1.236 lớp", 1236, "study_sessions"),
        F("118.000 lượt tham dự", 118000, "study_attendance", a="masses"),
        F("ban hành 214 văn bản", 214, "documents_issued"),
        F("hiện có 35 đồng chí", 35, "reporters", p=inst(D06)),
        F("tổ chức 54 hội nghị báo cáo viên", 54, "reporter_conferences"),
        F("thực hiện 2.918 buổi nói chuyện", 2918, "oral_propaganda_sessions"),
        F("trên 230 nghìn lượt người nghe", 230000, "propaganda_audience", "at_least"),
        F("đăng 9.860 tin, bài", 9860, "news_items"),
        F("có 1 trang thông tin điện tử", 1, "websites", p=inst(D06)),
        F("27 fanpage", 27, "social_pages", p=inst(D06)),
        F("312 nhóm Zalo", 312, "chat_groups", p=inst(D06)),
        F("khoảng 41.000 thành viên", 41000, "chat_group_members", "approx", p=inst(D06)),
        F("in 2.000 cuốn", 2000, "other"),
        F("hiện có 98 người", 98, "opinion_collaborators", p=inst(D06)),
        F("tổng hợp 437 báo cáo", 437, "opinion_reports"),
        F("mở 96 lớp sơ cấp", 96, "training_classes"),
        F("với 7.245 học viên", 7245, "trainees"),
        F("tổ chức 5 đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("khen thưởng 126 tập thể", 126, "commended_collectives"),
        F("126 tập thể, 218 cá nhân", 218, "commended_individuals"),
    ], traps=[("Số 86-BC/BTGQU", 86), ("ngày 15 tháng 4 năm 2025", 15),
              ("nhiệm kỳ 2020 – 2025", 2020), ("nhiệm kỳ 2025 – 2030", 2025),
              ("NHIỆM KỲ 2025 – 2030", 2025), ("Quận 6", 6), ("Covid-19", 19),
              ("1. Công tác học tập", 1), ("2. Công tác tuyên truyền", 2),
              ("3. Công tác nắm bắt", 3), ("4. Công tác giáo dục", 4),
              ("5. Học tập và làm theo", 5), ("61 tổ chức cơ sở đảng", 61),
              ("gần 6.900 đảng viên", 6900), ("bình quân mỗi lớp khoảng 95 người", 95),
              ("1975 – 2020", 1975), ("dày 386 trang", 386), ("gồm 5 chương", 5),
              ("21 người từ 60 tuổi trở lên", 21), ("50 năm", 50),
              ("tặng bằng khen cho 4 tập thể", 4), ("4 tập thể, 6 cá nhân", 6),
              ("trên 65 tuổi", 65), ("dưới 50 thành viên", 50), ("chỉ có 7 người", 7),
              ("1. Sau khi sắp xếp", 1), ("10 phường", 10), ("4 phường mới", 4),
              ("2. Phấn đấu", 2), ("100% cán bộ", 100), ("ít nhất 20 lớp", 20),
              ("lên 120 người", 120), ("3. Xây dựng", 3), ("ít nhất 1 fanpage", 1),
              ("tổ chức 2 đợt", 2)]),
    Doc("h12_11_chanhhung_binhdong_2025", T11, CH, P11, D11, "text", facts=[
        F("tổ chức 6 hội nghị học tập", 6, "study_sessions"),
        F("với 3.912 lượt cán bộ, đảng viên", 3912, "study_attendance", a="party_members"),
        F("tham dự, đạt 94,7%", 94.7, "study_participation_rate"),
        F("ban hành 11 văn bản", 11, "documents_issued"),
        F("hiện có 82 nhóm Zalo", 82, "chat_groups", p=inst(D11)),
        F("với 9.640 thành viên", 9640, "chat_group_members", p=inst(D11)),
        F("đăng 420 tin, bài", 420, "news_items"),
        F("tổ chức 38 buổi tuyên truyền miệng", 38, "oral_propaganda_sessions"),
        F("4.150 lượt người dân", 4150, "propaganda_audience", a="masses"),
        F("có 31 cộng tác viên", 31, "opinion_collaborators", unit=BD,
          p=inst("2025-09-30")),
        F("gửi 27 báo cáo", 27, "opinion_reports", unit=BD),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=BD),
        F("6 tập thể, 9 cá nhân", 9, "commended_individuals", unit=BD),
        F("hiện có 3 trang mạng xã hội", 3, "social_pages", unit=BD, p=inst(D11)),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=BD, p=month(8, 2025)),
        F("cho 146 học viên", 146, "trainees", unit=BD, p=month(8, 2025)),
    ], traps=[("14/10/2025", 14), ("09:20", 9), ("Từ ngày 1/7 đến nay", 1),
              ("hơn 100 ngày", 100), ("Phường 4", 4), ("Phường 5", 5), ("Quận 8 cũ", 8),
              ("khoảng 178.000 người", 178000), ("nhiệm kỳ 2025 – 2030", 2025),
              ("bình quân mỗi buổi gần 110 người", 110), ("58 tuổi", 58),
              ("khu phố 12", 12), ("làm 2 lần", 2), ("ngày 30/9/2025", 30),
              ("80 năm", 80), ("Quốc khánh 2/9", 2), ("Tháng 8/2025", 8),
              ("Tổng đài 1022", 1022), ("028.3950.7788", 28)]),
    Doc("h12_12_hanoi_quy1_2026", T12, HN, P12, D12, "text", facts=[
        F("ban hành 21 văn bản", 21, "documents_issued"),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("tổ chức 3.842 hội nghị", 3842, "study_sessions"),
        F("với 612.300 lượt cán bộ, đảng viên", 612300, "study_attendance",
          a="party_members"),
        F("hơn 8.200 tin, bài", 8200, "news_items", "at_least"),
        F("tổ chức 14 buổi tuyên truyền miệng", 14, "oral_propaganda_sessions", unit=XTT),
        F("từ 2.300 đến 2.500 lượt người dân", 2300, "propaganda_audience", "at_least",
          a="masses", unit=XTT),
        F("tổ chức 9 hội nghị học tập", 9, "study_sessions", unit=XUH),
        F("với 1.870 lượt đảng viên", 1870, "study_attendance", a="party_members",
          unit=XUH),
        F("đạt 97,6%", 97.6, "study_participation_rate", unit=XUH),
        F("chưa đến 50 người", 50, "other", "at_most", unit=XUH),
        F("thành lập 48 nhóm Zalo", 48, "chat_groups", unit=XPX, p=end_of(P12)),
        F("hiện có 6.900 thành viên", 6900, "chat_group_members", unit=XPX, p=inst(D12)),
        F("có 2.451 lượt người dự thi", 2451, "contest_entries", unit=XPX),
        F("có 1 cổng thông tin điện tử", 1, "websites", unit=PST, p=inst(D12)),
        F("4 fanpage", 4, "social_pages", unit=PST, p=inst(D12)),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=PST),
        F("5 tập thể, 7 cá nhân", 7, "commended_individuals", unit=PST),
    ], traps=[("quý I năm 2026", 2026), ("Quý I năm 2026", 2026), ("08/4/2026", 8),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("126 điểm cầu", 126), ("đạt 99,58%", 99.58), ("21 khu vực bỏ phiếu", 21),
              ("tại 26 thôn", 26), ("hiện có 1.916 đảng viên", 1916), ("58 chi bộ", 58),
              ("1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("trên 30% dân số", 30), ("60 tuổi", 60), ("Quý II/2026", 2026),
              ("sơ kết 1 năm", 1), ("mở 10 lớp", 10), ("024.3825.4411", 24)]),
]
