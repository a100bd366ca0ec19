"""The language of holdout62: Hanoi's districts before the July 2025 reform and its wards and
communes after it. A table pasted with two spaces between the bare names of its columns, a
measures table under a long paragraph whose last sentence only says "Kết quả cụ thể:", a reach
after "có lượt tiếp cận" in a clause naming an anniversary, a year whose span a bracket spells
out, an old district recalled by a new commune, "Dịp này," after a span that opened the
paragraph, a resolution's horizon ("đến năm 2030, tầm nhìn đến năm 2045"), a leaflet's label
naming what it introduces, and a stock at the end of a term that a congress reviews months before
the term ends.

Sentences and reports of our own invention, written for each rule (docs/LABELING.md)."""

from __future__ import annotations

from extraction_helpers import facts, headed

from orchestration.extraction import Extractor

HEAD = "Hà Nội, ngày 25 tháng 9 năm 2019\n\nCông tác tuyên giáo 9 tháng năm 2019 của huyện Đan Phượng\n\n"
_facts, _iv = headed(HEAD)


# --- a table pasted with two spaces between the bare names of its columns -----------------------


def test_bare_unit_names_parted_by_two_spaces_head_their_columns(ex: Extractor) -> None:
    text = (
        "Ngày 12/6/2019, Cụm thi đua số 3 gồm các huyện Hoài Đức, Đan Phượng, Phúc Thọ sơ kết công "
        "tác tuyên giáo 6 tháng đầu năm 2019. Một số kết quả:\n\n"
        "Nội dung                          Hoài Đức  Đan Phượng  Phúc Thọ\n"
        "Lớp học tập nghị quyết                 131        96         88\n"
        "Lượt đảng viên dự học                7.412     5.208      4.950\n"
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert ("Huyện Đan Phượng", "study_sessions", 96.0) in got
    assert ("Huyện Phúc Thọ", "study_attendance", 4950.0) in got
    assert ("Huyện Hoài Đức", "study_sessions", 131.0) in got


# --- a long paragraph closing with a lead-in that names nothing, over a measures table ------------


def test_the_sentence_before_a_bare_results_lead_in_names_the_tables_study(ex: Extractor) -> None:
    text = (
        "QUẬN ỦY TÂY HỒ\nBAN TUYÊN GIÁO\nTây Hồ, ngày 20 tháng 12 năm 2023\n\n"
        "BÁO CÁO\nTổng kết công tác tuyên giáo năm 2023\n\n"
        "Năm 2023, Ban Tuyên giáo Quận ủy tham mưu ban hành 24 kế hoạch, hướng dẫn về công tác tư "
        "tưởng và phối hợp tổ chức học tập, quán triệt các văn bản mới của Trung ương, Thành ủy cho "
        "cán bộ, đảng viên toàn Đảng bộ quận theo đúng tiến độ đề ra. Kết quả cụ thể:\n\n"
        "Văn bản | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)\n"
        "Quy định 114-QĐ/TW về kiểm soát quyền lực | 12 | 8.530 | 96,40\n"
        "Luật Đất đai năm 2024 | 9 | 7.215 | 95,10\n"
    )
    got = [(f[3], f[4]) for f in facts(ex, text)]
    assert ("study_sessions", 12.0) in got
    assert ("study_attendance", 7215.0) in got
    assert ("study_participation_rate", 96.4) in got
    assert ("study_participation_rate", 95.1) in got


# --- "có lượt tiếp cận ước đạt" after things named by an anniversary -----------------------------


def test_a_reach_after_an_anniversarys_products_is_the_units(ex: Extractor) -> None:
    body = (
        "Quận đăng 215 tin, bài trên trang thông tin điện tử; các video về kỷ niệm 65 năm Ngày "
        "Giải phóng Thủ đô có lượt tiếp cận ước đạt 850 nghìn.\n"
    )
    head = "Hà Nội, ngày 22 tháng 12 năm 2019\n\nQuận Hai Bà Trưng tổng kết công tác tuyên giáo năm 2019\n\n"
    got = [(f[0], f[3], f[4], f[5]) for f in facts(ex, head + body)]
    assert ("Quận Hai Bà Trưng", "propaganda_audience", 850000.0, "approx") in got


# --- a year whose span a bracket right after it spells out ----------------------------------------


def test_a_bracket_after_a_year_dates_the_work_with_its_span(ex: Extractor) -> None:
    body = "Trong dịp Tết năm 2019 (từ tháng 1 đến tháng 2/2019), huyện tổ chức 46 buổi tuyên truyền lưu động.\n"
    got = [(f[1], f[2], f[4]) for f in _facts(ex, body)]
    assert got == [("2019-01-01", "2019-02-28", 46.0)]


# --- an old district recalled by a new commune ----------------------------------------------------


def test_a_district_named_as_former_does_not_make_its_committee_history(ex: Extractor) -> None:
    text = (
        "Cập nhật 10/11/2025 09:15\n\n"
        "Xã Phúc Thọ: Tuyên truyền mùa lũ\n\n"
        "Tháng 10/2025, Đảng ủy xã Phúc Thọ tổ chức 6 buổi tuyên truyền phòng, chống thiên tai.\n\n"
        "Đây là cách làm của huyện Phúc Thọ cũ: sáu tháng đầu năm 2025, Huyện ủy Phúc Thọ đã tổ "
        "chức 31 buổi tuyên truyền ở các xã ven sông.\n"
    )
    got = [(f[0], f[1], f[2], f[4]) for f in facts(ex, text)]
    assert ("Huyện Phúc Thọ", "2025-01-01", "2025-06-30", 31.0) in got
    assert ("Xã Phúc Thọ", "2025-10-01", "2025-10-31", 6.0) in got


# --- "Dịp này," after a span an earlier sentence of the paragraph opened ---------------------------


def test_dip_nay_takes_the_reports_period_not_the_paragraphs_span(ex: Extractor) -> None:
    body = (
        "Từ ngày 2/8 đến nay, cuộc thi tìm hiểu lịch sử Đảng bộ huyện thu hút 6.120 lượt người dự "
        "thi. Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 7 tập thể và 12 cá nhân.\n"
    )
    got = {f[4]: (f[1], f[2]) for f in _facts(ex, body)}
    assert got[6120.0] == ("2019-08-02", "2019-09-25")
    assert got[7.0] == ("2019-01-01", "2019-09-30")
    assert got[12.0] == ("2019-01-01", "2019-09-30")


# --- a resolution's horizon -----------------------------------------------------------------------


def test_a_documents_horizon_is_no_period(ex: Extractor) -> None:
    body = (
        "Chín tháng qua, huyện tổ chức 4 hội nghị học tập, quán triệt các văn bản mới, trong đó có "
        "Chiến lược phát triển văn hóa đến năm 2030, tầm nhìn đến năm 2045.\n"
    )
    assert [(f[1], f[2], f[4]) for f in _facts(ex, body)] == [("2019-01-01", "2019-09-30", 4.0)]


# --- a list line's label naming what its leaflets introduce -----------------------------------------


def test_leaflets_introducing_something_are_counted_things(ex: Extractor) -> None:
    body = (
        "Kết quả tuyên truyền trong quý:\n"
        "- Tờ rơi giới thiệu các điểm du lịch cộng đồng của huyện tới du khách: 12.500.\n"
    )
    assert ("other", 12500.0) in _iv(ex, body)


# --- a stock at the end of the term a congress reviews -------------------------------------------


def test_a_stock_of_the_term_is_counted_at_the_terms_end(ex: Extractor) -> None:
    text = (
        "Cập nhật 20/07/2020 14:05\n\n"
        "Đại hội Đảng bộ huyện Thạch Thất lần thứ XXIV\n\n"
        "Trong tham luận, đồng chí Trưởng ban Tuyên giáo Huyện ủy Thạch Thất cho biết: “Nhiệm kỳ "
        "2015 – 2020, Ban Tuyên giáo Huyện ủy tham mưu ban hành 142 văn bản. Cả nhiệm kỳ, đội ngũ "
        "48 báo cáo viên cấp huyện đã tổ chức 1.920 buổi nói chuyện ở thôn.”\n"
    )
    got = {f[4]: (f[1], f[2], f[3]) for f in facts(ex, text)}
    assert got[48.0] == ("2020-12-31", "2020-12-31", "reporters")
    assert got[1920.0] == ("2015-01-01", "2020-12-31", "oral_propaganda_sessions")
