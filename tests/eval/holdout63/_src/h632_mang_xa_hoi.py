"""Holdout63, part 2: websites, fanpages, Zalo groups and their audience in Ho Chi Minh City:
Quận Phú Nhuận (6 months of 2023), TP Thủ Đức (2022, an administrative report with a table by
year) and Đặc khu Côn Đảo (an interview, from 1 July 2025). Written from docs/LABELING.md only,
without reading the extractor or any other evaluation set.

Decisions where the guide leaves room:
- "100% tổ dân phố đã lập nhóm Zalo" is a share of the places a unit has, not of people the work
  reached: a trap. So is "Tỷ lệ thành viên thường xuyên tương tác ... ước khoảng 35%" (a measured
  share, like a survey's) and "5 phường chưa có Zalo OA" (what places lack).
- A table whose columns are years ("Chỉ tiêu | Năm 2021 | Năm 2022 | Tăng, giảm"): the stock rows
  (websites, fanpages, groups, members) are instants at the end of their column's year, also
  2022-12-31 though the report is dated 2022-12-20 (the guide: a stock with a period and no
  marker is an instant at that period's end); the flow row is the column's year; the "Tăng,
  giảm" column is a comparison (traps).
- A Zalo OA account ("1 tài khoản Zalo OA") is a social page (`social_pages`), counted apart
  from the fanpages listed with it.
- Group administrators trained in a "lớp tập huấn" are `trainees`; removed posts ("gỡ bỏ 38 bài
  đăng sai sự thật") and residents' complaints forwarded ("tiếp nhận 176 ý kiến phản ánh") are
  `other`.
- In the interview the speaker label "Đồng chí Phó Bí thư Thường trực:" names the official
  introduced before, so the answers speak for the special zone; the fisherman's words in single
  quotes are an anecdote. "Đoàn Thanh niên đặc khu" is a body of the special zone (its posts are
  the zone's news items); "Từ tháng 7 đến nay" in the answer is 2025-07-01 to the document date. "Bốn tháng qua" is the article's span (from 2025-07-01, "Từ khi vận
  hành chính quyền địa phương hai cấp", to the document date); the collaborators "Chúng tôi có
  đội ngũ 19 ..." with no marker are an instant at that span's end (the document date).
- "Hội thi ... với 96 tác phẩm dự thi" are contest entries; the prizes are traps.
"""
import re

from build_gold import Doc, F, U, W, end_of, h1, since, year


def heads(text: str) -> list[tuple[str, float]]:
    """Traps for the numbers of numbered headings and numbered plan lines ("1. Công tác ...")."""
    return [(m.group(0), int(m.group(1))) for m in re.finditer(r"(?m)^(\d+)\. \S+", text)]

PN = U("Quận Phú Nhuận")
TD = U("Thành phố Thủ Đức")
CD = W("Đặc khu Côn Đảo", "79")

