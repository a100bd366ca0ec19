"""`dwh extract` and `dwh eval`: the command-line face of the extraction library.

Start-up counts for `dwh extract` on a few files, so modules only one command needs (csv, the
evaluation) are imported by that command.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from json.encoder import encode_basestring
from pathlib import Path

from orchestration.extraction.extractor import Extractor
from orchestration.extraction.models import Observation

# (typing is only needed by type checkers; importing it costs start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    import csv
    from collections.abc import Iterator
    from typing import Any

    from orchestration.extraction.evaluate import EvalReport

RECORD_FIELDS = list(Observation.__dataclass_fields__)
# '"doc_id": ' ...: each field's name as json.dumps writes it, before its value
_JSON_KEYS = tuple((f, encode_basestring(f) + ": ") for f in RECORD_FIELDS)


class ReportError(Exception):
    """A report file that cannot be read as text; the message names the file and the reason."""


def iter_report_paths(paths: list[str]) -> Iterator[Path]:
    """Files as given, and the *.txt files of folders (recursively, sorted)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*.txt") if q.is_file())
        else:
            yield p


def read_report(path: Path) -> tuple[str, dict[str, Any] | None]:
    """NFC text of a report and its sidecar `<stem>.meta.json`, or ReportError."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReportError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReportError(f"{path}: is a directory") from None
    except OSError as exc:
        raise ReportError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise ReportError(f"{path}: empty file")
    if b"\x00" in raw[:4096]:
        raise ReportError(f"{path}: binary file (NUL bytes), not a text report")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReportError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    meta: dict[str, Any] | None = None
    meta_path = path.with_name(path.stem + ".meta.json")
    if meta_path.is_file():
        try:
            loaded = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ReportError(f"{meta_path}: unreadable sidecar ({exc})") from None
        if not isinstance(loaded, dict):
            raise ReportError(f"{meta_path}: sidecar must be a JSON object like {{\"date\": \"YYYY-MM-DD\"}}")
        meta = loaded
    return unicodedata.normalize("NFC", text), meta


def extract_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="dwh extract",
                                 description="Print the observations extracted from report files.")
    ap.add_argument("paths", nargs="+", help="report files (.txt) or folders of them")
    ap.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    args = ap.parse_args(argv)
    try:
        ex = Extractor.default()
    except ValueError as exc:
        print(f"dwh extract: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout
    writer = None
    if args.format == "csv":
        import csv

        writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS)
        writer.writeheader()
    failed = 0
    try:
        failed = _extract_all(ex, args.paths, out, writer)
    except BrokenPipeError:
        _silence_stdout()
        return 0
    return 1 if failed else 0


def _silence_stdout() -> None:
    """The reader went away (`dwh extract ... | head`): stop quietly, like other filters."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _extract_all(ex: Extractor, paths: list[str], out: Any, writer: csv.DictWriter | None) -> int:
    failed = 0
    for path in iter_report_paths(paths):
        try:
            text, meta = read_report(path)
        except ReportError as exc:
            print(f"dwh extract: {exc}", file=sys.stderr)
            failed += 1
            continue
        res = ex.extract(text, doc_id=path.stem, metadata=meta)
        if writer is not None:
            writer.writerows(obs.to_dict() for obs in res.observations)
        elif res.observations:
            out.write("".join([json_line(obs) for obs in res.observations]))
    out.flush()
    return failed


def json_line(obs: Observation) -> str:
    """The observation as `json.dumps(obs.to_dict(), ensure_ascii=False) + "\\n"` writes it.

    Written out field by field: the same text at a fraction of the cost. A value of a type
    the record does not declare goes the slow way.
    """
    if _FAST_LINE:
        try:
            return _fast_json_line(obs)
        except TypeError:  # (an unexpected type, or a float that is not finite)
            pass
    parts = []
    for name, key in _JSON_KEYS:
        v = getattr(obs, name)
        t = type(v)
        if t is str:
            parts.append(key + encode_basestring(v))
        elif v is None:
            parts.append(key + "null")
        elif t is float and v - v == 0.0:  # finite (json.dumps spells NaN and infinities its own way)
            parts.append(key + float.__repr__(v))
        elif t is int:
            parts.append(key + int.__repr__(v))
        else:
            parts.append(key + json.dumps(v, ensure_ascii=False))
    return "{" + ", ".join(parts) + "}\n"


