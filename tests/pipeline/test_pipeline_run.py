"""Real materializations into a temporary warehouse: the whole pipeline on the sample reports
plus an inbox holding a duplicate and three unreadable files.

One module-scoped sequence does the expensive work once (two dbt builds):
  run 1  `dwh run` (the CLI entry point) on samples + inbox
  run 2  `dwh run --force`: every document and the dbt build again, while another process
         reads the published snapshot in a loop (the dashboard's access pattern)
  run 3  `dwh run`: nothing changed, so nothing may be touched
  fail   a blocking contract fails: no publish, status.json says why, old snapshot kept
and the tests assert on what each stage captured.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
import textwrap
import time
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
import pytest

from orchestration import settings
from orchestration.ingest.scan import UnreadableReport, decode_report, sha256_bytes

pytestmark = pytest.mark.slow

SAMPLES = sorted(settings.sample_reports_dir().glob("*.txt"))
# é, á... as single Latin-1 bytes: not UTF-8, so the file must be quarantined, not mis-decoded.
LATIN1_REPORT = "Báo cáo tuyên giáo: 12 lớp học tập".encode("latin-1", errors="replace")
# check_results is an append-only log of check runs (data_contracts keys it by checked_at), so
# two runs legitimately differ there; it is compared on its latest results instead.
LOG_TABLES = {("raw", "check_results")}

READER = textwrap.dedent(
    """
    import json, sys, time, duckdb
    snapshot, stop, out = sys.argv[1:4]
    reads, errors, published = 0, [], set()
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        try:
            with duckdb.connect(snapshot, read_only=True) as con:
                published.add(str(con.execute("select max(published_at) from meta").fetchone()[0]))
                con.execute("select count(*) from fct_indicator_values").fetchone()
            reads += 1
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        try:
            open(stop).close()
            break
        except FileNotFoundError:
            time.sleep(0.02)
    json.dump({"reads": reads, "errors": errors[:20], "published": sorted(published)}, open(out, "w"))
    """
)


def table_contents(path: Path) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """Every table and view of a DuckDB file, rows sorted, so two states compare exactly."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = current_database() "
            "union all select schema_name, view_name from duckdb_views() "
            "where database_name = current_database() and not internal"
        ).fetchall()
        contents = {}
        for schema, name in sorted(names):
            rows = con.execute(f'select * from "{schema}"."{name}"').fetchall()
            contents[(schema, name)] = sorted(rows, key=repr)
        return contents
    finally:
        con.close()


def latest_check_results(path: Path) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(
            "select check_name, table_name, status, failing_rows from raw.check_results "
            "where checked_at = (select max(checked_at) from raw.check_results c2 "
            "                    where c2.check_name = check_results.check_name "
            "                    and c2.table_name = check_results.table_name) "
            "order by all"
        ).fetchall()
    finally:
        con.close()


def query(path: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def dwh_run(args: list[str]) -> tuple[int, str, str]:
    from orchestration.runner import run_main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run_main(args)
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def snapshot_reader(snapshot: Path, workdir: Path) -> Iterator[dict[str, Any]]:
    """Another process reading the published snapshot read-only in a loop, like the dashboard."""
    stop, out = workdir / "reader.stop", workdir / "reader.json"
    proc = subprocess.Popen([sys.executable, "-c", READER, str(snapshot), str(stop), str(out)])
    report: dict[str, Any] = {}
    try:
        yield report
    finally:
        stop.touch()
        proc.wait(timeout=60)
        report.update(json.loads(out.read_text()))


def unpartitioned_only_run(report_dirs: list[Path]) -> dict[str, Any]:
    """A run like the inbox sensor's quarantine-only request: the unpartitioned assets and no
    check selection (the raw assets are not in it)."""
    import dagster as dg

    from orchestration import definitions

    job = definitions.defs.resolve_job_def(definitions.PIPELINE_JOB).get_subset(
        asset_selection=set(definitions.UNPARTITIONED_KEYS)
    )
    with dg.DagsterInstance.get() as instance:
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config={
                "ops": {"report_quarantine": {"config": {"report_dirs": [str(d) for d in report_dirs]}}}
            },
        )
        planned = {
            e.dagster_event.event_specific_data.check_name
            for e in instance.all_logs(
                result.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION_PLANNED
            )
        }
    return {"success": result.success, "planned_checks": planned}


