"""Fifth held-out set (holdout5), part 1: Ho Chi Minh City districts before 2025-07-01.
Written in session 5 from docs/LABELING.md, tests/eval/README.md, the earlier label sources
(format only) and the seeds, without reading or running the extractor."""
from build_gold import Doc, F, U, end_of, h1, h2, inst, m9, month, quarter, since, year

Q3, Q10, GOVAP = U("Quận 3"), U("Quận 10"), U("Quận Gò Vấp")
THUDUC, HCM = U("Thành phố Thủ Đức"), U("79")
TANBINH, PHUNHUAN = U("Quận Tân Bình"), U("Quận Phú Nhuận")
BINHTAN, CUCHI = U("Quận Bình Tân"), U("Huyện Củ Chi")

# ---------------------------------------------------------------------------------------------
T501 = """
TP.HCM, ngày 12/01/2018

Q.3 và Q10 tổng kết công tác tuyên giáo năm 2017: Đưa thông tin vào tận hẻm nhỏ

Trong tuần qua, Quận ủy Quận 3 và Quận ủy Quận 10 lần lượt tổ chức hội nghị tổng kết công tác tuyên giáo năm 2017, bàn phương hướng năm 2018. Hai quận trung tâm có chung những đặc điểm: mật độ dân cư rất cao, hẻm nhỏ chằng chịt và nhiều chung cư cũ xây dựng từ trước năm 1975.

Quận 3: Mỗi chi bộ là một "trạm" thông tin

Năm qua, Ban Thường vụ Quận ủy Quận 3 ban hành 27 văn bản chỉ đạo công tác chính trị, tư tưởng, trong đó có Kế hoạch 15-KH/QU về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Quận tổ chức 2 hội nghị quán triệt cấp quận và 47 lớp học tập Nghị quyết Trung ương 5, Trung ương 6 khóa XII tại các đảng bộ cơ sở, với 7.384 lượt cán bộ, đảng viên và 1.902 lượt quần chúng tham dự; tỷ lệ đảng viên được học tập đạt 96,8%.

Dù quý I năm 2017 quận chỉ mở được 3 lớp bồi dưỡng nghiệp vụ vì trùng cao điểm Tết Đinh Dậu, cả năm Trung tâm Bồi dưỡng chính trị quận vẫn mở 14 lớp bồi dưỡng lý luận chính trị, nghiệp vụ với 1.126 học viên. Các chi bộ tổ chức 1.318 buổi sinh hoạt chuyên đề, gắn nội dung học tập với việc giải quyết chuyện đỗ xe, lấn chiếm vỉa hè ở từng tổ dân phố.

Tổ tuyên truyền viên của 14 phường đã tổ chức 186 buổi tuyên truyền miệng, thu hút khoảng 12.500 lượt người nghe; bình quân mỗi buổi có gần 70 người. Đến nay, quận có 1 trang thông tin điện tử, 16 fanpage của các phường và 212 nhóm Zalo tổ dân phố.

“Riêng 6 tháng cuối năm, chúng tôi đưa lên trang thông tin điện tử của quận 642 tin, bài, gấp rưỡi cùng kỳ”, đồng chí Lê Minh Tâm, Trưởng ban Tuyên giáo Quận ủy Quận 3 cho biết.

Bà Nguyễn Thị Mỹ, 72 tuổi, ở hẻm 281 Lê Văn Sỹ, kể: “Chung cư tôi ở xây năm 1968, cao 5 tầng, không có thang máy. Tổ trưởng gõ cửa từng nhà, phát tờ gấp, giải thích kỹ lắm.”

Q10: Chú trọng tuyên truyền trên nền tảng số

Năm 2017, Quận 10 tổ chức 39 lớp học tập, quán triệt nghị quyết với 8.015 lượt cán bộ, đảng viên; số lớp tăng 6 lớp so với năm 2016. Tháng 10/2017, quận triển khai một đợt sinh hoạt chính trị nhân kỷ niệm 100 năm Cách mạng Tháng Mười Nga, học tập kinh nghiệm tổ chức từ mô hình của Quận 1.

Ban Tuyên giáo Quận ủy phối hợp Trung tâm Văn hóa quận tổ chức 64 buổi nói chuyện chuyên đề về chủ quyền biển, đảo với hơn 9.300 lượt người nghe, tăng 12% so với cùng kỳ. Đội ngũ báo cáo viên của quận gồm 41 đồng chí; trong năm, Ban tổ chức mười hai hội nghị báo cáo viên để cập nhật thông tin thời sự. Mạng lưới 58 cộng tác viên dư luận xã hội gửi về 96 báo cáo phản ánh tâm tư, nguyện vọng của người dân, nhất là tiểu thương chợ Nguyễn Tri Phương.

Cuộc thi ảnh “Quận 10 – 41 năm xây dựng và phát triển” nhận 418 tác phẩm dự thi; tác phẩm “Bình minh trên chung cư Ấn Quang” của anh Trần Quốc Huy đoạt giải Nhì. Dịp tổng kết, Ban Thường vụ Quận ủy Quận 10 khen thưởng 9 tập thể và 17 cá nhân.

Ảnh: 6 đại biểu nhận giấy khen của Ban Thường vụ Quận ủy.

Năm 2018, Quận 10 phấn đấu 100% chi bộ khu phố có nhóm Zalo sinh hoạt, dự kiến mở thêm 5 lớp bồi dưỡng kỹ năng viết tin cho cộng tác viên.
"""
D501 = "2018-01-12"
P501 = year(2017)

