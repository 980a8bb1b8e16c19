"""A common word of a query ranks but lists no report alone (grouped.COMMON_ITEM): a report holding the
query's rarer words lacks the common one (内容, 情况) only because it words it otherwise. The reports are
made up for these tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval import grouped
from search.retrieval.matching import filter_mask
from search.retrieval.places import take_places
from search.retrieval.query import parse_query
from search.retrieval.query_tree import labeled_report_units
from search.retrieval.selection import SECTIONS, report_codes
from tests.conftest import made_up_report, ranked_agencies, written

COUNTIES = "甲乙丙丁戊己庚辛壬癸子丑"
OTHERS = "东西南北中上下左右前后里外春夏秋冬金木水火土天地人"
# Twelve bureaus write of their budgets' 内容 and of 养犬登记, 27 of 内容 alone (内容 is common, 养犬登记 is
# not); one more writes of 养犬登记 at length without the word 内容 (办理事项, 收费标准): it answers
# 养犬登记的内容 as well as any.
REPORTS = {f"r{i}.txt": made_up_report(f"{c}县城管局", 2022, {
    1: f"本年度公开部门预算内容{i + 3}项，养犬登记工作有序开展。",
    2: "主动公开内容涵盖规范性文件和行政处罚。"}) for i, c in enumerate(COUNTIES)}
REPORTS.update({f"o{i}.txt": made_up_report(f"{c}山镇人民政府", 2022, {
    1: f"本年度主动公开内容{i + 5}条，涵盖财政预算和惠民政策。"}) for i, c in enumerate(OTHERS)})
REPORTS["dogs.txt"] = made_up_report("寅县城管局", 2022, {
    1: "重点公开养犬登记办理事项、养犬登记收费标准和养犬登记点地址，养犬登记全程网上办理。"})
REPORTS["hunan.txt"] = made_up_report("卯县城管局", 2022, {1: "本年度主动公开养犬登记办理指南。"})
# A report titled 工作报告, not 年度报告, which writes of 养犬登记 at length: as good an
# answer to 养犬登记 年度报告 as any, though neither its title nor its parts say 年度报告 or 年报.
REPORTS["titled.txt"] = made_up_report("辰县城管局", 2022, {
    1: "重点公开养犬登记办理事项和养犬登记点地址，养犬登记可以就近窗口办理。"}).replace("工作年度报告", "工作报告", 1)


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("common_items", written(REPORTS))


def test_a_report_lacking_only_the_common_word_is_listed(idx):
    found = ranked_agencies(idx, "养犬登记 内容", per_page=50)
    assert "寅县城管局" in found
    assert not any(a.endswith("山镇人民政府") for a in found)  # 内容 alone lists nothing


def test_without_the_rule_it_is_lost(idx, monkeypatch):
    monkeypatch.setattr(grouped, "COMMON_ITEM", 1.0)
    assert "寅县城管局" not in ranked_agencies(idx, "养犬登记 内容", per_page=50)


def test_a_word_most_reports_lack_stays_required(idx):
    # 网上办理 is held by one report, 养犬登记 by a third of them: both select.
    assert ranked_agencies(idx, "网上办理 养犬登记", per_page=50)[:1] == ["寅县城管局"]
    assert grouped.COMMON_ITEM * len(REPORTS) > 14


def test_a_place_beside_a_common_word_keeps_it_required(idx):
    parsed = parse_query("湖南 内容")
    labeled = labeled_report_units(parsed)
    take_places(parsed)
    assert grouped._common_items(idx, parsed, labeled, *_arrays(idx)) == set()


def test_an_issuer_counts_as_the_rarer_item(idx):
    parsed = parse_query("城管局 内容")
    labeled = labeled_report_units(parsed)
    assert [label for label, _ in labeled] == ["城管局", "内容"]
    assert grouped._common_items(idx, parsed, labeled, *_arrays(idx)) == {1}


def _arrays(idx):
    codes = report_codes(idx)
    return filter_mask(idx, SECTIONS), codes, int(codes.max()) + 1


def test_the_reports_own_name_typed_apart_only_ranks(idx):
    # No made-up report writes 年报, 信息公开年报 or 数量 in a part: typed apart beside 养犬登记, the report's
    # name would list nothing as the whole query; every report is one, so it ranks and lists none alone,
    # as it does typed in one run (养犬登记年报: topic_words reads it as a loose word).
    for q in ("养犬登记 年报", "养犬登记 信息公开年报", "养犬登记 的年度报告", "养犬登记 数量"):
        parsed = parse_query(q)
        labeled = labeled_report_units(parsed)
        named = {i for i, (label, _) in enumerate(labeled) if label not in ("养犬", "登记")}
        assert named and grouped._common_items(idx, parsed, labeled, *_arrays(idx)) == named
        found = ranked_agencies(idx, q, per_page=50)
        assert "寅县城管局" in found and "辰县城管局" in found
        assert not any(a.endswith("山镇人民政府") for a in found)  # the name alone lists nothing
    assert set(ranked_agencies(idx, "养犬登记 年报", per_page=50)) == set(ranked_agencies(idx, "养犬登记年报", per_page=50))


def test_without_it_the_reports_own_name_is_a_required_word(idx, monkeypatch):
    monkeypatch.setattr(grouped, "only_ranks", lambda label: False)
    assert "辰县城管局" not in ranked_agencies(idx, "养犬登记 年度报告", per_page=50)
