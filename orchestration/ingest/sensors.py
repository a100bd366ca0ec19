"""inbox_sensor: watch INBOX_DIR, add a `reports` partition per new content, request its run.

The run key is the content's sha256, so Dagster never runs the same content twice however often
the file is touched, renamed or copied; a changed file is new content and gets its own run.
The cursor remembers (size, mtime) -> sha256 per path so a tick re-hashes only changed files.
"""

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import dagster as dg

from orchestration import settings
from orchestration.ingest.partitions import reports_partitions
from orchestration.ingest.scan import QuarantinedFile, ReportFile, classify_file, iter_candidates

SENSOR_INTERVAL_SECONDS = 30


def _load_cursor(raw: str | None) -> dict[str, Any]:
    try:
        loaded = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def scan_inbox(
    inbox: Path, cursor: dict[str, Any]
) -> tuple[list[ReportFile], list[QuarantinedFile], dict[str, Any]]:
    """Classify the inbox's files, reusing the cursor's verdict for files whose size and mtime
    have not changed. Returns reports, quarantined files and the new cursor."""
    reports: list[ReportFile] = []
    quarantined: list[QuarantinedFile] = []
    new_cursor: dict[str, Any] = {}
    for path in iter_candidates([inbox]):
        stat = path.stat()
        key = str(path)
        seen = cursor.get(key)
        if seen and seen[:2] == [stat.st_size, stat.st_mtime_ns]:
            sha, reason = seen[2], seen[3]
            item: ReportFile | QuarantinedFile = (
                QuarantinedFile(path, sha, reason) if reason else ReportFile(path, sha, stat.st_size)
            )
        else:
            item = classify_file(path)
        if isinstance(item, ReportFile):
            reports.append(item)
            new_cursor[key] = [stat.st_size, stat.st_mtime_ns, item.sha256, None]
        else:
            quarantined.append(item)
            new_cursor[key] = [stat.st_size, stat.st_mtime_ns, item.sha256, item.reason]
    return reports, quarantined, new_cursor


def build_inbox_sensor(job_name: str, unpartitioned_keys: Sequence[dg.AssetKey]) -> dg.SensorDefinition:
    """`unpartitioned_keys`: what a quarantine-only run rebuilds (scan, dbt, snapshot)."""

    @dg.sensor(
        name="inbox_sensor",
        job_name=job_name,
        minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="New or changed files in INBOX_DIR -> new `reports` partitions and pipeline runs.",
    )
    def inbox_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
        cursor = _load_cursor(context.cursor)
        reports, quarantined, new_cursor = scan_inbox(settings.inbox_dir(), cursor)
        existing = set(context.instance.get_dynamic_partitions(reports_partitions.name))
        paths_by_sha: dict[str, list[str]] = {}
        for report in reports:
            paths_by_sha.setdefault(report.sha256, []).append(str(report.path))
        new_keys = sorted(sha for sha in paths_by_sha if sha not in existing)
        run_requests = [
            dg.RunRequest(
                run_key=sha,
                partition_key=sha,
                run_config={"ops": {"raw_documents": {"config": {"source_paths": {sha: paths_by_sha[sha]}}}}},
                tags={"dwh/trigger": "inbox_sensor"},
            )
            for sha in new_keys
        ]
        old_quarantine = {(p, v[2]) for p, v in cursor.items() if isinstance(v, list) and len(v) > 3 and v[3]}
        fresh_quarantine = [q for q in quarantined if (str(q.path), q.sha256) not in old_quarantine]
        for item in fresh_quarantine:
            context.log.error(f"quarantined {item.path}: {item.reason}")
        if fresh_quarantine and not run_requests:
            # No document run will rescan the folders, so ask for one that records the quarantine.
            marker = ",".join(sorted(f"{q.path}:{q.sha256}" for q in fresh_quarantine))
            run_requests.append(
                dg.RunRequest(
                    run_key=f"quarantine:{hash_text(marker)}",
                    asset_selection=list(unpartitioned_keys),
                    tags={"dwh/trigger": "inbox_sensor"},
                )
            )
        return dg.SensorResult(
            run_requests=run_requests,
            dynamic_partitions_requests=[reports_partitions.build_add_request(new_keys)] if new_keys else [],
            cursor=json.dumps(new_cursor, sort_keys=True),
        )

    return inbox_sensor


def hash_text(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