# ---------------------------------------------------------------------------------------------
T502 = """
ĐẢNG BỘ TP. HỒ CHÍ MINH
QUẬN ỦY GÒ VẤP
*
Số 245-BC/QU
Gò Vấp, ngày 28 tháng 6 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019
(Báo cáo gồm 12 trang)

Căn cứ Chương trình công tác năm 2019 của Ban Thường vụ Quận ủy và Hướng dẫn số 38-HD/BTGTU của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy Gò Vấp báo cáo như sau:

Phần I
KẾT QUẢ THỰC HIỆN CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2019

1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Quận ủy ban hành 21 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, tập trung vào việc chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng.

2. Học tập, quán triệt nghị quyết
Quận tổ chức 01 hội nghị trực tuyến cấp quận và 52 hội nghị tại 16 phường, cơ quan, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị, cho 11.240/11.695 đảng viên, đạt 96,11%. Số đảng viên chưa tham gia học tập chiếm dưới 4%, chủ yếu là đảng viên cao tuổi, đau ốm. Ngoài ra có 2.437 lượt quần chúng ưu tú, đoàn viên dự học.

Các chi bộ đã tổ chức 1.874 buổi sinh hoạt thảo luận chuyên đề năm 2019 về nêu cao tinh thần trách nhiệm, chống chủ nghĩa cá nhân.

3. Công tác báo cáo viên, dư luận xã hội
Tính đến ngày 15/6/2019, đội ngũ báo cáo viên của quận có 46 người, cộng tác viên dư luận xã hội có 112 người; trong 6 tháng, lực lượng cộng tác viên thực hiện 38 báo cáo dư luận xã hội. Ban Tuyên giáo Quận ủy tổ chức 5 hội nghị báo cáo viên định kỳ; tại hội nghị tháng 4/2019, báo cáo viên Thành ủy trình bày chuyên đề tình hình Biển Đông trong 150 phút.

4. Tuyên truyền miệng, tuyên truyền trên không gian mạng
Sáu tháng qua, các phường tổ chức 248 buổi tuyên truyền miệng cho hơn 21.000 lượt người nghe. Từ ngày 1/4/2019, quận mở chuyên mục “Gò Vấp hôm nay” trên hệ thống loa truyền thanh, mỗi số dài 15 phút; đến nay đã phát 74 số.

Trang thông tin điện tử của Quận ủy đăng 815 tin, bài, ảnh; fanpage “Gò Vấp – Quận tôi” có ước 2,3 triệu lượt tiếp cận. Hiện nay, toàn quận có 4 trang thông tin điện tử và 27 trang fanpage của các phường, đoàn thể.

5. Thi đua, khen thưởng
Sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW, Quận ủy tặng giấy khen cho 23 tập thể, 41 cá nhân; Ủy ban nhân dân quận đề nghị Thành phố tặng bằng khen cho 2 tập thể. Trong khối thi đua, quận xếp thứ 3/24 quận, huyện của Cụm thi đua 2.

Phần II
PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
1. Tổ chức 30 lớp học tập chuyên đề năm 2020 cho các chi bộ.
2. Phát triển thêm 20 cộng tác viên dư luận xã hội ở các khu phố đông nhà trọ.
3. Chuẩn bị tổng kết 10 năm thực hiện Kết luận số 57-KL/TW; phấn đấu 98% đảng viên được học tập nghị quyết.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu VP.
Địa chỉ: số 19 Quang Trung, phường 10, quận Gò Vấp; ĐT: (028) 3894 1234.
"""
D502 = "2019-06-28"
P502 = h1(2019)

