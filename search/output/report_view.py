"""What the report page shows, prepared as data from the stored report (templates only loop).

Tables get header rows, numeric cells and the rows a check found at fault; figures are grouped by
the template's parts under Chinese labels; matches of the query terms are counted per part so the
table of contents can point at them even without JavaScript.
"""
from __future__ import annotations

import os
import re
import unicodedata

from search.figures.columns import format_value
from search.output.prose_view import prose_statements
from search.retrieval.params import LEVELS
from search.retrieval.snippets import highlight
from search.vocabulary import (APPLICANTS, BALANCE_CHECK, P2_KEYS, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS,
                               ROW_LABELS, UNKNOWN_YEAR, balance_state, is_number, part_heading, part_numeral,
                               report_title, shown_name)

P2_ROWS = {"regulations": "规章", "normative_docs": "行政规范性文件", "licensing": "行政许可",
           "other_services": "其他对外管理服务事项", "punishment": "行政处罚", "coercion": "行政强制",
           "fees": "行政事业性收费", "procurement": "政府集中采购"}
P2_COLUMNS = {"new": "本年新制作", "published": "本年新公开", "total": "对外公开总数", "made": "本年制发",
              "repealed": "本年废止", "in_force": "现行有效", "items_prev": "上一年项目数", "items_change": "本年增/减",
              "decisions": "处理决定数", "items": "采购项目数", "amount": "金额"}
# Part 三 as a reader scans it: the single rows, then the outcome groups with their items.
P3_SINGLE = [("requests_new", "本年新收申请"), ("requests_carried_over", "上年结转申请")]
P3_GROUPS = [("outcome_disclosed", "予以公开", []), ("outcome_partly_disclosed", "部分公开", []),
             (None, "不予公开", [k for k, _, _ in REQUEST_ROWS if k.startswith("outcome_refused_")]),
             (None, "无法提供", [k for k, _, _ in REQUEST_ROWS if k.startswith("outcome_unavailable_")]),
             (None, "不予处理", [k for k, _, _ in REQUEST_ROWS if k.startswith("outcome_not_processed_")]),
             ("outcome_other_total", "其他处理", [k for k, _, _ in REQUEST_ROWS if k.startswith("outcome_other_")
                                             and k != "outcome_other_total"]),
             ("requests_total", "总计", [])]
P3_LAST = [("requests_carried_forward", "结转下年度")]  # the statistics column's name (QA 44 F9)
CHECK_KINDS = {"balance": "收支平衡", "row_sum": "行内合计", "outcome_sum": "办理结果合计", "review_sum": "复议诉讼合计"}
_PATTERNS = [(key, re.compile(pattern)) for key, _, pattern in REQUEST_ROWS]
_KEY_OF_LABEL = {label: key for key, label in ROW_LABELS.items()}


def _label_key(label: str) -> str:
    return re.sub(r"[\s*#]+", "", unicodedata.normalize("NFKC", label))


def fmt(value) -> str:
    """A figure as the report's table gives it: thousands separated, blank as '—'."""
    return format_value(value, "figure")


def _item_label(key: str) -> str:
    """'（三）不予公开 1.属于国家秘密' -> '属于国家秘密'."""
    label = ROW_LABELS[key].split(" ", 1)[-1]
    return re.sub(r"^\d+[.、]", "", label)


def _row_key(cells: list[str]) -> str | None:
    """Which part-三 row a table row is, by its label cells (item rows win over groups)."""
    labels = [c for c in cells if c.strip() and not is_number(c)]
    if not labels:
        return None
    joined = _label_key("".join(labels))
    last = _label_key(labels[-1])
    for key, pattern in _PATTERNS:
        if pattern.search(last if key == "outcome_other_other" else joined):
            return key
    return None


