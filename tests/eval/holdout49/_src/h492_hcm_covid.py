"""holdout49, part 2: the Covid years in HCMC (TP Thủ Đức 6 tháng 2021, Quận 4 9 tháng 2020,
Bình Chánh in the 2021 lockdown, a city-level article for 2021 naming several districts).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for format
only, the seeds and the samples, without reading or running the extractor. Decisions as in
h491 (livestream sessions with "tuyên truyền" are oral_propaganda_sessions, stocks with no
marker are instants at the period's end), and:
- a concessive clause ("Dù quý II quận chỉ tổ chức được 2 hội nghị ...") dates its own fact;
- teams mobilised, leaflets handed out and loudspeaker-van runs are `other`;
- money collected by cadres and members ("quyên góp ủng hộ ... hơn 1,6 tỷ đồng") is `other`
  (ủng hộ/quyên góp in the clause, no project or economy word near); a government support
  package is a trap;
- the share of adults vaccinated, per-session view ranges and the parts after "trong đó" or
  in brackets are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, month, quarter, since, year

HCM = U("79")
Q4, Q7, TD = U("Quận 4"), U("Quận 7"), U("Thành phố Thủ Đức")
TPHU, BCH = U("Quận Tân Phú"), U("Huyện Bình Chánh")

T02 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
THÀNH ỦY THỦ ĐỨC
BAN TUYÊN GIÁO
Số 87-BC/BTGTU
Thủ Đức, ngày 08 tháng 7 năm 2021

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2021

I. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XI
- Hội nghị cấp thành phố (trực tuyến): 03, kết nối 34 điểm cầu phường
- Lớp ở cơ sở: 412; lượt cán bộ, đảng viên dự: 23.875
- Đảng viên dự học: 23.106/24.020 đồng chí, đạt 96,19%
- Số đảng viên chưa tham gia: 914 người (chủ yếu do cách ly y tế, điều trị Covid-19)

2. Sinh hoạt chính trị, tư tưởng
Triển khai hai đợt sinh hoạt chính trị, tư tưởng về bài viết của đồng chí Tổng Bí thư; các chi bộ tổ chức 1.284 buổi sinh hoạt chuyên đề, trong đó 736 buổi họp trực tuyến qua ứng dụng Zoom. Từ khi thực hiện Chỉ thị 10/CT-UBND, các buổi sinh hoạt trực tiếp chỉ được tổ chức với không quá 10 người.

3. Công tác tuyên truyền
a) Tuyên truyền phòng, chống dịch Covid-19
- Tin, bài, infographic trên trang thông tin điện tử Thành ủy: 1.642; trên fanpage "Thủ Đức ngày mới": 2.315
- Video clip, phóng sự ngắn: 186 sản phẩm, tổng lượt xem khoảng 2,7 triệu
- Xe loa tuyên truyền lưu động: 2.460 lượt
- Băng rôn, pano, áp phích: 3.900
b) Tuyên truyền bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026
- Buổi nói chuyện, tuyên truyền miệng: 218 – lượt người nghe: khoảng 16.400
- Tỷ lệ cử tri đi bầu: 99,38%

4. Nắm bắt dư luận xã hội
Đội ngũ cộng tác viên dư luận xã hội hiện có 148 đồng chí (bổ sung 12 đồng chí trong quý II). Trong 6 tháng, Ban tổng hợp, gửi Ban Tuyên giáo Thành ủy TP.HCM 26 báo cáo định kỳ và 9 báo cáo nhanh về tình hình tư tưởng, dư luận trong Nhân dân, nhất là về việc phong tỏa các khu vực có ca nhiễm.

5. Công tác khác
- Văn bản hướng dẫn, định hướng đã ban hành: 31 (gồm 12 kế hoạch, 19 công văn)
- Hội nghị báo cáo viên: 02 (tháng 3 và tháng 6); báo cáo viên cấp thành phố: 72 đồng chí
- Lớp bồi dưỡng lý luận chính trị (học trực tuyến): 05; học viên: 386 người

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021
1. Tiếp tục tuyên truyền phòng, chống dịch; phấn đấu 100% khu phố có nhóm Zalo cập nhật thông tin dịch hằng ngày.
2. Tổ chức 01 hội nghị báo cáo viên; mở 04 lớp bồi dưỡng nghiệp vụ cho 150 cán bộ tuyên giáo cơ sở.
3. Hoàn thành học tập bổ sung cho số đảng viên chưa tham gia trước ngày 30/9/2021.

Nơi nhận:
- Ban Tuyên giáo Thành ủy TP.HCM;
- Thường trực Thành ủy Thủ Đức;
- Lưu VP.
"""

