"""Held-out set holdout35, part 1: Hanoi districts before the 2025 reform (2017, 2019, 2022).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source
(holdout2/_src/g01_hcm_districts.py, for its format only), the seeds indicators.csv and
org_units.csv and the five sample reports (for style), without reading or running the
extractor. Decisions taken where the guide leaves room (for the whole set):
- A stock stated with no "hiện có / đến nay / tính đến" marker is an instant at the end of
  the governing period (end_of), also in a list line right under a line whose stock has its
  own bracketed date (the bracket dates only its own line).
- "một trong hai đợt sinh hoạt chính trị được Quận ủy phát động năm 2017" counts 2 campaigns
  of the year the sentence names (year 2017), not the article's quarter.
- "mở 1 lớp ... cho 85 cán bộ tuyên giáo" (a training class) counts the 85 as trainees.
- A concession's own month ("Dù tháng 1 phường chỉ tổ chức được 1 hội nghị báo cáo viên")
  makes a fact of that month; the main clause keeps the quarter.
- Transcript answers are put in “...” after "Đồng chí Trưởng ban:"; a resident's words in
  single quotes inside them are anecdotes.
- "đêm văn nghệ tuyên truyền", "buổi hướng dẫn cài đặt ứng dụng" are `other`.
"""
from build_gold import Doc, F, U, end_of, h1, inst, quarter, year

DANH, CGIAY, HMAI = U("Huyện Đông Anh"), U("Quận Cầu Giấy"), U("Quận Hoàng Mai")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
HUYỆN ỦY ĐÔNG ANH
BAN TUYÊN GIÁO
Số 47-BC/BTGHU

Đông Anh, ngày 18 tháng 6 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 20/5/2019 của Ban Tuyên giáo Thành ủy Hà Nội, Ban Tuyên giáo Huyện ủy Đông Anh báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2019 như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tham mưu, chỉ đạo
- Văn bản lãnh đạo, chỉ đạo đã ban hành: 18 (gồm 7 kế hoạch, 11 hướng dẫn và công văn)
- Ban Thường vụ Huyện ủy duy trì giao ban công tác tư tưởng định kỳ vào thứ Hai tuần đầu của tháng.

2. Học tập, quán triệt nghị quyết
- Hội nghị cấp huyện: 03 (tháng 2, tháng 4 và tháng 5)
- Lớp ở cơ sở: 164; lượt cán bộ, đảng viên dự: 15.208; tỷ lệ: 97,3%
- Lượt quần chúng dự nghe: 4.930
- Số đảng viên chưa tham gia: 412 người (chủ yếu là đảng viên cao tuổi, ốm đau)
- Các chi bộ tổ chức 512 buổi thảo luận về chuyên đề năm 2019 “Nâng cao ý thức trách nhiệm, hiệu quả công việc”

3. Công tác tuyên truyền
Nhân kỷ niệm 89 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2019) và 129 năm Ngày sinh Chủ tịch Hồ Chí Minh, các xã, thị trấn tổ chức:
- Buổi nói chuyện thời sự, tuyên truyền miệng: 236 – lượt người nghe: khoảng 21.400
- Băng rôn, khẩu hiệu, pano: 2.140
- Lượt xe loa tuyên truyền lưu động: 95
- Tin, bài trên Cổng thông tin điện tử huyện: 312; trên fanpage “Đông Anh ngày mới”: 186

4. Đội ngũ báo cáo viên, cộng tác viên dư luận xã hội
- Báo cáo viên cấp huyện: 38 đồng chí (tính đến 31/5/2019)
- Cộng tác viên dư luận xã hội: 54 đồng chí
- Hội nghị báo cáo viên: 02
- Báo cáo dư luận xã hội: 14 định kỳ, 5 đột xuất

5. Khen thưởng
Ban Thường vụ Huyện ủy tặng giấy khen cho 11 tập thể và 23 cá nhân có thành tích trong 3 năm thực hiện Chỉ thị 05-CT/TW; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 10 khóa XII (dự kiến 02 hội nghị cấp huyện).
2. Mở 4 lớp bồi dưỡng nghiệp vụ cho 120 cán bộ tuyên giáo cơ sở.
3. Phấn đấu 100% chi bộ tổ chức thảo luận chuyên đề; tổ chức hội thi báo cáo viên giỏi lần thứ 3.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (để b/c);
- Thường trực Huyện ủy;
- Lưu VP.
"""

T02 = """
Giữ “mạch” tuyên giáo ở quận tập trung nhiều trường đại học

