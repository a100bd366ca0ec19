"""Entry point: `streamlit run dashboards/streamlit_app.py` (or `dwh serve`).

Only assembles: language switch, status banners, navigation. Pages live in app_pages/.
The compare page is the default and is served at "/" (Streamlit ignores url_path for the
default page), the others at /trend, /evidence, /coverage, /quality.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboards.i18n import t
from dashboards.layout import language_switch, published_caption, status_banners

PAGES_DIR = Path(__file__).resolve().parent / "app_pages"

st.set_page_config(page_title="Tuyên giáo", page_icon="📊", layout="wide")

lang = language_switch()
pages = [
    st.Page(PAGES_DIR / "compare.py", title=t("page_compare", lang), default=True),
    st.Page(PAGES_DIR / "trend.py", title=t("page_trend", lang), url_path="trend"),
    st.Page(PAGES_DIR / "evidence.py", title=t("page_evidence", lang), url_path="evidence"),
    st.Page(PAGES_DIR / "coverage.py", title=t("page_coverage", lang), url_path="coverage"),
    st.Page(PAGES_DIR / "quality.py", title=t("page_quality", lang), url_path="quality"),
]
navigation = st.navigation(pages)
published_caption(lang)
status_banners(lang)
navigation.run()
