"""Dagster's SQLite event log: the parent storage against orchestration.instance_storage.

    .venv/bin/python -m bench.event_log_bench [--events 300] [--repeat 3]

Each storage gets a fresh DAGSTER_HOME whose dagster.yaml names it; a one-op job logs
`--events` asset materializations (a dbt build streams about that many events). The first
run creates the SQLite files and is not counted; the median of `--repeat` runs is printed,
wall and CPU seconds of this process.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

PARENT = "dagster._core.storage.event_log.sqlite.sqlite_event_log", "SqliteEventLogStorage"
OURS = "orchestration.instance_storage", "CachedEngineSqliteEventLogStorage"


def _home(root: Path, module: str, cls: str) -> Path:
    home = root / cls
    (home / "history" / "runs").mkdir(parents=True)
    (home / "dagster.yaml").write_text(
        "telemetry:\n  enabled: false\n"
        f"event_log_storage:\n  module: {module}\n  class: {cls}\n"
        f"  config:\n    base_dir: {home / 'history' / 'runs'}\n",
        encoding="utf-8",
    )
    return home


def measure(module: str, cls: str, events: int, repeat: int) -> tuple[float, float, int]:
    import dagster as dg

    quiet = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}

    @dg.op(out=dg.Out(dg.Nothing))
    def many(context):  # unannotated: dagster cannot resolve a locally imported type
        for i in range(events):
            context.log_event(dg.AssetMaterialization(asset_key=f"a{i % 30}", metadata={"i": i}))

    @dg.job
    def job() -> None:
        many()

    with tempfile.TemporaryDirectory() as tmp:
        home = _home(Path(tmp), module, cls)
        with dg.DagsterInstance.from_config(str(home)) as instance:
            assert type(instance.event_log_storage).__name__ == cls
            job.execute_in_process(instance=instance, run_config=quiet)
            walls, cpus = [], []
            for _ in range(repeat):
                wall, cpu = time.perf_counter(), time.process_time()
                result = job.execute_in_process(instance=instance, run_config=quiet)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            stored = len(instance.all_logs(result.run_id))
    return statistics.median(walls), statistics.median(cpus), stored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    for module, cls in (PARENT, OURS):
        wall, cpu, stored = measure(module, cls, args.events, args.repeat)
        print(
            f"{cls:36s} {stored} events per run: {wall:.2f} s wall, {cpu:.2f} s CPU (median of {args.repeat})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
