"""The production entry point: ``make serve`` starts gunicorn with several workers that answer."""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import time
from urllib.parse import quote

import psutil
import pytest

from tests.conftest import ROOT, require_tool

START_LIMIT = 120  # seconds for gunicorn to start on a busy machine (a bound, not a measurement)


def free_port() -> int:
    """A port no one holds now, chosen by the system: two suites running at once never share one."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", quote(path, safe="/?=&%"))
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


class Served:
    """A running ``make serve``: its process group and the port it answers on."""

    def __init__(self, process: subprocess.Popen, port: int):
        self.process, self.port, self.pid = process, port, process.pid

    def get(self, path: str) -> tuple[int, dict, bytes]:
        return _get(self.port, path)


def _stop(server: subprocess.Popen) -> None:
    try:
        os.killpg(server.pid, signal.SIGTERM)  # make, gunicorn and its workers: the group we started
        server.wait(30)
    except ProcessLookupError:
        pass  # the group has already gone
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def _answers(server: subprocess.Popen, port: int, log) -> bool:
    """Wait until the server answers (True), or it could not bind its port (False); any other failure raises."""
    deadline = time.monotonic() + START_LIMIT
    while True:
        try:
            _get(port, "/api/search?q=x")
            return True
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                output = log.read()
                if "Address already in use" in output:
                    return False
                raise AssertionError(f"gunicorn did not start:\n{output[-3000:]}")
            time.sleep(0.2)


@pytest.fixture()
def served(index_root, tmp_path):
    require_tool("make", "apt-get install make")
    for attempt in range(3):  # another process may take the free port before gunicorn binds it
        port = free_port()
        env = dict(os.environ, NIANBAO_INDEX=str(index_root), PORT=str(port), WORKERS="2", THREADS="2")
        with open(tmp_path / f"gunicorn-{attempt}.log", "w+") as log:
            server = subprocess.Popen(["make", "--no-print-directory", "serve"], cwd=ROOT, env=env, stdout=log,
                                      stderr=subprocess.STDOUT, start_new_session=True)
            try:
                if _answers(server, port, log):
                    yield Served(server, port)
                    return
            finally:
                _stop(server)
    pytest.skip("three free ports were each taken before gunicorn could bind them")


def test_make_serve_runs_gunicorn_workers_that_answer(served):
    status, headers, body = served.get("/api/search?q=低保")
    assert status == 200 and json.loads(body)["total"] > 0
    status, headers, body = served.get("/?q=低保")
    assert status == 200 and "<mark>" in body.decode("utf-8")
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    status, _, _ = served.get("/?page=-1&year=abc&q=%ff")
    assert status == 200
    status, _, body = served.get("/api/search?q=" + "长" * 500 + "&agency=" + "某" * 100)  # 5.4 kB of URL
    assert status == 200 and json.loads(body)["total"] >= 0
    status, _, body = served.get("/?q=" + "长" * 10_000)  # beyond any sane URL: gunicorn's own 414 with a reason
    assert status == 414 and b"Request Line is too large" in body
    with socket.create_connection(("127.0.0.1", served.port), timeout=30) as sock:  # raw UTF-8: gunicorn's own 400
        sock.sendall("GET /api/search?q=低保 HTTP/1.0\r\n\r\n".encode("utf-8"))
        assert sock.recv(64).split()[1] == b"400"  # search/raw_utf8.py's repair is for `flask run` alone
    def is_gunicorn(process) -> bool:
        return any(part.endswith("gunicorn") for part in process.cmdline()[:2])

    processes = psutil.Process(served.pid).children(recursive=True)
    masters = [p for p in processes if is_gunicorn(p) and not is_gunicorn(p.parent())]
    assert len(masters) == 1
    deadline = time.monotonic() + START_LIMIT
    while len(masters[0].children()) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)  # workers boot one after the other
    workers = masters[0].children()
    assert len(workers) == 2
    # jieba was loaded before the workers forked (--preload), not on their first request.
    assert all(w.memory_info().rss > 50 * 2**20 for w in workers)
