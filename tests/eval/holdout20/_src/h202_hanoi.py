"""Twentieth held-out set (holdout20), part 2: Hanoi districts and the city (2016-2024).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (format
only), the seeds and the sample reports, without reading or running the extractor.

Decisions taken where the guide leaves room (kept the same across the set):
- h20_05 ("Thông báo kết quả", Quận Tây Hồ, 9 tháng năm 2019): letterhead "ĐẢNG BỘ THÀNH PHỐ
  HÀ NỘI / QUẬN ỦY TÂY HỒ / BAN TUYÊN GIÁO", dateline under it is the document date. List lines
  read with their numbered heading (heading 1 names học tập, quán triệt: "Hội nghị cấp quận:
  02" and "Lớp ở các chi, đảng bộ cơ sở: 118" are study_sessions). "6.182/6.397 đồng chí" is the
  attendance (numerator), "Tỷ lệ đảng viên tham gia: 96,64%" its rate, the 215 who did not take
  part `other`. The second label of a line is read with its first ("; trên fanpage ...: 214" →
  news_items). Banners for "74 năm Cách mạng Tháng Tám và Quốc khánh 2/9" are `other` (the
  anniversary and the date are traps). Lecturers "(tính đến 30/9/2019)" are an instant at that
  date; collaborators (no marker) an instant at 2019-09-30 too. Reports "gửi Ban Tuyên giáo
  Thành ủy" are Tây Hồ's (the city is the recipient). "bình quân mỗi tháng 1 hội nghị" is a
  per-month figure (trap). "Lớp bồi dưỡng kết nạp đảng: 03; học viên: 214" and the partner
  school line are training_classes/trainees. Every number under "II. NHIỆM VỤ QUÝ IV NĂM 2019"
  is a plan (trap).
- h20_06 (conference wrap-up with awards, Huyện Thường Tín, year 2016): "Chiều 29/12/2016" opens
  the article and is the document date; the contest sat "trong 2 ngày (27 và 28/12)": days of
  a meeting, traps. "29 đảng bộ xã, thị trấn và 16 chi, đảng bộ cơ quan mở 212 lớp": structure
  (trap) + classes (fact); "hơn 14.000 lượt hội viên, đoàn viên" masses. "mười hai lớp bồi
  dưỡng" = 12 training classes; "trong đó 2 lớp ... và 4 lớp ..." are parts (traps). "đội ngũ 38
  báo cáo viên" (no marker) is an instant at 2016-12-31. "phát sóng 312 chương trình thời sự và
  48 kỳ chuyên mục" are two news_items. "34 thí sinh" are contest_entries; prizes counted by
  rank, "xếp thứ 3/30", the proposed awards and the 2017 plans are traps. "dưới 600 người" who
  did not study is `other`, at_most.
- h20_07 (long annual report, Quận Nam Từ Liêm, 2022): "38 văn bản (gồm 14 kế hoạch, ...)" the
  total is the fact, the bracketed parts traps. "Riêng 6 tháng cuối năm 2022, ... các chi bộ tổ
  chức 1.214 buổi sinh hoạt chuyên đề, thảo luận" is party_cell_discussions of H2 2022.
  "xấp xỉ 11.500 lượt người nghe" approx. "trong đó 312 tin, bài" parts (trap). "Quận hiện có
  1 cổng thông tin điện tử, 11 trang fanpage (1 của quận, 10 của các phường) và 596 nhóm Zalo
  ... khoảng 62.000 thành viên" are stocks at the document date, the bracket's parts traps.
  List lines under "c) Tuyên truyền trực quan" are `other` ("Triển lãm ảnh lưu động: 3 đợt"
  keeps its rounds as `other`); "Kinh phí hỗ trợ ... 1,2 tỷ đồng" funds the work: `other`.
  "có 45 đồng chí" (no marker) and "Đội ngũ 64 cộng tác viên" are instants at 2022-12-31;
  "bổ sung 7 đồng chí" a change (trap); "trong đó có 2 hội nghị trực tuyến" parts (trap).
  "41 báo cáo định kỳ và 12 báo cáo đột xuất về tình hình tư tưởng" are two opinion_reports.
  "tặng giấy khen cho 5 báo cáo viên" are commended_individuals. "10 bài xuất sắc nhất" a
  ranking; "18 trường đại học, cao đẳng, học viện" and "hơn 40 tòa" the place (traps). Every
  number under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023" is a trap.
- h20_08 (city bulletin with a table, quý III/2024): the bulletin's issue month is not the
  period (the first sentence names quý III năm 2024); "Hà Nội, ngày 08/10/2024" is the document
  date. The city's own facts are Hà Nội's (province). The table's columns are Quận Ba Đình,
  Quận Bắc Từ Liêm and Huyện Ứng Hòa; rows under the lead-in "Kết quả học tập, quán triệt trong
  quý:" are study_sessions (level rows, "Số lớp ở cơ sở"), attendances (party members / masses),
  the rate "(%)" and "Số đảng viên chưa tham gia" (`other`); "Buổi nói chuyện thời sự" names its
  own indicator. Sections "▪ Ba Đình – ...", "▪ Bắc Từ Liêm – ...", "▪ Ứng Hòa – ..." govern their
  paragraphs. "phát hành đủ 3 số" news_items, "mỗi số 2.500 bản" a trap. "hiện có 305 nhóm Zalo
  ... khoảng 41.000 thành viên" are instants at the document date. The mobile team's "96 lượt"
  runs are `other`; "13 phường", "khoảng 40 km" and the square are traps.
"""
from build_gold import Doc, F, U, end_of, h2, inst, m9, quarter, year

