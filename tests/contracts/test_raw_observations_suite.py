"""raw.observations: the issue-2 blocking contract, run with real GX on frames read from DuckDB."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from contract_factories import (
    SHA,
    by_name,
    clean_observations,
    document_row,
    observation,
    read_table,
    write_warehouse,
)

from data_contracts.runner import run_suite


@pytest.fixture(scope="module")
def clean_frame(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    path = write_warehouse(tmp_path_factory.mktemp("clean") / "wh.duckdb", clean_observations())
    return read_table(path, "raw.observations")


# Each planted row breaks exactly one rule; the obs_id names it in the failing examples.
PLANTED = {
    "rate_at_most_100": observation("study_participation_rate", 140, "95,35", obs_id="bad:rate140"),
    "value_not_negative": observation("study_sessions", -164, "164", obs_id="bad:negative"),
    "period_start_not_after_end": observation(
        "study_sessions", 164, "164", obs_id="bad:period", period_start="2019-06-30", period_end="2019-01-01"
    ),
    "period_end_not_after_doc_date": observation(
        "study_sessions", 164, "164", obs_id="bad:future", period_start="2019-07-01", period_end="2019-12-31"
    ),
    "evidence_sentence_contains_value": observation("study_sessions", 146, "164", obs_id="bad:number"),
    "indicator_in_taxonomy": observation("study_hours", 164, "164", obs_id="bad:indicator"),
    "qualifier_in_set": observation(
        "study_sessions", 164, "164", obs_id="bad:qualifier", qualifier="roughly"
    ),
    "audience_in_set": observation("study_sessions", 164, "164", obs_id="bad:audience", audience="youth"),
    "unit_level_in_set": observation("study_sessions", 164, "164", obs_id="bad:level", unit_level="county"),
    "unit_code_in_org_units": observation("study_sessions", 164, "164", obs_id="bad:unit", unit_code="999"),
    "evidence_span_in_sentence": observation(
        "study_sessions", 164, "164", obs_id="bad:span", char_start=0, char_end=4
    ),
    "required_not_null": observation("study_sessions", 164, "164", obs_id="bad:null", qualifier=None),
    "unit_and_period_known": observation(
        "study_sessions", 164, "164", obs_id="bad:undated", period_start=None, period_end=None
    ),
}


# Rows whose planted value is not the number their sentence holds also break the evidence
# check, by design: 140 % is written nowhere, and the sentence says 164, not -164.
ALSO_BREAKS = {"evidence_sentence_contains_value": {"bad:rate140", "bad:negative"}}


@pytest.fixture(scope="module")
def dirty_result(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = write_warehouse(
        tmp_path_factory.mktemp("dirty") / "wh.duckdb", clean_observations() + list(PLANTED.values())
    )
    frame = read_table(path, "raw.observations")
    documents = read_table(path, "raw.documents")
    return run_suite("raw.observations", frame, context={"documents": documents})


def test_clean_frame_passes_every_check(clean_frame: pd.DataFrame) -> None:
    documents = pd.DataFrame([document_row()])
    result = run_suite("raw.observations", clean_frame, context={"documents": documents})
    failing = {o.check_name: o.details for o in result.outcomes if o.status != "passed"}
    assert failing == {}
    assert result.success and result.row_count == len(clean_frame)


def test_without_documents_the_span_check_errors_instead_of_passing(clean_frame: pd.DataFrame) -> None:
    result = run_suite("raw.observations", clean_frame)
    outcomes = by_name(result.outcomes)
    assert outcomes["evidence_span_in_sentence"].status == "error"
    assert "documents" in outcomes["evidence_span_in_sentence"].details
    # every other check still ran and passed
    assert all(o.status == "passed" for n, o in outcomes.items() if n != "evidence_span_in_sentence")


@pytest.mark.parametrize("check_name", sorted(PLANTED))
def test_planted_row_fails_its_check_and_is_named(dirty_result, check_name: str) -> None:  # type: ignore[no-untyped-def]
    outcome = by_name(dirty_result.outcomes)[check_name]
    expected_status = "failed" if outcome.blocking else "warning"
    assert outcome.status == expected_status, outcome.details
    named = {e.get("obs_id") for e in outcome.failing_examples}
    assert PLANTED[check_name]["obs_id"] in named
    example = next(e for e in outcome.failing_examples if e.get("obs_id") == PLANTED[check_name]["obs_id"])
    # a reader can find the row: document, unit, period and indicator are in the example
    assert example["doc_id"] == "q1_2019_h1" and example["sha256"] == SHA
    assert example["unit_name"] == "Quận 1"
    assert {"period_start", "period_end", "indicator"} <= set(example)


def test_planted_rows_break_only_their_own_check(dirty_result) -> None:  # type: ignore[no-untyped-def]
    for outcome in dirty_result.outcomes:
        named = {e.get("obs_id") for e in outcome.failing_examples}
        planted_here = {row["obs_id"] for row in PLANTED.values()} & named
        expected = {PLANTED[outcome.check_name]["obs_id"]} if outcome.check_name in PLANTED else set()
        expected |= ALSO_BREAKS.get(outcome.check_name, set())
        assert planted_here == expected, outcome.check_name


def test_rate_check_counts_only_rates(dirty_result) -> None:  # type: ignore[no-untyped-def]
    rate = by_name(dirty_result.outcomes)["rate_at_most_100"]
    # 164 and 20012 are above 100 too, but they are counts, not rates
    assert rate.failing_rows == 1
    assert rate.failing_examples[0]["value"] == 140.0


def test_blocking_failures_decide_success(dirty_result) -> None:  # type: ignore[no-untyped-def]
    assert not dirty_result.success
    names = {o.check_name for o in dirty_result.blocking_failures}
    assert "unit_code_in_org_units" not in names  # a warning, not a blocker
    assert {"rate_at_most_100", "value_not_negative", "evidence_sentence_contains_value"} <= names


def test_duplicate_obs_id_fails_uniqueness(clean_frame: pd.DataFrame) -> None:
    doubled = pd.concat([clean_frame, clean_frame.head(1)], ignore_index=True)
    outcome = by_name(run_suite("raw.observations", doubled).outcomes)["obs_id_unique"]
    assert outcome.status == "failed"
    assert outcome.failing_rows == 2


def test_missing_column_is_reported_not_crashed(clean_frame: pd.DataFrame) -> None:
    outcomes = by_name(run_suite("raw.observations", clean_frame.drop(columns=["sentence"])).outcomes)
    assert outcomes["columns_present"].status == "failed"
    assert "sentence" in outcomes["columns_present"].details
    assert outcomes["evidence_sentence_contains_value"].status == "error"


def test_checked_at_is_shared_and_utc_naive(clean_frame: pd.DataFrame, tmp_path: Path) -> None:
    result = run_suite("raw.observations", clean_frame, context={"documents": pd.DataFrame([document_row()])})
    stamps = {o.checked_at for o in result.outcomes}
    assert len(stamps) == 1 and next(iter(stamps)).tzinfo is None


def test_year_end_report_dated_before_period_end_is_within_grace(clean_frame: pd.DataFrame) -> None:
    # a "tổng kết năm" report dated 29/12 about the whole year: legitimate, not a future period
    frame = clean_frame.assign(
        period_start=pd.Timestamp("2019-01-01"),
        period_end=pd.Timestamp("2019-12-31"),
        doc_date=pd.Timestamp("2019-12-29"),
    )
    frame.loc[1, "doc_date"] = pd.Timestamp("2019-11-27")  # 34 days early: within a quarter of the year
    frame.loc[0, "doc_date"] = pd.Timestamp("2019-09-15")  # 107 days early: beyond the grace
    outcome = by_name(run_suite("raw.observations", frame).outcomes)["period_end_not_after_doc_date"]
    assert outcome.status == "failed" and outcome.failing_rows == 1
    assert outcome.failing_examples[0]["obs_id"] == clean_frame.loc[0, "obs_id"]


def test_a_half_year_has_the_31_days_and_a_quarter_no_more(clean_frame: pd.DataFrame) -> None:
    # a quarter of six months (45 days) is longer than 31 days; a quarter of a quarter is not
    frame = clean_frame.iloc[:3].assign(
        period_start=[pd.Timestamp("2019-01-01"), pd.Timestamp("2019-01-01"), pd.Timestamp("2019-07-01")],
        period_end=[pd.Timestamp("2019-06-30"), pd.Timestamp("2019-06-30"), pd.Timestamp("2019-09-30")],
        doc_date=[pd.Timestamp("2019-05-20"), pd.Timestamp("2019-05-10"), pd.Timestamp("2019-08-25")],
    )
    outcome = by_name(run_suite("raw.observations", frame).outcomes)["period_end_not_after_doc_date"]
    # 41 days early: within 45; 51 days early: beyond; a quarter 36 days early: beyond 31
    assert outcome.failing_rows == 2, outcome
    assert {e["obs_id"] for e in outcome.failing_examples} == set(clean_frame.loc[1:2, "obs_id"])


def test_configurations_built_once_changes_no_outcome(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The memo of Expectation.configuration during a run (a speed-up) gives the outcomes GX
    gives without it, on a frame where every check has a failing row."""
    import contextlib

    from data_contracts import gx_engine

    path = write_warehouse(tmp_path / "wh.duckdb", clean_observations() + list(PLANTED.values()))
    frame = read_table(path, "raw.observations")
    context = {"documents": read_table(path, "raw.documents")}

    def comparable(result):  # type: ignore[no-untyped-def]
        return [(o.check_name, o.status, o.failing_rows, o.failing_examples, o.details) for o in result.outcomes]

    memoized = comparable(run_suite("raw.observations", frame, context=context))
    monkeypatch.setattr(gx_engine, "_configurations_built_once", contextlib.nullcontext)
    plain = comparable(run_suite("raw.observations", frame, context=context))
    assert memoized == plain
    assert {name for name, status, *_ in plain if status != "passed"} >= set(PLANTED)
    # the property is GX's own again after the run
    gx = gx_engine.gx_module()
    assert gx.expectations.Expectation.__dict__["configuration"].fget.__qualname__ == "Expectation.configuration"
