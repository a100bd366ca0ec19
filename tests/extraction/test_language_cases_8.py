"""Session 8: the language behind holdout7's misses ("Label: N" list lines with no "Số", "số ...
đã lên N", a report sent to a city body, names in quotes and brackets, a clause ending in a
capitalised word, "Cả nhiệm kỳ," and "trong 9 tháng" as the report's span, the year of a goal,
"mỗi tháng", "từ đầu tháng 7", a resident's quotation inside a paragraph, workforces,
populations listed with wards, survey and age-group shares, doses per person, prizes, a plan's
programmes, shares of an economy, holdings of a place, "một trong N" of the unit's own
activities, a province named as a topic, predecessor wards, ward names with a dash, "dự học",
episodes aired, "hội nghị cấp quận", people who entered a contest).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 12/1/2023\n\nQuận Gò Vấp tổng kết công tác tuyên giáo năm 2022\n\n"


_facts, _iv = headed(HEAD)


# ---- (1) list lines ------------------------------------------------------------------------
def test_a_label_before_the_colon_is_the_counted_noun(ex: Extractor) -> None:
    body = (
        "Kết quả nổi bật của Ban Tuyên giáo Quận ủy trong năm:\n"
        "- Văn bản chỉ đạo đã ban hành: 9;\n"
        "- Hội nghị báo cáo viên: 04;\n"
        "- Báo cáo tâm tư, dư luận gửi Thành ủy: 7."
    )
    got = [(f[0], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [
        ("Quận Gò Vấp", "documents_issued", 9.0),
        ("Quận Gò Vấp", "reporter_conferences", 4.0),
        ("Quận Gò Vấp", "opinion_reports", 7.0),
    ]


def test_label_lines_without_a_lead_in_or_bullets(ex: Extractor) -> None:
    body = "Kết quả cả năm của quận.\nTin, bài đăng trên trang tin của quận: hơn 450\nLượt người tiếp cận: khoảng 2,1 triệu"
    got = [(f[3], f[4], f[5]) for f in _facts(ex, body)]
    assert got == [("news_items", 450.0, "at_least"), ("propaganda_audience", 2100000.0, "approx")]


def test_a_label_the_lexicon_does_not_know_is_no_count(ex: Extractor) -> None:
    assert _iv(ex, "Thông tin chung về quận:\n- Dân số: 250.000;\n- Diện tích: 19 km2.") == []


def test_so_noun_da_len_n_counts_the_noun(ex: Extractor) -> None:
    body = "Tính chung cả năm, số buổi tuyên truyền miệng, nói chuyện chuyên đề đã lên 64."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 64.0)]


# ---- (2) names and clause ends ----------------------------------------------------------------
def test_a_number_in_a_quoted_name_is_no_count(ex: Extractor) -> None:
    assert _iv(ex, "Phường nhân rộng mô hình “Chi bộ 3 tốt” ở các khu phố.") == []


def test_a_capacity_in_brackets_is_no_count(ex: Extractor) -> None:
    body = "Quận tổ chức 5 hội nghị học tập nghị quyết tại nhà văn hóa quận (sức chứa 800 chỗ)."
    assert _iv(ex, body) == [("study_sessions", 5.0)]


def test_a_capitalised_word_ending_a_clause_is_no_name(ex: Extractor) -> None:
    body = "Quận ủy quán triệt các chuyên đề về xây dựng Đảng; 9 hội nghị học tập đã được tổ chức."
    assert _iv(ex, body) == [("study_sessions", 9.0)]


# ---- (3) periods --------------------------------------------------------------------------------
def test_ca_nhiem_ky_is_the_reports_term(ex: Extractor) -> None:
    head = "Ngày 20/6/2020\n\nQuận Gò Vấp: công tác tuyên giáo nhiệm kỳ 2015 – 2020\n\n"
    body = (
        "Từ năm 2017 đến nay, bản tin của quận phát hành 40 số. Cả nhiệm kỳ, đội ngũ cộng tác "
        "viên gửi về 180 báo cáo tình hình tư tưởng."
    )
    got = [(f[1], f[2], f[4]) for f in _facts(ex, body, head)]
    assert got == [("2017-01-01", "2020-06-20", 40.0), ("2015-01-01", "2020-12-31", 180.0)]


def test_trong_n_thang_later_in_a_clause_is_the_reports_span(ex: Extractor) -> None:
    head = "Ngày 5/10/2023\n\nQuận Gò Vấp: công tác tuyên giáo 9 tháng đầu năm 2023\n\n"
    body = (
        "Từ ngày 15/8 đến nay, các chi bộ tổ chức 210 buổi sinh hoạt chuyên đề. Đây là một "
        "trong bốn đợt sinh hoạt chính trị mà Quận ủy phát động trong 9 tháng."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body, head)]
    assert got == [
        ("2023-08-15", "2023-10-05", "party_cell_discussions", 210.0),
        ("2023-01-01", "2023-09-30", "political_campaigns", 4.0),
    ]


def test_the_year_of_a_goal_is_no_period_of_the_section(ex: Extractor) -> None:
    head = "Ngày 10/1/2022\n\nHai huyện tổng kết công tác tuyên giáo năm 2021\n\n"
    body = (
        "Huyện Củ Chi: Đưa nghị quyết về ấp\n\n"
        "Huyện có 20 xã, đang phấn đấu trở thành thành phố vào năm 2030. Trong năm, Huyện ủy "
        "tổ chức 16 hội nghị học tập nghị quyết."
    )
    got = [(f[0], f[1], f[2], f[4]) for f in _facts(ex, body, head)]
    assert got == [("Huyện Củ Chi", "2021-01-01", "2021-12-31", 16.0)]


def test_moi_thang_n_is_no_month(ex: Extractor) -> None:
    body = "Quận tổ chức 12 hội nghị báo cáo viên (bình quân mỗi tháng 1 hội nghị)."
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [("2022-01-01", "2022-12-31", "reporter_conferences", 12.0)]


def test_tu_dau_thang_n_runs_to_the_reports_date(ex: Extractor) -> None:
    head = "Ngày 20/9/2022\n\nQuận Gò Vấp: công tác tuyên giáo quý III/2022\n\n"
    body = "Quận có 40 cộng tác viên dư luận xã hội; từ đầu tháng 7, họ đã gửi 6 báo cáo."
    got = [(f[1], f[2], f[4]) for f in _facts(ex, body, head)]
    assert got[-1] == ("2022-07-01", "2022-09-20", 6.0)


def test_tu_thang_den_thang_is_still_a_range(ex: Extractor) -> None:
    head = "Ngày 20/12/2022\n\nQuận Gò Vấp: công tác tuyên giáo năm 2022\n\n"
    body = "Từ tháng 7 đến tháng 9, quận mở 5 lớp bồi dưỡng nghiệp vụ."
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body, head)] == [("2022-07-01", "2022-09-30", 5.0)]


# ---- (4) quotations ------------------------------------------------------------------------------
def test_a_residents_quotation_inside_a_paragraph_is_an_anecdote(ex: Extractor) -> None:
    body = (
        "Quận tổ chức 120 buổi nói chuyện tại khu phố. “Khu tôi tháng nào cũng có 3 buổi nói "
        "chuyện, ai cũng thích”, ông Lê Văn Tư, 70 tuổi, ở phường 5, kể."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 120.0)]


def test_an_officials_quotation_inside_a_paragraph_is_a_fact(ex: Extractor) -> None:
    body = (
        "Quận tổ chức 12 hội nghị học tập nghị quyết. “Cả năm, đội ngũ cộng tác viên gửi về 40 "
        "báo cáo dư luận xã hội”, đồng chí Phó Trưởng ban Tuyên giáo Quận ủy cho biết."
    )
    assert _iv(ex, body) == [("study_sessions", 12.0), ("opinion_reports", 40.0)]


# ---- (5) populations, workforces, shares ------------------------------------------------------
def test_the_workforce_of_a_place_is_no_audience(ex: Extractor) -> None:
    assert _iv(ex, "Khu chế xuất trên địa bàn thu hút khoảng 60.000 lao động.") == []
    assert _iv(ex, "Trong khu công nghệ có hơn 20.000 kỹ sư đang làm việc.") == []


def test_workers_at_an_activity_in_a_workplace_are_its_audience(ex: Extractor) -> None:
    body = "Quận tổ chức 15 buổi nói chuyện tại các khu công nghiệp với hơn 6.000 lượt công nhân."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 15.0), ("propaganda_audience", 6000.0)]


def test_people_listed_with_wards_are_a_population(ex: Extractor) -> None:
    body = "Là quận đông dân với 16 phường và gần 500 nghìn người, Gò Vấp chú trọng tuyên truyền miệng."
    assert _iv(ex, body) == []


def test_people_taking_part_after_wards_are_an_audience(ex: Extractor) -> None:
    body = "Quận tổ chức 30 buổi tuyên truyền ở 16 phường với 4.000 người dân tham gia."
    assert ("propaganda_audience", 4000.0) in _iv(ex, body)


def test_a_surveys_share_is_no_rate_of_work(ex: Extractor) -> None:
    body = "Theo kết quả khảo sát, khoảng 80% hộ dân trên địa bàn có điện thoại thông minh."
    assert _iv(ex, body) == []


def test_a_share_of_an_age_group_and_doses_per_person_are_no_count(ex: Extractor) -> None:
    assert _iv(ex, "Đến cuối năm, 95,5% người từ 12 tuổi trở lên đã tiêm đủ 3 mũi vắc xin.") == []


def test_a_share_of_an_economy_is_no_rate_of_work(ex: Extractor) -> None:
    assert _iv(ex, "Quận đóng góp khoảng 15% GRDP của thành phố.") == []
    assert _iv(ex, "Cảng trên địa bàn chiếm 40% sản lượng hàng hóa của khu vực.") == []


# ---- (6) prizes, plans, holdings, rankings -------------------------------------------------------
def test_prizes_by_rank_are_no_count(ex: Extractor) -> None:
    body = "Cuộc thi nhận 950 bài dự thi; ban tổ chức trao 2 giải Nhất, 4 giải Nhì và 10 giải Khuyến khích."
    assert _iv(ex, body) == [("contest_entries", 950.0)]


def test_a_plans_programmes_are_no_count(ex: Extractor) -> None:
    body = "Quận ủy ban hành 20 văn bản, trong đó có kế hoạch thực hiện 6 chương trình đột phá."
    assert _iv(ex, body) == [("documents_issued", 20.0)]


def test_what_a_place_holds_is_no_count(ex: Extractor) -> None:
    assert _iv(ex, "Nhà truyền thống của quận lưu giữ hơn 3.000 hiện vật.") == []


def test_one_of_n_of_the_units_own_activities_counts_them(ex: Extractor) -> None:
    body = "Đợt học tập này là một trong sáu đợt sinh hoạt chính trị do Quận ủy tổ chức trong năm."
    assert _iv(ex, body) == [("political_campaigns", 6.0)]


def test_one_of_n_distinguished_units_stays_a_ranking(ex: Extractor) -> None:
    assert _iv(ex, "Quận là một trong 3 đơn vị xuất sắc nhất thành phố về công tác tuyên giáo.") == []


# ---- (7) units ----------------------------------------------------------------------------------
def test_a_province_named_as_the_topic_is_not_the_actor(ex: Extractor) -> None:
    head = "Ngày 12/1/2023\n\nQuận Cầu Giấy tổng kết công tác tuyên giáo năm 2022\n\n"
    body = (
        "Ban Tuyên giáo Quận ủy thực hiện 18 phóng sự về Thủ đô anh hùng, phát trên trang "
        "fanpage “Sống đẹp” (hiện có khoảng 25.000 người theo dõi)."
    )
    got = [(f[0], f[4]) for f in _facts(ex, body, head)]
    assert got == [("Quận Cầu Giấy", 18.0), ("Quận Cầu Giấy", 25000.0)]


def test_a_province_body_opening_a_sentence_stays_the_actor(ex: Extractor) -> None:
    head = "Ngày 12/1/2023\n\nQuận Cầu Giấy tổng kết công tác tuyên giáo năm 2022\n\n"
    body = "Về phía Thành phố, Sở Văn hóa và Thể thao tổ chức 12 buổi tuyên truyền lưu động."
    assert [(f[0], f[4]) for f in _facts(ex, body, head)] == [("Thành phố Hà Nội", 12.0)]


def test_wards_a_ward_was_made_from_are_not_the_actor(ex: Extractor) -> None:
    head = "Ngày 25/9/2025\n\nPHƯỜNG HẠNH THÔNG\n\n"
    body = (
        "Phường được hình thành từ các phường An Nhơn, Gò Vấp cũ, có khoảng 70 nghìn cư dân. "
        "Đảng ủy phường tổ chức 3 hội nghị học tập nghị quyết."
    )
    assert [(f[0], f[4]) for f in _facts(ex, body, head)] == [("Phường Hạnh Thông", 3.0)]


def test_a_ward_name_with_a_dash(ex: Extractor) -> None:
    head = "Ngày 8/1/2026\n\nPhường Văn Miếu – Quốc Tử Giám: sáu tháng cuối năm 2025\n\n"
    body = "Đảng ủy phường mở 3 lớp bồi dưỡng nghiệp vụ."
    got = ex.extract(head + body, doc_id="t").observations
    assert [(o.unit_name, o.unit_code, o.value) for o in got] == [
        ("Phường Văn Miếu - Quốc Tử Giám", "00226", 3.0)
    ]


# ---- (8) what is counted ---------------------------------------------------------------------------
def test_almost_all_attending_the_study_is_a_participation_rate(ex: Extractor) -> None:
    body = "Quận mở 20 lớp học tập nghị quyết; cán bộ chủ chốt gần như 100% dự học."
    assert ("study_participation_rate", 100.0) in _iv(ex, body)


def test_episodes_aired_are_news_items(ex: Extractor) -> None:
    assert _iv(ex, "Chuyên mục truyền hình “Gò Vấp hôm nay” lên sóng 24 kỳ.") == [("news_items", 24.0)]


def test_sittings_held_are_no_news_items(ex: Extractor) -> None:
    assert "news_items" not in [f[3] for f in _facts(ex, "Hội đồng nhân dân quận tổ chức 2 kỳ họp.")]


def test_a_conference_named_by_its_level_takes_its_kind_from_before(ex: Extractor) -> None:
    body = (
        "Chúng tôi tập trung quán triệt nghị quyết của Trung ương. Quận ủy tổ chức 3 hội nghị cấp "
        "quận và chỉ đạo các chi bộ tổ chức tiếp."
    )
    assert _iv(ex, body) == [("study_sessions", 3.0)]


def test_people_who_entered_a_contest_are_entries(ex: Extractor) -> None:
    body = "Cuộc thi trắc nghiệm do Quận đoàn phát động có 12.500 lượt đoàn viên, học sinh dự thi."
    assert _iv(ex, body) == [("contest_entries", 12500.0)]
