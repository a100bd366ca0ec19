"""Fourth held-out set (holdout4), part 4: wards and communes from 2025-07-01 (Ho Chi Minh City
and Hanoi). Written in session 4 from docs/LABELING.md, tests/eval/README.md and the seeds
only, without reading the extractor and without running it on these reports."""
from build_gold import Doc, F, W, h2, inst, month, quarter, since

BANCO, XOMCHIEU = W("Phường Bàn Cờ", "79"), W("Phường Xóm Chiếu", "79")
X_HOCMON, DHT = W("Xã Hóc Môn", "79"), W("Phường Đông Hưng Thuận", "79")
VUNGTAU = W("Phường Vũng Tàu", "79")
HONGHA, KHUONGDINH = W("Phường Hồng Hà", "01"), W("Phường Khương Đình", "01")
BATTRANG, NGHIADO = W("Xã Bát Tràng", "01"), W("Phường Nghĩa Đô", "01")

for _u in (BANCO, XOMCHIEU, X_HOCMON, DHT, VUNGTAU, HONGHA, KHUONGDINH, BATTRANG, NGHIADO):
    assert _u.code is not None, f"{_u.name} is not in org_units.csv"

# ---------------------------------------------------------------------------------------------
T411 = """
Phường Bàn Cờ, phường Xóm Chiếu: Nửa năm vận hành chính quyền địa phương hai cấp

(Thanhuytphcm.vn) - Ngày 29/12/2025, Ban Tuyên giáo và Dân vận Đảng ủy phường Bàn Cờ và Ban Tuyên giáo và Dân vận Đảng ủy phường Xóm Chiếu tổ chức giao ban đánh giá công tác tuyên giáo, dân vận 6 tháng cuối năm 2025.

PHƯỜNG BÀN CỜ

Phường Bàn Cờ được thành lập trên cơ sở sắp xếp Phường 1, Phường 2, Phường 3 và Phường 5 của Quận 3 cũ, dân số khoảng 60 nghìn người, có 29 khu phố.

Từ ngày 1/7 đến nay, Đảng ủy phường ban hành 18 văn bản về công tác tư tưởng; tổ chức 6 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030, cho 2.846 lượt cán bộ, đảng viên, đạt 97,4%.

Trong 6 tháng, các khu phố tổ chức 58 buổi tuyên truyền miệng về thủ tục hành chính mới và nơi tiếp nhận hồ sơ sau sắp xếp, với 3.920 lượt người dân tham dự. Hiện phường duy trì 1 fanpage và 41 nhóm Zalo với trên 12.000 thành viên. Đến nay, phường có 12 báo cáo viên.

Bà Trương Thị Lan, 66 tuổi, ngụ khu phố 7, kể: “Trước tôi làm giấy tờ ở trụ sở phường 2 cũ, giờ lên trụ sở mới xa hơn chừng 1 km, nhưng cán bộ hướng dẫn kỹ, 15 phút là xong.”

Cuộc thi trực tuyến “Tìm hiểu về phường Bàn Cờ” thu hút 1.508 bài dự thi.

Đồng chí Bí thư Đảng ủy phường Bàn Cờ nhấn mạnh, việc thông tin đầy đủ, kịp thời về bộ máy mới giúp người dân đồng thuận, bớt băn khoăn chuyện đi lại làm giấy tờ; thời gian tới phường tiếp tục phát huy vai trò của chi bộ khu phố trong nắm bắt dư luận.

Phường Xóm Chiếu: Gần dân hơn qua mạng xã hội

Xóm Chiếu hình thành từ Phường 13, Phường 16, Phường 18 và một phần Phường 15 của Quận 4 cũ, diện tích khoảng 1,4 km2, gồm 24 khu phố nằm ven kênh Bến Nghé. Dự án cải tạo các lô chung cư cũ trên đường Tôn Đản, tổng vốn khoảng 1.300 tỷ đồng, đang được người dân đặc biệt quan tâm.

Tháng 9/2025, phường tổ chức 4 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường cho 1.975 lượt cán bộ, đảng viên. Các chi bộ khu phố tổ chức từ 150 đến 160 buổi sinh hoạt chuyên đề trong 6 tháng cuối năm.

Tính đến ngày 15/12/2025, phường có 21 cộng tác viên dư luận xã hội; lực lượng này đã thực hiện 8 báo cáo dư luận xã hội về dự án chung cư. Trang fanpage của phường đăng 347 tin, bài, video, trong đó clip hướng dẫn làm căn cước cho người cao tuổi đạt xấp xỉ 95 nghìn lượt xem.

Tháng 12/2025, phường phối hợp mở 2 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho bí thư chi bộ khu phố với 118 học viên. Đường dây nóng của phường: 028.3940.0312.

Dịp này, Đảng ủy phường khen thưởng 6 tập thể, 11 cá nhân. Năm 2026, phường phấn đấu mỗi khu phố có ít nhất 2 tuyên truyền viên số, dự kiến tổ chức 20 buổi đối thoại với người dân.
"""
D411 = "2025-12-29"
P411 = h2(2025)
S411 = since("2025-07-01", D411)

