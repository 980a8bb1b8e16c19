"""Issuer and year of real-page openings: titles behind web chrome, lead-ins, cover lines, first
sentences, contact lines, traditional script with pinyin glosses. Every example is made up, in
the shapes real report pages take (docs/parsing.md, "Issuer and year")."""
from __future__ import annotations

import pytest

from indexer.issuer import agency_name, contact_issuer, lead_in_issuer, lead_in_year, sentence_subject
from indexer.model import Document
from indexer.normalize import clean_line
from indexer.parser import parse_document
from indexer.script import strip_glosses, to_key
from tests.indexer.sentences import sentence_problem

BODY = ["一、总体情况", "2021年，我局认真贯彻落实《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "略。"]


def parse_lines(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


# --- names -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("当前位置：首页 > 政务公开 > 年报 > 【2021】东山县文化和旅游局", "东山县文化和旅游局"),
    ("标题: | 水务局", "水务局"),
    ("某某市政府门户网站-某某市商务局", "某某市商务局"),
    ("政府信息公开北山县", "北山县"),  # the site's name glued to the title
    ("海关总署(本级机关)", "海关总署(本级机关)"),
    ("青石镇政府(机关)", "青石镇政府(机关)"),
    ("西江区教育局政务公开政府信息公开工作领导小组办公室", "西江区教育局"),  # a compiling office
    ("东山县应急管理局关于报送", "东山县应急管理局"),
    ("我局", None), ("本机关", None), ("888体育官网", None), ("乡镇(街道办)", None), ("政府信息公开", None),
    ("根据市政府办公厅", None), ("推进政府信息公开是青石镇政府", None),
    ("县政府", None), ("市人民政府", None), ("市政府办公厅", "市政府办公厅"),  # a level word alone names no government
    # A place opening the name is no self-reference (贵, 本, 全 open 贵阳, 本溪, 全椒); 全国 names a system.
    ("貴陽市某某局", "貴陽市某某局"), ("本溪市某某局", "本溪市某某局"), ("全椒县人民政府", "全椒县人民政府"),
    ("全国海关", "全国海关"), ("贵局", None), ("全县", None), ("该局", None),
    ("某某体育官网入口·(中国)官方网站民政局", "民政局"),  # a spam mirror's words glued before the name
    ("标 题 北山市", "北山市"), ("標題 東山縣人民政府", "東山縣人民政府"),  # a label whose separator was a space
    ("北山市人民政府信息公开工作领导小组办公室", "北山市人民政府"),  # the office compiles for the government
    ("东山县审计局信息公开工作办公室", "东山县审计局"),  # a working office of the disclosure work compiles too
    ("北山县扶贫开发领导小组办公室", "北山县扶贫开发领导小组办公室"),  # a group's office that is a body
    ("北山市人民政府政务公开办公室", "北山市人民政府政务公开办公室"),  # a government's standing office
    ("高新区", None), ("国家级经济技术开发区", None),  # a zone word alone names no zone
    ("园区", None), ("工业园", None), ("青石工业园区", "青石工业园区"),  # nor a park's kind alone
    # the units of a body named after it are the body's ('…各科室的信息公开工作')
    ("北山市青石区东湖街道各科室", "北山市青石区东湖街道"), ("北山县民政局各股室", "北山县民政局"), ("北山县各部门", "北山县"),
    ("mirror-example.com青石镇", "青石镇"), ("bt365备用网址办公室", None),  # a domain glued before a name
    ("北山市人民政府(市人民政府办公厅)", "北山市人民政府(市人民政府办公厅)"),  # a second body in brackets
    ("東山市人民政府辦公室(以下簡稱市府辦公室)", "東山市人民政府辦公室"),  # an alias, in either script
    # a government's (its site's) name glued before the body's own, and a name run into itself
    ("东山县人民政府东山县民政局", "东山县民政局"), ("东山县人民政府门户网站东山县民政局", "东山县民政局"),
    ("东山县人民政府办公室", "东山县人民政府办公室"), ("东山县人民政府东山分局", "东山县人民政府东山分局"),
    ("东山县民政局东山县民政局", "东山县民政局"), ("年度报告东山县民政局", "东山县民政局"),
    ("某某娱乐主页 北山街道办事处", "北山街道办事处"),  # a spam mirror's home-page words before the name
    # an announcing verb read with the name it announces
    ("现公布东山旗审计局", "东山旗审计局"), ("特向社会公布北山县林业局", "北山县林业局"), ("现将北山县林业局", "北山县林业局"),
    ("现予印发北山县林业局", "北山县林业局"), ("发布", None),
    # words of no name before the place a name opens with (a spam mirror's, a verb the patterns do not list)
    ("某某娱乐城海盐县民政局", "海盐县民政局"), ("提现说维护海盐县统计局", "海盐县统计局"), ("经审定海盐县民政局", "海盐县民政局"),
    # words that rank a body above its place stay: a party's, the state's, a central body's, the Corps' divisions
    ("中共海盐县委", "中共海盐县委"), ("中国共产党海盐县委员会", "中国共产党海盐县委员会"),
    ("国家税务总局海盐县税务局", "国家税务总局海盐县税务局"), ("第一师阿拉尔市某某镇", "第一师阿拉尔市某某镇"),
    ("澳门某某海盐县民政局", "海盐县民政局"),  # 澳门 opens a spam mirror's words, never an issuer's name
    # a vertical system's offices of one place reporting as one ('某某市气象部门'); a list of departments is no name
    ("北山省东州市气象部门", "北山省东州市气象部门"), ("东州市税务部门", "东州市税务部门"),
    ("北山县各乡镇人民政府及县政府各工作部门", None), ("县直各部门", None), ("市政府职能部门", None),
    # a site's widgets are no body, though some end like one ('…个人中心')
    ("登录个人中心", None), ("用户中心", None), ("无障碍浏览", None), ("长辈版", None), ("扫描二维码分享到微信", None),
    ("收藏本站", None), ("走进本站", None), ("子站", None), ("北山市环境监测总站", "北山市环境监测总站"),
    # a government's office named without its place (a spam mirror replaced the place): whose it is is not said
    ("政府政务公开办", None), ("人民政府办公室", None), ("政府信息公开办公室", None),
    # a place's name the divisions list lacks, told by its landform, before a division's name is the name's own
    ("青石湾滨海新区", "青石湾滨海新区"), ("翠峰山滨海新区", "翠峰山滨海新区"), ("某某娱乐滨海新区", "滨海新区"),
    ("）海盐县民政局", "海盐县民政局"),  # what is left of a year in brackets before the name: '（2022年）…'
    # a first sentence's words that are no name: what an office does ('…办公室归口管理全局…'), the governments of a
    # province together ('某某省各级政府'), a body word glued to 政府信息公开 ('2012年度局政府信息公开工作'), a kind of zone
    ("北山海事局办公室归口管理全局", None), ("北山省各级政府", None), ("北山省各級人民政府", None), ("全省各级行政机关", None),
    ("协调小组办公室", None), ("领导小组办公室", None), ("北山县信息公开协调小组办公室", "北山县"),
    ("信息中心", None), ("政务服务中心", None), ("北山区人民政府信息中心", "北山区人民政府信息中心"),
    ("局政府", None), ("委政府", None), ("投资区", None), ("度假区", None), ("台商投资区", None), ("北山台商投资区", "北山台商投资区"),
])
def test_agency_names_are_cleaned_and_checked(text, name):
    assert agency_name(text) == name


# --- titles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("head, agency, year", [
    (["当前位置：首页 > 政府信息公开年报 > 2021年 > 正文", "【2021】东山县文化和旅游局2021年政府信息公开工作年度报告"],
     "东山县文化和旅游局", 2021),
    (["首页/ 政府信息公开 / 政府信息公开年报 / 镇街 / 2022年 / 正文", "青石镇2022年政府信息公开工作年度报告"], "青石镇", 2022),
    (["888体育官网", "2020年度政府信息公开年度报告", "发布时间:2021-01-19", "某某市国资委", "2020年度政府信息公开年度报告"],
     "某某市国资委", 2020),
    (["无障碍", "自治区某某办2022年政府信息公开工作年度报告"], "自治区某某办", 2022),
    (["信息公开", "经济技术开发区财政局2021年政府信息公开工作年报"], "经济技术开发区财政局", 2021),
    (["某某省生态环境厅", "2022政府信息公开工作年度报告"], "某某省生态环境厅", 2022),  # year without 年
    (["2024年东山区永安街道办事处", "政府信息公开工作年度报告"], "东山区永安街道办事处", 2024),
    (["某某市城市管理委员会2025年度", "政府信息公开工作报告"], "某某市城市管理委员会", 2025),
    (["标题: | 林业局2009年政府信息公开年度报告 | ||"], "林业局", 2009),
    (["某某市某某局2023年政府信息公开工作年度报告-888体育官网入口"], "某某市某某局", 2023),
    (["东山县交通运输局关于报送2020年政府信息公开工作年度报告的函"], "东山县交通运输局", 2020),
    (["标      题 某某自治区审计厅2025年政务信息公开工作开展年度报告"], "某某自治区审计厅", 2025),
    (["某某市民政局政府信息公开工作年度报告（2020年度）"], "某某市民政局", 2020),  # the year after the title
    (["【某某市民政局】2020年政府信息公开工作年度报告"], "某某市民政局", 2020),  # the name in brackets of its own
    (["★某某市民政局2020年政府信息公开工作年度报告"], "某某市民政局", 2020),
    (["【某某市民政局2020年政府信息公开工作年度报告】"], "某某市民政局", 2020),
    # a notice that carries the report: the report's own title inside it
    (["东山县人民政府办公室关于印发东山县2020年政府信息公开工作年度报告的通知"], "东山县", 2020),
])
def test_titles_behind_web_chrome(head, agency, year):
    report = parse_lines([*head, *BODY])
    assert (report.agency, report.year) == (agency, year)
    assert not any(w.startswith("标题中没有") for w in report.warnings)


@pytest.mark.parametrize("title,agency", [
    # a consolidated report of a government and its departments is the government's
    ("北山县人民政府及其工作部门2022年政府信息公开工作年度报告", "北山县人民政府"),
    ("北山县人民政府及其部门2022年政府信息公开工作年度报告", "北山县人民政府"),
    ("北山县人民政府及所属部门2022年政府信息公开工作年度报告", "北山县人民政府"),
    ("北山市及各部门2022年政府信息公开工作年度报告", "北山市"),
    # ... a body whose name holds such words stays whole
    ("北山县机关事务服务中心2022年政府信息公开工作年度报告", "北山县机关事务服务中心"),
    ("北山县工业和信息化局2022年政府信息公开工作年度报告", "北山县工业和信息化局"),
    # a government portal's name glued before the title ('中国南平'), the place named again by the body
    ("中国北山北山县人民政府及其工作部门2022年政府信息公开工作年度报告", "北山县人民政府"),
    ("中国·北山北山县工业和信息化局2022年政府信息公开工作年度报告", "北山县工业和信息化局"),
    ("中国共产党北山县委员会办公室2022年政府信息公开工作年度报告", "中国共产党北山县委员会办公室"),
])
def test_consolidated_and_portal_glued_titles(title, agency):
    report = parse_lines([title, *BODY])
    assert (report.agency, report.year) == (agency, 2022)


