"""Paths shared by Dagster, dbt (through `WAREHOUSE_PATH`), the checks and the dashboard.

Every value is read from the environment when it is asked for, not at import time: tests and
`dwh run --warehouse PATH` set the variables after this module is imported, and a constant
frozen at import would silently keep pointing at the user's real warehouse.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent

# Written into a new DAGSTER_HOME: the machines have no network, and Dagster's telemetry
# would otherwise try to phone home from every process.
DAGSTER_YAML = """\
# Created by orchestration.settings.ensure_dagster_home(); edit freely, it is never overwritten.
telemetry:
  enabled: false
# Every writer of the DuckDB warehouse must run one at a time (single-writer file lock);
# ops that touch it declare pool "warehouse".
concurrency:
  pools:
    default_limit: 1
# Dagster's SQLite event log, keeping one engine and one open connection per file instead of
# a new one per event (orchestration/instance_storage.py).
event_log_storage:
  module: orchestration.instance_storage
  class: CachedEngineSqliteEventLogStorage
  config:
    base_dir: {event_log_dir}
"""


def dagster_yaml(home: Path) -> str:
    """The instance configuration for a new DAGSTER_HOME (JSON-quoted paths are valid YAML)."""
    return DAGSTER_YAML.format(event_log_dir=json.dumps(str(home / "history" / "runs")))


def _is_project_root(path: Path) -> bool:
    return (path / "pyproject.toml").is_file() and (path / "orchestration").is_dir()


def project_root() -> Path:
    """The checkout that holds `pyproject.toml`, `orchestration/` and `dbt_project/`.

    `DWH_PROJECT_ROOT` wins; then the directory above this package (the editable install the
    team uses); then the first ancestor of the working directory that looks like the project,
    which covers a non-editable install run from inside a checkout.
    """
    explicit = os.environ.get("DWH_PROJECT_ROOT")
    if explicit:
        return Path(explicit).resolve()
    if _is_project_root(_PACKAGE_DIR.parent):
        return _PACKAGE_DIR.parent
    cwd = Path.cwd().resolve()
    for candidate in (cwd, *cwd.parents):
        if _is_project_root(candidate):
            return candidate
    raise RuntimeError(
        "cannot find the project root (a directory with pyproject.toml and orchestration/); "
        "run from inside the checkout or set DWH_PROJECT_ROOT"
    )


def resolve_path(raw: str | os.PathLike[str]) -> Path:
    """Absolute path; relative ones are taken against the project root, not the cwd."""
    path = Path(raw).expanduser()
    if not path.is_absolute():
        path = project_root() / path
    return path.resolve()


def _path_from_env(var: str, default: str) -> Path:
    return resolve_path(os.environ.get(var) or default)


def warehouse_path() -> Path:
    return _path_from_env("WAREHOUSE_PATH", "data/warehouse.duckdb")


def snapshot_path() -> Path:
    return _path_from_env("SNAPSHOT_PATH", "data/snapshots/dashboard.duckdb")


def quality_docs_dir() -> Path:
    """Data Docs of the contract checks: index.html per checked table (and GX's own site)."""
    return _path_from_env("QUALITY_DOCS_DIR", "data/quality_docs")


def status_path() -> Path:
    """`status.json` lives beside the snapshot so one SNAPSHOT_PATH moves both."""
    return snapshot_path().parent / "status.json"


def inbox_dir() -> Path:
    return _path_from_env("INBOX_DIR", "data/reports/inbox")


def sample_reports_dir() -> Path:
    return project_root() / "data" / "reports" / "sample"


def default_report_dirs() -> list[Path]:
    """Folders `dwh run` scans when given no `--reports`: the samples and the inbox.

    The samples are included so that a fresh checkout's first `dwh run` fills the dashboard;
    `REPORT_DIRS` (os.pathsep-separated) replaces the list for deployments without samples.
    """
    raw = os.environ.get("REPORT_DIRS")
    if raw:
        return [resolve_path(part) for part in raw.split(os.pathsep) if part]
    return [sample_reports_dir(), inbox_dir()]


def dbt_project_dir() -> Path:
    return project_root() / "dbt_project"


def reference_tests_cache_path() -> Path:
    """Record of the reference-data dbt tests that passed, per version of the dbt files
    (orchestration/dbt/reference.py); beside dbt's own derived state by default."""
    return resolve_path(
        os.environ.get("REFERENCE_TESTS_CACHE") or dbt_project_dir() / "target" / "reference_tests_passed.json"
    )


def dagster_home() -> Path:
    return _path_from_env("DAGSTER_HOME", "data/dagster_home")


def ensure_dagster_home() -> Path:
    """Create DAGSTER_HOME (and its dagster.yaml with telemetry off) and export it.

    Exporting matters: `DagsterInstance.get()` and the dbt subprocess read the variable, not
    this function.
    """
    home = dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(dagster_yaml(home), encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    return home
