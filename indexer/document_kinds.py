"""What else a text about disclosure work may be: refused by its title or its form (round 23, round 27b).

A notice, news of a meeting, a guide for applicants, rules, a regulation's articles, a work summaries' compilation,
final accounts, an outside evaluation, a headline about reports, an article's page, or prose about the reports
themselves all speak of 信息公开 without being a body's report on its year. `report_or_not.decide_report` asks
`other_kind` only where a text would otherwise be kept, and never over a report's own title line, a sentence about
itself, a statistics table or two template headings.
"""
from __future__ import annotations

import re

from indexer.issuer import lead_in_issuer
from indexer.normalize import SALUTATION as _SALUTATION, compact, squeeze
from indexer.script import strip_glosses, to_key

# What only a report's account of its year tells: how much was disclosed, how many requests came (or none), whether
# any led to 行政复议 or 行政诉讼 ('全年主动公开政府信息120条', '未收到政府信息公开申请', '收到依申请公开申请3件').
_REPORTED = [
    re.compile(r"主动公开(?:政府|政务)?信息(?:共|累计|总计)?\d+(?:余|多)?条"),
    re.compile(r"(?:收到|受理|办理|接到)[^。，,；;]{0,12}?(?:政府信息公开|依申请公开|信息公开)(?:的)?申请(?:共)?\d+件"
               r"|未(?:收到|接到|受理)[^。；;]{0,12}?(?:政府信息公开|依申请公开|信息公开)(?:的)?申请"),
    re.compile(r"行政复议[^。]{0,12}?行政诉讼"),
]


def reported_kinds(key: str) -> int:
    """How many kinds of a year's disclosure figures the text tells."""
    return sum(1 for pattern in _REPORTED if pattern.search(key))


# What else a text about disclosure work may be, said by its title or its form (round 23). Each is refused only when
# no line is a report's title, nothing says 本报告, no statistics table and fewer than two template headings stand.
# Titles: a work summary ('某某镇2022年政务公开工作总结', '…工作总结汇编（5篇）', '…工作总结及2023年工作思路'), a
# government work report ('政府工作报告', not '…政府信息公开工作报告'), final accounts ('…部门决算'), a statistical
# communiqué, a speech, a notice for applicants ('依申请公开须知'), a website's annual statement ('政府网站工作年度报表'),
# an outside evaluation of the disclosure work ('2019年度政务公开第三方评估报告', round 27b), a budget's performance
# evaluation ('某某局2018年度整体支出绩效评价报告', '…项目支出绩效自评报告', round 40; its 报告 wanted: a finance bureau's
# menu item '预算绩效评价' above a report is no title, review of session 19), (round 43) a statistics form or a page
# titled as one ('某市政府信息公开情况统计报表' over blank cover fields and rows, '2018年度…情况统计表'): asked only where no
# statistics table was read, and only when the title names no body's year ('东山县2018年…情况统计表' may be a report's
# page holding its table, which a flattened layout hid: kept). (round 67) A budget's publication naming its year
# ('某市2025年政府预算公开', '…预算草案的报告'; a report's sub-heading '（一）部门预算公开' names none).
_KIND_TITLE = re.compile(r"(?:总结汇编|(?<!公开)政府工作报告|决算(?:公开)?(?:说明|报告|情况说明)?"
                         r"|统计公报|上的讲话|须知|年度报表|自查报告|评估报告|绩效(?:自评|评价|自我评价|评估)报告)(?:[(（][^()（）]{1,8}[)）])?(?:\.(?:docx?|pdf))?$|汇编[(（]\d+篇[)）]$")
