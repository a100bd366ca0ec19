"""Holdout63, part 1: commendations and model emulation (học tập và làm theo Bác) in Ho Chi Minh
City: Quận Gò Vấp (2016), Huyện Củ Chi (6 months of 2019, an administrative report) and the new
Phường Bảy Hiền (second half of 2025). Written from docs/LABELING.md only, without reading the
extractor or any other evaluation set (format from holdout2/_src/g01 only).

Decisions where the guide leaves room:
- Pledges signed ("đăng ký 9.410 bản cam kết làm theo Bác") and models built or registered
  ("xây dựng 46 mô hình", "- Mô hình, điển hình mới đăng ký thực hiện: 67") are counted results
  outside the taxonomy: `other`. So are a ward's social work results an official gives for the
  ward ("vận động được 142 suất học bổng", "sửa 9 căn nhà").
- A commendation by the district's People's Committee ("Ủy ban nhân dân huyện tặng giấy khen cho
  9 tập thể, 17 cá nhân") is the district's, like one by its party committee: a second pair of
  commendation facts for the same unit and period.
- A list label that names the places of the talks without brackets ("Buổi nói chuyện chuyên đề
  ... tại 21 xã, thị trấn: 64") keeps the places as geography (a trap, like "tại 32 khu phố"); the
  count after the colon is the fact.
- "Từ tháng 7 đến tháng 12" in a report on the second half of 2025 is the range July-December
  2025 (= the report's half-year); "Từ khi phường đi vào hoạt động đến nay" runs from
  2025-07-01 to the document date.
- Names holding number words (Nguyễn Thị Tám, Trần Văn Bảy, Bảy Hiền) are written as traps.
"""
import re

from build_gold import Doc, F, U, W, h1, h2, since, year


def heads(text: str) -> list[tuple[str, float]]:
    """Traps for the numbers of numbered headings and numbered plan lines ("1. Công tác ...")."""
    return [(m.group(0), int(m.group(1))) for m in re.finditer(r"(?m)^(\d+)\. \S+", text)]

GV = U("Quận Gò Vấp")
CC = U("Huyện Củ Chi")
BH = W("Phường Bảy Hiền", "79")

T01 = """
Gò Vấp: Lan tỏa những tấm gương bình dị trong học tập và làm theo Bác

(Thanhuytphcm.vn) - Chiều 27/12/2016, Quận ủy Gò Vấp tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016 và biểu dương điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Năm 2016 là năm đầu tiên Đảng bộ quận triển khai Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Ngay sau khi có hướng dẫn của Thành ủy, Ban Thường vụ Quận ủy đã ban hành 7 văn bản (2 kế hoạch, 5 hướng dẫn) để cụ thể hóa chỉ thị, gắn với chuyên đề năm 2016 về ý thức tổ chức kỷ luật, tinh thần trách nhiệm, kiên quyết chống chủ nghĩa cá nhân.

Quận tổ chức 2 hội nghị cấp quận quán triệt Chỉ thị cho 1.150 cán bộ chủ chốt. Tại cơ sở, các chi, đảng bộ mở 218 lớp với 9.864 lượt đảng viên tham dự, đạt 97,3%. Cùng với đó, quận triển khai hai đợt sinh hoạt chính trị, tư tưởng trong cán bộ, đảng viên; các chi bộ tổ chức 1.326 buổi sinh hoạt chuyên đề, mỗi chi bộ chọn một việc cụ thể để làm theo Bác.

Từ các phong trào ở cơ sở, nhiều cách làm hay được nhân rộng. Cán bộ, đảng viên đăng ký 9.410 bản cam kết làm theo Bác gắn với nhiệm vụ được giao; toàn quận xây dựng 46 mô hình “Làm theo Bác” ở khu phố, trường học, doanh nghiệp, tăng 9 mô hình so với năm 2015. Bản tin “Gò Vấp ngày nay” của Quận ủy duy trì chuyên mục “Làm theo gương Bác”, phát hành 12 số trong năm, mỗi số 2.000 bản; Đài Truyền thanh quận phát 48 kỳ chuyên mục “Người tốt, việc tốt”.

Bà Nguyễn Thị Tám, tổ trưởng tổ dân phố 41, phường 16, người được biểu dương tại hội nghị, chia sẻ: “Tổ tôi có 96 hộ, hồi trước hẻm tối lắm. Mình vận động mỗi nhà góp một bóng đèn, giờ con hẻm sáng trưng, 3 năm liền không có vụ trộm nào”.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 38 tập thể và 74 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2016; đồng thời đề nghị Ban Thường vụ Thành ủy tặng bằng khen cho 3 tập thể, 5 cá nhân. Ủy ban nhân dân quận cũng khen thưởng 12 cá nhân xuất sắc trong phong trào “Người tốt, việc tốt”.

Phát biểu chỉ đạo, đồng chí Bí thư Quận ủy đề nghị năm 2017 các cấp ủy đưa việc làm theo Bác thành nội dung thường xuyên của sinh hoạt chi bộ. Quận phấn đấu mỗi khu phố có ít nhất 1 mô hình làm theo Bác và dự kiến tổ chức Hội thi “Kể chuyện về Bác” với khoảng 60 đội thi vào dịp kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh.
"""

