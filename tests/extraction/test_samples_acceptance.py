"""Acceptance facts over the five real sample reports (issue 3)."""

from __future__ import annotations

import re

import pytest
from extraction_helpers import SAMPLES

from orchestration.extraction import Extractor, Observation


def _obs(ex: Extractor, prefix: str) -> tuple[str, list[Observation]]:
    path = next(SAMPLES.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, ex.extract(text, doc_id=path.stem).observations


def _find(obs: list[Observation], **kw: object) -> list[Observation]:
    return [o for o in obs if all(getattr(o, k) == v for k, v in kw.items())]


def test_quan6_2018(ex: Extractor) -> None:
    _, obs = _obs(ex, "003")
    q6 = {"unit_name": "Quận 6", "unit_code": "775", "period_start": "2018-01-01", "period_end": "2018-12-31"}
    expected = [
        ("study_sessions", 164, "all"), ("study_attendance", 20012, "party_members"),
        ("study_attendance", 11499, "masses"), ("party_cell_discussions", 520, "all"),
        ("training_classes", 273, "all"), ("trainees", 25541, "all"), ("contest_entries", 402, "all"),
    ]
    for indicator, value, audience in expected:
        got = _find(obs, indicator=indicator, value=float(value), **q6)
        assert len(got) == 1, (indicator, value)
        assert got[0].audience == audience and got[0].qualifier == "exact"


def test_quan8_2018_documents(ex: Extractor) -> None:
    _, obs = _obs(ex, "003")
    got = _find(obs, unit_name="Quận 8", indicator="documents_issued", value=45.0)
    assert len(got) == 1 and got[0].period_start == "2018-01-01" and got[0].period_end == "2018-12-31"


def test_quan1_mid2019_stocks(ex: Extractor) -> None:
    _, obs = _obs(ex, "000")
    web = _find(obs, unit_name="Quận 1", indicator="websites", value=90.0)
    pages = _find(obs, unit_name="Quận 1", indicator="social_pages", value=50.0)
    assert len(web) == 1 and len(pages) == 1
    assert web[0].qualifier == pages[0].qualifier == "approx"
    # "hiện có": an instant at the document date (dateline "Ngày 3/7/2019")
    assert web[0].period_start == web[0].period_end == "2019-07-03"
    assert web[0].doc_date == "2019-07-03" and web[0].doc_date_source == "text"


def test_quan1_2024_commendations(ex: Extractor) -> None:
    _, obs = _obs(ex, "002")
    q1 = {"unit_name": "Quận 1", "period_start": "2024-01-01", "period_end": "2024-12-31"}
    got = [(o.indicator, o.value) for o in obs if all(getattr(o, k) == v for k, v in q1.items())]
    assert got == [("commended_collectives", 8.0), ("commended_individuals", 4.0),
                   ("commended_collectives", 6.0), ("commended_individuals", 8.0)]


def test_binh_thanh_h1_2024_campaigns(ex: Extractor) -> None:
    _, obs = _obs(ex, "001")
    got = _find(obs, unit_name="Quận Bình Thạnh", indicator="political_campaigns", value=2.0)
    assert len(got) == 1 and (got[0].period_start, got[0].period_end) == ("2024-01-01", "2024-06-30")


def test_hanoi_2021(ex: Extractor) -> None:
    _, obs = _obs(ex, "004")
    news = _find(obs, unit_name="Thành phố Hà Nội", indicator="news_items", value=147000.0)
    assert len(news) == 1 and news[0].qualifier == "at_least"
    assert news[0].period_start == "2021-04-27"
    assert news[0].doc_date_source == "inferred"
    hm = _find(obs, unit_name="Quận Hoàng Mai", indicator="other")
    assert {248.0, 540.0} <= {o.value for o in hm}
    # "Ông Hà Đông, Trưởng ban Tuyên giáo Liên đoàn Lao động TP" is a person, the body is the city
    zalo = _find(obs, indicator="chat_groups", value=1000.0)
    assert len(zalo) == 1 and zalo[0].unit_name == "Thành phố Hà Nội" and zalo[0].qualifier == "at_least"


@pytest.mark.parametrize("prefix, trap", [
    ("000", "3/7/2019"), ("000", "05-CT/TW"), ("000", "Kế hoạch 138"), ("000", "50 năm"),
    ("003", "khóa XII"), ("003", "Kế hoạch 138"), ("003", "50 năm"),
    ("001", "Ban chỉ đạo 35"), ("004", "Ban Chỉ đạo 35"), ("002", "Cụm thi đua 1"),
    ("004", "Tổng đài 1022"), ("004", "10 ngày"), ("004", "Chỉ thị 22"), ("004", "1/10 số ca"),
])
def test_traps_are_never_values(ex: Extractor, prefix: str, trap: str) -> None:
    text, obs = _obs(ex, prefix)
    spans = [m.span() for m in re.finditer(re.escape(trap), text)]
    assert spans, trap
    for o in obs:
        assert not any(o.char_start < b and a < o.char_end for a, b in spans), (trap, o.value)


def test_every_sample_sentence_and_offsets_agree(ex: Extractor) -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for o in ex.extract(text, doc_id=path.stem).observations:
            assert o.sentence in text
            assert text.index(o.sentence) <= o.char_start < o.char_end <= text.index(o.sentence) + len(o.sentence)
