"""Parts of real-page openings: part 一's sub-headings, digit-numbered parts, overviews under other
names, headings cut by the end of a page, part 五 without its heading, partial reports. Every
example is made up, in the shapes real report pages take (docs/parsing.md, "The stages")."""
from __future__ import annotations

from indexer.model import Document
from indexer.parser import parse_document
from indexer.numbering import split_sections
from indexer.sections import classify_heading
from tests.indexer.sentences import sentence_problem

TITLE = "东山县民政局2021年政府信息公开工作年度报告"


def parse_lines(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


def numbers(report):
    return [s.number for s in report.sections if not s.inferred]


def test_part_one_sub_headings_are_not_parts():
    # The 2021 template's part 一 has （一）主动公开 … （五）监督保障: a page cut inside part 一 has part 一 only.
    report = parse_lines([TITLE, "一、总体情况", "2021年，我局认真落实《条例》。", "（一）主动公开情况", "全年主动公开信息120条。",
                          "（二）依申请公开情况", "全年收到申请2件。", "（三）政府信息管理情况", "严格审核。",
                          "（四）政府信息公开平台建设情况", "加强维护。", "（五）监督保障情况", "纳入考核"])
    assert numbers(report) == [1]
    assert [h.label for h in report.sections[0].subheadings] == ["（一）", "（二）", "（三）", "（四）", "（五）"]


def test_2019_template_sub_headings_under_a_part_one_heading_are_no_parts():
    # The 2019 format's part 一 opens with （一）概述, then （二）主动公开… （三）依申请公开…: its sub-headings,
    # not parts 二 and 三, when 一、总体情况 stands above them (a page cut before 二、).
    report = parse_lines([TITLE, "一、总体情况", "（一）概述", "2019年，我委认真落实《条例》。", "（二）主动公开政府信息情况",
                          "主动公开信息5条。", "（三）依申请公开政府信息情况", "未收到申请。"])
    assert numbers(report) == [1]
    # parts numbered with brackets and no numbered heading above them are still read
    report = parse_lines([TITLE, "（一）总体情况", "x。", "（二）主动公开政府信息情况", "x。", "（三）收到和处理政府信息公开申请情况", "x。"])
    assert numbers(report) == [1, 2, 3]


def test_part_one_sub_headings_without_a_part_one_heading_are_no_parts():
    report = parse_lines([TITLE, "2021年，我街道认真落实《条例》，现将本年度工作情况总结如下：", "（一）主动公开",
                          "主动公开信息318条。", "（二）依申请公开", "本年度共收到政府信息公开申请0件。"])
    assert numbers(report) == []
    assert "没有找到报告任何一部分的标题，全文按一段正文收录。" in report.warnings


def test_parts_numbered_with_brackets_are_still_read():
    report = parse_lines([TITLE, "（一）总体情况", "x。", "（二）主动公开政府信息情况", "x。", "（三）收到和处理政府信息公开申请情况", "x。"])
    assert numbers(report) == [1, 2, 3]


def test_parts_numbered_with_arabic_digits():
    report = parse_lines([TITLE, "1. 总体情况", "x。", "2、主动公开政府信息情况", "x。", "3.收到和处理政府信息公开申请情况", "x。",
                          "6、其他需要报告的事项", "无。"])
    assert numbers(report) == [1, 2, 3, 6]


def test_digit_numbered_items_inside_part_one_are_not_parts():
    report = parse_lines([TITLE, "一、工作开展情况", "x。", "1、主动公开情况", "全年公开信息630条。", "2、依申请公开政府信息情况",
                          "未收到申请。", "5、政府信息公开行政复议、行政诉讼情况", "无。", "二、主动公开政府信息情况", "x。"])
    assert numbers(report) == [1, 2]
    assert report.sections[0].title == "一、工作开展情况"


def test_mixed_numbering_prefers_chinese_numerals_for_the_same_part():
    _, sections = split_sections(["1. 总体情况", "x。", "2、主动公开政府信息情况", "x。", "二、主动公开政府信息情况", "表。"])
    assert [(s.number, s.title) for s in sections] == [(1, "1. 总体情况"), (2, "二、主动公开政府信息情况")]


def test_first_chapter_is_the_overview():
    report = parse_lines(["林业局2008年政府信息公开年度报告", "一、组织领导方面", "x。", "二、主动公开信息情况", "x。",
                          "三、依申请公开政府信息情况", "无。"])
    assert numbers(report) == [1, 2, 3]


def test_a_heading_ending_in_an_ascii_colon_is_not_run_into_the_next_line():
    # copies fold full-width punctuation to ASCII: '…情况:' ends its line as '…情况：' does, so the first chapter
    # stays a heading instead of being glued to the sentence under it
    for colon in (":", "："):
        report = parse_lines(["2009年度政府信息公开工作年度报告", "(青石县商务局)", "青石县商务局按照《条例》编写了本年度报告。",
                              f"一、信息公开的领导和制度情况{colon}", f"全年做了下面几件事{colon}", "1、明确分管领导。局里指定专人负责。"])
        assert numbers(report) == [1]
        assert report.sections[0].title == f"一、信息公开的领导和制度情况{colon}"


def test_first_chapter_naming_another_part_is_not_the_overview():
    report = parse_lines(["青石镇2009年度政府信息公开年度报告", "一、政府信息主动公开情况", "x。", "二、政府依申请公开政府信息情况", "无。"])
    assert numbers(report) == [2, 3]


def test_numeral_set_off_by_a_space():
    assert classify_heading("一 概述") == (1, 5.0)
    report = parse_lines(["东山县统计局", "2018年3月", "本报告是根据《条例》的规定，由东山县统计局编制的2017年度政府信息公开年度报告。",
                          "一 概述", "2017年，本局认真开展政府信息公开工作。"])
    assert numbers(report) == [1]


def test_unnumbered_overview_heading():
    report = parse_lines(["本年报根据《条例》编制。本年报中所列数据的统计期限自2009年1月1日起至2009年12月31日止。",
                          "主要工作概述", "2009年信息公开工作切实贯彻落实《条例》。"])
    assert numbers(report) == [1]


def test_heading_cut_by_the_end_of_the_page_counts_and_the_report_is_partial():
    report = parse_lines([TITLE, "一、总体情况", "x。", "二、主动公开政府信息情况", "x。", "三、收到和处理政府信息公开申请情况", "x。",
                          "四、政府信息公开行政复议、行政诉讼情况", "x。", "五、存在的主"])
    assert numbers(report) == [1, 2, 3, 4, 5]
    assert "报告文本在“五、存在的主”处中断，只收录了已有的部分，之后的部分没有推定。" in report.warnings
    assert not any(w.startswith("没有找到第六部分") for w in report.warnings)


def test_cut_heading_of_a_pre_2019_report_numbered_its_own_way():
    # 2008-era chapters: 四 is the fees chapter (no part), 五 the 行政复议 one, cut after two characters.
    report = parse_lines(["东山县民政局2017年政府信息公开工作年度报告", "一、概述", "x。", "二、主动公开政府信息的情况", "x。",
                          "三、依申请公开政府信息情况", "x。", "四、政府信息公开的收费及减免情况", "未收费。", "五、因政"])
    assert numbers(report) == [1, 2, 3, 4]
    # what is left must start the titles of one part only: '政府' starts those of 三, 四 and 五
    report = parse_lines([TITLE, "一、总体情况", "x。", "二、主动公开政府信息情况", "x。", "五、政府"])
    assert numbers(report) == [1, 2]


def test_partial_report_says_so_and_invents_nothing():
    report = parse_lines([TITLE, "一、总体情况", "2021年，我局主动公开信息120条，其中政策文件", ])
    assert numbers(report) == [1]
    assert report.warnings[-1] == "报告文本在“我局主动公开信息120条，其中政策文件”处中断，只收录了已有的部分，之后的部分没有推定。"
    assert not any(w.startswith("没有找到第二部分") for w in report.warnings)
    assert all(sentence_problem(w) is None for w in report.warnings)


def test_complete_report_ending_with_signature_is_not_partial():
    report = parse_lines([TITLE, "一、总体情况", "x。", "五、存在的主要问题及改进情况", "x。", "东山县民政局", "2022年1月20日"])
    assert not any("中断" in w for w in report.warnings)
    assert "没有找到第六部分（其他需要报告的事项）：报告中没有这一部分的标题。" in report.warnings


def test_missing_part_five_inferred_from_its_sub_headings():
    report = parse_lines([TITLE, "一、总体情况", "x。", "四、政府信息公开行政复议、行政诉讼情况", "本年度无行政复议、行政诉讼。",
                          "（一）存在的主要问题", "一是公开内容不够全面。", "（二）改进措施", "一是加强督促检查。",
                          "六、其他需要报告的事项", "无。"])
    assert [(s.number, s.inferred) for s in report.sections] == [(1, False), (4, False), (5, True), (6, False)]
    assert report.sections[1].blocks == ["本年度无行政复议、行政诉讼。"]
    assert report.sections[2].title == "" and report.sections[2].blocks[0] == "（一）存在的主要问题"
    assert "第五部分（存在的主要问题及改进情况）没有标题，已根据其中的小标题“（一）存在的主要问题”推定。" in report.warnings


def test_part_five_not_inferred_from_problems_alone():
    report = parse_lines([TITLE, "一、总体情况", "x。", "四、政府信息公开行政复议、行政诉讼情况", "无。", "（一）存在的主要问题",
                          "一是公开内容不够全面。", "六、其他需要报告的事项", "无。"])
    assert [s.number for s in report.sections] == [1, 4, 6]
    assert "没有找到第五部分（存在的主要问题及改进情况）：报告中没有这一部分的标题。" in report.warnings


def test_bullet_before_a_heading():
    report = parse_lines([TITLE, "  • 来源：县民政局", "  • 一、政府信息公开总体情况", "x。", "二、主动公开政府信息情况", "x。"])
    assert numbers(report) == [1, 2]


def test_run_in_heading_on_a_crawled_one_line_page():
    # A crawled page holds the whole body on one line (over 200 characters), headings set off by spaces.
    report = parse_lines(["2011年东山县卫生局政府信息公开年报 一、引言 本年报由东山县卫生局编制。全文包括概述、政府信息主动公开情况、"
                          "政府信息依申请公开情况、咨询情况、复议诉讼和申诉的情况。 一、概述 2011年，我局认真落实《条例》，"
                          "公开制度逐步健全，群众查阅信息更加便利。"
                          " 三、政府信息主动公开情况 我局通过门户网站、信息查阅点、公开栏和新闻媒体等渠道公开政府信息，"
                          "全年主动公开政府信息61条，均已电子化，其中政策文件类信息23条，"
                          "工作动态类信息38条。"])
    assert numbers(report) == [1, 2]


def test_run_in_overview_heading_written_with_a_space():
    # A document-sharing site's text chunk: '一、概 述' (a space between its characters) run into the text.
    report = parse_lines(["1、 东山县青石街道办事处 2016 年度 政府信息公开工作年度报告 本报告是根据条例要求，由东山县青石"
                          "街道办事处编制的 2016 年度政府信息公开年度报告。全文包括概述，主动公开政府信息的情况，依申请公开"
                          "政府信息的情况。如对报告有任何疑问，请与东山县青石街道办事处联系。 一、概 述 根据条例要求，青石街道"
                          "认真开展政府信息公开工作，确定了主管领导和主管部门。 二、主动公开情况 本街道开展了信息清理和目录编制工作。"])
    assert numbers(report) == [1, 2]


def test_a_chapter_heading_of_its_own_stands_alone():
    # Not glued to the paragraph after it, so the report's first chapter heads part 一.
    report = parse_lines(["北山省2015年度政府信息公开工作报告（全文）", "2015年，全省各级政府认真落实《条例》，全年公开政府信息9958条。",
                          "一、压实工作责任，扎实做好重点领域公开", "省政府办公厅把重点领域公开任务逐项分解，细化为18项具体措施。",
                          "二、主动公开政府信息情况", "全省主动公开政府信息995845条。"])
    assert numbers(report) == [1, 2]
    assert report.sections[0].blocks[0].startswith("省政府办公厅")


def test_question_marks_left_for_spaces_by_a_mirror():
    report = parse_lines(["??根据《条例》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。", "??一、总体情况",
                          "??2025年，北山县人民政府办公室坚持依法公开，全年发布信息2960条。?", "??二、主动公开政府信息情况", "略。"])
    assert numbers(report) == [1, 2]
    assert report.agency == "北山县人民政府办公室"
    assert not report.sections[0].blocks[0].startswith("?") and not report.sections[0].blocks[0].endswith("?")


def test_traditional_headings_run_in():
    report = parse_lines(["當前位置 : 首頁 |", "2009年度下石鎮政府信息公開年度報(bào)告 | ||",
                          "根據《條例》有關規定，我鎮結合工作實際，不斷完善政府信息公開制度，努力提高公開質量。"
                          "現將2009年我鎮政府信息公開年度報告如下: 一、政府信息主動公開情況 2009年度我鎮通過政府網站、"
                          "村務公開欄等途徑主動公開政府信息，全年主動公開信息39件，主要為政策文件、工作動態。"
                          " 二、政府依申請公開政府信息和不予公開信息情況 本年度我鎮未收到政府信息公開申請，也無不予公開的信息。"
                          " 四、政府信息公開申請行政復議、行政訴訟情況 本年度我鎮未發生因政府信息公開引起的行政復議和行政訴訟。"])
    assert numbers(report) == [2, 3, 4]
    assert (report.agency, report.year, report.level) == ("下石鎮", 2009, "township")


def test_one_line_page_ending_with_its_signature_is_complete():
    report = parse_lines(["2016年东山县龙门镇政府信息公开年度报告 一、概述 2016年以来，我镇积极贯彻执行《条例》。"
                          " 五、行政复议、诉讼和申诉情况 2016年度未接到有关的复议、诉讼和申诉。 附表：2016年政府信息公开年度报告"
                          " 东山县龙门镇人民政府 |"])
    assert not any("中断" in w for w in report.warnings)


def test_pre_2019_part_two_called_only_disclosure():
    # '二、政府信息公开情况' (what was disclosed) is part 二 under its numeral, and no part under another.
    report = parse_lines([TITLE, "一、概述", "x。", "二、政府信息公开情况", "本年主动公开信息46条。",
                          "三、政府信息依申请公开办理情况", "x。"])
    assert numbers(report) == [1, 2, 3]
    assert classify_heading("四、政府信息公开情况") is None


def test_pre_2019_part_two_called_disclosing_government_information():
    # '二、公开政府信息情况' (the words turned round) is part 二 under its numeral too, and no part under another.
    for heading in ("二、公开政府信息情况", "二、公开政府信息的情况", "二、公开信息情况"):
        assert classify_heading(heading) == (2, 2.0), heading
    assert classify_heading("三、公开政府信息情况") is None
    report = parse_lines(["2013年以来，现公布东山县统计局2013年度政府信息公开年度报告如下：", "一、工作开展情况", "（一）加强领导。x。",
                          "二、公开政府信息情况", "公开的主要内容包括局领导信息、局职能。"])
    assert numbers(report) == [1, 2]


def test_pre_2019_part_two_called_information_put_on_line():
    # '二、政务信息网上公开情况' (what was put on the site: the disclosed information) is part 二 under its numeral only.
    for heading in ("二、政务信息网上公开情况", "二、政务信息公开情况", "二、信息网上公开情况"):
        assert classify_heading(heading) == (2, 2.0), heading
    assert classify_heading("一、政务信息网上公开情况") is None
    report = parse_lines(["现就我局2011年度政府信息公开工作报告如下：", "一、政务公开基本情况", "我局成立了领导小组。",
                          "二、政务信息网上公开情况", "（一）公开内容", "我局公开了机构概况、工作动态。"])
    assert numbers(report) == [1, 2]


def test_pre_2019_part_five_called_only_next_steps():
    # A chapter on next year's work under the numeral 五 fills the template's part 五 (problems and improvements);
    # under any other numeral it names no part.
    for heading in ("五、下一步工作计划", "五、2016年工作安排", "五、今后工作打算", "五、下步工作思路", "五、明年工作重点"):
        assert classify_heading(heading) == (5, 2.0), heading
    for heading in ("三、下一步工作措施", "二、下一步工作计划", "五、工作安排部署情况"):
        assert classify_heading(heading) is None, heading
    report = parse_lines([TITLE, "一、概述", "x。", "二、政府信息公开情况", "主动公开信息178条。", "三、依申请公开政府信息情况", "无。",
                          "四、咨询处理及复议、诉讼和申诉情况", "无。", "五、2016年工作安排", "下步工作中，我局将坚持以公开为常态。"])
    assert numbers(report) == [1, 2, 3, 4, 5]


def test_a_2008_chapter_on_matters_to_explain_is_part_six():
    # '六、需要说明的事项' (the 2008 format's 'other matters' as many reports called it)
    assert classify_heading("六、需要说明的事项") == (6, 3.0)
    assert classify_heading("七、其他说明事项") == (6, 2.0)
    report = parse_lines([TITLE, "一、概述", "x。", "二、政府信息主动公开情况", "x。", "五、工作中存在的问题和改进措施", "x。",
                          "六、需要说明的事项", "无。"])
    assert numbers(report) == [1, 2, 5, 6]


def test_an_old_chapter_heading_ending_a_short_line_after_a_sentence():
    # A copy that ran each heading onto the end of the paragraph before it ('…事项。 四、行政复议和诉讼情况'),
    # the next paragraph on the line after.
    report = parse_lines([TITLE, "一、基本情况", "截至年底，工作运行正常。", "二、主动公开政府信息情况 （一）公开内容。主要是公文。",
                          "（二）公开方式。通过政府网站公开。 三、依申请公开政府信息情况 目前，暂无依申请公开事项。 四、行政复议和诉讼情况",
                          "目前，暂无行政复议、行政诉讼。 五、收费和减免情况", "本年度无收费。"])
    assert numbers(report) == [1, 2, 3, 4]
    assert report.sections[3].blocks[0].startswith("目前，暂无行政复议")
    # the same on a crawled line of over 200 characters
    long_line = ("（二）公开方式。通过政府网站、政务公开栏、电子显示屏和便民手册及时更新单位机构信息、政务公开指南及其他应公开信息，"
                 "基本满足了公民、法人和其他组织依法获取政府信息的需要，群众查阅信息更加便捷，办事更加方便，"
                 "信息公开的覆盖面进一步扩大，政府信息公开工作的规范化、制度化水平不断提高，社会各界对政府工作的了解和监督更加方便有效。"
                 " 三、依申请公开政府信息情况 目前，暂无依申请公开事项，也无不予公开的情况。 四、行政复议和诉讼情况")
    assert len(long_line) >= 200
    report = parse_lines([TITLE, "一、基本情况", "截至年底，工作运行正常。", "二、主动公开政府信息情况", long_line,
                          "目前，暂无行政复议、行政诉讼。"])
    assert numbers(report) == [1, 2, 3, 4]
    # a sentence that only opens like a numbered item stays whole
    report = parse_lines([TITLE, "一、总体情况", "我局做了两件事。一是完善制度。二、是加强监督，形成长效机制。", "二、主动公开政府信息情况", "x。"])
    assert numbers(report) == [1, 2]


def test_overview_chapter_naming_two_tasks():
    report = parse_lines([TITLE, "一、健全组织、强化领导", "x。", "二、政府信息主动公开情况", "x。"])
    assert numbers(report) == [1, 2]


def test_heading_with_a_remark_in_brackets():
    assert classify_heading("一、年度工作总体情况（本报告中所列数据的统计期限自2015年1月1日起至2015年11月20日止。）") == (1, 3.0)


def test_overview_heading_whose_end_the_copy_lost():
    # '一、概' above the overview's text: the rest of 概述 was lost, the chapter is still part 一
    report = parse_lines(["2013年北山区青石街道办事处政府信息公开工作年度报告", "本年度报告由北山区青石街道办事处编制。",
                          "一、概  ", "根据《规定》要求，本街道开展政府信息公开工作。", "1、工作机构情况。街道办事处主任负责此项工作。"])
    assert numbers(report) == [1]
    # what is left must start an overview's title: '一、总' does, '一、主' (主动公开…) does not
    body = ["本街道开展政府信息公开工作。", "二、主动公开政府信息情况", "x。"]
    assert numbers(parse_lines([TITLE, "一、总", *body])) == [1, 2]
    assert numbers(parse_lines([TITLE, "一、主", *body])) == [2]


def test_heading_whose_numeral_the_copy_lost():
    assert classify_heading("、总体情况") == (1, 4.0)
    assert classify_heading("、主动公开情况") is None  # unnumbered, only the template's own title counts
    report = parse_lines(["青石镇2023年度政府信息公开工作年度报告", "本报告依据《条例》编制。", "、总体情况",
                          "2023年，青石镇人民政府认真贯彻执行《条例》。"])
    assert numbers(report) == [1]


def test_part_six_written_with_the_variant_character():
    # '其它' for '其他', as many reports write it
    assert classify_heading("六、其它需要报告的事项") == (6, 5.0)
    report = parse_lines([TITLE, "一、总体情况", "x。", "六、其它需要报告的事项", "无。"])
    assert numbers(report) == [1, 6]


def test_heading_cut_after_its_first_character_still_counts():
    report = parse_lines([TITLE, "一、总体情况", "x。", "二、主动公开政府信息情况", "x。", "三、收"])
    assert numbers(report) == [1, 2, 3]
    # a bare numeral heads nothing, and neither does a character that starts no title of its part
    assert numbers(parse_lines([TITLE, "一、总体情况", "x。", "二、主动公开政府信息情况", "x。", "三、"])) == [1, 2]
    assert numbers(parse_lines([TITLE, "一、总体情况", "x。", "二、主动公开政府信息情况", "x。", "三、存"])) == [1, 2]


def test_numeral_followed_by_the_input_method_slip_for_the_enumeration_comma():
    # '一丶' for '一、' (an input method's look-alike) numbers a part all the same
    report = parse_lines([TITLE, "一丶总体情况", "2022年，我局认真落实《条例》。", "二丶主动公开政府信息情况", "略。"])
    assert numbers(report) == [1, 2]


def test_first_chapter_quoting_a_rule_is_the_overview():
    # a pre-2019 report's only chapter on the page, its heading quoting the regulation by name
    report = parse_lines(["北山市2009年政府信息公开工作年度报告", "市政府办公厅按照要求开展工作。",
                          "一、加强组织领导，认真贯彻执行《条例》", "成立了领导小组，负责日常工作。"])
    assert numbers(report) == [1]


def test_a_quoted_chapter_naming_another_part_is_still_no_overview():
    report = parse_lines(["青石镇2009年度政府信息公开年度报告", "一、主动公开《目录》所列信息情况", "x。"])
    assert 1 not in numbers(report)


def test_unnumbered_headings_in_the_2008_templates_words():
    report = parse_lines(["2012年东山县人民政府信息公开年度报告", "本年度报告根据《条例》编制。",
                          "一、政府信息公开工作成效显著", "2012年，我县认真贯彻落实《条例》。",
                          "政府信息主动公开情况", "全年主动公开信息79条。",
                          "依申请公开政府信息情况", "全年收到申请2件。"])
    assert numbers(report) == [1, 2, 3]


def test_the_2008_templates_words_inside_a_sentence_are_no_heading():
    report = parse_lines(["2012年东山县人民政府信息公开年度报告", "一、概述",
                          "全文包括政府信息主动公开情况，依申请公开政府信息情况等。"])
    assert numbers(report) == [1]


def test_a_heading_in_the_agencys_own_words_run_into_its_paragraph():
    report = parse_lines(["北山省某某管理局2010年政府信息公开工作年度报告",
                          "    一、主动公开政府信息情况。2010年，我局主动公开政府信息15件。",
                          "    二、受理依申请公开的件数及办理情况。2010年，我局收到公开申请2件。",
                          "    三、政府信息公开的收费及减免情况。2010年没有收费。"])
    assert numbers(report) == [2, 3]
    # only a line's opening phrase, closed by a full stop, is split off: a numbered item inside a sentence stays
    report = parse_lines(["北山县2010年政府信息公开工作年度报告", "一、概述",
                          "我县做到两点：一、及时公开情况。二、依法答复申请情况。"])
    assert numbers(report) == [1]


def test_the_2008_templates_words_under_the_current_overview_are_its_sub_headings():
    report = parse_lines(["北山县2025年政府信息公开工作年度报告", "一、总体情况", "2025年，青石管理区认真贯彻实施《条例》。",
                          "政府信息主动公开情况：", "一是聚焦重点领域深化公开。", "政府信息依申请公开情况：", "未收到申请。",
                          "二、主动公开政府信息情况", "略。"])
    assert numbers(report) == [1, 2]
    assert report.sections[1].blocks == ["略。"]


def test_a_markdown_dash_before_a_heading_is_a_bullet():
    report = parse_lines(["北山县2025年政府信息公开工作年度报告", "本报告根据《条例》编制。", "- 总体情况",
                          "2025年，北山县认真贯彻实施《条例》。", "- 主动公开政府信息情况", "略。"])
    assert numbers(report) == [1, 2]


def test_an_overview_called_zongshu_is_part_one():
    # '一、综述' / '一、总述': the overview of a pre-2019 report under another word
    report = parse_lines(["北山县人民政府办公室2016年政府信息公开工作年度报告", "一、综述", "2016年，县政府办公室认真贯彻《条例》。",
                          "二、主动公开政府信息情况", "略。"])
    assert numbers(report) == [1, 2]
    report = parse_lines(["北山县民政局2016年政府信息公开工作年度报告", "一、总述", "2016年，我局认真贯彻《条例》。"])
    assert numbers(report) == [1]


def test_a_first_chapter_titled_by_its_year_is_the_overview():
    # '一、2009年工作情况' (a province's consolidated report of 2009): the year reported on, then the overview's words
    report = parse_lines(["2009年度北山省政府信息公开工作报告", "2009年，北山省各地、各部门认真贯彻《条例》。",
                          "一、2009年工作情况", "全省政府信息公开工作的主要特点是健全机制、丰富内容。"])
    assert numbers(report) == [1]
    report = parse_lines(["北山县商务局2012年度政府信息公开年度报告", "一、2012年度政府信息公开工作开展情况", "略。",
                          "二、主动公开政府信息情况", "本年主动公开政府信息120条。"])
    assert numbers(report) == [1, 2]
    # the year inside the chapter's title, not first: '一、本局2021年政务公开任务完成情况' (items numbered 1、 below)
    report = parse_lines(["北山市交通运输局2021年度政府信息公开工作年度报告", "一、本局2021年政务公开任务完成情况",
                          "2021年，我局按《条例》开展工作。做法如下：", "1、健全工作机制。", "明确了专人。"])
    assert numbers(report) == [1]


def test_chapters_numbered_with_digits_and_run_into_their_paragraphs():
    # A pre-2019 report numbering the 2008 template's chapters 1、…7、, each heading closed by a full stop and
    # its paragraph run in after it; 4、 (收费及减免) maps to no part, 5、…7、 to parts 四 to 六.
    report = parse_lines(["县民政局2017年政府信息公开工作年度报告", "今年以来，我局认真推进政府信息公开工作。现汇报如下：",
                          "1、政府信息公开工作基本概况。我局成立了领导小组。", "2、主动公开政府信息的情况。全年主动公开信息56条。",
                          "3、依申请公开政府信息和不予公开政府信息的情况。全年未收到申请。", "4、政府信息公开的收费及减免情况。无。",
                          "5、因政府信息公开申请行政复议、提起行政诉讼的情况。无。",
                          "6、政府信息公开工作存在的主要问题及改进情况。公开的及时性有待提高。", "7、其他需要报告的事项。无。"])
    assert numbers(report) == [1, 2, 3, 4, 5, 6]
    assert report.sections[1].title == "2、主动公开政府信息的情况。"
    assert report.sections[1].blocks[0] == "全年主动公开信息56条。"  # the paragraph run in after the heading is kept
    # part 一's items numbered with digits stay items: no chapter 1 on the overview, no parts
    report = parse_lines(["北山县水务局2021年政府信息公开工作年度报告", "根据《条例》编制本报告。",
                          "1、主动公开情况。全年主动公开政府信息40条。", "2、依申请公开情况。全年未收到申请。",
                          "3、政府信息管理。规范发布流程。"])
    assert numbers(report) == []
    # and under a part heading numbered 一、 they are its items, as before
    report = parse_lines(["北山县水务局2021年政府信息公开工作年度报告", "一、总体情况", "1、主动公开情况。全年主动公开政府信息40条。",
                          "2、依申请公开情况。全年未收到申请。", "二、主动公开政府信息情况", "见下表。"])
    assert numbers(report) == [1, 2]


def test_a_chapter_heading_followed_on_its_line_by_its_first_sub_heading():
    # '二、政府信息公开情况 （一）门户网站：…' (a pre-2019 part 二 under the 2008 wording): the heading is split off
    report = parse_lines(["北山市国资委2012年政府信息公开工作年度报告", "一、基础概况", "2012年，我委加强了信息公开管理。",
                          "二、政府信息公开情况 （一）门户网站：通过我委门户网站公开251条信息。", "（二）政府信息公开平台：主动公开93条。"])
    assert numbers(report) == [1, 2]
    assert report.sections[1].blocks[0].startswith("（一）门户网站")
    # a numbered phrase in a sentence, with no sub-heading after it, stays prose
    report = parse_lines(["北山市国资委2012年政府信息公开工作年度报告", "一、基础概况",
                          "我委做到两点：二、及时公开情况 并依法答复。"])
    assert numbers(report) == [1]


def test_digit_numbered_items_under_a_numbered_part_heading_stay_items():
    # '一、总体情况' over '1、基本情况。… 2、主动公开政府信息情况。… 3、依申请公开情况。…': part 一's items, as the same
    # words in brackets are (a page cut inside part 一)
    report = parse_lines(["北山县民政局2019年政府信息公开工作年度报告", "一、总体情况", "1、基本情况。我局认真贯彻《条例》。",
                          "2、主动公开政府信息情况。全年公开30条。", "3、依申请公开情况。未收到申请。"])
    assert numbers(report) == [1]
    report = parse_lines(["北山县民政局2020年政府信息公开工作年度报告", "根据《条例》编制。", "一、2020年工作情况",
                          "1、总体情况。我局认真贯彻。", "2、主动公开情况。全年公开30条。"])
    assert numbers(report) == [1]


def test_headings_in_brackets_of_a_sites_editor():
    report = parse_lines(["北山县民政局2020年政府信息公开工作年度报告", "【一、总体情况】", "2020年，我局主动公开信息36条。",
                          "【二、主动公开政府信息情况】", "略。"])
    assert numbers(report) == [1, 2]


def test_a_dash_standing_for_one_numbers_part_one():
    # A scan's text layer (or a hurried typist) writes 一 as a dash: '—、总体情况', '－、概述'.
    for heading in ["—、总体情况", "－、概述", "-、总体情况"]:
        assert classify_heading(heading)[0] == 1
        report = parse_lines(["北山县水利局2021年政府信息公开工作年度报告", heading, "2021年，我局认真落实《条例》。",
                              "二、主动公开政府信息情况", "略。"])
        assert [s.number for s in report.sections if not s.inferred] == [1, 2]
    assert classify_heading("—、加强组织领导") is None  # a dash numbers no heading that is not a part's


def test_a_traditional_copys_part_heading_after_a_table_of_one_cell_a_line_is_no_cell():
    # a converter's copy (traditional script, now and then a pinyin gloss) of a table written one cell a line:
    # the next part's heading closes the table instead of joining it as a cell
    table = ["第二十條第(一)項 |", "||||", "信息內容 |", "本年新 製作數量 |", "本年新 公開數量 |", "對外公開總數量 |", "|",
             "規章 |", "0 |", "0 |", "0 |", "|", "第二十條第(九)項 |", "||||", "信息內容 |", "採購項目數量 |", "採購總金額 |",
             "||", "政府集中採購 |", "0 |", "0 |", "||"]
    for heading in ("三、收到和處理政府信息公開申請情況", "三、收到和處理政(zhèng)府信息公開申請情況"):
        report = parse_lines(["一、總體情況", "2021年，本局主動公開信息36條。", "二、主動公開政府信息情況", *table,
                              heading, "(本列數據的勾稽關係爲:第一項加第二項之和,等於第三項加第四項之和) |", "申請人情況 |",
                              "||||||||", "自然人 |", "總計 |"])
        assert numbers(report) == [1, 2, 3]


def test_heading_run_onto_the_lead_in_and_cut_after_its_first_characters():
    # A copy that ran each heading onto the paragraph before, cut by the store right inside part 一's heading.
    lead = ("根据《条例》要求，特向社会公布2021年度我局信息公开工作年度报告。如对本年度报告有任何疑问，"
            "请联系我局办公室（电话：0000-1234567）。")
    report = parse_lines(["东山县公安局2021年政府信息公开工作年度报告", lead + " 一、总体"])
    assert numbers(report) == [1]
    report = parse_lines(["東山縣公安局2021年政府信息公開工作年度報告", lead + " 一、總體"])  # traditional
    assert numbers(report) == [1]
    # a numeral with one character, or words that start no part's title, head nothing
    assert numbers(parse_lines(["东山县公安局2021年政府信息公开工作年度报告", lead + " 一、总"])) == []
    assert numbers(parse_lines(["东山县公安局2021年政府信息公开工作年度报告", lead + "三、四月份开展"])) == []


def test_digit_numbered_parts_whose_items_number_again_from_one():
    # round 23: '1.总体情况' over its own items '1、主动公开情况', '2、依申请公开政府信息情况' (numbering that starts again):
    # the items are no parts 二 and 三
    report = parse_lines(["东山县民政局2022年政府信息公开工作年度报告", "1.总体情况", "2022年，我局认真落实《条例》。",
                          "1、主动公开情况", "全年主动公开政府信息36条。", "2、依申请公开政府信息情况", "全年未收到政府信息公开申请。"])
    assert numbers(report) == [1]
    # chapters that number on are still read as parts
    report = parse_lines(["东山县民政局2022年政府信息公开工作年度报告", "1.总体情况", "2022年，我局认真落实《条例》。",
                          "2.主动公开政府信息情况", "全年主动公开政府信息36条。", "3.收到和处理政府信息公开申请情况", "未收到申请。"])
    assert numbers(report) == [1, 2, 3]


def test_a_digit_numbered_part_heading_cut_by_the_pages_end():
    # round 23: the store cut the page inside part 三's digit-numbered heading ('3.收到和处理')
    report = parse_lines(["东山县民政局2022年政府信息公开工作年度报告", "1.总体情况", "2022年，我局认真落实《条例》。",
                          "2.主动公开政府信息情况", "全年主动公开政府信息36条。", "3.收到和处理"])
    assert numbers(report) == [1, 2, 3]
    # a digit and words that start no part's title under that number head nothing
    report = parse_lines(["东山县民政局2022年政府信息公开工作年度报告", "1.总体情况", "2022年，我局认真落实《条例》。",
                          "2.主动公开政府信息情况", "全年主动公开政府信息36条。", "3.主动公"])
    assert numbers(report) == [1, 2]


def test_part_ones_bracketed_sub_headings_on_a_page_that_lost_its_heading_are_no_parts():
    # round 23: the 2019 template's part 一 ('（一）概述', '（二）主动公开信息情况') on a page cut after '一、总体情况'
    report = parse_lines(["（一）概述", "2019年，区统计局认真贯彻《条例》，政府信息公开工作有序开展。", "（二）主动公开信息情况",
                          "2019年，区统计局在门户网站主动公开政府信息23条。"])
    assert numbers(report) == []
    # a report that numbers its parts so, in the parts' own words, keeps them
    report = parse_lines(["东山县民政局2019年政府信息公开工作年度报告", "（一）概述", "2019年，我局认真落实《条例》。",
                          "（二）主动公开政府信息情况", "全年主动公开政府信息14条。"])
    assert numbers(report) == [1, 2]
