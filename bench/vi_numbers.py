"""Vietnamese number tokens as the reports write them, and writing new ones the same way.

Only what the corpus generator needs to rewrite a labeled value inside its evidence:
digits with `.` thousands and `,` decimals (20.012, 97,55), a scale word after them
(3,5 triệu, 147 nghìn, 1,2 tỷ), a percent sign, zero-padded counts (02 lớp) and number words
(hai, mười hai, ba mươi lăm, một trăm lẻ năm). See docs/LABELING.md "Value and qualifier".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCALES = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
DIGIT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6,
               "bảy": 7, "tám": 8, "chín": 9, "mốt": 1}
NUMBER_WORDS = set(DIGIT_WORDS) | {"mười", "mươi", "trăm", "lẻ", "linh"}
_UNITS_WORDS = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

_DIGITS = re.compile(
    r"(?<![\w.,/])(?P<m>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?!\w|[.,]\d)"
    r"(?P<scale>\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?(?P<pct>\s*%)?"
)
_WORD_RUN = re.compile(r"(?<!\w)(?:(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
                       + r")(?:\s+|(?!\w)))+", re.IGNORECASE)
_MAGNITUDE = re.compile(r"(?<!\w)hàng\s+(chục|trăm|nghìn|ngàn|triệu)(?!\w)", re.IGNORECASE)
MAGNITUDES = {"chục": 10, "trăm": 100, "nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000}
_UPPER_BOUND = re.compile(r"\s*(?:/|đến\s+|tới\s+|-\s*|–\s*)(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/])")


@dataclass(frozen=True)
class NumberToken:
    """A number in a text. `start:end` is the part to rewrite (the digits or the words)."""

    start: int
    end: int
    value: float  # what LABELING.md says the value is (scale applied; percent as is)
    mantissa: float  # the number written before any scale word
    scale: int
    decimals: int  # digits after the decimal comma as written
    zero_pad: int  # width of a zero-padded count ("02" -> 2), else 0
    is_words: bool
    percent: bool
    upper_bound: float | None  # denominator of a fraction or top of a range right after it
    fixed: bool = False  # "hàng trăm" (value 100, at_least): a magnitude, never rewritten


def parse_digits(s: str) -> float:
    """'20.012' -> 20012, '97,55' -> 97.55, '02' -> 2."""
    return float(s.replace(".", "").replace(",", "."))


def format_vi(value: float, decimals: int = 0, zero_pad: int = 0) -> str:
    """20012 -> '20.012'; (97.5, 1) -> '97,5'; (2, zero_pad=2) -> '02'."""
    if decimals:
        whole, frac = f"{value:.{decimals}f}".split(".")
    else:
        whole, frac = str(round(value)), ""
    if zero_pad and len(whole) < zero_pad:
        whole = whole.zfill(zero_pad)
    grouped = f"{int(whole):,}".replace(",", ".") if len(whole) > 4 or (len(whole) == 4 and not zero_pad) \
        else whole
    return f"{grouped},{frac}" if frac else grouped


def words_vi(n: int) -> str:
    """1..999 as Vietnamese number words: 12 -> 'mười hai', 35 -> 'ba mươi lăm', 105 -> 'một trăm lẻ năm'."""
    if not 1 <= n <= 999:
        raise ValueError(f"words_vi handles 1..999, got {n}")
    hundreds, rest = divmod(n, 100)
    parts: list[str] = []
    if hundreds:
        parts += [_UNITS_WORDS[hundreds], "trăm"]
        if 0 < rest < 10:
            return " ".join([*parts, "lẻ", _UNITS_WORDS[rest]])
    tens, units = divmod(rest, 10)
    if tens == 1:
        parts.append("mười")
    elif tens > 1:
        parts += [_UNITS_WORDS[tens], "mươi"]
    if units:
        if units == 5 and tens:
            parts.append("lăm")
        elif units == 1 and tens > 1:
            parts.append("mốt")
        else:
            parts.append(_UNITS_WORDS[units])
    return " ".join(parts)


def parse_words(words: list[str]) -> int | None:
    """['ba', 'mươi', 'lăm'] -> 35; None when the run is not a well-formed number."""
    total, current = 0, 0
    seen_digit = False
    for w in (x.lower() for x in words):
        if w in DIGIT_WORDS:
            current += DIGIT_WORDS[w]
            seen_digit = True
        elif w == "mười":
            current += 10
            seen_digit = True
        elif w == "mươi":
            current = (current or 1) * 10
        elif w == "trăm":
            total += (current or 1) * 100
            current = 0
        elif w in {"lẻ", "linh"}:
            continue
        else:
            return None
    return total + current if seen_digit else None


def find_numbers(text: str) -> list[NumberToken]:
    """Every digit token and every run of number words in `text`, in order."""
    tokens: list[NumberToken] = []
    for m in _DIGITS.finditer(text):
        mant_text = m.group("m")
        mantissa = parse_digits(mant_text)
        scale_word = (m.group("scale") or "").strip().lower()
        scale = SCALES.get(scale_word, 1)
        decimals = len(mant_text.split(",")[1]) if "," in mant_text else 0
        zero_pad = len(mant_text) if mant_text.startswith("0") and len(mant_text) > 1 and not decimals else 0
        ub = _UPPER_BOUND.match(text, m.end())
        tokens.append(NumberToken(
            m.start("m"), m.end("m"), round(mantissa * scale, 6), mantissa, scale, decimals, zero_pad,
            False, bool(m.group("pct")), parse_digits(ub.group(1)) if ub and not m.group("pct") else None,
        ))
    for m in _WORD_RUN.finditer(text):
        words = m.group(0).split()
        value = parse_words(words)
        if value is None or words[0].lower() not in {*DIGIT_WORDS, "mười"}:
            continue  # "hàng trăm" and the like: a magnitude, handled below
        end = m.start() + len(m.group(0).rstrip())
        tokens.append(NumberToken(m.start(), end, float(value), float(value), 1, 0, 0, True, False, None))
    for m in _MAGNITUDE.finditer(text):
        value = float(MAGNITUDES[m.group(1).lower()])
        tokens.append(NumberToken(m.start(), m.end(), value, value, 1, 0, 0, True, False, None, fixed=True))
    return sorted(tokens, key=lambda t: t.start)


def render(token: NumberToken, new_mantissa: float) -> str:
    """The text that replaces `token` so that it reads `new_mantissa` in the same style."""
    if token.is_words:
        return words_vi(int(new_mantissa))
    return format_vi(new_mantissa, token.decimals, token.zero_pad)