T04 = """
Quận 4: Giữ mạch tuyên truyền giữa mùa dịch

(Thanhuytphcm.vn) – Ngày 2/10/2020, Ban Tuyên giáo Quận ủy Quận 4 tổ chức giao ban công tác tuyên giáo 9 tháng năm 2020 với báo cáo viên, cộng tác viên dư luận xã hội của 15 phường.

Chín tháng qua là khoảng thời gian đặc biệt: các đợt bùng phát dịch Covid-19 (tháng 3–4 và cuối tháng 7) khiến nhiều hoạt động tập trung phải tạm dừng. Dù quý II quận chỉ tổ chức được 2 hội nghị học tập, cả 9 tháng Quận ủy vẫn tổ chức 11 hội nghị học tập, quán triệt chỉ thị, kết luận của Trung ương và Thành ủy, chủ yếu theo hình thức trực tuyến, với 5.216/5.480 lượt cán bộ, đảng viên tham dự, đạt 95,18%.

Đại hội đại biểu Đảng bộ Quận 4 lần thứ XI, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 16 đến 18/7/2020. Phục vụ Đại hội, quận tổ chức 74 buổi nói chuyện chuyên đề tại các khu phố; mỗi buổi chỉ được tổ chức với dưới 30 người theo quy định phòng dịch, tổng cộng thu hút 1.850 lượt người dân. Các phường đã treo khoảng 1.200 băng rôn, khẩu hiệu và 35 pano tấm lớn.

Trên mặt trận phòng, chống dịch, trang thông tin điện tử quận và fanpage "Quận 4 – Thông tin" đã đăng 2.740 tin, bài, ảnh; hệ thống loa phát thanh phường phát sóng 412 bản tin phòng dịch. Quận hiện có 178 nhóm Zalo khu phố với 12.600 thành viên, gấp đôi cùng kỳ năm 2019. Các nhóm cũng tuyên truyền chính sách hỗ trợ người dân gặp khó khăn theo gói 62.000 tỷ đồng của Chính phủ.

"Mùa dịch, tôi đọc tin trong nhóm Zalo mỗi ngày, biết phường phát gạo ở đâu, đăng ký hỗ trợ thế nào", bà Trần Thị Năm, 71 tuổi, ngụ khu phố 2, phường 8, chia sẻ.

Tính đến ngày 30/9/2020, quận có 42 báo cáo viên và 68 cộng tác viên dư luận xã hội; trong 9 tháng, đội ngũ cộng tác viên gửi 31 báo cáo tình hình tư tưởng. Cán bộ, đảng viên toàn quận cũng đã quyên góp ủng hộ Quỹ phòng, chống dịch hơn 1,6 tỷ đồng.

Quý IV, quận sẽ tổ chức 6 hội nghị học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XI và phấn đấu 95% đảng viên tham gia.
"""

