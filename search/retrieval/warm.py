"""Warm a generation: compute what searches need before the first one asks.

Run when a process opens a generation (synchronously at start-up, so that gunicorn's workers
inherit it from ``--preload``; in the background when a build swaps in a new one): the field
lengths and sortable columns every search reads (the figures' too), the section filter, the vocabulary typed words
are checked against (did-you-mean's and the respelling's), the posting lists of the commonest
terms (a word found in every section is the slowest to read cold), what the empty search computes
(every facet and preset filter), one worded query (its readers' data tables), and the figures pages over the whole corpus
(records, checks across years, statistics, the quality checks, the trends).
"""
from __future__ import annotations

from search.figures.quality import build_quality
from search.figures.stats import build_stats
from search.figures.stats_params import StatsParams
from search.figures.trends import build_trend
from search.retrieval.arrays import arrays_for
from search.retrieval.engine import run_search
from search.retrieval.english import read_english
from search.retrieval.filters import FACET_FIELD
from search.retrieval.initials import reading_table
from search.retrieval.selection import SECTIONS
from search.retrieval.suggest import vocabulary
from search.retrieval.matching import filter_mask
from search.retrieval.params import SearchParams
from search.schema import FIELD_BOOSTS, RANGE_FIGURES, TEXT_RANGE_FIGURES

COLUMNS = ("report_id", "year", "agency_facet", "section", "level", "province", "city")
WARM_POSTINGS = 400  # the commonest terms of the text fields read at once
WARM_QUERY = "浙江 民政局 2020 比去年 收到多少申请"  # a place, a body, a year, a comparison, a figure
WARM_ENGLISH = "Zhejiang civil affairs bureau requests"


def warm(searcher) -> None:
    """Compute a generation's shared arrays and its commonest posting lists."""
    arrays = arrays_for(searcher)
    for field in (*FIELD_BOOSTS, "grams"):
        arrays.lengths(searcher, field)
    for field in COLUMNS:
        arrays.codes(searcher, field)
    # A query naming a figure's topic (行政复议, 被起诉) ranks by the figure: its column read cold
    # was some 100 ms of that query's first run in each process (1 s for all of them at 10,000).
    for key in RANGE_FIGURES:
        arrays.codes(searcher, f"fig_{key}")
    # (and what the prose states where no table gives it, which the figure reads next: figure_values)
    for key in TEXT_RANGE_FIGURES:
        if f"said_{key}" in searcher.schema.names():
            arrays.codes(searcher, f"said_{key}")
    for field in set(FACET_FIELD.values()) - {"section"}:
        arrays.report_values(searcher, field)
    filter_mask(searcher, SECTIONS)
    vocabulary(searcher)  # every grouped search checks its words against it (typos); seconds at 10,000 reports
    for field, text in commonest_terms(arrays, (*FIELD_BOOSTS, "grams"), WARM_POSTINGS):
        # Keyed as queries ask for it: the term's text, not its bytes.
        arrays.postings(searcher, field, arrays.schema[field].from_bytes(text))
    run_search(searcher, SearchParams())
    # A worded query: the query readers' tables (divisions, periods and events, agency names, the
    # figure and comparison words) load on first use, some 40 ms of a process's first search.
    run_search(searcher, SearchParams(q=WARM_QUERY))
    # A query typed in English (english.py) reads its table and the places spelt in pinyin, some
    # 300 ms to build: read here, not by a process's first English search.
    read_english(WARM_ENGLISH)
    # Pinyin initials (initials.py): the table of the vocabulary's initials, some 0.5 s to build.
    reading_table()
    # The figures pages over the whole corpus, their first page as it is asked for.
    build_stats(searcher, StatsParams())
    build_quality(searcher, SearchParams())
    # /trends' yearly sums over the whole corpus: once per generation, here, not in each worker on its first visit
    # (0.3-0.9 s at 10,000 reports, docs/benchmarks.md session 37).
    build_trend(searcher, SearchParams())


def commonest_terms(arrays, fields, count: int) -> list[tuple[str, bytes]]:
    """The ``count`` (field, term bytes) of ``fields`` found in the most documents, from the stores."""
    wanted = {f.encode("utf-8") + b"\x00" for f in fields}
    totals: dict[bytes, int] = {}
    for segment in arrays.segments:
        if segment.store is None:
            continue
        for key, df in segment.store.commonest(count):
            if key[: key.index(b"\x00") + 1] in wanted:
                totals[key] = totals.get(key, 0) + df
    best = sorted(totals, key=lambda k: -totals[k])[:count]
    out = []
    for key in best:
        field, _, text = key.partition(b"\x00")
        out.append((field.decode("utf-8"), text))
    return out

