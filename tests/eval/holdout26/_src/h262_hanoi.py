"""Twenty-sixth held-out set (holdout26), part 2: Hanoi districts before the 2025 reform
(Đống Đa 9 tháng 2016, Hoài Đức + Đan Phượng 2018, Long Biên tháng 5/2021, Tây Hồ từ đầu năm
2022 đến nay).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the five sample reports, without reading or running the extractor. The
texts, officials' names, addresses, phone number and figures are invented.

Decisions taken where the guide leaves room (kept the same across the set):
- h26_05 (Hà Nội Mới-style news, Đống Đa, 9 months 2016): "Cập nhật: 07/10/2016 08:15" is the
  document date. "4 hội nghị học tập ... cho hơn 2.300 cán bộ chủ chốt" gives the sessions and
  their attendance (party members, at_least). "21 đảng bộ phường và 48 chi, đảng bộ cơ sở" are
  the structure (traps), the 386 classes the fact. The election work: banners and panels are
  `other`; "126 hội nghị tiếp xúc cử tri" is `other` (not a study), "gần 9.800 lượt cử tri" at
  those meetings a propaganda audience (all); the voting areas and the turnout are traps.
  "Quận hiện có 32 báo cáo viên" is an instant at the document date; "Đội ngũ 58 cộng tác viên"
  (no marker) at 2016-09-30. "tặng giấy khen cho 7 báo cáo viên" → commended_individuals.
  "Ban Chỉ đạo 138", "tăng 8 buổi", "mỗi số 3.000 bản", the plans of the quý IV sentence and
  the population / "quận có dân số đông nhất Thủ đô" are traps.
- h26_06 (city portal, two districts, year 2018): the text table's columns are Huyện Hoài Đức
  and Huyện Đan Phượng; its lead-in names the study, so "Hội nghị cấp huyện" / "Lớp ở cơ sở"
  are study sessions, "Lượt quần chúng dự nghe" a study attendance (masses) and the "(%)" row the
  participation rate; "Số đảng viên chưa tham gia" is `other`. The "* Huyện ..." headings
  govern their paragraphs. "trong đó 4 hội nghị" (a part), "trao 10 giải", territory and
  population, "Quốc lộ 32", "Vành đai 3,5", the goal year "trước năm 2020" and the "Năm 2019"
  plan are traps. Lecturers and collaborators without a marker are instants at 2018-12-31.
  The Trưởng ban's quotation ("63 cộng tác viên ... của huyện đã gửi về Ban 41 báo cáo") is
  Hoài Đức's: opinion reports.
- h26_07 (internal bulletin, Long Biên, May 2021): letterhead "QUẬN ỦY LONG BIÊN / BAN TUYÊN
  GIÁO", the bulletin's "Số 05 (Tháng 5/2021)" and the dateline "Long Biên, ngày 04/6/2021"
  (document date); the first sentence's "Trong tháng 5/2021" is the period. "Hội nghị trực
  tuyến cấp quận triển khai chuyên đề ...: 01" is a study session; its "lượt ... dự tại 36 điểm
  cầu: 2.145" the attendance (the 36 bridge points are places). "Nhóm Zalo tổ dân phố: 512
  (hiện có khoảng 61.000 thành viên)": the groups at 2021-05-31, the members at the document
  date. "Cộng tác viên ...: 52 đồng chí (tính đến 31/5/2021)" is an instant at that date. Xe
  loa runs and banners are `other`; the election's areas, voters, turnout, the limit of 20
  people, the prizes and every number after "Nhiệm vụ tháng 6/2021:" are traps.
- h26_08 (feature without a date; sidecar 2022-11-18, Tây Hồ, "Từ đầu năm 2022 đến nay"):
  period 2022-01-01..2022-11-18. "thành lập mới 46 nhóm Zalo, nâng tổng số lên 214 nhóm": the
  total is the fact, the 46 added a trap; stocks are instants at the sidecar date. "gần như 100%
  dự học" is a participation rate (approx). "9 fanpage (của quận và 8 phường)": the parts are
  traps. "hỗ trợ 96 triệu đồng kinh phí" funds the unit's own work → `other`. "Số đảng viên
  chưa tham gia học tập dưới 300 người" → `other`, at_most. The resident's words are an
  anecdote; the prizes, "4.0", the population and the planned "trợ lý ảo" are traps.
"""
from build_gold import Doc, F, U, end_of, inst, m9, month, since, year