T05 = """
Bình Chánh: Thông tin chính thống đến từng ấp trong những ngày giãn cách

Từ ngày 31/5/2021 đến nay, khi Thành phố thực hiện giãn cách xã hội theo Chỉ thị 15, rồi Chỉ thị 16 và Công điện 1305/CĐ-TTg, hệ thống tuyên giáo huyện Bình Chánh đã chuyển gần như toàn bộ hoạt động tuyên truyền sang môi trường số.

Theo Ban Tuyên giáo Huyện ủy, trong thời gian này trang thông tin điện tử huyện và 16 fanpage của các xã, thị trấn đã đăng hơn 7.900 tin, bài, video clip về tình hình dịch, chính sách hỗ trợ và các điểm tiêm chủng. Các nhóm Zalo ấp, khu phố được mở rộng: số nhóm đã lên 1.036, với trên 96 nghìn thành viên. Nhờ các nhóm Zalo, lịch tiêm mũi 1 được thông báo đến từng hộ; đến nay 97,6% người từ 18 tuổi trở lên trên địa bàn đã tiêm ít nhất 1 mũi.

Là huyện có dân số đông nhất Thành phố, với hơn 800 nghìn người, Bình Chánh có nhiều công nhân thuê trọ. Trong tháng 8/2021, thời điểm căng thẳng nhất, huyện huy động 212 tổ Covid cộng đồng, phát 186.400 tờ rơi hướng dẫn cách ly tại nhà và chạy 1.420 lượt xe loa lưu động. Ban Tuyên giáo Huyện ủy cũng tổ chức 9 buổi livestream tuyên truyền, giải đáp chính sách hỗ trợ theo Nghị quyết 68/NQ-CP, mỗi buổi trung bình 4.000 – 5.000 người theo dõi trực tiếp.

"Trong những ngày khó khăn nhất, có hôm Ban nhận cả trăm tin nhắn hỏi về tiền hỗ trợ. Đội ngũ 87 cộng tác viên dư luận xã hội của huyện đã gửi 43 báo cáo nhanh, giúp Huyện ủy kịp thời chấn chỉnh những nơi chậm chi hỗ trợ", bà Nguyễn Thị Thu Hà, Trưởng ban Tuyên giáo Huyện ủy Bình Chánh cho biết.

Anh Lê Văn Tư, công nhân thuê trọ ở xã Vĩnh Lộc A, kể: "Phòng trọ tôi có 6 người, ai cũng vào nhóm Zalo của ấp để biết chỗ nhận gạo, nhận túi an sinh".

Trước đó, 6 tháng đầu năm 2021, Huyện ủy tổ chức 28 hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng cho 14.382 lượt cán bộ, đảng viên và 3.960 lượt quần chúng; Trung tâm Chính trị huyện mở 4 lớp bồi dưỡng đảng viên mới với 312 học viên.

Thời gian tới, huyện sẽ duy trì 100% ấp có tổ Covid cộng đồng và mở thêm 2 kênh TikTok để tuyên truyền đến công nhân trẻ.
"""

