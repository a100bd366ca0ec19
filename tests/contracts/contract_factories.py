"""Builders for the data-contract tests: a small report, its raw rows, real DuckDB files.

Frames always come out of DuckDB (never built straight in pandas and validated), so the tests
see the dtypes the pipeline sees (pandas 3 `str`, datetime64[us] for DATE, int32 for INTEGER).
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

REPORT = unicodedata.normalize(
    "NFC",
    "Ngày 3/7/2019, Ban Tuyên giáo Quận Ủy Quận 1 báo cáo.\n"
    "6 tháng đầu năm 2019, Quận 1 tổ chức 164 lớp học tập, quán triệt với 20.012 lượt cán bộ, "
    "đảng viên và 11.499 lượt quần chúng tham dự, tỷ lệ đạt 95,35%.\n"
    "Quận đã tổ chức hai đợt sinh hoạt chính trị và mười hai lớp bồi dưỡng cho 3,5 nghìn học viên.\n",
)
SHA = hashlib.sha256(REPORT.encode("utf-8")).hexdigest()

# The raw DDL as the pipeline writes it (orchestration/warehouse.py); repeated here so these
# tests do not import Dagster.
RAW_DDL = """
CREATE SCHEMA IF NOT EXISTS raw;
CREATE TABLE raw.documents (sha256 VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL, source_path VARCHAR NOT NULL, size_bytes BIGINT NOT NULL,
  text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL);
CREATE TABLE raw.observations (obs_id VARCHAR, sha256 VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
  unit_name VARCHAR, unit_level VARCHAR, province_name VARCHAR, unit_code VARCHAR,
  period_start DATE, period_end DATE, period_label VARCHAR, period_type VARCHAR,
  indicator VARCHAR NOT NULL, value DOUBLE, qualifier VARCHAR, unit_phrase VARCHAR,
  audience VARCHAR, char_start INTEGER, char_end INTEGER, sentence VARCHAR, doc_date DATE,
  doc_date_source VARCHAR, extractor_version VARCHAR NOT NULL);
"""


def sentence_of(text: str, start: int) -> str:
    """The line holding offset `start` (the sample report has one sentence per line)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return text[line_start:line_end]


def observation(
    indicator: str,
    value: float,
    written: str,
    *,
    audience: str = "all",
    occurrence: int = 0,
    **overrides: Any,
) -> dict[str, Any]:
    """One raw.observations row for the number `written` in REPORT, correct unless overridden."""
    start = -1
    for _ in range(occurrence + 1):
        start = REPORT.index(written, start + 1)
    row: dict[str, Any] = {
        "obs_id": f"{SHA[:16]}:{start}:{indicator}:{audience}",
        "sha256": SHA,
        "doc_id": "q1_2019_h1",
        "unit_name": "Quận 1",
        "unit_level": "district",
        "province_name": "Thành phố Hồ Chí Minh",
        "unit_code": "760",
        "period_start": "2019-01-01",
        "period_end": "2019-06-30",
        "period_label": "6 tháng đầu năm 2019",
        "period_type": "half_year",
        "indicator": indicator,
        "value": float(value),
        "qualifier": "exact",
        "unit_phrase": None,
        "audience": audience,
        "char_start": start,
        "char_end": start + len(written),
        "sentence": sentence_of(REPORT, start),
        "doc_date": "2019-07-03",
        "doc_date_source": "text",
        "extractor_version": "test-1",
    }
    row.update(overrides)
    return row


def clean_observations() -> list[dict[str, Any]]:
    return [
        observation("study_sessions", 164, "164"),
        observation("study_attendance", 20012, "20.012", audience="party_members"),
        observation("study_attendance", 11499, "11.499", audience="masses"),
        observation("study_participation_rate", 95.35, "95,35"),
        observation("political_campaigns", 2, "hai"),
        observation("training_classes", 12, "mười hai"),
        observation("trainees", 3500, "3,5 nghìn"),
    ]


def write_warehouse(
    path: Path,
    observations: list[dict[str, Any]],
    documents: list[dict[str, Any]] | None = None,
) -> Path:
    docs = documents if documents is not None else [document_row()]
    con = duckdb.connect(str(path))
    try:
        con.execute(RAW_DDL)
        if docs:
            con.register("docs_in", pd.DataFrame(docs))
            con.execute("insert into raw.documents by name select * from docs_in")
        if observations:
            con.register("obs_in", pd.DataFrame(observations))
            con.execute("insert into raw.observations by name select * from obs_in")
    finally:
        con.close()
    return path


