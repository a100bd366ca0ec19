"""Session 10, holdout16: the language behind its misses (the days a congress sat are no period
of the work it reviews; a speech introduced by a paragraph ending in a colon; words in single
quotes inside an official's speech; an activity named by its level before a comma; a dash after
a list line's first number opening its next label; a rate row under an attendance row of a table;
"số thành viên khoảng N người"; bullets and emoji before a line's first word; a grouped number
after a capitalised word; "phát hành đủ N kỳ"; traps: apartment towers and their residents,
people in apposition to an institution, bodies merged, the count before "nâng tổng số lên",
contest entries named by a superlative, party organisations named for their people or a task
given them).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import facts, headed

from orchestration.extraction import Extractor

HEAD = "Ngày 20/12/2021\n\nHuyện Gia Lâm tổng kết công tác tuyên giáo năm 2021\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) the days a meeting sat are no period --------------------------------------------------
def test_the_days_a_congress_sat_are_no_period_of_the_speech(ex: Extractor) -> None:
    text = (
        "Cập nhật 16/10/2020 10:15\n\n"
        "Gia Lâm: tuyên giáo góp phần xây dựng huyện lên quận\n\n"
        "Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXIV, nhiệm kỳ 2020 – 2025, diễn ra từ ngày "
        "14 đến 16/10 với 300 đại biểu dự.\n\n"
        "Sau đây là trích tham luận của đồng chí Trưởng ban Tuyên giáo Huyện ủy Gia Lâm:\n\n"
        "“Nhiệm kỳ 2015 – 2020, Ban Thường vụ Huyện ủy ban hành 120 văn bản chỉ đạo.\n\n"
        "“Cả nhiệm kỳ, các xã tổ chức 2.100 buổi nói chuyện thời sự. Xin cảm ơn Đại hội!”\n"
    )
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, text) if f[3] != "other"]
    assert got == [
        ("2015-01-01", "2020-12-31", "documents_issued", 120.0),
        ("2015-01-01", "2020-12-31", "oral_propaganda_sessions", 2100.0),
    ]


def test_a_campaign_over_weeks_keeps_its_range(ex: Extractor) -> None:
    text = (
        "Ngày 30/3/2021\n\nGia Lâm tổng kết đợt tuyên truyền\n\n"
        "Đợt cao điểm tuyên truyền diễn ra từ ngày 1/2 đến 25/3/2021, các xã tổ chức 64 buổi "
        "tuyên truyền miệng.\n"
    )
    assert [(f[1], f[2], f[4]) for f in facts(ex, text)] == [("2021-02-01", "2021-03-25", 64.0)]


# ---- (2) words in single quotes inside an official's speech --------------------------------------
def test_single_quoted_words_in_an_officials_speech_are_an_anecdote(ex: Extractor) -> None:
    body = (
        "Đồng chí Trưởng ban: “Năm qua, chúng tôi tổ chức 46 buổi nói chuyện ở thôn. Một bác "
        "trưởng thôn nói với tôi: ‘Thôn tôi 150 hộ, buổi nào cũng đông’.”\n"
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 46.0)]


# ---- (3) an activity named by its level before a comma ----------------------------------------------
def test_a_level_named_meeting_before_a_comma_takes_the_study_before_it(ex: Extractor) -> None:
    body = (
        "Huyện học tập, quán triệt Nghị quyết Trung ương 5 khóa XIII. Huyện ủy tổ chức 3 hội nghị "
        "cấp huyện, các chi bộ mở 140 lớp ở cơ sở."
    )
    assert _iv(ex, body) == [("study_sessions", 3.0), ("study_sessions", 140.0)]


# ---- (4) a dash after a list line's first number opens its next label ------------------------------
def test_a_dash_after_the_first_number_opens_the_next_label(ex: Extractor) -> None:
    body = (
        "Kết quả tuyên truyền miệng:\n"
        "- Buổi nói chuyện chuyên đề ở các thôn: 210 – lượt người nghe: gần 18.000;\n"
        "- Hội nghị báo cáo viên: 04.\n"
    )
    assert _iv(ex, body) == [
        ("oral_propaganda_sessions", 210.0),
        ("propaganda_audience", 18000.0),
        ("reporter_conferences", 4.0),
    ]


# ---- (5) a rate row right under an attendance row of a table -----------------------------------------
def test_a_rate_row_under_an_attendance_row_is_the_participation_rate(ex: Extractor) -> None:
    text = (
        "Ngày 5/7/2021\n\nHai huyện sơ kết công tác tuyên giáo 6 tháng đầu năm 2021\n\n"
        "Chỉ tiêu | Huyện Gia Lâm | Huyện Đông Anh\n"
        "Lớp học tập nghị quyết | 38 | 41\n"
        "Lượt đảng viên dự học | 9.406 | 11.230\n"
        "Tỷ lệ đảng viên tham gia (%) | 96,4 | 95,7\n"
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text) if f[3] == "study_participation_rate"]
    assert got == [
        ("Huyện Gia Lâm", "study_participation_rate", 96.4),
        ("Huyện Đông Anh", "study_participation_rate", 95.7),
    ]


# ---- (6) "số <noun> khoảng N người" with no verb ---------------------------------------------------
def test_members_counted_after_so_with_no_verb(ex: Extractor) -> None:
    body = "Các thôn lập 180 nhóm Zalo, số thành viên khoảng 21.000 người."
    assert [(i, v) for i, v in _iv(ex, body)] == [("chat_groups", 180.0), ("chat_group_members", 21000.0)]


# ---- (7) bullets and emoji before a line's first word; a grouped number after a capital -------------
def test_an_emoji_bullet_leaves_the_first_word_no_name(ex: Extractor) -> None:
    body = "Kết quả đợt cao điểm:\n🔹 Treo 420 băng rôn, khẩu hiệu;\n🔹 Phát 6.000 tờ gấp.\n"
    assert _iv(ex, body) == [("other", 420.0), ("other", 6000.0)]


def test_a_grouped_number_after_a_capital_word_is_a_count(ex: Extractor) -> None:
    body = "Đội ngũ cộng tác viên dư luận xã hội gửi về Ban 1.120 báo cáo tình hình tư tưởng."
    assert _iv(ex, body) == [("opinion_reports", 1120.0)]


def test_a_place_named_with_a_number_stays_a_name(ex: Extractor) -> None:
    body = "Huyện tổ chức 12 buổi nói chuyện tại Trường Tiểu học Số 2 và Khu 3."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 12.0)]


# ---- (8) "phát hành đủ N kỳ" ---------------------------------------------------------------------
def test_issues_published_in_full_counted_in_ky_are_news_items(ex: Extractor) -> None:
    body = "Bản tin sinh hoạt chi bộ phát hành đủ 24 kỳ, mỗi kỳ 1.800 bản."
    assert _iv(ex, body) == [("news_items", 24.0)]


# ---- (9) apartment towers and their residents; people in apposition to an institution ---------------
def test_residents_of_the_towers_a_place_has_are_a_population(ex: Extractor) -> None:
    body = "Phản ánh tập trung ở khu đô thị Đặng Xá (có 28 tòa chung cư với gần 30 nghìn cư dân)."
    assert _iv(ex, body) == []


def test_students_in_apposition_to_an_institution_are_its_people(ex: Extractor) -> None:
    body = (
        "Khu vực quanh Học viện Nông nghiệp Việt Nam, với khoảng 30 nghìn sinh viên, được chọn làm "
        "nơi thí điểm trang tin “Sinh viên Gia Lâm”."
    )
    assert _iv(ex, body) == []


def test_students_reached_by_talks_at_an_institution_stay_an_audience(ex: Extractor) -> None:
    body = "Huyện tổ chức 6 buổi nói chuyện tại Học viện Nông nghiệp Việt Nam, với 2.400 sinh viên dự nghe."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 6.0), ("propaganda_audience", 2400.0)]


# ---- (10) bodies merged ---------------------------------------------------------------------------
def test_the_bodies_merged_are_no_count(ex: Extractor) -> None:
    body = (
        "Từ tháng 3, Ban Tuyên giáo và Dân vận Huyện ủy hoạt động trên cơ sở hợp nhất 2 ban; Ban mở 3 lớp "
        "bồi dưỡng."
    )
    assert _iv(ex, body) == [("training_classes", 3.0)]


# ---- (11) the count before "nâng tổng số lên" --------------------------------------------------------
def test_the_count_added_before_nang_tong_so_is_a_change(ex: Extractor) -> None:
    body = "Trong năm, 25 nhóm Zalo thôn mới được lập, nâng tổng số lên 310 nhóm."
    assert _iv(ex, body) == [("chat_groups", 310.0)]


# ---- (12) contest entries named by a superlative ---------------------------------------------------
def test_entries_named_by_a_superlative_are_a_ranking(ex: Extractor) -> None:
    body = (
        "Cuộc thi nhận 2.315 bài dự thi; Ban Giám khảo chọn 8 bài viết hay nhất và 3 tác phẩm "
        "ấn tượng nhất giới thiệu dự thi cấp Thành phố."
    )
    assert _iv(ex, body) == [("contest_entries", 2315.0)]


# ---- (13) party organisations named for their people or a task -------------------------------------
def test_party_organisations_named_for_their_people_or_a_task_are_structure(ex: Extractor) -> None:
    body = (
        "Hội nghị có đại diện lãnh đạo 22 đảng bộ xã. Huyện ủy giao 22 đảng bộ xã tổ chức "
        "sinh hoạt chuyên đề; các chi bộ tổ chức 640 buổi sinh hoạt chuyên đề."
    )
    assert _iv(ex, body) == [("party_cell_discussions", 640.0)]


def test_entries_of_party_organisations_stay_a_count(ex: Extractor) -> None:
    body = "Cuộc thi nhận 860 bài dự thi của 35 tổ chức cơ sở đảng."
    assert _iv(ex, body) == [("contest_entries", 860.0), ("other", 35.0)]
