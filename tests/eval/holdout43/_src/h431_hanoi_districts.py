"""holdout43, part 1: Hanoi districts 2017-2024 written as formal reports (numbered and lettered
sections, list lines, tables) and a two-district table article.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the five sample
reports, without reading or running the extractor.

Decisions where the guide leaves room (whole set):
- A stock counted in a list line or table with no "hiện có" marker takes an instant at the end
  of the report's period (end_of); a stock with "hiện có/hiện nay" (also in brackets) takes the
  document date.
- Table columns headed by a unit give that unit's facts; a row "Hội nghị cấp quận" under a
  lead-in naming a study counts study_sessions.
- Parts in brackets of a count ("(06 kế hoạch, 11 hướng dẫn)") are traps; only the total is a fact.
- A report's section under a plan heading (PHƯƠNG HƯỚNG, NHIỆM VỤ) is all traps.
- Numbered headings ("1. Công tác ...") and list numbers are traps (auto).
- "Đội ngũ/Mạng lưới N cộng tác viên" with no marker: end of the report's period.
- Money that is prize value is a trap; copies printed are `other`.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, year

BDINH, DDA, HMAI = U("Quận Ba Đình"), U("Quận Đống Đa"), U("Quận Hoàng Mai")
LBIEN, HDONG, HN = U("Quận Long Biên"), U("Quận Hà Đông"), U("01")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY BA ĐÌNH
BAN TUYÊN GIÁO
*
Số 52-BC/BTGQU

Hà Nội, ngày 05 tháng 7 năm 2017

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2017,
phương hướng, nhiệm vụ 6 tháng cuối năm 2017

Thực hiện Hướng dẫn số 09-HD/BTGTU ngày 12/6/2017 của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy Ba Đình báo cáo kết quả công tác tuyên giáo sáu tháng đầu năm như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 17 văn bản (06 kế hoạch, 11 hướng dẫn và công văn) về công tác tư tưởng, trong đó có Kế hoạch số 38-KH/QU thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị. Quận ủy phát động hai đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng gắn với kỷ niệm 87 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2017).

2. Học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII
- Hội nghị cấp quận: 02 (trực tuyến tới 14 điểm cầu phường)
- Số lớp ở các đảng bộ, chi bộ cơ sở: 118
- Lượt cán bộ, đảng viên dự: 9.874; đạt 96,8%
- Số đảng viên chưa tham gia: 322 người (chủ yếu là đảng viên cao tuổi, ốm đau, đi công tác xa)

Các chi bộ tổ chức 1.046 buổi thảo luận chuyên đề năm 2017 về xây dựng phong cách, tác phong công tác của người đứng đầu, của cán bộ, đảng viên.

3. Công tác tuyên truyền
Quận tổ chức 64 buổi tuyên truyền miệng, nói chuyện thời sự tại các tổ dân phố, khu tập thể Ngọc Khánh, Giảng Võ, thu hút khoảng 7.300 lượt người nghe; treo 2.460 băng rôn, khẩu hiệu và 380 cờ phướn. Trang thông tin điện tử quận đăng 415 tin, bài, ảnh; bản tin "Ba Đình ngày nay" phát hành đủ 6 số, mỗi số 3.500 bản, dày 24 trang.

4. Công tác báo cáo viên và nắm bắt dư luận xã hội
- Báo cáo viên cấp quận: 36 đồng chí (tính đến 30/6/2017)
- Hội nghị báo cáo viên: 02 (tháng 3 và tháng 6)
Đội ngũ cộng tác viên dư luận xã hội của quận hiện có 48 đồng chí; trong 6 tháng đã gửi về Ban 26 báo cáo định kỳ và 5 báo cáo đột xuất về tình hình tư tưởng, dư luận xã hội trên địa bàn.

5. Công tác thi đua, khen thưởng
Nhân dịp sơ kết, Ban Thường vụ Quận ủy tặng giấy khen cho 7 tập thể và 12 cá nhân có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đề nghị Thành ủy tặng bằng khen cho 2 tập thể. Ban Tuyên giáo Quận ủy xếp thứ 3/12 trong Cụm thi đua số 1.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2017
1. Tổ chức học tập, quán triệt Nghị quyết Trung ương 6 khóa XII, bảo đảm trên 95% đảng viên tham gia.
2. Mở 03 lớp bồi dưỡng nghiệp vụ cho cán bộ làm công tác tuyên giáo ở 14 phường.
3. Tổ chức Hội thi báo cáo viên giỏi cấp quận lần thứ 2, dự kiến vào tháng 10/2017.

Nơi nhận:
- Ban Tuyên giáo Thành ủy (để b/c);
- Thường trực Quận ủy (để b/c);
- Lưu VP.
"""

