"""Exclusions said in words (不要江苏的, 除了上海以外, 不包括街道办, 江苏除外): the place or issuer left out
is dropped, never searched for."""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from tests.conftest import search, written

BODY = """

一、总体情况
本年度{who}主动公开政府信息，城乡低保对象按月公示，依申请公开工作有序开展。

五、存在的主要问题及改进情况
公开内容仍需丰富。
"""
REPORTS = {
    "nanjing.txt": "南京市民政局2021年政府信息公开工作年度报告" + BODY.format(who="南京市民政局"),
    "hangzhou.txt": "杭州市民政局2021年政府信息公开工作年度报告" + BODY.format(who="杭州市民政局"),
    "street.txt": "杭州市上城区湖滨街道办事处2021年政府信息公开工作年度报告" + BODY.format(who="湖滨街道"),
    "town.txt": "杭州市余杭区径山镇人民政府2021年政府信息公开工作年度报告" + BODY.format(who="径山镇"),
}


@pytest.fixture(scope="module")
def four(indexes):
    return indexes.searcher("exclusions", written(REPORTS))


def agencies(result) -> set[str]:
    return {hit.agency for hit in result.hits}


@pytest.mark.parametrize("typed, rest, left_out", [
    ("民政局年报 不要江苏的", ["民政局年报"], ["江苏"]),
    ("除了上海以外的低保标准", ["低保标准"], ["上海"]),
    ("乡镇的年报 不包括街道办", ["乡镇的年报"], ["街道办"]),
    ("江苏除外 民政局", ["民政局"], ["江苏"]),
    ("不含县级的报告 低保", ["报告", "低保"], ["县级"]),
    # 的 between the thing and 除外 / 以外, as people write it (街道的除外, 江苏的以外).
    ("乡镇 年报 街道的除外", ["乡镇", "年报"], ["街道"]),
    ("江苏的以外 民政局", ["民政局"], ["江苏"]),
])
def test_a_place_or_issuer_left_out_in_words_becomes_an_exclusion(typed, rest, left_out):
    parsed = parse_query(typed)
    assert [alt for c in parsed.must for alt in c.alternatives] == rest
    assert [alt for c in parsed.must_not for alt in c.alternatives] == left_out
    assert not parsed.place_hints  # left out, not asked for
    assert any("按排除理解" in note for note in parsed.notes)


@pytest.mark.parametrize("typed", ["不要求提供", "除了公开以外", "不予公开", "不包括个人隐私"])
def test_words_after_an_exclusion_word_that_name_no_place_or_issuer_stay_words(typed):
    parsed = parse_query(typed)
    assert not parsed.must_not
    assert not any("按排除理解" in note for note in parsed.notes)


def test_a_province_left_out_drops_its_reports_whatever_their_title_says(four):
    everyone = agencies(search(four, q="民政局"))
    assert {"南京市民政局", "杭州市民政局"} <= everyone
    left = search(four, q="民政局 不要江苏的")
    assert "南京市民政局" not in agencies(left) and "杭州市民政局" in agencies(left)
    assert any("不含江苏省的报告" in m for m in left.messages)
    assert agencies(search(four, q="江苏除外 民政局")) == agencies(left)
    # The query language's -word drops the place's reports the same way.
    assert "南京市民政局" not in agencies(search(four, q="民政局 -江苏"))


def test_an_issuer_kind_left_out_drops_its_reports(four):
    assert "杭州市上城区湖滨街道办事处" in agencies(search(four, q="低保"))
    kept = agencies(search(four, q="低保 不包括街道办"))
    assert "杭州市上城区湖滨街道办事处" not in kept and "杭州市余杭区径山镇人民政府" in kept


@pytest.mark.parametrize("typed, rest, left_out", [
    ("江苏以外 民政局", ["民政局"], ["江苏"]),
    ("江苏以外的低保标准", ["低保标准"], ["江苏"]),
    ("街道办之外的报告", ["报告"], ["街道办"]),
    ("除江苏外 民政局", ["民政局"], ["江苏"]),
    ("除上海以外的低保标准", ["低保标准"], ["上海"]),
])
def test_the_thing_first_then_以外_and_除_alone_are_exclusions_too(typed, rest, left_out):
    parsed = parse_query(typed)
    assert [alt for c in parsed.must for alt in c.alternatives] == rest
    assert [alt for c in parsed.must_not for alt in c.alternatives] == left_out
    assert not parsed.place_hints


@pytest.mark.parametrize("typed", ["拆除违法建筑", "公开以外的内容", "扣除费用"])
def test_以外_or_除_beside_no_place_or_issuer_stays_words(typed):
    assert not parse_query(typed).must_not


@pytest.mark.parametrize("typed, rest, left_out", [
    # 外 ends a place's name too (Harbin's 道外区): the shortest span naming nothing gives way to a longer one
    ("不要道外区的报告", ["报告"], ["道外区"]),
    ("除了道外区以外", [], ["道外区"]),
    ("除道外区外 民政局", ["民政局"], ["道外区"]),
    ("不包括道外区", [], ["道外区"]),
])
def test_a_place_whose_name_holds_外_is_left_out_whole(typed, rest, left_out):
    parsed = parse_query(typed)
    assert [alt for c in parsed.must for alt in c.alternatives] == rest
    assert [alt for c in parsed.must_not for alt in c.alternatives] == left_out


@pytest.mark.parametrize("typed", ["删除民政局", "免除街道办", "删除了民政局的信息", "解除江苏"])
def test_除_inside_a_word_opens_no_exclusion(typed):
    # 删除, 免除, 解除 are words of their own: what follows them is asked for, not left out
    assert not parse_query(typed).must_not


def test_a_place_left_out_with_以外_beside_every_place_lists_the_other_places_reports(four):
    # 各地 (every place) restricts nothing: a word no report here writes, it only ranks.
    left = search(four, q="江苏以外 各地民政局")
    assert "南京市民政局" not in agencies(left)
    assert left.hits and left.hits[0].agency == "杭州市民政局"
    assert agencies(search(four, q="各地民政局")) >= {"南京市民政局", "杭州市民政局"}
