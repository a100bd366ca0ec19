"""Fixtures for the pipeline tests: a temporary project state (warehouse, snapshot, inbox,
DAGSTER_HOME) and one expensive sequence of real `dwh run`s shared by the module's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from orchestration.dbt.project import ensure_dbt_manifest


@pytest.fixture(scope="session", autouse=True)
def _quiet_tools() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GX_ANALYTICS_ENABLED", "false")
        mp.setenv("DAGSTER_DISABLE_TELEMETRY", "1")
        mp.setenv("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
        yield


@pytest.fixture(scope="session")
def dbt_manifest() -> Path:
    """Definitions need the manifest before they load (ENVIRONMENT.md)."""
    return ensure_dbt_manifest()


@pytest.fixture(scope="module")
def pipeline_env(tmp_path_factory: pytest.TempPathFactory, dbt_manifest: Path) -> Iterator[dict[str, Path]]:
    """Every path the pipeline writes, pointed into a temporary directory for the module."""
    root = tmp_path_factory.mktemp("pipeline")
    paths = {
        "root": root,
        "warehouse": root / "warehouse.duckdb",
        "snapshot": root / "snapshots" / "dashboard.duckdb",
        "status": root / "snapshots" / "status.json",
        "inbox": root / "inbox",
        "dagster_home": root / "dagster_home",
        "reference_cache": root / "reference_tests_passed.json",
        "quality_docs": root / "quality_docs",
    }
    paths["inbox"].mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WAREHOUSE_PATH", str(paths["warehouse"]))
        mp.setenv("SNAPSHOT_PATH", str(paths["snapshot"]))
        mp.setenv("INBOX_DIR", str(paths["inbox"]))
        mp.setenv("DAGSTER_HOME", str(paths["dagster_home"]))
        # every module starts with no record of passed reference tests: its first run runs all
        mp.setenv("REFERENCE_TESTS_CACHE", str(paths["reference_cache"]))
        mp.setenv("QUALITY_DOCS_DIR", str(paths["quality_docs"]))
        mp.delenv("REPORT_DIRS", raising=False)
        yield paths
