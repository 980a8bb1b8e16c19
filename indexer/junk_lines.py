"""What a saved page carries that is no text of any report: markup kept as text, and keyword stuffing.

Some copies of a page keep its markup as text (`<noscript id="x"><dd id="x"></dd></noscript>` above the title), and
hijacked mirrors put a line of adult sites' search phrases there (a dozen comma-separated phrases, each naming such a
video). Left in, both were read as the report's opening (导言) and shown as its snippet. Taken out before anything
reads the text, as the betting splices are (spam.py); the file itself is kept as it was and the report says what was
removed. A line holding words keeps its markup, which the pages show as text. A line is stuffing only when most of
its comma-separated phrases, three at least, hold such a word: the words are read on the text's simplified key, and
no report lists them.
"""
from __future__ import annotations

import re

from indexer.model import Block
from indexer.script import to_char_key

# A tag: a name, then only attributes with values (`<dd id="x">`, `</dd>`, `<br/>`); never a comparison ('满意率<95%',
# 'a<b and c>d': no value, no tag).
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s+[A-Za-z_:][-\w:.]*\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))*\s*/?>")
# Words of adult sites' phrases (on the simplified key): none is a word of a government report.
_ADULT = re.compile(r"无码|毛片|熟妇|口爆|吞精|喷潮|一区二区|国产精品|精品视频|久久精品|精品一区|亚洲欧美|日韩|国产一区|国产在线"
                    r"|在线播放|国产(?i:va)|(?i:av)在线|激情|三级片|色情")
_PHRASES = re.compile(r"[,，、|]")
_BULLETS = re.compile(r"^[\s•·●◦▪\-*]*(?:\d{1,2}[.、．])?\s*$")  # what a list item of markup leaves


def stuffing(line: str) -> bool:
    """Whether a line is a list of adult sites' search phrases: three or more, most of them holding such a word."""
    phrases = [p for p in _PHRASES.split(to_char_key(line)) if p.strip()]
    marked = sum(1 for p in phrases if _ADULT.search(p))
    return len(phrases) >= 3 and marked * 2 > len(phrases)


def drop_junk(blocks: list[Block]) -> tuple[list[Block], int]:
    """Blocks without the lines that are markup kept as text (nothing but tags and bullets) and without stuffed
    lines, and how many were removed. Tables are left to the table reader."""
    # One look at the whole text first (one conversion to the simplified key, not one a line): nearly every report
    # holds neither, and its blocks go through as they are.
    whole = "\n".join(b for b in blocks if isinstance(b, str))
    if "<" not in whole and not _ADULT.search(to_char_key(whole)):
        return list(blocks), 0
    out: list[Block] = []
    changed = 0
    for block in blocks:
        if not isinstance(block, str) or ("<" not in block and not _ADULT.search(to_char_key(block))):
            out.append(block)
            continue
        text = _TAG.sub("", block)
        if stuffing(text):
            changed += 1
            continue
        # Only a line that is markup and nothing else goes; a line with words keeps its markup, shown as text (the
        # pages escape it: tests/robust, a hostile report's <script> in its title). Review of session 24: taking the
        # tags out of every line hid what the escaping tests check and showed a report other than its page.
        if text != block and _BULLETS.match(text):
            changed += 1
            continue
        out.append(block)
    return out, changed


def junk_warning(count: int) -> str:
    """The report's warning when such lines were removed."""
    return f"页面中与报告无关的文字（{count} 行：网页代码或关键词堆砌）已删除，原始文件未改动。"