# A work summary with no year in its title is a model essay's or a compilation's ('政务公开工作总结（8）'); one naming its
# year and body ('2009年度某某局政府信息公开工作总结') may be a body's report under that name, and is kept.
# (round 50) A disclosure catalogue: the list of items a body or a village must disclose ('某某村村务公开事项参考目录',
# '某某镇基层政务公开标准目录', one per domain: '（二）某某镇政府文件领域基层政务公开标准目录'). A report's sub-heading
# on its catalogue ('（二）政务公开标准目录') is its part, unless it names a domain, as only a catalogue's title does.
# (session 29) A body's own catalogue of what it discloses of its own accord says so ('某某局主动公开基本目录').
_CATALOGUE_TITLE = re.compile(r"公开(?:事项)?(?:标准|参考|事项|基本)目录(?:[(（][^()（）]{1,12}[)）])?$")
# ...but a site's menu names the catalogue too ('基层政务公开标准目录' beside '政府信息公开年报'), above a report's page that
# has lost its title: a catalogue lists items and tells no year, so a text telling its year's work ('2020年，我镇…', '全年')
# or its figures is no catalogue whatever line names one; and a numbered domain's catalogue is a table of the standard's
# columns ('公开事项 | 公开内容 | 公开依据', or read apart as a table: no sentence left), a report's page under a
# sub-heading naming a domain prose (review of session 23).
_ACCOUNT_YEAR = re.compile(r"(?:19|20)\d{2}年度?[,，]|全年|本年度|今年以来")
_CATALOGUE_COLUMNS = re.compile(r"公开(?:事项|内容|依据|主体|时限|方式|渠道)\|")
_SUMMARY_TITLE = re.compile(r"工作总结(?:[(（][^()（）]{1,8}[)）])?$")
_FORM_TITLE = re.compile(r"(?:统计报表|情况统计表)$")
_BODY_YEAR = re.compile(r"[\u4e00-\u9fff]{2}(?:19|20)\d{2}年")
# A numbered heading or an attachment's line naming the table ('三、政府信息公开情况统计表', '附件：2020年度…情况统计表') is a
# report's part, on a page whose layout hid the table, not a form's own title (review of session 20).
_PART_LINE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]"
                        r"|第[一二三四五六七八九十]{1,3}部分|附件|附表)")
# (round 40) ...unless the page offers it as a model essay: a document site's blurb ('为你整理了这篇…工作总结范文，希望能给你
# …参考借鉴') says the summary is a 范文, whatever year its title names. A report so offered keeps its report title and is
# not asked (its title is no work summary's).
_MODEL_BLURB = re.compile(r"(?:这篇|本篇|此篇|该篇)[^。]{0,60}?(?:范文|范本|模板)|(?:范文|范本)[^。]{0,30}?(?:参考|借鉴)")
# A notice's subject: '关于做好2020年政府信息公开工作年度报告编制发布工作的通知', '关于2009年…年度报告编制公布情况的通报',
# or its first line alone ('某某办公室关于做好2020年…年度报告'); '某某县人民政府关于2019年度政府信息公开工作年度报告' and
# '关于…工作情况的报告' are reports, and so is a notice carrying one ('关于印发某某县2020年…年度报告的通知').
_ABOUT = re.compile(r"关于(?:做好|开展|加强|规范|进一步|认真|抓好|切实|报送|编制|组织)[^。；;]{2,80}?(?:报告|年报|报表)"
                    r"|关于(?!印发|公布|发布|转发|公开)[^。；;]{2,80}?(?:报告|年报|报表)(?:的)?(?:编制|发布|公布|报送|填报|格式|"
                    r"有关事项|工作|情况的通报)[^。；;]{0,20}?(?:通知|通报|函)$"
                    # (round 43) a letter on a question about the reports ('…关于政府信息公开年度报告有关项目填报问题的解释')
                    r"|关于[^。；;]{2,80}?(?:报告|年报)[^。；;]{0,20}?(?:问题|事项)的?(?:解释|答复|复函|函|意见)$")
