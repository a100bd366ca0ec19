"""holdout44, part 3: districts before the reform (Hanoi 2016, HCMC 2019 and a 2020-2025 term
speech) and a Hanoi ward after 1 July 2025.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format only (holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports,
without reading or running the extractor or any other evaluation set.

Decisions where the guide leaves room:
- A list line "Báo cáo viên cấp huyện: 36 đồng chí; cộng tác viên ...: 48 đồng chí" in a
  half-year report with no "hiện có" marker: stocks at the period's end (30/6/2016).
- "Kinh phí hỗ trợ in tài liệu học tập cho cơ sở: 85 triệu đồng" funds the unit's own work:
  `other` (LABELING.md's money rule).
- The 2019 article names the study (chuyên đề năm 2019) in its lead; bare "hội nghị"/"lớp" in
  the "* Quận 3" / "* Quận 10" sections are study_sessions; "hội thi báo cáo viên giỏi với 24
  thí sinh" is contest_entries.
- The Go Vap speech (introduced with the official's title and a colon) speaks for the district
  in all its paragraphs; its opening "Nhiệm kỳ 2020 – 2025" is its period; the tổ trưởng's
  words in single quotes are an anecdote. Stocks under "Hiện nay" are instants at the date.
- The Hanoi ward article relies on its sidecar date; "quý III năm 2025" (2025-07-01..09-30) is
  its period and the ward's name is written with an en dash.
"""
from build_gold import Doc, F, U, W, end_of, h1, inst, quarter, term

GIALAM = U("Huyện Gia Lâm")
Q3, Q10 = U("Quận 3"), U("Quận 10")
HCM = U("79")
VANMIEU = W("Phường Văn Miếu - Quốc Tử Giám", "01")
GOVAP = U("Quận Gò Vấp")

T09 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY GIA LÂM
BAN TUYÊN GIÁO
Số 58-BC/BTGHU
Gia Lâm, ngày 04 tháng 7 năm 2016

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2016,
nhiệm vụ trọng tâm 6 tháng cuối năm 2016

I. KẾT QUẢ CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM

1. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVI
- Hội nghị cấp huyện: 02; lượt cán bộ chủ chốt dự: 1.240.
- Lớp ở các đảng bộ, chi bộ cơ sở: 94; lượt đảng viên dự: 11.820, đạt 95,7%.
- Kinh phí hỗ trợ in tài liệu học tập cho cơ sở: 85 triệu đồng.

2. Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021
Ban Tuyên giáo Huyện ủy phối hợp các ngành tổ chức 215 buổi tuyên truyền miệng tại 22 xã, thị trấn, thu hút trên 18.000 lượt người. Các xã treo 1.640 băng rôn, khẩu hiệu, pano. Ngày bầu cử 22/5/2016, tỷ lệ cử tri đi bầu toàn huyện đạt 99,4%.

3. Công tác báo cáo viên, nắm bắt dư luận xã hội
- Hội nghị báo cáo viên: 03 (tháng 1, tháng 3 và tháng 5).
- Báo cáo viên cấp huyện: 36 đồng chí; cộng tác viên dư luận xã hội: 48 đồng chí.
- Báo cáo dư luận xã hội: 12 định kỳ, 3 đột xuất (chủ yếu về giải phóng mặt bằng dự án đường dẫn cầu Vĩnh Tuy giai đoạn 2 và dồn điền đổi thửa).

4. Bồi dưỡng lý luận chính trị; văn bản chỉ đạo
Trung tâm Bồi dưỡng chính trị huyện mở 4 lớp sơ cấp lý luận chính trị và 02 lớp bồi dưỡng nhận thức về Đảng, với 512 học viên. Văn bản hướng dẫn, kế hoạch đã ban hành: 17 (gồm 6 kế hoạch, 11 hướng dẫn).

5. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Thực hiện Chỉ thị 05-CT/TW, Ban Thường vụ Huyện ủy khen thưởng 5 tập thể, 8 cá nhân tiêu biểu. Làng gốm Bát Tràng, với hơn 1.000 hộ làm nghề, được chọn làm điểm tuyên truyền về bảo vệ môi trường làng nghề.