def _fast_json_line(o: Observation) -> str:
    """json_line for the record's declared types (str, str | None, float, int): encode_basestring
    and _finite/_int raise TypeError on any other value."""
    s = encode_basestring
    return (
        f'{{"doc_id": {s(o.doc_id)}, '
        f'"unit_name": {"null" if o.unit_name is None else s(o.unit_name)}, '
        f'"unit_level": {"null" if o.unit_level is None else s(o.unit_level)}, '
        f'"province_name": {"null" if o.province_name is None else s(o.province_name)}, '
        f'"unit_code": {"null" if o.unit_code is None else s(o.unit_code)}, '
        f'"period_start": {"null" if o.period_start is None else s(o.period_start)}, '
        f'"period_end": {"null" if o.period_end is None else s(o.period_end)}, '
        f'"period_label": {"null" if o.period_label is None else s(o.period_label)}, '
        f'"indicator": {s(o.indicator)}, "value": {_finite(o.value)}, "qualifier": {s(o.qualifier)}, '
        f'"unit_phrase": {s(o.unit_phrase)}, "audience": {s(o.audience)}, '
        f'"char_start": {_int(o.char_start)}, "char_end": {_int(o.char_end)}, "sentence": {s(o.sentence)}, '
        f'"period_type": {"null" if o.period_type is None else s(o.period_type)}, '
        f'"doc_date": {"null" if o.doc_date is None else s(o.doc_date)}, '
        f'"doc_date_source": {"null" if o.doc_date_source is None else s(o.doc_date_source)}}}\n'
    )


# _fast_json_line names every field of Observation, in order: used only while that holds
_FAST_LINE = tuple(RECORD_FIELDS) == (
    "doc_id", "unit_name", "unit_level", "province_name", "unit_code", "period_start", "period_end",
    "period_label", "indicator", "value", "qualifier", "unit_phrase", "audience", "char_start", "char_end",
    "sentence", "period_type", "doc_date", "doc_date_source")


def _finite(v: object) -> str:
    if type(v) is float and v - v == 0.0:
        return float.__repr__(v)
    raise TypeError(v)


def _int(v: object) -> str:
    if type(v) is int:
        return int.__repr__(v)
    raise TypeError(v)


def _fmt(name: str, prf: dict[str, Any]) -> str:
    return (f"{name:<10} P={prf['precision']:.3f}  R={prf['recall']:.3f}  F1={prf['f1']:.3f}  "
            f"(tp={prf['tp']} fp={prf['fp']} fn={prf['fn']})")


def _short(r: dict[str, Any]) -> str:
    return (f"{r.get('unit_name')} {r.get('period_start')}..{r.get('period_end')} {r.get('indicator')} "
            f"{r.get('value')} {r.get('qualifier')} {r.get('audience')}"
            + (f" | {r['evidence']}" if r.get("evidence") else f" | {r.get('unit_phrase', '')}"))


def print_report(rep: EvalReport, verbose: bool, out: Any = None) -> None:
    out = out or sys.stdout
    d = rep.as_dict()
    print(f"documents: {d['documents']}", file=out)
    print(_fmt("detection", d["detection"]), file=out)
    print(_fmt("typed", d["typed"]), file=out)
    print(f"qualifier  accuracy={d['qualifier_accuracy']:.3f} over {d['qualifier_total']} typed matches",
          file=out)
    print(f"traps      {d['trap_hits']} hit of {d['traps']}", file=out)
    if d["doc_date_accuracy"] is not None:
        print(f"doc dates  accuracy={d['doc_date_accuracy']:.3f}", file=out)
    if not verbose:
        return
    for doc in rep.docs:
        if not (doc.misses or doc.false_positives or doc.wrong_indicator or doc.wrong_qualifier
                or doc.trap_hits or doc.doc_date):
            continue
        print(f"\n== {doc.doc_id}", file=out)
        if doc.doc_date:
            print(f"  doc_date gold={doc.doc_date[0]} predicted={doc.doc_date[1]}", file=out)
        for g in doc.misses:
            print(f"  MISS  {_short(g)}", file=out)
        for p in doc.false_positives:
            print(f"  FP    {_short(p)}", file=out)
        for g, p in doc.wrong_indicator:
            print(f"  TYPE  gold={g['indicator']} predicted={p['indicator']} | {g.get('evidence')}", file=out)
        for g, p in doc.wrong_qualifier:
            print(f"  QUAL  gold={g['qualifier']} predicted={p['qualifier']} | {g.get('evidence')}", file=out)
        for h in doc.trap_hits:
            print(f"  TRAP  {h['trap']['text']!r} read as {h['observation']['value']}", file=out)


def eval_main(argv: list[str]) -> int:
    from orchestration.extraction.evaluate import evaluate

    ap = argparse.ArgumentParser(prog="dwh eval",
                                 description="Score the extractor on a labeled set (reports/ beside GOLD).")
    ap.add_argument("gold", help="gold.jsonl (reports in reports/ beside it)")
    ap.add_argument("--verbose", action="store_true", help="list misses and false positives per document")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON (for scripts)")
    args = ap.parse_args(argv)
    gold = Path(args.gold)
    if not gold.is_file():
        print(f"dwh eval: {gold}: no such file", file=sys.stderr)
        return 2
    try:
        rep = evaluate(gold, Extractor.default())
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        print(f"dwh eval: {exc}", file=sys.stderr)
        return 2
    try:
        if args.json:
            d = rep.as_dict()
            if not args.verbose:
                d.pop("per_document")
            print(json.dumps(d, ensure_ascii=False, indent=2))
        else:
            print_report(rep, args.verbose)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    return 0
