"""Org units: aliases, sections, city bodies, wards after 2025 (docs/LABELING.md "Unit")."""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor


@pytest.mark.parametrize("alias", ["Quận 1", "quận 1", "Q.1", "Q1", "quận Nhất"])
def test_district_aliases(ex: Extractor, alias: str) -> None:
    got = facts(ex, f"Năm 2019, Ban Tuyên giáo {alias} tổ chức 12 buổi tuyên truyền miệng.")
    assert [(f[0]) for f in got] == ["Quận 1"]
    assert ex.extract(f"Năm 2019, {alias} tổ chức 12 buổi tuyên truyền miệng.", doc_id="x"
                      ).observations[0].unit_code == "760"


@pytest.mark.parametrize("alias", ["TP.HCM", "TPHCM", "Sài Gòn", "Thành phố Hồ Chí Minh"])
def test_city_aliases(ex: Extractor, alias: str) -> None:
    got = facts(ex, f"Năm 2022, {alias} tổ chức 14 hội nghị báo cáo viên.")
    assert [f[0] for f in got] == ["Thành phố Hồ Chí Minh"]


def test_city_bodies_are_the_province(ex: Extractor) -> None:
    text = ("Hội nghị tổng kết công tác tuyên giáo năm 2022 của Quận 3.\n\n"
            "Ban Tuyên giáo Thành ủy TPHCM tổ chức 14 hội nghị báo cáo viên. "
            "Thành Đoàn triển khai 3 đợt sinh hoạt chính trị. Quận 3 tổ chức 20 buổi tuyên truyền miệng.")
    got = [(f[0], f[4]) for f in facts(ex, text)]
    assert got == [("Thành phố Hồ Chí Minh", 14.0), ("Thành phố Hồ Chí Minh", 3.0), ("Quận 3", 20.0)]


def test_sections_per_district(ex: Extractor) -> None:
    text = ("Tuyên giáo các quận năm 2018\n\nQuận 6: Nâng cao chất lượng\n\nNăm 2018, Ban Tuyên giáo quận "
            "tổ chức 164 lớp học tập, quán triệt.\n\nQuận 8: Đổi mới\n\nBan đã tham mưu ban hành 45 văn bản "
            "lãnh đạo, chỉ đạo.")
    got = [(f[0], f[1], f[4]) for f in facts(ex, text)]
    assert got == [("Quận 6", "2018-01-01", 164.0), ("Quận 8", "2018-01-01", 45.0)]


def test_anaphoric_quan_refers_to_the_last_named_district(ex: Extractor) -> None:
    text = ("Năm 2021, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị. Đại diện Quận ủy Hoàng Mai phát biểu.\n"
            "Cùng với đó, Ban Tuyên giáo quận đã vận động người dân lập 248 tổ tự quản.")
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("Quận Hoàng Mai", "other", 248.0)]


def test_person_named_like_a_district_is_not_a_unit(ex: Extractor) -> None:
    text = ("Năm 2021, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị. Ông Hà Đông, Trưởng ban Tuyên giáo "
            "Liên đoàn Lao động TP cho biết các cấp Công đoàn đã thành lập trên 1 nghìn nhóm Zalo.")
    got = [(f[0], f[3], f[5]) for f in facts(ex, text)]
    assert got == [("Thành phố Hà Nội", "chat_groups", "at_least")]


def test_thu_duc_before_and_after_2021(ex: Extractor) -> None:
    before = facts(ex, "Năm 2019, Quận ủy Quận Thủ Đức tổ chức 12 buổi tuyên truyền miệng.")
    after = facts(ex, "Năm 2022, Thành ủy Thủ Đức tổ chức 12 buổi tuyên truyền miệng.")
    assert before[0][0] == "Quận Thủ Đức" and after[0][0] == "Thành phố Thủ Đức"


def test_wards_after_the_2025_reform(ex: Extractor) -> None:
    text = ("Ngày 12/8/2025, Đảng ủy phường Sài Gòn tổ chức giao ban.\n\n"
            "Từ ngày 1/7 đến nay, Đảng ủy phường đã tổ chức 9 hội nghị học tập, quán triệt nghị quyết.")
    res = ex.extract(text, doc_id="w")
    o = res.observations[0]
    assert (o.unit_name, o.unit_level, o.province_name) == ("Phường Sài Gòn", "ward", "Thành phố Hồ Chí Minh")
    assert (o.period_start, o.period_end) == ("2025-07-01", "2025-08-12")


