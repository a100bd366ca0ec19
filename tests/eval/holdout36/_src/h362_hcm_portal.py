"""Held-out set holdout36, part 2: news articles from district and city portals of Ho Chi Minh
City before the 2025 reform (Quận 11 in 2018 by a hurried reporter, three districts studying the
XIIth Congress resolution in 2016, a city briefing with a text table in 2022, TP Thủ Đức in 2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the samples, without reading or running the extractor. Decisions where the guide
leaves room:
- The spectators of a propaganda art programme ("chương trình nghệ thuật tuyên truyền ... thu hút
  khoảng 4.000 lượt người dân đến xem") are propaganda_audience (masses).
- Panels put up ("dựng 12 cụm pano") and copies printed ("in 6.000 cuốn", "in thêm 1.500 cuốn"
  in an official's words) are `other`; city copies handed out ("cung cấp 45.000 cuốn tài liệu")
  are `other` of the province.
- In an article whose lead names Ban Tuyên giáo Thành ủy (the province) and whose headline names
  no unit, a paragraph about one district names that district in every sentence holding a fact;
  table columns give their own units.
- A count in a concession opening a section ("Dù tháng 1 chỉ mở được 9 lớp ...") is a fact dated
  to that month.
- Contest entries of a contest that "diễn ra từ ngày 1/4 đến 30/4/2024" take that range.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, since

HCM = U("79")
Q1, Q4, Q7, Q8, Q11, Q12 = (U("Quận 1"), U("Quận 4"), U("Quận 7"), U("Quận 8"), U("Quận 11"),
                            U("Quận 12"))
BTAN, TD = U("Quận Bình Tân"), U("Thành phố Thủ Đức")

T04 = """
Quận 11: Rực rỡ cờ hoa mừng Đảng, mừng Xuân Mậu Tuất

Cập nhật ngày 04-04-2018

(Q11) - Quý I/2018, Ban Tuyên giáo Quận ủy Quận 11 phối hợp các ngành tổ chức nhiều hoạt động tuyên truyền kỷ niệm 88 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2018) và 50 năm Cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968.

Theo ghi nhận, toàn quận treo hơn 2.100 băng rôn, cờ Đảng, cờ Tổ quốc trên các tuyến đường Lạc Long Quân, Lê Đại Hành, 3 Tháng 2, Hàn Hải Nguyên; dựng 12 cụm pano tại các giao lộ lớn. Đội xe tuyên truyền lưu động của quận chạy 96 lượt qua 16 phường. Chương trình nghệ thuật tuyên truyền “Mùa xuân dâng Đảng” tối 2/2 tại Công viên Văn hóa Đầm Sen thu hút khoảng 4.000 lượt người dân đến xem.

Về học tập nghị quyết, trong quý các chi, đảng bộ cơ sở mở 64 lớp học tập, quán triệt Nghị quyết Trung ương 6 khóa XII cho 5.870 lượt cán bộ, đảng viên, đạt 95,4%; riêng quần chúng có 812 lượt tham dự. Quận ủy cũng tổ chức 2 hội nghị cấp quận, quán triệt chuyên sâu Nghị quyết số 18-NQ/TW và 19-NQ/TW cho cán bộ chủ chốt.

Cuộc thi trắc nghiệm “Tìm hiểu 88 năm lịch sử Đảng” trên fanpage Tuổi trẻ Quận 11 thu hút 2.645 lượt dự thi, BTC trao 1 giải nhất, 2 giải nhì, 3 giải ba và 10 giải khuyến khích. Trang thông tin điện tử quận đăng 186 tin, bài, hình ảnh về các hoạt động mừng Đảng, mừng Xuân.

Ông Trần Văn Bảy (72 tuổi, ngụ phường 15) vui vẻ: “Năm nay đường phố đẹp hơn năm ngoái, nhà tôi cũng treo 2 lá cờ”.

Cũng trong quý, Ban Tuyên giáo Quận ủy tổ chức 1 hội nghị báo cáo viên, mời báo cáo viên Trung ương thông tin về tình hình Biển Đông và kinh tế - xã hội đầu năm.

Dự án nâng cấp hệ thống truyền thanh không dây của quận có tổng vốn 4,2 tỷ đồng sẽ khởi công trong quý II. Quận cũng sẽ tổ chức Hội thi tuyên truyền viên giỏi với dự kiến 32 thí sinh. Mọi thông tin xin liên hệ Ban Tuyên giáo Quận ủy Quận 11, số 270 Bình Thới, Phường 10, ĐT: (028) 3963 4512.
"""

T06 = """
Ba quận sớm hoàn thành học tập Nghị quyết Đại hội XII của Đảng