II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2016
- Tổ chức học tập chuyên đề năm 2016, phấn đấu 98% đảng viên tham gia.
- Mở thêm 3 lớp sơ cấp lý luận chính trị, 1 lớp bồi dưỡng đảng viên mới.
- Chuẩn bị kỷ niệm 70 năm Ngày Toàn quốc kháng chiến (19/12/1946 – 19/12/2016).

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu BTG.
"""

T10 = """
Thứ Sáu, ngày 12 tháng 7 năm 2019

Quận 3, Quận 10: Học tập chuyên đề năm 2019 đi vào chiều sâu

(Thanhuytphcm.vn) - 6 tháng đầu năm 2019, các cấp ủy ở Quận 3 và Quận 10 tập trung tổ chức học tập chuyên đề năm 2019 "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân". Theo Ban Tuyên giáo Thành ủy, trong 6 tháng, toàn Thành phố đã tổ chức hơn 5.200 lớp học tập chuyên đề.

* Quận 3

Quận ủy tổ chức 1 hội nghị cấp quận; 14 đảng bộ phường và 38 chi, đảng bộ cơ sở mở 196 lớp, thu hút 8.412 lượt cán bộ, đảng viên, đạt 96,7%; riêng quần chúng có 2.350 lượt tham dự. Các chi bộ khu phố còn tổ chức 210 buổi thảo luận chi bộ, gắn chuyên đề với việc giải quyết những vấn đề bức xúc như lấn chiếm vỉa hè, rác thải ở hẻm 222 Lê Văn Sỹ.

"Chi bộ khu phố tôi họp mỗi tháng 1 lần, lần nào cũng có người dân tới góp ý", ông Huỳnh Văn Bảy, 66 tuổi, phường 14, nói.

* Quận 10

Quận ủy tổ chức 2 hội nghị cấp quận; các cơ sở mở 172 lớp với 7.905 lượt đảng viên (đạt 95,35%), tăng 11 lớp so với cùng kỳ năm 2018. Quận 10 cũng tổ chức hội thi báo cáo viên giỏi với 24 thí sinh; Ban tổ chức trao 1 giải Nhất, 2 giải Nhì và 3 giải Ba. Trang thông tin điện tử quận đăng 318 tin, bài về việc học tập và làm theo Bác.

Đồng chí Trưởng ban Tuyên giáo Quận ủy Quận 10 cho biết: "Quận đã ban hành 14 văn bản hướng dẫn, bảo đảm mỗi chi bộ đều chọn một việc cụ thể để làm theo Bác." Quận 10 hiện xếp thứ 2/24 quận, huyện trong khối thi đua.

Trong 6 tháng cuối năm, hai quận dự kiến tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW.
"""

T11 = """
Phường Văn Miếu – Quốc Tử Giám: Tuyên truyền sâu rộng dịp Quốc khánh

Trong quý III năm 2025, quý đầu tiên vận hành chính quyền địa phương hai cấp, Đảng ủy phường Văn Miếu – Quốc Tử Giám (Hà Nội) đẩy mạnh tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9 (1945 – 2025).

Phường có 43 tổ dân phố, khoảng 72 nghìn dân, với nhiều di tích tiêu biểu; riêng Khu di tích Văn Miếu – Quốc Tử Giám lưu giữ 82 tấm bia tiến sĩ. Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030 diễn ra ngày 22 và 23/7/2025.

Ngay sau Đại hội, Đảng ủy tổ chức 3 hội nghị học tập, quán triệt Nghị quyết Đại hội với 1.980 lượt cán bộ, đảng viên tham dự, đạt 97,3%. Phường triển khai 02 đợt sinh hoạt chính trị, tư tưởng về truyền thống Cách mạng Tháng Tám, và các tổ dân phố tổ chức 26 buổi tuyên truyền miệng cho khoảng 3.400 lượt người dân.

Trên không gian mạng, fanpage của phường đăng 184 tin, bài, ảnh về các hoạt động kỷ niệm; lượt tiếp cận ước đạt 1,1 triệu, nhất là trong những ngày hợp luyện diễu binh A80.

"Chúng tôi đã lập 43 nhóm Zalo tổ dân phố, hiện có gần 11.000 thành viên. Các nhóm đã chuyển tải lịch cấm đường, điểm xem diễu binh tới bà con chỉ trong vài phút", bà Nguyễn Thị Thanh Hương, Phó Bí thư Thường trực Đảng ủy phường, cho biết.