TAYHO, THUONGTIN, NAMTULIEM = U("Quận Tây Hồ"), U("Huyện Thường Tín"), U("Quận Nam Từ Liêm")
HANOI, BADINH, BACTULIEM, UNGHOA = (U("Thành phố Hà Nội"), U("Quận Ba Đình"),
                                    U("Quận Bắc Từ Liêm"), U("Huyện Ứng Hòa"))

# ---------------------------------------------------------------------------------------------
T05 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY TÂY HỒ
BAN TUYÊN GIÁO
Số 47-TB/BTGQU

Tây Hồ, ngày 07 tháng 10 năm 2019

THÔNG BÁO
Kết quả công tác tuyên giáo 9 tháng năm 2019

Thực hiện Chương trình công tác năm 2019 của Ban Thường vụ Quận ủy, Ban Tuyên giáo Quận ủy thông báo kết quả công tác tuyên giáo 9 tháng năm 2019 như sau:

I. KẾT QUẢ

1. Học tập, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp và các nghị quyết Trung ương
- Hội nghị cấp quận: 02
- Lớp ở các chi, đảng bộ cơ sở: 118; lượt đảng viên dự: 6.182/6.397 đồng chí
- Tỷ lệ đảng viên tham gia: 96,64%
- Số đảng viên chưa tham gia: 215 người (ốm đau, đi công tác xa)

2. Tuyên truyền
- Buổi nói chuyện thời sự, chuyên đề: 68 – lượt người nghe: khoảng 8.900
- Tin, bài trên Cổng thông tin điện tử quận: 356; trên fanpage “Tây Hồ ngày nay”: 214
- Băng rôn, cờ phướn tuyên truyền 74 năm Cách mạng Tháng Tám và Quốc khánh 2/9: 1.240

3. Báo cáo viên, dư luận xã hội
- Báo cáo viên cấp quận: 41 đồng chí (tính đến 30/9/2019)
- Hội nghị báo cáo viên: 09 (bình quân mỗi tháng 1 hội nghị)
- Cộng tác viên dư luận xã hội: 88 người
- Báo cáo tình hình tư tưởng, dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 27

4. Giáo dục lý luận chính trị
- Lớp bồi dưỡng kết nạp đảng: 03; học viên: 214 người
- Lớp trung cấp lý luận chính trị – hành chính (phối hợp Trường Đào tạo cán bộ Lê Hồng Phong): 01; học viên: 96

5. Thi đua, khen thưởng
- Cuộc thi trực tuyến “Tìm hiểu 65 năm Giải phóng Thủ đô” – lượt dự thi: 12.486
- Tập thể được Quận ủy khen thưởng: 9; cá nhân: 21

II. NHIỆM VỤ QUÝ IV NĂM 2019
- Tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 11 khóa XII;
- Mở 2 lớp bồi dưỡng nhận thức về Đảng cho khoảng 150 quần chúng ưu tú;
- Phấn đấu 100% chi bộ hoàn thành đại hội trước ngày 30/4/2020.

