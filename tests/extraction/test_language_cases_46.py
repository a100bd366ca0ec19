"""The language of holdout46 and holdout47 (session 14, fifth round): city summaries comparing
districts, text tables whose columns are quarters and their sum, averages per unit, a body's
charge, remainders, caps on meetings, coverage shares and tourists.

Sentences and tables of our own invention, written for each rule (docs/LABELING.md)."""

from __future__ import annotations

from extraction_helpers import facts, values

from orchestration.extraction import Extractor

HEAD = "Ngày 10/7/2023, Ban Tuyên giáo Quận ủy Quận 8 báo cáo kết quả công tác tuyên giáo 6 tháng đầu năm 2023.\n\n"
TAIL = "\n\nQuận tiếp tục đổi mới phương thức tuyên truyền.\n"


def _f(ex: Extractor, body: str) -> list[tuple]:
    """(unit, period_start, period_end, indicator, value) of each fact of HEAD + body."""
    return [(f[0], f[1], f[2], f[3], f[4]) for f in facts(ex, HEAD + body + TAIL)]


# --- a table whose columns are quarters, their sum "N tháng" and a comparison ---------------


def test_bare_months_column_is_the_first_months_of_the_year(ex: Extractor) -> None:
    # "6 tháng" after "Quý I | Quý II" heads the first six months: its cells are the half-year's
    body = "Chỉ tiêu | Quý I | Quý II | 6 tháng\nSố lớp học tập nghị quyết | 22 | 35 | 57"
    assert _f(ex, body) == [
        ("Quận 8", "2023-01-01", "2023-03-31", "study_sessions", 22.0),
        ("Quận 8", "2023-04-01", "2023-06-30", "study_sessions", 35.0),
        ("Quận 8", "2023-01-01", "2023-06-30", "study_sessions", 57.0),
    ]


def test_same_period_comparison_column_holds_changes(ex: Extractor) -> None:
    # "So cùng kỳ 2022" compares: "tăng 9 buổi" under it is a change, not a count; the other
    # columns keep their periods
    body = (
        "Nội dung | Quý I | Quý II | So cùng kỳ 2022\n"
        "Buổi nói chuyện chuyên đề | 61 | 58 | tăng 9 buổi\n"
        "Báo cáo dư luận xã hội | 6 | 7 | giảm 1 báo cáo"
    )
    got = _f(ex, body)
    assert [g[4] for g in got] == [61.0, 58.0, 6.0, 7.0]
    assert got[0][1:3] == ("2023-01-01", "2023-03-31")


# --- averages per unit ----------------------------------------------------------------------


def test_average_per_unit_named_in_several_words_with_verb(ex: Extractor) -> None:
    body = "Quận tổ chức 96 hội nghị học tập nghị quyết; bình quân mỗi đảng bộ phường tổ chức 6 hội nghị."
    assert values(ex, HEAD + body + TAIL) == [96.0]


def test_average_per_kinds_of_unit_listed_with_comma(ex: Extractor) -> None:
    body = "Toàn quận có 240 buổi nói chuyện chuyên đề. Bình quân mỗi phường, xã tổ chức khoảng 16 buổi."
    assert values(ex, HEAD + body + TAIL) == [240.0]


def test_average_per_long_named_person_with_verb(ex: Extractor) -> None:
    body = "Bình quân mỗi báo cáo viên cấp quận thực hiện 11 buổi nói chuyện trong 6 tháng."
    assert values(ex, HEAD + body + TAIL) == []


def test_count_after_an_average_stays_a_fact(ex: Extractor) -> None:
    # (a guard of the rule above, passing without it) the figure after the comma closing the
    # average is the count of the sentence
    body = "Phường 4 tổ chức 180 buổi, bình quân mỗi khu phố 15 buổi, với 7.300 lượt người nghe."
    assert 7300.0 in values(ex, HEAD + body + TAIL)


def test_range_per_item_after_each(ex: Extractor) -> None:
    # "mỗi X có từ A đến B": the size of each item, no count
    body = "Quận tổ chức 5 hội nghị báo cáo viên, mỗi hội nghị có từ 200 đến 260 đại biểu dự."
    assert values(ex, HEAD + body + TAIL) == [5.0]


