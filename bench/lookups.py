"""Speed of the parser's small steps, measured here and never asserted by tests: loading the
division list, locating an agency from its name and address lines, reading one PDF.

    .venv/bin/python -m bench.lookups            # JSON: the figures and the machine

These were timing asserts in tests/test_places.py (load < 0.3 s, locate < 1 ms) and
tests/test_readers.py (a sample PDF < 2 s; now tests/indexer/); a timing assert fails under load, so the figures live in
docs/benchmarks.md instead.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bench.common import machine

ROOT = Path(__file__).resolve().parent.parent
AGENCIES = ["沙坡头区民政和社会保障局", "兴庆区民政局", "宣和镇人民政府", "海盐县民政局", "吴忠市民政局",
            "淮安市洪泽区人民政府", "平潭综合实验区地方税务局", "上海市科委"]
HINTS = ["地址：海盐县武原街道枣园路619号", "http://www.xqq.gov.cn/"]
PDF = ROOT / "tests" / "data" / "pdf" / "004_6c81e5c04cdd17c4.pdf"


def measure(runs: int) -> dict:
    """Median seconds of each step over ``runs`` runs."""
    from indexer.places import load_gazetteer, locate
    from indexer.readers import read_document

    loads, locates, reads = [], [], []
    for _ in range(runs):
        load_gazetteer.cache_clear()
        start = time.perf_counter()
        load_gazetteer()
        loads.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in range(50):
            for agency in AGENCIES:
                locate(agency, HINTS)
        locates.append((time.perf_counter() - start) / (50 * len(AGENCIES)))
        start = time.perf_counter()
        read_document(PDF)
        reads.append(time.perf_counter() - start)
    median = statistics.median
    return {"gazetteer_load_ms": round(1e3 * median(loads), 1), "locate_us": round(1e6 * median(locates), 1),
            "pdf_read_ms": round(1e3 * median(reads)), "pdf": PDF.name, "runs": runs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps({"machine": machine(), **measure(args.runs)}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
