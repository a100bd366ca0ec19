"""More ways the reports say things: phrasing, traps and plans (docs/LABELING.md)."""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor

P = "Năm 2023, Ban Tuyên giáo Quận ủy Tân Phú"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            f"{P} tổ chức 6 lớp cảm tình Đảng với 320 học viên.",
            [("training_classes", 6.0), ("trainees", 320.0)],
        ),
        (f"{P} đã tổ chức được 25 hội nghị học tập, quán triệt nghị quyết.", [("study_sessions", 25.0)]),
        (f"{P} cho biết đội ngũ báo cáo viên gồm 45 đồng chí.", [("reporters", 45.0)]),
        (
            f"{P} cho biết lực lượng cộng tác viên dư luận xã hội có 120 người.",
            [("opinion_collaborators", 120.0)],
        ),
        (f"{P} tổ chức 40 buổi nói chuyện chuyên đề.", [("oral_propaganda_sessions", 40.0)]),
        (
            f"{P} tặng Bằng khen cho 3 tập thể và 7 cá nhân.",
            [("commended_collectives", 3.0), ("commended_individuals", 7.0)],
        ),
        (f"{P} phát hành 5.000 tờ gấp tuyên truyền.", [("other", 5000.0)]),
        (f"{P} có trên 90% đảng viên tham gia học tập nghị quyết.", [("study_participation_rate", 90.0)]),
        (f"{P} duy trì 12 nhóm Zalo và 5 fanpage.", [("chat_groups", 12.0), ("social_pages", 5.0)]),
        (f"{P} thực hiện 20 video clip tuyên truyền.", [("news_items", 20.0)]),
    ],
)
def test_phrasings(ex: Extractor, sentence: str, expected: list[tuple[str, float]]) -> None:
    assert [(f[3], f[4]) for f in facts(ex, sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} tổ chức hội nghị tại số 36 đường Trần Hưng Đạo.",
        f"{P} công khai đường dây nóng 0912345678.",
        f"{P} thực hiện Quyết định 1234/QĐ-UBND và Nghị định 13/2023/NĐ-CP.",
        f"{P} học tập Nghị quyết Trung ương 8 khóa 13 tại Hội trường 2.",
        f"{P} tuyên truyền kỷ niệm 95 năm ngày truyền thống ngành Tuyên giáo.",
        f"{P} tổ chức Đại hội Chi bộ lần thứ 5 sau 3 tháng chuẩn bị.",
        f"{P} đứng trong Top 10 đơn vị dẫn đầu Cụm thi đua số 4.",
        f"{P} tham gia cuộc cách mạng công nghiệp 4.0 và phòng chống Covid-19.",
        f"{P} chiếm 1/3 số chi bộ trên địa bàn khu phố 3, tổ dân phố 12.",
        f"{P} tổ chức mít tinh nhân ngày Quốc khánh 2-9 và ngày 30-4.",
        f"{P} triển khai Chương trình 08 và Đề án 06 của Thành ủy.",
        # direct speech is one person's anecdote; the places a thing covers are geography
        f'{P} tổ chức học tập. Ông Lê Văn An chia sẻ: "Khu phố có 60 đảng viên thì 58 người đi học".',
        f"{P} ra mắt chuyên mục mới trên nhóm Zalo của 18 khu phố.",
    ],
)
def test_traps(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, quận phấn đấu tổ chức 50 lớp bồi dưỡng lý luận chính trị.",
        "Phát biểu chỉ đạo, đồng chí Bí thư đề nghị trong năm tới tổ chức 30 hội nghị báo cáo viên.",
        "Kế hoạch năm 2024 của quận: tổ chức 30 hội nghị học tập, quán triệt nghị quyết.",
        "Dự kiến, quận sẽ thành lập thêm 10 nhóm Zalo.",
        "Quận đề ra mục tiêu có 100 cộng tác viên dư luận xã hội.",
    ],
)
def test_plans_are_not_facts(ex: Extractor, sentence: str) -> None:
    text = "Ngày 10/1/2024, Quận ủy Tân Phú tổng kết công tác tuyên giáo năm 2023. " + sentence
    assert facts(ex, text) == []


