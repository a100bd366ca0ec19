"""Fill a warehouse's raw tables with many reports through the pipeline's own write helpers.

    WAREHOUSE_PATH=data/bench/tmp/w.duckdb .venv/bin/python -m bench.bulk_load DIR [DIR ...]

Why: `dwh run` materializes one in-process Dagster run per document, which costs seconds per
document; 10,000 documents would take hours. To measure what happens *at* 10,000 documents
(dbt build on that warehouse, and `dwh run` adding one more report end to end), the bench first
brings a warehouse to the state that `dwh run` over those folders would leave in the raw schema,
by calling exactly what the partitioned assets call (scan_report_dirs, write_document,
Extractor, load_metadata, observation_row, mention_row, write_extraction) in one process,
without Dagster. It is a set-up step, reported with its own time and never as `dwh run`'s time.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    from orchestration import settings
    from orchestration.extract.assets import (
        extractor_version,
        load_metadata,
        mention_row,
        observation_row,
        write_extraction,
    )
    from orchestration.extraction import Extractor
    from orchestration.ingest.assets import write_document
    from orchestration.ingest.scan import read_report, scan_report_dirs
    from orchestration.warehouse import connect_warehouse

    if not argv:
        print("usage: python -m bench.bulk_load DIR [DIR ...]", file=sys.stderr)
        return 2
    started = time.perf_counter()
    dirs = [settings.resolve_path(d) for d in argv]
    scan = scan_report_dirs(dirs)
    by_sha = scan.paths_by_sha()
    version = extractor_version()
    extractor = Extractor.default()
    observations = mentions = 0
    # Same order as the runner: by the first path of each content.
    with connect_warehouse() as conn:
        for sha, paths in sorted(by_sha.items(), key=lambda kv: kv[1][0]):
            resolved = [settings.resolve_path(p) for p in paths]
            text = read_report(resolved[0], sha)
            if text is None:
                raise SystemExit(f"{resolved[0]}: changed while loading")
            write_document(conn, sha, resolved, text, resolved[0].stat().st_size)
            doc_id = conn.execute("SELECT doc_id FROM raw.documents WHERE sha256 = ?", [sha]).fetchone()[0]
            files = [Path(r[0]) for r in conn.execute(
                "SELECT source_path FROM raw.document_files WHERE sha256 = ? ORDER BY source_path", [sha]
            ).fetchall()]
            result = extractor.extract(text, doc_id=doc_id, metadata=load_metadata(files))
            obs = [observation_row(o.to_dict(), sha, version) for o in result.observations]
            men = [mention_row(m.to_dict(), sha, doc_id) for m in result.unclassified]
            write_extraction(conn, sha, obs, men, version)
            observations += len(obs)
            mentions += len(men)
    print(json.dumps({
        "documents": len(by_sha), "files": len(scan.reports), "quarantined": len(scan.quarantined),
        "observations": observations, "unclassified": mentions, "extractor_version": version,
        "seconds": round(time.perf_counter() - started, 2),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
