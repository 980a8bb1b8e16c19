"""The OpenAPI 3.1 description of Nianbao's JSON API, served at /api/openapi.json."""
from __future__ import annotations

from search.figures.columns import COLUMNS, VIEWS
from search.retrieval.params import LEVELS, PER_PAGE_CHOICES, SORTS
from search.figures.stats import META_SORTS
from search.figures.trends import TREND_FIGURES


def _param(name: str, description: str, schema: dict, many: bool = False) -> dict:
    if many:
        schema = {"type": "array", "items": schema}
    out = {"name": name, "in": "query", "description": description, "schema": schema}
    if many:
        out.update(style="form", explode=True)
    return out


SELECTION = [
    {"$ref": "#/components/parameters/q"}, {"$ref": "#/components/parameters/agency"},
    {"$ref": "#/components/parameters/year"}, {"$ref": "#/components/parameters/section"},
    {"$ref": "#/components/parameters/level"}, {"$ref": "#/components/parameters/province"},
]
STATS_PARAMS = [
    _param("by", "Column to sort on: a column key or agency, year, level, check.",
           {"type": "string", "enum": [c.key for c in COLUMNS] + list(META_SORTS), "default": "requests_new"}),
    _param("dir", "Sort direction; unknown values always sort last.", {"type": "string", "enum": ["desc", "asc"]}),
    _param("view", "Column group the HTML page shows (the JSON always has every column).",
           {"type": "string", "enum": list(VIEWS), "default": "key"}),
]
_ERROR = {"description": "Bad request", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
_JSON_OBJECT = {"application/json": {"schema": {"type": "object"}}}


def openapi_spec() -> dict:
    """The description as a plain dict."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Nianbao 年报检索 API", "version": "1.0",
                 "description": "Search government information-disclosure annual reports (政府信息公开工作年度报告) "
                                "and the figures of their tables. Every endpoint takes the search parameters of "
                                "/api/search to select reports; statistics cover every report the search selects, "
                                "not one page. Unknown figures are null, never 0."},
        "paths": {
            "/api/search": {"get": {
                "summary": "Search the reports' parts",
                "parameters": SELECTION + [
                    _param("sort", "Order of hits.", {"type": "string", "enum": list(SORTS)}),
                    _param("page", "Page, from 1.", {"type": "integer", "minimum": 1}),
                    _param("per_page", "Hits per page.", {"type": "integer", "enum": list(PER_PAGE_CHOICES)}),
                    _param("flat", "1: one hit per part instead of per report.", {"type": "string", "enum": ["1"]}),
                ],
                "responses": {"200": {"description": "Hits, totals and facet counts", "content": _JSON_OBJECT}}}},
            "/api/reports/{report_id}": {"get": {
                "summary": "One parsed report (the JSON of `python -m indexer parse`)",
                "parameters": [{"name": "report_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The report", "content": _JSON_OBJECT},
                              "404": {"description": "No such report"}}}},
            "/api/stats": {"get": {
                "summary": "Key figures of every selected report, with totals, medians and medians by level and agency type",
                "parameters": SELECTION + STATS_PARAMS,
                "responses": {"200": {"description": "The statistics table",
                                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stats"}}}}}}},
            "/api/export": {"get": {
                "summary": "Download the statistics table or the search results as CSV (UTF-8 with BOM) or JSON",
                "parameters": SELECTION + STATS_PARAMS + [
                    _param("what", "What to export.", {"type": "string", "enum": ["stats", "search"], "default": "stats"}),
                    _param("format", "File format.", {"type": "string", "enum": ["csv", "json"], "default": "csv"}),
                    _param("flat", "Search export: one row per matching part.", {"type": "string", "enum": ["1"]}),
                ],
                "responses": {"200": {"description": "An attachment",
                                      "content": {"text/csv": {"schema": {"type": "string"}}, **_JSON_OBJECT}},
                              "400": _ERROR}}},
            "/api/trends": {"get": {
                "summary": "Key figures by year for the selection (one agency: its own reports)",
                "parameters": SELECTION + [_param("fig", "Figures to chart (up to 8).",
                                                  {"type": "string", "enum": TREND_FIGURES}, many=True)],
                "responses": {"200": {"description": "Series by year", "content": _JSON_OBJECT}}}},
            "/api/compare": {"get": {
                "summary": "Two to four reports side by side, part by part",
                "parameters": [_param("id", "Report ids (2 to 4).", {"type": "string"}, many=True)],
                "responses": {"200": {"description": "Aligned figures and shared text per part", "content": _JSON_OBJECT},
                              "400": _ERROR}}},
            "/api/quality": {"get": {
                "summary": "Failed checks of the selection: tables, continuity between years, prose against tables, near-identical text",
                "parameters": SELECTION,
                "responses": {"200": {"description": "Failed checks by kind", "content": _JSON_OBJECT}}}},
            "/api/openapi.json": {"get": {"summary": "This description",
                                          "responses": {"200": {"description": "OpenAPI 3.1", "content": _JSON_OBJECT}}}},
        },
        "components": {
            "parameters": {
                "q": _param("q", "Query text (words, \"phrases\", OR, -exclusions, agency:/year:/section: filters).",
                            {"type": "string", "maxLength": 500}),
                "agency": _param("agency", "Agency as written (several: any of them).", {"type": "string"}, many=True),
                "year": _param("year", "Year reported on.", {"type": "integer", "minimum": 1990, "maximum": 2100}, many=True),
                "section": _param("section", "Template part 1-6.", {"type": "integer", "minimum": 1, "maximum": 6}, many=True),
                "level": _param("level", "Level of the agency.", {"type": "string", "enum": list(LEVELS)}, many=True),
                "province": _param("province", "Province name, or unknown.", {"type": "string"}, many=True),
            },
            "schemas": {
                "Error": {"type": "object", "required": ["error", "message"],
                          "properties": {"error": {"type": "string"}, "message": {"type": "string"}}},
                "Stats": {"type": "object", "properties": {
                    "total": {"type": "integer"},
                    "columns": {"type": "array", "items": {"type": "object", "properties": {
                        "key": {"type": "string", "enum": [c.key for c in COLUMNS]}, "label": {"type": "string"},
                        "group": {"type": "string"}, "unit": {"type": "string"}, "note": {"type": "string"}}}},
                    "rows": {"type": "array", "items": {"type": "object", "properties": {
                        "report_id": {"type": "string"}, "agency": {"type": "string"}, "year": {"type": ["integer", "null"]},
                        "level": {"type": "string"}, "agency_type": {"type": "string"}, "url": {"type": "string"},
                        "checks": {"type": "object"},
                        "values": {"type": "object", "additionalProperties": {"type": ["number", "null"]}}}}},
                    "totals": {"type": "object"}, "medians": {"type": "object"}, "counts": {"type": "object"},
                    "medians_by_level": {"type": "array"}, "medians_by_agency_type": {"type": "array"},
                }},
            },
        },
    }
