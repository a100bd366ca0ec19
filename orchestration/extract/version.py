"""The version that says whether a stored extraction is current: the extraction library's
version plus a digest of the seeds it reads. Without Dagster, so `dwh run` can tell from its
first scan whether anything needs extracting (and start dbt's import early) before it loads the
pipeline definitions."""

from __future__ import annotations

import hashlib
from pathlib import Path

from orchestration import settings


def seed_paths() -> list[Path]:
    seeds = settings.dbt_project_dir() / "seeds"
    return [seeds / "indicators.csv", seeds / "org_units.csv"]


def extractor_version() -> str:
    """Library version plus a digest of the seeds it reads: editing the lexicon changes what
    is extracted, so it must also make the runner re-extract."""
    from orchestration.extraction import EXTRACTOR_VERSION

    library = str(EXTRACTOR_VERSION)
    digest = hashlib.sha256()
    for path in seed_paths():
        digest.update(path.read_bytes() if path.exists() else b"")
    return f"{library}+seeds.{digest.hexdigest()[:10]}"