@pytest.mark.parametrize("head,agency", [
    # a title wrapped inside the issuer's name: the line above and the fragment before the year are one name
    (["北山县人民政府", "办公室2022年政府信息公开工作年度报告"], "北山县人民政府办公室"),
    (["北山县市场监督", "管理局2022年政府信息公开工作年度报告"], "北山县市场监督管理局"),
    (["北山市青石区人民政府青石街道", "办事处2022年政府信息公开工作年度报告"], "北山市青石区人民政府青石街道办事处"),
    # ... not a label, a breadcrumb or a site name above a whole title
    (["发布机构", "北山县水利局2022年政府信息公开工作年度报告"], "北山县水利局"),
    (["政务公开", "水利局2022年政府信息公开工作年度报告"], "水利局"),
    (["北山县人民政府", "北山县水利局2022年政府信息公开工作年度报告"], "北山县水利局"),
    (["北山县人民政府", "2022年政府信息公开工作年度报告"], "北山县人民政府"),
    # (junk glued before a full name under the site's line is no half of a name: the body is named again below)
    (["普洱市人民政府", "鸿运娱乐普洱茶产业园区管理委员会2022年政府信息公开工作年度报告",
      "根据《条例》，现公布普洱茶产业园区管理委员会2022年政府信息公开工作年度报告。"], "普洱茶产业园区管理委员会"),
    (["北山县青石镇人民政府", "青石镇2022年政务信息公开工作年报"], "青石镇"),  # the site's name over the title
])
def test_a_title_wrapped_inside_the_issuers_name(head, agency):
    report = parse_lines([*head, *BODY])
    assert (report.agency, report.year) == (agency, 2022)


@pytest.mark.parametrize("head,agency", [
    # a title wrapped over two or three lines at any point (a centred PDF title, a narrow page)
    (["北山市青石区统计", "局2022年政府信", "息公开工作年度报告"], "北山市青石区统计局"),
    (["北山市青石区人民政府东湖街道", "办事处2022年政府", "信息公开工作年度报告"], "北山市青石区人民政府东湖街道办事处"),
    (["2022年青石区东湖街道办事处", "政府信息公开", "工作年度报告"], "青石区东湖街道办事处"),
    (["北山市青石区东湖街道202", "2年政府信息公开工作年度报告"], "北山市青石区东湖街道"),  # inside the year
    # the last piece a title alone, with a short name the page repeats below
    (["北山国家级风景名胜区青石景区管", "理局2022年政府信息公开年度报告", "青石景区2022年政府信息公开年度报告"],
     "北山国家级风景名胜区青石景区管理局"),
    # ... and lines that are no pieces of one title stay apart
    (["北山县人民政府门户网站", "北山县水利局2022年政府信息公开工作年度报告"], "北山县水利局"),
    (["北山县人民政府", "北山县水利局2022年政府信息公开", "工作年度报告"], "北山县水利局"),
])
def test_a_title_wrapped_over_lines_at_odd_points(head, agency):
    report = parse_lines([*head, *BODY])
    assert (report.agency, report.year) == (agency, 2022)


@pytest.mark.parametrize("title", ["北山县民政局二〇二二年政府信息公开工作年度报告",  # the year in Chinese numerals
                                   "北山县民政局二○二二年度政府信息公开工作报告",
                                   "北山县民政局2022年度政府信息公开情况报告",  # '…情况报告'
                                   "关于北山县民政局2022年政府信息公开工作年度报告",  # 关于 before the name
                                   "北山县民政局2022年度政府信息公开工作总结"])  # a summary as the report's title
def test_title_shapes_name_issuer_and_year(title):
    report = parse_lines([title, *BODY])
    assert (report.agency, report.year, report.title) == ("北山县民政局", 2022, title)  # shown as written


@pytest.mark.parametrize("title", ["2022北山县民政局2022年度政府信息公开工作年度报告",  # a stray year glued before the name
                                   "2022 北山县民政局2022年政府信息公开工作年度报告",
                                   # a list page's publication date before the title on its line
                                   "2023-01-20 北山县民政局2022年政府信息公开工作年度报告",
                                   "[2023-01-20]北山县民政局2022年政府信息公开工作年度报告",
                                   "2023年01月20日 北山县民政局2022年度政府信息公开工作年度报告"])
def test_a_stray_year_before_the_titles_name_is_no_part_of_it(title):
    report = parse_lines([title, *BODY])
    assert (report.agency, report.year) == ("北山县民政局", 2022)


@pytest.mark.parametrize("head", [
    ["相关信息", "东山县财政局2020年政府信息公开工作年度报告", "东山县教育局2020年政府信息公开工作年度报告",
     "东山县民政局2020年政府信息公开工作年度报告"],  # links to related reports above the report's own title
    ["上一篇：东山县财政局2020年政府信息公开工作年度报告", "东山县民政局2020年政府信息公开工作年度报告"],
    ["东山县民政局2019年政府信息公开工作年度报告", "东山县民政局2020年政府信息公开工作年度报告"],
])
def test_the_title_the_lead_in_names_wins_over_links_to_other_reports(head):
    report = parse_lines([*head, "根据《条例》规定，现公布东山县民政局2020年政府信息公开工作年度报告。", *BODY])
    assert (report.agency, report.year, report.title) == ("东山县民政局", 2020, "东山县民政局2020年政府信息公开工作年度报告")


def test_lead_in_reporting_below_stays_no_title():
    report = parse_lines(["现将我局2022年度政府信息公开工作情况报告如下：", *BODY])
    assert report.title is None


def test_title_is_read_before_lines_are_rejoined():
    # A long breadcrumb above the title would otherwise swallow it as one wrapped paragraph.
    report = parse_lines(["您当前的位置：首页 > 政务公开 > 政府信息公开年报 > 部门信息公开年报 > 市民政局",
                          "某某市民政局2019年政府信息公开工作年度报告", *BODY])
    assert (report.agency, report.year, report.title) == ("某某市民政局", 2019, "某某市民政局2019年政府信息公开工作年度报告")


# --- lead-ins, cover lines, first sentences, contact lines ---------------------------------------

