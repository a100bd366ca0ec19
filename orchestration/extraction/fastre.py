"""Regexes that scan fast and start fast.

What a scan costs in Python's `re`: a pattern that starts with a literal string is found by
a substring search (a few nanoseconds a character); one that starts with a set of characters
is entered at every character of the set, and entering costs about as much as testing a
hundred characters (so `[ntch]...` over Vietnamese text, where those letters are a quarter of
all characters, is slow whatever follows). Hence:
- `trie_pattern`: a long list of names as one trie ("Qu(?:ận (?:1|3)|...)"): a failing
  position costs one character test, and the engine can skip to characters that can start a
  name;
- `Alternation`, `word_alternation`: one pattern per leading word, each found by a substring
  search, the matches merged as one alternation would find them;
- `SpacedWords`: where words of a list stand as whole words followed by white space, found by
  one scan of the reversed text (the number words and period anchors);
- `first_chars`: the characters a pattern can start with, to try only the alternatives of a
  big alternation that can match at a given character.

Compiling those patterns (the org-unit trie has some 18,000 characters) costs more than
extracting a small report, so `compile` keeps what `re` compiles, and `trie_pattern` the
pattern it writes, in a file beside the bytecode (__pycache__), keyed by the pattern text
(the words) and the Python build: a changed seed gives new keys, never a stale regex.
`cache_get` / `cache_put` keep other values there the same way (the org units read from
their seed, keyed by the seed's bytes), and `first_chars` its results (keyed by the pattern).
"""

from __future__ import annotations

import _sre
import heapq
import marshal
import os
import re
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path

_CACHE_PATH = Path(__file__).parent / "__pycache__" / f"fastre.{sys.implementation.cache_tag}.marshal"
# what the cached programs depend on besides the pattern: the interpreter and its regex engine
_CACHE_STAMP = (sys.version, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, sys.maxunicode)
# a file of entries no process uses (old seeds, old code) costs loading time: when it is
# written, only this many of the entries this process did not use are kept (the newest)
_CACHE_MAX_UNUSED = 20


class _DiskMemo:
    """A small dict kept in one marshal file; written (like .pyc files) unless the interpreter
    was told not to write bytecode, and only when something new was added."""

    def __init__(self, path: Path):
        self.path = path
        self._entries: dict | None = None
        self._used: set = set()

    def _load(self) -> dict:
        entries: dict = {}
        try:
            stamp, loaded = marshal.loads(self.path.read_bytes())
            if stamp == _CACHE_STAMP and isinstance(loaded, dict):
                entries = loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no cache yet, or an unreadable one: start afresh
        self._entries = entries
        return entries

    def get(self, key: tuple) -> object:
        entries = self._entries if self._entries is not None else self._load()
        self._used.add(key)
        return entries.get(key)

    def put(self, key: tuple, value: object) -> None:
        entries = self._entries if self._entries is not None else self._load()
        self._used.add(key)
        entries[key] = value
        if sys.dont_write_bytecode:
            return
        # the entries used now, and the newest few of the others
        unused = [k for k in entries if k not in self._used][-_CACHE_MAX_UNUSED:]
        kept = {k: v for k, v in entries.items() if k in self._used or k in unused}
        tmp = None
        try:
            import tempfile

            self.path.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps((_CACHE_STAMP, kept)))
            os.chmod(tmp, 0o644)  # (mkstemp makes it private; .pyc files beside it are not)
            os.replace(tmp, self.path)  # atomic: a concurrent reader sees the old or the new file
        except (OSError, ValueError):
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)


_MEMO = _DiskMemo(_CACHE_PATH)


def cache_get(key: tuple) -> object:
    """A value cache_put(key, value) stored (in this process or an earlier one), else None."""
    return _MEMO.get(key)


def cache_put(key: tuple, value: object) -> None:
    """Keep `value` (made of str, bytes, int, float, None, tuples, lists and dicts) for `key`."""
    _MEMO.put(key, value)


