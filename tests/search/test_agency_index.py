"""Agency ids through a real index: every rename rule and never-merge case as made-up reports
(tests/agency_corpus.py), built and read back; continuity across a rename and a spelling; the
agency facet by identity; a report's other years by identity."""
from __future__ import annotations

import pytest

from search.agencies.directory import directory, related
from search.figures.crosscheck import check_continuity
from search.figures.records import record_store
from tests.agency_corpus import NEVER_MERGED, SERIES, rename_examples, write_agency_corpus
from tests.conftest import search

@pytest.fixture(scope="module")
def searcher(indexes):
    return indexes.searcher("agencies", write_agency_corpus)


def body_of(searcher, agency: str, year: int) -> str:
    """The agency id of the report that writes ``agency`` for ``year``."""
    known = directory(searcher)
    found = {a.id for a in known.agencies.values() for r in a.reports if r.agency == agency and r.year == year}
    assert len(found) == 1, (agency, year, found)
    return found.pop()


def unread(searcher) -> set[str]:
    """Titles' agencies of the reports the parser found no issuer in (by their file's made-up name)."""
    return {a.id for a in directory(searcher).agencies.values() if a.id.startswith("unresolved:（无名称）")}


def test_the_parser_reads_every_made_up_issuer(searcher):
    # Including bodies named like a compiling office (海盐县扶贫开发领导小组办公室 is a body, not the
    # office that compiled another body's report).
    assert not unread(searcher)


@pytest.mark.parametrize("example", rename_examples(), ids=lambda e: f"{e.change.kind}:{e.change.old}->{e.change.new}")
def test_every_rename_rule_through_the_index(searcher, example):
    known = directory(searcher)
    old, new = body_of(searcher, example.old, example.old_year), body_of(searcher, example.new, example.new_year)
    assert known.get(old).resolved and known.get(new).resolved, (old, new)
    if example.change.kind == "rename":
        assert old == new
        return
    assert old != new
    if example.change.what == "function":
        links = {(r.kind, r.other_id) for r in related(known.get(old), known)}
        wanted = "merged_into" if example.change.kind == "merge" else "split_to"
        assert (wanted, new) in links, links
        back = {(r.kind, r.other_id) for r in related(known.get(new), known)}
        assert ("merged_from" if example.change.kind == "merge" else "split_from", old) in back, back


@pytest.mark.parametrize("group", NEVER_MERGED, ids=lambda g: "/".join(a for a, _ in g))
def test_bodies_that_must_stay_apart_do_in_the_index(searcher, group):
    ids = [body_of(searcher, agency, year) for agency, year in group]
    assert len(set(ids)) == len(ids), ids
    assert all(directory(searcher).get(i).resolved for i in ids), ids


def test_one_body_across_a_rename_and_a_spelling(searcher):
    known = directory(searcher)
    health = known.get("320300:卫生健康委员会")
    assert [(r.year, r.agency) for r in health.reports] == [
        (2017, "徐州市卫生和计划生育委员会"), (2018, "徐州市卫计委"), (2019, "徐州市卫生健康委员会")]
    assert health.name == "徐州市卫生健康委员会" and health.place == "江苏省 徐州市" and health.kind == "卫生健康委员会"
    assert health.names == ["徐州市卫生和计划生育委员会", "徐州市卫计委", "徐州市卫生健康委员会"]
    civil = known.get("640104:民政局")
    assert civil.names == ["兴庆区民政局", "银川市兴庆区民政局"] and civil.place == "宁夏回族自治区 银川市 兴庆区"


def test_continuity_runs_across_the_rename_and_the_spelling(searcher):
    store = record_store(searcher)
    series = {(agency, year) for _, agency, year, _ in SERIES}
    records = [r for r in store.records(store.all_ids()) if (r.agency, r.year) in series]
    result = check_continuity(store, records)
    found = {(i.agency, i.year, i.rule, i.expected, i.found) for i in result.issues}
    # 2017 -> 2018 (a spelling and an abbreviation of the old name) holds; 2018 -> 2019 (the
    # rename) does not: 2019 carries over 3, 2018 carried forward 2.
    assert found == {("徐州市卫生健康委员会", 2019, "carried_over", 2, 3)}
    pairs = {(i.other_id, i.report_id) for i in result.issues}
    assert len(pairs) == 1
    # Pairs: 卫计 2017->2018, 2018->2019, 兴庆区 2019->2020; never the 工商局 2018 -> 市场监管局 2019.
    assert result.pairs == 3
    assert result.checked >= 3 + 2  # carry-over each pair, plus 兴庆区's documents in force


def test_a_merged_body_is_linked_not_compared(searcher):
    known = directory(searcher)
    aic, market = body_of(searcher, "徐州市工商行政管理局", 2018), body_of(searcher, "徐州市市场监督管理局", 2019)
    assert aic == "320300:工商行政管理局" and market == "320300:市场监督管理局"
    assert [(r.kind, r.other_id) for r in related(known.get(market), known)] == [("merged_from", aic)]
    assert [(r.kind, r.other_id) for r in related(known.get(aic), known)] == [("merged_into", market)]


