"""Why a report's figure is blank (QA 42 F2): cut short, no such table, the table not read, or a scan.

A blank cell is unknown, never 0 (columns.py), but unknown for reasons a reader weighs differently: a copy cut
short may be filled from the full report, a report without the part never will be. The reason is told from what
the index already knows, by the rules the other pages use, so that /stats, its exports, the search's 文本不完整 and
/quality agree: the parts missing are ``ReportRecord.lacking`` (search/missing_parts.py, /quality's 缺少第N部分),
a text stopping early is the quality flag ``cut_off`` (the search's 文本不完整), a template is the parser's.

Each column's figures sit in one template part (``Column.part``); a blank column's cause is the first that holds:
a rate's whole is known to be 0 (its table's, or a count it cannot exceed stated 0 in the prose), the report predates
the 2019 template (its tables are not the template's), its part is missing, its text stops before or inside the
part, the column is a row the report's template has not, the pages were a scan, else the part is there and its
table was not read.
"""
from __future__ import annotations

from dataclasses import dataclass

from search.figures.columns import COLUMN_BY_KEY, COLUMNS
from search.vocabulary import parts_text

# cause -> (short label, what it means): the label is the CSV's and the page's word, the meaning its title.
CAUSES = {
    "pre2019": ("2019 年前的报告", "报告早于 2019 年统一模板，没有模板的统计表"),
    "no_part": ("无此部分", "报告没有这一部分（与数据质量页的“缺少第N部分”同一规则）"),
    "cut_off": ("文本不完整", "所读文本在报告结束前中断，这些数字不在所读文本中，完整的报告可能有"),
    "template": ("模板无此项", "报告所用模板没有这一行（规章、规范性文件的现行有效和废止件数 2021 版才有，政府集中采购 2019 版才有）"),
    "unit": ("单位不明", "表中金额未注明单位（元或万元），未换算"),
    "zero_base": ("分母为 0", "比率的分母（办理结果总计，或已审结的案件）为 0，比率不计"),
    "ocr": ("扫描件未读出", "报告为扫描图像，文字由 OCR 识别，表中数字未能读出"),
    "unread": ("表格未读出", "报告有这一部分，但表中数字未能读出（或报告未填）"),
}
# Rows one template has and the other has not, by the template lacking them (columns.py's notes: （2021 模板）; the
# 2021 template dropped 政府集中采购).
NOT_IN_TEMPLATE = {"2019": frozenset({"regulations_in_force", "normative_docs_repealed", "normative_docs_in_force"}),
                   "2021": frozenset({"procurement_items", "procurement_amount"})}


# The causes as a row's line names them: what may be filled from a fuller copy first, what never will be, then what
# is no gap at all (a row the template has not, a rate over nothing).
ORDER = ("cut_off", "no_part", "pre2019", "ocr", "unread", "unit", "template", "zero_base")


@dataclass(frozen=True)
class BlankReason:
    """Why a report's blank figures are blank: a short line, its longer title, and each cause's parts and columns."""

    text: str  # '文本不完整（第三、四部分）；表格未读出（第二部分）', '' when none is blank
    short: str  # the labels alone ('文本不完整'), for the page's line under the name
    title: str  # what each label means
    causes: list[dict]  # {"cause", "label", "parts", "columns"}, in ORDER

    def __bool__(self) -> bool:
        return bool(self.causes)


# A rate whose base cannot exceed a count (cases decided ≤ cases): that count stated 0, in the table or the prose
# (没有发生行政复议), and the base is 0 too (review 37 #1: 15 reports saying 行政复议 0 were told as not giving the rate).
BASE_BOUNDED_BY = {"rate_reconsideration_corrected": "reconsideration_total",
                   "rate_litigation_corrected": "litigation_total"}


def column_cause(record, key: str) -> str | None:
    """Why column ``key`` of ``record`` (a ReportRecord) is blank, a key of CAUSES; None when it is known. A rate over a
    base known to be 0 is that first: no fuller copy or better reading would give it."""
    column = COLUMN_BY_KEY[key]
    if record.counted.get(key) is not None:
        return None
    if column.kind == "rate" and (record.parts[key][1] is not None and record.parts[key][1] <= 0
                                  or key in BASE_BOUNDED_BY and record.counted.get(BASE_BOUNDED_BY[key]) == 0):
        return "zero_base"
    part = column.part
    if record.template == "pre2019":
        return "pre2019"
    if part in record.lacking:
        return "no_part"
    read = [n for n in record.sections if n]
    if record.cut_off and (part not in read or part >= max(read, default=0)):
        return "cut_off"
    if key in NOT_IN_TEMPLATE.get(record.template, ()):
        return "template"
    if column.kind == "amount" and record.figures.get(key) is not None:  # read, but in no unit it states
        return "unit"
    return "ocr" if record.ocr else "unread"


def blank_causes(record) -> dict[str, str]:
    """Every blank column of ``record`` with its cause."""
    causes = {c.key: column_cause(record, c.key) for c in COLUMNS}
    return {key: cause for key, cause in causes.items() if cause}


def blank_reason(blanks: dict[str, str], keys: list[str] | None = None) -> BlankReason:
    """The reason line of the blank columns ``keys`` (all when None) of one report's ``blanks``."""
    grouped: dict[str, dict] = {}
    for key in keys if keys is not None else [c.key for c in COLUMNS]:
        cause = blanks.get(key)
        if cause is None:
            continue
        entry = grouped.setdefault(cause, {"cause": cause, "label": CAUSES[cause][0], "parts": [], "columns": []})
        entry["columns"].append(key)
        if COLUMN_BY_KEY[key].part not in entry["parts"]:
            entry["parts"].append(COLUMN_BY_KEY[key].part)
    causes = sorted(grouped.values(), key=lambda e: ORDER.index(e["cause"]))
    for entry in causes:
        entry["parts"].sort()
    text = "；".join(_said(e) for e in causes)
    short = "；".join(e["label"] for e in causes)
    title = "；".join(f"{e['label']}：{CAUSES[e['cause']][1]}" for e in causes)
    return BlankReason(text, short, title, causes)


def _said(entry: dict) -> str:
    """One cause in words, with the parts it leaves blank where that says more than the label."""
    if entry["cause"] in ("pre2019", "template", "zero_base", "unit"):
        return entry["label"]
    return f"{entry['label']}（第{parts_text(entry['parts'])}部分）"
