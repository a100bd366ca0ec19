"""Sixth held-out set (holdout6), part 4: wards and communes from 2025-07-01 (Ho Chi Minh City
and Hanoi). Written in session 6 from docs/LABELING.md, tests/eval/README.md, the earlier label
sources (format only) and the seeds, without reading or running the extractor."""
from build_gold import Doc, F, U, W, end_of, h2, inst, month, quarter, since

CHOLON, TANTHUAN, XOMCHIEU = W("Phường Chợ Lớn", "79"), W("Phường Tân Thuận", "79"), \
    W("Phường Xóm Chiếu", "79")
P_HADONG, DONGNGAC, X_THANHTRI = W("Phường Hà Đông", "01"), W("Phường Đông Ngạc", "01"), \
    W("Xã Thanh Trì", "01")
PHUTHOHOA, P_TANPHU = W("Phường Phú Thọ Hòa", "79"), W("Phường Tân Phú", "79")
HCM = U("79")

for _u in (CHOLON, TANTHUAN, XOMCHIEU, P_HADONG, DONGNGAC, X_THANHTRI, PHUTHOHOA, P_TANPHU):
    assert _u.code is not None, f"{_u.name} is not in org_units.csv"

# ---------------------------------------------------------------------------------------------
T610 = """
TP.HCM, ngày 29/12/2025

Ba phường mới ở trung tâm TP.HCM sau 6 tháng vận hành chính quyền địa phương hai cấp

(Thanhuytphcm.vn) – Sáu tháng cuối năm 2025, Ban Tuyên giáo và Dân vận Đảng ủy các phường Chợ Lớn, Tân Thuận và Xóm Chiếu đã đưa công tác tuyên truyền đi vào nền nếp trong mô hình mới.

PHƯỜNG CHỢ LỚN

Phường Chợ Lớn được thành lập từ các phường 11, 12, 13, 14 của Quận 5 cũ, nơi có nhiều hội quán, đình chùa của cộng đồng người Hoa.

Từ ngày 1/7/2025 đến nay, Đảng ủy phường ban hành 22 văn bản; tổ chức 8 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025–2030 với 2.964 lượt cán bộ, đảng viên, đạt 98,4%.

Các chi bộ khu phố tổ chức 186 buổi sinh hoạt chuyên đề; phường mở 2 lớp bồi dưỡng nghiệp vụ cho 143 học viên là cán bộ khu phố. Phường hiện có 1 trang thông tin điện tử, 1 fanpage và 58 nhóm Zalo khu phố; gần như 100% hộ kinh doanh ở các chợ đã được tuyên truyền về hóa đơn điện tử.

Hỏi: Phường làm gì để tiếp cận người cao tuổi gốc Hoa?
Đáp (đồng chí Bí thư Đảng ủy phường Chợ Lớn): Chúng tôi phối hợp các hội quán tổ chức hai mươi tư buổi nói chuyện song ngữ, có khoảng 2.100 lượt người dân đến nghe; nhiều cụ trên 80 tuổi vẫn đến dự đều đặn.

PHƯỜNG TÂN THUẬN

Phường Tân Thuận hình thành từ các phường Tân Thuận Đông, Tân Thuận Tây của Quận 7 cũ, có Khu chế xuất Tân Thuận rộng khoảng 300 ha. Trong 6 tháng, Đảng ủy phường tổ chức 37 buổi tuyên truyền miệng tại doanh nghiệp cho gần 6.200 lượt công nhân, lao động; phường hiện có 14 cộng tác viên dư luận xã hội, đã gửi 12 báo cáo tình hình tư tưởng. Cuộc thi viết “Tân Thuận trong tôi” thu hút 146 bài dự thi, 5 bài xuất sắc được trao giải. Phường vận động quyên góp 230 triệu đồng hỗ trợ công nhân khó khăn đón Tết.

PHƯỜNG XÓM CHIẾU

Xóm Chiếu được sắp xếp từ các phường 13, 16, 18 của Quận 4 cũ, có 21 khu phố.

Quý IV/2025, Đảng ủy phường Xóm Chiếu tổ chức 5 hội nghị học tập với 1.582 lượt cán bộ, đảng viên và 436 lượt quần chúng; các chi bộ tổ chức 64 buổi sinh hoạt chuyên đề. Trong 6 tháng, fanpage phường đăng 298 tin, bài, số bài đạt 124% kế hoạch đề ra.

Tính đến ngày 20/12/2025, phường có 9 báo cáo viên; hiện các nhóm Zalo khu phố có tổng cộng 7.430 thành viên. Đảng ủy phường Xóm Chiếu khen thưởng 3 tập thể, 8 cá nhân.

Năm 2026, ba phường dự kiến mở 6 lớp bồi dưỡng kỹ năng số và phấn đấu mỗi khu phố có ít nhất 1 tổ tuyên truyền.
"""
D610 = "2025-12-29"
P610 = h2(2025)
S610 = since("2025-07-01", D610)
Q4_610 = quarter(4, 2025)

