"""Several values for one fact in one report (components): one bar, one point, the rest listed."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from dashboards import views
from dashboards.i18n import STRINGS

Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
Y2023 = (date(2023, 1, 1), date(2023, 12, 31))
NAMES = {"760": "Quận 1", "775": "Quận 6"}


def _row(unit: str, period: tuple[date, date], value: float, component: int, **extra: object) -> dict[str, object]:
    base = f"{unit}|{period[0]}|commended_collectives|all"
    return {
        "fact_key": base + (f"|c{component}" if component > 1 else ""), "base_fact_key": base,
        "component": component, "has_multiple_components": False,
        "unit_key": unit, "unit_name": NAMES[unit], "unit_code": unit, "unit_level": "district",
        "period_start": period[0], "period_end": period[1], "period_type": "year",
        "indicator": "commended_collectives", "unit_phrase_key": "", "audience": "all", "value": value,
        "qualifier": "exact", "kind": "flow", "evidence_count": 1, "annualized_value": value,
        "per_10k_residents": pd.NA,
    } | extra


def _values() -> pd.DataFrame:
    return pd.DataFrame.from_records(
        [
            _row("760", Y2024, 6, 2, has_multiple_components=True),
            _row("760", Y2024, 8, 1, has_multiple_components=True),
            _row("760", Y2023, 10, 1),
            _row("775", Y2024, 5, 1),
        ]
    )


def test_headline_keeps_component_1_and_lists_the_others() -> None:
    head = views.headline_components(_values())
    assert len(head) == 3
    q1 = head[(head["unit_key"] == "760") & (head["period_start"] == Y2024[0])].iloc[0]
    assert q1["value"] == 8 and q1["other_component_values"] == (6.0,)
    assert head.loc[head["unit_key"] == "775", "other_component_values"].iloc[0] == ()


def test_headline_without_component_column_is_unchanged() -> None:
    frame = _values().drop(columns=["component"]).iloc[1:]
    head = views.headline_components(frame)
    assert len(head) == 3 and all(v == () for v in head["other_component_values"])


def test_mart_rows_already_collapsed_keep_their_list() -> None:
    frame = pd.DataFrame.from_records([_row("760", Y2024, 8, 1, other_component_values=np.array([6.0]))])
    head = views.headline_components(frame)
    assert head["other_component_values"].iloc[0] == (6.0,)


def test_compare_has_one_bar_per_unit_and_a_note_in_both_languages() -> None:
    values = views.headline_components(_values())
    result = views.compare(values, NAMES, "commended_collectives", Y2024, "all", ["760", "775"])
    assert list(result.rows["unit_key"]) == ["760", "775"]
    assert list(result.rows["shown_value"]) == [8, 5]
    vi = views.comparison_display(result, ["760", "775"], NAMES, "vi", is_rate=False)
    en = views.comparison_display(result, ["760", "775"], NAMES, "en", is_rate=False)
    assert vi.loc["Quận 1", "Giá trị"] == "8"
    assert "2 giá trị (8; 6)" in vi.loc["Quận 1", "Ghi chú"] and "không cộng dồn" in vi.loc["Quận 1", "Ghi chú"]
    assert "2 values (8; 6), not summed" in en.loc["Quận 1", "Note"]
    assert en.loc["Quận 6", "Note"] == ""


def test_trend_has_one_point_per_unit_and_period() -> None:
    values = views.headline_components(_values())
    points = views.trend(values, "commended_collectives", "all", ["760"], "same_type", "year")
    assert list(points["y"]) == [10, 8]
    table = views.trend_display(points, "en", is_rate=False)
    assert list(table["Note"]) == ["", "The report gives 2 values (8; 6), not summed; the first one mentioned is shown"]


def test_trend_table_without_components_has_no_note_column() -> None:
    values = views.headline_components(_values()[lambda f: f["component"] == 1])
    points = views.trend(values, "commended_collectives", "all", ["760"], "same_type", "year")
    assert "Note" not in views.trend_display(points, "en", is_rate=False).columns


def test_components_note_is_translated() -> None:
    assert set(STRINGS["note_components"]) == {"vi", "en"}
