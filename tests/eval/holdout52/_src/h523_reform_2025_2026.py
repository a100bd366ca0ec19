"""Held-out set holdout52, part 3: the last half-year of the districts (Hà Đông, 2025) and the new
wards after 1 July 2025 (Ho Chi Minh City 2025, Hanoi 2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
only, the seeds and the sample reports, without reading or running the extractor. The decisions
taken where the guide leaves room are listed in h521_hanoi_districts.py; in this part also:
- "17 fanpage của các phường" as a subject of posting is a stock of social pages (at the end of
  the half-year, no "hiện có" marker), unlike "17 phường" being merged (geography).
- "Từ đầu tháng 7, ..." in the middle of a ward's section dates its own sentence only
  (2025-07-01 .. document date); the next sentence goes back to the article's quarter.
- The interview of part 1's rule: "Bà Hương:" after "bà Nguyễn Thu Hương, ..., Trưởng ban
  Tuyên giáo và Dân vận Đảng ủy phường" speaks for the ward.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, quarter, since

HDONG = U("Quận Hà Đông")
BTHANH_W, SGON_W, TDINH_W = W("Phường Bến Thành", "79"), W("Phường Sài Gòn", "79"), \
    W("Phường Tân Định", "79")
NGOCHA = W("Phường Ngọc Hà", "01")

T10 = """
Hà Đông: Giữ mạch thông tin trong những ngày sắp xếp đơn vị hành chính

Ngày 23/6/2025, Ban Tuyên giáo và Dân vận Thành ủy Hà Nội tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2025. Sau đây là trích tham luận của đồng chí Nguyễn Thị Minh Phương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo và Dân vận Quận ủy Hà Đông:

“Sáu tháng đầu năm 2025 là giai đoạn đặc biệt: cùng với cả nước, quận thực hiện sắp xếp đơn vị hành chính, chuẩn bị vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025, theo đó 17 phường của quận được sắp xếp thành 5 phường mới. Ban đã tham mưu tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết 60-NQ/TW của Hội nghị Trung ương 11 khóa XIII; các đảng bộ phường mở 184 lớp, thu hút 21.306 lượt cán bộ, đảng viên, đạt 97,05%; riêng quần chúng có 2.140 lượt tham dự.

“Đảng bộ quận hiện có hơn 26.000 đảng viên sinh hoạt ở 74 tổ chức cơ sở đảng, nên chúng tôi chú trọng tuyên truyền từ chi bộ. Quận tổ chức 68 buổi tuyên truyền Luật Thủ đô năm 2024 và các nghị quyết về sắp xếp đơn vị hành chính, với khoảng 7.300 lượt người dân dự nghe. Trung tâm Chính trị quận mở 4 lớp bồi dưỡng lý luận chính trị cho 276 học viên. Trang thông tin điện tử quận và 17 fanpage của các phường đăng hơn 2.900 tin, bài, trong đó 640 bài giải đáp thủ tục hành chính.

“Có lần, một cụ cao niên ở phường Vạn Phúc nói với tôi: ‘Tôi 82 tuổi, đã qua 3 lần đổi tên đơn vị hành chính, lần này chỉ mong giấy tờ đừng phiền hà’. Câu nói ấy nhắc chúng tôi phải nắm dư luận sát hơn. Đội ngũ 49 cộng tác viên dư luận xã hội của quận đã gửi 41 báo cáo nhanh trong 6 tháng; Quận ủy đã khen thưởng 8 tập thể và 14 cá nhân có thành tích trong tuyên truyền sắp xếp bộ máy.

“Thời gian tới, khi các phường mới đi vào hoạt động, chúng tôi sẽ bàn giao hồ sơ, tài liệu cho Đảng ủy 5 phường, đề xuất duy trì 100% nhóm Zalo tổ dân phố và tiếp tục mở 2 lớp tập huấn kỹ năng cho cán bộ tuyên giáo cơ sở trong quý III.”
"""

T11 = """
Cập nhật 08/10/2025 07:45

Bến Thành, Sài Gòn, Tân Định: Đưa Nghị quyết Đại hội Đảng bộ phường đến từng khu phố

(Thanhuytphcm.vn) – Sau 3 tháng vận hành chính quyền địa phương hai cấp, quý III năm 2025, đảng ủy các phường trung tâm Thành phố đã tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, song song với tuyên truyền về bộ máy mới.

PHƯỜNG BẾN THÀNH: Học nghị quyết bên ngôi chợ trăm tuổi
Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão và một phần phường Cầu Kho (Quận 1 cũ), với khoảng 47 nghìn cư dân. Trong quý, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 42 lớp ở các chi bộ, với 3.186 lượt đảng viên, đạt 97,3%. Các khu phố còn tổ chức 18 buổi nói chuyện tại chợ Bến Thành, với 1.320 tiểu thương được tuyên truyền về kê khai thuế điện tử.

PHƯỜNG SÀI GÒN: Mạng xã hội thành "loa phường"
Phường Sài Gòn hiện có một trang thông tin điện tử, hai fanpage và 64 nhóm Zalo khu phố với gần 12.000 thành viên. Từ đầu tháng 7, các kênh này đăng 738 tin, bài, infographic về chính quyền hai cấp. Đảng ủy phường tổ chức 26 buổi nói chuyện chuyên đề cho hơn 2.600 lượt người dân.

