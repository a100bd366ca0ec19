"""The only module that opens DuckDB: reads the published dashboard snapshot.

Why it looks like this:
- The pipeline replaces the snapshot file atomically (new file + rename). A reader that kept a
  connection open would pin the old file and block nothing useful, so every query opens a short
  read-only connection and closes it (never a connection in st.cache_resource).
- Results are cached with @st.cache_data keyed by the snapshot file's (path, mtime, size), so a
  new publish is visible on the next rerun without waiting for the TTL.
- The snapshot is checked against EXPECTED_TABLES below. A missing file, a missing table or
  column (a snapshot from an older pipeline) becomes a SnapshotState with problems the app shows
  as a message instead of a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboards import views
from orchestration.settings import snapshot_path, status_path

CACHE_TTL_SECONDS = 300

# --- the contract with the pipeline -----------------------------------------------------------
# Written against dbt_project/models/marts/*.yml and orchestration/publish/assets.py (tables are
# copied into the snapshot's `main` schema; a `marts` schema is accepted too).
# Required columns: without them a page cannot work, so their absence is reported to the user.
# A required column may have accepted spellings (dim_indicator's key is `indicator` in the
# marts, `code` in the seed); the loader renames the first one present to the name used here.
EXPECTED_TABLES: dict[str, tuple[str, ...]] = {
    "fct_indicator_values": (
        "unit_name", "unit_code", "unit_level", "province_name", "period_start", "period_end",
        "period_type", "indicator", "audience", "value", "qualifier", "kind", "evidence_count",
    ),
    "fct_evidence": ("doc_id", "sentence", "char_start", "char_end", "value", "qualifier"),
    "dim_indicator": ("code", "name_vi", "name_en", "kind", "unit_vi", "unit_en"),
}
COLUMN_SPELLINGS: dict[tuple[str, str], tuple[str, ...]] = {
    ("dim_indicator", "code"): ("indicator", "code"),
}
# Tables used when present (the page says so when one is absent, or falls back).
OPTIONAL_TABLES: dict[str, tuple[str, ...]] = {
    "dim_org_unit": ("unit_code", "unit_name", "unit_level", "province_name"),
    "dim_period": (),
    "mart_coverage": (
        "unit_key", "unit_name", "unit_level", "period_key", "period_type", "period_start", "period_end",
        "indicator", "is_reported", "facts_reported",
    ),
    "mart_district_comparison": (
        "unit_view", "unit_key", "unit_code", "unit_name", "unit_level", "province_name", "period_start",
        "period_end", "period_type", "indicator", "audience", "kind", "value", "qualifier", "evidence_count",
    ),
    "check_results": ("check_name", "status"),
    "documents": ("doc_id", "text"),
    "meta": ("published_at",),
}
# fct_indicator_values columns used when present (issue-4 measures, provenance flags);
# absent ones are filled with NA so pages need no special cases.
OPTIONAL_VALUE_COLUMNS: tuple[str, ...] = (
    "fact_key", "unit_key", "period_key", "unit_phrase", "unit_phrase_key", "annualized_value",
    "is_estimate", "per_10k_residents", "population_year", "previous_year_value", "yoy_change_pct",
    "has_corrected_value", "has_disagreement", "n_documents", "selected_doc_id",
    "base_fact_key", "component", "has_multiple_components",
)
ROLLUP_COLUMNS: tuple[str, ...] = ("is_rolled_up", "rollup_ward_count", "rollup_coverage_share")
# How a fact and its evidence rows are linked: a shared key column if the marts have one,
# else the fact's grain (which fct_evidence carries as the observation's own fields).
FACT_KEY_CANDIDATES: tuple[str, ...] = ("fact_key", "fact_id")
FACT_GRAIN: tuple[str, ...] = ("unit_code", "unit_name", "period_start", "period_end", "indicator", "audience")
SCHEMA_PREFERENCE: tuple[str, ...] = ("main", "marts")
DATE_COLUMNS: tuple[str, ...] = ("period_start", "period_end")


@dataclass(frozen=True)
class SnapshotState:
    """What the app needs to know before any page queries: can it, and from which tables."""

    path: Path
    key: tuple[str, int, int]
    tables: dict[str, str] = field(default_factory=dict)  # logical name -> quoted qualified name
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    problem: str | None = None  # "missing" | "unreadable" | "outdated"
    detail: str = ""
    published_at: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class PipelineStatus:
    """data/snapshots/status.json, written by orchestration/publish (read leniently: keys may grow)."""

    path: Path
    exists: bool
    last_attempt_at: datetime | None = None
    last_attempt_ok: bool | None = None
    last_good_publish_at: datetime | None = None
    failing_checks: tuple[str, ...] = ()
    error: str | None = None


def _file_key(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return (str(path), 0, 0)
    return (str(path), stat.st_mtime_ns, stat.st_size)


def _query(path: str, sql: str, params: list[object] | None = None) -> pd.DataFrame:
    # A fresh read-only connection per query: the file may be replaced between two queries.
    with duckdb.connect(path, read_only=True) as con:
        return con.execute(sql, params or []).df()


def _parse_time(raw: object) -> datetime | None:
    """A timestamp from the snapshot or status.json; naive ones are UTC (the warehouse's
    convention, orchestration.warehouse.utc_now), so they compare with status.json's."""
    if raw is None or (not isinstance(raw, str) and pd.isna(raw)):
        return None
    if isinstance(raw, pd.Timestamp):
        moment = raw.to_pydatetime()
    elif isinstance(raw, datetime):
        moment = raw
    else:
        try:
            moment = datetime.fromisoformat(str(raw))
        except ValueError:
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _resolve_tables(catalog: pd.DataFrame) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Logical table -> (qualified name, columns); prefers schema `main` (where publish copies
    them), then `marts`, then any."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    wanted = set(EXPECTED_TABLES) | set(OPTIONAL_TABLES)
    rank = {schema: i for i, schema in enumerate(SCHEMA_PREFERENCE)}
    best: dict[str, tuple[int, str]] = {}
    for (schema, table), group in catalog.groupby(["table_schema", "table_name"], sort=False):
        if table not in wanted:
            continue
        score = rank.get(str(schema), len(rank))
        if table not in best or score < best[table][0]:
            best[table] = (score, str(schema))
            qualified = f'"{schema}"."{table}"'
            found[str(table)] = (qualified, tuple(group["column_name"].astype(str)))
    return found


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def _inspect(key: tuple[str, int, int]) -> SnapshotState:
    path = Path(key[0])
    if key[1] == 0 and not path.exists():
        return SnapshotState(path=path, key=key, problem="missing")
    try:
        catalog = _query(
            key[0],
            "select table_schema, table_name, column_name from information_schema.columns "
            "order by table_schema, table_name, ordinal_position",
        )
    except duckdb.Error as exc:
        return SnapshotState(path=path, key=key, problem="unreadable", detail=str(exc).splitlines()[0])
    resolved = _resolve_tables(catalog)
    missing: list[str] = []
    for table, required in EXPECTED_TABLES.items():
        if table not in resolved:
            missing.append(table)
            continue
        present = resolved[table][1]
        absent = [
            c for c in required
            if not any(alt in present for alt in COLUMN_SPELLINGS.get((table, c), (c,)))
        ]
        missing.extend(f"{table}.{c}" for c in absent)
    for table, required in OPTIONAL_TABLES.items():
        if table in resolved and any(c not in resolved[table][1] for c in required):
            del resolved[table]  # unusable as published: the page falls back as if absent
    tables = {name: qualified for name, (qualified, _) in resolved.items()}
    columns = {name: cols for name, (_, cols) in resolved.items()}
    published_at = None
    if "meta" in tables:
        try:
            meta = _query(key[0], f"select max(published_at) as published_at from {tables['meta']}")
            published_at = _parse_time(meta["published_at"].iloc[0])
        except duckdb.Error:
            published_at = None
    return SnapshotState(
        path=path,
        key=key,
        tables=tables,
        columns=columns,
        problem="outdated" if missing else None,
        detail=", ".join(missing),
        published_at=published_at,
    )


