"""The language of tables written as text lines, second round (docs/LABELING.md, tables), and
list lines whose label ends in a quoted name or a bracketed part holding figures.

Tables and lines of our own invention: a two-cell header naming a measure, a unit named in a row's
label under a header naming measures, labels closing with a name or an occasion."""

from __future__ import annotations

from extraction_helpers import facts

from orchestration.extraction import Extractor

HEAD = (
    "Ngày 8/10/2024, Ban Tuyên giáo Quận ủy Tây Hồ báo cáo kết quả công tác tuyên giáo quý III"
    " năm 2024 như sau:\n\n"
)
TAIL = "\n\nQuận tiếp tục đổi mới phương thức tuyên truyền.\n"


def _iv(ex: Extractor, body: str, head: str = HEAD) -> list[tuple]:
    """(unit, indicator, value) of each fact of head + body."""
    return [(f[0], f[3], f[4]) for f in facts(ex, head + body + TAIL)]


def test_two_cell_header_naming_sessions(ex: Extractor) -> None:
    # "Số buổi" names the measure: the rows' figures are sessions of what each row names
    assert _iv(ex, "Hình thức | Số buổi\nNói chuyện chuyên đề ở tổ dân phố | 23") == [
        ("Quận Tây Hồ", "oral_propaganda_sessions", 23.0),
    ]


def test_two_cell_header_naming_classes(ex: Extractor) -> None:
    # "Số lớp" over rows naming studies: the classes of each study
    body = "Nội dung | Số lớp\nHọc tập Nghị quyết Trung ương 10 | 37\nChuyên đề về Chỉ thị 05-CT/TW | 29"
    assert _iv(ex, body) == [
        ("Quận Tây Hồ", "study_sessions", 37.0),
        ("Quận Tây Hồ", "study_sessions", 29.0),
    ]


CITY = (
    "Ngày 12/10/2024, Ban Tuyên giáo Thành ủy Hà Nội tổng hợp kết quả học tập, quán triệt nghị"
    " quyết quý III năm 2024 của một số đơn vị:\n\n"
)


def test_unit_named_in_row_label_of_measures_table(ex: Extractor) -> None:
    # each row's label names its unit; each column's header the measure
    body = (
        "Kết quả học tập, quán triệt nghị quyết:\n\n"
        "Đơn vị | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)\n"
        "Huyện Thanh Oai | 48 | 6.215 | 95,3\n"
        "Quận Hoàng Mai | 71 | 9.804 | 96,8"
    )
    assert _iv(ex, body, CITY) == [
        ("Huyện Thanh Oai", "study_sessions", 48.0),
        ("Huyện Thanh Oai", "study_attendance", 6215.0),
        ("Huyện Thanh Oai", "study_participation_rate", 95.3),
        ("Quận Hoàng Mai", "study_sessions", 71.0),
        ("Quận Hoàng Mai", "study_attendance", 9804.0),
        ("Quận Hoàng Mai", "study_participation_rate", 96.8),
    ]


def test_list_label_closing_with_bracket_holding_figures(ex: Extractor) -> None:
    # the occasion in brackets is what the banners were for: the label counts the banners
    body = "* Tuyên truyền trực quan:\n– Cờ phướn, băng rôn (kỷ niệm 79 năm Ngày Quốc khánh 2/9): 615"
    assert _iv(ex, body) == [("Quận Tây Hồ", "other", 615.0)]


def test_list_label_closing_with_quoted_name_holding_figures(ex: Extractor) -> None:
    # a later label naming only where ("trên Zalo OA “...”") counts the first label's things there
    body = "– Tin, bài trên cổng thông tin điện tử quận: 214; trên Zalo OA “Tây Hồ 24h”: 76"
    assert _iv(ex, body) == [
        ("Quận Tây Hồ", "news_items", 214.0),
        ("Quận Tây Hồ", "news_items", 76.0),
    ]


