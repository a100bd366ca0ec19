"""`dwh extract` and `dwh eval` (orchestration/extraction/cli.py)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from extraction_helpers import SAMPLES

from orchestration.extraction import cli
from orchestration.extraction.cli import eval_main, extract_main, json_line, json_lines, json_lines_utf8
from orchestration.extraction.extractor import Extractor
from orchestration.extraction.models import Observation

REPORT = "Năm 2020, Ban Tuyên giáo Quận ủy Quận 5 tổ chức 12 buổi tuyên truyền miệng.\n"


def test_extract_files_and_folders_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"date": "2020-12-20"}', encoding="utf-8")
    rc = extract_main([str(tmp_path), str(next(SAMPLES.glob("003_*.txt")))])
    assert rc == 0
    recs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert set(recs[0]) == set(Observation.__dataclass_fields__)
    a = [r for r in recs if r["doc_id"] == "a"]
    assert a[0]["doc_date"] == "2020-12-20" and a[0]["doc_date_source"] == "sidecar"
    assert any(r["doc_id"].startswith("003_") and r["value"] == 20012 for r in recs)


def test_json_lines_write_what_json_dumps_writes() -> None:
    """json_lines and json_lines_utf8 (what `dwh extract` writes to stdout) against json.dumps,
    on the sample reports and on fields JSON escapes."""
    ex = Extractor.default()
    observations = []
    for path in sorted(SAMPLES.glob("*.txt")):
        observations += ex.extract(path.read_text(encoding="utf-8"), doc_id=path.stem).observations
    odd = observations[0].to_dict()
    odd.update(doc_id='a "b"\\c', sentence="tab\there\nand \x01, non-breaking\xa0space", unit_phrase="\u2028")
    observations.append(Observation(**odd))
    observations.append(Observation(**{**odd, "value": float("nan"), "unit_name": None}))
    observations.append(Observation(**{**odd, "char_start": True}))
    expected = "".join(json.dumps(o.to_dict(), ensure_ascii=False) + "\n" for o in observations)
    assert json_lines(observations) == expected
    assert json_lines_utf8(observations) == expected.encode("utf-8")
    lone = Observation(**{**odd, "doc_id": "\udcff"})
    assert json_lines_utf8([lone], "surrogateescape") == json_lines([lone]).encode("utf-8", "surrogateescape")


def test_fast_writer_names_every_field() -> None:
    """A field added to Observation without json_lines_utf8 learning it turns the fast writer
    off (every line through json_line): that must fail here, not only run slower."""
    assert cli._FAST_LINE


@pytest.mark.parametrize("field", ["unit_phrase", "sentence", "indicator", "unit_name", "doc_date"])
@pytest.mark.parametrize("value", [("a", "b"), ["a"], 3, 2.5])
def test_json_lines_of_values_of_other_types_are_json_lines(field: str, value: object) -> None:
    """A value the record does not declare (hashable or not) is written as json_line writes it."""
    base = Observation("d", None, None, None, None, None, None, None, "x", 1.0, "exact", "buổi", "all", 0, 1, "s")
    o = Observation(**{**base.to_dict(), field: value})
    expected = json.dumps(o.to_dict(), ensure_ascii=False) + "\n"
    assert json_line(o) == expected
    assert json_lines_utf8([base, o, base]) == (json_line(base) + expected + json_line(base)).encode("utf-8")
    assert json_lines([o]) == expected


def test_extract_writes_utf8_bytes_to_stdout() -> None:
    """`dwh extract` as a process: its stdout takes the lines as bytes (json_lines_utf8)."""
    paths = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from orchestration.cli import main; sys.exit(main())", "extract", *paths],
        capture_output=True, check=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    ex = Extractor.default()
    expected = "".join(
        json_lines(ex.extract(Path(p).read_text(encoding="utf-8"), doc_id=Path(p).stem).observations) for p in paths
    )
    assert done.stdout == expected.encode("utf-8")


def test_extract_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    assert extract_main([str(tmp_path / "a.txt"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["indicator"] == "oral_propaganda_sessions" and float(rows[0]["value"]) == 12


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x00\x01\x02abc", "binary file"),
    ("latin1.txt", "Quận 5 tổ chức".encode("cp1258", errors="ignore") + b"\xff\xfe\xfa", "not UTF-8"),
])
def test_unreadable_files_fail_with_a_clear_error_and_others_go_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    rc = extract_main([str(bad), str(good)])
    out = capsys.readouterr()
    assert rc == 1
    assert str(bad) in out.err and reason in out.err
    assert json.loads(out.out.splitlines()[0])["doc_id"] == "good"


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert extract_main([str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt: no such file" in capsys.readouterr().err


def _gold_set(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "d1.txt").write_text(REPORT + "Theo Kế hoạch 138, Quận 5 tổ chức thêm 3 hội nghị báo cáo viên.\n",
                                    encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"type": "doc", "doc_id": "d1", "doc_date": None, "doc_date_source": None},
        {"type": "fact", "doc_id": "d1", "unit_name": "Quận 5", "unit_code": "774", "unit_level": "district",
         "province_name": "Thành phố Hồ Chí Minh", "period_start": "2020-01-01", "period_end": "2020-12-31",
         "indicator": "oral_propaganda_sessions", "value": 12, "qualifier": "exact", "audience": "all",
         "evidence": "12 buổi tuyên truyền miệng"},
        {"type": "fact", "doc_id": "d1", "unit_name": "Quận 5", "unit_code": "774", "unit_level": "district",
         "province_name": "Thành phố Hồ Chí Minh", "period_start": "2020-01-01", "period_end": "2020-12-31",
         "indicator": "reporter_conferences", "value": 4, "qualifier": "exact", "audience": "all",
         "evidence": "4 hội nghị"},
        {"type": "trap", "doc_id": "d1", "text": "Kế hoạch 138", "value": 138},
    ]
    gold.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    return gold


def test_eval_prints_scores_and_verbose_lists_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold_set(tmp_path)
    assert eval_main([str(gold), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "detection" in out and "typed" in out and "qualifier" in out and "traps      0 hit of 1" in out
    assert "MISS" in out and "reporter_conferences 4" in out
    assert "FP" in out


def test_eval_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold_set(tmp_path)
    assert eval_main([str(gold), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["detection"]["tp"] == 1 and d["detection"]["fn"] == 1 and d["detection"]["fp"] == 1
    assert d["traps"] == 1 and d["trap_hits"] == 0


def test_eval_missing_report_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold_set(tmp_path)
    (tmp_path / "reports" / "d1.txt").unlink()
    assert eval_main([str(gold)]) == 2
    assert "d1" in capsys.readouterr().err
