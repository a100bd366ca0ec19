"""Holdout11, batch 2: Hà Nội districts 2017-2024 (Cầu Giấy, Long Biên, Đông Anh + Sóc Sơn +
Mê Linh, Ba Vì)."""
from build_gold import Doc, F, U, end_of, h1, inst, since, term, year

CG, LB = U("Quận Cầu Giấy"), U("Quận Long Biên")
DA, SS, ML, BV = (U(n) for n in ("Huyện Đông Anh", "Huyện Sóc Sơn", "Huyện Mê Linh",
                                 "Huyện Ba Vì"))

T05 = """
Thứ Ba, ngày 26/12/2017

Cầu Giấy: Tuyên truyền gắn với đặc thù “quận của các trường đại học”

(HNM) – Sáng 26-12, Quận ủy Cầu Giấy tổ chức hội nghị tổng kết công tác tuyên giáo năm 2017. Đồng chí Nguyễn Thị Kim Oanh, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy trình bày báo cáo tại hội nghị.

Năm 2017, quận Cầu Giấy tròn 20 năm thành lập (1997 - 2017). Với 8 phường và hơn 266 nghìn dân, trên địa bàn quận có 14 trường đại học, học viện cùng khoảng 200 nghìn sinh viên theo học, nên công tác tư tưởng luôn được đặt trong mối quan hệ với khối trường.

Theo báo cáo, trong năm, Ban Thường vụ Quận ủy đã ban hành 46 văn bản lãnh đạo, chỉ đạo công tác tuyên giáo. Quận tổ chức 6 hội nghị cấp quận quán triệt Nghị quyết Trung ương 5, 6 khóa XII; các chi, đảng bộ trực thuộc tổ chức 152 hội nghị ở cơ sở, thu hút 21.736 lượt cán bộ, đảng viên. Tỷ lệ đảng viên tham gia học tập đạt 97,1 %. Quận ủy cũng tổ chức hai đợt sinh hoạt chính trị – tư tưởng trong Đảng bộ về nâng cao đạo đức công vụ. Trung tâm Bồi dưỡng chính trị quận mở 21 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 2.640 học viên.

Đội ngũ báo cáo viên của quận hiện có 39 đồng chí, phần lớn là giảng viên các trường đại học trên địa bàn. Trong năm, Ban Tuyên giáo Quận ủy tổ chức 11 hội nghị báo cáo viên. Các phường tổ chức 217 buổi nói chuyện thời sự, chuyên đề tại tổ dân phố và ký túc xá sinh viên, với khoảng 25 nghìn lượt người nghe.

Cổng thông tin điện tử quận đăng tải 1.532 tin, bài, tăng 18% so với năm 2016. Đài truyền thanh quận phối hợp với đài của các phường phát 680 chương trình. Đáng chú ý, cuộc thi “Cầu Giấy – 20 năm xây dựng và phát triển” thu hút 4.117 bài dự thi của cán bộ, đảng viên, sinh viên; Ban Tổ chức đã trao 38 giải cho tập thể và cá nhân.

Mạng lưới cộng tác viên dư luận xã hội của quận hiện nay có 58 người; trong năm, Ban Tuyên giáo tổng hợp 18 báo cáo dư luận xã hội, phản ánh kịp thời băn khoăn của người dân về việc thu hồi đất thực hiện dự án đường Vành đai 2,5 và cải tạo các khu tập thể cũ.

Dịp này, Quận ủy Cầu Giấy tặng giấy khen cho 12 tập thể, 27 cá nhân có thành tích tiêu biểu trong thực hiện Chỉ thị 05-CT/TW; Ban Tuyên giáo Quận ủy nhận bằng khen của Ban Tuyên giáo Thành ủy Hà Nội.

Nhiệm vụ năm 2018: tiếp tục triển khai 2 đợt sinh hoạt chính trị gắn với học tập Nghị quyết Trung ương 6, 7 khóa XII; tổ chức 10 hội nghị báo cáo viên; mở 22 lớp bồi dưỡng lý luận chính trị; phát triển mạng lưới cộng tác viên lên 70 người.
"""

