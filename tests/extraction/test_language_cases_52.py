"""The language of holdout52 and holdout53 (session 15): an interview whose answers are labelled
with the short name of an official introduced above, a contest's topic after "tìm hiểu", the
units a summary was made from, a study's total named before the number, "một" as the last item
of a list in an official's words, a bare gathering before "và" or after "trực tuyến toàn ...", an
official's words opening with "Đến nay,", a numbered heading of results naming its span in a new
ward's report, a commune named without a number, a vehicle's runs after an audience, and what a
body is preparing.

Sentences and reports of our own invention, written for each rule (docs/LABELING.md)."""

from __future__ import annotations

from extraction_helpers import facts

from orchestration.extraction import Extractor

HEAD = "Thứ Ba, ngày 15/12/2020\n\nQuận Thanh Xuân: Tổng kết công tác tuyên giáo năm 2020\n\n"
COMMUNE_HEAD = "Thứ Hai, ngày 13/4/2026\n\nXã Sóc Sơn: Kết quả công tác tuyên giáo quý I năm 2026\n\n"


def _f(ex: Extractor, body: str, head: str = HEAD) -> list[tuple]:
    """(unit, period_start, period_end, indicator, value, qualifier) of each fact of head + body."""
    return [f[:6] for f in facts(ex, head + body)]


def _iv(ex: Extractor, body: str, head: str = HEAD) -> list[tuple]:
    """(indicator, value) of each fact of head + body."""
    return [(f[3], f[4]) for f in _f(ex, body, head)]


# --- an interview: the speaker's label is the short name of an official introduced above -------


INTERVIEW = (
    "Thứ Năm, ngày 9/4/2026\n\n"
    "Phường Kim Liên: Đưa nghị quyết về từng tổ dân phố\n\n"
    "Phóng viên trao đổi với ông Trần Quang Vinh, Phó Bí thư Thường trực Đảng ủy phường Kim Liên, "
    "về công tác tuyên giáo quý I năm 2026.\n\n"
    "PV: Việc học tập nghị quyết được tổ chức thế nào?\n\n"
)


def test_a_label_with_the_short_name_of_an_official_speaks_for_the_unit(ex: Extractor) -> None:
    for quote in ("“", '"'):
        close = "”" if quote == "“" else '"'
        body = (
            f"Ông Vinh: {quote}Đảng ủy phường tổ chức 2 hội nghị cấp phường; các chi bộ mở 31 lớp, "
            f"thu hút 2.406 lượt đảng viên.{close}\n\n"
            f"Ông Vinh: {quote}Chúng tôi tổ chức 17 buổi tuyên truyền tại các tổ dân phố.{close}\n"
        )
        got = _iv(ex, body, INTERVIEW)
        assert ("study_sessions", 2.0) in got, quote
        assert ("study_sessions", 31.0) in got, quote
        assert ("study_attendance", 2406.0) in got, quote
        assert ("oral_propaganda_sessions", 17.0) in got, quote
    # (a label with a name the text never introduced with a title stays an anecdote)
    body = "Bà Lụa: “Chúng tôi tổ chức 17 buổi tuyên truyền ở tổ dân phố.”\n"
    assert 17.0 not in [v for _, v in _iv(ex, body, INTERVIEW)]


# --- a contest's topic after "tìm hiểu" -------------------------------------------------------


def test_the_city_named_after_tim_hieu_is_the_contests_topic(ex: Extractor) -> None:
    body = (
        "Cuộc thi tìm hiểu lịch sử Đảng bộ Thành phố thu hút 9.312 lượt người dự thi của quận. "
        "Quận cũng mở 12 lớp học tập nghị quyết.\n"
    )
    got = _f(ex, body)
    assert ("Quận Thanh Xuân", "2020-01-01", "2020-12-31", "contest_entries", 9312.0, "exact") in got


# --- the units a summary was made from -------------------------------------------------------


def test_the_units_whose_reports_were_summed_are_no_count(ex: Extractor) -> None:
    body = "Tổng hợp từ báo cáo của 4 đơn vị trực thuộc, quận đã mở 57 lớp học tập nghị quyết.\n"
    got = _iv(ex, body)
    assert ("study_sessions", 57.0) in got
    assert 4.0 not in [v for _, v in got]


# --- a study's total named before the number -------------------------------------------------


def test_a_total_of_those_who_attended_study_before_the_number(ex: Extractor) -> None:
    body = "Các phường mở 214 lớp. Tổng số lượt cán bộ, đảng viên dự học là 8.730, đạt 95,4%.\n"
    got = facts(ex, HEAD + body)
    assert any(f[3] == "study_attendance" and f[4] == 8730.0 and f[6] == "party_members" for f in got)


# --- "một" as the last item of a list in an official's words ----------------------------------


def test_mot_after_a_listed_count_in_an_officials_words_is_one(ex: Extractor) -> None:
    body = (
        "Đồng chí Bí thư Đảng ủy xã: “Xã có 37 nhóm Zalo thôn với khoảng 9.200 thành viên và một "
        "trang fanpage.”\n"
    )
    got = _iv(ex, body, COMMUNE_HEAD)
    assert ("chat_groups", 37.0) in got
    assert ("social_pages", 1.0) in got


