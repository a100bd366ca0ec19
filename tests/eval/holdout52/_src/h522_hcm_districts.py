"""Held-out set holdout52, part 2: Ho Chi Minh City districts and the city before 2025-07-01
(2017-2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
only, the seeds and the sample reports, without reading or running the extractor. The decisions
taken where the guide leaves room are listed in h521_hanoi_districts.py; in this part also:
- A speech introduced by an official's title, each paragraph opening with “ and only the last
  closing it, is one quotation of the unit; "Trong 6 tháng cuối năm, ..." opening one of its
  paragraphs dates that paragraph (a spaced-dash range "40 – 45 buổi" is 40, at_least); "trong năm," / "Cả năm," opening a clause is the report's year.
- An article with sections per district under "* Quận ..." after a lead naming one study: the
  bare "hội nghị" / "lớp" of each section are study_sessions of that study; a city-wide rate in
  the lead ("toàn Thành phố có 96,7% đảng viên tham gia học tập") is the province's.
"""
from build_gold import Doc, F, U, end_of, h1, h2, inst, m9, month, quarter, year

HCM = U("79")
GVAP, Q10, Q8, CCHI = U("Quận Gò Vấp"), U("Quận 10"), U("Quận 8"), U("Huyện Củ Chi")
NBE, PNHUAN, BTHANH = U("Huyện Nhà Bè"), U("Quận Phú Nhuận"), U("Quận Bình Thạnh")

T02 = """
QUẬN ỦY GÒ VẤP
BAN TUYÊN GIÁO
BẢN TIN NỘI BỘ – SỐ 09 (THÁNG 9/2017)
Gò Vấp, ngày 05/10/2017

GIAO BAN CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2017

Sáng 3/10, Ban Tuyên giáo Quận ủy Gò Vấp chủ trì giao ban công tác tuyên giáo 9 tháng năm 2017 với đại diện 16 đảng bộ phường. Một số kết quả chính:

• Học tập, quán triệt nghị quyết:
– Hội nghị cấp quận: 05
– Lớp ở các chi bộ, đảng bộ phường: 287
– Lượt cán bộ, đảng viên dự: 19.842; đạt 95,4%
– Lượt quần chúng dự nghe: 4.615
• Thảo luận: các chi bộ khu phố tổ chức 612 buổi thảo luận chuyên đề năm 2017 "Xây dựng phong cách, tác phong công tác của người đứng đầu, của cán bộ, đảng viên".
• Tuyên truyền:
– Buổi nói chuyện thời sự: 148 – lượt người nghe: khoảng 11.900
– Băng rôn, cờ phướn (kỷ niệm 72 năm Cách mạng tháng Tám và Quốc khánh 2/9): 1.360
– Triển lãm ảnh lưu động: 3 đợt
– Lượt xe loa tuyên truyền lưu động: 96
• Dư luận xã hội: 41 báo cáo định kỳ, 9 báo cáo đột xuất gửi Ban Tuyên giáo Thành ủy.
• Bồi dưỡng: mở 2 lớp tập huấn nghiệp vụ cho 145 cán bộ tuyên giáo, báo cáo viên cơ sở.

Tính đến 30/9/2017, quận có 1 trang thông tin điện tử và 17 fanpage của các phường, đoàn thể. Trong 9 tháng, các trang này đăng tải 1.245 tin, bài, trong đó 310 video clip.

Hội thi "Tuổi trẻ Gò Vấp tìm hiểu 87 năm Ngày thành lập Đảng" do Quận đoàn tổ chức thu hút 8.312 lượt đoàn viên, thanh niên dự thi; ban tổ chức trao 1 giải Đặc biệt, 3 giải Nhất và 40 giải khuyến khích.

Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Quận ủy đề nghị quý IV, các đảng bộ phường tổ chức tổng kết 10 năm thực hiện Nghị quyết Trung ương 5 khóa X về công tác tư tưởng, lý luận và báo chí; mỗi phường tổ chức ít nhất 2 buổi đối thoại với nhân dân trước ngày 31/12.

Mọi ý kiến đóng góp cho Bản tin xin gửi về Ban Tuyên giáo Quận ủy, số 19 Quang Trung, phường 10, quận Gò Vấp; điện thoại: 028.3589.4127.
"""