def final_run_steps() -> dict[str, Any]:
    """The last run in DAGSTER_HOME (a `dwh run`'s dbt/checks/publish run): its steps in the
    order they started, and its log messages."""
    import dagster as dg

    with dg.DagsterInstance.get() as instance:
        run = instance.get_runs(limit=1)[0]
        logs = instance.all_logs(run.run_id)
    snapshot_metadata = [
        e.dagster_event.event_specific_data.materialization.metadata
        for e in logs
        if e.dagster_event
        and e.dagster_event.event_type_value == "ASSET_MATERIALIZATION"
        and e.dagster_event.asset_key == dg.AssetKey("dashboard_snapshot")
    ]
    return {
        "order": [
            e.step_key for e in logs if e.dagster_event and e.dagster_event.event_type_value == "STEP_START"
        ],
        "messages": [e.user_message for e in logs if e.dagster_event is None],
        "snapshot_metadata": {k: v.value for k, v in snapshot_metadata[0].items()} if snapshot_metadata else None,
    }


@pytest.fixture(scope="module")
def runs(pipeline_env: dict[str, Path]) -> dict[str, Any]:
    inbox = pipeline_env["inbox"]
    samples = pipeline_env["root"] / "samples"
    samples.mkdir()
    for report in SAMPLES:
        shutil.copy2(report, samples / report.name)
    # (4) the first sample again, under another name, in the inbox
    shutil.copy2(SAMPLES[0], inbox / "same_content_other_name.txt")
    # (3) three files that cannot be read as text
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary\xff\xfe")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "latin1.txt").write_bytes(LATIN1_REPORT)
    warehouse, snapshot = pipeline_env["warehouse"], pipeline_env["snapshot"]
    args = ["--reports", str(samples), "--reports", str(inbox), "--warehouse", str(warehouse)]
    state: dict[str, Any] = {"samples": samples, "inbox": inbox}

    started = time.perf_counter()
    state["run1"] = dwh_run(args)
    state["run1_seconds"] = time.perf_counter() - started
    if state["run1"][0] != 0:
        # Everything below needs a published snapshot; say why there is none.
        pytest.fail("the first `dwh run` failed:\n" + state["run1"][1] + state["run1"][2])
    state["run1_final"] = final_run_steps()
    state["tables1"] = table_contents(warehouse)
    state["checks1"] = latest_check_results(warehouse)
    state["status1"] = json.loads(pipeline_env["status"].read_text())
    state["snapshot_tables1"] = table_contents(snapshot)

    with snapshot_reader(snapshot, pipeline_env["root"]) as reader:
        time.sleep(0.5)
        state["run2"] = dwh_run([*args, "--force"])
    state["reader"] = reader
    state["tables2"] = table_contents(warehouse)
    state["checks2"] = latest_check_results(warehouse)
    state["snapshot_tables2"] = table_contents(snapshot)

    snapshot_stat = snapshot.stat()
    state["run3"] = dwh_run(args)
    state["tables3"] = table_contents(warehouse)
    state["snapshot_unchanged3"] = snapshot.stat().st_mtime_ns == snapshot_stat.st_mtime_ns

    state["status3"] = json.loads(pipeline_env["status"].read_text())
    # A blocking contract fails: a negative count in raw.observations (value_not_negative).
    from orchestration.runner import Progress, RunSummary, build_and_publish, open_session

    con = duckdb.connect(str(warehouse))
    planted_obs, planted_value = con.execute(
        "select obs_id, value from raw.observations order by obs_id limit 1"
    ).fetchone()
    con.execute("update raw.observations set value = -1 where obs_id = ?", [planted_obs])
    # as a re-extraction would leave it: the document's rows were written again just now, so the
    # run validates them (it skips documents that passed the same contract since their last write)
    con.execute(
        "update raw.extracted_documents set extracted_at = ? where sha256 = "
        "(select sha256 from raw.observations where obs_id = (select min(obs_id) from raw.observations))",
        [datetime.now(UTC).replace(tzinfo=None)],
    )
    state["validated_before_failure"] = con.execute(
        "select table_name, count(*) from raw.contract_validations group by 1 order by 1"
    ).fetchall()
    con.close()
    before = snapshot.stat().st_mtime_ns
    summary = RunSummary()
    session = open_session()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        build_and_publish(session, [samples, inbox], summary, Progress())
    state["fail_summary"] = summary
    state["fail_status"] = json.loads(pipeline_env["status"].read_text())
    state["fail_snapshot_kept"] = snapshot.stat().st_mtime_ns == before
    state["fail_leftovers"] = sorted(p.name for p in snapshot.parent.glob(".*.tmp*"))

    # What the daemon's run-failure sensor would write for the same failed run.
    pipeline_env["status"].unlink()
    run = session.instance.get_run_by_id(summary.final_run_id)
    failure_event = next(
        r.event_log_entry.dagster_event
        for r in session.instance.get_records_for_run(
            run_id=run.run_id, of_type=dg.DagsterEventType.RUN_FAILURE
        ).records
    )
    from orchestration.definitions import defs

    sensor = defs.resolve_sensor_def("record_failed_attempt")
    sensor(
        dg.build_run_status_sensor_context(
            sensor_name="record_failed_attempt",
            dagster_event=failure_event,
            dagster_instance=session.instance,
            dagster_run=run,
        ).for_run_failure()
    )
    state["sensor_status"] = json.loads(pipeline_env["status"].read_text())

    # The marker that spares a build the --full-refresh of the incremental models: written by
    # the full builds above, and not by a build of some dbt assets only (one model materialized
    # from the UI), which rebuilt no incremental model from the current dbt files.
    from orchestration.dbt.assets import BUILT_DIGEST_FILE
    from orchestration.dbt.project import dbt_inputs_digest

    marker = warehouse.with_name(warehouse.name + ".dbt_target") / BUILT_DIGEST_FILE
    state["marker_after_full_builds"] = marker.read_text(encoding="utf-8") if marker.exists() else None
    state["dbt_inputs_digest"] = dbt_inputs_digest()
    marker.unlink(missing_ok=True)
    dim_indicator = next(k for k in session.unpartitioned_keys if k.path[-1] == "dim_indicator")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        subset = session.job.get_subset(asset_selection={dim_indicator}).execute_in_process(
            run_config=session.logger_config, instance=session.instance, raise_on_error=False
        )
    state["subset_success"] = subset.success
    state["marker_after_subset"] = marker.exists()

    # The raw contracts over whole tables (as the daily job runs them), with no document on
    # record: the documents table passes and records them all; the observations table still
    # holds the planted negative value, fails, and records none.
    with duckdb.connect(str(warehouse)) as con:
        con.execute("delete from raw.contract_validations")
    raw_contracts = {
        k
        for k in session.job.asset_layer.asset_graph.asset_check_keys
        if k.name in ("contract_raw_documents", "contract_raw_observations")
    }
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        session.job.get_subset(asset_check_selection=raw_contracts).execute_in_process(
            run_config=session.logger_config,
            instance=session.instance,
            raise_on_error=False,
            tags={"dwh/contract_scope": "full"},
        )
    with duckdb.connect(str(warehouse), read_only=True) as con:
        state["validated_after_full_checks"] = con.execute(
            "select table_name, count(*) from raw.contract_validations group by 1 order by 1"
        ).fetchall()
    # The planted value fixed, a run like the inbox sensor's quarantine-only request.
    with duckdb.connect(str(warehouse)) as con:
        con.execute("update raw.observations set value = ? where obs_id = ?", [planted_value, planted_obs])
    state["unpartitioned_only"] = unpartitioned_only_run([samples, inbox])
    return state