@pytest.mark.parametrize("lead, agency, year", [
    ("根据《条例》要求，现发布《青石镇2022年政府信息公开工作年度报告》。", "青石镇", 2022),
    ("本报告是根据《条例》的规定，由北山县水务局编制的2010年度政府信息公开年度报告。", "北山县水务局", 2010),
    ("按照《条例》（以下简称《条例》），某某部编制了本级行政机关2019年政府信息公开工作年度报告。", "某某部", 2019),
    ("根据《条例》，现将东山县应急管理局2020年度政府信息公开工作情况报告如下。", "东山县应急管理局", 2020),
    ("特向社会公布2011年度青石镇政府(机关)信息公开年度报告。", "青石镇政府(机关)", 2011),
    ("现编制某某省审计厅2010年度政务信息公开工作年度报告，并向社会公布。", "某某省审计厅", 2010),
    ("本年度报告由西江区民族宗教事务局政务公开政府信息公开工作领导小组办公室编制。", "西江区民族宗教事务局", None),
    ("全文包括北山县白云苏木人民政府信息公开总体情况，主动公开政府信息情况。", "北山县白云苏木人民政府", None),
    ("汇总2014年度民政局的政府信息公开年度报告编制而成。", "民政局", 2014),
    ("现将我单位2008年度政府信息公开工作情况报告如下：", None, 2008),
    ("根据《条例》等规定，梳理编制北港海关关区2023年政府信息公开工作年度报告。", "北港海关关区", 2023),
    ("本年度报告由国家某某管理局根据《条例》要求编制而成。", "国家某某管理局", None),
    ("根据《条例》的要求，东山区青石街道特编制2023年政府信息公开年度报告。", "东山区青石街道", 2023),
    ("为认真做好北山市卫生健康局政府信息公开工作，我局按照《条例》的要求，精心组织。", "北山市卫生健康局", None),
    ("根据《条例》规定，由民政局办公室编制完成本报告。", "民政局", None),
    ("结合我委实际，编制并向社会公布某某州卫生健康委2021年度政府信息公开年度报告。", "某某州卫生健康委", 2021),
    ("根据《条例》要求，现公开北山经济开发区信息公开2018年度报告。", "北山经济开发区", 2018),
    ("根据上级要求，向社会公开2016年度镇政府信息公开年度报告。", None, 2016),  # 镇政府 names no body  # the office compiles, the bureau reports
    ("东山县政府办公室编制了2010年度政府信息公开工作报告。", "东山县政府办公室", 2010),
    ("区政府主动公开的政府信息包括政府信息公开工作年度报告等。", None, None),
    # the report's own title in the lead-in names the body before the office that compiled it; but a government's own
    # office compiling its bare area's report is that office (the lead's A3 decision of session 19, test_area_compiler:
    # this line read 东山县 only because the rule missed a clause opening 本年报由, review of session 19)
    ("本年报由东山县政府办公室编制。2017年度东山县政府信息公开年度报告全文包括：概述、主动公开政府信息情况。",
     "东山县政府办公室", 2017),
    ("由东山县审计局信息公开工作办公室编制。2016年度东山县审计局政府信息公开年度报告全文包括：概述。", "东山县审计局", 2016),
    ("按照《关于做好2019年度政府信息公开工作年度报告编制工作的通知》要求，我办梳理总结如下。", None, 2019),
    # the compiler named before another verb ('组织编制', '起草', '撰写'), the name before the year of the
    # work the report was written on, a purpose clause naming the body whose work it sums up
    ("本年度报告根据《条例》要求，由东山县民政局办公室组织编制。", "东山县民政局", None),
    ("本报告由东山县民政局撰写。", "东山县民政局", None),
    ("本报告根据《条例》要求，由东山县民政局起草编制。", "东山县民政局", None),
    ("本报告根据《条例》要求，在北山区人民政府青石街道办事处2013年度政府信息公开工作的基础上编制。",
     "北山区人民政府青石街道办事处", 2013),
    ("为全面反映2020年东山县民政局政府信息公开工作情况，根据《条例》，编制本报告。", "东山县民政局", 2020),
    ("在认真总结2020年青石镇政府信息公开工作的基础上，编制了此报告。", "青石镇", 2020),  # the year of the work it sums up
    ("结合2019年高新区政府信息公开工作实际编制而成。", None, 2019),  # (a bare zone word names no one; the work's year is read)
    # last year's report named whole as the ground the report was written on
    ("本报告在2018年度青石区人民政府政府信息公开工作年度报告的基础上编制。", "青石区人民政府", 2018),
    # no year: '结合X政府信息公开情况编制'
    ("根据《条例》和《某某市政府信息公开规定》，结合北港保税区政府信息公开情况编制。", "北港保税区", None),
    ("结合本单位政府信息公开工作实际编制。", None, None),
    # the report's own title, whatever verb stands before it
    ("根据《条例》规定，经局务会审定，现予印发北山县民政局2019年政府信息公开工作年度报告。", "北山县民政局", 2019),
    ("特将青石乡2018年度政府信息公开年报呈报如下：", "青石乡", 2018),
    ("现公布兴县2015年政府信息公开年度报告。", "兴县", 2015),
    ("现公布北山区委(区政府)办公室2017年政府信息公开年度报告。", "北山区委(区政府)办公室", 2017),
    ("北山市人民政府2015年政府信息公开工作年度报告的电子版可在网站下载。", "北山市人民政府", 2015),
    # ... but not a notice about reports, a report in general, or an office without its body
    ("按照《北山市人民政府办公室关于做好2019年度政府信息公开工作年度报告编制工作的通知》要求编制。", None, 2019),
    ("本局2019年政府信息公开工作年度报告如下。", None, 2019),
    ("经审定，现予印发办公室2019年政府信息公开工作年度报告。", None, 2019),
    # '本报告是X根据《条例》…编制的…', a year in Chinese numerals, years of the work summed up
    ("本报告是北山县民政局根据《条例》要求编制的2022年度政府信息公开工作年度报告。", "北山县民政局", 2022),
    ("根据《条例》，现向社会公开东山县统计局二〇二一年度政府信息公开工作年度报告。", "东山县统计局", 2021),
    ("现将北山县民政局2022年政府信息公开工作有关情况报告如下：", "北山县民政局", 2022),
    ("现将东山自治县2021政府信息公开工作年度报告进行公开。", "东山自治县", 2021),  # 年 lost after the year
    # the report's title quoted whole with the subject before the year, after two verbs
    ("结合我街道实际，办公室编制完成了《青石街道信息公开2015年度工作报告》（以下简称《报告》）。", "青石街道", 2015),
    # the subject, then the year inside 《》 after a verb
    ("根据《条例》的规定，现发布《某某部政府信息公开工作2010年度报告》。", "某某部", 2010),
    # a document a lead-in cites is no report: '制定《X2020年政务公开工作要点》'
    ("按照《2020年某某市政务公开工作要点》和市外办制定的《市外办(友协)2020年政务公开工作要点》，由市外办编制。",
     "市外办", None),
    # the office of a unit inside the department compiled it
    ("本年度报告是根据《条例》要求，由东山县公安局指挥中心办公室编制。", "东山县公安局", None),
    ("由北山市自然资源和规划局东山分局办公室编制。", "北山市自然资源和规划局东山分局", None),
    # an alias between the name and the year
    ("根據《條例》的規定，現公布東山市人民政府辦公室(以下簡稱市府辦公室)2013年政府信息公開工作年度報告。",
     "東山市人民政府辦公室", 2013),
    # the body whose work the report is made from, with no 信息公开 between ('结合X实际工作，编制本报告')
    ("按照《某某区人民政府办公室关于做好2025年年度报告编制工作的通知》精神，现结合北山新区商务委员会实际工作，编制本报告。",
     "北山新区商务委员会", None),
    ("根据《条例》要求，结合东山县林业局工作实际，特编制本报告。", "东山县林业局", None),
    ("根据《条例》要求，结合本单位实际工作，编制本报告。", None, None),  # a self-reference names no one
    ("根据《条例》要求，结合东山县林业局2022年度工作实际，编制本报告。", "东山县林业局", None),
    ("根据《条例》要求，现结合东山县林业局实际，编制本报告。", "东山县林业局", None),
    # the body whose figures the report gives
    ("本报告根据《条例》要求编制。所列数据为东山县气象局机关年度统计数据，统计期限为2023年1月1日至2023年12月31日。",
     "东山县气象局", None),
    # the report's title without a year right after an announcing verb (人民 + 政府信息公开: 政府 is the name's)
    ("根据《条例》要求，现公开来凤县人民政府信息公开年度报告。", "来凤县人民政府", None),
    ("根据《条例》，特向社会公布东山镇人民政府政府信息公开年度报告。", "东山镇人民政府", None),
    ("根据《条例》要求，现将北山区政府信息公开工作年度报告公布如下。", "北山区", None),
    ("根據《條例》要求，現公開來鳳縣人民政府信息公開年度報告。", "來鳳縣人民政府", None),
    # ... but not a self-reference, a notice about reports or a template
    ("根据《条例》要求，现公布我局政府信息公开工作年度报告。", None, None),
    ("根据《条例》要求，现发布关于做好政府信息公开年度报告的通知。", None, None),
    ("根据《条例》要求，现公开政府信息公开年度报告模板。", None, None),
    ("根据《条例》，结合2023年北山市青石区东湖街道各科室的信息公开工作实际情况编制本报告。", "北山市青石区东湖街道", 2023),
    # shapes of naming the issuer no page had shown yet (variants tried in round 10)
    ("现就北山县民政局2020年度政府信息公开工作情况报告如下。", "北山县民政局", 2020),
    ("本报告是北山县民政局2020年度政府信息公开工作的总结。", "北山县民政局", None),
    ("本报告依据《条例》编制，反映了北山县民政局2020年度政府信息公开工作情况。", "北山县民政局", 2020),
    ("经北山县民政局局务会审定，现公布2020年度政府信息公开年度报告。", "北山县民政局", 2020),
    ("依据《条例》第五十条，北山县民政局发布2020年度政府信息公开工作年度报告。", "北山县民政局", 2020),
    ("根据《条例》，特向社会公布2020年度政府信息公开工作年度报告。", None, 2020),  # '特向社会' names no one
    ("根据《条例》要求，结合园区政府信息公开实际工作情况特编制了2024年政府信息公开工作年度报告。", None, 2024),
    # a notice cited by its title names who issued the notice ('…领导小组办公室关于做好…的通知'), not the report
    ("依照《条例》和《市政务公开领导小组办公室关于做好2021年年报编写工作的通知》，"
     "现公布北山区青石街道办事处2021年政府信息公开工作年度报告。", "北山区青石街道办事处", 2021),
    # (the notice's year counts only when nothing else gives one, as before)
    ("依照《县政务公开办公室关于做好2022年度政府信息公开年报编写的通知》，编写本报告。", None, 2022),
    # what the work was on between the body and the verb ('由X围绕…编制而成', '由X对…进行梳理编制')
    ("本报告由北山市统计局围绕2020年度政府信息公开工作情况编写。", "北山市统计局", 2020),
    ("本报告由东山县林业局对2021年度政府信息公开工作进行梳理编制。", "东山县林业局", 2021),
    ("本报告由东山县林业局在总结2021年度政府信息公开工作的基础上编制而成。", "东山县林业局", 2021),
    ("本报告由东山县林业局会同各股室编制。", "东山县林业局", None),
    ("本报告由北山县统计局编制。", "北山县统计局", None),  # a body's word that reads like a verb stays the name's
    # the work the report was made from, its year before the name ('根据2023年X信息公开工作实际编制而成')
    ("依照《条例》，根据2023年北山市司法局信息公开工作实际编写本报告。", "北山市司法局", 2023),
    ("根据2021年度政府信息公开工作情况编制本报告。", None, 2021),
    # 综合 opening the body's own word, not the verb 'compiled together'
    ("本报告由北山市青石区综合行政服务中心编制，为该中心2012年度政府信息公开年度报告。",
     "北山市青石区综合行政服务中心", 2012),
    ("本报告由北山县人民政府办公室综合各乡镇、各部门的年度报告编制而成。", "北山县人民政府办公室", None),
    # the body whose work or 情况 the report was made from, joined to the rules by 及/和/以及
    ("本年报根据《北山区政府信息公开规定》及青石街道办事处信息公开相关情况编制。", "青石街道办事处", None),
    ("本报告依据《条例》和东山县林业局政府信息公开工作实际情况编写。", "东山县林业局", None),
    ("根据上级有关要求以及北港镇人民政府2013年度信息公开有关情况编制本报告。", "北港镇人民政府", None),
    ("本报告按照《条例》要求及北山市统计局实际工作情况撰写而成。", "北山市统计局", None),
    # 按 alone before the year or 本年度, an alias in brackets between ('由X（以下简称Y）按2021年度…编制而成')
    ("本报告依据《条例》，由北山生态园管理委员会（以下简称生态园管委会）按2021年度信息公开工作实际编写。",
     "北山生态园管理委员会", None),
    ("本报告由东山县民政局按本年度政府信息公开工作情况编制。", "东山县民政局", None),
    # the year of the work the report is made from, after 结合 and a name (an alias between), or of the parts it lists
    ("本报告结合北山县青石镇人民政府（以下简称“镇政府”）2025年度政务公开工作实际编写。",
     "北山县青石镇人民政府", 2025),
    ("本年度报告包括2022年度政府信息公开工作总体情况、主动公开政府信息情况等六部分。", None, 2022),
    ("全文包括：2025年度总体情况、主动公开政府信息情况等内容。", None, 2025),
    ("按照北山市2020年政务公开工作要点，编制本报告。", None, None),  # a plan's year is not the report's
    # ... but not the report's own parts, a self-reference or a bare zone word
    ("本报告根据《条例》及我局信息公开相关情况编制。", None, None),
    ("本报告根据主动公开情况及依申请公开政府信息情况编制。", None, None),
    ("本报告根据《条例》及园区信息公开工作情况编制。", None, None),
])
def test_lead_in_names_issuer_and_year(lead, agency, year):
    assert (lead_in_issuer(lead), lead_in_year(lead)) == (agency, year)


def test_a_report_listed_among_what_was_published_is_not_this_reports_title():
    # last year's report named as one item of what the body published ('…3条、X2024年…年度报告、2025年…'); the
    # year opening the paragraph has lost its 年 ('2025,')
    report = parse_lines(["一、 总体情况",
                          "2025,北山市青石区住建局依照《条例》做好公开工作。",
                          "全年在区政府网站发布信息27条，包括：工作动态19条、通知公告6条、"
                          "北山市青石区住建局2024年政府信息公开工作年度报告、2025年部门预算。"])
    assert (report.agency, report.year) == ("北山市青石区住建局", 2025)
    assert lead_in_year("主动公开信息3条、东山县民政局2019年政府信息公开工作年度报告、工作动态12条。") is None
    assert lead_in_year("现公布东山县民政局2019年政府信息公开工作年度报告、请予审阅。") == 2019  # one 、 is no list


def test_the_reports_own_title_with_its_place_wins_over_the_pages_heading_by_level_word():
    # the page's heading names the body by its level word, the report's own title below names its city and district
    report = parse_lines(["区农业农村局2021年政府信息公开工作年度报告", "发布时间：2022-02-10 来源：本站",
                          "北山市青石区农业农村局2021年政府信息公开工作年度报告", *BODY])
    assert (report.agency, report.year) == ("北山市青石区农业农村局", 2021)
    # another body's report of the same year stays another report: the first title is kept
    report = parse_lines(["区民政局2021年政府信息公开工作年度报告", "北山市青石区农业农村局2021年政府信息公开工作年度报告", *BODY])
    assert report.agency == "区民政局"


def test_widget_lines_above_the_report_are_no_cover_line():
    # a site's widget row saved line by line over a report with no title: no issuer is invented from it
    report = parse_lines(["手机版", "政务微博", "登录个人中心",
                          "2017年我局把信息公开当作日常工作来抓，全年运行平稳。",
                          "一、工作开展情况", "我局调整了工作小组。", "二、主动公开情况", "略。"])
    assert report.agency is None


def test_issuer_from_the_lead_in_when_there_is_no_title():
    report = parse_lines(["根据《条例》规定，现将北山县医疗保障局2024年政府信息公开工作年度报告予以公开发布。"
                          "本报告所列数据的统计期限为2024年1月1日至2024年12月31日。", *BODY])
    assert (report.agency, report.year) == ("北山县医疗保障局", 2024)
    assert "标题中没有发布机关，“北山县医疗保障局”取自报告开头的说明。" in report.warnings
    assert "标题中没有年份，年份 2024 取自报告开头的说明。" in report.warnings


def test_issuer_from_the_body_describing_itself():
    # No title, a lead-in saying 我办: the organisation section names the body as what it is.
    report = parse_lines(["一、总体工作情况", "2020年，我办根据《条例》有关规定，现特编制本报告如下。",
                          "（一）机关组织领导和队伍建设情况", "北山市人民政府扶贫开发办公室属正科级行政机关，内设综合股等4个股室。"])
    assert report.agency == "北山市人民政府扶贫开发办公室"
    assert "标题中没有发布机关，“北山市人民政府扶贫开发办公室”取自正文中对本机关的介绍。" in report.warnings
    assert all(sentence_problem(w) is None for w in report.warnings)


