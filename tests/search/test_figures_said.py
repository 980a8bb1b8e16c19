"""A table figure named as people say it (round 14): 官司 and 败诉 for the lawsuits of part 四, a word
of losing or correction beside a review for its 结果纠正 column, 罚款 for the 行政处罚 row, 反复申请 for
重复申请, 找错部门 for 本机关不掌握, 复印费 for the fee of part 六. The reports are made up for these
tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.figures_asked import written_as
from tests.conftest import ranked_agencies as agencies, written

APPLICANTS = "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\n" \
             "\t\t自然人\t法人或其他组织\t\t\t\t\t\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"


def _report(agency: str, review: list[int], not_held: int = 0, repeated: int = 0, penalties: int = 0,
            prose: str = "本年依法办理政府信息公开申请。", confirmation: int = 0) -> str:
    row = lambda label, n: f"{label}\t\t{n}\t0\t0\t0\t0\t0\t{n}\n"  # noqa: E731
    new = 10 + not_held + repeated + confirmation
    return (
        f"{agency}2022年政府信息公开工作年度报告\n\n一、总体情况\n{prose}\n\n"
        "二、主动公开政府信息情况\n第二十条第（六）项\t\t\t\n信息内容\t本年处理决定数量\t\t\n"
        f"行政处罚\t{penalties}\t\t\n行政强制\t0\t\t\n\n"
        "三、收到和处理政府信息公开申请情况\n\n" + APPLICANTS
        + row("一、本年新收政府信息公开申请数量", new) + row("二、上年结转政府信息公开申请数量", 0)
        + "三、本年度办理结果\t(一) 予以公开\t10\t0\t0\t0\t0\t0\t10\n"
        + f"\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t{not_held}\t0\t0\t0\t0\t0\t{not_held}\n"
        + f"\t(五) 不予处理\t2. 重复申请\t{repeated}\t0\t0\t0\t0\t0\t{repeated}\n"
        + f"\t\t5. 要求行政机关确认或重新出具已获取信息\t{confirmation}\t0\t0\t0\t0\t0\t{confirmation}\n"
        + f"(七) 总计\t{new}\t0\t0\t0\t0\t0\t{new}\n" + row("四、结转下年度继续办理", 0)
        + "\n四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t\t\t\t\t行政诉讼\n"
        "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
        "\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\n"
        + "\t".join(map(str, review)) + "\n\n五、存在的主要问题及改进情况\n工作仍有不足。\n"
    )


ZERO = [0] * 15
# 行政复议: 维持 纠正 其他 尚未 总计; 未经复议直接起诉: the same five; 复议后起诉: the same five.
REPORTS = {
    "won.txt": _report("丽江市古城区人民政府", [0, 0, 0, 0, 0, 4, 0, 0, 0, 4, 0, 0, 0, 0, 0]),
    "lost.txt": _report("丽江市玉龙县人民政府", [0, 0, 0, 0, 0, 1, 2, 0, 0, 3, 0, 0, 0, 0, 0]),
    "fixed.txt": _report("丽江市华坪县人民政府", [1, 2, 0, 0, 3] + [0] * 10),
    "upheld.txt": _report("丽江市永胜县人民政府", [5, 0, 0, 0, 5] + [0] * 10),
    "not-held.txt": _report("丽江市住房和城乡建设局", ZERO, not_held=6),
    "repeated.txt": _report("丽江市自然资源和规划局", ZERO, repeated=4),
    "fined.txt": _report("丽江市市场监督管理局", ZERO, penalties=120),
    "copies.txt": _report("丽江市统计局", ZERO, prose="本年度收取信息处理费共计50元。"),
    "free.txt": _report("丽江市审计局", ZERO, prose="本年度未收取信息处理费。"),
    "confirm.txt": _report("丽江市民政局", ZERO, confirmation=3),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("figures-said", written(REPORTS))


def test_a_lawsuit_said_as_people_say_it_is_the_litigation_figure(idx):
    got = agencies(idx, "哪些单位吃过官司")
    assert set(got[:2]) == {"丽江市古城区人民政府", "丽江市玉龙县人民政府"}
    assert written_as("官司") == "行政诉讼" and written_as("行政诉讼") == ""


def test_losing_or_a_correction_beside_a_review_asks_for_its_corrected_column(idx):
    assert agencies(idx, "官司输了的政府")[0] == "丽江市玉龙县人民政府"
    assert agencies(idx, "败诉的单位")[0] == "丽江市玉龙县人民政府"
    got = agencies(idx, "复议决定被撤销的")
    assert got[0] == "丽江市华坪县人民政府" and "丽江市永胜县人民政府" in got[1:]
    # Without a word of losing, the review's total orders: upheld cases count too.
    assert set(agencies(idx, "被申请复议的单位")[:2]) == {"丽江市华坪县人民政府", "丽江市永胜县人民政府"}


def test_the_template_s_items_said_as_an_applicant_says_them(idx):
    assert agencies(idx, "申请人找错部门的情况")[0] == "丽江市住房和城乡建设局"
    assert agencies(idx, "一再申请的情况")[0] == "丽江市自然资源和规划局"
    assert agencies(idx, "罚款情况")[0] == agencies(idx, "被罚的情况")[0] == "丽江市市场监督管理局"
    assert agencies(idx, "打印费")[0] == "丽江市统计局"


def test_every_item_of_the_template_s_tables_is_a_figure(idx):
    # 要求行政机关确认或重新出具已获取信息 (不予处理 5), and the lawsuits brought without a review first.
    assert agencies(idx, "要求重新出具已获取信息的申请")[0] == "丽江市民政局"
    assert set(agencies(idx, "未经复议直接起诉")[:2]) == {"丽江市古城区人民政府", "丽江市玉龙县人民政府"}


def test_a_correction_said_otherwise_is_searched_as_the_table_heads_it(indexes):
    """Tables head the column 结果纠正 and never write 撤销 or 纠错: the report whose prose holds every
    typed word but whose table says 0 does not come before the one whose reviews were corrected."""
    idx = indexes.searcher("correction-said", written({
        "fixed.txt": REPORTS["fixed.txt"],
        "upheld.txt": REPORTS["upheld.txt"],
        "prose.txt": _report("丽江市宁蒗县人民政府", ZERO, prose="本年度未发生行政复议决定被撤销、被纠错的情况。"),
    }))
    for query in ("复议 被撤销", "复议被纠错"):
        got = agencies(idx, query)
        assert got[0] == "丽江市华坪县人民政府", query
    # only a word of the query is one of correction: the 输 inside 交通运输局 stays the body's name
    from search.retrieval.query import parse_query
    assert [c.alternatives for c in parse_query("交通运输局 复议 输").must][0] == ["交通运输局"]


def test_the_table_s_own_heading_beside_a_review_asks_for_its_corrected_column(idx):
    """结果纠正 is one word to the tokenizer: it holds 纠正 all the same, and names no other topic."""
    assert agencies(idx, "行政复议 结果纠正")[0] == "丽江市华坪县人民政府"
    assert agencies(idx, "行政诉讼 结果纠正")[0] == "丽江市玉龙县人民政府"
    assert agencies(idx, "复议被纠正的单位")[0] == "丽江市华坪县人民政府"
    from search.retrieval.query import parse_query
    figure = parse_query("行政复议 结果纠正").figure
    assert figure.key == "reconsideration_corrected" and figure.alone


def test_a_correction_with_no_review_named_asks_for_reviews_and_lawsuits_corrected(idx):
    """被纠错 alone: a review or a lawsuit whose result was corrected, whichever the report had."""
    for query in ("被纠错", "被纠正的案件", "哪些单位被纠错"):
        got = agencies(idx, query)
        assert set(got[:2]) == {"丽江市华坪县人民政府", "丽江市玉龙县人民政府"}, query
        assert "丽江市永胜县人民政府" not in got[:2], query


def test_the_words_of_the_row_s_own_template_name_are_no_other_topic(idx):
    """要求确认或重新出具已获取信息: the row's name as the table writes it, 行政机关 left out; its 已获取信息 is
    the row's own words, so the figure is asked alone."""
    from search.retrieval.query import parse_query
    for query in ("要求确认或重新出具已获取信息", "重新出具已获取信息的申请"):
        figure = parse_query(query).figure
        assert figure.key == "outcome_not_processed_confirmation" and figure.alone, (query, figure)
    assert agencies(idx, "要求确认或重新出具已获取信息")[0] == "丽江市民政局"


