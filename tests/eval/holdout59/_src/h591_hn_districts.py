"""holdout59, part 1: Hanoi districts before the 1 July 2025 reform (2016, 2018, 2020).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the five
sample reports for style, without reading or running the extractor or any other eval set.

Decisions where the guide leaves room:
- a report's own "Nơi nhận" block and its document number are traps (furniture, codes);
- a count of reporters given with "(tính đến 30/6/2016)" is an instant at that date;
- opinion collaborators counted in a half-year report with no "hiện có" marker are an instant at
  the period's end (end_of);
- "một trang thông tin điện tử, hai fanpage" in a listing is a count of one and of two;
- an interview answer by "Đồng chí Trưởng ban" speaks for the district; the words of a
  tổ trưởng quoted in single quotes inside it are an anecdote (traps);
- a training total followed by its parts in brackets: the total is the fact, the parts traps;
- collaborators counted in an interview with no marker and no period of their own are an instant
  at the end of the article's year (end_of), even though the interview is dated 25 December.
"""
from build_gold import Doc, F, U, end_of, h1, inst, year

CG, SS, HM = U("Quận Cầu Giấy"), U("Huyện Sóc Sơn"), U("Quận Hoàng Mai")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY CẦU GIẤY
BAN TUYÊN GIÁO
Số 47-BC/BTGQU
Cầu Giấy, ngày 08 tháng 7 năm 2016

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2016,
phương hướng, nhiệm vụ 6 tháng cuối năm 2016

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tham mưu, chỉ đạo
Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành 16 văn bản (06 kế hoạch, 10 hướng dẫn) về công tác tư tưởng, tập trung tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XII của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XIV, đại biểu HĐND các cấp nhiệm kỳ 2016-2021 diễn ra ngày 22/5/2016.

2. Học tập, quán triệt Nghị quyết Đại hội XII của Đảng
- Hội nghị cấp quận: 02; lượt cán bộ chủ chốt dự: 1.150
- Lớp ở các chi, đảng bộ cơ sở: 118; lượt đảng viên dự: 9.874/10.236 đồng chí, đạt 96,46%
- Số đảng viên chưa tham gia: 362 người (chủ yếu là đảng viên cao tuổi được miễn sinh hoạt)
So với cùng kỳ năm 2015, số lớp ở cơ sở tăng 21 lớp.

3. Tuyên truyền miệng, báo cáo viên
Quận duy trì đội ngũ 38 báo cáo viên cấp quận (tính đến 30/6/2016). Trong 6 tháng, Ban Tuyên giáo Quận ủy tổ chức 03 hội nghị báo cáo viên định kỳ để cung cấp thông tin thời sự. Các đảng bộ phường tổ chức 214 buổi nói chuyện thời sự, tuyên truyền về bầu cử, với hơn 21.000 lượt người nghe; bình quân mỗi buổi khoảng 100 người.

4. Thông tin, báo chí
Bản tin “Cầu Giấy ngày nay” phát hành đủ 6 số, mỗi số 2.500 bản, gửi tới các chi bộ tổ dân phố. Trang thông tin điện tử của quận đăng tải 486 tin, bài, ảnh về các hoạt động chính trị, kinh tế - xã hội của địa phương.

5. Công tác nắm bắt dư luận xã hội
Đội ngũ 27 cộng tác viên dư luận xã hội của quận đã gửi 19 báo cáo định kỳ và 7 báo cáo đột xuất về tình hình tư tưởng của cán bộ, đảng viên và nhân dân, tập trung vào việc giải phóng mặt bằng tuyến đường sắt đô thị số 3 và việc cấp nước sạch.

6. Khen thưởng
Ban Thường vụ Quận ủy tặng giấy khen cho 5 tập thể, 11 cá nhân có thành tích trong công tác tuyên truyền bầu cử; đồng thời đề nghị Thành ủy tặng bằng khen cho 01 tập thể.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016
- Tổ chức học tập Nghị quyết Trung ương 2 khóa XII bảo đảm 100% đảng viên được tham gia.
- Mở 04 lớp bồi dưỡng nghiệp vụ cho khoảng 150 cán bộ tuyên giáo cơ sở.
- Phát hành 6 số Bản tin, tổ chức ít nhất 2 hội nghị báo cáo viên.

