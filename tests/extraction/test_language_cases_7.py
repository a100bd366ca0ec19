"""Session 7: the language behind holdout6's misses (a dateline after a place ending in a number,
month counts in words, "cả năm" / "cả quý" / "Trong 6 tháng," as the report's span, a
concession's month taken for a section's period, "hiện có" after a comma, list lines under a
lead-in ("- Số lớp: 58; ..."), an official's quotation naming the unit, prizes, rankings,
capacities, ranges without "từ", a share of a plan, an election's turnout, dashes inside names,
the base of a comparison, a document's term, a theme's year, activities counted in times,
programmes aired, issues in number words).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from extraction_helpers import headed, values

from orchestration.extraction import Extractor

HEAD = "Ngày 12/1/2023\n\nQuận Gò Vấp tổng kết công tác tuyên giáo năm 2022\n\n"


_facts, _iv = headed(HEAD)


# ---- (1) document date and periods ---------------------------------------------------------
def test_a_dateline_after_a_place_ending_in_a_number(ex: Extractor) -> None:
    text = "Quận 8, ngày 06/02/2019\n\nQuận 8 tổng kết năm 2018\n\nChiều 5/2, quận tổ chức hội nghị."
    assert ex.extract(text, doc_id="t").doc_date.isoformat() == "2019-02-06"


@pytest.mark.parametrize(
    ("words", "end"), [("Tám tháng đầu năm 2022", "2022-08-31"), ("Bốn tháng đầu năm 2022", "2022-04-30")]
)
def test_a_month_count_in_words_opens_the_first_months(ex: Extractor, words: str, end: str) -> None:
    head = "Ngày 10/9/2022\n\nQuận Gò Vấp sơ kết công tác tuyên giáo\n\n"
    got = _facts(ex, f"{words}, quận tổ chức 17 hội nghị học tập nghị quyết.", head)
    assert [(f[1], f[2], f[4]) for f in got] == [("2022-01-01", end, 17.0)]


def test_ca_nam_before_a_noun_is_the_year_not_five(ex: Extractor) -> None:
    body = "Dù quý I trang tin chỉ đăng 20 tin, bài, cả năm trang tin của quận vẫn đăng 380 tin, bài."
    assert _iv(ex, body) == [("news_items", 20.0), ("news_items", 380.0)]


def test_nam_as_five_still_counts(ex: Extractor) -> None:
    assert _iv(ex, "Hiện quận duy trì năm trang fanpage của các phường.") == [("social_pages", 5.0)]


def test_a_concessions_month_is_no_period_of_the_section(ex: Extractor) -> None:
    head = "Ngày 8/7/2022\n\nQuý II/2022: hai quận đẩy mạnh tuyên truyền\n\n"
    body = (
        "Quận Gò Vấp: Quận có 16 phường. Dù tháng 4 quận chỉ mở được 1 lớp bồi dưỡng do sửa chữa "
        "hội trường, cả quý quận vẫn mở 7 lớp bồi dưỡng nghiệp vụ. Quận tổ chức 45 buổi tuyên "
        "truyền miệng về an toàn giao thông."
    )
    got = [(f[1], f[2], f[4]) for f in _facts(ex, body, head)]
    assert got == [
        ("2022-04-01", "2022-04-30", 1.0),
        ("2022-04-01", "2022-06-30", 7.0),
        ("2022-04-01", "2022-06-30", 45.0),
    ]


def test_ca_nam_opening_a_quotation_is_the_reports_year(ex: Extractor) -> None:
    body = (
        "Tháng 10/2022, quận ra mắt trang fanpage mới. “Cả năm, đội ngũ cộng tác viên gửi về 28 "
        "báo cáo dư luận xã hội”, đồng chí Trưởng ban Tuyên giáo Quận ủy cho biết."
    )
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [("2022-01-01", "2022-12-31", 28.0)]


def test_trong_n_thang_opening_a_sentence_is_the_reports_span(ex: Extractor) -> None:
    head = "Ngày 30/12/2025\n\nPhường Gò Vấp: sáu tháng cuối năm 2025\n\n"
    body = "Quý IV/2025, phường tổ chức 4 hội nghị học tập. Trong 6 tháng, trang fanpage của phường đăng 215 tin, bài."
    got = [(f[1], f[2], f[4]) for f in _facts(ex, body, head)]
    assert got == [("2025-10-01", "2025-12-31", 4.0), ("2025-07-01", "2025-12-31", 215.0)]


# ---- (2) stocks and "hiện" -----------------------------------------------------------------
def test_hien_co_after_a_comma_dates_what_follows_it_only(ex: Extractor) -> None:
    head = "Ngày 6/10/2021\n\nQuận Gò Vấp: công tác tuyên giáo quý III/2021\n\n"
    body = "Trong quý, các phường duy trì 640 nhóm Zalo khu phố, hiện có khoảng 52.000 thành viên."
    got = [(f[1], f[3], f[4]) for f in _facts(ex, body, head)]
    assert got == [("2021-09-30", "chat_groups", 640.0), ("2021-10-06", "chat_group_members", 52000.0)]


def test_a_later_clause_with_hien_is_not_dated_by_an_as_of_opening(ex: Extractor) -> None:
    body = (
        "Tính đến ngày 15/12/2022, quận có 31 báo cáo viên; hiện các nhóm Zalo của quận có 9.100 thành viên."
    )
    got = [(f[1], f[4]) for f in _facts(ex, body)]
    assert got == [("2022-12-15", 31.0), ("2023-01-12", 9100.0)]


# ---- (3) list lines under a lead-in ---------------------------------------------------------
def test_list_lines_take_what_is_counted_from_their_lead_in(ex: Extractor) -> None:
    body = (
        "Kết quả học tập, quán triệt các nghị quyết của Trung ương như sau:\n"
        "- Số hội nghị: 36; số người dự: 7.240 lượt cán bộ, đảng viên và 1.930 lượt quần chúng;\n"
        "- Số đảng viên chưa tham gia: 95 người."
    )
    got = [(f[3], f[4], f[6]) for f in _facts(ex, body)]
    assert got == [
        ("study_sessions", 36.0, "all"),
        ("study_attendance", 7240.0, "party_members"),
        ("study_attendance", 1930.0, "masses"),
        ("other", 95.0, "all"),
    ]


def test_a_line_with_no_lead_in_keeps_its_own_words(ex: Extractor) -> None:
    assert _iv(ex, "- Số lượt truy cập trang tin: 120.000 lượt.") == [("other", 120000.0)]


# ---- (4) an official's quotation naming the unit ---------------------------------------------
def test_an_officials_quotation_with_the_unit_as_subject_is_a_fact(ex: Extractor) -> None:
    body = (
        "“Quận ủy đã khen thưởng 14 tập thể trong đợt thi đua”, đồng chí Phó Bí thư Quận ủy Gò Vấp cho biết."
    )
    assert _iv(ex, body) == [("commended_collectives", 14.0)]


def test_a_residents_quotation_naming_the_ward_stays_a_trap(ex: Extractor) -> None:
    body = "Bà Lê Thị Năm, tiểu thương chợ Hạnh Thông, kể: “Ban quản lý chợ mời tôi dự 4 buổi nói chuyện.”"
    assert _iv(ex, body) == []


# ---- (5) prizes, rankings, capacities ------------------------------------------------------
def test_the_prized_items_of_a_contest_are_no_count(ex: Extractor) -> None:
    body = (
        "Cuộc thi viết về gương người tốt nhận 412 bài dự thi, trong đó 9 bài xuất sắc nhất được trao giải."
    )
    assert _iv(ex, body) == [("contest_entries", 412.0)]


def test_commended_excellent_collectives_still_count(ex: Extractor) -> None:
    assert _iv(ex, "Quận ủy khen thưởng 6 tập thể xuất sắc.") == [("commended_collectives", 6.0)]


@pytest.mark.parametrize(
    "body",
    [
        "Phường 10 được Thành phố chọn là một trong 3 đơn vị tiêu biểu của phong trào.",
        "Quận có 4 đơn vị dẫn đầu phong trào thi đua.",
    ],
)
def test_a_ranking_is_no_count(ex: Extractor, body: str) -> None:
    assert _iv(ex, body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Hội nghị tổ chức tại nhà thi đấu với sức chứa 3.500 chỗ ngồi.",
        "Trên địa bàn có trạm cấp nước công suất 60.000 m3/ngày.",
    ],
)
def test_the_capacity_of_a_place_is_no_count(ex: Extractor, body: str) -> None:
    assert _iv(ex, body) == []


def test_people_living_in_boarding_houses_are_a_population(ex: Extractor) -> None:
    body = "Quận có 16 phường, tập trung nhiều khu nhà trọ với gần 150 nghìn công nhân."
    assert _iv(ex, body) == []


def test_a_dash_inside_an_institutions_name_does_not_cut_the_clause(ex: Extractor) -> None:
    body = "Trên địa bàn có Trường Đại học Sư phạm – Kỹ thuật với khoảng 20 nghìn sinh viên."
    assert _iv(ex, body) == []


# ---- (6) ranges, plans, turnout ---------------------------------------------------------------
def test_a_span_of_days_without_tu_is_a_duration(ex: Extractor) -> None:
    assert _iv(ex, "Mỗi đợt tuyên truyền lưu động kéo dài 10 đến 12 ngày.") == []


def test_a_range_of_counted_nouns_without_tu_is_its_lower_bound(ex: Extractor) -> None:
    got = _facts(ex, "Mỗi quý, trung tâm mở 3 đến 5 lớp bồi dưỡng nghiệp vụ.")
    assert [(f[3], f[4], f[5]) for f in got] == [("training_classes", 3.0, "at_least")]


def test_a_share_of_a_plan_is_no_result(ex: Extractor) -> None:
    body = "Quận đăng 620 tin, bài, đạt 112% kế hoạch năm."
    assert _iv(ex, body) == [("news_items", 620.0)]


def test_an_elections_turnout_is_no_rate_of_work(ex: Extractor) -> None:
    assert _iv(ex, "Tỷ lệ cử tri đi bầu trên địa bàn quận đạt 99,2%.") == []


# ---- (7) periods that name something else ----------------------------------------------------
def test_the_year_of_a_comparison_after_gap_doi_is_no_period(ex: Extractor) -> None:
    body = "Trung tâm chính trị mở 12 lớp bồi dưỡng cho 940 học viên, gấp đôi số học viên của năm 2021."
    got = [(f[1], f[2], f[4]) for f in _facts(ex, body)]
    assert got == [("2022-01-01", "2022-12-31", 12.0), ("2022-01-01", "2022-12-31", 940.0)]


def test_the_year_compared_with_after_a_noun_is_no_period(ex: Extractor) -> None:
    body = "Quận tổ chức 30 buổi tuyên truyền về bầu cử, nhiều hơn so với cuộc bầu cử năm 2016."
    assert [(f[1], f[4]) for f in _facts(ex, body)] == [("2022-01-01", 30.0)]


def test_a_documents_term_is_no_period_of_the_work(ex: Extractor) -> None:
    body = "Quận tổ chức 52 buổi tuyên truyền về Đề án chuyển đổi số của quận giai đoạn 2021–2025."
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [("2022-01-01", "2022-12-31", 52.0)]


def test_a_themes_year_is_no_period(ex: Extractor) -> None:
    body = "Các chi bộ tổ chức 310 buổi sinh hoạt chuyên đề theo chủ đề “Năm 2022 – Năm dân vận khéo”."
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [("2022-01-01", "2022-12-31", 310.0)]


# ---- (8) what is counted ------------------------------------------------------------------------
def test_talks_counted_in_times_are_sessions(ex: Extractor) -> None:
    body = "Báo cáo viên của quận xuống các khu nhà trọ nói chuyện 9 lần."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 9.0)]


def test_meetings_counted_in_times_are_no_oral_sessions(ex: Extractor) -> None:
    assert [f[3] for f in _facts(ex, "Ban chỉ đạo họp 6 lần để rà soát tiến độ.")] != [
        "oral_propaganda_sessions"
    ]


def test_programmes_aired_are_news_items(ex: Extractor) -> None:
    body = "Đài truyền thanh quận phát 140 chương trình thời sự."
    assert _iv(ex, body) == [("news_items", 140.0)]


def test_programmes_carried_out_are_no_news_items(ex: Extractor) -> None:
    assert [f[3] for f in _facts(ex, "Quận thực hiện 3 chương trình hành động.")] != ["news_items"]


def test_issues_in_number_words_are_news_items(ex: Extractor) -> None:
    assert _iv(ex, "Bản tin nội bộ của quận phát hành mười số.") == [("news_items", 10.0)]


def test_mot_so_is_still_some(ex: Extractor) -> None:
    assert values(ex, HEAD + "Một số chi bộ chưa tổ chức sinh hoạt chuyên đề.") == []


def test_cell_committee_members_studying_is_a_participation_rate(ex: Extractor) -> None:
    body = "Quận tổ chức học tập nghị quyết; 100% chi ủy viên các chi bộ đã tham gia."
    assert ("study_participation_rate", 100.0) in _iv(ex, body)
