"""Builds a dashboard snapshot (DuckDB file) shaped like the one orchestration/publish writes.

Rows marked "sample 003" / "sample 000" are the facts of data/reports/sample (sentences and
offsets copied from the NFC text). Rows from doc_ids starting "syn_" are invented to exercise
what the samples lack: several periods per unit (trend), a half-year value next to full years
(periods differ), estimates and bounds, a rate, an override, and a failing check.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

PROJECT_ROOT = Path(__file__).resolve().parents[2]
APP = PROJECT_ROOT / "dashboards" / "streamlit_app.py"
SEEDS = PROJECT_ROOT / "dbt_project" / "seeds"
SAMPLES = PROJECT_ROOT / "data" / "reports" / "sample"

HCMC = "Thành phố Hồ Chí Minh"
HANOI = "Thành phố Hà Nội"
Y2018 = (date(2018, 1, 1), date(2018, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
H1_2019 = (date(2019, 1, 1), date(2019, 6, 30))

# Roughly the 2019 census populations, for per-10,000-residents figures.
POPULATION = {"01": 8_053_663, "760": 142_625, "775": 233_561, "776": 424_667, "765": 499_164, "008": 506_347}

Q6_SENTENCE = (
    "Ban đã tham mưu cấp ủy tổ chức 164 lớp học tập, quán triệt, thảo luận, với 20.012 lượt cán bộ, "
    "đảng viên và 11.499 lượt quần chúng nòng cốt tham dự, 520 buổi thảo luận chi bộ; mở 273 lớp học "
    "tập, bồi dưỡng công tác giáo dục lý luận chính trị, tập huấn chuyên môn nghiệp vụ với 25.541 học "
    "viên tham dự."
)
Q6_CONTEST = "Kết quả, có 402 bài tham dự của 47 tổ chức cơ sở Đảng, Mặt trận và các đoàn thể..."
Q8_DOCS = (
    "Trong đó, đã chủ động nghiên cứu, tham mưu giúp cấp ủy ban hành 45 văn bản lãnh đạo, chỉ đạo sát "
    "với thực tiễn địa phương, trên các lĩnh vực tư tưởng, lý luận chính trị, văn hóa, khoa giáo đảm "
    "bảo chất lượng, hiệu quả."
)
Q1_WEB = (
    "Theo thống kê, hiện có khoảng 90 website và 50 trang cộng đồng thuộc các cơ quan, đơn vị và tổ "
    "chức chính trị – xã hội trực thuộc quận, tuy nhiên hoạt động của các trang cộng đồng còn mang "
    "tính đơn lẻ, thiếu sự gắn kết."
)

HN_STUDY = (
    "Trong đó, Ban đã tham mưu, tổ chức 3 hội nghị trực tuyến triển khai, quán triệt, tuyên truyền Nghị quyết "
    "Đại hội XIII của Đảng; Tổ chức học tập, nghiên cứu, quán triệt Nghị quyết Đại hội XVII của Đảng bộ TP Hà Nội."
)
HM_PAGES = (
    "Trước tình hình đó, Quận ủy Hoàng Mai đã giao Ban Tuyên giáo quận triển khai tổ chức tuyên truyền mạnh "
    "tại cơ sở, trên cổng thông tin điện tử và trên 2 trang chính danh, đặc biệt trong giai đoạn giãn cách xã "
    "hội; Đầu tư cơ sở vật chất và các dịch vụ liên quan tới mạng xã hội để cán bộ tuyên giáo tương tác nhanh, "
    "hiệu quả."
)


@dataclass(frozen=True)
class Fact:
    unit_code: str
    unit_name: str
    period: tuple[date, date]
    period_type: str
    indicator: str
    value: float
    doc_id: str
    sentence: str
    char_start: int  # offset of the number in the document
    mention: str  # the number as written, to derive char_end
    qualifier: str = "exact"
    audience: str = "all"
    province_name: str = HCMC
    override_original: float | None = None
    override_reason: str | None = None
    unit_level: str = "district"


FACTS: tuple[Fact, ...] = (
    # sample 003: Quận 6 and Quận 8, năm 2018
    Fact("775", "Quận 6", Y2018, "year", "study_sessions", 164, "003_0c19d376f1f38269", Q6_SENTENCE, 2148, "164"),
    Fact("775", "Quận 6", Y2018, "year", "study_attendance", 20012, "003_0c19d376f1f38269", Q6_SENTENCE, 2192,
         "20.012", audience="party_members"),
    Fact("775", "Quận 6", Y2018, "year", "study_attendance", 11499, "003_0c19d376f1f38269", Q6_SENTENCE, 2225,
         "11.499", audience="masses"),
    Fact("775", "Quận 6", Y2018, "year", "party_cell_discussions", 520, "003_0c19d376f1f38269", Q6_SENTENCE,
         2266, "520"),
    Fact("775", "Quận 6", Y2018, "year", "training_classes", 273, "003_0c19d376f1f38269", Q6_SENTENCE, 2296, "273"),
    Fact("775", "Quận 6", Y2018, "year", "trainees", 25541, "003_0c19d376f1f38269", Q6_SENTENCE, 2394, "25.541"),
    Fact("775", "Quận 6", Y2018, "year", "contest_entries", 402, "003_0c19d376f1f38269", Q6_CONTEST, 3027, "402"),
    Fact("776", "Quận 8", Y2018, "year", "documents_issued", 45, "003_0c19d376f1f38269", Q8_DOCS, 4361, "45"),
    # sample 000: Quận 1 stocks at the document date
    Fact("760", "Quận 1", (date(2019, 7, 3), date(2019, 7, 3)), "instant", "websites", 90, "000_5f2d705565ee483a",
         Q1_WEB, 3268, "90", qualifier="approx"),
    Fact("760", "Quận 1", (date(2019, 7, 3), date(2019, 7, 3)), "instant", "social_pages", 50,
         "000_5f2d705565ee483a", Q1_WEB, 3282, "50", qualifier="approx"),
    # invented: several periods and qualifiers
    Fact("760", "Quận 1", Y2018, "year", "documents_issued", 38, "syn_q1_2018",
         "Năm 2018, Ban Tuyên giáo Quận ủy tham mưu ban hành 38 văn bản chỉ đạo.", 51, "38"),
    Fact("776", "Quận 8", H1_2019, "half_year", "documents_issued", 20, "syn_q8_h1_2019",
         "6 tháng đầu năm 2019, quận ban hành hơn 20 văn bản lãnh đạo, chỉ đạo.", 39, "20", qualifier="at_least"),
    Fact("776", "Quận 8", Y2019, "year", "documents_issued", 52, "syn_q8_2019",
         "Năm 2019, Ban Thường vụ Quận ủy ban hành 52 văn bản lãnh đạo, chỉ đạo.", 41, "52",
         override_original=25, override_reason="Sửa lỗi trích xuất: báo cáo ghi 52, không phải 25."),
    Fact("760", "Quận 1", H1_2019, "half_year", "study_sessions", 65, "syn_q1_h1_2019",
         "6 tháng đầu năm 2019, Quận 1 tổ chức 65 lớp học tập, quán triệt nghị quyết.", 36, "65"),
    Fact("775", "Quận 6", Y2019, "year", "study_sessions", 171, "syn_q6_2019",
         "Năm 2019, quận tổ chức khoảng 171 lớp học tập, quán triệt nghị quyết.", 31, "171", qualifier="approx"),
    Fact("760", "Quận 1", Y2018, "year", "study_participation_rate", 97.5, "syn_q1_2018",
         "Tỷ lệ đảng viên tham dự học tập nghị quyết đạt 97,5%.", 120, "97,5%"),
    # sample 004: a city-level value, which must not crowd the district comparison
    Fact("01", "Thành phố Hà Nội", (date(2021, 1, 1), date(2021, 9, 30)), "ytd", "study_sessions", 3,
         "004_0cd28070f7015e43", HN_STUDY, 716, "3", province_name=HANOI, unit_level="province"),
    Fact("008", "Quận Hoàng Mai", (date(2021, 9, 30), date(2021, 9, 30)), "instant", "social_pages", 2,
         "004_0cd28070f7015e43", HM_PAGES, 3330, "2",
         province_name=HANOI),
)

H2_2025 = (date(2025, 7, 1), date(2025, 12, 31))
# invented: after the July 2025 reform wards report; Bình Phú straddles the former Quận 6 and 8
WARD_FACTS: tuple[Fact, ...] = (
    Fact("27364", "Phường Bình Phú", H2_2025, "half_year", "news_items", 80, "syn_binhphu_2025",
         "6 tháng cuối năm 2025, phường đăng 80 tin, bài tuyên truyền.", 31, "80", unit_level="ward"),
    Fact("27349", "Phường Phú Lâm", H2_2025, "half_year", "news_items", 30, "syn_phulam_2025",
         "6 tháng cuối năm 2025, phường đăng 30 tin, bài tuyên truyền.", 31, "30", unit_level="ward"),
)
# mart_district_comparison's roll-up of WARD_FACTS by seeds/org_unit_crosswalk.csv:
# Quận 6 = 80 × 0,8571 + 30 × 1,0 (shares 1,8571 of 3,8571); Quận 8 = 80 × 0,1429 (0,1429 of 3,2429).
ROLLED_UP: tuple[tuple[str, str, float, int, float], ...] = (
    ("775", "Quận 6", 80 * 0.8571 + 30 * 1.0, 2, 1.8571 / 3.8571),
    ("776", "Quận 8", 80 * 0.1429, 1, 0.1429 / 3.2429),
)

CHECKS = (
    ("not_null_fct_indicator_values_value", "fct_indicator_values", "passed", 0, ""),
    ("unique_fct_indicator_values_grain", "fct_indicator_values", "passed", 0, ""),
    ("expect_rate_between_0_and_100", "fct_indicator_values", "passed", 0, ""),
    ("expect_evidence_sentence_contains_value", "fct_evidence", "failed", 1,
     "1 evidence row whose sentence does not contain its value (syn_q8_2019)"),
)


def _days(period: tuple[date, date]) -> int:
    return (period[1] - period[0]).days + 1


def _day(raw: str) -> date | None:
    return date.fromisoformat(raw) if raw else None


def _read_seed(name: str) -> list[dict[str, str]]:
    with (SEEDS / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _document_text(doc_id: str, sentences: list[str]) -> str:
    """The sample report's real text (offsets then match), else the invented sentences."""
    sample = SAMPLES / f"{doc_id}.txt"
    if sample.exists():
        return unicodedata.normalize("NFC", sample.read_text(encoding="utf-8"))
    return " ".join(dict.fromkeys(sentences))


