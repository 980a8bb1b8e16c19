"""The functions of bodies that publish reports besides the government's departments (offices, vertical bureaus,
centres, councils: agency_functions.tsv, session 20), found by every kind of name a citizen types: an abbreviation
the rule derives, one the table lists, another full form, an informal name, a generic 部门. The reports, their
bodies and their text are made up for these tests; none is a report of the shared corpus or the judged set."""
from __future__ import annotations

import pytest

from indexer.identity import identify
from search import agency_names as names
from search.retrieval.issuers import concept_of
from tests.conftest import made_up_report, ranked_agencies as agencies, written

WHERE = {"province": "宁夏回族自治区", "city": "石嘴山市", "county": "平罗县"}


def _report(agency: str, body: str) -> str:
    return made_up_report(agency, 2023, {1: f"2023年，{body}", 2: "本年主动公开政府信息若干条。"})


BODIES = {
    "jiguan": "平罗县机关事务管理局", "qiaowu": "平罗县侨务办公室", "taiban": "平罗县台湾工作办公室",
    "bianban": "平罗县机构编制委员会办公室", "finance": "平罗县地方金融监督管理局", "annals": "平罗县史志办公室",
    "data": "平罗县大数据管理局", "fund": "平罗县住房公积金管理中心", "enforce": "平罗县综合行政执法局",
    "invest": "平罗县投资促进局", "coop": "平罗县供销合作社联合社", "disabled": "平罗县残疾人联合会",
    "weather": "平罗县气象局", "tobacco": "平罗县烟草专卖局", "post": "石嘴山市邮政管理局",
    "fire": "平罗县消防救援大队", "herd": "平罗县畜牧兽医局", "exchange": "平罗县公共资源交易中心",
}
REPORTS = {f"{key}.txt": _report(agency, "本单位公开工作动态信息若干条。") for key, agency in BODIES.items()}
# The county's own report names many of these bodies in its text: the body asked for must still come first.
REPORTS["county.txt"] = _report("平罗县人民政府", "县机管局、县侨办、县台办、县编办、县金融办、县史志办、县数据局、公积金中心、"
                                "县执法局、县投促局、县供销社、县残联、县气象局、县烟草局、市邮政局、消防队、县畜牧局配合公开。")


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("issuer_functions", written(REPORTS))


@pytest.mark.parametrize("query, body", [
    ("侨办", "qiaowu"), ("台办", "taiban"), ("投促局", "invest"), ("邮政局", "post"), ("大数据局", "data"),  # by rule
    ("机管局", "jiguan"), ("编办", "bianban"), ("金融办", "finance"), ("供销社", "coop"), ("残联", "disabled"),  # listed
    ("烟草局", "tobacco"), ("消防支队", "fire"),
    ("地方志办", "annals"), ("数据局", "data"), ("综合执法局", "enforce"), ("畜牧局", "herd"),  # another form
    ("公积金中心", "fund"), ("执法局", "enforce"), ("招商局", "invest"), ("消防队", "fire"),  # informal
    ("气象部门", "weather"),  # generic
])
def test_each_kind_of_name_finds_the_bodys_report_first(idx, query, body):
    assert agencies(idx, query)[0] == BODIES[body], query


def test_a_name_of_another_function_does_not_find_the_body():
    # The office that oversees the trading and the centre that runs it are two bodies; 执法局 is not the 城管局,
    # 侨办 not the 外事办, 档案局 not the 史志办, 数据局 not the 审批局.
    functions = lambda word: {f for f, _ in concept_of(word).functions}
    assert "公共资源交易中心" not in functions("公管办") and "公共资源交易管理办公室" not in functions("公共资源交易中心")
    assert "城市管理局" not in functions("执法局") and "综合行政执法局" not in functions("城管局")
    assert "外事办公室" not in functions("侨办") and "地方志办公室" not in functions("档案局")
    assert "行政审批服务局" not in functions("数据局")
    assert functions("粮储局") >= {"粮食和物资储备局"} and functions("审批局") == {"行政审批服务局"}


def test_a_body_named_by_another_function_is_not_listed_first(idx):
    assert agencies(idx, "公管办")[:1] != [BODIES["exchange"]]
    assert agencies(idx, "档案局")[:1] != [BODIES["annals"]]


def test_the_new_functions_give_function_ids_and_keep_two_bodies_apart():
    ident = lambda name, level="county": identify(name, 2023, WHERE, level, report_key="r").id
    assert ident("平罗县公积金管理中心") == ident("平罗县住房公积金管理中心") == "640221:住房公积金管理中心"
    assert ident("平罗县数据局") == ident("平罗县大数据管理局") == "640221:大数据管理局"
    assert ident("平罗县信访办") == ident("平罗县信访局") == "640221:信访局"
    assert ident("平罗县公共资源交易中心") != ident("平罗县公共资源交易管理办公室")
    assert ident("平罗县消防救援大队") != ident("石嘴山市消防救援支队", "city")  # the code says the level
    # Informal names never identify a body.
    assert names.function_of("执法局") is None and names.function_of("公积金中心") is None


def test_bodies_already_read_keep_their_ids_and_abbreviations():
    ident = lambda name: identify(name, 2023, WHERE, "county", report_key="r").id
    assert ident("平罗县城管执法局") == "640221:城市管理局"
    assert ident("平罗县行政审批局") == "640221:行政审批服务局"
    assert ident("平罗县政务服务和大数据管理局") == "640221:政务服务和数据管理局"
    assert ident("平罗县民族宗教事务局") == ident("平罗县民委") == "640221:民族宗教事务局"
    derived = names.vocabulary().derived  # a new row sharing one would drop it for both
    for function, abbreviation in [("发展和改革委员会", "发改"), ("卫生健康委员会", "卫健"), ("医疗保障局", "医保"),
                                   ("市场监督管理局", "市监"), ("政务服务和数据管理局", "政数"), ("外事办公室", "外")]:
        assert abbreviation in derived.get(function, ()), (function, abbreviation)