# ---------------------------------------------------------------------------------------------
T412 = """
Ngày 3 tháng 4 năm 2026

Xã Hóc Môn, phường Đông Hưng Thuận, phường Vũng Tàu: Đưa Nghị quyết Đại hội XIV của Đảng đến từng chi bộ

Quý I năm 2026, Đảng ủy xã Hóc Môn, Đảng ủy phường Đông Hưng Thuận và Đảng ủy phường Vũng Tàu cùng tập trung học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, gắn với tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 – 2031 diễn ra ngày 15/3/2026.

XÃ HÓC MÔN

Xã Hóc Môn có 36 ấp, dân số hơn 150 nghìn người, có Quốc lộ 22 và Tỉnh lộ 9 đi qua; người dân đi xe buýt tuyến 03 hoặc tuyến 122 đều tới được trung tâm hành chính xã. Trong quý I, Đảng ủy xã tổ chức mười tám hội nghị học tập Nghị quyết Đại hội XIV tại các chi bộ ấp, với 4.130/4.276 đảng viên tham dự, đạt 96,6%.

Tháng 3/2026, xã tổ chức 27 buổi tuyên truyền miệng về bầu cử tại các ấp, điểm chợ với khoảng 5.600 lượt người dân. Hiện xã có 52 nhóm Zalo ấp với hơn 21.000 thành viên.

Ông Lê Văn Tám, 59 tuổi, ở ấp 7, nói: “Nhà tôi cách điểm bỏ phiếu số 12 chưa tới 500 m, sáng 7 giờ cả nhà đã đi bầu xong.”

PHƯỜNG ĐÔNG HƯNG THUẬN

Đông Hưng Thuận nằm dọc Quốc lộ 1A, giáp sân bay Tân Sơn Nhất, có nhiều khu nhà trọ công nhân quanh đường số 9. Quý I năm 2026, Đảng ủy phường ban hành 9 văn bản chỉ đạo; tổ chức 14 hội nghị học tập, quán triệt cho 3.260 lượt cán bộ, đảng viên và 1.140 lượt đoàn viên, hội viên; tỷ lệ đảng viên dự học tập đạt gần như 100%.

Ban Tuyên giáo và Dân vận Đảng ủy phường hiện có 15 báo cáo viên và 19 cộng tác viên dư luận xã hội. Trong quý, lực lượng cộng tác viên gửi 7 báo cáo tình hình tư tưởng, dư luận. Trang fanpage của phường đăng 265 tin, bài, video về bầu cử. Tại hội thi tuyên truyền viên giỏi khu vực, đội của phường đạt 9,5 điểm phần thi hùng biện và xếp thứ 3 chung cuộc.

PHƯỜNG VŨNG TÀU

Phường Vũng Tàu là trung tâm du lịch biển, có Bãi Sau dài khoảng 8 km, tượng Chúa Kitô Vua cao 32 m trên núi Nhỏ và Quốc lộ 51 nối với các khu công nghiệp; quý I năm nay phường đón hơn 1,8 triệu lượt khách du lịch.

Tính đến ngày 31/3/2026, phường có 64 nhóm Zalo khu phố với 38.500 thành viên. Trong quý I, Đảng ủy phường tổ chức 11 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV với 2.985 lượt cán bộ, đảng viên; đài truyền thanh phường phát 120 bản tin về bầu cử. Tháng 3/2026, phường triển khai 1 đợt sinh hoạt chính trị về truyền thống Đảng bộ và khen thưởng 5 tập thể, 9 cá nhân.

Quý II, ba địa phương dự kiến tổ chức sơ kết; đến năm 2030, phường Vũng Tàu phấn đấu 100% khu phố có điểm đọc sách, tủ sách pháp luật.
"""
D412 = "2026-04-03"
P412 = quarter(1, 2026)

