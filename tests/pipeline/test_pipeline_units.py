"""Pure helpers of the pipeline, without Dagster runs: fast, and precise about edge cases."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
import yaml

from orchestration import settings
from orchestration.ingest.scan import (
    QuarantinedFile,
    UnreadableReport,
    decode_report,
    iter_candidates,
    scan_report_dirs,
    sha256_bytes,
)
from orchestration.publish.status import read_status, record_failure, record_success
from orchestration.runner import contiguous_ranges


def test_decode_strips_bom_and_normalizes_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Quận 1 tổ chức")
    text = decode_report(("\ufeff" + nfd).encode("utf-8"))
    assert text == unicodedata.normalize("NFC", "Quận 1 tổ chức")
    assert text != nfd


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty:"),
        (b"  \n\t ", "empty:"),
        ("\ufeff".encode(), "empty:"),
        (b"abc\x00def", "binary:"),
        ("Quận".encode("utf-16"), "binary:"),
        ("Báo cáo".encode("latin-1"), "not_utf8:"),
    ],
)
def test_unreadable_bytes_get_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableReport) as caught:
        decode_report(data)
    assert caught.value.reason.startswith(reason)


def test_scan_skips_hidden_files_and_sidecars_and_keeps_folder_order(tmp_path: Path) -> None:
    first, second = tmp_path / "b_first", tmp_path / "a_second"
    (first / "sub").mkdir(parents=True)
    second.mkdir()
    (first / "z.txt").write_text("báo cáo", encoding="utf-8")
    (first / "z.meta.json").write_text('{"date": "2019-07-03"}', encoding="utf-8")
    (first / ".gitkeep").write_text("", encoding="utf-8")
    (first / "sub" / "y.txt").write_text("khác", encoding="utf-8")
    (second / "a.txt").write_text("báo cáo", encoding="utf-8")
    (second / "broken.doc").write_bytes(b"\xd0\xcf\x11\xe0\x00\x00")
    assert [p.name for p in iter_candidates([first, second])] == ["y.txt", "z.txt", "a.txt", "broken.doc"]
    scan = scan_report_dirs([first, second])
    by_sha = scan.paths_by_sha()
    same = by_sha[sha256_bytes("báo cáo".encode())]
    assert [p.name for p in same] == ["z.txt", "a.txt"]  # first folder names the document
    assert scan.quarantined == [
        QuarantinedFile((second / "broken.doc").resolve(), sha256_bytes(b"\xd0\xcf\x11\xe0\x00\x00"),
                        scan.quarantined[0].reason)
    ]  # fmt: skip
    assert scan.quarantined[0].reason.startswith("binary:")


def test_contiguous_ranges_never_span_an_unwanted_key() -> None:
    order = ["a", "b", "c", "d", "e"]
    assert contiguous_ranges(order, {"a", "b", "d"}) == [["a", "b"], ["d"]]
    assert contiguous_ranges(order, set(order)) == [order]
    assert contiguous_ranges(order, set()) == []


def test_paths_are_absolute_and_follow_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("WAREHOUSE_PATH", raising=False)
    assert settings.warehouse_path() == settings.project_root() / "data" / "warehouse.duckdb"
    monkeypatch.setenv("WAREHOUSE_PATH", "data/other.duckdb")
    assert settings.warehouse_path() == settings.project_root() / "data" / "other.duckdb"
    monkeypatch.setenv("SNAPSHOT_PATH", str(tmp_path / "s" / "snap.duckdb"))
    assert settings.status_path() == tmp_path / "s" / "status.json"


def test_dagster_home_is_created_with_telemetry_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    home = settings.ensure_dagster_home()
    config = yaml.safe_load((home / "dagster.yaml").read_text(encoding="utf-8"))
    assert config["telemetry"]["enabled"] is False
    assert config["concurrency"]["pools"]["default_limit"] == 1


def test_status_keeps_the_last_good_publish_across_failures(tmp_path: Path) -> None:
    path = tmp_path / "status.json"
    record_success("run-1", "fp", tmp_path / "snap.duckdb", path=path)
    good = read_status(path)
    failing = [{"check_name": "contract_raw_observations", "table_name": "observations", "severity": "ERROR"}]
    record_failure("run-2", "blocking check failed", failing, path=path)
    status = json.loads(path.read_text(encoding="utf-8"))
    assert status["last_attempt_outcome"] == "failed"
    assert status["serving"] == "last_good"
    assert status["last_good_run_id"] == "run-1"
    assert status["last_good_publish_at"] == good["last_good_publish_at"]
    assert status["failing_checks"] == failing
    assert not list(tmp_path.glob(".status.json.*"))  # no temp file left behind


def test_seed_only_dbt_assets_are_skipped_only_when_current(
    dbt_manifest: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from orchestration.publish.assets import dbt_inputs_digest
    from orchestration.runner import open_session, reference_only_assets_if_current

    monkeypatch.setenv("WAREHOUSE_PATH", str(tmp_path / "w.duckdb"))
    session = open_session(ephemeral=True)
    current = {
        "last_attempt_outcome": "success",
        "dbt_digest": dbt_inputs_digest(),
        "warehouse_path": str(settings.warehouse_path()),
    }
    skip = {k.path[-1] for k in reference_only_assets_if_current(session, current)}
    assert {"indicators", "org_units", "stg_seeds__indicators", "dim_indicator"} <= skip
    assert not {"stg_raw__observations", "fct_indicator_values", "fct_evidence", "dashboard_snapshot"} & skip
    assert "report_quarantine" not in skip
    for stale in (
        {"dbt_digest": "other"},
        {"warehouse_path": "/elsewhere.duckdb"},
        {"last_attempt_outcome": "failed"},
    ):
        assert reference_only_assets_if_current(session, {**current, **stale}) == frozenset()
