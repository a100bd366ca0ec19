"""Public API of the data contracts, for orchestration/ (Dagster asset checks, daily schedule).

Pure of Dagster. Great Expectations is imported on the first `run_suite`, not at import time,
so `CHECK_REGISTRY` can be read while Dagster loads its definitions without paying GX's import.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
import math
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    import pandas as pd
else:
    from data_contracts.lazy import pandas as pd

from data_contracts import dq_rules
from data_contracts.outcomes import (
    MAX_EXAMPLES,
    CheckOutcome,
    SuiteResult,
    utc_now,
)
from data_contracts.suites import SuiteSpec, load_suite, suite_names

__all__ = [
    "CHECK_REGISTRY",
    "EXPORTED_TABLES",
    "CheckOutcome",
    "ExportedValidation",
    "PreparedChecks",
    "SuiteResult",
    "TableChecks",
    "build_data_docs",
    "check_registry",
    "exported_copy_path",
    "finish_exported",
    "finish_table_checks",
    "load_table_context",
    "persist_outcomes",
    "prepare_table_checks",
    "run_dq_rules",
    "run_suite",
    "run_table_checks",
    "table_digest",
    "validate_exported",
]

RESULTS_TABLE = "raw.check_results"
# The warehouse-catalog check exists only in run_table_checks (a DataFrame has no DuckDB types).
CATALOG_CHECK = "warehouse_column_types"
# Tables whose frames the DHIS2-style rules read (rules/dq_rules.yaml names its table).
DQ_TABLE = dq_rules.TABLE
# The dimensions the mart's suite reads beside it (load_table_context).
MART_CONTEXT_TABLES = ("marts.dim_org_unit", "marts.dim_indicator")


@dataclass(frozen=True)
class TableChecks:
    """What runs for one table: one Dagster asset check per table runs all of these."""

    table_name: str
    suite_name: str
    check_names: tuple[str, ...]
    blocking_check_names: tuple[str, ...]
    rule_names: tuple[str, ...]

    @property
    def all_names(self) -> tuple[str, ...]:
        return (*self.check_names, *self.rule_names)


def check_registry() -> dict[str, TableChecks]:
    """Per table: its suite's checks (plus the catalog check) and, for the mart, the DQ rules."""
    registry: dict[str, TableChecks] = {}
    rules = dq_rules.load_rules()
    for name in suite_names():
        spec = load_suite(name)
        names = (*spec.check_names, CATALOG_CHECK)
        blocking = tuple(c.name for c in spec.checks if c.blocking) + (CATALOG_CHECK,)
        rule_names = tuple(r.name for r in rules) if name == DQ_TABLE else ()
        registry[name] = TableChecks(name, name, names, blocking, rule_names)
    return registry


CHECK_REGISTRY: dict[str, TableChecks] = check_registry()


def _as_utc_naive(at: dt.datetime | None) -> dt.datetime:
    if at is None:
        return utc_now()
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at


def run_suite(
    suite_name: str,
    df: pd.DataFrame,
    *,
    context: Mapping[str, Any] | None = None,
    checked_at: dt.datetime | None = None,
) -> SuiteResult:
    """Validate one DataFrame against suites/<suite_name>.yaml with Great Expectations.

    `context` carries reference frames a table alone lacks: "documents" (sha256, text) for
    raw.observations' span check, "dim_org_unit" / "dim_indicator" for the mart.
    """
    from data_contracts.gx_engine import validate_frame

    spec = load_suite(suite_name)
    at = _as_utc_naive(checked_at)
    started = time.perf_counter()
    outcomes = validate_frame(spec, df, context or {}, at)
    return SuiteResult(
        suite_name=spec.name,
        table_name=spec.table_name,
        outcomes=outcomes,
        row_count=len(df),
        duration_s=round(time.perf_counter() - started, 3),
        checked_at=at,
    )


def run_dq_rules(df: pd.DataFrame, *, checked_at: dt.datetime | None = None) -> list[CheckOutcome]:
    """DHIS2-style warnings over a marts.fct_indicator_values frame (no GX involved)."""
    return dq_rules.run_rules(df, checked_at=_as_utc_naive(checked_at))


# ---------------------------------------------------------------------------------------------
# Reading the warehouse