# ---------------------------------------------------------------------------------------------
T413 = """
Thứ Ba, 23/9/2025

Hồng Hà, Khương Đình: Công tác tuyên giáo sau gần 3 tháng vận hành chính quyền hai cấp

(HNMO) - Từ ngày 1/7 đến nay, Ban Tuyên giáo và Dân vận Đảng ủy phường Hồng Hà và phường Khương Đình đã có nhiều cách làm mới để đưa thông tin đến người dân về mô hình chính quyền địa phương hai cấp và các hoạt động kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

Phường Hồng Hà: Thông tin đến từng hộ ven sông

Phường Hồng Hà trải dài dọc sông Hồng khoảng 11 km, được thành lập trên cơ sở sắp xếp 5 phường cũ; trên địa bàn có cầu Long Biên hơn 120 năm tuổi và bãi giữa sông Hồng rộng chừng 250 ha.

Đảng ủy phường đã ban hành 12 văn bản về công tác tư tưởng; tổ chức 5 hội nghị học tập, quán triệt nghị quyết với 2.318 lượt cán bộ, đảng viên, đạt 95,1%. Hiện phường có 38 nhóm Zalo tổ dân phố với khoảng 15.600 thành viên.

Tháng 8/2025, phường tổ chức 19 buổi tuyên truyền miệng về lễ diễu binh, diễu hành A80 với hơn 2.400 lượt người nghe. Hiện nay, thông tin về thủ tục hành chính được đăng đồng thời trên 3 trang fanpage của Đảng ủy, Ủy ban nhân dân và Đoàn Thanh niên phường.

Bà Phạm Thị Hoa, 63 tuổi, ở tổ dân phố 12, nói: “Nhà tôi ở ngõ 52 Phúc Tân hơn 40 năm. Giờ con cháu mở nhóm Zalo cho xem, biết ngay lịch làm việc của phường.”

Theo đồng chí Trưởng ban Tuyên giáo và Dân vận Đảng ủy phường Hồng Hà, khó khăn lớn nhất sau sắp xếp là người dân chưa quen địa điểm làm thủ tục mới, một số tổ dân phố thay tổ trưởng nên việc nắm tình hình có lúc bị gián đoạn. Phường đã giao mỗi cán bộ phụ trách một cụm dân cư, thường xuyên xuống cơ sở lắng nghe ý kiến của người dân.

Phường Khương Đình: Chú trọng lực lượng cộng tác viên

Phường Khương Đình nằm hai bên sông Tô Lịch, có đường Vành đai 3 trên cao đi qua, dân số khoảng 120 nghìn người.

Phường tổ chức 7 hội nghị học tập, quán triệt cho 3.104 lượt cán bộ, đảng viên và 890 lượt quần chúng. Ban Tuyên giáo và Dân vận Đảng ủy phường đã mở 3-4 lớp tập huấn kỹ năng tuyên truyền trên mạng xã hội cho tổ trưởng tổ dân phố.

Tính đến ngày 15/9/2025, phường có 26 cộng tác viên dư luận xã hội; tháng 8/2025, lực lượng này gửi 10 báo cáo phản ánh tâm tư của người dân về việc bố trí lại điểm tiếp công dân. Trang fanpage của phường mới đăng chưa đến 90 tin, bài, nhưng video hướng dẫn nộp hồ sơ trực tuyến đạt khoảng 48 nghìn lượt xem.

Nhân dịp kỷ niệm Quốc khánh, Đảng ủy phường khen thưởng 6 tập thể, 10 cá nhân. Quý IV, phường dự kiến tổ chức 15 buổi đối thoại và phấn đấu đến hết năm 2025 có 100% tổ dân phố lập nhóm Zalo.
"""
D413 = "2025-09-23"
P413 = since("2025-07-01", D413)

