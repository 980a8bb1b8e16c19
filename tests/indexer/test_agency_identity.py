"""Agency ids: one id per body across spellings, years and reforms, and never one id for two bodies.

Against the gold written by reading (tests/data/agency_identity*.gold.jsonl, docs/agencies.md):
reports parsed as a build parses them, then identified. Then made-up names for every rename,
merger and split of search/data/agency_renames.tsv and for every kind of body that must stay
apart. Names here are invented in the form real ones take; no text of the shared corpus is copied.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.agency_identity import GOLD, PAGES_GOLD, compare, identity_of, load, source_of
from indexer.identity import identify
from indexer.places import load_gazetteer
from search import agency_names as names
from tests.agency_corpus import NEVER_MERGED, rename_examples
from tests.conftest import CORPUS
from tests.indexer.sentences import sentence_problem

MAIN = load(GOLD)


def region(province=None, city=None, county=None) -> dict:
    return {"province": province, "city": city, "county": county}


def same(*calls) -> set[str]:
    """The ids of several (agency, year, region, level) calls."""
    return {identify(*call, report_key=f"r{i}").id for i, call in enumerate(calls)}


# --- the gold ------------------------------------------------------------------------------

def _check_gold(rows: list[dict]) -> None:
    ids, problems = {}, []
    for row in rows:
        identity = identity_of(row)
        ids[row["file"]] = identity.id
        if identity.resolved and identity.id != row["body"]:
            problems.append(f"{row['file']}: resolved to {identity.id}, gold {row['body']}")
        if not identity.resolved and sentence_problem(identity.reason):
            problems.append(f"{row['file']}: reason {identity.reason!r}: {sentence_problem(identity.reason)}")
    result = compare(rows, ids)
    assert not result.splits, result.splits
    assert not result.merges, result.merges
    assert not problems, problems
    assert result.exact == result.bodies


def test_gold_of_samples_and_layouts_is_matched_exactly():
    """No split, no wrong merge, every resolved id the gold's; an unresolved one says why."""
    rows = [r for r in MAIN if r["corpus"] != "real"]
    assert len(rows) == 38
    _check_gold(rows)


def test_gold_with_the_real_corpus_is_matched_exactly(real_corpus):
    rows = [r for r in MAIN if source_of(r).is_file()]
    assert len(rows) == len(MAIN) == 49
    _check_gold(rows)


def known_codes() -> set[str]:
    return {u.code for units in load_gazetteer().by_name.values() for u in units}


def test_gold_files_are_well_formed():
    codes = known_codes() | {"central"}
    for path in (GOLD, PAGES_GOLD):
        for row in load(path):
            assert set(row) <= {"file", "corpus", "year", "body", "split", "note"}, row
            assert row["split"] in ("dev", "test")
            assert row["body"] is None or re.fullmatch(r"(central|\d{6}(/[^:/]+)?):[^:]+", row["body"]), row
            assert row["body"] is None or row["body"].split(":")[0].split("/")[0] in codes, row
    assert len({r["file"] for r in load(PAGES_GOLD)}) == 183


def test_pages_never_merge_two_bodies():
    """The 183 stored pages (with the rest of the gold): ids may split a body the parser could not
    name, but never put two bodies under one id."""
    if not (CORPUS / "pages").is_dir():
        pytest.skip(f"pages corpus not found at {CORPUS / 'pages'} (it sits beside the clone in CI)")
    rows = [r for r in MAIN + load(PAGES_GOLD) if source_of(r).is_file()]
    ids = {r["file"]: identity_of(r).id for r in rows}
    result = compare(rows, ids)
    assert not result.merges, result.merges
    unresolved = [identity_of(r) for r in rows if ids[r["file"]].startswith("unresolved:")]
    assert all(not sentence_problem(i.reason) for i in unresolved)


# --- one body, however it is written -------------------------------------------------------

