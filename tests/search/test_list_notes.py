"""The page's count of a list whose full matches are few names the words it counts, as typed, and the words the
reports after them are near (search/retrieval/list_notes.py, session 35). /?q=派出所 said 没有“派出所”发布的报告，正文也没有
写“派出所”；下面是正文提到它所属的“公安局”的报告。 and then 只有 2 份报告包含所查词语，其后是全文用字相近的报告。: the words of
the second were the 公安局, and the report after them held 派出 (派出机构). The same for every query the search reads
otherwise: an everyday word, a word no report uses left out, a year read as the report's. Bodies and words are made up.
"""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    # No report is a 公安局's or writes 派出所; one names the bureau in passing, one writes 派出机构.
    "county.txt": made_up_report("戊县人民政府", 2021, {2: "县公安局、县菌草推广站等部门主动公开行政执法信息。"}),
    "branch.txt": made_up_report("己县蚕桑指导站", 2021, {2: "指导站及其派出机构公开蚕茧收购价格。"}),
    "fungus.txt": made_up_report("宁陵县菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单和蚕茧价格。"}),
    # 开公司 is searched in the reports' wordings (市场主体): one writes them, one only 公司.
    "market.txt": made_up_report("庚县市场监督管理局", 2021, {2: "本年度新登记市场主体120户，公开登记注册指南。"}),
    "water.txt": made_up_report("辛县菌草推广站", 2021, {2: "公开县供水公司水价调整信息。"}),
    **other_bodies(6),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("list-notes", written(REPORTS))


def _messages(idx, q: str) -> tuple[list[str], list[str]]:
    result = run_search(idx, SearchParams(q=q, per_page=20))
    return [h.agency for h in result.hits], result.messages


def test_an_informal_name_read_as_its_body_is_counted_as_that_body(idx):
    agencies, messages = _messages(idx, "派出所")
    assert agencies[0] == "戊县人民政府" and "己县蚕桑指导站" in agencies  # the bureau's mention, then 派出机构's fill
    assert "没有“派出所”发布的报告，正文也没有写“派出所”；下面是正文提到它所属的“公安局”的报告。" in messages
    assert "只有 1 份报告提到“公安局”，其后是全文用字与“派出所”相近的报告。" in messages, messages
    assert not any("所查词语" in m for m in messages), messages


def test_a_word_no_report_uses_is_not_among_the_words_counted(idx):
    _, messages = _messages(idx, "菌草 蚕茧 火星")
    assert "没有报告使用“火星”，已按其余词语查找。" in messages
    counted = next(m for m in messages if m.startswith("只有 "))
    assert "“菌草”“蚕茧”" in counted and "火星" not in counted, messages


def test_a_year_read_as_the_reports_year_is_no_word_counted(idx):
    _, messages = _messages(idx, "2021年 菌草 蚕茧")
    counted = next(m for m in messages if m.startswith("只有 "))
    assert counted.startswith("只有 1 份报告与“菌草”“蚕茧”相符") and "2021" not in counted, messages


def test_an_everyday_word_is_counted_as_read(idx):
    _, messages = _messages(idx, "开公司")
    assert any(m.startswith("报告很少用“开公司”这一说法") for m in messages), messages
    assert "只有 1 份报告与“开公司”相符（按上述理解），其后是全文用字与“开公司”相近的报告。" in messages, messages
