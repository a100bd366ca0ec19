"""Third held-out set (holdout3), part 3: wards and communes after 2025-07-01 (HCMC and
Hanoi), with the city body (Ban Tuyên giáo và Dân vận Thành ủy) as the province. Written from
docs/LABELING.md, tests/eval/README.md and the seeds only, without reading the extractor and
without running it on these reports."""
from build_gold import Doc, F, U, W, end_of, inst, month, quarter, since

HCM = U("79")
TAYTHANH, MINHPHUNG, ANTHOIDONG = (W("Phường Tây Thạnh", "79"), W("Phường Minh Phụng", "79"),
                                   W("Xã An Thới Đông", "79"))
VIETHUNG, PHUCLOI, ODIEN = (W("Phường Việt Hưng", "01"), W("Phường Phúc Lợi", "01"),
                            W("Xã Ô Diên", "01"))
BINHHUNGHOA = W("Phường Bình Hưng Hòa", "79")
for _u in (TAYTHANH, MINHPHUNG, ANTHOIDONG, VIETHUNG, PHUCLOI, ODIEN, BINHHUNGHOA):
    assert _u.code is not None, _u  # every ward of this split is in org_units.csv

# ---------------------------------------------------------------------------------------------
T312 = """
Bộ máy tuyên giáo, dân vận cơ sở sau ba tháng vận hành

(Thanhuytphcm.vn) - Ngày 30/9/2025, Ban Tuyên giáo và Dân vận Thành ủy TP.HCM làm việc với Đảng ủy phường Tây Thạnh, phường Minh Phụng và xã An Thới Đông về kết quả công tác tuyên giáo, dân vận từ ngày 1/7 đến nay.

Sau sắp xếp, TP.HCM có 168 đơn vị hành chính cấp xã, trong đó nhiều phường có quy mô dân số tương đương một quận trước đây. Theo Ban Tuyên giáo và Dân vận Thành ủy, để hỗ trợ cơ sở, từ ngày 1/7 đến nay Ban đã tổ chức 4 lớp tập huấn nghiệp vụ với hơn 1.500 học viên là cán bộ làm công tác tuyên giáo, dân vận của các phường, xã, đặc khu.

Phường Tây Thạnh

Đảng ủy phường tổ chức 12 hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030 cho 2.310 lượt cán bộ, đảng viên. Phường đã kiện toàn đội ngũ 25 cộng tác viên dư luận xã hội, chủ yếu là bí thư chi bộ, trưởng khu phố và cán bộ hưu trí.

“Phường mới rộng gấp ba phường cũ, lại có khu công nghiệp Tân Bình với đông công nhân, cán bộ phải đi nhiều hơn, nghe nhiều hơn. Anh em gọi nhau là ‘tổ đi bộ’”, đồng chí Huỳnh Ngọc Trâm, Phó Bí thư Thường trực Đảng ủy phường Tây Thạnh cười nói.

Phường Minh Phụng

Khu vực có nhiều chung cư và gần 90 nghìn cư dân, trong đó đông bà con người Hoa. Từ khi vận hành bộ máy mới, phường tổ chức 19 buổi tuyên truyền miệng tại sảnh chung cư, hội quán, thu hút khoảng 2.400 lượt người dân. Tính đến ngày 25/9/2025, phường có 52 nhóm Zalo chung cư, khu phố với trên 17.000 thành viên.

XÃ AN THỚI ĐÔNG

Đảng ủy xã ban hành 06 văn bản hướng dẫn tuyên truyền về hoạt động của chính quyền địa phương hai cấp. Đài truyền thanh xã phát 148 tin, bài; cuộc thi tìm hiểu về quê hương An Thới Đông nhận được 312 bài dự thi của người dân và học sinh. Công trình cầu Cần Giờ với tổng mức đầu tư hơn 11.000 tỷ đồng đang được người dân trong xã đặc biệt quan tâm.

Phát biểu tại buổi làm việc, đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Thành ủy đề nghị các địa phương chuẩn bị tốt công tác tuyên truyền Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 - 2030 và Đại hội XIV của Đảng; trong quý IV, mỗi phường, xã phấn đấu có ít nhất 1 fanpage chính danh hoạt động thường xuyên.
"""
D312 = "2025-09-30"
P312 = since("2025-07-01", D312)

