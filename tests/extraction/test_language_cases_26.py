"""Session 11, holdout25: the language behind its misses (a comparative right before the year
compared with; a duration given per item; an award submitted to a higher body; party cells
listed with their members, or as the subject of a finished study; a conference held online at
a level; craft villages and vaccine doses; a growth rate named before its verb; "có lượt tiếp
cận" right before a qualifier).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 08/01/2025\n\nHuyện Mê Linh: kết quả công tác tuyên giáo năm 2024\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a comparative right before the year compared with ----------------------------------------
def test_the_year_after_more_than_is_compared_with_not_the_period(ex: Extractor) -> None:
    body = "Trung tâm Chính trị huyện mở chín lớp bồi dưỡng nghiệp vụ, ít hơn năm 2023 hai lớp."
    assert [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)] == [
        ("2024-01-01", "2024-12-31", "training_classes", 9.0)
    ]


def test_more_than_the_year_then_la_and_a_number_is_a_change(ex: Extractor) -> None:
    body = "Các cộng tác viên gửi về Ban 88 báo cáo tình hình tư tưởng, nhiều hơn năm 2023 là 12 báo cáo."
    assert [(f[1], f[3], f[4]) for f in _facts(ex, body)] == [("2024-01-01", "opinion_reports", 88.0)]


def test_a_year_opening_a_sentence_is_still_its_period(ex: Extractor) -> None:
    body = "Trong năm 2023, huyện mở 7 lớp bồi dưỡng nghiệp vụ."
    assert [(f[1], f[3], f[4]) for f in _facts(ex, body)] == [("2023-01-01", "training_classes", 7.0)]


# ---- (2) a duration given per item -------------------------------------------------------------------
def test_minutes_per_programme_are_a_duration(ex: Extractor) -> None:
    body = "Đài truyền thanh huyện phát 96 chương trình chuyên đề, thời lượng 20 phút/chương trình."
    assert _iv(ex, body) == [("news_items", 96.0)]


def test_hours_per_session_are_a_duration(ex: Extractor) -> None:
    body = "Trung tâm Chính trị mở 5 lớp bồi dưỡng nghiệp vụ, thời gian học 3 giờ/buổi."
    assert _iv(ex, body) == [("training_classes", 5.0)]


# ---- (3) an award submitted to a higher body ---------------------------------------------------------
def test_an_award_submitted_for_consideration_is_a_proposal(ex: Extractor) -> None:
    body = (
        "Ban Thường vụ Huyện ủy khen thưởng 11 tập thể; đồng thời trình Ban Thường vụ Thành ủy "
        "xét tặng bằng khen cho 4 cá nhân."
    )
    assert _iv(ex, body) == [("commended_collectives", 11.0)]


def test_an_award_submitted_to_the_peoples_committee_is_a_proposal(ex: Extractor) -> None:
    body = "Huyện ủy tặng giấy khen cho 6 cá nhân và trình UBND Thành phố tặng bằng khen cho 2 tập thể."
    assert _iv(ex, body) == [("commended_individuals", 6.0)]


def test_a_programme_giving_gifts_is_no_submission(ex: Extractor) -> None:
    body = "Huyện tổ chức chương trình tặng quà cho 40 gia đình chính sách."
    assert _iv(ex, body) == [("other", 40.0)]


# ---- (4) party cells listed with their members -------------------------------------------------------
def test_cells_and_members_listed_with_and_are_the_structure(ex: Extractor) -> None:
    body = (
        "Xã mới được thành lập từ ba xã cũ, với 39 chi bộ trực thuộc và gần 2.100 đảng viên. "
        "Đảng ủy xã tổ chức 3 hội nghị học tập nghị quyết."
    )
    assert _iv(ex, body) == [("study_sessions", 3.0)]


def test_members_after_and_who_took_part_are_no_structure(ex: Extractor) -> None:
    body = "Đảng ủy xã tổ chức 3 hội nghị học tập nghị quyết, với 39 chi bộ và 2.100 đảng viên tham dự."
    assert ("study_sessions", 3.0) in _iv(ex, body)
    assert any(v == 2100.0 for _, v in _iv(ex, body))


# ---- (5) party cells as the subject of a finished study ----------------------------------------------
def test_cells_that_finished_the_study_are_its_structure(ex: Extractor) -> None:
    body = (
        "Đảng ủy tổ chức 1 hội nghị học tập nghị quyết cho cán bộ chủ chốt; 42 chi bộ đã học "
        "tập xong với 2.655 lượt đảng viên, đạt 97,1%."
    )
    assert _iv(ex, body) == [
        ("study_sessions", 1.0),
        ("study_attendance", 2655.0),
        ("study_participation_rate", 97.1),
    ]


# ---- (6) a conference held online at a level ------------------------------------------------------------
def test_an_online_conference_at_the_districts_level_counts_the_study(ex: Extractor) -> None:
    body = (
        "Việc học tập, quán triệt nghị quyết được duy trì trong giãn cách. Huyện tổ chức 3 hội "
        "nghị trực tuyến cấp huyện; các chi bộ mở 210 lớp."
    )
    assert _iv(ex, body) == [("study_sessions", 3.0), ("study_sessions", 210.0)]


def test_an_online_conference_alone_names_its_own_kind(ex: Extractor) -> None:
    body = (
        "Việc học tập, quán triệt nghị quyết được duy trì trong giãn cách. Huyện tổ chức 3 hội "
        "nghị trực tuyến; các chi bộ mở 210 lớp."
    )
    assert _iv(ex, body) == [("other", 3.0), ("study_sessions", 210.0)]


# ---- (7) craft villages and vaccine doses ---------------------------------------------------------------
def test_craft_villages_are_what_a_place_has(ex: Extractor) -> None:
    body = "Huyện có 22 làng nghề truyền thống; Ban phát hành 12 số bản tin."
    assert _iv(ex, body) == [("news_items", 12.0)]


def test_vaccine_doses_are_what_each_person_got(ex: Extractor) -> None:
    body = "Người dân từ 18 tuổi trở lên đã được tiêm ít nhất 2 mũi vắc-xin; Ban phát hành 12 số bản tin."
    assert _iv(ex, body) == [("news_items", 12.0)]


# ---- (8) a growth rate named before its verb ----------------------------------------------------------------
def test_a_growth_rate_named_before_its_verb_is_a_change(ex: Extractor) -> None:
    body = "Tốc độ tăng trưởng kinh tế của huyện ước đạt 8,2%; tỷ lệ đảng viên dự học đạt 96%."
    assert _iv(ex, body) == [("study_participation_rate", 96.0)]


# ---- (9) "có lượt tiếp cận" right before a qualifier ---------------------------------------------------------
def test_reach_after_a_comma_and_co_before_a_qualifier_is_the_audience(ex: Extractor) -> None:
    body = "Fanpage của huyện đăng 530 tin, ảnh, có lượt tiếp cận khoảng 380 nghìn."
    assert _iv(ex, body) == [("news_items", 530.0), ("propaganda_audience", 380000.0)]
