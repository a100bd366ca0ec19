"""Seventh held-out set (holdout7), part 2: Hanoi districts 2018-2024 (before the 2025
reorganisation). Written in session 7 from docs/LABELING.md, tests/eval/README.md, the earlier
label sources (format only) and the seeds, without reading or running the extractor.

Choices where LABELING.md is silent (an analyst's reading):
- Numbered section headings ("1. Quận Đống Đa", "2. Quận Hoàn Kiếm") are unit sections like
  "Quận 6: ..."; the heading digits are traps.
- "phát hành 01 số Bản tin ..., in 4.500 cuốn": the issue is news_items, the copies of that
  issue printed are `other` (copies printed), not a per-item figure.
- "buổi tuyên truyền lưu động" counts as oral_propaganda_sessions; "hàng nghìn lượt người nghe"
  is 1000 at_least.
- A list of document numbers sharing a suffix ("Nghị quyết số 26, 27, 28-NQ/TW") gives one
  trap per number.
- "treo 3.600 băng rôn, khẩu hiệu" is `other` (as in dev).
- The share of adults vaccinated ("97,2% người từ 18 tuổi trở lên ... đã tiêm đủ 2 mũi") is a
  population share, not a result of propaganda work: trap.
- Every number under the capital heading "NHIỆM VỤ NĂM 2022" is a trap.
- "Quý I, ... chỉ tổ chức được 2 hội nghị" opening a paragraph dates that count only; the next
  sentence "Tính chung từ đầu năm, số hội nghị ... đã lên 14" runs from 1 January to the
  document date.
- Prizes handed out ("trao 1 giải Đặc biệt và 3 giải Nhất") are traps (ranks and prizes).
- "Tính đến ngày 30/6/2024, ... có 241 nhóm Zalo ... với 37.450 thành viên; các nhóm đã chia
  sẻ 1.870 tin, bài": the stocks are dated 30/6/2024, the items keep the article period.
- In the interview (syn_714) the answers of the district's Trưởng ban are the unit's figures;
  "Riêng tháng 8/2022, ..." dates its own sentence; numbers in the answer about "thời gian
  tới" are traps. "phát 12 kỳ chuyên mục" counts programme issues: news_items.
- syn_707 has no date in its text: the document date is the sidecar's.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, since, year

DONGDA, HOANKIEM = U("Quận Đống Đa"), U("Quận Hoàn Kiếm")
HOAIDUC, CHUONGMY, QUOCOAI = U("Huyện Hoài Đức"), U("Huyện Chương Mỹ"), U("Huyện Quốc Oai")
SONTAY, THACHTHAT = U("Thị xã Sơn Tây"), U("Huyện Thạch Thất")
MELINH, PHUCTHO, MYDUC = U("Huyện Mê Linh"), U("Huyện Phúc Thọ"), U("Huyện Mỹ Đức")

# ---------------------------------------------------------------------------------------------
T705 = """
Thứ Sáu, 02/11/2018 | 07:30

Đống Đa, Hoàn Kiếm: Tháng Mười sôi động trên mặt trận tư tưởng

(HNM) – Tháng 10/2018, cùng với các hoạt động kỷ niệm 64 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2018), hai quận trung tâm Đống Đa và Hoàn Kiếm tập trung đưa các nghị quyết Trung ương 7 khóa XII vào sinh hoạt của chi bộ, tổ dân phố.

1. Quận Đống Đa

Là quận đông dân bậc nhất Thủ đô với 21 phường và hơn 420 nghìn người, Đống Đa chọn cách “chia nhỏ” lớp học. Trong tháng, Quận ủy tổ chức 6 hội nghị học tập, quán triệt các Nghị quyết số 26, 27, 28-NQ/TW cho 2.934 lượt cán bộ, đảng viên chủ chốt. Các phường tổ chức 42 buổi tuyên truyền về cải cách chính sách tiền lương, bảo hiểm xã hội cho khoảng 6.500 lượt nhân dân.

Trang thông tin điện tử của quận đăng 187 tin, bài; Ban Tuyên giáo Quận ủy phát hành 01 số Bản tin Sinh hoạt chi bộ, in 4.500 cuốn gửi các chi bộ. Quận hiện có 86 cộng tác viên dư luận xã hội; trong tháng, họ gửi 3 báo cáo nhanh về tâm trạng nhân dân sau khi Quốc hội bầu Chủ tịch nước.

