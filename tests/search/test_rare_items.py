"""A word of speech that few reports hold ranks; it does not decide the grouped view's full matches
(search/retrieval/rare_items.py). The reports and queries are made up for these tests; none of them is in
the judged relevance sets."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval import rare_items
from tests.conftest import made_up_report, ranked_agencies, written

TOPIC = "甲乙丙丁戊己庚辛壬癸子丑"
OTHERS = "东西南北中上下左右前后里外春夏秋冬金木水火土天地人山河湖海江云雨雪风霜星月日光石田林竹花草"
# Twelve bureaus write of 养犬登记 at length and never say 附近 (nearby); two mention 养犬登记 once and 附近 in
# passing; three say 附近 of something else. The rest write of other things. A citizen asking 养犬登记 附近
# asks about registering a dog, nearby: the twelve answer it as well as the two.
REPORTS = {f"t{i}.txt": made_up_report(f"{c}县城管局", 2022, {
    1: f"本年度重点公开养犬登记办理事项{i + 2}项，养犬登记点地址和养犬登记收费标准全部公开，养犬登记全程网上办理。",
    2: "主动公开规范性文件和行政处罚决定。"}) for i, c in enumerate(TOPIC)}
REPORTS.update({f"b{i}.txt": made_up_report(f"{c}县公安局", 2022, {
    1: f"本年度主动公开信息{i + 9}条，其中养犬登记一条；在办公楼附近设置公开栏。"}) for i, c in enumerate("寅卯")})
REPORTS.update({f"s{i}.txt": made_up_report(f"{c}县文化局", 2022, {
    1: f"在图书馆附近设置政府信息查阅点，在车站附近和广场附近张贴公开指南，全年接待查阅{i + 4}人次。"}) for i, c in enumerate("辰巳午")})
REPORTS.update({f"o{i}.txt": made_up_report(f"{c}山镇人民政府", 2022, {
    1: f"本年度主动公开财政预算决算信息{i + 5}条，涵盖惠民补贴和村务公开。",
    2: "依申请公开工作规范有序，答复均在法定期限内。"}) for i, c in enumerate(OTHERS)})
# Every report also holds a long part 三 of the template's prose, as real reports do: the corpus is then large
# enough that 附近 is as rare in the reports as a word of speech is (its report frequency under TERM_RATIO times
# its everyday frequency), not a word a tiny corpus happens to repeat.
PROSE = ("本机关严格按照条例规定的程序办理依申请公开，对申请人提出的政府信息公开申请逐件登记、审核和答复，"
         "依法保障申请人的知情权，答复内容准确规范，答复形式符合要求，未发生因依申请公开引发的行政争议。") * 6
REPORTS = {name: f"{text}\n三、收到和处理政府信息公开申请情况\n{PROSE}\n" for name, text in REPORTS.items()}
TOPIC_BUREAUS = {f"{c}县城管局" for c in TOPIC} | {f"{c}县公安局" for c in "寅卯"}
ASIDE = {f"{c}县文化局" for c in "辰巳午"}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("rare_items", written(REPORTS))


def _order_holds(found: list[str]) -> bool:
    """Every report on the topic listed before any report holding only the rare word."""
    last_topic = max(found.index(a) for a in TOPIC_BUREAUS)
    return all(found.index(a) > last_topic for a in ASIDE if a in found)


def test_a_rare_word_of_speech_ranks_instead_of_deciding(idx):
    assert 5 <= len(REPORTS) * rare_items.RARE_ITEM  # 附近 is in five reports: rare here
    result = run_search(idx, SearchParams(q="养犬登记 附近", per_page=100))
    found = [h.agency for h in result.hits]
    assert TOPIC_BUREAUS <= set(found)
    assert _order_holds(found)
    assert any("“附近”" in m and "只参与排序" in m for m in result.messages)


def test_without_the_rule_the_two_reports_decide(idx, monkeypatch):
    monkeypatch.setattr(rare_items, "RARE_ITEM", 0.0)
    found = ranked_agencies(idx, "养犬登记 附近", per_page=100)
    assert not _order_holds(found)


@pytest.mark.parametrize("q", ['养犬登记 "附近"', "养犬登记 +附近"])
def test_a_quoted_or_marked_word_still_decides(idx, q):
    result = run_search(idx, SearchParams(q=q, per_page=100))
    assert not any("只参与排序" in m for m in result.messages)
    assert not _order_holds([h.agency for h in result.hits])


def test_a_word_typed_alone_or_beside_a_name_keeps_deciding(idx):
    for q in ("附近", "公安局 附近"):
        result = run_search(idx, SearchParams(q=q, per_page=100))
        assert not any("只参与排序" in m for m in result.messages), q


def test_a_term_of_the_reports_keeps_deciding(idx):
    # 图书馆 is held by three reports too, but the reports use it more than everyday Chinese does... in this
    # tiny corpus many times more: a term, not speech, so the three stay the only full matches.
    result = run_search(idx, SearchParams(q="政府信息 图书馆", per_page=100))
    assert not any("只参与排序" in m for m in result.messages)