def _split(table: str) -> tuple[str, str]:
    schema, _, name = table.partition(".")
    if not name:
        raise ValueError(f"table must be schema.table, got {table!r}")
    return schema, name


def _quote(table: str) -> str:
    schema, name = _split(table)
    return f'"{schema}"."{name}"'


def table_exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    schema, name = _split(table)
    row = con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
        [schema, name],
    ).fetchall()
    # fetchall, not fetchone: duckdb 2.0 refuses new work on a connection with an unfinished result
    return bool(row and row[0][0])


_TYPE_FAMILIES = {
    "TINYINT": "integer",
    "SMALLINT": "integer",
    "INTEGER": "integer",
    "BIGINT": "integer",
    "HUGEINT": "integer",
    "UBIGINT": "integer",
    "UINTEGER": "integer",
    "DOUBLE": "float",
    "FLOAT": "float",
    "REAL": "float",
    "VARCHAR": "text",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
    "TIMESTAMP WITH TIME ZONE": "timestamp",
    "TIMESTAMP_NS": "timestamp",
    "BOOLEAN": "boolean",
}


def _family(duck_type: str) -> str:
    base = duck_type.upper()
    if base.startswith("DECIMAL"):
        return "float"  # DECIMAL(p,s) is a number the checks compare like a double
    return _TYPE_FAMILIES.get(base, base)


def _catalog_check(con: duckdb.DuckDBPyConnection, spec: SuiteSpec, at: dt.datetime) -> CheckOutcome:
    """Declared DuckDB types vs the catalog, compared by family (INTEGER and BIGINT are both integers)."""
    schema, name = _split(spec.table_name)
    actual = dict(
        con.execute(
            "select column_name, data_type from information_schema.columns where table_schema = ? and table_name = ?",
            [schema, name],
        ).fetchall()
    )
    wrong = [
        {"column": col, "expected": declared, "found": actual.get(col)}
        for col, declared in spec.columns.items()
        if col in actual and _family(actual[col]) != _family(declared)
    ]
    missing = [
        {"column": col, "expected": declared, "found": None}
        for col, declared in spec.columns.items()
        if col not in actual
    ]
    bad = wrong + missing
    details = (
        "; ".join(f"{b['column']}: expected {b['expected']}, found {b['found'] or 'no column'}" for b in bad)
        if bad
        else f"{len(spec.columns)} contract columns have the declared types"
    )
    return CheckOutcome(
        CATALOG_CHECK,
        spec.table_name,
        "failed" if bad else "passed",
        True,
        len(bad),
        bad[:MAX_EXAMPLES],
        details,
        at,
    )


def load_table_context(
    con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame | None = None
) -> dict[str, Any]:
    """Reference frames a suite needs, read from the warehouse (missing tables are left out)."""
    context: dict[str, Any] = {}
    if table == "raw.observations" and table_exists(con, "raw.documents"):
        if frame is not None and "sha256" in frame.columns:
            keys = [str(k) for k in frame["sha256"].dropna().unique()]
            context["documents"] = con.execute(
                "select d.sha256, d.text from raw.documents d "
                "join (select unnest(?::VARCHAR[]) as sha256) k using (sha256)",
                [keys],
            ).df()
        else:
            context["documents"] = con.execute("select sha256, text from raw.documents").df()
    if table == DQ_TABLE:
        for relation in MART_CONTEXT_TABLES:
            if table_exists(con, relation):
                context[_split(relation)[1]] = con.execute(f"select * from {relation}").df()
    return context


SCOPE_VIEW = "_contract_scope"


@contextlib.contextmanager
def _scope(con: duckdb.DuckDBPyConnection, documents: Sequence[str]) -> Iterator[None]:
    """SCOPE_VIEW holds these documents' sha256 meanwhile: a temporary table (read-only
    connections may write those) filled from a list parameter."""
    con.execute(
        f"create or replace temp table {SCOPE_VIEW} as select unnest(?::VARCHAR[]) as sha256",
        [list(documents)],
    )
    try:
        yield
    finally:
        con.execute(f"drop table if exists {SCOPE_VIEW}")


