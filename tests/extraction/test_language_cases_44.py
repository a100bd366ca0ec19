"""Session 14 (second round), holdout44 and holdout45: the language behind their misses (the figure
of the same period before, given to compare; shares a post got; partners counted after "phối hợp
với"; "từ ngày ... đến hết quý"; an official's quotation attributed by a short name; attendances
counted by "lượt" with a verb of attending; ", cho N học viên" after a "trong đó" aside; a page's
followers after a "Tính đến" clause; the level of linked sites, "điểm cầu phường, xã").
Sentences written for these tests, not copied from the reports."""

from __future__ import annotations

from extraction_helpers import facts, headed, headed_values

from orchestration.extraction import Extractor

HEAD = "Ngày 05/7/2023\n\nPhường Bến Nghé: kết quả công tác tuyên giáo 6 tháng đầu năm 2023\n\n"
_facts, _iv = headed(HEAD)


_values = headed_values(HEAD)


def test_the_figure_of_the_same_period_before_is_a_comparison(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Đảng ủy phường ban hành 17 văn bản chỉ đạo về công tác tư tưởng (cùng kỳ năm 2022 là 12 "
        "văn bản).",
    )
    assert ("documents_issued", 17.0) in got and all(v != 12.0 for _, v in got), got
    got = _values(
        ex,
        "Kết quả học tập, quán triệt Nghị quyết:\n- Hội nghị cấp phường: 02;\n- Lớp ở các chi bộ: "
        "40 (cùng kỳ: 35);\n- Lượt đảng viên dự: 1.250.",
    )
    assert 40.0 in got and 35.0 not in got, got


def test_the_times_a_post_was_shared_are_a_reaction(ex: Extractor) -> None:
    got = _values(
        ex,
        "Fanpage của phường đăng 96 tin, bài về an toàn giao thông; video hướng dẫn đội mũ bảo "
        "hiểm được chia sẻ gần 2.000 lượt.",
    )
    assert 96.0 in got and 2000.0 not in got, got


def test_partners_counted_after_phoi_hop_voi_are_no_work(ex: Extractor) -> None:
    got = _values(
        ex,
        "Ban Tuyên giáo phối hợp với Hội Phụ nữ và 9 hội đồng hương biên soạn tài liệu, in 3.000 "
        "cuốn sổ tay.",
    )
    assert 3000.0 in got and 9.0 not in got, got
    got = _iv(ex, "Phường phối hợp với Đoàn Thanh niên tổ chức 5 buổi nói chuyện chuyên đề.")
    assert ("oral_propaganda_sessions", 5.0) in got, got


QUARTER_HEAD = "QUẬN ỦY QUẬN 10\nBAN TUYÊN GIÁO\nQuận 10, ngày 05 tháng 4 năm 2020\n\nBÁO CÁO\nKết quả công tác tuyên giáo quý I năm 2020\n\n"


def test_from_a_day_to_the_end_of_its_quarter(ex: Extractor) -> None:
    got = _facts(
        ex,
        "Từ ngày 3/2 (ngày quận kích hoạt ban chỉ đạo) đến hết quý, quận đăng 146 tin, bài trên "
        "trang thông tin điện tử.",
        QUARTER_HEAD,
    )
    assert [(f[1], f[2], f[4]) for f in got] == [("2020-02-03", "2020-03-31", 146.0)], got


def test_an_officials_quotation_by_his_short_name_speaks_for_the_unit(ex: Extractor) -> None:
    got = _values(
        ex,
        "Ông Trần Văn Bình, Trưởng ban Tuyên giáo Đảng ủy phường, cho biết năm nay phường chú "
        "trọng tài liệu song ngữ. \"Kinh phí in tài liệu cho các khu phố khoảng 60 triệu đồng, "
        "phần lớn do doanh nghiệp hỗ trợ\", ông Bình nói.",
    )
    assert 60000000.0 in got, got


def test_attendances_with_a_verb_of_attending_are_no_population(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Phường, nơi có Khu công nghiệp Tân Tạo với khoảng 30.000 công nhân, tổ chức 6 buổi nói "
        "chuyện tại khu nhà trọ với gần 500 lượt công nhân tham dự.",
    )
    assert ("propaganda_audience", 500.0) in got and all(v != 30000.0 for _, v in got), got


def test_cho_after_a_trong_do_aside_counts_the_classes_people(ex: Extractor) -> None:
    got = _iv(
        ex,
        "Trung tâm Chính trị mở 9 lớp bồi dưỡng, trong đó có 3 lớp đảng viên mới, cho 720 học viên.",
    )
    assert ("trainees", 720.0) in got, got


def test_a_pages_followers_after_a_tinh_den_clause_are_counted_at_the_report_date(ex: Extractor) -> None:
    got = _facts(
        ex,
        "Tính đến ngày 30/6/2023, phường có 45 nhóm Zalo tổ dân phố; fanpage của phường có gần 9.000 "
        "người theo dõi.",
    )
    followers = [(f[1], f[2]) for f in got if f[4] == 9000.0]
    assert followers == [("2023-07-05", "2023-07-05")], got


CITY_HEAD = "Cập nhật 10/01/2026 09:00\n\nTP Hồ Chí Minh: tổng kết công tác tuyên giáo năm 2025\n\n"


def test_the_level_of_linked_sites_names_no_unit(ex: Extractor) -> None:
    got = _facts(
        ex,
        "Năm 2025, Thành phố sắp xếp lại đơn vị hành chính sau khi hợp nhất với tỉnh Bình Dương. "
        "Thành ủy tổ chức 3 hội nghị cấp thành phố, trực tuyến tới các điểm cầu phường, xã; lượt "
        "đảng viên dự tại các điểm cầu: gần 95 nghìn.",
        CITY_HEAD,
    )
    assert {f[0] for f in got} == {"Thành phố Hồ Chí Minh"}, got


def test_dv_is_party_members_in_study_attendance(ex: Extractor) -> None:
    head = "Ngày 12/1/2023, Ban Tuyên giáo Huyện ủy Bình Chánh báo cáo kết quả công tác tuyên giáo năm 2022.\n\n"
    for body in (
        "Năm 2022, huyện tổ chức 8 hội nghị học tập nghị quyết; lượt ĐV dự: 1.250.",
        "Năm 2022, huyện tổ chức 8 hội nghị học tập nghị quyết với 1.250 ĐV dự học.",
    ):
        got = [(f[3], f[4], f[6]) for f in facts(ex, head + body)]
        assert ("study_attendance", 1250.0, "party_members") in got, (body, got)


def test_dv_is_party_members_in_propaganda_audience(ex: Extractor) -> None:
    text = (
        "Ngày 12/1/2023, Ban Tuyên giáo Huyện ủy Bình Chánh báo cáo kết quả công tác tuyên giáo năm 2022.\n\n"
        "Năm 2022, huyện tổ chức 40 buổi tuyên truyền miệng, thu hút 1.250 lượt ĐV nghe."
    )
    got = [(f[3], f[4], f[6]) for f in facts(ex, text)]
    assert ("propaganda_audience", 1250.0, "party_members") in got, got
