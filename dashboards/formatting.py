"""Pure display formatting: numbers, values with qualifiers, dates, period labels, highlighting.

Vietnamese writes 20.012 (dot groups thousands) and 97,5% (comma is the decimal mark); English
the other way round. Every function is pure so the unit tests pin the exact strings users see.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

Lang = str  # "vi" | "en"

_ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Symbols the brief asks for; `at_least` comes from "hơn", "trên", "hàng trăm" ("more than").
QUALIFIER_SYMBOLS: dict[str, str] = {"exact": "", "approx": "≈", "at_least": ">", "at_most": "<"}


def format_number(value: float | None, lang: Lang, max_decimals: int = 2) -> str:
    """20012 -> "20.012" (vi) / "20,012" (en); 1234.5 -> "1.234,5" / "1,234.5".

    Trailing zeros are dropped so counts never show a spurious ",0". None/NaN -> "".
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    rounded = round(float(value), max_decimals)
    if rounded == 0:
        rounded = 0.0  # avoid "-0"
    text = f"{rounded:,.{max_decimals}f}" if max_decimals > 0 else f"{rounded:,.0f}"
    if max_decimals > 0:
        text = text.rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text


def format_percent(value: float | None, lang: Lang, max_decimals: int = 2) -> str:
    """97.5 -> "97,5%" (vi) / "97.5%" (en). Values are already percentages (95,35% -> 95.35)."""
    number = format_number(value, lang, max_decimals)
    return f"{number}%" if number else ""


def format_change_percent(value: float | None, lang: Lang) -> str:
    """A signed change: +18,4% / -5% (vi), +18.4% / -5% (en); "" when unknown."""
    number = format_number(value, lang, 1)
    if not number:
        return ""
    return f"{'+' if not number.startswith('-') and number != '0' else ''}{number}%"


def format_value(
    value: float | None,
    lang: Lang,
    qualifier: str | None = "exact",
    is_rate: bool = False,
    max_decimals: int = 2,
) -> str:
    """A value as users read it: qualifier symbol, number, percent sign for rates ("≈90", ">1.000")."""
    body = format_percent(value, lang, max_decimals) if is_rate else format_number(value, lang, max_decimals)
    if not body:
        return ""
    symbol = QUALIFIER_SYMBOLS.get(qualifier or "exact", "")
    return f"{symbol}{body}"


def format_date(day: date | None, lang: Lang) -> str:
    """03/07/2019 (vi, the form the reports use) / 3 Jul 2019 (en, unambiguous)."""
    if day is None:
        return ""
    if lang == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


# Users work in Vietnam; publish times stored in UTC are shown in Vietnam time.
VIETNAM_TZ = timezone(timedelta(hours=7))


def format_datetime(moment: datetime | None, lang: Lang) -> str:
    """"03/07/2019 14:05 (UTC+7)" / "3 Jul 2019 14:05 (UTC+7)"; naive times are shown as stored."""
    if moment is None:
        return ""
    suffix = ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(VIETNAM_TZ)
        suffix = " (UTC+7)"
    return f"{format_date(moment.date(), lang)} {moment:%H:%M}{suffix}"


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def period_label(start: date | None, end: date | None, lang: Lang) -> str:
    """Label a period from its dates, the way the reports name it.

    Derived from the dates rather than `period_type` so a label can never contradict the
    dates it describes: "Năm 2018"/"2018", "6 tháng đầu năm 2019"/"H1 2019",
    "Quý III năm 2024"/"Q3 2024", "9 tháng đầu năm 2021"/"Jan–Sep 2021",
    "Tháng 5 năm 2023"/"May 2023", an instant "Tại ngày 03/07/2019"/"As of 3 Jul 2019".
    """
    if start is None or end is None:
        return ""
    vi = lang == "vi"
    if start == end:
        return f"Tại ngày {format_date(start, lang)}" if vi else f"As of {format_date(start, lang)}"
    starts_month = start.day == 1
    ends_month = end == _month_end(end.year, end.month)
    if start.year == end.year and starts_month and ends_month:
        year = start.year
        first, last = start.month, end.month
        if (first, last) == (1, 12):
            return f"Năm {year}" if vi else str(year)
        if (first, last) == (1, 6):
            return f"6 tháng đầu năm {year}" if vi else f"H1 {year}"
        if (first, last) == (7, 12):
            return f"6 tháng cuối năm {year}" if vi else f"H2 {year}"
        if last - first == 2 and first in (1, 4, 7, 10):
            quarter = (first - 1) // 3 + 1
            return f"Quý {_ROMAN_QUARTERS[quarter]} năm {year}" if vi else f"Q{quarter} {year}"
        if first == last:
            return f"Tháng {first} năm {year}" if vi else f"{_EN_MONTHS[first - 1]} {year}"
        if first == 1:
            # Year-to-date ("9 tháng đầu năm") is how reports state cumulative results.
            return (
                f"{last} tháng đầu năm {year}" if vi else f"{_EN_MONTHS[0]}–{_EN_MONTHS[last - 1]} {year}"
            )
        return (
            f"Tháng {first}–{last} năm {year}"
            if vi
            else f"{_EN_MONTHS[first - 1]}–{_EN_MONTHS[last - 1]} {year}"
        )
    if starts_month and ends_month and start.month == 1 and end.month == 12:
        return f"Giai đoạn {start.year}–{end.year}" if vi else f"{start.year}–{end.year}"
    if vi:
        return f"Từ {format_date(start, lang)} đến {format_date(end, lang)}"
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def period_key(start: date, end: date) -> str:
    """Stable, URL-safe identifier of a period ("2018-01-01..2018-12-31") for st.query_params."""
    return f"{start.isoformat()}..{end.isoformat()}"


