"""A raw warehouse for dbt tests: the pipeline's `raw` tables (docs/ARCHITECTURE.md) filled with
the five sample reports and what the extractor reads from them, plus a few small synthetic reports
that exercise the rules the sample cannot (several documents on one fact, running totals, wards
after the 2025 reform).

Offsets are computed from the texts themselves, so every row's char_start/char_end really points
at the number in its sentence.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = ROOT / "data" / "reports" / "sample"

HCM = "Thành phố Hồ Chí Minh"
HN = "Thành phố Hà Nội"

RAW_DDL = """
create schema if not exists raw;
create or replace table raw.documents (
    sha256 varchar primary key, doc_id varchar, file_name varchar, source_path varchar,
    size_bytes bigint, text varchar, ingested_at timestamp);
create or replace table raw.document_files (
    sha256 varchar, source_path varchar, file_name varchar, first_seen_at timestamp);
create or replace table raw.quarantine (
    source_path varchar, file_name varchar, sha256 varchar, reason varchar, quarantined_at timestamp);
create or replace table raw.observations (
    obs_id varchar primary key, sha256 varchar, doc_id varchar, unit_name varchar, unit_level varchar,
    province_name varchar, unit_code varchar, period_start date, period_end date, period_label varchar,
    period_type varchar, indicator varchar, value double, qualifier varchar, unit_phrase varchar,
    audience varchar, char_start integer, char_end integer, sentence varchar, doc_date date,
    doc_date_source varchar, extractor_version varchar {period_source});
create or replace table raw.unclassified_mentions (
    mention_id varchar primary key, sha256 varchar, doc_id varchar, value double, mention_text varchar,
    char_start integer, char_end integer, sentence varchar, reason varchar);
create or replace table raw.check_results (
    check_name varchar, table_name varchar, status varchar, failing_rows bigint, details varchar,
    checked_at timestamp);
