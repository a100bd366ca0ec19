"""Second held-out set (holdout2), part 2: Hanoi districts and city bodies before 2025-07-01.
Written from docs/LABELING.md and tests/eval/README.md only, without reading the extractor."""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, since, term, year

HN = U("01")
THO, TXU, HBT = U("Quận Tây Hồ"), U("Quận Thanh Xuân"), U("Quận Hai Bà Trưng")
NTL, BAVI, SOCSON = U("Quận Nam Từ Liêm"), U("Huyện Ba Vì"), U("Huyện Sóc Sơn")

T202 = """
Ba quận nội thành sơ kết công tác tuyên giáo 6 tháng đầu năm

(Hanoimoi) - Ngày 11/7/2019, Ban Tuyên giáo Thành ủy Hà Nội tổ chức giao ban Cụm thi đua 2 với Ban Tuyên giáo các quận Tây Hồ, Thanh Xuân và Hai Bà Trưng. Theo Ban Tuyên giáo Thành ủy, 6 tháng đầu năm 2019, các cấp ủy trực thuộc Thành ủy đã tổ chức học tập Nghị quyết Trung ương 8 khóa XII cho hơn 312 nghìn lượt cán bộ, đảng viên.

Quận Tây Hồ: Nắm chắc dư luận ở các phường ven hồ

Sáu tháng đầu năm, Ban Tuyên giáo Quận ủy Tây Hồ tham mưu ban hành 18 văn bản chỉ đạo, tổ chức 4 hội nghị báo cáo viên định kỳ. Quận hiện có 41 cộng tác viên dư luận xã hội; đội ngũ này đã gửi 64 báo cáo phản ánh dư luận, tập trung vào việc xử lý vi phạm trật tự xây dựng ven hồ Tây.

"Địa bàn có nhiều người nước ngoài sinh sống, nhiều khách sạn, nhà hàng, thông tin lan truyền rất nhanh. Chúng tôi xác định phải có mặt sớm, nói rõ, nói đúng để người dân hiểu và đồng thuận", đồng chí Phạm Thu Hằng, Trưởng ban Tuyên giáo Quận ủy Tây Hồ cho biết.

Thanh Xuân: Chi bộ thảo luận, đảng viên nêu gương

Các chi bộ trực thuộc Đảng bộ quận Thanh Xuân tổ chức 372 buổi thảo luận chi bộ về chuyên đề năm 2019. Quận phát động cuộc thi tìm hiểu hướng tới kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2020), nhận được 4.126 bài dự thi. Trang thông tin điện tử của quận và 11 trang thông tin điện tử của các phường đăng tải gần 1.400 tin, bài.

HAI BÀ TRƯNG

Quận Hai Bà Trưng mở 12 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 1.035 học viên là bí thư chi bộ, báo cáo viên cơ sở. Toàn quận hiện có 126 báo cáo viên các cấp. Từ ngày 15/4 đến nay, quận triển khai sinh hoạt chính trị về 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh; đã có 10.480/11.020 đảng viên tham gia, đạt 95,1%.

Kết luận giao ban, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đề nghị các quận chuẩn bị tốt việc tuyên truyền đại hội đảng bộ các cấp nhiệm kỳ 2020 – 2025; dự kiến mỗi quận tổ chức từ 2 đến 3 hội nghị báo cáo viên chuyên đề trong quý III.
"""

T205 = """
Hà Nội: Chủ động thông tin chính thống trên không gian mạng

(Hanoimoi) - Ngày 4/10/2023, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị giao ban công tác tuyên giáo quý III năm 2023.

Trong quý III, Ban đã tổ chức 3 hội nghị báo cáo viên Thành ủy, cung cấp thông tin thời sự trong nước, quốc tế cho đội ngũ báo cáo viên tại điểm cầu chính và 579 điểm cầu trực tuyến ở các quận, huyện, thị xã. Đội ngũ báo cáo viên Thành ủy hiện nay có 97 đồng chí. Ban Tuyên giáo Thành ủy cũng tham mưu ban hành 26 văn bản hướng dẫn tuyên truyền các ngày lễ lớn, trong đó có kỷ niệm 69 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2023).

Hệ thống cộng tác viên dư luận xã hội của Thành phố gồm 1.682 người. Trong quý, Ban tổng hợp 13 báo cáo dư luận xã hội gửi Thường trực Thành ủy, phối hợp với Ban Chỉ đạo 35 Thành phố triển khai Nghị quyết 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng.

Thành đoàn Hà Nội triển khai 02 đợt sinh hoạt chính trị chuyên đề "Tự hào Thủ đô anh hùng" cho hơn 150 ngàn đoàn viên, thanh niên.

Đại diện Sở Thông tin và Truyền thông cho biết, từ đầu năm đến nay, Sở đã phối hợp phát hiện, xử lý 1.346 tin, bài sai sự thật, xấu độc trên mạng xã hội. Hiện nay, toàn Thành phố có 612 trang thông tin điện tử của các cơ quan, đơn vị, chính quyền các cấp và gần 2.900 trang fanpage chính danh.

Phát biểu chỉ đạo, đồng chí Trưởng ban Tuyên giáo Thành ủy đề nghị các cấp ủy tiếp tục đổi mới cách thức cung cấp thông tin, chủ động lên tiếng sớm trước những vấn đề dư luận quan tâm như ùn tắc giao thông, ô nhiễm không khí, giải phóng mặt bằng các dự án lớn.

Quý IV, Ban Tuyên giáo Thành ủy sẽ tham mưu sơ kết 2 năm thực hiện Chương trình 06-CTr/TU của Thành ủy và tổ chức hội nghị tại trụ sở Thành ủy, số 2 Lê Lai.
"""