# ---------------------------------------------------------------------------------------------
T313 = """
Quý I năm 2026: Phường, xã Thủ đô tập trung học tập Nghị quyết Đại hội XIV của Đảng

(Hanoimoi) - Ngay sau khi Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành công tốt đẹp, Đảng ủy các phường Việt Hưng, Phúc Lợi và xã Ô Diên đã khẩn trương tổ chức học tập, quán triệt và tuyên truyền nghị quyết đến cán bộ, đảng viên và nhân dân trong quý I năm 2026.

Hà Nội hiện có 126 xã, phường. Sau hơn nửa năm vận hành chính quyền địa phương hai cấp, nhiều đảng ủy cơ sở đã chủ động hơn trong công tác tuyên giáo, không còn chờ cấp trên “cầm tay chỉ việc”.

Phường Việt Hưng: Học tập nghị quyết theo nhóm nhỏ

Đảng ủy phường tổ chức 9 hội nghị học tập, quán triệt Nghị quyết Đại hội XIV cho 3.418 lượt cán bộ, đảng viên và 1.260 lượt đoàn viên, hội viên. Tỷ lệ đảng viên dự học đạt 98,04%, cao nhất từ trước đến nay. Với những đảng viên cao tuổi không thể đến hội trường, chi bộ cử người đến tận nhà tóm tắt nội dung.

Phường Phúc Lợi: Báo cáo viên “cắm” khu dân cư

Đội ngũ báo cáo viên phường hiện có 21 đồng chí, được phân công phụ trách từng tổ dân phố. Phường phối hợp mở 2 lớp bồi dưỡng kết nạp đảng cho 64 học viên là đoàn viên ưu tú. Trang thông tin điện tử phường đăng 215 tin, bài; phường có 3 trang fanpage chính danh do cán bộ văn hóa quản trị.

“Tôi 67 tuổi rồi, nhưng tối nào cũng mở điện thoại xem trang của phường có tin gì mới”, ông Đỗ Văn Thắng, tổ dân phố 12, phường Phúc Lợi nói.

Xã Ô Diên: Tuyên truyền miệng là thế mạnh

Xã Ô Diên được thành lập trên cơ sở sáp nhập 5 xã của huyện Đan Phượng cũ. Trong quý, xã tổ chức 36 buổi tuyên truyền miệng tại nhà văn hóa thôn với khoảng 4.100 lượt người nghe. Xã có 17 cộng tác viên dư luận xã hội. Tháng 3/2026, Đoàn Thanh niên xã phát động cuộc thi “Tìm hiểu Nghị quyết Đại hội XIV qua ảnh”, thu hút 486 bài dự thi.

Trong quý II, các địa phương sẽ tiếp tục tổ chức học tập chương trình hành động của Thành ủy và phấn đấu 100% chi bộ hoàn thành việc xây dựng nghị quyết chuyên đề.
"""
D313 = "2026-04-10"  # sidecar only: the text carries no date
P313 = quarter(1, 2026)

# ---------------------------------------------------------------------------------------------
T314 = """
Phường Bình Hưng Hòa hoàn thành học tập Nghị quyết Đại hội XIV

(TPHCM) - Ngày 6/3/2026, Đảng ủy phường Bình Hưng Hòa cho biết, trong tháng 2/2026, phường đã hoàn thành việc học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.

Phường tổ chức 7 lớp học tập tập trung tại hội trường và các điểm sinh hoạt khu phố; có 2.146/2.190 đảng viên tham gia, đạt 98%. Đảng ủy phường ban hành 4 văn bản hướng dẫn các chi bộ xây dựng chương trình hành động. Song song, các khu phố tổ chức 31 buổi tuyên truyền miệng cho hơn 3.000 lượt người dân.

Bình Hưng Hòa hiện có khoảng 130 nghìn dân, nhiều người là công nhân các khu công nghiệp lân cận, đi làm theo ca. Vì vậy, bên cạnh lớp học ban ngày, phường bố trí thêm các buổi học vào buổi tối và ngày chủ nhật, mời báo cáo viên của Thành ủy về trao đổi những điểm mới của văn kiện. Tính đến ngày 28/2/2026, phường có 41 nhóm Zalo khu phố để thông tin nhanh đến người dân.

“Đảng viên ở khu trọ đi làm ca, có người phải học bù 2 lần mới đủ nội dung. Nhưng ai cũng muốn học, vì nghị quyết lần này nói nhiều đến chuyện phát triển kinh tế, chăm lo đời sống”, đồng chí Lâm Thị Kiều Oanh, Trưởng Ban Xây dựng Đảng phường nói.

Thời gian tới, phường sẽ mở 5 lớp giới thiệu nghị quyết cho quần chúng ưu tú và hội viên các đoàn thể.
"""
D314 = "2026-03-06"
P314 = month(2, 2026)


