"""Suite and rule files: readable by the loader, errors that name the file and the check."""

from __future__ import annotations

from pathlib import Path

import pytest

from data_contracts import dq_rules
from data_contracts.reference import read_seed
from data_contracts.runner import CATALOG_CHECK, CHECK_REGISTRY, check_registry
from data_contracts.suites import SuiteFileError, load_suite, suite_names


def test_one_suite_per_contract_table() -> None:
    assert suite_names() == ["marts.fct_indicator_values", "raw.documents", "raw.observations"]


def test_issue_2_checks_are_blocking_in_raw_observations() -> None:
    spec = load_suite("raw.observations")
    required = {
        "value_not_negative",
        "rate_at_most_100",
        "period_start_not_after_end",
        "period_end_not_after_doc_date",
        "indicator_in_taxonomy",
        "qualifier_in_set",
        "audience_in_set",
        "unit_level_in_set",
        "evidence_sentence_contains_value",
    }
    blocking = {c.name for c in spec.checks if c.blocking}
    assert required <= blocking


def test_registry_lists_checks_and_rules_per_table() -> None:
    assert set(CHECK_REGISTRY) == set(suite_names())
    obs = CHECK_REGISTRY["raw.observations"]
    assert obs.suite_name == "raw.observations"
    assert CATALOG_CHECK in obs.check_names and CATALOG_CHECK in obs.blocking_check_names
    assert "unit_code_in_org_units" not in obs.blocking_check_names  # marked blocking: false
    assert "unit_and_period_known" not in obs.blocking_check_names
    assert obs.rule_names == ()
    mart = CHECK_REGISTRY["marts.fct_indicator_values"]
    assert set(mart.rule_names) == set(dq_rules.rule_names())
    assert set(mart.all_names) == set(mart.check_names) | set(mart.rule_names)


def test_dq_rules_are_warnings_by_default() -> None:
    rules = dq_rules.load_rules()
    assert {r.params["type"] for r in rules} == {
        "validation",
        "outliers",
        "bounds",
        "consistency",
        "completeness",
    }
    assert not any(r.blocking for r in rules)


def test_bounds_cover_only_taxonomy_codes() -> None:
    codes = set(read_seed("indicators.csv")["code"])
    bounds = next(r for r in dq_rules.load_rules() if r.params["type"] == "bounds").params["bounds"]
    assert set(bounds) <= codes


def test_a_broken_suite_file_names_file_and_check(tmp_path: Path) -> None:
    (tmp_path / "raw.things.yaml").write_text(
        "suite: raw.things\nchecks:\n  - name: bad_one\n    expectation: expect_column_values_to_be_unique\n"
        "    derived: text_is_nfc\n",
        encoding="utf-8",
    )
    with pytest.raises(SuiteFileError, match=r"raw\.things\.yaml.*bad_one.*exactly one"):
        load_suite("raw.things", tmp_path)


def test_unknown_suite_lists_the_known_ones() -> None:
    with pytest.raises(SuiteFileError, match="raw.observations"):
        load_suite("raw.nope")


def test_registry_is_rebuilt_from_files() -> None:
    assert check_registry() == CHECK_REGISTRY


def test_contract_files_read_the_same_with_libyaml() -> None:
    """The suite and rule files are read with libyaml's safe loader when PyYAML has it (faster
    definitions loading): every file gives the same data as PyYAML's own safe loader."""
    import yaml

    from data_contracts.suites import safe_load_yaml

    files = sorted((Path(__file__).resolve().parents[2] / "data_contracts").rglob("*.yaml"))
    assert len(files) >= 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert safe_load_yaml(text) == yaml.safe_load(text), path
