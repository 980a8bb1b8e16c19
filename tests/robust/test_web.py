"""A server that holds: hostile parameters, hostile reports, headers, paths and downloads."""
from __future__ import annotations

import os
import re
import shutil
from html.parser import HTMLParser

import pytest

from app import create_app
from indexer.build import build_index
from search.retrieval.query import parse_query
from search.retrieval.query_limits import MAX_QUERY_WORDS
from search.retrieval.query_tree import to_whoosh
from search.schema import content_id
from tests.hostile_files import HOSTILE, SCRIPT_BODY, SCRIPT_TITLE

from tests.conftest import SAMPLES

WORDS = "低保 特困 救助 信息 公开 申请 复议 诉讼 民政 财政 教育 医疗 住房 养老 儿童 残疾 就业 社保 扶贫 农业".split()
HOSTILE_QUERIES = [
    "bogus=1", "facet=nope&unknown=x", "agency=", "year=abc", "year=-1", "year=99999999999999999999",
    "section=0", "section=7", "section=x", "level=nope", "page=-1", "page=0", "page=1000000000", "page=1e9",
    "page=abc", "per_page=-5", "per_page=1000000", "sort=__class__", "flat=maybe",
    "q=" + "长" * 10_000, "q=" + "a" * 10_000, "q=" + "低保%20" * 2_000,
    "q=%00%01%02%1b%7f", "q=%0d%0aSet-Cookie:%20x=1", "agency=%00", "year=%00", "page=%00",
    "q=%ff%fe%80", "q=%e4%bd", "agency=%ff", "%ff=%ff", "q=%", "q=%zz", "q=%%%",
    "q=" + "%20OR%20".join(WORDS * 25), "q=" + "%20OR%20".join(chr(0x4E00 + i) * 2 for i in range(500)),
    "q=" + "%20".join("-" + w for w in WORDS * 10), 'q="' + "政府信息公开" * 300 + '"',
    "q=*", "q=信息*", "q=?", "q=*:*", "q=" + "*" * 500, "q=a*b*c*d*e*f*" * 20, "q=" + "(" * 1000,
    "q=agency:", "q=year:", "q=year:abc", "q=section:99", "q=year:1000-9999", "q=agency:" + "x" * 5000,
    "q=OR", "q=AND%20OR%20NOT", "q=-", 'q="', 'q=""""', "q=%E2%80%AE%E2%80%8B",
    "&".join(f"agency=机构{i}" for i in range(2000)), "&".join(f"year={2000 + i % 30}" for i in range(2000)),
    "&".join(f"q=低保{i}" for i in range(500)),
]


def leaves(query) -> int:
    return 1 if query.is_leaf() else sum(leaves(child) for child in query.children())


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=lambda q: q[:40])
def test_any_parameter_gives_a_page_never_a_500(client, query):
    for path, headers in (("/", {}), ("/", {"HX-Request": "true"}), ("/api/search", {})):
        # A plain page load with empty fields is redirected to its short URL first.
        response = client.get(f"{path}?{query}", headers=headers, follow_redirects=True)
        assert response.status_code == 200, (path, query)
        if path == "/api/search":
            data = response.get_json()
            assert isinstance(data["total"], int) and data["page"] >= 1


@pytest.mark.parametrize("text", [
    "长" * 500, " OR ".join(WORDS * 25), " ".join(WORDS * 25), " ".join("-" + w for w in WORDS * 25),
    '"' + "政府信息公开" * 80 + '"', " OR ".join(["低保", "最低生活保障", "复议", "行政复议"] * 40),
    " ".join(f'"{w}{w}"' for w in WORDS * 5), "信息* " * 100,
])
def test_query_size_is_bounded_whatever_is_typed(text):
    """Work per search is bounded by the query's size, which no input can blow up."""
    parsed = parse_query(text)
    assert leaves(to_whoosh(parsed)) <= 30 * MAX_QUERY_WORDS
    words = sum(len(c.alternatives) for c in parsed.must + parsed.must_not)
    assert words <= MAX_QUERY_WORDS


def test_long_query_is_cut_with_a_message(client):
    data = client.get("/api/search?q=" + "长" * 10_000).get_json()
    assert any("只使用了前" in m for m in data["messages"])
    # Within the 200 characters a query keeps (query_length.py), the word cap still bites: three pasted runs of ten words.
    runs = " ".join(["".join(WORDS[:10]), "".join(WORDS[10:]), "".join(WORDS[5:15])])
    data = client.get("/api/search", query_string={"q": runs}).get_json()
    assert any("最多 24 个词语" in m for m in data["messages"]) and not any("个字符" in m for m in data["messages"])