# Each must name its body, before its year ('某市2023年…', '东山县2024年预算执行情况…') or, for a budget, between the year and
# 预算 ('2025年某市政府预算公开'), and is never a numbered line: a report cut before its title keeps sub-headings and a
# site's menu that read alike but name none ('（一）2023年预算公开', '2023年部门预算公开', '2023年度报告编制和发布情况', review
# 35 #8). (round 66) A note on how a year's reports were published ('某市2023年…年度报告公布情况', no 关于 before it);
# (round 67) a budget's publication naming its year.
_TITLE_ONLY = re.compile(r"[\u4e00-\u9fff]{2}(?:19|20)\d{2}年度?[^。；;]{0,40}?(?:报告|年报)的?(?:(?:编制|发布|公布|报送|上报|公开)"
                         r"[和及与、]?){1,3}(?:工作)?情况$"
                         r"|(?:[\u4e00-\u9fff]{2}(?:19|20)\d{2}年[^。；;]{0,30}?|(?:19|20)\d{2}年[^。；;]{0,20}?[省市县区旗州盟局委厅]"
                         r"[^。；;]{0,10}?)预算(?:公开|草案的?报告)(?:[(（][^()（）]{1,8}[)）])?(?:\.(?:docx?|pdf))?$")
_NOTICE_FORM = re.compile(r"(?:现将|现就|特)[^。]{0,30}?(?:通知|通报)如下|通知如下[:：]")
# (round 40) A notice issuing or forwarding documents to the bodies under it says so to them ('现将…印发给你们，请遵照执行',
# '…业经市人民政府同意，现印发给你们'), wherever its salutation stands. One issuing anything on reports in that sentence
# (a report of a year, '现将《某某县2019年…年度报告》印发给你们', or the report's format) is left to the other rules (the
# sentence from the last 。 or ： — a page's title run into the notice is no part of it). So is one issuing a body's
# account of its year's disclosure work ('现将《某县2012年政府信息公开工作情况》印发给你们'): a report under another name,
# as _account_title in report_or_not keeps it (review of session 19).
_ISSUED_TO_YOU = re.compile(r"(?:印发|转发|下发)给你们")
_REPORT_WORDS = re.compile(r"报告|年报|(?:19|20)\d{2}年度?[^。]{0,30}?(?:政府|政务)?(?:信息|政务)公开工作(?:开展)?情况")
# A guide for applicants speaks to them ('请您…', '如何提交申请', '申请人可以…', '填写申请表') and tells no year.
_HOW_TO = re.compile(r"(?:怎样|如何|怎么)(?:提出|提交|办理)?申请|申请(?:方式|流程|须知|步骤)")
_ARTICLES = re.compile(r"^第[一二三四五六七八九十百]{1,3}条(?!第)")  # not the table's '第二十条第(一)项'
_STEPS = re.compile(r"^第[一二三四五六七八九十]步")
# News of a meeting or a training: its first sentence dates the event ('9月3日，全县政务公开工作会议召开',
# '3月8日上午，某某市召开…培训会'), or it is a newspaper's ('本报讯').
_NEWS = re.compile(r"本报讯|(?:^|[。\s])\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[^。]{0,60}?(?:召开|举行|举办|开班|组织收看)"
                   r"|(?:召开|举行|举办)[^。]{0,20}?(?:会议|推进会|部署会|培训会|培训班|研讨会|座谈会)[^。]{0,40}?(?:\d{1,2}月\d{1,2}日)")


# (a day without a year, then a meeting: '为推进…，6月12日，我委召开政务公开工作调度会')
# (round 56) A survey: it opens by addressing the public ('广大网民朋友：', '尊敬的市民朋友：') and asks for a questionnaire
# to be filled in ('请您…填答问卷'); a body evaluating disclosure work this way speaks of a year's work but reports none.
# A report addresses no reader in its first words, whatever questionnaires its part 一 tells of.
_TO_THE_PUBLIC = re.compile(r"(?:尊敬的|亲爱的)?(?:广大)?(?:网民|网友|市民|群众|公众|读者|居民)(?:朋友)?们?[:：，,]")
_QUESTIONNAIRE = re.compile(r"(?:填答|填写|参与|参加|完成)[^。]{0,10}?(?:问卷|调查表)")
_DATED_EVENT = re.compile(r"(?<![年\d])\d{1,2}月\d{1,2}日[^。]{0,50}?(?:召开|举行|举办)[^。]{0,30}?(?:会|班)")
# (round 38) A self-inspection written for an inspection says so in its first sentence ('根据《关于…督查工作的通知》精神，
# 我局…对照督查内容深入开展自查'); it borrows a report's headings, and is no account of a year.
# (round 43) Or its title, run into its salutation on one line, calls it a 自查报告 before anything else is said
# ('某局2025年政务公开工作自查报告 市政府办: 为…,现将我局自检自查情况报告如下'), or it reports its self-inspection
# ('现将我局自查情况报告如下': a report on its year reports 政府信息公开工作情况, not 自查情况).
_SELF_INSPECTION = re.compile(r"(?:督查|检查)[^。]{0,80}?自查|^[^。，,：:]{0,40}?自查报告"
                              r"|现将[^。]{0,20}?自(?:检)?自?查(?:工作)?情况报告如下")