DONGDA, HOAIDUC, DANPHUONG, LONGBIEN, TAYHO = (
    U("Quận Đống Đa"), U("Huyện Hoài Đức"), U("Huyện Đan Phượng"), U("Quận Long Biên"),
    U("Quận Tây Hồ"))

# ---------------------------------------------------------------------------------------------
T05 = """
Cập nhật: 07/10/2016 08:15

Quận ủy Đống Đa: Đưa Nghị quyết Đại hội XII của Đảng vào cuộc sống

(HNM) – Ngày 6/10, Ban Tuyên giáo Quận ủy Đống Đa tổ chức hội nghị giao ban công tác tuyên giáo 9 tháng đầu năm, triển khai nhiệm vụ quý IV năm 2016. Đồng chí Lê Thị Thu Hằng, Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Tuyên giáo Quận ủy chủ trì hội nghị.

Theo báo cáo, 9 tháng qua, Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 23 văn bản chỉ đạo, hướng dẫn; phối hợp Trung tâm Bồi dưỡng chính trị quận tổ chức 4 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVI cho hơn 2.300 cán bộ chủ chốt. Tiếp đó, 21 đảng bộ phường và 48 chi, đảng bộ cơ sở trực thuộc đã mở 386 lớp với 27.415 lượt cán bộ, đảng viên tham gia, đạt 97,3%; nhiều chi bộ đã thảo luận, xây dựng chương trình hành động sát với thực tế địa bàn.

Đặc biệt, công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 được triển khai sâu rộng. Quận đã treo 2.450 băng rôn, khẩu hiệu, dựng 320 pano, áp phích; các phường tổ chức 126 hội nghị tiếp xúc cử tri với gần 9.800 lượt cử tri tham dự. Ngày 22/5/2016, toàn quận có 137 khu vực bỏ phiếu, tỷ lệ cử tri đi bầu đạt 99,52%.

Công tác tuyên truyền miệng được đổi mới về nội dung và hình thức: quận tổ chức 57 buổi nói chuyện thời sự, chuyên đề về tình hình Biển Đông, phòng, chống ma túy, xây dựng nếp sống văn minh đô thị cho trên 8.600 lượt người nghe, tăng 8 buổi so với cùng kỳ năm 2015. Trang thông tin điện tử quận Đống Đa đăng 734 tin, bài; Bản tin “Đống Đa” phát hành 9 số, mỗi số 3.000 bản.

Quận hiện có 32 báo cáo viên; 9 tháng qua Ban Tuyên giáo Quận ủy tổ chức 9 hội nghị báo cáo viên, mời lãnh đạo Ban Tuyên giáo Thành ủy, Ban Chỉ đạo 138 của quận thông tin chuyên đề. Đội ngũ 58 cộng tác viên dư luận xã hội đã giúp Ban tổng hợp 36 báo cáo tình hình dư luận xã hội gửi Thường trực Quận ủy và Ban Tuyên giáo Thành ủy; Ban tặng giấy khen cho 7 báo cáo viên có nhiều đóng góp. Nhân dịp này, Ban Thường vụ Quận ủy khen thưởng 8 tập thể, 15 cá nhân có thành tích trong công tác tuyên truyền bầu cử.

Phát biểu tại hội nghị, đồng chí Lê Thị Thu Hằng đề nghị trong quý IV, các đảng bộ, chi bộ tiếp tục tổ chức học tập chuyên đề năm 2016; sơ kết 5 năm thực hiện Chỉ thị 03-CT/TW; phấn đấu 100% đảng viên hoàn thành bản đăng ký làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đống Đa là quận có dân số đông nhất Thủ đô với hơn 410 nghìn người, gồm 21 phường, nên công tác nắm bắt tư tưởng, dư luận cần được làm thường xuyên, sát cơ sở.
"""
D05 = "2016-10-07"
P05 = m9(2016)

