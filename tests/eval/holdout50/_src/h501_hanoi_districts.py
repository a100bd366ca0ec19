"""holdout50, part 1: Hanoi inner districts (Thanh Xuân, Hai Bà Trưng, Tây Hồ, Cầu Giấy,
Hoàn Kiếm) and the city, 2016-2024: a monthly bulletin, a briefing meeting, a short news item,
an interview and a city briefing with district sections.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the sample
reports, without reading or running the extractor or any other evaluation set.

Decisions taken where the guide leaves room:
- "Hội nghị báo cáo viên quận: 01" in a bulletin's list is a reporter conference, not a study
  session, even under a "Tuyên truyền miệng" heading.
- Reports of opinion a unit's wards send to the district's Ban ("Ban cũng nhận được 7 báo cáo
  nhanh của các phường về tâm trạng, dư luận") count as the district's opinion_reports.
- "gần như 100% đảng viên dự học" inside an official's quotation is the study's rate (approx).
- A stock named in a quotation with "hiện có" is an instant at the document date.
- A count given after "trong đó" (the sudden reports among all reports) is a trap (a part).
- Number words in names ("Hai Bà Trưng") and in residents' quotations are written as traps
  though the validator only checks digits.
"""
from build_gold import Doc, F, U, inst, m9, month, quarter, since, year

HN = U("Thành phố Hà Nội")
TX, HBT, TH = U("Quận Thanh Xuân"), U("Quận Hai Bà Trưng"), U("Quận Tây Hồ")
CG, HK = U("Quận Cầu Giấy"), U("Quận Hoàn Kiếm")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY THANH XUÂN
BAN TUYÊN GIÁO
Số 05-BT/BTGQU

Thanh Xuân, ngày 02 tháng 6 năm 2023

BẢN TIN THÔNG BÁO NỘI BỘ – SỐ 05 (THÁNG 5/2023)

Trong tháng 5/2023, hệ thống tuyên giáo quận tập trung tuyên truyền kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023) và 69 năm Chiến thắng Điện Biên Phủ; đồng thời hoàn thành việc học tập, quán triệt Nghị quyết số 15-NQ/TW ngày 05/5/2022 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô. Một số kết quả chính:

1. Học tập, quán triệt Nghị quyết 15-NQ/TW
- Hội nghị cấp quận: 01
- Lớp ở các đảng bộ, chi bộ cơ sở: 38
- Lượt cán bộ, đảng viên dự học: 5.126; đạt 96,3%
- Số đảng viên chưa tham gia: 197 người (phần lớn là đảng viên cao tuổi, ốm đau)

2. Tuyên truyền miệng
- Hội nghị báo cáo viên quận: 01
- Buổi nói chuyện chuyên đề về cuộc đời, sự nghiệp của Bác tại các tổ dân phố: 27 – lượt người nghe: khoảng 2.950

Tại buổi nói chuyện ở tổ dân phố số 12, phường Khương Trung, ông Đỗ Văn Lạng, 84 tuổi, kể: “Tháng này tôi đi nghe ba buổi rồi, buổi nào cũng kín chỗ, con cháu cũng theo ông đi nghe”.

3. Nắm bắt dư luận xã hội, thông tin trên mạng
- Báo cáo dư luận xã hội gửi Ban Tuyên giáo Thành ủy: 04 định kỳ, 02 đột xuất
- Tin, bài trên Cổng thông tin điện tử quận: 86; trên fanpage “Thanh Xuân hôm nay”: 142
- Băng rôn, khẩu hiệu, pano tuyên truyền: 1.240

4. Thi đua, khen thưởng
- Nhân sơ kết 7 năm thực hiện Chỉ thị 05-CT/TW, Ban Thường vụ Quận ủy khen thưởng 06 tập thể, 11 cá nhân điển hình.

NHIỆM VỤ THÁNG 6/2023
- Tổ chức 02 hội nghị học tập chuyên đề năm 2023 cho cán bộ chủ chốt quận và 11 đảng bộ phường.
- Phối hợp Trung tâm Chính trị quận mở 01 lớp bồi dưỡng nghiệp vụ cho khoảng 65 cán bộ tuyên giáo cơ sở.
- Chuẩn bị tuyên truyền kỷ niệm 76 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2023).

