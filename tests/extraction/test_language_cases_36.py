"""Session 13 (third round), holdout36 and holdout37: the language behind their misses (party
organisations as the subject of work that counts nothing, or as the sources of a summed figure;
the parts after ", gồm" of a count with a one-word noun; the size each gathering was held to;
straight quotes counted inside their paragraph; a "Từ ngày ..." opening the top before the
named span the report covers). Sentences written for these tests, not copied from the reports."""

from __future__ import annotations

from extraction_helpers import facts, headed

from orchestration.extraction import Extractor

HEAD = "Ngày 14/7/2023\n\nQuận Gò Vấp: kết quả công tác tuyên giáo 6 tháng đầu năm 2023\n\n"
_facts, _iv = headed(HEAD)


def _values(ex: Extractor, body: str, head: str = HEAD) -> list[float]:
    return [f[4] for f in _facts(ex, body, head)]


def test_party_organisations_doing_work_that_counts_nothing_are_structure(ex: Extractor) -> None:
    body = (
        "Theo chỉ đạo của Quận ủy, 16 đảng bộ phường và 33 chi, đảng bộ cơ sở đều triển khai "
        "quán triệt chu đáo. Quận mở 120 lớp học tập nghị quyết."
    )
    got = _values(ex, body)
    assert 16.0 not in got and 33.0 not in got, got
    assert 120.0 in got


def test_party_organisations_whose_reports_were_summed_are_structure(ex: Extractor) -> None:
    body = (
        "Ban Tuyên giáo Quận ủy tổng hợp số liệu từ báo cáo của 16 đảng bộ phường và 37 chi, đảng "
        "bộ cơ sở. Quận tổ chức 48 buổi tuyên truyền miệng."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 48.0)]


def test_parts_after_gom_of_a_count_in_words_with_a_one_word_noun_are_no_facts(ex: Extractor) -> None:
    body = (
        "Trung tâm Chính trị quận mở mười một lớp, gồm 6 lớp sơ cấp lý luận chính trị, 3 lớp "
        "đảng viên mới và 2 lớp nhận thức về Đảng."
    )
    got = _values(ex, body)
    assert all(v not in (6.0, 3.0, 2.0) for v in got), got


def test_size_each_gathering_was_held_to_is_no_count(ex: Extractor) -> None:
    body = (
        "Để sát cơ sở, quận tổ chức các buổi dưới 40 người theo từng khu phố. Quận mở 95 lớp học "
        "tập nghị quyết."
    )
    got = _values(ex, body)
    assert 40.0 not in got and 95.0 in got, got


def test_straight_quotes_pair_inside_their_paragraph(ex: Extractor) -> None:
    # a quotation of the paragraph before, longer than the look back, then someone's words in
    # straight quotes opening a sentence: an anecdote
    speech = (
        'Đồng chí Trưởng ban Tuyên giáo Quận ủy cho biết: "Trong 6 tháng, quận đã đăng 540 tin, '
        'bài trên trang thông tin điện tử của quận, phản ánh kịp thời các hoạt động của các phường '
        'và của các chi bộ khu phố, nhất là những việc làm hay, cách làm mới trong học tập và làm '
        'theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."\n\n'
    )
    body = (
        speech + "Các chi bộ tổ chức 210 buổi sinh hoạt chuyên đề về nếp sống văn minh đô thị ở các "
        "khu phố, các tổ dân phố trên địa bàn quận trong sáu tháng qua. "
        '"Hồi trước buổi sinh hoạt chỉ có 25 người, giờ đông hơn nhiều", bà Lan, một người dân, kể.'
    )
    got = _values(ex, body)
    assert 25.0 not in got and 210.0 in got, got


