"""Session 6: the language behind holdout5's misses (an official's quoted figures, periods that
run "from a year to now", comparisons, the report's own span, concessive openers, photo
captions, page counts, buildings, age groups, survey shares, growth rates, followers, units
named as a model, an address, a link, a passive agent or the scope of a superlative).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from extraction_helpers import facts, values

from orchestration.extraction import Extractor

HEAD = "Ngày 9/1/2022\n\nQuận Tân Phú tổng kết công tác tuyên giáo năm 2021\n\n"


def _facts(ex: Extractor, body: str, head: str = HEAD) -> list[tuple]:
    return facts(ex, head + body)


def _reasons(ex: Extractor, text: str) -> dict[float, str]:
    return {u.value: u.reason for u in ex.extract(text, doc_id="t").unclassified}


# ---- (1) an official speaking for the unit: a fact; a resident's anecdote: a trap -----------
def test_an_officials_quoted_figure_about_the_units_work_is_a_fact(ex: Extractor) -> None:
    body = (
        "“Cả năm, chúng tôi biên tập và đăng 530 tin, bài lên cổng thông tin của quận”, "
        "đồng chí Phó Trưởng ban Tuyên giáo Quận ủy Tân Phú cho biết."
    )
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("news_items", 530.0)]


def test_an_official_introduced_by_a_colon_counts_too(ex: Extractor) -> None:
    body = "Đồng chí Bí thư Quận ủy Tân Phú nói: “Năm nay chúng tôi mở 12 lớp bồi dưỡng nghiệp vụ cho tổ trưởng.”"
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("training_classes", 12.0)]


def test_a_residents_quoted_figure_stays_a_trap(ex: Extractor) -> None:
    body = "Ông Trần Văn Bảy, 68 tuổi, nói: “Chúng tôi ở đây 40 hộ, tháng nào cũng có 3 buổi tổ trưởng đến nói chuyện.”"
    assert _facts(ex, body) == []


def test_a_cell_secretary_speaks_for_the_cell_not_the_district(ex: Extractor) -> None:
    body = "“Chúng tôi có 52 đảng viên thì 50 người dự học”, bà Lê Thị Hoa, Bí thư Chi bộ khu phố 4 chia sẻ."
    assert _facts(ex, body) == []


# ---- (2) comparisons with an earlier period -------------------------------------------------
def test_a_growth_rate_is_a_change_without_so_voi(ex: Extractor) -> None:
    text = HEAD + "Năm 2021, lượt truy cập cổng thông tin tăng 14,5% nhờ chuyên mục hỏi đáp."
    assert values(ex, text) == []
    assert _reasons(ex, text)[14.5] == "change"


def test_the_year_compared_with_is_no_period_of_the_count(ex: Extractor) -> None:
    body = "Trang thông tin điện tử của quận đăng 940 tin, bài, nhiều hơn 110 tin so với năm 2020."
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [("2021-01-01", "2021-12-31", 940.0)]


# ---- (3) per-item figures without a verb ----------------------------------------------------
def test_a_figure_per_item_is_a_trap(ex: Extractor) -> None:
    body = "Ban Tuyên giáo in 4.000 cuốn sổ tay, mỗi cuốn 36 trang."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("other", 4000.0)]


# ---- (4) pages of a printed item ------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    ["Quận biên soạn tài liệu sinh hoạt chi bộ dày 52 trang.", "Ban gửi báo cáo chuyên đề (gồm 18 trang) lên Thành ủy."],
)
def test_the_pages_of_a_printed_item_are_no_social_pages(ex: Extractor, body: str) -> None:
    assert [f[3] for f in _facts(ex, body)] == []


def test_a_bare_trang_after_a_verb_of_running_stays_a_page(ex: Extractor) -> None:
    body = "Hiện các phường duy trì 14 trang hoạt động thường xuyên."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("social_pages", 14.0)]


def test_issues_of_a_bulletin_are_news_items(ex: Extractor) -> None:
    body = "Bản tin “Tuyên giáo Tân Phú” phát hành 24 số trong năm."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("news_items", 24.0)]


def test_some_is_no_issue(ex: Extractor) -> None:
    body = "Tuy vậy, một số chi bộ còn sinh hoạt hình thức; quận tổ chức 8 hội nghị học tập nghị quyết."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("study_sessions", 8.0)]


# ---- (5) photo captions ---------------------------------------------------------------------
def test_a_photo_caption_is_no_result(ex: Extractor) -> None:
    body = "Quận khen thưởng 11 tập thể.\n\nẢnh: 5 tập thể nhận bằng khen tại hội nghị."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("commended_collectives", 11.0)]


# ---- (7) age groups, survey shares ----------------------------------------------------------
def test_an_age_group_is_no_audience(ex: Extractor) -> None:
    body = "Câu lạc bộ hưu trí quận có 2.300 hội viên trên 70 tuổi; quận tổ chức 30 buổi nói chuyện thời sự."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("oral_propaganda_sessions", 30.0)]


def test_the_share_of_an_age_group_is_no_rate(ex: Extractor) -> None:
    body = "Trên địa bàn, người dưới 30 tuổi chiếm khoảng 41%; quận mở 6 lớp bồi dưỡng nghiệp vụ."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("training_classes", 6.0)]


def test_a_share_of_people_asked_is_a_survey_finding(ex: Extractor) -> None:
    body = "Theo phiếu thăm dò, 76% cư dân được hỏi biết đến chuyên mục hỏi đáp của quận."
    assert _facts(ex, body) == []


# ---- buildings, streets, dimensions, an institution's people --------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Khu tái định cư có 14 lô chung cư cũ đang chờ cải tạo.",
        "Khu tập thể có 19 nhà 4 tầng xây từ thập niên 1970.",
        "Quận lắp loa truyền thanh trên 17 tuyến phố chính.",
        "Pano được in khổ 120 x 240 cm.",
        "Phường có Trường Đại học Sư phạm với gần 20 nghìn sinh viên.",
    ],
)
def test_what_a_place_has_is_no_result(ex: Extractor, body: str) -> None:
    assert _facts(ex, body) == []


def test_people_reached_are_an_audience(ex: Extractor) -> None:
    body = "Ước tính có 900 tiểu thương được tuyên truyền về phòng cháy tại các chợ."
    assert [(f[3], f[4], f[5]) for f in _facts(ex, body)] == [("propaganda_audience", 900.0, "approx")]


# ---- (10) "từ năm N đến nay", "Từ ngày X, ... đến nay" --------------------------------------
def test_from_a_year_to_now_runs_to_the_report_date(ex: Extractor) -> None:
    body = "Từ năm 2018 đến nay, quận tổ chức 66 hội nghị báo cáo viên."
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [("2018-01-01", "2022-01-09", 66.0)]


def test_from_a_date_with_to_now_later_in_the_sentence(ex: Extractor) -> None:
    body = "Từ ngày 1/9/2021, quận phát chương trình phát thanh “Tân Phú hôm nay”; đến nay đã phát 40 số."
    assert [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)] == [("2021-09-01", "2022-01-09", "news_items", 40.0)]


# ---- the report's own span: "N tháng qua", "trong quý", "trong năm" --------------------------
def test_the_reports_span_overrides_a_paragraph_opener(ex: Extractor) -> None:
    head = "Ngày 5/7/2022\n\nQuận Tân Phú sơ kết công tác tuyên giáo 6 tháng đầu năm 2022\n\n"
    body = (
        "Từ ngày 2/5 đến nay, quận ban hành 9 văn bản. Sáu tháng qua, quận tổ chức 21 hội nghị học tập; "
        "các chi bộ tổ chức 300 buổi sinh hoạt chi bộ."
    )
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body, head)] == [
        ("2022-05-02", "2022-07-05", 9.0),
        ("2022-01-01", "2022-06-30", 21.0),
        ("2022-01-01", "2022-06-30", 300.0),
    ]


def test_in_the_year_after_a_quarter_opener_is_the_year(ex: Extractor) -> None:
    body = "Riêng quý IV/2021, quận tổ chức 15 buổi nói chuyện thời sự; trong năm, quận gửi 20 báo cáo dư luận xã hội."
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [
        ("2021-10-01", "2021-12-31", 15.0),
        ("2021-01-01", "2021-12-31", 20.0),
    ]


# ---- a concessive clause opening a paragraph ------------------------------------------------
def test_a_concessive_opener_dates_only_its_own_clause(ex: Extractor) -> None:
    body = (
        "Dù tháng 8/2021 quận chỉ tổ chức được 2 hội nghị trực tuyến, cả năm quận vẫn tổ chức 44 hội nghị học tập nghị quyết. "
        "Các chi bộ tổ chức 610 buổi sinh hoạt chi bộ."
    )
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [
        ("2021-08-01", "2021-08-31", 2.0),
        ("2021-01-01", "2021-12-31", 44.0),
        ("2021-01-01", "2021-12-31", 610.0),
    ]


# ---- (11) followers of a page ---------------------------------------------------------------
def test_followers_are_an_audience_at_the_report_date(ex: Extractor) -> None:
    body = "Từ tháng 3 đến tháng 9, quận đăng 120 tin, bài; fanpage của quận có hơn 21.000 người theo dõi."
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got[-1] == ("2022-01-09", "2022-01-09", "propaganda_audience", 21000.0)


# ---- (13) "chưa kể" ------------------------------------------------------------------------
def test_what_is_left_out_of_a_count_is_a_trap(ex: Extractor) -> None:
    body = "Quận đăng 700 tin, bài, chưa kể hàng trăm tin của các phường."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("news_items", 700.0)]


# ---- units: a model, an address, a link, a passive agent, the scope of a superlative ----------
def _units(ex: Extractor, text: str) -> list[tuple[str, float]]:
    return [(f[0], f[4]) for f in facts(ex, text)]


def test_a_unit_named_as_a_model_is_not_the_actor(ex: Extractor) -> None:
    text = (
        "Ngày 9/1/2022\n\nQuận 4 tổng kết công tác tuyên giáo năm 2021\n\n"
        "Quận học tập kinh nghiệm từ mô hình của Quận 7.\n\nBan Tuyên giáo Quận ủy tổ chức 33 buổi nói chuyện thời sự."
    )
    assert _units(ex, text) == [("Quận 4", 33.0)]


def test_a_unit_in_an_address_is_not_the_actor(ex: Extractor) -> None:
    text = (
        "Ngày 9/1/2022\n\nBan Tuyên giáo Thành ủy TP.HCM tổng kết công tác tuyên giáo năm 2021\n\n"
        "Hội nghị diễn ra tại hội trường lớn (số 12 Nguyễn Du, Quận 1).\n\n"
        "Trong năm, các sở, ngành, quận, huyện hiện có 55 trang thông tin điện tử."
    )
    assert _units(ex, text) == [("Thành phố Hồ Chí Minh", 55.0)]


def test_a_unit_at_the_end_of_a_link_is_not_the_actor(ex: Extractor) -> None:
    text = (
        "Ngày 9/1/2022\n\nQuận Long Biên tổng kết công tác tuyên giáo năm 2021\n\n"
        "Long Biên có tuyến đường nối Long Biên với Gia Lâm đang thi công.\n\nQuận tổ chức 27 hội nghị học tập nghị quyết."
    )
    assert _units(ex, text) == [("Quận Long Biên", 27.0)]


def test_a_city_body_as_the_agent_of_a_passive_is_not_the_actor(ex: Extractor) -> None:
    text = (
        "Ngày 9/1/2026\n\nPhường Bến Thành tổng kết công tác tuyên giáo năm 2025\n\n"
        "Năm 2025, công tác tuyên giáo của phường được Ban Thường vụ Thành ủy ghi nhận; 3 tập thể của phường được khen thưởng."
    )
    assert _units(ex, text) == [("Phường Bến Thành", 3.0)]


def test_the_city_as_the_scope_of_a_superlative_is_not_the_actor(ex: Extractor) -> None:
    text = (
        "Ngày 9/1/2020\n\nQuận Hoàng Mai tổng kết công tác tuyên giáo năm 2019\n\n"
        "Hoàng Mai là quận duy nhất của Thủ đô lập chuyên trang hỏi đáp, đăng 310 tin, bài."
    )
    assert _units(ex, text) == [("Quận Hoàng Mai", 310.0)]


def test_wards_a_ward_was_formed_from_are_history(ex: Extractor) -> None:
    text = (
        "Ngày 3/11/2025\n\nPhường Ô Chợ Dừa sau 4 tháng vận hành\n\n"
        "Phường Ô Chợ Dừa: Phường được thành lập từ các phường Văn Chương, Hàng Bột và một phần phường lân cận. "
        "Đảng ủy phường ban hành 13 văn bản."
    )
    assert [f[0] for f in facts(ex, text)] == ["Phường Ô Chợ Dừa"]


# ---- a year naming a contest; a lower-case "quận" before a large count ---------------------
def test_a_year_in_a_contests_name_is_no_period(ex: Extractor) -> None:
    head = "Ngày 5/10/2023\n\nQuận Tân Phú: công tác tuyên giáo 9 tháng đầu năm 2023\n\n"
    body = "Cuộc thi viết về gương người tốt năm 2023 cấp quận nhận 190 tác phẩm."
    assert [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body, head)] == [
        ("2023-01-01", "2023-09-30", "contest_entries", 190.0)
    ]


def test_a_large_count_after_a_lower_case_quan_is_no_district_name(ex: Extractor) -> None:
    body = "Năm 2021, cổng thông tin của quận 415 tin, bài được đăng mới."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("news_items", 415.0)]


# ---- vocabulary: contest participants, a whole-committee rate, residents as masses ----------
def test_people_taking_part_in_a_contest_are_entries(ex: Extractor) -> None:
    body = "Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ quận có 7.205 lượt người dự thi."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("contest_entries", 7205.0)]


def test_all_committee_members_studying_is_a_participation_rate(ex: Extractor) -> None:
    body = "Quận tổ chức hội nghị quán triệt nghị quyết cho 100% cấp ủy viên các chi bộ."
    assert [(f[3], f[4]) for f in _facts(ex, body)] == [("study_participation_rate", 100.0)]


def test_residents_in_an_audience_are_masses(ex: Extractor) -> None:
    body = "Phường tổ chức 9 buổi tuyên truyền miệng với 1.100 lượt cư dân tham dự."
    assert [(f[3], f[4], f[6]) for f in _facts(ex, body)][-1] == ("propaganda_audience", 1100.0, "masses")
