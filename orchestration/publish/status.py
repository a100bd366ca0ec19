"""data/snapshots/status.json: what the dashboard shows about the pipeline's last attempts.

Written atomically (temp file + os.replace) like the snapshot, so the dashboard never reads
half a file. Keys (all optional for a reader; new keys may be added):
  last_attempt_at, last_attempt_outcome ("success" | "failed"), last_attempt_message,
  last_attempt_run_id, failing_checks [{check_name, table_name, details}],
  last_good_publish_at, last_good_run_id, snapshot_path, fingerprint, dbt_digest (the dbt
  project files the published marts were built from), warehouse_path, serving ("latest" |
  "last_good" | "none").
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from orchestration import settings
from orchestration.jsonfile import read_json_object, write_json_atomic


def _now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def read_status(path: Path | None = None) -> dict[str, Any]:
    return read_json_object(path or settings.status_path())


def record_success(
    run_id: str,
    fingerprint: str,
    snapshot: Path,
    path: Path | None = None,
    *,
    dbt_digest: str | None = None,
    warehouse: Path | None = None,
) -> dict[str, Any]:
    target = path or settings.status_path()
    now = _now_iso()
    status = read_status(target)
    status.update(
        last_attempt_at=now,
        last_attempt_outcome="success",
        last_attempt_message="published",
        last_attempt_run_id=run_id,
        failing_checks=[],
        last_good_publish_at=now,
        last_good_run_id=run_id,
        snapshot_path=str(snapshot),
        fingerprint=fingerprint,
        dbt_digest=dbt_digest,
        warehouse_path=str(warehouse) if warehouse else None,
        serving="latest",
    )
    write_json_atomic(target, status)
    return status


def record_failure(
    run_id: str | None,
    message: str,
    failing_checks: list[dict[str, Any]],
    path: Path | None = None,
) -> dict[str, Any]:
    """Keep the last good publish; say why this attempt did not replace it."""
    target = path or settings.status_path()
    status = read_status(target)
    status.update(
        last_attempt_at=_now_iso(),
        last_attempt_outcome="failed",
        last_attempt_message=message,
        last_attempt_run_id=run_id,
        failing_checks=failing_checks,
        serving="last_good" if status.get("last_good_publish_at") else "none",
    )
    write_json_atomic(target, status)
    return status
