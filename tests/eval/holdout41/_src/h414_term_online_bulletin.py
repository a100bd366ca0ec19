"""Held-out set holdout41, part 4: a congress speech for the term 2015-2020 (Huyện Sóc Sơn,
Hà Nội, document date inferred), a web article on online propaganda in the Covid-19 year
(Quận Bình Tân, TP.HCM, 2021) and an internal bulletin with emoji list lines (Quận Hà Đông,
Hà Nội, quarter I/2018).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source for its
format (holdout2/_src/g01_hcm_districts.py), the seeds and the five sample reports, without
reading or running the extractor. Decisions: see h411_hanoi_districts.py; in addition:
- The speech has no dateline and no sidecar: the document date is inferred from the latest
  full date in the text (16/7/2020, the last day of the congress).
- A bulletin's broadcasts over the loudspeakers ("phát hơn 3.000 lượt bản tin trên hệ thống loa
  truyền thanh") are news_items, dated by the months the sentence names.
- One video's views ("riêng video ... đạt 1,2 triệu lượt xem") are propaganda_audience of the
  year, like "riêng quần chúng có N lượt"; its shares are a post's reactions (a trap).
- Volunteers mobilised into propaganda teams ("vận động 1.350 tình nguyện viên tham gia tổ
  tuyên truyền") are a counted result outside the taxonomy (`other`).
- "bình quân mỗi năm gần 12 lớp" is an average worked out from a total (a trap).
"""
from build_gold import Doc, F, U, inst, quarter, since, term, year

SSON, BTAN, HDONG = U("Huyện Sóc Sơn"), U("Quận Bình Tân"), U("Quận Hà Đông")

T10 = """
Sóc Sơn: Công tác tuyên giáo nhiệm kỳ 2015 – 2020 góp phần xây dựng huyện nông thôn mới

Đại hội đại biểu Đảng bộ huyện Sóc Sơn lần thứ XXVI, nhiệm kỳ 2020 – 2025 diễn ra từ ngày 14 đến 16/7/2020 tại Trung tâm Văn hóa huyện; các đại biểu dự Đại hội thay mặt cho hơn 14.000 đảng viên trong toàn Đảng bộ. Sau đây là trích tham luận của đồng chí Nguyễn Thị Lan Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy:

“Nhiệm kỳ 2015 – 2020, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 186 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng; phối hợp tổ chức 35 hội nghị cấp huyện học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, Thành ủy. Ở cơ sở, 26 xã, thị trấn và các chi, đảng bộ trực thuộc đã tổ chức hơn 4.100 lớp, thu hút 412.560 lượt cán bộ, đảng viên và 96.300 lượt quần chúng; tỷ lệ đảng viên tham gia bình quân đạt 95,6%.

“Công tác giáo dục lý luận chính trị được chú trọng. Trung tâm Bồi dưỡng chính trị huyện mở 58 lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới với 4.760 học viên, bình quân mỗi năm gần 12 lớp. Hiện nay huyện có 52 báo cáo viên cấp huyện; cả nhiệm kỳ, Ban Tuyên giáo tổ chức 56 hội nghị báo cáo viên để thông tin thời sự, định hướng tư tưởng.

“Công tác tuyên truyền miệng được duy trì đều đặn với 2.940 buổi nói chuyện thời sự, chuyên đề tại các thôn, xóm, thu hút khoảng 265.000 lượt người nghe. Trong đợt phòng, chống dịch Covid-19 từ tháng 2 đến tháng 4/2020, các xã đã phát hơn 3.000 lượt bản tin trên hệ thống loa truyền thanh. Các chi bộ tổ chức 6.850 buổi sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Huyện ủy phát động 5 đợt sinh hoạt chính trị, tư tưởng trong toàn Đảng bộ.

“Cả nhiệm kỳ, Huyện ủy đã khen thưởng 64 tập thể và 118 cá nhân tiêu biểu trong học tập và làm theo Bác. Cuộc thi tìm hiểu 90 năm Ngày thành lập Đảng Cộng sản Việt Nam năm 2020 thu hút 18.472 bài dự thi, trong đó 11.206 bài của đoàn viên, thanh niên. Nhiệm kỳ 2020 – 2025, chúng tôi phấn đấu 100% thôn, xóm có nhóm Zalo để đưa thông tin chính thống đến từng hộ dân.”

Tham luận nhận được sự đồng tình của nhiều đại biểu. Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa mới gồm 51 đồng chí.
"""

