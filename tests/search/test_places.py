"""Places typed as words rank the reports of bodies located there first instead of being searched
as text only. The reports are made up for these tests; none of the queries is in the judged
relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.places import find_places
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, written


def _report(agency: str, body: str, year: int = 2022) -> str:
    return made_up_report(agency, year, {1: body, 2: "本年主动公开政府信息若干条。"})


REPORTS = {
    # Zhejiang's bodies never write their province.
    "xiaoshan-health.txt": _report("杭州市萧山区卫生健康局", "本局公开医疗机构执业信息。"),
    "yuhang-civil.txt": _report("杭州市余杭区民政局", "本局公开养老服务补贴发放信息。"),
    # A Jiangsu body that names 浙江 in its text, twice.
    "jiangning-health.txt": _report("南京市江宁区卫生健康局", "赴浙江学习医疗改革经验，与浙江医院合作。"),
    "dongcheng-street.txt": _report("北京市东城区东华门街道办事处", "街道公开辖区民生信息。"),
    "haidian-gov.txt": _report("北京市海淀区人民政府", "区政府公开重大项目信息。"),
    "qiaoxi-street.txt": _report("石家庄市桥西区中山街道办事处", "街道公开低保信息。"),
    "zhongshan-civil.txt": _report("中山市民政局", "本局公开低保信息。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("places", written(REPORTS))


def listed(searcher, q: str) -> list[str]:
    return [h.agency for h in run_search(searcher, SearchParams(q=q)).hits]


def test_a_place_beside_other_words_ranks_the_places_reports_first_with_a_note(idx):
    result = run_search(idx, SearchParams(q="浙江 卫健委"))
    agencies = [h.agency for h in result.hits]
    # The Zhejiang health bureau, whose text never writes 浙江, before the Jiangsu one that does.
    assert agencies.index("杭州市萧山区卫生健康局") < agencies.index("南京市江宁区卫生健康局")
    assert agencies[0] == "杭州市萧山区卫生健康局"
    assert any(m.startswith("“浙江”按报告地区理解：浙江省") for m in result.messages)
    # Sorted by date, the place comes first only by relevance, and the note says so.
    newest = run_search(idx, SearchParams(q="浙江 卫健委", sort="newest")).messages
    assert any(m.startswith("“浙江”按报告地区理解：按相关度排序时浙江省的报告排在前面") for m in newest)



def test_a_place_no_matching_report_has_is_said_to_be_absent(idx):
    # No report is Yunnan's: the list holds other places' reports, and the note says so.
    result = run_search(idx, SearchParams(q="云南 低保"))
    assert {h.agency for h in result.hits} == {"石家庄市桥西区中山街道办事处", "中山市民政局"}
    assert "“云南”按报告地区理解，但没有云南省的报告符合查询，下面是其他地区的报告。" in result.messages
    assert not any(m.startswith("“云南”按报告地区理解：") for m in result.messages)

def test_the_places_other_reports_come_before_another_places_matches(idx):
    got = listed(idx, "北京 街道")
    assert got[0] == "北京市东城区东华门街道办事处"
    # Beijing's district government lacks 街道 but is Beijing's: it comes before Hebei's street office.
    assert got.index("北京市海淀区人民政府") < got.index("石家庄市桥西区中山街道办事处")


def test_a_county_and_a_city_name_narrow_to_their_area(idx):
    assert listed(idx, "海淀区 重大项目")[0] == "北京市海淀区人民政府"
    assert listed(idx, "杭州 养老服务")[0] == "杭州市余杭区民政局"
    assert listed(idx, "余杭 补贴")[0] == "杭州市余杭区民政局"


def test_a_short_form_inside_a_name_is_the_name_not_the_place(idx):
    # 中山街道 is a street office of 石家庄; 中山 alone between spaces is the city.
    assert parse_query("中山街道").place_hints == []
    assert listed(idx, "中山街道")[0] == "石家庄市桥西区中山街道办事处"
    assert "中山市" in [u.name for h in parse_query("中山 低保").place_hints for u in h.units]
    assert listed(idx, "中山 低保")[0] == "中山市民政局"


def test_what_is_read_as_a_place():
    def names(text: str) -> list[str]:
        return [u.name for h in find_places(text) for u in h.units]

    assert names("浙江") == ["浙江省"] and names("内蒙古") == ["内蒙古自治区"]
    assert names("北京市统计局") == ["北京市"]  # a full name heading a run: the body's region
    assert names("请问四川省卫生健康委员会有没有公开疫情防控的信息") == ["四川省"]
    assert names("海淀") == ["海淀区"]
    # Everyday words that are also short forms of a county, and names of no region, are words
    # (a region's group name, 长三角 or 东北, reads as its provinces: test_region_groups.py).
    for word in ("东方", "永安", "红旗", "全国", "国务院"):
        assert names(word) == [], word
    # Quoted or OR'd words are searched as typed; a place within another drops out (集美区 says it all).
    assert parse_query('"浙江" 卫健委').place_hints == []
    assert parse_query("浙江 OR 江苏").place_hints == []
    assert [h.word for h in parse_query("厦门 集美区").place_hints] == ["集美区"]


@pytest.mark.parametrize("q", ["北京 北京 北京", "浙江省浙江省", "海淀区 -海淀区", "北京 year:2020", "省 市 县",
                               "北京市 2020 街道 OR 乡镇", "\"北京\" 北京", "中山 中山街道"])
def test_odd_place_inputs_search_without_error(idx, q):
    result = run_search(idx, SearchParams(q=q))
    assert result.total >= 0


def test_one_place_typed_twice_is_one_place_with_one_note():
    parsed = parse_query("深圳 深圳市 年报")
    assert [h.word for h in parsed.place_hints] == ["深圳"]
    assert sum("按报告地区理解" in n for n in parsed.notes) == 1, parsed.notes
    # two places stay two
    assert [h.word for h in parse_query("浙江 江苏 乡镇").place_hints] == ["浙江", "江苏"]