T04 = """
Thứ Sáu, ngày 14 tháng 7 năm 2023

Phú Nhuận: Đưa thông tin chính thống đến từng tổ dân phố qua Zalo

(Thanhuytphcm.vn) - Ngày 13/7, Ban Tuyên giáo Quận ủy Phú Nhuận tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2023, đồng thời đánh giá 2 năm thực hiện Kế hoạch số 47-KH/QU của Ban Thường vụ Quận ủy về tuyên truyền trên không gian mạng.

Theo báo cáo, đến nay quận đã hình thành mạng lưới thông tin gồm cổng thông tin điện tử của quận, 15 trang thông tin của các phường và 24 fanpage của các cơ quan, đoàn thể. Sáu tháng đầu năm, các trang này đăng tải 4.385 tin, bài, video clip. Riêng fanpage “Phú Nhuận ngày mới” của Ban Tuyên giáo Quận ủy đăng 612 bài, thu hút khoảng 1,2 triệu lượt xem và hiện có gần 41.000 người theo dõi.

Ở cơ sở, 100% tổ dân phố đã lập nhóm Zalo; toàn quận hiện duy trì 452 nhóm với trên 31.000 thành viên, tăng 87 nhóm so với cuối năm 2022. Mỗi nhóm có ít nhất một đảng viên làm quản trị viên. Trong 6 tháng, quận mở 3 lớp tập huấn kỹ năng quản trị nhóm, nhận diện và xử lý thông tin xấu độc cho 286 quản trị viên.

“Chúng tôi không chạy theo số lượng nhóm. Có nhóm chỉ vài chục hộ nhưng quản trị viên nắm rõ từng nhà thì thông tin đi rất nhanh. Sáu tháng qua, Ban đã phối hợp các phường gỡ bỏ 38 bài đăng sai sự thật trong các nhóm và tiếp nhận 176 ý kiến phản ánh của người dân để chuyển cơ quan chức năng giải quyết”, đồng chí Nguyễn Thị Hồng Nhung, Trưởng ban Tuyên giáo Quận ủy Phú Nhuận cho biết.

Cũng từ các nhóm Zalo, đội ngũ 58 cộng tác viên dư luận xã hội của quận đã gửi 64 báo cáo, nhiều báo cáo phản ánh ý kiến của người dân về dự án chống ngập trên đường Nguyễn Kiệm và việc sắp xếp lại chợ tạm.

Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 6 tập thể, 14 cá nhân có thành tích trong thực hiện Kế hoạch 47-KH/QU.

Trong 6 tháng cuối năm, quận sẽ ra mắt kênh TikTok “Phú Nhuận ngày mới”, phấn đấu nâng số người theo dõi fanpage lên 50.000 và tổ chức thêm 2 lớp tập huấn cho quản trị viên các nhóm Zalo mới thành lập.
"""

T05 = """
THÀNH ỦY THỦ ĐỨC                     ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
*
Số 315-BC/BTGTU                 Thủ Đức, ngày 20 tháng 12 năm 2022

BÁO CÁO
Kết quả công tác tuyên truyền trên không gian mạng năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Xây dựng hệ thống trang, nhóm
Thực hiện Kế hoạch số 72-KH/TU của Ban Thường vụ Thành ủy Thủ Đức, trong năm, Ban Tuyên giáo Thành ủy Thủ Đức tham mưu ban hành 8 văn bản chỉ đạo, hướng dẫn; hoàn thiện Quy chế quản lý, vận hành các trang thông tin điện tử, trang mạng xã hội chính danh của 34 phường.

Kết quả cụ thể như sau:

Chỉ tiêu | Năm 2021 | Năm 2022 | Tăng, giảm
Trang thông tin điện tử | 35 | 37 | +2
Fanpage chính danh | 41 | 58 | +17
Nhóm Zalo khu phố | 1.368 | 1.622 | +254
Thành viên nhóm Zalo | 172.500 | 231.400 | +58.900
Tin, bài, video đăng tải | 9.842 | 11.265 | +1.423

2. Hiệu quả lan tỏa
Fanpage “Thành phố Thủ Đức” hiện có gần 215.000 người theo dõi; Zalo OA “Thủ Đức trực tuyến” có 48.300 người quan tâm. Các sản phẩm tuyên truyền trên các nền tảng có lượt tiếp cận ước đạt 9,6 triệu. Chuyên mục video “Thủ Đức – những chuyển động mới” phát hành 52 kỳ, mỗi kỳ dài khoảng 3 phút, được nhiều trang báo chia sẻ lại.

3. Đào tạo, bồi dưỡng đội ngũ
Trong năm, Ban Tuyên giáo Thành ủy Thủ Đức tổ chức 4 lớp tập huấn kỹ năng viết tin, bài, quản trị fanpage cho 412 học viên là cán bộ, công chức, đoàn viên các phường; phát động Hội thi “Sáng tạo video tuyên truyền” với 96 tác phẩm dự thi, trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba.

4. Công tác khen thưởng
Ban Thường vụ Thành ủy Thủ Đức tặng giấy khen cho 10 tập thể và 21 cá nhân có thành tích xuất sắc trong tuyên truyền trên không gian mạng năm 2022.

II. HẠN CHẾ
Một số fanpage phường còn ít tương tác, nội dung chưa phong phú; 5 phường chưa có Zalo OA. Tỷ lệ thành viên thường xuyên tương tác trong các nhóm Zalo ước khoảng 35%.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
1. Phấn đấu 100% phường có Zalo OA; nâng tổng số người theo dõi các fanpage lên 300.000.
2. Tổ chức 6 lớp tập huấn kỹ năng số cho 600 cán bộ khu phố.
3. Sơ kết 3 năm thực hiện Kế hoạch số 72-KH/TU vào quý III/2023.

Nơi nhận:
- Ban Tuyên giáo Thành ủy TP.HCM;
- Thường trực Thành ủy Thủ Đức;
- Lưu.
"""

