"""Assembles the code location `orchestration`; the logic lives in the domain folders."""

from __future__ import annotations

import dagster as dg

from orchestration.checks.assets import PUBLISH_PRIORITY, build_contract_checks, publish_gate_checks
from orchestration.checks.schedules import QUALITY_CHECKS_JOB, daily_quality_checks, quality_checks_job
from orchestration.dbt.assets import dbt_resource, mart_asset_keys, tuyengiao_dbt_assets
from orchestration.extract.assets import observations
from orchestration.ingest.assets import raw_documents, report_quarantine
from orchestration.ingest.sensors import build_inbox_sensor
from orchestration.publish.assets import make_dashboard_snapshot
from orchestration.publish.early import make_snapshot_preparation_hook
from orchestration.publish.sensors import build_status_failure_sensor
from orchestration.resources import WarehouseResource

PIPELINE_JOB = "pipeline"

# Contract table (data_contracts' suite name) -> the asset that writes it.
CONTRACT_TABLE_ASSETS = {
    "raw.documents": raw_documents.key,
    "raw.observations": observations.key,
    **{f"marts.{key.path[-1]}": key for key in mart_asset_keys()},
}

# The raw contracts gate the publish rather than dbt (orchestration/checks/assets.py), so the
# publish runs last and reads their results.
dashboard_snapshot = make_dashboard_snapshot(
    mart_asset_keys(),
    gate_checks=publish_gate_checks(CONTRACT_TABLE_ASSETS),
    op_tags={"dagster/priority": str(PUBLISH_PRIORITY)},
)

PARTITIONED_ASSETS = [raw_documents, observations]
UNPARTITIONED_KEYS = [report_quarantine.key, *tuyengiao_dbt_assets.keys, dashboard_snapshot.key]

pipeline_job = dg.define_asset_job(
    PIPELINE_JOB,
    selection=dg.AssetSelection.all(),
    description="Everything: ingest, extract, dbt build, checks, publish.",
    # the snapshot's copy starts when dbt has built the marts, while the checks run
    hooks={make_snapshot_preparation_hook(tuyengiao_dbt_assets.op.name, dashboard_snapshot.op.name)},
)

defs = dg.Definitions(
    assets=[raw_documents, report_quarantine, observations, tuyengiao_dbt_assets, dashboard_snapshot],
    asset_checks=build_contract_checks(CONTRACT_TABLE_ASSETS),
    jobs=[pipeline_job, quality_checks_job],
    schedules=[daily_quality_checks],
    sensors=[
        build_inbox_sensor(PIPELINE_JOB, UNPARTITIONED_KEYS),
        build_status_failure_sensor([PIPELINE_JOB, QUALITY_CHECKS_JOB]),
    ],
    resources={"warehouse": WarehouseResource(), "dbt": dbt_resource()},
    # One process, one step at a time: DuckDB allows a single writer.
    executor=dg.in_process_executor,
)
