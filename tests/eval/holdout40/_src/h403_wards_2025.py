"""Held-out set holdout40, part 3: wards and communes after 2025-07-01 (HCMC and Hanoi).

Written from docs/LABELING.md, tests/eval/build_gold.py, one earlier label source (for its
format only), the seeds and the five sample reports, without reading or running the
extractor. The decisions taken where the guide leaves room are listed in h401's docstring;
in this part also:
- A ward's founding date ("được thành lập từ ngày 1/7/2025") is a trap, not a period; a
  commune report titled "6 tháng cuối năm 2025" and dated 22/12 keeps the half-year
  (2025-07-01..2025-12-31) for its counts.
- The wards or district a ward was formed from ("các phường 1, 2, 3, 5 của Quận 3 cũ",
  "huyện Đông Anh cũ") are geography (traps), never actors.
- In a two-ward article the city's own figure in the lead ("Thành ủy tổ chức 3 hội nghị cấp
  thành phố") is the province's; each "PHƯỜNG ...:" section governs its paragraphs, also a
  quotation paragraph with the ward's official.
- "mỗi buổi tối đa 200 người" (a cap per session) is a trap.
"""
from build_gold import Doc, F, U, end_of, h2, inst, quarter, since

HN = U("01")
BANCO, CANGIO = U("Phường Bàn Cờ"), U("Xã Cần Giờ")
THULAM, KIMLIEN, VMQTG = U("Xã Thư Lâm"), U("Phường Kim Liên"), U(
    "Phường Văn Miếu - Quốc Tử Giám")

T09 = """
Cập nhật 10/10/2025 09:30

Phường Bàn Cờ: Hơn 100 ngày vận hành chính quyền hai cấp, công tác tuyên giáo không gián đoạn

Từ ngày 1/7/2025 đến nay, Đảng ủy phường Bàn Cờ đã ban hành 16 văn bản lãnh đạo, chỉ đạo công tác tư tưởng, bảo đảm thông tin về sắp xếp tổ chức bộ máy đến kịp thời với cán bộ, đảng viên và Nhân dân.

Phường Bàn Cờ được thành lập trên cơ sở các phường 1, 2, 3, 5 của Quận 3 cũ, có diện tích khoảng 0,9 km² với hơn 60 nghìn người dân. Trụ sở Đảng ủy phường đặt tại số 96 Nguyễn Thiện Thuật.

Sau Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 28 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội, với 2.134 lượt đảng viên tham dự, đạt 97,4%. Dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, phường treo 1.250 băng rôn, cờ phướn và tổ chức 22 buổi nói chuyện chuyên đề tại các khu phố, với gần 2.600 lượt người dân dự nghe.

Phường hiện có 1 trang thông tin điện tử, 1 fanpage và 64 nhóm Zalo khu phố với khoảng 18 nghìn thành viên. Các kênh này đã đăng tải trên 1.300 tin, bài, video clip về sắp xếp bộ máy và đại hội đảng bộ các cấp. Tổ cộng tác viên dư luận xã hội của phường gồm 21 người, đã gửi 9 báo cáo về tâm tư của cán bộ, người dân sau sắp xếp.

Ông Võ Thanh Tùng, Phó Bí thư Thường trực Đảng ủy phường Bàn Cờ, cho biết: “Những ngày đầu, nhiều người dân lo không biết làm thủ tục ở đâu, nên chúng tôi ưu tiên thông tin hướng dẫn. Các chi bộ khu phố đã tổ chức 47 buổi sinh hoạt thảo luận văn kiện Đại hội Đảng bộ Thành phố lần thứ I. Đảng ủy cũng khen thưởng 4 tập thể và 9 cá nhân có cách làm hay.”

Ông Trần Văn Bảy, 74 tuổi, khu phố 12, phấn khởi: “Tôi đi làm căn cước cho cháu chỉ mất 20 phút, cán bộ còn chỉ cách cài ứng dụng trên điện thoại”.

Từ nay đến cuối năm, phường dự kiến mở 2 lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho 64 tổ trưởng nhóm Zalo. Mọi phản ánh xin gửi về đường dây nóng 028 3930 1375.
"""

