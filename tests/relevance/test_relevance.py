"""Search relevance: the judged set, its metrics and baselines, Nianbao's floors on the test split,
and query behaviours on a small fixed index.

The set (tests/relevance/*.jsonl, read by bench/relevance_set.py) and the benchmark
(bench/relevance.py) are explained in docs/relevance.md. The floors follow the TEST split only:
tuning looks at dev, and the test figures say whether it generalised.
"""
from __future__ import annotations

import hashlib
import math
from pathlib import Path

import pytest

from bench.relevance import Outcome, Systems, evaluate, is_judged, means, ndcg, pool, recall, scorable
from bench.relevance_baselines import BM25, bigram_tokens, jieba_tokens
from bench.relevance_corpus import LAYOUTS, SAMPLES, corpus_files, shared_corpus_missing
from bench.relevance_set import JUDGMENTS, RELEVANT, JudgedQuery, judged_queries, judgment_file, load_intents, load_judgments
from bench.relevance_split import DEV, TEST
from search.retrieval.engine import run_search
from search.retrieval.params import SearchParams
from tests.conftest import section_hits, written

# Blind queries whose need no report of the corpus meets (judged, all grades below 2): they stay
# in the set, and count once a report that meets them joins the corpus.
UNSCORABLE = {"blind-159", "blind-161", "blind-166", "blind-296", "blind-301", "blind-348", "blind-356", "blind-361",
              "blind-370", "blind-374", "blind-385", "blind-395", "blind-400", "blind-406", "blind-423", "blind-435",
              "blind-441", "blind-445", "blind-450",
              "blind-542", "blind-546", "blind-549", "blind-553", "blind-565", "blind-566",
              "blind-619", "blind-636", "blind-693", "blind-730",
              "blind-741", "blind-767",
              "blind-797", "blind-802",
              "blind-808", "blind-830",
              "blind-860", "blind-866", "blind-883"}

# Nianbao on the TEST split at the latest round (round 19, 2026-12-04, docs/relevance.md) minus 0.02,
# so today's code passes and a change that makes ranking worse fails. They rise as ranking work
# lands: after each round (tuned on dev, test run once) set them to the new test figures minus the
# same margin. Rounds 3 to 15 added blind queries (25, 19, 17, 14, 18, 13, 17, 32, 11, 20, 27, 25 and 10
# scorable in test), so round 15's blind figures are over 370 scorable test queries, round 14's over 360, round 13's over 335,
# round 12's over 308, round 11's over 288, round
# 10's over 277, round 9's over 245, round 8's over 228, round 7's over 215, round 6's over 197, round
# 5's over 183, round 4's over 166, round 3's over 147 and round 2's over 122.
FLOORS = {
    "original": {"nDCG@10": 0.92, "recall@10": 0.94},  # round 33: 0.940 / 0.963 (77 queries; round 19: 0.945 / 0.969)
    "blind": {"nDCG@10": 0.80, "recall@10": 0.81},  # session 21: 0.823 / 0.839 on 444 (round 33: 0.816 / 0.834)
    "all": {"nDCG@10": 0.82, "recall@10": 0.83},  # session 21: 0.840 / 0.857 on 521 (round 33: 0.834 / 0.853)
}


@pytest.fixture(scope="module")
def queries() -> list[JudgedQuery]:
    return judged_queries()


# ---------------------------------------------------------------- the judged set


def test_the_set_has_enough_blind_queries_in_test_and_new_intents_among_them(queries):
    blind = [q for q in queries if q.set == "blind"]
    assert len(blind) >= 200
    in_test = [q for q in blind if q.split == TEST]
    assert len(in_test) >= 100
    assert sum(q.new_intent for q in in_test) * 3 >= len(in_test)
    original = [q for q in queries if q.set == "original"]
    assert len(original) == 148 and {q.split for q in original} == {DEV, TEST}


def test_every_intent_says_how_it_is_graded_and_which_rule_covers_it(queries):
    intents = load_intents()
    assert {q.kind for q in queries if q.set == "blind"} == set(intents)
    for intent in intents.values():
        assert intent["grading"].strip() and intent["description"].strip(), intent["id"]
    new = [i for i in intents.values() if i["covered_by"] is None]
    assert len(new) * 3 >= len(intents)


def test_every_query_is_judged_and_the_unscorable_ones_are_known(queries):
    for q in queries:
        assert q.grades, f"{q.id} has no judgment"
    assert {q.id for q in queries if not scorable(q)} == UNSCORABLE
    assert all(max(q.grades.values()) < RELEVANT for q in queries if q.id in UNSCORABLE)


