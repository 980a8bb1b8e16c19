"""province= and city= typed in a short form (江苏, 徐州, 广西): the index holds full names, the facet links
write them so, and a hand-written URL or an API script writing the short form got an empty list and no word
why. The value is read as the one division its short form names, and the page says so. The reports are
made up for these tests; none of the queries is in a judged set."""
from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from search import SearchParams, run_search
from tests.conftest import made_up_report as report, written

REPORTS = {
    "a.txt": report("徐州市铜山区民政局", 2021, {1: "本局主动公开社会救助信息。"}),
    "b.txt": report("杭州市西湖区民政局", 2021, {1: "本局主动公开社会救助信息。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("region-short-forms", written(REPORTS))


def params(**args):
    return SearchParams.from_args(MultiDict(args))


def test_a_province_in_its_short_form_is_read_as_the_province():
    p = params(q="社会救助", province="江苏")
    assert p.province == ("江苏省",)
    assert any("“江苏”按“江苏省”理解" in m for m in p.messages), p.messages
    assert params(province="广西").province == ("广西壮族自治区",)


def test_a_city_in_its_short_form_is_read_as_the_city():
    p = params(city="徐州")
    assert p.city == ("徐州市",)
    assert any("“徐州”按“徐州市”理解" in m for m in p.messages), p.messages


def test_full_names_are_kept_and_unknown_values_ignored_with_a_message():
    assert params(province="江苏省").province == ("江苏省",) and not params(province="江苏省").messages
    assert params(province="unknown").province == ("unknown",) and not params(province="unknown").messages
    # a value naming no division emptied the list without a word (session 29); now it is named and ignored
    unknown = params(province="火星")
    assert unknown.province == () and unknown.messages[0].startswith("忽略了未知的省级地区：火星")
    coded = params(city="320300")  # a division code, as /api/agencies gives a body's place
    assert coded.city == ("徐州市",) and coded.messages == ("地区代码“320300”按“徐州市”理解。",)


def test_the_short_form_filters_as_the_full_name_does(idx):
    short = run_search(idx, params(q="社会救助", province="江苏"))
    full = run_search(idx, params(q="社会救助", province="江苏省"))
    assert [h.agency for h in short.hits] == [h.agency for h in full.hits] == ["徐州市铜山区民政局"]
    assert [h.agency for h in run_search(idx, params(q="社会救助", city="徐州")).hits] == ["徐州市铜山区民政局"]


@pytest.mark.parametrize("value", ["江蘇", "江蘇省", "江苏 "])
def test_a_region_in_traditional_script_or_with_spaces_is_read_on_the_simplified_key(value):
    # (review of session 24) 江蘇 named no division and emptied the list as 江苏 had.
    assert params(province=value).province == ("江苏省",)
