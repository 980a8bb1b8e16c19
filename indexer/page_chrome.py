"""The web page's furniture around the report: no part of it.

The header above the lead-in: breadcrumbs ('当前位置：首页 > 政务公开 > 年报'), image names and the metadata
table's fields left empty or holding widgets ('文号：', '字体：[ ] 打印', '浏览次数：') are taken out of the
preamble shown above part 一 (and searched when no part is found), and so are lines of no word (a layout table's
empty cells, '| ||||', also after a title's words); a field with a value ('发布时间：2020-01-19')
stays, as the page gives it. Every stage reads its hints before (parser.py calls this last).

The footer after the report's last line:

A page saved whole ends with the site's footer: links to the neighbouring articles ('下一篇：没有了'),
the site's owner and licence numbers ('主办单位：…', '网站标识码…', '…ICP备…号'), the site's switchboard
('联系电话：…') and image names. Left in the last part they answer queries no report answers (没有, 联系电话
of the site, 版权所有) and show in its snippets. Their owner and address are read as hints before this
(placing.py reads '主办：…'); the footer is only taken out of the part's text.
"""
from __future__ import annotations

import re

from indexer.model import Block, Section, Table
from indexer.normalize import CHROME_LINE, clean_line, compact

# Lines that only a site's footer or an article page's furniture writes.
FOOTER_LINE = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]?|版权所有|主办单位\s*[:：]|承办单位\s*[:：]|^主\s*办\s*[:：]"
    # (the page's links, which a report's own sentence may name: '完善网站地图', only as a line's first words)
    r"|网站标识码|ICP\s*备|ICP\s*证|公网安备|技术支持\s*[:：]|^[【\[]?(?:网站地图|关闭窗口|打印本页|返回顶部|打印|关闭)[】\]]?"
    r"|^[\w\-]+\.(?:png|jpe?g|gif|svg)$|建议使用.{0,20}浏览器|最佳浏览|分辨率浏览"
)
# A line between footer lines: short, and no sentence of the report (no full stop inside).
_SHORT = 60


def _footer_like(block) -> bool:
    return isinstance(block, str) and len(block) <= _SHORT and "。" not in block


def footer_start(blocks: list) -> int | None:
    """Where the page's footer starts in ``blocks`` (a part's last blocks), or None: the first of the
    trailing lines, all short or footer lines, that is itself a footer line."""
    start = None
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        # (its lines may be run together into one: the owner, licence numbers and switchboard)
        if isinstance(block, str) and FOOTER_LINE.search(block) and "。" not in block and len(block) <= 5 * _SHORT:
            start = i
        elif not _footer_like(block):
            break
    return start


def trim_footer(sections: list[Section]) -> bool:
    """Take the page's footer out of the last part; whether there was one."""
    if not sections:
        return False
    last = sections[-1]
    start = footer_start(last.blocks)
    if start is None or start == 0:
        return False  # a part of nothing but footer lines is no footer after a report
    del last.blocks[start:]
    last.subheadings = [h for h in last.subheadings if h.block < start]
    return True


IMAGE_NAME = re.compile(r"^[\w\-]+\.(?:png|jpe?g|gif|svg)$")
# A document-sharing site's wrapper around an uploaded report: the file's fields (ID, size, pages), each page image's
# caption ('某某年报_第1页'), its blurb ('…由会员上传分享，免费在线阅读…') and the label of the text it extracted.
DOC_SITE = re.compile(r"^ID\s*[:：]\s*\d+$|^大小\s*[:：]\s*[\d.]+\s*[KMG]B$|^页数\s*[:：]\s*\d+\s*页$|_第\d{1,3}页$"
                      r"|^资源描述\s*[:：]?$|由会员上传分享|免费在线阅读|免费下载")
# The captions re-joined into one line, as lines with no sentence end are ('…年报_第1页…年报_第2页资源描述:'). A caption's
# words never run past the next '_第N页': else a line of 24 captions and a description after them was split every
# way before it failed (13 s, minutes at 30).
_CAPTIONS = re.compile(r"^(?:(?:(?!_第\d)[^。]){2,80}_第\d{1,3}页)+\s*(?:资源描述\s*[:：]?)?$")
BREADCRUMB = re.compile(r"(?:首页|当前位置|您的位置|您当前的位置|您现在的位置)\s*[:：]?\s*.{0,30}[>»＞›]")
# A field label and what pages put after it when it holds nothing: widgets, blanks, question marks of a lost encoding.
_LABEL = (r"(?:索引号|文号|发文字号|有效性|主题分类|文件分类|所属机构|发布机构|信息来源|来源|浏览次数|浏览量|访问量|点击数|阅读次数"
          r"|字体|字号|分享到|打\s*印|关\s*闭)")
# (Possessive runs, and 打印 and 关闭 only as labels, spaced or not: a filler that could also be read as the next label split
# '打印打印…打印x' every way before it failed, a minute at 26 of them.)
EMPTY_FIELDS = re.compile(rf"^(?:[【\[]?{_LABEL}[】\]]?\s*+[:：]?[\s?？次\[\]【】大中小]*+)+$")


