"""daily_quality_checks: re-run every asset check (GX contracts and dbt tests) once a day, so a
rule edited in data_contracts/ or a seed changed in dbt_project/ shows up without new reports."""

from __future__ import annotations

import dagster as dg

QUALITY_CHECKS_JOB = "quality_checks"

quality_checks_job = dg.define_asset_job(
    QUALITY_CHECKS_JOB,
    selection=dg.AssetSelection.all_asset_checks(),
    description="Every asset check, without materializing anything.",
    # whole tables: a pipeline run validates only the raw rows of new documents
    tags={"dwh/contract_scope": "full"},
)

daily_quality_checks = dg.ScheduleDefinition(
    name="daily_quality_checks",
    job=quality_checks_job,
    # early morning in Vietnam, before anyone opens the dashboard
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
