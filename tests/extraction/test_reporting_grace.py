"""How long before its period ends a report may state results for it (extractor
`_reporting_grace`, the raw.observations contract's period_end_not_after_doc_date check): 31
days, or a quarter of the period when that is longer. Year reviews are written from October on
with figures counted to mid-October or mid-November; a period that has not begun by the report's
date stays a plan, however long it is.

Sentences of our own invention (docs/LABELING.md "Period")."""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor

BODY = (
    "\n\nLong Biên tổng kết công tác tuyên giáo năm 2022\n\n"
    "Năm 2022, Ban Tuyên giáo Quận ủy Long Biên phối hợp mở 38 lớp học tập, quán triệt nghị quyết "
    "cho hơn 9.500 lượt cán bộ, đảng viên.\n"
)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor.default()


def _year_facts(ex: Extractor, dateline: str) -> list[tuple]:
    return [(f[1], f[2], f[3], f[4]) for f in facts(ex, dateline + BODY)]


@pytest.mark.parametrize("dateline", [
    "Long Biên, ngày 18 tháng 11 năm 2022",  # 43 days before the year ends
    "Thứ Sáu, 14/10/2022, 08:30 (GMT+7)",  # 78 days
    "Long Biên, ngày 28 tháng 12 năm 2022",
])
def test_a_year_review_written_in_its_last_quarter_states_the_year(ex: Extractor, dateline: str) -> None:
    assert _year_facts(ex, dateline) == [
        ("2022-01-01", "2022-12-31", "study_sessions", 38.0),
        ("2022-01-01", "2022-12-31", "study_attendance", 9500.0),
    ]


@pytest.mark.parametrize("dateline", [
    "Long Biên, ngày 20 tháng 8 năm 2022",  # 133 days before the year ends: the year still runs
    "Long Biên, ngày 20 tháng 12 năm 2021",  # before the year begins: a plan
])
def test_a_year_far_from_its_end_or_not_begun_is_a_plan(ex: Extractor, dateline: str) -> None:
    assert _year_facts(ex, dateline) == []


def test_a_quarter_keeps_the_31_days(ex: Extractor) -> None:
    body = "\n\nQuý IV năm 2022, các chi bộ của quận mở 12 lớp học tập, quán triệt nghị quyết.\n"
    assert [f[4] for f in facts(ex, "Long Biên, ngày 5 tháng 12 năm 2022" + body)] == [12.0]
    # 46 days before the quarter ends: more than 31 days, and more than a quarter of it
    assert facts(ex, "Long Biên, ngày 15 tháng 11 năm 2022" + body) == []


def test_the_year_of_an_unquoted_theme_is_no_period(ex: Extractor) -> None:
    # a quarter's review dated in October: the sessions are the quarter's, "năm 2025" names the
    # year's theme of "học tập và làm theo ... Hồ Chí Minh" (no quotes), not the year 2025
    text = (
        "Phường Tân Định, ngày 6 tháng 10 năm 2025\n\nSơ kết công tác tuyên giáo quý III năm 2025\n\n"
        "Trong quý III, phường mở 12 lớp học tập nghị quyết. Các chi bộ còn tổ chức 64 buổi sinh hoạt "
        "chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025.\n"
    )
    assert [(f[1], f[2], f[4]) for f in facts(ex, text)] == [
        ("2025-07-01", "2025-09-30", 12.0),
        ("2025-07-01", "2025-09-30", 64.0),
    ]
