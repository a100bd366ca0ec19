"""holdout48, part 2: Thị xã Sơn Tây, the southern districts of Hanoi (Ứng Hòa, Mỹ Đức, Phú
Xuyên, Thanh Oai) and a city-level article, 2017-2024, before the 2025 reform.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(tests/eval/holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without
reading or running the extractor. The texts are invented.

Decisions taken where the guide leaves room (this file):
- A press release under a letterhead "THỊ ỦY SƠN TÂY / BAN TUYÊN GIÁO" is Thị xã Sơn Tây's; its
  first sentence "Từ đầu năm 2018 đến nay" gives the article's period (1 January .. the dateline).
  The contest that "diễn ra từ ngày 02/3 đến ngày 30/4/2018" keeps its own range.
- A table whose columns are units: each column is its unit's; the row "Tổng cộng (...)" adds up
  different things (traps); "Xếp thứ trong cụm" is a rank (traps); the row of collaborators is a
  stock with no marker, an instant at the end of the nine months.
- In the city article, a sentence that names a district ("Tại huyện Phúc Thọ, ...", "Huyện
  Thường Tín ...") is that district's; the next sentence with no unit stays with it; sentences
  about Ban Tuyên giáo Thành ủy are the city's.
- "duy trì 312 nhóm Zalo" in a quarter's paragraph without "hiện có" is an instant at the
  quarter's end; followers of a fanpage are an audience at the document date.
- Money that funds the work ("hỗ trợ kinh phí 180 triệu đồng cho các thôn duy trì ...") is
  `other`; a project's value is a trap.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, quarter, since

HN = U("01")
STY, UHO, MDU, PXU = U("Thị xã Sơn Tây"), U("Huyện Ứng Hòa"), U("Huyện Mỹ Đức"), U("Huyện Phú Xuyên")
TOA, PTH, TTI = U("Huyện Thanh Oai"), U("Huyện Phúc Thọ"), U("Huyện Thường Tín")

T05 = """
THỊ ỦY SƠN TÂY
BAN TUYÊN GIÁO
Số 14-TB/BTGTU

Sơn Tây, ngày 19 tháng 5 năm 2018

THÔNG CÁO BÁO CHÍ
Về kết quả Cuộc thi trực tuyến “Tìm hiểu lịch sử Đảng bộ thị xã Sơn Tây” và đợt sinh hoạt chính trị kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh

Từ đầu năm 2018 đến nay, Ban Tuyên giáo Thị ủy Sơn Tây đã tham mưu Ban Thường vụ Thị ủy ban hành 09 văn bản chỉ đạo công tác tư tưởng, trong đó có Kế hoạch số 45-KH/TU về tổ chức đợt sinh hoạt chính trị “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2018. Trong đợt sinh hoạt, các chi bộ đã tổ chức 214 buổi sinh hoạt chuyên đề; Đài Truyền thanh thị xã phát 48 chương trình chuyên đề và in 3.000 cuốn tài liệu hỏi – đáp (mỗi cuốn 36 trang) phát tới các tổ dân phố, thôn.

Cuộc thi do Ban Thường vụ Thị ủy phát động, diễn ra từ ngày 02/3 đến ngày 30/4/2018, thu hút 12.684 lượt người dự thi, trong đó đoàn viên, thanh niên chiếm khoảng 58%. Ban Tổ chức đã chọn 40 bài vào vòng chung khảo; trao 1 giải Đặc biệt, 3 giải Nhất, 5 giải Nhì, 10 giải Ba và 25 giải Khuyến khích cho các cá nhân, cùng 4 giải tập thể. Tổng giá trị giải thưởng là 62 triệu đồng.

Lễ tổng kết, trao giải diễn ra sáng 18/5/2018 tại Hội trường Thị ủy (số 2 phố Phó Đức Chính, phường Quang Trung). Dịp này, Ban Thường vụ Thị ủy tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong đợt sinh hoạt chính trị; 01 cá nhân được đề nghị Thành ủy tặng bằng khen.

Bà Phùng Thị Lan, 67 tuổi, ở phường Ngô Quyền, người đoạt giải Nhất, chia sẻ: “Tôi đọc đi đọc lại cuốn lịch sử Đảng bộ 3 lần, càng đọc càng thấy tự hào về quê mình.”

Thị xã Sơn Tây hiện có 15 phường, xã; Thành cổ Sơn Tây được xây dựng năm 1822 là điểm đến quen thuộc của học sinh các trường trong các buổi học lịch sử ngoại khóa.