Nơi nhận:
- Ban Tuyên giáo Thành ủy;
- Thường trực Quận ủy;
- Lưu: VT.
"""

T02 = """
Sóc Sơn: Đưa nghị quyết về tận thôn, xóm

Sóc Sơn là huyện có diện tích lớn nhất Thủ đô, khoảng 305 km², với 26 xã, thị trấn và hơn 340 nghìn người. Địa bàn rộng, dân cư phân tán nên việc đưa thông tin đến người dân vùng đồi gò luôn là bài toán khó với đội ngũ làm công tác tuyên giáo.

Năm 2018, Ban Tuyên giáo Huyện ủy Sóc Sơn tham mưu Ban Thường vụ Huyện ủy tổ chức 2 hội nghị cấp huyện học tập, quán triệt Nghị quyết Trung ương 7 khóa XII; các đảng bộ xã, thị trấn và chi bộ trực thuộc tiếp tục mở 312 lớp, thu hút 14.326 lượt cán bộ, đảng viên tham dự, đạt 95,8%. Số lớp tăng 38 lớp so với năm 2017. Huyện cũng triển khai hai đợt sinh hoạt chính trị về nâng cao đạo đức công vụ và văn minh nông thôn.

Trung tâm Bồi dưỡng chính trị huyện mở 9 lớp (3 lớp sơ cấp lý luận chính trị, 4 lớp bồi dưỡng đảng viên mới, 2 lớp bồi dưỡng nhận thức về Đảng) với 1.068 học viên.

Trong năm, các xã tổ chức khoảng 450 buổi tuyên truyền miệng tại nhà văn hóa thôn, thu hút chừng 36 nghìn lượt người dân. Ông Nguyễn Văn Tám, 71 tuổi, ở thôn Đông Xuân, kể: “Trước mỗi quý thôn họp 1 lần, giờ có buổi nói chuyện thời sự, quý này tôi đi đủ cả 4 buổi.”

Cuộc thi tìm hiểu 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 – 11/6/2018) do Huyện ủy phát động thu hút 8.940 bài dự thi; ban tổ chức trao 1 giải Nhất, 2 giải Nhì và 5 giải Khuyến khích.

Về thông tin trên mạng, huyện hiện có một trang thông tin điện tử, hai fanpage và 245 nhóm Zalo thôn, xóm với khoảng 31.500 thành viên. Năm qua, các trang này đăng tải hơn 2.100 tin, bài, phóng sự ngắn. Huyện cũng đầu tư 12 tỷ đồng nâng cấp hệ thống truyền thanh cơ sở tại 14 xã.

Dịp tổng kết, Huyện ủy khen thưởng 8 tập thể và 14 cá nhân có thành tích xuất sắc. Năm 2019, huyện phấn đấu mỗi thôn có ít nhất 01 nhóm Zalo và 100% đảng viên được học tập nghị quyết trong vòng 30 ngày. Mọi thông tin xin liên hệ Ban Tuyên giáo Huyện ủy, điện thoại 024.3884.1234.
"""

T03 = """
Thứ Sáu, ngày 25/12/2020

Hoàng Mai: Tuyên giáo trong một năm nhiều thử thách

Năm 2020 là năm tổ chức đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng, đồng thời là năm dịch Covid-19 xuất hiện. Phóng viên có cuộc trao đổi với đồng chí Lê Thị Thu Hằng, Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Tuyên giáo Quận ủy Hoàng Mai.

PV: Thưa đồng chí, việc học tập nghị quyết năm nay được triển khai ra sao khi dịch bệnh phức tạp?

Đồng chí Trưởng ban: “Có thời điểm các buổi sinh hoạt chỉ được tổ chức với dưới 30 người theo quy định phòng dịch, nên chúng tôi chia nhỏ lớp. Năm qua, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành 24 văn bản chỉ đạo công tác tư tưởng. Sau Đại hội đại biểu Đảng bộ quận lần thứ V, nhiệm kỳ 2020 – 2025, quận tổ chức 3 hội nghị cấp quận quán triệt Nghị quyết Đại hội; các đảng bộ phường mở 186 lớp cho 17.420 lượt đảng viên. Các chi bộ cũng tổ chức 640 buổi thảo luận chi bộ góp ý dự thảo văn kiện.”

