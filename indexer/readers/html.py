"""Saved web pages via lxml: the report's own content, not the site around it.

The only module that imports lxml.html. Inline runs are joined without spaces (Word-pasted
markup cuts '2023' into '20</span><span>23'), block elements and <br> end a block, and each
<table> becomes a ``Table`` with colspan/rowspan laid out on a grid by the rule in ``grid``
(rowspan repeated down label columns, blank elsewhere; colspan once, blanks after it).
"""
from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from indexer.model import Block, Document, Table, UnreadableFile
from indexer.readers.grid import CJK_CHAR, Span, join_wrapped, tidy_spaces, to_table
from indexer.readers.text import decode_bytes, linked_source

MAX_HTML_BYTES = 20 * 1024 * 1024
_NOISE = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
          "select", "button", "input", "textarea", "head", "nav"]
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "section", "article", "main", "aside", "header", "footer", "blockquote", "pre", "address",
          "figure", "figcaption", "center", "form", "fieldset", "hr", "tr", "td", "th", "caption",
          "ucapcontent"}
# Content containers of the CMSs Chinese government sites run on (TRS, Ucap, …), most specific
# first; a generic scoring pass picks the container when none of these holds the text.
_KNOWN = ["//ucapcontent", "//*[contains(concat(' ', @class, ' '), ' TRS_Editor ')]",
          "//*[contains(@class, 'TRS_UEDITOR')]", "//*[@id='zoom' or @id='Zoom' or @id='fontzoom']",
          "//*[@id='UCAP-CONTENT' or @id='ucap-content']"]
_MIN_CONTAINER_CJK = 100
_MAX_CELL_CJK = 300  # a data-table cell is a label or a figure; one this long is page layout
_META_LABELS = {"发布机构": "publisher", "来源": "source", "公开日期": "published",
                "发布日期": "published", "发布时间": "published", "索引号": "index_number",
                "名称": "name", "标题": "name"}
# 'label：value' in a byline such as '发布时间：2024-01-17 09:30 来源：沭阳县发改局 浏览次数：12'.
_LABEL_VALUE = re.compile(r"(发布机构|来源|公开日期|发布日期|发布时间|索引号|名称|标题)\s*[:：]\s*"
                          r"(https?://\S+|[^\s:：]+(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)")
# Class or id of the element CMSs put an article's title in: 'title', 'article-title', 'bt' (标题).
_TITLE_CLASS = re.compile(r"title|biaoti|(?:^|[\s_-])(?:bt|tit)(?:$|[\s_-])", re.IGNORECASE)
_MAX_TITLE = 100
_PROSE = re.compile(r"[。，；]")
_SPACES = re.compile(r"[\s\u00a0\u3000]+")


def decode_html(data: bytes) -> str:
    """Decode page bytes by BOM, then the declared meta charset, then detection."""
    if data[:4].startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data)[0]
    declared = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w:-]+)", data[:8192], re.IGNORECASE)
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = "gb18030" if name in {"gb2312", "gbk", "x-gbk"} else name  # declared GB2312 pages use GBK
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to detection
    return decode_bytes(data)[0]


def _cjk(text: str) -> int:
    """Number of CJK characters in text."""
    return len(CJK_CHAR.findall(text))


# A part heading run into its paragraph ('…有关工作。 二、主动公开政府信息情况 全年…', a page whose report sits in one
# <p>) is set off by the spaces around it, as a text copy keeps them: dropped as layout between CJK characters, they
# left the heading glued to the words on both sides, where the run-in splitter (sections.split_inline_headings) wants a
# sentence end or a space before a numbered phrase and a space after one that ends like a heading. So the space before
# a chapter numeral with its 、 stays, and the space after the numbered phrase when one ends it within 30 characters
# of no sentence mark ('…年度报告 一、总体情况 2021年…'); a space inside a word ('总 计', '一、概 述') still goes.
_RUN_IN_HEADING = re.compile(r"(?<=\S) (?P<heading>[一二三四五六七八九十]{1,3}、)(?:(?P<phrase>[^\s。，,；;：:！？!?]{2,30}) )?")
_KEPT_SPACE = "\x00"  # lxml gives no NUL in text: a mark that tidy_spaces passes over


