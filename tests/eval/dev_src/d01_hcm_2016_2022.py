"""Synthetic dev reports, batch 1: HCMC districts 2016-2022."""
from build_gold import Doc, F, U, end_of, h1, h2, inst, m9, month, quarter, since, year

Q3, Q5, Q10, Q11, GV = U("770"), U("774"), U("771"), U("772"), U("764")
Q2, Q9, TB, TD, PN = U("Quận 2"), U("763"), U("766"), U("Thành phố Thủ Đức"), U("768")

T001 = """
Quận 3: Tổng kết công tác tuyên giáo năm 2016

(Thanhuytphcm.vn) - Ngày 12/1/2017, Ban Tuyên giáo Quận ủy Quận 3 tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016 và triển khai phương hướng, nhiệm vụ năm 2017. Dự hội nghị có đồng chí Nguyễn Thị Minh Hằng, Phó Bí thư Thường trực Quận ủy.

Báo cáo tại hội nghị cho biết, năm 2016 là năm đầu triển khai Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ Thành phố. Ban Tuyên giáo Quận ủy đã tham mưu tổ chức 86 lớp học tập, quán triệt nghị quyết cho 9.874 lượt cán bộ, đảng viên và 3.215 lượt quần chúng; tỷ lệ đảng viên tham dự đạt 96,8%. Riêng Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng được học tập tập trung từ ngày 15 đến 30/11/2016.

Công tác báo cáo viên tiếp tục được củng cố. Hiện nay, đội ngũ báo cáo viên của quận có 42 đồng chí, phần lớn là cán bộ chủ chốt các ban, ngành. Trong năm, Ban đã tổ chức mười hai hội nghị báo cáo viên định kỳ, cung cấp thông tin thời sự, định hướng tuyên truyền kịp thời. Các phường tổ chức 1.126 buổi tuyên truyền miệng tại tổ dân phố, khu phố, thu hút hơn 58.000 lượt người nghe.

Phát biểu chỉ đạo, đồng chí Nguyễn Thị Minh Hằng ghi nhận sự cố gắng của đội ngũ làm công tác tuyên giáo, đồng thời lưu ý năm 2017 quận phấn đấu 100% chi bộ tổ chức sinh hoạt chuyên đề hằng quý, nâng cao chất lượng nắm bắt dư luận xã hội, nhất là tại các khu vực đang chỉnh trang đô thị.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 15 tập thể và 27 cá nhân có thành tích tốt trong công tác tuyên giáo năm 2016.

Mọi ý kiến đóng góp xin gửi về Ban Tuyên giáo Quận ủy, số 185 Cách Mạng Tháng Tám, phường 5, Quận 3.

Thu Hà
"""

T002 = """
QUẬN 5 SƠ KẾT CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2017

Ngày 14/7/2017, Ban Tuyên giáo Quận ủy Quận 5 tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm 2017.

Theo báo cáo, 6 tháng đầu năm, Ban Tuyên giáo đã tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản chỉ đạo về công tác tư tưởng, trọng tâm là tuyên truyền kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2017) và tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị. Các cơ sở đảng tổ chức 312 buổi tuyên truyền miệng với khoảng 12.500 lượt người tham dự, trong đó nhiều buổi được tổ chức ngay tại các chợ, trường học và khu dân cư người Hoa.

Đối với công tác dư luận xã hội, quận hiện có 68 cộng tác viên dư luận xã hội được phân công theo dõi từng địa bàn. Trong 6 tháng, mạng lưới cộng tác viên đã gửi về 24 báo cáo dư luận xã hội, phản ánh kịp thời tâm tư của tiểu thương về chủ trương chỉnh trang các tuyến đường kinh doanh. Ban cũng phối hợp Trung tâm Bồi dưỡng chính trị quận mở 02 lớp bồi dưỡng nghiệp vụ tuyên giáo cho gần 150 học viên là cán bộ tuyên giáo cơ sở.

"Dư luận trong tiểu thương là vấn đề chúng ta phải bám sát hằng tuần, không để thông tin sai lệch lan trên mạng", đồng chí Trưởng ban Tuyên giáo Quận ủy nhấn mạnh.

Về nhiệm vụ 6 tháng cuối năm, quận sẽ tổ chức 20 lớp học tập chuyên đề năm 2017, đồng thời tiếp tục giữ vững vị trí trong Cụm thi đua 3 của Ban Tuyên giáo Thành ủy. Người dân có thể phản ánh qua đường dây nóng 028.3855.2127 của Quận ủy.

Ý kiến bạn đọc
"""

