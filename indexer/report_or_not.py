"""Is this an annual report? Refuse only what clearly is not one; keep the rest, with a doubt.

A genuine report is never lost: a text that calls itself a 政府信息公开（工作）年度报告 is one, by
its title ('某某局2019年政府信息公开工作年度报告'), by its lead-in ('现公布某某局2016年…年度报告',
'由某某局编制的2008年度…年度报告') or by a sentence about itself ('本报告中所列数据…', '本年报…'),
whatever its parts look like, even when the page shows none of them (a page cut before its first
heading). A text with part headings that is about 信息公开 is kept too, with a doubt in its
warnings when nothing else says it is a report.

Refused, with a one-line reason, is what clearly is not a report:
  a data file          lines of JSON or CSV that quote titles and headings (this project's gold)
  documentation        a text mostly in Latin script, or markdown quoting report wording as code
                       (`本报告…`), that only mentions reports (a README); a title naming issuer and
                       year still makes it a report
  a disclosure guide   '某某区政府信息公开指南', '…编制本指南'
  a notice             '关于做好2020年度政府信息公开工作年度报告编制工作的通知'
  a list of reports    several report titles, one per line, and no report text
  a model text         '政府信息公开工作年度报告范文', '…年度报告模板' with no reporting year anywhere
                       (a forum's or document site's model essay, its years left blank), or without
                       such a title, its body a placeholder ('由xx县某某局编制') or blanks left to fill in
                       ('以____精神为指导', round 61) and no year
  a plan of work       '某某县2023年政务公开工作要点', '…实施方案', '…工作计划' by its title, with no report title
  a text about         no title, heading or table, more than a fragment long, and no reporting year, no 《条例》 and no
  disclosure           figure of a year's disclosure anywhere in it (an article, a law's text, news; round 65)
  anything else        no part headings, no title, nothing that calls itself a report
"""
# Over 350 lines, kept whole: decide_report asks its questions in one order (a refusal's reason is the first kind that
# names the page), and the small readers of titles and sub-headings below serve only it; the kinds asked by form alone
# are in document_kinds.
from __future__ import annotations

import re

from indexer.document_kinds import (STATISTICS_PERIOD, YEAR_TOLD, about_reports, contents_list, named_guide, other_kind,
                                    reported_kinds)
from indexer.issuer import lead_in_issuer
from indexer.law_text import about_the_law
from indexer.other_rules import compiling_standard, school_disclosure
from indexer.model import Block, Report
from indexer.normalize import CHROME_LINE, compact, squeeze
from indexer.script import to_key
from indexer.sections import classify_heading
from indexer.titles import TITLE_LABEL

_SELF = re.compile(r"本(?:年度)?(?:报告|年报)|本年度(?:工作)?报告|(?:现|特)(?:向社会)?(?:公布|发布|公开)[^。]{0,40}(?:年度报告|年报)|"
                   r"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?(?:情况)?报告如下")
# (a title ending so: '某某区政府信息公开指南（2020年版）'; a report's sub-heading on its guide, '（三）公开指南和公开目录的更新
# 情况', or a list of what was disclosed naming 公开指南 among it, is no guide's title)
_GUIDE = re.compile(r"指南(?:[(（][^()（）]{1,12}[)）])?$")
_LISTED = re.compile(r"^[(（][一二三四五六七八九十\d]{1,3}[)）]|[:：]")  # a sub-heading or a list, not a title
# A model essay or template is titled so; an agency's report, even copied under such a title by a
# document site, still names its year ('2019年某某局…年度报告范文' is kept).
_MODEL = re.compile(r"范文|模板|模版|范本|样本|样稿|样例|示例")
# A plan says so in its title: '某某县2023年政务公开工作要点', '…政务公开工作实施方案' ('…要点落实情况' is an account).
# A placeholder where a model text's body would be named: 'xx县', 'XX局', '××市', '**镇' (a Latin pair glued
# to a body or place word, not a word of a Latin name).
_PLACEHOLDER_BODY = re.compile(r"(?<![A-Za-z])(?:[xX]{2,3}|[×＊*]{2,3})(?:省|市|县|区|州|旗|镇|乡|街道|局|委|办|厅|社|中心|医院|学校)")
# (round 54) ...or where its figures and year would be: '全年发布**条', '****年度新收…申请数*件', '公示率***%' (three or more)
_PLACEHOLDER_FIGURE = re.compile(r"(?<![A-Za-z\d*×＊])[×＊*]{1,4}(?:条|件|次|个|篇|期|项|%|年度?)")
_PLACEHOLDER_FIGURES = 3
# (round 61) ...or a line left to write in where its words would be: '坚持以____精神为指导，以____为统领' (read width
# folded, so '＿＿' too; a run of two or more against a Chinese character: a file name's or an address's single '_' is no blank)
_FILL_IN_BLANK = re.compile(r"(?<=[\u4e00-\u9fff])_{2,}|_{2,}(?=[\u4e00-\u9fff])")
_SUMMARY_NAME = re.compile(r"工作总结")
# A year left blank or masked: '20_年', '20＿＿年', '20XX年', '20××年' (not a figure's '**年').
_PLACEHOLDER_YEAR = re.compile(r"(?<![\dA-Za-z])(?:19|20)(?:[_＿]{1,4}|[xX×]{2})年")
_SELECTION = re.compile(r"[(（]精选\d{1,3}篇[)）]$|(?<=报告)\s*第\d{1,3}篇$")
_PLAN = re.compile(r"(?:工作要点|实施方案|工作方案|工作计划|任务分工方案?)$")
_NOTICE_TITLE = re.compile(r"(?:报告|年报)[^。，,]{0,20}?(?:的)?(?:通知|通报|公告)$")
# A guide, a regulation, a notice or a plan says what it is in its first sentences: '编制本指南',
# '为规范…，制定本制度', '本办法自发布之日起施行'.
_OTHER_KIND = re.compile(r"(?:制定|编制|印发|修订|发布|^|[，,。；;：:])(本(?:指南|制度|办法|规定|细则|方案|通知|意见|目录))")
_OPENING = 600
# a headline telling that a body released its report: '某某省发布2018年政府信息公开工作年度报告', '某某市正式公布2020年度…年报'
_RELEASE_HEADLINE = re.compile(r"^[^。，,；;：:]{2,24}?(?:正式)?(?:发布|公布|晒出)(?:了)?[^。，,；;]{0,6}?(?:19|20)\d{2}年度?"
                               r"[^。，,；;]{0,24}?(?:年度报告|年报)$")
