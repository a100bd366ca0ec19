"""Finding and reading numbers as Vietnamese reports write them.

One compiled regex finds every numeric expression in a document in a single pass; each match
becomes a `NumberToken` carrying its value and its shape (plain, percent, fraction, range,
number words) or, when the shape alone proves it is not a quantity, a trap reason (full
dates, document codes, clock times). Context decides the rest (extractor.py).
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass

from orchestration.extraction import fastre
from orchestration.extraction.fastre import trie_pattern
from orchestration.extraction.vocab import DIGIT_WORDS, SCALE_WORDS

# Vietnamese writes thousands with "." and decimals with ",": 20.012 and 97,55.
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_B = r"(?<![\w.,/:%-])"  # not glued to a word, a code or another number
_E = r"(?!\w|[.,/]\d)"
_SCALE = r"nghìn|ngàn|triệu|tỷ|tỉ"
_NUMBER_WORD = (
    r"một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|lẻ|linh|"
    r"nghìn|ngàn|triệu|tỷ|chục"
)

_DIGIT_TOKEN = (
    rf"(?P<dmy>{_B}\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d{{2}}(?!\d))"
    rf"|(?P<code>{_B}\d+(?:/\d+)*\s?[-–/]\s?[A-ZĐ]{{2,}}[\w/-]*)"
    rf"|(?P<time>{_B}\d{{1,2}}(?:h\d{{0,2}}|:\d{{2}})(?!\w))"
    rf"|(?P<range>{_B}(?P<r1>{_NUM})\s?[-–]\s?(?P<r2>{_NUM}){_E})"
    rf"|(?P<frac>{_B}(?P<f1>{_NUM})/(?P<f2>{_NUM}){_E})"
    rf"|(?P<num>{_B}(?P<n>{_NUM}){_E}(?:\s?(?P<pct>%)|\s+(?P<scale>{_SCALE})\b)?)"
)
_WORDS_TOKEN = rf"(?P<words>(?i:\b(?:{_NUMBER_WORD})(?:\s+(?:{_NUMBER_WORD}))*\b))"
TOKEN_RE = fastre.compile(f"{_DIGIT_TOKEN}|{_WORDS_TOKEN}")
# TOKEN_RE's alternatives that can match at a digit, and the one that can at a letter: each
# is tried only where it can match, as TOKEN_RE itself would match there
_DIGIT_TOKEN_RE = fastre.compile(_DIGIT_TOKEN)
_WORDS_TOKEN_RE = fastre.compile(_WORDS_TOKEN)
# The scan: runs of digits, and runs of number words in the lower-cased text (trie, checked
# for a word boundary before in Python). TOKEN_RE is then tried only where these start.
# A digit that starts a number: not glued to a word, a code or another number. The guard is a
# look-behind after the digit itself, so `re` still jumps from digit to digit.
_DIGIT_RUN_RE = fastre.compile("|".join(f"{d}(?<![\\w.,/:%-]{d})" for d in "0123456789"))
# a run of number words that starts a word and is followed by a word (the counted noun)
_WORDS_RUN_RE = fastre.compile(
    f"(?:{trie_pattern(_NUMBER_WORD.split('|'), word_start=True)})"
    f"(?:\\s+(?:{trie_pattern(_NUMBER_WORD.split('|'))}))*(?!\\w)(?=\\s+[^\\W\\d_])"
)
_LEADING_DIGITS_RE = fastre.compile(r"\d+")


@dataclass
class NumberToken:
    start: int
    end: int
    text: str
    shape: str  # number | percent | words | fraction | range | date | code | time
    value: float | None
    second: float | None = None  # denominator of a fraction, upper bound of a range
    first_text: str = ""  # the digits of the first number as written (fractions, ranges)


def parse_digits(s: str) -> float:
    """'20.012' -> 20012, '97,55' -> 97.55, '02' -> 2."""
    return float(s.replace(".", "").replace(",", "."))


def parse_number_words(words: list[str]) -> float | None:
    """Read Vietnamese number words: 'ba mươi lăm' -> 35, 'một trăm lẻ năm' -> 105.

    Returns None when the words are not a well-formed number (e.g. 'mươi' alone).
    """
    total = 0
    group = 0  # the part below one thousand (or below the current scale)
    pending: int | None = None  # the last digit word, not yet placed
    seen_digit = False
    prev = ""
    for w in words:
        if w in DIGIT_WORDS:
            if w in ("mốt", "lăm", "nhăm") and prev not in ("mươi", "mười"):
                return None
            if w == "tư" and prev != "mươi":
                return None
            if pending is not None:
                return None  # two digits in a row ("hai ba") is not one number
            pending = DIGIT_WORDS[w]
            seen_digit = True
        elif w == "mười":
            if pending is not None:
                return None
            group += 10
            seen_digit = True
        elif w == "mươi":
            if pending is None:
                return None
            group += pending * 10
            pending = None
        elif w == "chục":
            group += (pending if pending is not None else 1) * 10
            pending = None
            seen_digit = True
        elif w == "trăm":
            group += (pending if pending is not None else 1) * 100
            pending = None
            seen_digit = True
        elif w in ("lẻ", "linh"):
            if prev != "trăm":
                return None
        elif w in SCALE_WORDS:
            part = group + (pending or 0)
            total += (part if part else 1) * SCALE_WORDS[w]
            group, pending = 0, None
            seen_digit = True
        else:
            return None
        prev = w
    if not seen_digit:
        return None
    return float(total + group + (pending or 0))


def _matches(text: str, low: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    pos = 0
    digit_token = _DIGIT_TOKEN_RE.match
    for r in _DIGIT_RUN_RE.finditer(text):
        i = r.start()
        if i < pos:
            continue
        m = digit_token(text, i)
        if m:
            found.append(m)
            pos = m.end()
    words: list[re.Match[str]] = []
    starts: list[int] | None = None
    for r in _WORDS_RUN_RE.finditer(low):
        i = r.start()
        if found:
            if starts is None:
                starts = [m.start() for m in found]
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i < found[k].end():
                continue  # the scale word of "147 nghìn"
        m = _WORDS_TOKEN_RE.match(text, i)
        if m:
            words.append(m)
    if words:
        found = sorted(found + words, key=_match_start)
    return found


_match_start = operator.methodcaller("start")


def tokenize(text: str, low: str | None = None) -> list[NumberToken]:
    """Every numeric expression of `text`, in order, with its value where it has one."""
    out: list[NumberToken] = []
    if low is None or len(low) != len(text):
        low = text.lower()
        if len(low) != len(text):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for m in _matches(text, low):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "num":
            n, pct, scale = m.group("n", "pct", "scale")
            v = parse_digits(n)
            if scale:
                v *= SCALE_WORDS[scale.lower()]
            out.append(NumberToken(s, e, m.group(), "percent" if pct else "number", v, None, n))
        elif kind == "words":
            words = m.group(0).lower().split()
            # A run of number words can hold a number plus a stray word ("năm hai ..."):
            # read the longest prefix that parses.
            for k in range(len(words), 0, -1):
                v = parse_number_words(words[:k])
                if v is not None:
                    span_text = " ".join(m.group(0).split()[:k])
                    end = s + len(span_text)
                    # the original may contain several spaces: recompute the end exactly
                    end = _prefix_end(text, s, k)
                    out.append(NumberToken(s, end, text[s:end], "words", v))
                    break
        elif kind == "range":
            a, b = parse_digits(m.group("r1")), parse_digits(m.group("r2"))
            out.append(NumberToken(s, e, m.group(0), "range", a, b, first_text=m.group("r1")))
        elif kind == "frac":
            a, b = parse_digits(m.group("f1")), parse_digits(m.group("f2"))
            out.append(NumberToken(s, e, m.group(0), "fraction", a, b, first_text=m.group("f1")))
        elif kind == "dmy":
            out.append(NumberToken(s, e, m.group(0), "date", None))
        elif kind == "code":
            digits = _LEADING_DIGITS_RE.match(m.group(0))
            v = float(digits.group(0)) if digits else None
            out.append(NumberToken(s, e, m.group(0), "code", v))
        elif kind == "time":
            digits = _LEADING_DIGITS_RE.match(m.group(0))
            out.append(NumberToken(s, e, m.group(0), "time", float(digits.group(0)) if digits else None))
    return out


def _prefix_end(text: str, start: int, k: int) -> int:
    """End offset of the first `k` whitespace-separated words from `start`."""
    i = start
    n = len(text)
    for w in range(k):
        while i < n and text[i].isspace():
            i += 1
        while i < n and not text[i].isspace():
            i += 1
    return i