_NEWS_TITLE = re.compile(r"(?:召开|举行|举办|组织收看|开展)[^。，,；;]{0,40}?(?:会议?|培训班|座谈会|研讨会|推进会|部署会)$")
# (round 27b) A headline about reports: the reports are its subject and a news verb its predicate ('2018年度政务公开优秀
# 年报出炉', '…年报专题上线'); a report's own title is a noun phrase ending in 报告 or 年报.
_HEADLINE = re.compile(r"(?:报告|年报|(?:评估|测评|考评|评议)(?:结果|排名)?|排名|排行榜)[^。，,；;]{0,6}?"
                       r"(?:出炉|亮相|上线|揭晓|晒出|晒单|点赞)$")
# (round 27b) A research article or a paper's page: its abstract ('摘要：', '[摘 要]', '内容提要：', 'Abstract:'), its
# keywords ('关键词：信息公开；年报'), the journal's issue ('某某学刊 2019年3期'), a document site's '论文…' label, or (round
# 42) the journal's classification line.
# Two of them, or the label opening the page, make an article; a site's search box ('请输入关键词') is none of them.
_ARTICLE_MARKS = (re.compile(r"^(?:[\[【]关键[词字][\]】][:：]?|关键[词字][:：])\S{2,}"),
                  # (round 58: the label alone on its line, the abstract under it: '摘要' / '本文通过…')
                  re.compile(r"^(?:[\[【](?:摘要|内容提要|内容摘要|提要)[\]】]|(?:摘要|内容提要|内容摘要|提要)(?:[:：]|$)|abstract[:：])",
                             re.IGNORECASE),
                  re.compile(r"^\S{2,12}(?:19|20)\d{2}年(?:第)?\d{1,2}期$"),
                  re.compile(r"^论文|论文(?:部分)?内容阅读|本文(?:通过|以|从|基于|试图|认为)"),
                  # (round 42) a journal's classification line ('[中图分类号]D630 [文献标识码]A [文章编号]1000-0000(2021)…')
                  re.compile(r"^[\[【]?(?:中图分类号|文献标识码|文章编号)[\]】:：]"))
# (round 42) The marks are read with a converter's pinyin glosses off ('[關(guān)鍵詞]') and without the '?' a lost
# character leaves inside or after a label ('[摘 ?要]?…'): a mirror's copy of an article writes them so.


# A site's navigation page is its menu alone: a few dozen labels, not a page of prose.
_MENU_ONLY = 200
# (round 64) A crawled menu may keep each link's target between the labels ('某某局/city/index.html信息公开/col/col123/
# index.html规范性文件'): two or more such paths are the links', and their digits (a column's number) no figure of a year.
_LINK_PATH = re.compile(r"(?:/[A-Za-z0-9_.~%-]+){2,}/?|/[A-Za-z0-9_.~%-]+\.(?:s?html?|jsp|aspx?|php)")
# (round 62) A post's credits, one per line under it ('撰文：某某' / '编辑：某某' / '初审：某某' / '终审：某某', the
# 三审三校 of a site's news): two or more make a news post. A report names its body, never its writers and reviewers.
_CREDIT = re.compile(r"^(?:撰文|撰稿|文字|摄影|图片|编辑|责任编辑|责编|初审|复审|终审|审核|审校|校对)[:：]\s*[\u4e00-\u9fff·]{2,6}$")


def about_reports(title: str) -> bool:
    """A title whose subject is reports (a notice, a circular), not a report of its own."""
    return bool(_ABOUT.search(squeeze(title)))


