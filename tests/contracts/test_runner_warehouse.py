"""run_table_checks on real DuckDB files, persist_outcomes, build_data_docs."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from contract_factories import (
    by_name,
    clean_facts,
    clean_observations,
    fact,
    observation,
    write_marts,
    write_warehouse,
)

from data_contracts.outcomes import CheckOutcome
from data_contracts.runner import (
    CATALOG_CHECK,
    CHECK_REGISTRY,
    EXPORTED_TABLES,
    build_data_docs,
    exported_copy_path,
    finish_exported,
    finish_table_checks,
    persist_outcomes,
    prepare_table_checks,
    run_table_checks,
    validate_exported,
)

BAD_ROWS = [
    observation("study_participation_rate", 140, "95,35", obs_id="bad:rate140"),
    observation("study_sessions", 146, "164", obs_id="bad:number"),
    observation("study_sessions", 164, "164", obs_id="bad:span", char_start=0, char_end=4),
]


@pytest.fixture
def dirty_warehouse(warehouse: Callable[..., Path]) -> Path:
    return warehouse(clean_observations() + BAD_ROWS)


def test_table_checks_read_a_read_only_warehouse(
    dirty_warehouse: Path, read_only: Callable[[Path], duckdb.DuckDBPyConnection]
) -> None:
    outcomes = by_name(run_table_checks(read_only(dirty_warehouse), "raw.observations"))
    assert set(outcomes) == set(CHECK_REGISTRY["raw.observations"].check_names)
    assert outcomes[CATALOG_CHECK].status == "passed"
    assert outcomes["rate_at_most_100"].status == "failed"
    # the documents come from raw.documents, so the offset check runs here
    span = outcomes["evidence_span_in_sentence"]
    assert span.status == "failed" and [e["obs_id"] for e in span.failing_examples] == ["bad:span"]
    assert {e["obs_id"] for e in outcomes["evidence_sentence_contains_value"].failing_examples} == {
        "bad:rate140",
        "bad:number",
    }
    assert len({o.checked_at for o in outcomes.values()}) == 1


def test_slices_give_the_same_outcomes(
    warehouse: Callable[..., Path], read_only: Callable[[Path], duckdb.DuckDBPyConnection]
) -> None:
    duplicate = {**clean_observations()[0]}  # same obs_id twice: must meet in one slice
    path = warehouse(clean_observations() + BAD_ROWS + [duplicate])
    con = read_only(path)
    whole = {o.check_name: (o.status, o.failing_rows) for o in run_table_checks(con, "raw.observations")}
    sliced = run_table_checks(con, "raw.observations", slice_rows=3)
    assert {o.check_name: (o.status, o.failing_rows) for o in sliced} == whole
    assert whole["obs_id_unique"] == ("failed", 2)
    assert "slices" in by_name(sliced)["rate_at_most_100"].details


def test_checks_read_first_and_validated_in_the_gx_worker_give_the_same_outcomes(
    dirty_warehouse: Path, read_only: Callable[[Path], duckdb.DuckDBPyConnection]
) -> None:
    """`dwh run` reads the rows of new documents before dbt locks the warehouse and validates
    them in the GX worker while dbt builds: the outcomes are those of run_table_checks."""
    from data_contracts.gx_worker import gx_worker

    con = read_only(dirty_warehouse)
    at = dt.datetime(2026, 1, 2, 3, 4, 5)
    statuses: set[str] = set()
    for table in ("raw.observations", "raw.documents"):
        for documents in (
            [r[0] for r in con.execute(f"select distinct sha256 from {table} order by 1").fetchall()],
            [],
        ):
            direct = run_table_checks(con, table, only_sha256=documents, checked_at=at)
            prepared = prepare_table_checks(con, table, only_sha256=documents, checked_at=at)
            with gx_worker() as worker:
                started = worker.result(worker.start(finish_table_checks, prepared))

            def key(outcomes: list[CheckOutcome]) -> list[tuple[object, ...]]:
                return [
                    (o.check_name, o.status, o.blocking, o.failing_rows, o.details, o.checked_at)
                    for o in outcomes
                ]

            assert key(started) == key(direct), (table, len(documents))
            statuses |= {o.status for o in started}
    assert {"passed", "failed"} <= statuses  # the planted rows fail, as they do in run_table_checks


def test_catalog_types_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "warehouse.duckdb"
    write_warehouse(path, clean_observations())
    with duckdb.connect(str(path)) as con:
        con.execute("alter table raw.observations alter period_start type varchar")
        outcome = by_name(run_table_checks(con, "raw.observations"))[CATALOG_CHECK]
    assert outcome.status == "failed" and outcome.blocking
    assert outcome.failing_examples == [{"column": "period_start", "expected": "DATE", "found": "VARCHAR"}]


def test_missing_table_reports_errors_for_every_registered_check(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "empty.duckdb")) as con:
        outcomes = run_table_checks(con, "marts.fct_indicator_values")
    assert {o.status for o in outcomes} == {"error"}
    assert {o.check_name for o in outcomes} == set(CHECK_REGISTRY["marts.fct_indicator_values"].all_names)
    assert "does not exist" in outcomes[0].details


def test_mart_table_checks_include_dq_rules_and_dims(tmp_path: Path) -> None:
    facts = clean_facts() + [fact("999", 2022, "study_sessions", 100, fact_key="bad:unknown")]
    path = write_marts(tmp_path / "warehouse.duckdb", facts)
    with duckdb.connect(str(path), read_only=True) as con:
        outcomes = by_name(run_table_checks(con, "marts.fct_indicator_values"))
    assert set(outcomes) == set(CHECK_REGISTRY["marts.fct_indicator_values"].all_names)
    assert outcomes["unit_code_in_dim_org_unit"].status == "failed"
    assert outcomes["outlier_modified_zscore"].blocking is False


@pytest.mark.parametrize("slice_rows", [None, 60])
def test_mart_checks_with_a_gx_worker_give_the_same_outcomes(tmp_path: Path, slice_rows: int | None) -> None:
    """With a GX worker the suite runs there while the DQ rules run in the caller (`dwh run`):
    the same outcomes in the same order as without one, whole or in slices."""
    from data_contracts.gx_worker import gx_worker

    facts = clean_facts() + [fact("999", 2022, "study_sessions", 100, fact_key="bad:unknown")]
    path = write_marts(tmp_path / "warehouse.duckdb", facts)
    at = dt.datetime(2026, 1, 2, 3, 4, 5)

    def key(outcomes: list[CheckOutcome]) -> list[tuple[object, ...]]:
        return [(o.check_name, o.status, o.failing_rows, o.details) for o in outcomes]

    with duckdb.connect(str(path), read_only=True) as con:
        alone = run_table_checks(con, "marts.fct_indicator_values", checked_at=at, slice_rows=slice_rows)
        with gx_worker():
            beside = run_table_checks(con, "marts.fct_indicator_values", checked_at=at, slice_rows=slice_rows)
    assert key(beside) == key(alone)
    assert "failed" in {o.status for o in alone}


def test_mart_checks_on_parquet_copies_give_the_same_outcomes(tmp_path: Path) -> None:
    """`dwh run` validates dbt's Parquet copies of the mart and its dimensions in the GX worker
    (macros/export_for_contract.sql, orchestration/checks/prefetch.py): the outcomes equal those
    of the warehouse's own tables while the copies equal them, and are refused once a table
    changed after its copy was written."""
    from data_contracts.gx_worker import gx_worker

    facts = clean_facts() + [fact("999", 2022, "study_sessions", 100, fact_key="bad:unknown")]
    path = write_marts(tmp_path / "warehouse.duckdb", facts)
    at = dt.datetime(2026, 1, 2, 3, 4, 5)
    table = "marts.fct_indicator_values"

    def key(outcomes: list[CheckOutcome]) -> list[tuple[object, ...]]:
        return [(o.check_name, o.status, o.failing_rows, o.details, o.checked_at) for o in outcomes]

    with duckdb.connect(str(path)) as con:
        files = {}
        for relation in EXPORTED_TABLES[table]:
            files[relation] = str(exported_copy_path(path, relation))
            con.execute(f"copy (select * from {relation}) to '{files[relation]}' (format parquet)")
        alone = run_table_checks(con, table, checked_at=at)
        with gx_worker() as worker:
            validated = worker.call(validate_exported, table, files, at)
        assert key(finish_exported(con, table, validated, at)) == key(alone)
        assert "failed" in {o.status for o in alone}
        # a dimension changed after its copy: the copy's result is not used
        con.execute("update marts.dim_org_unit set unit_name = unit_name || ' (mới)' where unit_code = '760'")
        assert finish_exported(con, table, validated, at) is None


def _outcome(name: str, status: str, at: dt.datetime, rows: int = 0) -> CheckOutcome:
    return CheckOutcome(
        name, "raw.observations", status, True, rows, [{"obs_id": "x"}] if rows else [], "d", at
    )  # type: ignore[arg-type]


def test_persist_is_idempotent_per_check_table_and_time(tmp_path: Path) -> None:
    at = dt.datetime(2026, 11, 22, 3, 0, 0)
    later = at + dt.timedelta(days=1)
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        first = [_outcome("a", "passed", at), _outcome("b", "failed", at, 3)]
        assert persist_outcomes(con, first) == 2
        persist_outcomes(con, first)
        assert con.execute("select count(*) from raw.check_results").fetchall() == [(2,)]
        # the same key with a new result replaces the old row
        persist_outcomes(con, [_outcome("b", "passed", at)])
        rows = con.execute(
            "select check_name, status, failing_rows from raw.check_results order by 1"
        ).fetchall()
        assert rows == [("a", "passed", 0), ("b", "passed", 0)]
        # another day's run is history, kept beside the first
        persist_outcomes(con, [_outcome("b", "failed", later, 1)])
        assert con.execute("select count(*) from raw.check_results").fetchall() == [(3,)]
        examples = con.execute(
            "select failing_examples, blocking from raw.check_results where checked_at = ?", [later]
        ).fetchall()
        assert json.loads(examples[0][0]) == [{"obs_id": "x"}] and examples[0][1] is True


def test_persist_extends_a_table_created_with_the_architecture_columns(tmp_path: Path) -> None:
    at = dt.datetime(2026, 11, 22, 3, 0, 0)
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        con.execute("create schema raw")
        con.execute(
            "create table raw.check_results (check_name varchar, table_name varchar, status varchar, "
            "failing_rows bigint, details varchar, checked_at timestamp)"
        )
        persist_outcomes(con, [_outcome("a", "failed", at, 2)])
        assert con.execute("select status, blocking from raw.check_results").fetchall() == [("failed", True)]


def test_persist_of_real_outcomes_twice(dirty_warehouse: Path) -> None:
    with duckdb.connect(str(dirty_warehouse)) as con:
        outcomes = run_table_checks(con, "raw.observations")
        persist_outcomes(con, outcomes)
        before = con.execute("select * from raw.check_results order by check_name").fetchall()
        persist_outcomes(con, outcomes)
        assert con.execute("select * from raw.check_results order by check_name").fetchall() == before
    assert len(before) == len(outcomes)


def test_data_docs_render_summary_and_gx_site(
    dirty_warehouse: Path, read_only: Callable[[Path], duckdb.DuckDBPyConnection], tmp_path: Path
) -> None:
    outcomes = run_table_checks(read_only(dirty_warehouse), "raw.observations")
    index = build_data_docs(outcomes, tmp_path / "docs")
    page = index.read_text(encoding="utf-8")
    assert index == tmp_path / "docs" / "index.html"
    assert "rate_at_most_100" in page and "bad:rate140" in page and "failed" in page
    assert (tmp_path / "docs" / "gx" / "index.html").is_file()
    validation_pages = list((tmp_path / "docs" / "gx" / "validations").rglob("*.html"))
    assert len(validation_pages) == 1
    # GX's renderer phrases each expectation ("values must be greater than or equal to 0 ...")
    assert "values must be" in validation_pages[0].read_text(encoding="utf-8")


def test_data_docs_without_gx_results_still_write_the_summary(tmp_path: Path) -> None:
    index = build_data_docs([_outcome("a", "failed", dt.datetime(2026, 1, 1), 1)], tmp_path / "docs")
    assert "No GX Data Docs" in index.read_text(encoding="utf-8")


def test_empty_tables_pass(tmp_path: Path) -> None:
    # a fresh warehouse before the first report: nothing to object to, and nothing crashes
    raw = write_warehouse(tmp_path / "empty.duckdb", [], [])  # "raw.duckdb" would clash with schema raw
    mart = write_marts(tmp_path / "warehouse.duckdb", [])
    with duckdb.connect(str(raw), read_only=True) as con:
        outcomes = run_table_checks(con, "raw.observations")
    with duckdb.connect(str(mart), read_only=True) as con:
        outcomes += run_table_checks(con, "marts.fct_indicator_values")
    assert {(o.table_name, o.check_name): o.status for o in outcomes if o.status != "passed"} == {}


def test_data_docs_from_the_gx_worker_are_written_in_the_background(
    dirty_warehouse: Path,
    read_only: Callable[[Path], duckdb.DuckDBPyConnection],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`dwh run`: the worker validated, so it renders; the pipeline doesn't wait, the worker's
    stop does, and a failure there is a warning, never an error of the check."""
    from data_contracts.gx_worker import gx_worker

    with gx_worker() as worker:
        outcomes = run_table_checks(read_only(dirty_warehouse), "raw.observations")
        index = build_data_docs(outcomes, tmp_path / "docs")
        worker.submit("a page that cannot be written", build_data_docs, outcomes, "/proc/no/such/dir")
    assert index == tmp_path / "docs" / "index.html"
    assert "rate_at_most_100" in index.read_text(encoding="utf-8")
    assert list((tmp_path / "docs" / "gx" / "validations").rglob("*.html"))
    assert "warning: a page that cannot be written failed in the GX worker" in capsys.readouterr().err