@pytest.mark.parametrize("spellings", [
    [("兴庆区民政局", 2019, None, None), ("银川市兴庆区民政局", 2020, None, None),
     ("宁夏回族自治区银川市兴庆区民政局", 2021, None, None)],
    [("福清市", 2022, None, None), ("福清市人民政府", 2021, None, None), ("福 清 市 人 民 政 府", 2020, None, None)],
    [("洪泽区人民政府", 2023, None, None), ("淮安市洪泽区人民政府", 2024, None, None)],
    [("商務部", 2019, None, None), ("商务部", 2020, None, None), ("中华人民共和国商务部", 2021, None, None)],
    [("拖市鎮(zhèn)", 2020, region("湖北省", None, "天门市"), "township"),
     ("拖市镇人民政府", 2021, region("湖北省", None, "天门市"), "township")],
    [("徐州市卫健委", 2020, None, None), ("徐州市卫生健康委员会", 2021, None, None),
     ("市卫生健康委", 2022, region("江苏省", "徐州市"), "city")],
    [("海盐县发改局", 2020, None, None), ("海盐县发展和改革局", 2021, None, None),
     ("海盐县发展改革局", 2022, None, None)],
    [("吴忠市人社局", 2020, None, None), ("吴忠市人力资源社会保障局", 2021, None, None),
     ("吴忠市人力资源和社会保障局", 2022, None, None)],
    [("泰安市市监局", 2020, None, None), ("泰安市市场监管局", 2021, None, None)],
    [("郏县住建局", 2020, None, None), ("郏县住房和城乡建设局", 2021, None, None)],
    [("龙泉市自规局", 2020, None, None), ("龙泉市自然资源和规划局", 2021, None, None),
     ("龙泉市自然资源局", 2022, None, None)],
    [("开阳县医保局", 2020, None, None), ("开阳县医疗保障局", 2021, None, None)],
    [("攸县应急局", 2020, None, None), ("攸县应急管理局", 2021, None, None)],
    [("天心区退役军人局", 2020, None, None), ("天心区退役军人事务局", 2021, None, None)],
    [("大余县教体局", 2020, None, None), ("大余县教育体育局", 2021, None, None),
     ("大余县教育和体育局", 2022, None, None)],
    [("济宁市政府办", 2020, None, None), ("济宁市人民政府办公室", 2021, None, None),
     ("济宁市政府办公室", 2022, None, None)],
    [("上海市科委", 2024, None, None), ("上海市科学技术委员会", 2023, None, None)],
    [("上海市人民政府办公厅", 2024, None, None), ("市政府办公厅", 2023, region("上海市"), "province")],
    [("平潭综合实验区", 2017, None, None), ("平潭综合实验区管委会", 2024, None, None),
     ("平潭综合实验区管理委员会", 2020, None, None)],
    [("咸宁高新区", 2020, None, None), ("咸宁高新技术产业开发区管理委员会", 2021, None, None)],
    [("温州市鹿城区人民政府七都街道办事处", 2024, None, None), ("鹿城区七都街道", 2023, None, None)],
    [("镇宁自治县政府", 2019, region("贵州省"), None), ("镇宁布依族苗族自治县人民政府", 2020, None, None)],
])
def test_spellings_of_one_body_get_one_id(spellings):
    ids = same(*spellings)
    assert len(ids) == 1 and not next(iter(ids)).startswith("unresolved:"), ids


def test_the_place_comes_from_the_region_when_the_name_omits_it():
    lone = identify("民政局", 2020, region("青海省", "海东市", "民和回族土族自治县"), "county")
    assert lone.id == identify("民和回族土族自治县民政局", 2020).id == "630222:民政局"
    town = identify("中埠镇人民政府", 2020, region("山东省", "淄博市", "张店区"), "township")
    assert town.id == "370303/中埠镇:人民政府"
    # A city body reads the city from the region, never the county the region also names.
    assert identify("市民政局", 2021, region("宁夏回族自治区", "吴忠市", "利通区"), "city").id == "640300:民政局"


# --- never one id for two bodies ----------------------------------------------------------

@pytest.mark.parametrize("bodies", NEVER_MERGED)
def test_different_bodies_never_share_an_id(bodies):
    ids = [identify(agency, year, report_key=f"r{i}").id for i, (agency, year) in enumerate(bodies)]
    assert len(set(ids)) == len(ids), ids
    assert not any(i.startswith("unresolved:") for i in ids), ids