def test_judgments_sit_in_the_file_their_query_names_and_a_misplaced_line_is_refused(tmp_path):
    assert judgment_file("blind-317") == "blind-200.jsonl" and judgment_file("blind-042") == "blind-000.jsonl"
    assert judgment_file("keyword-01") == "original.jsonl"
    assert all(f.stat().st_size < 2 << 20 for f in JUDGMENTS.glob("*.jsonl"))  # each file stays reviewable
    line = '{"query": "blind-317", "report": "samples/a.txt", "grade": 2}\n'
    (tmp_path / "blind-000.jsonl").write_text(line, encoding="utf-8")
    with pytest.raises(ValueError, match="belongs in blind-200.jsonl"):
        load_judgments(tmp_path)
    (tmp_path / "blind-000.jsonl").unlink()
    (tmp_path / "blind-200.jsonl").write_text(line + line, encoding="utf-8")
    with pytest.raises(ValueError, match="judged twice"):
        load_judgments(tmp_path)


def test_judgments_name_reports_of_the_repository_by_folder_and_file(queries):
    keys = {key for q in queries for key in q.grades}
    assert {k.split("/", 1)[0] for k in keys} <= {"samples", "layouts", "real", "pages"}
    for key in keys:
        folder, name = key.split("/", 1)
        if folder in ("samples", "layouts"):
            assert ((SAMPLES if folder == "samples" else LAYOUTS) / name).is_file(), key


# ---------------------------------------------------------------- metrics and baselines


def test_metrics_on_hand_computed_rankings():
    grades = {"a": 3, "b": 2, "c": 1}
    assert ndcg(["a", "b", "c"], grades) == pytest.approx(1.0)
    assert ndcg([], grades) == 0.0
    # One grade-3 report at rank 2, nothing else: (7 / log2 3) / (7 + 3 / log2 3 + 1 / 2).
    assert ndcg(["x", "a"], grades) == pytest.approx((7 / 1.5849625) / (7 + 3 / 1.5849625 + 0.5), rel=1e-6)
    assert recall(["b", "c"], grades) == pytest.approx(0.5)  # grade 1 does not count as relevant
    # With more relevant reports than the cut-off, recall is out of 10.
    many = {f"r{i}": 2 for i in range(12)}
    assert recall([f"r{i}" for i in range(5)] + ["x"] * 5, many) == pytest.approx(0.5)


def test_a_missing_grade_is_a_judged_zero_only_where_the_set_was_judged_exhaustively():
    original = JudgedQuery("keyword-99", "original", "keyword", "低保", "", False, {"pages/001.txt": 2})
    blind = JudgedQuery("blind-999", "blind", "topic-term", "低保", "", False, {"pages/001.txt": 2})
    assert is_judged(original, "samples/000_a24194704c1fd16a.txt") and is_judged(original, "pages/001.txt")
    assert not is_judged(original, "pages/002.txt")
    assert not is_judged(blind, "samples/000_a24194704c1fd16a.txt")


def test_means_leave_out_queries_without_a_relevant_report():
    good = JudgedQuery("q1", "blind", "t", "x", "", True, {"a": 3})
    empty = JudgedQuery("q2", "blind", "t", "y", "", True, {"a": 1})
    outs = [Outcome(q, "s", ["a"], {"nDCG@10": ndcg(["a"], q.grades), "recall@10": recall(["a"], q.grades)}, 1.0)
            for q in (good, empty)]
    assert means(outs) == {"s": {"nDCG@10": 1.0, "recall@10": 1.0, "judged@10": 1.0, "n": 1}}


def test_pool_merges_the_systems_unjudged_reports_and_hides_which_found_them():
    q = JudgedQuery("blind-999", "blind", "topic-term", "低保", "", False, {"a": 2})
    outs = [Outcome(q, "one", ["a", "b", "c"], {}, 0.0), Outcome(q, "two", ["c", "d"], {}, 0.0)]
    lines = pool(outs)
    expected = sorted("bcd", key=lambda k: hashlib.sha256(f"blind-999|{k}".encode()).hexdigest())
    assert lines == [{"query": "blind-999", "reports": expected}]


def test_bigram_tokens_cut_runs_of_letters_and_digits():
    assert bigram_tokens("行政复议，2020年 A") == ["行政", "政复", "复议", "20", "02", "20", "0年", "a"]