T208 = """
Nam Từ Liêm: Dấu ấn công tác tuyên giáo nhiệm kỳ 2015 – 2020

(Hanoimoi) - Ngày 18/6/2020, Ban Tuyên giáo Quận ủy Nam Từ Liêm tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020, hướng tới Đại hội đại biểu Đảng bộ quận lần thứ II, nhiệm kỳ 2020 – 2025.

Được thành lập từ năm 2014, Nam Từ Liêm là quận đô thị trẻ, tốc độ đô thị hóa nhanh, nhiều khu đô thị, chung cư cao tầng mới hình thành. Trong nhiệm kỳ, các cấp ủy đã tổ chức 615 hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy với 98.640 lượt cán bộ, đảng viên tham dự; tỷ lệ đảng viên tham gia học tập bình quân đạt trên 95%. Trung tâm Chính trị quận mở 148 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho hơn 12.480 học viên.

Quận cũng tổ chức năm đợt sinh hoạt chính trị, tư tưởng về các chuyên đề học tập và làm theo Bác; Ban Thường vụ Quận ủy đã khen thưởng 37 tập thể, 64 cá nhân tiêu biểu.

Năm 2019, các chi bộ tổ chức 1.032 buổi thảo luận chi bộ về chuyên đề "Nâng cao ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh". Hội nghị học tập chuyên đề tại khối dân cư có 1.250/1.300 đảng viên tham dự.

Từ đầu năm 2020 đến nay, dù chịu ảnh hưởng của dịch Covid-19, quận vẫn tổ chức 14 hội nghị học tập, quán triệt theo hình thức trực tiếp kết hợp trực tuyến, trong đó có hội nghị quán triệt Quy định 102-QĐ/TW về xử lý kỷ luật đảng viên vi phạm.

Bà Nguyễn Thị Minh, Bí thư Chi bộ tổ dân phố số 6, phường Mỹ Đình 1, chia sẻ: "Chi bộ chúng tôi phần lớn là đảng viên cao tuổi, nhưng buổi thảo luận nào cũng sôi nổi, vì nội dung gắn với chuyện của khu phố".

Toàn quận hiện có 43 báo cáo viên và 10 trang thông tin điện tử của các phường. Nhiệm kỳ 2020 – 2025, quận phấn đấu 100% tổ chức cơ sở đảng có fanpage hoặc nhóm Zalo chính danh để tuyên truyền.
"""