T06 = """
Long Biên: Công tác tuyên giáo nhiệm kỳ 2015 – 2020, những dấu ấn

Ngày 14/7/2020, Quận ủy Long Biên tổ chức hội nghị tổng kết công tác tuyên giáo nhiệm kỳ 2015 – 2020, chuẩn bị cho Đại hội đại biểu Đảng bộ quận lần thứ V. Dưới đây là trích phát biểu của đồng chí Đỗ Thị Thanh Huyền, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Long Biên tại hội nghị.

“Thưa các đồng chí,

Nhìn lại 5 năm qua, công tác tuyên giáo của Đảng bộ quận đã bám sát nhiệm vụ chính trị, nhất là trong những năm quận tập trung xây dựng hạ tầng, chỉnh trang đô thị và gần đây là phòng, chống dịch Covid-19.

Cả nhiệm kỳ, Ban Thường vụ Quận ủy đã ban hành 214 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng. Cấp ủy các cấp tổ chức 1.126 hội nghị học tập, quán triệt nghị quyết, chỉ thị của Trung ương, Thành ủy và Quận ủy, với hơn 186 nghìn lượt cán bộ, đảng viên tham dự; tỷ lệ đảng viên tham gia học tập bình quân đạt 95,9%. Riêng năm 2019, quận tổ chức 241 hội nghị học tập, quán triệt, con số cao nhất từ trước tới nay.

Chúng tôi đặc biệt chú trọng xây dựng đội ngũ. Trung tâm Chính trị quận đã mở 148 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 17.350 học viên. Đội ngũ báo cáo viên của quận hiện nay gồm 45 đồng chí; mỗi năm quận tổ chức từ 10 đến 12 hội nghị báo cáo viên.

Tuyên truyền miệng là thế mạnh của Long Biên. Nhiệm kỳ qua, các phường đã tổ chức 2.904 buổi tuyên truyền miệng, nói chuyện chuyên đề tại tổ dân phố, thu hút khoảng 310 nghìn lượt người dân. Quận ủy triển khai năm đợt sinh hoạt chính trị, tư tưởng, trong đó có đợt sinh hoạt về chủ đề “Long Biên – phát triển nhanh và bền vững”. Tôi vẫn nhớ lời một tổ trưởng dân phố ở phường Ngọc Thụy: ‘Tổ tôi 86 hộ, tháng nào cũng họp, lần nào cán bộ phường cũng xuống nói chuyện, nên chuyện gì bà con cũng hiểu trước’.

Về thông tin trên không gian mạng, Trang thông tin điện tử quận đã đăng hơn 9.700 tin, bài. Hiện quận có 15 trang thông tin điện tử (của quận và 14 phường), 21 fanpage chính danh và 612 nhóm Zalo tổ dân phố với khoảng 58 nghìn thành viên. Mạng lưới cộng tác viên dư luận xã hội hiện có 70 người; cả nhiệm kỳ đã tổng hợp 312 báo cáo dư luận xã hội, nổi bật là dư luận quanh dự án cầu Vĩnh Tuy giai đoạn 2, tuyến đường sắt đô thị số 1 và việc thu hồi đất ở bãi giữa sông Hồng.

Công tác thi đua được gắn với việc học tập và làm theo Bác. Trong nhiệm kỳ, 64 tập thể, 139 cá nhân được Ban Thường vụ Quận ủy khen thưởng; cuộc thi tìm hiểu 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2020) do quận phát động thu hút 12.508 bài dự thi.

Nhiệm kỳ 2020 – 2025, Ban Tuyên giáo Quận ủy đề xuất phấn đấu 100% tổ dân phố có nhóm Zalo do chi bộ quản lý, mỗi năm mở ít nhất 30 lớp bồi dưỡng, đưa số cộng tác viên dư luận xã hội lên 100 người.

Xin trân trọng cảm ơn!”
"""

