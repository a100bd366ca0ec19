"""Fourth held-out set (holdout4), part 1: Ho Chi Minh City districts before 2025-07-01.
Written in session 4 from docs/LABELING.md, tests/eval/README.md and the seeds only, without
reading the extractor and without running it on these reports."""
from build_gold import Doc, F, U, h1, h2, inst, m9, month, quarter, since, year

Q12, HOCMON = U("Quận 12"), U("Huyện Hóc Môn")
TANPHU, BINHTAN = U("Quận Tân Phú"), U("Quận Bình Tân")
BINHCHANH, Q10 = U("Huyện Bình Chánh"), U("Quận 10")

# ---------------------------------------------------------------------------------------------
T401 = """
Quận 12 và Hóc Môn đưa Nghị quyết Đại hội XII của Đảng về khu phố, ấp

Ngày 8/7/2016, Ban Tuyên giáo Quận ủy Quận 12 và Ban Tuyên giáo Huyện ủy Hóc Môn phối hợp tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2016. Hội nghị khai mạc lúc 7 giờ 30 tại hội trường Huyện ủy Hóc Môn, số 2 Lý Thường Kiệt, thị trấn Hóc Môn. Hai địa phương nằm ở cửa ngõ Tây Bắc thành phố, có Quốc lộ 1A và Quốc lộ 22 chạy qua, tốc độ đô thị hóa nhanh, người nhập cư đông.

QUẬN 12

Nửa đầu năm nay, công tác tuyên giáo của quận xoay quanh hai việc lớn: quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng và tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV, đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 diễn ra ngày 22/5/2016.

Ban Thường vụ Quận ủy đã ban hành 19 văn bản chỉ đạo về công tác tư tưởng. Quận tổ chức 1 hội nghị quán triệt cấp quận và 42 lớp học tập nghị quyết tại các đảng bộ, chi bộ cơ sở, với 8.436 lượt cán bộ, đảng viên và 2.115 lượt quần chúng ưu tú tham dự. Tỷ lệ đảng viên tham gia học tập đạt 95,6%; đảng viên làm việc ở Công viên phần mềm Quang Trung, do làm theo ca, được bố trí học bù vào buổi tối.

Quận có 11 phường, trên 500 nghìn dân, trong đó người từ các tỉnh đến tạm trú chiếm gần 40% dân số. Vì vậy, tài liệu tuyên truyền bầu cử được in thành tờ gấp ngắn gọn, phát tận phòng trọ. Các phường đã treo 2.340 băng rôn, dựng 185 pano, áp phích; tổ tuyên truyền khu phố tổ chức 126 buổi tuyên truyền miệng với khoảng 15.800 lượt người nghe.

Ông Nguyễn Văn Bảy, 68 tuổi, tổ trưởng tổ dân phố 45, khu phố 3, phường Thạnh Lộc, kể: “Khu tôi có 312 phòng trọ, hơn 900 người thuê, sáng đi tối về. Tờ gấp nhỏ, dán ngay cửa phòng, bà con đọc lúc nấu cơm là hiểu liền.”

Đội ngũ báo cáo viên của quận hiện nay gồm 38 đồng chí; trong 6 tháng, Ban Tuyên giáo Quận ủy tổ chức 06 hội nghị báo cáo viên để cung cấp thông tin thời sự, định hướng dư luận.

HUYỆN HÓC MÔN

Hóc Môn là huyện ngoại thành gồm 11 xã và 1 thị trấn với 80 ấp, khu phố, diện tích khoảng 109 km2. Từ đầu năm đến nay, Huyện ủy tổ chức 3 hội nghị học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội X Đảng bộ thành phố cho 4.950 lượt cán bộ, đảng viên, đạt tỷ lệ 97,15 %.

Trung tâm Bồi dưỡng chính trị huyện mở năm lớp sơ cấp lý luận chính trị và 2 lớp bồi dưỡng nhận thức về Đảng, tổng số 415 học viên. Các xã, thị trấn tổ chức hàng trăm buổi nói chuyện chuyên đề về bầu cử tại nhà văn hóa ấp, điểm sinh hoạt khu phố.

Tính đến ngày 30/6/2016, huyện có 47 cộng tác viên dư luận xã hội. Sáu tháng qua, lực lượng này đã gửi 12 báo cáo dư luận xã hội, tập trung vào tâm tư của các hộ dân trong vùng dự án nạo vét kênh Thầy Cai, công trình có tổng vốn khoảng 850 tỷ đồng.

Dịp này, Ban Thường vụ Huyện ủy khen thưởng 14 tập thể và 21 cá nhân có thành tích trong công tác tuyên truyền bầu cử.

Phát biểu kết luận, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy đề nghị hai địa phương trong 6 tháng cuối năm phấn đấu hoàn thành việc học tập nghị quyết cho 100% đảng viên, mỗi xã, phường xây dựng ít nhất 2 mô hình “Dân vận khéo”.
"""
D401 = "2016-07-08"
P401 = h1(2016)
S401 = since("2016-01-01", D401)

