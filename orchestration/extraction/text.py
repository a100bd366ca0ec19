"""Splitting a report into paragraphs and sentences, keeping character offsets."""

from __future__ import annotations

import re
import unicodedata

from orchestration.extraction import fastre
from orchestration.extraction.records import Record


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


class Sentence(Record):
    """A sentence's offsets in the text, its paragraph and whether it opens it."""

    __slots__ = ("end", "first_in_para", "para", "start")

    def __init__(self, start: int, end: int, para: int, first_in_para: bool):
        self.start = start
        self.end = end
        self.para = para  # paragraph index
        self.first_in_para = first_in_para


# Abbreviations after which a dot does not end a sentence ("TP. Hồ Chí Minh", "Q. 1").
_ABBREV = frozenset(
    {
        "tp",
        "q",
        "p",
        "h",
        "tx",
        "tt",
        "ths",
        "ts",
        "pgs",
        "gs",
        "st",
        "bs",
        "ks",
        "v.v",
        "đ/c",
        "đc",
        "nxb",
        "mr",
        "ms",
        "no",
        "tr",
    }
)
# A sentence ends at . ! ? … (or a caption bar "|") followed by an upper-case start.
# (whether an upper-case letter follows is checked in Python: Vietnamese capitals like Ấ, Ở, Ủ
# lie inside the à-ỹ range, so a character class cannot tell them apart)
# [.!?…]+[\"”»)]?  or  a bar "|" before a space or the end of a line; each branch is found by a
# substring search for its first character (see fastre.Alternation). No match spans a line.
_END_SCAN = fastre.Alternation(
    [re.escape(c) + r"[.!?…]*[\"”»)]?" for c in ".!?…"] + [r"\|(?=\s|$)"], re.MULTILINE
)
# a bar with no space after it (a TAB of a pasted table made a bar: "Nội dung|Quý III")
_TIGHT_BAR_RE = re.compile(r"\|(?=\S)")
_OPENERS = '"“«('


def split_sentences(text: str, tight_bars: bool = False) -> list[Sentence]:
    """The sentences of `text`, line by line. `tight_bars`: a bar right after a cell's text
    ends the cell too (a table pasted with TABs, each TAB made a bar: "Nội dung|Quý III")."""
    out: list[Sentence] = []
    pos = 0
    para = 0
    n = len(text)
    # the possible ends of the whole text, taken line by line (no line has one before its text)
    ends = list(_END_SCAN.finditer(text))
    if tight_bars:
        ends = sorted(ends + list(_TIGHT_BAR_RE.finditer(text)), key=_match_start)
    k_end = 0
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl == -1 else nl
        s = pos
        while s < line_end and text[s].isspace():
            s += 1
        if s < line_end:
            first = True
            cur = s
            k_first = k_end
            while k_end < len(ends) and ends[k_end].start() < line_end:
                k_end += 1
            for m in ends[k_first:k_end]:
                mark = m.group()
                if mark == "|":
                    if m.start() > 0 and not text[m.start() - 1].isspace() and not tight_bars:
                        continue
                else:
                    j = m.end()
                    while j < line_end and text[j].isspace():
                        j += 1
                    while j < line_end and text[j] in _OPENERS:
                        j += 1
                    # (a sentence may open with a figure: "... đạt 95,8%. 34 đảng bộ ...")
                    # (after a space: "20.012" is one number)
                    if j >= line_end or not (
                        text[j].isupper() or (text[j].isdigit() and text[m.end()].isspace())
                    ):
                        continue
                if mark[0] == ".":
                    # dot right after an abbreviation or a one-letter initial: not an end
                    j = m.start()
                    k = j
                    while k > cur and not text[k - 1].isspace():
                        k -= 1
                    word = text[k:j].lower()
                    if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                        continue
                end = m.end()
                if text[cur:end].strip(" |"):
                    out.append(Sentence(cur, end, para, first))
                    first = False
                cur = end
                while cur < line_end and text[cur].isspace():
                    cur += 1
            if cur < line_end and text[cur:line_end].strip(" |"):
                out.append(Sentence(cur, line_end, para, first))
            para += 1
        pos = line_end + 1
    return out


def _match_start(m: re.Match[str]) -> int:
    return m.start()
