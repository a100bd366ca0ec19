"""Pipeline status and the data checks behind the published snapshot."""

from __future__ import annotations

import streamlit as st

from dashboards import data, views
from dashboards.formatting import format_datetime
from dashboards.i18n import t
from dashboards.layout import current_lang, require_snapshot

lang = current_lang()
st.title(t("quality_title", lang))

st.subheader(t("pipeline_status", lang))
status = data.pipeline_status()
if not status.exists:
    st.info(t("status_missing", lang, path=status.path))
elif status.error:
    st.error(t("status_unreadable", lang, path=status.path, error=status.error))
else:
    outcome = {True: "outcome_success", False: "outcome_failure", None: "outcome_unknown"}[status.last_attempt_ok]
    first, second, third = st.columns(3)
    first.metric(t("last_attempt", lang), format_datetime(status.last_attempt_at, lang) or "—")
    second.metric(t("last_outcome", lang), t(outcome, lang))
    third.metric(t("last_good_publish", lang), format_datetime(status.last_good_publish_at, lang) or "—")
    if status.failing_checks:
        st.warning(t("failing_checks", lang, checks=", ".join(status.failing_checks)))

st.subheader(t("checks", lang))
state = require_snapshot(lang)
checks = data.check_results(state)
if checks is None:
    st.info(t("checks_missing", lang))
    st.stop()
summary = views.check_summary(checks)
st.markdown(t("checks_summary", lang, **summary))
only_failures = st.toggle(t("only_failures", lang), key="only_failures")
# st.dataframe, not st.table: a real run publishes a couple of hundred checks
st.dataframe(views.checks_display(checks, lang, only_failures), width="stretch")