@pytest.mark.parametrize("query", ["网站被纠错", "政府网站被纠错的情况", "营业执照被撤销", "被纠正的错误信息"])
def test_a_correction_said_of_another_topic_asks_no_review_figure(query):
    """(session 21 review) The passive said of what was corrected, which is no review: the sites' error reports, a
    licence revoked. Read as reviews and lawsuits corrected, the reports with corrections came first."""
    from search.retrieval.query import parse_query
    assert parse_query(query).figure is None, query


@pytest.mark.parametrize("query, key", [("没有被纠错", "review_corrected"), ("从未被纠错的单位", "review_corrected"),
                                        ("复议没有被纠正", "reconsideration_corrected")])
def test_a_correction_negated_asks_for_none_corrected(query, key):
    """(session 21 review) 没有被纠错 read as asked put the reports with corrections first."""
    from search.retrieval.query import parse_query
    figure = parse_query(query).figure
    assert (figure.key, figure.mode) == (key, "none"), figure


def test_no_correction_lists_the_bodies_whose_cases_were_upheld_first(idx):
    got = agencies(idx, "没有被纠错")
    corrected = {"丽江市华坪县人民政府", "丽江市玉龙县人民政府"}
    assert got and not corrected & set(got[:2]), got


@pytest.mark.parametrize("query", ["被纠错超过10件", "复议被撤销超过10件", "官司输了最多的单位"])
def test_a_correction_searched_as_the_table_heads_it_leaves_the_size_words_out(query):
    """(session 21 review) The heading's form was made before the size words left: 被 纠正 超过 10 件 kept them,
    cut apart where they no longer read as a size, and required them."""
    from search.retrieval.query import parse_query
    words = {w for c in parse_query(query).must for a in c.alternatives for w in a.split()}
    assert "纠正" in words and not words & {"超过", "10", "件", "最", "多"}, words

