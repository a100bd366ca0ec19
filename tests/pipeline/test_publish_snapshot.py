"""The dashboard snapshot: patched from the last one when it can be, always equal to a
snapshot written from nothing (orchestration/publish/assets.py)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from orchestration.publish import assets as publish
from orchestration.publish.assets import build_snapshot


def _warehouse(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA marts; CREATE SCHEMA raw")
    con.execute(
        "CREATE TABLE marts.fct_indicator_values AS SELECT i AS id, 'Quận ' || (i % 24) AS unit_name, "
        "i * 1.5 AS value, NULL::VARCHAR AS note FROM range(2000) t(i)"
    )
    con.execute("CREATE TABLE marts.fct_evidence AS SELECT i AS id, 'câu ' || i AS sentence FROM range(3000) t(i)")
    con.execute("CREATE TABLE marts.mart_old AS SELECT 1 AS x")
    con.execute("CREATE TABLE raw.documents AS SELECT 'sha' || i AS sha256, 'văn bản ' || i AS text FROM range(500) t(i)")
    con.execute("CREATE TABLE raw.quarantine (source_path VARCHAR, sha256 VARCHAR, reason VARCHAR)")
    return con


def _rows(path: Path) -> dict[str, list[str]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        return {
            n: sorted(map(repr, con.execute(f'SELECT * EXCLUDE (published_at) FROM "{n}"' if n == "meta"
                                            else f'SELECT * FROM "{n}"').fetchall()))
            for n in names
        }
    finally:
        con.close()


def test_patched_snapshot_equals_a_snapshot_written_from_nothing(tmp_path: Path) -> None:
    con = _warehouse(tmp_path / "wh.duckdb")
    target = tmp_path / "snap" / "dashboard.duckdb"
    build_snapshot(con, target, "run-1", "fp-1")
    # what a run changes: new, gone and edited rows, a new column, a mart gone, a mart added
    con.execute("INSERT INTO marts.fct_indicator_values VALUES (5000, 'Quận 8', 45, 'mới')")
    con.execute("DELETE FROM marts.fct_indicator_values WHERE id IN (3, 4)")
    con.execute("UPDATE marts.fct_indicator_values SET value = 164, note = 'sửa' WHERE id = 7")
    con.execute("ALTER TABLE marts.fct_evidence ADD COLUMN doc_id VARCHAR DEFAULT 'q6'")
    con.execute("DROP TABLE marts.mart_old")
    con.execute("CREATE TABLE marts.mart_coverage AS SELECT 'Quận 6' AS unit_name, 1 AS reported")
    con.execute("INSERT INTO raw.documents VALUES ('sha-new', 'báo cáo mới')")
    con.execute("INSERT INTO raw.quarantine VALUES ('x.pdf', 'abc', 'binary'), ('x.pdf', 'abc', 'binary')")
    counts = build_snapshot(con, target, "run-2", "fp-2")
    fresh = tmp_path / "fresh.duckdb"
    assert build_snapshot(con, fresh, "run-2", "fp-2") == counts
    con.close()
    patched_rows, fresh_rows = _rows(target), _rows(fresh)
    assert patched_rows == fresh_rows
    assert "mart_old" not in patched_rows and len(patched_rows["quarantine"]) == 2
    assert len(patched_rows["meta"]) == 1 and "'run-2'" in patched_rows["meta"][0]
    assert not list(target.parent.glob(".*.tmp*")), "temporary files left beside the snapshot"


def test_unchanged_tables_are_patched_not_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = _warehouse(tmp_path / "wh.duckdb")
    target = tmp_path / "dashboard.duckdb"
    build_snapshot(con, target, "run-1", "fp-1")
    patched: list[tuple[str, bool]] = []
    real = publish._patch_table

    def spy(conn: duckdb.DuckDBPyConnection, source: str, name: str) -> bool:
        patched.append((name, result := real(conn, source, name)))
        return result

    monkeypatch.setattr(publish, "_patch_table", spy)
    con.execute("INSERT INTO raw.documents VALUES ('sha-new', 'báo cáo mới')")
    con.execute("UPDATE marts.fct_evidence SET sentence = 'khác'")  # every row: copied whole
    build_snapshot(con, target, "run-2", "fp-2")
    assert dict(patched) == {
        "fct_indicator_values": True, "fct_evidence": False, "mart_old": True, "documents": True, "quarantine": True,
    }


def test_an_unreadable_old_snapshot_is_replaced_by_a_new_one(tmp_path: Path) -> None:
    con = _warehouse(tmp_path / "wh.duckdb")
    target = tmp_path / "dashboard.duckdb"
    target.write_bytes(b"not a duckdb file" * 100)
    counts = build_snapshot(con, target, "run-1", "fp-1")
    con.close()
    assert counts["fct_indicator_values"] == 2000
    assert len(_rows(target)["documents"]) == 500


def test_a_snapshot_prepared_before_the_checks_equals_one_written_after_them(tmp_path: Path) -> None:
    """orchestration/publish/early.py: the marts and raw tables are copied while the checks run;
    check_results, which the checks write meanwhile, is copied when the snapshot is finished.
    The result equals a snapshot written at the end, from the old one or from nothing."""
    from orchestration.publish.assets import LATE_COPIES, discard_snapshot, finish_snapshot, prepare_snapshot

    con = _warehouse(tmp_path / "wh.duckdb")
    con.execute("CREATE TABLE raw.check_results (check_name VARCHAR, status VARCHAR)")
    con.execute("INSERT INTO raw.check_results VALUES ('old', 'passed')")
    target = tmp_path / "snap" / "dashboard.duckdb"
    build_snapshot(con, target, "run-1", "fp-1")
    con.execute("INSERT INTO marts.fct_indicator_values VALUES (5000, 'Quận 8', 45, 'mới')")
    prepared = prepare_snapshot(con, target)
    assert "check_results" in LATE_COPIES and "check_results" not in prepared.counts
    assert "fct_indicator_values" in prepared.counts
    con.execute("INSERT INTO raw.check_results VALUES ('new', 'failed')")  # what the checks write
    counts = finish_snapshot(con, prepared, "run-2", "fp-2")
    assert counts["check_results"] == 2
    fresh = tmp_path / "fresh.duckdb"
    assert build_snapshot(con, fresh, "run-2", "fp-2") == counts
    # a prepared file that is not wanted (a blocking check failed) is removed, the old one stays
    unwanted = prepare_snapshot(con, target)
    discard_snapshot(unwanted)
    con.close()
    assert _rows(target) == _rows(fresh)
    assert not list(target.parent.glob(".*.tmp*")), "temporary files left beside the snapshot"
