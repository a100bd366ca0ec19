"""Run one command in a child process and measure it: wall time and the child's peak RSS.

Peak RSS comes from GNU time (`/usr/bin/time -v`), which reports the maximum resident set size
of the command it runs; a fresh `time` process per run keeps measurements independent (the
`RUSAGE_CHILDREN` high-water mark of this process would mix every child it ever waited for).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / "data" / "bench"
VENV_BIN = ROOT / ".venv" / "bin"
GNU_TIME = "/usr/bin/time"
TASKSET = "/usr/bin/taskset"
# Set for every child (the Makefile exports them too); left out of the displayed commands.
QUIET_ENV = {"DAGSTER_DISABLE_TELEMETRY", "GX_ANALYTICS_ENABLED"}


@dataclass
class RunResult:
    argv: list[str]
    returncode: int
    wall_s: float
    max_rss_mb: float | None
    cpu_s: float | None  # user + system CPU seconds of the command: robust to other load
    load_before: float  # 1-minute load average when the command started (2 cores here)
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def tail(self, n: int = 15) -> str:
        return "\n".join((self.stderr or self.stdout).strip().splitlines()[-n:])


def shell_line(argv: list[str], env: dict[str, str] | None = None) -> str:
    """The command as a user would type it from the project root (env overrides first)."""
    shown = {k: v for k, v in (env or {}).items() if k not in QUIET_ENV}
    prefix = " ".join(f"{k}={shlex.quote(_relative(v))}" for k, v in shown.items())
    cmd = " ".join(shlex.quote(_relative(a)) for a in argv)
    return f"{prefix} {cmd}".strip()


def _relative(arg: str) -> str:
    root = str(ROOT) + "/"
    return arg.replace(root, "") if root in arg else arg


def run_measured(
    argv: list[str],
    *,
    pin_core: int | None = None,
    env: dict[str, str] | None = None,
    stdout_to: str | None = None,
    timeout_s: float | None = None,
) -> RunResult:
    """Run `argv` under GNU time (and `taskset -c CORE` when pinned), from the project root.

    `stdout_to` redirects the command's standard output to a file (e.g. /dev/null) so that
    writing a large output to a pipe is not part of what is measured.
    """
    full_env = {**os.environ, **(env or {})}
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        time_file = tf.name
    wrapped = [GNU_TIME, "-v", "-o", time_file]
    if pin_core is not None:
        wrapped += [TASKSET, "-c", str(pin_core)]
    wrapped += argv
    load_before = os.getloadavg()[0]
    out_handle = open(stdout_to, "wb") if stdout_to else None  # noqa: SIM115 - closed below
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            wrapped,
            cwd=ROOT,
            env=full_env,
            stdout=out_handle if out_handle else subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=False,
            timeout=timeout_s,
            check=False,
        )
        wall = time.perf_counter() - start
        rc, out, err = proc.returncode, proc.stdout or b"", proc.stderr or b""
    except subprocess.TimeoutExpired as exc:
        wall = time.perf_counter() - start
        rc, out, err = -9, exc.stdout or b"", (exc.stderr or b"") + b"\n[timeout]"
    finally:
        if out_handle:
            out_handle.close()
    report = Path(time_file).read_text(errors="replace")
    Path(time_file).unlink(missing_ok=True)
    return RunResult(
        argv=argv,
        returncode=rc,
        wall_s=wall,
        max_rss_mb=_max_rss_mb(report),
        cpu_s=_cpu_s(report),
        load_before=round(load_before, 2),
        stdout=out.decode("utf-8", "replace"),
        stderr=err.decode("utf-8", "replace"),
    )


def progress_lines(stdout: str) -> list[str]:
    """`dwh run`'s timestamped progress lines ("[   7.2s] ..."): where its time went."""
    return [ln for ln in stdout.splitlines() if ln.startswith("[")][:40]


def _cpu_s(time_report: str) -> float | None:
    user = re.search(r"User time \(seconds\): ([\d.]+)", time_report)
    system = re.search(r"System time \(seconds\): ([\d.]+)", time_report)
    return float(user.group(1)) + float(system.group(1)) if user and system else None


def _max_rss_mb(time_report: str) -> float | None:
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_report)
    return int(m.group(1)) / 1024 if m else None


@dataclass
class Measurement:
    """One row of the results table and of results.json."""

    part: str
    name: str
    value: float | None
    unit: str
    command: str
    status: str = "measured"  # measured | not_measured | failed
    target: str | None = None
    met: bool | None = None
    config: dict[str, Any] = field(default_factory=dict)
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def not_measured(part: str, name: str, unit: str, command: str, reason: str, **kw: Any) -> Measurement:
    return Measurement(part, name, None, unit, command, status="not_measured", note=reason, **kw)


def failed(part: str, name: str, unit: str, command: str, run: RunResult, **kw: Any) -> Measurement:
    return Measurement(
        part, name, None, unit, command, status="failed",
        note=f"exit {run.returncode}: {run.tail(6)}", **kw,
    )
