"""Session 14 (first round), holdout42 and holdout43: the language behind their misses (people who
live in a place; party organisations after a word of sequence with no count after their verb; a
total or "thêm" after a study; "Riêng ..." opening the sentence after a study's count; members
counted by the reflections they wrote; the abbreviations of terse summaries: HN, ĐV, đ/c).
Sentences written for these tests, not copied from the reports."""

from __future__ import annotations

from extraction_helpers import headed, headed_values

from orchestration.extraction import Extractor

HEAD = "Ngày 05/7/2023\n\nPhường Bến Nghé: kết quả công tác tuyên giáo 6 tháng đầu năm 2023\n\n"
_facts, _iv = headed(HEAD)


_values = headed_values(HEAD)


def test_people_who_live_in_a_place_are_its_population(ex: Extractor) -> None:
    got = _values(
        ex,
        "Với khoảng 45 nghìn người sinh sống ở 30 khu phố, phường tổ chức 18 buổi tuyên truyền "
        "miệng về an toàn giao thông.",
    )
    assert 45000.0 not in got and 18.0 in got, got
    got = _values(ex, "Ven kênh có gần 1.200 hộ sinh sống; phường phát 900 tờ gấp đến từng nhà.")
    assert 1200.0 not in got and 900.0 in got, got


def test_party_organisations_after_a_word_of_sequence_with_no_count_after_the_verb(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Đảng ủy phường tổ chức 01 hội nghị quán triệt Nghị quyết, tiếp đó 23 chi bộ mở lớp tại "
        "khu phố.",
    )
    assert ("study_sessions", 1.0) in got and all(v != 23.0 for _, v in got), got


def test_a_total_opening_the_sentence_after_a_study_adds_up_its_classes(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Sáu tháng qua, phường tập trung học tập Nghị quyết Đại hội cho cán bộ, đảng viên.\n\n"
        "Đảng ủy phường tổ chức 01 hội nghị cấp phường cho cán bộ chủ chốt, sau đó các chi bộ mở "
        "lớp tại khu phố. Tổng cộng có 40 lớp, 2.950 lượt đảng viên dự, đạt 97,3%; riêng quần "
        "chúng có 600 lượt dự nghe.",
    )
    assert ("study_sessions", 40.0) in got, got
    assert ("study_attendance", 2950.0) in got, got
    assert ("study_participation_rate", 97.3) in got, got
    assert ("study_attendance", 600.0) in got, got


def test_classes_opened_more_after_a_study_are_more_of_them(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Sáu tháng qua, phường tập trung học tập Nghị quyết Đại hội cho cán bộ, đảng viên.\n\n"
        "Đảng ủy phường tổ chức 1 hội nghị cấp phường và 35 lớp ở các chi bộ. Vì nhiều đảng viên "
        "làm ca đêm, phường mở thêm 03 lớp vào sáng chủ nhật.",
    )
    assert ("study_sessions", 3.0) in got, got


def test_a_sentence_opening_rieng_sets_apart_a_group_of_the_study_before(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Các chi bộ mở 28 lớp học tập Nghị quyết với 1.640 lượt đảng viên tham gia. Riêng quần "
        "chúng có 520 lượt dự nghe.",
    )
    assert ("study_attendance", 520.0) in got, got


def test_members_counted_by_the_reflections_they_wrote(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Đảng ủy phường tổ chức 1 hội nghị và 35 lớp học tập Nghị quyết ở các chi bộ. Sau học "
        "tập Nghị quyết, 1.590 đảng viên viết bài thu hoạch.",
    )
    assert ("other", 1590.0) in got, got


def test_the_abbreviations_of_a_terse_summary(ex: Extractor) -> None:
    got = _iv(
        ex,
        "1. Học tập, quán triệt NQ Đại hội\n"
        "- HN cấp phường: 02\n"
        "- Tỷ lệ ĐV tham gia: 97,4%\n\n"
        "2. Tuyên truyền miệng\n"
        "- BCV cấp phường: 17 đ/c; CTV DLXH: 24 đ/c\n"
        "- HN báo cáo viên: 6\n",
    )
    assert ("study_sessions", 2.0) in got, got
    assert ("study_participation_rate", 97.4) in got, got
    assert ("reporters", 17.0) in got, got
    assert ("opinion_collaborators", 24.0) in got, got
    assert ("reporter_conferences", 6.0) in got, got
