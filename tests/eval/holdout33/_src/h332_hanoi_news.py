"""holdout33, part 2: Hanoi news articles, a city article with a section per district, an
interview and a bulletin of list lines, 2018-2021.

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(tests/eval/holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without
reading or running the extractor.

Decisions where the guide leaves room:
- "Hiện nay, quận duy trì 1 cổng thông tin điện tử và 14 trang thông tin điện tử của các phường":
  both are websites of the district at the document date (the wards' sites counted by the
  district's report).
- the city article: a figure the Ban Tuyên giáo Thành ủy gives for "toàn thành phố" is the
  province's; in the Thanh Xuân section, a concession's month ("Dù tháng 1 quận chỉ mở được 12
  lớp") dates its own fact (January 2018), the rest keeps the quarter.
- the interview: the speaker label "Đồng chí Trưởng ban:" makes every answer the unit's; the
  "‘...’" anecdote inside is a trap; "mở 9 lớp, gồm lớp sơ cấp lý luận chính trị, ..." is
  training_classes (the classes are named as training right after the count).
- the bulletin: "- Tập thể được biểu dương: 5; cá nhân: 9" counts commended collectives and
  individuals; "Xe loa lưu động: 64 lượt" is `other`; "số thành viên khoảng 29.500 người" with
  no "hiện" marker is a stock at the quarter's end.
"""
from build_gold import Doc, F, U, end_of, inst, month, quarter, year

HN = U("01")
BDINH, HADONG, TXUAN, HBT = (U("Quận Ba Đình"), U("Quận Hà Đông"), U("Quận Thanh Xuân"),
                             U("Quận Hai Bà Trưng"))
GLAM, TAYHO = U("Huyện Gia Lâm"), U("Quận Tây Hồ")

T05 = """
Ba Đình: Đưa công tác tuyên giáo “chạm” tới từng tổ dân phố

Cập nhật ngày 10-01-2019

(Cổng TTĐT quận Ba Đình) – Sáng 9/1, Quận ủy Ba Đình tổ chức Hội nghị tổng kết công tác tuyên giáo năm 2018, triển khai nhiệm vụ năm 2019.

Theo đồng chí Nguyễn Thị Hằng, Trưởng ban Tuyên giáo Quận ủy Ba Đình, năm qua Ban đã tham mưu tổ chức tốt việc học tập, quán triệt Nghị quyết Trung ương 6, 7 khóa XII. Toàn Đảng bộ tổ chức 4 hội nghị cấp quận và 181 hội nghị ở cơ sở, thu hút 27.532 lượt cán bộ, đảng viên, đạt 97,12%. Quận ủy cũng triển khai 3 đợt sinh hoạt chính trị, tư tưởng về nêu gương của cán bộ, đảng viên theo Quy định 08-QĐi/TW.

Ba Đình là trung tâm chính trị - hành chính của cả nước, có 14 phường với khoảng 225 nghìn dân, nhiều cán bộ hưu trí sinh sống. “Năm 2018, chúng tôi tổ chức 56 buổi nói chuyện chuyên đề tại các khu dân cư có đông cán bộ hưu trí, mỗi buổi bình quân gần 90 người nghe. Các chi bộ tổ dân phố duy trì nền nếp, với 1.480 buổi sinh hoạt thảo luận chuyên đề”, đồng chí Hằng cho biết.

“Tôi 78 tuổi rồi, tháng nào cũng đi nghe nói chuyện thời sự, nghe xong về kể lại cho cả nhà”, ông Trần Văn Bình, tổ dân phố 11, phường Kim Mã, chia sẻ.

Về công tác thông tin, hiện nay quận duy trì 1 cổng thông tin điện tử và 14 trang thông tin điện tử của các phường. Năm 2018, cổng thông tin điện tử quận đăng 1.156 tin, bài, video; Ban Tuyên giáo tổng hợp 48 báo cáo dư luận xã hội, trong đó 12 báo cáo đột xuất về các vụ việc phức tạp.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 11 tập thể và 23 cá nhân có thành tích xuất sắc trong công tác tuyên giáo năm 2018.

Năm 2019, quận tập trung tuyên truyền kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh; dự kiến tổ chức Hội thi báo cáo viên giỏi với khoảng 28 thí sinh.
"""

