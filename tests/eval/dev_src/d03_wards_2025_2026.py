"""Synthetic dev reports, batch 3: 2025 merger, wards/communes after 2025-07-01, and more
pre-2025 qualifier forms."""
from build_gold import Doc, F, U, W, h1, h2, inst, m9, quarter, since

HN, GV, Q1 = U("01"), U("Quận Gò Vấp"), U("Quận 1")
SG, BTH, TDI = W("Phường Sài Gòn", "79"), W("Phường Bến Thành", "79"), W("Phường Tân Định", "79")
CH, BTY = W("Phường Chánh Hưng", "79"), W("Phường Bình Tây", "79")
DD, KL, OCD = W("Phường Đống Đa", "01"), W("Phường Kim Liên", "01"), W("Phường Ô Chợ Dừa", "01")

T016 = """
Hà Nội: Ban Tuyên giáo và Dân vận Thành ủy sơ kết 6 tháng đầu năm 2025

Ngày 4/7/2025, Ban Tuyên giáo và Dân vận Thành ủy Hà Nội tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị sơ kết đầu tiên kể từ khi Ban được thành lập trên cơ sở hợp nhất Ban Tuyên giáo Thành ủy và Ban Dân vận Thành ủy.

Báo cáo cho biết, 6 tháng đầu năm, Ban đã tham mưu Thường trực Thành ủy ban hành 46 văn bản về công tác tư tưởng và dân vận. Thành ủy tổ chức 7 hội nghị học tập, quán triệt trực tuyến các Nghị quyết 66-NQ/TW và 68-NQ/TW của Bộ Chính trị, kết nối tới 2.760 điểm cầu với hơn 280 nghìn lượt cán bộ, đảng viên tham dự.

Ban cũng tổ chức 5 hội nghị báo cáo viên Thành phố, tập trung thông tin về việc sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025. Hiện Thành phố có 1.650 cộng tác viên dư luận xã hội; trong 6 tháng, Ban đã tổng hợp 312 báo cáo dư luận xã hội gửi Thường trực Thành ủy.

"Khi bộ máy thay đổi lớn như vậy, tư tưởng của cán bộ, đảng viên và Nhân dân phải được nắm bắt từng ngày", đồng chí Trưởng ban Tuyên giáo và Dân vận Thành ủy nhấn mạnh. Trong 6 tháng cuối năm, Ban sẽ tập trung tuyên truyền kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9, chuẩn bị Đại hội Đảng bộ Thành phố lần thứ XVIII.
"""

T017 = """
Phường Sài Gòn: Ổn định tư tưởng sau khi vận hành chính quyền hai cấp

(Thanhuytphcm.vn) - Ngày 12/8/2025, Ban Tuyên giáo và Dân vận Đảng ủy phường Sài Gòn tổ chức giao ban đánh giá công tác tuyên giáo, dân vận từ ngày 1/7 đến nay. Phường Sài Gòn được thành lập trên cơ sở sắp xếp phường Bến Nghé, một phần phường Đa Kao và phường Nguyễn Thái Bình của Quận 1 trước đây.

Từ ngày 1/7 đến nay, Đảng ủy phường đã tổ chức 9 hội nghị học tập, quán triệt các nghị quyết, kết luận của Trung ương về sắp xếp tổ chức bộ máy, với 1.845 lượt cán bộ, đảng viên tham dự. Các chi bộ khu phố tổ chức 12 buổi thảo luận chi bộ về chủ đề "Phường mới - nếp sống mới".

Trang fanpage của phường đăng tải 164 tin, bài hướng dẫn người dân thủ tục hành chính theo địa chỉ mới. Hiện phường có 27 nhóm Zalo khu phố với khoảng 6.300 thành viên. Nhờ vậy, gần như 100% hộ dân đã được thông tin về địa chỉ hành chính mới.

Bà Phạm Thị Hồng, tổ trưởng tổ dân phố thuộc khu vực Đa Kao cũ, cho biết những ngày đầu sau sắp xếp, bà con còn lúng túng khi làm giấy tờ. "Nhờ cán bộ phường hướng dẫn qua nhóm Zalo và đến tận nhà người già, mọi việc nhanh chóng đi vào nền nếp", bà nói.

Đồng chí Trưởng ban Tuyên giáo và Dân vận Đảng ủy phường cho biết, phường phấn đấu đến cuối năm 2025 có 40 nhóm Zalo, phục vụ tuyên truyền Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030.

Mọi góp ý xin liên hệ Ban Tuyên giáo và Dân vận Đảng ủy phường Sài Gòn, điện thoại 028.3829.7410.
"""