@pytest.mark.parametrize("path", [
    "/reports/%ff%fe", "/reports/..%2f..%2fapp.py", "/reports/%2e%2e", "/reports/../app.py",
    "/api/reports/..%2Fmanifest.json", "/reports/" + "a" * 5000, "/reports/%00", "/reports/x%0d%0ay",
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fetc/passwd",
    "/reports/..%2f..%2fetc%2fpasswd/original", "/reports/%2e%2e/original", "/reports/current/original",
    "/reports/manifest.json/original", "/%ff", "/api/%ff%fe",
])
def test_paths_cannot_escape_their_folders(client, path):
    response = client.get(path)
    assert response.status_code in (404, 308, 400), path
    body = response.get_data()
    assert b"import" not in body and b"root:" not in body and b"fingerprint" not in body


def test_errors_are_pages_with_messages(client):
    response = client.post("/")
    assert response.status_code == 405 and "只接受浏览" in response.get_data(as_text=True)
    api = client.delete("/api/search")
    assert api.status_code == 405 and api.get_json()["error"] == "method_not_allowed"
    missing = client.get("/api/nothing")
    assert missing.get_json() == {"error": "not_found", "message": "没有这个页面或报告。"}


def test_an_unexpected_error_is_a_plain_500_page(index_root, monkeypatch):
    app = create_app({"INDEX": str(index_root)})  # not TESTING: errors are handled as in production

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr("search.run_search", broken)
    client = app.test_client()
    page = client.get("/?q=x")
    assert page.status_code == 500 and "服务器出错" in page.get_data(as_text=True)
    assert "secret detail" not in page.get_data(as_text=True)
    api = client.get("/api/search?q=x")
    assert api.status_code == 500 and api.get_json()["error"] == "internal_error"


# --- markup ----------------------------------------------------------------------------------