def test_list_label_with_figures_outside_the_closing_name_stays_unread(ex: Extractor) -> None:
    # figures before the closing name keep the label unread as before (no fact from the label)
    body = "– Trong 3 tháng, tổ “Tây Hồ xanh”: 12"
    assert ("Quận Tây Hồ", "news_items", 12.0) not in _iv(ex, body)


YEAR = (
    "Ngày 8/1/2025, Ban Tuyên giáo Quận ủy Tây Hồ báo cáo tổng kết công tác tuyên giáo năm 2024 như"
    " sau:\n\n"
)


def _pv(ex: Extractor, body: str) -> list[tuple]:
    """(period start, period end, indicator, value) of each fact of YEAR + body."""
    return [(f[1], f[2], f[3], f[4]) for f in facts(ex, YEAR + body + TAIL)]


def test_period_columns_with_comparison(ex: Extractor) -> None:
    # each column's figures are of its header's period; the comparing column is no fact
    body = (
        "Chỉ tiêu | Năm 2023 | Năm 2024 | So sánh (%)\n"
        "Hội nghị học tập, quán triệt nghị quyết | 37 | 44 | 118,9\n"
        "Lượt đảng viên dự học | 7.615 | 8.230 | 108,1"
    )
    assert _pv(ex, body) == [
        ("2023-01-01", "2023-12-31", "study_sessions", 37.0),
        ("2024-01-01", "2024-12-31", "study_sessions", 44.0),
        ("2023-01-01", "2023-12-31", "study_attendance", 7615.0),
        ("2024-01-01", "2024-12-31", "study_attendance", 8230.0),
    ]


def test_period_columns_of_quarters_without_year(ex: Extractor) -> None:
    # quarters without their year take the report's; "Tăng, giảm" compares them (no fact)
    body = "Chỉ tiêu | Quý III | Quý IV | Tăng, giảm\nSố lớp học tập nghị quyết ở cơ sở | 33 | 47 | 14"
    assert _pv(ex, body) == [
        ("2024-07-01", "2024-09-30", "study_sessions", 33.0),
        ("2024-10-01", "2024-12-31", "study_sessions", 47.0),
    ]


def test_period_columns_of_half_years(ex: Extractor) -> None:
    body = (
        "Nội dung | 6 tháng đầu năm 2023 | 6 tháng đầu năm 2024\n"
        "Tin, bài trên cổng thông tin điện tử quận | 365 | 418"
    )
    assert _pv(ex, body) == [
        ("2023-01-01", "2023-06-30", "news_items", 365.0),
        ("2024-01-01", "2024-06-30", "news_items", 418.0),
    ]


# --- headers naming no measure, no unit the seed knows, a period in a cell with its noun ---------


def test_header_of_a_plan_and_its_outcome_names_no_measures(ex: Extractor) -> None:
    # "Kế hoạch" heads a plan's column (a target), "Thực hiện" its outcome: neither opens with a
    # word for a measure, so the cells under them are not facts of the columns' headers
    body = "Nội dung | Kế hoạch | Thực hiện | Tỷ lệ (%)\nHội nghị chuyên đề về chuyển đổi số | 30 | 33 | 110"
    assert [v for *_, v in _iv(ex, body)] == []


def test_header_naming_unknown_places_names_no_measures(ex: Extractor) -> None:
    # two places the seed does not know and a total: not a header of measures (no `other` facts)
    body = "Chỉ tiêu | Tổ dân phố Hoa Sen | Tổ dân phố Cỏ May | Tổng\nBuổi nói chuyện thời sự | 12 | 9 | 21"
    assert [f for f in _iv(ex, body) if f[1] == "other"] == []


def test_period_column_of_a_cell_naming_its_noun(ex: Extractor) -> None:
    # "17 buổi" under "Tháng 10/2024": the column's period, as for a cell holding a figure only
    body = "Chỉ tiêu | Quý III/2024 | Tháng 10/2024\nBuổi tuyên truyền miệng ở khu dân cư | 51 buổi | 17 buổi"
    assert [(p, v) for p, _, _, v in _pv(ex, body)] == [("2024-07-01", 51.0), ("2024-10-01", 17.0)]
