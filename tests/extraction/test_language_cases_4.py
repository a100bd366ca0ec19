"""Session 4: the language behind holdout3's misses (money, shares of a population, roads,
territory and residents, plan sections, bare counted nouns, as-of dates, inferred dates).

Every sentence here is new (none is copied from an eval report); each rule is tested on a few
ways a reporter would phrase it, and on a phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor

P = "Năm 2023, Ban Tuyên giáo Quận ủy Tân Phú"


def _kinds(ex: Extractor, text: str) -> list[tuple[str, float]]:
    return [(f[3], f[4]) for f in facts(ex, text)]


def _reasons(ex: Extractor, text: str) -> dict[float, str]:
    return {u.value: u.reason for u in ex.extract(text, doc_id="t").unclassified}


# ---- money is no indicator of propaganda work, unless it funds the unit's own work ----------
@pytest.mark.parametrize(
    "sentence, value",
    [
        (f"{P} tuyên truyền về dự án nâng cấp kênh Tham Lương có tổng vốn khoảng 2.300 tỷ đồng.", 2.3e12),
        (
            f"{P} cho biết công trình trường học mới với tổng mức đầu tư hơn 85 tỷ đồng đã khánh thành.",
            8.5e10,
        ),
        (f"{P} nêu rõ thu nhập bình quân đầu người đạt 92 triệu đồng.", 9.2e7),
        (f"{P} thông tin kim ngạch xuất khẩu của quận đạt 1,5 tỷ USD.", 1.5e9),
    ],
)
def test_money_of_projects_and_the_economy_is_a_trap(ex: Extractor, sentence: str, value: float) -> None:
    assert facts(ex, sentence) == []
    assert _reasons(ex, sentence)[value] == "money"


@pytest.mark.parametrize(
    "sentence, value",
    [
        (f"{P} bố trí kinh phí cho các hoạt động tuyên truyền là 350 triệu đồng.", 3.5e8),
        (f"{P} vận động cán bộ, đảng viên ủng hộ Quỹ Vì người nghèo 420 triệu đồng.", 4.2e8),
    ],
)
def test_money_funding_the_work_stays_a_fact(ex: Extractor, sentence: str, value: float) -> None:
    assert _kinds(ex, sentence) == [("other", value)]


def test_dong_chi_is_no_currency(ex: Extractor) -> None:
    assert _kinds(ex, f"{P} cho biết đội ngũ báo cáo viên gồm 38 đồng chí.") == [("reporters", 38.0)]


# ---- a share of a population or an area is the territory, not a rate of work ---------------
@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} cho biết quận có hơn 400 nghìn dân, trong đó khoảng 18% là người Khmer.",
        f"{P} cho biết đồng bào dân tộc Chăm chiếm gần 5% dân số của quận.",
        f"{P} cho biết đất nông nghiệp hiện chiếm 62% diện tích tự nhiên.",
        f"{P} cho biết người Hoa chiếm khoảng 25%, tập trung ở các khu phố cũ.",
    ],
)
def test_population_shares_are_traps(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{P} cho biết gần như 100% hộ dân đã được tuyên truyền về địa chỉ mới.", "other"),
        (f"{P} có 97% đảng viên tham gia học tập nghị quyết.", "study_participation_rate"),
    ],
)
def test_shares_reached_by_the_work_stay_facts(ex: Extractor, sentence: str, expected: str) -> None:
    assert [f[3] for f in facts(ex, sentence)] == [expected]


# ---- roads and routes named with a number -----------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} tuyên truyền về giải phóng mặt bằng đường Vành đai 3.",
        f"{P} nắm dư luận của người dân dọc Quốc lộ 22 và Tỉnh lộ 8.",
        f"{P} phối hợp tuyên truyền an toàn giao thông trên tuyến metro 2.",
        f"{P} tuyên truyền về mở rộng đường Vành đai 3,5 qua địa bàn.",
    ],
)
def test_road_names_are_not_values(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


# ---- territory and residents --------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Sau sắp xếp, Đà Nẵng còn 94 đơn vị hành chính cấp xã. " + f"{P} tổ chức hội nghị.",
        f"{P} cho biết khu đô thị mới có gần 45 nghìn cư dân.",
        f"{P} cho biết trên địa bàn có khoảng 12.000 người đang sinh sống.",
        f"{P} cho biết khu phố có hơn 3.000 hộ dân sinh sống ven kênh.",
    ],
)
def test_territory_and_residents_are_not_work(ex: Extractor, sentence: str) -> None:
    assert facts(ex, sentence) == []


def test_residents_reached_by_an_activity_are_its_audience(ex: Extractor) -> None:
    text = f"{P} tổ chức 5 buổi tuyên truyền miệng tại sảnh chung cư, thu hút 600 cư dân tham dự."
    assert _kinds(ex, text) == [("oral_propaganda_sessions", 5.0), ("propaganda_audience", 600.0)]


# ---- the plan section of a formal report ---------------------------------------------------
def test_numbers_under_a_plan_heading_are_targets(ex: Extractor) -> None:
    text = (
        "Ngày 5/12/2023, Ban Tuyên giáo Quận ủy Tân Phú báo cáo công tác năm 2023.\n\n"
        "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n"
        "- Tổ chức 28 hội nghị học tập, quán triệt nghị quyết.\n\n"
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n"
        "- Tổ chức học tập nghị quyết cho 100% đảng viên.\n"
        "- Duy trì 40 nhóm Zalo tuyên truyền ở các khu phố.\n\n"
        "IV. ĐỀ XUẤT\n"
        "- Quận đã gửi 6 văn bản kiến nghị lên Thành phố.\n"
    )
    assert _kinds(ex, text) == [("study_sessions", 28.0), ("documents_issued", 6.0)]


def test_a_numbered_plan_subheading_ends_at_the_next_of_its_level(ex: Extractor) -> None:
    text = (
        "Ngày 5/12/2023, Ban Tuyên giáo Quận ủy Tân Phú báo cáo công tác năm 2023.\n\n"
        "1. Nhiệm vụ trọng tâm thời gian tới\n"
        "Mở 12 lớp bồi dưỡng lý luận chính trị cho đảng viên mới.\n\n"
        "2. Công tác khen thưởng\n"
        "Ban Thường vụ Quận ủy khen thưởng 9 tập thể.\n"
    )
    assert _kinds(ex, text) == [("commended_collectives", 9.0)]


# ---- a bare counted noun refers back to what was counted before ----------------------------
def test_a_bare_noun_takes_the_kind_counted_in_the_sentence_before(ex: Extractor) -> None:
    text = (
        f"{P} tổ chức 120 buổi nói chuyện chuyên đề về chủ quyền biển đảo. Riêng tháng 4/2023, có "
        "30 buổi được tổ chức tại các trường học."
    )
    assert _kinds(ex, text) == [("oral_propaganda_sessions", 120.0), ("oral_propaganda_sessions", 30.0)]


def test_a_bare_noun_takes_its_description_from_the_sentence(ex: Extractor) -> None:
    text = f"{P} có 25 cộng tác viên dư luận xã hội; họ đã gửi 40 báo cáo về các vấn đề dân sinh."
    assert _kinds(ex, text) == [("opinion_collaborators", 25.0), ("opinion_reports", 40.0)]


def test_a_noun_that_names_its_own_kind_is_not_bare(ex: Extractor) -> None:
    text = f"{P} tổ chức 20 buổi tuyên truyền miệng. Đoàn phường tổ chức 12 buổi sinh hoạt chuyên đề."
    assert _kinds(ex, text) == [("oral_propaganda_sessions", 20.0), ("other", 12.0)]


# ---- party-cell sessions: the cells may be named as the actor -------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        f"{P} cho biết các chi bộ tổ chức 230 buổi sinh hoạt theo hình thức trực tuyến.",
        f"{P} cho biết chi bộ khu phố duy trì 48 cuộc sinh hoạt định kỳ.",
        f"{P} cho biết đã có 310 buổi sinh hoạt chi bộ thảo luận dự thảo văn kiện.",
    ],
)
def test_party_cell_sessions(ex: Extractor, sentence: str) -> None:
    assert [f[3] for f in facts(ex, sentence)] == ["party_cell_discussions"]


# ---- an as-of date dates stocks, not the counts of another clause ---------------------------
def test_an_as_of_opening_does_not_date_a_count_in_another_clause(ex: Extractor) -> None:
    text = (
        "Ngày 20/12/2022, Quận ủy Tân Phú tổng kết công tác tuyên giáo năm 2022.\n\n"
        "Tính đến ngày 30/11/2022, quận có 30 cộng tác viên dư luận xã hội; trong năm, lực lượng này "
        "gửi 22 báo cáo dư luận xã hội. Các nhóm Zalo đăng 1.200 tin, bài."
    )
    got = [(f[1], f[2], f[3], f[4]) for f in facts(ex, text)]
    assert got == [
        ("2022-11-30", "2022-11-30", "opinion_collaborators", 30.0),
        ("2022-01-01", "2022-12-31", "opinion_reports", 22.0),
        ("2022-01-01", "2022-12-31", "news_items", 1200.0),
    ]


# ---- an inferred document date may be the last day of a range -----------------------------
def test_the_last_day_of_a_range_dates_an_undated_report(ex: Extractor) -> None:
    text = (
        "Quận Tân Phú: tháng 10/2022, tuyên truyền sâu rộng\n\n"
        "Đợt sinh hoạt chính trị diễn ra từ ngày 3/10/2022 đến ngày 25/10/2022. Quận hiện có 40 nhóm Zalo."
    )
    res = ex.extract(text, doc_id="t")
    assert (str(res.doc_date), res.doc_date_source) == ("2022-10-25", "inferred")
    got = [(o.period_start, o.indicator, o.value) for o in res.observations]
    assert ("2022-10-25", "chat_groups", 40.0) in got


# ---- "một" in someone's words is the article "a" -----------------------------------------
def test_mot_in_a_quotation_is_no_count(ex: Extractor) -> None:
    text = (
        f"{P} tổ chức 15 buổi tuyên truyền miệng. “Chỉ cần một bài viết ngắn đăng lên nhóm là bà con "
        "biết ngay”, chị Lan, tổ trưởng tổ dân phố, chia sẻ."
    )
    assert _kinds(ex, text) == [("oral_propaganda_sessions", 15.0)]


def test_mot_outside_quotations_still_counts(ex: Extractor) -> None:
    assert _kinds(ex, f"{P} triển khai một đợt sinh hoạt chính trị chuyên đề.") == [
        ("political_campaigns", 1.0)
    ]
