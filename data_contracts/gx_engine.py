"""Runs a SuiteSpec on a pandas DataFrame with Great Expectations 1.x.

Why pandas and not GX's SQL datasource: over DuckDB it fails every expectation (GX #10738,
#11579; shared/ENVIRONMENT.md). Why one ephemeral context per process: GX's import costs ~7 s
with bytecode cached and ~17 s without (PYTHONDONTWRITEBYTECODE is set on these machines), and
a context plus datasource cost little once made, so everything GX is created lazily, once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib
import importlib.util
import os
import sys
import threading
import time
import types
import uuid
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from data_contracts.derived import DERIVED, MissingContext
from data_contracts.outcomes import CheckOutcome, examples_from_rows, failed_status
from data_contracts.reference import indicator_kinds, seed_column
from data_contracts.suites import CheckSpec, SuiteSpec

DATASOURCE = "data_contracts"
BATCH_DEFINITION = "whole_frame"
RESULT_FORMAT: dict[str, Any] = {"result_format": "SUMMARY", "partial_unexpected_count": 20}
# GX validation results kept for build_data_docs; bounded so a long-lived Dagster process does
# not grow without limit (the daily schedule needs a few dozen at most).
MAX_KEPT_RESULTS = 200

_lock = threading.RLock()


@dataclass(frozen=True)
class KeptValidation:
    result: Any  # ExpectationSuiteValidationResult
    suite_json: dict[str, Any]
    asset_name: str


_kept: OrderedDict[str, KeptValidation] = OrderedDict()


# Imported by GX at module level only for expectations this project does not use (KL divergence,
# Kolmogorov-Smirnov tests) and used there only inside functions: 2.2 s of the ~7 s GX import.
# `scipy` itself is cheap (its submodules load on first use) and is imported for real, so that
# any other scipy submodule imports as usual.
DEFERRED_IMPORTS = ("scipy.stats", "altair")
# Looked up by tools that walk sys.modules (inspect.getmodule, ...): answered without importing.
# (Not __path__: importing a submodule, `import altair.vegalite`, reads it and gets the real one.)
_NOT_FORWARDED = frozenset({"__file__", "__wrapped__", "__code__", "__loader__"})


class DeferredModule(types.ModuleType):
    """Stands in for a module until something uses it: the first attribute read imports the
    real module (and the other deferred ones), which from then on answers every read. Code that
    bound this object (`from scipy import stats`) keeps working through it."""

    def __getattr__(self, name: str) -> Any:
        if name in _NOT_FORWARDED:
            raise AttributeError(name)
        return getattr(_import_deferred(self.__name__), name)


def _import_deferred(name: str) -> types.ModuleType:
    with _deferred_lock:
        for other in DEFERRED_IMPORTS:
            if isinstance(sys.modules.get(other), DeferredModule):
                del sys.modules[other]
        return importlib.import_module(name)


_deferred_lock = threading.RLock()


def _defer_unused_imports() -> None:
    """Before GX is imported: stand-ins for DEFERRED_IMPORTS not imported yet (and installed)."""
    if "great_expectations" in sys.modules:
        return
    for name in DEFERRED_IMPORTS:
        parent = name.rpartition(".")[0]
        try:
            if parent:
                importlib.import_module(parent)
            if name in sys.modules or importlib.util.find_spec(name) is None:
                continue
        except ImportError:
            continue
        sys.modules[name] = DeferredModule(name)


def gx_module() -> Any:
    """Import GX on first use only; analytics off before the import reads the variable, and the
    modules GX would import for nothing deferred (DEFERRED_IMPORTS)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    _defer_unused_imports()
    import great_expectations as gx

    return gx


@functools.cache
def get_context() -> Any:
    """The process-wide ephemeral context with one pandas datasource."""
    gx = gx_module()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    # tqdm bars per metric flood Dagster's logs and pytest's output
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    context.data_sources.add_pandas(DATASOURCE)
    return context