@pytest.mark.parametrize("agency, year, where, level, why", [
    ("朝阳区人民政府", 2021, None, None, "区县"),  # 北京 or 长春: the name alone cannot tell
    ("民政局", 2020, region("青海省"), "county", "区县"),  # a county body, no county in the region
    ("民政局", 2020, None, None, "哪一级"),
    ("成人直播 教育局", 2011, region("广东省", "广州市", "花都区"), "county", "不是可识别的地名"),
    ("现发布临洮县新添镇", 2022, None, None, "不是可识别的地名"),
    ("首页", 2020, region("四川省"), "province", "职能"),
    ("生态环境厅2022", 2022, region("海南省"), "province", "职能"),
    ("公开年报海关总署", 2010, None, None, "别的文字"),
    # a vertical body the vocabulary lacks is no unknown district of its city: never the city's government
    # (宁波海关关区, a customs district's report, is read since session 34: below)
    ("宁波市统计调查区", 2019, region("浙江省", "宁波市"), "city", "职能"),
    (None, 2020, region("江苏省"), "county", "没有写明"),
])
def test_unresolved_places_stay_apart_and_say_why(agency, year, where, level, why):
    first = identify(agency, year, where, level, report_key="a.txt")
    second = identify(agency, year, where, level, report_key="b.txt")
    assert first.id.startswith("unresolved:") and first.id != second.id
    assert first.place is None and why in first.reason
    assert sentence_problem(first.reason) is None, first.reason


@pytest.mark.parametrize("agency, where, level, also, expected", [
    # a page's 发布机构 writes the same township with its county: that places it
    ("七里坪镇", None, "township", ["四川省眉山市洪雅县七里坪镇人民政府"], "511423/七里坪镇:人民政府"),
    ("铁东区退役军人事务局", None, "county", ["四平市铁东区退役军人事务局"], "220303:退役军人事务局"),
    ("市民政局", None, "city", ["吴忠市民政局"], "640300:民政局"),
    # ... but never another body: the office that published the government's page, a district
    # bureau for a city one, a township of another name, a county of another name
    ("七里坪镇", None, "township", ["洪雅县人民政府办公室", "洪雅县人民政府"], None),
    ("市民政局", None, "city", ["银川市兴庆区民政局"], None),
    ("七里坪镇", None, "township", ["洪雅县止戈镇人民政府"], None),
    ("铁东区退役军人事务局", None, "county", ["四平市铁西区退役军人事务局"], None),
    # ... and never a name for a report that gives none, nor a place for words that are no place
    (None, region("四川省"), "county", ["洪雅县民政局"], None),
    ("成人直播 教育局", None, "county", ["洪雅县教育局"], None),
])
def test_other_names_of_the_issuer_only_add_its_place(agency, where, level, also, expected):
    alone = identify(agency, 2021, where, level, report_key="a")
    helped = identify(agency, 2021, where, level, report_key="a", also=also)
    assert not alone.resolved
    if expected is None:
        assert helped == alone
    else:
        assert helped.id == expected and any("另一写法" in n for n in helped.notes)


def test_a_resolved_name_is_never_replaced_by_another():
    """北京市朝阳区人民政府's page is published by its office: the report stays the government's."""
    assert identify("北京市朝阳区人民政府", 2021, also=["北京市朝阳区人民政府办公室"]).id == "110105:人民政府"


def test_a_county_level_city_s_bodies_are_not_the_prefecture_s():
    county_city = identify("市民政局", 2020, region("福建省", "福州市", "福清市"), "county")
    prefecture = identify("市民政局", 2020, region("福建省", "福州市"), "city")
    assert county_city.id == "350181:民政局" and prefecture.id == "350100:民政局"


# --- renames, mergers, splits ----------------------------------------------------------------

