"""Meaning over mention: a query naming a table figure ranks reports by that figure (above 0 first,
largest first for 最多, at least 1000 for 上千, 0 first for 没有). The reports are made up for
these tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.figures.prose_statements import fee_statement, items_statement
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies as agencies, written

APPLICANTS = "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\n" \
             "\t\t自然人\t法人或其他组织\t\t\t\t\t\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"


def fees_in_prose(payload: dict) -> float | None:
    """The fees a report's prose states (``fee_statement``'s value)."""
    statement = fee_statement(payload)
    return statement[0] if statement else None


def items_in_prose(payload: dict) -> float | None:
    """The items a report's prose states (``items_statement``'s value)."""
    statement = items_statement(payload)
    return statement[0] if statement else None


def _report(agency: str, new: int, lawyers: int, reconsideration: int, sued: int, prose: str = "",
            third_party: int | None = None, complaints: int | None = None) -> str:
    row = lambda label, n, legal=0: f"{label}\t\t{n - legal}\t0\t0\t0\t{legal}\t0\t{n}\n"  # noqa: E731
    # Upheld as many as came, so that each total adds up (a total its parts dispute is marked on the page).
    review = [reconsideration, 0, 0, 0, reconsideration, sued, 0, 0, 0, sued, 0, 0, 0, 0, 0]
    return (
        f"{agency}2021年政府信息公开工作年度报告\n\n一、总体情况\n{prose or '本年依法办理政府信息公开申请。'}\n\n"
        "三、收到和处理政府信息公开申请情况\n\n" + APPLICANTS
        + row("一、本年新收政府信息公开申请数量", new, lawyers) + row("二、上年结转政府信息公开申请数量", 0)
        + f"三、本年度办理结果\t(一) 予以公开\t{new - (third_party or 0)}\t0\t0\t0\t0\t0\t{new - (third_party or 0)}\n"
        + ("" if third_party is None else f"(三) 不予公开\t4.保护第三方合法权益\t{third_party}\t0\t0\t0\t0\t0\t{third_party}\n")
        + ("" if complaints is None else f"(五) 不予处理\t1.信访举报投诉类申请\t{complaints}\t0\t0\t0\t0\t0\t{complaints}\n")
        + f"(七) 总计\t{new}\t0\t0\t0\t0\t0\t{new}\n" + row("四、结转下年度继续办理", 0)
        + "\n四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t\t\t\t\t行政诉讼\n"
        "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
        "\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\n"
        + "\t".join(map(str, review)) + "\n\n五、存在的主要问题及改进情况\n工作仍有不足。\n"
    )


REPORTS = {
    "quiet.txt": _report("红寺堡区民政局", 0, 0, 0, 0, "全年未收到政府信息公开申请，未发生行政复议、行政诉讼。"),
    "busy.txt": _report("吴忠市人民政府", 1250, 0, 6, 0),
    "sued.txt": _report("青铜峡市自然资源局", 40, 3, 2, 5),
    "some.txt": _report("盐池县人力资源和社会保障局", 300, 0, 0, 1),
    "fees.txt": _report("中卫市自然资源局", 5, 0, 0, 0, "本年度收取信息处理费共计200元。"),
    "no-fees.txt": _report("中卫市住房和城乡建设局", 5, 0, 0, 0, "本年度未收取信息处理费。"),
    # What a report disclosed of its own accord is stated in its prose only.
    "many-items.txt": _report("利通区人民政府", 3, 0, 0, 0, "全年主动公开政府信息1.26万条，其中政策文件40件。"),
    "few-items.txt": _report("同心县教育局", 3, 0, 0, 0, "通过门户网站主动公开信息320条，其中招生信息25条。"),
    # Requests refused to protect a third party (个人隐私), and a table whose row says 0.
    "privacy.txt": _report("中卫市公安局", 10, 0, 0, 0, third_party=3),
    "no-privacy.txt": _report("中卫市司法局", 10, 0, 0, 0, "依法保护个人隐私。", third_party=0),
    # An opening cut before its tables: the requests are stated in its prose only.
    "opening.txt": made_up_report("海原县交通运输局", 2021, {1: "全年共受理政府信息公开申请20件，均在法定期限内答复。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("figures-asked", written(REPORTS))



def test_the_figure_above_zero_ranks_above_an_empty_table(idx):
    got = agencies(idx, "被起诉")
    assert set(got[:2]) == {"青铜峡市自然资源局", "盐池县人力资源和社会保障局"}
    got = agencies(idx, "行政复议 案件")
    assert set(got[:2]) == {"吴忠市人民政府", "青铜峡市自然资源局"}
    assert agencies(idx, "律师事务所申请信息公开")[0] == "青铜峡市自然资源局"


def test_the_figure_alone_puts_every_report_above_zero_before_a_prose_mention(indexes):
    """A report whose prose names the heading (本年度未发生行政复议案件) holds both words and
    matches them better than a table does; asked for the figure alone, the reports that had
    cases still come first, the one whose table writes no 案件 too (the word only says what the
    figure counts). A place beside the figure is required as ever."""
    reports = {
        "prose.txt": made_up_report("惠农区水务局", 2021, {
            1: "本年度未发生行政复议案件，行政复议案件为零。行政复议案件办理制度健全。"}),
        "table.txt": _report("平罗县财政局", 12, 0, 3, 0),
        "other.txt": _report("大武口区教育局", 8, 0, 1, 0, "本年度办理案件按期办结。"),
    }
    idx = indexes.searcher("figure-alone", written(reports))
    assert set(agencies(idx, "行政复议 案件")[:2]) == {"平罗县财政局", "大武口区教育局"}
    assert agencies(idx, "大武口 行政复议 案件")[0] == "大武口区教育局"


def test_fees_charged_are_read_from_the_prose(idx):
    assert agencies(idx, "收取信息处理费")[0] == "中卫市自然资源局"
    assert agencies(idx, "依申请公开 收费")[0] == "中卫市自然资源局"
    # A citizen's question around the figure: hearsay and a verb with its particle (收过) are speech.
    assert agencies(idx, "听说申请要收费，哪些单位收过钱")[0] == "中卫市自然资源局"


def test_a_question_of_fees_or_items_reads_the_build_s_statements_not_the_stored_reports(idx, monkeypatch):
    """The fees and items only prose states are read when a report is indexed and kept in its digest: asking them of
    every report decodes no stored report (a first question about fees decoded all 10,000 at scale), and what the
    digest keeps is what the stored report says."""
    import json

    from search.figures.prose_statements import prose_statements
    from search.figures.records import RecordStore, record_store

    store = record_store(idx)
    for report_id in store.all_ids():
        payload = json.loads(idx.stored_fields(store.docnums[report_id])["payload"])
        assert store.record(report_id).statements == prose_statements(payload)
    charged = next(r for r in store.records(store.all_ids()) if r.agency == "中卫市自然资源局")
    assert charged.statements == {"processing_fees": (200.0, 1, "本年度收取信息处理费共计200元。")}

    def decoded(self, report_id):
        raise AssertionError(f"decoded {report_id}")
    monkeypatch.setattr(RecordStore, "payload", decoded)
    shown, _ = _answers(idx, "收取信息处理费最多")
    assert list(shown.items())[:2] == [("中卫市自然资源局", "信息处理费 200 元"), ("中卫市住房和城乡建设局", "信息处理费 0 元")]
    assert agencies(idx, "主动公开信息最多")[:2] == ["利通区人民政府", "同心县教育局"]


def test_the_fee_is_read_under_its_full_name_too():
    paragraph = lambda text: {"sections": [{"number": 6, "blocks": [{"type": "p", "text": text}]}]}  # noqa: E731
    assert fees_in_prose(paragraph("全年收取政府信息公开信息处理费2650元。")) == 2650
    assert fees_in_prose(paragraph("本年度收取信息处理费共计200元。")) == 200
    assert fees_in_prose(paragraph("本年度未收取政府信息公开信息处理费。")) == 0


def test_items_disclosed_of_a_body_s_own_accord_are_read_from_the_prose(idx):
    paragraph = lambda text: {"sections": [{"number": 1, "blocks": [{"type": "p", "text": text}]}]}  # noqa: E731
    assert items_in_prose(paragraph("全年主动公开政府信息8462条，其中门户网站7128条。")) == 8462
    assert items_in_prose(paragraph("通过政府网站累计发布各类信息9.6万余条。")) == 96000
    assert items_in_prose(paragraph("全年未收到政府信息公开申请。")) is None
    assert agencies(idx, "哪个单位主动公开的政府信息最多")[:2] == ["利通区人民政府", "同心县教育局"]
    assert agencies(idx, "主动公开信息上万条")[0] == "利通区人民政府"
    assert parse_query("主动公开").figure is None  # without a size word it is a topic


def test_most_orders_by_the_figure(idx):
    assert agencies(idx, "政府信息公开申请最多")[:3] == ["吴忠市人民政府", "盐池县人力资源和社会保障局", "青铜峡市自然资源局"]
    assert agencies(idx, "被起诉最多的单位")[0] == "青铜峡市自然资源局"
    # The issuers the question names come first: the county body, though the city had more.
    assert agencies(idx, "哪个县申请最多")[0] == "盐池县人力资源和社会保障局"


def test_a_ranking_asked_with_no_body_named_orders_every_body_by_the_figure(idx):
    for query in ("申请数量 排名", "政府信息公开申请排行榜", "被起诉 排名"):
        assert parse_query(query).figure.mode == "most", query
        assert "排名" not in str([c.alternatives for c in parse_query(query).must]), query
    assert agencies(idx, "申请数量 排名")[:3] == ["吴忠市人民政府", "盐池县人力资源和社会保障局", "青铜峡市自然资源局"]
    assert agencies(idx, "政府信息公开申请排行榜")[0] == "吴忠市人民政府"
    # a comparison with no body named still compares nothing
    assert parse_query("申请数量 比较").figure.mode == "positive"


def test_fewest_orders_by_the_figure_smallest_first_and_at_least_is_no_fewest(idx):
    ranked = agencies(idx, "哪个单位收到的政府信息公开申请最少")
    assert ranked[0] == "红寺堡区民政局" and ranked.index("同心县教育局") < ranked.index("吴忠市人民政府")
    # the county-level bodies first (a district is one), the fewest of them first
    ranked = agencies(idx, "哪个县申请最少")
    assert ranked[0] == "红寺堡区民政局" and ranked.index("同心县教育局") < ranked.index("盐池县人力资源和社会保障局")
    assert "吴忠市人民政府" not in ranked[:4]
    assert parse_query("申请最少的县").figure.mode == "least"
    # before a number 最少 says "at least": no order by the fewest
    for query in ("最少收到100件申请", "最少收到十件申请", "最少五件"):
        assert parse_query(query).figure is None or parse_query(query).figure.mode != "least", query


def test_each_item_of_a_refusal_is_a_figure_of_its_own(idx):
    # 个人隐私 is refused as 保护第三方合法权益: the body that refused on those grounds comes before
    # the one whose row says 0, though only the latter writes 个人隐私 in its text.
    for query in ("个人隐私", "第三方合法权益", "隐私保护"):
        ranked = agencies(idx, query)
        assert ranked.index("中卫市公安局") < ranked.index("中卫市司法局"), query
    assert parse_query("国家秘密").figure.key == "outcome_refused_state_secret"
    assert parse_query("不予公开 国家秘密").figure.key == "outcome_refused_state_secret"


def test_a_figure_named_otherwise_than_the_table_words_it_is_still_the_figure(idx, indexes):
    # By a synonym of its name (申请公开: 依申请公开) and by its pieces in another order or one left
    # out (投诉举报, 信访投诉: 信访举报投诉); each piece alone names no figure.
    assert agencies(idx, "申请公开 最多的 县")[0] == "盐池县人力资源和社会保障局"
    # Requests not processed as complaints, and a table whose row says 0 under prose naming them.
    idx = indexes.searcher("figure-named-otherwise", written({
        "complaints.txt": _report("中宁县市场监督管理局", 9, 0, 0, 0, third_party=0, complaints=4),
        "none.txt": _report("中宁县卫生健康局", 9, 0, 0, 0, "畅通投诉举报渠道，公布举报投诉电话。", third_party=0,
                            complaints=0)}))
    for query in ("投诉举报", "举报投诉", "信访投诉"):
        ranked = agencies(idx, query)
        assert ranked.index("中宁县市场监督管理局") < ranked.index("中宁县卫生健康局"), query
    assert parse_query("举报").figure is None and parse_query("投诉").figure is None


def test_a_figure_its_table_does_not_give_is_read_from_its_prose(idx):
    # 20 requests stated in words rank the opening between the tables saying 40 and 5.
    ranked = agencies(idx, "政府信息公开申请最多")
    assert ranked.index("青铜峡市自然资源局") < ranked.index("海原县交通运输局") < ranked.index("中卫市自然资源局")


def test_a_size_word_ranks_the_reports_that_reach_it_first(idx):
    assert agencies(idx, "申请数量上千")[0] == "吴忠市人民政府"
    assert agencies(idx, "申请上百")[:2] in (["吴忠市人民政府", "盐池县人力资源和社会保障局"],
                                           ["盐池县人力资源和社会保障局", "吴忠市人民政府"])


def test_none_ranks_the_reports_that_had_none_first(idx):
    assert agencies(idx, "没有收到申请")[0] == "红寺堡区民政局"
    # jieba reads 没收到 as 没收 (confiscate) + 到: typed so, the question still asks for none.
    assert agencies(idx, "哪些单位没收到申请")[0] == "红寺堡区民政局"
    assert parse_query("哪些单位没收到申请").figure.mode == "none"
    assert parse_query("没收违法所得").figure is None and "没收" in parse_query("没收违法所得").text


def test_a_negation_closing_the_question_after_its_figure_asks_for_none(idx):
    # The negation after the figure (复议都没有, 一件申请也没有的单位) says none came, as before it does;
    # 一起 / 一个 (not even one) say nothing else. A negation of a reply (没答复) is still no figure of 0.
    for query in ("一起行政复议都没有的", "一个申请也没有的单位", "信息公开申请都没有"):
        assert parse_query(query).figure.mode == "none", query
        assert parse_query(query).figure.others == (), query
    assert agencies(idx, "一个申请也没有的单位")[0] == "红寺堡区民政局"
    assert parse_query("申请了没答复的").figure is None


def test_a_negation_of_two_figures_asks_for_none_of_either(idx):
    # 盐池县人社局 had no reconsideration but one lawsuit: it answers 没有行政复议, not 复议和诉讼都没有.
    parsed = parse_query("行政复议和行政诉讼都没有的单位")
    assert parsed.figure.mode == "none" and set((parsed.figure.key, *parsed.figure.also)) == {
        "reconsideration_total", "litigation_total"}
    assert parse_query("没有行政诉讼").figure.also == ()  # 诉讼 inside 行政诉讼 is the same figure
    # 吴忠市人民政府 had reconsiderations and no lawsuit: after the seven reports with neither.
    got = agencies(idx, "行政复议和行政诉讼都没有的单位")
    assert got.index("吴忠市人民政府") >= 7 and got.index("红寺堡区民政局") < got.index("吴忠市人民政府")
    assert agencies(idx, "没有行政复议").index("盐池县人力资源和社会保障局") < agencies(idx, "没有行政复议").index("吴忠市人民政府")


def test_size_words_leave_the_text_and_other_topics_keep_their_ranking():
    parsed = parse_query("政府信息公开申请最多")
    assert parsed.figure.key == "requests_new" and parsed.figure.mode == "most"
    assert [c.alternatives for c in parsed.must] == [["政府信息公开申请"]]
    # 依申请公开 is one topic among others: the figure does not reorder the answer.
    assert parse_query("依申请公开流程不规范").figure.others == ("流程", "规范")
    assert parse_query("无法提供").figure.mode == "positive"  # 无 of 无法 is not "none"
    assert parse_query("低保 救助").figure is None


def test_a_question_word_no_report_uses_does_not_hide_the_figure(idx):
    # 有人 is in no report: the question is still about the figure (行政复议 above 0 first).
    got = agencies(idx, "哪些单位有人申请行政复议")
    assert set(got[:2]) == {"吴忠市人民政府", "青铜峡市自然资源局"}


def test_a_negated_outcome_names_the_outcome_not_a_figure_of_zero():
    # 没有公开 is the refusals (不予公开 > 0), 没有提供 what could not be provided; 没有收到 stays "none".
    parsed = parse_query("哪些申请没有公开")
    assert (parsed.figure.key, parsed.figure.mode) == ("outcome_refused", "positive")
    assert "不予公开" in parsed.must[0].alternatives[0] and "没有" not in parsed.must[0].alternatives[0]
    assert parse_query("申请的材料没有提供").figure.key == "outcome_unavailable"
    assert parse_query("没有收到申请").figure.mode == "none"


def test_a_word_asking_for_the_figures_detail_keeps_the_figure(idx):
    # 理由 and 结果 ask for the rows under the figure (the refusals' reasons, the outcomes of the
    # reconsiderations), not for another topic: the reports whose figure is above 0 still come first.
    assert parse_query("不予公开 理由").figure.others == ()
    for query in ("个人隐私 理由", "第三方合法权益 原因"):
        ranked = agencies(idx, query)
        assert ranked.index("中卫市公安局") < ranked.index("中卫市司法局"), query
    assert set(agencies(idx, "行政复议 结果")[:2]) == {"吴忠市人民政府", "青铜峡市自然资源局"}
    assert parse_query("依申请公开 原因 流程").figure.others == ("流程",)


def test_a_figures_longer_name_is_found_inside_the_typed_words(idx):
    # jieba cuts 收到信息公开申请 into 收到 / 信息公开 / 申请: the figure is named all the same.
    parsed = parse_query("乡镇 收到过信息公开申请")
    assert (parsed.figure.key, parsed.figure.mode, parsed.figure.others) == ("requests_new", "positive", ())
    ranked = agencies(idx, "收到过信息公开申请")
    assert ranked.index("吴忠市人民政府") < ranked.index("红寺堡区民政局")  # 1250 requests before none


def test_a_negation_of_what_the_body_did_is_no_figure_of_zero():
    # The reply is what is missing, not the request: no "reports without requests" reading.
    for query in ("申请了没答复", "申请两个月还没有回复怎么办"):
        parsed = parse_query(query)
        assert parsed.figure is None or parsed.figure.mode != "none", query
    # Receiving, charging, or the figure itself negated: none came.
    for query in ("零申请", "从未被起诉", "未收取信息处理费", "都没有人申请过", "哪些单位没有行政复议"):
        assert parse_query(query).figure.mode == "none", query


def test_a_zero_typed_as_a_count_asks_for_none(idx):
    # 0件, 为0, ０次: a count of nothing typed in digits asks what 没有 asks (the reports whose figure is 0 first);
    # the digit is no word the reports must hold.
    for query in ("申请 0件", "依申请公开 0 件", "申请数为0", "行政复议 ０次", "被起诉为零"):
        parsed = parse_query(query)
        assert parsed.figure is not None and parsed.figure.mode == "none", query
        assert not any("0" in a or "０" in a for c in parsed.must for a in c.alternatives), query
    assert agencies(idx, "申请 0件")[0] == "红寺堡区民政局"
    # A number that is no count of nothing stays what it was: 10件 is no zero, 2020 a year.
    for query in ("申请 10件", "申请 2020"):
        parsed = parse_query(query)
        assert parsed.figure is None or parsed.figure.mode != "none", query


def _answers(idx, q: str) -> tuple[dict[str, str], list[str]]:
    from tests.conftest import search
    result = search(idx, q=q)
    return {h.agency: h.figure for h in result.hits}, result.messages


def test_the_note_promises_no_order_when_no_report_listed_is_above_zero(idx):
    """"Above 0 first" over a selection in which no report gives the figure above 0 would promise an order the list
    cannot show: the page says so instead (the list is then in the words' order)."""
    from tests.conftest import search
    quiet = search(idx, q="行政诉讼", agency="中卫市司法局")
    assert quiet.hits and [h.figure for h in quiet.hits] == ["行政诉讼 0 件"]
    assert [m for m in quiet.messages if "大于 0" in m] == ["所列报告都没有给出大于 0 的“行政诉讼”数字，排序只看词语的匹配。"]
    _, messages = _answers(idx, "行政诉讼")  # 青铜峡市自然资源局 was sued 5 times
    assert [m for m in messages if "大于 0" in m] == ["“行政诉讼”大于 0 的报告排在前面；没有给出这一数字或为 0 的报告排在后面。"]


def test_each_hit_shows_the_asked_figure_and_the_page_says_how_it_orders(idx):
    """A table a conversion flattened shows no number in its snippet: the hit carries the figure
    as the index holds it, and the page says the figure orders the list."""
    shown, messages = _answers(idx, "被起诉最多的")
    assert shown["青铜峡市自然资源局"] == "行政诉讼 5 件"
    assert shown["吴忠市人民政府"] == "行政诉讼 0 件"
    assert any("从多到少" in m and "行政诉讼" in m for m in messages)
    shown, messages = _answers(idx, "律师事务所申请信息公开")
    assert shown["青铜峡市自然资源局"] == "本年新收申请（法律服务机构） 3 件"
    assert any("大于 0" in m for m in messages)
    # An opening cut before its tables: its prose's count, as the ranking read it.
    shown, _ = _answers(idx, "政府信息公开申请最多")
    assert shown["海原县交通运输局"] == "本年新收申请 20 件（据报告文字，表中未给出）"
    assert shown["吴忠市人民政府"] == "本年新收申请 1,250 件"


def test_a_question_of_how_many_asks_the_figure(idx):
    """申请 alone is in most queries; asked how many of them came (收到多少申请, 几件), it names the
    figure: each hit shows it, and the note says the reports above 0 come first, not that the list
    is in the figure's order; with an issuer beside it, a figure above 0 only raises a report."""
    assert parse_query("收到多少申请").figure.key == "requests_new"
    assert parse_query("公安局收到几件申请").figure.issuers == ("公安局",)
    assert parse_query("低保申请").figure is None
    # A year word is no other topic; a question of how long or what it costs asks no count.
    assert parse_query("今年收到多少申请").figure.key == "requests_new"
    for typed in ("依申请公开多少天", "行政复议多少天", "信息公开申请要多少钱", "多长时间答复申请"):
        assert parse_query(typed).figure is None, typed
    # The measure before 最多 is part of the size word (条数最多, 金额最多), not a word to find.
    for typed, key in [("主动公开条数最多的单位", "proactive_items"), ("收费金额最多", "processing_fees")]:
        parsed = parse_query(typed)
        assert (parsed.figure.key, parsed.figure.mode) == (key, "most")
        assert not any("数" in a or "金额" in a for c in parsed.must for a in c.alternatives)
    shown, messages = _answers(idx, "收到多少申请")
    assert shown["吴忠市人民政府"] == "本年新收申请 1,250 件"
    assert [m for m in messages if "大于 0" in m] == ["“本年新收申请”大于 0 的报告排在前面；没有给出这一数字或为 0 的报告排在后面。"]
    _, messages = _answers(idx, "公安局收到几件申请")
    assert [m for m in messages if "大于 0" in m] == ["“本年新收申请”大于 0 的报告排名提前；排序同时看词语的匹配。"]


def test_a_figure_the_report_does_not_give_is_said_missing(idx):
    from search.retrieval.figure_answers import figure_label
    assert figure_label("outcome_refused_state_secret") == ("不予公开：属于国家秘密", "件")
    assert figure_label("requests_new_legal_service") == ("本年新收申请（法律服务机构）", "件")
    assert figure_label("fees_amount") == ("行政事业性收费", "万元")
    assert figure_label("no_such_key", "某数字") == ("某数字", "")
    # Fees are stated in prose, not in a table: the note says so.
    _, messages = _answers(idx, "收取信息处理费最多")
    assert any(m.startswith("按报告中“信息处理费”") for m in messages)


CUT_REPORTS = {
    "sued.txt": _report("固原市交通运输局", 10, 0, 0, 2),
    # An opening cut before its tables: reviews named in prose, lawsuits said to be none.
    "cut.txt": made_up_report("固原市文化旅游局", 2021, {1: "本局依法办理行政复议案件，全年未发生行政诉讼。"}),
    # Fees stated in prose, once as an amount in 万元, once as a count of charges with no amount.
    "fees-amount.txt": made_up_report("固原市财政局", 2021, {6: "本年度收取信息处理费0.4万元。"}),
    "fees-count.txt": made_up_report("固原市水务局", 2021, {6: "本年度收取信息处理费2笔。"}),
    "fees-none.txt": made_up_report("固原市卫生健康委员会", 2021, {6: "本年度未收取信息处理费。"}),
}


@pytest.fixture(scope="module")
def cut_idx(indexes):
    return indexes.searcher("figures-answers-cut", written(CUT_REPORTS))


def test_a_figure_no_table_gives_is_said_missing_or_none_by_its_prose(cut_idx):
    shown, _ = _answers(cut_idx, "行政复议最多")
    assert shown["固原市文化旅游局"] == "未给出“行政复议”的数字"
    shown, _ = _answers(cut_idx, "没有发生行政诉讼")
    assert shown["固原市文化旅游局"] == "表中未给出“行政诉讼”，文字写明没有"
    assert shown["固原市交通运输局"] == "行政诉讼 2 件"
    # Asked for the most, or for any, the prose that says none is still not "not given".
    for query in ("行政诉讼最多", "行政诉讼"):
        shown, _ = _answers(cut_idx, query)
        assert shown["固原市文化旅游局"] == "表中未给出“行政诉讼”，文字写明没有"


def test_a_report_whose_prose_says_none_is_shown_as_saying_so(idx):
    shown, messages = _answers(idx, "没有收到申请")
    assert shown["红寺堡区民政局"] == "本年新收申请 0 件"
    assert any("为 0" in m for m in messages)


def test_no_figure_line_for_a_query_that_asks_no_figure_and_no_note_in_another_order(idx):
    from tests.conftest import search
    assert all(h.figure == "" for h in search(idx, q="门户网站").hits)
    result = search(idx, q="被起诉最多的", sort="newest")
    assert not any("从多到少" in m for m in result.messages)


def test_a_figure_beside_another_topic_neither_orders_nor_is_shown(idx):
    """依申请公开 with another topic word asks about the topic, not the figure: no note, no figure lines."""
    assert parse_query("依申请公开 门户网站").figure.others == ("门户网站",)
    shown, messages = _answers(idx, "依申请公开 门户网站")
    assert not any("大于 0" in m for m in messages)
    assert set(shown.values()) == {""}


APPLICANT_REPORTS = {
    "people.txt": _report("固原市民政局", 12, 0, 0, 0),
    "few-people.txt": _report("固原市财政局", 2, 0, 0, 0),
    "lawyers-only.txt": _report("固原市司法局", 6, 6, 0, 0),  # every request from a law firm: 自然人 0
    "none.txt": _report("固原市审计局", 0, 0, 0, 0),
}


@pytest.fixture(scope="module")
def applicants(indexes):
    return indexes.searcher("figures-applicants", written(APPLICANT_REPORTS))


def test_an_applicant_named_as_people_say_it_is_the_tables_column(applicants):
    parsed = parse_query("居民提交的申请")
    assert parsed.figure.key == "requests_new_natural_person"
    assert [c.alternatives for c in parsed.must] == [["自然人的申请"]]  # searched as the table names it
    got = agencies(applicants, "居民提交的申请")
    assert set(got[:2]) == {"固原市民政局", "固原市财政局"}  # the law firm's requests are no person's
    assert parse_query("公司的申请").figure.key == "requests_new_commercial"
    # Without a word of requesting, 个人 or 群众 is no applicant: 个人信息保护, 群众满意度.
    assert parse_query("个人信息保护").figure is None and parse_query("群众满意度").figure is None
    # A figure of outcomes or reviews beside the applicant is what is asked: 群众申请行政复议.
    assert parse_query("群众申请行政复议").figure.key == "reconsideration_total"
    # Beside another topic the request is for that (低保, a licence), not for information: typed words stay.
    assert [c.alternatives for c in parse_query("群众申请低保").must] == [["群众申请低保"]]
    assert [c.alternatives for c in parse_query("企业申请营业执照").must] == [["企业申请营业执照"]]
    # A place is no other topic either: the column is still searched by the table's name.
    assert [c.alternatives for c in parse_query("浙江 个人提交的申请").must] == [["浙江"], ["自然人的申请"]]
    # A word of time is no other topic: 一年 收到几个老百姓的申请 still asks for the 自然人 column.
    assert parse_query("乡政府一年收到几个老百姓的申请").figure.others == ()


def _fees(*paragraphs: str) -> float | None:
    from search.figures.prose_statements import fee_statement
    return fees_in_prose({"sections": [{"number": 6, "blocks": [{"type": "p", "text": t} for t in paragraphs]}]})


def test_fees_in_prose_are_read_in_yuan_and_a_count_of_charges_is_no_amount():
    """0.4 万元 is 4,000 元, more than 380 元; 收取信息处理费2笔 says fees were charged, not 2 元."""
    from search.figures.prose_statements import CHARGED_NO_AMOUNT
    assert _fees("本年度收取信息处理费0.4万元。", "另收取信息处理费380元。") == 4000
    assert _fees("本年度收取信息处理费2笔。") == CHARGED_NO_AMOUNT
    assert 0 < CHARGED_NO_AMOUNT < 1  # above none, below any amount: 最多 puts it after every amount
    # The sentence may go on to the amount; 万元 converts without a float's tail.
    assert _fees("本年度收取信息处理费2笔，共计300元。") == 300
    assert _fees("本年度收取信息处理费2件（合计0.03万元）。") == 300
    assert _fees("本年度收取信息处理费0.07万元。") == 700
    assert _fees("本年度未收取信息处理费。") == 0
    assert _fees("本年度共办理依申请公开12件。") is None


def test_fees_are_shown_in_yuan_or_as_charged_without_an_amount(cut_idx):
    shown, _ = _answers(cut_idx, "收取信息处理费最多")
    assert list(shown.items())[:3] == [("固原市财政局", "信息处理费 4,000 元"), ("固原市水务局", "已收取信息处理费，未写金额"),
                                       ("固原市卫生健康委员会", "信息处理费 0 元")]


YEARS = {
    "fees-2021.txt": _report("中卫市自然资源局", 5, 0, 0, 0, "本年度收取信息处理费共计200元。"),
    "no-fees-2020.txt": _report("中卫市住房和城乡建设局", 5, 0, 0, 0, "本年度未收取信息处理费。").replace("2021年", "2020年"),
    "silent-2020.txt": _report("中卫市司法局", 2, 0, 0, 0).replace("2021年", "2020年"),
}


@pytest.fixture(scope="module")
def years_idx(indexes):
    return indexes.searcher("figures-asked-years", written(YEARS))


def test_the_note_says_the_figure_orders_within_a_typed_year(years_idx):
    """A typed year ranks its reports first and the figure orders within it (signals.apply_signals): "fees above 0
    first" alone would be untrue of a list whose first reports charged nothing and whose later one charged 200 元."""
    ranked, messages = _answers(years_idx, "申请公开 收费 2020")
    assert list(ranked)[-1] == "中卫市自然资源局"  # the 2021 report, the one that charged, comes after 2020's
    assert [m for m in messages if "大于 0" in m] == [
        "在上述排序之内，“信息处理费”大于 0 的报告排在前面；没有给出这一数字或为 0 的报告排在后面。"]
    ranked, messages = _answers(years_idx, "申请公开 收费")
    assert list(ranked)[0] == "中卫市自然资源局"
    assert [m for m in messages if "大于 0" in m] == [
        "“信息处理费”大于 0 的报告排在前面；没有给出这一数字或为 0 的报告排在后面。"]


OUTCOMES = {
    "fees-2021.txt": _report("中卫市自然资源局", 5, 0, 0, 0, "本年度收取信息处理费共计200元。政务公开工作纳入年度考核。"),
    "rated-2021.txt": _report("中卫市住房和城乡建设局", 5, 0, 0, 0,
                              "本年度收取信息处理费共计50元。政务公开工作纳入年度考核，考核结果为优秀。"),
}


@pytest.fixture(scope="module")
def outcomes_idx(indexes):
    return indexes.searcher("figures-asked-outcomes", written(OUTCOMES))


def test_the_note_says_the_figure_orders_within_an_outcome_asked(outcomes_idx):
    """A size word asks the figure beside a question about an outcome, whose order comes over it (apply_signals: the
    reports stating a result first): "most first" alone would be untrue of a list opening with the 50 元 (review of
    session 19)."""
    ranked, messages = _answers(outcomes_idx, "收费最多 考核结果怎么样")
    assert list(ranked) == ["中卫市住房和城乡建设局", "中卫市自然资源局"]
    assert [m for m in messages if "从多到少" in m] == [
        "在上述排序之内，按报告中“信息处理费”的数字从多到少排列；没有给出这一数字的报告排在后面。"]


def test_receiving_requests_names_the_new_requests_figure(idx):
    """收到申请, 接到过申请, 受理申请: receiving requests asks the figure as 信息公开申请 does, with no size word;
    a question of how long names none (收到申请后多久答复)."""
    for query in ("收到申请", "哪些单位接到过申请", "乡镇 收到申请", "受理了申请的部门"):
        figure = parse_query(query).figure
        assert figure is not None and figure.key == "requests_new" and figure.mode == "positive", (query, figure)
    assert parse_query("收到申请后多久答复").figure is None
    assert agencies(idx, "收到申请")[-1:] != ["吴忠市人民政府"] and agencies(idx, "收到申请")[0] != "红寺堡区民政局"


@pytest.mark.parametrize("query", ["申请内容排行", "热点申请排行", "政务公开第三方评估排名"])
def test_a_ranking_beside_another_topic_orders_nothing(query):
    # (session 21 review) 申请内容排行 is a list of what was asked, told by the reports; ordered by the count of
    # requests, every body came in the order of its size.
    figure = parse_query(query).figure
    assert figure is None or figure.mode == "positive", figure


def test_a_figure_asked_is_read_from_the_builds_digests_not_from_each_stored_report(indexes, monkeypatch):
    # The record of every report is read when the index opens; decoding each stored report again for a figure's
    # first question took 10-15 s at 10,000 reports. The per-applicant cells, which digests leave out, still are.
    from search.figures.records import RecordStore
    reports = {name: REPORTS[name] for name in ("privacy.txt", "no-privacy.txt", "busy.txt")}
    idx = indexes.searcher("figures-from-digests", written(reports))
    read = []
    payload = RecordStore.payload
    monkeypatch.setattr(RecordStore, "payload", lambda store, report_id: read.append(report_id) or payload(store, report_id))
    ranked = agencies(idx, "个人隐私")
    assert ranked.index("中卫市公安局") < ranked.index("中卫市司法局")
    assert agencies(idx, "政府信息公开申请最多")[0] == "吴忠市人民政府"
    assert read == []
