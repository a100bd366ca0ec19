"""The language of holdout56 and holdout57 (session 14, seventh round): articles saved from
online newspapers and portals with their page furniture: the links to other articles under
"Tin liên quan" / "Xem thêm" / "Tin khác", the view counters, and the time stamp under a
portal's banner and menu lines.

Sentences and pages of our own invention, written for each rule (docs/LABELING.md)."""

from __future__ import annotations

from extraction_helpers import facts

from orchestration.extraction import Extractor

PORTAL_HEAD = (
    "CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐỐNG ĐA\n"
    "Trang chủ | Tin tức | Chính trị | Văn hóa | Liên hệ\n"
    "Hotline: 024.3851.2233\n\n"
    "Thứ Tư, 14/8/2019 | 09:05\n\n"
    "Đống Đa sơ kết công tác tuyên giáo 6 tháng\n\n"
    "(ĐĐ) - Sáng 13/8, Ban Tuyên giáo Quận ủy Đống Đa tổ chức hội nghị sơ kết. Sáu tháng đầu năm "
    "2019, các chi bộ mở 84 lớp học tập nghị quyết.\n\n"
)


def _f(ex: Extractor, text: str) -> list[tuple]:
    """(unit, period_start, period_end, indicator, value, qualifier) of each fact of the text."""
    return [f[:6] for f in facts(ex, text)]


def _values(ex: Extractor, text: str) -> list[float]:
    return [f[4] for f in _f(ex, text)]


# --- links to other articles under the article ------------------------------------------


def test_headlines_under_related_links_are_no_facts(ex: Extractor) -> None:
    text = PORTAL_HEAD + (
        "Phạm Minh\n\n"
        "Tin liên quan:\n"
        "- Phường Trung Liệt ra mắt 6 nhóm Zalo khu dân cư (02/8/2019)\n"
        "- Khai giảng lớp bồi dưỡng cho 90 đảng viên mới\n"
    )
    values = _values(ex, text)
    assert 84.0 in values
    assert 6.0 not in values and 90.0 not in values


def test_see_more_and_other_news_headings_end_the_article(ex: Extractor) -> None:
    for heading in ("Xem thêm:", "Tin khác", "TIN LIÊN QUAN", "Bài viết cùng chuyên mục"):
        text = PORTAL_HEAD + f"Phạm Minh\n\n{heading}\n» Quận tặng giấy khen cho 14 tập thể tiêu biểu\n"
        values = _values(ex, text)
        assert 84.0 in values, heading
        assert 14.0 not in values, heading


def test_related_words_inside_a_sentence_end_nothing(ex: Extractor) -> None:
    # "liên quan" / "xem thêm" inside prose is no heading over links
    text = PORTAL_HEAD + (
        "Quận cũng tuyên truyền các văn bản pháp luật liên quan, tổ chức 12 buổi nói chuyện "
        "chuyên đề tại khu dân cư.\n"
    )
    assert 12.0 in _values(ex, text)


# --- a web page's counters -----------------------------------------------------------------


def test_a_pages_view_counter_is_no_audience(ex: Extractor) -> None:
    for line in ("Lượt xem: 2.740", "Số lượt truy cập: 3.105.226", "Lượt đọc: 918", "👁 1.377 lượt đọc   |   💬 2 bình luận"):
        text = PORTAL_HEAD + f"Phạm Minh\n{line}\n"
        values = _values(ex, text)
        assert 84.0 in values, line
        for v in (2740.0, 3105226.0, 918.0, 1377.0):
            assert v not in values, line


def test_views_of_the_units_videos_stay_an_audience(ex: Extractor) -> None:
    text = PORTAL_HEAD + "Quận đăng 35 video ngắn, thu hút khoảng 52.000 lượt xem.\n"
    assert 52000.0 in _values(ex, text)


# --- the time stamp under a portal's banner and menu -----------------------------------------


def test_a_time_stamp_below_the_banner_dates_the_page(ex: Extractor) -> None:
    result = ex.extract(PORTAL_HEAD + "Quận ủy yêu cầu hoàn thành việc học tập trước ngày 20/10.\n", "p")
    assert result.doc_date is not None and result.doc_date.isoformat() == "2019-08-14"


def test_an_updated_line_with_time_before_a_bar_dates_the_page(ex: Extractor) -> None:
    text = (
        "Thời sự | Hà Nội | Văn hóa\n"
        "Cập nhật: 10:20 | 22/01/2018\n\n"
        "Năm 2017, huyện mở 64 lớp bồi dưỡng nghiệp vụ.\n"
    )
    result = ex.extract(text, "p")
    assert result.doc_date is not None and result.doc_date.isoformat() == "2018-01-22"


# --- tables pasted from a word processor: cells parted by TABs or runs of spaces ----------------