T02 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH          ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY CỦ CHI
BAN TUYÊN GIÁO
*
Số 142-BC/BTGHU                       Củ Chi, ngày 28 tháng 6 năm 2019

BÁO CÁO
Kết quả thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị
6 tháng đầu năm 2019

Thực hiện Hướng dẫn số 86-HD/BTGTU của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Huyện ủy Củ Chi báo cáo kết quả 6 tháng đầu năm 2019 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Huyện ủy ban hành 06 văn bản chỉ đạo về học tập chuyên đề năm 2019 và tổ chức kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh; Ban Tuyên giáo Huyện ủy ban hành 04 văn bản hướng dẫn cơ sở.

2. Học tập chuyên đề năm 2019 “Xây dựng ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”
- Hội nghị cấp huyện: 01; số lớp ở cơ sở: 243
- Lượt cán bộ, đảng viên dự học: 11.862; tỷ lệ: 96,8%
- Lượt quần chúng dự nghe: 5.420
- Số đảng viên chưa tham gia: 391 người (chủ yếu đi làm ăn xa, ốm đau)

3. Xây dựng, nhân rộng điển hình
- Mô hình, điển hình mới đăng ký thực hiện: 67
- Tin, bài giới thiệu gương điển hình trên trang thông tin điện tử huyện: 35
- Cuộc thi sáng tác “Củ Chi – đất thép làm theo lời Bác” – bài dự thi: 418
- Buổi nói chuyện chuyên đề về Di chúc của Bác tại 21 xã, thị trấn: 64 – lượt người nghe: khoảng 7.300

4. Công tác khen thưởng
Nhân kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2019), Ban Thường vụ Huyện ủy khen thưởng 21 tập thể, 46 cá nhân điển hình trong học tập và làm theo Bác; Ủy ban nhân dân huyện tặng giấy khen cho 9 tập thể, 17 cá nhân. Ngoài ra, 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. HẠN CHẾ
Một số chi bộ ấp còn lúng túng trong việc cụ thể hóa nội dung làm theo; việc đăng ký mô hình ở một số nơi còn hình thức. So với cùng kỳ năm 2018, số lượt quần chúng dự nghe giảm 612 lượt.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
- Tổ chức Hội thi “Tìm hiểu Di chúc của Chủ tịch Hồ Chí Minh” cấp huyện với khoảng 25 đội thi.
- Phấn đấu 100% chi bộ có nội dung làm theo Bác trong nghị quyết sinh hoạt hằng tháng.
- Hoàn thành sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW trước ngày 30/9/2019.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Huyện ủy;
- Lưu.
                                  K/T TRƯỞNG BAN
                                  PHÓ TRƯỞNG BAN
"""

T03 = """
Thứ Sáu, ngày 9 tháng 1 năm 2026

Phường Bảy Hiền: Làm theo Bác từ những việc nhỏ ở khu phố

(Thanhuytphcm.vn) - Ngày 8/1, Đảng ủy phường Bảy Hiền tổ chức hội nghị sơ kết công tác tuyên giáo và việc học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh 6 tháng cuối năm 2025.

