"""Twenty-sixth held-out set (holdout26), part 1: HCM districts before the 2025 reform
(Quận 8 2024, Phú Nhuận 2023, Nhà Bè quý III/2020, Tân Bình nhiệm kỳ 2015-2020).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the five sample reports, without reading or running the extractor. The
texts, names of officials, addresses and figures are invented; the layouts imitate the city
party portal, SGGP and an administrative Báo cáo.

Decisions taken where the guide leaves room (kept the same across the set):
- h26_01 (portal news, Quận 8, H1 2024): the line "Thứ Sáu, ngày 12 tháng 7 năm 2024" is the
  document date. "2 hội nghị trực tiếp kết hợp trực tuyến học tập, quán triệt ..." and "318
  lớp" are study sessions; "247 buổi sinh hoạt chuyên đề" of the chi bộ khu phố are party cell
  discussions. "36 buổi đối thoại với người dân" is a counted result outside the taxonomy
  (`other`): a dialogue is not a talk (a reviewer may prefer oral_propaganda_sessions). The
  resident's quotation (age, "hẻm 190", "Phường 4") is an anecdote; the project's money and
  households, "tăng 42 lớp", "187 video" (a part after "trong đó"), "xếp thứ 4/22", the plans of
  the Phó Bí thư and the proposed award "cho 2 tập thể" are traps. The 48 collaborators and the
  Zalo groups/members have no "hiện có" marker: instants at 2024-06-30.
- h26_02 (Báo cáo, Phú Nhuận, year 2023): letterhead + dateline on its own line. List lines
  read with their numbered heading / lead-in; "Lượt quần chúng dự nghe" under the study lead-in
  is study_attendance (masses). "46 văn bản (12 kế hoạch, ...)" → the total; the parts are
  traps. Stocks without a marker are instants at 2023-12-31 (after the document date, as the
  rule says); "Trang mạng xã hội ...: 14 (tính đến 30/11/2023)" is an instant at that date.
  "Lớp trung cấp ... (phối hợp Trường Cán bộ Thành phố mở): 01" is Phú Nhuận's class (the
  school is a partner). The age share in "HẠN CHẾ", "Cụm thi đua 3", "xếp thứ 3/22" and every
  number under "PHẦN III. PHƯƠNG HƯỚNG ..." are traps.
- h26_03 (SGGP feature, Nhà Bè, quý III/2020): "Thứ Hai, 12/10/2020 - 07:45" is the document
  date. "Trong tháng 9/2020, ... 64 hội nghị ... 2.846 lượt ..., đạt 94,6%" takes the month
  named in its sentence (most specific period), the rest of the article the quarter. The days
  of the congress, its delegates and the party's structure are traps; "không quá 30 người" is a
  limit set by a rule. "3 bộ tài liệu", "in 6.000 cuốn", "hơn 1.300 ý kiến góp ý" (collected
  by the unit, in the Trưởng ban's quotation) and "từ 18 đến 20 suất biểu diễn" (a range: 18,
  at_least) are `other`. "Đến nay ... 412 nhóm Zalo" and "số thành viên hiện nay" are instants
  at the document date; the 38 collaborators (no marker) an instant at 2020-09-30.
- h26_04 (portal, Tân Bình, speech at the district congress): "Sau đây là trích tham luận của
  đồng chí ..., Trưởng ban Tuyên giáo Quận ủy Tân Bình:" introduces a four-paragraph speech
  (each paragraph opens with “, only the last closes): all of it speaks for Quận Tân Bình and
  its period is the term it opens with, "Nhiệm kỳ 2015 – 2020" → 2015-01-01..2020-12-31. The
  congress's own term "nhiệm kỳ 2020 – 2025", its days, the plans of the last paragraph, the
  parts "trong đó 12 tập thể, 20 cá nhân được Thành ủy khen thưởng", the average "gần 12 hội
  nghị", the contest's year and prizes are traps. "hơn 21.000 lượt cán bộ chủ chốt" is a study
  attendance of party members. "hiện có 45 đồng chí" / "hiện có 94 đồng chí" and "đến nay quận
  có 1 cổng ... 16 trang" are instants at the document date (2020-08-13). "126 mô hình" is
  `other`.
"""
from build_gold import Doc, F, U, end_of, h1, inst, month, quarter, term, year

Q8, PHUNHUAN, NHABE, TANBINH = (U("Quận 8"), U("Quận Phú Nhuận"), U("Huyện Nhà Bè"),
                                 U("Quận Tân Bình"))

