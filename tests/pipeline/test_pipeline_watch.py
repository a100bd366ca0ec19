"""`dwh watch`, the real CLI in its own process, on a temporary warehouse:

  cycle 1  at start: two sample reports, published;
  (wait)   the warehouse is not held open: another process writes to it;
  cycle 2  a third report dropped in the inbox is picked up and published;
  cycle 3  an unreadable file dropped in the inbox is quarantined and named, nothing lost;
  SIGTERM  while waiting: the watcher stops cleanly.

Plus the change detection on its own (folder_signature, wait_for_change).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from orchestration import settings
from orchestration.watch import Stop, folder_signature, wait_for_change

SAMPLES = sorted(settings.sample_reports_dir().glob("*.txt"))
CYCLE_TIMEOUT_S = 300


class Watcher:
    """`dwh watch` in a child process; its output lines collected by a thread."""

    def __init__(self, args: list[str], log: Path) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.log = log
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "orchestration.cli", "watch", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=settings.project_root(),
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = CYCLE_TIMEOUT_S) -> list[str]:
        """The lines up to and including the first new one containing `text`."""
        deadline = time.monotonic() + timeout
        got: list[str] = []
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                if self.proc.poll() is not None and self.lines.empty():
                    break
                continue
            got.append(line)
            self.seen.append(line)
            if text in line:
                return got
        self.log.write_text("\n".join(self.seen))
        pytest.fail(f"`dwh watch` never printed {text!r}; its output so far:\n" + "\n".join(self.seen[-60:]))


def count(warehouse: Path, sql: str) -> Any:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def watched(pipeline_env: dict[str, Path]) -> Iterator[dict[str, Any]]:
    root, inbox, warehouse = pipeline_env["root"], pipeline_env["inbox"], pipeline_env["warehouse"]
    samples = root / "samples"
    samples.mkdir()
    for report in SAMPLES[:2]:
        shutil.copy2(report, samples / report.name)
    args = ["--reports", str(samples), "--reports", str(inbox), "--warehouse", str(warehouse),
            "--interval", "0.2", "--settle", "0.3"]
    watcher = Watcher(args, root / "watch.log")
    state: dict[str, Any] = {"watcher": watcher}
    try:
        state["cycle1"] = watcher.wait_for("watch: cycle 1 done")
        watcher.wait_for("watch: waiting for changes", timeout=30)
        state["docs1"] = count(warehouse, "SELECT count(*) FROM raw.documents")
        state["status1"] = json.loads(pipeline_env["status"].read_text())
        # while it waits, nothing holds the warehouse: a writer gets it at once
        con = duckdb.connect(str(warehouse))
        con.execute("CREATE OR REPLACE TABLE main.written_while_watching AS SELECT 1 AS x")
        con.execute("DROP TABLE main.written_while_watching")
        con.close()
        state["writer_got_the_warehouse"] = True

        snapshot_mtime = pipeline_env["snapshot"].stat().st_mtime_ns
        dropped = time.monotonic()
        # written under another name and renamed, as a copy into an inbox usually lands
        part = inbox / (SAMPLES[2].name + ".part")
        shutil.copy2(SAMPLES[2], part)
        part.rename(inbox / SAMPLES[2].name)
        state["cycle2"] = watcher.wait_for("watch: cycle 2 done")
        state["cycle2_seconds"] = time.monotonic() - dropped
        state["docs2"] = count(warehouse, "SELECT count(*) FROM raw.documents")
        state["status2"] = json.loads(pipeline_env["status"].read_text())
        state["snapshot_rewritten2"] = pipeline_env["snapshot"].stat().st_mtime_ns != snapshot_mtime
        watcher.wait_for("watch: waiting for changes", timeout=30)

        (inbox / "empty.txt").write_bytes(b"")
        state["cycle3"] = watcher.wait_for("watch: cycle 3 done")
        state["docs3"] = count(warehouse, "SELECT count(*) FROM raw.documents")
        state["quarantine3"] = count(warehouse, "SELECT count(*) FROM raw.quarantine WHERE source_path LIKE '%empty.txt'")
        watcher.wait_for("watch: waiting for changes", timeout=30)

        watcher.proc.send_signal(signal.SIGTERM)
        state["stop"] = watcher.wait_for("watch: stopped", timeout=60)
        state["exit_code"] = watcher.proc.wait(timeout=60)
        yield state
    finally:
        if watcher.proc.poll() is None:
            watcher.proc.kill()
            watcher.proc.wait()


def test_first_cycle_publishes_what_is_there(watched: dict[str, Any]) -> None:
    assert watched["docs1"] == 2
    assert watched["status1"]["last_attempt_outcome"] == "success"
    assert any("published" in line for line in watched["cycle1"])


def test_the_warehouse_is_free_while_the_watcher_waits(watched: dict[str, Any]) -> None:
    assert watched["writer_got_the_warehouse"]


def test_a_report_dropped_in_the_inbox_is_published(watched: dict[str, Any]) -> None:
    assert watched["docs2"] == 3
    assert watched["status2"]["last_attempt_outcome"] == "success"
    assert watched["status2"]["last_good_run_id"] != watched["status1"]["last_good_run_id"]
    assert watched["snapshot_rewritten2"]
    assert any("1 of 3 documents to ingest and extract" in line for line in watched["cycle2"]), watched["cycle2"]
    print(f"dropped report published after {watched['cycle2_seconds']:.1f}s")


def test_an_unreadable_file_is_quarantined_and_named(watched: dict[str, Any]) -> None:
    assert watched["docs3"] == 3
    assert watched["quarantine3"] == 1
    assert any("empty.txt" in line and "quarantined" in line for line in watched["cycle3"]), watched["cycle3"]


def test_sigterm_while_waiting_stops_cleanly(watched: dict[str, Any]) -> None:
    assert watched["exit_code"] == 0
    assert "watch: stopped after 3 cycles (0 failed)" in watched["stop"][-1]


# ---- change detection ----------------------------------------------------------------------


def test_signature_sees_new_touched_resized_and_removed_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    a = tmp_path / "sub" / "a.txt"
    a.write_text("một")
    first = folder_signature([tmp_path])
    assert folder_signature([tmp_path]) == first
    (tmp_path / "b.txt").write_text("hai")
    second = folder_signature([tmp_path])
    assert second != first
    a.write_text("một hai")
    assert folder_signature([tmp_path]) != second
    third = folder_signature([tmp_path])
    os.utime(a, ns=(a.stat().st_atime_ns, a.stat().st_mtime_ns + 1_000_000_000))
    assert folder_signature([tmp_path]) != third
    a.unlink()
    assert {Path(p).name for p, _, _ in folder_signature([tmp_path])} == {"b.txt"}


def test_a_change_must_hold_still_before_a_cycle(tmp_path: Path) -> None:
    """A file still growing while we look is waited for: the cycle sees it whole."""
    growing = tmp_path / "report.txt"
    baseline = folder_signature([tmp_path])
    growing.write_text("Quận 1")
    writes = iter(["Quận 1: 12 lớp", "Quận 1: 12 lớp học tập nghị quyết"])
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        text = next(writes, None)
        if text is not None:
            growing.write_text(text)

    got = wait_for_change([tmp_path], baseline, Stop(), interval=1.0, settle=0.5, sleep=sleep)
    assert got == folder_signature([tmp_path])
    assert growing.read_text() == "Quận 1: 12 lớp học tập nghị quyết"
    assert sleeps == [0.5, 0.5, 0.5]


def test_waiting_ends_without_a_change_when_a_stop_is_requested(tmp_path: Path) -> None:
    stop = Stop()
    calls: list[float] = []

    def sleep(seconds: float) -> None:
        calls.append(seconds)
        if len(calls) == 3:
            stop.requested = True

    assert wait_for_change([tmp_path], folder_signature([tmp_path]), stop, 0.1, 0.5, sleep=sleep) is None
    assert calls == [0.1, 0.1, 0.1]


def test_a_new_file_is_seen_at_the_next_poll_and_an_edit_within_ten(tmp_path: Path) -> None:
    """A file added to a subfolder moves that folder's stamp: seen at the next poll. A file
    rewritten in place with the same size moves no folder's stamp: the full look every ten
    polls sees it."""
    (tmp_path / "q1").mkdir()
    report = tmp_path / "q1" / "a.txt"
    report.write_text("Quận 1: 12 lớp")
    baseline = folder_signature([tmp_path])
    sleeps: list[float] = []

    def add_then_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 2:
            (tmp_path / "q1" / "b.txt").write_text("Quận 3: 8 lớp")

    got = wait_for_change([tmp_path], baseline, Stop(), 1.0, 0.5, sleep=add_then_sleep)
    assert got is not None and {Path(p).name for p, _, _ in got} == {"a.txt", "b.txt"}
    assert sleeps == [1.0, 1.0, 0.5]

    baseline = folder_signature([tmp_path])
    sleeps.clear()

    def edit_then_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 3:
            report.write_text("Quận 1: 13 lớp")  # same size, same folder
            os.utime(report, ns=(report.stat().st_atime_ns, report.stat().st_mtime_ns + 1_000_000_000))

    got = wait_for_change([tmp_path], baseline, Stop(), 1.0, 0.5, sleep=edit_then_sleep, full_every=10)
    assert got is not None and got != baseline
    assert sleeps == [1.0] * 10 + [0.5]


def test_a_missing_folder_or_a_bad_interval_is_refused_before_anything_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from orchestration.cli import main

    assert main(["watch", "--reports", str(tmp_path / "no_such_folder")]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert main(["watch", "--reports", str(tmp_path), "--interval", "0"]) == 2
    assert "--interval must be > 0" in capsys.readouterr().err