Ý kiến phản hồi xin gửi về Ban Tuyên giáo Quận ủy, số 9 Khuất Duy Tiến; điện thoại: 024.3557.2146.
"""

T02 = """
Hai Bà Trưng: Giao ban công tác tuyên giáo quý III năm 2024

Ban Tuyên giáo Quận ủy Hai Bà Trưng vừa tổ chức hội nghị giao ban công tác tuyên giáo quý III, triển khai nhiệm vụ quý IV năm 2024, với sự tham dự của đại diện 18 đảng ủy phường và các chi, đảng bộ cơ sở trực thuộc.

Quý III năm 2024 có nhiều sự kiện chính trị lớn của đất nước và Thủ đô. Ban Tuyên giáo Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành mười bốn văn bản chỉ đạo, hướng dẫn tuyên truyền, trọng tâm là kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024) và Luật Thủ đô năm 2024.

Công tác học tập, quán triệt được triển khai nghiêm túc. Trong quý, 18 đảng bộ phường và 41 chi, đảng bộ cơ sở đã tổ chức 126 hội nghị, lớp học tập, quán triệt Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII, với 21.480 lượt cán bộ, đảng viên tham dự, đạt 97,05%; tăng 9 hội nghị so với cùng kỳ năm 2023. Các chi bộ tổ chức 412 buổi sinh hoạt chuyên đề gắn với chủ đề năm 2024 của Thành phố. Từ đầu năm đến nay, quận đã triển khai hai đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ.

Môi trường mạng tiếp tục được xác định là "mặt trận" quan trọng. Hiện nay quận duy trì 596 nhóm Zalo tổ dân phố, với khoảng 71 nghìn thành viên; fanpage “Hai Bà Trưng ngày mới” đăng gần 1.300 tin, bài, video trong quý.

Phát biểu kết luận hội nghị, đồng chí Trần Thị Minh Ngọc, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy nhấn mạnh: “Trong quý, đội ngũ cộng tác viên đã gửi về Ban 27 báo cáo dư luận xã hội, phản ánh kịp thời ý kiến của nhân dân về cải tạo chung cư cũ, về giá điện. Quận ủy đã khen thưởng 5 tập thể, 9 cá nhân có cách làm hay, chúng ta cần nhân rộng”.

Bà Lê Thị Thu, tổ trưởng tổ dân phố số 5, phường Bạch Đằng, cho biết: “Tổ tôi có 214 hộ, nhóm Zalo có 190 thành viên, tin gì của phường đăng lên là bà con đọc ngay”.

Quý IV, quận phấn đấu 100% đảng viên được học tập các chuyên đề mới; dự kiến tổ chức 3 hội nghị báo cáo viên và Hội thi “Báo cáo viên giỏi” lần thứ V.
"""

T03 = """
Tây Hồ: Sôi nổi tuyên truyền sau ngày hội non sông

Thứ Tư, 15/06/2016 09:40

Từ ngày 27/4 đến nay, Ban Tuyên giáo Quận ủy Tây Hồ đã phối hợp với Ủy ban MTTQ Việt Nam quận và 8 phường tổ chức 64 buổi tuyên truyền miệng về cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 – 2021, thu hút gần 7.800 lượt người dân dự nghe. Quận treo 1.150 băng rôn, khẩu hiệu và 36 pano cỡ lớn dọc đường Lạc Long Quân, Âu Cơ; đội xe thông tin lưu động của quận chạy 96 lượt qua các tổ dân phố.

Cuộc bầu cử đã diễn ra thành công vào Chủ nhật, ngày 22/5/2016. Tỷ lệ cử tri đi bầu của quận đạt 99,47%, cao hơn mức bình quân của thành phố.

Cụ Nguyễn Văn Tám, 86 tuổi, ở tổ dân phố số 3, phường Quảng An, nói vui: “Đây là lần thứ mười ba tôi đi bầu, chưa lần nào khu phố treo cờ, kẻ vẽ đẹp như năm nay”.

