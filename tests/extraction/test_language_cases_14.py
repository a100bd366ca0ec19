"""Session 12: the language behind holdout13's misses (a social page's post stamp "02 tháng 10,
2020 lúc 20:15" as the dateline, a sapo written in capitals, a speech of several paragraphs each
opening with “, a city's theme of the year named without quotes, "số người theo dõi ... hiện nay
khoảng N", "; tỷ lệ: N%" after an attendance on a list line, "dự học" in a table row's label, a
list label naming its things and then their purpose, an age of some people after a comma;
traps: the voters of a place, "tăng N lần", who made up a count just given ("trong đó ... chiếm
N%"), the value of a contest's prizes, groups of wards, finalists on a list line, awards
proposed after their receivers, "kế hoạch ... sẽ" after the number, the people an institution
has, apartment towers, "N giải khác").

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from datetime import date

from extraction_helpers import facts, headed, values

from orchestration.extraction import Extractor
from orchestration.extraction.periods import dateline_date

HEAD = "Ngày 6/7/2022\n\nQuận Long Biên sơ kết công tác tuyên giáo 6 tháng đầu năm 2022\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a social page's post stamp ----------------------------------------------------------
def test_a_social_pages_post_stamp_dates_the_report_and_is_no_month() -> None:
    assert dateline_date("Tuổi trẻ Long Biên\n15 tháng 1, 2022 lúc 08:40\n\nNhìn lại năm 2021") == date(
        2022, 1, 15
    )
    assert dateline_date("Trang tin Ban Tuyên giáo\n3 tháng 4, 2023\n") == date(2023, 4, 3)


def test_a_post_stamp_leaves_the_posts_own_period(ex: Extractor) -> None:
    text = (
        "Tuyên giáo Long Biên\n15 tháng 1, 2022 lúc 08:40\n\n[NĂM 2021] NHỮNG CON SỐ ẤN TƯỢNG\n\n"
        "Năm 2021, Ban Tuyên giáo Quận ủy Long Biên xin điểm lại:\n"
        "- 39 hội nghị học tập, quán triệt nghị quyết.\n"
    )
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("2021-01-01", "2021-12-31", "study_sessions", 39.0)]


# ---- (2) a sapo in capitals --------------------------------------------------------------------
def test_a_sapo_in_capitals_reads_like_any_sentence(ex: Extractor) -> None:
    body = "(TTO) - QUẬN ỦY ĐÃ PHỐI HỢP MỞ 14 LỚP BỒI DƯỠNG NGHIỆP VỤ CHO 930 HỌC VIÊN."
    assert _iv(ex, body) == [("training_classes", 14.0), ("trainees", 930.0)]
    # a capitalised name before a number in ordinary text stays a name
    assert values(ex, HEAD + "Đoàn đến thăm Bệnh viện Đa khoa Đức Giang và Trường Tiểu học Ái Mộ 2.") == []


# ---- (3) a speech of several paragraphs --------------------------------------------------------
def test_a_speech_over_several_paragraphs_is_the_officials_throughout(ex: Extractor) -> None:
    body = (
        "Tại hội nghị, đồng chí Trưởng ban Tuyên giáo Quận ủy trình bày báo cáo. Sau đây là trích "
        "phát biểu của đồng chí Trần Văn Hưng, Trưởng ban Tuyên giáo Quận ủy.\n\n"
        "“Kính thưa các đồng chí, sáu tháng qua, Ban đã tham mưu tổ chức 17 hội nghị học tập nghị quyết.\n\n"
        "“Các chi bộ đã tổ chức 204 buổi sinh hoạt chuyên đề. Một bác bí thư chi bộ nói với tôi: "
        "‘Chi bộ tôi 5 đảng viên, ai cũng phát biểu’.\n\n"
        "“Ban Thường vụ đã khen thưởng 6 tập thể.”"
    )
    assert _iv(ex, body) == [
        ("study_sessions", 17.0),
        ("party_cell_discussions", 204.0),
        ("commended_collectives", 6.0),
    ]


def test_a_residents_speech_over_several_paragraphs_stays_an_anecdote(ex: Extractor) -> None:
    body = (
        "Bà Lê Thị Hoa, tổ trưởng tổ dân phố số 4, kể lại.\n\n"
        "“Tổ tôi họp 3 buổi liền mới xong.\n\n"
        "“Cả tổ có 60 hộ thì 58 hộ đến dự.”"
    )
    assert _iv(ex, body) == []


# ---- (4) a theme of the year without quotes ---------------------------------------------------
def test_a_citys_theme_of_the_year_without_quotes_is_no_period(ex: Extractor) -> None:
    body = "Đảng bộ quận tổ chức 3 đợt sinh hoạt chính trị về chủ đề năm 2022 của Thành phố."
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [("2022-01-01", "2022-06-30", "political_campaigns", 3.0)]


# ---- (5) followers named before the number ----------------------------------------------------
def test_followers_named_before_a_qualified_number_are_an_instant(ex: Extractor) -> None:
    body = "Trang đã đăng 640 tin, bài; số người theo dõi trang “Long Biên ngày mới” hiện nay gần 27 nghìn."
    got = [(f[1], f[2], f[3], f[4], f[5]) for f in _facts(ex, body)]
    assert got == [
        ("2022-01-01", "2022-06-30", "news_items", 640.0, "exact"),
        ("2022-07-06", "2022-07-06", "propaganda_audience", 27000.0, "at_most"),
    ]


# ---- (6) list lines and table rows -----------------------------------------------------------
def test_a_rate_label_after_an_attendance_on_its_line(ex: Extractor) -> None:
    text = (
        "ĐẢNG ỦY PHƯỜNG BỒ ĐỀ\nBAN TUYÊN GIÁO\n\nBồ Đề, ngày 04 tháng 11 năm 2025\n\n"
        "BÁO CÁO công tác tuyên giáo tháng 10/2025\n\n"
        "1. Học tập nghị quyết\n"
        "- Lượt đảng viên tham dự: 1.730; tỷ lệ: 93,6%\n"
    )
    got = [(f[3], f[4]) for f in facts(ex, text)]
    assert got == [("study_attendance", 1730.0), ("study_participation_rate", 93.6)]


def test_a_table_row_of_attendances_named_du_hoc(ex: Extractor) -> None:
    text = (
        "Hà Nội, 12/01/2026\n\nHai xã: 6 tháng cuối năm 2025\n\n"
        "Chỉ tiêu | Xã Sóc Sơn | Xã Đa Phúc\n"
        "Lượt cán bộ, đảng viên dự học | 2.480 | 1.925\n"
    )
    got = [(f[0], f[3], f[4], f[6]) for f in facts(ex, text)]
    assert got == [
        ("Xã Sóc Sơn", "study_attendance", 2480.0, "party_members"),
        ("Xã Đa Phúc", "study_attendance", 1925.0, "party_members"),
    ]


def test_a_list_label_naming_its_things_then_their_purpose(ex: Extractor) -> None:
    text = (
        "QUẬN ỦY LONG BIÊN\nBAN TUYÊN GIÁO\n\nLong Biên, ngày 02 tháng 9 năm 2022\n\n"
        "BÁO CÁO công tác tuyên giáo tháng 8/2022\n\n"
        "2. Công tác tuyên truyền\n"
        "- Pano, áp phích tuyên truyền kỷ niệm Cách mạng Tháng Tám 19/8: 145\n"
        "- Sổ tay hỏi đáp in và gửi tới các chi bộ khu dân cư: 3.600\n"
    )
    assert [(f[3], f[4]) for f in facts(ex, text)] == [("other", 145.0), ("other", 3600.0)]


# ---- (7) an age of some of the people, after a comma ------------------------------------------
def test_an_age_of_some_people_after_a_comma_leaves_the_count(ex: Extractor) -> None:
    body = "Cuộc thi viết thu hút 2.870 lượt người dự thi, có cụ trên 80 tuổi."
    assert _iv(ex, body) == [("contest_entries", 2870.0)]
    # an age group right after the people stays one
    assert _iv(ex, HEAD + "Có 1.200 hội viên từ 60 tuổi trở lên.", head="") == []


# ---- (8) traps ------------------------------------------------------------------------------------
def test_voters_of_a_place_and_times_something_rose_are_no_results(ex: Extractor) -> None:
    body = "Dư luận quan tâm việc quận có hơn 210 nghìn cử tri, cùng việc giá gas giảm 3 lần trong quý."
    assert values(ex, HEAD + body) == []
    # voters counted at the unit's activity ("lượt cử tri") stay an audience
    body = "Quận tổ chức 9 buổi tuyên truyền về bầu cử với 1.350 lượt cử tri tham dự."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 9.0), ("propaganda_audience", 1350.0)]
    # a rise compared with an earlier period is a change too, a count of times spoken of is not
    assert _iv(ex, "Báo cáo viên nói chuyện 4 lần tại khu dân cư.") == [("oral_propaganda_sessions", 4.0)]


def test_who_made_up_a_count_just_given_is_no_rate(ex: Extractor) -> None:
    body = "Cuộc thi có 5.120 lượt người dự thi, trong đó học sinh, sinh viên chiếm gần 45%."
    assert _iv(ex, body) == [("contest_entries", 5120.0)]


def test_the_value_of_a_contests_prizes_is_no_funding(ex: Extractor) -> None:
    body = "Ban Tổ chức trao 2 giải Nhất, 4 giải Nhì và 9 giải phụ; tổng giá trị giải thưởng 30 triệu đồng."
    assert values(ex, HEAD + body) == []
    # money the unit spent on its own work stays `other`
    assert _iv(ex, "Quận bố trí kinh phí tuyên truyền 120 triệu đồng.") == [("other", 120000000.0)]


def test_groups_of_wards_and_finalists_on_a_list_line_are_no_results(ex: Extractor) -> None:
    text = (
        "QUẬN ỦY LONG BIÊN\nBAN TUYÊN GIÁO\n\nLong Biên, ngày 20 tháng 4 năm 2022\n\n"
        "THÔNG BÁO kết quả Hội thi tuyên truyền viên giỏi tháng 4/2022\n\n"
        "Vòng loại chia theo 4 cụm phường. Kết quả như sau:\n"
        "- Số thí sinh dự thi: 71\n"
        "- Thí sinh vào chung kết: 12\n"
    )
    assert [(f[3], f[4]) for f in facts(ex, text)] == [("contest_entries", 71.0)]


def test_an_award_proposed_after_its_receivers_is_no_commendation(ex: Extractor) -> None:
    body = "Quận ủy khen thưởng 9 tập thể, 17 cá nhân; 2 tập thể được đề nghị Bộ tặng bằng khen."
    assert _iv(ex, body) == [("commended_collectives", 9.0), ("commended_individuals", 17.0)]


def test_what_a_plan_says_will_be_after_the_number(ex: Extractor) -> None:
    body = (
        "Các chi bộ đã tổ chức 310 buổi sinh hoạt chuyên đề. Theo kế hoạch, hết năm nay, 100% tổ dân "
        "phố sẽ có nhóm Zalo."
    )
    assert _iv(ex, body) == [("party_cell_discussions", 310.0)]


def test_the_people_an_institution_has_and_apartment_towers_are_no_results(ex: Extractor) -> None:
    body = (
        "Trên địa bàn có Trường Đại học Giao thông vận tải có khoảng 25 nghìn sinh viên; Khu đô thị Việt Hưng "
        "có 24 tòa chung cư. Quận tổ chức 8 buổi nói chuyện chuyên đề cho 1.600 sinh viên."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 8.0), ("propaganda_audience", 1600.0)]


def test_other_prizes_after_the_ranked_ones_are_prizes(ex: Extractor) -> None:
    body = "Cuộc thi thu hút 4.300 lượt người dự thi; Ban Tổ chức trao 1 giải Nhất và 25 giải khác."
    assert _iv(ex, body) == [("contest_entries", 4300.0)]
