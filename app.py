"""Nianbao's web layer: the HTML pages and the JSON API, two blueprints over the ``search`` package.

The engine is reached through ``search`` alone (its ``__init__`` is the wall). Views neither parse
nor compute: they hand the request's arguments to ``search``, then render a template or return
JSON. Each page has a JSON twin built from the same data; one request uses one searcher, so it
sees one index generation even while a build swaps in the next (docs/web-ui.md, docs/api.md).
"""
from __future__ import annotations

from urllib.parse import parse_qsl, quote as url_quote, unquote, urlsplit

from flask import (Blueprint, Flask, abort, current_app, g, jsonify, make_response, redirect, render_template,
                   request, send_file, stream_with_context, url_for)
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import HTTPException

import search

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
    503: ("index_missing", "索引不可用", "检索索引尚未建立或已损坏。网站管理员：请运行 .venv/bin/python -m indexer stale 查看原因。"),
}

pages = Blueprint("pages", __name__)
api = Blueprint("api", __name__, url_prefix="/api")


def searcher():
    """This request's searcher, taken once: a build swapping generations mid-request is not seen."""
    if "searcher" not in g:
        g.searcher = current_app.extensions["nianbao_index"].searcher()
    return g.searcher


def release_searcher(exc=None) -> None:
    """At the request's end its searcher goes back to the index's pool, for the next request."""
    if g.pop("searcher", None) is not None:
        current_app.extensions["nianbao_index"].release()


def wants_fragment() -> bool:
    """True for an htmx swap, a boosted link's naming its part too (HX-Target); history restores and boosts of the body get the page."""
    headers = request.headers
    return (
        headers.get("HX-Request") == "true"
        and headers.get("HX-History-Restore-Request") != "true"
        and (headers.get("HX-Boosted") != "true" or bool(headers.get("HX-Target")))
    )


def render_page(page: str, fragment: str, **context):
    """The full page, or only its fragment for an htmx swap; the answer varies on HX-Request."""
    partial = wants_fragment()
    response = make_response(render_template(fragment if partial else page, fragment=partial, **context))
    response.headers["Vary"] = "HX-Request, HX-Boosted, HX-Target"
    return response


def _same_address(a: str, b: str) -> bool:
    """Whether two URLs name one page state: path and parameters alike, however each was percent-encoded."""
    a, b = urlsplit(a), urlsplit(b)
    return (unquote(a.path) == unquote(b.path)
            and parse_qsl(a.query, keep_blank_values=True) == parse_qsl(b.query, keep_blank_values=True))


@pages.after_request
def push_only_new_addresses(response):
    """A swap that would push the address already shown pushes nothing: a live search's results then Enter (or
    应用 with nothing changed) gave two history entries of one URL, and the first Back did nothing. The URL a swap
    pushes is the view's canonical HX-Push-Url, else the request's own (hx-push-url="true")."""
    current = request.headers.get("HX-Current-URL")
    if current and wants_fragment() and response.status_code == 200:
        pushed = response.headers.get("HX-Push-Url") or request.full_path.removesuffix("?")
        if pushed != "false" and _same_address(pushed, current):
            response.headers["HX-Push-Url"] = "false"
    return response


def base_url() -> str:
    """This server's address, for the absolute links of exports and JSON."""
    return request.host_url.rstrip("/")


def feed_response(feed):
    """An Atom feed, answered 304 Not Modified to a reader that has its latest version."""
    response = make_response(render_template("feed.xml", feed=feed))
    response.headers["Content-Type"] = "application/atom+xml; charset=utf-8"
    response.last_modified = feed.last_modified
    return response.make_conditional(request)


# --- pages ------------------------------------------------------------------------------------

@pages.get("/")
def index():
    params = search.SearchParams.from_args(request.args)
    canonical = url_for("pages.index") + (f"?{params.query_string()}" if params.pairs() else "")
    # A plain form submit sends every empty field; keep the shared link short (unless a
    # message must be shown about a value that would vanish from the URL).
    if not wants_fragment() and not params.messages and any(v == "" for _, v in request.args.items(multi=True)):
        return redirect(canonical, 303)
    result = search.run_search(searcher(), params)  # its params are those used: links drop what it ignored
    response = render_page("index.html", "_results.html", result=result, params=result.params, examples=search.EXAMPLE_SEARCHES)
    if wants_fragment():
        response.headers["HX-Push-Url"] = canonical
    return response


@pages.get("/search", strict_slashes=False)  # /search/ too
def search_alias():
    # /search?q=… is the address people guess (and other engines use): send it to the search page, query kept.
    query = request.query_string.decode("utf-8", "replace")
    return redirect(url_for("pages.index") + (f"?{query}" if query else ""), 301)


