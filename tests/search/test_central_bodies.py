"""A central body named whose own reports the list does not hold: the page says so above the local bodies of its
function it lists. The reports are made up for these tests; none of the queries is in the judged relevance set."""
from __future__ import annotations

from search import SearchParams, run_search
from tests.conftest import made_up_report, written

LOCAL = {f"local{i}.txt": made_up_report(f"{place}市场监督管理局", 2022, {1: "本局主动公开食品抽检信息。"})
         for i, place in enumerate(("灵武市", "青铜峡市", "中宁县"))}
CENTRAL = {"central.txt": made_up_report("国家市场监督管理总局", 2022, {1: "本局主动公开市场监管政策。"})}


def _notes(idx, q: str) -> list[str]:
    return [m for m in run_search(idx, SearchParams(q=q)).messages if "本身发布的报告" in m]


def test_a_central_body_with_no_report_listed_is_named_in_a_note(indexes):
    idx = indexes.searcher("central-absent", written(LOCAL))
    result = run_search(idx, SearchParams(q="国家市场监督管理总局"))
    assert {h.agency for h in result.hits} >= {"灵武市市场监督管理局", "中宁县市场监督管理局"}
    assert _notes(idx, "国家市场监督管理总局") == ["没有“国家市场监督管理总局”本身发布的报告，下面是各地同类机关的报告。"]
    assert _notes(idx, "市场监管总局 2022")  # its short name too
    # a local body's name, or a function with no level, says nothing of the kind
    assert not _notes(idx, "市场监督管理局") and not _notes(idx, "灵武市市场监督管理局")


def test_no_note_when_the_central_body_s_report_is_listed(indexes):
    idx = indexes.searcher("central-present", written(LOCAL | CENTRAL))
    result = run_search(idx, SearchParams(q="国家市场监督管理总局"))
    assert result.hits[0].agency == "国家市场监督管理总局"
    assert not _notes(idx, "国家市场监督管理总局")



COUNTY = {"county.txt": made_up_report("灵武市人民政府", 2022, {1: "落实国家市场监督管理总局部署，公开抽检结果。"})}


def test_a_list_of_mentions_only_is_not_called_the_namesakes(indexes):
    idx = indexes.searcher("central-absent-mentions", written(LOCAL | COUNTY))
    result = run_search(idx, SearchParams(q="国家市场监督管理总局"))
    assert {h.agency for h in result.hits} == {"灵武市人民政府"}
    assert _notes(idx, "国家市场监督管理总局") == ["没有“国家市场监督管理总局”本身发布的报告，下面是提到它的报告。"]


def test_the_namesakes_first_are_not_called_the_central_body_s_own(indexes):
    # the bureaus quote the ministry too: they come first, the county government's report after them; "“国家…”发布的
    # 报告排在前面" would contradict the note that it published none
    quoting = {f"local{i}.txt": made_up_report(f"{place}市场监督管理局", 2022, {1: "按国家市场监督管理总局要求公开抽检信息。"})
               for i, place in enumerate(("灵武市", "青铜峡市", "中宁县"))}
    idx = indexes.searcher("central-absent-mixed", written(quoting | COUNTY))
    result = run_search(idx, SearchParams(q="国家市场监督管理总局"))
    assert result.hits[-1].agency == "灵武市人民政府" and len(result.hits) == 4
    assert _notes(idx, "国家市场监督管理总局") == [
        "没有“国家市场监督管理总局”本身发布的报告，下面各地同类机关的报告排在前面，其后是其他机关的报告。"]
    assert not [m for m in result.messages if m.endswith("发布的报告排在前面，其后是其他机关的报告。")]
    by_date = run_search(idx, SearchParams(q="国家市场监督管理总局", sort="newest")).messages
    assert "没有“国家市场监督管理总局”本身发布的报告，下面是各地同类机关的报告。" in by_date