def _table(rows: list[list[str]], faults: dict[str, str], placed: set[str], terms: list[str], section: int,
           split: dict[str, str] | None = None, unsplit: dict[str, str] | None = None) -> dict:
    """Rows padded to one width, header rows split off, numeric cells, faulty rows and rows whose
    run-together numbers the parser split, or could not (row index -> the digits as written), marked."""
    width = max((len(r) for r in rows), default=0)
    split, unsplit = split or {}, unsplit or {}
    head, body = [], []
    for index, row in enumerate(rows):
        cells = list(row) + [""] * (width - len(row))
        numeric = [is_number(c) for c in cells]
        if not body and not any(numeric[1:]):
            head.append(cells)
            continue
        key = _row_key(cells) if section == 3 and any(numeric) else None
        fault = faults.get(key) if key and faults.get(key) not in placed else None
        if fault:
            placed.add(fault)
        body.append({"cells": [{"text": c, "num": n} for c, n in zip(cells, numeric)], "fault": fault,
                     "split": split.get(str(index)), "unsplit": unsplit.get(str(index))})
    if not body:  # a table of words only: no header to tell apart
        body = [{"cells": [{"text": c, "num": False} for c in cells], "fault": None, "split": None, "unsplit": None}
                for cells in head]
        head = []
    spans = _spans([[{"text": c, "num": False} for c in cells] for cells in head])
    head = [[{"text": c, "span": n} for c, n in zip(cells, row)] for cells, row in zip(head, spans)]
    for row, row_spans in zip(body, _spans([r["cells"] for r in body])):
        for cell, n in zip(row["cells"], row_spans):
            cell["span"] = n
    # The first column names the rows when it holds words (三、本年度办理结果, 行政复议): its cells stay
    # in view while a table wider than the page scrolls sideways in its box (static/style.css, .lead).
    if any(r["cells"] and not r["cells"][0]["num"] and r["cells"][0]["text"].strip() for r in body):
        for row in head:
            row[0]["lead"] = True
        for row in body:
            row["cells"][0]["lead"] = True
    # A cell a rowspan covers is not drawn: the page's count of highlights must not count it.
    shown = [c["text"] for r in head for c in r if c["span"]] + [c["text"] for r in body for c in r["cells"] if c["span"]]
    return {"type": "table", "head": head, "body": body, "matches": sum(_marks(c, terms) for c in shown),
            "split": _split_note([r["split"] for r in body if r["split"]]),
            "unsplit": sum(1 for r in body if r["unsplit"])}


def _split_note(digits: list[str]) -> dict | None:
    """How many rows of a table the parser split, and one as written (the longest: '21710000218')."""
    return {"rows": len(digits), "example": max(digits, key=len)} if digits else None


def _spans(grid: list[list[dict]]) -> list[list[int]]:
    """Per cell, the rows it spans (1 alone, 0 when the cell above covers it). A merged label cell
    comes out of a PDF or Word table repeated on every row it spans (三、本年度办理结果 on twenty-two
    rows); it is drawn once, spanning them. A cell joins the one above only when the cells to its
    left did too, so a group never crosses into the next group's rows; figures never join."""
    spans = [[1] * len(row) for row in grid]
    for col in range(max((len(r) for r in grid), default=0)):
        top = None  # the row whose cell in this column spans the current run
        for i, row in enumerate(grid):
            cell = row[col] if col < len(row) else None
            joins = (top is not None and cell is not None and not cell["num"] and cell["text"].strip()
                     and cell["text"] == grid[top][col]["text"]
                     and all(spans[i][c] == 0 for c in range(col)))
            if joins:
                spans[top][col] += 1
                spans[i][col] = 0
            else:
                top = i if cell is not None else None
    return spans


def _marks(text: str, terms: list[str]) -> int:
    """How many highlights ``highlight`` puts in ``text`` (the page marks the same)."""
    return str(highlight(text, terms)).count("<mark") if terms and text else 0


def _failures(checks: dict) -> tuple[list[dict], dict[str, str]]:
    """Failures in Chinese, each linked to its row (or part); the row keys to mark in tables."""
    out, faults = [], {}
    for i, failure in enumerate(checks.get("failures") or []):
        key = _KEY_OF_LABEL.get(failure.get("row", ""))
        anchor = f"fault-{i + 1}"
        if failure.get("check") in ("row_sum", "outcome_sum") and key and key not in faults:
            faults[key] = anchor
        section = 4 if failure.get("check") == "review_sum" else 3
        out.append({"kind": CHECK_KINDS.get(failure.get("check"), failure.get("check")),
                    "row": failure.get("row", ""), "column": failure.get("column", ""),
                    "expected": fmt(failure.get("expected")), "found": fmt(failure.get("found")),
                    "anchor": anchor, "section": section})
    return out, faults


def figure_id(part: int, key: str) -> str:
    """The page id of one figure row of the figures list (QA 42 F5: a journalist cites "row 三（三）不予公开 of this
    report"): its part and the figure's key, so it stays the same across rebuilds of the same file and across reports
    ('fig-3-outcome-refused', 'fig-4-litigation-direct'); the lists' own ids are their parts' (fig-2, fig-3, fig-4)"""
    return f"fig-{part}-{key.replace('_', '-')}"