@pages.get("/favicon.ico")
def favicon():
    # A browser asks for /favicon.ico on whatever has no <link rel="icon"> (a feed, the JSON, a CSV opened in a tab).
    return redirect(url_for("static", filename="favicon.svg"), 301)


@pages.get("/reports/<report_id>")
def report(report_id: str):
    page = search.report_page(searcher(), report_id, request.args) or abort(404)
    return render_template("report.html", **vars(page))


@pages.get("/reports/<report_id>/original")
def report_original(report_id: str):
    # By the path the build recorded for this id, never a path taken from the request.
    original = search.find_original(searcher(), report := search.get_report(searcher(), report_id) or abort(404))
    if original is None:
        return error_response(404, search.original_missing(searcher(), report))
    response = send_file(original.path, mimetype=original.media_type, as_attachment=True,
                         download_name=original.path.name, max_age=0)
    response.headers.update({"Content-Type": original.media_type, "Content-Security-Policy": "sandbox; default-src 'none'"})
    return response


@pages.get("/help")
def help_page():
    return render_template("help.html", examples=search.EXAMPLE_SEARCHES)


@pages.get("/stats")
def stats_page():
    page = search.stats_page(searcher(), search.StatsParams.from_args(request.args))
    return render_page("stats.html", "_stats_table.html", **vars(page))


@pages.get("/trends")
def trends_page():
    trend = search.build_trend(searcher(), search.SearchParams.from_args(request.args), request.args.getlist("fig"))
    return render_page("trends.html", "_trends.html", trend=trend, params=trend.params)


@pages.get("/compare")
def compare_page():
    return render_template("compare.html", comparison=search.compare_reports(searcher(), request.args))


@pages.get("/agencies")
def agencies_page():
    listing = search.list_agencies(searcher(), search.AgencyParams.from_args(request.args))
    response = render_page("agencies.html", "_agencies.html", listing=listing, params=listing.params)
    if wants_fragment():
        qs = listing.params.query_string(page=listing.page)
        response.headers["HX-Push-Url"] = url_for("pages.agencies_page") + (f"?{qs}" if qs else "")
    return response


@pages.get("/agencies/<path:agency_id>")
def agency_page(agency_id: str):
    page = search.agency_page(searcher(), agency_id, request.args.getlist("fig")) or abort(404)
    return render_template("agency.html", page=page, agency=page.agency, trend=page.trend, params=page.params)


@pages.get("/feed")
def search_feed():
    return feed_response(search.search_feed(searcher(), request.args, base_url()))


@pages.get("/agencies/<path:agency_id>/feed")
def agency_feed(agency_id: str):
    return feed_response(search.agency_feed(searcher(), agency_id, base_url()) or abort(404))


@pages.get("/quality")
def quality_page():
    quality = search.build_quality(searcher(), search.SearchParams.from_args(request.args), request.args.get("list"))
    return render_template("quality.html", quality=quality, params=quality.params)


# --- the JSON API (docs/api.md; described at /api/openapi.json) --------------------------------

@api.get("/search", endpoint="search")
def api_search():
    return jsonify(search.result_json(search.run_search(searcher(), search.SearchParams.from_args(request.args))))


@api.get("/reports/<report_id>", endpoint="report")
def api_report(report_id: str):
    return jsonify(search.get_report(searcher(), report_id) or abort(404))


@api.get("/stats", endpoint="stats")
def api_stats():
    return jsonify(search.stats_json(search.build_stats(searcher(), search.StatsParams.for_json(request.args)), base_url()))


@api.get("/export", endpoint="export")
def api_export():
    download = search.export(searcher(), request.args, base_url())
    # The search CSV comes in pieces as its rows are read: sent as they come, the request (its searcher) kept open.
    response = make_response(download.text if isinstance(download.text, str) else stream_with_context(download.text))
    response.headers["Content-Type"] = f"{download.media_type}; charset=utf-8"
    # The selection's words in the UTF-8 name (RFC 6266), the plain name for clients that read only the ASCII one.
    response.headers["Content-Disposition"] = (f'attachment; filename="{download.plain_name}"; '
                                               f"filename*=UTF-8''{url_quote(download.name)}")
    return response


@api.get("/trends", endpoint="trends")
def api_trends():
    trend = search.build_trend(searcher(), search.SearchParams.from_args(request.args), request.args.getlist("fig"))
    return jsonify(search.trend_json(trend, base_url()))