def test_month_ranges_and_as_of_months(ex: Extractor) -> None:
    got = facts(ex, "Từ tháng 1 đến tháng 6/2024, Quận ủy Tân Phú tổ chức 12 buổi tuyên truyền miệng.")
    assert [(f[1], f[2]) for f in got] == [("2024-01-01", "2024-06-30")]
    got = facts(ex, "Tính đến tháng 6/2024, Quận ủy Tân Phú có 45 báo cáo viên.")
    assert [(f[1], f[2]) for f in got] == [("2024-06-30", "2024-06-30")]


def test_thousands_words_with_qualifier(ex: Extractor) -> None:
    got = facts(ex, f"{P} thu hút hàng nghìn lượt người nghe tuyên truyền miệng.")
    assert [(f[3], f[4], f[5]) for f in got] == [("propaganda_audience", 1000.0, "at_least")]


def test_bare_counted_noun_takes_its_description_from_before(ex: Extractor) -> None:
    text = (
        f"{P}. Công tác tuyên truyền miệng được duy trì thường xuyên với 215 buổi, thu hút khoảng "
        "18.000 lượt người dân tham dự."
    )
    got = [(f[3], f[4], f[5], f[6]) for f in facts(ex, text)]
    assert got == [
        ("oral_propaganda_sessions", 215.0, "exact", "all"),
        ("propaganda_audience", 18000.0, "approx", "masses"),
    ]


def test_a_qualifier_in_mid_clause_covers_its_own_number_only(ex: Extractor) -> None:
    text = f"{P} có 7 nhóm Zalo với gần 2.300 thành viên và 12 fanpage."
    got = [(f[3], f[5]) for f in facts(ex, text)]
    assert got == [("chat_groups", "exact"), ("chat_group_members", "at_most"), ("social_pages", "exact")]


def test_former_units_are_history_not_the_actor(ex: Extractor) -> None:
    text = (
        "Ngày 20/12/2025, Đảng ủy phường Bến Thành tổ chức hội nghị.\n\nTại khu phố 3 (trước đây thuộc "
        "phường Phạm Ngũ Lão, Quận 1), Chi bộ đã tổ chức 8 buổi tuyên truyền miệng trong tháng 11/2025."
    )
    got = [(f[0], f[4]) for f in facts(ex, text)]
    assert got == [("Phường Bến Thành", 8.0)]


