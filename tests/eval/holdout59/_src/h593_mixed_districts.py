"""holdout59, part 3: districts before the reform in both cities (2022, 2023, 2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or running
the extractor or any other eval set.

Decisions where the guide leaves room:
- an article whose headline names three districts before its colon and whose sections are headed
  "* Quận/Huyện ..." gives each section to its district; bare "hội nghị"/"lớp" in the sections
  count the headline's study (study_sessions);
- headlines under "Tin liên quan" are traps (another article's facts);
- a terse list with abbreviations (HN, CB, ĐV, CTV DLXH, BCV, đ/c) is read like the written-out
  words; "Tọa đàm phát trực tiếp ...: 6 chương trình" are programmes aired (news_items);
- stocks in a nine-month list with no "hiện có" marker are instants at the period's end, a
  fanpage's followers with "hiện có" an instant at the document date;
- a bulletin's issue month is not the period when its headline names a quarter;
- a class opened with a city school as partner is the district's.
"""
from build_gold import Doc, F, U, end_of, inst, m9, quarter

LB, GL, DA = U("Quận Long Biên"), U("Huyện Gia Lâm"), U("Huyện Đông Anh")
BT, TX = U("Quận Bình Thạnh"), U("Quận Thanh Xuân")

T07 = """
Cập nhật 05/04/2022 09:30

Long Biên, Gia Lâm, Đông Anh: Hoàn thành học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII

Quý I năm 2022, ba địa phương phía Đông Bắc Thủ đô đã hoàn thành việc học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị. Theo Ban Tuyên giáo Thành ủy, tính đến ngày 31/3/2022 đã có 30 quận, huyện, thị xã hoàn thành việc học tập nghị quyết này.

* Quận Long Biên
Quận ủy tổ chức 2 hội nghị cấp quận; 14 đảng bộ phường và 26 chi, đảng bộ cơ sở mở 198 lớp với 21.408 lượt cán bộ, đảng viên, đạt 97,2%. Đồng chí Phạm Thu Trang, Trưởng ban Tuyên giáo Quận ủy Long Biên, cho biết: “Chúng tôi yêu cầu mỗi đảng viên viết bài thu hoạch; trong quý, các chi bộ đã thu về 17.950 bài thu hoạch.” Ban Thường vụ Quận ủy cũng ban hành 4 văn bản hướng dẫn các chi bộ xây dựng chương trình hành động.

* Huyện Gia Lâm
Huyện ủy tổ chức 1 hội nghị trực tuyến kết nối 35 điểm cầu; lượt cán bộ, đảng viên dự tại các điểm cầu: 3.160. Các cơ sở mở tiếp 236 lớp, ước 15.900 lượt đảng viên dự; riêng quần chúng có 2.340 lượt tham dự. Với 20 xã, 2 thị trấn, nhiều chi bộ thôn đã bố trí học vào buổi tối để đảng viên làm nghề gốm, trồng rau có thể tham gia.

“Học buổi tối thì bà con mình mới đi đủ, chứ ban ngày ai cũng ra đồng”, ông Nguyễn Văn Hợp, 67 tuổi, đảng viên chi bộ thôn 3, xã Kim Sơn, chia sẻ.

* Huyện Đông Anh
Huyện ủy tổ chức 3 hội nghị cho cán bộ chủ chốt của huyện và 24 xã, thị trấn; các chi bộ mở 402 lớp với 19.870 lượt cán bộ, đảng viên và 4.115 lượt quần chúng. Tỷ lệ đảng viên tham gia đạt 96,05%. Cùng với đó, huyện tổ chức 27 buổi nói chuyện chuyên đề tại các khu công nghiệp Thăng Long, Nội Bài, thu hút gần 3.400 lượt công nhân. Đông Anh là một trong 5 đơn vị dẫn đầu Thành phố về tiến độ học tập nghị quyết.

Thời gian tới, ba địa phương sẽ sơ kết 1 năm thực hiện nghị quyết, dự kiến vào tháng 10/2022.

Tin liên quan
- Thanh Trì: 12.000 đảng viên học tập chuyên đề năm 2022
- Sóc Sơn mở 45 lớp bồi dưỡng cảm tình Đảng
"""

