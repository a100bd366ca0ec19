"""Well-formedness of the labeled evaluation set (tests/eval/<split>/gold.jsonl for every split
in SPLITS: dev and the holdout sets), and that every set is registered everywhere it must be.

Pure stdlib on purpose: the set must stay checkable without the extractor (which is written
independently of the labels). See docs/LABELING.md for the rules and tests/eval/README.md.
"""

from __future__ import annotations

import ast
import csv
import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "eval"
SPLITS = ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
          "holdout7", "holdout8", "holdout9", "holdout10", "holdout11",
          "holdout12", "holdout13", "holdout14", "holdout15",
          "holdout16", "holdout17", "holdout18", "holdout19", "holdout20",
          "holdout21", "holdout22", "holdout23", "holdout24", "holdout25",
          "holdout26", "holdout27", "holdout28", "holdout29", "holdout30",
          "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43",
          "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59",
          "holdout61", "holdout62", "holdout63",
          "holdout60", "holdout64")
SEEDS = ROOT / "dbt_project" / "seeds"
QUALIFIERS = {"exact", "approx", "at_least", "at_most"}
AUDIENCES = {"party_members", "masses", "all"}
UNIT_LEVELS = {"province", "district", "ward"}
DATE_SOURCES = {"text", "sidecar", "inferred", None}
FACT_KEYS = {"type", "doc_id", "unit_name", "unit_code", "unit_level", "province_name",
             "period_start", "period_end", "indicator", "value", "qualifier", "audience",
             "evidence"}
NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
NUMBER_WORD = re.compile(r"\b(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|trăm|hàng)\b",
                         re.IGNORECASE)


def _is_nfc(s: str) -> bool:
    return unicodedata.normalize("NFC", s) == s


def _load(split: str) -> list[dict]:
    path = EVAL / split / "gold.jsonl"
    text = path.read_text(encoding="utf-8")
    assert _is_nfc(text), f"{path}: not NFC"
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                pytest.fail(f"{path}:{n}: invalid JSON ({e})")
    return records


