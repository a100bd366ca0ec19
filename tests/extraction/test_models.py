"""models.py's result classes are written out, not made by @dataclass (start-up time): they
must behave as the dataclasses they spell out."""

from __future__ import annotations

import dataclasses
import inspect
import os
import pickle
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from orchestration.extraction import models
from orchestration.extraction.models import DocumentResult, Observation, UnclassifiedMention


@dataclass(frozen=True)
class RefObservation:
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


@dataclass(frozen=True)
class RefUnclassifiedMention:
    doc_id: str
    value: float | None
    mention_text: str
    char_start: int
    char_end: int
    sentence: str
    reason: str


@dataclass
class RefDocumentResult:
    doc_id: str
    doc_date: date | None
    doc_date_source: str | None
    observations: list[Observation] = field(default_factory=list)
    unclassified: list[UnclassifiedMention] = field(default_factory=list)


OBS_ARGS = ("d", "Quận 5", "district", "HCM", "774", "2020-01-01", "2020-12-31", "2020", "x", 12.0, "exact",
            "buổi", "all", 10, 12, "12 buổi")
PAIRS = [
    (Observation, RefObservation, OBS_ARGS),
    (Observation, RefObservation, (*OBS_ARGS, "year", "2020-12-20", "text")),
    (UnclassifiedMention, RefUnclassifiedMention, ("d", 2020.0, "2020", 5, 9, "năm 2020", "year")),
    (DocumentResult, RefDocumentResult, ("d", None, None)),
    (DocumentResult, RefDocumentResult, ("d", None, "text", [1], [2])),
]


def _same_fields(cls: type, ref: type) -> None:
    got = [(f.name, f.default, f.default_factory, f.init, f.repr, f.hash, f.compare, f.kw_only)
           for f in dataclasses.fields(cls)]
    want = [(f.name, f.default, f.default_factory, f.init, f.repr, f.hash, f.compare, f.kw_only)
            for f in dataclasses.fields(ref)]
    assert got == want
    assert [f.type for f in dataclasses.fields(cls)] == [f.type for f in dataclasses.fields(ref)]


@pytest.mark.parametrize("cls, ref, args", PAIRS)
def test_written_out_classes_behave_as_their_dataclasses(cls: type, ref: type, args: tuple) -> None:
    _same_fields(cls, ref)
    assert dataclasses.is_dataclass(cls) and dataclasses.is_dataclass(cls(*args))
    assert cls.__dataclass_params__.frozen == ref.__dataclass_params__.frozen
    assert cls.__match_args__ == ref.__match_args__
    got, want = inspect.signature(cls).parameters, inspect.signature(ref).parameters
    assert list(got) == list(want)
    # (a default made anew for each instance shows as a sentinel, the dataclass's or ours)
    assert [p.default for p in got.values() if p.default is not models._NEW_LIST] == [
        p.default for p in want.values() if p.name not in ("observations", "unclassified")]
    a, b, r = cls(*args), cls(*args), ref(*args)
    assert repr(a) == repr(r).replace(ref.__name__, cls.__name__, 1)
    assert vars(a) == vars(r) and list(vars(a)) == list(vars(r))
    assert a == b and (a != b) is False and a != r and (a == 1) is False
    assert dataclasses.asdict(a) == dataclasses.asdict(r)
    assert dataclasses.astuple(a) == dataclasses.astuple(r)
    changed = dataclasses.replace(a, doc_id="e")
    assert type(changed) is cls and changed.doc_id == "e" and changed != a
    assert pickle.loads(pickle.dumps(a)) == a
    if ref.__dataclass_params__.frozen:
        assert hash(a) == hash(b) == hash(r)
        for action in (lambda: setattr(a, "doc_id", "e"), lambda: delattr(a, "doc_id"),
                       lambda: setattr(a, "other", 1)):
            with pytest.raises(dataclasses.FrozenInstanceError):
                action()
    else:
        assert type(a).__hash__ is None
        a.doc_id = "e"
        assert a != b
    if cls is DocumentResult and len(args) == 3:
        assert a.observations == [] and a.observations is not b.observations


def test_record_helpers() -> None:
    values = dict(zip(models.OBSERVATION_FIELDS, (*OBS_ARGS, None, None, None)))
    assert models.observation_of(values) == Observation(*OBS_ARGS)
    assert Observation(*OBS_ARGS).to_dict() == dataclasses.asdict(RefObservation(*OBS_ARGS))
    assert models.OBSERVATION_FIELDS == tuple(f.name for f in dataclasses.fields(RefObservation))


def test_dataclass_params_read_first() -> None:
    """`__dataclass_params__` read before `__dataclass_fields__` (in a fresh interpreter: the
    first read of either makes both, in this process the tests above have made them)."""
    code = (
        "from orchestration.extraction.models import DocumentResult, Observation, UnclassifiedMention\n"
        "print([c.__dataclass_params__.frozen for c in (Observation, UnclassifiedMention, DocumentResult)])\n"
        "print([len(c.__dataclass_fields__) for c in (Observation, UnclassifiedMention, DocumentResult)])\n"
    )
    root = str(Path(models.__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    refs = (RefObservation, RefUnclassifiedMention, RefDocumentResult)
    assert done.stdout.splitlines() == [
        str([r.__dataclass_params__.frozen for r in refs]),
        str([len(dataclasses.fields(r)) for r in refs]),
    ]