def test_issuer_after_a_legal_basis_that_is_only_a_cited_title():
    report = parse_lines(["按照《中华人民共和国政府信息公开条例》，区卫生健康局结合工作实际，认真编制了2022年政府信息公开工作年度报告。",
                          "一、总体情况", "2022年，东山区卫生健康局全面贯彻落实政务公开决策部署。"])
    assert report.agency == "区卫生健康局"
    assert "标题中没有发布机关，“区卫生健康局”取自报告开头的说明。" in report.warnings


def test_issuer_from_the_signature_at_the_end():
    # Page 2 of a report: no title, no lead-in, only 我镇; the signature names the body, then the date.
    report = parse_lines(["2014年我镇主动公开政府信息共计73条。", "三、政府信息依申请公开情况", "2014年，我镇没有依申请公开事项。",
                          "六、存在问题及改进措施", "公开内容的及时性需要在今后工作中改进。", "青石镇人民政府", "2015年1月16日"])
    assert (report.agency, report.year) == ("青石镇人民政府", 2014)
    assert "标题中没有发布机关，“青石镇人民政府”取自报告末尾的落款。" in report.warnings
    assert all(sentence_problem(w) is None for w in report.warnings)


@pytest.mark.parametrize("furniture", [["— 3 —"], ["第3页 共3页"], ["- 3 -", "第3页/共3页"], ["3/3"]])
def test_a_signature_above_a_pdfs_page_furniture(furniture):
    # the last page's number (and the count of pages) printed under the signature and its date
    report = parse_lines(["2014年我镇主动公开政府信息共计73条。", "三、政府信息依申请公开情况", "2014年，我镇没有依申请公开事项。",
                          "六、存在问题及改进措施", "公开内容的及时性需要在今后工作中改进。", "青石镇人民政府", "2015年1月16日",
                          *furniture])
    assert (report.agency, report.year) == ("青石镇人民政府", 2014)


def test_a_year_in_a_cited_notice_yields_to_the_statistics_period():
    report = parse_lines(["本报告依据《条例》和省、市政府办《关于做好2022年政府信息公开年度报告编制工作的工作提示》要求编制而成。"
                          "本报告中使用数据统计期限为2023年1月1日至12月31日。", "一、总体情况", "县人社局严格按照《条例》公开信息。"])
    assert report.year == 2023


def test_title_whose_issuer_shares_its_government_with_the_subject():
    report = parse_lines(["2008年青石镇人民政府信息公开工作年度报告", *BODY])
    assert (report.agency, report.year) == ("青石镇人民政府", 2008)


def test_cover_line_above_an_introduction_heading():
    report = parse_lines(["北 山 县 人 民 政 府", "2011年3月10日", "引 言",
                          "本年度报告是根据《条例》要求，由某某市北山县编制。全文包括概述，主动公开政府信息情况。",
                          "一、概述", "2010年，我县进一步加强政府信息公开工作。"])
    assert (report.agency, report.year) == ("北山县人民政府", 2010)


def test_cover_line_names_the_issuer_before_a_title_without_year():
    report = parse_lines(["文档内容", "2014", "某某市统计局•国家统计局某某调查队", "2014/3/1",
                          "某某市政府信息公开工作年度报告本报告是根据《条例》要求，由某某市统计局编制的 2013 年度政府信息公开工作年度报告。",
                          "一、概述", "2013年，本局认真落实《条例》。"])
    assert (report.agency, report.year) == ("某某市统计局•国家统计局某某调查队", 2013)
    assert "标题中没有发布机关，“某某市统计局•国家统计局某某调查队”取自标题前单独的一行。" in report.warnings


@pytest.mark.parametrize("head", [["2019年政府信息公开工作年度报告", "东山县民政局", "2020年1月15日"],
                                  ["政府信息公开工作年度报告", "（2019年度）", "东山县民政局"]])
def test_cover_line_below_a_title_without_issuer(head):
    report = parse_lines([*head, "一、总体情况", "2019年，我局认真贯彻落实《条例》。"])
    assert (report.agency, report.year) == ("东山县民政局", 2019)
    assert "标题中没有发布机关，“东山县民政局”取自标题下单独的一行。" in report.warnings


def test_a_signature_below_template_headings_in_a_notice_is_no_cover():
    # a notice on the format quotes the template's headings, its sender's name below: not a cover
    report = parse_lines(["根据《条例》规定，现将修订后的年度报告格式印发给你们，请认真贯彻执行。", "政府信息公开工作年度报告",
                          "某某市人民政府办公室", "一、总体情况", "2019年，我局认真贯彻落实《条例》。"])
    assert report.agency is None


@pytest.mark.parametrize("sentence, subject", [
    ("2020年青石镇严格按照《条例》有关要求，由镇党政办具体负责", "青石镇"),
    ("2022年,白云乡政府信息公开工作在县委、县政府的正确领导下", "白云乡"),
    ("2020年，市发展和改革局依据《条例》", "市发展和改革局"),
    ("2023年，某某工业园区管委会严格按照《条例》", "某某工业园区管委会"),
    ("2019年我局政府信息公开工作运行良好", None),
    ("2023年，在区委、区政府的坚强领导下，青石街道办事处认真贯彻落实《条例》", "青石街道办事处"),
    ("2014年东山区教育委员会开展政府信息公开工作", "东山区教育委员会"),
    ("2014年,青石乡人民政府信息公开工作紧紧围绕全乡工作大局", "青石乡人民政府"),  # 人民 + 政府信息公开工作
    # a legal basis and a date before the subject
    ("根据《条例》要求,2008年5月1日起东山区青石街道办事处正式施行政府信息公开工作", "东山区青石街道办事处"),
    ("2021年，开发区管委会政务信息工作紧紧围绕区委中心工作", "开发区管委会"),
    ("2024年以来,区农业农村局坚持以人民为中心", "区农业农村局"),  # a date adverbial '…年以来'
    ("今年以来，青石镇认真落实《条例》", "青石镇"),
    # a date span, and a plan the work followed after the date
    ("2022年1月至12月，北山区司法局认真落实《条例》", "北山区司法局"),
    ("2022年，按照区委区政府工作部署，青石镇认真落实《条例》", "青石镇"),
    ("一直以来，市某某办对政府信息公开工作高度重视", "市某某办"),
    ("区政府主动公开的政府信息包括政府信息公开工作年度报告等", None),  # a relative clause, no subject
    # a purpose clause, and a cut-off date, before the subject
    ("为进一步推进政务公开工作，北山县统计局严格按照《条例》要求", "北山县统计局"),
    ("截至2022年底，青石镇共主动公开政府信息120条", "青石镇"),
    # the subject before '现将', '就2022年…', '向社会公布', and after any purpose clause
    ("北山县民政局现将2022年度政府信息公开工作情况报告如下", "北山县民政局"),
    ("根据《条例》规定，北山县民政局就2022年度政府信息公开工作情况报告如下", "北山县民政局"),
    ("北山县民政局向社会公布2022年度政府信息公开工作年度报告", "北山县民政局"),
    ("为保障公民知情权，北山县民政局根据《条例》编制本报告", "北山县民政局"),
    ("东山县就业服务局2020年主动公开信息180条", "东山县就业服务局"),  # 就 inside a name is no predicate
    # a predicate no word list foresees: the name opening the sentence, when a place or a level word opens it
    ("2022年，东山县民政局深化政务公开", "东山县民政局"),
    ("2022年，东山县民政局党组高度重视政府信息公开工作", "东山县民政局"),
    ("2022年，东山县人民政府办公室统筹推进政务公开", "东山县人民政府办公室"),
    ("东山县民政局2022年政府信息公开工作在县委的领导下有序开展", "东山县民政局"),
    ("2022年，县卫生健康局深化政务公开", "县卫生健康局"),
    ("2022年，提高政府透明度是重点", None), ("2022年，市委市政府高度重视政府信息公开", None),
    # a preposition's object may hold a 的: no relative clause
    ("2013年,青石街道以党的十八大精神为指导,认真贯彻落实上级要求", "青石街道"),
    ("2021年,青石镇在县委的领导下,认真贯彻《条例》", "青石镇"),
    ("今年来，东山县民政局严格落实《条例》", "东山县民政局"),
    ("2020年，东山县民政局依托政府网站公开信息", "东山县民政局"),  # 依托 ends the subject
    ("2020年度东山县民政局政府信息公开全年主动公开信息120条", "东山县民政局"),  # the name ends before its topic
    # a sentence that leaves its subject out opens with its predicate: no name, whatever its last word
    ("2025年，紧扣市委、市政府中心工作部署，持续深化政务公开工作", None),
    ("2023年，聚焦县委县政府决策部署，扎实推进政务公开", None),
    ("2023年，青石县统计局聚焦县委县政府决策部署，扎实推进政务公开", "青石县统计局"),
    ("2021年，共青团北山县委员会认真落实《条例》", "共青团北山县委员会"),  # 共 of 共青团 is no predicate
    # openings no page had shown (variants of round 10): a self-reference naming itself in brackets, an alias,
    # a year described, '过去一年', who led the work before the date
    ("2020年，我局（北山县民政局）认真贯彻落实《条例》", "北山县民政局"),
    ("2020年，北山县民政局（以下简称“县民政局”）认真贯彻落实《条例》", "北山县民政局"),
    ("2020年是“十三五”收官之年，北山县民政局认真贯彻落实《条例》", "北山县民政局"),
    ("过去一年，北山县民政局认真贯彻落实《条例》", "北山县民政局"),
    ("在县委、县政府的正确领导下，2020年北山县民政局认真贯彻落实《条例》", "北山县民政局"),
])
def test_first_sentence_subject(sentence, subject):
    assert sentence_subject(sentence) == subject


def test_issuer_from_the_first_sentence_of_a_page_without_title_or_lead_in():
    report = parse_lines(["一、总体情况", "2020年青石镇严格按照《条例》有关要求，及时公开政府信息。", "二、主动公开政府信息情况", "略。"])
    assert (report.agency, report.year) == ("青石镇", 2020)
    assert report.level == "township"
    assert "标题中没有发布机关，“青石镇”取自正文第一句。" in report.warnings


@pytest.mark.parametrize("line, body", [
    ("如对本年度报告有任何疑问，请与东山县财政局办公室联系（电话：0000-1234567）。", "东山县财政局"),
    ("如对本报告有疑问，请与某某部政府信息公开办公室联系（地址：某某路11号）。", "某某部"),
    ("如对本报告有任何疑问，请联系：某某市统计局资料管理中心（地址：某某路2号）。", "某某市统计局"),
    ("请与青石镇党政办联系。", "青石镇"),
    ("如有疑问，请与东山区青石镇党政综合办公室联系（地址：某某村22组）。", "东山区青石镇"),
    ("如对本年报有任何疑问，请与北山市青石街道政务办公室联系（电话：0000-1234567）。", "北山市青石街道"),
    ("如对本报告有疑问，请致电北山县林业局办公室（电话：0000-1234567）。", "北山县林业局"),
    ("如有疑问，可向北山县林业局办公室咨询（电话：1234567）。", "北山县林业局"),
    ("联系单位：北山县林业局办公室；联系电话：1234567。", "北山县林业局"),
    ("联系方式：北山县林业局综合股，电话：1234567。", "北山县林业局"),
    ("如对本报告有疑问，请与北山新区自然资源局综合一科联系（地址：某某路1号）。", "北山新区自然资源局"),
    ("如有疑问，请与东山市商务局外资管理处联系。", "东山市商务局"),
    ("如有疑问，请与东山市发展和改革委员会法规二科联系。", "东山市发展和改革委员会"),
    ("如有疑问，请与东山市科学技术局联系。", "东山市科学技术局"),
    ("如有疑问，请与东山市人民防空办公室联系。", "东山市人民防空办公室"),
    ("可向社会公众提供查询服务（电话：1234567）。", None),
])
def test_contact_line_names_the_issuer_without_its_office(line, body):
    assert contact_issuer(line) == body


