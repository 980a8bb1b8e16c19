"""Round 65's parser classes (docs/parsing.md, "Round 65"): a text that only talks about disclosure (an essay, a law's
articles, news of rules) and tells no one's year is no report; '本报告' calls a text a report on disclosure only when
disclosure is its subject. Every text here is made up."""
from __future__ import annotations

import pytest

from tests.indexer.made_up import parsed, refusal

ESSAY = ["政府信息公开的意义与边界",
         "政府信息公开是现代行政的一项基本制度，它让公众得以了解行政机关如何作出决定、如何执行决定。",
         "论者多认为，政府信息公开有助于监督权力的运行，也有助于提升行政效率和政府的公信力。",
         "比较各地做法可以看到，主动公开的范围和依申请公开的程序，决定了这一制度在实践中的效果。"]
# the same in traditional script, citing another jurisdiction's act (Taiwan's vocabulary: 資訊)
ACT = ["依據政府資訊公開法的規定，下列政府資訊除限制公開者外，應主動公開：",
       "蜂業管理機關之組織、職掌、地址、電話及網址，蜂業施政計畫、業務統計及研究報告。",
       "政府資訊之主動公開，應斟酌公開技術之可行性，選擇適當方式為之，使公眾得以知悉。"]


@pytest.mark.parametrize("lines", [ESSAY, ACT, ESSAY[1:]])
def test_a_text_about_disclosure_that_tells_no_year_is_refused(lines):
    reason = refusal(lines)
    assert reason and "a text about disclosure" in reason


@pytest.mark.parametrize("extra", [
    "2020年，东山县蜂业局认真开展政府信息公开工作。",      # the year it reports on
    "东山县蜂业局全年认真开展政府信息公开工作。",          # a year of work told
    "东山县蜂业局依据《条例》做好政府信息公开工作。",        # the regulations it reports under
    "全年主动公开政府信息36条，未收到政府信息公开申请。",    # a figure of the year's disclosure
])
def test_a_year_the_regulations_or_a_figure_keep_it(extra):
    assert refusal([*ESSAY[1:], extra]) is None


def test_a_fragment_of_a_page_is_still_kept():
    # a page cut from both ends to a few words of part 1 (round 23's class): too short to tell
    assert refusal(["由办公室负责政府信息公开的审核和发布。", "（二）积极做好依申请公开，依法依规答复。"]) is None


SURVEY = ["东山县蜂业协会", "蜂农收入调查简要报告",
          "本报告数据截取至当年6月底，共回收有效问卷812份，覆盖全县九个乡镇。",
          "一、调查基本情况", "本次调查面向全县蜂农开展，采用分层抽样的方法，由协会工作人员入户访问。"]


def test_a_report_of_another_subject_calling_itself_this_report_is_refused():
    assert refusal(SURVEY)


def test_this_report_over_a_template_heading_is_still_a_report():
    # '本年度报告…' over the template's '一、总体情况', no other word of disclosure (rounds 30 and 32's made-up openings)
    assert refusal(["本年度报告根据有关规定编制。", "一、总体情况", "2021年，东山县蜂业局按照县委部署推进各项工作。"]) is None


def test_this_report_on_disclosure_is_still_a_report():
    lines = [SURVEY[0], "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据截至12月31日。",
             "一、总体情况", "东山县蜂业协会认真做好政府信息公开工作。"]
    assert refusal(lines) is None and parsed(lines).sections