def test_first_run_succeeds_and_reports(runs: dict[str, Any]) -> None:
    code, out, err = runs["run1"]
    assert code == 0, out + err
    assert "documents read:         5 distinct (5 processed now)" in out
    assert "quarantined files:      3" in out
    assert "(published)" in out
    print(f"first dwh run took {runs['run1_seconds']:.1f}s")


def test_raw_tables_after_first_run(runs: dict[str, Any], pipeline_env: dict[str, Path]) -> None:
    tables = runs["tables1"]
    documents = tables[("raw", "documents")]
    assert len(documents) == len(SAMPLES)
    expected = {sha256_bytes(p.read_bytes()): p.stem for p in SAMPLES}
    assert {row[0]: row[1] for row in documents} == expected  # sha256 -> doc_id
    for sha, _doc_id, _name, _path, size, text, _at in documents:
        assert unicodedata.is_normalized("NFC", text)
        assert not text.startswith("\ufeff")
        assert size > 0
    observations = query(
        pipeline_env["warehouse"],
        "select o.obs_id, o.sha256, o.char_start, o.char_end, o.indicator, o.audience, o.sentence, "
        "o.extractor_version, d.text from raw.observations o join raw.documents d using (sha256)",
    )
    assert len(observations) == len(tables[("raw", "observations")]) > 0
    for obs_id, sha, start, end, indicator, audience, sentence, version, text in observations:
        assert obs_id == f"{sha[:16]}:{start}:{indicator}:{audience}"
        assert 0 <= start < end <= len(text)
        assert sentence and unicodedata.is_normalized("NFC", sentence)
        assert version
    extracted = tables[("raw", "extracted_documents")]
    assert {row[0] for row in extracted} == set(expected)
    mentions = tables[("raw", "unclassified_mentions")]
    assert {row[1] for row in mentions} <= set(expected)
    assert ("marts", "fct_indicator_values") in tables


