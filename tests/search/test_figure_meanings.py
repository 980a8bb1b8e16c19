"""A table row asked in the citizen's words (round 32): the row read by its meaning — a verb family
× an object, a negation × a verb, the passive and the active, a size said in words — and the words
read consumed. The reports and the queries are made up for these tests; none of them is in the
judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.figure_meanings import meanings, read_meanings, said_at_least
from search.retrieval.query import parse_query
from tests.conftest import ranked_agencies as agencies, written

APPLICANTS = "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\n" \
             "\t\t自然人\t法人或其他组织\t\t\t\t\t\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"


def _report(agency: str, new: int = 10, partly: int = 0, secret: int = 0, not_processed: int = 0,
            confirmation: int = 0, not_held: int = 0, sued: int = 0, documents: int = 0,
            prose: str = "本年依法办理政府信息公开申请。") -> str:
    row = lambda label, n: f"{label}\t\t{n}\t0\t0\t0\t0\t0\t{n}\n"  # noqa: E731
    item = lambda label, n: f"{label}\t{n}\t0\t0\t0\t0\t0\t{n}\n"  # noqa: E731
    disclosed = new - partly - secret - not_processed - confirmation - not_held
    review = [0, 0, 0, 0, 0, 0, 0, 0, 0, sued, 0, 0, 0, 0, 0]
    return (
        f"{agency}2022年政府信息公开工作年度报告\n\n一、总体情况\n{prose}\n\n"
        "二、主动公开政府信息情况\n第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        f"规章\t0\t0\t0\n行政规范性文件\t{documents}\t0\t{documents}\n\n"
        "三、收到和处理政府信息公开申请情况\n\n" + APPLICANTS
        + row("一、本年新收政府信息公开申请数量", new) + row("二、上年结转政府信息公开申请数量", 0)
        + row("三、本年度办理结果\t(一) 予以公开", disclosed)
        + row("(二) 部分公开（区分处理的，只计这一情形，不计其他情形）", partly)
        + item("\t(三) 不予公开\t1.属于国家秘密", secret)
        + item("\t(四) 无法提供\t1. 本机关不掌握相关政府信息", not_held)
        + item("\t(五) 不予处理\t1. 信访举报投诉类申请", 0) + item("\t\t2. 重复申请", not_processed)
        + item("\t\t3. 要求提供公开出版物", 0) + item("\t\t4. 无正当理由大量反复申请", 0)
        + item("\t\t5. 要求行政机关确认或重新出具已获取信息", confirmation)
        + row("(七) 总计", new) + row("四、结转下年度继续办理", 0)
        + "\n四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t\t\t\t\t行政诉讼\n"
        "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
        "\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\n"
        + "\t".join(map(str, review)) + "\n\n五、存在的主要问题及改进情况\n工作仍有不足。\n"
    )


REPORTS = {
    "plain.txt": _report("泸水市人民政府"),
    "partly.txt": _report("福贡县人民政府", partly=4),
    "secret.txt": _report("贡山县人民政府", secret=2),
    "not-processed.txt": _report("兰坪县人民政府", not_processed=3),
    "confirm.txt": _report("泸水市民政局", confirmation=2),
    "not-held.txt": _report("泸水市交通运输局", not_held=5),
    "sued.txt": _report("福贡县自然资源局", sued=3),
    "busy.txt": _report("怒江州人民政府", new=1600),
    "middling.txt": _report("怒江州教育体育局", new=620),
    "documents.txt": _report("怒江州司法局", documents=7),
    "fees.txt": _report("贡山县财政局", prose="本年度收取信息处理费共计80元。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("figure-meanings", written(REPORTS))


def test_a_lawsuit_said_in_the_passive_or_the_active_is_the_litigation_row(idx):
    for q in ("被人告过的单位", "被群众起诉过", "谁告过政府"):
        parsed = parse_query(q)
        assert parsed.figure is not None and parsed.figure.key == "litigation_total", q
        assert agencies(idx, q)[0] == "福贡县自然资源局", q
    # The spoken words are read: no report writes 告, and it is no required word.
    assert "告" not in " ".join(a for c in parse_query("被人告过").must for a in c.alternatives)


def test_an_outcome_said_as_a_verb_and_its_object_is_its_row(idx):
    assert agencies(idx, "只给了一部分信息")[0] == "福贡县人民政府"
    # 不予处理 sums its items: the repeated requests' and the re-issues' reports both had some.
    assert set(agencies(idx, "拒不受理的申请")[:2]) == {"兰坪县人民政府", "泸水市民政局"}
    assert agencies(idx, "申请的东西不归他们管")[0] == "泸水市交通运输局"
    assert agencies(idx, "要政府重新开一份已经拿到过的材料")[0] == "泸水市民政局"


def test_two_negations_joined_by_ye_are_two_things_that_did_not_happen():
    # 没有复议也没有被起诉: neither review happened, where 没经过复议直接起诉 (one negation, the reconsideration it
    # skipped) is the direct-litigation row. A gap of a rule crosses no second negation joined by 也 / 又.
    for q in ("没有复议也没有被起诉的", "没被复议又没被起诉过"):
        figure = parse_query(q).figure
        assert figure.mode == "none" and {figure.key, *figure.also} == {"litigation_total", "reconsideration_total"}, q
    for q in ("没经过复议直接起诉的", "不经复议就告到法院的"):
        assert parse_query(q).figure.key == "litigation_direct_total", q


def test_an_item_is_not_read_as_the_total_it_belongs_to(idx):
    # 涉密 is the 国家秘密 item of 不予公开; beside 不予公开 the item, not the total, is asked.
    parsed = parse_query("因涉密不予公开")
    assert parsed.figure.key == "outcome_refused_state_secret"
    assert agencies(idx, "因涉密不予公开")[0] == "贡山县人民政府"


def test_a_size_said_in_words_ranks_the_reports_that_reach_it(idx):
    parsed = parse_query("收到一千五百多件申请的部门")
    assert (parsed.figure.key, parsed.figure.mode, parsed.figure.threshold) == ("requests_new", "at_least", 1500)
    assert agencies(idx, "收到一千五百多件申请的部门")[0] == "怒江州人民政府"
    assert set(agencies(idx, "申请超过五百件")[:2]) == {"怒江州人民政府", "怒江州教育体育局"}
    assert said_at_least("几千件申请")[0] == 1000 and said_at_least("1200多件")[0] == 1200
    # A year, a date, a number of bodies is no size.
    assert said_at_least("2020年以上") is None and said_at_least("十多个部门") is None


def test_a_fee_said_with_a_verb_and_its_object_is_the_processing_fee(idx):
    assert agencies(idx, "哪些单位向申请人收过钱")[0] == "贡山县财政局"
    # A verb's character inside another word is not the verb (交通费: no fee charged to an applicant).
    assert parse_query("交通费").figure is None


def test_part_two_rows_asked_how_many_and_their_verb_consumed(idx):
    parsed = parse_query("规范性文件 印发了几件")
    assert parsed.figure is not None and parsed.figure.key == "normative_docs_made"
    assert [c.alternatives for c in parsed.must] == [["规范性文件"]]
    assert agencies(idx, "规范性文件 印发了几件")[0] == "怒江州司法局"
    # Alone, the documents are a topic: no figure is asked.
    assert parse_query("规范性文件公开").figure is None


def test_a_rule_that_needs_a_request_is_not_read_without_one():
    # 投诉没人处理 is no refusal to process a request; 不处理的申请 is.
    assert parse_query("投诉不处理").figure is None
    assert parse_query("不处理的申请").figure.key == "outcome_not_processed"


def test_every_rule_names_a_figure_the_search_can_read():
    from search.figures.columns import COLUMN_BY_KEY
    from search.figures.prose_statements import PROSE_FEES, PROSE_ITEMS

    figure_keys = set(COLUMN_BY_KEY) | {PROSE_FEES, PROSE_ITEMS}
    rows = meanings()
    assert rows and all(m.key in figure_keys or m.key.startswith(("outcome_", "litigation_", "requests_",
                                                                   "regulations_", "normative_docs_"))
                        for m in rows)
    assert read_meanings("被人告过", False)[0] == "被起诉 过"
