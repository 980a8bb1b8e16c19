"""Round 60's parser classes (docs/parsing.md, "Round 60"): copies typed or converted with full-width digits and letters;
a site's search or accessibility widgets and a flattened metadata table above a page with no title line; a byline between
a title's two lines; a simplified copy's pinyin gloss inside a part's heading above its table. Every text here is made up."""
from __future__ import annotations

from indexer.model import Document
from indexer.normalize import CHROME_LINE, fold_alnum, fold_document
from indexer.model import Table
from tests.indexer.made_up import parsed

# --- A. full-width digits and letters, folded once where the text enters the parser ------------------------------

WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def _wide(lines: list[str]) -> list[str]:
    return [line.translate(WIDE) for line in lines]


TITLED = [
    "青石县水务局2020年政府信息公开工作年度报告",
    "一、总体情况",
    "2020年，青石县水务局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息128条。",
    "二、主动公开政府信息情况",
    "全年通过县政府网站主动公开政府信息128条。",
]


def test_a_title_with_full_width_digits_gives_issuer_and_year():
    report = parsed(_wide(TITLED))
    assert (report.agency, report.year, report.level) == ("青石县水务局", 2020, "county")


UNTITLED = [
    "根据《中华人民共和国政府信息公开条例》规定，现公布北山市青石区市场监督管理局2019年度政府信息公开工作年度报告。",
    "一、总体情况",
    "2019年，我局全年主动公开政府信息56条，未收到政府信息公开申请。",
]


def test_a_lead_in_with_full_width_digits_gives_issuer_and_year():
    report = parsed(_wide(UNTITLED))
    assert (report.agency, report.year) == ("北山市青石区市场监督管理局", 2019)


def test_only_digits_and_letters_fold_the_page_punctuation_stays():
    assert fold_alnum("２０２０年（一）：ＡＱＩ，") == "2020年（一）：AQI，"


def test_the_fold_reaches_table_cells_and_the_containers_hints():
    doc = Document(["第２部分", Table([["本年新收政府信息公开申请数量", "１２"]])], "html", meta={"h1": "某局２０２０年报告"})
    fold_document(doc)
    assert doc.blocks[0] == "第2部分" and doc.blocks[1].rows == [["本年新收政府信息公开申请数量", "12"]]
    assert doc.meta["h1"] == "某局2020年报告"


# --- B. chrome above a page with no title line ------------------------------------------------------------------

OPENING = [
    "2022年，青石区统计局严格贯彻落实《中华人民共和国政府信息公开条例》要求，现将本机关政府信息公开工作情况报告如下：",
    "一、总体情况",
    "（一）主动公开",
    "全年主动公开政府信息42条。",
]


def test_a_search_and_accessibility_widget_line_is_no_first_sentence():
    report = parsed(["请输入关键字 搜索 高级检索 无障碍浏览 长者模式 English", *OPENING])
    assert report.agency == "青石区统计局"


def test_a_flattened_metadata_table_is_no_first_sentence():
    report = parsed(["索引号|000000000/2020-00001|主题分类|其他|文号|无|发文日期|2020年03月31日|有效性|有效", *OPENING])
    assert report.agency == "青石区统计局"


def test_a_metadata_tables_date_is_no_reported_year():
    lines = [
        "索引号|000000000/2020-00001|主题分类|其他|文号|无|发文日期|2020年03月31日|有效性|有效",
        "当前位置:首页>政府信息公开>政府信息公开年报",
        "根据《中华人民共和国政府信息公开条例》规定，现发布《青石产业园管理委员会2025年政府信息公开工作年度报告》。",
        "一、总体情况",
        "本年度，我委全年主动公开政府信息36条。",
    ]
    assert parsed(lines).year == 2025


def test_a_numbered_heading_on_accessibility_is_no_widget():
    assert CHROME_LINE.search("（三）无障碍环境建设") is None
    assert CHROME_LINE.search("关怀版 无障碍 简体 | 繁体")


# --- C. a byline between a title's two lines --------------------------------------------------------------------

BYLINE = "发布时间：2016-03-30 09:12  来源：本网  浏览次数：1532  【打印】【关闭】"


def test_a_byline_does_not_part_a_title_wrapped_over_two_lines():
    lines = [
        "北山市青石区人民政府东山街道",
        BYLINE,
        "办事处2023年政府信息公开工作年度报告",
        "一、总体情况",
        "2023年，东山街道办事处认真贯彻《条例》，全年主动公开政府信息36条。",
    ]
    assert parsed(lines).agency == "北山市青石区人民政府东山街道办事处"


def test_a_byline_does_not_part_the_issuer_above_from_its_title():
    lines = [
        "北山市人民政府2016年",
        BYLINE,
        "政府信息公开工作年度报告",
        "北山市人民政府办公室",
        "2017年3月",
        "本报告是根据《中华人民共和国政府信息公开条例》要求，综合各县区和市政府各部门的年度报告编制而成。",
        "一、概述",
        "2016年，全市主动公开政府信息1.2万条。",
    ]
    assert parsed(lines).agency == "北山市人民政府"


# --- D. a gloss inside a part's heading above its table -----------------------------------------------------------

def test_a_glossed_part_heading_above_its_table_heads_its_part():
    lines = [
        "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        "一、总体情况",
        "2022年，我镇全年主动公开政府信息171条。",
        "二、主动公开政(zhèng)府信息情况",
        "| ",
        " 第二十条第(一)项  | |||",
        "| ",
        " 信息内容  | ",
        " 本年制发件数  | ",
        " 本年废止件数  | ",
        " 现行有效件数  | ",
        "| ",
        " 规章  | ",
        " 0  | ",
        " 0  | ",
        " 0  | ",
    ]
    assert [s.number for s in parsed(lines).sections if not s.inferred] == [1, 2]


def test_a_breadcrumbs_column_is_no_title_over_a_cover_name_once_the_widget_line_between_is_skipped():
    lines = [
        "当前位置：首页 > 政务公开 > 政府信息公开 > 政府信息公开年报",
        "【字体：大 中 小】 打印本页 关闭窗口 分享到：",
        "北山区人民政府",
        "一、总体情况",
        "2025年，北山区东山街道办事处坚持以习近平新时代中国特色社会主义思想为指导，严格落实《中华人民共和国政府信息公开条例》。",
    ]
    assert parsed(lines).agency == "北山区东山街道办事处"


def test_a_metadata_tables_last_value_is_no_part_of_the_name_after_it():
    lines = [
        "索引号|000000000/2020-00001|主题分类|其他|文号|无|发文日期|2020年03月31日|有效性|有效",
        "人民政府外事办公室",
        "2022年政府信息公开工作年度报告",
        "本年度报告根据《中华人民共和国政府信息公开条例》要求编制。",
        "一、总体情况",
        "2022年，我办全年主动公开政府信息20条。",
    ]
    assert not (parsed(lines).agency or "").startswith("有效")
