"""Held-out set holdout61, part 4: news on wards and communes after the 1 July 2025 reform (an
HCMC ward's first quarter that recalls its predecessor district, a Hanoi round-up of wards and a
commune studying the XIV Congress resolution, an HCMC ward's half-year meeting with an interview).
Written from docs/LABELING.md, build_gold.py and the seeds only, without reading the extractor.

Decisions where the guide leaves room:
- "Trước đó, trong 6 tháng đầu năm 2025, Ban Tuyên giáo và Dân vận Quận ủy Quận 1 ..." names
  the district as it then was: its study sessions, attendances and the classes of "các đảng bộ
  phường của quận" in that sentence are Quận 1's, first half of 2025.
- The ward the new ward was made from and the old district "(cũ)" are history; the ward's
  population ("khoảng 68.000 dân") is a trap.
- Two kinds of page counted together ("2 trang mạng xã hội chính danh là fanpage và Zalo OA")
  are one social_pages stock of 2; the OA's "người quan tâm" are an audience at the document
  date even in their own sentence without "hiện".
- A collaborators' corps named in an official's quotation without "hiện" ("Đội ngũ 18 cộng tác
  viên ... của phường") is a stock at the period's end.
- In a round-up whose headline names the study, the capital ward headings ("PHƯỜNG VIỆT HƯNG:
  ...") govern their paragraphs and bare "hội nghị cấp phường" / "lớp" count that study;
  the attendances of the communes' discussions ("204 buổi thảo luận nghị quyết với 3.742 lượt
  đảng viên tham dự, đạt 95,4%") are study attendances with their participation rate.
- Zalo groups named as the channel of the work ("gửi qua 118 nhóm Zalo tổ dân phố") are the
  ward's stock, an instant at the quarter's end.
- Leaflets printed and handed out ("in và phát 2.500 tờ gấp") are `other`.
- Groups newly set up before a stated total ("đã lập mới 74 nhóm Zalo ...; đến nay toàn phường
  có 236 nhóm") are a change of the stock, a trap; the total is the fact. An answer opening
  with "Từ khi phường đi vào hoạt động" dates its paragraph from 2025-07-01 to the document date.
- Workers at talks are an audience `all`; the firms where the talks were held are a place (trap).
"""
from build_gold import Doc, F, U, W, end_of, h1, h2, inst, quarter, since

HCM, HN = U("79"), U("01")
Q1 = U("Quận 1")
BT = W("Phường Bến Thành", "79")
VH, YH, TL = W("Phường Việt Hưng", "01"), W("Phường Yên Hòa", "01"), W("Xã Thư Lâm", "01")
DA = W("Phường Dĩ An", "79")

T10 = """
Phường Bến Thành: Quý đầu tiên, tuyên truyền bám sát nhịp sống khu trung tâm

Cập nhật 08/10/2025 09:30

(Thanhuytphcm.vn) - Ngày 7/10, Đảng ủy phường Bến Thành tổ chức hội nghị đánh giá công tác tuyên giáo và dân vận quý III năm 2025 – quý đầu tiên phường đi vào hoạt động theo mô hình chính quyền địa phương hai cấp.

Phường Bến Thành được thành lập trên cơ sở các phường Bến Thành, Phạm Ngũ Lão và một phần các phường Cầu Ông Lãnh, Nguyễn Thái Bình của Quận 1 (cũ), với khoảng 68.000 dân, là nơi tập trung nhiều cơ quan, khách sạn, trung tâm thương mại.

Trước đó, trong 6 tháng đầu năm 2025, Ban Tuyên giáo và Dân vận Quận ủy Quận 1 đã tổ chức 4 hội nghị học tập, quán triệt các nghị quyết, kết luận của Trung ương về sắp xếp tổ chức bộ máy cho 2.860 lượt cán bộ, đảng viên; các đảng bộ phường của quận mở 118 lớp. Những kết quả này tạo nền tảng tư tưởng thuận lợi để phường mới sớm ổn định.

Trong quý III, Đảng ủy phường tổ chức 2 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030 cho cán bộ chủ chốt; 35 chi bộ trực thuộc mở 38 lớp với 3.286 lượt cán bộ, đảng viên, tỷ lệ tham gia đạt 96,9%. Các chi bộ còn tổ chức 105 buổi sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025.

Bà Nguyễn Thị Thanh Tâm, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Phường có đặc thù đông khách du lịch, nhiều tiểu thương. Trong quý, chúng tôi tổ chức 12 buổi nói chuyện cho khoảng 1.500 tiểu thương chợ Bến Thành về thanh toán không dùng tiền mặt, kê khai thuế và văn minh thương mại. Đội ngũ 18 cộng tác viên dư luận xã hội của phường đã gửi 9 báo cáo về tâm tư của hộ kinh doanh”.

Phường hiện có 2 trang mạng xã hội chính danh là fanpage và Zalo OA “Phường Bến Thành”, cùng 42 nhóm Zalo khu phố với gần 9.600 thành viên. Zalo OA của phường có 5.480 người quan tâm. Trong quý, các trang này đăng 486 tin, bài, video; phường treo 320 băng rôn, cờ phướn chào mừng 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.

Dịp này, Đảng ủy phường khen thưởng 6 tập thể, 13 cá nhân có thành tích trong đợt tuyên truyền Đại hội Đảng bộ phường.

Quý IV, phường sẽ tổ chức học tập Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, phấn đấu 100% đảng viên tham gia.

Thảo Vy

Tin liên quan
Phường Sài Gòn ra mắt 3 “Tổ dân phố thông minh”
Phường Tân Định: 97% đảng viên học tập Nghị quyết Đại hội Đảng bộ phường
"""

