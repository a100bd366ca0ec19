"""dbt: every model, seed and test of dbt_project/ as Dagster assets and asset checks.

The raw.* sources are mapped onto the assets that write them, so the lineage reads
ingest -> extract -> dbt in the UI and a dbt run waits for the tables it reads.
"""


from collections.abc import Iterator, Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

from orchestration.checks.results import CheckOutcome, record_check_outcomes
from orchestration.dbt.project import (
    dagster_target_path,
    dbt_env,
    dbt_executable,
    ensure_dbt_manifest,
    project_dir,
)
from orchestration.extract.assets import observations
from orchestration.ingest.assets import raw_documents, report_quarantine
from orchestration.ingest.partitions import WAREHOUSE_POOL
from orchestration.warehouse import WarehouseResource

# dbt source table in schema raw -> the asset that writes it.
RAW_SOURCE_ASSETS: dict[str, dg.AssetKey] = {
    "documents": raw_documents.key,
    "document_files": raw_documents.key,
    "quarantine": report_quarantine.key,
    "observations": observations.key,
    "unclassified_mentions": observations.key,
}
DBT_LAYER_GROUPS = ("staging", "intermediate", "marts")


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


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(
        project_dir=str(project_dir()), profiles_dir=str(project_dir()), dbt_executable=dbt_executable()
    )


def _check_outcome(event: dg.AssetCheckResult | dg.AssetCheckEvaluation) -> CheckOutcome:
    metadata = dict(event.metadata or {})
    failures = metadata.get("dagster_dbt/failed_row_count")
    failing_rows = getattr(failures, "value", failures)
    status = metadata.get("status")
    return CheckOutcome(
        check_name=f"dbt:{event.check_name}",
        table_name=event.asset_key.path[-1],
        passed=bool(event.passed),
        failing_rows=int(failing_rows) if isinstance(failing_rows, int | float) else None,
        details=str(getattr(status, "value", status) or ("pass" if event.passed else "fail")),
        blocking=True,
    )


@dbt_assets(
    manifest=DBT_MANIFEST,
    dagster_dbt_translator=translator,
    pool=WAREHOUSE_POOL,
    name="tuyengiao_dbt",
)
def tuyengiao_dbt_assets(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource
) -> Iterator[Any]:
    import os

    # dagster-dbt hands dbt this process's environment; make WAREHOUSE_PATH the resolved one.
    os.environ["WAREHOUSE_PATH"] = dbt_env()["WAREHOUSE_PATH"]
    invocation = dbt.cli(
        ["build"], context=context, raise_on_error=False, target_path=dagster_target_path()
    )
    outcomes: list[CheckOutcome] = []
    for event in invocation.stream():
        if isinstance(event, dg.AssetCheckResult | dg.AssetCheckEvaluation):
            outcomes.append(_check_outcome(event))
        yield event
    # Written only after dbt has exited: dbt holds the DuckDB file lock while it runs.
    with warehouse.connect() as conn:
        record_check_outcomes(conn, outcomes)
    if not invocation.is_successful():
        failed = [o.check_name for o in outcomes if not o.passed]
        raise dg.Failure(
            "dbt build failed"
            + (f"; failing dbt tests: {', '.join(failed)}" if failed else "")
            + f". Logs: {dagster_target_path()}",
        )


def mart_asset_keys() -> list[dg.AssetKey]:
    """Keys of the dbt models under models/marts/: what the dashboard snapshot copies."""
    keys = []
    for key in tuyengiao_dbt_assets.keys:
        props = tuyengiao_dbt_assets.get_asset_spec(key).group_name
        if props == "dbt_marts":
            keys.append(key)
    return sorted(keys, key=lambda k: k.to_user_string())
