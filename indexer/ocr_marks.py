"""What a report read by OCR must say about itself: that it was, how surely, and which figures
rest on digits OCR was unsure of.

A figure is *uncertain* when it changes once the doubtful digits are left out of the tables
(the reader's ``OcrSummary.confident_blocks``): the same figure code reads both, so no figure
needs to know which cell it came from. Figures a failed table check points at
(``checks.failing_figures``: a digit misread with confidence) are uncertain too. Uncertain
figures are kept and shown, named in a warning and in ``ocr.uncertain_figures``.
"""
from __future__ import annotations

from indexer.checks import failing_figures
from indexer.figures import extract_figures
from indexer.model import Document, Report
from indexer.normalize import quoted
from search.vocabulary import APPLICANTS, P2_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, ROW_LABELS

_P2_COLUMNS = {"new": "本年新制作数量", "published": "本年新公开数量", "total": "对外公开总数量",
               "made": "本年制发件数", "repealed": "本年废止件数", "in_force": "现行有效件数",
               "items_prev": "上一年项目数量", "items_change": "本年增/减", "decisions": "处理决定数量",
               "items": "采购项目数量", "amount": "金额"}
_DERIVED = ("_unit", "_yuan")  # follow their amount: naming them again says nothing new
_MAX_LISTED = 12


def figure_label(key: str) -> str:
    """A figure as a reader finds it in the table: '一、本年新收政府信息公开申请数量 总计'."""
    if key == "litigation_total":
        return "行政诉讼 总计"
    for base, label in ROW_LABELS.items():
        if key == base:
            return f"{label} 总计"
        for suffix, column in APPLICANTS:
            if key == f"{base}_{suffix}":
                return f"{label} {column}"
    for group, label in REVIEW_GROUPS:
        for column, name in REVIEW_COLUMNS:
            if key == f"{group}_{column}":
                return f"{label} {name}"
    for row, prefix in P2_ROWS.items():
        for column, name in _P2_COLUMNS.items():
            if key == f"{prefix}_{column}":
                return f"{row} {name}"
    return key


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def mark_ocr(report: Report, doc: Document) -> None:
    """Record on a report read (partly) by OCR how it was read and which figures are uncertain."""
    summary = doc.ocr
    if summary is None:
        return
    sure = extract_figures(summary.confident_blocks).figures
    unsure = [key for key, value in report.figures.items()
              if value is not None and not key.endswith(_DERIVED) and sure.get(key) != value]
    # A digit misread with confidence breaks the table's arithmetic: the figures it points at.
    failing = failing_figures(report.figures, report.template)
    checked = [key for key in report.figures if key in failing and key not in unsure]
    report.ocr = {"pages": summary.pages, "confidence": summary.confidence, "uncertain_figures": unsure + checked}
    pages = "、".join(map(str, summary.pages))
    report.warnings.insert(0, f"PDF 第 {pages} 页是扫描图像，文字由 OCR 识别（平均置信度 {summary.confidence:.0f}%），"
                              "可能有错字或错误的数字，请以原始文件为准。")
    if unsure:
        report.warnings.append(f"OCR 识别以下数字时把握不大，请对照原始文件核对：{_listed(report, unsure)}。")
    if checked:
        report.warnings.append(f"以下数字所在的表内核对没有通过，可能有 OCR 识别错误，请对照原始文件核对：{_listed(report, checked)}。")


def _listed(report: Report, keys: list[str]) -> str:
    """Figures as a warning names them: '“一、本年新收政府信息公开申请数量 总计”为 21、…等 30 个数字'."""
    listed = "、".join(f"{quoted(figure_label(k))}为 {_number(report.figures[k])}" for k in keys[:_MAX_LISTED])
    return listed + (f"等 {len(keys)} 个数字" if len(keys) > _MAX_LISTED else "")
