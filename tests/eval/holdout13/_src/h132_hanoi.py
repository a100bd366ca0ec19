"""Thirteenth held-out set (holdout13), part 2: Hanoi districts 2015-2020 (before the 2025
reorganisation). Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label
source (format only), the seeds and the five sample reports, without reading or running the
extractor.

Choices where LABELING.md is silent (an analyst's reading):
- A fanpage post's dateline "02 tháng 10, 2020 lúc 20:15" is the document date (text).
- Comments collected from party cells ("2.315 ý kiến đóng góp") and banners/panels are
  counted results outside the taxonomy: `other`.
- Chat groups "đang được duy trì" carry no "hiện" marker: a stock at the period end.
- A speech quoted over several paragraphs (each opening with “) after "Dưới đây là trích phát
  biểu của đồng chí ..., Trưởng ban Tuyên giáo Quận ủy" speaks for the unit; "bình quân mỗi
  năm 22 hội nghị" is a per-item figure (trap); "3 năm liền được ... tặng Cờ thi đua" a prize.
- In the long semicolon paragraph, "212 lớp" after the district conferences on studying
  resolutions are study sessions; "1.926 cán bộ chủ chốt" are party_members; "tại 32 xã, thị
  trấn" is the territory reached (trap).
- In the contest notice, the wards and party organisations the contestants came from ("đến
  từ 20 phường và 9 chi, đảng bộ khối") are the structure of the district (traps); contestants
  picked for the final ("Thí sinh vào vòng chung kết: 18") are a last-round pick (trap); the
  prize fund ("tổng giá trị giải thưởng 45 triệu đồng") is money with no funding word (trap).
- Pupils who listened ("1.150 lượt học sinh") are audience `all`.
"""
from build_gold import Doc, F, U, end_of, inst, quarter, since, term, year

SOCSON, HOANGMAI = U("Huyện Sóc Sơn"), U("Quận Hoàng Mai")
CHUONGMY, HBT = U("Huyện Chương Mỹ"), U("Quận Hai Bà Trưng")

# ---------------------------------------------------------------------------------------------
T05 = """
Tuyên giáo Sóc Sơn
02 tháng 10, 2020 lúc 20:15

[TỔNG KẾT QUÝ III/2020] NHÌN LẠI BA THÁNG CÔNG TÁC TUYÊN GIÁO CỦA HUYỆN

Quý III năm 2020 khép lại với nhiều dấu ấn: Đại hội đại biểu Đảng bộ huyện Sóc Sơn lần thứ XXV, nhiệm kỳ 2020 – 2025 diễn ra thành công (từ ngày 05 đến ngày 07/8/2020); công tác phòng, chống dịch COVID-19 đợt 2 được triển khai nghiêm túc. Ban Tuyên giáo Huyện ủy Sóc Sơn xin điểm lại một số kết quả:

- 26 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ huyện và các chỉ thị, kết luận của Trung ương, Thành ủy; 6.418 lượt cán bộ, đảng viên tham dự.
- 1.062 buổi sinh hoạt chi bộ thảo luận, góp ý dự thảo Văn kiện Đại hội XIII của Đảng; 2.315 ý kiến đóng góp đã được tổng hợp.
- 318 tin, bài, ảnh đăng trên Cổng thông tin điện tử huyện và trang này; 14 số chương trình “Sóc Sơn – Đảng trong cuộc sống” phát trên Đài Truyền thanh huyện.
- 57 buổi tuyên truyền miệng tại thôn, xóm và Khu công nghiệp Nội Bài, khoảng 8.600 lượt người nghe.
- 4.120 băng rôn, khẩu hiệu và 86 cụm pano tuyên truyền Đại hội.
- 2 lớp bồi dưỡng nghiệp vụ cho 146 tuyên truyền viên, cộng tác viên dư luận xã hội cơ sở.
- 9 báo cáo nhanh về dư luận xã hội gửi Ban Tuyên giáo Thành ủy.
- 312 nhóm Zalo thôn, xóm với 41.500 thành viên đang được duy trì.
- Cuộc thi trực tuyến “Tìm hiểu lịch sử Đảng bộ huyện Sóc Sơn” thu hút 11.257 lượt người dự thi; Ban Tổ chức trao 1 giải Đặc biệt, 2 giải Nhất và 35 giải khác.

Sóc Sơn là huyện có diện tích lớn nhất Thủ đô (gần 305 km²) với 25 xã, 1 thị trấn và khoảng 350 nghìn dân. Hiện Ban quản lý 3 trang fanpage; riêng trang “Tuyên giáo Sóc Sơn” hiện có 12.684 người theo dõi. Cảm ơn các bạn đã đồng hành!

Quý IV, Ban sẽ phối hợp tổ chức Hội thi báo cáo viên giỏi cấp huyện lần thứ 2 và mở thêm 2 lớp bồi dưỡng cho bí thư chi bộ thôn. Mọi ý kiến phản ánh xin gửi về Ban Tuyên giáo Huyện ủy, ĐT: 024.38843217.

#TuyenGiaoSocSon #DaiHoiXIII
"""
D05 = "2020-10-02"
P05 = quarter(3, 2020)

