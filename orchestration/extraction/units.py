"""Org units: the gazetteer built from dbt_project/seeds/org_units.csv, and unit mentions.

Names and aliases of the seed are compiled into one regex; a mention is resolved to the row
valid at the document's date (codes and names are reused over time: 769 was Quận 2 and is TP
Thủ Đức from 2021). Wards and communes after 2025-07-01 are units even when the seed does not
list them yet (unit_code null).
"""

from __future__ import annotations

import bisect
import csv
import io
import operator
import os
import re
import unicodedata
from datetime import date
from pathlib import Path

from orchestration.extraction import fastre
from orchestration.extraction.fastre import trie_pattern
from orchestration.extraction.periods import lower_same_length
from orchestration.extraction.records import FrozenRecord, Record
from orchestration.extraction.vocab import (
    DISTRICT_ANAPHORA,
    NAMED_PLACE_NOUNS,
    PERSON_TITLES,
    PROVINCE_BODY_PATTERNS,
)

REFORM_DATE = date(2025, 7, 1)  # two-tier local government (Nghị quyết 202/2025/QH15)
_LEVEL_PREFIXES = ("Thành phố ", "Quận ", "Huyện ", "Thị xã ", "Phường ", "Xã ", "Đặc khu ", "Thị trấn ")
_LEVEL_PREFIXES_ANY_CASE = tuple(q for p in _LEVEL_PREFIXES for q in (p, p.lower()))
_ABBREV_LEVEL_RE = fastre.compile(r"(?:Q|H|P|TX|TP|Tp)\.?\s?")  # "Q.1", "TP HCM": not a bare name
_REQUIRED = (
    "unit_code",
    "unit_name",
    "unit_level",
    "province_code",
    "province_name",
    "aliases",
    "valid_from",
    "valid_to",
)


class OrgUnit(FrozenRecord):
    """A row of org_units.csv: a unit as it was named and placed from one date to another."""

    __slots__ = ("code", "level", "name", "province_code", "province_name", "valid_from", "valid_to")
    code: str | None
    name: str
    level: str  # province | district | ward
    province_code: str
    province_name: str
    valid_from: date | None
    valid_to: date | None

    def __init__(
        self,
        code: str | None,
        name: str,
        level: str,
        province_code: str,
        province_name: str,
        valid_from: date | None,
        valid_to: date | None,
    ):
        self._init(
            code=code,
            name=name,
            level=level,
            province_code=province_code,
            province_name=province_name,
            valid_from=valid_from,
            valid_to=valid_to,
        )

    def valid_at(self, d: date | None) -> bool:
        if d is None:
            return True
        return (self.valid_from is None or self.valid_from <= d) and (
            self.valid_to is None or d <= self.valid_to
        )


class UnitMention(Record):
    """A mention of an org unit: its offsets, kind, text and the units it can name."""

    __slots__ = ("candidates", "end", "kind", "start", "text")

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,  # named | ward | province_body | district_anaphora
        text: str,
        candidates: tuple[OrgUnit, ...] = (),
    ):
        self.start = start
        self.end = end
        self.kind = kind
        self.text = text
        self.candidates = candidates


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _date(s: str, path: Path, line: int) -> date | None:
    s = s.strip()
    if not s:
        return None
    try:
        return date.fromisoformat(s)
    except ValueError as exc:
        raise ValueError(f"{path}: line {line}: bad date {s!r} (expected YYYY-MM-DD)") from exc


def core_name(name: str) -> str:
    """'Quận Thủ Đức' -> 'Thủ Đức': the name without its level word, for matching by name."""
    for p in _LEVEL_PREFIXES:
        if name.startswith(p):
            return name[len(p) :]
    return name


def _variants(surface: str, level: str) -> set[str]:
    """The ways a name is written: as in the seed, 'quận 1' for 'Quận 1', and in capitals
    for districts and provinces ("QUẬN 5 SƠ KẾT ..." headings)."""
    out = {surface}
    if surface[:1].isupper() and surface.startswith(_LEVEL_PREFIXES):
        out.add(surface[0].lower() + surface[1:])
    if surface[:1].islower():
        out.add(surface[0].upper() + surface[1:])
    if surface.startswith("TP"):
        out.add("Tp" + surface[2:])
    if level != "ward" and len(surface) > 3:
        out.add(surface.upper())
    return out