Bà Đỗ Thị Mai, 68 tuổi, tổ dân phố số 9, chia sẻ: "Nhà tôi ở ngay phố Quốc Tử Giám, hôm tổng duyệt có tới 4 thế hệ cùng ra xem."

Dịp này, UBND phường tặng giấy khen cho 11 tập thể, 17 cá nhân có thành tích trong phục vụ Đại lễ. Quý IV, phường sẽ tổ chức cuộc thi tìm hiểu lịch sử Thăng Long – Hà Nội, dự kiến thu hút 5.000 lượt dự thi.
"""

T12 = """
(Thanhuytphcm.vn) - Ngày 14/3/2025, Quận ủy Gò Vấp tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2020 – 2025, trước thời điểm sắp xếp đơn vị hành chính và kết thúc hoạt động cấp quận từ ngày 1/7/2025.

Quận Gò Vấp hiện có 16 phường với hơn 680 nghìn dân, là một trong những quận đông dân nhất Thành phố. Theo phương án sắp xếp, địa bàn quận sẽ hình thành 6 phường mới.

Sau đây là trích tham luận của đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Gò Vấp:

“Nhiệm kỳ 2020 – 2025 bắt đầu trong những ngày dịch Covid-19 phức tạp nhất. Dù vậy, Ban Tuyên giáo Quận ủy đã tham mưu tổ chức 412 hội nghị học tập, quán triệt nghị quyết, chỉ thị của Đảng, với hơn 186 nghìn lượt cán bộ, đảng viên, bình quân mỗi năm hơn 80 hội nghị. Quận triển khai mười đợt sinh hoạt chính trị, tư tưởng; các chi bộ tổ chức trên 9.600 buổi thảo luận chuyên đề.

“Về tuyên truyền miệng, các cấp đã tổ chức 3.150 buổi nói chuyện thời sự, thu hút khoảng 265.000 lượt người nghe. Cuộc thi tìm hiểu 95 năm Ngày thành lập Đảng Cộng sản Việt Nam do quận tổ chức có 46.380 lượt dự thi. Quận hiện có 74 cộng tác viên dư luận xã hội; nhiệm kỳ qua, đội ngũ này gửi về Ban 1.210 báo cáo, giúp cấp ủy nắm bắt kịp thời tâm tư của người dân.

“Hiện nay, quận có 01 trang thông tin điện tử, 17 fanpage của quận và các phường, hơn 1.100 nhóm Zalo khu phố với khoảng 148.000 thành viên; đội ngũ báo cáo viên quận hiện có 64 đồng chí. Có chị tổ trưởng ở phường 10 nói với tôi: ‘Tổ tôi 120 hộ, giờ nhà nào cũng có người trong nhóm Zalo, họp tổ không cần đi gõ cửa nữa.’

“Trong nhiệm kỳ, Ban Thường vụ Quận ủy đã khen thưởng 86 tập thể, 143 cá nhân có thành tích trong công tác tuyên giáo. Năm tháng còn lại trước khi sắp xếp, chúng tôi sẽ bàn giao đầy đủ hồ sơ, dữ liệu cho 6 phường mới.”