T10 = """
ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY XÃ CẦN GIỜ
Số 18-BC/ĐU
Cần Giờ, ngày 22 tháng 12 năm 2025

BÁO CÁO TÓM TẮT
Kết quả công tác tuyên giáo 6 tháng cuối năm 2025

Xã Cần Giờ được thành lập từ ngày 1/7/2025 trên cơ sở thị trấn Cần Thạnh và các xã lân cận của huyện Cần Giờ cũ, có 11 ấp, khu phố với khoảng 36 nghìn người dân, phần đông làm nghề biển, du lịch và nuôi trồng thủy sản. Trong điều kiện bộ máy mới đi vào hoạt động, Ban Xây dựng Đảng Đảng ủy xã đã tham mưu triển khai đồng bộ các nhiệm vụ tuyên giáo.

I. KẾT QUẢ THỰC HIỆN

Một số kết quả chính:

• Học tập, quán triệt nghị quyết:
– Hội nghị cấp xã: 03 (trong đó 01 hội nghị quán triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I);
– Lớp ở các chi bộ: 41;
– Lượt đảng viên dự học: 1.862; tỷ lệ: 96,3%;
– Lượt quần chúng dự nghe: 740.
• Tuyên truyền:
– Buổi tuyên truyền miệng tại ấp, khu phố, bến tàu: 37 – lượt người nghe: khoảng 3.150;
– Tin, bài, video trên fanpage “Xã Cần Giờ”: 412; trên nhóm Zalo ấp: 896;
– Băng rôn, cờ phướn tuyên truyền Đại hội và kỷ niệm 80 năm Quốc khánh 2/9: 520;
– Tờ gấp tuyên truyền chống khai thác hải sản bất hợp pháp (IUU) phát đến ngư dân: 1.500;
– Ghe tàu được tuyên truyền, ký cam kết: ước 230.
• Nắm bắt dư luận xã hội:
– Báo cáo dư luận xã hội gửi Ban Tuyên giáo và Dân vận Thành ủy: 12 (09 định kỳ, 03 đột xuất).
• Khen thưởng:
– Tập thể: 03; cá nhân: 08.

Đến nay, xã có 01 fanpage chính danh, 38 nhóm Zalo ấp, khu phố với khoảng 9.400 thành viên và 15 cộng tác viên dư luận xã hội. Ông Huỳnh Văn Lợi, ngư dân ấp Thạnh Bình, nói: “Tàu tôi đi biển 15 đến 20 ngày, lên bờ mở Zalo là biết hết tin của xã”.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
– Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031 (ngày 15/3/2026);
– Tổ chức học tập Nghị quyết Đại hội XIV của Đảng cho 100% đảng viên; thành lập thêm 5 nhóm Zalo ở các tổ tàu thuyền.

Nơi nhận: – Ban Thường vụ Đảng ủy xã; – Lưu VT.
"""

