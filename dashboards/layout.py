"""Helpers every page shares: the language, URL-backed widget state, snapshot guard, banners.

Widget state lives in st.query_params so a view can be shared by copying the URL. The pattern:
`bind()` seeds st.session_state[key] from the URL (or repairs a value no longer offered) before
the widget is created with that key; `publish()` writes the widget's value back to the URL.
The language also lives in session_state because a page switch clears the URL's query string.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import streamlit as st

from dashboards import data
from dashboards.formatting import format_datetime
from dashboards.i18n import DEFAULT_LANG, LANGS, normalize_lang, t

if TYPE_CHECKING:
    import pandas as pd

LANG_KEY = "lang"


def current_lang() -> str:
    """The language chosen in the sidebar, else the URL's `lang`, else Vietnamese."""
    if LANG_KEY in st.session_state:
        return normalize_lang(st.session_state[LANG_KEY])
    return normalize_lang(st.query_params.get(LANG_KEY, DEFAULT_LANG))


def language_switch() -> str:
    """Sidebar radio for the language, mirrored into the URL; returns the language code."""
    if LANG_KEY not in st.session_state:
        st.session_state[LANG_KEY] = current_lang()
    lang = st.sidebar.radio(
        t("language", current_lang()),
        options=list(LANGS),
        format_func=lambda code: {"vi": "Tiếng Việt", "en": "English"}[code],
        key=LANG_KEY,
        horizontal=True,
    )
    publish(LANG_KEY, lang)
    return normalize_lang(lang)


def widget_key(name: str) -> str:
    """Session key of the widget whose URL name is `name`.

    The language is part of the key because Streamlit keeps showing a keyed selectbox's old
    option label after its format_func changes (seen in Chromium with 1.67): a new key per
    language makes a fresh widget, seeded from the URL by bind(), so labels follow the switch.
    """
    return f"{name}.{current_lang()}"


def bind(name: str, options: Sequence[str], default: str | None) -> str:
    """Seed a widget's state from the URL on first render; repair it when the options changed.

    Returns the widget key. Pages share URL names ("indicator"), so a choice carries over when
    the user moves from one page to another.
    """
    key = widget_key(name)
    if key not in st.session_state:
        from_url = st.query_params.get(name)
        st.session_state[key] = from_url if from_url in options else default
    elif st.session_state[key] not in options:
        st.session_state[key] = default
    return key


def bind_many(name: str, options: Sequence[str], default: Sequence[str]) -> str:
    """Multiselect variant of bind(): the URL repeats the name (`units=775&units=776`)."""
    key = widget_key(name)
    if key not in st.session_state:
        from_url = [v for v in st.query_params.get_all(name) if v in options]
        st.session_state[key] = from_url or [v for v in default if v in options]
    else:
        st.session_state[key] = [v for v in st.session_state[key] if v in options]
    return key


def publish(name: str, value: str | Sequence[str] | None) -> None:
    """Mirror a widget value into the URL (removed when empty so URLs stay short)."""
    if value is None or (not isinstance(value, str) and len(value) == 0):
        if name in st.query_params:
            del st.query_params[name]
        return
    st.query_params[name] = value if isinstance(value, str) else list(value)


def select(
    label: str,
    name: str,
    options: Sequence[str],
    default: str | None,
    format_func: Callable[[str], str],
) -> str | None:
    """A selectbox whose value round-trips through the URL parameter `name`."""
    key = bind(name, options, default)
    choice = st.selectbox(label, options=list(options), format_func=format_func, key=key)
    publish(name, choice)
    return choice


def select_many(
    label: str,
    name: str,
    options: Sequence[str],
    default: Sequence[str],
    format_func: Callable[[str], str],
) -> list[str]:
    """A multiselect whose values round-trip through the URL parameter `name`."""
    key = bind_many(name, options, default)
    chosen = st.multiselect(label, options=list(options), format_func=format_func, key=key)
    publish(name, chosen)
    return list(chosen)


def require_snapshot(lang: str) -> data.SnapshotState:
    """The validated snapshot, or a user-readable message and stop (never a traceback)."""
    state = data.snapshot_state()
    if state.problem == "missing":
        st.warning(t("snapshot_missing", lang, path=state.path))
        st.stop()
    if state.problem == "unreadable":
        st.error(t("snapshot_unreadable", lang, path=state.path, error=state.detail))
        st.stop()
    if state.problem == "outdated":
        st.error(t("snapshot_outdated", lang, path=state.path, missing=state.detail))
        st.stop()
    return state


def unit_view_values(state: data.SnapshotState, lang: str) -> tuple[str, pd.DataFrame]:
    """The unit map picker (as reported, or wards rolled up to pre-2025 districts) and its values;
    stops with a message when there is nothing to show. Shared by the compare and trend pages."""
    views_offered = data.unit_views(state)
    unit_view = "as_reported"
    if len(views_offered) > 1:
        unit_view = select(t("unit_view", lang), "view", views_offered, "as_reported",
                           lambda v: t(f"unit_view_{v}", lang)) or "as_reported"
        if unit_view != "as_reported":
            st.caption(t("unit_view_caption", lang))
    values = data.values_for_view(state, unit_view)
    if values.empty:
        st.info(t("no_data", lang))
        st.stop()
    return unit_view, values


def status_banners(lang: str) -> None:
    """Shown on every page: a failed latest run, or a snapshot older than the latest good publish."""
    status = data.pipeline_status()
    state = data.snapshot_state()
    if status.exists and status.last_attempt_ok is False:
        good = status.last_good_publish_at or state.published_at
        st.warning(
            t(
                "serving_last_good",
                lang,
                attempt=format_datetime(status.last_attempt_at, lang) or t("outcome_unknown", lang),
                time=format_datetime(good, lang) or t("outcome_unknown", lang),
            )
        )
        if status.failing_checks:
            st.caption(t("failing_checks", lang, checks=", ".join(status.failing_checks)))
    latest, shown = status.last_good_publish_at, state.published_at
    if latest and shown and _comparable(latest, shown) and latest > shown:
        st.info(
            t(
                "snapshot_behind_status",
                lang,
                shown=format_datetime(shown, lang),
                latest=format_datetime(latest, lang),
            )
        )


def _comparable(a: datetime, b: datetime) -> bool:
    # Naive and aware datetimes cannot be compared; skip the check rather than crash.
    return (a.tzinfo is None) == (b.tzinfo is None)


def published_caption(lang: str) -> None:
    state = data.snapshot_state()
    if state.published_at:
        st.sidebar.caption(t("published_at", lang, time=format_datetime(state.published_at, lang)))
    elif state.ok:
        st.sidebar.caption(t("published_unknown", lang))