Sau bầu cử, Ban Tuyên giáo Quận ủy tổ chức 02 hội nghị báo cáo viên thông tin kết quả bầu cử và tình hình Biển Đông; đội ngũ báo cáo viên cấp quận hiện có 32 đồng chí, trong đó 9 đồng chí là bí thư đảng ủy phường. Trang thông tin điện tử của quận đăng 118 tin, bài, ảnh về cuộc bầu cử. Ban cũng nhận được 7 báo cáo nhanh của các phường về tâm trạng, dư luận của nhân dân sau bầu cử.

Cũng trong dịp này, các phường tổ chức hội thi “Tìm hiểu pháp luật về bầu cử” với 412 bài dự thi; Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì và 3 giải Ba.

Trong tháng 7, quận dự kiến tổ chức sơ kết công tác tuyên truyền bầu cử và tuyên truyền kỷ niệm 69 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2016).
"""

T04 = """
Trưởng ban Tuyên giáo Quận ủy Cầu Giấy: “Mỗi đảng viên là một kênh thông tin chính thống”

Thứ Sáu, 20/12/2019 - 14:05

Năm 2019, quận Cầu Giấy kỷ niệm 22 năm thành lập (1997 – 2019) và bước vào năm cuối của nhiệm kỳ Đại hội Đảng bộ quận lần thứ V. Nhân dịp tổng kết năm, phóng viên đã có cuộc trao đổi với đồng chí Lê Minh Tuấn, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Cầu Giấy.

PV: Thưa đồng chí, năm nay việc học tập, quán triệt nghị quyết ở quận có gì mới?

Đồng chí Trưởng ban: “Năm nay, chúng tôi tổ chức ba hội nghị cấp quận quán triệt các nghị quyết, chỉ thị mới của Trung ương và Thành ủy. Ở cơ sở, các đảng bộ, chi bộ mở 214 lớp với hơn 24.600 lượt cán bộ, đảng viên tham dự; gần như 100% đảng viên dự học. Điểm mới là chúng tôi đưa tài liệu lên ứng dụng điện thoại, đảng viên trẻ đọc trước, lên lớp chỉ tập trung thảo luận.”

PV: Quận có nhiều trường đại học, nhiều khu đô thị mới. Việc nắm bắt dư luận ở đây có khó không?

Đồng chí Trưởng ban: “Cầu Giấy có 8 phường nhưng tập trung tới 14 trường đại học, học viện với khoảng 200 nghìn sinh viên, lại có nhiều tòa chung cư cao tầng. Quận hiện có 45 cộng tác viên dư luận xã hội; năm nay anh chị em gửi về Ban 52 báo cáo, trong đó có 13 báo cáo đột xuất. Có bác tổ trưởng ở Trung Hòa nói với tôi: ‘Tòa nhà tôi 420 căn hộ, hỏi chuyện gì trên nhóm Zalo là biết ngay’. Từ đó chúng tôi hướng dẫn các tổ dân phố lập nhóm.”

PV: Còn trên không gian mạng thì sao, thưa đồng chí?

Đồng chí Trưởng ban: “Quận hiện có một cổng thông tin điện tử, 9 fanpage chính danh của quận và các phường cùng 2 kênh YouTube. Năm 2019 các trang này đăng hơn 3.100 tin, bài, video. Chúng tôi cũng tổ chức cuộc thi trực tuyến “Tìm hiểu 65 năm Ngày Giải phóng Thủ đô”, thu hút 18.342 lượt người dự thi, nhiều nhất từ trước tới nay.”

PV: Công tác bồi dưỡng đội ngũ làm công tác tư tưởng được quan tâm thế nào?

Đồng chí Trưởng ban: “Trung tâm Bồi dưỡng chính trị quận mở mười hai lớp bồi dưỡng lý luận chính trị và nghiệp vụ, với 1.035 học viên. Năm 2020, khi toàn Đảng bộ hướng tới Đại hội lần thứ VI, chúng tôi sẽ mở thêm 4 lớp cho cán bộ tổ dân phố và phấn đấu mỗi phường có ít nhất 1 fanpage hoạt động hiệu quả.”

PV: Xin cảm ơn đồng chí!
"""

T09 = """
Hà Nội: Giao ban công tác tuyên giáo 9 tháng năm 2018

Ngày 11/10/2018, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị giao ban công tác tuyên giáo 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2018. Hội nghị được kết nối trực tuyến tới 30 điểm cầu quận, huyện, thị xã.