# ---------------------------------------------------------------------------------------------
T06 = """
Thứ Sáu, 28/12/2018 10:20

Hoài Đức, Đan Phượng: Công tác tuyên giáo đồng hành cùng xây dựng nông thôn mới

(Tuyengiao.hanoi.gov.vn) – Những ngày cuối năm, Huyện ủy Hoài Đức và Huyện ủy Đan Phượng lần lượt tổ chức hội nghị tổng kết công tác tuyên giáo năm 2018. Hai huyện giáp ranh ở cửa ngõ phía Tây Thủ đô, nằm dọc Quốc lộ 32 và đường Vành đai 3,5 đang hình thành, cùng chọn khâu đột phá là gắn việc đưa nghị quyết của Đảng vào cuộc sống với phong trào xây dựng nông thôn mới, đô thị văn minh.

Kết quả học tập, quán triệt nghị quyết và một số chỉ tiêu công tác tuyên giáo năm 2018 của hai huyện:

Chỉ tiêu | Huyện Hoài Đức | Huyện Đan Phượng
Hội nghị cấp huyện | 6 | 4
Lớp ở cơ sở | 412 | 236
Lượt cán bộ, đảng viên dự học | 31.860 | 16.274
Tỷ lệ đảng viên tham gia (%) | 96,8 | 97,42
Lượt quần chúng dự nghe | 12.540 | 7.318
Số đảng viên chưa tham gia | 1.048 | 431
Buổi thảo luận ở chi bộ | 534 | 298
Văn bản lãnh đạo, chỉ đạo ban hành | 38 | 27

* Huyện Hoài Đức
Năm 2018, Ban Tuyên giáo Huyện ủy Hoài Đức phối hợp Trung tâm Bồi dưỡng chính trị huyện mở 7 lớp bồi dưỡng lý luận chính trị cho đảng viên mới và quần chúng ưu tú với 512 học viên; tổ chức 12 hội nghị báo cáo viên, trong đó 4 hội nghị có báo cáo viên Trung ương thông tin. Đài Truyền thanh huyện phát 312 chương trình thời sự và 48 kỳ chuyên mục “Hoài Đức – nông thôn mới”. Cuộc thi viết “Gương sáng Hoài Đức” nhận được 6.215 bài dự thi, Ban Tổ chức trao 10 giải cho các tác phẩm xuất sắc nhất.

Theo đồng chí Nguyễn Văn Thắng, Trưởng ban Tuyên giáo Huyện ủy Hoài Đức, huyện có 19 xã, 1 thị trấn với hơn 230 nghìn dân, nhiều làng nghề và khu đô thị mới, nên tư tưởng người dân biến động nhanh trước các dự án thu hồi đất. “Năm qua, 63 cộng tác viên dư luận xã hội của huyện đã gửi về Ban 41 báo cáo; nhiều vụ việc ở các dự án đường Vành đai 3,5, khu đô thị mới được phát hiện, tham mưu xử lý từ sớm”, ông Thắng cho biết. Hoài Đức đang hoàn thiện các tiêu chí để lên quận trước năm 2020.

* Huyện Đan Phượng
Là huyện đầu tiên của Thủ đô về đích nông thôn mới, Đan Phượng tiếp tục chú trọng công tác tư tưởng ở cơ sở. Ban Tuyên giáo Huyện ủy duy trì đội ngũ 27 báo cáo viên cấp huyện và 46 cộng tác viên dư luận xã hội; trong năm thực hiện 24 báo cáo định kỳ và 6 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội. Huyện ủy triển khai 1 đợt sinh hoạt chính trị về “Nâng cao đạo đức cách mạng, quét sạch chủ nghĩa cá nhân”; các cơ sở tổ chức 86 buổi tuyên truyền miệng với khoảng 9.400 lượt người nghe. Huyện ủy khen thưởng 10 tập thể, 22 cá nhân có thành tích trong công tác tuyên giáo năm 2018.

Năm 2019, Đan Phượng phấn đấu 100% thôn, tổ dân phố có tổ tuyên truyền viên và mỗi xã có ít nhất 1 mô hình “Dân vận khéo” trong tuyên truyền.
"""
D06 = "2018-12-28"
P06 = year(2018)
END06 = end_of(P06)

