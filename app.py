"""Nianbao web app: search page, report pages and the JSON API, all through ``search.run_search``."""
from __future__ import annotations

from flask import Flask, abort, jsonify, make_response, redirect, render_template, request, send_file, url_for
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import HTTPException

from search.analysis import init_jieba
from search.vocabulary import KEY_FIGURES, SECTION_NAMES
from search.retrieval.engine import get_report, reports_of_agency, run_search
from search.retrieval.facets import FACET_LABELS, FIGURE_LABELS, range_fields
from search.index import IndexHandle, IndexMissing, index_root
from search.output.originals import media_type, original_file
from search.retrieval.params import LEVELS, SORTS, SearchParams
from search.retrieval.query import parse_query
from search.output.report_view import prepare_report
from search.retrieval.snippets import highlight
from search.output import export as stats_export
from search.figures.compare import MAX_REPORTS, build_comparison, parse_ids
from search.figures.columns import VIEWS
from search.output.openapi import openapi_spec
from search.figures.quality import build_quality
from search.output.shapes import comparison_json, quality_json, trend_json
from search.figures.stats import StatsParams, build_stats
from search.figures.trends import build_trend, figure_choices

SECURITY_HEADERS = {
    # No inline script anywhere: htmx and our script come from /static.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
# What an error page says, by status (the JSON API answers {"error": code, "message": text}).
ERRORS = {
    400: ("bad_request", "请求无效", "请求无效，请检查链接。"),
    404: ("not_found", "未找到", "没有这个页面或报告。"),
    405: ("method_not_allowed", "不支持的请求方式", "这个地址只接受浏览（GET）请求。"),
    413: ("too_large", "请求过大", "请求的内容过大。"),
    414: ("uri_too_long", "链接过长", "链接过长，请缩短查询。"),
    431: ("headers_too_large", "请求头过大", "请求头过大。"),
    500: ("internal_error", "服务器出错", "服务器处理请求时出错，已记录。请稍后再试。"),
}


def wants_fragment() -> bool:
    """True for an htmx swap; history restores and boosted navigation get the whole page."""
    headers = request.headers
    return (
        headers.get("HX-Request") == "true"
        and headers.get("HX-History-Restore-Request") != "true"
        and headers.get("HX-Boosted") != "true"
    )


def render_page(page: str, fragment: str, status: int = 200, **context):
    """Render the full page, or only its fragment for htmx, varying the cache on HX-Request."""
    template = fragment if wants_fragment() else page
    response = make_response(render_template(template, **context), status)
    response.headers["Vary"] = "HX-Request"
    return response


def hit_json(hit) -> dict:
    """A hit as the API shows it."""
    return {
        "report_id": hit.report_id,
        "agency": hit.agency,
        "year": hit.year,
        "section": hit.section,
        "section_title": hit.section_title,
        "snippet": str(hit.snippet),
        "url": hit.url,
        "source": hit.source,
        "more_sections": hit.more_sections,
    }


class HtmlSafeJSON(DefaultJSONProvider):
    """JSON with <, > and & written as escapes: a response sniffed or pasted as HTML runs nothing."""

    ensure_ascii = False

    def dumps(self, obj, **kwargs) -> str:
        # These characters occur only inside JSON strings, where the escapes mean the same.
        text = super().dumps(obj, **kwargs)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def result_json(result) -> dict:
    """The documented JSON shape of /api/search."""
    return {
        "query": result.params.q,
        "total": result.total,
        "total_reports": result.total_reports,
        "total_sections": result.total_sections,
        "page": result.page,
        "pages": result.pages,
        "per_page": result.params.per_page,
        "grouped": not result.params.flat,
        "hits": [hit_json(h) for h in result.hits],
        "facets": {name: [facet_json(f) for f in values] for name, values in result.facets.items()},
        "filters": [{"kind": c.kind, "label": c.label, "remove": f"/api/search?{c.remove}"} for c in result.chips],
        "messages": result.messages,
    }


def facet_json(value) -> dict:
    """One facet value as the API shows it, with the URL that toggles it."""
    out = {"value": value.value, "label": value.label, "count": value.count, "selected": value.selected,
           "toggle": f"/api/search?{value.toggle}"}
    if value.parent:
        out["province"] = value.parent
    return out


def create_app(test_config: dict | None = None) -> Flask:
    """The application factory (``flask --app app run``)."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(INDEX=str(index_root()), JSON_AS_ASCII=False)
    if test_config:
        app.config.update(test_config)
    app.json = HtmlSafeJSON(app)
    app.extensions["nianbao_index"] = IndexHandle(app.config["INDEX"])
    init_jieba()  # at start-up, not on the first request

    def searcher():
        return app.extensions["nianbao_index"].searcher()

    app.add_template_filter(highlight, "mark")

    @app.context_processor
    def labels():
        return {"facet_labels": FACET_LABELS, "section_names": SECTION_NAMES, "levels": LEVELS,
                "key_figures": KEY_FIGURES}

    @app.after_request
    def security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.errorhandler(IndexMissing)
    def index_missing(exc):
        if request.path.startswith("/api/"):
            return jsonify({"error": "index_missing", "message": str(exc)}), 503
        return render_template("error.html", title="索引尚未建立", message="请先运行 make run 或 python -m indexer build 建立索引。"), 503

    def error_response(status: int, message: str | None = None):
        code, title, default = ERRORS.get(status, ("error", "请求无法完成", "请求无法完成。"))
        if request.path.startswith("/api/"):
            return jsonify({"error": code, "message": message or default}), status
        return render_template("error.html", title=title, message=message or default), status

    @app.errorhandler(HTTPException)
    def http_error(exc):
        if exc.code is None or exc.code < 400:
            return exc  # redirects and the like pass through
        return error_response(exc.code)

    @app.errorhandler(Exception)
    def internal_error(exc):
        if app.testing:
            raise exc  # tests see the real error
        # Never a stack trace for the user; the log has it.
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(500)

    @app.get("/")
    def index():
        params = SearchParams.from_args(request.args)
        canonical = url_for("index") + (f"?{params.query_string()}" if params.pairs() else "")
        # A plain form submit sends every empty field; keep the shared link short (unless a
        # message must be shown about a value that would vanish from the URL).
        if not wants_fragment() and not params.messages and any(v == "" for _, v in request.args.items(multi=True)):
            return redirect(canonical, 303)
        result = run_search(searcher(), params)
        response = render_page("index.html", "_results.html", result=result, params=params, sorts=SORTS,
                               levels=LEVELS, ranges=range_fields(params), htmx=wants_fragment())
        if wants_fragment():
            response.headers["HX-Push-Url"] = canonical
        return response

    @app.get("/api/search")
    def api_search():
        result = run_search(searcher(), SearchParams.from_args(request.args))
        return jsonify(result_json(result))

    @app.get("/reports/<report_id>")
    def report(report_id: str):
        data = get_report(searcher(), report_id)
        if data is None:
            abort(404)
        params = SearchParams.from_args(request.args)
        terms = parse_query(params.q).highlight_terms() if params.q else []
        years = reports_of_agency(searcher(), data.get("agency") or "未知机构")
        return render_template("report.html", report=data, terms=terms, params=params, years=years,
                               view=prepare_report(data, terms), figure_labels=FIGURE_LABELS)

    @app.get("/reports/<report_id>/original")
    def report_original(report_id: str):
        data = get_report(searcher(), report_id)
        if data is None:
            abort(404)
        # By the path the build recorded for this id, never a path taken from the request.
        found = original_file(app.extensions["nianbao_index"].manifest(), report_id)
        if found is None:
            return error_response(404, "原始文件已不在建立索引时的位置，或内容已改变。")
        response = send_file(found, mimetype=media_type(data.get("kind")), as_attachment=True,
                             download_name=found.name, max_age=0)
        response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
        return response

    @app.get("/api/reports/<report_id>")
    def api_report(report_id: str):
        data = get_report(searcher(), report_id)
        if data is None:
            abort(404)
        return jsonify(data)

    @app.get("/help")
    def help_page():
        return render_template("help.html")

    # --- Figures: statistics table, exports, trends, comparison, data quality (docs/stats.md) ---

    def base_url() -> str:
        return request.host_url.rstrip("/")

    def api_error(message: str, status: int = 400):
        return jsonify({"error": "bad_request", "message": message}), status

    def attachment(text: str, name: str, mimetype: str):
        response = make_response(text)
        response.headers["Content-Type"] = f"{mimetype}; charset=utf-8"
        response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    @app.get("/stats")
    def stats_page():
        params = StatsParams.from_args(request.args)
        table = build_stats(searcher(), params)
        facets = run_search(searcher(), params.search).facets
        return render_page("stats.html", "_stats_table.html", table=table, params=params, facets=facets, views=VIEWS)

    @app.get("/api/stats")
    def api_stats():
        table = build_stats(searcher(), StatsParams.from_args(request.args))
        return jsonify(stats_export.stats_json(table, base_url()))

    @app.get("/api/export")
    def api_export():
        what, fmt = request.args.get("what", "stats"), request.args.get("format", "csv")
        if what not in ("stats", "search") or fmt not in ("csv", "json"):
            return api_error("what 只能是 stats 或 search，format 只能是 csv 或 json。")
        if what == "stats":
            table = build_stats(searcher(), StatsParams.from_args(request.args))
            if fmt == "json":
                return attachment(stats_export.to_json(stats_export.stats_json(table, base_url())), "nianbao-stats.json", "application/json")
            return attachment(stats_export.to_csv(*stats_export.stats_rows(table, base_url())), "nianbao-stats.csv", "text/csv")
        data = stats_export.search_export(searcher(), SearchParams.from_args(request.args), base_url())
        if fmt == "json":
            return attachment(stats_export.to_json(data), "nianbao-search.json", "application/json")
        return attachment(stats_export.to_csv(*stats_export.search_rows(data)), "nianbao-search.csv", "text/csv")

    @app.get("/trends")
    def trends_page():
        params = SearchParams.from_args(request.args)
        trend = build_trend(searcher(), params, request.args.getlist("fig"))
        return render_page("trends.html", "_trends.html", trend=trend, params=trend.params, figures=figure_choices())

    @app.get("/api/trends")
    def api_trends():
        trend = build_trend(searcher(), SearchParams.from_args(request.args), request.args.getlist("fig"))
        return jsonify(trend_json(trend, base_url()))

    @app.get("/compare")
    def compare_page():
        ids, messages = parse_ids(request.args.getlist("id"))
        comparison = build_comparison(searcher(), ids, request.args.get("only") == "diff")
        comparison.messages[:0] = messages
        typed = " ".join(request.args.getlist("id"))[:400]  # shown back as typed, bad ids included
        return render_template("compare.html", comparison=comparison, typed=typed, max_reports=MAX_REPORTS)

    @app.get("/api/compare")
    def api_compare():
        ids, messages = parse_ids(request.args.getlist("id"))
        comparison = build_comparison(searcher(), ids, request.args.get("only") == "diff")
        comparison.messages[:0] = messages
        if not comparison.ok:
            return api_error(" ".join(comparison.messages))
        return jsonify(comparison_json(comparison, base_url()))

    @app.get("/quality")
    def quality_page():
        params = SearchParams.from_args(request.args)
        return render_template("quality.html", quality=build_quality(searcher(), params), params=params)

    @app.get("/api/quality")
    def api_quality():
        return jsonify(quality_json(build_quality(searcher(), SearchParams.from_args(request.args)), base_url()))

    @app.get("/api/openapi.json")
    def api_openapi():
        return jsonify(openapi_spec())

    return app