def test_issuer_from_the_contact_line_warns():
    report = parse_lines(["根据《条例》精神，结合我局实际情况编制2014年度政府信息公开工作年度报告。"
                          "如对本年度报告有任何疑问，请与东山县财政局办公室联系（电话：0000-1234567）。",
                          "一、信息公开工作概述", "2014年，我局主动公开信息43条。"])
    assert report.agency == "东山县财政局"
    assert "标题中没有发布机关，“东山县财政局”取自报告中的联系方式。" in report.warnings


# --- year --------------------------------------------------------------------------------------

def test_year_is_the_reported_one_not_publication_dates_or_document_numbers():
    report = parse_lines(["发布时间：2021-02-05", "根据《条例》（国办公开办函〔2021〕30号）和（某政发〔2009〕63号）要求编制本报告。"
                          "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。", *BODY])
    assert report.year == 2020
    assert "标题中没有年份，年份 2020 取自统计期限。" in report.warnings


@pytest.mark.parametrize("period", ["统计期限自202011日起至20201231日止", "统计期限自20201月1日起至202012月31日止",
                                    "报告采用数据为2020年1月1日至2020年12月31日"])
def test_statistics_period_that_lost_its_separators(period):
    report = parse_lines([f"根据《条例》编制本报告。本报告中所列数据的{period}。", *BODY])
    assert report.year == 2020


def test_statistics_period_under_another_name():
    # '统计限自…' (a slip for 统计期限): a period from 1 January names the year reported on.
    report = parse_lines(["本报告中所列数据统计限自2021年1月1日至2021年12月31日。", "一、 总体情况",
                          "1.在县委、县政府的正确领导下，我局认真贯彻落实政府信息公开工作要求。"])
    assert report.year == 2021
    assert "标题中没有年份，年份 2021 取自统计期限。" in report.warnings


def test_year_from_the_cut_off_date_of_the_figures():
    report = parse_lines(["一、总体情况", "（一）主动公开信息情况。截止2023年12月31日我局在门户网站公开各类信息52条。",
                          "二、主动公开政府信息情况", "略。"])
    assert report.year == 2023
    assert "标题中没有年份，年份 2023 取自统计期限。" in report.warnings


@pytest.mark.parametrize("line", ["本报告所列数据统计截止时间为2023年12月31日。", "数据截止日期：2023年12月31日。",
                                  "本报告数据截止日为2023年底。"])
def test_year_from_a_cut_off_date_introduced_by_its_label(line):
    report = parse_lines(["某某县水利局政府信息公开工作年度报告", line, "一、总体情况", "本年度，我局认真落实《条例》。",
                          "二、主动公开政府信息情况", "略。"])
    assert report.year == 2023


def test_no_year_stays_none():
    report = parse_lines(["根据《条例》相关规定，结合我局工作实际，制定本报告：", "一、总体情况", "我局积极落实政府信息公开工作要求。",
                          "二、主动公开政府信息情况", "略。"])
    assert report.year is None
    assert "标题和正文中都没有找到报告年度。" in report.warnings


# --- traditional script, pinyin glosses --------------------------------------------------------

def test_glosses_go_abbreviations_stay():
    assert strip_glosses("某某縣統(tǒng)計局(AQI)公開(kāi)") == "某某縣統計局(AQI)公開"
    assert to_key("主動公開政府資訊情況") == "主动公开政府信息情况"


def test_traditional_page_with_glosses_keeps_its_script():
    report = parse_lines(["1", "東山縣文化和旅遊局", "2023 年政府信息公開(kāi)工作年度報(bào)告",
                          "本報(bào)告根據(jù)《條例》編制。", "一、總體情況", "2023 年，本局認真貫徹《條例》。",
                          "二、主動公開政府資訊情況", "略。"])
    assert (report.agency, report.year) == ("東山縣文化和旅遊局", 2023)
    assert [s.number for s in report.sections] == [1, 2]
    assert report.level == "county"


def test_warnings_on_guessed_issuers_are_plain_sentences():
    report = parse_lines(["根据《条例》规定，现将北山县医疗保障局2024年政府信息公开工作年度报告予以公开发布。", *BODY])
    assert report.warnings and all(sentence_problem(w) is None for w in report.warnings)


def test_issuer_named_after_the_legal_basis_of_the_lead_in():
    report = parse_lines(["信息来源：某某网", "根据《条例》第三十二条规定，青石镇政府结合实际工作，认真编制了2016年度政府信息公开年度报告。"
                          "如对本报告有任何疑问，请与我镇党政办公室联系。", "一、政府信息主动公开情况", "2016年全年发布各类信息247条。"])
    assert (report.agency, report.year, report.level) == ("青石镇政府", 2016, "township")
    assert "标题中没有发布机关，“青石镇政府”取自报告开头的说明。" in report.warnings


def test_first_sentence_after_a_run_in_sub_heading():
    # part 一 opens with '（一）加强组织领导。' run into its paragraph: the sentence after it names the body
    report = parse_lines(["根据《条例》要求编制本报告。本报告所列数据自2016年1月1日至2016年12月31日。",
                          "一、概述", "（一）加强组织领导。一直以来，市某某办对政府信息公开工作高度重视，列入重要议事日程。",
                          "二、主动公开政府信息情况", "略。"])
    assert (report.agency, report.year) == ("市某某办", 2016)
    assert "标题中没有发布机关，“市某某办”取自正文第一句。" in report.warnings


def test_year_of_the_work_a_lead_in_sums_up():
    report = parse_lines(["按照《条例》要求，北山县民政局对2022年度政府信息公开工作进行了总结，形成本报告。", *BODY])
    assert (report.agency, report.year) == ("北山县民政局", 2022)
    assert lead_in_year("北山县民政局认真梳理2021年政府信息公开工作，编制本年度报告。") == 2021
    assert lead_in_year("按照2021年政务公开工作要点要求开展工作。") is None  # a plan, not the work reported on


@pytest.mark.parametrize("period", ["本报告数据统计时段为2021年1月—12月。", "报告期为2021年1-12月。",
                                    "本报告统计数据为2021年1月至12月的数据。", "统计时限：2021.1.1—2021.12.31。"])
def test_statistics_period_from_january_to_december(period):
    report = parse_lines(["东山县民政局政府信息公开工作年度报告", period, "一、总体情况", "发布时间：2022-01-20。",
                          "二、主动公开政府信息情况", "略。"])
    assert report.year == 2021
    assert "标题中没有年份，年份 2021 取自统计期限。" in report.warnings


def test_issuer_announced_in_a_first_sentence_that_is_not_a_lead_in_pattern():
    # the sentence after an introduction opens with the verb: no lead-in pattern, the subject is read up
    # to its body word, and the verb is no part of the name
    report = parse_lines(["根据《条例》和《东山旗2020年政务公开工作要点》要求，紧紧围绕提高信息公开水平，发挥积极作用。",
                          "现公布东山旗审计局2020年政府信息公开工作年度报告。如有疑问，请与东山旗审计局办公室联系。",
                          "2020年，旗审计局认真落实《条例》。"])
    assert (report.agency, report.year) == ("东山旗审计局", 2020)


@pytest.mark.parametrize("above, title, agency", [
    ("北山省公安厅", "省公安厅政府信息公开工作年度报告（2018年度）", "北山省公安厅"),
    ("东山市人民防空办公室", "市人民防空办公室2021年政府信息公开工作年度报告", "东山市人民防空办公室"),
    # a line above that is another body, or the same level word alone, changes nothing
    ("北山省财政厅", "省公安厅2018年政府信息公开工作年度报告", "省公安厅"),
    ("政府信息公开年度报告", "省公安厅2018年政府信息公开工作年度报告", "省公安厅"),
])
def test_full_name_above_a_title_that_names_the_issuer_by_its_level_word(above, title, agency):
    report = parse_lines([above, title, "一、总体公开情况", "2018年，我厅认真落实《条例》。"])
    assert report.agency == agency


def test_a_mirror_gloss_inside_a_name_on_a_metadata_table_line():
    # a converter's pinyin gloss inside the issuer's name, the title among a metadata table's rows
    report = parse_lines(["索引號: | 1233000000000000XX/2011-00001 | 發布機構: | 市氣象局 |",
                          "公開方式: | 主動公開 | 發文日期: | 2011-03-09 |",
                          "東鄉(xiāng)市氣象局2010年度政府信息公開工作報(bào)告",
                          "|", "||||||||", "|", "||||||||",
                          "根據《條例》,我局依法公布本機關2010年度的政府信息公開工作年度報告。",
                          "一、政府信息公開工作概述", "我局指定局辦公室為工作機構。"])
    assert (report.agency, report.year) == ("東鄉市氣象局", 2010)


@pytest.mark.parametrize("lines, agency", [
    # a wiki copy: its title names no one, the lead-in's sentence opens with the name, the year and 年报
    (["2010年政府信息公開工作年度報告", "翠溪高新區管委會2010年年報根據《條例》和《實施辦法》規定進行編制。全文包括概述等7個部分。",
      "內容介紹", "2010年，我委專門成立了政府信息公開工作領導小組。"], "翠溪高新區管委會"),
    (["东山县民政局2012年度报告依据《条例》编制，所列数据的统计期限自2012年1月1日起至12月31日止。",
      "一、概述", "2012年，我局主动公开信息30条。"], "东山县民政局"),
])
def test_a_lead_in_opening_with_the_name_and_its_year(lines, agency):
    assert parse_lines(lines).agency == agency


def test_a_lead_in_sentence_without_a_name_names_no_one():
    assert lead_in_issuer("本年报根据《条例》编制。") is None
    assert lead_in_issuer("我局2012年年报根据《条例》编制。") is None


def test_issuer_from_the_site_the_report_is_on_when_it_calls_itself_that_kind_of_body():
    report = parse_lines(["本报告依据《条例》要求编制。本报告的电子版可从东山市公安局网站“公开目录”栏目下载。"
                          "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如有疑问，请与我局联系（电话：0000-1234567）。",
                          "一、总体情况", "2024年我局主动公开政府信息635条。"])
    assert report.agency == "东山市公安局"
    assert "标题中没有发布机关，“东山市公安局”取自报告所在网站的名称（报告中自称同类机关）。" in report.warnings


@pytest.mark.parametrize("lead", [
    # a department's report on its government's site: the site's owner is another body
    "本报告的电子版可在东山县人民政府网站下载。如有疑问，请与我局联系。",
    # no self-reference: nothing says the site's owner is the issuer
    "本报告的电子版可在东山县林业局网站下载。如有疑问，请致电0000-1234567。",
])
def test_the_site_owner_is_no_issuer_without_the_same_kind(lead):
    report = parse_lines([lead, "一、总体情况", "2024年，全年主动公开政府信息12条。"])
    assert report.agency is None


