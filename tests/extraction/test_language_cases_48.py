"""Session 14 (third round), holdout48 and holdout49: the language behind their misses (a
bulletin's issue numbered within its year; "từ ngày ... đến hết tháng M/YYYY"; a rate row under
the attendance row of a study; a total row naming its rows in brackets; people counted for each
item, "N người mỗi lớp", and the upper bound of a range whose lower bound is no fact; members
listed after a place's residents; "tổng lượt ..." and "lượt ..." after an opening adverbial; a
list label naming the people "đồng chí" counts).
Sentences written for these tests, not copied from the reports."""

from __future__ import annotations

from extraction_helpers import facts, headed, headed_values

from orchestration.extraction import Extractor

HEAD = "Ngày 05/7/2023\n\nPhường Bến Nghé: kết quả công tác tuyên giáo 6 tháng đầu năm 2023\n\n"
_facts, _iv = headed(HEAD)


_values = headed_values(HEAD)


def test_an_issue_numbered_within_its_year_is_no_period_of_the_work(ex: Extractor) -> None:
    text = (
        "BẢN TIN SINH HOẠT CHI BỘ – ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH\nSố 05/2023 (tháng 10/2023)\n\n"
        "Sơ kết quý III/2023 công tác tuyên giáo\n\n"
        "Trong quý, Đảng ủy phường tổ chức 4 hội nghị học tập, quán triệt nghị quyết."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert ("2023-07-01", "2023-09-30", "study_sessions", 4.0) in got, got


def test_from_a_day_to_the_end_of_a_named_month(ex: Extractor) -> None:
    text = (
        "Đăng lúc 08/11/2025 09:10\n\nPhường mới sau ba tháng hoạt động\n\n"
        "Dưới đây là kết quả của phường từ ngày 1/8/2025 đến hết tháng 10/2025.\n\n"
        "Đảng ủy phường tổ chức 12 buổi nói chuyện chuyên đề về chuyển đổi số."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert ("2025-08-01", "2025-10-31", "oral_propaganda_sessions", 12.0) in got, got


def test_a_rate_row_under_the_attendance_row_of_a_study(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Kết quả trong kỳ:\n\nChỉ tiêu | Quận 3 | Quận 10\n"
        "Lớp quán triệt Nghị quyết Đại hội Đảng bộ | 12 | 9\n"
        "Lượt đảng viên dự | 1.204 | 987\n"
        "Tỷ lệ đảng viên tham gia (%) | 95,5 | 96,1\n",
    )
    assert ("study_participation_rate", 95.5) in got and ("study_participation_rate", 96.1) in got, got


def test_a_total_row_naming_its_rows_in_brackets_is_no_fact(ex: Extractor) -> None:
    got = _values(
        ex,
        "Kết quả trong kỳ:\n\nChỉ tiêu | Quận 3 | Quận 10\n"
        "Buổi nói chuyện chuyên đề | 31 | 27\n"
        "Lớp bồi dưỡng nghiệp vụ | 4 | 3\n"
        "Tổng cộng (buổi, lớp) | 35 | 30\n",
    )
    assert 31.0 in got and 35.0 not in got and 30.0 not in got, got


def test_people_counted_for_each_item_are_no_count_of_work(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Các chi bộ mở 86 lớp học tập nghị quyết, từ 25 – 35 người mỗi lớp, với 2.540 lượt đảng viên "
        "tham dự.",
    )
    assert ("study_sessions", 86.0) in got and ("study_attendance", 2540.0) in got, got
    assert all(v not in (25.0, 35.0) for _, v in got), got


def test_the_upper_bound_of_a_range_per_item_is_no_fact_either(ex: Extractor) -> None:
    got = _values(
        ex,
        "Phường tổ chức 5 buổi livestream giới thiệu thủ tục hành chính, mỗi buổi từ 800 đến 1.200 "
        "lượt xem.",
    )
    assert 5.0 in got and 800.0 not in got and 1200.0 not in got, got


def test_members_listed_after_a_places_residents_are_its_size(ex: Extractor) -> None:
    got = _values(
        ex,
        "Đảng ủy phường tổ chức 3 hội nghị học tập nghị quyết. Phường hiện có khoảng 62 nghìn dân và "
        "gần 1.800 đảng viên.",
    )
    assert 3.0 in got and 1800.0 not in got, got


def test_a_total_of_views_named_by_tong_luot(ex: Extractor) -> None:
    got = _iv(ex, "Trang của phường đăng 312 tin, bài; tổng lượt tiếp cận ước đạt 4 triệu.")
    assert ("propaganda_audience", 4000000.0) in got, got
    got = _iv(ex, "- Video ngắn: 24 sản phẩm, tổng lượt xem khoảng 380 nghìn")
    assert ("propaganda_audience", 380000.0) in got, got


def test_views_after_an_opening_adverbial(ex: Extractor) -> None:
    got = _iv(ex, "Trong quý, các video số của phường có lượt tiếp cận ước đạt 650 nghìn.")
    assert ("propaganda_audience", 650000.0) in got, got


def test_a_list_label_names_the_people_dong_chi_counts(ex: Extractor) -> None:
    got = _iv(ex, "- Cộng tác viên dư luận xã hội: 17 đồng chí; báo cáo viên cấp phường: 8 đồng chí")
    assert ("opinion_collaborators", 17.0) in got and ("reporters", 8.0) in got, got
