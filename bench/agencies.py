"""Speed of the agency pages and feeds on a built index, measured here and never asserted by tests.

    .venv/bin/python -m bench.make_corpus 2000 /tmp/bench/c2k
    .venv/bin/python -m indexer build /tmp/bench/c2k --index /tmp/bench/i2k --quiet
    .venv/bin/python -m bench.agencies /tmp/bench/i2k          # JSON: the figures and the machine

Each request goes through the Flask test client of a fresh app, first (the agency directory and the
report records are read from the index once per generation) and then repeated (median of ``--runs``).
The body whose page and feed are measured is the one with the most reports.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from urllib.parse import quote

from bench.common import machine


def _timed(client, path: str) -> tuple[float, int]:
    start = time.perf_counter()
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return time.perf_counter() - start, len(response.data)


def measure(index: Path, runs: int) -> dict:
    """First and repeated seconds of each request, and the size of its answer."""
    from app import create_app

    client = create_app({"TESTING": True, "INDEX": str(index)}).test_client()
    first_read, _ = _timed(client, "/agencies")  # reads the directory of the generation
    listing = client.get("/api/agencies").get_json()
    busiest = max(listing["agencies"], key=lambda a: len(a["reports"]))
    province = next(p["value"] for p in listing["places"] if p["value"] not in ("central", "unresolved"))
    body = quote(busiest["id"])
    paths = {"/agencies": "/agencies", "/agencies?place=<province>": f"/agencies?place={province}",
             "/agencies?name=民政": "/agencies?name=" + quote("民政"), "/api/agencies (all)": "/api/agencies",
             "/agencies/<id>": f"/agencies/{body}", "/api/agencies/<id>": f"/api/agencies/{body}",
             "/feed": "/feed", "/feed?q=低保": "/feed?q=" + quote("低保"), "/agencies/<id>/feed": f"/agencies/{body}/feed",
             "/?q=低保 (agency facet by id)": "/?q=" + quote("低保")}
    out = {}
    for label, path in paths.items():
        first, size = _timed(client, path)
        repeated = statistics.median(_timed(client, path)[0] for _ in range(runs))
        out[label] = {"first_s": round(first, 3), "repeated_s": round(repeated, 3), "kb": round(size / 1024)}
    return {"agencies": listing["total"], "reports": sum(len(a["reports"]) for a in listing["agencies"]),
            "busiest": {"id": busiest["id"], "reports": len(busiest["reports"])},
            "first_request_with_directory_read_s": round(first_read, 3), "requests": out, "runs": runs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", type=Path, help="an index folder (NIANBAO_INDEX)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps({"machine": machine(), **measure(args.index, args.runs)}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
