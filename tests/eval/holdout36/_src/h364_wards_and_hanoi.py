"""Held-out set holdout36, part 4: a ward cadre's short summary of Phường Chợ Lớn (Ho Chi Minh
City, quarter IV of 2025, emoji list lines), a Hanoi district article (Quận Hai Bà Trưng, 2016)
and a Hanoi ward article after the reform (Phường Hà Đông, quarter I of 2026).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format,
the seeds and the samples, without reading or running the extractor. Decisions where the guide
leaves room:
- "N/M đảng viên ... đã tham gia học tập" opening a sentence is study_attendance (party members)
  with the numerator as value.
- A range "từ 120 đến 130 buổi" is one fact, 120 at_least.
- Numbers in brackets naming the kinds of a count just given ("mười hai lớp bồi dưỡng (4 lớp
  trung cấp ..., 5 lớp sơ cấp, 3 lớp ...)") are traps; the total is the fact.
- "phường ... được thành lập ... trên cơ sở các phường 11, 12, 13, 14 của Quận 5 cũ": the old
  ward numbers and the old district are traps.
- An emoji list line goes on from the one above ("✅ 01 hội nghị cấp phường học tập, quán triệt
  ..." over "✅ 58 lớp ở các chi bộ, với 3.874 lượt đảng viên, đạt 95,9%").
- "Trong đó" parts ("48 báo cáo ..., trong đó 6 báo cáo nhanh") are traps.
"""
from build_gold import Doc, F, U, W, end_of, inst, quarter, year

CLON = W("Phường Chợ Lớn", "79")
HBT = U("Quận Hai Bà Trưng")
HDONG = W("Phường Hà Đông", "01")

T03 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG CHỢ LỚN
BAN XÂY DỰNG ĐẢNG

TÓM TẮT KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ IV/2025

Phường Chợ Lớn được thành lập trên cơ sở các phường 11, 12, 13, 14 của Quận 5 cũ, có hơn 88 nghìn dân, khoảng 30% là người Hoa. Ban Xây dựng Đảng của Đảng ủy phường phụ trách công tác tuyên giáo, biên chế chỉ có 6 người nên nhiều việc phải nhờ các chi bộ khu phố.

Kết quả nổi bật trong quý:
✅ 01 hội nghị cấp phường học tập, quán triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030
✅ 58 lớp ở các chi bộ, với 3.874 lượt đảng viên, đạt 95,9%
✅ 24 buổi nói chuyện chuyên đề tại hội quán, chùa người Hoa và các khu thương mại, khoảng 2.650 lượt người nghe
✅ Treo 420 băng rôn, cờ phướn chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
✅ Đăng 316 tin, bài trên fanpage “Phường Chợ Lớn”, 142 tin trên trang Zalo OA; chuyên mục song ngữ Việt – Hoa phát 13 số
✅ 23 nhóm Zalo khu phố, hiện có khoảng 9.600 thành viên
✅ Cộng tác viên dư luận xã hội: 19 đồng chí; gửi 9 báo cáo về dư luận quanh việc sắp xếp lại các sạp hàng
✅ Tặng giấy khen cho 5 tập thể và 11 cá nhân có thành tích tuyên truyền Đại hội

Bà Lâm Mỹ Linh, 67 tuổi, tổ trưởng tổ dân phố 42, nói: “Tổ tôi có 8 cụ không rành điện thoại, tuần nào tôi cũng đọc tin Zalo cho các cụ nghe 1 buổi”.

Nhiệm vụ quý I/2026: tổ chức học tập Nghị quyết Đại hội XIV của Đảng cho 100% đảng viên; mở 2 lớp bồi dưỡng kỹ năng tuyên truyền cho tổ trưởng tổ dân phố. Mọi ý kiến phản ánh xin gửi về Ban Xây dựng Đảng, ĐT: 028.3855.4127.
"""

T09 = """
Hai Bà Trưng: Công tác tuyên giáo năm 2016 có nhiều đổi mới

Chiều 27/12/2016, Quận ủy Hai Bà Trưng tổ chức hội nghị tổng kết công tác tuyên giáo năm 2016, triển khai nhiệm vụ năm 2017.

Năm 2016 là năm đầu tiên thực hiện Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố Hà Nội lần thứ XVI. Ban Tuyên giáo Quận ủy đã tham mưu tổ chức 2 hội nghị cấp quận và 186 hội nghị ở các chi, đảng bộ cơ sở để học tập, quán triệt các nghị quyết. 3.951/4.108 đảng viên ở các chi bộ trực thuộc đảng bộ phường đã tham gia học tập, đạt 96,18%.

Trong cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021 ngày 22/5/2016, 20 phường đã tổ chức từ 120 đến 130 buổi tuyên truyền tại các tổ dân phố, với hơn 14 nghìn lượt người dân tham dự; tỷ lệ cử tri đi bầu của quận đạt 99,3%.

