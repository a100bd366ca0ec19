"""Periods and document dates (docs/LABELING.md "Period")."""

from __future__ import annotations

from datetime import date

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor
from orchestration.extraction.periods import PeriodMention, dateline_date, find_periods

UNIT = "Ban Tuyên giáo Quận ủy Quận 10"


@pytest.mark.parametrize("phrase, start, end", [
    ("Trong 6 tháng đầu năm 2019", "2019-01-01", "2019-06-30"),
    ("Trong 6 tháng cuối năm 2019", "2019-07-01", "2019-12-31"),
    ("Trong 9 tháng đầu năm 2021", "2021-01-01", "2021-09-30"),
    ("Trong 9 tháng năm 2021", "2021-01-01", "2021-09-30"),
    ("Trong quý III năm 2024", "2024-07-01", "2024-09-30"),
    ("Trong quý 1/2024", "2024-01-01", "2024-03-31"),
    ("Trong tháng 5/2023", "2023-05-01", "2023-05-31"),
    ("Trong tháng 2 năm 2024", "2024-02-01", "2024-02-29"),
    ("Năm 2018", "2018-01-01", "2018-12-31"),
    ("Nhiệm kỳ 2020 – 2025", "2020-01-01", "2025-12-31"),
])
def test_explicit_periods(ex: Extractor, phrase: str, start: str, end: str) -> None:
    got = facts(ex, f"{phrase}, {UNIT} tổ chức 12 buổi tuyên truyền miệng.")
    assert [(f[1], f[2]) for f in got] == [(start, end)]


def test_year_to_date_and_since_end_at_the_document_date(ex: Extractor) -> None:
    meta = {"date": "2021-10-05"}
    got = facts(ex, f"Từ đầu năm 2021 đến nay, {UNIT} tổ chức 12 buổi tuyên truyền miệng.", meta)
    assert [(f[1], f[2]) for f in got] == [("2021-01-01", "2021-10-05")]
    got = facts(ex, f"Năm 2021, từ ngày 27/4 đến nay, {UNIT} đăng tải hơn 147 nghìn tin, bài.", meta)
    assert [(f[1], f[2], f[4], f[5]) for f in got] == [("2021-04-27", "2021-10-05", 147000.0, "at_least")]


def test_paragraph_opening_period_governs_its_paragraph(ex: Extractor) -> None:
    text = (f"{UNIT} tổng kết công tác năm 2019.\n\nNăm 2018, Ban đã tổ chức 20 lớp học tập, quán triệt. "
            "Ban cũng tổ chức 30 buổi tuyên truyền miệng.\n\nBan tổ chức 40 hội nghị báo cáo viên.")
    got = [(f[1][:4], f[4]) for f in facts(ex, text)]
    assert got == [("2018", 20.0), ("2018", 30.0), ("2019", 40.0)]


def test_stock_instants(ex: Extractor) -> None:
    meta = {"date": "2024-10-08"}
    text = f"Trong quý III năm 2024, {UNIT} duy trì 86 nhóm Zalo. Hiện quận có 49 báo cáo viên."
    got = [(f[3], f[1], f[2]) for f in facts(ex, text, meta)]
    # a stock with a period and no "hiện" marker: at the period's end; with "hiện": the doc date
    assert got == [("chat_groups", "2024-09-30", "2024-09-30"), ("reporters", "2024-10-08", "2024-10-08")]


def test_as_of_date_makes_an_instant(ex: Extractor) -> None:
    text = "Năm 2021, tính đến ngày 4/10, toàn thành phố Hà Nội đã có gần 3,5 triệu điện thoại cài ứng dụng."
    got = facts(ex, text)
    assert [(f[0], f[1], f[2], f[5]) for f in got] == [("Thành phố Hà Nội", "2021-10-04", "2021-10-04", "at_most")]


@pytest.mark.parametrize("head, expected", [
    ("Ngày 3/7/2019, Ban Tuyên giáo Quận ủy Quận 1 tổ chức hội nghị.", date(2019, 7, 3)),
    ("Thứ Hai, ngày 22 tháng 7 năm 2024\n\nTiêu đề", date(2024, 7, 22)),
    ("(Thanhuytphcm.vn) - Ngày 12/1/2017, Ban Tuyên giáo Quận ủy Quận 3 tổ chức.", date(2017, 1, 12)),
    ("Hà Đông, ngày 6/1/2023 - Quận ủy Hà Đông tổ chức hội nghị.", date(2023, 1, 6)),
    ("Tiêu đề không có ngày\n\nNội dung.", None),
])
def test_datelines(head: str, expected: date | None) -> None:
    assert dateline_date(head) == expected


