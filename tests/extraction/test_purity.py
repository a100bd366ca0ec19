"""The extraction library must stay pure: no Dagster, DuckDB or dbt (it runs in the CLI too)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "orchestration" / "extraction"
FORBIDDEN = ("dagster", "duckdb", "dbt", "great_expectations", "pandas", "streamlit")


def test_no_forbidden_imports_in_source() -> None:
    for path in PKG.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for n in names:
                assert n.split(".")[0] not in FORBIDDEN, f"{path.name} imports {n}"


def test_importing_the_library_loads_none_of_them() -> None:
    code = (
        "import sys, orchestration.extraction, orchestration.extraction.cli, "
        "orchestration.extraction.evaluate\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
