"""Session 11, holdout23: the language behind its misses (a table of two cells a line under a
header "Nội dung | Số lượng"; the party organisations of the level below named by their kind,
"đảng bộ phường", "đảng bộ trực thuộc", or by their committee, "đảng ủy phường", and the
political training centres as the subject of the work; businesses and lodgings as the places
of the work or the holdings of a place; a list label "Ý kiến ... được tổng hợp: N"; a label
naming its own things under another list line; a meeting named by its level and its form,
"hội nghị cấp quận trực tiếp kết hợp trực tuyến").

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 05/10/2022\n\nHuyện Đông Anh: kết quả công tác tuyên giáo quý III năm 2022\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a two-cell table under a header naming the column of figures -------------------------
def test_a_two_cell_table_under_a_quantity_header_counts_its_rows(ex: Extractor) -> None:
    body = (
        "Kết quả học tập, quán triệt các chuyên đề của Thành ủy trong quý:\n\n"
        "Nội dung | Số lượng\n"
        "Hội nghị cấp huyện | 03\n"
        "Lớp ở các chi bộ | 214\n"
        "Lượt đảng viên dự học | 9.870\n"
        "Tỷ lệ đảng viên tham gia (%) | 96,4\n"
    )
    got = _facts(ex, body)
    assert [(f[0], f[3], f[4], f[6]) for f in got] == [
        ("Huyện Đông Anh", "study_sessions", 3.0, "all"),
        ("Huyện Đông Anh", "study_sessions", 214.0, "all"),
        ("Huyện Đông Anh", "study_attendance", 9870.0, "party_members"),
        ("Huyện Đông Anh", "study_participation_rate", 96.4, "all"),
    ]


def test_a_results_header_heads_the_column_too(ex: Extractor) -> None:
    body = "Tuyên truyền miệng:\n\nChỉ tiêu | Kết quả\nBuổi nói chuyện thời sự | 58\n"
    assert _iv(ex, body) == [("oral_propaganda_sessions", 58.0)]


def test_two_cells_under_a_header_of_other_words_stay_unread(ex: Extractor) -> None:
    body = "Lịch làm việc:\n\nNgày | Nội dung\nThứ Hai | 14 giờ\n"
    assert _iv(ex, body) == []


# ---- (2) party organisations named by their kind or their committee ------------------------------
def test_the_ward_party_organisations_a_committee_has_are_its_structure(ex: Extractor) -> None:
    body = (
        "Đảng bộ huyện có 23 đảng bộ xã và 41 chi, đảng bộ cơ sở với hơn 14.200 đảng viên. Trong "
        "quý, Ban Tuyên giáo Huyện ủy tổ chức 4 hội nghị báo cáo viên."
    )
    assert _iv(ex, body) == [("reporter_conferences", 4.0)]


def test_the_organisations_directly_under_a_committee_are_its_structure(ex: Extractor) -> None:
    body = (
        "Đảng bộ huyện hiện có 57 đảng bộ trực thuộc với gần 15.000 đảng viên. Huyện ủy tổ chức "
        "4 hội nghị báo cáo viên."
    )
    assert _iv(ex, body) == [("reporter_conferences", 4.0)]


def test_ward_committees_as_the_subject_leave_only_the_classes(ex: Extractor) -> None:
    body = (
        "Về học tập nghị quyết, Huyện ủy tổ chức 2 hội nghị cấp huyện; 23 đảng ủy xã và 30 chi bộ "
        "trực thuộc đã mở 205 lớp."
    )
    assert [v for _, v in _iv(ex, body)] == [2.0, 205.0]


def test_committee_members_are_no_party_organisation(ex: Extractor) -> None:
    body = "Ban Thường vụ Huyện ủy tặng giấy khen cho 12 đảng ủy viên có thành tích."
    assert [v for _, v in _iv(ex, body)] == [12.0]


def test_training_centres_as_the_subject_of_the_work_are_the_structure(ex: Extractor) -> None:
    body = (
        "Trường Chính trị tỉnh và 9 trung tâm chính trị cấp huyện mở 312 lớp bồi dưỡng lý luận "
        "chính trị với 18.600 học viên."
    )
    assert _iv(ex, body) == [("training_classes", 312.0), ("trainees", 18600.0)]


# ---- (3) businesses and lodgings as places ------------------------------------------------------
def test_lodgings_where_talks_were_held_are_places(ex: Extractor) -> None:
    body = "Báo cáo viên của huyện tổ chức 36 buổi nói chuyện thời sự tại 22 khu nhà trọ công nhân."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 36.0)]


def test_businesses_a_place_has_are_its_holdings(ex: Extractor) -> None:
    body = (
        "Xã có 12 thôn, 2 cụm công nghiệp và khoảng 640 doanh nghiệp. Trên địa bàn còn có hơn 90 "
        "cơ sở sản xuất nhỏ. Trong quý, Đảng ủy xã tổ chức 3 hội nghị báo cáo viên."
    )
    assert _iv(ex, body) == [("reporter_conferences", 3.0)]


def test_businesses_that_took_part_stay_counted(ex: Extractor) -> None:
    body = "Hưởng ứng phong trào, huyện có 75 doanh nghiệp tham gia ký cam kết."
    assert [v for _, v in _iv(ex, body)] == [75.0]


# ---- (4) a list label with what was done to its things -------------------------------------------
def test_a_label_naming_things_and_what_was_done_with_them_counts_them(ex: Extractor) -> None:
    body = "• Lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp:\n– Ý kiến đóng góp được tiếp thu: 286\n"
    assert _iv(ex, body) == [("other", 286.0)]


# ---- (5) a label naming its own things under another list line -----------------------------------
def test_a_label_naming_its_own_rounds_is_not_the_line_above(ex: Extractor) -> None:
    body = (
        "• Tuyên truyền miệng và trực quan:\n"
        "– Buổi nói chuyện chuyên đề ở thôn: 31\n"
        "– Trưng bày ảnh “Đông Anh – đổi mới và phát triển”: 3 đợt\n"
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 31.0), ("other", 3.0)]


def test_a_bare_round_under_a_list_line_goes_on_from_it(ex: Extractor) -> None:
    body = (
        "✅ 12 buổi nói chuyện thời sự ở các thôn;\n"
        "✅ 9 buổi ở các trường học.\n"
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 12.0), ("oral_propaganda_sessions", 9.0)]


# ---- (6) a meeting named by its level and how it was held --------------------------------------
def test_a_level_and_a_form_take_the_kind_from_the_text_before(ex: Extractor) -> None:
    body = (
        "Về học tập, quán triệt Nghị quyết Trung ương 6 khóa XIII, Huyện ủy tổ chức 1 hội nghị cấp "
        "huyện trực tiếp kết hợp trực tuyến đến 24 điểm."
    )
    assert _iv(ex, body)[:1] == [("study_sessions", 1.0)]


def test_a_meeting_online_in_brackets_of_a_count_stays_its_part(ex: Extractor) -> None:
    body = (
        "Quý III chỉ tổ chức được 02 hội nghị báo cáo viên (tháng 7 và một hội nghị trực tuyến)."
    )
    assert _iv(ex, body) == [("reporter_conferences", 2.0)]
