"""Pure DataFrame shaping for the pages: no Streamlit, no DuckDB, so tests call it directly.

The rules users rely on live here: a unit without a value is listed as missing (never 0), a
value for a different period than the one selected is flagged, estimates are flagged, and a
trend never mixes period types unless the values are annualized.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from dashboards.formatting import (
    Span,
    format_change_percent,
    format_datetime,
    format_percent,
    format_value,
    highlight_html,
    locate_number,
    period_label,
    span_from_offsets,
)
from dashboards.i18n import label, t

AUDIENCE_ORDER: tuple[str, ...] = ("all", "party_members", "masses")
MEASURES: dict[str, str] = {"value": "value", "annualized": "annualized_value", "per_10k": "per_10k_residents"}
LEVEL_ORDER: tuple[str, ...] = ("district", "ward", "province")


@dataclass(frozen=True)
class PeriodOption:
    start: date
    end: date
    period_type: str
    unit_count: int


@dataclass(frozen=True)
class Comparison:
    """One indicator and period across units: `rows` has a value per unit, `missing` the rest."""

    rows: pd.DataFrame  # unit_key, unit_name, shown_value, value, qualifier, period_*, same_period, ...
    missing: list[str]  # unit names without a value, in the order requested
    periods_differ: bool
    has_estimates: bool


# A report may give several distinct values for one fact ("khen thưởng 8 tập thể ...; khen
# thưởng 6 tập thể ..."): the marts keep them as components 1, 2, ... (never summed). Pages plot
# component 1 and list the others, so a unit never gets two bars or two points for one period.
COMPONENT_GRAIN: tuple[str, ...] = (
    "unit_key", "period_start", "period_end", "indicator", "unit_phrase_key", "audience",
)


def _as_values(raw: object) -> tuple[float, ...]:
    if raw is None or isinstance(raw, str):
        return ()
    if isinstance(raw, (list, tuple)) or hasattr(raw, "tolist"):
        items = raw.tolist() if hasattr(raw, "tolist") else list(raw)
        return tuple(float(v) for v in items if v is not None and not pd.isna(v))
    return ()


def headline_components(values: pd.DataFrame) -> pd.DataFrame:
    """One row per fact: component 1 (or rows without components), with the values of the
    fact's other components in `other_component_values` (a tuple, empty when there are none).

    Rows already collapsed by the marts (mart_district_comparison's other_component_values)
    are kept as published."""
    frame = values.copy()
    if "other_component_values" in frame.columns:
        frame["other_component_values"] = [_as_values(v) for v in frame["other_component_values"]]
    else:
        frame["other_component_values"] = [() for _ in range(len(frame))]
    if "component" not in frame.columns or frame.empty:
        return frame
    component = pd.to_numeric(frame["component"], errors="coerce").fillna(1)
    extra = frame[component > 1].assign(_component=component[component > 1]).sort_values("_component")
    head = frame[component <= 1].copy()
    if extra.empty:
        return head

    def group_keys(rows: pd.DataFrame) -> list[tuple[object, ...]]:
        columns = [c for c in COMPONENT_GRAIN if c in rows.columns]
        filled = rows[columns].astype(object).where(rows[columns].notna(), "")
        return [tuple(r) for r in filled.itertuples(index=False)]

    others: dict[tuple[object, ...], tuple[float, ...]] = {}
    for group, value in zip(group_keys(extra), extra["value"], strict=True):
        if value is not None and not pd.isna(value):
            others[group] = (*others.get(group, ()), float(value))
    head["other_component_values"] = [
        published or others.get(group, ())
        for published, group in zip(head["other_component_values"], group_keys(head), strict=True)
    ]
    return head


def components_note(row: dict[str, object], lang: str, is_rate: bool = False) -> str:
    """"The report gives 2 values (8; 6), not summed" for a fact with several components."""
    others = _as_values(row.get("other_component_values"))
    if not others:
        return ""
    first = row.get("value")
    shown = ([float(first)] if first is not None and not pd.isna(first) else []) + list(others)
    return t(
        "note_components",
        lang,
        count=format_value(len(shown), lang),
        values="; ".join(format_value(v, lang, "exact", is_rate) for v in shown),
    )


def level_options(values: pd.DataFrame) -> list[str]:
    present = [lvl for lvl in values["unit_level"].dropna().unique()]
    return sorted(present, key=lambda lvl: (LEVEL_ORDER.index(lvl) if lvl in LEVEL_ORDER else len(LEVEL_ORDER), lvl))


# "other" collects counted results outside the taxonomy (F0 cases, QR scans, ...): the things
# counted differ from unit to unit, so putting them side by side would compare unlike with unlike.
NOT_COMPARABLE: frozenset[str] = frozenset({"other"})


def indicator_options(
    values: pd.DataFrame, indicators: pd.DataFrame, name_column: str, comparable_only: bool = True
) -> list[str]:
    """Indicator codes that have values, sorted by their display name (what users scan for)."""
    present = set(values["indicator"].dropna().unique())
    if comparable_only:
        present -= NOT_COMPARABLE
    names = dict(zip(indicators["code"], indicators[name_column], strict=False))
    return sorted(present, key=lambda code: (str(names.get(code, code)).casefold(), code))


def default_indicator(values: pd.DataFrame, options: list[str]) -> str | None:
    """The indicator whose best period has the most units: the most useful first comparison."""
    if not options:
        return None
    subset = values[values["indicator"].isin(options)]
    per_period = subset.groupby(["indicator", "period_start", "period_end"])["unit_key"].nunique()
    best = per_period.groupby(level="indicator").max()
    overall = subset.groupby("indicator")["unit_key"].nunique()
    return max(
        options,
        key=lambda code: (int(best.get(code, 0)), int(overall.get(code, 0)), -options.index(code)),
    )


def period_options(values: pd.DataFrame, indicator: str) -> list[PeriodOption]:
    """Distinct periods of an indicator, latest first, with how many units report each."""
    subset = values[values["indicator"] == indicator]
    if subset.empty:
        return []
    grouped = (
        subset.groupby(["period_start", "period_end", "period_type"], dropna=False)["unit_key"]
        .nunique()
        .reset_index(name="unit_count")
        .sort_values(["period_end", "period_start"], ascending=[False, True])
    )
    return [
        PeriodOption(row.period_start, row.period_end, str(row.period_type), int(row.unit_count))
        for row in grouped.itertuples(index=False)
    ]


def default_period(options: list[PeriodOption]) -> PeriodOption | None:
    """The period most units report (latest on ties): where a comparison has the most bars."""
    if not options:
        return None
    return max(options, key=lambda p: (p.unit_count, p.end, p.start))


def audience_options(values: pd.DataFrame, indicator: str) -> list[str]:
    present = set(values.loc[values["indicator"] == indicator, "audience"].dropna())
    known = [a for a in AUDIENCE_ORDER if a in present]
    return known + sorted(present - set(known))


def units_with_values(values: pd.DataFrame, level: str | None) -> list[str]:
    """Unit keys at a level that have any value at all: the units we have reports for."""
    subset = values if level is None else values[values["unit_level"] == level]
    ordered = subset.sort_values(["unit_name"]).drop_duplicates("unit_key")
    return list(ordered["unit_key"])


def _overlap_days(start: date, end: date, row_start: date, row_end: date) -> int:
    return (min(end, row_end) - max(start, row_start)).days + 1


def compare(
    values: pd.DataFrame,
    unit_names: dict[str, str],
    indicator: str,
    period: tuple[date, date],
    audience: str,
    unit_keys: list[str],
    measure: str = "value",
) -> Comparison:
    """Side-by-side values of `unit_keys` for one indicator and period.

    Per unit: the value for exactly the selected period; failing that, the value whose period
    overlaps it most (latest on ties), flagged `same_period=False`; failing that, the unit is
    listed in `missing`. A row whose requested measure is NA (e.g. no population for per-10k)
    also counts as missing: drawing it as 0 would be a lie.
    """
    start, end = period
    column = MEASURES.get(measure, "value")
    subset = values[
        (values["indicator"] == indicator)
        & (values["audience"] == audience)
        & (values["unit_key"].isin(unit_keys))
        & (values["period_start"] <= end)
        & (values["period_end"] >= start)
    ]
    chosen: list[dict[str, object]] = []
    missing: list[str] = []
    for key in unit_keys:
        rows = subset[subset["unit_key"] == key]
        rows = rows[rows[column].notna()]
        if rows.empty:
            missing.append(unit_names.get(key, key))
            continue
        exact = rows[(rows["period_start"] == start) & (rows["period_end"] == end)]
        if not exact.empty:
            best = exact.iloc[0]
        else:
            ranked = rows.assign(
                _overlap=[
                    _overlap_days(start, end, s, e)
                    for s, e in zip(rows["period_start"], rows["period_end"], strict=True)
                ]
            ).sort_values(["_overlap", "period_end"], ascending=[False, False])
            best = ranked.iloc[0]
        record = best.to_dict()
        record["shown_value"] = float(best[column])
        record["same_period"] = bool(best["period_start"] == start and best["period_end"] == end)
        chosen.append(record)
    rows_frame = pd.DataFrame(chosen)
    if rows_frame.empty:
        rows_frame = pd.DataFrame(columns=[*values.columns, "shown_value", "same_period"])
    return Comparison(
        rows=rows_frame.drop(columns=["_overlap"], errors="ignore").reset_index(drop=True),
        missing=missing,
        periods_differ=bool((~rows_frame["same_period"].astype(bool)).any()) if len(rows_frame) else False,
        has_estimates=bool((rows_frame["qualifier"] != "exact").any()) if len(rows_frame) else False,
    )


def available_measures(values: pd.DataFrame, indicator: str, kind: str) -> list[str]:
    """Measures that exist for this indicator. Rates and stocks are never annualized or divided
    by population: a 97% rate per 10,000 residents means nothing."""
    measures = ["value"]
    if kind != "flow":
        return measures
    subset = values[values["indicator"] == indicator]
    if subset["annualized_value"].notna().any():
        measures.append("annualized")
    if subset["per_10k_residents"].notna().any():
        measures.append("per_10k")
    return measures


def row_notes(row: dict[str, object], lang: str, is_rate: bool = False) -> list[str]:
    """What a compared value needs said: another period, an estimate or bound, a ward roll-up,
    other values the report gives for the same fact (components, not summed)."""
    notes = [] if bool(row.get("same_period", True)) else [t("note_other_period", lang)]
    key = {"approx": "note_estimate", "at_least": "note_lower_bound", "at_most": "note_upper_bound"}.get(
        str(row.get("qualifier"))
    )
    if key:
        notes.append(t(key, lang))
    if row.get("is_rolled_up") is True:
        wards, share = row.get("rollup_ward_count"), row.get("rollup_coverage_share")
        notes.append(
            t(
                "note_rolled_up",
                lang,
                wards=format_value(wards, lang) if _present(wards) else "?",
                share=format_percent(100 * float(share), lang, 0) if _present(share) else "?",
            )
        )
    components = components_note(row, lang, is_rate)
    if components:
        notes.append(components)
    return notes


def _previous_year(row: dict[str, object], lang: str, is_rate: bool) -> str:
    previous = row.get("previous_year_value")
    if previous is None or pd.isna(previous):
        return ""
    change = row.get("yoy_change_pct")
    text = format_value(float(previous), lang, "exact", is_rate)
    if change is not None and not pd.isna(change):
        text += f" ({format_change_percent(float(change), lang)})"
    return text


def comparison_display(
    result: Comparison, unit_order: list[str], unit_names: dict[str, str], lang: str, is_rate: bool,
    measure: str = "value",
) -> pd.DataFrame:
    """The comparison as the table users read: every requested unit, in order; a unit without a
    value says "chưa có số liệu" instead of showing 0 or disappearing. The same period a year
    earlier is shown for reported values when the marts publish it."""
    by_unit = {row["unit_key"]: row for row in result.rows.to_dict("records")}
    show_previous = measure == "value" and any(
        _previous_year(row, lang, is_rate) for row in by_unit.values()
    )
    records: list[dict[str, str]] = []
    for key in unit_order:
        row = by_unit.get(key)
        if row is None:
            records.append(
                {
                    t("unit", lang): unit_names.get(key, key),
                    t("value", lang): t("no_value", lang),
                    t("qualifier", lang): "",
                    t("period_covered", lang): "",
                    t("note", lang): "",
                    t("evidence_count", lang): "",
                }
                | ({t("previous_year", lang): ""} if show_previous else {})
            )
            continue
        notes = row_notes(row, lang, is_rate)
        records.append(
            {
                t("unit", lang): str(row["unit_name"]),
                t("value", lang): format_value(row["shown_value"], lang, str(row["qualifier"]), is_rate),
                t("qualifier", lang): label("qualifier", str(row["qualifier"]), lang),
                t("period_covered", lang): period_label(row["period_start"], row["period_end"], lang),
                t("note", lang): "; ".join(notes),
                t("evidence_count", lang): format_value(row["evidence_count"], lang),
            }
            | ({t("previous_year", lang): _previous_year(row, lang, is_rate)} if show_previous else {})
        )
    return pd.DataFrame.from_records(records).set_index(t("unit", lang))


def period_type_options(values: pd.DataFrame, indicator: str) -> list[str]:
    """Period types of an indicator, the most frequent first (the default trend)."""
    counts = values.loc[values["indicator"] == indicator, "period_type"].dropna().value_counts()
    return sorted(counts.index, key=lambda t: (-int(counts[t]), str(t)))


def trend(
    values: pd.DataFrame,
    indicator: str,
    audience: str,
    unit_keys: list[str],
    mode: str,
    period_type: str | None,
) -> pd.DataFrame:
    """Points of a trend: one row per unit and period, with `y` the plotted number.

    mode "same_type": only periods of `period_type`, reported values (nothing mixed).
    mode "annualized": every period, `annualized_value` for flows; stocks and rates are not
    annualizable, so their reported value is used (the caption says so). Rows without a `y`
    are dropped rather than plotted as 0.
    """
    subset = values[
        (values["indicator"] == indicator)
        & (values["audience"] == audience)
        & (values["unit_key"].isin(unit_keys))
    ].copy()
    if mode == "same_type":
        subset = subset[subset["period_type"] == period_type]
        subset["y"] = subset["value"]
    else:
        flows = subset["kind"] == "flow"
        subset["y"] = subset["annualized_value"].where(flows, subset["value"])
    subset = subset[subset["y"].notna()]
    subset["y"] = subset["y"].astype(float)
    return subset.sort_values(["unit_name", "period_end", "period_start"]).reset_index(drop=True)


def coverage(
    values: pd.DataFrame, indicator_codes: list[str], level: str | None, year: int | None
) -> pd.DataFrame:
    """Units × indicators: number of distinct periods with a value (NA where none).

    A period counts for `year` when it overlaps that calendar year, so a 9-month or instant
    value still shows up in its year.
    """
    subset = values if level is None else values[values["unit_level"] == level]
    if year is not None:
        first, last = date(year, 1, 1), date(year, 12, 31)
        subset = subset[(subset["period_start"] <= last) & (subset["period_end"] >= first)]
    units = (
        (values if level is None else values[values["unit_level"] == level])
        .drop_duplicates("unit_key")
        .sort_values("unit_name")
    )
    counts = (
        subset.drop_duplicates(["unit_key", "indicator", "period_start", "period_end"])
        .groupby(["unit_key", "indicator"])
        .size()
    )
    matrix = pd.DataFrame(index=list(units["unit_key"]), columns=indicator_codes, dtype="Int64")
    for (unit_key, indicator), count in counts.items():
        if indicator in matrix.columns:
            matrix.loc[unit_key, indicator] = int(count)
    names = dict(zip(units["unit_key"], units["unit_name"], strict=True))
    matrix.index = [names[key] for key in matrix.index]
    return matrix


def years(values: pd.DataFrame) -> list[int]:
    """Calendar years any period touches, latest first."""
    found: set[int] = set()
    for start, end in zip(values["period_start"], values["period_end"], strict=True):
        found.update(range(start.year, end.year + 1))
    return sorted(found, reverse=True)


def facts(
    values: pd.DataFrame,
    indicator: str,
    unit_key: str | None = None,
    period: tuple[date, date] | None = None,
) -> pd.DataFrame:
    """The values the evidence page lists (all units/periods when not narrowed)."""
    subset = values[values["indicator"] == indicator]
    if unit_key:
        subset = subset[subset["unit_key"] == unit_key]
    if period is not None:
        subset = subset[(subset["period_start"] == period[0]) & (subset["period_end"] == period[1])]
    return subset.sort_values(["unit_name", "period_end", "audience"]).reset_index(drop=True)


def evidence_for(fact: pd.Series, evidence: pd.DataFrame, link_columns: tuple[str, ...]) -> pd.DataFrame:
    """Evidence rows of one fact, matched on a shared key or the fact's grain.

    A null unit_code (unit not in the lexicon) must still match, so nulls compare equal here.
    """
    if not link_columns:
        return evidence.iloc[0:0]
    mask = pd.Series(True, index=evidence.index)
    for column in link_columns:
        wanted = fact.get(column)
        if wanted is None or (not isinstance(wanted, str) and pd.isna(wanted)):
            mask &= evidence[column].isna()
        else:
            mask &= evidence[column].astype(object) == wanted
    return evidence[mask]


def trend_display(points: pd.DataFrame, lang: str, is_rate: bool) -> pd.DataFrame:
    """The trend's points as a table: unit, exact period, value with qualifier (and a note
    when a report gives several values for one point: the first is plotted, none summed)."""
    notes = [
        components_note(row, lang, is_rate) for row in points.to_dict("records")
    ] if "other_component_values" in points.columns else []
    table = pd.DataFrame(
        {
            t("unit", lang): points["unit_name"],
            t("period_covered", lang): [
                period_label(s, e, lang) for s, e in zip(points["period_start"], points["period_end"], strict=True)
            ],
            t("value", lang): [
                format_value(v, lang, q, is_rate) for v, q in zip(points["y"], points["qualifier"], strict=True)
            ],
            t("qualifier", lang): [label("qualifier", q, lang) for q in points["qualifier"]],
        }
    )
    if any(notes):
        table[t("note", lang)] = notes
    return table.set_index(t("unit", lang))


@dataclass(frozen=True)
class EvidenceItem:
    doc_id: str
    caption: str  # position, qualifier, selection status
    sentence_html: str  # escaped, number wrapped in <mark>
    override_note: str
    rejected: bool


@dataclass(frozen=True)
class EvidenceBlock:
    heading: str
    notes: list[str]  # about the value as a whole: corrected, documents disagree, estimate
    items: list[EvidenceItem]


def _present(value: object) -> bool:
    return value is not None and (isinstance(value, str) or not pd.isna(value))


def _override_note(row: dict[str, object], lang: str, is_rate: bool) -> str:
    """What an analyst's override (seeds/indicator_overrides.csv) did to this observation."""
    action = row.get("override_action")
    if not _present(action):
        return ""
    extracted = row.get("extracted_value")
    corrected = row.get("corrected_value")
    return t(
        "override_rejected" if action == "reject" else "override_corrected",
        lang,
        extracted=format_value(float(extracted), lang, "exact", is_rate) if _present(extracted) else "?",
        corrected=format_value(float(corrected), lang, "exact", is_rate) if _present(corrected) else "?",
        by=str(row.get("corrected_by")) if _present(row.get("corrected_by")) else "?",
        reason=str(row.get("override_reason")) if _present(row.get("override_reason")) else "",
    ).strip()