# ---------------------------------------------------------------------------------------------
T611 = """
Hà Nội, ngày 8/4/2026

Quý I/2026: Phường Hà Đông, phường Đông Ngạc và xã Thanh Trì đưa Nghị quyết Đại hội XIV vào cuộc sống

(HNMO) – Quý I năm 2026, cùng với việc học tập, quán triệt Nghị quyết Đại hội XIV của Đảng, các phường, xã của Thủ đô tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031 diễn ra ngày 15/3/2026.

Phường Hà Đông: Phường được thành lập từ các phường Quang Trung, Nguyễn Trãi, Hà Cầu và một phần phường La Khê của quận Hà Đông cũ. Trong quý, Đảng ủy phường tổ chức 4 hội nghị học tập, quán triệt cho 3.815 lượt cán bộ, đảng viên và 1.240 lượt cư dân; tỷ lệ đảng viên tham gia học tập đạt 99,1%. Phường tổ chức 19 buổi tuyên truyền về bầu cử với khoảng 5.300 lượt người nghe. Theo đồng chí Bí thư Đảng ủy phường, tỷ lệ cử tri đi bầu trên địa bàn đạt 99,6%, cao hơn 0,4 điểm phần trăm so với cuộc bầu cử năm 2021.

Phường Đông Ngạc: Phường hình thành từ các phường Đông Ngạc, Đức Thắng, Thụy Phương của quận Bắc Từ Liêm cũ, có làng cổ Đông Ngạc hơn 600 năm tuổi. Đảng ủy phường ban hành 11 văn bản; các chi bộ tổ dân phố tổ chức 96 buổi sinh hoạt chuyên đề; phường mở 01 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 38 học viên. Đến nay, phường có 43 nhóm Zalo với gần 12.800 thành viên; trang fanpage của phường có 9.650 người theo dõi.

Xã Thanh Trì: Xã có 28 thôn, tổ dân phố với khoảng 52.000 nhân khẩu. Dù tháng 1/2026 xã chỉ tổ chức được một hội nghị báo cáo viên vì trùng thời điểm chuẩn bị Tết Bính Ngọ, cả quý xã vẫn tổ chức 3 hội nghị báo cáo viên và 27 buổi tuyên truyền miệng cho 3.950 lượt người nghe. Xã có 12 báo cáo viên và 21 cộng tác viên dư luận xã hội; trong quý, lực lượng này gửi 7 báo cáo dư luận xã hội. Xã hỗ trợ kinh phí 80 triệu đồng cho các tổ tuyên truyền thôn và khen thưởng 6 tập thể, 11 cá nhân.

Quý II/2026, xã Thanh Trì phấn đấu 100% thôn có loa truyền thanh thông minh; phường Đông Ngạc dự kiến mở thêm 2 lớp bồi dưỡng.
"""
D611 = "2026-04-08"
P611 = quarter(1, 2026)

