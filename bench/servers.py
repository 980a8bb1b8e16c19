"""The two ways users run Nianbao, started the way the Makefile starts them, and timed over HTTP.

- ``run``: ``make run``, Flask's development server (``flask --app app run``), which answers each
  request on a new thread;
- ``serve``: ``make serve``, gunicorn with the Makefile's flags (``--preload``, WORKERS gthread
  workers of THREADS threads each).

Both are started on a free loopback port from a given checkout (``code``: this one, or another
one for a before/after comparison in the same session), with ``NIANBAO_INDEX`` set, and stopped by
their process group. What is timed is the client's wall time for a whole response.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.common import tree_rss

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("run", "serve")


def makefile_defaults(code: Path) -> dict[str, str]:
    """WORKERS and THREADS as the checkout's Makefile sets them (what `make serve` uses)."""
    text = (code / "Makefile").read_text(encoding="utf-8")
    found = dict(re.findall(r"^(WORKERS|THREADS) \?= (\d+)$", text, re.M))
    return {"WORKERS": found.get("WORKERS", "4"), "THREADS": found.get("THREADS", "2")}


def free_port() -> int:
    """A port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, timeout: float = 60.0) -> tuple[int, bytes, float]:
    """(status, body, seconds) of one GET, on a new connection."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    return status, body, time.perf_counter() - started


class Server:
    """One server of ``kind`` over ``index``, from the checkout ``code``."""

    def __init__(self, kind: str, index: Path, code: Path = ROOT):
        if kind not in KINDS:
            raise ValueError(kind)
        self.kind, self.index, self.code = kind, Path(index), Path(code)
        self.port = free_port()
        bin_dir = Path(sys.executable).parent
        if kind == "run":
            self.cmd = [str(bin_dir / "flask"), "--app", "app", "run", "--host", "127.0.0.1", "--port", str(self.port)]
            self.shape = "Flask development server"
        else:
            make = makefile_defaults(self.code)
            self.cmd = [str(bin_dir / "gunicorn"), "--workers", make["WORKERS"], "--threads", make["THREADS"],
                        "--bind", f"127.0.0.1:{self.port}", "--preload", "--no-control-socket",
                        "--limit-request-line", "8190", "--timeout", "30", "--graceful-timeout", "10",
                        "--log-level", "warning", "app:create_app()"]
            self.shape = f"gunicorn, {make['WORKERS']} workers x {make['THREADS']} threads, --preload"
        self.proc: subprocess.Popen | None = None

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self, first_path: str = "/", limit: float = 180.0) -> float:
        """Start it; seconds from spawning to the first 200 answer to ``first_path``."""
        env = {**os.environ, "NIANBAO_INDEX": str(self.index), "FLASK_DEBUG": "0"}
        started = time.perf_counter()
        self.proc = subprocess.Popen(self.cmd, cwd=self.code, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        while time.perf_counter() - started < limit:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.shape} exited with status {self.proc.returncode}")
            try:
                status, _, _ = get(self.url(first_path), timeout=limit)
                if status == 200:
                    return time.perf_counter() - started
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                time.sleep(0.05)
        raise RuntimeError(f"{self.shape} did not answer within {limit} s")

    def rss_mb(self) -> float:
        """RSS of the server's processes (master and workers), in MB."""
        import psutil

        return round(tree_rss(psutil.Process(self.proc.pid)) / 2**20, 1)

    def stop(self) -> None:
        """Stop our server: SIGTERM to its process group, SIGKILL if it lingers."""
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