def _sentence_span(row: dict[str, object], documents: dict[str, str]) -> Span | None:
    start, end = row.get("char_start"), row.get("char_end")
    has_offsets = _present(start) and _present(end)
    sentence = str(row["sentence"])
    if has_offsets and str(row["doc_id"]) in documents:
        exact = span_from_offsets(documents[str(row["doc_id"])], sentence, int(start), int(end))
        if exact is not None:
            return exact
    # Without the document, find the number as written: the extracted value, before overrides.
    written = row.get("extracted_value") if _present(row.get("extracted_value")) else row.get("value")
    if not _present(written):
        return None
    return locate_number(sentence, float(written), int(end) - int(start) if has_offsets else None)


def evidence_block(
    fact: pd.Series, rows: pd.DataFrame, lang: str, is_rate: bool, documents: dict[str, str] | None = None
) -> EvidenceBlock:
    """A value with its evidence sentences, the number highlighted, and any manual override."""
    documents = documents or {}
    who = str(fact["unit_name"])
    if fact.get("audience") not in (None, "all"):
        who = f"{who} ({label('audience', str(fact['audience']), lang)})"
    if _present(fact.get("unit_phrase")) and fact.get("indicator") in NOT_COMPARABLE:
        who = f"{who} — {fact['unit_phrase']}"
    heading = t(
        "value_heading",
        lang,
        unit=who,
        period=period_label(fact["period_start"], fact["period_end"], lang),
        value=format_value(fact["value"], lang, str(fact["qualifier"]), is_rate),
    )
    notes: list[str] = []
    if fact.get("has_corrected_value") is True:
        notes.append(t("note_corrected", lang))
    if fact.get("has_disagreement") is True:
        notes.append(t("note_disagreement", lang))
    items: list[EvidenceItem] = []
    for row in rows.to_dict("records"):
        span = _sentence_span(row, documents)
        sentence_html = highlight_html(str(row["sentence"]), span)
        if span is None:
            sentence_html += " " + t("number_not_located", lang)
        parts = []
        if _present(row.get("char_start")) and _present(row.get("char_end")):
            parts.append(t("char_range", lang, start=int(row["char_start"]), end=int(row["char_end"])))
        parts.append(label("qualifier", str(row["qualifier"]), lang))
        if row.get("is_selected") is True:
            parts.append(t("evidence_selected", lang))
        elif row.get("is_selected") is False and _present(row.get("selection_reason")):
            parts.append(t("evidence_not_selected", lang, reason=row["selection_reason"]))
        items.append(
            EvidenceItem(
                doc_id=str(row["doc_id"]),
                caption=" · ".join(parts),
                sentence_html=sentence_html,
                override_note=_override_note(row, lang, is_rate),
                rejected=row.get("is_rejected") is True,
            )
        )
    return EvidenceBlock(heading=heading, notes=notes, items=items)


