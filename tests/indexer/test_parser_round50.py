"""Round 50 (issue 15, docs/parsing.md "Round 50 — refuse only what is another kind"): a text that no rule calls a
report is refused only as the kind of document that names it; one on disclosure that no kind names is kept with a
doubt (never lose a report). Beside it, a class of non-report the batches held: a disclosure catalogue (公开事项目录).
Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document
from indexer.report_or_not import _UNSURE


def parsed(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


def refusal(lines) -> str:
    with pytest.raises(UnreadableFile) as caught:
        parsed(lines)
    return str(caught.value)


# --- the fallbacks keep a text on disclosure that no kind names -----------------------------------------------------

@pytest.mark.parametrize("lines", [
    # a report's later page, cut inside its prose: no title, no part heading, no year, no figure
    ["加强业务培训，组织工作人员学习《条例》，提升信息公开工作水平。", "完善保密审查机制，做到先审查、后公开。"],
    # the same in traditional script
    ["加強業務培訓，組織工作人員學習《條例》，提升信息公開工作水平。", "完善保密審查機制，做到先審查、後公開。"],
    # a page of part 5 with one of its two sub-headings only
    ["（一）存在的主要问题", "政务公开工作人员力量不足，公开内容不够全面。", "请社会各界监督。"],
])
def test_a_text_on_disclosure_that_no_kind_names_is_kept_with_a_doubt(lines):
    report = parsed(lines)
    assert _UNSURE in report.warnings


def test_the_doubt_is_simplified_chinese_and_asks_for_a_check():
    assert _UNSURE.endswith("请核对。") and "年度报告" in _UNSURE


@pytest.mark.parametrize("lines", [
    ["会议通知", "定于下周一召开全体职工大会，请准时参加。"],
    ["东山县人民医院", "医院新门诊楼本月投入使用，方便群众就医。"],
])
def test_a_text_off_the_topic_is_still_refused_with_the_generic_reason(lines):
    assert refusal(lines) == "not an annual report: none of the template's parts (一、总体情况 …) found"


@pytest.mark.parametrize("lines, kind", [
    (["东山县民政局召开2020年政府信息公开工作会议", "会议要求各股室认真落实《条例》，做好信息公开工作。"], "another kind of document"),
    (["北山县政务公开工作推进会召开", "9月3日，北山县召开政务公开工作推进会，部署信息公开工作。"], "news of a meeting"),
])
def test_a_text_a_kind_names_is_refused_as_that_kind(lines, kind):
    reason = refusal(lines)
    assert kind in reason and reason.endswith("none of the template's parts (一、总体情况 …) found")


# --- a disclosure catalogue ------------------------------------------------------------------------------------------

CATALOGUE_ROWS = ["一、制度类", "1.本村村规民约；", "2.村务监督制度；", "二、事务类", "1.村民委员会年度工作计划情况；",
                  "2.政府信息公开申请的办理情况；"]


@pytest.mark.parametrize("title", ["西坡村村务公开事项参考目录", "东山镇基层政务公开标准目录", "北山县政务公开事项目录",
                                   "東山鎮基層政務公開標準目錄", "東山鎮(zhèn)基層政務公開標準目錄",
                                   "东山县林业局主动公开基本目录", "東山縣林業局主動公開基本目錄"])
def test_a_disclosure_catalogue_is_refused(title):
    with pytest.raises(UnreadableFile, match="目录|目錄"):
        parsed(["首页 >> 信息公开 >> 公开制度", title, *CATALOGUE_ROWS])


def test_a_domain_catalogue_numbered_as_a_sub_heading_is_refused():
    # the national standard's catalogues are per domain; a page may hold the second of them, numbered
    with pytest.raises(UnreadableFile, match="目录|目錄"):
        parsed(["(二)東山鎮政府文件領域基層政務公開標準目錄", "序號 | 公開事項 | 公開內容 | 公開依據 |",
                "1 | 政府文件 | 政府信息公開 | 《中華人民共和國政府信息公開條例》 |",
                "2 | 概況信息 | 鄉鎮簡介 | 政府信息公開工作要求 |"])


@pytest.mark.parametrize("lines", [
    # a report's sub-heading on its catalogue, numbered, naming no domain: the report's part
    ["一、总体情况", "（一）主动公开", "2020年，我镇主动公开政府信息85条。", "（二）政务公开标准目录",
     "我镇按照基层政务公开标准目录公开事项。", "（三）政府信息管理", "我镇规范信息发布。"],
    # a report telling of its catalogue in its prose
    ["东山镇2020年政府信息公开工作年度报告", "一、总体情况", "2020年，我镇编制了基层政务公开标准目录，主动公开政府信息85条。"],
])
def test_a_report_telling_of_its_catalogue_is_kept(lines):
    assert parsed(lines).sections


# --- titles read on the simplified key: a traditional copy of a notice or of news --------------------------------------

@pytest.mark.parametrize("title", [
    "北山縣人民政府辦公室關于做好2020年政府信息公開工作年度報告編制發布工作的通知",
    "北山縣召開2020年政務公開工作推進會",
    "2020年度政務公開優秀年報出爐",
    "北山縣政府信息公開情況統計報表",
])
def test_a_traditional_title_of_another_kind_is_refused(title):
    # the body tells of the year's disclosure work (kept as a body's account without the title's kind)
    reason = refusal([title, "2020年，全縣政府信息公開工作進一步加強，各單位主動公開政府信息，做好依申請公開工作。"])
    assert "not a disclosure report" in reason or "not a report" in reason


@pytest.mark.parametrize("title", ["北山縣民政局2020年政府信息公開工作年度報告", "北山縣民政局2020年政府信息公開工作情況"])
def test_a_traditional_report_or_account_title_is_kept(title):
    report = parsed([title, "2020年，我局認真貫徹《條例》，全年主動公開政府信息120條，未收到政府信息公開申請。"])
    assert report.year == 2020


@pytest.mark.parametrize("lines", [
    # (review of session 23) a report's page that lost its title, under a site menu naming the catalogue: its year's
    # work and figures say it is no catalogue
    ["首页", "政务公开", "基层政务公开标准目录", "政府信息公开年报",
     "2020年，我镇主动公开政府信息85条，收到政府信息公开申请3件，均按时答复。", "我镇进一步规范信息发布流程。"],
    # a report's page 2 opening with a sub-heading that names a domain, its prose under it (no catalogue's columns)
    ["（三）重点领域基层政务公开标准目录", "我镇按照重点领域基层政务公开标准目录，公开财政预决算、社会救助等信息。",
     "（四）政府信息公开平台建设", "我镇依托政府网站公开信息。"],
])
def test_a_reports_page_under_a_line_naming_a_catalogue_is_kept(lines):
    assert parsed(lines).warnings  # kept (UnreadableFile otherwise), with its doubts