T11 = """
Bình Tân: Nhóm Zalo, fanpage thành “cánh tay nối dài” tuyên truyền trong năm chống dịch

Cập nhật ngày 18-01-2022

(Thanhuytphcm.vn) - Năm 2021, Bình Tân là một trong những địa phương chịu ảnh hưởng nặng nề nhất của đợt dịch Covid-19 lần thứ tư, có thời điểm chiếm gần 20% số ca mắc của thành phố. Khi các buổi sinh hoạt chỉ được tổ chức với dưới 10 người, Ban Tuyên giáo Quận ủy Bình Tân chuyển mạnh hoạt động tuyên truyền sang không gian mạng.

Theo đồng chí Võ Thị Mỹ Dung, Trưởng ban Tuyên giáo Quận ủy Bình Tân, đến cuối năm 2021, toàn quận duy trì 1 trang thông tin điện tử, 11 fanpage của Quận ủy và 10 phường, cùng 2.284 nhóm Zalo khu phố, tổ dân phố. “Số thành viên các nhóm hiện nay khoảng 312.000 người, gần bằng một nửa dân số của quận. Trong năm, các nhóm và fanpage đã đăng hơn 48.000 tin, bài, video clip, hình ảnh về phòng, chống dịch, chính sách an sinh”, bà Dung cho biết.

Fanpage “Quận ủy Bình Tân” hiện có gần 65.000 người theo dõi; riêng video “Bình Tân – 120 ngày đêm chống dịch” đạt 1,2 triệu lượt xem, 8.400 lượt chia sẻ.

Dù vậy, việc học tập nghị quyết vẫn được duy trì. Trong năm, quận tổ chức 5 hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XI theo hình thức trực tuyến; các đảng bộ phường và 38 chi, đảng bộ cơ sở mở 264 lớp với 19.870 lượt cán bộ, đảng viên, đạt 93,8%. Trung tâm Chính trị quận mở 4 lớp bồi dưỡng lý luận chính trị trực tuyến cho 356 học viên.

Đội ngũ 48 cộng tác viên dư luận xã hội thực hiện 62 báo cáo nhanh về tâm trạng người dân trong thời gian giãn cách theo Chỉ thị 16/CT-TTg. Quận còn phối hợp với các phường vận động 1.350 tình nguyện viên tham gia tổ tuyên truyền, hỗ trợ người dân tại 22 điểm tiêm chủng. Ông Trần Văn Hai, tổ trưởng tổ dân phố 18, khu phố 4, phường Bình Hưng Hòa A, kể: “Cao điểm tháng 8, nhóm Zalo của tổ có 312 hộ, ngày nào tôi cũng trả lời hơn 50 tin nhắn”.

Dịp tổng kết, Ban Thường vụ Quận ủy tặng giấy khen cho 17 tập thể và 32 cá nhân có thành tích trong tuyên truyền phòng, chống dịch. Năm 2022, quận đặt mục tiêu mỗi khu phố có ít nhất 1 người quản trị nhóm Zalo được tập huấn kỹ năng.
"""

T12 = """
QUẬN ỦY HÀ ĐÔNG
BAN TUYÊN GIÁO
BẢN TIN THÔNG TIN NỘI BỘ – SỐ 04 (THÁNG 4/2018)
Hà Đông, ngày 20/4/2018

GIAO BAN CÔNG TÁC TUYÊN GIÁO QUÝ I NĂM 2018: KẾT QUẢ VÀ NHIỆM VỤ

Sáng 17/4, tại Trung tâm Văn hóa quận (số 2 Quang Trung), Ban Tuyên giáo Quận ủy tổ chức giao ban công tác tuyên giáo quý I/2018 với trưởng ban tuyên giáo của 17 đảng ủy phường và 41 chi, đảng bộ cơ sở.

Kết quả chính trong quý:
✅ BTV Quận ủy ban hành 09 văn bản chỉ đạo công tác tư tưởng
✅ 02 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 6 và 7 khóa XII
✅ 318 lớp ở cơ sở, với 22.106 lượt cán bộ, đảng viên (đạt 95,12%) và 3.470 lượt quần chúng
✅ 96 buổi tuyên truyền miệng về kỷ niệm 50 năm Cuộc Tổng tiến công và nổi dậy Xuân Mậu Thân 1968, thu hút ước 7.800 lượt người nghe
✅ Treo 1.150 băng rôn, khẩu hiệu; chạy 214 lượt xe loa
✅ Bản tin nội bộ phát hành 3 số, mỗi số 1.200 bản

Đáng chú ý, Cuộc thi trắc nghiệm “Tìm hiểu 88 năm lịch sử Đảng bộ thành phố Hà Nội” được quận hưởng ứng với 9.235 lượt người dự thi; 20 cá nhân đạt giải sẽ được khen thưởng vào dịp 19/5. Trong quý, các chi bộ tổ chức 512 buổi sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2018.

Về nắm bắt dư luận, đồng chí Nguyễn Văn Tuấn, Trưởng ban Tuyên giáo Quận ủy, cho biết: “Tính đến 31/3/2018, quận có 45 cộng tác viên dư luận xã hội và 39 báo cáo viên cấp quận. Quý I, Ban đã tổng hợp 12 báo cáo tình hình tư tưởng gửi Thường trực Quận ủy và Ban Tuyên giáo Thành ủy.”

NHIỆM VỤ QUÝ II/2018
– Tổ chức hội nghị sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW; mở 03 lớp bồi dưỡng nghiệp vụ tuyên giáo cho 150 cán bộ cơ sở.
– Hoàn thành học tập Nghị quyết Trung ương 7 trước ngày 30/6, bảo đảm trên 95% đảng viên tham gia.

Mọi thông tin xin liên hệ: Ban Tuyên giáo Quận ủy, điện thoại 024.3382.4516.
"""

