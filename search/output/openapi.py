"""The OpenAPI 3.1 description of Nianbao's JSON API, served at /api/openapi.json.

Parameters are generated from the constants the parsers whitelist (``SearchParams``: facets,
years, levels, quality flags, range figures, sorts, page sizes; ``StatsParams``; trends' figures;
exports), so a parameter the code accepts cannot be left out: tests/web/test_openapi.py checks
that every endpoint documents exactly the parameters it reads.
"""
from __future__ import annotations

from search.agencies.browse import PER_PAGE as AGENCIES_PER_PAGE
from search.figures.blank_reasons import CAUSES
from search.figures.columns import COLUMNS, VIEWS
from search.figures.compare import MAX_REPORTS, MIN_REPORTS
from search.figures.quality import LISTS as QUALITY_LISTS, PAGE_SIZE as QUALITY_PAGE
from search.figures.stats_params import META_SORTS
from search.figures.trends import MAX_FIGURES, TREND_FIGURES
from search.output.export import EXPORTS, FORMATS, SEARCH_EXPORT_LIMIT
from search.output.feeds import FEED_SIZE, FeedArgs
from search.retrieval.params import FACETS, FLAT_VALUES, LEVELS, MAX_PAGE, PER_PAGE_CHOICES, SORTS, YEARS
from search.retrieval.rangeable import MAX_FIGURE, RANGEABLE
from search.retrieval.query_length import MAX_QUERY
from search.schema import QUALITY_FLAGS

# What each facet parameter selects, and the values it takes (every name in FACETS needs one).
FACET_PARAMETERS = {
    "agency": ("Agency as written.", {"type": "string"}),
    "year": ("Year reported on.", {"type": "integer", "minimum": YEARS[0], "maximum": YEARS[1]}),
    "section": ("Template part, 1 to 6; 0 is the preamble (the lead-in before part 一).", {"type": "integer", "minimum": 0, "maximum": 6}),
    "level": ("Level of the agency.", {"type": "string", "enum": list(LEVELS)}),
    "province": ("Province as the division list names it (江苏省, 上海市), or unknown.", {"type": "string"}),
    "city": ("City; narrows its own province only (province=江苏省&city=淮安市&province=浙江省 is 淮安市 "
             "plus all of 浙江省); alone, a filter of its own.", {"type": "string"}),
    "quality": ("What the checks found: " + ", ".join(f"{k} ({v})" for k, v in QUALITY_FLAGS.items()) + ".",
                {"type": "string", "enum": list(QUALITY_FLAGS)}),
    "kind": ("Kind of the issuing body (机构类型, its function as /agencies lists it: 公安局, 卫生健康委员会, 人民政府, "
             "其他); a kind no body of the index is of is ignored with a message.", {"type": "string"}),
}


def _param(name: str, description: str, schema: dict, many: bool = False) -> dict:
    if many:
        schema = {"type": "array", "items": schema}
    out = {"name": name, "in": "query", "description": description, "schema": schema}
    if many:
        out.update(style="form", explode=True)
    return out


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/parameters/{name}"}


def search_parameters() -> dict[str, dict]:
    """Every parameter ``SearchParams.from_args`` reads, by name."""
    params = [_param("q", "Query text (words, \"phrases\", OR, -exclusions, agency:/year:/section: filters).",
                     {"type": "string", "maxLength": MAX_QUERY})]
    params += [_param(name, description + " Repeat for several values (any of them).", schema, many=True)
               for name, (description, schema) in ((n, FACET_PARAMETERS[n]) for n in FACETS)]
    year = {"type": "integer", "minimum": YEARS[0], "maximum": YEARS[1]}
    params += [_param("year_from", "First year, inclusive.", year), _param("year_to", "Last year, inclusive.", year)]
    for key, figure in RANGEABLE.items():
        bound = ({"type": "integer", "minimum": 0, "maximum": MAX_FIGURE} if figure.whole
                 else {"type": "number", "minimum": 0, "maximum": MAX_FIGURE, "multipleOf": 0.01})
        unit = f" in {figure.unit}" if not figure.whole else ""
        params += [_param(f"min_{key}", f"Lowest {key} ({figure.label}{unit}), inclusive: the table's figure, or where "
                                        "no table gives it, the count the report's prose states (a hit's `figure` then "
                                        "ends （据报告文字，表中未给出）); a report that gives it nowhere never matches (blank "
                                        "is not 0), and `messages` says how many such reports the range could not judge.",
                          bound),
                   _param(f"max_{key}", f"Highest {key} ({figure.label}{unit}), inclusive.", bound)]
    params += [
        _param("sort", "Order of hits (ties and the empty query: newest first).",
               {"type": "string", "enum": list(SORTS), "default": "relevance"}),
        _param("page", "Page of hits.", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1}),
        _param("per_page", "Hits per page.", {"type": "integer", "enum": list(PER_PAGE_CHOICES), "default": 10}),
        _param("flat", "One hit per matching part instead of one per report.",
               {"type": "string", "enum": list(FLAT_VALUES)}),
    ]
    return {p["name"]: p for p in params}