"""


@dataclass(frozen=True)
class Doc:
    doc_id: str
    text: str
    doc_date: date | None
    doc_date_source: str | None


@dataclass(frozen=True)
class Obs:
    doc_id: str
    unit_name: str
    unit_level: str
    province_name: str
    unit_code: str | None
    period: tuple[str, str]
    period_label: str
    indicator: str
    value: float
    number_text: str  # the number as written, located after `anchor`
    anchor: str = ""
    qualifier: str = "exact"
    unit_phrase: str | None = None
    audience: str = "all"
    period_source: str | None = None


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _sample(doc_id: str) -> str:
    return nfc((SAMPLE_DIR / f"{doc_id}.txt").read_text(encoding="utf-8"))


def _synthetic_docs() -> list[Doc]:
    # short reports written for the tests, in the reports' own phrasing
    return [
        Doc(
            "t01_q10_2023_a",
            nfc(
                "Ngày 10/1/2024, Ban Tuyên giáo Quận ủy Quận 10 tổng kết công tác năm 2023.\n\n"
                "Năm 2023, Ban đã tham mưu ban hành 30 văn bản lãnh đạo, chỉ đạo."
            ),
            date(2024, 1, 10),
            "text",
        ),
        Doc(
            "t02_q10_2023_b",
            nfc(
                "Ngày 1/3/2024, Quận ủy Quận 10 rà soát số liệu năm 2023.\n\n"
                "Năm 2023, Ban Tuyên giáo đã tham mưu ban hành 32 văn bản lãnh đạo, chỉ đạo."
            ),
            date(2024, 3, 1),
            "text",
        ),
        Doc(
            "t03_q10_2023_c",
            nfc(
                "Ngày 1/5/2024, bài viết điểm lại công tác tuyên giáo Quận 10 năm 2023, "
                "trong đó có 35 văn bản lãnh đạo được ban hành."
            ),
            date(2024, 5, 1),
            "text",
        ),
        Doc(
            "t04_q10_h1_2023",
            nfc(
                "Ngày 5/7/2023, Ban Tuyên giáo Quận ủy Quận 10 sơ kết 6 tháng đầu năm 2023: "
                "mở 10 lớp bồi dưỡng lý luận chính trị."
            ),
            date(2023, 7, 5),
            "text",
        ),
        Doc(
            "t05_q10_9m_2023",
            nfc(
                "Ngày 6/10/2023, Ban Tuyên giáo Quận ủy Quận 10 đánh giá 9 tháng năm 2023: "
                "mở 25 lớp bồi dưỡng lý luận chính trị."
            ),
            date(2023, 10, 6),
            "text",
        ),
        Doc(
            "t06_q6_2019",
            nfc("Ngày 15/1/2020, Quận ủy Quận 6 tổng kết năm 2019: tổ chức 170 lớp học tập, quán triệt."),
            date(2020, 1, 15),
            "text",
        ),
        Doc(
            "t07_wards_h2_2025",
            nfc(
                "Ngày 8/1/2026, Đảng ủy phường Bình Phú cho biết 6 tháng cuối năm 2025 đã đăng 70 tin, bài "
                "tuyên truyền; Đảng ủy phường Phú Lâm đăng 30 tin, bài; Đảng ủy phường Chánh Hưng đăng "
                "40 tin, bài."
            ),
            date(2026, 1, 8),
            "text",
        ),
        Doc(
            "t08_unknown_unit",
            nfc(
                "Ngày 2/2/2024, Ban Tuyên giáo Huyện ủy Vô Danh tổ chức 12 buổi tuyên truyền miệng năm 2023."
            ),
            date(2024, 2, 2),
            "text",
        ),
    ]


def _sample_docs() -> list[Doc]:
    return [
        Doc("000_5f2d705565ee483a", _sample("000_5f2d705565ee483a"), date(2019, 7, 3), "text"),
        Doc("001_e2c7b04dc0a6020d", _sample("001_e2c7b04dc0a6020d"), date(2024, 7, 22), "text"),
        Doc("002_9368f6ac73f0ab6a", _sample("002_9368f6ac73f0ab6a"), date(2025, 1, 9), "inferred"),
        Doc("003_0c19d376f1f38269", _sample("003_0c19d376f1f38269"), None, None),
        Doc("004_0cd28070f7015e43", _sample("004_0cd28070f7015e43"), date(2021, 10, 5), "inferred"),
    ]


Y2018 = ("2018-01-01", "2018-12-31")


def _sample_observations() -> list[Obs]:
    q6 = {
        "doc_id": "003_0c19d376f1f38269",
        "unit_name": "Quận 6",
        "unit_level": "district",
        "province_name": HCM,
        "unit_code": "775",
        "period": Y2018,
        "period_label": "Năm 2018",
        "period_source": "paragraph",
    }
    q1_2024 = {
        "doc_id": "002_9368f6ac73f0ab6a",
        "unit_name": "Quận 1",
        "unit_level": "district",
        "province_name": HCM,
        "unit_code": "760",
        "period": ("2024-01-01", "2024-12-31"),
        "period_label": "năm 2024",
        "period_source": "sentence",
    }
    hn = {"doc_id": "004_0cd28070f7015e43", "province_name": HN}
    hm = dict(
        hn,
        unit_name="Quận Hoàng Mai",
        unit_level="district",
        unit_code="008",
        period=("2021-01-01", "2021-10-05"),
        period_label="Tính từ đầu năm 2021",
        period_source="paragraph",
    )
    return [
        Obs(**q6, indicator="study_sessions", value=164, number_text="164"),
        Obs(**q6, indicator="study_attendance", value=20012, number_text="20.012", audience="party_members"),
        Obs(**q6, indicator="study_attendance", value=11499, number_text="11.499", audience="masses"),
        Obs(**q6, indicator="party_cell_discussions", value=520, number_text="520"),
        Obs(**q6, indicator="training_classes", value=273, number_text="273"),
        Obs(**q6, indicator="trainees", value=25541, number_text="25.541"),
        Obs(**q6, indicator="contest_entries", value=402, number_text="402"),
        Obs(
            doc_id="003_0c19d376f1f38269",
            unit_name="Quận 8",
            unit_level="district",
            province_name=HCM,
            unit_code="776",
            period=Y2018,
            period_label="Trong năm 2018",
            indicator="documents_issued",
            value=45,
            number_text="45",
            period_source="paragraph",
        ),
        # no unit code on purpose: resolved by name
        Obs(
            doc_id="000_5f2d705565ee483a",
            unit_name="Quận 1",
            unit_level="district",
            province_name=HCM,
            unit_code=None,
            period=("2019-07-03", "2019-07-03"),
            period_label="hiện có",
            indicator="websites",
            value=90,
            number_text="90",
            anchor="khoảng 90",
            qualifier="approx",
            period_source="sentence",
        ),
        Obs(
            doc_id="000_5f2d705565ee483a",
            unit_name="Quận 1",
            unit_level="district",
            province_name=HCM,
            unit_code="760",
            period=("2019-07-03", "2019-07-03"),
            period_label="hiện có",
            indicator="social_pages",
            value=50,
            number_text="50",
            anchor="và 50",
            qualifier="approx",
            period_source="sentence",
        ),
        Obs(**q1_2024, indicator="commended_collectives", value=8, number_text="8", anchor="khen thưởng 8"),
        Obs(**q1_2024, indicator="commended_individuals", value=4, number_text="4", anchor="tập thể 4"),
        Obs(**q1_2024, indicator="commended_collectives", value=6, number_text="6", anchor="khen thưởng 6"),
        Obs(**q1_2024, indicator="commended_individuals", value=8, number_text="8", anchor="6 tập thể, 8"),
        Obs(
            doc_id="001_e2c7b04dc0a6020d",
            unit_name="Quận Bình Thạnh",
            unit_level="district",
            province_name=HCM,
            unit_code="765",
            period=("2024-01-01", "2024-06-30"),
            period_label="6 tháng đầu năm 2024",
            indicator="political_campaigns",
            value=2,
            number_text="hai",
            anchor="hai đợt",
            period_source="paragraph",
        ),
        Obs(
            **hn,
            unit_name="Thành phố Hà Nội",
            unit_level="province",
            unit_code="01",
            period=("2021-04-27", "2021-10-05"),
            period_label="Từ ngày 27/4 đến nay",
            indicator="news_items",
            value=147000,
            number_text="147 nghìn",
            qualifier="at_least",
            period_source="sentence",
        ),
        Obs(**hm, indicator="other", value=248, number_text="248", unit_phrase="tổ tự quản"),
        Obs(**hm, indicator="other", value=540, number_text="540", unit_phrase="chốt vùng xanh"),
        # an epidemic count the extractor took for a result; seeds/indicator_overrides.csv rejects it
        Obs(**hm, indicator="other", value=387, number_text="387", unit_phrase="F0"),
    ]


def _synthetic_observations() -> list[Obs]:
    q10 = {"unit_name": "Quận 10", "unit_level": "district", "province_name": HCM, "unit_code": "771"}
    y2023 = ("2023-01-01", "2023-12-31")
    h2_2025 = ("2025-07-01", "2025-12-31")
    ward = {
        "unit_level": "ward",
        "province_name": HCM,
        "period": h2_2025,
        "period_label": "6 tháng cuối năm 2025",
        "indicator": "news_items",
        "period_source": "sentence",
    }
    return [
        Obs(
            doc_id="t01_q10_2023_a",
            **q10,
            period=y2023,
            period_label="Năm 2023",
            indicator="documents_issued",
            value=30,
            number_text="30",
            period_source="paragraph",
        ),
        Obs(
            doc_id="t02_q10_2023_b",
            **q10,
            period=y2023,
            period_label="Năm 2023",
            indicator="documents_issued",
            value=32,
            number_text="32",
            period_source="paragraph",
        ),
        Obs(
            doc_id="t03_q10_2023_c",
            **q10,
            period=y2023,
            period_label="năm 2023",
            indicator="documents_issued",
            value=35,
            number_text="35",
            period_source="article",
        ),
        Obs(
            doc_id="t04_q10_h1_2023",
            **q10,
            period=("2023-01-01", "2023-06-30"),
            period_label="6 tháng đầu năm 2023",
            indicator="training_classes",
            value=10,
            number_text="10",
            anchor="mở 10",
            period_source="sentence",
        ),
        Obs(
            doc_id="t05_q10_9m_2023",
            **q10,
            period=("2023-01-01", "2023-09-30"),
            period_label="9 tháng năm 2023",
            indicator="training_classes",
            value=25,
            number_text="25",
            period_source="sentence",
        ),
        Obs(
            doc_id="t06_q6_2019",
            unit_name="Quận 6",
            unit_level="district",
            province_name=HCM,
            unit_code="775",
            period=("2019-01-01", "2019-12-31"),
            period_label="năm 2019",
            indicator="study_sessions",
            value=170,
            number_text="170",
            period_source="sentence",
        ),
        Obs(
            doc_id="t07_wards_h2_2025",
            unit_name="Phường Bình Phú",
            unit_code="27364",
            value=70,
            number_text="70",
            **ward,
        ),
        Obs(
            doc_id="t07_wards_h2_2025",
            unit_name="Phường Phú Lâm",
            unit_code=None,
            value=30,
            number_text="30",
            **ward,
        ),
        Obs(
            doc_id="t07_wards_h2_2025",
            unit_name="Phường Chánh Hưng",
            unit_code="27418",
            value=40,
            number_text="40",
            **ward,
        ),
        Obs(
            doc_id="t08_unknown_unit",
            unit_name="Huyện Vô Danh",
            unit_level="district",
            province_name=HCM,
            unit_code=None,
            period=y2023,
            period_label="năm 2023",
            indicator="oral_propaganda_sessions",
            value=12,
            number_text="12",
            period_source="sentence",
        ),
    ]


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right + 1].strip()


def _locate(text: str, obs: Obs) -> tuple[int, int]:
    anchor_at = text.find(nfc(obs.anchor)) if obs.anchor else 0
    if anchor_at < 0:
        raise ValueError(f"{obs.doc_id}: anchor {obs.anchor!r} not in text")
    start = text.find(nfc(obs.number_text), anchor_at)
    if start < 0:
        raise ValueError(f"{obs.doc_id}: number {obs.number_text!r} not in text after {obs.anchor!r}")
    return start, start + len(nfc(obs.number_text))


def build_raw_warehouse(
    path: Path,
    *,
    include_synthetic: bool = True,
    with_period_source: bool = True,
    ingested_at: datetime = datetime(2026, 11, 22, 3, 0, 0),
) -> dict[str, str]:
    """Create the raw schema in a new DuckDB file at `path`; return {doc_id: sha256}."""
    docs = _sample_docs() + (_synthetic_docs() if include_synthetic else [])
    observations = _sample_observations() + (_synthetic_observations() if include_synthetic else [])
    con = duckdb.connect(str(path))
    try:
        con.execute(RAW_DDL.format(period_source=", period_source varchar" if with_period_source else ""))
        by_id: dict[str, tuple[Doc, str]] = {}
        for doc in docs:
            sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
            by_id[doc.doc_id] = (doc, sha)
            source_path = f"data/reports/inbox/{doc.doc_id}.txt"
            con.execute(
                "insert into raw.documents values (?, ?, ?, ?, ?, ?, ?)",
                [
                    sha,
                    doc.doc_id,
                    f"{doc.doc_id}.txt",
                    source_path,
                    len(doc.text.encode("utf-8")),
                    doc.text,
                    ingested_at,
                ],
            )
            con.execute(
                "insert into raw.document_files values (?, ?, ?, ?)",
                [sha, source_path, f"{doc.doc_id}.txt", ingested_at],
            )
        con.execute(
            "insert into raw.quarantine values (?, ?, ?, ?, ?)",
            ["data/reports/inbox/broken.pdf", "broken.pdf", None, "not UTF-8 text", ingested_at],
        )
        for obs in observations:
            doc, sha = by_id[obs.doc_id]
            start, end = _locate(doc.text, obs)
            obs_id = f"{sha[:16]}:{start}:{obs.indicator}:{obs.audience}"
            row = [
                obs_id,
                sha,
                obs.doc_id,
                nfc(obs.unit_name),
                obs.unit_level,
                obs.province_name,
                obs.unit_code,
                date.fromisoformat(obs.period[0]),
                date.fromisoformat(obs.period[1]),
                nfc(obs.period_label),
                None,
                obs.indicator,
                float(obs.value),
                obs.qualifier,
                nfc(obs.unit_phrase) if obs.unit_phrase else None,
                obs.audience,
                start,
                end,
                _sentence_around(doc.text, start, end),
                doc.doc_date,
                doc.doc_date_source,
                "fixture-1",
            ]
            if with_period_source:
                row.append(obs.period_source)
            con.execute(f"insert into raw.observations values ({', '.join('?' * len(row))})", row)
        # a trap the extractor set aside: keeps the unclassified table non-empty and realistic
        doc, sha = by_id["000_5f2d705565ee483a"]
        at = doc.text.find("05-CT/TW")
        con.execute(
            "insert into raw.unclassified_mentions values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                f"{sha[:16]}:{at}",
                sha,
                doc.doc_id,
                5.0,
                "05-CT/TW",
                at,
                at + 8,
                _sentence_around(doc.text, at, at + 8),
                "document_code",
            ],
        )
    finally:
        con.close()
    return {doc_id: sha for doc_id, (_, sha) in by_id.items()}


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/tuyengiao_fixture.duckdb")
    target.unlink(missing_ok=True)
    print(build_raw_warehouse(target))
