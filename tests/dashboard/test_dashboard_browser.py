"""End to end: the real `streamlit run` server driven by Debian's headless Chromium.

Runs against the fixture snapshot, or against a published one when DASHBOARD_E2E_SNAPSHOT
points at it (e.g. data/snapshots/dashboard.duckdb after `make pipeline`): the assertions only
use facts of sample report 003 (Quận 6: 20.012 lượt cán bộ, đảng viên; Quận 8: 45 văn bản, 2018).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixture_snapshot import APP, PROJECT_ROOT

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"
# The flags ENVIRONMENT.md found necessary: without the networking ones Chromium stalls on
# the closed network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 60_000

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing in CI: `make setup-test` installs Debian's chromium package")
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium) and CI is not set")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"streamlit not healthy after {timeout}s:\n{log.read_text(errors='replace')}")


@pytest.fixture
def server(snapshot_dir: Path, tmp_path: Path) -> Iterator[str]:
    _require_chromium()
    snapshot = Path(os.environ.get("DASHBOARD_E2E_SNAPSHOT") or snapshot_dir / "dashboard.duckdb")
    port = _free_port()
    log = tmp_path / "streamlit.log"
    env = {**os.environ, "SNAPSHOT_PATH": str(snapshot)}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
             "--server.address", "127.0.0.1"],
            cwd=PROJECT_ROOT,  # picks up .streamlit/config.toml (headless, no usage stats)
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _settle(page: object) -> None:
    """Wait until the script run triggered by the last interaction has finished.

    A widget change starts a rerun a few milliseconds later; interacting before it ends clicks
    elements that are about to be replaced. The short pause lets the rerun start first.
    """
    page.wait_for_timeout(400)  # type: ignore[attr-defined]
    page.wait_for_selector(  # type: ignore[attr-defined]
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=TIMEOUT_MS
    )
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => !document.querySelector('[data-stale=\"true\"]')", timeout=TIMEOUT_MS
    )


def _choose(page: object, label: str, option: str) -> None:
    """Pick `option` in the Streamlit selectbox labelled `label`, then wait for the rerun."""
    _settle(page)
    _selectbox(page, label).click()  # type: ignore[attr-defined]
    page.get_by_role("option", name=option, exact=True).click()  # type: ignore[attr-defined]
    _settle(page)


def _selectbox(page: object, label: str) -> object:
    return page.locator('[data-testid="stSelectbox"]').filter(  # type: ignore[attr-defined]
        has=page.locator('[data-testid="stWidgetLabel"]', has_text=label)  # type: ignore[attr-defined]
    )


def _table_row(page: object, unit: str) -> object:
    return page.locator('[data-testid="stTable"] tr').filter(has_text=unit)  # type: ignore[attr-defined]


def test_compare_page_in_chromium(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    expect.set_options(timeout=TIMEOUT_MS)  # first render imports pandas/plotly: slow on 2 cores
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tempfile.mkdtemp(prefix="chromium-profile-"),  # a fresh --user-data-dir
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1600},
        )
        try:
            page = context.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(server + "/")
            expect(page.get_by_role("heading", name="So sánh các đơn vị")).to_be_visible()

            _choose(page, "Chỉ tiêu", "Lượt người dự học tập, quán triệt")
            _choose(page, "Đối tượng", "Cán bộ, đảng viên")
            expect(_table_row(page, "Quận 6")).to_contain_text("20.012")  # Vietnamese grouping
            expect(_table_row(page, "Quận 6")).to_contain_text("Năm 2018")
            expect(_table_row(page, "Quận 8")).to_contain_text("chưa có số liệu")  # missing is not 0

            _choose(page, "Chỉ tiêu", "Văn bản lãnh đạo, chỉ đạo ban hành")
            expect(_table_row(page, "Quận 8")).to_contain_text("45")
            expect(_table_row(page, "Quận 8")).to_contain_text("Năm 2018")
            expect(_table_row(page, "Quận 6")).to_contain_text("chưa có số liệu")
            # the chart draws a bar (with its label) for Quận 8 only
            expect(page.locator(".js-plotly-plot .xtick text", has_text="Quận 8")).to_have_count(1)
            expect(page.locator(".js-plotly-plot .xtick text", has_text="Quận 6")).to_have_count(0)
            assert "indicator=documents_issued" in page.url  # the view is shareable

            _settle(page)
            page.get_by_text("English", exact=True).click()
            _settle(page)
            expect(page.get_by_role("heading", name="Compare units")).to_be_visible()
            # the selected option's label follows the language (indicator names from dim_indicator)
            expect(page.get_by_role("combobox", name="Indicator")).to_have_value("Guidance documents issued")
            expect(_table_row(page, "Quận 8")).to_contain_text("45")
            expect(_table_row(page, "Quận 6")).to_contain_text("no data")
            page.wait_for_function("() => window.location.search.includes('lang=en')")
            page.screenshot(path=str(ARTIFACTS / "compare_en.png"), full_page=True)

            _choose(page, "Indicator", "Study session attendances")
            _choose(page, "Audience", "Party members and officials")
            expect(_table_row(page, "Quận 6")).to_contain_text("20,012")  # English grouping

            shared = page.url
            fresh = context.new_page()
            fresh.goto(shared)  # a shared link restores the view
            expect(fresh.get_by_role("heading", name="Compare units")).to_be_visible()
            expect(_table_row(fresh, "Quận 6")).to_contain_text("20,012")
            assert not page.locator('[data-testid="stException"]').count()
            assert not errors, errors
        finally:
            context.close()