Nhân dịp tổng kết năm 2022, phóng viên đã có cuộc trao đổi với đồng chí Nguyễn Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Cầu Giấy, về những kết quả nổi bật của công tác tuyên giáo trên địa bàn.

Phóng viên: Thưa đồng chí, Cầu Giấy là nơi tập trung nhiều trường đại học, viện nghiên cứu. Điều đó đặt ra yêu cầu gì với công tác tuyên giáo?

Đồng chí Trưởng ban: “Quận có 8 phường với khoảng 295 nghìn dân, lại có 14 trường đại học, học viện cùng gần 200 nghìn sinh viên. Đối tượng tuyên truyền rất đa dạng, tiếp cận thông tin nhanh, nên chúng tôi không thể làm theo lối cũ. Năm 2022, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 26 văn bản chỉ đạo về công tác tư tưởng, trong đó có Kế hoạch số 118-KH/QU về tuyên truyền Nghị quyết Đại hội XIII của Đảng.”

Phóng viên: Việc học tập, quán triệt nghị quyết năm qua được triển khai thế nào?

Đồng chí Trưởng ban: “Quận ủy tổ chức 4 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 4, 5, 6 khóa XIII. Các đảng bộ, chi bộ cơ sở mở 218 lớp, thu hút 24.630 lượt cán bộ, đảng viên, đạt 96,8%; riêng quần chúng có 6.100 lượt tham dự. Có chi bộ ở khu tập thể, bí thư phải đến tận nhà đọc tài liệu cho đảng viên 90 tuổi.”

Phóng viên: Còn tuyên truyền trên không gian mạng?

Đồng chí Trưởng ban: “Quận hiện có một cổng thông tin điện tử, hai fanpage chính danh và 8 fanpage của các phường. Năm qua, các trang này đăng hơn 3.400 tin, bài, video. Đến nay, các tổ dân phố đã lập 612 nhóm Zalo, số thành viên khoảng 46.000 người. Có bác tổ trưởng nói với tôi: ‘Tổ tôi 120 hộ, giờ báo họp chỉ cần gửi một tin nhắn là xong’. Đội ngũ 42 cộng tác viên dư luận xã hội của quận đã gửi 37 báo cáo định kỳ và 12 báo cáo đột xuất về tình hình tư tưởng.”

Phóng viên: Công tác bồi dưỡng, khen thưởng có điểm gì mới?

Đồng chí Trưởng ban: “Trung tâm Chính trị quận mở 9 lớp bồi dưỡng lý luận chính trị, đảng viên mới với 764 học viên. Chúng tôi tổ chức hội thi báo cáo viên giỏi với 21 thí sinh; 3 thí sinh đạt giải được chọn dự thi cấp thành phố. Cuối năm, Quận ủy khen thưởng 7 tập thể, 15 cá nhân. Năm 2023, quận phấn đấu 100% chi bộ có nhóm Zalo và mở thêm ít nhất 2 lớp bồi dưỡng kỹ năng viết tin, bài.”

Phóng viên: Xin cảm ơn đồng chí!
"""

T03 = """
Cập nhật ngày 09-10-2017

Hoàng Mai: Đưa Nghị quyết Trung ương 5 khóa XII đến từng chi bộ

(HMO) - Trong quý III năm 2017, Ban Tuyên giáo Quận ủy Hoàng Mai tham mưu tổ chức hai hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 5 khóa XII cho cán bộ chủ chốt của quận và 14 đảng bộ phường. Tiếp đó, các đảng bộ, chi bộ trực thuộc mở 196 lớp, thu hút 17.452 lượt cán bộ, đảng viên, đạt 95,9%; riêng quần chúng có gần 3.000 lượt dự nghe.

