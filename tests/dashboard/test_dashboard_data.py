"""dashboards.data against real DuckDB files: the contract with orchestration/publish."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from fixture_snapshot import FACTS, WARD_FACTS, Fact, build_snapshot

from dashboards import data
from orchestration.publish.status import record_failure, record_success


@pytest.fixture
def snapshot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "snapshots" / "dashboard.duckdb"
    monkeypatch.setenv("SNAPSHOT_PATH", str(path))
    return path


def test_missing_snapshot_is_reported_not_raised(snapshot: Path) -> None:
    state = data.snapshot_state()
    assert state.problem == "missing" and state.path == snapshot
    assert not data.pipeline_status().exists


def test_unreadable_snapshot(snapshot: Path) -> None:
    snapshot.parent.mkdir(parents=True)
    snapshot.write_bytes(b"not a duckdb file" * 100)
    state = data.snapshot_state()
    assert state.problem == "unreadable" and state.detail


def test_snapshot_from_older_pipeline_names_what_is_missing(snapshot: Path) -> None:
    build_snapshot(snapshot, drop_columns={"fct_indicator_values": ["evidence_count"]})
    state = data.snapshot_state()
    assert state.problem == "outdated"
    assert state.detail == "fct_indicator_values.evidence_count"


def test_published_layout_is_read(snapshot: Path) -> None:
    build_snapshot(snapshot)
    state = data.snapshot_state()
    assert state.ok, state.detail
    assert state.tables["fct_indicator_values"] == '"main"."fct_indicator_values"'
    assert state.published_at == datetime(2026, 11, 21, 23, 0, tzinfo=UTC)  # naive TIMESTAMP is UTC
    values = data.indicator_values(state)
    assert len(values) == len(FACTS) + len(WARD_FACTS)
    q6 = values[(values["unit_name"] == "Quận 6") & (values["indicator"] == "study_attendance")]
    assert sorted(q6["value"]) == [11499, 20012]
    assert set(q6["unit_key"]) == {"775"}
    assert isinstance(q6["period_start"].iloc[0], date)
    indicators = data.indicators(state)
    assert "code" in indicators.columns and "documents_issued" in set(indicators["code"])
    assert data.evidence_link_columns(state) == ("fact_key",)
    evidence = data.evidence(state, "study_attendance")
    assert set(evidence["doc_id"]) == {"003_0c19d376f1f38269"}
    texts = data.document_texts(state, list(evidence["doc_id"]))
    start, end = int(evidence["char_start"].iloc[0]), int(evidence["char_end"].iloc[0])
    assert texts["003_0c19d376f1f38269"][start:end] in {"20.012", "11.499"}
    units = data.org_units(state)
    assert units.set_index("unit_key").loc["776", "unit_name"] == "Quận 8"
    assert data.check_results(state) is not None and data.coverage_mart(state) is not None


def test_alternative_spellings_and_absent_optional_parts(snapshot: Path) -> None:
    build_snapshot(
        snapshot, schema="marts", indicator_key="code", with_documents=False,
        drop_columns={"fct_indicator_values": ["per_10k_residents", "unit_key", "fact_key"]},
    )
    state = data.snapshot_state()
    assert state.ok, state.detail
    values = data.indicator_values(state)
    assert values["per_10k_residents"].isna().all()
    assert set(values.loc[values["unit_name"] == "Quận 8", "unit_key"]) == {"776"}  # GSO code fallback
    assert data.evidence_link_columns(state) == ("unit_code", "unit_name", "period_start", "period_end",
                                                 "indicator", "audience")
    assert data.document_texts(state, ["003_0c19d376f1f38269"]) == {}


def test_new_publish_is_visible_without_waiting_for_the_cache(snapshot: Path) -> None:
    build_snapshot(snapshot)
    before = data.indicator_values(data.snapshot_state())
    extra = Fact("775", "Quận 6", (date(2018, 1, 1), date(2018, 12, 31)), "year", "documents_issued", 33,
                 "syn_q6_2018", "Năm 2018, quận ban hành 33 văn bản.", 22, "33")
    replacement = snapshot.with_name("next.duckdb")
    build_snapshot(replacement, extra_facts=(extra,))
    replacement.replace(snapshot)  # how orchestration/publish swaps it in
    after = data.indicator_values(data.snapshot_state())
    assert len(after) == len(before) + 1
    assert 33 in set(after.loc[after["unit_name"] == "Quận 6", "value"])


def test_reads_leave_no_connection_open(snapshot: Path) -> None:
    build_snapshot(snapshot)
    data.indicator_values(data.snapshot_state())
    data.evidence(data.snapshot_state(), "documents_issued")
    # a read-write open fails while any read-only connection of this process holds the file
    with duckdb.connect(str(snapshot)) as con:
        con.execute("create table probe as select 1")


def test_status_written_by_the_publish_step_is_understood(snapshot: Path) -> None:
    status_file = snapshot.parent / "status.json"
    snapshot.parent.mkdir(parents=True)
    record_success("run-1", "fp", snapshot, path=status_file)
    status = data.pipeline_status()
    assert status.exists and status.last_attempt_ok is True and status.failing_checks == ()
    good = status.last_good_publish_at
    assert good is not None and good.tzinfo is not None
    record_failure("run-2", "checks failed", [{"check_name": "not_null_value", "table_name": "t", "details": ""}],
                   path=status_file)
    status = data.pipeline_status()
    assert status.last_attempt_ok is False
    assert status.failing_checks == ("not_null_value",)
    assert status.last_good_publish_at == good


def test_parse_status_is_lenient() -> None:
    path = Path("status.json")
    assert data.parse_status(path, {}).last_attempt_ok is None
    nested = data.parse_status(path, {"last_attempt": {"status": "FAILED", "at": "2026-11-22T01:00:00Z"},
                                      "failing_checks": ["a", {"name": "b"}]})
    assert nested.last_attempt_ok is False
    assert nested.last_attempt_at == datetime(2026, 11, 22, 1, 0, tzinfo=UTC)
    assert nested.failing_checks == ("a", "b")
    assert data.parse_status(path, {"last_attempt_at": "not a time"}).last_attempt_at is None


def test_unreadable_status_file(snapshot: Path) -> None:
    snapshot.parent.mkdir(parents=True)
    (snapshot.parent / "status.json").write_text("{half", encoding="utf-8")
    status = data.pipeline_status()
    assert status.exists and status.error


def test_cached_frames_are_not_shared_mutably(snapshot: Path) -> None:
    build_snapshot(snapshot)
    first = data.indicator_values(data.snapshot_state())
    first.loc[:, "value"] = 0
    again = data.indicator_values(data.snapshot_state())
    assert not (again["value"] == 0).all()
    assert isinstance(again, pd.DataFrame)


def test_unit_views(snapshot: Path) -> None:
    build_snapshot(snapshot)
    state = data.snapshot_state()
    assert data.unit_views(state) == ["as_reported", "pre2025_district"]
    reported = data.values_for_view(state, "as_reported")
    assert reported["is_rolled_up"].isna().all()
    districts = data.values_for_view(state, "pre2025_district")
    assert set(districts["unit_level"]) == {"district"}
    rolled = districts[districts["is_rolled_up"].fillna(False).astype(bool)]
    assert set(rolled["unit_key"]) == {"775", "776"}
    assert data.values_for_view(state, "no_such_view")["is_rolled_up"].isna().all()
