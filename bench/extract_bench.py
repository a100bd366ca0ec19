"""Part 1 (issue 3): extraction throughput of `dwh extract` against Duckling, and its memory.

Both run as one-core child processes (`taskset -c 0`) over the same files. Throughput is
documents per second of the whole process (start-up included, the same for both), so the ratio
compares what a user waits for. Duckling's parse-only rate is reported beside it.

On the corpus the ratio is taken on, the two programs run alternately, `repeat` times each, so
that both see the same moments of a machine whose speed drifts; the ratio is best run over best
run (the runs least disturbed), and the median of the pairs' ratios is reported beside it.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from bench.corpus import Corpus, build_repeated_corpus, eval_report_dirs
from bench.measure import (
    BENCH_DIR,
    ROOT,
    VENV_BIN,
    Measurement,
    RunResult,
    failed,
    not_measured,
    run_measured,
    shell_line,
)

PART = "extract"
MB = 1024 * 1024
CORE = 0
RATIO_TARGET = 20.0
RSS_TARGET_MB = 300.0
FLAT_TOLERANCE = 0.10  # peak RSS may grow by at most 10% when the corpus doubles


def extract_argv(files: list[Path]) -> list[str]:
    return [str(VENV_BIN / "dwh"), "extract", *map(str, files), "--format", "jsonl"]


def duckling_argv(files: list[Path], dims: str = "number,time") -> list[str]:
    return [str(VENV_BIN / "python"), "-m", "bench.duckling_parse", "--dims", dims, *map(str, files)]


def _display(argv: list[str], corpus: Corpus, redirect: str = " > /dev/null") -> str:
    """A readable command: the file list shown as the corpus glob."""
    files = [i for i, a in enumerate(argv) if a.endswith(".txt")]
    before, after = argv[: files[0]], argv[files[-1] + 1 :]
    glob = f"{corpus.directory.relative_to(ROOT)}/*.txt"
    return f"taskset -c {CORE} {shell_line(before)} {glob} {shell_line(after)}".rstrip() + redirect


def extractor_available() -> str | None:
    """None when `dwh extract` can run, else the reason it cannot."""
    if not (ROOT / "orchestration" / "extraction" / "cli.py").exists():
        return "orchestration/extraction/cli.py does not exist yet (extraction library not delivered)"
    probe = run_measured([str(VENV_BIN / "dwh"), "extract", "--help"], timeout_s=120)
    if not probe.ok:
        return f"`dwh extract --help` failed: {probe.tail(4)}"
    return None


def _alternating_runs(
    argv: list[str], other: list[str], repeat: int
) -> tuple[list[RunResult], list[RunResult]]:
    """`repeat` runs of each command, alternating (argv first); a failed run stops the series."""
    runs: list[RunResult] = []
    others: list[RunResult] = []
    for _ in range(repeat):
        runs.append(run_measured(argv, pin_core=CORE, stdout_to="/dev/null"))
        if not runs[-1].ok:
            break
        others.append(run_measured(other, pin_core=CORE))
        if not others[-1].ok:
            break
    return runs, others


def _median_run(argv: list[str], repeat: int) -> tuple[list[RunResult], RunResult | None]:
    runs = [run_measured(argv, pin_core=CORE, stdout_to="/dev/null") for _ in range(repeat)]
    bad = next((r for r in runs if not r.ok), None)
    return runs, bad


def _count_records(files: list[Path]) -> int:
    """Sanity check outside the timing: the extractor really emits observations."""
    out = BENCH_DIR / "extract_sanity.jsonl"
    run = run_measured(extract_argv(files), stdout_to=str(out))
    if not run.ok:
        return -1
    with out.open(encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def run(repeat: int = 3, sizes_mb: tuple[int, ...] = (2, 4), duckling_number_only: bool = True) -> list[Measurement]:
    results: list[Measurement] = []
    corpora = {mb: build_repeated_corpus(BENCH_DIR / f"corpus_{mb}mb", mb * MB) for mb in sizes_mb}
    base = corpora[sizes_mb[0]]

    reason = extractor_available()
    ext_rate: float | None = None
    ext_cpu_rate: float | None = None
    rss_by_size: dict[int, float] = {}
    ext_runs: list[RunResult] = []
    duck_runs: list[RunResult] = []
    for mb, corpus in corpora.items():
        argv = extract_argv(corpus.files)
        cmd = _display(argv, corpus)
        cfg = {"documents": corpus.documents, "bytes": corpus.total_bytes, "repeat": repeat,
               "core": CORE, "rate_basis": "documents / whole-process wall time, best of the runs"}
        if reason:
            results.append(not_measured(PART, f"dwh extract docs/s ({mb} MB)", "docs/s", cmd, reason,
                                        config=cfg))
            continue
        if corpus is base:
            # alternately with Duckling's runs: both programs sample the same machine states
            runs, duck_runs = _alternating_runs(argv, duckling_argv(corpus.files), repeat)
            bad = next((r for r in runs if not r.ok), None)
        else:
            runs, bad = _median_run(argv, repeat)
        if bad:
            results.append(failed(PART, f"dwh extract docs/s ({mb} MB)", "docs/s", cmd, bad, config=cfg))
            continue
        # Best of N: the run least disturbed by the other processes on the shared machine.
        wall = min(r.wall_s for r in runs)
        cpu = min(r.cpu_s or r.wall_s for r in runs)
        rate = corpus.documents / wall
        rss = max(r.max_rss_mb or 0.0 for r in runs)
        rss_by_size[mb] = rss
        cfg |= {"median_docs_per_s": round(corpus.documents / statistics.median(r.wall_s for r in runs), 1),
                "wall_s_runs": [round(r.wall_s, 3) for r in runs],
                "cpu_s_runs": [round(r.cpu_s or 0, 3) for r in runs],
                "docs_per_cpu_s": round(corpus.documents / cpu, 1),
                "load_avg_1min_before": [r.load_before for r in runs]}
        if corpus is base:
            ext_runs = runs
            ext_rate, ext_cpu_rate = rate, corpus.documents / cpu
            cfg["observations_per_pass"] = _count_records(corpus.files)
        results.append(Measurement(PART, f"dwh extract docs/s ({mb} MB)", round(rate, 1), "docs/s", cmd,
                                   config=cfg))
        results.append(Measurement(
            PART, f"dwh extract peak RSS ({mb} MB)", round(rss, 1), "MB",
            f"/usr/bin/time -v {cmd}", target=f"< {RSS_TARGET_MB:.0f} MB", met=rss < RSS_TARGET_MB,
            config={"documents": corpus.documents, "bytes": corpus.total_bytes,
                    "source": "GNU time 'Maximum resident set size', max over runs"},
        ))
    if len(rss_by_size) >= 2:
        small, large = min(rss_by_size), max(rss_by_size)
        growth = rss_by_size[large] / rss_by_size[small] - 1
        results.append(Measurement(
            PART, f"peak RSS growth {small}->{large} MB corpus", round(100 * growth, 1), "%",
            "see the two peak RSS rows", target=f"flat (< {100 * FLAT_TOLERANCE:.0f}%)",
            met=growth < FLAT_TOLERANCE,
            config={f"{k}mb_rss_mb": round(v, 1) for k, v in rss_by_size.items()},
        ))

    duck_rates: dict[int, float] = {}
    duck_cpu_rates: dict[int, float] = {}
    for mb, corpus in corpora.items():
        argv = duckling_argv(corpus.files)
        cmd = _display(argv, corpus, redirect="")
        drs = duck_runs if corpus is base and duck_runs else [run_measured(argv, pin_core=CORE)]
        r = next((x for x in drs if not x.ok), None) or min(drs, key=lambda x: x.wall_s)
        if not r.ok:
            results.append(failed(PART, f"Duckling number+time docs/s ({mb} MB)", "docs/s", cmd, r))
            continue
        info = json.loads(r.stdout.strip().splitlines()[-1])
        rate = corpus.documents / r.wall_s
        duck_rates[mb] = rate
        duck_cpu_rates[mb] = corpus.documents / min(x.cpu_s or x.wall_s for x in drs)
        results.append(Measurement(
            PART, f"Duckling number+time docs/s ({mb} MB)", round(rate, 2), "docs/s", cmd,
            config={"documents": corpus.documents, "bytes": corpus.total_bytes, "core": CORE,
                    "runs": len(drs), "wall_s_runs": [round(x.wall_s, 3) for x in drs],
                    "cpu_s_runs": [round(x.cpu_s or 0, 3) for x in drs],
                    "docs_per_cpu_s": round(duck_cpu_rates[mb], 2),
                    "load_avg_1min_before": [x.load_before for x in drs],
                    "peak_rss_mb": round(r.max_rss_mb or 0, 1),
                    "parse_only_docs_per_s": round(corpus.documents / info["parse_seconds"], 2),
                    "entities": info["entities"], "language": info["language"],
                    "locale": info["locale"], "package": "pyduckling-native-phihos==0.3.0",
                    "rate_basis": "documents / whole-process wall time, best of the runs"},
        ))
    if ext_rate is not None and sizes_mb[0] in duck_rates:
        ratio = ext_rate / duck_rates[sizes_mb[0]]
        pairs = [d.wall_s / e.wall_s for e, d in zip(ext_runs, duck_runs, strict=True)] if duck_runs else []
        results.append(Measurement(
            PART, f"speed ratio dwh extract / Duckling ({sizes_mb[0]} MB)", round(ratio, 1), "x",
            "ratio of the two docs/s rows above", target=f">= {RATIO_TARGET:.0f}x",
            met=ratio >= RATIO_TARGET,
            config={"pair_ratios": [round(x, 1) for x in pairs],
                    "median_pair_ratio": round(statistics.median(pairs), 1) if pairs else None},
            note="whole-process wall time of both, best run over best run, the runs alternating on "
                 "the same core; the median of the pairs' ratios is in the config",
        ))
        cpu_ratio = (ext_cpu_rate or 0) / duck_cpu_rates[sizes_mb[0]]
        results.append(Measurement(
            PART, f"speed ratio, CPU-time basis ({sizes_mb[0]} MB)", round(cpu_ratio, 1), "x",
            "ratio of docs per CPU-second (user+sys from GNU time) of the two docs/s rows",
            target=f">= {RATIO_TARGET:.0f}x", met=cpu_ratio >= RATIO_TARGET,
            note="insensitive to other processes sharing the core (the machine is shared while the team works)",
        ))
    elif reason:
        results.append(not_measured(PART, "speed ratio dwh extract / Duckling", "x",
                                    "ratio of the docs/s rows", reason))
    if duckling_number_only:
        results.append(_duckling_number_only(base))
    if not reason:
        results.append(_ratio_on_every_split(sizes_mb[0]))
    return results


def _ratio_on_every_split(mb: int, repeat: int = 2) -> Measurement:
    """The same ratio over the whole evaluation set as it is today (dev and every holdout split,
    each report once before any is repeated), not only the dev split the rows above repeat.

    The issue's corpus is "the evaluation set repeated to at least 2 MB"; when the bench was
    written that set was the dev split. The holdout splits written since are other writers'
    reports, denser in numbers and traps: this row says what the ratio is on them."""
    dirs = eval_report_dirs()
    corpus = build_repeated_corpus(BENCH_DIR / f"corpus_every_split_{mb}mb", mb * MB, source=dirs)
    name = f"speed ratio on every evaluation split ({mb} MB)"
    ext_argv, duck_argv = extract_argv(corpus.files), duckling_argv(corpus.files)
    runs, duck_runs = _alternating_runs(ext_argv, duck_argv, repeat)
    bad = next((r for r in [*runs, *duck_runs] if not r.ok), None)
    ext_cmd, duck_cmd = _display(ext_argv, corpus), _display(duck_argv, corpus, redirect="")
    in_corpus = _splits_in_corpus(corpus, dirs)
    cfg = {"splits_in_corpus": in_corpus, "splits": len(dirs)}
    if bad:  # (the command of the program that failed)
        return failed(PART, name, "x", ext_cmd if any(r is bad for r in runs) else duck_cmd, bad, config=cfg)
    ext_wall = min(r.wall_s for r in runs)
    duck_wall = min(r.wall_s for r in duck_runs)
    ext_cpu = min(r.cpu_s or r.wall_s for r in runs)
    duck_cpu = min(r.cpu_s or r.wall_s for r in duck_runs)
    ratio = duck_wall / ext_wall  # (the same documents: the ratio of the docs/s rates)
    return Measurement(
        PART, name, round(ratio, 1), "x", f"{ext_cmd}; {duck_cmd}", target=f">= {RATIO_TARGET:.0f}x",
        met=ratio >= RATIO_TARGET,
        config={**cfg, "documents": corpus.documents, "bytes": corpus.total_bytes,
                "repeat": repeat, "extract_docs_per_s": round(corpus.documents / ext_wall, 1),
                "duckling_docs_per_s": round(corpus.documents / duck_wall, 2),
                "cpu_time_ratio": round(duck_cpu / ext_cpu, 1),
                "pair_ratios": [round(d.wall_s / e.wall_s, 1) for e, d in zip(runs, duck_runs, strict=True)]},
        note=("the evaluation set as it is now (all splits), read once each before any repeats; the rows "
              "above repeat the dev split only, as when the bench was written")
        + ("" if in_corpus == len(dirs) else
           f"; the corpus is cut at {mb} MB in sorted order: only {in_corpus} of the {len(dirs)} splits are in it"),
    )


def _splits_in_corpus(corpus: Corpus, dirs: list[Path]) -> int:
    """How many of the splits `dirs` have a report in the corpus (build_repeated_corpus names
    each copy `<copy>_<source name>` and stops at its size, in sorted order)."""
    split_of: dict[str, set[Path]] = {}
    for d in dirs:
        for p in d.glob("*.txt"):
            split_of.setdefault(p.name, set()).add(d)
    found: set[Path] = set()
    for f in corpus.files:
        found |= split_of.get(f.name.split("_", 1)[1], set())
    return len(found)


def _duckling_number_only(corpus: Corpus) -> Measurement:
    """Duckling with the number dimension alone: the most favourable setting for Duckling."""
    argv = duckling_argv(corpus.files, dims="number")
    cmd = _display(argv, corpus, redirect="")
    r = run_measured(argv, pin_core=CORE)
    if not r.ok:
        return failed(PART, "Duckling number-only docs/s (reference)", "docs/s", cmd, r)
    info = json.loads(r.stdout.strip().splitlines()[-1])
    return Measurement(
        PART, "Duckling number-only docs/s (reference)", round(corpus.documents / r.wall_s, 2), "docs/s",
        cmd, config={"documents": corpus.documents, "wall_s": round(r.wall_s, 3),
                     "docs_per_cpu_s": round(corpus.documents / (r.cpu_s or r.wall_s), 2),
                     "parse_only_docs_per_s": round(corpus.documents / info["parse_seconds"], 2)},
        note="not the comparison the target is about; shows Duckling's best case",
    )
