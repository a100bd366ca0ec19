"""Session 11, holdout26: the language behind its misses (a part of a report numbered "PHẦN
III."; a congress's delegates, the members they stand for and whom it elected; lengths and the
papers a meeting heard; the old name of a political school; a province named in a congress's
resolution and a second addressee of a report; a second lettered sub-heading after the first's
list; a gathering's form after its level; "lượt ..." after a comma alone; residents of
dwellings counted before "với").

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 10/01/2025\n\nHuyện Mê Linh: kết quả công tác tuyên giáo năm 2024\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a part of a report numbered "PHẦN III." / "Phần thứ hai:" -------------------------------
def test_a_plan_part_numbered_phan_opens_a_plan(ex: Extractor) -> None:
    body = (
        "PHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\n"
        "1. Huyện mở 6 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo.\n\n"
        "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n"
        "1. Mở 03 lớp bồi dưỡng lý luận chính trị cho đảng viên mới.\n"
        "2. Xây dựng thêm 02 trang mạng xã hội chính danh.\n"
    )
    assert _iv(ex, body) == [("training_classes", 6.0)]


def test_a_plan_part_written_phan_thu_opens_a_plan(ex: Extractor) -> None:
    body = (
        "Phần thứ nhất: Kết quả công tác năm 2024\n"
        "Huyện mở 6 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo.\n\n"
        "Phần thứ hai: Phương hướng, nhiệm vụ năm 2025\n"
        "Mở 03 lớp bồi dưỡng lý luận chính trị cho đảng viên mới.\n"
    )
    assert _iv(ex, body) == [("training_classes", 6.0)]


def test_a_results_part_numbered_phan_keeps_its_facts(ex: Extractor) -> None:
    body = "PHẦN I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Huyện mở 6 lớp bồi dưỡng nghiệp vụ cho cán bộ tuyên giáo.\n"
    assert _iv(ex, body) == [("training_classes", 6.0)]


# ---- (2) a congress's delegates, whom they represent and whom it elected ---------------------------
def test_the_delegates_of_a_congress_and_the_members_they_represent_are_structure(ex: Extractor) -> None:
    body = (
        "Đại hội đại biểu Đảng bộ huyện lần thứ XXI họp trong ba ngày với 320 đại biểu chính thức, "
        "đại diện cho gần 9.400 đảng viên của 126 tổ chức cơ sở đảng."
    )
    assert _iv(ex, body) == []


def test_the_committee_and_delegates_a_congress_elected_are_structure(ex: Extractor) -> None:
    body = (
        "Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XXI gồm 47 đồng chí và bầu 19 đại biểu "
        "đi dự Đại hội Đảng bộ Thành phố."
    )
    assert _iv(ex, body) == []


def test_a_team_of_lecturers_gom_comrades_stays_a_stock(ex: Extractor) -> None:
    body = "Đội ngũ báo cáo viên của huyện hiện gồm 46 đồng chí."
    assert _iv(ex, body) == [("reporters", 46.0)]


def test_members_a_study_reached_stay_its_attendance(ex: Extractor) -> None:
    body = "Huyện ủy tổ chức 3 hội nghị quán triệt Nghị quyết Đại hội cho 1.250 đảng viên."
    assert _iv(ex, body) == [("study_sessions", 3.0), ("study_attendance", 1250.0)]


# ---- (3) lengths and the papers a meeting heard -------------------------------------------------------
def test_a_distance_in_metres_is_no_count(ex: Extractor) -> None:
    body = "Huyện tổ chức 14 buổi tuyên truyền tại khu dân cư, người dự ngồi cách nhau 2 mét."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 14.0)]


def test_the_papers_a_meeting_heard_are_its_programme(ex: Extractor) -> None:
    body = "Hội thảo khoa học cấp huyện đã nghe 11 tham luận của các nhà nghiên cứu."
    assert _iv(ex, body) == []


# ---- (4) the old name of a political school -----------------------------------------------------------
def test_a_study_held_with_the_school_of_the_old_name_stays_a_study(ex: Extractor) -> None:
    body = (
        "Ban Tuyên giáo phối hợp Trung tâm Bồi dưỡng chính trị huyện tổ chức 5 hội nghị học tập, "
        "quán triệt Nghị quyết Trung ương 10 khóa XIII. Sau đó, các chi bộ mở 212 lớp với "
        "8.450 lượt đảng viên tham gia."
    )
    assert _iv(ex, body) == [
        ("study_sessions", 5.0),
        ("study_sessions", 212.0),
        ("study_attendance", 8450.0),
    ]


def test_bare_classes_the_school_opens_stay_training(ex: Extractor) -> None:
    body = "Trung tâm Bồi dưỡng chính trị huyện mở 19 lớp với 1.640 học viên."
    assert _iv(ex, body) == [("training_classes", 19.0), ("trainees", 1640.0)]


# ---- (5) a province named in a congress's resolution; a second addressee --------------------------------
def test_the_city_named_in_its_congress_resolution_is_not_the_actor(ex: Extractor) -> None:
    body = (
        "Huyện ủy tổ chức 3 hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ "
        "thành phố Hà Nội lần thứ XVII cho hơn 1.500 cán bộ chủ chốt."
    )
    assert {f[0] for f in _facts(ex, body)} == {"Huyện Mê Linh"}
    assert _iv(ex, body) == [("study_sessions", 3.0), ("study_attendance", 1500.0)]


def test_a_city_body_as_second_addressee_is_not_the_actor(ex: Extractor) -> None:
    body = (
        "Ban tổng hợp 24 báo cáo gửi Thường trực Huyện ủy và Ban Tuyên giáo Thành ủy; Ban tặng "
        "giấy khen cho 5 báo cáo viên tiêu biểu."
    )
    assert [(f[0], f[3], f[4]) for f in _facts(ex, body)][-1] == (
        "Huyện Mê Linh",
        "commended_individuals",
        5.0,
    )


# ---- (6) a second lettered sub-heading after the first one's list ----------------------------------------
def test_a_second_sub_heading_with_a_long_title_goes_on_from_the_heading(ex: Extractor) -> None:
    body = (
        "2. Học tập, quán triệt nghị quyết\n"
        "a) Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI\n"
        "- Hội nghị cấp huyện: 01\n"
        "- Số đảng viên chưa dự: 61 người\n"
        "b) Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi hành "
        "pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới\n"
        "- Hội nghị chuyên đề cấp huyện: 03\n"
        "- Lượt cán bộ, đảng viên dự: 1.420\n"
    )
    iv = _iv(ex, body)
    assert ("study_sessions", 3.0) in iv
    assert ("study_attendance", 1420.0) in iv


# ---- (7) a gathering's form after its level ---------------------------------------------------------------
def test_the_form_of_a_gathering_after_its_level_names_no_kind(ex: Extractor) -> None:
    body = (
        "Huyện ủy chỉ đạo học tập, quán triệt Nghị quyết Đại hội Đảng bộ Thành phố. Huyện ủy tổ "
        "chức 1 hội nghị cấp huyện theo hình thức trực tiếp kết hợp trực tuyến."
    )
    assert _iv(ex, body) == [("study_sessions", 1.0)]


# ---- (8) "lượt ..." after a comma alone ---------------------------------------------------------------------
def test_views_after_a_comma_alone_are_the_audience(ex: Extractor) -> None:
    body = "Fanpage của huyện đăng 372 tin, bài, lượt tiếp cận ước đạt 1,6 triệu."
    assert _iv(ex, body) == [("news_items", 372.0), ("propaganda_audience", 1600000.0)]


# ---- (9) residents of dwellings counted before "với" ----------------------------------------------------------
def test_residents_of_apartment_blocks_are_population(ex: Extractor) -> None:
    body = "Thị trấn có 17 khu tập thể cũ với khoảng 52 nghìn cư dân."
    assert _iv(ex, body) == []


def test_residents_at_sessions_in_residential_areas_stay_an_audience(ex: Extractor) -> None:
    body = "Huyện tổ chức 20 buổi tuyên truyền tại các khu tập thể với 3.000 lượt cư dân tham dự."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 20.0), ("propaganda_audience", 3000.0)]
