"""Text clean-up shared by the parser stages: width folding, markup left by converters, reflow."""
from __future__ import annotations

import re
import unicodedata

from indexer.memo import for_short_texts
from indexer.model import Block, Table
from indexer.script import strip_glosses, to_key
from search.folding import INVISIBLE_CHARACTERS

# Full-width ASCII (０-９, Ａ-Ｚ, （）) folds to half-width; CJK punctuation such as 、 and 。 stays.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space


_HAS_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")


_FOLDED = {chr(code): chr(folded) for code, folded in _FULLWIDTH.items()}


def _fold_match(match: re.Match) -> str:
    return _FOLDED[match.group()]


def fold_width(text: str) -> str:
    """Fold full-width letters, digits and brackets to ASCII: '２０２０年（一）' -> '2020年(一)'."""
    # translate() with a dict costs a lookup for every character; a line holds a few full-width
    # brackets at most, and a substitution costs only those.
    return _HAS_FULLWIDTH.sub(_fold_match, text)


# Digits and Latin letters a copy typed or converted full-width ('２０２０年', 'ＸＸ局'), folded once where the document's
# text enters the parser (``fold_document``): every stage's patterns, [0-9] and \d alike, then read 2020. Full-width
# punctuation (，：（）) is the page's own typography and stays; the stages that need it folded fold it (``compact``).
_WIDE_ALNUM = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
_HAS_WIDE_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def fold_alnum(text: str) -> str:
    """Full-width digits and Latin letters as ASCII, punctuation as written: '２０２０年（一）' -> '2020年（一）'."""
    return text.translate(_WIDE_ALNUM) if _HAS_WIDE_ALNUM.search(text) else text


def _fold_blocks(blocks: list[Block]) -> list[Block]:
    return [fold_alnum(b) if isinstance(b, str) else Table([[fold_alnum(c) for c in row] for row in b.rows])
            for b in blocks]


def fold_document(doc) -> None:
    """Fold full-width digits and letters in a reader's blocks (tables' cells too), its hints and its OCR twin, in
    place: the one place every reader's text passes before the parser's stages read it."""
    doc.blocks = _fold_blocks(doc.blocks)
    doc.meta = {key: fold_alnum(value) if isinstance(value, str) else value for key, value in doc.meta.items()}
    if doc.ocr is not None and doc.ocr.confident_blocks:
        doc.ocr.confident_blocks = _fold_blocks(doc.ocr.confident_blocks)


# Converters leave markdown behind: '## 一、总体情况', '**（一）主动公开**'.
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_BOLD = re.compile(r"\*\*|__")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")