T07 = """
Đông Anh, Sóc Sơn, Mê Linh: Tuyên giáo cơ sở vững nhịp nửa đầu năm 2022

Cập nhật ngày 08-07-2022

Những ngày đầu tháng 7, Ban Tuyên giáo Huyện ủy của ba huyện phía Bắc sông Hồng là Đông Anh, Sóc Sơn và Mê Linh lần lượt sơ kết công tác tuyên giáo 6 tháng đầu năm 2022. Mỗi huyện một đặc thù, nhưng điểm chung là đưa nghị quyết đến gần hơn với người dân.

* Huyện Đông Anh

Đông Anh có 23 xã, 1 thị trấn, đang hoàn thiện các tiêu chí để lên quận trước năm 2025. Sáu tháng đầu năm, Huyện ủy tổ chức 3 hội nghị cấp huyện học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII và Chương trình số 01-CTr/TU của Thành ủy; các tổ chức cơ sở đảng tổ chức 97 hội nghị, với 18.254 lượt cán bộ, đảng viên dự, đạt 96,7%.

Trên địa bàn huyện có Khu công nghiệp Thăng Long và Khu công nghiệp Bắc Thăng Long với hơn 70 nghìn công nhân, phần lớn từ các tỉnh khác đến. Ban Tuyên giáo Huyện ủy phối hợp với Liên đoàn Lao động huyện tổ chức 24 buổi nói chuyện pháp luật, thời sự ngay tại khu nhà trọ, thu hút 5.600 lượt công nhân. Bản tin “Đông Anh ngày mới” phát hành đủ 6 số; Trang thông tin điện tử huyện đăng 846 tin, bài.

* Huyện Sóc Sơn

Tính đến ngày 30/6/2022, Sóc Sơn có 52 báo cáo viên cấp huyện và 31 cộng tác viên dư luận xã hội. Trong 6 tháng, huyện tổ chức 5 hội nghị báo cáo viên; Ban Tuyên giáo Huyện ủy mở 2 lớp tập huấn nghiệp vụ cho 173 học viên là cán bộ làm công tác tuyên giáo ở 26 xã, thị trấn.

Nhân dịp Lễ hội Gióng đền Sóc, huyện tổ chức cuộc thi viết “Sóc Sơn – những tấm gương bình dị mà cao quý”, nhận được 326 tác phẩm; 15 tác phẩm đạt giải. Các chi bộ thôn, xóm tổ chức 410 buổi sinh hoạt chuyên đề gắn với nội dung học tập và làm theo Bác. Ban Tuyên giáo Huyện ủy tổng hợp 11 báo cáo dư luận xã hội, có dư luận về dự án mở rộng Cảng hàng không quốc tế Nội Bài với công suất dự kiến 60 triệu khách/năm.

* Huyện Mê Linh

Mê Linh tập trung đưa nghị quyết về các chi bộ nông thôn. Trong 6 tháng, các cấp ủy tổ chức 64 lớp học tập, quán triệt nghị quyết với 11.920 lượt cán bộ, đảng viên và 2.435 lượt đoàn viên, hội viên; 10.786/11.203 đảng viên tham gia học tập. Huyện ủy ban hành 15 văn bản chỉ đạo, hướng dẫn.

Vùng hoa Mê Linh rộng khoảng 1.000 ha là nơi huyện chọn làm điểm tuyên truyền chuyển đổi số trong nông nghiệp: 18 buổi nói chuyện tại các hợp tác xã hoa đã thu hút khoảng 1.300 lượt nông dân. Đội thông tin lưu động huyện thực hiện từ 20 đến 25 buổi tuyên truyền lưu động tại các thôn. Đài truyền thanh huyện phát 124 chương trình thời sự; huyện duy trì 1 trang fanpage chính danh và 186 nhóm Zalo thôn, xóm.

Dịp sơ kết, Huyện ủy Mê Linh khen thưởng 9 tập thể, 16 cá nhân có thành tích trong tuyên truyền kỷ niệm 1.982 năm khởi nghĩa Hai Bà Trưng. Trong 6 tháng cuối năm, Mê Linh dự kiến tổ chức 3 hội nghị học tập chuyên đề và mở 4 lớp đối tượng kết nạp Đảng.
"""