(Thanhuytphcm.vn) - Ngày 15/4/2016, Ban Tuyên giáo Thành ủy cho biết, trong quý I năm 2016, Quận 1, Quận 4 và Quận 7 là những đơn vị sớm hoàn thành việc học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng đến cán bộ, đảng viên.

Để phục vụ đợt học tập, Ban Tuyên giáo Thành ủy đã tổ chức 3 hội nghị báo cáo viên Thành phố và cung cấp 45.000 cuốn tài liệu hỏi – đáp cho các quận, huyện.

* Quận 1
Quận ủy tổ chức 2 hội nghị cấp quận cho cán bộ chủ chốt của quận và 10 đảng bộ phường; các đảng bộ, chi bộ cơ sở mở 112 lớp với 9.512 lượt cán bộ, đảng viên, đạt 97,8%. Quận còn biên soạn tài liệu tóm tắt, in 6.000 cuốn phát đến từng chi bộ khu phố. “Nhiều đảng viên lớn tuổi ở khu phố nói rằng đọc tài liệu tóm tắt thì dễ nhớ hơn, nên chúng tôi in thêm 1.500 cuốn khổ chữ lớn”, đồng chí Trưởng ban Tuyên giáo Quận ủy Quận 1 cho biết.

* Quận 4
Quận 4 có đông đảng viên hưu trí. Quận ủy tổ chức 01 hội nghị cấp quận, truyền hình trực tiếp về 15 điểm cầu phường; các chi bộ mở 87 lớp, thu hút 6.046 lượt cán bộ, đảng viên và 1.130 lượt quần chúng. Còn 152 đảng viên chưa tham gia do ốm đau, sẽ được học bù trong tháng 4.

* Quận 7
Dù tháng 1 chỉ mở được 9 lớp vì trùng dịp Tết Bính Thân, cả quý Quận 7 vẫn mở 76 lớp ở cơ sở với 5.904 lượt cán bộ, đảng viên (đạt 96,15%). Tại Khu chế xuất Tân Thuận, nơi làm việc của hơn 60.000 công nhân, quận phối hợp Công đoàn các Khu chế xuất và công nghiệp Thành phố tổ chức 14 buổi nói chuyện chuyên đề về Nghị quyết cho khoảng 2.300 lượt công nhân.

Theo kế hoạch, trong quý II, cả ba quận sẽ sơ kết việc học tập và xây dựng chương trình hành động thực hiện nghị quyết, mỗi quận chọn ít nhất 2 mô hình điểm để nhân rộng.
"""

T07 = """
Ba quận giao ban tuyên giáo: Nhiều chỉ số tăng mạnh sau dịch

Sáng 19/7, Ban Tuyên giáo Thành ủy TP.HCM tổ chức giao ban trực tuyến công tác tuyên giáo 6 tháng đầu năm 2022 với Quận 8, quận Bình Tân và Quận 12.

Theo báo cáo của các quận, việc học tập, quán triệt nghị quyết, tuyên truyền miệng và thông tin trên môi trường mạng đều tăng mạnh so với cùng kỳ năm 2021, khi Thành phố thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg.

Kết quả một số chỉ tiêu 6 tháng đầu năm 2022:

Chỉ tiêu | Quận 8 | Quận Bình Tân | Quận 12
Số lớp học tập nghị quyết | 126 | 204 | 143
Lượt đảng viên dự học | 9.870 | 15.362 | 11.048
Tỷ lệ đảng viên tham gia (%) | 95,4 | 93,85 | 96,02
Buổi tuyên truyền miệng | 188 | 241 | 97
Tin, bài trên trang thông tin điện tử | 412 | 655 | 530

Quận 8 có nhiều khu dân cư ven kênh Đôi, kênh Tàu Hủ; Quận ủy Quận 8 duy trì 612 nhóm Zalo khu phố, hiện có 38.200 thành viên, đồng thời mở 3 lớp tập huấn kỹ năng tuyên truyền trên mạng xã hội cho 246 tổ trưởng tổ dân phố.

Quận Bình Tân, quận đông dân nhất Thành phố với khoảng 785 nghìn người, tập trung tuyên truyền cho công nhân lao động ở các khu nhà trọ. Cuộc thi trực tuyến “Tìm hiểu Luật Phòng, chống ma túy năm 2021” do Ban Tuyên giáo Quận ủy Bình Tân tổ chức thu hút 8.934 lượt dự thi.