# ---------------------------------------------------------------------------------------------
T612 = """
Thứ Tư, ngày 11/3/2026

Hai phường mới trên đất Tân Phú cũ đưa tin Đại hội XIV đến từng con hẻm

(TPHCM) – Tháng 2/2026, Đảng ủy phường Phú Thọ Hòa và phường Tân Phú tập trung tuyên truyền kết quả Đại hội XIV của Đảng, đồng thời chăm lo cho người dân đón Tết Bính Ngọ.

Phú Thọ Hòa được sắp xếp từ các phường Phú Thọ Hòa, Phú Thạnh, Hòa Thạnh của quận Tân Phú cũ. Trong tháng, Đảng ủy phường tổ chức 3 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV cho 1.876 lượt cán bộ, đảng viên; 100% chi ủy viên các chi bộ đã tham gia, số đảng viên chưa học tập dưới 2%. Từ ngày 1/7/2025 đến nay, phường đã tổ chức 58 buổi tuyên truyền miệng với khoảng 7.900 lượt người dân.

Phường hiện có 72 nhóm Zalo khu phố; trang fanpage “Phú Thọ Hòa hôm nay” có 15.300 người theo dõi, riêng trong tháng Tết đạt 410 nghìn lượt người theo dõi các bài viết, gấp 3 lần tháng trước.

PHƯỜNG TÂN PHÚ

Phường Tân Phú có 34 khu phố, trên địa bàn có trung tâm thương mại với diện tích sàn hơn 50.000 m2. Tháng 2/2026, Đảng ủy phường Tân Phú ban hành 6 văn bản, tổ chức 2 hội nghị học tập với 1.312 lượt cán bộ, đảng viên và 402 lượt hội viên, đoàn viên. Dịp Tết, tổ tuyên truyền của phường phát 26 số bản tin phát thanh “Tân Phú 24h”; số buổi tuyên truyền đạt 116% kế hoạch tháng. Cuộc thi ảnh “Mùa xuân thứ 51” do phường tổ chức nhận 214 tác phẩm dự thi. Ủy ban nhân dân phường Tân Phú tặng giấy khen cho 7 tập thể, 13 cá nhân.

Cũng trong tháng 2/2026, Ban Tuyên giáo và Dân vận Thành ủy TP.HCM tổ chức 2 hội nghị báo cáo viên thành phố, trực tuyến đến 168 phường, xã, đặc khu. Người dân có thể phản ánh qua đường dây nóng 1022 của Thành phố.
"""
D612 = "2026-03-11"
P612 = month(2, 2026)
S612 = since("2025-07-01", D612)