# ---------------------------------------------------------------------------------------------
T01 = """
Thứ Sáu, ngày 12 tháng 7 năm 2024

Quận 8: Đưa nghị quyết đến gần hơn với người dân ven kênh

Trưởng ban Tuyên giáo Quận ủy Quận 8 Nguyễn Minh Khoa báo cáo tại hội nghị.

(Thanhuytphcm.vn) - Chiều 10/7, Ban Tuyên giáo Quận ủy Quận 8 tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2024. Dự hội nghị có đồng chí Trần Quốc Bảo, Ủy viên Ban Thường vụ, Phó Bí thư Thường trực Quận ủy; đồng chí Nguyễn Minh Khoa, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy cùng lãnh đạo Trung tâm Chính trị quận, đại diện Ban Tuyên giáo các đảng bộ phường.

Báo cáo tại hội nghị cho thấy, 6 tháng đầu năm 2024, Ban Tuyên giáo Quận ủy đã chủ động tham mưu Ban Thường vụ Quận ủy ban hành 31 văn bản lãnh đạo, chỉ đạo, hướng dẫn triển khai các nhiệm vụ chính trị, tư tưởng; phối hợp Trung tâm Chính trị quận tổ chức 2 hội nghị trực tiếp kết hợp trực tuyến học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII và Kết luận số 01-KL/TW của Bộ Chính trị cho cán bộ chủ chốt của quận và các phường. Tại cơ sở, các chi, đảng bộ đã tổ chức 318 lớp (tăng 42 lớp so với cùng kỳ năm 2023), thu hút 14.926 lượt cán bộ, đảng viên và 6.215 lượt quần chúng nòng cốt tham dự, tỷ lệ đảng viên tham gia học tập đạt 96,83%; các chi bộ khu phố duy trì 247 buổi sinh hoạt chuyên đề gắn với những vấn đề nóng của địa bàn như chỉnh trang đô thị, giữ gìn vệ sinh kênh rạch, phòng, chống ma túy.

Công tác tuyên truyền miệng tiếp tục được xem là “mũi nhọn”. Trong 6 tháng, đội ngũ báo cáo viên, tuyên truyền viên của quận và phường đã thực hiện 412 buổi nói chuyện thời sự, chuyên đề tại khu phố, trường học, doanh nghiệp, thu hút khoảng 38.600 lượt người nghe. Tại các khu phố dọc kênh Đôi, kênh Tàu Hủ – nơi dự án cải thiện môi trường nước có tổng vốn hơn 8.000 tỷ đồng đang triển khai, liên quan gần 1.200 hộ dân – Ban phối hợp Ủy ban nhân dân quận tổ chức 36 buổi đối thoại với người dân, góp phần tạo đồng thuận trong bàn giao mặt bằng. “Hồi trước nghe nói giải tỏa là lo, nay cán bộ xuống tận nhà giải thích ba, bốn lần, mình hiểu quyền lợi rồi nên ký sớm”, bà Trần Thị Lựu, 67 tuổi, ngụ hẻm 190 Phạm Thế Hiển, Phường 4, chia sẻ.

“Sáu tháng qua, Ban đã tổ chức 6 hội nghị báo cáo viên, mỗi hội nghị đều mời báo cáo viên Trung ương, Thành ủy thông tin chuyên đề, nhờ vậy nội dung đến với người dân kịp thời, sát thực tế hơn”, đồng chí Nguyễn Minh Khoa cho biết. Đội ngũ 48 cộng tác viên dư luận xã hội của quận đã phản ánh, giúp Ban tổng hợp 18 báo cáo tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Thành ủy; nhiều ý kiến về giá điện, học phí, bồi thường giải tỏa được chuyển đến cơ quan chức năng giải quyết.

Trên không gian mạng, trang thông tin điện tử Quận 8 và fanpage “Quận 8 – Sài Gòn ven kênh” đăng tải 1.086 tin, bài, video clip, trong đó có 187 video ngắn; các khu phố duy trì 236 nhóm Zalo với hơn 27.000 thành viên để chuyển tải thông tin chính thống, phản bác thông tin sai sự thật. Cuộc thi trực tuyến “Tìm hiểu 94 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam” do Ban phát động thu hút 9.412 lượt người dự thi, Quận 8 xếp thứ 4/22 quận, huyện về số lượt tham gia. Công tác giáo dục lý luận chính trị được chú trọng: Ban phối hợp Trung tâm Chính trị quận mở 3 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 214 học viên và 1 lớp sơ cấp lý luận chính trị với 96 học viên.

Phát biểu chỉ đạo, đồng chí Trần Quốc Bảo đề nghị trong 6 tháng cuối năm, Ban Tuyên giáo Quận ủy tập trung tham mưu tổ chức học tập, quán triệt các nghị quyết Hội nghị Trung ương 9 khóa XIII; chuẩn bị tốt công tác tuyên truyền Đại hội Đảng bộ các cấp tiến tới Đại hội XIV của Đảng; phấn đấu 100% chi bộ khu phố có nhóm Zalo hoạt động thường xuyên và tổ chức thành công Hội thi báo cáo viên giỏi quận lần thứ III.

Dịp này, Ban Thường vụ Quận ủy khen thưởng 9 tập thể và 17 cá nhân có thành tích tiêu biểu trong công tác tuyên giáo 6 tháng đầu năm 2024; đồng thời đề nghị Ban Tuyên giáo Thành ủy tặng giấy khen cho 2 tập thể.
"""
D01 = "2024-07-12"
P01 = h1(2024)
END01 = end_of(P01)