def parse_period_key(key: str | None) -> tuple[date, date] | None:
    """Inverse of period_key; None for anything malformed (a hand-edited URL must not crash)."""
    if not key or ".." not in key:
        return None
    left, _, right = key.partition("..")
    try:
        start, end = date.fromisoformat(left), date.fromisoformat(right)
    except ValueError:
        return None
    return (start, end) if start <= end else None


# --- locating the number inside an evidence sentence -------------------------------------------

_SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_NUMBER_RE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(\s*%|\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)\b)?",
    re.UNICODE,
)
# Small number words the extractor reads ("hai đợt" -> 2). "năm" (5) is left out on purpose: it
# also means "year" and would highlight "Năm 2018" instead of the count.
_NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _parse_vi_number(digits: str, suffix: str | None) -> float:
    number = float(digits.replace(".", "").replace(",", "."))
    scale = _SCALES.get((suffix or "").strip(), 1.0)
    return number * scale


def locate_number(sentence: str, value: float, span_length: int | None = None) -> Span | None:
    """Where `value` is written in `sentence` ("20.012", "3,5 triệu", "147 nghìn", "hai").

    The snapshot's char offsets refer to the whole document, not the sentence, so the number is
    found again by value; among several equal candidates the one whose length matches the
    extracted span wins, else the first. None when the value is not written as a number here.
    """
    candidates: list[Span] = []
    for match in _NUMBER_RE.finditer(sentence):
        suffix = match.group(2)
        scale_word = suffix if suffix and "%" not in suffix else None
        parsed = _parse_vi_number(match.group(1), scale_word)
        if math.isclose(parsed, value, rel_tol=1e-6, abs_tol=1e-9):
            end = match.end(2) if match.group(2) else match.end(1)
            candidates.append(Span(match.start(1), end))
    if not candidates:
        for word, number in _NUMBER_WORDS.items():
            if math.isclose(number, value):
                for match in re.finditer(rf"(?<!\w){word}(?!\w)", sentence, re.IGNORECASE):
                    candidates.append(Span(match.start(), match.end()))
    if not candidates:
        return None
    if span_length is not None:
        for span in candidates:
            if span.end - span.start == span_length:
                return span
    return candidates[0]


def span_from_offsets(document: str, sentence: str, char_start: int, char_end: int) -> Span | None:
    """The mention's span inside `sentence`, from its document offsets (exact, unlike
    locate_number). None when the sentence is not found around the offsets (e.g. the text
    was normalised differently), so the caller can fall back to locate_number."""
    if not document or not sentence or not 0 <= char_start < char_end <= len(document):
        return None
    position = document.find(sentence, max(0, char_end - len(sentence)))
    if position == -1 or position > char_start or position + len(sentence) < char_end:
        return None
    return Span(char_start - position, char_end - position)


def highlight_html(sentence: str, span: Span | None) -> str:
    """The sentence as escaped HTML with the number wrapped in <mark> (escaped: text is untrusted)."""
    if span is None:
        return html.escape(sentence)
    return (
        html.escape(sentence[: span.start])
        + "<mark>"
        + html.escape(sentence[span.start : span.end])
        + "</mark>"
        + html.escape(sentence[span.end :])
    )