def _keep_run_in_spaces(match: re.Match) -> str:
    phrase = match.group("phrase")
    return _KEPT_SPACE + match.group("heading") + (phrase + _KEPT_SPACE if phrase else "")


def _clean(text: str) -> str:
    """Collapse HTML whitespace, then drop spaces between CJK characters, but not around a run-in part heading."""
    text = _RUN_IN_HEADING.sub(_keep_run_in_spaces, _SPACES.sub(" ", text))
    return tidy_spaces(text).replace(_KEPT_SPACE, " ").strip()


def _flush(buf: list[str], out: list[Block]) -> None:
    text = _clean("".join(buf))
    if text:
        out.append(text)
    buf.clear()


def _flow(el: etree._Element, out: list[Block], buf: list[str]) -> None:
    """Append el's content to out: inline runs glued together, blocks and tables separate."""
    if el.text:
        buf.append(el.text)
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "table":
            _flush(buf, out)
            out.extend(_table(child))
        elif tag in _BLOCK:
            _flush(buf, out)
            _flow(child, out, buf)
            _flush(buf, out)
        elif tag == "br":
            _flush(buf, out)
        elif tag:
            _flow(child, out, buf)
        if child.tail:
            buf.append(child.tail)


def _cell_text(cell: etree._Element) -> str:
    """A table cell's text: its lines joined as wrapped text, nested tables flattened."""
    parts: list[Block] = []
    buf: list[str] = []
    _flow(cell, parts, buf)
    _flush(buf, parts)
    text = ""
    for part in parts:
        flat = part if isinstance(part, str) else " ".join(" ".join(r) for r in part.rows)
        text = join_wrapped(text, flat.strip())
    return text


def _int(value: str | None, limit: int) -> int:
    """A colspan/rowspan attribute as an int in 1..limit."""
    m = re.match(r"\s*(\d+)", value or "")
    return max(1, min(int(m.group(1)), limit)) if m else 1


def _table(tbl: etree._Element) -> list[Block]:
    """A <table> as a Table on its grid; a layout table is read as text."""
    rows = tbl.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    spans: list[Span] = []
    taken: set[tuple[int, int]] = set()
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.xpath("./td | ./th"):
            while (r, c) in taken:
                c += 1
            rowspan, colspan = _int(cell.get("rowspan"), len(rows) - r), _int(cell.get("colspan"), 100)
            spans.append(Span(r, c, _cell_text(cell), rowspan, colspan))
            taken.update((rr, cc) for rr in range(r, r + rowspan) for cc in range(c, c + colspan))
            c += colspan
    if not spans:
        return []
    if max(s.col + s.colspan for s in spans) == 1 or any(_cjk(s.text) > _MAX_CELL_CJK for s in spans):
        # Layout, not data: a one-column frame, or a cell holding whole paragraphs.
        out: list[Block] = []
        for cell in tbl.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th"):
            buf: list[str] = []
            _flow(cell, out, buf)
            _flush(buf, out)
        return out
    rows = [row for row in to_table(spans).rows if any(cell for cell in row)]
    return [Table(rows=rows)] if rows else []


def _container(root: etree._Element) -> etree._Element:
    """The element holding the report: a known CMS container, else the element whose
    paragraphs hold the most CJK prose (a paragraph scores its parent fully, grandparent half)."""
    for xpath in _KNOWN:
        for el in root.xpath(xpath):
            if _cjk(el.text_content()) >= _MIN_CONTAINER_CJK:
                return el
    scores: dict[etree._Element, float] = {}
    for p in root.iter("p", "div", "td", "li"):
        if p.tag != "p" and any(isinstance(c.tag, str) and (c.tag in _BLOCK or c.tag == "table") for c in p):
            continue  # only leaf blocks count as paragraphs
        text = p.text_content()
        n = _cjk(text)
        links = sum(_cjk(a.text_content()) for a in p.iter("a"))
        # Prose has sentence punctuation; menus, link lists and footers rarely do.
        if n < 10 or links * 2 > n or not _PROSE.search(text):
            continue
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + n
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + n / 2
    if not scores:
        return root
    return max(scores, key=scores.get)