@pytest.mark.parametrize("before, after", [
    ("徐州市卫生和计划生育委员会", "徐州市卫生健康委员会"),
    ("徐州市卫计委", "徐州市卫健委"),
    ("徐州市国土资源局", "徐州市自然资源和规划局"),
    ("徐州市环境保护局", "徐州市生态环境局"),
    ("徐州市环保局", "徐州市生态环境局"),
    ("徐州市农业委员会", "徐州市农业农村局"),
    ("徐州市安全生产监督管理局", "徐州市应急管理局"),
    ("徐州市安监局", "徐州市应急局"),
    ("徐州市文化广电新闻出版局", "徐州市文化广电和旅游局"),
    ("徐州市建设局", "徐州市住房和城乡建设局"),
    ("徐州市粮食局", "徐州市粮食和物资储备局"),
    ("徐州市扶贫办", "徐州市乡村振兴局"),
    ("国土资源部", "自然资源部"),
    ("国家卫生和计划生育委员会", "国家卫生健康委员会"),
])
def test_a_renamed_body_keeps_its_id(before, after):
    old, new = identify(before, 2017), identify(after, 2020)
    assert old.id == new.id and old.resolved
    assert old.read_as != old.function and any("更名" in n for n in old.notes)
    assert all(sentence_problem(n) is None for n in old.notes), old.notes


def test_continuity_across_the_2018_reform():
    """The issue's example: a 卫计委 report of 2017 and the 卫健委 report of 2019 of one place."""
    where = region("江苏省", "徐州市", "铜山区")
    assert same(("区卫计委", 2017, where, "county"), ("铜山区卫生健康局", 2019, None, None)) == {"320312:卫生健康委员会"}


@pytest.mark.parametrize("before, after", [
    ("徐州市工商行政管理局", "徐州市市场监督管理局"),
    ("徐州市工商局", "徐州市市场监督管理局"),
    ("徐州市质监局", "徐州市市场监督管理局"),
    ("徐州市食品药品监督管理局", "徐州市市场监督管理局"),
    ("徐州市地方税务局", "国家税务总局徐州市税务局"),
    ("徐州市国税局", "国家税务总局徐州市税务局"),
    ("徐州市人事局", "徐州市人力资源和社会保障局"),
    ("徐州市卫生局", "徐州市卫生和计划生育委员会"),
    ("徐州市人口和计划生育委员会", "徐州市卫生和计划生育委员会"),
    ("徐州市规划局", "徐州市自然资源和规划局"),
    ("徐州市旅游局", "徐州市文化和旅游局"),
    ("徐州市法制办", "徐州市司法局"),
    ("徐州市乡村振兴局", "徐州市农业农村局"),
])
def test_a_merged_body_keeps_its_own_id_and_names_its_successor(before, after):
    """Bodies that existed side by side (工商, 质监, 食药监) never share the successor's id."""
    old, new = identify(before, 2016), identify(after, 2020)
    assert old.resolved and new.resolved and old.id != new.id
    assert any(c.kind == "merge" and c.new == new.read_as for c in old.successors), old.successors


def test_a_split_leaves_the_old_body_its_id():
    before, after = identify("海盐县民政局", 2017), identify("海盐县民政局", 2020)
    assert before.id == after.id == "330424:民政局"
    assert {c.new for c in before.successors if c.kind == "split"} >= {"退役军人事务局", "应急管理局", "医疗保障局"}


def test_every_row_of_the_renames_table_is_applied():
    """Made-up names in 海盐县 (or centrally) for each function row, and in each converted place."""
    for example in rename_examples():
        change = example.change
        old = identify(example.old, example.old_year, region(example.province))
        new = identify(example.new, example.new_year, region(example.province))
        assert old.resolved and new.resolved, (change, old.reason, new.reason)
        if change.what == "function":
            assert old.read_as == change.old and new.read_as == change.new, change
            if change.kind == "rename":
                assert old.id == new.id, change
            else:
                assert old.id != new.id and change in old.successors, change
        else:
            assert new.place == change.new, change
            assert (old.place == new.place) == (change.kind == "rename"), (change, old.id, new.id)


def test_a_name_that_meant_another_unit_is_read_by_the_year():
    """县级哈密市 became 伊州区 in 2016, when 哈密地区 became the prefecture 哈密市."""
    assert identify("哈密市民政局", 2015).id == identify("伊州区民政局", 2020).id == "650502:民政局"
    assert identify("哈密市民政局", 2020).id == "650500:民政局"


