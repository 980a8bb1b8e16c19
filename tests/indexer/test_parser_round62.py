"""Round 62's parser class (docs/parsing.md, "Round 62"): a site's news post on a body's disclosure work, its credits
under it (撰文 / 编辑 / 初审 / 终审), is no annual report. Every text here is made up."""
from __future__ import annotations

from tests.indexer.made_up import parsed, refusal

POST = ["认真开展2023年度青石县蚕桑馆决算公开工作",
        "政府预决算信息公开是促进依法行政的现实需要，有利于保障公民的知情权、参与权和监督权。按照县财政局的通知，"
        "青石县蚕桑馆依法依规进行了2023年度决算信息公开工作，情况真实，内容完整。"]


def test_a_news_post_with_its_credits_is_refused():
    reason = refusal([*POST, "撰文：柳青禾", "编辑：桑晓", "初审：叶茂", "终审：林深"])
    assert reason is not None and "news post" in reason


def test_the_same_text_without_credits_is_kept_with_a_doubt():
    # what the post says alone (a year's disclosure work) keeps it: a page of a report's prose may read so
    assert refusal(POST) is None


def test_one_credit_line_is_no_post():
    assert refusal([*POST, "编辑：桑晓"]) is None


def test_a_report_with_credits_under_it_stays_a_report():
    # a report copied to a news site keeps its title, its lead-in and its parts whatever credits follow
    report = parsed(["青石县蚕桑馆2023年政府信息公开工作年度报告",
                     "根据《中华人民共和国政府信息公开条例》规定，现公布本报告。",
                     "一、总体情况", "2023年，我馆全年主动公开政府信息12条。",
                     "二、主动公开政府信息情况", "全年通过县政府网站主动公开政府信息12条。",
                     "编辑：桑晓", "审核：叶茂"])
    assert report.agency == "青石县蚕桑馆" and report.year == 2023