T06 = """
Hà Đông, Thanh Xuân, Hai Bà Trưng: Hoàn thành học tập Nghị quyết Trung ương 6 khóa XII

Hà Nội, ngày 2/4/2018 – Quý I năm 2018, các quận Hà Đông, Thanh Xuân và Hai Bà Trưng đã cơ bản hoàn thành việc học tập, quán triệt Nghị quyết Trung ương 6 khóa XII cho cán bộ, đảng viên. Theo Ban Tuyên giáo Thành ủy, trong quý I, toàn thành phố đã tổ chức trên 6.100 hội nghị, lớp học tập nghị quyết này.

* Quận Hà Đông
Quận ủy tổ chức 2 hội nghị cấp quận; 17 đảng bộ phường và 52 chi, đảng bộ cơ sở mở 214 lớp với 19.806 lượt cán bộ, đảng viên, đạt 96,45%. Nhiều chi bộ tổ dân phố gắn việc học nghị quyết với thảo luận xây dựng nếp sống văn minh đô thị.

* Quận Thanh Xuân
Đảng bộ quận có gần 11.800 đảng viên sinh hoạt ở 73 tổ chức cơ sở đảng. Dù tháng 1 quận chỉ mở được 12 lớp do trùng thời gian chuẩn bị Tết Mậu Tuất, cả quý Quận ủy vẫn hoàn thành 1 hội nghị cấp quận và 104 lớp ở cơ sở, thu hút 11.240 lượt đảng viên; riêng quần chúng có 2.315 lượt tham dự. Đồng chí Bí thư Quận ủy nhấn mạnh yêu cầu mỗi chi bộ xây dựng chương trình hành động cụ thể, sát thực tế.

* Quận Hai Bà Trưng
Quận ủy tổ chức hội nghị trực tuyến kết nối 20 điểm cầu phường; các chi bộ mở 136 lớp, với 14.015/14.628 đảng viên tham gia. Quận cũng in 3.000 cuốn tài liệu hỏi – đáp về Nghị quyết, mỗi cuốn 32 trang, phát đến các chi bộ. “Trong quá trình học tập, chúng tôi đã gửi 3 báo cáo nhanh về tình hình tư tưởng của đảng viên lên Ban Tuyên giáo Thành ủy”, đồng chí Trưởng ban Tuyên giáo Quận ủy Hai Bà Trưng cho biết.

Theo kế hoạch, trong quý II, ba quận sẽ tổ chức học tập Nghị quyết Trung ương 7 khóa XII ngay khi có hướng dẫn của Thành ủy.
"""

