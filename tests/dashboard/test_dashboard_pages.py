"""The pages, run by streamlit.testing.v1.AppTest against the fixture snapshot."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fixture_snapshot import APP, build_snapshot, write_status
from streamlit.testing.v1 import AppTest

TIMEOUT = 120  # the first run imports pandas, plotly and duckdb


def _app(lang: str | None = None, **params: str | list[str]) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    if lang:
        at.query_params["lang"] = lang
    for name, value in params.items():
        at.query_params[name] = value
    return at


def _run(at: AppTest, page: str | None = None) -> AppTest:
    if page:
        at.switch_page(f"app_pages/{page}.py")
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _text(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for e in (*at.warning, *at.info, *at.error)]
    return "\n".join(str(p) for p in parts)


def _table(at: AppTest) -> dict[str, dict[str, str]]:
    frame = at.table[0].value
    return {str(index): {str(k): str(v) for k, v in row.items()} for index, row in frame.iterrows()}


def _selectbox(at: AppTest, label: str) -> object:
    return next(box for box in at.selectbox if box.label == label)


def _param(at: AppTest, name: str) -> list[str]:
    value = at.query_params[name]
    return list(value) if isinstance(value, list | tuple) else [value]


def _bar_units(at: AppTest) -> list[str]:
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    return [x for trace in figure["data"] for x in trace.get("x", [])]


def test_compare_defaults_and_missing_units(snapshot_env: Path) -> None:
    at = _run(_app())
    assert at.title[0].value == "So sánh các đơn vị"
    assert _selectbox(at, "Chỉ tiêu").value == "documents_issued"
    assert _selectbox(at, "Kỳ số liệu").value == "2018-01-01..2018-12-31"
    rows = _table(at)
    assert rows["Quận 8"]["Giá trị"] == "45"
    assert rows["Quận 8"]["Kỳ của số liệu"] == "Năm 2018"
    assert rows["Quận 6"]["Giá trị"] == "chưa có số liệu"
    assert "Chưa có số liệu: Quận 6" in _text(at)
    assert "Quận 6" not in _bar_units(at)  # not drawn as 0
    assert set(_bar_units(at)) == {"Quận 1", "Quận 8"}
    # the view lives in the URL
    assert _param(at, "indicator") == ["documents_issued"]
    assert _param(at, "period") == ["2018-01-01..2018-12-31"]
    assert {"775", "776"} <= set(_param(at, "units"))


def test_compare_vietnamese_and_english_number_formats(snapshot_env: Path) -> None:
    at = _run(_app(indicator="study_attendance", audience="party_members"))
    assert _table(at)["Quận 6"]["Giá trị"] == "20.012"
    at = _run(_app("en", indicator="study_attendance", audience="party_members"))
    assert at.title[0].value == "Compare units"
    rows = _table(at)
    assert rows["Quận 6"]["Value"] == "20,012"
    assert rows["Quận 8"]["Value"] == "no data"


def test_language_switch_keeps_the_view(snapshot_env: Path) -> None:
    at = _run(_app(indicator="study_attendance", audience="masses"))
    assert _table(at)["Quận 6"]["Giá trị"] == "11.499"
    at.sidebar.radio[0].set_value("en")
    _run(at)
    assert at.title[0].value == "Compare units"
    assert _table(at)["Quận 6"]["Value"] == "11,499"
    assert _param(at, "lang") == ["en"]


def test_compare_flags_other_periods_and_estimates(snapshot_env: Path) -> None:
    at = _run(_app(indicator="study_sessions", period="2019-01-01..2019-12-31", units=["760", "775", "776"]))
    rows = _table(at)
    assert rows["Quận 6"]["Giá trị"] == "≈171"
    assert rows["Quận 6"]["Ghi chú"] == "Số ước tính"
    assert rows["Quận 1"]["Kỳ của số liệu"] == "6 tháng đầu năm 2019"
    assert rows["Quận 1"]["Ghi chú"] == "Kỳ khác kỳ đã chọn"
    assert rows["Quận 8"]["Giá trị"] == "chưa có số liệu"
    text = _text(at)
    assert "kỳ khác với kỳ đã chọn (Quận 1)" in text
    assert "ước tính" in text


def test_compare_shows_same_period_last_year(snapshot_env: Path) -> None:
    at = _run(_app(indicator="documents_issued", period="2019-01-01..2019-12-31", units=["776", "760"]))
    rows = _table(at)
    assert rows["Quận 8"]["Giá trị"] == "52"
    assert rows["Quận 8"]["Cùng kỳ năm trước"] == "45 (+15,6%)"
    assert rows["Quận 1"]["Cùng kỳ năm trước"] == ""


def test_compare_rate_and_per_10k(snapshot_env: Path) -> None:
    at = _run(_app(indicator="study_participation_rate"))
    assert _table(at)["Quận 1"]["Giá trị"] == "97,5%"
    assert [o for o in _selectbox(at, "Thước đo").options] == ["Số báo cáo"]  # no per-10k for a rate
    at = _run(_app(indicator="documents_issued", measure="per_10k"))
    assert _table(at)["Quận 8"]["Giá trị"] == "1,06"  # 45 per 424.667 residents × 10.000
    assert "dân số năm 2019" in _text(at)


def test_levels_are_not_mixed(snapshot_env: Path) -> None:
    """Hà Nội's city-wide value (the latest period) must not become the district default."""
    at = _run(_app(indicator="study_sessions"))
    assert _selectbox(at, "Kỳ số liệu").value == "2019-01-01..2019-12-31"
    assert "Thành phố Hà Nội" not in _table(at)
    at = _run(_app(indicator="study_sessions", level="province"))
    assert _selectbox(at, "Kỳ số liệu").value == "2021-01-01..2021-09-30"
    assert _table(at)["Thành phố Hà Nội"]["Giá trị"] == "3"
    assert _table(at)["Thành phố Hà Nội"]["Kỳ của số liệu"] == "9 tháng đầu năm 2021"


