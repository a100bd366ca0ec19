"""Session 11, holdout22: the language behind its misses (a part of a report lettered in
capitals, "D. NHIỆM VỤ 6 THÁNG CUỐI NĂM ...", lists plans like "IV. PHƯƠNG HƯỚNG ..."; a change
"từ N xuống còn M <noun>" counts the noun after M for N too; the households of places given in
a clause of their own after ";"; a contest's quoted title holding a number before the year that
names the contest; a request "đề nghị ..." ends at a ";" that opens a clause of its own; a
paragraph opening with a unit as its subject is about that unit in its later sentences without
one; a list line's "Label: N" under a part's heading and one paragraph of text).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 12/7/2024\n\nQuận Long Biên sơ kết công tác tuyên giáo 6 tháng đầu năm 2024\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a lettered part in capitals that names a plan --------------------------------------------
def test_a_lettered_plan_heading_makes_its_list_targets(ex: Extractor) -> None:
    body = (
        "A. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "- Hội nghị báo cáo viên: 03\n"
        "- Báo cáo dư luận xã hội: 14\n\n"
        "B. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\n"
        "- Tổ chức 05 hội nghị báo cáo viên.\n"
        "- Phát hành 12 số bản tin nội bộ.\n"
    )
    assert _iv(ex, body) == [("reporter_conferences", 3.0), ("opinion_reports", 14.0)]


def test_the_next_lettered_part_ends_the_plan(ex: Extractor) -> None:
    body = (
        "B. PHƯƠNG HƯỚNG QUÝ III NĂM 2024\n"
        "- Tổ chức 05 hội nghị báo cáo viên.\n\n"
        "C. TỔNG HỢP DƯ LUẬN XÃ HỘI\n"
        "- Báo cáo dư luận xã hội: 14\n"
    )
    assert _iv(ex, body) == [("opinion_reports", 14.0)]


# ---- (2) "từ N xuống còn M <noun>": N counts M's noun -------------------------------------------
def test_a_reforms_count_of_units_before_and_after(ex: Extractor) -> None:
    body = (
        "Sau khi sắp xếp, tỉnh giảm từ 168 xuống còn 102 đơn vị hành chính cấp xã. Quận tổ chức "
        "4 hội nghị báo cáo viên."
    )
    assert _iv(ex, body) == [("reporter_conferences", 4.0)]


def test_a_count_after_xuong_without_con_is_shared_too(ex: Extractor) -> None:
    body = "Số đơn vị hành chính cấp xã của tỉnh giảm từ 168 xuống 102 đơn vị hành chính."
    assert _iv(ex, body) == []


# ---- (3) the households of places in a clause of their own ---------------------------------------
def test_households_of_places_after_a_semicolon_are_a_population(ex: Extractor) -> None:
    body = (
        "Quận có 14 phường; nhiều khu đô thị mới với khoảng 32.000 hộ dân. Quận tổ chức 4 hội nghị "
        "báo cáo viên."
    )
    assert _iv(ex, body) == [("reporter_conferences", 4.0)]


def test_households_reached_by_the_work_stay_a_fact(ex: Extractor) -> None:
    body = "Quận có 14 phường; các tổ tuyên truyền đã đến với 32.000 hộ dân."
    assert [v for _, v in _iv(ex, body)] == [32000.0]


# ---- (4) a contest's quoted title with a number, then the contest's year ------------------------
def test_the_year_after_a_contests_title_names_the_contest(ex: Extractor) -> None:
    body = (
        "Cuộc thi trắc nghiệm “Tìm hiểu 70 năm Chiến thắng Điện Biên Phủ” năm 2024 thu hút 5.210 "
        "lượt người dự thi."
    )
    assert _facts(ex, body) == [
        ("Quận Long Biên", "2024-01-01", "2024-06-30", "contest_entries", 5210.0, "exact", "all")
    ]


def test_a_year_opening_the_sentence_stays_its_period(ex: Extractor) -> None:
    head = "Ngày 12/1/2024\n\nQuận Long Biên tổng kết công tác tuyên giáo năm 2023\n\n"
    body = "Năm 2023, Cuộc thi “Tìm hiểu 93 năm Ngày thành lập Đảng” thu hút 4.100 lượt người dự thi."
    got = _facts(ex, body, head)
    assert [(f[1], f[2], f[3], f[4]) for f in got] == [
        ("2023-01-01", "2023-12-31", "contest_entries", 4100.0)
    ]


# ---- (5) a request ends at a ";" that opens a clause of its own -----------------------------------
def test_a_commendation_after_a_request_and_a_semicolon_is_done(ex: Extractor) -> None:
    body = (
        "Ban Tuyên giáo Quận ủy đề nghị Thành ủy tặng bằng khen cho 2 tập thể; Quận ủy tặng giấy "
        "khen cho 15 tập thể và 32 cá nhân."
    )
    assert _iv(ex, body) == [("commended_collectives", 15.0), ("commended_individuals", 32.0)]


def test_a_list_going_on_after_the_semicolon_stays_requested(ex: Extractor) -> None:
    body = "Ban Tuyên giáo Quận ủy đề nghị Thành ủy tặng bằng khen cho 2 tập thể; 3 cá nhân."
    assert _iv(ex, body) == []


# ---- (6) a paragraph opening with a unit as its subject -------------------------------------------
TWO = "Ngày 12/7/2024\n\nQuận Ba Đình và quận Tây Hồ sơ kết công tác tuyên giáo 6 tháng đầu năm 2024\n\n"


def test_a_quotation_in_a_paragraph_about_a_unit_counts_for_it(ex: Extractor) -> None:
    body = (
        "Quận Ba Đình tổ chức 3 hội nghị báo cáo viên.\n\n"
        "Tây Hồ có 8 phường. Theo bà Nguyễn Thu Hà, Trưởng ban Tuyên giáo Quận ủy Tây Hồ, quận "
        "hiện có 46 báo cáo viên. “Riêng tháng 5, các chi bộ đã tổ chức 54 buổi thảo luận về dự "
        "thảo văn kiện”, bà Hà cho biết.\n"
    )
    got = _facts(ex, body, TWO)
    assert [(f[0], f[4]) for f in got] == [
        ("Quận Ba Đình", 3.0),
        ("Quận Tây Hồ", 46.0),
        ("Quận Tây Hồ", 54.0),
    ]


def test_a_unit_after_an_opening_phrase_is_the_subject_too(ex: Extractor) -> None:
    body = (
        "Quận Ba Đình tổ chức 3 hội nghị báo cáo viên.\n\n"
        "Đến cuối tháng 6, quận Tây Hồ có 212 nhóm Zalo khu dân cư. Trong 6 tháng, các nhóm đăng "
        "3.400 tin, bài.\n"
    )
    got = _facts(ex, body, TWO)
    assert [(f[0], f[4]) for f in got][-1] == ("Quận Tây Hồ", 3400.0)


def test_a_unit_named_as_an_example_leaves_the_paragraph_alone(ex: Extractor) -> None:
    body = (
        "Quận Ba Đình tổ chức 3 hội nghị báo cáo viên.\n\n"
        "Nhiều mô hình hay được nhân rộng, như ở quận Tây Hồ. Trong 6 tháng, Ban tổ chức 12 buổi "
        "nói chuyện thời sự.\n"
    )
    got = _facts(ex, body, TWO)
    assert [(f[0], f[4]) for f in got] == [("Quận Ba Đình", 3.0), ("Quận Ba Đình", 12.0)]


# ---- (7) a list line's label under a part's heading and a paragraph ------------------------------
def test_a_list_under_a_heading_and_a_paragraph_counts_its_labels_things(ex: Extractor) -> None:
    body = (
        "B. TUYÊN TRUYỀN BẦU CỬ\n"
        "Thực hiện chỉ đạo của Thành ủy, quận đẩy mạnh tuyên truyền cuộc bầu cử.\n"
        "- Tin, bài trên trang thông tin điện tử: 140\n"
        "- Pa nô, áp phích in và phát tới các khu phố: 3.500\n"
    )
    assert _iv(ex, body) == [("news_items", 140.0), ("other", 3500.0)]


def test_a_list_line_with_no_heading_or_lead_in_above_stays_unread(ex: Extractor) -> None:
    body = (
        "Ngày hội diễn ra sôi nổi, nhiều bạn trẻ tham gia.\n\n"
        "Các gian hàng được trang trí đẹp mắt, thu hút khách tham quan.\n"
        "- Pa nô, áp phích in và phát tới các khu phố: 3.500\n"
    )
    assert _iv(ex, body) == []
