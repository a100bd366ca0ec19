"""One indicator over time for chosen units, never silently mixing period types."""

from __future__ import annotations

import streamlit as st

from dashboards import charts, data, views
from dashboards.i18n import label, t
from dashboards.layout import current_lang, require_snapshot, select, select_many, unit_view_values

lang = current_lang()
st.title(t("trend_title", lang))
state = require_snapshot(lang)
# the pre-2025 map is what lets a district's series continue after the July 2025 reform
unit_view, values = unit_view_values(state, lang)
indicator_meta = data.indicators(state).set_index("code")
names = indicator_meta[f"name_{lang}"].to_dict()
unit_names = dict(zip(values["unit_key"], values["unit_name"], strict=False))

levels = views.level_options(values)
left, middle, right = st.columns([3, 2, 2])
bottom_left, bottom_right = st.columns([2, 5])
with bottom_left:
    level = select(t("unit_level", lang), "level", levels, "district" if "district" in levels else levels[0],
                   lambda c: label("unit_level", c, lang))
values = values[values["unit_level"] == level]  # a city total is not drawn beside its districts
with left:
    indicator_codes = views.indicator_options(values, indicator_meta.reset_index(), f"name_{lang}")
    indicator = select(t("indicator", lang), "indicator", indicator_codes,
                       views.default_indicator(values, indicator_codes), lambda c: names.get(c, c))
if indicator is None:
    st.info(t("no_trend_data", lang))
    st.stop()
with middle:
    audiences = views.audience_options(values, indicator)
    audience = select(t("audience", lang), "audience", audiences, audiences[0] if audiences else None,
                      lambda c: label("audience", c, lang))
kind = str(indicator_meta["kind"].get(indicator, "flow"))
has_annualized = kind == "flow" and "annualized" in views.available_measures(values, indicator, kind)
with right:
    modes = ["same_type", "annualized"] if has_annualized else ["same_type"]
    mode = select(t("trend_mode", lang), "mode", modes, "same_type", lambda m: t(f"trend_mode_{m}", lang))

period_types = views.period_type_options(values, indicator)
with bottom_left:
    period_type = None
    if mode == "same_type":
        period_type = select(t("period_type", lang), "ptype", period_types,
                             period_types[0] if period_types else None, lambda c: label("period_type", c, lang))
with bottom_right:
    candidates = list(dict.fromkeys(values.loc[values["indicator"] == indicator].sort_values("unit_name")["unit_key"]))
    chosen_units = select_many(t("units", lang), "units", candidates, candidates, lambda k: unit_names.get(k, k))

indicator_name = names.get(indicator, indicator)
if mode == "same_type":
    st.caption(t("trend_caption_same_type", lang, indicator=indicator_name,
                 period_type=label("period_type", period_type, lang)))
elif kind == "flow":
    st.caption(t("trend_caption_annualized", lang, indicator=indicator_name))
if not has_annualized and kind == "flow":
    st.caption(t("annualized_unavailable", lang))
if kind != "flow":
    st.caption(t("trend_caption_not_annualizable", lang, indicator=indicator_name, kind=label("kind", kind, lang)))

points = views.trend(values, indicator, audience, chosen_units, mode, period_type)
if points.empty:
    st.info(t("no_trend_data", lang))
    st.stop()
unit_label = indicator_meta[f"unit_{lang}"].get(indicator)
value_title = t(f"measure_{'annualized' if mode == 'annualized' else 'value'}", lang) + (
    f" ({unit_label})" if isinstance(unit_label, str) and unit_label else ""
)
st.plotly_chart(charts.trend_lines(points, lang, kind == "rate", value_title), key="trend_chart")
st.table(views.trend_display(points, lang, kind == "rate"))
st.caption(t("qualifier_legend", lang))