# what news says of a report it tells of: '报告显示，…', '据介绍', '记者从…获悉', '15日，某某省人民政府向社会发布…'
_REPORTED_SPEECH = re.compile(r"(?:报告|年报)(?:显示|指出|称)|据(?:了解|介绍|悉)|记者|(?<![年月\d])\d{1,2}日[，,][^。]{0,30}?"
                              r"(?:正式)?(?:向社会)?(?:发布|公布)")
_TOPIC = re.compile(r"信息公开|政务公开|公开政府信息")
# (round 38) a wire's dateline or a reporter's byline in brackets; the report told of in the third person
# (round 44) ...or a newspaper's dateline opening the item ('某某日报讯', '中国某某报讯'); the report quoted by its short
# name in 《》 ('《年度报告》显示')
_NEWS_BYLINE = re.compile(r"\d{1,2}月\d{1,2}日电|[(（][^()（）]{0,20}?记者[^()（）]{1,30}[)）]|^[^。，,；;：:]{1,10}报讯")
_TOLD = re.compile(r"(?:报告|年报)》?(?:指出|显示|称|内容涵盖|内容包括)|(?:根据|据)(?:该)?(?:报告|年报)[，,]")
# the first sentence of a page interpreting a report: '…年报》已经编制完成并向社会公开，…现就年报内容进行如下解读。'
_ANNOUNCED_INTERPRETATION = re.compile(r"(?:报告|年报)[^。]{0,80}?(?:现|特|下面|以下)(?:就|对)[^。]{0,20}?(?:进行|作|做)(?:如下|以下)?"
                                       r"(?:政策)?解读[。:：]|(?:报告|年报)[^。]{0,80}?解读如下[。:：]"
                                       # (round 46) ...or of a document just issued ('印发《…要点》，现将有关内容解读如下')
                                       r"|印发了?《[^》]{2,60}》[^。]{0,30}?(?:现|特|下面|以下)(?:将|就|对)[^。]{0,20}?解读如下[。:：]")
_LINK_LIST_TITLES = 3
# (round 47) a day's release of a report of a year, told of a body; the report spoken of in the third person
_DATED_RELEASE = re.compile(r"(?:(?<![年月\d])\d{1,2}日|(?<!\d)\d{1,2}月\d{1,2}日|今天|今日|日前|近日)[，,]?[^。]{0,20}?(?:公布|发布|公开)(?:了|的)?"
                            r"[^。]{0,30}?(?:(?:19|20)\d{2}年度?[^。]{0,20}?(?:报告|年报|政府信息公开工作)|《[^》]{0,40}(?:报告|年报)》)"
                            # (round 54) the report named first, then the day's release: '《某某厅2023年…年度报告》近日公布'
                            r"|《[^》]{0,60}(?:报告|年报)》(?:已于|于)?(?:(?<![年月\d])\d{1,2}日|今天|今日|日前|近日)(?:正式)?"
                            r"(?:向社会)?(?:公布|发布|公开)")
_SPOKEN_OF = re.compile(r"(?:报告|年报)(?:称|透露|显示|指出)|(?:报告|年报)》[^。]{0,20}?中称")
# a repost of the report under a line telling of its release ('…于1月30日发布2019年…年度报告，全文如下：'): the report follows
_TEXT_FOLLOWS = re.compile(r"(?:全文|原文|报告全文|具体内容|内容)如下|全文[:：]")