Theo báo cáo, 9 tháng năm 2018, Ban Tuyên giáo Thành ủy đã tham mưu Thành ủy tổ chức 6 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Trung ương 7 khóa XII về cải cách chính sách tiền lương, bảo hiểm xã hội và công tác cán bộ; ban hành 58 văn bản hướng dẫn công tác tư tưởng; tổ chức hai đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ. Thành phố hiện có 1.012 báo cáo viên các cấp. Cuộc thi trực tuyến “Tìm hiểu 70 năm ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc” thu hút 286.450 lượt người dự thi. Với hơn 7,5 triệu dân, Thủ đô là nơi dư luận xã hội hình thành và lan truyền rất nhanh.

Quận Hoàn Kiếm: Đưa thông tin về từng khu phố

Đảng bộ quận hiện có 56 tổ chức cơ sở đảng với hơn 11.000 đảng viên. 9 tháng qua, Quận ủy Hoàn Kiếm tổ chức 132 buổi nói chuyện thời sự tại 18 phường, với khoảng 15.400 lượt người nghe. Chương trình phát thanh “Hoàn Kiếm – Trái tim Thủ đô” lên sóng 36 số trên hệ thống loa của quận. Cổng thông tin điện tử quận đăng 1.024 tin, bài, trong đó 310 tin về du lịch, lễ hội.

Quận Hai Bà Trưng: Chú trọng bồi dưỡng lý luận

Trung tâm Bồi dưỡng chính trị quận mở 19 lớp bồi dưỡng lý luận chính trị, đảng viên mới, với 873 học viên. Các chi bộ tổ chức 1.045 buổi sinh hoạt chuyên đề; Quận ủy khen thưởng 25 tập thể, 48 cá nhân điển hình trong học tập và làm theo Bác theo Chỉ thị 05. Đồng chí Phạm Văn Khải, Trưởng ban Tuyên giáo Quận ủy Hai Bà Trưng, cho biết: “Trong 9 tháng, 20 đảng bộ phường đã gửi về Ban 96 báo cáo về tình hình tư tưởng của cán bộ, đảng viên và nhân dân”.