# ---------------------------------------------------------------------------------------------
T402 = """
ĐẢNG BỘ QUẬN TÂN PHÚ
BAN TUYÊN GIÁO QUẬN ỦY
Số 112-BC/BTGQU
Tân Phú, ngày 04 tháng 10 năm 2019

BÁO CÁO
Kết quả công tác tuyên giáo 9 tháng năm 2019 và nhiệm vụ trọng tâm quý IV/2019

Thực hiện Kế hoạch số 36-KH/QU ngày 15/01/2019 của Ban Thường vụ Quận ủy về công tác tuyên giáo năm 2019, Ban Tuyên giáo Quận ủy báo cáo như sau:

I. TÌNH HÌNH TƯ TƯỞNG, DƯ LUẬN XÃ HỘI

Cán bộ, đảng viên và nhân dân trên địa bàn 11 phường cơ bản đồng tình với các chủ trương của thành phố. Người dân quan tâm nhiều đến việc điều chỉnh giá điện từ ngày 20/3/2019, tình trạng ngập khi mưa lớn trên đường Tân Kỳ Tân Quý và đường số 27 khu dân cư Sơn Kỳ. Theo một khảo sát của Viện Nghiên cứu phát triển thành phố, 61% người được hỏi ở khu vực phía Tây cho rằng ngập nước là vấn đề bức xúc nhất.

Mạng lưới cộng tác viên dư luận xã hội của quận hiện nay có 73 đồng chí, đã thực hiện 27 báo cáo phản ánh tâm tư, nguyện vọng của nhân dân gửi Thường trực Quận ủy.

II. KẾT QUẢ THỰC HIỆN

1. Học tập, quán triệt nghị quyết, chỉ thị
Ban Thường vụ Quận ủy ban hành 25 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng. Quận tổ chức 58 lớp học tập chuyên đề năm 2019 về tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, với 9.870/10.214 đảng viên tham dự, đạt 96,63%. Các chi bộ tổ chức 1.146 buổi sinh hoạt chi bộ chuyên đề.

2. Sinh hoạt chính trị, tư tưởng
Kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (1969 – 2019), Đảng bộ quận triển khai 01 đợt sinh hoạt chính trị kéo dài 4 tháng. Hội thi tìm hiểu Di chúc của Bác thu hút 31.402 bài dự thi; quận xếp thứ 2 toàn thành phố về số lượng bài, bài thi cao nhất đạt 98,5 điểm.

3. Thông tin, tuyên truyền
Trang thông tin điện tử của Quận ủy đăng 1.384 tin, bài; các video clip trên fanpage của quận thu hút ước tính 420 nghìn lượt xem. Riêng tháng 8/2019, các phường tổ chức 64 buổi tuyên truyền miệng về phòng, chống dịch sốt xuất huyết với 5.230 lượt người nghe. Quý III năm 2019, quận đăng tải 486 tin, bài, video trên mạng xã hội.

4. Báo cáo viên
Đội ngũ báo cáo viên cấp quận hiện có 31 người. Trong 9 tháng, Ban Tuyên giáo tổ chức 8 hội nghị báo cáo viên định kỳ.

5. Thi đua, khen thưởng
Sơ kết Chỉ thị 05-CT/TW, Ban Thường vụ Quận ủy tặng giấy khen cho 16 tập thể, 29 cá nhân.

III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2019
- Phấn đấu 100% chi bộ hoàn thành học tập chuyên đề năm 2019.
- Tổ chức 15 lớp bồi dưỡng nghiệp vụ cho tuyên truyền viên cơ sở.
- Chỉ tiêu quý IV: phát triển thêm 12 cộng tác viên dư luận xã hội ở các khu phố có nhiều nhà trọ.
- Đến năm 2020, mỗi phường có ít nhất 1 fanpage chính danh.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.
Trụ sở: số 70A Thoại Ngọc Hầu, phường Hòa Thạnh; điện thoại: 028.3973.5521.
"""
D402 = "2019-10-04"
P402 = m9(2019)

