"""Find report files and sort them into readable reports and quarantined files.

Pure helpers (no Dagster, no DuckDB) so the runner, the sensor and the assets share one notion
of "a report" and of "unreadable", and unit tests call them directly.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

SIDECAR_SUFFIX = ".meta.json"
UTF8_BOM = "\ufeff"


class UnreadableReport(ValueError):
    """The bytes are not a UTF-8 text report; `reason` is what goes into raw.quarantine."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ReportFile:
    path: Path
    sha256: str
    size_bytes: int


@dataclass(frozen=True)
class QuarantinedFile:
    path: Path
    sha256: str
    reason: str


@dataclass
class ScanResult:
    reports: list[ReportFile] = field(default_factory=list)
    quarantined: list[QuarantinedFile] = field(default_factory=list)

    def paths_by_sha(self) -> dict[str, list[Path]]:
        """Distinct contents with every path holding them, in scan order (first names the document)."""
        grouped: dict[str, list[Path]] = {}
        for report in self.reports:
            grouped.setdefault(report.sha256, []).append(report.path)
        return grouped


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_report(data: bytes) -> str:
    """UTF-8 text (BOM stripped), NFC; raises UnreadableReport saying what is wrong."""
    if not data:
        raise UnreadableReport("empty: the file has no bytes")
    nul_offset = data.find(b"\x00")
    if nul_offset >= 0:
        raise UnreadableReport(f"binary: NUL byte at offset {nul_offset}; expected a UTF-8 text report")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise UnreadableReport(
            f"not_utf8: invalid byte 0x{bad} at offset {exc.start}; re-save the file as UTF-8 "
            "(it may be Latin-1, Windows-1258 or TCVN3)"
        ) from exc
    text = unicodedata.normalize("NFC", text.removeprefix(UTF8_BOM))
    if not text.strip():
        raise UnreadableReport("empty: the file holds only whitespace")
    return text


def is_candidate(path: Path) -> bool:
    """Every visible regular file except sidecars: a stray .pdf is quarantined, not ignored."""
    return path.is_file() and not path.name.startswith(".") and not path.name.endswith(SIDECAR_SUFFIX)


def iter_candidates(dirs: Iterable[Path]) -> list[Path]:
    """Candidate files folder by folder, in the order the folders are given, sorted within each.

    The order matters: a document is named after the first file holding its content, so the
    samples (listed first by default) name a report that was also dropped into the inbox.
    """
    found: dict[Path, None] = {}
    for directory in dirs:
        if not directory.is_dir():
            continue
        for path in sorted(directory.rglob("*")):
            relative_parts = path.relative_to(directory).parts
            if any(part.startswith(".") for part in relative_parts):
                continue
            if is_candidate(path):
                found.setdefault(path.resolve(), None)
    return list(found)


def classify_file(path: Path) -> ReportFile | QuarantinedFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return QuarantinedFile(path, "", f"unreadable: {exc.strerror or exc}")
    sha = sha256_bytes(data)
    try:
        decode_report(data)
    except UnreadableReport as exc:
        return QuarantinedFile(path, sha, exc.reason)
    return ReportFile(path, sha, len(data))


def scan_report_dirs(dirs: Iterable[Path]) -> ScanResult:
    result = ScanResult()
    for path in iter_candidates(dirs):
        item = classify_file(path)
        if isinstance(item, ReportFile):
            result.reports.append(item)
        else:
            result.quarantined.append(item)
    return result


def read_report(path: Path, expected_sha256: str) -> str | None:
    """The NFC text of `path` if it still holds `expected_sha256`, else None (file changed)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if sha256_bytes(data) != expected_sha256:
        return None
    return decode_report(data)


def sidecar_path(report_path: Path) -> Path:
    return report_path.with_name(report_path.stem + SIDECAR_SUFFIX)
