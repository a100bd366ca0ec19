"""Session 13 (second round), holdout33 and holdout35: the language behind their misses (a
breakdown in brackets after a count written in words with a long noun; delegates named by whom
they stand for; things done counted up to a date; a stock counted as at the period's end, days
after the report's date). Sentences written for these tests, not copied from the reports."""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 12/7/2022\n\nHuyện Sóc Sơn: kết quả công tác tuyên giáo 6 tháng đầu năm 2022\n\n"
_facts, _iv = headed(HEAD)


def test_parts_in_brackets_of_a_count_in_words_with_a_long_noun_are_no_facts(ex: Extractor) -> None:
    body = (
        "Trung tâm Chính trị huyện mở mười một lớp bồi dưỡng chính trị hè, nghiệp vụ công tác Đảng "
        "(5 lớp sơ cấp, 4 lớp đảng viên mới, 2 lớp nhận thức về Đảng) với 980 học viên."
    )
    got = _iv(ex, body)
    assert all(v not in (5.0, 4.0, 2.0) for _i, v in got), got


def test_parts_in_brackets_of_a_long_noun_in_digits_are_no_facts(ex: Extractor) -> None:
    body = (
        "Huyện ủy ban hành 14 văn bản chỉ đạo công tác tư tưởng, văn hóa trên địa bàn huyện năm nay "
        "(6 kế hoạch, 8 hướng dẫn)."
    )
    assert _iv(ex, body) == [("documents_issued", 14.0)]


def test_delegates_standing_for_members_are_a_congress_make_up(ex: Extractor) -> None:
    body = (
        "Đại hội đại biểu Đảng bộ huyện diễn ra trong 3 ngày, với 280 đại biểu thay mặt cho gần "
        "11.000 đảng viên của huyện. Huyện tổ chức 25 buổi tuyên truyền miệng."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 25.0)]


def test_delegates_standing_for_members_without_cho_are_no_count(ex: Extractor) -> None:
    body = (
        "Dự đại hội có 195 đại biểu thay mặt hơn 6.400 đảng viên trong toàn Đảng bộ. Huyện tổ "
        "chức 12 buổi tuyên truyền miệng."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 12.0)]


def test_things_done_up_to_the_end_of_a_month_run_from_the_report_period_start(ex: Extractor) -> None:
    body = "Đến cuối tháng 5, huyện đã tổ chức 64 lớp học tập nghị quyết ở các chi bộ."
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [("2022-01-01", "2022-05-31", "study_sessions", 64.0)]


def test_things_done_up_to_the_period_end_take_the_report_period(ex: Extractor) -> None:
    body = "Đến hết tháng 6, huyện đã tổ chức 70 buổi tuyên truyền miệng."
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [("2022-01-01", "2022-06-30", "oral_propaganda_sessions", 70.0)]


def test_a_stock_up_to_the_date_stays_an_instant(ex: Extractor) -> None:
    body = "Đến cuối tháng 5, huyện có 48 báo cáo viên."
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [("2022-05-31", "2022-05-31", "reporters", 48.0)]


def test_a_stock_counted_at_the_period_end_days_after_the_report_date_is_kept(ex: Extractor) -> None:
    head = "Ngày 27/12/2022\n\nHuyện Sóc Sơn: kết quả công tác tuyên giáo năm 2022\n\n"
    body = "Tính đến 31/12/2022, lực lượng cộng tác viên dư luận xã hội của huyện có 37 đồng chí."
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body, head)]
    assert got == [("2022-12-31", "2022-12-31", "opinion_collaborators", 37.0)]