T11 = """
Thứ Năm, ngày 2 tháng 4 năm 2026

Các xã, phường học tập, quán triệt Nghị quyết Đại hội XIV của Đảng

(Tuyengiao.hanoi.gov.vn) - Theo Ban Tuyên giáo và Dân vận Thành ủy Hà Nội, trong quý I năm 2026, 126 xã, phường của Thủ đô đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Toàn thành phố tổ chức hơn 4.300 hội nghị, lớp với trên 1,12 triệu lượt cán bộ, đảng viên tham dự, tỷ lệ đảng viên tham gia bình quân đạt 96,8%.

Nhiều địa phương có cách làm sáng tạo để nghị quyết đến được với từng đảng viên, người dân.

PHƯỜNG VIỆT HƯNG: Nghị quyết trong “sổ tay điện tử”

Đảng ủy phường tổ chức 01 hội nghị cấp phường theo hình thức trực tiếp kết hợp trực tuyến tới 27 điểm cầu chi bộ; các chi bộ tiếp tục mở 54 lớp, thu hút 4.236 lượt đảng viên, đạt 97,6%. Phường biên soạn “sổ tay điện tử” tóm tắt những điểm mới của nghị quyết, gửi qua 118 nhóm Zalo tổ dân phố.

“Nhiều đảng viên cao tuổi không thể đến hội trường, các chi bộ đã mang tài liệu đến tận nhà và mở bản ghi hình hội nghị cho các cụ xem”, đồng chí Lê Văn Thắng, Bí thư Đảng ủy phường Việt Hưng cho biết.

PHƯỜNG YÊN HÒA: Đưa nghị quyết đến cư dân khu đô thị

Phường có 14 tòa chung cư với khoảng 38.000 cư dân. Bên cạnh 02 hội nghị cấp phường và 61 lớp ở các chi bộ với 5.118 lượt cán bộ, đảng viên, phường tổ chức 9 buổi nói chuyện chuyên đề về nghị quyết ngay tại sảnh các tòa nhà, thu hút khoảng 2.700 lượt cư dân.

XÃ THƯ LÂM: Mỗi chi bộ thôn một buổi thảo luận

Đảng bộ xã có 68 chi bộ với hơn 3.900 đảng viên. Trong quý, xã tổ chức 02 hội nghị cấp xã; các chi bộ thôn tổ chức 204 buổi thảo luận nghị quyết với 3.742 lượt đảng viên tham dự, đạt 95,4%. Xã còn in và phát 2.500 tờ gấp tóm tắt nghị quyết tới các hộ gia đình.

Theo Ban Tuyên giáo và Dân vận Thành ủy, trong quý II, các xã, phường sẽ tiếp tục tổ chức học tập cho quần chúng, hội viên các đoàn thể và hoàn thành chương trình hành động thực hiện nghị quyết.

Ảnh: Đảng viên Chi bộ tổ dân phố số 12, phường Việt Hưng nghiên cứu tài liệu học tập.

Minh Châu

Tin liên quan
Phường Hoàng Liệt: 98% đảng viên dự học nghị quyết
Ba Vì: 5 xã vùng núi học nghị quyết qua loa truyền thanh
"""