T08 = """
Ba Vì: Nhiều kết quả nổi bật trong công tác tuyên giáo từ đầu năm 2024

Ba Vì là huyện rộng nhất Thủ đô với 31 xã, thị trấn, trải từ bãi sông Hồng đến đỉnh Vua cao 1.296 m; trong đó có 7 xã miền núi, đồng bào Mường, Dao chiếm khoảng 22% dân số. Công tác tuyên giáo vì vậy luôn phải “đi bằng hai chân”: vừa theo nền nếp chung, vừa sát với vùng đồng bào dân tộc.

Từ đầu năm 2024 đến nay, Ban Tuyên giáo Huyện ủy Ba Vì đã tham mưu Ban Thường vụ Huyện ủy ban hành 24 văn bản lãnh đạo, chỉ đạo; tổ chức 4 hội nghị cấp huyện học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII và các chỉ thị, kết luận mới của Trung ương; hướng dẫn 66 tổ chức cơ sở đảng mở 83 lớp học tập ở cơ sở, với 21.860 lượt cán bộ, đảng viên tham dự, đạt tỷ lệ 97,03%, còn 574 đảng viên chưa tham gia vì tuổi cao, ốm đau; phối hợp Trung tâm Chính trị huyện mở 12 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho 1.083 học viên; tổ chức 7 hội nghị báo cáo viên cấp huyện; triển khai đợt sinh hoạt chính trị về các tác phẩm của cố Tổng Bí thư Nguyễn Phú Trọng – một trong hai đợt sinh hoạt chính trị Huyện ủy triển khai từ đầu năm; duy trì 45 cộng tác viên dư luận xã hội và gửi 16 báo cáo dư luận xã hội lên Ban Tuyên giáo Thành ủy.

Công tác tuyên truyền được đổi mới theo hướng gần dân: báo cáo viên, tuyên truyền viên tổ chức 406 buổi tuyên truyền miệng tại nhà văn hóa thôn, thu hút hơn 32.000 lượt người dân; Đài Phát thanh huyện phát 198 chương trình thời sự; huyện sản xuất 9 video clip song ngữ Việt – Mường về phòng, chống lừa đảo qua mạng, đăng trên 2 trang fanpage chính danh của huyện; hiện có 438 nhóm Zalo thôn, tổ dân phố với trên 47 nghìn thành viên.

“Bà con người Dao ở thôn Yên Sơn thích nghe cán bộ nói bằng tiếng dân tộc. Mỗi tháng thôn có 1 buổi như vậy, ai cũng đến”, ông Triệu Văn Sơn, 58 tuổi, trưởng thôn, cho biết.

Hưởng ứng cuộc thi trực tuyến tìm hiểu 70 năm Chiến thắng Điện Biên Phủ do Ban Tuyên giáo Thành ủy phát động, Ba Vì có 6.347 lượt người dự thi, xếp thứ 4/30 quận, huyện, thị xã. Huyện ủy đã biểu dương 14 tập thể, 22 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Thời gian tới, Ban Tuyên giáo Huyện ủy Ba Vì sẽ tập trung tuyên truyền đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng, mở thêm 3 lớp bồi dưỡng cho cán bộ thôn, bản người dân tộc và phấn đấu 100% thôn có nhóm Zalo.
"""

D05, D06, D07, D08 = "2017-12-26", "2020-07-14", "2022-07-08", "2024-08-20"
P05, P06, P07 = year(2017), term(2015, 2020), h1(2022)
P08 = since("2024-01-01", D08)