T06 = """
Thứ Tư, ngày 29 tháng 12 năm 2021

Hệ thống tuyên giáo Thành phố vượt qua một năm đầy thử thách

(Thanhuytphcm.vn) – Chiều 28/12, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tổng kết công tác tuyên giáo năm 2021 theo hình thức trực tiếp kết hợp trực tuyến tới 22 điểm cầu quận, huyện và TP Thủ Đức.

Báo cáo tại hội nghị cho biết, năm 2021, Ban Tuyên giáo Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành 64 văn bản chỉ đạo công tác tư tưởng, trong đó có 9 văn bản về tuyên truyền phòng, chống dịch Covid-19. Việc học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XI được tổ chức trên toàn Thành phố với 8.460 hội nghị, lớp học; thu hút hơn 512 nghìn lượt cán bộ, đảng viên, đạt 96,8%.

Trong những tháng giãn cách, thông tin cơ sở là "cánh tay nối dài" của Thành ủy với hơn 9 triệu dân. Fanpage "Thành ủy TP.HCM" và "Tin tức TP.HCM" đăng tải trên 14.000 tin, bài, video; tổng lượt tiếp cận ước đạt 185 triệu.

Ở cơ sở, nhiều địa phương có cách làm sáng tạo. Quận Tân Phú duy trì chuyên mục "Tân Phú chống dịch", phát 126 kỳ trên fanpage quận. Quận 7 lập 52 nhóm Zalo "Hỗ trợ F0 tại nhà" với hơn 9.700 thành viên. Huyện Bình Chánh tổ chức 41 buổi livestream tuyên truyền chính sách an sinh cho công nhân.

Thành phố hiện có 2.180 báo cáo viên các cấp và 3.412 cộng tác viên dư luận xã hội. Trong năm, Ban Tuyên giáo Thành ủy tổ chức 12 hội nghị báo cáo viên (trong đó 8 hội nghị trực tuyến) và tổng hợp 156 báo cáo tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Trung ương. Cuộc thi trắc nghiệm "Tìm hiểu Nghị quyết Đại hội XIII của Đảng" thu hút 1.286.450 lượt người dự thi; Ban tổ chức trao 1 giải Đặc biệt và 5 giải Nhất.

"Có những ngày, điện thoại của Ban đổ chuông liên tục từ 6 giờ sáng đến gần nửa đêm. Anh em vừa làm vừa học cách làm truyền thông số", đồng chí Phó Trưởng ban Tuyên giáo Thành ủy chia sẻ.

Dịp này, Ban Thường vụ Thành ủy tặng Bằng khen cho 24 tập thể và 41 cá nhân; Thành ủy đề nghị Ban Tuyên giáo Trung ương tặng Kỷ niệm chương cho 6 đồng chí.

Năm 2022, Thành phố đặt mục tiêu mỗi phường, xã có ít nhất 1 trang chính danh và 100% khu phố, ấp có nhóm Zalo.
"""

D02, D04, D05, D06 = "2021-07-08", "2020-10-02", "2021-09-20", "2021-12-29"
P05 = since("2021-05-31", D05)