T003 = """
Các quận sơ kết công tác tuyên giáo 9 tháng đầu năm 2018

Ngày 5/10/2018, nhiều quận ủy trên địa bàn TP.HCM đồng loạt sơ kết công tác tuyên giáo 9 tháng đầu năm 2018, triển khai nhiệm vụ quý IV.

Quận 10: Nâng chất việc học tập nghị quyết

Chín tháng qua, Ban Tuyên giáo Quận ủy Q.10 tham mưu tổ chức 45 lớp học tập, quán triệt các nghị quyết Trung ương 6, 7 khóa XII với 6.230 lượt cán bộ, đảng viên tham dự, đạt tỷ lệ 97,55%. Quận cũng thực hiện Kế hoạch số 120-KH/QU về xây dựng chi bộ "4 tốt", tổ chức 210 buổi thảo luận chi bộ về các chuyên đề học tập và làm theo Bác.

Quận 11: Tuyên truyền miệng đến tận khu phố

Tại Q11, các cấp ủy đã duy trì hơn 200 buổi tuyên truyền miệng với trên 15 nghìn lượt người nghe, tập trung vào chủ trương văn minh đô thị. Hiện Q11 có 56 báo cáo viên cấp quận và cơ sở, được cập nhật thông tin định kỳ. Đồng chí Phó Trưởng ban Tuyên giáo Quận ủy cho biết, trụ sở tiếp dân đặt tại số 270 Bình Thới, phường 14 luôn mở cửa để người dân góp ý.

Gò Vấp: Lan tỏa thông tin tích cực

Quận Gò Vấp đăng tải 520 tin, bài trên trang thông tin điện tử quận và các trang mạng xã hội của các phường. Cuộc thi sáng tác tranh cổ động "Gò Vấp - quê hương tôi" nhận được ba mươi lăm bài dự thi của đoàn viên, học sinh. Quận hiện giữ vị trí dẫn đầu Cụm thi đua 2 của Ban Tuyên giáo Thành ủy.
"""

T004 = """
Quận 2, Quận 9 tổng kết công tác tuyên giáo năm 2019

(Thanhuytphcm.vn) - Ngày 8/1/2020, Ban Tuyên giáo Quận ủy Quận 2 và Quận 9 lần lượt tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019.

Tại Quận 2, năm 2019 Ban Tuyên giáo Quận ủy đã phối hợp Trung tâm Chính trị quận mở 18 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 1.046 học viên. Để đưa thông tin đến người dân ở các khu đô thị mới, các phường đã thành lập 23 nhóm Zalo khu phố với gần 4.000 thành viên tham gia. Đồng chí Trưởng ban cho biết, trong năm 2020, quận sẽ tập trung tuyên truyền Đại hội Đảng bộ quận lần thứ XII và kỷ niệm 90 năm Ngày thành lập Đảng.

Theo đánh giá của Ban Thường vụ Quận ủy Quận 2, thách thức lớn nhất là nắm bắt tâm tư của người dân tại các khu vực có dự án lớn như Khu đô thị mới Thủ Thiêm. Ban Tuyên giáo đã phối hợp với Mặt trận Tổ quốc quận tổ chức đối thoại, cung cấp thông tin chính thống, hạn chế việc người dân bị kích động bởi thông tin sai lệch.

Tại Quận 9, năm qua, các cấp ủy triển khai hai đợt sinh hoạt chính trị về nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW. "Chúng tôi đã tổ chức được một trăm lẻ năm buổi tuyên truyền miệng, chủ yếu tại các khu tái định cư", Phó Trưởng ban Tuyên giáo Quận ủy Quận 9 cho biết. Cũng trong năm, Ban tiếp nhận 96 báo cáo dư luận xã hội từ cơ sở, tổng hợp kịp thời các vấn đề liên quan đến bồi thường, giải phóng mặt bằng dự án Khu công nghệ cao.

Cả hai quận đều nhận định, công tác tuyên truyền về việc thành lập thành phố thuộc Thành phố Hồ Chí Minh sẽ là nhiệm vụ trọng tâm trong thời gian tới.
"""

