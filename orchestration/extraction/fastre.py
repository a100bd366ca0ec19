"""A regex alternation compiled as a trie, so that a long list of names scans fast.

Python's `re` tries every alternative of `a|b|c...` at every position of the text; written
as a trie ("Qu(?:ận (?:1|3)|...)") a failing position costs one character test, and the
engine can skip to characters that can start a name.
"""

from __future__ import annotations

import re


def trie_pattern(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """A regex (no groups captured) matching exactly the given strings, longest first."""
    trie: dict[str, dict] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a word
    return _node_pattern(trie)


def _node_pattern(node: dict[str, dict]) -> str:
    ends_here = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _node_pattern(node[ch]))
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body
