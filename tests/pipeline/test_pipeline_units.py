"""Pure helpers of the pipeline, without Dagster runs: fast, and precise about edge cases."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

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


def test_scan_sorts_by_path_components_skips_hidden_folders_and_follows_file_links(tmp_path: Path) -> None:
    inbox, elsewhere = tmp_path / "inbox", tmp_path / "elsewhere"
    for folder in (inbox / "a", inbox / "a.b", inbox / ".git", elsewhere):
        folder.mkdir(parents=True)
    for name in ("a/x.txt", "a.b/x.txt", "a.txt", ".git/HEAD", "a/.hidden.txt"):
        (inbox / name).write_text("báo cáo " + name, encoding="utf-8")
    (elsewhere / "target.txt").write_text("báo cáo khác", encoding="utf-8")
    (inbox / "b_link.txt").symlink_to(elsewhere / "target.txt")
    (inbox / "c_linked_folder").symlink_to(elsewhere, target_is_directory=True)
    found = iter_candidates([inbox])
    # pathlib order: ("a", "x.txt") < ("a.b", "x.txt") < ("a.txt",); links to files resolved
    assert found == [
        (inbox / "a" / "x.txt").resolve(),
        (inbox / "a.b" / "x.txt").resolve(),
        (inbox / "a.txt").resolve(),
        (elsewhere / "target.txt").resolve(),
    ]


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


def test_scan_cache_gives_the_same_scan_and_notices_changed_files(tmp_path: Path) -> None:
    import os

    from orchestration.ingest.scan import ScanCache

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("báo cáo một", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00binary")
    cache_file = tmp_path / "w.duckdb.scan_cache.json"
    plain = scan_report_dirs([folder])
    assert scan_report_dirs([folder], ScanCache(cache_file)) == plain  # fills the cache
    assert cache_file.is_file()
    assert scan_report_dirs([folder], ScanCache(cache_file)) == plain  # answered from it
    # same size, new content and mtime: read again, never the cached hash
    stat = (folder / "a.txt").stat()
    (folder / "a.txt").write_text("báo cáo hai", encoding="utf-8")
    os.utime(folder / "a.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    changed = scan_report_dirs([folder], ScanCache(cache_file))
    assert changed.reports[0].sha256 == sha256_bytes("báo cáo hai".encode())
    assert changed == scan_report_dirs([folder])
    cache_file.write_text("{broken", encoding="utf-8")  # a damaged cache is an empty one
    assert scan_report_dirs([folder], ScanCache(cache_file)) == changed


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


def _tiny_job() -> Any:
    """A one-op job: enough to make a Dagster run and its event log file."""
    import dagster as dg

    @dg.op
    def hello() -> int:
        return 1

    @dg.job
    def tiny() -> None:
        hello()

    return tiny


def test_new_dagster_home_stores_runs_with_the_cached_engine_event_log(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import dagster as dg

    from orchestration.instance_storage import CachedEngineSqliteEventLogStorage

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home with space"))
    settings.ensure_dagster_home()
    tiny = _tiny_job()

    with dg.DagsterInstance.get() as instance:
        assert isinstance(instance.event_log_storage, CachedEngineSqliteEventLogStorage)
        first = tiny.execute_in_process(instance=instance)
        second = tiny.execute_in_process(instance=instance)
        assert first.success and second.success
        # commits append to the WAL without an fsync each (synchronous=NORMAL, not FULL)
        storage = instance.event_log_storage
        for shard in (first.run_id, "index"):
            with storage._connect(shard) as conn:
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        for result in (first, second):
            stored = instance.all_logs(result.run_id)
            assert any(
                e.dagster_event and e.dagster_event.event_type_value == "PIPELINE_SUCCESS" for e in stored
            )
        # the writer keeps its SQLite connections open: a second instance (the webserver, the
        # daemon) reads the runs meanwhile, and its reads don't block the writer's next run
        with dg.DagsterInstance.get() as reader:
            assert len(reader.all_logs(first.run_id)) == len(instance.all_logs(first.run_id))
            third = tiny.execute_in_process(instance=instance)
            assert third.success
            assert len(reader.all_logs(third.run_id)) == len(instance.all_logs(third.run_id)) > 0
    with dg.DagsterInstance.get() as reader:
        assert len(reader.all_logs(first.run_id)) == len(instance.all_logs(first.run_id))



def test_run_shards_copied_from_the_template_equal_the_ones_dagster_creates(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Each run's event file is a copy of a template made once by Dagster's own set-up: the
    same tables, indexes, journal mode and Alembic stamp as a file Dagster creates itself, and
    Dagster's listings of run files do not see the template."""
    import sqlite3

    import dagster as dg
    from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    settings.ensure_dagster_home()
    tiny = _tiny_job()

    def layout(path: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str]], str]:
        con = sqlite3.connect(path)
        try:
            schema = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
            stamp = con.execute("SELECT version_num FROM alembic_version").fetchall()
            journal = con.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            con.close()
        return schema, stamp, journal

    with dg.DagsterInstance.get() as instance:
        runs = [tiny.execute_in_process(instance=instance) for _ in range(2)]
        storage = instance.event_log_storage
        templates = list(Path(storage._base_dir).glob(".run-shard-template-*.sqlite"))
        assert len(templates) == 1
        assert not list(Path(storage._base_dir).glob("*.tmp"))
        assert sorted(storage.get_all_run_ids()) == sorted(r.run_id for r in runs)
        for result in runs:
            assert result.success
            assert any(
                e.dagster_event and e.dagster_event.event_type_value == "PIPELINE_SUCCESS"
                for e in instance.all_logs(result.run_id)
            )
    # Dagster's own storage creating a shard from nothing
    reference = SqliteEventLogStorage(str(tmp_path / "reference"))
    with reference.run_connection("some-run"):
        pass
    reference.dispose()
    expected = layout(tmp_path / "reference" / "some-run.db")
    assert expected[1] and expected[2] == "wal"
    for result in runs:
        assert layout(Path(storage._base_dir) / f"{result.run_id}.db") == expected

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


