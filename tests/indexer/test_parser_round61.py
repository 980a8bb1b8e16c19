"""Round 61's parser classes (docs/parsing.md, "Round 61"): a saved page whose part headings run into one paragraph keeps
the spaces that set them off, as a text copy does. Every text here is made up."""
from __future__ import annotations

import html

from indexer.parser import parse_file
from indexer.readers.html import read_html
from indexer.sections import classify_heading
from tests.indexer.made_up import parsed, refusal

# --- A. a part heading run into its paragraph in a saved page ----------------------------------------------------

RUN_IN = ("青石县蚕桑局2021年政府信息公开工作年度报告 一、总体情况 2021年，我局认真贯彻落实《条例》，全年主动公开政府信息"
          "36条。 二、主动公开政府信息情况 全年通过县政府网站主动公开政府信息36条。 三、收到和处理政府信息公开申请情况 "
          "本年度未收到政府信息公开申请。")


def _page(tmp_path, *paragraphs: str):
    path = tmp_path / "report.html"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    path.write_text(f"<html><body><div id='zoom'>{body}</div></body></html>", encoding="utf-8")
    return path


def _parts(path) -> list[int]:
    return [s.number for s in parse_file(path).sections if not s.inferred]


def test_headings_run_into_one_paragraph_are_read_as_from_the_text_copy(tmp_path):
    text = tmp_path / "report.txt"
    text.write_text(RUN_IN, encoding="utf-8")
    assert _parts(_page(tmp_path, RUN_IN)) == _parts(text) == [1, 2, 3]


# An old report's chapter in its own words, run in after a sentence on a long line: the splitter wants the space after
# its 情况.
OLD_RUN_IN = ("一、概述 2010年，青石县蚕桑局按照县政府的统一部署，认真贯彻落实《条例》，成立了政府信息公开工作领导小组，"
              "配备了兼职工作人员，在办公室设立了政府信息查阅点，政府信息公开咨询、申请以及答复工作均顺利开展，全年运行正常，"
              "没有发生泄密事件。 二、2010年主动公开蚕桑信息开展情况 全年主动公开政府信息45条，其中工作动态30条，规范性文件2条，"
              "人事信息5条，财政信息8条，均通过县政府网站和县档案馆的查阅点公开，方便群众查阅。")


def test_an_old_chapter_in_its_own_words_run_in_after_a_sentence_is_a_part(tmp_path):
    assert len(OLD_RUN_IN) >= 200
    path = _page(tmp_path, "青石县蚕桑局2010年政府信息公开工作年度报告", OLD_RUN_IN)
    text = tmp_path / "report.txt"
    text.write_text("青石县蚕桑局2010年政府信息公开工作年度报告\n" + OLD_RUN_IN, encoding="utf-8")
    titles = [s.title for s in parse_file(path).sections if not s.inferred]
    assert titles == [s.title for s in parse_file(text).sections if not s.inferred]
    assert titles == ["一、概述", "二、2010年主动公开蚕桑信息开展情况"]


def test_a_space_inside_a_word_still_goes(tmp_path):
    # (the run-in heading's space before it stays; the one inside 概 述 goes, and so the one after it, as a word's)
    path = _page(tmp_path, "情况如下。 一、概 述 全年主动公开信息12条，总 计12条。")
    assert read_html(path).blocks == ["情况如下。 一、概述全年主动公开信息12条，总计12条。"]


def test_a_numbered_list_inside_a_sentence_keeps_its_words_together(tmp_path):
    # a numeral after a colon or a comma is no run-in heading: no space stood before it
    path = _page(tmp_path, "主要做法有：一、加强领导，二、完善制度。")
    assert read_html(path).blocks == ["主要做法有：一、加强领导，二、完善制度。"]


# --- B. a model text whose slots are left as lines to write in ---------------------------------------------------

BLANKS = [
    "蚕桑局政务信息公开总结汇报",
    "根据《中华人民共和国政府信息公开条例》和区政府有关会议精神，区蚕桑局编制年度政府信息公开年度报告。",
    "一、主动公开政府信息的情况",
    "年我局政府信息公开坚持以____精神为指导，以____为统领，共发布各类公开信息8条。",
    "二、依申请公开政府信息和不予公开政府信息的情况",
    "我局未接到公民、法人或其他组织申请。",
]