def decide_report(report: Report, hints: list[str], has_table: bool, blocks: list[Block],
                  raw: list[Block], address_title: str | None = None,
                  english: bool = False) -> tuple[str | None, str | None]:
    """(reason to refuse, None) for a text that is not a report; (None, doubt or None) for one.

    ``blocks`` are the cleaned paragraphs, ``raw`` the lines as read (a notice's title is a line of
    its own there). ``doubt`` is the warning a report gets when only its headings and subject make
    it one. ``address_title``: the report's title as the page's address gives it (a wiki mirror's page
    name), which makes the page a report as its title on the page would. ``english``: an English title or lead-in
    names the report of a year (english_report.py, read by the parser): a translation, never documentation.
    """
    lines = [b for b in blocks if isinstance(b, str)]
    raw_lines = [compact(b) for b in raw[:80] if isinstance(b, str) and b.strip()]
    head = squeeze("".join(lines[:40]))[:4000]
    if _is_data_file(raw_lines):
        return "no report title, reporting year or statistics table: a data file (lines of JSON or CSV)", None
    # A breadcrumb ('首页 > 政务公开 > 政府信息公开年报': the column the page sits in) and a notice's subject
    # ('某某办公室关于做好2020年…年度报告', the rest of its title wrapped onto the next line) are no report's title.
    own_title = bool(report.title) and not CHROME_LINE.search(report.title) and not about_reports(report.title)
    titled = own_title and bool(report.year and report.agency)  # '某某局2019年…年度报告'
    if (not titled and not has_table and _is_documentation(lines, raw) and not _translated_report(lines, raw)
            and not english):
        return ("no report title, reporting year or statistics table: documentation (mostly Latin script or "
                "markdown code), not a report"), None
    # (round 32) A report's Chinese title over an English summary of it ('Summary - This page sums up…'), with no part
    # heading, table or Chinese lead-in of its own: a page about the report, as an English translation is (a bilingual
    # report keeps its Chinese lead-in and parts)
    rest = [x for x in lines if not (report.title and compact(x) in compact(report.title))]
    if (titled and not has_table and not report.sections and rest and _is_documentation(rest, raw)
            and not _translated_report(rest, raw) and not english):
        return (f"its title is “{compact(report.title)[:60]}” over a text mostly in Latin script (a summary or "
                "translation of that report), not the report"), None
    # (round 30) News of a report's release under a headline naming the body and the report ('某某省发布2018年政府信息
    # 公开工作年度报告' over '15日，某某省人民政府向社会发布…。报告显示，…'): the report is spoken of, not spoken. A
    # repost of the report under such a headline keeps its own lead-in, statistics period or part headings.
    if (report.title and _RELEASE_HEADLINE.search(squeeze(report.title)) and _REPORTED_SPEECH.search(head)
            and not report.sections and not has_table and not STATISTICS_PERIOD.search(head) and not _SELF.search(head)):
        return f"its title is “{compact(report.title)[:60]}” over news of that report (报告显示 …), not the report", None
    # (round 38) News telling of a report with no headline of its own: a wire's dateline ('新华网北京3月31日电') or a
    # reporter's byline in brackets ('（某某晚报记者 某某）'), and the report spoken of in the third person ('报告指出',
    # '根据报告', '报告内容涵盖…'); a repost of the report keeps its own lead-in (本报告…), part headings or tables.
    news = to_key(head)
    if (_NEWS_BYLINE.search(news) and _TOLD.search(news) and not report.sections and not has_table
            and not _SELF.search(head)):
        return "news telling of a report (a dateline or a reporter's byline, 报告指出 …), not the report", None
    # (round 47) News telling that a body released its report on a day ('某部28日公布2015年度政府信息公开工作', '2015年1月30日，
    # 某局网站发布2014年…工作报告', '某部在今天公开的《…年度报告》中称'), its first sentences in the third person (no 我, 本),
    # the release opening the text or the report spoken of ('报告称', '报告透露'): no own title, 本报告, parts or tables
    opening_news = [x for x in news.split("。")[:3] if not re.search(r"[我本]", x)]
    release = next((i for i, x in enumerate(opening_news) if _DATED_RELEASE.search(x)), None)
    if (release is not None and (release == 0 or _SPOKEN_OF.search(news)) and not titled and not report.sections
            and not has_table and not _SELF.search(head) and not _TEXT_FOLLOWS.search(head)):
        return "news telling that a body released its report (N日公布…, 报告称 …), not the report", None
    # (round 38) An interpretation announced by its first sentence rather than its title ('《X2023年…年度报告》已经编制完成
    # …，现就年报内容进行如下解读。'): a page about the report, unless it is a report that also says so (its own title,
    # 本报告 or …情况报告如下 in the same sentence)
    first = to_key(head).replace("@", "").split("。")[0] + "。"  # (a mirror's '@@' splices, round 46)
    if _ANNOUNCED_INTERPRETATION.search(first) and not titled and not _SELF.search(first):
        return "its first sentence announces an interpretation of a report (进行如下解读), not the report", None
    # (round 45) A progress summary of the year so far under its own title ('某市2014年政府信息公开工作进展情况', its
    # figures '截至2014年11月', '1—11月'): an account before the year closed, not the year's report, unless the report's
    # own title stands among the opening lines
    opening = _opening_titles(raw_lines, hints)
    if (any(_PROGRESS_TITLE.search(squeeze(x)) for x in opening) and _YEAR_SO_FAR.search(head) and not _SELF.search(head)
            and not any(_TITLE.search(squeeze(x)) for x in opening)):
        return "its title is a progress summary of the year so far (工作进展情况, 截至…11月), not the annual report", None
    # (round 57) A release of part of a year's figures under its own title ('某区2022年上半年政府信息公开数据统计', '…第三季度
    # 政务公开情况'), its text telling the same part of the year: no annual report, unless its own title stands too, or
    # the template's closing parts (五 problems, 六 other matters) do: a release of half a year's figures has neither,
    # while a report whose title wrapped over two lines (or says 政务公开) may name its first half among its first lines
    part_of_year = next((m.group(1) for x in opening if (m := _PART_OF_YEAR_TITLE.search(squeeze(x)))), None)
    if (part_of_year and part_of_year in head and not _SELF.search(head)
            and not any(_TITLE.search(squeeze(x)) for x in opening)
            and not any(s.number >= 5 for s in report.sections)):
        return f"its title tells of part of a year ({part_of_year}), not the annual report", None
    # (round 47) a university's disclosure report under the 高等学校信息公开办法: by its title, or the rule cited first
    school = school_disclosure(to_key(head), [*hints, *raw_lines[:3], report.title or ""])
    if school:
        return school, None
    # (round 55) a standard on compiling the reports, by its own marks together; never over a report's title or table
    standard = compiling_standard(head) if not titled and not has_table else None
    if standard:
        return standard, None
    # (round 30) a table of contents ('一、评估说明 3', '(一)评估依据 3' …): its headings may be the template's, its
    # page numbers tell it is no text of a year
    if not titled and not has_table and report.year is None and contents_list(lines[:30]):
        return "no report title, reporting year or statistics table: a table of contents (headings, page numbers), not a report", None
    # (round 36) A page interpreting a report ('关于某某局2023年…年度报告的解读', '《…年度报告》解读', '图解：…年度报告'): it
    # retells the report's parts and period in its own headings, and is no report unless the report's own title stands too
    # The report's own title stands in whatever form the parser read it (…政务公开工作年度报告, …年度报告（全文）, 关于…的
    # 年度报告) on a line of its own, not inside the 解读's title that names it (…年度报告的政策解读)
    opening = _opening_titles(raw_lines, hints)
    interpretation = next((x for x in opening if _INTERPRETATION.search(squeeze(x))), None)
    own = squeeze(compact(report.title)) if own_title else ""
    if interpretation and not any((_TITLE.search(squeeze(x)) or (own and own in squeeze(x)))
                                  and not _INTERPRETATION.search(squeeze(x)) for x in opening):
        return f"its title is “{compact(interpretation)[:60]}”: an interpretation of a report (解读), not the report", None
    titles = _title_lines(lines)
    if len(set(titles)) >= _LINK_LIST_TITLES and sum(len(x) for x in titles) * 2 > sum(len(x) for x in lines[:60]):
        return f"a list of {len(set(titles))} report titles, not a report", None
    # (a lead-in or a sentence about itself calls a text a report on disclosure only when disclosure is its subject:
    # '某某局印发《法治政府建设年度报告编写提纲》' is news of another report)
    body = squeeze("".join(x for x in lines[:40] if not CHROME_LINE.search(x)))[:4000]
    on_topic = bool(_TOPIC.search(body))
    # (round 65) '本报告…' calls a text a report on disclosure only when disclosure is its subject, the regulations are
    # cited ('本报告…', then '我镇认真落实《条例》'), a year's statistics period is given ('统计时段为2018年1月1日至…') or a
    # part heading is the template's own ('一、总体情况', '一、概述'): a survey's '本报告数据截取2月19日…' over '一、调查基本
    # 情况' is a report of another kind
    strong = sum(1 for s in report.sections
                 if not s.inferred and (classify_heading(s.title, bracketed=True) or (0, 0))[1] >= 4)
    calls_itself = (own_title or (bool(_SELF.search(head)) and (on_topic or bool(_REGULATIONS.search(body))
                                                                 or bool(STATISTICS_PERIOD.search(head)) or strong >= 1))
                    or (on_topic and lead_in_issuer(head) is not None)
                    or (bool(address_title) and bool(_TOPIC.search(to_key("".join(lines[:200])))))
                    or english)
    titles_above = [x for x in lines[:3] if not re.search(r"[。，,；;]", x)]
    guide = next((h for h in [*hints, *titles_above] if _GUIDE.search(squeeze(h)) and len(h) <= 60
                  and not _LISTED.search(squeeze(h))), None)
    if guide and not (report.title and report.year) and not _SELF.search(head):
        return f"its title is “{guide}”, and it has no report title, reporting year or statistics table", None
    # (round 40) a guide titled below a site's menu, naming its body, the text calling itself 《指南》; a report's
    # statistics table or template headings (strong, above) outweigh a sidebar's link to its body's guide
    named = named_guide(opening, head)
    if named and not (report.title and report.year) and not _SELF.search(head) and not has_table and strong < 2:
        return f"its title is “{named[:60]}”: a disclosure guide, with no report title, reporting year or statistics table", None
    model = next((h for h in [*hints, *titles_above, report.title or ""] if _MODEL.search(to_key(h)) and len(h) <= 60), None)
    if model and report.year is None and not has_table:
        return f"its title is “{model}”: a model text with no reporting year, not an agency's report", None
    # (round 52) A model-text site's selection says so in its title ('…2010年度工作报告(精选5篇)', '… 第1篇'): no body
    # publishes its report as one of several essays, whatever year and table the essays copy.
    selection = next((h for h in [*hints, *raw_lines[:3]] if _SELECTION.search(compact(h)) and len(h) <= 80), None)
    if selection:
        return f"its title is “{compact(selection)[:60]}”: one of a selection of model texts, not an agency's report", None
    # (round 58) A document site's work summary ('某某室20XX年度…工作总结.doc') whose own first sentence leaves its year
    # blank ('20_年，我室…'): a model text spun from one, whatever year its file name gives; a body's summary of its year
    # writes the year.
    summary = next((h for h in [*hints, *raw_lines[:3]] if _SUMMARY_NAME.search(to_key(h))), None)
    if summary and _PLACEHOLDER_YEAR.search("".join(raw_lines[:6])) and not has_table and strong < 2:
        return (f"its title is “{compact(summary)[:60]}” and its year is left blank: a model work summary, "
                "not an agency's report"), None
    # A model text may carry no such title: its body is a placeholder ('由xx县某某局编制', '××局') and its years are
    # left blank ('现编制xx县某某局20政府信息公开度报告'). A report names its body; a masked copy keeps its year.
    placeholder = _PLACEHOLDER_BODY.search(head)
    if placeholder and report.year is None and not titled and not has_table:
        return (f"its body is named “{placeholder.group(0)}” and no reporting year is given: a model text, "
                "not an agency's report"), None
    # (read on the lines as the page writes them: the clean-up takes a pair of '**' for markdown's bold)
    masked = _PLACEHOLDER_FIGURE.findall("".join(raw_lines[:40])[:4000])
    if len(masked) >= _PLACEHOLDER_FIGURES and report.year is None and not titled and not has_table:
        return (f"its figures are placeholders (“{'”、“'.join(dict.fromkeys(masked))}”) and no reporting year is given: "
                "a model text, not an agency's report"), None
    # (round 61) A model text's body may be the report's own words with its slots left as lines to write in ('年我局…坚持以
    # ____精神为指导'): no body publishes its report so, and with no reporting year read it is a model, whatever its title.
    blank = _FILL_IN_BLANK.search("".join(raw_lines[:40])[:4000])
    if blank and report.year is None and not titled and not has_table:
        return ("its text has blanks left to fill in (“____”) and no reporting year is given: a model text, "
                "not an agency's report"), None
    # (on the lines as read: a title not ending in 报告 is re-joined with the sentence under it)
    plan = next((h for h in [*hints, *raw_lines[:3]] if _PLAN.search(to_key(h)) and len(h) <= 60), None)
    if plan and not report.title and not has_table:
        return f"its title is “{plan}”: a plan of work, not a report", None
    # (round 59b) A page that opens at part 一 of the 2021 template, its title cut off, may tell that the body drew up a
    # plan ('结合实际，制定本方案'): 一、总体情况 over that part's own sub-headings outweighs it. (Two template headings do
    # not: a guide is laid out as 主动公开 / 依申请公开 too; a sentence about reports does not: rules on compiling them say so.)
    other = _OTHER_KIND.search(head[:_OPENING])
    if other and not titled and not has_table and not _opens_part_one_of_2021(report, lines):
        return f"no report title, reporting year or statistics table: it calls itself “{other.group(1)}”", None
    notice = next((x for x in raw_lines[:5] if _NOTICE_TITLE.search(to_key(x))), None)
    if notice and not titled and not has_table and not _SELF.search(head):  # a report under a notice's link
        return f"a notice about annual reports (“{compact(notice)[:60]}”), not a report", None
    # What says by its title or its form that it is another kind of document (a work summaries' compilation, a
    # notice, news of a meeting, a guide for applicants, final accounts …) is refused where it would be kept; a
    # report's own title line, a sentence about itself, a statistics table or two template headings outweigh it.
    kind = None
    if not has_table and strong < 2 and not _report_title_line(lines[:12]) and not _SELF.search(head):
        kind = other_kind(lines, raw_lines, hints, report.title, bool(report.sections))

    def keep(doubt: str | None) -> tuple[str | None, str | None]:
        return (kind, None) if kind else (None, doubt)

    # (round 50, issue 15) Where nothing calls the text a report and no form of one stands, it is refused only as the
    # kind that names it (the generic reason kept after it); a text on disclosure that no kind names is kept with a
    # doubt: a genuine report that reaches here is never lost.
    def unsure(reason: str) -> tuple[str | None, str | None]:
        if kind:
            return f"{kind}; {reason}", None
        # (on_topic reads body, which squeeze already simplified: a traditional copy, '政府信息公開', is on the topic too)
        return (None, _UNSURE) if on_topic else (reason, None)

    if not report.sections:
        if calls_itself:
            return keep("没有找到报告任何一部分的标题，全文按一段正文收录。")
        if has_table:  # a page of the template's statistics tables alone (a page 2 or 3 of a paginated report)
            return None, ("这份文件没有年度报告的标题，也没有任何一部分的标题，只凭其中的政府信息公开情况统计表按年度报告的一部分收录，"
                          "请核对。")
        if _part_one_subheadings(lines) >= 2:  # a page starting inside part 1 of the 2021 template (a page 2)
            return keep("这份文件没有年度报告的标题，也没有任何一部分的标题，只凭“政府信息管理”“监督保障”等总体情况的小标题"
                        "按年度报告的一部分收录，请核对。")
        if _old_subheadings(lines) >= 2 and reported_kinds(head) >= 1:  # inside parts 2-4 of the older template
            return keep("这份文件没有年度报告的标题，也没有任何一部分的标题，只凭“公开的主要内容”“公开形式”等旧格式报告的小标题"
                        "和其中的公开数量按年度报告的一部分收录，全文按一段正文收录，请核对。")
        if _problems_and_remedies(lines) and _TOPIC.search(to_key("".join(lines[:200]))):  # inside part 5 (a last page)
            return keep("这份文件没有年度报告的标题，也没有任何一部分的标题，只凭“存在的主要问题”“改进措施”两个小标题"
                        "按年度报告的一部分收录，全文按一段正文收录，请核对。")
        if reported_kinds(head) >= 2:  # a page of a report's prose (a page 2 or 3): the year's figures told
            return keep("这份文件没有年度报告的标题，也没有任何一部分的标题，只凭正文所述主动公开、依申请公开等情况按年度报告收录，"
                        "全文按一段正文收录，请核对。")
        if _account_title(raw_lines[:3]):  # '某某局2020年政府信息公开工作情况': an account of the year's disclosure
            return keep("这份文件没有年度报告的标题，也没有说明自己是年度报告，只凭标题中的年份和政府信息公开工作按年度报告收录，"
                        "没有找到报告任何一部分的标题，全文按一段正文收录，请核对。")
        # (round 23) '2020年，我局…政府信息公开工作…': a body's account of its year, kept unless its form says otherwise
        if _year_of_disclosure_work(body) and not kind:
            if _tells_no_year_of_work(report, body, [x for x in lines[:40] if not CHROME_LINE.search(x)]):
                return (f"no report title, reporting year, part heading or statistics table, and in {len(body)} characters "
                        "no 条例 named as its ground (a text about them at most) and no figure of a year's "
                        "disclosure: a text about disclosure (an article, a law's text, news), not a body's account of "
                        "its year"), None
            return None, ("这份文件没有年度报告的标题，也没有任何一部分的标题，只凭正文所述一年的政府信息公开工作按年度报告收录，"
                          "全文按一段正文收录，请核对。")
        return unsure("none of the template's parts (一、总体情况 …) found")
    if calls_itself or has_table or (report.year is not None and strong >= 2):
        return keep(None)
    # (a page of part 1 alone may name its subject only by the year's figures: '全年主动公开信息36条', or by its
    # sub-headings: '一、总体情况' over '（一）主动公开')
    if (_WORK_TOPIC.search(head) or _WORK_TOPIC.search(to_key("".join(lines[:200]))) or reported_kinds(head) >= 1):
        return keep("这份文件没有年度报告的标题，也没有说明自己是年度报告，只凭部分标题和内容按年度报告收录，请核对。")
    if hints:
        return unsure(f"its title is “{hints[0]}”, and it has no report title, reporting year or statistics table")
    return unsure("no report title, reporting year or statistics table, and the template's parts are not named as such")


