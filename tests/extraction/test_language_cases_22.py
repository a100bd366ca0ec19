"""Session 10, holdout21: the language behind its misses (an article about several units' study
of a resolution names the study once, in its headline or lead, and then gives one section per
unit under a heading naming only the unit: "* Quận A" / "Quận ủy tổ chức 2 hội nghị cấp quận;
các đảng bộ phường mở 312 lớp với 26.740 lượt cán bộ, đảng viên, đạt 97,15%". A bare "hội
nghị" or "lớp" in such a section, which nothing nearer describes, counts the study the lead
named; its attendances and rate follow).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 05/7/2019\n\nHai quận học tập nghị quyết của Trung ương\n\n"
_facts, _iv = headed(HEAD)

LEAD = (
    "Sáu tháng đầu năm 2019, các quận Ba Đình và Tây Hồ đã hoàn thành việc học tập, quán triệt "
    "các nghị quyết của Trung ương đến cán bộ, đảng viên.\n\n"
)


# ---- (1) the lead's study for the bare counts of each unit's section ---------------------------------
def test_bare_conference_and_classes_under_a_unit_heading_count_the_leads_study(ex: Extractor) -> None:
    body = LEAD + (
        "* Quận Ba Đình\n"
        "Quận ủy tổ chức 3 hội nghị cấp quận; các đảng bộ phường mở 215 lớp với 18.420 lượt cán bộ, "
        "đảng viên, đạt 96,4%.\n\n"
        "* Quận Tây Hồ\n"
        "Quận ủy tổ chức 02 hội nghị cấp quận. Các chi, đảng bộ mở 131 lớp.\n"
    )
    assert _iv(ex, body) == [
        ("study_sessions", 3.0),
        ("study_sessions", 215.0),
        ("study_attendance", 18420.0),
        ("study_participation_rate", 96.4),
        ("study_sessions", 2.0),
        ("study_sessions", 131.0),
    ]


def test_the_lead_after_a_headline_without_a_study_is_enough(ex: Extractor) -> None:
    head = "Ngày 05/7/2019\n\nHai quận: nói đi đôi với làm\n\n"
    body = LEAD + "* Quận Tây Hồ\nQuận ủy tổ chức 2 hội nghị cấp quận; các phường mở 97 lớp.\n"
    assert _iv(ex, body, head) == [("study_sessions", 2.0), ("study_sessions", 97.0)]


def test_a_lead_naming_no_study_leaves_bare_counts_alone(ex: Extractor) -> None:
    head = "Ngày 05/7/2019\n\nHai quận sơ kết công tác dân vận\n\n"
    lead = "Sáu tháng đầu năm 2019, các quận Ba Đình và Tây Hồ sơ kết công tác dân vận.\n\n"
    body = lead + "* Quận Tây Hồ\nQuận ủy tổ chức 2 hội nghị cấp quận; các phường mở 97 lớp.\n"
    assert [iv[0] for iv in _iv(ex, body, head)] == ["other", "other"]


def test_a_noun_naming_its_own_kind_keeps_it(ex: Extractor) -> None:
    body = LEAD + "* Quận Ba Đình\nQuận ủy mở 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới.\n"
    assert _iv(ex, body)[0] == ("training_classes", 4.0)