def test_jieba_baseline_uses_search_mode_words_and_drops_punctuation():
    tokens = jieba_tokens("政府信息公开工作年度报告。")
    assert "。" not in tokens
    assert {"政府", "信息", "公开", "年度", "报告"} <= set(tokens)


def test_bm25_scores_as_the_textbook_formula():
    index = BM25([["a", "b"], ["a"], ["c", "c"]])
    # idf(c) = ln(1 + (3 - 1 + 0.5) / (1 + 0.5)); doc 2: tf 2, length 2, average length 5/3.
    norm = 1.2 * (1 - 0.75 + 0.75 * 2 / (5 / 3))
    assert index.scores(["c"]) == {2: pytest.approx(math.log(1 + 2.5 / 1.5) * 2 * 2.2 / (2 + norm))}
    assert index.rank(["a"], 5) == [1, 0]  # the shorter report first
    assert index.rank(["z"], 5) == []


# ---------------------------------------------------------------- the judged corpus


@pytest.fixture(scope="module")
def systems(tmp_path_factory):
    """Nianbao and both baselines over the judged corpus: one index, built once."""
    missing = shared_corpus_missing()
    if missing:
        pytest.skip(missing)
    built = Systems(corpus_files(), tmp_path_factory.mktemp("relevance-index"))
    yield built
    built.close()


def test_every_judged_report_is_in_the_corpus_and_the_repository_reports_are_indexed(systems, queries):
    files = corpus_files()
    assert len(files) == 231
    assert {key for q in queries for key in q.grades} <= set(files)
    # The parser may refuse a real page (it then counts as not found), never a report of ours.
    assert {k for k in files if k.startswith(("samples/", "layouts/"))} <= systems.indexed()


def test_nianbao_stays_above_its_floors_on_the_test_split(systems, queries):
    outcomes = evaluate([q for q in queries if q.split == TEST], {"nianbao": systems.rankers["nianbao"]})
    groups = {"original": lambda q: q.set == "original", "blind": lambda q: q.set == "blind", "all": lambda q: True}
    for group, keep in groups.items():
        got = means(outcomes, keep)["nianbao"]
        for metric, floor in FLOORS[group].items():
            assert got[metric] >= floor, f"test split, {group}: {metric} fell to {got[metric]:.3f} (floor {floor})"



def test_a_name_alone_lands_on_the_overview_a_topic_still_decides(systems):
    # Every part of a report carries its agency alike; a short part that also names it in the body
    # (水利部 part 3, 和平区 part 5, 海盐县民政局 part 5) used to come first for the bare name.
    for q, file in (("水利部", "mwr-2016.txt"), ("天津 和平区", "tianjin-heping-2019.docx"), ("海盐县民政局", "003_102efd9b51b31bb4.txt")):
        first = run_search(systems.searcher, SearchParams(q=q, flat=True)).hits[0]
        assert (Path(first.source).name, first.section) == (file, 1), q
        assert run_search(systems.searcher, SearchParams(q=q)).hits[0].section == 1, q  # grouped: its best part
    # A name with a topic goes where the topic is.
    first = run_search(systems.searcher, SearchParams(q="水利部 行政复议", flat=True)).hits[0]
    # Its part 4 tells the reconsiderations in prose, its part 6 (the attached table) counts them:
    # which of the two wins depends on the corpus's word statistics, never the overview.
    assert Path(first.source).name == "mwr-2016.txt" and first.section in (4, 6)
    first = run_search(systems.searcher, SearchParams(q="天津 和平区 部分公开", flat=True)).hits[0]
    assert (Path(first.source).name, first.section) == ("tianjin-heping-2019.docx", 3)


# ---------------------------------------------------------------- behaviour on a small fixed index