# (round 50) The doubt of a text on disclosure that nothing names a report and no kind names another document: kept, as
# the rule says (never lose a report), for a reader to check.
_UNSURE = ("这份文件没有年度报告的标题，没有说明自己是年度报告，也没有找到统计表或模板各部分的标题，只因正文谈及政府信息公开，"
           "且未能认出它是通知、新闻等其他文件，暂按年度报告收录，请核对。")


# Part 1's own sub-headings in the 2021 template ('（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障'),
# found together only in an annual report: a page that starts inside part 1 shows them without any part heading.
_PART_ONE_SUBHEADING = re.compile(r"^[(（]?([一二三四五六])[)）、]\s*(?:主动公开|依申请公开|政府信息管理|(?:政府信息公开|政务公开)?平台建设|监督保障)")


# The sub-headings of the older (2008-2018) template's parts 2 to 4 ('（一）公开的主要内容', '（二）公开形式', '（一）申请情况',
# '（二）申请处理情况', '（一）工作人员情况'): a page that starts inside part 2 or 3 of such a report shows them without
# any part heading. Only with a figure of the year's disclosure told do they make a page a report's.
_OLD_SUBHEADING = re.compile(r"^[(（]([一二三四五六七])[)）]\s*(?:公开的?主要(?:内容|类别)|公开(?:的)?(?:情况|形式|方式|渠道|数量|类别)"
                             r"|主动公开(?:政府|政务)?(?:信息)?(?:的)?(?:情况|形式|数量|类别|主要类别)"
                             r"|申请(?:的)?(?:情况|处理情况|办理情况|答复情况)|(?:申请)?答复情况|(?:工作)?人员(?:情况)?|收费(?:及减免)?情况)[。.]?$")


