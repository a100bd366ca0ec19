"""Period expressions and document dates (docs/LABELING.md "Period").

`find_periods` scans a document once with one compiled regex and returns every period
expression and every date it mentions, with offsets; `PeriodMention.resolve` turns one into
(start, end) given the year in force and the document date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from orchestration.extraction import fastre
from orchestration.extraction.numbers import NUMBER_WORD_STARTS, digit_runs, parse_number_words
from orchestration.extraction.records import Record

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_Y = r"(?:19|20)\d{2}"
_D = r"\d{1,2}"

# what a span "từ khi ... vận hành" names after the verb to be the 2025 reform
_REFORM_TAIL = r"\s+(?:(?:mô\s+hình\s+)?chính\s+quyền\s+(?:địa\s+phương\s+)?hai\s+cấp|bộ\s+máy\s+mới)"

_PERIOD_ALTERNATIVES = [
    # full dates first, so that their parts are never read as months or years
    rf"(?P<fulldate_words>ngày\s+(?P<fw_d>{_D})\s+tháng\s+(?P<fw_m>{_D})\s+năm\s+(?P<fw_y>{_Y}))",
    (
        rf"(?P<since>(?:tính\s+)?từ\s+(?:ngày\s+)?(?P<si_d>{_D})[/-](?P<si_m>{_D})"
        rf"(?:[/-](?P<si_y>{_Y}))?\s*(?:đến|tới)\s+nay)"
    ),
    (
        rf"(?P<between>từ\s+(?:ngày\s+)?(?P<bw_d1>{_D})[/-](?P<bw_m1>{_D})(?:[/-](?P<bw_y1>{_Y}))?"
        # Session 14 (holdout45's language): "Từ ngày 25/1 (mùng 1 Tết) đến hết quý", "từ 15/10 đến
        # hết năm": from that day to the end of its quarter or year (a bracket may name the day)
        rf"(?:\s*\([^()\n]{{1,40}}\)(?=\s*(?:đến|tới)\s+hết\s))?"
        rf"\s*(?:đến|tới|-)\s*(?:(?:ngày\s+)?(?P<bw_d2>{_D})[/-](?P<bw_m2>{_D})(?:[/-](?P<bw_y2>{_Y}))?"
        rf"|hết\s+(?P<bw_u>quý|năm)(?![^\S\n]+(?:i|v|\d|nay|học|sau|tài\s+chính))"
        # Session 14 (holdout49's language): "từ ngày 1/7/2025 đến hết tháng 9/2025": from that
        # day to the last day of the month named
        rf"|hết\s+tháng\s+(?P<bw_mm>{_D})(?:\s*(?:năm\s+|/\s*)(?P<bw_ym>{_Y}))?(?![\d/])))"
    ),
    (
        rf"(?P<daysrange>từ\s+(?:ngày\s+)?(?P<dr_a>{_D})\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?(?P<dr_b>{_D})"
        rf"[/-](?P<dr_m>{_D})(?:[/-](?P<dr_y>{_Y}))?(?![/\d]))"
    ),
    (
        rf"(?P<monthrange>từ\s+tháng\s+(?P<mr_a>{_D})(?:\s*/\s*(?P<mr_ya>{_Y}))?\s*(?:đến|tới|-|–)\s*"
        rf"(?:hết\s+)?tháng\s+(?P<mr_b>{_D})(?:\s*(?:năm\s+|/\s*)(?P<mr_yb>{_Y}))?)"
    ),
    # "từ đầu tháng 7, họ đã gửi 5 báo cáo", "Từ tháng 7/2025 đến nay": from the month's first
    # day to the report's date (not "từ tháng 3 đến tháng 5", a range, nor "... đến ngày 15/5")
    (
        rf"(?P<sincemonth>(?:tính\s+)?từ\s+(?:đầu\s+)?tháng\s+(?P<sm_m>{_D})(?:\s*(?:năm\s+|/\s*)(?P<sm_y>{_Y}))?"
        rf"(?![\d/])(?!\s*(?:đến|tới|-|–)\s*(?:hết\s+|cuối\s+|ngày\s+)?(?:tháng|ngày|\d))"
        rf"(?:\s*(?:đến|tới)\s+nay)?)"
    ),
    (
        rf"(?P<asofmonth>(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(?P<am_m>{_D})"
        rf"(?:\s*(?:năm\s+|/\s*)(?P<am_y>{_Y}))?(?![\d/]))"
    ),
    rf"(?P<asofyear>(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+năm\s+(?P<ay_y>{_Y}))",
    (
        rf"(?P<asof>(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:\d{{1,2}}h(?:\d{{2}})?\s+)?(?:ngày\s+)?"
        rf"(?P<ao_d>{_D})[/-](?P<ao_m>{_D})(?:[/-](?P<ao_y>{_Y}))?(?![/\d]))"
    ),
    rf"(?P<fulldate>(?<![\d/.-])(?P<fd_d>{_D})[/.-](?P<fd_m>{_D})[/.-](?P<fd_y>{_Y})(?!\d))",
    # "02 tháng 10, 2020" (a social page's post stamp): a date, no month of work
    rf"(?P<fulldate_comma>(?<![\d/.-])(?P<fc_d>{_D})\s+tháng\s+(?P<fc_m>{_D}),\s*(?P<fc_y>{_Y})(?!\d))",
    # Session 14 (holdout51's language): "Từ khi phường đi vào hoạt động", "từ khi xã mới chính
    # thức vận hành", "từ khi vận hành chính quyền địa phương hai cấp", "từ khi đi vào hoạt động
    # bộ máy mới": since the new ward or commune began work, 1 July 2025, to the report's date
    # (read so only in a report dated after the reform: Extractor.extract). A ward, commune or
    # special zone, the two-level government or the new apparatus must be named, before the verb,
    # after it or as the subject after the comma ("Từ khi đi vào hoạt động, Đảng ủy phường ..."):
    # "Từ khi đi vào hoạt động, fanpage ...", "Từ khi vận hành hệ thống loa" are no reform
    (
        r"(?P<sincereform>từ\s+khi\s+(?:(?:phường|xã|đặc\s+khu)(?:\s+mới)?\s+"
        r"(?:chính\s+thức\s+)?(?:đi\s+vào\s+hoạt\s+động|vận\s+hành)(?:" + _REFORM_TAIL + r")?"
        r"|(?:chính\s+thức\s+)?(?:đi\s+vào\s+hoạt\s+động|vận\s+hành)"
        r"(?:" + _REFORM_TAIL + r"|(?=\s*,\s*(?:[^\s,.;]+\s+){0,3}?(?:phường|xã|đặc\s+khu)(?!\w)))))"
    ),
    # "từ năm 2016 đến nay": from the first day of that year to the report's date
    rf"(?P<sinceyear>(?:tính\s+)?từ\s+năm\s+(?P<sy_y>{_Y})\s*(?:đến|tới)\s+nay)",
    rf"(?P<ytd>(?:tính\s+)?từ\s+đầu\s+năm(?:\s+(?P<ytd_y>{_Y}))?(?:\s+(?:đến|tới)\s+nay)?)",
    rf"(?P<first_months>(?P<fm_n>\d{{1,2}}|mười\s+một|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+tháng(?:\s+đầu)?(?:\s+năm|(?=\s+{_Y}(?![\d/])))(?:\s+(?P<fm_y>{_Y}))?)",
    rf"(?P<h2>(?:(?:6|sáu)\s+tháng|nửa)\s+cuối\s+năm(?:\s+(?P<h2_y>{_Y}))?)",
    rf"(?P<h1>nửa\s+đầu\s+năm(?:\s+(?P<h1_y>{_Y}))?)",
    rf"(?P<quarter>quý\s+(?P<q>iv|iii|ii|i|[1-4])(?![\w])(?:\s*(?:năm\s+|[/-]\s*)(?P<q_y>{_Y}))?)",
    rf"(?P<term>(?:nhiệm\s+kỳ|giai\s+đoạn)\s+(?P<t_a>{_Y})\s*[-–]\s*(?P<t_b>{_Y}))",
    rf"(?P<daymonth_words>ngày\s+(?P<dw_d>{_D})\s+tháng\s+(?P<dw_m>{_D})(?!\d|\s+năm))",
    # "ngày 9/1", "hôm 21-6", and a time of day before the date: "Sáng 27/12", "chiều 3/2"
    rf"(?P<daymonth>(?:ngày|hôm|sáng|chiều|tối|trưa)\s+(?P<dm_d>{_D})[/-](?P<dm_m>{_D})(?![/\d]))",
    rf"(?P<month>tháng\s+(?P<mo_m>{_D})(?:\s*(?:năm\s+|/\s*)(?P<mo_y>{_Y}))?(?![\d/]))",
    r"(?P<recent>(?:trong\s+)?(?P<rc_n>\d{1,3})\s+(?P<rc_u>ngày|tuần)\s+(?:qua|vừa\s+qua|gần\s+đây))",
    rf"(?P<schoolyear>năm\s+học\s+{_Y}\s*[-–]\s*{_Y})",
    rf"(?P<year>năm\s+(?P<y_y>{_Y})(?!\d))",
]
PERIOD_PATTERN = "|".join(_PERIOD_ALTERNATIVES)

# A dateline: the document's own date at the top ("Ngày 3/7/2019, ...",
# "Thứ Hai, ngày 22 tháng 7 năm 2024", "(Nguồn) - Ngày 3/7/2019", "03/07/2019 10:15"; a place
# before it may end in a number: "Quận 4, ngày 10/01/2017"; a web page's "updated on" or
# "posted on" line: "Cập nhật ngày 06-10-2023", "Cập nhật 03/12/2025 08:15", "Đăng lúc 9:30,
# 14/3/2024"; a broadcast's time of airing: "Chương trình thời sự, phát lúc 17 giờ 30, thứ Năm
# ngày 12/1/2017"; a social page's post stamp: "02 tháng 10, 2020 lúc 20:15"; an update stamp
# with its time first and a bar: "Cập nhật: 14:05 | 18/01/2017").
DATELINE_RE = fastre.compile(
    rf"^\s*(?:\([^)\n]{{1,60}}\)\s*[-–]\s*)?(?:[^\W\d][^,\d\n]{{0,40}}(?:\s\d{{1,2}})?,\s*)?"
    rf"(?:(?:phát(?:\s+sóng)?\s+)?lúc\s+\d{{1,2}}\s*(?:giờ|h|:)\s*(?:\d{{2}})?(?:\s*phút)?\s*,?\s*)?"
    rf"(?:(?:cập\s+nhật|đăng(?:\s+tải)?|ngày\s+đăng|xuất\s+bản)(?:\s+lúc)?\s*:?\s*"
    rf"(?:\d{{1,2}}[:h]\d{{2}}\s*[,|]?\s*)?)?"
    rf"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?"
    rf"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?"
    rf"(?:(?P<d1>{_D})\s+tháng\s+(?P<m1>{_D})\s+năm\s+(?P<y1>{_Y})|(?P<d2>{_D})[/.-](?P<m2>{_D})[/.-](?P<y2>{_Y})"
    # a social page's time stamp: "02 tháng 10, 2020 lúc 20:15"
    rf"|(?P<d3>{_D})\s+tháng\s+(?P<m3>{_D}),\s*(?P<y3>{_Y})(?!\d))",
    re.IGNORECASE | re.MULTILINE,
)

# An administrative dateline on a line of its own under a letterhead ("QUẬN ỦY BÌNH TÂN" /
# "BAN TUYÊN GIÁO" / "Số 214-BC/BTGQU" / "Bình Tân, ngày 05 tháng 10 năm 2023", or a bulletin's
# "Số 03 – Tháng 3/2025" / "Hà Nội, ngày 02/4/2025"): a place, "ngày" and a full date and
# nothing after it, so it may sit below the first three lines.
PLACE_DATELINE_RE = fastre.compile(
    rf"^\s*[^\W\d][^,\d\n]{{0,40}}(?:\s\d{{1,2}})?,\s*ngày\s+"
    rf"(?:(?P<d1>{_D})\s+tháng\s+(?P<m1>{_D})\s+năm\s+(?P<y1>{_Y})|(?P<d2>{_D})[/.-](?P<m2>{_D})[/.-](?P<y2>{_Y}))"
    rf"\s*\.?\s*$",
    re.IGNORECASE,
)


# the parting of a line's columns: a TAB or a run of two spaces or more
_LAST_COLUMN_RE = fastre.compile(r"\t|  +")


# Session 14 (holdout57's language): a web page's time stamp on a line of its own, below its
# banner, menu and hotline lines: "Thứ Ba, 09/7/2019 | 15:40" (a date, a bar and a time of day,
# nothing else on the line)
WEB_STAMP_RE = fastre.compile(
    rf"^\s*(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,\s*)?(?P<d2>{_D})/(?P<m2>{_D})/(?P<y2>{_Y})\s*\|\s*"
    rf"\d{{1,2}}:\d{{2}}\s*$",
    re.IGNORECASE,
)


class PeriodMention(Record):
    """A period expression or a date as written, with its parts."""

    __slots__ = ("a", "b", "c", "d", "end", "kind", "start", "text", "year", "year2")

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,  # year|first_months|h2|quarter|month|ytd|since|between|term|asof|date|daymonth|schoolyear
        text: str,
        year: int | None = None,
        a: int | None = None,  # month count, quarter, month, day ...
        b: int | None = None,
        year2: int | None = None,
        c: int | None = None,
        d: int | None = None,
    ):
        self.start = start
        self.end = end
        self.kind = kind
        self.text = text
        self.year = year
        self.a = a
        self.b = b
        self.year2 = year2
        self.c = c
        self.d = d

    @property
    def is_date(self) -> bool:
        """A point in time mentioned in passing, not a reporting period."""
        return self.kind in ("date", "daymonth", "schoolyear")

    @property
    def needs_year(self) -> bool:
        return self.year is None and self.kind not in ("term", "schoolyear", "recent")

    def resolve(self, year: int | None, doc_date: date | None) -> tuple[date, date, str, str] | None:
        """(start, end, period_type, label) or None when the year cannot be known."""
        y = self.year if self.year is not None else year
        try:
            if self.kind == "year" and y:
                return date(y, 1, 1), date(y, 12, 31), "year", f"năm {y}"
            if self.kind == "first_months" and y and self.a:
                n = self.a
                end = date(y, n, _month_days(y, n))
                ptype = {6: "half", 9: "nine_months", 3: "quarter", 12: "year"}.get(n, "months")
                return date(y, 1, 1), end, ptype, f"{n} tháng đầu năm {y}"
            if self.kind == "h2" and y:
                return date(y, 7, 1), date(y, 12, 31), "half", f"6 tháng cuối năm {y}"
            if self.kind == "quarter" and y and self.a:
                first = 3 * (self.a - 1) + 1
                last = first + 2
                roman = ["I", "II", "III", "IV"][self.a - 1]
                return (
                    date(y, first, 1),
                    date(y, last, _month_days(y, last)),
                    "quarter",
                    f"quý {roman} năm {y}",
                )
            if self.kind == "month" and y and self.a:
                m = self.a
                return date(y, m, 1), date(y, m, _month_days(y, m)), "month", f"tháng {m}/{y}"
            if self.kind == "ytd" and y:
                end = doc_date if doc_date and doc_date.year == y else date(y, 12, 31)
                return date(y, 1, 1), end, "year_to_date", f"từ đầu năm {y} đến {end.isoformat()}"
            if (
                self.kind == "since"
                and self.year is None
                and doc_date is not None
                and self.a
                and self.b
                and self.text[-3:].lower() == "nay"
            ):
                # Session 14 (holdout51's language): "Năm 2024, huyện ... . Từ tháng 7 đến nay, xã
                # ...": a span written to run to the report's date ("đến nay") starts in the twelve
                # months before it, whatever year an earlier sentence named ("Từ tháng 3, ..."
                # without "đến nay" keeps the year of the text around it)
                d = doc_date
                y = d.year if (self.b, self.a) <= (d.month, d.day) else d.year - 1
            if self.kind == "since" and y and self.a and self.b:
                start = date(y, self.b, self.a)
                end = doc_date if doc_date and doc_date >= start else date(y, 12, 31)
                return start, end, "to_date", f"từ {start.isoformat()} đến {end.isoformat()}"
            if self.kind == "between" and y and self.a and self.b and self.d:
                # (no last day written, "đến hết tháng 2", "đến hết năm": the last day of that
                # month, known once its year is)
                y2 = self.year2 or y
                start, end = date(y, self.b, self.a), date(y2, self.d, self.c or _month_days(y2, self.d))
                return start, end, "range", f"từ {start.isoformat()} đến {end.isoformat()}"
            if self.kind == "monthrange" and y and self.a and self.b:
                y2 = self.year2 or y
                end = date(y2, self.b, _month_days(y2, self.b))
                return date(y, self.a, 1), end, "months", f"tháng {self.a}-{self.b}/{y2}"
            if self.kind == "asofmonth" and y and self.a:
                d = date(y, self.a, _month_days(y, self.a))
                return d, d, "instant", f"tại {d.isoformat()}"
            if self.kind == "asofyear" and y:
                d = date(y, 12, 31)
                return d, d, "instant", f"tại {d.isoformat()}"
            if self.kind == "term" and self.year and self.year2:
                return (
                    date(self.year, 1, 1),
                    date(self.year2, 12, 31),
                    "term",
                    f"nhiệm kỳ {self.year}-{self.year2}",
                )
            if self.kind == "recent" and doc_date is not None and self.a:
                # "7 ngày qua": the last seven days, the document's day included
                start = doc_date - timedelta(days=self.a - 1)
                return start, doc_date, "recent", f"{self.a} ngày đến {doc_date.isoformat()}"
            if self.kind in ("asof", "date", "daymonth") and y and self.a and self.b:
                d = date(y, self.b, self.a)
                return d, d, "instant", f"tại {d.isoformat()}"
        except ValueError:
            return None
        return None

    def point(self, year: int | None) -> date | None:
        """The calendar date of a date-like mention (for document-date inference)."""
        if self.kind not in ("date", "daymonth", "asof", "since"):
            return None
        y = self.year if self.year is not None else year
        if not y or not self.a or not self.b:
            return None
        try:
            return date(y, self.b, self.a)
        except ValueError:
            return None


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    """calendar.monthrange(year, month)[1], the days of a month of the Gregorian calendar
    (ValueError for no month), without importing calendar (and locale) at start-up."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return _MONTH_DAYS[month] + (month == 2 and leap)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