# ---------------------------------------------------------------------------------------------
T503 = """
TP Thủ Đức: Tuyên giáo đi trước trong xây dựng “thành phố trong thành phố”

Chín tháng năm 2022, Ban Tuyên giáo Thành ủy Thủ Đức tập trung thông tin về đề án xây dựng TP Thủ Đức thành đô thị sáng tạo, tương tác cao, tạo đồng thuận trong nhân dân.

TP Thủ Đức được thành lập từ ngày 1/1/2021 trên cơ sở sáp nhập 3 quận là Quận 2, Quận 9 và quận Thủ Đức; hiện gồm 34 phường, diện tích hơn 211 km2, dân số trên 1,1 triệu người, trong đó người từ 60 tuổi trở lên chiếm khoảng 9%.

Trong 9 tháng, Thành ủy Thủ Đức ban hành 31 văn bản lãnh đạo, chỉ đạo công tác tư tưởng; tổ chức 4 hội nghị học tập, quán triệt cấp thành phố và 168 hội nghị ở cơ sở về Nghị quyết Trung ương 4, Trung ương 5 khóa XIII, với 19.627 lượt cán bộ, đảng viên và 5.318 lượt quần chúng; tỷ lệ đảng viên tham gia đạt 97,32%. Trung tâm Chính trị TP Thủ Đức mở 8 lớp sơ cấp lý luận chính trị và 12 lớp bồi dưỡng nhận thức về Đảng cho 2.015 học viên. Ban Tuyên giáo cũng triển khai ba đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ.

Đến nay, các phường đã lập 1.267 nhóm Zalo khu phố, tổ dân phố với gần 265.000 thành viên; 34 trang fanpage phường hoạt động ổn định. Mạng lưới cộng tác viên dư luận xã hội hiện có 186 người.

Cổng thông tin điện tử TP Thủ Đức đăng tải 2.746 tin, bài, video clip; loạt clip về tuyến Metro số 1 Bến Thành – Suối Tiên đoạn qua địa bàn thu hút xấp xỉ 1,4 triệu lượt xem. Các phường tổ chức 412 buổi tuyên truyền miệng với khoảng 46.000 lượt người dân; 100% hộ dân trong vùng dự án đã được tuyên truyền, vận động.

“Tháng 8/2022, chúng tôi nhận và xử lý 57 báo cáo dư luận từ các phường, chủ yếu về bồi thường dự án Vành đai 3”, đồng chí Trưởng ban Tuyên giáo Thành ủy Thủ Đức nói. Đoạn Vành đai 3 qua TP Thủ Đức dài 14,7 km, tổng vốn khoảng 16.900 tỷ đồng.

Cũng trong 9 tháng, Ban Tuyên giáo Thành ủy TP.HCM tổ chức 2 hội nghị báo cáo viên thành phố ngay tại hội trường Khu Công nghệ cao. Người dân có thể phản ánh qua đường dây nóng 0888.101.022 của TP Thủ Đức.

Dịp này, Ban Thường vụ Thành ủy Thủ Đức khen thưởng 15 tập thể và 28 cá nhân. Quý IV/2022, TP Thủ Đức sẽ tổ chức 40 buổi đối thoại với người dân vùng dự án.
"""
D503 = "2022-10-06"  # sidecar only: the text has no dateline
P503 = m9(2022)