Di tích Gò Đống Đa gắn với chiến thắng mùa xuân năm 1789 của vua Quang Trung. Năm nay, quận được xếp thứ nhất trong 30 quận, huyện, thị xã về công tác dân vận.

2. Quận Hoàn Kiếm

Quận có 18 phường, là trung tâm chính trị – hành chính quốc gia. Tháng 10, Ban Tuyên giáo Quận ủy Hoàn Kiếm thực hiện 24 phóng sự, video ngắn về Thủ đô ngàn năm văn hiến, phát trên fanpage “Hoàn Kiếm ngày nay” (hiện có khoảng 31.000 người theo dõi). Trung tâm Chính trị quận mở bốn lớp bồi dưỡng nghiệp vụ công tác Đảng cho 265 học viên; các chi bộ trực thuộc tổ chức 173 cuộc sinh hoạt chuyên đề.

Tuyến phố đi bộ quanh hồ Hoàn Kiếm mở cửa từ 19h tối thứ Sáu đến 24h Chủ nhật; quận tận dụng không gian này để tổ chức 7 buổi tuyên truyền lưu động, thu hút hàng nghìn lượt người nghe. Quận ủy tặng giấy khen cho 3 tập thể, 7 cá nhân có thành tích trong đợt kỷ niệm.

Đường dây nóng tiếp nhận phản ánh của Ban Tuyên giáo Quận ủy: 024.3826.5158.
"""
D705 = "2018-11-02"
P705 = month(10, 2018)

# ---------------------------------------------------------------------------------------------
T706 = """
Hà Nội, 14-01-2022

Ba huyện phía Tây Thủ đô: Mạch tuyên giáo không đứt quãng giữa mùa dịch

(HNM) – Năm 2021, dù dịch Covid-19 nhiều lần bùng phát, các huyện Hoài Đức, Chương Mỹ và Quốc Oai vẫn duy trì nền nếp học tập nghị quyết, chủ động chuyển nhiều hoạt động tuyên truyền lên môi trường số.

Hoài Đức: Học nghị quyết qua màn hình

Huyện có 19 xã và 1 thị trấn, đang phấn đấu trở thành quận vào năm 2025. Trong năm, Huyện ủy Hoài Đức tổ chức 18 hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội XIII của Đảng, với 21.560 lượt cán bộ, đảng viên. Ban Tuyên giáo Huyện ủy biên tập 9 số bản tin nội bộ và 130 video ngắn hướng dẫn phòng dịch. Đến nay, huyện duy trì 21 trang fanpage và 689 nhóm Zalo thôn, xóm với khoảng 74.000 thành viên.

Chương Mỹ: Loa phát thanh “đi trước một bước”

Chương Mỹ rộng hơn 237 km2, lớn thứ hai Hà Nội sau Ba Vì. Cả năm 2021, Ban Tuyên giáo Huyện ủy Chương Mỹ tham mưu ban hành 33 văn bản và tổ chức 2 hội nghị báo cáo viên. Lực lượng báo cáo viên của huyện gồm 57 người. Các xã, thị trấn tổ chức 1.240 buổi tuyên truyền lưu động về phòng, chống dịch, treo 3.600 băng rôn, khẩu hiệu. Đến cuối năm, 97,2% người từ 18 tuổi trở lên trên địa bàn đã tiêm đủ 2 mũi vắc xin.

Quốc Oai: Nắm chắc tâm tư nhân dân

Năm 2021, Huyện ủy Quốc Oai tổ chức 3 đợt sinh hoạt chính trị về chủ đề “Đoàn kết, kỷ cương, chung tay phòng chống dịch”. Ban Tuyên giáo Huyện ủy tổng hợp 15 báo cáo phản ánh tâm tư của nhân dân về cách ly y tế, tiêm vắc xin. Huyện có 42 cộng tác viên dư luận xã hội. Cuộc thi ảnh “Quốc Oai – quê hương tôi” nhận 417 tác phẩm dự thi. Huyện ủy khen thưởng 4 tập thể và 11 cá nhân. Chùa Thầy – di tích hơn 900 năm tuổi – được chọn làm điểm tuyên truyền về giữ gìn di sản.

NHIỆM VỤ NĂM 2022