def other_kind(lines: list[str], raw_lines: list[str], hints: list[str], title: str | None,
                parts: bool = False) -> str | None:
    """The reason to refuse a text that says, by its title or its form, that it is another kind of document."""
    short = [x for x in raw_lines[:12] if len(x) <= 60 and not re.search(r"[。，,；;]|如下|[:：]$", x)]
    dated = any(re.search(r"(?:19|20)\d{2}", x) for x in [title or "", *short[:4]])  # a title wrapped after its year
    model = bool(_MODEL_BLURB.search(squeeze("".join(raw_lines[:12]))))
    opening = squeeze("".join(lines[:20]))[:1500]
    # a form is blank or another text: a page telling the year's figures ('主动公开政府信息 120 条') is the report's table
    form = not reported_kinds(opening)
    for candidate in [*hints, title or "", *short]:
        # (round 50) read with the converter's glosses off, on squeeze's simplified key: a traditional copy's title
        # ('…年度報告編制工作的通知', '…召開…推進會', '…政務(wù)公開標準目錄') is the same kind's
        key = squeeze(strip_glosses(candidate))
        if not key or len(key) > 60:
            continue
        if _TITLE_ONLY.search(key) and not _PART_LINE.match(key):
            return f"its title is “{compact(candidate)[:60]}”: another kind of document, not a disclosure report"
        if (_KIND_TITLE.search(key) or about_reports(key) or _NEWS_TITLE.search(key)
                or (_SUMMARY_TITLE.search(key) and (not dated or model))
                or (form and _FORM_TITLE.search(key) and not _BODY_YEAR.search(key) and not _PART_LINE.match(key))):
            return f"its title is “{compact(candidate)[:60]}”: another kind of document, not a disclosure report"
        if (_CATALOGUE_TITLE.search(key) and form and not _ACCOUNT_YEAR.search(opening)
                and (not _PART_LINE.match(key)
                     or ("领域" in key and (_CATALOGUE_COLUMNS.search(opening) or "。" not in opening)))):
            return f"its title is “{compact(candidate)[:60]}”: a disclosure catalogue (公开事项目录), not a report"
        if _HEADLINE.search(key):
            return f"its title is “{compact(candidate)[:60]}”: news about reports, not a report"
    marks = {i for k in (squeeze(strip_glosses(x)).replace("?", "") for x in raw_lines[:15])
             for i, mark in enumerate(_ARTICLE_MARKS) if mark.search(k)}
    if len(marks) >= 2 or (raw_lines and squeeze(raw_lines[0]).startswith("论文")):
        return "no report title, reporting year or statistics table: an article or a paper (摘要, 关键词), not a report"
    whole = squeeze("".join(lines))
    links = len(_LINK_PATH.findall(whole))  # (round 64) a crawled menu that kept its links' targets: read without them
    labels = _LINK_PATH.sub("", whole) if links >= 2 else whole
    if (not title and (len(opening) <= _MENU_ONLY or links >= 2) and len(labels) <= _MENU_ONLY
            and not re.search(r"[。，,；;！？!?]" if links >= 2 else r"[。，,；;！？!?\d]", labels)):
        # (round 58) a site's navigation: its menu labels run together ('政府信息公开信息公开目录部门政务公开…'), no
        # sentence, no year, no figure; a report says something. The whole text is read, not its first twenty lines (a
        # report's page may open with twenty menu lines), and a title read is no menu (a short report's title may
        # write its year in numerals, 二〇二〇年, and its lines no sentence mark)
        return "no report title, reporting year or statistics table: a site's navigation (menu labels), not a report"
    if sum(1 for x in raw_lines if _CREDIT.match(x.strip())) >= 2:  # (they close a post: all its lines are read)
        return "no report title, reporting year or statistics table: a news post (撰文、编辑、审核…), not a report"
    keys = [squeeze(x) for x in lines[:80]]
    if sum(1 for k in keys if _ARTICLES.match(k)) >= 2:
        return "no report title, reporting year or statistics table: a regulation in articles (第一条 …), not a report"
    if sum(1 for k in keys if _STEPS.match(k)) >= 2:
        return "no report title, reporting year or statistics table: a procedure in steps (第一步 …), not a report"
    # (asked first: a notice's words to its bodies outweigh a breadcrumb's 您 or its rules' 应当)
    sentences = re.split(r"[。：:；;]", opening)
    if any(_ISSUED_TO_YOU.search(x) and not _REPORT_WORDS.search(x) for x in sentences):
        return "no report title, reporting year or statistics table: a notice issuing documents (…印发给你们), not a report"
    # (round 52) a notice issuing a report or a year's account ('现将《某县2012年政府信息公开工作情况》印发给你们') is left to
    # the other rules by its salutation too, now that the salutation is read on a line of its own
    issues_report = any(_ISSUED_TO_YOU.search(x) and _REPORT_WORDS.search(x) for x in sentences)
    if not YEAR_TOLD.search(opening) and (_HOW_TO.search(opening) or opening.count("申请人") >= 2
                                           or opening.count("申请表") >= 2 or "您" in opening):
        return "no report title, reporting year or statistics table: a guide for applicants, not a report"
    if not YEAR_TOLD.search(opening) and opening.count("应当") >= 3:  # what shall be done: rules, not an account
        return "no report title, reporting year or statistics table: rules (…应当…), not an account of a year"
    if not YEAR_TOLD.search(opening) and _DATED_EVENT.search(opening[:400]):
        return "no report title, reporting year or statistics table: news of a meeting or a training, not a report"
    if _TO_THE_PUBLIC.match(opening) and _QUESTIONNAIRE.search(opening):
        return "no report title, reporting year or statistics table: a survey asking the public (问卷), not a report"
    if _SELF_INSPECTION.search(opening.split("。")[0]):
        return "no report title, reporting year or statistics table: a self-inspection (督查…自查, 自查报告), not a report"
    if _NOTICE_FORM.search(opening) or (not issues_report and any(_SALUTATION.match(k) for k in keys[:15])):
        return "no report title, reporting year or statistics table: a notice (各…：… 通知如下), not a report"
    if any(_NEWS.search(k) for k in keys[:8]):
        return "no report title, reporting year or statistics table: news of a meeting or a training, not a report"
    # (round 27b) Writing about the annual reports themselves ('年报发布已进入第十个年头…今年的年报更重数据'):
    # the reports are its subject, three times or more, no body speaks of its own year, and no part
    # heading stands (a report whose title wrapped names itself so in its lead-in, under '一、总体情况'), and it tells
    # neither a statistics period nor a figure of a year's disclosure (a report's opening without its headings does).
    # (round 57) so is one telling what a report says in the third person, twice or more ('报告认为…', '报告指出…', an
    # evaluation's report on the annual reports, which it calls by another name: '成绩单')
    if (not parts and (len(_REPORTS_NAMED.findall(opening)) >= 3 or len(_REPORT_SAYS.findall(opening)) >= 2)
            and not _SPEAKS_AS_BODY.search(opening)
            and not STATISTICS_PERIOD.search(opening) and not reported_kinds(opening)
            and lead_in_issuer(opening) is None):  # ('…编制了某某分局2021年度…年度报告': its own, named)
        return "no report title, reporting year or statistics table: writing about annual reports, not a report"
    return None