def _offsets(fact: Fact, text: str) -> tuple[int, int]:
    if text.startswith(fact.mention, fact.char_start):
        return fact.char_start, fact.char_start + len(fact.mention)
    # invented documents: the number inside its sentence inside the joined text
    position = text.index(fact.sentence) + fact.sentence.rindex(fact.mention)
    return position, position + len(fact.mention)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[object, ...]]) -> None:
    """Insert many rows at once (executemany runs one statement per row: seconds per snapshot)."""
    if not rows:
        return
    columns = [c[0] for c in con.execute(f"select * from {table} limit 0").description]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    con.register("_rows", frame)
    try:
        con.execute(f"insert into {table} select * from _rows")
    finally:
        con.unregister("_rows")


def build_snapshot(
    path: Path,
    *,
    schema: str = "main",
    indicator_key: str = "indicator",
    published_at: datetime | None = None,
    drop_columns: dict[str, list[str]] | None = None,
    with_documents: bool = True,
    extra_facts: tuple[Fact, ...] = (),
) -> Path:
    """Write the fixture snapshot to `path` (replacing it) and return the path.

    Defaults mirror orchestration/publish: tables in `main`, dim_indicator keyed `indicator`,
    naive UTC `meta.published_at`. `schema="marts"` / `indicator_key="code"` give the spellings
    the brief described; `drop_columns` simulates a snapshot from an older pipeline;
    `extra_facts` adds rows (a later publish).
    """
    facts = FACTS + WARD_FACTS + extra_facts
    published_at = published_at or datetime(2026, 11, 21, 23, 0)
    indicator_rows = _read_seed("indicators.csv")
    indicator_kinds = {row["code"]: row["kind"] for row in indicator_rows}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        con.execute("begin")  # one commit: each auto-committed statement would sync to disk
        con.execute(f'create schema if not exists "{schema}"')
        s = f'"{schema}"'
        con.execute(
            f"create table {s}.dim_indicator ({indicator_key} varchar, name_vi varchar, name_en varchar, "
            "kind varchar, unit_vi varchar, unit_en varchar)"
        )
        _insert(
            con,
            f"{s}.dim_indicator",
            [(r["code"], r["name_vi"], r["name_en"], r["kind"], r["unit_vi"], r["unit_en"]) for r in indicator_rows],
        )
        con.execute(
            f"create table {s}.dim_org_unit (unit_key varchar, unit_code varchar, unit_name varchar, "
            "unit_level varchar, province_code varchar, province_name varchar, valid_from date, valid_to date)"
        )
        _insert(
            con,
            f"{s}.dim_org_unit",
            [
                (r["unit_code"], r["unit_code"], r["unit_name"], r["unit_level"], r["province_code"],
                 r["province_name"], _day(r["valid_from"]), _day(r["valid_to"]))
                for r in _read_seed("org_units.csv")
            ],
        )
        con.execute(
            f"create table {s}.fct_indicator_values (fact_key varchar, unit_key varchar, unit_name varchar, "
            "unit_code varchar, unit_level varchar, province_code varchar, province_name varchar, "
            "period_key varchar, period_start date, period_end date, period_type varchar, indicator varchar, "
            "unit_phrase varchar, unit_phrase_key varchar, audience varchar, value double, qualifier varchar, "
            "kind varchar, selected_doc_id varchar, n_documents integer, has_disagreement boolean, "
            "has_corrected_value boolean, evidence_count bigint, period_days integer, annualized_value double, "
            "is_estimate boolean, per_10k_residents double, population_year integer, previous_year_value double, "
            "yoy_change_pct double)"
        )
        con.execute(
            f"create table {s}.fct_evidence (evidence_id varchar, fact_key varchar, doc_id varchar, "
            "unit_key varchar, unit_name varchar, unit_code varchar, period_key varchar, period_start date, "
            "period_end date, period_type varchar, indicator varchar, audience varchar, sentence varchar, "
            "char_start integer, char_end integer, extracted_value double, value double, qualifier varchar, "
            "override_action varchar, corrected_value double, corrected_by varchar, override_reason varchar, "
            "is_rejected boolean, is_selected boolean, selection_reason varchar)"
        )
        texts: dict[str, str] = {}
        for fact in facts:
            texts.setdefault(fact.doc_id, _document_text(fact.doc_id, [f.sentence for f in facts
                                                                        if f.doc_id == fact.doc_id]))
        value_rows: list[tuple[object, ...]] = []
        evidence_rows: list[tuple[object, ...]] = []
        by_grain = {(f.unit_code, f.period, f.indicator, f.audience): f.value for f in facts}
        for fact in facts:
            year_before = tuple(d.replace(year=d.year - 1) for d in fact.period)
            previous = by_grain.get((fact.unit_code, year_before, fact.indicator, fact.audience))
            change = (fact.value - previous) / previous * 100 if previous else None
            period_key = f"{fact.period[0]}..{fact.period[1]}"
            key = f"{fact.unit_code}|{period_key}|{fact.indicator}||{fact.audience}"
            kind = indicator_kinds[fact.indicator]
            full_year = fact.period_type == "year"
            annualizable = kind == "flow" and fact.period_type != "instant"
            annualized = (fact.value if full_year else fact.value * 365 / _days(fact.period)) if annualizable else None
            is_estimate = (not full_year or fact.qualifier != "exact") if annualizable else None
            population = POPULATION.get(fact.unit_code)
            per_10k = fact.value * 10_000 / population if kind != "rate" and population else None
            corrected = fact.override_original is not None
            value_rows.append(
                (key, fact.unit_code, fact.unit_name, fact.unit_code, fact.unit_level,
                 "01" if fact.province_name == HANOI else "79", fact.province_name, period_key, fact.period[0],
                 fact.period[1], fact.period_type, fact.indicator, None, "", fact.audience, fact.value,
                 fact.qualifier, kind, fact.doc_id, 1, False, corrected, 1, _days(fact.period), annualized,
                 is_estimate, per_10k, 2019, previous, change)
            )
            start, end = _offsets(fact, texts[fact.doc_id])
            evidence_rows.append(
                (f"{fact.doc_id}:{start}", key, fact.doc_id, fact.unit_code, fact.unit_name, fact.unit_code,
                 period_key, fact.period[0], fact.period[1], fact.period_type, fact.indicator, fact.audience,
                 fact.sentence, start, end, fact.override_original if corrected else fact.value, fact.value,
                 fact.qualifier, "correct" if corrected else None, fact.value if corrected else None,
                 "analyst (fixture)" if corrected else None, fact.override_reason, False, True, "selected")
            )
        _insert(con, f"{s}.fct_indicator_values", value_rows)
        _insert(con, f"{s}.fct_evidence", evidence_rows)
        if with_documents:
            con.execute(f"create table {s}.documents (sha256 varchar, doc_id varchar, text varchar)")
            _insert(
                con,
                f"{s}.documents",
                [(f"sha-{doc_id}", doc_id, text) for doc_id, text in texts.items()],
            )
        _build_coverage(con, s, indicator_key)
        _build_district_comparison(con, s)
        con.execute(
            f"create table {s}.check_results (check_name varchar, table_name varchar, status varchar, "
            "failing_rows integer, details varchar, checked_at timestamp)"
        )
        _insert(
            con,
            f"{s}.check_results",
            [(*row, published_at) for row in CHECKS],
        )
        con.execute(f"create table {s}.meta (published_at timestamp, run_id varchar)")
        con.execute(f"insert into {s}.meta values (?, 'fixture')", [published_at])
        for table, columns in (drop_columns or {}).items():
            for column in columns:
                con.execute(f'alter table {s}.{table} drop column "{column}"')
        con.execute("commit")
    return path