T02 = """
Đống Đa: Tổng kết công tác tuyên giáo năm 2019

Sáng 8/1, Quận ủy Đống Đa tổ chức hội nghị tổng kết công tác tuyên giáo năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Trần Minh Hải, Phó Bí thư Thường trực Quận ủy, chủ trì hội nghị.

Năm 2019 có nhiều ngày kỷ niệm lớn: 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh, 65 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2019) và 230 năm chiến thắng Ngọc Hồi – Đống Đa. Báo cáo tại hội nghị cho biết, Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 23 văn bản chỉ đạo công tác tư tưởng, văn hóa.

Kết quả học tập, quán triệt nghị quyết, chỉ thị trong năm:

Chỉ tiêu | Kết quả
Hội nghị cấp quận | 4
Số lớp ở cơ sở | 162
Lượt cán bộ, đảng viên dự học | 18.236
Tỷ lệ đảng viên tham gia (%) | 95,74
Lượt quần chúng dự nghe | 3.410
Số đảng viên chưa tham gia | 806

Đảng bộ quận hiện có 85 tổ chức cơ sở đảng với hơn 19.000 đảng viên, trong đó nhiều đảng viên cao tuổi sinh hoạt ở các tổ dân phố. Vì vậy, quận chú trọng tuyên truyền miệng. Trong năm, 21 đảng bộ phường tổ chức 245 buổi nói chuyện chuyên đề về Di chúc của Bác, chủ quyền biển, đảo, phòng chống tác hại của thuốc lá, với hơn 26.000 lượt người nghe.

"Nghe báo cáo viên kể chuyện Bác viết Di chúc, tôi thương Bác lắm. Tổ tôi có 112 hộ mà hôm ấy có đến 80 người đi nghe", bà Phạm Thị Thu, 74 tuổi, tổ dân phố 9, phường Quang Trung, chia sẻ.

Quận hiện có 62 cộng tác viên dư luận xã hội, chia thành 4 cụm theo địa bàn; trong năm Ban Tuyên giáo tổng hợp 14 báo cáo chuyên đề về tâm trạng xã hội, nhất là dư luận quanh dự án đường Vành đai 1 đoạn Hoàng Cầu – Voi Phục. Fanpage "Đống Đa ngày nay" hiện có gần 21.000 người theo dõi; cả năm trang đăng 1.120 tin, bài, video clip.

Cuộc thi tìm hiểu 65 năm Ngày Giải phóng Thủ đô do quận phát động thu hút 9.862 bài dự thi, trong đó 12 bài đạt giải với tổng giá trị giải thưởng 30 triệu đồng. Dịp này, Quận ủy tặng giấy khen cho 10 tập thể, 18 cá nhân.

Năm 2020, quận phấn đấu 100% chi bộ tổ chức học tập Nghị quyết Đại hội Đảng bộ quận nhiệm kỳ 2020 – 2025 trong vòng 30 ngày sau Đại hội.
"""