T07 = """
Thứ Tư, ngày 29 tháng 12 năm 2021

Trưởng ban Tuyên giáo Huyện ủy Gia Lâm: “Dịch bệnh buộc chúng tôi phải đổi cách làm”

Năm 2021, năm đầu thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ huyện Gia Lâm nhiệm kỳ 2020 – 2025, cũng là năm dịch Covid-19 diễn biến phức tạp. Phóng viên đã có cuộc trao đổi với đồng chí Lê Văn Khánh, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm.

Phóng viên: Thưa đồng chí, việc học tập Nghị quyết Đại hội XIII của Đảng ở Gia Lâm được triển khai ra sao trong bối cảnh dịch bệnh?

Đồng chí Trưởng ban: “Huyện ủy tổ chức 3 hội nghị cấp huyện theo hình thức trực tuyến, kết nối tới 35 điểm cầu. Các chi, đảng bộ cơ sở mở 642 lớp, với 23.870 lượt cán bộ, đảng viên dự học, đạt 96,8%. Còn 512 đảng viên chưa tham gia, phần lớn do tuổi cao, sức yếu; chúng tôi đã giao chi bộ cử người đến tận nhà phổ biến.”

Phóng viên: Công tác tuyên truyền trên không gian mạng có gì mới?

Đồng chí Trưởng ban: “Hiện huyện có một trang thông tin điện tử, hai fanpage chính danh của Huyện ủy và Huyện đoàn, cùng 436 nhóm Zalo thôn, tổ dân phố với khoảng 47 nghìn thành viên. Năm qua, các trang này đăng hơn 5.200 tin, bài, clip. Có bác tổ trưởng nói với tôi: ‘Thôn tôi 312 hộ thì 300 hộ vào nhóm rồi, có thông báo gì cả thôn biết ngay’.”

Phóng viên: Còn công tác bồi dưỡng, thi đua?

Đồng chí Trưởng ban: “Trung tâm Chính trị huyện mở 9 lớp, gồm lớp sơ cấp lý luận chính trị, lớp đảng viên mới và lớp cảm tình đảng, với 827 học viên. Cuộc thi trắc nghiệm tìm hiểu lịch sử Đảng bộ huyện thu hút 12.406 lượt người dự thi. Huyện ủy đã khen thưởng 10 tập thể, 21 cá nhân tiêu biểu trong học tập và làm theo Bác. Năm 2022, chúng tôi đặt mục tiêu mỗi thôn có ít nhất 1 nhóm Zalo hoạt động hiệu quả.”

Phóng viên: Xin cảm ơn đồng chí!
"""

T08 = """
QUẬN ỦY TÂY HỒ
BAN TUYÊN GIÁO

BẢN TIN TUYÊN GIÁO – SỐ 04 (THÁNG 4/2021)

KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ I NĂM 2021

Quý I năm 2021 diễn ra nhiều sự kiện chính trị quan trọng: Đại hội đại biểu toàn quốc lần thứ XIII của Đảng thành công tốt đẹp, cả nước chuẩn bị bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 – 2026.

Một số kết quả chính:

• Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng:
– Hội nghị cấp quận: 02
– Lớp ở cơ sở: 89; lượt cán bộ, đảng viên dự: 8.416; tỷ lệ: 97,3%
– Lượt quần chúng dự nghe: 1.730

• Tuyên truyền bầu cử:
✅ Treo 1.240 băng rôn, 160 cờ phướn trên các tuyến phố
✅ 48 buổi tuyên truyền miệng tại 8 phường, khoảng 4.600 lượt người nghe
✅ Xe loa lưu động: 64 lượt

• Tuyên truyền miệng khác:
– Buổi nói chuyện thời sự cho cán bộ hưu trí: 27 – lượt người nghe: gần 2.100

• Báo chí, mạng xã hội:
– Tin, bài trên cổng thông tin điện tử quận: 318; trên fanpage “Tây Hồ – Hà Nội”: 207
– Nhóm Zalo tổ dân phố: 356, số thành viên khoảng 29.500 người
– Trang fanpage chính danh đang hoạt động: 9 (tính đến 31/3/2021)
– Cuộc thi “Tìm hiểu 91 năm Ngày thành lập Đảng” – lượt dự thi: 2.684

• Dư luận xã hội:
– Báo cáo dư luận xã hội: 13 định kỳ, 4 đột xuất
– Cộng tác viên dư luận xã hội: 38 đồng chí (tính đến 31/3/2021)

• Khen thưởng:
– Tập thể được biểu dương: 5; cá nhân: 9

Nhiệm vụ quý II: tổ chức tốt ngày bầu cử 23/5/2021; mở 03 lớp bồi dưỡng nghiệp vụ cho tổ trưởng tổ dân phố; tiếp tục học tập Nghị quyết Đại hội XIII cho 100% đảng viên.

Địa chỉ: số 657 Lạc Long Quân, phường Phú Thượng. Điện thoại: 024.3753.2968
"""

D05, D06, D07, D08 = "2019-01-10", "2018-04-02", "2021-12-29", "2021-04-08"
Q1_18, Q1_21 = quarter(1, 2018), quarter(1, 2021)

