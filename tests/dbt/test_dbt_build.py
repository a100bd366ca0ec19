"""Runs the real dbt project (seed, build with data and unit tests, docs generate) against a
temporary warehouse holding the sample reports' extraction and a few synthetic reports, then
checks what the marts say. Expected numbers come from the report texts and the seeds, not from
a previous run."""

from __future__ import annotations

import contextlib
import csv
import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dbt.cli.main import dbtRunner, dbtRunnerResult

# tests/dbt has no __init__.py on purpose: a package named `dbt` would shadow dbt itself
from warehouse_fixture import ROOT, build_raw_warehouse

pytestmark = pytest.mark.slow

PROJECT_DIR = ROOT / "dbt_project"


@contextlib.contextmanager
def warehouse_env(warehouse: Path) -> Iterator[None]:
    """profiles.yml reads WAREHOUSE_PATH at each invocation; restore the caller's value after."""
    previous = os.environ.get("WAREHOUSE_PATH")
    os.environ["WAREHOUSE_PATH"] = str(warehouse)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("WAREHOUSE_PATH", None)
        else:
            os.environ["WAREHOUSE_PATH"] = previous


def run_dbt(args: list[str], warehouse: Path, work: Path, manifest: Any = None) -> dbtRunnerResult:
    """Real dbt, in process, with a manifest parsed once: parsing is most of a small run's time.
    Target and logs go to the temp dir so a test never races a developer's or Dagster's dbt."""
    common = [
        "--project-dir",
        str(PROJECT_DIR),
        "--profiles-dir",
        str(PROJECT_DIR),
        "--target-path",
        str(work / "target"),
        "--log-path",
        str(work / "logs"),
    ]
    with warehouse_env(warehouse):
        return dbtRunner(manifest=manifest).invoke([*args, *common])


def failed_nodes(result: dbtRunnerResult) -> list[str]:
    return [r.node.unique_id for r in result.result.results if str(r.status) in ("fail", "error")]


@pytest.fixture(scope="module")
def manifest(tmp_path_factory: pytest.TempPathFactory) -> Any:
    work = tmp_path_factory.mktemp("dbt_parse")
    # the manifest records the DuckDB catalog, named after the file: every warehouse here is
    # called warehouse.duckdb so that one parse serves them all
    parsed = run_dbt(["parse"], work / "warehouse.duckdb", work)
    assert parsed.success, parsed.exception
    return parsed.result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, manifest: Any) -> dict[str, Path]:
    work = tmp_path_factory.mktemp("dbt")
    warehouse = work / "warehouse.duckdb"
    build_raw_warehouse(warehouse)
    result = run_dbt(["build"], warehouse, work, manifest)
    assert result.success, (result.exception, failed_nodes(result) if result.result else None)
    docs = run_dbt(["docs", "generate"], warehouse, work, manifest)
    assert docs.success, docs.exception
    return {"warehouse": warehouse, "target": work / "target"}


@pytest.fixture(scope="module")
def con(built: dict[str, Path]):
    # not read_only: dbt-duckdb keeps its own connection to the file open in this process, and
    # DuckDB refuses a second one with a different configuration
    connection = duckdb.connect(str(built["warehouse"]))
    yield connection
    connection.close()


def fact(con, unit_code: str, period: str, indicator: str, audience: str = "all", phrase: str = ""):
    rows = con.execute(
        """select value, qualifier, evidence_count, annualized_value, is_estimate, period_type,
                  has_disagreement, yoy_change, selected_doc_id
           from marts.fct_indicator_values
           where unit_code = ? and period_key = ? and indicator = ? and audience = ?
             and unit_phrase_key = ?""",
        [unit_code, period, indicator, audience, phrase],
    ).fetchall()
    assert len(rows) == 1, (unit_code, period, indicator, audience, phrase, rows)
    keys = [
        "value",
        "qualifier",
        "evidence_count",
        "annualized_value",
        "is_estimate",
        "period_type",
        "has_disagreement",
        "yoy_change",
        "selected_doc_id",
    ]
    return dict(zip(keys, rows[0]))


