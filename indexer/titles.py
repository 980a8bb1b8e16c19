"""The report's title: found among a page's first lines and the container's hints, its issuer and year read.

Titles come in several layouts, all seen in real reports (see indexer.metadata for the list); a title may
wrap over two lines, stand under its issuer's line or under a line that holds the first half of its
issuer's name ('某某县人民政府' / '办公室2022年…报告'). indexer.metadata falls back on the rest of the page
when the title does not name the issuer or the year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.issuer import FIELD_LABELS, agency_name, digit_year
from indexer.normalize import compact
from indexer.places import find_chains
from indexer.script import to_key
from indexer.title_names import autonomous_short, placed_above

# '…工作年度报告', '…信息公开年报', '…2020年政府信息公开工作报告', '…关于2019年度政府信息公开
# 工作的报告', '…关于2014年度政府信息公开工作的年度报告' (a 公文's title, round 29), '…政府信息公开2024年度报告';
# not the preamble's '现将…工作情况报告如下'.
# (round 54) '某某高新区2014年信息年度报告': 政府 and 公开 dropped, the year right before (without it, a report of
# information in general); (round 56) '某某镇2014年度信息年度公开报告': 公开 moved after 年度, the year right before too
TITLE_TAIL = re.compile(
    r"(?:(?:政府)?(?:信息公开|政务公开|政务信息公开)(?:工作)?(?:开展)?(?:(?:19|20)\d{2})?"
    r"(?:(?:年度?)?(?:工作)?报告|年报|(?:情况)?的(?:年度)?报告|(?:工作)?情况报告|(?:年度)?工作总结)"
    r"|(?:(?<=\d年)|(?<=\d年度))(?:政府|政务)?信息(?:工作)?年度(?:公开)?(?:工作)?报告)"
    r"(?!如下|编制|编写|的编制|的通知|有关事项|发布工作|工作的通知)"
)
# A university reports on an academic year, named by its second calendar year: '2012-2013学年度某某大学…'.
_YEAR = re.compile(r"((?:19|20)\d{2})(?:学年度?|年度?|(?=(?:政府)?(?:信息|政务)公开))")
_SPAN_START = re.compile(r"(?:19|20)\d{2}\s*[-—–~～至]\s*$")
# A year in digits with no 年 opening a title, glued to the name ('2025某某县某某乡2025年度…报告').
_BARE_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*(?=[\u4e00-\u9fff])")
_YEAR_BRACKET = re.compile(r"[(（【\[]$")
# A list page's publication date before the title on its line ('2020-01-20 某某局2019年…报告', '[2020-01-20]…').
_LEADING_DATE = re.compile(r"^\s*[\[【(（]?(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?[\]】)）]?\s*")
_PUBLISHED = re.compile(r"(?:正式|今日|近日)?(?:发布|公布|印发)(?:了)?$")
# A news headline telling that the report came out: the report's name, then the verb ('X2019年…年度报告发布', '…报告正式公布'),
# or the verb between the body and the year ('X发布2019年…年度报告').
_RELEASED = re.compile(r"(?:报告|年报)》?(?:正式|今日|近日)?(?:发布|公布)$|(?:发布|公布)(?:了)?《?(?:19|20)\d{2}")
# A reported year alone on the line under a title that has none: '（2020年度）', '2020年度' (a date is no year of report).
_YEAR_LINE = re.compile(r"^[(（【]?((?:19|20)\d{2})\s*年度?[)）】]?$")
# A name in brackets right after the title, nothing after it ('…年度报告（某某县民政局）'; a year there is read as one).
# ('…年度报告 某某县民政局', the name alone after the title on its line, is read the same way; a site's name joined by
# '_' or '-' is not: the page's <title> names its site so)
_TRAILING_NAME = re.compile(r"\s*(?:[(（【]([^()（）【】\d]{2,40})[)）】]|([\u4e00-\u9fff]{2,40}))\s*$")
# A year in two digits opening a document's name ('09沈阳市政府信息公开报告', '10年某某县…'): 2000 on.
_SHORT_YEAR = re.compile(r"^([01]\d|2[0-5])(?:年度?)?(?=[\u4e00-\u9fff])")
# ('教育部办公厅关于2017年教育部政府信息公开工作年度报告的公告': a 公告 carries the report without the verb)
_CARRIED = re.compile(r"^[^《》。，,]{0,40}?关于(?:(?:印发|公布|发布|转发|公开)《?([^《》]{4,60}?(?:报告|年报))》?的(?:通知|公告)"
                      r"|《?([^《》]{4,60}?(?:报告|年报))》?的公告)$")


# A breadcrumb's separators ('首页 > 政务公开 > …', '首页>>…', '首页 » …'); _CRUMB_LAST finds the text after the last one.
_CRUMB = re.compile(r"\s*(?:>+|»|›|→|－>|->)\s*")
_CRUMB_LAST = re.compile(r"^(?:.*(?:>+|»|›|→)\s*)?")
# The label of a metadata table's title row, flattened before the title with its separators (report_or_not takes it
# off the opening's title lines too).
TITLE_LABEL = re.compile(rf"^{FIELD_LABELS}\s*[:：|｜]+\s*")


@dataclass
class TitleInfo:
    """What the title lines say."""

    title: str | None
    agency: str | None
    year: int | None




def parse_title(title: str) -> TitleInfo | None:
    """Read agency and year from one title string (compact); None for prose naming the report."""
    # '某某县人民政府办公室关于印发某某县2020年政府信息公开工作年度报告的通知': a notice that carries the
    # report; the report's own title is the one inside it
    carried = _CARRIED.match(to_key(title))
    if carried:
        inner = carried.lastindex
        title = title[carried.start(inner) : carried.end(inner)]
    # '关于某某局2022年政府信息公开工作年度报告': 关于 opens the title, not the name (kept in the title shown)
    opening = "关于" if title.startswith("关于") else ""
    title = title[len(opening):]
    key = digit_year(to_key(title))
    tail = TITLE_TAIL.search(key)
    # '某省2013年…年度报告(以下简称年报)是根据《条例》…由…编制': the lead-in's subject, no title (A3; rounds 45, 46)
    if not tail or re.match(r"(?:[(（]以下简称[^)）]{0,12}[)）])?(?:是|系)?(?:根据|依据|按照|依照)", key[tail.end():]):
        return None
    start = tail.start()
    if key[start - 2 : start] == "人民" and key.startswith("政府", start):
        start += 2  # '2008年某某镇人民政府信息公开工作年度报告': 政府 is the name's
    head = key[:start]
    if re.search(r"[。；;！？，,《]", head):
        return None  # prose that names the report: '…包括机构职能、…政府信息公开工作年度报告等'
    shown = opening + title[: tail.end()]
    # a metadata table's label flattened before its value ('标题:|某某县人民政府2022年…报告', '名称:…', '信息名称:…'):
    # the page's chrome, no part of the title shown (the issuer is cleaned of it by agency_name already; round 27a)
    label = TITLE_LABEL.match(to_key(shown))
    if label and label.end() < len(shown):
        shown = shown[label.end():]
    crumbs = list(_CRUMB.finditer(shown)) if "<" not in shown else []  # ('<b>…</b>': markup, no breadcrumb)
    if crumbs and crumbs[-1].end() < len(shown):
        # a breadcrumb before the title ('当前位置：首页 > 年报 > 某某局2021年…报告') is the page's chrome too; one that ends
        # in the reports' column ('首页>政务公开>政府信息公开年报') names no report at all: no title (round 27a)
        shown = shown[crumbs[-1].end():]
    # '2020年度政府信息公开工作年度报告（某某县民政局）': the issuer in brackets after the title
    trailing = _TRAILING_NAME.match(key, tail.end())
    group = trailing and (trailing.lastindex or 0)
    after = agency_name(title[trailing.start(group) : trailing.end(group)]) if group else None
    title = title[: tail.end()]
    if _CRUMB.search(head) and "<" not in head and not re.search(r"(?:19|20)\d{2}", key[_CRUMB_LAST.search(key[:start]).end() : tail.end()]) \
            and not agency_name(title[_CRUMB_LAST.search(key[:start]).end() : start]) and not after:
        return None  # the column's name at a breadcrumb's end, no body and no year after the last separator
    years = [m for m in _YEAR.finditer(key) if m.start() < start]
    short = _SHORT_YEAR.match(key)
    bare = _BARE_YEAR.match(key) if not years else None
    named = agency_name(title[bare.end() : start]) if bare and bare.end() < start else None
    if named:
        # (round 55) '2009某某区政府信息公开工作年度报告': the year opening the title with its 年 lost, the name after it
        return TitleInfo(shown, named, int(key[bare.start() : bare.end()].strip()))
    if not years and short and short.end() < start:
        # '09沈阳市政府信息公开报告': a document's name with its year in two digits
        return TitleInfo(shown, agency_name(title[short.end() : start]) or after, 2000 + int(short.group(1)))
    if not years:
        # '…信息公开2024年度报告', or the year in brackets after it: '…年度报告（2020年度）'
        inner = (re.search(r"(?:19|20)\d{2}", key[start : tail.end()])
                 or re.match(r"\s*[(（【]((?:19|20)\d{2})年?度?[)）】]", key[tail.end():]))
        year = int(inner.group(inner.lastindex or 0)) if inner else None
        return TitleInfo(shown, agency_name(title[:start]) or after, year)
    year = years[-1]  # the last year before the tail is the reported one
    # a news portal's headline: 'X发布2021年…年度报告' (the verb between the issuer and the year)
    verb = _PUBLISHED.search(key, 0, year.start())
    head = title[: verb.start()] if verb else title[: year.start()]
    head = _SPAN_START.sub("", head)  # 'X2019-2020学年…': the span's first year is no part of the name
    head = _BARE_YEAR.sub("", _LEADING_DATE.sub("", head))  # '2025某某县某某乡2025年度…': a stray year before the name
    head = _YEAR_BRACKET.sub("", head)  # 'X（本级）（2021年度）政府信息公开…': the bracket that opens the year is no name's
    # (a list's label), and a date before it ('2020-01-20某某局2019年…')
    agency = agency_name(head) or agency_name(title[year.end() : start]) or after
    return TitleInfo(shown, agency, int(year.group(1)))


def is_complete(info: TitleInfo | None) -> bool:
    return bool(info and info.agency and info.year)


# A name that says where its body is by a level word alone: 省公安厅, 市人民防空办, 区商务委.
_SHORT_FORM = re.compile(r"^(?:省|市|县|区|旗|州|盟)(?!委|政府|人民政府)[\u4e00-\u9fff]{2,}")
# A link to another page: '上一篇：某某局2019年…年度报告', '相关链接：…'.
_LINK_LABEL = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关链接|相关文章|相关阅读|相关信息|推荐阅读|热点推荐)[:：\s]?")


# A byline's or metadata row's label: what follows it is the site's record of the page, not a line of the title.
_BYLINE = re.compile(r"(?:来源|发布机构|发布单位|发布时间|发布日期|作者|浏览次数|点击数)\s*[:：]")
# ...or a metadata table's row flattened without its colon ('来源 某某市卫生局', compacted '来源某某市卫生局'; round 63)
_BYLINE_ROW = re.compile(r"^\s*(?:信息来源|来源|发布机构|发布单位|发文机关|作者)\s*(?=[\u4e00-\u9fff])")


def _byline(line: str) -> bool:
    """True for a byline or a metadata row naming the body that published the page: no line of the title."""
    return bool(_BYLINE.search(to_key(line)) or _BYLINE_ROW.match(line))


def read_title(lines: list[str], hints: list[str] = (), lead: str = "") -> TitleInfo:
    """Find the title among the container's hints and the page's first lines; read agency and year.

    Hints (a PDF's /Title, an HTML page's <h1>) come first: the body's first lines may be
    prose that also names the report ('现向社会公布沭阳县发展和改革局2023年度…报告'). A line
    may be the whole title, a title with its agency on the line above, or half of a title
    wrapped over two lines; a title naming agency and year wins over one naming less. Lines linking
    to other pages ('上一篇：…') are no title; of several titles naming agency and year (links to related
    reports above the report's own), the one ``lead`` (the lead-in's sentences) names wins.
    """
    for hint in hints:
        info = parse_title(compact(hint))
        if is_complete(info):
            return info
    best: TitleInfo | None = None
    complete, released = [], []
    lines = _unwrapped(lines)
    for i, line in enumerate(lines):
        info = parse_title(line) if not _LINK_LABEL.match(line) else None
        if info is None:
            continue
        below = _YEAR_LINE.match(to_key(lines[i + 1])) if info.year is None and i + 1 < len(lines) else None
        if below:  # '某某局政府信息公开工作年度报告' / '（2020年度）': the year on its own line under the title
            info = TitleInfo(info.title, info.agency, int(below.group(1)))
        wrapped = _wrapped_name(lines[i - 1], line, info) if i > 0 else None
        if wrapped:
            info = wrapped
        elif info.agency is None and i > 0 and not _YEAR.search(lines[i - 1]) and not _byline(lines[i - 1]):
            # (a byline's '信息来源：某某乡' is a metadata row, not the title's name line: the lead-in names the body, round 39)
            above = agency_name(lines[i - 1])  # agency on its own line above
            if above:
                info = TitleInfo(lines[i - 1] + info.title, above, info.year)
        elif info.agency and i > 0 and not _YEAR.search(lines[i - 1]) and placed_above(lines[i - 1], info.agency):
            # the issuer split over two lines: its place alone ('某某县'), then '民政局2019年…报告'
            info = TitleInfo(lines[i - 1] + info.title, lines[i - 1] + info.agency, info.year)
        elif info.agency and i > 0 and _SHORT_FORM.match(to_key(info.agency)) and not _YEAR.search(lines[i - 1]) \
                and not _byline(lines[i - 1]):
            # The body's full name on its own line above a title that names it by its level word alone:
            # '某某省公安厅' over '省公安厅政府信息公开工作年度报告（2018年度）'. (A byline above is the site's, not the title's:
            # '来源 某某市卫生局' over the metadata row repeating '市卫生局…报告' keeps the title's short form, A1; round 63.)
            above = agency_name(lines[i - 1])
            if above and len(above) > len(info.agency) and to_key(above).endswith(to_key(info.agency)):
                info = TitleInfo(info.title, above, info.year)
        if is_complete(info):
            complete.append(info)
            # (None: neither a headline nor a title line alone, as a sentence quoting the title is)
            alone = len(compact(line)) <= len(compact(info.title)) + 2
            released.append(bool(_RELEASED.search(to_key(line))) or (None if not alone else False))
            continue
        if best is None or (best.year is None and info.year) or (best.agency is None and info.agency and info.year):
            best = info
    if complete:
        # A news copy's headline ('X2019年…年度报告发布', often with the body's short name) above the report's own title
        # of the same year: the report's title is the plain one (round 38); a headline alone still names the body.
        # (the plain title a line of its own: a sentence quoting the title, '…设立了“2016年X…年度报告”专栏', is no title)
        plain = [c for c, news in zip(complete, released) if news is False]
        if plain and any(released) and any(c.year == plain[0].year for c, news in zip(complete, released) if news):
            complete = [c for c, news in zip(complete, released) if not news]
        # Titles of other reports may stand above the report's own (links to related reports): the one the
        # lead-in names with its year is the report's, else the first.
        key = digit_year(to_key(lead))
        # (the same report's title twice, its issuer named longer or shorter, is no other report)
        first = complete[0]
        # The page's heading names the body shorter than the report's own title of that year below it ('区某局' or '某区某街道'
        # over '某市某区…', '某市某区' over '某市某区人民政府'): the fuller name of the same body is the issuer (A1).
        # (a file-name line '某区政府办公室2022年…报告.docx' over the title '某区人民政府办公室…': 政府 for 人民政府 is the same
        # body's short form, round 58)
        first = next((c for c in complete[1:] if c.year == first.year and len(c.agency) > len(first.agency)
                      and (to_key(c.agency).endswith(to_key(first.agency))
                           or _GOVERNMENT_OF.fullmatch(to_key(c.agency).removeprefix(to_key(first.agency)))
                           or _without_people(to_key(c.agency)) == to_key(first.agency))), first)
        named = [c for c in complete if to_key(c.agency) in key and str(c.year) in key]
        other = named and (named[0].year != first.year or not (to_key(named[0].agency) in to_key(first.agency)
                                                             or to_key(first.agency) in to_key(named[0].agency)
                                                             or _without_people(to_key(first.agency))
                                                             == _without_people(to_key(named[0].agency))
                                                             or autonomous_short(to_key(named[0].agency),
                                                                                  to_key(first.agency))))
        return named[0] if other else first
    for first, second in zip(lines, lines[1:]):  # a title wrapped over two lines
        if TITLE_TAIL.search(to_key(first)):
            continue
        info = parse_title(first + second)
        if is_complete(info):
            return info
    return best or TitleInfo(None, None, None)


_GOVERNMENT_OF = re.compile(r"(?:人民)?政府")  # an area's name and then its government's: the same body


def _without_people(key: str) -> str:
    """key with its 人民政府 written 政府, as short forms of a government's (or its office's) name do."""
    return key.replace("人民政府", "政府")


# A piece of a wrapped title: short, no sentence or field punctuation.
_MAX_PIECE = 40
_NOT_A_PIECE = re.compile(r"[。；;，,！？：:|]")
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}(?:年度?)?")


def _unwrapped(lines: list[str]) -> list[str]:
    """lines with a title wrapped over two or three lines at any point joined into one: '某某市某某区统计' / '局2021年政府信'
    / '息公开工作年度报告', '2024年某某街道办事处' / '政府信息公开' / '工作年度报告', '某某县统计局201' / '9年…报告'
    (centred titles of a PDF or a narrow page; a line that is a title on its own is left as it is)."""
    out, i = [], 0
    while i < len(lines):
        size = next((k for k in (3, 2) if _is_wrapped(lines[i : i + k], k)), 1)
        out.append("".join(lines[i : i + size]))
        i += size
    return out


def _is_wrapped(window: list[str], size: int) -> bool:
    """True when the lines of window are one title cut into pieces (the joined text reads a whole title that opens
    with its issuer or year, its tail ending in the last piece, and no piece before the last a title of its own)."""
    if len(window) < size or any(len(x) > _MAX_PIECE or _NOT_A_PIECE.search(x) or _LINK_LABEL.match(x) for x in window):
        return False
    text = "".join(window)
    key = digit_year(to_key(text))
    tail = TITLE_TAIL.search(key)  # (first: most windows of a page's first lines hold no title at all)
    if tail is None or tail.end() <= len(text) - len(window[-1]):
        return False
    if any(TITLE_TAIL.search(to_key(x)) for x in window[:-1]):
        return False  # a whole title above: lines of their own (two titles, a title over its subtitle)
    if any(len(x) >= 2 and to_key(y).startswith(to_key(x)) for x, y in zip(window, window[1:])):
        # (round 32) a piece the next one opens with again is a copy of the name cut short (a byline's '来源：某某
        # 管理委员' over '某某管理委员会2022年…报告'), not the name's first half
        return False
    info = parse_title(text)
    if not is_complete(info):
        return False
    if any(agency_name(x) == x and _opens_with_place(to_key(y)) for x, y in zip(window, window[1:])):
        return False  # a name alone over a line opening with a place: two names ('某某县人民政府' / '某某县水利局…')
    # the issuer (or the year, then the issuer) opens the first piece: nothing stands before the title
    agency = to_key(info.agency)
    start = key.find(agency)
    if start < 0 or (start > 0 and not _LEADING_YEAR.fullmatch(key[:start])):
        return False
    alone = parse_title(window[-1])
    if not is_complete(alone):
        return True  # the last piece says less alone ('信息公开工作年度报告', '9年…报告')
    # the last piece is a title alone ('理局2017年…报告'): joined only when its issuer is the end of a longer name,
    # the fragment neither a name of its own (a place opens it) nor a level word's short form ('市水利局')
    fragment = to_key(alone.agency)
    head = agency[: len(agency) - len(fragment)]  # (with a place or a unit's word: no control's label, '主题颜色', round 41)
    return (len(agency) > len(fragment) and agency.endswith(fragment) and not _SHORT_FORM.match(fragment)
            and not _opens_with_place(fragment) and not find_chains(fragment)
            and (_opens_with_place(head) or bool(_NAME_WORD.search(head))))


def _wrapped_name(above: str, line: str, info: TitleInfo) -> TitleInfo | None:
    """The title read across the line above when the title wrapped inside its issuer's name: '某某县人民政府' /
    '办公室2022年…报告', '某某县市场监督' / '管理局2022年…报告' (the line above opens with a place and, with the
    fragment before the year, makes one longer name); None otherwise."""
    if info.year is None or _YEAR.search(above) or re.search(r"[^\u4e00-\u9fff]", above) or not 2 <= len(above) <= 24:
        return None
    key = to_key(line)
    year = _YEAR.search(key)
    if not year or year.start() == 0:
        return None  # no fragment before the year: the line above is a cover line, read as such
    joined = parse_title(above + line)
    if not (joined and joined.agency and joined.year == info.year) or to_key(joined.agency) != to_key(above) + key[: year.start()]:
        return None
    # the line above opens with a place, the fragment neither with a place nor with a level word (市人民防空办公室):
    # a title naming its body in full, or by its level word, stands alone
    # (nor holds a place anywhere: junk glued before a full name, '某某娱乐文山某某管委会', is no half of a name)
    fragment = key[: year.start()]
    if len(fragment) > _MAX_FRAGMENT or _SHORT_FORM.match(fragment) or _opens_with_place(fragment) or find_chains(fragment):
        return None
    return joined if _opens_with_place(to_key(above)) else None


def _opens_with_place(key: str) -> bool:
    """A place's name opens key (a place the gazetteer lacks counts: a unit word within its first characters)."""
    chains = find_chains(key[:12], opening_province_stem=True)
    return bool(chains and chains[0].start == 0) or bool(_OPENS_WITH_UNIT.match(key))


_MAX_FRAGMENT = 10  # '人民政府办公室', '市场监督管理局': the tail of a name, not a name
_NAME_WORD = re.compile(r"[省市县区旗州盟乡镇村街局委办厅部署院会府处室队站所司团校馆师场关国]")
_OPENS_WITH_UNIT = re.compile(r"^[\u4e00-\u9fff]{1,7}?(?:省|自治区|市|州|盟|地区|县|旗|区|镇|乡|街道|苏木)")
