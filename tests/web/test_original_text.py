"""A text report's original downloads as text in the charset it was read in, so that a phone can preview it
(review 32, finding 13: it was application/octet-stream); a saved HTML page stays plain bytes."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.conftest import api_search as api
from tests.conftest import made_up_report

BODIES = {"utf8.txt": ("柘城县养蜂管理站", "utf-8"), "gbk.txt": ("柘城县蚕桑指导站", "gb18030"),
          "bom16.txt": ("柘城县菌草推广站", "utf-16")}


def _write(folder):
    for name, (agency, encoding) in BODIES.items():
        text = made_up_report(agency, 2023, {1: "本年度认真落实政府信息公开工作。", 3: "本年度未收到政府信息公开申请。"})
        (folder / name).write_bytes(text.encode(encoding))
    return [folder]


@pytest.fixture(scope="module")
def text_client(indexes):
    return indexes.app("original-text", _write).test_client()


@pytest.mark.parametrize("name, charset", [("utf8.txt", "utf-8"), ("gbk.txt", "gb18030"), ("bom16.txt", "utf-16")])
def test_a_text_original_is_text_in_its_own_charset(text_client, name, charset):
    agency, encoding = BODIES[name]
    report_id = api(text_client, "q=" + quote(agency))["hits"][0]["report_id"]
    response = text_client.get(f"/reports/{report_id}/original")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == f"text/plain; charset={charset}"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.data.decode(encoding).startswith(agency.replace("\ufeff", ""))
    response.close()


def test_media_types_by_kind_and_encoding():
    from search.output.originals import media_type

    assert media_type("txt", "utf-8-sig") == "text/plain; charset=utf-8"
    assert media_type("txt", "utf-16-le") == "text/plain; charset=utf-16le"  # no BOM: the byte order is named
    assert media_type("txt", None) == "application/octet-stream"  # an index built before the encoding was kept
    assert media_type("html", "utf-8") == "application/octet-stream"  # never rendered in our origin
    assert media_type("pdf") == "application/pdf"
