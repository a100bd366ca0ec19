"""dbt imported ahead of time: a small fork server for the one-shot `dwh run`.

A `dbt build` process spends ~4 s of CPU importing dbt before it reads its first file. In
`dwh run` that import sat on the critical path, between the raw contract checks and the first
dbt node, while the second core idled (the main process waits for the GX worker there). This
module moves it off that path:

- `warm_dbt()` (used by `orchestration.runner`) starts `python -m orchestration.dbt.warm`
  once the pipeline definitions are loaded. The server listens on a Unix socket at once and
  then imports dbt and its DuckDB adapter; it opens no database and starts no thread.
- dagster-dbt runs `dwh-dbt` (this module's `client_main`, a console script) as its dbt
  executable. The client sends its argv, working directory, environment and its stdin/stdout/
  stderr file descriptors to the server, which forks; the child takes those descriptors and
  runs dbt's own command line in them, so dagster-dbt reads the same JSON log stream from the
  same pipe as from a plain `dbt` process. The exit code comes back to the client, which exits
  with it; SIGINT/SIGTERM sent to the client (dagster-dbt's cancellation) go to the child.
- Without a server (Dagster UI, daemon, tests that don't use the runner), `dwh-dbt` replaces
  itself with the real `dbt` (`os.execv`): the same command, one exec later.

Each build runs in a fresh fork of a process that has only imported dbt, so no state carries
over from one build to the next. Only the standard library is imported at module level: the
client must start in milliseconds.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

SOCKET_ENV = "DWH_WARM_DBT_SOCKET"
_MAX_MESSAGE = 1 << 20
_STDIO = (0, 1, 2)


def real_dbt() -> str:
    """The dbt console script beside this Python (the venv's), else `dbt` on PATH."""
    beside = Path(sys.executable).with_name("dbt")
    return str(beside) if beside.exists() else "dbt"


# --- server -------------------------------------------------------------------------------


def _run_dbt_in_child(fds: list[int], request: dict) -> None:
    """In the forked child: become the dbt process the client would have exec'ed."""
    try:
        for fd, target in zip(fds, _STDIO, strict=True):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = ["dbt", *request["argv"]]
        sys.stdout.reconfigure(line_buffering=True)  # dagster-dbt streams the log line by line
        from dbt.cli.main import cli

        try:
            cli.main(args=request["argv"], prog_name="dbt", standalone_mode=True)
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except BaseException as exc:  # noqa: BLE001 - reported to the client's stderr, then exit
        with contextlib.suppress(Exception):
            print(f"dwh-dbt: the warm dbt process failed: {exc!r}", file=sys.stderr)
        code = 1
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def _serve_one(conn: socket.socket) -> None:
    message, fds, _flags, _addr = socket.recv_fds(conn, _MAX_MESSAGE, len(_STDIO))
    if len(fds) != len(_STDIO):
        for fd in fds:
            os.close(fd)
        return
    request = json.loads(message.decode("utf-8"))
    pid = os.fork()
    if pid == 0:
        conn.close()
        _run_dbt_in_child(fds, request)
    for fd in fds:
        os.close(fd)
    conn.sendall(json.dumps({"pid": pid}).encode() + b"\n")
    _, status = os.waitpid(pid, 0)
    conn.sendall(json.dumps({"exit": os.waitstatus_to_exitcode(status)}).encode() + b"\n")


# The dataclasses whose JSON schema every `dbt build` of this project builds (mashumaro, on first
# validation; 0.8 s of each build's CPU): built once here, every forked build inherits them.
# Listed from a build that recorded dbt_common.dataclass_schema.build_json_schema's calls.
CONFIG_SCHEMAS = (
    ("dbt.contracts.project", "ProjectFlags"),
    ("dbt.contracts.project", "Project"),
    ("dbt.contracts.project", "ProfileConfig"),
    ("dbt.contracts.project", "PackageConfig"),
    ("dbt.contracts.project", "Configuration"),
    ("dbt.contracts.selection", "SelectorFile"),
    ("dbt.adapters.duckdb.credentials", "DuckDBCredentials"),
    ("dbt.task.test", "TestResultData"),
)


def _build_config_schemas() -> list[str]:
    """Build CONFIG_SCHEMAS' JSON schemas in this process (cached per class by dbt); the ones
    built. A class a future dbt moved or renamed is skipped: this only saves time."""
    import importlib

    built = []
    for module, name in CONFIG_SCHEMAS:
        try:
            getattr(importlib.import_module(module), name).json_schema()
        except Exception:  # noqa: BLE001, S112 - an optimisation, never a failure
            continue
        built.append(name)
    return built


# Source files of the frames above a dbt adapter's construction: dbt_common's behavior flags
# name their source from `inspect.stack()`, which reads the source of every frame (0.3 s of each
# build's CPU). Read once here, the forked builds find them in linecache (which still checks
# each file's size and mtime, so an edited file is read again).
_PREREAD_PACKAGES = ("dbt", "dbt_common", "click", "orchestration", "runpy", "threading")


def _preread_sources() -> int:
    """Fill linecache with the source of the modules a build's stack frames run in, and
    inspect's module-by-file index; the number of files read."""
    import inspect
    import linecache

    read = 0
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] not in _PREREAD_PACKAGES:
            continue
        file = getattr(module, "__file__", None)
        if file and file.endswith(".py") and linecache.getlines(file):
            read += 1
    inspect.getmodule(inspect.currentframe())  # builds inspect's index of module files
    return read