T04 = """
Cập nhật ngày 12-07-2019

Quận 10, Quận 8, Củ Chi: Hoàn thành học tập, quán triệt Nghị quyết Trung ương 8 khóa XII

(Thanhuytphcm.vn) – Sáu tháng đầu năm 2019, các cấp ủy trong Đảng bộ Thành phố đã tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII và Quy định 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên. Theo Ban Tuyên giáo Thành ủy, toàn Thành phố có 96,7% đảng viên tham gia học tập. Dưới đây là cách làm của ba địa phương.

* Quận 10
Quận ủy tổ chức 2 hội nghị cấp quận tại Hội trường Quận ủy (số 474 Đường 3/2, phường 12); các đảng bộ phường, cơ sở mở 176 lớp với 9.834 lượt cán bộ, đảng viên, đạt 97,2%. Nội dung nghị quyết còn được đưa vào 64 buổi sinh hoạt chi bộ thường kỳ. Quận tổ chức hội thi báo cáo viên giỏi với 24 thí sinh, chọn 3 thí sinh có điểm cao nhất dự thi cấp Thành phố.

* Quận 8
Dù tháng 1 quận chỉ mở được 11 lớp do trùng thời điểm chuẩn bị Tết Kỷ Hợi, sáu tháng qua các đảng bộ phường đã mở 203 lớp, thu hút 11.470 lượt cán bộ, đảng viên và 1.862 lượt quần chúng. Còn 498 đảng viên chưa tham gia, đa số là đảng viên cao tuổi được miễn sinh hoạt. Ban Tuyên giáo Quận ủy in 3.000 cuốn tài liệu hỏi – đáp về nghị quyết, mỗi cuốn 36 trang, phát đến từng chi bộ.

* Huyện Củ Chi
Huyện ủy tổ chức 3 hội nghị cấp huyện; 21 xã, thị trấn mở 312 lớp. Tổng số lượt cán bộ, đảng viên dự học là 10.215, đạt 96,05%. Huyện còn tổ chức 45 buổi nói chuyện truyền thống "Đất thép thành đồng" cho khoảng 5.600 lượt đoàn viên, học sinh.

"Chi bộ ấp tôi có 38 đảng viên, kỳ này không ai vắng", ông Sáu Tâm, Bí thư Chi bộ ấp Phú Hiệp, xã Phú Mỹ Hưng, nói.

Theo kế hoạch, quý III, Ban Tuyên giáo Thành ủy sẽ kiểm tra việc học tập tại 8 quận, huyện.
"""

T06 = """
Nhà Bè: Tuyên giáo vượt khó trong năm đại dịch

Hội nghị tổng kết công tác tuyên giáo năm 2021 của Huyện ủy Nhà Bè diễn ra sáng 7/1/2022, kết hợp trực tiếp và trực tuyến tới 7 điểm cầu xã, thị trấn. Dưới đây là trích phát biểu của đồng chí Trần Thị Ngọc Thu, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè.

“Thưa các đồng chí, năm 2021 là năm đầu thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 – 2025, cũng là năm huyện ta trải qua đợt dịch Covid-19 nặng nề nhất. Ban Tuyên giáo đã tham mưu Ban Thường vụ Huyện ủy ban hành 31 văn bản lãnh đạo, chỉ đạo; Ban Chỉ đạo 35 huyện ra mắt trang fanpage “Nhà Bè – Tiếng nói chính thống”.

“Trong 6 tháng cuối năm, dù dịch bệnh, huyện vẫn tổ chức 14 hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội XIII với 5.962 lượt cán bộ, đảng viên tham dự. Các ấp, khu phố tổ chức 40 – 45 buổi tuyên truyền miệng ngay tại điểm tập kết hàng hóa thiết yếu, với trên 3.000 lượt người dân dừng lại nghe. Hệ thống truyền thanh phát 1.420 tin, bài về phòng, chống dịch; trong năm, 38 nhóm Zalo mới được lập, nâng tổng số lên 212 nhóm. Cả năm, kinh phí in tài liệu, tờ rơi hướng dẫn phòng dịch cho các ấp, khu phố là 380 triệu đồng.

“Tôi nhớ lời một chị tình nguyện viên ở xã Hiệp Phước: ‘Em đi 12 ngày chưa về nhà, nhưng nghe bà con cảm ơn là thấy đủ’. Đội ngũ 36 báo cáo viên cấp huyện và 112 tuyên truyền viên cơ sở đã bám dân đến từng con hẻm. Năm qua, chúng ta đã tặng giấy khen cho 7 báo cáo viên và 4 tập thể có thành tích xuất sắc.

“Năm 2022, huyện phấn đấu 100% chi bộ ấp, khu phố có nhóm Zalo, tổ chức ít nhất 120 buổi tuyên truyền miệng và mở thêm 2 lớp bồi dưỡng báo cáo viên. Xin cảm ơn các đồng chí.”
"""

