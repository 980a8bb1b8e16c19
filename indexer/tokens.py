"""Read table text that has no cell separators with a tokeniser of the template's words.

Two forms need it: crawled pages whose whole body is one line with the cells run together
('一、本年新收政府信息公开申请数量21710000218'), split at the template's labels (the digits stay
one cell, for ``cells.split_glued_row``), and tables copied one cell per line without tabs
('本年新' / '制作数量' / '0'), where the line breaks keep the numbers apart.
"""
from __future__ import annotations

import re
from typing import Sequence

from indexer.cells import is_part_heading, is_value, normalise_cell
from indexer.model import Block, Table
from indexer.script import to_key

# Template vocabulary. Words are matched with optional spaces between characters because
# extraction leaves stray spaces inside labels ('社会公益 组织', '三、本年度办 理结果 ').
HEADER_WORDS = [
    "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "本年制发件数", "本年废止件数",
    "本年度止件数", "现行有效件数", "上一年项目数量", "本年增/减", "本年处理决定数量", "处理决定数量",
    "本年收费金额（单位：万元）", "本年收费金额(单位:万元)", "本年收费金额", "采购项目数量", "采购总金额",
    "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "社会组织",
    "法律服务机构", "其他", "总计", "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结",
    "未经复议直接起诉", "复议后起诉", "结果", "维持", "纠正", "尚未", "审结",
]
ROW_WORDS = [
    "规章", "行政规范性文件", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制",
    "行政事业性收费", "政府集中采购",
]
# Part-三 rows that start with 一、二、三、四、 and so look like part headings.
TOP_LABELS = ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果",
              "结转下年度继续办理"]
_GROUP_WORDS = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "其他", "总计"]


def _spaced(word: str) -> str:
    return r"\s*".join(re.escape(ch) for ch in word)


def _alternation(words: Sequence[str]) -> str:
    return "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))


_NUMERAL = r"[一二三四五六七][\s、，,.．]*"
_TOKEN_PATTERNS = [
    ("stop", rf"{_NUMERAL}(?:{_alternation(['存在的主要问题', '其他需要报告的事项', '总体情况'])})"),
    ("heading", rf"{_NUMERAL}(?:{_alternation(['主动公开政府信息情况', '收到和处理政府信息公开申请情况'])}"
                rf"|{_spaced('政府信息公开行政复议')}[、，]?{_spaced('行政诉讼情况')})"),
    ("marker", r"第\s*二\s*十\s*条\s*第\s*[（(]\s*[一二三四五六七八九十]+\s*[)）]\s*项"
               r"|[（(]\s*本列数据的勾稽关系[^)）]*[)）]?|表\s*[一二三四五六]\s*[:：][^\n]{0,30}?情况"),
    ("label", rf"(?:[一二三四][\s、，,.．]*)?(?:{_alternation(TOP_LABELS)})"
              rf"|[（(]\s*[一二三四五六七]\s*[)）]\s*(?:{_alternation(_GROUP_WORDS)})"
              r"(?:\s*[（(][^)）\d]*[)）])?"
              r"|[1-8]\s*[.．、]\s*[^\d\s（()）|]{2,60}"
              rf"|{_alternation(ROW_WORDS)}"),
    ("word", _alternation(HEADER_WORDS)),
    ("page", r"[—–][ \t]*\d{1,3}[ \t]*[—–]|-[ \t]+\d{1,3}[ \t]+-"),  # '— 5 —', not '-1' over '-1'
]
_TOKEN = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _TOKEN_PATTERNS))
_DIGIT = re.compile(r"[+\-]?\d")
_NUMBER_TAIL = re.compile(r"\s*(?:万元|元)")
_IGNORABLE = set(" \t\n\r\u3000\xa0()（）[]|:：*#“”\"'")
_GLUE_START = re.compile(
    r"第二十条第[（(][一二三四五六七八九十]+[)）]项|[（(]本列数据的勾稽关系|本年新收政府信息公开申请数量\s*\d")


def tokenise(text: str, pos: int = 0) -> tuple[list[tuple[str, str]], int]:
    """Template words, labels and numbers from ``pos`` on; stops at the first unknown text.

    The words are matched on the text's simplified key (one character to one, so a token is the text's own slice):
    a mirror's traditional copy writes '本年新收政府信息公開申請數量' (round 48)."""
    tokens: list[tuple[str, str]] = []
    key = to_key(text)
    n = len(text)
    while pos < n:
        match = _TOKEN.match(key, pos)
        if match and match.lastgroup == "stop":
            break
        if match and match.lastgroup:
            tokens.append((match.lastgroup, text[match.start():match.end()].strip()))
            pos = match.end()
            continue
        if text[pos] in _IGNORABLE:
            pos += 1
            continue
        if not _DIGIT.match(text, pos):
            break
        # A number runs until a label starts: in '…40000042.其他法律…' the '2' opens row 2.
        first = pos + 1 if text[pos] in "+-" else pos
        end = first
        while end < n and (text[end].isdigit() or (text[end] in ".．" and end > first and end + 1 < n
                                                   and text[end + 1].isdigit())):
            label = _TOKEN.match(key, end)
            if label and label.lastgroup == "label":
                break
            end += 1
        if end == first:  # a sign before a label's own number: not a number
            pos += 1
            continue
        tail = _NUMBER_TAIL.match(key, end)
        if tail:
            end = tail.end()
        tokens.append(("number", re.sub(r"\s", "", text[pos:end])))
        pos = end
    return tokens, pos


