"""/agencies?place= with a code that names no division is ignored with a message and the whole tree listed, as the search
ignores province=火星 (QA 37 #9: the page was titled 机构 · 999999 over 没有符合条件的机构); a division with no body
here is named by its name, not its code."""
from __future__ import annotations

import re

import pytest

from tests.agency_corpus import write_agency_corpus
from tests.web.test_agencies import json, listed, page

UNKNOWN = "忽略了未知的地区：999999（须为行政区划代码，如 320000），列出的是全部地区。"


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("agencies", write_agency_corpus).test_client()


def test_an_unknown_code_is_ignored_and_everything_listed(client):
    everything = json(client, "/api/agencies")
    data = json(client, "/api/agencies?place=999999")
    assert data["total"] == everything["total"] > 0 and UNKNOWN in data["messages"]
    html = page(client, "/agencies?place=999999")
    assert UNKNOWN in html and "999999 - 年报检索" not in html and "没有符合条件的机构" not in html
    assert listed(html) == listed(page(client, "/agencies"))
    # the links of the page no longer carry the ignored code
    assert "place=999999" not in html


def test_a_known_division_with_no_body_is_named_and_kept(client):
    html = page(client, "/agencies?place=460000")  # 海南省: a division, none of the made-up bodies is there
    assert "<title>机构 · 海南省 - 年报检索</title>" in html and "忽略了未知的地区" not in html
    assert "所选地区没有符合条件的机构" in html


def test_the_chosen_place_is_named_above_the_list_not_only_in_the_tab(client):
    """QA 38 #10: /agencies?place=<a division with no body> named the place in the tab title alone; on a phone, with the
    panel closed, nothing visible said which place was chosen."""
    html = client.get("/agencies?place=110101").get_data(as_text=True)
    heading = re.search(r'<h2 id="agency-count"[^>]*>(.*?)</h2>', html, re.S).group(1)
    assert "东城区" in heading and "没有符合条件的机构" in heading
