"""Does an observation's evidence sentence actually contain its number?

Decision (documented in README): the blocking evidence check is "the sentence is non-empty and
contains a number mention whose value equals `value`". A mention is a digit token with
Vietnamese separators (20.012, 95,35, 02), optionally followed by a scale word (3,5 triệu,
147 nghìn, 1,2 tỷ), or a run of number words (hai, mười hai, ba mươi lăm, một trăm lẻ năm).
This needs only the observation row, so it runs on any raw.observations frame. A second check,
`evidence_span_in_sentence`, needs the document text and verifies the offsets: the document's
text[char_start:char_end] occurs in the sentence.

The checker is deliberately lenient about *how* a number is written (each digit token is read
the Vietnamese way, the English way and with separators dropped) and strict about *whether* it
is there: a value that no reading of any mention produces fails.

Regex work runs once per distinct sentence and the value comparison is one vectorised merge
(see sentence_contains_value).
"""

from __future__ import annotations

import functools
import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
else:
    from data_contracts.lazy import numpy as np
    from data_contracts.lazy import pandas as pd

# The number words below mirror orchestration/extraction/vocab.py on purpose, not by import:
# this contract checks the extractor's output, so it must not share the extractor's reading.
SCALE_WORDS: dict[str, float] = {
    "nghìn": 1e3,
    "ngàn": 1e3,
    "ngìn": 1e3,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}

DIGIT_WORDS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_WORD_TOKENS = frozenset((*DIGIT_WORDS, "mười", "mươi", "trăm", "lẻ", "linh", *SCALE_WORDS))
# One pass splits a lowercased sentence into digit tokens and words. A digit token glued to
# letters ("Q1", "05-CT") stays inside its word, as a mention must stand on its own.
TOKEN = re.compile(r"\d[\d.,]*|\w+")

REL_TOL = 1e-6


@functools.lru_cache(maxsize=65536)
def parse_number_words(phrase: str) -> float | None:
    """Value of a Vietnamese number-word phrase, or None when the words do not form a number.

    Scales are read greatest first (hai triệu ba trăm nghìn = 2 300 000); "lẻ/linh" only marks a
    zero tens digit (một trăm lẻ năm = 105).
    """
    total = 0.0
    group = 0.0
    pending: int | None = None
    seen = False
    for token in phrase.lower().split():
        if token in DIGIT_WORDS:
            if pending is not None:
                return None  # "hai ba": two digits with no multiplier between them is not a number
            pending = DIGIT_WORDS[token]
        elif token == "mười":
            if pending is not None:
                return None
            group += 10
        elif token == "mươi":
            if pending is None:
                return None
            group += pending * 10
            pending = None
        elif token == "trăm":
            group += (1 if pending is None else pending) * 100
            pending = None
        elif token in ("lẻ", "linh"):
            continue
        elif token in SCALE_WORDS:
            group += pending or 0
            pending = None
            total += (group or 1) * SCALE_WORDS[token]
            group = 0.0
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + group + (pending or 0)


@functools.lru_cache(maxsize=65536)
def _digit_readings(token: str) -> tuple[float, ...]:
    """Candidate values of a digit token: Vietnamese (. thousands, , decimal), English, digits only.

    Cached: the same tokens (years, small counts) recur across a whole archive.
    """
    readings = {
        token.replace(".", "").replace(",", "."),
        token.replace(",", ""),
        token.replace(".", "").replace(",", ""),
    }
    values = []
    for reading in readings:
        # "1,234,567" has no Vietnamese reading (two decimal marks): float() refuses it
        try:
            values.append(float(reading))
        except ValueError:
            continue
    return tuple(values)


@functools.lru_cache(maxsize=65536)
def sentence_number_values(sentence: str) -> tuple[float, ...]:
    """Every value a number mention in the sentence can be read as (cached per sentence).

    One regex pass and a walk over the tokens: separate alternations for digits and for number
    words each scanned every character and were ~5x slower.
    """
    tokens = TOKEN.findall(sentence.lower())
    values: set[float] = set()
    words: list[str] = []
    for i, token in enumerate(tokens):
        if token[0].isdigit():
            scale = SCALE_WORDS.get(tokens[i + 1], 1.0) if i + 1 < len(tokens) else 1.0
            for value in _digit_readings(token.rstrip(".,")):
                values.update((value, value * scale))
        if token in _WORD_TOKENS:
            words.append(token)
            continue
        if words:
            _add_words(words, values)
            words = []
    if words:
        _add_words(words, values)
    return tuple(values)


def _add_words(words: list[str], values: set[float]) -> None:
    parsed = parse_number_words(" ".join(words))
    if parsed is not None:
        values.add(parsed)


def sentence_contains_value(sentences: pd.Series, values: pd.Series) -> pd.Series:
    """Boolean per row: the sentence holds a mention of the value (False for empty sentences).

    A row with a missing value is True here: "value is not null" is its own expectation, and
    counting it twice would blur which rule a row broke.

    Regex work runs once per distinct sentence (a report sentence carries several facts); the
    comparison of values is one vectorised merge, so the cost grows with distinct sentences,
    not rows. pandas' str.extractall was 30x slower here (it builds a frame per match).
    """
    text = sentences.astype(object).where(sentences.notna(), "")
    codes, uniques = pd.factorize(text.to_numpy(dtype=object))
    sentence_ids: list[int] = []
    candidates: list[float] = []
    for i, sentence in enumerate(uniques):
        found = sentence_number_values(sentence) if isinstance(sentence, str) and sentence.strip() else ()
        sentence_ids.extend([i] * len(found))
        candidates.extend(found)
    numbers = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    has_text = np.array([isinstance(u, str) and bool(u.strip()) for u in uniques], dtype=bool)[codes]
    rows = pd.DataFrame({"row": np.arange(len(codes)), "sid": codes, "value": numbers})
    pairs = rows.merge(pd.DataFrame({"sid": sentence_ids, "candidate": candidates}), on="sid")
    close = np.isclose(pairs["candidate"].to_numpy(), pairs["value"].to_numpy(), rtol=REL_TOL, atol=1e-9)
    hit = np.zeros(len(codes), dtype=bool)
    hit[pairs.loc[close, "row"].to_numpy()] = True
    result = has_text & (hit | np.isnan(numbers))
    return pd.Series(result, index=sentences.index)


def span_in_sentence(frame: pd.DataFrame, documents: pd.DataFrame, *, key: str = "sha256") -> pd.Series:
    """Boolean per row: documents.text[char_start:char_end] is non-empty and occurs in `sentence`.

    Rows whose document is not in `documents` are False: an observation must point at a stored text.
    """
    texts = documents.drop_duplicates(key).set_index(key)["text"]
    joined = frame[[key, "char_start", "char_end", "sentence"]].join(texts, on=key)
    starts = pd.to_numeric(joined["char_start"], errors="coerce").to_numpy(dtype=float)
    ends = pd.to_numeric(joined["char_end"], errors="coerce").to_numpy(dtype=float)
    # Slicing is per row by nature (each row has its own offsets); a comprehension over plain
    # Python strings costs about a microsecond a row, unlike per-row pandas assignment.
    ok = [
        isinstance(doc, str)
        and isinstance(sentence, str)
        and not math.isnan(start)
        and not math.isnan(end)
        and bool((span := doc[int(start) : int(end)]).strip())
        and span in sentence
        for doc, sentence, start, end in zip(
            joined["text"].astype(object), joined["sentence"].astype(object), starts, ends, strict=True
        )
    ]
    return pd.Series(ok, index=frame.index, dtype=bool)