DOCS = [
    Doc("syn_312_wards_hcm_2025", T312, HCM, P312, D312, "text", facts=[
        F("tổ chức 4 lớp tập huấn nghiệp vụ", 4, "training_classes"),
        F("hơn 1.500 học viên", 1500, "trainees", "at_least"),
        F("tổ chức 12 hội nghị học tập", 12, "study_sessions", unit=TAYTHANH),
        F("2.310 lượt cán bộ, đảng viên", 2310, "study_attendance", a="party_members",
          unit=TAYTHANH),
        F("đội ngũ 25 cộng tác viên dư luận xã hội", 25, "opinion_collaborators",
          unit=TAYTHANH, p=end_of(P312)),
        F("19 buổi tuyên truyền miệng", 19, "oral_propaganda_sessions", unit=MINHPHUNG),
        F("khoảng 2.400 lượt người dân", 2400, "propaganda_audience", "approx", a="masses",
          unit=MINHPHUNG),
        F("có 52 nhóm Zalo", 52, "chat_groups", unit=MINHPHUNG, p=inst("2025-09-25")),
        F("trên 17.000 thành viên", 17000, "chat_group_members", "at_least", unit=MINHPHUNG,
          p=inst("2025-09-25")),
        F("ban hành 06 văn bản", 6, "documents_issued", unit=ANTHOIDONG),
        F("phát 148 tin, bài", 148, "news_items", unit=ANTHOIDONG),
        F("312 bài dự thi", 312, "contest_entries", unit=ANTHOIDONG),
    ], traps=[("sau ba tháng", 3), ("Ngày 30/9/2025", 30), ("từ ngày 1/7 đến nay", 1),
              ("168 đơn vị hành chính cấp xã", 168), ("lần thứ I", 1),
              ("nhiệm kỳ 2025 - 2030", 2025), ("gấp ba phường cũ", 3),
              ("gần 90 nghìn cư dân", 90000), ("Tính đến ngày 25/9/2025", 25),
              ("chính quyền địa phương hai cấp", 2), ("hơn 11.000 tỷ đồng", 11000000000000),
              ("Đại hội XIV", 14), ("quý IV", 4), ("ít nhất 1 fanpage", 1)]),

    Doc("syn_313_wards_hanoi_2026", T313, VIETHUNG, P313, D313, "sidecar",
        meta={"date": D313}, facts=[
        F("tổ chức 9 hội nghị học tập", 9, "study_sessions", unit=VIETHUNG),
        F("3.418 lượt cán bộ, đảng viên", 3418, "study_attendance", a="party_members",
          unit=VIETHUNG),
        F("1.260 lượt đoàn viên, hội viên", 1260, "study_attendance", a="masses",
          unit=VIETHUNG),
        F("đạt 98,04%", 98.04, "study_participation_rate", unit=VIETHUNG),
        F("hiện có 21 đồng chí", 21, "reporters", unit=PHUCLOI, p=inst(D313)),
        F("mở 2 lớp bồi dưỡng kết nạp đảng", 2, "training_classes", unit=PHUCLOI),
        F("64 học viên", 64, "trainees", unit=PHUCLOI),
        F("đăng 215 tin, bài", 215, "news_items", unit=PHUCLOI),
        F("có 3 trang fanpage", 3, "social_pages", unit=PHUCLOI, p=end_of(P313)),
        F("36 buổi tuyên truyền miệng", 36, "oral_propaganda_sessions", unit=ODIEN),
        F("khoảng 4.100 lượt người nghe", 4100, "propaganda_audience", "approx", unit=ODIEN),
        F("Xã có 17 cộng tác viên", 17, "opinion_collaborators", unit=ODIEN,
          p=end_of(P313)),
        F("486 bài dự thi", 486, "contest_entries", unit=ODIEN, p=month(3, 2026)),
    ], traps=[("Quý I năm 2026", 1), ("quý I năm 2026", 1), ("Đại hội XIV", 14),
              ("lần thứ XIV", 14), ("126 xã, phường", 126), ("chính quyền địa phương hai cấp", 2),
              ("67 tuổi", 67), ("tổ dân phố 12", 12), ("sáp nhập 5 xã", 5),
              ("Tháng 3/2026", 3), ("quý II", 2), ("100% chi bộ", 100)]),

    Doc("syn_314_binhhunghoa_2026", T314, BINHHUNGHOA, P314, D314, "text", facts=[
        F("tổ chức 7 lớp học tập", 7, "study_sessions"),
        F("2.146/2.190 đảng viên", 2146, "study_attendance", a="party_members"),
        F("đạt 98%", 98, "study_participation_rate"),
        F("ban hành 4 văn bản", 4, "documents_issued"),
        F("31 buổi tuyên truyền miệng", 31, "oral_propaganda_sessions"),
        F("hơn 3.000 lượt người dân", 3000, "propaganda_audience", "at_least", a="masses"),
        F("có 41 nhóm Zalo", 41, "chat_groups", p=inst("2026-02-28")),
    ], traps=[("Đại hội XIV", 14), ("Ngày 6/3/2026", 6), ("tháng 2/2026", 2),
              ("lần thứ XIV", 14), ("khoảng 130 nghìn dân", 130000),
              ("Tính đến ngày 28/2/2026", 28), ("học bù 2 lần", 2), ("sẽ mở 5 lớp", 5)]),
]
