"""Held-out set holdout41, part 1: Hanoi districts before 2025-07-01 (Cầu Giấy 2019, Gia Lâm
2016, Long Biên 2022).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds (indicators.csv, org_units.csv) and the
five sample reports for style, without reading or running the extractor.

Decisions taken where the guide leaves room (the whole set):
- A stock given with a period and no "hiện có / hiện nay / đến nay / tính đến" marker (the
  "Đội ngũ N cộng tác viên" kind) is an instant at the period's end (end_of); a stock after
  "hiện có" or "hiện nay" is an instant at the document date.
- "riêng <subset> có khoảng N buổi" after a count is a fact of its own (like "riêng quần chúng
  có N lượt"), not parts of the count; parts are only those after "trong đó" or in brackets.
- Money the district committee gives to fund its own propaganda work ("trích ... hỗ trợ các xã
  in tài liệu") is `other`.
- "cán bộ chủ chốt" attending a study are party_members (the audience list counts "cán bộ").
- A trap for a population written with "nghìn" carries the full value (670 nghìn -> 670000),
  what an extractor that reads "nghìn" would emit.
- Attendances at reporter conferences were not written (no code fits them cleanly).
"""
from build_gold import Doc, F, U, end_of, h1, inst, year

CGIAY, GLAM, LBIEN = U("Quận Cầu Giấy"), U("Huyện Gia Lâm"), U("Quận Long Biên")

T01 = """
ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY CẦU GIẤY
BAN TUYÊN GIÁO
Số 87-BC/BTGQU
Cầu Giấy, ngày 28 tháng 6 năm 2019

BÁO CÁO
Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019,
phương hướng, nhiệm vụ 6 tháng cuối năm 2019

Thực hiện Hướng dẫn số 41-HD/BTGTU của Ban Tuyên giáo Thành ủy, Ban Tuyên giáo Quận ủy Cầu Giấy báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2019 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tham mưu
- Văn bản BTV Quận ủy ban hành về công tác tư tưởng: 16 (gồm 7 kế hoạch, 9 hướng dẫn).
- Báo cáo tình hình tư tưởng, dư luận gửi BTG Thành ủy: 24 định kỳ, 5 đột xuất.

2. Học tập, quán triệt NQ, chỉ thị
- Hội nghị cấp quận: 03 (NQ TW 9 khóa XII, Chỉ thị 35-CT/TW, Kế hoạch 112-KH/TU).
- Lớp ở chi, đảng bộ cơ sở: 214; lượt CB, ĐV dự: 17.486, đạt 96,3%; quần chúng dự nghe: 3.120 lượt.
- Số ĐV chưa tham gia: 668 người (chủ yếu ĐV cao tuổi, được miễn sinh hoạt).

3. Tuyên truyền miệng, báo cáo viên
- Hội nghị BCV cấp quận: 02 (tháng 1 và tháng 4).
- Đội ngũ BCV cấp quận: 41 đồng chí (tính đến 30/6/2019).
- Buổi nói chuyện thời sự, chuyên đề tại tổ dân phố: 186 – lượt người nghe: khoảng 14.700.

4. Tuyên truyền trên báo chí, mạng xã hội
Quận duy trì 1 trang thông tin điện tử và 9 trang fanpage (1 của Quận ủy, 8 của các phường). Trong 6 tháng, các trang này đăng 1.247 tin, bài, ảnh về kỷ niệm 89 năm Ngày thành lập Đảng, 129 năm Ngày sinh Chủ tịch Hồ Chí Minh và công tác chuẩn bị đại hội đảng bộ các cấp; nhiều bài được báo Hà Nội Mới, Đài Phát thanh và Truyền hình Hà Nội sử dụng lại.

5. Khen thưởng
Dịp sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW, Quận ủy tặng giấy khen cho 12 tập thể, 19 cá nhân; đề nghị Thành ủy tặng bằng khen cho 2 tập thể.

6. Hạn chế
Một số chi bộ khu dân cư tổ chức học tập còn chậm so với hướng dẫn (quá 45 ngày); việc nắm bắt dư luận trên mạng xã hội ở một vài phường chưa kịp thời.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2019
- Tổ chức 02 hội nghị cấp quận quán triệt NQ TW 10 khóa XII (khi có hướng dẫn); phấn đấu 97% ĐV dự học.
- Mở 01 lớp bồi dưỡng nghiệp vụ cho 60 BCV, cộng tác viên dư luận xã hội.
- Chuẩn bị nội dung tuyên truyền Đại hội Đảng bộ quận nhiệm kỳ 2020 – 2025.

Nơi nhận:
- BTG Thành ủy (để b/c);
- Lưu VT.
"""