Y2018 = "2018-01-01..2018-12-31"


def test_schemas_are_named_exactly(con) -> None:
    schemas = {
        r[0] for r in con.execute("select distinct table_schema from information_schema.tables").fetchall()
    }
    assert {"staging", "intermediate", "marts", "seeds", "raw"} <= schemas
    assert not any(s.startswith("main_") for s in schemas)


@pytest.mark.parametrize(
    ("indicator", "audience", "value"),
    [
        ("study_sessions", "all", 164),
        ("study_attendance", "party_members", 20012),
        ("study_attendance", "masses", 11499),
        ("party_cell_discussions", "all", 520),
        ("training_classes", "all", 273),
        ("trainees", "all", 25541),
        ("contest_entries", "all", 402),
    ],
)
def test_quan_6_2018_sample_facts(con, indicator: str, audience: str, value: float) -> None:
    row = fact(con, "775", Y2018, indicator, audience)
    assert row["value"] == value and row["qualifier"] == "exact" and row["period_type"] == "year"
    # a full-year flow is its own annual value, not an estimate
    assert row["annualized_value"] == value and row["is_estimate"] is False


def test_quan_8_and_quan_1_stocks(con) -> None:
    assert fact(con, "776", Y2018, "documents_issued")["value"] == 45
    websites = fact(con, "760", "2019-07-03..2019-07-03", "websites")
    assert (websites["value"], websites["qualifier"], websites["period_type"]) == (90, "approx", "instant")
    assert websites["annualized_value"] is None
    assert fact(con, "760", "2019-07-03..2019-07-03", "social_pages")["value"] == 50