Trung tâm Bồi dưỡng chính trị quận mở mười hai lớp bồi dưỡng (4 lớp trung cấp lý luận chính trị, 5 lớp sơ cấp, 3 lớp bồi dưỡng kết nạp đảng) với 1.047 học viên. Đội ngũ báo cáo viên của Quận ủy hiện có 39 đồng chí, được cung cấp thông tin qua 12 hội nghị báo cáo viên định kỳ.

Trang thông tin điện tử của quận đăng 1.235 tin, bài; Bản tin Sinh hoạt chi bộ xuất bản 11 số, mỗi số 3.500 bản. Ban cũng tổng hợp 48 báo cáo dư luận xã hội, trong đó 6 báo cáo nhanh về dư luận quanh việc cải tạo chợ Mơ. Quận ủy phối hợp Hội Cựu chiến binh quận tổ chức hai đợt triển lãm ảnh lưu động “Hà Nội – những mùa thu lịch sử” tại các phường.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho hai mươi tập thể và 31 cá nhân có thành tích xuất sắc. Đồng chí Bí thư Quận ủy đề nghị năm 2017 quận phấn đấu 100% chi bộ có chuyên đề sinh hoạt theo Chỉ thị 05-CT/TW, tiếp tục sơ kết 5 năm thực hiện Nghị quyết Trung ương 4 khóa XI.

Trụ sở Ban Tuyên giáo Quận ủy: số 30 Lê Đại Hành, phường Lê Đại Hành; ĐT: 04.38215467.
"""

T10 = """
Phường Hà Đông: Đưa Nghị quyết Đại hội XIV đến từng tổ dân phố

Quý I/2026, ngay sau khi Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành công tốt đẹp, Đảng ủy phường Hà Đông (TP Hà Nội) đã khẩn trương triển khai học tập, quán triệt nghị quyết đến cán bộ, đảng viên và Nhân dân.

Theo bà Đỗ Thị Thanh Hương, Phó Bí thư Thường trực Đảng ủy phường, phường Hà Đông được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp một số phường của quận Hà Đông cũ, có 72 tổ dân phố với hơn 110 nghìn nhân khẩu. Đảng bộ phường hiện có 96 tổ chức cơ sở đảng với gần 5.700 đảng viên.

“Trong quý, phường tổ chức 01 hội nghị trực tiếp kết hợp trực tuyến tới 42 điểm cầu; các chi bộ mở 93 lớp, với 5.412 lượt đảng viên tham dự, đạt 95,7%. Mỗi đảng viên đều viết bài thu hoạch, tổng cộng đã thu về 5.230 bài”, bà Hương cho biết.

Phường hiện có 72 nhóm Zalo tổ dân phố với khoảng 31.400 thành viên. Fanpage “Phường Hà Đông” trong quý đăng 268 tin, bài về Đại hội, lượt tiếp cận ước đạt 640 nghìn. Phường cũng phối hợp Ủy ban MTTQ phường tổ chức 36 buổi nói chuyện chuyên đề tại nhà văn hóa tổ dân phố với khoảng 4.100 lượt người dân.

Bà Nguyễn Thị Lan, tổ trưởng tổ dân phố số 15, kể: “Tổ tôi 214 hộ, tôi chụp tài liệu gửi lên nhóm, tối nào cũng có vài chục người đọc, hỏi lại”.

