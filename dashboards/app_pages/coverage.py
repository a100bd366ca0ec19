"""The completeness matrix: which unit reported which indicator, gaps included."""

from __future__ import annotations

import streamlit as st

from dashboards import charts, data, views
from dashboards.formatting import format_percent, parse_period_key, period_label
from dashboards.i18n import label, t
from dashboards.layout import current_lang, require_snapshot, select

lang = current_lang()
st.title(t("coverage_title", lang))
state = require_snapshot(lang)
values = data.indicator_values(state)
if values.empty:
    st.info(t("no_data", lang))
    st.stop()
indicator_meta = data.indicators(state)
codes = list(indicator_meta["code"])
mart = data.coverage_mart(state)

left, right = st.columns(2)
if mart is not None and not mart.empty:
    # mart_coverage lists every unit that existed in a period, so silent units are visible.
    st.caption(t("coverage_caption_mart", lang))
    with left:
        levels = sorted(mart["unit_level"].dropna().unique(), key=lambda lvl: views.LEVEL_ORDER.index(lvl)
                        if lvl in views.LEVEL_ORDER else len(views.LEVEL_ORDER))
        level = select(t("unit_level", lang), "level", levels, levels[0], lambda c: label("unit_level", c, lang))
    with right:
        period_keys = views.coverage_periods(mart)
        chosen = select(t("period", lang), "period", period_keys, period_keys[0],
                        lambda k: period_label(*parse_period_key(k), lang))
    matrix = views.coverage_from_mart(mart, codes, level, chosen)
else:
    st.caption(t("coverage_caption", lang))
    with left:
        levels = views.level_options(values)
        level = select(t("unit_level", lang), "level", levels, "district" if "district" in levels else levels[0],
                       lambda c: label("unit_level", c, lang))
    with right:
        year_options = ["", *(str(y) for y in views.years(values))]
        year = select(t("year", lang), "year", year_options, "", lambda y: y or t("all_years", lang))
    matrix = views.coverage(values, codes, level, int(year) if year else None)

filled, total = int(matrix.notna().sum().sum()), int(matrix.size)
st.markdown(t("coverage_summary", lang, filled=filled, total=total,
              share=format_percent(100 * filled / total if total else 0, lang, 1)))
names = indicator_meta.set_index("code")[f"name_{lang}"].to_dict()
st.plotly_chart(charts.coverage_heatmap(matrix, [names.get(c, c) for c in codes], lang), key="coverage_chart")