# ---------------------------------------------------------------------------------------------
T414 = """
Hà Nội, ngày 08 tháng 01 năm 2026

Xã Bát Tràng và phường Nghĩa Đô tổng kết công tác tuyên giáo 6 tháng cuối năm 2025

Ban Tuyên giáo và Dân vận Đảng ủy xã Bát Tràng và phường Nghĩa Đô vừa tổ chức hội nghị tổng kết công tác tuyên giáo, dân vận 6 tháng cuối năm 2025 – nửa năm đầu tiên hoạt động theo mô hình chính quyền địa phương hai cấp.

Xã Bát Tràng: Làng nghề và thông tin

Bát Tràng có làng gốm hơn 700 năm tuổi với khoảng 1.000 hộ làm gốm; năm 2025, làng nghề đón khoảng 1,2 triệu lượt khách tham quan, doanh thu ước đạt 2.000 tỷ đồng.

Sáu tháng qua, Đảng ủy xã ban hành 11 văn bản lãnh đạo công tác tư tưởng; tổ chức 03 hội nghị quán triệt cấp xã và 21 buổi học tập ở các chi bộ thôn, với 2.604 lượt cán bộ, đảng viên tham dự. Xã mở 2 lớp bồi dưỡng nhận thức về Đảng cho 96 học viên là quần chúng ưu tú.

Các tổ tuyên truyền của xã tổ chức 44 buổi nói chuyện về an toàn thực phẩm, phòng cháy trong các lò gốm, thu hút gần 3.900 lượt người dân. Tính đến ngày 31/12/2025, xã có 46 nhóm Zalo thôn, xóm với khoảng 14.700 thành viên.

Nghệ nhân Trần Văn Độ, 72 tuổi, có lò gốm ở xóm 5, chia sẻ: “Lò nhà tôi nung ở 1.250 độ C, mỗi mẻ ra cả 3.000 sản phẩm. Cán bộ xã hướng dẫn quy định phòng cháy, tôi về phổ biến lại cho 12 thợ làm cùng.”

Phường Nghĩa Đô: Tuyên truyền trên không gian số

Phường Nghĩa Đô có nhiều cơ quan trung ương, viện nghiên cứu và các tòa chung cư 25 – 30 tầng. Theo một khảo sát của Viện Xã hội học, 72% người được hỏi ở các đô thị lớn đọc tin tức chủ yếu trên điện thoại.

Sáu tháng cuối năm 2025, Đảng ủy phường ban hành 15 văn bản; tổ chức 9 hội nghị học tập, quán triệt nghị quyết cho 4.518 lượt cán bộ, đảng viên, tỷ lệ đảng viên tham gia đạt 97,85%. Phường triển khai 01 đợt sinh hoạt chính trị với chủ đề “Kỷ nguyên vươn mình của dân tộc”.

Hiện nay, phường có 2 trang thông tin điện tử, 5 fanpage và 73 nhóm Zalo tổ dân phố. Tháng 12/2025, các trang của phường đăng 214 tin, bài, infographic; clip giới thiệu bộ thủ tục hành chính mới đạt hơn 120 nghìn lượt xem.

Đội ngũ báo cáo viên phường hiện có 14 người. Đến nay, phường có 23 cộng tác viên dư luận xã hội; trong 6 tháng, lực lượng này đã gửi 11 báo cáo dư luận xã hội. Cuộc thi tìm hiểu Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVIII trên nền tảng số nhận được 3.366 bài dự thi. Dịp tổng kết, Đảng ủy phường tặng giấy khen cho 8 tập thể, 14 cá nhân.

Năm 2026, xã Bát Tràng dự kiến xây dựng thêm 3 điểm tuyên truyền trực quan tại khu chợ gốm; phường Nghĩa Đô phấn đấu đến năm 2030 có 100% thủ tục hành chính được giới thiệu bằng video trên trang của phường.
"""
D414 = "2026-01-08"
P414 = h2(2025)