# ---------------------------------------------------------------------------------------------
T06 = """
Thứ Ba, 16/06/2020 - 15:42

Quận Hoàng Mai tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020

Sáng nay, Quận ủy Hoàng Mai tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020, chuẩn bị cho Đại hội đại biểu Đảng bộ quận lần thứ IV. Hoàng Mai hiện là quận đông dân nhất Thủ đô với 14 phường, hơn 500 nghìn người; riêng Khu đô thị Linh Đàm có 36 tòa chung cư.

Phát biểu tại hội nghị, đồng chí Nguyễn Thị Thanh Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Hoàng Mai nhấn mạnh công tác tuyên giáo của quận đã “đi trước một bước” trong suốt nhiệm kỳ. Dưới đây là trích phát biểu của đồng chí.

“Thưa các đồng chí, cả nhiệm kỳ, Ban Tuyên giáo đã tham mưu Ban Thường vụ Quận ủy ban hành 146 văn bản lãnh đạo, chỉ đạo, hướng dẫn; tổ chức 112 hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và Thành ủy, bình quân mỗi năm 22 hội nghị, với hơn 98.000 lượt cán bộ, đảng viên. Tỷ lệ đảng viên tham gia học tập nghị quyết luôn đạt trên 95%.

“Chúng ta đã triển khai 4 đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ; Trung tâm Chính trị quận mở 48 lớp bồi dưỡng lý luận chính trị cho đảng viên mới và quần chúng cảm tình Đảng với 3.215 học viên.

“Tuyên truyền miệng là kênh mà chúng ta làm bài bản nhất. Hội nghị báo cáo viên được duy trì đều đặn, tổng cộng 64 hội nghị. Đội ngũ báo cáo viên của quận hiện có 38 đồng chí, thực hiện 1.260 buổi nói chuyện tại tổ dân phố, trường học, doanh nghiệp, thu hút trên 150.000 lượt người nghe. Tôi vẫn nhớ lời một bác tổ trưởng ở Linh Đàm: ‘Tổ tôi 3 tòa nhà, 1.200 hộ, họp một lần mất cả tuần mới báo xong’.

“Bản tin Sinh hoạt chi bộ phát hành đủ 60 số; Cổng thông tin điện tử quận đăng hơn 4.600 tin, bài. Mạng lưới cộng tác viên dư luận xã hội của quận hiện có 45 đồng chí, cả nhiệm kỳ gửi 460 báo cáo về tình hình tư tưởng, dư luận.

“Trong nhiệm kỳ, 32 tập thể và 71 cá nhân được Quận ủy khen thưởng vì thành tích trong công tác tuyên giáo; Ban Tuyên giáo Quận ủy 3 năm liền được Thành ủy tặng Cờ thi đua. Nhiệm kỳ 2020 – 2025, chúng ta phấn đấu 100% tổ dân phố có nhóm Zalo và ít nhất 50% chi bộ ứng dụng sổ tay điện tử.”

Phát biểu chỉ đạo, đồng chí Bí thư Quận ủy đề nghị Ban Tuyên giáo tập trung tuyên truyền Đại hội XIII của Đảng, kỷ niệm 75 năm Cách mạng Tháng Tám và Quốc khánh 2/9.
"""
D06 = "2020-06-16"
P06 = term(2015, 2020)