# --- a bare gathering before "và" or after "trực tuyến toàn ..." ------------------------------


SEVERAL = (
    "Thứ Tư, ngày 3/12/2025\n\n"
    "Ngọc Hà, Kim Liên: Học tập Nghị quyết Đại hội XVIII đến từng tổ dân phố\n\n"
    "Tháng 11/2025, Đảng bộ các phường Ngọc Hà và Kim Liên đã cơ bản hoàn thành việc học tập, quán "
    "triệt Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVIII.\n\n"
)


def test_a_bare_gathering_before_va_counts_the_leads_study(ex: Extractor) -> None:
    body = (
        "▪ Ngọc Hà – học nghị quyết ở nhà văn hóa\n\n"
        "Đảng ủy phường tổ chức 01 hội nghị cấp phường và 22 lớp ở các chi bộ.\n\n"
        "▪ Kim Liên – bản tin trên Zalo\n\n"
        "Phường Kim Liên tổ chức 3 hội nghị và mở 26 lớp, các chi bộ đều mời tổ trưởng tổ dân phố "
        "cùng dự.\n"
    )
    got = _iv(ex, body, SEVERAL)
    assert ("study_sessions", 3.0) in got
    assert ("study_sessions", 26.0) in got


def test_an_online_gathering_for_the_whole_city_counts_the_study_before(ex: Extractor) -> None:
    body = (
        "Trong tháng 11, Thành ủy đã tổ chức 1 hội nghị trực tuyến toàn Thành phố, kết nối tới "
        "90 điểm cầu.\n"
    )
    got = _iv(ex, body, SEVERAL)
    assert ("study_sessions", 1.0) in got
    assert 90.0 not in [v for _, v in got]


# --- an official's words opening with "Đến nay," --------------------------------------------


def test_the_unit_after_den_nay_opening_an_officials_words(ex: Extractor) -> None:
    body = (
        "Đồng chí Lê Thu Hà, Trưởng ban Tuyên giáo Quận ủy, cho biết: “Đến nay, quận có 44 nhóm "
        "Zalo khu phố; các nhóm sẽ được giữ nguyên.”\n"
    )
    got = _f(ex, body)
    assert ("Quận Thanh Xuân", "2020-12-15", "2020-12-15", "chat_groups", 44.0, "exact") in got


# --- a numbered heading of results naming its span ------------------------------------------


NEW_WARD = (
    "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\n"
    "ĐẢNG ỦY PHƯỜNG CẦU GIẤY\n\n"
    "Cầu Giấy, ngày 06 tháng 10 năm 2025\n\n"
    "BÁO CÁO\nKết quả công tác tuyên giáo 9 tháng năm 2025\n\n"
)


def test_a_results_heading_naming_a_span_before_the_reform_dates_its_section(ex: Extractor) -> None:
    body = (
        "1. Kết quả 6 tháng đầu năm 2025 của Quận ủy Cầu Giấy\n"
        "Quận ủy Cầu Giấy tổ chức 2 hội nghị cấp quận, các đảng bộ phường mở 96 lớp học tập nghị quyết.\n\n"
        "2. Kết quả của Đảng ủy phường (từ ngày 1/7/2025 đến ngày 30/9/2025)\n"
        "Đảng ủy phường mở 18 lớp học tập nghị quyết.\n"
    )
    got = _f(ex, body, NEW_WARD)
    assert ("Quận Cầu Giấy", "2025-01-01", "2025-06-30", "study_sessions", 2.0, "exact") in got
    assert ("Quận Cầu Giấy", "2025-01-01", "2025-06-30", "study_sessions", 96.0, "exact") in got
    assert ("Phường Cầu Giấy", "2025-07-01", "2025-09-30", "study_sessions", 18.0, "exact") in got


# --- a commune is named without a number ------------------------------------------------------


def test_a_count_right_after_xa_is_no_communes_number(ex: Extractor) -> None:
    for n in ("27", "8"):
        body = f"Trong quý, các thôn đã gửi về xã {n} báo cáo nhanh về tình hình dư luận.\n"
        assert ("opinion_reports", float(n)) in _iv(ex, body, COMMUNE_HEAD), n


# --- a vehicle's runs after an audience -------------------------------------------------------


def test_a_vehicles_runs_after_meetings_and_their_audience_are_other(ex: Extractor) -> None:
    body = (
        "Xã tổ chức 9 hội nghị tiếp xúc cử tri với khoảng 3.100 lượt cử tri tham dự; đội xe loa "
        "chạy 175 lượt.\n"
    )
    assert ("other", 175.0) in _iv(ex, body, COMMUNE_HEAD)


# --- what a body is preparing ----------------------------------------------------------------


def test_what_a_body_is_preparing_to_hand_over_is_no_result(ex: Extractor) -> None:
    body = (
        "Quận đã mở 12 lớp học tập nghị quyết. Ban Tuyên giáo Quận ủy đang chuẩn bị bàn giao hồ "
        "sơ và 4 fanpage cho các đảng ủy phường.\n"
    )
    got = _iv(ex, body)
    assert ("study_sessions", 12.0) in got
    assert 4.0 not in [v for _, v in got]