T02 = """
Gia Lâm: Công tác tuyên giáo năm 2016 bám sát nhiệm vụ chính trị của huyện

Năm 2016, năm đầu triển khai Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII, Ban Tuyên giáo Huyện ủy Gia Lâm đã tham mưu Ban Thường vụ Huyện ủy ban hành 27 văn bản chỉ đạo công tác tư tưởng, đồng thời phối hợp tổ chức hai hội nghị cấp huyện học tập, quán triệt Nghị quyết Đại hội XII cho hơn 900 cán bộ chủ chốt; sau đó, 22 xã, thị trấn và các chi, đảng bộ trực thuộc mở tiếp 397 lớp, thu hút 18.245 lượt cán bộ, đảng viên, đạt 95,8% tổng số đảng viên được triệu tập, cùng 6.030 lượt quần chúng là hội viên các đoàn thể.

Trung tâm Bồi dưỡng chính trị huyện mở 9 lớp (4 lớp sơ cấp lý luận chính trị, 3 lớp bồi dưỡng đảng viên mới, 2 lớp cảm tình đảng) với tổng số 1.074 học viên, tăng 112 học viên so với năm 2015.

Đội ngũ báo cáo viên của Huyện ủy, hiện có 38 đồng chí, trong năm đã xuống các thôn, tổ dân phố nói chuyện thời sự ba trăm mười hai buổi; riêng dịp bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp nhiệm kỳ 2016 – 2021 có khoảng 85 buổi, với ước 9.400 lượt cử tri dự nghe.

“Ngày trước họp thôn chỉ vài chục người, giờ có báo cáo viên về nói chuyện đường sá, giá đất, hội trường 200 chỗ lúc nào cũng kín”, ông Nguyễn Văn Khải, 71 tuổi, ở thôn Đông Dư Hạ, xã Đông Dư, kể.

Mạng lưới 64 cộng tác viên dư luận xã hội ở các xã, thị trấn gửi về Ban Tuyên giáo 146 báo cáo, tập trung vào dư luận quanh việc thu hồi đất làm đường Vành đai 3,5 và các dự án khu đô thị ở Trâu Quỳ, Đa Tốn. Những ý kiến này được tổng hợp kịp thời, báo cáo Thường trực Huyện ủy để chỉ đạo giải quyết dứt điểm, không để phát sinh điểm nóng.

Tại hội nghị tổng kết ngày 11/1/2017, Huyện ủy khen thưởng 7 tập thể và 16 cá nhân có thành tích trong công tác tuyên giáo; UBND huyện trích 120 triệu đồng hỗ trợ các xã in tài liệu hỏi – đáp về nghị quyết. Năm 2017, Gia Lâm phấn đấu hoàn thành các tiêu chí huyện nông thôn mới và đạt 100% thôn, tổ dân phố có tổ tuyên truyền viên.
"""

