"""The web page's footer after a report's last line is no part of the report (indexer.page_chrome.py): it is
taken out of the last part, and the footer's owner still places the issuer. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.model import Document
from indexer.page_chrome import footer_start, header_line, trim_header
from indexer.parser import parse_document

REPORT = [
    "青石市水务局2019年政府信息公开工作年度报告",
    "一、总体情况", "2019年，我局认真贯彻落实《条例》，主动公开政府信息36条。",
    "二、主动公开政府信息情况", "详见下表。",
    "三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。",
    "四、政府信息公开行政复议、行政诉讼情况", "本年度未发生行政复议、行政诉讼。",
    "五、存在的主要问题及改进情况", "公开的规范化有待进一步提高。下一步，我局将持续推进公开标准化建设。",
    "青石市水务局", "2020年1月20日",
]
FOOTERS = [
    ["下一篇: 没有了", "foot_img_01.png",
     "主办单位:青石市水务局版权所有:青石市人民政府办公室 [网站地图]网站标识码:2199000001 ICP备案序号:某ICP备2020000001号-1"
     " 某公网安备21000000000001号联系电话:0400-1234567", "foot_img_02.png"],
    ["【打印本页】【关闭窗口】", "上一篇：青石市水务局2018年政府信息公开工作年度报告", "版权所有：青石市水务局",
     "联系电话：0400-7654321", "技术支持：某某网络公司"],
]


@pytest.mark.parametrize("footer", FOOTERS)
def test_the_footer_leaves_the_last_part_and_the_signature_stays(footer):
    report = parse_document(Document(REPORT + footer, "txt"), "x.txt")
    last = report.sections[-1]
    assert last.number == 5
    assert last.text.endswith("2020年1月20日")
    assert "没有了" not in last.text and "版权所有" not in last.text and "联系电话" not in last.text
    assert (report.agency, report.year) == ("青石市水务局", 2019)


def test_a_short_line_of_the_report_above_a_footer_is_kept():
    blocks = ["五、存在的主要问题", "联系电话：0400-1111111（办公室）", "网站标识码：2199000001"]
    assert footer_start(blocks) == 2


def test_a_report_whose_last_lines_are_its_own_is_left_whole():
    blocks = ["我局将持续推进公开标准化建设。", "青石市水务局", "2020年1月20日"]
    assert footer_start(blocks) is None
    # a list item naming the site's map is the report's own
    assert footer_start(["五、存在的主要问题", "（一）完善网站地图，优化检索功能；", "（二）加强业务培训；", "青石县民政局",
                         "2021年1月20日"]) is None
    # a footer word inside the report's own sentence is no footer
    assert footer_start(["本网站版权所有信息均已依法公开。", "青石市水务局"]) is None


def test_the_header_s_furniture_leaves_the_preamble_and_fields_with_values_stay():
    lines = ["12-top_img.png", "您当前的位置：首页 > 政务公开 > 政府信息公开年报", "文号： 文件分类： 所属机构：",
             "发布时间：2020-01-19 浏览次数：260", "字体：[ 大 中 小 ] 打印"]
    report = parse_document(Document(lines + REPORT, "txt"), "x.txt")
    kept = [b for b in report.preamble if isinstance(b, str)]
    assert kept and not any(header_line(b) for b in kept)
    assert "发布时间：2020-01-19 浏览次数：260" in kept and not any(".png" in b or "首页" in b for b in kept)
    assert (report.agency, report.year) == ("青石市水务局", 2019)
    assert not header_line("根据《条例》要求，现公布本局2019年政府信息公开工作年度报告。")
    assert not header_line("发布机构：青石市水务局")


def test_a_layout_table_s_empty_cells_leave_the_preamble_and_the_title_line():
    # A mirror's layout table around the title, flattened: rows of empty cells, a lone pipe, pipes after the title.
    lines = ["|", "| | | | | | |", "|", "| | | | | | |", "青石市水务局2019年政府信息公开工作年度报告 | ||||||||", "-----"]
    report = parse_document(Document(lines + REPORT[1:], "txt"), "x.txt")
    assert report.preamble == ["青石市水务局2019年政府信息公开工作年度报告"]
    assert (report.agency, report.year, [s.number for s in report.sections][:3]) == ("青石市水务局", 2019, [1, 2, 3])
    assert header_line("|") and header_line("——") and not header_line("来源 | 青石市水务局")


def test_long_lines_of_empty_cells_captions_and_widgets_keep_what_they_are():
    # Each pattern once tried every split of such a line before it failed (seconds for the cells, minutes for 30
    # captions or 30 widget words; page_chrome's comments, and `bench/parsing_accuracy.py --scaling` for time).
    # A line that holds words after them is no furniture and stays whole.
    cells = "说明" + "　|" * 16000 + "：见附件"
    captions = "".join(f"青石市卫健委2025年年报_第{n}页" for n in range(1, 31)) + "资源描述:本文档共30页"
    widgets = "关闭" * 30 + "窗口"
    assert trim_header([cells, captions, widgets]) == [cells, captions, widgets]
    assert header_line("".join(f"青石市卫健委2025年年报_第{n}页" for n in range(1, 31)) + "资源描述:")
    assert header_line("【打印】【关闭】") and header_line("字体：[ 大 中 小 ] 打 印 关 闭") and not header_line("关闭窗口")
    assert trim_header(["青石市水务局2019年年报 | ||||", "| |"]) == ["青石市水务局2019年年报"]


@pytest.mark.parametrize("menu", [
    ["设为首页", "加入收藏", "无障碍阅读", "长者版"],
    ["政务要闻", "政策法规", "民生服务", "互动交流", "专题专栏"],
    ["页面", "配色", "辅助线", "重置"],
])
def test_a_site_menu_above_the_title_is_not_the_report_s_opening(menu):
    """A site's menu and widgets, their list markers gone, read as the report's first words in its 导言; the report's
    title, fields and lead-in after them stay."""
    lead_in = "根据《条例》要求，现公布本局2019年政府信息公开工作年度报告。"
    report = parse_document(Document(menu + ["发布时间：2020-01-19", lead_in] + REPORT, "txt"), "x.txt")
    kept = [b for b in report.preamble if isinstance(b, str)]
    assert not set(menu) & set(kept)
    assert kept[0] == "发布时间：2020-01-19" and lead_in in kept
    assert (report.agency, report.year) == ("青石市水务局", 2019)


def test_a_cover_s_short_lines_and_a_short_run_stay():
    """A cover set in short lines (the body, the title split, the month) is the report's; so are one or two short
    lines before the title: a run shorter than three is no menu."""
    cover = ["青石市水务局", "政府信息公开", "工作年度报告", "二〇二〇年一月"]
    assert [b for b in trim_header(cover)] == cover
    assert trim_header(["政务公开", "信息公开", "青石市水务局2019年政府信息公开工作年度报告"])[0] == "政务公开"
    assert trim_header(["政务公开", "信息公开", "专题专栏", "青石县"]) == ["青石县"]


@pytest.mark.parametrize("cover", [
    ["青石市融媒体中心", "政府信息公开", "工作情况", "报告"],  # a body's name no suffix of the rule's list ends
    ["关于", "政府信息公开", "工作情况的", "报告"],
    ["青石市气象台", "政务公开", "工作情况报告"],
])
def test_a_cover_s_title_set_in_short_lines_stays(cover):
    """The short lines of a cover whose title is split over them end in a line holding 报告: no menu, and in a report
    without part headings they are the text searched."""
    assert trim_header([*cover, "2019年，本单位主动公开政府信息56条。"])[:len(cover)] == cover


def test_a_menu_s_column_of_the_reports_still_ends_the_menu():
    assert trim_header(["政务要闻", "政策法规", "信息公开专栏", "政务公开年报", "发布时间：2020-01-19"]) == [
        "政务公开年报", "发布时间：2020-01-19"]
