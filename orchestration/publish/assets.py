"""Publish: copy what the dashboard reads into a new DuckDB file and swap it in atomically.

The dashboard never opens the warehouse (DuckDB: one read-write process XOR many readers), so
it reads this snapshot. Tables land in the snapshot's `main` schema under their own names:
every `marts.*` relation, `check_results`, `documents` (with their text: the evidence pages
show it), `quarantine`, `unclassified_mentions`, and `meta` (one row: when and by which run it
was published, with row counts and the pipeline fingerprint).
"""

import hashlib
import os
import shutil
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb

from orchestration import settings
from orchestration.dbt.project import dbt_inputs_digest
from orchestration.ingest.partitions import WAREHOUSE_POOL
from orchestration.publish.status import record_success
from orchestration.resources import WarehouseResource
from orchestration.warehouse import utc_now

PUBLISH_GROUP = "publish"
# raw tables the dashboard reads besides the marts: (warehouse relation, snapshot name)
RAW_COPIES: tuple[tuple[str, str], ...] = (
    ("raw.check_results", "check_results"),
    ("raw.documents", "documents"),
    ("raw.quarantine", "quarantine"),
    ("raw.unclassified_mentions", "unclassified_mentions"),
)
MARTS_SCHEMA = "marts"


def _relations(conn: duckdb.DuckDBPyConnection, schema: str) -> list[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() "
        "AND table_schema = ? ORDER BY table_name",
        [schema],
    ).fetchall()
    return [r[0] for r in rows]


def pipeline_fingerprint(conn: duckdb.DuckDBPyConnection) -> str:
    """What the published snapshot was built from: documents, their paths, extraction
    versions, quarantine, and the dbt project. Equal fingerprints mean a rebuild would publish
    the same data, which is how `dwh run` knows it can skip the dbt build."""
    digest = hashlib.sha256()
    queries = (
        "SELECT sha256 FROM raw.documents ORDER BY 1",
        "SELECT sha256, source_path FROM raw.document_files ORDER BY 1, 2",
        "SELECT sha256, extractor_version FROM raw.extracted_documents ORDER BY 1, 2",
        "SELECT source_path, sha256, reason FROM raw.quarantine ORDER BY 1, 2",
    )
    for sql in queries:
        for row in conn.execute(sql).fetchall():
            digest.update(repr(row).encode())
        digest.update(b"|")
    digest.update(dbt_inputs_digest().encode())
    return digest.hexdigest()


# A table whose rows changed by more than this share is copied whole instead of patched.
PATCH_MAX_CHANGED_SHARE = 0.5


# Written by the contract checks that run after dbt: copied when the snapshot is finished, the
# rest can be copied while those checks run (orchestration/publish/early.py).
LATE_COPIES = frozenset({"check_results"})


@dataclass(frozen=True)
class PreparedSnapshot:
    """A snapshot file next to `target` holding the tables prepare_snapshot copied (all but
    its `late` ones) and no meta yet; finish_snapshot completes and swaps it in."""

    target: Path
    tmp: Path
    counts: dict[str, int]  # tables written, with their row counts
    existing: frozenset[str]  # tables of the old snapshot it started from


def build_snapshot(
    conn: duckdb.DuckDBPyConnection,
    target: Path,
    run_id: str,
    fingerprint: str,
    prepared: PreparedSnapshot | None = None,
) -> dict[str, int]:
    """Write a complete snapshot next to `target`, then os.replace it onto `target`.

    Readers holding the old file keep reading it; new readers get the new one; nobody sees a
    half-written file. Returns row counts per copied table. `prepared`: a file prepare_snapshot
    wrote from this warehouse since its marts were built, finished here (LATE_COPIES, meta);
    one that cannot be finished is dropped and the snapshot written anew.

    When the last snapshot is there, the new one starts as a byte copy of it and each table is
    patched to the warehouse's rows (`_patch_table`): with 10,000 documents, writing every table
    again took 3 s, mostly compressing rows that had not changed. A table with new columns,
    duplicate rows or mostly changed rows is copied whole, and so is everything when the old
    file cannot be read or has as many free blocks as used ones (patches leave holes).
    """
    if prepared is not None:
        try:
            return finish_snapshot(conn, prepared, run_id, fingerprint)
        except duckdb.Error:
            pass  # finish_snapshot removed it: write the snapshot anew
    return finish_snapshot(conn, prepare_snapshot(conn, target, late=frozenset()), run_id, fingerprint)