Đầu mối cung cấp thông tin: Ban Tuyên giáo Thị ủy Sơn Tây, điện thoại 024.3383.2468.
"""

T06 = """
Cụm thi đua số 4: Ứng Hòa, Mỹ Đức, Phú Xuyên sơ kết công tác tuyên giáo 9 tháng năm 2017

Ngày 6/10/2017, tại Hội trường Huyện ủy Mỹ Đức, Cụm thi đua số 4 Ban Tuyên giáo Thành ủy Hà Nội gồm các huyện Ứng Hòa, Mỹ Đức và Phú Xuyên tổ chức giao ban sơ kết công tác tuyên giáo 9 tháng năm 2017.

Một số chỉ tiêu chủ yếu của các huyện trong cụm:

Chỉ tiêu | Huyện Ứng Hòa | Huyện Mỹ Đức | Huyện Phú Xuyên
Hội nghị học tập, quán triệt cấp huyện | 3 | 2 | 4
Lớp học tập, quán triệt ở cơ sở | 187 | 142 | 203
Lượt đảng viên dự học | 11.420 | 8.936 | 12.075
Tỷ lệ đảng viên tham gia (%) | 96,3 | 95,1 | 97,02
Buổi tuyên truyền miệng | 265 | 198 | 241
Băng rôn, khẩu hiệu | 1.240 | 860 | 1.115
Cộng tác viên dư luận xã hội | 52 | 38 | 47
Tổng cộng (hội nghị, lớp, buổi) | 455 | 342 | 448
Xếp thứ trong cụm | 2 | 3 | 1

Ứng Hòa chú trọng thông tin trên môi trường mạng: trang thông tin điện tử huyện đăng 520 tin, bài; Đài Truyền thanh huyện phát 39 chương trình thời sự địa phương. Số tin, bài tăng 86 tin, bài so với cùng kỳ năm 2016.

Mỹ Đức, nơi có Khu di tích và danh thắng Hương Sơn đón khoảng 1,2 triệu lượt khách mỗi mùa lễ hội, đã mở 2 lớp tập huấn văn minh thương mại cho 146 học viên là chủ hộ kinh doanh dịch vụ dọc suối Yến. Huyện cũng tổ chức 1 hội nghị báo cáo viên.

Phú Xuyên tổ chức 2 hội nghị báo cáo viên; đội ngũ báo cáo viên cấp huyện hiện có 44 đồng chí. Cuộc thi viết “Người tốt, việc tốt ở Phú Xuyên” đã nhận 634 bài dự thi; huyện trao 20 giải cho các tác giả. Huyện ủy Phú Xuyên khen thưởng 9 tập thể, 16 cá nhân điển hình trong thực hiện Chỉ thị 05-CT/TW.

Kết thúc giao ban, các huyện thống nhất trong quý IV sẽ tổ chức hội thi tuyên truyền viên giỏi của cụm tại huyện Ứng Hòa, dự kiến mỗi huyện cử 5 thí sinh.
"""

T07 = """
Thanh Oai: Zalo thôn xóm – kênh thông tin nhanh đến từng nhà

Sáu tháng đầu năm 2024, Ban Tuyên giáo Huyện ủy Thanh Oai đẩy mạnh tuyên truyền trên nhóm Zalo thôn, tổ dân phố, coi đây là “cánh tay nối dài” của hệ thống loa truyền thanh cơ sở.

Tính đến ngày 30/6/2024, toàn huyện có 256 nhóm Zalo thôn, tổ dân phố với khoảng 47.800 thành viên, tăng 38 nhóm so với cuối năm 2023. Trong 6 tháng, các nhóm đã chia sẻ hơn 9.600 tin, bài, hình ảnh về Luật Đất đai năm 2024, phòng chống lừa đảo qua mạng và lịch tiêm chủng. Huyện hiện có 1 trang thông tin điện tử và 23 fanpage chính danh của các xã, thị trấn; fanpage “Thanh Oai ngày nay” có gần 19.500 người theo dõi.

Để các nhóm hoạt động nền nếp, Ban Tuyên giáo Huyện ủy tổ chức 01 lớp tập huấn kỹ năng quản trị nhóm cho 132 quản trị viên, đồng thời ban hành 4 văn bản hướng dẫn quy chế hoạt động. Huyện hỗ trợ kinh phí 180 triệu đồng cho các thôn duy trì loa truyền thanh và nhóm Zalo.

