"""Shared helpers of the benchmark scripts: machine facts, memory sampling, percentiles, timing."""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil


def machine() -> dict:
    """What the figures were measured on."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
        "versions": package_versions(["Whoosh-Reloaded", "Whoosh", "jieba", "Flask", "gunicorn",
                                      "psutil", "pyinstrument"]),
    }


def package_versions(names: list[str]) -> dict[str, str]:
    """Installed versions of the named distributions (absent ones left out)."""
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            pass
    return out


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for p in [proc] + proc.children(recursive=True):
        try:
            total += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def tree_pss(proc: psutil.Process) -> int:
    """Proportional memory of a process tree: pages shared by forked workers (jieba's dictionary,
    loaded once before the fork) counted once, not once per process as RSS counts them."""
    total = 0
    for p in [proc] + proc.children(recursive=True):
        try:
            total += p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied, AttributeError):
            pass
    return total


class PeakMemory:
    """Samples the RSS of this process tree (self + workers) in a thread; ``peak`` in bytes.

    RSS every ``interval`` seconds; PSS (which reads every process's memory map, some 3 ms a
    process) every ``pss_interval``, so that measuring does not take a core from what is measured.
    """

    def __init__(self, interval: float = 0.1, pid: int | None = None, pss_interval: float = 1.0):
        self.interval = interval
        self.pss_interval = pss_interval
        self.proc = psutil.Process(pid or os.getpid())
        self.peak = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        next_pss = 0.0
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.proc))
            if time.monotonic() >= next_pss:
                self.peak_pss = max(self.peak_pss, tree_pss(self.proc))
                next_pss = time.monotonic() + self.pss_interval
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss(self.proc))


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary_ms(seconds: list[float]) -> dict:
    """p50/p95/p99/max in milliseconds of a list of durations in seconds."""
    ms = [s * 1000 for s in seconds]
    return {"n": len(ms), "p50": round(percentile(ms, 50), 2), "p95": round(percentile(ms, 95), 2),
            "p99": round(percentile(ms, 99), 2), "max": round(max(ms), 2) if ms else None}


def median(values: list[float]) -> float:
    """The median, rounded for tables."""
    return round(statistics.median(values), 3)


def dir_size(path: Path) -> int:
    """Bytes of all files under ``path``."""
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


ROOT = Path(__file__).resolve().parent.parent


def checkout_env(code: Path | None) -> tuple[Path | None, dict]:
    """(working folder, environment) for a child process that measures the checkout ``code``
    with these scripts: a copy of this ``bench`` package first on the path, the checkout's own
    ``indexer`` and ``search`` after it (for a before/after comparison in one session)."""
    if code is None or Path(code).resolve() == ROOT:
        return None, {}
    import shutil
    import tempfile

    harness = Path(tempfile.gettempdir()) / f"nianbao-bench-harness-{os.getpid()}"
    if not (harness / "bench").exists():
        shutil.copytree(ROOT / "bench", harness / "bench", ignore=shutil.ignore_patterns("__pycache__"))
    return harness, {"PYTHONPATH": f"{harness}{os.pathsep}{Path(code).resolve()}"}


def run_json(args: list[str], env: dict | None = None, timeout: float | None = None,
             code: Path | None = None) -> dict:
    """Run ``python -m <args>`` in a fresh process (on the checkout ``code``, default this one)
    and read the JSON object it prints last."""
    import json

    cwd, code_env = checkout_env(code)
    out = subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=cwd,
                         env={**os.environ, **code_env, **(env or {})}, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])
