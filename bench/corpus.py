"""Throughput corpora: the dev evaluation reports copied, as files, until a size is reached."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from bench.measure import ROOT

DEV_REPORTS = ROOT / "tests" / "eval" / "dev" / "reports"


def eval_report_dirs() -> list[Path]:
    """The reports of every evaluation split (dev and each holdout), as the set is today."""
    return sorted(d for d in (ROOT / "tests" / "eval").glob("*/reports") if d.is_dir())


@dataclass(frozen=True)
class Corpus:
    directory: Path
    files: list[Path]
    total_bytes: int

    @property
    def documents(self) -> int:
        return len(self.files)


def build_repeated_corpus(out_dir: Path, min_bytes: int, source: Path | list[Path] = DEV_REPORTS) -> Corpus:
    """Copy the source reports (of one folder or several) round-robin into `out_dir` until at
    least `min_bytes` of text.

    Each copy is a separate file `<copy>_<doc_id>.txt` (with its `.meta.json` sidecar when the
    source has one), so the extractor sees a directory of ordinary reports. Rebuilt from
    scratch every time so a stale corpus never leaks into a measurement.
    """
    folders = source if isinstance(source, list) else [source]
    sources = sorted(p for folder in folders for p in folder.glob("*.txt"))
    if not sources:
        raise FileNotFoundError(f"no reports in {', '.join(map(str, folders))}: the evaluation set is missing")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    files: list[Path] = []
    total = 0
    copy = 0
    while total < min_bytes:
        for src in sources:
            dest = out_dir / f"{copy:04d}_{src.name}"
            shutil.copyfile(src, dest)
            sidecar = src.with_suffix(".meta.json")
            if sidecar.exists():
                shutil.copyfile(sidecar, out_dir / f"{copy:04d}_{sidecar.name}")
            files.append(dest)
            total += dest.stat().st_size
            if total >= min_bytes:
                break
        copy += 1
    return Corpus(out_dir, files, total)
