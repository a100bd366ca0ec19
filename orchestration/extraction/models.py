"""Records that cross the library boundary: observations, unclassified mentions, results."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

# (typing is only needed by type checkers; importing it costs start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


@dataclass(frozen=True)
class Observation:
    """One fact: the `dwh extract` record (docs/ARCHITECTURE.md, contract)."""

    doc_id: str
    unit_name: str | None
    unit_level: str | None
    province_name: str | None
    unit_code: str | None
    period_start: str | None
    period_end: str | None
    period_label: str | None
    indicator: str
    value: float
    qualifier: str
    unit_phrase: str
    audience: str
    char_start: int
    char_end: int
    sentence: str
    period_type: str | None = None
    doc_date: str | None = None
    doc_date_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # flat fields only: a plain dict is much cheaper than dataclasses.asdict's deep copy
        return {f: getattr(self, f) for f in _OBS_FIELDS}


@dataclass(frozen=True)
class UnclassifiedMention:
    """A number that is not a fact, with the reason (date, document_code, target, ...)."""

    doc_id: str
    value: float | None
    mention_text: str
    char_start: int
    char_end: int
    sentence: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in _MENTION_FIELDS}


_OBS_FIELDS = tuple(f.name for f in fields(Observation))
_MENTION_FIELDS = tuple(f.name for f in fields(UnclassifiedMention))


def _fast_from_dict(cls: type) -> Callable[[dict[str, Any]], Any]:
    """`cls(**values)` for a frozen dataclass, given `values` as a dict of every field in field
    order (a dict display at the caller).

    A frozen dataclass's __init__ sets each field with object.__setattr__ (to get past the
    class's own __setattr__, which refuses); copying the dict into the new instance's __dict__
    gives the same object several times faster, and a dict display is cheaper to pass than as
    many keyword arguments. The extractor makes thousands of these per second.
    """
    new = object.__new__

    def make(values: dict[str, Any]) -> Any:
        obj = new(cls)
        obj.__dict__.update(values)
        return obj

    return make


observation_of = _fast_from_dict(Observation)
unclassified_of = _fast_from_dict(UnclassifiedMention)


@dataclass
class DocumentResult:
    doc_id: str
    doc_date: date | None
    doc_date_source: str | None
    observations: list[Observation] = field(default_factory=list)
    unclassified: list[UnclassifiedMention] = field(default_factory=list)