# (round 30) A table of contents: headings each followed by its page number ('一、评估说明 3', '(一)评估依据 3', '2.主动
# 公开 17'), the numbers never going down. A report's lines do not end so; its tables are read as tables.
_LEADER_ONLY = re.compile(r"^[.…·]{2,}\s*(?P<page>\d{1,3})$")
_CONTENTS_LINE = re.compile(r"^(?P<heading>.*[\u4e00-\u9fff][^\d]{0,3}?)(?:\s+|[.…·]{2,}\s*)(?P<page>\d{1,3})$")


def contents_list(lines: list[str]) -> bool:
    """True when most of the first lines are a contents list's: a heading, then a page number, the numbers ascending
    (a leader and its number may stand on a line of their own: '一、基本情况' over '……1')."""
    pages, alone = [], 0
    for x in lines:
        m = _CONTENTS_LINE.match(x.strip()) or _LEADER_ONLY.match(x.strip())
        if m:
            pages.append(int(m.group("page")))
            alone += m.re is _LEADER_ONLY
    return (len(pages) >= 6 and len(pages) * 5 >= (len(lines) - alone) * 3 and pages[-1] - pages[0] >= 5
            and all(a <= b for a, b in zip(pages, pages[1:])))


_REPORTS_NAMED = re.compile(r"年度报告|年报")
_REPORT_SAYS = re.compile(r"(?:报告|年报)(?:认为|指出|观察到|发现|建议|显示)")
STATISTICS_PERIOD = re.compile(r"统计(?:期限|时限|周期|时间|期)|(?:19|20)\d{2}年(?:1|一)月(?:1|一)日(?:起)?(?:至|到|—|－|-)")
# A body telling its year: '我局…', '本机关…', or a year, then a name, then the predicate ('2020年，青石镇认真…').
_SPEAKS_AS_BODY = re.compile(r"我(?:局|委|办|厅|市|县|区|旗|镇|乡|街道|中心|院|校|单位|部|署|馆|站|处|会|所|队|司)"
                             r"|(?:^|[。，,；;：:])本(?:机关|单位|局|委|办|部门|镇|乡|街道|中心|院)"
                             r"|(?:19|20)\d{2}年度?[，,][^。，,]{2,24}?(?:认真|坚持|严格|按照|围绕|深入|全面|继续|进一步|紧紧|扎实|持续|着力|依法)")


