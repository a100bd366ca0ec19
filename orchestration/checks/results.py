"""Turning check outcomes into rows of raw.check_results and into lists for status.json.

The table and its record type belong to data_contracts (CheckOutcome, persist_outcomes); this
module adds the two sources the contracts package does not see: dbt tests, and the Dagster
event log of a finished run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import dagster as dg
import duckdb

from data_contracts.outcomes import CheckOutcome, utc_now
from data_contracts.runner import persist_outcomes

__all__ = [
    "CheckOutcome",
    "dbt_test_outcome",
    "failing_checks_from_evaluations",
    "record_check_outcomes",
    "utc_now",
]


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def dbt_test_outcome(
    event: dg.AssetCheckResult | dg.AssetCheckEvaluation, table_name: str, checked_at: Any = None
) -> CheckOutcome:
    """One dbt test result (as dagster-dbt emits it) in the contracts' record type.

    dbt tests with severity error stop `dbt build`, so they count as blocking.
    """
    metadata: Mapping[str, Any] = {k: _plain(v) for k, v in (event.metadata or {}).items()}
    failures = metadata.get("dagster_dbt/failed_row_count")
    status = "passed" if event.passed else "failed"
    message = metadata.get("dagster_dbt/message") or metadata.get("message") or ""
    return CheckOutcome(
        check_name=f"dbt:{event.check_name}",
        table_name=table_name,
        status=status,
        blocking=True,
        failing_rows=int(failures) if isinstance(failures, int | float) else (0 if event.passed else 1),
        failing_examples=[],
        details=str(message) or f"dbt test {event.check_name}: {status}",
        checked_at=checked_at or utc_now(),
    )


def record_check_outcomes(conn: duckdb.DuckDBPyConnection, outcomes: Iterable[CheckOutcome]) -> int:
    return persist_outcomes(conn, outcomes)


def failing_checks_from_evaluations(evaluations: Iterable[dg.AssetCheckEvaluation]) -> list[dict[str, Any]]:
    """Failed blocking-or-not Dagster check evaluations as status.json entries."""
    failing = []
    for evaluation in evaluations:
        if evaluation.passed:
            continue
        metadata = {k: _plain(v) for k, v in (evaluation.metadata or {}).items()}
        failing.append(
            {
                "check_name": evaluation.check_name,
                "table_name": evaluation.asset_key.to_user_string(),
                "severity": evaluation.severity.value if evaluation.severity else None,
                "details": str(metadata.get("summary") or metadata.get("details") or "")[:500],
            }
        )
    return failing