OFFICE_HEAD = (
    "ĐẢNG ỦY PHƯỜNG HOÀNG LIỆT            ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Số 18-BC/ĐU                          Hoàng Liệt, ngày 10 tháng 12 năm 2025\n\n"
    "BÁO CÁO\nKết quả công tác tuyên giáo từ khi phường đi vào hoạt động\n\n"
    "Kết quả một số chỉ tiêu:\n\n"
)


def test_a_tab_table_with_period_columns(ex: Extractor) -> None:
    text = OFFICE_HEAD + (
        "Chỉ tiêu\tQuý III/2025\tTháng 10/2025\tTháng 11/2025\n"
        "Hội nghị, lớp học tập nghị quyết\t37\t15\t9\n"
        "Buổi tuyên truyền miệng\t44\t17\t13\n"
    )
    got = {(str(f[1]), f[3], f[4]) for f in _f(ex, text)}
    assert ("2025-07-01", "study_sessions", 37.0) in got
    assert ("2025-10-01", "study_sessions", 15.0) in got
    assert ("2025-11-01", "oral_propaganda_sessions", 13.0) in got


def test_a_table_aligned_with_spaces_with_measure_columns(ex: Extractor) -> None:
    text = OFFICE_HEAD + (
        "Nội dung                         Số hội nghị, lớp    Lượt đảng viên dự\n"
        "Nghị quyết Trung ương 8 khóa XIII    143                 9.812\n"
        "Kết luận 14-KL/TW                    121                 8.640\n"
    )
    got = {(f[3], f[4]) for f in _f(ex, text)}
    assert ("study_sessions", 143.0) in got and ("study_attendance", 9812.0) in got
    assert ("study_sessions", 121.0) in got


def test_records_of_a_pasted_table_show_the_text_as_written(ex: Extractor) -> None:
    # the cells are read as parted by bars, but each record's sentence is the report's own text
    # (its TABs and runs of spaces), at the same offsets
    text = OFFICE_HEAD + (
        "Chỉ tiêu\tQuý III/2025\tTháng 10/2025\n"
        "Hội nghị, lớp học tập nghị quyết\t37\t15\n"
        "Nội dung                         Số hội nghị, lớp    Lượt đảng viên dự\n"
        "Nghị quyết Trung ương 8 khóa XIII    143                 9.812\n"
    )
    result = ex.extract(text, "pasted")
    assert result.observations and result.unclassified
    for rec in [*result.observations, *result.unclassified]:
        assert "|" not in rec.sentence, rec.sentence
        assert rec.sentence in text, rec.sentence
        assert text[rec.char_start : rec.char_end] in rec.sentence
    assert any("\t" in o.sentence for o in result.observations)  # (a cell's TAB, as written)


def test_a_letterhead_in_two_columns_is_no_table(ex: Extractor) -> None:
    # two lines parted by runs of spaces with no cell of figures: left as they are
    from orchestration.extraction.extractor import _cells_to_bars

    assert _cells_to_bars(OFFICE_HEAD + "Phường tổ chức 5 hội nghị.\n") is None
    # a letterhead line with a gap before a figure passes the first test (a gap before a figure)
    # and is held back by the second (no cell holds a figure only)
    numbered = (
        "ĐẢNG ỦY PHƯỜNG HOÀNG LIỆT            ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Số:   18-BC/ĐU      Hoàng Liệt, ngày 10 tháng 12 năm 2025\n\n"
        "Phường tổ chức 5 hội nghị.\n"
    )
    assert _cells_to_bars(numbered) is None


def test_a_gap_before_a_figure_is_found_by_substring_search() -> None:
    from orchestration.extraction.extractor import _gap_before_figure

    assert _gap_before_figure("Buổi nói chuyện\t\t12")
    assert _gap_before_figure("Lượt người dự  \t +2.246")
    assert not _gap_before_figure("Số:  BC/ĐU\tngày mười")


def test_bulleted_lines_with_tabs_are_list_lines(ex: Extractor) -> None:
    # "-<TAB>label:<TAB>figure": a list's bullet, not a table's first cell; read as a list line
    text = OFFICE_HEAD + (
        "-\tHội nghị học tập nghị quyết cấp phường:\t06\n"
        "-\tLượt đảng viên dự học:\t715\n"
    )
    got = {(f[3], f[4]) for f in _f(ex, text)}
    assert ("study_sessions", 6.0) in got and ("study_attendance", 715.0) in got