def _old_subheadings(lines: list[str]) -> int:
    """How many different sub-headings of the older template's parts 2-4 stand as lines of the text."""
    return len({k for k in map(squeeze, lines[:200]) if _OLD_SUBHEADING.match(k)})


# Part 5's two sub-headings, the problems and what will be done ('（一）存在的主要问题', '（二）改进措施'): a page that starts
# inside part 5 (the last page of a paginated report) shows them without any part heading.
_PROBLEMS = re.compile(r"^[(（][一二三][)）]\s*(?:存在的?(?:主要)?(?:问题|不足)|(?:主要)?问题(?:和|与|及)?(?:不足)?)[。.：:]?$")
_REMEDIES = re.compile(r"^[(（][一二三四][)）]\s*(?:改进(?:措施|情况|方向|计划)|下一步(?:工作)?(?:计划|打算|安排|措施|举措)?|"
                       r"(?:今后|下步|下一年度?)(?:的)?(?:工作)?(?:计划|打算|安排|措施|举措|思路)|整改措施)[。.：:]?$")


def _problems_and_remedies(lines: list[str]) -> bool:
    """Whether part 5's sub-headings on the problems and on what will be done both stand as lines of the text."""
    keys = [squeeze(x) for x in lines[:200]]
    return any(_PROBLEMS.match(k) for k in keys) and any(_REMEDIES.match(k) for k in keys)


