"""Load test: many concurrent clients search a gunicorn server while the index is rebuilt twice.

    .venv/bin/python -m bench.load [--reports 400] [--clients 16] [--workers 4] [--min-seconds 30] [--port 5104]

Makes a synthetic corpus (bench.make_corpus), builds its index, starts ``make serve`` on
127.0.0.1 (loopback only), and runs ``--clients`` threads that loop over the query mix of
bench.query (keep-alive connections, htmx fragments, JSON and full pages) for at least
``--min-seconds``. Meanwhile the index is rebuilt twice in full, with the corpus changed before
each rebuild (reports added and removed), so each rebuild swaps in a different generation.
First one client alone times each request of the mix (service time, no queueing). Then it
reports requests served, errors (any status but 200, any connection failure: must be 0), latency
percentiles overall, while a build runs and while none does, and what the clients saw change
(the total of the empty query moves from one generation's to the next's without a restart).
Exit status 1 when any request failed. Everything is bounded: at most ``--max-seconds``.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.common import machine, summary_ms
from bench.query import MIX, fill

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True, **kwargs)


def _get(conn: http.client.HTTPConnection, path: str, headers: dict) -> tuple[int, bytes]:
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    return response.status, response.read()


class Clients:
    """Client threads looping over the query mix; every request timed and its outcome kept."""

    def __init__(self, port: int, paths: list[tuple[str, dict]], count: int):
        self.port, self.paths, self.count = port, paths, count
        self.stop = threading.Event()
        self.building = threading.Event()
        self.lock = threading.Lock()
        self.latency = {"idle": [], "building": []}
        self.errors: list[str] = []
        self.totals_seen: list[tuple[float, int]] = []  # (time, total of the empty query) when it changes
        self.threads = [threading.Thread(target=self._loop, args=(i,), daemon=True) for i in range(count)]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def join(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(60)

    def _loop(self, n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=180)
        i = n  # threads start at different places in the mix
        while not self.stop.is_set():
            path, headers = self.paths[i % len(self.paths)]
            i += 1
            phase = "building" if self.building.is_set() else "idle"
            started = time.perf_counter()
            try:
                status, body = _get(conn, path, headers)
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=180)
                with self.lock:
                    self.errors.append(f"{path}: {type(exc).__name__}: {exc}")
                continue
            elapsed = time.perf_counter() - started
            with self.lock:
                self.latency[phase].append(elapsed)
                if status != 200:
                    self.errors.append(f"{path}: HTTP {status}")
                elif path == "/api/search?":
                    total = json.loads(body)["total"]
                    if not self.totals_seen or self.totals_seen[-1][1] != total:
                        self.totals_seen.append((time.monotonic(), total))
        conn.close()


def request_mix(values: dict) -> list[tuple[str, dict]]:
    """The bench.query mix as full pages, htmx fragments and JSON, plus the empty-query probe."""
    paths = [("/api/search?", {})]
    for i, (_, pairs) in enumerate(MIX):
        query = urlencode(fill(pairs, values))
        kind = i % 3
        if kind == 0:
            paths.append((f"/api/search?{query}", {}))
        elif kind == 1:
            paths.append((f"/?{query}", {"HX-Request": "true"}))
        else:
            paths.append((f"/?{query}", {}))
    return paths


def change_corpus(corpus: Path, spare: list[Path], step: int) -> str:
    """Move some reports out and others in, so that the next build differs from the last."""
    files = sorted(corpus.rglob("*.txt"))
    out = files[step::7][:20]
    parked = corpus.parent / f"parked-{step}"
    parked.mkdir()
    for path in out:
        shutil.move(str(path), parked / path.name)
    added = spare[step * 30:(step + 1) * 30]
    for path in added:
        shutil.copy(path, corpus / f"added-{step}-{path.name}")
    return f"-{len(out)} +{len(added)} reports"


def main(argv: list[str] | None = None) -> int:
    """Run the load test; print a JSON summary (and write it with --out)."""
    ap = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n")[0])
    ap.add_argument("--reports", type=int, default=400, help="synthetic reports in the corpus")
    ap.add_argument("--clients", type=int, default=16, help="concurrent client threads")
    ap.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    ap.add_argument("--threads", type=int, default=2, help="threads per gunicorn worker")
    ap.add_argument("--min-seconds", type=float, default=30.0, help="run at least this long")
    ap.add_argument("--max-seconds", type=float, default=900.0, help="give up after this long")
    ap.add_argument("--port", type=int, default=5104)
    ap.add_argument("--out", type=Path, help="write the JSON summary here too")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="nianbao-load-"))
    server = None
    clients = None
    started = time.monotonic()
    try:
        generated = work / "generated"
        _run([PY, "-m", "bench.make_corpus", str(args.reports + 60), str(generated), "--check", "0"])
        every = sorted(generated.rglob("*.txt"))
        corpus, spare = work / "corpus", every[args.reports:]
        corpus.mkdir()
        for path in every[:args.reports]:
            shutil.copy(path, corpus / path.name)
        index = work / "index"
        build_cmd = [PY, "-m", "indexer", "build", str(corpus), "--index", str(index), "--quiet", "--full"]
        t0 = time.monotonic()
        _run(build_cmd)
        first_build = time.monotonic() - t0

        env = dict(os.environ, NIANBAO_INDEX=str(index), PORT=str(args.port), HOST="127.0.0.1",
                   WORKERS=str(args.workers), THREADS=str(args.threads))
        log = open(work / "gunicorn.log", "w+")
        server = subprocess.Popen(["make", "--no-print-directory", "serve"], cwd=ROOT, env=env, stdout=log,
                                  stderr=subprocess.STDOUT, start_new_session=True)
        probe = http.client.HTTPConnection("127.0.0.1", args.port, timeout=180)
        while True:
            try:
                status, body = _get(probe, "/api/search?", {})
                if status == 200:
                    break
            except OSError:
                probe.close()
            if server.poll() is not None or time.monotonic() - started > args.max_seconds:
                log.seek(0)
                raise SystemExit(f"gunicorn did not start:\n{log.read()[-2000:]}")
            time.sleep(0.2)
        facets = json.loads(_get(probe, "/api/search?", {})[1])["facets"]
        probe.close()
        values = {"agency": facets["agency"][0]["value"], "province": facets["province"][0]["value"]}

        # One client alone first: the service time of each request, without queueing behind others.
        mix = request_mix(values)
        alone, slowest = [], []
        probe = http.client.HTTPConnection("127.0.0.1", args.port, timeout=180)
        for path, headers in mix * 2:  # the first pass warms every worker's caches a little
            t0 = time.perf_counter()
            status, _ = _get(probe, path, headers)
            alone.append(time.perf_counter() - t0)
            slowest.append((alone[-1], path))
        probe.close()
        alone = alone[len(mix):]
        slowest = sorted(slowest[len(mix):], reverse=True)[:5]

        clients = Clients(args.port, mix, args.clients)
        clients_started = time.monotonic()
        clients.start()
        time.sleep(args.min_seconds / 4)  # a stretch without a build first
        builds = []
        for step in range(2):
            change = change_corpus(corpus, spare, step)
            clients.building.set()
            t0 = time.monotonic()
            result = subprocess.run(build_cmd, cwd=ROOT, capture_output=True, text=True,
                                    timeout=max(60.0, args.max_seconds - (time.monotonic() - started)))
            clients.building.clear()
            builds.append({"change": change, "seconds": round(time.monotonic() - t0, 1), "exit": result.returncode,
                           "summary": result.stdout.strip().splitlines()[0] if result.stdout else result.stderr[-300:]})
            time.sleep(args.min_seconds / 8)
        remaining = args.min_seconds - (time.monotonic() - clients_started)
        if remaining > 0:
            time.sleep(remaining)
        clients.join()
        clients_seconds = time.monotonic() - clients_started
        all_latency = clients.latency["idle"] + clients.latency["building"]
        served = len(all_latency)
        summary = {
            "command": "python -m bench.load " + " ".join(argv if argv is not None else sys.argv[1:]),
            "machine": machine(),
            "reports": args.reports, "clients": args.clients, "gunicorn": {"workers": args.workers,
                                                                          "threads": args.threads},
            "first_build_seconds": round(first_build, 1),
            "rebuilds": builds,
            "requests": served,
            "errors": len(clients.errors),
            "error_samples": clients.errors[:10],
            "one_client_alone_ms": summary_ms(alone),
            "slowest_alone": [{"ms": round(t * 1000), "path": path} for t, path in slowest],
            "latency_ms": summary_ms(all_latency),
            "latency_ms_while_building": summary_ms(clients.latency["building"]),
            "latency_ms_idle": summary_ms(clients.latency["idle"]),
            "totals_seen": [total for _, total in clients.totals_seen],
            "client_seconds": round(clients_seconds, 1),
            "requests_per_second": round(served / clients_seconds, 1),
        }
    finally:
        if clients is not None:
            clients.join()
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)  # the process group we started: make, gunicorn, workers
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        shutil.rmtree(work, ignore_errors=True)
    text = json.dumps(summary, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 1 if summary["errors"] or any(b["exit"] for b in builds) else 0


if __name__ == "__main__":
    sys.exit(main())
