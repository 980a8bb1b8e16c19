"""What each column of the statistics exports means (QA 42 F1), from the one table that defines the columns.

The figure columns are described by ``search.figures.columns.COLUMNS`` itself (key, label, unit, template part and
row, formula), never by a second list that could drift from it; the report's metadata and the notes after the
figures are described here, by their CSV headers. The CSV export gets this as a file of its own
(``/api/export?what=stats&format=csv&dictionary=1``): a second header row would break every spreadsheet that
reads the first as the columns' names. The JSON export carries it as ``columns``.
"""
from __future__ import annotations

from search.figures.blank_reasons import CAUSES
from search.figures.columns import COLUMNS, GROUPS, Column
from search.vocabulary import BALANCE_CHECK, part_numeral

HEADER = ["列名（CSV）", "键名（JSON）", "分组", "单位", "所在部分", "模板中的行", "计算方法", "说明"]

# The columns around the figures, by CSV header: (JSON key, what it holds).
OTHER_COLUMNS = {
    "报告编号": ("report_id", "报告的编号，与报告页链接中的编号相同"),
    "机构": ("agency", "发布机构（简体）"),
    "名称原文": ("name_as_written", "报告所写的机构名称"),
    "年份": ("year", "报告年度"),
    "层级": ("level", "机构层级"),
    "省份": ("province", "机构所在省份"),
    "地市": ("city", "机构所在地市"),
    "机构类型": ("agency_type", "机构的类别（民政局、人民政府……）"),
    "模板": ("template", "报告统计表所用模板：2019、2021，pre2019 为 2019 年前的报告"),
    BALANCE_CHECK: ("checks.requests_balance", "新收 + 上年结转 是否等于 办理结果总计 + 结转下年度"),
    "表内核对未通过项数": ("checks.failures", "表中分项之和与合计不符的处数"),
    "跨报告及文字核对问题数": ("checks.issues", "与上年报告、与报告文字不一致的处数"),
    "缺少的部分": ("checks.missing_parts", "报告缺少的模板部分（与数据质量页同一规则；文本中断之后的部分不算缺少）"),
    "缺数原因": ("blank_reason", "本行空白数字为何空白：" + "；".join(f"{label}——{meaning}"
                                                          for label, meaning in CAUSES.values())),
    "本报告表内分项与总计不符的指标": ("disputed", "报告自己的表中分项之和与总计不符的指标；数字照报告所填"),
    "表中未给出、文字所述的数字": ("from_text", "表中没有、报告文字写明的数字：已计入本行和合计，标“文”"),
    "文字所述的地区合计（非本机关数字，未计入）": ("area_totals", "报告文字所述全地区的合计，不是本机关的数字，未计入"),
    "文字所述数字的报告原文": ("quotes", "上两列每个数字所据的报告原句"),
    "报告链接": ("url", "报告页"),
}
SUMMARY_ROWS = ("表末各行：合计（比率为合并计算：Σ分子 ÷ Σ分母）、有数据的报告（份：合计和中位数所据的报告数）、"
                "其中据报告文字、中位数。空白为未知，不是 0。")


def column_entry(column: Column) -> dict:
    """One figure column as the JSON's ``columns`` list gives it."""
    return {"key": column.key, "label": column.label, "header": csv_header(column), "group": column.group,
            "unit": column.unit, "part": column.part, "template_row": column.template_row, "formula": column.formula,
            "note": column.note}


def csv_header(column: Column) -> str:
    """A column's CSV header: its label, with the unit when it is a rate (an amount's label names 万元)."""
    return f"{column.label}（%）" if column.kind == "rate" else column.label


def dictionary_json() -> dict:
    """The dictionary as JSON: the figure columns and the columns around them."""
    return {"columns": [column_entry(c) for c in COLUMNS],
            "other_columns": [{"header": header, "key": key, "note": note}
                              for header, (key, note) in OTHER_COLUMNS.items()],
            "summary_rows": SUMMARY_ROWS}


def dictionary_rows() -> tuple[list[str], list[list]]:
    """Header and rows of the dictionary's CSV: one row per column of the statistics CSV that needs saying."""
    rows = [[header, key, "", "", "", "", "", note] for header, (key, note) in OTHER_COLUMNS.items()]
    rows += [[csv_header(c), c.key, GROUPS[c.group], c.unit, f"第{part_numeral(c.part)}部分", c.template_row,
              c.formula, ""] for c in COLUMNS]
    return HEADER, rows + [["（表末各行）", "", "", "", "", "", "", SUMMARY_ROWS]]
