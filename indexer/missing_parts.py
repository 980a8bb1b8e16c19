"""Parts a text lacks: 四 and 五 written without their headings.

Once ``sections`` has found the headings that are there, a report can still hold part 四 (its
行政复议/行政诉讼 table, or a remark on both) or part 五 (a sub-heading on problems, then one on
improvements) inside the part before, with no heading of its own; these are split off and marked
inferred, with a warning. (A copy cut short, whose missing parts are not the report's: indexer/cut_short.py.)
"""
from __future__ import annotations

import re

from indexer.model import Section, Table, part_label
from indexer.normalize import clean_line, squeeze
from indexer.sections import MAX_HEADING, find_subheadings, heading_number


# Part 四 written without its heading: the 行政复议/行政诉讼 table, or a remark on both after
# part 三's table ('(备注：2020年度我局未收到行政复议及行政诉讼情况)').
_REVIEW_REMARK = re.compile(r"复议.*诉讼|诉讼.*复议")
_MAX_REMARK = 150


def _review_table_start(table: Table) -> int | None:
    """Index of the row where a 行政复议/行政诉讼 table starts inside a table, or None."""
    for r, row in enumerate(table.rows):
        cells = [squeeze(c) for c in row if c and c.strip()]
        if cells and cells[0].startswith("行政复议") and any("行政诉讼" in c or "起诉" in c for c in cells):
            return r
    return None


def infer_part_four(sections: list[Section]) -> str | None:
    """Split part 四 off part 三 when its heading is missing but its table (or a remark on 行政复议
    and 行政诉讼 after the request table) is clearly there; returns the warning to give, or None."""
    numbers = [s.number for s in sections]
    if 4 in numbers or 3 not in numbers:
        return None
    k = numbers.index(3)
    part3 = sections[k]
    seen_table = False
    for i, block in enumerate(part3.blocks):
        if isinstance(block, Table):
            start = _review_table_start(block)
            if start is not None:
                if start == 0:
                    head, tail = part3.blocks[:i], part3.blocks[i:]
                else:
                    head = part3.blocks[:i] + [block.sliced(0, start)]
                    tail = [block.sliced(start)] + part3.blocks[i + 1:]
                evidence = "第三部分之后的行政复议、行政诉讼情况表"
                break
            seen_table = True
        elif seen_table and len(block) <= _MAX_REMARK and _REVIEW_REMARK.search(block):
            head, tail = part3.blocks[:i], part3.blocks[i:]
            evidence = f"第三部分表格之后的说明“{block}”"
            break
    else:
        return None
    part3.blocks = head
    part4 = Section(number=4, title="", blocks=tail, inferred=True)
    sections.insert(k + 1, part4)
    later = sections[k + 2].title if k + 2 < len(sections) else ""
    find_subheadings(part3, heading_number(later) if later else None)
    find_subheadings(part4, None)
    return f"{part_label(4)}没有标题，已根据{evidence}推定。"


# Part 五 written without its heading: its two sub-headings after part 四 (or 三), problems then improvements
# ('（一）存在的主要问题' … '（二）改进措施'), or last year's problems' improvement then this year's problems ('（一）2024 年工作中
# 存在问题的改进情况' … '（二）2025 年工作中存在的主要问题', as the 2021 template's part 五 asks), a year's words before either.
_YEAR_LEAD = r"(?:\d{4}\s*年度?\s*(?:工作中|的)?)?"
_PROBLEMS = re.compile(rf"^(?:[(（]一[)）]|一是)?\s*{_YEAR_LEAD}\s*(?:存在的?(?:主要)?(?:问题|不足)|主要问题|问题和不足|工作中的不足)")
_IMPROVEMENTS = re.compile(r"改进|整改|下一步")
_LATER_PROBLEMS = re.compile(rf"^(?:[(（]二[)）]|二是)\s*{_YEAR_LEAD}\s*(?:存在的?(?:主要)?(?:问题|不足)|主要问题|问题和不足)")


def infer_part_five(sections: list[Section]) -> str | None:
    """Split part 五 off the part before it when its heading is missing but its two sub-headings, on the problems and
    on their improvement (either first), clearly stand for it; returns the warning to give, or None."""
    numbers = [s.number for s in sections]
    if 5 in numbers or not numbers:
        return None
    k = max((i for i, n in enumerate(numbers) if n < 5), default=-1)
    if k < 0:
        return None
    before = sections[k]
    if before.number < 3:
        return None
    short = [(i, squeeze(b)) for i, b in enumerate(before.blocks) if isinstance(b, str) and len(b) <= MAX_HEADING]
    last_improvement = max((i for i, key in short if _IMPROVEMENTS.search(key)), default=-1)
    for i, key in short:
        if not _PROBLEMS.match(key):
            continue
        # Problems, then their improvement; or an improvement of problems, then the year's problems under （二）.
        reverse = _IMPROVEMENTS.search(key) and any(j > i and _LATER_PROBLEMS.match(later) for j, later in short)
        if i >= last_improvement and not reverse:
            continue
        block = before.blocks[i]
        part5 = Section(number=5, title="", blocks=before.blocks[i:], inferred=True)
        before.blocks = before.blocks[:i]
        sections.insert(k + 1, part5)
        following = sections[k + 2].title if k + 2 < len(sections) else ""
        find_subheadings(before, heading_number(following) if following else None)
        find_subheadings(part5, None)
        return f"{part_label(5)}没有标题，已根据其中的小标题“{clean_line(block)}”推定。"
    return None
