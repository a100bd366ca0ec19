"""Shared helpers of the extraction tests (imported by name: tests/ has no packages)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from orchestration.extraction import Extractor

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "reports" / "sample"


def facts(ex: Extractor, text: str, meta: dict | None = None, doc_id: str = "t") -> list[tuple]:
    """(unit_name, period_start, period_end, indicator, value, qualifier, audience) per fact."""
    res = ex.extract(text, doc_id=doc_id, metadata=meta)
    return [
        (o.unit_name, o.period_start, o.period_end, o.indicator, o.value, o.qualifier, o.audience)
        for o in res.observations
    ]


def values(ex: Extractor, text: str, meta: dict | None = None) -> list[float]:
    return [o.value for o in ex.extract(text, doc_id="t", metadata=meta).observations]


def headed(default_head: str) -> tuple[Callable[..., list[tuple]], Callable[..., list[tuple]]]:
    """The `_facts` and `_iv` helpers of a rule-test module whose sentences follow one head text
    (a dateline and a headline): `_facts(ex, body, head=default_head)` gives facts() of head +
    body, `_iv(ex, body, head=default_head)` the (indicator, value) of each of them."""

    def _facts(ex: Extractor, body: str, head: str = default_head) -> list[tuple]:
        return facts(ex, head + body)

    def _iv(ex: Extractor, body: str, head: str = default_head) -> list[tuple]:
        """(indicator, value) of each fact."""
        return [(f[3], f[4]) for f in _facts(ex, body, head)]

    return _facts, _iv


def headed_values(default_head: str) -> Callable[..., list[float]]:
    """`_values(ex, body, head=default_head)`: the value of each fact of head + body."""

    def _values(ex: Extractor, body: str, head: str = default_head) -> list[float]:
        return values(ex, head + body)

    return _values