Kết luận hội nghị, lãnh đạo Ban Tuyên giáo Thành ủy đề nghị trong 3 tháng cuối năm các quận, huyện chuẩn bị tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa X và tổ chức Hội thi báo cáo viên giỏi cấp thành phố lần thứ IV.
"""

D01, D02, D03, D04, D09 = "2023-06-02", "2024-10-08", "2016-06-15", "2019-12-20", "2018-10-11"

DOCS = [
    Doc("h50_01", T01, TX, month(5, 2023), D01, "text", facts=[
        F("Hội nghị cấp quận: 01", 1, "study_sessions"),
        F("chi bộ cơ sở: 38", 38, "study_sessions"),
        F("dự học: 5.126", 5126, "study_attendance", a="party_members"),
        F("đạt 96,3%", 96.3, "study_participation_rate"),
        F("chưa tham gia: 197 người", 197, "other"),
        F("Hội nghị báo cáo viên quận: 01", 1, "reporter_conferences"),
        F("các tổ dân phố: 27", 27, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 2.950", 2950, "propaganda_audience", "approx"),
        F("04 định kỳ", 4, "opinion_reports"),
        F("02 đột xuất", 2, "opinion_reports"),
        F("điện tử quận: 86", 86, "news_items"),
        F("hôm nay”: 142", 142, "news_items"),
        F("pano tuyên truyền: 1.240", 1240, "other"),
        F("khen thưởng 06 tập thể", 6, "commended_collectives"),
        F("06 tập thể, 11 cá nhân", 11, "commended_individuals"),
    ], traps=[("Số 05-BT/BTGQU", 5), ("ngày 02 tháng 6 năm 2023", 2),
              ("SỐ 05 (THÁNG 5/2023)", 5), ("tháng 5/2023", 5), ("133 năm", 133),
              ("19/5/1890", 19), ("19/5/2023", 19), ("69 năm", 69),
              ("Nghị quyết số 15-NQ/TW", 15), ("ngày 05/5/2022", 5),
              ("Nghị quyết 15-NQ/TW", 15), ("1. Học tập", 1), ("2. Tuyên truyền", 2),
              ("tổ dân phố số 12", 12), ("84 tuổi", 84), ("ba buổi rồi", 3),
              ("3. Nắm bắt", 3), ("4. Thi đua", 4), ("7 năm", 7), ("Chỉ thị 05-CT/TW", 5),
              ("THÁNG 6/2023", 6), ("02 hội nghị học tập", 2), ("chuyên đề năm 2023", 2023),
              ("11 đảng bộ phường", 11), ("01 lớp bồi dưỡng", 1), ("khoảng 65 cán bộ", 65),
              ("76 năm", 76), ("27/7/1947", 27), ("27/7/2023", 27),
              ("số 9 Khuất Duy Tiến", 9), ("024.3557.2146", 24)]),
    Doc("h50_02", T02, HBT, quarter(3, 2024), D02, "sidecar", meta={"date": D02}, facts=[
        F("ban hành mười bốn văn bản", 14, "documents_issued"),
        F("tổ chức 126 hội nghị, lớp học tập", 126, "study_sessions"),
        F("với 21.480 lượt cán bộ, đảng viên", 21480, "study_attendance", a="party_members"),
        F("đạt 97,05%", 97.05, "study_participation_rate"),
        F("tổ chức 412 buổi sinh hoạt chuyên đề", 412, "party_cell_discussions"),
        F("triển khai hai đợt sinh hoạt chính trị", 2, "political_campaigns",
          p=since("2024-01-01", D02)),
        F("duy trì 596 nhóm Zalo", 596, "chat_groups", p=inst(D02)),
        F("khoảng 71 nghìn thành viên", 71000, "chat_group_members", "approx", p=inst(D02)),
        F("đăng gần 1.300 tin, bài", 1300, "news_items", "at_most"),
        F("gửi về Ban 27 báo cáo", 27, "opinion_reports"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể, 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Hai Bà Trưng", 2), ("quý III năm 2024", 3), ("quý IV năm 2024", 4),
              ("18 đảng ủy phường", 18), ("Quý III năm 2024", 3), ("70 năm", 70),
              ("10/10/1954", 10), ("10/10/2024", 10), ("Luật Thủ đô năm 2024", 2024),
              ("18 đảng bộ phường", 18), ("41 chi, đảng bộ", 41), ("lần thứ chín", 9),
              ("tăng 9 hội nghị", 9), ("cùng kỳ năm 2023", 2023), ("chủ đề năm 2024", 2024),
              ("tổ dân phố số 5", 5), ("214 hộ", 214), ("190 thành viên", 190),
              ("100% đảng viên", 100), ("dự kiến tổ chức 3 hội nghị", 3), ("lần thứ V", 5)]),
    Doc("h50_03", T03, TH, since("2016-04-27", D03), D03, "text", facts=[
        F("tổ chức 64 buổi tuyên truyền miệng", 64, "oral_propaganda_sessions"),
        F("gần 7.800 lượt người dân", 7800, "propaganda_audience", "at_most", a="masses"),
        F("treo 1.150 băng rôn", 1150, "other"),
        F("36 pano cỡ lớn", 36, "other"),
        F("chạy 96 lượt", 96, "other"),
        F("tổ chức 02 hội nghị báo cáo viên", 2, "reporter_conferences"),
        F("hiện có 32 đồng chí", 32, "reporters", p=inst(D03)),
        F("đăng 118 tin, bài", 118, "news_items"),
        F("nhận được 7 báo cáo nhanh", 7, "opinion_reports"),
        F("với 412 bài dự thi", 412, "contest_entries"),
    ], traps=[("15/06/2016 09:40", 15), ("Từ ngày 27/4", 27), ("8 phường", 8),
              ("khóa XIV", 14), ("nhiệm kỳ 2016 – 2021", 2016), ("ngày 22/5/2016", 22),
              ("đạt 99,47%", 99.47), ("86 tuổi", 86), ("tổ dân phố số 3", 3),
              ("lần thứ mười ba", 13), ("trong đó 9 đồng chí", 9), ("1 giải Nhất", 1),
              ("2 giải Nhì", 2), ("3 giải Ba", 3), ("tháng 7", 7), ("69 năm", 69),
              ("27/7/1947", 27), ("27/7/2016", 27)]),
    Doc("h50_04", T04, CG, year(2019), D04, "text", facts=[
        F("tổ chức ba hội nghị cấp quận", 3, "study_sessions"),
        F("mở 214 lớp", 214, "study_sessions"),
        F("hơn 24.600 lượt cán bộ, đảng viên", 24600, "study_attendance", "at_least",
          a="party_members"),
        F("gần như 100% đảng viên dự học", 100, "study_participation_rate", "approx"),
        F("hiện có 45 cộng tác viên", 45, "opinion_collaborators", p=inst(D04)),
        F("gửi về Ban 52 báo cáo", 52, "opinion_reports"),
        F("có một cổng thông tin điện tử", 1, "websites", p=inst(D04)),
        F("9 fanpage chính danh", 9, "social_pages", p=inst(D04)),
        F("2 kênh YouTube", 2, "social_pages", p=inst(D04)),
        F("đăng hơn 3.100 tin, bài", 3100, "news_items", "at_least"),
        F("thu hút 18.342 lượt người dự thi", 18342, "contest_entries"),
        F("mở mười hai lớp bồi dưỡng", 12, "training_classes"),
        F("với 1.035 học viên", 1035, "trainees"),
    ], traps=[("20/12/2019 - 14:05", 20), ("Năm 2019", 2019), ("22 năm", 22),
              ("(1997 – 2019)", 1997), ("lần thứ V.", 5), ("8 phường", 8),
              ("14 trường đại học", 14), ("khoảng 200 nghìn sinh viên", 200000),
              ("13 báo cáo đột xuất", 13), ("420 căn hộ", 420), ("65 năm", 65),
              ("Năm 2020", 2020), ("lần thứ VI", 6), ("sẽ mở thêm 4 lớp", 4),
              ("ít nhất 1 fanpage", 1)]),
    Doc("h50_09", T09, HN, m9(2018), D09, "text", facts=[
        F("tổ chức 6 hội nghị cấp thành phố", 6, "study_sessions"),
        F("ban hành 58 văn bản", 58, "documents_issued"),
        F("tổ chức hai đợt sinh hoạt chính trị", 2, "political_campaigns"),
        F("hiện có 1.012 báo cáo viên", 1012, "reporters", p=inst(D09)),
        F("thu hút 286.450 lượt người dự thi", 286450, "contest_entries"),
        F("tổ chức 132 buổi nói chuyện thời sự", 132, "oral_propaganda_sessions", unit=HK),
        F("khoảng 15.400 lượt người nghe", 15400, "propaganda_audience", "approx", unit=HK),
        F("lên sóng 36 số", 36, "news_items", unit=HK),
        F("đăng 1.024 tin, bài", 1024, "news_items", unit=HK),
        F("mở 19 lớp bồi dưỡng", 19, "training_classes", unit=HBT),
        F("với 873 học viên", 873, "trainees", unit=HBT),
        F("tổ chức 1.045 buổi sinh hoạt chuyên đề", 1045, "party_cell_discussions",
          unit=HBT),
        F("khen thưởng 25 tập thể", 25, "commended_collectives", unit=HBT),
        F("25 tập thể, 48 cá nhân", 48, "commended_individuals", unit=HBT),
        F("gửi về Ban 96 báo cáo", 96, "opinion_reports", unit=HBT),
    ], traps=[("9 tháng năm 2018", 9), ("Ngày 11/10/2018", 11), ("giao ban công tác tuyên giáo 9 tháng", 9),
              ("3 tháng cuối năm 2018", 3), ("30 điểm cầu", 30), ("Trung ương 7 khóa XII", 7),
              ("70 năm", 70), ("hơn 7,5 triệu dân", 7500000),
              ("56 tổ chức cơ sở đảng", 56), ("hơn 11.000 đảng viên", 11000),
              ("9 tháng qua", 9), ("tại 18 phường", 18), ("trong đó 310 tin", 310),
              ("Chỉ thị 05", 5), ("Trong 9 tháng", 9), ("20 đảng bộ phường", 20),
              ("Hai Bà Trưng", 2), ("trong 3 tháng cuối năm", 3), ("10 năm", 10),
              ("Trung ương 7 khóa X", 7), ("lần thứ IV", 4)]),
]
