"""A stock in a table column of a span ("Năm 2022 | Năm 2023") is counted at the span's end,
as a stock in a sentence with a period and no "hiện có" (docs/LABELING.md, stocks); counts of
work in the same table keep the span.

Tables of our own invention."""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor

HEAD = "QUẬN ỦY TÂN PHÚ\nTân Phú, ngày {date}\n\nBÁO CÁO tổng kết công tác tuyên giáo năm 2023\n\n"
TABLE = (
    "Chỉ tiêu | Năm 2022 | Năm 2023\n"
    "Số lớp học tập nghị quyết | 41 | 45\n"
    "Số nhóm Zalo | 120 | 164\n"
)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor.default()


def _pv(ex: Extractor, text: str) -> list[tuple]:
    return [(f[3], f[1], f[2], f[4]) for f in facts(ex, text)]


def test_a_stock_in_a_years_column_is_at_the_years_end(ex: Extractor) -> None:
    assert _pv(ex, HEAD.format(date="20 tháng 12 năm 2023") + TABLE) == [
        ("study_sessions", "2022-01-01", "2022-12-31", 41.0),
        ("study_sessions", "2023-01-01", "2023-12-31", 45.0),
        ("chat_groups", "2022-12-31", "2022-12-31", 120.0),
        ("chat_groups", "2023-12-31", "2023-12-31", 164.0),
    ]


def test_no_later_than_the_report_when_the_year_ends_long_after_it(ex: Extractor) -> None:
    # dated 5 October: the 2023 column's groups cannot be counted at 31 December
    got = _pv(ex, HEAD.format(date="5 tháng 10 năm 2023") + TABLE)
    assert ("chat_groups", "2023-10-05", "2023-10-05", 164.0) in got, got