# ---------------------------------------------------------------------------------------------
T07 = """
HUYỆN ỦY CHƯƠNG MỸ
BAN TUYÊN GIÁO
*
Số 47-BC/BTGHU

ĐẢNG CỘNG SẢN VIỆT NAM
Chương Mỹ, ngày 20 tháng 12 năm 2016

BÁO CÁO
Kết quả công tác tuyên giáo năm 2016, phương hướng, nhiệm vụ năm 2017

Chương Mỹ là huyện bán sơn địa ở phía Tây Nam Thủ đô, diện tích khoảng 237 km², gồm 30 xã, 2 thị trấn, dân số trên 330 nghìn người; Đảng bộ huyện có 79 tổ chức cơ sở đảng với hơn 14.000 đảng viên. Quốc lộ 6 và đường Hồ Chí Minh chạy qua địa bàn.

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2016

Năm 2016, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 31 văn bản chỉ đạo, hướng dẫn về công tác tư tưởng; tổ chức 4 hội nghị cấp huyện học tập, quán triệt Nghị quyết Đại hội XII của Đảng, Nghị quyết Đại hội XVI Đảng bộ Thành phố và Nghị quyết Đại hội XXIII Đảng bộ huyện với 1.926 cán bộ chủ chốt dự; các đảng bộ, chi bộ cơ sở tổ chức 212 lớp với 19.873 lượt đảng viên, đạt 96,83%, cùng 8.412 lượt quần chúng; các chi bộ tổ chức 1.356 buổi sinh hoạt chuyên đề gắn với Chỉ thị 05-CT/TW; triển khai 2 đợt sinh hoạt chính trị về Nghị quyết Trung ương 4 khóa XII; Trung tâm Bồi dưỡng chính trị huyện mở 14 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới, nhận thức về Đảng với 1.148 học viên; đội ngũ 42 báo cáo viên cấp huyện duy trì 12 hội nghị báo cáo viên định kỳ, mỗi tháng một lần; các báo cáo viên, tuyên truyền viên tổ chức 684 buổi nói chuyện tại 32 xã, thị trấn với trên 61.000 lượt người nghe; Bản tin Thông tin nội bộ phát hành 12 số, mỗi số 1.500 cuốn; Đài Truyền thanh huyện phát sóng 156 chương trình thời sự; mạng lưới 28 cộng tác viên dư luận xã hội gửi 36 báo cáo tình hình tư tưởng, dư luận; Ban Thường vụ Huyện ủy khen thưởng 9 tập thể, 27 cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Công tác tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 (ngày 22/5/2016) được thực hiện tốt, tỷ lệ cử tri đi bầu đạt 99,4%.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017

Tổ chức 5 hội nghị cấp huyện học tập, quán triệt các nghị quyết Trung ương; mở 15 lớp bồi dưỡng lý luận chính trị; phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng quý; tỷ lệ đảng viên dự học tập đạt trên 95%.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu.

TRƯỞNG BAN
(đã ký)
Nguyễn Văn Hưng
"""
D07 = "2016-12-20"
P07 = year(2016)

