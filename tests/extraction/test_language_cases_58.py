"""The language of holdout58 and holdout59 (session 14, eighth round): a lead-in's period over
the list lines under it, a new ward's size as formed, platforms named in capitals, a table's bare
rate column under a numbered heading, quoted names with a dash in a list label, comparisons with
a quarter, money named after its currency, an age group's rate, online meetings, terse
summaries' short forms, gatherings that name their own kind, and a span that dates what was set up.

Sentences, lists and tables of our own invention, written for each rule (docs/LABELING.md)."""

from __future__ import annotations

from extraction_helpers import facts

from orchestration.extraction import Extractor

WARD_PAGE = "Phường Hoàng Liệt – Thông tin chính thống\n14 tháng 11, 2025 lúc 08:10\n\n"
DISTRICT_HEAD = "Ngày 20/12/2019, Ban Tuyên giáo Quận ủy Đống Đa tổng kết công tác tuyên giáo năm 2019.\n\n"


def _f(ex: Extractor, text: str) -> list[tuple]:
    """(unit, period_start, period_end, indicator, value, qualifier) of each fact of the text."""
    return [f[:6] for f in facts(ex, text)]


def _iv(ex: Extractor, text: str) -> list[tuple]:
    """(indicator, value) of each fact of the text."""
    return [(f[3], f[4]) for f in facts(ex, text)]


# --- a lead-in's period over the list lines under it ------------------------------------------


def test_a_lead_ins_span_dates_the_list_lines_under_it(ex: Extractor) -> None:
    # the paragraph before opens with its own period; the lead-in's "Từ khi phường đi vào hoạt
    # động đến nay" (its second sentence) dates the lines under it, whatever their mark
    for mark in ("✅", "-", "•"):
        text = WARD_PAGE + (
            "Sáu tháng đầu năm 2025, Quận ủy Hoàng Mai tổ chức 4 hội nghị học tập nghị quyết.\n\n"
            "Bộ máy mới đã ổn định. Từ khi phường đi vào hoạt động đến nay, Đảng ủy phường Hoàng Liệt đã:\n"
            f"{mark} Ban hành 17 văn bản chỉ đạo\n"
            f"{mark} Treo 260 băng rôn, khẩu hiệu\n"
        )
        got = _f(ex, text)
        assert ("Phường Hoàng Liệt", "2025-07-01", "2025-11-14", "documents_issued", 17.0, "exact") in got, mark
        assert ("Phường Hoàng Liệt", "2025-07-01", "2025-11-14", "other", 260.0, "exact") in got, mark


def test_a_lead_ins_quarter_dates_its_list_and_a_paragraph_after_it_does_not(ex: Extractor) -> None:
    text = WARD_PAGE + (
        "Sáu tháng đầu năm 2025, Quận ủy Hoàng Mai tổ chức 4 hội nghị học tập nghị quyết.\n\n"
        "Quý III/2025, Đảng ủy phường Hoàng Liệt đã:\n"
        "- Mở 31 lớp học tập nghị quyết ở các chi bộ\n"
        "Ngoài ra, phường tổ chức 5 buổi tuyên truyền miệng.\n"
    )
    got = _f(ex, text)
    assert ("Phường Hoàng Liệt", "2025-07-01", "2025-09-30", "study_sessions", 31.0, "exact") in got
    assert not [f for f in got if f[4] == 5.0 and f[1] == "2025-07-01"]


# --- a new ward's size as formed ---------------------------------------------------------------


def test_people_and_party_cells_of_a_ward_as_formed_are_no_facts(ex: Extractor) -> None:
    text = WARD_PAGE + (
        "Phường Hoàng Liệt được thành lập trên cơ sở sắp xếp 3 phường của quận Hoàng Mai (cũ), có "
        "khoảng 76 nghìn người, 52 chi bộ trực thuộc. Quý III/2025, Đảng ủy phường mở 40 lớp học "
        "tập nghị quyết.\n"
    )
    values = [f[4] for f in _f(ex, text)]
    assert 40.0 in values
    assert 76000.0 not in values and 52.0 not in values
    # (people who took part, in a sentence about the ward since it was set up, stay an audience)
    text = WARD_PAGE + (
        "Từ khi được thành lập, Đảng ủy phường Hoàng Liệt tổ chức 12 buổi nói chuyện thời sự, có "
        "1.300 người tham dự.\n"
    )
    assert ("propaganda_audience", 1300.0) in _iv(ex, text)


# --- vocabulary: make-up sessions, a Zalo OA, a terse summary's "BC" ---------------------------