# ---------------------------------------------------------------------------------------------
T504 = """
Thứ Hai, 13/7/2020

Tân Bình, Phú Nhuận, Bình Tân, Củ Chi: Khôi phục tuyên truyền trực tiếp sau giãn cách

(TPHCM) – Quý II năm 2020, sau thời gian giãn cách xã hội theo Chỉ thị 16/CT-TTg, các quận, huyện đồng loạt khôi phục hoạt động tuyên truyền trực tiếp, hướng tới đại hội đảng bộ cấp cơ sở nhiệm kỳ 2020 – 2025.

TÂN BÌNH

Quận ủy Tân Bình tổ chức 24 hội nghị học tập, quán triệt Chỉ thị 35-CT/TW tại 15 phường với 6.340 lượt cán bộ, đảng viên. Các chi bộ tổ chức 642 buổi sinh hoạt chi bộ chuyên đề. Trong tháng 5/2020, quận tổ chức 3 lớp bồi dưỡng nghiệp vụ cho 240 học viên là bí thư chi bộ khu phố.

Khu dân cư Bàu Cát có 36 lô chung cư 4 tầng xây từ những năm 1990, nhiều hộ là người cao tuổi; tổ tuyên truyền đã đến gõ cửa từng căn hộ.

PHÚ NHUẬN

Quận ủy Phú Nhuận tổ chức 11 hội nghị quán triệt văn kiện đại hội cho 4.120 lượt cán bộ, đảng viên, đạt tỷ lệ 97%. Ban Tuyên giáo Quận ủy phát hành 6.500 tờ gấp tuyên truyền đại hội. Trong quý, fanpage “Phú Nhuận ngày nay” đăng 386 tin, bài, trung bình mỗi tuần 30 tin. Đến cuối tháng 6/2020, quận có 198 nhóm Zalo với khoảng 31.000 thành viên.

BÌNH TÂN

Bình Tân có 10 phường, dân số hơn 780 nghìn người. Quận ủy ban hành 14 văn bản chỉ đạo công tác tư tưởng; tổ chức 96 buổi tuyên truyền miệng tại các khu nhà trọ với trên 7.800 lượt công nhân, lao động. Hội Người cao tuổi quận có 12.400 hội viên từ 60 tuổi trở lên, nhiều cụ tham gia tổ tuyên truyền khu phố. Các tổ chức trong quận vận động quyên góp được 320 triệu đồng ủng hộ người lao động mất việc.

HUYỆN CỦ CHI

Củ Chi gồm 20 xã và 1 thị trấn, diện tích khoảng 435 km2. Trong quý II, Huyện ủy tổ chức 3 hội nghị quán triệt cấp huyện; Trung tâm Chính trị huyện mở 2 lớp sơ cấp lý luận chính trị với 186 học viên. Đài truyền thanh huyện phát 312 bản tin, tổng thời lượng hơn 150 giờ. Huyện hiện có 38 báo cáo viên và 74 cộng tác viên dư luận xã hội.

Nhân kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2020), huyện tổ chức cuộc thi trực tuyến thu hút 8.912 bài dự thi. Khu di tích Địa đạo Củ Chi với hệ thống đường hầm dài khoảng 250 km năm 2019 đã đón hơn 1,2 triệu lượt khách. Huyện ủy khen thưởng 7 tập thể và 12 cá nhân.
"""
D504 = "2020-07-13"
P504 = quarter(2, 2020)

