"""The statistics columns: each documented, and each given for an index written before it was added."""
import re
from pathlib import Path

from search.figures.columns import COLUMNS, REVIEW_CORRECTED
from search.figures.digest import report_digest
from search.figures.records import _from_digest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "stats.md"
# A made-up report's stored JSON: reviews with one result corrected, lawsuits with two.
REPORT = {"id": "r1", "agency": "甲阳县民政局", "year": 2021, "level": "county", "sections": [],
          "figures": {"requests_new": 10, "outcome_disclosed": 4, "requests_total": 8,
                      "reconsideration_corrected": 1, "reconsideration_total": 3,
                      "litigation_direct_corrected": 2, "litigation_after_reconsideration_corrected": 0,
                      "litigation_direct_total": 2, "litigation_after_reconsideration_total": 1}}


def test_the_docs_list_every_column():
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", DOCS.read_text(encoding="utf-8"), re.M))
    assert [c.key for c in COLUMNS if c.key not in documented] == []


def test_a_digest_written_before_a_column_was_added_gives_its_value():
    # An index written before review_corrected (session 21) has digests without it: the statistics pages read
    # every column of every record, and a KeyError there failed them all until the index was rebuilt.
    digest = report_digest(REPORT)
    fresh = _from_digest(digest)
    digest["values"] = {k: v for k, v in digest["values"].items() if k != REVIEW_CORRECTED}
    digest["parts"] = {k: v for k, v in digest["parts"].items() if k != "rate_disclosed"}
    old = _from_digest(digest)
    assert old.values == fresh.values and old.values[REVIEW_CORRECTED] == 3
    assert old.parts == fresh.parts


def test_the_summed_column_adds_what_the_prose_states_when_no_table_gives_its_parts(indexes):
    # (lead, session 21) a page cut before its tables states both corrections in prose: the statistics row shows
    # their sum as the prose's (据报告文字), as the search's figure does, not a blank.
    from search import SearchParams
    from search.figures.stats import build_stats
    from search.figures.stats_params import StatsParams
    from tests.conftest import made_up_report, written

    idx = indexes.searcher("stats-summed-prose", written({"cut.txt": made_up_report("甲阳市人民政府", 2020, {
        # (the body's own counts: 全市共收到… would make the sentences after it the whole city's, QA 42 F3)
        1: "2020年，本机关共收到政府信息公开申请120件。收到行政复议12件，结果维持8件，结果纠正3件，其他结果1件。"
           "收到行政诉讼20件，结果维持15件，结果纠正4件，其他结果1件。"})}))
    table = build_stats(idx, StatsParams(search=SearchParams(q=""), view="review"))
    row = table.rows[0]
    cells = {c.key: cell for c, cell in zip(table.columns, row.cells)}
    assert cells["reconsideration_corrected"].from_text and cells["litigation_corrected"].from_text
    assert cells[REVIEW_CORRECTED].from_text and cells[REVIEW_CORRECTED].text == "7"