T11 = """
Thư Lâm: Sôi nổi học tập Nghị quyết Đại hội XIV và tuyên truyền bầu cử

Quý I năm 2026, Đảng ủy xã Thư Lâm (Hà Nội) tập trung tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031.

Xã Thư Lâm được thành lập trên cơ sở một số xã phía bắc huyện Đông Anh cũ, có 42 thôn với hơn 71 nghìn nhân khẩu; Đảng bộ xã có 57 chi bộ với gần 4.100 đảng viên.

Đảng ủy xã tổ chức 02 hội nghị cấp xã học tập, quán triệt Nghị quyết Đại hội XIV của Đảng; các chi bộ mở 64 lớp với 3.918 lượt cán bộ, đảng viên tham dự, đạt 95,6%; riêng quần chúng có 1.245 lượt dự nghe. Các thôn tổ chức 46 buổi tuyên truyền về bầu cử tại nhà văn hóa, với khoảng 7.800 lượt cử tri dự nghe; mỗi buổi tối đa 200 người để bảo đảm chỗ ngồi.

Đài truyền thanh xã phát 54 chương trình và 12 kỳ chuyên mục “Bầu cử – ngày hội của toàn dân”; Đoàn Thanh niên xã đăng ít nhất 120 tin, bài, video clip trên fanpage. Cuộc thi trực tuyến tìm hiểu Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân thu hút 2.340 lượt người dự thi. Xã hỗ trợ kinh phí 45 triệu đồng để in tài liệu hỏi – đáp về bầu cử cho các thôn.

Ngày 15/3/2026, tỷ lệ cử tri đi bầu của xã đạt 99,87%; xã chia địa bàn thành 38 khu vực bỏ phiếu.

Bà Nguyễn Thị Minh Nguyệt, Phó Bí thư Thường trực Đảng ủy xã Thư Lâm, cho biết: “Các chi bộ thôn đã tổ chức 57 buổi sinh hoạt chuyên đề thảo luận về văn kiện Đại hội XIV, gắn với nhiệm vụ của từng thôn. Xã cũng khen thưởng 5 tập thể và 12 cá nhân có thành tích trong công tác bầu cử.”

Cụ Đỗ Văn Khải, 86 tuổi, thôn Lỗ Khê, xúc động: “Đời tôi đi bầu đến 14 lần rồi, lần này đọc tài liệu trên Zalo của thôn thấy rõ ràng, dễ hiểu lắm”.

Xã hiện có 1 trang thông tin điện tử, 2 fanpage và 112 nhóm Zalo thôn, xóm. Thời gian tới, xã phấn đấu đến cuối năm 2026, 100% hộ gia đình tham gia ít nhất 1 nhóm Zalo của thôn.
"""

T12 = """
Thứ Hai, ngày 12 tháng 1 năm 2026

Kim Liên, Văn Miếu – Quốc Tử Giám: Những cách làm mới của tuyên giáo phường

Quý IV năm 2025, quý đầu tiên sau đại hội đảng bộ các cấp nhiệm kỳ 2025 – 2030, các phường của Thủ đô đã triển khai nhiều cách làm mới trong công tác tuyên giáo. Theo Ban Tuyên giáo và Dân vận Thành ủy Hà Nội, trong quý, Thành ủy tổ chức 3 hội nghị cấp thành phố học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XVIII; 126 xã, phường của Thành phố đã hoàn thành việc học tập trước ngày 31/12.

PHƯỜNG KIM LIÊN: Khu tập thể cũ, cách làm mới
Phường Kim Liên có 73 tổ dân phố, nhiều khu tập thể cũ như Kim Liên, Trung Tự với gần 82 nghìn cư dân. Trong quý, Đảng ủy phường tổ chức 01 hội nghị cấp phường và 39 lớp ở các chi bộ học tập, quán triệt Nghị quyết Đại hội XVIII Đảng bộ Thành phố và Nghị quyết Đại hội Đảng bộ phường lần thứ I, với 4.286 lượt đảng viên, đạt 96,9%. Đến nay, phường có 81 nhóm Zalo tổ dân phố, số thành viên khoảng 21.500 người; đội tuyên truyền lưu động của phường chạy 64 lượt xe loa trong các ngõ nhỏ.

“Đội ngũ 19 cộng tác viên dư luận xã hội của phường đã gửi 23 báo cáo về tâm tư người dân khu tập thể chờ cải tạo”, ông Lê Quang Vinh, Bí thư Đảng ủy phường Kim Liên, cho biết.

PHƯỜNG VĂN MIẾU – QUỐC TỬ GIÁM: Kể chuyện di sản, lan tỏa nghị quyết
Trên địa bàn phường có Khu di tích Văn Miếu – Quốc Tử Giám, nơi đón hơn 2 triệu lượt khách mỗi năm. Trong quý IV, Đảng ủy phường tổ chức 2 hội nghị cấp phường và 34 lớp ở các chi bộ học tập nghị quyết đại hội, với 3.702 lượt cán bộ, đảng viên tham dự (đạt 97,35%). Phường phối hợp với Trung tâm Hoạt động văn hóa khoa học Văn Miếu – Quốc Tử Giám tổ chức 12 buổi nói chuyện chuyên đề “Học từ bia tiến sĩ” cho khoảng 1.900 lượt đoàn viên, học sinh.

Cuộc thi ảnh “Phường tôi – di sản sống” do Đảng ủy phường phát động nhận 486 tác phẩm; 10 tác phẩm xuất sắc nhất được trưng bày tại nhà văn hóa tổ dân phố số 9. Cuối năm, Đảng ủy phường biểu dương 7 tập thể, 16 cá nhân tiêu biểu. Anh Nguyễn Hữu Phước, ở tổ dân phố số 9, chia sẻ: “Nhà tôi 3 thế hệ sống cạnh Văn Miếu mà đến giờ mới biết hết chuyện các tấm bia”.

Năm 2026, hai phường đặt mục tiêu 100% chi bộ tổ chức học tập Nghị quyết Đại hội XIV của Đảng trong vòng 45 ngày.
"""

