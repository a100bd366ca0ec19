"""Review of session 14's changes: a count opening a paragraph under a dated numbered heading,
boxes of links in the middle of a web article, counters outside web pages, workplaces before a
verb of the work, "có" + a verb, "Từ" opening a range, "dự kiến" / "dự án", "trang trọng".

Sentences and pages of our own invention, written for each rule (docs/LABELING.md)."""

from __future__ import annotations

from orchestration.extraction import Extractor

HEAD = (
    "ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH\nBÁO CÁO\nKết quả công tác tuyên giáo năm 2025\n"
    "Tân Định, ngày 15 tháng 12 năm 2025\n\n"
)


def _facts(ex: Extractor, text: str) -> list[tuple]:
    """(indicator, value, period_start, period_end) of each fact."""
    res = ex.extract(text, doc_id="t")
    return [(o.indicator, o.value, o.period_start, o.period_end) for o in res.observations]


def _traps(ex: Extractor, text: str) -> dict[float, str]:
    """The reason each number was set aside for, by its value."""
    return {u.value: u.reason for u in ex.extract(text, doc_id="t").unclassified if u.value is not None}


def test_a_count_opening_a_paragraph_keeps_the_bracketed_heading_period(ex: Extractor) -> None:
    text = HEAD + (
        "1. Trước khi sắp xếp (6 tháng đầu năm 2025)\nCác chi bộ mở 12 lớp học tập nghị quyết.\n"
        "2. Từ khi phường đi vào hoạt động (từ 1/7/2025 đến nay)\n"
        "Đảng ủy phường tổ chức 8 hội nghị quán triệt.\n"
        "45 chi bộ đã tổ chức 90 buổi sinh hoạt chuyên đề.\n"
    )
    dated = {(f[1], f[2]) for f in _facts(ex, text)}
    assert (90.0, "2025-07-01") in dated


PORTAL = (
    "Trang chủ | Tin tức | Liên hệ\nThứ Hai, 15/12/2025 | 10:20\n\n"
    "Phường Tân Định đẩy mạnh tuyên truyền\n\n"
    "Năm 2025, Đảng ủy phường Tân Định mở 30 lớp học tập nghị quyết cho đảng viên.\n\n"
)


def test_a_box_of_links_in_the_middle_of_an_article_ends_at_the_next_prose(ex: Extractor) -> None:
    text = PORTAL + (
        "Xem thêm:\n- Phường Đa Kao khen thưởng 14 tập thể\n\n"
        "Cũng trong năm 2025, Đảng ủy phường Tân Định đã tổ chức 25 buổi nói chuyện chuyên đề về "
        "lịch sử Đảng, thu hút đông đảo đảng viên và nhân dân các khu phố tham gia; các buổi nói "
        "chuyện được đánh giá cao về nội dung và hình thức.\n\n"
        "Tin liên quan:\n- Quận 3 mở 40 lớp\n"
    )
    values = [f[1] for f in _facts(ex, text)]
    assert 30.0 in values and 25.0 in values
    assert 14.0 not in values and 40.0 not in values


def test_a_visits_line_of_a_report_is_no_web_page_counter(ex: Extractor) -> None:
    text = HEAD + "Kết quả trên các kênh của phường năm 2025:\nFanpage của phường:\nLượt truy cập: 125.000\n"
    assert _traps(ex, text).get(125000.0) != "not_counted"


def test_workers_after_a_verb_of_the_work_and_a_comma_are_an_audience(ex: Extractor) -> None:
    text = HEAD + (
        "Đảng ủy phối hợp với các nhà máy trong cụm công nghiệp mở đợt tuyên truyền, thu hút hơn "
        "2.500 công nhân.\n"
    )
    assert _traps(ex, text).get(2500.0) != "population"
    assert 2500.0 in [f[1] for f in _facts(ex, text)]


def test_units_that_did_the_work_are_no_coverage_share(ex: Extractor) -> None:
    text = HEAD + "Năm 2025, 100% chi bộ có tổ chức sinh hoạt chuyên đề về chuyển đổi số.\n"
    assert _traps(ex, text).get(100.0) != "share"
    # ("có" + a thing: what the units have, still a coverage)
    text = HEAD + "Năm 2025, 96% chi bộ có nhóm Zalo riêng.\n"
    assert _traps(ex, text).get(96.0) == "share"


def test_a_capitalised_range_opening_a_line_takes_its_upper_bound_along(ex: Extractor) -> None:
    text = HEAD + "Các buổi phát trực tuyến năm 2025:\nTừ 1.200 đến 1.800 lượt người mỗi buổi.\n"
    traps = _traps(ex, text)
    assert traps.get(1200.0) == "per_item"
    assert traps.get(1800.0) == "range_upper"


def test_planned_or_project_words_are_no_verb_of_attending(ex: Extractor) -> None:
    text = (
        HEAD
        + "Năm 2025, phường có Trường Đại học Mở với khoảng 7.000 lượt sinh viên thuộc dự án đào tạo từ xa.\n"
    )
    assert 7000.0 not in [f[1] for f in _facts(ex, text)]
    text = (
        HEAD
        + "Năm 2025, phường có Khu công nghiệp Tân Bình với khoảng 650 lượt công nhân dự kiến tăng thêm.\n"
    )
    assert 650.0 not in [f[1] for f in _facts(ex, text)]


def test_solemn_is_no_page(ex: Extractor) -> None:
    text = HEAD + "Năm 2025, lễ kỷ niệm được tổ chức trang trọng, có 12.400 người quan tâm.\n"
    assert ("propaganda_audience", 12400.0) not in [f[:2] for f in _facts(ex, text)]
    text = HEAD + "Năm 2025, trang Zalo của phường có 12.400 người quan tâm.\n"
    assert ("propaganda_audience", 12400.0) in [f[:2] for f in _facts(ex, text)]
