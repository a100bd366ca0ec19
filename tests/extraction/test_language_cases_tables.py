"""Session 14: the language of tables written as text lines (docs/LABELING.md, tables).

Tables of our own invention: headers naming units or measures, rows naming studies, things the
lexicon does not know, totals, ranks, figures and dates in a row's label."""

from __future__ import annotations

from extraction_helpers import facts

from orchestration.extraction import Extractor

HEAD = (
    "Ngày 8/10/2024, Ban Tuyên giáo hai Quận ủy Tây Hồ và Ba Đình tổng hợp kết quả quý III năm 2024"
    " như sau:\n\n"
)
UNITS = "Chỉ tiêu | Quận Tây Hồ | Quận Ba Đình\n"
TAIL = "\n\nHai quận tiếp tục đổi mới phương thức tuyên truyền.\n"


def _rows(ex: Extractor, *rows: str) -> list[tuple]:
    """(unit, indicator, value) of each fact of a two-unit table holding `rows`."""
    return [(f[0], f[3], f[4]) for f in facts(ex, HEAD + UNITS + "\n".join(rows) + TAIL)]


MEASURES = (
    "Ngày 5/7/2024, Ban Tuyên giáo Quận ủy Tây Hồ báo cáo kết quả công tác tuyên giáo 6 tháng đầu"
    " năm 2024.\n\nKết quả học tập, quán triệt nghị quyết, chuyên đề trong 6 tháng:\n\n"
    "Đợt học tập | Số lớp | Lượt cán bộ, đảng viên dự học | Tỷ lệ (%)\n"
    "Chuyên đề năm 2024 về Chỉ thị 05-CT/TW | 61 | 7.340 | 95,8\n"
    "Nghị quyết Trung ương 9 khóa XIII | 58 | 7.102 | 94,6\n"
    "\nTrong kỳ, quận chú trọng công tác tuyên truyền trực quan.\n"
)


def test_header_naming_measures(ex: Extractor) -> None:
    # each column's header names the indicator, the row's label the study; the rate column
    # naming nothing is the participation rate of the attendance column before it
    got = [(f[0], f[3], f[4], f[6]) for f in facts(ex, MEASURES)]
    assert got == [
        ("Quận Tây Hồ", "study_sessions", 61.0, "all"),
        ("Quận Tây Hồ", "study_attendance", 7340.0, "party_members"),
        ("Quận Tây Hồ", "study_participation_rate", 95.8, "all"),
        ("Quận Tây Hồ", "study_sessions", 58.0, "all"),
        ("Quận Tây Hồ", "study_attendance", 7102.0, "party_members"),
        ("Quận Tây Hồ", "study_participation_rate", 94.6, "all"),
    ]


def test_row_without_cue_is_other(ex: Extractor) -> None:
    assert _rows(ex, "Pa nô, áp phích cổ động | 96 | 140") == [
        ("Quận Tây Hồ", "other", 96.0),
        ("Quận Ba Đình", "other", 140.0),
    ]


def test_row_of_those_not_taking_part_is_other(ex: Extractor) -> None:
    assert _rows(ex, "Số cán bộ, đảng viên chưa tham gia | 41 | 57") == [
        ("Quận Tây Hồ", "other", 41.0),
        ("Quận Ba Đình", "other", 57.0),
    ]


def test_row_label_with_a_study_number(ex: Extractor) -> None:
    assert _rows(ex, "Hội nghị quán triệt Nghị quyết Trung ương 10 | 3 | 4") == [
        ("Quận Tây Hồ", "study_sessions", 3.0),
        ("Quận Ba Đình", "study_sessions", 4.0),
    ]


def test_row_label_with_a_date(ex: Extractor) -> None:
    # "(đến 30/9/2024)": the count stands at that date
    text = HEAD + UNITS + "Trang fanpage của quận (đến 30/9/2024) | 5 | 7" + TAIL
    got = [(f[0], f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("Quận Tây Hồ", "2024-09-30", "2024-09-30", "social_pages", 5.0),
        ("Quận Ba Đình", "2024-09-30", "2024-09-30", "social_pages", 7.0),
    ]


def test_row_read_with_the_row_above(ex: Extractor) -> None:
    # "Lớp ở các chi bộ" names only a level: the classes of the study the row above names
    assert _rows(ex, "Hội nghị học tập, quán triệt cấp quận | 2 | 3", "Lớp ở các chi bộ | 40 | 52") == [
        ("Quận Tây Hồ", "study_sessions", 2.0),
        ("Quận Ba Đình", "study_sessions", 3.0),
        ("Quận Tây Hồ", "study_sessions", 40.0),
        ("Quận Ba Đình", "study_sessions", 52.0),
    ]


def test_total_rank_and_place_rows_are_no_fact(ex: Extractor) -> None:
    assert _rows(
        ex,
        "Buổi tuyên truyền miệng | 30 | 28",
        "Tổng cộng | 30 | 28",
        "Xếp hạng trong cụm | 1 | 2",
        "Đơn vị hành chính cấp phường | 8 | 14",
    ) == [
        ("Quận Tây Hồ", "oral_propaganda_sessions", 30.0),
        ("Quận Ba Đình", "oral_propaganda_sessions", 28.0),
    ]


def test_three_unit_columns(ex: Extractor) -> None:
    text = (
        "Ngày 3/2/2025, Ban Tuyên giáo ba Quận ủy tổng hợp kết quả tháng 1 năm 2025:\n\n"
        "Chỉ tiêu | Quận Tây Hồ | Quận Ba Đình | Quận Đống Đa\n"
        "Tờ rơi, tờ gấp đã phát | 900 | 1.200 | 650\n" + TAIL
    )
    assert [(f[0], f[3], f[4]) for f in facts(ex, text)] == [
        ("Quận Tây Hồ", "other", 900.0),
        ("Quận Ba Đình", "other", 1200.0),
        ("Quận Đống Đa", "other", 650.0),
    ]


def test_dateline_with_a_bar_is_no_header(ex: Extractor) -> None:
    text = "Thứ Hai, 7/10/2024 | 08:15\n\n" + HEAD + "Quận Tây Hồ tổ chức 12 buổi tuyên truyền miệng.\n"
    assert [(f[3], f[4]) for f in facts(ex, text)] == [("oral_propaganda_sessions", 12.0)]
