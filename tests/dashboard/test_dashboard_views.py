"""The comparison rules, on small literal frames: missing is not zero, periods are not mixed."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboards import views

Y2018 = (date(2018, 1, 1), date(2018, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
H1_2019 = (date(2019, 1, 1), date(2019, 6, 30))


def _row(unit: str, period: tuple[date, date], value: float, **extra: object) -> dict[str, object]:
    base: dict[str, object] = {
        "unit_key": unit, "unit_name": f"Quận {unit}", "unit_code": unit, "unit_level": "district",
        "period_start": period[0], "period_end": period[1], "period_type": "year", "indicator": "documents_issued",
        "audience": "all", "value": value, "qualifier": "exact", "kind": "flow", "evidence_count": 1,
        "annualized_value": value, "per_10k_residents": pd.NA,
    }
    return base | extra


def _frame(*rows: dict[str, object]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows)


NAMES = {"6": "Quận 6", "8": "Quận 8", "1": "Quận 1"}


def test_unit_without_value_is_missing_not_zero() -> None:
    values = _frame(_row("8", Y2018, 45))
    result = views.compare(values, NAMES, "documents_issued", Y2018, "all", ["6", "8"])
    assert list(result.rows["unit_key"]) == ["8"]
    assert result.missing == ["Quận 6"]
    table = views.comparison_display(result, ["6", "8"], NAMES, "vi", is_rate=False)
    assert table.loc["Quận 6", "Giá trị"] == "chưa có số liệu"
    assert table.loc["Quận 8", "Giá trị"] == "45"


def test_exact_period_wins_and_other_periods_are_flagged() -> None:
    values = _frame(
        _row("8", Y2019, 52),
        _row("8", H1_2019, 20, period_type="half_year", qualifier="at_least"),
        _row("1", H1_2019, 65, period_type="half_year"),
        _row("6", Y2018, 164),  # no overlap with 2019: missing, not shown as another period
    )
    result = views.compare(values, NAMES, "documents_issued", Y2019, "all", ["1", "6", "8"])
    by_unit = result.rows.set_index("unit_key")
    assert by_unit.loc["8", "shown_value"] == 52 and bool(by_unit.loc["8", "same_period"])
    assert by_unit.loc["1", "shown_value"] == 65 and not bool(by_unit.loc["1", "same_period"])
    assert result.missing == ["Quận 6"]
    assert result.periods_differ
    assert not result.has_estimates
    table = views.comparison_display(result, ["1", "6", "8"], NAMES, "en", is_rate=False)
    assert table.loc["Quận 1", "Period covered"] == "H1 2019"
    assert table.loc["Quận 1", "Note"] == "Different period from the one selected"


def test_estimates_and_bounds_are_flagged() -> None:
    values = _frame(_row("8", H1_2019, 20, period_type="half_year", qualifier="at_least"))
    result = views.compare(values, NAMES, "documents_issued", H1_2019, "all", ["8"])
    assert result.has_estimates
    table = views.comparison_display(result, ["8"], NAMES, "vi", is_rate=False)
    assert table.loc["Quận 8", "Giá trị"] == ">20"
    assert table.loc["Quận 8", "Ghi chú"] == "Tối thiểu (hơn)"


def test_measure_without_value_is_missing() -> None:
    values = _frame(_row("8", Y2018, 45, per_10k_residents=1.06), _row("6", Y2018, 30))
    result = views.compare(values, NAMES, "documents_issued", Y2018, "all", ["6", "8"], measure="per_10k")
    assert list(result.rows["shown_value"]) == [1.06]
    assert result.missing == ["Quận 6"]


def test_audience_is_not_mixed() -> None:
    values = _frame(
        _row("6", Y2018, 20012, indicator="study_attendance", audience="party_members"),
        _row("6", Y2018, 11499, indicator="study_attendance", audience="masses"),
    )
    assert views.audience_options(values, "study_attendance") == ["party_members", "masses"]
    result = views.compare(values, NAMES, "study_attendance", Y2018, "all", ["6"])
    assert result.missing == ["Quận 6"]
    result = views.compare(values, NAMES, "study_attendance", Y2018, "masses", ["6"])
    assert list(result.rows["shown_value"]) == [11499]


def test_trend_same_type_keeps_one_period_type() -> None:
    values = _frame(
        _row("8", Y2018, 45), _row("8", Y2019, 52),
        _row("8", H1_2019, 20, period_type="half_year", annualized_value=40.1),
    )
    points = views.trend(values, "documents_issued", "all", ["8"], "same_type", "year")
    assert list(points["y"]) == [45, 52]
    points = views.trend(values, "documents_issued", "all", ["8"], "annualized", None)
    assert sorted(points["y"]) == [40.1, 45, 52]


def test_trend_annualized_keeps_reported_value_for_stocks_and_drops_missing() -> None:
    values = _frame(
        _row("1", (date(2019, 7, 3), date(2019, 7, 3)), 90, indicator="websites", kind="stock",
             period_type="instant", annualized_value=pd.NA),
        _row("6", Y2018, 30, indicator="websites", kind="flow", annualized_value=pd.NA),
    )
    points = views.trend(values, "websites", "all", ["1", "6"], "annualized", None)
    assert list(points["unit_key"]) == ["1"] and list(points["y"]) == [90]


def test_defaults_pick_the_widest_comparison() -> None:
    values = _frame(
        _row("8", Y2018, 45), _row("1", Y2018, 38), _row("6", Y2019, 1, indicator="study_sessions"),
        _row("1", Y2019, 2, indicator="other"),
    )
    indicators = pd.DataFrame({"code": ["documents_issued", "study_sessions", "other"],
                               "name_vi": ["Văn bản", "Lớp học tập", "Khác"]})
    options = views.indicator_options(values, indicators, "name_vi")
    assert options == ["study_sessions", "documents_issued"]  # by name; "other" is not comparable
    assert "other" in views.indicator_options(values, indicators, "name_vi", comparable_only=False)
    assert views.default_indicator(values, options) == "documents_issued"
    periods = views.period_options(values, "documents_issued")
    assert views.default_period(periods).start == date(2018, 1, 1)


def test_coverage_counts_periods_and_leaves_gaps_empty() -> None:
    values = _frame(_row("8", Y2018, 45), _row("8", H1_2019, 20), _row("6", Y2018, 1, indicator="study_sessions"))
    matrix = views.coverage(values, ["documents_issued", "study_sessions"], "district", None)
    assert matrix.loc["Quận 8", "documents_issued"] == 2
    assert pd.isna(matrix.loc["Quận 8", "study_sessions"])
    matrix = views.coverage(values, ["documents_issued", "study_sessions"], "district", 2019)
    assert matrix.loc["Quận 8", "documents_issued"] == 1
    assert pd.isna(matrix.loc["Quận 6", "study_sessions"])


def test_coverage_from_mart_lists_silent_units() -> None:
    mart = pd.DataFrame.from_records([
        {"unit_key": "775", "unit_name": "Quận 6", "unit_level": "district", "period_key": "2018-01-01..2018-12-31",
         "period_end": date(2018, 12, 31), "indicator": "study_sessions", "is_reported": True, "facts_reported": 1},
        {"unit_key": "776", "unit_name": "Quận 8", "unit_level": "district", "period_key": "2018-01-01..2018-12-31",
         "period_end": date(2018, 12, 31), "indicator": "study_sessions", "is_reported": False, "facts_reported": 0},
    ])
    assert views.coverage_periods(mart) == ["2018-01-01..2018-12-31"]
    matrix = views.coverage_from_mart(mart, ["study_sessions"], "district", "2018-01-01..2018-12-31")
    assert list(matrix.index) == ["Quận 6", "Quận 8"]
    assert matrix.loc["Quận 6", "study_sessions"] == 1
    assert pd.isna(matrix.loc["Quận 8", "study_sessions"])


def test_evidence_for_matches_key_or_grain_with_null_codes() -> None:
    evidence = pd.DataFrame.from_records([
        {"fact_key": "a", "unit_code": None, "unit_name": "Phường X", "doc_id": "d1"},
        {"fact_key": "b", "unit_code": "776", "unit_name": "Quận 8", "doc_id": "d2"},
    ])
    fact = pd.Series({"fact_key": "a", "unit_code": None, "unit_name": "Phường X"})
    assert list(views.evidence_for(fact, evidence, ("fact_key",))["doc_id"]) == ["d1"]
    assert list(views.evidence_for(fact, evidence, ("unit_code", "unit_name"))["doc_id"]) == ["d1"]
    assert views.evidence_for(fact, evidence, ()).empty


def test_evidence_block_highlights_and_explains_overrides() -> None:
    sentence = "Năm 2019, Ban Thường vụ Quận ủy ban hành 52 văn bản lãnh đạo, chỉ đạo."
    fact = pd.Series(_row("8", Y2019, 52, has_corrected_value=True, has_disagreement=False))
    rows = pd.DataFrame.from_records([{
        "doc_id": "syn", "sentence": sentence, "char_start": 41, "char_end": 43, "extracted_value": 25.0,
        "value": 52.0, "qualifier": "exact", "override_action": "correct", "corrected_value": 52.0,
        "corrected_by": "analyst", "override_reason": "báo cáo ghi 52", "is_rejected": False, "is_selected": True,
    }])
    block = views.evidence_block(fact, rows, "vi", False, {"syn": sentence})
    assert block.heading == "Quận 8 — Năm 2019: 52"
    assert block.notes == ["Giá trị này đã được hiệu chỉnh thủ công."]
    item = block.items[0]
    assert "<mark>52</mark>" in item.sentence_html  # exact offsets from the document text
    assert "25" in item.override_note and "52" in item.override_note and "analyst" in item.override_note
    assert "được chọn" in item.caption
    # without the document the number is found by its extracted value, which is not in the text
    block = views.evidence_block(fact, rows, "en", False, {})
    assert "could not locate" in block.items[0].sentence_html


def test_check_summary_and_display() -> None:
    checks = pd.DataFrame.from_records([
        {"check_name": "a", "table_name": "t", "status": "passed", "failing_rows": 0},
        {"check_name": "b", "table_name": "t", "status": "failed", "failing_rows": 1200},
        {"check_name": "c", "table_name": "t", "status": "skipped", "failing_rows": None},
        {"check_name": "d", "table_name": "t", "status": "warning", "failing_rows": 3},
    ])
    assert views.check_summary(checks) == {"passed": 1, "failed": 1, "warned": 1, "other": 1}
    shown = views.checks_display(checks, "vi", only_failures=False)
    assert list(shown.index) == ["b", "d", "a", "c"]  # failures, then warnings first
    assert shown.loc["b", "Số dòng lỗi"] == "1.200"
    assert shown.loc["b", "Trạng thái"] == "không đạt"
    assert list(views.checks_display(checks, "en", only_failures=True).index) == ["b", "d"]
