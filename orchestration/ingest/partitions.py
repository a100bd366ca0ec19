"""One partition per distinct report content: the key is the file's sha256, so a renamed or
copied file maps to the partition it already has and an edited file gets a new one."""

from __future__ import annotations

import dagster as dg

REPORTS_PARTITIONS_NAME = "reports"

reports_partitions = dg.DynamicPartitionsDefinition(name=REPORTS_PARTITIONS_NAME)

# Every step that opens the warehouse read-write claims this pool; dagster.yaml gives each
# pool one slot, so writers never overlap even when several runs are queued (`make dev`).
WAREHOUSE_POOL = "warehouse"