# ---------------------------------------------------------------------------------------------
T07 = """
QUẬN ỦY LONG BIÊN
BAN TUYÊN GIÁO

BẢN TIN THÔNG TIN NỘI BỘ
Số 05 (Tháng 5/2021)

Long Biên, ngày 04/6/2021

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO THÁNG 5/2021

Trong tháng 5/2021, Ban Tuyên giáo Quận ủy Long Biên tập trung tham mưu Ban Thường vụ Quận ủy lãnh đạo công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 – 2026, đồng thời tuyên truyền phòng, chống dịch Covid-19 khi Thành phố ghi nhận các ca mắc mới trong cộng đồng. Một số kết quả chính:

1. Công tác tham mưu, học tập
- Văn bản chỉ đạo, hướng dẫn đã ban hành: 07
- Hội nghị trực tuyến cấp quận triển khai chuyên đề năm 2021 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc”: 01; lượt cán bộ, đảng viên dự tại 36 điểm cầu: 2.145

2. Tuyên truyền bầu cử, phòng, chống dịch
- Băng rôn, cờ phướn, khẩu hiệu: 3.400
- Lượt xe loa tuyên truyền lưu động: 215
- Tin, bài phát trên hệ thống truyền thanh cơ sở: 1.260
- Buổi nói chuyện của báo cáo viên tại khu dân cư: 23 – lượt người nghe: gần 2.800
- Tin, bài, video trên fanpage “Long Biên ngày nay”: 186; lượt tiếp cận ước đạt 1,2 triệu
- Nhóm Zalo tổ dân phố: 512 (hiện có khoảng 61.000 thành viên)

Cuộc bầu cử diễn ra ngày 23/5/2021 tại 176 khu vực bỏ phiếu trên địa bàn 14 phường, với khoảng 218.000 cử tri; tỷ lệ cử tri đi bầu đạt 99,78%. Do dịch bệnh, các buổi tuyên truyền tại khu dân cư chỉ được tổ chức với không quá 20 người, đeo khẩu trang, giữ khoảng cách 2 mét.

3. Công tác dư luận xã hội, báo cáo viên
- Cộng tác viên dư luận xã hội: 52 đồng chí (tính đến 31/5/2021)
- Báo cáo nhanh dư luận Nhân dân về bầu cử, phòng dịch: 14
- Hội nghị báo cáo viên: 01 (ngày 12/5, trực tuyến)

4. Thi đua, khen thưởng
- UBND quận khen thưởng 12 tập thể, 26 cá nhân có thành tích xuất sắc trong tổ chức bầu cử
- Cuộc thi trắc nghiệm “Tìm hiểu về bầu cử” trên Cổng thông tin điện tử quận – lượt dự thi: 8.917; trao 1 giải Nhất, 2 giải Nhì, 5 giải Ba

Nhiệm vụ tháng 6/2021: học tập, quán triệt Kết luận số 01-KL/TW của Bộ Chính trị; mở 2 lớp bồi dưỡng lý luận chính trị cho đảng viên mới; duy trì 100% nhóm Zalo tổ dân phố cập nhật thông tin phòng dịch hằng ngày.

Mọi ý kiến xin gửi về Ban Tuyên giáo Quận ủy Long Biên, số 1 phố Vạn Hạnh, phường Việt Hưng. Điện thoại: 024.3872.6543.
"""
D07 = "2021-06-04"
P07 = month(5, 2021)
END07 = end_of(P07)