T209 = """
Ba Vì, Sóc Sơn: Đưa nghị quyết đến đồng bào vùng núi, vùng ven đô

Quý II năm 2024, công tác tuyên giáo ở hai huyện ngoại thành Ba Vì và Sóc Sơn có nhiều cách làm phù hợp với địa bàn rộng, dân cư phân tán.

Huyện Ba Vì

Huyện ủy Ba Vì tổ chức 19 hội nghị học tập, quán triệt Kết luận 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng với 8.764 lượt cán bộ, đảng viên. Đội ngũ báo cáo viên tổ chức 96 buổi tuyên truyền miệng, có buổi nói chuyện bằng tiếng Mường, tiếng Dao cho đồng bào dân tộc thiểu số ở các xã miền núi, thu hút ước 7.400 lượt người dân.

"Nghe cán bộ nói bằng tiếng Mường, bà con hiểu ngay, về nhà lại kể cho con cháu nghe", ông Đinh Công Thành, người có uy tín ở thôn Yên Sơn, chia sẻ.

Riêng tháng 6/2024, hưởng ứng Tháng hành động phòng, chống ma túy, Huyện đoàn và các xã tổ chức 27 buổi tuyên truyền cho khoảng 2.600 lượt đoàn viên, thanh niên và học sinh.

Huyện Sóc Sơn

Ban Thường vụ Huyện ủy Sóc Sơn ban hành 12 văn bản chỉ đạo công tác tuyên truyền, trong đó có kế hoạch tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024). Do thời tiết nắng nóng kéo dài, số buổi tuyên truyền miệng ở các thôn giảm, chỉ dưới 60 buổi. Trung tâm Chính trị huyện mở 4 lớp bồi dưỡng nhận thức về Đảng cho 347 quần chúng ưu tú.

Huyện hiện duy trì 312 nhóm Zalo thôn, xóm với gần 41 nghìn thành viên. "Tin gì của huyện, của xã đưa lên nhóm là bà con biết ngay", ông Đỗ Văn Tám, Bí thư Chi bộ thôn Thanh Nhàn, xã Thanh Xuân, cho biết. Từ ngày 2/5 đến nay, cuộc thi ảnh "Sóc Sơn – miền quê đáng sống" đã nhận 537 tác phẩm dự thi. Nhân kỷ niệm 99 năm Ngày Báo chí Cách mạng Việt Nam (21-6-1925 – 21-6-2024), Đài truyền thanh huyện ra mắt chuyên mục "Người tốt, việc tốt".

Quý III, hai huyện sẽ tổ chức hội thi tuyên truyền viên giỏi và phấn đấu có 100% thôn, xóm được nghe thông tin thời sự hằng tháng.
"""

D202, D205, D208, D209 = "2019-07-11", "2023-10-04", "2020-06-18", "2024-07-05"

