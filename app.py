"""Nianbao web app: search page, report pages and the JSON API, all through ``search.run_search``."""
from __future__ import annotations

from flask import Flask, abort, jsonify, make_response, render_template, request, send_file
from werkzeug.exceptions import HTTPException

from search.analysis import init_jieba
from indexer.figures import KEY_FIGURES
from indexer.model import SECTION_NAMES
from search.engine import FACET_LABELS, get_report, reports_of_agency, run_search
from search.index import IndexHandle, IndexMissing, index_root
from search.originals import media_type, original_file
from search.params import LEVELS, SORTS, SearchParams
from search.query import parse_query
from search.snippets import highlight

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
        "facets": {
            name: [{"value": f.value, "label": f.label, "count": f.count, "selected": f.selected} for f in values]
            for name, values in result.facets.items()
        },
        "messages": result.messages,
    }


def create_app(test_config: dict | None = None) -> Flask:
    """The application factory (``flask --app app run``)."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(INDEX=str(index_root()), JSON_AS_ASCII=False)
    if test_config:
        app.config.update(test_config)
    app.json.ensure_ascii = False
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
        result = run_search(searcher(), params)
        return render_page("index.html", "_results.html", result=result, params=params, sorts=SORTS, levels=LEVELS)

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
        others = [r for r in reports_of_agency(searcher(), data.get("agency") or "未知机构") if r["report_id"] != report_id]
        return render_template("report.html", report=data, terms=terms, params=params, others=others)

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

    return app