def test_an_old_name_long_after_its_reform_is_noted():
    late = identify("徐州市国土资源局", 2022)
    assert late.id == "320300:自然资源局" and any("仍用改革前的名称" in n for n in late.notes)


# --- the vocabulary and the renames table --------------------------------------------------

def test_every_function_reads_as_itself_and_its_central_name_as_it():
    voc = names.vocabulary()
    for function, row in voc.rows.items():
        assert names.function_of(function) == function, function
        for form in row["forms"]:
            assert names.function_of(form) == function, (form, function)
        if row["central"]:
            assert names.central_function(row["central"]) == function, row["central"]


@pytest.mark.parametrize("written, function", [
    ("发改委", "发展和改革委员会"), ("发展改革委", "发展和改革委员会"), ("发改局", "发展和改革委员会"),
    ("卫健委", "卫生健康委员会"), ("卫健局", "卫生健康委员会"), ("人社局", "人力资源和社会保障局"),
    ("人社厅", "人力资源和社会保障局"), ("市监局", "市场监督管理局"), ("市场监管局", "市场监督管理局"),
    ("住建局", "住房和城乡建设局"), ("住建厅", "住房和城乡建设局"), ("自规局", "自然资源局"),
    ("医保局", "医疗保障局"), ("退役军人局", "退役军人事务局"), ("应急局", "应急管理局"),
    ("生态环境分局", "生态环境局"), ("公安分局", "公安局"), ("教委", "教育局"), ("教体局", "教育局"),
    ("政府办", "人民政府办公室"), ("人民政府办公厅", "人民政府办公室"), ("外办", "外事办公室"),
    ("国资委", "国有资产监督管理委员会"), ("国土局", "国土资源局"), ("环保局", "环境保护局"),
    ("卫计委", "卫生和计划生育委员会"), ("食药监局", "食品药品监督管理局"), ("文旅局", "文化和旅游局"),
    ("工信局", "工业和信息化局"), ("科技局", "科学技术局"), ("民宗局", "民族宗教事务局"),
    ("管委会", "管理委员会"), ("街道办", "街道办事处"), ("審計署", None),
])
def test_abbreviations_by_rule_and_by_list(written, function):
    if function is None:  # folding is the caller's job: names.clean first
        assert names.function_of(names.clean(written).text) == "审计局"
    else:
        assert names.function_of(written) == function


def test_derived_abbreviations_two_functions_would_share_are_dropped():
    assert names.derive_abbreviation("国土资源") == names.derive_abbreviation("国有资产") == "国资"
    assert names.function_of("国资委") == "国有资产监督管理委员会"
    assert "国资" not in names.vocabulary().derived.get("国土资源局", set())


def test_informal_names_are_for_search_never_for_identity():
    assert "派出所" in names.names_of("公安局") and "发改委" in names.names_of("发展和改革委员会")
    assert names.function_of("派出所") is None
    assert identify("海盐县派出所", 2020).function == "派出所"


def test_split_name_needs_no_gazetteer():
    assert names.split_name("兴庆区民政局") == ("兴庆区", "民政局")
    assert names.split_name("市卫健委") == ("市", "卫生健康委员会")
    assert names.split_name("某某集团") == ("某某集团", None)


def test_renames_table_rows_name_known_functions_places_and_sources():
    functions = names.vocabulary().rows
    codes = known_codes()
    for change in names.changes():
        assert change.kind in ("rename", "merge", "split") and change.source, change
        assert re.fullmatch(r"\d{4}-\d{2}", change.effective), change
        assert change.scope == "national" or re.fullmatch(r"\d{2}", change.scope), change
        if change.what == "function":
            assert change.old in functions and change.new in functions, change
        else:
            assert change.new in codes and change.scope == change.old[:2], change
    kinds = {(c.what, c.kind) for c in names.changes()}
    assert kinds >= {("function", "rename"), ("function", "merge"), ("function", "split"),
                     ("place", "rename"), ("place", "merge")}