# ---------------------------------------------------------------------------------------------
T403 = """
Bình Tân: Giữ mạch thông tin thông suốt trong những tháng cao điểm dịch bệnh

(Thanhuytphcm.vn) - Ban Tuyên giáo Quận ủy quận Bình Tân vừa tổ chức hội nghị trực tuyến sơ kết công tác tuyên giáo 9 tháng đầu năm 2021.

Bình Tân là quận đông dân nhất thành phố với hơn 784 nghìn người, khoảng 2/3 là công nhân, lao động từ các tỉnh, thành; riêng Khu công nghiệp Tân Tạo có hàng chục nghìn lao động. Khi dịch Covid-19 bùng phát lần thứ tư, quận trở thành một trong những “điểm nóng” của thành phố.

Chín tháng qua, Quận ủy tổ chức 18 hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XI Đảng bộ thành phố cho 13.906 lượt cán bộ, đảng viên; tỷ lệ đảng viên tham gia đạt 94,2 %. Các chi bộ khu phố chuyển sang sinh hoạt qua ứng dụng trực tuyến, tổ chức được 812 buổi sinh hoạt chi bộ.

Từ ngày 31/5 đến nay, Ban Tuyên giáo Quận ủy đã biên tập 214 bản tin phát thanh, phát hằng ngày qua hệ thống loa của các khu phố vào lúc 6 giờ sáng và 17 giờ chiều. Nhiều người dân nói vui rằng “loa phường” đã trở lại đúng lúc cần nhất.

Quý III năm 2021, khi thành phố thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg, hoạt động tuyên truyền miệng trực tiếp phải tạm dừng. Ban chuyển sang tổ chức 37 buổi nói chuyện trực tuyến với khoảng 4.100 lượt người theo dõi. Tháng 7/2021, cộng tác viên dư luận xã hội gửi về 23 báo cáo nhanh về tâm trạng người dân trong các khu phong tỏa.

Hiện nay, quận có 1.032 nhóm Zalo của khu phố, tổ dân phố với gần 160 nghìn thành viên, do tổ trưởng và cán bộ khu phố làm quản trị. Qua các nhóm, thông tin về điểm tiêm vắc-xin, túi an sinh và số điện thoại đường dây nóng 028.3762.0115 của quận đến với người dân chỉ sau vài phút.

Chị Lê Thị Hồng, công nhân thuê trọ ở hẻm 62 đường Bình Trị Đông, chia sẻ: “Phòng trọ 12 m2 mà bốn người ở, mất việc cả tháng. Nhờ nhóm Zalo khu phố mà ngày nào cũng biết chỗ nào phát gạo, chỗ nào tiêm ngừa.”

Theo báo cáo, 9 tháng đầu năm, các doanh nghiệp trong khu công nghiệp của quận đạt kim ngạch xuất khẩu khoảng 310 triệu USD, giảm mạnh so với cùng kỳ do nhiều nhà máy phải tạm ngưng hoạt động.

Dịp này, Ban Thường vụ Quận ủy biểu dương 11 tập thể và 34 cá nhân là tuyên truyền viên tiêu biểu trong phòng, chống dịch.

Đánh giá chung, hội nghị cho rằng công tác tuyên giáo của quận đã bám sát diễn biến dịch bệnh, kịp thời chuyển sang các hình thức trực tuyến, góp phần ổn định tâm lý người dân. Tuy nhiên, việc nắm bắt dư luận ở các khu nhà trọ có lúc còn chậm; một số tin đồn thất thiệt về việc phong tỏa, phát hàng hỗ trợ lan nhanh trên mạng xã hội trước khi có thông tin chính thức. Một số chi bộ khu phố còn lúng túng khi sinh hoạt trực tuyến, nhất là ở nơi nhiều đảng viên cao tuổi không quen dùng điện thoại thông minh.

Trong quý IV, quận dự kiến tổ chức lại 120 buổi tuyên truyền miệng trực tiếp khi dịch được kiểm soát, đồng thời phấn đấu mỗi khu phố có 1 tổ “tuyên truyền viên số”.
"""
D403 = "2021-10-08"  # sidecar only: the text has no dateline
P403 = m9(2021)