DOCS = [
    Doc("syn_202_tayho_thanhxuan_hbt_2019", T202, HN, h1(2019), D202, "text", facts=[
        F("hơn 312 nghìn lượt cán bộ, đảng viên", 312000, "study_attendance", "at_least",
          a="party_members"),
        F("ban hành 18 văn bản", 18, "documents_issued", unit=THO),
        F("tổ chức 4 hội nghị báo cáo viên", 4, "reporter_conferences", unit=THO),
        F("hiện có 41 cộng tác viên", 41, "opinion_collaborators", unit=THO, p=inst(D202)),
        F("gửi 64 báo cáo", 64, "opinion_reports", unit=THO),
        F("tổ chức 372 buổi thảo luận chi bộ", 372, "party_cell_discussions", unit=TXU),
        F("nhận được 4.126 bài dự thi", 4126, "contest_entries", unit=TXU),
        F("11 trang thông tin điện tử", 11, "websites", unit=TXU, p=end_of(h1(2019))),
        F("gần 1.400 tin, bài", 1400, "news_items", "at_most", unit=TXU),
        F("mở 12 lớp bồi dưỡng nghiệp vụ", 12, "training_classes", unit=HBT),
        F("cho 1.035 học viên", 1035, "trainees", unit=HBT),
        F("hiện có 126 báo cáo viên", 126, "reporters", unit=HBT, p=inst(D202)),
        F("có 10.480/11.020 đảng viên", 10480, "study_attendance", a="party_members",
          unit=HBT, p=since("2019-04-15", D202)),
        F("đạt 95,1%", 95.1, "study_participation_rate", unit=HBT,
          p=since("2019-04-15", D202)),
    ], traps=[("Ba quận", 3), ("6 tháng đầu năm", 6), ("Ngày 11/7/2019", 11),
              ("Cụm thi đua 2", 2), ("Trung ương 8", 8), ("khóa XII", 12), ("Sáu tháng", 6),
              ("chuyên đề năm 2019", 2019), ("90 năm", 90), ("3/2/1930", 3), ("3/2/2020", 3),
              ("Từ ngày 15/4", 15), ("50 năm", 50), ("nhiệm kỳ 2020 – 2025", 2020),
              ("dự kiến mỗi quận tổ chức từ 2 đến 3 hội nghị", 2), ("quý III", 3)]),
    Doc("syn_205_hanoi_city_2023", T205, HN, quarter(3, 2023), D205, "text", facts=[
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("hiện nay có 97 đồng chí", 97, "reporters", p=inst(D205)),
        F("ban hành 26 văn bản", 26, "documents_issued"),
        F("gồm 1.682 người", 1682, "opinion_collaborators", p=end_of(quarter(3, 2023))),
        F("tổng hợp 13 báo cáo dư luận xã hội", 13, "opinion_reports"),
        F("02 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("hơn 150 ngàn đoàn viên", 150000, "study_attendance", "at_least", a="masses"),
        F("xử lý 1.346 tin, bài sai sự thật", 1346, "other", p=since("2023-01-01", D205)),
        F("có 612 trang thông tin điện tử", 612, "websites", p=inst(D205)),
        F("gần 2.900 trang fanpage", 2900, "social_pages", "at_most", p=inst(D205)),
    ], traps=[("579 điểm cầu trực tuyến", 579), ("Ngày 4/10/2023", 4), ("quý III năm 2023", 3), ("Trong quý III", 3),
              ("69 năm", 69), ("10/10/1954", 10), ("10/10/2023", 10),
              ("Ban Chỉ đạo 35", 35), ("35-NQ/TW", 35), ("Quý IV", 4), ("sơ kết 2 năm", 2),
              ("06-CTr/TU", 6), ("số 2 Lê Lai", 2)]),
    Doc("syn_208_namtuliem_2015_2020", T208, NTL, term(2015, 2020), D208, "text", facts=[
        F("tổ chức 615 hội nghị học tập, quán triệt", 615, "study_sessions"),
        F("với 98.640 lượt cán bộ, đảng viên", 98640, "study_attendance", a="party_members"),
        F("bình quân đạt trên 95%", 95, "study_participation_rate", "at_least"),
        F("mở 148 lớp bồi dưỡng lý luận chính trị", 148, "training_classes"),
        F("hơn 12.480 học viên", 12480, "trainees", "at_least"),
        F("tổ chức năm đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("khen thưởng 37 tập thể", 37, "commended_collectives"),
        F("37 tập thể, 64 cá nhân", 64, "commended_individuals"),
        F("tổ chức 1.032 buổi thảo luận chi bộ", 1032, "party_cell_discussions", p=year(2019)),
        F("có 1.250/1.300 đảng viên", 1250, "study_attendance", a="party_members",
          p=year(2019)),
        F("tổ chức 14 hội nghị học tập, quán triệt", 14, "study_sessions",
          p=since("2020-01-01", D208)),
        F("hiện có 43 báo cáo viên", 43, "reporters", p=inst(D208)),
        F("10 trang thông tin điện tử", 10, "websites", p=inst(D208)),
    ], traps=[("nhiệm kỳ 2015 – 2020", 2015), ("Ngày 18/6/2020", 18), ("lần thứ II", 2),
              ("nhiệm kỳ 2020 – 2025", 2020), ("Nhiệm kỳ 2020 – 2025", 2020),
              ("năm 2014", 2014), ("Năm 2019", 2019), ("Từ đầu năm 2020", 2020),
              ("Covid-19", 19), ("102-QĐ/TW", 102), ("tổ dân phố số 6", 6),
              ("Mỹ Đình 1", 1), ("100% tổ chức cơ sở đảng", 100)]),
    Doc("syn_209_bavi_socson_2024", T209, BAVI, quarter(2, 2024), D209, "sidecar",
        meta={"date": D209}, facts=[
        F("tổ chức 19 hội nghị học tập, quán triệt", 19, "study_sessions"),
        F("với 8.764 lượt cán bộ, đảng viên", 8764, "study_attendance", a="party_members"),
        F("tổ chức 96 buổi tuyên truyền miệng", 96, "oral_propaganda_sessions"),
        F("ước 7.400 lượt người dân", 7400, "propaganda_audience", "approx", a="masses"),
        F("tổ chức 27 buổi tuyên truyền", 27, "oral_propaganda_sessions", p=month(6, 2024)),
        F("khoảng 2.600 lượt đoàn viên", 2600, "propaganda_audience", "approx", a="masses",
          p=month(6, 2024)),
        F("ban hành 12 văn bản", 12, "documents_issued", unit=SOCSON),
        F("chỉ dưới 60 buổi", 60, "oral_propaganda_sessions", "at_most", unit=SOCSON),
        F("mở 4 lớp bồi dưỡng", 4, "training_classes", unit=SOCSON),
        F("cho 347 quần chúng ưu tú", 347, "trainees", unit=SOCSON),
        F("duy trì 312 nhóm Zalo", 312, "chat_groups", unit=SOCSON, p=inst(D209)),
        F("gần 41 nghìn thành viên", 41000, "chat_group_members", "at_most", unit=SOCSON,
          p=inst(D209)),
        F("đã nhận 537 tác phẩm dự thi", 537, "contest_entries", unit=SOCSON,
          p=since("2024-05-02", D209)),
    ], traps=[("Quý II năm 2024", 2), ("hai huyện", 2), ("21-KL/TW", 21),
              ("tháng 6/2024", 6), ("70 năm", 70), ("7/5/1954", 7), ("7/5/2024", 7),
              ("Đỗ Văn Tám", 8), ("Từ ngày 2/5", 2), ("99 năm", 99), ("21-6-1925", 21),
              ("21-6-2024", 21), ("Quý III", 3), ("100% thôn, xóm", 100)]),
]
