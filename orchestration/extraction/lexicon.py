"""The indicator lexicon: dbt_project/seeds/indicators.csv read as classification rules.

Columns used here (beyond code,name_vi,name_en,kind,unit_vi,unit_en, which dbt reads):
  cue_phrases       pipe-separated counted nouns; the words right after the number must start
                    with one of them ("lớp|hội nghị")
  phrase_any        one of these must be in the counted noun phrase (empty: no condition)
  context_any       one of these must be in the clause around the number (empty: none)
  context_none      none of these may be in the noun phrase or the clause before the number
  audience_party_members / audience_masses
                    phrases of the noun phrase that make the audience party_members / masses;
                    both empty: the indicator is never split by audience
  priority          the highest priority wins among matching rows; ties: the longest cue
Adding an indicator is a new row here (and a test), no Python.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Callable
from pathlib import Path

from orchestration.extraction import fastre
from orchestration.extraction.records import FrozenRecord

BASE_COLUMNS = ("code", "name_vi", "name_en", "kind", "unit_vi", "unit_en")
RULE_COLUMNS = (
    "cue_phrases",
    "phrase_any",
    "context_any",
    "context_none",
    "audience_party_members",
    "audience_masses",
    "priority",
)
_KINDS = ("flow", "stock", "rate")
_NON_WORD = fastre.compile(r"[^\w%]+")
_DIGIT = fastre.compile(r"\d")


def norm(s: str) -> str:
    """Lower-case words separated by single spaces, padded: ' cán bộ đảng viên '.

    Phrases and texts are compared in this form, so that punctuation and case never matter
    and a substring test is a whole-word test. The input is NFC already (the extractor
    normalises each document, the lexicon each cell).
    """
    return " " + _NON_WORD.sub(" ", s.lower()).strip() + " "


# The punctuation of reports, blanked in one copy of the document with str.replace (much
# faster than a regex over Vietnamese text).
_COMMON_PUNCT = ",.;:()\"“”/-–…'‘’!?[]+*•&"


class NormText:
    """`norm` of slices of one document, without a regex pass per slice.

    The document is lower-cased once and its common punctuation blanked; `norm(text[a:b])` is
    then the words of that copy's slice, joined by single spaces. A word that is not all
    letters and digits ("98%", "a_b", or one with a rarer symbol the blanking left) is split
    the way `norm` splits it. This needs `text[a:b].lower()` to be `text.lower()[a:b]`: true
    unless a character's lower case is longer than one character or depends on its
    neighbours (Greek capital sigma), in which case each slice is normalised on its own.
    """

    __slots__ = ("_blank", "text")

    def __init__(self, text: str, lower: str | None = None):
        """lower: text.lower(), if the caller has it already."""
        self.text = text
        low = text.lower() if lower is None else lower
        if len(low) != len(text) or "Σ" in text:
            self._blank: str | None = None
            return
        for ch in _COMMON_PUNCT:
            if ch in low:
                low = low.replace(ch, " ")
        self._blank = low

    def may_contain(self, a: int, b: int, word: str) -> bool:
        """False only if the lower-case `word` (letters) is surely no word of norm(text[a:b])."""
        return self._blank is None or self._blank.find(word, a, b) != -1

    def norm(self, a: int, b: int) -> str:
        """norm(text[a:b])."""
        if self._blank is None:
            return norm(self.text[a:b])
        words = self._blank[a:b].split()
        if not all(map(str.isalnum, words)):
            split: list[str] = []  # (a loop: cheaper than a nested comprehension)
            for w in words:
                if w.isalnum():
                    split.append(w)
                else:
                    split += _NON_WORD.sub(" ", w).split()
            words = split
        return " " + " ".join(words) + " "


def _own_item(before_norm: str) -> str:
    """The words before a number that belong to its own item: a list's earlier item ("tổ chức 2
    hội nghị báo cáo viên và 1 hội nghị cấp huyện học tập ...": what "2" counted) is cut off at
    the "và" after its count, so its words exclude nothing of the next item (session 15)."""
    k = before_norm.rfind(" và ")
    if k == -1:
        return before_norm
    # (a count before the "và": an earlier item of a list)
    return before_norm[k + 3 :] if _DIGIT.search(before_norm, 0, k) is not None else before_norm


def _phrases(cell: str) -> tuple[str, ...]:
    cell = unicodedata.normalize("NFC", cell)  # an editor may save the CSV decomposed (NFD)
    return tuple(p for p in (norm(x) for x in cell.split("|")) if p.strip())


class IndicatorRule(FrozenRecord):
    """A row of indicators.csv as a classification rule (phrases normalised by `norm`)."""

    __slots__ = (
        "code",
        "context_any",
        "context_none",
        "cues",
        "kind",
        "masses",
        "party",
        "phrase_any",
        "priority",
    )
    code: str
    kind: str
    cues: tuple[str, ...]
    phrase_any: tuple[str, ...]
    context_any: tuple[str, ...]
    context_none: tuple[str, ...]
    party: tuple[str, ...]
    masses: tuple[str, ...]
    priority: int

    def __init__(
        self,
        code: str,
        kind: str,
        cues: tuple[str, ...],
        phrase_any: tuple[str, ...],
        context_any: tuple[str, ...],
        context_none: tuple[str, ...],
        party: tuple[str, ...],
        masses: tuple[str, ...],
        priority: int,
    ):
        self._init(
            code=code,
            kind=kind,
            cues=cues,
            phrase_any=phrase_any,
            context_any=context_any,
            context_none=context_none,
            party=party,
            masses=masses,
            priority=priority,
        )

    @property
    def splits_audience(self) -> bool:
        return bool(self.party or self.masses)


class Match(FrozenRecord):
    """The rule a number's noun phrase matched, and the normalised cue that matched."""

    __slots__ = ("cue", "rule")
    rule: IndicatorRule
    cue: str

    def __init__(self, rule: IndicatorRule, cue: str):
        self._init(rule=rule, cue=cue)


