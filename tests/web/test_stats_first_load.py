"""bench/stats_first_load.py (session 30, QA 19) runs on an index: the figures are the bench's, never asserted here."""
from __future__ import annotations

from bench.stats_first_load import one_run


def test_the_first_load_bench_times_the_statistics_page_cold_and_warm(index_root):
    run = one_run(str(index_root), "/stats")
    assert set(run) == {"start_s", "cold_s", "warm_s", "bytes"}
    assert run["bytes"] > 10_000 and run["cold_s"] > 0 and run["warm_s"] > 0