Quận 12 là đơn vị có tỷ lệ đảng viên tham gia học tập cao nhất trong ba quận. Trong 6 tháng, Quận ủy Quận 12 ban hành 19 văn bản chỉ đạo công tác tư tưởng, khen thưởng 9 tập thể và 17 cá nhân điển hình trong học tập và làm theo Bác.

Phát biểu kết luận, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy cho biết, 6 tháng qua Ban Tuyên giáo Thành ủy đã tổ chức 5 hội nghị báo cáo viên Thành phố theo hình thức trực tiếp kết hợp trực tuyến, kết nối 312 điểm cầu. Đồng chí đề nghị ba quận tập trung tuyên truyền kỷ niệm 77 năm Cách mạng Tháng Tám và Quốc khánh 2/9, phấn đấu tỷ lệ đảng viên học tập nghị quyết đạt trên 95% trong 6 tháng cuối năm.
"""

T08 = """
TP Thủ Đức: Lan tỏa thông tin tích cực trên không gian mạng

Cập nhật 21/10/2024 15:40

(TĐO) - Từ đầu năm 2024 đến nay, Ban Tuyên giáo Thành ủy Thủ Đức đã chỉ đạo đăng tải hơn 11.600 tin, bài, video clip trên cổng thông tin điện tử và fanpage “Thủ Đức Today”, lượt tiếp cận ước đạt 4,2 triệu.

Mạng lưới thông tin của TP Thủ Đức hiện nay gồm 35 trang thông tin điện tử (34 trang của các phường, 01 trang của thành phố) và 71 fanpage, kênh TikTok của các phường, đoàn thể. Các khu phố duy trì 1.520 nhóm Zalo, số thành viên khoảng 192.000 người.

Nổi bật là cuộc thi trực tuyến “Tìm hiểu 49 năm giải phóng miền Nam, thống nhất đất nước” diễn ra từ ngày 1/4 đến 30/4/2024, thu hút 21.386 lượt người dự thi, trong đó đoàn viên, thanh niên chiếm khoảng 58%. BTC trao 1 giải đặc biệt, 3 giải nhất, 30 giải khuyến khích; 15 thí sinh có điểm cao nhất được mời dự buổi gặp mặt tại Nhà Văn hóa Thanh niên TP Thủ Đức.

“Mình làm bài 3 lần mới đúng 28/30 câu, nhưng học thêm được nhiều điều về quê mình”, anh Nguyễn Minh Khoa, 29 tuổi, ngụ phường Hiệp Bình Chánh, chia sẻ.

Tại Khu Công nghệ cao, nơi có khoảng 60 nghìn lao động, Ban Tuyên giáo Thành ủy Thủ Đức phối hợp Công đoàn Khu Công nghệ cao tổ chức 12 buổi nói chuyện chuyên đề về an ninh mạng, phòng chống lừa đảo trực tuyến cho 3.450 lượt công nhân, kỹ sư. BTG Thành ủy TĐ cũng phối hợp Trung tâm Chính trị TP mở 2 lớp tập huấn kỹ năng viết tin, bài cho 180 cán bộ phụ trách fanpage phường. Đội ngũ cộng tác viên dư luận xã hội đã gửi 63 báo cáo nhanh về phản ứng của người dân trước các thông tin trên mạng.