Nơi nhận:
- Thường trực Quận ủy;
- Ban Tuyên giáo Thành ủy;
- Lưu VP.
"""
D05 = "2019-10-07"
P05 = m9(2019)

# ---------------------------------------------------------------------------------------------
T06 = """
Thường Tín tổng kết công tác tuyên giáo, trao giải Hội thi báo cáo viên giỏi

(Hànộimới) – Chiều 29/12/2016, Huyện ủy Thường Tín tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016, triển khai nhiệm vụ năm 2017 và trao giải Hội thi báo cáo viên, tuyên truyền viên giỏi cấp huyện.

Năm 2016 là năm đầu triển khai Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội XVI Đảng bộ thành phố Hà Nội. Huyện ủy đã tổ chức 3 hội nghị cấp huyện học tập, quán triệt các nghị quyết; 29 đảng bộ xã, thị trấn và 16 chi, đảng bộ cơ quan mở 212 lớp với 21.640 lượt cán bộ, đảng viên và hơn 14.000 lượt hội viên, đoàn viên tham gia. Số đảng viên chưa tham gia học tập dưới 600 người, chủ yếu là đảng viên cao tuổi, ốm đau.

Ban Tuyên giáo Huyện ủy phối hợp Trung tâm Bồi dưỡng chính trị huyện mở mười hai lớp bồi dưỡng với 1.035 học viên, trong đó 2 lớp đảng viên mới và 4 lớp nhận thức về Đảng. Công tác tuyên truyền miệng có nhiều đổi mới: đội ngũ 38 báo cáo viên cấp huyện đã thực hiện 146 buổi nói chuyện thời sự ở cơ sở. Đài Truyền thanh huyện phát sóng 312 chương trình thời sự và 48 kỳ chuyên mục “Thường Tín – Đất và người”.

Hội thi báo cáo viên, tuyên truyền viên giỏi năm 2016 diễn ra trong 2 ngày (27 và 28/12) với 34 thí sinh đến từ các đảng bộ. Ban Giám khảo trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích. Giải Nhất thuộc về thí sinh Nguyễn Thị Hồng Nhung (Đảng bộ xã Vân Tảo) với phần thi về chủ đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Tại hội nghị, Ban Thường vụ Huyện ủy tặng giấy khen cho 14 tập thể và 27 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2016; đề nghị Ban Tuyên giáo Thành ủy tặng bằng khen cho 2 tập thể, 3 cá nhân. Ban Tuyên giáo Huyện ủy Thường Tín xếp thứ 3/30 quận, huyện, thị xã trong bảng xếp loại của Ban Tuyên giáo Thành ủy.

Năm 2017, huyện phấn đấu 100% chi bộ sinh hoạt chuyên đề hằng quý và tổ chức ít nhất 1 hội thi tuyên truyền viên ở mỗi cụm xã.
"""
D06 = "2016-12-29"
P06 = year(2016)

# ---------------------------------------------------------------------------------------------
T07 = """
QUẬN ỦY NAM TỪ LIÊM
BAN TUYÊN GIÁO
Số 112-BC/BTGQU

Nam Từ Liêm, ngày 20 tháng 12 năm 2022

BÁO CÁO
Kết quả công tác tuyên giáo năm 2022,
phương hướng, nhiệm vụ năm 2023

Năm 2022, trong bối cảnh Thủ đô chuyển sang trạng thái thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19, Ban Tuyên giáo Quận ủy đã bám sát nhiệm vụ chính trị của quận, chủ động tham mưu và đạt được một số kết quả như sau.

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022

1. Công tác tham mưu
Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 38 văn bản (gồm 14 kế hoạch, 9 hướng dẫn, 15 công văn); tham mưu sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW và tổng kết 10 năm thực hiện Nghị quyết Trung ương 4 khóa XI về xây dựng Đảng; triển khai Kết luận số 01-KL/TW của Bộ Chính trị.

