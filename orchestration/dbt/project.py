"""Where the dbt project lives and how its manifest is kept fresh.

Dagster reads the manifest when Definitions load, so it must exist (and be current) before
`orchestration.definitions` is imported; `ensure_dbt_manifest()` is that step, called by the
runner, the tests and `make setup`, and by the dbt assets module as a last resort.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from orchestration import settings

# Everything `dbt parse` reads; a newer file than the manifest means the manifest is stale.
_PARSE_INPUTS = ("models", "macros", "seeds", "tests", "snapshots", "analyses")
_PARSE_FILES = ("dbt_project.yml", "profiles.yml", "packages.yml", "selectors.yml")


def project_dir() -> Path:
    return settings.dbt_project_dir()


def manifest_path() -> Path:
    return project_dir() / "target" / "manifest.json"


def dagster_target_path(warehouse: Path | None = None) -> Path:
    """dbt's target dir for the pipeline's runs: beside the warehouse it builds.

    One per warehouse, because dbt drops its partial-parse cache whenever the profile (the
    warehouse path) changes: a shared dir made every run after a test run re-parse the whole
    project. Fixed, not dagster-dbt's default of a new dir per run, for the same reason.
    """
    warehouse = warehouse or settings.warehouse_path()
    return warehouse.with_name(warehouse.name + ".dbt_target")


def dbt_inputs_digest() -> str:
    """Digest of every file dbt reads: a changed model or seed must rebuild the marts."""
    digest = hashlib.sha256()
    root = project_dir()
    paths = [root / "dbt_project.yml"]
    for folder in ("models", "macros", "seeds", "tests", "snapshots"):
        if (root / folder).is_dir():
            paths.extend(p for p in (root / folder).rglob("*") if p.is_file())
    for path in sorted(paths):
        if path.exists():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def dbt_env() -> dict[str, str]:
    """profiles.yml reads WAREHOUSE_PATH with no default: always hand dbt the absolute path."""
    env = dict(os.environ)
    env["WAREHOUSE_PATH"] = str(settings.warehouse_path())
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    return env


def dbt_executable() -> str:
    """The dbt console script beside this Python (the venv's), else `dbt` on PATH."""
    from orchestration.dbt.warm import real_dbt

    return real_dbt()


def newest_input_mtime() -> float:
    root = project_dir()
    newest = 0.0
    for name in _PARSE_FILES:
        path = root / name
        if path.exists():
            newest = max(newest, path.stat().st_mtime)
    for name in _PARSE_INPUTS:
        base = root / name
        if base.is_dir():
            for path in base.rglob("*"):
                if path.is_file():
                    newest = max(newest, path.stat().st_mtime)
    return newest


def manifest_is_fresh() -> bool:
    manifest = manifest_path()
    return manifest.exists() and manifest.stat().st_mtime >= newest_input_mtime()


def ensure_dbt_manifest(force: bool = False) -> Path:
    """Run `dbt parse` when the manifest is missing or older than the project's files."""
    if not force and manifest_is_fresh():
        return manifest_path()
    if not (project_dir() / "dbt_project.yml").exists():
        raise RuntimeError(f"no dbt project at {project_dir()} (dbt_project.yml missing)")
    os.environ.setdefault("WAREHOUSE_PATH", str(settings.warehouse_path()))
    completed = subprocess.run(
        [dbt_executable(), "parse", "--quiet", "--project-dir", str(project_dir()),
         "--profiles-dir", str(project_dir())],
        env=dbt_env(),
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    if completed.returncode != 0:
        raise RuntimeError(
            f"`dbt parse` failed in {project_dir()} (exit {completed.returncode}):\n"
            f"{completed.stdout[-4000:]}{completed.stderr[-4000:]}"
        )
    return manifest_path()