# the array type that holds a code word of the regex engine (_sre.CODESIZE bytes: 4 in CPython)
_CODE_TYPE = "I" if array("I").itemsize >= _sre.CODESIZE else "L"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags); the compiled program comes from the cache when it has it."""
    flags = int(flags)
    key = ("re", pattern, flags)
    program = _MEMO.get(key)
    if isinstance(program, tuple) and len(program) == 5 and isinstance(program[1], bytes):
        try:
            flags_, code, groups, groupindex, indexgroup = program
            return _sre.compile(pattern, flags_, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
        except (TypeError, ValueError, RuntimeError):
            pass  # not a program for this engine: compile again
    compiled = re.compile(pattern, flags)
    try:
        program = _program(pattern, flags)
        same = _sre.compile(pattern, *program) == compiled  # Pattern equality compares the code
        # (kept with its code as the bytes of an array of code words: marshal reads one bytes
        # object where a list takes one object per word, about 120 instructions each)
        stored = (program[0], array(_CODE_TYPE, program[1]).tobytes(), *program[2:])
    except (ImportError, AttributeError, TypeError, ValueError, OverflowError, RuntimeError, re.error):
        # an engine whose internals differ: no cache, just re.compile
        return compiled
    if same:
        _MEMO.put(key, stored)
    return compiled



def _program(pattern: str, flags: int) -> tuple:
    """The arguments re.compile passes to _sre.compile (CPython 3.11, re/_compiler.py)."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with (see `can_start`); None when that
    is not known to be a small set (a class like \\w, a match that can be empty, case folding).
    The element "\\d" stands for every decimal digit.

    Read from the parsed pattern (re._parser, as `_program` reads it); kept in the cache file
    like the compiled programs.
    """
    key = ("first", pattern, int(flags))
    cached = _MEMO.get(key)
    if isinstance(cached, tuple):
        return frozenset(cached) if cached else None
    try:
        from re import _constants as c
        from re import _parser

        got, empty = _first_of_seq(_parser.parse(pattern, flags).data, c)
        chars = None if empty else got  # (a match that can be empty can start anywhere)
    except (ImportError, AttributeError, TypeError, ValueError, re.error):
        chars = None
    if flags & re.IGNORECASE:
        chars = None
    _MEMO.put(key, tuple(sorted(chars)) if chars else ())
    return frozenset(chars) if chars else None


def can_start(first: frozenset[str] | None, ch: str) -> bool:
    """Can a match whose first characters are `first` (first_chars) start with `ch`?"""
    return first is None or ch in first or ("\\d" in first and ch.isdecimal())


def _first_of_item(op: object, av: object, c: object) -> tuple[set[str] | None, bool]:
    """(first characters, can match the empty string) of one parsed item."""
    if op is c.LITERAL:  # type: ignore[attr-defined]
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is c.IN:  # type: ignore[attr-defined]
        chars = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is c.LITERAL:  # type: ignore[attr-defined]
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 256:  # type: ignore[attr-defined]
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):  # type: ignore[attr-defined]
                chars.add("\\d")
            else:
                return None, False
        return chars, False
    if op is c.SUBPATTERN:  # type: ignore[attr-defined]
        _, add_flags, _, sub = av  # type: ignore[misc]
        if add_flags & re.IGNORECASE:
            return None, False
        return _first_of_seq(sub.data, c)
    if op is c.BRANCH:  # type: ignore[attr-defined]
        chars = set()
        empty = False
        for alt in av[1]:  # type: ignore[index]
            got, alt_empty = _first_of_seq(alt.data, c)
            if got is None:
                return None, False
            chars |= got
            empty = empty or alt_empty
        return chars, empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):  # type: ignore[attr-defined]
        low, _, sub = av  # type: ignore[misc]
        got, empty = _first_of_seq(sub.data, c)
        return got, empty or low == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # type: ignore[attr-defined]
        return set(), True  # (zero-width: what follows gives the first character)
    return None, False


def _first_of_seq(items: list, c: object) -> tuple[set[str] | None, bool]:
    """(first characters, can match the empty string) of a parsed sequence."""
    chars: set[str] = set()
    for op, av in items:
        got, empty = _first_of_item(op, av, c)
        if got is None:
            return None, False
        chars |= got
        if not empty:
            return chars, False
    return chars, True


def trie_pattern(words: list[str] | set[str] | tuple[str, ...] | dict, word_start: bool = False) -> str:
    """A regex (no groups captured) matching exactly the given strings, longest first.

    word_start: the match must not continue a word (checked by a look-behind placed after the
    first character, so the fast first-character scan still works).
    """
    unique = tuple(sorted({w for w in words if w}))
    key = ("trie", unique, word_start)
    cached = _MEMO.get(key)
    if isinstance(cached, str):
        return cached
    trie: dict[str, dict] = {}
    for w in unique:
        node = trie
        for ch in w:
            nxt = node.get(ch)
            if nxt is None:
                nxt = node[ch] = {}
            node = nxt
        node[""] = {}  # end of a word
    pattern = _node_pattern(trie, word_start)
    _MEMO.put(key, pattern)
    return pattern


def _start_guard(ch: str) -> str:
    """After a first character `ch`: the character before it is no word character."""
    return f"(?<!\\w{re.escape(ch)})" if (ch.isalnum() or ch == "_") else ""


_ESCAPED: dict[str, str] = {}


def _escape(ch: str) -> str:
    got = _ESCAPED.get(ch)
    if got is None:
        got = _ESCAPED[ch] = re.escape(ch)
    return got


def _node_pattern(node: dict[str, dict], word_start: bool = False) -> str:
    pieces = []
    while True:
        ends_here = "" in node
        chars = sorted(k for k in node if k)
        if not chars:
            break
        if len(chars) == 1 and not ends_here:
            # a chain of single branches is written out without a group (and without recursion)
            ch = chars[0]
            pieces.append(_escape(ch) + (_start_guard(ch) if word_start else ""))
            node = node[ch]
            word_start = False
            continue
        branches = [
            _escape(ch) + (_start_guard(ch) if word_start else "") + _node_pattern(node[ch]) for ch in chars
        ]
        body = "(?:" + "|".join(branches) + ")"
        pieces.append(body + "?" if ends_here else body)
        break
    return "".join(pieces)


class SpacedWords:
    """Where words of a list stand in a text as whole words followed by white space: the
    (start, word) of each place where one of `words` starts a word (no word character
    before it), ends one and is followed by a white space character (`\\s`), in order.

    Found by one scan of the reversed text for all the words, where such a word is a white
    space character followed by the reversed word and no word character: `re` skips along to
    white space (a character set: about 80 instructions a character) and enters the pattern
    (a trie of the reversed words) only there. A substring search per word (an Alternation)
    costs 4-7 instructions a character per word: for the 40 number words and period anchors
    (numbers.py, periods.py) the one scan costs about a third less (session 13), and no
    Python-level merging is needed. (A scan for " " alone is cheaper, but the other white
    space characters then cost as much to look for.)

    The words must be made of word characters (so none can stand inside another).
    """

    def __init__(self, words: list[str] | set[str] | tuple[str, ...]):
        self.words = sorted(set(words))
        if not self.words or not all(w.isalnum() for w in self.words):
            raise ValueError("the words must be made of letters and digits")
        self._scan = compile(f"\\s(?:{trie_pattern([w[::-1] for w in self.words])})(?!\\w)")

    def find(self, text: str) -> list[tuple[int, str]]:
        n = len(text)
        found = []
        # (a match in the reversed text spans the white space and the reversed word: the word
        # is text[n - e : n - 1 - s])
        for m in self._scan.finditer(text[::-1]):
            s, e = m.span()
            found.append((n - e, text[n - e : n - 1 - s]))
        found.reverse()
        return found


def word_alternation(items: list[tuple[str, str]]) -> Alternation:
    """finditer of `(?<!\\w)word1(?:suffix|...)|(?<!\\w)word2...` for the (word, suffix)
    items, as an Alternation of one pattern per word: `word(?<!\\wword)(?:suffix|...)`.

    Entering a regex costs about as much as testing a hundred characters, and a one-pattern
    scan enters it at every character that can start a word: in Vietnamese text the common
    letters (n, t, h, c ...). Each pattern here starts with its whole word, which `re` finds by
    a substring search and enters only where the word is. The word-start guard follows the
    word, so the substring search keeps the whole word as its prefix.

    The words must not be prefixes of one another (so at most one can match at a position)
    and the suffixes must consume nothing after a word that a later word could start with
    (look-aheads, or digits after a digit): the starts found are then those of the one regex.
    """
    by_word: dict[str, list[str]] = {}
    for literal, suffix in items:
        if not literal:
            raise ValueError("each item needs a literal start")
        by_word.setdefault(literal, []).append(suffix)
    words = sorted(by_word)
    if any(b.startswith(a) for a in words for b in words if a != b):
        raise ValueError("no literal may be a prefix of another")
    patterns = []
    for word in words:
        suffixes = by_word[word]
        body = suffixes[0] if len(suffixes) == 1 else "(?:" + "|".join(suffixes) + ")"
        guard = _start_guard(word[0])
        if guard:
            guard = f"(?<!\\w{re.escape(word)})"
        patterns.append(re.escape(word) + guard + body)
    alternation = Alternation(patterns)
    alternation.words = words
    return alternation


class Alternation:
    """`re.compile("|".join(patterns)).finditer(text)`, found pattern by pattern.

    `re` scans for an alternation character by character, entering the pattern at every
    character that can start a branch: for branches that start with common letters that is
    most of a Vietnamese text. A pattern that starts with a literal word is found instead by a
    fast substring search. So each pattern is searched on its own and the matches merged the
    way the alternation would find them: leftmost first; at one position, the first pattern
    (in the given order) that matches there; the next search from the end of the last match.
    No pattern may match the empty string.

    Even `re`'s search for a literal start tests the text character by character (`str.find`
    skips along several times faster), and a search of every pattern over the whole text, most
    of which find nothing, was most of the cost: a pattern that starts with a literal string is
    searched from where `str.find` first finds that string (`_search`), and one whose string is
    not in the text costs just that `str.find`.
    """

    def __init__(self, patterns: list[str], flags: int = 0):
        self.patterns = [compile(p, flags) for p in patterns]
        self.words: list[str] = []  # (word_alternation: the word each pattern starts with)
        # per pattern: the literal string every match starts with, or "" (search with `re`)
        self.prefixes = [literal_prefix(p, flags) for p in patterns]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        patterns = self.patterns
        prefixes = self.prefixes
        heap = []  # (start, pattern index, match): the next match of each pattern
        find = text.find
        for i, p in enumerate(patterns):
            prefix = prefixes[i]
            if prefix:  # (_search, written out: most patterns find nothing)
                k = find(prefix, pos, end)
                if k == -1:
                    continue
                m = p.search(text, k, end)
            else:
                m = p.search(text, pos, end)
            if m is not None:
                heap.append((m.start(), i, m))
        heapq.heapify(heap)
        while len(heap) > 1:
            start, i, m = heap[0]
            if start < pos:  # inside the last match: that pattern looks again from its end
                m = _search(patterns[i], prefixes[i], text, pos, end)
            else:
                yield m
                pos = m.end()
                if pos == start:
                    raise ValueError(f"{patterns[i].pattern!r} matched the empty string")
                m = _search(patterns[i], prefixes[i], text, pos, end)
            if m is None:
                heapq.heappop(heap)
            else:
                heapq.heapreplace(heap, (m.start(), i, m))
        if heap:
            # one pattern left (in most texts, the sentence ends of just "."): its own finditer
            # goes on as the merge would, each search from the end of the last match
            start, i, m = heap[0]
            if start < pos:
                m = _search(patterns[i], prefixes[i], text, pos, end)
                if m is None:
                    return
            yield m
            if m.end() == m.start():
                raise ValueError(f"{patterns[i].pattern!r} matched the empty string")
            yield from patterns[i].finditer(text, m.end(), end)


def _search(p: re.Pattern[str], prefix: str, text: str, pos: int, end: int) -> re.Match[str] | None:
    """p.search(text, pos, end), where every match of `p` starts with `prefix` (if not ""): no
    match can start before the first `prefix` from `pos`. (A look-behind sees the text before
    where the search starts, as in any search.)"""
    if not prefix:
        return p.search(text, pos, end)
    k = text.find(prefix, pos, end)
    return None if k == -1 else p.search(text, k, end)


def literal_prefix(pattern: str, flags: int = 0) -> str:
    """The literal string every match of `pattern` starts with ("" when none is known: the
    pattern starts with a group, a class, a look-around ...). Read from the parsed pattern;
    kept in the cache file like the compiled programs."""
    key = ("prefix", pattern, int(flags))
    cached = _MEMO.get(key)
    if isinstance(cached, str):
        return cached
    chars = []
    try:
        from re import _constants as c
        from re import _parser

        parsed = _parser.parse(pattern, flags)
        if not (flags | parsed.state.flags) & re.IGNORECASE:  # (also an inline "(?i)")
            for op, av in parsed.data:
                if op is not c.LITERAL:
                    break
                chars.append(chr(av))
    except (ImportError, AttributeError, TypeError, ValueError, re.error):
        chars = []
    prefix = "".join(chars)
    _MEMO.put(key, prefix)
    return prefix

