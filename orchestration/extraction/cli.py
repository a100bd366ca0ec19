"""`dwh extract` and `dwh eval`: the command-line face of the extraction library.

Start-up counts for `dwh extract` on a few files, so modules only one command needs (csv, the
evaluation) are imported by that command.
"""

from __future__ import annotations

import codecs
import errno
import os
import sys
import unicodedata
from pathlib import Path
from stat import S_ISDIR, S_ISREG

from orchestration.extraction.extractor import Extractor
from orchestration.extraction.models import OBSERVATION_FIELDS, Observation

try:  # json.encoder's encode_basestring (the json package is imported where it is needed: a
    # sidecar, an unusual value, `dwh eval`; importing it costs start-up time)
    from _json import encode_basestring
except ImportError:  # (a Python without the C accelerator)
    from json.encoder import encode_basestring

# (typing is only needed by type checkers; importing it costs start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import csv
    from collections.abc import Callable, Iterator
    from typing import Any

    from orchestration.extraction.evaluate import EvalReport

RECORD_FIELDS = list(OBSERVATION_FIELDS)
# '"doc_id": ' ...: each field's name as json.dumps writes it, before its value
_JSON_KEYS = tuple((f, encode_basestring(f) + ": ") for f in RECORD_FIELDS)


class ReportError(Exception):
    """A report file that cannot be read as text; the message names the file and the reason."""


def _report_paths(paths: list[str]) -> Iterator[Path | str]:
    """Files as given, and the *.txt files of folders (recursively, sorted); a file given as
    text pathlib would write the same way is left as that text (making a Path costs more than
    reading a small report)."""
    for raw in paths:
        p = raw if _plain_path(raw) else Path(raw)
        if _is_dir(p):
            yield from sorted(q for q in Path(p).rglob("*.txt") if q.is_file())
        else:
            yield p


def _plain_path(raw: object) -> bool:
    """str(Path(raw)) == raw: a POSIX path with no empty or "." parts (pathlib drops them)."""
    return (
        type(raw) is str
        and _POSIX_SEP
        and raw != ""
        and raw != "."
        and "//" not in raw
        and "/./" not in raw
        and not raw.endswith(("/", "/."))
        and not raw.startswith("./")
    )


_POSIX_SEP = os.sep == "/" and not os.altsep


def _stem(path: Path | str) -> str:
    """path.stem, also of a path as text (_report_paths)."""
    if type(path) is not str:
        return path.stem  # type: ignore[union-attr]
    name = path[path.rfind("/") + 1 :] if path != "." else ""  # (Path(".") has no name)
    k = name.rfind(".")
    return name[:k] if 0 < k < len(name) - 1 else name


# the errors Path.is_dir() and Path.is_file() read as "no" (pathlib._IGNORED_ERRNOS); others raise
_STAT_IGNORED = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def _stat_mode_is(path: Path | str, kind: Callable[[int], bool]) -> bool:
    """Path.is_dir() / Path.is_file() without pathlib's wrappers (a few microseconds a file)."""
    try:
        return kind(os.stat(path).st_mode)
    except OSError as exc:
        if exc.errno not in _STAT_IGNORED:
            raise
        return False
    except ValueError:
        return False


def _is_dir(path: Path | str) -> bool:
    return _stat_mode_is(path, S_ISDIR)


def _is_file(path: Path | str) -> bool:
    return _stat_mode_is(path, S_ISREG)


def read_report(path: Path) -> tuple[str, dict[str, Any] | None]:
    """NFC text of a report and its sidecar `<stem>.meta.json`, or ReportError."""
    text, meta = _read_report(path)
    return unicodedata.normalize("NFC", text), meta


