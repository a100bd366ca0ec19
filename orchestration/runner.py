"""`dwh run` and `dwh serve`.

`dwh run` is the one-shot path for a laptop or a cron job: it does in one process what the
sensor + daemon do over time. It materializes the partitioned assets once per new or changed
document, then the unpartitioned rest (quarantine scan, dbt build + tests, contract checks,
publish) once, all through Dagster's in-process executor against one instance, so the runs show
up in the Dagster UI and no subprocess is started per document.

A second run with the same inputs changes nothing: documents already ingested with the same
paths and extracted by the same extractor are skipped, and the dbt build and publish are skipped
when the inputs' fingerprint equals the last good publish's.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orchestration import settings
from orchestration.ingest.scan import ScanCache, ScanResult, scan_cache_path, scan_report_dirs

if TYPE_CHECKING:
    import dagster as dg
    import duckdb

    from orchestration.dbt.warm import WarmDbt

# Dagster's console logger would print every step event and traceback; `dwh run` prints its own
# progress and errors, and --verbose restores Dagster's INFO logs.
# = orchestration.ingest.partitions.REPORTS_PARTITIONS_NAME, which imports Dagster (1.3 s): the
# runner starts the GX worker first and imports Dagster after (tests/pipeline checks they agree)
REPORTS_PARTITIONS = "reports"
QUIET_LOGGERS = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


@dataclass
class RunSummary:
    documents: int = 0
    documents_processed: int = 0
    observations: int = 0
    unclassified: int = 0
    quarantined: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    failures: list[str] = field(default_factory=list)
    failing_checks: list[dict[str, Any]] = field(default_factory=list)
    evaluations: list[Any] = field(default_factory=list)
    published: bool = False
    skipped_publish: bool = False
    final_run_id: str | None = None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dwh run",
        description="Run the whole pipeline once: ingest, extract, dbt build + tests, checks, publish.",
    )
    parser.add_argument(
        "--reports",
        action="append",
        metavar="DIR",
        help="folder of report files (repeatable); default: data/reports/sample and INBOX_DIR",
    )
    parser.add_argument("--warehouse", metavar="PATH", help="DuckDB warehouse (default: WAREHOUSE_PATH)")
    parser.add_argument("--snapshot", metavar="PATH", help="dashboard snapshot (default: SNAPSHOT_PATH)")
    parser.add_argument(
        "--ephemeral",
        action="store_true",
        help="use a throwaway Dagster instance instead of DAGSTER_HOME (runs not kept for the UI)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="re-materialize every document and rebuild even if nothing changed",
    )
    parser.add_argument("--verbose", action="store_true", help="show Dagster's INFO logs")
    return parser


class Progress:
    def __init__(self) -> None:
        self.started = time.perf_counter()

    def __call__(self, message: str) -> None:
        print(f"[{time.perf_counter() - self.started:6.1f}s] {message}", flush=True)


def documents_to_run(
    conn: duckdb.DuckDBPyConnection, scan: ScanResult, extractor_version: str, force: bool
) -> dict[str, list[Path]]:
    """Contents whose partition must be (re)materialized: new content, a new path for known
    content, or content extracted by another extractor version (or seed files)."""
    wanted = scan.paths_by_sha()
    if force:
        return wanted
    known_paths: dict[str, set[str]] = {}
    for sha, path in conn.execute("SELECT sha256, source_path FROM raw.document_files").fetchall():
        known_paths.setdefault(sha, set()).add(path)
    ingested = {r[0] for r in conn.execute("SELECT sha256 FROM raw.documents").fetchall()}
    extracted = dict(conn.execute("SELECT sha256, extractor_version FROM raw.extracted_documents").fetchall())
    return {
        sha: paths
        for sha, paths in wanted.items()
        if sha not in ingested
        or not {str(p) for p in paths} <= known_paths.get(sha, set())
        or extracted.get(sha) != extractor_version
    }


def unrecorded_quarantine(conn: duckdb.DuckDBPyConnection, scan: ScanResult) -> int:
    recorded = set(conn.execute("SELECT source_path, sha256 FROM raw.quarantine").fetchall())
    return sum((str(q.path), q.sha256) not in recorded for q in scan.quarantined)


def _check_evaluations(result: Any) -> list[dg.AssetCheckEvaluation]:
    evaluations = []
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluations.append(event.event_specific_data)
    return evaluations


def _materialization_metadata(result: Any, node: str) -> dict[str, Any]:
    found = result.asset_materializations_for_node(node)
    if not found:
        return {}
    return {k: getattr(v, "value", v) for k, v in found[-1].metadata.items()}


def _root_cause(error: Any) -> str:
    """The innermost error's message: Dagster wraps the user's exception in its own."""
    while error is not None and getattr(error, "cause", None) is not None:
        error = error.cause
    text = (getattr(error, "message", "") or "").strip()
    return text or "failed"


def _failure_message(result: Any) -> str:
    for event in result.all_events:
        if event.event_type_value == "STEP_FAILURE":
            return f"{event.step_key}: {_root_cause(event.event_specific_data.error)}"
    return "run failed"


@contextlib.contextmanager
def _dbt_output(log_path: Path | None) -> Iterator[None]:
    """dagster-dbt echoes every dbt log line to sys.stdout; send them to a file unless verbose."""
    if log_path is None:
        yield
        return
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w", encoding="utf-8") as handle, contextlib.redirect_stdout(handle):
        yield


def _instance(ephemeral: bool) -> dg.DagsterInstance:
    import dagster as dg

    if ephemeral:
        return dg.DagsterInstance.ephemeral()
    settings.ensure_dagster_home()
    return dg.DagsterInstance.get()


@dataclass
class PipelineSession:
    """What the stages share: the loaded definitions, the instance and the log settings."""

    instance: dg.DagsterInstance
    job: dg.JobDefinition
    partitioned_keys: set[dg.AssetKey]
    unpartitioned_keys: set[dg.AssetKey]
    verbose: bool = False

    @property
    def logger_config(self) -> dict[str, Any]:
        return {} if self.verbose else QUIET_LOGGERS


def open_session(ephemeral: bool = False, verbose: bool = False) -> PipelineSession:
    from orchestration.dbt.project import ensure_dbt_manifest

    ensure_dbt_manifest()
    from orchestration import definitions

    job = definitions.defs.resolve_job_def(definitions.PIPELINE_JOB)
    return PipelineSession(
        instance=_instance(ephemeral),
        job=job,
        partitioned_keys={a.key for a in definitions.PARTITIONED_ASSETS},
        unpartitioned_keys=set(definitions.UNPARTITIONED_KEYS),
        verbose=verbose,
    )


def contiguous_ranges(ordered_keys: Sequence[str], wanted: set[str]) -> list[list[str]]:
    """Split `wanted` into runs of neighbours in the partition order (Dagster runs a partition
    range as first..last of that order, so a range must not span a key we do not want)."""
    ranges: list[list[str]] = []
    current: list[str] = []
    for key in ordered_keys:
        if key in wanted:
            current.append(key)
        elif current:
            ranges.append(current)
            current = []
    if current:
        ranges.append(current)
    return ranges


def materialize_documents(
    session: PipelineSession, todo: dict[str, list[Path]], summary: RunSummary, say: Progress
) -> None:
    """raw_documents then observations for every document in `todo`, in as few in-process runs
    as the partition order allows (one on a first run, or when new files arrive together): a
    Dagster run costs more than ingesting and extracting a report.

    Contract checks are left out here and run once, over whole tables, in the final stage.
    """
    ordered = session.instance.get_dynamic_partitions(REPORTS_PARTITIONS)
    partition_job = session.job.get_subset(
        asset_selection=session.partitioned_keys, asset_check_selection=set()
    )
    for keys in contiguous_ranges(ordered, set(todo)):
        started = time.perf_counter()
        result = partition_job.execute_in_process(
            run_config={
                **session.logger_config,
                "ops": {
                    "raw_documents": {
                        "config": {"source_paths": {k: [str(p) for p in todo[k]] for k in keys}}
                    }
                },
            },
            instance=session.instance,
            raise_on_error=False,
            tags={
                "dwh/trigger": "dwh run",
                "dagster/asset_partition_range_start": keys[0],
                "dagster/asset_partition_range_end": keys[-1],
            },
        )
        names = ", ".join(todo[k][0].name for k in keys[:3]) + (", ..." if len(keys) > 3 else "")
        if not result.success:
            message = f"{len(keys)} documents ({names}): {_failure_message(result)}"
            summary.failures.append(message)
            print(f"error: {message}", file=sys.stderr, flush=True)
            continue
        summary.documents_processed += len(keys)
        meta = _materialization_metadata(result, "observations")
        for doc_id, (n_obs, n_unclassified) in sorted(_per_document(meta).items()):
            say(f"  {doc_id}: {n_obs} observations, {n_unclassified} unclassified")
        say(f"  ingested and extracted {len(keys)} documents in {time.perf_counter() - started:.1f}s")


def _per_document(meta: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    if "per_document" in meta:
        return {k: (v[0], v[1]) for k, v in meta["per_document"].items()}
    if "doc_id" in meta:
        return {meta["doc_id"]: (meta.get("observations"), meta.get("unclassified"))}
    return {}


def final_selection(
    session: PipelineSession,
    skip: frozenset[dg.AssetKey],
    skip_checks: frozenset[dg.AssetCheckKey],
    tests_only: frozenset[dg.AssetKey],
) -> tuple[set[dg.AssetKey], set[dg.AssetCheckKey]]:
    """The assets and checks of the run after the documents: `skip` assets and their checks
    left out, `skip_checks` left out, `tests_only` assets left out but not their checks."""
    keys = set(session.unpartitioned_keys - skip - tests_only)
    checks = {
        k
        for k in session.job.asset_layer.asset_graph.asset_check_keys
        if k.asset_key not in skip and k not in skip_checks
    }
    return keys, checks


def quarantine_config(report_dirs: Sequence[Path], scan: ScanResult | None) -> dict[str, Any]:
    config: dict[str, Any] = {"report_dirs": [str(d) for d in report_dirs]}
    if scan is not None:
        config["scanned"] = [[str(q.path), q.sha256, q.reason] for q in scan.quarantined]
    return config


def build_and_publish(
    session: PipelineSession,
    report_dirs: Sequence[Path],
    summary: RunSummary,
    say: Progress,
    skip: frozenset[dg.AssetKey] = frozenset(),
    skip_checks: frozenset[dg.AssetCheckKey] = frozenset(),
    full_checks: bool = False,
    scan: ScanResult | None = None,
    tests_only: frozenset[dg.AssetKey] = frozenset(),
) -> None:
    """The unpartitioned rest in one run: quarantine scan, dbt build (+ tests), every contract
    check, snapshot. A failed blocking check skips the snapshot; status.json says why.
    `skip`: dbt assets (and their tests) known to be current, left out of the build;
    `skip_checks`: dbt tests known to pass, left out; `full_checks`: the raw contracts validate
    whole tables, not only new documents (orchestration/checks/scope.py); `scan`: the scan of
    `report_dirs` this run ingested from, recorded by report_quarantine instead of a new scan;
    `tests_only`: dbt views known to be current, not created again, whose tests still run."""
    from orchestration.checks.results import failing_checks_from_evaluations
    from orchestration.publish.status import record_failure

    log_path = settings.dagster_home() / "logs" / "dwh_run_dbt.log"
    say(
        "dbt build + tests, contract checks, publish" + ("" if session.verbose else f" (dbt log: {log_path})")
    )
    keys, checks = final_selection(session, skip, skip_checks, tests_only)
    final_job = session.job.get_subset(asset_selection=keys, asset_check_selection=checks)
    from data_contracts.gx_worker import active as active_gx_worker
    from orchestration.checks import prefetch
    from orchestration.warehouse import connect_warehouse

    if (gx := active_gx_worker()) is not None:
        gx.prepare()  # GX imports in the worker while dbt builds (run_pipeline)
    if not full_checks:
        # the raw contracts validate these rows in the GX worker while dbt builds (checks/prefetch.py)
        with connect_warehouse() as conn:
            prefetch.start_raw_contracts(conn)
    with _dbt_output(None if session.verbose else log_path), contextlib.ExitStack() as started:
        started.callback(prefetch.forget)
        started.callback(prefetch.forget_exported)
        # a snapshot prepared for a publish that did not happen (a blocking check failed): the
        # process ends with os._exit, so its atexit hook would not run
        from orchestration.publish import early

        started.callback(early.discard_all)
        result = final_job.execute_in_process(
            run_config={
                **session.logger_config,
                "ops": {"report_quarantine": {"config": quarantine_config(report_dirs, scan)}},
            },
            instance=session.instance,
            raise_on_error=False,
            tags={"dwh/trigger": "dwh run", **({"dwh/contract_scope": "full"} if full_checks else {})},
        )
    summary.final_run_id = result.run_id
    evaluations = _check_evaluations(result)
    summary.evaluations = evaluations
    summary.checks_passed = sum(bool(e.passed) for e in evaluations)
    summary.checks_failed = sum(not e.passed for e in evaluations)
    summary.failing_checks = failing_checks_from_evaluations(evaluations)
    if result.success:
        summary.published = True
        say(f"published {settings.snapshot_path()}")
        return
    message = _failure_message(result)
    summary.failures.append(message)
    record_failure(result.run_id, message, summary.failing_checks)
    print(f"error: {message}", file=sys.stderr, flush=True)
    for check in summary.failing_checks:
        if check.get("severity") == "ERROR":
            print(
                f"error: blocking check failed: {check['table_name']} {check['check_name']}: {check['details']}",
                file=sys.stderr,
            )


def run_pipeline(
    report_dirs: Sequence[Path],
    *,
    ephemeral: bool = False,
    force: bool = False,
    verbose: bool = False,
    progress: Progress | None = None,
) -> RunSummary:
    """The body of `dwh run`, callable from tests. Paths come from the environment (settings).

    Great Expectations runs in a worker process (data_contracts/gx_worker.py) that imports GX
    when the dbt build starts: before it, both cores are busy (Dagster's import and the
    extraction here, dbt's import in the warm dbt server); during it, this process mostly waits
    for dbt."""
    from data_contracts.gx_worker import gx_worker
    from orchestration.dbt.warm import warm_dbt

    with gx_worker(import_now=False), warm_dbt() as dbt, contextlib.ExitStack() as cleanup:
        return _run_pipeline(
            report_dirs,
            ephemeral=ephemeral,
            force=force,
            verbose=verbose,
            progress=progress,
            dbt=dbt,
            cleanup=cleanup,
        )


def _run_pipeline(
    report_dirs: Sequence[Path],
    *,
    ephemeral: bool,
    force: bool,
    verbose: bool,
    progress: Progress | None,
    dbt: WarmDbt | None = None,
    cleanup: contextlib.ExitStack | None = None,
) -> RunSummary:
    say = progress or Progress()
    summary = RunSummary()
    say(f"scanning {', '.join(str(d) for d in report_dirs)}")
    scan = scan_report_dirs(report_dirs, ScanCache(scan_cache_path(settings.warehouse_path())))
    by_sha = scan.paths_by_sha()
    summary.documents = len(by_sha)
    summary.quarantined = len(scan.quarantined)
    for item in scan.quarantined:
        print(f"error: {item.path}: quarantined, not loaded ({item.reason})", file=sys.stderr, flush=True)
    say(
        f"found {len(scan.reports)} report files ({len(by_sha)} distinct), {len(scan.quarantined)} quarantined"
    )

    from orchestration.extract.version import extractor_version
    from orchestration.warehouse import connect_warehouse

    with connect_warehouse() as conn:
        todo = documents_to_run(conn, scan, extractor_version(), force)
    if dbt is not None and (todo or force):
        # dbt imports on the other core while this one loads Dagster and extracts (dbt/warm.py)
        from orchestration.dbt.project import dagster_target_path

        dbt.start(dagster_target_path())
    say("loading the pipeline definitions")
    session = open_session(ephemeral=ephemeral, verbose=verbose)
    if cleanup is not None:
        cleanup.callback(session.instance.dispose)  # closes the event log's SQLite connections
    from orchestration.publish.assets import pipeline_fingerprint
    from orchestration.publish.status import read_status, record_failure

    known = set(session.instance.get_dynamic_partitions(REPORTS_PARTITIONS))
    if set(by_sha) - known:
        # Every scanned content gets its partition, also when the run skips it (the UI can then
        # re-materialize it from a fresh DAGSTER_HOME).
        session.instance.add_dynamic_partitions(REPORTS_PARTITIONS, sorted(set(by_sha) - known))
    say(f"{len(todo)} of {len(by_sha)} documents to ingest and extract")
    materialize_documents(session, todo, summary, say)

    with connect_warehouse() as conn:
        scanned = sorted(by_sha)
        if scanned:
            # one list parameter: 10,000 "?" placeholders took 0.4 s per query to bind
            in_scan = "sha256 IN (SELECT unnest(?::VARCHAR[]))"
            summary.observations = conn.execute(
                f"SELECT count(*) FROM raw.observations WHERE {in_scan}", [scanned]
            ).fetchone()[0]
            summary.unclassified = conn.execute(
                f"SELECT count(*) FROM raw.unclassified_mentions WHERE {in_scan}", [scanned]
            ).fetchone()[0]
        fingerprint = pipeline_fingerprint(conn)
        new_quarantine = unrecorded_quarantine(conn, scan)

    if summary.failures:
        # Publishing without the failed documents would show districts as missing data.
        record_failure(None, f"{len(summary.failures)} documents failed: {summary.failures[0]}", [])
        return summary

    status = read_status()
    up_to_date = (
        not force
        and not todo
        and not new_quarantine
        and status.get("last_attempt_outcome") == "success"
        and status.get("fingerprint") == fingerprint
        and settings.snapshot_path().exists()
    )
    if up_to_date:
        summary.skipped_publish = True
        say("nothing changed since the last publish: dbt build, checks and publish skipped")
        return summary
    skip = frozenset() if force else reference_only_assets_if_current(session, status)
    reference = reference_tests(session, force)
    # the same condition (these dbt files built this warehouse's last publish): views as they are
    views = current_views(session) - skip if skip else frozenset()
    if skip:
        say(
            f"dbt project unchanged since the last publish: {len(skip)} seed-only dbt assets not rebuilt, "
            f"{len(views)} views not created again (their tests run)"
        )
    elif reference.skip:
        say(
            f"reference data: its {len(reference.keys)} dbt tests passed for these dbt files at "
            f"{reference.passed_at}; not re-run (the daily quality checks and --force run them)"
        )
    build_and_publish(
        session,
        report_dirs,
        summary,
        say,
        skip,
        skip_checks=reference.keys if reference.skip else frozenset(),
        full_checks=force,
        scan=scan,
        tests_only=views,
    )
    if summary.published and not skip and not reference.skip:
        remember_reference_tests(reference, summary.evaluations)
    return summary


def reference_assets(session: PipelineSession) -> frozenset[dg.AssetKey]:
    """dbt assets that read no report data (seeds, their staging views, dim_indicator...)."""
    from orchestration.dbt.reference import reference_only_assets

    report_data = session.partitioned_keys | {
        k for k in session.unpartitioned_keys if k.path == ["report_quarantine"]
    }
    candidates = [k for k in session.unpartitioned_keys if k.path != ["dashboard_snapshot"]]
    return reference_only_assets(session.job.asset_layer.asset_graph, candidates, report_data)


def current_views(session: PipelineSession) -> frozenset[dg.AssetKey]:
    """The dbt views among the assets of this run."""
    from orchestration.dbt.assets import tuyengiao_dbt_assets
    from orchestration.dbt.reference import view_assets

    return view_assets(tuyengiao_dbt_assets) & session.unpartitioned_keys


def reference_only_assets_if_current(
    session: PipelineSession, status: dict[str, Any]
) -> frozenset[dg.AssetKey]:
    """The reference assets, when the last publish built them from the same dbt files into this
    warehouse: rebuilding and re-testing them would give the same tables, and they are a third
    of the build."""
    from orchestration.dbt.project import dbt_inputs_digest

    if (
        status.get("last_attempt_outcome") != "success"
        or status.get("dbt_digest") != dbt_inputs_digest()
        or status.get("warehouse_path") != str(settings.warehouse_path())
    ):
        return frozenset()
    return reference_assets(session)


@dataclass(frozen=True)
class ReferenceTests:
    """The dbt tests of reference data in this build, and whether they can be skipped."""

    keys: frozenset[dg.AssetCheckKey]
    digest: str
    passed_at: str | None = None  # when they passed for `digest`, if they did

    @property
    def skip(self) -> bool:
        return self.passed_at is not None


def reference_tests(session: PipelineSession, force: bool) -> ReferenceTests:
    """Skippable when they passed on this machine for the same dbt files and versions
    (orchestration/dbt/reference.py); never with --force."""
    from orchestration.dbt.assets import tuyengiao_dbt_assets
    from orchestration.dbt.project import dbt_inputs_digest
    from orchestration.dbt.reference import ReferenceTestCache, reference_digest, reference_test_keys

    keys = reference_test_keys(tuyengiao_dbt_assets.check_specs, reference_assets(session))
    digest = reference_digest(dbt_inputs_digest())
    passed_at = None if force else ReferenceTestCache().passed(digest, (k.to_user_string() for k in keys))
    return ReferenceTests(keys, digest, passed_at)


def remember_reference_tests(tests: ReferenceTests, evaluations: Sequence[Any]) -> None:
    """After a build that ran every reference test and all passed, record them."""
    from orchestration.dbt.reference import ReferenceTestCache

    outcome = {e.asset_check_key: bool(e.passed) for e in evaluations}
    if tests.keys and all(outcome.get(k) for k in tests.keys):
        ReferenceTestCache().record(
            tests.digest, (k.to_user_string() for k in tests.keys), settings.warehouse_path()
        )


def print_summary(summary: RunSummary, seconds: float) -> None:
    if summary.published:
        outcome = "published"
    elif summary.skipped_publish:
        outcome = "up to date (nothing to publish)"
    else:
        outcome = "FAILED: the dashboard keeps serving the last good snapshot"
    lines = [
        "",
        "summary",
        f"  documents read:         {summary.documents} distinct ({summary.documents_processed} processed now)",
        f"  observations extracted: {summary.observations}",
        f"  unclassified mentions:  {summary.unclassified}",
        f"  quarantined files:      {summary.quarantined}",
        f"  checks:                 {summary.checks_passed} passed, {summary.checks_failed} failed"
        + (" (not re-run)" if summary.skipped_publish else ""),
        *(
            f"    not passed: {c['table_name']} {c['check_name']} ({c['severity']}): {c['details'][:150]}"
            for c in summary.failing_checks
        ),
        f"  snapshot:               {settings.snapshot_path()} ({outcome})",
        f"  status:                 {settings.status_path()}",
        f"  warehouse:              {settings.warehouse_path()}",
        f"  wall time:              {seconds:.1f}s",
    ]
    print("\n".join(lines), flush=True)


def run_main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    progress = Progress()
    if args.warehouse:
        os.environ["WAREHOUSE_PATH"] = str(settings.resolve_path(args.warehouse))
    if args.snapshot:
        os.environ["SNAPSHOT_PATH"] = str(settings.resolve_path(args.snapshot))
    # dbt's profiles.yml reads it with no default: always export the resolved path.
    os.environ["WAREHOUSE_PATH"] = str(settings.warehouse_path())
    dirs = (
        [settings.resolve_path(d) for d in args.reports] if args.reports else settings.default_report_dirs()
    )
    missing = [d for d in dirs if not d.is_dir()]
    if args.reports and missing:
        print(f"dwh run: not a folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    try:
        summary = run_pipeline(
            dirs, ephemeral=args.ephemeral, force=args.force, verbose=args.verbose, progress=progress
        )
    except Exception as exc:  # noqa: BLE001 - report any failure as a failed attempt, then exit 1
        from orchestration.publish.status import record_failure

        record_failure(None, f"{type(exc).__name__}: {exc}", [])
        print(f"dwh run: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print_summary(summary, time.perf_counter() - progress.started)
    return 1 if summary.failures else 0


def serve_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="dwh serve", description="Serve the dashboard (reads only the snapshot)."
    )
    parser.add_argument("--port", type=int, default=8501)
    args = parser.parse_args(list(argv))
    app = settings.project_root() / "dashboards" / "streamlit_app.py"
    if not app.exists():
        print(f"dwh serve: {app} does not exist", file=sys.stderr)
        return 2
    streamlit = Path(sys.executable).with_name("streamlit")
    command = [
        str(streamlit) if streamlit.exists() else "streamlit",
        "run", str(app),
        "--server.port", str(args.port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    print(f"dashboard: http://localhost:{args.port}  (snapshot {settings.snapshot_path()})", flush=True)
    os.chdir(settings.project_root())
    # exec, not a child process: Ctrl-C and a supervisor's SIGTERM then reach Streamlit itself
    # instead of leaving it running behind a dead `dwh`.
    os.execvp(command[0], command)
    return 0  # not reached: execvp replaces this process
