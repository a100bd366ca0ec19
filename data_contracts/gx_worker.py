"""Great Expectations in a helper process, so that its import costs no wall time.

Importing GX takes ~5 s of CPU (pandas, SQLAlchemy, its own modules...). On a two-core machine
a second process can import GX while this one works, where a thread could not (the import holds
the GIL). `GxWorker` is that process (`python -m data_contracts.gx_worker`): it imports GX and
builds the ephemeral context when it is prepared (`prepare()`, at once by default), then runs
the calls the parent sends it, one at a time, over its stdin/stdout (pickled). `dwh run`
prepares it when its dbt build starts: before that both cores are busy (Dagster's import here,
dbt's in the warm dbt server), during the build this process mostly waits. GX's results stay in
the worker, where `build_data_docs` finds them. Requests are written by a thread of the parent,
so a caller never waits for a worker that is still importing to read them.

Two kinds of request: a call, whose caller waits for the reply, and background work (Data Docs
pages) that nobody waits for until the worker stops. The worker queues background work and runs
it only while no call is waiting, so a contract check never waits behind the pages of the one
before it; the pages are written while the pipeline runs dbt or publishes, and all of them
before the worker stops.

Nothing changes for callers: `gx_engine.validate_frame` and `runner.build_data_docs` forward
to the active worker when there is one and run in-process otherwise (Dagster UI, daemon, tests).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, TypeVar

T = TypeVar("T")

_active: GxWorker | None = None
_active_lock = threading.Lock()


class GxWorkerError(RuntimeError):
    """The worker died or could not run a call; the message carries its traceback or stderr."""


class GxWorker:
    """`import_now`: the worker imports GX as soon as it starts; otherwise when `prepare()` is
    called or its first request arrives (`dwh run` prepares it when the dbt build starts, see
    `gx_worker`)."""

    def __init__(self, import_now: bool = True) -> None:
        env = {**os.environ, "GX_ANALYTICS_ENABLED": os.environ.get("GX_ANALYTICS_ENABLED", "false")}
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - kept open for the worker's life
        self._process = subprocess.Popen(
            [sys.executable, "-m", "data_contracts.gx_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
        )
        self._lock = threading.Lock()
        self._pending: dict[int, str] = {}  # submitted work not yet answered: id -> description
        self._ids = itertools.count(1)
        self._started: set[int] = set()  # started calls (negative ids) whose reply has not come
        self._results: dict[int, tuple[bool, Any]] = {}  # replies of started calls, not yet taken
        self.calls = 0
        self.prepared = False
        # Requests are written by a thread: a worker still importing GX reads nothing, and a
        # request larger than the pipe's buffer must not hold up this process meanwhile.
        self._outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._writer = threading.Thread(target=self._write_requests, name="gx-worker-writer", daemon=True)
        self._writer.start()
        if import_now:
            self.prepare()

    def _write_requests(self) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        while (payload := self._outbox.get()) is not None:
            try:
                stdin.write(payload)
                stdin.flush()
            except (BrokenPipeError, OSError):
                return  # the worker died: whoever waits for a reply gets EOF and its stderr

    def prepare(self) -> None:
        """Have the worker import GX and build its context now. As the worker's first request
        (the usual case) it runs before anything sent after it; sent after a call it is
        background work, run when no call waits. A worker that is then never called is still
        stopped without waiting. Once; later calls do nothing."""
        if self.prepared:
            return
        self.prepared = True
        self._outbox.put(pickle.dumps((0, _prepare, (), {}), protocol=pickle.HIGHEST_PROTOCOL))

    def _stderr_tail(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")[-3000:]

    def _send(self, ident: int, function: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        """ident < 0: a call (answered in order, before any queued background work); > 0:
        background work."""
        if not self._writer.is_alive():
            raise BrokenPipeError("the GX worker's stdin is closed")
        self.calls += 1
        self._outbox.put(pickle.dumps((ident, function, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL))

    def _dispatch(self, ident: int, ok: bool, value: Any) -> None:
        if ident == 0:  # prepare(): a failure shows again in the first call that needs GX
            return
        if ident < 0:
            self._started.discard(ident)
            self._results[ident] = (ok, value)
        else:
            self._background_done(ident, ok, value)

    def _background_done(self, ident: int, ok: bool, value: Any) -> None:
        description = self._pending.pop(ident, "background work")
        if not ok:
            print(f"warning: {description} failed in the GX worker: {value!r}", file=sys.stderr, flush=True)

    def _stopped(self) -> GxWorkerError:
        code = self._process.poll()
        return GxWorkerError(
            f"the Great Expectations worker process stopped (exit {code}): {self._stderr_tail()}"
        )

    def _drain(self) -> None:
        """Wait for every submitted piece of background work (lock held): failures are reported,
        not raised, since nobody waits for their results."""
        assert self._process.stdout is not None
        while self._pending or self._started:
            ident, ok, value = pickle.load(self._process.stdout)
            self._dispatch(ident, ok, value)

    def call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `function(*args, **kwargs)` in the worker (a module-level function, by reference)
        and return its result; an exception raised there is raised here. Calls run in order, and
        before any background work still queued in the worker."""
        return self.result(self.start(function, *args, **kwargs))

    def start(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
        """`call` without waiting: the worker runs it in turn with the other calls, and
        `result(ticket)` waits for its reply. For validation that can run while this process
        waits for something else (dbt)."""
        with self._lock:
            ident = -next(self._ids)
            try:
                self._send(ident, function, args, kwargs)
            except BrokenPipeError as exc:
                raise self._stopped() from exc
            self._started.add(ident)
            return ident

    def result(self, ticket: int) -> Any:
        """The return value of a started call; an exception raised there is raised here."""
        with self._lock:
            try:
                while ticket not in self._results:
                    if ticket not in self._started:
                        raise KeyError(f"no started call {ticket} (its result was already taken)")
                    assert self._process.stdout is not None
                    self._dispatch(*pickle.load(self._process.stdout))
            except (EOFError, pickle.UnpicklingError) as exc:
                raise self._stopped() from exc
            ok, value = self._results.pop(ticket)
        if ok:
            return value
        raise value

    def submit(self, description: str, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run `function(*args, **kwargs)` in the worker without waiting for it: for work whose
        result nobody reads (Data Docs files). The worker runs it when no call is waiting, and
        `close` waits for it; a failure is printed to stderr as a warning with `description`."""
        with self._lock:
            ident = next(self._ids)
            try:
                self._send(ident, function, args, kwargs)
            except BrokenPipeError as exc:
                raise self._stopped() from exc
            self._pending[ident] = description

    def close(self) -> None:
        """A worker that was never called (nothing to validate) is stopped, not waited for."""
        if self.calls == 0:
            self._process.kill()
        with self._lock, contextlib.suppress(BrokenPipeError, EOFError, pickle.UnpicklingError):
            self._drain()  # submitted work (Data Docs) is finished before the worker stops
        self._outbox.put(None)
        self._writer.join(timeout=60)
        with contextlib.suppress(OSError):
            if self._process.stdin is not None:
                self._process.stdin.close()
        try:
            self._process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._stderr.close()


def active() -> GxWorker | None:
    """The worker of this process, if one was started (never set inside the worker itself)."""
    return _active


@contextlib.contextmanager
def gx_worker(import_now: bool = True) -> Iterator[GxWorker]:
    """Start the worker now and stop it on exit. `import_now`: it imports GX at once (in the
    background); otherwise at `prepare()` or its first request. `dwh run` defers it: before its
    dbt build the two cores are busy with Dagster's import in this process and dbt's in the warm
    dbt server, while during the build this process mostly waits."""
    global _active
    with _active_lock:
        if _active is not None:
            raise RuntimeError("a GX worker is already running in this process")
        worker = GxWorker(import_now=import_now)
        _active = worker
    try:
        yield worker
    finally:
        with _active_lock:
            _active = None
        worker.close()


def _serve(requests: BinaryIO, replies: BinaryIO) -> None:
    """Answer calls in order; run queued background work only while no call is waiting, and all
    of it once the parent closes the pipe. A thread reads the requests, so a call that arrives
    while background work runs is seen as soon as that piece of work ends."""
    inbox: queue.Queue[tuple[int, Callable[..., Any], tuple, dict] | None] = queue.Queue()
    # The first request alone: when it is prepare() (GX's import), it runs before the reading
    # thread starts, so no other thread unpickles (and imports) while GX is imported.
    try:
        first = pickle.load(requests)
    except Exception:  # noqa: BLE001 - EOF before any request: nothing to do
        return
    if first[0] == 0:
        _answer(replies, *first)
    else:
        inbox.put(first)

    def read() -> None:
        while True:
            try:
                inbox.put(pickle.load(requests))
            except Exception:  # noqa: BLE001 - EOF (the parent closed the pipe) or a broken one
                inbox.put(None)
                return

    threading.Thread(target=read, name="gx-worker-requests", daemon=True).start()
    background: deque[tuple[int, Callable[..., Any], tuple, dict]] = deque()
    while True:
        try:
            request = inbox.get(block=not background)
        except queue.Empty:
            _answer(replies, *background.popleft())  # idle: one piece of background work
            continue
        if request is None:
            while background:
                _answer(replies, *background.popleft())
            return
        if request[0] < 0:  # a call
            _answer(replies, *request)
        else:
            background.append(request)


def _prepare() -> None:
    from data_contracts.gx_engine import get_context

    get_context()


def _answer(replies: BinaryIO, ident: int, function: Callable[..., Any], args: tuple, kwargs: dict) -> None:
    try:
        reply: tuple[int, bool, Any] = (ident, True, function(*args, **kwargs))
    except Exception as exc:  # noqa: BLE001 - every failure goes back to the caller
        reply = (ident, False, exc)
    try:
        payload = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an unpicklable result or exception
        message = "".join(traceback.format_exception(*sys.exc_info()))
        payload = pickle.dumps((ident, False, GxWorkerError(message)))
    replies.write(payload)
    replies.flush()


# Optional dependencies of Great Expectations that this worker never uses, made unimportable in
# it (GX then leaves out what needs them): SQLAlchemy serves GX's SQL datasources, and the
# worker validates DataFrames. It was about 0.5 s of the worker's ~4.8 s import of GX, paid on
# every `dwh run` while dbt builds. Only in this process, which imports nothing else that wants it.
HIDDEN_IN_WORKER = ("sqlalchemy",)


def main() -> None:
    for name in HIDDEN_IN_WORKER:
        sys.modules.setdefault(name, None)  # type: ignore[assignment] # `import name` raises ImportError
    # The protocol owns the real stdout; anything GX prints goes to stderr instead.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    _serve(sys.stdin.buffer, replies)
    # The parent closed the pipe: every reply is written and flushed, and the files it asked for
    # (Data Docs) are closed. Skip the interpreter's teardown of GX, pandas and scipy (about
    # half a second the parent would wait for).
    replies.close()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