def test_gx_worker_answers_calls_before_queued_background_work(tmp_path: Path) -> None:
    """A contract check never waits behind Data Docs pages: a call sent while the worker is busy
    is answered before the background work queued with it, and that work is still done before
    the worker stops."""
    import os
    import time

    from data_contracts.gx_worker import gx_worker

    page = tmp_path / "page.html"
    with gx_worker() as worker:
        worker.submit("busy for a moment", time.sleep, 1.0)
        worker.submit("a page", page.write_text, "done", encoding="utf-8")
        assert worker.call(os.path.exists, page) is False  # answered first, page not written yet
        worker.submit("a page that cannot be written", (tmp_path / "no" / "dir.html").write_text, "x")
    assert page.read_text(encoding="utf-8") == "done"


GX_IMPORTED = "'great_expectations' in __import__('sys').modules"


def test_gx_worker_imports_gx_when_prepared_or_at_once(tmp_path: Path) -> None:
    """`dwh run` starts the worker without GX and prepares it when dbt starts: the import
    happens at prepare() (before any later request), or at once by default; requests sent while
    the worker imports, even ones larger than a pipe's buffer, are answered after it."""
    from data_contracts.gx_worker import gx_worker

    with gx_worker(import_now=False) as worker:
        assert worker.call(eval, GX_IMPORTED) is False
    with gx_worker(import_now=False) as worker:
        worker.prepare()
        worker.prepare()  # once
        big = "x" * (1 << 20)
        ticket = worker.start(len, big)
        assert worker.call(eval, GX_IMPORTED) is True
        assert worker.result(ticket) == len(big)
    with gx_worker() as worker:
        assert worker.call(eval, GX_IMPORTED) is True