# ---------------------------------------------------------------------------------------------
T02 = """
QUẬN ỦY PHÚ NHUẬN
BAN TUYÊN GIÁO
Số 87-BC/BTGQU

ĐẢNG CỘNG SẢN VIỆT NAM
Phú Nhuận, ngày 08 tháng 12 năm 2023

BÁO CÁO
Tổng kết công tác tuyên giáo năm 2023,
phương hướng, nhiệm vụ năm 2024

Thực hiện Hướng dẫn số 152-HD/BTGTU ngày 14/11/2023 của Ban Tuyên giáo Thành ủy về tổng kết công tác tuyên giáo năm 2023, Ban Tuyên giáo Quận ủy Phú Nhuận báo cáo kết quả như sau:

PHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023

1. Công tác tham mưu, chỉ đạo
Bám sát chương trình công tác toàn khóa và chủ đề năm 2023 của Thành phố, Ban Tuyên giáo Quận ủy đã tham mưu Ban Chấp hành, Ban Thường vụ, Thường trực Quận ủy ban hành 46 văn bản (12 kế hoạch, 9 hướng dẫn, 25 công văn, thông báo), bảo đảm kịp thời, đúng định hướng; tham mưu sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.

2. Học tập, quán triệt nghị quyết, chỉ thị của Đảng
Kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 6, Trung ương 7 khóa XIII và chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2023:
- Hội nghị cấp quận: 05
- Lớp ở các chi, đảng bộ cơ sở: 276
- Đảng viên dự học: 11.482/11.905 đồng chí, đạt 96,45%
- Lượt quần chúng dự nghe: 3.970
- Số đảng viên chưa tham gia: 423 người (chủ yếu do ốm đau, tuổi cao, công tác xa)
Các chi bộ tổ chức 512 buổi sinh hoạt chuyên đề, thảo luận về các nội dung được học tập; Ban Thường vụ Quận ủy triển khai 03 đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ, trong đó có đợt sinh hoạt chính trị về tác phẩm của Tổng Bí thư Nguyễn Phú Trọng.

3. Công tác tuyên truyền
- Buổi nói chuyện thời sự, chuyên đề: 148; lượt người nghe: 15.320
- Băng rôn, cờ phướn tuyên truyền các ngày lễ lớn, sự kiện chính trị: 1.860
- Bản tin “Phú Nhuận ngày nay”: phát hành 12 số, mỗi số 2.500 bản
- Tin, bài trên trang thông tin điện tử quận: 1.246; trên fanpage “Phú Nhuận – Quận tôi”: 938
- Trang thông tin điện tử của quận: 01
- Trang mạng xã hội chính danh của quận và các phường: 14 (tính đến 30/11/2023)
- Nhóm Zalo khu phố: 168, với khoảng 19.700 thành viên

4. Công tác báo cáo viên, dư luận xã hội
- Báo cáo viên cấp quận: 39 đồng chí; báo cáo viên cơ sở: 186 đồng chí
- Hội nghị báo cáo viên định kỳ: 12
- Cộng tác viên dư luận xã hội: 52 người
- Báo cáo dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 24 định kỳ, 7 đột xuất

5. Công tác giáo dục lý luận chính trị
- Lớp bồi dưỡng lý luận chính trị cho đảng viên mới: 04; học viên: 263 người
- Lớp bồi dưỡng nhận thức về Đảng: 05; học viên: 391 người
- Lớp trung cấp lý luận chính trị – hành chính (phối hợp Trường Cán bộ Thành phố mở): 01; học viên: 78 người

6. Thi đua, khen thưởng
- Cuộc thi trực tuyến “Tìm hiểu 93 năm lịch sử vẻ vang của Đảng Cộng sản Việt Nam” – lượt dự thi: 18.734; Phú Nhuận xếp thứ 3/22 quận, huyện
- Ban Thường vụ Quận ủy khen thưởng 14 tập thể, 31 cá nhân
- Ban Tuyên giáo Quận ủy dẫn đầu Cụm thi đua 3; 01 tập thể được đề nghị Thành ủy tặng bằng khen

PHẦN II. HẠN CHẾ, NGUYÊN NHÂN
Một số chi bộ khu phố sinh hoạt chuyên đề chưa đều, nội dung còn dàn trải; đảng viên lớn tuổi (từ 70 tuổi trở lên chiếm khoảng 18%) gặp khó khăn khi tiếp cận tài liệu trên nền tảng số.

PHẦN III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
1. Tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII; phấn đấu tỷ lệ đảng viên tham gia đạt trên 95%.
2. Mở 04 lớp bồi dưỡng lý luận chính trị cho đảng viên mới và 05 lớp bồi dưỡng nhận thức về Đảng.
3. Tổ chức Hội thi báo cáo viên giỏi cấp quận năm 2024; xây dựng thêm 02 trang mạng xã hội chính danh.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Đỗ Thị Minh Tâm
"""
D02 = "2023-12-08"
P02 = year(2023)
END02 = end_of(P02)