T08 = """
Phú Nhuận: Thông tin chính thống "đi trước một bước" trên mạng xã hội

(Thanhuytphcm.vn) – Quý III năm 2023, Ban Tuyên giáo Quận ủy Phú Nhuận tham mưu tổ chức 2 hội nghị cấp quận học tập, quán triệt Kết luận 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại. Trên cơ sở đó, 13 đảng bộ phường và 23 chi, đảng bộ cơ sở mở 97 lớp, thu hút 4.216 lượt cán bộ, đảng viên (đạt 96,35%).

Điểm nhấn của quận là mạng lưới thông tin trên không gian mạng. Fanpage "Phú Nhuận ngày nay" hiện có gần 48.000 người theo dõi; trong quý, trang đăng 356 tin, bài, video clip, có lượt tiếp cận ước đạt 1,2 triệu. Clip giới thiệu tuyến đường Phan Đăng Lưu sau chỉnh trang nhận 86 bình luận, 1.430 lượt chia sẻ. Các khu phố duy trì 274 nhóm Zalo, hiện có khoảng 31.500 thành viên.

"Nhà tôi ở hẻm 184 Lê Văn Sỹ hơn 40 năm. Giờ chuyện gì của phường, của quận cũng có trong nhóm Zalo, đọc là biết liền", bà Trần Thị Mai, 67 tuổi, phường 14, kể.

Cùng với tuyên truyền trên mạng, quận triển khai 03 đợt sinh hoạt chính trị, tư tưởng về chủ đề năm 2023 của Thành phố; các phường tổ chức 58 buổi nói chuyện chuyên đề tại khu phố, chung cư với hơn 4.900 lượt người dân tham dự, tăng 18% so với cùng kỳ.

Hội thi "Báo cáo viên giỏi" cấp quận lần thứ 3 có 19 thí sinh tham gia; 5 thí sinh xuất sắc nhất được chọn dự thi cấp Thành phố. Tổ cộng tác viên dư luận xã hội của quận gửi 13 báo cáo định kỳ và 4 báo cáo đột xuất, phản ánh ý kiến người dân về chương trình chống ngập trên đường Nguyễn Kiệm.

Dịp này, Ban Thường vụ Quận ủy khen thưởng 12 cá nhân xuất sắc và 5 tập thể có nhiều đóng góp cho công tác tuyên truyền. Trong quý IV, quận sẽ tổ chức hội nghị sơ kết 3 năm thực hiện Kế hoạch 09 của Quận ủy về phát triển văn hóa, dự kiến mời 300 đại biểu.
"""

T09 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY BÌNH THẠNH
BAN TUYÊN GIÁO
Số 318-BC/BTGQU
Bình Thạnh, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng năm 2024 và nhiệm vụ quý IV năm 2024

Trên cơ sở báo cáo của 20 đảng bộ phường và 29 chi, đảng bộ cơ sở, Ban Tuyên giáo Quận ủy báo cáo kết quả công tác tuyên giáo 9 tháng năm 2024 như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Học tập, quán triệt nghị quyết
- Hội nghị cấp quận: 04; lớp ở cơ sở: 215;
- Đảng viên dự học: 11.824/12.310 đồng chí; tỷ lệ: 96,05%;
- Lượt quần chúng dự nghe: 2.637.
Riêng Nghị quyết 98/2023/QH15 về thí điểm cơ chế, chính sách đặc thù phát triển Thành phố được lồng ghép trong sinh hoạt chi bộ định kỳ.