D10, D11, D12 = "2020-07-16", "2022-01-18", "2018-04-20"
P10, P11, P12 = term(2015, 2020), year(2021), quarter(1, 2018)

DOCS = [
    Doc("h41_10", T10, SSON, P10, D10, "inferred", facts=[
        F("ban hành 186 văn bản", 186, "documents_issued"),
        F("tổ chức 35 hội nghị cấp huyện", 35, "study_sessions"),
        F("tổ chức hơn 4.100 lớp", 4100, "study_sessions", "at_least"),
        F("thu hút 412.560 lượt cán bộ, đảng viên", 412560, "study_attendance",
          a="party_members"),
        F("96.300 lượt quần chúng", 96300, "study_attendance", a="masses"),
        F("bình quân đạt 95,6%", 95.6, "study_participation_rate"),
        F("mở 58 lớp sơ cấp lý luận chính trị", 58, "training_classes"),
        F("với 4.760 học viên", 4760, "trainees"),
        F("Hiện nay huyện có 52 báo cáo viên", 52, "reporters", p=inst(D10)),
        F("tổ chức 56 hội nghị báo cáo viên", 56, "reporter_conferences"),
        F("với 2.940 buổi nói chuyện", 2940, "oral_propaganda_sessions"),
        F("khoảng 265.000 lượt người nghe", 265000, "propaganda_audience", "approx"),
        F("phát hơn 3.000 lượt bản tin", 3000, "news_items", "at_least",
          p=since("2020-02-01", "2020-04-30")),
        F("tổ chức 6.850 buổi sinh hoạt chuyên đề", 6850, "party_cell_discussions"),
        F("phát động 5 đợt sinh hoạt chính trị", 5, "political_campaigns"),
        F("khen thưởng 64 tập thể", 64, "commended_collectives"),
        F("64 tập thể và 118 cá nhân", 118, "commended_individuals"),
        F("thu hút 18.472 bài dự thi", 18472, "contest_entries"),
    ], traps=[("nhiệm kỳ 2015 – 2020", 2015), ("Nhiệm kỳ 2015 – 2020", 2015),
              ("nhiệm kỳ 2020 – 2025", 2020), ("Nhiệm kỳ 2020 – 2025", 2020),
              ("từ ngày 14 đến 16/7/2020", 14), ("16/7/2020", 16),
              ("hơn 14.000 đảng viên", 14000), ("26 xã, thị trấn", 26),
              ("bình quân mỗi năm gần 12 lớp", 12), ("từ tháng 2", 2), ("tháng 4/2020", 4),
              ("90 năm", 90), ("năm 2020", 2020), ("trong đó 11.206 bài", 11206),
              ("100% thôn", 100), ("gồm 51 đồng chí", 51)]),
    Doc("h41_11", T11, BTAN, P11, D11, "text", facts=[
        F("duy trì 1 trang thông tin điện tử", 1, "websites", p=inst("2021-12-31")),
        F("11 fanpage của Quận ủy", 11, "social_pages", p=inst("2021-12-31")),
        F("2.284 nhóm Zalo", 2284, "chat_groups", p=inst("2021-12-31")),
        F("hiện nay khoảng 312.000 người", 312000, "chat_group_members", "approx",
          p=inst(D11)),
        F("đăng hơn 48.000 tin, bài", 48000, "news_items", "at_least"),
        F("hiện có gần 65.000 người theo dõi", 65000, "propaganda_audience", "at_most",
          p=inst(D11)),
        F("đạt 1,2 triệu lượt xem", 1200000, "propaganda_audience"),
        F("tổ chức 5 hội nghị học tập", 5, "study_sessions"),
        F("mở 264 lớp", 264, "study_sessions"),
        F("19.870 lượt cán bộ, đảng viên", 19870, "study_attendance", a="party_members"),
        F("đạt 93,8%", 93.8, "study_participation_rate"),
        F("mở 4 lớp bồi dưỡng lý luận chính trị", 4, "training_classes"),
        F("cho 356 học viên", 356, "trainees"),
        F("Đội ngũ 48 cộng tác viên", 48, "opinion_collaborators", p=inst("2021-12-31")),
        F("thực hiện 62 báo cáo nhanh về tâm trạng", 62, "opinion_reports"),
        F("vận động 1.350 tình nguyện viên", 1350, "other"),
        F("giấy khen cho 17 tập thể", 17, "commended_collectives"),
        F("17 tập thể và 32 cá nhân", 32, "commended_individuals"),
    ], traps=[("18-01-2022", 18), ("Năm 2021", 2021), ("gần 20%", 20),
              ("dưới 10 người", 10), ("cuối năm 2021", 2021), ("10 phường", 10),
              ("120 ngày đêm", 120), ("8.400 lượt chia sẻ", 8400),
              ("38 chi, đảng bộ", 38), ("Chỉ thị 16/CT-TTg", 16), ("22 điểm tiêm chủng", 22),
              ("tổ dân phố 18", 18), ("khu phố 4", 4), ("tháng 8", 8), ("có 312 hộ", 312),
              ("hơn 50 tin nhắn", 50), ("Năm 2022", 2022), ("ít nhất 1 người", 1)]),
    Doc("h41_12", T12, HDONG, P12, D12, "text", facts=[
        F("ban hành 09 văn bản", 9, "documents_issued"),
        F("✅ 02 hội nghị cấp quận", 2, "study_sessions"),
        F("✅ 318 lớp ở cơ sở", 318, "study_sessions"),
        F("với 22.106 lượt cán bộ, đảng viên", 22106, "study_attendance",
          a="party_members"),
        F("(đạt 95,12%)", 95.12, "study_participation_rate"),
        F("3.470 lượt quần chúng", 3470, "study_attendance", a="masses"),
        F("✅ 96 buổi tuyên truyền miệng", 96, "oral_propaganda_sessions"),
        F("ước 7.800 lượt người nghe", 7800, "propaganda_audience", "approx"),
        F("Treo 1.150 băng rôn", 1150, "other"),
        F("chạy 214 lượt xe loa", 214, "other"),
        F("phát hành 3 số", 3, "news_items"),
        F("với 9.235 lượt người dự thi", 9235, "contest_entries"),
        F("tổ chức 512 buổi sinh hoạt chuyên đề", 512, "party_cell_discussions"),
        F("có 45 cộng tác viên", 45, "opinion_collaborators", p=inst("2018-03-31")),
        F("39 báo cáo viên cấp quận", 39, "reporters", p=inst("2018-03-31")),
        F("tổng hợp 12 báo cáo tình hình tư tưởng", 12, "opinion_reports"),
    ], traps=[("SỐ 04", 4), ("THÁNG 4/2018", 4), ("ngày 20/4/2018", 20),
              ("QUÝ I NĂM 2018", 2018), ("Sáng 17/4", 17), ("số 2 Quang Trung", 2),
              ("quý I/2018", 2018), ("17 đảng ủy phường", 17), ("41 chi, đảng bộ", 41),
              ("Trung ương 6", 6), ("và 7 khóa XII", 7), ("50 năm", 50), ("1968", 1968),
              ("mỗi số 1.200 bản", 1200), ("88 năm", 88), ("20 cá nhân đạt giải", 20),
              ("dịp 19/5", 19), ("năm 2018", 2018), ("31/3/2018", 31),
              ("QUÝ II/2018", 2018), ("sơ kết 2 năm", 2), ("05-CT/TW", 5),
              ("mở 03 lớp", 3), ("cho 150 cán bộ", 150), ("Trung ương 7", 7),
              ("ngày 30/6", 30), ("trên 95%", 95), ("024.3382.4516", 24)]),
]
