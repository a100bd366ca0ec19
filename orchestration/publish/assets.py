"""Publish: copy what the dashboard reads into a new DuckDB file and swap it in atomically.

The dashboard never opens the warehouse (DuckDB: one read-write process XOR many readers), so
it reads this snapshot. Tables land in the snapshot's `main` schema under their own names:
every `marts.*` relation, `check_results`, `documents` (with their text: the evidence pages
show it), `quarantine`, `unclassified_mentions`, and `meta` (one row: when and by which run it
was published, with row counts and the pipeline fingerprint).
"""

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import dagster as dg
import duckdb

from orchestration import settings
from orchestration.dbt.project import dbt_inputs_digest
from orchestration.ingest.partitions import WAREHOUSE_POOL
from orchestration.publish.status import record_success
from orchestration.warehouse import WarehouseResource, utc_now

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


def build_snapshot(
    conn: duckdb.DuckDBPyConnection, target: Path, run_id: str, fingerprint: str
) -> dict[str, int]:
    """Write a complete snapshot next to `target`, then os.replace it onto `target`.

    Readers holding the old file keep reading it; new readers get the new one; nobody sees a
    half-written file. Returns row counts per copied table.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)
    counts: dict[str, int] = {}
    conn.execute(f"ATTACH '{tmp}' AS snapshot")
    try:
        copies = [(f'"{MARTS_SCHEMA}"."{name}"', name) for name in _relations(conn, MARTS_SCHEMA)]
        present_raw = set(_relations(conn, "raw"))
        copies += [(src, dst) for src, dst in RAW_COPIES if src.split(".")[1] in present_raw]
        for source, name in copies:
            conn.execute(f'CREATE TABLE snapshot.main."{name}" AS SELECT * FROM {source}')
            counts[name] = conn.execute(f'SELECT count(*) FROM snapshot.main."{name}"').fetchone()[0]
        conn.execute(
            "CREATE TABLE snapshot.main.meta (published_at TIMESTAMP, run_id VARCHAR, fingerprint VARCHAR, "
            "warehouse_path VARCHAR, table_counts VARCHAR)"
        )
        conn.execute(
            "INSERT INTO snapshot.main.meta VALUES (?, ?, ?, ?, ?)",
            [utc_now(), run_id, fingerprint, str(settings.warehouse_path()), repr(sorted(counts.items()))],
        )
    finally:
        conn.execute("DETACH snapshot")
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    return counts


def make_dashboard_snapshot(mart_keys: Sequence[dg.AssetKey]) -> dg.AssetsDefinition:
    """The publish asset, downstream of every mart (passed in so this module does not load dbt)."""

    @dg.asset(
        name="dashboard_snapshot",
        deps=list(mart_keys),
        group_name=PUBLISH_GROUP,
        pool=WAREHOUSE_POOL,
        kinds={"duckdb"},
        description="The dashboard's read-only copy of the marts (SNAPSHOT_PATH) and status.json.",
    )
    def dashboard_snapshot(
        context: dg.AssetExecutionContext, warehouse: WarehouseResource
    ) -> dg.MaterializeResult:
        target = settings.snapshot_path()
        with warehouse.connect() as conn:
            fingerprint = pipeline_fingerprint(conn)
            counts = build_snapshot(conn, target, context.run_id, fingerprint)
        missing = [t for t in ("fct_indicator_values", "fct_evidence") if t not in counts]
        if missing:
            context.log.warning(f"snapshot has no {', '.join(missing)}: the dbt marts are not built yet")
        record_success(
            context.run_id,
            fingerprint,
            target,
            dbt_digest=dbt_inputs_digest(),
            warehouse=warehouse.resolved_path(),
        )
        return dg.MaterializeResult(
            metadata={
                "snapshot_path": str(target),
                "fingerprint": fingerprint,
                **{f"rows/{name}": count for name, count in counts.items()},
            }
        )

    return dashboard_snapshot
