"""dbt: every model, seed and test of dbt_project/ as Dagster assets and asset checks.

The raw.* sources are mapped onto the assets that write them, so the lineage reads
ingest -> extract -> dbt in the UI and a dbt run waits for the tables it reads.
"""

import contextlib
import json
import os
import shutil
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from importlib import metadata
from pathlib import Path
from typing import Any

import dagster as dg


def _import_dagster_dbt_without_dbt_core() -> None:
    """Import dagster-dbt as if dbt-core were not installed in this process.

    dagster_dbt.compat imports dbt-core (2.7 s of CPU, 45% of loading these definitions) only
    to read its version and a few enums, and falls back to its own copies when dbt-core is
    missing, a set-up dagster-dbt supports (dbt in another environment or dbt Fusion). This
    process never runs dbt-core: dbt runs in its own process (`dwh-dbt`, dbt/warm.py), and the
    two DbtCliResource features that use dbt-core here are off (WarehouseDbtCliResource: the
    version comes from the package metadata, no adapter). The asset selection is the whole
    manifest, which dagster-dbt reads without dbt's selector. Tested in tests/dbt.
    """
    if "dagster_dbt" in sys.modules or "dbt.version" in sys.modules:
        return
    sys.modules["dbt.version"] = None  # type: ignore[assignment]  # "import dbt.version" fails
    try:
        import dagster_dbt  # noqa: F401
    finally:
        del sys.modules["dbt.version"]


_import_dagster_dbt_without_dbt_core()
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    dbt_assets,
)

from orchestration.checks import prefetch
from orchestration.checks.results import CheckOutcome, dbt_test_outcome, record_check_outcomes, utc_now
from orchestration.dbt.project import (
    dagster_target_path,
    dbt_executable,
    dbt_inputs_digest,
    ensure_dbt_manifest,
    project_dir,
)
from orchestration.dbt.warm import client_executable
from orchestration.extract.assets import observations
from orchestration.ingest.assets import raw_documents, report_quarantine
from orchestration.ingest.partitions import WAREHOUSE_POOL
from orchestration.resources import WarehouseResource

# dbt source table in schema raw -> the asset that writes it.
RAW_SOURCE_ASSETS: dict[str, dg.AssetKey] = {
    "documents": raw_documents.key,
    "document_files": raw_documents.key,
    "quarantine": report_quarantine.key,
    "observations": observations.key,
    "unclassified_mentions": observations.key,
}
DBT_LAYER_GROUPS = ("staging", "intermediate", "marts")
# dbt unit tests check model logic against literal rows: they belong to CI (`make test`), not to
# every pipeline run, where they were a fifth of the build time.
# --no-write-json: dbt would write manifest.json (~0.8 s) and run_results.json into the
# warehouse's target dir on every build, and nothing reads them; dbt.log there has the results.
# --log-level-file info: dbt.log gets every node's start, result and error, not the ~1,500 debug
# events per build (each SQL statement, connection and Jinja debug line), which cost about a
# second of dbt's CPU to write as JSON; run dbt by hand with --debug to see those.
DBT_BUILD_ARGS = [
    "--no-write-json",
    "--log-level-file",
    "info",
    "build",
    "--exclude-resource-type",
    "unit_test",
]
# Beside dbt's artifacts in the warehouse's target dir: the dbt files the last successful build
# of this warehouse ran, so that a build after an edited model or macro rebuilds the incremental
# models from scratch (their rows were computed by the old SQL).
BUILT_DIGEST_FILE = "built_from_dbt_inputs.sha256"


class DbtBuildConfig(dg.Config):
    full_refresh: bool = False
    """Rebuild incremental models from scratch. Automatic when the dbt files changed since this
    warehouse's last successful build."""


def needs_full_refresh(target: Path, digest: str) -> bool:
    try:
        return (target / BUILT_DIGEST_FILE).read_text(encoding="utf-8").strip() != digest
    except OSError:
        return True


