"""Dagster's SQLite event log, without building a new SQLAlchemy engine for every event.

`SqliteEventLogStorage._connect` creates (and disposes of) an engine per call, and a `dwh run`
stores ~400 events (planned materializations, dbt outputs, dbt test results): measured here,
~4 s of a 35 s run went to engine set-up alone. This subclass keeps one engine per shard file.
The engines use NullPool, as the parent's do, so every use still opens and closes its own
SQLite connection: the behaviour across threads and processes (webserver, daemon, `dwh run`)
is the parent's. Dagster is pinned exactly in pyproject.toml because this overrides a private
method; tests/pipeline checks that a new DAGSTER_HOME uses this class and that runs are stored.

Configured by the dagster.yaml that orchestration.settings.ensure_dagster_home() writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._core.storage.sql import create_engine
from sqlalchemy.pool import NullPool

MAX_ENGINES = 32


class CachedEngineSqliteEventLogStorage(SqliteEventLogStorage):
    def __init__(self, base_dir: str, inst_data: Any | None = None) -> None:
        self._engines: dict[str, Any] = {}
        super().__init__(base_dir, inst_data=inst_data)

    @classmethod
    def from_config_value(cls, inst_data: Any | None, config_value: Any) -> CachedEngineSqliteEventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    def _engine(self, shard: str) -> Any:
        engine = self._engines.pop(shard, None)
        if engine is None:
            while len(self._engines) >= MAX_ENGINES:  # a long-lived webserver reads many runs
                self._engines.pop(next(iter(self._engines))).dispose()
            engine = create_engine(
                self.conn_string_for_shard(shard),
                poolclass=NullPool,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
            )
        self._engines[shard] = engine  # most recently used last
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Any]:
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def delete_events(self, run_id: str) -> None:
        with self._db_lock:
            engine = self._engines.pop(run_id, None)
            if engine is not None:
                engine.dispose()
        super().delete_events(run_id)

    def dispose(self) -> None:
        with self._db_lock:
            engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.dispose()
        super().dispose()
