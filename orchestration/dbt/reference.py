"""Reference data: the dbt assets that read no report data, and when their tests need to run.

Seeds (indicators, org units, crosswalk, population, overrides), their staging views and the
dimensions built only from them are a pure function of the dbt project's files. So are the
results of their dbt tests, given the same dbt, dbt-duckdb and DuckDB versions. `dwh run`
therefore

- skips these assets and their tests entirely when the same warehouse was last published from
  the same files (`reference_only_assets`, with the runner's status check), and
- on any other warehouse builds them but skips their dbt tests when those tests passed on this
  machine for exactly these files and versions (`ReferenceTestCache`), a record kept beside
  dbt's own derived state (`dbt_project/target/reference_tests_passed.json`, or
  `REFERENCE_TESTS_CACHE`).

Editing any dbt file changes the digest, so the tests run again on the next build; the daily
`quality_checks` job and `make test` always run all of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import dagster as dg

from orchestration import settings
from orchestration.jsonfile import read_json_object, write_json_atomic

VERSIONED_PACKAGES = ("dbt-core", "dbt-duckdb", "duckdb")


def reference_only_assets(
    graph: Any, candidates: Iterable[dg.AssetKey], report_data: set[dg.AssetKey]
) -> frozenset[dg.AssetKey]:
    """Assets among `candidates` with no path from report data (`report_data`: the assets that
    write raw.*) in the asset graph."""
    reads_reports: dict[dg.AssetKey, bool] = {}

    def depends_on_reports(key: dg.AssetKey) -> bool:
        if key not in reads_reports:
            parents = graph.get(key).parent_keys
            reads_reports[key] = any(p in report_data or depends_on_reports(p) for p in parents)
        return reads_reports[key]

    return frozenset(k for k in candidates if k not in report_data and not depends_on_reports(k))


def reference_test_keys(
    check_specs: Iterable[dg.AssetCheckSpec], reference: frozenset[dg.AssetKey]
) -> frozenset[dg.AssetCheckKey]:
    """dbt tests whose every input (the tested model and, for relationships tests, the other
    model) is reference data."""
    keys = set()
    for spec in check_specs:
        inputs = {spec.asset_key, *(dep.asset_key for dep in spec.additional_deps)}
        if inputs <= reference:
            keys.add(spec.key)
    return frozenset(keys)


def reference_digest(dbt_files_digest: str) -> str:
    """The dbt files plus the versions of everything that runs the tests."""
    digest = hashlib.sha256(dbt_files_digest.encode())
    for package in VERSIONED_PACKAGES:
        try:
            digest.update(f"|{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"|{package}=?".encode())
    return digest.hexdigest()


class ReferenceTestCache:
    """settings.reference_tests_cache_path(): the reference tests that passed, per digest of the
    dbt files and versions. A missing or unreadable file means: run them."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings.reference_tests_cache_path()

    def passed(self, digest: str, tests: Iterable[str]) -> str | None:
        """When every one of `tests` passed for `digest` (an ISO time), else None."""
        entry = read_json_object(self.path).get(digest)
        if not isinstance(entry, dict) or not set(tests) <= set(entry.get("tests", ())):
            return None
        return str(entry.get("checked_at"))

    def record(self, digest: str, tests: Iterable[str], warehouse: Path) -> None:
        """Keep the newest record only: an older digest is a version of the files that is gone."""
        entry = {
            "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "warehouse": str(warehouse),
            "tests": sorted(tests),
        }
        write_json_atomic(self.path, {digest: entry}, indent=1)


def view_assets(assets_def: dg.AssetsDefinition) -> frozenset[dg.AssetKey]:
    """The dbt models materialized as views. A view holds no rows, only its SQL: when the dbt
    files are those this warehouse was last built from, creating it again changes nothing, while
    its tests (over the rows it shows) must still run."""

    def materialized(key: dg.AssetKey) -> str:
        value = assets_def.get_asset_spec(key).metadata.get("dagster-dbt/materialization_type")
        return str(getattr(value, "value", value))

    return frozenset(k for k in assets_def.keys if materialized(k) == "view")