T06 = """
Côn Đảo: Nhóm Zalo nối đặc khu với đất liền

Cập nhật 21/11/2025 07:40

Từ khi vận hành chính quyền địa phương hai cấp, việc đưa thông tin chính thống đến cán bộ, nhân dân, ngư dân và du khách tại Đặc khu Côn Đảo có nhiều đổi mới. Phóng viên đã trao đổi với đồng chí Trần Minh Tâm, Phó Bí thư Thường trực Đảng ủy đặc khu, về cách làm này.

PV: Thưa đồng chí, hệ thống thông tin cơ sở của đặc khu được tổ chức như thế nào?

Đồng chí Phó Bí thư Thường trực: “Từ ngày 1/7/2025 đến nay, Ban Thường vụ Đảng ủy đặc khu đã ban hành 14 văn bản về công tác tư tưởng, trong đó có quy chế quản lý các trang, nhóm mạng xã hội. Đặc khu hiện có một trang thông tin điện tử, hai fanpage và 1 tài khoản Zalo OA với khoảng 6.200 người quan tâm. Ở 10 khu dân cư, chúng tôi duy trì 58 nhóm Zalo, số thành viên hiện nay khoảng 7.400 người; gần như hộ nào trên đảo cũng có người tham gia.”

PV: Công tác nắm bắt dư luận ở một địa bàn đặc thù như Côn Đảo có gì khác?

Đồng chí Phó Bí thư Thường trực: “Chúng tôi có đội ngũ 19 cộng tác viên dư luận xã hội, phần lớn là bí thư chi bộ, trưởng khu dân cư, cán bộ đồn biên phòng và hướng dẫn viên du lịch. Bốn tháng qua, anh em gửi về Ban Xây dựng Đảng 23 báo cáo định kỳ và 6 báo cáo đột xuất, nhất là những đợt tàu cao tốc tạm dừng vì biển động. Có ngư dân nói với tôi: ‘Mùa gió chướng, tàu nằm bờ 12 ngày, bà con chỉ mong biết khi nào có chuyến hàng ra đảo’. Những tâm tư như vậy được phản ánh ngay lên cấp trên.”

PV: Việc học tập và làm theo Bác gắn với “địa chỉ đỏ” Côn Đảo được triển khai ra sao?

Đồng chí Phó Bí thư Thường trực: “Côn Đảo có Khu di tích quốc gia đặc biệt, cán bộ, đảng viên ở đây ai cũng phải hiểu lịch sử để kể lại cho du khách. Từ tháng 7 đến nay, các chi bộ tổ chức 64 buổi sinh hoạt chuyên đề ngay tại Nghĩa trang Hàng Dương và các di tích nhà tù; Đoàn Thanh niên đặc khu đăng 312 tin, bài, video giới thiệu lịch sử, gương chiến sĩ cách mạng trên fanpage của đặc khu. Nhiều bạn trẻ kể rằng, đứng trước những phòng giam chật hẹp mới hiểu vì sao phải sống cho xứng đáng.”

PV: Còn tuyên truyền miệng thì sao, thưa đồng chí?

Đồng chí Phó Bí thư Thường trực: “Sau Đại hội đại biểu Đảng bộ đặc khu lần thứ I, nhiệm kỳ 2025 – 2030, chúng tôi tổ chức 27 buổi tuyên truyền miệng tại khu dân cư, cảng Bến Đầm và ngay trên các tàu cá, với khoảng 1.900 lượt người nghe. Đặc khu cũng mở 2 lớp bồi dưỡng nghiệp vụ cho 74 cán bộ làm công tác thông tin cơ sở và tặng giấy khen cho 3 tập thể, 8 cá nhân làm tốt công tác tuyên truyền trong đợt cao điểm phục vụ Đại hội.

“Thời gian tới, đặc khu sẽ phối hợp Đài Phát thanh – Truyền hình Thành phố xây dựng chuyên mục riêng về Côn Đảo và phấn đấu đến năm 2026 mỗi khu dân cư có ít nhất 2 tuyên truyền viên nòng cốt.”
"""

