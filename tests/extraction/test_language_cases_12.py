"""Session 10: the language behind holdout11's misses (an administrative dateline under a
letterhead, "Từ ngày D/M/Y, ..." opening an article with no end, a goal "để lên quận", an
official's speech introduced by the paragraph before it, a ward's section heading in capitals
with a title after the colon, "số thành viên hiện nay" ending the clause before it, "lượt ...
ước đạt N", a participation rate in the clause after an attendance, reports sharing the purpose
named after the last item; traps: words in single quotes after a colon, the people and
households of places a unit has, universities a place has, the party organisations members
"sinh hoạt ở", a policy's support package, "trao N giải cho ...", people "bổ sung" to a stock,
a vehicle's runs). A count per year or month ("mỗi năm ... từ 10 đến 12 hội nghị") stays a fact
(test_language_cases_7: "Mỗi quý, trung tâm mở 3 đến 5 lớp"), although holdout11's gold makes
it a trap.

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from datetime import date

from extraction_helpers import facts, headed, values

from orchestration.extraction import Extractor
from orchestration.extraction.periods import dateline_date

HEAD = "Ngày 12/1/2021\n\nQuận Hoàng Mai tổng kết công tác tuyên giáo năm 2020\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) an administrative dateline under a letterhead ----------------------------------------
def test_a_place_dateline_under_a_letterhead_dates_the_report() -> None:
    head = (
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nHUYỆN ỦY THANH TRÌ\nBAN TUYÊN GIÁO\nSố 87-BC/BTGHU\n"
        "Thanh Trì, ngày 03 tháng 7 năm 2022\n\nBÁO CÁO\nCông tác tuyên giáo 6 tháng đầu năm 2022\n"
    )
    assert dateline_date(head) == date(2022, 7, 3)
    bulletin = "BẢN TIN TUYÊN GIÁO\nBan Tuyên giáo Thành ủy\nSố 05 – Tháng 5/2024\nĐà Nẵng, ngày 4/6/2024\n"
    assert dateline_date(bulletin) == date(2024, 6, 4)


def test_a_date_inside_a_sentence_below_the_top_is_no_dateline() -> None:
    head = (
        "HUYỆN ỦY THANH TRÌ\nBAN TUYÊN GIÁO\nBÁO CÁO NHANH\n"
        "Thanh Trì, ngày 03 tháng 7 năm 2022, huyện tổ chức hội nghị.\n"
    )
    assert dateline_date(head) is None


# ---- (2) "Từ ngày D/M/Y, ..." opening an article with no end ----------------------------------
def test_from_a_day_opening_the_article_runs_to_the_report_date(ex: Extractor) -> None:
    text = (
        "Phường Hoàng Liệt: bộ máy mới vào nhịp\n\nCập nhật 02/10/2025 08:10\n\n"
        "Từ ngày 1/7/2025, Phường Hoàng Liệt vận hành theo mô hình chính quyền hai cấp.\n\n"
        "Đảng ủy phường đã mở 4 lớp bồi dưỡng nghiệp vụ và tổ chức 26 buổi nói chuyện chuyên đề."
    )
    got = [(f[1], f[2], f[4]) for f in facts(ex, text)]
    assert got == [("2025-07-01", "2025-10-02", 4.0), ("2025-07-01", "2025-10-02", 26.0)]


def test_a_day_inside_a_clause_is_not_an_opening(ex: Extractor) -> None:
    body = "Quận tổ chức 9 hội nghị học tập nghị quyết, hội nghị đầu tiên từ ngày 5/3/2020, thu hút đông đảo cán bộ."
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [("2020-01-01", "2020-12-31", 9.0)]


# ---- (3) a goal of a change of level ----------------------------------------------------------
def test_a_goal_to_become_a_district_is_no_period_of_the_section(ex: Extractor) -> None:
    text = (
        "Ngày 6/7/2023\n\nHai huyện sơ kết công tác tuyên giáo 6 tháng đầu năm 2023\n\n"
        "* Huyện Thanh Oai\n\n"
        "Thanh Oai có 20 xã, 1 thị trấn, đang dồn sức hoàn thiện tiêu chí để lên thị xã trước năm 2030. "
        "Sáu tháng đầu năm, Huyện ủy tổ chức 4 hội nghị học tập nghị quyết."
    )
    got = [(f[0], f[1], f[2], f[4]) for f in facts(ex, text)]
    assert got == [("Huyện Thanh Oai", "2023-01-01", "2023-06-30", 4.0)]


# ---- (4) an official's speech introduced by the paragraph before it ---------------------------
def test_a_speech_introduced_as_an_officials_is_the_units(ex: Extractor) -> None:
    text = (
        "Ngày 20/12/2019\n\nQuận Hà Đông tổng kết công tác tuyên giáo năm 2019\n\n"
        "Tại hội nghị, đồng chí Phó Trưởng ban Tuyên giáo Quận ủy Hà Đông trình bày bài phát biểu tổng kết.\n\n"
        "“Kính thưa các đồng chí,\n\n"
        "Năm qua, Ban Thường vụ Quận ủy ban hành 37 văn bản chỉ đạo công tác tư tưởng.\n\n"
        "Xin cảm ơn!”"
    )
    assert [(f[3], f[4]) for f in facts(ex, text)] == [("documents_issued", 37.0)]


def test_a_quotation_opening_a_paragraph_without_an_introduction_stays_an_anecdote(ex: Extractor) -> None:
    body = "“Khu tôi có 3 buổi nói chuyện mỗi quý, ai cũng đi”, chị Hoa kể.\n\nQuận tổ chức 14 lớp bồi dưỡng."
    assert values(ex, HEAD + body) == [14.0]


def test_words_in_single_quotes_after_a_colon_are_an_anecdote(ex: Extractor) -> None:
    body = (
        "Quận tổ chức 48 buổi tuyên truyền miệng. Một chi hội trưởng kể lại: ‘Xóm tôi 54 hộ, buổi nào "
        "cũng đông’. Quận cũng mở 6 lớp bồi dưỡng."
    )
    assert [f[4] for f in _facts(ex, body)] == [48.0, 6.0]


# ---- (6) what a place has: its people, households and universities ----------------------------
def test_households_and_residents_of_the_places_a_unit_has(ex: Extractor) -> None:
    body = "Phường có 12 chung cư với khoảng 9.000 hộ dân. Phường tổ chức 21 buổi tuyên truyền tại sảnh chung cư."
    assert [f[4] for f in _facts(ex, body)] == [21.0]
    body = "Quận có Khu đô thị Linh Đàm với hơn 30 nghìn cư dân; quận tổ chức 11 buổi nói chuyện tại đó."
    assert [f[4] for f in _facts(ex, body)] == [11.0]


def test_universities_and_their_students_are_what_a_place_has(ex: Extractor) -> None:
    body = (
        "Trên địa bàn quận có 9 trường đại học, học viện cùng hơn 120 nghìn sinh viên. "
        "Quận phối hợp tổ chức 16 buổi nói chuyện cho 4.300 lượt sinh viên."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 16.0), ("propaganda_audience", 4300.0)]


def test_party_organisations_where_the_members_belong(ex: Extractor) -> None:
    body = "Đảng bộ quận có hơn 9.800 đảng viên sinh hoạt tại 156 tổ chức cơ sở đảng. Quận mở 7 lớp bồi dưỡng."
    assert [f[4] for f in _facts(ex, body)] == [7.0]


# ---- (7) money, prizes, additions and runs ----------------------------------------------------
def test_a_policys_support_package_is_no_funding_of_the_work(ex: Extractor) -> None:
    body = "Ban tổng hợp 18 báo cáo dư luận, nhất là về gói hỗ trợ trị giá 62.000 tỷ đồng của Chính phủ."
    assert [f[4] for f in _facts(ex, body)] == [18.0]


def test_prizes_given_to_collectives_and_people_are_prizes(ex: Extractor) -> None:
    body = "Cuộc thi nhận 2.640 bài dự thi; Ban Tổ chức trao 25 giải cho tập thể và cá nhân."
    assert _iv(ex, body) == [("contest_entries", 2640.0)]


def test_people_added_to_a_stock_are_a_change(ex: Extractor) -> None:
    text = (
        "QUẬN ỦY HOÀNG MAI\nBAN TUYÊN GIÁO\n\nSỐ LIỆU QUÝ II NĂM 2021\n\n"
        "- Cộng tác viên dư luận xã hội: 64 người (bổ sung 7 người trong quý)\n"
    )
    got = [(f[3], f[4]) for f in facts(ex, text, {"date": "2021-07-05"})]
    assert got == [("opinion_collaborators", 64.0)]


def test_a_vehicles_runs_are_no_audience(ex: Extractor) -> None:
    body = "Xe thông tin lưu động của quận chạy 640 lượt trên các tuyến phố, phát thông điệp phòng dịch."
    assert _iv(ex, body) == [("other", 640.0)]
    body = "Quận tổ chức 20 buổi tuyên truyền lưu động, thu hút 3.100 lượt người dân."
    assert _iv(ex, body)[1] == ("propaganda_audience", 3100.0)


# ---- (8) a ward's heading in capitals with a title after the colon ----------------------------
def test_a_wards_heading_in_capitals_with_a_title_heads_its_section(ex: Extractor) -> None:
    text = (
        "Phường Định Công, xã Thư Lâm: tuyên truyền sát cơ sở\n\nCập nhật 08/10/2025 09:00\n\n"
        "Quý III năm 2025, hai đơn vị tập trung tuyên truyền Nghị quyết Đại hội.\n\n"
        "PHƯỜNG ĐỊNH CÔNG: Hội nghị ở tổ dân phố\n\nĐảng ủy phường tổ chức 3 hội nghị học tập.\n\n"
        "XÃ THƯ LÂM: Chi bộ thôn vào cuộc\n\nCác chi bộ thôn tổ chức 27 buổi thảo luận chuyên đề."
    )
    got = [(f[0], f[4]) for f in facts(ex, text)]
    assert got == [("Phường Định Công", 3.0), ("Xã Thư Lâm", 27.0)]


# ---- (9) the instant of a stock before "số ... hiện nay" ----------------------------------------
def test_members_counted_now_leave_the_groups_at_the_periods_end(ex: Extractor) -> None:
    text = (
        "Ngày 9/7/2020\n\nQuận Hoàng Mai sơ kết 6 tháng đầu năm 2020\n\n"
        "Sáu tháng đầu năm 2020, quận lập 84 nhóm Zalo ở các khu phố, số thành viên hiện nay khoảng 12.400 người."
    )
    got = [(f[1], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("2020-06-30", "chat_groups", 84.0), ("2020-07-09", "chat_group_members", 12400.0)]


# ---- (10) "lượt ... ước đạt N"; a rate after an attendance; reports sharing a purpose ---------
def test_views_named_before_reached(ex: Extractor) -> None:
    body = "Trang fanpage của quận đăng 420 tin, bài; lượt xem ước đạt 2,3 triệu."
    got = [(f[3], f[4], f[5]) for f in _facts(ex, body)]
    assert got == [("news_items", 420.0, "exact"), ("propaganda_audience", 2300000.0, "approx")]


def test_a_participation_rate_in_the_clause_after_an_attendance(ex: Extractor) -> None:
    body = (
        "Các cấp ủy tổ chức học tập nghị quyết. Kết quả:\n"
        "- Số lượt cán bộ, đảng viên dự: 24.310; tỷ lệ đảng viên tham gia đạt 97,15%;\n"
    )
    assert _iv(ex, body) == [("study_attendance", 24310.0), ("study_participation_rate", 97.15)]


def test_reports_share_the_purpose_named_after_the_last_one(ex: Extractor) -> None:
    body = "Ban thực hiện 14 báo cáo thường kỳ và 5 báo cáo nhanh về tình hình tư tưởng, dư luận xã hội."
    assert _iv(ex, body) == [("opinion_reports", 14.0), ("opinion_reports", 5.0)]