# --- what a body oversees, the rest, caps, coverage, tourists --------------------------------


def test_units_a_body_oversees_are_no_count(ex: Extractor) -> None:
    body = "Ngoài việc ra 18 bản tin, Ban còn phải theo dõi 47 chi bộ và 12 tổ dân phố."
    assert values(ex, HEAD + body + TAIL) == [18.0]


def test_the_remaining_units_are_no_count(ex: Extractor) -> None:
    body = "Đến nay các đảng ủy phường đã có 14 trang thông tin điện tử, 2 đơn vị còn lại đang hoàn thiện."
    assert values(ex, HEAD + body + TAIL) == [14.0]


def test_cap_on_a_meeting_is_no_count(ex: Extractor) -> None:
    body = "Có thời điểm các chi bộ chỉ được họp dưới 15 người, nên quận mở 26 lớp trực tuyến."
    assert values(ex, HEAD + body + TAIL) == [26.0]


def test_share_of_units_having_something_is_coverage(ex: Extractor) -> None:
    body = "Quận có 310 nhóm Zalo, 100% tổ dân phố đã có nhóm Zalo riêng."
    assert values(ex, HEAD + body + TAIL) == [310.0]


def test_tourists_a_place_receives_are_no_audience(ex: Extractor) -> None:
    body = (
        "Quận tổ chức 33 buổi nói chuyện. Quận nằm ven kênh Đôi, có gần 430 nghìn dân và đón hàng"
        " triệu lượt khách du lịch mỗi năm, nên tuyên truyền ở bến tàu là trọng tâm."
    )
    assert values(ex, HEAD + body + TAIL) == [33.0]


# --- months in brackets of a list line's first item ------------------------------------------


def test_bracketed_months_of_first_item_do_not_date_the_next_clause(ex: Extractor) -> None:
    head = "Ngày 5/7/2022, Ban Tuyên giáo Quận ủy Quận 8 báo cáo kết quả công tác 6 tháng đầu năm 2022.\n\n"
    body = "Kết quả học tập nghị quyết:\n- Hội nghị cấp quận: 03 (tháng 2 và tháng 4); lớp ở các chi bộ: 45."
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, head + body + TAIL)]
    assert ("2022-01-01", "2022-06-30", "study_sessions", 45.0) in got


def test_bracketed_months_after_a_count_do_not_date_the_next_count(ex: Extractor) -> None:
    head = "Ngày 6/4/2026, Đảng ủy Phường Tây Hồ báo cáo kết quả học tập nghị quyết quý I năm 2026.\n\n"
    body = "Đảng ủy phường mở 3 hội nghị cấp phường (tháng 1 và tháng 2) và 29 lớp học tập nghị quyết ở chi bộ."
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, head + body + TAIL)]
    assert ("2026-01-01", "2026-03-31", "study_sessions", 29.0) in got


def test_bracketed_span_after_no_count_dates_the_count(ex: Extractor) -> None:
    # (a guard, passing without the rule above) no count before the brackets: the span is the count's
    body = "Riêng đợt cao điểm (từ ngày 10/4 đến 20/5) quận tổ chức 48 buổi nói chuyện chuyên đề."
    got = [(f[1], f[2], f[4]) for f in facts(ex, HEAD + body + TAIL)]
    assert got == [("2023-04-10", "2023-05-20", 48.0)]


# --- a clause naming its measure before the number ------------------------------------------


def test_attendance_of_cadres_and_members_named_before_the_number(ex: Extractor) -> None:
    # "cán bộ, đảng viên" is one noun; the study is named in the clause before
    head = "Ngày 6/4/2026, Đảng ủy Phường Tây Hồ báo cáo kết quả quý I năm 2026.\n\n"
    body = "Đảng ủy phường tổ chức 44 lớp học tập nghị quyết; lượt cán bộ, đảng viên tham dự đạt 3.870."
    got = [(f[3], f[4]) for f in facts(ex, head + body + TAIL)]
    assert ("study_attendance", 3870.0) in got