# ---------------------------------------------------------------------------------------------
T404 = """
Thứ Năm, 11/01/2024

Bình Chánh, Quận 10 tổng kết công tác tuyên giáo năm 2023

(Thanhuytphcm.vn) - Trong hai ngày 9 và 10/1, Huyện ủy Bình Chánh và Quận ủy Quận 10 lần lượt tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023, triển khai nhiệm vụ năm 2024.

Huyện Bình Chánh: Tuyên truyền đi trước một bước ở vùng dự án

Bình Chánh là huyện có diện tích lớn thứ hai thành phố với hơn 252 km2, gồm 15 xã và 1 thị trấn, dân số khoảng 800 nghìn người. Năm qua, huyện tập trung tuyên truyền giải phóng mặt bằng dự án đường Vành đai 3 – đoạn qua huyện dài khoảng 12 km – và dự án nâng cấp Quốc lộ 50 có tổng mức đầu tư hơn 4.000 tỷ đồng.

Trong năm, Ban Thường vụ Huyện ủy ban hành 33 văn bản về công tác tuyên giáo. Huyện tổ chức 4 hội nghị học tập, quán triệt cấp huyện và 96 lớp ở cơ sở, với tổng cộng 21.560 lượt cán bộ, đảng viên tham dự; tỷ lệ đảng viên học tập nghị quyết đạt 98,04%. Huyện cũng triển khai hai đợt sinh hoạt chính trị về các tác phẩm của Tổng Bí thư Nguyễn Phú Trọng.

Tính đến ngày 31/12/2023, huyện có 52 báo cáo viên; trong năm, Ban Tuyên giáo Huyện ủy tổ chức 12 hội nghị báo cáo viên.

Hiện nay, các ấp, khu phố của huyện duy trì 406 nhóm Zalo với hơn 82.000 thành viên. “Năm qua, chúng tôi đưa 1.250 tin, bài lên trang Bình Chánh trực tuyến; riêng video về nông dân trồng lan ở Lê Minh Xuân đạt hơn 300 nghìn lượt xem”, đồng chí Nguyễn Thị Thu Vân, Trưởng ban Tuyên giáo Huyện ủy cho biết.

Ông Trần Văn Lượm, 71 tuổi, ở ấp 4 xã Vĩnh Lộc A, có 1.200 m2 đất nằm trong dự án, kể: “Cán bộ xuống nhà 5 lần, giải thích từng khoản đền bù, tôi mới yên tâm giao mặt bằng.”

Quận 10: Nhiều cách làm mới trong tuyên truyền miệng

Năm 2023, Quận 10 tổ chức 38 lớp học tập, quán triệt các nghị quyết, chỉ thị mới của Trung ương và Thành ủy cho 9.412 lượt cán bộ, đảng viên và 3.087 lượt đoàn viên, hội viên. Ban Tuyên giáo Quận ủy phối hợp các phường tổ chức 212 buổi tuyên truyền miệng, thu hút trên 18.000 lượt người nghe; riêng 6 tháng cuối năm có 97 buổi được tổ chức tại chợ Nguyễn Tri Phương, khu vực Ngã 7 Lý Thái Tổ và các chung cư.

Khu vực Bệnh viện Nhân dân 115 và Bệnh viện Nhi đồng 1 mỗi ngày tiếp nhận hàng nghìn lượt người bệnh từ các tỉnh, nên Đảng ủy các bệnh viện phối hợp đặt bảng tin, màn hình tại khu chờ khám.

Cuộc thi viết “Tìm hiểu lịch sử Đảng bộ Quận 10” nhận được 6.842 bài dự thi. Đến nay, quận có 26 fanpage chính danh của các phường, đoàn thể; trang “Quận 10 ngày mới” đăng 1.930 tin, bài, infographic trong năm. Trong đợt thẩm định của Ban Tuyên giáo Thành ủy, bộ chỉ số đánh giá công tác tuyên giáo của quận đạt 96,5/100 điểm.

Dịp tổng kết, Ban Thường vụ Quận ủy khen thưởng 12 tập thể, 19 cá nhân. Năm 2024, quận phấn đấu 100% chi bộ có nhóm Zalo sinh hoạt, mỗi phường có ít nhất 3 tuyên truyền viên nòng cốt trên mạng xã hội.
"""
D404 = "2024-01-11"
P404 = year(2023)

