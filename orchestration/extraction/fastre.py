"""A regex alternation compiled as a trie, so that a long list of names scans fast.

Python's `re` tries every alternative of `a|b|c...` at every position of the text; written
as a trie ("Qu(?:ận (?:1|3)|...)") a failing position costs one character test, and the
engine can skip to characters that can start a name.
"""

from __future__ import annotations

import re


def trie_pattern(words: list[str] | set[str] | tuple[str, ...] | dict, word_start: bool = False) -> str:
    """A regex (no groups captured) matching exactly the given strings, longest first.

    word_start: the match must not continue a word (checked by a look-behind placed after the
    first character, so the fast first-character scan still works).
    """
    trie: dict[str, dict] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a word
    return _node_pattern(trie, word_start)


def _start_guard(ch: str) -> str:
    """After a first character `ch`: the character before it is no word character."""
    return f"(?<!\\w{re.escape(ch)})" if (ch.isalnum() or ch == "_") else ""


def _node_pattern(node: dict[str, dict], word_start: bool = False) -> str:
    ends_here = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        guard = _start_guard(ch) if word_start else ""
        branches.append(re.escape(ch) + guard + _node_pattern(node[ch]))
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def literal_first_alternation(items: list[tuple[str, str]], word_start: bool = False) -> str:
    """`(literal, regex_suffix)` pairs as one alternation whose branches each start with a
    literal character, grouped by that character.

    `re` scans fast only when every top-level branch starts with a literal: it then jumps
    between the characters that can start a match instead of trying each position. Look-behind
    checks (word boundaries) are best done by the caller on the few matches.
    """
    groups: dict[str, list[str]] = {}
    for literal, suffix in items:
        if not literal:
            raise ValueError("each item needs a literal start")
        groups.setdefault(literal[0], []).append(re.escape(literal[1:]) + suffix)
    parts = []
    for ch in sorted(groups):
        rests = sorted(groups[ch], key=len, reverse=True)
        inner = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        parts.append(re.escape(ch) + (_start_guard(ch) if word_start else "") + inner)
    return "|".join(parts)
