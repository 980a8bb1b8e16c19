"""bench/presentation_robustness.py on a made-up page: the transforms change the presentation only, and a parse
of each keeps the report's reading (the page is written so that every transform applies: its body's place is one the
gazetteer knows, before a made-up body)."""
from __future__ import annotations

import pytest

from bench.presentation_robustness import TRANSFORMS, Page, compare, expected, find_heads, read

TEXT = "\n".join([
    "平遥县蚕桑站2021年政府信息公开工作年度报告",
    "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
    "一、总体情况",
    "2021年，平遥县蚕桑站认真贯彻《条例》，全年主动公开政府信息58条，依申请公开渠道保持畅通。",
    "二、主动公开政府信息情况",
    "全年通过县政府网站主动公开政府信息58条。",
])


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    made_up = Page("made-up", TEXT, "")
    made_up.reading = read(TEXT, None, tmp_path_factory.mktemp("page"))
    made_up.heads = find_heads(made_up)
    return made_up


def test_the_made_up_page_is_read_and_its_title_and_parts_found(page):
    assert page.reading["agency"] == "平遥县蚕桑站" and page.reading["parts"] == [1, 2]
    assert page.title() and set(page.heads) == {1, 2}


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_every_transform_applies_and_keeps_the_reading(page, name, tmp_path):
    text = TRANSFORMS[name](page)
    assert text and text != page.text
    want = expected(page, name, lambda other: read(other, None, tmp_path))
    result = compare(page, name, text, read(text, None, tmp_path), want)
    assert result == dict.fromkeys(("agency", "year", "level", "province", "parts"), "kept"), text


def test_title_removed_without_a_lead_in_naming_the_body_may_become_null(page):
    text = TRANSFORMS["title_removed"](page).replace("平遥县蚕桑站", "我站")
    got = {"agency": None, "year": 2021, "level": None, "province": None, "parts": [1, 2]}
    assert compare(page, "title_removed", text, got)["agency"] == "null"
    assert compare(page, "title_removed", text, dict(got, agency="某某站"))["agency"] == "changed"