"Tôi 71 tuổi, lần đầu làm giấy tờ ở phường mới mà chỉ mất chừng 15 phút", ông Lê Văn Sáu, khu phố 5, phường Sài Gòn, nói.

PHƯỜNG TÂN ĐỊNH: Thi tìm hiểu về vùng đất mới
Cuộc thi trắc nghiệm trực tuyến "Tìm hiểu về phường Tân Định" do Đảng ủy phường phát động thu hút 6.412 lượt người dự thi, trong đó đoàn viên thanh niên chiếm khoảng 58%. Ban Tuyên giáo và Dân vận Đảng ủy phường gửi 12 báo cáo nhanh về dư luận xã hội quanh việc sắp xếp trụ sở. Dịp tổng kết cuộc thi, Đảng ủy phường khen thưởng 4 tập thể, 9 cá nhân và đề nghị Thành ủy tặng bằng khen cho 1 tập thể.

Theo kế hoạch, đến cuối năm 2025, 100% khu phố của ba phường sẽ có nhóm Zalo do chi bộ quản lý.
"""

T12 = """
Thứ Sáu, ngày 10/4/2026

Phường Ngọc Hà: "Mỗi tổ dân phố là một điểm tuyên truyền bầu cử"

Quý I năm 2026, Đảng bộ phường Ngọc Hà vừa học tập Nghị quyết Đại hội XIV của Đảng, vừa tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031. Phóng viên trao đổi với bà Nguyễn Thu Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo và Dân vận Đảng ủy phường Ngọc Hà.

PV: Việc học tập Nghị quyết Đại hội XIV ở phường được tổ chức thế nào?

Bà Hương: "Ngay sau khi có hướng dẫn của Thành ủy, Đảng ủy phường tổ chức 1 hội nghị cấp phường; các chi bộ mở 46 lớp, thu hút 4.870 lượt cán bộ, đảng viên, đạt 96,9%. Số đảng viên chưa tham gia học tập là 156 đồng chí, chủ yếu do tuổi cao, sức yếu. Phường hiện có 12 báo cáo viên; trong quý đã tổ chức 1 hội nghị báo cáo viên để cập nhật thông tin thời sự."

PV: Công tác tuyên truyền bầu cử có điểm gì mới?

Bà Hương: "Phường có khoảng 62.000 cử tri, chia thành 29 khu vực bỏ phiếu. Chúng tôi tổ chức 38 buổi tuyên truyền về bầu cử tại các tổ dân phố, với khoảng 4.600 lượt người dân dự nghe; in 3.000 tờ gấp và treo 420 băng rôn, khẩu hiệu. Phường hiện có 112 nhóm Zalo tổ dân phố với 18.400 thành viên, tăng 3 nhóm so với cuối năm 2025; qua các nhóm, chúng tôi đăng 265 tin, bài, video clip hướng dẫn cử tri. Ngày 15/3, tỷ lệ cử tri đi bầu của phường đạt 99,81%."

PV: Người dân đón nhận ra sao?

Bà Hương: "Có bác tổ trưởng tổ dân phố số 7 nói với tôi: ‘Tổ tôi 104 hộ, nhà nào cũng đi bầu từ sáng sớm’. Những câu chuyện như thế là động lực rất lớn. Dịp này, Đảng ủy phường đã khen thưởng 6 tập thể, 11 cá nhân có thành tích trong công tác bầu cử."

PV: Kế hoạch của phường trong quý II?