@functools.cache
def _compiled_templates() -> Any:
    """A jinja2 bytecode cache kept in memory for the life of the process (jinja2 is imported
    here, not when this module is)."""
    import jinja2

    class CompiledTemplates(jinja2.BytecodeCache):
        def __init__(self) -> None:
            self.code: dict[str, bytes] = {}

        def load_bytecode(self, bucket: Any) -> None:
            data = self.code.get(bucket.key)
            if data is not None:
                bucket.bytecode_from_string(data)

        def dump_bytecode(self, bucket: Any) -> None:
            self.code[bucket.key] = bucket.bytecode_to_string()

        def clear(self) -> None:
            self.code.clear()

    return CompiledTemplates()


def share_compiled_templates() -> Any:
    """Let every Data Docs page renderer reuse the templates compiled before in this process.

    GX's DefaultJinjaView builds a new jinja2 Environment for each page it renders, so every
    Data Docs site compiled the same ~50 templates again: half of the ~0.7 s a table's site
    took. A bytecode cache shared by those environments (keyed by jinja2 by template name and
    source checksum, so an edited template is compiled again) skips the compiling and gives
    the same pages. Idempotent; returns the cache."""
    from great_expectations.render.view.view import DefaultJinjaView

    cache = _compiled_templates()
    if getattr(DefaultJinjaView.__init__, "_shares_compiled_templates", False):
        return cache
    original = DefaultJinjaView.__init__

    @functools.wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.env.bytecode_cache = cache

    __init__._shares_compiled_templates = True  # type: ignore[attr-defined]
    DefaultJinjaView.__init__ = __init__  # type: ignore[method-assign]
    return cache


def asset_name_for(suite_name: str) -> str:
    return suite_name.replace(".", "__")


@functools.cache
def _validation_definition(suite_name: str) -> tuple[Any, Any]:
    """(suite, validation definition) for a suite name; expectations are replaced per run."""
    gx = gx_module()
    context = get_context()
    datasource = context.data_sources.get(DATASOURCE)
    asset = datasource.add_dataframe_asset(asset_name_for(suite_name))
    batch_definition = asset.add_batch_definition_whole_dataframe(BATCH_DEFINITION)
    suite = context.suites.add(gx.ExpectationSuite(name=suite_name))
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=f"validate {suite_name}", data=batch_definition, suite=suite)
    )
    return suite, definition


@functools.cache
def _expectation_class(snake: str) -> type:
    gx = gx_module()
    camel = "".join(part.capitalize() for part in snake.split("_"))
    cls = getattr(gx.expectations, camel, None)
    if cls is None:
        raise ValueError(f"unknown expectation {snake!r} (no great_expectations.expectations.{camel})")
    return cls


@contextlib.contextmanager
def _configurations_built_once() -> Iterator[None]:
    """While a suite runs, each expectation's `configuration` is built once instead of per read.

    GX 1.x rebuilds `Expectation.configuration` (a pydantic `.dict()` and a new
    ExpectationConfiguration) every time it is read, and one validation reads it ~75 times per
    expectation: 1.4 s of a 3.7 s run of the raw.observations suite, whatever the row count.
    Nothing changes an expectation during a run, so the first build is the answer (GX's own
    `deepcopy(self.configuration)` still copies). The memo holds each expectation, so no id is
    reused while it lives; it lasts for one run (callers hold _lock) and is skipped if a GX
    upgrade makes `configuration` something other than a property.
    """
    cls = gx_module().expectations.Expectation
    original = cls.__dict__.get("configuration")
    if not isinstance(original, property) or original.fget is None:
        yield
        return
    build = original.fget
    built: dict[int, tuple[Any, Any]] = {}

    def configuration(self: Any) -> Any:
        hit = built.get(id(self))
        if hit is None:
            hit = built[id(self)] = (self, build(self))
        return hit[1]

    cls.configuration = property(configuration, doc=original.__doc__)
    try:
        yield
    finally:
        cls.configuration = original