DOCS = [
    Doc("syn_610_cholon_tanthuan_xomchieu_2025", T610, CHOLON, P610, D610, "text", facts=[
        F("ban hành 22 văn bản", 22, "documents_issued", unit=CHOLON, p=S610),
        F("tổ chức 8 hội nghị học tập", 8, "study_sessions", unit=CHOLON, p=S610),
        F("2.964 lượt cán bộ, đảng viên", 2964, "study_attendance", a="party_members",
          unit=CHOLON, p=S610),
        F("đạt 98,4%", 98.4, "study_participation_rate", unit=CHOLON, p=S610),
        F("186 buổi sinh hoạt chuyên đề", 186, "party_cell_discussions", unit=CHOLON),
        F("mở 2 lớp bồi dưỡng", 2, "training_classes", unit=CHOLON),
        F("cho 143 học viên", 143, "trainees", unit=CHOLON),
        F("có 1 trang thông tin điện tử", 1, "websites", unit=CHOLON, p=inst(D610)),
        F("1 fanpage", 1, "social_pages", unit=CHOLON, p=inst(D610)),
        F("58 nhóm Zalo", 58, "chat_groups", unit=CHOLON, p=inst(D610)),
        F("gần như 100% hộ kinh doanh", 100, "other", "approx", unit=CHOLON),
        F("hai mươi tư buổi nói chuyện", 24, "oral_propaganda_sessions", unit=CHOLON),
        F("khoảng 2.100 lượt người dân", 2100, "propaganda_audience", "approx",
          a="masses", unit=CHOLON),
        F("37 buổi tuyên truyền miệng", 37, "oral_propaganda_sessions", unit=TANTHUAN),
        F("gần 6.200 lượt công nhân, lao động", 6200, "propaganda_audience", "at_most",
          unit=TANTHUAN),
        F("hiện có 14 cộng tác viên", 14, "opinion_collaborators", unit=TANTHUAN,
          p=inst(D610)),
        F("gửi 12 báo cáo", 12, "opinion_reports", unit=TANTHUAN),
        F("146 bài dự thi", 146, "contest_entries", unit=TANTHUAN),
        F("quyên góp 230 triệu đồng", 230000000, "other", unit=TANTHUAN),
        F("5 hội nghị học tập", 5, "study_sessions", unit=XOMCHIEU, p=Q4_610),
        F("1.582 lượt cán bộ, đảng viên", 1582, "study_attendance", a="party_members",
          unit=XOMCHIEU, p=Q4_610),
        F("436 lượt quần chúng", 436, "study_attendance", a="masses", unit=XOMCHIEU,
          p=Q4_610),
        F("64 buổi sinh hoạt chuyên đề", 64, "party_cell_discussions", unit=XOMCHIEU,
          p=Q4_610),
        F("đăng 298 tin, bài", 298, "news_items", unit=XOMCHIEU),
        F("có 9 báo cáo viên", 9, "reporters", unit=XOMCHIEU, p=inst("2025-12-20")),
        F("7.430 thành viên", 7430, "chat_group_members", unit=XOMCHIEU, p=inst(D610)),
        F("khen thưởng 3 tập thể", 3, "commended_collectives", unit=XOMCHIEU),
        F("8 cá nhân", 8, "commended_individuals", unit=XOMCHIEU),
    ], traps=[("ngày 29/12/2025", 29), ("sau 6 tháng", 6), ("các phường 11, 12, 13, 14", 11),
              ("Quận 5 cũ", 5), ("Từ ngày 1/7/2025", 1), ("lần thứ I", 1),
              ("nhiệm kỳ 2025–2030", 2025), ("trên 80 tuổi", 80), ("Quận 7 cũ", 7),
              ("khoảng 300 ha", 300), ("Trong 6 tháng, Đảng ủy", 6),
              ("5 bài xuất sắc", 5), ("các phường 13, 16, 18", 13), ("Quận 4 cũ", 4),
              ("21 khu phố", 21), ("Quý IV/2025", 4), ("Trong 6 tháng, fanpage", 6),
              ("124% kế hoạch", 124), ("ngày 20/12/2025", 20),
              ("Năm 2026, ba phường", 2026), ("dự kiến mở 6 lớp", 6),
              ("ít nhất 1 tổ", 1)]),
    Doc("syn_611_hadong_dongngac_thanhtri_2026", T611, P_HADONG, P611, D611, "text",
        facts=[
        F("4 hội nghị học tập", 4, "study_sessions", unit=P_HADONG),
        F("3.815 lượt cán bộ, đảng viên", 3815, "study_attendance", a="party_members",
          unit=P_HADONG),
        F("1.240 lượt cư dân", 1240, "study_attendance", a="masses", unit=P_HADONG),
        F("đạt 99,1%", 99.1, "study_participation_rate", unit=P_HADONG),
        F("19 buổi tuyên truyền", 19, "oral_propaganda_sessions", unit=P_HADONG),
        F("khoảng 5.300 lượt người nghe", 5300, "propaganda_audience", "approx",
          unit=P_HADONG),
        F("ban hành 11 văn bản", 11, "documents_issued", unit=DONGNGAC),
        F("96 buổi sinh hoạt chuyên đề", 96, "party_cell_discussions", unit=DONGNGAC),
        F("mở 01 lớp bồi dưỡng", 1, "training_classes", unit=DONGNGAC),
        F("38 học viên", 38, "trainees", unit=DONGNGAC),
        F("có 43 nhóm Zalo", 43, "chat_groups", unit=DONGNGAC, p=inst(D611)),
        F("gần 12.800 thành viên", 12800, "chat_group_members", "at_most", unit=DONGNGAC,
          p=inst(D611)),
        F("có 9.650 người theo dõi", 9650, "propaganda_audience", unit=DONGNGAC,
          p=inst(D611)),
        F("một hội nghị báo cáo viên", 1, "reporter_conferences", unit=X_THANHTRI,
          p=month(1, 2026)),
        F("3 hội nghị báo cáo viên", 3, "reporter_conferences", unit=X_THANHTRI),
        F("27 buổi tuyên truyền miệng", 27, "oral_propaganda_sessions", unit=X_THANHTRI),
        F("3.950 lượt người nghe", 3950, "propaganda_audience", unit=X_THANHTRI),
        F("có 12 báo cáo viên", 12, "reporters", unit=X_THANHTRI, p=end_of(P611)),
        F("21 cộng tác viên", 21, "opinion_collaborators", unit=X_THANHTRI,
          p=end_of(P611)),
        F("gửi 7 báo cáo", 7, "opinion_reports", unit=X_THANHTRI),
        F("kinh phí 80 triệu đồng", 80000000, "other", unit=X_THANHTRI),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=X_THANHTRI),
        F("11 cá nhân", 11, "commended_individuals", unit=X_THANHTRI),
    ], traps=[("ngày 8/4/2026", 8), ("Quý I/2026", 1), ("Đại hội XIV", 14),
              ("Quý I năm 2026", 1), ("khóa XVI", 16), ("nhiệm kỳ 2026–2031", 2026),
              ("ngày 15/3/2026", 15), ("đạt 99,6%", 99.6),
              ("cao hơn 0,4 điểm phần trăm", 0.4), ("năm 2021", 2021),
              ("hơn 600 năm tuổi", 600), ("28 thôn", 28),
              ("khoảng 52.000 nhân khẩu", 52000), ("tháng 1/2026", 1),
              ("Quý II/2026", 2), ("100% thôn", 100), ("thêm 2 lớp", 2)]),
    Doc("syn_612_phuthohoa_tanphu_2026", T612, PHUTHOHOA, P612, D612, "text", facts=[
        F("3 hội nghị học tập", 3, "study_sessions", unit=PHUTHOHOA),
        F("1.876 lượt cán bộ, đảng viên", 1876, "study_attendance", a="party_members",
          unit=PHUTHOHOA),
        F("100% chi ủy viên", 100, "study_participation_rate", unit=PHUTHOHOA),
        F("dưới 2%", 2, "other", "at_most", unit=PHUTHOHOA),
        F("58 buổi tuyên truyền miệng", 58, "oral_propaganda_sessions", unit=PHUTHOHOA,
          p=S612),
        F("khoảng 7.900 lượt người dân", 7900, "propaganda_audience", "approx",
          a="masses", unit=PHUTHOHOA, p=S612),
        F("có 72 nhóm Zalo", 72, "chat_groups", unit=PHUTHOHOA, p=inst(D612)),
        F("có 15.300 người theo dõi", 15300, "propaganda_audience", unit=PHUTHOHOA,
          p=inst(D612)),
        F("410 nghìn lượt người theo dõi", 410000, "propaganda_audience",
          unit=PHUTHOHOA),
        F("ban hành 6 văn bản", 6, "documents_issued", unit=P_TANPHU),
        F("2 hội nghị học tập", 2, "study_sessions", unit=P_TANPHU),
        F("1.312 lượt cán bộ, đảng viên", 1312, "study_attendance", a="party_members",
          unit=P_TANPHU),
        F("402 lượt hội viên, đoàn viên", 402, "study_attendance", a="masses",
          unit=P_TANPHU),
        F("phát 26 số", 26, "news_items", unit=P_TANPHU),
        F("214 tác phẩm dự thi", 214, "contest_entries", unit=P_TANPHU),
        F("giấy khen cho 7 tập thể", 7, "commended_collectives", unit=P_TANPHU),
        F("13 cá nhân", 13, "commended_individuals", unit=P_TANPHU),
        F("2 hội nghị báo cáo viên thành phố", 2, "reporter_conferences", unit=HCM),
    ], traps=[("ngày 11/3/2026", 11), ("Tháng 2/2026, Đảng ủy phường Phú", 2),
              ("Đại hội XIV", 14), ("Từ ngày 1/7/2025", 1), ("gấp 3 lần", 3),
              ("34 khu phố", 34), ("hơn 50.000 m2", 50000),
              ("Tháng 2/2026, Đảng ủy phường Tân Phú", 2), ("“Tân Phú 24h”", 24),
              ("116% kế hoạch", 116), ("“Mùa xuân thứ 51”", 51), ("tháng 2/2026", 2),
              ("168 phường, xã, đặc khu", 168), ("đường dây nóng 1022", 1022)]),
]