def test_reference_tests_are_skipped_only_for_the_files_and_versions_they_passed_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dbt_manifest: Path
) -> None:
    from orchestration.dbt.reference import ReferenceTestCache
    from orchestration.runner import open_session, reference_tests

    monkeypatch.setenv("WAREHOUSE_PATH", str(tmp_path / "w.duckdb"))
    monkeypatch.setenv("REFERENCE_TESTS_CACHE", str(tmp_path / "cache.json"))
    session = open_session(ephemeral=True)
    tests = reference_tests(session, force=False)
    names = {k.name for k in tests.keys}
    tested = {k.asset_key.path[-1] for k in tests.keys}
    assert not tests.skip  # nothing recorded yet
    # seeds, their staging views and the dimensions built from them only ...
    assert {
        "stg_seeds__org_units",
        "stg_seeds__org_unit_crosswalk",
        "dim_org_unit",
        "dim_indicator",
    } <= tested
    assert any(n.startswith("shares_sum_to_one") for n in names)
    # ... never a test of a model that reads the reports (dim_period reads observations)
    assert not tested & {"stg_raw__observations", "fct_indicator_values", "dim_period", "mart_coverage"}
    assert all(k.name.startswith(("row_rules", "relationships", "is_nfc", "shares_sum"))
               for k in tests.keys)  # fmt: skip

    cache = ReferenceTestCache()
    cache.record(tests.digest, [k.to_user_string() for k in tests.keys], tmp_path / "w.duckdb")
    assert reference_tests(session, force=False).skip
    assert not reference_tests(session, force=True).skip  # --force runs them
    # a record that misses one test, or was made for other files or versions, does not count
    cache.record(tests.digest, sorted(k.to_user_string() for k in tests.keys)[1:], tmp_path / "w.duckdb")
    assert not reference_tests(session, force=False).skip
    cache.record("another digest", [k.to_user_string() for k in tests.keys], tmp_path / "w.duckdb")
    assert not reference_tests(session, force=False).skip
    (tmp_path / "cache.json").write_text("not json", encoding="utf-8")
    assert not reference_tests(session, force=False).skip


