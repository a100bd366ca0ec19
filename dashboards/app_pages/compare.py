"""Compare units side by side for one indicator and period."""

from __future__ import annotations

import streamlit as st

from dashboards import charts, data, views
from dashboards.formatting import parse_period_key, period_key, period_label
from dashboards.i18n import label, t
from dashboards.layout import current_lang, require_snapshot, select, select_many, unit_view_values

lang = current_lang()
st.title(t("compare_title", lang))
state = require_snapshot(lang)
unit_view, values = unit_view_values(state, lang)
indicator_meta = data.indicators(state).set_index("code")
names = indicator_meta[f"name_{lang}"].to_dict()
units = data.org_units(state)
unit_names = dict(zip(units["unit_key"], units["unit_name"], strict=True)) | dict(
    zip(values["unit_key"], values["unit_name"], strict=False)
)

# The level comes first: indicators, periods and defaults are those of units at that level,
# so a city-level value never makes a district comparison look empty.
levels = views.level_options(values)
top_left, top_middle, top_right = st.columns([3, 2, 2])
bottom_left, bottom_right = st.columns([2, 5])
with bottom_left:
    level = select(t("unit_level", lang), "level", levels, "district" if "district" in levels else levels[0],
                   lambda c: label("unit_level", c, lang))
at_level = values[values["unit_level"] == level]
with top_left:
    indicator_codes = views.indicator_options(at_level, indicator_meta.reset_index(), f"name_{lang}")
    indicator = select(
        t("indicator", lang), "indicator", indicator_codes,
        views.default_indicator(at_level, indicator_codes), lambda c: names.get(c, c),
    )
periods = views.period_options(at_level, indicator)
period_keys = [period_key(p.start, p.end) for p in periods]
best_period = views.default_period(periods)
with top_middle:
    chosen_period = select(
        t("period", lang), "period", period_keys,
        period_key(best_period.start, best_period.end) if best_period else None,
        lambda k: t("period_option", lang, label=period_label(*parse_period_key(k), lang),
                    count=next(p.unit_count for p in periods if period_key(p.start, p.end) == k)),
    )
with top_right:
    audiences = views.audience_options(at_level, indicator)
    audience = select(t("audience", lang), "audience", audiences, audiences[0] if audiences else None,
                      lambda c: label("audience", c, lang))

kind = str(indicator_meta["kind"].get(indicator, "flow"))
is_rate = kind == "rate"
measures = views.available_measures(at_level, indicator, kind)
with bottom_left:
    measure = select(t("measure", lang), "measure", measures, "value", lambda m: t(f"measure_{m}", lang))
with bottom_right:
    level_units = units[units["unit_level"] == level].sort_values("unit_name")
    unit_options = list(dict.fromkeys([*level_units["unit_key"], *views.units_with_values(values, level)]))
    chosen_units = select_many(
        t("units", lang), "units", unit_options, views.units_with_values(values, level),
        lambda k: unit_names.get(k, k),
    )

period = parse_period_key(chosen_period)
if indicator is None or period is None or not chosen_units:
    st.info(t("no_indicator_data", lang))
    st.stop()
result = views.compare(values, unit_names, indicator, period, audience, chosen_units, measure)
indicator_name = names.get(indicator, indicator)
st.caption(t("compare_caption", lang, indicator=indicator_name, period=period_label(*period, lang)))

if result.periods_differ:
    differing = result.rows.loc[~result.rows["same_period"].astype(bool), "unit_name"]
    st.warning(t("periods_differ_warning", lang, units=", ".join(differing)))
if result.has_estimates:
    st.info(t("estimates_warning", lang))
if measure == "per_10k" and "population_year" in result.rows and result.rows["population_year"].notna().any():
    years = sorted({str(int(y)) for y in result.rows["population_year"].dropna()})
    st.caption(t("population_note", lang, years=", ".join(years)))
if result.missing:
    st.markdown(t("missing_units", lang, units=", ".join(result.missing)))

unit_label = indicator_meta[f"unit_{lang}"].get(indicator)
value_title = f"{t(f'measure_{measure}', lang)}" + (f" ({unit_label})" if isinstance(unit_label, str) else "")
if not result.rows.empty:
    st.plotly_chart(charts.comparison_bar(result.rows, lang, is_rate, value_title), key="compare_chart")

display = views.comparison_display(result, chosen_units, unit_names, lang, is_rate, measure)
st.table(display)
st.caption(t("qualifier_legend", lang))

if st.button(t("see_evidence", lang), key="to_evidence"):
    # The evidence page reads the same URL names, so the values shown here are preselected.
    st.switch_page("app_pages/evidence.py", query_params={"indicator": indicator, "period": chosen_period,
                                                          "lang": lang})