def _read_report(path: Path | str) -> tuple[str, dict[str, Any] | None]:
    """read_report without the NFC step (Extractor.extract normalises the text itself)."""
    try:
        raw = _read_bytes(path)
    except FileNotFoundError:
        raise ReportError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReportError(f"{path}: is a directory") from None
    except OSError as exc:
        raise ReportError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not raw or raw.isspace():  # (bytes.isspace and bytes.strip agree on ASCII whitespace)
        raise ReportError(f"{path}: empty file")
    if raw.find(b"\x00", 0, 4096) != -1:
        raise ReportError(f"{path}: binary file (NUL bytes), not a text report")
    try:
        # raw.decode("utf-8-sig"): a leading byte order mark is dropped, and an error's offset
        # counts from after it, as that codec counts
        text = raw[3:].decode("utf-8") if raw.startswith(codecs.BOM_UTF8) else raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReportError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    meta: dict[str, Any] | None = None
    meta_path = _sidecar_path(path)
    if _is_file(meta_path):
        import json

        try:
            # (open(meta_path, encoding="utf-8").read(): universal newlines)
            loaded = json.loads(_universal_newlines(_read_bytes(meta_path).decode("utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ReportError(f"{meta_path}: unreadable sidecar ({exc})") from None
        if not isinstance(loaded, dict):
            raise ReportError(f'{meta_path}: sidecar must be a JSON object like {{"date": "YYYY-MM-DD"}}')
        meta = loaded
    return text, meta


# os.open's flags for what open(path, "rb") opens with
_O_READ = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)


def _read_bytes(path: Path | str) -> bytes:
    """open(path, "rb").read(), raising the same errors, without the file objects (a report
    is read with one open, one fstat and one read, and the buffered reader and its checks
    cost more than the read itself for a small file)."""
    fd = os.open(path, _O_READ)
    try:
        st = os.fstat(fd)
        if S_ISDIR(st.st_mode):  # (as open() refuses a directory)
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
        want = st.st_size + 1
        data = os.read(fd, want)
        if len(data) < want and S_ISREG(st.st_mode) and data:
            return data  # (a regular file: a short read is its end)
        chunks = [data]
        while data:  # (a file that grew, or one whose size fstat does not tell)
            data = os.read(fd, max(want, 65536))
            chunks.append(data)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _universal_newlines(text: str) -> str:
    """The text as a file opened in text mode reads it: CR LF and a lone CR as LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _sidecar_path(path: Path | str) -> str:
    """os.path.join(os.path.dirname(path), path.stem + ".meta.json"): the sidecar beside the
    report, written from the path's text (pathlib's properties and os.path cost more than
    reading the report)."""
    if not _POSIX_SEP:
        return os.path.join(os.path.dirname(path), Path(path).stem + ".meta.json")
    # (str(path) has no empty or "." parts and no trailing "/": the name follows the last "/",
    # and dirname keeps the text before it, minus that "/" unless it is the root)
    s = str(path)
    i = s.rfind("/") + 1
    return s[:i] + _stem(s) + ".meta.json"


_FORMATS = ("jsonl", "csv")


def _extract_parser() -> argparse.ArgumentParser:
    import argparse

    ap = argparse.ArgumentParser(
        prog="dwh extract", description="Print the observations extracted from report files."
    )
    ap.add_argument("paths", nargs="+", help="report files (.txt) or folders of them")
    ap.add_argument("--format", choices=_FORMATS, default="jsonl")
    return ap


def _parse_extract_args(argv: list[str]) -> tuple[list[str], str]:
    """The paths and the format, as _extract_parser().parse_args(argv) reads them.

    The usual command lines (paths, and `--format X` or `--format=X` before or after them) are
    read here: importing argparse and building the parser costs about 10 ms (its help
    formatter imports shutil), which a short run feels. Anything else (an option before or
    among the paths, --help, "--", a bad format, no path) goes through argparse itself, for
    its own errors and help.
    """
    paths, fmt = argv, "jsonl"
    if argv:
        if argv[0].startswith("--format="):
            paths, fmt = argv[1:], argv[0][len("--format=") :]
        elif argv[0] == "--format" and len(argv) > 1:
            paths, fmt = argv[2:], argv[1]
        elif argv[-1].startswith("--format="):
            paths, fmt = argv[:-1], argv[-1][len("--format=") :]
        elif len(argv) > 1 and argv[-2] == "--format":
            paths, fmt = argv[:-2], argv[-1]
    if paths and fmt in _FORMATS and not any(p.startswith("-") for p in paths):
        return list(paths), fmt
    args = _extract_parser().parse_args(argv)
    return args.paths, args.format


def extract_main(argv: list[str]) -> int:
    paths, fmt = _parse_extract_args(argv)
    try:
        ex = Extractor.default()
    except ValueError as exc:
        print(f"dwh extract: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout
    writer = None
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS)
        writer.writeheader()
    failed = 0
    try:
        failed = _extract_all(ex, paths, out, writer)
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
    raw = _utf8_bytes_out(out) if writer is None else None
    errors = out.errors if raw is not None else "strict"
    for path in _report_paths(paths):
        try:
            text, meta = _read_report(path)
        except ReportError as exc:
            print(f"dwh extract: {exc}", file=sys.stderr)
            failed += 1
            continue
        res = ex.extract(text, doc_id=_stem(path), metadata=meta)
        if writer is not None:
            writer.writerows(obs.to_dict() for obs in res.observations)
        elif res.observations:
            if raw is not None:
                raw.write(json_lines_utf8(res.observations, errors))
                if out.line_buffering:  # (a terminal: each report's lines as they are written)
                    raw.flush()
            else:
                out.write(json_lines(res.observations))
    out.flush()
    return failed


def _utf8_bytes_out(out: Any) -> Any:
    """The byte stream under `out` when `out` is the process's own stdout and writes text as
    UTF-8 with no newline translation (so `raw.write(s.encode("utf-8", out.errors))` writes the
    bytes `out.write(s)` would), else None. Flushed first: what was written as text comes first.

    The lines are then made as UTF-8 bytes (json_lines_utf8): each report's distinct sentences,
    names and periods are encoded once, not once per line, and the lines are joined as bytes.
    """
    if out is not sys.__stdout__ or os.linesep != "\n":  # (sys.stdout: "\n" is written as is)
        return None
    raw = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if raw is None or not isinstance(encoding, str) or not isinstance(getattr(out, "errors", None), str):
        return None
    try:
        if codecs.lookup(encoding).name != "utf-8":
            return None
    except LookupError:
        return None
    out.flush()
    return raw


def json_line(obs: Observation) -> str:
    """The observation as `json.dumps(obs.to_dict(), ensure_ascii=False) + "\\n"` writes it.

    Written out field by field: the same text at a fraction of the cost. A value of a type
    the record does not declare goes the slow way. (json_lines_utf8 is the fast writer; it
    comes here for a line it cannot write.)
    """
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
            import json

            parts.append(key + json.dumps(v, ensure_ascii=False))
    return "{" + ", ".join(parts) + "}\n"


def json_lines(observations: list[Observation]) -> str:
    """The lines json_line(o) writes for the observations, joined: the same text, faster.

    Made by json_lines_utf8 and decoded: "surrogatepass" carries any lone surrogate of a
    field through the round trip unchanged, so the text is json_line's, character for
    character (tests/extraction/test_cli.py compares them)."""
    return json_lines_utf8(observations, "surrogatepass").decode("utf-8", "surrogatepass")


def json_lines_utf8(observations: list[Observation], errors: str = "strict") -> bytes:
    """The lines json_line(o) writes for the observations, joined and encoded as UTF-8 with
    `errors`, made as bytes: the observations of a report share most of their values (its id
    and date, a unit and a period per section, a sentence per few numbers), so the text of each
    distinct group of fields is encoded once per call (the caches live for the call only) and
    the lines are joined from the encoded pieces, not encoded whole."""
    if not _FAST_LINE:
        return "".join([json_line(o) for o in observations]).encode("utf-8", errors)
    heads: dict[tuple, bytes] = {}
    tails: dict[tuple, bytes] = {}
    texts: dict[str, bytes] = {}  # _json_utf8 of the strings that repeat (sentences, names)
    parts: list[bytes] = []
    for o in observations:
        try:
            key = (
                o.doc_id,
                o.unit_name,
                o.unit_level,
                o.province_name,
                o.unit_code,
                o.period_start,
                o.period_end,
                o.period_label,
            )
            head = heads.get(key)
            if head is None:
                head = heads[key] = _json_head(o).encode("utf-8", errors)
            key = (o.period_type, o.doc_date, o.doc_date_source)
            tail = tails.get(key)
            if tail is None:
                tail = tails[key] = _json_tail(o).encode("utf-8", errors)
            indicator = texts.get(o.indicator)
            if indicator is None:
                indicator = texts[o.indicator] = encode_basestring(o.indicator).encode("utf-8", errors)
            qualifier = texts.get(o.qualifier)
            if qualifier is None:
                qualifier = texts[o.qualifier] = encode_basestring(o.qualifier).encode("utf-8", errors)
            audience = texts.get(o.audience)
            if audience is None:
                audience = texts[o.audience] = encode_basestring(o.audience).encode("utf-8", errors)
            sentence = texts.get(o.sentence)
            if sentence is None:
                sentence = texts[o.sentence] = _json_utf8(o.sentence, errors)
            value, start, end = o.value, o.char_start, o.char_end
            if type(value) is not float or value - value != 0.0 or type(start) is not int or type(end) is not int:
                raise TypeError(value)
            phrase = o.unit_phrase
            if type(phrase) is not str:  # (_json_utf8, written out)
                raise TypeError(phrase)
            if '"' in phrase or "\\" in phrase or not phrase.isprintable():  # (_json_utf8, written out)
                phrase = encode_basestring(phrase).encode("utf-8", errors)
            else:
                phrase = b'"' + phrase.encode("utf-8", errors) + b'"'
            parts.append(_UTF8_LINE % (head, indicator, value, qualifier, phrase, audience, start, end, sentence, tail))
        except TypeError:  # (a value of a type the record does not declare, or unhashable)
            parts.append(json_line(o).encode("utf-8", errors))
    return b"".join(parts)


# json_line(o) as UTF-8, given the texts of its fields (bytes' %a of a float writes
# float.__repr__, %d of an int int.__repr__)
_UTF8_LINE = (
    b'%b"indicator": %b, "value": %a, "qualifier": %b, "unit_phrase": %b, "audience": %b, '
    b'"char_start": %d, "char_end": %d, "sentence": %b, %b'
)


def _json_utf8(text: str, errors: str) -> bytes:
    """encode_basestring(text).encode("utf-8", errors): the text in quotes when it has nothing
    JSON escapes (a quote, a backslash, a control character: none of which isprintable() lets
    through but the quote and the backslash), which is cheaper to tell than to escape.
    TypeError for a value that is not a str (as encode_basestring), so that the caller writes
    that line the slow way."""
    if type(text) is not str:
        raise TypeError(text)
    if '"' in text or "\\" in text or not text.isprintable():
        return encode_basestring(text).encode("utf-8", errors)
    return b'"' + text.encode("utf-8", errors) + b'"'


def _json_head(o: Observation) -> str:
    """The text of json_line(o) up to "indicator"."""
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
    )


def _json_tail(o: Observation) -> str:
    """The text of json_line(o) from "period_type" to the end of the line."""
    s = encode_basestring
    return (
        f'"period_type": {"null" if o.period_type is None else s(o.period_type)}, '
        f'"doc_date": {"null" if o.doc_date is None else s(o.doc_date)}, '
        f'"doc_date_source": {"null" if o.doc_date_source is None else s(o.doc_date_source)}}}\n'
    )


# json_lines_utf8 (with _json_head, _UTF8_LINE and _json_tail) names every field of Observation,
# in order: used only while that holds (else every line goes through json_line)
_FAST_LINE = tuple(RECORD_FIELDS) == (
    "doc_id",
    "unit_name",
    "unit_level",
    "province_name",
    "unit_code",
    "period_start",
    "period_end",
    "period_label",
    "indicator",
    "value",
    "qualifier",
    "unit_phrase",
    "audience",
    "char_start",
    "char_end",
    "sentence",
    "period_type",
    "doc_date",
    "doc_date_source",
)


def _fmt(name: str, prf: dict[str, Any]) -> str:
    return (
        f"{name:<10} P={prf['precision']:.3f}  R={prf['recall']:.3f}  F1={prf['f1']:.3f}  "
        f"(tp={prf['tp']} fp={prf['fp']} fn={prf['fn']})"
    )


def _short(r: dict[str, Any]) -> str:
    return (
        f"{r.get('unit_name')} {r.get('period_start')}..{r.get('period_end')} {r.get('indicator')} "
        f"{r.get('value')} {r.get('qualifier')} {r.get('audience')}"
        + (f" | {r['evidence']}" if r.get("evidence") else f" | {r.get('unit_phrase', '')}")
    )


def print_report(rep: EvalReport, verbose: bool, out: Any = None) -> None:
    out = out or sys.stdout
    d = rep.as_dict()
    print(f"documents: {d['documents']}", file=out)
    print(_fmt("detection", d["detection"]), file=out)
    print(_fmt("typed", d["typed"]), file=out)
    print(
        f"qualifier  accuracy={d['qualifier_accuracy']:.3f} over {d['qualifier_total']} typed matches",
        file=out,
    )
    print(f"traps      {d['trap_hits']} hit of {d['traps']}", file=out)
    if d["doc_date_accuracy"] is not None:
        print(f"doc dates  accuracy={d['doc_date_accuracy']:.3f}", file=out)
    if not verbose:
        return
    for doc in rep.docs:
        if not (
            doc.misses
            or doc.false_positives
            or doc.wrong_indicator
            or doc.wrong_qualifier
            or doc.trap_hits
            or doc.doc_date
        ):
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
    import argparse

    from orchestration.extraction.evaluate import evaluate

    ap = argparse.ArgumentParser(
        prog="dwh eval", description="Score the extractor on a labeled set (reports/ beside GOLD)."
    )
    ap.add_argument("gold", help="gold.jsonl (reports in reports/ beside it)")
    ap.add_argument("--verbose", action="store_true", help="list misses and false positives per document")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON (for scripts)")
    args = ap.parse_args(argv)
    gold = Path(args.gold)
    if not gold.is_file():
        print(f"dwh eval: {gold}: no such file", file=sys.stderr)
        return 2
    import json

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
