"""What a line of a stored body is, read once per line for a snippet's passages (``snippets._fragment``): prose, an
outcome group's heading (（三）不予公开 on its own line), the review table's column names or column words, and whether
a prose passage is a table a converter flattened into a paragraph."""
from __future__ import annotations

import re

from search.analysis import fold
from search.retrieval.table_rows import is_review_columns, is_review_headings, outcome_group
from search.retrieval.table_snippets import CONTEXT


def line_kind(text: str, line_start: int, line: str, lines: dict | None = None) -> tuple[str, str]:
    """What a line without cells is: ("group", name), ("headings", ""), ("columns", "") or ("prose", "")."""
    if lines is not None and line_start in lines:
        return lines[line_start]
    heading = outcome_group(line, 0)
    if heading:
        kind = ("group", heading[0])
    elif is_review_headings(line):
        # A converter that glued the table's cells (行政复议行政诉讼 over a row 21317000…) leaves a
        # line of column names that is no sentence: the report's figures say what it holds.
        kind = ("headings", "")
    elif is_review_columns(line, text[max(0, line_start - CONTEXT):line_start]):
        # Its column words alone, as many times as it has groups (维持纠正结果审结维持纠正结果审结): no name to keep.
        kind = ("columns", "")
    else:
        kind = ("prose", "")
    if lines is not None:
        lines[line_start] = kind
    return kind


# A number in prose is followed by what it counts (28件, 5.5个工作日, 2019年) or by punctuation; a table flattened into a
# paragraph by a converter runs each figure into the next label (网站公开条4181 5092.政府公报公开条77受理…总数条00其中):
# such a passage reads as a row of glued cells, not as a sentence, and prose holding the same words is shown before it.
_MEASURE = set("件条项次人个篇份家户天日月年元万亿名所座批期场株亩里分时秒倍号届岁余多类种部封台宗起例季周轮级度处大小")
_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?")
GLUED_FIGURES = 3  # numbers run into the next label that make a passage a flattened table


def flattened_table(passage: str) -> bool:
    passage = fold(passage)  # 141條, 13.6萬條: a traditional-script copy counts as its simplified text
    glued = 0
    for match in _NUMBER.finditer(passage):
        after = passage[match.end():match.end() + 2]
        if after[:1] == "." or ("\u4e00" <= after[:1] <= "\u9fff" and after[:1] not in _MEASURE):
            glued += 1
            if glued >= GLUED_FIGURES:
                return True
    return False