T018 = """
Bến Thành, Tân Định: Công tác tuyên giáo quý III năm 2025 nhiều đổi mới

Ngày 3/10/2025, Đảng ủy các phường Bến Thành và Tân Định (TPHCM) sơ kết công tác tuyên giáo, dân vận quý III năm 2025.

Phường Bến Thành: Tuyên truyền ngay tại chợ

Ban Tuyên giáo và Dân vận Đảng ủy phường đã tham mưu ban hành 8 văn bản hướng dẫn. Các khu phố tổ chức 31 buổi tuyên truyền miệng tại chợ Bến Thành và các tuyến phố đi bộ, thu hút khoảng 4.100 lượt người dân tham dự. Tiểu thương Nguyễn Thị Lan chia sẻ, nhờ những buổi nói chuyện ngắn gọn ngay tại sạp hàng, bà hiểu rõ hơn về việc đóng thuế theo hóa đơn điện tử.

Phường Tân Định: Nâng chất sinh hoạt chi bộ

Đảng ủy phường tổ chức 6 hội nghị học tập, quán triệt dự thảo văn kiện Đại hội đại biểu toàn quốc lần thứ XIV, có 930/962 đảng viên tham dự, đạt 96,67%. Phường hiện có 38 cộng tác viên dư luận xã hội, được chọn từ các khu phố thuộc phường 8, Quận 3 cũ và phường Tân Định, Quận 1 cũ. Trong quý, cộng tác viên đã gửi 11 báo cáo dư luận xã hội.

Tại hội nghị, nhiều ý kiến đề xuất cần có cơ chế phối hợp chặt chẽ hơn giữa các phường trung tâm trong tuyên truyền về phát triển kinh tế ban đêm, quản lý vỉa hè và bảo tồn các công trình kiến trúc có giá trị. Đại diện Ban Tuyên giáo và Dân vận Thành ủy ghi nhận và đề nghị các phường chủ động chia sẻ thông tin, tránh chồng chéo.

Trụ sở Đảng ủy phường Tân Định đặt tại số 289 Hai Bà Trưng.
"""

T019 = """
Ngày 8/1/2026, Đảng ủy phường Chánh Hưng và phường Bình Tây (TP.HCM) tổng kết công tác tuyên giáo, dân vận 6 tháng cuối năm 2025, khoảng thời gian đầu tiên vận hành chính quyền địa phương hai cấp.

PHƯỜNG CHÁNH HƯNG

Phường Chánh Hưng được hình thành từ các phường 4, 5 và một phần phường 6 của Quận 8 trước đây. Trong 6 tháng cuối năm 2025, Đảng ủy phường tổ chức 24 lớp học tập, quán triệt với 3.112 lượt cán bộ, đảng viên và 1.487 lượt quần chúng tham dự; tỷ lệ đảng viên học tập đạt 97,2%. Dịp tổng kết, Đảng ủy phường khen thưởng 9 tập thể, 14 cá nhân.

Phát biểu tại hội nghị, Bí thư Đảng ủy phường Chánh Hưng nhấn mạnh, sau sắp xếp, địa bàn rộng hơn, dân cư đông hơn nên cán bộ tuyên giáo phải "đi từng ngõ, gõ từng nhà", lắng nghe ý kiến người dân về thủ tục hành chính, về chỉnh trang kênh rạch và trật tự lòng lề đường. Đảng ủy phường cũng yêu cầu các chi bộ khu phố duy trì sinh hoạt đúng định kỳ, nâng cao chất lượng sinh hoạt chuyên đề.

PHƯỜNG BÌNH TÂY

Tại phường Bình Tây (trước đây thuộc Quận 6), hiện có 3 fanpage và 52 nhóm Zalo với hơn 9.800 thành viên. Hội thi "Tìm hiểu lịch sử Chợ Lớn" do phường phát động nhận được 412 bài dự thi.

Năm 2026, hai phường tập trung tuyên truyền Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và kỷ niệm 96 năm Ngày thành lập Đảng.

Ý kiến bạn đọc
"""