DOCS = [
    Doc("syn_411_banco_xomchieu_2025", T411, BANCO, P411, D411, "text", facts=[
        F("ban hành 18 văn bản", 18, "documents_issued", unit=BANCO, p=S411),
        F("6 hội nghị học tập", 6, "study_sessions", unit=BANCO, p=S411),
        F("2.846 lượt cán bộ, đảng viên", 2846, "study_attendance", a="party_members",
          unit=BANCO, p=S411),
        F("đạt 97,4%", 97.4, "study_participation_rate", unit=BANCO, p=S411),
        F("58 buổi tuyên truyền miệng", 58, "oral_propaganda_sessions", unit=BANCO),
        F("3.920 lượt người dân", 3920, "propaganda_audience", a="masses", unit=BANCO),
        F("duy trì 1 fanpage", 1, "social_pages", unit=BANCO, p=inst(D411)),
        F("41 nhóm Zalo", 41, "chat_groups", unit=BANCO, p=inst(D411)),
        F("trên 12.000 thành viên", 12000, "chat_group_members", "at_least", unit=BANCO,
          p=inst(D411)),
        F("có 12 báo cáo viên", 12, "reporters", unit=BANCO, p=inst(D411)),
        F("1.508 bài dự thi", 1508, "contest_entries", unit=BANCO),
        F("4 hội nghị học tập", 4, "study_sessions", unit=XOMCHIEU, p=month(9, 2025)),
        F("1.975 lượt cán bộ, đảng viên", 1975, "study_attendance", a="party_members",
          unit=XOMCHIEU, p=month(9, 2025)),
        F("từ 150 đến 160 buổi sinh hoạt chuyên đề", 150, "party_cell_discussions",
          "at_least", unit=XOMCHIEU),
        F("có 21 cộng tác viên dư luận xã hội", 21, "opinion_collaborators", unit=XOMCHIEU,
          p=inst("2025-12-15")),
        F("thực hiện 8 báo cáo dư luận xã hội", 8, "opinion_reports", unit=XOMCHIEU),
        F("đăng 347 tin, bài, video", 347, "news_items", unit=XOMCHIEU),
        F("xấp xỉ 95 nghìn lượt xem", 95000, "propaganda_audience", "approx",
          unit=XOMCHIEU),
        F("mở 2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes", unit=XOMCHIEU,
          p=month(12, 2025)),
        F("118 học viên", 118, "trainees", unit=XOMCHIEU, p=month(12, 2025)),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=XOMCHIEU),
        F("11 cá nhân", 11, "commended_individuals", unit=XOMCHIEU),
    ], traps=[("Ngày 29/12/2025", 29), ("6 tháng cuối năm 2025", 6), ("Phường 1", 1),
              ("Phường 2", 2), ("Phường 3", 3), ("Phường 5", 5), ("Quận 3", 3),
              ("khoảng 60 nghìn người", 60000), ("29 khu phố", 29), ("Từ ngày 1/7", 1),
              ("lần thứ I", 1), ("nhiệm kỳ 2025 – 2030", 2025), ("Trong 6 tháng", 6),
              ("66 tuổi", 66), ("khu phố 7", 7), ("phường 2 cũ", 2), ("chừng 1 km", 1),
              ("15 phút", 15), ("Phường 13", 13), ("Phường 16", 16), ("Phường 18", 18),
              ("Phường 15", 15), ("Quận 4", 4), ("khoảng 1,4 km2", 1.4),
              ("24 khu phố", 24), ("khoảng 1.300 tỷ đồng", 1300000000000),
              ("Tháng 9/2025", 9), ("6 tháng cuối năm", 6), ("ngày 15/12/2025", 15),
              ("Tháng 12/2025", 12), ("028.3940.0312", 28), ("Năm 2026", 2026),
              ("ít nhất 2 tuyên truyền viên", 2), ("dự kiến tổ chức 20 buổi", 20)]),
    Doc("syn_412_hocmon_dht_vungtau_2026", T412, X_HOCMON, P412, D412, "text", facts=[
        F("mười tám hội nghị học tập", 18, "study_sessions", unit=X_HOCMON),
        F("4.130/4.276 đảng viên", 4130, "study_attendance", a="party_members",
          unit=X_HOCMON),
        F("đạt 96,6%", 96.6, "study_participation_rate", unit=X_HOCMON),
        F("27 buổi tuyên truyền miệng", 27, "oral_propaganda_sessions", unit=X_HOCMON,
          p=month(3, 2026)),
        F("khoảng 5.600 lượt người dân", 5600, "propaganda_audience", "approx", a="masses",
          unit=X_HOCMON, p=month(3, 2026)),
        F("52 nhóm Zalo", 52, "chat_groups", unit=X_HOCMON, p=inst(D412)),
        F("hơn 21.000 thành viên", 21000, "chat_group_members", "at_least", unit=X_HOCMON,
          p=inst(D412)),
        F("ban hành 9 văn bản", 9, "documents_issued", unit=DHT),
        F("14 hội nghị học tập", 14, "study_sessions", unit=DHT),
        F("3.260 lượt cán bộ, đảng viên", 3260, "study_attendance", a="party_members",
          unit=DHT),
        F("1.140 lượt đoàn viên, hội viên", 1140, "study_attendance", a="masses", unit=DHT),
        F("đạt gần như 100%", 100, "study_participation_rate", "approx", unit=DHT),
        F("hiện có 15 báo cáo viên", 15, "reporters", unit=DHT, p=inst(D412)),
        F("19 cộng tác viên dư luận xã hội", 19, "opinion_collaborators", unit=DHT,
          p=inst(D412)),
        F("gửi 7 báo cáo", 7, "opinion_reports", unit=DHT),
        F("đăng 265 tin, bài, video", 265, "news_items", unit=DHT),
        F("có 64 nhóm Zalo", 64, "chat_groups", unit=VUNGTAU, p=inst("2026-03-31")),
        F("38.500 thành viên", 38500, "chat_group_members", unit=VUNGTAU,
          p=inst("2026-03-31")),
        F("11 hội nghị học tập", 11, "study_sessions", unit=VUNGTAU),
        F("2.985 lượt cán bộ, đảng viên", 2985, "study_attendance", a="party_members",
          unit=VUNGTAU),
        F("phát 120 bản tin", 120, "news_items", unit=VUNGTAU),
        F("1 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=VUNGTAU,
          p=month(3, 2026)),
        F("khen thưởng 5 tập thể", 5, "commended_collectives", unit=VUNGTAU,
          p=month(3, 2026)),
        F("9 cá nhân", 9, "commended_individuals", unit=VUNGTAU, p=month(3, 2026)),
    ], traps=[("Ngày 3 tháng 4 năm 2026", 3), ("Quý I năm 2026", 1), ("Đại hội XIV", 14),
              ("lần thứ XIV", 14), ("khóa XVI", 16), ("nhiệm kỳ 2026 – 2031", 2026),
              ("ngày 15/3/2026", 15), ("36 ấp", 36), ("hơn 150 nghìn người", 150000),
              ("Quốc lộ 22", 22), ("Tỉnh lộ 9", 9), ("tuyến 03", 3), ("tuyến 122", 122),
              ("Tháng 3/2026", 3), ("59 tuổi", 59), ("ấp 7", 7),
              ("điểm bỏ phiếu số 12", 12), ("chưa tới 500 m", 500), ("sáng 7 giờ", 7),
              ("Quốc lộ 1A", 1), ("đường số 9", 9), ("đạt 9,5 điểm", 9.5),
              ("xếp thứ 3", 3), ("khoảng 8 km", 8), ("cao 32 m", 32), ("Quốc lộ 51", 51),
              ("hơn 1,8 triệu lượt khách", 1800000), ("ngày 31/3/2026", 31),
              ("Quý II", 2), ("đến năm 2030", 2030), ("100% khu phố", 100)]),
    Doc("syn_413_hongha_khuongdinh_2025", T413, HONGHA, P413, D413, "text", facts=[
        F("ban hành 12 văn bản", 12, "documents_issued", unit=HONGHA),
        F("5 hội nghị học tập", 5, "study_sessions", unit=HONGHA),
        F("2.318 lượt cán bộ, đảng viên", 2318, "study_attendance", a="party_members",
          unit=HONGHA),
        F("đạt 95,1%", 95.1, "study_participation_rate", unit=HONGHA),
        F("38 nhóm Zalo", 38, "chat_groups", unit=HONGHA, p=inst(D413)),
        F("khoảng 15.600 thành viên", 15600, "chat_group_members", "approx", unit=HONGHA,
          p=inst(D413)),
        F("19 buổi tuyên truyền miệng", 19, "oral_propaganda_sessions", unit=HONGHA,
          p=month(8, 2025)),
        F("hơn 2.400 lượt người nghe", 2400, "propaganda_audience", "at_least", unit=HONGHA,
          p=month(8, 2025)),
        F("trên 3 trang fanpage", 3, "social_pages", unit=HONGHA, p=inst(D413)),
        F("7 hội nghị học tập", 7, "study_sessions", unit=KHUONGDINH),
        F("3.104 lượt cán bộ, đảng viên", 3104, "study_attendance", a="party_members",
          unit=KHUONGDINH),
        F("890 lượt quần chúng", 890, "study_attendance", a="masses", unit=KHUONGDINH),
        F("mở 3-4 lớp tập huấn", 3, "training_classes", "at_least", unit=KHUONGDINH),
        F("có 26 cộng tác viên dư luận xã hội", 26, "opinion_collaborators",
          unit=KHUONGDINH, p=inst("2025-09-15")),
        F("gửi 10 báo cáo", 10, "opinion_reports", unit=KHUONGDINH, p=month(8, 2025)),
        F("chưa đến 90 tin, bài", 90, "news_items", "at_most", unit=KHUONGDINH),
        F("khoảng 48 nghìn lượt xem", 48000, "propaganda_audience", "approx",
          unit=KHUONGDINH),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=KHUONGDINH),
        F("10 cá nhân", 10, "commended_individuals", unit=KHUONGDINH),
    ], traps=[("Thứ Ba, 23/9/2025", 23), ("gần 3 tháng", 3), ("Từ ngày 1/7", 1),
              ("80 năm", 80), ("Quốc khánh 2/9", 2), ("khoảng 11 km", 11),
              ("5 phường cũ", 5), ("hơn 120 năm tuổi", 120), ("chừng 250 ha", 250),
              ("Tháng 8/2025", 8), ("A80", 80), ("63 tuổi", 63), ("tổ dân phố 12", 12),
              ("ngõ 52 Phúc Tân", 52), ("hơn 40 năm", 40), ("Vành đai 3", 3),
              ("khoảng 120 nghìn người", 120000), ("ngày 15/9/2025", 15),
              ("tháng 8/2025", 8), ("Quý IV", 4), ("dự kiến tổ chức 15 buổi", 15),
              ("năm 2025", 2025), ("100% tổ dân phố", 100)]),
    Doc("syn_414_battrang_nghiado_2026", T414, BATTRANG, P414, D414, "text", facts=[
        F("ban hành 11 văn bản", 11, "documents_issued", unit=BATTRANG),
        F("03 hội nghị quán triệt cấp xã", 3, "study_sessions", unit=BATTRANG),
        F("21 buổi học tập", 21, "study_sessions", unit=BATTRANG),
        F("2.604 lượt cán bộ, đảng viên", 2604, "study_attendance", a="party_members",
          unit=BATTRANG),
        F("mở 2 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes", unit=BATTRANG),
        F("96 học viên", 96, "trainees", unit=BATTRANG),
        F("44 buổi nói chuyện", 44, "oral_propaganda_sessions", unit=BATTRANG),
        F("gần 3.900 lượt người dân", 3900, "propaganda_audience", "at_most", a="masses",
          unit=BATTRANG),
        F("có 46 nhóm Zalo", 46, "chat_groups", unit=BATTRANG, p=inst("2025-12-31")),
        F("khoảng 14.700 thành viên", 14700, "chat_group_members", "approx", unit=BATTRANG,
          p=inst("2025-12-31")),
        F("ban hành 15 văn bản", 15, "documents_issued", unit=NGHIADO),
        F("9 hội nghị học tập", 9, "study_sessions", unit=NGHIADO),
        F("4.518 lượt cán bộ, đảng viên", 4518, "study_attendance", a="party_members",
          unit=NGHIADO),
        F("đạt 97,85%", 97.85, "study_participation_rate", unit=NGHIADO),
        F("01 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=NGHIADO),
        F("2 trang thông tin điện tử", 2, "websites", unit=NGHIADO, p=inst(D414)),
        F("5 fanpage", 5, "social_pages", unit=NGHIADO, p=inst(D414)),
        F("73 nhóm Zalo", 73, "chat_groups", unit=NGHIADO, p=inst(D414)),
        F("đăng 214 tin, bài, infographic", 214, "news_items", unit=NGHIADO,
          p=month(12, 2025)),
        F("hơn 120 nghìn lượt xem", 120000, "propaganda_audience", "at_least", unit=NGHIADO,
          p=month(12, 2025)),
        F("hiện có 14 người", 14, "reporters", unit=NGHIADO, p=inst(D414)),
        F("có 23 cộng tác viên", 23, "opinion_collaborators", unit=NGHIADO, p=inst(D414)),
        F("gửi 11 báo cáo dư luận xã hội", 11, "opinion_reports", unit=NGHIADO),
        F("3.366 bài dự thi", 3366, "contest_entries", unit=NGHIADO),
        F("8 tập thể", 8, "commended_collectives", unit=NGHIADO),
        F("14 cá nhân", 14, "commended_individuals", unit=NGHIADO),
    ], traps=[("ngày 08 tháng 01 năm 2026", 8), ("6 tháng cuối năm 2025", 6),
              ("hơn 700 năm tuổi", 700), ("khoảng 1.000 hộ", 1000), ("năm 2025", 2025),
              ("khoảng 1,2 triệu lượt khách", 1200000),
              ("ước đạt 2.000 tỷ đồng", 2000000000000), ("72 tuổi", 72), ("xóm 5", 5),
              ("1.250 độ C", 1250), ("3.000 sản phẩm", 3000), ("12 thợ", 12),
              ("25 – 30 tầng", 25), ("72% người được hỏi", 72),
              ("Sáu tháng cuối năm 2025", 2025), ("Tháng 12/2025", 12),
              ("trong 6 tháng", 6), ("lần thứ XVIII", 18), ("Năm 2026", 2026),
              ("thêm 3 điểm", 3), ("đến năm 2030", 2030), ("100% thủ tục", 100)]),
]
