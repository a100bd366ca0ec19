"""The extraction engine: one pass over a report, rules of docs/LABELING.md.

Order of work for a document: NFC; sentences; one regex pass each for numbers, periods and
unit mentions; the article's unit, period and date; then a walk over the sentences in order,
keeping the section's unit and period and the last named district/ward (for "Ban Tuyên giáo
quận" anaphora), deciding for each number whether it is a fact or a trap.
"""

from __future__ import annotations

import bisect
import operator
import re
from datetime import date, timedelta
from pathlib import Path

from orchestration.extraction import fastre
from orchestration.extraction.lexicon import Lexicon, Match, NormText, norm
from orchestration.extraction.models import (
    DocumentResult,
    Observation,
    UnclassifiedMention,
    observation_of,
    unclassified_of,
)
from orchestration.extraction.numbers import NumberToken, digit_runs, tokenize
from orchestration.extraction.periods import (
    PeriodMention,
    dateline_date,
    find_periods,
    lower_same_length,
    parse_iso,
    word_starts,
)
from orchestration.extraction.records import FrozenRecord, Record
from orchestration.extraction.text import Sentence, nfc, split_sentences
from orchestration.extraction.units import REFORM_DATE, OrgUnit, OrgUnitIndex, UnitMention
from orchestration.extraction.vocab import (
    ADDRESS_LANE_WORDS,
    ANNIVERSARY_WORDS,
    ATTENDEES_OF,
    BROADCAST_FILLERS,
    BROADCAST_ITEMS,
    BROADCAST_VERBS,
    CAPACITY_WORDS,
    CHANGE_WORDS,
    COMMENDED_PEOPLE_NOUNS,
    CONTEST_ENTRY_WORDS,
    DAY_EVENT_WORDS,
    DOCUMENT_WORDS,
    DURATION_WORDS,
    ECONOMY_SHARE_NOUNS,
    FOUNDING_WORDS,
    FUTURE_CLAUSE_WORDS,
    FUTURE_SENTENCE_WORDS,
    HOLDING_VERBS,
    HOSTILE_CONTENT_WORDS,
    ITEM_KIND_WORDS,
    MEDIUM_NOUNS,
    MEETING_NOUNS,
    MEETING_WITH_WORDS,
    MEMBER_NOUNS,
    MEMBER_ORGANISATION_WORDS,
    MERGE_VERBS,
    MONEY_ECONOMY_WORDS,
    MONEY_FUNDS_WORDS,
    MONEY_NOUNS,
    NAMED_BODY_WORDS,
    NAMED_MONTHS,
    NOT_COUNTED_NOUNS,
    NOT_COUNTED_PHRASES,
    NOT_MONEY_AFTER_DONG,
    NOT_NEWS_WRITINGS,
    ORDINAL_WORDS,
    OVERSEEING_VERBS,
    OVERSEEN_UNIT_NOUNS,
    OWN_KIND_GATHERINGS,
    PARTY_ORG_ROLE_BEFORE,
    PARTY_ORGANISATION_NOUNS,
    PEOPLE_NOUNS,
    PLAN_SHARE_NOUNS,
    POPULATION_NOUNS,
    POPULATION_WORDS,
    PRIZE_ITEM_NOUNS,
    PRIZE_RANK_WORDS,
    PRIZE_WINNER_NOUNS,
    PRIZE_WON_WORDS,
    PRIZE_WORDS,
    QUALIFIER_WORDS,
    RANK_AFTER_WORDS,
    RANK_BEFORE,
    RANK_DISTINCTION_WORDS,
    RATIO_WORDS,
    SHARE_WORDS,
    SPEAKS_FOR_UNIT_WORDS,
    SURVEY_SOURCE_WORDS,
    TIMES_ACTIVITY_VERBS,
    TOURIST_NOUNS,
    TREN_PREPOSITION_ADVERBS,
    TREN_PREPOSITION_AFTER,
    VOTE_SHARE_WORDS,
    VOTER_WORDS,
    WORKFORCE_VERBS,
    WORKING_WORDS,
    WORKPLACE_WORDS,
)

# (typing is only needed by type checkers; importing it costs start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

EXTRACTOR_VERSION = "1.0.51"

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_INDICATORS = ROOT / "dbt_project" / "seeds" / "indicators.csv"
DEFAULT_ORG_UNITS = ROOT / "dbt_project" / "seeds" / "org_units.csv"

# Clauses end at ";", ":" and a dash between white space (`[;:]|(?<=\s)[–-](?=\s)`, found by
# _clause_separator_ends). The noun after a number ends at the same marks, brackets, quotes, a
# line end or a dot not before a digit. The pattern starts with one character class (the
# guards come after it), so that `re` jumps between candidate characters:
# [;:!?()[]\n"“”]  or  a dot not before a digit  or  a dash between spaces
_NOUN_STOP_RE = fastre.compile(
    r"[;:!?()\[\]\n\"“”.–-](?:(?<=[;:!?()\[\]\n\"“”])|(?<=\.)(?!\d)|(?<=\s[–-])(?=\s))"
)
# between the two counts of a change written "từ N xuống (còn) M", "từ N lên (đến) M"
_TO_VALUE_RE = fastre.compile(r"\s+(?:xuống(?:\s+còn)?|còn|lên(?:\s+(?:đến|tới))?)\s+")
_INSTANT_WORDS = ("hiện nay", "hiện có", "hiện đang", "hiện tại", "đến nay", "tới nay")
# "hiện" alone ("Hiện phường có ...") but not inside thực hiện, xuất hiện, hiện đại ...
_BARE_HIEN_RE = fastre.compile(
    r"(?<![\w])(?<!thực )(?<!xuất )(?<!thể )(?<!phát )hiện"
    r"(?! đại| thực| tượng| diện| trường| hành| hữu)(?![\w])"
)
_FIGURE_RE = fastre.compile(r" (?:con số|số liệu|số) (?:này|đó|trên) (?:là|đạt) $")
# "Tổng số ... là 542.345", "- Số lớp: 58", "số hội nghị học tập, quán triệt đã lên 14": the
# noun before the number (without a comma; failing that, with commas and no number)
# (or "hiện nay": "số thành viên hiện nay khoảng 158.000 người")
_TOTAL_VERBS = (
    r"(?:\s+(?:hiện nay|hiện tại|đến nay|tới nay|nay)(?:\s+(?:là|đạt|có))?"
    r"|\s+(?:đã\s+)?(?:là|đạt|lên|lên tới|lên đến|tới)|\s*:)\s*$"
)
# (also after "có": "các sản phẩm tuyên truyền có lượt tiếp cận ước đạt 3,5 triệu")
# (Session 14, holdout48/49's language: "tổng lượt ..." names the same total, "...; tổng lượt
# tiếp cận ước đạt 185 triệu", "3 buổi, tổng lượt xem trên 27.000"; and a clause after an opening
# adverbial's comma, "Trong quý, các trang của phường có lượt tiếp cận ước đạt 1,2 triệu")
# (Session 14, holdout46/47's language: the pair "cán bộ, đảng viên" is one noun, its comma no
# clause's end: "...; lượt cán bộ, đảng viên tham dự đạt 5.120")
# (holdout62's language: the things before "có" may name an occasion by a number, "các sản phẩm
# về Lễ kỷ niệm 70 năm Ngày Giải phóng Thủ đô có lượt tiếp cận ước đạt 1,2 triệu")
_VIEWS_TOTAL_RE = fastre.compile(
    r"(?:\s*(?:[Tt]ổng\s+)?|[^,;:]{0,80}?\s[Cc]ó\s+)([Ll]ượt\s+(?:cán bộ,\s+)?[^,;:\d]{1,80}?)\s+(?:ước\s+(?:tính\s+)?|khoảng\s+)?"
    r"(?:đạt|là|lên tới|lên đến)\s*$"
)
# "thực hiện 1.850 phóng sự, với lượt tiếp cận ước đạt 12,6 triệu": "lượt ..." after a comma and
# "với" (or "có") in the middle of a clause, then the verb that gives the number (or after the
# comma alone: "đăng 418 tin, bài, lượt tiếp cận ước đạt 1,3 triệu")
_VIEWS_AFTER_WITH_RE = fastre.compile(
    r",\s*(?:(?:với|có|tổng)\s+|[^,;:\d]{0,80}?\s[Cc]ó\s+)?([Ll]ượt\s+[^,;:\d]{1,80}?)\s+(?:ước\s+(?:tính\s+)?|khoảng\s+)?"
    r"(?:đạt|là|lên tới|lên đến)\s*$"
)
# "Lượt xem các video ... (ước tính khoảng) 1,1 triệu": a clause of "lượt ..." alone before a
# qualifier
_VIEWS_BARE_RE = fastre.compile(r"\s*(?:[Tt]ổng\s+)?([Ll]ượt\s+[^,;:\d]{1,80}?)\s*$")
# "các fanpage đăng 612 tin, có lượt tiếp cận khoảng 410 nghìn": "lượt ..." after a comma and
# "có" (or "với") right before a qualifier
_VIEWS_WITH_BARE_RE = fastre.compile(r",\s*(?:với|có|tổng)\s+([Ll]ượt\s+[^,;:\d]{1,80}?)\s*$")
_TOTAL_RE = fastre.compile(r"(?:[Tt]ổng số|[Ss]ố lượng|[Ss]ố)\s+([^,;:]+?)" + _TOTAL_VERBS)
_TOTAL_COMMAS_RE = fastre.compile(r"(?:[Tt]ổng số|[Ss]ố lượng|[Ss]ố)\s+([^;:\d]+?)" + _TOTAL_VERBS)
# "số thành viên khoảng 46.000 người": with a measure word after the number ("người", "đồng
# chí"), the noun after "số" names what is counted with no verb between (read before the qualifier)
# "số thành viên của 486 nhóm Zalo thôn, xóm hiện nay khoảng 58.000 người": the noun before a
# "của" naming the counted owners (their number and commas between)
_TOTAL_OF_RE = fastre.compile(
    r"(?:[Tt]ổng số|(?<![\w])[Ss]ố)\s+([^,;:\d]{1,40}?)\s+của\s+(?:các\s+)?\d[\d.,]*\s+[^;:\d]{1,60}?" + _TOTAL_VERBS
)
_TOTAL_BARE_RE = fastre.compile(r"(?:[Tt]ổng số|[Ss]ố lượng|(?<![\w])[Ss]ố)\s+([^,;:\d]{1,60}?)\s*$")


_PERIOD_KINDS_FOR_FACTS = frozenset(
    {
        "year",
        "first_months",
        "h2",
        "quarter",
        "month",
        "ytd",
        "since",
        "between",
        "term",
        "asof",
        "recent",
        "monthrange",
        "asofmonth",
        "asofyear",
    }
)
_AS_OF_KINDS = frozenset({"asof", "asofmonth", "asofyear"})
# after the first year of a document's horizon ("đến năm 2030, tầm nhìn đến năm 2045")
_HORIZON_AFTER = (", tầm nhìn", ", định hướng đến", " và tầm nhìn")
# the spans of a year that a bracket after the year may spell out ("năm 2025 (từ tháng 2 đến
# tháng 4/2025)", "năm 2019 (quý III)")
_SPANS_WITHIN_A_YEAR = frozenset({"monthrange", "first_months", "h2", "quarter", "month"})
# words between a count and a later period that open another event, which the period dates
# ("... khi giá dầu tăng trong tháng 10", "sẽ học bù trong tháng 4", "yêu cầu học bù ...")
_OTHER_EVENT_WORDS = (" khi ", " sẽ ", " yêu cầu ", " dự kiến ")
# the spans a report is named for ("quý III năm 2025", "6 tháng đầu năm", "năm 2024")
_NAMED_SPAN_KINDS = frozenset({"quarter", "first_months", "h2", "year", "month"})
_PARTY_LOCAL_LEVELS = ("district", "ward")
# the anaphora naming a ward ("phường", "Đảng ủy xã"): after the reform never the district
_WARD_WORDS = ("phường", "xã")
_WARD_WORD_ENDS = frozenset("gãGÃ")  # (their last letters, either case: a cheap first test)
# the quotation marks an answer opens with after its speaker's label ('Đồng chí A: “...')
_OPENING_QUOTES = frozenset('“"«')
# the words a transcript's speaker label opens with ("- Đồng chí A: ...", "Bà B: ...")
_SPEAKER_LABELS = ("Đồng chí ", "đồng chí ", "Đ/c ", "đ/c ", "Ông ", "Bà ", "Anh ", "Chị ")
# the periods that are a day, not a span (a heading's "(tính đến 30/9)" dates no section)
_POINT_KINDS = frozenset({"asof", "asofmonth", "asofyear", "date", "daymonth"})
# the quotation marks a number can be quoted between (opening ones; "‘": _in_inner_quote)
_QUOTE_MARKS = "“\"‘"
# short quoted spans: “[^”\n]{1,80}”|"[^"\n]{1,80}" (each branch found by a substring search)
_SHORT_QUOTE_SCAN = fastre.Alternation([r"“[^”\n]{1,80}”", r"\"[^\"\n]{1,80}\""])
_HISTORY_RE = fastre.compile(
    r"trước đây|\bcũ\b|sắp xếp|sáp nhập|hợp nhất|thành lập trên cơ sở|"
    r"được hình thành từ|hình thành từ|thành lập từ|nhập vào",
    re.IGNORECASE,
)
# "Đại hội ... lần thứ XII, nhiệm kỳ 2020-2025": the term names the congress, not a period of work
# a word of each alternative of _HISTORY_RE, none with an "s" (which also matches "ſ" when case
# is ignored): a sentence whose lower case has none of them cannot match, and is not searched
_HISTORY_KEYS = ("trước", "cũ", "xếp", "nhập", "hợp", "thành")
_NAME_TERM_RE = fastre.compile(r"đại hội|lần thứ|khóa|khoá|ban chấp hành")
# "triển khai phương hướng, nhiệm vụ năm 2017": a period named by a plan noun is the period of
# the plan, not of the work reported; "chuyên đề năm 2019": the name of the year's study theme
# (learnt by every chi bộ), not a period of work either; nor is "về chủ đề năm 2023 của Thành
# phố" (the city's theme of the year, with or without quotes)
_PLAN_OR_THEME_BEFORE_RE = fastre.compile(
    r"(?:(?:nhiệm vụ|phương hướng|kế hoạch|chỉ tiêu|mục tiêu)(?:\s*,\s*|\s+và\s+|\s+)"
    r"(?:(?:nhiệm vụ|phương hướng|kế hoạch|chỉ tiêu|mục tiêu)\s+)?|chuyên đề\s+|chủ đề\s*[“\"]?\s*)$"
)
_REVIEW_WORDS = ("tổng kết", "sơ kết", "đánh giá", "kết quả", "thực hiện", "hoàn thành")
_PLAN_OR_THEME_ENDS = (" vụ", " hướng", " hoạch", " tiêu", " đề", "đề “", 'đề "')  # (their last words)
_THEME_WORDS = ("chuyên đề", "chủ đề")
# what lies between two items of a list of counts: the first item's noun, then "," or "và"
# ("một trang thông tin điện tử, hai fanpage")
_LIST_ITEM_GAP_RE = re.compile(r"\s[^\d,;:.()“”\"]{2,50}?(?:,|\svà)\s+")
# (Session 14, holdout59's language: "Hồi trước ở phường Phạm Ngũ Lão, giờ về chung một nhà":
# "hồi trước", formerly, too)
_FORMER_BEFORE_RE = fastre.compile(r"trước đây|trước kia|hồi trước|\bcũ\b")
# after a span "Từ tháng 3/2017" opening a sentence: its first clause sets something up and the
# sentence goes on "đến nay" ("Từ tháng 3/2017, chúng tôi lập fanpage ..., đến nay đã đăng ...")
_FOUNDED_THEN_NOW_RE = fastre.compile(
    r",\s*[^,.;:\n]{0,40}?(?<!\w)(?:lập|ra mắt|khai trương|ra đời|mở chuyên mục)(?!\w)[^.;\n]*?\bđến nay\b"
)
_FORMER_AFTER_RE = fastre.compile(r"\s*(?:cũ|trước đây)\b")


def _names_a_plan_or_theme(lower: str, start: int) -> bool:
    """Is the period starting at `start` named by a plan or a study theme before it?

    "phương hướng, nhiệm vụ năm 2017", "kế hoạch quý III", "chuyên đề năm 2019": the period
    belongs to the plan or names the theme; it is not the period of the figures around it.
    """
    # (the bounds as conditional expressions, not max(): see Extractor._number)
    if not lower[start - 8 if start > 8 else 0 : start].rstrip().endswith(_PLAN_OR_THEME_ENDS):
        tail = lower[start - 3 if start > 3 else 0 : start].rstrip()
        if tail.endswith(("”", '"')):
            # "chuyên đề “Học tập và làm theo ...” năm 2023": the year after the theme's quoted
            # title names the theme too
            close = lower.rfind(tail[-1], max(0, start - 3), start)
            opened = lower.rfind("“" if tail[-1] == "”" else '"', max(0, close - 160), close)
            return opened != -1 and lower[max(0, opened - 12) : opened].rstrip().endswith(_THEME_WORDS)
        if tail.endswith("nh") and lower.endswith("hồ chí minh ", start - 12 if start > 12 else 0, start):
            # "sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
            # năm 2025" (no quotes): the year names the year's theme, as after a quoted title
            back = start - 160 if start > 160 else 0
            theme = lower.rfind("chuyên đề", back, start)
            return theme != -1 and lower.rfind(". ", back, start) < theme
        return False  # (the word right before is no plan noun: most periods)
    base = start - 40 if start > 40 else 0
    nl = lower.rfind("\n", base, start)
    if nl != -1:
        # "Hai cách làm, một mục tiêu\n\nNăm 2018, ...": a headline's last word names no
        # period of the paragraph under it
        base = nl + 1
    before = lower[base:start]
    m = _PLAN_OR_THEME_BEFORE_RE.search(before)
    if m is None:
        return False
    if m.group().startswith(("chuyên đề", "chủ đề")):
        return True  # ("theo chủ đề “Năm 2022 – Năm kỷ cương ...”": the theme's name)
    # "tổng kết (thực hiện) nhiệm vụ năm 2019", "kết quả thực hiện kế hoạch quý I": the plan's
    # period is the one being reviewed
    lead = lower[max(0, base + m.start() - 25) : base + m.start()]
    return not any(w in lead for w in _REVIEW_WORDS)


# "tuyên truyền về Đề án thành lập quận ... giai đoạn 2021–2025": the term of a document's scope
# names the document, not the period of the work around it
_DOC_TERM_RE = fastre.compile(r"(?:đề án|chương trình|kế hoạch|chiến lược|quy hoạch|dự án)\b[^,;.:\d]{0,60}$")


def _names_a_documents_term(lower: str, start: int) -> bool:
    """Is the term at `start` the scope of a document named before it in its clause ("Đề án
    ... giai đoạn 2021–2025"), and not one a review is about ("kết quả thực hiện Chương trình
    ... giai đoạn 2016-2020")?"""
    base = _sentence_back(lower, start, 70)
    m = _DOC_TERM_RE.search(lower, base, start)
    if m is None:
        return False
    lead = lower[max(base, m.start() - 25) : m.start()]
    return not any(w in lead for w in _REVIEW_WORDS)


def _has_instant_marker(lower_sentence: str) -> bool:
    for w in _INSTANT_WORDS:  # (a loop: cheaper than any() of a generator)
        if w in lower_sentence:
            return True
    return "hiện" in lower_sentence and _BARE_HIEN_RE.search(lower_sentence) is not None


_BLANK_PUNCT = ",.;:!?()[]\"“”'‘’–-…\n\t"
# A unit inside a person's title or named as a place is not what the article is about.
# a broadcaster's or newspaper's name before a place in a letterhead ("ĐÀI TRUYỀN HÌNH TP.HCM")
_MEDIA_BEFORE_RE = fastre.compile(
    r"(?i:đài truyền hình|đài phát thanh(?: và truyền hình)?|đài phát thanh - truyền hình|báo)\s+$"
)
_TITLE_BEFORE_RE = fastre.compile(
    r"(?:bí thư|ủy viên|uỷ viên|trưởng ban|phó ban|chủ tịch|giám đốc|thường trực|trưởng phòng|"
    r"đại diện|lãnh đạo)[^,.;:()]*$|(?:tại|ở|của|thuộc)\s+(?:\S+\s+){0,3}$"
)
# what may stand before a day and month that date the report ("(Nguồn) - Ngày 9/1")
# what may stand before a dateline's day/month: "(Nguồn) - ", a time of day ("Sáng 27/12,",
# "Chiều nay, ngày 9/1"), "ngày" — the same leads DATELINE_RE allows before a full date
_DATELINE_LEAD_RE = fastre.compile(
    r"\s*(?:.*\)\s*[-–]\s*)?(?:(?:sáng|chiều|tối|trưa)(?:\s+nay)?\s*,?\s*)?(?:ngày\s+)?",
    re.DOTALL | re.IGNORECASE,
)
# what may open a paragraph before the unit that starts a section ("Tại Quận 9, ...")
_HEADING_LEAD_RE = fastre.compile(r"(?:(?:Tại|Ở|Riêng|Còn|Với|Đối với|Về phía)\s+)?")
# between two numbers of one list ("12 đảng viên và 30 quần chúng")
_LIST_GAP_RE = fastre.compile(r"[\s,]*(?:và|,)?[\s,]*")
_TERM_AFTER_RE = fastre.compile(r"\s+(?:khóa|khoá|nhiệm kỳ)\s+(?:[IVXLC]+\b|\d{4})")
# Year-end and half-year reports are often dated in the period's last weeks ("tổng kết năm
# 2020" on 29/12/2020): a period may end this long after the report's date (the same grace as
# the raw.observations contract's period_end_not_after_doc_date check).
_REPORTING_GRACE = timedelta(days=31)


def _reporting_grace(start: date, end: date) -> timedelta:
    """How long after a report's date the period it states results for may end: 31 days, or a
    quarter of the period when that is longer. Year reviews are written from October on (their
    figures counted to mid-October or mid-November, "tổng kết năm 2018" dated 27/11/2018), a
    9-month review from late August: results of a period still running, no plan for it (the
    raw.observations contract's period_end_not_after_doc_date check allows the same)."""
    quarter = (end - start) // 4
    return max(_REPORTING_GRACE, quarter)
# "mỗi tháng 1 hội nghị", "hằng tháng 2 số": a figure per month, the month no period
_PER_PERIOD_BEFORE = ("mỗi ", "hằng ", "hàng ")
_first = operator.itemgetter(0)
_start_of = operator.attrgetter("start")
_CHANGE = frozenset(CHANGE_WORDS)
_RATIO = frozenset(RATIO_WORDS)
# a bracket that opens with these after a count gives its parts ("18 (gồm 7 kế hoạch, ...)")
_BREAKDOWN_OPENINGS = ("gồm ", "bao gồm ", "trong đó ")
# Session 12 (holdout29's language): how often something is done ("2 lần mỗi năm", "1 lần/tháng",
# "2 lần một năm"): a norm (noun_norm starts with a space)
_TIMES_PER_PERIOD = (" lần mỗi ", " lần một năm ", " lần một tháng ", " lần một quý ", " lần một tuần ")
_TIMES_SLASH = (" lần/", " lần /")  # ("1 lần/quý": norm blanks the slash, read on the text)
_RANGE_JOINS = frozenset({"đến", "tới", "-", "–"})
# the spans of time after "mỗi" that make a count a habit, not a per-item figure ("5 tin mỗi ngày")
_EACH_TIME_WORDS = frozenset({"ngày", "tuần", "tháng", "năm", "quý", "giờ"})
# (the same words as a regex's alternation)
_EACH_TIME_ALT = "|".join(sorted(_EACH_TIME_WORDS))
# the members of a place's party organisations ("2.300 đảng viên sinh hoạt ở 87 chi bộ")
_MEMBERS_MEETING_IN = tuple(
    f" {n} sinh hoạt {p} " for n in ("đảng viên", "hội viên", "đoàn viên") for p in ("ở", "tại", "trong")
)


def _vote_share(noun_norm: str) -> bool:
    """Does a percentage count a vote ("98,6% đại biểu tán thành", "97% số phiếu")?"""
    head = noun_norm[:40]
    for w in VOTE_SHARE_WORDS:
        if w in head:
            return True
    return False


# a list line's later label that names only where ("...: 312; trên fanpage ...: 405")
_PLACE_LABEL_OPENINGS = (" trên ", " tại ", " ở ", " qua ")
# the marks a paragraph of running text ends with (a title or a heading has none)
_SENTENCE_ENDS = frozenset(".!?…;")
# the last word of bodies whose names take no number ("Ban", "Huyện ủy", "Thường trực"): a
# number right after one is a count, not the number of a name ("Quận 10", "Khu phố 3")
_NUMBERLESS_BODIES = frozenset({"ban", "ủy", "uỷ", "trực", "vụ", "đảng"})
# "Ở cơ sở, ...": a sentence going on to the grassroots from the level named before
_AT_GRASSROOTS = ("ở cơ sở", "tại cơ sở")
# boats and vehicles people are on ("ngư dân trên 85 tàu cá")
_VESSELS_AFTER = (" tàu", " thuyền", " ghe", " xuồng", " phương tiện", " xe ")
# a count and its noun (a word or three) right before "trên"
_COUNT_NOUN_BEFORE_RE = fastre.compile(
    r"\d[\d.,]*(?:\s+(?:nghìn|ngàn|triệu))?(?:\s+(?:lượt\s+)?[^\s\d,;:]+){1,3}\s+$"
)
# "Thành ủy Thủ Đức", "Huyện ủy Cần Giờ": a committee and its place's name right before a number
_COMMITTEE_OF_PLACE_RE = fastre.compile(
    r"(?:[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]ỉnh|[Tt]hị) (?:ủy|uỷ)(?: [A-ZĐÀ-Ỹ]\w*){1,3}\s*$"
)
# the capitalised words of names that take a number ("Quận 4", "Phường 12", "Khu phố 3")
_NUMBERED_NAME_WORDS = frozenset(
    {"Quận", "Phường", "Xã", "Huyện", "Khu", "Tổ", "Ấp", "Thôn", "Số", "Cụm", "Đội", "Trung"}
)
# the platforms a unit's pages are on, capitalised as names but counted ("1 Zalo OA")
_PLATFORM_NAMES = frozenset({"Zalo", "Fanpage"})
_TRAP_LIST_REASONS = frozenset({"ordinal", "named_body", "document_code", "address"})


class UnitRef(FrozenRecord):
    """The unit an observation is about, as the record names it."""

    __slots__ = ("code", "level", "name", "province_code", "province_name")
    name: str
    code: str | None
    level: str
    province_name: str
    province_code: str

    def __init__(self, name: str, code: str | None, level: str, province_name: str, province_code: str):
        self._init(
            name=name, code=code, level=level, province_name=province_name, province_code=province_code
        )

    @classmethod
    def of(cls, u: OrgUnit) -> UnitRef:
        return cls(u.name, u.code, u.level, u.province_name or None, u.province_code)  # type: ignore[arg-type]


class Period(Record):
    """A resolved period: its first and last day, type and label, and the mention it reads."""

    __slots__ = ("end", "label", "ptype", "source", "start")

    def __init__(self, start: date, end: date, ptype: str, label: str, source: PeriodMention | None = None):
        self.start = start
        self.end = end
        self.ptype = ptype
        self.label = label
        self.source = source


class _DocState(Record):
    """What the walk over one document's sentences knows and has found so far."""

    __slots__ = (
        "article_period",
        "article_unit",
        "bracket_number",
        "bracket_period",
        "colon_apostrophe",
        "comments_from",
        "concessive",
        "counter_at",
        "doc_date",
        "doc_date_iso",
        "doc_date_source",
        "doc_id",
        "future_cache",
        "heading_start",
        "hostile_words",
        "last_local",
        "lead_base",
        "lead_in",
        "lead_period",
        "lead_study",
        "lower",
        "norm_cache",
        "norms",
        "observations",
        "para_period",
        "para_unit",
        "plan_level",
        "plan_para",
        "prev_para_last",
        "prev_sentence",
        "province",
        "quotes",
        "related_from",
        "related_zones",
        "resolved",
        "section_needs_period",
        "section_period",
        "section_unit",
        "shown",
        "table_cells",
        "table_periods",
        "table_rows",
        "term_words",
        "text",
        "unclassified",
    )

    def __init__(
        self,
        doc_id: str,
        text: str,
        lower: str,
        norms: NormText,
        doc_date: date | None,
        doc_date_source: str | None,
        province: UnitRef | None,
        article_unit: UnitRef | None,
        article_period: Period | None,
    ):
        self.doc_id = doc_id
        self.text = text
        # the report's text as written, when it differs from the text as read (the cells of a
        # table pasted with TABs or runs of spaces are read as parted by bars, at the same
        # offsets; the records show the report's own text: `_shown`); None when they never do
        self.shown: str | None = None
        self.lower = lower
        self.norms = norms
        self.doc_date = doc_date
        self.doc_date_source = doc_date_source
        self.province = province
        self.article_unit = article_unit
        self.article_period = article_period
        self.section_unit: UnitRef | None = None
        self.section_period: Period | None = None
        self.section_needs_period = False
        # a line ending in ":" that the list lines after it ("- Số lớp: 58; ...") go on from:
        # its words (normalised) while the walk is in those lines, else ""
        self.lead_in = ""
        self.lead_base = ""  # the lead-in of a paragraph that is no list line (lead_in may add a list line's)
        self.heading_start = -1
        self.bracket_period = False  # the section period is a numbered heading's in brackets
        self.bracket_number = ""  # that heading's number ("2."), its sub-headings "2.1." going on under it
        # the study the article's headline and lead name before its first unit's section
        # ("Ba quận hoàn thành học tập Nghị quyết ..." / "* Quận A"): None until that heading
        self.lead_study: str | None = None
        self.norm_cache: dict[tuple[int, int], str] = {}
        self.future_cache: dict[int, tuple[str, ...]] = {}
        self.para_period: Period | None = None
        # the period a lead-in line ending in ":" opens with ("Quý III/2025, Đảng ủy đã:"), for
        # the list lines under it (each a paragraph); None outside such a list
        self.lead_period: Period | None = None
        # the level of the heading of a plan section ("IV. PHƯƠNG HƯỚNG QUÝ IV"), -1 outside one
        self.plan_level = -1
        # a paragraph run in after a plan label ("Nhiệm vụ 6 tháng cuối năm: ..."): its numbers
        # after the label's colon (from this offset) are targets; -1 elsewhere
        self.plan_para = -1
        self.prev_sentence: Sentence | None = None  # the sentence before, in the same paragraph
        self.prev_para_last: Sentence | None = None  # the last sentence of the paragraph before
        self.hostile_words: bool | None = None  # does the report name hostile content at all
        self.last_local: UnitRef | None = None
        self.para_unit: UnitRef | None = None
        self.term_words = True
        self.concessive = True  # does the report have "dù" or "tuy" at all
        self.quotes = _QUOTE_MARKS  # the quotation marks the report has ("": none)
        # where readers' comments start under a post (after its reactions line, "👍 312 · 💬 46
        # bình luận · ↗️ 58 lượt chia sẻ", or a "Bình luận" line); -1: none
        self.comments_from = -1
        # Session 14 (holdout57's language): where a web page's links to other articles start
        # (a line "Tin liên quan:", "Xem thêm:", "Tin khác", "Bài viết cùng chuyên mục"); -1: none
        self.related_from = -1
        # the spans of those links ([start, end)): a box in the middle of an article ends at the
        # next paragraph of prose
        self.related_zones: tuple[tuple[int, int], ...] = ()
        # the starts of the numbers of a web page's counters ("Lượt xem: 1.482", "👁 2.315 lượt
        # đọc", "Số lượt truy cập: 1.208.455"): page furniture, no audience of the work
        self.counter_at: frozenset[int] = frozenset()
        self.colon_apostrophe = False  # does the report have ": '" (someone's words in straight quotes)
        # the cells of a table written as text lines under a header naming one unit a column
        # ("Nội dung | Quận A | Thị xã B"): sentence start -> (line start, first bar, unit,
        # the column's header cell's start and end when the header names measures, else -1, -1)
        self.table_cells: dict[int, tuple[int, int, UnitRef | None, int, int]] | None = None
        self.table_rows: frozenset[int] = frozenset()  # the line starts of the table's data rows
        # the cells of a table whose header names one period a column ("Chỉ tiêu | Năm 2023 | Năm
        # 2024"): sentence start -> the column's period, None in a column comparing them
        self.table_periods: dict[int, PeriodMention | None] = {}
        # _resolve(p, year, doc_date) of the walk over the sentences, by id(p) and year (the
        # document date is known by then; the mentions live as long as the document)
        self.resolved: dict[tuple[int, int | None], Period | None] = {}
        self.doc_date_iso = doc_date.isoformat() if doc_date else None
        self.observations: list[Observation] = []
        self.unclassified: list[UnclassifiedMention] = []


class _Decided:
    """What was read for one number (kept for the next number of the same clause)."""

    __slots__ = (
        "attendees",
        "clause_id",
        "consumed_next",
        "first_in_clause",
        "match",
        "noun_end",
        "qualifier",
        "token",
    )

    def __init__(
        self,
        token: NumberToken,
        match: Match | None,
        qualifier: str,
        noun_end: int,
        clause_id: int,
        first_in_clause: bool = False,
        consumed_next: bool = False,
        attendees: bool = False,  # (counted as the attendees of the activity before it)
    ):
        self.token = token
        self.match = match
        self.qualifier = qualifier
        self.noun_end = noun_end
        self.clause_id = clause_id
        self.first_in_clause = first_in_clause
        self.consumed_next = consumed_next
        self.attendees = attendees


# date.isoformat() of the dates observations carry (a pure function: the dict only grows with
# the distinct dates seen, a few thousand at most)
_ISO_DATES: dict[date, str] = {}


def _iso(d: date) -> str:
    """d.isoformat(), made once per date."""
    s = _ISO_DATES.get(d)
    if s is None:
        s = _ISO_DATES[d] = d.isoformat()
    return s


class Extractor:
    """Turns report texts into observations. Build once, call `extract` per document."""

    def __init__(self, lexicon: Lexicon, units: OrgUnitIndex, seeds_digest: str = ""):
        self.lexicon = lexicon
        self.units = units
        self._seeds_digest = seeds_digest
        self._seed_bytes: tuple[bytes, ...] = ()  # from_seeds: hashed when `version` is first read
        self._refs: dict[int, tuple[OrgUnit, UnitRef]] = {}
        # UnitRef.of(units.ward(name, province_code)) by its arguments (the index does not
        # change: a name and province always give the same ward)
        self._ward_refs: dict[tuple[str, str | None], UnitRef | None] = {}
        # what a percentage found to be a study's participation rate matches (None: the lexicon
        # has no such row; the number keeps the match it had)
        rate = lexicon.by_code.get("study_participation_rate")
        self._study_rate: Match | None = Match(rate, "") if rate is not None else None
        # what a page's followers match ("fanpage ... với khoảng 65 nghìn người theo dõi")
        audience = lexicon.by_code.get("propaganda_audience")
        self._followers: Match | None = Match(audience, "theo dõi") if audience is not None else None

    @property
    def version(self) -> str:
        """EXTRACTOR_VERSION names the rules in code; the digest the seeds they read, so that
        an edit of indicators.csv or org_units.csv shows in `version` too."""
        if self._seed_bytes:
            import hashlib  # (only here: `dwh extract` never asks, and hashlib is slow to import)

            digest = hashlib.sha256()
            for data in self._seed_bytes:
                digest.update(data)
            self._seeds_digest, self._seed_bytes = digest.hexdigest()[:8], ()
        return f"{EXTRACTOR_VERSION}+{self._seeds_digest}" if self._seeds_digest else EXTRACTOR_VERSION

    @classmethod
    def default(cls) -> Extractor:
        return cls.from_seeds(indicators_csv=DEFAULT_INDICATORS, org_units_csv=DEFAULT_ORG_UNITS)

    @classmethod
    def from_seeds(cls, indicators_csv: str | Path, org_units_csv: str | Path) -> Extractor:
        seed_bytes = []
        for path in (indicators_csv, org_units_csv):
            try:
                seed_bytes.append(Path(path).read_bytes())
            except OSError as exc:
                raise ValueError(f"{path}: cannot read seed: {exc.strerror or exc}") from exc
        ex = cls(Lexicon.from_csv(indicators_csv), OrgUnitIndex.from_csv(org_units_csv))
        ex._seed_bytes = tuple(seed_bytes)
        return ex

    # ---- document level ---------------------------------------------------------------
    def extract(self, text: str, doc_id: str, metadata: dict[str, Any] | None = None) -> DocumentResult:
        text = nfc(text)
        celled = False
        written = text
        if "\t" in text or "  " in text:
            # a table pasted from a word processor, its cells parted by TABs or runs of spaces,
            # read as the same table written with bars (same offsets; the records show the text
            # as written: `_DocState.shown`)
            barred = _cells_to_bars(text)
            if barred is not None:
                text, celled = barred, True
        shown = celled
        if "|" in text and ("TT" in text or "Stt" in text or "thứ tự" in text or "ĐVT" in text or "vị tính" in text):
            # "STT | Đơn vị | Số lớp" over "1 | Quận 3 | 42": a table's column of row numbers is
            # read as blank (same offsets; the records show the text as written)
            unnumbered = _without_row_numbers(text)
            if unnumbered is not None:
                text, shown = unnumbered, True
        low = text.lower()
        lower = low if len(low) == len(text) else lower_same_length(text)
        sentences = split_sentences(text, celled)
        runs = digit_runs(text)  # (the tokenizer and the period scan both start at these)
        words = word_starts(lower)  # (number words and period anchors: one scan for both)
        tokens = tokenize(text, lower, runs, words)
        periods = find_periods(text, lower, runs, words)
        for pi, p in enumerate(periods):
            # (the windows' bounds as conditional expressions, not max(): see Extractor._number)
            ps = p.start
            back60 = ps - 60 if ps > 60 else 0
            # (the words before, sliced once: `in` on them costs less than str.find with bounds)
            before60 = lower[back60:ps]
            if p.kind == "term" and (
                _NAME_TERM_RE.search(lower, _sentence_back(lower, ps, 60), ps)
                or _names_a_documents_term(lower, ps)
            ):
                p.kind = "name_term"
            elif p.kind in _PERIOD_KINDS_FOR_FACTS and _names_a_plan_or_theme(lower, ps):
                p.kind = "plan_or_theme"
            if (
                p.kind in _PERIOD_KINDS_FOR_FACTS
                and (
                    (
                        ("so với" in before60 or "gấp " in before60)
                        and _COMPARED_WITH_RE.search(lower, back60, ps) is not None
                    )
                    # "nhiều hơn năm 2022 ba lớp", "ít hơn cùng kỳ năm 2021": the period after a
                    # comparative is the one compared with
                    or (
                        "hơn " in before60[-30:]
                        and _MORE_THAN_PERIOD_RE.search(lower, ps - 30 if ps > 30 else 0, ps) is not None
                    )
                )
            ):
                # "tăng 320 tin so với năm 2017", "so với cuộc bầu cử năm 2021", "gấp đôi số học
                # viên của năm 2015": the base of a comparison, not a period of work
                p.kind = "comparison"
            elif p.kind == "year" and (
                (
                    "thi" in lower[ps - 100 if ps > 100 else 0 : ps]
                    and _CONTEST_NAME_RE.search(lower, _sentence_back(lower, ps, 100), ps) is not None
                )
                # "Cuộc thi trắc nghiệm “Tìm hiểu 90 năm ...” năm 2020": after its quoted title
                or _after_contest_title(lower, ps)
            ):
                # "Cuộc thi chính luận ... năm 2023": the year names the contest
                p.kind = "name_term"
            elif (
                p.kind == "year"
                and (
                    lower.find("luật", ps - 70 if ps > 70 else 0, ps) != -1
                    or lower.find("hiến pháp", ps - 12 if ps > 12 else 0, ps) != -1
                )
                and _names_a_law(text, ps)
            ):
                # "tuyên truyền Luật Thủ đô năm 2024", "Bộ luật Lao động năm 2019", "Hiến pháp năm
                # 2013": the year names the law, not a period of work
                p.kind = "name_term"
            elif p.kind == "year" and (
                lower.startswith(_HORIZON_AFTER, p.end) or "tầm nhìn" in before60[-16:]
            ):
                # (holdout62's language) "Nghị quyết ... phát triển Thủ đô đến năm 2030, tầm nhìn
                # đến năm 2045", "Chiến lược ... đến năm 2030, định hướng đến năm 2045": a
                # document's horizon, no period of work
                p.kind = "plan_or_theme"
            elif p.kind == "month" and before60[-2:-1].isdigit() and text.startswith("Tháng", ps) and before60[-1:] == " ":
                # Session 13 (holdout36's language): "các tuyến đường Lê Đại Hành, 3 Tháng 2, ...":
                # "Tháng" written in capitals after a day's number names a street or a day (a name,
                # like "Cách mạng Tháng Tám"), no month of the work
                p.kind = "name_term"
            elif p.kind in ("date", "daymonth") and _since_opening(lower, p):
                # "Từ ngày 1/4/2019, quận mở chuyên mục ...; đến nay đã phát 74 số"
                p.kind = "since"
            elif p.kind == "year" and "tháng " in before60[-40:]:
                # "trong Tháng Thanh niên năm 2024": the campaign's month of that year
                before = before60[-40:].rstrip()
                for title, month in NAMED_MONTHS.items():
                    if before.endswith(title):
                        p.kind = "month"
                        p.a = month
                        break
            elif p.kind == "month" and lower.endswith(_PER_PERIOD_BEFORE, ps - 6 if ps > 6 else 0, ps):
                # "(bình quân mỗi tháng 1 hội nghị)": a figure per month, not the month of January
                p.kind = "per_item"
            if p.kind == "year" and text.startswith(" (", p.end) and pi + 1 < len(periods):
                # (holdout62's language) "mùa lễ hội năm 2025 (từ tháng 2 đến tháng 4/2025)": a
                # bracket right after a year that spells out a span within it dates the work, the
                # year only names the season
                inner = periods[pi + 1]
                if inner.start == p.end + 2 and inner.kind in _SPANS_WITHIN_A_YEAR and inner.year == p.year:
                    p.kind = "spelled_out"
        # a place inside a short quoted title ("Tìm hiểu lịch sử Chợ Lớn") is no actor
        unit_mentions = self.units.find(text, lower)
        # the quotation marks the report has, of _QUOTE_MARKS ("": none)
        quotes = "".join([q for q in _QUOTE_MARKS if q in text])
        if quotes:
            quoted = [m.span() for m in _SHORT_QUOTE_SCAN.finditer(text)]
            if quoted:
                unit_mentions = _outside_quotes(unit_mentions, quoted)
        starts = [s.start for s in sentences]
        by_sent_tokens: dict[int, list[NumberToken]] = _by_sentence(tokens, starts)
        by_sent_periods: dict[int, list[PeriodMention]] = _by_sentence(periods, starts)
        by_sent_units: dict[int, list[UnitMention]] = _by_sentence(unit_mentions, starts)

        # Document date: dateline > sidecar > inferred (docs/LABELING.md "Period").
        doc_date = dateline_date(text)
        source: str | None = "text" if doc_date else None
        if doc_date is None and metadata:
            doc_date = parse_iso(metadata.get("date"))
            source = "sidecar" if doc_date else None
        known_date = doc_date
        concessive = _mentions_concession(lower)
        article_period, article_sent = self._article_period(
            sentences, by_sent_periods, doc_date, lower, concessive
        )
        if doc_date is None:
            doc_date = self._dateline_without_year(text, sentences, by_sent_periods, article_period)
            source = "text" if doc_date else None
        if doc_date is None:
            doc_date = self._inferred_date(periods, article_period)
            source = "inferred" if doc_date else None
        if (
            article_period is not None
            and article_period.source is not None
            and doc_date is not None
            and (article_period.source.needs_year or known_date is None)
        ):
            # resolved again now that the date is known (its year, or the end of "đến nay")
            year = article_period.source.year or (
                article_period.end.year if known_date is None and article_period.label else doc_date.year
            )
            article_period = self._resolve(article_period.source, year, doc_date) or article_period
        if doc_date is None or doc_date < REFORM_DATE:
            for p in periods:
                if p.year == 2025 and p.kind == "since" and lower.startswith("từ khi", p.start):
                    # "Từ khi phường đi vào hoạt động" in a report before the 2025 reform (an
                    # earlier merger's ward): not the reform's date
                    p.kind = "name_term"
        ref_for_units = doc_date or (article_period.end if article_period else None)

        province = self._doc_province(unit_mentions, ref_for_units)
        article_unit = self._article_unit(text, sentences, by_sent_units, ref_for_units, province)
        if province is None and article_unit is not None:
            province = self._province_ref(article_unit.province_code)

        st = _DocState(
            doc_id, text, lower, NormText(text, low), doc_date, source, province, article_unit, article_period
        )
        if shown:
            st.shown = written
        # "Trung ương 6, 7 khóa XII": looked for after numbers only if the report has the words
        st.term_words = "khóa" in text or "khoá" in text or "nhiệm kỳ" in text
        st.concessive = concessive
        st.quotes = quotes  # (no quotation mark in the report: no number is in direct speech)
        if "bình luận" in lower:
            st.comments_from = _comments_start(lower)
        st.colon_apostrophe = ": '" in text
        # (one scan for a newline, where a heading over links or a counter opens its line,
        # cheaper than a gate of words; one scan for a bar, the counter after a line's bar)
        counters: list[int] = []
        zones: list[tuple[int, int]] = []
        zone_end = -1
        for m in _PAGE_LINE_RE.finditer(lower):
            if m.start() < zone_end:
                continue  # (a line inside a box of links: the box traps it)
            if m.group(1) is None:
                zone_end = _related_zone_end(text, m.end())
                zones.append((m.start() + 1, zone_end))
                continue
            counters.append(m.start(1))
        if zones:
            st.related_from = zones[0][0]
            st.related_zones = tuple(zones)
        if counters and not zones and "👁" not in text and not _web_page_signs(text):
            # ("Lượt truy cập: 125.000" in a report's list under its fanpage: the page's
            # audience, no counter of a web page the report was saved from)
            # Session 15 (holdout61's language): except a counter on the text's last line, under
            # the article's byline ("Thu Trang (thực hiện)" over "Lượt xem: 2.318"): the foot of
            # the page the article was saved from
            # (not under a list's lead-in: "Fanpage của phường:" over "Lượt truy cập: 125.000")
            last = counters[-1]
            nl = lower.find("\n", last)
            line_start = lower.rfind("\n", 0, last) + 1
            above = lower[lower.rfind("\n", 0, line_start - 1 if line_start else 0) + 1 : line_start].strip()
            counters = (
                [last]
                if (nl == -1 or not lower[nl:].strip()) and 0 < len(above) < 60 and not above.endswith(":")
                else []
            )
        if "|" in text:
            for m in _BAR_COUNTER_RE.finditer(lower):
                counters.append(m.start(1))
        if counters:
            st.counter_at = frozenset(counters)
        if celled or ("|" in text and " | " in text):  # (the bar alone is found much faster)
            st.table_cells = (
                self._table_cells(text, unit_mentions, ref_for_units, province, periods, st.table_periods) or None
            )
            if st.table_cells is not None:
                st.table_rows = frozenset(cell[0] for cell in st.table_cells.values())
        cur_para = -1
        no_items: list = []
        for si, sent in enumerate(sentences):
            all_periods = by_sent_periods.get(si, no_items)
            units_here = by_sent_units.get(si, no_items)
            st.prev_sentence = sentences[si - 1] if si and sentences[si - 1].para == sent.para else None
            if sent.para != cur_para:
                cur_para = sent.para
                st.para_unit = None
                st.prev_para_last = sentences[si - 1] if si else None
                st.para_period = None
                if st.lead_period is not None:
                    # Session 14 (holdout58's language): "Từ khi xã đi vào hoạt động đến nay, Đảng
                    # ủy xã đã:" over "✅ Ban hành 23 văn bản", "- Treo 380 băng rôn": the list
                    # lines under a lead-in (each a paragraph, opening with a mark that is no
                    # letter, digit, quotation mark or bracket) are of the period it opens with
                    mark = text[sent.start]
                    if mark.isalnum() or mark in _OPENING_QUOTES or mark == "(":
                        st.lead_period = None
                    else:
                        st.para_period = st.lead_period
                st.plan_para = _run_in_plan(st, sent) if sent.first_in_para else -1
                bulleted = text.startswith(_LIST_BULLETS, sent.start)
                if not (
                    st.lead_in
                    and (
                        bulleted
                        # (a table's rows, one paragraph each, go on from the lead-in above it)
                        or (st.table_cells is not None and sent.start in st.table_rows)
                    )
                ):
                    st.lead_in = st.lead_base = _lead_in(st, sent)
                elif bulleted and sent.end - sent.start < 160 and text.startswith(":", sent.end - 1):
                    # "Một số kết quả chính:" / "• Học tập, quán triệt nghị quyết, chỉ thị:" /
                    # "  – Hội nghị cấp quận: 05": a list line ending in ":" leads in the lines
                    # under it, with the lead-in above it
                    own = _lead_in(st, sent)
                    if own:
                        st.lead_in = st.lead_base + own
                # (a heading opens with a numbering or capitals: "IV. ...", "3. ...", "QUẬN 8",
                # or names a part: "Phần thứ hai: ...")
                lead = text[sent.start : sent.start + 4]
                if si and (lead[:2] in _HEADING_LEADS or lead[:1].isdigit() or lead.isupper() or lead == "Phần"):
                    _plan_heading(st, sent)
                    if lead[:2] in _HEADING_LEADS or (
                        lead[:1].isdigit() and _NUMBERED_HEADING_RE.match(text, sent.start) is not None
                    ):
                        # (a paragraph opening with a count, "45 chi bộ đã ...", is no heading:
                        # the bracketed heading's period goes on over it)
                        self._numbered_heading_period(st, sent, periods)
                self._maybe_heading(st, sent, units_here, all_periods, ref_for_units)
            sent_periods = (
                [p for p in all_periods if p.kind in _PERIOD_KINDS_FOR_FACTS] if all_periods else []
            )
            if sent.first_in_para and sent_periods:
                first = sent_periods[0]
                opening = text[sent.start : first.start]
                if (
                    len(opening) > 12
                    and (first.kind == "since" or first.kind == "ytd")
                    and ":" in opening
                    and (
                        opening[-1:] in _OPENING_QUOTES
                        # Session 15 (holdout61's language): "- Đồng chí A: Từ đầu năm 2020 đến nay,
                        # ...": an answer after its speaker's label with no quotation mark
                        or (opening.endswith(": ") and opening.lstrip("-–• ").startswith(_SPEAKER_LABELS))
                    )
                ):
                    # Session 14 (holdout51's language): 'Đồng chí Phó Bí thư: “Từ tháng 7 đến nay,
                    # Đảng ủy xã ...': in a transcript an answer that opens, after its speaker's
                    # label, with a span running to now is dated by it
                    opening = opening[opening.rfind(":") + 1 :].lstrip()
                if (
                    len(opening) <= 12
                    and si != article_sent
                    and not (st.concessive and opening.lower().startswith(_CONCESSIVE_OPENERS))
                    # Session 14 (holdout58's language): "Từ tháng 3/2017, chúng tôi lập fanpage
                    # ..., đến nay đã đăng 1.126 tin, bài. Cuộc thi viết ... nhận 2.341 bài": the
                    # day a thing was set up, with "đến nay" after it, dates the counts of that
                    # thing in its own sentence, not the sentences after it
                    and not (first.kind == "since" and _FOUNDED_THEN_NOW_RE.match(lower, first.end, sent.end))
                ):
                    rp = self._resolve(first, self._year_context(st), doc_date)
                    if rp is not None:
                        st.para_period = rp
            elif st.para_period is not None and _REPORT_SPAN_RE.match(lower, sent.start):
                # Session 12 (holdout27's language): "Tháng 7 và tháng 8, ... . Chín tháng qua,
                # các chi bộ đã tổ chức ... . Các khu phố cũng tổ chức ...": a later sentence that
                # opens with the report's own span brings the paragraph back to it, for the
                # sentences after it too
                st.para_period = None
            if sent_periods and text.find(":", sent.end - 4, sent.end) != -1 and _ends_in_colon(text, sent.start, sent.end):
                # a lead-in (":" ends its line, as no sentence ends before it) that opens with a
                # period dates the list lines under it (above, at a new paragraph)
                first = sent_periods[0]
                opening = text[sent.start : first.start]
                if len(opening) <= 12 and not (st.concessive and opening.lower().startswith(_CONCESSIVE_OPENERS)):
                    st.lead_period = self._resolve(first, self._year_context(st), doc_date)
            if st.section_needs_period and not self._is_heading_sentence(st, sent):
                st.section_needs_period = False
                if (
                    sent_periods
                    # ("Tính đến ngày 30/6/2017, Quận 11 có 64 báo cáo viên.": a date as of which
                    # stocks are counted dates its clause only, not the section)
                    and sent_periods[0].kind not in _AS_OF_KINDS
                    and _states_section_period(text, sent, sent_periods[0])
                    and not (st.concessive and _in_concession(lower, sent.start, sent_periods[0].start))
                    and not self._future_before(st, sent, sent_periods[0].start)
                    # ("Đại hội ... diễn ra từ ngày 26 đến 28/7": the days a meeting sat)
                    and not (sent_periods[0].kind == "between" and _meeting_days(lower, sent_periods[0]))
                ):
                    # ("Dù tháng 1 quận chỉ mở được 2 lớp, cả quý ...": the month of a
                    # concession is no period of the section; nor is the year of a goal: "Huyện
                    # có 19 xã, đang phấn đấu trở thành quận vào năm 2025")
                    rp = self._resolve(sent_periods[0], self._year_context(st), doc_date)
                    if rp is not None:
                        st.section_period = rp
            tokens_here = by_sent_tokens.get(si)
            if tokens_here or units_here:  # (a sentence with neither changes nothing)
                self._sentence(
                    st, sent, tokens_here or [], sent_periods, all_periods, units_here, ref_for_units
                )
        return DocumentResult(doc_id, doc_date, source, st.observations, st.unclassified)

    # ---- article context ---------------------------------------------------------------
    def _article_period(
        self,
        sentences: list[Sentence],
        by_sent: dict[int, list[PeriodMention]],
        doc_date: date | None,
        lower: str,
        concessive: bool,
    ) -> tuple[Period | None, int]:
        """The first reporting period named near the top (headline or first sentences).

        concessive: _mentions_concession(lower)."""
        issue: tuple[Period, int] | None = None
        # the headline or first sentences; failing that, the first period the report names
        for si in range(len(sentences)):
            if issue is not None and si >= 8:
                return issue
            for p in by_sent.get(si, []):
                if p.kind not in _PERIOD_KINDS_FOR_FACTS or p.kind in _AS_OF_KINDS:
                    continue
                if (
                    issue is None
                    and p.kind == "month"
                    and _ISSUE_MONTH_RE.search(lower, max(sentences[si].start, p.start - 14), p.start)
                ):
                    # "BẢN TIN ... – SỐ 10 (THÁNG 10/2020)": the month of a bulletin's issue; a
                    # period the headline or first sentences name ("giao ban công tác tuyên giáo
                    # 9 tháng năm 2020") is the article's, else the issue's month is
                    rp = self._resolve(p, None, doc_date)
                    if rp is not None:
                        issue = (rp, si)
                        continue
                if concessive and _in_concession(lower, sentences[si].start, p.start):
                    continue  # "Mặc dù quý I chỉ mở được 1 lớp, ...": it dates the concession only
                if p.kind == "between" and _meeting_days(lower, p):
                    # "Đại hội ... diễn ra từ ngày 26 đến 28/7": the days a meeting sat date its
                    # own sentence, not the work the article reviews
                    continue
                year = None
                if p.needs_year:
                    later = [q for q in by_sent.get(si, []) if q.year and q.start > p.start]
                    year = later[0].year if later else (doc_date.year if doc_date else None)
                    if year is None:
                        # no date yet: "Hai huyện khép lại quý III ...\n\nQuý III năm 2023, ...":
                        # the year the next sentences of the top state (a period written with
                        # its year needs no document date)
                        year = self._stated_year(by_sent, si + 1, min(len(sentences), 8))
                rp = self._resolve(p, year, doc_date)
                if rp is not None and si >= 8 and doc_date is not None and rp.start > doc_date:
                    continue  # deep in the text, a period after the report's date is a plan
                if (
                    rp is not None
                    and doc_date is not None
                    and rp.start > doc_date
                    and lower.endswith("vào ", 0, p.start)
                ):
                    # Session 13 (holdout36's language): "Huyện đang hoàn thành các tiêu chí để trở
                    # thành quận vào năm 2025" in the lead of a review dated 2024: "vào" + a year
                    # after the report's date is when a goal is to be reached, no period of it
                    continue
                if rp is not None and p.kind == "since" and si + 1 < len(sentences) and lower.startswith(",", p.end):
                    # Session 13 (holdout37's language): "Từ ngày 1/7/2025, thành phố có 126 xã,
                    # phường. Trong quý III năm 2025, ...": a day the top opens with "từ" yields
                    # to the named span (a quarter, months, a year) the next sentence reports on
                    # when that span holds the day
                    named = self._named_span_after(by_sent, si + 1, doc_date, rp.start, sentences[si + 1].start)
                    if named is not None:
                        return named, si + 1
                if (
                    rp is not None
                    and p.kind == "since"
                    and si + 1 < len(sentences)
                    and lower.startswith("(", sentences[si + 1].start)
                ):
                    # Session 14 (holdout56's language): a title "Kết quả công tác tuyên giáo từ
                    # khi phường đi vào hoạt động" over a line "(từ ngày 01/7/2025 đến ngày
                    # 30/11/2025)": the span in brackets under it spells out the title's span,
                    # ending where it says (not at the report's date)
                    for q in by_sent.get(si + 1, ())[:1]:
                        if q.kind == "between" and q.year and q.start - sentences[si + 1].start <= 2:
                            rq = self._resolve(q, q.year, doc_date)
                            if rq is not None and rq.start >= rp.start and (doc_date is None or rq.end <= doc_date + _REPORTING_GRACE):
                                return rq, si + 1
                if (
                    rp is not None
                    and p.kind == "year"
                    and doc_date is not None
                    and rp.end > doc_date + _REPORTING_GRACE
                ):
                    # Session 13 (holdout41's language): "Củ Chi, Nhà Bè: Sơ kết 9 tháng công tác
                    # tuyên giáo năm 2017" / "... khởi động năm 2026" over a lead "Quý I năm 2026,
                    # ...": a year still running at the report's date is no span it reports on;
                    # the span of that year which the next sentences of the top name is
                    # (the sentence stays the headline's: the lead's own period still opens its
                    # paragraph)
                    narrower = self._span_within(by_sent, si + 1, min(len(sentences), 8), rp, doc_date)
                    if narrower is not None:
                        return narrower, si
                if rp is not None:
                    return rp, si
                if p.needs_year:
                    # keep it unresolved: the document date found later gives the year
                    return Period(date.min, date.min, "", "", p), si
        return issue if issue is not None else (None, -1)

    def _named_span_after(
        self, by_sent: dict[int, list[PeriodMention]], si: int, doc_date: date | None, day: date, at: int
    ) -> Period | None:
        """The named reporting span (a quarter, the first months, a half, a year, a month) opening
        sentence si (starting at `at`) that holds `day`, resolved; None if it opens with none."""
        for q in by_sent.get(si, ())[:1]:
            if q.kind in _NAMED_SPAN_KINDS and q.year and q.start - at <= 12:
                rq = self._resolve(q, q.year, doc_date)
                if rq is not None and rq.start <= day <= rq.end:
                    return rq
        return None

    def _span_within(
        self, by_sent: dict[int, list[PeriodMention]], a: int, b: int, year: Period, doc_date: date
    ) -> Period | None:
        """The first named span (a quarter, the first months, a half, a month) of sentences
        a..b-1 stated with the year of `year` and over by the report's date, resolved; None if
        they name none."""
        y = year.start.year
        for si in range(a, b):
            for q in by_sent.get(si, ()):
                if q.year == y and q.kind in _NAMED_SPAN_KINDS and q.kind != "year":
                    rq = self._resolve(q, y, doc_date)
                    if rq is not None and rq.end <= doc_date + _REPORTING_GRACE:
                        return rq
        return None

    @staticmethod
    def _stated_year(by_sent: dict[int, list[PeriodMention]], a: int, b: int) -> int | None:
        """The year of the first period of sentences a..b-1 that states one."""
        for si in range(a, b):
            for q in by_sent.get(si, ()):
                if q.year and q.kind in _PERIOD_KINDS_FOR_FACTS and q.kind not in _AS_OF_KINDS:
                    return q.year
        return None

    def _dateline_without_year(
        self,
        text: str,
        sentences: list[Sentence],
        by_sent: dict[int, list[PeriodMention]],
        article: Period | None,
    ) -> date | None:
        """'(Nguồn) - Ngày 9/1, ...' at the top: the day and month of the document."""
        for si in range(min(len(sentences), 4)):
            s = sentences[si]
            for p in by_sent.get(si, []):
                if p.kind != "daymonth":
                    continue
                before = text[s.start : p.start]
                if not _DATELINE_LEAD_RE.fullmatch(before):
                    continue
                if len(before) > 200:
                    continue
                if article is None or not article.label:
                    return None
                y = article.end.year
                # an annual review ("tổng kết năm 2024") is held early in the next year
                if article.ptype in ("year", "term") and p.b is not None and p.b <= 3:
                    y += 1
                try:
                    return date(y, p.b or 0, p.a or 0)
                except ValueError:
                    return None
        return None

    def _inferred_date(self, periods: list[PeriodMention], article: Period | None) -> date | None:
        if article is None or not article.label:
            return None
        year = article.end.year
        best: date | None = None
        for p in periods:
            if p.kind in ("date", "daymonth", "asof"):
                d = p.point(year)
                if d is not None and (p.year is None or p.year == year) and (best is None or d > best):
                    best = d
            elif p.kind == "between" and p.c and p.d:
                # "từ ngày 6/9/2021 đến ngày 28/9/2021": the last day is a date the text mentions
                y = p.year2 or p.year
                if y is None or y == year:
                    try:
                        d = date(year, p.d, p.c)
                    except ValueError:
                        continue
                    if best is None or d > best:
                        best = d
        return best

    def _resolve(self, p: PeriodMention, year: int | None, doc_date: date | None) -> Period | None:
        r = p.resolve(year, doc_date)
        if r is None:
            return None
        return Period(r[0], r[1], r[2], r[3], p)

    def _resolve_in_walk(self, st: _DocState, p: PeriodMention, year: int | None) -> Period | None:
        """_resolve(p, year, st.doc_date), made once per mention and year of a document."""
        key = (id(p), year)
        try:
            return st.resolved[key]
        except KeyError:
            rp = st.resolved[key] = self._resolve(p, year, st.doc_date)
            return rp

    def _year_context(self, st: _DocState) -> int | None:
        for p in (st.para_period, st.section_period, st.article_period):
            if p is not None and p.label:
                return p.end.year
        return st.doc_date.year if st.doc_date else None

    def _province_ref(self, code: str | None) -> UnitRef | None:
        prov = self.units.provinces.get(code or "")
        return self._ref(prov) if prov else None

    def _ref(self, u: OrgUnit) -> UnitRef:
        """UnitRef.of(u) for a unit of the index, made once (UnitRef is immutable)."""
        got = self._refs.get(id(u))
        if got is None or got[0] is not u:
            got = self._refs[id(u)] = (u, UnitRef.of(u))
        return got[1]

    def _doc_province(self, mentions: list[UnitMention], at: date | None) -> UnitRef | None:
        for m in mentions:
            if m.kind == "named":
                # only a unit that exists at the date ("Bình Dương" is a ward only from 2025)
                ref = self._named_ref(m, at, None)
                if ref is not None:
                    return self._province_ref(ref.province_code)
        return None

    def _article_unit(
        self,
        text: str,
        sentences: list[Sentence],
        by_sent: dict[int, list[UnitMention]],
        at: date | None,
        province: UnitRef | None,
    ) -> UnitRef | None:
        """The unit the headline or first sentence is about.

        In the first sentence (from the top) naming a unit: the first unit that is not part of
        a person's title ("Bí thư Quận ủy Quận 1 ...") nor a place ("tại Quận 1"); city
        bodies count as the province. If every mention is such, the most specific one.
        A letterhead's first line "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI" names the superior party
        organisation; the committee line under it ("HUYỆN ỦY THẠCH THẤT") is the issuer.
        """
        if len(sentences) > 1 and text.startswith("ĐẢNG BỘ ", sentences[0].start):
            nxt = [m for m in by_sent.get(1, []) if m.kind in ("named", "ward")]
            ref = self._named_ref(nxt[0], at, province) if nxt else None
            if ref is not None and ref.level in _PARTY_LOCAL_LEVELS:
                return ref
        for si in range(min(len(sentences), 8)):
            mentions = [m for m in by_sent.get(si, []) if m.kind != "district_anaphora"]
            refs: list[tuple[UnitMention, UnitRef]] = []
            for k, m in enumerate(mentions):
                if m.kind == "province_body" and k + 1 < len(mentions) and mentions[k + 1].start - m.end <= 1:
                    continue  # "Thành ủy Thủ Đức": the name that follows says which city
                ref = province if m.kind == "province_body" else self._named_ref(m, at, province)
                if ref is not None and not (
                    si < 3 and _MEDIA_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None
                ):
                    # ("ĐÀI TRUYỀN HÌNH TP.HCM" over a report on a commune: the broadcaster's
                    # letterhead names who aired it, not whom it is about)
                    refs.append((m, ref))
            if not refs:
                continue
            for m, ref in refs:
                before = text[max(0, m.start - 45) : m.start].lower()
                if not _TITLE_BEFORE_RE.search(before):
                    return ref
            local = [r for _, r in refs if r.level in _PARTY_LOCAL_LEVELS]
            return local[0] if local else refs[0][1]
        return province

    def _named_ref(self, m: UnitMention, at: date | None, province: UnitRef | None) -> UnitRef | None:
        if m.kind == "named":
            u = self.units.pick(m.candidates, at)
            if u is None:
                return None
            if u.level == "ward" and at is not None and at < REFORM_DATE:
                return None
            if u.level == "district" and at is not None and at >= REFORM_DATE:
                return None
            return self._ref(u)
        if m.kind == "ward":
            if at is None or at < REFORM_DATE or m.text.split()[-1].isdigit():
                return None  # before the reform wards belong to their district's reports
            key = (m.text, province.province_code if province else None)
            try:
                return self._ward_refs[key]
            except KeyError:
                u = self.units.ward(*key)
                ref = self._ward_refs[key] = UnitRef.of(u) if u else None
                return ref
        return None

    def _table_cells(
        self,
        text: str,
        mentions: list[UnitMention],
        at: date | None,
        province: UnitRef | None,
        periods: list[PeriodMention] | None = None,
        column_periods: dict[int, PeriodMention | None] | None = None,
    ) -> dict[int, tuple[int, int, UnitRef | None, int, int]]:
        """A table written as text lines ("Chỉ tiêu | Quận A | Thị xã B", then "Số lớp | 38 |
        21"): a header line whose cells after the first each name one unit, and the lines after
        it with as many cells. Each data cell's start -> (its line's start, the line's first
        bar, the unit of its column, -1, -1): the row's label names the indicator, the column
        the unit. A header of two cells whose second is a word for the figures ("Nội dung | Số
        lượng") heads one column of the unit the text around names (None).

        A header of three cells or more naming no unit and holding no
        figure ("Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)") names a measure
        a column: its cells carry their header cell's span (the last two fields) instead, the
        row's label naming a study, a campaign, a period or a unit.

        A header whose cells after the first each name a period ("Chỉ tiêu | Năm 2023 | Năm
        2024", "Nội dung | 6 tháng đầu năm 2024 | 6 tháng đầu năm 2025"), or compare them ("So
        sánh (%)", "Tăng, giảm"), heads columns of the unit the text around names: each cell's
        period (None under a comparing cell) goes into `column_periods`, the row's label naming
        the indicator."""
        cells: dict[int, tuple[int, int, UnitRef | None, int, int]] = {}
        spans: list[PeriodMention | None] | None = None
        pos = 0
        n = len(text)
        columns: list[UnitRef | None] | None = None
        heads: list[tuple[int, int]] | None = None
        while pos < n:
            nl = text.find("\n", pos)
            line_end = n if nl == -1 else nl
            line = text[pos:line_end]
            parts = line.split("|") if "|" in line else None
            if parts is None or len(parts) < 2:
                columns = None
                spans = None
            elif columns is not None and (
                len(parts) == len(columns) + 1 or (len(parts) <= len(columns) and _short_row(parts))
            ):
                # (a row of fewer cells, "Tổng cộng | 886 | 42.981" under four columns: its
                # cells in the first columns, the last ones left empty)
                bar = pos + len(parts[0])
                off = bar + 1
                # (the row's sentence opens at its first character: a row whose number cell
                # was blanked, `_without_row_numbers`, opens with spaces)
                row = pos if line[:1] != " " else pos + len(line) - len(line.lstrip(" "))
                for i, (part, unit) in enumerate(zip(parts[1:], columns)):
                    lead = len(part) - len(part.lstrip())
                    if part.strip():
                        if spans is not None and column_periods is not None:
                            column_periods[off + lead] = spans[i]
                        if heads is None:
                            cells[off + lead] = (row, bar, unit, -1, -1)
                        else:
                            cells[off + lead] = (row, bar, None, heads[i][0], heads[i][1])
                    off += len(part) + 1
            elif len(parts) == 2:
                # "Nội dung | Số lượng" over "Hội nghị cấp huyện | 02": one column of figures
                second = parts[1].strip().lower()
                columns = [None] if second in _FIGURES_HEADERS else None
                heads = None
                if columns is None and second.startswith(_MEASURE_HEADER_OPENINGS):
                    # "Hình thức | Số buổi" over "Nói chuyện chuyên đề | 14": the column's
                    # header names the measure of what each row names
                    heads = _header_measures(pos, parts, 2)
                    if heads is not None:
                        columns = [None]
                spans = None
                if columns is None and periods:
                    spans = _header_periods(pos, parts, periods)
                    if spans is not None:
                        columns = [None]
            else:
                columns = self._header_units(text, pos, parts, mentions, at, province)
                heads = None
                spans = None
                if columns is None and periods:
                    # (before measures: "Chỉ tiêu | Quý III | Quý IV" names no measure)
                    spans = _header_periods(pos, parts, periods)
                    if spans is not None:
                        columns = [None] * len(spans)
                if columns is None:
                    heads = _header_measures(pos, parts)
                    if heads is not None:
                        columns = [None] * len(heads)
            pos = line_end + 1
        return cells

    def _header_units(
        self,
        text: str,
        pos: int,
        parts: list[str],
        mentions: list[UnitMention],
        at: date | None,
        province: UnitRef | None,
    ) -> list[UnitRef] | None:
        """The unit each cell after the first of a header line names (None unless all do)."""
        out: list[UnitRef] = []
        off = pos + len(parts[0]) + 1
        for part in parts[1:]:
            a, b = off, off + len(part)
            off = b + 1
            k = bisect.bisect_left(mentions, a, key=lambda m: m.start)
            ref = None
            for m in mentions[k : k + 3]:
                if m.start >= b:
                    break
                ref = self._named_ref(m, at, province)
                if ref is not None:
                    break
            if ref is None:
                return None
            out.append(ref)
        return out

    @staticmethod
    def _lead_study(st: _DocState, heading: int) -> str:
        """The study named by the headline and lead above the first unit's section heading.

        "Ba quận hoàn thành học tập Nghị quyết Trung ương 7 ..." / "... các quận A, B và C đã
        cơ bản hoàn thành việc học tập, quán triệt các nghị quyết ..." over "* Quận A" / "Quận
        ủy tổ chức 2 hội nghị cấp quận; các đảng bộ phường mở 312 lớp": an article about
        several units' study of a resolution names it once, at its top; the sections under it
        report that study. The words from the last "học tập" / "quán triệt" before the heading
        (normalised), or "" when the top names no study or is no short lead (a report's
        preamble of several paragraphs)."""
        a = max(0, heading - _LEAD_STUDY_SPAN)
        lower = st.lower
        k = max(lower.rfind("quán triệt", a, heading), lower.rfind("học tập", a, heading))
        if k == -1 or lower.count("\n\n", 0, heading) > 4:
            return ""
        end = lower.find("\n", k, heading)
        return st.norms.norm(k, min(end if end != -1 else heading, k + 120))

    def _is_heading_sentence(self, st: _DocState, sent: Sentence) -> bool:
        return sent.start == st.heading_start

    def _maybe_heading(
        self,
        st: _DocState,
        sent: Sentence,
        units: list[UnitMention],
        periods: list[PeriodMention],
        at: date | None,
    ) -> None:
        """A paragraph that opens with a unit starts that unit's section.

        "Quận 6: ..." or a short line naming a unit is a heading (its period, or the next
        sentence's, is the section's period); "Tại Quận 9, ..." opening a paragraph moves the
        section to that unit without a period of its own.
        """
        if not units:
            return
        first = units[0]
        opening = st.text[sent.start : first.start]
        bullet = bool(opening) and opening[0] in _HEADING_BULLETS
        if bullet:
            # "* Huyện Cần Giờ", "▪ Việt Hưng – ...": a bullet before a unit's name heads its
            # section (a bulleted line with a figure after the name is a list item: "* Quận 1: 12 lớp")
            line_end = st.text.find("\n", first.end)
            if _HAS_DIGIT_RE.search(st.text, first.end, line_end if line_end != -1 else len(st.text)):
                return
            opening = opening.lstrip(_HEADING_BULLETS)
        if len(opening) > 12 or not _HEADING_LEAD_RE.fullmatch(opening):
            return
        ref = self._named_ref(first, at, st.province)
        if ref is None:
            return
        after = st.text[first.end : first.end + 2]
        line_end = st.text.find("\n", sent.start)
        line_len = (line_end if line_end != -1 else len(st.text)) - sent.start
        if after == ", " and st.lower.startswith("ngày", first.end + 2):
            return  # a dateline under the letterhead ("Hà Nội, ngày 04/10/2019") names a place
        is_heading = not opening and (
            after.startswith(":") or (line_len < 90 and sent.end - sent.start == line_len)
        )
        if not is_heading and not (opening and after.startswith(",")):
            return
        st.section_unit = ref
        if ref.level in _PARTY_LOCAL_LEVELS:
            st.last_local = ref
        if not is_heading:
            return
        st.heading_start = sent.start
        if st.lead_study is None and not _names_several_units(st.text, units, after, line_end):
            lead = self._lead_study(st, sent.start)
            # Session 14 (holdout51's language): "Hà Nội: 126 xã, phường hoàn thành học tập ..."
            # as the headline: a unit and a colon opening the article is its title, not a
            # section; the study its lead names is looked for at the first section below
            st.lead_study = lead if lead or st.text.count("\n", 0, sent.start) > 3 else None
        fact_periods = [p for p in periods if p.kind in _PERIOD_KINDS_FOR_FACTS]
        st.section_period = None
        st.section_needs_period = True
        if fact_periods:
            rp = self._resolve(fact_periods[0], self._year_context(st), st.doc_date)
            if rp is not None:
                st.section_period = rp
                st.section_needs_period = False
                st.bracket_period = False  # (a unit's heading dates its section now)

    # ---- sentence level ----------------------------------------------------------------
    def _sentence(
        self,
        st: _DocState,
        sent: Sentence,
        tokens: list[NumberToken],
        periods: list[PeriodMention],
        all_periods: list[PeriodMention],
        units: list[UnitMention],
        at: date | None,
    ) -> None:
        text = st.text
        stext = text[sent.start : sent.end]
        # unit mentions resolved in order; anaphora resolve to the last named local unit
        resolved: list[tuple[int, UnitRef | None, UnitMention]] = []
        # "Phường Sài Gòn được thành lập trên cơ sở sắp xếp phường Bến Nghé, ...": units named
        # after the first one are history, not the subject of what follows (looked up when a
        # second local unit is named)
        historical: bool | None = None
        named_seen = 0
        unit_at = at
        # (looked up at the first named unit of a sentence after the reform)
        unit_at_known = at is None or at < REFORM_DATE
        for m in units:
            if m.kind in ("named", "ward"):
                if not unit_at_known:
                    # Session 14 (holdout51's language): "Sáu tháng đầu năm 2025, Ban Tuyên giáo
                    # Quận ủy Quận 1 tổ chức 09 hội nghị" in a new ward's report: a sentence dated
                    # before the 1 July 2025 reform names the district as it then was (its units
                    # resolve at the end of the sentence's period, else its paragraph's or section's)
                    unit_at_known = True
                    before = self._period_before_reform(st, periods)
                    if before is not None:
                        unit_at = before
                ref = self._named_ref(m, unit_at, st.province)
                if ref is not None and ref.level in _PARTY_LOCAL_LEVELS:
                    named_seen += 1
                    if named_seen > 1 and historical is None:
                        sent_lower = st.lower[sent.start : sent.end]
                        historical = False
                        for k in _HISTORY_KEYS:  # (a loop: cheaper than any() of a generator)
                            if k in sent_lower:
                                historical = _HISTORY_RE.search(stext) is not None
                                break
                    former = _former_before(st.lower, m.start) or _FORMER_AFTER_RE.match(st.lower, m.end)
                    if former and named_seen == 1:
                        # (holdout62's language) "Cách làm này nối tiếp kinh nghiệm của huyện Mỹ
                        # Đức trước đây: ..., Huyện ủy Mỹ Đức đã tổ chức 28 buổi": a first unit
                        # named as a former one is no new unit whose later names are its history
                        named_seen = 0
                    if (
                        (historical and named_seen > 1)
                        or former
                        or _names_a_landmark(st.lower, m)
                        or _reference_before(st.lower, m.start)
                        or _predecessor_before(st.lower, sent.start, m.start)
                    ):
                        continue  # "(trước đây thuộc phường Phạm Ngũ Lão)", "phường Đa Kao cũ"
                    resolved.append((m.start, ref, m))
                    st.last_local = ref
                    if (
                        named_seen == 1
                        and sent.first_in_para
                        and _opens_as_subject(st.lower, sent.start, m.start)
                    ):
                        # "Nhà Bè có 7 xã; ...": the paragraph is about it (see _unit_for)
                        st.para_unit = ref
                    continue
                ms = m.start
                if (
                    ref is not None
                    and ref.level == "province"
                    and (
                        st.lower.endswith("của ", ms - 4 if ms > 4 else 0, ms)
                        # "Bình Chánh, huyện có dân số đông nhất Thành phố": a superlative's scope
                        or st.lower.endswith(_SUPERLATIVE_BEFORE, ms - 16 if ms > 16 else 0, ms)
                        or _topic_before(st.lower, sent.start, ms)
                        # "Nghị quyết Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVI": the
                        # province whose congress names the document, not the actor
                        or _DOC_OWNER_BEFORE_RE.search(st.lower, ms - 30 if ms > 30 else 0, ms) is not None
                    )
                    and (st.section_unit or st.article_unit) is not None
                    and (st.section_unit or st.article_unit).level in _PARTY_LOCAL_LEVELS  # type: ignore[union-attr]
                ):
                    # "Cầu Giấy là quận đầu tiên của Thủ đô ...": the scope, not the actor; "24
                    # phóng sự, video ngắn về Thủ đô ngàn năm văn hiến": the topic
                    continue
                resolved.append((m.start, ref, m))
            elif m.kind == "province_body":
                local_ctx = st.section_unit or st.article_unit
                ms = m.start
                back50 = ms - 50 if ms > 50 else 0  # (conditional bounds, not max(): see _number)
                back60 = ms - 60 if ms > 60 else 0
                # (the regexes below are tried at every character of their window: each only
                # where the words it opens with are in it)
                before50 = st.lower[back50:ms]
                possessive = (
                    m.text.lower().startswith("của")
                    or st.lower.endswith(_SUPERLATIVE_BEFORE, ms - 16 if ms > 16 else 0, ms)
                    or _owner_in_list(text, ms)
                    or _DOC_OWNER_BEFORE_RE.search(st.lower, ms - 30 if ms > 30 else 0, ms) is not None
                    or ("được" in st.lower[back60:ms] and _PASSIVE_AGENT_RE.search(st.lower, back60, ms) is not None)
                    or (
                        ("gửi" in before50 or "trình" in before50)
                        and _RECIPIENT_BEFORE_RE.search(st.lower, back50, ms) is not None
                    )
                    or ("phối hợp" in before50 and _PARTNER_BEFORE_RE.search(st.lower, back50, ms) is not None)
                    # Session 14 (holdout51's language): "Nghị quyết số 31-NQ/TW của Bộ Chính trị
                    # về Thành phố, chúng tôi mở thêm 48 lớp": the city a resolution is about
                    or (("về " in before50 or "tìm hiểu " in before50) and _topic_before(st.lower, sent.start, ms))
                )
                if possessive and local_ctx is not None and local_ctx.level in _PARTY_LOCAL_LEVELS:
                    # "Chương trình ... của Thành ủy": the city's document, not its work; "báo
                    # cáo ... gửi Thành ủy": whom the unit reports to
                    continue
                resolved.append((m.start, self._city_body_unit(st), m))
            else:
                ref = st.last_local or st.section_unit or st.article_unit
                if (
                    ref is not None
                    and ref.level == "district"
                    and at is not None
                    and at >= REFORM_DATE
                    and m.text[-1:] in _WARD_WORD_ENDS
                    and m.text.lower().endswith(_WARD_WORDS)
                    and not m.text.lower().endswith("thị xã")  # (a town, no ward)
                ):
                    if not unit_at_known:
                        # Session 14 (holdout54/55's language): "Sáu tháng đầu năm 2025, Ban
                        # Tuyên giáo Quận ủy Quận 1 tổ chức ...; các đảng bộ phường mở 86 lớp": in
                        # a sentence dated before the reform the wards are the district's own
                        unit_at_known = True
                        before = self._period_before_reform(st, periods)
                        if before is not None:
                            unit_at = before
                    if unit_at >= REFORM_DATE:  # (a date: `at` is known here)
                        # Session 14 (holdout51's language): "Sáu tháng đầu năm 2025, Quận ủy Long
                        # Biên ... . Từ ngày 1/7/2025, Đảng ủy phường tổ chức ...": "phường", "xã"
                        # after the reform is the new ward, never the district recalled before it
                        ref = st.article_unit if st.article_unit is not None and st.article_unit.level == "ward" else None
                        if ref is not None:
                            st.last_local = ref
                resolved.append((m.start, ref, m))
        if not tokens:
            return
        if stext.startswith(("Ảnh", "(Ảnh")) and ":" in stext[:8]:
            # a photo caption ("Ảnh: 6 đại biểu nhận giấy khen"): who is in the picture, not a result
            for tok in tokens:
                self._trap(st, tok, stext, "caption")
            return
        if stext.startswith(_MINUTES_LABELS) and ":" in stext[:30]:
            # a meeting's minutes: "Thành phần: 11/11 cán bộ, chuyên viên của Ban; ...", "Chủ trì:
            # ...": who sat at the meeting, not a result of work
            for tok in tokens:
                self._trap(st, tok, stext, "not_counted")
            return
        clause_bounds = [sent.start]
        if ";" in stext or ":" in stext or "-" in stext or "–" in stext:  # (no separator: no search)
            clause_bounds += [sent.start + e for e in _clause_separator_ends(stext)]
        # the spans no number may overlap: periods, then named units (periods first at one start)
        blocked = [(p.start, p.end, p) for p in all_periods]
        if units:
            named = [(m.start, m.end, m) for m in units if m.kind in ("named", "ward")]
            if named:
                # (each list is sorted by start: only both together need a sort, a stable one)
                blocked = sorted(blocked + named, key=_first) if blocked else named
        blocked_starts = []
        # the furthest end among the first k spans: a number starting there or later overlaps none
        blocked_reach = []
        reach = -1
        for a, b, _ in blocked:
            blocked_starts.append(a)
            if b <= reach:
                blocked_reach.append(reach)
            else:  # (not max(): a call costs more than the comparison)
                blocked_reach.append(b)
                reach = b
        by_clause: dict[int, list[PeriodMention]] = {}
        for p in periods:
            by_clause.setdefault(bisect.bisect_right(clause_bounds, p.start) - 1, []).append(p)
        prev: _Decided | None = None
        skip_next_upper: int | None = None
        last_trap: tuple[int, str] | None = None
        for i, tok in enumerate(tokens):
            clause_id = bisect.bisect_right(clause_bounds, tok.start) - 1
            clause_start = clause_bounds[clause_id]
            clause_end = clause_bounds[clause_id + 1] if clause_id + 1 < len(clause_bounds) else sent.end
            if skip_next_upper is not None and tok.start == skip_next_upper:
                self._trap(st, tok, stext, "range_upper")
                skip_next_upper = None
                continue
            reason = self._shape_or_span_trap(tok, blocked, blocked_starts, blocked_reach)
            if reason is None and st.term_words and _TERM_AFTER_RE.match(text, tok.end):
                reason = "ordinal"  # "Trung ương 6, 7 khóa XII": a plenum of a term, not 7 courses
            if (
                reason is None
                and last_trap is not None
                and last_trap[1] in _TRAP_LIST_REASONS
                and st.lower[last_trap[0] : tok.start].strip(" ,") in ("", "và")
                and not self.lexicon.starts_with_cue(norm(st.lower[tok.end : tok.end + 30]))
            ):
                reason = last_trap[1]  # "Trung ương 6, 7", "phường 4, 5 và": the list goes on
            if reason:
                if reason != "skip":
                    self._trap(st, tok, stext, reason)
                    last_trap = (tok.end, reason)
                continue
            n_traps = len(st.unclassified)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            decided = self._number(
                st,
                sent,
                stext,
                tok,
                nxt,
                prev,
                clause_id,
                clause_start,
                clause_end,
                periods,
                resolved,
                by_clause.get(clause_id, []),
            )
            if len(st.unclassified) > n_traps:
                last_trap = (tok.end, st.unclassified[-1].reason)
            if decided is not None:
                if decided.consumed_next and nxt is not None:  # "từ 3 đến 5 lớp": 5 is the bound
                    skip_next_upper = nxt.start
                prev = decided
            elif (
                nxt is not None
                and nxt.start - tok.end < 7
                and len(st.unclassified) > n_traps
                and tok.start >= 3
                and st.lower.startswith("từ ", tok.start - 3)
                and nxt.shape == "number"
                and st.lower[tok.end : nxt.start].strip() in _RANGE_JOINS
                and nxt.value is not None
                and tok.value is not None
                and nxt.value > tok.value
            ):
                # Session 14 (holdout49's language): "mỗi buổi từ 1.500 đến 2.000 lượt xem": the
                # upper bound of a range whose lower bound is no fact is none either
                skip_next_upper = nxt.start

    def _numbered_heading_period(self, st: _DocState, sent: Sentence, periods: list[PeriodMention]) -> None:
        """Session 14 (holdout51's language): "1. Giai đoạn trước sắp xếp (tháng 1 – tháng
        6/2025)", "2. Từ khi phường đi vào hoạt động (từ ngày 1/7/2025 đến nay)": a numbered
        heading line ending in a period in brackets dates its section, until the next numbered
        heading."""
        text = st.text
        line_end = text.find("\n", sent.start)
        if line_end == -1:
            line_end = len(text)
        if st.bracket_period:
            number = st.bracket_number
            if number and text.startswith(number, sent.start) and text[sent.start + len(number) : sent.start + len(number) + 1].isdigit():
                # Session 14 (holdout56's language): "2. Từ khi phường đi vào hoạt động (từ ngày
                # 1/7/2025 đến nay)" over "2.1. Học tập, quán triệt": a sub-heading numbered
                # under the dated heading is a part of its section, dated by it
                return
            st.bracket_period = False
            st.section_period = None
        if text[line_end - 1 : line_end] != ")" or line_end - sent.start > 160:
            if text[sent.start].isdigit() and line_end - sent.start < 120:
                self._results_heading_period(st, sent, periods, line_end)
            return
        opened = text.rfind("(", sent.start, line_end)
        if opened == -1:
            return
        k = bisect.bisect_right(periods, opened, key=_start_of)
        for p in periods[k : k + 2]:
            if p.end <= line_end and p.kind in _PERIOD_KINDS_FOR_FACTS and p.kind not in _POINT_KINDS:
                rp = self._resolve(p, p.year or self._year_context(st), st.doc_date)
                if rp is not None:
                    st.section_period = rp
                    st.section_needs_period = False
                    st.bracket_period = True
                    # (its number, "2." of "2. Từ khi ...": the sub-headings "2.1." go on under it)
                    dot = text.find(".", sent.start, sent.start + 4)
                    st.bracket_number = text[sent.start : dot + 1] if dot != -1 and text[sent.start : dot].isdigit() else ""
                return

    def _results_heading_period(
        self, st: _DocState, sent: Sentence, periods: list[PeriodMention], line_end: int
    ) -> None:
        """Session 15 (holdout53's language): "1. Kết quả 6 tháng đầu năm 2025 của Quận ủy Tây
        Hồ" over the district's figures, then "2. Kết quả của Đảng ủy phường (từ ngày 1/7/2025
        ...)": a numbered heading of results naming its span dates its section like a span in
        brackets, until the next numbered heading."""
        m = _NUMBERED_HEADING_RE.match(st.text, sent.start)
        if m is None or not st.lower.startswith("kết quả", m.end()):
            return
        k = bisect.bisect_left(periods, m.end(), key=_start_of)
        for p in periods[k : k + 2]:
            if p.end <= line_end and p.kind in _NAMED_SPAN_KINDS:
                rp = self._resolve(p, p.year or self._year_context(st), st.doc_date)
                if rp is not None:
                    st.section_period = rp
                    st.section_needs_period = False
                    st.bracket_period = True
                    dot = st.text.find(".", sent.start, sent.start + 4)
                    st.bracket_number = st.text[sent.start : dot + 1] if dot != -1 and st.text[sent.start : dot].isdigit() else ""
                return

    def _period_before_reform(self, st: _DocState, periods: list[PeriodMention]) -> date | None:
        """The end of the period a sentence's facts are dated by (its first period, else its
        paragraph's or section's) when it ends before the 1 July 2025 reform, else None."""
        rp = None
        if periods:
            p = periods[0]
            rp = self._resolve_in_walk(st, p, p.year or self._year_context(st))
        if rp is None:
            rp = st.para_period or st.section_period
        if rp is not None and rp.label and rp.end < REFORM_DATE:
            return rp.end
        return None

    @staticmethod
    def _future_before(st: _DocState, sent: Sentence, pos: int) -> bool:
        """A plan or future marker ("phấn đấu", "sẽ", "thời gian tới") before `pos` in the sentence."""
        found = st.future_cache.get(sent.start)
        if found is None:
            # the few markers the sentence contains at all (a cheap substring test, once), each
            # padded with spaces as it is looked for below
            # (by groups: the words of a group are looked for only if the sentence has the words
            # they share, e.g. "tới"; the order found does not matter below)
            stext = st.lower[sent.start : sent.end]
            hits = []
            for shared, words in _FUTURE_SENTENCE_GROUPS:
                if shared in stext:
                    if not words:
                        hits.append(f" {shared} ")  # (a group of one word: the word itself)
                        continue
                    for w in words:
                        if w in stext:
                            hits.append(f" {w} ")
            found = st.future_cache[sent.start] = tuple(hits)
        if not found:
            return False
        # plain lower-case words with punctuation blanked: enough for these phrases
        raw = before = st.lower[max(sent.start, pos - 300) : pos]
        for ch in _BLANK_PUNCT:
            if ch in before:
                before = before.replace(ch, " ")
        before = " " + before + " "
        if not any(w in before for w in found):
            return False
        if ";" in raw and _REQUEST_PADDED.issuperset(found):
            # (a request only: it may end at a ";", see _request_covers)
            return _request_covers(raw, [w for w in found if w in before])
        return True

    @staticmethod
    def _city_body_unit(st: _DocState) -> UnitRef | None:
        """'Thành ủy', 'thành phố' mean the province, or the district-level city the article is
        about (TP Thủ Đức has its own Thành ủy)."""
        art = st.article_unit
        if art is not None and art.level == "district" and art.name.startswith("Thành phố"):
            return art
        return st.province

    def _shape_or_span_trap(
        self,
        tok: NumberToken,
        blocked: list[tuple[int, int, object]],
        blocked_starts: list[int],
        blocked_reach: list[int],
    ) -> str | None:
        if tok.shape == "date":
            return "date"
        if tok.shape == "code":
            return "document_code"
        if tok.shape == "time":
            return "date"
        k = bisect.bisect_left(blocked_starts, tok.end)
        if k == 0 or blocked_reach[k - 1] <= tok.start:
            return None  # every span starting before the number ends before it
        end = tok.end
        # (the spans blocked[k - 8 : k], last first: an index loop costs less than a reversed slice)
        stop = k - 9 if k > 8 else -1
        for j in range(k - 1, stop, -1):
            a, b, obj = blocked[j]
            if a < end and tok.start < b:
                if isinstance(obj, PeriodMention):
                    if obj.kind == "year":
                        return "year"
                    return (
                        "date"
                        if obj.is_date or obj.kind in ("asof", "since", "between", "asofmonth")
                        else "period"
                    )
                if tok.shape == "words":
                    return "skip"
                return "named_body"
        return None

    def _number(
        self,
        st: _DocState,
        sent: Sentence,
        stext: str,
        tok: NumberToken,
        nxt: NumberToken | None,
        prev: _Decided | None,
        clause_id: int,
        clause_start: int,
        clause_end: int,
        periods: list[PeriodMention],
        units: list[tuple[int, UnitRef | None, UnitMention]],
        clause_periods: list[PeriodMention],
    ) -> _Decided | None:
        text = st.text
        lower = st.lower
        start = tok.start
        shape = tok.shape
        # (the bounds of the windows read for every number, here and below, are conditional
        # expressions: in this Python max() and min() parse keywords at each call, costing more than
        # the slice or the search they bound)
        back60 = start - 60 if start > sent.start + 60 else sent.start
        # --- words before the number: qualifier, then what the qualifier follows ---------
        before_lower = lower[start - 60 if start > clause_start + 60 else clause_start : start]
        before_words = before_lower.rsplit(None, 4)[-4:]  # (the last four: no more are read)
        if before_words and before_words[-1] in _QUALIFIERS.last_words:
            qualifier, qual_len = _qualifier(before_lower)
        else:
            qualifier, qual_len = "exact", 0  # (most numbers: no qualifier ends in the word before)
        if (
            qualifier == "at_least"
            and before_lower[len(before_lower) - qual_len :].strip() == "trên"
            and _tren_is_preposition(lower[clause_start : start - qual_len], lower[tok.end : tok.end + 40])
        ):
            qualifier, qual_len = "exact", 0
        if (
            qualifier == "at_least"
            and lower.startswith(_VESSELS_AFTER, tok.end)
            and before_lower[len(before_lower) - qual_len :].strip() == "trên"
            and _COUNT_NOUN_BEFORE_RE.search(
                lower, max(clause_start, start - qual_len - 50), start - qual_len
            )
        ):
            # "cho hơn 1.200 lượt ngư dân trên 85 tàu cá": "trên" right after a count of people
            # and before boats is "on" (where the people were), not "more than"
            self._trap(st, tok, stext, "place")
            return None
        if qualifier == "at_most" and (
            lower.find(" theo quy định", tok.end, min(tok.end + 40, clause_end)) != -1
            # (and, session 13, holdout37's language: "chia thành các lớp dưới 50 người", "mỗi
            # buổi không quá 20 người": the size each gathering was held to, not a count)
            or before_lower[: len(before_lower) - qual_len].rstrip().endswith(_GATHERING_BEFORE)
        ):
            # "chỉ tổ chức được với dưới 30 người theo quy định phòng dịch", "các buổi sinh
            # hoạt chỉ được tổ chức với dưới 20 người": a limit set by a rule, not a count
            self._trap(st, tok, stext, "target")
            return None
        if qual_len:
            pre = before_lower[: len(before_lower) - qual_len]
            pre_words = pre.rsplit(None, 4)[-4:]  # (the last four words before: only those are read)
        else:
            pre, pre_words = before_lower, before_words
        if pre_words and ("“" in pre or "(" in pre or '"' in pre):
            # "“Chi bộ 4 tốt”", "(sức chứa 350 chỗ)": the words, not the marks that open them
            pre_words = [w for w in (x.lstrip('“("') for x in pre_words) if w]
        is_words = shape == "words"
        if st.related_from != -1 and start > st.related_from and _in_related_zone(st.related_zones, start):
            # Session 14 (holdout57's language): under a web page's "Tin liên quan:" / "Xem
            # thêm:" / "Tin khác" the headlines of other articles ("- Quận 8: 32 tập thể được
            # khen thưởng ..."): their numbers are other reports' facts, not this one's
            self._trap(st, tok, stext, "not_counted")
            return None
        if st.counter_at and start in st.counter_at:
            # Session 14 (holdout57's language): a web page's counters ("Lượt xem: 1.482", "👁
            # 2.315 lượt đọc | 💬 4 bình luận"): page furniture, no audience of the work
            self._trap(st, tok, stext, "not_counted")
            return None
        k = lower.rfind("trong đó ", back60, start)
        if (
            k != -1
            and (
                _HAS_DIGIT_RE.search(lower, sent.start, k) is not None
                # Session 13 (holdout31's language): the count before "trong đó" written in words
                # ("mở mười hai lớp ..., trong đó có 2 lớp trung cấp")
                or (prev is not None and prev.token.shape == "words" and sent.start <= prev.token.start < k)
            )
            and not any(c in lower[k:start] for c in (";", ". ", ":"))
            # Session 14 (holdout45's language): "mở 14 lớp, trong đó có 5 lớp sơ cấp, cho 1.318
            # học viên": ", cho" / ", với" after the parts goes back to the count (its people)
            and not pre.endswith((", cho ", ", với "))
        ):
            # "Bài dự thi nhận được: 12.486 bài; trong đó 9.320 bài trắc nghiệm và 3.166 bài viết
            # tự luận": the parts of a count just given (the count is the fact)
            if not is_words:
                self._trap(st, tok, stext, "change")
            return None
        if is_words and tok.value == 1 and _one_of_listed(
            lower, start - 200 if start > sent.start + 200 else sent.start, start, tok.end
        ):
            # Session 13 (holdout39's language): "hai đợt sinh hoạt chính trị: một đợt về ..., một
            # đợt về ...": "một" + the noun of a count just before a colon names one of its items
            return None
        if prev is not None and prev.match is not None and prev.token.start >= sent.start and not is_words:
            k = lower.rfind(" gồm ", prev.token.end, start)
            if (
                k != -1
                and (lower[k - 1 : k] == "," or lower.endswith(", bao", prev.token.end, k))
                and _same_noun_part(lower, prev.token.end, k, tok.end)
            ):
                # "36 trang thông tin điện tử, gồm cổng thông tin của Thành ủy ... và 34 trang của
                # các phường": after ", gồm" the same noun again counts a part of the count just
                # given (the count is the fact)
                self._trap(st, tok, stext, "change")
                return None
        k = lower.rfind("(", back60, start)
        if k == -1 and back60 > sent.start:
            # Session 13 (holdout31's language): a breakdown in brackets listing long parts ("mở 9
            # lớp (gồm 4 lớp sơ cấp lý luận chính trị, 3 lớp bồi dưỡng đảng viên mới và 2 lớp
            # ...)"): its later parts stand more than 60 characters after the bracket
            k = lower.rfind("(", start - 160 if start > sent.start + 160 else sent.start, back60)
            if k != -1 and not lower.startswith(_BREAKDOWN_OPENINGS, k + 1) and not lower[k + 1 : k + 2].isdigit():
                # Session 13 (holdout38's language): the bracket may open on its first part's
                # number, "mở mười hai lớp (4 lớp sơ cấp ..., 5 lớp bồi dưỡng đảng viên mới và 3
                # lớp ...)": kept when its numbers add up to the count before it (below)
                k = -1
        if (
            k != -1
            and lower.startswith(_BREAKDOWN_OPENINGS, k + 1)
            and lower.find(")", k, start) == -1
            and _HAS_DIGIT_RE.search(lower, max(sent.start, k - 100), k) is not None
        ):
            # "Văn bản ban hành: 24 (gồm 9 kế hoạch, 15 hướng dẫn)": the parts in brackets of
            # the count just before them (Session 12, holdout29's language: the count's noun may
            # be long, "18 văn bản lãnh đạo, chỉ đạo về công tác chính trị, tư tưởng (gồm 7 ...")
            if not is_words:
                self._trap(st, tok, stext, "change")
            return None
        if (
            k != -1
            and not is_words
            and lower[k + 1 : k + 2].isdigit()
            and lower.find(")", k, start) == -1
            and _parts_in_brackets(text, max(clause_start, k - 100), k, sent.end)
        ):
            # "ban hành 22 văn bản (09 kế hoạch, 13 hướng dẫn)", "35 trang thông tin điện tử (1
            # của Quận ủy và 34 của các phường)": numbers in brackets that add up to the count
            # just before them are its parts (the count is the fact). (Session 13, holdout33's
            # language: the count's noun may be long, "mười hai lớp bồi dưỡng lý luận chính trị,
            # nghiệp vụ (6 lớp ...": 100 characters back, was 50)
            self._trap(st, tok, stext, "change")
            return None
        if (
            is_words
            and tok.value == 1
            and _SPEAKER_AFTER_RE.match(lower, tok.end, min(len(lower), clause_end + 2)) is not None
        ):
            # "Chia sẻ tại hội nghị, một báo cáo viên cơ sở ở xã A kể: “...”": "một" introduces
            # someone who speaks, it counts nothing
            return None

        # --- range "3-5 lớp" or "từ 3 đến 5 lớp": the lower bound, at least --------------
        consumed_next = False
        value = tok.value
        if shape == "range" and value is not None and tok.second is not None:
            if _is_year(value) and _is_year(tok.second):
                self._trap(st, tok, stext, "year")
                return None
            after_range = st.norms.norm(tok.end, tok.end + 40)
            if tok.second <= value or (
                value <= 31 and tok.second <= 12 and not self.lexicon.starts_with_cue(after_range)
            ):
                self._trap(st, tok, stext, "date")  # "ngày 30-4", "Quốc khánh 2-9"
                return None
            qualifier = "at_least"
        elif nxt is not None and not is_words and nxt.shape in ("number", "percent"):
            gap = lower[tok.end : nxt.start]
            if (
                gap.strip() in ("đến", "tới", "-", "–")
                and nxt.value is not None
                and value is not None
                and nxt.value > value
            ):
                # "từ 3 đến 5 lớp"; without "từ" when a counted noun or a span of time follows
                # the bound ("15 đến 20 ngày", "3 đến 5 lớp")
                after_bound = [w.strip(".,;:)") for w in lower[nxt.end : nxt.end + 12].split(None, 1)[:1]]
                if after_bound and after_bound[0] in _DURATION_WORDS:
                    # "đi biển 15 đến 20 ngày": a span of time, both bounds
                    self._trap(st, tok, stext, "duration")  # (the caller traps the bound)
                    return _Decided(tok, None, qualifier, tok.end, clause_id, False, True, False)
                if pre_words[-1:] == ["từ"] or (
                    after_bound and self.lexicon.starts_with_cue(st.norms.norm(nxt.end, nxt.end + 40))
                ):
                    qualifier = "at_least"
                    consumed_next = True
        if (
            not consumed_next
            and nxt is not None
            and nxt.shape == "number"
            and not is_words
            and nxt.start - tok.end < 24
            and _OF_TOTAL_RE.fullmatch(lower, tok.end, nxt.start)
            and nxt.value is not None
            and value is not None
            and nxt.value >= value
        ):
            # "1.846 trên tổng số 1.902 đảng viên": a fraction in words, like "1.846/1.902 đảng
            # viên": the numerator counts the noun after the total, the total is no fact
            consumed_next = True
        if (
            shape != "percent"
            and "mỗi " in pre
            and (
                _HABIT_PER_TIME_RE.search(pre)
                # Session 12 (holdout29's language): "tổ ... gồm 9 đồng chí, mỗi ngày chọn tối đa 5
                # tin để đăng": a cap or a floor set for each day, the doer named before "mỗi"
                or (
                    qual_len
                    and _HABIT_CAP_RE.search(lower, start - qual_len - 60 if start - qual_len > 60 else 0, start)
                    is not None
                )
            )
        ):
            # "mỗi ngày chúng tôi đăng ít nhất 5 tin", "mỗi năm quận tổ chức từ 10 đến 12 hội
            # nghị": what someone does each day or year, a habit, not a count of the period (a
            # figure given for each day with no doer, "mỗi ngày có 358.118 lượt quét", stays one)
            self._trap(st, tok, stext, "per_item")
            if consumed_next:  # (the caller traps the range's upper bound)
                return _Decided(tok, None, qualifier, tok.end, clause_id, False, True, False)
            return None
        if (
            qual_len
            and shape != "percent"
            and len(pre_words) > 1
            and pre_words[-2] == "mỗi"
            and pre_words[-1] in _EACH_TIME_WORDS
        ):
            # "nói chuyện đều đặn, mỗi năm khoảng 240 buổi", "mỗi tuần gần 30 tin": a figure for
            # each day, week, month or year with a qualifier between, a per-period figure like
            # "mỗi tháng 1 hội nghị", not a count of the period ("mỗi ngày có N lượt" stays one)
            self._trap(st, tok, stext, "per_item")
            if consumed_next:  # (the caller traps the range's upper bound)
                return _Decided(tok, None, qualifier, tok.end, clause_id, False, True, False)
            return None

        # --- fractions: "4.207/4.412 đảng viên" is a count; "21/6" a date ---------------
        if shape == "fraction":
            after_words = text[tok.end : min(clause_end, tok.end + 100)].split(None, 1)
            next_word = after_words[0] if after_words else ""
            # "chiếm 1/10 số ca", "1/3 số chi bộ": a share of something, not a count
            if any(pre.rstrip().endswith(w) for w in SHARE_WORDS) or next_word.lower() == "số":
                self._trap(st, tok, stext, "share")
                return None
            # "Quốc khánh 2/9", "21/6," : a day/month unless a counted noun follows
            looks_dm = (tok.value or 0) <= 31 and (tok.second or 0) <= 12
            orig_pre = _last_words(text[max(clause_start, tok.start - 60) : tok.start - qual_len], 1)
            after_name = bool(orig_pre) and orig_pre[-1][:1].isupper()
            # ("Ngày hội Đại đoàn kết 18/11 và Ngày Nhà giáo": a word that is no counted noun
            # after it, a conjunction or a preposition, leaves a day and month)
            if looks_dm and (not next_word[:1].islower() or after_name or next_word in _NOT_NOUN_AFTER_DATE):
                self._trap(st, tok, stext, "date")
                return None

        stop80 = tok.end + 80 if tok.end < clause_end - 80 else clause_end
        raised = lower.find("nâng tổng", tok.end, stop80)
        if raised != -1 and not is_words and _HAS_DIGIT_RE.search(lower, tok.end, raised) is None:
            # "38 nhóm Zalo mới được lập, nâng tổng số lên 412 nhóm": the count right before
            # "nâng tổng số lên" is what was added, a change of the stock (the total is the fact)
            self._trap(st, tok, stext, "change")
            return None
        if (
            pre_words[-2:] == ["lập", "mới"]
            and not is_words
            and _TOTAL_NOW_AFTER_RE.search(lower, tok.end, sent.end) is not None
        ):
            # Session 15 (holdout61's language): "phường đã lập mới 74 nhóm Zalo ...; đến nay toàn
            # phường có 236 nhóm": the groups newly set up before the total stated after them are
            # what was added, a change of the stock, like a count before "nâng tổng số lên"
            self._trap(st, tok, stext, "change")
            return None
        # --- changes and ratios: "tăng 12 lớp so với cùng kỳ", "gấp 2 lần" ------------------
        # (looked for with and without the qualifier: "nhiều hơn 12 lớp" ends in "hơn")
        before_words = before_words[-2:] if qual_len else pre_words
        if (pre_words and pre_words[-1] in _CHANGE_RATIO_LAST) or (
            before_words and before_words[-1] in _CHANGE_RATIO_LAST
        ):
            tails = set(_tails(pre_words, 2)) | set(_tails(before_words, 2))
            if (
                (
                    tails & _CHANGE
                    and (
                        shape == "percent"
                        or "so với" in lower[tok.end : min(clause_end, tok.end + 150)]
                        # "So với năm 2017, số lượt quần chúng dự học tăng 1.140 lượt": the base
                        # named first in the sentence
                        or "so với" in lower[sent.start : start]
                        # "giá xăng tăng 4 lần liên tiếp": how many times something rose, no count
                        or lower.startswith(" lần", tok.end)
                        # "tăng thêm 2.300 thành viên, nâng tổng số lên ...": the increase, the
                        # total after it is the stock
                        or lower.find("nâng tổng", tok.end, min(sent.end, tok.end + 80)) != -1
                        # Session 14 (holdout47's language): "Nội dung | Quý I | Quý II | So cùng
                        # kỳ 2023" over "... | 41 | 67 | tăng 12 lớp": a cell under a column
                        # comparing the periods names the base in its header
                        or (st.table_periods and st.table_periods.get(sent.start, 0) is None)
                    )
                )
                or tails & _RATIO
            ):
                # ("GRDP tăng 8,05%": a growth rate is a change whatever it is compared with)
                if not is_words:
                    self._trap(st, tok, stext, "change")
                return None

        if shape == "percent" and "tăng trưởng" in pre:
            # "tốc độ tăng trưởng kinh tế đạt 7,8%", "tăng trưởng GRDP bình quân 8%": a growth
            # rate named before its verb is a change whatever follows
            self._trap(st, tok, stext, "change")
            return None
        back120 = start - 120 if start > sent.start + 120 else sent.start
        if (
            lower.find("trình ", back120, start) != -1
            and _SUBMITTED_FOR_AWARD_RE.search(lower, back120, start - qual_len) is not None
        ):
            # "trình Ban Thường vụ Thành ủy xét tặng bằng khen cho 2 tập thể": an award submitted
            # to a higher body, proposed and not given (like "đề nghị ... tặng")
            if not is_words:
                self._trap(st, tok, stext, "target")
            return None
        if "hơn " in pre and _MORE_THAN_BEFORE_RE.search(pre):
            # "312 buổi, nhiều hơn năm ngoái 40 buổi", "ít hơn cùng kỳ 3 lớp": a comparative and
            # the period compared with, then the difference (a change, not a count)
            if not is_words:
                self._trap(st, tok, stext, "change")
            return None
        # (Session 14: the word before the number picks which of three rules may hold, if any)
        gate = _WORD_BEFORE_GATES.get(pre_words[-1], 0) if pre_words else (
            1 if lower.endswith("kỳ:", back60, clause_start) else 0
        )
        if gate:
            if gate == 1:
                same_at = lower.find("cùng kỳ", back60, start)
                if same_at != -1 and _SAME_PERIOD_BASE_RE.search(lower, same_at, start - qual_len) is not None:
                    # Session 14 (holdout45's language): "17 văn bản (cùng kỳ năm 2022 là 12 văn
                    # bản)", "Lớp ở chi bộ: 40 (cùng kỳ: 35)": the figure of the same period before,
                    # given to compare with (a comparison, not a count of its own)
                    if not is_words:
                        self._trap(st, tok, stext, "change")
                    return None
            elif gate == 2:
                if "phối hợp" in pre and _PARTNERS_COUNTED_RE.search(pre):
                    # Session 14 (holdout45's language): "phối hợp với Hội Phụ nữ và 9 hội đồng
                    # hương biên soạn tài liệu": the partners the unit worked with, counted (not
                    # its work)
                    if not is_words:
                        self._trap(st, tok, stext, "not_counted")
                    return None
            elif pre_words[-2:] == ["chia", "sẻ"] and lower.startswith(" lượt", tok.end):
                # Session 14 (holdout44's language): "clip được chia sẻ hơn 2.000 lượt": the times
                # readers shared a post, a reaction like "2.000 lượt chia sẻ" (what readers did)
                if not is_words:
                    self._trap(st, tok, stext, "not_counted")
                return None

        # --- traps read from the words around the number -----------------------------------
        head_start = start - qual_len - 80 if start - qual_len > sent.start + 80 else sent.start
        head = text[head_start : start - qual_len]
        percent = shape == "percent"
        if not percent and head.endswith(('"', "“")):
            self._trap(st, tok, stext, "named_body")  # '"4 tốt"': a slogan or title
            return None
        # direct speech ('ông A chia sẻ: "Thôn có 87 đảng viên thì 85 người đi học"'): one
        # person's anecdote, not the unit's reported figure
        if (
            # (Session 12, holdout29's language: a straight single quote after a colon opens
            # someone's words like ‘ does, "nói với tôi: 'Tổ tôi ...'"; looked for only in a
            # report that has ": '")
            st.colon_apostrophe and _in_inner_quote(text, sent.start, start, "'", "'")
        ) or st.quotes and (
            ("‘" in st.quotes and _in_inner_quote(text, sent.start, start))
            or (_in_direct_speech(text, sent.start, start, st.quotes) and not _official_speaker(text, start))
        ):
            self._trap(st, tok, stext, "quotation")
            return None
        if st.comments_from != -1 and start > st.comments_from and _in_readers_comment(text, start, st.comments_from):
            # Session 12 (holdout29/30's language): "Nguyễn Văn A: Khu phố tui có 3 nhóm Zalo" under
            # a post's reactions: a reader's comment, someone's words, not the unit's figure
            self._trap(st, tok, stext, "quotation")
            return None
        if (
            st.quotes
            and is_words
            and tok.value == 1
            and _in_quotation(text, start)
            # ("Huyện hiện có một trang thông tin điện tử, hai fanpage ...": "một" listed with
            # other counts in its clause is a count of one)
            and not (
                nxt is not None
                and nxt.start < clause_end
                and _LIST_ITEM_GAP_RE.fullmatch(lower, tok.end, nxt.start) is not None
            )
            # (Session 15, holdout53's language: or the last item after them, "Hiện xã có 42
            # nhóm Zalo ... với khoảng 11.500 thành viên và một trang fanpage")
            and not (
                prev is not None
                and prev.match is not None
                and prev.token.start >= clause_start
                and _LIST_ITEM_GAP_RE.fullmatch(lower, prev.token.end, start) is not None
            )
        ):
            # "một" in someone's words is the article "a" ('“... một bản tin ngắn đưa lên nhóm
            # thì chỉ vài phút đã có người hỏi lại”'), not a count of one
            return None
        last_pre = pre_words[-1] if pre_words else ""
        if (
            last_pre in _RANK_LAST
            and (pre_words[-2:] in _RANK_BEFORE or pre_words[-3:] in _RANK_BEFORE)
            and not self._one_of_its_own(st, tok.end, clause_end)
        ):
            # "một trong 5 đơn vị dẫn đầu": a ranking the unit is one of
            self._trap(st, tok, stext, "ordinal")
            return None
        if last_pre in _CAPACITY_LAST and pre_words[-2:] in _CAPACITY_BEFORE:
            # "sức chứa 40.192 chỗ ngồi", "công suất 270.000 m3/ngày": the size of a place
            self._trap(st, tok, stext, "not_counted")
            return None
        if last_pre in _HOLDING_LAST and " ".join(pre_words[-2:]) in _HOLDING:
            # "Khu di tích ... lưu giữ 82 tấm bia": what a place holds
            self._trap(st, tok, stext, "not_counted")
            return None
        if (
            shape != "percent"
            and "mỗi " in pre
            and ("bình quân" in pre or "trung bình" in pre)
            and _AVERAGE_PER_RE.search(pre)
        ):
            # "58 hội nghị, bình quân mỗi năm gần 12 hội nghị", "trung bình mỗi tuần 30 tin": an
            # average worked out from a total, not a count of its own (an average rate stays a
            # fact: "bình quân mỗi đợt có 95,7% đảng viên tham gia")
            self._trap(st, tok, stext, "per_item")
            return None
        if (last_pre == "tới" or last_pre == "đến") and "có " in pre and _SOME_UNIT_UP_TO_RE.search(pre):
            # Session 14 (holdout54's language): "bình quân mỗi phường mở khoảng 19 lớp, có phường
            # lên tới 31 lớp", "có xã đạt tới 40 buổi": the extreme of some unit, an example
            self._trap(st, tok, stext, "per_item")
            return None
        if last_pre == "đủ" and pre_words[-3:-1] != ["phát", "hành"]:
            # "đã tiêm đủ 2 mũi vắc xin", "dự đủ 4 buổi": what each one completed, a norm
            self._trap(st, tok, stext, "per_item")
            return None
        if (last_pre == "kể" or last_pre == "tính") and pre_words[-2:-1] == ["chưa"]:
            # "..., chưa kể (chưa tính) hàng nghìn tin của các quận": what others did, left out
            self._trap(st, tok, stext, "not_counted")
            return None
        if (
            shape != "percent"
            and "có " in pre
            and _SOME_ITEMS_RE.search(lower, max(clause_start, start - qual_len - 40), start - qual_len)
        ):
            # "có khu phố nhóm dưới 50 thành viên", "có buổi trên 100 người": the size of some
            # of the items, an example, not a count of work
            self._trap(st, tok, stext, "per_item")
            return None
        if "biên chế" in pre and _STAFFING_RE.search(
            lower, max(clause_start, start - qual_len - 50), start - qual_len
        ):
            # "biên chế của Ban chỉ có 7 người": the unit's staffing, not its work
            self._trap(st, tok, stext, "not_counted")
            return None
        if (
            last_pre == "có"
            and pre_words[-2:-1] == ["chỉ"]
            and lower.startswith(_STAFF_NOUNS, tok.end + 1)
            and _BODY_ONLY_HAS_RE.search(lower, max(clause_start, start - qual_len - 60), start - qual_len)
        ):
            # Session 15 (holdout63's language): "Ban Xây dựng Đảng hiện chỉ có 5 cán bộ phụ
            # trách", "Dù Trung tâm chỉ có 4 giảng viên chuyên trách, ...": the staff a body has
            # (only so many), its staffing like "biên chế của Ban chỉ có 7 người", not its work
            self._trap(st, tok, stext, "not_counted")
            return None
        if last_pre in _MERGE_LAST and (" " + " ".join(pre_words[-2:]) + " ").endswith(_MERGE_VERBS):
            # "trên cơ sở hợp nhất 2 ban", "sáp nhập 3 trường": the bodies merged, the structure
            if not is_words:
                self._trap(st, tok, stext, "place")
            return None
        if last_pre == "thành" and "chia" in pre_words[-4:-1]:
            # "chia địa bàn thành 4 khu vực": how an area is divided, geography
            self._trap(st, tok, stext, "place")
            return None
        # the places something covers ("nhóm Zalo của 18 ấp", "tại 32 khu phố"): geography
        if last_pre in _PLACE_COUNT_BEFORE and (
            _SUBUNIT_AFTER_RE.match(lower, tok.end)
            # "(quán triệt ...) được triển khai tại 53 đảng bộ trực thuộc": where, not what
            or (last_pre != "của" and _PARTY_ORG_AFTER_RE.match(lower, tok.end))
        ):
            self._trap(st, tok, stext, "place")
            return None
        if (
            (last_pre in _PREMISES_BEFORE or last_pre.endswith(","))
            and _PREMISES_AFTER_RE.match(lower, tok.end) is not None
            and (
                last_pre == "tại"
                or last_pre == "ở"
                or (
                    # "Phường có khoảng 1.300 doanh nghiệp", "có 41 tòa nhà chung cư và khoảng
                    # 1.300 doanh nghiệp": the businesses and lodgings a place has (not those that
                    # took part: "có 120 doanh nghiệp tham gia")
                    (
                        last_pre == "có"
                        or _HOLDINGS_BEFORE_RE.search(lower, max(clause_start, start - qual_len - 80), start - qual_len)
                    )
                    and _no_participation(lower[tok.end : min(clause_end, tok.end + 60)])
                )
            )
        ):
            # "tổ chức 74 buổi nói chuyện tại 38 khu nhà trọ", "tại 18 doanh nghiệp": where the
            # work was done, like "tại 32 khu phố"; and what a place has: geography
            self._trap(st, tok, stext, "place")
            return None
        head_words = head.rsplit(None, 1)  # (the last word is read)
        prev_word = head_words[-1] if head_words else ""
        # a qualifier or a percent sign makes it a quantity, whatever noun precedes
        # ("nghị quyết ước đạt 98%" is no "Nghị quyết 98")
        name_checks = qual_len == 0 and not percent
        # (is the capitalised word before it no name? read by _context_trap's name checks only)
        prev_is_first = (
            name_checks
            and prev_word[:1].isupper()
            and (
                (
                    head_start == sent.start
                    # (bullets and marks before it: "- Treo 640 băng rôn", "✅ Treo 640 băng rôn")
                    and not any(map(str.isalnum, head.rstrip()[: -len(prev_word)]))
                )
                or (
                    # "Huyện Phúc Thọ: Còn 247 đảng viên chưa tham gia ...": the word opening the
                    # text after a section's colon starts a clause, it is no name
                    prev_word in _CLAUSE_OPENING_WORDS
                    and head.rstrip()[: -len(prev_word)].rstrip().endswith(":")
                )
                or (
                    # "... ĐÃ THAM MƯU TỔ CHỨC 46 HỘI NGHỊ HỌC TẬP": a sentence written in capitals
                    # (a sapo) capitalises every word; a capital word there names nothing
                    prev_word.isupper()
                    and len(prev_word) > 1
                    and text[tok.end : tok.end + 12].lstrip()[:2].isupper()
                )
            )
        )
        end = tok.end
        after_lower = lower[end:stop80]  # (stop80: min(clause_end, end + 80))
        reason = _context_trap(pre, pre_words, prev_word, prev_is_first, after_lower, tok, name_checks)
        if (
            reason == "named_body"
            and pre_words[-1:] in (["quận"], ["phường"], ["xã"])
            # (Session 15, holdout53's language: a commune has no number, "gửi về xã 12 báo cáo")
            and ((tok.value or 0) > 30 or pre_words[-1] == "xã")
            and self.lexicon.starts_with_cue(st.norms.norm(end, min(end + 40, clause_end)))
        ):
            reason = None  # "trang thông tin điện tử của quận 642 tin, bài": no Quận 642
        elif (
            reason == "named_body"
            and "." in tok.text
            and tok.shape == "number"
            and self.lexicon.starts_with_cue(st.norms.norm(end, min(end + 40, clause_end)))
        ):
            # "gửi về Ban 2.840 báo cáo": a number written with a thousands separator is a count,
            # no number of a name ("Tổng đài 1022", "Quận 10" never group their digits)
            reason = None
        elif (
            reason == "named_body"
            and prev_word.lower() in _NUMBERLESS_BODIES
            and self.lexicon.starts_with_cue(st.norms.norm(end, min(end + 40, clause_end)))
        ):
            # "gửi về Ban 28 báo cáo", "trình Thường trực Huyện ủy 6 văn bản": a body named
            # without a number, the body the counted things went to (no "Ban 28")
            reason = None
        elif (
            reason == "named_body"
            and prev_word[:1].isupper()
            and prev_word not in _NUMBERED_NAME_WORDS
            and _COMMITTEE_OF_PLACE_RE.search(head) is not None
            and self.lexicon.starts_with_cue(st.norms.norm(end, min(end + 40, clause_end)))
        ):
            # "gửi Thường trực Thành ủy Thủ Đức 46 báo cáo nhanh": a committee named with its
            # place's name (no number of its own) is the body the counted things went to
            reason = None
        if reason is None and name_checks and "viện" in pre and _institution_name(head):
            reason = "named_body"  # "Bệnh viện Nhân dân 115", "Bệnh viện Nhi đồng 1": a name
        if reason:
            if not is_words:
                self._trap(st, tok, stext, reason)
            return None

        # --- the counted noun phrase and the indicator -------------------------------------
        noun_from = nxt.end if consumed_next and nxt is not None else end
        following = None if consumed_next else nxt
        if (
            following is not None
            and last_pre == "từ"
            and following.start - end < 16
            and not is_words
            and _TO_VALUE_RE.fullmatch(lower, end, following.start) is not None
        ):
            # "giảm từ 526 xuống còn 126 đơn vị hành chính", "tăng từ 40 lên 52 nhóm": the count a
            # change starts from counts the noun after the count it ends at
            noun_from = following.end
            following = None
        noun_end = noun_from + 200 if noun_from < clause_end - 200 else clause_end
        # (no further than the next number, which ends the noun anyway: to its first character,
        # which says whether a dot right before it ends the noun)
        scan_end = following.start + 1 if following is not None and following.start < noun_end else noun_end
        stop = _NOUN_STOP_RE.search(text, noun_from, scan_end)
        if stop:
            noun_end = stop.start()
        if following is not None and following.start < noun_end:
            noun_end = following.start
        noun_text = text[noun_from:noun_end]
        if noun_text.lstrip().startswith(","):
            noun_text = ""  # "đạt tỷ lệ 95,35 %, số còn lại ...": nothing is counted after it
        head, comma, rest = noun_text.partition(",")
        if comma and len(head.split(None, 2)) <= 2 and not (head == " chi" and rest.startswith(" đảng bộ")):
            # ("27 chi, đảng bộ cơ sở": "chi bộ, đảng bộ" shortened, one noun over its comma)
            # "với 215 buổi, thu hút ...", "gửi 215 báo cáo, phản ánh ...": the noun ends there
            noun_text = head
        noun_words = noun_text.split()
        if (
            len(noun_words) > 1
            and noun_words[-1].lower() in _LINK_WORDS
            and following is not None
            and following.start == noun_end
        ):
            # "mở 21 lớp với 1.872 học viên": the noun ends before the word that links it to the
            # next number ("lớp" is bare, and takes its description from before the number)
            while len(noun_words) > 1 and noun_words[-1].lower() in _LINK_WORDS:
                noun_words.pop()
            words_end = _end_of_words(noun_text, min(len(noun_words), 10))
            noun_text = " ".join(noun_words)
            noun_words = noun_words[:10]
        elif len(noun_words) > 10:
            noun_words = noun_words[:10]
            words_end = _end_of_words(noun_text, 10)
        else:
            words_end = len(noun_text)
        # the same as norm(" ".join(noun_words)): norm ignores how words are spaced
        noun_norm = st.norms.norm(noun_from, noun_from + words_end)
        if (
            noun_words
            and noun_words[0][:1].isupper()
            and noun_words[0][1:2].islower()
            and not percent
            and noun_words[0] not in _PLATFORM_NAMES
        ):
            # "10 Chương trình công tác": a title, not a counted noun (Session 14, holdout58's
            # language: a platform's name is written in capitals: "1 Zalo OA", "2 Fanpage")
            if not is_words:
                self._trap(st, tok, stext, "named_body")
            return None
        first_words = noun_norm.split(None, 2)[:2]
        if first_words and first_words[0] == "lần" and not percent:
            pre_pad = " " + " ".join(pre_words) + " "
            verb = next((v for v in _TIMES_ACTIVITY if pre_pad.endswith(v)), None)
            if verb is not None:
                # "nói chuyện 11 lần": the sessions of the activity, "11 buổi nói chuyện"
                noun_norm = " buổi" + verb + noun_norm[len(" lần ") :]
                first_words = ["buổi", verb.split()[0]]
        if not percent and first_words:
            first_two = " ".join(first_words)
            # (every rule of the two blocks under `keyed` needs a word or two the noun opens with,
            # a word right before the number or a qualifier it names: most numbers have none and
            # skip them at once, see _CHAIN_HEADS; the rules between the blocks name no such word)
            keyed = (
                first_words[0] in _CHAIN_HEADS
                or first_two in _CHAIN_HEADS
                or last_pre in _CHAIN_LAST_PRE
                or qualifier == "at_most"
                or (last_pre.endswith(",") and first_words[0] in _MEMBER_HEADS)
            )
            if keyed:
                if (
                    first_words[0] in NOT_COUNTED_NOUNS
                    or first_two in NOT_COUNTED_NOUNS
                    or (first_two in _NOT_COUNTED_PHRASE_HEADS and noun_norm.startswith(_NOT_COUNTED_PHRASES))
                ):
                    if not is_words:
                        self._trap(st, tok, stext, "not_counted")
                    return None
                if first_words[0] == "chương" and first_two != "chương trình":
                    # Session 13 (holdout32's language): "tài liệu hỏi – đáp gồm 5 chương": the chapters
                    # of a document, its parts, not a count of work ("chương trình" is a programme)
                    if not is_words:
                        self._trap(st, tok, stext, "not_counted")
                    return None
                if last_pre == "có" and pre_words[-2:-1] == ["nơi"] and first_words[0] != "lượt" and _no_participation(noun_norm):
                    # Session 13 (holdout31/32's language): "Tại chợ A, nơi có hơn 1.400 tiểu thương, ...",
                    # "Đảng bộ phường B, nơi có khoảng 1.900 đảng viên, ...": a relative clause "nơi có"
                    # describes the place (its people, its size), not the work of the sentence
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if (last_pre == "đón" or last_pre == "với" or last_pre == "của") and _in_place_clause(
                    lower, sent.start, start, last_pre == "với"
                ):
                    # Session 13 (holdout37's language): "khu vực hồ Gươm, nơi mỗi dịp cuối tuần đón
                    # khoảng 50 nghìn lượt khách": the visitors a place receives, in a relative clause
                    # "nơi" describing it, not the work of the sentence. (holdout39's language: so are
                    # the people "với" adds to what a clause ", nơi có" lists, "nơi có hơn 1.000 hộ
                    # làm gốm với khoảng 3.000 lao động"). (holdout41's language: and the people a
                    # place is home or workplace "của" to, ", nơi làm việc của khoảng 30.000 nhân viên")
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if last_pre in _ADDRESS_WORDS:
                    # Session 13 (holdout31's language): "số 8 ngõ 6 phố Bùi Huy Bích", "hẻm 12 đường
                    # ...": the number of a lane in an address, not a count
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if pre_words[-2:] in _AVERAGE_WORDS and lower.find("/", tok.end, clause_end) != -1 and _PER_UNIT_RE.match(lower, tok.end) is not None:
                    # Session 13 (holdout32's language): "Buổi thảo luận chi bộ: 76 (bình quân 2
                    # buổi/chi bộ)": an average per unit, not a count of work
                    if not is_words:
                        self._trap(st, tok, stext, "norm")
                    return None
                if (
                    qualifier == "at_most"
                    and first_words[0] != "lượt"
                    and lower.startswith(_CAP_WORDS, start - qual_len)
                    and _ONLY_ALLOWED_RE.search(lower, start - 60 if start > clause_start + 60 else clause_start, start) is not None
                ):
                    # Session 13 (holdout32's language): "các buổi sinh hoạt trực tiếp chỉ được tổ chức
                    # tối đa 20 người": a cap a rule sets, not a result
                    if not is_words:
                        self._trap(st, tok, stext, "norm")
                    return None
                if (
                    last_pre in ("với", "và")
                    and noun_norm.startswith(_PARTY_ORG_NOUNS)
                    and _MEETING_WITH_ORGS_RE.search(lower, clause_start, start - qual_len) is not None
                ):
                    # Session 13 (holdout32's language): "tổ chức giao ban công tác tuyên giáo ... với 23
                    # đảng bộ xã, thị trấn và 31 chi, đảng bộ cơ quan": the organisations a meeting was
                    # held with, the structure, not a count of work
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if (
                    (last_pre == "với" or last_pre == "có")
                    and (first_words[0] in POPULATION_NOUNS or first_two in POPULATION_NOUNS)
                    and " thành lập " in lower[clause_start:start]
                    and _no_participation(noun_norm)
                ):
                    # Session 13 (holdout32's language): "Phường A được thành lập trên cơ sở các phường
                    # ..., với khoảng 18 nghìn hộ dân": the size of a unit as formed, not an audience
                    # (holdout58's language: "..., có khoảng 98 nghìn người" the same)
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if (
                    first_words[0] in _PARTY_ORG_FIRST
                    and (last_pre == "với" or last_pre == "có" or last_pre == "và" or last_pre.endswith(","))
                    and not percent
                    and noun_norm.startswith(_PARTY_ORG_NOUNS)
                    and " thành lập " in lower[clause_start:start]
                    and _ORGS_DO_RE.match(lower, tok.end, clause_end) is None
                ):
                    # Session 14 (holdout58's language): "Phường A được thành lập trên cơ sở ..., có
                    # khoảng 98 nghìn người, 41 chi bộ trực thuộc": the party organisations of a unit
                    # as formed, its structure, like its people
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if first_words[0] == "giải" and (
                    len(first_words) == 1
                    or first_words[1] in _PRIZE_RANKS
                    or first_words[1] in _PRIZE_NEXT
                    or noun_norm.startswith(_PRIZE_FOR_WHOM)
                ):
                    # "trao 1 giải Đặc biệt và 3 giải Nhất", "trao 10 giải", "8 giải thưởng", "trao 38
                    # giải cho tập thể và cá nhân": prizes, like "giải Nhì"
                    if not is_words:
                        self._trap(st, tok, stext, "ordinal")
                    return None
                if last_pre == "sung" and pre_words[-2:-1] == ["bổ"] and (
                    first_two in _STOCK_PEOPLE_HEADS or first_words[0] in _STOCK_PEOPLE_HEADS
                ):
                    # "Báo cáo viên quận: 46 đồng chí (bổ sung 5 đồng chí trong quý)": people added to
                    # a stock, a change of it, not the stock
                    if not is_words:
                        self._trap(st, tok, stext, "change")
                    return None
                if shape == "fraction" and first_words[0] == "là":
                    # "khoảng 2/3 là công nhân": a share of the people, not a count
                    self._trap(st, tok, stext, "population")
                    return None
                if (first_words[0] == "điểm" or first_two in _NOT_WORK_HEADS) and _not_work_noun(
                    first_two, noun_norm, pre_words, tok, lambda: self._norm_cached(st, clause_start, clause_end)
                ):
                    # "đạt 98,5 điểm", "đón 1,8 triệu lượt khách du lịch", "1.000 hộ làm gốm"
                    if not is_words:
                        self._trap(st, tok, stext, "not_counted")
                    return None
                if (first_words[0] in POPULATION_NOUNS or first_two in POPULATION_NOUNS) and (
                    _counts_population(lower, max(sent.start, start - 100), start - qual_len)
                    or _counts_residents(first_two, noun_norm, pre_words)
                    or (
                        # "Phường có 14 khu tập thể cũ với khoảng 60 nghìn cư dân": the people of the
                        # dwellings counted right before "với", not an activity's audience
                        last_pre == "với"
                        and _DWELLINGS_WITH_RE.search(lower, max(clause_start, start - 80), start - qual_len)
                        is not None
                        and _no_participation(noun_norm)
                    )
                    or (
                        (last_pre in ("và", "với") or last_pre.endswith(","))
                        and _listed_with_territory(
                            lower, max(clause_start, start - 60), start - qual_len, noun_norm
                        )
                    )
                ) or (
                    # Session 14 (holdout55's language): "Với 22 xã, thị trấn và hơn 12.000 đảng
                    # viên, Gia Lâm ...": the party members listed with the communes a unit
                    # covers, the size of its party organisation, not an audience
                    first_words[0] == "đảng"
                    and (last_pre == "và" or last_pre == "với" or last_pre.endswith(","))
                    and noun_norm.startswith(" đảng viên")
                    and _listed_with_territory(lower, max(clause_start, start - 60), start - qual_len, noun_norm)
                ):
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if (
                    # (the cheap tests first: the look-back of _works_at_place is the costly part)
                    first_words[0] != "lượt"
                    and first_words[0] in _PEOPLE_FIRST
                    and noun_norm.startswith(_PEOPLE_PREFIXES)
                    and (
                        (" làm việc " in noun_norm and any(w in noun_norm for w in _WORKING))
                        # "..., nơi làm việc của khoảng 60.000 công nhân": the people of a place named
                        # by a relative clause, whatever the place
                        or (last_pre == "của" and pre.rstrip().endswith(_PLACE_OF_PEOPLE))
                        or (
                            last_pre in _WORKFORCE_LAST
                            and _works_at_place(
                                lower, max(clause_start, start - qual_len - 100), start - qual_len
                            )
                        )
                    )
                    and _no_participation(_relative_part(lower, pre, tok.end, clause_end, noun_norm))
                ):
                    # "Khu công nghiệp ... thu hút hơn 40.000 lao động", "50.000 kỹ sư đang làm
                    # việc": the workforce of a place
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if (
                    last_pre in ("với", "có")
                    and first_words[0] != "lượt"
                    and first_words[0] in _PEOPLE_FIRST
                    and noun_norm.startswith(_PEOPLE_PREFIXES)
                    and _people_of_institutions(lower, max(clause_start, start - qual_len - 90), start - qual_len)
                    and _no_participation(noun_norm)
                ):
                    # "hơn 20 trường đại học, học viện với khoảng 220 nghìn sinh viên", "45 doanh
                    # nghiệp có 12.000 công nhân": the people of the places counted, not an audience
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if (" cả nước " in noun_norm or " toàn quốc " in noun_norm) and noun_norm.startswith(_NATION_PEOPLE):
                    # "gói hỗ trợ đã đến với hơn 3,4 triệu lao động cả nước": people of the whole
                    # country, not the unit's audience
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                # members of an organisation ("đảng viên", "hội viên"), not people who took part
                members = (
                    first_words[0] in _MEMBER_HEADS
                    and noun_norm.startswith(_MEMBER_NOUNS)
                    and _no_participation(noun_norm)
                )
                if (
                    members
                    and last_pre == "và"
                    and _RESIDENTS_AND_RE.search(lower, max(clause_start, start - qual_len - 40), start - qual_len)
                ):
                    # Session 14 (holdout48's language): "Hà Nội hiện có hơn 8,4 triệu dân và
                    # khoảng 450 nghìn đảng viên": members listed after a place's residents are
                    # its size too
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if (
                    members
                    and last_pre in ("có", "với", "ở", "tại")
                    and (
                        (
                            _MEMBERS_OF_RE.search(lower, max(clause_start, start - qual_len - 90), start - qual_len)
                            # Session 12 (holdout27's language): "Toàn thành phố có hơn 1,4 triệu đoàn
                            # viên công đoàn": a place as a whole has the members, its size too
                            or _WHOLE_PLACE_HAS_RE.search(lower, max(clause_start, start - qual_len - 60), start - qual_len)
                        )
                        if last_pre == "có"
                        else _MEMBERS_WITH_RE.search(
                            lower, max(clause_start, start - qual_len - 150), start - qual_len
                        )
                        # "Hội Liên hiệp Phụ nữ quận, với gần 9.000 hội viên, đã tổ chức ...": the
                        # members given in apposition to the organisation
                        or (
                            _APPOSITION_CLOSE_RE.match(lower, tok.end) is not None
                            and _MEMBERS_APPOSITION_RE.search(
                                lower, max(clause_start, start - qual_len - 90), start - qual_len
                            )
                        )
                    )
                ):
                    # "Đảng bộ huyện có hơn 14.000 đảng viên", "Hội Phụ nữ quận có 8.900 hội viên",
                    # "Đảng bộ quận hiện có 68 tổ chức cơ sở đảng với hơn 17.000 đảng viên": the
                    # members (and party organisations) an organisation has, its size, not its work
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if first_words[0] in _PARTY_ORG_FIRST and noun_norm.startswith(_PARTY_ORG_NOUNS) and (
                    (" " + " ".join(pre_words[-2:]) + " ").endswith(_PARTY_ORG_ROLE_BEFORE)
                    # Session 12 (holdout30's language): "với bí thư, phó bí thư phụ trách tuyên giáo
                    # của 14 đảng ủy phường": the officials of the organisations, the structure
                    or (
                        last_pre == "của"
                        and _ROLE_OF_ORGS_RE.search(
                            lower, max(clause_start, start - 90), start - qual_len  # (rare: "của" + party org)
                        )
                        is not None
                    )
                ):
                    # "đại diện 15 đảng bộ phường", "với lãnh đạo 14 đảng bộ phường", "Quận ủy giao 15
                    # đảng bộ phường duy trì ...": the organisations a committee has, named for their
                    # people or a task given them, its structure, not a count of work
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if first_words[0] in _CONGRESS_PEOPLE_HEADS and _congress_people(
                    lower, max(clause_start, start - 120), start - qual_len, noun_norm, pre_words
                ):
                    # "Đại hội ... với 250 đại biểu chính thức, đại diện cho hơn 3.100 đảng viên",
                    # "bầu Ban Chấp hành gồm 41 đồng chí; bầu 14 đại biểu": a congress's delegates,
                    # those they represent and whom it elected, the party's structure, not work
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if (
                    last_pre == "và"
                    and noun_norm.startswith(_PARTY_ORG_NOUNS)
                    and _FOR_WHOM_RE.search(lower, max(clause_start, start - qual_len - 80), start - qual_len)
                ):
                    # "tổ chức 3 hội nghị ... cho cán bộ chủ chốt của quận và 15 đảng bộ phường": the
                    # organisations an activity was held for, listed with its audience, not a count
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if (
                    (
                        not pre_words
                        or last_pre == "và"
                        or last_pre.endswith(",")
                        # Session 15 (holdout61's language): "16 đảng bộ phường cùng 41 chi, đảng bộ
                        # cơ sở đã mở 318 lớp": "cùng" joins the subjects like "và"
                        or last_pre == "cùng"
                        # Session 13 (holdout41's language): "sau đó 14 đảng bộ phường ... mở 1.126
                        # lớp": a word of sequence before the organisations that did the work
                        or (last_pre in _SEQUENCE_LAST and " ".join(pre_words[-2:]) in _SEQUENCE_WORDS)
                    )
                    and not percent
                    and noun_norm.startswith(_ORGS_DOING)
                    and _ORGS_DO_RE.match(lower, tok.end, clause_end) is not None
                ):
                    # "34 đảng bộ phường và 28 đảng bộ cơ quan, doanh nghiệp mở 409 lớp": the party
                    # organisations as the subject of the work, its structure; the classes are the fact
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if (
                    first_words[0] in _PARTY_ORG_FIRST
                    and (not pre_words or last_pre in ("và", "của") or last_pre.endswith(","))
                    and not percent
                    and noun_norm.startswith(_PARTY_ORG_NOUNS)
                    and (
                        _ORGS_DID_RE.match(lower, tok.end, clause_end) is not None
                        or _REPORTS_OF_ORGS_RE.search(lower, max(clause_start, start - 80), start) is not None
                    )
                ):
                    # Session 13 (holdout36's language): party organisations as the subject of work
                    # that counts nothing ("12 đảng bộ xã và 30 chi, đảng bộ cơ sở đã tổ chức học
                    # tập chu đáo"), or those whose reports a figure was summed from ("tổng hợp báo cáo
                    # của 12 đảng bộ xã và 30 chi, đảng bộ cơ sở"): the committee's structure
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if (
                    last_pre in _SEQUENCE_LAST
                    and first_words[0] in _PARTY_ORG_FIRST
                    and not percent
                    and " ".join(pre_words[-2:]) in _SEQUENCE_WORDS
                    and noun_norm.startswith(_PARTY_ORG_NOUNS)
                    and _ORGS_THEN_DID_RE.match(lower, tok.end, clause_end) is not None
                ):
                    # Session 14 (holdout42's language): "tổ chức 01 hội nghị cấp phường, sau đó 52
                    # chi bộ mở lớp tại tổ dân phố": party organisations after a word of sequence,
                    # the subject of work that counts nothing after its verb, the structure
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if (
                    first_words[0] in _PARTY_ORG_FIRST
                    and not percent
                    and noun_norm.startswith(_PARTY_ORG_NOUNS)
                    and _in_open_bracket(lower, sent.start, start)
                    and _label_closes_after(lower, tok.end, sent.end)
                ):
                    # Session 13 (holdout41's language): "- Lớp mở ở cơ sở (12 đảng bộ phường, 43
                    # chi, đảng bộ cơ sở): 138": the organisations a list line's label names in
                    # brackets, those its count is over, the structure; the count after the colon
                    # is the fact
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if (
                    first_words[0] in _MEMBER_HEADS
                    and (last_pre in ("và", "với") or last_pre.endswith(","))
                    and st.norms.norm(tok.end, min(clause_end, tok.end + 40)).startswith(_PARTY_ORG_NOUNS)
                    and _listed_with_territory(lower, max(clause_start, start - 60), start - qual_len, noun_norm)
                ):
                    # "(tổng hợp từ báo cáo của) 11 phường và 48 chi, đảng bộ cơ sở": the party
                    # organisations listed with the wards, the structure a figure was summed from
                    if not is_words:
                        self._trap(st, tok, stext, "place")
                    return None
                if (
                    members
                    and (
                        _ORGS_WITH_MEMBERS_RE.match(lower, tok.end)
                        or (
                            last_pre == "với"
                            and _ORGS_BEFORE_WITH_RE.search(
                                lower, max(clause_start, start - qual_len - 80), start - qual_len
                            )
                        )
                        # "với 46 chi bộ trực thuộc và hơn 2.800 đảng viên.": the organisations and
                        # their members listed together, closing the clause, are its structure too
                        or (
                            last_pre == "và"
                            and _MEMBERS_CLOSE_RE.match(lower, tok.end) is not None
                            and _ORGS_BEFORE_AND_RE.search(
                                lower, max(clause_start, start - qual_len - 80), start - qual_len
                            )
                        )
                    )
                ):
                    # "Ở cơ sở, 61 tổ chức cơ sở đảng với gần 6.900 đảng viên đã mở 1.236 lớp": the
                    # party organisations and their members as the subject of the work, its structure
                    if not is_words:
                        self._trap(st, tok, stext, "population")
                    return None
                if (first_words[0] in MONEY_NOUNS or first_two in MONEY_NOUNS) and _is_money(
                    first_words,
                    noun_norm,
                    st.norms.norm(
                        # ("- Kinh phí hỗ trợ in tài liệu cho cơ sở: 2,4 tỷ đồng": the label says what
                        # the money is)
                        max(start - 150, sent.start if clause_start > sent.start and text[clause_start - 1] == ":" else clause_start),
                        start,
                    ),
                ):
                    if not is_words:
                        self._trap(st, tok, stext, "money")
                    return None
            if following is not None and following.start == noun_end:
                after_next = lower[following.end : following.end + 8].lstrip()
                if after_next.startswith("tầng"):
                    # "28 nhà 5 tầng": buildings of a place
                    self._trap(st, tok, stext, "not_counted")
                    return None
                if (
                    after_next.startswith("tuổi")
                    and st.norms.norm(noun_from, following.start).endswith(_AGE_LEADS)
                    # ("6.145 lượt người dự thi, nhiều thí sinh trên 70 tuổi": the age of some of
                    # them, after a comma, is no age group of the count)
                    and "," not in text[noun_from : following.start]
                ):
                    # "1.850 hội viên từ 60 tuổi trở lên": an age group, not an audience
                    self._trap(st, tok, stext, "population")
                    return None
            if keyed:
                if (
                    first_words[0] in _PRINT_PARTS
                    and len(first_words) == 1
                    and (
                        pre_words[-1:] == ["dày"]
                        or any(w in self._norm_cached(st, clause_start, start) for w in _PRINT_NOUNS)
                    )
                ):
                    # "tài liệu dày 64 trang", "(Báo cáo gồm 12 trang)": the pages of a printed item;
                    # "Báo cáo dày 46 trang, chia làm 3 phần", "sổ tay gồm 5 chương": its parts
                    self._trap(st, tok, stext, "not_counted")
                    return None
                if first_words[0] == "bản" and pre_words[-2:] == ["lập", "thành"]:
                    # "Biên bản ... lập thành 02 bản": the copies a record is drawn up in
                    self._trap(st, tok, stext, "not_counted")
                    return None
                if (
                    (last_pre == "với" or last_pre == "cùng")
                    and (
                        (first_words[0] in _PEOPLE_FIRST and noun_norm.startswith(_PEOPLE_PREFIXES))
                        or noun_norm.startswith(_HOUSEHOLD_PREFIXES)
                    )
                    and (
                        _institution_has(lower, max(sent.start, start - qual_len - 120), start - qual_len)
                        or self._institution_apposition(st, sent, start - qual_len, noun_norm)
                    )
                    # Session 14 (holdout44's language): "tổ chức 8 buổi ... với chừng 650 lượt công
                    # nhân tham dự": attendances counted by "lượt" with a verb of attending after
                    # them are the work's audience, not who the place has
                    and not (first_words[0] == "lượt" and _attended_after(lower, tok.end, clause_end))
                ):
                    # "có Học viện Nông nghiệp với khoảng 30 nghìn sinh viên": who the place has
                    self._trap(st, tok, stext, "population")
                    return None
                if (
                    last_pre == "có"
                    and first_words[0] in _PEOPLE_FIRST
                    and noun_norm.startswith(_PEOPLE_PREFIXES)
                    and _INSTITUTION_SUBJECT_RE.search(
                        text, max(clause_start, start - qual_len - 90), start - qual_len
                    )
                ):
                    # "trong đó Học viện An ninh nhân dân có hơn 6.000 học viên", "Trường Đại học
                    # Thủy lợi có khoảng 20 nghìn sinh viên": the people an institution has
                    self._trap(st, tok, stext, "population")
                    return None
                if (first_words[0] in PRIZE_ITEM_NOUNS or first_two in PRIZE_ITEM_NOUNS) and any(
                    w in noun_norm[:60] for w in _PRIZE_WORDS
                ):
                    # "10 bài xuất sắc nhất", "5 tác phẩm đạt giải": the prizes of a contest
                    if not is_words:
                        self._trap(st, tok, stext, "ordinal")
                    return None
                if (first_two in PRIZE_WINNER_NOUNS or first_words[0] in PRIZE_WINNER_NOUNS) and any(
                    w in noun_norm[:40] for w in _PRIZE_WON
                ):
                    # "20 cá nhân đạt giải": the prizes of a contest, not people commended
                    if not is_words:
                        self._trap(st, tok, stext, "ordinal")
                    return None
            if " đề " in noun_norm[:40] and (
                " được đề nghị " in noun_norm[:40] or " được đề xuất " in noun_norm[:40]
            ):
                # "01 cá nhân được đề nghị Thành ủy tặng bằng khen": an award proposed, not given
                # (like "đề nghị Thành ủy tặng bằng khen cho 2 tập thể")
                if not is_words:
                    self._trap(st, tok, stext, "target")
                return None
            if "đầu" in noun_norm and any(w in noun_norm[:40] for w in _RANK_AFTER):
                # "5 đơn vị dẫn đầu phong trào": a ranking, not a count of work
                if not is_words:
                    self._trap(st, tok, stext, "ordinal")
                return None
            if last_pre == "của" and first_two == "đơn vị" and pre_words[-3:-1] == ["báo", "cáo"]:
                # Session 15 (holdout52's language): "Trên cơ sở báo cáo của 3 đơn vị trong Cụm,
                # Ban tổng hợp ...": the units whose reports a figure was summed from, like "báo
                # cáo của 11 phường và 48 chi, đảng bộ cơ sở", the structure, not a count of work
                if not is_words:
                    self._trap(st, tok, stext, "place")
                return None
            if "mỗi " in pre and (each_m := _PER_ITEM_RE.search(pre)) is not None and "," not in each_m.group():
                # "mỗi nhóm có ít nhất 1 quản trị viên": a norm for each item, not a count
                # (Session 14, holdout49's language: not past a comma closing the "mỗi" phrase,
                # "mở 512 lớp, từ 40 – 60 người mỗi lớp, với 27.360 lượt cán bộ")
                self._trap(st, tok, stext, "per_item")
                return None
            if " mỗi " in noun_norm[:24]:
                # Session 14 (holdout49's language): "mở 512 lớp, từ 40 – 60 người mỗi lớp", "70
                # lượt người mỗi buổi": people counted for each item, a per-item figure (not a
                # count "each day" or "each year", see _TIMES_PER_PERIOD)
                k = noun_norm.find(" mỗi ")
                each = noun_norm[k + 5 : k + 16].split(None, 1)
                if k > 1 and noun_norm.count(" ", 1, k) <= 1 and each and each[0] not in _EACH_TIME_WORDS:
                    self._trap(st, tok, stext, "per_item")
                    return None
            if (
                last_pre in _OVERSEEING_LAST
                and " ".join(pre_words[-2:]) in _OVERSEEING
                and noun_norm.startswith(_OVERSEEN_UNITS)
            ):
                # Session 14 (holdout47's language): "Ban chỉ có 42 người nhưng phải theo dõi 168
                # đơn vị cơ sở", "phụ trách 3 phường": what a body oversees, not its work
                if not is_words:
                    self._trap(st, tok, stext, "population")
                return None
            if first_words[0] in _TOURIST_FIRST and noun_norm.startswith(_TOURISTS):
                # Session 14 (holdout46's language): "đón hàng triệu lượt khách du lịch mỗi năm":
                # the tourists a place receives, not people its work reached
                if not is_words:
                    self._trap(st, tok, stext, "population")
                return None
            if " còn lại" in noun_norm[:24] and noun_norm.count(" ", 1, noun_norm.find(" còn lại")) <= 2:
                # Session 14 (holdout47's language): "27 trang thông tin điện tử, 3 đơn vị còn lại
                # đang xây dựng", "2 chi bộ còn lại": the rest, the ones the count left out
                if not is_words:
                    self._trap(st, tok, stext, "not_counted")
                return None
            if first_words[0] == "lần" and (
                noun_norm.startswith(_TIMES_PER_PERIOD) or lower.startswith(_TIMES_SLASH, tok.end)
            ):
                # Session 12 (holdout29's language): "được tập huấn 2 lần mỗi năm", "sinh hoạt 1
                # lần/tháng": how often something is done, a norm, not a count of the period
                self._trap(st, tok, stext, "per_item")
                return None
            if first_words[1:] == ["viên"] and noun_norm.startswith(_MEMBERS_MEETING_IN):
                # Session 12 (holdout30's language): "hơn 2.300 đảng viên sinh hoạt ở 87 chi bộ":
                # the members of the party organisations a place has, a size, not an audience
                self._trap(st, tok, stext, "population")
                return None
        elif (
            percent
            and noun_norm.startswith(_OVERSEEN_UNITS)
            and " có " in noun_norm[:32]
            # ("100% chi bộ có tổ chức sinh hoạt chuyên đề": "có" before a verb of the work is
            # "did", a rate of the work)
            and not noun_norm.startswith(_DID_WORK, noun_norm.find(" có ") + 3)
        ):
            # Session 14 (holdout47's language): "100% khu phố đã có nhóm Zalo", "98% chi bộ có
            # trang thông tin": the share of the units that have something, a coverage, not a rate
            # of the work
            self._trap(st, tok, stext, "share")
            return None
        elif percent and _vote_share(noun_norm):
            # Session 12 (holdout29's language): "98,6% đại biểu tán thành", "được 97% số phiếu
            # biểu quyết thông qua": a congress's vote, not a rate of the unit's work
            self._trap(st, tok, stext, "population")
            return None
        elif percent and noun_norm.startswith(_ECONOMY_SHARE):
            # "chiếm khoảng 23% GDP cả nước", "50% sản lượng container": a share of an economy
            self._trap(st, tok, stext, "money")
            return None
        elif (
            percent
            and following is not None
            and following.start == noun_end
            and noun_norm.endswith(_AGE_LEADS)
            and lower[following.end : following.end + 8].lstrip().startswith("tuổi")
        ):
            # "97,2% người từ 18 tuổi trở lên đã tiêm ...": a share of an age group
            self._trap(st, tok, stext, "population")
            return None
        elif (
            percent
            and lower.find(" tuổi", clause_start, start) != -1
            and _AGE_GROUP_RATE_RE.search(lower, clause_start, start) is not None
        ):
            # Session 14 (holdout59's language): "Tỷ lệ người từ 18 tuổi trở lên đã tiêm ít nhất 1
            # mũi vắc xin đạt 97,2%": the rate named before the number, of an age group, the same
            self._trap(st, tok, stext, "population")
            return None
        elif percent and _survey_before(lower, sent.start, start):
            # "Theo một khảo sát, ước 87% hộ dân ...": a finding of a survey
            self._trap(st, tok, stext, "population")
            return None
        elif percent and noun_norm.startswith(_PLAN_SHARE):
            # "số bài đạt 124% kế hoạch": the share of a plan reached, a comparison with a target
            self._trap(st, tok, stext, "target")
            return None
        elif percent and (
            any(w in before_lower for w in VOTER_WORDS)
            or (
                clause_start > sent.start
                and text[clause_start - 1] == ":"
                and any(w in lower[max(sent.start, clause_start - 60) : clause_start] for w in VOTER_WORDS)
            )
        ):
            # "tỷ lệ cử tri đi bầu đạt 99,6%", "- Tỷ lệ cử tri đi bầu: 99,72%" (a list line's
            # label): the voters' turnout, not the unit's work
            self._trap(st, tok, stext, "population")
            return None
        elif percent and (noun_norm.startswith(_SURVEY_NOUNS) or _SURVEY_RE.match(noun_norm)):
            # "61% người được hỏi cho rằng ...": a finding of a survey, not a rate of work
            self._trap(st, tok, stext, "population")
            return None
        elif percent and _is_population_share(
            noun_text, text, max(clause_start, start - qual_len - 80), start - qual_len
        ):
            self._trap(st, tok, stext, "population")
            return None
        # the clause and the words before the number, normalised when first needed
        before_from = start - 150 if start > clause_start + 150 else clause_start
        before_norm = _Once(lambda: _without_school_names(st.norms.norm(before_from, start), noun_norm))
        match = self.lexicon.classify(
            noun_norm,
            lambda: self._norm_cached(st, clause_start, clause_end),
            before_norm,
            percent,
            lambda: self._norm_cached(st, sent.start, sent.end),
        )
        if (
            match is None
            and not noun_norm.strip()
            and prev is not None
            and prev.match is not None
            and _FIGURE_RE.search(before_norm()[-40:])
        ):
            # "năm 2024 con số này là 12": the figure of the count just named
            match = prev.match
        if (
            match is None
            and prev is not None
            and prev.clause_id == clause_id
            and prev.match is not None
            and prev.match.rule.splits_audience
        ):
            gap = lower[prev.noun_end : start]
            if _LIST_GAP_RE.fullmatch(gap) and self.lexicon.audience(prev.match.rule, noun_norm) != "all":
                match = prev.match
        table_cell = None
        measured_from = -1
        if st.table_cells is not None and match is None and not noun_norm.strip():
            table_cell = st.table_cells.get(sent.start)
            if table_cell is not None and st.table_periods and st.table_periods.get(sent.start, 0) is None:
                # "Chỉ tiêu | Năm 2023 | Năm 2024 | So sánh (%)": a column comparing the periods
                self._trap(st, tok, stext, "change")
                return None
            if table_cell is not None and table_cell[3] >= 0:
                # "Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)": the column's
                # header names the measure, the row's label the study it is of
                match = self._measure_cell_match(st, table_cell)
            elif table_cell is not None:
                # "Hội nghị học tập nghị quyết | 38 | 21": the row's label is the counted noun
                # ("Tỷ lệ đảng viên dự học tập (%) | 96,7": a label with "%" names a rate)
                row_rate = "%" in text[table_cell[0] : table_cell[1]]
                match = self._table_label_match(st, table_cell[0], table_cell[1], row_rate)
                if match is None and row_rate and table_cell[0] > 0:
                    # "Lượt đảng viên dự học | 12.804" over "Tỷ lệ đảng viên tham gia (%) | 97,12":
                    # a rate row right under an attendance row is that study's participation rate
                    up = text.rfind("\n", 0, table_cell[0] - 1) + 1
                    up_bar = text.find("|", up, table_cell[0])
                    if up_bar != -1:
                        match = self._attendance_rate(st, up, up_bar)
                if match is None:
                    match = self._table_row_fallback(st, table_cell, row_rate)
        if (
            not percent
            and clause_start > sent.start
            and text[clause_start - 1] == ":"
            # (the label's noun may be repeated: "- Bài vào vòng chung khảo: 60 bài")
            and len(noun_norm.split()) <= 2
            and not text[clause_start : start - qual_len].strip()
            and _names_prizes(
                norm(text[max(sent.start, text.rfind("\n", sent.start, clause_start) + 1) : clause_start - 1])
            )
        ):
            # "- Thí sinh vào vòng chung kết: 18", "- Tác phẩm đạt giải: 12": a list line's
            # label naming a contest's picked or prized items, like "18 thí sinh vào vòng chung kết"
            self._trap(st, tok, stext, "ordinal")
            return None
        if match is None and not noun_norm.strip() and not percent:
            total_from = clause_start
            after_colon = (
                clause_start > sent.start
                and text[clause_start - 1] == ":"
                and not text[clause_start : start - qual_len].strip()
            )
            if after_colon:
                total_from = sent.start  # "- Số lớp: 58": the noun is before the colon
            context = self._norm_cached(st, clause_start, clause_end)
            if st.lead_in:
                context = st.lead_in + self._norm_cached(st, sent.start, sent.end)
            match = self._match_after_total(text, total_from, start, context, st.lead_in)
            if (
                match is not None
                and match.rule is self.lexicon.other
                and clause_start > sent.start
                and not st.lead_in
                and lower.find("lượt", clause_start, start) != -1
            ):
                # Session 14 (holdout46/47's language): "... mở 38 lớp ở chi bộ; lượt cán bộ, đảng
                # viên tham dự đạt 5.120": a clause naming its measure before the number reads the
                # study its sentence names before it
                context = self._norm_cached(st, sent.start, clause_end)
                match = self._match_after_total(text, total_from, start, context, st.lead_in) or match
            if match is None and qual_len:
                # (before the qualifier: "số người theo dõi fanpage ... hiện nay khoảng 410 nghìn")
                match = self._match_after_total(
                    text, total_from, start - qual_len, context, st.lead_in, qualified=True
                )
            elif (
                match is not None
                and not after_colon
                and match.rule.splits_audience
                and lower.find("số", total_from, start) != -1
            ):
                # Session 15 (holdout52's language): "Tổng số lượt cán bộ, đảng viên dự học là
                # 10.215": who is counted is named in the total before the number
                measured_from = total_from
            if match is None and after_colon:
                # "- Văn bản hướng dẫn đã ban hành: 14", "Lượt người tiếp cận: khoảng 1,35 triệu":
                # the label before the colon is the counted noun
                match = self._label_match(st, sent.start, clause_start - 1)
        if (
            not percent
            and noun_norm in _MEASURE_WORDS
            and clause_start > sent.start
            and text[clause_start - 1] == ":"
            and not text[clause_start : start - qual_len].strip()
            and (
                match is None
                or match.rule is self.lexicon.other
                # Session 12 (holdout28's language): a later label of a list line that names its
                # own people ("✅ Báo cáo viên cấp quận: 45 đồng chí; cộng tác viên dư luận xã
                # hội: 63 đồng chí") counts them, not the people of the line's first label
                or text.find(";", sent.start, clause_start) != -1
                # Session 14 (holdout48/49's language): "- Cộng tác viên dư luận xã hội: 24 đồng
                # chí" in a report naming its reporters too: the label names who "đồng chí" counts,
                # not the people another sentence made the measure word mean
                or match.rule.code in _PEOPLE_CODES
            )
        ):
            # "- Đảng viên dự học: 1.968/2.041 đồng chí": the label before the colon says what
            # "đồng chí" counts, like "Số đảng viên ... là N đồng chí" (and "- Học viên: 214
            # người", "- Cá nhân được khen thưởng: 21 người": whichever people it names)
            found = self._label_match(st, sent.start, clause_start - 1)
            if (
                found is not None
                and (found.rule.splits_audience or found.rule.code in _PEOPLE_CODES)
                and " chưa " not in st.norms.norm(sent.start, clause_start)
            ):
                match = found
                measured_from = max(sent.start, text.rfind("\n", sent.start, clause_start) + 1)
        elif (
            (match is None or match.rule is self.lexicon.other)
            and not percent
            and noun_norm in _MEASURE_WORDS
            and st.lower.find("số", clause_start, start) != -1
        ):
            # "số thành viên hiện nay khoảng 158.000 người": the noun before the number says
            # what "người" counts
            # (the sentence is its context: "Các khu phố lập 1.203 nhóm Zalo; số thành viên ...")
            found = self._match_after_total(
                text,
                clause_start,
                start - qual_len,
                self._norm_cached(st, sent.start, sent.end),
                st.lead_in,
                bare=True,
            )
            if found is not None and found.rule is not self.lexicon.other:
                match = found
                # ("Số đảng viên tham gia học tập là 6.182/6.450 đồng chí": who is counted is
                # named before the number too)
                measured_from = clause_start
        # (every rule of this group reads only a number whose noun matched no indicator, or
        # only "other": a number matched to an indicator, most of them, skips the group at once)
        if match is None or match.rule.code == "other":
            if (
                st.prev_sentence is not None
                and (percent or noun_norm.startswith(_PEOPLE_PREFIXES))
            ):
                match = self._continued(st, sent, noun_norm, before_norm, percent) or match
            if (
                percent
                and (match is None or match.rule is self.lexicon.other)
                and prev is not None
                and prev.match is not None
                and prev.match.rule.code == "study_attendance"
                and not noun_norm.strip()
                and (
                    "tỷ lệ" in lower[prev.token.end : start]
                    # "... với 3.114 lượt đảng viên tham dự, đạt 97,05%": "đạt" right after the
                    # attendance and its noun
                    # (or in brackets: "... dự: 12.906 (đạt 96,37%)"; or as the next item of a list
                    # line: "- Lớp ở cơ sở: 96; lượt cán bộ, đảng viên dự: 5.046; đạt 95,2%")
                    or (start - prev.token.end < 50 and lower.endswith((", đạt ", " (đạt ", "; đạt "), prev.token.end, start))
                )
                and (
                    prev.clause_id == clause_id
                    or (start - prev.token.end < 80 and "tham gia" in lower[prev.token.end : start])
                    # "- Lượt cán bộ, đảng viên dự: 2.614; tỷ lệ: 91,4%": the next label on its line
                    or (start - prev.token.end < 24 and "\n" not in lower[prev.token.end : start])
                )
            ):
                # "Số lượt cán bộ, đảng viên dự: 31.460, đạt tỷ lệ 96,12%": the rate after an
                # attendance is the participation rate of that study (also in the next clause:
                # "... dự: 398.560; tỷ lệ đảng viên tham gia đạt 96,55%")
                match = self._study_rate or match
            if (
                percent
                and (match is None or match.rule is self.lexicon.other)
                and clause_start > sent.start
                and text[clause_start - 1] == ":"
                and not noun_norm.strip()
                and st.norms.norm(sent.start, clause_start - 1).strip(" -–+•*") in _BARE_RATE_LABELS
                and self._after_a_study(st, sent, _ATTENDANCE_CODES)
            ):
                # "- Đảng viên dự học: 4.127/4.309 đồng chí" over "- Tỷ lệ: 95,78%": a label that is
                # only "Tỷ lệ" right under a study's attendances is that study's participation rate
                # (like a table's rate row under its attendance row)
                match = self._study_rate or match
            if (
                percent
                and (match is None or match.rule is self.lexicon.other)
                and lower.startswith(_RATE_SENTENCE_OPENERS, sent.start)
                and not noun_norm.strip()
                and self._rate_of_attendance_before(st, sent, start)
            ):
                # Session 12 (holdout28's language): "... thu hút 21.905 lượt cán bộ, đảng viên." /
                # "Tỷ lệ đảng viên tham gia đạt 96,1%.": a sentence opening with the rate of those who
                # took part, right after the sentence that counted a study's attendances, is that
                # study's participation rate
                match = self._study_rate or match
            if not percent and (match is None or match.rule is self.lexicon.other) and noun_norm.strip():
                match = self._bare_noun(st, sent, start, noun_norm, noun_text) or match
            if (
                not percent
                and (match is None or match.rule is self.lexicon.other)
                and noun_norm.startswith(_SHARED_PURPOSE_HEADS)
                and noun_end < clause_end
                # Session 14 (holdout59's language): "12 hội nghị tiếp xúc cử tri với khoảng 4.300
                # lượt cử tri và 1 hội nghị báo cáo viên": a gathering that names its own kind
                # takes no purpose from a later item
                and not noun_norm.startswith(_OWN_KIND_GATHERINGS)
            ):
                # "tổ chức 2 hội nghị cấp quận và 35 hội nghị ở cơ sở học tập, quán triệt ...": the
                # purpose named after the last item of a list is the purpose of every item
                rest = self._norm_cached(st, noun_from, min(clause_end, noun_from + 160))
                match = (
                    self.lexicon.classify(
                        rest, lambda: self._norm_cached(st, clause_start, clause_end), before_norm, False
                    )
                    or match
                )
            if st.lead_in and (match is None or match.rule is self.lexicon.other) and noun_norm.strip():
                # a list line under a lead-in ("Kết quả học tập, quán triệt ... như sau:" / "- số
                # người dự: 9.615 lượt cán bộ, đảng viên"): the lead-in says what is counted (not
                # for those who did not take part: "- Số đảng viên chưa tham gia: 212 người")
                line_before = st.norms.norm(sent.start, start)
                if not any(w in line_before for w in _NOT_DONE) and not (
                    noun_norm.startswith(_ROUND_WORDS)
                    and clause_start > sent.start
                    and text[clause_start - 1] == ":"
                    and not text[clause_start : start - qual_len].strip()
                    and self._label_names_a_thing(st, sent.start, clause_start - 1)
                ):
                    context = st.lead_in + self._norm_cached(st, sent.start, sent.end)
                    match = self.lexicon.classify(noun_norm, context, st.lead_in + line_before, percent) or match
                    if match is None or match.rule is self.lexicon.other:
                        # "... nhiều đơn vị có số lượt dự thi cao:" / "- Phường A: 18.420 lượt": a bare
                        # "lượt" (or "người", "bài") is the "số lượt ..." the lead-in names
                        k = st.lead_in.find(" số" + noun_norm) if noun_norm in _BARE_LIST_NOUNS else -1
                        if k != -1:
                            named = st.lead_in[k + 3 : k + 3 + 60]
                            match = self.lexicon.classify(named, context, st.lead_in, percent) or match
            elif (
                st.lead_in
                and (match is None or match.rule is self.lexicon.other)
                and clause_start > sent.start
                and text[clause_start - 1] == ":"
                and not text[clause_start : start - qual_len].strip()
            ):
                # "1. Học tập, quán triệt nghị quyết ..." / "- Số hội nghị cấp huyện: 04", "- Tỷ lệ đảng
                # viên tham gia: 96,2%": a label naming only a level or who took part counts what the
                # lead-in names (not those who did not take part)
                colon = clause_start - 1
                a = max(sent.start, text.rfind(";", sent.start, colon) + 1)
                label_norm = self._norm_cached(st, a, colon)
                if label_norm.startswith(" số "):
                    label_norm = label_norm[3:]  # ("Số hội nghị ...": "số" is no issue of a bulletin)
                if not any(w in label_norm for w in _NOT_DONE):
                    context = st.lead_in + label_norm
                    match = self.lexicon.classify(label_norm + st.lead_in, context, context, percent) or match
            if (
                (match is None or match.rule is self.lexicon.other)
                and not percent
                and noun_norm.startswith(_KIND_OF_ITEM)
                and clause_start > sent.start
                and text[clause_start - 1] == ":"
            ):
                # "- Báo cáo tình hình dư luận xã hội: 37 định kỳ, 15 đột xuất": the words after the
                # number only say which kind; the label before the colon names what is counted
                match = self._label_match(st, sent.start, clause_start - 1) or match
            if (
                (match is None or match.rule is self.lexicon.other)
                and not percent
                and prev is not None
                and prev.clause_id == clause_id
                and prev.match is not None
                and prev.match.rule is not self.lexicon.other
                and noun_norm.startswith(_SHARED_PURPOSE_HEADS)
            ):
                match = self._kind_of_item_before(st, prev, start, noun_norm, pre_words) or match
        if (
            not percent
            and ("khen" in pre or "dương" in pre)
            and noun_norm.startswith(_COMMENDED_PEOPLE)
            and _COMMEND_BEFORE_RE.search(pre)
        ):
            # "tặng giấy khen cho 7 báo cáo viên có nhiều đóng góp": people commended, counted
            # like "7 cá nhân" in a commendation
            commended = self.lexicon.by_code.get("commended_individuals")
            match = Match(commended, "") if commended is not None else match
        if (match is None or match.rule is self.lexicon.other) and pre_words[-2:] == ["đội", "ngũ"] and not percent:
            # "tổ chức 7 hội nghị báo cáo viên, cung cấp thông tin cho đội ngũ 46 báo cáo viên":
            # "đội ngũ" names the corps itself, whatever meetings of it the clause counted before
            match = self.lexicon.classify(noun_norm, noun_norm, " đội ngũ ", False) or match
        if (
            (match is None or match.rule is self.lexicon.other)
            and not percent
            and noun_norm.startswith(_TOTAL_OF_STUDY_HEADS)
            and (
                (sent.start == start - 13 - qual_len and st.text.startswith("Tổng cộng có ", sent.start))
                or last_pre == "thêm"
            )
            and (self._study_in_prev_sentence(st, sent) or self._after_a_study(st, sent))
        ):
            # Session 14 (holdout42's language): "Đảng ủy tổ chức 01 hội nghị cấp phường, sau đó 52
            # chi bộ mở lớp ... Tổng cộng có 61 lớp, ...": a total opening the sentence after a
            # study was counted adds up the classes of that study; "... 74 lớp ở các chi bộ ...
            # Do nhiều đảng viên đi biển, huyện mở thêm 06 lớp bổ sung": classes "more" (thêm)
            # after a study's are more of them
            studied = self.lexicon.by_code.get("study_sessions")
            if studied is not None:
                match = Match(studied, "")
        attendees = None
        if (
            not percent
            and prev is not None
            and prev.clause_id == clause_id
            and prev.match is not None
            and prev.match.rule.code in _ATTENDEE_TRIGGERS
        ):
            attendees = self._attendees(prev, match, noun_norm, pre_words, lower[prev.noun_end : start])
            match = attendees or match
        elif (
            not percent
            and last_pre == "có"
            and noun_norm.startswith(_ATTENDANCE_NOUNS)
            and prev is not None
            and prev.match is not None
            and prev.token.start >= sent.start
            and (
                prev.match.rule.code in ATTENDEES_OF
                or prev.match.rule.code in _ATTENDANCE_OF_RATE
                # ("mở 104 lớp, thu hút 4.415 lượt cán bộ, đảng viên; riêng quần chúng có 2.960
                # lượt tham dự": a second group after the activity's first attendances)
                or prev.match.rule.code in _ATTENDEE_CODES
            )
            and (
                match is None
                or match.rule is self.lexicon.other
                # ("riêng quần chúng có khoảng 1.800 lượt dự nghe": "dự" says they attended it)
                or (match.rule.code in _ATTENDEE_CODES and "riêng" in pre)
            )
        ):
            # "... đã mở 1.236 lớp triển khai ...; riêng quần chúng có 118.000 lượt tham dự": the
            # attendances of the activity counted before in the sentence (or of the study whose
            # participation rate was just given), by the people named before "có"
            code = prev.match.rule.code
            rule = self.lexicon.by_code.get(
                ATTENDEES_OF.get(code) or _ATTENDANCE_OF_RATE.get(code) or code
            )
            if rule is not None:
                match = Match(rule, "")
        if (
            match is not None
            and match.rule.code == "propaganda_audience"
            and not percent
            and (" dự nghe " in noun_norm or lower.find("dự nghe", sent.start, start) != -1)
            and (
                self._after_a_study(st, sent)
                # Session 14 (holdout42/43's language): "... mở 71 lớp, thu hút 2.781 lượt đảng
                # viên, đạt 97,1%. Riêng quần chúng có 430 lượt dự nghe.": a sentence opening
                # "Riêng" sets one more group apart from the count of the sentence before it
                or (st.text.startswith("Riêng ", sent.start) and self._study_in_prev_sentence(st, sent))
            )
        ):
            # "... đạt 96,1%; quần chúng dự nghe trên 3.000 lượt", "... tỷ lệ 96,7%, cùng 2.310 lượt
            # quần chúng dự nghe", "✅ Quần chúng dự nghe: khoảng 1.150 lượt" under the line of a
            # study's classes: people who "attended and listened" right after a study was counted
            # attended that study ("nghe" names no talk of propaganda there)
            studied = self.lexicon.by_code.get("study_attendance")
            if studied is not None:
                match = Match(studied, "")
        if (
            not percent
            and (match is None or match.rule is self.lexicon.other)
            and noun_norm.startswith(_PEOPLE_PREFIXES)
            and any(w in noun_norm for w in _REACHED_WORDS)
        ):
            # "1.500 tiểu thương được tuyên truyền trực tiếp": the people the work reached
            reached = self.lexicon.by_code.get("propaganda_audience")
            if reached is not None:
                match = Match(reached, "")
        if (
            match is not None
            and match.rule.code == "study_attendance"
            and noun_norm.startswith(" lượt cử tri ")
        ):
            # "Các hội nghị tiếp xúc cử tri ... thu hút 7.460 lượt cử tri": voters who came to meet
            # their candidates were reached by the election's propaganda, whatever meeting they
            # came to (no study of a resolution)
            reached = self.lexicon.by_code.get("propaganda_audience")
            if reached is not None:
                match = Match(reached, "")
        if (
            " thi " in noun_norm  # (every phrase of _CONTEST_ENTRY ends in "thi")
            and not percent
            and (match is None or match.rule.code != "contest_entries")
            and noun_norm.startswith(_PEOPLE_PREFIXES)
            and any(w in noun_norm for w in _CONTEST_ENTRY)
        ):
            # "186.320 lượt đoàn viên, thanh niên dự thi": the people who entered a contest
            entered = self.lexicon.by_code.get("contest_entries")
            if entered is not None:
                match = Match(entered, "")
        if (
            not percent
            and (match is None or match.rule is self.lexicon.other)
            and noun_norm.startswith(_BROADCAST_ITEMS)
            and (
                (" " + " ".join(pre_words[-2:]) + " ").endswith(_BROADCAST_VERBS)
                or noun_norm.startswith(_AIRED_PROGRAMMES)
                # "phát hành đủ 12 kỳ", "phát thêm 6 chương trình": a word between the verb and
                # its count
                or (
                    pre_words[-1:] != []
                    and pre_words[-1] in BROADCAST_FILLERS
                    and (" " + " ".join(pre_words[-3:-1]) + " ").endswith(_BROADCAST_VERBS)
                )
                # "phát 124 chương trình thời sự và 26 kỳ chuyên mục": a second item of the
                # list the verb aired
                or (
                    prev is not None
                    and prev.clause_id == clause_id
                    and prev.match is not None
                    and prev.match.rule.code == "news_items"
                    and (pre_words[-1:] == ["và"] or (pre_words[-1:] != [] and pre_words[-1].endswith(",")))
                )
                # Session 14 (holdout59's language): "– Tọa đàm phát trực tiếp trên fanpage: 6
                # chương trình": a list line's label that airs them, the count right after its colon
                or (
                    clause_start > sent.start
                    and text[clause_start - 1] == ":"
                    and not text[clause_start : start - qual_len].strip()
                    and any(
                        v in st.norms.norm(text.rfind("\n", sent.start, clause_start) + 1 or sent.start, clause_start - 1)
                        for v in _BROADCAST_VERBS
                    )
                )
            )
        ):
            # "phát 186 chương trình thời sự": programmes aired, news items
            aired = self.lexicon.by_code.get("news_items")
            if aired is not None:
                match = Match(aired, "")
        # "phát hành mười hai số": issues, in words (not "một số chi bộ", some)
        issues_in_words = (
            is_words
            and (tok.value or 0) >= 2
            and pre_words[-1:] in (["hành"], ["phát"], ["bản"])
            and _bare_issue_count(noun_norm)
        )
        if (
            match is not None
            and match.cue == " số "
            and not issues_in_words
            and (is_words or not _bare_issue_count(noun_norm))
        ):
            match = None  # "một số chi bộ" (some), "3 số điện thoại": no issues of a bulletin
            if is_words:
                return None
        if (
            match is None
            and not percent
            and not is_words
            and not noun_norm.strip()
            and clause_start > sent.start
            and text[clause_start - 1] == ":"
            and text.startswith(_LIST_BULLETS, sent.start)
            and not text[clause_start : start - qual_len].strip()
            and _counted_label(text, sent.start, clause_start - 1)
            # (a lead-in, or a part's heading above the paragraph the list goes on from: "B.
            # TUYÊN TRUYỀN ..." / "Thực hiện chủ trương ..." / "- Tờ gấp ...: 200.000")
            and (st.lead_in or _list_under_heading(text, sent.start))
        ):
            # "3. Tuyên truyền bầu cử" / "- Băng rôn, khẩu hiệu, pano: 1.150": a list line's label
            # names what is counted, outside the taxonomy (like "treo 1.150 băng rôn")
            match = Match(self.lexicon.other, "")
        if (
            match is not None
            and match.rule.code == "news_items"
            and (
                noun_norm.startswith(_NOT_NEWS_WRITINGS)
                # (the label's noun may be repeated: "- Bài thu hoạch ...: 2.950 bài")
                or (
                    noun_norm.strip() in ("", "bài", "bản")
                    and any(w in st.lower[sent.start : start] for w in NOT_NEWS_WRITINGS)
                )
            )
        ):
            # "8.540 bài thu hoạch", "- Bài thu hoạch của đảng viên: 8.540": what party members
            # wrote after a study, not news items
            match = Match(self.lexicon.other, "")
        if (
            match is not None
            and match.rule.code == "study_attendance"
            and " thu hoạch " in noun_norm
            and not percent
            and any(w in noun_norm for w in NOT_NEWS_WRITINGS)
        ):
            # Session 14 (holdout42's language): "Sau học tập, 9.516 đảng viên viết bài thu
            # hoạch": the members counted by what they wrote after the study, a result of it
            # outside the taxonomy like "9.516 bài thu hoạch", not its attendances
            match = Match(self.lexicon.other, "")
        if match is None:
            if is_words or not _looks_counted(noun_words, percent):
                if not is_words:
                    self._trap(st, tok, stext, "no_indicator")
                return None
            match = Match(self.lexicon.other, "")
        if (
            match.cue
            and match.rule is not self.lexicon.other
            and self._hostile_content(st, tok.end, clause_end, match)
        ):
            match = Match(self.lexicon.other, "")
        # (Session 15, holdout53's language: whatever attendance the bare "lượt" was read as,
        # "... với khoảng 7.900 lượt cử tri tham dự; đội xe loa chạy 240 lượt" after meetings)
        if match.rule.splits_audience and (
            (pre_words[-1:] == ["chạy"] and (noun_norm == " lượt " or noun_norm.startswith(_RUN_AFTER)))
            # "- Lượt xe loa tuyên truyền lưu động: 318": a label counting a vehicle's runs
            or lower.find("lượt xe ", max(sent.start, start - 80), start) != -1
        ):
            # "Đội xe tuyên truyền lưu động chạy 2.150 lượt trên các tuyến hẻm": a vehicle's
            # runs, no people reached (`other`)
            match = Match(self.lexicon.other, "")
        if match.rule.code in _TAKING_PART_CODES and (
            _NOT_TAKING_PART_RE.match(noun_norm)
            or (
                clause_start > sent.start
                and text[clause_start - 1] == ":"
                and _NOT_TAKING_PART_LABEL_RE.search(lower, sent.start, clause_start)
            )
            # "Số đảng viên chưa tham gia | 262 | 498": a table row's label, like a list line's
            or (table_cell is not None and _NOT_TAKING_PART_LABEL_RE.search(lower, table_cell[0], table_cell[1]))
            or (
                # "số đảng viên chưa tham gia chưa đến 50 người": the people named before the
                # number did not take part
                noun_norm in _MEASURE_WORDS
                and _NOT_TAKING_PART_LABEL_RE.search(lower, clause_start, start - qual_len)
            )
        ):
            # "Còn 143 đảng viên chưa tham gia do ốm đau", "Số đảng viên chưa tham gia: 736
            # người": those who did not take part are no attendance (`other`)
            match = Match(self.lexicon.other, "")
        if is_words and match.rule.code == "other":
            return None

        # qualifier shared over a list: "khoảng 90 website và 50 trang"
        if (
            qualifier == "exact"
            and prev is not None
            and prev.clause_id == clause_id
            and prev.qualifier != "exact"
            and prev.first_in_clause
            and lower[prev.token.end : start].rstrip().endswith(" và")
            and "," not in lower[prev.token.end : start]
            # Session 15 (holdout63's language): not from people to things ("với hơn 8.600 người
            # theo dõi và 37 nhóm Zalo": the groups are counted exactly) or back
            and not (
                prev.match is not None
                and (prev.match.rule.code in _PEOPLE_CODES) != (match.rule.code in _PEOPLE_CODES)
                and prev.match.rule is not self.lexicon.other
                and match.rule is not self.lexicon.other
            )
        ):
            qualifier = prev.qualifier

        # --- future, plans, targets -------------------------------------------------------
        # (a loop, not any(<generator>): the words before the number may hold a target's word)
        future_word = False
        for w in _FUTURE_CLAUSE_LAST:
            if st.norms.may_contain(before_from, start, w):
                future_word = True
                break
        if (
            st.plan_level >= 0
            or 0 <= st.plan_para < start
            or (future_word and any(w in before_norm() for w in _FUTURE_CLAUSE_PADDED))
            or self._future_before(st, sent, start)
            # "Theo kế hoạch, đến cuối năm, 100% khu phố ... sẽ có tổ công nghệ số": what a plan
            # says its clause will have ("kế hoạch ... sẽ")
            or (" sẽ " in lower[tok.end : clause_end] and "kế hoạch" in lower[sent.start : start])
        ):
            self._trap(st, tok, stext, "target")
            return None

        # --- unit and period -----------------------------------------------------------------
        unit = (
            table_cell[2]
            if table_cell is not None and table_cell[2] is not None
            else self._unit_for(st, tok, units)
        )
        unit_from = REFORM_DATE if unit is not None and unit.level == "ward" else None
        # "Cả quận hiện có ... và 112 tuyên truyền viên cơ sở": a count outside the taxonomy that
        # the unit "hiện có" (has now) is a stock too
        # "fanpage ... có gần 48.000 người theo dõi": a page's followers, counted at the report's date
        if (
            not percent
            and first_words[:1] == ["người"]
            and (
                noun_norm.startswith(_FOLLOWER_NOUNS)
                or (noun_norm.startswith(_OA_FOLLOWER_NOUN) and _page_before(lower, clause_start, start))
            )
            and match.rule.code != "propaganda_audience"
            and self._followers is not None
        ):
            # Session 13 (holdout37's language): "có 28 báo cáo viên và 1 fanpage ... với khoảng
            # 65 nghìn người theo dõi": the page's followers, whatever people the list counted
            # before them
            match = self._followers
        followers = (
            not percent
            and (
                noun_norm.startswith(_FOLLOWER_NOUNS)
                or (noun_norm.startswith(_OA_FOLLOWER_NOUN) and _page_before(lower, clause_start, start))
                # "số người theo dõi fanpage ... hiện nay khoảng 410 nghìn": named before the number
                or (
                    not noun_norm.strip()
                    and "theo dõi" in lower[clause_start:start]
                    and _FOLLOWERS_TOTAL_RE.search(lower, clause_start, start) is not None
                )
            )
        )
        stock = (
            match.rule.kind == "stock"
            or (match.rule is self.lexicon.other and not percent and self._has_now(st, sent, start))
            or followers
        )
        period = self._period_for(st, sent, tok, periods, stock, stext, unit_from, clause_periods, followers)
        if st.table_periods:
            # (a figure's cell opens its sentence, "37"; a cell naming its noun is found at its
            # figure)
            column_period = st.table_periods.get(sent.start) or st.table_periods.get(tok.start)
            if column_period is not None:
                # "Chỉ tiêu | Năm 2023 | Năm 2024": the period of the cell's column (also of a
                # cell naming its noun: "41 lớp")
                column = self._resolve_in_walk(st, column_period, self._year_context(st))
                if column is not None and stock and column.start != column.end:
                    # "Số nhóm Zalo | 120 | 164" under "Năm 2022 | Năm 2023": a stock in a column
                    # of a span is counted at the span's end (docs/LABELING.md, stocks), as in a
                    # sentence with a period and no "hiện có"
                    end = column.end
                    if (
                        st.doc_date is not None
                        and st.doc_date_source in ("text", "sidecar")
                        and end > st.doc_date + _REPORTING_GRACE
                    ):
                        end = st.doc_date  # a stock cannot be known after the report's own date
                    column = Period(end, end, "instant", f"tại {end.isoformat()}")
                period = column or period
        # (an inferred date is only the latest date the text mentions: no proof of the future)
        dated = st.doc_date is not None and st.doc_date_source in ("text", "sidecar")
        if (
            period is not None
            and dated
            and period.ptype != "term"
            and (
                (
                    period.start > st.doc_date
                    and period.source is not None
                    # Session 13 (holdout33's language): "Tính đến 30/6/2017, đội ngũ báo cáo viên
                    # có 54 đồng chí" in a half-year report dated 28/6: a stock counted as at the
                    # period's end, days after the report's date, is no plan
                    and not (stock and period.source.kind in _AS_OF_KINDS and period.start == period.end)
                )
                or (
                    period.end > st.doc_date + _reporting_grace(period.start, period.end)
                    # (an instant at the end of a period begun by the report's date and within
                    # that period's grace: the stock of the period's results, `_period_for`)
                    and not (stock and period.source is None and period.ptype == "instant")
                )
            )
        ):
            # a period that has not happened by the report's date: a plan or a target
            self._trap(st, tok, stext, "target")
            return None

        value = tok.value if tok.value is not None else 0.0
        if match.rule.kind == "rate" and value > 100:
            match = Match(self.lexicon.other, "")  # "đạt 105% kế hoạch" is no participation rate
        elif percent and match.rule.code == "study_attendance":
            # Session 12 (holdout27's language): "thu hút 7.430 lượt đảng viên ..., đạt 95,62 %
            # đảng viên tham gia": a percentage of the people who took part in a study is its
            # participation rate, never a count of them
            match = self._study_rate or match
        audience_of = noun_norm
        if (
            match.rule.splits_audience
            and not noun_norm.strip()
            and clause_start > sent.start
            and text[clause_start - 1] == ":"
        ):
            # "lượt đảng viên dự: 2.587": the label before the colon says who attended
            a = max(sent.start, text.rfind(";", sent.start, clause_start - 1) + 1)
            audience_of = self._norm_cached(st, a, clause_start - 1)
        if table_cell is not None and match.rule.splits_audience:
            # (the row's label, or the column's header naming the measure: "Lượt đảng viên dự")
            if table_cell[3] >= 0:
                audience_of = self._norm_cached(st, table_cell[3], table_cell[4])
            else:
                audience_of = self._norm_cached(st, table_cell[0], table_cell[1])
        elif measured_from >= 0 and match.rule.splits_audience:
            audience_of = self._norm_cached(st, measured_from, start)  # ("số đảng viên ... là")
        elif match.rule.splits_audience and last_pre == "có" and noun_norm.startswith(_ATTENDANCE_NOUNS):
            # "riêng quần chúng có 118.000 lượt tham dự": who attended is named before "có"
            audience_of = self._norm_cached(st, max(clause_start, sent.start, start - qual_len - 40), start)
        audience = self.lexicon.audience(match.rule, audience_of)
        unit_phrase = _unit_phrase(noun_words, match.cue)
        # (a dict display in field order: Observation(**values), made faster; see models.py)
        obs = observation_of(
            {
                "doc_id": st.doc_id,
                "unit_name": unit.name if unit else None,
                "unit_level": unit.level if unit else None,
                "province_name": unit.province_name if unit else None,
                "unit_code": unit.code if unit else None,
                "period_start": _iso(period.start) if period else None,
                "period_end": _iso(period.end) if period else None,
                "period_label": period.label if period else None,
                "indicator": match.rule.code,
                "value": float(value),
                "qualifier": qualifier,
                "unit_phrase": unit_phrase,
                "audience": audience,
                "char_start": tok.start,
                "char_end": tok.end,
                "sentence": stext if st.shown is None else _shown(st, stext, tok.start),
                "period_type": period.ptype if period else None,
                "doc_date": st.doc_date_iso,
                "doc_date_source": st.doc_date_source,
            }
        )
        st.observations.append(obs)
        # a qualifier before the first number of a clause can cover a list ("khoảng 90 website
        # và 50 trang"); one in the middle of a clause covers its own number only
        return _Decided(
            tok,
            match,
            qualifier,
            noun_end,
            clause_id,
            prev is None or prev.clause_id != clause_id,
            consumed_next,
            attendees is not None,
        )

    @staticmethod
    def _has_now(st: _DocState, sent: Sentence, pos: int) -> bool:
        """Is the number at `pos` what the unit has now: "hiện có", "hiện nay ... có" before it
        in its clause's sentence, with "có" the last verb before it (or before a list it ends)?"""
        before = st.lower[max(sent.start, pos - 200) : pos]
        k = before.rfind("có ")
        if k < 0 or (k > 0 and before[k - 1].isalnum()):
            return False
        return _has_instant_marker(before[: k + 2]) and not _VERB_AFTER_HAS_RE.search(before, k + 3)

    @staticmethod
    def _hostile_content(st: _DocState, end: int, clause_end: int, match: Match) -> bool:
        """Does the counted medium after `end` name hostile content?

        "xử lý 1.346 tin, bài sai sự thật, xấu độc", "gỡ bỏ 12 tài khoản mạng xã hội phản động":
        what the unit found or removed, not what it published or runs (an `other` count). The
        hostile word must qualify the counted noun itself (within its first words), not what
        the items answer ("50 bài viết phản bác thông tin sai sự thật", "tin, bài về tin giả").
        """
        stop = end + 80 if end < clause_end - 80 else clause_end
        window = st.lower[end:stop]
        for key in _HOSTILE_KEYS:  # (substring tests: cheaper than a regex over Vietnamese text)
            if key in window:
                break
        else:
            return False  # (most counts: no hostile word at all)
        n = len(match.cue.split())
        words = st.norms.norm(end, stop).split()
        # Session 15 (holdout61's language): "phản bác 2.410 bài viết có nội dung sai trái": the
        # content a noun "has" qualifies it like a word right after it
        words = words[: n + 7] if words[n : n + 3] == ["có", "nội", "dung"] else words[: n + 4]
        near = " " + " ".join(words) + " "
        if not any(w in near for w in _HOSTILE_AFTER_CUE):
            return False
        if any(w in near for w in _COUNTER_WORDS):
            return False
        # and the report names hostile content as such (looked for once per report, and only
        # for a count the words above call hostile: a search of the whole report)
        if st.hostile_words is None:
            st.hostile_words = any(w in st.lower for w in HOSTILE_CONTENT_WORDS)
        return st.hostile_words

    def _continued(
        self, st: _DocState, sent: Sentence, noun_norm: str, before_norm: Callable[[], str], percent: bool
    ) -> Match | None:
        """An attendance or its rate in a sentence that goes on from the one before.

        "Quận tổ chức 42 hội nghị học tập, quán triệt nghị quyết. Tổng cộng 8.416 lượt cán bộ,
        đảng viên tham dự, tỷ lệ đạt 96,1%": the second sentence names who attended and how
        many, not what; the activity is the previous sentence's (same paragraph). Only a
        sentence that says people attended (tham dự, tham gia, dự) goes on from the one before,
        and only to an attendance or a rate.
        """
        sent_norm = self._norm_cached(st, sent.start, sent.end)
        if not any(w in sent_norm for w in _ATTEND_WORDS):
            return None
        prev = st.prev_sentence
        context = self._norm_cached(st, prev.start, prev.end) + sent_norm  # type: ignore[union-attr]
        found = self.lexicon.classify(
            noun_norm, context, lambda: context[: -len(sent_norm)] + before_norm(), percent
        )
        if found is None or not (found.rule.kind == "rate" or found.rule.code in _ATTENDEE_CODES):
            return None
        return found

    def _attendees(
        self, prev: _Decided, match: Match | None, noun_norm: str, pre_words: list[str], gap: str
    ) -> Match | None:
        """The people counted right after a counted activity of the same clause attend it.

        "mở 4 lớp bồi dưỡng ... cho 347 quần chúng ưu tú" (trainees), "tổ chức 2.450 buổi tuyên
        truyền về Nghị quyết ..., thu hút hơn 2,3 triệu lượt đoàn viên" (propaganda audience):
        a count of people after "cho", "với", "thu hút" takes the indicator of the activity's
        attendees, whatever the words around would say alone (the resolution studied, the
        collaborators trained). A second group of the same list ("... và 500 lượt quần chúng")
        goes with the first. None when the rule does not apply.
        """
        if match is not None and match.rule.code not in _PEOPLE_COUNT_CODES:
            return None
        if not noun_norm.startswith(_PEOPLE_PREFIXES):
            return None
        prev_code = prev.match.rule.code  # type: ignore[union-attr]
        code = ATTENDEES_OF.get(prev_code)
        if code is not None:
            if not (" " + " ".join(pre_words)).endswith(_ATTENDEE_LINKS) and not (
                # Session 14 (holdout42's language): "Tổng cộng có 61 lớp, 4.286 lượt đảng viên
                # dự": people who "attended" (dự, tham dự) listed right after the gatherings
                (" dự " in noun_norm or " tham gia " in noun_norm)
                and pre_words[-1:] != []
                and pre_words[-1][-1] == ","
                and len(gap) < 3
            ):
                return None
            if code == "propaganda_audience" and noun_norm.startswith(_SPEAKER_PREFIXES):
                return None  # "20 buổi tuyên truyền với 30 báo cáo viên": who spoke, not who listened
        elif prev_code in _ATTENDEE_CODES and prev.attendees and _LIST_GAP_RE.fullmatch(gap):
            code = prev_code
        rule = self.lexicon.by_code.get(code or "")
        if rule is None or (match is not None and match.rule is rule):
            return None
        return Match(rule, match.cue if match is not None else "")

    @staticmethod
    def _after_a_study(st: _DocState, sent: Sentence, codes: frozenset[str] | None = None) -> bool:
        """Is the last fact found a study's (its sessions, attendances or participation rate; or
        one of `codes`), counted earlier in this sentence or on the list line right above it with
        the same mark ("✅ 64 lớp ..., với 3.870 lượt đảng viên, đạt 97,4%" over "✅ Quần chúng
        dự nghe: ...")?"""
        if not st.observations:
            return False
        last = st.observations[-1]
        if last.indicator not in (codes or _STUDY_CODES):
            return False
        if last.char_start >= sent.start:
            return True
        up = _list_line_above(st.text, sent.start) if sent.first_in_para else None
        return up is not None and up[0] <= last.char_start < up[1]

    @staticmethod
    def _study_in_prev_sentence(st: _DocState, sent: Sentence) -> bool:
        """Was the last fact found a study's, counted in the sentence right before `sent` (same
        paragraph)?"""
        prev = st.prev_sentence
        if prev is None or not st.observations:
            return False
        last = st.observations[-1]
        return last.indicator in _STUDY_CODES and prev.start <= last.char_start < sent.start

    @staticmethod
    def _kind_of_item_before(
        st: _DocState, prev: _Decided, start: int, noun_norm: str, pre_words: list[str]
    ) -> Match | None:
        """Session 12 (holdout28's language): "gửi 48 báo cáo dư luận định kỳ và 11 báo cáo đột
        xuất": a second item of a list that repeats the first's noun with only its kind
        ("định kỳ", "đột xuất", "chuyên đề") after it counts the same things as the first (whose
        purpose was named once, after the first noun); the first item's match, else None."""
        if not (pre_words[-1:] == ["và"] or st.text[max(0, start - 2) : start] == ", "):
            return None
        head = next(h for h in _SHARED_PURPOSE_HEADS if noun_norm.startswith(h))
        if not noun_norm[len(head) - 1 :].startswith(_KIND_OF_ITEM):
            return None
        if not st.lower.startswith(head[1:], prev.token.end + 1):
            return None  # (the item before counted another noun)
        return prev.match

    @staticmethod
    def _rate_of_attendance_before(st: _DocState, sent: Sentence, pos: int) -> bool:
        """Does the sentence (opening with "Tỷ lệ") name people who took part before `pos`, and
        was the last fact found a study's attendance counted in the sentence right before it (same
        paragraph)? "... 412 lớp, thu hút 21.905 lượt cán bộ, đảng viên. Tỷ lệ đảng viên tham gia
        đạt 96,1%." """
        prev = st.prev_sentence
        if prev is None or not st.observations:
            return False
        last = st.observations[-1]
        if last.indicator != "study_attendance" or not prev.start <= last.char_start < sent.start:
            return False
        head = st.lower[sent.start : pos]
        return any(w in head for w in _RATE_TOOK_PART_WORDS)

    @staticmethod
    def _institution_apposition(st: _DocState, sent: Sentence, pos: int, noun_norm: str) -> bool:
        """ "Khu vực quanh Học viện ..., Trường Đại học ..., với hơn 40 nghìn sinh viên, được chọn
        ...": people given in apposition to a place named before ", với" (nothing counted in the
        sentence before them, and no verb of taking part after them)."""
        if "," not in st.text[max(0, pos - 8) : pos]:
            return False  # (the caller saw "với" or "cùng" right before the number)
        if not _no_participation(noun_norm):
            return False
        m = _INSTITUTION_APPOSITION_RE.search(st.text, max(sent.start, pos - 160), pos)
        if m is None:
            return False
        # (nothing counted before them in their clause: "Quận có 10 phường ...; khu vực quanh các
        # trường đại học, với ...": the clause opens after the ";")
        clause = max(sent.start, st.text.rfind(";", sent.start, m.start()) + 1)
        return _HAS_DIGIT_RE.search(st.text, clause, m.start()) is None

    def _bare_noun(
        self, st: _DocState, sent: Sentence, start: int, noun_norm: str, noun_text: str = ""
    ) -> Match | None:
        """The indicator of a counted noun that names no kind, from what it refers back to.

        "Quận tổ chức 214 buổi tuyên truyền miệng ... Riêng tháng 5, có 37 buổi được tổ chức
        tại các khu nhà trọ": a bare counted noun ("buổi", "báo cáo", "lớp"), alone or followed
        only by how, where or about what ("được tổ chức", "tại", "về"), counts what the text
        before it described: the same noun counted earlier in the sentence or in the previous
        sentence of the paragraph takes its description from there ("214 buổi tuyên truyền
        miệng"); failing that, the words before it in the sentence describe it ("Huyện có 60
        cộng tác viên dư luận xã hội; lực lượng này gửi 7 báo cáo về ...": the collaborators'
        reports). None when the noun is not bare or nothing before describes it.
        """
        if noun_norm.startswith(_PEOPLE_PREFIXES):
            return None  # (people: their own rules read who they are, see _continued, _attendees)
        cue = self.lexicon.leading_cue(noun_norm)
        if cue is None:
            return None
        tail = noun_norm[len(cue) :]
        rest = tail.split(None, 3)
        how = 0  # (the words naming how it was held, "trực tuyến", read past)
        if rest[:1] == ["trực"] and rest[1:2] in (["tuyến"], ["tiếp"]):
            if rest[2:3] in (["cấp"], ["toàn"]):
                # "4 hội nghị trực tuyến cấp quận": how the gathering was held, then its level,
                # names no kind of its own (the level is read as below)
                tail = tail.split(None, 2)[2]
                rest = tail.split(None, 3)
                how = 2
            elif rest[2:3] in (["kết"], ["tới"], ["đến"]) and not _in_open_bracket(st.lower, sent.start, start):
                # Session 14 (holdout59's language): "1 hội nghị trực tuyến kết nối 35 điểm cầu",
                # "2 hội nghị trực tuyến tới 14 điểm cầu": how it was held and the sites it reached
                # name no kind either (alone, "3 hội nghị trực tuyến;", it names its own kind; nor
                # an item of a count's breakdown in brackets: "03 hội nghị báo cáo viên (tháng 1,
                # tháng 6 và một hội nghị trực tuyến tới ...)")
                rest = []
        # (Session 15, holdout53's language: or its scope, "1 hội nghị trực tuyến toàn Thành phố")
        if (rest[:1] == ["cấp"] or rest[:1] == ["toàn"]) and len(rest) > 1 and rest[1] in _LEVEL_WORDS_AFTER_CAP:
            # "2 hội nghị cấp huyện và ...": the level says where, not what kind
            level_end = 3 if rest[1] in ("thành", "thị", "cơ") else 2
            # (a level of two words, "cấp thành phố", leaves the words after it in one piece:
            # split once more, "1 hội nghị cấp thành phố theo hình thức trực tuyến")
            rest = rest[level_end:] if level_end == 2 else tail.split(None, 4)[3:]
            if rest and (rest[0] == "và" or rest[0] == "trực"):
                # ("1 hội nghị cấp quận trực tiếp kết hợp trực tuyến": after the level, how the
                # gathering was held names no kind of its own)
                rest = []
            elif rest and "," in noun_text:
                # "tổ chức 6 hội nghị cấp thành phố, các đảng bộ phường mở 312 lớp": a comma
                # after the level ends the noun (the next clause names its own count)
                words = noun_text.partition(",")[0].split()
                if len(norm(" ".join(words)).split()) == len(cue.split()) + how + level_end:
                    rest = []
        elif rest[:1] == ["và"]:
            # Session 15 (holdout53's language): "Phường tổ chức 2 hội nghị và mở 29 lớp": "và"
            # right after the noun ends it, like "và" after its level
            rest = []
        if rest[:1] in (["theo"], ["dưới"]) and len(rest) > 1 and rest[1].startswith("hình thức"):
            # "1 hội nghị cấp phường theo hình thức trực tiếp kết hợp trực tuyến": the form it
            # was held in names no kind of its own
            rest = []
        if rest and rest[0] in _REPORT_KIND_FIRST and cue.strip() == "báo cáo":
            # Session 13 (holdout36/37's language): "cộng tác viên dư luận xã hội gửi 27 báo cáo
            # định kỳ, 6 báo cáo đột xuất", "gửi 63 báo cáo nhanh": how often or how fast a
            # report was sent names no subject of its own; the words before say what it is on
            # (only the words before it in its own sentence: "12 báo cáo định kỳ" under a count
            # of reporters in the sentence before stays unread)
            rest = rest[2:] if rest[0] != "nhanh" else rest[1:]
            if rest and rest[0] not in _BARE_TAIL_WORDS:
                return None
            src = st.norms.norm(sent.start, start)
            found = self.lexicon.classify(cue, src, src, False)
            if found is not None and found.rule is not self.lexicon.other:
                return found
            return self._collaborators_reports(st, sent, start, cue)
        if rest and rest[0] not in _BARE_TAIL_WORDS:
            return None  # "buổi sinh hoạt trực tuyến": the noun names its kind itself
        sources = [st.norms.norm(sent.start, start)]
        if st.prev_sentence is not None:
            sources.append(self._norm_cached(st, st.prev_sentence.start, st.prev_sentence.end))
            if st.prev_para_last is not None and st.lower.startswith(_AT_GRASSROOTS, sent.start):
                # "Huyện ủy tổ chức 4 hội nghị cấp huyện học tập ... nghị quyết." over "Cần Giờ
                # gồm 6 xã ... Ở cơ sở, các đảng bộ xã mở 104 lớp": "at the grassroots" goes on
                # from the activity the paragraph before counted at the unit's level
                last = st.prev_para_last
                sources.append(self._norm_cached(st, last.start, last.end))
            elif (
                st.prev_sentence.first_in_para
                and st.prev_para_last is not None
                and st.heading_start < st.prev_para_last.start
                and st.text[st.prev_para_last.start : st.prev_para_last.end].rstrip('"”»)')[-1:] in _SENTENCE_ENDS
            ):
                # Session 14 (holdout51's language): "... đã hoàn thành việc học tập, quán triệt
                # Nghị quyết ..." over "Thành ủy tổ chức 01 hội nghị cấp thành phố ... . Các
                # đảng bộ cơ sở mở 9.640 lớp": the paragraph's second sentence goes on, like its
                # first, from the lead above it
                last = st.prev_para_last
                sources.append(self._norm_cached(st, last.start, last.end))
            if st.heading_start >= 0:
                line_start = st.text.rfind("\n", 0, sent.start) + 1
                if st.heading_start < line_start and "\n" not in st.text[st.heading_start : line_start - 1]:
                    # ("PHƯỜNG A: Học nghị quyết bên giảng đường" over "Phường A được thành lập
                    # ... Trong 6 tháng, Đảng ủy phường tổ chức 01 hội nghị cấp phường ...": the
                    # title describes the bare nouns of every sentence of the paragraph under it)
                    sources.append(self._norm_cached(st, st.heading_start, line_start - 1))
        elif sent.first_in_para:
            # "✅ 03 hội nghị cấp huyện học tập, quán triệt ...;" over "✅ 587 lớp ở cơ sở, với
            # ...": a list line goes on from the list line right above it with the same mark
            up = _list_line_above(st.text, sent.start)
            if up is not None:
                colon = st.text.rfind(":", sent.start, start)
                if (
                    colon == -1
                    or st.text[colon + 1 : start].strip()
                    or not self._label_names_a_thing(st, sent.start, colon)
                ):
                    sources.append(self._norm_cached(st, up[0], up[1]))
                # (else "– Buổi nói chuyện thời sự: 22" over "– Triển lãm ảnh “...”: 2 đợt": a label
                # naming its own things says what the rounds are, not the line above)
            elif 0 <= st.heading_start < sent.start and "\n" not in st.text[st.heading_start : sent.start - 1]:
                # "PHƯỜNG A: Học nghị quyết bên di sản" over "Đảng ủy phường tổ chức 01 hội nghị
                # cấp phường ...": the title of a unit's section right above says what it held
                line_end = sent.start - 1
                sources.append(self._norm_cached(st, st.heading_start, line_end))
            elif (
                st.prev_para_last is not None
                and st.text[st.prev_para_last.start : st.prev_para_last.end].rstrip('"”»)')[-1:] in _SENTENCE_ENDS
            ):
                # "... tổ chức 4 hội nghị cấp huyện học tập, quán triệt nghị quyết." over "Ở cơ
                # sở, các xã mở 318 lớp, ...": a paragraph that opens with a bare noun goes on
                # from the last sentence of the paragraph before
                last = st.prev_para_last
                sources.append(self._norm_cached(st, last.start, last.end))
        if (
            st.lead_study
            and cue in _LEAD_STUDY_NOUNS
            and 0 <= st.heading_start < sent.start
        ):
            # (last: the article's lead, for a bare "hội nghị" / "lớp" in a unit's section)
            sources.append(st.lead_study)
        for src in sources:
            if src is st.lead_study:
                found = self.lexicon.classify(cue, src, src, False)
                return found if found is not None and found.rule is not self.lexicon.other else None
            if src is not sources[0]:
                # (the school named in an earlier sentence is not the one opening these)
                src = _without_school_names(src, " học tập ")
            k = src.rfind(cue)
            found = None
            if k != -1:
                # the same noun counted before: its own words describe it
                words = src[k:].split()[:10]
                found = self.lexicon.classify(" " + " ".join(words) + " ", src, src[:k], False)
            if found is None or found.rule is self.lexicon.other:
                found = self.lexicon.classify(cue, src, src, False)
            if found is not None and found.rule is not self.lexicon.other:
                return found
        if cue == " báo cáo ":
            return self._collaborators_reports(st, sent, start, cue)
        return None

    def _collaborators_reports(self, st: _DocState, sent: Sentence, start: int, cue: str) -> Match | None:
        """Session 15 (holdout63's language): "Đội ngũ cộng tác viên dư luận xã hội của huyện có
        84 người. Phần lớn là ... Trong 6 tháng, đội ngũ này đã gửi về Ban 156 báo cáo": reports
        (bare, or of a kind: "định kỳ", "đột xuất", "nhanh") counted in a paragraph that named the
        opinion collaborators before them are theirs, the opinion reports; None otherwise."""
        para_start = st.text.rfind("\n", 0, sent.start) + 1
        if st.lower.find("cộng tác viên", para_start, start) == -1:
            return None  # (most reports: no collaborators named before them, nothing read)
        src = self._norm_cached(st, para_start, start)
        found = self.lexicon.classify(cue, src, src, False)
        return found if found is not None and found.rule is not self.lexicon.other else None

    @staticmethod
    def _norm_cached(st: _DocState, a: int, b: int) -> str:
        key = (a, b)
        got = st.norm_cache.get(key)
        if got is None:
            got = st.norm_cache[key] = st.norms.norm(a, b)
        return got

    def _label_match(
        self, st: _DocState, sent_start: int, colon: int, percent: bool = False, table: bool = False
    ) -> Match | None:
        """The indicator a list line's label names ("- Hội nghị báo cáo viên: 03", "Tin, bài
        đăng trên fanpage ...: hơn 600"): the words from the line's start (or the last ";")
        to the colon, read as the counted noun; None unless the lexicon knows them."""
        text = st.text
        a = max(sent_start, text.rfind(";", sent_start, colon) + 1, text.rfind("\n", sent_start, colon) + 1)
        dash = max(text.rfind(" – ", a, colon), text.rfind(" - ", a, colon))
        if dash > a and text[dash - 1].isdigit() and text.rfind("“", a, dash) <= text.rfind("”", a, dash):
            # "- Buổi nói chuyện ở tổ dân phố: 415 – lượt người nghe: khoảng 33.200": a dash after
            # the first item's number opens the line's next label, like "; " (not a dash inside
            # a quoted name: "...; trên Zalo OA “Quận 10 – Thông tin”: 97")
            a = dash + 3
        label = text[a:colon].strip().lstrip("".join(_LIST_BULLETS)).strip()
        if (len(label) > 90 or any(c.isdigit() for c in label)) and (" – " in label or " - " in label):
            # "- Hội thi trực tuyến “...” do Quận đoàn tổ chức – lượt dự thi: 3.482": a long
            # name before the dash, the counted noun after it (so too a name with a number in
            # it: "- Cuộc thi “Tìm hiểu 90 năm ...” – lượt dự thi: 5.210")
            dash = max(label.rfind(" – "), label.rfind(" - "))
            if len(label) - dash < 30 and label.rfind("“", 0, dash) <= label.rfind("”", 0, dash):
                # (Session 14, holdout59's language: not a dash inside a quoted name, "...; trên
                # Zalo OA “Quận 10 – Thông tin”: 97", which closes the label and is read without)
                label = label[dash + 3 :]
        if label and label[-1] in _NAME_CLOSERS and any(c.isdigit() for c in label):
            # "- Pano, băng rôn (Quốc khánh 2/9): 540", "...; trên Zalo OA “Quận 3 ngày nay”: 58":
            # the figures of a name or an occasion closing the label are no part of what it counts
            label = _without_closing_name(label)
        if not label or len(label) > 90 or any(c.isdigit() for c in label):
            return None
        label_norm = norm(label)
        context = st.lead_in + label_norm
        if " dự học " in label_norm:
            # "Lượt đảng viên dự học | 3.912": "dự học" (attended the study) names the study
            # the attendances are of, like "dự học tập" (a label has no clause around it)
            context += " học tập "
        before = context
        if " dự nghe " in label_norm and st.lead_in:
            # "Kết quả học tập nghị quyết:" over "- Lượt quần chúng dự nghe: 1.318": "dự nghe"
            # says how the people took part, the lead-in names what they attended (as in prose,
            # where the verb after the number is not the activity nearest before it)
            before = st.lead_in + label_norm.replace(" dự nghe ", " dự ")
        dash = max(label.rfind(" – "), label.rfind(" - "))
        found = None
        if table:
            if label_norm.startswith(" số ") and len(label_norm) > 8:
                # "Số lớp ở cơ sở | 58": "Số" opens a table row's label as the word for a
                # total ("the number of"), not a bulletin's issue
                label_norm = label_norm[3:]
            if st.lead_in:
                # "Kết quả học tập, quán triệt trong quý:" over "Hội nghị cấp huyện | 2 | 3": a
                # row naming only a level counts what the lead-in names, like a list line's label
                found = self.lexicon.classify(label_norm, context, before, percent) or self.lexicon.classify(
                    label_norm + st.lead_in, context, context, percent
                )
        if dash > 0 and len(label) - dash < 30 and found is None:
            # "- Cuộc thi trực tuyến “...” – lượt dự thi: 4.077": after a dash, the label names
            # what is counted of the thing before it
            found = self.lexicon.classify(norm(label[dash + 3 :]), context, context, percent)
        if found is None:
            found = self.lexicon.classify(label_norm, context, before, percent)
        if found is None and not percent and label_norm.startswith(_AIRED_PROGRAMMES):
            # "- Chương trình phát thanh của Đài Truyền thanh: 312": programmes aired, news items
            found = self._aired()
        line_start = max(sent_start, text.rfind("\n", sent_start, colon) + 1)
        if found is None and a > line_start:
            # "- Hội nghị học tập, quán triệt: 04; lượt đảng viên dự: 2.587": a label after
            # the line's first item is read with that item (the attendances of those meetings)
            context = st.lead_in + norm(text[line_start:colon])
            found = self.lexicon.classify(label_norm, context, context, False)
            if found is None and label_norm.startswith(_PLACE_LABEL_OPENINGS):
                # "- Tin, bài trên trang thông tin điện tử: 312; trên fanpage “...”: 405": a
                # later label naming only where counts the first label's things there
                first_colon = text.find(":", line_start, a)
                if first_colon != -1:
                    first = text[line_start:first_colon].strip().lstrip("".join(_LIST_BULLETS)).strip()
                    if first and len(first) <= 90 and not any(c.isdigit() for c in first):
                        first_norm = norm(first)
                        found = self.lexicon.classify(first_norm, context, context, False)
        return found

    def _table_label_match(self, st: _DocState, a: int, bar: int, percent: bool) -> Match | None:
        """The indicator a table row's label names (`_label_match` of the label), also when
        the label holds figures of a name or a date ("Hội nghị quán triệt Nghị quyết Trung
        ương 9 | 2 | 3", "Fanpage của phường (đến 30/6/2025) | 4 | 2"), which a list line's
        label may not: the label is read without the words holding figures and without its
        parenthesised part."""
        text = st.text
        if not _HAS_DIGIT_RE.search(text, a, bar):
            return self._label_match(st, a, bar, percent, table=True)
        label = _TABLE_LABEL_FIGURES_RE.sub(" ", text[a:bar]).strip().lstrip("".join(_LIST_BULLETS)).strip()
        if not label or len(label) > 90:
            return None
        label_norm = norm(label)
        context = st.lead_in + label_norm
        if " dự học " in label_norm:
            context += " học tập "  # ("Lượt đảng viên dự học": as in `_label_match`)
        if label_norm.startswith(" số ") and len(label_norm) > 8:
            label_norm = label_norm[3:]  # ("Số lớp ...": the word for a total)
        found = self.lexicon.classify(label_norm, context, context, percent)
        if found is None and st.lead_in:
            found = self.lexicon.classify(label_norm + st.lead_in, context, context, percent)
        return found

    def _table_row_fallback(
        self, st: _DocState, cell: tuple[int, int, UnitRef | None, int, int], rate: bool
    ) -> Match | None:
        """A table row whose label the lexicon does not read alone. Read with the
        label of the row right above it ("Hội nghị học tập, quán triệt cấp huyện | 2 | 3" over
        "Số lớp ở cơ sở | 41 | 37": the classes of that study, like a list line's later label);
        else, naming a thing counted, it is a fact (`other`: "Pa nô, áp phích | 96 | 140"), but
        not a total row naming nothing ("Tổng cộng | 58 | 41"), nor a label naming what a place
        has or a rank ("Đơn vị hành chính cấp xã | 16 | 20", "Xếp hạng trong cụm | 2 | 1")."""
        text = st.text
        row, bar = cell[0], cell[1]
        if row > 1:
            up = text.rfind("\n", 0, row - 1) + 1
            up_bar = text.find("|", up, row)
            if up_bar != -1 and st.table_cells is not None and up in st.table_rows:
                saved = st.lead_in
                st.lead_in = saved + self._norm_cached(st, up, up_bar)
                try:
                    found = self._table_label_match(st, row, bar, rate)
                finally:
                    st.lead_in = saved
                if found is not None:
                    return found
                if rate and up > 1:
                    # Session 14 (holdout49's language): "Hội nghị, lớp quán triệt Nghị quyết ...
                    # | 3 | 4" over "Lượt cán bộ, đảng viên dự | 4.812 | 6.930" over "Tỷ lệ đảng
                    # viên tham gia (%) | 96,7 | 97,25": a rate row under the attendance row of a
                    # study is the participation rate of that study
                    up2 = text.rfind("\n", 0, up - 1) + 1
                    up2_bar = text.find("|", up2, up)
                    if up2_bar != -1 and up2 in st.table_rows:
                        st.lead_in = saved + self._norm_cached(st, up2, up2_bar)
                        try:
                            found = self._attendance_rate(st, up, up_bar, row, bar)
                        finally:
                            st.lead_in = saved
                        if found is not None:
                            return found
        if rate:
            return None
        label = _table_label(text, cell)
        if label in _TOTAL_ROW_LABELS:
            return None
        if "(" in label and label.split("(", 1)[0].rstrip() in _TOTAL_ROW_LABELS:
            # Session 14 (holdout48's language): "Tổng cộng (hội nghị, lớp, buổi) | 455 | 342": a
            # total row naming in brackets the rows it adds up
            return None
        label_norm = norm(label)
        words = label_norm.split()
        if (
            not words
            or words[0] in NOT_COUNTED_NOUNS
            or " ".join(words[:2]) in NOT_COUNTED_NOUNS
            or any(w in label_norm for w in _NOT_COUNTED_PHRASES)
            or any(f" {w} " in label_norm for w in POPULATION_WORDS)
            or label_norm.startswith(_TABLE_RANK_LABELS)
        ):
            return None
        return Match(self.lexicon.other, "")

    def _attendance_rate(self, st: _DocState, a: int, b: int, ra: int = -1, rb: int = -1) -> Match | None:
        """The participation rate of the attendances a table's label or header cell (text[a:b])
        counts, None unless it counts a study's attendances: read from that label as a rate
        ("Lượt đảng viên dự | Tỷ lệ (%)"), or from the rate row's label (text[ra:rb]) with
        the attendance label as its lead-in ("Lượt cán bộ, đảng viên dự | 4.812" over "Tỷ lệ
        đảng viên tham gia (%) | 96,7")."""
        attended = self._table_label_match(st, a, b, False)
        if attended is None or attended.rule.code != "study_attendance":
            return None
        if ra < 0:
            rate = self._table_label_match(st, a, b, True)
            if rate is None:
                # Session 14 (holdout59's language): "Nội dung | Số hội nghị, lớp | Lượt đảng viên
                # dự | Tỷ lệ (%)" under a numbered heading, a blank line between: the bare rate
                # column of a column counting a study's attendances is that study's rate, whether
                # or not its context names the study again
                rule = self.lexicon.by_code.get("study_participation_rate")
                rate = Match(rule, "") if rule is not None else None
            return rate
        saved = st.lead_in
        st.lead_in = saved + self._norm_cached(st, a, b)
        try:
            return self._table_label_match(st, ra, rb, True)
        finally:
            st.lead_in = saved

    def _measure_cell_match(
        self, st: _DocState, cell: tuple[int, int, UnitRef | None, int, int]
    ) -> Match | None:
        """The indicator of a cell under a header naming measures: the
        column's header cell read as a table row's label, with the row's label (the study, the
        campaign it is of) and the lead-in above the table as its context ("Kết quả học tập,
        quán triệt ...:" over "Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)"
        and "Nghị quyết Trung ương 9 | 46 | 5.210 | 97,4"). A rate column naming nothing
        ("Tỷ lệ (%)") is the rate of the nearest attendance column before it; a column naming
        none of the lexicon's things counts `other`."""
        text = st.text
        row, bar, _, ha, hb = cell
        rate = "%" in text[ha:hb] or st.lower.startswith("tỷ lệ", ha)
        if st.lower.startswith("số ", ha):
            ha += 3  # ("Số lớp": "Số" opening a header cell is the word for a total, as in a row's label)
        saved = st.lead_in
        if row > 1 and _table_label(text, cell) in _TOTAL_ROW_LABELS:
            # "Tổng cộng | 886 | 42.981" under the rows of studies: the total of the studies
            # the rows above name, read with the label of the row right above it
            up = text.rfind("\n", 0, row - 1) + 1
            up_bar = text.find("|", up, row)
            if up_bar != -1 and up in st.table_rows:
                row, bar = up, up_bar
        st.lead_in = saved + self._norm_cached(st, row, bar)
        try:
            match = self._table_label_match(st, ha, hb, rate)
            if match is None and rate:
                # "Lượt đảng viên dự | Tỷ lệ (%)": the participation rate of the attendances
                # counted in the nearest column before it that counts them
                head = text.rfind("\n", 0, ha) + 1
                first = text.find("|", head, ha)  # (the row's label before it)
                b = text.rfind("|", head, ha)
                while match is None and first != -1 and b > first:
                    a = text.rfind("|", head, b) + 1
                    match = self._attendance_rate(st, a, b)
                    b = a - 1
        finally:
            st.lead_in = saved
        if match is None and not rate:
            match = Match(self.lexicon.other, "")
        return match

    def _label_names_a_thing(self, st: _DocState, sent_start: int, colon: int) -> bool:
        """Does a list line's label name its own things, none of the lexicon's ("- Triển lãm ảnh
        lưu động: 2 đợt", "- Chiếu phim lưu động: 40 buổi"), so that a lead-in above it does
        not say what the rounds after the number are?"""
        a = max(sent_start, st.text.rfind(";", sent_start, colon) + 1)
        label = st.text[a:colon].strip().lstrip("".join(_LIST_BULLETS)).strip()
        if not label or len(label) > 60 or any(c.isdigit() for c in label):
            return False
        label_norm = norm(label)
        if label_norm.startswith(" số "):
            label_norm = label_norm[3:]
        return not self.lexicon.starts_with_cue(label_norm) and not label_norm.startswith(_LABEL_OF_WHO)

    def _aired(self) -> Match | None:
        aired = self.lexicon.by_code.get("news_items")
        return Match(aired, "") if aired is not None else None

    def _one_of_its_own(self, st: _DocState, end: int, clause_end: int) -> bool:
        """After "một trong N": does N count the unit's own activities ("một trong ba đợt sinh
        hoạt chính trị được Thành ủy phát động"), not a ranking ("một trong 5 đơn vị dẫn đầu")?
        A counted noun of the lexicon, and no word that distinguishes the items."""
        after = st.norms.norm(end, min(clause_end, end + 60))
        return self.lexicon.starts_with_cue(after) and not any(w in after for w in _RANK_DISTINCTION)

    def _match_after_total(
        self,
        text: str,
        clause_start: int,
        pos: int,
        clause_norm: str,
        lead_in: str = "",
        bare: bool = False,
        qualified: bool = False,
    ) -> Match | None:
        """'Tổng số địa điểm quét mã QR ... là 542.345', '- Số lớp: 58': the noun comes before
        the number (lead_in: the words of the line a list line goes on from)."""
        before = text[clause_start:pos]
        m = None
        if "lượt" in before or "Lượt" in before:
            # "...; lượt tiếp cận ước đạt 1,8 triệu": a clause opening with "lượt ..." (or a
            # "có lượt ..." in it) names what the number after "đạt" counts (also when a "số"
            # follows it: "lượt người tiếp cận ... trên nền tảng số ước đạt 2,6 triệu", digital
            # platforms, no "số" total)
            m = _VIEWS_TOTAL_RE.match(before) or _VIEWS_AFTER_WITH_RE.search(before[-140:])
            if not m and qualified:
                # "Lượt xem các video ... ước tính khoảng 1,1 triệu": a clause that is only "lượt
                # ..." and a qualifier (read before the qualifier) names what the number counts
                m = _VIEWS_BARE_RE.match(before) or _VIEWS_WITH_BARE_RE.search(before[-140:])
        if not m:
            m = _TOTAL_RE.search(before[-120:]) or _TOTAL_COMMAS_RE.search(before[-120:])
        if not m and " của " in before:
            m = _TOTAL_OF_RE.search(before[-140:])
        if not m and bare:
            m = _TOTAL_BARE_RE.search(before[-80:])
        if not m:
            return None
        noun_norm = norm(m.group(1))
        found = self.lexicon.classify(noun_norm, clause_norm, lead_in + norm(before), False)
        return found or Match(self.lexicon.other, "")

    def _unit_for(
        self, st: _DocState, tok: NumberToken, units: list[tuple[int, UnitRef | None, UnitMention]]
    ) -> UnitRef | None:
        k = bisect.bisect_left(units, tok.start, key=_first)
        for pos, u, m in reversed(units[max(0, k - 50) : k]):
            if u is not None:
                return u
        for pos, u, m in units[k : k + 20]:
            if u is not None and m.kind in ("named", "ward") and u.level in _PARTY_LOCAL_LEVELS:
                pre = st.lower[max(0, pos - 5) : pos]
                # ("... tại Công viên 23/9 (Quận 1)": a unit in brackets is where a place is)
                if not pre.endswith(("của ", "(")):
                    return u
        # (a sentence naming no unit: its paragraph's subject, "Nhà Bè có 7 xã ... “Riêng tháng 6,
        # các chi bộ đã tổ chức 96 buổi ...”", then its section's or the article's)
        return st.para_unit or st.section_unit or st.article_unit

    def _period_for(
        self,
        st: _DocState,
        sent: Sentence,
        tok: NumberToken,
        periods: list[PeriodMention],
        stock: bool,
        stext: str,
        unit_from: date | None = None,
        clause_periods: list[PeriodMention] | None = None,
        now: bool = False,
    ) -> Period | None:
        year_ctx = -1  # (looked up when a period without its year needs it)
        chosen: Period | None = None
        # explicit in the clause (nearest before) > the sentence's opening period > later in
        # the clause; a period in another clause qualifies that clause ("Nghị quyết Đại hội
        # ... nhiệm kỳ 2020-2025; triển khai hai đợt ..."), so the paragraph's period applies
        same = clause_periods if clause_periods is not None else periods  # sorted by start
        if periods:  # (the clause's periods are some of the sentence's)
            k = bisect.bisect_left(same, tok.start, key=_start_of)
            # the nearest few on each side are enough (and keep a long clause linear)
            before_same = [p for p in same[max(0, k - 3) : k] if p.end <= tok.start]
            if before_same and st.concessive:
                before_same = [p for p in before_same if not _in_concessive(st.lower, p, tok.start)]
            if before_same and ")" in stext and st.lower.find(")", before_same[-1].end, tok.start) != -1:
                # Session 13 (holdout37's language): "Ban ... (thành lập trên cơ sở hợp nhất 2 ban
                # từ tháng 2/2025) đã tổ chức 5 hội nghị": a period in brackets closed before the
                # count that says when its subject was set up is an aside, not the count's period
                # (a span in brackets naming when a drive ran, "riêng đợt cao điểm (từ ngày 15/4
                # đến 21/5) có 96 buổi", stays the count's)
                before_same = [
                    p
                    for p in before_same
                    if not _founding_aside(st.lower, sent.start, p, tok.start)
                    and not _count_bracket(st.lower, sent.start, p, tok.start)
                ]
            after_same = [p for p in same[k : k + 3] if p.start >= tok.end]
            if after_same and st.lower.find("(", tok.end, after_same[0].start) != -1:
                # "03 hội nghị báo cáo viên (tháng 1, tháng 6 và một hội nghị trực tuyến)": the
                # months in brackets after a count say when its items were held, not its period
                # (but a stock's "(tính đến 30/6)" in brackets says when it was counted)
                after_same = [
                    p
                    for p in after_same
                    if (stock and p.kind in _AS_OF_KINDS) or not _in_open_bracket(st.lower, tok.end, p.start)
                ]
            if after_same:
                # Session 13 (holdout36/37's language): a period after the count, past a word that
                # opens another event ("gửi 15 báo cáo về tâm tư ngư dân khi giá dầu tăng trong
                # tháng 10", "Còn 152 đảng viên chưa học, sẽ học bù trong tháng 4"), dates that
                # event, not the count
                # (the gap sliced once: `in` on it costs less than str.find with bounds)
                gap = st.lower[tok.end : after_same[0].start]
                if " " in gap[1:]:
                    for w in _OTHER_EVENT_WORDS:
                        if w in gap:
                            after_same = []
                            break
            opening = [p for p in periods[:1] if p.start - sent.start <= 40 and p.end <= tok.start]
            if opening and ")" in stext and _count_bracket(st.lower, sent.start, opening[0], tok.start):
                opening = []  # (see _count_bracket)
            if opening and st.concessive and _in_concessive(st.lower, opening[0], tok.start):
                opening = []  # "Dù quý I ... chỉ mở được 3 lớp, cả năm ... vẫn mở 14 lớp"
            if (
                opening
                and not stock
                and opening[0].kind in _AS_OF_KINDS
                and clause_periods is not None
                and not any(p is opening[0] for p in clause_periods)
            ):
                # "Tính đến ngày 15/12, quận có 96 cộng tác viên; trong 6 tháng, lực lượng này
                # gửi 14 báo cáo": the date an earlier clause's stock is counted at is no period
                # of a count of things done in a clause of its own
                opening = []
            elif (
                opening
                and stock
                and opening[0].kind in _AS_OF_KINDS
                and clause_periods is not None
                and not any(p is opening[0] for p in clause_periods)
                and (
                    # Session 14 (holdout45's language): "Tính đến ngày 30/11, phường có 60 nhóm
                    # Zalo; fanpage ... có gần 9.000 người theo dõi": a page's followers in a later
                    # clause are counted at the report's date, not at the earlier clause's date
                    now
                    or _has_instant_marker(st.lower[_clause_start_at(st.lower, sent.start, tok.start) : tok.start])
                )
            ):
                # "Tính đến ngày 20/12, phường có 9 báo cáo viên; hiện các nhóm Zalo có 7.430
                # thành viên": a stock of a later clause with its own "hiện" is counted now
                opening = []
            for p in list(reversed(before_same)) + opening + after_same:
                if not p.year and year_ctx == -1:
                    year_ctx = self._year_context(st)
                rp = self._resolve_in_walk(st, p, p.year or year_ctx)
                if rp is not None:
                    chosen = rp
                    break
        if (
            chosen is not None
            and chosen.source is not None
            and chosen.source.start > tok.end
            and st.lower.find(",", tok.end, chosen.source.start) != -1
        ):
            cs = max(st.lower.rfind(";", sent.start, tok.start), st.lower.rfind(":", sent.start, tok.start))
            if _REPORT_SPAN_RE.match(st.lower, cs + 1 if cs != -1 else sent.start):
                # Session 15 (holdout61's language): "...; trong năm, đội ngũ này gửi 36 báo cáo
                # ..., giúp cấp ủy nắm ... giá xăng dầu tăng 7 lần trong quý II": a clause opening
                # with the report's span keeps it against a period named after a comma further on
                chosen = None
        if chosen is not None and chosen.source is not None and chosen.source.kind in _AS_OF_KINDS:
            if not stock and chosen.source.kind != "asof":
                # Session 13 (holdout35's language): "Đến cuối tháng 6, quận đã tổ chức 183 lớp":
                # things done counted up to the end of a month (or year) run from the start of
                # the period the report (its paragraph, section or article) covers to it, when
                # it falls in that period (a day, "tính đến ngày 4/10", stays an instant)
                # (not the paragraph's period when the date itself opens it)
                base = st.para_period
                if base is None or base.source is chosen.source or base.start == base.end:
                    base = st.section_period or st.article_period
                if base is not None and base.label and base.start < chosen.end <= base.end:
                    if base.end == chosen.end:
                        return base
                    return Period(
                        base.start,
                        chosen.end,
                        "year_to_date",
                        f"từ {base.start.isoformat()} đến {chosen.end.isoformat()}",
                    )
            return chosen
        para = st.para_period
        if (chosen is None and para is not None) or (
            chosen is not None
            and clause_periods is not None
            and not any(p is chosen.source for p in clause_periods)
        ):
            cs = max(st.lower.rfind(";", sent.start, tok.start), st.lower.rfind(":", sent.start, tok.start))
            if _REPORT_SPAN_RE.match(st.lower, cs + 1 if cs != -1 else sent.start) or (
                chosen is None and cs != -1 and _REPORT_SPAN_RE.match(st.lower, sent.start)
            ):
                # "Sáu tháng qua, ...", "...; trong năm, ...": the report's own period, not the
                # one an earlier sentence or clause opened with
                para = None
                chosen = None
            elif (
                chosen is None
                and st.lower.find(" tháng", sent.start, sent.end) != -1
                and _BARE_SPAN_RE.search(
                    st.lower, cs + 1 if cs != -1 else sent.start, _clause_end_at(st.lower, tok.end, sent.end)
                )
            ):
                # "... được Thành ủy phát động trong 9 tháng": a span with no year or start in
                # the clause is the report's own span too
                para = None
        if stock:
            # (a marker in a later clause dates that clause's stocks: "Quận có 92 báo cáo viên;
            # Ban Tuyên giáo hiện có 87 cộng tác viên"; one after a comma that follows the
            # number dates what comes after it: "duy trì 1.845 nhóm Zalo, hiện có 176.000 thành
            # viên")
            clause_end = _clause_end_at(st.lower, tok.end, sent.end)
            if st.doc_date is not None and (now or _has_instant_marker(st.lower[sent.start : clause_end])):
                d = st.doc_date
                return Period(d, d, "instant", f"tại {d.isoformat()}")
            base = chosen or para or st.section_period or st.article_period
            if base is None or not base.label:
                if st.doc_date is not None:
                    return Period(st.doc_date, st.doc_date, "instant", f"tại {st.doc_date.isoformat()}")
                return None
            end = base.end
            if (
                st.doc_date is not None
                and st.doc_date_source in ("text", "sidecar")
                # (holdout62's language: "Cả nhiệm kỳ, đội ngũ 62 báo cáo viên ..." in a speech on
                # the term at a congress months before it ends: the stock at the term's end, as
                # the term's results are the term's; the reporting grace of `_reporting_grace`)
                and end > st.doc_date + (
                    _reporting_grace(base.start, base.end) if base.start <= st.doc_date else _REPORTING_GRACE
                )
            ):
                end = st.doc_date  # a stock cannot be known after the report's own date
            return Period(end, end, "instant", f"tại {end.isoformat()}")
        if para is not None and para.source is not None and para.source.kind in _AS_OF_KINDS:
            para = None  # a paragraph opening "Tính đến ngày ..." dates its stocks, not its counts
        base = chosen or para or st.section_period or st.article_period
        if base is not None and not base.label:
            base = None
        if base is None and st.doc_date is not None:
            # the report names no period at all: its figures run from the start of its year
            # (or from the unit's creation) to its date
            start = date(st.doc_date.year, 1, 1)
            if unit_from is not None and start < unit_from <= st.doc_date:
                start = unit_from
            return Period(
                start, st.doc_date, "year_to_date", f"từ {start.isoformat()} đến {st.doc_date.isoformat()}"
            )
        return base

    def _trap(self, st: _DocState, tok: NumberToken, stext: str, reason: str) -> None:
        if tok.shape == "words":
            return  # number words are only ever read as counts; a miss is not a mention
        st.unclassified.append(
            unclassified_of(
                {
                    "doc_id": st.doc_id,
                    "value": tok.value,
                    "mention_text": tok.text,
                    "char_start": tok.start,
                    "char_end": tok.end,
                    "sentence": stext if st.shown is None else _shown(st, stext, tok.start),
                    "reason": reason,
                }
            )
        )


# the first word of the people a congress counts: its delegates, the members they represent and
# the committee it elects (_congress_people)
_CONGRESS_PEOPLE_HEADS = frozenset({"đại", "đảng", "đồng", "ủy", "uỷ", "tổ"})
# the words before the members a congress's delegates stand for ("đại diện (cho)", "thay mặt (cho)")
_REPRESENT_WORDS = (["đại", "diện"], ["thay", "mặt"])
_DELEGATE_KINDS = (" đại biểu chính thức", " đại biểu dự khuyết")
# delegates followed by whom they stand for ("300 đại biểu thay mặt (cho) ...")
_DELEGATES_FOR = " đại biểu thay mặt"
_ELECTED_BODIES = ("ban chấp hành", "ban thường vụ", "ủy ban kiểm tra", "uỷ ban kiểm tra")


def _congress_people(lower: str, lo: int, pos: int, noun_norm: str, pre_words: list[str]) -> bool:
    """Does a count of people name a congress's make-up rather than an activity's audience: its
    delegates ("250 đại biểu chính thức", "bầu 14 đại biểu"), the members they stand for ("đại
    diện cho hơn 3.100 đảng viên") or the committee it elected ("bầu Ban Chấp hành ... gồm 41
    đồng chí")? `lo`..`pos` is the clause before the number (without its qualifier)."""
    last = pre_words[-1] if pre_words else ""
    if noun_norm.startswith(" đại biểu"):
        # (Session 13, holdout35's language: "với 300 đại biểu thay mặt cho hơn 9.600 đảng viên",
        # the delegates named by whom they stand for)
        return last == "bầu" or noun_norm.startswith(_DELEGATE_KINDS) or noun_norm.startswith(_DELEGATES_FOR)
    if noun_norm.startswith(" tổ chức cơ sở đảng"):
        # ("... đại diện cho hơn 3.100 đảng viên của 51 tổ chức cơ sở đảng": the organisations
        # the members belong to)
        return pre_words[-3:] == ["đảng", "viên", "của"]
    if noun_norm.startswith(" đảng viên"):
        # (Session 12, holdout28's language: "thay mặt (cho) hơn 13.000 đảng viên", the same)
        return pre_words[-2:] in _REPRESENT_WORDS or (pre_words[-1:] == ["cho"] and pre_words[-3:-1] in _REPRESENT_WORDS)
    if noun_norm.startswith((" đồng chí", " ủy viên", " uỷ viên")) and last in ("gồm", "có"):
        before = lower[lo:pos]
        return "bầu" in before and any(b in before for b in _ELECTED_BODIES)
    return False


def _without_school_names(before: str, noun_norm: str) -> str:
    """The words before a number with the old name of a political school ("Trung tâm Bồi dưỡng
    chính trị quận", "Phối hợp Trung tâm Bồi dưỡng chính trị huyện tổ chức 4 hội nghị học tập")
    written as its new one, when the counted noun names a study: the "bồi dưỡng" of a school's
    name names no training class. (A bare "lớp" the school opens stays a training class: "Trung
    tâm Bồi dưỡng chính trị huyện mở 21 lớp với 1.872 học viên".)"""
    if "bồi dưỡng chính trị" not in before or not (" học tập" in noun_norm or " quán triệt" in noun_norm):
        return before
    return before.replace("trung tâm bồi dưỡng chính trị", "trung tâm chính trị")


# FUTURE_SENTENCE_WORDS grouped by words several of them share ("thời gian tới", "sắp tới",
# "nhiệm kỳ tới" ...), for _future_before: (shared words, the group's words), or (word, ())
# for a word that shares none of these
_FUTURE_SHARED_WORDS = ("tới", "bổ sung", "để ", "hướng", "đề ")


def _future_groups(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    groups: dict[str, list[str]] = {}
    for w in words:
        shared = next((s for s in _FUTURE_SHARED_WORDS if s in w), w)
        groups.setdefault(shared, []).append(w)
    return tuple((shared, () if ws == [shared] else tuple(ws)) for shared, ws in groups.items())


_FUTURE_SENTENCE_GROUPS = _future_groups(FUTURE_SENTENCE_WORDS)


# a word of each institution _INSTITUTION_HAS_RE names ("viện": "học viện", "bệnh viện"; "khu":
# "khu công nghiệp", "khu dân cư"; "nhà": "nhà máy", "tòa nhà" ...)
_INSTITUTION_KEYS = ("viện", "trường", "đại học", "khu", "nhà", "chợ", "trọ", "ký túc xá", "chung cư")


def _institution_has(lower: str, a: int, b: int) -> bool:
    """_INSTITUTION_HAS_RE.search(lower, a, b) ("có Học viện Nông nghiệp với ..."), the regex
    only where an institution's word is (most texts before "với" name none)."""
    window = lower[a:b]
    for w in _INSTITUTION_KEYS:
        if w in window:
            return _INSTITUTION_HAS_RE.search(lower, a, b) is not None
    return False


class _Once:
    """A value made by `make` when first asked for."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], str]):
        self._make = make
        self._value: str | None = None

    def __call__(self) -> str:
        if self._value is None:
            self._value = self._make()
        return self._value


# the indicators a count of people can get by its own words, which the activity before it
# overrides (see Extractor._attendees); the words that link the people to the activity
_PEOPLE_COUNT_CODES = frozenset(
    {"study_attendance", "propaganda_audience", "trainees", "opinion_collaborators", "reporters", "other"}
)
_ATTENDEE_CODES = frozenset(ATTENDEES_OF.values())
# the attendances a participation rate was worked out from
_ATTENDANCE_OF_RATE = {"study_participation_rate": "study_attendance"}
_ATTENDEE_TRIGGERS = _ATTENDEE_CODES | frozenset(ATTENDEES_OF)
_STUDY_CODES = frozenset({"study_sessions", "study_attendance", "study_participation_rate"})
_ATTENDANCE_CODES = frozenset({"study_attendance"})
# the bare gatherings a total opening a sentence may add up for the study counted before it
_TOTAL_OF_STUDY_HEADS = (" lớp ", " hội nghị ")
# a list line's label naming only a rate ("- Tỷ lệ: 95,78%", "- Tỷ lệ tham gia: 96%")
# a sentence opening with a rate, and the words that say its people took part ("Tỷ lệ đảng viên
# tham gia đạt 96,1%", "Tỷ lệ đảng viên dự học đạt ..."): _rate_of_attendance_before
_RATE_SENTENCE_OPENERS = ("tỷ lệ ", "tỉ lệ ")
_RATE_TOOK_PART_WORDS = ("tham gia", " dự ", "dự học", "tham dự")
_BARE_RATE_LABELS = frozenset(
    {"tỷ lệ", "tỉ lệ", "tỷ lệ tham gia", "tỷ lệ dự học", "tỷ lệ đạt", "đạt tỷ lệ"}
)
_HOSTILE_AFTER_CUE = tuple(f" {w} " for w in HOSTILE_CONTENT_WORDS)
_HOSTILE_KEYS = tuple(sorted({w.split()[0] for w in HOSTILE_CONTENT_WORDS}))
_COUNTER_WORDS = (
    " về ",
    " phản bác ",
    " đấu tranh ",
    " chống ",
    " bác bỏ ",
    " ngăn chặn ",
    " cảnh báo ",
    " nhận diện ",
)
_LINK_WORDS = frozenset(
    {"với", "cho", "và", "gồm", "có", "thu", "hút", "được", "đạt", "trên", "gần", "hơn", "khoảng", "chừng"}
)
# a verb after "có" that makes what follows an activity ("hiện có 3 nhóm đã tổ chức 12 buổi",
# "... hiện có 31.000 thành viên; đội thông tin lưu động chạy 186 lượt xe loa")
_VERB_AFTER_HAS_RE = fastre.compile(
    r"\b(?:tổ chức|đăng|thực hiện|mở|ban hành|triển khai|thu hút|gửi|phát hành|"
    r"tham gia|tham dự|xử lý|tiếp nhận|khen thưởng|chạy|treo|phát sóng)\b"
)
_OF_TOTAL_RE = fastre.compile(r"\s+(?:trên|trong)(?:\s+tổng)?\s+số\s+")
_ATTEND_WORDS = (" tham dự ", " tham gia ", " dự ")
_ATTENDEE_LINKS = (" cho", " với", " thu hút", " thu hút được")
_PEOPLE_PREFIXES = tuple(f" {w} " for w in PEOPLE_NOUNS)
# the first words of these prefixes: a noun phrase (a norm(), " w1 w2 ...") that starts with one
# of them starts with one of these words; one set look-up tells most nouns from them
_PEOPLE_FIRST = frozenset(p.split()[0] for p in _PEOPLE_PREFIXES)
_SPEAKER_PREFIXES = (" báo cáo viên ", " tuyên truyền viên ")
_ISSUER_SEP_RE = fastre.compile(r",|\svà\s")
_PLACE_COUNT_BEFORE = frozenset({"của", "tại", "ở"})
_SUBUNIT_AFTER_RE = fastre.compile(
    r"\s+(?:ấp|thôn|xóm|bản|buôn|khu phố|tổ dân phố|khu dân cư|khóm|xã|phường|thị trấn)\b"
)
# businesses and lodgings counted as places ("tại 38 khu nhà trọ", "có khoảng 1.300 doanh nghiệp")
_PREMISES_BEFORE = frozenset({"tại", "ở", "có", "và"})
_PREMISES_AFTER_RE = fastre.compile(
    r"\s+(?:khu nhà trọ|nhà trọ|khu trọ|dãy trọ|doanh nghiệp|công ty|nhà máy|xí nghiệp|"
    r"cơ sở sản xuất|cơ sở kinh doanh|chợ|siêu thị|trung tâm thương mại)\b"
)
# a count listed after the holdings of "có" ("có 41 tòa nhà chung cư và", "có 12 thôn, 2 cụm
# công nghiệp và")
_HOLDING_ITEM = r"(?:\S+\s+)?\d[\d.,]*\s+[^\d;:.]{1,40}?(?:,|\svà)\s*"
_HOLDINGS_BEFORE_RE = fastre.compile(r"\bcó\s+" + _HOLDING_ITEM + r"(?:" + _HOLDING_ITEM + r"){0,3}$")
_SOME_ITEMS_RE = fastre.compile(
    r"\bcó\s+(?:nơi|khu phố|tổ dân phố|phường|xã|ấp|thôn|chi bộ|nhóm|buổi|lớp)(?:\s+(?!và\b)[^\s\d,;]+){0,2}\s*$"
)
_MERGE_VERBS = tuple(f" {w} " for w in MERGE_VERBS)
_MERGE_LAST = frozenset(w.split()[-1] for w in MERGE_VERBS)
# a total stated now after a count of new items ("...; đến nay toàn phường có 236 nhóm")
_TOTAL_NOW_AFTER_RE = fastre.compile(
    r"\b(?:đến nay|hiện nay|tổng cộng)\b[^.;:\d]{0,40}?\scó\s+(?:(?:khoảng|hơn|trên|gần)\s+)?\d"
)
_STAFFING_RE = fastre.compile(r"\bbiên chế\b[^\d;]{0,40}$")
# a body (a board, a centre, a section) that "only has" its staff ("Ban ... hiện chỉ có 5 cán
# bộ", "Trung tâm chỉ có 4 giảng viên"), and the staff nouns after the number
_BODY_ONLY_HAS_RE = fastre.compile(
    r"\b(?:ban|trung tâm|phòng|văn phòng|bộ phận|cơ quan)\b[^\d;,]{0,40}?\s(?:hiện\s+)?chỉ có\s+$"
)
_STAFF_NOUNS = ("cán bộ", "giảng viên", "chuyên viên", "công chức", "người", "biên chế", "nhân viên")
_ATTENDANCE_NOUNS = (" lượt tham dự ", " lượt dự ", " lượt tham gia ")
_PARTY_ORGS = r"(?:tổ chức cơ sở đảng|tổ chức đảng|đảng bộ cơ sở|chi, đảng bộ|chi bộ|đảng bộ|đảng [ủu]y(?! viên))"
_ORGS_WITH_MEMBERS_RE = fastre.compile(
    r"\s+" + _PARTY_ORGS + r"(?:\s+[^\s\d,;]+){0,2}?\s+(?:với|(và))\s+(?:[^\s\d]+\s+)?\d[\d.,]*\s+"
    r"(?:nghìn\s+|ngàn\s+)?(?:đảng viên|hội viên|đoàn viên)(?(1)\s*(?:[.;,”\"]|$)|\b)"
)
_ORGS_BEFORE_WITH_RE = fastre.compile(r"\d[\d.,]*\s+" + _PARTY_ORGS + r"(?:\s+[^\s\d,;]+){0,2}?\s+với\s*$")
_ORGS_BEFORE_AND_RE = fastre.compile(r"\d[\d.,]*\s+" + _PARTY_ORGS + r"(?:\s+[^\s\d,;]+){0,2}?\s+và\s*$")
# members closing their clause ("... và hơn 2.800 đảng viên.")
_MEMBERS_CLOSE_RE = fastre.compile(r"\s+(?:nghìn\s+|ngàn\s+)?(?:đảng viên|hội viên|đoàn viên)\s*(?:[.;,”\"]|$)")
# "34 đảng bộ phường và 28 đảng bộ cơ quan, doanh nghiệp mở 409 lớp": party organisations
# (with their kind) before a verb of work and its count
# (and the political training centres of the level below: "Trường Cán bộ Thành phố và 24 trung
# tâm bồi dưỡng chính trị quận, huyện mở 1.174 lớp": the schools are the structure too)
_ORGS_DO_RE = fastre.compile(
    r"\s+(?:" + _PARTY_ORGS + r"|trung tâm)[^;.:()]{0,70}?\s(?:đã\s+|đều\s+)?(?:mở|tổ chức|duy trì|triển khai|"
    # ("58 chi bộ đã học tập xong với 3.187 lượt đảng viên": the study done by the cells,
    # counted in its attendance)
    r"(?:học tập|quán triệt)(?:\s+xong|\s+[^\s\d,;.:]+){0,3}?\s+(?:với|có)"
    # Session 14 (holdout50's language): "20 đảng bộ phường đã gửi về Ban 96 báo cáo": the
    # organisations that sent the reports counted after them
    r"|gửi(?:\s+về)?(?:\s+[^\s\d,;.:]+){0,4}?)\s+"
    r"(?:được\s+)?(?:(?:trên|hơn|gần|khoảng|tổng cộng)\s+)?\d"
)
# Session 13 (holdout36's language): party organisations before "đã/đều" and a verb of work with
# no count after it ("15 đảng bộ phường và 39 chi, đảng bộ cơ sở đã tổ chức học tập nghiêm túc")
_ORGS_DID_RE = fastre.compile(
    r"\s+" + _PARTY_ORGS + r"[^;.:()]{0,50}?\s(?:đã|đều)\s+(?:tổ chức|triển khai|học tập|quán triệt|thực hiện)"
    r"(?!\s+(?:được\s+)?(?:(?:trên|hơn|gần|khoảng|tổng cộng)\s+)?\d)"
)
# Session 14 (holdout42's language): party organisations after a word of sequence, then a verb of
# work with no count after it ("sau đó 52 chi bộ mở lớp tại tổ dân phố")
_ORGS_THEN_DID_RE = fastre.compile(
    r"\s+" + _PARTY_ORGS + r"[^;.:()\d]{0,50}?\s(?:đã\s+|đều\s+)?(?:mở|tổ chức|triển khai|học tập|quán triệt)"
    r"(?!\s+(?:được\s+)?(?:(?:trên|hơn|gần|khoảng|tổng cộng)\s+)?\d)"
)
# the reports of the party organisations a figure was summed from ("báo cáo của 15 đảng bộ phường
# và 42 chi, đảng bộ cơ sở"): the count right after "báo cáo của", or after "và" following one
_REPORTS_OF_ORGS_RE = fastre.compile(
    r"báo cáo của\s+(?:(?:các|\d[\d.]*\s+" + _PARTY_ORGS + r")[^;.:()\d]{0,40}?\s+và\s+)?$"
)
_PARTY_ORG_AFTER_RE = fastre.compile(r"\s+" + _PARTY_ORGS + r"\b")
_SPEECH_OPEN_RE = fastre.compile(r":\s*[\"“‘']$")
# "IV." / "3." opening a heading line (roman numerals, arabic numbers)
_HEADING_NUMBER_RE = fastre.compile(r"(?:([IVXL]+)|(\d{1,2}))\s*[.)/]\s+")
# a numbered heading's number ("2. ", "2.1. ", "3) "): a paragraph opening with a count is none
_NUMBERED_HEADING_RE = fastre.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]\s")
# "PHẦN III." / "Phần thứ hai:" / "PHẦN 2 -" opening a heading line (a part of a report)
_PART_NUMBER_RE = fastre.compile(
    r"(?:PHẦN|Phần)\s+(?:[IVXL]+|\d{1,2}|(?:THỨ|thứ)\s+\w+)\s*[.:)–-]\s*"
)
# the first two characters of a heading numbered in roman numerals ("I.", "IV", "XI")
_HEADING_LEADS = frozenset(a + b for a in "IVXL" for b in "IVXL.)")
_PLAN_HEADING_WORDS = (
    "phương hướng",
    "nhiệm vụ",
    "kế hoạch",
    "mục tiêu",
    "định hướng",
    "giải pháp",
    "chương trình công tác",
    "công tác trọng tâm",
    "trọng tâm công tác",
    "dự kiến",
)
# what may follow a bare counted noun without naming its kind ("37 buổi được tổ chức tại ...",
# "7 báo cáo về những vấn đề ...")
_LEVEL_WORDS_AFTER_CAP = frozenset({"huyện", "quận", "xã", "phường", "tỉnh", "thành", "thị", "cơ"})
# how far above the first unit's section heading its article's lead is looked for, and the
# bare nouns that lead describes (_lead_study)
_LEAD_STUDY_SPAN = 1500
_LEAD_STUDY_NOUNS = frozenset({" hội nghị ", " lớp "})


def _names_several_units(text: str, units: list[UnitMention], after: str, line_end: int) -> bool:
    """Session 12 (holdout28's language): is the heading line a headline naming several units
    before its colon ("Long Biên, Bắc Từ Liêm, Đông Anh: Học tập nghị quyết ...", "Gia Lâm và
    Đông Anh: ...")? It is the article's headline, not the first unit's section: the study the
    lead under it names is looked for above the first section that heads one unit."""
    if len(units) < 2 or not (after[:1] == "," or text.startswith(" và ", units[0].end)):
        return False  # (most headings: one unit, then ":" or the line's end)
    colon = text.find(":", units[0].end, line_end if line_end != -1 else len(text))
    return colon != -1 and units[1].end <= colon

def _table_label(text: str, cell: tuple[int, int, UnitRef | None, int, int]) -> str:
    """A table row's label, stripped and lower-cased."""
    return text[cell[0] : cell[1]].strip().lower()


def _header_measures(pos: int, parts: list[str], least: int = 3) -> list[tuple[int, int]] | None:
    """The span of each cell after the first of a table's header line that names measures, not
    units ("Nội dung | Số hội nghị, lớp | Lượt đảng viên dự | Tỷ lệ (%)"): `least` cells or more
    (three unless told), none empty, long or holding a figure (a dateline "Thứ Sáu, 18/10/2024 |
    10:12" or a data row is no header), each opening with a word for a measure ("Số ", "Lượt ",
    "Tỷ lệ") or naming the rows' units of measure ("Nội dung | Số lượng | Đơn vị tính"): "Nội
    dung | Kế hoạch | Thực hiện | Tỷ lệ (%)" heads a plan's column and its outcome,
    "Chỉ tiêu | Phường A | Phường B | Tổng" units, a menu line "Trang chủ | Tin tức | Liên hệ"
    nothing). None when the line is no such header."""
    if len(parts) < least or len(parts[0]) > 60:
        return None
    out: list[tuple[int, int]] = []
    off = pos + len(parts[0]) + 1
    for part in parts[1:]:
        cell = part.strip()
        if (
            not cell
            or len(cell) > 60
            or not cell.lower().startswith(_MEASURE_HEADER_OPENINGS + _UNIT_OF_MEASURE_HEADERS)
            or any(c.isdigit() for c in cell)
        ):
            return None
        a = off + len(part) - len(part.lstrip())
        out.append((a, a + len(cell)))
        off += len(part) + 1
    return out


def _short_row(parts: list[str]) -> bool:
    """Can a table row of fewer cells than its header ("Tổng cộng<TAB>886<TAB>42.981" under
    "Nội dung<TAB>Số hội nghị, lớp<TAB>Lượt đảng viên dự<TAB>Tỷ lệ (%)") be placed: a label,
    then figures only, none padded by two spaces or more as a table aligned with long runs of
    spaces is (there a missing cell may be any column's; a row parted by TABs or bars writes an
    empty cell, so the cells it lacks are the last)."""
    if not parts[0].strip():
        return False
    for part in parts[1:]:
        cell = part.strip()
        if part.startswith("  ") or part.endswith("  ") or _FIGURE_CELL_RE.fullmatch(cell) is None:
            return False
    return True


def _header_periods(pos: int, parts: list[str], periods: list[PeriodMention]) -> list[PeriodMention | None] | None:
    """The period each cell after the first of a table's header line names ("Chỉ tiêu | Năm 2023
    | Năm 2024", "Nội dung | Quý I | Quý II"), None for a cell comparing them ("So sánh (%)",
    "Tăng, giảm"): each cell one period and nothing more, at least one of them. None when the
    line is no such header."""
    out: list[PeriodMention | None] = []
    off = pos + len(parts[0]) + 1
    k = bisect.bisect_left(periods, off, key=_start_of)
    for part in parts[1:]:
        cell = part.strip()
        a = off + len(part) - len(part.lstrip())
        b = a + len(cell)
        off += len(part) + 1
        if cell.lower().startswith(_COMPARING_HEADERS):
            out.append(None)
            continue
        while k < len(periods) and periods[k].start < a:
            k += 1
        if k == len(periods) or periods[k].start != a or periods[k].end < b:
            if cell.endswith(" tháng") and cell[:-6].isdigit() and 0 < int(cell[:-6]) < 12:
                # Session 14 (holdout47's language): "Nội dung | Quý I | Quý II | 6 tháng": a
                # bare "N tháng" heading a column of a report's table is the first N months of
                # the year, the sum of the columns before it
                out.append(PeriodMention(a, b, "first_months", cell, None, int(cell[:-6])))
                continue
            return None
        out.append(periods[k])
    return out if any(p is not None for p in out) else None


# a table header's cell comparing the periods of the columns before it ("So sánh (%)")
_COMPARING_HEADERS = (
    "so sánh",
    "tăng, giảm",
    "tăng/giảm",
    "tăng giảm",
    "tăng (giảm)",
    "chênh lệch",
    # "So cùng kỳ 2023", "So với cùng kỳ": a column comparing with the same period a year before
    "so cùng kỳ",
    "so với",
)
# the openings of a two-cell header's second cell naming a measure ("Hình thức | Số buổi",
# "Nội dung | Lượt người nghe"), not only the figures
_MEASURE_HEADER_OPENINGS = ("số ", "lượt ", "tỷ lệ")
# a table header's cell over the rows' units of measure ("Nội dung | Số lượng | Đơn vị tính")
_UNIT_OF_MEASURE_HEADERS = ("đơn vị tính", "đvt")
# a table's total row naming no measure ("Tổng cộng | 58 | 41")
_TOTAL_ROW_LABELS = frozenset({"tổng cộng", "cộng", "tổng", "tổng số", "toàn bộ"})
# a table row's label naming a rank ("Xếp thứ trong cụm | 2 | 1")
_TABLE_RANK_LABELS = (" xếp thứ ", " xếp hạng ", " thứ hạng ", " hạng ", " thứ tự ", " vị trí ")
# the second cell of a two-cell table header that names the column of figures ("Nội dung | Số
# lượng"): the rows' figures are the report's own unit's
_FIGURES_HEADERS = frozenset(
    {"số lượng", "kết quả", "số liệu", "tổng số", "kết quả thực hiện", "kết quả đạt được", "thực hiện"}
)

# the first word of a report's kind after "báo cáo" ("định kỳ", "đột xuất", "nhanh")
_REPORT_KIND_FIRST = frozenset({"định", "đột", "nhanh"})
_BARE_TAIL_WORDS = frozenset(
    {
        "được",
        "đã",
        "đều",
        "tại",
        "ở",
        "trong",
        "về",
        "cho",
        "với",
        "do",
        "vào",
        "lên",
        "đến",
        "tới",
        "nhằm",
        "để",
        "này",
        "khác",
        "nữa",
        # when ("... lên 146 buổi năm 2022", "37 lớp quý III")
        "năm",
        "quý",
        # a conjunction ("phát hành đủ 12 số dù có thời điểm phải giãn cách")
        "dù",
        "mặc",
        "nhưng",
    }
)
_NOT_COUNTED_PHRASES = tuple(f" {w} " for w in NOT_COUNTED_PHRASES)
# Session 13 (holdout31/32's language): the words before a lane's number in an address ("ngõ 6
# phố ..."), the words of an average ("bình quân 2 buổi/chi bộ"), of a rule's cap ("chỉ được tổ
# chức tối đa 20 người") and of a meeting held with organisations ("giao ban ... với 23 đảng bộ")
_ADDRESS_WORDS = frozenset(ADDRESS_LANE_WORDS)
_AVERAGE_WORDS = (["bình", "quân"], ["trung", "bình"])
_PER_UNIT_RE = fastre.compile(r"\s*[^\W\d]+(?: [^\W\d]+)?/")
_CAP_WORDS = ("tối đa", "không quá")
_ONLY_ALLOWED_RE = fastre.compile(r"\b(?:chỉ được|được phép|không được)\s")
_MEETING_WITH_ORGS_RE = fastre.compile(
    r"\b(?:" + "|".join(MEETING_WITH_WORDS) + r")\b[^.;:]{0,100}\svới\s[^.;:]*$"
)


def _no_participation(text: str) -> bool:
    """No word of taking part (_PARTICIPATION_AFTER) is in `text` (a loop: no generator)."""
    for w in _PARTICIPATION_AFTER:
        if w in text:
            return False
    return True


_NOT_COUNTED_PHRASE_HEADS = frozenset(" ".join(w.split()[:2]) for w in NOT_COUNTED_PHRASES)
# residents: the words that link people to an activity before them, and after them
_RESIDENT_LINKS = frozenset({"cho", "với", "hút", "gồm", "đón", "mời", "vận"})
_RESIDENT_LINK_ENDS = frozenset({" thu hút ", " vận động "})
_PARTICIPATION_AFTER = (
    " tham gia ",
    " tham dự ",
    " dự ",
    " tham quan ",
    " đến ",
    " được ",
    " theo dõi ",
    " nghe ",
)
_LIVING_WORDS = (
    " sinh sống ",
    " cư trú ",
    " thường trú ",
    " tạm trú ",
    " đang sống ",
    " sống tại ",
    " sống ở ",
)
_MONEY_FUNDS = tuple(f" {w} " for w in MONEY_FUNDS_WORDS)
# a currency and then what funds the work ("150 triệu đồng kinh phí hỗ trợ ...")
_FUNDS_AFTER_CURRENCY = tuple(f" {c} {w} " for c in ("đồng", "vnđ", "vnd") for w in ("kinh phí", "hỗ trợ", "ủng hộ"))
_MONEY_ECONOMY = tuple(f" {w} " for w in MONEY_ECONOMY_WORDS)
# a share of a population or an area: the noun after the "%" ...
_SHARE_NOUN_RE = fastre.compile(
    r"\s*(?:là\s+)?(?:người\s+(?:[A-ZĐ]|dân tộc|nhập cư|ngoại tỉnh|theo đạo|từ\s+(?:các\s+)?(?:tỉnh|nơi|địa phương))|"
    r"đồng bào|dân tộc|dân số|"
    r"số dân|diện tích|tín đồ|giáo dân)"
)
# ("khoảng 60% là người từ các tỉnh, thành khác đến sinh sống": where residents come from)
# ... unless they are people the work reached ("gần như 100% hộ dân đã được thông tin", "95%
# đồng bào tham gia"): a coverage, a result
_COVERAGE_WORDS_RE = fastre.compile(r"\b(?:được|đã|đều|tham gia|tham dự|nắm|biết|sử dụng|cài đặt)\b")
# ... or the subject of "chiếm" before it ("đồng bào Khmer chiếm 12%", "diện tích ... chiếm 40%")
# (or "trong đó": "Lượt người dự thi: 23.846, trong đó đoàn viên thanh niên chiếm khoảng 61%",
# who made up a count just given, not a rate of work)
_SHARE_SUBJECT_RE = fastre.compile(
    r"(?:người [A-ZĐ]|đồng bào|dân tộc|tín đồ|giáo dân|theo đạo|nhập cư|dân số|diện tích|tuổi|trong đó)"
    r"[^.;:%\d]{0,50}chiếm(?:\s+(?:khoảng|gần|hơn|trên|tỷ lệ|tỉ lệ))?\s*$"
)


def _list_line_above(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the line right above the line at `pos` when both open with the same
    mark that is no letter or digit ("- ", "+ ", "✅ ", "• "); None otherwise."""
    mark = text[pos : pos + 1]
    if not mark or mark.isalnum() or mark.isspace() or pos < 2 or text[pos - 1] != "\n":
        return None
    up = text.rfind("\n", 0, pos - 1) + 1
    while up < pos and text[up] in " \t":
        up += 1
    if text[up : up + 1] != mark:
        return None
    return up, pos - 1


def _in_place_clause(lower: str, a: int, pos: int, has: bool = False) -> bool:
    """Is `pos` in a relative clause ", nơi ..." opened in the 60 characters before it, with no
    comma since ("..., nơi mỗi dịp cuối tuần đón khoảng 50 nghìn lượt khách")? With `has`, a
    clause ", nơi có ..." only."""
    k = lower.rfind(", nơi ", a if pos < a + 60 else pos - 60, pos)
    return k != -1 and lower.find(",", k + 1, pos) == -1 and (not has or lower.startswith("có ", k + 6))


def _count_bracket(lower: str, a: int, p: PeriodMention, pos: int) -> bool:
    """Session 14 (holdout46/47's language): is the period `p` in brackets closed before `pos`,
    right after a count ("mở 2 hội nghị cấp phường (tháng 2 và tháng 3) và 38 lớp ở chi bộ", "-
    Hội nghị cấp quận: 02 (tháng 3 và tháng 5); lớp ...: 71")? The months say when that count's
    items were held, no period of a later count (a span in brackets after no count, "riêng đợt cao
    điểm (từ ngày 15/4 đến 21/5) có 96 buổi", stays the count's)."""
    opened = lower.rfind("(", a, p.start)
    if opened == -1 or lower.find(")", p.end, pos) == -1 or lower.find(")", opened, p.start) != -1:
        return False
    if lower.endswith(" ", 0, opened) and lower.endswith("năm ", 0, opened - 5) and lower[opened - 5 : opened - 1].isdigit():
        # (holdout62's language) "mùa lễ hội năm 2025 (từ tháng 2 đến tháng 4/2025)": a year
        # before the bracket, no count; the bracket spells out the year's span
        return False
    return _HAS_DIGIT_RE.search(lower, opened - 40 if opened > a + 40 else a, opened) is not None


def _founding_aside(lower: str, a: int, p: PeriodMention, pos: int) -> bool:
    """Is the period `p` in brackets closed before `pos`, with a word of setting up a body
    before it in the brackets ("(thành lập trên cơ sở hợp nhất 2 ban từ tháng 2/2025)")?"""
    if lower.find(")", p.end, pos) == -1:
        return False
    opened = lower.rfind("(", a, p.start)
    if opened == -1 or lower.find(")", opened, p.start) != -1:
        return False
    for w in FOUNDING_WORDS:
        if lower.find(w, opened, p.start) != -1:
            return True
    return False


def _same_noun_part(lower: str, count_end: int, k: int, end: int) -> bool:
    """Does the number ending at `end`, after the ", gồm" at `k`, count the noun of the count
    ending at `count_end` (the same first word, no ";" or sentence end between them)?"""
    if lower.find(";", count_end, end) != -1 or lower.find(". ", count_end, end) != -1:
        return False
    first = lower[count_end : count_end + 20].split(None, 1)[:1]
    again = lower[end : end + 20].split(None, 1)[:1]
    if first and again and first[0][-1:] == "," and again[0] != first[0]:
        # Session 13 (holdout37's language): a count whose noun is one word, right before ",
        # gồm" ("mở mười hai lớp, gồm 5 lớp sơ cấp ..."): the noun without its comma
        first = [first[0][:-1]]
    return bool(first) and first == again and first[0].isalpha()


# a count and its noun's first word, then anything but a colon or a sentence end up to the colon
# (a count in words is a run of them: "mười hai đợt ...", whose noun follows its last word)
_COUNT_WORD = r"(?:hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt)"
_COUNT_BEFORE_COLON_RE = fastre.compile(
    rf"\b(?:\d+|{_COUNT_WORD}(?:\s+{_COUNT_WORD})*)\s+(\S+)[^:;.\d]{{0,80}}$"
)


def _one_of_listed(lower: str, a: int, start: int, end: int) -> bool:
    """Does "một" at `start` name one item of a count before a colon ("hai đợt sinh hoạt chính
    trị: một đợt về ..., một đợt về ...": the same noun after "một" as after the count)?"""
    colon = lower.rfind(": ", a, start)
    if colon == -1 or lower.find(". ", colon, start) != -1:
        return False
    again = lower[end : end + 20].split(None, 1)[:1]
    if not again or not again[0].isalpha():
        return False
    m = _COUNT_BEFORE_COLON_RE.search(lower, colon - 100 if colon > a + 100 else a, colon)
    return m is not None and m.group(1) == again[0]


def _parts_in_brackets(text: str, a: int, k: int, end: int) -> bool:
    """Do the numbers of the bracket opening at `k` (two or more) add up to the count right
    before it (the last number of text[a:k], with no other number between)?"""
    close = text.find(")", k, min(end, k + 160))
    if close == -1:
        return False
    inside = tokenize(text[k + 1 : close])
    if len(inside) < 2 or any(t.shape != "number" or t.value is None for t in inside):
        return False
    total = sum([t.value for t in inside])
    for t in reversed(tokenize(text[a:k])):
        if t.value is None:
            continue
        if t.shape == "number":
            return _HAS_DIGIT_RE.search(text, a + t.end, k) is None and abs(total - t.value) < 1e-6
        if t.shape == "words" and abs(total - t.value) < 1e-6:
            # (Session 13, holdout33's language: the count may be written in words, "mở mười hai
            # lớp ... (6 lớp sơ cấp, 4 lớp ..., 2 lớp ...)"; other words, "năm nay", are passed)
            return True
    return False


def _label_closes_after(lower: str, pos: int, b: int) -> bool:
    """The bracket open at pos closes before b right before a colon ("...): 138")."""
    c = lower.find(")", pos, b)
    return c != -1 and lower.startswith(":", c + 1 if c + 1 < b and lower[c + 1] != " " else c + 2)


def _ends_in_colon(text: str, a: int, b: int) -> bool:
    """Is ":" the last character of text[a:b] that is no white space?"""
    j = b - 1
    while j > a and text[j] in " \t\r\n":
        j -= 1
    return text[j] == ":"


def _in_open_bracket(lower: str, a: int, pos: int) -> bool:
    """A bracket opened between a and pos is still open at pos."""
    o = lower.rfind("(", a, pos)
    return o != -1 and lower.find(")", o, pos) == -1


def _clause_separator_ends(stext: str) -> list[int]:
    """The ends of a sentence's clause separators, in order: `m.end()` for each match of
    `[;:]|(?<=\\s)[–-](?=\\s)` in `stext` (";", ":", or a dash with white space on both sides).

    Found by substring searches: the regex would be entered at every dash of "2020-2025".
    """
    ends = []
    find = stext.find
    for ch in ";:":
        i = find(ch)
        while i != -1:
            ends.append(i + 1)
            i = find(ch, i + 1)
    last = len(stext) - 1
    for ch in "-–":
        i = find(ch, 1)  # (a separating dash has a character before it)
        while i != -1:
            if (
                i < last
                and stext[i - 1].isspace()
                and stext[i + 1].isspace()  # (str.isspace is \s)
                # ("tổ chức 40 – 45 buổi": a range between two numbers separates nothing)
                and not (i > 1 and i + 2 < len(stext) and stext[i - 2].isdigit() and stext[i + 2].isdigit())
                and not _dash_in_name(stext, i)
            ):
                ends.append(i + 1)
            i = find(ch, i + 1)
    ends.sort()
    return ends


def _dash_in_name(stext: str, i: int) -> bool:
    """Is the dash at `i` part of a name: inside a quoted title (“Quận 11 – 42 năm xây dựng”)
    or between two capitalised words ("Trường Đại học Mỏ – Địa chất", "Cát Linh – Hà Đông")?"""
    if stext.rfind("“", 0, i) > stext.rfind("”", 0, i):
        return True
    before = stext[max(0, i - 30) : i].split()
    after = stext[i + 1 : i + 30].split()
    # (a name may end in a word in lower case: "Trường Đại học Sư phạm – Kỹ thuật")
    return bool(before and after) and after[0][:1].isupper() and any(w[:1].isupper() for w in before[-2:])


# Session 14 (holdout56's language): the gap between two cells of a table pasted from a word
# processor: TABs, or a run of two spaces or more, between two characters of text (as the test
# before `_cells_to_bars` in `Extractor.extract`: a TAB or two spaces)
_CELL_GAP_RE = fastre.compile(r"(?<=\S)[ ]*(?:\t|  )[ \t]*(?=\S)")
# the gaps `_CELL_GAP_RE` opens with, each found by a substring search
_CELL_GAPS = ("\t", "  ")
# a first cell that is only a list's bullet ("-<TAB>Hội nghị cấp quận:<TAB>05"): a list line,
# no table's row
_BULLET_CELLS = frozenset("-–—+•*▪■□◆◇●○►▶➢➤✓·")
# a cell holding a figure only ("412", "4.106", "97,62", "+2.246", "96,6%")
_FIGURE_CELL_RE = fastre.compile(r"[+\-–]?\d[\d.,]*%?")


def _cells_to_bars(text: str) -> str | None:
    """The text with the cells of its pasted tables parted by bars, None when it has none.

    Session 14 (holdout56's language): office documents copied with their layout part a
    table's cells by TABs or runs of spaces ("Nội dung<TAB>Quý III/2025<TAB>Tháng 10/2025",
    "Lượt đảng viên dự học          4.106         6.352"). A run of two lines or more, one after
    the other, each with such gaps, of which some line has a cell after its first that holds a
    figure only, is a table: each gap becomes a bar in the same number of characters (a TAB "|",
    a run of spaces " | " padded with spaces), so the offsets stay and the table reader reads
    it as it reads "Nội dung | Quý III/2025". A letterhead's two columns ("QUẬN ỦY QUẬN 10
    <spaces> ĐẢNG CỘNG SẢN VIỆT NAM") hold no figure cell and stay as they are."""
    if not _gap_before_figure(text):
        return None  # (no gap before a figure: no cell of figures, no table)
    lines = text.split("\n")
    out = None
    run: list[int] = []
    figures = False
    for i in range(len(lines) + 1):
        line = lines[i] if i < len(lines) else ""
        gaps = ("\t" in line or "  " in line) and line.strip() and _CELL_GAP_RE.search(line)
        if gaps and line[: gaps.start()].strip() in _BULLET_CELLS:
            # "-<TAB>Hội nghị cấp quận:<TAB>05": a first cell that is only a bullet opens a list
            # line, no table's row; it stays as written
            gaps = None
        if gaps:
            if not figures:
                for cell in _CELL_GAP_RE.split(line.strip())[1:]:
                    if _FIGURE_CELL_RE.fullmatch(cell) is not None:
                        figures = True
                        break
            run.append(i)
            continue
        if len(run) >= 2 and figures:
            if out is None:
                out = list(lines)
            for k in run:
                out[k] = _CELL_GAP_RE.sub(_bar_gap, lines[k])
        run = []
        figures = False
    return "\n".join(out) if out is not None else None


def _shown(st: _DocState, stext: str, at: int) -> str:
    """A sentence as the report wrote it (`_DocState.shown`), sliced at the offsets of the
    sentence as read (`stext`, holding the offset `at`)."""
    start = st.text.find(stext, max(0, at - len(stext) + 1), at + len(stext))
    return stext if start == -1 or st.shown is None else st.shown[start : start + len(stext)]


# the head of a table's column of row numbers: "STT", "TT", "Số TT", "Số thứ tự"
_ROW_NUMBER_HEADS = frozenset({"stt", "tt", "số tt", "số thứ tự", "thứ tự"})
# a row number: "1", "01", "2.1", "II", "a", "a)", or none (a total row's blank cell)
_ROW_NUMBER_RE = fastre.compile(r"\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.?|[a-zđ]\)?)?\s*")
# the head of a table's column of units of measure ("ĐVT": đơn vị tính)
_MEASURE_UNIT_HEADS = frozenset({"đvt", "đơn vị tính", "đv tính"})


def _without_row_numbers(text: str) -> str | None:
    """The text with its tables' columns of row numbers blanked and their columns of units of
    measure joined to the row's label, None when it has neither.

    A table whose header's first cell heads row numbers ("STT | Đơn vị | Số lớp | Lượt người
    dự") numbers its rows in that cell ("1 | Quận 3 | 42 | 6.120", "II | Tổng cộng | ..."): the
    cell and its bar become spaces, so the reader sees the table as if written without them
    (the numbers are no values). A header cell "ĐVT" right after the label's ("TT | Nội dung |
    ĐVT | Số lượng") heads the unit each row's figures count ("1 | Lớp học tập nghị quyết | lớp
    | 42"): the bar before it becomes a space, so the unit is read with the label, as the noun
    after a figure is. The offsets stay. A row of another number of cells ("Tổng cộng | 111 |
    15.830") or whose first cell is no row number stays as it is."""
    lines = text.split("\n")
    out = None
    cells = 0  # the cells of the current such table's header (0: in no such table)
    numbered = False  # its first column holds row numbers
    unit_at = 0  # the index of its column of units of measure (0: none)
    for i, line in enumerate(lines):
        if "|" not in line:
            cells = 0
            continue
        parts = line.split("|")
        first = parts[0].strip().lower()
        head = first in _ROW_NUMBER_HEADS or any(p.strip().lower() in _MEASURE_UNIT_HEADS for p in parts[1:3])
        if head:
            numbered = first in _ROW_NUMBER_HEADS
            k = 2 if numbered else 1
            unit_at = k if len(parts) > k + 1 and parts[k].strip().lower() in _MEASURE_UNIT_HEADS else 0
            cells = len(parts) if numbered or unit_at else 0
            if not cells:
                continue
        elif not cells or len(parts) != cells:
            continue
        blank = numbered and (head or _ROW_NUMBER_RE.fullmatch(parts[0]) is not None)
        if not blank and not unit_at:
            continue
        row = line
        if unit_at:
            at = len("|".join(parts[:unit_at]))  # (the bar before the unit's cell)
            row = row[:at] + " " + row[at + 1 :]
        if blank:
            row = " " * (len(parts[0]) + 1) + row[len(parts[0]) + 1 :]
        if out is None:
            out = list(lines)
        out[i] = row
    return "\n".join(out) if out is not None else None


def _bar_gap(m: re.Match[str]) -> str:
    n = m.end() - m.start()
    gap = m.group()
    if gap.count("\t") > 1:
        # "\t\t": an empty cell between the two TABs keeps its column (a bar for each TAB)
        return gap.replace("\t", "|")
    return "|" if n == 1 else "| " if n == 2 else " |" + " " * (n - 2)


def _gap_before_figure(text: str) -> bool:
    """Does a gap between cells (`_CELL_GAPS`) stand before a figure ("\t412", "   +2.246")?
    (Substring searches for the gaps, not a regex opening with a set of characters.)"""
    n = len(text)
    for gap in _CELL_GAPS:
        i = text.find(gap)
        while i != -1:
            j = i + len(gap)
            while j < n and text[j] in " \t":
                j += 1
            if j < n and text[j] in "+-–":
                j += 1
            if j < n and text[j].isdecimal():
                return True
            i = text.find(gap, j)
    return False


# Session 14 (holdout57's language): a web page's lines that are no part of its article, found
# in the lowered text at a newline: a heading over links to other articles, on a line of its own
# ("Tin liên quan:", "TIN LIÊN QUAN", "Xem thêm:", "Tin khác:", "Bài viết cùng chuyên mục",
# "Đọc thêm": the article ends above it; no group), and a counter opening its line ("Lượt xem:
# 1.482", "Số lượt truy cập: 1.208.455", "Lượt đọc: 725", "👁 2.315 lượt đọc   |   💬 4 bình
# luận": group 1 the count), with nothing after it on its line but another counter behind a bar
_PAGE_LINE_RE = fastre.compile(
    r"\n[ \t]*(?:(?:(?:tin|bài|bài viết)(?: cùng chuyên mục| liên quan)|tin khác|xem thêm|đọc thêm"
    r"|có thể bạn quan tâm)[ \t]*:?[ \t]*$|(?:(?:số[ \t]+)?lượt[ \t]+(?:xem|đọc|truy[ \t]+cập)[ \t]*:"
    r"|👁)[ \t]*(\d[\d.]*)(?:[ \t]+lượt[ \t]+(?:xem|đọc))?(?=[ \t]*(?:\||$)))",
    re.MULTILINE,
)
# the lines of a web page's frame: a menu of short names between bars ("Trang chủ | Tin tức |
# Liên hệ"), or a short line with a time of day ("Thứ Ba, 09/7/2019 | 15:40", "Cập nhật: 14:05")
_WEB_FRAME_RE = fastre.compile(
    r"^[^\n|\d]{1,40}(?:\|[^\n|\d]{1,40}){2,}$|^[^\n]{0,40}\b\d{1,2}:\d{2}\b[^\n]{0,40}$",
    re.MULTILINE,
)


def _web_page_signs(text: str) -> bool:
    """Does the text show a web page's frame (a menu line between bars, a time stamp)?"""
    return ("|" in text or ":" in text) and _WEB_FRAME_RE.search(text) is not None


def _related_zone_end(text: str, pos: int) -> int:
    """The end of a box of links to other articles whose heading ends at `pos`: the start of
    the next line of prose (200 characters or more, with a full stop), else the text's end."""
    n = len(text)
    while pos < n:
        start = pos + 1 if text.startswith("\n", pos) else pos
        end = text.find("\n", start)
        if end == -1:
            end = n
        if end - start >= 200 and "." in text[start:end]:
            return start
        pos = end
    return n


def _in_related_zone(zones: tuple[tuple[int, int], ...], at: int) -> bool:
    for a, b in zones:  # (a loop: no generator)
        if a <= at < b:
            return True
    return False


# a counter after a bar: "Cập nhật ngày 24-12-2020 | Lượt xem: 968", "Thanh Tâm  |  👁 1.045"
_BAR_COUNTER_RE = fastre.compile(
    r"\|[ \t]*(?:(?:số[ \t]+)?lượt[ \t]+(?:xem|đọc|truy[ \t]+cập)[ \t]*:|👁)[ \t]*(\d[\d.]*)"
    r"(?:[ \t]+lượt[ \t]+(?:xem|đọc))?(?=[ \t]*(?:\||$))",
    re.MULTILINE,
)


def _comments_start(lower: str) -> int:
    """The end of a post's reactions line ("👍 312 · 💬 46 bình luận · ↗️ 58 lượt chia sẻ") or of a
    line "Bình luận" alone, after which readers' comments follow; -1 if there is none."""
    i = lower.find("bình luận")
    while i != -1:
        ls = lower.rfind("\n", 0, i) + 1
        le = lower.find("\n", i)
        if le == -1:
            le = len(lower)
        line = lower[ls:le]
        if "·" in line or line.strip() == "bình luận":
            return le
        i = lower.find("bình luận", le)
    return -1


def _in_readers_comment(text: str, pos: int, comments_from: int) -> bool:
    """Is `pos` on a comment line under a post: a reader's name (2 to 5 capitalised words), a
    colon, then the comment ("Nguyễn Văn Bảy: Khu phố 5 tụi tui có 3 nhóm Zalo")?"""
    ls = text.rfind("\n", 0, pos) + 1
    if ls < comments_from:
        return False
    colon = text.find(": ", ls, pos)
    if colon == -1 or colon - ls > 40:
        return False
    words = text[ls:colon].split()
    if len(words) < 2 or len(words) > 5:
        return False
    for w in words:
        if not w[:1].isupper():
            return False
    return True


def _in_inner_quote(text: str, sentence_start: int, pos: int, opening: str = "‘", closing: str = "’") -> bool:
    """Is `pos` inside words in single quotes opened right after a colon, often inside a
    quotation ("Tôi vẫn nhớ lời một tổ trưởng dân phố: ‘Tổ tôi 86 hộ, tháng nào cũng họp ...’")?
    Someone's anecdote, also inside an official's speech (the official quotes someone else)."""
    # (a conditional expression, not max(): see Extractor._number)
    inner = text.rfind(opening, sentence_start - 400 if sentence_start > 400 else 0, pos)
    return (
        inner != -1
        and text.find(closing, inner + 1, pos) == -1
        and _SPEECH_OPEN_RE.search(text, max(0, inner - 20), inner + 1) is not None
    )


def _in_direct_speech(text: str, sentence_start: int, pos: int, marks: str = _QUOTE_MARKS) -> bool:
    """Is `pos` inside a quotation opened right after a colon ('... chia sẻ: "...') or
    opening its paragraph ('"Nhiều bạn trẻ nói ...", chị A chia sẻ')? (Words in single quotes
    after a colon: _in_inner_quote.)

    marks: the quotation marks the text has (those it lacks are not looked for)."""
    head_start = sentence_start - 400 if sentence_start > 400 else 0  # (not max(): a call)
    # the last opening mark: a straight one, or a curly one after it
    opened = text.rfind('"', head_start, pos) if '"' in marks else -1
    if "“" in marks:
        curly = text.rfind("“", head_start if opened < 0 else opened + 1, pos)
        if curly != -1:
            opened = curly
    if opened < 0:
        return False  # (most numbers: no quotation mark before them, nothing sliced)
    head = text[head_start:pos]
    opened -= head_start
    if '"' in head[opened : opened + 1]:
        # Session 13 (holdout37's language): straight quotes pair inside their paragraph; the
        # 400 characters looked back may cut a pair of an earlier one, so they are counted
        # from the paragraph's start when it lies in them
        nl = head.rfind("\n", 0, opened)
        if head.count('"', nl + 1 if nl != -1 else 0) % 2 == 0:
            return False  # straight quotes: an even count means the last one closed a quotation
    if "”" in head[opened:]:
        return False
    if _SPEECH_OPEN_RE.search(head[max(opened - 20, 0) : opened + 1]):
        at = head_start + opened
        # (a speech opening its paragraph under one that introduces it as an official's and
        # ends in a colon: "Sau đây là trích tham luận của đồng chí Trưởng ban ...:" over "“...")
        return bool(text[text.rfind("\n", 0, at) + 1 : at].strip()) or not _introduces_officials_speech(
            text, _speech_first_paragraph(text, at)
        )
    # a paragraph or a sentence that opens with a quotation still open here: someone's words,
    # attributed after the quotation closes ('... dự nghe. “Nhà tôi ở hẻm 400, tuần nào cũng có
    # 2 buổi nói chuyện”, bà A kể')
    at = head_start + opened
    lead = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    if not lead:
        # (a speech an earlier paragraph introduces as an official's: "Dưới đây là trích phát
        # biểu của đồng chí ..., Trưởng ban Tuyên giáo Quận ủy tại hội nghị." over "“Thưa các
        # đồng chí, ...": the official's words for the unit)
        # (a speech of several paragraphs opens each with “ and closes only the last: the
        # paragraphs before, each opening with “ and not closing it, are the same speech)
        return not _introduces_officials_speech(text, _speech_first_paragraph(text, at))
    # (one that opens a sentence inside a paragraph: unless an official is named as its speaker)
    # (or one right after a quotation that closed its sentence: '... bầu cử.” “Tổ tôi 96 hộ,
    # ...”, ông A, tổ trưởng tổ dân phố, kể')
    return lead.rstrip("”\"").endswith((".", "!", "?", "…")) and not _attributed_to_official(text, pos)


def _names_prizes(noun_norm: str) -> bool:
    """Does a counted noun (norm) name a contest's prized or picked items or people ("bài đạt
    giải", "thí sinh vào vòng chung kết", "tác phẩm xuất sắc nhất")?"""
    words = noun_norm.split(None, 2)[:2]
    if not words:
        return False
    first_two = " ".join(words)
    return (
        (words[0] in PRIZE_ITEM_NOUNS or first_two in PRIZE_ITEM_NOUNS)
        and any(w in noun_norm[:60] for w in _PRIZE_WORDS)
    ) or (
        (words[0] in PRIZE_WINNER_NOUNS or first_two in PRIZE_WINNER_NOUNS)
        and any(w in noun_norm[:40] for w in _PRIZE_WON)
    )


def _speech_first_paragraph(text: str, at: int) -> int:
    """The start of the first paragraph of a quotation continued over paragraphs: while the
    paragraph before the one at `at` opens with “ and leaves it open (fewer ” than “), go back
    to it."""
    for _ in range(20):
        end = text.rfind("\n", 0, at)
        while end > 0 and text[end - 1] in "\n \t\r":
            end -= 1
        if end <= 0:
            return at
        start = text.rfind("\n", 0, end) + 1
        # (a title in quotes inside it, “Thanh Trì hôm nay”, closes no speech: only a ” more
        # than its “ does)
        if text[start] != "“" or text.count("”", start, end) >= text.count("“", start, end):
            return at
        at = start
    return at


def _introduces_officials_speech(text: str, at: int) -> bool:
    """Does the paragraph before the one opening at `at` end by introducing an official's speech
    ("Dưới đây là trích phát biểu của đồng chí ..., Trưởng ban Tuyên giáo Quận ủy ...")?"""
    end = text.rfind("\n", 0, at)
    while end > 0 and text[end - 1] in "\n \t\r":
        end -= 1
    if end <= 0:
        return False
    para_start = text.rfind("\n", 0, end) + 1
    cut = text.rfind(". ", para_start, end - 1)
    last = text[para_start if cut == -1 else cut + 2 : end].lower()
    # Session 15 (holdout61's language): a paragraph that introduces a speaker and ends in a
    # colon ("Báo cáo tại hội nghị, đồng chí ..., Phó Trưởng ban Thường trực Ban Tuyên giáo
    # Huyện ủy ... nêu rõ:") introduces the speech under it whatever its verb
    return (
        (last.endswith(":") or any(w in last for w in _SPEECH_INTRO_WORDS))
        and _OFFICIAL_RE.search(last) is not None
        and not _names_grassroots(last)
    )


_SPEECH_INTRO_WORDS = ("phát biểu", "trích", "diễn văn", "phỏng vấn")


def _attributed_to_official(text: str, pos: int) -> bool:
    """Is the quotation holding `pos` attributed, after it closes, to an official ("...”, đồng
    chí Trưởng ban Tuyên giáo Huyện ủy cho biết")?"""
    para_end = text.find("\n", pos)
    para_end = len(text) if para_end == -1 else para_end
    closed = text.find("”", pos, para_end)
    if closed == -1:
        closed = text.find('"', pos, para_end)
    if closed == -1:
        return False
    after = text[closed + 1 : min(para_end, closed + 160)]
    cut = after.find(". ")
    low = (after if cut == -1 else after[:cut]).lower()
    return _OFFICIAL_RE.search(low) is not None and not _names_grassroots(low)


def _in_quotation(text: str, pos: int) -> bool:
    """Is `pos` inside a quotation of its paragraph (a “ or " opened before it and not closed)?"""
    para_start = text.rfind("\n", 0, pos) + 1
    head = text[para_start:pos]
    curly = head.rfind("“")
    if curly > head.rfind("”"):
        return True
    return head.count('"') % 2 == 1


def _counts_population(lower: str, a: int, b: int) -> bool:
    """Is a count of people ending at `b` a population ("dân số hơn 100 nghìn người")?

    Yes when a population word (dân số, dân cư, sinh sống ...) stands before it in
    lower[a:b] with no other number in between ("Phường có dân số 30.000 người, tổ chức 12
    buổi cho 2.000 người dân": only the first is a population).
    """
    before = lower[a:b]
    k = max(before.rfind(w) for w in POPULATION_WORDS)
    return k >= 0 and not any(c.isdigit() for c in before[k:])


# a request of the unit to another body ("đề nghị Ban Tuyên giáo Trung ương tặng bằng khen cho 3
# tập thể"): asked for, not done; its words as _future_before pads them
_REQUEST_PADDED = frozenset(
    f" {w} " for w in ("đề nghị", "kiến nghị bổ sung", "đề xuất bổ sung", "xin bổ sung", "yêu cầu")
)


def _request_covers(before: str, hits: list[str]) -> bool:
    """Does a request named in `before` (the sentence's text before a number) still cover the
    number across a ";"? Not when the clause after the last ";" opens with words of its own, a
    subject and its verb, before the number ("đề nghị Thành ủy tặng bằng khen cho 3 tập thể; Ban
    tặng giấy khen cho 24 tập thể": the Ban's own commendation is done); a number right after
    the ";" goes on with the request's list."""
    tail = before[before.rfind(";") + 1 :]
    if len(tail.split()) < 2:
        return True
    for ch in _BLANK_PUNCT:
        if ch in tail:
            tail = tail.replace(ch, " ")
    return any(w in " " + tail + " " for w in hits)


def _list_under_heading(text: str, pos: int) -> bool:
    """Is the list line at `pos` one of a list right under a part's heading of a formal report
    ("B. TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH", "2. Công tác tuyên truyền", "III. ..."), with at
    most one paragraph of text between them? Its lines report the part's results, as under a
    lead-in."""
    end = pos - 1
    prose = 0
    for _ in range(12):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line or line.startswith(_LIST_BULLETS):
            continue
        if len(line) < 120 and (
            _heading_level(line)[0] >= 0 or (line[:1] in _LETTERED_LEADS and line.startswith(". ", 1))
        ):
            return True
        if (
            prose == 0
            and len(line) < 80
            and not line[:1].isalnum()
            and line[:1] not in "“\"'(‘"
            and line[-1:] not in ".!?…;,"
            and not any(c.isdigit() for c in line)
        ):
            # "▪ Thanh Xuân: Một số kết quả chính" right above the list: a section's title marked
            # with a symbol heads its list like a numbered heading
            return True
        prose += 1
        if prose > 1:
            return False
    return False


def _opens_as_subject(lower: str, a: int, pos: int) -> bool:
    """Does the unit named at `pos` open the sentence starting at `a`, or its main clause after an
    opening phrase and a comma ("Nhà Bè có 7 xã", "Tính đến cuối tháng 9, quận Phú Nhuận có")?"""
    if pos == a:
        return True
    return lower.endswith(", ", a, pos) and lower.find(",", a, pos - 2) == -1 and pos - a < 60


def _heading_level(line: str) -> tuple[int, str]:
    """The level of a heading line of a formal report and its words without the numbering:
    0 for "IV. PHƯƠNG HƯỚNG ..." or a line in capitals, 1 for "3. Nhiệm vụ ..."; -1 for a
    line that is no numbered or capitalised heading."""
    if line[:5].lower() == "phần ":
        # "PHẦN III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "Phần thứ hai: Nhiệm vụ ...": a part of
        # the report, at the top level, named by the words after its number
        p = _PART_NUMBER_RE.match(line)
        if p is not None:
            return 0, line[p.end() :]
    m = _HEADING_NUMBER_RE.match(line)
    if m is not None:
        return (0 if m.group(1) else 1), line[m.end() :]
    if line[:1] in _LETTERED_LEADS and line.startswith(". ", 1) and line[3:43].isupper():
        # "D. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025": a part of the report lettered in capitals, at the
        # top level like "IV. PHƯƠNG HƯỚNG ..." (its words after the letter)
        return 0, line[3:]
    if line[:4].isupper() and line[:40].isupper():
        return 0, line
    return -1, line


def _plan_heading(st: _DocState, sent: Sentence) -> None:
    """A paragraph that is a heading: "IV. PHƯƠNG HƯỚNG QUÝ IV NĂM 2020", "3. Nhiệm vụ trọng tâm
    thời gian tới" opens the part of a report that lists plans: its numbers are targets, whether
    or not each sentence says so ("Tổ chức học tập ... cho 100% cán bộ, đảng viên"), until the
    next heading of the same or a higher level. A review heading ("II. KẾT QUẢ THỰC HIỆN NHIỆM
    VỤ", "Đánh giá việc thực hiện kế hoạch") opens no plan."""
    text = st.text
    line_end = text.find("\n", sent.start)
    line = text[sent.start : line_end if line_end != -1 else len(text)].rstrip()
    if len(line) > 120:
        return
    level, words = _heading_level(line)
    if level < 0:
        return
    if st.plan_level >= 0 and level <= st.plan_level:
        st.plan_level = -1  # the plan section ends at the next heading of its level
    if line.endswith(".") and not line.isupper():
        return  # a sentence, not a heading
    low = words.lower().lstrip(" -–")
    if low[:1] and not low[:1].isalnum():
        # "📌 NHIỆM VỤ QUÝ I NĂM 2026", "▶ PHƯƠNG HƯỚNG ...": a heading marked with a symbol
        # opens a plan like a numbered one (the words after the mark)
        low = low.lstrip("".join(c for c in low[:4] if not c.isalnum()) + " ")
    if low.startswith(_PLAN_HEADING_WORDS) and not any(w in low for w in _REVIEW_WORDS):
        st.plan_level = level


def _run_in_plan(st: _DocState, sent: Sentence) -> int:
    """A paragraph opening with a plan label and a colon ("Nhiệm vụ 6 tháng cuối năm: tổ chức
    ...", "Phương hướng thời gian tới: ..."): the offset after the colon (its numbers are
    targets), else -1. A review label ("Kết quả thực hiện nhiệm vụ: ...") opens no plan."""
    lower = st.lower
    s = sent.start
    if not lower.startswith(_PLAN_HEADING_WORDS, s):
        c = lower[s : s + 1]
        if not c or c.isalnum() or c in "“\"(-–":
            return -1
        # Session 13 (holdout39's language): the label marked with a symbol, as a heading may
        # be ("👉 Nhiệm vụ 6 tháng cuối năm: ...")
        while s < sent.start + 4 and not lower[s].isalnum():
            s += 1
        if not lower.startswith(_PLAN_HEADING_WORDS, s):
            return -1
    colon = lower.find(":", s, min(sent.end, s + 60))
    if colon == -1 or any(w in lower[s:colon] for w in _REVIEW_WORDS):
        return -1
    return colon


def _counts_residents(first_two: str, noun_norm: str, pre_words: list[str]) -> bool:
    """Is a count of people the residents of a place ("gần 90 nghìn cư dân", "hơn 3.000 hộ dân
    đang sinh sống")?

    "cư dân" (residents) counts who lives there, unless the people are linked to an activity
    ("thu hút 500 cư dân", "cho 300 cư dân", "... cư dân tham gia"); any count of people
    followed by a verb of living there (sinh sống, cư trú ...) is a population too.
    """
    if " " + " ".join(pre_words[-2:]) + " " in _RESIDENT_LINK_ENDS or (
        pre_words and pre_words[-1] in _RESIDENT_LINKS
    ):
        return False
    if not _no_participation(noun_norm):
        return False
    return first_two.startswith("cư dân") or any(w in noun_norm for w in _LIVING_WORDS)


def _is_money(first_words: list[str], noun_norm: str, before_norm: str) -> bool:
    """Is a number followed by a currency ("1.100 tỷ đồng", "500 USD") an amount that is no
    result of the work: anything but the funding of the unit's own work ("kinh phí", "ủng hộ"
    ... in the clause before it, or right after the currency: "trích 150 triệu đồng kinh phí hỗ
    trợ in tài liệu", with no project, investment or economy word there)?"""
    if first_words[0] == "đồng" and len(first_words) > 1 and first_words[1] in NOT_MONEY_AFTER_DONG:
        return False  # "45 đồng chí", "đồng bào": no currency
    if before_norm.endswith(" mức ") or first_words[1:2] == ["người"]:
        return True  # "hỗ trợ ... với mức 500.000 đồng/người/tháng": a rate per person, no sum
    funds = any(w in before_norm for w in _MONEY_FUNDS)
    if not funds and noun_norm.startswith(_FUNDS_AFTER_CURRENCY):
        # Session 14 (holdout59's language): the words right after the currency say what the
        # money is ("150 triệu đồng kinh phí hỗ trợ in tài liệu ...")
        return any(w in before_norm or w in noun_norm for w in _MONEY_ECONOMY)
    return not funds or any(w in before_norm for w in _MONEY_ECONOMY)


def _is_population_share(noun_text: str, text: str, a: int, b: int) -> bool:
    """Is a percentage a share of a population or an area ("khoảng 30% là người Hoa", "30%
    dân số", "40% diện tích", "người Khmer chiếm 12%")? The territory a unit covers, not work.
    text[a:b]: the clause before the number and its qualifier, as written (case matters:
    "người Hoa" is a people, "người dân" is not)."""
    if _SHARE_NOUN_RE.match(noun_text):
        return _COVERAGE_WORDS_RE.search(noun_text.partition(",")[0]) is None
    return text.find("chiếm", a, b) != -1 and _SHARE_SUBJECT_RE.search(text, a, b) is not None


def _owner_in_list(text: str, start: int) -> bool:
    """Does the body at `start` follow "của", alone or in a list of issuers?

    "nghị quyết của Thành ủy", "các nghị quyết, kết luận của Trung ương và Thành ủy", "chỉ thị
    của Bộ Chính trị, Ban Bí thư, Thành ủy": the bodies that issued what is studied, not the
    one that did the work.
    """
    before = text[start - 80 if start > 80 else 0 : start]
    k = before.lower().rfind("của ")
    if k < 0 or (k > 0 and before[k - 1].isalnum()):
        return False
    between = before[k + 4 :]
    if not between:
        return True
    if not between.endswith((", ", " và ")):
        return False
    names = [x.strip() for x in _ISSUER_SEP_RE.split(between)]
    return all(not x or (x[:1].isupper() and len(x.split()) <= 5) for x in names)


def _outside_quotes(mentions: list[UnitMention], quoted: list[tuple[int, int]]) -> list[UnitMention]:
    """The mentions not strictly inside one of the quoted spans (sorted, not overlapping)."""
    quote_starts = [a for a, _ in quoted]
    out = []
    for u in mentions:
        # only the last quote opening before the mention can enclose it
        k = bisect.bisect_left(quote_starts, u.start) - 1
        if k < 0 or not u.end < quoted[k][1]:
            out.append(u)
    return out


_BEYOND = 1 << 62  # (past any offset in a text)


def _by_sentence(items: list, starts: list[int]) -> dict[int, list]:
    """Items (with a .start) grouped by the index of the sentence they start in."""
    out: dict[int, list] = {}
    bisect_right = bisect.bisect_right
    n = len(starts)
    group: list = []
    lo = hi = 0  # the last item's sentence spans [lo, hi): an item there joins its group
    for x in items:
        s = x.start
        if lo <= s < hi:
            group.append(x)  # (items come sorted: most share the previous one's sentence)
            continue
        # (searching from index 1: what lies before the first sentence counts as in it)
        si = bisect_right(starts, s, 1) - 1
        lo = starts[si] if si else -1
        hi = starts[si + 1] if si + 1 < n else _BEYOND
        g = out.get(si)
        if g is None:
            g = out[si] = []
        group = g
        group.append(x)
    return out


# ---- helpers on words ----------------------------------------------------------------------
_PHRASE_END_WORDS = frozenset({"và", "với", "cho", "của", "tại", "trong", "trên", "để", "nhằm", "đạt", "thu"})


def _case_spellings(words: frozenset[str]) -> frozenset[str]:
    """Every spelling w of the lower-case words with w.lower() in words: each letter in either
    case ("và", "Và", "VÀ", "vÀ"). (No other character lowers to these letters: the Kelvin sign
    and the like lower to k, å, ...)"""
    out: set[str] = set()
    for word in words:
        spelled = [""]
        for ch in word:
            spelled = [s + c for s in spelled for c in {ch, ch.upper()}]
        out.update(s for s in spelled if s.lower() == word)
    return frozenset(out)


# _PHRASE_END_WORDS in any case: a word is looked up as written, not lowered first
_PHRASE_END_SPELLINGS = _case_spellings(_PHRASE_END_WORDS)


def _unit_phrase(noun_words: list[str], cue: str) -> str:
    """The counted noun as written: the cue and its modifiers up to a comma or a linking word."""
    cue_len = len(cue.split())
    end_from = cue_len if cue_len > 3 else 4  # (a comma ends the phrase only after the cue and 4 words)
    n = 0  # the phrase is noun_words[:n]
    for w in noun_words[:6]:
        if n >= cue_len and w in _PHRASE_END_SPELLINGS:  # (w.lower() in _PHRASE_END_WORDS)
            break
        n += 1
        if n >= end_from and w.endswith((",", ";")):
            break
    return " ".join(noun_words[:n]).strip(" ,.;")


def percent_shape(tok: NumberToken) -> bool:
    return tok.shape == "percent"


def _qualifier(before_lower: str) -> tuple[str, int]:
    """The qualifier written right before the number, and its length (with the space)."""
    s = before_lower.rstrip()
    trail = len(before_lower) - len(s)
    word = _QUALIFIERS.longest_suffix(s)
    if word is None:
        return "exact", 0
    return _QUALIFIER_OF[word], len(word) + trail


def _tren_is_preposition(clause_before: str, after: str) -> bool:
    """'tuyên truyền trên 2 trang chính danh': 'on' two pages, not 'more than' two.

    Only before a medium (trang, kênh, nhóm ...), and after a verb of posting or after an
    earlier 'trên <place> và'.
    """
    if not any(after.lstrip().startswith(w + " ") or after.strip() == w for w in MEDIUM_NOUNS):
        return False
    s = clause_before.rstrip()
    for adverb in TREN_PREPOSITION_ADVERBS:
        if s.endswith(" " + adverb):
            s = s[: -len(adverb) - 1].rstrip()  # "đăng đồng thời trên 3 trang": the verb is before
            break
    if s.endswith((" và", " cả", " hoặc", ",")):
        return " trên " in f" {s} "
    return any(s.endswith(" " + w) or s == w for w in TREN_PREPOSITION_AFTER)


def _states_section_period(text: str, sent: Sentence, p: PeriodMention) -> bool:
    """Whether the first sentence of a section states the section's period: the period opens
    the sentence or its first clause ("Năm 2019, quận ...", "Quận ủy tổng kết công tác năm
    2019"); one after a ";" belongs to a clause of its own ("Bát Tràng có làng gốm ...; năm
    2025, làng nghề đón ..."), and the section keeps the article's period."""
    return p.start - sent.start <= 12 or ";" not in text[sent.start : p.start]


# a place named after a unit ("giáp sân bay Tân Sơn Nhất", "chợ Bến Thành", "cầu Chánh
# Hưng"): the landmark, not the unit
_LANDMARK_BEFORE_RE = fastre.compile(
    r"(?:sân bay|cảng|nhà ga|ga|bến xe|chợ|cầu|công viên|bệnh viện|trường|chùa|nhà thờ|kênh|"
    r"rạch|sông|núi|bãi|rừng|khu công nghiệp|khu chế xuất|khu du lịch|làng nghề|làng|"
    # Session 12 (holdout30's language): a street named like a ward ("chạy 45 lượt trên các tuyến
    # đường Hai Bà Trưng, Trần Quang Khải"): the street, not the ward
    r"đường|tuyến phố)\s+$"
)
_LEVEL_WORDS = ("phường", "xã", "quận", "huyện", "thị", "thành", "tp")


def _names_a_landmark(lower: str, m: UnitMention) -> bool:
    head = lower[m.start : m.start + 8]
    if head.startswith(_LEVEL_WORDS):
        return False
    return _LANDMARK_BEFORE_RE.search(lower, m.start - 20 if m.start > 20 else 0, m.start) is not None


# Counted nouns that are no result of work in some uses, by their first two words (and
# "điểm"): scores ("đạt 98,5 điểm", "9,5 điểm phần thi", "96,5/100 điểm"), visitors of a
# place ("đón 1,2 triệu lượt khách tham quan", "du khách"), households by their trade ("1.000
# hộ làm gốm", "hộ kinh doanh")
_NOT_WORK_HEADS = frozenset(
    {
        "lượt khách",
        "khách du",
        "khách tham",
        "lượt du",
        "du khách",
        "hộ làm",
        # Session 13 (holdout38's language): "có hơn 2.400 hộ sống bằng nghề biển"
        "hộ sống",
        # Session 14 (holdout42's language): "với hơn 640 nghìn người sinh sống trên 16 phường",
        # "khoảng 3.000 hộ sinh sống ven sông": the people who live in a place, its population
        "người sinh",
        "hộ sinh",
        "dân sinh",
        "hộ kinh",
        "hộ sản",
        "hộ buôn",
        "hộ nuôi",
        "hộ trồng",
        # a post's reactions ("1,2K · 86 bình luận · 143 lượt chia sẻ"): what readers did, not work
        "bình luận",
        "lượt bình",
        "lượt chia",
        "lượt thích",
    }
)
_REACTION_HEADS = frozenset({"bình luận", "lượt bình", "lượt chia", "lượt thích"})
# counted activities whose kind is named by their purpose ("hội nghị học tập", "lớp bồi dưỡng")
# (reports too: "thực hiện 22 báo cáo định kỳ và 9 báo cáo đột xuất về tình hình tư tưởng, dư luận")
_SHARED_PURPOSE_HEADS = (" hội nghị ", " lớp ", " buổi ", " cuộc ", " báo cáo ")
_OWN_KIND_GATHERINGS = tuple(f"{h}{k} " for h in _SHARED_PURPOSE_HEADS for k in OWN_KIND_GATHERINGS)
_SCORE_VERBS = frozenset({"đạt", "giành", "được", "ghi"})
_EXHIBITION_WORDS = (" triển lãm ", " trưng bày ", " tuyên truyền ", " hội sách ")
# "mỗi nhóm có ít nhất 1 quản trị viên", "mỗi chi bộ cử 3 đảng viên": a norm for each item
# (a figure per day, week or month, "mỗi ngày có 1.240 lượt truy cập", is an average: a fact)
# "có phường (đông đảng viên) lên tới", "có nơi đến": some unit's figure, the extreme of a spread
_SOME_UNIT_UP_TO_RE = fastre.compile(
    r"(?:^|[,;:]\s*|\s)có\s+(?:nơi|phường|xã|đơn vị|chi bộ|đảng bộ|khu phố|ấp|thôn|quận|huyện)\s"
    r"[^,;\d]{0,40}?(?:lên\s+|đạt\s+)?(?:tới|đến)\s*$"
)
# "bình quân mỗi năm (gần) 12", "trung bình mỗi buổi có 70": an average per period or item
# Session 14 (holdout47's language): "bình quân mỗi đảng bộ phường tổ chức 7 hội nghị", "bình
# quân mỗi xã, phường tổ chức 14 buổi": up to six words naming the item, then the verb of the
# work, between "mỗi" and the figure (no figure between: "bình quân mỗi phường 91 buổi, với
# 64.500 lượt người nghe" is the count after the average); session 14 (holdout54's language):
# "Tính bình quân, mỗi huyện trong cụm mở gần 200 lớp" (a comma after the average's word)
_AVERAGE_PER_RE = fastre.compile(
    r"(?:bình quân|trung bình)\s*,?\s+mỗi\s+[^\s\d;]+(?:\s+[^\s\d;]+){0,5}\s+"
    r"(?:(?:có|đạt|là|tổ chức|mở|thực hiện|đăng|đăng tải|phát hành)\s+(?:được\s+)?)?$"
)
# "nhiều hơn năm ngoái 40 buổi", "cao hơn cùng kỳ năm 2019 12 lớp": a comparative, the period
# compared with, then the number (the difference)
_MORE_THAN_BEFORE_RE = fastre.compile(
    r"\b(?:nhiều|cao|ít|thấp|tăng|giảm|lớn)\s+hơn\s+(?:so với\s+)?(?:năm ngoái|năm trước|"
    r"cùng kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|kỳ trước|quý trước|tháng trước|đợt trước|"
    r"năm \d{4}|nhiệm kỳ trước"
    # Session 14 (holdout59's language): a quarter or a month named as the base ("thấp hơn quý II
    # khoảng 2%", "cao hơn tháng 8 là 3 buổi")
    r"|quý\s+(?:iv|iii|ii|i|[1-4])(?:\s*(?:năm\s+|/)\d{4})?|tháng\s+\d{1,2}(?:\s*(?:năm\s+|/)\d{4})?"
    r")\s+(?:là\s+)?$"
)
# "trình UBND Thành phố (xét) tặng bằng khen cho 3 cá nhân": an award submitted for, right
# before the number (not "chương trình", "công trình", "quy trình", "lộ trình")
_SUBMITTED_FOR_AWARD_RE = fastre.compile(
    r"(?<!chương )(?<!công )(?<!quy )(?<!lộ )(?<!giáo )\btrình\s+(?!bày|chiếu|diễn|độ)"
    r"(?:[^\s\d,;.:]+\s+){1,7}?(?:xét\s+)?(?:tặng|khen thưởng|công nhận|truy tặng|phong tặng)\s+"
    r"(?:[^\d,;.:]{0,30}?\s+)?(?:cho\s+)?$"
)
# the word right before a number where a rule of session 14 may hold: 1 the figure of the same
# period before ("cùng kỳ năm 2022 là 12", "(cùng kỳ: 35)"), 2 partners counted after "phối hợp
# với ... và", 3 the times a post was shared ("được chia sẻ 2.000 lượt")
_WORD_BEFORE_GATES = {"là": 1, "đạt": 1, "có": 1, "kỳ:": 1, "và": 2, "với": 2, "cùng": 2, "sẻ": 3}
# "phối hợp với Hội Phụ nữ và 9 hội đồng hương", "phối hợp cùng 5 trường": partners counted right
# after "phối hợp với/cùng" or after "và" ending the partners' names (no number or mark between)
_PARTNERS_COUNTED_RE = fastre.compile(
    r"\bphối hợp\s+(?:với|cùng)(?:\s+(?!tổ chức|mở\s|in\s|phát\s|đăng\s|triển khai|thực hiện)[^\s\d,;.:“”\"()]+){1,8}?"
    r"\s+và\s+$|\bphối hợp\s+(?:với|cùng)\s+$"
)
# "(cùng kỳ năm 2022 là 12 văn bản)", "(cùng kỳ: 35)": the figure of the same period before
_SAME_PERIOD_BASE_RE = fastre.compile(
    r"\bcùng kỳ(?:\s+(?:năm\s+)?(?:trước|ngoái|\d{4}))?\s*(?::|là|đạt|có)\s*$"
)
# "nhiều hơn năm 2022", "ít hơn cùng kỳ năm 2021": a comparative right before a period
_MORE_THAN_PERIOD_RE = fastre.compile(
    r"\b(?:nhiều|cao|ít|thấp|tăng|giảm|lớn)\s+hơn\s+(?:so với\s+)?(?:cùng kỳ\s+)?(?:năm\s+)?$"
)
# "mỗi ngày chúng tôi đăng (ít nhất) 5 tin": each day (week ...), a doer and a verb, the number
# (no quotation mark between: "chuyên mục “Mỗi tuần một tin hay” lên sóng 26 kỳ" is a title)
_HABIT_PER_TIME_RE = fastre.compile(
    r"\bmỗi\s+(?:" + _EACH_TIME_ALT + r")\s+(?:[^\s,;:.\d“”\"]+\s+){2,6}$"
)
# the officials of party organisations counted after them ("bí thư, phó bí thư phụ trách tuyên
# giáo của 14 đảng ủy phường")
_ROLE_OF_ORGS_RE = fastre.compile(
    # (Session 13, holdout41's language: "với trưởng ban tuyên giáo của 17 đảng ủy phường": the
    # heads of a committee's sections, as its secretaries are)
    r"\b(?:bí thư|lãnh đạo|đại diện|cấp ủy|cấp uỷ|thường trực|trưởng ban|phó ban|phó trưởng ban)\b"
    r"[^.;:\d]{0,70}\bcủa\s+$"
)
_HABIT_CAP_RE = fastre.compile(
    r"\bmỗi\s+(?:" + _EACH_TIME_ALT + r")\s+(?:[^\s,;:.\d“”\"]+\s+){1,6}?(?:tối đa|tối thiểu|ít nhất|không quá)\s+$"
)
# (Session 14, holdout47's language: "mỗi hội nghị có từ 450 đến 500 đại biểu": a range's "từ"
# is no qualifier stripped before the number)
_PER_ITEM_RE = fastre.compile(
    r"\bmỗi\s+(?!" + _EACH_TIME_ALT + r"|đợt)(?:\S+\s+){1,3}?(?:(?:đều\s+)?(?:có|cử|bố trí|phân công|cần|phải có|được)\s+)?(?:ít nhất\s+|tối thiểu\s+|từ\s+)?$"
)
_SURVEY_NOUNS = (
    " người được hỏi",
    " người được khảo sát",
    " người trả lời",
    " người tham gia khảo sát",
    " số người được hỏi",
    " người được phỏng vấn",
)


def _not_work_noun(
    first_two: str, noun_norm: str, pre_words: list[str], tok: NumberToken, clause: Callable[[], str]
) -> bool:
    head = first_two.split(" ", 1)[0]
    if head == "điểm":
        # a score: after a verb of scoring, or a mark with a decimal or out of a total
        return (
            bool(pre_words)
            and pre_words[-1] in _SCORE_VERBS
            or tok.shape == "fraction"
            or (tok.value is not None and tok.value != int(tok.value) and tok.value < 1000)
            # Session 14 (holdout55's language): "dẫn đầu khối quận với 96 điểm thi đua": the
            # points of an emulation ranking, a score whatever the verb
            or noun_norm.startswith(" điểm thi đua")
        )
    if first_two in _REACTION_HEADS:
        return True
    if head in ("lượt", "khách", "du"):
        # visitors of a place are tourism, unless they came to the unit's exhibition
        return not any(w in clause() for w in _EXHIBITION_WORDS)
    return True


# a city body named in the name of a congress or a document ("Nghị quyết Đại hội Đảng bộ
# Thành phố lần thứ I", "Chương trình hành động của Thành ủy"): whose document it is, not who
# did the work of the sentence
_DOC_OWNER_BEFORE_RE = fastre.compile(
    r"(?:nghị quyết|đại hội|đại hội đại biểu|chỉ thị|kết luận|kế hoạch|chương trình|hành động|đề án|quy định)"
    # ("Nghị quyết Đại hội XVII Đảng bộ Thành phố": a congress's number between them)
    r"(?:\s+(?:lần thứ\s+)?(?:[ivxlc]+|\d{1,2}))?(?:\s+đảng bộ)?\s+$"
)

_CONCESSIVE_OPENERS = ("dù ", "mặc dù ", "dẫu ", "tuy ")
_CONCESSIVE_RE = fastre.compile(r"(?:^|[\s,;])(?:mặc dù|dù|dẫu|tuy|tuy rằng|tuy là)\s")


def _in_concessive(lower: str, p: PeriodMention, pos: int) -> bool:
    """A period in a concessive clause before the number ("dù phải tạm dừng ... trong tháng 4,
    quận vẫn tổ chức 26 hội nghị", "mặc dù quý II ..., ..."): it dates what the clause concedes,
    not the count after the comma that closes it."""
    lo = max(lower.rfind(",", max(0, p.start - 80), p.start), lower.rfind(";", max(0, p.start - 80), p.start))
    lo = lo + 1 if lo >= 0 else max(0, p.start - 80)
    return "," in lower[p.end : pos] and _CONCESSIVE_RE.search(lower, max(0, lo - 1), p.start) is not None


def _mentions_concession(lower: str) -> bool:
    """Does the report have "dù" or "tuy" at all (the concession checks run only then)?"""
    return "dù " in lower or "tuy " in lower


def _in_concession(lower: str, a: int, pos: int) -> bool:
    """Does a concessive word ("dù", "mặc dù", "tuy") open the comma-clause of lower[a:] that
    holds `pos` ("Mặc dù quý I chỉ mở được 1 lớp, ...")?"""
    lo = max(lower.rfind(",", a, pos), lower.rfind(";", a, pos))
    lo = lo + 1 if lo >= 0 else a
    return _CONCESSIVE_RE.search(lower, max(0, lo - 1), pos) is not None


def _clause_start_at(lower: str, a: int, pos: int) -> int:
    """Where the ";"-clause holding `pos` starts (a: the sentence's start)."""
    return max(lower.rfind(";", a, pos), a - 1) + 1


def _clause_end_at(lower: str, pos: int, b: int) -> int:
    """Where the clause holding `pos` ends (b: the sentence's end): at the next ";", or at the
    next ", " followed by an instant marker ("..., hiện có ...", "..., số thành viên hiện nay
    ...")."""
    end = lower.find(";", pos, b)
    end = b if end == -1 else end
    k = lower.find(", hiện", pos, end)
    if k != -1:
        return k
    # "34 fanpage, 1.610 nhóm Zalo (hiện có khoảng 147 nghìn thành viên)": a bracket opening
    # with an instant marker dates its own stock, not the counts before it
    k = lower.find("(", pos, end)
    if k != -1 and _has_instant_marker(lower[k + 1 : min(end, k + 16)]):
        return k
    # "thành lập 128 nhóm Zalo ..., số thành viên hiện nay khoảng 31.500 người": a clause whose
    # subject "số ..." is counted now ends the clause before it
    k = lower.find(", số ", pos, end)
    if k != -1:
        seg = lower[k + 5 : min(end, k + 60)]
        digit = next((i for i, c in enumerate(seg) if c.isdigit()), len(seg))
        if _has_instant_marker(seg[:digit]):
            return k
    return end


_CONTEST_NAME_RE = fastre.compile(r"(?:cuộc thi|hội thi)[^,;.\d]{0,80}$")
# a contest's kind and its quoted title, whatever the title holds ("Cuộc thi trắc nghiệm “Tìm
# hiểu 90 năm ...”"), right before the title's closing quote
_CONTEST_TITLED_RE = fastre.compile(r"(?:cuộc thi|hội thi)[^,;.\d“\"]{0,40}[“\"][^”\"\n]{1,160}$")


def _after_contest_title(lower: str, start: int) -> bool:
    """Does the year at `start` follow a contest's quoted title ("Cuộc thi trắc nghiệm “Tìm hiểu
    90 năm Ngày thành lập Đảng” năm 2020")? The year names the contest (its edition), like
    "Cuộc thi chính luận ... năm 2023", whatever numbers or length its title has."""
    a = start - 3 if start > 3 else 0
    close = lower.rfind("”", a, start)
    plain = lower.rfind('"', a if close == -1 else close, start)
    if plain != -1:  # (the later of the two quotes)
        close = plain
    if close == -1:
        return False  # (no quote right before the year: most years)
    return _CONTEST_TITLED_RE.search(lower, _sentence_back(lower, close, 220), close) is not None


# "Luật Thủ đô năm", "Bộ luật Lao động", "Pháp lệnh Dân số", "Hiến pháp năm": a law's name (its
# first word capitalised) right before a year
_LAW_NAME_RE = fastre.compile(r"(?:\b(?:Bộ luật|Luật|Pháp lệnh)\s+(\w)[^;.:\d\n]{0,50}?|\bHiến pháp)\s+$")


def _names_a_law(text: str, start: int) -> bool:
    """Does a law's name end right before the year at `start` ("Luật Thủ đô năm 2024")?"""
    m = _LAW_NAME_RE.search(text, max(0, start - 70), start)
    return m is not None and (m.group(1) is None or m.group(1).isupper())


_COMPARED_WITH_RE = fastre.compile(
    r"(?:\bso với|\bgấp\s+(?:đôi|rưỡi|\S+\s+lần))\s+(?:[^\d,;.:]{1,40}?\s+)?(?:của\s+)?$"
)
_SINCE_BEFORE_RE = fastre.compile(r"(?:^|[\s(,])từ\s+(?:ngày\s+)?$")
# "Đại hội ... diễn ra từ ngày 26 đến 28/7", "Hội nghị họp từ ngày 3 đến 5/12": a meeting's days
_MEETING_DAYS_BEFORE_RE = fastre.compile(r"\b(?:diễn ra|họp|làm việc|khai mạc)\s+(?:trong\s+\S+\s+ngày\s+)?$")
_MEETING_NOUNS_RE = fastre.compile(r"\b(?:" + "|".join(MEETING_NOUNS) + r")\b")


def _meeting_days(lower: str, p: PeriodMention) -> bool:
    """Is a range of days (at most a week) the days a meeting sat ("Đại hội đại biểu Đảng bộ
    huyện ... diễn ra từ ngày 26 đến 28/7")? A campaign or a contest that "diễn ra" over weeks
    keeps its range as the period of its results."""
    if not (p.a and p.b and p.c and p.d):
        return False
    try:
        days = (date(2000, p.d, p.c) - date(2000, p.b, p.a)).days
    except ValueError:
        return False
    if not 0 <= days <= 7:
        return False
    if _MEETING_DAYS_BEFORE_RE.search(lower, max(0, p.start - 24), p.start) is None:
        return False
    return _MEETING_NOUNS_RE.search(lower, _sentence_back(lower, p.start, 200), p.start) is not None


def _since_opening(lower: str, p: PeriodMention) -> bool:
    """ "Từ ngày 1/4/2019, quận mở chuyên mục ...; đến nay đã phát 74 số": a date after "từ"
    with "đến nay" later in its sentence opens a period that runs to the report's date."""
    if _SINCE_BEFORE_RE.search(lower, p.start - 12 if p.start > 12 else 0, p.start) is None:
        return False
    stop = len(lower)
    for mark in ("\n", ". "):
        k = lower.find(mark, p.end)
        if k != -1 and k < stop:
            stop = k
    k = lower.find("đến nay", p.end, stop)
    if k != -1 and lower.find("từ ", p.end, k) == -1:
        return True
    # "Từ ngày 1/7/2025, phường chính thức hoạt động ...": a date after "Từ" opening a sentence,
    # with no end in that sentence, runs to the report's date like "Từ (đầu) tháng 7, ..."
    if not lower.startswith(",", p.end):
        return False
    t = lower.rfind("từ", max(0, p.start - 12), p.start)
    if t > 0 and lower[t - 1] != "\n" and not lower.endswith(". ", 0, t):
        return False
    return lower.find("đến", p.end, stop) == -1 and lower.find("tới", p.end, stop) == -1


# a quotation attributed to an official of the unit ("..., đồng chí Trưởng ban Tuyên giáo Quận
# ủy cho biết", "Bí thư Đảng ủy phường nói: “...”") who speaks for it ("chúng tôi đã ..."): the
# unit's own figures, told by its leader (a cell secretary of a village or a street speaks for
# the village: an anecdote)
_OFFICIAL_RE = fastre.compile(
    r"\b(?:đồng chí|đ/c|trưởng ban|phó trưởng ban|bí thư|phó bí thư|chủ tịch|phó chủ tịch|"
    r"giám đốc|phó giám đốc|chánh văn phòng|trưởng phòng|thủ trưởng|lãnh đạo)\b"
)


# the unit named as the subject opening an official's quotation ("“Phường hiện có 52 nhóm Zalo")
_UNIT_SUBJECTS = ("phường ", "xã ", "quận ", "huyện ", "thị xã ", "thị trấn ")
_UNIT_SUBJECTS_IN_SPEECH = tuple(". " + w for w in _UNIT_SUBJECTS) + tuple(
    # Session 15 (holdout63's language): or of a clause after a time and a comma, with "đã"
    # ("Sáu tháng qua, nhờ cộng tác viên báo sớm, huyện đã chỉ đạo giải quyết 17 vụ việc")
    ", " + w + "đã " for w in _UNIT_SUBJECTS
)


def _unit_after_opening_time(said: str) -> bool:
    """Does the quotation `said` (lower case, from its opening mark) open with a time phrase and
    a comma, then the unit as the subject ("“trong 3 tháng, phường đã ...", "“năm qua, huyện
    ...")?"""
    comma = said.find(", ", 1, 40)
    return (
        comma != -1
        and said[1:].lstrip().startswith(_OPENING_TIME_WORDS)
        and said.startswith(_UNIT_SUBJECTS, comma + 2)
    )


# (Session 15, holdout53's language: and a time up to now, "“Đến nay, quận có 58 nhóm Zalo ...")
_OPENING_TIME_WORDS = (
    "trong ", "năm ", "quý ", "tháng ", "sáu tháng", "chín tháng", "từ ", "thời gian qua", "đến nay", "hiện nay",
    "tính đến",
)


def _official_speaker(text: str, pos: int) -> bool:
    """Are the words in quotation at `pos` an official's speaking for the unit ("chúng tôi"
    before the number; a title of office in the attribution after the closing quote, or before
    the colon that opens it, and no grassroots body named there)?"""
    para_start = text.rfind("\n", 0, pos) + 1
    para_end = text.find("\n", pos)
    if para_end == -1:
        para_end = len(text)
    opened = max(text.rfind("“", para_start, pos), text.rfind('"', para_start, pos))
    if opened == -1:
        return False
    # (the subject may go on after the number: "“Đội ngũ 46 cộng tác viên của huyện đã gửi ...")
    said_end = min(para_end, pos + 60)
    shut = text.find("”", pos, said_end)
    said = text[opened : shut if shut != -1 else said_end].lower()
    if shut == -1 and not any(w in said for w in SPEAKS_FOR_UNIT_WORDS):
        # "“Các nhóm đã đăng hơn 6.200 tin ... Chúng tôi còn tổ chức 9 buổi ...”": an official
        # who speaks for the unit anywhere in the quotation speaks for it in all of it
        shut = text.find("”", said_end, para_end)
        said = text[opened : shut if shut != -1 else para_end].lower()
    if (
        not any(w in said for w in SPEAKS_FOR_UNIT_WORDS)
        and not said[1:].lstrip().startswith(_UNIT_SUBJECTS)
        # Session 12 (holdout28's language): or a later sentence of it ("“Trong tháng, các
        # tổ đã gửi 6 báo cáo ... Xã cũng đã khen thưởng 3 tập thể ...”"), like one opening it
        and not any(w in said for w in _UNIT_SUBJECTS_IN_SPEECH)
        # Session 13 (holdout37's language): or the unit as the subject after the time that opens
        # the quotation ("“Trong 3 tháng, phường đã đăng 286 tin, bài ...”")
        and not _unit_after_opening_time(said)
    ):
        # (“Phường hiện có 52 nhóm Zalo ...”: the unit itself as the subject opening the
        # quotation, like "toàn phường")
        # Session 14 (holdout45's language): a quotation of any content attributed by a short
        # name to a person introduced with a title of the unit ("Ông Lê Văn A, Trưởng ban Tuyên
        # giáo Huyện ủy, ... “Kinh phí in tài liệu khoảng 60 triệu đồng”, ông A nói") is his
        closed = text.find("”", pos, para_end)
        if closed == -1:
            closed = text.find('"', pos, para_end)
        if (
            closed != -1
            and text.startswith(_SHORT_NAME_OPENINGS, closed + 1)
            and _introduced_as_official(text, text[closed + 1 : closed + 60], opened)
        ):
            return True
        # a transcript's speaker label opening the paragraph ("Đồng chí Trưởng ban: “Năm qua,
        # ...”"): an official's title names who speaks, for the unit
        label = text[para_start:opened].rstrip()
        if not (0 < len(label) < 60 and label.endswith(":")):
            return False
        low = label.lower()
        if _OFFICIAL_RE.search(low) is not None:
            return not _names_grassroots(low)
        return _label_names_official(text, label, para_start)
    closed = text.find("”", pos, para_end)
    if closed == -1:
        closed = text.find('"', pos, para_end)
    if closed != -1:
        after = text[closed + 1 : min(para_end, closed + 160)]
        cut = after.find(". ")
        if cut != -1:
            after = after[:cut]
        low = after.lower()
        if _OFFICIAL_RE.search(low):
            return not _names_grassroots(low)
        if _introduced_as_official(text, after, opened):
            return True
    if opened == para_start:
        return _answer_goes_on(text, para_start)
    before = text[max(para_start, opened - 160) : opened].lower()
    cut = before.rfind(". ")
    if cut != -1:
        # ("Các chi bộ tổ chức 138 buổi ... Bà A, Phó Bí thư Đảng ủy phường, cho biết: “...": the
        # sentence before the one that introduces the speaker names no speaker)
        before = before[cut + 2 :]
    if not text[max(para_start, opened - 3) : opened].rstrip().endswith(":"):
        return False
    if _OFFICIAL_RE.search(before) is not None:
        return not _names_grassroots(before)
    label = text[para_start:opened].rstrip()
    return len(label) < 60 and _label_names_official(text, label, para_start)


def _label_names_official(text: str, label: str, para_start: int) -> bool:
    """Session 15 (holdout52's language): is a transcript's speaker label a short name ("Bà
    Hương:") of a person the text introduced before with a title of the unit ("... với bà
    Nguyễn Thu Hương, ..., Trưởng ban Tuyên giáo và Dân vận Đảng ủy phường")? Her answers speak
    for the unit like a label naming the title ("Đồng chí Trưởng ban:"); a name never
    introduced so ("Ông Tư:") stays an anecdote."""
    m = _LABEL_SHORT_NAME_RE.fullmatch(label)
    return m is not None and _named_official_before(text, m.group(1), para_start)


def _answer_goes_on(text: str, para_start: int) -> bool:
    """Session 15 (holdout61's language): 'Đồng chí A: “Năm nay, ...' left open, over '“Chúng tôi
    cũng ... Hiện quận có 48 cộng tác viên ...”': a paragraph opening with “ goes on with the
    answer of the speaker's label above it (the paragraphs between opening with “ and left
    open too); the official's when that answer is."""
    first = _speech_first_paragraph(text, para_start)
    end = text.rfind("\n", 0, first)
    while end > 0 and text[end - 1] in "\n \t\r":
        end -= 1
    if end <= 0:
        return False
    start = text.rfind("\n", 0, end) + 1
    opened = text.find(": “", start, min(end, start + 80))
    if opened == -1 or text.count("”", start, end) >= text.count("“", start, end):
        return False
    return _official_speaker(text, opened + 3)


def _attended_after(lower: str, end: int, clause_end: int) -> bool:
    """Does a verb of attending follow the count before the clause ends ("... 650 lượt công nhân
    tham dự", "... dự nghe", "... tham gia")?"""
    stop = end + 40 if end < clause_end - 40 else clause_end
    k = lower.find(" dự", end, stop)
    while k != -1:
        # (" dự" as a word: not "dự kiến", "dự án", "dự thảo")
        if (k + 3 == len(lower) or lower[k + 3] in _AFTER_ATTEND) and (
            lower[k + 3 : k + 4] != " " or not lower.startswith(_NOT_ATTEND_NEXT, k + 4)
        ):
            return True
        k = lower.find(" dự", k + 3, stop)
    return lower.find(" tham gia", end, stop) != -1


# the characters that end the word "dự" (attend) where it is no part of "dự kiến", "dự án"
_AFTER_ATTEND = frozenset(" ,.;:)\n")
# the second syllables of the words "dự" opens that are no attending ("dự kiến", "dự án")
_NOT_ATTEND_NEXT = ("kiến", "án", "thảo", "toán", "báo", "phòng", "trữ", "định", "tính", "trù", "bị", "đoán")


def _introduced_as_official(text: str, after: str, opened: int) -> bool:
    """Is the quotation attributed by a short name ("...”, bà Hạnh cho biết") to a person the
    text introduced before it with a title of office ("Theo bà Trần Thị Mỹ Hạnh, Trưởng ban
    Tuyên giáo Huyện ủy Hóc Môn, ...")?"""
    m = _NAMED_SPEAKER_RE.match(after)
    if m is None:
        return False
    return _named_official_before(text, m.group(1), opened)


def _named_official_before(text: str, name: str, opened: int) -> bool:
    """Does the text before `opened` (3,000 characters) introduce `name` with a title of office
    of the unit ("bà Trần Thị Mỹ Hạnh, Trưởng ban Tuyên giáo Huyện ủy ...")?"""
    at = text.rfind(name, max(0, opened - 3000), opened)
    while at != -1:
        tail = text[at + len(name) : at + len(name) + 60].lower()
        if (
            tail.startswith(",")
            and _OFFICIAL_RE.search(tail)
            and not _names_grassroots(tail)
        ):
            return True
        at = text.rfind(name, max(0, opened - 3000), at)
    return False


# how an attribution by a short name opens after the closing quote (a cheap test before the regex)
_SHORT_NAME_OPENINGS = (", ông ", ", bà ", ", anh ", ", chị ", " ông ", " bà ", " anh ", " chị ")
# "..., bà Hạnh cho biết": a person named by a short name (capitalised words) and a verb of saying
_NAMED_SPEAKER_RE = fastre.compile(
    r"\s*,?\s*(?:ông|bà|anh|chị)\s+([A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){0,2})\s+"
    r"(?:cho biết|nói|chia sẻ|khẳng định|nhấn mạnh|thông tin|trao đổi)\b"
)
# "Bà Hương:": a transcript's speaker label naming a person by a short name (capitalised words)
_LABEL_SHORT_NAME_RE = fastre.compile(
    r"(?:[ÔôOo]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+([A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){0,2})\s*:"
)
# (" ấp ": the word, not the end of "Gò Vấp")
_GRASSROOTS_WORDS = ("chi bộ", "thôn", "tổ dân phố", "khu phố", " ấp ", "tổ trưởng", "tổ dân")


def _names_grassroots(low: str) -> bool:
    """Does `low` name a grassroots cell or its people (a word of _GRASSROOTS_WORDS ending a
    word: "thôn" is not the "thông" of "cổng thông tin", "thông tin")?"""
    for w in _GRASSROOTS_WORDS:
        i = low.find(w)
        while i != -1:
            j = i + len(w)
            if j >= len(low) or not low[j].isalpha():
                return True
            i = low.find(w, i + 1)
    return False


# a unit named as the model or the source of an experience ("học tập kinh nghiệm từ mô hình
# của Quận 1"), as a place of an address ("số 86 Lê Thánh Tôn, Quận 1") or as an end of a
# link ("cầu nối Tây Hồ với Đông Anh"): not the one that did the work
_REFERENCE_BEFORE_RE = fastre.compile(
    r"(?:(?:mô hình|kinh nghiệm|cách làm|học tập|tham khảo)(?:\s+\S+){0,3}?\s+(?:của|từ|ở|tại)\s+"
    r"|\bsố\s+\d+\w*(?:/\d+\w*)?\s+[^,;()\n\d]{2,40},\s*(?:phường\s+[^,;()\n]{1,20},\s*)?"
    r"|\bnối(?:\s+liền)?\s+(?:[^,;.()\n]{1,40}\s+(?:với|và)\s+)?)$"
)
# words one of which each alternative of _REFERENCE_BEFORE_RE holds: a look-back with none of
# them cannot match, and is not searched (most unit mentions)
_REFERENCE_KEYS = ("mô hình", "kinh nghiệm", "cách làm", "học tập", "tham khảo", "số ", "nối")


def _lead_in(st: _DocState, sent: Sentence) -> str:
    """The lead-in that the list lines of a paragraph opening at `sent` go on from ("Kết quả học
    tập, quán triệt ... như sau:" before "- Số lớp: 58; số người dự: 9.615 lượt cán bộ, đảng
    viên"), normalised: the paragraph's own words when its line ends in ":", else ""."""
    text = st.text
    j = text.find("\n", sent.start)
    j = (len(text) if j == -1 else j) - 1
    while j > sent.start and text[j] in " \t\r":
        j -= 1
    if text[j] == ":":
        return st.norms.norm(sent.start, j)
    if st.table_cells is not None and text.find("|", sent.start, j + 1) != -1 and sent.start > 2:
        # (a bar with no spaces around it too: a table pasted with TABs, `_cells_to_bars`)
        # "Kết quả học tập, quán triệt trong quý:" over a blank line and a table: the line
        # before the table is the lead-in of its rows
        k = sent.start - 1
        while k > 0 and text[k] in " \t\r\n":
            k -= 1
        up = text.rfind("\n", 0, k) + 1
        if text[k] == ":":
            if k - up < 160:
                return st.norms.norm(up, k)
            # (holdout62's language) a paragraph closing with a short lead-in that names nothing
            # ("... đồng thời tổ chức học tập, quán triệt các văn bản của Trung ương. Kết quả cụ
            # thể:"): the sentence before it says what the table's rows count
            s = text.rfind(". ", up, k)
            if s != -1 and k - s < 40:
                a = text.rfind(". ", up, s)
                a = up if a == -1 else a + 2
                if k - a < 400:
                    return st.norms.norm(a, k)
        elif (
            text[up] in _NUMBERED_LEADS
            and k - up < 120
            and text[k] not in _SENTENCE_ENDS
            and _HEADING_NUMBER_RE.match(text, up) is not None
        ):
            # Session 15 (holdout63's language): "2. Số liệu báo cáo dư luận xã hội" over a blank
            # line and a table ("Báo cáo định kỳ | 88 | 79"): a numbered heading right above a
            # table is the lead-in of its rows, like one above list lines
            return st.norms.norm(up, k + 1)
    if (
        text[sent.start] in _NUMBERED_LEADS
        and text.startswith(_LIST_BULLETS, j + 2)
        and _HEADING_NUMBER_RE.match(text, sent.start) is not None
    ):
        # "1. Học tập, quán triệt Nghị quyết ..." over "- Số hội nghị cấp huyện: 04": a numbered
        # heading with list lines right under it is their lead-in, like a line ending in ":"
        if j - sent.start < 120:
            return st.norms.norm(sent.start, j + 1)
        # Session 15 (holdout63's language): "2. Học tập chuyên đề năm 2019 “Xây dựng ý thức ...
        # phong cách Hồ Chí Minh”": a heading made long by a quoted title is read without it
        q = text.find("“", sent.start, j)
        if q != -1 and q - sent.start < 120 and text[j] == "”":
            return st.norms.norm(sent.start, q)
    if (
        text[sent.start] in _LETTERED_LEADS
        and text.startswith(". ", sent.start + 1)
        and j - sent.start < 120
        and text.startswith(_LIST_BULLETS, j + 2)
        and text[sent.start : j + 1].isupper()
    ):
        # "A. HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT" over "- Hội nghị cấp quận: 02": a lettered heading
        # in capitals is the lead-in of the list lines under it, like a numbered one
        return st.norms.norm(sent.start + 2, j + 1)
    if (
        text[sent.start] in _SUB_LEADS
        and text.startswith(") ", sent.start + 1)
        # (a resolution's full title may be long: "b) Nghị quyết số 57-NQ/TW của Bộ Chính trị về
        # đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")
        and j - sent.start < 200
        and text.startswith(_LIST_BULLETS, j + 2)
    ):
        # "a) Nghị quyết Đại hội XII ..." over "- Hội nghị cấp huyện: 03", itself under "2. Học
        # tập, quán triệt nghị quyết": the sub-heading with the numbered heading above it
        return _heading_above(st, sent.start) + " " + st.norms.norm(sent.start + 3, j + 1)
    if j - sent.start < 120 and text[j] not in _SENTENCE_CLOSERS and not text.startswith(_LIST_BULLETS, sent.start):
        # "Kết quả học tập nghị quyết" / "KẾT QUẢ HỌC TẬP NGHỊ QUYẾT" over "- Lượt ĐV dự: 3.150"
        # (at most one blank line between): a heading with no numbering and no closing stop is
        # the lead-in of the list lines right under it, like a numbered one
        k = j + 2
        if text.startswith("\n", k):
            k += 1
        if text.startswith(_LIST_BULLETS, k):
            return st.norms.norm(sent.start, j + 1)
    return ""


# what closes a sentence, so that a line ending in one is no heading
_SENTENCE_CLOSERS = frozenset(".;!?…,")


def _heading_above(st: _DocState, pos: int) -> str:
    """The normalised numbered heading ("2. Học tập, quán triệt ...") among the 8 lines before
    `pos`, stopping at a list line; "" when none. A list line right under an earlier sub-heading
    of the same heading ("a) ..." and its "- Hội nghị cấp phường: 01" over "b) ...") is passed
    over: both sub-headings go on from the numbered heading above the first."""
    text = st.text
    end = pos - 1
    sibling = False
    for _ in range(16):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        if text.startswith(_LIST_BULLETS, start):
            if not sibling:
                # a list line: go on only if an earlier sub-heading opens the run of list lines
                k = start
                while k > 0 and text.startswith(_LIST_BULLETS, k):
                    k = text.rfind("\n", 0, k - 1) + 1
                if not (text[k : k + 1] in _SUB_LEADS and text.startswith(") ", k + 1)):
                    return ""
                sibling = True
            end = start - 1
            continue
        if sibling and text[start : start + 1] in _SUB_LEADS and text.startswith(") ", start + 1):
            end = start - 1
            continue
        if text[start : start + 1] in _NUMBERED_LEADS and _HEADING_NUMBER_RE.match(text, start) is not None:
            return st.norms.norm(start, end)
        end = start - 1
    return ""


_SUB_LEADS = frozenset("abcdđeg")
_NUMBERED_LEADS = frozenset("0123456789IVX")
# a list line's bare counted word that a lead-in's "số lượt dự thi" describes
_BARE_LIST_NOUNS = frozenset({" lượt ", " người ", " bài "})
_SUPERLATIVE_BEFORE = (" nhất ", " nhất trong ", " nhất toàn ", " đầu tiên trong ", " đầu tiên ở ")
# the number of a bulletin's issue right before its month ("Số 10 (Tháng 10/2020)", "Số 03 – ")
# (Session 14, holdout49's language: an issue numbered within its year, "Số 02/2024 (tháng
# 7/2024)", is an issue too)
_ISSUE_MONTH_RE = fastre.compile(r"\bsố\s+\d{1,3}(?:\s*[/-]\s*(?:19|20)\d\d)?\s*(?:\(|[–-])\s*$")
# capitalised words that open a clause after a colon, not names ("Quận 8: Còn 12 ...")
_CLAUSE_OPENING_WORDS = frozenset({"Còn", "Có", "Đã", "Riêng", "Với", "Gồm", "Trong", "Thêm"})
_LETTERED_LEADS = frozenset("ABCDĐEGHK")


def _reference_before(lower: str, pos: int) -> bool:
    """_REFERENCE_BEFORE_RE in the 60 characters before `pos` (a unit named as a model, in an
    address or as the end of a link)."""
    a = pos - 60 if pos > 60 else 0  # (not max(): see Extractor._number)
    # (`in` on the window, sliced once, costs less than str.find with bounds, which parses them)
    window = lower[a:pos]
    for k in _REFERENCE_KEYS:
        if k in window:
            return _REFERENCE_BEFORE_RE.search(lower, a, pos) is not None
    return False


# the words after which the units a sentence names are what its subject was made from ("Phường
# được thành lập trên cơ sở các phường Thủ Thiêm, An Lợi Đông, ...": the subject is "Phường",
# the ward of the section; the wards listed are its predecessors)
_PREDECESSOR_RE = fastre.compile(
    r"(?:thành lập|hình thành)\s+(?:trên cơ sở|từ)|trên cơ sở (?:sắp xếp|sáp nhập|hợp nhất)"
    r"|(?:sáp nhập|hợp nhất)\s+(?:từ\s+)?(?:các|toàn bộ)"
)


def _predecessor_before(lower: str, a: int, pos: int) -> bool:
    """A predecessor phrase (_PREDECESSOR_RE) in the clause before `pos` (a: sentence start)."""
    # (the clause's start: after the last ";" in the 150 characters before pos, written without
    # max(), which costs more than the searches)
    if pos > a + 150:
        a = pos - 150
    k = lower.rfind(";", a, pos)
    if k != -1:
        a = k + 1
    window = lower[a:pos]  # (`in` costs less than str.find with bounds: see _reference_before)
    if "thành" not in window and "nhập" not in window and "hợp" not in window:
        return False
    return _PREDECESSOR_RE.search(lower, a, pos) is not None


# a body of the city that the unit sends its reports to ("7 báo cáo ... gửi Thường trực Thành
# ủy", "Báo cáo phản ánh tâm tư gửi Thành ủy: 11"): the recipient, not the one that did the work
_RECIPIENT_BEFORE_RE = fastre.compile(
    r"\b(?:gửi|trình)(?:\s+(?:về|lên|tới|đến))?\s+"
    # (after a first addressee of the unit's own level: "gửi Thường trực Quận ủy và Ban Tuyên
    # giáo Thành ủy")
    r"(?:(?:thường trực\s+|ban thường vụ\s+)?(?:quận|huyện|thị|xã|phường|đảng)\s+[uủ]y\s*(?:,|và)\s+)?"
    # (Session 13, holdout41's language: and their abbreviations in list lines, "gửi BTG Thành ủy:
    # 24 định kỳ", "BTV", "TT")
    r"(?:(?:thường trực|ban thường vụ|thường vụ|văn phòng|ban tuyên giáo(?:\s+và\s+dân vận)?|btg(?:\s*(?:&|và)\s*dv)?|btv|tt)\s+)?$"
)
# a city body the unit worked with ("Phối hợp Trường Cán bộ Thành phố mở 1 lớp", "phối hợp với
# Sở Văn hóa ..."): the partner, not the one that did the work
_PARTNER_BEFORE_RE = fastre.compile(r"\bphối hợp(?:\s+với)?(?:\s+[^\s,;.:]+){0,4}\s+$")
# the topic of the work ("phóng sự về Thủ đô ngàn năm văn hiến", "đợt sinh hoạt chính trị về xây
# dựng văn hóa, con người TP.HCM"): a province named there is what is talked about
# (Session 15, holdout52's language: a contest's "tìm hiểu" opens its topic like "về": "Cuộc thi
# tìm hiểu lịch sử Đảng bộ Thành phố thu hút 14.208 lượt người dự thi của quận")
# (holdout62's language: an anniversary's years may stand in the topic, "các sản phẩm về Lễ kỷ
# niệm 70 năm Ngày Giải phóng Thủ đô")
_TOPIC_BEFORE_RE = fastre.compile(r"(?:^|\s)(?:về|tìm hiểu)\s+(?!phía\b)(?:[^;.:\d\n]|\d+\s+năm\s){0,60}$")


def _topic_before(lower: str, a: int, pos: int) -> bool:
    """Does "về" (or "tìm hiểu") open a topic phrase (in its clause, up to 60 characters) that
    reaches `pos`?"""
    if pos > a + 70:  # (not max(): see Extractor._number)
        a = pos - 70
    window = lower[a:pos]  # (not str.find with bounds: see _reference_before)
    if "về " not in window and "tìm hiểu " not in window:
        return False
    return _TOPIC_BEFORE_RE.search(lower, a, pos) is not None


def _former_before(lower: str, pos: int) -> bool:
    """_FORMER_BEFORE_RE ("trước đây", "trước kia", "hồi trước", "cũ") in the 30 characters before
    `pos`."""
    a = pos - 30 if pos > 30 else 0  # (not max(): see Extractor._number)
    window = lower[a:pos]  # (`in` costs less than str.find with bounds: see _reference_before)
    if "trước" not in window and "cũ" not in window:
        return False
    return _FORMER_BEFORE_RE.search(lower, a, pos) is not None


# a city body as the agent of a passive ("được Ban Tuyên giáo và Dân vận Thành ủy đánh giá
# cao", "được Thành ủy tặng bằng khen"): the subject is the one the clause is about
_PASSIVE_AGENT_RE = fastre.compile(
    r"\bđược\s+(?:(?:ban|thường trực|thường vụ|ban thường vụ|ủy ban|uỷ ban|tuyên giáo|dân vận|và)\s+)*$"
)
# a clause opening with the span of the whole report ("Sáu tháng qua, ...", "9 tháng qua",
# "Năm qua, ...", "Trong 5 năm qua", "trong quý, ...", "trong kỳ"): the reporting period of
# the section or the article, whatever period an earlier sentence of the paragraph opened
# ("Cả năm, ...", "cả quý": the whole of the report's span; "Trong 6 tháng, ..." with no year
# or "đầu năm": the report's months)
_REPORT_SPAN_RE = fastre.compile(
    r"\s*[“\"]?\s*(?:(?:trong|suốt)\s+)?(?:(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?"
    r"(?:tháng|năm|quý)\s+(?:qua|vừa qua)\b"
    r"|\s*[“\"]?\s*(?:trong|suốt)\s+(?:quý|kỳ|năm)\s*,"
    r"|\s*[“\"]?\s*cả\s+(?:năm|quý|kỳ|nhiệm\s+kỳ)\s*,"
    r"|\s*[“\"]?\s*(?:trong|suốt)\s+nhiệm\s+kỳ\s*,"
    r"|\s*[“\"]?\s*(?:trong|suốt)\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tháng\s*,"
    # (holdout62's language: "Dịp này, ..." / "Nhân dịp này, ...": what was done on the occasion
    # the report covers, not in the span an earlier sentence opened, "Từ ngày 15/8 đến nay")
    r"|\s*[“\"]?\s*(?:nhân\s+)?dịp\s+này\s*,"
)
# "trong 9 tháng", "suốt 6 tháng" (no "đầu", "cuối" or year after it): the report's months
_BARE_SPAN_RE = fastre.compile(
    r"\b(?:trong|suốt)\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tháng\b"
    r"(?!\s*(?:đầu|cuối|\d|năm|tới|hè|đầu tiên))"
)
# a rate of an age group named before its figure ("Tỷ lệ người từ 18 tuổi trở lên đã tiêm ...
# đạt 97,2%")
_AGE_GROUP_RATE_RE = fastre.compile(r"t[ỷỉ] lệ [^.;:%\d]{0,40}?(?:từ|trên|dưới|độ tuổi)\s+\d{1,3}\s+tuổi")
# people counted by an age group ("1.850 hội viên từ 60 tuổi trở lên"): who they are, not
# whom the work reached
_AGE_LEADS = (" từ ", " trên ", " dưới ", " độ tuổi ", " tuổi từ ")
# a printed item counted by its pages ("tài liệu dày 64 trang", "(Báo cáo gồm 12 trang)")
_PRINT_PARTS = frozenset({"trang", "phần", "chương", "mục", "phụ lục"})
_PRINT_NOUNS = (
    " báo cáo ",
    " tài liệu ",
    " cuốn ",
    " sách ",
    " sổ tay ",
    " ấn phẩm ",
    " kỷ yếu ",
    " tập san ",
    " bản tin ",
    " biên bản ",
)
# the labels of a meeting's minutes that name who sat at it
_MINUTES_LABELS = ("Thành phần", "THÀNH PHẦN", "Chủ trì:", "Thư ký:", "Chủ tọa:", "Chủ toạ:")
# the population of an institution ("có Học viện Nông nghiệp với khoảng 30 nghìn sinh viên")
# ("tập trung nhiều khu nhà trọ với hơn 200 nghìn người lao động": who lives in the place)
_RUN_AFTER = (" lượt trên ", " lượt tại ", " lượt qua ", " lượt khắp ", " lượt xe ", " lượt ở ")
_STOCK_PEOPLE_HEADS = frozenset(
    # (and the short forms of terse summaries, "đ/c" read as "đ c": "62 đ/c (bổ sung 5 đ/c trong
    # quý III)")
    {"đồng chí", "người", "báo cáo", "cộng tác", "tuyên truyền", "thành viên", "cán bộ", "đ c", "bcv", "ctv"}
)
# a word after "N giải" that leaves it a bare count of prizes ("trao 38 giải cho tập thể")
# ("35 giải khác", "12 giải phụ" after the ranked prizes: prizes too)
_PRIZE_NEXT = frozenset({"thưởng", "cho", "của", "và", "trong", "tại", "khác", "phụ"})
# "10 giải tập thể", "30 giải cá nhân": prizes named by whom they go to
_PRIZE_FOR_WHOM = (" giải tập thể ", " giải cá nhân ")
_HOUSEHOLD_PREFIXES = (" hộ dân ", " hộ gia đình ", " hộ ", " căn hộ ")
# ("Quận 7 hiện có 97 chung cư với khoảng 40.000 hộ dân", "có Khu đô thị Nam Thăng Long với gần
# 20 nghìn cư dân", "có 14 trường đại học, học viện cùng khoảng 200 nghìn sinh viên theo học",
# "có 36 tòa chung cư với khoảng 70 nghìn cư dân"; a clause after ";" that opens with the place,
# its "có" in the clause before: "Huyện có 9 xã; nhiều khu đô thị mới với khoảng 30.000 hộ dân")
_INSTITUTION_HAS_RE = fastre.compile(
    r"(?:\b(?:có|tập trung)|;)\s+(?:các\s+|nhiều\s+|[\d.]+\s+)?(?:tòa\s+|toà\s+|dãy\s+|khu\s+)?"
    r"(?:học viện|trường|đại học|viện|bệnh viện|khu công nghiệp|khu chế xuất|nhà máy|chợ|khu nhà trọ|nhà trọ|khu trọ|dãy trọ|ký túc xá|khu đô thị|chung cư|khu chung cư|"
    r"khu dân cư|tòa nhà|toà nhà)\b[^,;]*(?:,[^,;]*)?\s(?:với|cùng)\s*$"
)
# an institution or a place named in capitals, then ", với N <people>" describing it ("Khu vực
# quanh Học viện Tài chính, Trường Đại học Mỏ – Địa chất, với hơn 40 nghìn sinh viên, được chọn
# ..."): who the place has, in apposition (no number between the name and "với")
_INSTITUTION_APPOSITION_RE = fastre.compile(
    r"(?:Học viện|Trường|Đại học|Khu công nghiệp|Khu chế xuất|Khu công nghệ|Khu Công nghệ|Khu đô thị|"
    r"Khu dân cư|Ký túc xá|Làng đại học|"
    # ("khu vực quanh các trường đại học, với hơn 100 nghìn sinh viên": the places named in
    # common nouns, many of them)
    r"(?:các|những|nhiều)\s+(?:trường|học viện|khu công nghiệp|khu chế xuất|ký túc xá|khu nhà trọ))"
    r"(?:\s[^\d;:\n]{0,100})?,\s*(?:với|cùng)\s*$"
)
_SURVEY_RE = fastre.compile(r" (?:\S+ ){0,3}(?:được hỏi|được khảo sát|được phỏng vấn|trả lời khảo sát) ")
_TIMES_ACTIVITY = tuple(f" {w} " for w in TIMES_ACTIVITY_VERBS)
_BROADCAST_ITEMS = tuple(f" {w} " for w in BROADCAST_ITEMS)
_BROADCAST_VERBS = tuple(f" {w} " for w in BROADCAST_VERBS)
_NOT_NEWS_WRITINGS = tuple(f" {w} " for w in NOT_NEWS_WRITINGS)
_KIND_OF_ITEM = tuple(f" {w} " for w in ITEM_KIND_WORDS)
# the rest of a clause after "một" that makes it the speaker ("một báo cáo viên ở xã A kể:")
_SPEAKER_AFTER_RE = fastre.compile(r"[^.;:“\d]{1,80}\s(?:kể|chia sẻ|cho biết|nói|tâm sự|bày tỏ)\s*[:,“]")
_COMMENDED_PEOPLE = tuple(f" {w} " for w in COMMENDED_PEOPLE_NOUNS)
# a commendation right before the number ("tặng giấy khen cho", "khen thưởng", "tuyên dương")
# (Session 15, holdout63's language: or after the collectives commended with them, "tặng giấy
# khen cho 5 tập thể và 11 cộng tác viên")
_COMMEND_BEFORE_RE = fastre.compile(
    r"(?:giấy khen|bằng khen|khen thưởng|tuyên dương|biểu dương)(?:\s+cho)?\s+"
    r"(?:\d[\d.]*\s+tập thể\s*(?:,\s*|\s+và\s+))?$"
)
# "chương trình phát thanh", "chương trình phát sóng": the broadcast named after the item
_AIRED_PROGRAMMES = tuple(f" {i} {v} " for i in BROADCAST_ITEMS for v in BROADCAST_VERBS if v != "phát")
_LIST_BULLETS = ("-", "–", "+", "•", "*")
# before "dưới/không quá N người": the size a gathering was held to ("chỉ được tổ chức với
# dưới 20 người", "tập trung không quá 10 người")
# counted rounds and sittings after a list line's label ("- Triển lãm ảnh lưu động: 2 đợt")
_ROUND_WORDS = (" đợt ", " buổi ", " cuộc ", " lần ")
# labels naming who took part or a level, which the lead-in completes ("- Cấp quận: 3 đợt")
_LABEL_OF_WHO = (" cấp ", " ở cơ sở ", " tại cơ sở ", " cơ sở ", " tổng ", " toàn ")
_GATHERING_CAP_BEFORE = (
    "tổ chức với",
    "tổ chức được với",
    "tập trung",
    "tụ tập",
    "tập trung đông",
    # Session 14 (holdout47's language): "chỉ được họp dưới 10 người", "họp không quá 20 người"
    " họp",
)
# a gathering's kind after a word for each or all of them ("các lớp", "mỗi buổi") right before "dưới
# N người": the size each was held to
_GATHERING_EACH_BEFORE = tuple(
    f"{d} {n}" for d in ("các", "những", "mỗi", "từng") for n in ("lớp", "buổi", "nhóm", "hội nghị", "cuộc", "điểm")
)
_GATHERING_BEFORE = _GATHERING_CAP_BEFORE + _GATHERING_EACH_BEFORE
# the marks a heading line may start with (with the white space after them)
_HEADING_BULLETS = "*•▪■□◆◇●○►▶➢➤✓ \t"
_HAS_DIGIT_RE = fastre.compile(r"\d")
_NOT_DONE = (" chưa ", " không ", " vắng ")
# words that cannot start a counted noun: after "18/11" they leave it a date
_NOT_NOUN_AFTER_DATE = frozenset(
    {
        "và",
        "với",
        "vừa",
        "hằng",
        "hàng",
        "năm",
        "tới",
        "này",
        "của",
        "tại",
        "ở",
        "đã",
        "sẽ",
        "cũng",
        "nhằm",
        "để",
        # "Quốc khánh 2/9 do Đoàn phường tổ chức": "do" (by) introduces the agent
        "do",
    }
)
# the counted nouns that only measure ("158.000 người"): what they count is named before them
# (Session 14, holdout42's language: " đ c ", the norm of "đ/c", which abbreviates "đồng chí" in
# terse summaries: "- BCV cấp quận: 42 đ/c; CTV DLXH: 71 đ/c")
_MEASURE_WORDS = frozenset({" người ", " lượt ", " lượt người ", " đồng chí ", " đ c "})
# the indicators that count people (besides the attendances, which split their audience): what
# a list line's "Label: N người" may count ("- Học viên: 214 người"), not its "lượt truy cập"
_PEOPLE_CODES = frozenset(
    {"trainees", "reporters", "opinion_collaborators", "chat_group_members", "commended_individuals"}
)
# people who did not take part: the negation right after the people counted ("143 đảng viên
# chưa tham gia", "12 người vắng mặt"), or in a list line's label ("Số đảng viên chưa học: 7")
_TAKING_PART_CODES = frozenset({"study_attendance", "propaganda_audience", "trainees"})
# the indicators that count people (a qualifier of a list's first item is not shared across them)
_PEOPLE_CODES = frozenset(
    {
        "study_attendance",
        "propaganda_audience",
        "trainees",
        "reporters",
        "opinion_collaborators",
        "chat_group_members",
        "commended_individuals",
    }
)
_NOT_TAKING_PART_RE = fastre.compile(
    r"(?: \S+){1,4}? (?:(?:chưa|không)(?: được)? (?:tham gia|tham dự|dự|học|đi học|nghe)|vắng)(?!\S)"
)
# the parenthesised part and the words holding figures of a table row's label ("(đến 30/6/2025)",
# "Trung ương 9", "Chỉ thị 05-CT/TW"): read without them
_TABLE_LABEL_FIGURES_RE = fastre.compile(r"\([^()]*\)|\S*\d\S*")
_NOT_TAKING_PART_LABEL_RE = fastre.compile(
    r"(?:chưa|không)(?: được)? (?:tham gia|tham dự|dự|học|đi học|nghe)\b|\bvắng\b"
)
_RANK_BEFORE = [w.split() for w in RANK_BEFORE]
_CAPACITY_BEFORE = [w.split() for w in CAPACITY_WORDS]
# (their last words: a cheap first test of the word before a number)
_RANK_LAST = frozenset(w[-1] for w in _RANK_BEFORE)
_CAPACITY_LAST = frozenset(w[-1] for w in _CAPACITY_BEFORE)
_PRIZE_WORDS = tuple(f" {w} " for w in PRIZE_WORDS)
_PRIZE_WON = tuple(f" {w} " for w in PRIZE_WON_WORDS)
_RANK_AFTER = tuple(f" {w} " for w in RANK_AFTER_WORDS)
_PLAN_SHARE = tuple(f" {w} " for w in PLAN_SHARE_NOUNS)
_REACHED_WORDS = (
    " được tuyên truyền ",
    " được nghe ",
    " được tiếp cận ",
    " được phổ biến ",
    " được thông tin ",
)
# counts of a page's followers: what the page has, a stock
# ("4.100 lượt người theo dõi" counts views over a period: a flow)
_FOLLOWER_NOUNS = (" người theo dõi ",)
_FOLLOWERS_TOTAL_RE = fastre.compile(r"\bsố người theo dõi\b")
# "Zalo OA của phường có 12.400 người quan tâm": the word a Zalo OA uses for its followers, read
# so only after a page named before it in the clause
_OA_FOLLOWER_NOUN = " người quan tâm "
# a verb of the work after "có" ("có tổ chức", "có tuyên truyền"): "did", not "have"
_DID_WORK = (" tổ chức ", " tuyên truyền ", " phối hợp ", " mở ", " triển khai ", " quán triệt ", " học tập ")
_PAGE_WORDS = ("zalo", "fanpage", " oa ")
# "trang" as a page ("trang thông tin", "trang Zalo"), not "trang trọng", "trang bị", "trang trí"
_PAGE_TRANG_RE = fastre.compile(r"\btrang\b(?! (?:trọng|bị|trí|phục|nghiêm|sức|điểm|trại|trải))")


def _page_before(lower: str, clause_start: int, start: int) -> bool:
    """ "Zalo OA ... có 12.400 người quan tâm": a page named before the number in its clause."""
    before = lower[clause_start:start]
    return any(w in before for w in _PAGE_WORDS) or (
        "trang" in before and _PAGE_TRANG_RE.search(before) is not None
    )


_HOLDING = frozenset(HOLDING_VERBS)
_OVERSEEING = frozenset(OVERSEEING_VERBS)
_TOURISTS = tuple(f" {w} " for w in TOURIST_NOUNS)
_TOURIST_FIRST = frozenset(w.split()[0] for w in TOURIST_NOUNS)
_OVERSEEING_LAST = frozenset(w.split()[-1] for w in OVERSEEING_VERBS)
_OVERSEEN_UNITS = tuple(f" {w} " for w in OVERSEEN_UNIT_NOUNS)
_HOLDING_LAST = frozenset(w.split()[-1] for w in HOLDING_VERBS)
_PRIZE_RANKS = frozenset(PRIZE_RANK_WORDS)
_RANK_DISTINCTION = tuple(f" {w} " for w in RANK_DISTINCTION_WORDS)
_ECONOMY_SHARE = tuple(f" {w} " for w in ECONOMY_SHARE_NOUNS)
_WORKING = tuple(f" {w} " for w in WORKING_WORDS)
_PLACE_OF_PEOPLE = tuple(f"nơi {w} của" for w in ("làm việc", "sinh sống", "học tập", "cư trú", "ở"))
_WORKFORCE_LAST = frozenset(w.split()[-1] for w in WORKFORCE_VERBS)
_CONTEST_ENTRY = tuple(f" {w} " for w in CONTEST_ENTRY_WORDS)
_MEMBER_HEADS = frozenset(w.split()[0] for w in MEMBER_NOUNS)
_MEMBER_NOUNS = tuple(f" {w} " for w in MEMBER_NOUNS)
_PARTY_ORG_NOUNS = tuple(f" {w} " for w in PARTY_ORGANISATION_NOUNS)
_PARTY_ORG_FIRST = frozenset(p.split()[0] for p in _PARTY_ORG_NOUNS)  # (like _PEOPLE_FIRST)
# "3,4 triệu lao động cả nước", "5 triệu đoàn viên toàn quốc": the country's people
_NATION_PEOPLE = tuple(
    f" {w} {c} "
    for w in ("lao động", "người lao động", "công nhân", "người", "đảng viên", "đoàn viên", "hội viên", "người dân")
    for c in ("cả nước", "toàn quốc")
)
_PARTY_ORG_ROLE_BEFORE = tuple(f" {w} " for w in PARTY_ORG_ROLE_BEFORE)
# who may be the subject of the work in _ORGS_DO_RE: party organisations, training centres
_ORGS_DOING = (*_PARTY_ORG_NOUNS, " trung tâm ")


def _heads(phrases: Iterable[str]) -> frozenset[str]:
    """The first one or two words of each phrase (" báo cáo viên " -> "báo cáo"): a noun (norm)
    that starts with the phrase starts with them, as its first word or its first two joined."""
    return frozenset(" ".join(p.split()[:2]) for p in phrases)


# The rules of Extractor._number's first group for a counted noun (the two blocks under `keyed`)
# each read a number only when the noun opens with a word or two the rule names (_CHAIN_HEADS:
# the noun's first word, or its first two joined, is one of them), when the word right before the
# number is one the rule names (_CHAIN_LAST_PRE), after an "at most" qualifier, or for a member's
# noun after a comma: a number with none of them ("tổ chức 12 lớp", "thu hút 2.400 lượt người")
# skips the blocks at once. A rule added to the blocks adds its words here. In the rules' order:
_CHAIN_HEADS = (
    frozenset(NOT_COUNTED_NOUNS)
    | _NOT_COUNTED_PHRASE_HEADS
    | {"chương", "giải", "là", "điểm"}
    | _NOT_WORK_HEADS
    | frozenset(POPULATION_NOUNS)
    # (the workforce of a place: people, not "lượt ...")
    | _heads(p for p in _PEOPLE_PREFIXES if not p.startswith(" lượt "))
    | _heads(_NATION_PEOPLE)
    | _heads(_MEMBER_NOUNS)
    | _heads(_PARTY_ORG_NOUNS)
    | _CONGRESS_PEOPLE_HEADS
    | _heads(_ORGS_DOING)
    | frozenset(MONEY_NOUNS)
    | _PRINT_PARTS
    | {"bản"}
    | frozenset(PRIZE_ITEM_NOUNS)
    | frozenset(PRIZE_WINNER_NOUNS)
)
# the words of sequence that may open a clause before its subject ("sau đó 14 đảng bộ phường ...")
_SEQUENCE_WORDS = frozenset({"sau đó", "tiếp đó", "tiếp theo", "kế đó"})
_SEQUENCE_LAST = frozenset(w.split()[-1] for w in _SEQUENCE_WORDS)
# ("nơi có", "đón", "của", an address's word, "bình quân", "với", "và", "bổ sung", "cùng")
_CHAIN_LAST_PRE = (
    frozenset({"có", "đón", "của", "với", "và", "sung", "cùng"}) | _ADDRESS_WORDS | {w[-1] for w in _AVERAGE_WORDS}
)
# "cho cán bộ chủ chốt của quận và": an audience named before "và" (no number among them)
_FOR_WHOM_RE = fastre.compile(r"\bcho\s+[^;:.\d]{3,70}\svà\s+$")
# "Đảng bộ huyện (hiện) có 14.000 đảng viên": an organisation as the subject of "có" right
# before the number (not "hội nghị", "hội thi" ...: events whose attendees are counted)
_ORGANISATION_NAME = (
    r"(?<![\w])(?:"
    + "|".join(w for w in MEMBER_ORGANISATION_WORDS if w != "hội")
    + r"|hội(?!\s+(?:nghị|thi|thảo|diễn|chợ|sách|trại|báo)))\b[^,;.:\d]{0,60}?"
)
_ORGANISATION_HAS = _ORGANISATION_NAME + r"\s(?:hiện\s+|hiện nay\s+|đã\s+)?có"
# a place's residents counted right before "và" ("8,4 triệu dân và", "12.000 người dân và")
_RESIDENTS_AND_RE = fastre.compile(
    r"\d\s*(?:triệu|nghìn|ngàn|vạn)?\s+(?:dân|người dân|cư dân|nhân khẩu|dân cư)\s+và\s*$"
)
_MEMBERS_OF_RE = fastre.compile(_ORGANISATION_HAS + r"\s*$")
# "Toàn thành phố (hiện) có": a place as a whole as the subject of "có" right before members
_WHOLE_PLACE_HAS_RE = fastre.compile(
    r"\btoàn\s+(?:thành phố|quận|huyện|thị xã|phường|xã|thị trấn|tỉnh)\b[^,;.:\d]{0,30}?\s(?:hiện\s+|hiện nay\s+)?có\s*$"
)
# "Đảng bộ quận hiện có 68 tổ chức cơ sở đảng với hơn 17.000 đảng viên": the members listed with
# "với" after the organisations the body has are its size too
_MEMBERS_WITH_RE = fastre.compile(
    _ORGANISATION_HAS
    + r"\s+(?:\S+\s+)?\d[\d.,]*\s+(?:"
    + "|".join(re.escape(w) for w in MEMBER_NOUNS)
    # ("... có trên 12.500 đảng viên sinh hoạt ở 214 tổ chức cơ sở đảng": where they belong)
    + r")\s+(?:với|sinh hoạt\s+(?:ở|tại))\s*$"
)
# "Hội Liên hiệp Phụ nữ quận, với": an organisation, then its members in apposition between commas
_MEMBERS_APPOSITION_RE = fastre.compile(_ORGANISATION_NAME + r",\s*với\s*$")
_APPOSITION_CLOSE_RE = fastre.compile(
    r"\s+(?:" + "|".join(re.escape(w) for w in MEMBER_NOUNS) + r")\s*,"
)
_WORKPLACE_RE = fastre.compile(
    r"\b(?:"
    + "|".join(WORKPLACE_WORDS)
    # (session 14, holdout54's language: commas between the places' names, "các khu công nghiệp
    # Thăng Long, Bắc Thăng Long – Nội Bài thu hút trên 50.000 lao động")
    + r")\b[^;.\d]{0,60}?\s(?:"
    + "|".join(WORKFORCE_VERBS)
    + r")\s*$"
)
# the verbs of the work between a workplace and a comma: the people after it are an audience
_WORK_VERB_RE = fastre.compile(r"\b(?:tổ chức|tuyên truyền|phối hợp|mở)\b")
# a count of people right after a count of the places a unit covers ("với 21 phường và hơn 420
# nghìn người", "gồm 12 xã, 150 nghìn dân"): the population of that territory
_TERRITORY_BEFORE_RE = fastre.compile(
    r"\d[\d.,]*\s+(?:phường|xã|thị trấn|quận|huyện|khu phố|ấp|thôn|tổ dân phố)"
    r"(?:\s*(?:,|và)\s*(?:phường|xã|thị trấn))?\s*(?:và|,|với)\s*$"
)
# a count of dwellings right before "với" and the people living there counted after it ("14 khu
# tập thể cũ với khoảng 60 nghìn cư dân", "26 tòa chung cư với 40.000 người")
_DWELLINGS_WITH_RE = fastre.compile(
    r"\d[\d.,]*\s+(?:khu tập thể|khu chung cư|tòa chung cư|toà chung cư|tòa nhà|toà nhà|chung cư|"
    r"khu dân cư|khu đô thị|khu nhà ở)[^\d;:()]{0,30}?\s+với\s*$"
)
# a count of schools or workplaces right before "với"/"có" and the people counted after it
# ("20 trường đại học, học viện với ...", "45 doanh nghiệp có ...")
_INSTITUTION_COUNT_RE = fastre.compile(
    r"\d[\d.,]*\s+(?:trường|học viện|doanh nghiệp|công ty|nhà máy|xí nghiệp|khu công nghiệp|"
    r"khu chế xuất|cơ sở giáo dục|bệnh viện)[^\d;:()]{0,50}\s(?:với|có)\s*$"
)
_AT_PLACE_RE = fastre.compile(r"\b(?:tại|ở|trong|đến|về|xuống|cho)\s+(?:các\s+|nhiều\s+|[\d.,]+\s+)?$")
_SURVEY_SOURCE_RE = fastre.compile(r"\btheo\s+(?:\S+\s+){0,3}?(?:" + "|".join(SURVEY_SOURCE_WORDS) + r")\b")


def _works_at_place(lower: str, a: int, b: int) -> bool:
    """A workplace (khu công nghiệp, nhà máy ...) as the subject of a verb that gives its
    people ("có", "thu hút") right before lower[b] (within lower[a:b]); not a workplace where
    an activity took place ("tổ chức 132 buổi nói chuyện tại 18 khu công nghiệp với ...")."""
    for w in ("khu ", "cụm ", "nhà máy", "doanh nghiệp", "công ty", "xí nghiệp"):  # (a loop: no generator)
        if lower.find(w, a, b) != -1:
            break
    else:
        return False
    m = _WORKPLACE_RE.search(lower, a, b)
    if m is not None and "," in m.group() and _WORK_VERB_RE.search(m.group()) is not None:
        # ("Đảng ủy phối hợp với các doanh nghiệp trong khu công nghiệp tổ chức tuyên truyền, thu
        # hút ... công nhân": past a comma after a verb of the work the people are its audience;
        # a comma only parts the places' names)
        return False
    # ("Tại Khu Công nghệ cao, nơi có trên 50 nghìn lao động, Ban ...": a relative clause
    # "nơi có" gives the people of the place, wherever the sentence's activity is)
    return m is not None and (
        _AT_PLACE_RE.search(lower, max(a, m.start() - 20), m.start()) is None or ", nơi" in m.group()
    )


def _people_of_institutions(lower: str, a: int, b: int) -> bool:
    """Is a count of people ending at `b` given as the people of schools or workplaces counted
    right before it ("20 trường đại học với 220 nghìn sinh viên"), not of places an activity
    was held at ("tuyên truyền tại 20 doanh nghiệp với ...")?"""
    m = _INSTITUTION_COUNT_RE.search(lower, a, b)
    return m is not None and _AT_PLACE_RE.search(lower, max(a, m.start() - 20), m.start()) is None


def _relative_part(lower: str, pre: str, end: int, clause_end: int, noun_norm: str) -> str:
    """The noun phrase after a number, ending at the comma that closes a relative clause "nơi
    có" ("Khu chế xuất A, nơi có khoảng 60.000 công nhân đang làm việc, là địa bàn được ...")."""
    if ", nơi" not in pre:
        return noun_norm
    comma = lower.find(",", end, clause_end)
    return noun_norm if comma == -1 else norm(lower[end:comma])


def _listed_with_territory(lower: str, a: int, b: int, noun_norm: str) -> bool:
    """Is a count of people listed right after a count of wards or communes ("21 phường và hơn
    420 nghìn người"), and not linked to an activity ("... tham gia")?"""
    if not any(c.isdigit() for c in lower[a:b]):
        return False
    return _TERRITORY_BEFORE_RE.search(lower, a, b) is not None and _no_participation(noun_norm)


def _survey_before(lower: str, a: int, pos: int) -> bool:
    """Does the sentence give a survey as the source of what follows ("Theo một khảo sát, ...")
    before `pos`?"""
    if not any(lower.find(w, a, pos) != -1 for w in SURVEY_SOURCE_WORDS):
        return False
    return _SURVEY_SOURCE_RE.search(lower, a, pos) is not None


def _bare_issue_count(noun_norm: str) -> bool:
    """ "phát hành 12 số", "đã phát 74 số", "12 số, mỗi số ...": "số" as the issues of a
    bulletin or a programme stands alone (or before how or when); "số" before another noun is
    "number" or "some" ("một số chi bộ")."""
    rest = noun_norm.split(None, 2)[1:2]
    # ("96 số chương trình “...”": issues of a programme; "12 số chuyên san", "số bản tin")
    return (
        not rest or rest[0] in _BARE_TAIL_WORDS or rest[0] in ("bản", "báo", "tạp", "đặc", "chương", "chuyên")
    )


# an institution named (capitalised) as the subject of "có" right before a count of people
_INSTITUTION_SUBJECT_RE = fastre.compile(
    r"(?:Học viện|Trường|Đại học|Viện|Bệnh viện|Khu công nghiệp|Khu chế xuất)\s+[^,;:()]{0,60}?\s+"
    r"(?:hiện\s+)?có(?:\s+(?:khoảng|gần|hơn|trên|chừng|ước|xấp xỉ))?\s*$"
)


def _institution_name(head: str) -> bool:
    """Does `head` end with the name of an institution whose name ends in a number ("Bệnh viện
    Nhân dân 115", "Học viện Chính trị khu vực 2")? The words after "viện" start with a capital."""
    words = head.split()[-6:]
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower() == "viện":
            rest = words[i + 1 :]
            return 1 <= len(rest) <= 4 and rest[0][:1].isupper() and not rest[-1].endswith((",", ";", ":"))
    return False


def _sentence_back(lower: str, pos: int, n: int) -> int:
    """Where a look-back of n characters before pos starts, not crossing into an earlier
    sentence ("... Đại hội sẽ diễn ra trong tháng 7.\n\nNhiệm kỳ 2015 - 2020, ...": the term
    opening a paragraph is no term of the congress named before it)."""
    lo = pos - n if pos > n else 0
    cut = lower.rfind("\n", lo, pos)
    dot = lower.rfind(". ", lo if cut == -1 else cut, pos)  # (only one after the line break counts)
    if dot != -1:
        cut = dot
    return lo if cut < 0 else cut + 1


def _is_year(v: float) -> bool:
    return float(v).is_integer() and 1900 <= v <= 2100


def _end_of_words(s: str, n: int) -> int:
    """The length of the start of `s` that holds its first `n` words (up to the next word)."""
    parts = s.split(None, n)
    return len(s) - len(parts[n]) if len(parts) > n else len(s)


def _last_words(s: str, n: int) -> list[str]:
    """The last `n` words of `s` (s.split()[-n:], without splitting all of s)."""
    parts = s.rsplit(None, n)
    return parts[1:] if len(parts) > n else parts


class _SuffixSet:
    """Phrases looked up by the last one, two or three words of a text (whole words only)."""

    def __init__(self, phrases: tuple[str, ...] | frozenset[str]):
        self.phrases = frozenset(phrases)
        self.max_words = max((len(p.split()) for p in self.phrases), default=1)
        # the last word of each phrase: a text ending in none of them needs no more look-ups
        self.last_words = frozenset(p.rsplit(" ", 1)[-1] for p in self.phrases)

    def longest_suffix(self, s: str) -> str | None:
        words = _last_words(s[-60:], self.max_words)
        if not words or words[-1] not in self.last_words:
            return None
        for k in range(len(words), 0, -1):
            cand = " ".join(words[-k:])
            if cand in self.phrases:
                # the phrase must start at a word boundary of s (not inside a longer word)
                return cand
        return None


_QUALIFIER_OF = dict(QUALIFIER_WORDS)
_QUALIFIERS = _SuffixSet(tuple(_QUALIFIER_OF))
_DOCUMENT_WORDS = _SuffixSet(DOCUMENT_WORDS)
_NAMED_BODY_WORDS = _SuffixSet(NAMED_BODY_WORDS)
_ORDINAL_WORDS = _SuffixSet(ORDINAL_WORDS)
_TRAP_PHRASE_LAST = _DOCUMENT_WORDS.last_words | _NAMED_BODY_WORDS.last_words | _ORDINAL_WORDS.last_words
_FUTURE_CLAUSE_PADDED = tuple(f" {w} " for w in FUTURE_CLAUSE_WORDS)  # (as they stand in a norm())
_FUTURE_CLAUSE_LAST = frozenset(w.split()[-1] for w in FUTURE_CLAUSE_WORDS)  # (one is in any of them)
_DURATION_WORDS = frozenset(DURATION_WORDS)
_DURATION_FIRST = frozenset(w.split()[0] for w in DURATION_WORDS if " " in w)  # (of the longer ones)
_DAY_EVENT_WORDS = frozenset(DAY_EVENT_WORDS)
_CHANGE_RATIO_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in CHANGE_WORDS + RATIO_WORDS)
_DATE_ORDINALS = frozenset(
    {"ngày", "tháng", "năm", "quý", "tuần", "sáng", "chiều", "tối", "đêm", "trưa", "hôm", "năm học"}
)


def _tails(words: list[str], n: int = 3) -> list[str]:
    """The last one, two, three words joined: the phrases that can end right before a number."""
    return [" ".join(words[-k:]) for k in range(min(n, len(words)), 0, -1)]


def _context_trap(
    pre: str,
    pre_words: list[str],
    prev_word: str,
    prev_word_is_first: bool,
    after_lower: str,
    tok: NumberToken,
    name_checks: bool = True,
) -> str | None:
    """pre_words: the last four (or more) words of `pre`; after_lower: the 80 characters after."""
    # (the first word after: the words after it are split off only where a duration may start)
    first = after_lower.split(None, 1)
    first = first[0] if first else ""
    nxt = first.strip(",.;:)")  # ("trong 6 tháng)")
    if "/" in nxt:
        nxt = nxt.split("/", 1)[0]  # "thời lượng 15 phút/chương trình": a duration per item
    if not name_checks:
        return _duration_trap(pre, after_lower, first, nxt, tok)
    # the phrases that can end right before the number; every one ends in the last word, so
    # none can be a name, code or ordinal word unless that word ends one of them
    last = pre_words[-1] if pre_words else ""
    after_no = last == "số"
    tails = _tails(pre_words) if last in _TRAP_PHRASE_LAST else []
    if after_no or tails:
        if after_no:
            doc_tails = (
                _tails(pre_words[:-1]) if len(pre_words) > 1 and pre_words[-2] in _TRAP_PHRASE_LAST else []
            )
        else:
            doc_tails = tails
        # document names and codes: "Kế hoạch 138", "Chỉ thị số 05"
        if not _DOCUMENT_WORDS.phrases.isdisjoint(doc_tails):
            return "document_code"
        if after_no and pre_words[-2:-1] != ["tổng"]:
            return "address"
        if not _NAMED_BODY_WORDS.phrases.isdisjoint(tails):
            return "named_body"
        ordw = next((t for t in tails if t in _ORDINAL_WORDS.phrases), None)
        if ordw == "số" and pre_words[-2:-1] == ["tổng"]:
            ordw = None  # "tổng số 415 học viên": the total, not number 415
        if ordw:
            return "date" if ordw in _DATE_ORDINALS else "ordinal"
    # "lúc 7 giờ 30", "8 giờ 15 phút": the minutes of a time of day
    if last == "giờ" and pre_words[-2:-1] and pre_words[-2].isdigit():
        return "date"
    # "xe buýt tuyến 03", "hoặc tuyến 122": a route's number (not "trực tuyến 12 hội nghị")
    if last == "tuyến" and pre_words[-2:-1] not in (["trực"], ["vô"], ["hữu"]):
        return "named_body"
    # a capitalised word right before (not the sentence's first word): a proper name (not one
    # that ends a clause: "... về xây dựng Đảng; 14 hội nghị")
    if (
        prev_word
        and prev_word[:1].isupper()
        and not prev_word_is_first
        and not prev_word.endswith((",", ":", ";"))
    ):
        return "named_body"
    if (
        tok.shape == "number"
        and tok.value is not None
        and 1900 <= tok.value <= 2100  # (most numbers: no call)
        and _is_year(tok.value)
        and "." not in tok.text
    ):
        return "year"
    return _duration_trap(pre, after_lower, first, nxt, tok)


def _duration_trap(pre: str, after_lower: str, first: str, nxt: str, tok: NumberToken) -> str | None:
    """first: the first word of after_lower; nxt: that word without its marks."""
    if tok.shape in ("number", "words", "range") and (nxt in _DURATION_WORDS or first in _DURATION_FIRST):
        after_words = after_lower.split(None, 4)[:4]  # (no more are read)
        if (
            nxt in _DURATION_WORDS
            # ("thập kỷ", "ngày đêm": two words, looked up after the first of one)
            or (
                len(after_words) > 1
                and after_words[0] in _DURATION_FIRST
                and " ".join(after_words[:2]) in _DURATION_WORDS
            )
        ):
            if nxt == "ngày" and len(after_words) > 1 and after_words[1].strip(",.") in _DAY_EVENT_WORDS:
                return None
            if any(w in pre for w in ANNIVERSARY_WORDS[:1]) or any(
                " ".join(after_words[:4]).startswith(w) for w in ANNIVERSARY_WORDS[1:]
            ):
                return "anniversary"
            return "duration"
    if tok.shape == "number" and tok.text.startswith("0") and len(tok.text.replace(".", "")) >= 8:
        return "phone"
    return None


# the marks closing a name or an occasion at a list line's label's end ("“Quận 3 ngày nay”",
# "(Quốc khánh 2/9)"), each with the mark opening it
_NAME_CLOSERS = {")": "(", "]": "[", "”": "“", '"': '"', "»": "«"}


def _without_closing_name(label: str) -> str:
    """A list line's label without the quoted name or the bracketed part closing it ("Pano, băng
    rôn (73 năm CMT8 và Quốc khánh 2/9)" -> "Pano, băng rôn", "trên Zalo OA “Quận 3 ngày nay”"
    -> "trên Zalo OA"): the label unchanged when nothing is left before the name."""
    label = label.rstrip()
    opener = label.rfind(_NAME_CLOSERS[label[-1]], 0, len(label) - 1)
    if opener <= 0 or not label[:opener].strip():
        return label
    return label[:opener].rstrip()


def _counted_label(text: str, line_start: int, colon: int) -> bool:
    """Does a list line's label ("- Băng rôn, khẩu hiệu, pano: 1.150") name things that are
    counted: a few words, no figure, the first of them no word that measures or only places
    ("Thời gian", "Địa điểm", "Điện thoại", "Khu vực ...")?"""
    label = text[line_start:colon].lstrip("".join(_LIST_BULLETS) + " \t")
    if text[colon - 1] in _NAME_CLOSERS and any(c.isdigit() for c in label):
        label = _without_closing_name(label)  # ("- Pano, băng rôn (Quốc khánh 2/9): 540")
    purpose = _LABEL_PURPOSE_RE.search(label)
    if purpose is not None and purpose.start() > 0:
        # "- Băng rôn, cờ phướn tuyên truyền Quốc khánh 2/9 và Đại hội ...: 380", "- Tờ gấp in
        # và phát tới các tổ dân phố: 2.000": the things counted come before what they were for
        # or where they went (whose words may hold a date); "- Báo cáo chuyên đề về công tác
        # ... gửi Ban Tuyên giáo Thành ủy: 38": before their topic
        label = label[: purpose.start()]
    words = norm(label).split()
    # (a list of things may be longer: "Băng rôn, khẩu hiệu, pano, áp phích: 2.150")
    if not words or any(c.isdigit() for c in label) or ";" in label:
        return False
    if len(words) > (8 if "," in label else 6) and not (
        # "- Băng rôn, khẩu hiệu, pano, cờ Đảng, cờ Tổ quốc: 840": a list of things, each named in
        # a word or two, may be longer still
        "," in label
        and len(words) <= 14
        and all(len(item.split()) <= 3 for item in label.split(","))
    ):
        return False
    first_two = " ".join(words[:2])
    return not (
        words[0] in NOT_COUNTED_NOUNS
        or first_two in NOT_COUNTED_NOUNS
        or first_two in _NOT_COUNTED_LABELS
        or words[0] in POPULATION_NOUNS
    )


# what a list line's counted things were for, after them in its label (or what was done with
# them: "- Ý kiến góp ý được tổng hợp: 317"; session 15: "- Mô hình, điển hình mới đăng ký thực
# hiện: 67", the models registered)
# (holdout62's language: what a leaflet or film introduces, "- Tờ gấp giới thiệu danh sách người
# ứng cử ...: 56.000")
_LABEL_PURPOSE_RE = fastre.compile(
    r"\s(?:tuyên truyền|chào mừng|phục vụ|kỷ niệm|về|gửi|được|đăng ký|giới thiệu|(?:in|in ấn)(?:\s+và|,)\s+\w+|"
    r"(?:phát|gửi|cấp phát|chuyển)\s+(?:tới|đến))\s"
)
# labels that give no count of things ("Thời gian: 2 ngày", "Điện thoại: ...", "Ghi chú: ...")
_NOT_COUNTED_LABELS = frozenset(
    {"thời gian", "địa điểm", "điện thoại", "ghi chú", "khu vực", "địa chỉ", "diện tích", "dân số", "tổng số"}
)


def _looks_counted(noun_words: list[str], percent: bool) -> bool:
    """A number followed by a noun (or a percentage) reports a count; a bare number does not."""
    if percent:
        return True
    if not noun_words:
        return False
    w = noun_words[0].strip(",.;")
    return bool(w) and (w[:1].islower() or (w.isupper() and any(c.isdigit() for c in w)) or w.isupper())