Dịp này, Đảng ủy phường khen thưởng 4 tập thể, 9 cá nhân có thành tích xuất sắc trong tuyên truyền Đại hội; 01 cá nhân được đề nghị Thành ủy tặng bằng khen. Quý II, phường sẽ tổ chức hội thi “Tìm hiểu Nghị quyết Đại hội XIV của Đảng”, dự kiến thu hút 3.000 lượt dự thi.
"""

D03, D09, D10 = "2026-01-06", "2016-12-27", "2026-04-03"

DOCS = [
    Doc("h36_03", T03, CLON, quarter(4, 2025), D03, "sidecar", meta={"date": D03}, facts=[
        F("✅ 01 hội nghị cấp phường", 1, "study_sessions"),
        F("✅ 58 lớp ở các chi bộ", 58, "study_sessions"),
        F("với 3.874 lượt đảng viên", 3874, "study_attendance", a="party_members"),
        F("đạt 95,9%", 95.9, "study_participation_rate"),
        F("✅ 24 buổi nói chuyện chuyên đề", 24, "oral_propaganda_sessions"),
        F("khoảng 2.650 lượt người nghe", 2650, "propaganda_audience", "approx"),
        F("Treo 420 băng rôn", 420, "other"),
        F("Đăng 316 tin, bài", 316, "news_items"),
        F("142 tin trên trang Zalo OA", 142, "news_items"),
        F("phát 13 số", 13, "news_items"),
        F("✅ 23 nhóm Zalo khu phố", 23, "chat_groups", p=end_of(quarter(4, 2025))),
        F("hiện có khoảng 9.600 thành viên", 9600, "chat_group_members", "approx",
          p=inst(D03)),
        F("Cộng tác viên dư luận xã hội: 19 đồng chí", 19, "opinion_collaborators",
          p=end_of(quarter(4, 2025))),
        F("gửi 9 báo cáo về dư luận", 9, "opinion_reports"),
        F("giấy khen cho 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("QUÝ IV/2025", 2025), ("phường 11", 11), ("12, 13", 12), ("13, 14", 13),
              ("14 của Quận 5", 14), ("Quận 5 cũ", 5), ("hơn 88 nghìn dân", 88000),
              ("khoảng 30%", 30), ("chỉ có 6 người", 6),
              ("lần thứ I, nhiệm kỳ 2025 – 2030", 2025), ("67 tuổi", 67),
              ("tổ dân phố 42", 42), ("8 cụ", 8), ("1 buổi", 1), ("quý I/2026", 2026),
              ("Đại hội XIV", 14), ("100% đảng viên", 100), ("mở 2 lớp", 2),
              ("028.3855.4127", 28)]),
    Doc("h36_09", T09, HBT, year(2016), D09, "text", facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("186 hội nghị ở các chi, đảng bộ cơ sở", 186, "study_sessions"),
        F("3.951/4.108 đảng viên", 3951, "study_attendance", a="party_members"),
        F("đạt 96,18%", 96.18, "study_participation_rate"),
        F("từ 120 đến 130 buổi tuyên truyền", 120, "oral_propaganda_sessions", "at_least"),
        F("hơn 14 nghìn lượt người dân", 14000, "propaganda_audience", "at_least",
          a="masses"),
        F("mở mười hai lớp bồi dưỡng", 12, "training_classes"),
        F("với 1.047 học viên", 1047, "trainees"),
        F("hiện có 39 đồng chí", 39, "reporters", p=inst(D09)),
        F("qua 12 hội nghị báo cáo viên", 12, "reporter_conferences"),
        F("đăng 1.235 tin, bài", 1235, "news_items"),
        F("xuất bản 11 số", 11, "news_items"),
        F("tổng hợp 48 báo cáo dư luận xã hội", 48, "opinion_reports"),
        F("tổ chức hai đợt triển lãm ảnh lưu động", 2, "other"),
        F("giấy khen cho hai mươi tập thể", 20, "commended_collectives"),
        F("hai mươi tập thể và 31 cá nhân", 31, "commended_individuals"),
    ], traps=[("Hai Bà Trưng", 2), ("công tác tuyên giáo năm 2016", 2016),
              ("Chiều 27/12/2016", 27), ("nhiệm vụ năm 2017", 2017), ("Năm 2016 là", 2016),
              ("Đại hội XII", 12), ("lần thứ XVI", 16), ("khóa XIV", 14),
              ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5/2016", 22), ("20 phường", 20),
              ("đạt 99,3%", 99.3), ("4 lớp trung cấp", 4), ("5 lớp sơ cấp", 5),
              ("3 lớp bồi dưỡng kết nạp đảng", 3), ("mỗi số 3.500 bản", 3500),
              ("6 báo cáo nhanh", 6), ("năm 2017 quận", 2017), ("100% chi bộ", 100),
              ("Chỉ thị 05-CT/TW", 5), ("5 năm", 5), ("Trung ương 4", 4), ("khóa XI.", 11),
              ("số 30 Lê Đại Hành", 30), ("04.38215467", 4)]),
    Doc("h36_10", T10, HDONG, quarter(1, 2026), D10, "sidecar", meta={"date": D10}, facts=[
        F("tổ chức 01 hội nghị", 1, "study_sessions"),
        F("mở 93 lớp", 93, "study_sessions"),
        F("với 5.412 lượt đảng viên", 5412, "study_attendance", a="party_members"),
        F("đạt 95,7%", 95.7, "study_participation_rate"),
        F("thu về 5.230 bài", 5230, "other"),
        F("hiện có 72 nhóm Zalo", 72, "chat_groups", p=inst(D10)),
        F("khoảng 31.400 thành viên", 31400, "chat_group_members", "approx", p=inst(D10)),
        F("đăng 268 tin, bài", 268, "news_items"),
        F("lượt tiếp cận ước đạt 640 nghìn", 640000, "propaganda_audience", "approx"),
        F("tổ chức 36 buổi nói chuyện chuyên đề", 36, "oral_propaganda_sessions"),
        F("khoảng 4.100 lượt người dân", 4100, "propaganda_audience", "approx", a="masses"),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Đại hội XIV", 14), ("Quý I/2026", 2026), ("lần thứ XIV", 14),
              ("ngày 1/7/2025", 1), ("72 tổ dân phố", 72), ("hơn 110 nghìn nhân khẩu", 110000),
              ("96 tổ chức cơ sở đảng", 96), ("gần 5.700 đảng viên", 5700),
              ("42 điểm cầu", 42), ("tổ dân phố số 15", 15), ("214 hộ", 214),
              ("01 cá nhân được đề nghị", 1), ("dự kiến thu hút 3.000 lượt dự thi", 3000)]),
]