def _slices(
    con: duckdb.DuckDBPyConnection, spec: SuiteSpec, slice_rows: int, scoped: bool = False
) -> Iterable[pd.DataFrame]:
    """The table (or, `scoped`, its rows whose sha256 is in SCOPE_VIEW) in slices of about
    slice_rows rows, split by a hash of `slice_by` so rows sharing a key land in one slice and
    the suite's uniqueness check stays exact."""
    rows = f"select * from {_quote(spec.table_name)}" + (
        f" where sha256 in (select sha256 from {SCOPE_VIEW})" if scoped else ""
    )
    total = con.execute(f"select count(*) from ({rows})").fetchall()[0][0]
    n = max(1, math.ceil(total / max(slice_rows, 1)))
    if n == 1 or not spec.slice_by:
        yield con.execute(rows).df()
        return
    key = ", ".join(f'"{c}"' for c in spec.slice_by)
    for i in range(n):
        yield con.execute(f"select * from ({rows}) where hash({key}) % {n} = {i}").df()


_SEVERITY = {"passed": 0, "warning": 1, "failed": 2, "error": 3}


def merge_outcomes(parts: list[CheckOutcome]) -> CheckOutcome:
    """One outcome from the same check run on several slices: worst status, summed rows."""
    worst = max(parts, key=lambda o: _SEVERITY[o.status])
    examples = [e for o in parts for e in o.failing_examples][:MAX_EXAMPLES]
    details = worst.details if len(parts) == 1 else f"{worst.details} (over {len(parts)} slices)"
    return CheckOutcome(
        check_name=worst.check_name,
        table_name=worst.table_name,
        status=worst.status,
        blocking=worst.blocking,
        failing_rows=sum(o.failing_rows for o in parts),
        failing_examples=examples,
        details=details,
        checked_at=worst.checked_at,
        validation_keys=tuple(k for o in parts for k in o.validation_keys),
    )


def run_table_checks(
    con: duckdb.DuckDBPyConnection,
    table: str,
    *,
    checked_at: dt.datetime | None = None,
    slice_rows: int | None = None,
    only_sha256: Sequence[str] | None = None,
) -> list[CheckOutcome]:
    """Everything registered for `table`: catalog types, the GX suite (sliced) and DQ rules.

    Reads only, so a read-only connection works. A missing table gives one `error` outcome per
    registered check, so a Dagster asset check still reports something a reader can act on.
    `slice_rows` overrides the suite file's slice size (memory vs. GX's per-run overhead).
    `only_sha256` validates only the rows of these documents (a table with a sha256 column):
    the rows a run added, when the others passed the same suite before (orchestration/checks).
    """
    at = _as_utc_naive(checked_at)
    spec = load_suite(table)
    outcomes, done = _outcomes_before_the_suite(con, table, spec, at, only_sha256)
    if done:
        return outcomes
    if table == DQ_TABLE and only_sha256 is None:
        return outcomes + _suite_and_dq_rules(con, table, spec, slice_rows or spec.slice_rows, at)
    # one slice at a time: a whole table never sits in memory at once
    outcomes.extend(_suite_outcomes(table, spec, _parts(con, table, spec, slice_rows, only_sha256), at))
    if table == DQ_TABLE:
        outcomes.extend(run_dq_rules(con.execute(f"select * from {_quote(table)}").df(), checked_at=at))
    return outcomes


def _suite_and_dq_rules(
    con: duckdb.DuckDBPyConnection, table: str, spec: SuiteSpec, slice_rows: int, at: dt.datetime
) -> list[CheckOutcome]:
    """The mart the DHIS2-style rules read: with a GX worker (`dwh run`), the GX suite runs
    there while the rules (pandas) run here, over the same frame read once. The rules read the
    whole table anyway, so its slices may sit in memory together."""
    from data_contracts.gx_worker import active

    whole = con.execute(f"select * from {_quote(table)}").df()
    frames = (
        [whole] if len(whole) <= slice_rows or not spec.slice_by else list(_slices(con, spec, slice_rows))
    )
    parts = tuple((frame, load_table_context(con, table, frame)) for frame in frames)
    worker = active()
    if worker is None:
        return _suite_outcomes(table, spec, parts, at) + run_dq_rules(whole, checked_at=at)
    ticket = worker.start(finish_table_checks, PreparedChecks(table, at, (), parts))
    rules = run_dq_rules(whole, checked_at=at)
    return worker.result(ticket) + rules