def _group_key(key: str | None, items: list[str]) -> str:
    """A template group's figure key: its total's, else what its items' keys share (outcome_refused_… → outcome_refused)."""
    return key or os.path.commonprefix(items).rstrip("_")


def _part2(figures: dict) -> list[dict]:
    rows = []
    for prefix, columns in P2_KEYS.items():
        values = []
        for column in columns:
            value = figures.get(f"{prefix}_{column}")
            if value is None:
                continue
            text = fmt(value)
            if column == "items_change" and isinstance(value, int) and value > 0:
                text = f"+{text}"
            if column == "amount" and value:  # a zero needs no unit
                unit = figures.get(f"{prefix}_amount_unit")
                text = f"{text} {unit}" if unit else f"{text}（未注明单位）"
            values.append({"label": P2_COLUMNS[column], "value": text})
        if values:
            rows.append({"label": P2_ROWS[prefix], "values": values, "id": figure_id(2, prefix)})
    return rows


def _part3(figures: dict) -> list[dict]:
    rows = []
    for key, label in P3_SINGLE:
        applicants = [{"label": name, "value": fmt(figures.get(f"{key}_{a}"))} for a, name in APPLICANTS
                      if figures.get(f"{key}_{a}")]
        rows.append({"label": label, "value": fmt(figures.get(key)), "items": applicants, "id": figure_id(3, key)})
    for key, label, items in P3_GROUPS:
        known = [k for k in items if figures.get(k) is not None]
        row = {"label": label, "value": fmt(figures.get(key)) if key else None, "items": [],
               "id": figure_id(3, _group_key(key, items))}
        if key and figures.get(key) is None and known:
            row["value"] = None  # a 2021 report splits （六） into items: show those
        if known:
            nonzero = [k for k in known if figures.get(k)]
            row["items"] = [{"label": _item_label(k), "value": fmt(figures[k]), "id": figure_id(3, k)} for k in nonzero]
            if row["value"] is None:
                row["note"] = "各项均为 0" if not nonzero else None
        elif not key:
            row["value"] = "—"
        if key is None or row["value"] is not None or known:
            rows.append(row)
    for key, label in P3_LAST:
        rows.append({"label": label, "value": fmt(figures.get(key)), "items": [], "id": figure_id(3, key)})
    return rows


def _part4(figures: dict) -> dict | None:
    rows = [{"label": label, "values": [fmt(figures.get(f"{group}_{col}")) for col, _ in REVIEW_COLUMNS],
             "id": figure_id(4, group)} for group, label in REVIEW_GROUPS]
    if all(v == "—" for r in rows for v in r["values"]):
        return None
    return {"columns": [name for _, name in REVIEW_COLUMNS], "rows": rows}


def _table_name(part: int, n: int) -> dict:
    """A table's page id and name: the n-th table of the part ('table-3-2', 表 3-2), the same across rebuilds of the
    same file (QA 42 F5: part 二 holds several tables, and a citation names one)."""
    return {"id": f"table-{part}-{n}", "number": f"表 {part}-{n}",
            "title": f"{f'第{part_numeral(part)}部分' if part else '导言'}的第 {n} 个表格"}


HEADING_STOPS = "。．.：:，,；;、 \u3000"


def _paragraph(block: dict) -> dict:
    """A paragraph; one that starts with a sub-heading says whether the heading stands alone (a
    heading line) or leads the paragraph, and what follows it."""
    heading, text = block.get("heading") or "", block.get("text") or ""
    if not block.get("anchor"):
        return block
    rest = text[len(heading):]
    # The stop or colon that closes a run-in heading (（一）加强组织领导。成立了…) is the heading's:
    # shown after the heading's link it would start the paragraph (领导 # 。成立了).
    closing = len(rest) - len(rest.lstrip(HEADING_STOPS))
    return dict(block, alone=len(text) <= len(heading) + 1, lead=heading + rest[:closing], rest=rest[closing:])