def test_doc_date_sources(ex: Extractor) -> None:
    body = f"Năm 2020, {UNIT} tổ chức 12 buổi tuyên truyền miệng, ngày 9/12 tổng kết."
    assert ex.extract("Ngày 29/12/2020, " + body, doc_id="a").doc_date_source == "text"
    sidecar = ex.extract(body, doc_id="b", metadata={"date": "2020-12-30"})
    assert (sidecar.doc_date, sidecar.doc_date_source) == (date(2020, 12, 30), "sidecar")
    inferred = ex.extract(body, doc_id="c")
    assert (inferred.doc_date, inferred.doc_date_source) == (date(2020, 12, 9), "inferred")
    assert ex.extract("Không có số liệu.", doc_id="d").doc_date is None


def test_future_and_targets_are_not_facts(ex: Extractor) -> None:
    meta = {"date": "2024-01-10"}
    text = (f"Năm 2023, {UNIT} tổ chức 12 buổi tuyên truyền miệng. Năm 2024, quận phấn đấu 100% chi bộ "
            "sinh hoạt chuyên đề. Trong thời gian tới, Ban sẽ mở 20 lớp bồi dưỡng. Dự kiến năm 2024 tổ chức "
            "15 hội nghị báo cáo viên.")
    assert [f[4] for f in facts(ex, text, meta)] == [12.0]


@pytest.mark.parametrize("phrase, start, end", [
    ("Từ ngày 15 đến 30/11/2016", "2016-11-15", "2016-11-30"),
    ("Trong nửa đầu năm 2024", "2024-01-01", "2024-06-30"),
    ("Trong nửa cuối năm 2023", "2023-07-01", "2023-12-31"),
    ("Trong quý I-2024", "2024-01-01", "2024-03-31"),
    ("Từ tháng 3 đến tháng 5/2022", "2022-03-01", "2022-05-31"),
])
def test_more_period_forms(ex: Extractor, phrase: str, start: str, end: str) -> None:
    got = facts(ex, f"{phrase}, {UNIT} tổ chức 12 buổi tuyên truyền miệng.")
    assert [(f[1], f[2]) for f in got] == [(start, end)]


def _one(text: str) -> PeriodMention:
    (p,) = find_periods(text)
    return p


def test_to_the_end_of_the_year_or_quarter_from_a_day() -> None:
    p = _one("từ 15/10 đến hết năm, xã mở lớp")
    assert p.resolve(2024, None)[:2] == (date(2024, 10, 15), date(2024, 12, 31))
    p = _one("từ ngày 2/4 đến hết quý, xã mở lớp")
    assert p.resolve(2024, None)[:2] == (date(2024, 4, 2), date(2024, 6, 30))
    # no last day is written: none is read as the latest date the text mentions
    assert p.c is None


def test_a_school_year_a_next_year_or_a_fiscal_year_is_no_end_of_the_year() -> None:
    for tail in ("năm học", "năm sau", "năm tài chính"):
        assert not [p for p in find_periods(f"từ 15/10 đến hết {tail}, xã mở lớp") if p.kind == "between"], tail


def test_to_the_end_of_february_is_the_29th_in_a_leap_year() -> None:
    p = _one("từ 1/2 đến hết tháng 2, xã mở lớp")
    assert p.resolve(2024, None)[1] == date(2024, 2, 29)
    assert p.resolve(2023, None)[1] == date(2023, 2, 28)


def test_since_the_start_of_work_needs_a_ward_commune_or_the_reform_named() -> None:
    for text in ("Từ khi đi vào hoạt động, fanpage đã có 500 bài.", "Từ khi vận hành hệ thống loa, tổ dân phố"):
        assert not [p for p in find_periods(text) if p.kind == "since"], text
    for text in (
        "Từ khi phường đi vào hoạt động, ",
        "Từ khi vận hành bộ máy mới, ",
        "Từ khi đi vào hoạt động, Đảng ủy phường ",
    ):
        assert [(p.year, p.b, p.a) for p in find_periods(text)] == [(2025, 7, 1)], text


def test_a_months_count_before_a_bare_year_in_words() -> None:
    p = _one("năm tháng 2024 huyện mở lớp")
    assert (p.kind, p.a, p.year) == ("first_months", 5, 2024)


def test_an_update_stamp_with_its_time_first() -> None:
    assert dateline_date("Cập nhật: 14:05 | 18/01/2017\nQuận ủy tổ chức hội nghị.") == date(2017, 1, 18)


def test_since_a_month_without_to_now_keeps_the_year_of_its_text() -> None:
    # only a span written to run to now ("đến nay") starts in the twelve months before the report
    p = _one("Từ tháng 3, quận mở lớp")
    assert p.resolve(2024, date(2025, 3, 10))[0] == date(2024, 3, 1)
