"""Made-up reports of made-up years for the agency tests: one body under several names, renamed and
merged bodies, bodies that must stay apart, each written as a whole report and indexed for real.

A report here is our own prose (title, lead-in, six parts) around the statistical tables of the
2021 template, taken from the bundled sample 004 (the template's rows, not its text) with the
figures a test wants: ``made_up_report("徐州市卫计委", 2018, carried_forward=2)``. Names are
invented in the form real ones take; no text of the shared corpus is copied.
"""
from __future__ import annotations

from pathlib import Path

from tests.stats_corpus import SOURCE, requests_row, set_row

_TABLES_FROM, _TABLES_TO = "二、主动公开政府信息情况", "五、存在的主要问题及改进情况"


def _tables() -> str:
    """Parts 二 to 四 of the sample: the template's tables under their headings."""
    text = SOURCE.read_text(encoding="utf-8")
    return text[text.index(_TABLES_FROM):text.index(_TABLES_TO)]


def made_up_report(agency: str, year: int, new: int = 3, carried_over: int = 0, carried_forward: int = 0,
                   in_force: int = 1, made: int = 0, repealed: int = 0, title: str | None = None) -> str:
    """A whole report of ``agency`` for ``year`` whose tables give these figures (part 三's rows
    balance: every new or carried-over request not carried forward is disclosed)."""
    disclosed = new + carried_over - carried_forward
    tables = _tables()
    for pattern, values in (("本年新收", requests_row(new)), ("上年结转", requests_row(carried_over)),
                            ("予以公开", requests_row(disclosed)), ("不掌握", requests_row(0)),
                            (r"总计\t", requests_row(disclosed)), ("结转下年度", requests_row(carried_forward)),
                            ("行政规范性文件", [made, repealed, in_force])):
        tables = set_row(tables, pattern, values)
    heading = title or f"{agency}{year}年政府信息公开工作年度报告"
    return "\n\n".join([
        heading,
        f"本报告由{agency}依据《中华人民共和国政府信息公开条例》编制，统计期限自{year}年1月1日至{year}年12月31日。",
        "一、总体情况",
        f"{year}年，本机关坚持以公开为常态、不公开为例外，依法做好主动公开和依申请公开工作，"
        f"全年共收到政府信息公开申请{new}件，均在法定期限内答复。",
        tables.strip(),
        _TABLES_TO,
        "本机关政府信息公开工作仍存在公开内容不够全面、解读形式比较单一等问题，下一年将加强培训，完善制度。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]) + "\n"


def write_reports(folder: Path, reports: dict[str, str]) -> Path:
    """Write reports (file name -> text) into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
