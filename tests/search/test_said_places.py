"""Places said as people say them (春城, 三秦, 粤, 苏南: search/data/place_names.tsv) rank and note the
divisions they stand for, as the divisions' own names do. The reports are made up for these tests;
none of the queries is in the judged relevance set."""
from __future__ import annotations

import jieba
import pytest

from search import SearchParams, run_search
from search.analysis import init_jieba
from search.retrieval.places import PLACE_NAMES, find_places, said_names
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies as listed, written


def _report(agency: str, body: str) -> str:
    return made_up_report(agency, 2022, {1: body, 2: "本年主动公开政府信息若干条。"})


REPORTS = {
    # Kunming's bodies, which never write 春城; a district bureau names only its district.
    "wuhua-civil.txt": _report("昆明市五华区民政局", "本局公开社会救助和低保信息。"),
    "kunming-gov.txt": _report("昆明市人民政府办公厅", "本厅公开重大决策信息。"),
    # Another province's bureau that holds the nickname's characters in another sense.
    "changchun-civil.txt": _report("长春市朝阳区民政局", "本局开展北国春城养老服务宣传，公开社会救助信息。"),
    # A Guangdong city bureau (never writes 粤 or 广东) and a Shaanxi one (never writes 三秦).
    "tianhe-civil.txt": _report("广州市天河区民政局", "本局公开养老服务信息。"),
    "yanta-civil.txt": _report("西安市雁塔区民政局", "本局公开低保信息。"),
    # A Jiangsu township of the south and one of the north, for an everyday region.
    "wuxi-town.txt": _report("无锡市惠山区洛社镇人民政府", "本镇公开惠民补贴信息。"),
    "xuzhou-town.txt": _report("徐州市铜山区柳泉镇人民政府", "本镇公开惠民补贴信息。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("said-places", written(REPORTS))


def _names(text: str) -> set[str]:
    return {u.name for h in find_places(text) for u in h.units}


def test_a_name_people_say_reads_as_its_divisions():
    assert _names("春城") == {"昆明市"}
    assert _names("三秦") == _names("陕西") == {"陕西省"}
    assert _names("粤") == {"广东省"}
    assert _names("苏南地区") == _names("苏南") == {"南京市", "苏州市", "无锡市", "常州市", "镇江市"}
    # A name that is also a division's short form names both: 江城 is 武汉市 and 阳江市江城区.
    assert {"武汉市", "江城区"} <= _names("江城")


def test_inside_a_run_only_a_word_of_its_own_and_never_a_place_of_its_own():
    assert _names("春城低保") == _names("春城乡镇") == {"昆明市"}
    assert _names("魔都低保") == {"上海市"}  # jieba cuts 魔 / 都: a name of whole words still counts
    assert _names("机关中的") == set()  # 关中 across two words is no name
    assert _names("春城街道") == set()  # a street office of that name, not Kunming
    assert _names("金城江区") == {"金城江区"}  # a district of 河池, not 兰州 (金城)
    assert _names("粤港澳") == set()  # one character counts only typed alone


def test_ordinary_and_template_words_are_no_places():
    for word in ("新", "申请", "长安", "中原", "市场监管", "信息公开", "宁"):
        assert not any(h.said for h in find_places(word)), word


def test_every_name_is_known_and_no_report_word():
    """A misspelt division would drop a name silently; a name the template or an agency uses would
    take a topic query for a place."""
    from search.retrieval.suggest import _agency_names
    from search.retrieval.places import full_name_units, load_divisions

    rows = [line.split("\t") for line in PLACE_NAMES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) > 50 and len(said_names()) == len(rows)
    agency_words = _agency_names()
    init_jieba()
    for name, kind, divisions in rows:
        assert kind in ("简称", "别称", "古称", "旧称", "俗称"), name
        assert len(said_names()[name][1]) == len(divisions.split(",")), name
        assert not full_name_units(name) and name not in load_divisions().by_name, name
        assert not any(name in word for word in agency_words), name
        if len(name) == 1:  # a character typed alone: the province's, not a word of everyday Chinese
            assert jieba.dt.FREQ.get(name, 0) < 10_000, name


def test_the_places_reports_come_first_as_for_its_official_name(idx):
    got = listed(idx, "春城 民政局")
    assert got[0] == "昆明市五华区民政局"
    assert "长春市朝阳区民政局" in got  # it holds 春城, in another sense: after Kunming's
    assert got[:1] == listed(idx, "昆明 民政局")[:1]
    assert set(listed(idx, "春城")[:2]) == set(listed(idx, "昆明")[:2]) == {"昆明市五华区民政局", "昆明市人民政府办公厅"}


def test_the_note_says_what_the_name_stands_for(idx):
    result = run_search(idx, SearchParams(q="春城 民政局"))
    assert any(m.startswith("“春城”（昆明市的别称）按报告地区理解：昆明市的报告排在前面") for m in result.messages)
    assert parse_query("春城 民政局").must[0].alternatives == ["春城", "昆明"]


def test_a_short_form_and_a_literary_name_find_reports_that_never_write_them(idx):
    assert listed(idx, "粤 民政局")[0] == "广州市天河区民政局"
    assert listed(idx, "三秦 民政局")[0] == "西安市雁塔区民政局"
    assert listed(idx, "春城低保")[0] == "昆明市五华区民政局"


def test_an_everyday_region_ranks_its_cities_first(idx):
    assert listed(idx, "苏南 镇政府")[0] == "无锡市惠山区洛社镇人民政府"
    assert listed(idx, "苏北 镇政府")[0] == "徐州市铜山区柳泉镇人民政府"