def test_a_since_day_opening_the_top_yields_to_the_named_span_of_the_next_sentence(ex: Extractor) -> None:
    text = (
        "Tuyên giáo cơ sở sau sắp xếp\n\nCập nhật 08/10/2025\n\nTừ ngày 1/7/2025, thành phố có 168 "
        "phường, xã. Trong quý III năm 2025, các đảng ủy phường đã kiện toàn bộ máy.\n\n"
        "Phường Bến Thành tổ chức 36 buổi tuyên truyền miệng."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert ("2025-07-01", "2025-09-30", "oral_propaganda_sessions", 36.0) in got, got


def test_a_goal_year_after_vao_in_the_lead_is_no_period_of_the_review(ex: Extractor) -> None:
    text = (
        "Thứ Sáu, ngày 20 tháng 12 năm 2024\n\nNhà Bè: tuyên giáo gắn với mục tiêu lên quận\n\n"
        "Nhà Bè đang dồn sức hoàn thành các tiêu chí để trở thành quận vào năm 2026. Phóng viên "
        "trao đổi với Trưởng ban Tuyên giáo Huyện ủy về công tác tuyên giáo năm 2024.\n\n"
        "Huyện ủy đã tổ chức 42 buổi tuyên truyền miệng."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("2024-01-01", "2024-12-31", "oral_propaganda_sessions", 42.0)], got


def test_a_bare_unit_name_after_a_place_noun_names_the_place(ex: Extractor) -> None:
    text = (
        "ĐẢNG ỦY XÃ CẦN GIỜ\nCần Giờ, ngày 12 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả công tác tuyên "
        "giáo 6 tháng cuối năm 2025\n\nXã Cần Giờ tổ chức 18 buổi tuyên truyền miệng, trong đó có "
        "buổi tại khu vực bến phà Bình Khánh.\n\nĐảng ủy xã khen thưởng 4 tập thể."
    )
    got = {f[0] for f in facts(ex, text)}
    assert got == {"Xã Cần Giờ"}, got


def test_a_period_after_a_when_clause_dates_that_event_not_the_count(ex: Extractor) -> None:
    body = (
        "Trong 6 tháng, đội ngũ cộng tác viên gửi 22 báo cáo dư luận xã hội về tâm tư người dân "
        "khi giá điện tăng trong tháng 5."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [("2023-01-01", "2023-06-30", "opinion_reports", 22.0)], got


def test_a_period_of_a_make_up_to_come_does_not_date_the_count(ex: Extractor) -> None:
    body = "Quận ủy mở 130 lớp học tập nghị quyết; còn 85 đảng viên chưa học, sẽ học bù trong tháng 7."
    got = [(f[1], f[2], f[4]) for f in _facts(ex, body)]
    assert ("2023-01-01", "2023-06-30", 85.0) in got, got


def test_a_founding_date_in_brackets_is_no_period_of_the_body_work(ex: Extractor) -> None:
    body = (
        "Trong 6 tháng đầu năm 2023, Ban Tuyên giáo và Dân vận Quận ủy (thành lập trên cơ sở hợp "
        "nhất 2 ban từ tháng 3/2023) đã tổ chức 4 hội nghị báo cáo viên."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [("2023-01-01", "2023-06-30", "reporter_conferences", 4.0)], got


def test_visitors_a_place_receives_in_a_noi_clause_are_no_audience(ex: Extractor) -> None:
    body = (
        "Đội tuyên truyền lưu động của quận hoạt động ở khu chợ Hạnh Thông Tây, nơi mỗi ngày đón "
        "khoảng 20 nghìn lượt khách. Quận tổ chức 31 buổi tuyên truyền miệng."
    )
    got = _values(ex, body)
    assert 20000.0 not in got and 31.0 in got, got


def test_followers_of_a_page_listed_after_reporters_are_its_audience(ex: Extractor) -> None:
    body = 'Quận hiện có 35 báo cáo viên và 1 fanpage "Gò Vấp hôm nay" với khoảng 42 nghìn người theo dõi.'
    got = _iv(ex, body)
    assert ("propaganda_audience", 42000.0) in got, got


def test_reports_named_by_how_often_they_were_sent_take_the_senders(ex: Extractor) -> None:
    body = "Đội ngũ 52 cộng tác viên dư luận xã hội gửi về Ban 31 báo cáo định kỳ, 5 báo cáo đột xuất."
    got = _iv(ex, body)
    assert ("opinion_reports", 31.0) in got and ("opinion_reports", 5.0) in got, got


def test_quick_reports_take_the_senders(ex: Extractor) -> None:
    body = "Cộng tác viên dư luận xã hội của quận đã gửi 17 báo cáo nhanh về phản ánh của người dân."
    assert _iv(ex, body) == [("opinion_reports", 17.0)]


def test_heads_of_street_groups_trained_are_trainees(ex: Extractor) -> None:
    body = "Quận mở 2 lớp tập huấn kỹ năng sử dụng mạng xã hội cho 190 tổ trưởng tổ dân phố."
    assert _iv(ex, body) == [("training_classes", 2.0), ("trainees", 190.0)]


def test_an_official_naming_the_unit_after_the_opening_time_speaks_for_it(ex: Extractor) -> None:
    body = (
        "Ông Trần Văn Minh, Phó Bí thư Thường trực Đảng ủy phường, chia sẻ: \"Trong 6 tháng, phường "
        'đã đăng 312 tin, bài trên trang Zalo OA."'
    )
    head = "Ngày 14/7/2025\n\nPhường Gò Vấp: kết quả công tác tuyên giáo 6 tháng đầu năm 2025\n\n"
    assert ("news_items", 312.0) in _iv(ex, body, head)


def test_a_capitalised_thang_after_a_day_number_names_a_street(ex: Extractor) -> None:
    body = (
        "Quận treo 1.500 băng rôn trên các tuyến đường Nguyễn Văn Lượng, 3 Tháng 2, Lê Văn Thọ."
    )
    got = [(f[1], f[2], f[4]) for f in _facts(ex, body)]
    assert got == [("2023-01-01", "2023-06-30", 1500.0)], got