def test_two_commendations_in_one_document_are_two_components_not_summed(con) -> None:
    rows = con.execute(
        """select indicator, list(value order by component), list(fact_key order by component),
                  bool_and(has_multiple_components), list(evidence_count order by component)
           from marts.fct_indicator_values
           where unit_code = '760' and period_key = '2024-01-01..2024-12-31'
             and indicator in ('commended_collectives', 'commended_individuals')
           group by indicator order by indicator"""
    ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [
        ("commended_collectives", [8, 6]),
        ("commended_individuals", [4, 8]),
    ]
    for _, _, keys, multiple, evidence_counts in rows:
        # component 1 keeps the key a single-value fact has; the second gets a suffix
        assert not keys[0].endswith("|c2") and keys[1] == keys[0] + "|c2"
        assert multiple is True and evidence_counts == [1, 1]
    evidence = con.execute(
        """select list((value, component) order by char_start) from marts.fct_evidence
           where unit_code = '760' and indicator = 'commended_collectives' and is_selected"""
    ).fetchone()[0]
    assert [tuple(e.values()) if isinstance(e, dict) else tuple(e) for e in evidence] == [(8, 1), (6, 2)]
    headline = con.execute(
        """select value, other_component_values, has_multiple_components
           from marts.mart_district_comparison
           where unit_view = 'as_reported' and unit_code = '760'
             and period_key = '2024-01-01..2024-12-31' and indicator = 'commended_collectives'"""
    ).fetchall()
    assert headline == [(8, [6], True)]


def test_annualized_half_year_flow(con) -> None:
    row = fact(con, "765", "2024-01-01..2024-06-30", "political_campaigns")
    assert row["value"] == 2 and row["period_type"] == "half_year" and row["is_estimate"] is True
    assert row["annualized_value"] == pytest.approx(2 * 365 / 182)


def test_hanoi_and_hoang_mai(con) -> None:
    news = fact(con, "01", "2021-04-27..2021-10-05", "news_items")
    assert (news["value"], news["qualifier"], news["period_type"]) == (147000, "at_least", "custom")
    period = "2021-01-01..2021-10-05"
    # different counted things under 'other' stay apart
    assert fact(con, "008", period, "other", phrase="tổ tự quản")["value"] == 248
    assert fact(con, "008", period, "other", phrase="chốt vùng xanh")["value"] == 540


def test_override_rejects_and_keeps_the_evidence(con) -> None:
    assert (
        con.execute(
            "select count(*) from marts.fct_indicator_values where unit_code = '008' and value = 387"
        ).fetchone()[0]
        == 0
    )
    action, by, selected, rejected = con.execute(
        """select override_action, corrected_by, is_selected, is_rejected from marts.fct_evidence
           where doc_id = '004_0cd28070f7015e43' and extracted_value = 387"""
    ).fetchone()
    with open(PROJECT_DIR / "seeds" / "indicator_overrides.csv", encoding="utf-8") as f:
        overrides = list(csv.DictReader(f))
    expected_by = next(r["corrected_by"] for r in overrides if r["original_value"] == "387")
    assert (action, by, selected, rejected) == ("reject", expected_by, False, True)


def test_dedup_prefers_specific_period_source_then_latest_document(con) -> None:
    row = fact(con, "771", "2023-01-01..2023-12-31", "documents_issued")
    # t03 is the latest but names the year only at article level; t02 is later than t01
    assert (row["value"], row["selected_doc_id"], row["has_disagreement"]) == (32, "t02_q10_2023_b", True)
    assert row["evidence_count"] == 3
    reasons = dict(
        con.execute(
            """select doc_id, selection_reason from marts.fct_evidence
           where unit_code = '771' and indicator = 'documents_issued'"""
        ).fetchall()
    )
    assert reasons["t02_q10_2023_b"] == "selected"
    assert reasons["t01_q10_2023_a"].startswith("another document wins")
    assert reasons["t03_q10_2023_c"].startswith("another document wins")


def test_ytd_difference_gives_q3(con) -> None:
    value, period_type, label = con.execute(
        """select d.value, d.period_type, p.label_vi from marts.fct_ytd_differences as d
           join marts.dim_period as p using (period_key)
           where d.unit_code = '771' and d.indicator = 'training_classes'"""
    ).fetchone()
    assert (value, period_type, label) == (25 - 10, "quarter", "Quý III/2023")


def test_year_on_year_change(con) -> None:
    assert fact(con, "775", "2019-01-01..2019-12-31", "study_sessions")["yoy_change"] == 170 - 164


def test_crosswalk_rollup_to_pre2025_districts(con) -> None:
    shares: dict[tuple[str, str], float] = {}
    with open(PROJECT_DIR / "seeds" / "org_unit_crosswalk.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            shares[(r["from_unit_code"], r["to_unit_code"])] = float(r["share"])
    ward_values = {"27364": 70.0, "27349": 30.0, "27418": 40.0}  # Bình Phú, Phú Lâm, Chánh Hưng
    rows = dict(
        con.execute(
            """select unit_code, value from marts.mart_district_comparison
           where unit_view = 'pre2025_district' and indicator = 'news_items'
             and period_key = '2025-07-01..2025-12-31'"""
        ).fetchall()
    )
    for district in ("775", "776"):
        expected = sum(v * shares.get((district, w), 0.0) for w, v in ward_values.items())
        assert rows[district] == pytest.approx(expected)
    # Bình Phú is shared by Quận 6 and Quận 8: both districts get part of it
    assert shares[("775", "27364")] > 0 and shares[("776", "27364")] > 0
    as_reported = con.execute(
        """select count(*) from marts.mart_district_comparison
           where unit_view = 'as_reported' and indicator = 'news_items' and unit_level = 'ward'"""
    ).fetchone()[0]
    assert as_reported == 3


def test_unresolved_unit_stays_visible(con) -> None:
    method = con.execute(
        "select resolution_method from marts.fct_evidence where extracted_unit_name = 'Huyện Vô Danh'"
    ).fetchone()
    assert method == ("unresolved",)


def test_coverage_matrix_has_gaps_as_rows(con) -> None:
    reported = dict(
        con.execute(
            """select unit_code, is_reported from marts.mart_coverage
           where period_key = ? and indicator = 'study_sessions' and unit_code in ('775', '774')""",
            [Y2018],
        ).fetchall()
    )
    assert reported == {"775": True, "774": False}


def test_docs_catalog_lists_the_marts(built: dict[str, Path]) -> None:
    catalog = (built["target"] / "catalog.json").read_text(encoding="utf-8")
    assert "model.tuyengiao.fct_indicator_values" in catalog
    manifest = (built["target"] / "manifest.json").read_text(encoding="utf-8")
    for page in ("compare", "trend", "evidence", "coverage", "data_quality"):
        assert f"exposure.tuyengiao.dashboard_{page}" in manifest


def test_the_build_writes_the_copies_the_mart_contract_reads(built: dict[str, Path], con) -> None:
    """macros/export_for_contract.sql: a build leaves a Parquet copy of the mart and of the
    dimensions its contract reads beside the warehouse, equal to the tables (the contract check
    of `dwh run` validates them while dbt builds the rest)."""
    from data_contracts.runner import EXPORTED_TABLES, exported_copy_path, table_digest

    for relation in EXPORTED_TABLES["marts.fct_indicator_values"]:
        copy = exported_copy_path(built["warehouse"], relation)
        assert copy.is_file(), copy
        assert table_digest(con, f"read_parquet('{copy}')") == table_digest(con, relation) != (0, 0)


def test_data_tests_catch_a_broken_extraction(tmp_path: Path, manifest: Any) -> None:
    """The contract without the optional period_source column still builds; impossible offsets,
    an unknown qualifier and a sentence stored in NFD make the data tests fail."""
    warehouse = tmp_path / "warehouse.duckdb"
    build_raw_warehouse(warehouse, include_synthetic=False, with_period_source=False)
    with duckdb.connect(str(warehouse)) as c:
        c.execute(
            """update raw.observations set char_end = char_start - 1, qualifier = 'roughly'
               where indicator = 'trainees'"""
        )
        sentence = c.execute(
            "select sentence from raw.observations where indicator = 'contest_entries'"
        ).fetchone()[0]
        c.execute(
            "update raw.observations set sentence = ? where indicator = 'contest_entries'",
            [unicodedata.normalize("NFD", sentence)],
        )
    # run, then test: in a build a failing source test would skip the staging tests after it
    # (row_rules_stg_raw__observations reads stg_raw__documents too: `references`)
    assert run_dbt(
        ["run", "--select", "stg_raw__observations", "stg_raw__documents"], warehouse, tmp_path, manifest
    ).success
    result = run_dbt(
        ["test", "--select", "source:raw.observations", "stg_raw__observations"],
        warehouse,
        tmp_path,
        manifest,
    )
    assert not result.success
    failed = " ".join(failed_nodes(result))
    assert "row_rules_stg_raw__observations" in failed, failed
    assert "source_is_nfc_raw_observations_sentence" in failed, failed
    # the rows a row_rules test returns say which rules they broke (macros/tests/row_rules.sql)
    rules = next(r.node for r in result.result.results if r.node.name == "row_rules_stg_raw__observations")
    with duckdb.connect(str(warehouse)) as c:
        broken = {row[0] for row in c.execute(f"select failed_rules from ({rules.compiled_code})").fetchall()}
        trainees = c.execute("select count(*) from raw.observations where indicator = 'trainees'").fetchone()[0]
    assert broken == {"qualifier accepted values; char_end > char_start"}, broken
    assert result.result.results and trainees > 0
    assert next(r.failures for r in result.result.results if r.node.name == rules.name) == trainees
    with duckdb.connect(str(warehouse)) as c:
        assert (
            c.execute(
                "select count(*) from staging.stg_raw__observations where period_source is not null"
            ).fetchone()[0]
            == 0
        )


def _rows(warehouse: Path, table: str) -> list[tuple[Any, ...]]:
    # not read_only: dbt-duckdb keeps its connection to the file open in this process
    with duckdb.connect(str(warehouse)) as c:
        return sorted(c.execute(f"select * from {table}").fetchall(), key=repr)


INCREMENTAL = (
    "intermediate.int_observations_resolved",
    "intermediate.int_observations_corrected",
    "intermediate.int_observations_deduplicated",
    "marts.fct_evidence",
)
DOWNSTREAM = ("marts.fct_indicator_values",)


def test_row_rules_name_duplicate_keys_and_nulls(tmp_path: Path, manifest: Any) -> None:
    """A model's not-null columns and unique keys are rules of its one row_rules test
    (macros/tests/row_rules.sql): a duplicated fact and a fact without a value fail it, and each
    failing row names the rules it broke."""
    warehouse = tmp_path / "warehouse.duckdb"
    build_raw_warehouse(warehouse, include_synthetic=False)
    assert run_dbt(["seed"], warehouse, tmp_path, manifest).success
    # (+ dim_indicator: the test's `references` read it)
    assert run_dbt(
        ["run", "--select", "+fct_indicator_values", "dim_indicator"], warehouse, tmp_path, manifest
    ).success
    with duckdb.connect(str(warehouse)) as c:
        keys = [k for (k,) in c.execute("select fact_key from marts.fct_indicator_values order by 1 limit 2").fetchall()]
        c.execute("insert into marts.fct_indicator_values select * from marts.fct_indicator_values where fact_key = ?", [keys[0]])
        c.execute("update marts.fct_indicator_values set value = null where fact_key = ?", [keys[1]])
    result = run_dbt(["test", "--select", "row_rules_fct_indicator_values"], warehouse, tmp_path, manifest)
    assert not result.success
    (outcome,) = result.result.results
    assert outcome.failures == 3  # both copies of the duplicate, and the row without a value
    with duckdb.connect(str(warehouse)) as c:
        broken = sorted(
            c.execute(f"select fact_key, failed_rules from ({outcome.node.compiled_code}) order by 1, 2").fetchall()
        )
    grain = "unique (unit_key, period_key, indicator, unit_phrase_key, audience, component)"
    assert broken == sorted(
        [(keys[0], f"unique (fact_key); {grain}")] * 2 + [(keys[1], "value not null")]
    ), broken


def test_row_rules_name_rows_whose_reference_is_missing(tmp_path: Path, manifest: Any) -> None:
    """A reference to another model is a rule of row_rules too (`references`, as dbt's
    `relationships`): an evidence row of a fact that is gone and one of an unknown document fail
    it, a null reference and a row outside the rule's `where` pass, and the test depends on the
    models it reads, so dbt builds them before it."""
    warehouse = tmp_path / "warehouse.duckdb"
    build_raw_warehouse(warehouse, include_synthetic=False)
    assert run_dbt(["seed"], warehouse, tmp_path, manifest).success
    assert run_dbt(["run", "--select", "+fct_evidence", "+fct_indicator_values"], warehouse, tmp_path, manifest).success
    with duckdb.connect(str(warehouse)) as c:
        selected, unselected, other = [
            k
            for (k,) in c.execute(
                "select evidence_id from marts.fct_evidence order by is_selected desc, evidence_id limit 3"
            ).fetchall()
        ]
        c.execute("update marts.fct_evidence set is_selected = true where evidence_id in (?, ?)", [selected, other])
        c.execute("update marts.fct_evidence set fact_key = 'gone' where evidence_id = ?", [selected])
        c.execute(
            "update marts.fct_evidence set fact_key = 'gone', is_selected = false where evidence_id = ?", [unselected]
        )
        c.execute("update marts.fct_evidence set sha256 = 'unknown document' where evidence_id = ?", [other])
    node = manifest.nodes[next(k for k in manifest.nodes if k.startswith("test.tuyengiao.row_rules_fct_evidence"))]
    assert {"model.tuyengiao.fct_indicator_values", "model.tuyengiao.stg_raw__documents"} <= set(
        node.depends_on.nodes
    )
    result = run_dbt(["test", "--select", "row_rules_fct_evidence"], warehouse, tmp_path, manifest)
    assert not result.success
    (outcome,) = result.result.results
    assert outcome.failures == 2
    with duckdb.connect(str(warehouse)) as c:
        broken = sorted(
            c.execute(f"select evidence_id, failed_rules from ({outcome.node.compiled_code})").fetchall()
        )
    assert broken == sorted(
        [
            (selected, "fact_key in fct_indicator_values.fact_key"),
            (other, "sha256 in stg_raw__documents.sha256"),
        ]
    ), broken


def test_incremental_models_equal_a_full_rebuild(tmp_path: Path, manifest: Any) -> None:
    """New reports arrive in a built warehouse and one report is re-extracted with fewer
    observations: the incremental build must give exactly the tables a full rebuild gives, and
    must only have processed the documents that changed."""
    full = tmp_path / "full" / "warehouse.duckdb"
    full.parent.mkdir()
    build_raw_warehouse(full)  # samples + synthetic reports
    incremental = tmp_path / "incremental" / "warehouse.duckdb"
    incremental.parent.mkdir()
    build_raw_warehouse(incremental, include_synthetic=False)  # samples only, at first
    work = tmp_path / "work"
    assert run_dbt(["seed"], incremental, work, manifest).success
    assert run_dbt(["run"], incremental, work, manifest).success

    with duckdb.connect(str(incremental)) as c:
        c.execute(f"attach '{full}' as full_wh (read_only)")
        for table in ("documents", "document_files", "observations"):
            c.execute(
                f"insert into raw.{table} select * from full_wh.raw.{table} except select * from raw.{table}"
            )
        c.execute("detach full_wh")
        # one sample report re-extracted by a newer extractor, which reads one number fewer
        sha, first_obs = c.execute(
            "select sha256, min(obs_id) from raw.observations group by 1 having count(*) > 1 order by 1 limit 1"
        ).fetchone()
        c.execute("delete from raw.observations where obs_id = ?", [first_obs])
        c.execute("update raw.observations set extractor_version = 'newer' where sha256 = ?", [sha])
        # a row of an untouched report, marked: an incremental run must not rewrite it
        kept_obs, kept_sentence = c.execute(
            "select obs_id, sentence from intermediate.int_observations_resolved where sha256 <> ? order by 1 limit 1",
            [sha],
        ).fetchone()
        c.execute(
            "update intermediate.int_observations_resolved set sentence = '(kept)' where obs_id = ?",
            [kept_obs],
        )
        c.execute("update marts.fct_evidence set sentence = '(kept)' where evidence_id = ?", [kept_obs])
    result = run_dbt(["run"], incremental, work, manifest)
    assert result.success, result.exception
    with duckdb.connect(str(incremental)) as c:
        assert c.execute(
            "select sentence from intermediate.int_observations_resolved where obs_id = ?", [kept_obs]
        ).fetchone() == ("(kept)",)
        # fct_evidence is incremental by row too: the untouched report's row was not written again
        assert c.execute(
            "select sentence from marts.fct_evidence where evidence_id = ?", [kept_obs]
        ).fetchone() == ("(kept)",)
        c.execute(
            "update intermediate.int_observations_resolved set sentence = ? where obs_id = ?",
            [kept_sentence, kept_obs],
        )
        c.execute("update marts.fct_evidence set sentence = ? where evidence_id = ?", [kept_sentence, kept_obs])
        c.execute("checkpoint")

    rebuilt = tmp_path / "rebuilt" / "warehouse.duckdb"
    rebuilt.parent.mkdir()
    rebuilt.write_bytes(incremental.read_bytes())
    assert run_dbt(["run", "--full-refresh"], rebuilt, tmp_path / "work2", manifest).success
    for table in INCREMENTAL + DOWNSTREAM:
        assert _rows(incremental, table) == _rows(rebuilt, table), table
    assert first_obs not in {row[0] for row in _rows(incremental, INCREMENTAL[0])}

    # an analyst renames a unit in the org_units seed: every document is resolved again
    with duckdb.connect(str(incremental)) as c:
        c.execute("update seeds.org_units set unit_name = unit_name || ' (mới)' where unit_code = '776'")
    assert run_dbt(["run"], incremental, work, manifest).success
    rebuilt.unlink()
    rebuilt.write_bytes(incremental.read_bytes())
    assert run_dbt(["run", "--full-refresh"], rebuilt, tmp_path / "work2", manifest).success
    for table in INCREMENTAL + DOWNSTREAM:
        assert _rows(incremental, table) == _rows(rebuilt, table), table
    renamed = {row for row in _rows(incremental, "marts.fct_indicator_values") if "Quận 8 (mới)" in row}
    assert renamed

    # A later report restates one fact of an earlier one with another value: only that fact's
    # rows are recomputed by the incremental dedup, and its winner changes to the later report.
    with duckdb.connect(str(incremental)) as c:
        target_obs, target_sha, group = c.execute(
            "select obs_id, sha256, group_key from intermediate.int_observations_deduplicated "
            "where is_selected and n_documents = 1 order by obs_id limit 1"
        ).fetchone()
        c.execute(
            "insert into raw.documents select * replace ('later' || sha256 as sha256, doc_id || '_later' as doc_id) "
            "from raw.documents where sha256 = ?",
            [target_sha],
        )
        c.execute(
            "insert into raw.document_files select * replace "
            "('later' || sha256 as sha256, source_path || '.later' as source_path) "
            "from raw.document_files where sha256 = ?",
            [target_sha],
        )
        c.execute(
            "insert into raw.observations select * replace ('later' || obs_id as obs_id, 'later' || sha256 as sha256, "
            "doc_id || '_later' as doc_id, value + 1 as value, doc_date + 1 as doc_date) "
            "from raw.observations where obs_id = ?",
            [target_obs],
        )
        # marked in a column no mart reads: a rewritten row would lose the mark
        kept_obs, kept_group = c.execute(
            "select obs_id, group_key from intermediate.int_observations_deduplicated "
            "where group_key <> ? order by obs_id limit 1",
            [group],
        ).fetchone()
        c.execute(
            "update intermediate.int_observations_deduplicated set group_key = '(kept)' where obs_id = ?",
            [kept_obs],
        )
    assert run_dbt(["run"], incremental, work, manifest).success
    with duckdb.connect(str(incremental)) as c:
        assert c.execute(
            "select group_key from intermediate.int_observations_deduplicated where obs_id = ?", [kept_obs]
        ).fetchone() == ("(kept)",)
        c.execute(
            "update intermediate.int_observations_deduplicated set group_key = ? where obs_id = ?",
            [kept_group, kept_obs],
        )
        winners = c.execute(
            "select obs_id, n_documents, has_disagreement from intermediate.int_observations_deduplicated "
            "where group_key = ? and is_selected",
            [group],
        ).fetchall()
        c.execute("checkpoint")
    assert winners == [("later" + target_obs, 2, True)]
    rebuilt.unlink()
    rebuilt.write_bytes(incremental.read_bytes())
    assert run_dbt(["run", "--full-refresh"], rebuilt, tmp_path / "work2", manifest).success
    for table in INCREMENTAL + DOWNSTREAM:
        assert _rows(incremental, table) == _rows(rebuilt, table), table