def test_unreadable_files_are_quarantined_with_reasons(runs: dict[str, Any]) -> None:
    for name in ("scan.pdf", "empty.txt", "latin1.txt"):
        with pytest.raises(UnreadableReport):
            decode_report((runs["inbox"] / name).read_bytes())
    rows = runs["tables1"][("raw", "quarantine")]
    reasons = {row[1]: row[3] for row in rows}  # file_name -> reason
    assert set(reasons) == {"scan.pdf", "empty.txt", "latin1.txt"}
    assert reasons["scan.pdf"].startswith("binary:")
    assert reasons["empty.txt"].startswith("empty:")
    assert reasons["latin1.txt"].startswith("not_utf8:")
    assert all(row[2] for row in rows if row[1] != "empty.txt")  # sha256 recorded
    _, _, err = runs["run1"]
    for name in ("scan.pdf", "empty.txt", "latin1.txt"):
        assert f"{name}: quarantined" in err
    # the readable files still loaded
    assert len(runs["tables1"][("raw", "documents")]) == len(SAMPLES)


def test_same_content_under_two_names_is_one_document(runs: dict[str, Any]) -> None:
    sha = sha256_bytes(SAMPLES[0].read_bytes())
    documents = [row for row in runs["tables1"][("raw", "documents")] if row[0] == sha]
    assert len(documents) == 1
    assert documents[0][1] == SAMPLES[0].stem  # named after the first file seen (samples first)
    files = sorted(row[2] for row in runs["tables1"][("raw", "document_files")] if row[0] == sha)
    assert files == sorted([SAMPLES[0].name, "same_content_other_name.txt"])


