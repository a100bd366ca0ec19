"""Fixtures for the data-contract tests: real DuckDB files in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

# before anything imports GX: no analytics calls from a closed network
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from contract_factories import write_warehouse


@pytest.fixture
def warehouse(tmp_path: Path) -> Callable[..., Path]:
    """Factory: write raw tables to a fresh DuckDB file and return its path."""

    def make(observations: list[dict[str, Any]], documents: list[dict[str, Any]] | None = None) -> Path:
        return write_warehouse(
            tmp_path / f"wh_{len(list(tmp_path.iterdir()))}.duckdb", observations, documents
        )

    return make


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Callable[[Path], duckdb.DuckDBPyConnection]]:
    opened: list[duckdb.DuckDBPyConnection] = []

    def open_(path: Path) -> duckdb.DuckDBPyConnection:
        con = duckdb.connect(str(path), read_only=True)
        opened.append(con)
        return con

    yield open_
    for con in opened:
        con.close()
