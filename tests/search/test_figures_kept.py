"""The figures pages keep what they compute of a selection for the index generation they read: /trends' yearly sums and
/stats' sorted rows are computed on the first visit, reused while the index stays, and computed afresh after a build.
Whatever was kept, the pages say what a fresh computation says. The reports are made up for this test."""
from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from indexer.build import build_index
from search.figures import stats_selection
from search.figures.records import record_store
from search.figures.stats import build_stats
from search.figures.stats_params import StatsParams
from search.figures.trends import TRENDS_KEPT, build_trend
from search.index import IndexHandle
from search.output.shapes import trend_json
from search.retrieval.params import SearchParams
from tests.conftest import made_up_report

BODIES = ["亥阳县乡村振兴局", "亥阳县退役军人事务局", "子阴县乡村振兴局"]


def _write(folder, years: list[int]) -> None:
    for i, agency in enumerate(BODIES):
        for year in years:
            (folder / f"{i}-{year}.txt").write_text(
                made_up_report(agency, year, {1: "本年度依法公开政府信息。",
                                              3: f"全年共受理政府信息公开申请{3 * i + year - 2019}件，均按期答复。"}),
                encoding="utf-8")


@pytest.fixture()
def index(tmp_path):
    """An index of three bodies' reports on 2020-2021, and a function that adds 2022's and builds again."""
    corpus, root = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    _write(corpus, [2020, 2021])
    build_index([corpus], root, jobs=1)
    handle = IndexHandle(root)

    def rebuild():
        _write(corpus, [2022])
        build_index([corpus], root, jobs=1)
        return handle.searcher()
    yield handle.searcher(), rebuild
    handle.close()


def _stats(searcher, **args) -> object:
    return build_stats(searcher, StatsParams.from_args(MultiDict(args)))


def test_a_trend_is_summed_once_per_generation_and_again_after_a_build(index):
    searcher, rebuild = index
    first = build_trend(searcher, SearchParams())
    again = build_trend(searcher, SearchParams(), [])
    assert again.series is first.series  # kept: the same sums, not summed again
    assert trend_json(again) == trend_json(first)
    record_store(searcher).cache.pop("trends")  # what a fresh process computes
    fresh = build_trend(searcher, SearchParams())
    assert fresh.series is not first.series and trend_json(fresh) == trend_json(first)
    assert first.years == [2020, 2021]

    newer = rebuild()
    assert newer.generation is not searcher.generation
    after = build_trend(newer, SearchParams())
    assert after.years == [2020, 2021, 2022]  # the new build's reports, not the kept sums of the old
    assert [p.value for p in after.series[0].points] == [1 + 4 + 7, 2 + 5 + 8, 3 + 6 + 9]


def test_a_trend_kept_keeps_its_own_selection_s_words(index):
    """A selection is kept by its reports and figures: another query selecting the same reports reuses the sums,
    with its own notes and links."""
    searcher, _ = index
    everything = build_trend(searcher, SearchParams())
    asked = build_trend(searcher, SearchParams.from_args(MultiDict({"q": "政府信息", "page": "2"})))
    assert asked.series is everything.series
    assert asked.params.q == "政府信息" and not everything.params.q
    assert [c.label for c in asked.chips] != [c.label for c in everything.chips]
    assert any("不分页" in m for m in asked.messages) and not any("不分页" in m for m in everything.messages)


def test_a_generation_keeps_a_bounded_number_of_trends(index):
    searcher, _ = index
    for agency in BODIES:
        build_trend(searcher, SearchParams(q=agency))
    for figures in (["requests_new"], ["rate_disclosed"], ["litigation_total"], ["requests_total"], ["outcome_refused"],
                    ["reconsideration_total"]):
        build_trend(searcher, SearchParams(), figures)
    assert len(record_store(searcher).cache["trends"]) == TRENDS_KEPT


def test_the_statistics_rows_are_sorted_once_per_order_and_generation(index, monkeypatch):
    searcher, rebuild = index
    by_requests = _stats(searcher, by="requests_new")
    assert _stats(searcher, by="requests_new").all_rows is by_requests.all_rows
    assert [r.values["requests_new"] for r in by_requests.all_rows] == [8, 7, 5, 4, 2, 1]
    by_year = _stats(searcher, by="year", dir="asc")
    assert [r.record.year for r in by_year.all_rows] == [2020] * 3 + [2021] * 3
    # Ties keep the agencies' order (by their names' pinyin), whichever order was asked first.
    assert [r.record.agency for r in by_year.all_rows[:3]] == ["亥阳县退役军人事务局", "亥阳县乡村振兴局", "子阴县乡村振兴局"]

    monkeypatch.setattr(stats_selection, "ORDERS_KEPT", 2)
    for by in ("agency", "level", "check"):
        _stats(searcher, by=by)
    assert len(stats_selection.selected_rows(searcher, StatsParams.from_args(MultiDict())).orders) == 2  # bounded
    assert [r.values["requests_new"] for r in _stats(searcher, by="requests_new").all_rows] == [8, 7, 5, 4, 2, 1]

    after = _stats(rebuild(), by="requests_new")
    assert after.all_rows is not by_requests.all_rows
    assert [r.values["requests_new"] for r in after.all_rows] == [9, 8, 7, 6, 5, 4, 3, 2, 1]


def test_the_warming_sums_the_whole_corpus_trend_so_that_no_first_visit_does(index, monkeypatch):
    """A process's first /trends sums nothing: the warming summed the whole corpus's (session 37: 0.3-0.9 s of a
    worker's first visit at 10,000 reports); another selection is still summed on its first visit."""
    from search.figures import trends
    from search.retrieval.warm import warm

    searcher, _ = index
    warm(searcher)

    def summed_again(*args, **kwargs):
        raise AssertionError("summed on a visit")

    monkeypatch.setattr(trends, "trend_of", summed_again)
    assert build_trend(searcher, SearchParams()).years == [2020, 2021]
    with pytest.raises(AssertionError, match="summed on a visit"):
        build_trend(searcher, SearchParams(q=BODIES[0]))


def test_a_trend_waits_only_for_the_sums_of_its_own_selection(index, monkeypatch):
    """Review 37 #4: one lock for every selection made an agency's trend wait while the whole corpus's was summed
    (the warming's, or another visitor's). The same selection still waits, and is summed once."""
    import threading

    from search.figures import trends

    searcher, _ = index
    entered, release, calls = threading.Event(), threading.Event(), []
    summing = trends.trend_of

    def slow(searcher, records, params, figures, messages=None):
        calls.append(len(records))
        if len(records) == len(BODIES) * 2:  # the whole corpus: held until released
            entered.set()
            release.wait(60)
        return summing(searcher, records, params, figures, messages)

    monkeypatch.setattr(trends, "trend_of", slow)
    whole = [threading.Thread(target=build_trend, args=(searcher, SearchParams())) for _ in range(2)]
    whole[0].start()
    assert entered.wait(30)
    whole[1].start()  # the same selection: waits for the first's sums
    one = threading.Thread(target=build_trend, args=(searcher, SearchParams(agency=(BODIES[0],))))
    one.start()
    one.join(10)  # (a guard against hanging the suite: it returns at once unless it waits on the corpus's lock)
    done_before_release = not one.is_alive()
    release.set()
    for thread in [*whole, one]:
        thread.join(30)
    assert done_before_release
    assert calls.count(len(BODIES) * 2) == 1  # the corpus summed once, its second visitor waited for it