Phường Bảy Hiền được thành lập trên cơ sở các phường 10, 11 và 12 của quận Tân Bình (cũ), với hơn 95 nghìn dân, nhiều khu chợ và cơ sở may mặc. Từ khi phường đi vào hoạt động đến nay, Ban Thường vụ Đảng ủy phường đã ban hành 9 văn bản lãnh đạo, chỉ đạo công tác tư tưởng; Ban Xây dựng Đảng hiện chỉ có 5 cán bộ phụ trách mảng tuyên giáo.

6 tháng cuối năm 2025, phường tổ chức 03 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I và Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030, với 2.846 lượt cán bộ, đảng viên tham dự, đạt 96,7%. Các chi bộ khu phố đưa nội dung làm theo Bác vào sinh hoạt định kỳ và đăng ký 58 công trình, phần việc gắn với chăm lo an sinh.

Đồng chí Lê Thị Mỹ Dung, Phó Bí thư Thường trực Đảng ủy phường, cho biết: “Chúng tôi chọn cách làm theo Bác bằng những việc người dân nhìn thấy được. Sáu tháng qua, các khu phố đã vận động được 142 suất học bổng cho học sinh nghèo, sửa 9 căn nhà cho hộ khó khăn. Đảng ủy phường cũng đã khen thưởng đột xuất 6 cá nhân có hành động dũng cảm trong vụ cháy gần chợ Phạm Văn Hai”.

Ông Trần Văn Bảy, 71 tuổi, tổ trưởng tổ dân phố 27, khu phố 5, kể: “Hẻm tôi có 63 hộ, nhà nào cũng có người vào nhóm Zalo của tổ. Thông báo gì lên nhóm là bà con biết liền”.

Trên không gian mạng, phường hiện duy trì fanpage “Phường Bảy Hiền” với hơn 8.600 người theo dõi và 37 nhóm Zalo khu phố. Từ tháng 7 đến tháng 12, fanpage đăng 426 tin, bài, video; riêng loạt video ngắn “Người Bảy Hiền làm theo lời Bác” thu hút khoảng 160.000 lượt xem.

Tại hội nghị, Ban Thường vụ Đảng ủy phường tặng giấy khen cho 12 tập thể và 27 cá nhân tiêu biểu trong học tập và làm theo Bác; 2 tập thể được đề nghị Ủy ban nhân dân Thành phố tặng bằng khen.

