"""Child process for the throughput comparison: Duckling's number + time parser over files.

Run as `python -m bench.duckling_parse [--dims number,time] FILE...` (the bench pins it to one core with taskset).
Prints one JSON object: documents, bytes, entities found, and the seconds spent in parsing
alone (the process's start-up and Duckling's Haskell runtime start are outside that figure;
the caller measures the whole process too).

Duckling (pyduckling-native-phihos 0.3.0, Duckling v0.2.0.0) has a Vietnamese language (`VI`)
but no `VI_VN` locale: `parse_locale("VI_VN", ...)` falls back to the language default `VI_XX`.
The locale actually used is reported in the output.
"""

from __future__ import annotations

import json
import sys
import time
import unicodedata
from pathlib import Path

ZONEINFO = "/usr/share/zoneinfo"
TIME_ZONE = "Asia/Ho_Chi_Minh"


def main(argv: list[str]) -> int:
    import argparse

    import duckling

    parser = argparse.ArgumentParser(prog="python -m bench.duckling_parse")
    parser.add_argument("--dims", default="number,time", help="Duckling dimensions, comma-separated")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    dimensions = args.dims.split(",")

    tz_db = duckling.load_time_zones(ZONEINFO)
    ref_time = duckling.get_current_ref_time(tz_db, TIME_ZONE)
    lang = duckling.parse_lang("VI")
    locale = duckling.parse_locale("VI_VN", duckling.default_locale_lang(lang))
    context = duckling.Context(ref_time, locale)
    dims = duckling.parse_dimensions(dimensions)

    texts = [unicodedata.normalize("NFC", Path(p).read_text(encoding="utf-8")) for p in args.files]
    entities = 0
    start = time.perf_counter()
    for text in texts:
        entities += len(duckling.parse(text, context, dims, False))
    parse_s = time.perf_counter() - start
    print(json.dumps({
        "documents": len(texts),
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "entities": entities,
        "parse_seconds": parse_s,
        "language": lang.name,
        "locale": locale.name,
        "dimensions": dimensions,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