def test_contract_scope_is_documents_not_yet_validated_under_this_contract(tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    from orchestration.checks import scope
    from orchestration.warehouse import connect_warehouse

    t0 = datetime(2026, 11, 22, 6, 0, 0)
    with connect_warehouse(tmp_path / "w.duckdb") as conn:
        for sha in ("a", "b"):
            conn.execute("insert into raw.extracted_documents values (?, 'v1', 1, 0, ?)", [sha, t0])
        digest = scope.contract_digest("raw.observations")
        assert digest == scope.contract_digest("raw.observations") != scope.contract_digest("raw.documents")
        assert scope.documents_to_validate(conn, "raw.observations", digest) == ["a", "b"]
        scope.record_validated(conn, "raw.observations", digest, ["a", "b"], t0 + timedelta(seconds=1))
        assert scope.documents_to_validate(conn, "raw.observations", digest) == []
        # a new document, and "b" extracted again after it was validated
        conn.execute("insert into raw.extracted_documents values ('c', 'v1', 1, 0, ?)", [t0])
        conn.execute(
            "update raw.extracted_documents set extracted_at = ? where sha256 = 'b'",
            [t0 + timedelta(minutes=1)],
        )
        assert scope.documents_to_validate(conn, "raw.observations", digest) == ["b", "c"]
        # another version of the contract (suite, rules, seeds or code): everything again
        assert scope.documents_to_validate(conn, "raw.observations", "another") == ["a", "b", "c"]
        # validations of one table say nothing about another
        assert scope.documents_to_validate(conn, "raw.documents", digest) == []  # no documents rows here


def test_partial_parse_state_is_reused_only_when_parsed_from_the_absolute_project_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dbt_manifest: Path
) -> None:
    from orchestration.dbt import assets

    project = tmp_path / "dbt_project"
    (project / "target").mkdir(parents=True)
    monkeypatch.setattr(assets, "project_dir", lambda: project)
    (project / "target" / "partial_parse.msgpack").write_bytes(b"state")

    def manifest(root: str) -> None:
        seed = {"resource_type": "seed", "root_path": root}
        (project / "target" / "manifest.json").write_text(json.dumps({"nodes": {"seed.x": seed}}))

    manifest("dbt_project")  # `dbt parse --project-dir dbt_project` from the repository root
    assets.seed_partial_parse(tmp_path / "relative")
    assert not (tmp_path / "relative" / "partial_parse.msgpack").exists()
    manifest(str(project))
    assets.seed_partial_parse(tmp_path / "absolute")
    assert (tmp_path / "absolute" / "partial_parse.msgpack").read_bytes() == b"state"


def test_runner_names_the_reports_partitions_as_the_assets_do() -> None:
    """The runner keeps its own copy of the name so that importing it does not import Dagster
    before the GX worker starts (orchestration/runner.py)."""
    from orchestration import runner
    from orchestration.ingest.partitions import REPORTS_PARTITIONS_NAME, reports_partitions

    assert runner.REPORTS_PARTITIONS == REPORTS_PARTITIONS_NAME == reports_partitions.name