MINI = {
    "qingtongxia.txt": """青铜峡市民政局2020年政府信息公开工作年度报告

一、总体情况
2020年，青铜峡市民政局按月公示最低生活保障资金发放情况，全年发放资金1200万元。

二、主动公开政府信息情况
全年主动公开政府信息86条，通过12345热线答复群众咨询20件。

三、收到和处理政府信息公开申请情况
本年新收政府信息公开申请数量3件，均已办结。

四、政府信息公开行政复议、行政诉讼情况
本年度未发生政府信息公开行政复议、行政诉讼案件。

五、存在的主要问题及改进情况
临时救助信息更新不够及时。

六、其他需要报告的事项
无。
""",
    "pingluo.txt": """平罗县民政局2018年政府信息公开工作年度报告

一、总体情况
2018年，平罗县民政局主动公开临时救助和社会救助信息，受理群众申请后及时公开结果。

二、主动公开政府信息情况
主动公开特困人员供养标准。

三、收到和处理政府信息公开申请情况
本年未收到信息公开申请。

六、其他需要报告的事项
无。
""",
    "dawukou.txt": """大武口区民政局2022年政府信息公开工作年度报告

一、总体情况
2022年，大武口区民政局加强社会救助信息公开，公布城乡低保对象名单。

三、收到和处理政府信息公开申请情况
本年新收政府信息公开申请数量1件。

五、存在的主要问题及改进情况
依申请公开办理流程有待规范。
""",
}
QTX, PL, DWK = "青铜峡市民政局", "平罗县民政局", "大武口区民政局"


@pytest.fixture(scope="module")
def mini(indexes):
    """A searcher over three tiny reports written for these tests (2018, 2020, 2022)."""
    return indexes.searcher("mini", written(MINI))


def hits(searcher, q, **params):
    return set(section_hits(searcher, q, **params))


def test_abbreviation_finds_the_full_term(mini):
    # 青铜峡 writes only 最低生活保障; 大武口 writes 城乡低保.
    assert hits(mini, "低保") == {(QTX, 1), (DWK, 1)}
    result = run_search(mini, SearchParams(q="低保", flat=True))
    snippet = next(str(h.snippet) for h in result.hits if h.agency == QTX)
    assert "<mark>最低生活保障</mark>" in snippet
    assert hits(mini, "最低生活保障") == {(QTX, 1), (DWK, 1)}


def test_quoted_phrase_crosses_jieba_words_but_stays_exact(mini):
    # jieba cuts 信息公开申请 as 信息公开|申请; 平罗's part 1 has 公开 and 申请 apart only.
    assert hits(mini, '"公开申请"') == {(QTX, 3), (PL, 3), (DWK, 3)}
    assert (PL, 1) in hits(mini, "公开 申请")


def test_exclusion_drops_sections_with_the_word(mini):
    assert hits(mini, "临时救助") == {(QTX, 5), (PL, 1)}
    assert hits(mini, "救助") == {(QTX, 5), (PL, 1), (DWK, 1)}
    assert hits(mini, "救助 -临时救助") == {(DWK, 1)}


def test_year_range_and_section_filters_in_the_query(mini):
    assert hits(mini, "低保 year:2019-2021") == {(QTX, 1)}
    assert hits(mini, "低保 年份:2022") == {(DWK, 1)}
    assert {a for a, _ in hits(mini, "信息公开 year:2019-2021")} == {QTX}
    assert hits(mini, "申请 section:3") == {(QTX, 3), (PL, 3), (DWK, 3)}
    assert hits(mini, "申请 部分:3 year:2018") == {(PL, 3)}


def test_traditional_and_full_width_queries(mini):
    assert hits(mini, "臨時救助") == hits(mini, "临时救助")
    assert hits(mini, "行政復議") == {(QTX, 4)}
    assert hits(mini, "最低生活保障") == hits(mini, "低保")
    assert hits(mini, "１２３４５热线") == {(QTX, 2)}


def test_grouped_total_counts_reports_flat_total_counts_sections(mini):
    flat = run_search(mini, SearchParams(q="信息公开", flat=True, per_page=50))
    grouped = run_search(mini, SearchParams(q="信息公开", per_page=50))
    sections = {(h.report_id, h.section) for h in flat.hits}
    assert flat.total == len(sections) == flat.total_sections
    assert grouped.total == len({r for r, _ in sections}) == 3
    assert len(grouped.hits) == 3 and sum(h.more_sections + 1 for h in grouped.hits) == flat.total
    assert flat.total > grouped.total




def test_the_rewordings_are_of_dev_queries_each_in_other_words():
    """bench/relevance_reworded.py: each line rewords one dev query (never a test one), in words of its own."""
    from bench.relevance_reworded import reworded_pairs

    from bench.relevance_set import HERE

    # Round 31's rewordings and round 32's held-out second set (a citizen who never read a report).
    for path in (None, HERE / "reworded2_dev.jsonl"):
        pairs = reworded_pairs(path)
        assert len(pairs) >= 200 and len({o.id for o, _ in pairs}) == len(pairs)
        assert all(o.split == "dev" and r.query.strip() and r.query != o.query for o, r in pairs)
