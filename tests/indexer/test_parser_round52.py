"""Round 52's classes (docs/parsing.md, "Round 52"): a notice whose title line stands over its salutation, and one essay
of a model-text site's selection. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.model import Document
from indexer.normalize import reflow
from indexer.parser import UnreadableFile, parse_document
from indexer.sections import looks_like_heading


def parse(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


NOTICE = ["关于印发2019年全县政务公开重点工作任务分工的通知",
          "各乡镇人民政府，县政府各部门、各直属机构：",
          "为深入贯彻落实全面推进政务公开工作部署，结合我县实际，提出以下要求，请认真抓好落实。",
          "一、总体要求",
          "2019年全县政务公开工作坚持以人民为中心，深化重点领域信息公开，完善政务公开平台建设。",
          "二、工作安排",
          "各乡镇、各部门要按照全县政务公开重点工作任务分工要求，统筹安排，明确分工。",
          "三、保障措施",
          "各乡镇各部门要结合实际加快组织推进。"]


def test_a_notice_whose_title_stands_over_its_salutation_is_refused():
    # The title read as one line with the salutation under it hid both; the notice's headings (一、总体要求) kept it.
    with pytest.raises(UnreadableFile, match="notice"):
        parse(NOTICE)


def test_a_salutation_is_a_line_of_its_own_after_a_title_but_not_inside_a_sentence():
    title, salutation = NOTICE[0], NOTICE[1]
    assert reflow([title, salutation], looks_like_heading) == [title, salutation]
    # a sentence wrapped before a line that merely opens with 各 and ends with a colon is still joined
    wrapped = ["2019年，本局认真落实上级部署，主动公开政府信息，按照要求组织", "各部门单位开展培训，具体如下："]
    assert reflow(wrapped, looks_like_heading) == ["".join(wrapped)]


def test_a_report_addressed_to_its_superior_is_kept():
    # A report may open with whom it is for; a report's title and parts keep it.
    lines = ["某某县水利局2019年政府信息公开工作年度报告", "各有关单位：",
             "根据《条例》要求，现将本局2019年政府信息公开工作年度报告公布如下。", "一、总体情况",
             "2019年，本局主动公开政府信息120条。", "二、主动公开政府信息情况", "略。"]
    report = parse(lines)
    assert report.agency == "某某县水利局" and report.year == 2019


@pytest.mark.parametrize("title", ["县卫生局信息公开2010年度工作报告(精选5篇)", "县卫生局信息公开2010年度工作报告 第1篇"])
def test_one_essay_of_a_model_text_sites_selection_is_refused(title):
    lines = [title, "XX县卫生局信息公开2010工作报告",
             "依据《中华人民共和国政府信息公开条例》要求，结合县卫生局2010年政务信息公开工作实际，编制本报告。",
             "一、概述", "2010年，我县卫生局认真贯彻执行《条例》，全年主动公开信息120条。",
             "二、主动公开政府信息情况", "略。"]
    with pytest.raises(UnreadableFile, match="selection of model texts"):
        parse(lines)


def test_a_report_counting_its_chapters_is_no_selection():
    lines = ["某某县卫生局2010年度政府信息公开工作报告", "一、概述", "2010年，本局全年主动公开信息120条，分5篇专栏发布。",
             "二、主动公开政府信息情况", "略。"]
    assert parse(lines).agency == "某某县卫生局"


def test_a_sentence_wrapped_in_a_line_with_no_comma_is_joined_to_a_line_opening_with_a_salutations_words():
    # (review of session 24) Only a title's end (…的通知, …年度报告) keeps a salutation apart: a wrapped sentence whose
    # first line holds no comma was left cut in two.
    wrapped = ["为进一步做好本县政府信息公开工作并按照上级统一部署要求", "各部门单位开展自查，具体如下："]
    assert reflow(wrapped, looks_like_heading) == ["".join(wrapped)]
    titled = ["某某县2019年政府信息公开工作年度报告（征求意见稿）", "各有关单位："]
    assert reflow(titled, looks_like_heading) == titled