2. Công tác tuyên truyền
- Tin, bài trên cổng thông tin điện tử: 624; trên trang Zalo OA "Bình Thạnh hôm nay": 281;
- Pano, băng rôn (kỷ niệm 70 năm Chiến thắng Điện Biên Phủ): 1.150;
- Buổi nói chuyện chuyên đề: 126 – lượt người nghe: khoảng 9.400;
- Bài thu hoạch của đảng viên: 9.450 bài.

3. Nắm bắt dư luận xã hội, đội ngũ báo cáo viên
- Báo cáo dư luận xã hội: 27 định kỳ, 8 đột xuất;
- Cộng tác viên dư luận xã hội: 64 đồng chí (tính đến 30/9/2024);
- Báo cáo viên cấp quận: 47 đồng chí (bổ sung 5 đồng chí trong quý).

4. Quản lý mạng xã hội
- Nhóm Zalo khu phố: 412; số thành viên hiện nay khoảng 46.000 người.

5. Thi đua, khen thưởng
- Tập thể được khen thưởng: 06; cá nhân: 15 người;
- 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2024
1. Tổ chức 02 hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương 10 khóa XIII.
2. Phấn đấu 100% đảng viên hoàn thành bài thu hoạch; phát triển thêm 30 nhóm Zalo khu phố.
3. Chuẩn bị tổng kết công tác tuyên giáo năm 2024.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
"""

D02, D04, D06, D08, D09 = "2017-10-05", "2019-07-12", "2022-01-10", "2023-10-06", "2024-10-04"
Q3_23 = quarter(3, 2023)

DOCS = [
    Doc("h52_02", T02, GVAP, m9(2017), D02, "text", facts=[
        F("Hội nghị cấp quận: 05", 5, "study_sessions"),
        F("đảng bộ phường: 287", 287, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 19.842", 19842, "study_attendance", a="party_members"),
        F("đạt 95,4%", 95.4, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 4.615", 4615, "study_attendance", a="masses"),
        F("tổ chức 612 buổi thảo luận", 612, "party_cell_discussions"),
        F("Buổi nói chuyện thời sự: 148", 148, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 11.900", 11900, "propaganda_audience", "approx"),
        F("Quốc khánh 2/9): 1.360", 1360, "other"),
        F("Triển lãm ảnh lưu động: 3 đợt", 3, "other"),
        F("Lượt xe loa tuyên truyền lưu động: 96", 96, "other"),
        F("41 báo cáo định kỳ", 41, "opinion_reports"),
        F("9 báo cáo đột xuất", 9, "opinion_reports"),
        F("mở 2 lớp tập huấn nghiệp vụ", 2, "training_classes"),
        F("cho 145 cán bộ tuyên giáo", 145, "trainees"),
        F("quận có 1 trang thông tin điện tử", 1, "websites", p=inst("2017-09-30")),
        F("17 fanpage", 17, "social_pages", p=inst("2017-09-30")),
        F("đăng tải 1.245 tin, bài", 1245, "news_items"),
        F("thu hút 8.312 lượt đoàn viên, thanh niên dự thi", 8312, "contest_entries"),
    ], traps=[("SỐ 09 (THÁNG 9/2017)", 9), ("ngày 05/10/2017", 5), ("Sáng 3/10", 3),
              ("16 đảng bộ phường", 16), ("chuyên đề năm 2017", 2017), ("72 năm", 72),
              ("Tính đến 30/9/2017", 30), ("Trong 9 tháng", 9),
              ("trong đó 310 video clip", 310), ("87 năm", 87), ("1 giải Đặc biệt", 1),
              ("3 giải Nhất", 3), ("40 giải khuyến khích", 40), ("10 năm", 10),
              ("Trung ương 5", 5), ("ít nhất 2 buổi", 2), ("ngày 31/12", 31),
              ("số 19 Quang Trung", 19), ("phường 10", 10), ("028.3589.4127", 28)]),
    Doc("h52_04", T04, Q10, h1(2019), D04, "text", facts=[
        F("có 96,7% đảng viên tham gia học tập", 96.7, "study_participation_rate",
          unit=HCM),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 176 lớp", 176, "study_sessions"),
        F("với 9.834 lượt cán bộ, đảng viên", 9834, "study_attendance", a="party_members"),
        F("đạt 97,2%", 97.2, "study_participation_rate"),
        F("64 buổi sinh hoạt chi bộ", 64, "party_cell_discussions"),
        F("với 24 thí sinh", 24, "contest_entries"),
        F("chỉ mở được 11 lớp", 11, "study_sessions", unit=Q8, p=month(1, 2019)),
        F("đã mở 203 lớp", 203, "study_sessions", unit=Q8),
        F("thu hút 11.470 lượt cán bộ, đảng viên", 11470, "study_attendance",
          a="party_members", unit=Q8),
        F("1.862 lượt quần chúng", 1862, "study_attendance", a="masses", unit=Q8),
        F("Còn 498 đảng viên chưa tham gia", 498, "other", unit=Q8),
        F("in 3.000 cuốn tài liệu", 3000, "other", unit=Q8),
        F("tổ chức 3 hội nghị cấp huyện", 3, "study_sessions", unit=CCHI),
        F("mở 312 lớp", 312, "study_sessions", unit=CCHI),
        F("dự học là 10.215", 10215, "study_attendance", a="party_members", unit=CCHI),
        F("đạt 96,05%", 96.05, "study_participation_rate", unit=CCHI),
        F("tổ chức 45 buổi nói chuyện", 45, "oral_propaganda_sessions", unit=CCHI),
        F("khoảng 5.600 lượt đoàn viên, học sinh", 5600, "propaganda_audience", "approx",
          a="masses", unit=CCHI),
    ], traps=[("Cập nhật ngày 12-07-2019", 12), ("Quận 10", 10), ("Quận 8", 8),
              ("Trung ương 8", 8), ("Quy định 08-QĐi/TW", 8), ("số 474", 474),
              ("Đường 3/2", 3), ("phường 12", 12), ("3 thí sinh có điểm cao nhất", 3),
              ("tháng 1", 1), ("mỗi cuốn 36 trang", 36), ("21 xã, thị trấn", 21),
              ("có 38 đảng viên", 38), ("tại 8 quận, huyện", 8)]),
    Doc("h52_06", T06, NBE, year(2021), D06, "sidecar", meta={"date": D06}, facts=[
        F("ban hành 31 văn bản", 31, "documents_issued"),
        F("tổ chức 14 hội nghị trực tuyến học tập", 14, "study_sessions", p=h2(2021)),
        F("với 5.962 lượt cán bộ, đảng viên", 5962, "study_attendance", a="party_members",
          p=h2(2021)),
        F("tổ chức 40 – 45 buổi tuyên truyền miệng", 40, "oral_propaganda_sessions",
          "at_least", p=h2(2021)),
        F("trên 3.000 lượt người dân", 3000, "propaganda_audience", "at_least",
          a="masses", p=h2(2021)),
        F("phát 1.420 tin, bài", 1420, "news_items", p=h2(2021)),
        F("nâng tổng số lên 212 nhóm", 212, "chat_groups", p=end_of(year(2021))),
        F("là 380 triệu đồng", 380000000, "other"),
        F("Đội ngũ 36 báo cáo viên", 36, "reporters", p=end_of(year(2021))),
        F("112 tuyên truyền viên cơ sở", 112, "other"),
        F("giấy khen cho 7 báo cáo viên", 7, "commended_individuals"),
        F("4 tập thể", 4, "commended_collectives"),
    ], traps=[("sáng 7/1/2022", 7), ("7 điểm cầu", 7), ("nhiệm kỳ 2020 – 2025", 2020),
              ("Covid-19", 19), ("Ban Chỉ đạo 35", 35), ("6 tháng cuối năm", 6),
              ("38 nhóm Zalo mới", 38), ("12 ngày", 12), ("Năm 2022", 2022),
              ("100% chi bộ", 100), ("ít nhất 120 buổi", 120), ("thêm 2 lớp", 2)]),
    Doc("h52_08", T08, PNHUAN, Q3_23, D08, "sidecar", meta={"date": D08}, facts=[
        F("tổ chức 2 hội nghị cấp quận học tập", 2, "study_sessions"),
        F("mở 97 lớp", 97, "study_sessions"),
        F("thu hút 4.216 lượt cán bộ, đảng viên", 4216, "study_attendance",
          a="party_members"),
        F("(đạt 96,35%)", 96.35, "study_participation_rate"),
        F("gần 48.000 người theo dõi", 48000, "propaganda_audience", "at_most",
          p=inst(D08)),
        F("đăng 356 tin, bài, video clip", 356, "news_items"),
        F("ước đạt 1,2 triệu", 1200000, "propaganda_audience", "approx"),
        F("duy trì 274 nhóm Zalo", 274, "chat_groups", p=end_of(Q3_23)),
        F("khoảng 31.500 thành viên", 31500, "chat_group_members", "approx", p=inst(D08)),
        F("triển khai 03 đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("tổ chức 58 buổi nói chuyện chuyên đề", 58, "oral_propaganda_sessions"),
        F("hơn 4.900 lượt người dân", 4900, "propaganda_audience", "at_least", a="masses"),
        F("có 19 thí sinh", 19, "contest_entries"),
        F("13 báo cáo định kỳ", 13, "opinion_reports"),
        F("4 báo cáo đột xuất", 4, "opinion_reports"),
        F("khen thưởng 12 cá nhân xuất sắc", 12, "commended_individuals"),
        F("5 tập thể có nhiều đóng góp", 5, "commended_collectives"),
    ], traps=[("Kết luận 57-KL/TW", 57), ("ngày 15/6/2023", 15),
              ("13 đảng bộ phường", 13), ("23 chi, đảng bộ cơ sở", 23),
              ("86 bình luận", 86), ("1.430 lượt chia sẻ", 1430), ("hẻm 184", 184),
              ("hơn 40 năm", 40), ("67 tuổi", 67), ("phường 14", 14),
              ("chủ đề năm 2023", 2023), ("tăng 18%", 18), ("lần thứ 3", 3),
              ("5 thí sinh xuất sắc nhất", 5), ("sơ kết 3 năm", 3), ("Kế hoạch 09", 9),
              ("300 đại biểu", 300)]),
    Doc("h52_09", T09, BTHANH, m9(2024), D09, "text", facts=[
        F("Hội nghị cấp quận: 04", 4, "study_sessions"),
        F("lớp ở cơ sở: 215", 215, "study_sessions"),
        F("Đảng viên dự học: 11.824/12.310 đồng chí", 11824, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 96,05%", 96.05, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 2.637", 2637, "study_attendance", a="masses"),
        F("cổng thông tin điện tử: 624", 624, "news_items"),
        F("\"Bình Thạnh hôm nay\": 281", 281, "news_items"),
        F("Điện Biên Phủ): 1.150", 1150, "other"),
        F("Buổi nói chuyện chuyên đề: 126", 126, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 9.400", 9400, "propaganda_audience", "approx"),
        F("Bài thu hoạch của đảng viên: 9.450 bài", 9450, "other"),
        F("27 định kỳ", 27, "opinion_reports"),
        F("8 đột xuất", 8, "opinion_reports"),
        F("Cộng tác viên dư luận xã hội: 64 đồng chí", 64, "opinion_collaborators",
          p=inst("2024-09-30")),
        F("Báo cáo viên cấp quận: 47 đồng chí", 47, "reporters", p=end_of(m9(2024))),
        F("Nhóm Zalo khu phố: 412", 412, "chat_groups", p=end_of(m9(2024))),
        F("hiện nay khoảng 46.000 người", 46000, "chat_group_members", "approx",
          p=inst(D09)),
        F("Tập thể được khen thưởng: 06", 6, "commended_collectives"),
        F("cá nhân: 15 người", 15, "commended_individuals"),
    ], traps=[("Số 318-BC/BTGQU", 318), ("ngày 04 tháng 10 năm 2024", 4),
              ("20 đảng bộ phường", 20), ("29 chi, đảng bộ cơ sở", 29),
              ("12.310 đồng chí", 12310), ("Nghị quyết 98/2023/QH15", 98),
              ("70 năm", 70), ("tính đến 30/9/2024", 30), ("bổ sung 5 đồng chí", 5),
              ("01 cá nhân được đề nghị", 1), ("Tổ chức 02 hội nghị", 2),
              ("Trung ương 10", 10), ("100% đảng viên", 100), ("thêm 30 nhóm Zalo", 30),
              ("năm 2024.", 2024)]),
]
