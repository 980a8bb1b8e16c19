"""Session 32 (2026-12-07): the reports' own word for a citizen's (a one-way line of synonyms.txt: 手机 => 政务新媒体)
weighs as the word typed (synonyms.ONE_WAY_WEIGHT), as an everyday row's wordings do (everyday.EVERYDAY_BOOST): a
report naming its new media ranks with one where 手机 passes in a sentence, not under it. A two-way synonym keeps
its lower weight. The reports and queries are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query_tree import SYNONYM_BOOST
from search.retrieval.synonyms import ONE_WAY_WEIGHT, synonym_weight
from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    **other_bodies(10),
    # The subject in the reports' words, in a part as long as the other's.
    "media.txt": made_up_report("霞岭镇人民政府", 2022, {2: "本年度通过政务新媒体发布蚕桑技术信息，更新及时。"}),
    # The citizen's word in passing.
    "passing.txt": made_up_report("枫渡镇人民政府", 2022, {2: "本年度群众可用手机查询蚕桑技术信息，更新及时。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("one_way_weight", written(REPORTS))


def test_the_reports_word_for_a_citizens_weighs_as_the_word_typed():
    assert synonym_weight("手机", "政务新媒体", SYNONYM_BOOST) == ONE_WAY_WEIGHT == 1.0
    assert synonym_weight("复议", "行政复议", SYNONYM_BOOST) == SYNONYM_BOOST  # a two-way group
    assert synonym_weight("政务新媒体", "手机", SYNONYM_BOOST) == SYNONYM_BOOST  # never the other way


def _scores(idx, q: str) -> dict[str, float]:
    return {h.title[:3]: h.score for h in run_search(idx, SearchParams(q=q, per_page=10)).hits}


def test_a_report_in_the_reports_words_scores_as_if_the_citizen_had_typed_them(idx):
    said, written_so = _scores(idx, "手机"), _scores(idx, "政务新媒体")
    assert said["霞岭镇"] == pytest.approx(written_so["霞岭镇"])
    assert said["霞岭镇"] > said["枫渡镇"]
