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

Vectorised over unique sentences with pandas `str.extractall`: reports repeat a sentence for
each fact in it, and Python work per row would dominate on the full table.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd

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
_WORD_TOKENS = (*DIGIT_WORDS, "mười", "mươi", "trăm", "lẻ", "linh", *SCALE_WORDS)

# Longest alternatives first so "mười" is not read as a shorter word.
_WORD_ALT = "|".join(sorted(map(re.escape, _WORD_TOKENS), key=len, reverse=True))
_SCALE_ALT = "|".join(sorted(map(re.escape, SCALE_WORDS), key=len, reverse=True))
DIGIT_MENTION = re.compile(
    rf"(?<!\w)(?P<num>\d+(?:[.,]\d+)*)(?:\s*(?P<scale>{_SCALE_ALT})(?!\w))?", re.IGNORECASE
)
WORD_MENTION = re.compile(rf"(?<!\w)(?P<words>(?:{_WORD_ALT})(?:\s+(?:{_WORD_ALT}))*)(?!\w)", re.IGNORECASE)

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


def _digit_readings(num: pd.Series) -> list[pd.Series]:
    """Candidate values of digit tokens: Vietnamese (. thousands, , decimal), English, digits only."""
    vietnamese = num.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    # a token like "1,234,567" has several commas: the Vietnamese reading is invalid, drop it
    vietnamese = vietnamese.where(vietnamese.str.count(r"\.") <= 1)
    english = num.str.replace(",", "", regex=False)
    english = english.where(english.str.count(r"\.") <= 1)
    digits_only = num.str.replace(r"[.,]", "", regex=True)
    return [pd.to_numeric(s, errors="coerce") for s in (vietnamese, english, digits_only)]


def sentence_number_values(sentences: pd.Series) -> pd.DataFrame:
    """Long frame (sentence, candidate value) of every number reading found in each sentence."""
    unique = pd.Series(sentences.dropna().astype(str).unique())
    frames: list[pd.DataFrame] = []
    if unique.empty:
        return pd.DataFrame({"sentence": pd.Series(dtype=str), "candidate": pd.Series(dtype=float)})
    digits = unique.str.extractall(DIGIT_MENTION)
    if not digits.empty:
        owner = unique.iloc[digits.index.get_level_values(0)].to_numpy()
        scale = digits["scale"].str.lower().map(SCALE_WORDS).fillna(1.0).to_numpy()
        for reading in _digit_readings(digits["num"]):
            values = reading.to_numpy(dtype=float)
            frames.append(pd.DataFrame({"sentence": owner, "candidate": values}))
            frames.append(pd.DataFrame({"sentence": owner, "candidate": values * scale}))
    words = unique.str.extractall(WORD_MENTION)
    if not words.empty:
        owner = unique.iloc[words.index.get_level_values(0)].to_numpy()
        parsed = words["words"].map(parse_number_words).astype(float).to_numpy()
        frames.append(pd.DataFrame({"sentence": owner, "candidate": parsed}))
    if not frames:
        return pd.DataFrame({"sentence": pd.Series(dtype=str), "candidate": pd.Series(dtype=float)})
    out = pd.concat(frames, ignore_index=True).dropna()
    return out.drop_duplicates()


def sentence_contains_value(sentences: pd.Series, values: pd.Series) -> pd.Series:
    """Boolean per row: the sentence holds a mention of the value (False for empty sentences).

    A row with a missing value is True here: "value is not null" is its own expectation, and
    counting it twice would blur which rule a row broke.
    """
    frame = pd.DataFrame({"sentence": sentences, "value": pd.to_numeric(values, errors="coerce")})
    frame["row"] = np.arange(len(frame))
    has_text = frame["sentence"].notna() & (frame["sentence"].astype(str).str.strip() != "")
    candidates = sentence_number_values(frame.loc[has_text, "sentence"])
    pairs = frame.loc[has_text & frame["value"].notna(), ["row", "sentence", "value"]].astype(
        {"sentence": str}
    )
    matched = pairs.merge(candidates, on="sentence", how="inner")
    close = np.isclose(matched["candidate"], matched["value"], rtol=REL_TOL, atol=1e-9)
    hit_rows = set(matched.loc[close, "row"].tolist())
    result = frame["row"].isin(hit_rows) | (has_text & frame["value"].isna())
    return pd.Series(result.to_numpy(), index=sentences.index)


def span_in_sentence(frame: pd.DataFrame, documents: pd.DataFrame, *, key: str = "sha256") -> pd.Series:
    """Boolean per row: documents.text[char_start:char_end] is non-empty and occurs in `sentence`.

    Rows whose document is not in `documents` are False: an observation must point at a stored text.
    """
    texts = documents.drop_duplicates(key).set_index(key)["text"]
    joined = frame[[key, "char_start", "char_end", "sentence"]].join(texts, on=key)
    ok = pd.Series(False, index=frame.index)
    usable = joined["text"].notna() & joined["char_start"].notna() & joined["char_end"].notna()
    for idx, text, start, end, sentence in joined.loc[
        usable, ["text", "char_start", "char_end", "sentence"]
    ].itertuples():
        # Slicing is per row by nature (each row has its own offsets); the loop is over plain
        # Python strings and costs microseconds per row.
        span = text[int(start) : int(end)]
        ok.at[idx] = bool(span.strip()) and isinstance(sentence, str) and span in sentence
    return ok