def _opens_part_one_of_2021(report: Report, lines: list[str]) -> bool:
    """'一、总体情况' over three or more of that part's sub-headings in the 2021 template (主动公开 … 平台建设)."""
    return (any(s.number == 1 and not s.inferred and "总体情况" in squeeze(s.title) for s in report.sections)
            and _part_one_subheadings(lines) >= 3)


def _part_one_subheadings(lines: list[str]) -> int:
    """How many different sub-headings of the 2021 template's part 1 open lines of the text."""
    return len({m.group(1) for x in lines[:200] if (m := _PART_ONE_SUBHEADING.match(squeeze(x)))})


# A title on a year's disclosure work that does not say 报告: '某某局2020年政府信息公开工作情况',
# '关于2020年度政府信息公开工作情况的说明', '2020年度某某局政府信息公开'.
_ACCOUNT_TITLE = re.compile(r"(?:19|20)\d{2}年度?[^。，,；;]{0,30}?(?:政府|政务)?(?:信息|政务)公开(?:工作)?(?:开展)?(?:情况)?(?:的说明)?$")


def _account_title(lines: list[str]) -> bool:
    """One of the first lines, short and without a sentence, is a title on a year's disclosure work."""
    return any(len(x) <= 60 and not re.search(r"[。，,；;]", x) and _ACCOUNT_TITLE.search(squeeze(x))
               for x in lines)