T020 = """
Các phường trung tâm Hà Nội đẩy mạnh tuyên truyền miệng

Từ ngày 1/7 đến nay, Ban Tuyên giáo và Dân vận Đảng ủy các phường Đống Đa, Kim Liên, Ô Chợ Dừa đã có nhiều cách làm sáng tạo trong công tác tuyên truyền.

Phường Đống Đa: Đảng ủy phường tổ chức 15 buổi tuyên truyền miệng với gần 2.000 lượt người nghe, chủ yếu về kỷ niệm 80 năm Quốc khánh 2/9. Phường hiện có 21 báo cáo viên, phần lớn là cán bộ hưu trí từng công tác ở Quận Đống Đa.

Phường Kim Liên: Đảng ủy phường phối hợp mở 4 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo, dân vận cho 260 học viên là cán bộ tổ dân phố. Trang thông tin của phường đăng tải 118 tin, bài. Ông Trần Văn Hải, Tổ trưởng Tổ dân phố số 12, cho biết các lớp học giúp ông "tự tin trả lời bà con".

Theo Đảng ủy phường Kim Liên, điểm khó nhất hiện nay là đội ngũ cán bộ tổ dân phố phần lớn mới được kiện toàn sau sắp xếp, chưa quen với nghiệp vụ tổng hợp dư luận và viết tin, bài. Vì vậy, phường chủ trương "cầm tay chỉ việc", ghép cán bộ trẻ với cán bộ có kinh nghiệm để cùng làm.

Phường Ô Chợ Dừa: Phường triển khai 2 đợt sinh hoạt chính trị gắn với Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030, đồng thời tiếp nhận 19 báo cáo dư luận xã hội từ các chi bộ.
"""

T021 = """
Gò Vấp: Công tác tuyên giáo 9 tháng năm 2017 chuyển biến rõ nét

Ngày 28/9/2017, Quận ủy Gò Vấp tổ chức sơ kết công tác tuyên giáo 9 tháng năm 2017.

Theo báo cáo, các cấp ủy đã tổ chức 33 lớp học tập, quán triệt nghị quyết, chỉ thị; gần như 100% chi bộ đã xây dựng chương trình hành động thực hiện Nghị quyết Trung ương 4 khóa XII. Quận triển khai ba đợt sinh hoạt chính trị trong cán bộ, đảng viên về chuẩn mực đạo đức.

Theo Trưởng ban Tuyên giáo Quận ủy, việc học tập nghị quyết năm nay được đổi mới theo hướng tăng thảo luận, giảm đọc văn bản. Nhiều chi bộ phường đã mời chuyên gia, giảng viên trường chính trị về trao đổi trực tiếp, giải đáp những băn khoăn của đảng viên về chế độ, chính sách và công tác cán bộ. Ở các chi bộ khu phố, đảng viên lớn tuổi được bố trí học theo nhóm nhỏ tại nhà văn hóa để thuận tiện đi lại.

Đội ngũ báo cáo viên, tuyên truyền viên tổ chức chừng 400 buổi tuyên truyền miệng tại tổ dân phố. Quận hiện có 74 báo cáo viên cấp quận. Tuy nhiên, công tác dư luận xã hội còn hạn chế: 9 tháng, quận chỉ nhận được chưa đến 60 báo cáo dư luận xã hội từ cơ sở, nhiều phường như phường 10, phường 17 chậm báo cáo.

Quý IV, quận chuẩn bị học tập Nghị quyết Trung ương 6 và tuyên truyền kỷ niệm 100 năm Cách mạng Tháng Mười Nga (7/11/1917 - 7/11/2017).
"""

T022 = """
Q1: Sơ kết 6 tháng đầu năm trước thời điểm sắp xếp đơn vị hành chính

Ngày 25/6/2025, Ban Tuyên giáo và Dân vận Quận ủy Quận 1 tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025. Đây là lần sơ kết cuối cùng của quận Nhất trước khi cấp quận kết thúc hoạt động từ ngày 1/7/2025.

6 tháng qua, các cấp ủy tổ chức 41 hội nghị học tập, quán triệt Nghị quyết 60-NQ/TW và các kết luận của Trung ương về sắp xếp bộ máy, với 7.930 lượt cán bộ, đảng viên tham dự, đạt tỷ lệ 97,8%. Trang thông tin điện tử và fanpage của quận đăng tải 1.120 tin, bài tuyên truyền kỷ niệm 50 năm Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025). Hiện Q1 có 48 nhóm Zalo với trên 11 ngàn thành viên.

Phát biểu tại hội nghị, đồng chí Bí thư Quận ủy đề nghị cán bộ làm công tác tuyên giáo, dân vận tiếp tục bám sát cơ sở trong giai đoạn chuyển tiếp, kịp thời nắm bắt tâm tư của cán bộ, công chức dôi dư sau sắp xếp, đồng thời chuẩn bị đầy đủ hồ sơ, tài liệu bàn giao cho các phường mới. "Quận kết thúc hoạt động nhưng công tác tư tưởng thì không được phép có khoảng trống", đồng chí nhấn mạnh.

Với vai trò Cụm trưởng Cụm thi đua 1, Ban Tuyên giáo và Dân vận Quận ủy được đánh giá hoàn thành tốt nhiệm vụ. Dịp này, Ban Thường vụ Quận ủy khen thưởng 10 tập thể, 16 cá nhân.
"""