def test_an_unprepared_unused_gx_worker_is_stopped(tmp_path: Path) -> None:
    """A `dwh run` with nothing to validate never prepares the worker (it never imports GX):
    leaving the context stops its process all the same."""
    from data_contracts.gx_worker import gx_worker

    with gx_worker(import_now=False) as worker:
        process = worker._process
    assert process.poll() is not None


def test_data_docs_pages_are_the_same_from_compiled_templates(
    dirty_warehouse: Path, read_only: Callable[[Path], duckdb.DuckDBPyConnection], tmp_path: Path
) -> None:
    """Page renderers share templates compiled earlier in the process (a jinja2 bytecode cache,
    data_contracts/gx_engine.py): the pages equal those rendered after compiling afresh, up to
    the ids and times GX writes into every page."""
    import re

    from data_contracts.gx_engine import share_compiled_templates

    outcomes = run_table_checks(read_only(dirty_warehouse), "raw.observations")
    cache = share_compiled_templates()

    def pages(out: Path) -> dict[str, str]:
        build_data_docs(outcomes, out)
        volatile = re.compile(
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{8}T\d{6}(\.\d+)?Z?|"
            r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?(\+00:00|Z)?"
        )
        return {
            str(p.relative_to(out)): volatile.sub("~", p.read_text(encoding="utf-8"))
            for p in sorted(out.rglob("*.html"))
        }

    cache.clear()
    compiled = pages(tmp_path / "compiled")
    assert cache.code  # the compiled templates were kept
    assert pages(tmp_path / "cached") == compiled
    assert len(compiled) >= 3


def test_gx_is_imported_without_the_modules_it_only_needs_for_unused_expectations() -> None:
    """scipy.stats and altair (2.2 s of GX's import) stand deferred until something uses them,
    and then work as usual (a clean interpreter: this one may have imported them already)."""
    import subprocess
    import sys

    code = """
import sys
from data_contracts.gx_engine import DEFERRED_IMPORTS, get_context
get_context()
print(sorted(n for n in DEFERRED_IMPORTS if type(sys.modules[n]).__name__ == "DeferredModule"))
from scipy import stats
print(stats.norm.cdf(0.0), type(sys.modules["scipy"]).__name__, type(sys.modules["scipy.stats"]).__name__)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["['altair', 'scipy.stats']", "0.5 module module"]
    # a submodule that is not deferred, imported while the stand-in is in place
    code = "from data_contracts.gx_engine import get_context; get_context()\nimport scipy.linalg\nprint(scipy.linalg.det([[2.0]]))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "2.0"