# Addresses, e-mail addresses and file names are Latin script in any report; prose is not.
_NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\S+\.(?:pdf|docx?|xlsx?|s?html?|jsp|php)\b", re.IGNORECASE)
_CODE_SPAN = re.compile(r"`[^`\n]+`")
_DOCUMENTATION_LATIN = 0.5
_DOCUMENTATION_CODE = 3


def _translated_report(lines: list[str], raw: list[Block]) -> bool:
    """A report's opening in Chinese followed by its English translation (round 30): the first lines, in Han script,
    speak of the report itself on disclosure ('本报告依据《条例》…编制', '…情况报告如下'), and nothing is quoted as code."""
    opening = ""
    for line in lines[:6]:  # the Chinese lines before the first one mostly in Latin letters
        prose = _NOT_PROSE.sub(" ", line)
        if len(re.findall(r"[A-Za-z]", prose)) > len(re.findall(r"[\u4e00-\u9fff]", prose)):
            break
        opening += line
    return (bool(_SELF.search(squeeze(opening))) and bool(_TOPIC.search(squeeze(opening)))
            and not any(_CODE_SPAN.search(b) for b in raw if isinstance(b, str)))


def _is_documentation(lines: list[str], raw: list[Block]) -> bool:
    """Prose mostly in Latin script (its addresses aside), or markdown quoting wording as code.

    Real report pages, glosses of mirror converters removed, stay under a quarter of Latin letters;
    this project's READMEs and docs are above four fifths."""
    text = _NOT_PROSE.sub(" ", "\n".join(lines))
    latin = len(re.findall(r"[A-Za-z]", text))
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    code = sum(len(_CODE_SPAN.findall(b)) for b in raw if isinstance(b, str))
    return latin > _DOCUMENTATION_LATIN * (latin + han) or code >= _DOCUMENTATION_CODE


def _is_data_file(lines: list[str]) -> bool:
    """Most lines are JSON objects or arrays, or comma/tab separated records."""
    sample = [x.strip() for x in lines[:50] if x.strip()]
    data = sum(1 for x in sample if x[:1] in "{[" or x.count('","') >= 2)
    return len(sample) >= 3 and data * 2 >= len(sample)


_TITLE = re.compile(r"(?:19|20)\d{2}年度?[^。，,；]{0,20}?(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)$")


# What a page interpreting a report is titled: the report's title and 解读 as its head noun ('…年度报告的解读', '…年报》政策
# 解读'), or a label before it ('文字解读：…年度报告', '图解：…', '一图读懂…年度报告'); '…年度报告及解读' carries the report too.
# (round 40) In brackets the label's qualifier is any short word ('【文稿解读】', '【专家解读】', '[部门解读]'): a bracketed label
# is the site's column, not words of a report's title.
# (round 45) ...and the report read in full ('《…年度报告》全文解读', '…年度报告全面解读')
_INTERPRETATION = re.compile(r"(?:报告|年报)》?(?:的)?(?:政策|文字|图文|图片|图表|视频|全文|全面)?解读$"
                             r"|^[【\[]?(?:(?:文字|图文|图片|图表|视频|政策)?解读|图解)[】\]]?[:：]?[^。，,；;]{0,80}?(?:报告|年报)》?$"
                             r"|^[【\[][\u4e00-\u9fff]{1,4}解读[】\]][:：]?[^。，,；;]{0,80}?(?:报告|年报)》?$"
                             r"|^一图(?:读懂|看懂|解读|了解)[^。，,；;]{0,80}?(?:报告|年报)》?$"
                             # (round 41) an explainer's headline: the report's title, then a subtitle calling the page an
                             # analysis of it ('…年度报告：内容、数据与联系方式全解析', '…年度报告：一文读懂', '…年度报告全解析')
                             r"|(?:报告|年报)》?(?:[:：|｜]|—{1,2}|――)[^。；;]{0,30}?(?:解析|详解|读懂|看懂|解读)$"
                             r"|(?:报告|年报)》?(?:全|深度|权威|要点)(?:解析|详解)$")
