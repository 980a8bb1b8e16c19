"""Session 33 (2026-12-07): three readings of what a citizen means.

* A topic typed with words of speech around it (水土保持改善措施): when few reports hold every word, the near misses
  are weighed by the topic, not by a word of speech that happens to be rarer (near_weights.py).
* A requester who disagrees and asks what to do (申请人不满意怎么办, 对答复不服找谁) asks for the remedies, 行政复议 and
  行政诉讼, not for a way of handling, and 不满意 is no shortcoming of the body's (frames.take_remedy).
* A figure asked of a department (民政局收到多少信息公开申请): the body decides which reports are listed, the figure's
  other words only rank (named_bodies.figure_of_departments); a report whose text stops before the figure follows.
* Reading government information off line (不上网去哪看): the places the reports name for it (查阅点, 档案馆), not a
  shortcoming 不 | 上网 (everyday_words.tsv; shortcomings.take_problem keeps the table's phrase whole).

The reports and queries are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval import near_weights
from search.retrieval.frames import kinds_asked
from search.retrieval.named_bodies import figure_of_departments
from search.retrieval.query import parse_query
from search.retrieval.shortcomings import PROBLEM_PART
from tests.conftest import made_up_report, other_bodies, written

SPREAD_TEXT = "本年度公开水土保持坡耕地治理项目清单与监测结果。"
REPORTS = {
    **other_bodies(12),
    # The topic at length, worded without the word of speech typed beside it.
    "topic.txt": made_up_report("岚溪县水利局", 2022, {2: SPREAD_TEXT}),
    "topic-2.txt": made_up_report("澄江县水利局", 2022, {2: "本年度公开水土保持治理项目。"}),
    # The word of speech (rarer than the topic here, as 改善 is in the reports) and a common word, not the topic.
    "speech.txt": made_up_report("枫渡镇人民政府", 2022, {2: "本年度改善办公条件，改善服务窗口，采取节能措施。"}),
    # Both: the one full match.
    "both.txt": made_up_report("霞岭县水利局", 2022, {2: "本年度改善水土保持监测站点，落实治理措施。"}),
    # The remedies, in prose (part 四) and in a report that only says how requests were handled.
    "remedy.txt": made_up_report("桐坞镇人民政府", 2022, {4: "本年度申请人对答复提起行政复议1件，维持原答复。"}),
    "handled.txt": made_up_report("柘塘镇人民政府", 2022, {3: "本年度收到申请均按规定办理并答复申请人。"}),
    # A place to read off line.
    "offline.txt": made_up_report("苇港镇人民政府", 2022, {2: "在镇便民服务大厅设置政府信息查阅点，群众可现场查阅政策文件。"}),
}
# A department's reports: a dozen state the figure asked (more than the list's short mark, so no near miss follows
# them), one's text stops before it; other bodies' reports on another subject keep 收到 under the common share.
DEPARTMENT = {
    **{f"other-{i}.txt": made_up_report(f"{name}镇人民政府", 2021, {2: f"本年度主动公开蚕桑技术信息{i + 1}条。"})
       for i, name in enumerate("东南西北春夏秋冬金木水火土风云雷电霜雪雨甲乙丙丁戊")},
    **{f"dept-{i}.txt": made_up_report(f"{name}县民政局", 2021, {3: f"本年度收到政府信息公开申请{i + 1}件。"})
       for i, name in enumerate("甲乙丙丁戊己庚辛壬癸子丑")},
    "dept-cut.txt": made_up_report("霞岭县民政局", 2021, {2: "本年度主动公开婚姻登记办事指南。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("session33_readings", written(REPORTS))


def _order(idx, q: str) -> list[str]:
    return [h.title[:3] for h in run_search(idx, SearchParams(q=q, per_page=20)).hits]


@pytest.fixture
def speech(monkeypatch):
    """改善 and 措施 read as words of speech, as the deployed index reads them (the reports use them about as often as
    everyday Chinese does); a made-up index of a few short reports is too small to show that frequency."""
    monkeypatch.setattr(near_weights, "_speech", lambda searcher, label, sections: label in ("改善", "措施"))


def test_a_near_miss_holding_the_topic_ranks_above_one_holding_a_rarer_word_of_speech(idx, speech):
    order = _order(idx, "水土保持改善措施")
    assert order[0] == "霞岭县"  # the full match first
    assert order.index("岚溪县") < order.index("枫渡镇")


def test_without_the_speech_weight_the_rarer_word_of_speech_wins(idx, speech, monkeypatch):
    monkeypatch.setattr(near_weights, "SPEECH_WEIGHT", 1.0)
    order = _order(idx, "水土保持改善措施")
    assert order.index("枫渡镇") < order.index("岚溪县")


def test_only_beside_a_term_typed_as_one_word_is_speech_weighed_down(idx, speech):
    factors = near_weights.item_factors
    assert list(factors(idx, parse_query("改善 措施"), ["改善", "措施"], None)) == [1.0, 1.0]
    assert list(factors(idx, parse_query("水土保持改善"), ["水土保持", "改善"], None)) == [1.0, near_weights.SPEECH_WEIGHT]


@pytest.mark.parametrize("q", ["申请人不满意怎么办", "对答复不服找谁", "对结果不认可怎么办", "不满意怎么办"])
def test_a_disagreeing_requesters_question_asks_for_the_remedies(q):
    parsed = parse_query(q)
    assert "remedy" in kinds_asked(parsed.text) and "handle" not in kinds_asked(parsed.text)
    assert ["行政复议", "行政诉讼"] in [c.alternatives for c in parsed.must]
    assert parsed.prefer_part != PROBLEM_PART  # 不满意 is no shortcoming of the body's
    assert any("救济途径" in n for n in parsed.notes) and not any("办理方式" in n for n in parsed.notes)


@pytest.mark.parametrize("q", ["低保怎么办理", "群众投诉怎么处理", "申请人不满意的比例"])
def test_without_both_a_disagreement_and_what_to_do_no_remedy_is_read(q):
    assert "remedy" not in kinds_asked(q)


@pytest.mark.parametrize("q", ["行政复议 诉讼 申请人不满意", "对答复不服 起诉", "不认可结果 投诉"])
def test_a_disagreement_beside_a_remedy_typed_asks_for_the_remedies(q):
    # The remedy typed says what to do as 怎么办 does (QA 35 #2): 不满意 is no shortcoming of the body's here either.
    parsed = parse_query(q)
    assert "remedy" in kinds_asked(parsed.text)
    assert parsed.prefer_part != PROBLEM_PART
    assert any("救济途径" in n for n in parsed.notes)


@pytest.mark.parametrize("q", ["申请人不满意怎么办", "对答复不满意怎么办", "不服答复怎么办"])
def test_a_remedy_question_asks_no_count(q):
    # What a requester can do is no figure: ordering by how many were sued answers another question, and one
    # wording of the same question must not order by it while another does not (QA 35 #3).
    assert parse_query(q).figure is None


def test_the_remedies_rank_above_a_report_that_only_handled_requests(idx):
    order = _order(idx, "申请人不满意怎么办")
    assert order[0] == "桐坞镇"
    assert "柘塘镇" not in order[:1]


def test_reading_off_line_is_the_places_to_read_not_a_shortcoming(idx):
    parsed = parse_query("不上网去哪看政府文件")
    assert parsed.prefer_part != PROBLEM_PART
    assert _order(idx, "不上网去哪看政府文件")[0] == "苇港镇"


def test_a_figure_asked_of_a_department_lists_its_report_that_does_not_state_it_after_those_that_do(indexes):
    idx = indexes.searcher("session33_department", written(DEPARTMENT))
    order = _order(idx, "民政局收到多少信息公开申请")
    assert len(order) == 13 and order[-1] == "霞岭县"


@pytest.mark.parametrize("q,departments", [("民政局收到多少信息公开申请", True), ("民政部 行政复议", True),
                                           ("镇政府收到多少申请", False), ("医院 收费", False), ("低保 多少", False)])
def test_only_departments_named_by_function_decide_a_figures_list(q, departments):
    assert figure_of_departments(parse_query(q)) is departments
