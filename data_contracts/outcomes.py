"""Result records shared by the GX contracts and the pandas data-quality rules.

Kept free of Great Expectations and Dagster imports: the pipeline, the dashboard and tests read
these records without paying GX's import time (seconds, see README).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd
else:
    from data_contracts.lazy import pandas as pd

Status = Literal["passed", "failed", "warning", "error"]
STATUSES: tuple[str, ...] = ("passed", "failed", "warning", "error")
MAX_EXAMPLES = 20

# Columns that name a row for a reader, in the order a reader scans them. Only those present in a
# frame are kept, so the same helper serves raw.documents, raw.observations and the marts.
EXAMPLE_COLUMNS: tuple[str, ...] = (
    "obs_id",
    "doc_id",
    "sha256",
    "fact_key",
    "unit_key",
    "unit_code",
    "unit_name",
    "period_start",
    "period_end",
    "indicator",
    "audience",
    "value",
    "kind",
    "char_start",
    "char_end",
    "sentence",
)


def utc_now() -> dt.datetime:
    """Naive UTC with microseconds dropped: DuckDB TIMESTAMP keeps microseconds, but a value that
    round-trips unchanged keeps the (check_name, table_name, checked_at) key stable."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class CheckOutcome:
    check_name: str
    table_name: str
    status: Status
    blocking: bool
    failing_rows: int
    failing_examples: list[dict[str, Any]]
    details: str
    checked_at: dt.datetime
    # Keys of the GX validation results this outcome came from (one per slice; empty for pandas
    # rules); lets build_data_docs render GX's own pages for exactly these outcomes.
    validation_keys: tuple[str, ...] = field(default=(), compare=False)

    @property
    def ok(self) -> bool:
        return self.status == "passed"

    def to_record(self) -> dict[str, Any]:
        """Row for raw.check_results (failing_examples as JSON text)."""
        return {
            "check_name": self.check_name,
            "table_name": self.table_name,
            "status": self.status,
            "failing_rows": int(self.failing_rows),
            "details": self.details,
            "checked_at": self.checked_at,
            "blocking": bool(self.blocking),
            "failing_examples": json.dumps(self.failing_examples, ensure_ascii=False, default=str),
        }

    def to_dagster_metadata(self) -> dict[str, Any]:
        """Plain values only, so orchestration/ can wrap them without this package importing Dagster."""
        return {
            "status": self.status,
            "blocking": self.blocking,
            "failing_rows": int(self.failing_rows),
            "details": self.details,
            "failing_examples": self.failing_examples,
            "checked_at": self.checked_at.isoformat(),
        }


@dataclass(frozen=True)
class SuiteResult:
    suite_name: str
    table_name: str
    outcomes: list[CheckOutcome]
    row_count: int
    duration_s: float
    checked_at: dt.datetime

    @property
    def blocking_failures(self) -> list[CheckOutcome]:
        return [o for o in self.outcomes if o.blocking and o.status in ("failed", "error")]

    @property
    def warnings(self) -> list[CheckOutcome]:
        return [o for o in self.outcomes if o.status == "warning" or (not o.blocking and o.status == "error")]

    @property
    def success(self) -> bool:
        return not self.blocking_failures

    def summary(self) -> str:
        counts = {s: sum(o.status == s for o in self.outcomes) for s in STATUSES}
        parts = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
        return f"{self.suite_name}: {len(self.outcomes)} checks on {self.row_count} rows ({parts})"


def failed_status(blocking: bool) -> Status:
    return "failed" if blocking else "warning"


def _plain(value: Any) -> Any:
    """JSON-friendly scalar: dates as ISO strings, NaN/NaT as None, numpy scalars as Python."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalar
        return _plain(value.item())
    if isinstance(value, str) and len(value) > 300:
        # sentences and document texts: enough to find the row, short enough for metadata
        return value[:300] + "…"
    return value


def examples_from_rows(
    df: pd.DataFrame,
    index: Iterable[Any],
    columns: Sequence[str] = EXAMPLE_COLUMNS,
    extra: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """At most MAX_EXAMPLES dicts naming the rows at `index` labels of `df`."""
    labels = list(dict.fromkeys(index))[:MAX_EXAMPLES]
    if not labels:
        return []
    wanted = [c for c in (*columns, *extra) if c in df.columns and not c.startswith("_")]
    wanted = list(dict.fromkeys(wanted))
    rows = df.loc[[label for label in labels if label in df.index], wanted]
    return [{k: _plain(v) for k, v in rec.items()} for rec in rows.to_dict(orient="records")]