def test_compare_on_the_pre2025_district_map(snapshot_env: Path) -> None:
    at = _run(_app(indicator="news_items", level="ward"))
    rows = _table(at)
    assert rows["Phường Bình Phú"]["Giá trị"] == "80"
    at = _run(_app(view="pre2025_district", indicator="news_items", units=["775", "776"]))
    rows = _table(at)
    assert rows["Quận 6"]["Giá trị"] == "≈98,57"  # 80 × 0,8571 + 30
    assert rows["Quận 6"]["Ghi chú"] == "Số ước tính; Ước tính cộng từ 2 phường, xã mới (phủ 48% địa bàn quận cũ)"
    assert rows["Quận 8"]["Giá trị"] == "≈11,43"
    assert "phân bổ về quận, huyện cũ" in _text(at)


def test_bad_url_values_fall_back_to_defaults(snapshot_env: Path) -> None:
    at = _run(_app("xx", indicator="nope", period="garbage", units=["999"], measure="x"))
    assert at.title[0].value == "So sánh các đơn vị"
    assert _selectbox(at, "Chỉ tiêu").value == "documents_issued"


def test_trend_does_not_mix_period_types(snapshot_env: Path) -> None:
    at = _run(_app(indicator="documents_issued"), "trend")
    assert _selectbox(at, "Loại kỳ").value == "year"
    rows = at.table[0].value
    assert set(rows["Kỳ của số liệu"]) == {"Năm 2018", "Năm 2019"}
    assert "chỉ các kỳ loại “Năm”" in _text(at)
    _selectbox(at, "Cách so sánh các kỳ").set_value("annualized")
    _run(at)
    rows = at.table[0].value
    assert "6 tháng đầu năm 2019" in set(rows["Kỳ của số liệu"])
    assert "quy đổi về 12 tháng" in _text(at)


def test_trend_across_the_reform_on_the_pre2025_map(snapshot_env: Path) -> None:
    at = _run(_app(view="pre2025_district", indicator="news_items"), "trend")
    rows = at.table[0].value
    assert list(rows.index) == ["Quận 6", "Quận 8"]
    assert set(rows["Kỳ của số liệu"]) == {"6 tháng cuối năm 2025"}
    assert list(rows["Giá trị"]) == ["≈98,57", "≈11,43"]