def test_a_text_with_blanks_to_fill_in_and_no_year_is_a_model_text():
    assert "blanks left to fill in" in refusal(BLANKS)


def test_full_width_blanks_are_blanks_too():
    assert "blanks left to fill in" in refusal([line.replace("____", "＿＿＿＿") for line in BLANKS])


def test_a_report_telling_its_year_is_kept_whatever_blank_it_has():
    dated = [BLANKS[0].replace("蚕桑局", "青石县蚕桑局2019年"), *BLANKS[1:3], "2019年" + BLANKS[3], *BLANKS[4:]]
    assert refusal(dated) is None


def test_a_single_underscore_is_no_blank():
    # (a file or folder name written with one '_' against Chinese: '青石县_蚕桑局' is no line to write in)
    text = [*BLANKS[:3], "全年通过青石县_蚕桑局网站发布各类公开信息8条。", *BLANKS[4:]]
    assert refusal(text) is None


# --- C. part 一 headed by its first topic: '一、主动公开情况' over the part's other topics -----------------------------

LEAD = ["青石县蚕桑局2022年政府信息公开工作年度报告",
        "本报告由青石县蚕桑局编制，所列数据的统计期限自2022年1月1日起至2022年12月31日止。"]
PROMOTED = [*LEAD,
            "一、主动公开情况",
            "2022年全局通过县政府网站发布信息18条。",
            "（一）依申请公开情况",
            "本年度未收到政府信息公开申请。",
            "（二）政府信息管理情况",
            "严格落实信息发布审核制度。"]


def _numbers(lines) -> list[int]:
    return [s.number for s in parsed(lines).sections if not s.inferred]


def test_a_first_heading_on_disclosure_over_part_one_topics_heads_part_one():
    assert _numbers(PROMOTED) == [1]


def test_the_platform_and_oversight_topics_tell_it_too():
    lines = [line.replace("政府信息管理情况", "平台建设方面") for line in PROMOTED]
    assert _numbers(lines) == [1]
    assert _numbers([line.replace("政府信息管理情况", "监督保障") for line in PROMOTED]) == [1]


def test_the_part_after_it_keeps_its_number():
    assert _numbers([*PROMOTED, "二、主动公开政府信息情况", "本年新制作规范性文件0件。"]) == [1, 2]


def test_an_old_first_chapter_on_disclosure_over_its_own_topics_stays_part_two():
    old = ["青石县蚕桑局2012年政府信息公开工作年度报告",
           "一、主动公开政府信息的情况",
           "（一）公开的主要内容",
           "全年主动公开政府信息45条。",
           "（二）公开形式",
           "主要通过县政府网站公开。",
           "二、依申请公开政府信息情况",
           "本年度未收到申请。"]
    assert _numbers(old) == [2, 3]


# --- D. an older report's chapter on fees names no part ----------------------------------------------------------

def test_a_chapter_on_the_fees_for_requests_is_not_part_three():
    old = ["2012年青石镇政府信息公开工作年度报告",
           "一、主动公开政府信息的情况",
           "2012年度我镇主动公开政府信息数22条。",
           "二、政府信息依申请公开办理情况",
           "2012年度我镇没有接到公开政府信息的申请。",
           "三、依申请信息公开收费情况",
           "2012年度，我镇政府信息公开没有收费。",
           "四、复议、诉讼和申诉情况",
           "没有发生行政复议案、行政诉讼案。"]
    assert [(s.number, s.title) for s in parsed(old).sections] == [
        (2, "一、主动公开政府信息的情况"), (3, "二、政府信息依申请公开办理情况"), (4, "四、复议、诉讼和申诉情况")]


def test_no_heading_on_fees_is_a_part():
    for line in ("三、依申请公开政府信息的收费情况", "四、政府信息公开的收费及减免情况", "五、依申请公开费用减免情况"):
        assert classify_heading(line) is None


def test_a_chapter_listing_the_fees_among_other_subjects_stays_on_requests():
    assert classify_heading("三、依申请公开、不予公开、收费及咨询政府信息情况") == (3, 3.0)