“Trước kia loa thôn 3 ngày mới nhắc một lần, giờ nhóm báo một cái là cả 400 hộ trong thôn biết ngay”, ông Nguyễn Văn Hòe, 64 tuổi, trưởng thôn Thượng, xã Bình Minh, nói.

Cộng tác viên dư luận xã hội của huyện hiện có 58 người, báo cáo viên cấp huyện 36 đồng chí. Trong 6 tháng, đội ngũ cộng tác viên gửi 24 báo cáo dư luận, trong đó nhiều báo cáo phản ánh ý kiến người dân về dự án đường trục phía Nam trị giá hơn 2.400 tỷ đồng đi qua địa bàn.

Theo đồng chí Trưởng ban Tuyên giáo Huyện ủy, 6 tháng cuối năm, huyện sẽ hướng dẫn 100% thôn lập thêm nhóm Zalo dành cho thanh niên, phấn đấu đến cuối năm có trên 300 nhóm. Thanh Oai có 21 xã, thị trấn với hơn 200 nghìn dân, nên kênh Zalo được xem là lựa chọn phù hợp.
"""

T08 = """
Hà Nội: Công tác tuyên giáo quý III năm 2023 bám sát cơ sở

Ngày 12/10/2023, Ban Tuyên giáo Thành ủy Hà Nội tổ chức giao ban công tác tuyên giáo quý III năm 2023 với 30 quận, huyện, thị xã ủy và đảng ủy trực thuộc.

Theo báo cáo, trong quý, Ban Tuyên giáo Thành ủy đã tổ chức 3 hội nghị báo cáo viên Thành ủy theo hình thức trực tuyến kết nối 579 điểm cầu. Đội ngũ báo cáo viên của Thành ủy hiện có 74 đồng chí. Cuộc thi trắc nghiệm trực tuyến “Tìm hiểu Luật Thủ đô năm 2012” do Ban phối hợp tổ chức đã có 186.540 lượt người dự thi; Ban tổng hợp, gửi Ban Tuyên giáo Trung ương 11 báo cáo nhanh về tình hình tư tưởng, dư luận xã hội.

Tại huyện Phúc Thọ, Huyện ủy tổ chức 126 buổi tuyên truyền miệng về phòng chống thiên tai mùa mưa bão và an toàn đê điều, thu hút khoảng 11.000 lượt người dân. Huyện ủy Phúc Thọ cũng mở 3 lớp bồi dưỡng lý luận chính trị cho 245 học viên là đảng viên mới và quần chúng ưu tú.

Huyện Thường Tín duy trì 312 nhóm Zalo với hơn 35 nghìn thành viên; các nhóm đăng tải trên 4.100 tin, bài trong quý. Chị Nguyễn Thị Thu, quản trị nhóm Zalo thôn Văn Hội, kể: “Nhóm thôn tôi có 620 thành viên, nhiều cụ ngoài 70 tuổi cũng nhờ con cháu cài Zalo để xem tin”.

Ở cấp Thành phố, toàn Đảng bộ đã tổ chức học tập chuyên đề năm 2023 về xây dựng văn hóa người Hà Nội thanh lịch, văn minh; tỷ lệ đảng viên tham gia bình quân đạt 96,4%. Hà Nội hiện có hơn 8,4 triệu dân và khoảng 450 nghìn đảng viên.

