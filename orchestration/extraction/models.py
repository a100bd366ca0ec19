"""Records that cross the library boundary: observations, unclassified mentions, results."""

from __future__ import annotations

# (typing is only needed by type checkers; importing it costs start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date
    from typing import Any

# The three classes below are what @dataclass makes of them (frozen=True for the first two),
# written out: importing dataclasses (with inspect, ast, dis and tokenize) costs `dwh extract`
# more start-up than extracting several reports. Their __init__, repr, equality, hash and
# refusal to change are a dataclass's; `__dataclass_fields__` (what dataclasses.fields, asdict,
# replace and is_dataclass read) and `__dataclass_params__` are made by @dataclass itself when
# either is first read (_DataclassFields).
# A field is added to a class by adding it to its annotations, its __init__ and its _FIELDS.


class _DataclassFields:
    """`__dataclass_fields__` or `__dataclass_params__` of a written-out dataclass (one
    descriptor each, made by _dataclass_attributes): on first read of either, @dataclass is
    applied to a class with the same annotations and defaults, and its two attributes replace
    both descriptors on the written-out class."""

    def __init__(self, frozen: bool, defaults: dict[str, Any]):
        self.frozen = frozen
        self.defaults = defaults  # field -> default value, or a `list` made anew (default_factory)
        self.owner: type | None = None
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.owner = owner
        self.name = name

    def __get__(self, obj: object, objtype: type | None = None) -> Any:
        import dataclasses

        owner = self.owner
        assert owner is not None
        ns: dict[str, Any] = {"__annotations__": dict(owner.__annotations__), "__module__": owner.__module__}
        for name, default in self.defaults.items():
            ns[name] = dataclasses.field(default_factory=list) if default is list else default
        made = dataclasses.dataclass(frozen=self.frozen)(type(owner.__name__, (), ns))
        owner.__dataclass_fields__ = made.__dataclass_fields__  # type: ignore[attr-defined]
        owner.__dataclass_params__ = made.__dataclass_params__  # type: ignore[attr-defined]
        return getattr(made, self.name)


def _dataclass_attributes(frozen: bool, defaults: dict[str, Any]) -> tuple[_DataclassFields, _DataclassFields]:
    """The two descriptors of a class's `__dataclass_fields__, __dataclass_params__` (each
    remembers which of the two it is: either may be read first)."""
    return _DataclassFields(frozen, defaults), _DataclassFields(frozen, defaults)


class _Frozen:
    """What @dataclass(frozen=True) gives a class of fields `_FIELDS`: repr, equality and hash
    by the fields (in order), and no assignment or deletion of a field."""

    _FIELDS: tuple[str, ...] = ()

    def __repr__(self) -> str:
        fields = ", ".join([f"{name}={getattr(self, name)!r}" for name in self._FIELDS])
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def _values(self) -> tuple:
        return tuple([getattr(self, name) for name in self._FIELDS])

    def __setattr__(self, name: str, value: object) -> None:
        if type(self) in _FROZEN or name in self._FIELDS:
            from dataclasses import FrozenInstanceError

            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        if type(self) in _FROZEN or name in self._FIELDS:
            from dataclasses import FrozenInstanceError

            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super().__delattr__(name)