DOCS = [
    Doc("h49_02", T02, TD, h1(2021), D02, "text", facts=[
        F("Hội nghị cấp thành phố (trực tuyến): 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 412", 412, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 23.875", 23875, "study_attendance", a="party_members"),
        F("Đảng viên dự học: 23.106/24.020 đồng chí", 23106, "study_attendance",
          a="party_members"),
        F("đạt 96,19%", 96.19, "study_participation_rate"),
        F("chưa tham gia: 914 người", 914, "other"),
        F("Triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tổ chức 1.284 buổi sinh hoạt chuyên đề", 1284, "party_cell_discussions"),
        F("trang thông tin điện tử Thành ủy: 1.642", 1642, "news_items"),
        F("\"Thủ Đức ngày mới\": 2.315", 2315, "news_items"),
        F("phóng sự ngắn: 186 sản phẩm", 186, "news_items"),
        F("tổng lượt xem khoảng 2,7 triệu", 2700000, "propaganda_audience", "approx"),
        F("Xe loa tuyên truyền lưu động: 2.460 lượt", 2460, "other"),
        F("Băng rôn, pano, áp phích: 3.900", 3900, "other"),
        F("tuyên truyền miệng: 218", 218, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 16.400", 16400, "propaganda_audience", "approx"),
        F("hiện có 148 đồng chí", 148, "opinion_collaborators", p=inst(D02)),
        F("26 báo cáo định kỳ", 26, "opinion_reports"),
        F("9 báo cáo nhanh", 9, "opinion_reports"),
        F("đã ban hành: 31", 31, "documents_issued"),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("báo cáo viên cấp thành phố: 72 đồng chí", 72, "reporters", p=end_of(h1(2021))),
        F("(học trực tuyến): 05", 5, "training_classes"),
        F("học viên: 386 người", 386, "trainees"),
    ], traps=[("Số 87-BC/BTGTU", 87), ("ngày 08 tháng 7 năm 2021", 8),
              ("6 tháng đầu năm 2021", 6), ("34 điểm cầu phường", 34), ("Covid-19", 19),
              ("trong đó 736 buổi", 736), ("Chỉ thị 10/CT-UBND", 10),
              ("không quá 10 người", 10), ("khóa XV", 15), ("nhiệm kỳ 2021 – 2026", 2021),
              ("Tỷ lệ cử tri đi bầu: 99,38%", 99.38), ("bổ sung 12 đồng chí", 12),
              ("Trong 6 tháng", 6), ("12 kế hoạch", 12), ("19 công văn", 19),
              ("tháng 3", 3), ("tháng 6", 6), ("6 THÁNG CUỐI NĂM 2021", 6),
              ("100% khu phố", 100), ("Tổ chức 01 hội nghị báo cáo viên", 1),
              ("mở 04 lớp bồi dưỡng", 4), ("cho 150 cán bộ", 150),
              ("trước ngày 30/9/2021", 30),
              ("1. Học tập", 1), ("2. Sinh hoạt", 2), ("3. Công tác tuyên truyền", 3),
              ("4. Nắm bắt", 4), ("5. Công tác khác", 5), ("1. Tiếp tục", 1),
              ("2. Tổ chức", 2), ("3. Hoàn thành", 3)]),
    Doc("h49_04", T04, Q4, m9(2020), D04, "text", facts=[
        F("chỉ tổ chức được 2 hội nghị học tập", 2, "study_sessions", p=quarter(2, 2020)),
        F("tổ chức 11 hội nghị học tập, quán triệt", 11, "study_sessions"),
        F("với 5.216/5.480 lượt cán bộ, đảng viên", 5216, "study_attendance",
          a="party_members"),
        F("đạt 95,18%", 95.18, "study_participation_rate"),
        F("tổ chức 74 buổi nói chuyện chuyên đề", 74, "oral_propaganda_sessions"),
        F("thu hút 1.850 lượt người dân", 1850, "propaganda_audience", a="masses"),
        F("treo khoảng 1.200 băng rôn", 1200, "other", "approx"),
        F("35 pano tấm lớn", 35, "other"),
        F("đã đăng 2.740 tin, bài, ảnh", 2740, "news_items"),
        F("phát sóng 412 bản tin", 412, "news_items"),
        F("hiện có 178 nhóm Zalo", 178, "chat_groups", p=inst(D04)),
        F("với 12.600 thành viên", 12600, "chat_group_members", p=inst(D04)),
        F("quận có 42 báo cáo viên", 42, "reporters", p=inst("2020-09-30")),
        F("68 cộng tác viên dư luận xã hội", 68, "opinion_collaborators",
          p=inst("2020-09-30")),
        F("gửi 31 báo cáo tình hình tư tưởng", 31, "opinion_reports"),
        F("hơn 1,6 tỷ đồng", 1600000000, "other", "at_least"),
    ], traps=[("Ngày 2/10/2020", 2), ("9 tháng năm 2020", 9), ("15 phường", 15),
              ("Covid-19", 19), ("tháng 3–4", 3), ("cuối tháng 7", 7), ("cả 9 tháng", 9),
              ("Quận 4", 4), ("nhiệm kỳ 2020 – 2025", 2020), ("từ ngày 16", 16),
              ("18/7/2020", 18), ("dưới 30 người", 30), ("gấp đôi cùng kỳ năm 2019", 2019),
              ("gói 62.000 tỷ đồng", 62000), ("71 tuổi", 71), ("khu phố 2", 2),
              ("phường 8", 8), ("Tính đến ngày 30/9/2020", 30), ("trong 9 tháng", 9),
              ("sẽ tổ chức 6 hội nghị", 6), ("95% đảng viên", 95)]),
    Doc("h49_05", T05, BCH, P05, D05, "sidecar", meta={"date": D05}, facts=[
        F("16 fanpage", 16, "social_pages", p=inst(D05)),
        F("đã đăng hơn 7.900 tin, bài", 7900, "news_items", "at_least"),
        F("số nhóm đã lên 1.036", 1036, "chat_groups", p=inst(D05)),
        F("trên 96 nghìn thành viên", 96000, "chat_group_members", "at_least", p=inst(D05)),
        F("huy động 212 tổ Covid cộng đồng", 212, "other", p=month(8, 2021)),
        F("phát 186.400 tờ rơi", 186400, "other", p=month(8, 2021)),
        F("chạy 1.420 lượt xe loa", 1420, "other", p=month(8, 2021)),
        F("tổ chức 9 buổi livestream tuyên truyền", 9, "oral_propaganda_sessions",
          p=month(8, 2021)),
        F("Đội ngũ 87 cộng tác viên", 87, "opinion_collaborators", p=inst(D05)),
        F("đã gửi 43 báo cáo nhanh", 43, "opinion_reports"),
        F("tổ chức 28 hội nghị học tập", 28, "study_sessions", p=h1(2021)),
        F("cho 14.382 lượt cán bộ, đảng viên", 14382, "study_attendance",
          a="party_members", p=h1(2021)),
        F("3.960 lượt quần chúng", 3960, "study_attendance", a="masses", p=h1(2021)),
        F("mở 4 lớp bồi dưỡng đảng viên mới", 4, "training_classes", p=h1(2021)),
        F("với 312 học viên", 312, "trainees", p=h1(2021)),
    ], traps=[("Từ ngày 31/5/2021", 31), ("Chỉ thị 15", 15), ("Chỉ thị 16", 16),
              ("Công điện 1305/CĐ-TTg", 1305), ("mũi 1", 1), ("97,6% người", 97.6),
              ("18 tuổi", 18), ("ít nhất 1 mũi", 1), ("hơn 800 nghìn người", 800000),
              ("tháng 8/2021", 8), ("Nghị quyết 68/NQ-CP", 68),
              ("mỗi buổi trung bình 4.000 – 5.000", 4000), ("có 6 người", 6),
              ("6 tháng đầu năm 2021", 6), ("100% ấp", 100), ("mở thêm 2 kênh TikTok", 2)]),
    Doc("h49_06", T06, HCM, year(2021), D06, "text", facts=[
        F("ban hành 64 văn bản", 64, "documents_issued"),
        F("với 8.460 hội nghị, lớp học", 8460, "study_sessions"),
        F("hơn 512 nghìn lượt cán bộ, đảng viên", 512000, "study_attendance", "at_least",
          a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("trên 14.000 tin, bài, video", 14000, "news_items", "at_least"),
        F("lượt tiếp cận ước đạt 185 triệu", 185000000, "propaganda_audience", "approx"),
        F("phát 126 kỳ", 126, "news_items", unit=TPHU),
        F("lập 52 nhóm Zalo", 52, "chat_groups", unit=Q7, p=end_of(year(2021))),
        F("hơn 9.700 thành viên", 9700, "chat_group_members", "at_least", unit=Q7,
          p=end_of(year(2021))),
        F("tổ chức 41 buổi livestream tuyên truyền", 41, "oral_propaganda_sessions",
          unit=BCH),
        F("hiện có 2.180 báo cáo viên", 2180, "reporters", p=inst(D06)),
        F("3.412 cộng tác viên dư luận xã hội", 3412, "opinion_collaborators", p=inst(D06)),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("tổng hợp 156 báo cáo", 156, "opinion_reports"),
        F("1.286.450 lượt người dự thi", 1286450, "contest_entries"),
        F("Bằng khen cho 24 tập thể", 24, "commended_collectives"),
        F("24 tập thể và 41 cá nhân", 41, "commended_individuals"),
    ], traps=[("ngày 29 tháng 12 năm 2021", 29), ("Chiều 28/12", 28),
              ("22 điểm cầu", 22), ("trong đó có 9 văn bản", 9), ("Covid-19", 19),
              ("hơn 9 triệu dân", 9000000), ("F0", 0), ("trong đó 8 hội nghị", 8),
              ("trao 1 giải Đặc biệt", 1), ("5 giải Nhất", 5), ("từ 6 giờ", 6),
              ("cho 6 đồng chí", 6), ("Năm 2022", 2022), ("ít nhất 1 trang", 1),
              ("100% khu phố", 100), ("năm 2021", 2021), ("Quận 7", 7)]),
]
