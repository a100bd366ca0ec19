"""DHIS2-style data-quality rules over marts.fct_indicator_values frames (pandas, no GX)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from contract_factories import by_name, clean_facts, fact, read_table, write_marts

from data_contracts.dq_rules import completeness_table, modified_zscores
from data_contracts.runner import run_dq_rules


def mart_frame(tmp_path: Path, facts: list[dict], name: str = "warehouse") -> pd.DataFrame:
    # not "marts.duckdb": DuckDB names the catalog after the file, and it would clash with the schema
    return read_table(write_marts(tmp_path / f"{name}.duckdb", facts), "marts.fct_indicator_values")


def replace(
    facts: list[dict], unit: str, year: int, indicator: str, audience: str = "all", **changes
) -> list[dict]:
    hits = 0
    out = []
    for row in facts:
        if (row["unit_code"], row["period_start"].year, row["indicator"], row["audience"]) == (
            unit,
            year,
            indicator,
            audience,
        ):
            row = {**row, **changes}
            hits += 1
        out.append(row)
    assert hits == 1, "the planted row must replace exactly one fact"
    return out


def test_clean_mart_passes_every_rule(tmp_path: Path) -> None:
    outcomes = run_dq_rules(mart_frame(tmp_path, clean_facts()))
    assert {o.check_name: o.status for o in outcomes if o.status != "passed"} == {}
    assert all(not o.blocking for o in outcomes)


def test_modified_zscore_values() -> None:
    values = pd.Series([10.0, 11, 12, 13, 14, 100])
    z = modified_zscores(values, [pd.Series(["a"] * 6)], min_values=5)
    # median 12.5, MAD 1.5: z = 0.6745 * (x - 12.5) / 1.5
    assert z.iloc[5] == pytest.approx(0.6745 * 87.5 / 1.5)
    assert z.iloc[0] == pytest.approx(0.6745 * -2.5 / 1.5)
    too_small = modified_zscores(values.head(4), [pd.Series(["a"] * 4)], min_values=5)
    assert too_small.isna().all()


def test_flat_group_falls_back_to_mean_absolute_deviation() -> None:
    values = pd.Series([5.0, 5, 5, 5, 5, 50])  # MAD is 0: over half the values are equal
    z = modified_zscores(values, [pd.Series(["a"] * 6)], min_values=5)
    assert z.iloc[5] > 3.5 and z.iloc[0] == 0


def test_attendance_below_sessions_is_a_warning_naming_unit_and_period(tmp_path: Path) -> None:
    facts = replace(clean_facts(), "776", 2021, "study_attendance", "party_members", value=90.0)
    facts = replace(facts, "776", 2021, "study_attendance", "masses", value=40.0)
    outcome = by_name(run_dq_rules(mart_frame(tmp_path, facts)))["study_attendance_ge_study_sessions"]
    assert outcome.status == "warning" and not outcome.blocking
    assert outcome.failing_rows == 1
    example = outcome.failing_examples[0]
    assert example["unit_key"] == "776" and example["unit_name"] == "Quận 8"
    assert (example["period_start"], example["period_end"]) == ("2021-01-01", "2021-12-31")
    assert example["study_attendance"] == 90.0 and example["study_sessions"] == 160.0


def test_trainees_below_classes(tmp_path: Path) -> None:
    facts = replace(clean_facts(), "760", 2020, "trainees", value=3.0)
    outcome = by_name(run_dq_rules(mart_frame(tmp_path, facts)))["trainees_ge_training_classes"]
    assert outcome.status == "warning" and outcome.failing_rows == 1
    assert outcome.failing_examples[0]["unit_key"] == "760"


def test_outlier_found_by_modified_zscore_on_annualized_values(tmp_path: Path) -> None:
    facts = replace(clean_facts(), "770", 2020, "news_items", value=30000.0, annualized_value=30000.0)
    outcome = by_name(run_dq_rules(mart_frame(tmp_path, facts)))["outlier_modified_zscore"]
    assert outcome.status == "warning" and outcome.failing_rows == 1
    example = outcome.failing_examples[0]
    assert (example["unit_code"], example["indicator"], example["period_start"]) == (
        "770",
        "news_items",
        "2020-01-01",
    )
    assert example["modified_z"] > 3.5


def test_half_year_is_annualized_before_comparison(tmp_path: Path) -> None:
    # 60 sessions in six months is 120 a year: ordinary for a district, so no outlier; the raw
    # value (60 against 100-160) would not be flagged either, but its annualized value is used
    facts = clean_facts() + [fact("760", 2022, "study_sessions", 60, half=True)]
    outcome = by_name(run_dq_rules(mart_frame(tmp_path, facts)))["outlier_modified_zscore"]
    assert outcome.status == "passed"
    # 5 sessions in six months (10 a year) is an outlier once annualized
    facts = clean_facts() + [fact("760", 2022, "study_sessions", 5, half=True)]
    outcome = by_name(run_dq_rules(mart_frame(tmp_path, facts, name="second")))["outlier_modified_zscore"]
    assert outcome.failing_rows == 1
    assert outcome.failing_examples[0]["comparable_value"] == pytest.approx(5 * 365 / 181, abs=0.01)


def test_value_outside_indicator_bounds(tmp_path: Path) -> None:
    facts = replace(clean_facts(), "765", 2019, "trainees", value=600000.0, annualized_value=600000.0)
    outcome = by_name(run_dq_rules(mart_frame(tmp_path, facts)))["value_within_indicator_bounds"]
    assert outcome.status == "warning" and outcome.failing_rows == 1
    assert outcome.failing_examples[0]["max_bound"] == 500000


def test_consistency_over_time_flags_a_drop(tmp_path: Path) -> None:
    facts = replace(clean_facts(), "774", 2021, "oral_propaganda_sessions", value=10.0, annualized_value=10.0)
    outcome = by_name(run_dq_rules(mart_frame(tmp_path, facts)))["consistent_with_earlier_periods"]
    assert outcome.status == "warning" and outcome.failing_rows == 1
    example = outcome.failing_examples[0]
    assert example["unit_code"] == "774" and example["period_start"] == "2021-01-01"
    assert example["ratio_to_earlier_mean"] == pytest.approx(10 / 59, abs=1e-3)


def test_completeness_per_unit_and_period(tmp_path: Path) -> None:
    facts = clean_facts() + [fact("775", 2022, "study_sessions", 150)]
    frame = mart_frame(tmp_path, facts)
    outcome = by_name(run_dq_rules(frame))["core_indicator_completeness"]
    assert outcome.status == "warning" and outcome.failing_rows == 1
    assert outcome.failing_examples[0]["unit_key"] == "775"
    assert outcome.failing_examples[0]["core_reported"] == 1
    table = completeness_table(frame)
    assert table["share"].max() == 1.0 and len(table) == 19


def test_missing_columns_give_errors_not_exceptions() -> None:
    outcomes = run_dq_rules(pd.DataFrame({"unit_name": ["Quận 1"], "value": [1.0]}))
    assert {o.status for o in outcomes} == {"error"}
    assert "period_start" in outcomes[0].details


def test_outliers_are_judged_within_one_unit_level(tmp_path: Path) -> None:
    # the city's total dwarfs every district's, and that is not an outlier
    city = [fact("79", year, "news_items", 50000, unit_level="province") for year in (2019, 2020, 2021)]
    outcome = by_name(run_dq_rules(mart_frame(tmp_path, clean_facts() + city)))["outlier_modified_zscore"]
    assert outcome.status == "passed", outcome.failing_examples
