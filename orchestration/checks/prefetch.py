"""Raw contracts validated while dbt builds (`dwh run`).

The raw contract checks gate the publish, not dbt (orchestration/checks/assets.py): in the
pipeline job they run after the dbt step, and dashboard_snapshot refuses to publish when one of
them failed (orchestration/publish/assets.py). That lets their Great Expectations work overlap
dbt's: before the run that builds dbt, `dwh run` reads the rows each check will validate (the
documents new or changed since they last passed the same contract; DuckDB allows no reader while
dbt writes) and starts their validation in the GX worker, which runs on the other core while dbt
builds. The check step then takes that result if it is for the same documents under the same
contract digest, and validates by itself otherwise (Dagster UI, daemon, tests, `--force`, which
validates whole tables). Nothing writes raw.documents or raw.observations between the two: the
dbt step and report_quarantine write other tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from data_contracts.outcomes import CheckOutcome
from orchestration.checks import scope


@dataclass(frozen=True)
class Started:
    digest: str
    documents: tuple[str, ...]
    checked_at: dt.datetime
    started: dt.datetime  # rows written after this are not covered (scope.record_validated)
    ticket: int
    worker: object  # the GX worker that holds the result (a later `dwh run` in this process has another)


@dataclass(frozen=True)
class Taken:
    outcomes: list[CheckOutcome]
    checked_at: dt.datetime
    started: dt.datetime


_started: dict[str, Started] = {}


def start_raw_contracts(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """Read and start the validation of the scoped raw tables in the GX worker; the tables
    started. Nothing without a worker."""
    from data_contracts.gx_worker import active
    from data_contracts.runner import finish_table_checks, prepare_table_checks
    from orchestration.checks.results import utc_now

    worker = active()
    if worker is None:
        return []
    started_tables = []
    for table in scope.SCOPED_TABLES:
        digest = scope.contract_digest(table)
        documents = scope.documents_to_validate(conn, table, digest)
        checked_at = utc_now()
        started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        prepared = prepare_table_checks(conn, table, only_sha256=documents, checked_at=checked_at)
        forget(table)
        ticket = worker.start(finish_table_checks, prepared)
        _started[table] = Started(digest, tuple(documents), checked_at, started, ticket, worker)
        started_tables.append(table)
    return started_tables


def take(table: str, digest: str, documents: Sequence[str]) -> Taken | None:
    """The started validation of `table`, if it covers exactly `documents` under `digest`."""
    from data_contracts.gx_worker import active

    entry = _started.pop(table, None)
    worker = active()
    if entry is None or worker is None or entry.worker is not worker:
        return None
    outcomes = worker.result(entry.ticket)  # taken even when unused: the worker holds it
    if entry.digest != digest or entry.documents != tuple(documents):
        return None
    return Taken(outcomes, entry.checked_at, entry.started)


def forget(table: str | None = None) -> None:
    """Drop started validations nobody took (a run that failed before its checks)."""
    from data_contracts.gx_worker import active

    worker = active()
    for name in [table] if table else list(_started):
        entry = _started.pop(name, None)
        if entry is not None and entry.worker is worker:
            try:
                worker.result(entry.ticket)
            except Exception:  # noqa: BLE001, S112 - nobody wants this result
                continue
