"""The matching rules of `dwh eval` (docs/LABELING.md, end)."""

from __future__ import annotations

from orchestration.extraction.evaluate import score

BASE = {"doc_id": "d", "unit_name": "Quận 1", "unit_code": "760", "period_start": "2019-01-01",
        "period_end": "2019-12-31", "indicator": "news_items", "value": 10, "qualifier": "exact",
        "audience": "all"}


def _fact(**kw: object) -> dict:
    return {"type": "fact", **BASE, **kw}


def _pred(**kw: object) -> dict:
    return {**BASE, "char_start": 0, "char_end": 2, **kw}


def test_exact_match_counts_everywhere() -> None:
    rep = score([_fact()], {"d": [_pred()]})
    assert (rep.detection.tp, rep.typed.tp, rep.qualifier_correct) == (1, 1, 1)


def test_wrong_indicator_is_detected_but_not_typed() -> None:
    rep = score([_fact()], {"d": [_pred(indicator="other")]})
    assert (rep.detection.tp, rep.typed.tp, rep.typed.fp, rep.typed.fn) == (1, 0, 1, 1)


def test_unit_by_code_when_both_have_one_else_by_name() -> None:
    assert score([_fact()], {"d": [_pred(unit_name="Q1")]}).detection.tp == 1
    assert score([_fact(unit_code=None)], {"d": [_pred(unit_code=None, unit_name="quận 1")]}).detection.tp == 1
    assert score([_fact()], {"d": [_pred(unit_code="775")]}).detection.tp == 0


def test_period_and_value_tolerance() -> None:
    assert score([_fact(value=97.55)], {"d": [_pred(value=97.55 + 1e-9)]}).detection.tp == 1
    assert score([_fact()], {"d": [_pred(value=10.1)]}).detection.tp == 0
    assert score([_fact()], {"d": [_pred(period_end="2019-06-30")]}).detection.tp == 0


def test_matching_is_one_to_one() -> None:
    rep = score([_fact()], {"d": [_pred(), _pred()]})
    assert (rep.detection.tp, rep.detection.fp) == (1, 1)


def test_qualifier_accuracy_over_typed_matches() -> None:
    rep = score([_fact(), _fact(value=20)], {"d": [_pred(qualifier="approx"), _pred(value=20)]})
    assert (rep.qualifier_correct, rep.qualifier_total) == (1, 2)


def test_trap_hit_needs_value_and_overlap() -> None:
    text = "Theo Kế hoạch 138 quận làm 138 việc"
    trap = {"type": "trap", "doc_id": "d", "text": "Kế hoạch 138", "value": 138}
    inside = _pred(value=138, char_start=text.index("138"), char_end=text.index("138") + 3)
    outside = _pred(value=138, char_start=text.rindex("138"), char_end=text.rindex("138") + 3)
    assert score([trap], {"d": [inside]}, {"d": text}).trap_hits == 1
    assert score([trap], {"d": [outside]}, {"d": text}).trap_hits == 0


def test_trap_text_is_not_read_inside_a_longer_number() -> None:
    # a heading number "4" is a trap; the "4" of "04 lớp", of "2024" and of "1.426" is not it
    text = "4. Kết quả năm 2024\n- Mở 04 lớp với 1.426 lượt; riêng 4 lớp cho đảng viên mới"
    trap = {"type": "trap", "doc_id": "d", "text": "4", "value": 4}

    def at(s: str, start: int) -> dict:
        return _pred(value=4, char_start=start, char_end=start + len(s))

    for s in ("04", "2024", "1.426"):
        assert score([trap], {"d": [at(s, text.index(s))]}, {"d": text}).trap_hits == 0, s
    assert score([trap], {"d": [at("4", 0)]}, {"d": text}).trap_hits == 1
    assert score([trap], {"d": [at("4", text.index("riêng 4") + 6)]}, {"d": text}).trap_hits == 1
    # a trap written with words around its number still stands at its own number's bounds
    plan = {"type": "trap", "doc_id": "d", "text": "Kế hoạch 138", "value": 138}
    longer = "Theo Kế hoạch 1389, quận làm 138 việc"
    inside = _pred(value=138, char_start=longer.index("138"), char_end=longer.index("138") + 3)
    assert score([plan], {"d": [inside]}, {"d": longer}).trap_hits == 0


def test_trap_text_standing_in_a_facts_evidence_is_that_facts() -> None:
    # the heading "2." is a trap; the "2" of the fact "duy trì 2 trang fanpage" is the fact's
    text = "2. Công tác báo chí\nQuận duy trì 2 trang fanpage và 14 nhóm Zalo."
    trap = {"type": "trap", "doc_id": "d", "text": "2", "value": 2}
    fact = _fact(value=2, indicator="social_pages", evidence="duy trì 2 trang fanpage")
    at_fact = _pred(value=2, indicator="social_pages", char_start=text.index("duy trì 2") + 8,
                    char_end=text.index("duy trì 2") + 9)
    at_heading = _pred(value=2, indicator="social_pages", char_start=0, char_end=1)
    assert score([trap, fact], {"d": [at_fact]}, {"d": text}).trap_hits == 0
    assert score([trap, fact], {"d": [at_heading]}, {"d": text}).trap_hits == 1
    # without the fact (or with a fact of another value) every stand-alone "2" is the trap's
    assert score([trap], {"d": [at_fact]}, {"d": text}).trap_hits == 1
    other = _fact(value=14, indicator="chat_groups", evidence="duy trì 2 trang fanpage và 14 nhóm")
    assert score([trap, other], {"d": [at_fact]}, {"d": text}).trap_hits == 1