PV: Môi trường mạng được tận dụng thế nào?

Đồng chí Trưởng ban: “Quận hiện có 1 cổng thông tin điện tử, 14 fanpage của các phường và 1.236 nhóm Zalo tổ dân phố với khoảng 98 nghìn thành viên. Trong năm, các trang đăng trên 7.200 tin, bài, video về phòng, chống dịch. Có bác tổ trưởng nói với tôi: ‘Tổ tôi 120 hộ thì 115 hộ vào nhóm rồi, tối nào cũng có tin mới’.”

PV: Còn công tác nắm bắt dư luận?

Đồng chí Trưởng ban: “Đội ngũ 46 cộng tác viên dư luận xã hội của quận đã gửi 52 báo cáo, trong đó nhiều báo cáo phản ánh băn khoăn của người dân về dự án cải tạo Khu đô thị Linh Đàm, nơi có khoảng 70 nghìn cư dân. Chúng tôi tổ chức thêm 2 hội nghị báo cáo viên chuyên đề về phòng, chống dịch.”

PV: Năm 2021, quận đặt ra mục tiêu gì?

Đồng chí Trưởng ban: “Năm tới, quận sẽ tổ chức học tập Nghị quyết Đại hội XIII cho 100% đảng viên, mở 6 lớp bồi dưỡng kỹ năng viết tin trên mạng xã hội, mỗi lớp tối đa 40 học viên.”

