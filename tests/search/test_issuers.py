"""Issuers named the way people speak: abbreviations derived from how names are built, informal
names, former names across reforms, traditional script, and level or kind words. The reports are
made up for these tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from search.retrieval.issuers import concept_of, read_issuer
from search.retrieval.query import parse_query, query_words
from tests.conftest import ranked_agencies as agencies, made_up_report, written


def _report(agency: str, year: int, body: str) -> str:
    return made_up_report(agency, year, {1: body, 2: "本年主动公开政府信息若干条。"})


REPORTS = {
    "market.txt": _report("青铜峡市市场监督管理局", 2022, "2022年，本局主动公开食品抽检信息120条。"),
    "health-old.txt": _report("盐池县卫生和计划生育委员会", 2016, "2016年，本委公开医疗机构监督检查信息48条。"),
    "health-new.txt": _report("盐池县卫生健康局", 2021, "2021年，本局公开疫苗接种点信息60条。"),
    "safety.txt": _report("同心县安全生产监督管理局", 2015, "2015年，本局公开执法检查信息12条。"),
    "commerce.txt": _report("利通區商務局", 2020, "2020年，本局公開招商引資項目信息30條。"),
    "town.txt": _report("金积镇人民政府", 2021, "2021年，本镇在公开栏公开低保名单。"),
    "city.txt": _report("吴忠市人民政府", 2021,
                        "2021年，全市主动公开政府信息8000条，乡镇政府信息公开工作稳步推进，县政府网站集约化。"),
    "forestry.txt": _report("国家林业和草原局", 2021, "2021年，本局主动公开林草政策文件45件。"),
    "education.txt": _report("盐池县教育体育局", 2019, "2019年，本局公开招生入学政策20条。"),
    "police.txt": _report("吴忠市公安局利通区分局", 2020, "2020年，本局公开户籍办理指南15条。"),
    "statistics.txt": _report("吴忠市统计局", 2021, "2021年，本局公开统计公报3件。"),
    "county.txt": _report("同心县人民政府", 2020, "2020年，全县公开惠农补贴信息300条。"),
    "transport-county.txt": _report("同心县交通运输局", 2020, "2020年，本局公开农村公路建设信息40条。"),
    "transport-ministry.txt": _report("交通运输部", 2020, "2020年，本部公开交通运输规章12件。"),
    "justice-county.txt": _report("同心县司法局", 2021, "2021年，本局公开法律援助信息25条。"),
    "justice-ministry.txt": _report("司法部", 2021, "2021年，本部公开行政复议决定书。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("issuers", written(REPORTS))



def test_abbreviations_derived_from_how_names_are_built_find_the_full_name(idx):
    # 市监局 is written nowhere: the rule makes it from 市场监督管理局 (first characters of its words).
    assert agencies(idx, "市监局") == ["青铜峡市市场监督管理局"]
    assert agencies(idx, "市场监管局") == ["青铜峡市市场监督管理局"]
    assert agencies(idx, "教体局") == ["盐池县教育体育局"]


def test_informal_and_generic_names_find_the_body(idx):
    assert agencies(idx, "派出所") == ["吴忠市公安局利通区分局"]
    assert agencies(idx, "教育部门") == ["盐池县教育体育局"]


def test_former_names_find_the_body_across_the_reform_both_ways(idx):
    # 卫计委 became 卫生健康委员会 in 2018; 安监局 became 应急管理局 (no report of it here).
    assert set(agencies(idx, "卫计委")) == {"盐池县卫生和计划生育委员会", "盐池县卫生健康局"}
    assert agencies(idx, "卫计委")[0] == "盐池县卫生和计划生育委员会"  # the name asked for first
    assert agencies(idx, "卫健委")[0] == "盐池县卫生健康局"
    assert set(agencies(idx, "卫健委")) == {"盐池县卫生和计划生育委员会", "盐池县卫生健康局"}
    assert agencies(idx, "应急管理局") == ["同心县安全生产监督管理局"]


def test_traditional_and_simplified_agency_names_find_each_other(idx):
    assert agencies(idx, "商务局") == ["利通區商務局"]
    assert agencies(idx, "商務局") == ["利通區商務局"]


def test_level_and_kind_words_find_issuers_of_that_level_first(idx):
    assert agencies(idx, "乡镇")[0] == "金积镇人民政府"  # 吴忠市 only mentions 乡镇
    assert agencies(idx, "县政府")[0] == "同心县人民政府"
    assert set(agencies(idx, "国务院部门")) == {"国家林业和草原局", "交通运输部", "司法部"}
    assert agencies(idx, "市政府")[0] == "吴忠市人民政府"


def test_everyday_level_words_are_read_from_the_place_characters(idx):
    # County-level bodies (a county-level city's and a district's included: 县 names the level; a city bureau's
    # branch named after a district is the district's).
    departments = {"盐池县卫生和计划生育委员会", "盐池县卫生健康局", "同心县安全生产监督管理局", "盐池县教育体育局",
                   "同心县交通运输局", "同心县司法局", "青铜峡市市场监督管理局", "利通區商務局", "吴忠市公安局利通区分局"}
    # A level's departments (县直, 县里的部门, 县级单位): every county body, the government after its
    # departments, since the words ask for the departments.
    for word in ("县直部门", "县里的部门", "县级单位", "县直", "县区的部门"):
        ranked = agencies(idx, word)
        assert set(ranked[:len(departments)]) == departments, word
        assert "同心县人民政府" in ranked[len(departments):], word
        assert "吴忠市人民政府" not in ranked and "金积镇人民政府" not in ranked, word
    # The level itself (县里, 本县): the county level, its government with its departments.
    for word in ("县里", "本县", "区县", "哪个县", "各县"):
        assert set(agencies(idx, word)) >= departments | {"同心县人民政府"}, word
        assert "吴忠市人民政府" not in agencies(idx, word), word
    assert agencies(idx, "市里")[0] == "吴忠市人民政府"
    assert agencies(idx, "市直单位") == ["吴忠市统计局", "吴忠市人民政府"]  # its department first
    assert agencies(idx, "乡里")[0] == "金积镇人民政府"
    # 一级 says the level as 级 does, after a place character or a two-character level word (地市, 乡镇).
    assert agencies(idx, "地市一级政府")[0] == "吴忠市人民政府"
    assert agencies(idx, "乡镇一级")[0] == "金积镇人民政府"
    assert set(agencies(idx, "县一级部门")[:len(departments)]) == departments


def test_yiji_and_two_character_level_words_name_a_level():
    assert (concept_of("地市一级政府").level, concept_of("地市一级政府").functions[0][0]) == ("city", "人民政府")
    assert concept_of("省一级部门").level == "province" and concept_of("省一级部门").department
    assert concept_of("乡镇一级").level == "township" and concept_of("地市").level == "city"
    assert concept_of("地市长") is None and concept_of("一级") is None


def test_level_words_need_a_lead_a_qualifier_or_a_kind_and_keep_ordinary_words():
    assert concept_of("县里的部门").department and concept_of("市直单位").department
    assert not concept_of("县里").department and concept_of("县里").level == "county"
    assert concept_of("省里").level == "province" and concept_of("本市").level == "city"
    # 县 names the whole level (县级政府 is a word of the table): districts count; 区里 is a district.
    assert concept_of("县直部门").place_end == "" and concept_of("区里").place_end == "区"
    assert [f for f, _ in concept_of("县级政府").functions][0] == "人民政府"
    for word in ("县城", "县长", "市场", "镇长", "县部门", "本县部门", "县级市", "里程", "县县", "市县"):
        assert concept_of(word) is None, word
    # Cut apart by the segmenter, the phrase is joined again as one issuer word.
    assert "县里的部门" in query_words("县里的部门")


def test_a_central_body_ranks_above_its_local_namesakes(idx):
    assert concept_of("民政部").central and not concept_of("民政局").central
    # 交通部 is no listed name, but a 部 is a ministry: the ministry first, the county bureau after.
    assert agencies(idx, "交通部") == ["交通运输部", "同心县交通运输局"]
    assert set(agencies(idx, "交通局")) == {"交通运输部", "同心县交通运输局"}
    # A ministry as Taiwan's usage names it (data/issuer_words.tsv), typed in traditional script.
    assert agencies(idx, "法務部") == ["司法部", "同心县司法局"]
    assert concept_of("国家统计局").functions[0] == ("统计局", 1.0)


def test_a_ministry_typed_by_its_full_name_ranks_above_a_county_bureau_of_its_local_name(indexes):
    # The ministry's written names are its local namesakes' (文化和旅游局): searched as text, they must
    # not lift the county bureau, whose title holds one, above the ministry the query names.
    idx = indexes.searcher("ministry-namesakes", written({
        "ministry.txt": _report("文化和旅游部", 2021, "2021年，本部主动公开文化和旅游政策文件60件。"),
        "county.txt": _report("海原县文化和旅游局", 2023, "2023年，海原县文化和旅游局公开旅游景区信息12条。"),
    }))
    assert agencies(idx, "文化和旅游部") == ["文化和旅游部", "海原县文化和旅游局"]
    assert agencies(idx, "文化和旅游局")[0] == "海原县文化和旅游局"


def test_query_words_cut_apart_by_the_segmenter_are_joined_again():
    assert query_words("人社局") == ["人社局"]
    assert query_words("统计部门 工作") == ["统计部门", "工作"]
    assert concept_of("营商环境") is None and concept_of("政府") is None


def test_a_body_named_for_two_functions_is_a_body_of_each():
    assert ("民政和社会保障局", 0.8) in concept_of("民政局").functions
    assert ("民政局", 0.8) in concept_of("民政和社会保障局").functions
    assert all(f != "发展局" for f, _ in concept_of("发改委").functions)


def test_town_and_township_words_rank_their_kind_first_and_the_other_kind_after(indexes):
    # 镇 and 乡 (with 苏木, Inner Mongolia's 乡) are one level; 镇政府 asks for the towns first.
    idx = indexes.searcher("townships", written({
        "xiang.txt": _report("红寺堡区大河乡人民政府", 2021, "2021年，本乡在公开栏公开低保名单。"),
        "sumu.txt": _report("巴润别立苏木人民政府", 2021, "2021年，本苏木在公开栏公开低保名单。"),
        "zhen.txt": _report("金积镇人民政府", 2021, "2021年，本镇在公开栏公开低保名单。"),
    }))
    assert agencies(idx, "镇政府")[0] == "金积镇人民政府"
    assert set(agencies(idx, "镇政府")) == {"金积镇人民政府", "红寺堡区大河乡人民政府", "巴润别立苏木人民政府"}
    assert agencies(idx, "乡政府")[-1] == "金积镇人民政府"
    assert agencies(idx, "镇 低保")[0] == "金积镇人民政府"
    assert len(set(agencies(idx, "乡镇"))) == 3


def test_a_street_office_is_of_the_township_level_and_follows_the_townships(indexes):
    # 乡镇 names townships and towns; a street office (街道办事处) is a body of the same level: it is
    # found, after them, and it is what a township question finds when no township holds the rest.
    idx = indexes.searcher("township-level", written({
        "zhen.txt": _report("高闸镇人民政府", 2022, "2022年，本镇公开惠农补贴发放信息。"),
        "street.txt": _report("胜利街道办事处", 2022, "2022年，本街道公开惠农补贴发放信息，公开养犬登记办理流程。"),
        "county.txt": _report("同心县农业农村局", 2022, "2022年，本局公开惠农补贴发放信息，公开养犬登记办理流程。"),
    }))
    assert agencies(idx, "乡镇 惠农补贴")[:2] == ["高闸镇人民政府", "胜利街道办事处"]
    assert "同心县农业农村局" not in agencies(idx, "乡镇 惠农补贴")[:2]
    assert agencies(idx, "乡镇 养犬登记")[0] == "胜利街道办事处"
    # 街道 itself still asks for street offices only.
    assert agencies(idx, "街道 惠农补贴")[0] == "胜利街道办事处"


def test_report_names_are_read_as_function_unit_and_place():
    assert read_issuer("吴忠市公安局利通区分局", "city")[0] == "公安局"
    assert read_issuer("七里坪镇", "township") == ("人民政府", "township", "镇")
    assert read_issuer("宝力根花苏木人民政府", "township")[2] == "乡"  # 苏木: Inner Mongolia's 乡
    assert read_issuer("甘眉工业园区管委会", "unknown")[:2] == ("管理委员会", "zone")
    assert read_issuer("福清市", "county")[0] == "人民政府"
    assert read_issuer("", "unknown") == (None, "", "")


def test_what_an_issuer_word_searches_does_not_depend_on_the_process_string_hashing():
    # The families of renamed bodies are built from sets; the names searched are cut at a maximum,
    # so an order left to string hashing would change which reports two server processes find.
    script = (
        "import json; from search.agency_names import vocabulary; from search.retrieval.issuers import concept_of; "
        "words = sorted(vocabulary().rows) + ['卫计委', '市监局', '人社局', '派出所']; "
        "print(json.dumps({w: [list(c.functions), list(c.names)] for w in words if (c := concept_of(w))}, ensure_ascii=False))"
    )
    root = Path(__file__).resolve().parents[2]
    outputs = [subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")]
    assert json.loads(outputs[0]) and outputs[0] == outputs[1] == outputs[2]


def test_which_place_asks_among_the_places_of_its_level():
    # 哪个县 asks among county-level places (县 names the level); 哪个区 among districts, 哪些镇 among towns.
    assert concept_of("哪个县").level == "county" and concept_of("哪个县").place_end == ""
    assert concept_of("哪个区").place_end == "区" and concept_of("哪些镇").unit == "township"
    assert "哪个县" in query_words("哪个县收到的申请最多")
    assert parse_query("哪个县收到的申请最多").figure.issuers == ("哪个县",)


def test_a_name_said_without_its_first_part_or_an_informal_name_with_a_kind_of_body(idx):
    # A function's name said from its part after 和 (计划生育委员会: 人口和… and 卫生和…; 社会保障局), read
    # from the functions' own names; an informal name with a kind of body after it (警察局, 交警部门,
    # 社保部门) as the informal name alone.
    functions = lambda word: {f for f, _ in concept_of(word).functions}
    assert {"人口和计划生育委员会", "卫生和计划生育委员会"} <= functions("计划生育委员会") == functions("计划生育委")
    assert {"人力资源和社会保障局", "劳动和社会保障局"} <= functions("社会保障局")
    assert functions("警察局") == functions("交警部门") == functions("警方") == {"公安局"}
    assert "人力资源和社会保障局" in functions("社保部门")
    assert concept_of("委员会") is None and concept_of("年度报告") is None
    assert agencies(idx, "计划生育委员会")[:1] == ["盐池县卫生和计划生育委员会"]


def test_a_body_said_by_what_it_is_in_charge_of():
    # 管 X 的 部门 (负责 X 的单位 …) names X's body when the issuer table knows that name; else the words stay.
    assert query_words("管应急的部门") == ["应急部门"] and query_words("负责教育的单位") == ["教育单位"]
    assert concept_of(query_words("分管民政的局")[0]).functions[0][0] == "民政局"
    assert query_words("管理的部门") == ["管理", "的", "部门"]
    assert query_words("管孩子的地方")[0] != "孩子地方"


def test_a_query_naming_only_a_body_lists_that_bodys_reports_before_those_naming_it(indexes):
    # A full name's parts (监督管理局) are in other bodies' names, and its words in their texts: typed alone,
    # the body's name asks for its reports, as its abbreviation (安监局) does.
    searcher = indexes.searcher("issuers_only", written({
        "safety.txt": _report("平罗县安全生产监督管理局", 2016, "本局公开执法检查信息。"),
        "market.txt": _report("平罗县市场监督管理局", 2016,
                              "本局会同安全生产监督管理局开展联合检查，安全生产监督管理局通报结果，监督管理局联席会议。"),
    }))
    assert agencies(searcher, "安全生产监督管理局")[:1] == ["平罗县安全生产监督管理局"]
    assert agencies(searcher, "安监局")[:1] == ["平罗县安全生产监督管理局"]


def test_a_name_the_table_reads_itself_is_no_part_after_he(indexes):
    # 旅游局 is a body of its own (before its merger into 文化和旅游局), and 旅游部门 its generic form: neither is
    # read as the merged body's part after 和, which would list the merger's other half (文化局) before a text
    # naming 旅游局. Names no function is named by still are (计划生育委员会).
    for word in ("旅游局", "旅游部门"):
        functions = [f for f, _ in concept_of(word).functions]
        assert functions[0] == "旅游局" and "文化局" not in functions, word
    assert "卫生和计划生育委员会" in {f for f, _ in concept_of("计划生育委员会").functions}
    searcher = indexes.searcher("issuers_tourism", written({
        "tourism.txt": _report("平罗县旅游局", 2016, "本局公开景区信息。"),
        "culture.txt": _report("平罗县文化局", 2016, "本局公开文物保护信息。"),
        "county.txt": _report("平罗县人民政府", 2016, "全县公开信息，县旅游局发布旅游指南。"),
    }))
    found = agencies(searcher, "旅游局")
    assert found[0] == "平罗县旅游局" and "平罗县文化局" not in found[:2]


def test_each_word_of_the_issuer_tables_is_listed_once():
    # A word listed twice is read from its last row: a second row, pasted or edited apart, silently wins.
    from search.retrieval.issuers import ISSUER_WORDS, SECTOR_WORDS

    for table in (ISSUER_WORDS, SECTOR_WORDS):
        words = [line.split("\t")[0] for line in table.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
        assert sorted({w for w in words if words.count(w) > 1}) == [], table.name
