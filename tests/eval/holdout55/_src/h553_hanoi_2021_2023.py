"""Held-out set holdout55, part 3: Hanoi districts in 2021 and 2023 (portal news, bulletin).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its format
(holdout2/_src/g01_hcm_districts.py), the seeds and the sample reports, without reading or running
the extractor. The decisions common to the set are listed in h551_hanoi_districts.py; the ones
taken here:
- h55_08 has neither dateline nor sidecar: its date is inferred from the latest full date the
  text gives ("Chiều 2/7", year from the article's period 2021). "Từ ngày 27/4 đến nay" dates
  its sentence (27 April..document date); the 412 Zalo groups "nâng tổng số lên" are the stock at
  the document date ("đến nay"), the 38 new groups a change (trap).
- h55_08: collaborators in a quotation ("Đội ngũ 45 cộng tác viên ... của quận") are a stock at
  the end of the article's half-year.
- h55_09: a bulletin's issue month (Tháng 10/2023) is not its period: the headline names
  "9 tháng năm 2023". Stocks in list lines (báo cáo viên, cộng tác viên) are instants at
  2023-09-30. "Nhiệm vụ quý IV: ..." is a run-in plan label: its numbers are traps.
"""
from build_gold import Doc, F, U, end_of, h1, inst, m9, since

CG, HM = U("Quận Cầu Giấy"), U("Quận Hoàng Mai")

T08 = """
Cầu Giấy: Sáu tháng, hai nhiệm vụ lớn

Chiều 2/7, Quận ủy Cầu Giấy tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2021. Đó là nửa năm quận vừa tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026, vừa căng mình chống làn sóng Covid-19 lần thứ tư.

Ngay sau Đại hội XIII của Đảng, Ban Tuyên giáo Quận ủy tham mưu tổ chức 2 hội nghị cấp quận, trực tuyến tới 8 điểm cầu phường; các đảng bộ, chi bộ mở 196 lớp học tập, quán triệt, với 12.658 lượt cán bộ, đảng viên và 2.114 lượt quần chúng. Tỷ lệ đảng viên dự học đạt 97,02%. Do yêu cầu phòng dịch, nhiều lớp ở tổ dân phố chỉ được tập trung tối đa 20 người.

Trước ngày bầu cử 23/5, quận tổ chức 64 buổi tuyên truyền về bầu cử tại các tổ dân phố, với khoảng 7.900 lượt cử tri dự nghe. Quận chia địa bàn thành 48 khu vực bỏ phiếu; tỷ lệ cử tri đi bầu đạt 99,68%. Cầu Giấy, nơi theo học của trên 150 nghìn sinh viên, còn tổ chức mười hai buổi nói chuyện về bầu cử ngay tại ký túc xá các trường đại học.

Từ ngày 27/4 đến nay, trang thông tin điện tử quận và 9 fanpage đăng tải 1.267 tin, bài, infographic về phòng dịch; các tổ dân phố lập mới 38 nhóm Zalo, nâng tổng số lên 412 nhóm. "Ngày nào nhóm của tổ tôi cũng có tin mới, 2 giờ chiều là có bản tin tổng hợp của phường", bà Lê Thu Trang, tổ trưởng tổ dân phố số 17, phường Dịch Vọng Hậu, nói.

Theo đồng chí Nguyễn Thị Lan Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy Cầu Giấy, thông tin kịp thời giúp người dân yên tâm. "Đội ngũ 45 cộng tác viên dư luận xã hội của quận đã gửi 31 báo cáo, phản ánh khá sát tâm trạng bà con khi phải xét nghiệm diện rộng", bà Hương cho biết.

Dịp này, Ban Thường vụ Quận ủy khen thưởng 6 tập thể, 12 cá nhân có thành tích trong công tác bầu cử và phòng, chống dịch. Trong 6 tháng cuối năm, quận sẽ tổ chức học tập chuyên đề năm 2021 cho 100% chi bộ và mở thêm 3 lớp bồi dưỡng cho báo cáo viên cơ sở.
"""