Thời gian tới, TP Thủ Đức sẽ ra mắt chuyên mục video “Thủ Đức 5 phút”, phát mỗi tuần 2 kỳ trên các nền tảng số.
"""

D04, D06, D07, D08 = "2018-04-04", "2016-04-15", "2022-07-19", "2024-10-21"
P08 = since("2024-01-01", D08)

DOCS = [
    Doc("h36_04", T04, Q11, quarter(1, 2018), D04, "text", facts=[
        F("treo hơn 2.100 băng rôn", 2100, "other", "at_least"),
        F("dựng 12 cụm pano", 12, "other"),
        F("chạy 96 lượt", 96, "other"),
        F("khoảng 4.000 lượt người dân", 4000, "propaganda_audience", "approx", a="masses"),
        F("mở 64 lớp học tập, quán triệt", 64, "study_sessions"),
        F("cho 5.870 lượt cán bộ, đảng viên", 5870, "study_attendance", a="party_members"),
        F("đạt 95,4%", 95.4, "study_participation_rate"),
        F("có 812 lượt tham dự", 812, "study_attendance", a="masses"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("thu hút 2.645 lượt dự thi", 2645, "contest_entries"),
        F("đăng 186 tin, bài", 186, "news_items"),
        F("tổ chức 1 hội nghị báo cáo viên", 1, "reporter_conferences"),
    ], traps=[("Quận 11:", 11), ("Cập nhật ngày 04-04-2018", 4), ("(Q11)", 11),
              ("Quý I/2018", 2018), ("Quận ủy Quận 11", 11), ("88 năm", 88),
              ("3/2/1930", 3), ("3/2/2018", 3), ("50 năm", 50), ("Mậu Thân 1968", 1968),
              ("3 Tháng 2", 3), ("16 phường", 16), ("tối 2/2", 2), ("Trung ương 6", 6),
              ("khóa XII", 12), ("Nghị quyết số 18-NQ/TW", 18), ("19-NQ/TW", 19),
              ("Tuổi trẻ Quận 11", 11), ("1 giải nhất", 1), ("2 giải nhì", 2),
              ("3 giải ba", 3), ("10 giải khuyến khích", 10), ("Trần Văn Bảy", 7),
              ("72 tuổi", 72), ("phường 15", 15), ("2 lá cờ", 2), ("4,2 tỷ đồng", 4.2),
              ("dự kiến 32 thí sinh", 32), ("số 270 Bình Thới", 270), ("Phường 10", 10),
              ("(028) 3963 4512", 28)]),
    Doc("h36_06", T06, HCM, quarter(1, 2016), D06, "text", facts=[
        F("tổ chức 3 hội nghị báo cáo viên Thành phố", 3, "reporter_conferences"),
        F("cung cấp 45.000 cuốn tài liệu", 45000, "other"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=Q1),
        F("mở 112 lớp", 112, "study_sessions", unit=Q1),
        F("với 9.512 lượt cán bộ, đảng viên", 9512, "study_attendance", a="party_members",
          unit=Q1),
        F("đạt 97,8%", 97.8, "study_participation_rate", unit=Q1),
        F("in 6.000 cuốn", 6000, "other", unit=Q1),
        F("in thêm 1.500 cuốn", 1500, "other", unit=Q1),
        F("tổ chức 01 hội nghị cấp quận", 1, "study_sessions", unit=Q4),
        F("mở 87 lớp", 87, "study_sessions", unit=Q4),
        F("thu hút 6.046 lượt cán bộ, đảng viên", 6046, "study_attendance",
          a="party_members", unit=Q4),
        F("1.130 lượt quần chúng", 1130, "study_attendance", a="masses", unit=Q4),
        F("Còn 152 đảng viên chưa tham gia", 152, "other", unit=Q4),
        F("chỉ mở được 9 lớp", 9, "study_sessions", unit=Q7, p=month(1, 2016)),
        F("vẫn mở 76 lớp", 76, "study_sessions", unit=Q7),
        F("với 5.904 lượt cán bộ, đảng viên", 5904, "study_attendance", a="party_members",
          unit=Q7),
        F("(đạt 96,15%)", 96.15, "study_participation_rate", unit=Q7),
        F("tổ chức 14 buổi nói chuyện chuyên đề", 14, "oral_propaganda_sessions", unit=Q7),
        F("khoảng 2.300 lượt công nhân", 2300, "propaganda_audience", "approx", unit=Q7),
    ], traps=[("Ba quận", 3), ("Đại hội XII", 12), ("Ngày 15/4/2016", 15),
              ("quý I năm 2016", 2016), ("Quận 1,", 1), ("Quận 4 và", 4), ("Quận 7 là", 7),
              ("lần thứ XII", 12), ("* Quận 1", 1), ("10 đảng bộ phường", 10),
              ("Quận ủy Quận 1", 1), ("* Quận 4", 4), ("Quận 4 có", 4),
              ("15 điểm cầu phường", 15), ("tháng 4", 4), ("* Quận 7", 7),
              ("Dù tháng 1", 1), ("cả quý Quận 7", 7), ("hơn 60.000 công nhân", 60000),
              ("cả ba quận", 3), ("ít nhất 2 mô hình", 2)]),
    Doc("h36_07", T07, HCM, h1(2022), D07, "sidecar", meta={"date": D07}, facts=[
        F("Số lớp học tập nghị quyết | 126", 126, "study_sessions", unit=Q8),
        F("126 | 204", 204, "study_sessions", unit=BTAN),
        F("204 | 143", 143, "study_sessions", unit=Q12),
        F("Lượt đảng viên dự học | 9.870", 9870, "study_attendance", a="party_members",
          unit=Q8),
        F("9.870 | 15.362", 15362, "study_attendance", a="party_members", unit=BTAN),
        F("15.362 | 11.048", 11048, "study_attendance", a="party_members", unit=Q12),
        F("Tỷ lệ đảng viên tham gia (%) | 95,4", 95.4, "study_participation_rate", unit=Q8),
        F("95,4 | 93,85", 93.85, "study_participation_rate", unit=BTAN),
        F("93,85 | 96,02", 96.02, "study_participation_rate", unit=Q12),
        F("Buổi tuyên truyền miệng | 188", 188, "oral_propaganda_sessions", unit=Q8),
        F("188 | 241", 241, "oral_propaganda_sessions", unit=BTAN),
        F("241 | 97", 97, "oral_propaganda_sessions", unit=Q12),
        F("trang thông tin điện tử | 412", 412, "news_items", unit=Q8),
        F("412 | 655", 655, "news_items", unit=BTAN),
        F("655 | 530", 530, "news_items", unit=Q12),
        F("duy trì 612 nhóm Zalo", 612, "chat_groups", unit=Q8, p=end_of(h1(2022))),
        F("hiện có 38.200 thành viên", 38200, "chat_group_members", unit=Q8, p=inst(D07)),
        F("mở 3 lớp tập huấn", 3, "training_classes", unit=Q8),
        F("cho 246 tổ trưởng", 246, "trainees", unit=Q8),
        F("thu hút 8.934 lượt dự thi", 8934, "contest_entries", unit=BTAN),
        F("ban hành 19 văn bản", 19, "documents_issued", unit=Q12),
        F("khen thưởng 9 tập thể", 9, "commended_collectives", unit=Q12),
        F("9 tập thể và 17 cá nhân", 17, "commended_individuals", unit=Q12),
        F("tổ chức 5 hội nghị báo cáo viên", 5, "reporter_conferences"),
    ], traps=[("Ba quận", 3), ("Sáng 19/7", 19), ("6 tháng đầu năm 2022", 6),
              ("Quận 8,", 8), ("Quận 12.", 12), ("cùng kỳ năm 2021", 2021),
              ("Chỉ thị 16/CT-TTg", 16), ("| Quận 8 |", 8), ("| Quận 12", 12),
              ("Quận 8 có", 8), ("Quận ủy Quận 8", 8), ("khoảng 785 nghìn người", 785000),
              ("ma túy năm 2021", 2021), ("Quận 12 là", 12), ("ba quận", 3),
              ("Trong 6 tháng", 6), ("Quận ủy Quận 12", 12), ("6 tháng qua", 6),
              ("312 điểm cầu", 312), ("77 năm", 77), ("Quốc khánh 2/9", 2),
              ("trên 95%", 95), ("6 tháng cuối năm", 6)]),
    Doc("h36_08", T08, TD, P08, D08, "text", facts=[
        F("hơn 11.600 tin, bài", 11600, "news_items", "at_least"),
        F("lượt tiếp cận ước đạt 4,2 triệu", 4200000, "propaganda_audience", "approx"),
        F("gồm 35 trang thông tin điện tử", 35, "websites", p=inst(D08)),
        F("71 fanpage", 71, "social_pages", p=inst(D08)),
        F("duy trì 1.520 nhóm Zalo", 1520, "chat_groups", p=end_of(P08)),
        F("số thành viên khoảng 192.000 người", 192000, "chat_group_members", "approx",
          p=end_of(P08)),
        F("thu hút 21.386 lượt người dự thi", 21386, "contest_entries",
          p=since("2024-04-01", "2024-04-30")),
        F("tổ chức 12 buổi nói chuyện chuyên đề", 12, "oral_propaganda_sessions"),
        F("cho 3.450 lượt công nhân", 3450, "propaganda_audience"),
        F("mở 2 lớp tập huấn", 2, "training_classes"),
        F("cho 180 cán bộ", 180, "trainees"),
        F("gửi 63 báo cáo nhanh", 63, "opinion_reports"),
    ], traps=[("Cập nhật 21/10/2024 15:40", 21), ("đầu năm 2024", 2024),
              ("34 trang của các phường", 34), ("01 trang của thành phố", 1),
              ("49 năm", 49), ("từ ngày 1/4", 1), ("30/4/2024", 30), ("khoảng 58%", 58),
              ("1 giải đặc biệt", 1), ("3 giải nhất", 3), ("30 giải khuyến khích", 30),
              ("15 thí sinh có điểm cao nhất", 15), ("3 lần", 3), ("28/30 câu", 28),
              ("29 tuổi", 29), ("khoảng 60 nghìn lao động", 60000), ("Thủ Đức 5 phút", 5),
              ("mỗi tuần 2 kỳ", 2)]),
]
