"""The snapshot prepared while the contract checks run.

In the pipeline job the dashboard snapshot is written last: after dbt, the contract checks (mart
and raw contracts, about 2 s on the 10,000-document warehouse) and only then the copy of the
marts and raw tables (about 1.5 s). Nothing the snapshot copies changes after dbt except
`raw.check_results`, which the checks write. So when the dbt step succeeds, a hook
(`make_snapshot_preparation_hook`) starts `prepare_snapshot` in a thread of this process, with
its own warehouse connection (DuckDB lets one process hold many), and `dashboard_snapshot`
takes the prepared file: it copies `check_results`, writes `meta` and swaps the file in. When a
blocking check failed the prepared file is removed and nothing is published, as before; when the
preparation failed the snapshot is written whole, as before.

A prepared file nobody takes (a run that failed between dbt and the publish: a mart contract,
a Dagster blocking check, failed) is removed when the next preparation starts, when `dwh run`'s
run ends (runner.build_and_publish: it leaves with os._exit) and at the exit of any other
process.
"""

from __future__ import annotations

import atexit
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import dagster as dg

from orchestration import settings
from orchestration.publish.assets import PreparedSnapshot, discard_snapshot, prepare_snapshot
from orchestration.warehouse import connect_warehouse

_lock = threading.Lock()
_pending: dict[str, Future[PreparedSnapshot]] = {}
_executor: ThreadPoolExecutor | None = None


def _prepare(warehouse: Path, target: Path) -> PreparedSnapshot:
    with connect_warehouse(warehouse) as conn:
        return prepare_snapshot(conn, target)


def start(run_id: str, warehouse: Path, target: Path) -> None:
    """Begin preparing the snapshot of `run_id` in the background."""
    global _executor
    discard_all()
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot-prepare")
        _pending[run_id] = _executor.submit(_prepare, warehouse, target)


def take(run_id: str) -> PreparedSnapshot | None:
    """The prepared snapshot of `run_id` (waiting for it), or None when there is none or its
    preparation failed."""
    with _lock:
        future = _pending.pop(run_id, None)
    if future is None:
        return None
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - the snapshot is then written whole, as without preparation
        return None


def discard(run_id: str) -> None:
    prepared = take(run_id)
    if prepared is not None:
        discard_snapshot(prepared)


def discard_all() -> None:
    with _lock:
        run_ids = list(_pending)
    for run_id in run_ids:
        discard(run_id)


atexit.register(discard_all)


def make_snapshot_preparation_hook(after_op: str, snapshot_step: str) -> dg.HookDefinition:
    """A success hook for the pipeline job: once `after_op` (the dbt build) succeeds in a run
    that also publishes (whose steps include `snapshot_step`), start preparing its snapshot."""

    @dg.success_hook(name="prepare_dashboard_snapshot", required_resource_keys={"warehouse"})
    def prepare_dashboard_snapshot(context: dg.HookContext) -> None:
        if context.op.name != after_op:
            return
        run = context.instance.get_run_by_id(context.run_id)
        # the run's steps (None: every step of its job) must include the publish
        steps = run.step_keys_to_execute if run is not None else []
        if steps is not None and snapshot_step not in steps:
            return
        start(context.run_id, context.resources.warehouse.resolved_path(), settings.snapshot_path())

    return prepare_dashboard_snapshot
