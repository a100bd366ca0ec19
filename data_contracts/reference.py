"""Reference data the contracts compare against: the dbt seeds are the single source of truth.

The taxonomy lives in dbt_project/seeds/indicators.csv (read by dbt and by extraction too), so a
new indicator added there is accepted by the contracts without touching a suite file.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
else:
    from data_contracts.lazy import pandas as pd

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
SEEDS_DIR = PROJECT_ROOT / "dbt_project" / "seeds"
SUITES_DIR = PACKAGE_DIR / "suites"
RULES_DIR = PACKAGE_DIR / "rules"


@functools.cache
def _read_seed_cached(path: str, mtime_ns: int) -> pd.DataFrame:
    # keep_default_na=False: codes such as "01" (Hà Nội) and empty notes must stay strings
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def read_seed(name: str, seeds_dir: Path | None = None) -> pd.DataFrame:
    """A seed CSV as strings; cached per file version so an edited seed is re-read."""
    path = (seeds_dir or SEEDS_DIR) / name
    if not path.is_file():
        raise FileNotFoundError(f"seed {path} not found (expected a dbt seed CSV)")
    return _read_seed_cached(str(path), path.stat().st_mtime_ns).copy()


def seed_column(name: str, column: str, seeds_dir: Path | None = None) -> list[str]:
    df = read_seed(name, seeds_dir)
    if column not in df.columns:
        raise KeyError(f"seed {name} has no column {column!r}; columns: {list(df.columns)}")
    return sorted({v for v in df[column] if v != ""})


def indicator_kinds(seeds_dir: Path | None = None) -> dict[str, str]:
    """indicator code -> kind (flow | stock | rate)."""
    df = read_seed("indicators.csv", seeds_dir)
    return dict(zip(df["code"], df["kind"], strict=True))