Ban Tuyên giáo Thành ủy đề nghị các địa phương trong quý IV tập trung tuyên truyền kỷ niệm 69 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2023) và chuẩn bị tổng kết năm, dự kiến tổ chức vào tháng 12/2023.
"""

D05, D06, D07, D08 = "2018-05-19", "2017-10-06", "2024-07-15", "2023-10-12"
P05 = since("2018-01-01", D05)
CONTEST05 = since("2018-03-02", "2018-04-30")

DOCS = [
    Doc("h48_05", T05, STY, P05, D05, "text", facts=[
        F("ban hành 09 văn bản", 9, "documents_issued"),
        F("tổ chức 214 buổi sinh hoạt chuyên đề", 214, "party_cell_discussions"),
        F("phát 48 chương trình chuyên đề", 48, "news_items"),
        F("in 3.000 cuốn tài liệu", 3000, "other"),
        F("thu hút 12.684 lượt người dự thi", 12684, "contest_entries", p=CONTEST05),
        F("giấy khen cho 8 tập thể", 8, "commended_collectives"),
        F("8 tập thể và 15 cá nhân", 15, "commended_individuals"),
    ], traps=[("Số 14-TB/BTGTU", 14), ("ngày 19 tháng 5 năm 2018", 19), ("128 năm", 128),
              ("Từ đầu năm 2018", 2018), ("Kế hoạch số 45-KH/TU", 45), ("năm 2018.", 2018),
              ("mỗi cuốn 36 trang", 36), ("từ ngày 02/3", 2), ("ngày 30/4/2018", 30),
              ("khoảng 58%", 58), ("40 bài vào vòng chung khảo", 40),
              ("trao 1 giải Đặc biệt", 1), ("3 giải Nhất", 3), ("5 giải Nhì", 5),
              ("10 giải Ba", 10), ("25 giải Khuyến khích", 25), ("4 giải tập thể", 4),
              ("62 triệu đồng", 62000000), ("sáng 18/5/2018", 18), ("số 2 phố", 2),
              ("01 cá nhân được đề nghị", 1), ("67 tuổi", 67), ("3 lần", 3),
              ("15 phường, xã", 15), ("năm 1822", 1822), ("024.3383.2468", 24)]),
    Doc("h48_06", T06, UHO, m9(2017), D06, "text", facts=[
        F("cấp huyện | 3 | 2 | 4", 3, "study_sessions"),
        F("cấp huyện | 3 | 2 | 4", 2, "study_sessions", unit=MDU),
        F("cấp huyện | 3 | 2 | 4", 4, "study_sessions", unit=PXU),
        F("ở cơ sở | 187 | 142 | 203", 187, "study_sessions"),
        F("ở cơ sở | 187 | 142 | 203", 142, "study_sessions", unit=MDU),
        F("ở cơ sở | 187 | 142 | 203", 203, "study_sessions", unit=PXU),
        F("dự học | 11.420 | 8.936 | 12.075", 11420, "study_attendance", a="party_members"),
        F("dự học | 11.420 | 8.936 | 12.075", 8936, "study_attendance", a="party_members",
          unit=MDU),
        F("dự học | 11.420 | 8.936 | 12.075", 12075, "study_attendance", a="party_members",
          unit=PXU),
        F("(%) | 96,3 | 95,1 | 97,02", 96.3, "study_participation_rate"),
        F("(%) | 96,3 | 95,1 | 97,02", 95.1, "study_participation_rate", unit=MDU),
        F("(%) | 96,3 | 95,1 | 97,02", 97.02, "study_participation_rate", unit=PXU),
        F("Buổi tuyên truyền miệng | 265 | 198 | 241", 265, "oral_propaganda_sessions"),
        F("Buổi tuyên truyền miệng | 265 | 198 | 241", 198, "oral_propaganda_sessions",
          unit=MDU),
        F("Buổi tuyên truyền miệng | 265 | 198 | 241", 241, "oral_propaganda_sessions",
          unit=PXU),
        F("Băng rôn, khẩu hiệu | 1.240 | 860 | 1.115", 1240, "other"),
        F("Băng rôn, khẩu hiệu | 1.240 | 860 | 1.115", 860, "other", unit=MDU),
        F("Băng rôn, khẩu hiệu | 1.240 | 860 | 1.115", 1115, "other", unit=PXU),
        F("dư luận xã hội | 52 | 38 | 47", 52, "opinion_collaborators", p=end_of(m9(2017))),
        F("dư luận xã hội | 52 | 38 | 47", 38, "opinion_collaborators", unit=MDU,
          p=end_of(m9(2017))),
        F("dư luận xã hội | 52 | 38 | 47", 47, "opinion_collaborators", unit=PXU,
          p=end_of(m9(2017))),
        F("đăng 520 tin, bài", 520, "news_items"),
        F("phát 39 chương trình thời sự", 39, "news_items"),
        F("mở 2 lớp tập huấn", 2, "training_classes", unit=MDU),
        F("cho 146 học viên", 146, "trainees", unit=MDU),
        F("tổ chức 1 hội nghị báo cáo viên", 1, "reporter_conferences", unit=MDU),
        F("tổ chức 2 hội nghị báo cáo viên", 2, "reporter_conferences", unit=PXU),
        F("hiện có 44 đồng chí", 44, "reporters", unit=PXU, p=inst(D06)),
        F("đã nhận 634 bài dự thi", 634, "contest_entries", unit=PXU),
        F("khen thưởng 9 tập thể", 9, "commended_collectives", unit=PXU),
        F("9 tập thể, 16 cá nhân", 16, "commended_individuals", unit=PXU),
    ], traps=[("Cụm thi đua số 4", 4), ("9 tháng năm 2017", 9), ("Ngày 6/10/2017", 6),
              ("| 455 | 342 | 448", 455), ("| 455 | 342 | 448", 342),
              ("| 455 | 342 | 448", 448), ("Xếp thứ trong cụm | 2 | 3 | 1", 2),
              ("Xếp thứ trong cụm | 2 | 3 | 1", 3), ("Xếp thứ trong cụm | 2 | 3 | 1", 1), ("tăng 86 tin, bài", 86),
              ("cùng kỳ năm 2016", 2016), ("khoảng 1,2 triệu lượt khách", 1200000),
              ("trao 20 giải", 20), ("Chỉ thị 05-CT/TW", 5), ("quý IV", 4),
              ("cử 5 thí sinh", 5)]),
    Doc("h48_07", T07, TOA, h1(2024), D07, "sidecar", meta={"date": D07}, facts=[
        F("có 256 nhóm Zalo", 256, "chat_groups", p=inst("2024-06-30")),
        F("khoảng 47.800 thành viên", 47800, "chat_group_members", "approx",
          p=inst("2024-06-30")),
        F("hơn 9.600 tin, bài", 9600, "news_items", "at_least"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D07)),
        F("23 fanpage chính danh", 23, "social_pages", p=inst(D07)),
        F("gần 19.500 người theo dõi", 19500, "propaganda_audience", "at_most", p=inst(D07)),
        F("tổ chức 01 lớp tập huấn", 1, "training_classes"),
        F("cho 132 quản trị viên", 132, "trainees"),
        F("ban hành 4 văn bản", 4, "documents_issued"),
        F("hỗ trợ kinh phí 180 triệu đồng", 180000000, "other"),
        F("hiện có 58 người", 58, "opinion_collaborators", p=inst(D07)),
        F("báo cáo viên cấp huyện 36 đồng chí", 36, "reporters", p=inst(D07)),
        F("gửi 24 báo cáo dư luận", 24, "opinion_reports"),
    ], traps=[("Sáu tháng đầu năm 2024", 6), ("Tính đến ngày 30/6/2024", 30),
              ("tăng 38 nhóm", 38), ("cuối năm 2023", 2023), ("Trong 6 tháng", 6),
              ("Luật Đất đai năm 2024", 2024), ("3 ngày", 3), ("400 hộ", 400),
              ("64 tuổi", 64), ("hơn 2.400 tỷ đồng", 2400), ("6 tháng cuối năm", 6),
              ("100% thôn", 100), ("trên 300 nhóm", 300), ("21 xã, thị trấn", 21),
              ("hơn 200 nghìn dân", 200000)]),
    Doc("h48_08", T08, HN, quarter(3, 2023), D08, "text", facts=[
        F("tổ chức 3 hội nghị báo cáo viên", 3, "reporter_conferences"),
        F("hiện có 74 đồng chí", 74, "reporters", p=inst(D08)),
        F("có 186.540 lượt người dự thi", 186540, "contest_entries"),
        F("11 báo cáo nhanh", 11, "opinion_reports"),
        F("tổ chức 126 buổi tuyên truyền miệng", 126, "oral_propaganda_sessions", unit=PTH),
        F("khoảng 11.000 lượt người dân", 11000, "propaganda_audience", "approx",
          a="masses", unit=PTH),
        F("mở 3 lớp bồi dưỡng lý luận chính trị", 3, "training_classes", unit=PTH),
        F("cho 245 học viên", 245, "trainees", unit=PTH),
        F("duy trì 312 nhóm Zalo", 312, "chat_groups", unit=TTI, p=end_of(quarter(3, 2023))),
        F("hơn 35 nghìn thành viên", 35000, "chat_group_members", "at_least", unit=TTI,
          p=end_of(quarter(3, 2023))),
        F("trên 4.100 tin, bài", 4100, "news_items", "at_least", unit=TTI),
        F("bình quân đạt 96,4%", 96.4, "study_participation_rate"),
    ], traps=[("Ngày 12/10/2023", 12), ("quý III năm 2023", 3),
              ("30 quận, huyện, thị xã", 30), ("579 điểm cầu", 579),
              ("Luật Thủ đô năm 2012", 2012), ("620 thành viên", 620), ("70 tuổi", 70),
              ("chuyên đề năm 2023", 2023), ("hơn 8,4 triệu dân", 8400000),
              ("khoảng 450 nghìn đảng viên", 450000), ("quý IV", 4), ("69 năm", 69),
              ("10/10/1954", 10), ("10/10/2023", 10), ("tháng 12/2023", 12)]),
]