T08 = """
BTG QU BÌNH THẠNH
KQ NỔI BẬT CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2023
Bình Thạnh, 04/10/2023

Một số kết quả chính:
• Học tập, quán triệt NQ:
– HN cấp quận: 04 (NQ TW 6, 7, 8 khóa XIII và Kết luận 01-KL/TW)
– Lớp ở cơ sở: 312; lượt CB, ĐV dự: 28.640; tỷ lệ: 96,8%
– Lượt quần chúng dự nghe: 3.950
Số lớp ở cơ sở tăng 14 lớp so với cùng kỳ; bình quân mỗi tháng gần 35 lớp.

• Tuyên truyền:
– Buổi nói chuyện chuyên đề, thời sự: 402 – lượt người nghe: khoảng 31.600
– Tin, bài trên cổng TTĐT quận: 1.126; trên fanpage “Bình Thạnh ngày mới”: 845
– Tọa đàm phát trực tiếp trên fanpage: 6 chương trình, thu hút khoảng 18.000 lượt xem
– Fanpage “Bình Thạnh ngày mới” hiện có 52.300 người theo dõi
– Pano, băng rôn (Quốc khánh 2/9, 78 năm Cách mạng Tháng Tám): 1.240
– Nhóm Zalo khu phố: 1.018 nhóm ở 20 phường, khoảng 96.400 thành viên

• Nắm bắt DLXH, đội ngũ BCV:
– CTV DLXH: 58 đ/c; BC DLXH: 27 (19 định kỳ, 8 đột xuất)
– BCV cấp quận: 62 đ/c (bổ sung 5 đ/c trong quý III)
– HN BCV: 03

• Hội thi, khen thưởng:
– Hội thi BCV giỏi cấp quận: 24 thí sinh; trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba
– Khen thưởng: 7 tập thể, 16 cá nhân
– Bài thu hoạch chuyên đề năm 2023: 2.310 bài

• Bồi dưỡng LLCT: TT Chính trị quận mở 5 lớp (2 sơ cấp, 3 đảng viên mới), 412 học viên.

Đánh giá chung: các phường thực hiện đầy đủ chế độ báo cáo; một số khu phố đông lao động nhập cư còn khó bố trí thời gian học tập.

Nhiệm vụ Q.IV/2023: mở thêm 2 lớp sơ cấp LLCT; phấn đấu 100% phường có fanpage chính danh; tổ chức tối thiểu 120 buổi nói chuyện; hoàn thành sơ kết 10 năm thực hiện Nghị quyết 33-NQ/TW.

Liên hệ: 6 Phan Đăng Lưu, phường 14. ĐT: 028.3841.2468
"""

T09 = """
QUẬN ỦY THANH XUÂN
BAN TUYÊN GIÁO
BẢN TIN SINH HOẠT CHI BỘ – Số 10 (Tháng 10/2024)
Hà Nội, ngày 08/10/2024

GIAO BAN CÔNG TÁC TUYÊN GIÁO QUÝ III NĂM 2024

Sáng 7/10, tại trụ sở Quận ủy (số 9 Khuất Duy Tiến), Ban Tuyên giáo Quận ủy Thanh Xuân tổ chức giao ban công tác tuyên giáo quý III năm 2024 với lãnh đạo 11 đảng bộ phường.

Quý III năm 2024 diễn ra nhiều sự kiện lớn: Tổng Bí thư Nguyễn Phú Trọng từ trần (19/7/2024), bão số 3 (Yagi) đổ bộ ngày 7/9 và Thủ đô chuẩn bị kỷ niệm 70 năm Ngày Giải phóng (10/10/1954 – 10/10/2024). Hệ thống tuyên giáo quận đã kịp thời định hướng thông tin, ổn định tư tưởng cán bộ, đảng viên và nhân dân.

Trong quý, Ban Tuyên giáo tham mưu Ban Thường vụ Quận ủy ban hành 8 văn bản; tổ chức 2 hội nghị cấp quận học tập, quán triệt Luật Thủ đô năm 2024 và Nghị quyết Trung ương 9 khóa XIII cho 1.320 cán bộ chủ chốt. Các đảng bộ phường mở 96 lớp với 11.250 lượt đảng viên, đạt 95,4%; riêng quần chúng có 1.870 lượt tham dự.

Hướng tới ngày lễ lớn, quận treo 1.200 băng rôn, cờ phướn, tổ chức 3 đêm văn nghệ tuyên truyền và 64 buổi nói chuyện truyền thống với chưa đến 5.000 lượt người nghe. Khu tập thể Thanh Xuân Bắc, nơi có 36 nhà 5 tầng xuống cấp, được chọn làm điểm tuyên truyền về dự án cải tạo chung cư cũ với tổng vốn đầu tư khoảng 1.500 tỷ đồng.

“Nhà tôi ở tầng 5, sáng nào loa phường cũng đọc tin bão 3 lần, nghe mà yên tâm”, bà Đỗ Thị Lan, tổ dân phố 12, phường Thanh Xuân Bắc kể.

Phối hợp Trường Đào tạo cán bộ Lê Hồng Phong, quận mở 01 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho 85 học viên. Các cộng tác viên dư luận xã hội gửi 31 báo cáo về tâm trạng của người dân sau bão. Dịp này, Ban Thường vụ Quận ủy biểu dương 4 tập thể, 9 cá nhân tiêu biểu.

Nhiệm vụ quý IV: tổ chức học tập Nghị quyết Trung ương 10 khóa XIII cho 100% cán bộ chủ chốt; mở thêm 2 lớp bồi dưỡng; phát hành 3 số Bản tin.
"""

