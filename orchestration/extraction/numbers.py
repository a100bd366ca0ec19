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

from orchestration.extraction import fastre
from orchestration.extraction.fastre import trie_pattern
from orchestration.extraction.records import Record
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
    # (a range does not run over a line break: "NĂM 2023" over "- 25 hội nghị" is no range)
    rf"|(?P<range>{_B}(?P<r1>{_NUM})[^\S\n]?[-–][^\S\n]?(?P<r2>{_NUM}){_E})"
    rf"|(?P<frac>{_B}(?P<f1>{_NUM})/(?P<f2>{_NUM}){_E})"
    rf"|(?P<num>{_B}(?P<n>{_NUM}){_E}(?:\s?(?P<pct>%)|\s+(?P<scale>{_SCALE})(?:\s+(?P<scale2>tỷ|tỉ))?\b)?)"
)
_WORDS_TOKEN = rf"(?P<words>(?i:\b(?:{_NUMBER_WORD})(?:\s+(?:{_NUMBER_WORD}))*\b))"
TOKEN_RE = fastre.compile(f"{_DIGIT_TOKEN}|{_WORDS_TOKEN}")
# TOKEN_RE's alternatives that can match at a digit, and the one that can at a letter: each
# is tried only where it can match, as TOKEN_RE itself would match there
_DIGIT_TOKEN_RE = fastre.compile(_DIGIT_TOKEN)
_WORDS_TOKEN_RE = fastre.compile(_WORDS_TOKEN)
# The scan: runs of digits, and runs of number words in the lower-cased text. TOKEN_RE is
# then tried only where these start.
# A run of digits that starts a word (with the rest of its digits: the match's end is where
# what follows it starts). The guard is a look-behind after the digit itself, so `re` still
# jumps from digit to digit. The period anchors start at these runs too (periods.py).
_DIGIT_RUN_RE = fastre.compile("(?:" + "|".join(f"{d}(?<!\\w{d})" for d in "0123456789") + ")\\d*")
# a number does not start after these either: it is glued to a code or another number
_GLUED_BEFORE = frozenset(".,/:%-")
# a run of number words that starts a word and is followed by a word (the counted noun): one
# substring search per first word (fastre.word_alternation; no number word starts another)
_WORDS_RUN_SCAN = fastre.word_alternation(
    [
        (w, f"(?:\\s+(?:{trie_pattern(_NUMBER_WORD.split('|'))}))*(?!\\w)(?=\\s+[^\\W\\d_])")
        for w in _NUMBER_WORD.split("|")
    ]
)
# ... each word's pattern, tried where that word stands followed by white space (every match
# has white space after its first word): found for these words and the period anchors by one
# scan (periods.word_starts), or by this one (NUMBER_WORD_STARTS)
_WORDS_RUN_AT = dict(zip(_WORDS_RUN_SCAN.words, _WORDS_RUN_SCAN.patterns))
NUMBER_WORD_STARTS = fastre.SpacedWords(_WORDS_RUN_SCAN.words)
_LEADING_DIGITS_RE = fastre.compile(r"\d+")


class NumberToken(Record):
    """A number as written, with its value and shape."""

    __slots__ = ("end", "first_text", "second", "shape", "start", "text", "value")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        shape: str,  # number | percent | words | fraction | range | date | code | time
        value: float | None,
        second: float | None = None,  # denominator of a fraction, upper bound of a range
        first_text: str = "",  # the digits of the first number as written (fractions, ranges)
    ):
        self.start = start
        self.end = end
        self.text = text
        self.shape = shape
        self.value = value
        self.second = second
        self.first_text = first_text


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


_SCALE_AFTER_RE = fastre.compile(rf"\s+(?:{_SCALE})\b")  # (the scale word a count can end with)


def _digit_token(text: str, i: int, j: int) -> NumberToken | None:
    """The token _DIGIT_TOKEN_RE matches at `i` (a digit that starts a number), or None;
    text[i:j] is the run of digits there.

    Most numbers are plain ("12 lớp", "năm 2020, ...", "95%"): what follows their digits
    already rules out every other shape, and they are read without the regex, whose six
    alternatives each read the digits again (the regex decides every other case):
    - white space, unless a dash, "/" or "%" follows it (a range, a code, "95 %") or a scale
      word does ("147 nghìn");
    - "," or "." not before a digit (no decimal part, thousands group, or date goes on);
    - the end of the text, or another character that is no word character and none of
      "/-–:h" (which a date, code, range, fraction or time can go on with);
    - "%": a percentage;
    - a word character other than "h": no token (a number does not end inside a word).
    """
    n = len(text)
    end = j
    shape = "number"
    if j < n:
        c = text[j]
        if c.isspace():  # (\s is str.isspace for str patterns)
            if j + 1 < n:
                d = text[j + 1]
                if d in "-–/%":
                    return _regex_digit_token(text, i)
                if (d in "nt" or d.isspace()) and _SCALE_AFTER_RE.match(text, j):
                    return _regex_digit_token(text, i)
        elif c == "," or c == ".":
            if j + 1 < n and text[j + 1].isdecimal():  # (\d is str.isdecimal)
                return _regex_digit_token(text, i)
        elif c == "%":
            shape, end = "percent", j + 1
        elif c in "/-–:h":
            return _regex_digit_token(text, i)
        elif c.isalnum() or c == "_":  # (\w)
            return None
    digits = text[i:j]
    return NumberToken(i, end, text[i:end], shape, float(digits), None, digits)


