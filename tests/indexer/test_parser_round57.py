"""Round 57's parser classes (docs/parsing.md, "Round 57"): digit-numbered items under a part heading numbered 一、 that
count on from 1 are that part's items, never a later part; a release of part of a year's figures refused. Every text here is made up."""
from __future__ import annotations

import pytest

from tests.indexer.made_up import OLD_OPENING, parsed, refusal

# --- A. '一、政府信息公开工作情况' over '1.…' '2.…' '3.依申请公开政府信息的情况': items of part 一, not part 三 ----------

ITEMS_UNDER_ONE = [
    "本年度报告根据《中华人民共和国政府信息公开条例》要求，由东山县统计局编制。本报告中所列数据的统计期限自2018年1月1日起"
    "至2018年12月31日止。",
    "一、政府信息公开工作情况",
    "1.政府信息主动公开情况",
    "2018年主动公开政府信息58条，其中工作动态41条。",
    "2.公开渠道",
    "信息通过县政府网站和村务公开栏同步发布。",
    "3.依申请公开政府信息的情况",
    "2018年，我局未收到政府信息公开申请，",
]


def test_digit_items_counting_on_under_part_one_are_no_later_part():
    report = parsed(ITEMS_UNDER_ONE)
    assert [s.number for s in report.sections] == [1]
    assert any("3.依申请公开政府信息的情况" in b for b in report.sections[0].blocks if isinstance(b, str))


def test_a_digit_numbered_part_after_numbered_parts_still_counts():
    # no count begun at 1 under 二、: its 3. numbers on the parts (a report mixing both numbers)
    report = parsed([
        *OLD_OPENING,
        "3.依申请公开政府信息的情况",
        "2018年，我局未收到政府信息公开申请。",
    ])
    assert [s.number for s in report.sections] == [1, 2, 3]


def test_items_starting_again_under_part_two_leave_part_three_to_its_heading():
    report = parsed([
        "东山县统计局2018年政府信息公开工作年度报告",
        "一、概述",
        "2018年，我局认真贯彻《条例》，全年主动公开政府信息58条。",
        "二、主动公开政府信息情况",
        "1.公开内容",
        "全年通过县政府网站主动公开政府信息58条。",
        "2.公开形式",
        "县政府网站和政务公开栏。",
        "3.依申请公开政府信息的情况",
        "未收到申请。",
        "三、依申请公开政府信息情况",
        "2018年，我局未收到政府信息公开申请。",
    ])
    assert [s.number for s in report.sections] == [1, 2, 3]
    assert report.sections[2].title == "三、依申请公开政府信息情况"


# --- B. '某区2022年上半年政府信息公开数据统计': a release of half a year's figures is no annual report --------------------

HALF_YEAR = [
    "2022年上半年政府信息公开数据统计",
    "2022年07月20日 来源: 青石区",
    "一、文件公开情况",
    "2022年上半年，青石区各部门印发文件312份，其中公开298份。",
    "二、申请办理情况",
    "2022年上半年，青石区收到公开申请85件，已办结80件。",
    "三、复议和诉讼情况",
    "2022年上半年，青石区涉及信息公开的行政复议2件。",
]


def test_a_half_years_disclosure_figures_are_refused():
    assert "上半年" in (refusal(HALF_YEAR) or "")


def test_an_annual_report_telling_its_first_half_is_kept():
    # the report's own title over the same words: the year's report, its text telling half a year's work
    assert refusal(["青石区2022年政府信息公开工作年度报告", *HALF_YEAR[1:]]) is None


def test_a_report_saying_it_is_one_under_such_a_line_is_kept():
    assert refusal([HALF_YEAR[0], "本报告根据《中华人民共和国政府信息公开条例》编制。", *HALF_YEAR[2:]]) is None


