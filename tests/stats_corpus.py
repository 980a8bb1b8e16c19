"""A small corpus derived from a real sample, for tests that need several years of one agency.

The five bundled samples are five agencies, one year each. Trends, continuity between years and
copied text need more, so this writes versions of 吴忠市民政局's 2021 report (2021 template,
tab-separated tables) with another year and changed table rows, plus a copy under another
agency's name. Every version is parsed and indexed like any report; ``EXPECTED`` lists what the
tables of each say, so tests compare the pages and the API against known numbers.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "samples" / "004_6c81e5c04cdd17c4.txt"
AGENCY = "吴忠市民政局"
COPYCAT = "青铜峡市民政局"
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_REVIEW_ROW = r"^(?:\d+\t){14}\d+$"  # part 四: the 15 numbers of 行政复议 and 行政诉讼


def set_row(text: str, pattern: str, values: list[int]) -> str:
    """Replace the numbers of the first line matching ``pattern`` that has exactly len(values) numbers."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        cells = line.split("\t")
        numeric = [j for j, cell in enumerate(cells) if _NUMBER.match(cell.strip())]
        if re.search(pattern, line) and len(numeric) == len(values):
            for j, value in zip(numeric, values):
                cells[j] = str(value)
            lines[i] = "\t".join(cells)
            return "\n".join(lines)
    raise ValueError(f"no row matching {pattern!r} with {len(values)} numbers")


def requests_row(total: int) -> list[int]:
    """A part-三 row: all of it from natural persons (自然人 … 其他, 总计)."""
    return [total, 0, 0, 0, 0, 0, total]


def derive(year: int | None = None, agency: str | None = None, rows: dict[str, list[int]] | None = None) -> str:
    """The 2021 report of 吴忠市民政局 with another year, agency name and table rows."""
    text = SOURCE.read_text(encoding="utf-8")
    if year is not None:
        text = re.sub(r"(?<!〔)2021", str(year), text)  # not the template's 〔2021〕30号
    if agency is not None:
        text = text.replace(AGENCY, agency)
    for pattern, values in (rows or {}).items():
        text = set_row(text, pattern, values)
    return text


# What each derived report's tables say (the 2021 original: 1 new request, 1 不掌握, in force 1).
EXPECTED = {
    (AGENCY, 2021): {"requests_new": 1, "requests_carried_over": 0, "outcome_disclosed": 0, "requests_total": 1,
                     "requests_carried_forward": 0, "normative_docs_in_force": 1, "reconsideration_total": 0},
    (AGENCY, 2022): {"requests_new": 5, "requests_carried_over": 0, "outcome_disclosed": 3, "outcome_partly_disclosed": 1,
                     "requests_total": 5, "requests_carried_forward": 0, "normative_docs_made": 2,
                     "normative_docs_in_force": 3, "reconsideration_total": 0},
    (AGENCY, 2023): {"requests_new": 8, "requests_carried_over": 1, "outcome_disclosed": 6, "requests_total": 7,
                     "requests_carried_forward": 2, "normative_docs_made": 1, "normative_docs_repealed": 1,
                     "normative_docs_in_force": 4, "reconsideration_total": 1, "reconsideration_corrected": 1},
}


def write_corpus(folder: Path) -> Path:
    """Write the original, its 2022 and 2023 versions and a copy under another agency's name."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wuzhong-2021.txt").write_text(SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    # 2022: continuity holds (carried over 0 = 2021's carried forward 0; in force 1 + 2 − 0 = 3).
    (folder / "wuzhong-2022.txt").write_text(derive(2022, rows={
        "本年新收": requests_row(5), "予以公开": requests_row(3), "部分公开": requests_row(1),
        r"总计\t": requests_row(5), "行政规范性文件": [2, 0, 3],
    }), encoding="utf-8")
    # 2023: carried over 1 ≠ 2022's 0; in force 4 ≠ 3 + 1 − 1; the prose still says 收到依申请公开1件 and
    # 未发生…行政复议 while the tables count 8 new requests and a reconsideration case.
    (folder / "wuzhong-2023.txt").write_text(derive(2023, rows={
        "本年新收": requests_row(8), "上年结转": requests_row(1), "予以公开": requests_row(6), "不掌握": requests_row(0),
        "第三方": requests_row(1), r"总计\t": requests_row(7), "结转下年度": requests_row(2),
        "行政规范性文件": [1, 1, 4], _REVIEW_ROW: [0, 1, 0, 0, 1] + [0] * 10,
    }), encoding="utf-8")
    (folder / "qingtongxia-2021.txt").write_text(derive(agency=COPYCAT), encoding="utf-8")
    return folder
