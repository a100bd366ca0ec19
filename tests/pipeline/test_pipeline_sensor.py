"""inbox_sensor: new content -> one partition + one run request; nothing twice."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

from orchestration import settings
from orchestration.ingest.scan import sha256_bytes

SAMPLES = sorted(settings.sample_reports_dir().glob("*.txt"))


@pytest.fixture()
def inbox(tmp_path: Path, dbt_manifest: Path) -> Iterator[Path]:
    folder = tmp_path / "inbox"
    folder.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INBOX_DIR", str(folder))
        yield folder


def tick(instance: dg.DagsterInstance, cursor: str | None) -> dg.SensorResult:
    from orchestration.definitions import defs

    sensor = defs.resolve_sensor_def("inbox_sensor")
    result = sensor(dg.build_sensor_context(instance=instance, cursor=cursor))
    assert isinstance(result, dg.SensorResult)
    # what the daemon does with the result: register the partitions it asked for
    for request in result.dynamic_partitions_requests or []:
        instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
    return result


def test_sensor_requests_runs_for_new_content_only(inbox: Path) -> None:
    instance = dg.DagsterInstance.ephemeral()
    shutil.copy2(SAMPLES[0], inbox / "a.txt")
    shutil.copy2(SAMPLES[1], inbox / "b.txt")
    first = tick(instance, None)
    expected = {sha256_bytes(SAMPLES[i].read_bytes()) for i in (0, 1)}
    assert {r.run_key for r in first.run_requests} == expected
    assert {r.partition_key for r in first.run_requests} == expected
    sha_a = sha256_bytes(SAMPLES[0].read_bytes())
    request_a = next(r for r in first.run_requests if r.partition_key == sha_a)
    paths = request_a.run_config["ops"]["raw_documents"]["config"]["source_paths"]
    assert paths == {sha_a: [str((inbox / "a.txt").resolve())]}
    assert set(instance.get_dynamic_partitions("reports")) == expected

    # Nothing new: no run. Same content under a new name: no run either.
    assert tick(instance, first.cursor).run_requests == []
    shutil.copy2(SAMPLES[0], inbox / "a_copy.txt")
    second = tick(instance, first.cursor)
    assert second.run_requests == []

    # A changed file is new content: exactly one run, for the new content.
    (inbox / "b.txt").write_text(SAMPLES[1].read_text(encoding="utf-8") + "\nBổ sung.", encoding="utf-8")
    third = tick(instance, second.cursor)
    assert [r.run_key for r in third.run_requests] == [sha256_bytes((inbox / "b.txt").read_bytes())]
    assert len(instance.get_dynamic_partitions("reports")) == 3


def test_sensor_asks_for_a_quarantine_run_for_an_unreadable_file(inbox: Path) -> None:
    instance = dg.DagsterInstance.ephemeral()
    (inbox / "scan.pdf").write_bytes(b"\x00\x01binary")
    result = tick(instance, None)
    assert len(result.run_requests) == 1
    request = result.run_requests[0]
    assert request.partition_key is None
    assert dg.AssetKey("report_quarantine") in request.asset_selection
    assert dg.AssetKey("dashboard_snapshot") in request.asset_selection
    cursor = json.loads(result.cursor)
    assert cursor[str((inbox / "scan.pdf").resolve())][3].startswith("binary:")
    # seen once, never requested again
    assert tick(instance, result.cursor).run_requests == []
