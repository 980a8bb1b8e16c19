"""The one way into the search engine: everything the web layer uses, and nothing else.

``app.py`` imports this package and no module inside it (as microblog's app sees its engine only
through ``app/search.py``), so the sub-packages can change behind these names:

- the index: ``IndexHandle`` (one per process; ``searcher()`` once per request), ``IndexMissing``,
  ``index_root``, ``init_jieba`` (load the dictionaries at start-up);
- a search: ``SearchParams.from_args(request.args)``, then ``run_search(searcher, params)``; its
  JSON is ``result_json(result)``;
- a report: ``report_page`` (the page's data), ``get_report`` (the stored JSON), ``find_original``
  (the file it was read from), ``highlight`` (the template filter that marks terms), ``short_link`` (the one that
  writes a link's Chinese as characters, not escapes), ``search_report_link`` (a hit's link, the search's state in it)
  and ``report_link`` (any other link to a report page);
- the figures pages and their JSON twins: ``stats_page`` / ``build_stats`` / ``stats_json``,
  ``build_trend`` / ``trend_json``, ``compare_reports`` / ``comparison_json``, ``build_quality`` /
  ``quality_json``; ``export`` (CSV and JSON files; ``BadRequest`` for arguments it cannot use);
- the agencies: ``AgencyParams.from_args`` then ``list_agencies`` / ``agencies_json`` (browse by
  place and kind), ``agency_page`` / ``agency_page_json`` (one body over the years);
- the Atom feeds: ``search_feed`` (a search's newly indexed reports), ``agency_feed`` (a body's);
- ``openapi_spec()``, the API's description; ``EXAMPLE_SEARCHES``, the searches the home page and the
  help offer as examples.

Inside: ``retrieval/`` finds sections (parameters, query language, filters, matching on arrays,
facets, snippets, ``run_search``), ``figures/`` works on the tables' numbers across reports,
``agencies/`` on the bodies behind the reports (their ids, names, places and years), and
``output/`` shapes what leaves for the web layer; ``schema``, ``analysis``, ``vocabulary``,
``postings`` (the postings store's format) and ``figures.digest`` (what the figures pages keep of
each report) are shared with the indexer, which may import them (never the reverse).

The names load on first use, all at once: the indexer imports ``search.schema`` and
``search.vocabulary`` without loading the query engine (numpy, pypinyin …), and a web process loads
all of it in ``create_app``, before gunicorn's ``--preload`` forks the workers.
"""
from __future__ import annotations

import importlib

# The wall: module -> the names it gives the web layer.
_WALL = {
    "search.analysis": ("init_jieba",),
    "search.echo": ("printable",),
    "search.raw_utf8": ("RawUtf8Query",),
    "search.index": ("IndexHandle", "IndexMissing", "index_root"),
    "search.retrieval.params": ("SearchParams",),
    "search.retrieval.engine": ("get_report", "run_search"),
    "search.retrieval.snippets": ("highlight",),
    "search.figures.stats_params": ("StatsParams",),
    "search.figures.stats": ("build_stats",),
    "search.figures.stats_page": ("stats_page",),
    "search.figures.trends": ("build_trend",),
    "search.figures.compare": ("compare_reports",),
    "search.figures.quality": ("build_quality", "QUALITY_PAGE"),
    "search.output.report_page": ("report_page",),
    "search.output.originals": ("find_original", "original_missing"),
    "search.output.links": ("short_link",),
    "search.report_links": ("report_link", "search_report_link"),
    "search.agencies.directory": ("agency_path",),
    "search.agencies.browse": ("AgencyParams", "list_agencies"),
    "search.agencies.page": ("agency_page",),
    "search.agencies.aliases": ("moved_agency", "unknown_agency"),
    "search.output.shapes": ("agencies_json", "agency_page_json", "comparison_json", "quality_json", "result_json",
                             "trend_json"),
    "search.output.feeds": ("agency_feed", "search_feed"),
    "search.output.export": ("BadRequest", "export", "stats_json"),
    "search.output.openapi": ("openapi_spec",),
    "search.output.examples": ("EXAMPLE_SEARCHES",),
}
__all__ = sorted(name for names in _WALL.values() for name in names)


def __getattr__(name: str):
    if name not in __all__:
        raise AttributeError(f"module 'search' has no attribute {name!r}")
    for module, names in _WALL.items():
        loaded = importlib.import_module(module)
        globals().update((n, getattr(loaded, n)) for n in names)
    return globals()[name]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