# ---------------------------------------------------------------------------------------------
T08 = """
QUẬN ỦY HAI BÀ TRƯNG
BAN TUYÊN GIÁO
Số 28-TB/BTGQU
Hai Bà Trưng, ngày 26 tháng 3 năm 2018

THÔNG BÁO
Kết quả Hội thi báo cáo viên, tuyên truyền viên giỏi và Cuộc thi trực tuyến “Tìm hiểu 50 năm Tổng tiến công và nổi dậy Xuân Mậu Thân 1968”

Thực hiện Kế hoạch số 86-KH/BTGQU ngày 12/01/2018 của Ban Tuyên giáo Quận ủy, từ ngày 05/3 đến nay, Ban Tuyên giáo Quận ủy Hai Bà Trưng đã tổ chức Hội thi báo cáo viên, tuyên truyền viên giỏi (vòng sơ khảo chia theo 3 cụm phường và vòng chung kết), đồng thời phát động Cuộc thi trực tuyến trên Trang thông tin điện tử của quận. Kết quả cụ thể như sau:

1. Hội thi báo cáo viên, tuyên truyền viên giỏi
- Số thí sinh dự thi: 54, đến từ 20 phường và 9 chi, đảng bộ khối cơ quan, doanh nghiệp.
- Thí sinh vào vòng chung kết: 18.
- Ban Giám khảo trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích; chọn 3 thí sinh xuất sắc nhất dự Hội thi cấp Thành phố vào tháng 5/2018.

2. Cuộc thi trực tuyến
- Lượt người dự thi: 23.846, trong đó đoàn viên thanh niên chiếm khoảng 61%.
- Bài dự thi viết (tự luận) của các chi bộ: 412.
- Số đảng viên chưa tham gia dự thi: 1.862.
- Giải thưởng: 1 giải Đặc biệt, 3 giải Nhất, 5 giải Nhì, 8 giải Ba và 20 giải Khuyến khích; tổng giá trị giải thưởng 45 triệu đồng.

3. Công tác tuyên truyền phục vụ Hội thi, Cuộc thi
- Tin, bài giới thiệu trên Trang thông tin điện tử quận: 46.
- Video clip các phần thi chia sẻ trên fanpage “Tuổi trẻ Hai Bà Trưng”: 27.
- Tờ gấp in và phát tới các tổ dân phố: 2.000.
- Buổi tuyên truyền tại trường THCS: 8, với 1.150 lượt học sinh nghe.
- Lớp tập huấn kỹ năng thuyết trình: 2, cho 64 báo cáo viên cơ sở.

4. Khen thưởng
Ban Thường vụ Quận ủy tặng giấy khen cho 7 tập thể có tỷ lệ dự thi cao và 12 cá nhân có thành tích trong tổ chức Hội thi; Ban Tổ chức đề nghị Ban Tuyên giáo Thành ủy tặng giấy khen cho 1 tập thể.

Đội ngũ báo cáo viên cấp quận hiện có 41 đồng chí. Mọi thắc mắc về kết quả xin liên hệ Ban Tuyên giáo Quận ủy, số 30 Lê Đại Hành; điện thoại 024.39782115.

Nơi nhận:
- Thường trực Quận ủy;
- Các chi, đảng bộ trực thuộc;
- Lưu BTG.
"""
D08 = "2018-03-26"
P08 = since("2018-03-05", D08)