# ---------------------------------------------------------------------------------------------
# The mart contract on dbt's Parquet copies (macros/export_for_contract.sql)

# What the mart contract reads: the mart and the dimensions of its context.
EXPORTED_TABLES = {DQ_TABLE: (DQ_TABLE, *MART_CONTEXT_TABLES)}


def exported_copy_path(warehouse: str | Path, relation: str) -> Path:
    """Where dbt's post-hook writes the copy of `relation` ("schema.table") of this warehouse."""
    return Path(f"{warehouse}.contract.{relation}.parquet")


def table_digest(con: duckdb.DuckDBPyConnection, relation: str) -> tuple[int, int]:
    """Row count and the sum of the rows' hashes (order-free; a repeated row counts twice): equal
    for a table and its Parquet copy."""
    row = con.execute(f"select count(*), coalesce(sum(hash(t)), 0) from {relation} as t").fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


@dataclass(frozen=True)
class ExportedValidation:
    """`run_table_checks` on Parquet copies: the digest of each copy it read, and the outcomes
    after the catalog check (which needs the warehouse's own types)."""

    digests: dict[str, tuple[int, int]]
    outcomes: list[CheckOutcome]


def validate_exported(table: str, files: Mapping[str, str], checked_at: dt.datetime) -> ExportedValidation:
    """The checks of `table` run on copies of it and of the tables it reads, loaded into an
    in-memory DuckDB under their warehouse names. For the GX worker: it needs no warehouse."""
    con = duckdb.connect()
    try:
        _load_copies(con, files.items())
        digests = {relation: table_digest(con, relation) for relation in files}
        outcomes = run_table_checks(con, table, checked_at=checked_at)
    finally:
        con.close()
    return ExportedValidation(digests, [o for o in outcomes if o.check_name != CATALOG_CHECK])


def _load_copies(con: duckdb.DuckDBPyConnection, files: Iterable[tuple[str, str | Path]]) -> None:
    """Each Parquet copy as a table of `con` (an in-memory DuckDB) under its warehouse name."""
    for relation, path in files:
        schema, _ = _split(relation)
        con.execute(f"create schema if not exists {schema}")
        con.execute(f"create table {relation} as select * from read_parquet(?)", [str(path)])


def finish_exported(
    con: duckdb.DuckDBPyConnection, table: str, validated: ExportedValidation, checked_at: dt.datetime
) -> list[CheckOutcome] | None:
    """The outcomes `run_table_checks(con, table)` gives, from a validation of copies, when every
    copy still equals its table in the warehouse; None otherwise (validate the table itself)."""
    try:
        if any(table_digest(con, rel) != digest for rel, digest in validated.digests.items()):
            return None
    except duckdb.Error:  # a table is gone
        return None
    at = _as_utc_naive(checked_at)
    before, done = _outcomes_before_the_suite(con, table, load_suite(table), at, None)
    return None if done else before + validated.outcomes


# The tables a scoped contract reads beside its own (load_table_context): copied with its rows.
SCOPED_CONTEXT_TABLES = {"raw.observations": ("raw.documents",)}


@dataclass(frozen=True)
class PreparedChecks:
    """`run_table_checks` for the rows of a few documents, cut in two: what was read from the
    warehouse (and decided while reading), and the validation still to run, which needs no
    warehouse. The pipeline reads before dbt takes the warehouse's write lock and validates in
    the GX worker while dbt runs (orchestration/checks/prefetch.py).

    The rows to validate are either Parquet copies (`files`: relation, path; the documents'
    rows of the table and of the tables its suite reads beside it), or frames already read
    with their context (`parts`)."""

    table: str
    at: dt.datetime
    outcomes: tuple[CheckOutcome, ...]
    parts: tuple[tuple[pd.DataFrame, dict[str, Any]], ...] = ()
    done: bool = False
    files: tuple[tuple[str, str], ...] = ()
    documents: tuple[str, ...] = ()