Phát biểu chỉ đạo, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đề nghị quận tiếp tục giữ vững các kênh thông tin trong giai đoạn chuyển tiếp, bảo đảm không để gián đoạn từ ngày 1/7/2025.
"""

D09, D10, D11, D12 = "2016-07-04", "2019-07-12", "2025-10-15", "2025-03-14"

DOCS = [
    Doc("h44_09", T09, GIALAM, h1(2016), D09, "text", facts=[
        F("Hội nghị cấp huyện: 02", 2, "study_sessions"),
        F("lượt cán bộ chủ chốt dự: 1.240", 1240, "study_attendance", a="party_members"),
        F("Lớp ở các đảng bộ, chi bộ cơ sở: 94", 94, "study_sessions"),
        F("lượt đảng viên dự: 11.820", 11820, "study_attendance", a="party_members"),
        F("đạt 95,7%", 95.7, "study_participation_rate"),
        F("cho cơ sở: 85 triệu đồng", 85000000, "other"),
        F("tổ chức 215 buổi tuyên truyền miệng", 215, "oral_propaganda_sessions"),
        F("trên 18.000 lượt người", 18000, "propaganda_audience", "at_least"),
        F("treo 1.640 băng rôn", 1640, "other"),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Báo cáo viên cấp huyện: 36 đồng chí", 36, "reporters", p=end_of(h1(2016))),
        F("cộng tác viên dư luận xã hội: 48 đồng chí", 48, "opinion_collaborators",
          p=end_of(h1(2016))),
        F("Báo cáo dư luận xã hội: 12 định kỳ", 12, "opinion_reports"),
        F("3 đột xuất", 3, "opinion_reports"),
        F("mở 4 lớp sơ cấp lý luận chính trị", 4, "training_classes"),
        F("02 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes"),
        F("với 512 học viên", 512, "trainees"),
        F("kế hoạch đã ban hành: 17", 17, "documents_issued"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 8 cá nhân", 8, "commended_individuals"),
    ], traps=[("Số 58-BC/BTGHU", 58), ("ngày 04 tháng 7 năm 2016", 4),
              ("6 tháng đầu năm 2016", 6), ("6 tháng cuối năm 2016", 6),
              ("6 THÁNG ĐẦU NĂM", 6), ("Đại hội XII", 12), ("lần thứ XVI", 16),
              ("khóa XIV", 14), ("nhiệm kỳ 2016 – 2021", 2016), ("tại 22 xã, thị trấn", 22),
              ("22/5/2016", 22), ("đạt 99,4%", 99.4), ("(tháng 1", 1), ("tháng 3", 3),
              ("tháng 5)", 5), ("cầu Vĩnh Tuy giai đoạn 2", 2), ("6 kế hoạch", 6),
              ("11 hướng dẫn", 11), ("Chỉ thị 05-CT/TW", 5), ("hơn 1.000 hộ", 1000),
              ("6 THÁNG CUỐI NĂM 2016", 6), ("chuyên đề năm 2016", 2016),
              ("98% đảng viên", 98), ("Mở thêm 3 lớp", 3), ("1 lớp bồi dưỡng", 1),
              ("70 năm", 70), ("19/12/1946", 19), ("19/12/2016", 19), ("1. Học tập", 1),
              ("2. Tuyên truyền", 2), ("3. Công tác", 3), ("4. Bồi dưỡng", 4),
              ("5. Học tập", 5)]),
    Doc("h44_10", T10, Q3, h1(2019), D10, "text", facts=[
        F("hơn 5.200 lớp học tập chuyên đề", 5200, "study_sessions", "at_least", unit=HCM),
        F("tổ chức 1 hội nghị cấp quận", 1, "study_sessions"),
        F("mở 196 lớp", 196, "study_sessions"),
        F("thu hút 8.412 lượt cán bộ, đảng viên", 8412, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("riêng quần chúng có 2.350 lượt tham dự", 2350, "study_attendance", a="masses"),
        F("tổ chức 210 buổi thảo luận chi bộ", 210, "party_cell_discussions"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions", unit=Q10),
        F("mở 172 lớp", 172, "study_sessions", unit=Q10),
        F("với 7.905 lượt đảng viên", 7905, "study_attendance", a="party_members", unit=Q10),
        F("(đạt 95,35%)", 95.35, "study_participation_rate", unit=Q10),
        F("với 24 thí sinh", 24, "contest_entries", unit=Q10),
        F("đăng 318 tin, bài", 318, "news_items", unit=Q10),
        F("ban hành 14 văn bản", 14, "documents_issued", unit=Q10),
    ], traps=[("ngày 12 tháng 7 năm 2019", 12), ("Quận 3", 3), ("Quận 10", 10),
              ("chuyên đề năm 2019", 2019), ("6 tháng đầu năm 2019", 6), ("trong 6 tháng", 6),
              ("14 đảng bộ phường", 14), ("38 chi, đảng bộ cơ sở", 38),
              ("hẻm 222 Lê Văn Sỹ", 222), ("mỗi tháng 1 lần", 1), ("66 tuổi", 66),
              ("phường 14", 14), ("tăng 11 lớp", 11), ("cùng kỳ năm 2018", 2018),
              ("trao 1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("xếp thứ 2/24", 2), ("6 tháng cuối năm", 6), ("sơ kết 3 năm", 3),
              ("Chỉ thị 05-CT/TW", 5)]),
    Doc("h44_11", T11, VANMIEU, quarter(3, 2025), D11, "sidecar", meta={"date": D11}, facts=[
        F("tổ chức 3 hội nghị học tập, quán triệt", 3, "study_sessions"),
        F("với 1.980 lượt cán bộ, đảng viên", 1980, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("tổ chức 26 buổi tuyên truyền miệng", 26, "oral_propaganda_sessions"),
        F("khoảng 3.400 lượt người dân", 3400, "propaganda_audience", "approx", a="masses"),
        F("đăng 184 tin, bài", 184, "news_items"),
        F("lượt tiếp cận ước đạt 1,1 triệu", 1100000, "propaganda_audience", "approx"),
        F("triển khai 02 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("đã lập 43 nhóm Zalo", 43, "chat_groups", p=end_of(quarter(3, 2025))),
        F("hiện có gần 11.000 thành viên", 11000, "chat_group_members", "at_most",
          p=inst(D11)),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể, 17 cá nhân", 17, "commended_individuals"),
    ], traps=[("quý III năm 2025", 3), ("chính quyền địa phương hai cấp", 2), ("80 năm", 80),
              ("Quốc khánh 2/9", 2), ("(1945 – 2025)", 1945), ("có 43 tổ dân phố", 43),
              ("khoảng 72 nghìn dân", 72000), ("82 tấm bia", 82), ("lần thứ I", 1),
              ("nhiệm kỳ 2025 – 2030", 2025), ("ngày 22 và 23/7/2025", 22), ("23/7/2025", 23),
              ("diễu binh A80", 80), ("68 tuổi", 68), ("tổ dân phố số 9", 9),
              ("tới 4 thế hệ", 4), ("Quý IV", 4), ("dự kiến thu hút 5.000 lượt dự thi", 5000)]),
    Doc("h44_12", T12, GOVAP, term(2020, 2025), D12, "text", facts=[
        F("tổ chức 412 hội nghị học tập, quán triệt", 412, "study_sessions"),
        F("hơn 186 nghìn lượt cán bộ, đảng viên", 186000, "study_attendance", "at_least",
          a="party_members"),
        F("triển khai mười đợt sinh hoạt chính trị", 10, "political_campaigns"),
        F("trên 9.600 buổi thảo luận", 9600, "party_cell_discussions", "at_least"),
        F("tổ chức 3.150 buổi nói chuyện", 3150, "oral_propaganda_sessions"),
        F("khoảng 265.000 lượt người nghe", 265000, "propaganda_audience", "approx"),
        F("có 46.380 lượt dự thi", 46380, "contest_entries"),
        F("hiện có 74 cộng tác viên", 74, "opinion_collaborators", p=inst(D12)),
        F("gửi về Ban 1.210 báo cáo", 1210, "opinion_reports"),
        F("quận có 01 trang thông tin điện tử", 1, "websites", p=inst(D12)),
        F("17 fanpage", 17, "social_pages", p=inst(D12)),
        F("hơn 1.100 nhóm Zalo", 1100, "chat_groups", "at_least", p=inst(D12)),
        F("khoảng 148.000 thành viên", 148000, "chat_group_members", "approx", p=inst(D12)),
        F("hiện có 64 đồng chí", 64, "reporters", p=inst(D12)),
        F("khen thưởng 86 tập thể", 86, "commended_collectives"),
        F("86 tập thể, 143 cá nhân", 143, "commended_individuals"),
    ], traps=[("Ngày 14/3/2025", 14), ("nhiệm kỳ 2020 – 2025", 2020), ("ngày 1/7/2025", 1),
              ("có 16 phường", 16), ("hơn 680 nghìn dân", 680000), ("hình thành 6 phường", 6),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("Covid-19", 19),
              ("bình quân mỗi năm hơn 80 hội nghị", 80), ("95 năm", 95), ("phường 10", 10),
              ("Tổ tôi 120 hộ", 120), ("cho 6 phường mới", 6)]),
]
