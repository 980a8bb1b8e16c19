"""Round 40's classes (docs/parsing.md, "Round 40 — the fresh batches' non-reports"): pages two fresh batches hold
that are not a body's annual report but were kept as one, each refused as a shape with positive evidence, beside
made-up neighbours that are reports and must stay kept. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document

LEAD = ("根据《中华人民共和国政府信息公开条例》要求，编制本年度报告。本报告中所列数据的统计期限自2019年1月1日起至"
        "2019年12月31日止。")
BODY = ["一、总体情况", "2019年，我局认真贯彻《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]
TITLE = "北山县民政局2019年政府信息公开工作年度报告"


def parsed(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


# --- an interpretation labelled in brackets with any qualifier ------------------------------------------------------

INTERPRETED = ["为全面推进政务公开，青石街道编制了《青石街道办事处2020年政府信息公开工作报告》（以下简称《报告》），"
               "现对《报告》解读如下：", "《报告》梳理了2020年主动公开政府信息情况。",
               "《报告》梳理了收到和处理政府信息公开申请情况。"]


@pytest.mark.parametrize("label", ["【文稿解读】", "【文件解读】", "【专家解读】", "【部门解读】", "[文稿解读]"])
def test_an_interpretation_labelled_in_brackets_is_refused(label):
    with pytest.raises(UnreadableFile, match="解读"):
        parsed([f"{label}青石街道办事处2020年政府信息公开工作年度报告", "发布日期：2021-01-29", *INTERPRETED])


def test_an_interpretation_under_a_metadata_row_naming_it_is_refused():
    # (the page's metadata block repeats the title after a label; it is the same 解读 title, not the report's own)
    with pytest.raises(UnreadableFile, match="解读"):
        parsed(["青石街道办事处", "标题：【文稿解读】青石街道办事处2020年政府信息公开工作年度报告", "发布机构：青石街道办事处",
                "【文稿解读】青石街道办事处2020年政府信息公开工作年度报告", *INTERPRETED])


@pytest.mark.parametrize("label", ["【年度报告】", "【政务公开】", "【专题专栏】"])
def test_a_report_under_a_bracketed_column_label_is_kept(label):
    report = parsed([f"{label}{TITLE}", LEAD, *BODY])
    assert (report.agency, report.year) == ("北山县民政局", 2019)


# --- a notice issuing or forwarding documents ---------------------------------------------------------------------

def test_a_notice_forwarding_rules_under_chrome_is_refused():
    # (its reason stays the generic one: a text telling a year's disclosure work without parts is refused so when a
    # kind names it, as round 23's tests pin)
    with pytest.raises(UnreadableFile):
        parsed(["青石区政府信息公开", "当前位置：青石区政府信息公开 > 制度规定", "按单位分类", "按主题分类",
                "转发市政府办公厅关于北山市政府信息公开配套制度的通知", "北山市青石区人民政府办公室文件", "青政办发〔2008〕12号",
                "转发市政府办公厅关于北山市政府", "信息公开配套制度的通知",
                "现将市政府办公厅《关于印发北山市政府信息公开配套制度的通知》转发给你们，请遵照执行。",
                "青石区人民政府办公室", "二〇〇八年八月十八日", "主题词：信息公开 配套制度 通知", "抄送：区委办公室、人大办公室",
                "北山市青石区人民政府办公室2008年8月18日印发", "北山市人民政府办公厅文件", "北政办发〔2008〕38号",
                "关于印发北山市政府信息公开", "配套制度的通知", "各区、县人民政府，各委、局：",
                "《条例》将于2008年5月1日起施行。为了贯彻实施《条例》，推进我市政府信息公开工作，制定了政府信息公开工作五项配套制度，其中包括《北山市政府信息公开"
                "工作年度报告制度》。"])


def test_a_notice_run_into_one_line_is_refused():
    with pytest.raises(UnreadableFile, match="notice"):
        parsed(["青石办信息公开报告", "格式:doc",
                "北山市人民政府办公室关于印发《进一步加强政府信息公开工作的意见》的通知【制定机关】北山市人民政府办公室【公布日期】"
                "2011.05.30各镇人民政府，市直各单位：《进一步加强政府信息公开工作的意见》业经市人民政府同意，现印发给你们，"
                "请认真贯彻执行。北山市人民政府办公室二〇一一年五月三十日进一步加强政府信息公开工作的意见为深入贯彻落实《条例》，"
                "现就进一步加强政府信息公开工作提出以下意见：一、健全工作机构，落实公开职责。",
                "全市政府信息公开工作实行分级负责的管理体制。"])


def test_a_notice_carrying_a_report_of_a_year_is_kept():
    report = parsed(["北山县人民政府办公室关于印发北山县2019年政府信息公开工作年度报告的通知",
                     "各乡镇人民政府，县直各单位：",
                     "现将《北山县2019年政府信息公开工作年度报告》印发给你们，请认真组织学习。",
                     "一、总体情况", "2019年，北山县主动公开政府信息1200条。", "二、主动公开政府信息情况", "详见下表。"])
    assert report.year == 2019


def test_a_report_telling_of_rules_it_issued_is_kept():
    report = parsed([TITLE, LEAD, "一、总体情况", "2019年，我局制定了信息公开保密审查制度，由办公室印发各股室执行。",
                     "二、主动公开政府信息情况", "详见下表。"])
    assert report.year == 2019


# (review of session 19) A notice issuing a body's account of its year's disclosure work is a report under another
# name, as a page titled so alone is (report_or_not._account_title): the other rules decide it, as for a report.
ACCOUNT = ["2012年，北山县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1200条，其中通过政府网站公开860条。",
           "全年共收到政府信息公开申请12件，均已按期答复，未发生因政府信息公开申请引发的行政复议和行政诉讼。", "全年未收取任何费用。"]


def test_a_notice_issuing_a_year_s_account_of_disclosure_work_is_kept():
    report = parsed(["北山县人民政府办公室关于印发北山县2012年政府信息公开工作情况的通知", "各乡镇人民政府，县直各单位：",
                     "现将《北山县2012年政府信息公开工作情况》印发给你们，请结合实际认真抓好落实。", *ACCOUNT])
    assert report.year == 2012


# --- a budget performance evaluation ------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    ["北山县住房和城乡建设局2018年度整体支出", "绩效评价报告"],
    ["北山县住房和城乡建设局2018年度整体支出绩效评价报告"],
    ["北山县水利局2020年度部门整体支出绩效自评报告"],
    ["北山县水利局2020年度项目支出绩效自评报告"],
])
def test_a_budget_performance_evaluation_is_refused(title):
    with pytest.raises(UnreadableFile):
        parsed(["当前位置：首页 > 政府信息公开 > 财政资金", *title,
                "为检验预算编制的科学性，提升我局预算绩效管理水平，依据《中华人民共和国预算法》等文件的规定，我局已对2018年度"
                "预算绩效进行自我评价。具体情况报告如下：", "一、部门概况",
                "我局内设办公室、财计股、政务服务股等股室，现有在职人员46人。"])


def test_a_report_disclosing_evaluations_is_kept():
    report = parsed([TITLE, LEAD, "一、总体情况", "2019年，我局主动公开政府信息36条，其中整体支出绩效评价报告2份。",
                     "二、主动公开政府信息情况", "详见下表。"])
    assert report.year == 2019


def test_a_finance_bureau_s_menu_item_on_evaluations_is_no_title():
    # (review of session 19: an evaluation's title ends in 报告; '预算绩效评价' alone is a site's column above the account)
    report = parsed(["预算绩效评价", "北山县财政局", *ACCOUNT])
    assert report.year == 2012


# --- a disclosure guide whose title stands below a site's menu ----------------------------------------------------

def test_a_guide_titled_below_a_menu_in_traditional_script_is_refused():
    with pytest.raises(UnreadableFile):
        parsed(["某某娛樂_在線觀看", "政府信息", "公開制度", "法定主動(dòng)", "公開內(nèi)容", "政府信息", "公開年報(bào)",
                "北山市青石區(qū)人民政府東湖街道辦事處信息公開指南", "發(fā)布時(shí)間:2025-11-18",
                "根據(jù)《條例》及有關(guān)規(guī)定，本機(jī)關(guān)掌握的政府信息，除依法免予公開的外，均應(yīng)予以公開。"
                "為了更好地提供政府信息公開服務(wù)，本機(jī)關(guān)編制了《政府信息公開指南》（以下簡稱《指南》）。",
                "《指南》根據(jù)需要每年至少更新一次。",
                "東湖街道辦事處負(fù)責(zé)本街道政府信息公開工作，辦公時(shí)間：工作日8:00-11:30。"])


def test_a_guide_titled_below_a_menu_in_simplified_script_is_refused():
    with pytest.raises(UnreadableFile):
        parsed(["首页", "政务公开", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "机构职能",
                "北山县青石镇人民政府政府信息公开指南", "发布时间：2024-03-01",
                "为了更好地提供政府信息公开服务，本机关编制了《政府信息公开指南》（以下简称《指南》）。",
                "青石镇党政办负责本镇政府信息公开工作，办公时间：工作日8:30-12:00。"])


def test_a_report_below_a_menu_naming_the_guide_is_kept():
    # the site's menu names the guide bare; the page is a report's text with no title line
    report = parsed(["首页", "政府信息公开指南", "政府信息公开制度", "政府信息公开年报", "机构职能", "法定主动公开内容",
                     "2019年，北山县青石镇认真贯彻《条例》，主动公开政府信息36条，更新了政府信息公开指南。",
                     "一、总体情况", "2019年，青石镇未收到政府信息公开申请。", "二、主动公开政府信息情况", "详见下表。"])
    assert report.sections


def test_a_report_telling_of_its_updated_guide_is_kept():
    report = parsed(["首页", "政务公开", "政府信息公开年报", "机构职能", "法定主动公开内容", "政府信息公开制度",
                     "北山县青石镇人民政府信息公开指南",
                     "2019年，青石镇修订了《政府信息公开指南》（以下简称《指南》），主动公开政府信息36条。",
                     "一、总体情况", "2019年，青石镇未收到政府信息公开申请。", "二、主动公开政府信息情况", "详见下表。"])
    assert report.sections


# --- a work summary a document site offers as a model essay -------------------------------------------------------

def test_a_work_summary_offered_as_a_model_essay_is_refused():
    with pytest.raises(UnreadableFile):
        parsed(["人民医院2020年度政务公开工作总结", "【概述】", "人民医院2020年度政务公开工作总结",
                "结合当前工作需要，本站的会员为你整理了这篇人民医院2020年度政务公开工作总结范文，希望能给你的学习、工作带来参考借鉴作用。",
                "【正文】", "2020年，市医院积极做好政务公开工作，办事公开不断加强。现将本年度政务公开工作总结如下：",
                "一、工作成效", "医院通过网站、微信公众号等方式公开办事信息。", "二、工作措施", "1、组织健全，加强领导。"])


def test_a_report_offered_as_a_model_essay_keeps_its_year():
    report = parsed(["北山县人民医院2020年政府信息公开工作年度报告",
                     "本站的会员为你整理了这篇北山县人民医院2020年政府信息公开工作年度报告范文，希望能给你带来参考借鉴作用。",
                     LEAD.replace("2019", "2020"), *[x.replace("2019", "2020") for x in BODY]])
    assert report.year == 2020


def test_a_dated_work_summary_without_a_model_blurb_is_kept():
    report = parsed(["北山县民政局2009年度政府信息公开工作总结", "2009年，我局认真贯彻《条例》，主动公开政府信息36条。",
                     "一、主动公开情况", "全年主动公开政府信息36条。", "二、依申请公开情况", "全年未收到政府信息公开申请。"])
    assert report.year == 2009
