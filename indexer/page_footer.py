"""The web page's footer after the report's last line: no part of the report.

A page saved whole ends with the site's footer: links to the neighbouring articles ('下一篇：没有了'),
the site's owner and licence numbers ('主办单位：…', '网站标识码…', '…ICP备…号'), the site's switchboard
('联系电话：…') and image names. Left in the last part they answer queries no report answers (没有, 联系电话
of the site, 版权所有) and show in its snippets. Their owner and address are read as hints before this
(placing.py reads '主办：…'); the footer is only taken out of the part's text.
"""
from __future__ import annotations

import re

from indexer.model import Section

# Lines that only a site's footer or an article page's furniture writes.
FOOTER_LINE = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]?|版权所有|主办单位\s*[:：]|承办单位\s*[:：]|^主\s*办\s*[:：]"
    r"|网站标识码|ICP\s*备|ICP\s*证|公网安备|技术支持\s*[:：]|网站地图|关闭窗口|打印本页|返回顶部|^[【\[]?(?:打印|关闭)[】\]]"
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