@pytest.mark.parametrize("text", ["办公室", "党政办", "综合办公室"])
def test_an_office_named_without_its_body_is_no_name(text):
    assert agency_name(text) is None
    assert contact_issuer(f"如有疑问，请与{text}联系（电话：0000-1234567）。") is None


def test_an_office_named_with_its_body_is_a_name():
    assert agency_name("东山县人民政府办公室") == "东山县人民政府办公室"


@pytest.mark.parametrize("title, agency", [
    # a news portal's headline: the verb between the issuer and the year
    ("东山县发布2021年政府信息公开工作年度报告", "东山县"),
    ("北山市统计局正式发布了2020年度政府信息公开工作年度报告", "北山市统计局"),
])
def test_a_headline_announcing_the_report_names_its_issuer(title, agency):
    report = parse_lines(["东山新闻网 > 时政要闻", title, "记者 张三"] + BODY)
    assert report.agency == agency


@pytest.mark.parametrize("text, name", [
    ("东山县水利局编制了东山县水利局", "东山县水利局"),  # a lead-in's verb between two copies of the name
    ("某某委编制了某某委员会", "某某委员会"),
    ("东山县机构编制委员会办公室", "东山县机构编制委员会办公室"),  # 编制 inside a body's own name
])
def test_a_compiling_verb_between_two_names(text, name):
    assert agency_name(text) == name


def test_a_lead_in_naming_the_compiler_then_the_report_as_a_title_line():
    report = parse_lines(["东山县水利局编制了东山县水利局2022年政府信息公开工作年度报告。"] + BODY)
    assert (report.agency, report.year) == ("东山县水利局", 2022)


def test_a_department_writing_of_its_county_takes_no_site_owner_for_itself():
    # 我县 (its county) before 我局 (itself): the county government's site is not the bureau's name
    report = parse_lines(["本报告的电子版可在东山县人民政府网站下载。2021年，我县政务公开工作稳步推进，我局认真落实《条例》。",
                          "一、总体情况", "2021年，全年主动公开政府信息12条。"])
    assert report.agency is None


def test_a_government_calling_itself_by_its_place_takes_its_site():
    report = parse_lines(["本报告的电子版可在东山县人民政府门户网站下载。2021年，我县认真落实《条例》。",
                          "一、总体情况", "2021年，全年主动公开政府信息12条。"])
    assert report.agency == "东山县人民政府"


@pytest.mark.parametrize("head, agency", [
    (["东山县", "民政局2019年政府信息公开工作年度报告"], "东山县民政局"),  # the issuer split after its place
    (["杭州市西湖区", "发展和改革委员会2019年政府信息公开工作年度报告"], "杭州市西湖区发展和改革委员会"),
    (["东山县民政局：", "2019年政府信息公开工作年度报告"], "东山县民政局"),  # a colon after the name above its title
])
def test_an_issuer_split_from_its_title(head, agency):
    report = parse_lines(head + BODY)
    assert (report.agency, report.year) == (agency, 2019)


@pytest.mark.parametrize("head, agency", [
    (["政务公开", "民政局2019年政府信息公开工作年度报告"], "民政局"),  # a site's label above is no place
    (["东山县", "东山县民政局2019年政府信息公开工作年度报告"], "东山县民政局"),  # the title names its place already
])
def test_a_line_above_that_is_no_place_or_repeats_it_joins_nothing(head, agency):
    assert parse_lines(head + BODY).agency == agency


def test_a_breadcrumb_ending_in_a_section_name_is_no_issuer():
    assert agency_name("当前位置：首页>信息公开>区水利局>") is None


# --- public institutions: universities, schools, hospitals ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("北山大学", "北山大学"), ("東江師範大學", "東江師範大學"), ("东山市实验学校", "东山市实验学校"),
    ("中共北山市委党校", "中共北山市委党校"), ("北山市第一中学", "北山市第一中学"),
    ("北山大学信息公开办公室", "北山大学"),  # the office that compiles its university's report
    ("北山县人民政府信息公开办公室", "北山县人民政府"),
    ("北山市人民政府政务公开办公室", "北山市人民政府政务公开办公室"),  # a government's standing office is a body
    ("大学", None), ("学校", None),
])
def test_institutions_names(text, name):
    assert agency_name(text) == name


@pytest.mark.parametrize("title, agency, year", [
    ("2014-2015学年东江大学信息公开工作年报", "东江大学", 2015),  # an academic year, named by its second year
    ("2015—2016 學年度西嶺師範大學信息公開工作年度報告", "西嶺師範大學", 2016),
    ("北山师范学院2019-2020学年信息公开工作年度报告", "北山师范学院", 2020),  # the span after the name
    ("北山职业技术学院2021年政府信息公开工作年度报告", "北山职业技术学院", 2021),
])
def test_a_universitys_title_names_it(title, agency, year):
    report = parse_lines([title, "一、概述", "学校全力推进世界一流大学建设，主动公开信息20条。", "二、主动公开情况", "略。"])
    assert (report.agency, report.year) == (agency, year)


def test_a_university_named_in_its_lead_in_with_an_academic_year():
    report = parse_lines(["北山大学信息公开年度报告", "本年报由北山大学编制，是2013-2014学年度信息公开年度报告。", *BODY])
    assert (report.agency, report.year) == ("北山大学", 2014)


def test_a_hospitals_contact_office_is_dropped():
    assert contact_issuer("如对本报告有任何疑问，可与青石县中医院行政办公室联系，电话：0000-1234567。") == "青石县中医院"
    assert contact_issuer("如有疑问，请与东山市教育局党委办公室联系。") == "东山市教育局"


@pytest.mark.parametrize("verb", ["按时公布", "及时发布了", "已向社会公布", "如期公开", "已于3月底前发布"])
def test_an_earlier_report_published_that_year_is_no_lead_in_year(verb):
    lead = f"东山区{verb}2010年区政府信息公开工作年度报告，并督促各部门公布年度报告。"
    assert lead_in_year(lead) is None
    report = parse_lines(["本年度报告由东山区人民政府办公室编制，所列数据的统计期限自2011年1月1日至2011年12月31日止。",
                          "一、概述", lead, "二、主动公开政府信息情况", "略。"])
    assert report.year == 2011
    # announcing this report is no earlier one
    assert lead_in_year("根据《条例》规定，现公布青石镇2016年政府信息公开工作年度报告。") == 2016


def test_a_lead_in_saying_whose_work_the_report_covers():
    lead = "本报告内容主要为北山州人民政府办公厅2012年度的政府信息公开工作情况。各县市自行公布年度报告。"
    assert (lead_in_issuer(lead), lead_in_year(lead)) == ("北山州人民政府办公厅", 2012)
    report = parse_lines(["根据《条例》要求，特编制本报告。", lead, *BODY])
    assert report.agency == "北山州人民政府办公厅"


@pytest.mark.parametrize("text, name", [
    # a level word left alone before a full place name (a column's label on a copied page) is not the name's
    ("市吴江市", "吴江市"),
    ("县平阳县科学技术局", "平阳县科学技术局"),
    ("市南区民政局", "市南区民政局"),  # 市南区 is a district's whole name
    ("市民政局", "市民政局"),  # a level word before a body, no place after it
    ("市北山县", "市北山县"),  # no known place follows
])
def test_a_level_word_alone_before_a_place_name_is_dropped(text, name):
    assert agency_name(text) == name


def test_a_title_line_opening_with_a_stray_level_word():
    report = parse_lines(["吴江市政府信息公开工作年度报告",
                          "市 吴江市 2008 年政府信息公开工作年度报告 本报告根据《条例》编制。", "一、概述", "2008年，全市认真贯彻《条例》。"])
    assert (report.agency, report.year, report.level) == ("吴江市", 2008, "county")


# --- round 15: the gold convention's edge cases (the name exactly as the title writes it) ------------------------

@pytest.mark.parametrize("title, agency", [
    # a second name in full-width brackets stays as the page writes it (the clean-up folds widths for matching only)
    ("北山县市场监督管理局（北山县知识产权局）2020年政府信息公开工作年度报告", "北山县市场监督管理局（北山县知识产权局）"),
    ("北山县市场监督管理局(北山县知识产权局)2020年政府信息公开工作年度报告", "北山县市场监督管理局(北山县知识产权局)"),
    ("青石市人民政府（本级）2020年政府信息公开工作年度报告", "青石市人民政府（本级）"),
    # a second body's long full name in the brackets
    ("北山县人民政府外事办公室（北山县人民政府港澳事务办公室）2020年政府信息公开工作年度报告",
     "北山县人民政府外事办公室（北山县人民政府港澳事务办公室）"),
    # 网 in a body's name: the cyberspace offices
    ("国家互联网信息办公室2020年政府信息公开工作年度报告", "国家互联网信息办公室"),
    ("北山市委网信办2020年政府信息公开工作年度报告", "北山市委网信办"),
    ("中共北山市委网络安全和信息化委员会办公室2020年政府信息公开工作年度报告", "中共北山市委网络安全和信息化委员会办公室"),
    # bodies whose names end in neither 局 nor 会: bank branches, observatories, people's organisations, prisons
    ("中国人民银行北山市中心支行2020年政府信息公开工作年度报告", "中国人民银行北山市中心支行"),
    ("北山市气象台2020年政府信息公开工作年度报告", "北山市气象台"),
    ("北山县妇联2020年政府信息公开工作年度报告", "北山县妇联"),
    ("北山县科协2020年政府信息公开工作年度报告", "北山县科协"),
    ("北山监狱2020年政府信息公开工作年度报告", "北山监狱"),
    # a place's own offices without its departments
    ("北山市本级2020年政府信息公开工作年度报告", "北山市本级"),
    ("北山市市本级2020年政府信息公开工作年度报告", "北山市市本级"),
    ("北山县人民政府本级2020年度政府信息公开工作年度报告", "北山县人民政府本级"),
    # the whole place a consolidated report covers, after the place's name, is the place's report
    ("2020年北山市全市政府信息公开工作年度报告", "北山市"),
    # the issuer in brackets after a title that names none
    ("2020年度政府信息公开工作年度报告（北山县民政局）", "北山县民政局"),
    ("2020年度政府信息公开工作年度报告 北山县民政局", "北山县民政局"),
    # a document's name with its year in two digits
    ("09北山市政府信息公开报告", "北山市"),
    # an office's 公告 carrying its department's report names the report's issuer
    ("北山部办公厅关于2017年北山部政府信息公开工作年度报告的公告", "北山部"),
])
def test_title_names_issuer_as_written(title, agency):
    report = parse_lines([title] + BODY)
    assert report.agency == agency


def test_two_digit_year_of_a_document_name():
    report = parse_lines(["10年北山县民政局政府信息公开工作年度报告"] + BODY)
    assert (report.agency, report.year) == ("北山县民政局", 2010)


@pytest.mark.parametrize("text", ["市本级", "本级", "政府本级", "人民政府本级", "全市", "政府信息公开平台", "中国北山网", "全文"])
def test_words_of_no_body(text):
    assert agency_name(text) is None


@pytest.mark.parametrize("title", ["2020年政府信息公开工作年度报告（全文）", "2020年政府信息公开工作年度报告_北山县人民政府"])
def test_a_remark_or_a_site_after_the_title_names_no_one(title):
    # (a site's name joined by '_' is the page's <title> naming its site, not the issuer)
    assert parse_lines([title] + BODY).agency is None


def test_lead_in_with_alias_and_year_before_the_work():
    text = ("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）相关规定，结合青石县北山镇人民政府"
            "（以下简称“镇政府”）2025年度政府信息公开工作实际编制。")
    assert lead_in_issuer(text) == "青石县北山镇人民政府"


