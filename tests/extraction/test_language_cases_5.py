"""Session 5: the language behind holdout4's misses (terms and concessive clauses in periods,
a section's period, landmarks and document names that name a unit, scores, visitors, survey
findings, buildings, per-item norms, purposes shared over a list, names ending in a number).

Every sentence here is new (none is copied from an eval report); each rule is tested on a few
ways a reporter would phrase it, and on a phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor

P = "Năm 2023, Ban Tuyên giáo Quận ủy Tân Phú"
HEAD = "Ngày 12/7/2021\n\nQuận Tân Phú sơ kết công tác tuyên giáo 6 tháng đầu năm 2021\n\n"


def _kinds(ex: Extractor, text: str) -> list[tuple[str, float]]:
    return [(f[3], f[4]) for f in facts(ex, text)]


def _reasons(ex: Extractor, text: str) -> dict[float, str]:
    return {u.value: u.reason for u in ex.extract(text, doc_id="t").unclassified}


def _periods(ex: Extractor, text: str) -> list[tuple[str, str, float]]:
    return [(f[1], f[2], f[4]) for f in facts(ex, text)]


# ---- a term opening a paragraph is a period, whatever the sentence before named -------------
@pytest.mark.parametrize(
    "before",
    [
        "Đại hội Đảng bộ quận lần thứ XII sẽ khai mạc vào cuối tháng 8.",
        "Quận đang chuẩn bị đại hội đảng bộ các cấp.",
        "Ban Chấp hành Đảng bộ quận khóa XI đã họp phiên cuối.",
    ],
)
def test_a_term_opening_a_paragraph_is_its_period(ex: Extractor, before: str) -> None:
    text = HEAD + before + "\n\nNhiệm kỳ 2016 – 2021, Quận ủy ban hành 212 văn bản chỉ đạo công tác tư tưởng."
    assert _periods(ex, text) == [("2016-01-01", "2021-12-31", 212.0)]


def test_a_term_of_a_congress_in_the_same_sentence_stays_a_name(ex: Extractor) -> None:
    text = HEAD + "Quận tuyên truyền Nghị quyết Đại hội Đảng bộ quận nhiệm kỳ 2020 – 2025 qua 48 buổi nói chuyện."
    assert _periods(ex, text) == [("2021-01-01", "2021-06-30", 48.0)]


# ---- a period in a concessive clause dates what it concedes, not the count after it ---------
@pytest.mark.parametrize(
    "sentence",
    [
        "Từ đầu năm 2021 đến nay, dù phải dừng sinh hoạt tập trung trong tháng 5, quận vẫn tổ chức 31 hội nghị học tập nghị quyết.",
        "Từ đầu năm 2021 đến nay, mặc dù quý II có nhiều đợt giãn cách, quận vẫn tổ chức 31 hội nghị học tập nghị quyết.",
        "Từ đầu năm 2021 đến nay, tuy tháng 6 phải hoãn nhiều hoạt động, quận đã tổ chức 31 hội nghị học tập nghị quyết.",
    ],
)
def test_a_period_in_a_concessive_clause_does_not_date_the_count(ex: Extractor, sentence: str) -> None:
    assert _periods(ex, HEAD + sentence) == [("2021-01-01", "2021-07-12", 31.0)]


def test_a_period_of_the_count_itself_still_wins(ex: Extractor) -> None:
    text = HEAD + "Từ đầu năm 2021 đến nay, quận tổ chức nhiều hoạt động; riêng tháng 5, quận tổ chức 31 hội nghị học tập nghị quyết."
    assert _periods(ex, text) == [("2021-05-01", "2021-05-31", 31.0)]


# ---- a section's period is stated where its first sentence opens, not in a later clause ------
@pytest.mark.parametrize(
    "description",
    [
        "Phường có nhiều di tích; năm 2020, khu di tích đón nhiều đoàn tham quan.",
        "Địa bàn có nhiều chợ đầu mối; quý III năm 2020, các chợ được cải tạo.",
        "Phường có nhiều khu nhà trọ; tháng 9/2020, phường hoàn thành chỉnh trang đô thị.",
    ],
)
def test_a_later_clause_of_a_description_does_not_date_the_section(ex: Extractor, description: str) -> None:
    text = (
        "Ngày 5/1/2021\n\nQuận Tân Phú tổng kết công tác tuyên giáo 6 tháng cuối năm 2020\n\n"
        "Phường Tân Thành: Gần dân hơn\n\n" + description + "\n\n"
        "Đảng ủy phường ban hành 14 văn bản chỉ đạo công tác tư tưởng."
    )
    assert _periods(ex, text) == [("2020-07-01", "2020-12-31", 14.0)]


# ---- a place named after a unit is a landmark, not the unit ---------------------------------
@pytest.mark.parametrize("landmark", ["sân bay Tân Sơn Nhất", "chợ Bến Thành", "cầu Chánh Hưng"])
def test_a_landmark_named_after_a_unit_is_not_the_actor(ex: Extractor, landmark: str) -> None:
    text = (
        "Ngày 2/4/2026\n\nPhường Tân Định sơ kết quý I năm 2026\n\n"
        f"Quý I năm 2026, Đảng ủy phường Tân Định, gần {landmark}, tổ chức 17 hội nghị học tập nghị quyết."
    )
    assert [(f[0], f[4]) for f in facts(ex, text)] == [("Phường Tân Định", 17.0)]


# ---- a city body in the name of a congress or document is not the actor ---------------------
@pytest.mark.parametrize(
    "document",
    [
        "Nghị quyết Đại hội Đảng bộ Thành phố lần thứ I",
        "Nghị quyết Đại hội đại biểu Đảng bộ Thành phố",
        "Chương trình hành động Thành ủy",
    ],
)
def test_a_city_body_in_a_document_name_is_not_the_actor(ex: Extractor, document: str) -> None:
    text = (
        "Ngày 20/12/2025\n\nPhường Tân Định: công tác tuyên giáo 6 tháng cuối năm 2025\n\n"
        f"Từ ngày 1/7 đến nay, Đảng ủy phường Tân Định tổ chức học tập {document}, cho 1.932 lượt "
        "cán bộ, đảng viên."
    )
    assert [f[0] for f in facts(ex, text)] == ["Phường Tân Định"]


# ---- scores, visitors of a place, households by trade: no result of the work -----------------
@pytest.mark.parametrize(
    "sentence, value",
    [
        (f"{P} cho biết đội tuyên truyền viên của quận đạt 88,5 điểm ở vòng chung kết.", 88.5),
        (f"{P} cho biết bài thi xuất sắc nhất giành 47 điểm.", 47.0),
        (f"{P} cho biết bộ tiêu chí chấm công tác dân vận của quận đạt 91,25/100 điểm.", 91.25),
        (f"{P} cho biết khu du lịch sinh thái của quận đón hơn 300 nghìn lượt khách du lịch.", 3e5),
        (f"{P} cho biết chợ hoa xuân thu hút khoảng 50 nghìn du khách.", 5e4),
        (f"{P} cho biết địa bàn có hơn 400 hộ kinh doanh vải sợi.", 400.0),
        (f"{P} cho biết làng có khoảng 250 hộ làm nghề dệt chiếu.", 250.0),
    ],
)
def test_scores_visitors_and_trades_are_not_work(ex: Extractor, sentence: str, value: float) -> None:
    assert facts(ex, sentence) == []
    assert value in _reasons(ex, sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{P} bố trí 35 điểm tuyên truyền lưu động.", [("other", 35.0)]),
        (f"{P} cho biết triển lãm ảnh thu hút 4.200 lượt khách tham quan.", [("other", 4200.0)]),
    ],
)
def test_points_of_propaganda_and_visitors_of_an_exhibition_stay_facts(
    ex: Extractor, sentence: str, expected: list
) -> None:
    assert _kinds(ex, sentence) == expected


# ---- buildings, stations and zones of a place ------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} cho biết tuyến đường sắt qua quận có 9 nhà ga.",
        f"{P} cho biết nhiều tòa nhà cao trên 30 tầng đã mọc lên.",
        f"{P} cho biết quận còn 11 khu tập thể xuống cấp.",
        f"{P} cho biết địa bàn có 3 khu công nghiệp lớn.",
    ],
)
def test_buildings_and_zones_are_not_work(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


# ---- a norm for each item ("mỗi nhóm có ít nhất 1 ...") is no count --------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} quy định mỗi nhóm Zalo có ít nhất 2 quản trị viên.",
        f"{P} yêu cầu mỗi khu phố đều có 1 tổ tuyên truyền.",
        f"{P} phân công mỗi chi bộ cử 3 đảng viên theo dõi dư luận.",
    ],
)
def test_a_norm_for_each_item_is_no_count(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


def test_a_daily_average_stays_a_fact(ex: Extractor) -> None:
    assert _kinds(ex, f"{P} cho biết mỗi ngày có 1.240 lượt truy cập trang thông tin.") == [("other", 1240.0)]


# ---- survey findings, shares given as fractions, a populous place -----------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} dẫn khảo sát cho thấy 64% người được hỏi xem tin tức qua mạng xã hội.",
        f"{P} cho biết theo một cuộc thăm dò, 58% người trả lời hài lòng với dịch vụ công.",
        f"{P} cho biết có 71% người được khảo sát biết đến ứng dụng của quận.",
    ],
)
def test_survey_findings_are_not_rates_of_work(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} cho biết quận có đông công nhân, khoảng 3/4 là lao động ngoại tỉnh.",
        f"{P} cho biết dân cư phường trẻ, gần 1/2 là học sinh, sinh viên.",
        f"{P} cho biết đây là quận đông dân với gần 500 nghìn người.",
    ],
)
def test_shares_and_populations_of_a_place_are_not_work(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


# ---- a purpose named after the last item of a list is every item's -------------------------
@pytest.mark.parametrize(
    "sentence, codes",
    [
        (
            f"{P} tổ chức 3 hội nghị cấp quận và 41 hội nghị ở các chi bộ học tập, quán triệt nghị quyết.",
            ["study_sessions", "study_sessions"],
        ),
        (
            f"{P} tổ chức 2 hội nghị trực tiếp và 12 hội nghị trực tuyến quán triệt Chỉ thị của Ban Bí thư.",
            ["study_sessions", "study_sessions"],
        ),
        (
            f"{P} tổ chức 1 hội nghị cấp quận và 25 lớp ở cơ sở học tập chuyên đề năm 2023.",
            ["study_sessions", "study_sessions"],
        ),
    ],
)
def test_a_purpose_after_a_list_is_shared(ex: Extractor, sentence: str, codes: list[str]) -> None:
    assert [k for k, _ in _kinds(ex, sentence)] == codes


# ---- "trên" after a posting verb and an adverb is still "on" --------------------------------
@pytest.mark.parametrize("adverb", ["đồng thời", "đồng loạt", "thường xuyên"])
def test_tren_after_a_verb_and_an_adverb_is_a_preposition(ex: Extractor, adverb: str) -> None:
    got = facts(ex, f"{P} cho biết các bài viết được đăng {adverb} trên 4 trang fanpage của quận.")
    assert [(f[4], f[5]) for f in got] == [(4.0, "exact")]


def test_tren_as_more_than_is_kept(ex: Extractor) -> None:
    got = facts(ex, f"{P} cho biết quận hiện có trên 40 trang fanpage chính danh.")
    assert [(f[4], f[5]) for f in got] == [(40.0, "at_least")]


# ---- names ending in a number: bus routes, institutions; the minutes of a time ----------------
@pytest.mark.parametrize(
    "sentence, value",
    [
        (f"{P} cho biết người dân có thể đi xe buýt tuyến 56 đến trụ sở mới.", 56.0),
        (f"{P} cho biết tuyến 08 và tuyến 145 đi qua trung tâm hành chính.", 145.0),
        (f"{P} phối hợp với Bệnh viện Chợ Rẫy và Bệnh viện Nhân dân 115 đặt bảng tin.", 115.0),
        (f"{P} phối hợp với Học viện Chính trị khu vực 2 mở chuyên đề.", 2.0),
        (f"{P} khai mạc hội nghị lúc 8 giờ 15 tại hội trường quận.", 15.0),
    ],
)
def test_names_and_times_ending_in_a_number_are_not_values(ex: Extractor, sentence: str, value: float) -> None:
    assert facts(ex, sentence) == []
    assert value in _reasons(ex, sentence)


def test_trực_tuyến_before_a_count_stays_a_count(ex: Extractor) -> None:
    assert _kinds(ex, f"{P} tổ chức trực tuyến 12 hội nghị học tập nghị quyết.") == [("study_sessions", 12.0)]


# ---- "tổng số" is a total, "tỷ lệ" a rate -------------------------------------------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{P} mở 6 lớp bồi dưỡng chính trị, tổng số 377 học viên.", [("training_classes", 6.0), ("trainees", 377.0)]),
        (
            f"{P} tổ chức 9 hội nghị học tập nghị quyết; tổng số 2.310 lượt cán bộ, đảng viên tham dự.",
            [("study_sessions", 9.0), ("study_attendance", 2310.0)],
        ),
        (
            f"{P} tổ chức 9 hội nghị học tập nghị quyết cho 2.310 lượt cán bộ, đảng viên, tỷ lệ đảng viên tham gia đạt 98%.",
            [("study_sessions", 9.0), ("study_attendance", 2310.0), ("study_participation_rate", 98.0)],
        ),
        (
            f"{P} tổ chức 9 hội nghị học tập nghị quyết, tỉ lệ cán bộ, đảng viên dự học đạt 96,5%.",
            [("study_sessions", 9.0), ("study_participation_rate", 96.5)],
        ),
    ],
)
def test_totals_and_rates_are_read(ex: Extractor, sentence: str, expected: list) -> None:
    assert _kinds(ex, sentence) == expected
