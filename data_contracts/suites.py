"""Suite files (suites/<schema>.<table>.yaml) read into plain specs, without importing GX.

The files are the analysts' interface; this module turns them into `SuiteSpec`s and reports a
wrong file with its path, the check's name and what was expected.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from data_contracts.derived import DERIVED
from data_contracts.reference import SUITES_DIR

# pandas dtypes that DuckDB's .df() produces for each warehouse type (duckdb 2.0, pandas 3.1).
# Integers with NULLs arrive as float64, so float64 is accepted for integer columns. VARCHAR is
# absent on purpose: GX 1.24 does not recognise pandas 3's `str` dtype (it reports observed
# "str" and still fails), so text types are checked in the warehouse catalog instead.
PANDAS_TYPES: dict[str, list[str]] = {
    "INTEGER": ["int8", "int16", "int32", "int64", "Int32", "Int64", "float64"],
    "BIGINT": ["int32", "int64", "Int64", "float64"],
    "DOUBLE": ["float64", "float32", "Float64"],
    "DATE": ["datetime64", "datetime64[us]", "datetime64[ns]", "datetime64[ms]", "datetime64[s]"],
    "TIMESTAMP": ["datetime64", "datetime64[us]", "datetime64[ns]", "datetime64[ms]", "datetime64[s]"],
    "BOOLEAN": ["bool", "boolean", "object"],
}

_CHECK_KEYS = {
    "name",
    "expectation",
    "kwargs",
    "value_set",
    "where",
    "params",
    "derived",
    "requires_context",
    "blocking",
    "description",
}
_SUITE_KEYS = {"suite", "description", "columns", "checks", "slice_by", "slice_rows"}


class SuiteFileError(ValueError):
    """A suite file that cannot be used; the message names the file, the check and the problem."""


@dataclass(frozen=True)
class ExpectationSpec:
    """One GX expectation of a check; a check with `for_each_column` has one per column."""

    type: str
    kwargs: dict[str, Any]


@dataclass(frozen=True)
class CheckSpec:
    name: str
    blocking: bool
    description: str
    expectations: tuple[ExpectationSpec, ...]
    value_set: Any = None
    where: dict[str, Any] | None = None
    params: dict[str, Any] | None = None
    derived: str | None = None
    requires_context: str | None = None


@dataclass(frozen=True)
class SuiteSpec:
    name: str
    description: str
    columns: dict[str, str]
    checks: tuple[CheckSpec, ...]
    slice_by: tuple[str, ...]
    slice_rows: int
    path: Path

    @property
    def table_name(self) -> str:
        return self.name

    @property
    def check_names(self) -> list[str]:
        return [c.name for c in self.checks]

    def check(self, name: str) -> CheckSpec:
        for c in self.checks:
            if c.name == name:
                return c
        raise KeyError(f"suite {self.name} has no check {name!r}; checks: {self.check_names}")


def _substitute(value: Any, columns: Mapping[str, str]) -> Any:
    if value == "$columns":
        return list(columns)
    if value == "$typed_columns":
        return [c for c, t in columns.items() if t.upper() in PANDAS_TYPES]
    return value


def _parse_where(raw: Any, where: str) -> dict[str, Any] | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping) or not raw:
        raise SuiteFileError(f"{where}: `where` must map column names to the value rows must have")
    return {str(k): v for k, v in raw.items()}


def _parse_check(raw: Mapping[str, Any], columns: Mapping[str, str], where: str) -> CheckSpec:
    unknown = set(raw) - _CHECK_KEYS
    if unknown:
        raise SuiteFileError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_CHECK_KEYS)}")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise SuiteFileError(f"{where}: every check needs a `name`")
    where = f"{where} check {name!r}"
    derived = raw.get("derived")
    expectation = raw.get("expectation")
    if bool(derived) == bool(expectation):
        raise SuiteFileError(f"{where}: give exactly one of `expectation` or `derived`")
    if derived and derived not in DERIVED:
        raise SuiteFileError(f"{where}: derived {derived!r} unknown; known: {sorted(DERIVED)}")
    kwargs = {k: _substitute(v, columns) for k, v in dict(raw.get("kwargs") or {}).items()}
    expectations: list[ExpectationSpec] = []
    if derived:
        # the predicate's result lands in this helper column; GX expects it to be all true
        expectations.append(
            ExpectationSpec(
                "expect_column_values_to_be_in_set", {"column": f"_chk_{name}", "value_set": [True]}
            )
        )
    elif "for_each_column" in kwargs:
        each = kwargs.pop("for_each_column")
        if not isinstance(each, list) or not each:
            raise SuiteFileError(f"{where}: `for_each_column` must be a non-empty list of columns")
        for column in each:
            col_kwargs = {**kwargs, "column": column}
            if expectation == "expect_column_values_to_be_in_type_list" and "type_list" not in kwargs:
                declared = columns.get(column, "").upper()
                if declared not in PANDAS_TYPES:
                    raise SuiteFileError(
                        f"{where}: no pandas types known for {column} ({declared or 'undeclared'})"
                    )
                col_kwargs["type_list"] = PANDAS_TYPES[declared]
            expectations.append(ExpectationSpec(str(expectation), col_kwargs))
    else:
        expectations.append(ExpectationSpec(str(expectation), kwargs))
    blocking = raw.get("blocking", True)
    if not isinstance(blocking, bool):
        raise SuiteFileError(f"{where}: `blocking` must be true or false")
    return CheckSpec(
        name=name,
        blocking=blocking,
        description=str(raw.get("description") or "").strip(),
        expectations=tuple(expectations),
        value_set=raw.get("value_set"),
        where=_parse_where(raw.get("where"), where),
        params=dict(raw.get("params") or {}),
        derived=derived,
        requires_context=raw.get("requires_context"),
    )


def parse_suite(data: Mapping[str, Any], path: Path) -> SuiteSpec:
    unknown = set(data) - _SUITE_KEYS
    if unknown:
        raise SuiteFileError(
            f"{path}: unknown top-level key(s) {sorted(unknown)}; allowed: {sorted(_SUITE_KEYS)}"
        )
    name = data.get("suite")
    if not isinstance(name, str) or "." not in name:
        raise SuiteFileError(f"{path}: `suite` must be the table name, schema.table")
    columns = {str(k): str(v) for k, v in dict(data.get("columns") or {}).items()}
    raw_checks = data.get("checks") or []
    checks = tuple(_parse_check(c, columns, f"{path}") for c in raw_checks)
    names = [c.name for c in checks]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SuiteFileError(f"{path}: duplicate check name(s) {duplicates}")
    return SuiteSpec(
        name=name,
        description=str(data.get("description") or "").strip(),
        columns=columns,
        checks=checks,
        slice_by=tuple(data.get("slice_by") or ()),
        slice_rows=int(data.get("slice_rows") or 200_000),
        path=path,
    )


# libyaml's loader when PyYAML has it (the same documents, ~10x faster than the pure-Python one:
# the suite and rule files are read when the pipeline definitions load).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_SAFE_LOADER)  # a safe loader: plain data, no objects


@functools.cache
def _load_cached(path: str, mtime_ns: int) -> SuiteSpec:
    p = Path(path)
    try:
        data = safe_load_yaml(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SuiteFileError(f"{p}: not valid YAML: {exc}") from exc
    if not isinstance(data, Mapping):
        raise SuiteFileError(f"{p}: expected a mapping at the top level")
    return parse_suite(data, p)


def suite_path(name: str, suites_dir: Path | None = None) -> Path:
    return (suites_dir or SUITES_DIR) / f"{name}.yaml"


def load_suite(name: str, suites_dir: Path | None = None) -> SuiteSpec:
    """The suite for a table; re-read when its file changes (analysts edit while Dagster runs)."""
    path = suite_path(name, suites_dir)
    if not path.is_file():
        known = ", ".join(suite_names(suites_dir)) or "none"
        raise SuiteFileError(f"no suite file {path} for {name!r}; known suites: {known}")
    return _load_cached(str(path), path.stat().st_mtime_ns)


def suite_names(suites_dir: Path | None = None) -> list[str]:
    return sorted(p.name.removesuffix(".yaml") for p in (suites_dir or SUITES_DIR).glob("*.yaml"))