# ---------------------------------------------------------------------------------------------
T03 = """
Thứ Hai, 12/10/2020 - 07:45

Nhà Bè: Tuyên truyền Đại hội Đảng trên “sóng” Zalo

SGGPO – Quý III năm 2020, khi vừa phải phòng, chống dịch Covid-19, vừa chuẩn bị và tổ chức Đại hội đại biểu Đảng bộ huyện lần thứ XI, nhiệm kỳ 2020 – 2025, Ban Tuyên giáo Huyện ủy Nhà Bè đã chuyển mạnh việc tuyên truyền sang các nền tảng số, đưa thông tin về Đại hội đến tận từng tổ nhân dân.

Do các buổi sinh hoạt tập trung chỉ được tổ chức với không quá 30 người theo quy định phòng dịch, trong quý, Ban Tuyên giáo Huyện ủy hướng dẫn các chi bộ ấp, khu phố chia nhỏ hình thức, tổ chức 186 buổi tuyên truyền miệng theo nhóm, thu hút gần 4.900 lượt người dân tham dự; đồng thời biên soạn 3 bộ tài liệu hỏi – đáp về Đại hội, in 6.000 cuốn gửi đến các tổ nhân dân.

Đến nay, toàn huyện có 412 nhóm Zalo ở các ấp, khu phố, tổ nhân dân, số thành viên hiện nay khoảng 46.500 người. Trong quý, các nhóm đã chia sẻ 2.370 tin, bài, infographic về Đại hội, về gương người tốt việc tốt và các biện pháp phòng dịch. “Tổ tôi có 42 hộ, trước đây mời họp chỉ được chục người. Giờ thông tin gì cũng gửi lên nhóm, bà con đọc rồi góp ý liền”, ông Lê Văn Út, tổ trưởng tổ nhân dân 12, ấp 3, xã Phước Kiển, kể.

Bà Nguyễn Thị Thu Trang, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Nhà Bè, cho biết: “Trong quý, đội ngũ 38 cộng tác viên dư luận xã hội của huyện đã gửi về Ban 27 báo cáo nhanh về tâm trạng, ý kiến của Nhân dân đối với dự thảo các văn kiện. Chúng tôi tổng hợp được hơn 1.300 ý kiến góp ý, chuyển đến Tiểu ban Văn kiện Đại hội”.

Đại hội đại biểu Đảng bộ huyện Nhà Bè lần thứ XI diễn ra từ ngày 5 đến 7/8/2020 với 250 đại biểu chính thức, đại diện cho hơn 3.100 đảng viên của 51 tổ chức cơ sở đảng. Ngay sau Đại hội, Huyện ủy tổ chức 1 hội nghị cấp huyện triển khai, quán triệt Nghị quyết Đại hội cho cán bộ chủ chốt tại 7 điểm cầu xã, thị trấn. Trong tháng 9/2020, các chi, đảng bộ cơ sở đã tổ chức 64 hội nghị học tập, quán triệt Nghị quyết Đại hội với 2.846 lượt cán bộ, đảng viên tham dự, đạt 94,6%.

Trên trang thông tin điện tử huyện, chuyên mục “Hướng về Đại hội” đăng 146 tin, bài; Đài truyền thanh huyện phát sóng 39 chương trình thời sự và 12 kỳ chuyên mục “Nhà Bè – vững bước đi lên”. Đội thông tin lưu động tổ chức từ 18 đến 20 suất biểu diễn văn nghệ cổ động tại các ấp, khu dân cư.

Dịp này, Ban Thường vụ Huyện ủy khen thưởng 6 tập thể và 11 cá nhân có thành tích trong công tác tuyên truyền phục vụ Đại hội. Quý IV, huyện sẽ tiếp tục tuyên truyền Đại hội đại biểu Đảng bộ Thành phố lần thứ XI và phấn đấu mỗi tổ nhân dân có ít nhất 1 nhóm Zalo. Nhà Bè hiện có 6 xã, 1 thị trấn với khoảng 206.000 dân, nhiều khu công nghiệp, khu dân cư mới hình thành.
"""
D03 = "2020-10-12"
P03 = quarter(3, 2020)
SEP03 = month(9, 2020)

