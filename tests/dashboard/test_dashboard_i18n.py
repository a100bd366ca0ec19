"""Every user-facing string exists in Vietnamese and English, with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboards.i18n import DEFAULT_LANG, LABELS, LANGS, STRINGS, label, normalize_lang, placeholders, t

DASHBOARDS = Path(__file__).resolve().parents[2] / "dashboards"


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_string_has_both_languages_with_same_placeholders(key: str) -> None:
    entry = STRINGS[key]
    assert set(entry) == set(LANGS), f"{key}: languages {sorted(entry)}"
    assert all(entry[lang].strip() for lang in LANGS), f"{key}: empty text"
    assert placeholders(entry["vi"]) == placeholders(entry["en"]), key


@pytest.mark.parametrize("group", sorted(LABELS))
def test_every_label_has_both_languages(group: str) -> None:
    for code, entry in LABELS[group].items():
        assert set(entry) == set(LANGS), f"{group}.{code}"
        assert all(entry[lang].strip() for lang in LANGS), f"{group}.{code}"


def test_every_key_used_in_the_code_exists() -> None:
    """t("...") calls with a literal key, and f-string keys built from known suffixes."""
    used: set[str] = set()
    for path in DASHBOARDS.rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_]+)["']""", path.read_text(encoding="utf-8")))
    assert used, "no t() calls found: the pattern is out of date"
    assert sorted(used - set(STRINGS)) == []
    for suffix in ("value", "annualized", "per_10k"):
        assert f"measure_{suffix}" in STRINGS
    for mode in ("same_type", "annualized"):
        assert f"trend_mode_{mode}" in STRINGS


def test_period_types_of_the_marts_have_labels() -> None:
    # dbt_project/macros period_type(): instant, month, year, quarter, half_year, ytd, custom
    for period_type in ("instant", "month", "year", "quarter", "half_year", "ytd", "custom"):
        assert label("period_type", period_type, "vi") != period_type


def test_t_formats_and_rejects_unknown_keys() -> None:
    assert t("missing_units", "vi", units="Quận 6") == "Chưa có số liệu: Quận 6"
    assert t("missing_units", "en", units="Quận 6") == "No data: Quận 6"
    assert t("no_value", "vi") == "chưa có số liệu"
    with pytest.raises(KeyError):
        t("no_such_key", "vi")


def test_language_defaults_to_vietnamese() -> None:
    assert DEFAULT_LANG == "vi"
    assert normalize_lang(None) == "vi"
    assert normalize_lang("fr") == "vi"
    assert normalize_lang("en") == "en"
    assert t("no_value", "xx") == t("no_value", "vi")


def test_label_shows_unknown_codes_as_is() -> None:
    assert label("audience", "party_members", "en") == "Party members and officials"
    assert label("audience", "youth", "vi") == "youth"
    assert label("audience", None, "vi") == ""