def _preload_manifest_codecs(target_dir: Path) -> bool:
    """Read the project's partial-parse file once and lay its graph flat: mashumaro writes
    and compiles the (de)serialisers of dbt's node classes on first use (0.6 s of each build's
    CPU); the forked builds inherit them. Nothing is kept but those class-level codecs, and a
    missing or unreadable file only means no head start."""
    path = target_dir / "partial_parse.msgpack"
    try:
        from dbt.contracts.graph.manifest import Manifest
        from dbt.parser.manifest import extended_mashumuro_decoder

        manifest = Manifest.from_msgpack(path.read_bytes(), decoder=extended_mashumuro_decoder)
        manifest.build_flat_graph()
    except Exception:  # noqa: BLE001 - an optimisation, never a failure
        return False
    return True


def serve(path: str, target_dir: str | None = None) -> None:
    """Listen first (a client that connects during the import waits in the backlog), then
    import dbt, then run one build per connection until the parent closes our stdin.
    `target_dir`: the dbt target dir of the builds to come, whose partial-parse file primes
    the manifest codecs."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(4)
    import dbt.adapters.duckdb
    import dbt.cli.main
    import dbt.task.build  # noqa: F401

    _build_config_schemas()
    if target_dir:
        _preload_manifest_codecs(Path(target_dir))
    _preread_sources()
    with selectors.DefaultSelector() as selector:
        selector.register(listener, selectors.EVENT_READ)
        selector.register(sys.stdin, selectors.EVENT_READ)  # EOF: the parent has gone
        while True:
            for key, _ in selector.select():
                if key.fileobj is sys.stdin:
                    return
                conn, _ = listener.accept()
                with conn:
                    _serve_one(conn)


# --- client (the `dwh-dbt` console script) -------------------------------------------------


def _read_line(conn: socket.socket, buffer: bytearray) -> dict | None:
    while b"\n" not in buffer:
        chunk = conn.recv(4096)
        if not chunk:
            return None
        buffer.extend(chunk)
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return json.loads(line)


def client_main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = os.environ.get(SOCKET_ENV)
    conn = None
    if path:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            conn.connect(path)
        except OSError:
            conn.close()
            conn = None
    if conn is None:
        dbt = real_dbt()
        os.execvp(dbt, [dbt, *args])
    request = {"argv": args, "cwd": os.getcwd(), "env": dict(os.environ)}
    with conn:
        socket.send_fds(conn, [json.dumps(request).encode("utf-8")], list(_STDIO))
        buffer = bytearray()
        started = _read_line(conn, buffer)
        if started is None:
            print("dwh-dbt: the warm dbt server closed the connection", file=sys.stderr)
            return 1
        child = started["pid"]

        def forward(signum: int, _frame: object) -> None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signum)

        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, forward)
        finished = _read_line(conn, buffer)
    if finished is None:
        print("dwh-dbt: the warm dbt server stopped during the build", file=sys.stderr)
        return 1
    return int(finished["exit"])


# --- the parent's side ---------------------------------------------------------------------


def client_executable() -> str | None:
    """The installed `dwh-dbt` script, when this package is installed (make setup)."""
    beside = Path(sys.executable).with_name("dwh-dbt")
    return str(beside) if beside.exists() else None


class WarmDbt:
    """The server's handle in the parent: `start()` when dbt is about to be needed (the import
    then overlaps the work before it), `close()` at the end; `start()` does nothing without the
    `dwh-dbt` script or when a server is already set for this process tree."""

    def __init__(self) -> None:
        self.server: subprocess.Popen | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None

    def start(self, target_dir: Path | None = None) -> None:
        if self.server is not None or client_executable() is None or os.environ.get(SOCKET_ENV):
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="dwh-dbt-")
        path = str(Path(self._tmp.name) / "dbt.sock")
        self.server = subprocess.Popen(
            [sys.executable, "-m", "orchestration.dbt.warm", path, *([str(target_dir)] if target_dir else [])],
            stdin=subprocess.PIPE,  # closed when this process ends, however it ends
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.environ[SOCKET_ENV] = path

    def close(self) -> None:
        if self.server is None:
            return
        os.environ.pop(SOCKET_ENV, None)
        if self.server.stdin is not None:
            self.server.stdin.close()
        self.server.kill()
        self.server.wait()
        self.server = None
        if self._tmp is not None:
            self._tmp.cleanup()


@contextlib.contextmanager
def warm_dbt() -> Iterator[WarmDbt]:
    warm = WarmDbt()
    try:
        yield warm
    finally:
        warm.close()


if __name__ == "__main__":
    serve(*sys.argv[1:3])
