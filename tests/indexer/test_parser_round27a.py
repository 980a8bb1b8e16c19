"""Round 27a's classes, from pages sampled at random by place (docs/parsing.md, "Round 27a"). Every report text here
is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import sentence_subject
from indexer.model import Document
from indexer.parser import parse_document
from indexer.places import locate
from indexer.titles import parse_title, read_title

# The 条例's first article, quoted as a report's purpose: several members, each opening with what it serves.
ARTICLE = ("为了保障公民、法人和其他组织依法获取政府信息,提高政府工作的透明度,促进依法行政,"
           "充分发挥政府信息对人民群众生产、生活和经济社会活动的服务作用,")


@pytest.mark.parametrize("sentence, subject", [
    (ARTICLE + "2017年,县林业局严格按照《条例》规定积极开展信息公开工作", "县林业局"),
    (ARTICLE + "青石镇人民政府认真贯彻《条例》", "青石镇人民政府"),
    ("为了充分保障公民依法获取政府相关信息,提高政府工作的透明度,2016年度,北山市统计局严格按照《条例》", "北山市统计局"),
    ("为进一步推进政务公开,加强政府信息公开工作,更好地服务群众,北山市青石区卫生健康局认真落实《条例》",
     "北山市青石区卫生健康局"),
    ("为做好政务公开工作,加强组织领导,北山市青石区卫生健康局成立了领导小组", "北山市青石区卫生健康局"),
])
def test_a_purpose_in_several_members_stands_before_the_subject(sentence, subject):
    assert sentence_subject(sentence) == subject


@pytest.mark.parametrize("sentence", [
    "为了保障公民依法获取政府信息,提高政府工作的透明度,我局认真贯彻《条例》",  # a self-reference names no one
    "为进一步推进政务公开,提高政府工作透明度,认真贯彻《条例》",  # the subject left out
])
def test_a_purpose_with_no_body_after_it_names_no_one(sentence):
    assert sentence_subject(sentence) is None


def test_the_preambles_sentence_names_the_body_a_spliced_copy_cut_short():
    # a spam mirror's splice took the place before the body's name in part 一 and in a list line, so the short
    # name stood alone there; the preamble's first sentence, past the purpose's members, names the body in full
    text = ("引 言\n" + ARTICLE + "2017年,县林业局严格按照《中华人民共和国政府信息公开条例》规定,积极开展信息公开工作,"
            "现将我局2017年政府信息公开工作年度报告如下:\n"
            "2、报告主要内容:bet8899官网_体育365投注林业局2017年政府信息公开工作情况。\n"
            "一、概述\n2017年,bet8899官网_体育365投注林业局严格按照《条例》要求,全年共公开信息25条。\n"
            "二、主动公开政府信息情况\n全年共公开信息25条。\n")
    report = parse_document(Document(text.splitlines(), "txt"), "x.txt")
    assert report.agency == "县林业局"
    assert report.level == "county"
    assert any("取自正文第一句" in w for w in report.warnings)


@pytest.mark.parametrize("name, province", [
    ("湖南青石风景名胜区管理处", "湖南省"),  # a province's short form opens a scenic area's office: no provincial body
    ("新郑市青石景区管理委员会", "河南省"),  # a scenic area under a county-level city: no county's body
    ("东山县旅游度假区管委会", "福建省"),
    ("东营青石农高区管委会", "山东省"),  # an agricultural high-tech zone named after its city
    ("乐山青石景区管委会", "四川省"),  # a city's short form before a scenic area's name now places it
])
def test_scenic_areas_resorts_and_agricultural_zones_sit_outside_the_tiers(name, province):
    place = locate(name)
    assert place.level is None
    assert (place.region or {}).get("province") == province


@pytest.mark.parametrize("name, level", [
    ("东山县风景园林局", "county"),  # 风景园林: a landscaping bureau's word
    ("东山县风景旅游管理局", "county"),  # a county's tourism bureau
    ("东山县文化和旅游局", "county"),
    ("东山县人民政府", "county"),
])
def test_a_places_ordinary_bureaus_keep_their_level(name, level):
    assert locate(name).level == level


@pytest.mark.parametrize("line, title, agency", [
    ("标题:|青石县人民政府2022年政府信息公开工作年度报告", "青石县人民政府2022年政府信息公开工作年度报告", "青石县人民政府"),
    ("標題|北山市民政局2020年政府信息公開工作年度報告", "北山市民政局2020年政府信息公開工作年度報告", "北山市民政局"),
    ("名称:2020年青石区医疗保障局政府信息公开工作年度报告", "2020年青石区医疗保障局政府信息公开工作年度报告", "青石区医疗保障局"),
    ("信息名称:青石区安监局2011年政府信息公开年度报告", "青石区安监局2011年政府信息公开年度报告", "青石区安监局"),
])
def test_a_metadata_tables_label_is_no_part_of_the_title(line, title, agency):
    info = parse_title(line)
    assert (info.title, info.agency) == (title, agency)


def test_a_label_before_a_title_naming_no_body_goes_too():
    info = parse_title("标题:2020年政府信息公开工作年度报告")
    assert (info.title, info.agency, info.year) == ("2020年政府信息公开工作年度报告", None, 2020)


@pytest.mark.parametrize("line", [
    "首页>政务公开>信息公开年报",
    "您的位置:首页>政府信息公开>政府信息公开年报",
    "青石区政府信息公开专栏>>青石区人民政府办公室>>信息公开年度报告",
    "当前位置:首页 » 政府信息公开 » 政府信息公开年报",
])
def test_a_breadcrumb_ending_in_the_reports_column_is_no_title(line):
    assert parse_title(line) is None


@pytest.mark.parametrize("line, title, agency, year", [
    ("当前位置：首页>年报>【2021】东山县文化和旅游局2021年政府信息公开工作年度报告",
     "【2021】东山县文化和旅游局2021年政府信息公开工作年度报告", "东山县文化和旅游局", 2021),
    ("首页>>政务公开>>青石县民政局2019年政府信息公开工作年度报告", "青石县民政局2019年政府信息公开工作年度报告", "青石县民政局", 2019),
    ("首页>年报>2020年度政府信息公开工作年度报告", "2020年度政府信息公开工作年度报告", None, 2020),
])
def test_a_breadcrumb_before_a_title_is_no_part_of_it(line, title, agency, year):
    info = parse_title(line)
    assert (info.title, info.agency, info.year) == (title, agency, year)


def test_the_title_line_under_a_breadcrumb_title_is_read():
    # the breadcrumb's last item names the column; the report's own title follows on the next line
    lines = ["您现在所在的位置:网站首页>政府信息公开>青石区应急管理局>政府信息公开年报",
             "青石区应急管理局2020年度政府信息公开工作年度报告"]
    info = read_title(lines)
    assert (info.title, info.agency, info.year) == (lines[1], "青石区应急管理局", 2020)


def test_markup_in_a_title_is_no_breadcrumb():
    # a hostile page's tags end in '>' too: the title keeps them (escaping is the web layer's), the issuer is read past them
    info = parse_title('<script>alert("t")</script><b>青石县民政局2020年度政府信息公开工作年度报告')
    assert info.title.startswith("<script>")
    assert info.agency == "青石县民政局"
