"""Session 10, holdout17: the language behind its misses (a dateline under a letterhead is no
section heading; a broadcaster's letterhead names no subject; months in brackets after a count
say when its items were held; a line ending in ":" above a table leads in its rows, "Số" opening
a row's label is the word for a total; a list line ending in ":" leads in the lines under it; a
list line goes on from the list line above it, and a section's title right above a paragraph
says what its bare nouns are; a label naming its own things keeps "N đợt" its own; "số thành viên
của N nhóm ... khoảng M người"; an official speaking of "của huyện", "toàn quận"; a speaker
introduced after another sentence of the paragraph; money a list label says funds the work; "đạt
N%" right after an attendance; "riêng quần chúng có N lượt dự nghe" after a study's rate; a range
written "40 – 45"; a vehicle's runs in a list label; "Bài thu hoạch ...: N bài"; traps: the size a
gathering was held to, party organisations as the subject of the work).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import facts, headed

from orchestration.extraction import Extractor

HEAD = "Ngày 12/7/2022\n\nHuyện Thanh Trì sơ kết công tác tuyên giáo 6 tháng đầu năm 2022\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a dateline under a letterhead; a broadcaster's letterhead ---------------------------------
def test_a_dateline_under_the_letterhead_is_no_section_of_the_city(ex: Extractor) -> None:
    text = (
        "HUYỆN ỦY THANH TRÌ\nBAN TUYÊN GIÁO\n\nHà Nội, ngày 05/7/2022\n\n"
        "SƠ KẾT CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2022\n\n"
        "Trong 6 tháng, các xã mở 96 lớp học tập nghị quyết; tổ chức 4 hội nghị báo cáo viên.\n"
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("Huyện Thanh Trì", "study_sessions", 96.0),
        ("Huyện Thanh Trì", "reporter_conferences", 4.0),
    ]


def test_a_broadcasters_letterhead_names_no_subject(ex: Extractor) -> None:
    text = (
        "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ NỘI\nBản tin thời sự tối ngày 15/6/2026\n\n"
        "Từ đầu năm đến nay, Đảng ủy xã Đại Thanh đã đưa nghị quyết về từng thôn.\n\n"
        "Các thôn đã tổ chức 36 buổi nói chuyện chuyên đề tại nhà văn hóa.\n"
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text, meta={"date": "2026-06-15"})]
    assert got == [("Xã Đại Thanh", "oral_propaganda_sessions", 36.0)]


# ---- (2) months in brackets after a count ---------------------------------------------------------
def test_months_in_brackets_after_a_count_are_no_period(ex: Extractor) -> None:
    body = "Do dịch, 6 tháng qua chỉ tổ chức được 2 hội nghị báo cáo viên (tháng 3 và tháng 6)."
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [("2022-01-01", "2022-06-30", "reporter_conferences", 2.0)]


def test_a_month_named_before_the_count_stays_its_period(ex: Extractor) -> None:
    body = "Riêng tháng 5/2022, huyện tổ chức 2 hội nghị báo cáo viên."
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [("2022-05-01", "2022-05-31", 2.0)]


# ---- (3) a table after a line ending in ":" ------------------------------------------------------
def test_a_line_ending_in_a_colon_above_a_table_leads_in_its_rows(ex: Extractor) -> None:
    text = (
        "Ngày 10/4/2019\n\nHai quận học tập nghị quyết\n\n"
        "Kết quả học tập, quán triệt nghị quyết trong quý I năm 2019 như sau:\n\n"
        "Nội dung | Quận Hoàng Mai | Quận Long Biên\n"
        "Hội nghị cấp quận | 3 | 2\n"
        "Số lớp ở cơ sở | 64 | 57\n"
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("Quận Hoàng Mai", "study_sessions", 3.0),
        ("Quận Long Biên", "study_sessions", 2.0),
        ("Quận Hoàng Mai", "study_sessions", 64.0),
        ("Quận Long Biên", "study_sessions", 57.0),
    ]


# ---- (4) a list line ending in ":" under a lead-in ------------------------------------------------
def test_a_list_line_ending_in_a_colon_leads_in_the_lines_under_it(ex: Extractor) -> None:
    body = (
        "Một số kết quả nổi bật:\n"
        "• Học tập, quán triệt nghị quyết:\n"
        "  – Hội nghị cấp huyện: 03;\n"
        "  – Số hội nghị ở cơ sở: 87.\n"
        "• Tuyên truyền kỷ niệm Ngày thành lập Đảng:\n"
        "  – Triển lãm ảnh lưu động: 3 đợt;\n"
        "  – Buổi nói chuyện chuyên đề: 45.\n"
    )
    assert _iv(ex, body) == [
        ("study_sessions", 3.0),
        ("study_sessions", 87.0),
        ("other", 3.0),
        ("oral_propaganda_sessions", 45.0),
    ]


# ---- (5) a list line goes on from the line above; a section's title ---------------------------------
def test_a_list_line_goes_on_from_the_list_line_above(ex: Extractor) -> None:
    body = (
        "Kết quả 6 tháng đầu năm:\n"
        "✔️ 02 hội nghị cấp huyện quán triệt Nghị quyết Trung ương 5;\n"
        "✔️ 143 lớp ở cơ sở, với 9.870 lượt cán bộ, đảng viên tham dự.\n"
    )
    assert _iv(ex, body) == [
        ("study_sessions", 2.0),
        ("study_sessions", 143.0),
        ("study_attendance", 9870.0),
    ]


def test_a_sections_title_right_above_says_what_was_held(ex: Extractor) -> None:
    text = (
        "Cập nhật 10/4/2026 08:00\n\nHai xã ngoại thành học nghị quyết\n\n"
        "XÃ ĐẠI THANH: Học nghị quyết ngay tại thôn\n"
        "Đảng ủy xã tổ chức 01 hội nghị cấp xã và 38 lớp ở các chi bộ thôn, với 2.410 lượt đảng viên "
        "tham dự, đạt 96,3%.\n"
    )
    got = [(f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("study_sessions", 1.0),
        ("study_sessions", 38.0),
        ("study_attendance", 2410.0),
        ("study_participation_rate", 96.3),
    ]


# ---- (6) "số thành viên của N nhóm ... khoảng M người" ----------------------------------------------
def test_members_of_the_groups_counted_after_cua(ex: Extractor) -> None:
    body = "Số thành viên của 215 nhóm Zalo thôn, tổ dân phố hiện nay khoảng 31.000 người."
    assert _iv(ex, body) == [("chat_groups", 215.0), ("chat_group_members", 31000.0)]


# ---- (7) an official's quotation ------------------------------------------------------------------
def test_an_official_speaking_of_the_districts_corps_speaks_for_it(ex: Extractor) -> None:
    body = (
        "Theo ông Nguyễn Văn Tâm, Trưởng ban Tuyên giáo Huyện ủy Thanh Trì, công tác nắm dư luận "
        "được chú trọng. “Lực lượng 52 cộng tác viên của huyện đã gửi 41 báo cáo”, ông Tâm cho biết.\n"
    )
    assert _iv(ex, body) == [("opinion_collaborators", 52.0), ("opinion_reports", 41.0)]


def test_a_speaker_introduced_after_a_sentence_on_cells_is_the_official(ex: Extractor) -> None:
    body = (
        "Các chi bộ thôn duy trì 96 buổi sinh hoạt chuyên đề. Ông Lê Văn Hải, Phó Bí thư Đảng ủy "
        "xã, cho biết: “Trong quý, Đảng ủy đã khen thưởng 3 tập thể và 5 cá nhân”.\n"
    )
    assert _iv(ex, body) == [
        ("party_cell_discussions", 96.0),
        ("commended_collectives", 3.0),
        ("commended_individuals", 5.0),
    ]


def test_a_residents_quotation_stays_an_anecdote(ex: Extractor) -> None:
    body = "“Xóm tôi có 40 hộ, hộ nào cũng vào nhóm Zalo của xã”, ông Bảy ở thôn Văn Điển kể.\n"
    assert _iv(ex, body) == []


# ---- (8) money a label says funds the work; the bài thu hoạch of a label -------------------------
def test_money_a_list_label_says_funds_the_work_is_other(ex: Extractor) -> None:
    body = "Kết quả:\n- Kinh phí hỗ trợ in tài liệu tuyên truyền cho các xã: 1,5 tỷ đồng;\n"
    assert _iv(ex, body) == [("other", 1_500_000_000.0)]


def test_essays_after_a_study_repeated_after_the_number_are_other(ex: Extractor) -> None:
    body = "Kết quả học tập:\n- Bài thu hoạch của cán bộ, đảng viên sau học tập: 3.120 bài.\n"
    assert _iv(ex, body) == [("other", 3120.0)]


# ---- (9) rates and attendances right after a study --------------------------------------------------
def test_dat_a_rate_right_after_an_attendance_is_the_participation_rate(ex: Extractor) -> None:
    body = (
        "Huyện tập trung quán triệt Nghị quyết Trung ương 5. Các chi bộ mở 52 lớp, với 3.400 lượt "
        "đảng viên tham dự, đạt 95,8%."
    )
    assert _iv(ex, body) == [
        ("study_sessions", 52.0),
        ("study_attendance", 3400.0),
        ("study_participation_rate", 95.8),
    ]


def test_masses_attending_after_a_studys_rate_are_its_attendance(ex: Extractor) -> None:
    body = (
        "Các chi bộ mở 48 lớp học tập nghị quyết với 2.100 lượt đảng viên, tỷ lệ tham gia đạt 96%; "
        "riêng quần chúng có 900 lượt dự nghe."
    )
    got = [(f[3], f[4], f[6]) for f in _facts(ex, body)]
    assert got[-1] == ("study_attendance", 900.0, "masses")


# ---- (10) a range written with a spaced dash ---------------------------------------------------------
def test_a_range_with_a_spaced_dash_counts_its_low_bound(ex: Extractor) -> None:
    body = "Mỗi thôn đã tổ chức 12 – 15 buổi nói chuyện chuyên đề."
    got = [(f[3], f[4], f[5]) for f in _facts(ex, body)]
    assert got == [("oral_propaganda_sessions", 12.0, "at_least")]


def test_a_spaced_dash_between_words_still_separates_clauses(ex: Extractor) -> None:
    body = "Huyện mở 6 lớp bồi dưỡng – cho 320 học viên là cán bộ cơ sở."
    assert _iv(ex, body) == [("training_classes", 6.0), ("trainees", 320.0)]


# ---- (11) a vehicle's runs in a label ----------------------------------------------------------------
def test_a_label_counting_a_vehicles_runs_is_other(ex: Extractor) -> None:
    body = "Tuyên truyền phòng, chống dịch:\n- Lượt xe tuyên truyền lưu động: 240;\n- Lượt người nghe: 6.000.\n"
    assert _iv(ex, body) == [("other", 240.0), ("propaganda_audience", 6000.0)]


# ---- (12) traps: the size a gathering was held to; party organisations doing the work -------------
def test_the_size_a_gathering_was_held_to_is_no_count(ex: Extractor) -> None:
    body = (
        "Trong thời gian giãn cách, các buổi sinh hoạt chi bộ chỉ được tổ chức với dưới 10 người; "
        "huyện vẫn mở 14 lớp học tập nghị quyết."
    )
    assert _iv(ex, body) == [("study_sessions", 14.0)]


def test_party_organisations_doing_the_work_are_structure(ex: Extractor) -> None:
    body = "Trong 6 tháng, 16 đảng bộ xã và 9 chi bộ trực thuộc đã mở 310 lớp học tập nghị quyết."
    assert _iv(ex, body) == [("study_sessions", 310.0)]


def test_party_organisations_that_held_something_stay_counted(ex: Extractor) -> None:
    body = "Trong 6 tháng, có 16 đảng bộ xã tổ chức hội nghị học tập nghị quyết."
    assert _iv(ex, body) == [("other", 16.0)]
