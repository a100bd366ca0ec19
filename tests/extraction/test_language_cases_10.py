"""Session 8: the language behind holdout9's misses (a table written as text lines with one
unit a column, a numbered heading over list lines as their lead-in, a list line's label naming
only a level or who took part, a paragraph run in after a plan label, prizes won by people,
entries picked for a last round, growth rates, a request for staff, what a count leaves out with
"chưa tính", an area divided into parts, a congress's number in a document's name, a unit in
brackets after a place, a campaign month named by its title, "phát hành đủ N số").

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import facts, headed

from orchestration.extraction import Extractor

HEAD = "Ngày 8/1/2022\n\nQuận Phú Nhuận tổng kết công tác tuyên giáo năm 2021\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a table written as text lines ------------------------------------------------------
def test_a_tables_columns_are_its_units_and_rows_its_indicators(ex: Extractor) -> None:
    text = (
        "Ngày 4/10/2022\n\nQuận 3 và Quận 10: kết quả tuyên giáo 9 tháng năm 2022\n\n"
        "Chín tháng năm 2022, hai quận báo cáo một số kết quả như sau:\n\n"
        "Chỉ tiêu | Quận 3 | Quận 10\n"
        "Hội nghị quán triệt nghị quyết | 17 | 24\n"
        "Lượt đảng viên dự học tập | 5.120 | 6.300\n"
        "Tỷ lệ đảng viên học tập (%) | 95,4 | 98\n"
        "Buổi tuyên truyền miệng | 61 | 77\n"
    )
    got = [(f[0], f[1], f[2], f[3], f[4], f[6]) for f in facts(ex, text)]
    assert got == [
        ("Quận 3", "2022-01-01", "2022-09-30", "study_sessions", 17.0, "all"),
        ("Quận 10", "2022-01-01", "2022-09-30", "study_sessions", 24.0, "all"),
        ("Quận 3", "2022-01-01", "2022-09-30", "study_attendance", 5120.0, "party_members"),
        ("Quận 10", "2022-01-01", "2022-09-30", "study_attendance", 6300.0, "party_members"),
        ("Quận 3", "2022-01-01", "2022-09-30", "study_participation_rate", 95.4, "all"),
        ("Quận 10", "2022-01-01", "2022-09-30", "study_participation_rate", 98.0, "all"),
        ("Quận 3", "2022-01-01", "2022-09-30", "oral_propaganda_sessions", 61.0, "all"),
        ("Quận 10", "2022-01-01", "2022-09-30", "oral_propaganda_sessions", 77.0, "all"),
    ]


def test_bars_without_a_header_of_units_are_no_table(ex: Extractor) -> None:
    # a caption bar between a title and a source names no column of units
    body = "Quận ủy tổ chức 9 hội nghị học tập nghị quyết | Nguồn: Ban Tuyên giáo | Ảnh tư liệu"
    assert [(f[0], f[3], f[4]) for f in _facts(ex, body)] == [("Quận Phú Nhuận", "study_sessions", 9.0)]


# ---- (2) list lines under a numbered heading --------------------------------------------------
def test_a_numbered_heading_is_the_lead_in_of_its_list_lines(ex: Extractor) -> None:
    body = (
        "2. Học tập, quán triệt Kết luận của Bộ Chính trị\n"
        "- Số hội nghị cấp quận: 03; số lớp ở phường: 41.\n"
        "- Tỷ lệ đảng viên tham gia: 97,5%.\n"
        "- Số đảng viên chưa tham gia: 95 người.\n\n"
        "3. Bồi dưỡng chính trị cho đảng viên mới\n"
        "- Số lớp: 05.\n"
    )
    assert _iv(ex, body) == [
        ("study_sessions", 3.0),
        ("study_sessions", 41.0),
        ("study_participation_rate", 97.5),
        ("other", 95.0),
        ("training_classes", 5.0),
    ]


def test_a_level_label_without_a_lead_in_stays_other(ex: Extractor) -> None:
    body = "Số hội nghị cấp quận: 03."
    assert _iv(ex, body) == [("other", 3.0)]


# ---- (3) plans, prizes, growth, requests -------------------------------------------------------
def test_a_paragraph_after_a_plan_label_is_a_plan(ex: Extractor) -> None:
    body = (
        "Quận ủy mở 6 lớp bồi dưỡng nghiệp vụ.\n\n"
        "Nhiệm vụ năm 2022: mở thêm 4 lớp bồi dưỡng nghiệp vụ; tổ chức 30 buổi nói chuyện thời sự."
    )
    assert _iv(ex, body) == [("training_classes", 6.0)]


def test_a_review_label_with_a_colon_stays_a_result(ex: Extractor) -> None:
    body = "Nhiệm vụ trọng tâm đã hoàn thành: Quận ủy mở 6 lớp bồi dưỡng nghiệp vụ."
    assert _iv(ex, body) == [("training_classes", 6.0)]


def test_people_who_won_prizes_are_no_result(ex: Extractor) -> None:
    body = (
        "Cuộc thi tìm hiểu lịch sử Đảng bộ quận thu hút 8.400 lượt người dự thi, có 15 thí sinh "
        "đoạt giải. Ban Thường vụ Quận ủy khen thưởng 9 cá nhân tiêu biểu."
    )
    assert _iv(ex, body) == [("contest_entries", 8400.0), ("commended_individuals", 9.0)]


def test_entries_picked_for_the_last_round_are_no_result(ex: Extractor) -> None:
    body = "Cuộc thi viết nhận được 210 bài dự thi, trong đó 25 bài vào vòng chung kết."
    assert _iv(ex, body) == [("contest_entries", 210.0)]


def test_a_growth_rate_is_a_change(ex: Extractor) -> None:
    body = "Kinh tế quận năm 2021 tăng trưởng 6,8%; Quận ủy tổ chức 12 hội nghị học tập nghị quyết."
    assert _iv(ex, body) == [("study_sessions", 12.0)]


def test_a_request_for_staff_is_no_result(ex: Extractor) -> None:
    body = (
        "Ban Tuyên giáo đang kiến nghị bổ sung 2 biên chế. Năm qua, Ban đã tổ chức 14 hội nghị báo cáo viên."
    )
    assert _iv(ex, body) == [("reporter_conferences", 14.0)]


def test_what_a_count_leaves_out_with_chua_tinh(ex: Extractor) -> None:
    body = "Trang thông tin điện tử quận đăng 2.100 tin, bài, chưa tính hàng nghìn tin của các phường."
    assert _iv(ex, body) == [("news_items", 2100.0)]


def test_an_area_divided_into_parts_is_geography(ex: Extractor) -> None:
    body = "Quận chia địa bàn thành 6 cụm để nắm dư luận; các cộng tác viên gửi 48 báo cáo dư luận xã hội."
    assert _iv(ex, body) == [("opinion_reports", 48.0)]


# ---- (4) units, periods, issues ----------------------------------------------------------------
def test_a_city_congress_named_in_a_document_is_no_actor(ex: Extractor) -> None:
    text = (
        "Ngày 6/1/2021\n\nQuận Tây Hồ tổng kết công tác tuyên giáo năm 2020\n\n"
        "Quận ủy quán triệt Nghị quyết Đại hội XVII Đảng bộ Thành phố, với 9.870 đảng viên tham gia."
    )
    assert [(f[0], f[3], f[4]) for f in facts(ex, text)] == [("Quận Tây Hồ", "study_attendance", 9870.0)]


def test_a_unit_in_brackets_after_a_place_is_no_actor(ex: Extractor) -> None:
    text = (
        "Ngày 30/3/2023\n\nThành Đoàn TP.HCM sơ kết Tháng Thanh niên\n\n"
        "Thành Đoàn tổ chức 40 buổi sinh hoạt chính trị tại Nhà Văn hóa Thanh niên (Quận 1)."
    )
    assert [f[0] for f in facts(ex, text)] == ["Thành phố Hồ Chí Minh"]


def test_a_campaign_month_named_by_its_title_is_that_month(ex: Extractor) -> None:
    text = (
        "Ngày 28/5/2022\n\nLiên đoàn Lao động TP.HCM: Tháng Công nhân năm 2022\n\n"
        "Trong Tháng Công nhân năm 2022, Liên đoàn Lao động Thành phố tổ chức 85 buổi nói chuyện "
        "chuyên đề cho công nhân."
    )
    assert [(f[1], f[2], f[4]) for f in facts(ex, text)] == [("2022-05-01", "2022-05-31", 85.0)]


def test_issues_published_in_full_stay_counted(ex: Extractor) -> None:
    body = "Bản tin sinh hoạt chi bộ phát hành đủ 6 số. Các đảng viên dự đủ 4 buổi sinh hoạt."
    assert _iv(ex, body) == [("news_items", 6.0)]