def test_first_run_records_the_reference_tests_it_passed(
    runs: dict[str, Any], pipeline_env: dict[str, Path]
) -> None:
    recorded = json.loads(pipeline_env["reference_cache"].read_text(encoding="utf-8"))
    (entry,) = recorded.values()
    assert entry["warehouse"] == str(pipeline_env["warehouse"])
    executed = {name.removeprefix("dbt:") for name, *_ in runs["checks1"] if name.startswith("dbt:")}
    assert {t.split(":")[-1] for t in entry["tests"]} <= executed
    assert len(entry["tests"]) >= 10  # 11: tests of seeds and seed-only models (one row_rules per model)


def test_checks_are_rendered_as_data_docs(runs: dict[str, Any], pipeline_env: dict[str, Path]) -> None:
    docs = pipeline_env["quality_docs"]
    for table in ("raw.documents", "raw.observations", "marts.fct_indicator_values"):
        page = (docs / table / "index.html").read_text(encoding="utf-8")
        checks = {  # the contracts' checks (dbt's tests have dbt's own docs)
            name
            for name, table_name, *_ in runs["checks1"]
            if table_name == table and not name.startswith("dbt:")
        }
        assert checks and all(name in page for name in checks), table
        # GX's own Data Docs site for the suite's validation, linked from the page
        assert (docs / table / "gx" / "index.html").is_file()
        assert "gx/index.html" in page
    page = (docs / "marts.fct_indicator_values" / "index.html").read_text(encoding="utf-8")
    assert "core_indicator_completeness" in page and "warning" in page


def test_raw_contracts_validate_each_document_once(runs: dict[str, Any]) -> None:
    distinct = len({row[0] for row in runs["tables1"][("raw", "documents")]})
    # every document passed both raw contracts once: later runs validate only new ones
    assert runs["validated_before_failure"] == [("raw.documents", distinct), ("raw.observations", distinct)]
    # and the blocking failure below was found in the one document written again
    failing = [c for c in runs["fail_summary"].failing_checks if c["severity"] == "ERROR"]
    assert failing and "value_not_negative" in failing[0]["details"]


def test_forced_rerun_leaves_every_table_identical(runs: dict[str, Any]) -> None:
    code, out, err = runs["run2"]
    assert code == 0, out + err
    assert "(5 processed now)" in out
    first, second = runs["tables1"], runs["tables2"]
    assert set(first) == set(second)
    for table in sorted(set(first) - LOG_TABLES):
        assert first[table] == second[table], f"{table} changed on a re-run"
    assert runs["checks1"] == runs["checks2"]
    snap1, snap2 = runs["snapshot_tables1"], runs["snapshot_tables2"]
    for table in sorted(set(snap1) - {("main", "meta"), ("main", "check_results")}):
        assert snap1[table] == snap2[table], f"snapshot {table} changed on a re-run"


def test_unchanged_rerun_touches_nothing(runs: dict[str, Any]) -> None:
    code, out, err = runs["run3"]
    assert code == 0, out + err
    assert "(0 processed now)" in out
    assert "nothing changed since the last publish" in out
    assert runs["tables3"] == runs["tables2"]  # check_results included: no check re-ran
    assert runs["snapshot_unchanged3"]


def test_snapshot_and_status_after_publish(runs: dict[str, Any]) -> None:
    snapshot = runs["snapshot_tables1"]
    for name in (
        "fct_indicator_values",
        "fct_evidence",
        "dim_indicator",
        "check_results",
        "meta",
        "quarantine",
    ):
        assert ("main", name) in snapshot, name
    assert len(snapshot[("main", "meta")]) == 1
    status = runs["status1"]
    assert status["last_attempt_outcome"] == "success"
    assert status["last_good_publish_at"] == status["last_attempt_at"]
    assert status["serving"] == "latest"


