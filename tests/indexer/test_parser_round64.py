"""Round 64's parser class (docs/parsing.md, "Round 64"): a crawled site menu that kept each link's target between its
labels ('某局/city/index.html信息公开/col/col1/index.html…') is a site's navigation, not a report. Every text here is
made up."""
from __future__ import annotations

from tests.indexer.made_up import refusal

LINKED_MENU = ("12东山县蜂业局/dongshan/index.html信息公开/col/col10001/index.html"
               "蜂业规范性文件/col/col10002/index.html")


def test_a_menu_with_its_links_targets_is_refused():
    reason = refusal([LINKED_MENU])
    assert reason and "navigation" in reason


def test_the_same_menu_over_lines_is_refused_too():
    reason = refusal(["东山县蜂业局/dongshan/index.html", "信息公开/col/col10001/index.html",
                      "年报/col/col10003/index.jsp"])
    assert reason and "navigation" in reason


def test_a_year_s_account_citing_its_links_is_kept():
    # a sentence is no menu label, whatever paths it cites
    assert refusal(["2020年，我局全年主动公开政府信息36条，详见/col/col10001/index.html和/col/col10002/index.html。"]) is None


def test_one_path_keeps_the_digit_test():
    # a single path may be a report's address line: its digits still say the labels are no bare menu
    reason = refusal(["东山县蜂业局2020年主动公开政府信息36条/dongshan/index.html"])
    assert not reason or "navigation" not in reason