def _import_great_expectations() -> None:
    """Import GX while dbt runs in its subprocess: the contract checks right after the build
    need it, and its import costs seconds of CPU that would otherwise add to the wall time.
    Not when a GX worker process validates for this one (`dwh run`)."""
    from data_contracts.gx_worker import active

    if active() is not None:
        return
    with contextlib.suppress(Exception):
        import great_expectations  # noqa: F401


class TuyengiaoDbtTranslator(DagsterDbtTranslator):
    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if (
            dbt_resource_props.get("resource_type") == "source"
            and dbt_resource_props.get("source_name") == "raw"
            and dbt_resource_props.get("name") in RAW_SOURCE_ASSETS
        ):
            return RAW_SOURCE_ASSETS[dbt_resource_props["name"]]
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        # Group by the jaffle-shop layer folder so the UI shows staging/intermediate/marts.
        fqn = dbt_resource_props.get("fqn") or []
        for layer in DBT_LAYER_GROUPS:
            if layer in fqn:
                return f"dbt_{layer}"
        return f"dbt_{dbt_resource_props.get('resource_type', 'other')}s"


translator = TuyengiaoDbtTranslator(
    # documents + document_files both come from raw_documents (same for observations).
    settings=DagsterDbtTranslatorSettings(enable_duplicate_source_asset_keys=True)
)

DBT_MANIFEST = ensure_dbt_manifest()


def _relation_names(manifest_path: Path) -> dict[dg.AssetKey, str]:
    """Asset key -> "schema.table" of each model, so check results name the real table."""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    names: dict[dg.AssetKey, str] = {}
    for node in manifest.get("nodes", {}).values():
        if node.get("resource_type") in ("model", "seed", "snapshot"):
            key = translator.get_asset_key(node)
            names[key] = f"{node.get('schema')}.{node.get('alias') or node.get('name')}"
    return names


relation_names = _relation_names(DBT_MANIFEST)