DOCS = [
    Doc("syn_401_q12_hocmon_2016", T401, Q12, P401, D401, "text", facts=[
        F("ban hành 19 văn bản", 19, "documents_issued", unit=Q12),
        F("1 hội nghị quán triệt cấp quận", 1, "study_sessions", unit=Q12),
        F("42 lớp học tập nghị quyết", 42, "study_sessions", unit=Q12),
        F("8.436 lượt cán bộ, đảng viên", 8436, "study_attendance", a="party_members",
          unit=Q12),
        F("2.115 lượt quần chúng", 2115, "study_attendance", a="masses", unit=Q12),
        F("đạt 95,6%", 95.6, "study_participation_rate", unit=Q12),
        F("treo 2.340 băng rôn", 2340, "other", unit=Q12),
        F("185 pano, áp phích", 185, "other", unit=Q12),
        F("126 buổi tuyên truyền miệng", 126, "oral_propaganda_sessions", unit=Q12),
        F("khoảng 15.800 lượt người nghe", 15800, "propaganda_audience", "approx", unit=Q12),
        F("gồm 38 đồng chí", 38, "reporters", unit=Q12, p=inst(D401)),
        F("06 hội nghị báo cáo viên", 6, "reporter_conferences", unit=Q12),
        F("3 hội nghị học tập", 3, "study_sessions", unit=HOCMON, p=S401),
        F("4.950 lượt cán bộ, đảng viên", 4950, "study_attendance", a="party_members",
          unit=HOCMON, p=S401),
        F("đạt tỷ lệ 97,15 %", 97.15, "study_participation_rate", unit=HOCMON, p=S401),
        F("mở năm lớp sơ cấp lý luận chính trị", 5, "training_classes", unit=HOCMON),
        F("2 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes", unit=HOCMON),
        F("tổng số 415 học viên", 415, "trainees", unit=HOCMON),
        F("hàng trăm buổi nói chuyện chuyên đề", 100, "oral_propaganda_sessions", "at_least",
          unit=HOCMON),
        F("có 47 cộng tác viên dư luận xã hội", 47, "opinion_collaborators", unit=HOCMON,
          p=inst("2016-06-30")),
        F("gửi 12 báo cáo dư luận xã hội", 12, "opinion_reports", unit=HOCMON),
        F("khen thưởng 14 tập thể", 14, "commended_collectives", unit=HOCMON),
        F("21 cá nhân", 21, "commended_individuals", unit=HOCMON),
    ], traps=[("Ngày 8/7/2016", 8), ("Quận 12", 12), ("QUẬN 12", 12), ("lúc 7 giờ 30", 7),
              ("số 2 Lý Thường Kiệt", 2), ("Quốc lộ 1A", 1), ("Quốc lộ 22", 22),
              ("Đại hội XII", 12), ("lần thứ XII", 12), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5/2016", 22), ("11 phường", 11),
              ("trên 500 nghìn dân", 500000), ("gần 40% dân số", 40), ("68 tuổi", 68),
              ("tổ dân phố 45", 45), ("khu phố 3", 3), ("312 phòng trọ", 312),
              ("hơn 900 người thuê", 900), ("trong 6 tháng", 6), ("11 xã", 11),
              ("1 thị trấn", 1), ("80 ấp, khu phố", 80), ("khoảng 109 km2", 109),
              ("Đại hội X Đảng bộ", 10), ("ngày 30/6/2016", 30),
              ("khoảng 850 tỷ đồng", 850000000000), ("6 tháng cuối năm", 6),
              ("100% đảng viên", 100), ("ít nhất 2 mô hình", 2)]),
    Doc("syn_402_tanphu_baocao_2019", T402, TANPHU, P402, D402, "text", facts=[
        F("hiện nay có 73 đồng chí", 73, "opinion_collaborators", p=inst(D402)),
        F("đã thực hiện 27 báo cáo", 27, "opinion_reports"),
        F("ban hành 25 văn bản", 25, "documents_issued"),
        F("58 lớp học tập", 58, "study_sessions"),
        F("9.870/10.214 đảng viên", 9870, "study_attendance", a="party_members"),
        F("đạt 96,63%", 96.63, "study_participation_rate"),
        F("1.146 buổi sinh hoạt chi bộ", 1146, "party_cell_discussions"),
        F("01 đợt sinh hoạt chính trị", 1, "political_campaigns"),
        F("31.402 bài dự thi", 31402, "contest_entries"),
        F("đăng 1.384 tin, bài", 1384, "news_items"),
        F("ước tính 420 nghìn lượt xem", 420000, "propaganda_audience", "approx"),
        F("64 buổi tuyên truyền miệng", 64, "oral_propaganda_sessions", p=month(8, 2019)),
        F("5.230 lượt người nghe", 5230, "propaganda_audience", p=month(8, 2019)),
        F("486 tin, bài, video", 486, "news_items", p=quarter(3, 2019)),
        F("hiện có 31 người", 31, "reporters", p=inst(D402)),
        F("8 hội nghị báo cáo viên", 8, "reporter_conferences"),
        F("16 tập thể", 16, "commended_collectives"),
        F("29 cá nhân", 29, "commended_individuals"),
    ], traps=[("Số 112-BC/BTGQU", 112), ("ngày 04 tháng 10 năm 2019", 4),
              ("9 tháng năm 2019", 9), ("quý IV/2019", 4), ("QUÝ IV/2019", 4),
              ("Kế hoạch số 36-KH/QU", 36), ("ngày 15/01/2019", 15), ("11 phường", 11),
              ("ngày 20/3/2019", 20), ("đường số 27", 27), ("61% người được hỏi", 61),
              ("chuyên đề năm 2019", 2019), ("50 năm", 50), ("(1969 – 2019)", 1969),
              ("kéo dài 4 tháng", 4), ("xếp thứ 2", 2), ("đạt 98,5 điểm", 98.5),
              ("tháng 8/2019", 8), ("Quý III năm 2019", 3), ("Trong 9 tháng", 9),
              ("Chỉ thị 05-CT/TW", 5), ("Phấn đấu 100% chi bộ", 100),
              ("Tổ chức 15 lớp bồi dưỡng", 15), ("phát triển thêm 12 cộng tác viên", 12), ("Đến năm 2020", 2020),
              ("ít nhất 1 fanpage", 1), ("số 70A Thoại Ngọc Hầu", 70),
              ("028.3973.5521", 28), ("1. Học tập", 1), ("2. Sinh hoạt", 2),
              ("3. Thông tin", 3), ("4. Báo cáo viên", 4), ("5. Thi đua", 5)]),
    Doc("syn_403_binhtan_2021", T403, BINHTAN, P403, D403, "sidecar", meta={"date": D403},
        facts=[
        F("18 hội nghị trực tuyến học tập", 18, "study_sessions"),
        F("13.906 lượt cán bộ, đảng viên", 13906, "study_attendance", a="party_members"),
        F("đạt 94,2 %", 94.2, "study_participation_rate"),
        F("812 buổi sinh hoạt chi bộ", 812, "party_cell_discussions"),
        F("biên tập 214 bản tin phát thanh", 214, "news_items", p=since("2021-05-31", D403)),
        F("37 buổi nói chuyện trực tuyến", 37, "oral_propaganda_sessions",
          p=quarter(3, 2021)),
        F("khoảng 4.100 lượt người theo dõi", 4100, "propaganda_audience", "approx",
          p=quarter(3, 2021)),
        F("gửi về 23 báo cáo nhanh", 23, "opinion_reports", p=month(7, 2021)),
        F("1.032 nhóm Zalo", 1032, "chat_groups", p=inst(D403)),
        F("gần 160 nghìn thành viên", 160000, "chat_group_members", "at_most", p=inst(D403)),
        F("biểu dương 11 tập thể", 11, "commended_collectives"),
        F("34 cá nhân", 34, "commended_individuals"),
    ], traps=[("9 tháng đầu năm 2021", 9), ("hơn 784 nghìn người", 784000),
              ("khoảng 2/3 là công nhân", 2), ("hàng chục nghìn lao động", 10000),
              ("lần thứ tư", 4), ("Covid-19", 19), ("Đại hội XIII", 13), ("Đại hội XI", 11),
              ("Từ ngày 31/5", 31), ("lúc 6 giờ sáng", 6), ("17 giờ chiều", 17),
              ("Quý III năm 2021", 3), ("Chỉ thị 16/CT-TTg", 16), ("Tháng 7/2021", 7),
              ("028.3762.0115", 28), ("hẻm 62", 62), ("12 m2", 12), ("bốn người", 4),
              ("khoảng 310 triệu USD", 310000000), ("9 tháng đầu năm", 9),
              ("dự kiến tổ chức lại 120 buổi", 120), ("có 1 tổ", 1)]),
    Doc("syn_404_binhchanh_q10_2023", T404, BINHCHANH, P404, D404, "text", facts=[
        F("ban hành 33 văn bản", 33, "documents_issued", unit=BINHCHANH),
        F("4 hội nghị học tập, quán triệt cấp huyện", 4, "study_sessions", unit=BINHCHANH),
        F("96 lớp ở cơ sở", 96, "study_sessions", unit=BINHCHANH),
        F("21.560 lượt cán bộ, đảng viên", 21560, "study_attendance", a="party_members",
          unit=BINHCHANH),
        F("đạt 98,04%", 98.04, "study_participation_rate", unit=BINHCHANH),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns", unit=BINHCHANH),
        F("có 52 báo cáo viên", 52, "reporters", unit=BINHCHANH, p=inst("2023-12-31")),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences", unit=BINHCHANH),
        F("duy trì 406 nhóm Zalo", 406, "chat_groups", unit=BINHCHANH, p=inst(D404)),
        F("hơn 82.000 thành viên", 82000, "chat_group_members", "at_least", unit=BINHCHANH,
          p=inst(D404)),
        F("đưa 1.250 tin, bài", 1250, "news_items", unit=BINHCHANH),
        F("hơn 300 nghìn lượt xem", 300000, "propaganda_audience", "at_least",
          unit=BINHCHANH),
        F("38 lớp học tập, quán triệt", 38, "study_sessions", unit=Q10),
        F("9.412 lượt cán bộ, đảng viên", 9412, "study_attendance", a="party_members",
          unit=Q10),
        F("3.087 lượt đoàn viên, hội viên", 3087, "study_attendance", a="masses", unit=Q10),
        F("212 buổi tuyên truyền miệng", 212, "oral_propaganda_sessions", unit=Q10),
        F("trên 18.000 lượt người nghe", 18000, "propaganda_audience", "at_least", unit=Q10),
        F("có 97 buổi", 97, "oral_propaganda_sessions", unit=Q10, p=h2(2023)),
        F("6.842 bài dự thi", 6842, "contest_entries", unit=Q10),
        F("26 fanpage chính danh", 26, "social_pages", unit=Q10, p=inst(D404)),
        F("1.930 tin, bài, infographic", 1930, "news_items", unit=Q10),
        F("khen thưởng 12 tập thể", 12, "commended_collectives", unit=Q10),
        F("19 cá nhân", 19, "commended_individuals", unit=Q10),
    ], traps=[("Thứ Năm, 11/01/2024", 11), ("ngày 9 và 10/1", 9), ("10/1", 10),
              ("Quận 10", 10), ("hơn 252 km2", 252), ("15 xã", 15), ("1 thị trấn", 1),
              ("khoảng 800 nghìn người", 800000), ("Vành đai 3", 3), ("khoảng 12 km", 12),
              ("Quốc lộ 50", 50), ("hơn 4.000 tỷ đồng", 4000000000000),
              ("ngày 31/12/2023", 31), ("71 tuổi", 71), ("ấp 4", 4), ("1.200 m2", 1200),
              ("5 lần", 5), ("6 tháng cuối năm", 6), ("Ngã 7 Lý Thái Tổ", 7),
              ("Bệnh viện Nhân dân 115", 115), ("Nhi đồng 1", 1),
              ("hàng nghìn lượt người bệnh", 1000), ("đạt 96,5/100 điểm", 96.5),
              ("100% chi bộ", 100), ("ít nhất 3 tuyên truyền viên", 3)]),
]