T03 = """
Phỏng vấn | Long Biên: “Đưa nghị quyết về tận tổ dân phố bằng nhiều cách”

Thứ Tư, ngày 14/12/2022 - 08:30

(Cổng TTĐT quận Long Biên) – Nhân dịp tổng kết năm 2022, phóng viên có cuộc trao đổi với đồng chí Trần Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Long Biên, về những kết quả nổi bật của công tác tuyên giáo.

PV: Thưa đồng chí, năm nay quận đã triển khai việc học tập các nghị quyết như thế nào?

Đồng chí Trưởng ban: Trọng tâm năm nay là Nghị quyết Trung ương 4 và Trung ương 5 khóa XIII. Quận ủy tổ chức 4 hội nghị trực tiếp kết hợp trực tuyến tới 14 điểm cầu phường; sau đó 14 đảng bộ phường và 34 chi, đảng bộ cơ sở mở 1.126 lớp. Tổng cộng có 41.380 lượt cán bộ, đảng viên dự học, tỷ lệ đạt 97,4%. Còn 312 đảng viên chưa tham gia, phần lớn là đảng viên cao tuổi, ốm đau, chúng tôi đã chỉ đạo các chi bộ tổ chức học bù. Trung tâm Chính trị quận cũng mở 5 lớp bồi dưỡng lý luận chính trị cho 486 học viên.

PV: Quận có những cách làm mới nào trong tuyên truyền?

Đồng chí Trưởng ban: Chúng tôi đẩy mạnh “tuyên truyền số”. Quận hiện có một cổng thông tin điện tử, 15 fanpage chính danh của Quận ủy và các phường, cùng 1.032 nhóm Zalo tổ dân phố với khoảng 96 nghìn thành viên. Năm 2022, cổng thông tin và các fanpage đăng gần 9.800 tin, bài, video; các sản phẩm có lượt tiếp cận ước đạt 2,6 triệu. Quận cũng duy trì chuyên mục “Long Biên hôm nay” trên Đài truyền thanh, phát 52 kỳ.

PV: Công tác nắm bắt dư luận xã hội được thực hiện ra sao?

Đồng chí Trưởng ban: Đội ngũ 58 cộng tác viên dư luận xã hội gửi về Ban 47 báo cáo định kỳ và 13 báo cáo đột xuất. Có lần một tổ trưởng ở Bồ Đề nói với tôi: ‘Tổ tôi 120 hộ, tối nào cũng có người nhắn hỏi chuyện thu phí đỗ xe’. Những phản ánh như vậy được chúng tôi tổng hợp, báo cáo Thường trực Quận ủy để chỉ đạo giải quyết.

PV: Xin đồng chí cho biết về công tác khen thưởng và dự kiến năm 2023?

Đồng chí Trưởng ban: Dịp kỷ niệm 92 năm Ngày truyền thống ngành Tuyên giáo của Đảng (1/8/1930 – 1/8/2022), Quận ủy đã khen thưởng 9 tập thể, 14 cá nhân. Năm 2023, chúng tôi dự kiến mở 6 lớp bồi dưỡng nghiệp vụ cho tuyên truyền viên cơ sở và phấn đấu 100% tổ dân phố có nhóm Zalo.

PV: Xin cảm ơn đồng chí!
"""

D01, D02, D03 = "2019-06-28", "2017-01-12", "2022-12-14"