_OPENING_TITLES = 8
# A progress summary's title and its period ending before December ('截至2014年11月', '截止到10月底', '1—11月').
_PROGRESS_TITLE = re.compile(r"(?:19|20)\d{2}年度?[^。，,；;]{0,20}?(?:信息公开|政务公开)(?:工作)?进展情况")
_PART_OF_YEAR_TITLE = re.compile(r"(?:19|20)\d{2}年(上半年|下半年|前三季度|第?[一二三四1-4]季度)[^。，,；;]{0,20}?(?:信息公开|政务公开)")
_YEAR_SO_FAR = re.compile(r"截[至止]到?(?:(?:19|20)\d{2}年)?(?:[1-9]|1[01])月|(?<![\d年])1[—–\-~至到](?:[2-9]|1[01])月")


def _opening_titles(raw_lines: list[str], hints: list[str]) -> list[str]:
    """The page's hints and its first short lines before any sentence: where a title stands (a metadata row's label
    taken off)."""
    found = [h for h in hints if len(h) <= 80]
    for line in raw_lines[:_OPENING_TITLES]:
        if re.search(r"[。；;]", line):
            break
        if len(line) <= 80:
            # (round 40) '标题：【文稿解读】…年度报告'; (round 45) a markdown title's marks ('**…解读**', '# …') are no words of it
            found.append(_MARKDOWN.sub("", TITLE_LABEL.sub("", line)))
    return found


_MARKDOWN = re.compile(r"^(?:#{1,6}\s*|[*_]{1,3})|[*_]{1,3}$")


def _title_lines(lines: list[str]) -> list[str]:
    """Lines that are whole report titles ('某某局2019年政府信息公开工作年度报告'), as in a link list."""
    return [compact(x) for x in lines[:80] if len(x) <= 60 and _TITLE.search(squeeze(x))]


def _report_title_line(lines: list[str]) -> bool:
    """One of the first lines is a report's own title ('某某局2019年政府信息公开工作年度报告')."""
    # (an article's keywords are no title: '…某某学刊 2019年3期关键词:信息公开年报', lines re-joined, round 27b)
    return any(len(x) <= 60 and _TITLE.search(squeeze(x)) and not about_reports(x) and not _KEYWORDS.search(squeeze(x))
               for x in lines)


_KEYWORDS = re.compile(r"关键[词字][\]】]?[:：]")


# The known class of issue 15: an opening with no title and no part heading that is a body's account of its year of
# disclosure work ('2020年，我局认真贯彻《条例》……全年主动公开政府信息36条', '（一）主动公开。某某局…公开各类政府信息
# 85条'): disclosure is its subject, and it tells a year ('2020年', '全年', '本年度') or a figure of the year's
# disclosure, or names its subject twice (a page cut to one paragraph of part 1). What else talks so (a notice, news
# of a meeting, a guide for applicants, a compilation of summaries) was refused above by its form.
_WORK_TOPIC = re.compile(r"信息公开|政务公开|主动公开|依申请公开|公开[^。，,；;]{0,6}?(?:政府|政务)信息")


# (round 65) What a body's account of its year shows somewhere, even cut to its opening: the year it reports on (read as
# the reporting year, or told as a year of work: '2023年度', '全年', '本年度'), the regulations it reports under, named in
# any form ('根据《条例》…', '贯彻落实政府信息公开条例', '政府信息公开條例' in either script), or a figure of the year's
# disclosure. A text longer than a fragment of a page with none of them talks about disclosure (a thesis, news of a
# province's rules, an essay on another jurisdiction's 政府資訊公開法) and tells no one's year: no report page at hand
# (the shared pages, batches 147-151) has that shape, while seven of their non-reports do.
# (round 68, narrowed after review 36 #4) Naming the regulations is no ground in a text about them: one headed by their
# name, quoting their articles, defining their terms or set as a Q&A, with no body speaking of its own work
# (law_text.about_the_law). Citing them as reports do, by any article or in any quotation marks, still keeps a text.
_REGULATIONS = re.compile(r"条例")
_YEAR_OF_WORK = re.compile(r"(?:19|20)\d{2}年度|全年|本年度")
_FRAGMENT = 100


def _tells_no_year_of_work(report: Report, body: str, lines: list[str]) -> bool:
    """No year of work, no regulations named as its ground and no figure of a year's disclosure, in more than a
    fragment."""
    ground = bool(_REGULATIONS.search(body)) and not about_the_law(lines)
    return (report.year is None and len(body) >= _FRAGMENT and not _YEAR_OF_WORK.search(body)
            and not ground and reported_kinds(body) == 0)


def _year_of_disclosure_work(key: str) -> bool:
    """Whether a text is a body's account of its year of disclosure work (see above)."""
    topic = len(_WORK_TOPIC.findall(key))
    return topic >= 2 or (topic >= 1 and (bool(YEAR_TOLD.search(key)) or reported_kinds(key) >= 1))