# Every period expression starts at one of these words or at a digit. Trying the big pattern
# only there (instead of at every character) keeps the scan fast.
_DIGIT_AHEAD = r"(?=\s+(?:hết\s+|ngày\s+|học\s+)?\d)"
_ANCHORS = (
    [
        (w, _DIGIT_AHEAD)
        for w in (
            "ngày",
            "năm",
            "tháng",
            "hôm",
            "nhiệm kỳ",
            "giai đoạn",
            "đến",
            "tới",
            "từ",
            "sáng",
            "chiều",
            "tối",
            "trưa",
        )
    ]
    + [
        ("tính", r"(?=\s+(?:từ|đến|tới))"),
        ("từ", r"(?=\s+(?:đầu|tháng))"),
        ("từ", r"(?=\s+năm\s+\d{4}\s*(?:đến|tới)\s+nay)"),
        ("từ", r"(?=\s+khi\s)"),
        ("đến", r"(?=\s+(?:hết|cuối)\s+(?:tháng|năm))"),
        ("tới", r"(?=\s+(?:hết|cuối)\s+(?:tháng|năm))"),
        ("đến", r"(?=\s+tháng)"),
        ("tới", r"(?=\s+tháng)"),
        ("quý", r"(?=\s+[ivx1-4])"),
    ]
    + [(w, r"(?=\s+tháng)") for w in ("sáu", "chín", "ba", "hai", "bốn", "bảy", "tám", "mười")]
    + [("năm", r"(?=\s+tháng\s+(?:đầu\s+)?(?:năm|\d{4}(?![\d/])))")]
    + [("nửa", r"(?=\s+(?:đầu|cuối)\s+năm)")]
    + [(d, r"\d{0,2}(?=[/.-]\d|\s+(?:tháng|ngày|tuần))") for d in "0123456789"]
)
# the anchors that are words, each at a word start, one substring search per word
# (fastre.word_alternation); the digit anchors are read at the runs of digits that start a word
# (numbers.digit_runs), which the tokenizer finds anyway
_ANCHOR_SCAN = fastre.word_alternation([(w, after) for w, after in _ANCHORS if not w.isdigit()])
_DIGIT_ANCHOR_RE = fastre.compile("[0-9]" + next(after for w, after in _ANCHORS if w.isdigit()))
# each anchor word's pattern (by its first word), tried where that word stands followed by white
# space (every anchor is followed by white space)
_ANCHOR_AT = {w.split()[0]: p for w, p in zip(_ANCHOR_SCAN.words, _ANCHOR_SCAN.patterns)}
if len(_ANCHOR_AT) != len(_ANCHOR_SCAN.words):
    raise ValueError("two anchors share a first word")