STATS_PARAMETERS = [
    _param("by", "Column to sort on: a column key or agency, year, level, check.",
           {"type": "string", "enum": [c.key for c in COLUMNS] + list(META_SORTS), "default": "requests_new"}),
    _param("dir", "Sort direction; unknown values always sort last.", {"type": "string", "enum": ["desc", "asc"]}),
    _param("view", "Column group the HTML page shows (the JSON always has every column).",
           {"type": "string", "enum": list(VIEWS), "default": "key"}),
    _param("groups", "all: the HTML page's medians by agency type list every kind, not the largest few (the JSON "
                     "always has every group).", {"type": "string", "enum": ["all"]}),
]
AGENCY_PARAMETERS = [
    _param("name", "Words of any of an agency's names or of its place (徐州 卫健委); a word that reads as a "
                   "function (卫健委, 发改局) matches the agency's kind.", {"type": "string", "maxLength": 50}),
    _param("place", "A place of the region tree: a division code (320000 a province, 320300 a city, 320312 a "
                    "county: the agencies within it; a province or city also holds the unresolved agencies whose reports "
                    "lie in it), central, or unresolved (agencies nothing places).",
           {"type": "string", "pattern": "^([0-9]{6}|central|unresolved)$"}),
    _param("kind", "The agency's function as the ids name it (民政局, 人民政府, 卫生健康委员会).",
           {"type": "string", "maxLength": 50}),
    _param("page", f"Page of {AGENCIES_PER_PAGE} agencies; without it, every agency at once.",
           {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}),
]
AGENCY_ID = {"name": "agency_id", "in": "path", "required": True, "schema": {"type": "string"},
             "description": "An agency id (docs/agencies.md): 320300:卫生健康委员会, 640502/宣和镇:人民政府, central:民政部."}
_ATOM = {"application/atom+xml": {"schema": {"type": "string"}}}
SELECTION_NOTE = (" Reports are selected with the parameters of /api/search: every report the search finds, "
                  "whatever its page, order or page size.")