class Observation(_Frozen):
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

    _FIELDS = (
        "doc_id",
        "unit_name",
        "unit_level",
        "province_name",
        "unit_code",
        "period_start",
        "period_end",
        "period_label",
        "indicator",
        "value",
        "qualifier",
        "unit_phrase",
        "audience",
        "char_start",
        "char_end",
        "sentence",
        "period_type",
        "doc_date",
        "doc_date_source",
    )
    __match_args__ = _FIELDS
    __dataclass_fields__, __dataclass_params__ = _dataclass_attributes(
        frozen=True, defaults={"period_type": None, "doc_date": None, "doc_date_source": None}
    )

    def __init__(
        self,
        doc_id: str,
        unit_name: str | None,
        unit_level: str | None,
        province_name: str | None,
        unit_code: str | None,
        period_start: str | None,
        period_end: str | None,
        period_label: str | None,
        indicator: str,
        value: float,
        qualifier: str,
        unit_phrase: str,
        audience: str,
        char_start: int,
        char_end: int,
        sentence: str,
        period_type: str | None = None,
        doc_date: str | None = None,
        doc_date_source: str | None = None,
    ) -> None:
        self.__dict__.update(
            {
                "doc_id": doc_id,
                "unit_name": unit_name,
                "unit_level": unit_level,
                "province_name": province_name,
                "unit_code": unit_code,
                "period_start": period_start,
                "period_end": period_end,
                "period_label": period_label,
                "indicator": indicator,
                "value": value,
                "qualifier": qualifier,
                "unit_phrase": unit_phrase,
                "audience": audience,
                "char_start": char_start,
                "char_end": char_end,
                "sentence": sentence,
                "period_type": period_type,
                "doc_date": doc_date,
                "doc_date_source": doc_date_source,
            }
        )

    def to_dict(self) -> dict[str, Any]:
        # flat fields only: a plain dict is much cheaper than dataclasses.asdict's deep copy
        return {f: getattr(self, f) for f in _OBS_FIELDS}


class UnclassifiedMention(_Frozen):
    """A number that is not a fact, with the reason (date, document_code, target, ...)."""

    doc_id: str
    value: float | None
    mention_text: str
    char_start: int
    char_end: int
    sentence: str
    reason: str

    _FIELDS = ("doc_id", "value", "mention_text", "char_start", "char_end", "sentence", "reason")
    __match_args__ = _FIELDS
    __dataclass_fields__, __dataclass_params__ = _dataclass_attributes(frozen=True, defaults={})

    def __init__(
        self,
        doc_id: str,
        value: float | None,
        mention_text: str,
        char_start: int,
        char_end: int,
        sentence: str,
        reason: str,
    ) -> None:
        self.__dict__.update(
            {
                "doc_id": doc_id,
                "value": value,
                "mention_text": mention_text,
                "char_start": char_start,
                "char_end": char_end,
                "sentence": sentence,
                "reason": reason,
            }
        )

    def to_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in _MENTION_FIELDS}


# the classes whose instances refuse any assignment (a subclass's own attributes are its own)
_FROZEN = (Observation, UnclassifiedMention)
_OBS_FIELDS = OBSERVATION_FIELDS = Observation._FIELDS  # (the names of dataclasses.fields(Observation))
_MENTION_FIELDS = UnclassifiedMention._FIELDS


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


_NEW_LIST: Any = object()  # (a default: a new list for each instance)


class DocumentResult:
    """What Extractor.extract returns for a document (a dataclass, written out as above)."""

    doc_id: str
    doc_date: date | None
    doc_date_source: str | None
    observations: list[Observation]
    unclassified: list[UnclassifiedMention]

    _FIELDS = ("doc_id", "doc_date", "doc_date_source", "observations", "unclassified")
    __match_args__ = _FIELDS
    __dataclass_fields__, __dataclass_params__ = _dataclass_attributes(
        frozen=False, defaults={"observations": list, "unclassified": list}
    )

    def __init__(
        self,
        doc_id: str,
        doc_date: date | None,
        doc_date_source: str | None,
        observations: list[Observation] = _NEW_LIST,
        unclassified: list[UnclassifiedMention] = _NEW_LIST,
    ) -> None:
        self.doc_id = doc_id
        self.doc_date = doc_date
        self.doc_date_source = doc_date_source
        self.observations = [] if observations is _NEW_LIST else observations
        self.unclassified = [] if unclassified is _NEW_LIST else unclassified

    __repr__ = _Frozen.__repr__
    __eq__ = _Frozen.__eq__
    _values = _Frozen._values
    __hash__ = None  # type: ignore[assignment]  # (mutable, as a dataclass with eq=True)