2. Học tập, quán triệt nghị quyết
Quận ủy tổ chức 4 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 4, Trung ương 5 khóa XIII cho cán bộ chủ chốt của quận.
Tại các phường, 10 đảng bộ phường và 47 chi, đảng bộ trực thuộc đã mở 386 lớp, thu hút 28.415 lượt cán bộ, đảng viên, đạt 97,2%; riêng quần chúng có 6.730 lượt dự nghe.
Riêng 6 tháng cuối năm 2022, khi các hoạt động trực tiếp được khôi phục hoàn toàn, các chi bộ tổ chức 1.214 buổi sinh hoạt chuyên đề, thảo luận về các nội dung nghị quyết gắn với nhiệm vụ của địa phương.

3. Công tác tuyên truyền
a) Tuyên truyền miệng: Quận tổ chức 92 buổi nói chuyện thời sự, chuyên đề tại các phường, trường học và doanh nghiệp, với xấp xỉ 11.500 lượt người nghe.
b) Tuyên truyền trên báo chí, mạng xã hội: Cổng thông tin điện tử quận đăng 2.146 tin, bài; trong đó 312 tin, bài về chuyển đổi số. Quận hiện có 1 cổng thông tin điện tử, 11 trang fanpage (1 của quận, 10 của các phường) và 596 nhóm Zalo tổ dân phố với khoảng 62.000 thành viên.
c) Tuyên truyền trực quan:
- Pano, áp phích, băng rôn: 460
- Triển lãm ảnh lưu động: 3 đợt
- Kinh phí hỗ trợ cơ sở in tài liệu học tập: 1,2 tỷ đồng

4. Công tác báo cáo viên, dư luận xã hội
Đội ngũ báo cáo viên cấp quận có 45 đồng chí, được bổ sung 7 đồng chí trong năm. Ban tổ chức 12 hội nghị báo cáo viên, trong đó có 2 hội nghị trực tuyến. Đội ngũ 64 cộng tác viên dư luận xã hội đã gửi 41 báo cáo định kỳ và 12 báo cáo đột xuất về tình hình tư tưởng của cán bộ, đảng viên và nhân dân.

5. Công tác khoa giáo, lý luận chính trị
Phối hợp Trung tâm Chính trị quận mở 7 lớp bồi dưỡng (4 lớp nhận thức về Đảng, 3 lớp đảng viên mới) với 628 học viên; 1 lớp trung cấp lý luận chính trị – hành chính với 104 học viên.

6. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
Quận ủy khen thưởng 18 tập thể, 36 cá nhân điển hình; Ban Tuyên giáo Quận ủy tặng giấy khen cho 5 báo cáo viên. Cuộc thi trực tuyến “Tìm hiểu lịch sử Đảng bộ quận Nam Từ Liêm” thu hút 9.864 lượt người dự thi; 10 bài xuất sắc nhất được giới thiệu trên Cổng thông tin điện tử quận.

II. HẠN CHẾ
Trên địa bàn có 18 trường đại học, cao đẳng, học viện và nhiều khu đô thị mới; ở một số khu có hơn 40 tòa chung cư, chi bộ sinh hoạt chuyên đề chưa đều, việc nắm bắt dư luận còn chậm.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 6 khóa XIII cho 100% cán bộ chủ chốt.
2. Mở 8 lớp bồi dưỡng nhận thức về Đảng và đảng viên mới.
3. Phấn đấu tỷ lệ đảng viên dự học đạt trên 97%.
4. Chuẩn bị kỷ niệm 10 năm thành lập quận (1/4/2014 – 1/4/2024).
"""
D07 = "2022-12-20"
P07 = year(2022)
END07 = end_of(P07)

# ---------------------------------------------------------------------------------------------
T08 = """
BẢN TIN TUYÊN GIÁO HÀ NỘI – SỐ 10 (THÁNG 10/2024)

Ba địa phương, ba cách làm trong quý III

Hà Nội, ngày 08/10/2024

Quý III năm 2024, Ban Tuyên giáo Thành ủy Hà Nội tổ chức 3 hội nghị báo cáo viên cấp thành phố và phát hành 2 số “Thông tin nội bộ” chuyên đề về Tổng Bí thư Nguyễn Phú Trọng. Dưới đây là số liệu tổng hợp từ báo cáo của ba quận, huyện.

Kết quả học tập, quán triệt trong quý:

Chỉ tiêu | Quận Ba Đình | Quận Bắc Từ Liêm | Huyện Ứng Hòa
Hội nghị cấp quận, huyện | 2 | 3 | 2
Số lớp ở cơ sở | 64 | 91 | 128
Lượt đảng viên dự học | 9.812 | 12.305 | 15.640
Tỷ lệ đảng viên tham gia (%) | 97,4 | 96,1 | 95,3
Lượt quần chúng dự nghe | 1.240 | 2.106 | 3.875
Số đảng viên chưa tham gia | 262 | 498 | 771
Buổi nói chuyện thời sự | 18 | 26 | 41

▪ Ba Đình – Bản tin cho từng chi bộ
Trong quý, quận phát hành đủ 3 số bản tin “Ba Đình ngày nay”, mỗi số 2.500 bản, gửi đến các chi bộ khu dân cư quanh Quảng trường Ba Đình.

▪ Bắc Từ Liêm – Zalo tổ dân phố làm cầu nối
Quận có 13 phường; quận hiện có 305 nhóm Zalo tổ dân phố với khoảng 41.000 thành viên, do bí thư chi bộ hoặc tổ trưởng làm quản trị.

▪ Ứng Hòa – Loa lưu động về thôn
Cách trung tâm Hà Nội khoảng 40 km, Ứng Hòa chú trọng tuyên truyền trực tiếp: trong quý, đội tuyên truyền lưu động của huyện chạy 96 lượt xe qua các thôn ven sông Đáy.
"""
D08 = "2024-10-08"
P08 = quarter(3, 2024)
NOW08 = inst(D08)

DOCS = [
    Doc("h20_05_tayho_9t_2019", T05, TAYHO, P05, D05, "text", facts=[
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Lớp ở các chi, đảng bộ cơ sở: 118", 118, "study_sessions"),
        F("6.182/6.397 đồng chí", 6182, "study_attendance", a="party_members"),
        F("Tỷ lệ đảng viên tham gia: 96,64%", 96.64, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 215 người", 215, "other"),
        F("chuyên đề: 68", 68, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 8.900", 8900, "propaganda_audience", "approx"),
        F("Cổng thông tin điện tử quận: 356", 356, "news_items"),
        F("“Tây Hồ ngày nay”: 214", 214, "news_items"),
        F("Quốc khánh 2/9: 1.240", 1240, "other"),
        F("Báo cáo viên cấp quận: 41 đồng chí", 41, "reporters", p=inst("2019-09-30")),
        F("Hội nghị báo cáo viên: 09", 9, "reporter_conferences"),
        F("Cộng tác viên dư luận xã hội: 88 người", 88, "opinion_collaborators",
          p=end_of(P05)),
        F("Ban Tuyên giáo Thành ủy: 27", 27, "opinion_reports"),
        F("kết nạp đảng: 03", 3, "training_classes"),
        F("học viên: 214 người", 214, "trainees"),
        F("Lê Hồng Phong): 01", 1, "training_classes"),
        F("học viên: 96", 96, "trainees"),
        F("lượt dự thi: 12.486", 12486, "contest_entries"),
        F("Tập thể được Quận ủy khen thưởng: 9", 9, "commended_collectives"),
        F("cá nhân: 21", 21, "commended_individuals"),
    ], traps=[("Số 47-TB/BTGQU", 47), ("ngày 07 tháng 10 năm 2019", 7),
              ("9 tháng năm 2019", 9), ("năm 2019", 2019), ("1. Học tập", 1),
              ("Chỉ thị 35-CT/TW", 35), ("2. Tuyên truyền", 2), ("74 năm", 74),
              ("3. Báo cáo viên", 3), ("30/9/2019", 30), ("mỗi tháng 1 hội nghị", 1),
              ("4. Giáo dục", 4), ("5. Thi đua", 5), ("65 năm", 65),
              ("QUÝ IV NĂM 2019", 2019), ("Trung ương 11", 11), ("Mở 2 lớp", 2),
              ("khoảng 150 quần chúng", 150), ("100% chi bộ", 100), ("30/4/2020", 30)]),
    Doc("h20_06_thuongtin_2016_awards", T06, THUONGTIN, P06, D06, "text", facts=[
        F("3 hội nghị cấp huyện", 3, "study_sessions"),
        F("mở 212 lớp", 212, "study_sessions"),
        F("21.640 lượt cán bộ, đảng viên", 21640, "study_attendance", a="party_members"),
        F("hơn 14.000 lượt hội viên, đoàn viên", 14000, "study_attendance", "at_least",
          a="masses"),
        F("dưới 600 người", 600, "other", "at_most"),
        F("mười hai lớp bồi dưỡng", 12, "training_classes"),
        F("1.035 học viên", 1035, "trainees"),
        F("đội ngũ 38 báo cáo viên", 38, "reporters", p=end_of(P06)),
        F("146 buổi nói chuyện", 146, "oral_propaganda_sessions"),
        F("phát sóng 312 chương trình", 312, "news_items"),
        F("48 kỳ chuyên mục", 48, "news_items"),
        F("34 thí sinh", 34, "contest_entries"),
        F("cho 14 tập thể", 14, "commended_collectives"),
        F("27 cá nhân", 27, "commended_individuals"),
    ], traps=[("Chiều 29/12/2016", 29), ("năm 2016", 2016), ("năm 2017", 2017),
              ("Năm 2016", 2016), ("29 đảng bộ xã", 29), ("16 chi, đảng bộ", 16),
              ("trong đó 2 lớp", 2), ("4 lớp nhận thức", 4), ("2 ngày", 2),
              ("(27 và 28/12)", 27), ("1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("3 giải Ba", 3), ("5 giải Khuyến khích", 5), ("cho 2 tập thể", 2),
              ("3 cá nhân", 3), ("xếp thứ 3/30", 3), ("Năm 2017", 2017),
              ("100% chi bộ", 100), ("ít nhất 1 hội thi", 1)]),
    Doc("h20_07_namtuliem_2022_report", T07, NAMTULIEM, P07, D07, "text", facts=[
        F("ban hành 38 văn bản", 38, "documents_issued"),
        F("4 hội nghị cấp quận", 4, "study_sessions"),
        F("mở 386 lớp", 386, "study_sessions"),
        F("28.415 lượt cán bộ, đảng viên", 28415, "study_attendance", a="party_members"),
        F("đạt 97,2%", 97.2, "study_participation_rate"),
        F("quần chúng có 6.730 lượt", 6730, "study_attendance", a="masses"),
        F("1.214 buổi sinh hoạt", 1214, "party_cell_discussions", p=h2(2022)),
        F("92 buổi nói chuyện", 92, "oral_propaganda_sessions"),
        F("xấp xỉ 11.500 lượt người nghe", 11500, "propaganda_audience", "approx"),
        F("đăng 2.146 tin, bài", 2146, "news_items"),
        F("có 1 cổng thông tin điện tử", 1, "websites", p=inst(D07)),
        F("11 trang fanpage", 11, "social_pages", p=inst(D07)),
        F("596 nhóm Zalo", 596, "chat_groups", p=inst(D07)),
        F("khoảng 62.000 thành viên", 62000, "chat_group_members", "approx", p=inst(D07)),
        F("băng rôn: 460", 460, "other"),
        F("lưu động: 3 đợt", 3, "other"),
        F("1,2 tỷ đồng", 1200000000, "other"),
        F("có 45 đồng chí", 45, "reporters", p=END07),
        F("12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("Đội ngũ 64 cộng tác viên", 64, "opinion_collaborators", p=END07),
        F("41 báo cáo định kỳ", 41, "opinion_reports"),
        F("12 báo cáo đột xuất", 12, "opinion_reports"),
        F("mở 7 lớp bồi dưỡng", 7, "training_classes"),
        F("628 học viên", 628, "trainees"),
        F("1 lớp trung cấp", 1, "training_classes"),
        F("104 học viên", 104, "trainees"),
        F("khen thưởng 18 tập thể", 18, "commended_collectives"),
        F("36 cá nhân", 36, "commended_individuals"),
        F("cho 5 báo cáo viên", 5, "commended_individuals"),
        F("9.864 lượt người dự thi", 9864, "contest_entries"),
    ], traps=[("Số 112-BC/BTGQU", 112), ("ngày 20 tháng 12 năm 2022", 20),
              ("năm 2022", 2022), ("năm 2023", 2023), ("Năm 2022", 2022), ("Covid-19", 19),
              ("NĂM 2022", 2022), ("1. Công tác", 1), ("14 kế hoạch", 14),
              ("9 hướng dẫn", 9), ("15 công văn", 15), ("5 năm", 5), ("05-CT/TW", 5),
              ("10 năm thực hiện", 10), ("Trung ương 4", 4), ("01-KL/TW", 1),
              ("2. Học tập", 2), ("Trung ương 5", 5), ("10 đảng bộ phường", 10),
              ("47 chi, đảng bộ", 47), ("6 tháng cuối năm 2022", 6), ("3. Công tác", 3),
              ("trong đó 312 tin, bài", 312), ("(1 của quận", 1), ("10 của các phường", 10),
              ("4. Công tác", 4), ("bổ sung 7 đồng chí", 7), ("có 2 hội nghị", 2),
              ("5. Công tác", 5), ("4 lớp nhận thức", 4), ("3 lớp đảng viên", 3),
              ("6. Học tập", 6), ("10 bài xuất sắc nhất", 10), ("18 trường", 18),
              ("hơn 40 tòa", 40), ("NĂM 2023", 2023), ("Trung ương 6", 6),
              ("1. Tổ chức", 1), ("100% cán bộ", 100), ("2. Mở 8 lớp", 2), ("3. Phấn đấu", 3),
              ("trên 97%", 97), ("4. Chuẩn bị", 4), ("10 năm thành lập", 10),
              ("1/4/2014", 1), ("1/4/2024", 1)]),
    Doc("h20_08_hanoi_q3_2024_table", T08, HANOI, P08, D08, "text", facts=[
        F("3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("phát hành 2 số", 2, "news_items"),
        F("Hội nghị cấp quận, huyện | 2", 2, "study_sessions", unit=BADINH),
        F("| 2 | 3", 3, "study_sessions", unit=BACTULIEM),
        F("Hội nghị cấp quận, huyện | 2 | 3 | 2", 2, "study_sessions", unit=UNGHOA),
        F("Số lớp ở cơ sở | 64", 64, "study_sessions", unit=BADINH),
        F("64 | 91", 91, "study_sessions", unit=BACTULIEM),
        F("91 | 128", 128, "study_sessions", unit=UNGHOA),
        F("Lượt đảng viên dự học | 9.812", 9812, "study_attendance", a="party_members",
          unit=BADINH),
        F("9.812 | 12.305", 12305, "study_attendance", a="party_members", unit=BACTULIEM),
        F("12.305 | 15.640", 15640, "study_attendance", a="party_members", unit=UNGHOA),
        F("Tỷ lệ đảng viên tham gia (%) | 97,4", 97.4, "study_participation_rate",
          unit=BADINH),
        F("97,4 | 96,1", 96.1, "study_participation_rate", unit=BACTULIEM),
        F("96,1 | 95,3", 95.3, "study_participation_rate", unit=UNGHOA),
        F("Lượt quần chúng dự nghe | 1.240", 1240, "study_attendance", a="masses",
          unit=BADINH),
        F("1.240 | 2.106", 2106, "study_attendance", a="masses", unit=BACTULIEM),
        F("2.106 | 3.875", 3875, "study_attendance", a="masses", unit=UNGHOA),
        F("Số đảng viên chưa tham gia | 262", 262, "other", unit=BADINH),
        F("262 | 498", 498, "other", unit=BACTULIEM),
        F("498 | 771", 771, "other", unit=UNGHOA),
        F("Buổi nói chuyện thời sự | 18", 18, "oral_propaganda_sessions", unit=BADINH),
        F("18 | 26", 26, "oral_propaganda_sessions", unit=BACTULIEM),
        F("26 | 41", 41, "oral_propaganda_sessions", unit=UNGHOA),
        F("phát hành đủ 3 số", 3, "news_items", unit=BADINH),
        F("305 nhóm Zalo", 305, "chat_groups", unit=BACTULIEM, p=NOW08),
        F("khoảng 41.000 thành viên", 41000, "chat_group_members", "approx",
          unit=BACTULIEM, p=NOW08),
        F("chạy 96 lượt xe", 96, "other", unit=UNGHOA),
    ], traps=[("SỐ 10", 10), ("(THÁNG 10/2024)", 10), ("ngày 08/10/2024", 8),
              ("năm 2024", 2024), ("mỗi số 2.500 bản", 2500), ("13 phường", 13),
              ("khoảng 40 km", 40)]),
]