D07, D08, D09 = "2022-04-05", "2023-10-04", "2024-10-08"
Q122, M923, Q324 = quarter(1, 2022), m9(2023), quarter(3, 2024)

DOCS = [
    Doc("h59_07", T07, LB, Q122, D07, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 198 lớp", 198, "study_sessions"),
        F("với 21.408 lượt cán bộ, đảng viên", 21408, "study_attendance", a="party_members"),
        F("đạt 97,2%", 97.2, "study_participation_rate"),
        F("thu về 17.950 bài thu hoạch", 17950, "other"),
        F("ban hành 4 văn bản", 4, "documents_issued"),
        F("tổ chức 1 hội nghị trực tuyến", 1, "study_sessions", unit=GL),
        F("dự tại các điểm cầu: 3.160", 3160, "study_attendance", a="party_members", unit=GL),
        F("mở tiếp 236 lớp", 236, "study_sessions", unit=GL),
        F("ước 15.900 lượt đảng viên", 15900, "study_attendance", "approx",
          a="party_members", unit=GL),
        F("riêng quần chúng có 2.340 lượt", 2340, "study_attendance", a="masses", unit=GL),
        F("tổ chức 3 hội nghị", 3, "study_sessions", unit=DA),
        F("mở 402 lớp", 402, "study_sessions", unit=DA),
        F("với 19.870 lượt cán bộ, đảng viên", 19870, "study_attendance",
          a="party_members", unit=DA),
        F("4.115 lượt quần chúng", 4115, "study_attendance", a="masses", unit=DA),
        F("đạt 96,05%", 96.05, "study_participation_rate", unit=DA),
        F("tổ chức 27 buổi nói chuyện", 27, "oral_propaganda_sessions", unit=DA),
        F("gần 3.400 lượt công nhân", 3400, "propaganda_audience", "at_most", unit=DA),
    ], traps=[("05/04/2022", 5), ("09:30", 9), ("Trung ương 4", 4), ("Quý I năm 2022", 1),
              ("ngày 31/3/2022", 31), ("30 quận, huyện, thị xã", 30),
              ("14 đảng bộ phường", 14), ("26 chi, đảng bộ", 26), ("35 điểm cầu", 35),
              ("20 xã", 20), ("2 thị trấn", 2), ("67 tuổi", 67), ("thôn 3", 3),
              ("24 xã", 24), ("một trong 5 đơn vị", 5), ("sơ kết 1 năm", 1),
              ("tháng 10/2022", 10), ("Thanh Trì: 12.000 đảng viên", 12000),
              ("chuyên đề năm 2022", 2022), ("mở 45 lớp", 45)]),
    Doc("h59_08", T08, BT, M923, D08, "text", facts=[
        F("HN cấp quận: 04", 4, "study_sessions"),
        F("Lớp ở cơ sở: 312", 312, "study_sessions"),
        F("lượt CB, ĐV dự: 28.640", 28640, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,8%", 96.8, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 3.950", 3950, "study_attendance", a="masses"),
        F("thời sự: 402", 402, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 31.600", 31600, "propaganda_audience", "approx"),
        F("cổng TTĐT quận: 1.126", 1126, "news_items"),
        F("ngày mới”: 845", 845, "news_items"),
        F("6 chương trình", 6, "news_items"),
        F("khoảng 18.000 lượt xem", 18000, "propaganda_audience", "approx"),
        F("hiện có 52.300 người theo dõi", 52300, "propaganda_audience", p=inst(D08)),
        F("Tháng Tám): 1.240", 1240, "other"),
        F("Nhóm Zalo khu phố: 1.018 nhóm", 1018, "chat_groups", p=end_of(M923)),
        F("khoảng 96.400 thành viên", 96400, "chat_group_members", "approx",
          p=end_of(M923)),
        F("CTV DLXH: 58 đ/c", 58, "opinion_collaborators", p=end_of(M923)),
        F("BC DLXH: 27", 27, "opinion_reports"),
        F("BCV cấp quận: 62 đ/c", 62, "reporters", p=end_of(M923)),
        F("HN BCV: 03", 3, "reporter_conferences"),
        F("24 thí sinh", 24, "contest_entries"),
        F("Khen thưởng: 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể, 16 cá nhân", 16, "commended_individuals"),
        F("2.310 bài", 2310, "other"),
        F("mở 5 lớp", 5, "training_classes"),
        F("412 học viên", 412, "trainees"),
    ], traps=[("9 THÁNG NĂM 2023", 9), ("04/10/2023", 4), ("NQ TW 6, 7, 8", 6),
              ("01-KL/TW", 1), ("tăng 14 lớp", 14), ("gần 35 lớp", 35),
              ("Quốc khánh 2/9", 2), ("78 năm", 78), ("ở 20 phường", 20),
              ("19 định kỳ", 19), ("8 đột xuất", 8), ("bổ sung 5 đ/c", 5),
              ("1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("chuyên đề năm 2023", 2023), ("2 sơ cấp", 2), ("3 đảng viên mới", 3),
              ("Q.IV/2023", 2023), ("thêm 2 lớp", 2), ("100% phường", 100),
              ("tối thiểu 120 buổi", 120), ("10 năm", 10), ("33-NQ/TW", 33),
              ("6 Phan Đăng Lưu", 6), ("phường 14", 14), ("028.3841.2468", 28)]),
    Doc("h59_09", T09, TX, Q324, D09, "text", facts=[
        F("ban hành 8 văn bản", 8, "documents_issued"),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("cho 1.320 cán bộ chủ chốt", 1320, "study_attendance", a="party_members"),
        F("mở 96 lớp", 96, "study_sessions"),
        F("với 11.250 lượt đảng viên", 11250, "study_attendance", a="party_members"),
        F("đạt 95,4%", 95.4, "study_participation_rate"),
        F("riêng quần chúng có 1.870 lượt", 1870, "study_attendance", a="masses"),
        F("treo 1.200 băng rôn", 1200, "other"),
        F("tổ chức 3 đêm văn nghệ", 3, "other"),
        F("64 buổi nói chuyện", 64, "oral_propaganda_sessions"),
        F("chưa đến 5.000 lượt người nghe", 5000, "propaganda_audience", "at_most"),
        F("mở 01 lớp bồi dưỡng", 1, "training_classes"),
        F("cho 85 học viên", 85, "trainees"),
        F("gửi 31 báo cáo", 31, "opinion_reports"),
        F("biểu dương 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Số 10 (Tháng 10/2024)", 10), ("ngày 08/10/2024", 8), ("Sáng 7/10", 7),
              ("số 9 Khuất Duy Tiến", 9), ("11 đảng bộ phường", 11),
              ("Quý III năm 2024", 3), ("19/7/2024", 19), ("bão số 3", 3),
              ("ngày 7/9", 7), ("70 năm", 70), ("10/10/1954", 10), ("10/10/2024", 10),
              ("Luật Thủ đô năm 2024", 2024), ("Trung ương 9", 9), ("36 nhà 5 tầng", 36),
              ("khoảng 1.500 tỷ đồng", 1500000000000), ("tầng 5", 5),
              ("đọc tin bão 3 lần", 3), ("tổ dân phố 12", 12), ("Trung ương 10", 10),
              ("100% cán bộ chủ chốt", 100), ("thêm 2 lớp", 2), ("phát hành 3 số", 3)]),
]
