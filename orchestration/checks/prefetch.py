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

The mart contract (marts.fct_indicator_values, with the DHIS2-style rules) overlaps dbt too, from
the other end: dbt writes a Parquet copy of the mart and of the dimensions the contract reads as
it builds them (macros/export_for_contract.sql), and when the dbt step sees the mart built it
starts the contract on those copies in the GX worker (`start_exported`) while dbt builds the
models and tests after it. The mart's check takes that result only when every copy still equals
its table (`take_exported`: row count and the sum of the rows' hashes), and validates by itself otherwise
(a dimension's copy missing or older than the table, no worker).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

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
    _drop(_started, table)


def _drop(entries: dict[str, Started] | dict[str, StartedExported], table: str | None) -> None:
    """Take and discard the results of `table`'s (or every) started validation in `entries`:
    the worker holds a result until it is taken."""
    from data_contracts.gx_worker import active

    worker = active()
    for name in [table] if table else list(entries):
        entry = entries.pop(name, None)
        if entry is not None and entry.worker is worker:
            try:
                worker.result(entry.ticket)
            except Exception:  # noqa: BLE001, S112 - nobody wants this result
                continue


@dataclass(frozen=True)
class StartedExported:
    checked_at: dt.datetime
    ticket: int
    worker: object


_exported: dict[str, StartedExported] = {}


def start_exported(relation: str, warehouse: str | Path) -> str | None:
    """dbt has just built `relation`: start the contract that reads it on dbt's copies of its
    tables, in the GX worker. The table started, or None (no worker, a table without such a
    contract, a copy missing)."""
    from data_contracts.gx_worker import active
    from data_contracts.runner import EXPORTED_TABLES, exported_copy_path, validate_exported
    from orchestration.checks.results import utc_now

    worker = active()
    if worker is None or relation not in EXPORTED_TABLES:
        return None
    files = {rel: exported_copy_path(warehouse, rel) for rel in EXPORTED_TABLES[relation]}
    if not all(path.is_file() for path in files.values()):
        return None
    forget_exported(relation)
    checked_at = utc_now()
    ticket = worker.start(validate_exported, relation, {rel: str(p) for rel, p in files.items()}, checked_at)
    _exported[relation] = StartedExported(checked_at, ticket, worker)
    return relation


def take_exported(conn: duckdb.DuckDBPyConnection, table: str) -> Taken | None:
    """The contract of `table` validated on dbt's copies, when every copy equals its table now."""
    from data_contracts.gx_worker import active
    from data_contracts.runner import finish_exported

    entry = _exported.pop(table, None)
    worker = active()
    if entry is None or worker is None or entry.worker is not worker:
        return None
    validated = worker.result(entry.ticket)  # taken even when unused: the worker holds it
    outcomes = finish_exported(conn, table, validated, entry.checked_at)
    if outcomes is None:
        return None
    return Taken(outcomes, entry.checked_at, entry.checked_at)


def forget_exported(table: str | None = None) -> None:
    """Drop started validations of copies nobody took."""
    _drop(_exported, table)
