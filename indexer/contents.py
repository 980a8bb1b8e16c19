"""A report's table of contents: its parts listed on lines of their own, then the same headings again over their text.

'目录' / '1.总体情况' '2.主动公开政府信息情况' … '6.其他需要报告的事项', then '1.总体情况' over its paragraph … (or
'一、总体情况' … '六、…' twice, or the list numbered and the headings not): the first run is a contents list, part of
the lead-in, and the parts are the second run's (round 72). Read as headings, the list's lines took parts 1–5 with
nothing under them and left the whole body to part 六.

One rule: two or more lines in a row, numbered alike and in order, short and no sentence (a page number or dot
leaders after the words are the list's), are a contents list when at least two of them — and no fewer than half —
come again later, in the same order, as a line in the same words (numbered or not, or run into its paragraph:
'1.总体情况。2022年，…'). A list whose headings never come again stays as it is: a page cut after its headings keeps
its parts, empty. Lines only, never a table; linear in the lines for each run of such lines.
"""
from __future__ import annotations

import re

from indexer.model import Block, Table
from indexer.normalize import clean_line, squeeze

_NUMERALS = "一二三四五六七八九十"
_LABEL = re.compile(rf"^(?:(\d{{1,2}})\s*[、.．](?!\d)|([{_NUMERALS}])\s*[、丶.．]|第([{_NUMERALS}])部分[:：、.．,，]?"
                    rf"|[(（]([{_NUMERALS}])[)）])\s*")
# dot leaders and a page number closing a contents line: '一、总体情况……………1', '2.主动公开情况 .... 3'
_LEADER = re.compile(r"(?:[\s.．…·_—-]{2,}\d{0,3}|\s+\d{1,3})$")
_SENTENCE = re.compile(r"[。；;：:！？!?，,]")
_MAX_LINE = 60
_MAX_WORDS = 40
_RUN_IN = re.compile(r"[。：:\s，,]")


def _entry(block: Block) -> tuple[str, int, str] | None:
    """(numbering style, number, words) of a short numbered line with no sentence in it, else None."""
    if isinstance(block, Table) or len(block) > _MAX_LINE:
        return None
    key = squeeze(clean_line(block))
    match = _LABEL.match(key)
    if not match:
        return None
    words = _LEADER.sub("", key[match.end():]).rstrip("。.:：")
    if len(words) < 2 or len(words) > _MAX_WORDS or _SENTENCE.search(words):
        return None
    style = next(k for k in range(1, 5) if match.group(k))
    value = match.group(style)
    return str(style), (int(value) if value.isdigit() else _NUMERALS.index(value) + 1), words


def _leader_only(block: Block) -> bool:
    return isinstance(block, str) and bool(_LEADER.fullmatch(block.strip())) and len(block.strip()) < 20


def _unlabelled(block: Block) -> str:
    key = squeeze(clean_line(block[:200]))
    match = _LABEL.match(key)
    return key[match.end():] if match else key


def _again(words: str, text: str) -> bool:
    """Whether a later line's text (its number taken off) is a heading in these words, alone or run into a paragraph."""
    return text.rstrip("。.:：") == words or (text.startswith(words) and bool(_RUN_IN.match(text[len(words):])))


def contents_list(blocks: list[Block]) -> set[int]:
    """Indices of the lines that are a table of contents (see above): never part headings."""
    out: set[int] = set()
    index = 0
    while index < len(blocks):
        first = _entry(blocks[index])
        run = [(index, first)] if first else []
        end = index + 1
        while run:
            while end < len(blocks) and _leader_only(blocks[end]):  # (a page number split off its line)
                end += 1
            nxt = _entry(blocks[end]) if end < len(blocks) else None
            if not (nxt and nxt[0] == run[-1][1][0] and nxt[1] == run[-1][1][1] + 1):
                break
            run.append((end, nxt))
            end += 1
        if len(run) < 2:
            index += 1
            continue
        matched, at = 0, 0
        for later in range(end, len(blocks)):
            if at == len(run):
                break
            block = blocks[later]
            if isinstance(block, Table):
                continue
            text = _unlabelled(block)
            # (the list's entries in order; one the body leaves out is passed over)
            hit = next((k for k in range(at, len(run)) if _again(run[k][1][2], text)), None)
            if hit is not None:
                matched, at = matched + 1, hit + 1
        if matched >= 2 and 2 * matched >= len(run):
            out.update(range(index, end))
        index = end
    return out