Ba huyện thống nhất tổ chức ít nhất 50 hội nghị học tập nghị quyết, mở 12 lớp bồi dưỡng báo cáo viên và phấn đấu 98% đảng viên được học tập các chuyên đề.
"""
D706 = "2022-01-14"
P706 = year(2021)

# ---------------------------------------------------------------------------------------------
T707 = """
Sơn Tây, Thạch Thất: Giữ nhịp tuyên giáo trong năm “kép”

Từ đầu năm 2020 đến nay, dù nhiều hoạt động tập trung phải tạm dừng vì dịch Covid-19, Thị ủy Sơn Tây và Huyện ủy Thạch Thất vẫn hoàn thành các nhiệm vụ tuyên giáo, phục vụ đại hội đảng bộ các cấp và Đại hội lần thứ XVII Đảng bộ thành phố.

THỊ XÃ SƠN TÂY

Thị xã có 15 xã, phường; thành cổ Sơn Tây được xây dựng năm 1822, tường thành bằng đá ong dài hơn 1.300 m.

Quý I, do dịch bệnh bùng phát, Thị ủy chỉ tổ chức được 2 hội nghị học tập trực tiếp. Tính chung từ đầu năm, số hội nghị học tập, quán triệt đã lên 14, với 9.815 lượt cán bộ, đảng viên tham dự.

Trang thông tin điện tử Thị ủy đăng tải 1.064 tin, bài. Hiện có 112 nhóm Zalo tổ dân phố, thôn do Ban Tuyên giáo Thị ủy hướng dẫn thành lập, với xấp xỉ 15.000 thành viên. Cuộc thi tìm hiểu 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2020) do Thị ủy phát động có 6.742 lượt người dự thi; người dự thi cao tuổi nhất 86 tuổi. Ban tổ chức trao 1 giải Đặc biệt và 3 giải Nhất.

HUYỆN THẠCH THẤT

Huyện cách trung tâm Hà Nội khoảng 30 km, có Khu công nghệ cao Hòa Lạc rộng 1.586 ha. Từ ngày 1/4 đến nay, các chi bộ chuyển dần sang sinh hoạt kết hợp trực tuyến; đã có 1.926 buổi sinh hoạt chi bộ được tổ chức theo hình thức này.

Ban Tuyên giáo Huyện ủy mở 5 lớp bồi dưỡng nhận thức về Đảng cho 372 học viên. Đội ngũ 29 báo cáo viên của huyện thực hiện 83 buổi nói chuyện thời sự tại cơ sở. Hệ thống truyền thanh của 23 xã, thị trấn phát hơn 5.600 tin, bài. Huyện ủy tặng giấy khen cho 7 tập thể và 16 cá nhân.

“Cả thôn tôi có 3 nhóm Zalo, có việc gì là biết ngay”, anh Kiều Văn Bình ở thôn 5, xã Thạch Hòa, cho biết.
"""
D707 = "2020-11-24"  # sidecar only: the text has no dateline
P707 = since("2020-01-01", D707)

# ---------------------------------------------------------------------------------------------
T708 = """
Mê Linh, ngày 9 tháng 7 năm 2024

Giao ban tuyên giáo khu vực: Mê Linh và Phúc Thọ chia sẻ cách làm hay nửa đầu năm

(HNMO) – Tại hội nghị giao ban công tác tuyên giáo 6 tháng đầu năm 2024 do Ban Tuyên giáo Huyện ủy Mê Linh chủ trì, hai huyện Mê Linh và Phúc Thọ đã trao đổi kinh nghiệm đưa nghị quyết vào cuộc sống ở vùng ven đô.

Huyện Mê Linh

Mê Linh có 16 xã, 2 thị trấn; Khu công nghiệp Quang Minh trên địa bàn thu hút hơn 40.000 lao động. Sáu tháng đầu năm, Huyện ủy tổ chức 1 hội nghị trực tiếp kết hợp trực tuyến học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII, với 5.128/5.306 đảng viên dự học, đạt 96,65%. Phối hợp Liên đoàn Lao động huyện, Ban Tuyên giáo tổ chức 9 buổi nói chuyện chuyên đề cho gần 3.000 lượt công nhân, lao động.

