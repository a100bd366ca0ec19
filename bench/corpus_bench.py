"""Part 3 (issue 4): the pipeline at scale on a generated corpus with ground truth.

1. generate N documents (bench/generate_corpus.py) into data/bench/generated_<N>/;
2. `dwh run --reports <that>/reports` into a fresh warehouse, then `dbt build` on it;
3. add ONE new generated report (in `<that>/extra/`) and time `dwh run` over both folders:
   the end-to-end cost of one new report arriving at a warehouse of N documents.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path

from bench import warehouse_probe
from bench.generate_corpus import generate, next_document, write_corpus, write_document
from bench.measure import BENCH_DIR, ROOT, Measurement, failed, not_measured, run_measured, shell_line
from bench.pipeline_bench import (
    SAMPLE,
    _warehouse_file,
    dbt_build,
    dwh_run_argv,
    isolated_env,
    pipeline_available,
)

PART = "corpus"
ADD_ONE_TARGET_S = 15.0
SEED = 20261122


def _generate(n: int, seed: int) -> tuple[Path, Measurement]:
    out = BENCH_DIR / f"generated_{n}"
    start = time.perf_counter()
    docs, stats = generate(n, seed)
    write_corpus(docs, out)
    wall = time.perf_counter() - start
    m = Measurement(
        PART, f"generate {n} documents + gold", round(wall, 2), "s",
        f"python -m bench.generate_corpus --docs {n} --seed {seed} --out {out.relative_to(ROOT)}",
        config={**stats, "bytes": sum(p.stat().st_size for p in (out / "reports").glob("*.txt"))},
    )
    return out, m


def _one_more(corpus: Path, n: int, seed: int) -> Path:
    """Document number n of the same generator (distinct from the N written) in `<corpus>/extra/`,
    with its own gold.jsonl."""
    existing = {hashlib.sha256(p.read_bytes()).hexdigest() for p in (corpus / "reports").glob("*.txt")}
    g = next_document(n, seed, existing)
    extra = corpus / "extra"
    if extra.exists():
        shutil.rmtree(extra)
    write_document(g, extra)
    (extra / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in g.records),
                                      encoding="utf-8")
    return extra


def run(n: int = 10_000, seed: int = SEED, timeout_s: float = 3600) -> list[Measurement]:
    results: list[Measurement] = []
    corpus, gen = _generate(n, seed)
    results.append(gen)

    reason = pipeline_available()
    wh = _warehouse_file(f"generated_{n}")
    env = isolated_env(f"generated_{n}")
    argv = dwh_run_argv([corpus / "reports"], wh)
    cmd = shell_line(argv, env)
    extra = _one_more(corpus, n, seed)
    add_argv = dwh_run_argv([corpus / "reports", extra], wh)
    add_cmd = shell_line(add_argv, env)
    if reason:
        for name, c in ((f"dwh run, {n} generated docs, fresh warehouse", cmd),
                        (f"dbt build, {n}-doc warehouse", "dbt build ..."),
                        (f"add 1 report to the {n}-doc warehouse (dwh run)", add_cmd)):
            results.append(not_measured(PART, name, "s", c, reason))
        results.append(_dbt_on_sample(timeout_s, reason))
        return results

    results.append(_dbt_on_sample(timeout_s, None))
    full = run_measured(argv, env=env, timeout_s=timeout_s)
    docs_in = warehouse_probe.count(wh, "raw.documents") if wh.exists() and full.returncode != -9 else None
    cfg = {"documents_in_corpus": n, "timeout_s": timeout_s, "raw.documents": docs_in,
           "raw.observations": warehouse_probe.count(wh, "raw.observations") if docs_in is not None else None}
    if not full.ok:
        results.append(failed(PART, f"dwh run, {n} generated docs, fresh warehouse", "s", cmd, full, config=cfg))
        results.append(not_measured(PART, f"dbt build, {n}-doc warehouse", "s", "dbt build ...",
                                    "the full-corpus pipeline run did not finish"))
        results.append(not_measured(PART, f"add 1 report to the {n}-doc warehouse (dwh run)", "s", add_cmd,
                                    "the full-corpus pipeline run did not finish"))
        return results
    results.append(Measurement(PART, f"dwh run, {n} generated docs, fresh warehouse", round(full.wall_s, 1), "s",
                               cmd, config={**cfg, "docs_per_s": round(n / full.wall_s, 2),
                                            "peak_rss_mb": round(full.max_rss_mb or 0, 1)}))
    results.append(dbt_build(wh, f"generated_{n}", f"dbt build, {n}-doc warehouse", timeout_s))
    results[-1].part = PART

    add = run_measured(add_argv, env=env, timeout_s=timeout_s)
    after = warehouse_probe.count(wh, "raw.documents") if add.ok else None
    name = f"add 1 report to the {n}-doc warehouse (dwh run)"
    if not add.ok:
        results.append(failed(PART, name, "s", add_cmd, add))
    else:
        results.append(Measurement(
            PART, name, round(add.wall_s, 2), "s", add_cmd, target=f"< {ADD_ONE_TARGET_S:.0f} s",
            met=add.wall_s < ADD_ONE_TARGET_S and after == (docs_in or 0) + 1,
            config={"raw.documents_before": docs_in, "raw.documents_after": after,
                    "new_report": str(next(extra.glob("*.txt")).relative_to(ROOT)),
                    "peak_rss_mb": round(add.max_rss_mb or 0, 1)},
        ))
    return results


def _dbt_on_sample(timeout_s: float, reason: str | None) -> Measurement:
    """dbt build on a warehouse holding the five sample reports (built by `dwh run` first)."""
    name = "dbt build, sample warehouse (5 docs)"
    if reason:
        return not_measured(PART, name, "s", "dbt build ...", reason)
    wh = _warehouse_file("dbt_sample")
    env = isolated_env("dbt_sample")
    prep = run_measured(dwh_run_argv([SAMPLE], wh), env=env, timeout_s=timeout_s)
    if not prep.ok:
        return failed(PART, name, "s", shell_line(dwh_run_argv([SAMPLE], wh), env), prep)
    m = dbt_build(wh, "dbt_sample", name, timeout_s)
    m.part = PART
    return m
