"""Round 46's classes (docs/parsing.md, "Round 46 — the fresh batches' misses"): the misses of three fresh batches,
each fixed as a shape with made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from tests.indexer.made_up import parsed, refusal

# --- a lead-in whose subject is the report's name, its short name given before 根据 ('X2025年…年度报告(以下简称年报)根据…'),
# is no title line: the year-first title line above it names the issuer (A1) --------------------------------------------

_DISTRICT_BODY = ["一、总体情况",
                  "2025年，西山区认真落实《条例》，推进政务公开工作。",
                  "二、主动公开政府信息情况",
                  "全年主动公开政府信息1200条。"]


@pytest.mark.parametrize("lead", [
    "西山区人民政府2025年政府信息公开年度报告(以下简称年报)根据《条例》要求编制。",
    "西山区人民政府2025年政府信息公开年度报告（以下简称“年报”）根据《条例》和上级有关要求编制。",
    "西山区人民政府2025年政府信息公开年度报告（以下简称本报告）是依据《条例》规定编制的。",
])
def test_a_lead_in_naming_the_report_with_its_short_name_is_no_title_line(lead):
    report = parsed(["2025年西山区政府信息公开工作年度报告", lead, *_DISTRICT_BODY])
    assert (report.agency, report.year) == ("西山区", 2025)


def test_a_lead_in_naming_the_report_with_its_short_name_and_no_title_names_the_report():
    lead = "东湖县民政局2024年政府信息公开工作年度报告（以下简称年报）根据《条例》要求编制。"
    report = parsed([lead, *_DISTRICT_BODY])
    assert (report.agency, report.year) == ("东湖县民政局", 2024)


def test_a_title_line_with_a_bracketed_remark_still_names_the_issuer():
    report = parsed(["东湖县民政局2024年政府信息公开工作年度报告（全文）", "根据《条例》要求编制本报告。", *_DISTRICT_BODY])
    assert (report.agency, report.year) == ("东湖县民政局", 2024)


# --- a city's ecology and environment bureau's office in a county, named by the city and the county's short form
# ('某市某某生态环境局', the dispatched bureaus of the vertical reform): the county's (level county) ------------------

_BUREAU_BODY = ["一、总体情况",
                "2021年，我局认真贯彻落实《条例》，不断完善政府信息公开制度。",
                "二、主动公开政府信息情况",
                "全年主动公开政府信息120条。"]


@pytest.mark.parametrize("name, province", [
    ("德阳市中江生态环境局", "四川省"),
    ("绵阳市三台生态环境局", "四川省"),
    ("德阳市中江县生态环境局", "四川省"),
])
def test_a_city_bureau_named_with_a_countys_short_form_is_the_countys(name, province):
    report = parsed([f"{name}2021年政府信息公开工作年度报告", *_BUREAU_BODY])
    assert (report.agency, report.level, report.region.get("province")) == (name, "county", province)


@pytest.mark.parametrize("name", ["德阳市生态环境局", "绵阳市农村生态环境局"])
def test_a_city_bureau_without_a_county_stays_the_citys(name):
    report = parsed([f"{name}2021年政府信息公开工作年度报告", *_BUREAU_BODY])
    assert (report.agency, report.level, report.region.get("province")) == (name, "city", "四川省")


# --- no title, no lead-in: a sub-heading set as a line of its own with a full stop ('（一）主动公开情况。') is no first
# sentence; the paragraph under it names the body (A4: a text that starts at 一 takes its first sentence's subject) -------

@pytest.mark.parametrize("subheading", ["(一)主动公开政府信息情况。", "（一）主动公开情况。", "（一）加强组织领导；"])
@pytest.mark.parametrize("sentence, name", [
    ("2022年,东山区市政公用服务中心共向区信息中心报送信息163篇。", "东山区市政公用服务中心"),
    ("2022年,東山區(qū)市政公用服務(wù)中心共向區(qū)信息中心報送信息163篇。", "東山區市政公用服務中心"),
])
def test_a_subheading_with_a_full_stop_is_no_first_sentence(subheading, sentence, name):
    report = parsed(["一、总体情况", subheading, sentence, "（二）依申请公开情况。", "全年未收到政府信息公开申请。",
                     "二、主动公开政府信息情况", "全年主动公开政府信息163条。"])
    assert report.agency == name


@pytest.mark.parametrize("lines, name", [
    (["一、总体情况", "2022年,东山区市政公用服务中心共向区信息中心报送信息163篇。"], "东山区市政公用服务中心"),
    (["一、总体情况", "（一）主动公开情况", "2022年,东山区民政局共主动公开信息163条。"], "东山区民政局"),
    (["一、总体情况", "（一）主动公开情况。2022年,东山区民政局共主动公开信息163条。"], "东山区民政局"),
])
def test_first_sentences_under_other_subheadings_still_name_the_body(lines, name):
    report = parsed([*lines, "二、主动公开政府信息情况", "全年主动公开政府信息163条。"])
    assert report.agency == name


# --- a page interpreting a document just issued ('…印发《某年政务公开工作要点》，现将有关内容解读如下。', 起草背景, 主要内容):
# a policy interpretation, not a report; a mirror's '@@' splices are no words of it ------------------------------------

_POLICY_BODY = ["一、起草背景和过程",
                "为贯彻落实国务院关于全面推进政务公开工作的决策部署，省政务公开领导小组办公室研究起草了《要点》。",
                "二、主要内容",
                "《要点》共分五个部分，一是全面有序公开重点领域信息，二是加强政府信息管理，三是提升政府信息公开工作质量。"]


@pytest.mark.parametrize("first", [
    "近日，省政府办公厅印发《2021年政务公开工作要点》，现将有关内容解读如下。",
    "近日@@,省政府办@@公厅@@印发@@《2021年政务公开@@@@工作@@要点@@》,现将有关内容解读@@如下@@。",
    "日前，西山市人民政府办公室印发了《西山市政务公开工作实施方案》，现就方案主要内容解读如下：",
])
def test_an_interpretation_of_an_issued_document_is_refused(first):
    assert refusal([first, *_POLICY_BODY]) is not None


def test_a_report_telling_of_an_interpretation_is_kept():
    lines = ["根据《条例》要求，现将西山市民政局2021年政府信息公开工作情况报告如下。",
             "一、总体情况",
             "2021年，我局印发《2021年政务公开工作要点》，并对其进行了解读。",
             "二、主动公开政府信息情况",
             "全年主动公开政府信息150条。"]
    assert refusal(lines) is None


def test_a_report_under_its_title_announcing_an_interpretation_is_kept():
    lines = ["西山市民政局2021年政府信息公开工作年度报告",
             "近日，市政府办公室印发《2021年政务公开工作要点》，现将本局落实情况报告如下。",
             "一、总体情况", "2021年，我局认真落实《条例》。", "二、主动公开政府信息情况", "全年主动公开政府信息150条。"]
    assert refusal(lines) is None


# --- a long crawled line where part 五's heading in the 2008 template's words (`…存在的主要问题`, no 改进) runs in after
# another heading, set off by spaces: a heading, as on a line of its own ----------------------------------------------

_PROBLEMS = "2008年，街道办事处通过大力开展政府信息公开工作，提高了各项工作信息的透明度，" * 4


def _old_layout(last_lines):
    return ["现将2008年度政府信息公开工作情况报告如下: 一、概述 自2008年2月以来，西山街道严格按照上级要求开展工作，成立了领导小组，"
            "编制了政府信息公开指南和目录，确保了政府信息公开工作的顺利进行。" * 2,
            "二、主动公开政府信息情况", *last_lines]


@pytest.mark.parametrize("line", [
    "三、依申请公开政府信息情况 六、政府信息公开工作存在的主要问题 " + _PROBLEMS,
    "三、依申请公开政府信息情况 五、存在的主要问题 " + _PROBLEMS,
])
def test_a_problems_heading_run_in_after_a_heading_is_read(line):
    report = parsed(_old_layout([line]))
    assert [s.number for s in report.sections if not s.inferred] == [1, 2, 3, 5]


def test_a_numbered_problem_inside_a_paragraph_is_no_part():
    line = "三、依申请公开政府信息情况 全年未收到申请。我们发现了以下不足： 一、公开内容不够全面的问题 " + _PROBLEMS
    report = parsed(_old_layout([line]))
    assert [s.number for s in report.sections if not s.inferred] == [1, 2, 3]