D09, D10, D11, D12 = "2025-10-10", "2025-12-22", "2026-04-06", "2026-01-12"
P09, P10, P11, P12 = since("2025-07-01", D09), h2(2025), quarter(1, 2026), quarter(4, 2025)

DOCS = [
    Doc("h40_09", T09, BANCO, P09, D09, "text", facts=[
        F("ban hành 16 văn bản", 16, "documents_issued"),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions"),
        F("28 lớp ở các chi bộ", 28, "study_sessions"),
        F("với 2.134 lượt đảng viên", 2134, "study_attendance", a="party_members"),
        F("đạt 97,4%", 97.4, "study_participation_rate"),
        F("treo 1.250 băng rôn", 1250, "other"),
        F("tổ chức 22 buổi nói chuyện chuyên đề", 22, "oral_propaganda_sessions"),
        F("gần 2.600 lượt người dân", 2600, "propaganda_audience", "at_most", a="masses"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D09)),
        F("1 fanpage", 1, "social_pages", p=inst(D09)),
        F("64 nhóm Zalo khu phố", 64, "chat_groups", p=inst(D09)),
        F("khoảng 18 nghìn thành viên", 18000, "chat_group_members", "approx", p=inst(D09)),
        F("trên 1.300 tin, bài", 1300, "news_items", "at_least"),
        F("gồm 21 người", 21, "opinion_collaborators", p=end_of(P09)),
        F("đã gửi 9 báo cáo", 9, "opinion_reports"),
        F("tổ chức 47 buổi sinh hoạt thảo luận", 47, "party_cell_discussions"),
        F("khen thưởng 4 tập thể", 4, "commended_collectives"),
        F("4 tập thể và 9 cá nhân", 9, "commended_individuals"),
    ], traps=[("Cập nhật 10/10/2025 09:30", 10), ("Hơn 100 ngày", 100),
              ("Từ ngày 1/7/2025", 1), ("các phường 1", 1), ("1, 2", 2), ("2, 3", 3), ("3, 5", 5),
              ("Quận 3", 3), ("khoảng 0,9 km²", 0.9), ("hơn 60 nghìn người dân", 60000),
              ("số 96 Nguyễn Thiện Thuật", 96), ("nhiệm kỳ 2025 – 2030", 2025),
              ("80 năm", 80), ("Quốc khánh 2/9", 2), ("74 tuổi", 74), ("khu phố 12", 12),
              ("20 phút", 20), ("dự kiến mở 2 lớp", 2), ("cho 64 tổ trưởng", 64),
              ("028 3930 1375", 28)]),
    Doc("h40_10", T10, CANGIO, P10, D10, "text", facts=[
        F("Hội nghị cấp xã: 03", 3, "study_sessions"),
        F("Lớp ở các chi bộ: 41", 41, "study_sessions"),
        F("Lượt đảng viên dự học: 1.862", 1862, "study_attendance", a="party_members"),
        F("tỷ lệ: 96,3%", 96.3, "study_participation_rate"),
        F("Lượt quần chúng dự nghe: 740", 740, "study_attendance", a="masses"),
        F("bến tàu: 37", 37, "oral_propaganda_sessions"),
        F("lượt người nghe: khoảng 3.150", 3150, "propaganda_audience", "approx"),
        F("“Xã Cần Giờ”: 412", 412, "news_items"),
        F("trên nhóm Zalo ấp: 896", 896, "news_items"),
        F("Quốc khánh 2/9: 520", 520, "other"),
        F("phát đến ngư dân: 1.500", 1500, "other"),
        F("ký cam kết: ước 230", 230, "other", "approx"),
        F("Thành ủy: 12", 12, "opinion_reports"),
        F("Tập thể: 03", 3, "commended_collectives"),
        F("cá nhân: 08", 8, "commended_individuals"),
        F("có 01 fanpage chính danh", 1, "social_pages", p=inst(D10)),
        F("38 nhóm Zalo ấp, khu phố", 38, "chat_groups", p=inst(D10)),
        F("khoảng 9.400 thành viên", 9400, "chat_group_members", "approx", p=inst(D10)),
        F("15 cộng tác viên dư luận xã hội", 15, "opinion_collaborators", p=inst(D10)),
    ], traps=[("Số 18-BC/ĐU", 18), ("ngày 22 tháng 12 năm 2025", 22),
              ("6 tháng cuối năm 2025", 6), ("từ ngày 1/7/2025", 1),
              ("11 ấp, khu phố", 11), ("khoảng 36 nghìn người dân", 36000),
              ("trong đó 01 hội nghị", 1), ("80 năm", 80), ("(09 định kỳ", 9),
              ("03 đột xuất", 3), ("15 đến 20 ngày", 15), ("NĂM 2026", 2026),
              ("nhiệm kỳ 2026 – 2031", 2026), ("ngày 15/3/2026", 15),
              ("100% đảng viên", 100), ("thêm 5 nhóm Zalo", 5)]),
    Doc("h40_11", T11, THULAM, P11, D11, "sidecar", meta={"date": D11}, facts=[
        F("tổ chức 02 hội nghị cấp xã", 2, "study_sessions"),
        F("mở 64 lớp", 64, "study_sessions"),
        F("với 3.918 lượt cán bộ, đảng viên", 3918, "study_attendance", a="party_members"),
        F("đạt 95,6%", 95.6, "study_participation_rate"),
        F("riêng quần chúng có 1.245 lượt dự nghe", 1245, "study_attendance", a="masses"),
        F("tổ chức 46 buổi tuyên truyền", 46, "oral_propaganda_sessions"),
        F("khoảng 7.800 lượt cử tri", 7800, "propaganda_audience", "approx"),
        F("phát 54 chương trình", 54, "news_items"),
        F("12 kỳ chuyên mục", 12, "news_items"),
        F("đăng ít nhất 120 tin, bài", 120, "news_items", "at_least"),
        F("thu hút 2.340 lượt người dự thi", 2340, "contest_entries"),
        F("hỗ trợ kinh phí 45 triệu đồng", 45000000, "other"),
        F("tổ chức 57 buổi sinh hoạt chuyên đề", 57, "party_cell_discussions"),
        F("khen thưởng 5 tập thể", 5, "commended_collectives"),
        F("5 tập thể và 12 cá nhân", 12, "commended_individuals"),
        F("hiện có 1 trang thông tin điện tử", 1, "websites", p=inst(D11)),
        F("2 fanpage", 2, "social_pages", p=inst(D11)),
        F("112 nhóm Zalo", 112, "chat_groups", p=inst(D11)),
    ], traps=[("Quý I năm 2026", 1), ("nhiệm kỳ 2026 – 2031", 2026), ("42 thôn", 42),
              ("hơn 71 nghìn nhân khẩu", 71000), ("57 chi bộ", 57),
              ("gần 4.100 đảng viên", 4100), ("tối đa 200 người", 200),
              ("Ngày 15/3/2026", 15), ("đạt 99,87%", 99.87), ("38 khu vực bỏ phiếu", 38),
              ("86 tuổi", 86), ("14 lần", 14), ("cuối năm 2026", 2026), ("100% hộ", 100),
              ("ít nhất 1 nhóm Zalo", 1)]),
    Doc("h40_12", T12, KIMLIEN, P12, D12, "text", facts=[
        F("Thành ủy tổ chức 3 hội nghị cấp thành phố", 3, "study_sessions", unit=HN),
        F("tổ chức 01 hội nghị cấp phường", 1, "study_sessions", unit=KIMLIEN),
        F("39 lớp ở các chi bộ", 39, "study_sessions", unit=KIMLIEN),
        F("với 4.286 lượt đảng viên", 4286, "study_attendance", a="party_members",
          unit=KIMLIEN),
        F("đạt 96,9%", 96.9, "study_participation_rate", unit=KIMLIEN),
        F("có 81 nhóm Zalo", 81, "chat_groups", unit=KIMLIEN, p=inst(D12)),
        F("khoảng 21.500 người", 21500, "chat_group_members", "approx", unit=KIMLIEN,
          p=inst(D12)),
        F("chạy 64 lượt xe loa", 64, "other", unit=KIMLIEN),
        F("Đội ngũ 19 cộng tác viên", 19, "opinion_collaborators", unit=KIMLIEN,
          p=end_of(P12)),
        F("đã gửi 23 báo cáo", 23, "opinion_reports", unit=KIMLIEN),
        F("tổ chức 2 hội nghị cấp phường", 2, "study_sessions", unit=VMQTG),
        F("34 lớp ở các chi bộ", 34, "study_sessions", unit=VMQTG),
        F("với 3.702 lượt cán bộ, đảng viên", 3702, "study_attendance", a="party_members",
          unit=VMQTG),
        F("(đạt 97,35%)", 97.35, "study_participation_rate", unit=VMQTG),
        F("tổ chức 12 buổi nói chuyện chuyên đề", 12, "oral_propaganda_sessions",
          unit=VMQTG),
        F("khoảng 1.900 lượt đoàn viên", 1900, "propaganda_audience", "approx", a="masses",
          unit=VMQTG),
        F("nhận 486 tác phẩm", 486, "contest_entries", unit=VMQTG),
        F("biểu dương 7 tập thể", 7, "commended_collectives", unit=VMQTG),
        F("7 tập thể, 16 cá nhân", 16, "commended_individuals", unit=VMQTG),
    ], traps=[("ngày 12 tháng 1 năm 2026", 12), ("Quý IV năm 2025", 4),
              ("nhiệm kỳ 2025 – 2030", 2025), ("126 xã, phường", 126),
              ("trước ngày 31/12", 31), ("73 tổ dân phố", 73), ("gần 82 nghìn cư dân", 82000),
              ("hơn 2 triệu lượt khách", 2000000), ("10 tác phẩm xuất sắc nhất", 10),
              ("tổ dân phố số 9", 9), ("3 thế hệ", 3), ("Năm 2026", 2026),
              ("100% chi bộ", 100), ("45 ngày", 45)]),
]
