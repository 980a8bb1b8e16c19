"""Wrong results found by using the search as citizens do (session 21, 2026-12-06), each a class fixed in its
mechanism. The reports are made up for these tests; none of them and none of the queries is in the judged
relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies, written

COUNTIES = "甲乙丙丁戊己庚辛"
# Bodies whose tables refuse some requests: none of them writes the copula 是.
REPORTS = {f"r{i}.txt": made_up_report(f"{c}阳县自然资源局", 2021, {
    3: f"本年度不予公开{i + 1}件，理由为属于国家秘密。"}) for i, c in enumerate(COUNTIES)}
# Two reports that write 是 often and refuse nothing.
REPORTS["talk1.txt"] = made_up_report("子阳县统计局", 2021, {1: "政务公开是一项基础工作，是服务群众的重要手段。"})
REPORTS["talk2.txt"] = made_up_report("丑阳县统计局", 2021, {1: "一是加强领导，二是完善制度，三是强化培训。"})


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("citizen_session21", written(REPORTS))


@pytest.mark.parametrize("q", ["不予公开的理由是什么", "不公开的原因是啥", "为什么被拒绝了呢"])
def test_the_question_words_left_by_a_frame_are_no_item(q):
    # The reason frame took 不予公开 and 理由 out and left 是什么 as an item of its own, required as text.
    words = [a for c in parse_query(q).must for a in c.alternatives]
    assert words == ["不予公开"], words


def test_a_refusal_reason_question_lists_every_refusing_report(idx):
    # With 是 required, only the reports writing it were listed, 是 marked in every snippet.
    result = run_search(idx, SearchParams(q="不予公开的理由是什么", per_page=50))
    assert {h.agency for h in result.hits} >= {f"{c}阳县自然资源局" for c in COUNTIES}
    assert not any("<mark>是</mark>" in h.snippet for h in result.hits)


# Two reports of the script a Hong Kong or Taiwan reader may type in: their words are the mainland's.
REPORTS["docs.txt"] = made_up_report("卯阳县司法局", 2021, {2: "主动公开规范性文件12件，建立健全公开制度。"})
REPORTS["archive.txt"] = made_up_report("辰阳县档案局", 2021, {1: "档案查询服务全年接待群众300人次。"})


@pytest.mark.parametrize("typed, read", [("規範性文件", "规范性文件"), ("檔案局", "档案局"), ("建立健全公開制度", "建立健全公开制度"),
                                         ("檔案查詢", "档案查询"), ("資訊公開", "信息公开"), ("網路申請", "网络申请")])
def test_taiwan_wording_is_not_read_into_words_the_reports_write(typed, read):
    # OpenCC's Taiwan phrases turned 文件 into 文档 and 檔案 into 文件 (檔案局: 文件局), words of the reports into
    # words they never write; a Taiwan word the reports do not use (資訊, 網路) is still read as theirs.
    assert parse_query(typed).text == read


@pytest.mark.parametrize("q, agency", [("主動公開 規範性文件", "卯阳县司法局"), ("檔案局", "辰阳县档案局")])
def test_a_traditional_query_finds_the_reports_words_without_a_respelling(idx, q, agency):
    result = run_search(idx, SearchParams(q=q))
    assert [h.agency for h in result.hits][:1] == [agency]
    assert not any("没有报告使用" in m for m in result.messages), result.messages


# Reviews and their results: one body whose reviews were upheld, stated in its prose; others that had none,
# writing the result columns' words in full.
REPORTS["upheld.txt"] = made_up_report("巳阳县人民政府", 2021, {4: "因政府信息公开引发行政复议3件，复议机关均决定维持。"})
REPORTS.update({f"none{i}.txt": made_up_report(f"{c}阳县交通运输局", 2021, {
    4: "本年度行政复议0件，结果维持0件，结果纠正0件，复议维持、复议纠正均无。"}) for i, c in enumerate("午未申")})


@pytest.mark.parametrize("q", ["复议维持", "行政复议 结果维持", "行政诉讼 维持"])
def test_a_result_column_beside_a_review_is_no_other_topic(q):
    # 维持 is a column of the review and lawsuit tables: read as another topic, it made the figure a mere boost
    # and the reports writing 维持 0 came first.
    figure = parse_query(q).figure
    assert figure is not None and figure.others == () and figure.mode == "positive", figure


def test_upheld_reviews_list_the_report_that_had_reviews_first(idx):
    assert ranked_agencies(idx, "复议维持")[:1] == ["巳阳县人民政府"]


# A finance bureau's report of 2019, and another body's report of 2020 that names a finance bureau.
REPORTS["finance.txt"] = made_up_report("酉阳县财政局", 2019, {1: "本局全年公开预算决算信息40条。"})
REPORTS["mentions.txt"] = made_up_report("戌阳县农业农村局", 2020, {1: "会同县财政局公开涉农补贴资金信息。"})


@pytest.mark.parametrize("q", ["财政局2020年报", "财政局2020年的年报", "财政局 2020年报"])
def test_a_year_glued_between_a_body_and_the_report_word_splits_the_run(q):
    # Typed without spaces, the run left 财政局 年报 as one item, which named no body: the body's reports lost
    # their place before another body's report of the year that merely names one.
    assert [c.alternatives for c in parse_query(q).must][:1] == [["财政局"]]


def test_the_body_glued_to_a_year_comes_before_a_mention_of_that_year(idx):
    assert ranked_agencies(idx, "财政局2020年报")[:1] == ["酉阳县财政局"]
    assert ranked_agencies(idx, "财政局 2020 年报")[:1] == ["酉阳县财政局"]


# Fees charged, stated in the prose (the one figure no table holds): one body charged, others charged nothing.
REPORTS["fees.txt"] = made_up_report("亥阳县人民政府", 2021, {6: "全年收取信息处理费380元。"})
REPORTS.update({f"free{i}.txt": made_up_report(f"{c}阳县人民政府", 2021, {
    6: "严格落实信息处理费管理办法，全年收取信息处理费0元，信息处理费收费标准已在网站公开。"}) for i, c in enumerate("东西南北")})


@pytest.mark.parametrize("q", ["信息处理费收了多少钱", "去年收了多少钱的信息处理费", "信息处理费一共收了多少元"])
def test_how_much_was_charged_asks_the_fees_figure(q):
    # 多少钱 reads as a question of what applying costs (申请要多少钱: the procedure, no figure); after a
    # collection done (收了, 一共收) it asks the amount charged.
    figure = parse_query(q).figure
    assert figure is not None and figure.key == "processing_fees", figure


@pytest.mark.parametrize("q", ["申请公开要多少钱", "全年收到的申请多少天答复", "交了申请多少天答复", "收了多少钱要多久"])
def test_what_applying_costs_or_how_long_it_takes_still_asks_no_figure(q):
    # (session 21 review) a collection done (收到, 交了) beside a question of time asks no count either
    assert parse_query(q).figure is None


def test_the_body_that_charged_comes_first(idx):
    assert ranked_agencies(idx, "信息处理费收了多少钱")[:1] == ["亥阳县人民政府"]