def snapshot_state() -> SnapshotState:
    """Validate the snapshot at SNAPSHOT_PATH (cached per file version)."""
    return _inspect(_file_key(snapshot_path()))


def _select_expr(column: str) -> str:
    # GSO codes have leading zeros ("008"); if a mart ever types them as integers the join with
    # URLs and dim_org_unit would silently break, so they are always read as text.
    if column in ("unit_code", "unit_key"):
        return f'cast("{column}" as varchar) as "{column}"'
    return f'"{column}"'


def _to_dates(frame: pd.DataFrame, columns: tuple[str, ...] = DATE_COLUMNS) -> pd.DataFrame:
    for column in columns:
        if column in frame.columns:
            frame[column] = pd.to_datetime(frame[column]).dt.date
    return frame


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def _load_indicator_values(key: tuple[str, int, int], table: str, columns: tuple[str, ...]) -> pd.DataFrame:
    wanted = [*EXPECTED_TABLES["fct_indicator_values"], *(c for c in OPTIONAL_VALUE_COLUMNS if c in columns)]
    select = ", ".join(_select_expr(c) for c in wanted)
    frame = _to_dates(_query(key[0], f"select {select} from {table}"))
    for column in OPTIONAL_VALUE_COLUMNS:
        if column not in frame.columns:
            frame[column] = pd.NA
    return _with_unit_key(frame)