def prepare_table_checks(
    con: duckdb.DuckDBPyConnection,
    table: str,
    *,
    only_sha256: Sequence[str],
    checked_at: dt.datetime | None = None,
    directory: str | Path | None = None,
) -> PreparedChecks:
    """The reading half of `run_table_checks(con, table, only_sha256=...)`, for the rows of a
    few documents; not for the table the DHIS2-style rules read (they run over the whole mart).
    It decides what needs no rows (the catalog check; no document to validate) and writes the
    documents' rows as Parquet files in `directory` (a new temporary one by default), which
    `finish_table_checks` reads and removes. DuckDB writes them: `dwh run`'s process does not
    import pandas (data_contracts/lazy.py), the GX worker that validates does."""
    if table == DQ_TABLE:
        raise ValueError(f"{table}: the DQ rules read the whole table; use run_table_checks")
    at = _as_utc_naive(checked_at)
    spec = load_suite(table)
    outcomes, done = _outcomes_before_the_suite(con, table, spec, at, only_sha256)
    if done:
        return PreparedChecks(table, at, tuple(outcomes), done=True)
    out = Path(directory) if directory is not None else Path(tempfile.mkdtemp(prefix="dwh-contract-"))
    out.mkdir(parents=True, exist_ok=True)
    files: list[tuple[str, str]] = []
    with _scope(con, only_sha256):
        for relation in (table, *SCOPED_CONTEXT_TABLES.get(table, ())):
            if relation != table and not table_exists(con, relation):
                continue
            path = out / f"{relation}.parquet"
            quoted_path = str(path).replace("'", "''")
            con.execute(
                f"copy (select * from {_quote(relation)} where sha256 in (select sha256 from {SCOPE_VIEW})) "
                f"to '{quoted_path}' (format parquet)"
            )
            files.append((relation, str(path)))
    return PreparedChecks(table, at, tuple(outcomes), files=tuple(files), documents=tuple(only_sha256))


def finish_table_checks(prepared: PreparedChecks) -> list[CheckOutcome]:
    """The validating half: the same outcomes `run_table_checks` gives for those rows. Copies
    are loaded into an in-memory DuckDB under their warehouse names, validated as the tables
    would be, and removed."""
    outcomes = list(prepared.outcomes)
    if prepared.done:
        return outcomes
    spec = load_suite(prepared.table)
    if not prepared.files:
        outcomes.extend(_suite_outcomes(prepared.table, spec, prepared.parts, prepared.at))
        return outcomes
    con = duckdb.connect()
    try:
        _load_copies(con, prepared.files)
        parts = _parts(con, prepared.table, spec, None, prepared.documents)
        outcomes.extend(_suite_outcomes(prepared.table, spec, parts, prepared.at))
    finally:
        con.close()
        discard_prepared(prepared)
    return outcomes


def discard_prepared(prepared: PreparedChecks) -> None:
    """Remove the Parquet copies of `prepared` (and their folder, once empty)."""
    folders = set()
    for _, path in prepared.files:
        Path(path).unlink(missing_ok=True)
        folders.add(Path(path).parent)
    for folder in folders:
        with contextlib.suppress(OSError):  # not empty: someone else's files
            folder.rmdir()


def _parts(
    con: duckdb.DuckDBPyConnection,
    table: str,
    spec: SuiteSpec,
    slice_rows: int | None,
    only_sha256: Sequence[str] | None,
) -> Iterator[tuple[pd.DataFrame, dict[str, Any]]]:
    """The table's slices (its rows of the `only_sha256` documents, when given), each with the
    reference frames its suite needs, read one at a time."""
    scoped = only_sha256 is not None
    with _scope(con, only_sha256) if scoped else contextlib.nullcontext():
        for part in _slices(con, spec, slice_rows or spec.slice_rows, scoped):
            yield part, load_table_context(con, table, part)


def _outcomes_before_the_suite(
    con: duckdb.DuckDBPyConnection,
    table: str,
    spec: SuiteSpec,
    at: dt.datetime,
    only_sha256: Sequence[str] | None,
) -> tuple[list[CheckOutcome], bool]:
    """The catalog check, or the whole answer (True) when the table is missing or no
    document is in scope."""
    if not table_exists(con, table):
        registry = CHECK_REGISTRY.get(table) or check_registry()[table]
        return [
            CheckOutcome(
                name,
                table,
                "error",
                name in registry.blocking_check_names,
                0,
                [],
                f"could not run: table {table} does not exist",
                at,
            )
            for name in registry.all_names
        ], True
    outcomes: list[CheckOutcome] = [_catalog_check(con, spec, at)]
    if only_sha256 is not None and not only_sha256:
        outcomes.extend(
            CheckOutcome(
                c.name, table, "passed", c.blocking, 0, [], "no new or changed documents to validate", at
            )
            for c in spec.checks
        )
        return outcomes, True
    return outcomes, False