D017, D018, D019, D020 = "2025-08-12", "2025-10-03", "2026-01-08", "2025-11-20"

DOCS = [
    Doc("syn_016_hanoi_city_2025", T016, HN, h1(2025), "2025-07-04", "text", facts=[
        F("ban hành 46 văn bản", 46, "documents_issued"),
        F("tổ chức 7 hội nghị học tập, quán triệt", 7, "study_sessions"),
        F("hơn 280 nghìn lượt cán bộ, đảng viên", 280000, "study_attendance", "at_least",
          a="party_members"),
        F("tổ chức 5 hội nghị báo cáo viên", 5, "reporter_conferences"),
        F("Thành phố có 1.650 cộng tác viên", 1650, "opinion_collaborators",
          p=inst("2025-07-04")),
        F("tổng hợp 312 báo cáo dư luận xã hội", 312, "opinion_reports"),
    ], traps=[("tới 2.760 điểm cầu", 2760), ("hai cấp", 2), ("tháng Tám", 8), ("Ngày 4/7/2025", 4), ("6 tháng cuối năm 2025", 6), ("66-NQ/TW", 66),
              ("68-NQ/TW", 68), ("ngày 1/7/2025", 1), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("lần thứ XVIII", 18)]),
    Doc("syn_017_p_saigon_2025", T017, SG, since("2025-07-01", D017), D017, "text", facts=[
        F("tổ chức 9 hội nghị học tập, quán triệt", 9, "study_sessions"),
        F("với 1.845 lượt cán bộ, đảng viên", 1845, "study_attendance", a="party_members"),
        F("tổ chức 12 buổi thảo luận chi bộ", 12, "party_cell_discussions"),
        F("đăng tải 164 tin, bài", 164, "news_items"),
        F("phường có 27 nhóm Zalo", 27, "chat_groups", p=inst(D017)),
        F("khoảng 6.300 thành viên", 6300, "chat_group_members", "approx", p=inst(D017)),
        F("gần như 100% hộ dân", 100, "other", "approx"),
    ], traps=[("hai cấp", 2), ("Ngày 12/8/2025", 12), ("ngày 1/7", 1), ("Quận 1", 1),
              ("có 40 nhóm Zalo", 40), ("cuối năm 2025", 2025), ("nhiệm kỳ 2025 – 2030", 2025),
              ("028.3829.7410", 28)]),
    Doc("syn_018_benthanh_tandinh_2025", T018, BTH, quarter(3, 2025), D018, "text", facts=[
        F("ban hành 8 văn bản", 8, "documents_issued"),
        F("tổ chức 31 buổi tuyên truyền miệng", 31, "oral_propaganda_sessions"),
        F("khoảng 4.100 lượt người dân", 4100, "propaganda_audience", "approx", a="masses"),
        F("tổ chức 6 hội nghị học tập, quán triệt", 6, "study_sessions", unit=TDI),
        F("có 930/962 đảng viên", 930, "study_attendance", a="party_members", unit=TDI),
        F("đạt 96,67%", 96.67, "study_participation_rate", unit=TDI),
        F("hiện có 38 cộng tác viên", 38, "opinion_collaborators", unit=TDI, p=inst(D018)),
        F("gửi 11 báo cáo dư luận xã hội", 11, "opinion_reports", unit=TDI),
    ], traps=[("Ngày 3/10/2025", 3), ("quý III năm 2025", 2025), ("lần thứ XIV", 14),
              ("phường 8", 8), ("Quận 3", 3), ("Quận 1", 1), ("số 289 Hai Bà Trưng", 289)]),
    Doc("syn_019_chanhhung_binhtay_2026", T019, CH, h2(2025), D019, "text", facts=[
        F("tổ chức 24 lớp học tập, quán triệt", 24, "study_sessions"),
        F("với 3.112 lượt cán bộ, đảng viên", 3112, "study_attendance", a="party_members"),
        F("1.487 lượt quần chúng", 1487, "study_attendance", a="masses"),
        F("học tập đạt 97,2%", 97.2, "study_participation_rate"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 14 cá nhân", 14, "commended_individuals"),
        F("hiện có 3 fanpage", 3, "social_pages", unit=BTY, p=inst(D019)),
        F("52 nhóm Zalo", 52, "chat_groups", unit=BTY, p=inst(D019)),
        F("hơn 9.800 thành viên", 9800, "chat_group_members", "at_least", unit=BTY,
          p=inst(D019)),
        F("nhận được 412 bài dự thi", 412, "contest_entries", unit=BTY),
    ], traps=[("hai cấp", 2), ("hai phường", 2), ("Ngày 8/1/2026", 8), ("6 tháng cuối năm 2025", 6), ("phường 4, 5", 4), ("5 và một phần", 5),
              ("phường 6", 6), ("Quận 8", 8), ("Quận 6", 6), ("Năm 2026", 2026),
              ("lần thứ XIV", 14), ("96 năm", 96)]),
    Doc("syn_020_hn_wards_2025", T020, DD, since("2025-07-01", D020), D020, "sidecar",
        meta={"date": D020}, facts=[
        F("tổ chức 15 buổi tuyên truyền miệng", 15, "oral_propaganda_sessions"),
        F("gần 2.000 lượt người nghe", 2000, "propaganda_audience", "at_most"),
        F("Phường hiện có 21 báo cáo viên", 21, "reporters", p=inst(D020)),
        F("mở 4 lớp bồi dưỡng nghiệp vụ", 4, "training_classes", unit=KL),
        F("cho 260 học viên", 260, "trainees", unit=KL),
        F("đăng tải 118 tin, bài", 118, "news_items", unit=KL),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns", unit=OCD),
        F("tiếp nhận 19 báo cáo dư luận xã hội", 19, "opinion_reports", unit=OCD),
    ], traps=[("Từ ngày 1/7", 1), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("Tổ dân phố số 12", 12), ("nhiệm kỳ 2025 - 2030", 2025)]),
    Doc("syn_021_govap_2017", T021, GV, m9(2017), "2017-09-28", "text", facts=[
        F("tổ chức 33 lớp học tập, quán triệt", 33, "study_sessions"),
        F("gần như 100% chi bộ", 100, "other", "approx"),
        F("triển khai ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("chừng 400 buổi tuyên truyền miệng", 400, "oral_propaganda_sessions", "approx"),
        F("Quận hiện có 74 báo cáo viên", 74, "reporters", p=inst("2017-09-28")),
        F("chưa đến 60 báo cáo dư luận xã hội", 60, "opinion_reports", "at_most"),
    ], traps=[("Tháng Mười Nga", 10), ("Ngày 28/9/2017", 28), ("9 tháng năm 2017", 9), ("Trung ương 4", 4),
              ("khóa XII", 12), ("9 tháng, quận", 9), ("phường 10", 10), ("phường 17", 17),
              ("Trung ương 6", 6), ("100 năm", 100), ("7/11/1917", 7), ("7/11/2017", 7)]),
    Doc("syn_022_q1_2025", T022, Q1, h1(2025), "2025-06-25", "text", facts=[
        F("tổ chức 41 hội nghị học tập, quán triệt", 41, "study_sessions"),
        F("với 7.930 lượt cán bộ, đảng viên", 7930, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 97,8%", 97.8, "study_participation_rate"),
        F("đăng tải 1.120 tin, bài", 1120, "news_items"),
        F("Q1 có 48 nhóm Zalo", 48, "chat_groups", p=inst("2025-06-25")),
        F("trên 11 ngàn thành viên", 11000, "chat_group_members", "at_least",
          p=inst("2025-06-25")),
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể, 16 cá nhân", 16, "commended_individuals"),
    ], traps=[("Ngày 25/6/2025", 25), ("ngày 1/7/2025", 1), ("60-NQ/TW", 60), ("50 năm", 50),
              ("30/4/1975", 30), ("30/4/2025", 30), ("Cụm thi đua 1", 1), ("Quận 1", 1),
              ("6 tháng đầu năm 2025", 6)]),
]
