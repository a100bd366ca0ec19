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
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import dagster as dg

from orchestration import settings

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


@dataclass(frozen=True)
class PassedRecord:
    digest: str
    checked_at: str
    warehouse: str
    tests: tuple[str, ...]


class ReferenceTestCache:
    """settings.reference_tests_cache_path(): the reference tests that passed, per
    digest of the dbt files and versions. A missing or unreadable file means: run them."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings.reference_tests_cache_path()

    def _load(self) -> dict[str, Any]:
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def passed(self, digest: str, tests: Iterable[str]) -> PassedRecord | None:
        """The record for `digest` if it covers every one of `tests`, else None."""
        entry = self._load().get(digest)
        if not isinstance(entry, dict) or not set(tests) <= set(entry.get("tests", ())):
            return None
        return PassedRecord(
            digest, str(entry.get("checked_at")), str(entry.get("warehouse")), tuple(entry["tests"])
        )

    def record(self, digest: str, tests: Iterable[str], warehouse: Path) -> None:
        """Keep the newest record only: an older digest is a version of the files that is gone."""
        entry = {
            "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "warehouse": str(warehouse),
            "tests": sorted(tests),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({digest: entry}, indent=1), encoding="utf-8")
        tmp.replace(self.path)