def _suite_outcomes(
    table: str,
    spec: SuiteSpec,
    parts: Iterable[tuple[pd.DataFrame, Mapping[str, Any]]],
    at: dt.datetime,
) -> list[CheckOutcome]:
    """The GX suite over each slice with its context, one merged outcome per check."""
    per_check: dict[str, list[CheckOutcome]] = {}
    for part, context in parts:
        for outcome in run_suite(table, part, context=context, checked_at=at).outcomes:
            per_check.setdefault(outcome.check_name, []).append(outcome)
    return [merge_outcomes(per_check[c.name]) for c in spec.checks if c.name in per_check]


# ---------------------------------------------------------------------------------------------
# Persisting


def ensure_results_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create raw.check_results, or add this package's extension columns to an older one."""
    con.execute("create schema if not exists raw")
    con.execute(
        f"""create table if not exists {RESULTS_TABLE} (
            check_name varchar not null, table_name varchar not null, status varchar not null,
            failing_rows bigint, details varchar, checked_at timestamp not null,
            blocking boolean, failing_examples varchar)"""
    )
    # another writer may have created the ARCHITECTURE.md columns only
    con.execute(f"alter table {RESULTS_TABLE} add column if not exists blocking boolean")
    con.execute(f"alter table {RESULTS_TABLE} add column if not exists failing_examples varchar")


def persist_outcomes(con: duckdb.DuckDBPyConnection, outcomes: Iterable[CheckOutcome]) -> int:
    """Write outcomes to raw.check_results, replacing rows with the same
    (check_name, table_name, checked_at): re-running a persist changes nothing. Returns rows written."""
    # later duplicates of a key win, as a re-run would
    by_key = {
        (r["check_name"], r["table_name"], r["checked_at"]): r for r in (o.to_record() for o in outcomes)
    }
    ensure_results_table(con)
    if not by_key:
        return 0
    columns = (
        "check_name",
        "table_name",
        "status",
        "failing_rows",
        "details",
        "checked_at",
        "blocking",
        "failing_examples",
    )
    # one list parameter per column (no DataFrame: this runs in `dwh run`'s process, which does
    # not import pandas), unnested side by side into rows
    values = [[r[c] for r in by_key.values()] for c in columns]
    rows = "select " + ", ".join(f"unnest(?) as {c}" for c in columns)
    try:
        con.execute("begin transaction")
        con.execute(f"create or replace temp table _contract_outcomes as {rows}", values)
        con.execute(
            f"""delete from {RESULTS_TABLE} r using _contract_outcomes o
                where r.check_name = o.check_name and r.table_name = o.table_name
                  and r.checked_at = o.checked_at"""
        )
        con.execute(
            f"""insert into {RESULTS_TABLE} (check_name, table_name, status, failing_rows, details,
                    checked_at, blocking, failing_examples)
                select check_name, table_name, status, failing_rows, details,
                       cast(checked_at as timestamp), blocking, failing_examples
                from _contract_outcomes"""
        )
        con.execute("drop table _contract_outcomes")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return len(by_key)


# ---------------------------------------------------------------------------------------------
# Data Docs


def _gx_site_here(outcomes: list[CheckOutcome], site_dir: Path) -> Path | None:
    """GX's own Data Docs for the GX results behind `outcomes`, from a fresh ephemeral context
    with a filesystem store, so the site shows exactly these runs and nothing older. Runs where
    the validations ran (the GX worker, when there is one): the results are kept there."""
    from data_contracts.gx_engine import get_context, gx_module, kept_validation, share_compiled_templates

    keys = list(dict.fromkeys(k for o in outcomes for k in o.validation_keys))
    kept = [v for v in (kept_validation(k) for k in keys) if v is not None]
    if not kept:
        return None
    gx = gx_module()
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    get_context()  # same GX settings as the validations
    share_compiled_templates()
    docs_context = gx.get_context(mode="ephemeral")
    for v in kept:
        suite_fields = {k: v.suite_json[k] for k in ("name", "expectations", "meta") if k in v.suite_json}
        docs_context.suites.add_or_update(gx.ExpectationSuite(**suite_fields))
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=v.result.suite_name),
            run_id=v.result.meta["run_id"],
            batch_identifier=v.asset_name,
        )
        docs_context.validation_results_store.set(key, v.result)
    docs_context.add_data_docs_site(
        site_name="data_contracts",
        site_config={
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        },
    )
    docs_context.build_data_docs(site_names=["data_contracts"])
    return site_dir / "index.html"


