"""Session 27's ranking round (2026-12-06): a word of several of the template's part headings (信息, 政府, 情况) counts
in a heading as in the text, since nearly every report heads its parts with those words; a word of one heading only
(行政复议, 问题) still names its part there. The reports and queries are made up; none is in a judged set or its
rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query_tree import _field_boost
from search.schema import FIELD_BOOSTS
from tests.conftest import made_up_report, written

# Bodies that name the topic once in part 二, whose template heading (二、主动公开政府信息情况) holds 信息: the words
# of the query are all in the part, the one that asks what was published only in its heading.
HEADED = {f"headed-{i}.txt": made_up_report(f"{name}县农业农村局", 2022, {2: "公开蜂蜜抽检计划，做好蜂蜜产品检测工作。"})
          for i, name in enumerate("甲乙丙丁戊")}
# Bodies on other subjects, so that the topic is a rare word, their parts under headings of other words (as most of a
# real index's parts are: openings, problems, other matters, and the parts of reports older than the template).
OTHERS = {f"other-{i}.txt": made_up_report(f"{name}镇人民政府", 2022, {
    1: f"本年度召开专题会议{i}次。", 5: "培训不够深入。", 6: "无其他事项。"}) for i, name in enumerate("东南西北春夏秋冬金木水火土")}
REPORTS = {
    **HEADED,
    **OTHERS,
    # The one that answers: its opening states what it published on the topic, in its own words.
    "answers.txt": made_up_report("子溪县市场监督管理局", 2022, {
        1: "本年度依法推进政务公开，全年发布蜂蜜质量抽检信息24条，公布不合格产品的处置结果，及时回应社会关切。",
        2: "主动公开规范性文件3件。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("ranking_session27", written(REPORTS))


@pytest.mark.parametrize("word, boost", [
    ("信息", FIELD_BOOSTS["body"]),  # in the headings of parts 二, 三 and 四
    ("政府信息公开", FIELD_BOOSTS["body"]),  # 三 and 四
    ("情况", FIELD_BOOSTS["body"]),  # five of the six
    ("行政复议", FIELD_BOOSTS["section_title"]),  # part 四's alone: it names that part
    ("问题", FIELD_BOOSTS["section_title"]),  # part 五's alone
    ("蜂蜜", FIELD_BOOSTS["section_title"]),  # no heading's
])
def test_a_word_of_several_template_headings_counts_as_text(word, boost):
    assert _field_boost("section_title", FIELD_BOOSTS["section_title"], word) == boost
    assert _field_boost("body", FIELD_BOOSTS["body"], word) == FIELD_BOOSTS["body"]


def test_the_report_stating_what_it_published_comes_before_a_heading_naming_information(idx):
    hits = run_search(idx, SearchParams(q="蜂蜜的信息", per_page=20)).hits
    # Before, each part 二 holding 蜂蜜 once ranked first by its template heading's 信息 (boosted as a heading).
    assert [h.agency for h in hits][:1] == ["子溪县市场监督管理局"]