D04, D05, D06 = "2023-07-14", "2022-12-20", "2025-11-21"
NOW4, NOW5, NOW6 = (D04, D04), (D05, D05), (D06, D06)
Y21, Y22 = end_of(year(2021)), end_of(year(2022))
CD_SPAN = since("2025-07-01", D06)

DOCS = [
    Doc("syn_h63_04_phunhuan_2023", T04, PN, h1(2023), D04, "text", facts=[
        F("15 trang thông tin của các phường", 15, "websites", p=NOW4),
        F("24 fanpage", 24, "social_pages", p=NOW4),
        F("đăng tải 4.385 tin, bài", 4385, "news_items"),
        F("đăng 612 bài", 612, "news_items"),
        F("khoảng 1,2 triệu lượt xem", 1200000, "propaganda_audience", "approx"),
        F("gần 41.000 người theo dõi", 41000, "propaganda_audience", "at_most", p=NOW4),
        F("duy trì 452 nhóm", 452, "chat_groups", p=NOW4),
        F("trên 31.000 thành viên", 31000, "chat_group_members", "at_least", p=NOW4),
        F("mở 3 lớp tập huấn", 3, "training_classes"),
        F("cho 286 quản trị viên", 286, "trainees"),
        F("gỡ bỏ 38 bài đăng", 38, "other"),
        F("tiếp nhận 176 ý kiến phản ánh", 176, "other"),
        F("đội ngũ 58 cộng tác viên", 58, "opinion_collaborators", p=end_of(h1(2023))),
        F("đã gửi 64 báo cáo", 64, "opinion_reports"),
        F("giấy khen cho 6 tập thể", 6, "commended_collectives"),
        F("14 cá nhân", 14, "commended_individuals"),
    ], traps=[("ngày 14 tháng 7 năm 2023", 14), ("Ngày 13/7", 13),
              ("6 tháng đầu năm 2023", 6), ("2 năm", 2), ("Kế hoạch số 47-KH/QU", 47),
              ("100% tổ dân phố", 100), ("tăng 87 nhóm", 87), ("cuối năm 2022", 2022),
              ("Kế hoạch 47-KH/QU", 47), ("6 tháng cuối năm", 6), ("lên 50.000", 50000),
              ("thêm 2 lớp tập huấn", 2)]),
    Doc("syn_h63_05_thuduc_2022", T05, TD, year(2022), D05, "text", facts=[
        F("ban hành 8 văn bản", 8, "documents_issued"),
        F("Trang thông tin điện tử | 35", 35, "websites", p=Y21),
        F("35 | 37", 37, "websites", p=Y22),
        F("Fanpage chính danh | 41", 41, "social_pages", p=Y21),
        F("41 | 58", 58, "social_pages", p=Y22),
        F("Nhóm Zalo khu phố | 1.368", 1368, "chat_groups", p=Y21),
        F("1.368 | 1.622", 1622, "chat_groups", p=Y22),
        F("Thành viên nhóm Zalo | 172.500", 172500, "chat_group_members", p=Y21),
        F("172.500 | 231.400", 231400, "chat_group_members", p=Y22),
        F("Tin, bài, video đăng tải | 9.842", 9842, "news_items", p=year(2021)),
        F("9.842 | 11.265", 11265, "news_items"),
        F("gần 215.000 người theo dõi", 215000, "propaganda_audience", "at_most", p=NOW5),
        F("có 48.300 người quan tâm", 48300, "propaganda_audience", p=NOW5),
        F("lượt tiếp cận ước đạt 9,6 triệu", 9600000, "propaganda_audience", "approx"),
        F("phát hành 52 kỳ", 52, "news_items"),
        F("tổ chức 4 lớp tập huấn", 4, "training_classes"),
        F("cho 412 học viên", 412, "trainees"),
        F("với 96 tác phẩm dự thi", 96, "contest_entries"),
        F("giấy khen cho 10 tập thể", 10, "commended_collectives"),
        F("21 cá nhân", 21, "commended_individuals"),
    ], traps=[("Số 315-BC/BTGTU", 315), ("ngày 20 tháng 12 năm 2022", 20),
              ("Kế hoạch số 72-KH/TU", 72), ("của 34 phường", 34), ("| +2", 2),
              ("| +17", 17), ("| +254", 254), ("| +58.900", 58900), ("| +1.423", 1423),
              ("khoảng 3 phút", 3), ("1 giải Nhất", 1), ("2 giải Nhì", 2), ("3 giải Ba", 3),
              ("5 phường chưa có Zalo OA", 5), ("ước khoảng 35%", 35),
              ("100% phường", 100), ("lên 300.000", 300000), ("6 lớp tập huấn", 6),
              ("600 cán bộ khu phố", 600), ("3 năm", 3), ("quý III/2023", 2023)] + heads(T05)),
    Doc("syn_h63_06_condao_2025", T06, CD, CD_SPAN, D06, "text", facts=[
        F("ban hành 14 văn bản", 14, "documents_issued"),
        F("hiện có một trang thông tin điện tử", 1, "websites", p=NOW6),
        F("hai fanpage", 2, "social_pages", p=NOW6),
        F("1 tài khoản Zalo OA", 1, "social_pages", p=NOW6),
        F("khoảng 6.200 người quan tâm", 6200, "propaganda_audience", "approx", p=NOW6),
        F("duy trì 58 nhóm Zalo", 58, "chat_groups", p=NOW6),
        F("số thành viên hiện nay khoảng 7.400 người", 7400, "chat_group_members", "approx",
          p=NOW6),
        F("đội ngũ 19 cộng tác viên", 19, "opinion_collaborators", p=NOW6),
        F("23 báo cáo định kỳ", 23, "opinion_reports"),
        F("6 báo cáo đột xuất", 6, "opinion_reports"),
        F("tổ chức 64 buổi sinh hoạt chuyên đề", 64, "party_cell_discussions"),
        F("đăng 312 tin, bài, video", 312, "news_items"),
        F("tổ chức 27 buổi tuyên truyền miệng", 27, "oral_propaganda_sessions"),
        F("khoảng 1.900 lượt người nghe", 1900, "propaganda_audience", "approx"),
        F("mở 2 lớp bồi dưỡng nghiệp vụ", 2, "training_classes"),
        F("cho 74 cán bộ", 74, "trainees"),
        F("giấy khen cho 3 tập thể", 3, "commended_collectives"),
        F("8 cá nhân", 8, "commended_individuals"),
    ], traps=[("Cập nhật 21/11/2025 07:40", 21), ("chính quyền địa phương hai cấp", 2),
              ("Từ ngày 1/7/2025", 1), ("Ở 10 khu dân cư", 10), ("nằm bờ 12 ngày", 12),
              ("nhiệm kỳ 2025 – 2030", 2025), ("năm 2026", 2026),
              ("ít nhất 2 tuyên truyền viên", 2),
              ("Từ tháng 7 đến nay", 7)]),
]
