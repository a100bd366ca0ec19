"""Row predicates that no built-in GX expectation expresses, named by suite files (`derived:`).

The runner adds each predicate's result as a helper column `_chk_<check_name>` and GX expects it
to be true, so these checks still appear in GX's validation results and Data Docs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from data_contracts.evidence import sentence_contains_value, span_in_sentence

if TYPE_CHECKING:
    import pandas as pd

    Predicate = Callable[[pd.DataFrame, Mapping[str, Any], Mapping[str, Any]], pd.Series]
else:
    from data_contracts.lazy import pandas as pd


class MissingContext(LookupError):
    """A predicate needs reference data the caller did not pass (reported as status `error`)."""


def _require(df: pd.DataFrame, *columns: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise KeyError(f"column(s) {missing} missing from the frame")


def _text_is_nfc(df: pd.DataFrame, context: Mapping[str, Any], params: Mapping[str, Any]) -> pd.Series:
    _require(df, "text")
    text = df["text"]
    # NFC-equal to itself; null texts are the not-null check's business, not this one's
    return text.isna() | (text.astype(str).str.normalize("NFC") == text.astype(str))


def _text_not_blank(df: pd.DataFrame, context: Mapping[str, Any], params: Mapping[str, Any]) -> pd.Series:
    _require(df, "text")
    return df["text"].isna() | (df["text"].astype(str).str.strip() != "")


def _sentence_contains_value(
    df: pd.DataFrame, context: Mapping[str, Any], params: Mapping[str, Any]
) -> pd.Series:
    _require(df, "sentence", "value")
    return sentence_contains_value(df["sentence"], df["value"])


def _span_in_sentence(df: pd.DataFrame, context: Mapping[str, Any], params: Mapping[str, Any]) -> pd.Series:
    _require(df, "sha256", "char_start", "char_end", "sentence")
    documents = context.get("documents")
    if documents is None:
        raise MissingContext("needs context['documents']: a DataFrame with columns sha256, text")
    return span_in_sentence(df, documents)


def _period_end_within_doc_date(
    df: pd.DataFrame, context: Mapping[str, Any], params: Mapping[str, Any]
) -> pd.Series:
    """period_end <= doc_date + grace, where both are known; the grace is grace_days, or
    grace_share of the period's length when that is longer (and period_start is known).

    The grace exists because year-end and half-year reports are routinely dated in the last
    weeks of the period they sum up (a "tổng kết năm 2020" dated 29/12/2020; a year's review
    counted to mid-November and dated 27/11), and the labeling guide keeps the period as
    written. A period ending well after the report is a target or a misread date, which is what
    this check is for. The extractor keeps the same grace (extractor._reporting_grace).
    """
    _require(df, "period_end", "doc_date")
    end = pd.to_datetime(df["period_end"])
    doc_date = pd.to_datetime(df["doc_date"])
    grace = pd.Series(pd.Timedelta(days=int(params.get("grace_days", 0))), index=df.index)
    share = float(params.get("grace_share", 0))
    if share and "period_start" in df.columns:
        # (whole days, rounded down, as the extractor's timedelta // 4)
        length = ((end - pd.to_datetime(df["period_start"])) * share).dt.floor("D")
        grace = grace.where(~(length > grace), length)
    exempt = pd.Series(False, index=df.index)
    if "period_type" in df.columns:
        # a term ("nhiệm kỳ 2015-2020") is dated by its years as written, whatever the report's date
        exempt = df["period_type"].isin(list(params.get("exempt_period_types", [])))
    return end.isna() | doc_date.isna() | exempt | (end <= doc_date + grace)


DERIVED: dict[str, Predicate] = {
    "period_end_within_doc_date": _period_end_within_doc_date,
    "text_is_nfc": _text_is_nfc,
    "text_not_blank": _text_not_blank,
    "sentence_contains_value": _sentence_contains_value,
    "span_in_sentence": _span_in_sentence,
}