def prepare_snapshot(
    conn: duckdb.DuckDBPyConnection, target: Path, late: frozenset[str] = LATE_COPIES
) -> PreparedSnapshot:
    """The snapshot's tables except `late`, in a new file next to `target` (from the old
    snapshot when it can be patched, else from nothing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    if target.exists():
        try:
            return _prepare(conn, target, tmp, base=target, late=late)
        except duckdb.Error:
            pass  # an unreadable or odd old snapshot: build the new one from nothing
    return _prepare(conn, target, tmp, base=None, late=late)


def discard_snapshot(prepared: PreparedSnapshot) -> None:
    for stale in (prepared.tmp, prepared.tmp.with_name(prepared.tmp.name + ".wal")):
        stale.unlink(missing_ok=True)


def _copies(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    copies = [(f'"{MARTS_SCHEMA}"."{name}"', name) for name in _relations(conn, MARTS_SCHEMA)]
    present_raw = set(_relations(conn, "raw"))
    return copies + [(src, dst) for src, dst in RAW_COPIES if src.split(".")[1] in present_raw]


def _copy(conn: duckdb.DuckDBPyConnection, source: str, name: str, existing: frozenset[str]) -> int:
    if name not in existing or not _patch_table(conn, source, name):
        conn.execute(f'CREATE OR REPLACE TABLE snapshot.main."{name}" AS SELECT * FROM {source}')
    return conn.execute(f'SELECT count(*) FROM snapshot.main."{name}"').fetchone()[0]


def _prepare(
    conn: duckdb.DuckDBPyConnection, target: Path, tmp: Path, base: Path | None, late: frozenset[str]
) -> PreparedSnapshot:
    prepared = PreparedSnapshot(target, tmp, {}, frozenset())
    discard_snapshot(prepared)
    if base is not None:
        shutil.copyfile(base, tmp)
    conn.execute(f"ATTACH '{tmp}' AS snapshot")
    try:
        if base is not None and _mostly_free(conn):
            raise duckdb.IOException(f"{base}: as many free blocks as used ones; written anew")
        existing = frozenset(_snapshot_tables(conn)) if base is not None else frozenset()
        counts = {name: _copy(conn, source, name, existing) for source, name in _copies(conn) if name not in late}
    except BaseException:
        conn.execute("DETACH snapshot")
        discard_snapshot(prepared)
        raise
    conn.execute("DETACH snapshot")
    return PreparedSnapshot(target, tmp, counts, existing)


def finish_snapshot(
    conn: duckdb.DuckDBPyConnection, prepared: PreparedSnapshot, run_id: str, fingerprint: str
) -> dict[str, int]:
    """Copy what `prepared` lacks, drop tables no longer published, write meta, and swap the
    file in; the row counts of every table. On failure the file is removed."""
    counts = dict(prepared.counts)
    conn.execute(f"ATTACH '{prepared.tmp}' AS snapshot")
    try:
        for source, name in _copies(conn):
            if name not in counts:
                counts[name] = _copy(conn, source, name, prepared.existing)
        for gone in prepared.existing - set(counts):  # a mart that no longer exists, and the old meta
            conn.execute(f'DROP TABLE snapshot.main."{gone}"')
        conn.execute(
            "CREATE TABLE snapshot.main.meta (published_at TIMESTAMP, run_id VARCHAR, fingerprint VARCHAR, "
            "warehouse_path VARCHAR, table_counts VARCHAR)"
        )
        conn.execute(
            "INSERT INTO snapshot.main.meta VALUES (?, ?, ?, ?, ?)",
            [utc_now(), run_id, fingerprint, str(settings.warehouse_path()), repr(sorted(counts.items()))],
        )
    except BaseException:
        conn.execute("DETACH snapshot")
        discard_snapshot(prepared)
        raise
    conn.execute("DETACH snapshot")
    with open(prepared.tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(prepared.tmp, prepared.target)
    return counts


def _snapshot_tables(conn: duckdb.DuckDBPyConnection) -> list[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'snapshot' "
        "AND table_schema = 'main'"
    ).fetchall()
    return [r[0] for r in rows]


def _mostly_free(conn: duckdb.DuckDBPyConnection) -> bool:
    row = conn.execute(
        "SELECT used_blocks, free_blocks FROM pragma_database_size() WHERE database_name = 'snapshot'"
    ).fetchone()
    return row is not None and row[1] > max(row[0], 64)


def _columns(conn: duckdb.DuckDBPyConnection, relation: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in conn.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()]


def _patch_table(conn: duckdb.DuckDBPyConnection, source: str, name: str) -> bool:
    """Make snapshot.main.<name> hold the rows of `source` by deleting the rows that are gone
    and inserting the new ones, matched on a hash of the whole row. False (nothing changed)
    when it should be copied whole instead: other columns, duplicate rows (a multiset cannot be
    patched by row hash), or more than PATCH_MAX_CHANGED_SHARE of the rows changed.
    A 64-bit hash over at most a few hundred thousand rows: a collision, which would keep a
    stale row, has odds of about 1 in 10^9 per publish."""
    old = f'snapshot.main."{name}"'
    if _columns(conn, source) != _columns(conn, old):
        return False
    conn.execute(f"CREATE OR REPLACE TEMP TABLE _snapshot_new AS SELECT hash(s) AS h FROM {source} AS s")
    conn.execute(
        f"CREATE OR REPLACE TEMP TABLE _snapshot_old AS SELECT rowid AS rid, hash(o) AS h FROM {old} AS o"
    )
    try:
        new_rows, new_distinct, old_rows, old_distinct, gone, added = conn.execute(
            "SELECT (SELECT count(*) FROM _snapshot_new), (SELECT count(DISTINCT h) FROM _snapshot_new), "
            "(SELECT count(*) FROM _snapshot_old), (SELECT count(DISTINCT h) FROM _snapshot_old), "
            "(SELECT count(*) FROM _snapshot_old WHERE h NOT IN (SELECT h FROM _snapshot_new)), "
            "(SELECT count(*) FROM _snapshot_new WHERE h NOT IN (SELECT h FROM _snapshot_old))"
        ).fetchone()
        if new_rows != new_distinct or old_rows != old_distinct:
            return False
        if gone + added > PATCH_MAX_CHANGED_SHARE * max(new_rows, old_rows, 1):
            return False
        if gone:
            conn.execute(
                f"DELETE FROM {old} WHERE rowid IN (SELECT rid FROM _snapshot_old "
                "WHERE h NOT IN (SELECT h FROM _snapshot_new))"
            )
        if added:
            conn.execute(
                f"INSERT INTO {old} SELECT s.* FROM {source} AS s "
                "WHERE hash(s) NOT IN (SELECT h FROM _snapshot_old)"
            )
        return True
    finally:
        conn.execute("DROP TABLE IF EXISTS _snapshot_new")
        conn.execute("DROP TABLE IF EXISTS _snapshot_old")


def failed_gates(context: dg.AssetExecutionContext, gate_checks: Sequence[dg.AssetCheckKey]) -> list[str]:
    """Why the gate checks of this run forbid the publish: one planned in this run that has not
    run yet, or one that failed with ERROR severity (a blocking contract). A gate check this run
    does not plan (a run without the raw assets' checks) does not gate it."""
    gates = set(gate_checks)
    if not gates:
        return []
    planned: set[dg.AssetCheckKey] = set()
    evaluations: dict[dg.AssetCheckKey, Any] = {}
    for entry in context.instance.all_logs(
        context.run.run_id,
        of_type={
            dg.DagsterEventType.ASSET_CHECK_EVALUATION_PLANNED,
            dg.DagsterEventType.ASSET_CHECK_EVALUATION,
        },
    ):
        event = entry.dagster_event
        if event is None:
            continue
        data = event.event_specific_data
        if event.event_type == dg.DagsterEventType.ASSET_CHECK_EVALUATION_PLANNED:
            planned.add(dg.AssetCheckKey(data.asset_key, data.check_name))
        else:
            evaluations[data.asset_check_key] = data
    problems = []
    for key in sorted(gates & planned, key=lambda k: k.to_user_string()):
        evaluation = evaluations.get(key)
        if evaluation is None:
            problems.append(f"{key.name} has not run in this run")
        elif not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.ERROR:
            summary = evaluation.metadata.get("summary")
            problems.append(
                f"{key.name} failed: {summary.value if summary is not None else 'see its result'}"
            )
    return problems


def make_dashboard_snapshot(
    mart_keys: Sequence[dg.AssetKey],
    gate_checks: Sequence[dg.AssetCheckKey] = (),
    op_tags: Mapping[str, str] | None = None,
) -> dg.AssetsDefinition:
    """The publish asset, downstream of every mart (passed in so this module does not load dbt).

    `gate_checks`: asset checks that are not Dagster blocking checks of its upstream (the raw
    contracts, orchestration/checks/assets.py) but must have passed in the same run: their ERROR
    stops the publish here, and the last good snapshot stays."""

    @dg.asset(
        name="dashboard_snapshot",
        deps=list(mart_keys),
        group_name=PUBLISH_GROUP,
        pool=WAREHOUSE_POOL,
        kinds={"duckdb"},
        op_tags=op_tags,
        description="The dashboard's read-only copy of the marts (SNAPSHOT_PATH) and status.json.",
    )
    def dashboard_snapshot(
        context: dg.AssetExecutionContext, warehouse: WarehouseResource
    ) -> dg.MaterializeResult:
        from orchestration.publish import early

        problems = failed_gates(context, gate_checks)
        if problems:
            early.discard(context.run.run_id)
            raise dg.Failure(f"not published, the last good snapshot stays: {'; '.join(problems)}")
        target = settings.snapshot_path()
        prepared = early.take(context.run.run_id)
        if prepared is not None and prepared.target != target:
            discard_snapshot(prepared)
            prepared = None
        with warehouse.connect() as conn:
            fingerprint = pipeline_fingerprint(conn)
            counts = build_snapshot(conn, target, context.run.run_id, fingerprint, prepared=prepared)
        missing = [t for t in ("fct_indicator_values", "fct_evidence") if t not in counts]
        if missing:
            context.log.warning(f"snapshot has no {', '.join(missing)}: the dbt marts are not built yet")
        record_success(
            context.run.run_id,
            fingerprint,
            target,
            dbt_digest=dbt_inputs_digest(),
            warehouse=warehouse.resolved_path(),
        )
        return dg.MaterializeResult(
            metadata={
                "snapshot_path": str(target),
                "fingerprint": fingerprint,
                # written while the contract checks ran (orchestration/publish/early.py)
                "prepared_during_checks": prepared is not None,
                **{f"rows/{name}": count for name, count in counts.items()},
            }
        )

    return dashboard_snapshot
