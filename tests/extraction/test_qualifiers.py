"""Qualifiers right before the number (docs/LABELING.md)."""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor


@pytest.mark.parametrize("word, qualifier", [
    ("khoảng", "approx"), ("ước", "approx"), ("ước tính", "approx"), ("chừng", "approx"),
    ("xấp xỉ", "approx"), ("gần như", "approx"), ("hơn", "at_least"), ("trên", "at_least"),
    ("ngoài", "at_least"), ("gần", "at_most"), ("dưới", "at_most"), ("chưa đến", "at_most"), ("", "exact"),
])
def test_qualifier_words(ex: Extractor, word: str, qualifier: str) -> None:
    text = f"Năm 2021, Ban Tuyên giáo Quận ủy Quận 10 đăng tải {word} 300 tin, bài trên trang thông tin."
    got = facts(ex, text.replace("  ", " "))
    assert [(f[3], f[4], f[5]) for f in got] == [("news_items", 300.0, qualifier)]


def test_tren_as_preposition_is_not_a_qualifier(ex: Extractor) -> None:
    text = ("Năm 2021, Ban Tuyên giáo Quận ủy Hoàng Mai tuyên truyền trên cổng thông tin điện tử "
            "và trên 2 trang chính danh.")
    got = facts(ex, text)
    assert [(f[3], f[4], f[5]) for f in got] == [("social_pages", 2.0, "exact")]


def test_qualifier_shared_by_a_list_joined_by_va(ex: Extractor) -> None:
    text = "Theo thống kê, Quận 1 hiện có khoảng 90 website và 50 trang cộng đồng."
    got = facts(ex, text, meta={"date": "2019-07-03"})
    assert [(f[3], f[5]) for f in got] == [("websites", "approx"), ("social_pages", "approx")]


def test_uoc_dat_percentage(ex: Extractor) -> None:
    got = facts(ex, "Năm 2022, tỷ lệ đảng viên Quận Hà Đông tham gia học tập nghị quyết ước đạt 98%.")
    assert [(f[3], f[4], f[5]) for f in got] == [("study_participation_rate", 98.0, "approx")]
