"""Scoring the extractor against a labeled set (docs/LABELING.md, "Gold file format").

Pure: reads the gold file and the reports beside it, runs an `Extractor`, and compares.
detection = same doc, unit (code when both have one, else normalised name), period start and
end, value (relative tolerance 1e-6); typed = detection + indicator; qualifier accuracy over
typed matches; a trap is hit when an observation with the trap's value overlaps the trap's
text in the report (where that text stands as written, not as the digits of a longer number).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orchestration.extraction.models import Observation

REL_TOL = 1e-6


def _norm_name(s: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "").casefold()).strip()


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b), 1e-12)


def _same_unit(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g.get("unit_code") and p.get("unit_code"):
        return str(g["unit_code"]) == str(p["unit_code"])
    return _norm_name(g.get("unit_name")) == _norm_name(p.get("unit_name"))


def _detect(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return (_same_unit(g, p) and g.get("period_start") == p.get("period_start")
            and g.get("period_end") == p.get("period_end")
            and _same_value(float(g["value"]), float(p["value"])))


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class DocReport:
    doc_id: str
    misses: list[dict[str, Any]] = field(default_factory=list)  # gold facts not detected
    false_positives: list[dict[str, Any]] = field(default_factory=list)  # predictions not detected
    wrong_indicator: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    wrong_qualifier: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    trap_hits: list[dict[str, Any]] = field(default_factory=list)
    doc_date: tuple[str | None, str | None] | None = None  # (gold, predicted) when they differ


@dataclass
class EvalReport:
    detection: PRF = field(default_factory=PRF)
    typed: PRF = field(default_factory=PRF)
    qualifier_correct: int = 0
    qualifier_total: int = 0
    traps: int = 0
    trap_hits: int = 0
    doc_dates: int = 0
    doc_dates_correct: int = 0
    docs: list[DocReport] = field(default_factory=list)

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifier_correct / self.qualifier_total if self.qualifier_total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "detection": self.detection.as_dict(),
            "typed": self.typed.as_dict(),
            "qualifier_accuracy": round(self.qualifier_accuracy, 4),
            "qualifier_total": self.qualifier_total,
            "traps": self.traps,
            "trap_hits": self.trap_hits,
            "doc_date_accuracy": round(self.doc_dates_correct / self.doc_dates, 4) if self.doc_dates else None,
            "documents": len(self.docs),
            "per_document": [
                {"doc_id": d.doc_id, "misses": d.misses, "false_positives": d.false_positives,
                 "wrong_indicator": [{"gold": g, "predicted": p} for g, p in d.wrong_indicator],
                 "wrong_qualifier": [{"gold": g, "predicted": p} for g, p in d.wrong_qualifier],
                 "trap_hits": d.trap_hits, "doc_date": d.doc_date}
                for d in self.docs
            ],
        }


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold records; a clear error names the file and line of a bad record."""
    path = Path(path)
    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(unicodedata.normalize("NFC", line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {i}: not JSON ({exc.msg})") from exc
            if not isinstance(rec, dict) or rec.get("type") not in ("fact", "trap", "doc"):
                raise ValueError(f"{path}: line {i}: expected an object with type fact|trap|doc")
            if "doc_id" not in rec:
                raise ValueError(f"{path}: line {i}: missing doc_id")
            out.append(rec)
    return out


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], typed: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index), greedy in text order."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            if gi in used or not _detect(g, p):
                continue
            if typed and g.get("indicator") != p.get("indicator"):
                continue
            used.add(gi)
            pairs.append((gi, pi))
            break
    return pairs


def _trap_spans(trap_text: str, text: str) -> list[tuple[int, int]]:
    """Where the trap's text stands in the report: its occurrences that are not part of a longer
    number (a trap "4" is not the "4" of "04 lớp", "2024" or "1.426"; a trap "Kế hoạch 138" is
    not inside "Kế hoạch 1389")."""
    pattern = re.escape(trap_text)
    if trap_text[:1].isdigit():
        pattern = r"(?<!\d)(?<!\d[.,])" + pattern
    if trap_text[-1:].isdigit():
        pattern += r"(?!\d)(?![.,]\d)"
    return [m.span() for m in re.finditer(pattern, text)]


