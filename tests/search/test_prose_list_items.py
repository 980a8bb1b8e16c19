"""A count in prose whose unit and sentence end a page lost, the next item of its list glued to it (round 62, QA 32 #7):
'…本年度共收到依申请公开事项0三是政府信息管理方面' reads 0 new requests, as '0件。三是…' would. Made-up paragraphs."""
from __future__ import annotations

import pytest

from search.figures.claims import read_claims
from search.figures.text_figures import figures_from_text


def _claims(text: str, section: int = 1) -> list[tuple[str, str | None, int]]:
    report = {"sections": [{"number": section, "blocks": [{"type": "p", "text": text}]}]}
    return [(c["claim"], c.get("figure"), c["value"]) for c in read_claims(report)]


@pytest.mark.parametrize("text,claims", [
    ("二是依申请公开方面。规范办理流程。本年度共收到依申请公开事项0三是政府信息管理方面。建立审核机制。",
     [("requests_count", None, 0)]),
    ("全年受理政府信息公开申请12四是平台建设方面。",
     [("requests_count", None, 12)]),
    ("因政府信息公开申请引发行政复议2五是监督保障方面。",
     [("count", "reconsideration_total", 2)]),
])
def test_a_count_ended_by_the_next_item_of_its_list(text, claims):
    assert _claims(text) == claims


@pytest.mark.parametrize("text", [
    # a Chinese numeral may run on into the ordinal (十二是): never read
    "本年度共收到依申请公开事项十二是政府信息管理方面。",
    # no unit and no next item: a flattened table's label and number, not a statement
    "本年度共收到依申请公开事项0",
    # 一是 opens a list, it follows no item; the number before it is no count (一 could be the numeral's)
    "本年度共收到依申请公开事项3一是加强管理。",
    # 是 after the numeral without an ordinal: not a list item
    "收到政府信息公开申请的数量为3是历年最少。",
])
def test_no_count_without_unit_or_next_item(text):
    assert [c for c in _claims(text) if c[0] != "no_requests"] == []


def test_the_count_is_the_figure_the_pages_show():
    report = {"sections": [{"number": 1, "blocks": [{"type": "p", "text": "本年度共收到依申请公开事项0三是政府信息管理方面。"}]}]}
    assert figures_from_text({"requests_new": None}, read_claims(report)) == {"requests_new": 0}