_STATUS_COLOURS = {"passed": "#1a7f37", "warning": "#9a6700", "failed": "#cf222e", "error": "#8250df"}


def _summary_html(outcomes: list[CheckOutcome], gx_index: Path | None, gx_error: str | None) -> str:
    rows = []
    for o in sorted(outcomes, key=lambda o: (o.table_name, -_SEVERITY[o.status], o.check_name)):
        examples = ""
        if o.failing_examples:
            pretty = html.escape(json.dumps(o.failing_examples, ensure_ascii=False, indent=1, default=str))
            examples = (
                f"<details><summary>{len(o.failing_examples)} examples</summary><pre>{pretty}</pre></details>"
            )
        rows.append(
            f"<tr><td>{html.escape(o.table_name)}</td><td>{html.escape(o.check_name)}</td>"
            f"<td style='color:{_STATUS_COLOURS[o.status]};font-weight:bold'>{o.status}</td>"
            f"<td>{'blocking' if o.blocking else 'warning'}</td><td>{o.failing_rows}</td>"
            f"<td>{html.escape(o.details)}{examples}</td></tr>"
        )
    checked = sorted({o.checked_at.isoformat() for o in outcomes})
    if gx_index is not None:
        gx_note = (
            f"<p>Great Expectations Data Docs: <a href='{gx_index.parent.name}/index.html'>GX site</a></p>"
        )
    else:
        gx_note = (
            f"<p>No GX Data Docs: {html.escape(gx_error or 'no GX validation results in this process')}</p>"
        )
    counts = ", ".join(f"{sum(o.status == s for o in outcomes)} {s}" for s in _STATUS_COLOURS)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Data contracts and data quality</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}}
pre{{white-space:pre-wrap;font-size:12px}}</style></head><body>
<h1>Data contracts and data quality</h1>
<p>Checked at (UTC): {html.escape(", ".join(checked) or "-")} — {counts}</p>{gx_note}
<table><tr><th>table</th><th>check</th><th>status</th><th>severity</th><th>failing rows</th><th>details</th></tr>
{"".join(rows)}</table></body></html>
"""


def build_data_docs(outcomes: Iterable[CheckOutcome], out_dir: str | Path) -> Path:
    """Render out_dir/index.html (all outcomes, self-contained, offline) and GX's own Data Docs
    site under out_dir/gx/ for the GX-validated ones. Returns the path of out_dir/index.html.

    GX's SiteBuilder works offline, but its pages load Bootstrap and fonts from CDNs: offline
    they are readable yet unstyled. The summary page needs nothing from the network and also
    shows the pandas DQ rules, which GX never sees.

    With a GX worker (`dwh run`), the worker writes them in the background (~0.7 s per table
    that the pipeline does not wait for); they are complete when the worker stops.
    """
    from data_contracts.gx_worker import active

    items = list(outcomes)
    worker = active()
    if worker is not None:
        worker.submit(f"Data Docs in {out_dir}", _write_data_docs, items, Path(out_dir))
        return Path(out_dir) / "index.html"
    return _write_data_docs(items, Path(out_dir))


def _write_data_docs(items: list[CheckOutcome], out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    gx_index: Path | None = None
    gx_error: str | None = None
    if any(o.validation_keys for o in items):
        try:
            gx_index = _gx_site_here(items, out / "gx")
        except Exception as exc:  # noqa: BLE001 - the summary page must still be written
            gx_error = f"GX site builder failed: {exc!r}"
    index = out / "index.html"
    tmp = index.with_suffix(".html.tmp")
    tmp.write_text(_summary_html(items, gx_index, gx_error), encoding="utf-8")
    tmp.replace(index)  # atomic: a reader never sees half a page
    return index
