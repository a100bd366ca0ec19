"""Which rows of a raw table a contract check validates.

raw.documents and raw.observations only grow by whole documents (a re-extracted document's
rows are replaced by sha256, with a new extracted_at). Rows that passed the contract stay
valid as long as the contract does, so a pipeline run validates only the documents that are
new or changed since they last passed under the same contract: the suite file, the seeds its
value sets read and the data_contracts code (their digest is stored with each document in
raw.contract_validations). The daily quality_checks job (run tag dwh/contract_scope=full) and
`dwh run --force` validate whole tables, and record the documents not yet recorded when they
pass; any other table (the marts) is always validated whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import duckdb

from orchestration import settings

SCOPE_TAG = "dwh/contract_scope"
FULL = "full"
# table -> (the table that says when a document's rows were last written, its timestamp column)
SCOPED_TABLES = {
    "raw.documents": ("raw.documents", "ingested_at"),
    "raw.observations": ("raw.extracted_documents", "extracted_at"),
}
_CONTRACTS_DIR = Path(__file__).resolve().parents[2] / "data_contracts"


def contract_digest(table: str) -> str:
    """The suite file, the rule files, the seeds and the data_contracts code."""
    digest = hashlib.sha256(table.encode())
    seeds = settings.dbt_project_dir() / "seeds"
    files = sorted(_CONTRACTS_DIR.rglob("*.py")) + sorted(_CONTRACTS_DIR.rglob("*.yaml"))
    files += [seeds / "indicators.csv", seeds / "org_units.csv"]
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def documents_to_validate(conn: duckdb.DuckDBPyConnection, table: str, digest: str) -> list[str]:
    """sha256 of the documents whose rows in `table` have not passed this contract since they
    were last written."""
    source, written_at = SCOPED_TABLES[table]
    return [
        row[0]
        for row in conn.execute(
            f"""
            select s.sha256
            from {source} as s
            left join raw.contract_validations as v
                on v.table_name = ? and v.sha256 = s.sha256 and v.contract_digest = ?
                and v.validated_at >= s.{written_at}
            where v.sha256 is null
            order by 1
            """,
            [table, digest],
        ).fetchall()
    ]


def record_validated(
    conn: duckdb.DuckDBPyConnection, table: str, digest: str, documents: Sequence[str], at: object
) -> None:
    """These documents' rows passed every blocking check of the contract."""
    if not documents:
        return
    # one statement over a list parameter: executemany inserts row by row (minutes for 10,000)
    conn.execute(
        "insert or replace into raw.contract_validations "
        "select ?, sha256, ?, ? from (select unnest(?::VARCHAR[]) as sha256)",
        [table, digest, at, list(documents)],
    )