def test_bullet_lists_and_colons(ex: Extractor) -> None:
    text = (
        "Ngày 2/10/2024, Ban Tuyên giáo Quận ủy Gò Vấp báo cáo kết quả 9 tháng năm 2024 như sau:\n"
        "- Mở 5 lớp bồi dưỡng lý luận chính trị cho 640 học viên;\n"
        "+ Đăng tải 1.450 tin, bài trên trang thông tin điện tử quận;\n"
        "Về công tác khen thưởng: 9 tập thể, 13 cá nhân được tặng giấy khen.\n"
        "Số lượng cộng tác viên dư luận xã hội: 85 người."
    )
    got = [(f[0], f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    nine = ("Quận Gò Vấp", "2024-01-01", "2024-09-30")
    assert got == [
        (*nine, "training_classes", 5.0),
        (*nine, "trainees", 640.0),
        (*nine, "news_items", 1450.0),
        (*nine, "commended_collectives", 9.0),
        (*nine, "commended_individuals", 13.0),
        ("Quận Gò Vấp", "2024-09-30", "2024-09-30", "opinion_collaborators", 85.0),
    ]


def test_a_report_without_any_period_runs_to_its_date(ex: Extractor) -> None:
    text = (
        "Ngày 8/10/2025, Đảng ủy xã Củ Chi (TP.HCM) tổ chức sơ kết.\n\nĐảng ủy xã đã tổ chức hai hội nghị "
        "học tập, quán triệt nghị quyết."
    )
    got = [(f[0], f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    # a ward exists from 2025-07-01: its figures cannot start earlier
    assert got == [("Xã Củ Chi", "2025-07-01", "2025-10-08", "study_sessions", 2.0)]


def test_list_of_ordinals_and_a_count_after_an_as_of_date(ex: Extractor) -> None:
    text = (
        "Năm 2019, Quận 3 học tập Nghị quyết Trung ương 6, 7 khóa XII với 300 lượt cán bộ, đảng viên. "
        "Tính đến ngày 30/6, 45 báo cáo viên của quận đã được bồi dưỡng."
    )
    got = [(f[3], f[4], f[1], f[2]) for f in facts(ex, text)]
    assert got == [
        ("study_attendance", 300.0, "2019-01-01", "2019-12-31"),
        ("reporters", 45.0, "2019-06-30", "2019-06-30"),
    ]


def test_number_words_at_a_sentence_start_and_in_names(ex: Extractor) -> None:
    text = (
        "Năm 2021, Quận ủy Hai Bà Trưng triển khai công tác tuyên giáo. Hai đợt sinh hoạt chính trị "
        "đã được tổ chức."
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("Quận Hai Bà Trưng", "political_campaigns", 2.0)]


def test_periods_after_the_report_date_are_plans(ex: Extractor) -> None:
    text = (
        "Ngày 10/1/2024, Quận ủy Tân Phú tổng kết năm 2023.\n\nNăm 2023, quận tổ chức 20 buổi tuyên "
        "truyền miệng. Năm 2024, quận tổ chức 30 buổi tuyên truyền miệng theo kế hoạch."
    )
    assert [f[4] for f in facts(ex, text)] == [20.0]


def test_a_rate_above_100_is_not_a_participation_rate(ex: Extractor) -> None:
    # (a share of a plan, "đạt 105% kế hoạch", is a trap since session 7: test_language_cases_7.py)
    got = facts(ex, f"{P}, số đảng viên học tập nghị quyết đạt 105%.")
    assert [(f[3], f[4]) for f in got] == [("other", 105.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} tổ chức nhiều hơn 12 lớp so với cùng kỳ năm trước.",
        f"{P} có số tin, bài tăng 150 tin so với năm 2022.",
        f"{P} có lượt người nghe gấp 2 lần năm trước.",
        f"{P} có 1/3 số chi bộ sinh hoạt chuyên đề.",
        f"{P} có tỷ lệ 2/3 đảng viên trẻ.",
    ],
)
def test_changes_ratios_and_shares_are_not_counts(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


def test_a_time_of_day_dateline_without_a_year_takes_the_articles_year(ex: Extractor) -> None:
    text = (
        "Quận 3 tổng kết công tác tuyên giáo\n\n"
        "Chiều 26/12, hội nghị tổng kết công tác tuyên giáo năm 2019 của Quận ủy Quận 3 diễn ra.\n\n"
        "Cả quận hiện có 41 báo cáo viên. Trong năm, quận tổ chức ước có 70 nghìn lượt người nghe tuyên truyền miệng."
    )
    res = ex.extract(text, doc_id="t")
    assert str(res.doc_date) == "2019-12-26"
    by_indicator = {o.indicator: o for o in res.observations}
    # a stock "hiện có" is as of the document's date
    assert (str(by_indicator["reporters"].period_start), by_indicator["reporters"].value) == (
        "2019-12-26",
        41.0,
    )
    assert by_indicator["propaganda_audience"].qualifier == "approx"  # "ước có"


# ---- session 3: rules for what holdout2 showed (each with a sentence written for the test) --


def test_a_headline_period_of_next_years_tasks_is_no_reporting_period(ex: Extractor) -> None:
    # the headline names the plan ("nhiệm vụ năm 2021"); the figures are of the quarter the
    # first sentence names, in every section
    text = (
        "Long Biên, Hoàng Mai bàn nhiệm vụ năm 2021\n\n"
        "Ngày 5/1/2021, hai quận giao ban công tác tuyên giáo quý IV năm 2020.\n\n"
        "Long Biên: Gần dân hơn\n\nQuận ủy Long Biên mở 3 lớp bồi dưỡng nghiệp vụ tuyên giáo."
    )
    got = [(f[0], f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("Quận Long Biên", "2020-10-01", "2020-12-31", "training_classes", 3.0)]


def test_a_review_of_a_years_tasks_keeps_that_year(ex: Extractor) -> None:
    # "tổng kết thực hiện nhiệm vụ năm 2020": the year reviewed, not a plan
    text = (
        "Ngày 8/1/2021, Quận ủy Long Biên tổng kết thực hiện nhiệm vụ năm 2020.\n\n"
        "Quận đã mở 3 lớp bồi dưỡng nghiệp vụ tuyên giáo."
    )
    got = [(f[1], f[2], f[4]) for f in facts(ex, text)]
    assert got == [("2020-01-01", "2020-12-31", 3.0)]


def test_the_years_study_theme_is_a_name_not_a_period(ex: Extractor) -> None:
    text = (
        "Quận ủy Hoàng Mai sơ kết công tác tuyên giáo 6 tháng đầu năm 2022\n\n"
        "Ngày 12/7/2022, Quận ủy Hoàng Mai tổ chức sơ kết.\n\n"
        "Hoàng Mai: Chi bộ sinh hoạt đều\n\n"
        "Các chi bộ tổ chức 240 buổi thảo luận chi bộ về chuyên đề năm 2022 và nhận 900 bài dự thi."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("2022-01-01", "2022-06-30", "party_cell_discussions", 240.0),
        ("2022-01-01", "2022-06-30", "contest_entries", 900.0),
    ]


def test_a_ward_heading_in_capitals_starts_its_section(ex: Extractor) -> None:
    text = (
        "Ngày 3/11/2025, hai phường Sài Gòn và Bến Thành giao ban công tác tuyên giáo.\n\n"
        "PHƯỜNG SÀI GÒN\n\nĐảng ủy phường mở 2 lớp bồi dưỡng cho 95 học viên.\n\n"
        "PHƯỜNG BẾN THÀNH\n\nĐảng ủy phường đăng 60 tin, bài trên trang thông tin điện tử."
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("Phường Sài Gòn", "training_classes", 2.0),
        ("Phường Sài Gòn", "trainees", 95.0),
        ("Phường Bến Thành", "news_items", 60.0),
    ]


def test_words_in_capitals_inside_a_line_name_no_ward(ex: Extractor) -> None:
    text = "TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI TÂY NINH\n\nXÃ HỘI\n\nXÃ TÂN AN HỘI\n"
    # a headline in capitals and the word "society" as a line name no ward; a line of its own does
    assert [(m.kind, m.text) for m in ex.units.find(text) if m.kind == "ward"] == [("ward", "XÃ TÂN AN HỘI")]


def test_society_is_no_commune(ex: Extractor) -> None:
    # "mạng xã hội" must not send the figure to the last ward or district named
    text = (
        "Năm 2023, Hội Liên hiệp Phụ nữ Thành phố Hồ Chí Minh tổ chức tọa đàm; chị Lan, Bí thư Đoàn "
        "phường 5, quận Tân Bình phát biểu. Hội Liên hiệp Phụ nữ Thành phố mở 8 lớp tập huấn kỹ năng "
        "dùng mạng xã hội cho 600 hội viên."
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("Thành phố Hồ Chí Minh", "training_classes", 8.0),
        ("Thành phố Hồ Chí Minh", "trainees", 600.0),
    ]


@pytest.mark.parametrize(
    "issuers",
    ["của Trung ương, Thành ủy", "của Trung ương và Thành ủy", "của Bộ Chính trị, Ban Bí thư và Thành ủy"],
)
def test_the_bodies_that_issued_what_is_studied_are_not_the_actor(ex: Extractor, issuers: str) -> None:
    text = (
        f"Năm 2022, Quận ủy Tân Phú tổ chức 20 hội nghị học tập các chỉ thị {issuers} với 4.100 lượt "
        "cán bộ, đảng viên tham dự."
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("Quận Tân Phú", "study_sessions", 20.0), ("Quận Tân Phú", "study_attendance", 4100.0)]


def test_a_city_body_that_does_the_work_stays_the_actor(ex: Extractor) -> None:
    text = "Năm 2022, tại Quận 3, Thành Đoàn và Thành ủy tổ chức 6 hội nghị học tập nghị quyết."
    assert [f[0] for f in facts(ex, text)] == ["Thành phố Hồ Chí Minh"]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} có dân số khoảng 480 nghìn người.",
        f"{P} là địa bàn đông dân, với số dân trên 400.000 người.",
        f"{P} phụ trách địa bàn gồm 11 phường và 2 xã.",
        f"{P} được thành lập trên cơ sở nhập 3 quận cũ.",
    ],
)
def test_territory_and_population_are_not_results(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


def test_after_a_population_the_next_count_of_people_is_an_audience(ex: Extractor) -> None:
    text = f"{P} có dân số 480 nghìn người; quận tổ chức 12 buổi tuyên truyền miệng cho 2.000 người dân."
    got = [(f[3], f[4]) for f in facts(ex, text)]
    assert got == [("oral_propaganda_sessions", 12.0), ("propaganda_audience", 2000.0)]


def test_a_quotation_opening_its_paragraph_is_direct_speech(ex: Extractor) -> None:
    text = (
        f"{P} tổ chức 10 buổi tuyên truyền miệng.\n\n"
        '"Tuần nào tôi cũng xem một video của phường, thấy 5 bài hay là chia sẻ", ông Tư cho biết.'
    )
    assert [(f[3], f[4]) for f in facts(ex, text)] == [("oral_propaganda_sessions", 10.0)]


def test_a_quoted_title_opening_a_paragraph_is_no_speech(ex: Extractor) -> None:
    text = f'{P}.\n\n"Sáng mãi niềm tin" là cuộc thi do quận phát động, đã nhận 350 bài dự thi.'
    assert [(f[3], f[4]) for f in facts(ex, text)] == [("contest_entries", 350.0)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            f"{P} mở 5 lớp bồi dưỡng kỹ năng viết tin cho 210 cộng tác viên.",
            [("training_classes", 5.0), ("trainees", 210.0)],
        ),
        (
            f"{P} mở 2 lớp cảm tình Đảng cho 140 quần chúng ưu tú.",
            [("training_classes", 2.0), ("trainees", 140.0)],
        ),
        (
            (
                f"{P} tổ chức 60 buổi nói chuyện chuyên đề về Nghị quyết Đại hội XIII, thu hút hơn 9.000 lượt "
                "thanh niên và 2.000 lượt người dân."
            ),
            [
                ("oral_propaganda_sessions", 60.0),
                ("propaganda_audience", 9000.0),
                ("propaganda_audience", 2000.0),
            ],
        ),
    ],
)
def test_people_counted_after_an_activity_attend_it(ex: Extractor, sentence: str, expected: list) -> None:
    assert [(f[3], f[4]) for f in facts(ex, sentence)] == expected


def test_people_of_another_clause_or_the_speakers_do_not_attend(ex: Extractor) -> None:
    text = (
        f"{P} mở 5 lớp bồi dưỡng nghiệp vụ; quận hiện có 210 cộng tác viên dư luận xã hội. "
        "Quận tổ chức 30 buổi tuyên truyền miệng với 12 báo cáo viên tham gia."
    )
    got = [(f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("training_classes", 5.0),
        ("opinion_collaborators", 210.0),
        ("oral_propaganda_sessions", 30.0),
        ("reporters", 12.0),
    ]


def test_a_fraction_in_words_counts_its_noun(ex: Extractor) -> None:
    text = f"{P} tổ chức học tập nghị quyết, có 2.310 trong tổng số 2.400 đảng viên tham dự."
    got = [(f[3], f[4], f[6]) for f in facts(ex, text)]
    assert got == [("study_attendance", 2310.0, "party_members")]


def test_an_attendance_and_its_rate_go_on_from_the_sentence_before(ex: Extractor) -> None:
    text = (
        f"{P} tổ chức 15 hội nghị học tập, quán triệt nghị quyết. Có 3.050 lượt đảng viên tham dự; "
        "tỷ lệ tham dự đạt 93,5%."
    )
    got = [(f[3], f[4]) for f in facts(ex, text)]
    assert got == [("study_sessions", 15.0), ("study_attendance", 3050.0), ("study_participation_rate", 93.5)]


def test_a_rate_without_attendance_does_not_go_on_from_the_sentence_before(ex: Extractor) -> None:
    text = f"{P} tổ chức 15 hội nghị học tập, quán triệt nghị quyết. Tỷ lệ hộ dân dùng nước sạch đạt 98%."
    got = [(f[3], f[4]) for f in facts(ex, text)]
    assert got == [("study_sessions", 15.0), ("other", 98.0)]


def test_a_rate_of_a_political_study_campaign(ex: Extractor) -> None:
    text = f"{P} triển khai đợt sinh hoạt chính trị về Di chúc của Bác, đạt 96% đảng viên tham gia."
    assert [(f[3], f[4]) for f in facts(ex, text)] == [("study_participation_rate", 96.0)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{P} đã gửi 35 báo cáo chuyên đề phản ánh tâm tư của người dân.", "opinion_reports"),
        (f"{P} tổng hợp 12 báo cáo nhanh về tâm trạng nhân dân.", "opinion_reports"),
        (f"{P} gửi 12 báo cáo tổng kết công tác.", "other"),
    ],
)
def test_reports_on_what_people_think(ex: Extractor, sentence: str, expected: str) -> None:
    assert [f[3] for f in facts(ex, sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{P} phát hiện, gỡ bỏ 230 tin, bài xấu độc trên mạng xã hội.", "other"),
        (f"{P} xử lý 15 tài khoản mạng xã hội giả mạo.", "other"),
        (f"{P} đăng 120 bài viết phản bác thông tin sai sự thật.", "news_items"),
        (f"{P} đăng 40 tin, bài về tác hại của tin giả.", "news_items"),
    ],
)
def test_hostile_content_is_not_the_units_own_output(ex: Extractor, sentence: str, expected: str) -> None:
    assert [f[3] for f in facts(ex, sentence)] == [expected]


def test_a_bare_counted_noun_before_a_linking_word(ex: Extractor) -> None:
    text = f"{P}. Trường Chính trị quận (cơ sở bồi dưỡng lý luận chính trị) mở 9 lớp với 640 học viên."
    assert [(f[3], f[4]) for f in facts(ex, text)] == [("training_classes", 9.0), ("trainees", 640.0)]


def test_grassroots_propagandists_are_not_lecturers(ex: Extractor) -> None:
    text = "Ngày 2/6/2023, Quận ủy Tân Phú cho biết quận hiện có 52 báo cáo viên và 140 tuyên truyền viên."
    got = [(f[1], f[3], f[4]) for f in facts(ex, text)]
    # a count the unit "hiện có" is a stock, at the report's date, even outside the taxonomy
    assert got == [("2023-06-02", "reporters", 52.0), ("2023-06-02", "other", 140.0)]