def test_evidence_page_highlights_numbers_and_overrides(snapshot_env: Path) -> None:
    at = _run(_app(indicator="study_attendance"), "evidence")
    html = "\n".join(m.value for m in at.markdown)
    assert "<mark>20.012</mark>" in html and "<mark>11.499</mark>" in html
    assert "003_0c19d376f1f38269" in html
    at = _run(_app(indicator="documents_issued", period="2019-01-01..2019-12-31"), "evidence")
    text = _text(at)
    assert "<mark>52</mark>" in text
    assert "25 được sửa thành 52" in text
    assert "Quận 8 — Năm 2019: 52" in text


def test_compare_links_to_evidence(snapshot_env: Path) -> None:
    at = _run(_app(indicator="study_attendance", audience="party_members"))
    at.button(key="to_evidence").click()
    _run(at)
    assert at.title[0].value == "Nguồn của từng số liệu"
    assert "<mark>20.012</mark>" in "\n".join(m.value for m in at.markdown)


def test_coverage_page_uses_the_coverage_mart(snapshot_env: Path) -> None:
    at = _run(_app("en"), "coverage")
    assert at.title[0].value == "Data coverage"
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    units = figure["data"][0]["y"]
    assert "Quận 6" in units and "Quận 10" in units  # silent districts are listed too
    assert "cells have data" in _text(at)


def test_quality_page_lists_checks(snapshot_env: Path) -> None:
    at = _run(_app(), "quality")
    shown = at.dataframe[0].value
    assert shown.index[0] == "expect_evidence_sentence_contains_value"  # failures first
    assert "3 đạt, 1 không đạt, 0 cảnh báo, 0 khác" in _text(at)
    assert [m.value for m in at.metric][1] == "thành công"


@pytest.mark.parametrize("page", ["compare", "trend", "evidence", "coverage", "quality"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_renders(snapshot_env: Path, page: str, lang: str) -> None:
    at = _run(_app(lang), page)
    assert at.title


def test_failed_run_banner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = build_snapshot(tmp_path / "dashboard.duckdb")
    write_status(
        tmp_path / "status.json", ok=False,
        attempt_at=datetime(2026, 11, 22, 1, 0, tzinfo=UTC), good_at=datetime(2026, 11, 21, 23, 0, tzinfo=UTC),
        failing_checks=["expect_evidence_sentence_contains_value"],
    )
    monkeypatch.setenv("SNAPSHOT_PATH", str(snapshot))
    at = _run(_app())
    warning = at.warning[0].value
    assert "đang hiển thị bản dữ liệu tốt gần nhất từ 22/11/2026 06:00 (UTC+7)" in warning
    assert "expect_evidence_sentence_contains_value" in _text(at)
    at = _run(_app("en"), "quality")
    assert "serving the last good snapshot from 22 Nov 2026 06:00 (UTC+7)" in at.warning[0].value
    assert [m.value for m in at.metric][1] == "failed"


def test_missing_snapshot_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SNAPSHOT_PATH", str(tmp_path / "nothing.duckdb"))
    at = _run(_app())
    assert "Chưa có bản dữ liệu" in at.warning[0].value and "nothing.duckdb" in at.warning[0].value
    at = _run(_app("en"), "quality")
    assert any("No dashboard data snapshot" in w.value for w in at.warning)


def test_outdated_snapshot_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = build_snapshot(tmp_path / "dashboard.duckdb", drop_columns={"fct_evidence": ["sentence"]})
    monkeypatch.setenv("SNAPSHOT_PATH", str(snapshot))
    at = _run(_app("en"))
    assert "older pipeline" in at.error[0].value and "fct_evidence.sentence" in at.error[0].value


def test_snapshot_older_than_latest_good_publish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page still holding an old snapshot's published_at while status.json reports a newer
    good publish (e.g. the file was swapped back by hand) says so instead of looking current."""
    snapshot = build_snapshot(tmp_path / "dashboard.duckdb", published_at=datetime(2026, 11, 20, 23, 0))
    write_status(tmp_path / "status.json", ok=True, attempt_at=datetime(2026, 11, 21, 23, 0, tzinfo=UTC),
                 good_at=datetime(2026, 11, 21, 23, 0, tzinfo=UTC))
    monkeypatch.setenv("SNAPSHOT_PATH", str(snapshot))
    at = _run(_app())
    assert "cũ hơn lần công bố thành công gần nhất" in at.info[0].value
    assert not at.warning