_PASSING = {"pass", "passed", "success", "succeeded", "ok"}
_FAILING = {"fail", "failed", "failure", "error"}
_WARNING = {"warn", "warning"}


def check_summary(checks: pd.DataFrame) -> dict[str, int]:
    statuses = checks["status"].astype(str).str.lower()
    passed = int(statuses.isin(_PASSING).sum())
    failed = int(statuses.isin(_FAILING).sum())
    warned = int(statuses.isin(_WARNING).sum())
    return {"passed": passed, "failed": failed, "warned": warned, "other": len(checks) - passed - failed - warned}


def checks_display(checks: pd.DataFrame, lang: str, only_failures: bool) -> pd.DataFrame:
    """check_results translated for reading; failures first, optional columns only if present."""
    frame = checks.copy()
    statuses = frame["status"].astype(str).str.lower()
    # failures first, then warnings, then the rest: what needs attention is on top
    frame["_rank"] = statuses.map(lambda s: 0 if s in _FAILING else 1 if s in _WARNING else 2)
    if only_failures:
        frame = frame[frame["_rank"] < 2]
    frame = frame.sort_values(["_rank", "check_name"])
    columns = {"check_name": "check_name", "table_name": "table_name", "status": "status",
               "failing_rows": "failing_rows", "details": "details", "checked_at": "checked_at"}
    shown = pd.DataFrame(index=range(len(frame)))
    for column, key in columns.items():
        if column not in frame.columns:
            continue
        series = frame[column].reset_index(drop=True)
        if column == "status":
            series = series.map(lambda s: label("check_status", str(s).lower(), lang))
        elif column == "failing_rows":
            series = series.map(lambda n: format_value(n, lang) if pd.notna(n) else "")
        elif column == "checked_at":
            series = series.map(lambda d: format_datetime(pd.Timestamp(d).to_pydatetime(), lang) if pd.notna(d) else "")
        else:
            series = series.fillna("").astype(str)
        shown[t(key, lang)] = series
    return shown.set_index(t("check_name", lang)) if t("check_name", lang) in shown.columns else shown