Tính đến ngày 30/6/2024, toàn huyện có 241 nhóm Zalo thôn, tổ dân phố với 37.450 thành viên; các nhóm đã chia sẻ 1.870 tin, bài về chủ trương, chính sách. Đội ngũ 38 cộng tác viên dư luận xã hội gửi 12 báo cáo. Huyện ủy đề nghị UBND thành phố tặng bằng khen cho 3 tập thể có thành tích trong phong trào thi đua gắn với lễ hội đền Hai Bà Trưng.

Huyện Phúc Thọ

Phúc Thọ gồm 21 đơn vị hành chính cấp xã; tuyến đê hữu sông Hồng qua huyện dài khoảng 28 km. Kết quả nửa đầu năm của huyện:
Số văn bản chỉ đạo, hướng dẫn đã ban hành: 17
Số lớp bồi dưỡng đã mở: 06 (420 học viên)
Số buổi sinh hoạt chuyên đề của chi bộ: 1.215
Tin, bài đăng trên fanpage “Phúc Thọ – đất và người”: hơn 600
Lượt người tiếp cận: khoảng 1,35 triệu

Hiện huyện có 34 báo cáo viên; 2 hội nghị báo cáo viên đã được tổ chức trong 6 tháng. “6 tháng đầu năm, Ban đã tổng hợp 9 báo cáo về tâm tư của nhân dân liên quan đến dự án đường Vành đai 4 – Vùng Thủ đô”, đồng chí Khuất Thị Lan, Trưởng ban Tuyên giáo Huyện ủy Phúc Thọ cho biết. Dự án này qua huyện có tổng mức đầu tư khoảng 1.200 tỷ đồng.
"""
D708 = "2024-07-09"
P708 = h1(2024)

# ---------------------------------------------------------------------------------------------
T714 = """
Cập nhật: 06/10/2022 15:20

Trưởng ban Tuyên giáo Huyện ủy Mỹ Đức: “Tuyên truyền phải theo kịp mùa lễ hội và mùa nước”

(HNMO) – Quý III năm 2022, Huyện ủy Mỹ Đức triển khai nhiều cách làm mới trong công tác tuyên giáo ở một huyện thuần nông có Khu du lịch thắng cảnh Hương Sơn. Phóng viên đã trao đổi với đồng chí Đinh Văn Khải, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Mỹ Đức.

– Thưa đồng chí, quý III vừa qua, việc học tập nghị quyết ở Mỹ Đức có gì nổi bật?

– Chúng tôi tập trung quán triệt các nghị quyết Hội nghị Trung ương 5 khóa XIII. Huyện ủy tổ chức 2 hội nghị cấp huyện và chỉ đạo các đảng bộ cơ sở tổ chức tiếp ở xã, thị trấn; tổng cộng 9.244 lượt cán bộ, đảng viên được học tập, đạt 97,03%. Riêng tháng 8/2022, Ban Tuyên giáo mở 3 lớp bồi dưỡng nghiệp vụ cho 210 học viên là tuyên truyền viên cơ sở.

– Còn tuyên truyền trên không gian mạng thì sao, thưa đồng chí?

– Huyện hiện có 1 trang thông tin điện tử, 23 trang fanpage của huyện và các xã, thị trấn, 403 nhóm Zalo thôn, xóm. Trong quý, các trang này đăng 1.520 tin, bài, video. Hệ thống truyền thanh cơ sở phát 12 kỳ chuyên mục “Mỹ Đức hôm nay”.

– Đồng chí có thể chia sẻ về việc nắm bắt dư luận?

– Đội ngũ 35 cộng tác viên dư luận xã hội đã gửi về 6 báo cáo, tập trung vào giá vật tư nông nghiệp và việc đền bù dự án đường Tỉnh lộ 419. Chúng tôi cũng phối hợp tổ chức 27 buổi nói chuyện tại thôn, thu hút khoảng 2.100 lượt nhân dân.

– Thời gian tới, huyện sẽ tập trung vào những việc gì?

– Mùa lễ hội chùa Hương năm 2023 dự kiến đón khoảng 1 triệu lượt khách. Chúng tôi sẽ mở thêm 4 lớp tập huấn cho tuyên truyền viên và phấn đấu 100% thôn có nhóm Zalo.

– Xin cảm ơn đồng chí!