def _build_district_comparison(con: duckdb.DuckDBPyConnection, s: str) -> None:
    """mart_district_comparison's two views: as reported, and on the pre-2025 district map."""
    shared = (
        "fact_key, unit_key, unit_code, unit_name, unit_level, province_code, province_name, period_key, "
        "period_start, period_end, period_type, indicator, unit_phrase_key, unit_phrase, audience, kind, value, "
        "qualifier, annualized_value, per_10k_residents, evidence_count"
    )
    con.execute(
        f"""
        create table {s}.mart_district_comparison as
        select 'as_reported' as unit_view, {shared}, false as is_rolled_up,
               cast(null as integer) as rollup_ward_count, cast(null as double) as rollup_coverage_share
        from {s}.fct_indicator_values where unit_level in ('district', 'ward')
        union all
        select 'pre2025_district', {shared}, false, null, null
        from {s}.fct_indicator_values where unit_level = 'district'
        """
    )
    period_key = f"{H2_2025[0]}..{H2_2025[1]}"
    _insert(
        con,
        f"{s}.mart_district_comparison",
        [
            ("pre2025_district", f"{code}|{period_key}|news_items||all", code, code, name, "district", "79", HCMC,
             period_key, H2_2025[0], H2_2025[1], "half_year", "news_items", "", None, "all", "flow", value,
             "approx", value * 365 / _days(H2_2025), None, wards, True, wards, share)
            for code, name, value, wards, share in ROLLED_UP
        ],
    )