def test_two_tabs_keep_an_empty_cells_column(ex: Extractor) -> None:
    # "\t\t": an empty cell under the first period; the figure is the second column's
    text = OFFICE_HEAD + (
        "Chỉ tiêu\tQuý III/2025\tTháng 10/2025\n"
        "Buổi tuyên truyền miệng\t\t19\n"
        "Hội nghị, lớp học tập nghị quyết\t28\t11\n"
    )
    got = {(str(f[1]), f[3], f[4]) for f in _f(ex, text)}
    assert ("2025-10-01", "oral_propaganda_sessions", 19.0) in got
    assert ("2025-07-01", "study_sessions", 28.0) in got


def test_a_total_row_of_fewer_cells_than_its_header(ex: Extractor) -> None:
    # "Tổng cộng<TAB>figure<TAB>figure" under four columns: the first two columns' totals
    text = OFFICE_HEAD + (
        "Nội dung\tSố hội nghị, lớp\tLượt đảng viên dự\tTỷ lệ (%)\n"
        "Nghị quyết Trung ương 8 khóa XIII\t131\t9.204\t96,3\n"
        "Nghị quyết Trung ương 9 khóa XIII\t17\t1.102\t95,1\n"
        "Tổng cộng\t148\t10.306\n"
    )
    got = {(f[3], f[4]) for f in _f(ex, text)}
    assert ("study_sessions", 148.0) in got and ("study_attendance", 10306.0) in got


def test_a_table_parted_by_two_spaces(ex: Extractor) -> None:
    # cells parted by runs of two spaces only (no TAB, no run of three spaces anywhere) are a
    # pasted table too
    text = (
        "Ngày 10/12/2025, Đảng ủy phường Hoàng Liệt báo cáo kết quả công tác tuyên giáo từ khi"
        " phường đi vào hoạt động:\n\n"
        "Chỉ tiêu  Quý III/2025  Tháng 10/2025\n"
        "Buổi tuyên truyền miệng  39  16\n"
    )
    got = {(str(f[1]), f[3], f[4]) for f in _f(ex, text)}
    assert ("2025-10-01", "oral_propaganda_sessions", 16.0) in got


def test_records_of_rows_read_alike_show_each_rows_own_gaps(ex: Extractor) -> None:
    # a TAB and a space, and two spaces, are read alike ("| "): each record still shows its
    # own row's text as written
    text = OFFICE_HEAD + (
        "Chỉ tiêu\tQuý III/2025\tTháng 10/2025\n"
        "Buổi tuyên truyền miệng\t 39\t 16\n\n"
        "Kết quả ở các chi bộ:\n\n"
        "Chỉ tiêu  Quý III/2025  Tháng 10/2025\n"
        "Buổi tuyên truyền miệng  39  16\n"
    )
    result = ex.extract(text, "pasted")
    firsts = [rec for rec in result.observations if rec.value == 39.0]
    assert len(firsts) == 2
    for rec in firsts:
        # (the gap after the figure: a TAB in the first row, a space in the second)
        assert text[rec.char_start : rec.char_end + 1] in rec.sentence, (rec.char_start, rec.sentence)


# --- a numbered heading dated in brackets and its numbered sub-headings -----------------------


def test_sub_headings_stay_in_a_dated_sections_period(ex: Extractor) -> None:
    text = (
        "ĐẢNG ỦY PHƯỜNG HOÀNG LIỆT\nHoàng Liệt, ngày 08 tháng 10 năm 2025\n\n"
        "BÁO CÁO\nKết quả công tác tuyên giáo 9 tháng năm 2025\n\n"
        "1. Trước khi sắp xếp (tháng 1 – tháng 6/2025)\n"
        "Sáu tháng đầu năm 2025, Quận ủy Hoàng Mai tổ chức 3 hội nghị học tập nghị quyết.\n\n"
        "2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)\n\n"
        "2.1. Học tập, quán triệt nghị quyết\n"
        "- Lớp học tập nghị quyết ở các chi bộ: 27\n"
    )
    got = {(str(f[1]), f[3], f[4]) for f in _f(ex, text)}
    assert ("2025-07-01", "study_sessions", 27.0) in got


# --- a title's "từ khi ..." spelled out by a span in brackets under it -------------------------


def test_a_bracketed_span_under_a_title_since_an_event_dates_the_report(ex: Extractor) -> None:
    text = (
        "ĐẢNG ỦY PHƯỜNG HOÀNG LIỆT\nHoàng Liệt, ngày 12 tháng 11 năm 2025\n\n"
        "BÁO CÁO\nKết quả công tác tuyên giáo từ khi phường đi vào hoạt động\n"
        "(từ ngày 01/7/2025 đến ngày 31/10/2025)\n\n"
        "Đảng ủy phường ban hành 11 văn bản chỉ đạo về công tác tư tưởng.\n"
    )
    got = {(str(f[1]), str(f[2]), f[3], f[4]) for f in _f(ex, text)}
    assert ("2025-07-01", "2025-10-31", "documents_issued", 11.0) in got