_ERROR = {"description": "Bad request", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
_JSON_OBJECT = {"application/json": {"schema": {"type": "object"}}}


def openapi_spec() -> dict:
    """The description as a plain dict."""
    searching = search_parameters()
    selection = [_ref(name) for name in searching]
    return {
        "openapi": "3.1.0",
        "info": {"title": "Nianbao 年报检索 API", "version": "1.0",
                 "description": "Search government information-disclosure annual reports (政府信息公开工作年度报告) "
                                "and the figures of their tables. Every endpoint takes the search parameters of "
                                "/api/search to select reports; statistics cover every report the search selects, "
                                "not one page. Unknown figures are null, never 0. Bad values never fail: they are "
                                "ignored, and a sentence in `messages` says so."},
        "paths": {
            "/api/search": {"get": {
                "summary": "Search the reports' parts",
                "parameters": selection,
                "responses": {"200": {"description": "Hits, totals and facet counts", "content": _JSON_OBJECT}}}},
            "/api/reports/{report_id}": {"get": {
                "summary": "One parsed report (the JSON of `python -m indexer parse`)",
                "description": "With `copy_of` (the report the lists keep when this one is a copy of it, else null) and "
                               "`copies` (the other files holding this report): `{report_id, source, url}` each.",
                "parameters": [{"name": "report_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The report", "content": _JSON_OBJECT},
                              "404": {"description": "No such report"}}}},
            "/api/stats": {"get": {
                "summary": "Key figures of every selected report, with totals, medians and medians by level and agency type",
                "description": SELECTION_NOTE.strip(),
                "parameters": selection + STATS_PARAMETERS,
                "responses": {"200": {"description": "The statistics table",
                                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stats"}}}}}}},
            "/api/export": {"get": {
                "summary": "Download the statistics table or the search results as CSV (UTF-8 with BOM) or JSON",
                "description": SELECTION_NOTE.strip() + f" A search export lists up to {SEARCH_EXPORT_LIMIT} hits, in "
                               "the order and grouping (flat) asked for.",
                "parameters": selection + STATS_PARAMETERS + [
                    _param("what", "What to export.", {"type": "string", "enum": list(EXPORTS), "default": "stats"}),
                    _param("format", "File format.", {"type": "string", "enum": list(FORMATS), "default": "csv"}),
                    _param("dictionary", "With what=stats: instead of the table, what each of its columns means (key, "
                                         "label, unit, template part and row, formula), as CSV or as JSON "
                                         "{columns, other_columns, summary_rows}.",
                           {"type": "string", "enum": ["1", "true"]}),
                ],
                "responses": {"200": {"description": "An attachment",
                                      "content": {"text/csv": {"schema": {"type": "string"}}, **_JSON_OBJECT}},
                              "400": _ERROR}}},
            "/api/trends": {"get": {
                "summary": "Key figures by year for the selection (one agency: its own reports)",
                "description": SELECTION_NOTE.strip() + " A year filter is set aside: a trend covers every year.",
                "parameters": selection + [_param("fig", f"Figures to chart (up to {MAX_FIGURES}).",
                                                  {"type": "string", "enum": TREND_FIGURES}, many=True)],
                "responses": {"200": {"description": "Series by year", "content": _JSON_OBJECT}}}},
            "/api/compare": {"get": {
                "summary": f"{MIN_REPORTS} to {MAX_REPORTS} reports side by side, part by part",
                "parameters": [
                    _param("id", f"Report ids ({MIN_REPORTS} to {MAX_REPORTS}); one value may hold several, "
                                 "separated by spaces or commas.", {"type": "string"}, many=True),
                    _param("only", "diff: only the figures that differ.", {"type": "string", "enum": ["diff"]}),
                    _param("q", "Words to find reports to compare (agency, place, year): `candidates` lists the "
                                "reports of the bodies the words name (name, abbreviation or place; a year typed keeps "
                                "that year), each body's together, oldest first, then the other reports the search "
                                "finds for them (`searched_only`: true); those already chosen left out.", {"type": "string"}),
                ],
                "responses": {"200": {"description": "Aligned figures and shared text per part", "content": _JSON_OBJECT},
                              "400": _ERROR}}},
            "/api/quality": {"get": {
                "summary": "Failed checks of the selection: tables, continuity between years, prose against tables, near-identical text",
                "description": SELECTION_NOTE.strip() + f" Each list gives its first {QUALITY_PAGE} items; `lists` gives "
                               "each list's total and the URL of the rest (`list=` names one list, `page=` pages it).",
                "parameters": selection + [
                    _param("list", "One list, paged.", {"type": "string", "enum": list(QUALITY_LISTS)})],
                "responses": {"200": {"description": "Failed checks by kind", "content": _JSON_OBJECT}}}},
            "/api/agencies": {"get": {
                "summary": "Agencies (one id per body across spellings, years and reforms), by place and kind",
                "description": "Without search parameters, every agency of the index; with them (q, year, level …), "
                               "the agencies of the reports that search selects (sort, per_page and flat change "
                               "nothing here). Each agency has its latest name, every spelling its reports use, its "
                               "place and its reports; `places` and `kinds` count agencies, each with its link.",
                "parameters": [_ref(name) for name in searching if name != "page"] + AGENCY_PARAMETERS,
                "responses": {"200": {"description": "Agencies, places and kinds", "content": _JSON_OBJECT}}}},
            "/api/agencies/{agency_id}": {"get": {
                "summary": "One agency: its reports, every figure by year, continuity between consecutive years, "
                           "the reforms that renamed or merged it",
                "parameters": [AGENCY_ID],
                "responses": {"200": {"description": "The agency", "content": _JSON_OBJECT},
                              "404": {"description": "No report of the index is of this agency"}}}},
            "/feed": {"get": {
                "summary": f"Atom feed of the reports a search selects, newest indexed first (up to {FEED_SIZE})",
                "description": "The parameters of /api/search but sort, page, per_page and flat, which a feed does not "
                               "read; what it could not read is in its subtitle. Answers 304 to If-Modified-Since "
                               "when nothing new was indexed.",
                "parameters": [_ref(name) for name in searching if name not in FeedArgs.NOT_A_FEEDS],
                "responses": {"200": {"description": "An Atom 1.0 feed (RFC 4287)", "content": _ATOM},
                              "304": {"description": "Not modified"}}}},
            "/agencies/{agency_id}/feed": {"get": {
                "summary": f"Atom feed of one agency's reports, newest indexed first (up to {FEED_SIZE})",
                "parameters": [AGENCY_ID],
                "responses": {"200": {"description": "An Atom 1.0 feed (RFC 4287)", "content": _ATOM},
                              "304": {"description": "Not modified"}, "404": {"description": "No such agency"}}}},
            "/api/openapi.json": {"get": {"summary": "This description",
                                          "responses": {"200": {"description": "OpenAPI 3.1", "content": _JSON_OBJECT}}}},
        },
        "components": {
            "parameters": searching,
            "schemas": {
                "Error": {"type": "object", "required": ["error", "message"],
                          "properties": {"error": {"type": "string"}, "message": {"type": "string"}}},
                "Stats": {"type": "object", "properties": {
                    "total": {"type": "integer"},
                    "columns": {"type": "array", "items": {"type": "object", "properties": {
                        "key": {"type": "string", "enum": [c.key for c in COLUMNS]}, "label": {"type": "string"},
                        "group": {"type": "string"}, "unit": {"type": "string"}, "note": {"type": "string"},
                        "header": {"type": "string", "description": "the column's header in the CSV export"},
                        "part": {"type": "integer", "description": "the template part (1–6) whose table gives it"},
                        "template_row": {"type": "string", "description": "the template row read ('' for a rate)"},
                        "formula": {"type": "string", "description": "how it is computed ('' for a row as written)"}}}},
                    "rows": {"type": "array", "items": {"type": "object", "properties": {
                        "report_id": {"type": "string"},
                        "agency": {"type": "string", "description": "As the page shows it (simplified script)."},
                        "name_as_written": {"type": "string", "description": "As the report writes it."},
                        "agency_type": {"type": "string", "description": "The kind of body as /agencies and kind= name it (民政局, 人民政府; 其他 when none is read)."},
                        "agency_id": {"type": "string"},
                        "year": {"type": ["integer", "null"]},
                        "level": {"type": "string"}, "agency_type": {"type": "string"}, "url": {"type": "string"},
                        "checks": {"type": "object"},
                        "values": {"type": "object", "additionalProperties": {"type": ["number", "null"]},
                                   "description": "every column: the table's value, else the count the report's prose "
                                                  "states (listed in from_text); null when neither gives it"},
                        "disputed": {"type": "object", "additionalProperties": {"type": "string"},
                                     "description": "columns whose value the report's own table disputes: key → why"},
                        "from_text": {"type": "object", "additionalProperties": {"type": "number"},
                                      "description": "the values no table gives but the report's prose states: key → "
                                                     "count (0 where it says none came); counted in values, totals "
                                                     "and medians like the tables'"},
                        "area_totals": {"type": "object", "additionalProperties": {"type": "number"},
                                        "description": "the counts the prose states only for the whole area or all its "
                                                       "bodies (全市各级、各部门共…) where the body's own is unknown: "
                                                       "key → count; never in values, totals, medians or sorting"},
                        "quotes": {"type": "object", "additionalProperties": {"type": "string"},
                                   "description": "the sentence each from_text or area_totals figure stands on: key → "
                                                  "quote (a sum of parts has none)"},
                        "blank_reason": {"type": ["string", "null"],
                                         "description": "why the row's blank values are blank, in a line (文本不完整"
                                                        "（第三、四部分）；表格未读出（第二部分）); null when none is"},
                        "blank_causes": {"type": "array", "items": {"type": "object", "properties": {
                            "cause": {"type": "string", "enum": list(CAUSES)}, "label": {"type": "string"},
                            "parts": {"type": "array", "items": {"type": "integer"}},
                            "columns": {"type": "array", "items": {"type": "string"}}}},
                            "description": "each cause with the parts and the blank columns it explains"}}}},
                    "totals": {"type": "object"}, "medians": {"type": "object"}, "counts": {"type": "object"},
                    "totals_from_text": {"type": "object", "description": "of each total, the part reports' prose "
                                                                          "states (null when none)"},
                    "counts_from_text": {"type": "object", "description": "of each count, the reports whose value is "
                                                                          "their prose's"},
                    "medians_by_level": {"type": "array"}, "medians_by_agency_type": {"type": "array"},
                }},
            },
        },
    }
