"""Dagster resources. `WarehouseResource` hands out short-lived warehouse connections
(orchestration/warehouse.py says why they are short-lived)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from orchestration import settings
from orchestration.warehouse import connect_warehouse


class WarehouseResource(dg.ConfigurableResource):
    """Where the warehouse lives. Empty `path` means `WAREHOUSE_PATH`, read when a step runs."""

    path: str = ""

    def resolved_path(self) -> Path:
        return settings.resolve_path(self.path) if self.path else settings.warehouse_path()

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with connect_warehouse(self.resolved_path()) as conn:
            yield conn