T12 = """
Phường Dĩ An: Nửa năm đầu tiên với nhiều cách làm mới trong công tác tuyên giáo

Thứ Năm, ngày 8 tháng 1 năm 2026

Sáng 7/1, Đảng ủy phường Dĩ An tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận 6 tháng cuối năm 2025 – nửa năm đầu tiên phường hoạt động sau khi sắp xếp đơn vị hành chính.

Phường được hình thành trên cơ sở một số phường của thành phố Dĩ An (cũ), tỉnh Bình Dương, nay thuộc TP.HCM, với gần 110.000 dân, trong đó hơn một nửa là công nhân lao động từ các tỉnh đến thuê trọ.

Sáu tháng qua, Đảng ủy phường tổ chức 3 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I và Nghị quyết Đại hội đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025 – 2030; 46 chi bộ trực thuộc mở 92 lớp với 3.812 lượt đảng viên tham dự, đạt 96,3%.

Đối với công nhân, phường phối hợp công đoàn cơ sở tổ chức 28 buổi nói chuyện tại 16 doanh nghiệp với 6.400 lượt công nhân nghe. Đội ngũ 24 cộng tác viên dư luận xã hội của phường gửi 18 báo cáo, phản ánh kịp thời tâm tư của người lao động về việc làm, tiền lương dịp cuối năm.

Bên lề hội nghị, phóng viên trao đổi với đồng chí Trần Quốc Huy, Phó Bí thư Thường trực Đảng ủy phường Dĩ An.

- Phóng viên: Thưa đồng chí, đâu là khó khăn lớn nhất khi làm công tác tuyên giáo ở một phường mới?

- Đồng chí Trần Quốc Huy: “Từ khi phường đi vào hoạt động, khó nhất là dân cư biến động liên tục. Có dãy trọ tháng trước 40 phòng kín người, tháng sau đã đổi gần hết. Vì vậy chúng tôi chọn mạng xã hội làm kênh chính: phường đã lập mới 74 nhóm Zalo khu phố, khu trọ; đến nay toàn phường có 236 nhóm với khoảng 31.500 thành viên. Fanpage “Dĩ An hôm nay” đăng 612 tin, bài, video, thu hút ước 1,1 triệu lượt xem.”

- Phóng viên: Năm 2026, phường đặt mục tiêu gì?

- Đồng chí Trần Quốc Huy: “Phường phấn đấu 100% khu trọ có nhóm Zalo, mỗi quý tổ chức ít nhất 10 buổi nói chuyện tại doanh nghiệp.”

Dịp này, Đảng ủy phường khen thưởng 11 tập thể và 19 cá nhân có thành tích xuất sắc.

Bài, ảnh: Hữu Phước

Có thể bạn quan tâm
Phường Thuận An: 1.500 công nhân dự tọa đàm về an toàn lao động
Phường Lái Thiêu ra mắt 12 nhóm Zalo “Khu trọ an toàn”
"""

D10, D11, D12 = "2025-10-08", "2026-04-02", "2026-01-08"
Q3_25, Q1_26, H2_25 = quarter(3, 2025), quarter(1, 2026), h2(2025)
SINCE_DA = since("2025-07-01", D12)