# A year told of the work: '2020年', '全年', '本年度', '今年'.
YEAR_TOLD = re.compile(r"(?:19|20)\d{2}年|全年|本年度|今年")


# (round 40) A disclosure guide titled below a site's menu, where the cleaned lines join its title to the menu and the first
# sentence: a title line before any sentence naming its body before 信息公开指南 ('某某街道办事处信息公开指南', either script,
# glosses off), and the text speaking of itself as the guide (《指南》, 本指南). A menu's bare '政府信息公开指南' names no body.
_GUIDE_LABEL = re.compile(r"(?:政府|政务)?(?:信息)?公开指南(?:[(（][^()（）]{1,12}[)）])?$")
_GUIDE_ITSELF = re.compile(r"《指南》|本指南")


# (round 48) The national model guide's own first sentences, its title given only there: '本机关编制了《某某局信息公开指南》
# （以下简称《指南》）…建议阅读本《指南》' — the guide compiled and the text calling itself 本《指南》.
_COMPILED_GUIDE = re.compile(r"本机关编制了《([^《》]{2,60}?公开指南)》")
_THIS_GUIDE = re.compile(r"本《指南》|本指南")
# The model guide opens with those sentences: a part heading or a report's word before them is a report's text telling of
# its guide ('一、总体情况 … 本机关编制了《…指南》', '…编制本机关2012年政府信息公开工作年度报告。…本机关编制了…').
_BEFORE_GUIDE = re.compile(r"[一二三四五六七八九十]{1,3}、(?=[\u4e00-\u9fff])|年度报告|年报|工作报告")


def named_guide(opening: list[str], head: str) -> str | None:
    """The guide's title among the opening's title lines, when it names its body and the text calls itself the guide."""
    key = to_key(head)
    if not _GUIDE_ITSELF.search(key):
        return None
    compiled = _COMPILED_GUIDE.search(key)
    if compiled and _THIS_GUIDE.search(key, compiled.end()) and not _BEFORE_GUIDE.search(key, 0, compiled.start()):
        return compact(strip_glosses(head[compiled.start(1):compiled.end(1)]))
    for line in opening:
        key = squeeze(to_key(strip_glosses(line)))
        label = _GUIDE_LABEL.search(key)
        if (label and len(key) <= 60 and not re.search(r"^[(（][一二三四五六七八九十\d]{1,3}[)）]|[:：]", key)
                and len(re.findall(r"[\u4e00-\u9fff]", key[:label.start()])) >= 2):
            return compact(strip_glosses(line))
    return None