class OrgUnitIndex:
    """All org units of the seed, and a one-pass finder of their mentions in a text."""

    def __init__(self, units: list[OrgUnit], surface_info: dict[str, tuple[tuple[OrgUnit, ...], bool]]):
        self.units = units
        # per surface: the units it can name, and whether every one of them is a bare name
        self._surface_info = surface_info
        self.provinces = {u.province_code: u for u in units if u.level == "province"}
        self._by_core: dict[str, list[OrgUnit]] = {}
        for u in units:
            self._by_core.setdefault(core_name(u.name).casefold(), []).append(u)
        # Names that do not start with a lower-case letter are one trie regex, scanned for;
        # the others ("phường Bến Nghé", "quận 1") are tried where the trigger scan finds what
        # they start with (`_scan`), by a trie of the names of each search string.
        lower_by_word: dict[str, list[str]] = {}  # the lower-case names by their first word
        capital_names = []
        for name in surface_info:
            if name[:1].islower():
                lower_by_word.setdefault(name.split(" ", 1)[0], []).append(name)
            elif name:
                capital_names.append(name)
        # (a pattern matching nothing when there are none)
        self._cap_finditer = fastre.compile(
            rf"(?:{trie_pattern(capital_names, word_start=True)})(?![\w])" if capital_names else r"(?!)"
        ).finditer
        # what the lower-case names of each first word start with
        heads = {word: os.path.commonprefix(names) for word, names in lower_by_word.items()}
        # the strings looked for with str.find: every trigger, and every lower-case name,
        # lower-cases to a string that starts with one of them
        self._searches = _search_strings(sorted({w.lower() for w in (*_TRIGGER_WORDS, *heads.values())}))
        if len(self._searches) > 256:
            raise ValueError("too many search strings for _scan")  # (a position and an index in one int)
        # per search string: the lower-case names it starts (or None): what they all start
        # with, and their trie (one string starts each name: no string starts another)
        words_of: dict[str, list[str]] = {}
        for word, head in heads.items():
            low = head.lower()
            for key in self._searches:
                if low.startswith(key):
                    words_of.setdefault(key, []).append(word)
                    break
        self._search_names: list[tuple[str, re.Pattern[str]] | None] = []
        for key in self._searches:
            words = words_of.get(key)
            if words is None:
                self._search_names.append(None)
                continue
            names = [name for word in words for name in lower_by_word[word]]
            self._search_names.append(
                (
                    os.path.commonprefix([heads[word] for word in words]),
                    fastre.compile(rf"{trie_pattern(names, word_start=True)}(?![\w])"),
                )
            )
        # Patterns start with their literal words (boundaries before them are checked in
        # Python): a leading look-behind would make `re` test every position of the text.
        self._ward_re = fastre.compile(
            r"(?:[Pp]hường|[Xx]ã|[Đđ]ặc khu|[Tt]hị trấn|PHƯỜNG|XÃ|ĐẶC KHU|THỊ TRẤN)"
            r"\s+(\d{1,2}(?!\w)|\w+(?:[ \t]+\w+){0,3})"
        )
        self._body_re = fastre.compile("|".join(f"(?:{p})" for p in PROVINCE_BODY_PATTERNS))
        self._anaphora_re = fastre.compile(rf"(?:{DISTRICT_ANAPHORA})(?![\w])")

    @classmethod
    def from_csv(cls, path: str | Path) -> OrgUnitIndex:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValueError(f"{path}: cannot read org units: {exc}") from exc
        # a seed read before is rebuilt from the cache (fastre), keyed by its exact bytes
        key = ("org_units.csv", data)
        cached = fastre.cache_get(key)
        if cached is not None:
            try:
                return cls(*_index_from_rows(cached))
            except (TypeError, ValueError, IndexError):
                pass  # not what this code caches (rows an older _index_rows wrote): read the seed
        units, surfaces = _read_org_units(path, data)
        info = _surface_info(surfaces)
        fastre.cache_put(key, _index_rows(units, info))
        return cls(units, info)

    # ---- finding ------------------------------------------------------------------------
    def find(self, text: str, lower: str | None = None) -> list[UnitMention]:
        """Every unit mention of `text` (named units, wards, city bodies, 'quận' anaphora).

        lower: the text lower-cased with the same offsets (periods.lower_same_length), if the
        caller has it already (the trigger words are looked for in it).
        """
        if lower is None or len(lower) != len(text):
            lower = lower_same_length(text)
        ward_at, body_at, anaphora_at, named = self._scan(text, lower)
        found: list[UnitMention] = []
        occupied = bytearray(len(text) + 1)  # 1 where a mention already lies
        # (a mention is taken by occupied[s:e] = b"\x01" * (e - s): written out, a call costs more;
        # `1 in occupied[s:e]`: some of text[s:e] is a mention already, a slice and `in` costing
        # less than bytearray.find with bounds)
        for i in ward_at:
            m = self._ward_re.match(text, i)
            # (i > 3: fewer characters cannot spell "thị "; a conditional, not max(): a call)
            if m is None or (i > 3 and text[i - 4 : i].lower() == "thị "):
                continue
            words = m.group(1).split()
            if words[0].isdigit():
                if text[i] not in "Pp":
                    # Session 15 (holdout53's language): "các thôn đã gửi về xã 35 báo cáo": only
                    # a ward ("Phường 5") is named by a number, never a commune or a town
                    continue
                name_words = words[:1]
            else:
                name_words = []
                for w in words:
                    if not w[:1].isupper():
                        break
                    name_words.append(w)
            if not name_words:
                continue
            # the name ends after its last capitalised word
            end = m.start(1)
            for w in name_words:
                end = text.index(w, end) + len(w)
            if text.startswith((" –", " -", "–", "-"), end) and not words[0].isdigit():
                end = self._dashed_name_end(text, m.start(1), end)
            if text[i + 1 : i + 2].isupper() and (
                not _is_heading_line(text, i, end) or name_words[0].lower() == "hội"
            ):
                continue  # "XÃ HỘI" (society) in a headline: a ward in capitals is a heading line
            found.append(UnitMention(i, end, "ward", text[i:end]))
            occupied[i:end] = b"\x01" * (end - i)
        if named:
            surface_info = self._surface_info
            for m in named:
                s, e = m.span()
                if (s > 0 and text[s - 1] == ".") or 1 in occupied[s:e]:
                    continue
                surface = m.group()
                candidates, bare = surface_info.get(surface, ((), True))
                if bare and (self._looks_like_person(text, s) or _names_a_place(text, s)):
                    continue
                found.append(UnitMention(s, e, "named", surface, candidates))
                occupied[s:e] = b"\x01" * (e - s)
        for i in body_at:
            if occupied[i]:
                continue  # (inside a mention: any match here would overlap it)
            m = self._body_re.match(text, i)
            if m is None:
                continue
            e = m.end()
            if 1 not in occupied[i:e]:
                found.append(UnitMention(i, e, "province_body", m.group(0)))
                occupied[i:e] = b"\x01" * (e - i)
        anaphora_match = self._anaphora_re.match
        for i in anaphora_at:
            if occupied[i]:
                continue  # (inside a mention: any match here would overlap it)
            m = anaphora_match(text, i)
            if m is None:
                continue
            e = m.end()
            if 1 in occupied[i:e]:
                continue
            before = text[i - 12 if i > 12 else 0 : i].rsplit(None, 1)  # (its last word)
            if before:
                last = before[-1].lower()
                if last in _NOT_ANAPHORA_AFTER:
                    continue
                if last == "cầu" and text[i - 10 if i > 10 else 0 : i].lower().endswith("điểm cầu "):
                    continue  # ("điểm cầu phường": the sites' level; not "yêu cầu", "nhu cầu")
            found.append(UnitMention(i, e, "district_anaphora", m.group()))
        found.sort(key=_start_of)
        return found

    def _scan(self, text: str, lower: str) -> tuple[list[int], list[int], list[int], list[re.Match[str]]]:
        """Where the triggers of wards, city bodies and anaphora start (list(_TRIGGER_RE.finditer(
        text)), sorted by the kind of pattern each starts), and the named units' matches
        (finditer of the trie of all names), found faster.

        A trie regex is entered at every character that can start one of its words: most of the
        common letters of Vietnamese. Instead the lower-case text is searched for the strings
        the triggers and the lower-case names ("phường Bến Nghé", "quận 1") start with (str.find
        skips along much faster than `re`): each of them, in any of its case forms, lower-cases
        to a string that starts with one of those. The trigger regex is tried where one is, in
        order, each search going on after the last trigger as finditer's does; and the names
        that string starts, wherever the text has what they all start with. The names that do
        not start with a lower-case letter are one trie's finditer (`re` skips to their first
        characters), merged with those (`_merge_named`).
        """
        starts = []
        find = lower.find
        for k, word in enumerate(self._searches):
            i = find(word)
            while i != -1:
                starts.append(i << 8 | k)  # (sorted by the position; k < 256)
                i = find(word, i + 1)
        starts.sort()
        ward_at: list[int] = []
        body_at: list[int] = []
        anaphora_at: list[int] = []
        lower_named = []  # the lower-case names' matches (each there is: they may overlap)
        match = _TRIGGER_RE.match
        kinds = _TRIGGER_KIND
        names = self._search_names
        pos = 0  # where the last trigger ends
        for x in starts:
            k = x & 255
            i = x >> 8
            lower_name = names[k]
            # (a lower-case name as written: "quận 1", not "Quận 1")
            if lower_name is not None and text.startswith(lower_name[0], i):
                m = lower_name[1].match(text, i)
                if m is not None:
                    lower_named.append(m)
            if i >= pos:
                m = match(text, i)
                if m is not None:
                    pos = m.end()
                    kind = kinds[m.group()]
                    if kind == "ward":
                        # (a lower-case word after "xã " / "phường " names no ward: "xã hội",
                        # "phường đã"; `find` would match and drop it. It may still be "quận")
                        e = m.end()
                        if not (text[e : e + 1] == " " and text[e + 1 : e + 2].islower()):
                            ward_at.append(i)
                        anaphora_at.append(i)
                    elif kind == "anaphora":
                        anaphora_at.append(i)
                    else:
                        body_at.append(i)
        if not lower_named:
            return ward_at, body_at, anaphora_at, list(self._cap_finditer(text))
        return ward_at, body_at, anaphora_at, self._merge_named(text, lower_named)

    def _merge_named(self, text: str, lower_named: list[re.Match[str]]) -> list[re.Match[str]]:
        """The matches of the capitalised names' trie and the lower-case names (`lower_named`,
        every match there is) as the one trie of all names finds them: leftmost first, each
        search from the end of the last match. (No two can start at one position: a lower-case
        name starts with a lower-case letter, the others do not; and names of two first words
        cannot both match at one.)"""
        if len(lower_named) > 1:
            lower_named.sort(key=_match_start)
        caps = list(self._cap_finditer(text))
        # where none of them overlap (as in most texts), that is all of them, in order
        at = []  # per lower-case name: where it goes among the capitalised ones
        end = -1
        for m in lower_named:
            s = m.start()
            if s < end:
                break  # (overlaps the one before)
            end = m.end()
            k = bisect.bisect_right(caps, s, key=_match_end)  # (the first that ends after s)
            if k < len(caps) and caps[k].start() < end:
                break
            at.append(k)
        else:
            for k, m in zip(reversed(at), reversed(lower_named)):
                caps.insert(k, m)
            return caps
        # the scan, step by step
        cap_finditer = self._cap_finditer
        found = []
        pos = 0
        j = 0
        n = len(lower_named)
        caps_at = iter(caps)
        c = next(caps_at, None)
        while True:
            while c is not None and c.start() < pos:
                if c.end() > pos:  # (overlaps the last match: look again from its end)
                    caps_at = cap_finditer(text, pos)
                c = next(caps_at, None)
            while j < n and lower_named[j].start() < pos:
                j += 1
            if j < n and (c is None or lower_named[j].start() < c.start()):
                m = lower_named[j]
                j += 1
            elif c is not None:
                m = c
                c = next(caps_at, None)
            else:
                return found
            found.append(m)
            pos = m.end()

    def _dashed_name_end(self, text: str, start: int, end: int) -> int:
        """Where a ward's name ends when a dash follows its first part ("phường Văn Miếu –
        Quốc Tử Giám"): after the second part if the seed knows the whole name, else `end`."""
        m = _DASHED_REST_RE.match(text, end)
        if m is None:
            return end
        whole = _dash_normal(text[start : m.end()]).casefold()
        if any(u.level == "ward" for u in self._by_core.get(whole, ())):
            return m.end()
        return end

    @staticmethod
    def _looks_like_person(text: str, start: int) -> bool:
        """A bare place name that is part of a person's name: 'Ông Hà Đông', 'Nguyễn Hà Đông'."""
        before = text[start - 20 if start > 20 else 0 : start].rstrip()
        # (holdout62's language: a cell's bar before a name, "Thanh Trì| Thường Tín"
        # in a header pasted with two spaces between its cells, parts two names, like a comma)
        if not before or before[-1] in ',.;:(\n–-"“|':
            return False
        words = before.split()
        last = words[-1]
        two = " ".join(words[-2:]).lower()
        if last.lower() in PERSON_TITLES or two in PERSON_TITLES:
            return True
        # capitalised word before that is not a body/level word: a family or given name
        if not last[:1].isupper() or last in _CAP_OK_BEFORE_PLACE:
            return False
        # a letterhead in capitals ("QUẬN ỦY THANH XUÂN", "HUYỆN ỦY CỦ CHI"): the body word as
        # written in lower case, not a name
        return not (last.isupper() and last.capitalize() in _CAP_OK_BEFORE_PLACE)

    # ---- resolving ----------------------------------------------------------------------
    def pick(self, candidates: tuple[OrgUnit, ...], at: date | None) -> OrgUnit | None:
        """The candidate valid at `at`; else a same-named unit valid then; else the first."""
        if not candidates:
            return None
        for u in candidates:
            if u.valid_at(at):
                return u
        for u in candidates:
            for other in self._by_core.get(core_name(u.name).casefold(), []):
                if other.valid_at(at) and other.level == u.level:
                    return other
        return candidates[0]

    def ward(self, name: str, province_code: str | None) -> OrgUnit | None:
        """A ward after 2025-07-01 by its name ('phường Sài Gòn'), from the seed if listed."""
        words = name.split(None, 1)
        if len(words) < 2:
            return None
        level_word = words[0].capitalize()
        core = words[1].title() if words[1].isupper() else words[1]  # "PHƯỜNG TÂN THUẬN" heading
        canonical = f"{level_word} {core}"
        for u in self._by_core.get(_dash_normal(words[1]).casefold(), []):
            if u.level == "ward" and (province_code is None or u.province_code == province_code):
                return u
        prov = self.provinces.get(province_code or "")
        if prov is None:
            # the province is not named anywhere: keep the ward, leave its province unknown
            return OrgUnit(None, canonical, "ward", "", "", REFORM_DATE, None)
        return OrgUnit(None, canonical, "ward", prov.province_code, prov.province_name, REFORM_DATE, None)