def _with_unit_key(frame: pd.DataFrame) -> pd.DataFrame:
    # The marts' unit_key when published; else GSO code, else name (a unit the lexicon lacks).
    fallback = frame["unit_code"].where(frame["unit_code"].notna(), frame["unit_name"])
    if "unit_key" in frame.columns:
        frame["unit_key"] = frame["unit_key"].where(frame["unit_key"].notna(), fallback)
    else:
        frame["unit_key"] = fallback
    frame["unit_key"] = frame["unit_key"].astype(str)
    return frame


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def _load_unit_view(key: tuple[str, int, int], table: str, columns: tuple[str, ...], view: str) -> pd.DataFrame:
    wanted = [c for c in columns if c != "unit_view"]
    select = ", ".join(_select_expr(c) for c in wanted)
    frame = _to_dates(_query(key[0], f"select {select} from {table} where unit_view = ?", [view]))
    for column in (*OPTIONAL_VALUE_COLUMNS, *ROLLUP_COLUMNS):
        if column not in frame.columns:
            frame[column] = pd.NA
    return _with_unit_key(frame)


def unit_views(state: SnapshotState) -> list[str]:
    """Unit maps the snapshot offers: always "as_reported"; "pre2025_district" when
    mart_district_comparison is published (wards after July 2025 rolled up to the old districts)."""
    if "mart_district_comparison" not in state.tables:
        return ["as_reported"]
    return ["as_reported", "pre2025_district"]


def values_for_view(state: SnapshotState, view: str) -> pd.DataFrame:
    """fct_indicator_values for "as_reported"; mart_district_comparison's rows for another view,
    in the same shape plus is_rolled_up, rollup_ward_count and rollup_coverage_share.

    One row per fact: when a report gives several values for one fact (components), component 1
    is the row's value and the others are in `other_component_values` (never summed)."""
    if view == "as_reported" or view not in unit_views(state):
        frame = indicator_values(state).copy()
        for column in ROLLUP_COLUMNS:
            frame[column] = pd.NA
        return views.headline_components(frame)
    table = state.tables["mart_district_comparison"]
    return views.headline_components(
        _load_unit_view(state.key, table, state.columns["mart_district_comparison"], view)
    )


def indicator_values(state: SnapshotState) -> pd.DataFrame:
    """Every row of fct_indicator_values, optional measures as NA when absent, plus `unit_key`."""
    table = state.tables["fct_indicator_values"]
    return _load_indicator_values(state.key, table, state.columns["fct_indicator_values"])


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def _load_indicators(key: tuple[str, int, int], table: str, code_column: str) -> pd.DataFrame:
    return _query(
        key[0],
        f'select "{code_column}" as code, name_vi, name_en, kind, unit_vi, unit_en from {table} order by 1',
    )


def indicators(state: SnapshotState) -> pd.DataFrame:
    """dim_indicator: code, name_vi, name_en, kind, unit_vi, unit_en."""
    present = state.columns["dim_indicator"]
    code_column = next(c for c in COLUMN_SPELLINGS[("dim_indicator", "code")] if c in present)
    return _load_indicators(state.key, state.tables["dim_indicator"], code_column)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def _load_org_units(key: tuple[str, int, int], table: str, columns: tuple[str, ...]) -> pd.DataFrame:
    wanted = ["unit_code", "unit_name", "unit_level", "province_name", *(["unit_key"] if "unit_key" in columns else [])]
    frame = _query(key[0], f"select {', '.join(_select_expr(c) for c in wanted)} from {table}")
    return _with_unit_key(frame).drop_duplicates("unit_key")


def org_units(state: SnapshotState) -> pd.DataFrame:
    """Known org units (dim_org_unit), else the units that have values."""
    if "dim_org_unit" in state.tables:
        return _load_org_units(state.key, state.tables["dim_org_unit"], state.columns["dim_org_unit"])
    values = indicator_values(state)
    return values[["unit_code", "unit_name", "unit_level", "province_name", "unit_key"]].drop_duplicates("unit_key")