def test_search_does_not_import_the_indexer():
    """The vocabulary lives in search/; the indexer reads it, never the reverse."""
    import ast

    import search.agency_names as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any(m.split(".")[0] == "indexer" for m in imported), imported


# --- round 21: names the parser now gives as written (docs/parsing.md, round 21) ---------------

def test_a_joint_report_joined_by_any_middle_dot_is_the_first_bodys():
    where = region("江苏省", "南京市", "玄武区")
    ids = {identify(f"玄武区统计局{dot}国家统计局玄武调查队", 2021, where, "county").id for dot in "•·・‧"}
    assert ids == {identify("玄武区统计局", 2021, where, "county").id}


def test_a_qualifier_listing_bodies_leaves_the_bodys_id():
    where = region("江苏省", "南京市", "玄武区")
    listed = identify("玄武区卫生健康局（玄武区中医药管理局、玄武区爱国卫生运动委员会办公室）", 2021, where, "county")
    assert listed.id == identify("玄武区卫生健康局", 2022, where, "county").id


def test_benji_after_a_bureau_is_the_bracketed_qualifier():
    where = region("江苏省", "南京市", "玄武区")
    assert identify("玄武区民政局本级", 2021, where, "county").id == identify("玄武区民政局(本级)", 2021, where, "county").id
    assert identify("海关总署本级", 2021).id == identify("海关总署(本级机关)", 2021).id


# --- review of session 20: 金融监管局 names the central regulator's offices too ---------------------------------

def test_the_central_financial_regulators_branch_is_not_the_local_financial_bureau():
    # 金融监管局 was the local bureau's abbreviation in agency_functions.tsv, and with the derived 分局 it gave the
    # national regulator's city branch the city government's bureau's id.
    local = identify("宿迁市地方金融监督管理局", 2024).id
    assert identify("镇江金融监管分局", 2024).id != local
    assert identify("宿迁市金融工作办公室", 2018).id == local  # a form of the same function, as af20 listed
    assert names.function_of("金融办") == "地方金融监督管理局"


# --- session 30: the kinds /agencies lists (QA 13): a joint name, a branch, an abbreviation ------------------------

def test_a_joint_name_of_a_government_and_its_office_is_the_governments():
    where = region("浙江省", "温州市", "鹿城区")
    government = identify("温州市鹿城区人民政府", 2021, where, "county").id
    assert identify("鹿城区人民政府及办公室", 2021, where, "county").id == government
    assert identify("鹿城区政府及其办公室", 2022, where, "county").id == government
    assert identify("鹿城区人民政府办公室", 2021, where, "county").id != government  # the office alone is its own body


def test_a_branch_named_after_its_parents_function_and_a_place_is_that_places_body_of_the_function():
    # Since the 2019 vertical reform a county's environment bureau is the city bureau's branch in it.
    branch = identify("邢台市生态环境局沙河市分局", 2021, region("河北省", "邢台市", "沙河市"), "county")
    assert branch.id == identify("沙河市生态环境局", 2019, region("河北省", "邢台市", "沙河市"), "county").id
    assert branch.function == "生态环境局"
    assert identify("北京市公安局东城分局", 2021).function == "公安局"
    # A branch named by an ordinal or a duty is a body beside the bureau, never the bureau itself.
    assert identify("上海市税务局第一分局", 2021).id != identify("上海市税务局", 2021).id


def test_an_abbreviation_the_vocabulary_lists_is_its_functions_full_kind():
    assert identify("宁波市重点办", 2021).id == identify("宁波市重点工程建设办公室", 2022).id == "330200:重点项目建设办公室"
    assert names.name_kind("市科委") == "科学技术局"  # a body the build could not place still has its kind
    assert names.name_kind("七里坪镇") == "人民政府"
    assert names.name_kind("生态环境局沙河市分局") == "生态环境局"
    assert names.name_kind("经济技术开发区经济发展局") is None  # no abbreviation the vocabulary lacks is guessed