def coverage_periods(mart: pd.DataFrame) -> list[str]:
    """Period keys of mart_coverage, the ones with the most reported cells first (latest on ties)."""
    reported = mart.groupby(["period_key", "period_end"])["is_reported"].sum().reset_index()
    reported = reported.sort_values(["is_reported", "period_end"], ascending=[False, False])
    return list(reported["period_key"])


def coverage_from_mart(mart: pd.DataFrame, indicator_codes: list[str], level: str | None, key: str) -> pd.DataFrame:
    """mart_coverage as units × indicators for one period: facts reported, NA where none.

    The mart lists every unit that existed in the period, so silent districts show as empty rows.
    """
    subset = mart[mart["period_key"] == key]
    if level is not None:
        subset = subset[subset["unit_level"] == level]
    units = subset.drop_duplicates("unit_key").sort_values("unit_name")
    matrix = pd.DataFrame(index=list(units["unit_key"]), columns=indicator_codes, dtype="Int64")
    for row in subset[subset["is_reported"].astype(bool)].itertuples(index=False):
        if row.indicator in matrix.columns:
            matrix.loc[row.unit_key, row.indicator] = int(row.facts_reported)
    names = dict(zip(units["unit_key"], units["unit_name"], strict=True))
    matrix.index = [names[key] for key in matrix.index]
    return matrix