@pytest.mark.parametrize("text, agency", [
    # the report's own title quoted whole in its 关于…的报告 form (no cited notice, though it holds 关于)
    ("现将《北山县民政局关于2020年度政府信息公开工作的报告》予以公布。", "北山县民政局"),
    # a second body's long name in brackets, inside a lead-in
    ("根据《条例》规定，特向社会公布2020年度北山县民政局（北山县老龄工作委员会办公室）政府信息公开年度报告。",
     "北山县民政局（北山县老龄工作委员会办公室）"),
])
def test_lead_in_names_issuer_as_written(text, agency):
    assert lead_in_issuer(text) == agency


def test_a_cited_notice_still_names_no_one():
    text = "根据《北山县人民政府办公室关于做好2020年度政府信息公开工作年度报告编制工作的通知》要求，编制本报告。"
    assert lead_in_issuer(text) is None


@pytest.mark.parametrize("text, agency", [
    # the office that puts a whole place's reports together is the only body named: as written (the pages' gold)
    ("本报告由北山市人民政府信息公开工作领导小组办公室根据《条例》要求，汇总北山市各县（市、区）、市政府各部门政府信息公开"
     "工作情况编制而成。", "北山市人民政府信息公开工作领导小组办公室"),
    ("本报告由北山市人民政府信息公开办公室综合各区县和市政府各部门的年度报告编制而成。", "北山市人民政府信息公开办公室"),
    # a department's own report compiled by its office or its group's office stays the department's
    ("本报告由北山县民政局政府信息公开工作领导小组办公室编制。", "北山县民政局"),
    ("本报告由北山县民政局办公室汇总各股室情况编制。", "北山县民政局"),
])
def test_compiling_office_of_a_consolidated_report(text, agency):
    assert lead_in_issuer(text) == agency


@pytest.mark.parametrize("title, agency", [
    # one office with two names side by side keeps the space the title writes between them
    ("中共北山县委办公室 北山县人民政府办公室2020年政府信息公开工作年度报告", "中共北山县委办公室 北山县人民政府办公室"),
    ("北山县水利局 北山县水务局2022年政府信息公开工作年度报告", "北山县水利局 北山县水务局"),
    # a space inside one name, or between the name and its year, is no part of it
    ("北山县 民政局2022年政府信息公开工作年度报告", "北山县民政局"),
    ("北山县人民政府 办公室2022年政府信息公开工作年度报告", "北山县人民政府办公室"),
    ("北山县民政局 2022年政府信息公开工作年度报告", "北山县民政局"),
])
def test_spaces_in_a_title_name(title, agency):
    assert parse_lines([title] + BODY).agency == agency


