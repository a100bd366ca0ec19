"""Record failed pipeline/check runs in status.json, so the dashboard can say it is serving the
last good snapshot and why. (The `dwh run` command records its own failures: it has no daemon.)"""

from collections.abc import Sequence

import dagster as dg

from orchestration.checks.results import failing_checks_from_evaluations
from orchestration.publish.status import record_failure


def failing_checks_of_run(instance: dg.DagsterInstance, run_id: str) -> list[dict[str, object]]:
    records = instance.get_records_for_run(
        run_id=run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION
    ).records
    evaluations = [
        r.event_log_entry.dagster_event.event_specific_data
        for r in records
        if r.event_log_entry.dagster_event is not None
    ]
    return failing_checks_from_evaluations(evaluations)


def build_status_failure_sensor(jobs: Sequence[str]) -> dg.SensorDefinition:
    @dg.run_failure_sensor(
        name="record_failed_attempt",
        monitor_all_code_locations=False,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="Writes the failed attempt and its failing checks to status.json.",
    )
    def record_failed_attempt(context: dg.RunFailureSensorContext) -> None:
        if context.dagster_run.job_name not in jobs:
            return
        failing = failing_checks_of_run(context.instance, context.dagster_run.run_id)
        message = context.failure_event.message or "run failed"
        record_failure(context.dagster_run.run_id, message, failing)

    return record_failed_attempt