DOCS = [
    Doc("syn_501_q3_q10_2017", T501, Q3, P501, D501, "text", facts=[
        F("ban hành 27 văn bản", 27, "documents_issued", unit=Q3),
        F("2 hội nghị quán triệt cấp quận", 2, "study_sessions", unit=Q3),
        F("47 lớp học tập", 47, "study_sessions", unit=Q3),
        F("7.384 lượt cán bộ, đảng viên", 7384, "study_attendance", a="party_members",
          unit=Q3),
        F("1.902 lượt quần chúng", 1902, "study_attendance", a="masses", unit=Q3),
        F("đạt 96,8%", 96.8, "study_participation_rate", unit=Q3),
        F("chỉ mở được 3 lớp bồi dưỡng", 3, "training_classes", unit=Q3,
          p=quarter(1, 2017)),
        F("mở 14 lớp bồi dưỡng", 14, "training_classes", unit=Q3),
        F("1.126 học viên", 1126, "trainees", unit=Q3),
        F("1.318 buổi sinh hoạt chuyên đề", 1318, "party_cell_discussions", unit=Q3),
        F("186 buổi tuyên truyền miệng", 186, "oral_propaganda_sessions", unit=Q3),
        F("khoảng 12.500 lượt người nghe", 12500, "propaganda_audience", "approx", unit=Q3),
        F("có 1 trang thông tin điện tử", 1, "websites", unit=Q3, p=inst(D501)),
        F("16 fanpage", 16, "social_pages", unit=Q3, p=inst(D501)),
        F("212 nhóm Zalo", 212, "chat_groups", unit=Q3, p=inst(D501)),
        F("642 tin, bài", 642, "news_items", unit=Q3, p=h2(2017)),
        F("39 lớp học tập", 39, "study_sessions", unit=Q10),
        F("8.015 lượt cán bộ, đảng viên", 8015, "study_attendance", a="party_members",
          unit=Q10),
        F("một đợt sinh hoạt chính trị", 1, "political_campaigns", unit=Q10,
          p=month(10, 2017)),
        F("64 buổi nói chuyện chuyên đề", 64, "oral_propaganda_sessions", unit=Q10),
        F("hơn 9.300 lượt người nghe", 9300, "propaganda_audience", "at_least", unit=Q10),
        F("gồm 41 đồng chí", 41, "reporters", unit=Q10, p=end_of(P501)),
        F("mười hai hội nghị báo cáo viên", 12, "reporter_conferences", unit=Q10),
        F("Mạng lưới 58 cộng tác viên", 58, "opinion_collaborators", unit=Q10,
          p=end_of(P501)),
        F("96 báo cáo phản ánh tâm tư", 96, "opinion_reports", unit=Q10),
        F("418 tác phẩm dự thi", 418, "contest_entries", unit=Q10),
        F("khen thưởng 9 tập thể", 9, "commended_collectives", unit=Q10),
        F("17 cá nhân", 17, "commended_individuals", unit=Q10),
    ], traps=[("ngày 12/01/2018", 12), ("Hai quận trung tâm", 2), ('là một "trạm"', 1),
              ("Tháng Mười Nga", 10), ("gấp rưỡi cùng kỳ", 1.5), ("Q.3", 3), ("Q10", 10), ("Quận 3", 3),
              ("Quận 10", 10), ("năm 1975", 1975), ("Kế hoạch 15-KH/QU", 15),
              ("Trung ương 5", 5), ("Trung ương 6", 6), ("khóa XII", 12),
              ("quý I năm 2017", 1), ("14 phường", 14), ("gần 70 người", 70),
              ("6 tháng cuối năm", 6), ("72 tuổi", 72), ("hẻm 281 Lê Văn Sỹ", 281),
              ("năm 1968", 1968), ("cao 5 tầng", 5), ("tăng 6 lớp", 6),
              ("Tháng 10/2017", 10), ("100 năm", 100), ("Quận 1", 1),
              ("tăng 12% so với cùng kỳ", 12), ("41 năm", 41), ("Ảnh: 6 đại biểu", 6),
              ("100% chi bộ", 100), ("dự kiến mở thêm 5 lớp", 5)]),
    Doc("syn_502_govap_baocao_2019", T502, GOVAP, P502, D502, "text", facts=[
        F("ban hành 21 văn bản", 21, "documents_issued"),
        F("01 hội nghị trực tuyến cấp quận", 1, "study_sessions"),
        F("52 hội nghị tại", 52, "study_sessions"),
        F("11.240/11.695 đảng viên", 11240, "study_attendance", a="party_members"),
        F("đạt 96,11%", 96.11, "study_participation_rate"),
        F("chiếm dưới 4%", 4, "other", "at_most"),
        F("2.437 lượt quần chúng ưu tú, đoàn viên", 2437, "study_attendance", a="masses"),
        F("1.874 buổi sinh hoạt thảo luận", 1874, "party_cell_discussions"),
        F("có 46 người", 46, "reporters", p=inst("2019-06-15")),
        F("có 112 người", 112, "opinion_collaborators", p=inst("2019-06-15")),
        F("thực hiện 38 báo cáo dư luận xã hội", 38, "opinion_reports"),
        F("5 hội nghị báo cáo viên", 5, "reporter_conferences"),
        F("248 buổi tuyên truyền miệng", 248, "oral_propaganda_sessions"),
        F("hơn 21.000 lượt người nghe", 21000, "propaganda_audience", "at_least"),
        F("đã phát 74 số", 74, "news_items", p=since("2019-04-01", D502)),
        F("đăng 815 tin, bài, ảnh", 815, "news_items"),
        F("ước 2,3 triệu lượt tiếp cận", 2300000, "propaganda_audience", "approx"),
        F("có 4 trang thông tin điện tử", 4, "websites", p=inst(D502)),
        F("27 trang fanpage", 27, "social_pages", p=inst(D502)),
        F("giấy khen cho 23 tập thể", 23, "commended_collectives"),
        F("41 cá nhân", 41, "commended_individuals"),
    ], traps=[("Số 245-BC/QU", 245), ("Sáu tháng qua", 6), ("ngày 28 tháng 6 năm 2019", 28),
              ("6 tháng đầu năm 2019", 6), ("6 tháng cuối năm 2019", 6),
              ("gồm 12 trang", 12), ("năm 2019 của Ban", 2019),
              ("Hướng dẫn số 38-HD/BTGTU", 38), ("6 THÁNG ĐẦU NĂM 2019", 6),
              ("6 THÁNG CUỐI NĂM 2019", 6), ("1. Công tác", 1), ("2. Học tập", 2),
              ("3. Công tác", 3), ("4. Tuyên truyền", 4), ("5. Thi đua", 5),
              ("Đại hội XIII", 13), ("16 phường", 16), ("Chỉ thị 35-CT/TW", 35),
              ("chuyên đề năm 2019", 2019), ("ngày 15/6/2019", 15), ("trong 6 tháng", 6),
              ("tháng 4/2019", 4), ("150 phút", 150), ("Từ ngày 1/4/2019", 1),
              ("dài 15 phút", 15), ("3 năm", 3), ("Chỉ thị 05-CT/TW", 5),
              ("bằng khen cho 2 tập thể", 2), ("xếp thứ 3/24", 3), ("Cụm thi đua 2", 2),
              ("1. Tổ chức 30 lớp", 30), ("chuyên đề năm 2020", 2020),
              ("2. Phát triển thêm 20 cộng tác viên", 20), ("3. Chuẩn bị tổng kết 10 năm", 10),
              ("Kết luận số 57-KL/TW", 57), ("phấn đấu 98% đảng viên", 98),
              ("số 19 Quang Trung", 19), ("phường 10", 10), ("(028) 3894 1234", 28)]),
    Doc("syn_503_thuduc_2022", T503, THUDUC, P503, D503, "sidecar", meta={"date": D503},
        facts=[
        F("ban hành 31 văn bản", 31, "documents_issued"),
        F("4 hội nghị học tập, quán triệt cấp thành phố", 4, "study_sessions"),
        F("168 hội nghị ở cơ sở", 168, "study_sessions"),
        F("19.627 lượt cán bộ, đảng viên", 19627, "study_attendance", a="party_members"),
        F("5.318 lượt quần chúng", 5318, "study_attendance", a="masses"),
        F("đạt 97,32%", 97.32, "study_participation_rate"),
        F("mở 8 lớp sơ cấp", 8, "training_classes"),
        F("12 lớp bồi dưỡng nhận thức", 12, "training_classes"),
        F("2.015 học viên", 2015, "trainees"),
        F("ba đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("1.267 nhóm Zalo", 1267, "chat_groups", p=inst(D503)),
        F("gần 265.000 thành viên", 265000, "chat_group_members", "at_most", p=inst(D503)),
        F("34 trang fanpage", 34, "social_pages", p=inst(D503)),
        F("hiện có 186 người", 186, "opinion_collaborators", p=inst(D503)),
        F("đăng tải 2.746 tin, bài", 2746, "news_items"),
        F("xấp xỉ 1,4 triệu lượt xem", 1400000, "propaganda_audience", "approx"),
        F("412 buổi tuyên truyền miệng", 412, "oral_propaganda_sessions"),
        F("khoảng 46.000 lượt người dân", 46000, "propaganda_audience", "approx",
          a="masses"),
        F("100% hộ dân", 100, "other"),
        F("xử lý 57 báo cáo dư luận", 57, "opinion_reports", p=month(8, 2022)),
        F("2 hội nghị báo cáo viên thành phố", 2, "reporter_conferences", unit=HCM),
        F("khen thưởng 15 tập thể", 15, "commended_collectives"),
        F("28 cá nhân", 28, "commended_individuals"),
    ], traps=[("Chín tháng năm 2022", 2022), ("ngày 1/1/2021", 1), ("3 quận", 3),
              ("Quận 2", 2), ("Quận 9", 9), ("gồm 34 phường", 34),
              ("hơn 211 km2", 211), ("trên 1,1 triệu người", 1100000),
              ("từ 60 tuổi", 60), ("khoảng 9%", 9), ("Trong 9 tháng", 9),
              ("Trung ương 4", 4), ("Trung ương 5", 5), ("khóa XIII", 13),
              ("Metro số 1", 1), ("Tháng 8/2022", 8), ("Vành đai 3", 3),
              ("dài 14,7 km", 14.7), ("khoảng 16.900 tỷ đồng", 16900000000000),
              ("trong 9 tháng", 9), ("0888.101.022", 888), ("Quý IV/2022", 4),
              ("sẽ tổ chức 40 buổi", 40)]),
    Doc("syn_504_tanbinh_pn_bt_cc_2020", T504, TANBINH, P504, D504, "text", facts=[
        F("24 hội nghị học tập", 24, "study_sessions", unit=TANBINH),
        F("6.340 lượt cán bộ, đảng viên", 6340, "study_attendance", a="party_members",
          unit=TANBINH),
        F("642 buổi sinh hoạt chi bộ", 642, "party_cell_discussions", unit=TANBINH),
        F("3 lớp bồi dưỡng nghiệp vụ", 3, "training_classes", unit=TANBINH,
          p=month(5, 2020)),
        F("240 học viên", 240, "trainees", unit=TANBINH, p=month(5, 2020)),
        F("11 hội nghị quán triệt", 11, "study_sessions", unit=PHUNHUAN),
        F("4.120 lượt cán bộ, đảng viên", 4120, "study_attendance", a="party_members",
          unit=PHUNHUAN),
        F("đạt tỷ lệ 97%", 97, "study_participation_rate", unit=PHUNHUAN),
        F("6.500 tờ gấp", 6500, "other", unit=PHUNHUAN),
        F("đăng 386 tin, bài", 386, "news_items", unit=PHUNHUAN),
        F("198 nhóm Zalo", 198, "chat_groups", unit=PHUNHUAN, p=inst("2020-06-30")),
        F("khoảng 31.000 thành viên", 31000, "chat_group_members", "approx", unit=PHUNHUAN,
          p=inst("2020-06-30")),
        F("ban hành 14 văn bản", 14, "documents_issued", unit=BINHTAN),
        F("96 buổi tuyên truyền miệng", 96, "oral_propaganda_sessions", unit=BINHTAN),
        F("trên 7.800 lượt công nhân, lao động", 7800, "propaganda_audience", "at_least",
          unit=BINHTAN),
        F("quyên góp được 320 triệu đồng", 320000000, "other", unit=BINHTAN),
        F("3 hội nghị quán triệt cấp huyện", 3, "study_sessions", unit=CUCHI),
        F("2 lớp sơ cấp", 2, "training_classes", unit=CUCHI),
        F("186 học viên", 186, "trainees", unit=CUCHI),
        F("phát 312 bản tin", 312, "news_items", unit=CUCHI),
        F("38 báo cáo viên", 38, "reporters", unit=CUCHI, p=inst(D504)),
        F("74 cộng tác viên", 74, "opinion_collaborators", unit=CUCHI, p=inst(D504)),
        F("8.912 bài dự thi", 8912, "contest_entries", unit=CUCHI),
        F("khen thưởng 7 tập thể", 7, "commended_collectives", unit=CUCHI),
        F("12 cá nhân", 12, "commended_individuals", unit=CUCHI),
    ], traps=[("Thứ Hai, 13/7/2020", 13), ("Quý II năm 2020", 2), ("Chỉ thị 16/CT-TTg", 16),
              ("nhiệm kỳ 2020 – 2025", 2020), ("Chỉ thị 35-CT/TW", 35), ("15 phường", 15),
              ("tháng 5/2020", 5), ("36 lô", 36), ("4 tầng", 4), ("năm 1990", 1990),
              ("mỗi tuần 30 tin", 30), ("tháng 6/2020", 6), ("10 phường", 10),
              ("hơn 780 nghìn người", 780000), ("12.400 hội viên", 12400),
              ("từ 60 tuổi", 60), ("20 xã", 20), ("1 thị trấn", 1),
              ("khoảng 435 km2", 435), ("quý II,", 2), ("hơn 150 giờ", 150),
              ("130 năm", 130), ("(19/5/1890 – 19/5/2020)", 19),
              ("khoảng 250 km", 250), ("năm 2019", 2019), ("hơn 1,2 triệu lượt khách", 1200000)]),
]