DOCS = [
    Doc("h61_10_benthanh_2025", T10, BT, Q3_25, D10, "text", facts=[
        F("tổ chức 4 hội nghị học tập", 4, "study_sessions", unit=Q1, p=h1(2025)),
        F("cho 2.860 lượt cán bộ, đảng viên", 2860, "study_attendance", a="party_members",
          unit=Q1, p=h1(2025)),
        F("mở 118 lớp", 118, "study_sessions", unit=Q1, p=h1(2025)),
        F("tổ chức 2 hội nghị học tập", 2, "study_sessions"),
        F("mở 38 lớp", 38, "study_sessions"),
        F("với 3.286 lượt cán bộ, đảng viên", 3286, "study_attendance", a="party_members"),
        F("tỷ lệ tham gia đạt 96,9%", 96.9, "study_participation_rate"),
        F("tổ chức 105 buổi sinh hoạt chuyên đề", 105, "party_cell_discussions"),
        F("tổ chức 12 buổi nói chuyện", 12, "oral_propaganda_sessions"),
        F("khoảng 1.500 tiểu thương", 1500, "propaganda_audience", "approx"),
        F("Đội ngũ 18 cộng tác viên", 18, "opinion_collaborators", p=end_of(Q3_25)),
        F("gửi 9 báo cáo về tâm tư", 9, "opinion_reports"),
        F("hiện có 2 trang mạng xã hội", 2, "social_pages", p=inst(D10)),
        F("42 nhóm Zalo khu phố", 42, "chat_groups", p=inst(D10)),
        F("gần 9.600 thành viên", 9600, "chat_group_members", "at_most", p=inst(D10)),
        F("có 5.480 người quan tâm", 5480, "propaganda_audience", p=inst(D10)),
        F("đăng 486 tin, bài", 486, "news_items"),
        F("treo 320 băng rôn", 320, "other"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể, 13 cá nhân", 13, "commended_individuals"),
    ], traps=[("08/10/2025", 8), ("09:30", 9), ("Ngày 7/10", 7), ("quý III năm 2025", 2025),
              ("chính quyền địa phương hai cấp", 2), ("Quận 1", 1),
              ("khoảng 68.000 dân", 68000), ("6 tháng đầu năm 2025", 6),
              ("nhiệm kỳ 2025 – 2030", 2025), ("35 chi bộ trực thuộc", 35),
              ("Hồ Chí Minh năm 2025", 2025), ("80 năm", 80), ("Quốc khánh 2/9", 2),
              ("100% đảng viên", 100), ("ra mắt 3 “Tổ dân phố thông minh”", 3),
              ("97% đảng viên", 97)]),
    Doc("h61_11_hanoi_wards_q1_2026", T11, HN, Q1_26, D11, "text", facts=[
        F("hơn 4.300 hội nghị, lớp", 4300, "study_sessions", "at_least"),
        F("trên 1,12 triệu lượt cán bộ, đảng viên", 1120000, "study_attendance", "at_least",
          a="party_members"),
        F("bình quân đạt 96,8%", 96.8, "study_participation_rate"),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=VH),
        F("mở 54 lớp", 54, "study_sessions", unit=VH),
        F("thu hút 4.236 lượt đảng viên", 4236, "study_attendance", a="party_members",
          unit=VH),
        F("đạt 97,6%", 97.6, "study_participation_rate", unit=VH),
        F("gửi qua 118 nhóm Zalo", 118, "chat_groups", unit=VH, p=end_of(Q1_26)),
        F("02 hội nghị cấp phường", 2, "study_sessions", unit=YH),
        F("61 lớp ở các chi bộ", 61, "study_sessions", unit=YH),
        F("với 5.118 lượt cán bộ, đảng viên", 5118, "study_attendance", a="party_members",
          unit=YH),
        F("tổ chức 9 buổi nói chuyện", 9, "oral_propaganda_sessions", unit=YH),
        F("khoảng 2.700 lượt cư dân", 2700, "propaganda_audience", "approx", a="masses",
          unit=YH),
        F("tổ chức 02 hội nghị cấp xã", 2, "study_sessions", unit=TL),
        F("tổ chức 204 buổi thảo luận", 204, "party_cell_discussions", unit=TL),
        F("với 3.742 lượt đảng viên", 3742, "study_attendance", a="party_members", unit=TL),
        F("đạt 95,4%", 95.4, "study_participation_rate", unit=TL),
        F("phát 2.500 tờ gấp", 2500, "other", unit=TL),
    ], traps=[("ngày 2 tháng 4 năm 2026", 2), ("quý I năm 2026", 2026),
              ("126 xã, phường", 126), ("27 điểm cầu", 27), ("14 tòa chung cư", 14),
              ("khoảng 38.000 cư dân", 38000), ("68 chi bộ", 68),
              ("hơn 3.900 đảng viên", 3900), ("tổ dân phố số 12", 12),
              ("98% đảng viên", 98), ("5 xã vùng núi", 5), ("Ba Vì", 3)]),
    Doc("h61_12_dian_h2_2025", T12, DA, H2_25, D12, "text", facts=[
        F("tổ chức 3 hội nghị học tập", 3, "study_sessions"),
        F("mở 92 lớp", 92, "study_sessions"),
        F("với 3.812 lượt đảng viên", 3812, "study_attendance", a="party_members"),
        F("đạt 96,3%", 96.3, "study_participation_rate"),
        F("tổ chức 28 buổi nói chuyện", 28, "oral_propaganda_sessions"),
        F("với 6.400 lượt công nhân", 6400, "propaganda_audience"),
        F("Đội ngũ 24 cộng tác viên", 24, "opinion_collaborators", p=end_of(H2_25)),
        F("gửi 18 báo cáo", 18, "opinion_reports"),
        F("toàn phường có 236 nhóm", 236, "chat_groups", p=inst(D12)),
        F("khoảng 31.500 thành viên", 31500, "chat_group_members", "approx", p=inst(D12)),
        F("đăng 612 tin, bài", 612, "news_items", p=SINCE_DA),
        F("ước 1,1 triệu lượt xem", 1100000, "propaganda_audience", "approx", p=SINCE_DA),
        F("khen thưởng 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("ngày 8 tháng 1 năm 2026", 8), ("Sáng 7/1", 7),
              ("6 tháng cuối năm 2025", 6), ("gần 110.000 dân", 110000),
              ("nhiệm kỳ 2025 – 2030", 2025), ("46 chi bộ trực thuộc", 46),
              ("tại 16 doanh nghiệp", 16), ("tháng trước 40 phòng", 40),
              ("lập mới 74 nhóm Zalo", 74), ("Năm 2026", 2026), ("100% khu trọ", 100),
              ("ít nhất 10 buổi", 10), ("1.500 công nhân", 1500), ("ra mắt 12 nhóm", 12)]),
]
