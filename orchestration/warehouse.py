"""The DuckDB warehouse: short-lived connections (and, in orchestration/resources.py, the
Dagster resource that hands them out), and the DDL of the `raw` schema (the contract in
docs/ARCHITECTURE.md, kept in one place so a reader sees every table the pipeline writes side
by side).

Connections are opened per step and closed before the step ends: DuckDB lets one process hold
the file read-write, and dbt runs as a subprocess between our steps, so a connection kept open
across steps would lock dbt out.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from orchestration import settings

# raw.check_results is created by data_contracts.runner (it owns that table's columns).
RAW_DDL = """
CREATE SCHEMA IF NOT EXISTS raw;
CREATE TABLE IF NOT EXISTS raw.documents (
    sha256 VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    source_path VARCHAR NOT NULL,
    size_bytes BIGINT NOT NULL,
    text VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS raw.document_files (
    sha256 VARCHAR NOT NULL,
    source_path VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    first_seen_at TIMESTAMP NOT NULL,
    PRIMARY KEY (sha256, source_path)
);
CREATE TABLE IF NOT EXISTS raw.quarantine (
    source_path VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    quarantined_at TIMESTAMP NOT NULL,
    PRIMARY KEY (source_path, sha256)
);
CREATE TABLE IF NOT EXISTS raw.observations (
    obs_id VARCHAR PRIMARY KEY,
    sha256 VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    unit_name VARCHAR,
    unit_level VARCHAR,
    province_name VARCHAR,
    unit_code VARCHAR,
    period_start DATE,
    period_end DATE,
    period_label VARCHAR,
    period_type VARCHAR,
    indicator VARCHAR NOT NULL,
    value DOUBLE,
    qualifier VARCHAR,
    unit_phrase VARCHAR,
    audience VARCHAR,
    char_start INTEGER,
    char_end INTEGER,
    sentence VARCHAR,
    doc_date DATE,
    doc_date_source VARCHAR,
    extractor_version VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS raw.unclassified_mentions (
    mention_id VARCHAR PRIMARY KEY,
    sha256 VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    value DOUBLE,
    mention_text VARCHAR,
    char_start INTEGER,
    char_end INTEGER,
    sentence VARCHAR,
    reason VARCHAR
);
-- Extension (not in the contract list): one row per extracted content, so a re-run can tell
-- "extracted with this extractor, found nothing" from "never extracted".
CREATE TABLE IF NOT EXISTS raw.extracted_documents (
    sha256 VARCHAR PRIMARY KEY,
    extractor_version VARCHAR NOT NULL,
    observation_count INTEGER NOT NULL,
    unclassified_count INTEGER NOT NULL,
    extracted_at TIMESTAMP NOT NULL
);
-- Extension: documents whose rows passed a raw table's contract, and under which version of
-- the contract (orchestration/checks/scope.py); a pipeline run validates only the others.
CREATE TABLE IF NOT EXISTS raw.contract_validations (
    table_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    contract_digest VARCHAR NOT NULL,
    validated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (table_name, sha256)
);
"""


def utc_now() -> datetime:
    """Naive UTC timestamp: DuckDB TIMESTAMP columns here are UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


RAW_TABLES = ("documents", "document_files", "quarantine", "observations", "unclassified_mentions",
              "extracted_documents", "contract_validations")  # fmt: skip


def ensure_raw_schema(conn: duckdb.DuckDBPyConnection) -> None:
    # Every step opens a connection; running seven DDL statements each time is a measurable
    # share of a document's run, so look first.
    present = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'raw' AND table_name IN (SELECT unnest(?))",
        [list(RAW_TABLES)],
    ).fetchone()[0]
    if present < len(RAW_TABLES):
        conn.execute(RAW_DDL)


@contextmanager
def connect_warehouse(path: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """Read-write connection with the raw schema in place, closed on exit."""
    target = path or settings.warehouse_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(str(target))
    try:
        ensure_raw_schema(conn)
        yield conn
    finally:
        conn.close()


def __getattr__(name: str) -> object:
    """`WarehouseResource` from here, as before: it lives in orchestration.resources so that
    this module loads without Dagster (`dwh run` opens the warehouse before it imports Dagster,
    and starts dbt's warm server sooner for it)."""
    if name == "WarehouseResource":
        from orchestration.resources import WarehouseResource

        return WarehouseResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