def _not_a_facts_number(spans: list[tuple[int, int]], trap: dict[str, Any],
                        facts: list[dict[str, Any]], text: str) -> list[tuple[int, int]]:
    """The trap's occurrences that are no gold fact's own number: a heading trap "2" ("2. Công
    tác ...") also stands, as written, in the fact "duy trì 2 trang fanpage"; an observation of
    that fact is a fact, not a hit of the heading's trap. An occurrence inside the evidence of a
    fact of the same value is that fact's."""
    own: list[tuple[int, int]] = []
    for f in facts:
        ev = f.get("evidence") or ""
        if not ev or not _same_value(float(f["value"]), float(trap["value"])):
            continue
        i = text.find(ev)
        while i != -1:
            own.append((i, i + len(ev)))
            i = text.find(ev, i + 1)
    if not own:
        return spans
    return [(a, b) for a, b in spans if not any(x <= a and b <= y for x, y in own)]


def score(gold: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]],
          texts: dict[str, str] | None = None,
          doc_dates: dict[str, tuple[str | None, str | None]] | None = None) -> EvalReport:
    """Compare predictions (doc_id -> observation dicts) with the gold records."""
    rep = EvalReport()
    doc_ids = list(dict.fromkeys(r["doc_id"] for r in gold))
    for doc_id in doc_ids:
        facts = [r for r in gold if r["doc_id"] == doc_id and r["type"] == "fact"]
        traps = [r for r in gold if r["doc_id"] == doc_id and r["type"] == "trap"]
        docs = [r for r in gold if r["doc_id"] == doc_id and r["type"] == "doc"]
        pred = predictions.get(doc_id, [])
        dr = DocReport(doc_id)
        det = _match(facts, pred, typed=False)
        typ = _match(facts, pred, typed=True)
        rep.detection.tp += len(det)
        rep.detection.fp += len(pred) - len(det)
        rep.detection.fn += len(facts) - len(det)
        rep.typed.tp += len(typ)
        rep.typed.fp += len(pred) - len(typ)
        rep.typed.fn += len(facts) - len(typ)
        det_g = {g for g, _ in det}
        det_p = {p for _, p in det}
        typ_g = {g for g, _ in typ}
        dr.misses = [facts[i] for i in range(len(facts)) if i not in det_g]
        dr.false_positives = [pred[i] for i in range(len(pred)) if i not in det_p]
        dr.wrong_indicator = [(facts[g], pred[p]) for g, p in det if g not in typ_g]
        for g, p in typ:
            rep.qualifier_total += 1
            if facts[g].get("qualifier") == pred[p].get("qualifier"):
                rep.qualifier_correct += 1
            else:
                dr.wrong_qualifier.append((facts[g], pred[p]))
        text = (texts or {}).get(doc_id, "")
        for t in traps:
            rep.traps += 1
            spans = _trap_spans(t["text"], text) if text else []
            if spans:
                spans = _not_a_facts_number(spans, t, facts, text)
            for p in pred:
                if not _same_value(float(t["value"]), float(p["value"])):
                    continue
                if any(p["char_start"] < b and a < p["char_end"] for a, b in spans):
                    rep.trap_hits += 1
                    dr.trap_hits.append({"trap": t, "observation": p})
                    break
        for d in docs:
            rep.doc_dates += 1
            got = (doc_dates or {}).get(doc_id, (None, None))
            if got[0] == d.get("doc_date"):
                rep.doc_dates_correct += 1
            else:
                dr.doc_date = (d.get("doc_date"), got[0])
        rep.docs.append(dr)
    return rep


def evaluate(gold_path: str | Path, extractor: Any) -> EvalReport:
    """Run `extractor` over the reports beside the gold file and score it."""
    gold_path = Path(gold_path)
    gold = load_gold(gold_path)
    reports = gold_path.parent / "reports"
    if not reports.is_dir():
        raise ValueError(f"{gold_path}: no reports/ folder beside the gold file ({reports})")
    preds: dict[str, list[dict[str, Any]]] = {}
    texts: dict[str, str] = {}
    dates: dict[str, tuple[str | None, str | None]] = {}
    for doc_id in dict.fromkeys(r["doc_id"] for r in gold):
        path = reports / f"{doc_id}.txt"
        if not path.is_file():
            raise ValueError(f"{gold_path}: report for doc_id {doc_id!r} not found: {path}")
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        meta_path = reports / f"{doc_id}.meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else None
        res = extractor.extract(text, doc_id=doc_id, metadata=meta)
        preds[doc_id] = [o.to_dict() if isinstance(o, Observation) else o for o in res.observations]
        texts[doc_id] = text
        dates[doc_id] = (res.doc_date.isoformat() if res.doc_date else None, res.doc_date_source)
    return score(gold, preds, texts, dates)