def _rows_from_tokens(tokens: list[tuple[str, str]]) -> list[list[str]]:
    """Rows from a token run: a label row collects the numbers after it; header words share a row."""
    rows: list[list[str]] = []
    last = None
    for kind, text in tokens:
        text = normalise_cell(text)
        if (kind == last and kind in ("word", "label")) or (kind == "number" and last in ("label", "number")):
            rows[-1].append(text)
        else:
            rows.append([text])
        last = kind
    return rows


def _is_table_run(tokens: list[tuple[str, str]]) -> bool:
    """A table, not a sentence that happens to name a row: several labelled rows with numbers,
    or a header of several words over a row of numbers (the 复议/诉讼 table has no row labels)."""
    kinds = [k for k, _ in tokens]
    pairs = sum(1 for k, k2 in zip(kinds, kinds[1:]) if k == "label" and k2 == "number")
    headed = any(k == "word" and k2 == "number" for k, k2 in zip(kinds, kinds[1:]))
    # (round 54) or a header of several words over one labelled row whose figures fill a row (a page cut after the part-3
    # table's row 一: '申请人情况' / '自然人' / … / '一、本年新收政府信息公开申请数量' / '0' × 7)
    full_row = any(k == "label" and kinds[i + 1 : i + 1 + _FULL_ROW] == ["number"] * _FULL_ROW for i, k in enumerate(kinds))
    return pairs >= 2 or ((headed or full_row) and kinds.count("word") >= 3 and kinds.count("number") >= 5)


_FULL_ROW = 5


def _blocks_from_tokens(tokens: list[tuple[str, str]]) -> list[Block]:
    """Tables from a token run; part headings inside it become text blocks between them."""
    out: list[Block] = []
    run: list[tuple[str, str]] = []
    for kind, token in tokens + [("heading", "")]:
        if kind != "heading":
            run.append((kind, token))
            continue
        if run:
            out.append(Table(rows=_rows_from_tokens(run)))
            run = []
        if token:
            out.append(token)
    return out


def split_glued_text(text: str) -> list[Block] | None:
    """Split a one-line crawled page whose table cells run together; None if it holds no such table."""
    start = _GLUE_START.search(to_key(text))
    if not start:
        return None
    tokens, end = tokenise(text, start.start())
    if not _is_table_run(tokens):
        return None
    out: list[Block] = []
    before = text[:start.start()]
    heading = re.search(rf"{_NUMERAL}(?:主动公开政府信息情况|收到和处理政府信息公开申请情况)\s*$", before)
    if heading and heading.start() > 0:
        out += [before[:heading.start()], before[heading.start():].strip()]
    elif before.strip():
        out.append(before)
    out += _blocks_from_tokens(tokens)
    if text[end:].strip():
        out.append(text[end:])
    return out


def bare_cells(blocks: list[Block]) -> list[Block]:
    """Rebuild tables whose cells come one per line without tabs (a Word or PDF copy of such text).

    A run of lines that are each a number, a template word or label, or a short piece of a
    wrapped one ('本年新' / '制作数量') is read as one text by the same tokeniser as glued pages;
    the line breaks keep the numbers apart.
    """
    bare = [_is_bare_cell(block) for block in blocks]
    run_end = [0] * (len(blocks) + 1)  # run_end[i]: first index at or after i that is not a bare cell
    run_end[len(blocks)] = len(blocks)
    for k in range(len(blocks) - 1, -1, -1):
        run_end[k] = run_end[k + 1] if bare[k] else k
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = run_end[i]
        tables, used = _bare_table(blocks, i, j) if j - i >= 4 else ([], 0)
        out += tables or blocks[i:i + max(used, 1)]
        i += max(used, 1)
    return out


_WINDOW = 64  # lines tokenised at first; doubled while the tokeniser reads them all


def _bare_table(blocks: list[Block], start: int, stop: int) -> tuple[list[Block], int]:
    """Tables from the leading lines of blocks[start:stop] that the tokeniser reads whole, and how
    many lines it used. Lines are joined in growing windows, so a long run costs linear time."""
    size = _WINDOW
    while True:
        lines = blocks[start:min(stop, start + size)]
        text = "\n".join(lines)
        _, end = tokenise(text)
        # Stopping short of the window's last two lines, the tokeniser did not stop for the cut
        # (a label wrapped over lines, '本年新' / '制作数量', may straddle it).
        if start + size >= stop or end < len(text) - len("\n".join(lines[-2:])) - 1:
            break
        size *= 2
    used, offset = 0, 0
    for line in lines:  # whole lines only: a line read halfway is not a table line
        offset += len(line)
        if offset > end and text[end:offset].strip():
            break
        used += 1
        offset += 1
    tokens, _ = tokenise("\n".join(lines[:used]))
    return (_blocks_from_tokens(tokens), used) if used >= 4 and _is_table_run(tokens) else ([], used)


def _is_bare_cell(block: Block) -> bool:
    if not isinstance(block, str) or "\t" in block or "|" in block or is_part_heading(block):
        return False
    line = block.strip()
    if is_value(line) or line_cells(line) is not None:
        return True
    return 0 < len(line) <= 8 and not _CLAUSE_MARK.search(line)


_CLAUSE_MARK = re.compile(r"[。，,；;：:]")
_LINE_MARKS = re.compile(r"^[#>\s]+")  # markdown's heading and quote marks, before a table line's words


def line_cells(line: str) -> list[str] | None:
    """Cells of a line that fully consists of template words, labels and numbers, else None."""
    text = _LINE_MARKS.sub("", line).replace("**", "")
    tokens, end = tokenise(text)
    if end < len(text.rstrip()) or not tokens:
        return None
    return [token for _, token in tokens]
