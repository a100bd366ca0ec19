"""Extract: raw.documents -> raw.observations + raw.unclassified_mentions, per document.

The extraction itself is the pure library in orchestration.extraction; this module only feeds
it text and metadata and stores what it returns.
"""

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb

from orchestration.extract.version import extractor_version
from orchestration.ingest.assets import raw_documents
from orchestration.ingest.partitions import WAREHOUSE_POOL, reports_partitions
from orchestration.ingest.scan import sidecar_path
from orchestration.resources import WarehouseResource
from orchestration.warehouse import utc_now

EXTRACT_GROUP = "extract"

OBSERVATION_COLUMNS = [
    "obs_id", "sha256", "doc_id", "unit_name", "unit_level", "province_name", "unit_code",
    "period_start", "period_end", "period_label", "period_type", "indicator", "value", "qualifier",
    "unit_phrase", "audience", "char_start", "char_end", "sentence", "doc_date", "doc_date_source",
    "extractor_version",
]  # fmt: skip
MENTION_COLUMNS = [
    "mention_id", "sha256", "doc_id", "value", "mention_text", "char_start", "char_end", "sentence",
    "reason",
]  # fmt: skip


@lru_cache(maxsize=2)
def _extractor(version: str) -> Any:
    # Keyed by version so an edited seed file is picked up by a long-lived process (dagster dev).
    from orchestration.extraction import Extractor

    return Extractor.default()


def load_metadata(paths: list[Path]) -> dict[str, Any] | None:
    """The first `<stem>.meta.json` beside any of the document's files, if one exists."""
    for path in paths:
        sidecar = sidecar_path(path)
        if sidecar.is_file():
            try:
                loaded = json.loads(sidecar.read_text(encoding="utf-8-sig"))
            except (OSError, json.JSONDecodeError) as exc:
                raise dg.Failure(
                    f'{sidecar}: not valid JSON ({exc}); expected {{"date": "YYYY-MM-DD"}}'
                ) from exc
            if not isinstance(loaded, dict):
                raise dg.Failure(f'{sidecar}: expected a JSON object like {{"date": "YYYY-MM-DD"}}')
            return loaded
    return None


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def observation_row(record: Mapping[str, Any], sha256: str, version: str) -> list[Any]:
    obs_id = f"{sha256[:16]}:{record['char_start']}:{record['indicator']}:{record.get('audience') or 'all'}"
    row = {**record, "obs_id": obs_id, "sha256": sha256, "extractor_version": version}
    return [_iso(row.get(column)) for column in OBSERVATION_COLUMNS]


def mention_row(record: Mapping[str, Any], sha256: str, doc_id: str) -> list[Any]:
    mention_id = f"{sha256[:16]}:{record['char_start']}:{record['char_end']}"
    row = {**record, "mention_id": mention_id, "sha256": sha256, "doc_id": doc_id}
    return [_iso(row.get(column)) for column in MENTION_COLUMNS]


def _as_dict(item: Any) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return dict(item)
    if hasattr(item, "to_dict"):
        return item.to_dict()
    from dataclasses import asdict

    return asdict(item)


def write_extraction(
    conn: duckdb.DuckDBPyConnection,
    sha256: str,
    observations: list[list[Any]],
    mentions: list[list[Any]],
    version: str,
) -> None:
    """Delete-then-insert by sha256 in one transaction, so a re-run leaves identical rows."""
    conn.execute("BEGIN")
    try:
        conn.execute("DELETE FROM raw.observations WHERE sha256 = ?", [sha256])
        conn.execute("DELETE FROM raw.unclassified_mentions WHERE sha256 = ?", [sha256])
        if observations:
            placeholders = ", ".join("?" * len(OBSERVATION_COLUMNS))
            conn.executemany(f"INSERT INTO raw.observations VALUES ({placeholders})", observations)
        if mentions:
            placeholders = ", ".join("?" * len(MENTION_COLUMNS))
            conn.executemany(f"INSERT INTO raw.unclassified_mentions VALUES ({placeholders})", mentions)
        previous = conn.execute(
            "SELECT extractor_version, observation_count, unclassified_count "
            "FROM raw.extracted_documents WHERE sha256 = ?",
            [sha256],
        ).fetchone()
        if previous != (version, len(observations), len(mentions)):
            conn.execute("DELETE FROM raw.extracted_documents WHERE sha256 = ?", [sha256])
            conn.execute(
                "INSERT INTO raw.extracted_documents VALUES (?, ?, ?, ?, ?)",
                [sha256, version, len(observations), len(mentions), utc_now()],
            )
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise


@dg.asset(
    partitions_def=reports_partitions,
    deps=[raw_documents],
    group_name=EXTRACT_GROUP,
    pool=WAREHOUSE_POOL,
    kinds={"python", "duckdb"},
    description="Indicator observations (raw.observations) and unclassified numbers found in one report.",
)
def observations(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    version = extractor_version()
    extracted: dict[str, dict[str, object]] = {}
    # One step may cover a range of partitions; see raw_documents.
    with warehouse.connect() as conn:
        for sha256 in context.partition_keys:
            extracted[sha256] = extract_one(conn, sha256, version)
    if len(extracted) == 1:
        return dg.MaterializeResult(metadata=next(iter(extracted.values())))
    return dg.MaterializeResult(
        metadata={
            "documents": len(extracted),
            "observations": sum(int(m["observations"]) for m in extracted.values()),
            "unclassified": sum(int(m["unclassified"]) for m in extracted.values()),
            "per_document": {
                str(m["doc_id"]): [m["observations"], m["unclassified"]] for m in extracted.values()
            },
            "extractor_version": version,
        }
    )


def extract_one(conn: duckdb.DuckDBPyConnection, sha256: str, version: str) -> dict[str, object]:
    found = conn.execute("SELECT doc_id, text FROM raw.documents WHERE sha256 = ?", [sha256]).fetchone()
    if found is None:
        raise dg.Failure(f"raw.documents has no row for {sha256}; materialize raw_documents first")
    doc_id, text = found
    paths = [
        Path(r[0])
        for r in conn.execute(
            "SELECT source_path FROM raw.document_files WHERE sha256 = ? ORDER BY first_seen_at, source_path",
            [sha256],
        ).fetchall()
    ]
    try:
        result = _extractor(version).extract(text, doc_id=doc_id, metadata=load_metadata(paths))
    except dg.Failure:
        raise
    except Exception as exc:
        # A step may hold many documents: name the one that broke.
        raise dg.Failure(f"extracting {doc_id} ({paths[0] if paths else sha256}) failed: {exc!r}") from exc
    obs_rows = [observation_row(_as_dict(o), sha256, version) for o in result.observations]
    mention_rows = [mention_row(_as_dict(m), sha256, doc_id) for m in result.unclassified]
    write_extraction(conn, sha256, obs_rows, mention_rows, version)
    return {
        "doc_id": doc_id,
        "observations": len(obs_rows),
        "unclassified": len(mention_rows),
        "doc_date": str(getattr(result, "doc_date", None)),
        "doc_date_source": str(getattr(result, "doc_date_source", None)),
        "extractor_version": version,
    }