# the anchors' first words and the number words (numbers.tokenize), found by one scan
_WORD_STARTS = fastre.SpacedWords(set(_ANCHOR_AT) | set(NUMBER_WORD_STARTS.words))


def word_starts(low: str) -> list[tuple[int, str]]:
    """(start, word) of each period anchor's first word and each number word of the lower-cased
    text followed by white space, in order (for `find_periods` and numbers.tokenize: made once
    per document for both)."""
    return _WORD_STARTS.find(low)


class _PeriodMatchAt(dict):
    """PERIOD_PATTERN (applied to lower-cased text) for a match that starts with a given
    character: its alternatives that can start with it, in their order (the others fail at
    their first character, but `re` would still enter each, its named group first). Made when
    first asked for; the match and its named groups are those of PERIOD_PATTERN."""

    def __missing__(self, ch: str) -> re.Pattern[str]:
        alternatives = [
            a for a, first in zip(_PERIOD_ALTERNATIVES, _PERIOD_FIRSTS) if fastre.can_start(first, ch)
        ]
        pattern = fastre.compile("|".join(alternatives)) if alternatives else _NO_MATCH_RE
        self[ch] = pattern
        return pattern


_PERIOD_FIRSTS = [fastre.first_chars(a) for a in _PERIOD_ALTERNATIVES]
_NO_MATCH_RE = fastre.compile(r"(?!)")
_PERIOD_MATCH_AT = _PeriodMatchAt()


