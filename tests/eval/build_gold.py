"""Build the labeled evaluation set (reports + gold.jsonl) from the label sources.

Why a builder: the reports and their labels are written together in small Python modules
(`dev_src/`, `holdout/_src/`) so that each fact is written once, next to its evidence, with the
period computed by named helpers that follow docs/LABELING.md. The builder writes the reports
verbatim (NFC), the optional `.meta.json` sidecars and `gold.jsonl`, and refuses to write a
fact whose evidence is not in its report.

Run from the project root:  .venv/bin/python tests/eval/build_gold.py dev|holdout
Re-running rewrites the same bytes (idempotent).
"""

from __future__ import annotations

import calendar
import csv
import importlib.util
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = Path(__file__).resolve().parent
ORG_UNITS = ROOT / "dbt_project" / "seeds" / "org_units.csv"
INDICATORS = ROOT / "dbt_project" / "seeds" / "indicators.csv"
PROVINCES = {"79": "Thành phố Hồ Chí Minh", "01": "Thành phố Hà Nội"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most"}
AUDIENCES = {"party_members", "masses", "all"}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _load_units() -> list[dict[str, str]]:
    with ORG_UNITS.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _load_codes() -> set[str]:
    with INDICATORS.open(encoding="utf-8") as f:
        return {r["code"] for r in csv.DictReader(f)}


UNITS = _load_units()
CODES = _load_codes()


# ---- periods (docs/LABELING.md "Period") ---------------------------------------------------
Period = tuple[str, str]


def year(y: int) -> Period:
    return (f"{y}-01-01", f"{y}-12-31")


def h1(y: int) -> Period:
    return (f"{y}-01-01", f"{y}-06-30")


def h2(y: int) -> Period:
    return (f"{y}-07-01", f"{y}-12-31")


def m9(y: int) -> Period:
    return (f"{y}-01-01", f"{y}-09-30")


def quarter(q: int, y: int) -> Period:
    first = 3 * (q - 1) + 1
    last = first + 2
    return (f"{y}-{first:02d}-01", f"{y}-{last:02d}-{calendar.monthrange(y, last)[1]:02d}")


def month(m: int, y: int) -> Period:
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def term(a: int, b: int) -> Period:
    return (f"{a}-01-01", f"{b}-12-31")


def since(start: str, end: str) -> Period:
    return (start, end)


def inst(d: str) -> Period:
    return (d, d)


def end_of(p: Period) -> Period:
    """A stock stated with a period and no 'hiện có' marker: an instant at the period's end."""
    return (p[1], p[1])


# ---- units ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Unit:
    name: str
    code: str | None
    level: str
    province: str


def U(key: str) -> Unit:
    """The canonical org_units.csv row for a unit name, or for a code used by one row only
    (codes are reused: 769 was Quận 2 until 2020 and is TP Thủ Đức from 2021)."""
    rows = [r for r in UNITS if r["unit_name"] == key] or [
        r for r in UNITS if r["unit_code"] == key]
    if len(rows) != 1:
        raise SystemExit(f"org unit {key!r} matches {len(rows)} rows of {ORG_UNITS.name}")
    r = rows[0]
    return Unit(r["unit_name"], r["unit_code"], r["unit_level"], r["province_name"])


def W(name: str, province_code: str) -> Unit:
    """A ward/commune from 2025-07-01: its org_units.csv row when the seed has it, else a
    unit with no code (LABELING.md: unit_code null, canonical-style name)."""
    rows = [r for r in UNITS if r["unit_name"] == name and r["province_code"] == province_code]
    if len(rows) == 1:
        r = rows[0]
        return Unit(r["unit_name"], r["unit_code"], r["unit_level"], r["province_name"])
    return Unit(name, None, "ward", PROVINCES[province_code])


# ---- records -------------------------------------------------------------------------------
@dataclass
class F:
    evidence: str
    value: float
    indicator: str
    q: str = "exact"
    a: str = "all"
    unit: Unit | None = None
    p: Period | None = None


@dataclass
class Doc:
    doc_id: str
    text: str
    unit: Unit | None
    period: Period | None
    doc_date: str | None
    doc_date_source: str | None
    facts: list[F] = field(default_factory=list)
    traps: list[tuple[str, float]] = field(default_factory=list)
    meta: dict | None = None  # sidecar content, written as reports/<doc_id>.meta.json
    verbatim_from: Path | None = None  # copy an existing report byte-for-byte instead of text


def _num(v: float) -> float | int:
    return int(v) if float(v).is_integer() else v


def _check(doc: Doc, text: str) -> None:
    where = f"{doc.doc_id}"
    for f in doc.facts:
        if nfc(f.evidence) not in text:
            raise SystemExit(f"{where}: evidence not in report: {f.evidence!r}")
        if f.indicator not in CODES:
            raise SystemExit(f"{where}: unknown indicator {f.indicator!r}")
        if f.q not in QUALIFIERS or f.a not in AUDIENCES:
            raise SystemExit(f"{where}: bad qualifier/audience in {f.evidence!r}")
        if (f.unit or doc.unit) is None or (f.p or doc.period) is None:
            raise SystemExit(f"{where}: fact without unit/period: {f.evidence!r}")
    for t, _ in doc.traps:
        if nfc(t) not in text:
            raise SystemExit(f"{where}: trap text not in report: {t!r}")


NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


def _parse_first(run: str) -> float:
    """What a naive parser reads from a digit run: '20.012' -> 20012, '97,5' -> 97.5,
    '27/4' -> 27."""
    head = run.split("/")[0]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", head):
        return float(head.replace(".", ""))
    return float(head.split(".")[0].replace(",", "."))


def _mention(text: str, start: int, end: int) -> str:
    """The token holding the number ('Q.10', 'F0'), or previous word + number ('năm 2016')."""
    a, b = start, end
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    token = text[a:b].rstrip(".,;:!?)\"”…").lstrip("(\"“")
    if token == text[start:end]:
        nxt = re.match(r"[ \t]+(\w+)", text[end:])
        if nxt and nxt.group(1).lower() in {"tháng", "năm", "ngày", "tuổi", "giờ"}:
            return text[start:end + nxt.end()]
        prev = text[:start].rstrip()
        w = len(prev)
        while w > 0 and not prev[w - 1].isspace():
            w -= 1
        word = prev[w:].lstrip("(\"“")
        if word and word[-1].isalpha() and "\n" not in text[w:start]:
            return text[w + (len(prev[w:]) - len(word)):end]
        return text[start:end]
    return token


def auto_traps(text: str, labeled: list[str]) -> list[tuple[str, float]]:
    """Trap records for every digit run that no fact evidence or written trap covers.

    LABELING.md: every number that is not a fact is a trap. Written traps carry the
    interesting cases; this adds the rest (mostly years, '6 tháng', unit names like 'Q.10'),
    each reviewed in the builder's printout when the set was written."""
    covered = [False] * len(text)
    for s in labeled:
        i = text.find(s)
        while i >= 0:
            covered[i:i + len(s)] = [True] * len(s)
            i = text.find(s, i + 1)
    out: list[tuple[str, float]] = []
    for m in NUMBER.finditer(text):
        if all(covered[m.start():m.end()]):
            continue
        mention = _mention(text, m.start(), m.end())
        if mention not in text:
            mention = m.group(0)
        out.append((mention, _parse_first(m.group(0))))
        i = text.find(mention)
        while i >= 0:
            covered[i:i + len(mention)] = [True] * len(mention)
            i = text.find(mention, i + 1)
    return out


def build(split: str, docs: list[Doc]) -> None:
    out = EVAL / split
    reports = out / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    seen: set[str] = set()
    for doc in docs:
        if doc.doc_id in seen:
            raise SystemExit(f"duplicate doc_id {doc.doc_id}")
        seen.add(doc.doc_id)
        if doc.verbatim_from is not None:
            raw = doc.verbatim_from.read_bytes()
            text = raw.decode("utf-8")
            if nfc(text) != text:
                raise SystemExit(f"{doc.doc_id}: sample report is not NFC")
            (reports / f"{doc.doc_id}.txt").write_bytes(raw)
        else:
            text = nfc(doc.text.strip("\n") + "\n")
            (reports / f"{doc.doc_id}.txt").write_text(text, encoding="utf-8")
        if doc.meta is not None:
            (reports / f"{doc.doc_id}.meta.json").write_text(
                json.dumps(doc.meta, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        _check(doc, text)
        extra = auto_traps(text, [nfc(f.evidence) for f in doc.facts]
                           + [nfc(t) for t, _ in doc.traps])
        if extra and "-v" in sys.argv:
            print(doc.doc_id, "auto traps:", extra)
        doc.traps = list(doc.traps) + extra
        lines.append(json.dumps({"type": "doc", "doc_id": doc.doc_id, "doc_date": doc.doc_date,
                                 "doc_date_source": doc.doc_date_source}, ensure_ascii=False))
        for f in doc.facts:
            u = f.unit or doc.unit
            p = f.p or doc.period
            assert u is not None and p is not None
            lines.append(json.dumps({
                "type": "fact", "doc_id": doc.doc_id, "unit_name": u.name, "unit_code": u.code,
                "unit_level": u.level, "province_name": u.province, "period_start": p[0],
                "period_end": p[1], "indicator": f.indicator, "value": _num(f.value),
                "qualifier": f.q, "audience": f.a, "evidence": nfc(f.evidence),
            }, ensure_ascii=False))
        for t, v in doc.traps:
            lines.append(json.dumps({"type": "trap", "doc_id": doc.doc_id, "text": nfc(t),
                                     "value": _num(v)}, ensure_ascii=False))
    (out / "gold.jsonl").write_text(nfc("\n".join(lines) + "\n"), encoding="utf-8")
    nf = sum(len(d.facts) for d in docs)
    nt = sum(len(d.traps) for d in docs)
    print(f"{split}: {len(docs)} docs, {nf} facts, {nt} traps -> {out / 'gold.jsonl'}")


def _load_sources(folder: Path) -> list[Doc]:
    docs: list[Doc] = []
    for path in sorted(folder.glob("[!_]*.py")):
        spec = importlib.util.spec_from_file_location(f"evalsrc_{path.stem}", path)
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        docs.extend(mod.DOCS)
    return docs


SOURCES = {"dev": EVAL / "dev_src", "holdout": EVAL / "holdout" / "_src",
           "holdout2": EVAL / "holdout2" / "_src", "holdout3": EVAL / "holdout3" / "_src",
           "holdout4": EVAL / "holdout4" / "_src", "holdout5": EVAL / "holdout5" / "_src",
           "holdout6": EVAL / "holdout6" / "_src",
           "holdout7": EVAL / "holdout7" / "_src",
           "holdout8": EVAL / "holdout8" / "_src",
           "holdout9": EVAL / "holdout9" / "_src",
           "holdout10": EVAL / "holdout10" / "_src",
           "holdout11": EVAL / "holdout11" / "_src",
           "holdout12": EVAL / "holdout12" / "_src",
           "holdout13": EVAL / "holdout13" / "_src",
           "holdout14": EVAL / "holdout14" / "_src",
           "holdout15": EVAL / "holdout15" / "_src",
           "holdout16": EVAL / "holdout16" / "_src",
           "holdout17": EVAL / "holdout17" / "_src",
           "holdout18": EVAL / "holdout18" / "_src",
           "holdout19": EVAL / "holdout19" / "_src",
           "holdout20": EVAL / "holdout20" / "_src",
           "holdout21": EVAL / "holdout21" / "_src",
           "holdout22": EVAL / "holdout22" / "_src",
           "holdout23": EVAL / "holdout23" / "_src",
           "holdout24": EVAL / "holdout24" / "_src",
           "holdout25": EVAL / "holdout25" / "_src",
           "holdout26": EVAL / "holdout26" / "_src",
           "holdout27": EVAL / "holdout27" / "_src",
           "holdout28": EVAL / "holdout28" / "_src",
           "holdout29": EVAL / "holdout29" / "_src",
           "holdout30": EVAL / "holdout30" / "_src",
           "holdout31": EVAL / "holdout31" / "_src",
           "holdout32": EVAL / "holdout32" / "_src",
           "holdout33": EVAL / "holdout33" / "_src",
           "holdout34": EVAL / "holdout34" / "_src",
           "holdout35": EVAL / "holdout35" / "_src",
           "holdout36": EVAL / "holdout36" / "_src",
           "holdout37": EVAL / "holdout37" / "_src",
           "holdout38": EVAL / "holdout38" / "_src",
           "holdout39": EVAL / "holdout39" / "_src",
           "holdout40": EVAL / "holdout40" / "_src",
           "holdout41": EVAL / "holdout41" / "_src",
           "holdout42": EVAL / "holdout42" / "_src",
           "holdout43": EVAL / "holdout43" / "_src",
           "holdout44": EVAL / "holdout44" / "_src",
           "holdout45": EVAL / "holdout45" / "_src",
           "holdout46": EVAL / "holdout46" / "_src",
           "holdout47": EVAL / "holdout47" / "_src",
           "holdout48": EVAL / "holdout48" / "_src",
           "holdout49": EVAL / "holdout49" / "_src",
           "holdout50": EVAL / "holdout50" / "_src",
           "holdout51": EVAL / "holdout51" / "_src",
           "holdout52": EVAL / "holdout52" / "_src",
           "holdout53": EVAL / "holdout53" / "_src",
           "holdout54": EVAL / "holdout54" / "_src",
           "holdout55": EVAL / "holdout55" / "_src",
           "holdout56": EVAL / "holdout56" / "_src",
           "holdout57": EVAL / "holdout57" / "_src",
           "holdout58": EVAL / "holdout58" / "_src",
           "holdout59": EVAL / "holdout59" / "_src",
           "holdout61": EVAL / "holdout61" / "_src",
           "holdout62": EVAL / "holdout62" / "_src",
           "holdout63": EVAL / "holdout63" / "_src",
           "holdout60": EVAL / "holdout60" / "_src",
           "holdout64": EVAL / "holdout64" / "_src"}


def main(argv: list[str]) -> int:
    splits = [a for a in argv if not a.startswith("-")] or ["dev"]
    sys.path.insert(0, str(EVAL))
    for split in splits:
        build(split, _load_sources(SOURCES[split]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
