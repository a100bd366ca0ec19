"""Fixtures for the dashboard tests: a realistic snapshot file and status.json per test session."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

# fixture_snapshot sits beside this file; tests/ has no packages (pytest's default rootdir import)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixture_snapshot import build_snapshot, write_status


@pytest.fixture(scope="session")
def snapshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot directory like data/snapshots/: dashboard.duckdb + a successful status.json."""
    directory = tmp_path_factory.mktemp("snapshots")
    build_snapshot(directory / "dashboard.duckdb")
    write_status(
        directory / "status.json",
        ok=True,
        attempt_at=datetime(2026, 11, 21, 23, 0, tzinfo=UTC),
        good_at=datetime(2026, 11, 21, 23, 0, tzinfo=UTC),
    )
    return directory


@pytest.fixture
def snapshot_env(snapshot_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point SNAPSHOT_PATH (read at call time by orchestration.settings) at the fixture."""
    path = snapshot_dir / "dashboard.duckdb"
    monkeypatch.setenv("SNAPSHOT_PATH", str(path))
    return path
