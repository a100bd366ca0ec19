"""Ingest: report files -> raw.documents / raw.document_files, unreadable files -> raw.quarantine."""

from pathlib import Path

import dagster as dg
import duckdb
from pydantic import Field

from orchestration import settings
from orchestration.ingest.partitions import WAREHOUSE_POOL, reports_partitions
from orchestration.ingest.scan import QuarantinedFile, read_report, scan_report_dirs
from orchestration.warehouse import WarehouseResource, utc_now

INGEST_GROUP = "ingest"


class RawDocumentsConfig(dg.Config):
    source_paths: list[str] = Field(
        default_factory=list,
        description=(
            "Files holding this partition's content, as found by the scan that registered it. "
            "Empty (a re-materialization from the UI): use the paths in raw.document_files, "
            "then a scan of the report folders."
        ),
    )


class ReportScanConfig(dg.Config):
    report_dirs: list[str] = Field(
        default_factory=list,
        description="Folders to scan; empty means the defaults (samples + INBOX_DIR, or REPORT_DIRS).",
    )

    def resolved_dirs(self) -> list[Path]:
        if self.report_dirs:
            return [settings.resolve_path(d) for d in self.report_dirs]
        return settings.default_report_dirs()


def known_paths(conn: duckdb.DuckDBPyConnection, sha256: str) -> list[Path]:
    rows = conn.execute(
        "SELECT source_path FROM raw.document_files WHERE sha256 = ? ORDER BY first_seen_at, source_path",
        [sha256],
    ).fetchall()
    return [Path(row[0]) for row in rows]


def candidate_paths(config_paths: list[str], conn: duckdb.DuckDBPyConnection, sha256: str) -> list[Path]:
    if config_paths:
        return [settings.resolve_path(p) for p in config_paths]
    recorded = known_paths(conn, sha256)
    if recorded:
        return recorded
    return scan_report_dirs(settings.default_report_dirs()).paths_by_sha().get(sha256, [])


def write_document(
    conn: duckdb.DuckDBPyConnection, sha256: str, paths: list[Path], text: str, size_bytes: int
) -> bool:
    """Insert the document and its paths; the first file seen names the document.

    Returns True when the document row is new.
    """
    now = utc_now()
    first = paths[0]
    conn.execute("BEGIN")
    try:
        existed = conn.execute("SELECT 1 FROM raw.documents WHERE sha256 = ?", [sha256]).fetchone()
        conn.execute(
            # The text is a function of the bytes (the key), so refreshing it changes nothing on a
            # re-run but repairs a row if decoding rules change; doc_id and ingested_at stay first.
            "INSERT INTO raw.documents VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (sha256) DO UPDATE SET text = excluded.text, size_bytes = excluded.size_bytes",
            [sha256, first.stem, first.name, str(first), size_bytes, text, now],
        )
        conn.executemany(
            "INSERT INTO raw.document_files VALUES (?, ?, ?, ?) ON CONFLICT (sha256, source_path) DO NOTHING",
            [[sha256, str(p), p.name, now] for p in paths],
        )
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    return existed is None


@dg.asset(
    partitions_def=reports_partitions,
    group_name=INGEST_GROUP,
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    description="One row per distinct report content in raw.documents (+ every path in raw.document_files).",
)
def raw_documents(
    context: dg.AssetExecutionContext, config: RawDocumentsConfig, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    sha256 = context.partition_key
    with warehouse.connect() as conn:
        candidates = candidate_paths(config.source_paths, conn, sha256)
        matching: list[Path] = []
        text: str | None = None
        for path in candidates:
            content = read_report(path, sha256)
            if content is None:
                context.log.warning(f"{path} no longer holds content {sha256[:12]}; skipped")
                continue
            matching.append(path)
            text = content
        if text is None:
            looked = ", ".join(str(p) for p in candidates) or "no paths recorded or found"
            raise dg.Failure(
                f"no readable file holds content {sha256}; looked at: {looked}. "
                "Put the report back or delete this partition."
            )
        size_bytes = matching[0].stat().st_size
        is_new = write_document(conn, sha256, matching, text, size_bytes)
        doc_id = conn.execute("SELECT doc_id FROM raw.documents WHERE sha256 = ?", [sha256]).fetchone()[0]
    return dg.MaterializeResult(
        metadata={
            "doc_id": doc_id,
            "paths": [str(p) for p in matching],
            "chars": len(text),
            "new_document": is_new,
        },
        data_version=dg.DataVersion(sha256),
    )


def write_quarantine(conn: duckdb.DuckDBPyConnection, files: list[QuarantinedFile]) -> int:
    """Record unreadable files; a file already recorded with the same content keeps its row."""
    now = utc_now()
    before = conn.execute("SELECT count(*) FROM raw.quarantine").fetchone()[0]
    if not files:
        return 0
    conn.executemany(
        "INSERT INTO raw.quarantine VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_path, sha256) DO NOTHING",
        [[str(f.path), f.path.name, f.sha256, f.reason, now] for f in files],
    )
    return conn.execute("SELECT count(*) FROM raw.quarantine").fetchone()[0] - before


@dg.asset(
    group_name=INGEST_GROUP,
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    description="Files in the report folders that cannot be read as UTF-8 text (raw.quarantine).",
)
def report_quarantine(
    context: dg.AssetExecutionContext, config: ReportScanConfig, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    dirs = config.resolved_dirs()
    scan = scan_report_dirs(dirs)
    for item in scan.quarantined:
        context.log.error(f"quarantined {item.path}: {item.reason}")
    with warehouse.connect() as conn:
        added = write_quarantine(conn, scan.quarantined)
        total = conn.execute("SELECT count(*) FROM raw.quarantine").fetchone()[0]
    return dg.MaterializeResult(
        metadata={
            "scanned_dirs": [str(d) for d in dirs],
            "quarantined_now": len(scan.quarantined),
            "newly_recorded": added,
            "total_recorded": total,
        }
    )