T09 = """
QUẬN ỦY HOÀNG MAI
BAN TUYÊN GIÁO
THÔNG TIN NỘI BỘ – Số 10 (Tháng 10/2023)

GIAO BAN CÔNG TÁC TUYÊN GIÁO 9 THÁNG NĂM 2023

Ngày 4/10, Ban Tuyên giáo Quận ủy giao ban với 14 đảng bộ phường và 46 chi, đảng bộ cơ sở trực thuộc. Kết quả 9 tháng năm 2023 như sau:

1. Học tập, quán triệt nghị quyết, chỉ thị
a) Kết luận số 01-KL/TW và chuyên đề năm 2023
- Hội nghị cấp quận: 01
- Lớp ở cơ sở: 274
- Đảng viên dự học: 9.862/10.318 đồng chí
- Số đảng viên chưa tham gia: 456 người
b) Nghị quyết 15-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045
- Hội nghị cấp quận: 02; lớp ở cơ sở: 236
- Lượt cán bộ, đảng viên dự: 8.940; đạt 95,4%

2. Tuyên truyền miệng, báo cáo viên
- Hội nghị báo cáo viên: 03 (tháng 1, tháng 5 và một hội nghị trực tuyến tháng 8)
- Báo cáo viên cấp quận: 52 đồng chí; cộng tác viên dư luận xã hội: 71 đồng chí
- Buổi nói chuyện thời sự: 384 – lượt người nghe: khoảng 29.600

3. Báo chí, mạng xã hội
- Tin, bài trên cổng thông tin điện tử quận: 612; trên fanpage “Hoàng Mai ngày mới”: 1.045
- Thông tin nội bộ phát hành đủ 9 số, mỗi số 1.500 bản

4. Dư luận xã hội, thi đua
- Báo cáo dư luận xã hội gửi Thành ủy: 27 (18 định kỳ, 9 đột xuất)
- Cá nhân được khen thưởng: 9 người

Nhận xét chung, đồng chí Trưởng ban đánh giá các đảng bộ phường Hoàng Liệt, Yên Sở, Lĩnh Nam làm tốt; tuy vậy một số chi bộ ở khu đô thị Linh Đàm, nơi có 36 tòa chung cư, còn khó tập hợp đảng viên sinh hoạt.

Nhiệm vụ quý IV: tổ chức sơ kết 3 năm thực hiện Kết luận 01; mở thêm 2 lớp bồi dưỡng cho 150 báo cáo viên cơ sở; hoàn thành 100% báo cáo chuyên đề trước ngày 15/12.

Địa chỉ: Ban Tuyên giáo Quận ủy Hoàng Mai, số 8 Ngõ 6 Bến Xe Nước Ngầm. Điện thoại: 024.3641.8856.
"""

D08, D09 = "2021-07-02", "2023-10-06"
S08 = since("2021-04-27", D08)
E09 = end_of(m9(2023))