def _meta(root: etree._Element) -> dict[str, str]:
    """Hints from the page: <title>, the report <h1>, 发布机构/来源/dates, its URL."""
    meta: dict[str, str] = {}
    titles = [_clean(t.text_content()) for t in root.iter("title")]
    if titles and titles[0]:
        meta["page_title"] = titles[0]
    headings = [_clean(h.text_content()) for h in root.iter("h1")]
    headings = [h for h in headings if h]
    h1 = next((h for h in headings if "报告" in h), headings[0] if headings else "")
    if h1:
        meta["h1"] = h1
    if h1 or titles:
        meta["title"] = h1 or titles[0]
    heading = _title_element(root)
    if heading:
        meta["heading"] = heading
    for el in root.xpath("//meta[@name='ArticleTitle' or @name='articletitle']/@content")[:1]:
        if _clean(el):
            meta["article_title"] = _clean(el)
    for cell in root.iter("td", "th"):
        key = _META_LABELS.get(_clean(cell.text_content()).rstrip(":："))
        value = cell.getnext()
        if key and value is not None and key not in meta and _clean(value.text_content()):
            meta[key] = _clean(value.text_content())
    for el in root.iter("div", "p", "span", "li", "td"):
        text = el.text_content()
        for m in _LABEL_VALUE.finditer(_SPACES.sub(" ", text)) if len(text) < 300 else ():
            meta.setdefault(_META_LABELS[m.group(1)], m.group(2))
    meta = linked_source(meta)
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = root.xpath(xpath)
        if found and "url" not in meta:
            meta["url"] = found[0]
    return meta


# Browsers record where a page was saved from in a comment before <html>:
# '<!-- saved from url=(0047)http://www.example.gov.cn/art/2021/1/5/art_1.html -->'.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.IGNORECASE)


def saved_from(text: str) -> str | None:
    """The address a browser's 'saved from url' comment records, or None."""
    match = _SAVED_FROM.search(text[:4096])
    return match.group(1) if match else None


def _title_element(root: etree._Element) -> str:
    """The text of a title-classed element that names a report ('<div class="title">…报告</div>'),
    outside links: old CMS pages put the title there rather than in <h1>."""
    for el in root.iter("div", "p", "span", "td", "h2", "h3", "strong"):
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _TITLE_CLASS.search(marks) or el.xpath("ancestor-or-self::a | .//a"):
            continue
        text = _clean(el.text_content())
        if "报告" in text and len(text) <= _MAX_TITLE:
            return text
    return ""


def read_html(path: Path) -> Document:
    """Read a saved report page; raise UnreadableFile when it holds no text."""
    size = path.stat().st_size
    if size > MAX_HTML_BYTES:
        raise UnreadableFile(f"HTML page too large: {size / 2**20:.1f} MB (limit {MAX_HTML_BYTES // 2**20} MB)")
    text = decode_html(path.read_bytes())
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an encoding declaration
    try:
        root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))  # broken CMS pages nest past 256
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableFile(f"unreadable HTML: {exc}") from exc
    meta = _meta(root)
    address = saved_from(text)
    if address and not meta.get("url", "").startswith(("http://", "https://")):
        meta["url"] = address
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_NOISE, with_tail=False)
    blocks: list[Block] = []
    buf: list[str] = []
    _flow(_container(root), blocks, buf)
    _flush(buf, blocks)
    if not blocks:
        raise UnreadableFile("HTML page has no text")
    return Document(blocks=blocks, kind="html", meta=meta)