def test_raw_contracts_run_beside_dbt_and_gate_the_publish(runs: dict[str, Any]) -> None:
    """The raw contract checks no longer hold dbt back: their rows are read before the dbt step
    and validated in the GX worker while dbt builds; the checks take that result after dbt, and
    the publish runs last, after them (it refuses to publish when one failed: see
    test_blocking_check_failure_keeps_last_good_snapshot). The mart's contract runs beside dbt
    too, on the copy dbt writes of it."""
    order = runs["run1_final"]["order"]
    raw_checks = [i for i, step in enumerate(order) if "contract_raw_" in step]
    assert len(raw_checks) == 2, order
    assert order.index("tuyengiao_dbt") < min(raw_checks)
    assert max(raw_checks) < order.index("dashboard_snapshot") == len(order) - 1
    beside = [m for m in runs["run1_final"]["messages"] if "validated beside dbt" in m]
    assert {m.split(" ")[0] for m in beside} == {"raw.documents", "raw.observations", "marts.fct_indicator_values"}
    # the mart's contract ran on dbt's copy of it while dbt built the rest (checks/prefetch.py)
    assert [m for m in beside if m.startswith("marts.") and "on its copy" in m], beside


def test_the_snapshot_is_copied_while_the_checks_run(runs: dict[str, Any]) -> None:
    """orchestration/publish/early.py: once dbt has built the marts, the snapshot's copy starts
    beside the contract checks, and the publish finishes that file (check_results, meta). The
    published tables are those of a snapshot written at the end (test_forced_rerun... compares
    runs; tests/pipeline/test_publish_snapshot.py compares the two ways on the same data)."""
    metadata = runs["run1_final"]["snapshot_metadata"]
    assert metadata is not None and metadata["prepared_during_checks"] is True, metadata
    assert ("main", "check_results") in runs["snapshot_tables1"]


def test_a_run_without_the_raw_checks_is_not_held_by_their_gate(runs: dict[str, Any]) -> None:
    """dashboard_snapshot waits only for the raw contract checks its run plans: a run of the
    unpartitioned assets (the sensor's quarantine-only request) publishes."""
    assert runs["unpartitioned_only"]["success"], runs["unpartitioned_only"]


def test_reader_of_snapshot_never_sees_a_lock_error(runs: dict[str, Any]) -> None:
    reader = runs["reader"]
    assert reader["errors"] == []
    assert reader["reads"] > 10
    # the reader kept reading across the atomic replacement: it saw both publishes
    assert len(reader["published"]) == 2


def test_blocking_check_failure_keeps_last_good_snapshot(runs: dict[str, Any]) -> None:
    summary = runs["fail_summary"]
    assert not summary.published and summary.failures
    assert runs["fail_snapshot_kept"]
    assert runs["fail_leftovers"] == [], "the snapshot prepared for the refused publish is left"
    status = runs["fail_status"]
    assert status["last_attempt_outcome"] == "failed"
    assert status["serving"] == "last_good"
    assert status["last_good_publish_at"] == runs["status3"]["last_good_publish_at"]
    assert status["last_good_run_id"] == runs["status3"]["last_good_run_id"]
    names = {c["check_name"] for c in status["failing_checks"]}
    assert "contract_raw_observations" in names
    assert any(c["severity"] == "ERROR" for c in status["failing_checks"])


def test_run_failure_sensor_records_the_failed_attempt(runs: dict[str, Any]) -> None:
    status = runs["sensor_status"]
    assert status["last_attempt_outcome"] == "failed"
    assert status["last_attempt_run_id"] == runs["fail_summary"].final_run_id
    assert "contract_raw_observations" in {c["check_name"] for c in status["failing_checks"]}


def test_only_a_build_of_every_dbt_asset_marks_the_dbt_files_as_built(runs: dict[str, Any]) -> None:
    assert runs["marker_after_full_builds"] == runs["dbt_inputs_digest"]
    assert runs["subset_success"]
    assert not runs["marker_after_subset"]


def test_whole_table_contracts_record_the_documents_they_passed(runs: dict[str, Any]) -> None:
    distinct = len({row[0] for row in runs["tables1"][("raw", "documents")]})
    assert runs["validated_after_full_checks"] == [("raw.documents", distinct)]
