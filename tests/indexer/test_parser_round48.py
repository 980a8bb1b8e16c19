"""Round 48's classes (docs/parsing.md, "Round 48 — the fresh batches' misses"): the misses of three fresh batches,
each fixed as a shape with made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from tests.indexer.made_up import parsed

# --- a part-三 table copied one cell per line in traditional script (a mirror's converter): the template's labels are
# read on their simplified key, as the figures already were ---------------------------------------------------------

_HEAD = ["某某縣民政局2021年政府信息公開工作年度報告",
         "一、總體情況",
         "2021年，某某縣民政局認真貫徹《條例》，全年收到申請7件。",
         "二、主動公開政府信息情況",
         "全年主動公開政府信息120條。"]
_HEAD_SIMPLIFIED = ["某某县民政局2021年政府信息公开工作年度报告",
                    "一、总体情况",
                    "2021年，某某县民政局认真贯彻《条例》，全年收到申请7件。",
                    "二、主动公开政府信息情况",
                    "全年主动公开政府信息120条。"]


def _part_three(traditional: bool) -> list[str]:
    words = (["三、收到和處理政府信息公開申請情況", "(本列數據的勾稽關係為:第一項加第二項之和,等於第三項加第四項之和)",
              "申請人情況", "自然人", "法人或其他組織", "總計", "商業", "企業", "科研", "機構", "社會公益組織", "法律服務機構",
              "其他", "一、本年新收政府信息公開申請數量"] if traditional else
             ["三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
              "申请人情况", "自然人", "法人或其他组织", "总计", "商业", "企业", "科研", "机构", "社会公益组织", "法律服务机构",
              "其他", "一、本年新收政府信息公开申请数量"])
    carried = "二、上年結轉政府信息公開申請數量" if traditional else "二、上年结转政府信息公开申请数量"
    return words + ["5", "2", "0", "0", "0", "0", "7", carried, "0", "0", "0", "0", "0", "0", "0"]


def test_a_traditional_part_three_table_one_cell_a_line_gives_the_new_requests():
    report = parsed(_HEAD + _part_three(traditional=True))
    assert report.figures.get("requests_new") == 7
    assert report.figures.get("requests_carried_over") == 0


def test_the_same_table_in_simplified_script_still_gives_them():
    report = parsed(_HEAD_SIMPLIFIED + _part_three(traditional=False))
    assert report.figures.get("requests_new") == 7


def test_a_traditional_table_keeps_its_labels_as_written():
    report = parsed(_HEAD + _part_three(traditional=True))
    assert report.agency == "某某縣民政局"
    assert [s.number for s in report.sections] == [1, 2, 3]


def test_traditional_prose_naming_the_row_is_no_table():
    report = parsed(_HEAD + ["三、收到和處理政府信息公開申請情況",
                             "本年新收政府信息公開申請數量為7件，較上年增加2件，均已按時答復。"])
    assert report.figures.get("requests_new") is None


# --- a first sentence whose subject is followed by the year before its predicate ('某某镇2023年及时更新…'): the
# subject names the body, and the year opening the paragraph after the name is the year reported on ---------------------

_TOWN_REST = ["二、主动公开政府信息情况", "全年主动公开政府信息109条。"]


@pytest.mark.parametrize("sentence, agency", [
    ("青石镇2023年及时更新机构职能、预算决算等栏目信息，主动公开信息109条。", "青石镇"),
    ("青石镇2023年认真贯彻《条例》，主动公开信息109条。", "青石镇"),
    ("白沙街道办事处2023年严格按照《条例》要求，主动公开信息109条。", "白沙街道办事处"),
    ("东山县民政局2023年，认真贯彻《条例》，主动公开信息109条。", "东山县民政局"),
])
def test_a_subject_then_the_year_names_the_body_and_the_year(sentence, agency):
    report = parsed(["一、总体情况", "(一)主动公开情况", sentence, *_TOWN_REST])
    assert (report.agency, report.year) == (agency, 2023)


def test_a_subject_then_the_year_with_no_sub_heading():
    report = parsed(["一、总体情况", "青石镇2023年及时更新各栏目信息，主动公开信息109条。", *_TOWN_REST])
    assert (report.agency, report.year) == ("青石镇", 2023)


def test_the_predicate_jishi_after_the_year_and_the_subject():
    report = parsed(["一、总体情况", "2023年，青石镇及时更新各栏目信息，主动公开信息109条。", *_TOWN_REST])
    assert (report.agency, report.year) == ("青石镇", 2023)


@pytest.mark.parametrize("sentence", [
    "2023年及时更新机构职能、预算决算等栏目信息，主动公开信息109条。",  # no subject
    "我镇2023年及时更新各栏目信息，主动公开信息109条。",  # only 我镇
])
def test_no_name_before_the_year_names_no_body(sentence):
    report = parsed(["一、总体情况", sentence, *_TOWN_REST])
    assert report.agency is None
    assert report.year == 2023


def test_a_name_and_a_month_is_a_dated_act_not_the_subjects_year():
    # '青石镇2019年5月制定了…' dates an act; the year of the report is the one the text reports on
    report = parsed(["一、总体情况", "2023年，青石镇认真贯彻《条例》，主动公开信息109条。",
                     "青石镇2019年5月制定了信息公开制度。", *_TOWN_REST])
    assert (report.agency, report.year) == ("青石镇", 2023)


def test_a_lead_in_publishing_the_named_body_s_year_is_no_subject_then_year():
    # written after a2's page-by-page diff: a traditional lead-in '…现公布我乡人民政府2020年…情况' gave its words as a name
    report = parsed(["根據《條例》的規定，現公布我鄉人民政府2020年政府信息公開工作情況。",
                     "一、概述", "2020年，我鄉認真執行《條例》規定。", "二、主動公開政府信息情況", "全年主動公開政府信息120條。"])
    assert report.agency is None
    assert report.year == 2020


# --- a part-一 paragraph telling, deep inside, of the body's compiling its report ('…做好某某市民政局信息公开工作年度报告
# 编制') is no lead-in: with no title and no lead-in, the first sentence's subject names the body (A4's 'no lead-in') ---

_LATE_COMPILING = ("(一)增强公开意识。全年主动公开信息400余条，依申请公开信息1条，按规定发布部门预决算等情况。"
                   "严格按照《年度报告格式》做好北山市民政局信息公开工作年度报告编制，数据的统计期限为2021年1月1日至2021年12月31日。")


def test_a_late_mention_of_compiling_the_report_inside_part_one_is_no_lead_in():
    report = parsed(["一、总体情况", "2021年，在市委、市政府坚强领导下，市民政局坚持以习近平新时代中国特色社会主义思想为指导，持续推进政府信息公开工作。",
                     _LATE_COMPILING, "二、主动公开政府信息情况", "全年主动公开政府信息120条。"])
    assert (report.agency, report.year) == ("市民政局", 2021)


def test_a_lead_in_run_into_part_one_s_opening_still_names_the_body():
    # the paragraph opening part 一 with the report's name ('X2021年…年度报告根据…') is still read as a lead-in
    report = parsed(["一、总体情况", "北山市民政局2021年政府信息公开工作年度报告根据《条例》要求编制。",
                     "2021年，我局持续推进政府信息公开工作。", "二、主动公开政府信息情况", "全年主动公开政府信息120条。"])
    assert (report.agency, report.year) == ("北山市民政局", 2021)


# --- a lead-in's year written with 年 dropped before 度 ('编制的2013度政府信息公开年度报告'), a typo: the year reported on,
# over a year the text tells the work began in ('从2008年开始') ------------------------------------------------------

@pytest.mark.parametrize("lead", [
    "本年报是根据《条例》要求，北山市环境保护局编制的2013度政府信息公开年度报告。",
    "本年报是根据《条例》要求，由北山市环境保护局编制的2013度政府信息公开工作年度报告。",
])
def test_a_lead_in_year_with_nian_dropped_before_du(lead):
    report = parsed(["引言", lead, "一、概述", "在市委、市政府的正确领导下，我局从2008年开始实行信息公开工作。",
                     "二、主动公开政府信息情况", "全年主动公开政府信息120条。"])
    assert report.year == 2013


def test_a_degree_figure_is_no_year():
    # '2013度' stands only before the report's words; a count of kilowatt-hours or degrees is no year
    report = parsed(["引言", "本年报是根据《条例》要求，北山市环境保护局编制的2013年度政府信息公开年度报告。", "一、概述",
                     "全年节约用电2010度，主动公开信息120条。", "二、主动公开政府信息情况", "全年主动公开政府信息120条。"])
    assert report.year == 2013


# --- a body named only by 我局 that follows its place's disclosure-work requirements ('落实国务院及某某市政务公开工作相关要求')
# names its place, as one following its government's disclosure office does ----------------------------------------------

def _self_body(sentence: str) -> list[str]:
    return ["一、总体情况", sentence, "二、主动公开政府信息情况", "全年主动公开政府信息120条。"]


@pytest.mark.parametrize("sentence", [
    "2021年，本局认真执行国务院和三亚市政务公开工作有关要求，公开质量稳步提升。",
    "2021年，本局依照三亚市政府信息公开工作的统一部署，公开质量稳步提升。",
])
def test_a_place_s_disclosure_work_requirements_place_the_body(sentence):
    assert parsed(_self_body(sentence)).region.get("province") == "海南省"


@pytest.mark.parametrize("sentence", [
    "2021年，本局学习借鉴三亚市政务公开工作经验，公开质量稳步提升。",  # another place's experience, no requirement
    "2021年，本局认真执行国务院政务公开工作有关要求，公开质量稳步提升。",  # no place
])
def test_no_requirement_of_a_place_places_nothing(sentence):
    assert parsed(_self_body(sentence)).region.get("province") is None


# --- a disclosure guide in the national model's words, its title only inside its first sentences ('本机关编制了《某某局信息
# 公开指南》（以下简称《指南》）…建议阅读本《指南》'): another kind of document, refused; a report telling of its guide is kept ----

from tests.indexer.made_up import refusal  # noqa: E402

_GUIDE = ["依照《中华人民共和国政府信息公开条例》（以下简称《条例》），本机关制作或者获取的政府信息，除依法不予公开的以外，均由本机关主动公开或依申请提供。",
          "为方便公众获取政府信息，本机关编制了《北山湖保护管理局信息公开指南》（以下简称《指南》）。需要本机关政府信息公开服务的公民、法人和其他组织，请先阅读本《指南》。",
          "一、信息分类和编排体系",
          "（一）机构职能。", "（二）政策文件。"]


def test_a_guide_naming_itself_in_its_first_sentences_is_refused():
    assert refusal(_GUIDE) is not None


def test_a_guide_in_traditional_script_is_refused():
    assert refusal([line.replace("编制", "編制").replace("机关", "機關").replace("指南》", "指南》") for line in _GUIDE]) is not None


def test_a_report_telling_of_its_guide_is_kept():
    report = ["北山湖保护管理局2022年政府信息公开工作年度报告",
              "一、总体情况",
              "2022年，本机关编制了《北山湖保护管理局信息公开指南》（以下简称《指南》），方便公众查阅。",
              "二、主动公开政府信息情况", "全年主动公开政府信息120条。"]
    assert refusal(report) is None


def test_a_report_with_no_title_telling_of_its_revised_guide_is_kept():
    report = ["一、总体情况",
              "2022年，北山湖保护管理局修订编制了《北山湖保护管理局信息公开指南》，公众可阅读本《指南》了解申请方式。",
              "二、主动公开政府信息情况", "全年主动公开政府信息120条。",
              "三、收到和处理政府信息公开申请情况", "全年收到申请2件。"]
    assert refusal(report) is None


# (review, session 22) A genuine report with no title whose lead-in or part 一 tells of its guide in the model's own words
# was refused as the guide: the model opens with those sentences, a report names itself or its part first.
_TOLD = "本机关编制了《北山湖保护管理局信息公开指南》（以下简称《指南》），公众可按本《指南》了解申请方式。"


def test_a_report_whose_lead_in_comes_before_the_guide_s_words_is_kept():
    assert refusal(["根据《条例》规定，北山湖保护管理局编制本机关2012年政府信息公开工作年度报告。", _TOLD,
                    "一、概述", "全年主动公开政府信息120条。"]) is None


def test_a_report_starting_at_part_one_that_tells_of_its_guide_is_kept():
    assert refusal(["一、总体情况", "为方便公众获取政府信息，" + _TOLD, "（一）主动公开", "全年主动公开政府信息120条。",
                    "（二）依申请公开", "全年收到申请2件。"]) is None