def resolve_value_set(spec: Any, context: Mapping[str, Any]) -> list[Any]:
    """A literal list, {seed, column}, or {context, column[, fallback_seed]} -> allowed values."""
    if isinstance(spec, list):
        return spec
    if not isinstance(spec, Mapping):
        raise TypeError(f"value_set must be a list or a mapping, got {spec!r}")
    column = spec.get("column")
    if "seed" in spec:
        return seed_column(str(spec["seed"]), str(column))
    if "context" in spec:
        frame = context.get(str(spec["context"]))
        if frame is not None:
            if column not in frame.columns:
                raise MissingContext(f"context[{spec['context']!r}] has no column {column!r}")
            return sorted({v for v in frame[column].dropna().tolist()})
        if "fallback_seed" in spec:
            # run_suite on a bare frame: the seed the dim is built from is the next best reference
            return seed_column(str(spec["fallback_seed"]), str(spec.get("fallback_column", column)))
        raise MissingContext(f"needs context[{spec['context']!r}] with column {column!r}")
    raise ValueError(f"value_set mapping needs `seed` or `context`, got {dict(spec)!r}")


def row_condition(where: Mapping[str, Any]) -> Any:
    """GX Condition for `where: {column: value, ...}` (equalities, all must hold).

    Condition objects, not pandas query strings: string row conditions are deprecated since
    GX 1.9 and go away in 2.0.
    """
    from great_expectations.expectations.row_conditions import Column

    conditions = [Column(column) == value for column, value in where.items()]
    combined = conditions[0]
    for condition in conditions[1:]:
        combined = combined & condition
    return combined


def prepare_frame(spec: SuiteSpec, df: pd.DataFrame) -> pd.DataFrame:
    """A copy indexed 0..n-1 (GX reports failing rows by index label), with helper columns."""
    frame = df.reset_index(drop=True).copy(deep=False)
    if "kind" not in frame.columns and "indicator" in frame.columns:
        frame["kind"] = frame["indicator"].map(indicator_kinds())
    return frame


def _error(check: CheckSpec, table: str, message: str, checked_at: dt.datetime) -> CheckOutcome:
    return CheckOutcome(
        check_name=check.name,
        table_name=table,
        status="error",
        blocking=check.blocking,
        failing_rows=0,
        failing_examples=[],
        details=f"could not run: {message}",
        checked_at=checked_at,
    )


def _keep(result: Any, suite: Any, asset_name: str) -> str:
    key = uuid.uuid4().hex
    _kept[key] = KeptValidation(result=result, suite_json=suite.to_json_dict(), asset_name=asset_name)
    while len(_kept) > MAX_KEPT_RESULTS:
        _kept.popitem(last=False)
    return key


def kept_validation(key: str) -> KeptValidation | None:
    return _kept.get(key)


def _describe(exp_type: str, kwargs: Mapping[str, Any], result: Mapping[str, Any]) -> str:
    target = (
        kwargs.get("column")
        or kwargs.get("column_list")
        or (f"{kwargs.get('column_A')} vs {kwargs.get('column_B')}" if "column_A" in kwargs else "table")
    )
    if "unexpected_count" in result:
        sample = result.get("partial_unexpected_list") or []
        shown = ", ".join(map(str, sample[:5]))
        of = result.get("element_count")
        return f"{target}: {result['unexpected_count']} of {of} rows unexpected" + (
            f" (e.g. {shown})" if shown else ""
        )
    if "details" in result:
        return f"{target}: {result['details']}"
    return f"{target}: observed {result.get('observed_value')!r}"


def validate_frame(
    spec: SuiteSpec,
    df: pd.DataFrame,
    context: Mapping[str, Any],
    checked_at: dt.datetime,
) -> list[CheckOutcome]:
    """One CheckOutcome per check of the suite, in file order.

    In the GX worker process when one is running (data_contracts.gx_worker), else here."""
    from data_contracts.gx_worker import active

    worker = active()
    if worker is not None:
        return worker.call(validate_frame_here, spec, df, context, checked_at)
    return validate_frame_here(spec, df, context, checked_at)


