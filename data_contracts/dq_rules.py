"""DHIS2-style data-quality rules over marts.fct_indicator_values, in pandas (no GX).

Modelled on DHIS2's data-quality app: validation rules between indicators of one unit-period,
outlier detection (modified z-score and min-max bounds), consistency over time and completeness.
They flag values for a reader to check against the evidence sentence; they are warnings unless
rules/dq_rules.yaml says `blocking: true`. Every computation is a groupby over the whole frame:
the mart is small (one row per unit, period, indicator, audience) but per-row Python would not be.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    import pandas as pd
else:
    from data_contracts.lazy import pandas as pd

from data_contracts.outcomes import CheckOutcome, examples_from_rows, failed_status, utc_now
from data_contracts.reference import RULES_DIR, indicator_kinds
from data_contracts.suites import safe_load_yaml

TABLE = "marts.fct_indicator_values"
OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}
# Flows over shorter spans than this are not annualized: x365 on a one-day "period" (a flow
# the extractor could only date to an instant) would make every such value an outlier.
MIN_DAYS_TO_ANNUALIZE = 28
MAD_SCALE = 0.6745
MEAN_AD_SCALE = 1.253314  # IBM's fallback when the MAD is 0 (over half the values equal)
REQUIRED = ("unit_name", "period_start", "period_end", "indicator", "audience", "value")


class RulesFileError(ValueError):
    """rules/dq_rules.yaml or the bounds file is not usable; the message says where and why."""


@dataclass(frozen=True)
class RuleConfig:
    name: str
    blocking: bool
    params: dict[str, Any]


@functools.cache
def _load_yaml(path: str, mtime_ns: int) -> Any:
    try:
        return safe_load_yaml(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RulesFileError(f"{path}: not valid YAML: {exc}") from exc


def read_yaml(path: Path) -> Any:
    if not path.is_file():
        raise RulesFileError(f"{path} not found")
    return _load_yaml(str(path), path.stat().st_mtime_ns)


def load_rules(rules_dir: Path | None = None) -> list[RuleConfig]:
    """Every rule of dq_rules.yaml, in file order, with the bounds file read in."""
    base = rules_dir or RULES_DIR
    data = read_yaml(base / "dq_rules.yaml")
    if not isinstance(data, Mapping):
        raise RulesFileError(f"{base / 'dq_rules.yaml'}: expected a mapping")
    rules: list[RuleConfig] = []
    for raw in data.get("validation_rules") or []:
        missing = {"name", "left", "operator", "right"} - set(raw)
        if missing or raw["operator"] not in OPERATORS:
            raise RulesFileError(
                f"{base / 'dq_rules.yaml'}: validation rule {raw.get('name')!r} needs name, left, "
                f"operator (one of {list(OPERATORS)}), right; missing {sorted(missing)}"
            )
        rules.append(
            RuleConfig(str(raw["name"]), bool(raw.get("blocking", False)), {"type": "validation", **raw})
        )
    for section in ("outliers", "bounds", "consistency", "completeness"):
        raw = data.get(section)
        if raw is None:
            continue
        params = {"type": section, **raw}
        if section == "bounds":
            params["bounds"] = read_yaml(base / str(raw.get("file", "indicator_bounds.yaml"))) or {}
        rules.append(RuleConfig(str(raw.get("name", section)), bool(raw.get("blocking", False)), params))
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise RulesFileError(f"{base / 'dq_rules.yaml'}: duplicate rule names in {names}")
    return rules


def rule_names(rules_dir: Path | None = None) -> list[str]:
    return [r.name for r in load_rules(rules_dir)]


def _first_present(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
    """Row-wise first non-null of the columns that exist (as strings)."""
    out = pd.Series(pd.NA, index=frame.index, dtype="string")
    for column in columns:
        if column in frame.columns:
            out = out.fillna(frame[column].astype("string"))
    return out


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    """Typed copy with helper columns.

    _unit: the mart's unit_key (code, disambiguated when a code was reused), else code, else name.
    _comparable: what outliers and consistency compare. Flows use the mart's annualized_value
    (null for instants) or, on a frame without it, value x 365 / days; stocks and rates as they are.
    _thing: unit_phrase_key, so `other` facts counting different things are never compared.
    """
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        raise KeyError(f"columns {missing} missing from the frame (expected {TABLE} columns)")
    frame = df.reset_index(drop=True).copy()
    frame["period_start"] = pd.to_datetime(frame["period_start"])
    frame["period_end"] = pd.to_datetime(frame["period_end"])
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    if "kind" not in frame.columns:
        frame["kind"] = frame["indicator"].map(indicator_kinds())
    frame["_unit"] = _first_present(frame, ("unit_key", "unit_code", "unit_name"))
    frame["_days"] = (frame["period_end"] - frame["period_start"]).dt.days + 1
    is_flow = frame["kind"].eq("flow")
    if "annualized_value" in frame.columns:
        annualized = pd.to_numeric(frame["annualized_value"], errors="coerce")
    else:
        annualized = (frame["value"] * 365.0 / frame["_days"]).where(frame["_days"] >= MIN_DAYS_TO_ANNUALIZE)
    frame["_comparable"] = annualized.where(is_flow, frame["value"])
    months = (frame["_days"] / 30.44).round().astype("Int64").astype("string") + "m"
    frame["_period_class"] = _first_present(frame, ("period_type",)).fillna(months)
    frame["_thing"] = _first_present(frame, ("unit_phrase_key",)).fillna("")
    frame["_level"] = _first_present(frame, ("unit_level",)).fillna("")
    return frame


def _outcome(
    rule: RuleConfig, failing: int, examples: list[dict[str, Any]], details: str, checked_at: dt.datetime
) -> CheckOutcome:
    return CheckOutcome(
        check_name=rule.name,
        table_name=TABLE,
        status="passed" if failing == 0 else failed_status(rule.blocking),
        blocking=rule.blocking,
        failing_rows=int(failing),
        failing_examples=examples,
        details=details,
        checked_at=checked_at,
    )


def _validation_rule(frame: pd.DataFrame, rule: RuleConfig, checked_at: dt.datetime) -> CheckOutcome:
    p = rule.params
    left, right, combine = str(p["left"]), str(p["right"]), str(p.get("combine", "max"))
    sub = frame[frame["indicator"].isin([left, right])]  # `other` never takes part, so _thing is moot
    if combine == "all":
        sub = sub[sub["audience"].eq("all")]
        combine = "max"
    if combine not in ("max", "sum"):
        raise RulesFileError(f"rule {rule.name}: combine must be max, sum or all, got {combine!r}")
    keys = ["_unit", "period_start", "period_end"]
    wide = sub.pivot_table(index=keys, columns="indicator", values="value", aggfunc=combine)
    if left not in wide.columns or right not in wide.columns:
        return _outcome(rule, 0, [], f"no unit-period reports both {left} and {right}", checked_at)
    both = wide.dropna(subset=[left, right])
    bad = both[~OPERATORS[str(p["operator"])](both[left], both[right])].reset_index()
    names = frame.drop_duplicates("_unit").set_index("_unit")["unit_name"]
    examples = [
        {
            "unit_key": r["_unit"],
            "unit_name": names.get(r["_unit"]),
            "period_start": r["period_start"].date().isoformat(),
            "period_end": r["period_end"].date().isoformat(),
            "indicator": f"{left} {p['operator']} {right}",
            left: float(r[left]),
            right: float(r[right]),
        }
        for r in bad.head(20).to_dict(orient="records")
    ]
    details = (
        f"{len(bad)} of {len(both)} unit-periods break {left} {p['operator']} {right} "
        f"(audiences combined by {p.get('combine', 'max')})"
    )
    return _outcome(
        rule,
        len(bad),
        examples,
        details + (f" — {p['description']}" if p.get("description") else ""),
        checked_at,
    )


def modified_zscores(values: pd.Series, groups: list[pd.Series], min_values: int) -> pd.Series:
    """Modified z-score of each value within its group; NaN where the group is too small or flat."""
    grouped = values.groupby(groups, dropna=False)
    median = grouped.transform("median")
    deviation = (values - median).abs()
    mad = deviation.groupby(groups, dropna=False).transform("median")
    mean_ad = deviation.groupby(groups, dropna=False).transform("mean")
    count = grouped.transform("count")
    z_mad = MAD_SCALE * (values - median) / mad.where(mad > 0)
    z_mean = (values - median) / (MEAN_AD_SCALE * mean_ad.where(mean_ad > 0))
    z = z_mad.where(mad > 0, z_mean)
    return z.where(count >= min_values)


def _outliers(frame: pd.DataFrame, rule: RuleConfig, checked_at: dt.datetime) -> CheckOutcome:
    threshold = float(rule.params.get("threshold", 3.5))
    min_values = int(rule.params.get("min_values", 5))
    usable = frame[frame["_comparable"].notna()]
    # DHIS2 compares within one org-unit level: a city's total is not an outlier among districts
    groups_by = ["indicator", "_thing", "audience", "_level"]
    z = modified_zscores(usable["_comparable"], [usable[c] for c in groups_by], min_values)
    flagged = z[z.abs() > threshold].sort_values(key=lambda s: -s.abs())
    shown = frame.loc[flagged.index].assign(
        modified_z=flagged.round(2), comparable_value=usable.loc[flagged.index, "_comparable"].round(2)
    )
    groups = usable.groupby(groups_by).size()
    details = (
        f"{len(flagged)} values with |modified z| > {threshold} on annualized flows / stocks / rates "
        f"({int((groups >= min_values).sum())} indicator x audience x unit level groups with >= {min_values} "
        "values checked)"
    )
    examples = examples_from_rows(shown, shown.index, extra=("modified_z", "comparable_value"))
    return _outcome(rule, len(flagged), examples, details, checked_at)


def _bounds(frame: pd.DataFrame, rule: RuleConfig, checked_at: dt.datetime) -> CheckOutcome:
    bounds = rule.params.get("bounds") or {}
    table = pd.DataFrame.from_dict(bounds, orient="index").reindex(columns=["min", "max"])
    lo = frame["indicator"].map(table["min"]).astype(float)
    hi = frame["indicator"].map(table["max"]).astype(float)
    bad = (frame["value"] < lo) | (frame["value"] > hi)
    idx = frame.index[bad.fillna(False)]
    shown = frame.loc[idx].assign(min_bound=lo[idx], max_bound=hi[idx])
    details = f"{len(idx)} values outside the per-indicator bounds of {rule.params.get('file', 'indicator_bounds.yaml')}"
    return _outcome(
        rule, len(idx), examples_from_rows(shown, idx, extra=("min_bound", "max_bound")), details, checked_at
    )


def _consistency(frame: pd.DataFrame, rule: RuleConfig, checked_at: dt.datetime) -> CheckOutcome:
    max_ratio = float(rule.params.get("max_ratio", 3.0))
    min_history = int(rule.params.get("min_history", 1))
    usable = frame[frame["_comparable"].notna()].sort_values(["period_start", "period_end"])
    keys = [
        usable["_unit"],
        usable["indicator"],
        usable["_thing"],
        usable["audience"],
        usable["_period_class"],
    ]
    grouped = usable["_comparable"].groupby(keys, dropna=False)
    earlier_sum = grouped.cumsum() - usable["_comparable"]
    earlier_n = grouped.cumcount()
    earlier_mean = earlier_sum / earlier_n.where(earlier_n > 0)
    ratio = usable["_comparable"] / earlier_mean.where(earlier_mean > 0)
    flagged = ratio[(earlier_n >= min_history) & ((ratio > max_ratio) | (ratio < 1 / max_ratio))]
    shown = frame.loc[flagged.index].assign(
        ratio_to_earlier_mean=flagged.round(3), earlier_mean=earlier_mean[flagged.index].round(2)
    )
    details = (
        f"{len(flagged)} values more than {max_ratio:g}x above or below the mean of the unit's earlier "
        f"comparable periods (same indicator, audience, period type; flows annualized)"
    )
    examples = examples_from_rows(shown, flagged.index, extra=("ratio_to_earlier_mean", "earlier_mean"))
    return _outcome(rule, len(flagged), examples, details, checked_at)


def completeness_table(df: pd.DataFrame, core_indicators: list[str] | None = None) -> pd.DataFrame:
    """Per unit and reporting period: how many core indicators were reported, and the share.

    Only periods of at least MIN_DAYS_TO_ANNUALIZE days count as reporting periods: a stock
    dated to an instant is not a report that forgot its other indicators.
    """
    if core_indicators is None:
        completeness = next(r for r in load_rules() if r.params["type"] == "completeness")
        core_indicators = list(completeness.params["core_indicators"])
    frame = prepare(df)
    periods = frame[frame["_days"] >= MIN_DAYS_TO_ANNUALIZE]
    keys = ["_unit", "unit_name", "period_start", "period_end"]
    core = periods[periods["indicator"].isin(core_indicators)]
    reported = core.groupby(keys)["indicator"].nunique()
    table = periods[keys].drop_duplicates().set_index(keys)
    table["core_reported"] = reported.reindex(table.index).fillna(0).astype(int)
    table["core_total"] = len(core_indicators)
    table["share"] = table["core_reported"] / max(len(core_indicators), 1)
    out = table.reset_index().rename(columns={"_unit": "unit_key"})
    return out.sort_values(["share", "unit_name", "period_start"]).reset_index(drop=True)


def _completeness(frame: pd.DataFrame, rule: RuleConfig, checked_at: dt.datetime) -> CheckOutcome:
    core = [str(c) for c in rule.params.get("core_indicators") or []]
    min_share = float(rule.params.get("min_share", 0.5))
    table = completeness_table(frame, core)
    bad = table[table["share"] < min_share]
    examples = [
        {
            "unit_key": r["unit_key"],
            "unit_name": r["unit_name"],
            "period_start": pd.Timestamp(r["period_start"]).date().isoformat(),
            "period_end": pd.Timestamp(r["period_end"]).date().isoformat(),
            "core_reported": int(r["core_reported"]),
            "core_total": int(r["core_total"]),
            "share": round(float(r["share"]), 3),
        }
        for r in bad.head(20).to_dict(orient="records")
    ]
    details = (
        f"{len(bad)} of {len(table)} unit-periods report under {min_share:.0%} of the "
        f"{len(core)} core indicators ({', '.join(core)})"
    )
    return _outcome(rule, len(bad), examples, details, checked_at)


RULE_FUNCTIONS: dict[str, Callable[[pd.DataFrame, RuleConfig, dt.datetime], CheckOutcome]] = {
    "validation": _validation_rule,
    "outliers": _outliers,
    "bounds": _bounds,
    "consistency": _consistency,
    "completeness": _completeness,
}


def run_rules(
    df: pd.DataFrame,
    *,
    checked_at: dt.datetime | None = None,
    rules_dir: Path | None = None,
) -> list[CheckOutcome]:
    """One outcome per rule of dq_rules.yaml; a rule that cannot run reports status `error`."""
    at = checked_at or utc_now()
    rules = load_rules(rules_dir)
    try:
        frame = prepare(df)
    except (KeyError, ValueError, TypeError) as exc:
        return [
            CheckOutcome(r.name, TABLE, "error", r.blocking, 0, [], f"could not run: {exc}", at)
            for r in rules
        ]
    outcomes = []
    for rule in rules:
        try:
            outcomes.append(RULE_FUNCTIONS[rule.params["type"]](frame, rule, at))
        except (KeyError, ValueError, TypeError, RulesFileError) as exc:
            outcomes.append(
                CheckOutcome(rule.name, TABLE, "error", rule.blocking, 0, [], f"could not run: {exc}", at)
            )
    return outcomes
