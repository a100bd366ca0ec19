"""Session 10, holdout20: the language behind its misses ("chi, đảng bộ" is "chi bộ, đảng bộ"
shortened, one noun over its comma, so "27 chi, đảng bộ cơ sở mở 1.126 lớp" reads its party
organisations as the subject of the work; a list line's "Label: N người" counts the people its
label names, whatever indicator that is; a name with a number in it before a dash leaves the
counted noun after the dash; a table row naming those who did not take part is `other`, like a
list line; "dự nghe" in a label says how people took part, the lead-in what they attended; an
official who speaks for the unit anywhere in a quotation, or names the unit as the subject
opening it, speaks for it in all of it; a year after a law's name names the law; "chạy", "treo",
"phát sóng" after "hiện có" make what follows an activity; a quotation opening right after
another one closed its sentence starts a new sentence, someone's anecdote when attributed to a
grassroots speaker).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 12/7/2024\n\nQuận Long Biên sơ kết công tác tuyên giáo 6 tháng đầu năm 2024\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) "chi, đảng bộ" is one noun ------------------------------------------------------------------
def test_chi_dang_bo_shortened_is_the_subject_of_the_work(ex: Extractor) -> None:
    body = (
        "Quận tổ chức 2 hội nghị học tập nghị quyết; 14 đảng bộ phường và 31 chi, đảng bộ cơ sở "
        "mở 402 lớp học tập nghị quyết."
    )
    assert _iv(ex, body) == [("study_sessions", 2.0), ("study_sessions", 402.0)]


def test_chi_dang_bo_opening_a_clause_is_the_subject_of_the_work(ex: Extractor) -> None:
    body = "Quận tổ chức 2 hội nghị học tập nghị quyết; 31 chi, đảng bộ trực thuộc đã mở 402 lớp học tập."
    assert _iv(ex, body) == [("study_sessions", 2.0), ("study_sessions", 402.0)]


def test_a_count_before_a_comma_still_ends_its_noun(ex: Extractor) -> None:
    body = "Ban Tuyên giáo Quận ủy tổ chức 48 buổi, thu hút 5.300 lượt người nghe nói chuyện thời sự."
    assert ("propaganda_audience", 5300.0) in _iv(ex, body)


# ---- (2) "Label: N người" counts the people the label names ----------------------------------------
def test_a_label_names_the_people_a_trailing_nguoi_counts(ex: Extractor) -> None:
    body = (
        "Kết quả đào tạo, bồi dưỡng:\n"
        "- Lớp bồi dưỡng đảng viên mới: 02; học viên: 137 người\n"
        "- Cá nhân được khen thưởng: 18 người\n"
    )
    assert _iv(ex, body) == [
        ("training_classes", 2.0),
        ("trainees", 137.0),
        ("commended_individuals", 18.0),
    ]


def test_those_who_did_not_take_part_stay_other_after_a_label(ex: Extractor) -> None:
    body = "- Số học viên chưa tham gia: 9 người\n"
    assert _iv(ex, body) == [("other", 9.0)]


# ---- (3) a name with a number in it before a dash ---------------------------------------------------
def test_a_name_with_a_number_before_a_dash_leaves_the_noun_after_it(ex: Extractor) -> None:
    body = "- Hội thi trực tuyến “Tự hào 70 năm Giải phóng Thủ đô” – lượt dự thi: 8.214\n"
    assert _iv(ex, body) == [("contest_entries", 8214.0)]


# ---- (4) a table row naming those who did not take part ---------------------------------------------
def test_a_table_row_of_those_who_did_not_take_part_is_other(ex: Extractor) -> None:
    text = (
        "Ngày 10/10/2024\n\nHai quận sơ kết quý III năm 2024\n\n"
        "Kết quả học tập nghị quyết trong quý III năm 2024:\n\n"
        "Chỉ tiêu | Quận Long Biên | Quận Hoàng Mai\n"
        "Lượt đảng viên dự học | 8.140 | 9.975\n"
        "Số đảng viên không tham gia | 188 | 305\n"
    )
    got = [(f[0], f[3], f[4]) for f in _facts(ex, "", head=text)]
    assert got == [
        ("Quận Long Biên", "study_attendance", 8140.0),
        ("Quận Hoàng Mai", "study_attendance", 9975.0),
        ("Quận Long Biên", "other", 188.0),
        ("Quận Hoàng Mai", "other", 305.0),
    ]


# ---- (5) "dự nghe" in a label ------------------------------------------------------------------------
def test_masses_attending_under_a_study_lead_in_are_its_attendance(ex: Extractor) -> None:
    body = (
        "Kết quả học tập, quán triệt nghị quyết:\n"
        "- Lớp ở chi bộ: 41\n"
        "- Lượt quần chúng dự nghe: 2.075\n"
    )
    got = [(f[3], f[4], f[6]) for f in _facts(ex, body)]
    assert got == [("study_sessions", 41.0, "all"), ("study_attendance", 2075.0, "masses")]


def test_masses_attending_under_a_talks_lead_in_are_its_audience(ex: Extractor) -> None:
    body = (
        "Kết quả tuyên truyền miệng:\n"
        "- Buổi nói chuyện thời sự: 41\n"
        "- Lượt quần chúng dự nghe: 2.075\n"
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 41.0), ("propaganda_audience", 2075.0)]


# ---- (6) an official speaking for the unit in a quotation ---------------------------------------------
def test_an_official_who_says_chung_toi_later_speaks_for_the_unit_throughout(ex: Extractor) -> None:
    body = (
        "Ông Trần Văn Hải, Phó Trưởng ban Tuyên giáo Quận ủy, cho biết: “Các trang fanpage đã đăng "
        "gần 2.400 tin về đại hội, về những công trình trọng điểm và gương người tốt việc tốt ở khu dân "
        "cư. Chúng tôi cũng tổ chức 12 buổi nói chuyện chuyên đề ở khu phố.”"
    )
    assert _iv(ex, body) == [("news_items", 2400.0), ("oral_propaganda_sessions", 12.0)]


def test_an_official_naming_the_unit_as_the_subject_speaks_for_it(ex: Extractor) -> None:
    body = (
        "Đảng ủy phường tổ chức 21 lớp học tập nghị quyết ở các chi bộ. Bà Lê Thị Hoa, Bí thư Đảng ủy "
        "phường, cho biết: “Phường hiện có 38 nhóm Zalo tổ dân phố với gần 9.000 thành viên; trong 6 "
        "tháng, các nhóm đăng 640 tin về đại hội.”"
    )
    head = "Ngày 12/7/2024\n\nPhường Bồ Đề sơ kết công tác tuyên giáo 6 tháng đầu năm 2024\n\n"
    assert [(f[3], f[4]) for f in _facts(ex, body, head=head)] == [
        ("study_sessions", 21.0),
        ("chat_groups", 38.0),
        ("chat_group_members", 9000.0),
        ("news_items", 640.0),
    ]


def test_a_grassroots_speakers_quotation_stays_an_anecdote(ex: Extractor) -> None:
    body = "Ông Hùng, tổ trưởng tổ dân phố, cho biết: “Phường mình có 38 nhóm Zalo, nhà nào cũng vào.”"
    assert _iv(ex, body) == []


# ---- (7) a year after a law's name --------------------------------------------------------------------
def test_the_year_after_a_laws_name_names_the_law(ex: Extractor) -> None:
    head = "Ngày 20/8/2024\n\nLong Biên: tuyên truyền luật mới\n\n"
    body = (
        "Quận tập trung tuyên truyền Luật Đất đai năm 2024 đến từng tổ dân phố. Trang thông tin điện tử "
        "quận đăng 640 tin, bài về luật mới."
    )
    assert [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body, head=head)] == [
        ("2024-01-01", "2024-08-20", "news_items", 640.0)
    ]


def test_the_year_of_law_teaching_in_lower_case_stays_a_period(ex: Extractor) -> None:
    head = "Ngày 20/1/2024\n\nLong Biên tổng kết năm 2023\n\n"
    body = "Công tác phổ biến, giáo dục pháp luật năm 2023 được đẩy mạnh; quận tổ chức 26 buổi tuyên truyền."
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body, head=head)] == [("2023-01-01", "2023-12-31", 26.0)]


# ---- (8) verbs of work after "hiện có" ----------------------------------------------------------------
def test_a_vehicles_runs_after_hien_co_are_work_of_the_period(ex: Extractor) -> None:
    body = (
        "Quận hiện có 120 nhóm Zalo với khoảng 15.000 thành viên; đội thông tin lưu động chạy "
        "240 lượt xe tuyên truyền."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert ("2024-01-01", "2024-06-30", "other", 240.0) in got


# ---- (9) a quotation right after another one closed its sentence --------------------------------------
def test_a_grassroots_quotation_after_an_officials_is_an_anecdote(ex: Extractor) -> None:
    body = (
        "Ông Trần Văn Hải, Trưởng ban Tuyên giáo Quận ủy, cho biết: “Chúng tôi đã tổ chức 14 buổi "
        "nói chuyện thời sự.” “Xóm tôi 72 hộ, tối nào cũng nghe loa”, bà Tư, tổ trưởng tổ dân phố, kể."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 14.0)]