def test_a_branch_whose_place_words_are_no_division_of_its_city_keeps_its_own_id():
    # 东湖 is a district's stem elsewhere (so the words read as a place) but no division of 杭州: the name's place
    # stays the city, and read as its parent's function the branch would take the city bureau's own id.
    parent = identify("杭州市市场监督管理局", 2021).id
    branch = identify("杭州市市场监督管理局东湖分局", 2021)
    assert branch.resolved and branch.id != parent
    assert identify("杭州市市场监督管理局西湖分局", 2021).id == identify("杭州市西湖区市场监督管理局", 2021).id


@pytest.mark.parametrize("written, region, expected", [
    # a customs named after its city: the parser gives no level (docs/parsing.md round 62), the name still places it
    ("固原海关", region("宁夏回族自治区"), "640400:海关"),
    ("固原海关", {}, "640400:海关"),
    # its district's report (the customs and the offices under it) is filed apart, as 本级 is
    ("固原海关关区", region("宁夏回族自治区"), "640400:海关关区"),
    ("北京海关关区", region("北京市"), "110000:海关关区"),
    ("宁波海关关区", region("浙江省", "宁波市"), "330200:海关关区"),  # never the city's government
])
def test_a_body_whose_level_nothing_gives_takes_the_place_its_name_names(written, region, expected):
    assert identify(written, 2023, region, None, report_key="k").id == expected


def test_a_body_with_no_level_whose_place_words_name_two_units_stays_unresolved():
    # review 34 #1: 吉林 opens 吉林省 and 吉林市; read from the name alone, the city's 气象局 took the province's id
    city = region("吉林省", "吉林市")
    for name in ("吉林气象局", "吉林人民检察院"):
        assert not identify(name, 2023, city, None, report_key="k").resolved
    assert identify("吉林气象局", 2023, city, None, report_key="k").id != identify("吉林省气象局", 2023, city).id


@pytest.mark.parametrize("written", ["湖北街道办事处", "原州区湖北街道办事处", "固原市原州区湖北街道办事处"])
def test_a_street_named_after_a_province_is_that_street_with_or_without_its_district(written):
    """QA 37 #1: a province's short name opening a street's name was read as the province, so the street fell out of
    the id: 湖北街道 and 上海街道 of one district shared one, and the same street written with its district had another."""
    where = region("宁夏回族自治区", "固原市", "原州区")
    assert identify(written, 2020, where, "township").id == "640402/湖北街道:街道办事处"
    assert identify("上海街道办事处", 2020, where, "township").id == "640402/上海街道:街道办事处"
    assert identify("湖北路街道办事处", 2020, where, "township").id == "640402/湖北路街道:街道办事处"


def test_a_province_short_name_before_a_towns_own_name_is_still_the_place():
    # review 34 #3: 宁夏 + 云栖镇 is 宁夏's 云栖镇, the town written without it: one id, never two
    where = region("宁夏回族自治区", "固原市", "原州区")
    assert identify("宁夏云栖镇人民政府", 2020, where, "township").id == \
        identify("云栖镇人民政府", 2020, where, "township").id == "640402/云栖镇:人民政府"


@pytest.mark.parametrize("name, places, function, shown", [
    ("云栖坪街道", {"云栖坪街道"}, "街道办事处", "云栖坪街道办事处"),  # QA 37 #4: never 云栖坪街道街道办事处
    ("固原市原州区", {"宁夏回族自治区", "固原市", "原州区"}, "人民政府", "固原市原州区人民政府"),  # places name no body
    ("密云县", {"北京市", "密云区"}, "人民政府", "密云县人民政府"),  # a county's old name is a place too
    ("云栖镇", {"云栖镇"}, "人民政府", "云栖镇人民政府"),
    ("原州区云栖回族乡", {"固原市", "原州区", "云栖回族乡"}, "人民政府", "原州区云栖回族乡人民政府"),  # QA 38 #9
    ("市民政局", {"固原市"}, "民政局", "市民政局"),  # a body's own name is kept as written
    ("云栖坪镇", set(), "云栖坪镇#r1", "云栖坪镇"),  # an unplaced body: its id holds no function to add
])
def test_a_body_written_as_its_place_alone_is_named_by_its_function_once(name, places, function, shown):
    assert names.body_name(name, places, function) == shown
