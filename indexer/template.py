"""Which template a report follows: ``2019``, ``2021`` or ``pre2019``.

The tables decide (``indexer.figures``: part 二's column headers, else the rows of （六）其他处理,
else an older statistics table). Without them:

* a report on a year before 2019 follows the older template: the 2019 one (国办公开办函〔2019〕60号)
  was issued in November 2019 for the 2019 reports, e.g. 大理市人民政府 2016;
* a report that names the format it follows ('按照…（国办公开办函〔2021〕30号）要求') follows that;
* otherwise the template is unknown (None) and a warning says so.
"""
from __future__ import annotations

import re

from indexer.model import Block, Table
from indexer.normalize import squeeze
from search.vocabulary import TEMPLATE_CIRCULARS, TEMPLATE_NAMES

FIRST_2019_YEAR = 2019
_CITATION = {
    "2021": re.compile(r"〔2021〕30号|\[2021\]30号|\(2021\)30号"),
    "2019": re.compile(r"〔2019〕60号|\[2019\]60号|\(2019\)60号"),
}
_HEAD_BLOCKS = 40  # the format is cited in the preamble or part 一


def _cited(blocks: list[Block]) -> str | None:
    """The template whose 国办公开办函 the report's opening text cites, if exactly one."""
    text = squeeze(" ".join(b for b in blocks[:_HEAD_BLOCKS] if not isinstance(b, Table)))
    found = [name for name, pattern in _CITATION.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def decide_template(from_tables: str | None, year: int | None, blocks: list[Block],
                    has_table: bool = False) -> tuple[str | None, list[str]]:
    """(template, warnings) from the tables' verdict, the reporting year and the report's text;
    ``has_table`` says the figures came from a table whose template could not be told (the
    figures have said so already)."""
    if from_tables in ("2019", "2021"):
        if year is not None and year < FIRST_2019_YEAR:
            return from_tables, [f"统计表采用 {TEMPLATE_NAMES[from_tables]}，而报告年度 {year} 年时该模板尚未发布。"]
        return from_tables, []
    if from_tables == "pre2019" or (year is not None and year < FIRST_2019_YEAR):
        return "pre2019", []
    cited = _cited(blocks)
    if cited:
        return cited, [f"统计表没有显示所用模板，根据报告引用的{TEMPLATE_CIRCULARS[cited]}认定为 "
                       f"{TEMPLATE_NAMES[cited]}。"]
    if has_table:
        return None, []
    return None, ["没有统计表能表明报告采用的是 2019 版模板还是 2021 版模板。"]