def test_the_agency_facet_counts_bodies_and_shows_the_latest_name(searcher):
    result = search(searcher, q="", per_page=10)
    facet = {f.value: f for f in result.facets["agency"]}
    health = facet["320300:卫生健康委员会"]
    assert health.count == 3 and health.label == "徐州市卫生健康委员会"
    # Choosing it keeps all three years, whatever each report calls the body.
    chosen = search(searcher, q="", agency="320300:卫生健康委员会")
    assert chosen.total == 3 and {h.agency for h in chosen.hits} == {n for _, n, y, _ in SERIES[:3]}
    assert [c.label for c in chosen.chips] == ["徐州市卫生健康委员会"]
    # An older link by a name as written means that body, all its years.
    assert search(searcher, q="", agency="徐州市卫计委").total == 3
    by_name = {f.value: f for f in search(searcher, q="", agency="徐州市卫计委").facets["agency"]}
    assert by_name["320300:卫生健康委员会"].selected and "agency=" not in by_name["320300:卫生健康委员会"].toggle


def test_bodies_that_share_a_latest_name_are_told_apart(searcher):
    """Two unidentified 七里坪镇 reports stay two bodies, and the facet tells them apart."""
    towns = [a for a in directory(searcher).agencies.values() if a.name == "七里坪镇"]
    assert len(towns) == 2 and all(not a.resolved for a in towns)
    facet = search(searcher, q="", agency=[a.id for a in towns]).facets["agency"]
    labels = {f.label for f in facet if f.value in {a.id for a in towns}}
    assert labels == {"七里坪镇（所在地不明，2020 年）", "七里坪镇（所在地不明，2021 年）"}


def test_a_body_is_named_in_simplified_script_with_its_written_spellings_beside():
    from search.agencies.directory import Agency, AgencyReport

    # A traditional-script mirror's copy names the ministry as it writes it; the directory speaks
    # simplified, and keeps how the report wrote it to show beside.
    mirrored = Agency("central:交通运输部", [AgencyReport("r1", 2019, "交通運輸部")])
    assert mirrored.name == "交通运输部" and mirrored.other_names == ["交通運輸部"]
    both = Agency("central:海关总署", [AgencyReport("r1", 2010, "海關總署"), AgencyReport("r2", 2012, "海关总署")])
    assert both.name == "海关总署" and both.other_names == ["海關總署", "海关总署"]
    plain = Agency("320300:民政局", [AgencyReport("r1", 2020, "徐州市民政局")])
    assert plain.name == "徐州市民政局" and plain.other_names == []


def test_a_ministry_s_kind_is_its_own_not_the_local_bureaus():
    # Session 30 (QA 13): 交通运输部 listed under 交通运输局 beside the counties' bureaus. The function stays the
    # bureaus' (renames and the name box follow it); the kind /agencies lists and filters by is the ministry's.
    from search.agencies.directory import Agency, AgencyReport

    ministry = Agency("central:民政部", [AgencyReport("r1", 2010, "民政部")])
    assert ministry.kind == "民政局"
    assert ministry.kind_label == "民政部"
    bureau = Agency("320300:民政局", [AgencyReport("r1", 2020, "徐州市民政局")])
    assert bureau.kind_label == bureau.kind == "民政局"


def test_an_unplaced_body_is_listed_under_the_kind_its_name_says():
    from search.agencies.directory import Agency, AgencyReport

    assert Agency("unresolved:市科委#r1", [AgencyReport("r1", 2020, "市科委")]).kind == "科学技术局"
    assert Agency("unresolved:七里坪镇#r2", [AgencyReport("r2", 2020, "七里坪镇")]).kind == "人民政府"
    assert Agency("unresolved:外经贸局#r3", [AgencyReport("r3", 2020, "外经贸局")]).kind == "其他"
    # A branch named by an ordinal or a duty is a body of its own (its id keeps it apart from the bureau): not the
    # bureau's kind; one named by a place is the bureau's function, as its id reads it.
    assert Agency("unresolved:税务局第一分局#r4", [AgencyReport("r4", 2020, "税务局第一分局")]).kind == "其他"
    assert Agency("unresolved:公安局交通警察分局#r5", [AgencyReport("r5", 2020, "公安局交通警察分局")]).kind == "其他"
    assert Agency("unresolved:生态环境局沙河市分局#r6", [AgencyReport("r6", 2020, "生态环境局沙河市分局")]).kind == "生态环境局"


def test_a_body_named_without_its_place_is_labelled_with_it():
    """A list of bodies (the agency facet) names each so it can be told from the rest: a report
    writing 民政局 alone is 民政局（辽源市）; a name that says its place, a ministry, a township
    and a body whose place is unknown keep their names."""
    from search.agencies.directory import Agency, AgencyReport, Directory

    bodies = [
        Agency("220400:民政局", [AgencyReport("r1", 2014, "民政局")], ("吉林省", "辽源市", "")),
        Agency("370305:林业局", [AgencyReport("r2", 2008, "林业局")], ("山东省", "淄博市", "临淄区")),
        Agency("320300:民政局", [AgencyReport("r3", 2020, "徐州市民政局")], ("江苏省", "徐州市", "")),
        Agency("central:民政部", [AgencyReport("r4", 2010, "民政部")]),
        Agency("640502/宣和镇:人民政府", [AgencyReport("r5", 2020, "宣和镇人民政府")], ("宁夏回族自治区", "中卫市", "沙坡头区")),
        Agency("unresolved:民政局#r6", [AgencyReport("r6", 2021, "民政局")]),
    ]
    known = Directory({a.id: a for a in bodies}, {r.report_id: a.id for a in bodies for r in a.reports})
    assert known.labels([a.id for a in bodies]) == {
        "220400:民政局": "民政局（辽源市）", "370305:林业局": "林业局（临淄区）", "320300:民政局": "徐州市民政局",
        "central:民政部": "民政部", "640502/宣和镇:人民政府": "宣和镇人民政府", "unresolved:民政局#r6": "民政局",
    }