def test_make_up_study_sessions_are_study_sessions(ex: Extractor) -> None:
    text = DISTRICT_HEAD + (
        "Năm 2019, các đảng bộ phường mở 212 lớp học tập nghị quyết; nhiều chi bộ tổ chức thêm 14 "
        "buổi học bù cho đảng viên đi làm ca.\n"
    )
    assert ("study_sessions", 14.0) in _iv(ex, text)


def test_a_zalo_oa_written_in_capitals_is_a_social_page(ex: Extractor) -> None:
    text = WARD_PAGE + "Phường Hoàng Liệt hiện có 2 Zalo OA và 1 Fanpage với 6.100 người theo dõi.\n"
    got = _f(ex, text)
    assert ("Phường Hoàng Liệt", "2025-11-14", "2025-11-14", "social_pages", 2.0, "exact") in got
    assert ("Phường Hoàng Liệt", "2025-11-14", "2025-11-14", "social_pages", 1.0, "exact") in got


SUMMARY_HEAD = "BTG QU ĐỐNG ĐA\nKQ CÔNG TÁC TUYÊN GIÁO QUÝ III NĂM 2019\nĐống Đa, 03/10/2019\n\n"


def test_a_terse_summarys_opinion_reports(ex: Extractor) -> None:
    text = SUMMARY_HEAD + "• DLXH:\n– CTV DLXH: 44 đ/c; BC DLXH: 31 (22 định kỳ, 9 đột xuất)\n"
    got = _iv(ex, text)
    assert ("opinion_reports", 31.0) in got
    assert ("opinion_collaborators", 44.0) in got


def test_people_added_to_a_stock_in_short_form_are_a_change(ex: Extractor) -> None:
    text = SUMMARY_HEAD + "• Đội ngũ:\n– Báo cáo viên cấp quận: 57 đ/c (bổ sung 4 đ/c trong quý III)\n"
    got = _iv(ex, text)
    assert ("reporters", 57.0) in got
    assert not [iv for iv in got if iv[1] == 4.0]


def test_a_list_label_that_airs_its_programmes_counts_news_items(ex: Extractor) -> None:
    text = SUMMARY_HEAD + (
        "• Tuyên truyền:\n"
        "– Giao lưu phát trực tiếp trên fanpage quận: 9 chương trình, thu hút 24.000 lượt xem\n"
        "– Liên hoan văn nghệ quần chúng: 3 chương trình\n"
    )
    got = _iv(ex, text)
    assert ("news_items", 9.0) in got
    assert ("news_items", 3.0) not in got


# --- tables and list labels --------------------------------------------------------------------

REPORT_HEAD = (
    "QUẬN ỦY ĐỐNG ĐA\nBAN TUYÊN GIÁO\n\nBÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN GIÁO QUÝ III NĂM 2019\n\n"
)


def test_a_bare_rate_column_under_a_numbered_heading(ex: Extractor) -> None:
    # a blank line between the heading and the table: no lead-in names the study, the
    # attendance column does (its rate column is that study's participation rate)
    text = REPORT_HEAD + (
        "1. Học tập các chuyên đề\n\n"
        "Nội dung | Số lớp | Lượt đảng viên dự | Tỷ lệ (%)\n"
        "Nghị quyết Trung ương 8 khóa XII | 64 | 9.120 | 95,7\n"
    )
    got = _iv(ex, text)
    assert ("study_attendance", 9120.0) in got
    assert ("study_participation_rate", 95.7) in got


def test_a_dash_inside_a_quoted_name_closing_a_list_label(ex: Extractor) -> None:
    text = REPORT_HEAD + (
        "2. Thông tin\n"
        "- Tin, bài trên cổng thông tin điện tử quận: 188; trên Zalo OA “Đống Đa 24 – Kết nối”: 73\n"
    )
    got = _iv(ex, text)
    assert ("news_items", 188.0) in got and ("news_items", 73.0) in got


# --- comparisons, money, an age group's rate ---------------------------------------------------


def test_a_difference_from_a_named_quarter_or_month_is_a_change(ex: Extractor) -> None:
    text = DISTRICT_HEAD + (
        "Năm 2019, quận mở 212 lớp học tập nghị quyết; tỷ lệ đảng viên tham gia quý IV cao hơn quý "
        "III khoảng 3%. Số buổi nói chuyện tháng 12 ít hơn tháng 11 là 6 buổi.\n"
    )
    values = [iv[1] for iv in _iv(ex, text)]
    assert 212.0 in values
    assert 3.0 not in values and 6.0 not in values