def evidence_link_columns(state: SnapshotState) -> tuple[str, ...]:
    """Columns joining a fact to its evidence rows (a shared key if present, else the fact grain)."""
    evidence_cols = set(state.columns.get("fct_evidence", ()))
    value_cols = set(state.columns.get("fct_indicator_values", ()))
    for candidate in FACT_KEY_CANDIDATES:
        if candidate in evidence_cols and candidate in value_cols:
            return (candidate,)
    return tuple(c for c in FACT_GRAIN if c in evidence_cols)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def _load_evidence(
    key: tuple[str, int, int], table: str, columns: tuple[str, ...], indicator: str
) -> pd.DataFrame:
    # Every column: the page shows whatever provenance the marts publish (overrides, selection).
    select = ", ".join(_select_expr(c) for c in columns)
    where = " where indicator = ?" if "indicator" in columns else ""
    params: list[object] = [indicator] if where else []
    return _to_dates(_query(key[0], f"select {select} from {table}{where} order by doc_id, char_start", params))


def evidence(state: SnapshotState, indicator: str) -> pd.DataFrame:
    """fct_evidence rows for one indicator (all rows if the table has no indicator column)."""
    table = state.tables["fct_evidence"]
    return _load_evidence(state.key, table, state.columns["fct_evidence"], indicator)


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def _load_table(key: tuple[str, int, int], table: str) -> pd.DataFrame:
    return _query(key[0], f"select * from {table}")


def check_results(state: SnapshotState) -> pd.DataFrame | None:
    """check_results as published (None when the snapshot has none)."""
    if "check_results" not in state.tables:
        return None
    return _load_table(state.key, state.tables["check_results"])


def coverage_mart(state: SnapshotState) -> pd.DataFrame | None:
    """mart_coverage as published (None when absent)."""
    if "mart_coverage" not in state.tables:
        return None
    return _to_dates(_load_table(state.key, state.tables["mart_coverage"]).copy())


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def _read_status(key: tuple[str, int, int]) -> PipelineStatus:
    path = Path(key[0])
    if key[1] == 0 and not path.exists():
        return PipelineStatus(path=path, exists=False)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return PipelineStatus(path=path, exists=True, error=str(exc))
    return parse_status(path, raw)


def parse_status(path: Path, raw: dict[str, object]) -> PipelineStatus:
    """Read status.json leniently: the publish step owns its format, and may nest or rename keys."""
    attempt = raw.get("last_attempt")
    attempt = attempt if isinstance(attempt, dict) else {}
    good = raw.get("last_good_publish")
    good = good if isinstance(good, dict) else {}

    def first(*candidates: object) -> object:
        return next((c for c in candidates if c not in (None, "")), None)

    outcome = first(
        raw.get("last_attempt_outcome"), raw.get("last_attempt_status"), raw.get("outcome"),
        attempt.get("outcome"), attempt.get("status"),
    )
    ok: bool | None = None
    if isinstance(outcome, bool):
        ok = outcome
    elif outcome is not None:
        ok = str(outcome).lower() in {"success", "succeeded", "ok", "passed", "published"}
    failing_raw = first(raw.get("failing_checks"), attempt.get("failing_checks")) or []
    failing: list[str] = []
    if isinstance(failing_raw, list):
        for item in failing_raw:
            if isinstance(item, dict):
                failing.append(str(first(item.get("check_name"), item.get("name"), item)))
            else:
                failing.append(str(item))
    return PipelineStatus(
        path=path,
        exists=True,
        last_attempt_at=_parse_time(
            first(raw.get("last_attempt_at"), attempt.get("at"), attempt.get("time"), attempt.get("finished_at"))
        ),
        last_attempt_ok=ok,
        last_good_publish_at=_parse_time(
            first(raw.get("last_good_publish_at"), raw.get("last_success_at"), good.get("at"),
                  good.get("published_at"), good.get("time"))
        ),
        failing_checks=tuple(failing),
    )


def pipeline_status() -> PipelineStatus:
    """status.json beside the snapshot (cached per file version)."""
    return _read_status(_file_key(status_path()))


@st.cache_data(ttl=CACHE_TTL_SECONDS, show_spinner=False)
def _load_documents(key: tuple[str, int, int], table: str, doc_ids: tuple[str, ...]) -> dict[str, str]:
    if not doc_ids:
        return {}
    placeholders = ", ".join("?" for _ in doc_ids)
    frame = _query(key[0], f"select doc_id, text from {table} where doc_id in ({placeholders})", list(doc_ids))
    return dict(zip(frame["doc_id"].astype(str), frame["text"].astype(str), strict=True))


def document_texts(state: SnapshotState, doc_ids: list[str]) -> dict[str, str]:
    """Full texts of the given documents (empty when the snapshot carries no documents table).

    Evidence offsets refer to the document, so with its text the number is highlighted exactly
    where it was read rather than found again by value.
    """
    if "documents" not in state.tables:
        return {}
    return _load_documents(state.key, state.tables["documents"], tuple(sorted(set(doc_ids))))
