"""Fast checks of the benchmark corpus generator (bench/generate_corpus.py)."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from bench.generate_corpus import apply_edits, generate, write_corpus
from bench.vi_numbers import find_numbers, format_vi, words_vi

N = 80


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs, _ = generate(N, seed=7)
    out = tmp_path_factory.mktemp("gen") / "corpus"
    write_corpus(docs, out)
    return out


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def _gold(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()]


def test_same_seed_same_bytes(corpus: Path, tmp_path: Path) -> None:
    again, _ = generate(N, seed=7)
    write_corpus(again, tmp_path / "again")
    assert _digest(tmp_path / "again") == _digest(corpus)


def test_other_seed_other_corpus(corpus: Path, tmp_path: Path) -> None:
    other, _ = generate(N, seed=8)
    write_corpus(other, tmp_path / "other")
    assert _digest(tmp_path / "other") != _digest(corpus)


def test_documents_are_nfc_and_distinct(corpus: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "reports").glob("*.txt"))]
    assert len(texts) == N
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert len(set(texts)) == N
    assert unicodedata.is_normalized("NFC", (corpus / "gold.jsonl").read_text(encoding="utf-8"))


def test_every_fact_value_is_written_in_its_document(corpus: Path) -> None:
    facts = [r for r in _gold(corpus) if r["type"] == "fact"]
    assert facts
    for f in facts:
        text = (corpus / "reports" / f"{f['doc_id']}.txt").read_text(encoding="utf-8")
        assert f["evidence"] in text, f
        values = [t.value for t in find_numbers(f["evidence"])]
        assert any(abs(v - f["value"]) <= 1e-6 * max(1.0, abs(v)) for v in values), f


def test_units_follow_the_2025_reform(corpus: Path) -> None:
    records = _gold(corpus)
    doc_date = {r["doc_id"]: r["doc_date"] for r in records if r["type"] == "doc"}
    for f in (r for r in records if r["type"] == "fact"):
        d = doc_date[f["doc_id"]] or f["period_end"]
        if f["unit_level"] == "district":
            assert d < "2025-07-01", f
        if f["unit_level"] == "ward":
            assert d >= "2025-07-01", f


def test_traps_are_in_their_document(corpus: Path) -> None:
    for t in (r for r in _gold(corpus) if r["type"] == "trap"):
        assert t["text"] in (corpus / "reports" / f"{t['doc_id']}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("value", "decimals", "pad", "text"), [
    (20012, 0, 0, "20.012"), (97.5, 1, 0, "97,5"), (2, 0, 2, "02"), (1046, 0, 0, "1.046"),
    (3.5, 1, 0, "3,5"), (1234567.25, 2, 0, "1.234.567,25"),
])
def test_vietnamese_number_format(value: float, decimals: int, pad: int, text: str) -> None:
    assert format_vi(value, decimals, pad) == text


def test_number_words_round_trip() -> None:
    for n in range(1, 1000):
        tokens = find_numbers(f"có {words_vi(n)} buổi")
        assert [t.value for t in tokens] == [n], words_vi(n)


def test_apply_edits_maps_offsets() -> None:
    text = "tổ chức 164 lớp với 20.012 lượt"
    new, mapper = apply_edits(text, [(8, 11, "9"), (20, 26, "1.234.567")])
    assert new == "tổ chức 9 lớp với 1.234.567 lượt"
    assert new[mapper(4, True):mapper(15, False)] == text[4:15].replace("164", "9")
    assert new[mapper(9, True):mapper(10, False)] == "9"  # inside an edit: snaps to the whole edit