# ---------------------------------------------------------------------------------------------
T04 = """
Cập nhật ngày 13-08-2020

Tân Bình: Công tác tuyên giáo góp phần tạo đồng thuận trong Nhân dân

(Thanhuytphcm.vn) – Đại hội đại biểu Đảng bộ quận Tân Bình lần thứ XI, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 10 đến 12/8/2020 tại Hội trường Quận ủy (số 387A Trường Chinh, Phường 14). Tại phiên làm việc sáng 11/8, Đại hội đã nghe 9 tham luận về các lĩnh vực xây dựng Đảng, phát triển kinh tế – xã hội, quốc phòng – an ninh.

Sau đây là trích tham luận của đồng chí Phạm Thị Hồng Nhung, Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Tuyên giáo Quận ủy Tân Bình:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy tổ chức 38 hội nghị cấp quận học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy với hơn 21.000 lượt cán bộ chủ chốt tham dự; các chi, đảng bộ cơ sở mở 2.416 lớp với 168.350 lượt cán bộ, đảng viên và 74.200 lượt quần chúng tham dự, tỷ lệ đảng viên tham gia học tập bình quân đạt 96,2%. Ban Thường vụ Quận ủy đã triển khai 9 đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ, nổi bật là đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh.

“Việc thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị được gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị; toàn quận xây dựng 126 mô hình học tập và làm theo Bác. Năm năm qua, Ban Thường vụ Quận ủy đã khen thưởng 142 tập thể, 318 cá nhân điển hình, trong đó 12 tập thể, 20 cá nhân được Thành ủy khen thưởng.

“Đội ngũ báo cáo viên của quận hiện có 45 đồng chí; Ban duy trì hội nghị báo cáo viên định kỳ hằng tháng, cả nhiệm kỳ tổ chức 58 hội nghị, bình quân mỗi năm gần 12 hội nghị. Hệ thống cộng tác viên dư luận xã hội hiện có 94 đồng chí, nhiệm kỳ qua đã gửi về Ban 1.150 báo cáo, phản ánh kịp thời tâm tư của cán bộ, đảng viên và Nhân dân trước những vấn đề được quan tâm như dự án mở rộng Sân bay Tân Sơn Nhất, chống ngập trên đường Cộng Hòa. Tuyên truyền miệng được duy trì với 1.540 buổi nói chuyện thời sự, chuyên đề, thu hút khoảng 186 nghìn lượt người nghe.

“Trên không gian mạng, đến nay quận có 1 cổng thông tin điện tử và 16 trang mạng xã hội chính danh của quận, phường; các trang đã đăng trên 9.600 tin, bài, góp phần lan tỏa thông tin tích cực, đấu tranh phản bác các quan điểm sai trái, thù địch. Ban phối hợp Trung tâm Bồi dưỡng chính trị quận mở 46 lớp bồi dưỡng lý luận chính trị, nghiệp vụ công tác tuyên giáo với 5.820 học viên. Cuộc thi “Tìm hiểu lịch sử Đảng bộ quận Tân Bình” năm 2019 thu hút 52.460 bài dự thi, Ban Tổ chức trao 1 giải Đặc biệt, 3 giải Nhất cho các cá nhân. Nhiệm kỳ 2020 – 2025, chúng tôi xác định tiếp tục đổi mới nội dung, phương thức tuyên truyền; phấn đấu 100% chi bộ có nhóm Zalo để kết nối với đảng viên và Nhân dân, xây dựng thêm 20 mô hình học tập và làm theo Bác”.

Theo Báo cáo chính trị trình Đại hội, nhiệm kỳ qua tổng thu ngân sách trên địa bàn quận đạt hơn 52.000 tỷ đồng. Quận Tân Bình có 15 phường với hơn 470 nghìn dân. Đại hội đã bầu Ban Chấp hành Đảng bộ quận khóa XI gồm 41 đồng chí; bầu 14 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ Thành phố lần thứ XI.
"""
D04 = "2020-08-13"
P04 = term(2015, 2020)