@api.get("/compare", endpoint="compare")
def api_compare():
    comparison = search.compare_reports(searcher(), request.args)
    if not comparison.ok and not comparison.q:  # with q= it is the finder: the candidates are the answer
        raise search.BadRequest(" ".join(comparison.messages + comparison.notes))
    return jsonify(search.comparison_json(comparison, base_url()))


@api.get("/quality", endpoint="quality")
def api_quality():
    quality = search.build_quality(searcher(), search.SearchParams.from_args(request.args), request.args.get("list"),
                                   preview=search.QUALITY_PAGE)
    return jsonify(search.quality_json(quality, base_url()))


@api.get("/agencies", endpoint="agencies")
def api_agencies():
    listing = search.list_agencies(searcher(), search.AgencyParams.from_args(request.args, api=True))
    return jsonify(search.agencies_json(listing, base_url()))


@api.get("/agencies/<path:agency_id>", endpoint="agency")
def api_agency(agency_id: str):
    page = search.agency_page(searcher(), agency_id, every_figure=True) or abort(404)
    return jsonify(search.agency_page_json(page, base_url()))


@api.get("/openapi.json", endpoint="openapi")
def api_openapi():
    return jsonify(search.openapi_spec())


# --- errors and headers -------------------------------------------------------------------------

def error_response(status: int, message: str | None = None, links: list[tuple[str, str]] = ()):
    """An error as JSON under /api/ ({"error", "message"}), else as a page (offering ``links``: text, address)."""
    code, title, default = ERRORS.get(status, ("error", "请求无法完成", "请求无法完成。"))
    if request.path.startswith("/api/"):
        return jsonify({"error": code, "message": message or default}), status
    return render_template("error.html", title=title, message=message or default, links=links), status


def http_error(exc: HTTPException):
    if exc.code is None or exc.code < 400:
        return exc  # redirects and the like pass through
    agency = search.printable((request.view_args or {}).get("agency_id") or "") if exc.code == 404 else None  # echoed
    # No body has the id: one a rebuild changed (a parser fix reads an issuer's name otherwise) goes to its id now.
    moved = search.moved_agency(searcher(), agency) if agency else None
    if moved:
        query = request.query_string.decode("utf-8", "replace")  # as sent: url_for(**args) took ?endpoint= as its own
        return redirect(url_for(request.endpoint, **{**request.view_args, "agency_id": moved}) + ("?" + query if query else ""), 301)
    return error_response(404, *search.unknown_agency(agency)) if agency else error_response(exc.code)


def internal_error(exc: Exception):
    if current_app.testing:
        raise exc  # tests see the real error
    # Never a stack trace for the user; the log has it.
    current_app.logger.exception("unhandled error on %s", request.path)
    return error_response(500)


def security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


class HtmlSafeJSON(DefaultJSONProvider):
    """JSON with <, > and & written as escapes: a response sniffed or pasted as HTML runs nothing."""

    ensure_ascii = False

    def dumps(self, obj, **kwargs) -> str:
        # These characters occur only inside JSON strings, where the escapes mean the same.
        text = super().dumps(obj, **kwargs)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def create_app(test_config: dict | None = None) -> Flask:
    """The application factory (``flask --app app run``; gunicorn ``app:create_app()``)."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(INDEX=str(search.index_root()), JSON_AS_ASCII=False)
    if test_config:
        app.config.update(test_config)
    app.json = HtmlSafeJSON(app)
    app.extensions["nianbao_index"] = search.IndexHandle(app.config["INDEX"])
    search.init_jieba()  # at start-up, not on the first request
    # The index's arrays too: under gunicorn's --preload every worker inherits them.
    app.extensions["nianbao_index"].warm()
    app.jinja_env.filters.update(mark=search.highlight, link=search.short_link)
    app.jinja_env.globals.update(agency_url=search.agency_path, report_url=search.search_report_link,
                                  report_link=search.report_link)  # every report link: search/report_links.py
    app.after_request(security_headers)
    app.teardown_appcontext(release_searcher)
    app.register_error_handler(search.IndexMissing,  # the page says how to build one; the API says where it looked
                               lambda exc: error_response(503, str(exc) if request.path.startswith("/api/") else None))
    app.register_error_handler(search.BadRequest, lambda exc: error_response(400, str(exc)))
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(Exception, internal_error)
    app.register_blueprint(pages)
    app.register_blueprint(api)
    app.wsgi_app = search.RawUtf8Query(app.wsgi_app)  # raw UTF-8 query strings under `flask run` (search/raw_utf8.py)
    for name in app.jinja_env.list_templates():  # compiled now, not by the first visitor of each page
        app.jinja_env.get_template(name)
    return app