# ---------------------------------------------------------------------------------------------
T08 = """
Tây Hồ: Khi nhóm Zalo thành “loa phường” thời 4.0

Từ đầu năm 2022 đến nay, Ban Tuyên giáo Quận ủy Tây Hồ đã hướng dẫn các đảng bộ phường lấy nhóm Zalo của tổ dân phố làm kênh chính để đưa nghị quyết, chính sách đến người dân. Cách làm được nhân rộng từ phường Quảng An, nơi có nhiều cư dân là người nước ngoài và người làm dịch vụ du lịch.

Theo bà Nguyễn Thị Minh Thu, Phó Trưởng ban Thường trực Ban Tuyên giáo Quận ủy Tây Hồ, từ đầu năm các tổ dân phố đã thành lập mới 46 nhóm Zalo, nâng tổng số lên 214 nhóm, số thành viên hiện nay khoảng 23.500 người. “Các nhóm đã chia sẻ hơn 5.400 tin, bài chính thống, từ lịch cắt điện, lịch tiêm vắc xin đến nội dung Nghị quyết Trung ương 4. Chúng tôi còn tổ chức 14 buổi tuyên truyền trực tuyến cho người cao tuổi, thu hút gần 1.900 lượt người xem”, bà Thu cho biết.

“Tổ tôi 126 hộ thì đã có 118 hộ vào nhóm, có thông báo gì chỉ cần nhắn một tin là cả tổ biết”, ông Phạm Văn Hùng, tổ trưởng tổ dân phố số 9, phường Quảng An, nói.

Song song với tuyên truyền trên mạng xã hội, việc học tập, quán triệt nghị quyết được thực hiện nghiêm túc. Từ đầu năm đến nay, Quận ủy tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII, Nghị quyết Đại hội XVII Đảng bộ Thành phố; 8 đảng bộ phường và 27 chi, đảng bộ cơ sở trực thuộc đã mở 164 lớp với 9.286 lượt cán bộ, đảng viên, đạt 96,9%, riêng cấp ủy viên các cấp gần như 100% dự học. Số đảng viên chưa tham gia học tập dưới 300 người, chủ yếu do tuổi cao, ốm đau. Ban Tuyên giáo Quận ủy mở 2 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 146 học viên là cán bộ tuyên giáo, tuyên truyền viên cơ sở.

Là cơ quan thường trực Ban Chỉ đạo 35 quận, Ban Tuyên giáo Quận ủy đã tổng hợp 22 báo cáo định kỳ và 5 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội gửi Thường trực Quận ủy; quận hiện có 31 cộng tác viên dư luận xã hội. Hiện quận có 1 cổng thông tin điện tử và 9 fanpage (của quận và 8 phường). Từ đầu năm, quận đã hỗ trợ 96 triệu đồng kinh phí cho các tổ dân phố duy trì nhóm Zalo và in tài liệu tuyên truyền.

Cuộc thi viết “Tây Hồ – những tấm gương bình dị mà cao quý” nhận được 312 tác phẩm; Ban Tổ chức trao 1 giải Đặc biệt, 3 giải Nhất và 20 giải Khuyến khích. Tây Hồ hiện có 8 phường với khoảng 170 nghìn dân, trong đó hơn 6.000 người nước ngoài đang sinh sống. Thời gian tới, quận dự kiến thí điểm “trợ lý ảo” trả lời câu hỏi của người dân trên 50 nhóm Zalo.
"""
D08 = "2022-11-18"
P08 = since("2022-01-01", D08)
NOW08 = inst(D08)

