"""Pure formatting: the exact strings Vietnamese and English readers see."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from dashboards.formatting import (
    Span,
    format_change_percent,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    format_value,
    highlight_html,
    locate_number,
    parse_period_key,
    period_key,
    period_label,
    span_from_offsets,
)


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (20012, "20.012", "20,012"),
        (20012.0, "20.012", "20,012"),
        (1234.5, "1.234,5", "1,234.5"),
        (3_500_000, "3.500.000", "3,500,000"),
        (97.55, "97,55", "97.55"),
        (0.333333, "0,33", "0.33"),
        (45, "45", "45"),
        (0, "0", "0"),
        (-0.001, "0", "0"),
        (-1234.5, "-1.234,5", "-1,234.5"),
    ],
)
def test_format_number(value: float, vi: str, en: str) -> None:
    assert format_number(value, "vi") == vi
    assert format_number(value, "en") == en


def test_format_number_missing_is_empty_not_zero() -> None:
    assert format_number(None, "vi") == ""
    assert format_number(float("nan"), "en") == ""
    assert format_value(None, "vi") == ""


def test_format_percent() -> None:
    assert format_percent(97.5, "vi") == "97,5%"
    assert format_percent(97.5, "en") == "97.5%"
    assert format_percent(100, "vi") == "100%"


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [("exact", "1.000"), ("approx", "≈1.000"), ("at_least", ">1.000"), ("at_most", "<1.000"), (None, "1.000")],
)
def test_format_value_qualifier(qualifier: str | None, expected: str) -> None:
    assert format_value(1000, "vi", qualifier) == expected


def test_format_value_rate() -> None:
    assert format_value(95.35, "vi", "approx", is_rate=True) == "≈95,35%"
    assert format_value(95.35, "en", "exact", is_rate=True) == "95.35%"


def test_format_change_percent() -> None:
    assert format_change_percent(15.555, "vi") == "+15,6%"
    assert format_change_percent(15.555, "en") == "+15.6%"
    assert format_change_percent(-5, "vi") == "-5%"
    assert format_change_percent(0, "en") == "0%"
    assert format_change_percent(None, "vi") == ""


def test_format_date_and_datetime() -> None:
    assert format_date(date(2019, 7, 3), "vi") == "03/07/2019"
    assert format_date(date(2019, 7, 3), "en") == "3 Jul 2019"
    assert format_date(None, "vi") == ""
    # stored in UTC, shown in Vietnam time
    assert format_datetime(datetime(2026, 11, 21, 23, 0, tzinfo=UTC), "vi") == "22/11/2026 06:00 (UTC+7)"
    plus_two = timezone(timedelta(hours=2))
    assert format_datetime(datetime(2026, 11, 22, 1, 30, tzinfo=plus_two), "en") == "22 Nov 2026 06:30 (UTC+7)"
    assert format_datetime(datetime(2026, 1, 2, 3, 4), "en") == "2 Jan 2026 03:04"


@pytest.mark.parametrize(
    ("start", "end", "vi", "en"),
    [
        (date(2018, 1, 1), date(2018, 12, 31), "Năm 2018", "2018"),
        (date(2019, 1, 1), date(2019, 6, 30), "6 tháng đầu năm 2019", "H1 2019"),
        (date(2019, 7, 1), date(2019, 12, 31), "6 tháng cuối năm 2019", "H2 2019"),
        (date(2024, 7, 1), date(2024, 9, 30), "Quý III năm 2024", "Q3 2024"),
        (date(2024, 1, 1), date(2024, 3, 31), "Quý I năm 2024", "Q1 2024"),
        (date(2023, 5, 1), date(2023, 5, 31), "Tháng 5 năm 2023", "May 2023"),
        (date(2024, 2, 1), date(2024, 2, 29), "Tháng 2 năm 2024", "Feb 2024"),
        (date(2021, 1, 1), date(2021, 9, 30), "9 tháng đầu năm 2021", "Jan–Sep 2021"),
        (date(2021, 3, 1), date(2021, 4, 30), "Tháng 3–4 năm 2021", "Mar–Apr 2021"),
        (date(2019, 7, 3), date(2019, 7, 3), "Tại ngày 03/07/2019", "As of 3 Jul 2019"),
        (date(2020, 1, 1), date(2025, 12, 31), "Giai đoạn 2020–2025", "2020–2025"),
        (date(2021, 1, 1), date(2021, 10, 5), "Từ 01/01/2021 đến 05/10/2021", "1 Jan 2021 – 5 Oct 2021"),
    ],
)
def test_period_label(start: date, end: date, vi: str, en: str) -> None:
    assert period_label(start, end, "vi") == vi
    assert period_label(start, end, "en") == en


def test_period_key_round_trip_and_bad_input() -> None:
    key = period_key(date(2018, 1, 1), date(2018, 12, 31))
    assert key == "2018-01-01..2018-12-31"  # the marts' period_key spelling
    assert parse_period_key(key) == (date(2018, 1, 1), date(2018, 12, 31))
    for bad in (None, "", "2018", "2018-13-01..2018-12-31", "2019-01-01..2018-01-01", "x..y"):
        assert parse_period_key(bad) is None


SENTENCE = "tổ chức 164 lớp học tập, với 20.012 lượt cán bộ, đảng viên và 11.499 lượt quần chúng"


@pytest.mark.parametrize(
    ("sentence", "value", "written"),
    [
        (SENTENCE, 20012, "20.012"),
        (SENTENCE, 164, "164"),
        ("gần 3,5 triệu điện thoại thông minh", 3_500_000, "3,5 triệu"),
        ("hơn 147 nghìn tin, bài", 147_000, "147 nghìn"),
        ("đạt 97,5% đảng viên", 97.5, "97,5%"),
        ("Năm 2019, triển khai hai đợt sinh hoạt chính trị", 2, "hai"),
    ],
)
def test_locate_number(sentence: str, value: float, written: str) -> None:
    span = locate_number(sentence, value)
    assert span is not None
    assert sentence[span.start : span.end] == written


def test_locate_number_does_not_match_inside_other_numbers_or_years() -> None:
    assert locate_number("Năm 2018 có 20.012 lượt", 20) is None
    assert locate_number("Năm 2018, quận tổ chức lớp", 5) is None  # "năm" is "year" here
    assert locate_number("05-CT/TW", 4) is None


def test_locate_number_prefers_span_of_extracted_length() -> None:
    sentence = "8 tập thể 4 cá nhân; 8 tập thể khác"
    assert locate_number(sentence, 8) == Span(0, 1)
    assert locate_number("có 8 đơn vị, tổng 8.000 lượt", 8000, span_length=5) == Span(18, 23)


def test_span_from_offsets_is_exact_and_falls_back_to_none() -> None:
    document = "Tiêu đề.\n" + SENTENCE + ". Câu sau có 164 lớp."
    start = document.index("164")
    assert span_from_offsets(document, SENTENCE, start, start + 3) == Span(8, 11)
    later = document.rindex("164")  # the offsets point at a number outside this sentence
    assert span_from_offsets(document, SENTENCE, later, later + 3) is None
    assert span_from_offsets(document, "không có trong văn bản", start, start + 3) is None
    assert span_from_offsets(document, SENTENCE, -1, 2) is None


def test_highlight_html_escapes_untrusted_text() -> None:
    sentence = "<script>x</script> có 45 văn bản & chỉ thị"
    html = highlight_html(sentence, locate_number(sentence, 45))
    assert "<mark>45</mark>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert highlight_html("a < b", None) == "a &lt; b"
