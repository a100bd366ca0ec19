"""`make bench`: run the benchmarks, print a table, write data/bench/results.json.

    .venv/bin/python -m bench.run_all                              # everything
    .venv/bin/python -m bench.run_all --only extract               # one part (extract|pipeline|corpus)
    .venv/bin/python -m bench.run_all --only pipeline,corpus --docs 2000

A part that cannot run (a component not delivered yet, a run that fails or times out) is
recorded as `not_measured` or `failed` with the reason; no number is ever estimated.
Results of parts not run this time are kept from the previous results.json (each row says when
it was measured), so parts can be run separately.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from typing import Any

from bench.measure import BENCH_DIR, ROOT, Measurement

PARTS = ("extract", "pipeline", "corpus")
RESULTS = BENCH_DIR / "results.json"


def _parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.run_all", description=__doc__.split("\n")[0])
    p.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts among {', '.join(PARTS)}")
    p.add_argument("--docs", type=int, default=10_000, help="generated corpus size for the corpus part")
    p.add_argument("--seed", type=int, default=20261122, help="generator seed")
    p.add_argument("--repeat", type=int, default=3, help="timed runs of dwh extract per corpus (median)")
    p.add_argument("--subset", type=int, default=50,
                   help="generated documents for the real fresh `dwh run` in the corpus part")
    p.add_argument("--full-dwh-run", action=argparse.BooleanOptionalAction, default=True,
                   help="run the real `dwh run` over all --docs documents (else, and if it fails, the "
                        "N-document warehouse is set up with bench.bulk_load)")
    p.add_argument("--full-timeout", type=float, default=2400,
                   help="seconds before the full-corpus `dwh run` is abandoned")
    p.add_argument("--timeout", type=float, default=3600, help="seconds before a pipeline run is abandoned")
    a = p.parse_args(argv)
    a.parts = [x.strip() for x in a.only.split(",") if x.strip()]
    unknown = set(a.parts) - set(PARTS)
    if unknown:
        p.error(f"unknown part(s) {sorted(unknown)}; choose among {PARTS}")
    return a


def _git_rev() -> str | None:
    r = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                       check=False)
    return r.stdout.strip() or None


def environment() -> dict[str, Any]:
    return {"python": platform.python_version(), "python_base": os.path.realpath(sys._base_executable),
            "machine": platform.machine(), "cpus": os.cpu_count(),
            "git_head": _git_rev(), "note": "the working tree may hold uncommitted changes of other parts"}


def run_parts(a: argparse.Namespace) -> list[Measurement]:
    from bench import corpus_bench, extract_bench, pipeline_bench

    results: list[Measurement] = []
    for part in a.parts:
        start = time.perf_counter()
        print(f"[bench] {part} ...", file=sys.stderr, flush=True)
        if part == "extract":
            results += extract_bench.run(repeat=a.repeat)
        elif part == "pipeline":
            results += pipeline_bench.run(timeout_s=a.timeout)
        elif part == "corpus":
            results += corpus_bench.run(n=a.docs, seed=a.seed, timeout_s=a.timeout, subset=a.subset,
                                        full_dwh_run=a.full_dwh_run, full_timeout_s=a.full_timeout)
        print(f"[bench] {part} done in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return results


def _max_load(row: dict[str, Any]) -> float:
    load = (row.get("config") or {}).get("load_avg_1min_before")
    if isinstance(load, list):
        return max(load, default=0.0)
    return float(load or 0.0)


def table(rows: list[dict[str, Any]]) -> str:
    def value(r: dict[str, Any]) -> str:
        if r["status"] != "measured":
            return r["status"].upper().replace("_", " ")
        return f"{r['value']:g} {r['unit']}"

    def verdict(r: dict[str, Any]) -> str:
        if r.get("met") is None:
            return r.get("target") or ""
        return f"{'OK  ' if r['met'] else 'MISS'} {r['target']}"

    head = ("part", "measurement", "value", "target")
    body = [(r["part"], r["name"], value(r), verdict(r)) for r in rows]
    widths = [max(len(str(x[i])) for x in [head, *body]) for i in range(4)]

    def line(cells: Any) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(head), line(["-" * w for w in widths])] + [line(b) for b in body]
    notes = [f"  - {r['name']}: {r['note']}" for r in rows if r.get("note")]
    busy = [r["name"] for r in rows if _max_load(r) > (os.cpu_count() or 1)]
    if busy:
        notes.append(f"  - machine busy (1-min load above {os.cpu_count()} cores) during: {'; '.join(busy)}. "
                     "Wall times there include waiting for the CPU; the CPU-time figures in results.json "
                     "are the steadier ones.")
    cmds = [f"  - {r['name']}: {r['command']}" for r in rows]
    return "\n".join(out + ["", "notes:", *notes, "", "commands:", *cmds])


def main(argv: list[str] | None = None) -> int:
    a = _parse(argv)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    new = [dict(m.to_dict(), measured_at=now) for m in run_parts(a)]
    previous: list[dict[str, Any]] = []
    if RESULTS.exists():
        try:
            previous = json.loads(RESULTS.read_text(encoding="utf-8")).get("results", [])
        except (json.JSONDecodeError, AttributeError):
            previous = []
    kept = [r for r in previous if r.get("part") not in a.parts]
    rows = sorted(kept + new, key=lambda r: PARTS.index(r["part"]) if r["part"] in PARTS else 99)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    payload = {"written_at": now, "invocation": "python -m bench.run_all " + " ".join(argv or sys.argv[1:]),
               "environment": environment(), "results": rows}
    tmp = RESULTS.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(RESULTS)
    print(table(rows))
    print(f"\nwritten: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