# the second part of a name after a dash ("– Quốc Tử Giám"): capitalised words
_DASHED_REST_RE = fastre.compile(r"[ \t]*[–-][ \t]*[A-ZĐÀ-Ỹ]\w*(?:[ \t]+[A-ZĐÀ-Ỹ]\w*){0,3}")


def _dash_normal(name: str) -> str:
    """A name with its dashes written as the seed writes them ("Văn Miếu - Quốc Tử Giám")."""
    if "–" not in name and "-" not in name:
        return name
    return " - ".join(part.strip() for part in name.replace("–", "-").split("-"))


_LETTERHEAD_BODIES = frozenset({"", "ĐẢNG ỦY", "ĐẢNG UỶ", "ĐẢNG BỘ"})


def _is_heading_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a line of its own ("PHƯỜNG TÂN THUẬN", "XÃ NHÀ BÈ:"), or the head of a
    line before a colon ("XÃ NHÀ BÈ: Tuyên truyền ...")?

    A section of a report on several wards is headed by the ward's name in capitals; words
    in capitals inside a longer line (a headline "CÔNG TÁC XÃ HỘI ...") name no ward.
    """
    line_start = text.rfind("\n", 0, start) + 1
    # (a letterhead's committee line: "ĐẢNG ỦY PHƯỜNG BÀN CỜ", "ĐẢNG BỘ XÃ ..." names the ward)
    if text[line_start:start].strip() not in _LETTERHEAD_BODIES:
        return False
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end != -1 else len(text)]
    # ("XÃ BÁT TRÀNG: Tuyên truyền ở làng nghề": the ward's name, a colon and the section's title)
    return not rest.strip(" \t:.-–") or rest.lstrip(" \t").startswith(":")


def _read_org_units(path: Path, data: bytes) -> tuple[list[OrgUnit], dict[str, list[tuple[OrgUnit, bool]]]]:
    """The units of org_units.csv (its bytes `data`) and the ways each is written."""
    try:
        f = io.StringIO(data.decode("utf-8"), newline="")
    except UnicodeDecodeError:
        f = path.open(encoding="utf-8", newline="")  # (to fail as reading the file fails)
    with f:
        reader = csv.DictReader(f)
        missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing columns {missing}")
        rows = list(reader)
    units: list[OrgUnit] = []
    surfaces: dict[str, list[tuple[OrgUnit, bool]]] = {}
    for i, r in enumerate(rows, start=2):
        r = {k: _nfc(v or "") for k, v in r.items() if k}
        if not r["unit_name"].strip():
            raise ValueError(f"{path}: line {i}: empty unit_name")
        level = r["unit_level"].strip()
        if level not in ("province", "district", "ward"):
            raise ValueError(f"{path}: line {i}: unit_level {level!r} not province|district|ward")
        u = OrgUnit(
            r["unit_code"].strip() or None,
            r["unit_name"].strip(),
            level,
            r["province_code"].strip(),
            r["province_name"].strip(),
            _date(r["valid_from"], path, i),
            _date(r["valid_to"], path, i),
        )
        units.append(u)
        names = [u.name] + [a.strip() for a in r["aliases"].split("|") if a.strip()]
        for n in names:
            bare = not n.startswith(_LEVEL_PREFIXES_ANY_CASE) and not _ABBREV_LEVEL_RE.match(n)
            # matched case-sensitively: proper names start with a capital, which keeps the
            # scan fast (a lower-case trie would stop at every common syllable)
            for v in _variants(n, level):
                surfaces.setdefault(v, []).append((u, bare))
    return units, surfaces


def _surface_info(surfaces: dict[str, list[tuple[OrgUnit, bool]]]) -> dict[str, tuple[tuple[OrgUnit, ...], bool]]:
    """Per surface: the units it can name, and whether every one of them is a bare name."""
    info: dict[str, tuple[tuple[OrgUnit, ...], bool]] = {}
    for k, entries in surfaces.items():
        # (loops: a comprehension and a generator per surface cost start-up time)
        candidates = []
        bare = True
        for u, b in entries:
            candidates.append(u)
            if not b:
                bare = False
        info[k] = (tuple(candidates), bare)
    return info


def _index_rows(units: list[OrgUnit], surface_info: dict[str, tuple[tuple[OrgUnit, ...], bool]]) -> tuple:
    """The units and their surfaces' info (_surface_info) as plain values (for the cache):
    units by their index."""
    index = {id(u): i for i, u in enumerate(units)}
    unit_rows = [
        (
            u.code,
            u.name,
            u.level,
            u.province_code,
            u.province_name,
            u.valid_from.isoformat() if u.valid_from else None,
            u.valid_to.isoformat() if u.valid_to else None,
        )
        for u in units
    ]
    surface_rows = [
        (s, tuple([index[id(u)] for u in candidates]), bare) for s, (candidates, bare) in surface_info.items()
    ]
    return (unit_rows, surface_rows)


def _index_from_rows(rows: tuple) -> tuple[list[OrgUnit], dict[str, tuple[tuple[OrgUnit, ...], bool]]]:
    """_index_rows' units and surfaces' info, made again from the rows."""
    unit_rows, surface_rows = rows
    units = [
        OrgUnit(
            code,
            name,
            level,
            pcode,
            pname,
            date.fromisoformat(vf) if vf else None,
            date.fromisoformat(vt) if vt else None,
        )
        for code, name, level, pcode, pname, vf, vt in unit_rows
    ]
    info = {}
    unit_at = units.__getitem__
    for s, indices, bare in surface_rows:
        info[s] = (tuple(map(unit_at, indices)), bare)
    return units, info


# Words that can start a ward, a city body or an anaphoric "quận": found with one trie scan,
# then the specific patterns are matched only there.
_WARD_KEYS = frozenset({"phường", "xã", "đặc khu", "thị trấn"})
_ANAPHORA_KEYS = frozenset({"quận", "huyện", "thị xã", "thị ủy", "thị uỷ", "đảng ủy", "đảng uỷ"})
_BODY_KEYS = (
    "thành ủy",
    "thành uỷ",
    "thành đoàn",
    "liên đoàn",
    "ubnd",
    "hđnd",
    "ủy ban",
    "uỷ ban",
    "hội đồng",
    "toàn thành phố",
    "toàn tp",
    "cấp thành phố",
    "của thành phố",
    "của tp",
    "tỉnh ủy",
    "tỉnh uỷ",
)
_TRIGGER_WORDS = [
    w
    for base in (*_WARD_KEYS, *_ANAPHORA_KEYS, *_BODY_KEYS)
    for w in (base, base[0].upper() + base[1:], base.title(), base.upper())
] + ["Sở", "Hội", "Công an", "TP", "Thành phố"]
_TRIGGER_RE = fastre.compile(trie_pattern(_TRIGGER_WORDS, word_start=True))


def _search_strings(words: list[str]) -> tuple[str, ...]:
    """The strings to look for with str.find to find every one of `words`: the words of one
    first word ("thành ủy", "thành phố", "thành đoàn" ...) by one search of what they all
    start with ("thành "), each search of the whole text costing more than the few places it
    finds that start no trigger; a word that starts with another ("hội đồng", "hội") needs no
    search of its own."""
    by_first_word: dict[str, list[str]] = {}
    for w in words:
        by_first_word.setdefault(w.split(" ", 1)[0], []).append(w)
    shared = sorted({os.path.commonprefix(ws) for ws in by_first_word.values()})
    return tuple(w for w in shared if not any(w != v and w.startswith(v) for v in shared))


# what each trigger, as written, starts: ward (and anaphora), anaphora, or a city body
_TRIGGER_KIND = {
    w: "ward" if w.lower() in _WARD_KEYS else "anaphora" if w.lower() in _ANAPHORA_KEYS else "body"
    for w in _TRIGGER_WORDS
}
_start_of = operator.attrgetter("start")
_match_start = operator.methodcaller("start")
_match_end = operator.methodcaller("end")
_PLACE_NOUNS_BEFORE = tuple(f" {w} " for w in NAMED_PLACE_NOUNS)


def _names_a_place(text: str, start: int) -> bool:
    """A bare unit name right after a noun of a place or a work ("bến phà Bình Khánh", "chợ Bến
    Thành", "cầu Long Biên"): it names that place, not the unit (Session 13, holdout36)."""
    # (most names: no lower-case word right before them, nothing sliced)
    if start < 2 or not text[start - 2 : start - 1].islower() or text[start - 1 : start] != " ":
        return False
    return (" " + text[start - 16 if start > 16 else 0 : start].lower()).endswith(_PLACE_NOUNS_BEFORE)


# "các quận", "mỗi phường": any district, not the one being talked about
_NOT_ANAPHORA_AFTER = frozenset(
    {
        "các", "những", "mỗi", "từng", "nhiều", "giữa", "cấp",
        # a level listed after another one names no unit ("phường, xã, đặc khu"; "điểm cầu
        # phường" is skipped where the anaphora are read)
        "phường,", "xã,", "quận,", "huyện,",
    }
)


_CAP_OK_BEFORE_PLACE = frozenset(
    {
        "Quận",
        "Huyện",
        "TP",
        "Tp",
        "Thành",
        "Thị",
        "UBND",
        "HĐND",
        "MTTQ",
        "Ủy",
        "Uỷ",
        "Đảng",
        "Ban",
        "Q.",
        "H.",
        "TX",
        "Trung",
        "Công",
        "Phòng",
        "Hội",
        "Đoàn",
        "Tại",
        "Ở",
        "Của",
        "Và",
        "Theo",
        "Năm",
        "Trong",
        "Với",
        "Cùng",
        "Riêng",
        "Còn",
        "Cả",
    }
)