PV: Xin cảm ơn đồng chí!
"""

D01, D02, D03 = "2016-07-08", "2018-12-20", "2020-12-25"

DOCS = [
    Doc("h59_01", T01, CG, h1(2016), D01, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("lượt cán bộ chủ chốt dự: 1.150", 1150, "study_attendance", a="party_members"),
        F("Lớp ở các chi, đảng bộ cơ sở: 118", 118, "study_sessions"),
        F("lượt đảng viên dự: 9.874/10.236", 9874, "study_attendance", a="party_members"),
        F("đạt 96,46%", 96.46, "study_participation_rate"),
        F("Số đảng viên chưa tham gia: 362 người", 362, "other"),
        F("đội ngũ 38 báo cáo viên", 38, "reporters", p=inst("2016-06-30")),
        F("tổ chức 03 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("tổ chức 214 buổi nói chuyện", 214, "oral_propaganda_sessions"),
        F("hơn 21.000 lượt người nghe", 21000, "propaganda_audience", "at_least"),
        F("phát hành đủ 6 số", 6, "news_items"),
        F("đăng tải 486 tin, bài", 486, "news_items"),
        F("Đội ngũ 27 cộng tác viên", 27, "opinion_collaborators", p=end_of(h1(2016))),
        F("gửi 19 báo cáo định kỳ", 19, "opinion_reports"),
        F("7 báo cáo đột xuất", 7, "opinion_reports"),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("Số 47-BC/BTGQU", 47), ("ngày 08 tháng 7 năm 2016", 8),
              ("6 tháng đầu năm 2016", 6), ("6 tháng cuối năm 2016", 6),
              ("06 kế hoạch", 6), ("10 hướng dẫn", 10), ("nhiệm kỳ 2016-2021", 2016),
              ("ngày 22/5/2016", 22), ("năm 2015", 2015), ("tăng 21 lớp", 21),
              ("30/6/2016", 30), ("Trong 6 tháng", 6), ("khoảng 100 người", 100),
              ("mỗi số 2.500 bản", 2500), ("đường sắt đô thị số 3", 3),
              ("cho 01 tập thể", 1), ("Trung ương 2", 2), ("100% đảng viên", 100),
              ("Mở 04 lớp", 4), ("khoảng 150 cán bộ", 150), ("Phát hành 6 số", 6),
              ("ít nhất 2 hội nghị", 2)]),
    Doc("h59_02", T02, SS, year(2018), D02, "sidecar", meta={"date": D02}, facts=[
        F("tổ chức 2 hội nghị cấp huyện", 2, "study_sessions"),
        F("mở 312 lớp", 312, "study_sessions"),
        F("thu hút 14.326 lượt cán bộ, đảng viên", 14326, "study_attendance",
          a="party_members"),
        F("đạt 95,8%", 95.8, "study_participation_rate"),
        F("hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("mở 9 lớp", 9, "training_classes"),
        F("với 1.068 học viên", 1068, "trainees"),
        F("khoảng 450 buổi tuyên truyền miệng", 450, "oral_propaganda_sessions", "approx"),
        F("chừng 36 nghìn lượt người dân", 36000, "propaganda_audience", "approx",
          a="masses"),
        F("thu hút 8.940 bài dự thi", 8940, "contest_entries"),
        F("một trang thông tin điện tử", 1, "websites", p=inst(D02)),
        F("hai fanpage", 2, "social_pages", p=inst(D02)),
        F("245 nhóm Zalo", 245, "chat_groups", p=inst(D02)),
        F("khoảng 31.500 thành viên", 31500, "chat_group_members", "approx", p=inst(D02)),
        F("hơn 2.100 tin, bài", 2100, "news_items", "at_least"),
        F("khen thưởng 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể và 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("khoảng 305 km²", 305), ("26 xã", 26), ("hơn 340 nghìn người", 340000),
              ("Trung ương 7", 7), ("tăng 38 lớp", 38), ("năm 2017", 2017),
              ("3 lớp sơ cấp", 3), ("4 lớp bồi dưỡng", 4), ("2 lớp bồi dưỡng", 2),
              ("71 tuổi", 71), ("họp 1 lần", 1), ("cả 4 buổi", 4), ("70 năm", 70),
              ("11/6/1948", 11), ("11/6/2018", 11), ("1 giải Nhất", 1), ("2 giải Nhì", 2),
              ("5 giải Khuyến khích", 5), ("12 tỷ đồng", 12000000000), ("14 xã", 14),
              ("Năm 2019", 2019), ("ít nhất 01 nhóm Zalo", 1), ("100% đảng viên", 100),
              ("30 ngày", 30), ("024.3884.1234", 24)]),
    Doc("h59_03", T03, HM, year(2020), D03, "text", facts=[
        F("ban hành 24 văn bản", 24, "documents_issued"),
        F("tổ chức 3 hội nghị cấp quận", 3, "study_sessions"),
        F("mở 186 lớp", 186, "study_sessions"),
        F("cho 17.420 lượt đảng viên", 17420, "study_attendance", a="party_members"),
        F("tổ chức 640 buổi thảo luận chi bộ", 640, "party_cell_discussions"),
        F("hiện có 1 cổng thông tin điện tử", 1, "websites", p=inst(D03)),
        F("14 fanpage", 14, "social_pages", p=inst(D03)),
        F("1.236 nhóm Zalo", 1236, "chat_groups", p=inst(D03)),
        F("khoảng 98 nghìn thành viên", 98000, "chat_group_members", "approx", p=inst(D03)),
        F("đăng trên 7.200 tin, bài", 7200, "news_items", "at_least"),
        F("Đội ngũ 46 cộng tác viên", 46, "opinion_collaborators", p=end_of(year(2020))),
        F("đã gửi 52 báo cáo", 52, "opinion_reports"),
        F("thêm 2 hội nghị báo cáo viên", 2, "reporter_conferences"),
    ], traps=[("ngày 25/12/2020", 25), ("Năm 2020", 2020), ("Covid-19", 19),
              ("dưới 30 người", 30), ("lần thứ V", 5), ("nhiệm kỳ 2020 – 2025", 2020),
              ("Tổ tôi 120 hộ", 120), ("115 hộ", 115),
              ("khoảng 70 nghìn cư dân", 70000), ("Năm 2021", 2021),
              ("100% đảng viên", 100), ("mở 6 lớp", 6), ("tối đa 40 học viên", 40)]),
]