DOCS = [
    Doc("h41_01", T01, CGIAY, h1(2019), D01, "text", facts=[
        F("ban hành về công tác tư tưởng: 16", 16, "documents_issued"),
        F("gửi BTG Thành ủy: 24 định kỳ", 24, "opinion_reports"),
        F("24 định kỳ, 5 đột xuất", 5, "opinion_reports"),
        F("- Hội nghị cấp quận: 03", 3, "study_sessions"),
        F("Lớp ở chi, đảng bộ cơ sở: 214", 214, "study_sessions"),
        F("lượt CB, ĐV dự: 17.486", 17486, "study_attendance", a="party_members"),
        F("17.486, đạt 96,3%", 96.3, "study_participation_rate"),
        F("quần chúng dự nghe: 3.120 lượt", 3120, "study_attendance", a="masses"),
        F("Số ĐV chưa tham gia: 668 người", 668, "other"),
        F("Hội nghị BCV cấp quận: 02", 2, "reporter_conferences"),
        F("Đội ngũ BCV cấp quận: 41 đồng chí", 41, "reporters", p=inst("2019-06-30")),
        F("tại tổ dân phố: 186", 186, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 14.700", 14700, "propaganda_audience", "approx"),
        F("duy trì 1 trang thông tin điện tử", 1, "websites", p=end_of(h1(2019))),
        F("9 trang fanpage", 9, "social_pages", p=end_of(h1(2019))),
        F("đăng 1.247 tin, bài, ảnh", 1247, "news_items"),
        F("giấy khen cho 12 tập thể", 12, "commended_collectives"),
        F("12 tập thể, 19 cá nhân", 19, "commended_individuals"),
    ], traps=[("Số 87-BC/BTGQU", 87), ("Hướng dẫn số 41-HD/BTGTU", 41),
              ("gồm 7 kế hoạch", 7), ("9 hướng dẫn", 9), ("NQ TW 9", 9),
              ("35-CT/TW", 35), ("Kế hoạch 112-KH/TU", 112), ("tháng 1", 1), ("tháng 4", 4),
              ("30/6/2019", 30), ("1 của Quận ủy", 1), ("8 của các phường", 8),
              ("89 năm", 89), ("129 năm", 129), ("sơ kết 3 năm", 3), ("05-CT/TW", 5),
              ("bằng khen cho 2 tập thể", 2), ("quá 45 ngày", 45),
              ("Tổ chức 02 hội nghị", 2), ("NQ TW 10", 10), ("97% ĐV", 97),
              ("Mở 01 lớp", 1), ("cho 60 BCV", 60), ("nhiệm kỳ 2020 – 2025", 2020)]),
    Doc("h41_02", T02, GLAM, year(2016), D02, "sidecar", meta={"date": D02}, facts=[
        F("ban hành 27 văn bản", 27, "documents_issued"),
        F("tổ chức hai hội nghị cấp huyện", 2, "study_sessions"),
        F("cho hơn 900 cán bộ chủ chốt", 900, "study_attendance", "at_least",
          a="party_members"),
        F("mở tiếp 397 lớp", 397, "study_sessions"),
        F("thu hút 18.245 lượt cán bộ, đảng viên", 18245, "study_attendance",
          a="party_members"),
        F("đạt 95,8% tổng số đảng viên", 95.8, "study_participation_rate"),
        F("6.030 lượt quần chúng", 6030, "study_attendance", a="masses"),
        F("mở 9 lớp", 9, "training_classes"),
        F("tổng số 1.074 học viên", 1074, "trainees"),
        F("hiện có 38 đồng chí", 38, "reporters", p=inst(D02)),
        F("ba trăm mười hai buổi", 312, "oral_propaganda_sessions"),
        F("có khoảng 85 buổi", 85, "oral_propaganda_sessions", "approx"),
        F("ước 9.400 lượt cử tri dự nghe", 9400, "propaganda_audience", "approx"),
        F("Mạng lưới 64 cộng tác viên", 64, "opinion_collaborators", p=end_of(year(2016))),
        F("146 báo cáo, tập trung vào dư luận", 146, "opinion_reports"),
        F("khen thưởng 7 tập thể", 7, "commended_collectives"),
        F("7 tập thể và 16 cá nhân", 16, "commended_individuals"),
        F("trích 120 triệu đồng hỗ trợ các xã in tài liệu", 120000000, "other"),
    ], traps=[("Năm 2016", 2016), ("22 xã, thị trấn", 22), ("4 lớp sơ cấp", 4),
              ("3 lớp bồi dưỡng", 3), ("2 lớp cảm tình đảng", 2), ("tăng 112 học viên", 112),
              ("năm 2015", 2015), ("nhiệm kỳ 2016 – 2021", 2016), ("hội trường 200 chỗ", 200),
              ("71 tuổi", 71), ("Vành đai 3,5", 3.5), ("ngày 11/1/2017", 11),
              ("Năm 2017", 2017), ("100% thôn", 100)]),
    Doc("h41_03", T03, LBIEN, year(2022), D03, "text", facts=[
        F("Quận ủy tổ chức 4 hội nghị", 4, "study_sessions"),
        F("mở 1.126 lớp", 1126, "study_sessions"),
        F("41.380 lượt cán bộ, đảng viên dự học", 41380, "study_attendance",
          a="party_members"),
        F("tỷ lệ đạt 97,4%", 97.4, "study_participation_rate"),
        F("Còn 312 đảng viên chưa tham gia", 312, "other"),
        F("mở 5 lớp bồi dưỡng lý luận chính trị", 5, "training_classes"),
        F("cho 486 học viên", 486, "trainees"),
        F("hiện có một cổng thông tin điện tử", 1, "websites", p=inst(D03)),
        F("15 fanpage chính danh", 15, "social_pages", p=inst(D03)),
        F("1.032 nhóm Zalo", 1032, "chat_groups", p=inst(D03)),
        F("khoảng 96 nghìn thành viên", 96000, "chat_group_members", "approx", p=inst(D03)),
        F("đăng gần 9.800 tin, bài, video", 9800, "news_items", "at_most"),
        F("lượt tiếp cận ước đạt 2,6 triệu", 2600000, "propaganda_audience", "approx"),
        F("phát 52 kỳ", 52, "news_items"),
        F("Đội ngũ 58 cộng tác viên", 58, "opinion_collaborators", p=end_of(year(2022))),
        F("47 báo cáo định kỳ", 47, "opinion_reports"),
        F("13 báo cáo đột xuất", 13, "opinion_reports"),
        F("khen thưởng 9 tập thể", 9, "commended_collectives"),
        F("9 tập thể, 14 cá nhân", 14, "commended_individuals"),
    ], traps=[("ngày 14/12/2022", 14), ("08:30", 8), ("năm 2022", 2022),
              ("Trung ương 4", 4), ("Trung ương 5", 5), ("14 điểm cầu", 14),
              ("14 đảng bộ phường", 14), ("34 chi, đảng bộ", 34), ("Tổ tôi 120 hộ", 120),
              ("92 năm", 92), ("1/8/1930", 1), ("1/8/2022", 1), ("năm 2023", 2023),
              ("mở 6 lớp", 6), ("100% tổ dân phố", 100)]),
]