Cùng với học tập nghị quyết, quận tổ chức 74 buổi nói chuyện chuyên đề về chủ quyền biển, đảo và an toàn giao thông, với khoảng 8.600 lượt người nghe. Đội thông tin lưu động quận biểu diễn 12 đêm văn nghệ tuyên truyền tại các khu đô thị Linh Đàm, Định Công, Đại Kim.

“Tôi 71 tuổi, ở khu tập thể này hơn 30 năm, chưa thấy buổi nói chuyện nào gần gũi thế. Cán bộ nói về biển đảo mà tôi nhớ cả tên 7 hòn đảo”, ông Đỗ Văn Tám, tổ dân phố số 18, phường Định Công, chia sẻ.

Trong quý, trang thông tin điện tử của quận đăng 158 tin, bài; Bản tin Sinh hoạt chi bộ phát hành đủ 3 số, mỗi số 2.500 bản. Quận cũng hoàn thành đợt sinh hoạt chính trị về nâng cao ý thức chấp hành pháp luật, một trong hai đợt sinh hoạt chính trị được Quận ủy phát động năm 2017.

Dịp này, Ban Thường vụ Quận ủy biểu dương 5 tập thể và 9 cá nhân tiêu biểu trong thực hiện Chỉ thị 05-CT/TW. Theo kế hoạch, quý IV quận sẽ tổ chức hội nghị báo cáo viên và sơ kết 10 năm thực hiện Nghị quyết số 15-NQ/QU của Quận ủy. Mọi thông tin xin liên hệ Ban Tuyên giáo Quận ủy, số 8 ngõ 2 phố Bùi Huy Bích, điện thoại 024.3642.6815.
"""

D01, D02, D03 = "2019-06-18", "2023-01-12", "2017-10-09"
P01 = h1(2019)

DOCS = [
    Doc("h35_01", T01, DANH, P01, D01, "text", facts=[
        F("đã ban hành: 18", 18, "documents_issued"),
        F("Hội nghị cấp huyện: 03", 3, "study_sessions"),
        F("Lớp ở cơ sở: 164", 164, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 15.208", 15208, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,3%", 97.3, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 4.930", 4930, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 412 người", 412, "other"),
        F("tổ chức 512 buổi thảo luận", 512, "party_cell_discussions"),
        F("tuyên truyền miệng: 236", 236, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 21.400", 21400, "propaganda_audience", "approx"),
        F("Băng rôn, khẩu hiệu, pano: 2.140", 2140, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 95", 95, "other"),
        F("Cổng thông tin điện tử huyện: 312", 312, "news_items"),
        F("“Đông Anh ngày mới”: 186", 186, "news_items"),
        F("Báo cáo viên cấp huyện: 38 đồng chí", 38, "reporters", p=inst("2019-05-31")),
        F("Cộng tác viên dư luận xã hội: 54 đồng chí", 54, "opinion_collaborators",
          p=end_of(P01)),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("Báo cáo dư luận xã hội: 14 định kỳ", 14, "opinion_reports"),
        F("14 định kỳ, 5 đột xuất", 5, "opinion_reports"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 23 cá nhân", 23, "commended_individuals"),
    ], traps=[("Số 47-BC/BTGHU", 47), ("ngày 18 tháng 6 năm 2019", 18),
              ("6 tháng đầu năm 2019", 6), ("6 tháng cuối năm 2019", 6),
              ("Hướng dẫn số 12-HD/BTGTU", 12), ("ngày 20/5/2019", 20),
              ("gồm 7 kế hoạch", 7), ("11 hướng dẫn", 11), ("tháng 2", 2), ("tháng 4", 4),
              ("tháng 5)", 5), ("chuyên đề năm 2019", 2019), ("89 năm", 89),
              ("3/2/1930", 3), ("3/2/2019", 3), ("129 năm", 129), ("(tính đến 31/5/2019)", 31),
              ("3 năm", 3), ("05-CT/TW", 5), ("bằng khen cho 2 tập thể", 2),
              ("Trung ương 10", 10), ("02 hội nghị cấp huyện", 2), ("Mở 4 lớp", 4),
              ("120 cán bộ", 120), ("100% chi bộ", 100), ("lần thứ 3", 3),
              ("1. Công tác tham mưu", 1), ("2. Học tập", 2), ("3. Công tác tuyên truyền", 3),
              ("4. Đội ngũ", 4), ("5. Khen thưởng", 5), ("1. Tổ chức học tập", 1),
              ("2. Mở", 2), ("3. Phấn đấu", 3), ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019", 6)]),
    Doc("h35_02", T02, CGIAY, year(2022), D02, "sidecar", meta={"date": D02}, facts=[
        F("ban hành 26 văn bản chỉ đạo", 26, "documents_issued"),
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions"),
        F("mở 218 lớp", 218, "study_sessions"),
        F("thu hút 24.630 lượt cán bộ, đảng viên", 24630, "study_attendance",
          a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("riêng quần chúng có 6.100 lượt tham dự", 6100, "study_attendance", a="masses"),
        F("hiện có một cổng thông tin điện tử", 1, "websites", p=inst(D02)),
        F("hai fanpage chính danh", 2, "social_pages", p=inst(D02)),
        F("8 fanpage của các phường", 8, "social_pages", p=inst(D02)),
        F("đăng hơn 3.400 tin, bài", 3400, "news_items", "at_least"),
        F("lập 612 nhóm Zalo", 612, "chat_groups", p=inst(D02)),
        F("số thành viên khoảng 46.000 người", 46000, "chat_group_members", "approx",
          p=inst(D02)),
        F("Đội ngũ 42 cộng tác viên", 42, "opinion_collaborators", p=end_of(year(2022))),
        F("gửi 37 báo cáo định kỳ", 37, "opinion_reports"),
        F("12 báo cáo đột xuất", 12, "opinion_reports"),
        F("mở 9 lớp bồi dưỡng lý luận chính trị", 9, "training_classes"),
        F("764 học viên", 764, "trainees"),
        F("giỏi với 21 thí sinh", 21, "contest_entries"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể, 15 cá nhân", 15, "commended_individuals"),
    ], traps=[("năm 2022", 2022), ("Năm 2022", 2022), ("8 phường", 8),
              ("khoảng 295 nghìn dân", 295000), ("14 trường đại học", 14),
              ("gần 200 nghìn sinh viên", 200000), ("Kế hoạch số 118-KH/QU", 118),
              ("Trung ương 4, 5, 6", 4), ("90 tuổi", 90), ("Tổ tôi 120 hộ", 120),
              ("3 thí sinh đạt giải", 3), ("Năm 2023", 2023), ("100% chi bộ", 100),
              ("ít nhất 2 lớp", 2)]),
    Doc("h35_03", T03, HMAI, quarter(3, 2017), D03, "text", facts=[
        F("hai hội nghị cấp quận học tập", 2, "study_sessions"),
        F("mở 196 lớp", 196, "study_sessions"),
        F("thu hút 17.452 lượt cán bộ, đảng viên", 17452, "study_attendance",
          a="party_members"),
        F("đạt 95,9%", 95.9, "study_participation_rate"),
        F("gần 3.000 lượt dự nghe", 3000, "study_attendance", "at_most", a="masses"),
        F("tổ chức 74 buổi nói chuyện chuyên đề", 74, "oral_propaganda_sessions"),
        F("khoảng 8.600 lượt người nghe", 8600, "propaganda_audience", "approx"),
        F("biểu diễn 12 đêm văn nghệ", 12, "other"),
        F("đăng 158 tin, bài", 158, "news_items"),
        F("phát hành đủ 3 số", 3, "news_items"),
        F("một trong hai đợt sinh hoạt chính trị", 2, "political_campaigns", p=year(2017)),
        F("biểu dương 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("09-10-2017", 9), ("Trung ương 5", 5), ("khóa XII", 12),
              ("quý III năm 2017", 3), ("14 đảng bộ phường", 14), ("71 tuổi", 71),
              ("hơn 30 năm", 30), ("7 hòn đảo", 7), ("tổ dân phố số 18", 18),
              ("mỗi số 2.500 bản", 2500), ("phát động năm 2017", 2017), ("05-CT/TW", 5),
              ("10 năm", 10), ("Nghị quyết số 15-NQ/QU", 15), ("số 8 ngõ 2", 8),
              ("024.3642.6815", 24)]),
]
