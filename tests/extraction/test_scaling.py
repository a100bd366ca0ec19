"""Work grows linearly with the text, even in one endless sentence (no quadratic scans)."""

from __future__ import annotations

import time

from orchestration.extraction import Extractor

UNIT = "Năm 2020, Quận ủy Quận 5 tổ chức 12 buổi tuyên truyền miệng trong quý I năm 2020, "


def _cpu_seconds(ex: Extractor, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        ex.extract(text, doc_id="long")
        best = min(best, time.process_time() - t)
    return best


def test_long_sentence_is_linear(ex: Extractor) -> None:
    small = _cpu_seconds(ex, UNIT * 200)
    large = _cpu_seconds(ex, UNIT * 800)
    # 4x the text: linear work takes about 4x; a quadratic scan would take about 16x
    assert large < 9 * small + 0.05, (small, large)
    assert len(ex.extract(UNIT * 800, doc_id="long").observations) == 800
