"""Read-only looks into a warehouse file after a pipeline run: row counts and content fingerprints.

The fingerprint of a table is its row count and, per column, the sum of the row hashes, with the
columns that record *when* something happened left out (timestamps and `*_at` columns): a re-run
that changes nothing keeps every fingerprint.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SKIP_SCHEMAS = {"information_schema", "pg_catalog"}
# Logs that gain rows on every run by design (one row per check per run).
APPEND_ONLY = {"raw.check_results"}


def _connect(path: Path):
    import duckdb

    return duckdb.connect(str(path), read_only=True)


def fingerprints(path: Path) -> dict[str, Any]:
    con = _connect(path)
    try:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' order by 1, 2"
        ).fetchall()
        out: dict[str, Any] = {}
        for schema, table in tables:
            if schema in SKIP_SCHEMAS or f"{schema}.{table}" in APPEND_ONLY:
                continue
            cols = con.execute(
                "select column_name, data_type from information_schema.columns "
                "where table_schema = ? and table_name = ? order by ordinal_position",
                [schema, table],
            ).fetchall()
            keep = [c for c, t in cols if not (c.endswith("_at") or t.upper().startswith("TIMESTAMP")
                                               or c in {"extracted_at", "loaded_at", "run_id"})]
            exprs = ["count(*)"] + [f'sum(hash("{c}"))' for c in keep]
            row = con.execute(f'select {", ".join(exprs)} from "{schema}"."{table}"').fetchone()
            out[f"{schema}.{table}"] = [int(v) if v is not None else None for v in row]
        return out
    finally:
        con.close()


def count(path: Path, table: str) -> int | None:
    con = _connect(path)
    try:
        return int(con.execute(f"select count(*) from {table}").fetchone()[0])
    except Exception:  # noqa: BLE001 - a missing table is reported as "no count"
        return None
    finally:
        con.close()


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Tables whose fingerprint changed (or that appeared/disappeared)."""
    names = sorted(set(before) | set(after))
    return [n for n in names if before.get(n) != after.get(n)]


def distinct(path: Path, table: str, column: str) -> list[str] | None:
    con = _connect(path)
    try:
        return [str(r[0]) for r in con.execute(f'select distinct "{column}" from {table} order by 1').fetchall()]
    except Exception:  # noqa: BLE001 - a missing table or column is reported as "unknown"
        return None
    finally:
        con.close()