DOCS = [
    Doc("h33_05", T05, BDINH, year(2018), D05, "text", facts=[
        F("tổ chức 4 hội nghị cấp quận", 4, "study_sessions"),
        F("181 hội nghị ở cơ sở", 181, "study_sessions"),
        F("thu hút 27.532 lượt cán bộ, đảng viên", 27532, "study_attendance",
          a="party_members"),
        F("đạt 97,12%", 97.12, "study_participation_rate"),
        F("triển khai 3 đợt sinh hoạt chính trị", 3, "political_campaigns"),
        F("tổ chức 56 buổi nói chuyện chuyên đề", 56, "oral_propaganda_sessions"),
        F("với 1.480 buổi sinh hoạt thảo luận", 1480, "party_cell_discussions"),
        F("duy trì 1 cổng thông tin điện tử", 1, "websites", p=inst(D05)),
        F("14 trang thông tin điện tử của các phường", 14, "websites", p=inst(D05)),
        F("đăng 1.156 tin, bài", 1156, "news_items"),
        F("tổng hợp 48 báo cáo dư luận xã hội", 48, "opinion_reports"),
        F("giấy khen cho 11 tập thể", 11, "commended_collectives"),
        F("11 tập thể và 23 cá nhân", 23, "commended_individuals"),
    ], traps=[("ngày 10-01-2019", 10), ("Sáng 9/1", 9), ("năm 2018", 2018),
              ("năm 2019", 2019), ("Trung ương 6, 7", 6), ("Quy định 08-QĐi/TW", 8),
              ("có 14 phường", 14), ("khoảng 225 nghìn dân", 225000), ("Năm 2018", 2018),
              ("bình quân gần 90 người", 90), ("78 tuổi", 78), ("tổ dân phố 11", 11),
              ("trong đó 12 báo cáo", 12), ("Năm 2019", 2019), ("50 năm", 50),
              ("khoảng 28 thí sinh", 28)]),
    Doc("h33_06", T06, HADONG, Q1_18, D06, "text", facts=[
        F("trên 6.100 hội nghị, lớp", 6100, "study_sessions", "at_least", unit=HN),
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 214 lớp", 214, "study_sessions"),
        F("19.806 lượt cán bộ, đảng viên", 19806, "study_attendance", a="party_members"),
        F("đạt 96,45%", 96.45, "study_participation_rate"),
        F("chỉ mở được 12 lớp", 12, "study_sessions", unit=TXUAN, p=month(1, 2018)),
        F("hoàn thành 1 hội nghị cấp quận", 1, "study_sessions", unit=TXUAN),
        F("104 lớp ở cơ sở", 104, "study_sessions", unit=TXUAN),
        F("thu hút 11.240 lượt đảng viên", 11240, "study_attendance", a="party_members",
          unit=TXUAN),
        F("riêng quần chúng có 2.315 lượt tham dự", 2315, "study_attendance", a="masses",
          unit=TXUAN),
        F("các chi bộ mở 136 lớp", 136, "study_sessions", unit=HBT),
        F("14.015/14.628 đảng viên", 14015, "study_attendance", a="party_members", unit=HBT),
        F("in 3.000 cuốn", 3000, "other", unit=HBT),
        F("đã gửi 3 báo cáo nhanh", 3, "opinion_reports", unit=HBT),
    ], traps=[("Trung ương 6", 6), ("ngày 2/4/2018", 2), ("gần 11.800 đảng viên", 11800),
              ("73 tổ chức cơ sở đảng", 73), ("Dù tháng 1", 1), ("Quý I năm 2018", 2018),
              ("17 đảng bộ phường", 17), ("52 chi, đảng bộ cơ sở", 52),
              ("20 điểm cầu", 20), ("mỗi cuốn 32 trang", 32), ("Trung ương 7", 7)]),
    Doc("h33_07", T07, GLAM, year(2021), D07, "text", facts=[
        F("tổ chức 3 hội nghị cấp huyện", 3, "study_sessions"),
        F("mở 642 lớp", 642, "study_sessions"),
        F("23.870 lượt cán bộ, đảng viên", 23870, "study_attendance", a="party_members"),
        F("đạt 96,8%", 96.8, "study_participation_rate"),
        F("Còn 512 đảng viên chưa tham gia", 512, "other"),
        F("một trang thông tin điện tử", 1, "websites", p=inst(D07)),
        F("hai fanpage chính danh", 2, "social_pages", p=inst(D07)),
        F("436 nhóm Zalo", 436, "chat_groups", p=inst(D07)),
        F("khoảng 47 nghìn thành viên", 47000, "chat_group_members", "approx", p=inst(D07)),
        F("đăng hơn 5.200 tin, bài", 5200, "news_items", "at_least"),
        F("mở 9 lớp", 9, "training_classes"),
        F("với 827 học viên", 827, "trainees"),
        F("thu hút 12.406 lượt người dự thi", 12406, "contest_entries"),
        F("khen thưởng 10 tập thể", 10, "commended_collectives"),
        F("10 tập thể, 21 cá nhân", 21, "commended_individuals"),
    ], traps=[("ngày 29 tháng 12 năm 2021", 29), ("Năm 2021", 2021),
              ("nhiệm kỳ 2020 – 2025", 2020), ("Covid-19", 19), ("35 điểm cầu", 35),
              ("312 hộ", 312), ("300 hộ", 300), ("Năm 2022", 2022),
              ("ít nhất 1 nhóm Zalo", 1)]),
    Doc("h33_08", T08, TAYHO, Q1_21, D08, "sidecar", meta={"date": D08}, facts=[
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("Lớp ở cơ sở: 89", 89, "study_sessions"),
        F("lượt cán bộ, đảng viên dự: 8.416", 8416, "study_attendance", a="party_members"),
        F("tỷ lệ: 97,3%", 97.3, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 1.730", 1730, "study_attendance", a="masses"),
        F("Treo 1.240 băng rôn", 1240, "other"),
        F("160 cờ phướn", 160, "other"),
        F("48 buổi tuyên truyền miệng", 48, "oral_propaganda_sessions"),
        F("khoảng 4.600 lượt người nghe", 4600, "propaganda_audience", "approx"),
        F("Xe loa lưu động: 64 lượt", 64, "other"),
        F("cán bộ hưu trí: 27", 27, "oral_propaganda_sessions"),
        F("lượt người nghe: gần 2.100", 2100, "propaganda_audience", "at_most"),
        F("cổng thông tin điện tử quận: 318", 318, "news_items"),
        F("“Tây Hồ – Hà Nội”: 207", 207, "news_items"),
        F("Nhóm Zalo tổ dân phố: 356", 356, "chat_groups", p=end_of(Q1_21)),
        F("số thành viên khoảng 29.500 người", 29500, "chat_group_members", "approx",
          p=end_of(Q1_21)),
        F("Trang fanpage chính danh đang hoạt động: 9", 9, "social_pages",
          p=inst("2021-03-31")),
        F("lượt dự thi: 2.684", 2684, "contest_entries"),
        F("Báo cáo dư luận xã hội: 13 định kỳ", 13, "opinion_reports"),
        F("4 đột xuất", 4, "opinion_reports"),
        F("Cộng tác viên dư luận xã hội: 38 đồng chí", 38, "opinion_collaborators",
          p=inst("2021-03-31")),
        F("Tập thể được biểu dương: 5", 5, "commended_collectives"),
        F("cá nhân: 9", 9, "commended_individuals"),
    ], traps=[("SỐ 04", 4), ("THÁNG 4/2021", 4), ("QUÝ I NĂM 2021", 2021),
              ("Quý I năm 2021", 2021), ("nhiệm kỳ 2021 – 2026", 2021), ("tại 8 phường", 8),
              ("tính đến 31/3/2021", 31), ("91 năm", 91), ("23/5/2021", 23), ("03 lớp bồi dưỡng", 3),
              ("100% đảng viên", 100), ("số 657 Lạc Long Quân", 657),
              ("024.3753.2968", 24)]),
]