T03 = """
QUẬN ỦY HOÀNG MAI
BAN TUYÊN GIÁO
*
Số 118-BC/BTGQU

Hà Nội, ngày 04 tháng 10 năm 2021

BÁO CÁO
Kết quả công tác tuyên giáo quý III năm 2021

Quý III năm 2021, Thành phố thực hiện giãn cách xã hội theo Chỉ thị số 17/CT-UBND ngày 23/7/2021 của UBND Thành phố. Ban Tuyên giáo Quận ủy Hoàng Mai đã chủ động chuyển phần lớn hoạt động sang hình thức trực tuyến, kết quả cụ thể như sau:

A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT
Tiếp tục học tập Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XVII Đảng bộ Thành phố:
- Hội nghị cấp quận: 01 (kết nối 14 điểm cầu phường)
- Lớp ở các chi bộ: 236 (các buổi trực tiếp chỉ tổ chức với dưới 10 người theo quy định phòng dịch)
- Lượt đảng viên dự học: 11.482/12.037 đồng chí; tỷ lệ: 95,39%
- Số đảng viên chưa tham gia: 555 đồng chí

B. TUYÊN TRUYỀN PHÒNG, CHỐNG DỊCH COVID-19
- Tin, bài trên Cổng thông tin điện tử quận: 684; trên fanpage "Hoàng Mai Online": 1.217
- Nhóm Zalo tổ dân phố đang hoạt động: 312 nhóm (hiện có khoảng 41.500 thành viên)
- Lượt xe loa tuyên truyền lưu động: 1.860
- Tờ rơi, tờ gấp phát tới hộ dân: 96.000
Người dân có thể phản ánh thông tin sai sự thật qua đường dây nóng 024.3645.8216 của Ban Tuyên giáo Quận ủy.

C. NẮM BẮT DƯ LUẬN XÃ HỘI
Mạng lưới 58 cộng tác viên dư luận xã hội của quận đã gửi 39 báo cáo nhanh về tâm trạng của Nhân dân trong thời gian giãn cách, tập trung vào việc cấp giấy đi đường và hỗ trợ người lao động theo Nghị quyết 68/NQ-CP.

D. CÔNG TÁC KHÁC
Ban Tuyên giáo phối hợp Trung tâm Chính trị quận mở 02 lớp bồi dưỡng nhận thức về Đảng theo hình thức trực tuyến cho 164 học viên là quần chúng ưu tú. Ban Thường vụ Quận ủy biểu dương 5 tập thể, 9 cá nhân có cách làm sáng tạo trong tuyên truyền phòng, chống dịch.

E. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2021
- Tổ chức học tập Nghị quyết Trung ương 4 khóa XIII khi có hướng dẫn; phấn đấu tỷ lệ đảng viên dự học đạt trên 95%.
- Duy trì tối thiểu 1 bản tin/tuần trên Cổng thông tin điện tử quận; mở thêm 20 nhóm Zalo ở các tổ dân phố mới.
"""

T04 = """
Cập nhật ngày 14-10-2022

Long Biên, Hà Đông: Kết quả công tác tuyên giáo 9 tháng năm 2022

Tại hội nghị giao ban Cụm thi đua số 3 do Ban Tuyên giáo Thành ủy Hà Nội tổ chức chiều 12/10, hai quận Long Biên và Hà Đông đã báo cáo kết quả công tác tuyên giáo 9 tháng năm 2022.

Theo Ban Tuyên giáo Thành ủy, 9 tháng qua Ban đã ban hành 31 văn bản hướng dẫn các quận, huyện, thị xã tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 4, 5 khóa XIII. Thành phố có 30 quận, huyện, thị xã với 579 đơn vị hành chính cấp xã.

Kết quả học tập, quán triệt Nghị quyết Trung ương 4, 5 khóa XIII của hai quận:

Chỉ tiêu | Quận Long Biên | Quận Hà Đông
Hội nghị cấp quận | 3 | 2
Số lớp ở cơ sở | 174 | 209
Lượt cán bộ, đảng viên dự học | 14.615 | 21.730
Tỷ lệ đảng viên tham gia (%) | 96,05 | 95,2
Số đảng viên chưa tham gia | 603 | 1.098

* Quận Long Biên
Quận tổ chức 96 buổi nói chuyện thời sự tại 14 phường, thu hút gần 8.000 lượt người nghe. Chuyên mục "Long Biên – Nhịp sống mới" trên Đài phát thanh quận lên sóng 36 kỳ. Quận hiện có 2 fanpage chính danh và 1 kênh TikTok, mỗi tuần đăng trung bình 25 tin, video.

"Trước đây tôi chỉ xem tin trên mạng linh tinh, giờ ngày nào cũng mở fanpage của quận", anh Đỗ Văn Hùng, 35 tuổi, tổ dân phố 12, phường Việt Hưng, nói.

* Quận Hà Đông
Trung tâm Chính trị quận mở 5 lớp sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới với 486 học viên. Đội ngũ báo cáo viên quận hiện có 41 đồng chí; trong 9 tháng quận tổ chức 3 hội nghị báo cáo viên, thông tin về tình hình Biển Đông và xung đột Nga – Ukraine. Ban Tuyên giáo Quận ủy Hà Đông xếp thứ 2/5 trong Cụm.

Quý IV, Hà Đông dự kiến tổ chức hội thi tuyên truyền viên giỏi với 17 đội thi của 17 phường.
"""

