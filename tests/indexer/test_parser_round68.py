"""Round 68's parser class (docs/parsing.md, "Round 68", narrowed after review 36 #4): a text about the regulations
(headed by their name, quoting their articles, defining their terms, a Q&A) that tells no one's year is refused; a
body's account citing them as reports do, by any article, in any quotation marks or none, is kept, as is a text about
the law in which a body speaks of its own work. Every text here is made up."""
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
# the same under a title line naming a site and a date
HEADED_DATED = ["中华人民共和国政府信息公开条例 青岚政务网 2021-03-02"] + HEADED[1:]
# an article quoted after the regulations' name, its words straight after its number
ARTICLE = ["《中华人民共和国政府信息公开条例》第十九条对涉及公众利益调整、需要公众广泛知晓的政府信息，行政机关应当主动公开。",
           "政府信息公开工作机构负责组织编制本行政机关的政府信息公开指南和政府信息公开目录，并及时更新。"]
# a question and its answer
ASKED = ["问：什么是依申请公开？", "答：根据《中华人民共和国政府信息公开条例》，公民、法人或者其他组织可以向行政机关申请获取"
         "相关政府信息，行政机关依法予以答复，不予公开的说明理由。",
         "问：申请政府信息公开需要提交什么材料？", "答：申请人应当提交身份证明和政府信息公开申请表。"]


@pytest.mark.parametrize("lines", [EXPLAINER, QUOTED, HEADED, HEADED_DATED, ARTICLE, ASKED])
def test_a_text_about_the_regulations_is_refused(lines):
    reason = refusal(lines)
    assert reason and "a text about disclosure" in reason


TAIL = ("青岚县蚕桑站严格执行保密审查制度，信息公开工作运行正常，依申请公开渠道保持畅通，及时回应群众关切。"
        "站办公室负责信息的审核和发布，做到应公开尽公开。")


@pytest.mark.parametrize("opening", [
    "青岚县蚕桑站依据《中华人民共和国政府信息公开条例》做好政府信息公开工作，由站办公室负责信息的审核和发布。",
    "依据《中华人民共和国政府信息公开条例》第五十条规定，青岚县蚕桑站做好政府信息公开的审核和发布工作。",
    "依据《中华人民共和国政府信息公开条例》第50条规定，青岚县蚕桑站做好政府信息公开的审核和发布工作。",
    "根据《中华人民共和国政府信息公开条例》第三十一条规定，现公布青岚县蚕桑站政府信息公开工作情况。",
    "本报告依据《中华人民共和国政府信息公开条例》第三十二条要求编制，由青岚县蚕桑站办公室负责发布。",
    "依據《中華人民共和國政府信息公開條例》第三十一條規定，現公布青嵐縣蠶桑站政府信息公開工作情況。",
    "依据《中华人民共和国政府信息公开条例》第四十九条规定，青岚县蚕桑站向社会公布政府信息公开工作情况。",
    "青岚县蚕桑站按照《中华人民共和国政府信息公开条例》第十九条、第二十条规定的范围主动公开政府信息。",
    "青岚县蚕桑站依据《中华人民共和国政府信息公开条例》做好政府信息公开工作，对不予公开的申请告知理由和法律依据。",
    "青岚县蚕桑站依据《中华人民共和国政府信息公开条例》做好政府信息公开工作，所谓便民，就是指让群众少跑路。",
    "青岚县蚕桑站认真贯彻落实政府信息公开条例，做好政府信息公开工作，由站办公室负责信息的审核和发布。",
    "青岚县蚕桑站认真贯彻落实《条例》，做好政府信息公开工作，由站办公室负责信息的审核和发布。",
    "青岚县蚕桑站认真贯彻落实<<中华人民共和国政府信息公开条例>>，做好政府信息公开工作。",
    "青岚县蚕桑站认真贯彻落实“政府信息公开条例”，做好政府信息公开工作，由站办公室负责信息的审核和发布。",
    "青岚县蚕桑站认真贯彻落实〈中华人民共和国政府信息公开条例〉，做好政府信息公开工作。",
    "青岚县蚕桑站认真贯彻落实《中华人民共和国政府信息公开条例（2019年修订）》，做好政府信息公开工作。",
    "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《青岚县政府信息公开规定》第八条，青岚县蚕桑站做好政府信息公开工作。",
    "中华人民共和国政府信息公开条例2019年5月15日起施行以来，青岚县蚕桑站做好政府信息公开工作。",
])
def test_the_regulations_cited_as_reports_cite_them_keep_a_page_with_no_year(opening):
    # a page of a body's account cut before its year: citing the regulations is its ground, whatever the form
    assert refusal([opening, TAIL]) is None


def test_a_body_speaking_of_its_own_work_is_kept_though_it_quotes_an_article():
    lines = ["法律依据：《中华人民共和国政府信息公开条例》第五十条。", "我站认真做好政府信息公开工作，" + TAIL]
    assert refusal(lines) is None


def test_the_templates_rows_citing_article_20_quote_no_article():
    # part 二's rows of the 2021 template open with '第二十条第（一）项': a report's table, not the law's text
    lines = ["青岚县蚕桑站依据《中华人民共和国政府信息公开条例》做好政府信息公开工作，由站办公室负责信息的审核和发布。",
             "第二十条第（一）项", "规章", "第二十条第（五）项", "行政许可", TAIL]
    assert refusal(lines) is None
