"""Session 9: the language behind holdout10's misses (a letterhead in capitals naming the
unit's party committee, a "Tính đến ngày ..." opening a section, "số <noun> ... là N đồng chí",
a rate after an attendance in a list line, a quotation attributed by a short name to an official
introduced before it or summing up "các chi bộ", a goal's "để trở thành", a list line's label
counted outside the taxonomy; traps: a turnout in a list line, a bare prize count, the party
organisations and members a committee has, party organisations listed with wards, a comparison
whose base opens the sentence, a contest's best, the workforce of a place in a "nơi có" clause,
an area in km², "2/9 do ...").

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import facts, headed, values

from orchestration.extraction import Extractor

HEAD = "Ngày 10/1/2020\n\nQuận Tây Hồ tổng kết công tác tuyên giáo năm 2019\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a letterhead in capitals names the unit ---------------------------------------------
def test_a_letterhead_in_capitals_names_the_unit(ex: Extractor) -> None:
    text = (
        "HUYỆN ỦY GIA LÂM\nBAN TUYÊN GIÁO\n\nSỐ LIỆU CÔNG TÁC TUYÊN GIÁO QUÝ III NĂM 2019\n\n"
        "1. Học tập nghị quyết\n- Số hội nghị: 14\n- Buổi tuyên truyền miệng: 62\n"
    )
    got = [(f[0], f[1], f[2], f[3], f[4]) for f in facts(ex, text, {"date": "2019-10-04"})]
    assert got == [
        ("Huyện Gia Lâm", "2019-07-01", "2019-09-30", "study_sessions", 14.0),
        ("Huyện Gia Lâm", "2019-07-01", "2019-09-30", "oral_propaganda_sessions", 62.0),
    ]


def test_a_persons_name_before_a_place_is_still_a_person(ex: Extractor) -> None:
    # ("ông Nguyễn Tây Hồ": a capitalised given name before the place stays a person's name)
    body = "Quận tổ chức 8 hội nghị học tập nghị quyết, do ông Nguyễn Văn Tây Hồ chủ trì."
    assert [(f[0], f[4]) for f in _facts(ex, body)] == [("Quận Tây Hồ", 8.0)]


# ---- (2) "Tính đến ngày ..." opening a section dates its stocks only -------------------------
def test_an_as_of_date_opening_a_section_is_no_period_of_the_section(ex: Extractor) -> None:
    text = (
        "Ngày 9/10/2019\n\nHai quận sơ kết công tác tuyên giáo 9 tháng năm 2019\n\n"
        "Quận 4: Đội ngũ cộng tác viên\n\n"
        "Tính đến ngày 30/9/2019, Quận 4 có 58 cộng tác viên dư luận xã hội. Trong 9 tháng, quận "
        "tổng hợp 21 báo cáo dư luận xã hội và tổ chức 35 buổi nói chuyện thời sự."
    )
    got = [(f[0], f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("Quận 4", "2019-09-30", "2019-09-30", "opinion_collaborators", 58.0),
        ("Quận 4", "2019-01-01", "2019-09-30", "opinion_reports", 21.0),
        ("Quận 4", "2019-01-01", "2019-09-30", "oral_propaganda_sessions", 35.0),
    ]


# ---- (3) "số <noun> ... là N đồng chí"; a rate after an attendance ------------------------------
def test_a_count_of_comrades_after_the_label_it_names(ex: Extractor) -> None:
    body = "Quận tổ chức 12 hội nghị học tập nghị quyết. Số đảng viên dự học tập là 2.904/3.010 đồng chí."
    got = [(f[3], f[4], f[6]) for f in _facts(ex, body)]
    assert got == [("study_sessions", 12.0, "all"), ("study_attendance", 2904.0, "party_members")]


def test_a_rate_after_an_attendance_in_a_list_line_is_its_participation_rate(ex: Extractor) -> None:
    body = (
        "Kết quả quán triệt Chỉ thị của Ban Bí thư như sau:\n"
        "- Số hội nghị: 31;\n"
        "- Số lượt đảng viên dự: 7.215, đạt tỷ lệ 95,4%;\n"
    )
    assert _iv(ex, body) == [
        ("study_sessions", 31.0),
        ("study_attendance", 7215.0),
        ("study_participation_rate", 95.4),
    ]


# ---- (4) quotations of an official ------------------------------------------------------------
def test_a_quote_by_a_short_name_of_an_official_introduced_before(ex: Extractor) -> None:
    body = (
        "Theo ông Phạm Quốc Bảo, Phó Trưởng ban Tuyên giáo Quận ủy Tây Hồ, công tác tuyên "
        "truyền trên mạng được chú trọng.\n\n"
        "“Mỗi tuần chúng tôi đăng 3 bản tin lên 64 nhóm Zalo của tổ dân phố”, ông Bảo nói."
    )
    assert (("chat_groups", 64.0)) in _iv(ex, body)


def test_a_quote_by_a_short_name_of_a_resident_stays_an_anecdote(ex: Extractor) -> None:
    body = (
        "Ông Lê Văn Bảo, 70 tuổi, ở tổ dân phố 5, thường đi nghe nói chuyện.\n\n"
        "“Năm nay chúng tôi nghe 9 buổi nói chuyện”, ông Bảo nói."
    )
    assert _iv(ex, body) == []


def test_an_official_summing_up_the_cells_work_in_a_quote(ex: Extractor) -> None:
    body = (
        "“Sau mỗi hội nghị, các chi bộ đã tổ chức 260 buổi sinh hoạt chuyên đề”, đồng chí "
        "Minh Thu, Trưởng ban Tuyên giáo Quận ủy cho biết."
    )
    assert _iv(ex, body) == [("party_cell_discussions", 260.0)]


# ---- (5) a goal's "để trở thành" --------------------------------------------------------------
def test_the_year_of_a_goal_with_de_tro_thanh_is_no_period_of_the_section(ex: Extractor) -> None:
    text = (
        "Ngày 6/7/2021\n\nHai huyện sơ kết công tác tuyên giáo 6 tháng đầu năm 2021\n\n"
        "* Huyện Đông Anh\n\n"
        "Đông Anh đang nỗ lực để trở thành thành phố vào năm 2025. Các chi bộ đã tổ chức 212 "
        "buổi sinh hoạt chuyên đề.\n"
    )
    got = [(f[0], f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("Huyện Đông Anh", "2021-01-01", "2021-06-30", "party_cell_discussions", 212.0)]


# ---- (6) a list line's label outside the taxonomy ---------------------------------------------
def test_a_list_lines_label_counts_things_outside_the_taxonomy(ex: Extractor) -> None:
    body = "2. Tuyên truyền trực quan\n- Cờ phướn, áp phích: 640\n- Thời gian cao điểm: 15\n"
    assert _iv(ex, body) == [("other", 640.0)]


# ---- (7) traps ----------------------------------------------------------------------------------
def test_a_turnout_in_a_list_line_is_no_rate_of_work(ex: Extractor) -> None:
    body = "1. Bầu cử\n- Tỷ lệ cử tri tham gia bỏ phiếu: 98,91%\n- Buổi tiếp xúc cử tri: 24\n"
    assert 98.91 not in values(ex, HEAD + body)


def test_a_bare_count_of_prizes_is_a_prize(ex: Extractor) -> None:
    body = "Hội thi tìm hiểu lịch sử Đảng bộ quận có 1.320 lượt người dự thi; Ban tổ chức trao 14 giải."
    assert _iv(ex, body) == [("contest_entries", 1320.0)]


def test_the_party_organisations_and_members_of_a_committee_are_its_size(ex: Extractor) -> None:
    body = (
        "Đảng bộ phường hiện có 21 chi bộ với 1.430 đảng viên. Các chi bộ tổ chức 84 buổi "
        "sinh hoạt chuyên đề."
    )
    assert _iv(ex, body) == [("party_cell_discussions", 84.0)]


def test_party_organisations_listed_with_wards_are_structure(ex: Extractor) -> None:
    body = (
        "Quận mở 9 lớp bồi dưỡng nghiệp vụ. Số liệu được tổng hợp từ 16 phường và 37 tổ chức "
        "cơ sở đảng trực thuộc."
    )
    assert _iv(ex, body) == [("training_classes", 9.0)]


def test_a_change_whose_base_opens_the_sentence_is_a_comparison(ex: Extractor) -> None:
    body = "So với năm trước, số buổi tuyên truyền miệng tăng 37 buổi; quận tổ chức 210 buổi."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 210.0)]


def test_the_best_of_a_contest_is_a_ranking(ex: Extractor) -> None:
    body = (
        "Hội thi tuyên truyền viên giỏi có 42 thí sinh tham gia; 3 thí sinh tiêu biểu nhất được "
        "cử đi thi cấp thành phố. Quận ủy khen thưởng 6 cá nhân xuất sắc."
    )
    assert _iv(ex, body) == [("contest_entries", 42.0), ("commended_individuals", 6.0)]


def test_the_workforce_of_a_place_in_a_noi_co_clause(ex: Extractor) -> None:
    body = (
        "Tại Khu công nghiệp Thăng Long, nơi có khoảng 60 nghìn công nhân, quận tổ chức 11 buổi "
        "nói chuyện chuyên đề."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 11.0)]


def test_an_area_in_square_kilometres_is_no_count(ex: Extractor) -> None:
    body = "Quận rộng gần 24 km², đã tổ chức 19 hội nghị học tập nghị quyết."
    assert _iv(ex, body) == [("study_sessions", 19.0)]


def test_a_holiday_date_before_do_stays_a_date(ex: Extractor) -> None:
    body = "Hội thi chào mừng Quốc tế phụ nữ 8/3 do Hội Phụ nữ quận tổ chức thu hút 860 lượt hội viên dự thi."
    assert _iv(ex, body) == [("contest_entries", 860.0)]
