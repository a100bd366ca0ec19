"""Time a full `dbt build` of the marts on a warehouse the size the project plans for
(default 10,000 documents, ~20 observations each). Not a test: run it by hand when changing
materializations, e.g.

    .venv/bin/python tests/dbt/bench_warehouse.py --docs 10000

The synthetic rows reuse real unit codes and indicator codes so every join is exercised; values
are arbitrary. The numbers it prints back the "Why tables, not incremental" note in
dbt_project/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
from warehouse_fixture import ROOT, build_raw_warehouse

PROJECT_DIR = ROOT / "dbt_project"


def add_synthetic_documents(path: Path, n_docs: int, obs_per_doc: int) -> None:
    seeds = PROJECT_DIR / "seeds"
    with duckdb.connect(str(path)) as con:
        con.execute(f"""
            create temp table units as
            select unit_code, unit_name, unit_level, province_name, valid_from, valid_to,
                   row_number() over () - 1 as i
            from read_csv('{seeds / "org_units.csv"}', all_varchar = true)
            where unit_level in ('district', 'ward')""")
        con.execute(f"""
            create temp table indicators as
            select code, row_number() over () - 1 as i
            from read_csv('{seeds / "indicators.csv"}', all_varchar = true)""")
        con.execute(f"""
            insert into raw.documents
            select sha256(d::varchar) as sha256, 'bench_' || d, 'bench_' || d || '.txt', 'bench/' || d,
                   1000, 'synthetic', timestamp '2026-01-01' + to_seconds(d)
            from range({n_docs}) t(d)""")
        # periods cycle through year, half-year, quarter, 9-month ytd and instants, 2016-2026
        con.execute(f"""
            insert into raw.observations by name
            with o as (
                select d, k, 2016 + (d % 11) as yr, (d * 7 + k) % 5 as ptype
                from range({n_docs}) a(d), range({obs_per_doc}) b(k)
            ), p as (
                select *,
                    case ptype when 0 then make_date(yr, 1, 1) when 1 then make_date(yr, 1, 1)
                               when 2 then make_date(yr, 7, 1) when 3 then make_date(yr, 1, 1)
                               else make_date(yr, 6, 30) end as ps,
                    case ptype when 0 then make_date(yr, 12, 31) when 1 then make_date(yr, 6, 30)
                               when 2 then make_date(yr, 9, 30) when 3 then make_date(yr, 9, 30)
                               else make_date(yr, 6, 30) end as pe
                from o
            )
            select
                substr(sha256(d::varchar), 1, 16) || ':' || (k * 10) || ':' || i.code || ':all' as obs_id,
                sha256(d::varchar) as sha256, 'bench_' || d as doc_id,
                u.unit_name, u.unit_level, u.province_name, u.unit_code,
                ps as period_start, pe as period_end, 'synthetic' as period_label,
                i.code as indicator, ((d * 31 + k * 17) % 500) + 1 as value, 'exact' as qualifier,
                case when i.code = 'other' then 'thứ ' || (k % 3) end as unit_phrase, 'all' as audience,
                k * 10 as char_start, k * 10 + 3 as char_end, 'synthetic sentence' as sentence,
                pe + interval 10 day as doc_date, 'text' as doc_date_source, 'bench' as extractor_version
            from p
            join units as u on u.i = (p.d * 13 + p.k) % (select count(*) from units)
            join indicators as i on i.i = (p.d + p.k * 5) % (select count(*) from indicators)
            -- units exist only in their validity interval, as real reports do
            where cast(u.valid_from as date) <= pe and coalesce(cast(u.valid_to as date), date '9999-12-31') >= ps
        """)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--obs-per-doc", type=int, default=20)
    args = parser.parse_args()
    dbt = Path(sys.executable).with_name("dbt")
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Path(tmp) / "bench.duckdb"
        build_raw_warehouse(warehouse, include_synthetic=True)
        add_synthetic_documents(warehouse, args.docs, args.obs_per_doc)
        with duckdb.connect(str(warehouse), read_only=True) as con:
            n_obs = con.execute("select count(*) from raw.observations").fetchone()[0]
        env = {**os.environ, "WAREHOUSE_PATH": str(warehouse)}
        common = [
            "--project-dir",
            str(PROJECT_DIR),
            "--profiles-dir",
            str(PROJECT_DIR),
            "--target-path",
            str(Path(tmp) / "target"),
            "--log-path",
            str(Path(tmp) / "logs"),
        ]
        for label, cmd in [("seed", ["seed"]), ("run (all models)", ["run"]), ("test (data)", ["test"])]:
            started = time.perf_counter()
            # a failing step is reported, not raised: the later steps' timings are still wanted
            result = subprocess.run(
                [str(dbt), *cmd, *common], env=env, capture_output=True, text=True, check=False
            )
            elapsed = time.perf_counter() - started
            status = "ok" if result.returncode == 0 else "FAILED"
            print(f"{label:18s} {elapsed:6.1f}s {status}  ({args.docs} docs, {n_obs} observations)")
            if result.returncode != 0:
                print(result.stdout[-3000:])
            if cmd == ["run"]:
                results = json.loads((Path(tmp) / "target" / "run_results.json").read_text())["results"]
                slowest = sorted(results, key=lambda r: -r["execution_time"])[:6]
                print(
                    "   slowest:",
                    ", ".join(f"{r['unique_id'].split('.')[-1]} {r['execution_time']:.1f}s" for r in slowest),
                )
        with duckdb.connect(str(warehouse), read_only=True) as con:
            for table in (
                "fct_indicator_values",
                "fct_evidence",
                "mart_district_comparison",
                "mart_coverage",
            ):
                print(table, con.execute(f"select count(*) from marts.{table}").fetchone()[0])


if __name__ == "__main__":
    main()