def _build_coverage(con: duckdb.DuckDBPyConnection, s: str, indicator_key: str) -> None:
    """mart_coverage's shape: every district of a province with facts × year × indicator."""
    con.execute(
        f"""
        create table {s}.mart_coverage as
        with periods as (
            select distinct make_date(year(period_end), 1, 1) as period_start,
                   make_date(year(period_end), 12, 31) as period_end
            from {s}.fct_indicator_values
        ),
        grid as (
            select u.unit_key, u.unit_code, u.unit_name, u.unit_level, u.province_code, u.province_name,
                   strftime(p.period_start, '%Y-%m-%d') || '..' || strftime(p.period_end, '%Y-%m-%d') as period_key,
                   'year' as period_type, p.period_start, p.period_end, i.indicator, i.kind
            from periods p
            join {s}.dim_org_unit u on u.unit_level = 'district'
                and u.province_code in (select province_code from {s}.fct_indicator_values)
                and u.valid_from <= p.period_end and coalesce(u.valid_to, date '9999-12-31') >= p.period_start
            cross join (select {indicator_key} as indicator, kind from {s}.dim_indicator) i
        )
        select g.*,
               count(f.fact_key) > 0 as is_reported,
               count(f.fact_key) as facts_reported,
               coalesce(sum(f.evidence_count), 0) as evidence_count
        from grid g
        left join {s}.fct_indicator_values f
            on f.unit_key = g.unit_key and f.indicator = g.indicator
            and f.period_start >= g.period_start and f.period_end <= g.period_end
        group by all
        """
    )


def write_status(
    path: Path,
    *,
    ok: bool,
    attempt_at: datetime,
    good_at: datetime,
    failing_checks: list[str] | None = None,
) -> Path:
    """status.json with the keys orchestration/publish/status.py writes."""
    path.write_text(
        json.dumps(
            {
                "last_attempt_at": attempt_at.isoformat(),
                "last_attempt_outcome": "success" if ok else "failed",
                "last_attempt_message": "published" if ok else "checks failed",
                "last_good_publish_at": good_at.isoformat(),
                "failing_checks": [
                    {"check_name": name, "table_name": "fct_evidence", "details": ""}
                    for name in failing_checks or []
                ],
                "serving": "latest" if ok else "last_good",
            }
        ),
        encoding="utf-8",
    )
    return path
