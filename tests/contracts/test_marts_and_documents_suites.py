"""marts.fct_indicator_values and raw.documents contracts, run with real GX."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from contract_factories import (
    REPORT,
    by_name,
    clean_facts,
    document_row,
    fact,
    read_table,
    write_marts,
    write_warehouse,
)

from data_contracts.runner import run_suite

PLANTED_FACTS = {
    "rate_at_most_100": fact("760", 2022, "study_participation_rate", 140, fact_key="bad:rate140"),
    "unit_code_in_dim_org_unit": fact("999", 2022, "study_sessions", 100, fact_key="bad:unknown_unit"),
    "value_not_negative": fact("765", 2022, "news_items", -5, fact_key="bad:negative", annualized_value=None),
    "evidence_count_positive": fact(
        "770", 2022, "news_items", 5, fact_key="bad:no_evidence", evidence_count=0
    ),
    "period_start_not_after_end": fact(
        "774", 2022, "news_items", 5, fact_key="bad:period", period_start=pd.Timestamp("2023-01-01")
    ),
    "unit_resolved": {
        **fact("775", 2022, "news_items", 5, fact_key="bad:unresolved"),
        "unit_key": "unresolved:Quận 99",
        "unit_code": None,
        "unit_name": "Quận 99",
    },
}


def mart_context(path: Path) -> dict[str, pd.DataFrame]:
    return {
        "dim_org_unit": read_table(path, "marts.dim_org_unit"),
        "dim_indicator": read_table(path, "marts.dim_indicator"),
    }


@pytest.fixture(scope="module")
def mart_results(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    base = tmp_path_factory.mktemp("mart")
    clean = write_marts(base / "clean.duckdb", clean_facts())
    dirty = write_marts(base / "dirty.duckdb", clean_facts() + list(PLANTED_FACTS.values()))
    return (
        run_suite(
            "marts.fct_indicator_values",
            read_table(clean, "marts.fct_indicator_values"),
            context=mart_context(clean),
        ),
        run_suite(
            "marts.fct_indicator_values",
            read_table(dirty, "marts.fct_indicator_values"),
            context=mart_context(dirty),
        ),
    )


def test_clean_mart_passes(mart_results) -> None:  # type: ignore[no-untyped-def]
    clean, _ = mart_results
    assert {o.check_name: o.details for o in clean.outcomes if o.status != "passed"} == {}


@pytest.mark.parametrize("check_name", sorted(PLANTED_FACTS))
def test_planted_fact_fails_its_check(mart_results, check_name: str) -> None:  # type: ignore[no-untyped-def]
    _, dirty = mart_results
    outcome = by_name(dirty.outcomes)[check_name]
    assert outcome.status == ("failed" if outcome.blocking else "warning"), outcome.details
    # the unknown code 999 is not a resolved unit either, so it also shows in unit_resolved
    expected = {PLANTED_FACTS[check_name]["fact_key"]} | (
        {"bad:unknown_unit"} if check_name == "unit_resolved" else set()
    )
    assert {e["fact_key"] for e in outcome.failing_examples} == expected
    assert outcome.failing_rows == len(expected)
    example = outcome.failing_examples[0]
    assert {"unit_name", "period_start", "period_end", "indicator"} <= set(example)


def test_unknown_unit_blocks_and_unresolved_unit_warns(mart_results) -> None:  # type: ignore[no-untyped-def]
    _, dirty = mart_results
    outcomes = by_name(dirty.outcomes)
    assert outcomes["unit_code_in_dim_org_unit"].blocking
    assert outcomes["unit_code_in_dim_org_unit"].failing_examples[0]["unit_code"] == "999"
    assert not outcomes["unit_resolved"].blocking


def test_duplicate_grain_fails(tmp_path: Path) -> None:
    facts = clean_facts()
    twin = {**facts[0], "fact_key": "twin", "value": facts[0]["value"] + 1}
    path = write_marts(tmp_path / "warehouse.duckdb", [*facts, twin])
    result = run_suite(
        "marts.fct_indicator_values",
        read_table(path, "marts.fct_indicator_values"),
        context=mart_context(path),
    )
    outcome = by_name(result.outcomes)["grain_unique"]
    assert outcome.status == "failed" and outcome.failing_rows == 2
    assert {e["fact_key"] for e in outcome.failing_examples} == {facts[0]["fact_key"], "twin"}


def test_documents_clean_and_planted(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Quận 8 tổ chức 12 lớp học tập.")
    docs = [
        document_row(),
        document_row(sha256="a" * 64, doc_id="empty", text=""),
        document_row(sha256="b" * 64, doc_id="blank", text="   \n "),
        document_row(sha256="c" * 64, doc_id="nfd", text=nfd),
        document_row(sha256="NOT-A-DIGEST", doc_id="badkey"),
    ]
    clean_path = write_warehouse(tmp_path / "clean.duckdb", [], [document_row()])
    clean = run_suite("raw.documents", read_table(clean_path, "raw.documents"))
    assert {o.check_name: o.details for o in clean.outcomes if o.status != "passed"} == {}
    # raw.documents has a primary key, so the duplicate is validated as a frame, as the
    # pipeline would before writing
    frame = read_table(write_warehouse(tmp_path / "dirty.duckdb", [], docs), "raw.documents")
    frame = pd.concat([frame, frame.head(1)], ignore_index=True)
    outcomes = by_name(run_suite("raw.documents", frame).outcomes)
    named = {name: {e["doc_id"] for e in o.failing_examples} for name, o in outcomes.items()}
    assert named["text_not_empty"] == {"empty"}
    assert named["text_not_blank"] == {"empty", "blank"}  # an empty text is blank too
    assert named["text_is_nfc"] == {"nfd"}
    assert named["sha256_is_hex64"] == {"badkey"}
    assert outcomes["sha256_unique"].failing_rows == 2
    assert outcomes["text_is_nfc"].status == "failed"
    assert REPORT == unicodedata.normalize("NFC", REPORT)