T005 = """
Ngày 29/12/2020, Ban Tuyên giáo Quận ủy Tân Bình tổ chức tổng kết công tác tuyên giáo năm 2020.

Tân Bình: Công tác tuyên giáo góp phần thành công Đại hội Đảng bộ quận

Năm 2020, Ban Tuyên giáo Quận ủy Tân Bình đã tham mưu ban hành 39 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, tuyên truyền đại hội đảng bộ các cấp và phòng, chống dịch Covid-19.

Trong 6 tháng đầu năm 2020, khi dịch bệnh diễn biến phức tạp và thực hiện Chỉ thị 16/CT-TTg về giãn cách xã hội, các hình thức tuyên truyền trực tiếp bị hạn chế. Ban Tuyên giáo đã chuyển mạnh sang tuyên truyền trên không gian mạng, đăng tải 1.350 tin, bài trên trang thông tin điện tử và fanpage của quận.

Trong 6 tháng cuối năm, sau khi Đại hội đại biểu Đảng bộ quận lần thứ XII, nhiệm kỳ 2020 - 2025 thành công tốt đẹp, quận tổ chức 52 hội nghị học tập, quán triệt Nghị quyết Đại hội. Kết quả có 4.207/4.412 đảng viên tham gia học tập, đạt tỷ lệ 95,35 %, số còn lại học bù theo kế hoạch của từng chi bộ.

Phát biểu tại hội nghị, Bí thư Quận ủy đánh giá cao tinh thần chủ động của đội ngũ làm công tác tuyên giáo và yêu cầu năm 2021 phấn đấu 100% chi bộ có mô hình học tập và làm theo Bác, thực hiện tốt Kết luận 01-KL/TW.

Dịp này, Ban Thường vụ Quận ủy khen thưởng 12 tập thể, 20 cá nhân có thành tích xuất sắc.

Minh Tâm
"""

T006 = """
TP Thủ Đức: Chuyển đổi số trong công tác tuyên truyền

Ngày 6/10/2021, Ban Tuyên giáo Thành ủy Thủ Đức sơ kết công tác tuyên giáo quý III năm 2021.

Được thành lập từ ngày 1/1/2021 trên cơ sở sáp nhập Quận 2, Quận 9 và quận Thủ Đức theo Nghị quyết 1111/NQ-UBTVQH14, TP Thủ Đức bước vào năm đầu hoạt động trong bối cảnh dịch Covid-19 bùng phát. Trong quý III năm 2021, hệ thống tuyên giáo thành phố đã đăng tải 2.140 tin, bài về phòng, chống dịch, với hơn 1,2 triệu lượt người tiếp cận.

Theo Trưởng ban Tuyên giáo Thành ủy Thủ Đức, trong những ngày cao điểm của dịch, cán bộ tuyên giáo phải làm việc xuyên đêm để cập nhật thông tin về điểm tiêm, điểm bán hàng lưu động, chính sách hỗ trợ người lao động tự do. Những thông tin sai sự thật trên mạng xã hội cũng được phát hiện, phản bác kịp thời, góp phần ổn định tâm lý người dân.

Hiện nay, TP Thủ Đức duy trì trên 300 nhóm Zalo với gần 45 nghìn thành viên, là kênh thông tin nhanh nhất đến các khu phố trong thời gian giãn cách. Toàn hệ thống hiện có 35 trang thông tin điện tử và 41 fanpage chính danh.

Từ đầu năm đến nay, Ban Tuyên giáo Thành ủy Thủ Đức đã tiếp nhận, xử lý 128 báo cáo dư luận xã hội, kịp thời kiến nghị giải quyết các phản ánh về cung ứng hàng hóa thiết yếu và chính sách hỗ trợ người lao động. Người dân cũng được hướng dẫn gọi Tổng đài 1022 khi cần hỗ trợ.

Đồng chí Trưởng ban Tuyên giáo Thành ủy Thủ Đức cho biết, trong thời gian tới sẽ mở rộng thêm 50 nhóm Zalo tại các chung cư.
"""

T007 = """
Phú Nhuận: Nhiều hoạt động kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh

Ngày 31/5/2022, Ban Tuyên giáo Quận ủy Phú Nhuận cho biết, trong tháng 5/2022, các cấp ủy trên địa bàn quận đã tổ chức nhiều hoạt động ý nghĩa kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022).

Các chi bộ tổ chức ba mươi lăm buổi thảo luận chi bộ với chủ đề "Làm theo lời Bác trong từng công việc", gắn với thực hiện Chỉ thị 05-CT/TW. Đội ngũ báo cáo viên tổ chức 26 buổi tuyên truyền miệng với khoảng 2.800 lượt người nghe tại các khu phố.

Cuộc thi viết "Bác Hồ trong trái tim người Phú Nhuận" do Ban Tuyên giáo Quận ủy phát động đã nhận được 135 bài dự thi của cán bộ, đảng viên, học sinh. Trang thông tin điện tử quận đăng tải 96 tin, bài về các hoạt động kỷ niệm.

Tại các trường học trên địa bàn, Đoàn Thanh niên và Đội Thiếu niên tổ chức các buổi kể chuyện về Bác, triển lãm ảnh tư liệu và thi vẽ tranh. Nhiều khu phố trang trí pano, khẩu hiệu, tạo không khí phấn khởi trong Nhân dân. Ban Tuyên giáo Quận ủy cũng phối hợp Phòng Văn hóa và Thông tin quận tổ chức chiếu phim tư liệu tại nhà văn hóa, thu hút đông đảo người cao tuổi tham dự.

Bà Lê Thị Mai, Bí thư Chi bộ khu phố 3, phường 9, chia sẻ: "Được nghe kể chuyện về Bác ngay tại khu phố, bà con rất xúc động".

Địa chỉ: Ban Tuyên giáo Quận ủy Phú Nhuận, số 159 Nguyễn Văn Trỗi; điện thoại: 028.3844.5566.
"""

