"""Plain records for the extractor's internal values (tokens, mentions, sentences, periods).

A class with `__slots__` and a written-out `__init__` costs nothing to define at import (a
dataclass compiles its methods then: about a millisecond each) and its instances are smaller
and quicker to make and free. The library's own results (models.py) behave as dataclasses
(written out there, with dataclasses' fields made when first asked for).
"""

from __future__ import annotations


class Record:
    """Base of a slotted record: the dataclass-like repr and equality (field by field)."""

    __slots__ = ()

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # (mutable, as a dataclass with eq=True)


class FrozenRecord(Record):
    """A slotted record that refuses changes once made, and hashes by its fields (as a frozen
    dataclass)."""

    __slots__ = ()

    def _init(self, **fields: object) -> None:
        """Set the fields (from __init__: plain assignment refuses)."""
        set_field = object.__setattr__
        for name, value in fields.items():
            set_field(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:
        return hash(self._values())