Mỹ Đức có 21 xã, 1 thị trấn, cách trung tâm Thủ đô khoảng 50 km. Quý III, Huyện ủy Mỹ Đức đã khen thưởng 6 tập thể, 14 cá nhân trong phong trào “Dân vận khéo”.
"""
D714 = "2022-10-06"
P714 = quarter(3, 2022)

DOCS = [
    Doc("syn_705_dongda_hoankiem_2018", T705, DONGDA, P705, D705, "text", facts=[
        F("tổ chức 6 hội nghị học tập", 6, "study_sessions", unit=DONGDA),
        F("2.934 lượt cán bộ, đảng viên", 2934, "study_attendance", a="party_members",
          unit=DONGDA),
        F("42 buổi tuyên truyền", 42, "oral_propaganda_sessions", unit=DONGDA),
        F("khoảng 6.500 lượt nhân dân", 6500, "propaganda_audience", "approx", a="masses",
          unit=DONGDA),
        F("đăng 187 tin, bài", 187, "news_items", unit=DONGDA),
        F("phát hành 01 số", 1, "news_items", unit=DONGDA),
        F("in 4.500 cuốn", 4500, "other", unit=DONGDA),
        F("hiện có 86 cộng tác viên", 86, "opinion_collaborators", unit=DONGDA,
          p=inst(D705)),
        F("gửi 3 báo cáo nhanh", 3, "opinion_reports", unit=DONGDA),
        F("thực hiện 24 phóng sự, video", 24, "news_items", unit=HOANKIEM),
        F("khoảng 31.000 người theo dõi", 31000, "propaganda_audience", "approx",
          unit=HOANKIEM, p=inst(D705)),
        F("bốn lớp bồi dưỡng", 4, "training_classes", unit=HOANKIEM),
        F("265 học viên", 265, "trainees", unit=HOANKIEM),
        F("173 cuộc sinh hoạt chuyên đề", 173, "party_cell_discussions", unit=HOANKIEM),
        F("7 buổi tuyên truyền lưu động", 7, "oral_propaganda_sessions", unit=HOANKIEM),
        F("hàng nghìn lượt người nghe", 1000, "propaganda_audience", "at_least",
          unit=HOANKIEM),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives", unit=HOANKIEM),
        F("7 cá nhân có thành tích", 7, "commended_individuals", unit=HOANKIEM),
    ], traps=[("02/11/2018", 2), ("07:30", 7), ("07:30", 30), ("Tháng 10/2018", 10),
              ("64 năm", 64), ("10/10/1954", 10), ("10/10/2018", 10), ("Trung ương 7", 7),
              ("khóa XII", 12), ("1. Quận Đống Đa", 1), ("21 phường", 21),
              ("hơn 420 nghìn người", 420000), ("Nghị quyết số 26", 26),
              ("27, 28-NQ/TW", 27), ("28-NQ/TW", 28), ("năm 1789", 1789),
              ("30 quận, huyện, thị xã", 30), ("2. Quận Hoàn Kiếm", 2), ("18 phường", 18),
              ("Tháng 10,", 10), ("19h", 19), ("24h", 24), ("024.3826.5158", 24)]),
    Doc("syn_706_hoaiduc_chuongmy_quocoai_2021", T706, HOAIDUC, P706, D706, "text", facts=[
        F("18 hội nghị trực tuyến", 18, "study_sessions", unit=HOAIDUC),
        F("21.560 lượt cán bộ, đảng viên", 21560, "study_attendance", a="party_members",
          unit=HOAIDUC),
        F("biên tập 9 số bản tin", 9, "news_items", unit=HOAIDUC),
        F("130 video ngắn", 130, "news_items", unit=HOAIDUC),
        F("duy trì 21 trang fanpage", 21, "social_pages", unit=HOAIDUC, p=inst(D706)),
        F("689 nhóm Zalo", 689, "chat_groups", unit=HOAIDUC, p=inst(D706)),
        F("khoảng 74.000 thành viên", 74000, "chat_group_members", "approx", unit=HOAIDUC,
          p=inst(D706)),
        F("ban hành 33 văn bản", 33, "documents_issued", unit=CHUONGMY),
        F("2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=CHUONGMY),
        F("gồm 57 người", 57, "reporters", unit=CHUONGMY, p=end_of(P706)),
        F("1.240 buổi tuyên truyền lưu động", 1240, "oral_propaganda_sessions",
          unit=CHUONGMY),
        F("treo 3.600 băng rôn", 3600, "other", unit=CHUONGMY),
        F("3 đợt sinh hoạt chính trị", 3, "political_campaigns", unit=QUOCOAI),
        F("tổng hợp 15 báo cáo", 15, "opinion_reports", unit=QUOCOAI),
        F("Huyện có 42 cộng tác viên", 42, "opinion_collaborators", unit=QUOCOAI,
          p=end_of(P706)),
        F("nhận 417 tác phẩm dự thi", 417, "contest_entries", unit=QUOCOAI),
        F("khen thưởng 4 tập thể", 4, "commended_collectives", unit=QUOCOAI),
        F("11 cá nhân", 11, "commended_individuals", unit=QUOCOAI),
    ], traps=[("14-01-2022", 14), ("Năm 2021", 2021), ("Covid-19", 19), ("19 xã", 19),
              ("1 thị trấn", 1), ("năm 2025", 2025), ("Đại hội XIII", 13),
              ("hơn 237 km2", 237), ("thứ hai Hà Nội", 2), ("Cả năm 2021", 2021),
              ("97,2% người", 97.2), ("18 tuổi", 18), ("2 mũi", 2),
              ("hơn 900 năm tuổi", 900), ("NĂM 2022", 2022), ("ít nhất 50 hội nghị", 50),
              ("mở 12 lớp", 12), ("98% đảng viên", 98)]),
    Doc("syn_707_sontay_thachthat_2020", T707, SONTAY, P707, D707, "sidecar",
        meta={"date": D707}, facts=[
        F("chỉ tổ chức được 2 hội nghị", 2, "study_sessions", unit=SONTAY,
          p=quarter(1, 2020)),
        F("đã lên 14", 14, "study_sessions", unit=SONTAY),
        F("9.815 lượt cán bộ, đảng viên", 9815, "study_attendance", a="party_members",
          unit=SONTAY),
        F("đăng tải 1.064 tin, bài", 1064, "news_items", unit=SONTAY),
        F("Hiện có 112 nhóm Zalo", 112, "chat_groups", unit=SONTAY, p=inst(D707)),
        F("xấp xỉ 15.000 thành viên", 15000, "chat_group_members", "approx", unit=SONTAY,
          p=inst(D707)),
        F("6.742 lượt người dự thi", 6742, "contest_entries", unit=SONTAY),
        F("1.926 buổi sinh hoạt chi bộ", 1926, "party_cell_discussions", unit=THACHTHAT,
          p=since("2020-04-01", D707)),
        F("mở 5 lớp bồi dưỡng", 5, "training_classes", unit=THACHTHAT),
        F("372 học viên", 372, "trainees", unit=THACHTHAT),
        F("Đội ngũ 29 báo cáo viên", 29, "reporters", unit=THACHTHAT, p=end_of(P707)),
        F("83 buổi nói chuyện", 83, "oral_propaganda_sessions", unit=THACHTHAT),
        F("hơn 5.600 tin, bài", 5600, "news_items", "at_least", unit=THACHTHAT),
        F("giấy khen cho 7 tập thể", 7, "commended_collectives", unit=THACHTHAT),
        F("16 cá nhân", 16, "commended_individuals", unit=THACHTHAT),
    ], traps=[("Từ đầu năm 2020", 2020), ("Covid-19", 19), ("lần thứ XVII", 17),
              ("15 xã, phường", 15), ("năm 1822", 1822), ("hơn 1.300 m", 1300),
              ("130 năm", 130), ("19/5/1890", 19), ("19/5/2020", 19), ("86 tuổi", 86),
              ("1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("khoảng 30 km", 30),
              ("1.586 ha", 1586), ("ngày 1/4", 1), ("23 xã, thị trấn", 23),
              ("3 nhóm Zalo", 3), ("thôn 5", 5)]),
    Doc("syn_708_melinh_phuctho_2024", T708, MELINH, P708, D708, "text", facts=[
        F("tổ chức 1 hội nghị", 1, "study_sessions", unit=MELINH),
        F("5.128/5.306 đảng viên", 5128, "study_attendance", a="party_members", unit=MELINH),
        F("đạt 96,65%", 96.65, "study_participation_rate", unit=MELINH),
        F("9 buổi nói chuyện", 9, "oral_propaganda_sessions", unit=MELINH),
        F("gần 3.000 lượt công nhân, lao động", 3000, "propaganda_audience", "at_most",
          unit=MELINH),
        F("có 241 nhóm Zalo", 241, "chat_groups", unit=MELINH, p=inst("2024-06-30")),
        F("37.450 thành viên", 37450, "chat_group_members", unit=MELINH,
          p=inst("2024-06-30")),
        F("chia sẻ 1.870 tin, bài", 1870, "news_items", unit=MELINH),
        F("Đội ngũ 38 cộng tác viên", 38, "opinion_collaborators", unit=MELINH,
          p=end_of(P708)),
        F("gửi 12 báo cáo", 12, "opinion_reports", unit=MELINH),
        F("đã ban hành: 17", 17, "documents_issued", unit=PHUCTHO),
        F("đã mở: 06", 6, "training_classes", unit=PHUCTHO),
        F("(420 học viên)", 420, "trainees", unit=PHUCTHO),
        F("của chi bộ: 1.215", 1215, "party_cell_discussions", unit=PHUCTHO),
        F("“Phúc Thọ – đất và người”: hơn 600", 600, "news_items", "at_least", unit=PHUCTHO),
        F("Lượt người tiếp cận: khoảng 1,35 triệu", 1350000, "propaganda_audience", "approx",
          unit=PHUCTHO),
        F("Hiện huyện có 34 báo cáo viên", 34, "reporters", unit=PHUCTHO, p=inst(D708)),
        F("2 hội nghị báo cáo viên đã được tổ chức", 2, "reporter_conferences",
          unit=PHUCTHO),
        F("tổng hợp 9 báo cáo", 9, "opinion_reports", unit=PHUCTHO),
    ], traps=[("ngày 9 tháng 7 năm 2024", 9), ("6 tháng đầu năm 2024", 6), ("16 xã", 16),
              ("2 thị trấn", 2), ("hơn 40.000 lao động", 40000), ("Trung ương 8", 8),
              ("khóa XIII", 13), ("ngày 30/6/2024", 30), ("bằng khen cho 3 tập thể", 3),
              ("Hai Bà Trưng", 2), ("21 đơn vị hành chính cấp xã", 21),
              ("khoảng 28 km", 28), ("6 tháng", 6), ("Vành đai 4", 4),
              ("khoảng 1.200 tỷ đồng", 1200000000000)]),
    Doc("syn_714_myduc_2022", T714, MYDUC, P714, D714, "text", facts=[
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions", unit=MYDUC),
        F("9.244 lượt cán bộ, đảng viên", 9244, "study_attendance", a="party_members",
          unit=MYDUC),
        F("đạt 97,03%", 97.03, "study_participation_rate", unit=MYDUC),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes", unit=MYDUC, p=month(8, 2022)),
        F("cho 210 học viên", 210, "trainees", unit=MYDUC, p=month(8, 2022)),
        F("có 1 trang thông tin điện tử", 1, "websites", unit=MYDUC, p=inst(D714)),
        F("23 trang fanpage", 23, "social_pages", unit=MYDUC, p=inst(D714)),
        F("403 nhóm Zalo", 403, "chat_groups", unit=MYDUC, p=inst(D714)),
        F("đăng 1.520 tin, bài, video", 1520, "news_items", unit=MYDUC),
        F("phát 12 kỳ", 12, "news_items", unit=MYDUC),
        F("Đội ngũ 35 cộng tác viên", 35, "opinion_collaborators", unit=MYDUC,
          p=end_of(P714)),
        F("gửi về 6 báo cáo", 6, "opinion_reports", unit=MYDUC),
        F("27 buổi nói chuyện", 27, "oral_propaganda_sessions", unit=MYDUC),
        F("khoảng 2.100 lượt nhân dân", 2100, "propaganda_audience", "approx", a="masses",
          unit=MYDUC),
        F("khen thưởng 6 tập thể", 6, "commended_collectives", unit=MYDUC),
        F("14 cá nhân", 14, "commended_individuals", unit=MYDUC),
    ], traps=[("06/10/2022", 6), ("15:20", 15), ("15:20", 20), ("Trung ương 5", 5),
              ("khóa XIII", 13), ("tháng 8/2022", 8), ("Tỉnh lộ 419", 419),
              ("năm 2023", 2023), ("khoảng 1 triệu lượt khách", 1000000),
              ("thêm 4 lớp", 4), ("100% thôn", 100), ("21 xã", 21), ("1 thị trấn", 1),
              ("khoảng 50 km", 50)]),
]
