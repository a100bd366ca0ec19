"""Session 10, holdout19: the language behind its misses (a sentence may open with a figure, so
"... đạt 95,8%. 34 đảng bộ phường ... đã mở 126 lớp" reads its party organisations as the subject
of the work; numbers in brackets that add up to the count before them are its parts; "(đạt N%)"
in brackets after an attendance is that study's participation rate; a bare noun followed only by
its year or quarter takes the kind of the same noun before it; a year after a theme's quoted
title ("chuyên đề “...” năm 2023") names the theme; "một" in someone's words listed with other
counts is a count of one; a unit's section title describes the bare nouns of every sentence of
the paragraph under it; "có lượt tiếp cận ước đạt N" counts what "lượt" names; traps: the
members of an organisation given in apposition (", với N hội viên,"), the people of a place
named by a relative clause ("nơi làm việc của N công nhân")).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import facts, headed

from orchestration.extraction import Extractor
from orchestration.extraction.text import split_sentences

HEAD = "Ngày 12/7/2024\n\nQuận Long Biên sơ kết công tác tuyên giáo 6 tháng đầu năm 2024\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a sentence may open with a figure ----------------------------------------------------------
def test_a_sentence_may_open_with_a_figure() -> None:
    text = "Tỷ lệ dự học đạt 96,1%. 15 đảng bộ phường mở 48 lớp. Có 20.012 lượt người dự."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Tỷ lệ dự học đạt 96,1%.",
        "15 đảng bộ phường mở 48 lớp.",
        "Có 20.012 lượt người dự.",
    ]


def test_party_organisations_opening_a_sentence_are_the_subject_of_the_work(ex: Extractor) -> None:
    body = (
        "Quận tổ chức 2 hội nghị học tập nghị quyết, tỷ lệ đảng viên dự đạt 96,1%. 15 đảng bộ phường và "
        "9 chi bộ trực thuộc đã mở 48 lớp học tập nghị quyết ở cơ sở.\n"
    )
    assert _iv(ex, body) == [
        ("study_sessions", 2.0),
        ("study_participation_rate", 96.1),
        ("study_sessions", 48.0),
    ]


# ---- (2) numbers in brackets that add up to the count before them -----------------------------------
def test_numbers_in_brackets_adding_up_to_the_count_are_its_parts(ex: Extractor) -> None:
    body = "Ban tham mưu Quận ủy ban hành 18 văn bản (7 kế hoạch, 11 công văn) chỉ đạo công tác tuyên truyền."
    assert _iv(ex, body) == [("documents_issued", 18.0)]


def test_parts_named_by_their_owner_in_brackets_are_no_facts(ex: Extractor) -> None:
    body = "Hiện toàn quận có 15 trang mạng xã hội chính danh (1 của Quận ủy và 14 của các phường)."
    assert [(f[1], f[3], f[4]) for f in _facts(ex, body)] == [("2024-07-12", "social_pages", 15.0)]


def test_a_bracket_whose_numbers_do_not_add_up_is_read(ex: Extractor) -> None:
    body = "Các khu dân cư duy trì 120 nhóm Zalo (8.400 thành viên)."
    assert _iv(ex, body) == [("chat_groups", 120.0), ("chat_group_members", 8400.0)]


# ---- (3) "(đạt N%)" after an attendance -------------------------------------------------------------
def test_a_rate_in_brackets_after_an_attendance_is_its_participation_rate(ex: Extractor) -> None:
    body = "Kết quả học tập nghị quyết như sau:\n- Lớp ở cơ sở: 96; lượt cán bộ, đảng viên dự: 4.312 (đạt 95,72%)\n"
    assert _iv(ex, body) == [
        ("study_sessions", 96.0),
        ("study_attendance", 4312.0),
        ("study_participation_rate", 95.72),
    ]


# ---- (4) a bare noun followed by its year ---------------------------------------------------------
def test_a_bare_noun_followed_by_its_year_takes_the_kind_named_before(ex: Extractor) -> None:
    head = "Ngày 20/1/2025\n\nQuận Long Biên tổng kết công tác tuyên giáo năm 2024\n\n"
    body = "Ban tổ chức 6 hội nghị báo cáo viên, nhiều hơn 4 hội nghị năm 2023."
    got = _iv(ex, body, head=head)
    assert ("reporter_conferences", 6.0) in got
    assert ("other", 4.0) not in got


# ---- (5) a year after a theme's quoted title ------------------------------------------------------
def test_the_year_after_a_themes_quoted_title_names_the_theme(ex: Extractor) -> None:
    head = "Ngày 5/5/2024\n\nQuận Long Biên: tin tháng 4/2024\n\n"
    body = (
        "Trong tháng 4, Quận ủy tổ chức 3 hội nghị học tập chuyên đề “Học tập và làm theo tư tưởng, "
        "đạo đức, phong cách Hồ Chí Minh” năm 2024 với 1.240 lượt cán bộ, đảng viên."
    )
    assert [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body, head=head)] == [
        ("2024-04-01", "2024-04-30", "study_sessions", 3.0),
        ("2024-04-01", "2024-04-30", "study_attendance", 1240.0),
    ]


def test_a_year_after_a_quoted_title_of_no_theme_stays_a_period(ex: Extractor) -> None:
    head = "Ngày 20/1/2025\n\nQuận Long Biên tổng kết công tác tuyên giáo năm 2024\n\n"
    body = "Quận phát hành bản tin “Long Biên ngày mới” năm 2023 được 12 số."
    assert [(f[1], f[4]) for f in _facts(ex, body, head=head)] == [("2023-01-01", 12.0)]


# ---- (6) "một" in someone's words listed with other counts -------------------------------------------
def test_one_listed_with_other_counts_in_a_quotation_is_a_count(ex: Extractor) -> None:
    body = (
        "Đồng chí Trưởng ban Tuyên giáo Quận ủy cho biết: “Quận hiện có một trang thông tin điện tử, "
        "ba fanpage chính danh và 212 nhóm Zalo tổ dân phố.”"
    )
    assert _iv(ex, body) == [("websites", 1.0), ("social_pages", 3.0), ("chat_groups", 212.0)]


def test_one_as_an_article_in_a_quotation_stays_no_count(ex: Extractor) -> None:
    body = "“Chỉ cần một bản tin ngắn đưa lên nhóm là bà con hỏi lại ngay”, bà Lan, tổ trưởng tổ dân phố, kể."
    assert _iv(ex, body) == []


# ---- (7) the members of an organisation in apposition -----------------------------------------------
def test_members_in_apposition_to_an_organisation_are_its_size(ex: Extractor) -> None:
    body = "Hội Cựu chiến binh quận, với hơn 3.200 hội viên, đã tổ chức 18 buổi nói chuyện truyền thống."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 18.0)]


def test_members_an_activity_was_held_for_stay_its_audience(ex: Extractor) -> None:
    body = "Hội Liên hiệp Phụ nữ quận tổ chức 12 buổi nói chuyện chuyên đề cho 1.500 hội viên."
    assert 1500.0 in [v for _, v in _iv(ex, body)]


# ---- (8) the people of a place named by a relative clause ----------------------------------------------
def test_the_people_of_a_place_in_a_relative_clause_are_no_count(ex: Extractor) -> None:
    body = (
        "Quận chọn Khu công nghiệp Sài Đồng B (Quận 9 cũ), nơi làm việc của gần 20 nghìn lao động, "
        "làm điểm tuyên truyền pháp luật; tổ chức 9 buổi tuyên truyền tại đây."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 9.0)]


def test_any_place_whose_people_a_relative_clause_gives_counts_none(ex: Extractor) -> None:
    body = (
        "Ký túc xá khu B, nơi sinh sống của hơn 40 nghìn sinh viên, được chọn làm điểm; quận tổ chức "
        "9 buổi tuyên truyền."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 9.0)]


# ---- (9) "có lượt ... ước đạt N" ------------------------------------------------------------------
def test_views_named_after_co_count_what_luot_names(ex: Extractor) -> None:
    body = "Các video clip tuyên truyền trên mạng xã hội có lượt tiếp cận ước đạt 1,2 triệu."
    assert [(f[3], f[4], f[5]) for f in _facts(ex, body)] == [("propaganda_audience", 1200000.0, "approx")]


# ---- (10) a unit's section title describes every sentence of the paragraph under it --------------------
def test_a_section_title_describes_a_later_sentences_bare_nouns(ex: Extractor) -> None:
    text = (
        "Ngày 10/7/2025\n\nTP.HCM: các phường sơ kết 6 tháng đầu năm 2025\n\n"
        "PHƯỜNG BÌNH THỌ: Học nghị quyết ở khu phố\n"
        "Phường có nhiều khu nhà trọ. Trong 6 tháng, Đảng ủy phường tổ chức 01 hội nghị cấp phường và "
        "22 lớp ở các chi bộ.\n"
    )
    got = [(f[3], f[4]) for f in facts(ex, text)]
    assert got == [("study_sessions", 1.0), ("study_sessions", 22.0)]