DOCS = [
    Doc("h26_05_dongda_9t_2016", T05, DONGDA, P05, D05, "text", facts=[
        F("ban hành 23 văn bản", 23, "documents_issued"),
        F("tổ chức 4 hội nghị học tập", 4, "study_sessions"),
        F("hơn 2.300 cán bộ chủ chốt", 2300, "study_attendance", "at_least",
          a="party_members"),
        F("mở 386 lớp", 386, "study_sessions"),
        F("27.415 lượt cán bộ, đảng viên", 27415, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("treo 2.450 băng rôn", 2450, "other"),
        F("dựng 320 pano", 320, "other"),
        F("126 hội nghị tiếp xúc cử tri", 126, "other"),
        F("gần 9.800 lượt cử tri", 9800, "propaganda_audience", "at_most"),
        F("57 buổi nói chuyện", 57, "oral_propaganda_sessions"),
        F("trên 8.600 lượt người nghe", 8600, "propaganda_audience", "at_least"),
        F("đăng 734 tin, bài", 734, "news_items"),
        F("phát hành 9 số", 9, "news_items"),
        F("hiện có 32 báo cáo viên", 32, "reporters", p=inst(D05)),
        F("tổ chức 9 hội nghị báo cáo viên", 9, "reporter_conferences"),
        F("58 cộng tác viên", 58, "opinion_collaborators", p=end_of(P05)),
        F("36 báo cáo tình hình dư luận xã hội", 36, "opinion_reports"),
        F("cho 7 báo cáo viên", 7, "commended_individuals"),
        F("khen thưởng 8 tập thể", 8, "commended_collectives"),
        F("15 cá nhân", 15, "commended_individuals"),
    ], traps=[("07/10/2016", 7), ("08:15", 8), ("Ngày 6/10", 6), ("9 tháng đầu năm", 9),
              ("quý IV năm 2016", 2016), ("9 tháng qua", 9), ("21 đảng bộ phường", 21),
              ("48 chi, đảng bộ", 48), ("nhiệm kỳ 2016 – 2021", 2016),
              ("Ngày 22/5/2016", 22), ("137 khu vực bỏ phiếu", 137),
              ("tỷ lệ cử tri đi bầu đạt 99,52%", 99.52), ("tăng 8 buổi", 8),
              ("năm 2015", 2015), ("mỗi số 3.000 bản", 3000), ("Ban Chỉ đạo 138", 138),
              ("chuyên đề năm 2016", 2016), ("sơ kết 5 năm", 5), ("03-CT/TW", 3),
              ("100% đảng viên", 100), ("hơn 410 nghìn người", 410000),
              ("gồm 21 phường", 21)]),
    Doc("h26_06_hoaiduc_danphuong_2018", T06, HOAIDUC, P06, D06, "text", facts=[
        F("Hội nghị cấp huyện | 6 | 4", 6, "study_sessions"),
        F("Hội nghị cấp huyện | 6 | 4", 4, "study_sessions", unit=DANPHUONG),
        F("Lớp ở cơ sở | 412 | 236", 412, "study_sessions"),
        F("Lớp ở cơ sở | 412 | 236", 236, "study_sessions", unit=DANPHUONG),
        F("dự học | 31.860 | 16.274", 31860, "study_attendance", a="party_members"),
        F("dự học | 31.860 | 16.274", 16274, "study_attendance", a="party_members",
          unit=DANPHUONG),
        F("(%) | 96,8 | 97,42", 96.8, "study_participation_rate"),
        F("(%) | 96,8 | 97,42", 97.42, "study_participation_rate", unit=DANPHUONG),
        F("dự nghe | 12.540 | 7.318", 12540, "study_attendance", a="masses"),
        F("dự nghe | 12.540 | 7.318", 7318, "study_attendance", a="masses", unit=DANPHUONG),
        F("chưa tham gia | 1.048 | 431", 1048, "other"),
        F("chưa tham gia | 1.048 | 431", 431, "other", unit=DANPHUONG),
        F("ở chi bộ | 534 | 298", 534, "party_cell_discussions"),
        F("ở chi bộ | 534 | 298", 298, "party_cell_discussions", unit=DANPHUONG),
        F("ban hành | 38 | 27", 38, "documents_issued"),
        F("ban hành | 38 | 27", 27, "documents_issued", unit=DANPHUONG),
        F("mở 7 lớp bồi dưỡng", 7, "training_classes"),
        F("512 học viên", 512, "trainees"),
        F("tổ chức 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("phát 312 chương trình", 312, "news_items"),
        F("48 kỳ chuyên mục", 48, "news_items"),
        F("6.215 bài dự thi", 6215, "contest_entries"),
        F("63 cộng tác viên", 63, "opinion_collaborators", p=END06),
        F("gửi về Ban 41 báo cáo", 41, "opinion_reports"),
        F("27 báo cáo viên", 27, "reporters", unit=DANPHUONG, p=END06),
        F("46 cộng tác viên", 46, "opinion_collaborators", unit=DANPHUONG, p=END06),
        F("24 báo cáo định kỳ", 24, "opinion_reports", unit=DANPHUONG),
        F("6 báo cáo đột xuất", 6, "opinion_reports", unit=DANPHUONG),
        F("triển khai 1 đợt sinh hoạt chính trị", 1, "political_campaigns", unit=DANPHUONG),
        F("86 buổi tuyên truyền miệng", 86, "oral_propaganda_sessions", unit=DANPHUONG),
        F("khoảng 9.400 lượt người nghe", 9400, "propaganda_audience", "approx",
          unit=DANPHUONG),
        F("khen thưởng 10 tập thể", 10, "commended_collectives", unit=DANPHUONG),
        F("22 cá nhân", 22, "commended_individuals", unit=DANPHUONG),
    ], traps=[("28/12/2018", 28), ("10:20", 10), ("tuyên giáo năm 2018", 2018),
              ("Quốc lộ 32", 32), ("Vành đai 3,5", 3.5), ("Năm 2018", 2018),
              ("trong đó 4 hội nghị", 4), ("trao 10 giải", 10), ("19 xã", 19),
              ("1 thị trấn", 1), ("hơn 230 nghìn dân", 230000), ("trước năm 2020", 2020),
              ("Năm 2019", 2019), ("100% thôn", 100), ("ít nhất 1 mô hình", 1)]),
    Doc("h26_07_longbien_t5_2021", T07, LONGBIEN, P07, D07, "text", facts=[
        F("Văn bản chỉ đạo, hướng dẫn đã ban hành: 07", 7, "documents_issued"),
        F("hạnh phúc”: 01", 1, "study_sessions"),
        F("điểm cầu: 2.145", 2145, "study_attendance", a="party_members"),
        F("khẩu hiệu: 3.400", 3400, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 215", 215, "other"),
        F("truyền thanh cơ sở: 1.260", 1260, "news_items"),
        F("tại khu dân cư: 23", 23, "oral_propaganda_sessions"),
        F("lượt người nghe: gần 2.800", 2800, "propaganda_audience", "at_most"),
        F("“Long Biên ngày nay”: 186", 186, "news_items"),
        F("lượt tiếp cận ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("Nhóm Zalo tổ dân phố: 512", 512, "chat_groups", p=END07),
        F("khoảng 61.000 thành viên", 61000, "chat_group_members", "approx", p=inst(D07)),
        F("Cộng tác viên dư luận xã hội: 52 đồng chí", 52, "opinion_collaborators",
          p=inst("2021-05-31")),
        F("bầu cử, phòng dịch: 14", 14, "opinion_reports"),
        F("Hội nghị báo cáo viên: 01", 1, "reporter_conferences"),
        F("khen thưởng 12 tập thể", 12, "commended_collectives"),
        F("26 cá nhân", 26, "commended_individuals"),
        F("lượt dự thi: 8.917", 8917, "contest_entries"),
    ], traps=[("Số 05", 5), ("(Tháng 5/2021)", 5), ("ngày 04/6/2021", 4),
              ("THÁNG 5/2021", 5), ("tháng 5/2021", 5), ("nhiệm kỳ 2021 – 2026", 2021),
              ("Covid-19", 19), ("1. Công tác tham mưu", 1), ("chuyên đề năm 2021", 2021),
              ("36 điểm cầu", 36), ("2. Tuyên truyền bầu cử", 2), ("ngày 23/5/2021", 23),
              ("176 khu vực bỏ phiếu", 176), ("14 phường", 14),
              ("khoảng 218.000 cử tri", 218000), ("đạt 99,78%", 99.78),
              ("không quá 20 người", 20), ("2 mét", 2), ("3. Công tác dư luận", 3),
              ("31/5/2021", 31), ("ngày 12/5", 12), ("4. Thi đua", 4),
              ("1 giải Nhất", 1), ("2 giải Nhì", 2), ("5 giải Ba", 5),
              ("tháng 6/2021", 6), ("01-KL/TW", 1), ("mở 2 lớp", 2),
              ("100% nhóm Zalo", 100), ("số 1 phố", 1), ("024.3872.6543", 24)]),
    Doc("h26_08_tayho_ytd_2022", T08, TAYHO, P08, D08, "sidecar", meta={"date": D08}, facts=[
        F("nâng tổng số lên 214 nhóm", 214, "chat_groups", p=NOW08),
        F("khoảng 23.500 người", 23500, "chat_group_members", "approx", p=NOW08),
        F("hơn 5.400 tin, bài", 5400, "news_items", "at_least"),
        F("14 buổi tuyên truyền trực tuyến", 14, "oral_propaganda_sessions"),
        F("gần 1.900 lượt người xem", 1900, "propaganda_audience", "at_most"),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 164 lớp", 164, "study_sessions"),
        F("9.286 lượt cán bộ, đảng viên", 9286, "study_attendance", a="party_members"),
        F("đạt 96,9%", 96.9, "study_participation_rate"),
        F("gần như 100% dự học", 100, "study_participation_rate", "approx"),
        F("dưới 300 người", 300, "other", "at_most"),
        F("mở 2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes"),
        F("146 học viên", 146, "trainees"),
        F("22 báo cáo định kỳ", 22, "opinion_reports"),
        F("5 báo cáo đột xuất", 5, "opinion_reports"),
        F("hiện có 31 cộng tác viên", 31, "opinion_collaborators", p=NOW08),
        F("1 cổng thông tin điện tử", 1, "websites", p=NOW08),
        F("9 fanpage", 9, "social_pages", p=NOW08),
        F("hỗ trợ 96 triệu đồng", 96000000, "other"),
        F("nhận được 312 tác phẩm", 312, "contest_entries"),
    ], traps=[("4.0", 4), ("Từ đầu năm 2022", 2022), ("thành lập mới 46 nhóm Zalo", 46),
              ("Trung ương 4", 4), ("126 hộ", 126), ("118 hộ", 118),
              ("tổ dân phố số 9", 9), ("8 đảng bộ phường", 8), ("27 chi, đảng bộ", 27),
              ("Ban Chỉ đạo 35", 35), ("8 phường)", 8), ("1 giải Đặc biệt", 1),
              ("3 giải Nhất", 3), ("20 giải Khuyến khích", 20), ("có 8 phường", 8),
              ("khoảng 170 nghìn dân", 170000), ("hơn 6.000 người nước ngoài", 6000),
              ("trên 50 nhóm Zalo", 50)]),
]
