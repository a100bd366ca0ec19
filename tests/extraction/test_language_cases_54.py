"""The language of holdout54 and holdout55 (session 14, sixth round): a new ward's report recalling
its predecessor district's wards, table columns "6 tháng 2023", qualifiers "ngót" and "non",
averages and the extreme of some unit, the party members a unit's communes hold, a workforce of
places named in a list, and emulation points.

Sentences and tables of our own invention, written for each rule (docs/LABELING.md)."""

from __future__ import annotations

from extraction_helpers import facts

from orchestration.extraction import Extractor

HEAD = "Ngày 12/1/2023, Ban Tuyên giáo Huyện ủy Bình Chánh báo cáo kết quả công tác tuyên giáo năm 2022.\n\n"
TAIL = "\n\nHuyện tiếp tục đổi mới phương thức tuyên truyền.\n"


def _f(ex: Extractor, body: str, head: str = HEAD) -> list[tuple]:
    """(unit, period_start, period_end, indicator, value, qualifier) of each fact of head + body."""
    return [f[:6] for f in facts(ex, head + body + TAIL)]


# --- a new ward's report: the predecessor district's wards before the reform -----------------


WARD_HEAD = (
    "ĐẢNG ỦY PHƯỜNG SÀI GÒN\n"
    "Sài Gòn, ngày 08 tháng 10 năm 2025\n\n"
    "BÁO CÁO\nKết quả công tác tuyên giáo 9 tháng năm 2025\n\n"
)


def test_wards_in_a_sentence_dated_before_the_reform_are_the_districts(ex: Extractor) -> None:
    # "các đảng bộ phường" in a sentence dated in the first half of 2025 are the district's
    # wards (the district as it then was), and "Quận ủy" after them stays the district
    body = (
        "1. Trước khi sắp xếp (tháng 1 – tháng 6/2025)\n"
        "Sáu tháng đầu năm 2025, Ban Tuyên giáo Quận ủy Quận 1 tổ chức 4 hội nghị cấp quận quán "
        "triệt nghị quyết; các đảng bộ phường mở 95 lớp học tập nghị quyết. Quận ủy cũng tổ chức "
        "5 hội nghị báo cáo viên.\n\n"
        "2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)\n"
        "Đảng ủy phường tổ chức 2 hội nghị báo cáo viên."
    )
    got = _f(ex, body, WARD_HEAD)
    assert ("Quận 1", "2025-01-01", "2025-06-30", "study_sessions", 95.0, "exact") in got
    assert ("Quận 1", "2025-01-01", "2025-06-30", "reporter_conferences", 5.0, "exact") in got
    assert ("Phường Sài Gòn", "2025-07-01", "2025-10-08", "reporter_conferences", 2.0, "exact") in got
    assert not [f for f in got if f[0] == "Phường Sài Gòn" and f[1] < "2025-07-01"]


# --- a table column "6 tháng 2023" (no "đầu năm") --------------------------------------------


def test_months_column_with_a_bare_year_is_the_first_months_of_that_year(ex: Extractor) -> None:
    head = "Ngày 8/7/2024, Ban Tuyên giáo Huyện ủy Bình Chánh sơ kết công tác 6 tháng đầu năm 2024.\n\n"
    body = "Nội dung | 6 tháng 2023 | 6 tháng 2024 | Tăng, giảm\nBuổi tuyên truyền miệng | 210 | 236 | +26"
    assert _f(ex, body, head) == [
        ("Huyện Bình Chánh", "2023-01-01", "2023-06-30", "oral_propaganda_sessions", 210.0, "exact"),
        ("Huyện Bình Chánh", "2024-01-01", "2024-06-30", "oral_propaganda_sessions", 236.0, "exact"),
    ]


def test_nine_months_with_a_bare_year_in_prose(ex: Extractor) -> None:
    got = _f(ex, "Trong 9 tháng 2022, huyện mở 48 lớp học tập nghị quyết.")
    assert got == [("Huyện Bình Chánh", "2022-01-01", "2022-09-30", "study_sessions", 48.0, "exact")]


# --- qualifiers "ngót", "non" (just under N) -----------------------------------------------


def test_ngot_is_just_under(ex: Extractor) -> None:
    got = _f(ex, "Năm 2022, huyện tổ chức ngót 300 buổi nói chuyện chuyên đề tại các ấp.")
    assert got == [("Huyện Bình Chánh", "2022-01-01", "2022-12-31", "oral_propaganda_sessions", 300.0, "at_most")]


def test_non_is_just_under(ex: Extractor) -> None:
    got = _f(ex, "Năm 2022, Ban Tuyên giáo Huyện ủy đăng non 700 tin, bài trên trang thông tin điện tử huyện.")
    assert got == [("Huyện Bình Chánh", "2022-01-01", "2022-12-31", "news_items", 700.0, "at_most")]


def test_mam_non_is_the_kindergarten_no_qualifier(ex: Extractor) -> None:
    got = _f(ex, "Năm 2022, huyện tổ chức tuyên truyền miệng tại các trường mầm non 45 buổi.")
    assert got == [("Huyện Bình Chánh", "2022-01-01", "2022-12-31", "oral_propaganda_sessions", 45.0, "exact")]


# --- averages with a comma and the extreme of some unit ------------------------------------


def test_average_after_a_comma_is_no_count(ex: Extractor) -> None:
    got = _f(ex, "Năm 2022, huyện mở 320 lớp học tập nghị quyết. Tính trung bình, mỗi xã trong huyện mở khoảng 20 lớp.")
    assert [f[4] for f in got] == [320.0]


def test_some_units_extreme_is_no_count(ex: Extractor) -> None:
    got = _f(ex, "Năm 2022, huyện mở 320 lớp học tập nghị quyết, có xã đông đảng viên lên đến 35 lớp.")
    assert [f[4] for f in got] == [320.0]


# --- the size of a unit: party members with its communes, workforce of listed places ------


def test_party_members_listed_with_the_communes_are_no_fact(ex: Extractor) -> None:
    got = _f(ex, "Năm 2022, với 16 xã, thị trấn và gần 15.000 đảng viên, huyện mở 320 lớp học tập nghị quyết.")
    assert [f[4] for f in got] == [320.0]


def test_workforce_of_places_named_in_a_list_is_no_fact(ex: Extractor) -> None:
    got = _f(
        ex,
        "Năm 2022, các khu công nghiệp Lê Minh Xuân, Vĩnh Lộc – Tân Tạo thu hút hơn 80.000 lao động; "
        "huyện tổ chức 45 buổi nói chuyện chuyên đề.",
    )
    assert [f[4] for f in got] == [45.0]


# --- emulation points --------------------------------------------------------------------------


def test_emulation_points_are_a_score(ex: Extractor) -> None:
    got = _f(ex, "Năm 2022, huyện mở 320 lớp học tập nghị quyết. Huyện Bình Chánh dẫn đầu khối huyện với 97 điểm thi đua.")
    assert [f[4] for f in got] == [320.0]
