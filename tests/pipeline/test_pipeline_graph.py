"""The asset graph, snapshotted: a rewiring (new dependency, lost lineage) shows up in review.

Regenerate after an intended change with:  UPDATE_ASSET_GRAPH=1 .venv/bin/pytest tests/pipeline/test_pipeline_graph.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SNAPSHOT = Path(__file__).with_name("asset_graph.txt")


def render_graph() -> str:
    from orchestration.definitions import defs

    graph = defs.resolve_asset_graph()
    lines = []
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        deps = ", ".join(sorted(k.to_user_string() for k in node.parent_keys))
        partitioned = " [partitioned: reports]" if node.partitions_def is not None else ""
        lines.append(f"{key.to_user_string()}{partitioned} <- {deps}")
    return "\n".join(lines) + "\n"


def test_asset_graph_matches_snapshot(dbt_manifest: Path) -> None:
    rendered = render_graph()
    if os.environ.get("UPDATE_ASSET_GRAPH") == "1" or not SNAPSHOT.exists():
        SNAPSHOT.write_text(rendered, encoding="utf-8")
        if os.environ.get("UPDATE_ASSET_GRAPH") != "1":
            pytest.fail(f"{SNAPSHOT} did not exist; written now, review and commit it")
    assert rendered == SNAPSHOT.read_text(encoding="utf-8"), (
        f"the asset graph changed; if intended, run UPDATE_ASSET_GRAPH=1 pytest {__file__} and review the diff"
    )


def test_lineage_runs_ingest_extract_dbt_publish(dbt_manifest: Path) -> None:
    from orchestration.definitions import defs

    graph = defs.resolve_asset_graph()
    import dagster as dg

    def upstream(key: dg.AssetKey) -> set[dg.AssetKey]:
        return graph.get(key).parent_keys

    assert dg.AssetKey("raw_documents") in upstream(dg.AssetKey("observations"))
    staging_obs = next(k for k in graph.get_all_asset_keys() if k.path[-1] == "stg_raw__observations")
    assert dg.AssetKey("observations") in upstream(staging_obs)
    fct = next(k for k in graph.get_all_asset_keys() if k.path[-1] == "fct_indicator_values")
    assert fct in upstream(dg.AssetKey("dashboard_snapshot"))
    assert graph.get(dg.AssetKey("observations")).partitions_def is not None
    assert graph.get(fct).partitions_def is None
    checks = {k.name for k in graph.asset_check_keys}
    assert {
        "contract_raw_observations",
        "contract_raw_documents",
        "contract_marts_fct_indicator_values",
    } <= checks


def test_loading_the_definitions_imports_no_dbt_core(dbt_manifest: Path) -> None:
    """dbt-core runs in its own process (`dwh-dbt`); importing it here cost 2.7 s per load
    (orchestration/dbt/assets.py). Every dbt test still arrives as an asset check: the
    pipeline tests read them from real builds."""
    import subprocess
    import sys

    code = (
        "import sys, orchestration.definitions as d\n"
        "d.defs.resolve_asset_graph()\n"
        "from dagster_dbt.compat import DBT_PYTHON_VERSION\n"
        "print(DBT_PYTHON_VERSION, sorted(m for m in sys.modules if m.startswith('dbt.'))[:5])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.strip() == "None []", out.stdout + out.stderr