Năm 2026, phường phấn đấu mỗi khu phố xây dựng ít nhất 1 mô hình làm theo Bác, nâng số người theo dõi fanpage lên 15.000 và tổ chức Hội thi tuyên truyền viên giỏi vào dịp kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh.
"""

D01, D02, D03 = "2016-12-27", "2019-06-28", "2026-01-09"

DOCS = [
    Doc("syn_h63_01_govap_2016", T01, GV, year(2016), D01, "text", facts=[
        F("ban hành 7 văn bản", 7, "documents_issued"),
        F("tổ chức 2 hội nghị cấp quận quán triệt", 2, "study_sessions"),
        F("cho 1.150 cán bộ chủ chốt", 1150, "study_attendance", a="party_members"),
        F("mở 218 lớp", 218, "study_sessions"),
        F("với 9.864 lượt đảng viên", 9864, "study_attendance", a="party_members"),
        F("đạt 97,3%", 97.3, "study_participation_rate"),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("tổ chức 1.326 buổi sinh hoạt chuyên đề", 1326, "party_cell_discussions"),
        F("đăng ký 9.410 bản cam kết", 9410, "other"),
        F("xây dựng 46 mô hình", 46, "other"),
        F("phát hành 12 số trong năm", 12, "news_items"),
        F("phát 48 kỳ chuyên mục", 48, "news_items"),
        F("giấy khen cho 38 tập thể", 38, "commended_collectives"),
        F("74 cá nhân điển hình", 74, "commended_individuals"),
        F("khen thưởng 12 cá nhân xuất sắc", 12, "commended_individuals"),
    ], traps=[("Chiều 27/12/2016", 27), ("05-CT/TW", 5), ("ngày 15/5/2016", 15),
              ("2 kế hoạch", 2), ("5 hướng dẫn", 5), ("chuyên đề năm 2016", 2016),
              ("tăng 9 mô hình", 9), ("năm 2015", 2015), ("mỗi số 2.000 bản", 2000),
              ("Nguyễn Thị Tám", 8), ("tổ dân phố 41", 41), ("phường 16", 16),
              ("có 96 hộ", 96), ("3 năm liền", 3), ("3 tập thể", 3), ("5 cá nhân", 5),
              ("năm 2017", 2017), ("ít nhất 1 mô hình", 1), ("khoảng 60 đội thi", 60),
              ("127 năm", 127)]),
    Doc("syn_h63_02_cuchi_2019", T02, CC, h1(2019), D02, "text", facts=[
        F("ban hành 06 văn bản chỉ đạo", 6, "documents_issued"),
        F("ban hành 04 văn bản hướng dẫn", 4, "documents_issued"),
        F("Hội nghị cấp huyện: 01", 1, "study_sessions"),
        F("số lớp ở cơ sở: 243", 243, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự học: 11.862", 11862, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 96,8%", 96.8, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 5.420", 5420, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 391 người", 391, "other"),
        F("đăng ký thực hiện: 67", 67, "other"),
        F("trang thông tin điện tử huyện: 35", 35, "news_items"),
        F("bài dự thi: 418", 418, "contest_entries"),
        F("xã, thị trấn: 64", 64, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 7.300", 7300, "propaganda_audience", "approx"),
        F("khen thưởng 21 tập thể", 21, "commended_collectives"),
        F("46 cá nhân điển hình", 46, "commended_individuals"),
        F("giấy khen cho 9 tập thể", 9, "commended_collectives"),
        F("17 cá nhân", 17, "commended_individuals"),
    ], traps=[("Số 142-BC/BTGHU", 142), ("ngày 28 tháng 6 năm 2019", 28),
              ("Chỉ thị 05-CT/TW", 5), ("6 tháng đầu năm 2019", 6),
              ("Hướng dẫn số 86-HD/BTGTU", 86), ("chuyên đề năm 2019", 2019),
              ("50 năm", 50), ("tại 21 xã, thị trấn", 21), ("129 năm", 129),
              ("19/5/1890", 19), ("19/5/2019", 19), ("01 cá nhân được đề nghị", 1),
              ("cùng kỳ năm 2018", 2018), ("giảm 612 lượt", 612),
              ("6 THÁNG CUỐI NĂM 2019", 6), ("khoảng 25 đội thi", 25),
              ("100% chi bộ", 100), ("3 năm", 3), ("ngày 30/9/2019", 30)] + heads(T02)),
    Doc("syn_h63_03_bayhien_2025", T03, BH, h2(2025), D03, "text", facts=[
        F("ban hành 9 văn bản", 9, "documents_issued", p=since("2025-07-01", D03)),
        F("tổ chức 03 hội nghị học tập", 3, "study_sessions"),
        F("với 2.846 lượt cán bộ, đảng viên", 2846, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("đăng ký 58 công trình, phần việc", 58, "other"),
        F("vận động được 142 suất học bổng", 142, "other"),
        F("sửa 9 căn nhà", 9, "other"),
        F("khen thưởng đột xuất 6 cá nhân", 6, "commended_individuals"),
        F("hơn 8.600 người theo dõi", 8600, "propaganda_audience", "at_least", p=(D03, D03)),
        F("37 nhóm Zalo khu phố", 37, "chat_groups", p=(D03, D03)),
        F("fanpage đăng 426 tin, bài", 426, "news_items"),
        F("khoảng 160.000 lượt xem", 160000, "propaganda_audience", "approx"),
        F("giấy khen cho 12 tập thể", 12, "commended_collectives"),
        F("27 cá nhân tiêu biểu", 27, "commended_individuals"),
    ], traps=[("ngày 9 tháng 1 năm 2026", 9), ("Ngày 8/1", 8), ("Bảy Hiền", 7),
              ("6 tháng cuối năm 2025", 6), ("các phường 10", 10), ("10, 11", 11), ("và 12", 12),
              ("hơn 95 nghìn dân", 95000), ("chỉ có 5 cán bộ", 5),
              ("nhiệm kỳ 2025 – 2030", 2025), ("Trần Văn Bảy", 7), ("71 tuổi", 71),
              ("tổ dân phố 27", 27), ("khu phố 5", 5), ("có 63 hộ", 63),
              ("Từ tháng 7 đến tháng 12", 7), ("2 tập thể được đề nghị", 2),
              ("Năm 2026", 2026), ("ít nhất 1 mô hình", 1), ("lên 15.000", 15000),
              ("136 năm", 136)]),
]