Bà Hương: "Quý II, phường sẽ mở 2 lớp bồi dưỡng kỹ năng số cho 80 cán bộ tổ dân phố và tổ chức Cuộc thi tìm hiểu 80 năm Quốc hội Việt Nam, dự kiến thu hút 3.000 lượt người dự thi."
"""

D10, D11, D12 = "2025-06-23", "2025-10-08", "2026-04-10"
Q3_25, Q1_26 = quarter(3, 2025), quarter(1, 2026)
SINCE_JUL = since("2025-07-01", D11)

DOCS = [
    Doc("h52_10", T10, HDONG, h1(2025), D10, "text", facts=[
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 184 lớp", 184, "study_sessions"),
        F("thu hút 21.306 lượt cán bộ, đảng viên", 21306, "study_attendance",
          a="party_members"),
        F("đạt 97,05%", 97.05, "study_participation_rate"),
        F("riêng quần chúng có 2.140 lượt tham dự", 2140, "study_attendance", a="masses"),
        F("tổ chức 68 buổi tuyên truyền", 68, "oral_propaganda_sessions"),
        F("khoảng 7.300 lượt người dân", 7300, "propaganda_audience", "approx", a="masses"),
        F("mở 4 lớp bồi dưỡng lý luận chính trị", 4, "training_classes"),
        F("cho 276 học viên", 276, "trainees"),
        F("17 fanpage", 17, "social_pages", p=end_of(h1(2025))),
        F("hơn 2.900 tin, bài", 2900, "news_items", "at_least"),
        F("Đội ngũ 49 cộng tác viên", 49, "opinion_collaborators", p=end_of(h1(2025))),
        F("gửi 41 báo cáo nhanh", 41, "opinion_reports"),
        F("khen thưởng 8 tập thể", 8, "commended_collectives"),
        F("14 cá nhân", 14, "commended_individuals"),
    ], traps=[("Ngày 23/6/2025", 23), ("6 tháng đầu năm 2025", 6), ("ngày 1/7/2025", 1),
              ("17 phường", 17), ("5 phường", 5), ("Nghị quyết 60-NQ/TW", 60),
              ("Trung ương 11", 11), ("hơn 26.000 đảng viên", 26000),
              ("74 tổ chức cơ sở đảng", 74), ("Luật Thủ đô năm 2024", 2024),
              ("trong đó 640 bài", 640), ("82 tuổi", 82), ("3 lần", 3),
              ("trong 6 tháng", 6), ("100% nhóm Zalo", 100), ("mở 2 lớp", 2)]),
    Doc("h52_11", T11, BTHANH_W, Q3_25, D11, "text", facts=[
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("42 lớp ở các chi bộ", 42, "study_sessions"),
        F("với 3.186 lượt đảng viên", 3186, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("tổ chức 18 buổi nói chuyện", 18, "oral_propaganda_sessions"),
        F("với 1.320 tiểu thương", 1320, "propaganda_audience"),
        F("một trang thông tin điện tử", 1, "websites", unit=SGON_W, p=inst(D11)),
        F("hai fanpage", 2, "social_pages", unit=SGON_W, p=inst(D11)),
        F("64 nhóm Zalo", 64, "chat_groups", unit=SGON_W, p=inst(D11)),
        F("gần 12.000 thành viên", 12000, "chat_group_members", "at_most", unit=SGON_W,
          p=inst(D11)),
        F("đăng 738 tin, bài, infographic", 738, "news_items", unit=SGON_W, p=SINCE_JUL),
        F("tổ chức 26 buổi nói chuyện chuyên đề", 26, "oral_propaganda_sessions",
          unit=SGON_W),
        F("hơn 2.600 lượt người dân", 2600, "propaganda_audience", "at_least", a="masses",
          unit=SGON_W),
        F("thu hút 6.412 lượt người dự thi", 6412, "contest_entries", unit=TDINH_W),
        F("gửi 12 báo cáo nhanh", 12, "opinion_reports", unit=TDINH_W),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=TDINH_W),
        F("9 cá nhân", 9, "commended_individuals", unit=TDINH_W),
    ], traps=[("Cập nhật 08/10/2025 07:45", 8), ("Sau 3 tháng", 3),
              ("nhiệm kỳ 2025 – 2030", 2025), ("Quận 1", 1), ("khoảng 47 nghìn cư dân", 47000),
              ("71 tuổi", 71), ("chừng 15 phút", 15), ("khu phố 5", 5),
              ("khoảng 58%", 58), ("cho 1 tập thể", 1), ("cuối năm 2025", 2025),
              ("100% khu phố", 100)]),
    Doc("h52_12", T12, NGOCHA, Q1_26, D12, "text", facts=[
        F("tổ chức 1 hội nghị cấp phường", 1, "study_sessions"),
        F("mở 46 lớp", 46, "study_sessions"),
        F("thu hút 4.870 lượt cán bộ, đảng viên", 4870, "study_attendance",
          a="party_members"),
        F("đạt 96,9%", 96.9, "study_participation_rate"),
        F("là 156 đồng chí", 156, "other"),
        F("hiện có 12 báo cáo viên", 12, "reporters", p=inst(D12)),
        F("tổ chức 1 hội nghị báo cáo viên", 1, "reporter_conferences"),
        F("tổ chức 38 buổi tuyên truyền", 38, "oral_propaganda_sessions"),
        F("khoảng 4.600 lượt người dân", 4600, "propaganda_audience", "approx", a="masses"),
        F("in 3.000 tờ gấp", 3000, "other"),
        F("treo 420 băng rôn", 420, "other"),
        F("hiện có 112 nhóm Zalo", 112, "chat_groups", p=inst(D12)),
        F("với 18.400 thành viên", 18400, "chat_group_members", p=inst(D12)),
        F("đăng 265 tin, bài, video clip", 265, "news_items"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("11 cá nhân", 11, "commended_individuals"),
    ], traps=[("ngày 10/4/2026", 10), ("Quý I năm 2026", 2026),
              ("nhiệm kỳ 2026 – 2031", 2026), ("khoảng 62.000 cử tri", 62000),
              ("29 khu vực bỏ phiếu", 29), ("tăng 3 nhóm", 3), ("cuối năm 2025", 2025),
              ("Ngày 15/3", 15), ("đạt 99,81%", 99.81), ("tổ dân phố số 7", 7),
              ("Tổ tôi 104 hộ", 104), ("mở 2 lớp", 2), ("80 cán bộ", 80), ("80 năm", 80),
              ("3.000 lượt người dự thi", 3000)]),
]
