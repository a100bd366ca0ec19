"""Tables with a column of row numbers ("STT", "TT") or of units of measure ("ĐVT"), as
administrative reports lay them out (extractor `_without_row_numbers`): the row numbers are no
values and hide no table, the unit of a row is read with its label; the records still show the
text as written.

Tables of our own invention."""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor

CITY = (
    "BAN TUYÊN GIÁO THÀNH ỦY\nThành phố Hồ Chí Minh, ngày 10 tháng 7 năm 2019\n\n"
    "Kết quả học tập nghị quyết 6 tháng đầu năm 2019 của một số quận:\n\n"
)
DISTRICT = "Quận ủy Quận 3\nNgày 10/7/2019\n\nKết quả học tập, quán triệt 6 tháng đầu năm 2019:\n\n"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor.default()


def _uiv(ex: Extractor, text: str) -> list[tuple]:
    return [(f[0], f[3], f[4]) for f in facts(ex, text)]


@pytest.mark.parametrize("head,rows", [
    ("STT | Đơn vị | Số lớp học tập | Lượt cán bộ, đảng viên dự", ("1 | Quận 3 | 42 | 6.120", "2 | Quận 10 | 38 | 5.480")),
    ("TT | Đơn vị | Số lớp học tập | Lượt cán bộ, đảng viên dự", ("I | Quận 3 | 42 | 6.120", "II | Quận 10 | 38 | 5.480")),
    ("STT\tĐơn vị\tSố lớp học tập\tLượt cán bộ, đảng viên dự", ("1\tQuận 3\t42\t6.120", "2\tQuận 10\t38\t5.480")),
])
def test_a_column_of_row_numbers_hides_no_table(ex: Extractor, head: str, rows: tuple[str, ...]) -> None:
    assert _uiv(ex, CITY + head + "\n" + "\n".join(rows) + "\n") == [
        ("Quận 3", "study_sessions", 42.0),
        ("Quận 3", "study_attendance", 6120.0),
        ("Quận 10", "study_sessions", 38.0),
        ("Quận 10", "study_attendance", 5480.0),
    ]


def test_a_total_row_without_a_number_and_the_sentence_as_written(ex: Extractor) -> None:
    text = CITY + (
        "STT | Đơn vị | Số lớp học tập\n1 | Quận 3 | 42\n2 | Quận 10 | 38\n | Tổng cộng | 80\n"
    )
    res = ex.extract(text, doc_id="t")
    assert [(o.unit_name, o.value) for o in res.observations] == [
        ("Quận 3", 42.0), ("Quận 10", 38.0), ("Thành phố Hồ Chí Minh", 80.0),
    ]
    for o in res.observations:
        assert text[o.char_start : o.char_end] in o.sentence and o.sentence in text


def test_a_column_of_units_of_measure_is_read_with_the_label(ex: Extractor) -> None:
    table = (
        "TT | Nội dung | ĐVT | Số lượng\n"
        "1 | Lớp học tập nghị quyết | lớp | 42\n"
        "2 | Đảng viên tham gia | lượt | 6.120\n"
        "3 | Tỷ lệ đảng viên tham gia | % | 96,5\n"
    )
    assert _uiv(ex, DISTRICT + table) == [
        ("Quận 3", "study_sessions", 42.0),
        ("Quận 3", "study_attendance", 6120.0),
        ("Quận 3", "study_participation_rate", 96.5),
    ]


def test_a_tab_table_goes_on_from_the_lead_in_above_it(ex: Extractor) -> None:
    # (a table pasted with TABs: its bars have no spaces around them)
    table = "Nội dung\tSố lượng\nLượt đảng viên dự\t6.120\nLớp học tập nghị quyết\t42\n"
    assert [f[3] for f in facts(ex, DISTRICT + table)] == ["study_attendance", "study_sessions"]