def test_ward_missing_from_the_seed_has_no_code(ex: Extractor) -> None:
    text = ("Ngày 5/9/2025, Đảng ủy phường Hoa Sen Mới (TP.HCM) tổ chức 7 buổi tuyên truyền miệng "
            "trong tháng 8/2025.")
    o = ex.extract(text, doc_id="w").observations[0]
    assert (o.unit_name, o.unit_code, o.unit_level, o.province_name) == (
        "Phường Hoa Sen Mới", None, "ward", "Thành phố Hồ Chí Minh")
    alone = ex.extract(text.replace(" (TP.HCM)", ""), doc_id="w").observations[0]
    assert (alone.unit_name, alone.province_name) == ("Phường Hoa Sen Mới", None)


def test_numbers_naming_places_are_traps(ex: Extractor) -> None:
    text = "Năm 2018, phường 5 và Quận 6 cùng Cụm thi đua 1 tổ chức hội nghị tại số 12 đường Hùng Vương."
    res = ex.extract(text, doc_id="t")
    assert res.observations == []
    assert {u.reason for u in res.unclassified} >= {"named_body"}


def test_article_unit_is_the_actor_not_a_title_or_a_place(ex: Extractor) -> None:
    city = ("Ngày 12/1/2024, Ban Tuyên giáo Thành ủy TP.HCM tổ chức hội nghị tại Quận 1.\n\n"
            "Năm 2023, Ban đã tổ chức 14 hội nghị báo cáo viên.")
    assert [f[0] for f in facts(ex, city)] == ["Thành phố Hồ Chí Minh"]
    district = ("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Quận 1 phát biểu (Thanhuytphcm.vn) - "
                "Ngày 9/1, Quận ủy Quận 1 tổ chức hội nghị tổng kết năm 2024.\n\n"
                "Dịp này, Ban Thường vụ khen thưởng 8 tập thể.")
    assert [f[0] for f in facts(ex, district)] == ["Quận 1"]


def test_city_bodies_of_a_district_level_city(ex: Extractor) -> None:
    text = ("Ngày 6/10/2021, Thành ủy Thủ Đức tổng kết công tác tuyên giáo quý III năm 2021.\n\n"
            "Thành ủy đã tổ chức 12 hội nghị báo cáo viên. Hiện Thành phố có 35 trang thông tin điện tử.")
    assert [(f[0], f[4]) for f in facts(ex, text)] == [("Thành phố Thủ Đức", 12.0), ("Thành phố Thủ Đức", 35.0)]
    hanoi = "Ngày 4/7/2025, Ban Tuyên giáo Thành ủy Hà Nội tổng kết.\n\nHiện Thành phố có 1.650 cộng tác viên."
    assert [f[0] for f in facts(ex, hanoi)] == ["Thành phố Hà Nội"]


def test_a_place_that_is_a_ward_only_after_2025_does_not_set_the_province(ex: Extractor) -> None:
    text = ("Năm 2019, đoàn công tác tỉnh Bình Dương làm việc với Quận ủy Đống Đa.\n\n"
            "Ban Tuyên giáo Thành ủy tổ chức 14 hội nghị báo cáo viên.")
    assert [f[0] for f in facts(ex, text)] == ["Thành phố Hà Nội"]


def test_a_district_after_yeu_cau_or_nhu_cau_is_an_anaphora(ex: Extractor) -> None:
    # "cầu" ends "yêu cầu", "nhu cầu": the district after them is the one talked about; only
    # "điểm cầu quận" (the level of the sites linked) names none
    for text, n in (
        ("Thành ủy yêu cầu quận rà soát các lớp học.", 1),
        ("Theo yêu cầu quận, các phường báo cáo.", 1),
        ("Đáp ứng nhu cầu quận, Ban mở thêm lớp.", 1),
        ("Hội nghị trực tuyến tới 20 điểm cầu quận, huyện.", 0),
    ):
        got = [m for m in ex.units.find(text) if m.kind == "district_anaphora"]
        assert len(got) == n, text
