"""Ingest: report files -> raw.documents / raw.document_files, unreadable files -> raw.quarantine."""

import unicodedata
from pathlib import Path

import dagster as dg
import duckdb
from pydantic import Field

from orchestration import settings
from orchestration.ingest.partitions import WAREHOUSE_POOL, reports_partitions
from orchestration.ingest.scan import (
    QuarantinedFile,
    ScanCache,
    read_report,
    scan_cache_path,
    scan_report_dirs,
)
from orchestration.resources import WarehouseResource
from orchestration.warehouse import utc_now

INGEST_GROUP = "ingest"


class RawDocumentsConfig(dg.Config):
    source_paths: dict[str, list[str]] = Field(
        default_factory=dict,
        description=(
            "sha256 -> files holding that content, as found by the scan that registered the "
            "partition. A partition missing here (a re-materialization from the UI) uses the paths "
            "in raw.document_files, then a scan of the report folders."
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


class QuarantineScanConfig(ReportScanConfig):
    scanned: list[list[str]] | None = Field(
        default=None,
        description="The unreadable files a scan of these folders just found, as [path, sha256, "
        "reason]: `dwh run` passes its own scan, which it also ingested from. Unset: scan now.",
    )


def nfc(name: str) -> str:
    """Names shown and joined on are NFC (a macOS-copied "Quận" arrives as NFD); paths stay
    byte-exact because they must still open the file."""
    return unicodedata.normalize("NFC", name)


def known_paths(conn: duckdb.DuckDBPyConnection, sha256: str) -> list[Path]:
    rows = conn.execute(
        "SELECT source_path FROM raw.document_files WHERE sha256 = ? ORDER BY first_seen_at, source_path",
        [sha256],
    ).fetchall()
    return [Path(row[0]) for row in rows]


class PathFinder:
    """Where a partition's content lives: run config, then raw.document_files, then a scan
    (done at most once per step, however many partitions need it)."""

    def __init__(self, config_paths: dict[str, list[str]], conn: duckdb.DuckDBPyConnection):
        self.config_paths = config_paths
        self.conn = conn
        self._scanned: dict[str, list[Path]] | None = None

    def __call__(self, sha256: str) -> list[Path]:
        if self.config_paths.get(sha256):
            return [settings.resolve_path(p) for p in self.config_paths[sha256]]
        recorded = known_paths(self.conn, sha256)
        if recorded:
            return recorded
        if self._scanned is None:
            self._scanned = scan_report_dirs(settings.default_report_dirs()).paths_by_sha()
        return self._scanned.get(sha256, [])


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
            [sha256, nfc(first.stem), nfc(first.name), str(first), size_bytes, text, now],
        )
        conn.executemany(
            "INSERT INTO raw.document_files VALUES (?, ?, ?, ?) ON CONFLICT (sha256, source_path) DO NOTHING",
            [[sha256, str(p), nfc(p.name), now] for p in paths],
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
    # One step may cover a range of partitions (`dwh run` materializes all new documents in a
    # single run: a Dagster run per document costs more than the work itself).
    loaded: dict[str, dict[str, object]] = {}
    with warehouse.connect() as conn:
        find_paths = PathFinder(config.source_paths, conn)
        for sha256 in context.partition_keys:
            loaded[sha256] = ingest_one(context, conn, sha256, find_paths(sha256))
    if len(loaded) == 1:
        return dg.MaterializeResult(metadata=next(iter(loaded.values())))
    return dg.MaterializeResult(
        metadata={
            "documents": len(loaded),
            "new_documents": sum(bool(m["new_document"]) for m in loaded.values()),
            "doc_ids": sorted(str(m["doc_id"]) for m in loaded.values()),
        }
    )


def ingest_one(
    context: dg.AssetExecutionContext, conn: duckdb.DuckDBPyConnection, sha256: str, candidates: list[Path]
) -> dict[str, object]:
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
    is_new = write_document(conn, sha256, matching, text, matching[0].stat().st_size)
    doc_id = conn.execute("SELECT doc_id FROM raw.documents WHERE sha256 = ?", [sha256]).fetchone()[0]
    return {"doc_id": doc_id, "paths": [str(p) for p in matching], "chars": len(text), "new_document": is_new}


def write_quarantine(conn: duckdb.DuckDBPyConnection, files: list[QuarantinedFile]) -> int:
    """Record unreadable files; a file already recorded with the same content keeps its row."""
    now = utc_now()
    before = conn.execute("SELECT count(*) FROM raw.quarantine").fetchone()[0]
    if not files:
        return 0
    conn.executemany(
        "INSERT INTO raw.quarantine VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_path, sha256) DO NOTHING",
        [[str(f.path), nfc(f.path.name), f.sha256, f.reason, now] for f in files],
    )
    return conn.execute("SELECT count(*) FROM raw.quarantine").fetchone()[0] - before


@dg.asset(
    group_name=INGEST_GROUP,
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    description="Files in the report folders that cannot be read as UTF-8 text (raw.quarantine).",
)
def report_quarantine(
    context: dg.AssetExecutionContext, config: QuarantineScanConfig, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    dirs = config.resolved_dirs()
    if config.scanned is not None:
        quarantined = [QuarantinedFile(Path(path), sha256, reason) for path, sha256, reason in config.scanned]
    else:
        quarantined = scan_report_dirs(
            dirs, ScanCache(scan_cache_path(warehouse.resolved_path()))
        ).quarantined
    for item in quarantined:
        context.log.error(f"quarantined {item.path}: {item.reason}")
    with warehouse.connect() as conn:
        added = write_quarantine(conn, quarantined)
        total = conn.execute("SELECT count(*) FROM raw.quarantine").fetchone()[0]
    return dg.MaterializeResult(
        metadata={
            "scanned_dirs": [str(d) for d in dirs],
            "scanned_by": "this step" if config.scanned is None else "the run's caller (dwh run)",
            "quarantined_now": len(quarantined),
            "newly_recorded": added,
            "total_recorded": total,
        }
    )