def document_row(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "sha256": SHA,
        "doc_id": "q1_2019_h1",
        "file_name": "q1_2019_h1.txt",
        "source_path": "/data/reports/sample/q1_2019_h1.txt",
        "size_bytes": len(REPORT.encode("utf-8")),
        "text": REPORT,
        "ingested_at": pd.Timestamp("2026-11-22 01:00:00"),
    }
    row.update(overrides)
    return row


def read_table(path: Path, table: str) -> pd.DataFrame:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(f"select * from {table}").df()
    finally:
        con.close()


def by_name(outcomes: list[Any]) -> dict[str, Any]:
    return {o.check_name: o for o in outcomes}


MART_DDL = """
CREATE SCHEMA IF NOT EXISTS marts;
CREATE TABLE marts.fct_indicator_values (fact_key VARCHAR, unit_key VARCHAR, unit_name VARCHAR,
  unit_code VARCHAR, unit_level VARCHAR, province_name VARCHAR, period_start DATE, period_end DATE,
  period_type VARCHAR, indicator VARCHAR, unit_phrase_key VARCHAR, audience VARCHAR,
  component INTEGER, value DOUBLE, qualifier VARCHAR, kind VARCHAR, evidence_count BIGINT, annualized_value DOUBLE);
"""

UNITS = {
    "760": "Quận 1",
    "765": "Quận Bình Thạnh",
    "770": "Quận 3",
    "774": "Quận 5",
    "775": "Quận 6",
    "776": "Quận 8",
}
KINDS = {
    "study_sessions": "flow",
    "study_attendance": "flow",
    "training_classes": "flow",
    "trainees": "flow",
    "news_items": "flow",
    "oral_propaganda_sessions": "flow",
    "study_participation_rate": "rate",
    "websites": "stock",
}


def fact(
    unit_code: str,
    year: int,
    indicator: str,
    value: float,
    *,
    audience: str = "all",
    half: bool = False,
    **overrides: Any,
) -> dict[str, Any]:
    """One marts.fct_indicator_values row (a full year, or the first half with half=True)."""
    start = pd.Timestamp(f"{year}-01-01")
    end = pd.Timestamp(f"{year}-06-30" if half else f"{year}-12-31")
    kind = KINDS[indicator]
    days = (end - start).days + 1
    annualized = None
    if kind == "flow":
        annualized = value if not half else value * 365.0 / days
    row: dict[str, Any] = {
        "fact_key": f"{unit_code}|{start.date()}..{end.date()}|{indicator}||{audience}",
        "unit_key": unit_code,
        "unit_name": UNITS.get(unit_code, f"Đơn vị {unit_code}"),
        "unit_code": unit_code,
        "unit_level": "district",
        "province_name": "Thành phố Hồ Chí Minh",
        "period_start": start,
        "period_end": end,
        "period_type": "half_year" if half else "year",
        "indicator": indicator,
        "unit_phrase_key": "",
        "audience": audience,
        "component": 1,
        "value": float(value),
        "qualifier": "exact",
        "kind": kind,
        "evidence_count": 1,
        "annualized_value": annualized,
    }
    row.update(overrides)
    return row


def clean_facts() -> list[dict[str, Any]]:
    """Six districts over three years: plausible, mutually consistent, complete."""
    rows = []
    for i, code in enumerate(UNITS):
        for year in (2019, 2020, 2021):
            base = 100 + 10 * i + (year - 2019) * 5
            rows += [
                fact(code, year, "study_sessions", base),
                fact(code, year, "study_attendance", base * 120, audience="party_members"),
                fact(code, year, "study_attendance", base * 60, audience="masses"),
                fact(code, year, "training_classes", 10 + i),
                fact(code, year, "trainees", (10 + i) * 40),
                fact(code, year, "news_items", 300 + 20 * i + year - 2019),
                fact(code, year, "oral_propaganda_sessions", 50 + 3 * i),
                fact(code, year, "study_participation_rate", 90 + i),
            ]
    return rows


def write_marts(path: Path, facts: list[dict[str, Any]]) -> Path:
    """The mart and its two dims (built from the seeds, as dbt does) in a DuckDB file."""
    from data_contracts.reference import read_seed

    con = duckdb.connect(str(path))
    try:
        con.execute(MART_DDL)
        units = read_seed("org_units.csv")[["unit_code", "unit_name", "unit_level"]]
        units = units.assign(unit_key=units["unit_code"])
        indicators = read_seed("indicators.csv").rename(columns={"code": "indicator"})[["indicator", "kind"]]
        con.register("units_in", units)
        con.register("ind_in", indicators)
        con.execute("create table marts.dim_org_unit as select * from units_in")
        con.execute("create table marts.dim_indicator as select * from ind_in")
        if facts:
            con.register("facts_in", pd.DataFrame(facts))
            con.execute("insert into marts.fct_indicator_values by name select * from facts_in")
    finally:
        con.close()
    return path
