"""Dagster's SQLite event log, with one engine and one open connection per file.

`SqliteEventLogStorage._connect` creates (and disposes of) an engine per call, so every event
opens a SQLite connection and closes it again; the database is in WAL mode, and closing its
last connection checkpoints the WAL and deletes it. A `dwh run` stores ~400 events (planned
materializations, dbt outputs, dbt test results). This subclass keeps one engine per shard
file, and each engine keeps one connection open between uses (QueuePool of size 1; a nested
use, as in the parent's schema set-up, gets a short-lived extra connection). Measured with
`python -m bench.event_log_bench`: 310 events cost 6.0 s (3.4 s CPU) with the parent's
storage, 2.1 s (1.8 s CPU) with this one.

Every use still runs under the parent's `_db_lock`, so the kept connection serves one thread
at a time (hence `check_same_thread=False`). Other processes (webserver, daemon, another
`dwh run`) open their own connections; SQLite's WAL locking is what keeps them consistent, as
with the parent. Dagster is pinned exactly in pyproject.toml because this overrides a private
method; tests/pipeline checks that a new DAGSTER_HOME uses this class and that runs are stored
and read back from a second instance.

A run's events go to a SQLite file of their own (`<run_id>.db`). The parent creates each one
with SQLAlchemy's DDL and stamps its Alembic revision: about 0.15 s per run, and `dwh run` makes
two runs. This class creates that file once per Dagster version as a template
(`.run-shard-template-<version>.sqlite`, which Dagster's `*.db` listings ignore) and gives
every new run a byte copy of it: the same schema, journal mode and revision stamp.

Configured by the dagster.yaml that orchestration.settings.ensure_dagster_home() writes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    INDEX_SHARD_NAME,
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._core.storage.sql import create_engine
from dagster.version import __version__ as DAGSTER_VERSION
from sqlalchemy.pool import QueuePool

MAX_ENGINES = 32


def _synchronous_normal(dbapi_connection: Any, _record: Any) -> None:
    """WAL with synchronous=NORMAL: a commit appends to the WAL without an fsync (the WAL is
    synced at checkpoints). SQLite's default, FULL, syncs on every commit, and a run commits
    once per event. The database stays consistent after a crash; a power cut can lose the
    last events of a run (its history, not the warehouse, which is DuckDB)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


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
                poolclass=QueuePool,
                pool_size=1,
                max_overflow=4,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
            )
            sqlalchemy.event.listen(engine, "connect", _synchronous_normal)
        self._engines[shard] = engine  # most recently used last
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Any]:
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                if not self._copied_from_template(shard):
                    self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def _template_path(self) -> str:
        return os.path.join(self._base_dir, f".run-shard-template-{DAGSTER_VERSION}.sqlite")

    def _copied_from_template(self, shard: str) -> bool:
        """Create a run's new shard file as a copy of the template (made now if missing). False
        when the shard is the index, its file exists already, or it could not be copied: the
        parent's set-up then runs as usual."""
        path = self.path_for_shard(shard)
        if shard == INDEX_SHARD_NAME or os.path.exists(path):
            return False
        template = self._template_path()
        scratch = os.path.join(self._base_dir, f".{shard}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            if not os.path.exists(template):
                self._write_template(template)
            shutil.copyfile(template, scratch)
            os.link(scratch, path)  # never replaces a shard another process created meanwhile
        except (OSError, sqlite3.Error, sqlalchemy.exc.SQLAlchemyError):
            return False  # (no hard links here, a shard created meanwhile, no template)
        finally:
            if os.path.exists(scratch):
                os.unlink(scratch)
        return True

    def _write_template(self, template: str) -> None:
        scratch = f"{template}.{uuid.uuid4().hex[:8]}.tmp"
        try:
            engine = create_engine(f"sqlite:///{scratch}", poolclass=sqlalchemy.pool.NullPool)
            try:
                self._initdb(engine)  # the parent's set-up: tables, indexes, WAL, Alembic stamp
            finally:
                engine.dispose()
            con = sqlite3.connect(scratch)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself
            finally:
                con.close()
            os.replace(scratch, template)
        finally:
            for leftover in (scratch, f"{scratch}-wal", f"{scratch}-shm"):
                if os.path.exists(leftover):
                    os.unlink(leftover)

    def delete_events(self, run_id: str) -> None:
        with self._db_lock:
            engine = self._engines.pop(run_id, None)
            if engine is not None:
                engine.dispose()
        super().delete_events(run_id)

    def wipe(self) -> None:
        self._dispose_engines()  # the parent deletes the run shard files
        super().wipe()

    def _dispose_engines(self) -> None:
        with self._db_lock:
            engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.dispose()

    def dispose(self) -> None:
        self._dispose_engines()
        super().dispose()
