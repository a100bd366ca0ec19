"""Generate a realistic N-document corpus, with its gold labels, from the dev evaluation set.

    .venv/bin/python -m bench.generate_corpus --docs 10000 --seed 20261122 --out data/bench/generated_10000

Each generated document is one dev report (the template) with, consistently in text and labels:
- the org units it names replaced by other units of the same province and kind (quận -> quận,
  huyện -> huyện, phường -> phường), valid at the new document date (org_units.csv validity;
  districts only before 2025-07-01, wards only from that date: a template keeps its era);
- every year shifted by the same number of years (text, periods, document date, sidecar), with
  weekday names recomputed ("Thứ Hai, ngày 22 tháng 7 năm 2024");
- every labeled fact's number rewritten inside its evidence span, written as the template wrote
  it (20.012, 97,5 %, 3,5 triệu, 02, mười hai) and kept plausible (rates <= 100, a fraction's
  numerator <= its denominator, a range's lower bound <= its upper bound, round stays round).

Output: `<out>/reports/<doc_id>.txt` (+ `.meta.json` when the template has a sidecar) and
`<out>/gold.jsonl` in the format of docs/LABELING.md. Traps are kept when their text is still
in the new document. Deterministic: the same seed and inputs give the same bytes. Only the dev
split is read; the holdout split stays unseen.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import random
import re
import shutil
import sys
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.measure import ROOT
from bench.vi_numbers import NumberToken, find_numbers, render

DEV = ROOT / "tests" / "eval" / "dev"
ORG_UNITS = ROOT / "dbt_project" / "seeds" / "org_units.csv"
INDICATORS = ROOT / "dbt_project" / "seeds" / "indicators.csv"
REFORM = date(2025, 7, 1)  # districts abolished; wards/communes from this date
EARLIEST_DOC = date(2015, 1, 1)
LATEST_DOC = date(2026, 10, 31)  # fixed, so the output does not depend on the day it is run
MAX_YEAR_SHIFT = 4
TYPE_WORDS = ["Thành phố", "Thị xã", "Thị trấn", "Đặc khu", "Quận", "Huyện", "Phường", "Xã"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?!\d|[.,]\d)")
_WEEKDAY_DATE = re.compile(
    r"(?P<wd>Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ [Nn]hật),?\s*(?:ngày\s*)?"
    r"(?P<d>\d{1,2})(?:\s*tháng\s*|/)(?P<m>\d{1,2})(?:\s*năm\s*|/)(?P<y>\d{4})"
)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# ---- org units -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Unit:
    name: str
    code: str | None
    level: str
    province: str
    type_word: str
    bare: str
    aliases: tuple[str, ...]
    valid_from: date
    valid_to: date

    def valid_on(self, d: date) -> bool:
        return self.valid_from <= d <= self.valid_to

    @property
    def numbered(self) -> bool:
        return self.bare.isdigit()


def _split_type(name: str) -> tuple[str, str]:
    for t in TYPE_WORDS:
        if name.startswith(t + " "):
            return t, name[len(t) + 1:]
    return "", name


def _unit(name: str, code: str | None, level: str, province: str, aliases: tuple[str, ...],
          valid_from: date, valid_to: date) -> Unit:
    t, bare = _split_type(name)
    return Unit(name, code, level, province, t, bare, aliases, valid_from, valid_to)


def load_units(org_units_csv: Path, gold_facts: list[dict[str, Any]]) -> list[Unit]:
    """District and ward units from org_units.csv, plus wards named in the gold but not in the seed
    (the labeling guide's wards created on 2025-07-01 have no code in org_units.csv)."""
    units: list[Unit] = []
    with org_units_csv.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["unit_level"] not in {"district", "ward"}:
                continue
            lo = date.fromisoformat(r["valid_from"]) if r["valid_from"] else date.min
            hi = date.fromisoformat(r["valid_to"]) if r["valid_to"] else date.max
            if r["unit_level"] == "ward":
                lo = max(lo, REFORM)
            aliases = tuple(a.strip() for a in (r["aliases"] or "").split("|") if a.strip())
            units.append(_unit(nfc(r["unit_name"]), r["unit_code"], r["unit_level"],
                               nfc(r["province_name"]), aliases, lo, hi))
    known = {(u.name, u.province) for u in units}
    for fct in gold_facts:
        if fct["unit_level"] == "ward" and (fct["unit_name"], fct["province_name"]) not in known:
            known.add((fct["unit_name"], fct["province_name"]))
            units.append(_unit(fct["unit_name"], fct["unit_code"], "ward", fct["province_name"], (),
                               REFORM, date.max))
    return units


# ---- template analysis (done once per template) ----------------------------------------------
@dataclass(frozen=True)
class Slot:
    """A span of the template text that the generator may rewrite."""

    start: int
    end: int
    kind: str  # fact | unit_typed | unit_bare | unit_alias | weekday | year
    ref: Any  # fact index, Unit, (weekday date), or the year


@dataclass
class Template:
    doc_id: str
    text: str
    doc: dict[str, Any] | None
    meta: dict[str, Any] | None
    facts: list[dict[str, Any]]
    traps: list[dict[str, Any]]
    era: str  # "district" (before 2025-07-01) or "ward"
    ref_date: date | None
    slots: list[Slot] = field(default_factory=list)
    fact_tokens: dict[int, NumberToken] = field(default_factory=dict)
    fact_spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    mentioned: list[Unit] = field(default_factory=list)


def _unit_mentions(text: str, pool: list[Unit], province_names: frozenset[str]) -> list[Slot]:
    slots: list[Slot] = []
    bare_count: dict[str, int] = {}
    for u in pool:
        bare_count[u.bare] = bare_count.get(u.bare, 0) + 1
    for u in pool:
        if u.bare not in text and not any(a in text for a in u.aliases):
            continue  # cheap pre-filter: most of the ~300 wards are not named in a given report
        if u.type_word:
            tw = "|".join(sorted({u.type_word, u.type_word.lower(), u.type_word.upper()}))
            pat = rf"(?<!\w)(?:{tw})\s+{re.escape(u.bare)}(?!\w)"
            slots += [Slot(m.start(), m.end(), "unit_typed", u) for m in re.finditer(pat, text)]
        # A bare name ("Bình Thạnh", "Tân Định") when it names one unit only and is no city's
        # name; not after another kind's type word ("quận Bình Thạnh cũ" in a ward-era report)
        # nor after a title (a person called "Hà Đông").
        if not u.numbered and bare_count[u.bare] == 1 and u.bare not in province_names:
            pat = rf"(?<!\w){re.escape(u.bare)}(?!\w)"
            for m in re.finditer(pat, text):
                before = text[max(0, m.start() - 12):m.start()].lower()
                if not re.search(r"(quận|huyện|thị xã|thành phố|tp\.?|ông|bà|anh|chị)\s*$", before):
                    slots.append(Slot(m.start(), m.end(), "unit_bare", u))
        for a in u.aliases:
            if a in {u.bare, u.name} or (_split_type(a)[0] and _split_type(a)[1] == u.bare):
                continue
            pat = rf"(?<!\w){re.escape(a)}(?!\w)"
            slots += [Slot(m.start(), m.end(), "unit_alias", u) for m in re.finditer(pat, text)]
    return slots


def _locate_fact(text: str, fct: dict[str, Any], claimed: set[int]) -> tuple[tuple[int, int], NumberToken | None]:
    """The evidence occurrence and the number token in it that carries the fact's value."""
    ev = fct["evidence"]
    first: tuple[int, int] | None = None
    for m in re.finditer(re.escape(ev), text):
        span = (m.start(), m.end())
        first = first or span
        toks = [t for t in find_numbers(ev) if abs(t.value - float(fct["value"])) <= 1e-6 * max(1.0, abs(t.value))]
        toks.sort(key=lambda t: t.is_words)  # digits before words ("năm" is also "year")
        for t in toks:
            abs_tok = NumberToken(t.start + span[0], t.end + span[0], *_tail(t))
            if abs_tok.start not in claimed:
                return span, abs_tok
    if first is None:
        raise ValueError(f"{fct['doc_id']}: evidence not in report: {ev!r}")
    return first, None


def _tail(t: NumberToken) -> tuple[Any, ...]:
    return (t.value, t.mantissa, t.scale, t.decimals, t.zero_pad, t.is_words, t.percent, t.upper_bound,
            t.fixed)


def analyse(tpl: Template, units: list[Unit]) -> None:
    text = tpl.text
    claimed: set[int] = set()
    fact_slots: list[Slot] = []
    for i, fct in enumerate(tpl.facts):
        span, tok = _locate_fact(text, fct, claimed)
        tpl.fact_spans[i] = span
        if tok is not None:
            claimed.add(tok.start)
        if tok is not None and not tok.fixed:
            tpl.fact_tokens[i] = tok
            fact_slots.append(Slot(tok.start, tok.end, "fact", i))
    fact_provinces = {f["province_name"] for f in tpl.facts}
    pool = [u for u in units if u.level == tpl.era and (not fact_provinces or u.province in fact_provinces)]
    unit_slots = _unit_mentions(text, pool, _province_names())
    weekday_slots = [Slot(m.start("wd"), m.end("wd"), "weekday",
                          (int(m.group("y")), int(m.group("m")), int(m.group("d"))))
                     for m in _WEEKDAY_DATE.finditer(text)]
    year_slots = [Slot(m.start(), m.end(), "year", int(m.group(1))) for m in _YEAR.finditer(text)]
    # Priority on overlap: facts, then units (longest first), weekdays, years.
    accepted: list[Slot] = []
    taken: list[tuple[int, int]] = []
    ordered = fact_slots + sorted(unit_slots, key=lambda s: s.start - s.end) + weekday_slots + year_slots
    for s in ordered:
        if any(s.start < e and b < s.end for b, e in taken):
            continue
        accepted.append(s)
        taken.append((s.start, s.end))
    tpl.slots = sorted(accepted, key=lambda s: s.start)
    seen: dict[str, Unit] = {}
    for s in tpl.slots:
        if s.kind.startswith("unit_"):
            seen.setdefault(s.ref.name, s.ref)
    tpl.mentioned = list(seen.values())


@functools.cache
def _province_names() -> frozenset[str]:
    names: set[str] = set()
    with ORG_UNITS.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["unit_level"] == "province":
                names |= {nfc(r["unit_name"]), _split_type(nfc(r["unit_name"]))[1]}
                names |= {nfc(a.strip()) for a in (r["aliases"] or "").split("|") if a.strip()}
    return frozenset(names)


def load_templates(dev: Path, units: list[Unit] | None = None) -> tuple[list[Template], list[Unit]]:
    records = [json.loads(line) for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    facts = [r for r in records if r["type"] == "fact"]
    units = units if units is not None else load_units(ORG_UNITS, facts)
    templates: list[Template] = []
    for path in sorted((dev / "reports").glob("*.txt")):
        doc_id = path.stem
        text = nfc(path.read_text(encoding="utf-8"))
        doc = next((r for r in records if r["type"] == "doc" and r["doc_id"] == doc_id), None)
        sidecar = path.with_suffix(".meta.json")
        meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else None
        tfacts = [r for r in facts if r["doc_id"] == doc_id]
        traps = [r for r in records if r["type"] == "trap" and r["doc_id"] == doc_id]
        dates = [date.fromisoformat(d) for d in
                 [doc.get("doc_date") if doc else None, *(f["period_end"] for f in tfacts)] if d]
        ref_date = dates[0] if dates else None
        era = "ward" if any(f["unit_level"] == "ward" for f in tfacts) or (ref_date and ref_date >= REFORM) \
            else "district"
        tpl = Template(doc_id, text, doc, meta, tfacts, traps, era, ref_date)
        analyse(tpl, units)
        templates.append(tpl)
    return templates, units


# ---- generation ------------------------------------------------------------------------------
def _shift(d: date, years: int) -> date:
    return d.replace(year=d.year + years)


def _shift_iso(s: str | None, years: int) -> str | None:
    return _shift(date.fromisoformat(s), years).isoformat() if s else s


def _all_dates(tpl: Template) -> list[date]:
    out = [date.fromisoformat(f[k]) for f in tpl.facts for k in ("period_start", "period_end")]
    if tpl.doc and tpl.doc.get("doc_date"):
        out.append(date.fromisoformat(tpl.doc["doc_date"]))
    if tpl.meta and tpl.meta.get("date"):
        out.append(date.fromisoformat(tpl.meta["date"]))
    return out


def _new_date(tpl: Template, shift: int) -> date:
    """The date units must be valid on: the shifted document date, else the shifted reference."""
    if tpl.doc and tpl.doc.get("doc_date"):
        return _shift(date.fromisoformat(tpl.doc["doc_date"]), shift)
    assert tpl.ref_date is not None
    return _shift(tpl.ref_date, shift)


def _units_feasible(tpl: Template, units: list[Unit], on: date) -> bool:
    """Every unit the template names can become a distinct unit of its kind valid on `on`, and
    the fact units the text never names (kept as they are) are valid on `on`."""
    need: dict[tuple[str, str, str], int] = {}
    for u in tpl.mentioned:
        key = (u.level, u.province, u.type_word)
        need[key] = need.get(key, 0) + 1
    for (level, province, type_word), k in need.items():
        have = sum(1 for c in units if c.level == level and c.province == province
                   and c.type_word == type_word and c.valid_on(on))
        if have < k:
            return False
    mentioned = {u.name for u in tpl.mentioned}
    by_name = {u.name: u for u in units}
    return all(f["unit_name"] in mentioned or f["unit_name"] not in by_name or by_name[f["unit_name"]].valid_on(on)
               for f in tpl.facts)


def _pick_shift(tpl: Template, units: list[Unit], rng: random.Random) -> int:
    if tpl.ref_date is None:
        return 0
    lo, hi = (EARLIEST_DOC, REFORM - timedelta(days=1)) if tpl.era == "district" else (REFORM, LATEST_DOC)
    options = []
    for k in range(-MAX_YEAR_SHIFT, MAX_YEAR_SHIFT + 1):
        try:
            if not lo <= _shift(tpl.ref_date, k) <= hi:
                continue
            for d in _all_dates(tpl):
                _shift(d, k)  # 29 February must stay a date
        except ValueError:
            continue
        if _units_feasible(tpl, units, _new_date(tpl, k)):
            options.append(k)
    return rng.choice(options) if options else 0


def _pick_units(tpl: Template, units: list[Unit], on: date | None, rng: random.Random) -> dict[str, Unit]:
    """An injective map from the units the template names to units valid on the new date."""
    mapping: dict[str, Unit] = {}
    used: set[str] = set()
    fact_names = {f["unit_name"] for f in tpl.facts}
    unmentioned_fact_units = fact_names - {u.name for u in tpl.mentioned}
    for u in tpl.mentioned:
        candidates = [c for c in units if c.level == u.level and c.province == u.province
                      and c.type_word == u.type_word and (on is None or c.valid_on(on))
                      and c.name not in used and c.name not in unmentioned_fact_units]
        if not candidates:
            mapping[u.name] = u
            used.add(u.name)
            continue
        choice = rng.choice(sorted(candidates, key=lambda c: c.name))
        mapping[u.name] = choice
        used.add(choice.name)
    return mapping


def _new_mantissa(tok: NumberToken, indicator_kind: str, rng: random.Random) -> float:
    m = tok.mantissa
    if tok.is_words:
        hi = max(10, int(m * 2))
        return float(rng.randint(1, min(hi, 999)))
    new = m * rng.uniform(0.5, 1.8)
    if tok.percent or indicator_kind == "rate":
        # a high rate stays high and at most 100; a low one (a share "dưới 2%") stays low
        new = rng.uniform(max(50.0, m - 10), m + (100 - m) * 0.9) if m > 50 else min(new, 100.0)
    unit = 10.0 ** -tok.decimals
    if tok.upper_bound is not None:  # "4.207/4.412", "từ 3 đến 5": stay below the bound
        new = min(new, tok.upper_bound - unit)
    if tok.decimals:
        new = round(new, tok.decimals)
        floor = 1.0 if tok.scale > 1 else unit  # "0,7 triệu" is not how reports write 700 nghìn
    else:
        digits = str(int(m))
        zeros = len(digits) - len(digits.rstrip("0")) if m >= 10 else 0
        step = 10 ** min(zeros, len(digits) - 1)
        new = max(step, round(new / step) * step) if step > 1 else round(new)
        floor = 1
    return float(max(new, floor))


def _value(mantissa: float, tok: NumberToken) -> float | int:
    v = round(mantissa * tok.scale, 6)
    return int(v) if float(v).is_integer() else v


@dataclass
class Generated:
    doc_id: str
    text: str
    meta: dict[str, Any] | None
    records: list[dict[str, Any]]
    template: str


def generate_one(tpl: Template, units: list[Unit], kinds: dict[str, str], rng: random.Random,
                 doc_id: str) -> Generated:
    shift = _pick_shift(tpl, units, rng)
    new_doc_date = _shift_iso(tpl.doc.get("doc_date"), shift) if tpl.doc else None
    on = _new_date(tpl, shift) if tpl.ref_date else None
    mapping = _pick_units(tpl, units, on, rng)
    new_values: dict[int, float | int] = {}
    edits: list[tuple[int, int, str]] = []
    for s in tpl.slots:
        if s.kind == "fact":
            tok = tpl.fact_tokens[s.ref]
            mant = _new_mantissa(tok, kinds.get(tpl.facts[s.ref]["indicator"], "flow"), rng)
            new_values[s.ref] = _value(mant, tok)
            edits.append((s.start, s.end, render(tok, mant)))
        elif s.kind.startswith("unit_"):
            new = mapping.get(s.ref.name, s.ref)
            if new.name == s.ref.name:
                continue
            old = tpl.text[s.start:s.end]
            if s.kind == "unit_typed":
                type_as_written = old[: len(old) - len(s.ref.bare)].rstrip()
                repl = f"{type_as_written} {new.bare}"
            elif s.kind == "unit_bare":
                repl = new.name if new.numbered else new.bare
            else:
                repl = new.name
            edits.append((s.start, s.end, repl))
        elif s.kind == "weekday" and shift:
            y, m, d = s.ref
            try:
                wd = WEEKDAYS[date(y + shift, m, d).weekday()]
            except ValueError:
                continue
            old = tpl.text[s.start:s.end]
            edits.append((s.start, s.end, wd if old[0].isupper() else wd.lower()))
        elif s.kind == "year" and shift:
            edits.append((s.start, s.end, str(s.ref + shift)))
    text, mapper = apply_edits(tpl.text, edits)

    records: list[dict[str, Any]] = [{
        "type": "doc", "doc_id": doc_id, "doc_date": new_doc_date,
        "doc_date_source": tpl.doc.get("doc_date_source") if tpl.doc else None,
    }]
    for i, fct in enumerate(tpl.facts):
        unit = mapping.get(fct["unit_name"])
        start, end = tpl.fact_spans[i]
        records.append({
            "type": "fact", "doc_id": doc_id,
            "unit_name": unit.name if unit else fct["unit_name"],
            "unit_code": unit.code if unit else fct["unit_code"],
            "unit_level": unit.level if unit else fct["unit_level"],
            "province_name": unit.province if unit else fct["province_name"],
            "period_start": _shift_iso(fct["period_start"], shift),
            "period_end": _shift_iso(fct["period_end"], shift),
            "indicator": fct["indicator"], "value": new_values.get(i, fct["value"]),
            "qualifier": fct["qualifier"], "audience": fct["audience"],
            "evidence": text[mapper(start, left=True):mapper(end, left=False)],
        })
    for trap in tpl.traps:
        if trap["text"] in text:
            records.append({**trap, "doc_id": doc_id})
    meta = None
    if tpl.meta is not None:
        meta = {**tpl.meta}
        if meta.get("date"):
            meta["date"] = _shift_iso(meta["date"], shift)
    return Generated(doc_id, nfc(text), meta, records, tpl.doc_id)


def apply_edits(text: str, edits: list[tuple[int, int, str]]):
    """Apply non-overlapping (start, end, replacement) edits; return the new text and a function
    mapping an old offset to the new one (a position inside an edit snaps outward)."""
    edits = sorted(edits)
    parts: list[str] = []
    pos = 0
    starts: list[int] = []
    ends: list[int] = []
    cum: list[int] = []  # total length change after each edit
    delta = 0
    for s, e, r in edits:
        parts += [text[pos:s], r]
        pos = e
        delta += len(r) - (e - s)
        starts.append(s)
        ends.append(e)
        cum.append(delta)
    parts.append(text[pos:])

    def mapper(offset: int, left: bool) -> int:
        i = bisect_right(starts, offset) - 1  # last edit starting at or before offset
        if i >= 0 and starts[i] < offset < ends[i]:
            offset = starts[i] if left else ends[i]
        if i >= 0 and offset >= ends[i]:
            return offset + cum[i]
        before = cum[i - 1] if i >= 1 else 0
        return offset + before

    return "".join(parts), mapper


def load_kinds() -> dict[str, str]:
    with INDICATORS.open(encoding="utf-8") as f:
        return {r["code"]: r["kind"] for r in csv.DictReader(f)}


def next_document(index: int, seed: int, existing: set[str], dev: Path = DEV) -> Generated:
    """Document number `index` drawn like `generate` draws it, redrawn while its text's sha256
    is in `existing`: one more report for a corpus already written."""
    templates, units = load_templates(dev)
    kinds = load_kinds()
    rng = random.Random(f"{seed}:{index}")
    for _ in range(100):
        tpl = templates[rng.randrange(len(templates))]
        g = generate_one(tpl, units, kinds, rng, f"g{index:05d}_{tpl.doc_id}")
        if hashlib.sha256(g.text.encode("utf-8")).hexdigest() not in existing:
            return g
    raise RuntimeError(f"no new distinct document after 100 draws (index {index})")


def write_document(g: Generated, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{g.doc_id}.txt"
    path.write_text(g.text, encoding="utf-8")
    if g.meta is not None:
        (folder / f"{g.doc_id}.meta.json").write_text(json.dumps(g.meta, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
    return path


def generate(n: int, seed: int, dev: Path = DEV, max_tries: int = 25) -> tuple[list[Generated], dict[str, Any]]:
    """`n` documents; a duplicate of an earlier text is redrawn (up to `max_tries` times)."""
    templates, units = load_templates(dev)
    kinds = load_kinds()
    out: list[Generated] = []
    seen: set[str] = set()
    duplicates = 0
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        for _ in range(max_tries):
            tpl = templates[rng.randrange(len(templates))]
            g = generate_one(tpl, units, kinds, rng, f"g{i:05d}_{tpl.doc_id}")
            digest = hashlib.sha256(g.text.encode("utf-8")).hexdigest()
            if digest not in seen:
                break
        else:
            duplicates += 1
        seen.add(digest)
        out.append(g)
    stats = {
        "documents": n, "distinct_texts": len(seen), "duplicates_left": duplicates, "seed": seed,
        "templates": len(templates),
        "facts": sum(1 for g in out for r in g.records if r["type"] == "fact"),
        "facts_with_rewritten_value": sum(len(t.fact_tokens) for t in templates),
        "template_facts": sum(len(t.facts) for t in templates),
    }
    return out, stats


def write_corpus(docs: list[Generated], out_dir: Path) -> Path:
    if out_dir.exists():
        shutil.rmtree(out_dir)
    reports = out_dir / "reports"
    reports.mkdir(parents=True)
    lines: list[str] = []
    for g in docs:
        write_document(g, reports)
        lines += [json.dumps(r, ensure_ascii=False) for r in g.records]
    gold = out_dir / "gold.jsonl"
    gold.write_text(nfc("\n".join(lines) + "\n"), encoding="utf-8")
    return gold


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.generate_corpus", description=__doc__.split("\n")[0])
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=20261122)
    p.add_argument("--out", type=Path, default=None, help="default data/bench/generated_<docs>")
    p.add_argument("--dev", type=Path, default=DEV, help="labeled set to take templates from")
    a = p.parse_args(argv)
    out = a.out or ROOT / "data" / "bench" / f"generated_{a.docs}"
    docs, stats = generate(a.docs, a.seed, a.dev)
    gold = write_corpus(docs, out)
    print(json.dumps({**stats, "out": str(out), "gold": str(gold)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

