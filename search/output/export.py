"""The statistics table and search results as plain data, CSV or JSON, the same for page and API.

CSV is UTF-8 with a byte-order mark, so that Excel opens Chinese headers correctly, with one
header row in Chinese. Text cells that a spreadsheet would run as a formula (=, +, -, @ first)
get a leading apostrophe; numbers are written as numbers (a negative change stays -30).
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from search.figures.columns import COLUMN_BY_KEY, COLUMNS
from search.figures.records import record_store
from search.figures.stats import build_stats
from search.figures.stats_params import StatsParams
from search.figures.stats_table import StatsTable
from search.figures.text_figures import stated_quotes
from search.output.column_dictionary import column_entry, csv_header, dictionary_json, dictionary_rows
from search.output.shapes import hit_json
from search.retrieval.engine import SearchResult, run_search
from search.retrieval.facets import selection_chips
from search.retrieval.paging import paged_as
from search.retrieval.params import LEVELS, SearchParams
from search.vocabulary import BALANCE_CHECK, balance_state, parts_text, shown_name

EXPORTS = ("stats", "search")  # what=
FORMATS = {"csv": "text/csv", "json": "application/json"}  # format=, and the file's media type
SEARCH_EXPORT_LIMIT = 5000  # hits in one export of search results
EXPORT_STEP = 250  # hits read and written at a time in the search CSV
STATS_CSV_KEPT = 2  # statistics CSVs (some 4 MB each at 10,000 reports) a generation keeps written
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# 机构 is the name as the page shows it (simplified: ``ReportRecord.name``, ``vocabulary.shown_name``, as the search CSV's
# 机构), 名称原文 as the report writes it (a traditional-script mirror's 趙縣人民政府辦公室): QA 30 #5.
STATS_META = [("report_id", "报告编号"), ("agency", "机构"), ("name_as_written", "名称原文"), ("year", "年份"), ("level", "层级"), ("province", "省份"),
              ("city", "地市"), ("agency_type", "机构类型"), ("template", "模板"), ("balance", BALANCE_CHECK),
              ("table_failures", "表内核对未通过项数"), ("cross_issues", "跨报告及文字核对问题数"),
              ("missing_parts", "缺少的部分"), ("blank_reason", "缺数原因")]
# A value stays a plain number in its cell (a spreadsheet must add it up); the columns whose values
# the report's own table disputes are named in a column of their own.
DISPUTED_HEADER = "本报告表内分项与总计不符的指标"
# The cells whose value no table gives and the report's prose states (counted, in the cells and the totals, as the
# tables' are): named with their values, so that a spreadsheet can take them out.
FROM_TEXT_HEADER = "表中未给出、文字所述的数字"
# The sentences those figures (and the area's totals below) stand on, as the search export and /compare quote them.
QUOTES_HEADER = "文字所述数字的报告原文"
# Why the report's blank figures are blank (search/figures/blank_reasons.py), one line a row.
BLANK_REASON_HEADER = "缺数原因"
# Under 合计, as the page's footer says: how many reports each column's total and median rest on.
COUNTS_ROW = "有数据的报告（份）"
# The counts the prose states only for a whole area (text_figures.area_figures): given apart, in no column above.
AREA_HEADER = "文字所述的地区合计（非本机关数字，未计入）"
# 机构所在地 is the body's place on every row it is known for (``place``), not the page's ``where``, which a name
# saying its place leaves empty: a spreadsheet filters on the column (QA 30 #12: 1 of 14 rows filled).
SEARCH_FIELDS = [("report_id", "报告编号"), ("agency", "机构"), ("agency_type", "机构类型"), ("year", "年份"), ("level", "层级"),
                 ("province", "省份"),
                 ("section", "部分"), ("section_title", "部分标题"), ("snippet", "摘要"),
                 ("more_sections", "本报告其他匹配部分数"), ("source", "来源文件"), ("url", "链接"), ("place", "机构所在地"),
                 ("figure_value", "所问数字"), ("figure", "所问数字说明"), ("figure_quote", "所问数字的报告原文")]
# The CSV's cells as the page shows them: the name as titled (未知机构 when the report names none), the level's word.
SEARCH_CELLS = {"agency": shown_name, "level": lambda v: LEVELS.get(v, v) if v else ""}


def stats_json(table: StatsTable, base_url: str = "") -> dict:
    """The documented JSON of /api/stats: every row and every column, totals, medians, group medians."""
    rows = []
    for row in table.all_rows:
        r = row.record
        blank = r.blank_reason()
        rows.append({
            "report_id": r.report_id, "agency": r.name, "name_as_written": r.agency, "agency_id": r.agency_id, "year": r.year, "level": r.level,
            "province": r.province or None, "city": r.city or None, "agency_type": r.agency_type,
            "template": r.template, "url": base_url + r.url,
            "checks": {"requests_balance": row.balance, "failures": row.failures,
                       "issues": [i.as_dict() for i in row.issues], "missing_parts": r.missing_parts},
            "values": row.values,
            "from_text": row.from_text,
            "area_totals": r.area,
            "disputed": r.disputed_columns,
            "quotes": stated_quotes(r),
            "blank_reason": blank.text or None,
            "blank_causes": blank.causes,
        })
    def groups(items):
        return [{"group": g.name, "reports": g.reports,
                 "medians": {key: cell.value for key, cell in g.medians.items()}} for g in items]

    return {
        "query": table.params.search.query_string(page=1),
        "total": table.total,
        "sort": {"by": table.params.by, "dir": "desc" if table.params.desc else "asc"},
        "columns": [column_entry(c) for c in COLUMNS],
        "rows": rows,
        "totals": {k: s.total for k, s in table.all_summaries.items()},
        "medians": {k: s.median for k, s in table.all_summaries.items()},
        "counts": {k: s.count for k, s in table.all_summaries.items()},
        "totals_from_text": {k: s.text_total for k, s in table.all_summaries.items()},
        "counts_from_text": {k: s.text_count for k, s in table.all_summaries.items()},
        "medians_by_level": groups(table.by_level),
        "medians_by_agency_type": groups(table.by_type),
        "messages": table.messages,
    }


def stats_rows(table: StatsTable, base_url: str = "") -> tuple[list[str], list[list]]:
    """Header and rows of the table's CSV: metadata, every column, the report's link."""
    header = ([label for _, label in STATS_META] + [csv_header(c) for c in COLUMNS]
              + [DISPUTED_HEADER, FROM_TEXT_HEADER, AREA_HEADER, QUOTES_HEADER, "报告链接"])
    rows = []
    for row in table.all_rows:
        r = row.record
        meta = [r.report_id, r.name, r.agency, r.year, LEVELS.get(r.level, r.level), r.province, r.city, r.agency_type,
                r.template or "", balance_state(row.balance), len(row.failures), len(row.issues),
                parts_text(r.missing_parts), r.blank_reason().text]
        disputed = "、".join(COLUMN_BY_KEY[key].label for key in r.disputed_columns)
        from_text = "；".join(f"{COLUMN_BY_KEY[key].label} {value:g}" for key, value in row.from_text.items())
        area = "；".join(f"{COLUMN_BY_KEY[key].label} {value:g}" for key, value in r.area.items())
        quotes = "；".join(f"{COLUMN_BY_KEY[key].label}：“{quote}”" for key, quote in stated_quotes(r).items())
        rows.append(meta + [row.values[c.key] for c in COLUMNS] + [disputed, from_text, area, quotes, base_url + r.url])
    tail = [""] * (len(header) - len(STATS_META) - len(COLUMNS))
    summary_rows = [["", label] + [""] * (len(STATS_META) - 2) + [getattr(table.all_summaries[c.key], field)
                                                                  for c in COLUMNS] + tail
                    for label, field in (("合计（比率为合并计算）", "total"), (COUNTS_ROW, "count"),
                                         ("其中据报告文字（表中未给出）", "text_total"), ("中位数", "median"))]
    return header, rows + summary_rows


def search_export(searcher, params: SearchParams, base_url: str = "") -> dict:
    """Every hit of a search (up to SEARCH_EXPORT_LIMIT) as plain data, snippets without markup."""
    return json.loads("".join(search_json(searcher, params, base_url)))


def search_json(searcher, params: SearchParams, base_url: str = "") -> Iterator[str]:
    """The search export's JSON in pieces, as the CSV is sent (``search_csv``): the same text ``to_json`` writes of
    the whole (``search_export``'s shape), its head once the hits are ranked, then EXPORT_STEP hits at a time."""
    result = _export_search(searcher, params)
    head = {"query": params.q, "total": result.total, "exported": len(result.unread),  # read() gives a hit a doc
            "truncated": result.total > len(result.unread), "grouped": not params.flat}

    def pieces() -> Iterator[str]:
        yield to_json(head)[:-2] + ",\n" + ' "hits": ' + ("[" if result.unread else "[]")
        for at in range(0, len(result.unread), EXPORT_STEP):
            hits = result.reader.read(result.unread[at:at + EXPORT_STEP])
            yield ",".join("\n" + _indented(hit_json(h, base_url, plain=True, q=result.params.q), 2) for h in hits) \
                + ("," if at + EXPORT_STEP < len(result.unread) else "\n ]")
        yield ",\n" + ' "messages": ' + _indented(result.messages, 1)[1:] + "\n}"
    return pieces()


def _indented(value, depth: int) -> str:
    """``to_json`` of a value that stands ``depth`` levels deep in a document (its lines indented as there): no
    string of JSON holds a line break, so each line is one of the document's."""
    return " " * depth + to_json(value).replace("\n", "\n" + " " * depth)


def search_csv(searcher, params: SearchParams, base_url: str = "") -> Iterator[str]:
    """The search export's CSV in pieces: the header once the hits are ranked, then EXPORT_STEP rows at a time as
    they are read, so that a download of thousands of rows begins at once. The search runs before the first piece:
    a request it cannot answer fails whole, never as a file cut short."""
    result = _export_search(searcher, params)

    def pieces() -> Iterator[str]:
        yield BOM + csv_lines([[label for _, label in SEARCH_FIELDS]])
        for at in range(0, len(result.unread), EXPORT_STEP):
            hits = result.reader.read(result.unread[at:at + EXPORT_STEP])
            yield csv_lines(search_rows({"hits": [hit_json(h, base_url, plain=True, q=result.params.q)
                                                   for h in hits]})[1])
    return pieces()


def _export_search(searcher, params: SearchParams) -> SearchResult:
    """The search of an export: every hit on one page, none read yet, no <mark> (the files carry none), and no
    facets, suggestions or chips (the files carry none of those)."""
    return run_search(searcher, replace(params, page=1, per_page=SEARCH_EXPORT_LIMIT), read=False, marked=False)


def search_rows(data: dict) -> tuple[list[str], list[list]]:
    """Header and rows of a search export's CSV."""
    return [label for _, label in SEARCH_FIELDS], [[SEARCH_CELLS[key](hit[key]) if key in SEARCH_CELLS else hit[key]
                                                    for key, _ in SEARCH_FIELDS] for hit in data["hits"]]


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(header: list[str], rows: list[list]) -> str:
    """CSV text with a BOM; unknown values are empty cells."""
    return BOM + csv_lines([header]) + csv_lines(rows)


def csv_lines(rows: list[list]) -> str:
    """Rows as CSV lines (CRLF), each value a cell as ``_cell`` writes it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def to_json(data: dict) -> str:
    """JSON text, Chinese kept as is."""
    return json.dumps(data, ensure_ascii=False, indent=1)


class BadRequest(ValueError):
    """A request the API answers with 400 and this message."""


@dataclass
class Download:
    """A file to send as an attachment: ``name`` says the selection it holds (nianbao-stats_江苏省_2019–2024年.csv), for
    a researcher's folder of exports; ``plain_name`` is the ASCII name for clients that read no UTF-8 file names."""

    text: str | Iterator[str]  # the whole file, or its pieces as they are written (the search CSV and JSON)
    name: str
    media_type: str
    plain_name: str


def export(searcher, args, base_url: str = "") -> Download:
    """What /api/export sends: the statistics table (``what=stats``) or every hit of the search
    (``what=search``), as CSV or JSON, for the selection the other arguments make."""
    what, fmt = args.get("what", "stats"), args.get("format", "csv")
    if what not in EXPORTS or fmt not in FORMATS:
        raise BadRequest("what 只能是 stats 或 search，format 只能是 csv 或 json。")
    if what == "stats" and args.get("dictionary") in ("1", "true"):  # what each column of the export means
        text = to_json(dictionary_json()) if fmt == "json" else to_csv(*dictionary_rows())
        return Download(text, f"nianbao-stats-columns.{fmt}", FORMATS[fmt], f"nianbao-stats-columns.{fmt}")
    if what == "stats":
        params = StatsParams.from_args(args, whole="导出文件列出所选的全部报告，不分页")
        table = build_stats(searcher, params)
        text = to_json(stats_json(table, base_url)) if fmt == "json" else _stats_csv(searcher, table, base_url)
        selection = params.search
    else:
        selection = paged_as(SearchParams.from_args(args), f"导出文件列出全部结果（最多 {SEARCH_EXPORT_LIMIT} 条），不分页")
        text = (search_json if fmt == "json" else search_csv)(searcher, selection, base_url)
    plain = f"nianbao-{what}"
    return Download(text, f"{plain}{_selection_words(searcher, selection)}.{fmt}", FORMATS[fmt], f"{plain}.{fmt}")


def _stats_csv(searcher, table: StatsTable, base_url: str) -> str:
    """The statistics CSV of a table, written once per generation for its rows in their order and the links' server:
    the whole corpus's is 10,000 rows formatted and quoted, 0.25-0.6 s of every download on a quiet machine (session
    37); its bytes depend on nothing else."""
    kept = record_store(searcher).cache.setdefault("stats_csv", {})
    key = (base_url, tuple(row.record.report_id for row in table.all_rows))
    text = kept.get(key)
    if text is None:
        text = to_csv(*stats_rows(table, base_url))
        if len(kept) >= STATS_CSV_KEPT:
            kept.pop(next(iter(kept)), None)
        kept[key] = text
    return text


_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|，,；;\x00-\x1f]+')  # separators of paths and lists, control characters


def _selection_words(searcher, params: SearchParams) -> str:
    """The selection as a file name's tail: its query and chosen filters as the pages' chips name them ('' for all)."""
    labels = [c.label.removeprefix("关键词：") for c in selection_chips(searcher, params)]
    words = "_".join(w for w in (_NOT_IN_NAMES.sub("-", re.sub(r"\s+", "", label)).strip("-") for label in labels) if w)
    return f"_{words[:80]}" if words else ""