def quoted(text: str) -> str:
    """Text from a report quoted in a message: “…”, its own double quotes made single (‘…’), as
    Chinese nests them, so the quote ends where it should: '3.危及“三安全一稳定”' -> “3.危及‘三安全一稳定’”."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def strip_markup(line: str) -> str:
    """Drop markdown heading hashes and bold markers a PDF/Word converter left in a line, and the 【】 a site's
    editor put round a whole numbered heading ('【一、总体情况】')."""
    if "#" in line:
        line = _MD_HEADING.sub("", line)
    if "*" in line or "_" in line:
        line = _MD_BOLD.sub("", line)
    # (a membership test first: clean_line runs on every piece of a crawled one-line page)
    return _BRACKETED_HEADING.sub(r"\1", line) if "【" in line or "[" in line else line


_BRACKETED_HEADING = re.compile(r"^\s*[【\[]([一二三四五六七八九十]{1,3}[、．.][^【】\[\]]{2,40})[】\]]\s*$")


@for_short_texts()  # title, heading and report tests compact the same opening lines again
def compact(text: str) -> str:
    """Width folded and without spaces, in the script it is written in ('一、 概述' -> '一、概述')."""
    return _SPACES.sub("", fold_width(text)).strip()


@for_short_texts()  # every heading test squeezes the same line again
def squeeze(text: str) -> str:
    """The key form for matching headings and labels: compact and simplified ('一、 總體情況' == '一、总体情况')."""
    return to_key(compact(text))


# PDF and OCR text space out Chinese words ('不 予公开', '年度办 理结果'); Chinese has no spaces.
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


# Web pages render list items and menus with a bullet before the text: '  • 一、总体情况', and a converter's
# markdown list with a dash or star and a space: '- 总体情况' (a page's '- 3' widget count is no heading either way).
_BULLET = re.compile(r"^\s*(?:[•·●○■□◆◇▪▶►]\s*|[-–*+]\s+(?=[\u4e00-\u9fff]))")


@for_short_texts()  # every heading test cleans the same line again (reflow, part headings, sub-headings)
def clean_line(line: str, keep_gaps: bool = False) -> str:
    """A line as shown to readers: markup, bullets and pinyin glosses stripped, NFC, spaces
    collapsed and dropped between Chinese (kept with ``keep_gaps``: on a crawled one-line page a
    space is what sets off a run-in heading, '… 三、政府信息主动公开情况 我局…')."""
    if "?" in line or "？" in line:  # (membership tests first: most lines hold none of these marks)
        line = _MOJIBAKE_SPACE.sub("", line)
    if _ZERO_WIDTH.search(line):  # '某某县民政局\u200b2021年…': an editor's invisible marks split words apart
        line = _ZERO_WIDTH.sub("", line)
    if ",、" in line or ",。" in line:  # (a membership test first: most lines hold neither)
        line = _STRAY_COMMA.sub("", line)
    line = strip_markup(line)
    bullet = _BULLET.match(line)  # anchored: a match at the start is the only one sub() could make
    if bullet:
        line = line[bullet.end():]
    line = _SPACES.sub(" ", unicodedata.normalize("NFC", strip_glosses(line))).strip()
    if len(line) <= _MAX_SPACED_HEADING:
        line = _SPACED_NUMERAL.sub(r"\1、", line)
    return line if keep_gaps or " " not in line else _CJK_GAP.sub("", line)


# A mirror's script converter puts a half-width comma before every enumeration comma and full stop ('公開,、透明,。',
# even '一,、總體情況'): no writer puts a comma there, and left in it breaks the part headings and every sentence shown.
_STRAY_COMMA = re.compile(r",(?=[、。])")
# Zero-width spaces and joiners, a word joiner and a stray byte-order mark: invisible, no part of any word (the list
# a query is folded by too).
_ZERO_WIDTH = re.compile(f"[{INVISIBLE_CHARACTERS}]")


# Ideographic spaces a mirror's wrong encoding turned into question marks: '????一、总体情况',
# '…取得扎实成效。?' (a line never opens with '?', nor does one follow a sentence's end); where the page
# kept the spaces between them, '? ? ? （一）主动公开。…', they are the same indent.
_MOJIBAKE_SPACE = re.compile(r"^\s*[?？](?:\s*[?？])*(?=\s*[\u4e00-\u9fff\d(（])|(?<=[。；：:])[?？]+\s*$")


# A heading whose numeral is set off by a space instead of 、 ('一 概述'), as converted pages write it.
_SPACED_NUMERAL = re.compile(r"^([一二三四五六七八九十]{1,3}) (?=[\u4e00-\u9fff])")
_MAX_SPACED_HEADING = 30


# Where a sentence may end; a line ending otherwise was probably wrapped by the publisher's tool.
_TERMINAL = tuple("。！？；：…”’」』)）】:;!)")  # ASCII forms too: copies fold full-width punctuation
_LIST_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、]|附件|注[:：])"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A letter's salutation, the bodies it is addressed to ('各县(市、区)人民政府，市政府各委办局：'): a line of its own, never a
# wrapped title's end ('关于印发…分工的通知' + the salutation read as one line hid the notice under it).
SALUTATION = re.compile(r"^各[^。，,]{1,40}?(?:人民政府|政府|部门|单位|机构|办公厅|办公室|委办局|直属机构)[^。]{0,60}[:：]$")
_SENTENCE_MARK = re.compile(r"[。，,；;]")
# What a document's title ends in (…分工的通知, …年度报告（征求意见稿）): only after one is a salutation kept apart; a
# sentence wrapped in a line with no comma ('…并按照上级统一部署要求' + '各部门单位开展自查，具体如下：') is still joined.
_TITLE_END = re.compile(r"(?:通知|通报|意见|决定|报告|年报|函|办法|方案|要点|规定|批复|公告|通告|请示|细则|计划|安排)"
                        r"(?:[(（][^)）]{1,12}[)）])?$")


# A paragraph's first line is indented: '\u3000\u3000根据《条例》…' or four spaces.
_INDENT = re.compile(r"^(?:\u3000|[ \u00a0]{2,})")


def is_indented(line: str) -> bool:
    """True for a line that opens with a paragraph indent (ideographic or two or more spaces)."""
    return bool(_INDENT.match(line))


# A page's chrome above the report, no paragraph of it: a breadcrumb ('首页 > 政务公开 > 年报'; between two
# arrows no figure or sentence punctuation, which a sentence of rates has: 满意率>95%，办结率>98%), the metadata table's
# fields ('索引号：… | 主题分类：…', '发布机构： | 发文日期：2021-01-20', '浏览次数：128'; flattened with pipes, round 60:
# '索引号|…|发文日期|2020年03月31日|…'), the reading widgets; a site's search box and accessibility switches on a line
# of no sentence (round 60: '请输入关键字 搜索 高级检索 无障碍浏览 长者模式', '关怀版 无障碍', '无障碍阅读 | 长者版').
_FIELD = (r"^[【\[]?(?:索引号|发布机构|发文机关|发文日期|发布日期|发布时间|成文日期|生成日期|信息来源|来源|浏览次数|访问量|点击数"
          r"|阅读次数|主题分类|文号|字号|字体|分享到)\s*[:：】\]|｜]")
_WIDGETS = (r"^(?![(（]?[一二三四五六七八九十\d]{1,3}[)）、.．])(?=[^。，,；;！？]{1,80}$).*?"
            r"(?:无障碍|长者(?:模式|版|专区|助手)|关怀版|适老(?:模式|版)|请输入(?:关键字|关键词|搜索|检索|您要)|高级检索)")
# A byline or a widget line: chrome that, unlike a breadcrumb, never carries the report's title ('发布时间：… 来源：…
# 浏览次数：…【打印】【关闭】' under a title's first line is no part of it; round 60).
BYLINE = re.compile(_FIELD + "|" + _WIDGETS)
CHROME_LINE = re.compile(r"(?:首页|当前位置|您的位置)\s*[>»＞›]|[>»＞›][^>»＞›\d%％。，,；;]{1,12}[>»＞›]"
                         r"|^[【\[]?(?:当前位置|您的位置|您现在的位置)\s*[:：】\]]|" + _FIELD + "|" + _WIDGETS)


def reflow(blocks: list[Block], looks_like_heading, starts: list[bool] | None = None) -> list[Block]:
    """Join text lines that a page or line break split mid-sentence.

    '二是新增设养老服务' + '栏目，对百岁老年人…' becomes one paragraph. A line is continued when it
    is long enough to be running text, does not end a sentence, and the next line is neither a
    heading nor a list item nor marked in ``starts`` as opening a paragraph (it was indented).
    Tables, short lines (signatures) and a title ('…政府信息公开工作的报告') are left alone.
    """
    out: list[Block] = []
    parts: list[str] = []  # pieces of the paragraph being built (joined once: no quadratic copying)
    length = 0
    prev_heading = False  # whether that paragraph's first line is a heading
    chrome = False  # whether that paragraph's first line is the page's chrome (a breadcrumb, a metadata field)

    def flush() -> None:
        if parts:
            out.append("".join(parts))
            parts.clear()

    for i, block in enumerate(blocks):
        if not isinstance(block, str):
            flush()
            out.append(block)
            continue
        heading = looks_like_heading(block)
        last = parts[-1] if parts else ""
        if (
            parts
            and not (starts and starts[i])
            and length >= 20
            and not (length <= 60 and last.endswith("报告"))
            and _CJK.search(last[-3:] + block[:3])
            and not last.endswith(_TERMINAL)
            and not _LIST_START.match(block)
            and not heading
            and not prev_heading
            and not chrome  # the page's metadata fields are lines of their own,
            and not CHROME_LINE.search(block)  # not a paragraph with the lead-in after them
            and not (SALUTATION.match(block) and _TITLE_END.search(last) and not _SENTENCE_MARK.search(last))
        ):
            # No space between CJK characters; keep one between Latin words.
            if last[-1].isascii() and block[0].isascii() and last[-1].isalnum() and block[0].isalnum():
                parts.append(" ")
            parts.append(block)
            length += len(block)
        else:
            flush()
            parts.append(block)
            length, prev_heading, chrome = len(block), heading, bool(CHROME_LINE.search(block))
    flush()
    return out


def is_table(block: Block) -> bool:
    """True for a Table block."""
    return isinstance(block, Table)