D001, D002, D003 = "2017-01-12", "2017-07-14", "2018-10-05"

DOCS = [
    Doc("syn_001_q3_2016", T001, Q3, year(2016), D001, "text", facts=[
        F("tổ chức 86 lớp học tập, quán triệt", 86, "study_sessions"),
        F("cho 9.874 lượt cán bộ, đảng viên", 9874, "study_attendance", a="party_members"),
        F("3.215 lượt quần chúng", 3215, "study_attendance", a="masses"),
        F("tham dự đạt 96,8%", 96.8, "study_participation_rate"),
        F("quận có 42 đồng chí", 42, "reporters", p=inst(D001)),
        F("mười hai hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("tổ chức 1.126 buổi tuyên truyền miệng", 1126, "oral_propaganda_sessions"),
        F("hơn 58.000 lượt người nghe", 58000, "propaganda_audience", "at_least"),
        F("giấy khen cho 15 tập thể", 15, "commended_collectives"),
        F("15 tập thể và 27 cá nhân", 27, "commended_individuals"),
    ], traps=[("Ngày 12/1/2017", 12), ("nhiệm vụ năm 2017", 2017), ("Trung ương 4", 4),
              ("khóa XII", 12), ("Đại hội X Đảng bộ", 10), ("từ ngày 15 đến 30/11/2016", 15),
              ("phấn đấu 100% chi bộ", 100), ("số 185 Cách Mạng Tháng Tám", 185),
              ("phường 5", 5), ("Quận 3", 3)]),
    Doc("syn_002_q5_2017", T002, Q5, h1(2017), D002, "text", facts=[
        F("ban hành 17 văn bản chỉ đạo", 17, "documents_issued"),
        F("tổ chức 312 buổi tuyên truyền miệng", 312, "oral_propaganda_sessions"),
        F("khoảng 12.500 lượt người tham dự", 12500, "propaganda_audience", "approx"),
        F("hiện có 68 cộng tác viên dư luận xã hội", 68, "opinion_collaborators",
          p=inst(D002)),
        F("gửi về 24 báo cáo dư luận xã hội", 24, "opinion_reports"),
        F("mở 02 lớp bồi dưỡng nghiệp vụ", 2, "training_classes"),
        F("gần 150 học viên", 150, "trainees", "at_most"),
    ], traps=[("Ngày 14/7/2017", 14), ("6 tháng cuối năm 2017", 6), ("87 năm", 87),
              ("3/2/1930", 3), ("3/2/2017", 3), ("05-CT/TW", 5), ("sẽ tổ chức 20 lớp", 20),
              ("Cụm thi đua 3", 3), ("028.3855.2127", 28), ("Quận 5", 5)]),
    Doc("syn_003_hcm_multi_2018", T003, Q10, m9(2018), D003, "text", facts=[
        F("tổ chức 45 lớp học tập, quán triệt", 45, "study_sessions"),
        F("với 6.230 lượt cán bộ, đảng viên", 6230, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 97,55%", 97.55, "study_participation_rate"),
        F("tổ chức 210 buổi thảo luận chi bộ", 210, "party_cell_discussions"),
        F("hơn 200 buổi tuyên truyền miệng", 200, "oral_propaganda_sessions", "at_least",
          unit=Q11),
        F("trên 15 nghìn lượt người nghe", 15000, "propaganda_audience", "at_least", unit=Q11),
        F("Q11 có 56 báo cáo viên", 56, "reporters", unit=Q11, p=inst(D003)),
        F("đăng tải 520 tin, bài", 520, "news_items", unit=GV),
        F("ba mươi lăm bài dự thi", 35, "contest_entries", unit=GV),
    ], traps=[("Chín tháng", 9), ("Ngày 5/10/2018", 5), ("9 tháng đầu năm 2018", 9), ("Quận 10", 10),
              ("Quận 11", 11), ("Trung ương 6, 7", 6), ("7 khóa XII", 7), ("khóa XII", 12),
              ("Kế hoạch số 120-KH/QU", 120), ('"4 tốt"', 4), ("số 270 Bình Thới", 270),
              ("phường 14", 14), ("Cụm thi đua 2", 2)]),
    Doc("syn_004_q2_q9_2019", T004, Q2, year(2019), "2020-01-08", "text", facts=[
        F("mở 18 lớp bồi dưỡng lý luận chính trị", 18, "training_classes"),
        F("với 1.046 học viên", 1046, "trainees"),
        F("thành lập 23 nhóm Zalo", 23, "chat_groups", p=end_of(year(2019))),
        F("gần 4.000 thành viên", 4000, "chat_group_members", "at_most", p=end_of(year(2019))),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=Q9),
        F("một trăm lẻ năm buổi tuyên truyền miệng", 105, "oral_propaganda_sessions", unit=Q9),
        F("tiếp nhận 96 báo cáo dư luận xã hội", 96, "opinion_reports", unit=Q9),
    ], traps=[("hai quận", 2), ("Ngày 8/1/2020", 8), ("trong năm 2020", 2020), ("lần thứ XII", 12),
              ("90 năm", 90), ("sơ kết 3 năm", 3), ("05-CT/TW", 5), ("Quận 2", 2),
              ("Quận 9", 9)]),
    Doc("syn_005_tanbinh_2020", T005, TB, year(2020), "2020-12-29", "text", facts=[
        F("ban hành 39 văn bản lãnh đạo", 39, "documents_issued"),
        F("đăng tải 1.350 tin, bài", 1350, "news_items", p=h1(2020)),
        F("tổ chức 52 hội nghị học tập, quán triệt", 52, "study_sessions", p=h2(2020)),
        F("có 4.207/4.412 đảng viên", 4207, "study_attendance", a="party_members", p=h2(2020)),
        F("đạt tỷ lệ 95,35 %", 95.35, "study_participation_rate", p=h2(2020)),
        F("khen thưởng 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể, 20 cá nhân", 20, "commended_individuals"),
    ], traps=[("Ngày 29/12/2020", 29), ("Covid-19", 19), ("Chỉ thị 16/CT-TTg", 16),
              ("lần thứ XII", 12), ("nhiệm kỳ 2020 - 2025", 2020), ("năm 2021", 2021),
              ("phấn đấu 100% chi bộ", 100), ("01-KL/TW", 1)]),
    Doc("syn_006_thuduc_2021", T006, TD, quarter(3, 2021), "2021-10-06", "text", facts=[
        F("đăng tải 2.140 tin, bài", 2140, "news_items"),
        F("hơn 1,2 triệu lượt người tiếp cận", 1200000, "propaganda_audience", "at_least"),
        F("trên 300 nhóm Zalo", 300, "chat_groups", "at_least", p=inst("2021-10-06")),
        F("gần 45 nghìn thành viên", 45000, "chat_group_members", "at_most",
          p=inst("2021-10-06")),
        F("hiện có 35 trang thông tin điện tử", 35, "websites", p=inst("2021-10-06")),
        F("41 fanpage chính danh", 41, "social_pages", p=inst("2021-10-06")),
        F("xử lý 128 báo cáo dư luận xã hội", 128, "opinion_reports",
          p=since("2021-01-01", "2021-10-06")),
    ], traps=[("Ngày 6/10/2021", 6), ("ngày 1/1/2021", 1), ("Quận 2", 2), ("Quận 9", 9),
              ("Nghị quyết 1111/NQ-UBTVQH14", 1111), ("Covid-19", 19), ("Tổng đài 1022", 1022),
              ("thêm 50 nhóm Zalo", 50), ("quý III năm 2021", 2021)]),
    Doc("syn_007_phunhuan_2022", T007, PN, month(5, 2022), "2022-05-31", "text", facts=[
        F("ba mươi lăm buổi thảo luận chi bộ", 35, "party_cell_discussions"),
        F("tổ chức 26 buổi tuyên truyền miệng", 26, "oral_propaganda_sessions"),
        F("khoảng 2.800 lượt người nghe", 2800, "propaganda_audience", "approx"),
        F("nhận được 135 bài dự thi", 135, "contest_entries"),
        F("đăng tải 96 tin, bài", 96, "news_items"),
    ], traps=[("Ngày 31/5/2022", 31), ("132 năm", 132), ("19/5/1890", 19), ("19/5/2022", 19),
              ("05-CT/TW", 5), ("khu phố 3", 3), ("phường 9", 9), ("số 159 Nguyễn Văn Trỗi", 159),
              ("028.3844.5566", 28), ("tháng 5/2022", 5)]),
]