@pytest.mark.parametrize("title", [
    ["青石区2022年政府信息", "公开工作年度报告"],  # wrapped: no line holds the report's title
    ["青石区2022年政务公开工作年度报告"],  # a title _TITLE does not read (政务公开)
])
def test_a_report_with_all_six_parts_is_kept_under_a_line_on_its_first_half(title):
    # a line on the first half among the opening lines, no 本报告: the six parts of the template tell the year's report
    six_parts = [
        "一、总体情况", "2022年，青石区政务公开工作围绕中心，全年主动公开政府信息1200条。",
        "二、主动公开政府信息情况", "全年主动公开规范性文件12件。",
        "三、收到和处理政府信息公开申请情况", "全年收到政府信息公开申请25件，均已按时答复。",
        "四、政府信息公开行政复议、行政诉讼情况", "全年未发生行政复议和行政诉讼。",
        "五、存在的主要问题及改进情况", "信息公开的及时性有待提高。",
        "六、其他需要报告的事项", "无。",
    ]
    assert refusal([*title, "2022年上半年政务公开重点工作回顾", *six_parts]) is None


# --- C. '市委、市政府' in a nameless bureau's text that names a county-level city: the level stays open -----------------

def _nameless_bureau(extra: str) -> list[str]:
    return [
        "关于2019年政府信息公开工作年度报告",
        "一、概述",
        "2019年，我局在市委、市政府的领导下推进政府信息公开，明确专人负责信息发布和审核。"
        f"{extra}",
        "二、主动公开政府信息情况",
        "全年主动公开统计信息86条。",
    ]


def test_a_county_level_city_named_leaves_the_level_of_the_shi_government_open():
    report = parsed(_nameless_bureau("全年编印《2018年义乌市统计年鉴》200本，送各部门使用。"))
    assert report.level is None
    assert report.region["province"] == "浙江省"


@pytest.mark.parametrize("market", ["全年赴义乌市场开展小商品价格调查3次。", "全年对晋江市场主体开展抽查。"])
def test_a_market_named_by_its_city_names_no_county_level_city(market):
    """(review) 义乌市场 and 晋江市场主体 are a market and market entities, not the cities 义乌市 and 晋江市: the 市政府 rule's
    level stands and no province is asserted from them."""
    report = parsed(_nameless_bureau(market))
    assert report.level == "city"
    assert report.region["province"] is None


def test_without_a_county_level_city_the_shi_government_still_tells_a_city():
    report = parsed(_nameless_bureau("全年编印统计年鉴200本，送各部门使用。"))
    assert report.level == "city"


# --- D. commentary on an evaluation of the annual reports, the report spoken of in the third person: refused ----------

COMMENTARY = [
    "一家大学的课题组按及时、完整、易读三项指标给各地的年度报告打分，排在前面的是几个东部省份。",
    "报告认为，篇幅长短说明不了什么，数字是否前后一致才见功夫。",
    "报告指出，多数单位只写成绩，少数写了不足也只是一两句带过。",
    "报告建议，上级部门应当统一口径，把需要填写的统计项目讲清楚。",
]


def test_commentary_telling_what_a_report_says_is_refused():
    assert "writing about annual reports" in (refusal(COMMENTARY) or "")


def test_a_body_telling_its_own_year_beside_such_words_is_kept():
    # a body's own account (我局, its year's figures) is never writing about reports, whatever it quotes
    assert refusal(["2019年，我局认真贯彻《条例》，全年主动公开政府信息120条。", *COMMENTARY[1:]]) is None


def test_a_decimal_opening_a_line_is_no_item():
    # '1.5万…' is a figure, not item 1: the digit-numbered parts after it number on the parts (a report mixing both)
    report = parsed([
        "东山县统计局2018年政府信息公开工作年度报告",
        "一、概述",
        "1.5万余条信息全部经过保密审查。",
        "全年主动公开政府信息58条。",
        "2.主动公开政府信息情况",
        "全年通过县政府网站主动公开政府信息58条。",
        "3.依申请公开政府信息情况",
        "未收到申请。",
    ])
    assert [s.number for s in report.sections] == [1, 2, 3]