DOCS = [
    Doc("h43_01", T01, BDINH, h1(2017), "2017-07-05", "text", facts=[
        F("ban hành 17 văn bản", 17, "documents_issued"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Số lớp ở các đảng bộ, chi bộ cơ sở: 118", 118, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 9.874", 9874, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 322 người", 322, "other"),
        F("tổ chức 1.046 buổi thảo luận", 1046, "party_cell_discussions"),
        F("tổ chức 64 buổi tuyên truyền miệng", 64, "oral_propaganda_sessions"),
        F("khoảng 7.300 lượt người nghe", 7300, "propaganda_audience", "approx"),
        F("treo 2.460 băng rôn", 2460, "other"),
        F("380 cờ phướn", 380, "other"),
        F("đăng 415 tin, bài, ảnh", 415, "news_items"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("Báo cáo viên cấp quận: 36 đồng chí", 36, "reporters", p=inst("2017-06-30")),
        F("Hội nghị báo cáo viên: 02", 2, "reporter_conferences"),
        F("hiện có 48 đồng chí", 48, "opinion_collaborators", p=inst("2017-07-05")),
        F("26 báo cáo định kỳ", 26, "opinion_reports"),
        F("5 báo cáo đột xuất", 5, "opinion_reports"),
        F("cho 7 tập thể", 7, "commended_collectives"),
        F("12 cá nhân có thành tích", 12, "commended_individuals"),
    ], traps=[("Số 52-BC/BTGQU", 52), ("09-HD/BTGTU", 9), ("ngày 12/6/2017", 12),
              ("06 kế hoạch", 6), ("11 hướng dẫn", 11), ("Kế hoạch số 38-KH/QU", 38),
              ("Chỉ thị 05-CT/TW", 5), ("87 năm", 87), ("3/2/1930", 3), ("3/2/2017", 3),
              ("14 điểm cầu", 14), ("chuyên đề năm 2017", 2017), ("mỗi số 3.500 bản", 3500),
              ("dày 24 trang", 24), ("30/6/2017", 30), ("tháng 3", 3), ("tháng 6", 6),
              ("cho 2 tập thể", 2), ("xếp thứ 3/12", 3), ("Cụm thi đua số 1", 1),
              ("Trung ương 6", 6), ("trên 95%", 95), ("Mở 03 lớp", 3), ("ở 14 phường", 14),
              ("lần thứ 2", 2), ("tháng 10/2017", 10)]),
    Doc("h43_02", T02, DDA, year(2019), "2020-01-09", "sidecar", meta={"date": "2020-01-09"},
        facts=[
        F("ban hành 23 văn bản", 23, "documents_issued"),
        F("Hội nghị cấp quận | 4", 4, "study_sessions"),
        F("Số lớp ở cơ sở | 162", 162, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự học | 18.236", 18236, "study_attendance",
          a="party_members"),
        F("Tỷ lệ đảng viên tham gia (%) | 95,74", 95.74, "study_participation_rate"),
        F("Lượt quần chúng dự nghe | 3.410", 3410, "study_attendance", a="masses"),
        F("Số đảng viên chưa tham gia | 806", 806, "other"),
        F("tổ chức 245 buổi nói chuyện", 245, "oral_propaganda_sessions"),
        F("hơn 26.000 lượt người nghe", 26000, "propaganda_audience", "at_least"),
        F("hiện có 62 cộng tác viên", 62, "opinion_collaborators", p=inst("2020-01-09")),
        F("tổng hợp 14 báo cáo chuyên đề về tâm trạng", 14, "opinion_reports"),
        F("gần 21.000 người theo dõi", 21000, "propaganda_audience", "at_most",
          p=inst("2020-01-09")),
        F("đăng 1.120 tin, bài", 1120, "news_items"),
        F("thu hút 9.862 bài dự thi", 9862, "contest_entries"),
        F("cho 10 tập thể", 10, "commended_collectives"),
        F("18 cá nhân", 18, "commended_individuals"),
    ], traps=[("Sáng 8/1", 8), ("năm 2020", 2020), ("50 năm", 50), ("65 năm", 65),
              ("10/10/1954", 10), ("10/10/2019", 10), ("230 năm", 230),
              ("85 tổ chức cơ sở đảng", 85), ("hơn 19.000 đảng viên", 19000),
              ("21 đảng bộ phường", 21), ("112 hộ", 112), ("80 người", 80), ("74 tuổi", 74),
              ("tổ dân phố 9", 9), ("4 cụm", 4), ("Vành đai 1", 1), ("12 bài đạt giải", 12),
              ("30 triệu đồng", 30000000), ("100% chi bộ", 100),
              ("nhiệm kỳ 2020 – 2025", 2020), ("30 ngày", 30)]),
    Doc("h43_03", T03, HMAI, quarter(3, 2021), "2021-10-04", "text", facts=[
        F("Hội nghị cấp quận: 01", 1, "study_sessions"),
        F("Lớp ở các chi bộ: 236", 236, "study_sessions"),
        F("Lượt đảng viên dự học: 11.482/12.037 đồng chí", 11482, "study_attendance",
          a="party_members"),
        F("tỷ lệ: 95,39%", 95.39, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 555 đồng chí", 555, "other"),
        F("Cổng thông tin điện tử quận: 684", 684, "news_items"),
        F("Online\": 1.217", 1217, "news_items"),
        F("đang hoạt động: 312 nhóm", 312, "chat_groups", p=end_of(quarter(3, 2021))),
        F("hiện có khoảng 41.500 thành viên", 41500, "chat_group_members", "approx",
          p=inst("2021-10-04")),
        F("Lượt xe loa tuyên truyền lưu động: 1.860", 1860, "other"),
        F("tới hộ dân: 96.000", 96000, "other"),
        F("Mạng lưới 58 cộng tác viên", 58, "opinion_collaborators",
          p=end_of(quarter(3, 2021))),
        F("gửi 39 báo cáo nhanh về tâm trạng", 39, "opinion_reports"),
        F("mở 02 lớp bồi dưỡng nhận thức về Đảng", 2, "training_classes"),
        F("cho 164 học viên", 164, "trainees"),
        F("biểu dương 5 tập thể", 5, "commended_collectives"),
        F("9 cá nhân có cách làm", 9, "commended_individuals"),
    ], traps=[("Số 118-BC/BTGQU", 118), ("Chỉ thị số 17/CT-UBND", 17), ("23/7/2021", 23),
              ("Đại hội XIII", 13), ("Đại hội XVII", 17), ("14 điểm cầu", 14),
              ("dưới 10 người", 10), ("12.037", 12037), ("024.3645.8216", 24),
              ("Nghị quyết 68/NQ-CP", 68), ("Trung ương 4", 4), ("trên 95%", 95),
              ("1 bản tin/tuần", 1), ("thêm 20 nhóm Zalo", 20), ("COVID-19", 19)]),
    Doc("h43_04", T04, LBIEN, m9(2022), "2022-10-14", "text", facts=[
        F("đã ban hành 31 văn bản", 31, "documents_issued", unit=HN),
        F("Hội nghị cấp quận | 3", 3, "study_sessions"),
        F("Hội nghị cấp quận | 3 | 2", 2, "study_sessions", unit=HDONG),
        F("Số lớp ở cơ sở | 174", 174, "study_sessions"),
        F("Số lớp ở cơ sở | 174 | 209", 209, "study_sessions", unit=HDONG),
        F("Lượt cán bộ, đảng viên dự học | 14.615", 14615, "study_attendance",
          a="party_members"),
        F("Lượt cán bộ, đảng viên dự học | 14.615 | 21.730", 21730, "study_attendance",
          a="party_members", unit=HDONG),
        F("Tỷ lệ đảng viên tham gia (%) | 96,05", 96.05, "study_participation_rate"),
        F("Tỷ lệ đảng viên tham gia (%) | 96,05 | 95,2", 95.2, "study_participation_rate",
          unit=HDONG),
        F("Số đảng viên chưa tham gia | 603", 603, "other"),
        F("Số đảng viên chưa tham gia | 603 | 1.098", 1098, "other", unit=HDONG),
        F("tổ chức 96 buổi nói chuyện thời sự", 96, "oral_propaganda_sessions"),
        F("gần 8.000 lượt người nghe", 8000, "propaganda_audience", "at_most"),
        F("lên sóng 36 kỳ", 36, "news_items"),
        F("hiện có 2 fanpage chính danh", 2, "social_pages", p=inst("2022-10-14")),
        F("1 kênh TikTok", 1, "social_pages", p=inst("2022-10-14")),
        F("mở 5 lớp sơ cấp lý luận chính trị", 5, "training_classes", unit=HDONG),
        F("với 486 học viên", 486, "trainees", unit=HDONG),
        F("hiện có 41 đồng chí", 41, "reporters", unit=HDONG, p=inst("2022-10-14")),
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences", unit=HDONG),
    ], traps=[("Cụm thi đua số 3", 3), ("chiều 12/10", 12), ("Trung ương 4, 5 khóa XIII", 4),
              ("5 khóa XIII", 5), ("30 quận, huyện, thị xã", 30), ("579 đơn vị hành chính", 579),
              ("tại 14 phường", 14), ("trung bình 25 tin", 25), ("35 tuổi", 35),
              ("tổ dân phố 12", 12), ("xếp thứ 2/5", 2), ("17 đội thi", 17), ("17 phường", 17)]),
]