def test_money_the_words_after_its_currency_say_funds_the_work(ex: Extractor) -> None:
    text = DISTRICT_HEAD + (
        "Năm 2019, Quận ủy dành 85 triệu đồng kinh phí in tờ gấp cho các tổ dân phố. Quận cũng giải "
        "ngân 40 tỷ đồng vốn dự án chỉnh trang hè phố.\n"
    )
    got = _iv(ex, text)
    assert ("other", 85000000.0) in got
    assert not [iv for iv in got if iv[1] == 40000000000.0]


def test_the_rate_of_an_age_group_named_before_it_is_no_fact(ex: Extractor) -> None:
    text = DISTRICT_HEAD + (
        "Năm 2019, quận mở 212 lớp học tập nghị quyết. Tỷ lệ người trên 60 tuổi được khám sức khỏe "
        "định kỳ đạt 91,4%.\n"
    )
    values = [iv[1] for iv in _iv(ex, text)]
    assert 212.0 in values and 91.4 not in values


# --- an online meeting, gatherings that name their own kind ------------------------------------

SECTIONS_HEAD = (
    "Cập nhật 06/04/2022 10:15\n\n"
    "Ba Đình, Hoàn Kiếm: Hoàn thành học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII\n\n"
    "Quý I năm 2022, hai quận đã hoàn thành việc học tập, quán triệt Nghị quyết Trung ương 4 khóa "
    "XIII về xây dựng, chỉnh đốn Đảng.\n\n"
)


def test_an_online_meeting_reaching_its_sites_is_a_bare_meeting(ex: Extractor) -> None:
    # (alone, "3 hội nghị trực tuyến;", it names its own kind: test_language_cases_26)
    text = SECTIONS_HEAD + (
        "* Quận Ba Đình\nQuận ủy tổ chức 1 hội nghị trực tuyến kết nối 14 điểm cầu phường; các chi "
        "bộ mở 118 lớp.\n\n"
        "* Quận Hoàn Kiếm\nQuận ủy tổ chức 2 hội nghị trực tuyến tới 18 điểm cầu ở các phường.\n"
    )
    got = _f(ex, text)
    assert ("Quận Ba Đình", "2022-01-01", "2022-03-31", "study_sessions", 1.0, "exact") in got
    assert ("Quận Hoàn Kiếm", "2022-01-01", "2022-03-31", "study_sessions", 2.0, "exact") in got


def test_a_gathering_naming_its_own_kind_takes_no_later_items_purpose(ex: Extractor) -> None:
    text = DISTRICT_HEAD + (
        "Năm 2019, quận tổ chức 9 hội nghị tiếp xúc cử tri với 2.100 lượt cử tri và 2 hội nghị báo "
        "cáo viên chuyên đề.\n"
    )
    got = _iv(ex, text)
    assert ("other", 9.0) in got
    assert ("reporter_conferences", 2.0) in got


# --- who a sentence is about, and when -----------------------------------------------------------


def test_a_ward_a_resident_belonged_to_formerly_is_not_the_actor(ex: Extractor) -> None:
    head = "ĐẢNG ỦY PHƯỜNG BẾN THÀNH\nBến Thành, ngày 12 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả công tác tuyên giáo năm 2025\n\n"
    text = head + (
        "Đảng ủy phường Bến Thành tổ chức 2 hội nghị học tập nghị quyết.\n\n"
        "“Hồi trước ở phường Nguyễn Thái Bình, giờ về chung một nhà, tôi vẫn nghe loa ở khu phố 3 "
        "như cũ”, bà Tư, 66 tuổi, kể.\n\n"
        "Dịp tổng kết, Đảng ủy phường khen thưởng 4 tập thể.\n"
    )
    got = _f(ex, text)
    assert [f[0] for f in got if f[3] == "commended_collectives"] == ["Phường Bến Thành"]


def test_the_day_a_page_was_set_up_dates_only_its_own_sentence(ex: Extractor) -> None:
    text = DISTRICT_HEAD + (
        "Năm 2019, quận mở 212 lớp học tập nghị quyết.\n\n"
        "Từ tháng 5/2019, quận ra mắt fanpage “Đống Đa hôm nay”, đến nay đã đăng 640 tin, bài. Cuộc "
        "thi ảnh “Phố phường Đống Đa” nhận 1.150 tác phẩm dự thi.\n"
    )
    got = _f(ex, text)
    assert ("Quận Đống Đa", "2019-05-01", "2019-12-20", "news_items", 640.0, "exact") in got
    assert ("Quận Đống Đa", "2019-01-01", "2019-12-31", "contest_entries", 1150.0, "exact") in got
