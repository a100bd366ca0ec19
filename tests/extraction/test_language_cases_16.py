"""Session 10: the language behind holdout15's misses (a speech introduced by a news portal,
"cổng thông tin" being no "thôn"; a party committee of a ward under the superior organisation in
a letterhead; a lettered sub-heading "a)" under a numbered heading as the lead-in of list lines;
"Đảng viên dự học: N/M đồng chí"; a city body the unit worked with, "phối hợp"; traps: a post's
reactions, the parts of a count after "trong đó", a list line of entries picked for a last round
repeating its noun, the people who work in a place "nơi làm việc của", an increase "tăng thêm
..., nâng tổng số lên", contestants "có điểm cao nhất").

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import facts, headed, values

from orchestration.extraction import Extractor

HEAD = "Ngày 15/12/2019\n\nHuyện Thanh Oai tổng kết công tác tuyên giáo năm 2019\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a speech a news portal introduces ("thông tin" is no "thôn") -------------------------
def test_a_speech_introduced_by_a_news_portal_is_the_officials(ex: Extractor) -> None:
    text = (
        "Trang thông tin điện tử huyện Đan Phượng\nThứ Hai, 14/12/2020\n\n"
        "Đan Phượng: tổng kết công tác tuyên giáo\n\n"
        "Chiều 12/12, Huyện ủy Đan Phượng tổng kết công tác tuyên giáo năm 2020. Trang thông tin "
        "xin trích đăng bài phát biểu của đồng chí Lê Văn Minh, Trưởng ban Tuyên giáo Huyện ủy:\n\n"
        "“Năm nay là một năm nhiều khó khăn.\n\n"
        "“Ban Thường vụ Huyện ủy đã ban hành 47 văn bản chỉ đạo; các cơ sở mở 96 lớp học tập "
        "nghị quyết.\n\n"
        "“Xin cảm ơn các đồng chí!”\n"
    )
    assert [(f[0], f[3], f[4]) for f in facts(ex, text)] == [
        ("Huyện Đan Phượng", "documents_issued", 47.0),
        ("Huyện Đan Phượng", "study_sessions", 96.0),
    ]


def test_a_speech_introduced_under_a_village_still_is_an_anecdote(ex: Extractor) -> None:
    text = (
        "Ngày 14/12/2020\n\nĐan Phượng tổng kết công tác tuyên giáo\n\n"
        "Huyện ủy Đan Phượng mở 12 lớp bồi dưỡng. Dưới đây là trích phát biểu của đồng chí "
        "Bí thư chi bộ thôn Thượng Hội:\n\n"
        "“Thôn tôi năm nay tổ chức 9 buổi sinh hoạt chuyên đề.”\n"
    )
    assert values(ex, text) == [12.0]


# ---- (2) a ward's party committee under the superior organisation ------------------------------
def test_a_wards_committee_line_under_the_superior_organisation_is_the_issuer(ex: Extractor) -> None:
    text = (
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI                 ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG ỦY PHƯỜNG CỬA NAM\n"
        "          *                    Cửa Nam, ngày 10 tháng 11 năm 2025\n\n"
        "BÁO CÁO\nKết quả công tác tuyên giáo tháng 10 năm 2025\n\n"
        "- Các chi bộ tổ chức 28 buổi sinh hoạt chuyên đề;\n"
        "- Trang thông tin của phường đăng 64 tin, bài.\n"
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("Phường Cửa Nam", "party_cell_discussions", 28.0), ("Phường Cửa Nam", "news_items", 64.0)]


# ---- (3) a lettered sub-heading "a)" under a numbered heading ------------------------------------
def test_a_lettered_sub_heading_takes_the_numbered_heading_above_as_lead_in(ex: Extractor) -> None:
    body = (
        "1. Học tập, quán triệt các nghị quyết\n"
        "a) Nghị quyết Trung ương 8 khóa XII\n"
        "- Hội nghị cấp huyện: 02;\n"
        "- Lớp ở các chi, đảng bộ: 131;\n"
        "- Lượt đảng viên dự: 8.402; tỷ lệ: 97,1%.\n"
    )
    got = [(f[3], f[4], f[6]) for f in _facts(ex, body)]
    assert got == [
        ("study_sessions", 2.0, "all"),
        ("study_sessions", 131.0, "all"),
        ("study_attendance", 8402.0, "party_members"),
        ("study_participation_rate", 97.1, "all"),
    ]


# ---- (4) "Đảng viên dự học: N/M đồng chí" --------------------------------------------------------
def test_party_members_who_attended_as_a_label_count_attendances(ex: Extractor) -> None:
    body = (
        "Kết quả học tập Nghị quyết:\n"
        "- Đảng viên dự học: 3.310/3.402 đồng chí;\n"
        "- Đảng viên chưa dự học: 92 đồng chí.\n"
    )
    got = [(f[3], f[4], f[6]) for f in _facts(ex, body)]
    assert got == [("study_attendance", 3310.0, "party_members"), ("other", 92.0, "all")]


# ---- (5) a city body the unit worked with ---------------------------------------------------------
def test_a_city_body_after_phoi_hop_is_a_partner_not_the_actor(ex: Extractor) -> None:
    text = (
        "Ngày 5/12/2025\n\nPhường Tây Hồ tổng kết công tác tuyên giáo\n\n"
        "Phường Tây Hồ tổ chức 14 buổi nói chuyện chuyên đề. "
        "Phối hợp với Trường Chính trị Thành phố mở 2 lớp bồi dưỡng cho 120 học viên.\n"
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got[1:] == [("Phường Tây Hồ", "training_classes", 2.0), ("Phường Tây Hồ", "trainees", 120.0)]


# ---- (6) a post's reactions ---------------------------------------------------------------------
def test_the_reactions_under_a_post_are_no_facts(ex: Extractor) -> None:
    body = "Fanpage của Huyện ủy đăng 210 tin, bài trong năm.\n\n👍 3,4K · 215 bình luận · 96 lượt chia sẻ\n"
    assert _iv(ex, body) == [("news_items", 210.0)]


# ---- (7) the parts of a count after "trong đó" ------------------------------------------------------
def test_the_parts_of_a_count_after_trong_do_are_no_facts(ex: Extractor) -> None:
    body = "Huyện tổ chức 84 buổi nói chuyện chuyên đề, trong đó 30 buổi tại các xã và 12 buổi tại trường học."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 84.0)]


# ---- (8) a list line of entries picked for the last round, its noun repeated ------------------------
def test_a_list_line_of_picked_entries_repeating_its_noun_is_a_trap(ex: Extractor) -> None:
    body = (
        "Kết quả cuộc thi viết về gương người tốt việc tốt:\n"
        "- Tác phẩm vào vòng chung kết: 25 tác phẩm;\n"
        "- Thí sinh vào vòng chung kết: 18 thí sinh.\n"
    )
    assert _iv(ex, body) == []


# ---- (9) the people who work in a place ---------------------------------------------------------------
def test_the_people_who_work_in_a_place_are_no_audience(ex: Extractor) -> None:
    body = (
        "Huyện có Cụm công nghiệp Thanh Oai, nơi làm việc của khoảng 12.000 công nhân. "
        "Ban Tuyên giáo tổ chức 16 buổi nói chuyện cho 2.400 lượt công nhân."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 16.0), ("propaganda_audience", 2400.0)]


# ---- (10) an increase towards a total --------------------------------------------------------------
def test_an_increase_towards_a_new_total_is_a_change(ex: Extractor) -> None:
    body = "Trong quý, các nhóm Zalo của huyện tăng thêm 1.150 thành viên, nâng tổng số lên 9.800 thành viên."
    assert [v for _, v in _iv(ex, body)] == [9800.0]


# ---- (11) contestants with the highest marks ------------------------------------------------------
def test_contestants_with_the_highest_marks_are_a_ranking(ex: Extractor) -> None:
    body = (
        "Hội thi tuyên truyền viên giỏi của huyện có 31 thí sinh; 3 thí sinh có điểm cao nhất được "
        "chọn dự thi cấp Thành phố."
    )
    assert _iv(ex, body) == [("contest_entries", 31.0)]