def _facts(report: dict) -> dict:
    """The page's heading and the report's facts, as printed."""
    agency, year, title = report.get("agency"), report.get("year"), report.get("title")
    heading = report_title(agency, year, full=True)  # as the result lists title it; the title as written follows
    region = report.get("region") or {}
    return {
        "heading": heading,
        # (the heading's simplified name; a mirror's 趙縣… is also said as written beside it: session 30's QA read a
        # traditional 机构 line under a simplified heading as two bodies)
        "agency": shown_name(agency),
        "agency_as_written": agency if agency and shown_name(agency) != agency else "",
        "year": year or UNKNOWN_YEAR,
        "title_as_written": title if title and title != heading and len(title) <= 60 else "",
        "level": LEVELS.get(report.get("level") or "unknown", report.get("level")),
        # A central body has no province; "unknown" would say the parser failed where it did not.
        "region": " ".join(v for v in (region.get("province"), region.get("city"), region.get("county")) if v)
                  or ("全国" if report.get("level") == "central" else "未知"),
        "sources": "、".join(report.get("sources") or [report.get("source") or ""]),
        # Where the text stops, as the parser words it (报告文本在“…”处中断, 报告文本在表格中中断…; its warning's words):
        # said in the facts and where the text ends. (An index built before session 33's cut39 has no such field.)
        "cut_where": report.get("cut_where") or "",
    }


def prepare_report(report: dict, terms: list[str]) -> dict:
    """The report page's data: sections with prepared blocks and match counts, figures, checks."""
    figures = report.get("figures") or {}
    checks = report.get("checks") or {}
    failures, faults = _failures(checks)
    placed: set[str] = set()
    sections = []
    for s in report.get("sections") or []:
        blocks, matches = [], _marks(s.get("title") or "", terms)
        for b in s.get("blocks") or []:
            if b.get("type") == "table":
                table = _table(b.get("rows") or [], faults, placed, terms, s["number"], b.get("split"), b.get("unsplit"))
                table.update(_table_name(s["number"], sum(1 for x in blocks if x.get("type") == "table") + 1))
                matches += table["matches"]
                blocks.append(table)
            else:
                matches += _marks(b.get("text") or "", terms)
                blocks.append(_paragraph(b))
        number = s["number"]
        sections.append({"number": number, "anchor": f"section-{number}",
                         "title": s.get("title") or part_heading(number),
                         "subheadings": s.get("subheadings") or [], "blocks": blocks, "matches": matches})
    for failure in failures:  # a fault no table row was found for links to its part
        if failure["anchor"] not in placed:
            failure["anchor"] = f"section-{failure['section']}"
    preamble = [line for line in (report.get("preamble") or "").split("\n") if line.strip()]
    groups = []
    if any(figures.get(k) is not None for k in figures):
        part2, part3, part4 = _part2(figures), _part3(figures), _part4(figures)
        if part2:
            groups.append({"part": 2, "title": "二、主动公开", "anchor": "section-2", "p2": part2})
        if any(row["value"] not in (None, "—") or row["items"] or row.get("note") for row in part3):
            groups.append({"part": 3, "title": "三、依申请公开", "anchor": "section-3", "p3": part3})
        else:  # a page cut before its table: ten rows of — would look like a table read as blank
            has_part = any(s["number"] == 3 for s in sections)
            groups.append({"part": 3, "title": "三、依申请公开", "anchor": "section-3" if has_part else "",
                           "missing": "未读出这一部分的表格数字。" if has_part else "文本中没有这一部分，未读出其表格数字。"})
        if part4:
            groups.append({"part": 4, "title": "四、复议与诉讼", "anchor": "section-4", "p4": part4})
    for group in groups:  # a part's wide table links its figures as a list (a phone shows 3 columns)
        # By the part's number, as its rows' ids (fig-3-outcome-refused under fig-3), not by place: a panel without
        # part 二 once shifted every heading (QA 44 F8).
        group["id"] = f"fig-{group['part']}"
        for s in sections:
            tables = any(b.get("type") == "table" for b in s["blocks"])
            if s["anchor"] == group["anchor"] and tables and not group.get("missing"):
                s["figures_id"] = group["id"]
    balance = checks.get("requests_balance") or "incomplete"
    return {
        **_facts(report),
        "sections": sections,
        "preamble": preamble,
        "preamble_matches": sum(_marks(line, terms) for line in preamble),
        "matches": sum(s["matches"] for s in sections) + sum(_marks(line, terms) for line in preamble),
        "figure_groups": groups,
        "prose_statements": prose_statements(report),
        "checks": {"balance": balance, "balance_name": BALANCE_CHECK, "balance_label": balance_state(balance),
                   "checked": checks.get("checked") or 0, "failures": failures},
    }