DOCS = [
    Doc("h13_05_socson_fanpage_q3_2020", T05, SOCSON, P05, D05, "text", facts=[
        F("- 26 hội nghị học tập", 26, "study_sessions"),
        F("6.418 lượt cán bộ, đảng viên", 6418, "study_attendance", a="party_members"),
        F("1.062 buổi sinh hoạt chi bộ", 1062, "party_cell_discussions"),
        F("2.315 ý kiến đóng góp", 2315, "other"),
        F("318 tin, bài, ảnh", 318, "news_items"),
        F("14 số chương trình", 14, "news_items"),
        F("57 buổi tuyên truyền miệng", 57, "oral_propaganda_sessions"),
        F("khoảng 8.600 lượt người nghe", 8600, "propaganda_audience", "approx"),
        F("4.120 băng rôn, khẩu hiệu", 4120, "other"),
        F("86 cụm pano", 86, "other"),
        F("- 2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes"),
        F("cho 146 tuyên truyền viên", 146, "trainees"),
        F("9 báo cáo nhanh về dư luận xã hội", 9, "opinion_reports"),
        F("312 nhóm Zalo", 312, "chat_groups", p=end_of(P05)),
        F("41.500 thành viên", 41500, "chat_group_members", p=end_of(P05)),
        F("11.257 lượt người dự thi", 11257, "contest_entries"),
        F("quản lý 3 trang fanpage", 3, "social_pages", p=inst(D05)),
        F("hiện có 12.684 người theo dõi", 12684, "propaganda_audience", p=inst(D05)),
    ], traps=[("02 tháng 10, 2020", 2), ("20:15", 20), ("QUÝ III/2020", 2020),
              ("BA THÁNG", 3), ("Quý III năm 2020", 2020), ("nhiệm kỳ 2020 – 2025", 2020),
              ("ngày 05", 5), ("ngày 07/8/2020", 7), ("đợt 2", 2), ("Đại hội XIII", 13),
              ("1 giải Đặc biệt", 1), ("2 giải Nhất", 2), ("35 giải khác", 35),
              ("gần 305 km²", 305), ("25 xã", 25), ("1 thị trấn", 1),
              ("khoảng 350 nghìn dân", 350000), ("lần thứ 2", 2), ("thêm 2 lớp", 2),
              ("024.38843217", 24)]),
    Doc("h13_06_hoangmai_nhiemky_2015_2020", T06, HOANGMAI, P06, D06, "text", facts=[
        F("ban hành 146 văn bản", 146, "documents_issued"),
        F("tổ chức 112 hội nghị học tập", 112, "study_sessions"),
        F("hơn 98.000 lượt cán bộ, đảng viên", 98000, "study_attendance", "at_least",
          "party_members"),
        F("luôn đạt trên 95%", 95, "study_participation_rate", "at_least"),
        F("triển khai 4 đợt sinh hoạt chính trị", 4, "political_campaigns"),
        F("mở 48 lớp bồi dưỡng", 48, "training_classes"),
        F("với 3.215 học viên", 3215, "trainees"),
        F("tổng cộng 64 hội nghị", 64, "reporter_conferences"),
        F("hiện có 38 đồng chí", 38, "reporters", p=inst(D06)),
        F("1.260 buổi nói chuyện", 1260, "oral_propaganda_sessions"),
        F("trên 150.000 lượt người nghe", 150000, "propaganda_audience", "at_least"),
        F("phát hành đủ 60 số", 60, "news_items"),
        F("đăng hơn 4.600 tin, bài", 4600, "news_items", "at_least"),
        F("hiện có 45 đồng chí", 45, "opinion_collaborators", p=inst(D06)),
        F("gửi 460 báo cáo", 460, "opinion_reports"),
        F("32 tập thể", 32, "commended_collectives"),
        F("71 cá nhân", 71, "commended_individuals"),
    ], traps=[("16/06/2020", 16), ("15:42", 15), ("nhiệm kỳ 2015 – 2020", 2015),
              ("lần thứ IV", 4), ("14 phường", 14), ("hơn 500 nghìn người", 500000),
              ("36 tòa chung cư", 36), ("bình quân mỗi năm 22 hội nghị", 22),
              ("Tổ tôi 3 tòa nhà", 3), ("1.200 hộ", 1200), ("3 năm liền", 3),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("100% tổ dân phố", 100),
              ("ít nhất 50% chi bộ", 50), ("Đại hội XIII", 13), ("75 năm", 75),
              ("Quốc khánh 2/9", 2)]),
    Doc("h13_07_chuongmy_nam_2016", T07, CHUONGMY, P07, D07, "text", facts=[
        F("ban hành 31 văn bản", 31, "documents_issued"),
        F("tổ chức 4 hội nghị cấp huyện", 4, "study_sessions"),
        F("1.926 cán bộ chủ chốt", 1926, "study_attendance", a="party_members"),
        F("tổ chức 212 lớp", 212, "study_sessions"),
        F("19.873 lượt đảng viên", 19873, "study_attendance", a="party_members"),
        F("đạt 96,83%", 96.83, "study_participation_rate"),
        F("8.412 lượt quần chúng", 8412, "study_attendance", a="masses"),
        F("1.356 buổi sinh hoạt chuyên đề", 1356, "party_cell_discussions"),
        F("triển khai 2 đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("mở 14 lớp sơ cấp", 14, "training_classes"),
        F("với 1.148 học viên", 1148, "trainees"),
        F("đội ngũ 42 báo cáo viên", 42, "reporters", p=end_of(P07)),
        F("duy trì 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("684 buổi nói chuyện", 684, "oral_propaganda_sessions"),
        F("trên 61.000 lượt người nghe", 61000, "propaganda_audience", "at_least"),
        F("phát hành 12 số", 12, "news_items"),
        F("phát sóng 156 chương trình", 156, "news_items"),
        F("mạng lưới 28 cộng tác viên", 28, "opinion_collaborators", p=end_of(P07)),
        F("gửi 36 báo cáo", 36, "opinion_reports"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("27 cá nhân", 27, "commended_individuals"),
    ], traps=[("Số 47-BC/BTGHU", 47), ("ngày 20 tháng 12 năm 2016", 20),
              ("năm 2016", 2016), ("năm 2017", 2017), ("khoảng 237 km²", 237),
              ("30 xã", 30), ("2 thị trấn", 2), ("trên 330 nghìn người", 330000),
              ("79 tổ chức cơ sở đảng", 79), ("hơn 14.000 đảng viên", 14000),
              ("Quốc lộ 6", 6), ("NĂM 2016", 2016), ("Năm 2016", 2016),
              ("Đại hội XII của Đảng", 12), ("Đại hội XVI", 16), ("Đại hội XXIII", 23),
              ("05-CT/TW", 5), ("Trung ương 4", 4), ("khóa XII", 12),
              ("tại 32 xã, thị trấn", 32), ("mỗi số 1.500 cuốn", 1500), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5/2016", 22), ("đạt 99,4%", 99.4),
              ("NĂM 2017", 2017), ("Tổ chức 5 hội nghị", 5), ("mở 15 lớp", 15),
              ("100% chi bộ", 100), ("trên 95%", 95)]),
    Doc("h13_08_haibatrung_cuocthi_2018", T08, HBT, P08, D08, "text", facts=[
        F("Số thí sinh dự thi: 54", 54, "contest_entries"),
        F("Lượt người dự thi: 23.846", 23846, "contest_entries"),
        F("của các chi bộ: 412", 412, "contest_entries"),
        F("chưa tham gia dự thi: 1.862", 1862, "other"),
        F("Trang thông tin điện tử quận: 46", 46, "news_items"),
        F("“Tuổi trẻ Hai Bà Trưng”: 27", 27, "news_items"),
        F("phát tới các tổ dân phố: 2.000", 2000, "other"),
        F("trường THCS: 8", 8, "oral_propaganda_sessions"),
        F("1.150 lượt học sinh", 1150, "propaganda_audience"),
        F("kỹ năng thuyết trình: 2", 2, "training_classes"),
        F("cho 64 báo cáo viên", 64, "trainees"),
        F("cho 7 tập thể", 7, "commended_collectives"),
        F("12 cá nhân", 12, "commended_individuals"),
        F("hiện có 41 đồng chí", 41, "reporters", p=inst(D08)),
    ], traps=[("HAI BÀ TRƯNG", 2), ("Hai Bà Trưng", 2), ("Số 28-TB/BTGQU", 28),
              ("ngày 26 tháng 3 năm 2018", 26), ("50 năm", 50), ("Mậu Thân 1968", 1968),
              ("Kế hoạch số 86-KH/BTGQU", 86), ("ngày 12/01/2018", 12),
              ("từ ngày 05/3", 5), ("3 cụm phường", 3), ("1. Hội thi", 1),
              ("20 phường", 20), ("9 chi, đảng bộ khối", 9),
              ("Thí sinh vào vòng chung kết: 18", 18), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("3 giải Ba", 3), ("6 giải Khuyến khích", 6),
              ("chọn 3 thí sinh xuất sắc nhất", 3), ("tháng 5/2018", 5),
              ("2. Cuộc thi", 2), ("khoảng 61%", 61), ("1 giải Đặc biệt", 1),
              ("3 giải Nhất", 3), ("5 giải Nhì", 5), ("8 giải Ba", 8),
              ("20 giải Khuyến khích", 20), ("45 triệu đồng", 45000000),
              ("3. Công tác", 3), ("4. Khen thưởng", 4), ("cho 1 tập thể", 1),
              ("số 30 Lê Đại Hành", 30), ("024.39782115", 24)]),
]
