"""Session 10, holdout18: the language behind its misses (a range does not run over a line
break, so a heading's year is no range with the first list line's number; a stock's "(tính đến
...)" in brackets says when it was counted; a bracket opening with "hiện có" dates only its own
stock; a speech of several paragraphs goes on past a title in quotes; "Ban", "Huyện ủy",
"Thường trực" take no number as a name; a paragraph that opens with a bare noun goes on from the
last sentence of the paragraph before; a later label of a list line that names only where counts
the first label's things; a second item of what a verb aired; traps: the parts in brackets
"(gồm ...)" of a count just given, the people of schools or workplaces counted before "với"/"có").

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import facts, headed

from orchestration.extraction import Extractor
from orchestration.extraction.numbers import tokenize

HEAD = "Ngày 8/7/2024\n\nQuận Hoàng Mai sơ kết công tác tuyên giáo 6 tháng đầu năm 2024\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a range does not run over a line break ----------------------------------------------------
def test_a_headings_year_is_no_range_with_the_next_list_line(ex: Extractor) -> None:
    body = "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024\n- 12 hội nghị học tập, quán triệt nghị quyết cấp quận;\n"
    assert _iv(ex, body) == [("study_sessions", 12.0)]


def test_a_range_on_one_line_is_still_read(ex: Extractor) -> None:
    assert [(t.shape, t.value, t.second) for t in tokenize("mỗi phường 3 - 5 buổi")] == [
        ("range", 3.0, 5.0)
    ]
    assert [t.shape for t in tokenize("năm 2024\n- 12 lớp")] == ["number", "number"]


# ---- (2) a stock's date in brackets ------------------------------------------------------------
def test_a_stocks_as_of_date_in_brackets_dates_it(ex: Extractor) -> None:
    body = "- Cộng tác viên dư luận xã hội của quận: 58 người (tính đến ngày 15/6/2024)\n"
    assert [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)] == [
        ("2024-06-15", "2024-06-15", "opinion_collaborators", 58.0)
    ]


def test_months_in_brackets_after_a_count_of_things_done_stay_no_period(ex: Extractor) -> None:
    body = "- Hội nghị báo cáo viên: 3 (đến tháng 5/2024 mới tổ chức được)\n"
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [("2024-01-01", "2024-06-30", 3.0)]


# ---- (3) "hiện có" in brackets dates only its own stock ----------------------------------------------
def test_now_in_brackets_dates_only_the_stock_inside(ex: Extractor) -> None:
    text = (
        "Ngày 20/12/2024\n\nQuận Hoàng Mai tổng kết năm 2024\n\n"
        "KẾT QUẢ NĂM 2024\n"
        "- 14 trang fanpage của phường, 530 nhóm Zalo tổ dân phố (hiện có gần 60 nghìn thành viên);\n"
    )
    got = [(f[1], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("2024-12-31", "social_pages", 14.0),
        ("2024-12-31", "chat_groups", 530.0),
        ("2024-12-20", "chat_group_members", 60000.0),
    ]


# ---- (4) a speech of several paragraphs goes on past a quoted title -----------------------------------
def test_a_speech_goes_on_past_a_title_in_quotes(ex: Extractor) -> None:
    text = (
        "Ngày 10/1/2025\n\nHuyện Gia Lâm tổng kết công tác tuyên giáo năm 2024\n\n"
        "Tại hội nghị, đồng chí Lê Thu Hà, Trưởng ban Tuyên giáo Huyện ủy Gia Lâm phát biểu:\n\n"
        "“Năm 2024, Đài Truyền thanh huyện phát 96 chương trình “Gia Lâm hôm nay”.\n\n"
        "“Ban đã nhận 40 báo cáo tình hình dư luận xã hội từ các xã, thị trấn. Xin cảm ơn!”\n"
    )
    assert [(f[3], f[4]) for f in facts(ex, text)] == [("news_items", 96.0), ("opinion_reports", 40.0)]


def test_a_residents_anecdote_after_a_closed_quotation_stays_a_quotation(ex: Extractor) -> None:
    body = (
        "Các phường tổ chức 120 buổi nói chuyện chuyên đề.\n\n"
        "“Chung cư tôi có 300 hộ mà buổi nào cũng kín chỗ”, bà Trần Thị Lan ở phường Định Công kể.\n"
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 120.0)]


# ---- (5) bodies that take no number as a name ------------------------------------------------------
def test_a_count_right_after_ban_is_a_count(ex: Extractor) -> None:
    body = "Trong 6 tháng, mạng lưới cộng tác viên đã gửi về Ban 35 báo cáo tình hình dư luận xã hội."
    assert _iv(ex, body) == [("opinion_reports", 35.0)]


def test_a_ward_with_a_number_stays_a_name(ex: Extractor) -> None:
    body = "Trong 6 tháng, các chi bộ ở Phường 12 tổ chức 40 buổi nói chuyện chuyên đề."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 40.0)]


# ---- (6) a paragraph that opens with a bare noun goes on from the paragraph before -------------------
def test_a_bare_noun_opening_a_paragraph_goes_on_from_the_one_before(ex: Extractor) -> None:
    body = (
        "Quận tổ chức 3 hội nghị cấp quận học tập, quán triệt Nghị quyết Trung ương 8.\n\n"
        "Tại các phường, chi bộ đã mở 142 lớp, thu hút 8.300 lượt cán bộ, đảng viên, đạt 95,6%.\n"
    )
    assert _iv(ex, body) == [
        ("study_sessions", 3.0),
        ("study_sessions", 142.0),
        ("study_attendance", 8300.0),
        ("study_participation_rate", 95.6),
    ]


def test_a_paragraph_before_about_something_else_lends_no_kind(ex: Extractor) -> None:
    body = (
        "Quận tổ chức 20 buổi nói chuyện chuyên đề về an toàn giao thông.\n\n"
        "Trong dịp hè, các phường mở 12 lớp cho thiếu nhi.\n"
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 20.0), ("other", 12.0)]


# ---- (7) a later label naming only where ------------------------------------------------------------
def test_a_later_label_naming_only_where_counts_the_first_labels_things(ex: Extractor) -> None:
    body = "- Tin, bài trên cổng thông tin điện tử quận: 260; trên trang Zalo OA của quận: 118\n"
    assert _iv(ex, body) == [("news_items", 260.0), ("news_items", 118.0)]


# ---- (8) the parts in brackets of a count ------------------------------------------------------------
def test_the_parts_in_brackets_of_a_count_are_no_facts(ex: Extractor) -> None:
    body = "- Văn bản chỉ đạo đã ban hành: 21 (bao gồm 8 kế hoạch, 13 công văn)\n"
    assert _iv(ex, body) == [("documents_issued", 21.0)]


def test_a_bracket_that_is_no_breakdown_is_read(ex: Extractor) -> None:
    body = "Quận tổ chức 2 hội nghị báo cáo viên (gồm cả báo cáo viên cơ sở), 15 buổi nói chuyện chuyên đề."
    assert _iv(ex, body) == [("reporter_conferences", 2.0), ("oral_propaganda_sessions", 15.0)]


# ---- (9) a second item of what a verb aired ---------------------------------------------------------
def test_a_second_item_aired_is_a_news_item(ex: Extractor) -> None:
    body = "Đài Truyền thanh quận phát sóng 72 chương trình thời sự và 18 kỳ chuyên mục “Đô thị văn minh”."
    assert _iv(ex, body) == [("news_items", 72.0), ("news_items", 18.0)]


# ---- (10) the people of schools or workplaces ----------------------------------------------------
def test_the_students_of_the_universities_counted_are_no_audience(ex: Extractor) -> None:
    body = (
        "Quận có 14 phường, 9 trường đại học, cao đẳng với gần 150 nghìn sinh viên. Trong 6 tháng, "
        "quận tổ chức 30 buổi nói chuyện chuyên đề."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 30.0)]


def test_workers_met_at_the_factories_are_not_their_workforce(ex: Extractor) -> None:
    # (the places an activity was held at: the people after them are no trap of this rule)
    body = "Quận tổ chức 25 buổi tuyên truyền pháp luật tại 12 doanh nghiệp với 4.100 công nhân."
    assert 4100.0 in [v for _, v in _iv(ex, body)]