class WarehouseDbtCliResource(DbtCliResource):
    """dagster-dbt's resource without its two start-up probes, which cost ~7 s of every build:

    - `dbt --version` in a subprocess to learn the version: the dbt-core installed beside this
      Python is the executable we run (dbt_executable() prefers the venv's), so its package
      metadata answers;
    - a dbt adapter built in this process (profile, macros, a read-only DuckDB handle): dagster-dbt
      uses it only for `fetch_column_metadata` / `fetch_row_counts`, which this project does not
      call, and it would hold the DuckDB file open read-only while dbt writes it.
    """

    @cached_property
    def _cli_version(self) -> Any:
        from packaging import version

        return version.parse(metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> Any:
        return None


def dbt_resource() -> DbtCliResource:
    return WarehouseDbtCliResource(
        project_dir=str(project_dir()),
        profiles_dir=str(project_dir()),
        # `dwh-dbt` runs dbt in a fork of a process that imported it ahead of time when the
        # runner started one (orchestration/dbt/warm.py), and is plain dbt otherwise
        dbt_executable=client_executable() or dbt_executable(),
    )


def _parsed_from_here(manifest: Path) -> bool:
    """dbt keeps each node's root path as it was given on the command line: state parsed with a
    relative --project-dir (`dbt parse --project-dir dbt_project` from the repository root)
    points seeds at paths that do not resolve from the project dir, where dagster-dbt runs dbt,
    and dbt does not notice. Reuse only state parsed with this absolute project dir."""
    try:
        nodes = json.loads(manifest.read_text(encoding="utf-8")).get("nodes", {})
    except (OSError, ValueError):
        return False
    roots = {n.get("root_path") for n in nodes.values() if n.get("resource_type") == "seed"}
    return roots == {str(project_dir())}


def seed_partial_parse(target: Path) -> None:
    """Give a new warehouse's dbt target dir the partial-parse state of `make setup`'s `dbt parse`.

    dbt re-parses the whole project (~8 s) when its target dir has no partial_parse.msgpack. The
    one written by `dbt parse` in set-up is valid whenever the profile renders the same (dbt
    checks the dbt version, the profile's connection keys, vars and file hashes itself, and falls
    back to a full parse if any differ), so copying it is always safe, and free for the default
    warehouse.
    """
    source = project_dir() / "target" / "partial_parse.msgpack"
    destination = target / "partial_parse.msgpack"
    if (
        destination.exists()
        or not source.exists()
        or not _parsed_from_here(source.with_name("manifest.json"))
    ):
        return
    target.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        shutil.copyfile(source, destination)


@dbt_assets(
    manifest=DBT_MANIFEST,
    dagster_dbt_translator=translator,
    pool=WAREHOUSE_POOL,
    name="tuyengiao_dbt",
)
def tuyengiao_dbt_assets(
    context: dg.AssetExecutionContext,
    dbt: DbtCliResource,
    warehouse: WarehouseResource,
    config: DbtBuildConfig,
) -> Iterator[Any]:
    # dagster-dbt hands dbt this process's environment; profiles.yml reads WAREHOUSE_PATH.
    os.environ["WAREHOUSE_PATH"] = str(warehouse.resolved_path())
    target = dagster_target_path(warehouse.resolved_path())
    seed_partial_parse(target)
    digest = dbt_inputs_digest()
    full_refresh = config.full_refresh or needs_full_refresh(target, digest)
    if full_refresh:
        context.log.info("dbt files changed since this warehouse's last build: --full-refresh")
    threading.Thread(target=_import_great_expectations, name="gx-prewarm", daemon=True).start()
    args = [*DBT_BUILD_ARGS, *(["--full-refresh"] if full_refresh else [])]
    invocation = dbt.cli(args, context=context, raise_on_error=False, target_path=target)
    outcomes: list[CheckOutcome] = []
    checked_at = utc_now()
    try:
        for event in invocation.stream():
            if isinstance(event, dg.AssetCheckResult | dg.AssetCheckEvaluation):
                outcomes.append(dbt_test_outcome(event, relation_names.get(event.asset_key, ""), checked_at))
            elif isinstance(event, dg.Output):
                # with a GX worker (`dwh run`), the mart contract starts on dbt's copy while dbt
                # builds the rest (checks/prefetch.py)
                relation = relation_names.get(context.asset_key_for_output(event.output_name), "")
                prefetch.start_exported(relation, warehouse.resolved_path())
            yield event
    finally:
        # If this step dies mid-stream, dagster-dbt leaves dbt running, and an orphaned dbt
        # holds the warehouse's write lock: stop it.
        if invocation.process.poll() is None:
            invocation.process.terminate()
            invocation.process.wait(timeout=30)
    # Written only after dbt has exited: dbt holds the DuckDB file lock while it runs.
    with warehouse.connect() as conn:
        record_check_outcomes(conn, outcomes)
    if invocation.is_successful():
        # only a build of every dbt asset rebuilt all incremental models from the new files (a
        # subset materialized from the UI did not)
        # (context.assets_def is the subset being run: compare with the whole definition)
        if set(context.selected_asset_keys) >= set(tuyengiao_dbt_assets.keys):
            (target / BUILT_DIGEST_FILE).write_text(digest, encoding="utf-8")
    else:
        failed = [o.check_name for o in outcomes if o.status != "passed"]
        raise dg.Failure(
            "dbt build failed"
            + (f"; failing dbt tests: {', '.join(failed)}" if failed else "")
            + f". dbt log: {target / 'dbt.log'}",
        )


def mart_asset_keys() -> list[dg.AssetKey]:
    """Keys of the dbt models under models/marts/: what the dashboard snapshot copies."""
    keys = []
    for key in tuyengiao_dbt_assets.keys:
        props = tuyengiao_dbt_assets.get_asset_spec(key).group_name
        if props == "dbt_marts":
            keys.append(key)
    return sorted(keys, key=lambda k: k.to_user_string())