def test_report_quarantine_records_the_callers_scan_or_scans_itself(tmp_path: Path) -> None:
    """`dwh run` hands report_quarantine the scan it ingested from (one scan per run); from the
    UI or the sensor the asset scans the folders itself. Either way the rows are the same, and
    recording them again changes nothing."""
    import dagster as dg
    import duckdb

    from orchestration.ingest.assets import report_quarantine
    from orchestration.runner import quarantine_config
    from orchestration.warehouse import WarehouseResource

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "ok.txt").write_text("Quận 1 tổ chức 3 lớp học tập.", encoding="utf-8")
    (reports / "empty.txt").write_bytes(b"")
    (reports / "scan.pdf").write_bytes(b"%PDF\x00\x01")
    scan = scan_report_dirs([reports])
    assert len(scan.quarantined) == 2

    def rows(warehouse: Path, config: dict) -> list[tuple]:
        resources = {"warehouse": WarehouseResource(path=str(warehouse))}
        run_config = {"ops": {"report_quarantine": {"config": config}}}
        for _ in range(2):  # the second time records nothing new
            assert dg.materialize([report_quarantine], resources=resources, run_config=run_config).success
        with duckdb.connect(str(warehouse), read_only=True) as con:
            return con.execute(
                "select source_path, file_name, sha256, reason from raw.quarantine order by 1"
            ).fetchall()

    given = rows(tmp_path / "given.duckdb", quarantine_config([reports], scan))
    scanned = rows(tmp_path / "scanned.duckdb", quarantine_config([reports], None))
    assert given == scanned
    assert [r[1] for r in given] == ["empty.txt", "scan.pdf"]
    # what the caller scanned is what is recorded: the folders are not read again
    told = {"report_dirs": [str(reports)], "scanned": [[str(tmp_path / "gone.txt"), "0" * 64, "empty: told"]]}
    assert [r[1:] for r in rows(tmp_path / "told.duckdb", told)] == [("gone.txt", "0" * 64, "empty: told")]


def test_current_views_are_left_out_but_their_tests_run() -> None:
    """When the dbt files are those of the last publish, `dwh run` does not create the dbt views
    again (a view is only its SQL) but runs their tests, over the rows they now show."""
    from orchestration.runner import current_views, final_selection, open_session

    session = open_session(ephemeral=True)
    views = current_views(session)
    # the staging models, and the two small marts kept as views (dim_period, fct_ytd_differences)
    assert {k.path[-1] for k in views} == {
        k.path[-1] for k in session.unpartitioned_keys if k.path[-1].startswith("stg_")
    } | {"dim_period", "fct_ytd_differences"}
    assets, checks = final_selection(session, frozenset(), frozenset(), views)
    assert not assets & views
    tested = {c.asset_key for c in checks if c.asset_key in views}
    assert {k.path[-1] for k in tested} >= {"stg_raw__observations", "stg_raw__documents"}
    everything, all_checks = final_selection(session, frozenset(), frozenset(), frozenset())
    assert everything - assets == views and all_checks == checks
    session.instance.dispose()


def test_the_pipeline_process_declares_and_records_checks_without_pandas() -> None:
    """`dwh run` loads the definitions, reads the rows the raw contracts validate and records
    check results without importing pandas (~0.6 s of CPU before its dbt build): the GX worker,
    which validates, imports it (data_contracts/lazy.py)."""
    import subprocess
    import sys

    code = (
        "import sys, datetime as dt\n"
        "import orchestration.definitions, orchestration.runner, orchestration.checks.prefetch\n"
        "import duckdb\n"
        "from data_contracts.outcomes import CheckOutcome\n"
        "from data_contracts.runner import persist_outcomes\n"
        "con = duckdb.connect()\n"
        "at = dt.datetime(2026, 1, 2, 3, 4, 5)\n"
        "o = CheckOutcome('c', 'raw.t', 'failed', True, 2, [{'obs_id': 'x'}], 'two rows', at)\n"
        "assert persist_outcomes(con, [o, o]) == 1\n"
        "assert con.execute('select status, failing_rows, checked_at from raw.check_results').fetchall()"
        " == [('failed', 2, at)]\n"
        "assert 'pandas' not in sys.modules, 'pandas imported'\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr


def test_what_dwh_run_needs_before_dagster_imports_without_it() -> None:
    """`dwh run` scans, opens the warehouse and decides what to extract before it imports
    Dagster, so that dbt's warm server starts importing dbt meanwhile (runner._run_pipeline);
    `WarehouseResource` is still importable from orchestration.warehouse."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import orchestration.runner, orchestration.warehouse, orchestration.extract.version\n"
        "import orchestration.ingest.scan\n"
        "assert 'dagster' not in sys.modules, 'dagster imported'\n"
        "from orchestration.warehouse import WarehouseResource\n"
        "from orchestration.resources import WarehouseResource as R\n"
        "assert WarehouseResource is R and 'dagster' in sys.modules\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr
