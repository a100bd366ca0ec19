"""Session 8: the language behind holdout8's misses (a web page's "updated on" dateline, a
headline's period whose year the next sentence states when no document date is found, a unit's
name after a bullet as a section heading, a headline ending in a plan word, a concession's
quarter near the top, people who did not take part, the members an organisation has, the areas
of an election, the parts of a printed item, "số <noun> hiện nay N người", issues of a
programme, contestants, a list line's second label, a day and month before a conjunction).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from extraction_helpers import facts, headed

from orchestration.extraction import Extractor

HEAD = "Ngày 12/1/2023\n\nQuận Gò Vấp tổng kết công tác tuyên giáo năm 2022\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) document date and periods ---------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Cập nhật ngày 15-03-2022", "2022-03-15"),
        ("Cập nhật 21/06/2024 17:40", "2024-06-21"),
        ("Đăng lúc 07:05, 02/09/2021", "2021-09-02"),
    ],
)
def test_an_updated_on_line_is_the_dateline(ex: Extractor, line: str, iso: str) -> None:
    text = f"{line}\n\nQuận 4 sơ kết công tác tuyên giáo\n\nQuận ủy tổ chức 4 hội nghị học tập nghị quyết."
    res = ex.extract(text, doc_id="t")
    assert res.doc_date is not None and res.doc_date.isoformat() == iso
    assert res.doc_date_source == "text"


def test_a_headlines_period_takes_the_year_the_next_sentence_states(ex: Extractor) -> None:
    # no dateline, no sidecar: the year written in the text still dates the figures
    text = (
        "Khép lại quý II, tuyên giáo hướng về ấp\n\n"
        "Quý II năm 2021, công tác tuyên giáo ở huyện Bình Chánh tiếp tục hướng về ấp.\n\n"
        "Huyện ủy tổ chức 6 hội nghị học tập nghị quyết cho 1.420 cán bộ, đảng viên."
    )
    got = [(f[0], f[1], f[2], f[4]) for f in facts(ex, text)]
    assert got == [
        ("Huyện Bình Chánh", "2021-04-01", "2021-06-30", 6.0),
        ("Huyện Bình Chánh", "2021-04-01", "2021-06-30", 1420.0),
    ]


def test_a_headline_ending_in_a_plan_word_names_no_period(ex: Extractor) -> None:
    text = (
        "Ngày 9/1/2022\n\nGò Vấp – Phú Nhuận: hai cách làm, một mục tiêu\n\n"
        "Năm 2021, Quận ủy Gò Vấp tổ chức 8 hội nghị học tập nghị quyết cho 2.300 cán bộ, đảng viên."
    )
    got = [(f[1], f[2], f[4]) for f in facts(ex, text)]
    assert got == [("2021-01-01", "2021-12-31", 8.0), ("2021-01-01", "2021-12-31", 2300.0)]


def test_a_concessions_quarter_is_no_period_of_the_article(ex: Extractor) -> None:
    text = (
        "Ngày 10/1/2019\n\nHuyện Củ Chi: bền bỉ ở ấp, xã\n\n"
        "Mặc dù quý I chỉ mở được 2 lớp do trùng lịch Tết, cả năm 2018 huyện vẫn mở 11 lớp bồi "
        "dưỡng lý luận chính trị.\n\nHuyện ủy tổ chức 40 buổi tuyên truyền miệng tại các ấp."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("2018-01-01", "2018-03-31", "training_classes", 2.0),
        ("2018-01-01", "2018-12-31", "training_classes", 11.0),
        ("2018-01-01", "2018-12-31", "oral_propaganda_sessions", 40.0),
    ]


# ---- (2) sections ------------------------------------------------------------------------------
def test_a_unit_after_a_bullet_heads_its_section(ex: Extractor) -> None:
    text = (
        "Ngày 5/10/2023\n\nHai quận trung tâm sơ kết quý III\n\n"
        "Quý III năm 2023, Quận 4 và Quận 8 đẩy mạnh học tập nghị quyết.\n\n"
        "* Quận 4\n\nCác chi bộ tổ chức 3 hội nghị học tập nghị quyết.\n\n"
        "▪ Quận 8 – gần dân ở các khu nhà trọ\n\nCác chi bộ tổ chức 5 hội nghị học tập nghị quyết."
    )
    got = [(f[0], f[1], f[4]) for f in facts(ex, text)]
    assert got == [("Quận 4", "2023-07-01", 3.0), ("Quận 8", "2023-07-01", 5.0)]


# ---- (3) who took part --------------------------------------------------------------------------
def test_people_who_did_not_take_part_are_other(ex: Extractor) -> None:
    body = (
        "Quận ủy tổ chức 4 hội nghị quán triệt nghị quyết cho 2.980 đảng viên. Còn 58 đảng viên "
        "chưa tham gia vì đi công tác xa."
    )
    assert _iv(ex, body) == [("study_sessions", 4.0), ("study_attendance", 2980.0), ("other", 58.0)]


def test_a_label_of_those_who_did_not_take_part_is_other(ex: Extractor) -> None:
    body = (
        "Tính chung, có 2.940/3.010 cán bộ, đảng viên tham gia học tập nghị quyết. Số đảng viên "
        "chưa tham gia: 70 người, phần lớn là đảng viên cao tuổi."
    )
    assert _iv(ex, body) == [("study_attendance", 2940.0), ("other", 70.0)]


# ---- (4) not results -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Đảng bộ quận có gần 9.000 đảng viên sinh hoạt tại 160 chi bộ.",
        "Hội Cựu chiến binh quận hiện có 640 hội viên.",
        "Quận Đoàn có hơn 3.200 đoàn viên.",
    ],
)
def test_the_members_an_organisation_has_are_no_result(ex: Extractor, sentence: str) -> None:
    assert [iv for iv in _iv(ex, sentence) if iv[1] in (9000.0, 640.0, 3200.0)] == []


def test_members_who_attend_stay_counted(ex: Extractor) -> None:
    body = "Hội Phụ nữ quận tổ chức 12 buổi nói chuyện chuyên đề cho 1.500 hội viên."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 12.0), ("propaganda_audience", 1500.0)]


def test_the_areas_of_an_election_are_no_result(ex: Extractor) -> None:
    body = "Quận chia địa bàn thành 52 khu vực bỏ phiếu, bố trí 52 điểm bỏ phiếu; Quận ủy tổ chức 7 hội nghị học tập nghị quyết."
    assert _iv(ex, body) == [("study_sessions", 7.0)]


@pytest.mark.parametrize(
    "sentence",
    ["Tài liệu hỏi đáp dày 32 trang, chia làm 4 phần.", "Cuốn sổ tay tuyên truyền gồm 6 chương."],
)
def test_the_parts_of_a_printed_item_are_no_count(ex: Extractor, sentence: str) -> None:
    assert _iv(ex, sentence) == []


def test_a_day_and_month_before_a_conjunction_is_a_date(ex: Extractor) -> None:
    body = "Các phường treo băng rôn hướng tới Ngày hội văn hóa các dân tộc 19/4 và Ngày Sách Việt Nam."
    assert _iv(ex, body) == []


def test_a_fraction_before_a_counted_noun_stays_a_count(ex: Extractor) -> None:
    assert _iv(ex, "Hội nghị học tập nghị quyết có 930/962 đảng viên dự.") == [("study_attendance", 930.0)]


# ---- (5) what is counted -----------------------------------------------------------------------
def test_so_noun_hien_nay_n_nguoi_counts_the_noun(ex: Extractor) -> None:
    body = "Các tổ dân phố lập 240 nhóm Zalo; số thành viên hiện nay khoảng 31.000 người."
    got = [(f[1], f[2], f[3], f[4], f[5]) for f in _facts(ex, body)]
    assert got == [
        ("2022-12-31", "2022-12-31", "chat_groups", 240.0, "exact"),
        ("2023-01-12", "2023-01-12", "chat_group_members", 31000.0, "approx"),
    ]


def test_issues_of_a_programme_are_news_items(ex: Extractor) -> None:
    body = "Đài truyền thanh quận phát sóng 48 số chương trình “Gò Vấp ngày mới”."
    assert _iv(ex, body) == [("news_items", 48.0)]


def test_a_phone_number_count_is_no_issue(ex: Extractor) -> None:
    assert [
        iv for iv in _iv(ex, "Quận công khai 3 số điện thoại đường dây nóng.") if iv[0] == "news_items"
    ] == []


def test_contestants_are_contest_entries(ex: Extractor) -> None:
    body = "Quận ủy tổ chức Hội thi tuyên truyền viên giỏi với 36 thí sinh."
    assert _iv(ex, body) == [("contest_entries", 36.0)]


def test_a_list_lines_second_label_is_read_with_its_first_item(ex: Extractor) -> None:
    body = (
        "Kết quả năm 2022 của quận:\n- Hội nghị quán triệt nghị quyết: 05; lượt cán bộ, đảng viên dự: 1.240"
    )
    got = [(f[3], f[4], f[6]) for f in _facts(ex, body)]
    assert got == [("study_sessions", 5.0, "all"), ("study_attendance", 1240.0, "party_members")]
