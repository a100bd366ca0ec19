"""Plotly figures. Labels are formatted here with dashboards.formatting, not by Plotly's d3
formats, because d3 cannot write Vietnamese numbers (20.012; 97,5%) without a global locale.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboards.formatting import format_value, period_label
from dashboards.i18n import t

_SAME_PERIOD_COLOR = "#1f4e79"
_OTHER_PERIOD_COLOR = "#9dbad5"  # lighter: the bar is for a different period than selected
_LAYOUT = {"margin": {"l": 10, "r": 10, "t": 30, "b": 10}, "height": 420, "template": "plotly_white"}


def _axis_ticks(values: list[float], lang: str, is_rate: bool) -> dict[str, object]:
    """Explicit tick labels in the user's number format (Plotly would write 20,012 in Vietnamese)."""
    if not values:
        return {}
    top = max(values)
    if top <= 0:
        return {}
    step = _nice_step(top / 5)
    ticks = [step * i for i in range(int(top // step) + 2)]
    return {
        "tickmode": "array",
        "tickvals": ticks,
        "ticktext": [format_value(v, lang, "exact", is_rate) for v in ticks],
    }


def _nice_step(raw: float) -> float:
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 0.1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def comparison_bar(rows: pd.DataFrame, lang: str, is_rate: bool, value_title: str) -> go.Figure:
    """Units side by side. Only units with a value get a bar (missing units are listed, not 0).

    Each bar's text is the formatted value with its qualifier; hover gives the exact period.
    """
    figure = go.Figure()
    if rows.empty:
        figure.update_layout(**_LAYOUT)
        return figure
    texts = [
        format_value(v, lang, q, is_rate) for v, q in zip(rows["shown_value"], rows["qualifier"], strict=True)
    ]
    periods = [period_label(s, e, lang) for s, e in zip(rows["period_start"], rows["period_end"], strict=True)]
    colors = [_SAME_PERIOD_COLOR if same else _OTHER_PERIOD_COLOR for same in rows["same_period"]]
    figure.add_bar(
        x=list(rows["unit_name"]),
        y=list(rows["shown_value"]),
        text=texts,
        textposition="outside",
        marker_color=colors,
        customdata=list(zip(periods, texts, strict=True)),
        hovertemplate="%{x}<br>%{customdata[1]}<br>%{customdata[0]}<extra></extra>",
        cliponaxis=False,
    )
    # a fixed gap keeps a lone bar from filling the whole width
    figure.update_layout(**_LAYOUT, showlegend=False, yaxis_title=value_title, bargap=0.45)
    figure.update_yaxes(**_axis_ticks(list(rows["shown_value"]), lang, is_rate))
    return figure


def trend_lines(points: pd.DataFrame, lang: str, is_rate: bool, value_title: str) -> go.Figure:
    """One line per unit over period end dates; hover names the exact period and qualifier."""
    figure = go.Figure()
    for unit_name, group in points.groupby("unit_name", sort=True):
        texts = [format_value(v, lang, q, is_rate) for v, q in zip(group["y"], group["qualifier"], strict=True)]
        periods = [period_label(s, e, lang) for s, e in zip(group["period_start"], group["period_end"], strict=True)]
        figure.add_scatter(
            x=[pd.Timestamp(d) for d in group["period_end"]],
            y=list(group["y"]),
            mode="lines+markers+text",
            name=str(unit_name),
            text=texts,
            textposition="top center",
            customdata=list(zip(periods, texts, strict=True)),
            hovertemplate=f"{unit_name}<br>%{{customdata[1]}}<br>%{{customdata[0]}}<extra></extra>",
        )
    figure.update_layout(**_LAYOUT, yaxis_title=value_title, xaxis_title=t("period_end", lang))
    figure.update_yaxes(**_axis_ticks(list(points["y"]) if not points.empty else [], lang, is_rate))
    return figure


def coverage_heatmap(matrix: pd.DataFrame, column_names: list[str], lang: str) -> go.Figure:
    """Units × indicators; empty cells stay blank (no data), never a zero-coloured cell."""
    z = matrix.astype("Float64").to_numpy(dtype=float, na_value=float("nan"))
    text = [["" if pd.isna(v) else format_value(v, lang) for v in row] for row in z]
    figure = go.Figure(
        go.Heatmap(
            z=z,
            x=column_names,
            y=list(matrix.index),
            text=text,
            texttemplate="%{text}",
            colorscale="Blues",
            showscale=False,
            hoverongaps=False,
            xgap=2,
            ygap=2,
        )
    )
    figure.update_layout(
        **{**_LAYOUT, "height": max(300, 40 * len(matrix.index) + 200)},
        xaxis={"tickangle": -40, "side": "top"},
        yaxis={"autorange": "reversed"},
    )
    return figure
