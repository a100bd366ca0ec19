"""Great Expectations asset checks: one Dagster check per contract table.

Each check runs every contract the data_contracts package registers for its table (GX suite,
warehouse column types, and for the mart the DHIS2-style rules), stores the outcomes in
raw.check_results, and fails with ERROR severity when a blocking contract fails, or WARN when
only non-blocking rules do.

What an ERROR stops: a mart's check is a Dagster blocking check (the snapshot downstream is not
built). A raw table's check gates the publish instead of dbt: dbt may build from the new rows,
but dashboard_snapshot refuses to publish after a raw check's ERROR in the same run (and when a
raw check planned in the run has not run yet), so nothing built from them reaches the
dashboard. The raw checks run late in the pipeline job (op priority), after dbt, and `dwh run`
starts their validation before the dbt step so that it runs beside dbt (checks/prefetch.py).

The table is read with a normal connection from this process: the pipeline is the warehouse's
only writer, and DuckDB refuses a read-only connection to a file the same process has open
read-write.
"""

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg

from data_contracts.runner import CHECK_REGISTRY, TableChecks
from orchestration import settings
from orchestration.checks.results import CheckOutcome, record_check_outcomes, utc_now
from orchestration.ingest.partitions import WAREHOUSE_POOL
from orchestration.resources import WarehouseResource

MAX_LISTED = 20
# Op priorities in the pipeline job (the in-process executor runs the ready step with the highest
# first): dbt and the mart checks, then the raw checks, then the publish, which reads their results.
RAW_CHECK_PRIORITY = -1
PUBLISH_PRIORITY = -2


def _summary(outcomes: Sequence[CheckOutcome]) -> str:
    bad = [o for o in outcomes if o.status != "passed"]
    if not bad:
        return f"all {len(outcomes)} contract checks passed"
    listed = "; ".join(
        f"{o.check_name} ({o.status}, {o.failing_rows} rows): {o.details}" for o in bad[:MAX_LISTED]
    )
    return f"{len(bad)} of {len(outcomes)} checks did not pass: {listed}"


def write_data_docs(table: str, outcomes: Sequence[CheckOutcome]) -> Path | None:
    """QUALITY_DOCS_DIR/<table>/index.html (every outcome, offline) and GX's Data Docs site for
    the GX validations under it, rewritten on every check. Failing to write them is logged and
    never fails the check: the outcomes are already in raw.check_results."""
    from data_contracts.runner import build_data_docs

    try:
        return build_data_docs(outcomes, settings.quality_docs_dir() / table)
    except Exception as exc:  # noqa: BLE001 - documentation must not block the data
        dg.get_dagster_logger().warning(f"Data Docs for {table} not written: {exc!r}")
        return None


def blocking_failures(outcomes: Sequence[CheckOutcome]) -> list[CheckOutcome]:
    return [o for o in outcomes if o.blocking and o.status in ("failed", "error")]


def check_result(outcomes: Sequence[CheckOutcome], docs: Path | None = None) -> dg.AssetCheckResult:
    failures = blocking_failures(outcomes)
    others = [o for o in outcomes if o.status != "passed" and o not in failures]
    return dg.AssetCheckResult(
        passed=not failures and not others,
        severity=dg.AssetCheckSeverity.ERROR if failures else dg.AssetCheckSeverity.WARN,
        metadata={
            "summary": _summary(outcomes),
            "checks": len(outcomes),
            "blocking_failures": [o.check_name for o in failures],
            "warnings": [o.check_name for o in others],
            "failing_rows": sum(o.failing_rows for o in outcomes if o.status != "passed"),
            **({"data_docs": dg.MetadataValue.path(str(docs))} if docs else {}),
        },
    )


def contract_check_name(table: str) -> str:
    return f"contract_{table.replace('.', '_')}"


def publish_gate_checks(table_assets: Mapping[str, dg.AssetKey]) -> list[dg.AssetCheckKey]:
    """The raw contract checks that gate the publish (see the module doc)."""
    from orchestration.checks import scope

    return [
        dg.AssetCheckKey(table_assets[table], contract_check_name(table))
        for table in sorted(scope.SCOPED_TABLES)
        if table in table_assets
    ]


def make_contract_check(spec: TableChecks, asset_key: dg.AssetKey) -> dg.AssetChecksDefinition:
    from orchestration.checks import scope

    table = spec.table_name
    gates_publish = table in scope.SCOPED_TABLES

    @dg.asset_check(
        asset=asset_key,
        name=contract_check_name(table),
        blocking=bool(spec.blocking_check_names) and not gates_publish,
        pool=WAREHOUSE_POOL,
        op_tags={"dagster/priority": str(RAW_CHECK_PRIORITY)} if gates_publish else None,
        description=f"data_contracts suite {spec.suite_name} on {table}: {', '.join(spec.all_names)}"
        + ("; an ERROR stops the publish (dashboard_snapshot)" if gates_publish else ""),
    )
    def _contract_check(
        context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource
    ) -> dg.AssetCheckResult:
        from data_contracts.runner import run_table_checks
        from orchestration.checks import prefetch

        scoped = table in scope.SCOPED_TABLES
        full = not scoped or context.run.tags.get(scope.SCOPE_TAG) == scope.FULL
        with warehouse.connect() as conn:
            checked_at = utc_now()
            started = datetime.now(UTC).replace(tzinfo=None)  # rows written later are not covered
            digest = scope.contract_digest(table) if scoped else None
            documents = None if full or digest is None else scope.documents_to_validate(conn, table, digest)
            if digest is None:  # a whole-table contract: dbt's copy may have been validated already
                taken = prefetch.take_exported(conn, table)
            else:
                taken = None if documents is None else prefetch.take(table, digest, documents)
            if taken is not None:  # validated beside dbt, from the same rows
                outcomes, checked_at, started = taken.outcomes, taken.checked_at, taken.started
            else:
                outcomes = run_table_checks(conn, table, checked_at=checked_at, only_sha256=documents)
            record_check_outcomes(conn, outcomes)
            if digest is not None and not blocking_failures(outcomes):
                # a whole-table validation (daily job, --force) also covers the documents that
                # have no current record; recorded ones keep theirs (a re-run changes nothing)
                validated = (
                    scope.documents_to_validate(conn, table, digest) if documents is None else documents
                )
                scope.record_validated(conn, table, digest, validated, started)
        # nothing validated: the pages of the last validation still describe the table
        docs = None if documents == [] else write_data_docs(table, outcomes)
        result = check_result(outcomes, docs)
        extent = "all rows" if documents is None else f"rows of {len(documents)} new or changed documents"
        if taken is not None:
            extent += ", validated beside dbt" + (" on its copy" if digest is None else "")
        context.log.info(f"{table} ({extent}): {result.metadata['summary'].value}")
        return result

    return _contract_check


def build_contract_checks(table_assets: Mapping[str, dg.AssetKey]) -> list[dg.AssetChecksDefinition]:
    """A check for each registered contract table that some asset in the graph writes.

    A registered table with no asset is an error: the contract would silently never run.
    """
    missing = sorted(set(CHECK_REGISTRY) - set(table_assets))
    if missing:
        raise ValueError(
            f"data_contracts registers suites for {missing} but no asset writes them; "
            "map each table to its asset in orchestration/definitions.py"
        )
    return [make_contract_check(spec, table_assets[name]) for name, spec in sorted(CHECK_REGISTRY.items())]