def _regex_digit_token(text: str, i: int) -> NumberToken | None:
    """The token of _DIGIT_TOKEN_RE's match at `i`, if it matches."""
    m = _DIGIT_TOKEN_RE.match(text, i)
    if m is None:
        return None
    kind = m.lastgroup
    s, e = m.span()
    if kind == "num":
        n, pct, scale, scale2 = m.group("n", "pct", "scale", "scale2")
        v = parse_digits(n)
        if scale:
            v *= SCALE_WORDS[scale.lower()]
            if scale2:  # "218 nghìn tỷ đồng": thousands of billions
                v *= SCALE_WORDS[scale2.lower()]
        return NumberToken(s, e, m.group(), "percent" if pct else "number", v, None, n)
    if kind == "range":
        a, b = parse_digits(m.group("r1")), parse_digits(m.group("r2"))
        return NumberToken(s, e, m.group(0), "range", a, b, first_text=m.group("r1"))
    if kind == "frac":
        a, b = parse_digits(m.group("f1")), parse_digits(m.group("f2"))
        return NumberToken(s, e, m.group(0), "fraction", a, b, first_text=m.group("f1"))
    if kind == "dmy":
        return NumberToken(s, e, m.group(0), "date", None)
    if kind == "code":
        digits = _LEADING_DIGITS_RE.match(m.group(0))
        return NumberToken(s, e, m.group(0), "code", float(digits.group(0)) if digits else None)
    # kind == "time"
    digits = _LEADING_DIGITS_RE.match(m.group(0))
    return NumberToken(s, e, m.group(0), "time", float(digits.group(0)) if digits else None)


def _words_token(text: str, m: re.Match[str]) -> NumberToken | None:
    """The number a run of number words reads: the longest prefix of it that parses (a run can
    hold a number plus a stray word: "năm hai ...")."""
    s = m.start()
    words = m.group(0).lower().split()
    if words[-1] in ("tỷ", "tỉ") and text[m.end() : m.end() + 3].lower() == " lệ":
        # "tỷ lệ" (a rate) is a noun, not "a billion": "..., tỷ lệ đảng viên tham gia đạt 97%"
        words.pop()
        if not words:
            return None
    for k in range(len(words), 0, -1):
        v = parse_number_words(words[:k])
        if v is not None:
            end = _prefix_end(text, s, k)  # (the original may contain several spaces)
            return NumberToken(s, end, text[s:end], "words", v)
    return None


_token_start = operator.attrgetter("start")
# "năm" after these words is the year ("cả năm", "trong năm", "mỗi năm", "hằng năm"), not five
_YEAR_NAM_BEFORE = ("cả ", "trong ", "mỗi ", "hằng ", "hàng ", "suốt ", "cuối ", "đầu ", "giữa ")
# ... unless more number words follow ("trong năm mươi ngày")
_NUMBER_WORD_PAIRS = ("mươi", "trăm", "nghìn", "ngàn", "triệu")


# words no number starts with (parse_number_words returns None at any of them first, whatever
# follows): a run of number words that starts with one gives no token ("tư" of "đầu tư xây
# dựng", "linh" of "linh hoạt"), and is not read
_NO_NUMBER_FIRST = frozenset(("tư", "mốt", "lăm", "nhăm", "mươi", "lẻ", "linh"))


def digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of digits of `text` that starts a word, in order (made once per
    document for `tokenize` and `find_periods`)."""
    return [m.span() for m in _DIGIT_RUN_RE.finditer(text)]


def tokenize(
    text: str,
    low: str | None = None,
    runs: list[tuple[int, int]] | None = None,
    words: list[tuple[int, str]] | None = None,
) -> list[NumberToken]:
    """Every numeric expression of `text`, in order, with its value where it has one.

    TOKEN_RE's alternatives are tried only where they can match: the digit ones at the runs
    of digits that start a number (runs: digit_runs(text), if the caller has it already), the
    number words where a run of them starts a word (in the lower-cased text; words: where
    words followed by white space stand in it, periods.word_starts(low), if the caller has it).
    """
    if low is None or len(low) != len(text):
        low = text.lower()
        if len(low) != len(text):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if runs is None:
        runs = digit_runs(text)
    out: list[NumberToken] = []
    pos = 0
    glued = _GLUED_BEFORE
    for i, j in runs:
        if i < pos or (i and text[i - 1] in glued):
            continue
        tok = _digit_token(text, i, j)
        if tok is not None:
            out.append(tok)
            pos = tok.end
    if words is None:
        words = NUMBER_WORD_STARTS.find(low)
    numbers: list[NumberToken] = []
    starts: list[int] | None = None
    # (the runs _WORDS_RUN_SCAN.finditer(low) finds: a run starts where one of its words stands
    # followed by white space, and the next is looked for after its end)
    run_at = _WORDS_RUN_AT
    pos = 0
    for i, w in words:
        if i < pos:
            continue
        p = run_at.get(w)
        if p is None:
            continue
        r = p.match(low, i)
        if r is None:
            continue
        pos = r.end()
        if w in _NO_NUMBER_FIRST:
            continue  # "đầu tư xây dựng": no number starts with "tư" (parse_number_words)
        if out:
            if starts is None:
                starts = [t.start for t in out]
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i < out[k].end:
                continue  # the scale word of "147 nghìn"
        if (
            low.startswith("năm ", i)
            and low.endswith(_YEAR_NAM_BEFORE, max(0, i - 6), i)
            and not low.startswith(_NUMBER_WORD_PAIRS, i + 4)
        ):
            continue  # "cả năm trang vẫn đăng ...", "trong năm quận tổ chức": the year, not five
        m = _WORDS_TOKEN_RE.match(text, i)
        if m:
            tok = _words_token(text, m)
            if tok is not None:
                numbers.append(tok)
    if numbers:
        out = sorted(out + numbers, key=_token_start)
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