_WORD = re.compile(r"[^\W_]")


def _without_empty_cells(line: str) -> str:
    """A line without the empty cells a flattened table left after its words ('标题 | ||||' -> '标题'): a mirror's layout
    table around the title, with nothing in it. (Table recovery has read them before this: parser.py calls it last.)"""
    # Read from the end: a pattern looked for at every start ('(?:\s*\|)+\s*$') took 30 s over a line of 16,000 cells.
    end = len(line)
    while end and (line[end - 1] == "|" or line[end - 1].isspace()):
        end -= 1
    return line[:end] if "|" in line[end:] else line


def header_line(block: Block) -> bool:
    """Whether a preamble block is the page's furniture: a breadcrumb, an image's name, fields holding nothing, a
    document-sharing site's wrapper,
    a line or a table of no word at all (a layout table's empty cells, a rule of dashes)."""
    if isinstance(block, Table):
        return not any(_WORD.search(cell) for row in block.rows for cell in row)
    if isinstance(block, str) and _CAPTIONS.match(block):
        return True
    if not isinstance(block, str) or len(block) > 80 or "。" in block:
        return False
    return bool(IMAGE_NAME.match(block) or DOC_SITE.search(block) or (BREADCRUMB.search(block) and CHROME_LINE.search(block))
                or EMPTY_FIELDS.match(block) or not _WORD.search(block))


def trim_header(preamble: list[Block]) -> list[Block]:
    """The preamble without the page's furniture, and its lines without a layout table's empty cells after them."""
    kept = [_without_empty_cells(b) if isinstance(b, str) else b for b in preamble if not header_line(b)]
    return kept[_leading_menu(kept):]


# A site's menu, widgets and column list above the report, its list markers gone ('设为首页' / '加入收藏' / '无障碍阅读' /
# '长者版', '政策解读' / '经济发展' / …): shown as the report's opening they read as its first words. A line is such an
# item when it is short and holds nothing a report's opening line holds: no digit (a year, a date, a number), no
# punctuation (a field's colon, a sentence), no word of a title (报告, 年度, 年报) and no body's name (a cover's
# '某某县人民政府', a title split over short lines). Only a run of three or more from the preamble's start is taken:
# one or two short lines may be a cover's; and a run whose next line is a short one holding 报告 or 年报 is a cover's
# title set in short lines ('北山县融媒体中心' / '政府信息公开' / '工作情况' / '报告': its body's name ends otherwise than
# the names below), kept: a heading-less report is searched by its preamble, and a cover lost is text lost. (A menu's
# column of the reports names its subject with them, '政务公开年报': a run ending there is still the menu.)
_MENU_LINE = 10
_TITLE_WORD = re.compile(r"报告|年报")
_SUBJECT = re.compile(r"信息公开|政务公开")  # a column's whole name ('政务公开年报'), no title's last line
_NOT_MENU = re.compile(r"[〇零一二三四五六七八九十]{2}|\d|[，。,.;；:：、()（）《》“”\"|]|报告|年度|年报|人民政府|委员会|办公室"
                       r"|^.{2,}[局厅委办署府院会部处所站队镇乡街道区县市省州盟旗]$")


def _leading_menu(blocks: list[Block]) -> int:
    """How many of the preamble's first blocks are the site's menu (0 unless at least three)."""
    count = 0
    for block in blocks:
        if not isinstance(block, str):
            break
        line = compact(block)
        if not line or len(line) > _MENU_LINE or _NOT_MENU.search(line):
            if line and len(line) <= _MENU_LINE and _TITLE_WORD.search(line) and not _SUBJECT.search(line):
                return 0
            break
        count += 1
    return count if count >= _MENU_RUN else 0


# A site's menu copied as a list ('- 政策解读' / '- 经济发展' / … / '- 项目中心', round 41): its items are the page's chrome,
# no title and no cover line, though a menu item may read as a body's name ('服务中心', '办事大厅'). A run of at least
# three short items, each opening with a list marker and naming no year, is such a menu; a title or a name alone on
# its line is written without a marker.
_MENU_RUN = 3
_MENU_ITEM = 12
_LIST_MARKER = re.compile(r"^\s*(?:[•·●○■□◆◇▪▶►]|[-–*+]\s)")
_YEAR_IN = re.compile(r"(?:19|20)\d{2}")


def menu_items(raw: list[Block]) -> set[int]:
    """The indices of blocks that are items of a menu written as a list."""
    items = [isinstance(b, str) and bool(_LIST_MARKER.match(b)) and 0 < len(compact(clean_line(b))) <= _MENU_ITEM
             and not _YEAR_IN.search(b) for b in raw]
    found, run = set(), []
    for i, item in enumerate([*items, False]):
        if item:
            run.append(i)
            continue
        if len(run) >= _MENU_RUN:
            found.update(run)
        run = []
    return found