@pytest.mark.parametrize("lines, year", [
    # the reported year alone on the line under a title that has none
    (["北山县民政局政府信息公开工作年度报告", "（2020年度）"], 2020),
    (["北山县民政局政府信息公开工作年度报告", "2020年度"], 2020),
    # a statistics period written in Chinese numerals
    (["北山县民政局政府信息公开工作年度报告", "本报告统计数据时限为二〇二二年一月一日至二〇二二年十二月三十一日。"], 2022),
    # a publication date under the title is no year of report
    (["北山县民政局政府信息公开工作年度报告", "（2021年1月22日）"], None),
])
def test_year_near_a_title_without_one(lines, year):
    body = ["一、总体情况", "我局认真贯彻落实《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "略。"]
    assert parse_lines(lines + body).year == year


@pytest.mark.parametrize("text, agency", [
    # a town's own office compiles the town's report (a county's 人民政府办公室 is a body of its own)
    ("本报告是根据《条例》要求，由青石镇人民政府党政办公室编制。", "青石镇人民政府"),
    ("本报告由青石镇政府党政办编制。", "青石镇政府"),
    ("本报告由北山县人民政府办公室编制。", "北山县人民政府办公室"),
    # a street's office, and a section of it, compile the street's report
    ("本报告由北山区人民政府青石街道党政办公室综合科编制。", "北山区人民政府青石街道"),
    ("本报告由青石街道党政办公室编制。", "青石街道"),
    ("本报告由青石镇党政办编制。", "青石镇"),
])
def test_office_of_a_town_compiling_its_report(text, agency):
    assert lead_in_issuer(text) == agency


def test_year_from_the_end_of_the_period_written_with_dao_zhi():
    lines = ["本年度报告由北山市发展和改革委员会编制。", "一、概述", "一年来，我委扎实做好政府信息公开工作。到2016年12月31日止，全委已发布信息108条。"]
    assert parse_lines(lines).year == 2016


# --- round 17: a system's offices, a clause saying since when, a lead-in's year before the name --------------

@pytest.mark.parametrize("text, name", [
    ("北山省邮政管理系统", "北山省邮政管理系统"), ("东山市气象系统", "东山市气象系统"), ("东山市统计部门", "东山市统计部门"),
    ("税务系统", None), ("气象管理系统", None), ("税务部门", None),  # a system without its place names no one
    ("全省气象系统", None), ("信息系统", None),
])
def test_a_vertical_systems_offices_reporting_together(text, name):
    assert agency_name(text) == name


def test_a_title_naming_a_system_of_offices():
    report = parse_lines(["北山省邮政管理系统2020年政府信息公开年度报告", "根据《条例》，编制本年报。"] + BODY)
    assert report.agency == "北山省邮政管理系统"


@pytest.mark.parametrize("sentence, name", [
    ("自《条例》实施以来，县民政局高度重视政府信息公开工作。", "县民政局"),
    ("《中华人民共和国政府信息公开条例》颁布施行以来，东山县林业局认真贯彻落实。", "东山县林业局"),
    ("自2008年5月1日以来，青石镇认真贯彻《条例》。", "青石镇"),
    ("从2008年起至今，北山市档案局坚持公开。", "北山市档案局"),
    ("自《条例》实施以来，我局高度重视政府信息公开工作。", None),
])
def test_first_sentence_past_a_clause_saying_since_when(sentence, name):
    assert sentence_subject(sentence) == name


def test_a_page_starting_at_part_one_with_a_since_clause():
    report = parse_lines(["一、政府信息公开工作概述", "自《条例》实施以来，县档案局高度重视政府信息公开工作，落实专人负责。",
                          "二、政府信息主动公开情况", "2011年度县档案局共主动公开政府信息18条。"])
    assert (report.agency, report.year) == ("县档案局", 2011)


@pytest.mark.parametrize("text, name", [
    ("依据《中华人民共和国政府信息公开条例》、《北山省行政程序规定》和2011年度北山省参事室信息公开工作情况编制，"
     "现将2011年度信息公开工作情况报告如下。", "北山省参事室"),
    ("根据《条例》及2020年东山县档案馆政府信息公开工作实际情况编写本报告。", "东山县档案馆"),
    ("根据《条例》和东山县档案馆2020年度政府信息公开工作情况编制本报告。", "东山县档案馆"),  # the year after, as before
])
def test_lead_in_rules_and_the_years_work_of_a_body(text, name):
    assert lead_in_issuer(text) == name


@pytest.mark.parametrize("sentence, name", [
    ("根据《中华人民共和国政府信息公开条例》，青石镇认真做好政府信息公开工作。", "青石镇"),  # a basis with no 要求 after it
    ("依照《条例》第五十条，东山县民政局现将2020年度工作情况报告如下。", "东山县民政局"),
    ("2020年，在县委、县政府的坚强领导下，在县政务公开办的精心指导下，青石镇认真贯彻落实《条例》。", "青石镇"),  # two adverbials
    ("2020年，面对新冠肺炎疫情，东山县林业局坚持公开为常态。", "东山县林业局"),
    ("回顾2020年，东山县林业局坚持以人民为中心。", "东山县林业局"),
    ("随着《条例》的深入实施，东山县林业局不断加大公开力度。", "东山县林业局"),
    ("2020年，围绕中心工作，东山县林业局认真贯彻落实《条例》。", "东山县林业局"),
    # the scene set, and no subject after it
    ("围绕中心工作，积极推进政务公开。", None), ("按照要求，我局认真开展工作。", None),
])
def test_first_sentence_past_adverbials_that_set_the_scene(sentence, name):
    assert sentence_subject(sentence) == name


@pytest.mark.parametrize("text, name", [
    ("本报告综合东山县林业局2020年政府信息公开工作情况编制而成。", "东山县林业局"),
    ("本报告根据东山县林业局2020年政府信息公开工作情况编制。", "东山县林业局"),
    ("本报告依据《条例》和东山县林业局2020年度政府信息公开工作实际编写。", "东山县林业局"),
    ("本报告全文包括东山县林业局2020年政府信息公开工作总体情况、主动公开政府信息情况等六个部分。", "东山县林业局"),
    # a prefecture's 行署 is no department: its offices keep their names
    ("全文包括北山盟行署外事办公室2025年政府信息公开总体情况，主动公开政府信息情况。", "北山盟行署外事办公室"),
    ("本报告由北山地区行政公署办公室编制。", "北山地区行政公署办公室"),
    ("由东山县公安局指挥中心办公室编制。", "东山县公安局"),  # a department's unit's office still names the department
    # a plan's issuer is not the report's: a compiling verb must follow the year's work
    ("按照东山县人民政府办公室2020年政务公开工作要点要求，我局编制本报告。", None),
])
def test_lead_in_the_years_work_of_a_body_named_before_its_year(text, name):
    assert lead_in_issuer(text) == name


@pytest.mark.parametrize("sentence, name", [
    ("2021年，青石镇党委政府在县委县政府的正确领导下，认真贯彻落实《条例》。", "青石镇"),
    ("2020年，青石镇党委、政府高度重视政府信息公开工作。", "青石镇"),
    ("2020年，东山县委县政府高度重视政府信息公开工作。", "东山县"),
    ("2020年，青石街道党工委、办事处高度重视政府信息公开工作。", "青石街道"),
    ("2020年，县委县政府高度重视政府信息公开工作。", None),  # level words alone name no place
])
def test_a_places_party_committee_and_government_named_together_name_the_place(sentence, name):
    assert sentence_subject(sentence) == name


@pytest.mark.parametrize("name", ["中共东山县委办公室", "东山县委统战部", "青石镇人民政府"])
def test_bodies_of_a_party_committee_keep_their_names(name):
    assert agency_name(name) == name


@pytest.mark.parametrize("text, name", [
    ("本报告由青石高新区党政办公室按照《条例》的要求编制。", "青石高新区"),  # a zone's general office compiling its report
    ("本报告由青石经济开发区管委会党政办公室编制。", "青石经济开发区管委会"),
    ("本报告由东山区人民政府办公室编制。", "东山区人民政府办公室"),  # a government's office stays a body of its own
])
def test_a_zones_own_office_compiling_its_report(text, name):
    assert lead_in_issuer(text) == name


def test_a_cover_line_and_a_lead_in_naming_the_same_body_with_its_place():
    report = parse_lines(["青石区档案局", "2019年3月14日", "引 言",
                          "本年报是根据《条例》要求，由北山市青石区档案局编制的2018年度政府信息公开年度报告。"] + BODY)
    assert report.agency == "北山市青石区档案局"
    # a cover naming another body than the lead-in keeps the cover's
    report = parse_lines(["东山县档案局", "2019年3月14日", "引 言", "本年报是根据《条例》要求，由东山县档案馆编制的2018年度政府信息公开年度报告。"] + BODY)
    assert report.agency == "东山县档案局"


def test_guan_yu_in_traditional_script_is_read_as_its_simplified_word():
    # 於 stays itself in the key (a surname, a place's character: 於潜), but 關於 is 关于
    assert to_key("東山縣林業局關於2020年度…") == "东山县林业局关于2020年度…"
    assert to_key("於潜镇") == "於潜镇"
    report = parse_lines(["東山縣林業局關於2020年度政府信息公開工作的報告", "一、總體情況", "2020年，我局認真貫徹落實《條例》。"])
    assert (report.agency, report.year) == ("東山縣林業局", 2020)


@pytest.mark.parametrize("lead, year", [
    ("按照《条例》及相关工作要求，结合我局工作实际，现将2022年政府信息公开工作总结如下：", 2022),
    ("现将我局2021年政务公开工作汇报如下。", 2021),
    ("现将我局2021年度政府信息公开工作开展情况报告如下。", 2021),
    ("现将2021年政府信息公开工作有关情况公布如下。", 2021),
    ("现将我局2021年信息公开工作小结如下：", 2021),
])
def test_lead_in_year_of_a_work_summed_up_below(lead, year):
    assert lead_in_year(lead) == year


# --- round 18: issuers that publish without being departments, first sentences citing the party's ----

@pytest.mark.parametrize("sentence, name", [
    # a verb whose object is the party's ('坚持以党的…', '深入贯彻党的…'): 党的 opens no relative clause
    ("2025年，市水务局坚持以党的二十大精神为指引，深入推进政务公开。", "市水务局"),
    ("2024年，北山县林业局深入贯彻党的二十届三中全会精神，扎实做好公开工作。", "北山县林业局"),
    ("2023年度，东山区档案馆全面贯彻党的二十大精神。", "东山区档案馆"),
    # the state's, a government's or the public's ('贯彻国家的…', '落实省里的…', '聚焦群众的…')
    ("2023年，东山县民政局贯彻国家的决策部署，推进政务公开。", "东山县民政局"),
    ("2023年，北山县水利局落实省里的要求，推进政务公开。", "北山县水利局"),
    ("2024年，南江区人民医院聚焦群众的关切，推进院务公开。", "南江区人民医院"),
])
def test_first_sentence_whose_predicate_cites_the_partys_line(sentence, name):
    assert sentence_subject(sentence) == name


@pytest.mark.parametrize("sentence", [
    "区政府主动公开的政府信息包括机构职能、政策文件。",  # a relative clause: still no subject
    "2020年，北山镇主动公开的信息有规划、财政。",
])
def test_relative_clauses_still_name_no_subject(sentence):
    assert sentence_subject(sentence) is None


def test_a_page_starting_at_part_one_names_its_issuer_by_a_first_sentence_citing_the_party():
    report = parse_lines(["一、总体情况", "2025年，市农机局坚持以党的二十大精神为指引，持续提升政务公开水平。",
                          "（一）主动公开方面", "全年主动公开信息120条。"])
    assert (report.agency, report.year) == ("市农机局", 2025)


@pytest.mark.parametrize("name", ["北山二中", "东山县一小", "南江市第十一中", "北山县职业中专", "东山县第三中学"])
def test_schools_short_names_are_names(name):
    assert agency_name(name) == name
    report = parse_lines([f"{name}2021年政府信息公开工作年度报告", f"本报告由{name}编制。", *BODY])
    assert (report.agency, report.year) == (name, 2021)


@pytest.mark.parametrize("text", ["统一中", "一中", "十小"])
def test_a_numeral_and_zhong_alone_is_no_schools_name(text):
    assert agency_name(text) is None


def test_a_public_institutions_year_told_by_its_kind():
    # A hospital's page starting inside part 1: its only year is '2021年医院…'.
    report = parse_lines(["一、总体情况", "（一）主动公开情况", "我院按照上级部署推进政务公开。"
                          "2021年医院通过门户网站公开各类信息30条。", "（二）依申请公开情况", "本院全年没有收到公开申请。"])
    assert report.year == 2021


@pytest.mark.parametrize("sentence", ["2021年主动公开政府信息36条。", "2021年收到政府信息公开申请3件。",
                                      "2021年依申请公开信息2条。", "2021年受理申请1件。"])
def test_the_year_told_by_its_figures(sentence):
    # A page starting inside part 1 whose first sentence names no year: the year's figures tell it.
    report = parse_lines(["一、总体情况", "一年来，北山县供销合作社在上级的正确领导下，积极做好政务公开工作。" + sentence])
    assert (report.agency, report.year) == ("北山县供销合作社", 2021)


CHROME = ["首页 > 政务公开 > 政府信息公开年报", "字号：大 中 小 | 打印 | 关闭",
          "索引号： 000000000/2022-00012 | 主题分类： 综合政务", "发布机构： | 发文日期： 2022-01-20", "浏览次数： 128"]


@pytest.mark.parametrize("opening, agency", [
    # a page without title whose first sentence names the body
    (["2021年，北山县自然资源局认真落实《条例》，主动公开政府信息。"], "北山县自然资源局"),
    # a lead-in naming the body before the basis, run on after the chrome's short lines
    (["北山市供销社依据《条例》及上级要求，结合本社实际，做好信息公开工作。",
      "我社2021年信息公开年度报告如下:"], "北山市供销社"),
])
def test_the_pages_chrome_above_a_page_without_title_is_no_first_paragraph(opening, agency):
    # breadcrumb, widgets and the metadata table's fields (an empty 发布机构) stand above the report's first paragraph
    report = parse_lines([*CHROME, *opening, *BODY])
    assert (report.agency, report.year) == (agency, 2021)
    assert parse_lines([*opening, *BODY]).agency == agency  # as without the chrome


@pytest.mark.parametrize("line, agency", [
    # a crawled page whose lines ran together: the site's name, the date, widgets, the title, the byline, the body
    ("北山县人民政府 2022年12月5日 星期一 无障碍 简体 繁体 关怀版 青石区民政局2022年度政府信息公开工作年度报告 "
     "来源:北山县青石区民政局 发布时间:2023-01-20 08:00 一、总体情况 2022年，区民政局认真落实《条例》，主动公开信息36条。"
     " 二、主动公开政府信息情况 略。", "青石区民政局"),
    ("首页 > 信息公开 > 年度报告 北山市口岸办2022年政府信息公开工作年度报告 发布时间：2023-01-20 浏览次数：128 "
     "根据《条例》，北山市人民政府口岸办公室编制本报告。 一、总体情况 2022年，我办主动公开信息36条。 二、主动公开政府信息情况 略。",
     "北山市口岸办"),
])
def test_a_title_among_the_pieces_of_a_page_run_onto_one_line(line, agency):
    report = parse_lines([line])
    assert (report.agency, report.year) == (agency, 2022)


def test_a_page_run_onto_one_line_with_pipes_in_its_widgets_is_no_table_row():
    # the reading widgets' ' | ' would make the whole page one row of a markdown table: no title, no part
    line = ("字号：大 中 小 | 打印 | 关闭 北山县民政局2022年度政府信息公开工作年度报告 根据《条例》，现公布本报告。 "
            "一、总体情况 2022年，县民政局认真落实《条例》，主动公开信息36条。 二、主动公开政府信息情况 略。")
    report = parse_lines([line])
    assert (report.agency, report.year, [s.number for s in report.sections]) == ("北山县民政局", 2022, [1, 2])


def test_html_entities_a_crawler_left_in_a_text_page(tmp_path):
    # '&nbsp;' and '&emsp;' saved as text: the indents, bullets and spaces they stand for are read as such
    from indexer.parser import parse_file
    page = tmp_path / "page.txt"
    page.write_text("\n".join([
        "&nbsp;&nbsp;•&nbsp;手机版", "当前位置:首页&nbsp;&gt;&nbsp;信息公开&nbsp;&gt;&nbsp;年度报告",
        "北山市口岸办2022年政府信息公开工作年度报告",
        "&emsp;&emsp;根据《中华人民共和国政府信息公开条例》，现公布本报告。",
        "&emsp;&emsp;一、总体情况", "&emsp;&emsp;2022年，我办主动公开信息36条。",
        "&emsp;&emsp;二、主动公开政府信息情况", "&emsp;&emsp;略。"]), encoding="utf-8")
    report = parse_file(page)
    assert (report.agency, report.year, [s.number for s in report.sections]) == ("北山市口岸办", 2022, [1, 2])


def test_a_sentence_of_rates_is_no_breadcrumb():
    from indexer.normalize import CHROME_LINE

    assert CHROME_LINE.search("首页 > 政务公开 > 年度报告")
    assert CHROME_LINE.search("政务公开 » 法定主动公开内容 » 年度报告")
    assert not CHROME_LINE.search("全年群众满意率>95%，按时办结率>98%。")


def test_indent_turned_into_question_marks_with_spaces_between():
    # A mirror's wrong encoding turned the indent into '?' and kept the spaces between them: the page starts
    # at part 一 and its first sentence, behind a run-in sub-heading, names the body.
    report = parse_lines(["? ? 一、总体情况",
                          "? ? ? （一）主动公开。2021年，青林乡主动公开政府信息36条，内容涵盖机构信息、工作动态等。",
                          "? ? ? （二）依申请公开。2021年，青林乡未收到政府信息公开申请。",
                          "? ? 二、主动公开政府信息情况"])
    assert report.agency == "青林乡"
    assert report.year == 2021
    # the same with the marks glued ('????') was read before, and still is
    report = parse_lines(["????一、总体情况", "????（一）主动公开。2021年，青林乡主动公开政府信息36条。",
                          "????二、主动公开政府信息情况"])
    assert report.agency == "青林乡"


def test_a_converters_comma_before_every_enumeration_comma_and_stop_goes():
    # A mirror's converter wrote ',、' and ',。' throughout, even into the first part heading: the heading is still
    # part 一, and the text shown reads as the body wrote it.
    report = parse_lines(["一,、總體情況", "2021年,本局秉承公開,、透明,、規範的原則,開展信息公開工作,。",
                          "二,、主動公開政府信息情況", "略,。"])
    assert [s.number for s in report.sections] == [1, 2]
    assert [s.title for s in report.sections] == ["一、總體情況", "二、主動公開政府信息情況"]
    assert "秉承公開、透明、規範的原則,開展信息公開工作。" in report.sections[0].text
    # a comma between two figures or before a word stays
    assert clean_line("共1,234条,其中,、") == "共1,234条,其中、"


@pytest.mark.parametrize("name", ["政府信息工作年度报告", "政务信息工作年度报告", "政府信息年度报告"])
def test_a_lead_in_naming_the_report_with_gongkai_dropped_names_its_issuer(name):
    # '现将X2024年度政府信息工作年度报告予以公开': the report's name lost a word; the body before the year is still
    # the issuer, not the shorter name part 一's first sentence writes
    report = parse_lines([f"根据《条例》要求，现将南岭区东坡街道办事处2024年度{name}予以公开。如有疑问请联系东坡街道办事处党政办。",
                          "一、总体情况", "2024年，东坡街道办事处认真落实《条例》。", "二、主动公开政府信息情况", "略。"])
    assert report.agency == "南岭区东坡街道办事处"
    # and a body's information work that is not its report is no name for it
    other = parse_lines(["根据《条例》要求编制本报告。2024年，东坡街道办事处加强政府信息工作队伍建设。", "一、总体情况",
                         "2024年，东坡街道办事处认真落实《条例》。", "二、主动公开政府信息情况", "略。"])
    assert other.agency == "东坡街道办事处"
