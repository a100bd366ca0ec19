"""Every value leads to the report sentences it came from."""

from __future__ import annotations

import streamlit as st

from dashboards import data, views
from dashboards.formatting import parse_period_key, period_key, period_label
from dashboards.i18n import t
from dashboards.layout import current_lang, require_snapshot, select

lang = current_lang()
st.title(t("evidence_title", lang))
st.caption(t("evidence_caption", lang))
state = require_snapshot(lang)
values = data.indicator_values(state)
if values.empty:
    st.info(t("no_data", lang))
    st.stop()
indicator_meta = data.indicators(state).set_index("code")
names = indicator_meta[f"name_{lang}"].to_dict()
unit_names = dict(zip(values["unit_key"], values["unit_name"], strict=False))

left, middle, right = st.columns([3, 2, 2])
with left:
    indicator_codes = views.indicator_options(
        values, indicator_meta.reset_index(), f"name_{lang}", comparable_only=False
    )
    indicator = select(t("indicator", lang), "indicator", indicator_codes,
                       views.default_indicator(values, indicator_codes), lambda c: names.get(c, c))
with middle:
    subset = values[values["indicator"] == indicator]
    unit_keys = ["", *dict.fromkeys(subset.sort_values("unit_name")["unit_key"])]
    unit = select(t("unit", lang), "unit", unit_keys, "",
                  lambda k: unit_names.get(k, k) if k else t("all_option", lang))
with right:
    period_keys = ["", *(period_key(p.start, p.end) for p in views.period_options(values, indicator))]
    chosen_period = select(t("period", lang), "period", period_keys, "",
                           lambda k: period_label(*parse_period_key(k), lang) if k else t("all_option", lang))

facts = views.facts(values, indicator, unit or None, parse_period_key(chosen_period))
if facts.empty:
    st.info(t("no_values_selected", lang))
    st.stop()
evidence = data.evidence(state, indicator)
link_columns = data.evidence_link_columns(state)
documents = data.document_texts(state, list(evidence["doc_id"].astype(str)))
is_rate = str(indicator_meta["kind"].get(indicator, "flow")) == "rate"
for _, fact in facts.iterrows():
    rows = views.evidence_for(fact, evidence, link_columns)
    block = views.evidence_block(fact, rows, lang, is_rate, documents)
    with st.container(border=True):
        st.markdown(f"**{block.heading}**")
        for note in block.notes:
            st.info(note)
        if not block.items:
            st.caption(t("no_evidence", lang))
        for item in block.items:
            badge = f" · :red[{t('evidence_rejected', lang)}]" if item.rejected else ""
            st.markdown(f"`{item.doc_id}` · {item.caption}{badge}")
            st.markdown(item.sentence_html, unsafe_allow_html=True)
            if item.override_note:
                st.warning(item.override_note)