DOCS = [
    Doc("h26_01_q8_h1_2024", T01, Q8, P01, D01, "text", facts=[
        F("ban hành 31 văn bản", 31, "documents_issued"),
        F("tổ chức 2 hội nghị trực tiếp", 2, "study_sessions"),
        F("tổ chức 318 lớp", 318, "study_sessions"),
        F("14.926 lượt cán bộ, đảng viên", 14926, "study_attendance", a="party_members"),
        F("6.215 lượt quần chúng", 6215, "study_attendance", a="masses"),
        F("đạt 96,83%", 96.83, "study_participation_rate"),
        F("duy trì 247 buổi sinh hoạt chuyên đề", 247, "party_cell_discussions"),
        F("412 buổi nói chuyện", 412, "oral_propaganda_sessions"),
        F("khoảng 38.600 lượt người nghe", 38600, "propaganda_audience", "approx"),
        F("36 buổi đối thoại", 36, "other"),
        F("6 hội nghị báo cáo viên", 6, "reporter_conferences"),
        F("48 cộng tác viên", 48, "opinion_collaborators", p=END01),
        F("18 báo cáo tình hình tư tưởng", 18, "opinion_reports"),
        F("đăng tải 1.086 tin, bài", 1086, "news_items"),
        F("236 nhóm Zalo", 236, "chat_groups", p=END01),
        F("hơn 27.000 thành viên", 27000, "chat_group_members", "at_least", p=END01),
        F("9.412 lượt người dự thi", 9412, "contest_entries"),
        F("mở 3 lớp bồi dưỡng", 3, "training_classes"),
        F("214 học viên", 214, "trainees"),
        F("1 lớp sơ cấp", 1, "training_classes"),
        F("96 học viên", 96, "trainees"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("17 cá nhân", 17, "commended_individuals"),
    ], traps=[("ngày 12 tháng 7 năm 2024", 12), ("Quận 8", 8), ("Chiều 10/7", 10),
              ("6 tháng đầu năm", 6), ("6 tháng cuối năm 2024", 6),
              ("6 tháng đầu năm 2024", 6), ("01-KL/TW", 1), ("tăng 42 lớp", 42),
              ("năm 2023", 2023), ("Trong 6 tháng", 6), ("hơn 8.000 tỷ đồng", 8000000000),
              ("gần 1.200 hộ dân", 1200), ("67 tuổi", 67), ("hẻm 190", 190),
              ("Phường 4", 4), ("187 video", 187), ("94 năm", 94), ("xếp thứ 4/22", 4),
              ("trong 6 tháng cuối năm", 6), ("Trung ương 9", 9), ("100% chi bộ", 100),
              ("cho 2 tập thể", 2)]),
    Doc("h26_02_phunhuan_2023", T02, PHUNHUAN, P02, D02, "text", facts=[
        F("ban hành 46 văn bản", 46, "documents_issued"),
        F("Hội nghị cấp quận: 05", 5, "study_sessions"),
        F("Lớp ở các chi, đảng bộ cơ sở: 276", 276, "study_sessions"),
        F("Đảng viên dự học: 11.482/11.905 đồng chí", 11482, "study_attendance",
          a="party_members"),
        F("đạt 96,45%", 96.45, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 3.970", 3970, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia: 423 người", 423, "other"),
        F("tổ chức 512 buổi sinh hoạt chuyên đề", 512, "party_cell_discussions"),
        F("triển khai 03 đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("thời sự, chuyên đề: 148", 148, "oral_propaganda_sessions"),
        F("lượt người nghe: 15.320", 15320, "propaganda_audience"),
        F("sự kiện chính trị: 1.860", 1860, "other"),
        F("phát hành 12 số", 12, "news_items"),
        F("trang thông tin điện tử quận: 1.246", 1246, "news_items"),
        F("“Phú Nhuận – Quận tôi”: 938", 938, "news_items"),
        F("Trang thông tin điện tử của quận: 01", 1, "websites", p=END02),
        F("của quận và các phường: 14", 14, "social_pages", p=inst("2023-11-30")),
        F("Nhóm Zalo khu phố: 168", 168, "chat_groups", p=END02),
        F("khoảng 19.700 thành viên", 19700, "chat_group_members", "approx", p=END02),
        F("Báo cáo viên cấp quận: 39 đồng chí", 39, "reporters", p=END02),
        F("báo cáo viên cơ sở: 186 đồng chí", 186, "reporters", p=END02),
        F("Hội nghị báo cáo viên định kỳ: 12", 12, "reporter_conferences"),
        F("Cộng tác viên dư luận xã hội: 52 người", 52, "opinion_collaborators", p=END02),
        F("24 định kỳ", 24, "opinion_reports"),
        F("7 đột xuất", 7, "opinion_reports"),
        F("Lớp bồi dưỡng lý luận chính trị cho đảng viên mới: 04", 4, "training_classes"),
        F("học viên: 263 người", 263, "trainees"),
        F("Lớp bồi dưỡng nhận thức về Đảng: 05", 5, "training_classes"),
        F("học viên: 391 người", 391, "trainees"),
        F("Trường Cán bộ Thành phố mở): 01", 1, "training_classes"),
        F("học viên: 78 người", 78, "trainees"),
        F("lượt dự thi: 18.734", 18734, "contest_entries"),
        F("khen thưởng 14 tập thể", 14, "commended_collectives"),
        F("31 cá nhân", 31, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("ngày 08 tháng 12 năm 2023", 8),
              ("công tác tuyên giáo năm 2023,", 2023), ("nhiệm vụ năm 2024", 2024),
              ("152-HD/BTGTU", 152), ("ngày 14/11/2023", 14), ("NĂM 2023", 2023),
              ("1. Công tác tham mưu", 1), ("chủ đề năm 2023", 2023),
              ("12 kế hoạch", 12), ("9 hướng dẫn", 9), ("25 công văn", 25),
              ("sơ kết 5 năm", 5), ("35-NQ/TW", 35), ("2. Học tập", 2),
              ("Trung ương 6", 6), ("Trung ương 7", 7), ("” năm 2023", 2023),
              ("3. Công tác tuyên truyền", 3), ("mỗi số 2.500 bản", 2500),
              ("30/11/2023", 30), ("4. Công tác báo cáo viên", 4),
              ("5. Công tác giáo dục", 5), ("6. Thi đua", 6), ("93 năm", 93),
              ("xếp thứ 3/22", 3), ("Cụm thi đua 3", 3), ("01 tập thể được đề nghị", 1),
              ("70 tuổi", 70), ("khoảng 18%", 18), ("NĂM 2024", 2024),
              ("1. Tổ chức học tập", 1), ("Trung ương 8", 8), ("trên 95%", 95),
              ("2. Mở 04 lớp", 2), ("Mở 04 lớp", 4), ("05 lớp bồi dưỡng nhận thức", 5),
              ("3. Tổ chức Hội thi", 3), ("cấp quận năm 2024", 2024),
              ("thêm 02 trang", 2)]),
    Doc("h26_03_nhabe_q3_2020", T03, NHABE, P03, D03, "text", facts=[
        F("186 buổi tuyên truyền miệng", 186, "oral_propaganda_sessions"),
        F("gần 4.900 lượt người dân", 4900, "propaganda_audience", "at_most", a="masses"),
        F("biên soạn 3 bộ tài liệu", 3, "other"),
        F("in 6.000 cuốn", 6000, "other"),
        F("có 412 nhóm Zalo", 412, "chat_groups", p=inst(D03)),
        F("khoảng 46.500 người", 46500, "chat_group_members", "approx", p=inst(D03)),
        F("chia sẻ 2.370 tin, bài", 2370, "news_items"),
        F("38 cộng tác viên", 38, "opinion_collaborators", p=end_of(P03)),
        F("gửi về Ban 27 báo cáo", 27, "opinion_reports"),
        F("hơn 1.300 ý kiến góp ý", 1300, "other", "at_least"),
        F("tổ chức 1 hội nghị cấp huyện", 1, "study_sessions"),
        F("64 hội nghị học tập", 64, "study_sessions", p=SEP03),
        F("2.846 lượt cán bộ, đảng viên", 2846, "study_attendance", a="party_members",
          p=SEP03),
        F("đạt 94,6%", 94.6, "study_participation_rate", p=SEP03),
        F("đăng 146 tin, bài", 146, "news_items"),
        F("phát sóng 39 chương trình", 39, "news_items"),
        F("12 kỳ chuyên mục", 12, "news_items"),
        F("từ 18 đến 20 suất", 18, "other", "at_least"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("11 cá nhân", 11, "commended_individuals"),
    ], traps=[("12/10/2020", 12), ("07:45", 7), ("Quý III năm 2020", 2020),
              ("Covid-19", 19), ("nhiệm kỳ 2020 – 2025", 2020), ("không quá 30 người", 30),
              ("42 hộ", 42), ("tổ nhân dân 12", 12), ("ấp 3", 3),
              ("ngày 5 đến 7/8/2020", 5), ("7/8/2020", 7), ("250 đại biểu", 250),
              ("hơn 3.100 đảng viên", 3100), ("51 tổ chức cơ sở đảng", 51),
              ("7 điểm cầu", 7), ("tháng 9/2020", 9), ("ít nhất 1 nhóm Zalo", 1),
              ("6 xã", 6), ("1 thị trấn", 1), ("khoảng 206.000 dân", 206000)]),
    Doc("h26_04_tanbinh_term_2015_2020", T04, TANBINH, P04, D04, "text", facts=[
        F("tổ chức 38 hội nghị cấp quận", 38, "study_sessions"),
        F("hơn 21.000 lượt cán bộ chủ chốt", 21000, "study_attendance", "at_least",
          a="party_members"),
        F("mở 2.416 lớp", 2416, "study_sessions"),
        F("168.350 lượt cán bộ, đảng viên", 168350, "study_attendance", a="party_members"),
        F("74.200 lượt quần chúng", 74200, "study_attendance", a="masses"),
        F("bình quân đạt 96,2%", 96.2, "study_participation_rate"),
        F("triển khai 9 đợt sinh hoạt chính trị", 9, "political_campaigns"),
        F("xây dựng 126 mô hình", 126, "other"),
        F("khen thưởng 142 tập thể", 142, "commended_collectives"),
        F("318 cá nhân điển hình", 318, "commended_individuals"),
        F("hiện có 45 đồng chí", 45, "reporters", p=inst(D04)),
        F("tổ chức 58 hội nghị", 58, "reporter_conferences"),
        F("hiện có 94 đồng chí", 94, "opinion_collaborators", p=inst(D04)),
        F("gửi về Ban 1.150 báo cáo", 1150, "opinion_reports"),
        F("1.540 buổi nói chuyện", 1540, "oral_propaganda_sessions"),
        F("khoảng 186 nghìn lượt người nghe", 186000, "propaganda_audience", "approx"),
        F("1 cổng thông tin điện tử", 1, "websites", p=inst(D04)),
        F("16 trang mạng xã hội", 16, "social_pages", p=inst(D04)),
        F("trên 9.600 tin, bài", 9600, "news_items", "at_least"),
        F("mở 46 lớp bồi dưỡng", 46, "training_classes"),
        F("5.820 học viên", 5820, "trainees"),
        F("52.460 bài dự thi", 52460, "contest_entries"),
    ], traps=[("13-08-2020", 13), ("nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 10 đến 12/8/2020", 10), ("12/8/2020", 12), ("số 387A", 387),
              ("Phường 14", 14), ("sáng 11/8", 11), ("9 tham luận", 9),
              ("Nhiệm kỳ 2015 – 2020", 2015), ("50 năm", 50), ("05-CT/TW", 5),
              ("trong đó 12 tập thể", 12), ("20 cá nhân được Thành ủy", 20),
              ("gần 12 hội nghị", 12), ("” năm 2019", 2019), ("1 giải Đặc biệt", 1),
              ("3 giải Nhất", 3), ("Nhiệm kỳ 2020 – 2025", 2020), ("100% chi bộ", 100),
              ("thêm 20 mô hình", 20), ("hơn 52.000 tỷ đồng", 52000000000),
              ("15 phường", 15), ("hơn 470 nghìn dân", 470000), ("gồm 41 đồng chí", 41),
              ("14 đại biểu", 14)]),
]
