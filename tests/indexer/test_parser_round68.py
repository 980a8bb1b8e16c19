"""Round 68's parser class (docs/parsing.md, "Round 68"): a text that quotes or explains the regulations (their
articles by number, '法律依据', '…是指…') and tells no one's year is about the law, not a body's account of its year;
the regulations cited as a body's ground ('依据《条例》…', article 50 on the reports themselves) still keep a text.
Every text here is made up."""
from __future__ import annotations

import pytest

from tests.indexer.made_up import refusal

# an explainer that cites the regulations, then defines their terms
EXPLAINER = ["根据《中华人民共和国政府信息公开条例》的规定，政府信息公开分为主动公开和依申请公开。",
             "主动公开是指行政机关对涉及公众利益的政府信息，通过网站、公报等渠道主动向社会公开。",
             "依申请公开是指公民、法人或者其他组织向行政机关申请获取相关政府信息，行政机关依法予以答复。"]
# a question-and-answer page quoting an article by number, in traditional script
QUOTED = ["法律依據：", "《中華人民共和國政府信息公開條例》第十九條 對涉及公眾利益調整、需要公眾廣泛知曉的政府信息，"
          "行政機關應當主動公開。", "政府信息公開工作機構負責組織編制本行政機關的政府信息公開指南和政府信息公開目錄。"]
# a keyword page: the regulations' name as a bare heading over the text of their articles
HEADED = ["中华人民共和国政府信息公开条例", "各级人民政府应当加强对政府信息公开工作的组织领导。",
          "县级以上地方人民政府办公厅（室）负责推进、指导、协调、监督本行政区域的政府信息公开工作。",
          "行政机关应当建立健全政府信息公开协调机制，确保发布的政府信息准确一致。"]


@pytest.mark.parametrize("lines", [EXPLAINER, QUOTED, HEADED])
def test_a_text_quoting_or_explaining_the_regulations_is_refused(lines):
    reason = refusal(lines)
    assert reason and "a text about disclosure" in reason


@pytest.mark.parametrize("ground", [
    "青岚县蚕桑站依据《中华人民共和国政府信息公开条例》做好政府信息公开工作，由站办公室负责信息的审核和发布。",
    "依据《中华人民共和国政府信息公开条例》第五十条规定，青岚县蚕桑站做好政府信息公开的审核和发布工作。",
])
def test_the_regulations_cited_as_a_bodys_ground_keep_it(ground):
    # a page of a body's account with no year read: its ground cited in 《》 (article 50 is the one on the reports)
    assert refusal([ground, "青岚县蚕桑站严格执行保密审查制度，信息公开工作运行正常，依申请公开渠道保持畅通。"]) is None