class Lexicon:
    def __init__(self, rules: list[IndicatorRule]):
        self.rules = rules
        self.by_code = {r.code: r for r in rules}
        if "other" not in self.by_code:
            raise ValueError("indicators.csv: the fallback row 'other' is missing")
        self.other = self.by_code["other"]
        # cue -> rules, for a fast first filter on the words after the number
        self._cued = [r for r in rules if r.cues]
        self.all_cues = tuple(sorted({c for r in self._cued for c in r.cues}, key=len, reverse=True))
        # (rule, cue) pairs by the cue's first word: a number's noun phrase is only compared
        # with the rows whose cue can start it
        # (each with the cue's words, to compare with a bare noun, and its Match, made once)
        self._by_first: dict[str, list[tuple[IndicatorRule, str, str, Match]]] = {}
        for r in self._cued:
            for c in r.cues:
                self._by_first.setdefault(c.split()[0], []).append((r, c, c.strip(), Match(r, c)))
        # the first words whose rows include one with context_any: only such a row can match in
        # the sentence when none matched in the clause (the others do not read the context)
        self._context_firsts = frozenset(
            first for first, pairs in self._by_first.items() if any(r.context_any for r, _, _, _ in pairs)
        )

    @classmethod
    def from_csv(cls, path: str | Path) -> Lexicon:
        path = Path(path)
        try:
            with path.open(encoding="utf-8", newline="") as f:
                reader = csv.DictReader(f)
                cols = reader.fieldnames or []
                missing = [c for c in BASE_COLUMNS + RULE_COLUMNS if c not in cols]
                if missing:
                    raise ValueError(f"{path}: missing columns {missing}")
                rows = list(reader)
        except OSError as exc:
            raise ValueError(f"{path}: cannot read the indicator lexicon: {exc}") from exc
        rules: list[IndicatorRule] = []
        seen: set[str] = set()
        for i, r in enumerate(rows, start=2):
            code = (r.get("code") or "").strip()
            if not code:
                raise ValueError(f"{path}: line {i}: empty code")
            if code in seen:
                raise ValueError(f"{path}: line {i}: duplicate code {code!r}")
            seen.add(code)
            kind = (r.get("kind") or "").strip()
            if kind not in _KINDS:
                raise ValueError(f"{path}: line {i}: kind {kind!r} is not one of {_KINDS}")
            prio_raw = (r.get("priority") or "0").strip() or "0"
            try:
                prio = int(prio_raw)
            except ValueError as exc:
                raise ValueError(f"{path}: line {i}: priority {prio_raw!r} is not an integer") from exc
            rules.append(
                IndicatorRule(
                    code=code,
                    kind=kind,
                    cues=_phrases(r.get("cue_phrases") or ""),
                    phrase_any=_phrases(r.get("phrase_any") or ""),
                    context_any=_phrases(r.get("context_any") or ""),
                    context_none=_phrases(r.get("context_none") or ""),
                    party=_phrases(r.get("audience_party_members") or ""),
                    masses=_phrases(r.get("audience_masses") or ""),
                    priority=prio,
                )
            )
        return cls(rules)

    def starts_with_cue(self, noun_norm: str) -> bool:
        return noun_norm.startswith(self.all_cues)

    def leading_cue(self, noun_norm: str) -> str | None:
        """The longest cue the noun phrase starts with (normalised, padded), or None."""
        if not noun_norm.startswith(self.all_cues):
            return None
        return next(c for c in self.all_cues if noun_norm.startswith(c))

    def classify(
        self,
        noun_norm: str,
        clause_norm: str | Callable[[], str],
        before_norm: str | Callable[[], str],
        percent: bool,
        sentence_norm: str | Callable[[], str] | None = None,
    ) -> Match | None:
        """The best rule for a number followed by `noun_norm` (normalised noun phrase).

        `clause_norm` is the clause around the number, `before_norm` the clause up to the
        number. context_any is looked for in the clause, and only if no row matches there,
        in the whole sentence. Among matching rows: highest priority, then the row whose
        context word stands nearest before the number (the activity being counted), then the
        longest cue. Percentages match rows whose cue is '%'.

        The clause, the text before and the sentence may be given as functions that make them:
        they are called only when a row needs them (`before_norm` may be called twice).
        """
        found = self._classify(noun_norm, clause_norm, before_norm, percent)
        if (
            found is None
            and sentence_norm is not None
            and self._first(noun_norm, percent) in self._context_firsts
        ):
            # computed only when needed: most numbers are classified by their clause
            sent = sentence_norm() if callable(sentence_norm) else sentence_norm
            if sent != (clause_norm if isinstance(clause_norm, str) else clause_norm()):
                found = self._classify(noun_norm, sent, before_norm, percent)
        return found

    @staticmethod
    def _first(noun_norm: str, percent: bool) -> str:
        """The key of _by_first a number's rows are looked up by: its noun's first word, "%"."""
        if percent:
            return "%"
        return noun_norm.split(None, 1)[0] if noun_norm.strip() else ""

    def _classify(
        self,
        noun_norm: str,
        context_norm: str | Callable[[], str],
        before_norm: str | Callable[[], str],
        percent: bool,
    ) -> Match | None:
        # the first matching row of the highest priority; the rows that tie with it, if any
        best: Match | None = None
        best_priority = 0
        tied: list[tuple[IndicatorRule, str, Match]] | None = None
        noun_words = noun_norm.strip()  # "" when no noun follows
        pairs = self._by_first.get(self._first(noun_norm, percent), ())
        seen: set[str] = set()
        own_before: str | None = None
        for r, cue, cue_words, match in pairs:
            # a row's first cue that fits wins (cues are listed most specific first)
            if r.code in seen or not (percent or noun_norm.startswith(cue)):
                continue
            seen.add(r.code)
            # for a percentage the noun phrase may be empty ("đạt 96,8%"); when one follows
            # ("100% chi bộ") it must fit the row like any counted noun
            # a bare counted noun ("với 215 buổi") takes its description from before the
            # number ("Công tác tuyên truyền miệng được duy trì ... với 215 buổi")
            if r.phrase_any:
                if noun_words:
                    if noun_words != cue_words:
                        described_by = noun_norm
                    else:
                        if not isinstance(before_norm, str):
                            before_norm = before_norm()
                        described_by = noun_norm + before_norm
                    for p in r.phrase_any:  # (a loop: cheaper than any() of a generator)
                        if p in described_by:
                            break
                    else:
                        continue
                elif not percent:
                    continue
            if r.context_any:
                if not isinstance(context_norm, str):
                    context_norm = context_norm()
                for p in r.context_any:
                    if p in context_norm or p in noun_norm:
                        break
                else:
                    continue
            if r.context_none:
                if not isinstance(before_norm, str):
                    before_norm = before_norm()
                if own_before is None:
                    own_before = _own_item(before_norm)
                excluded = False
                for p in r.context_none:
                    if p in noun_norm or p in own_before:
                        excluded = True
                        break
                if excluded:
                    continue
            if best is None or r.priority > best_priority:
                best, best_priority, tied = match, r.priority, None
                best_row = (r, cue, match)
            elif r.priority == best_priority:
                if tied is None:
                    tied = [best_row]
                tied.append((r, cue, match))
        if tied is None:
            return best
        return self._nearest(tied, before_norm)

    @staticmethod
    def _nearest(tied: list[tuple[IndicatorRule, str, Match]], before_norm: str | Callable[[], str]) -> Match:
        """Among matching rows of the same priority: the row whose context word stands nearest
        before the number (the activity being counted), then the longest cue; the first row
        of those that tie. (Looked for only when rows tie: most numbers match one row.)"""
        if not isinstance(before_norm, str):
            before_norm = before_norm()
        best, best_key = tied[0][2], None
        for r, cue, match in tied:
            nearest = -1
            for p in r.context_any:
                at = before_norm.rfind(p)
                if at > nearest:  # noqa: PLR1730  (max() costs a call per phrase)
                    nearest = at
            key = (nearest, len(cue))
            if best_key is None or key > best_key:
                best, best_key = match, key
        return best

    @staticmethod
    def audience(rule: IndicatorRule, noun_norm: str) -> str:
        if not (rule.party or rule.masses):  # (rule.splits_audience)
            return "all"
        # (loops: cheaper than any() of a generator)
        party = masses = False
        for p in rule.party:
            if p in noun_norm:
                party = True
                break
        for p in rule.masses:
            if p in noun_norm:
                masses = True
                break
        if party and not masses:
            return "party_members"
        if masses and not party:
            return "masses"
        return "all"
