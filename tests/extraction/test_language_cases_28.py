"""Session 12, holdout27 and holdout28: the language behind their misses (the connected sites of
an online conference; a headline naming several units over their sections; a percentage of the
people who took part; "; đạt N%" on a list line and a sentence opening with the rate after an
attendance; an official's words about the unit's corps, or with the unit as the subject of a
later sentence; a later label of a list line naming its own people; a second report named only by
its kind; the members a congress's delegates stand for; members a place has as a whole; a
sentence opening with the report's span in the middle of a paragraph).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 08/01/2024\n\nQuận Tây Hồ: kết quả công tác tuyên giáo năm 2023\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) the connected sites of an online conference ---------------------------------------------
def test_connected_sites_of_an_online_conference_are_no_count(ex: Extractor) -> None:
    body = (
        "Quận ủy tổ chức 3 hội nghị học tập, quán triệt nghị quyết theo hình thức trực tuyến tới "
        "16 điểm cầu phường, với 4.250 lượt cán bộ, đảng viên tham dự."
    )
    assert _iv(ex, body) == [("study_sessions", 3.0), ("study_attendance", 4250.0)]


def test_connected_sites_after_ket_noi_are_no_count(ex: Extractor) -> None:
    body = "Hội nghị báo cáo viên tháng 9 kết nối 48 điểm cầu tại các phường, tổ dân phố."
    assert _iv(ex, body) == []


def test_attendance_at_the_sites_stays_counted(ex: Extractor) -> None:
    body = "- Hội nghị quán triệt nghị quyết cấp quận: 02; lượt đảng viên dự tại các điểm cầu: 3.118"
    assert ("study_attendance", 3118.0) in _iv(ex, body)


# ---- (2) a headline naming several units over their sections ----------------------------------------
MULTI_HEAD = (
    "Thứ Tư, ngày 20/9/2023\n\n"
    "Tây Hồ, Cầu Giấy, Sóc Sơn: Đưa nghị quyết vào từng chi bộ\n\n"
    "Từ đầu năm 2023 đến nay, quận Tây Hồ, quận Cầu Giấy và huyện Sóc Sơn đã cơ bản hoàn thành "
    "việc học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII về chiến lược bảo vệ Tổ "
    "quốc trong tình hình mới.\n\n"
)


def test_a_headline_naming_several_units_leaves_the_study_to_their_sections(ex: Extractor) -> None:
    body = (
        "* Quận Cầu Giấy\n"
        "Quận ủy tổ chức 2 hội nghị cấp quận; các đảng bộ phường mở 187 lớp, với 12.340 lượt cán "
        "bộ, đảng viên.\n\n"
        "* Huyện Sóc Sơn\n"
        "Huyện ủy tổ chức 3 hội nghị cấp huyện; các đảng bộ xã mở 402 lớp.\n"
    )
    facts = _facts(ex, body, head=MULTI_HEAD)
    assert [(f[0], f[3], f[4]) for f in facts] == [
        ("Quận Cầu Giấy", "study_sessions", 2.0),
        ("Quận Cầu Giấy", "study_sessions", 187.0),
        ("Quận Cầu Giấy", "study_attendance", 12340.0),
        ("Huyện Sóc Sơn", "study_sessions", 3.0),
        ("Huyện Sóc Sơn", "study_sessions", 402.0),
    ]


def test_a_headline_of_one_unit_and_a_title_is_unchanged(ex: Extractor) -> None:
    head = "Ngày 20/9/2023\n\nCầu Giấy: Gần dân, sát cơ sở\n\n"
    body = "Quận ủy tổ chức 2 hội nghị cấp quận; các đảng bộ phường mở 187 lớp bồi dưỡng nghiệp vụ.\n"
    assert [f[3] for f in _facts(ex, body, head=head)] == ["other", "training_classes"]


# ---- (3) a percentage of the people who took part -----------------------------------------------------
# (the study named once, in the headline and lead of an article about several units)
STUDY_HEAD = (
    "Thứ Tư, ngày 04/10/2023\n\n"
    "Ba quận hoàn thành học tập Nghị quyết Trung ương 8 khóa XIII\n\n"
    "Quý III năm 2023, quận Tây Hồ, quận Cầu Giấy và quận Hà Đông đã cơ bản hoàn thành việc học "
    "tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII về chiến lược bảo vệ Tổ quốc.\n\n"
)


def test_a_percentage_of_members_who_took_part_is_the_rate(ex: Extractor) -> None:
    body = (
        "* Quận Cầu Giấy\n"
        "Cả quý, các đảng bộ phường mở 96 lớp, thu hút 5.210 lượt đảng viên và 940 lượt quần "
        "chúng, đạt 97,3 % đảng viên tham gia.\n"
    )
    assert _iv(ex, body, head=STUDY_HEAD)[-1] == ("study_participation_rate", 97.3)


# ---- (4) "; đạt N%" on a list line after an attendance ---------------------------------------------------
def test_dat_as_the_next_item_of_a_list_line_is_the_rate(ex: Extractor) -> None:
    body = (
        "1. Học tập, quán triệt nghị quyết\n"
        "- Lớp ở các chi bộ: 74; lượt đảng viên dự: 3.905; đạt 96,6%;\n"
    )
    assert _iv(ex, body)[-1] == ("study_participation_rate", 96.6)


# ---- (5) a sentence opening with the rate right after an attendance ---------------------------------------
def test_a_sentence_opening_with_the_rate_after_an_attendance_is_the_rate(ex: Extractor) -> None:
    body = (
        "* Quận Hà Đông\n"
        "Quận ủy tổ chức 2 hội nghị cấp quận; các chi bộ mở 131 lớp, thu hút 8.724 lượt cán bộ, "
        "đảng viên. Tỷ lệ đảng viên tham gia đạt 95,9%.\n"
    )
    assert _iv(ex, body, head=STUDY_HEAD)[-1] == ("study_participation_rate", 95.9)


def test_a_rate_of_households_after_an_attendance_is_not_the_studys(ex: Extractor) -> None:
    body = (
        "* Quận Hà Đông\n"
        "Quận ủy tổ chức 2 hội nghị cấp quận; các chi bộ mở 131 lớp, thu hút 8.724 lượt cán bộ, "
        "đảng viên. Tỷ lệ hộ dân có nhóm Zalo đạt 88%.\n"
    )
    assert ("study_participation_rate", 88.0) not in _iv(ex, body, head=STUDY_HEAD)


# ---- (6) an official's words about the unit's corps --------------------------------------------------------
def test_an_officials_words_about_the_corps_speak_for_the_unit(ex: Extractor) -> None:
    body = (
        "Theo bà Phạm Thu Trang, Trưởng ban Tuyên giáo Quận ủy Tây Hồ, công tác nắm dư luận có "
        "nhiều chuyển biến. “Đội ngũ 27 cộng tác viên dư luận xã hội đã gửi 19 báo cáo nhanh về "
        "tình hình tư tưởng”, bà Trang cho biết."
    )
    assert _iv(ex, body) == [("opinion_collaborators", 27.0), ("opinion_reports", 19.0)]


def test_a_residents_words_stay_an_anecdote(ex: Extractor) -> None:
    body = "Ông Lâm, tổ trưởng tổ dân phố số 5, kể: “Đội ngũ 6 tổ viên đã đi 40 hộ để vận động”."
    assert _iv(ex, body) == []


# ---- (7) the unit as the subject of a later sentence of an official's words ----------------------------------
def test_the_unit_as_subject_of_a_later_sentence_speaks_for_it(ex: Extractor) -> None:
    body = (
        "Đồng chí Lê Văn Hải, Phó Bí thư Thường trực Quận ủy, cho biết: “Trong năm, các phường đã "
        "gửi 52 báo cáo tình hình dư luận xã hội về Ban. Quận cũng đã khen thưởng 9 tập thể có "
        "thành tích.”"
    )
    assert _iv(ex, body) == [("opinion_reports", 52.0), ("commended_collectives", 9.0)]


def test_the_unit_in_a_grassroots_speakers_words_stays_an_anecdote(ex: Extractor) -> None:
    body = (
        "Bà Hoa, người dân phường Quảng An, kể: “Trong năm, các tổ đã gửi 12 kiến nghị. Quận cũng "
        "đã khen thưởng 3 tổ.”"
    )
    assert _iv(ex, body) == []


# ---- (8) a later label of a list line naming its own people ------------------------------------------------------
def test_a_later_label_naming_its_own_people_counts_them(ex: Extractor) -> None:
    body = "- Báo cáo viên cấp quận: 41 đồng chí; cộng tác viên dư luận xã hội: 58 đồng chí.\n"
    assert _iv(ex, body) == [("reporters", 41.0), ("opinion_collaborators", 58.0)]


# ---- (9) a second report named only by its kind ---------------------------------------------------------------------
def test_a_second_report_named_by_its_kind_shares_the_first_ones_purpose(ex: Extractor) -> None:
    body = "Trong năm, Ban tổng hợp 33 báo cáo dư luận xã hội định kỳ và 8 báo cáo đột xuất."
    assert _iv(ex, body) == [("opinion_reports", 33.0), ("opinion_reports", 8.0)]


def test_a_second_report_of_another_noun_keeps_its_own_reading(ex: Extractor) -> None:
    body = "Trong năm, Ban tổng hợp 33 báo cáo dư luận xã hội định kỳ và 8 tờ trình đột xuất."
    assert _iv(ex, body)[0] == ("opinion_reports", 33.0)
    assert ("opinion_reports", 8.0) not in _iv(ex, body)


# ---- (10) the members a congress's delegates stand for ----------------------------------------------------------------
def test_members_the_delegates_stand_for_after_thay_mat_are_structure(ex: Extractor) -> None:
    body = (
        "Đại hội đại biểu Đảng bộ quận lần thứ XIII họp từ ngày 10 đến 12/7, thay mặt cho gần "
        "7.600 đảng viên trong toàn Đảng bộ."
    )
    assert _iv(ex, body) == []


# ---- (11) the members a place has as a whole ---------------------------------------------------------------------------
def test_members_a_place_has_as_a_whole_are_its_size(ex: Extractor) -> None:
    body = "Quận ủy tổ chức 4 hội nghị. Toàn quận hiện có gần 2.900 hội viên Hội Cựu chiến binh."
    assert _iv(ex, body) == [("other", 4.0)]


def test_members_of_a_place_who_took_part_stay_counted(ex: Extractor) -> None:
    body = "Toàn quận có 6.120 đảng viên tham gia học tập nghị quyết."
    assert _iv(ex, body) == [("study_attendance", 6120.0)]


# ---- (12) the report's span opening a sentence in the middle of a paragraph ------------------------------------------
def test_the_reports_span_opening_a_later_sentence_dates_the_sentences_after_it(ex: Extractor) -> None:
    body = (
        "Tháng 5, quận mở 2 lớp bồi dưỡng nghiệp vụ. Năm qua, các phường tổ chức 64 buổi nói chuyện "
        "thời sự. Các tổ dân phố cũng treo 1.200 băng rôn."
    )
    periods = [(f[1], f[2], f[4]) for f in _facts(ex, body)]
    assert periods == [
        ("2023-05-01", "2023-05-31", 2.0),
        ("2023-01-01", "2023-12-31", 64.0),
        ("2023-01-01", "2023-12-31", 1200.0),
    ]


def test_a_paragraphs_opening_period_still_dates_its_sentences(ex: Extractor) -> None:
    body = "Tháng 5, quận mở 2 lớp bồi dưỡng nghiệp vụ. Các tổ dân phố cũng treo 300 băng rôn."
    assert [(f[1], f[2]) for f in _facts(ex, body)] == [("2023-05-01", "2023-05-31")] * 2