def validate_frame_here(
    spec: SuiteSpec,
    df: pd.DataFrame,
    context: Mapping[str, Any],
    checked_at: dt.datetime,
) -> list[CheckOutcome]:
    """validate_frame in this process."""
    frame = prepare_frame(spec, df)
    outcomes: dict[str, CheckOutcome] = {}
    runnable: list[tuple[CheckSpec, list[Any]]] = []
    for check in spec.checks:
        try:
            if check.derived:
                predicate = DERIVED[check.derived]
                frame[f"_chk_{check.name}"] = predicate(frame, context, check.params or {}).astype(bool)
            value_set = resolve_value_set(check.value_set, context) if check.value_set is not None else None
            built = []
            for exp in check.expectations:
                kwargs = dict(exp.kwargs)
                if value_set is not None:
                    kwargs["value_set"] = value_set
                if check.where:
                    kwargs["row_condition"] = row_condition(check.where)
                built.append(_expectation_class(exp.type)(**kwargs, meta={"check_name": check.name}))
            runnable.append((check, built))
        except (MissingContext, KeyError, ValueError, TypeError, FileNotFoundError) as exc:
            outcomes[check.name] = _error(check, spec.table_name, str(exc), checked_at)

    key: str | None = None
    results_by_check: dict[str, list[Any]] = {}
    if runnable:
        with _lock:
            suite, definition = _validation_definition(spec.name)
            # One assignment and one save: suite.add_expectation() on a stored suite re-serializes
            # the whole suite per call (quadratic; ~10 s for 34 expectations on this machine).
            suite.expectations = [expectation for _, built in runnable for expectation in built]
            suite.save()
            started = time.perf_counter()
            with _configurations_built_once():
                result = definition.run(batch_parameters={"dataframe": frame}, result_format=RESULT_FORMAT)
            result.meta["data_contracts_seconds"] = round(time.perf_counter() - started, 3)
            key = _keep(result, suite, asset_name_for(spec.name))
        for r in result.results:
            results_by_check.setdefault(r.expectation_config.meta["check_name"], []).append(r)

    for check, _ in runnable:
        outcomes[check.name] = _to_outcome(
            check, spec, frame, results_by_check.get(check.name, []), checked_at, key
        )
    return [outcomes[c.name] for c in spec.checks]


def _distinct_rows(counts: list[int], index: list[Any]) -> tuple[int, bool]:
    """Rows failing a check made of several expectations (one per column), without double counts.

    GX's SUMMARY format lists at most 20 failing indices per expectation; when every count fits,
    the union of the lists is exact. Otherwise the largest count is a lower bound.
    """
    if len(counts) <= 1:
        return (counts[0] if counts else 0), True
    if all(c <= RESULT_FORMAT["partial_unexpected_count"] for c in counts):
        return len(set(index)), True
    return max(counts), False


def _to_outcome(
    check: CheckSpec,
    spec: SuiteSpec,
    frame: pd.DataFrame,
    results: list[Any],
    checked_at: dt.datetime,
    key: str | None,
) -> CheckOutcome:
    errors: list[str] = []
    failures: list[str] = []
    counts: list[int] = []
    index: list[Any] = []
    for r in results:
        cfg = r.expectation_config
        info = r.exception_info or {}
        if info.get("raised_exception"):
            errors.append(f"{cfg.kwargs.get('column', cfg.type)}: {info.get('exception_message')}")
            continue
        if r.success:
            continue
        failures.append(_describe(cfg.type, cfg.kwargs, r.result))
        counts.append(int(r.result.get("unexpected_count") or 0))
        index.extend(r.result.get("partial_unexpected_index_list") or [])
    failing_rows, exact = _distinct_rows(counts, index)
    if not exact:
        failures.append(f"at least {failing_rows} distinct rows (one column's count; others may overlap)")
    keys = (key,) if key else ()
    base = {"check_name": check.name, "table_name": spec.table_name, "blocking": check.blocking}
    if errors or not results:
        message = "; ".join(errors) or "GX returned no result"
        return CheckOutcome(
            **base,
            status="error",
            failing_rows=failing_rows,
            failing_examples=[],
            details=f"could not run: {message}",
            checked_at=checked_at,
            validation_keys=keys,
        )
    if failures:
        extra = [
            c for c in (e.kwargs.get("column") for e in check.expectations) if c and not c.startswith("_")
        ]
        return CheckOutcome(
            **base,
            status=failed_status(check.blocking),
            failing_rows=failing_rows,
            failing_examples=examples_from_rows(frame, index, extra=extra),
            details="; ".join(failures) + (f" — {check.description}" if check.description else ""),
            checked_at=checked_at,
            validation_keys=keys,
        )
    return CheckOutcome(
        **base,
        status="passed",
        failing_rows=0,
        failing_examples=[],
        details=check.description or "passed",
        checked_at=checked_at,
        validation_keys=keys,
    )