def _report(split: str, doc_id: str) -> str:
    return (EVAL / split / "reports" / f"{doc_id}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def indicator_codes() -> set[str]:
    with (SEEDS / "indicators.csv").open(encoding="utf-8") as f:
        return {r["code"] for r in csv.DictReader(f)}


@pytest.fixture(scope="module")
def org_units() -> dict[str, list[dict[str, str]]]:
    """unit_name -> its rows (names are the stable key; codes are reused, e.g. 769)."""
    with (SEEDS / "org_units.csv").open(encoding="utf-8") as f:
        out: dict[str, list[dict[str, str]]] = {}
        for r in csv.DictReader(f):
            out.setdefault(r["unit_name"], []).append(r)
        return out


@pytest.mark.parametrize("split", SPLITS)
def test_every_doc_has_a_report_and_every_report_is_labeled(split: str) -> None:
    records = _load(split)
    reports = {p.stem for p in (EVAL / split / "reports").glob("*.txt")}
    referenced = {r["doc_id"] for r in records}
    docs = [r["doc_id"] for r in records if r["type"] == "doc"]
    assert len(docs) == len(set(docs)), f"{split}: duplicate doc records"
    assert referenced - reports == set(), f"{split}: gold names docs without a report"
    assert reports - set(docs) == set(), f"{split}: reports without a doc record"
    assert {r["type"] for r in records} <= {"doc", "fact", "trap"}
    for doc_id in reports:
        assert _is_nfc(_report(split, doc_id)), f"{split}/reports/{doc_id}.txt: not NFC"


@pytest.mark.parametrize("split", SPLITS)
def test_facts_are_well_formed(split: str, indicator_codes: set[str],
                               org_units: dict[str, list[dict[str, str]]]) -> None:
    for r in (r for r in _load(split) if r["type"] == "fact"):
        where = f"{split}/{r['doc_id']}: {r.get('evidence')!r}"
        assert set(r) == FACT_KEYS, f"{where}: keys {sorted(set(r) ^ FACT_KEYS)}"
        assert r["evidence"] in _report(split, r["doc_id"]), f"{where}: evidence not in report"
        assert NUMBER.search(r["evidence"]) or NUMBER_WORD.search(r["evidence"]), (
            f"{where}: evidence holds no number")
        assert r["indicator"] in indicator_codes, f"{where}: indicator {r['indicator']}"
        assert r["qualifier"] in QUALIFIERS, f"{where}: qualifier {r['qualifier']}"
        assert r["audience"] in AUDIENCES, f"{where}: audience {r['audience']}"
        assert r["unit_level"] in UNIT_LEVELS, f"{where}: unit_level {r['unit_level']}"
        assert isinstance(r["value"], (int, float)) and r["value"] >= 0, f"{where}: value"
        start, end = date.fromisoformat(r["period_start"]), date.fromisoformat(r["period_end"])
        assert start <= end, f"{where}: period_start > period_end"
        if r["indicator"] == "study_participation_rate":
            assert 0 < r["value"] <= 100, f"{where}: rate outside 0..100"
        if r["audience"] != "all":
            assert r["indicator"] in {"study_attendance", "propaganda_audience"}, (
                f"{where}: only attendance/audience counts are split by audience")
        rows = org_units.get(r["unit_name"], [])
        if r["unit_code"] is None:
            assert r["unit_level"] == "ward" and not rows, (
                f"{where}: unit without code must be a ward missing from org_units.csv")
        else:
            match = [u for u in rows if u["unit_code"] == r["unit_code"]]
            assert match, f"{where}: {r['unit_name']}/{r['unit_code']} not in org_units.csv"
            u = match[0]
            assert (u["unit_level"], u["province_name"]) == (r["unit_level"],
                                                             r["province_name"]), where
            valid_to = date.fromisoformat(u["valid_to"]) if u["valid_to"] else date.max
            assert date.fromisoformat(u["valid_from"]) <= end and start <= valid_to, (
                f"{where}: period outside the unit's validity")


@pytest.mark.parametrize("split", SPLITS)
def test_traps_are_in_their_reports(split: str) -> None:
    for r in (r for r in _load(split) if r["type"] == "trap"):
        assert set(r) == {"type", "doc_id", "text", "value"}, r
        assert r["text"] and r["text"] in _report(split, r["doc_id"]), (
            f"{split}/{r['doc_id']}: trap text {r['text']!r} not in report")
        assert isinstance(r["value"], (int, float)), r


@pytest.mark.parametrize("split", SPLITS)
def test_doc_dates_and_sidecars(split: str) -> None:
    reports = EVAL / split / "reports"
    for r in (r for r in _load(split) if r["type"] == "doc"):
        where = f"{split}/{r['doc_id']}"
        assert r["doc_date_source"] in DATE_SOURCES, where
        sidecar = reports / f"{r['doc_id']}.meta.json"
        if r["doc_date"] is not None:
            date.fromisoformat(r["doc_date"])
        if r["doc_date_source"] == "sidecar":
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            assert meta["date"] == r["doc_date"], f"{where}: sidecar date differs"
    for meta in reports.glob("*.meta.json"):
        date.fromisoformat(json.loads(meta.read_text(encoding="utf-8"))["date"])


@pytest.mark.parametrize("split", SPLITS)
def test_every_number_in_a_report_is_labeled(split: str) -> None:
    """LABELING.md: a number is either a fact or a trap; none may be left unlabeled."""
    spans: dict[str, list[str]] = {}
    for r in _load(split):
        if r["type"] in ("fact", "trap"):
            spans.setdefault(r["doc_id"], []).append(r.get("evidence") or r["text"])
    for doc_id in sorted({p.stem for p in (EVAL / split / "reports").glob("*.txt")}):
        text = _report(split, doc_id)
        covered = [False] * len(text)
        for s in spans.get(doc_id, []):
            i = text.find(s)
            while i >= 0:
                covered[i:i + len(s)] = [True] * len(s)
                i = text.find(s, i + 1)
        missing = [m.group(0) for m in NUMBER.finditer(text)
                   if not all(covered[m.start():m.end()])]
        assert not missing, f"{split}/{doc_id}: numbers neither fact nor trap: {missing}"


def _dict_keys(path: Path, *names: str) -> set[str]:
    """The keys of the dict literals assigned to `names` at the top of a module (read, not run:
    the module may import the extractor)."""
    keys: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = (node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1
                  else node.target if isinstance(node, ast.AnnAssign) else None)
        if isinstance(target, ast.Name) and target.id in names and isinstance(node.value, ast.Dict):
            keys |= {ast.literal_eval(k) for k in node.value.keys if k is not None}
    return keys


def _own_test_splits(path: Path) -> set[str]:
    """The splits a module scores in a test of their own (`EVAL_DIR / "holdout2" / ...`)."""
    return {node.right.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div)
            and isinstance(node.left, ast.Name) and node.left.id == "EVAL_DIR"
            and isinstance(node.right, ast.Constant) and isinstance(node.right.value, str)}


def test_every_holdout_set_is_registered_with_its_floors() -> None:
    """A holdout set (a directory of tests/eval with a `_src`) is in SPLITS (validated here), in
    build_gold.py's SOURCES (built) and has floors in tests/extraction/test_eval_targets.py
    (HOLDOUT_FLOORS = TUNED_FLOORS | UNSEEN_FLOORS, or a test of its own for the first ten), so a
    set cannot be added without its floors. The directories are listed, not read."""
    on_disk = {p.name for p in EVAL.iterdir() if (p / "_src").is_dir()}
    splits = set(SPLITS) - {"dev"}
    sources = _dict_keys(EVAL / "build_gold.py", "SOURCES") - {"dev"}
    targets = ROOT / "tests" / "extraction" / "test_eval_targets.py"
    floors = _dict_keys(targets, "TUNED_FLOORS", "UNSEEN_FLOORS")
    own = _own_test_splits(targets) - {"dev"}
    assert len(SPLITS) == len(set(SPLITS)), "a split twice in SPLITS"
    assert not floors & own, f"floors given twice: {sorted(floors & own)}"
    assert splits == on_disk, f"SPLITS vs tests/eval: {sorted(splits ^ on_disk)}"
    assert sources == on_disk, f"build_gold.py SOURCES vs tests/eval: {sorted(sources ^ on_disk)}"
    assert floors | own == on_disk, (
        f"test_eval_targets floors vs tests/eval: {sorted((floors | own) ^ on_disk)}")