def lower_same_length(text: str) -> str:
    """Lower-case text with the same offsets (a character whose lower case is longer stays)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _anchor_starts(low: str, runs: list[tuple[int, int]], words: list[tuple[int, str]]) -> list[int]:
    """The starts of the anchors (_ANCHORS, each at a word start) of the lower-cased text, in
    order; runs: numbers.digit_runs(low); words: word_starts(low). (No anchor can overlap
    another: each is one word or a few digits, and a word starts none but the first.)"""
    # (the starts _ANCHOR_SCAN.finditer(low) finds: each anchor word is followed by white space)
    starts = []
    anchor_at = _ANCHOR_AT
    pos = 0
    for i, w in words:
        p = anchor_at.get(w)
        if p is not None and i >= pos:
            a = p.match(low, i)
            if a is not None:
                starts.append(i)
                pos = a.end()
    match = _DIGIT_ANCHOR_RE.match
    digits = [i for i, _ in runs if match(low, i)]
    if digits:
        starts = sorted(starts + digits) if starts else digits
    return starts


def _iter_period_matches(
    text: str,
    low: str | None = None,
    runs: list[tuple[int, int]] | None = None,
    words: list[tuple[int, str]] | None = None,
):
    low = low if low is not None else lower_same_length(text)
    pos = 0
    for i in _anchor_starts(
        low, digit_runs(low) if runs is None else runs, _WORD_STARTS.find(low) if words is None else words
    ):
        if i < pos or (i > 0 and (low[i - 1].isalnum() or low[i - 1] == "_")):
            continue
        m = _PERIOD_MATCH_AT[low[i]].match(low, i)
        if m:
            pos = m.end()
            yield m


def find_periods(
    text: str,
    low: str | None = None,
    runs: list[tuple[int, int]] | None = None,
    words: list[tuple[int, str]] | None = None,
) -> list[PeriodMention]:
    """Every period expression and date of `text`, in order (low: its lower case with the same
    offsets; runs: numbers.digit_runs(text); words: word_starts(low); each made here if not
    given)."""
    out: list[PeriodMention] = []
    for m in _iter_period_matches(text, low, runs, words):
        k = m.lastgroup
        g = m.group
        s, e = m.span()
        t = text[s:e]
        if k == "fulldate_words":
            out.append(PeriodMention(s, e, "date", t, _int(g("fw_y")), _int(g("fw_d")), _int(g("fw_m"))))
        elif k == "fulldate_comma":
            out.append(PeriodMention(s, e, "date", t, _int(g("fc_y")), _int(g("fc_d")), _int(g("fc_m"))))
        elif k == "fulldate":
            out.append(PeriodMention(s, e, "date", t, _int(g("fd_y")), _int(g("fd_d")), _int(g("fd_m"))))
        elif k == "since":
            out.append(PeriodMention(s, e, "since", t, _int(g("si_y")), _int(g("si_d")), _int(g("si_m"))))
        elif k == "between" and g("bw_u"):
            m1 = _int(g("bw_m1")) or 0
            last = 12 if g("bw_u") == "năm" or m1 > 12 else 3 * ((m1 - 1) // 3) + 3
            y1 = _int(g("bw_y1"))
            # (no last day (c): "đến hết ..." writes no date, so none is read as the text's latest
            # date (Extractor._inferred_date); PeriodMention.resolve takes the month's last day)
            out.append(PeriodMention(s, e, "between", t, y1, _int(g("bw_d1")), m1, y1, None, last))
        elif k == "between" and g("bw_mm"):
            m2 = _int(g("bw_mm")) or 0
            y1 = _int(g("bw_y1"))
            out.append(
                PeriodMention(
                    s, e, "between", t, y1, _int(g("bw_d1")), _int(g("bw_m1")), _int(g("bw_ym")), None, m2
                )
            )
        elif k == "between":
            out.append(
                PeriodMention(
                    s,
                    e,
                    "between",
                    t,
                    _int(g("bw_y1")),
                    _int(g("bw_d1")),
                    _int(g("bw_m1")),
                    _int(g("bw_y2")),
                    _int(g("bw_d2")),
                    _int(g("bw_m2")),
                )
            )
        elif k == "asof":
            out.append(PeriodMention(s, e, "asof", t, _int(g("ao_y")), _int(g("ao_d")), _int(g("ao_m"))))
        elif k == "daysrange":
            out.append(
                PeriodMention(
                    s,
                    e,
                    "between",
                    t,
                    _int(g("dr_y")),
                    _int(g("dr_a")),
                    _int(g("dr_m")),
                    _int(g("dr_y")),
                    _int(g("dr_b")),
                    _int(g("dr_m")),
                )
            )
        elif k == "monthrange":
            ma, mb = _int(g("mr_a")), _int(g("mr_b"))
            if ma and mb and 1 <= ma <= 12 and 1 <= mb <= 12:
                yb = _int(g("mr_yb"))
                out.append(PeriodMention(s, e, "monthrange", t, _int(g("mr_ya")) or yb, ma, mb, yb))
        elif k == "sincemonth":
            mo = _int(g("sm_m"))
            if mo and 1 <= mo <= 12:
                out.append(PeriodMention(s, e, "since", t, _int(g("sm_y")), 1, mo))
        elif k == "asofmonth":
            mo = _int(g("am_m"))
            if mo and 1 <= mo <= 12:
                out.append(PeriodMention(s, e, "asofmonth", t, _int(g("am_y")), mo))
        elif k == "asofyear":
            out.append(PeriodMention(s, e, "asofyear", t, _int(g("ay_y"))))
        elif k == "sincereform":
            out.append(PeriodMention(s, e, "since", t, 2025, 1, 7))
        elif k == "sinceyear":
            out.append(PeriodMention(s, e, "since", t, _int(g("sy_y")), 1, 1))
        elif k == "ytd":
            out.append(PeriodMention(s, e, "ytd", t, _int(g("ytd_y"))))
        elif k == "first_months":
            # month counts in digits or words ("Bảy tháng đầu năm 2020", "Mười một tháng")
            n_raw = g("fm_n").lower()
            n = int(n_raw) if n_raw.isdigit() else int(parse_number_words(n_raw.split()) or 0)
            if 1 <= n <= 12:
                out.append(PeriodMention(s, e, "first_months", t, _int(g("fm_y")), n))
        elif k == "h1":
            out.append(PeriodMention(s, e, "first_months", t, _int(g("h1_y")), 6))
        elif k == "h2":
            out.append(PeriodMention(s, e, "h2", t, _int(g("h2_y"))))
        elif k == "quarter":
            out.append(PeriodMention(s, e, "quarter", t, _int(g("q_y")), _ROMAN[g("q").lower()]))
        elif k == "term":
            out.append(PeriodMention(s, e, "term", t, _int(g("t_a")), year2=_int(g("t_b"))))
        elif k == "daymonth_words":
            out.append(PeriodMention(s, e, "daymonth", t, None, _int(g("dw_d")), _int(g("dw_m"))))
        elif k == "daymonth":
            out.append(PeriodMention(s, e, "daymonth", t, None, _int(g("dm_d")), _int(g("dm_m"))))
        elif k == "month":
            mo = _int(g("mo_m"))
            if mo and 1 <= mo <= 12:
                out.append(PeriodMention(s, e, "month", t, _int(g("mo_y")), mo))
        elif k == "recent":
            unit = {"ngày": 1, "tuần": 7}[g("rc_u").lower()]
            out.append(PeriodMention(s, e, "recent", t, None, int(g("rc_n")) * unit))
        elif k == "schoolyear":
            out.append(PeriodMention(s, e, "schoolyear", t))
        elif k == "year":
            out.append(PeriodMention(s, e, "year", t, _int(g("y_y"))))
    return out


def dateline_date(text: str, head_chars: int = 400, letterhead_lines: int = 7) -> date | None:
    """The document's own date when its first lines carry one: the first three lines in any
    dateline form (DATELINE_RE); below them, a line opening "Ngày ..." under lines all in
    capitals (a bulletin's letterhead and headline), a standalone "<place>, ngày ..." line
    (PLACE_DATELINE_RE), or a web page's time stamp on a line of its own ("Thứ Ba, 09/7/2019 |
    15:40", WEB_STAMP_RE), anywhere in the letterhead's lines."""
    head = text[:head_chars]
    lines = [ln for ln in head.split("\n") if ln.strip()][:letterhead_lines]
    capitals = True  # (are all the lines before in capitals: a letterhead, a bulletin's number, a headline?)
    for i, ln in enumerate(lines):
        under_capitals = capitals
        if capitals and ln != ln.upper():
            capitals = False
        if i < 3:
            m = DATELINE_RE.match(ln)
        elif under_capitals and ln.startswith("Ngày "):
            # Session 12 (holdout30's language): the first line in lower case under lines in
            # capitals ("QUẬN ỦY HOÀNG MAI / BAN TUYÊN GIÁO / BẢN TIN ... / GIAO BAN ...") opening
            # "Ngày 04/10/2016, Ban Tuyên giáo ...": the bulletin item's opening date
            m = DATELINE_RE.match(ln)
        elif "ngày" in ln or "Ngày" in ln:
            m = PLACE_DATELINE_RE.match(ln)
            if m is None and ("  " in ln or "\t" in ln):
                # Session 15 (holdout63's language): an administrative header's two columns on
                # one line, parted by a run of spaces or a TAB ("Số 142-BC/BTGHU          Củ Chi,
                # ngày 28 tháng 6 năm 2019"): the dateline is its last column
                m = PLACE_DATELINE_RE.match(_LAST_COLUMN_RE.split(ln.rstrip())[-1])
        elif ":" in ln and "/" in ln:
            m = WEB_STAMP_RE.match(ln)
        else:
            continue
        if not m:
            continue
        g = m.groupdict()
        if g.get("d1"):
            d, mo, y = m.group("d1"), m.group("m1"), m.group("y1")
        elif g.get("d2"):
            d, mo, y = m.group("d2"), m.group("m2"), m.group("y2")
        else:
            d, mo, y = m.group("d3"), m.group("m3"), m.group("y3")
        try:
            return date(int(y), int(mo), int(d))
        except ValueError:
            continue
    return None


def parse_iso(value: object) -> date | None:
    """A sidecar's date: 'YYYY-MM-DD' (a longer timestamp is cut to its date)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
