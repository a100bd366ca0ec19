"""Shared helpers of the extraction tests (imported by name: tests/ has no packages)."""

from __future__ import annotations

from pathlib import Path

from orchestration.extraction import Extractor

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "reports" / "sample"
def facts(ex: Extractor, text: str, meta: dict | None = None, doc_id: str = "t") -> list[tuple]:
    """(unit_name, period_start, period_end, indicator, value, qualifier, audience) per fact."""
    res = ex.extract(text, doc_id=doc_id, metadata=meta)
    return [(o.unit_name, o.period_start, o.period_end, o.indicator, o.value, o.qualifier, o.audience)
            for o in res.observations]


def values(ex: Extractor, text: str, meta: dict | None = None) -> list[float]:
    return [o.value for o in ex.extract(text, doc_id="t", metadata=meta).observations]