DOCS = [
    Doc("h11_05_caugiay_2017", T05, CG, P05, D05, "text", facts=[
        F("ban hành 46 văn bản", 46, "documents_issued"),
        F("tổ chức 6 hội nghị cấp quận", 6, "study_sessions"),
        F("tổ chức 152 hội nghị ở cơ sở", 152, "study_sessions"),
        F("thu hút 21.736 lượt cán bộ, đảng viên", 21736, "study_attendance",
          a="party_members"),
        F("học tập đạt 97,1 %", 97.1, "study_participation_rate"),
        F("tổ chức hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("mở 21 lớp bồi dưỡng", 21, "training_classes"),
        F("với 2.640 học viên", 2640, "trainees"),
        F("hiện có 39 đồng chí", 39, "reporters", p=inst(D05)),
        F("tổ chức 11 hội nghị báo cáo viên", 11, "reporter_conferences"),
        F("tổ chức 217 buổi nói chuyện", 217, "oral_propaganda_sessions"),
        F("khoảng 25 nghìn lượt người nghe", 25000, "propaganda_audience", "approx"),
        F("đăng tải 1.532 tin, bài", 1532, "news_items"),
        F("phát 680 chương trình", 680, "news_items"),
        F("thu hút 4.117 bài dự thi", 4117, "contest_entries"),
        F("hiện nay có 58 người", 58, "opinion_collaborators", p=inst(D05)),
        F("tổng hợp 18 báo cáo dư luận xã hội", 18, "opinion_reports"),
        F("cho 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể, 27 cá nhân", 27, "commended_individuals"),
    ], traps=[("ngày 26/12/2017", 26), ("Sáng 26-12", 26), ("20 năm", 20),
              ("(1997 - 2017)", 1997), ("8 phường", 8), ("hơn 266 nghìn dân", 266000),
              ("14 trường đại học", 14), ("khoảng 200 nghìn sinh viên", 200000),
              ("Trung ương 5, 6", 5), ("khóa XII", 12), ("tăng 18%", 18),
              ("so với năm 2016", 2016), ("trao 38 giải", 38), ("Vành đai 2,5", 2.5),
              ("05-CT/TW", 5), ("Nhiệm vụ năm 2018", 2018), ("2 đợt sinh hoạt chính trị", 2),
              ("Trung ương 6, 7", 6), ("10 hội nghị báo cáo viên", 10), ("mở 22 lớp", 22),
              ("lên 70 người", 70)]),
    Doc("h11_06_longbien_2015_2020", T06, LB, P06, D06, "text", facts=[
        F("ban hành 214 văn bản", 214, "documents_issued"),
        F("tổ chức 1.126 hội nghị học tập", 1126, "study_sessions"),
        F("hơn 186 nghìn lượt cán bộ, đảng viên", 186000, "study_attendance", "at_least",
          a="party_members"),
        F("bình quân đạt 95,9%", 95.9, "study_participation_rate"),
        F("tổ chức 241 hội nghị học tập", 241, "study_sessions", p=year(2019)),
        F("mở 148 lớp bồi dưỡng", 148, "training_classes"),
        F("cho 17.350 học viên", 17350, "trainees"),
        F("hiện nay gồm 45 đồng chí", 45, "reporters", p=inst(D06)),
        F("tổ chức 2.904 buổi tuyên truyền miệng", 2904, "oral_propaganda_sessions"),
        F("khoảng 310 nghìn lượt người dân", 310000, "propaganda_audience", "approx",
          a="masses"),
        F("triển khai năm đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("đăng hơn 9.700 tin, bài", 9700, "news_items", "at_least"),
        F("Hiện quận có 15 trang thông tin điện tử", 15, "websites", p=inst(D06)),
        F("21 fanpage chính danh", 21, "social_pages", p=inst(D06)),
        F("612 nhóm Zalo", 612, "chat_groups", p=inst(D06)),
        F("khoảng 58 nghìn thành viên", 58000, "chat_group_members", "approx", p=inst(D06)),
        F("hiện có 70 người", 70, "opinion_collaborators", p=inst(D06)),
        F("tổng hợp 312 báo cáo dư luận xã hội", 312, "opinion_reports"),
        F("64 tập thể", 64, "commended_collectives"),
        F("139 cá nhân", 139, "commended_individuals"),
        F("thu hút 12.508 bài dự thi", 12508, "contest_entries"),
    ], traps=[("Ngày 14/7/2020", 14), ("lần thứ V", 5), ("5 năm qua", 5),
              ("Covid-19", 19), ("Riêng năm 2019", 2019), ("từ 10 đến 12 hội nghị", 10),
              ("Tổ tôi 86 hộ", 86), ("14 phường", 14), ("giai đoạn 2", 2),
              ("đường sắt đô thị số 1", 1), ("90 năm", 90), ("3/2/1930", 3), ("3/2/2020", 3),
              ("Nhiệm kỳ 2020 – 2025", 2020), ("100% tổ dân phố", 100),
              ("ít nhất 30 lớp", 30), ("lên 100 người", 100)]),
    Doc("h11_07_donganh_socson_melinh_2022", T07, DA, P07, D07, "text", facts=[
        F("tổ chức 3 hội nghị cấp huyện", 3, "study_sessions"),
        F("tổ chức 97 hội nghị", 97, "study_sessions"),
        F("với 18.254 lượt cán bộ, đảng viên", 18254, "study_attendance", a="party_members"),
        F("đạt 96,7%", 96.7, "study_participation_rate"),
        F("tổ chức 24 buổi nói chuyện", 24, "oral_propaganda_sessions"),
        F("thu hút 5.600 lượt công nhân", 5600, "propaganda_audience"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("đăng 846 tin, bài", 846, "news_items"),
        F("Sóc Sơn có 52 báo cáo viên", 52, "reporters", unit=SS, p=inst("2022-06-30")),
        F("31 cộng tác viên dư luận xã hội", 31, "opinion_collaborators", unit=SS,
          p=inst("2022-06-30")),
        F("tổ chức 5 hội nghị báo cáo viên", 5, "reporter_conferences", unit=SS),
        F("mở 2 lớp tập huấn nghiệp vụ", 2, "training_classes", unit=SS),
        F("cho 173 học viên", 173, "trainees", unit=SS),
        F("nhận được 326 tác phẩm", 326, "contest_entries", unit=SS),
        F("tổ chức 410 buổi sinh hoạt chuyên đề", 410, "party_cell_discussions", unit=SS),
        F("tổng hợp 11 báo cáo dư luận xã hội", 11, "opinion_reports", unit=SS),
        F("tổ chức 64 lớp học tập, quán triệt", 64, "study_sessions", unit=ML),
        F("với 11.920 lượt cán bộ, đảng viên", 11920, "study_attendance", a="party_members",
          unit=ML),
        F("2.435 lượt đoàn viên, hội viên", 2435, "study_attendance", a="masses", unit=ML),
        F("10.786/11.203 đảng viên", 10786, "study_attendance", a="party_members", unit=ML),
        F("ban hành 15 văn bản", 15, "documents_issued", unit=ML),
        F("18 buổi nói chuyện", 18, "oral_propaganda_sessions", unit=ML),
        F("khoảng 1.300 lượt nông dân", 1300, "propaganda_audience", "approx", unit=ML),
        F("từ 20 đến 25 buổi tuyên truyền lưu động", 20, "oral_propaganda_sessions",
          "at_least", unit=ML),
        F("phát 124 chương trình thời sự", 124, "news_items", unit=ML),
        F("duy trì 1 trang fanpage", 1, "social_pages", unit=ML, p=end_of(P07)),
        F("186 nhóm Zalo", 186, "chat_groups", unit=ML, p=end_of(P07)),
        F("khen thưởng 9 tập thể", 9, "commended_collectives", unit=ML),
        F("9 tập thể, 16 cá nhân", 16, "commended_individuals", unit=ML),
    ], traps=[("ngày 08-07-2022", 8), ("tháng 7", 7), ("23 xã", 23), ("1 thị trấn", 1),
              ("trước năm 2025", 2025), ("Trung ương 4", 4), ("khóa XIII", 13),
              ("01-CTr/TU", 1), ("hơn 70 nghìn công nhân", 70000), ("ngày 30/6/2022", 30),
              ("26 xã, thị trấn", 26), ("15 tác phẩm đạt giải", 15),
              ("60 triệu khách/năm", 60000000), ("khoảng 1.000 ha", 1000),
              ("1.982 năm", 1982), ("6 tháng cuối năm", 6),
              ("3 hội nghị học tập chuyên đề", 3), ("mở 4 lớp", 4)]),
    Doc("h11_08_bavi_2024", T08, BV, P08, D08, "sidecar", meta={"date": D08}, facts=[
        F("ban hành 24 văn bản", 24, "documents_issued"),
        F("tổ chức 4 hội nghị cấp huyện", 4, "study_sessions"),
        F("mở 83 lớp học tập", 83, "study_sessions"),
        F("với 21.860 lượt cán bộ, đảng viên", 21860, "study_attendance", a="party_members"),
        F("đạt tỷ lệ 97,03%", 97.03, "study_participation_rate"),
        F("còn 574 đảng viên chưa tham gia", 574, "other"),
        F("mở 12 lớp bồi dưỡng", 12, "training_classes"),
        F("cho 1.083 học viên", 1083, "trainees"),
        F("tổ chức 7 hội nghị báo cáo viên", 7, "reporter_conferences"),
        F("một trong hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("duy trì 45 cộng tác viên", 45, "opinion_collaborators", p=end_of(P08)),
        F("gửi 16 báo cáo dư luận xã hội", 16, "opinion_reports"),
        F("tổ chức 406 buổi tuyên truyền miệng", 406, "oral_propaganda_sessions"),
        F("hơn 32.000 lượt người dân", 32000, "propaganda_audience", "at_least", a="masses"),
        F("phát 198 chương trình thời sự", 198, "news_items"),
        F("sản xuất 9 video clip", 9, "news_items"),
        F("đăng trên 2 trang fanpage chính danh", 2, "social_pages", p=end_of(P08)),
        F("hiện có 438 nhóm Zalo", 438, "chat_groups", p=inst(D08)),
        F("trên 47 nghìn thành viên", 47000, "chat_group_members", "at_least", p=inst(D08)),
        F("Ba Vì có 6.347 lượt người dự thi", 6347, "contest_entries"),
        F("biểu dương 14 tập thể", 14, "commended_collectives"),
        F("14 tập thể, 22 cá nhân", 22, "commended_individuals"),
    ], traps=[("31 xã, thị trấn", 31), ("cao 1.296 m", 1296), ("7 xã miền núi", 7),
              ("khoảng 22% dân số", 22), ("Trung ương 8", 8), ("khóa XIII", 13),
              ("66 tổ chức cơ sở đảng", 66), ("có 1 buổi", 1), ("58 tuổi", 58),
              ("70 năm", 70), ("xếp thứ 4/30", 4), ("Đại hội XIV", 14),
              ("thêm 3 lớp", 3), ("100% thôn", 100)]),
]
