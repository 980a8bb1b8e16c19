"""Round 56's parser classes (docs/parsing.md, "Round 56"): a title writing 公开 after 年度 read as a title, a zone named
with its district in brackets read as a name, and a survey addressed to the public refused. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import agency_name
from indexer.titles import parse_title
from tests.indexer.made_up import parsed, refusal

# --- B. '某某镇2014年度信息年度公开报告': the title names the issuer, not the site's label above it --------------------

SITE_LABEL_PAGE = [
    "东山县青石镇",
    "您现在所在的位置: 网站首页 > 政府信息公开 > 东山县青石镇 > 政府信息公开年报",
    "青石镇2014年度信息年度公开报告",
    "发布时间:2015-01-06 00:00 来源:东山县青石镇",
    "根据《中华人民共和国政府信息公开条例》的要求，特向社会公布青石镇政府信息公开年度报告。本报告中所列数据的统计期限"
    "自2014年1月1日起至2014年12月31日止。",
    "一、基本概述",
    "2014年，镇党委对政府信息公开工作高度重视，全年主动公开政府信息120条。",
]


@pytest.mark.parametrize("title", ["青石镇2014年度信息年度公开报告", "青石镇2014年信息年度公开工作报告"])
def test_a_title_writing_gongkai_after_the_year_word_is_a_title(title):
    info = parse_title(title)
    assert info is not None and (info.agency, info.year) == ("青石镇", 2014)


def test_the_titles_issuer_wins_over_the_site_label_above_it():
    report = parsed(SITE_LABEL_PAGE)
    assert (report.agency, report.year) == ("青石镇", 2014)


def test_information_in_general_without_the_year_is_still_no_title():
    assert parse_title("青石镇信息年度公开报告") is None


# --- C. '高新区(某某区)': a zone run together with its district, named by the district in brackets ---------------------

@pytest.mark.parametrize("name", ["高新区(西山区)", "高新区（西山区）", "经开区(东山县)", "开发区(青石市)"])
def test_a_zone_word_with_its_district_in_brackets_is_a_name(name):
    assert agency_name(name) == name


@pytest.mark.parametrize("name", ["高新区", "高新区(园区)", "高新区(新区)", "开发区(管委会)", "经开区(本级)"])
def test_a_bare_zone_word_stays_no_name(name):
    assert agency_name(name) is None


def test_a_zone_and_district_title_names_the_issuer():
    report = parsed(["2022年高新区(西山区)政府信息公开工作年度报告",
                     "一、总体情况",
                     "高新区(西山区)严格贯彻落实《条例》，全年主动公开政府信息320条。"])
    assert (report.agency, report.year) == ("高新区(西山区)", 2022)


# --- non-report: a survey addressed to the public ------------------------------------------------------------------

SURVEY = ["广大网民朋友: 感谢您一直以来对我县政府信息公开工作的关心和支持。为推动各乡镇、县属各部门进一步落实《条例》，"
          "经研究决定对各乡镇、县属各部门2019年的政府信息公开工作进行社会评议。请您综合参考以下内容填答问卷:"
          "一是公开内容是否全面;二是依申请公开是否依法及时答复。东山县人民政府办公室 2019年12月9日"]


def test_a_survey_addressed_to_the_public_is_refused():
    assert "survey" in (refusal(SURVEY) or "")


def test_a_report_telling_of_a_questionnaire_is_kept():
    assert refusal(["东山县民政局2019年政府信息公开工作年度报告",
                    "一、总体情况",
                    "2019年，我局通过填写问卷等方式听取公众意见，全年主动公开政府信息85条。"]) is None