class Markup(HTMLParser):
    """Collects what in a page could run script or load something foreign."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("img", "svg", "iframe", "object", "embed", "base", "frame"):
            self.problems.append(f"<{tag}>")
        if tag == "script" and not (attrs.get("src") or "").startswith("/static/"):
            self.problems.append("inline <script>")
        if tag == "style":
            self.problems.append("<style>")
        for name, value in attrs.items():
            if name.startswith("on") or name == "style":
                self.problems.append(f"{tag} {name}=")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(("javascript:", "data:")):
                self.problems.append(f"{tag} {name}={value}")


def foreign_markup(html: str) -> list[str]:
    parser = Markup()
    parser.feed(html)
    return parser.problems


def _script_report(client) -> str:
    hits = client.get("/api/search?q=安吉县").get_json()["hits"]
    assert hits, "the report with markup in its title is indexed"
    return hits[0]["report_id"]


def test_markup_in_a_real_report_shows_as_text(hostile_app):
    client = hostile_app.test_client()
    report_id = _script_report(client)
    page = client.get(f"/reports/{report_id}?q=主动公开")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert foreign_markup(html) == []
    # The title line, as text (the issuer is read through the markup: the heading names 安吉县民政局).
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;安吉县民政局" in html
    assert "<h1>安吉县民政局 2020 年政府信息公开工作年度报告</h1>" in html
    assert "&lt;b onmouseover=alert(3)&gt;" in html  # a line of the body
    assert SCRIPT_TITLE not in html and SCRIPT_BODY not in html


@pytest.mark.parametrize("query", ["安吉县", "alert", "script", "主动公开", "onerror", "依法", "安吉县&flat=1"])
def test_markup_in_a_real_report_is_escaped_in_results(hostile_app, query):
    client = hostile_app.test_client()
    for headers in ({}, {"HX-Request": "true"}):
        html = client.get(f"/?q={query}", headers=headers).get_data(as_text=True)
        assert foreign_markup(html) == [], query
        assert "<script>alert" not in html and "<img" not in html
    for hit in client.get(f"/api/search?q={query}").get_json()["hits"]:
        # The snippet is HTML: only <mark> is markup in it.
        assert re.sub(r"</?mark>", "", hit["snippet"]).count("<") == 0, hit["snippet"]


def test_user_strings_are_escaped_everywhere(hostile_app):
    client = hostile_app.test_client()
    evil = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    for query in (f"q={evil}", f"agency={evil}", f"province={evil}", f"q=agency:{evil}", f"level={evil}",
                  f"q=%22{evil}", f"sort={evil}", f"year={evil}"):
        for path in ("/", "/reports/" + _script_report(client)):
            html = client.get(f"{path}?{query}").get_data(as_text=True)
            assert foreign_markup(html) == [], (path, query)


def test_source_file_names_with_markup_are_text(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    name = '<svg onload=alert(1)>"x".txt'
    shutil.copy(SAMPLES / "001_8faff2b7f5fbbbed.txt", corpus / name)
    build_index([corpus], tmp_path / "index")
    client = create_app({"TESTING": True, "INDEX": str(tmp_path / "index")}).test_client()
    hit = client.get("/api/search?q=兴庆区").get_json()["hits"][0]
    assert hit["source"] == name
    for url in ("/?q=兴庆区", f"/reports/{hit['report_id']}"):
        html = client.get(url).get_data(as_text=True)
        assert foreign_markup(html) == [] and "&lt;svg onload=alert(1)&gt;" in html


# --- headers ---------------------------------------------------------------------------------

def test_security_headers_on_every_kind_of_response(hostile_app):
    client = hostile_app.test_client()
    report_id = _script_report(client)
    for url in ("/", "/?q=低保", "/api/search?q=低保", f"/reports/{report_id}", f"/api/reports/{report_id}",
                "/help", "/nowhere", "/api/nowhere", "/static/style.css", f"/reports/{report_id}/original"):
        response = client.get(url)
        csp = response.headers.get("Content-Security-Policy", "")
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
        assert response.headers["X-Content-Type-Options"] == "nosniff", url
        assert response.headers["Referrer-Policy"] == "same-origin", url
        if url.endswith("/original"):
            assert csp.startswith("sandbox")  # a download never runs in our origin
        else:
            assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
            assert "style-src 'self'" in csp, url
        response.close()


@pytest.mark.parametrize("url", ["/", "/?q=低保", "/?q=低保&year=2020&section=3", "/help", "/nowhere"])
def test_pages_obey_our_own_csp(client, url):
    """No inline script, inline style or event handler in our templates: the CSP would block them."""
    html = client.get(url).get_data(as_text=True)
    assert foreign_markup(html) == []


# --- original files --------------------------------------------------------------------------

def test_original_files_download_from_where_the_build_read_them(hostile_app):
    client = hostile_app.test_client()
    cases = {"004_6c81e5c04cdd17c4.txt": SAMPLES / "004_6c81e5c04cdd17c4.txt",
             "docx-named.pdf": HOSTILE / "docx-named.pdf", "html-with-scripts.html": HOSTILE / "html-with-scripts.html"}
    for name, path in cases.items():
        report_id = content_id(path)
        page = client.get(f"/reports/{report_id}").get_data(as_text=True)
        assert f'href="/reports/{report_id}/original"' in page
        response = client.get(f"/reports/{report_id}/original")
        assert response.status_code == 200
        assert response.data == path.read_bytes()
        disposition = response.headers["Content-Disposition"]
        assert disposition.startswith("attachment") and name in disposition
        expected = {"docx-named.pdf": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "004_6c81e5c04cdd17c4.txt": "text/plain"}  # a phone previews text (review 32, finding 13)
        assert response.mimetype == expected.get(name, "application/octet-stream")  # by content, never text/html
        response.close()


def test_original_never_served_from_outside_or_changed(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    shutil.copy(SAMPLES / "001_8faff2b7f5fbbbed.txt", corpus / "a.txt")
    shutil.copy(SAMPLES / "003_102efd9b51b31bb4.txt", outside / "secret.txt")
    os.symlink(outside / "secret.txt", corpus / "link.txt")  # a link out of the folder the build read
    root = tmp_path / "index"
    build_index([corpus], root)
    client = create_app({"TESTING": True, "INDEX": str(root)}).test_client()
    linked = content_id(outside / "secret.txt")
    assert client.get(f"/api/reports/{linked}").status_code == 200  # indexed: its text is public anyway
    refused = client.get(f"/reports/{linked}/original")
    # Said as it is, not as a file gone or changed (QA 40 #12).
    assert refused.status_code == 404 and "链接指向建立索引的文件夹之外" in refused.get_data(as_text=True)
    good = content_id(corpus / "a.txt")
    with client.get(f"/reports/{good}/original") as response:
        assert response.status_code == 200
    (corpus / "a.txt").write_text("changed since the build", encoding="utf-8")
    assert client.get(f"/reports/{good}/original").status_code == 404
    (corpus / "a.txt").unlink()
    assert client.get(f"/reports/{good}/original").status_code == 404
    assert client.get("/reports/0000000000000000/original").status_code == 404