DOCS = [
    Doc("h55_08", T08, CG, h1(2021), D08, "inferred", facts=[
        F("tổ chức 2 hội nghị cấp quận", 2, "study_sessions"),
        F("mở 196 lớp học tập, quán triệt", 196, "study_sessions"),
        F("với 12.658 lượt cán bộ, đảng viên", 12658, "study_attendance", a="party_members"),
        F("2.114 lượt quần chúng", 2114, "study_attendance", a="masses"),
        F("dự học đạt 97,02%", 97.02, "study_participation_rate"),
        F("tổ chức 64 buổi tuyên truyền", 64, "oral_propaganda_sessions"),
        F("khoảng 7.900 lượt cử tri", 7900, "propaganda_audience", "approx"),
        F("mười hai buổi nói chuyện", 12, "oral_propaganda_sessions"),
        F("9 fanpage", 9, "social_pages", p=inst(D08)),
        F("đăng tải 1.267 tin, bài", 1267, "news_items", p=S08),
        F("nâng tổng số lên 412 nhóm", 412, "chat_groups", p=inst(D08)),
        F("Đội ngũ 45 cộng tác viên", 45, "opinion_collaborators", p=end_of(h1(2021))),
        F("đã gửi 31 báo cáo", 31, "opinion_reports"),
        F("khen thưởng 6 tập thể", 6, "commended_collectives"),
        F("6 tập thể, 12 cá nhân", 12, "commended_individuals"),
    ], traps=[("Chiều 2/7", 2), ("6 tháng đầu năm 2021", 6), ("khóa XV", 15),
              ("nhiệm kỳ 2021 – 2026", 2021), ("Covid-19", 19), ("Đại hội XIII", 13),
              ("8 điểm cầu", 8), ("tối đa 20 người", 20), ("ngày bầu cử 23/5", 23),
              ("48 khu vực", 48), ("99,68%", 99.68), ("trên 150 nghìn sinh viên", 150000),
              ("Từ ngày 27/4", 27), ("lập mới 38 nhóm Zalo", 38), ("2 giờ", 2),
              ("số 17", 17), ("6 tháng cuối năm", 6), ("chuyên đề năm 2021", 2021),
              ("100% chi bộ", 100), ("mở thêm 3 lớp", 3)]),
    Doc("h55_09", T09, HM, m9(2023), D09, "sidecar", meta={"date": D09}, facts=[
        F("Hội nghị cấp quận: 01", 1, "study_sessions"),
        F("Lớp ở cơ sở: 274", 274, "study_sessions"),
        F("Đảng viên dự học: 9.862/10.318 đồng chí", 9862, "study_attendance",
          a="party_members"),
        F("Số đảng viên chưa tham gia: 456 người", 456, "other"),
        F("Hội nghị cấp quận: 02", 2, "study_sessions"),
        F("lớp ở cơ sở: 236", 236, "study_sessions"),
        F("Lượt cán bộ, đảng viên dự: 8.940", 8940, "study_attendance", a="party_members"),
        F("8.940; đạt 95,4%", 95.4, "study_participation_rate"),
        F("Hội nghị báo cáo viên: 03", 3, "reporter_conferences"),
        F("Báo cáo viên cấp quận: 52 đồng chí", 52, "reporters", p=E09),
        F("cộng tác viên dư luận xã hội: 71 đồng chí", 71, "opinion_collaborators", p=E09),
        F("Buổi nói chuyện thời sự: 384", 384, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 29.600", 29600, "propaganda_audience", "approx"),
        F("cổng thông tin điện tử quận: 612", 612, "news_items"),
        F("ngày mới”: 1.045", 1045, "news_items"),
        F("phát hành đủ 9 số", 9, "news_items"),
        F("gửi Thành ủy: 27", 27, "opinion_reports"),
        F("Cá nhân được khen thưởng: 9 người", 9, "commended_individuals"),
    ], traps=[("Số 10", 10), ("1. Học tập", 1), ("2. Tuyên truyền", 2),
              ("3. Báo chí", 3), ("4. Dư luận", 4), ("Tháng 10/2023", 10), ("9 THÁNG NĂM 2023", 9),
              ("Ngày 4/10", 4), ("14 đảng bộ phường", 14), ("46 chi, đảng bộ", 46),
              ("9 tháng năm 2023", 9), ("01-KL/TW", 1), ("chuyên đề năm 2023", 2023),
              ("15-NQ/TW", 15), ("đến năm 2030", 2030), ("đến năm 2045", 2045),
              ("tháng 1", 1), ("tháng 5", 5), ("tháng 8", 8), ("mỗi số 1.500 bản", 1500),
              ("(18 định kỳ", 18), ("9 đột xuất", 9), ("36 tòa chung cư", 36),
              ("3 năm", 3), ("Kết luận 01", 1), ("thêm 2 lớp", 2),
              ("150 báo cáo viên", 150), ("100% báo cáo", 100), ("ngày 15/12", 15),
              ("số 8 Ngõ 6", 8), ("024.3641.8856", 24)]),
]
