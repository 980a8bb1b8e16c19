"""Questions asking for a kind of content (frames.py, data/asked_content.tsv): a way to apply, a time limit,
a reason for a refusal, an outcome of oversight. The reports and queries are made up for these tests; none
of them is in the judged relevance set (checked below)."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.frames import asked_kinds, frame_words, kinds_asked
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies as agencies, written

REPORTS = {
    # An outcome of oversight stated, against a mechanism named often.
    "outcome.txt": made_up_report("甲县水利局", 2022, {1: "（五）监督保障。本局在全县政务公开年度考核中考核结果为优秀等次，"
                                                      "位列全县第二名。"}),
    "mechanism.txt": made_up_report("乙县水利局", 2022, {1: "（五）监督保障。健全政务公开考核制度，完善考核办法，将政务公开"
                                                        "纳入科室年度考核，考核工作常态化，政务公开考核结果与评先评优挂钩。"}),
    # A time limit stated with its outcome, against a report on requests that states none.
    "limits.txt": made_up_report("丙县人社局", 2022, {3: "全年收到政府信息公开申请8件，均在法定期限内答复，按期答复率100%。"}),
    "requests.txt": made_up_report("丁县人社局", 2022, {3: "全年收到政府信息公开申请9件，申请公开的内容主要涉及社保缴费，"
                                                       "申请人多为个人，申请答复后申请人无异议。"}),
    # Refusals stated by reason, against a part 五 admitting that disclosure is slow.
    "refusals.txt": made_up_report("戊县公安局", 2022, {3: "本年新收申请10件，予以公开6件，不予公开4件，其中属于国家秘密1件、"
                                                       "涉及第三方合法权益3件。"}),
    "admits.txt": made_up_report("己县公安局", 2022, {5: "公开不够及时，部分信息公开不全面，群众申请公开的信息答复较慢。"}),
    # The channels of application, against a report that only counts requests.
    "channels.txt": made_up_report("庚县教育局", 2022, {3: "申请人可通过当面申请、网上申请、信函申请等方式提交申请，"
                                                      "本机关依法受理。"}),
    "counts.txt": made_up_report("辛县教育局", 2022, {3: "全年收到群众提交的信息公开申请5件，其中提交本局的申请3件，"
                                                    "提交申请均已办结。"}),
}
QUERIES = ("政务公开考核结果怎么样", "上级给打分", "申请公开后要等多久才答复", "为什么不给我公开", "我的申请为啥被驳回",
           "怎么向教育局提交申请", "用什么方式申请", "群众来信怎么给答复")


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("asked-content", written(REPORTS))


def test_the_queries_here_are_not_judged_queries():
    from bench.relevance_set import load_queries

    judged = {q.query for q in load_queries()}
    assert not judged & set(QUERIES)


def test_the_table_holds_each_kind_with_its_note():
    kinds = asked_kinds()
    assert set(kinds) == {"apply", "handle", "time", "reason", "oversight", "remedy"}
    assert all(k.answer and k.note and k.label for k in kinds.values())
    assert "优秀" in kinds["oversight"].outcome and "按期答复" in kinds["time"].outcome


@pytest.mark.parametrize("text, kind", [
    ("怎么向县政府提交申请", "apply"), ("用什么方式申请", "apply"), ("去哪里申请低保", "apply"), ("申请渠道有哪些", "apply"),
    ("群众来信怎么给答复", "handle"), ("投诉如何处理", "handle"),
    ("申请公开后要等多久才答复", "time"), ("几个工作日能拿到", "time"),
    ("为什么不给我公开", "reason"), ("我的申请为啥被驳回", "reason"), ("不公开的理由", "reason"),
    ("政务公开考核结果怎么样", "oversight"), ("有没有人被问责", "oversight"), ("上级给打分", "oversight"),
])
def test_each_kind_is_read_from_the_question_s_form(text, kind):
    assert kind in kinds_asked(text)


@pytest.mark.parametrize("text", ["行政复议", "怎么统计申请数量", "申请人", "考核制度", "排名", "为什么", "多久", "在哪里看规划"])
def test_a_topic_or_a_bare_question_word_asks_no_kind(text):
    assert kinds_asked(text) == []


def test_a_verb_of_handling_before_the_request_asks_the_handling_not_the_way():
    assert kinds_asked("怎么处理政府信息公开申请") == ["handle"]


def test_the_words_only_rank_and_the_topic_stays_required():
    parsed = parse_query("政务公开考核结果怎么样")
    assert "优秀" in parsed.outcome_words and "评议" in parsed.frame_words
    assert "考核" not in parse_query("考核 结果").frame_words  # a word typed alone is not added again
    assert [w for c in parsed.must for w in c.alternatives] == ["政务公开考核结果"]  # 怎么样 is no text
    assert parse_query("上级给打分").must[0].alternatives == ["上级给"]
    assert [c.alternatives for c in parse_query("打分").must] == [["考核"]]
    time = parse_query("申请公开后要等多久才答复")
    assert "多久" not in "".join(a for c in time.must for a in c.alternatives) and "法定期限" in time.frame_words


def test_a_reason_for_a_refusal_is_searched_as_the_refusals_not_a_problem():
    parsed = parse_query("为什么不给我公开")
    assert [c.alternatives for c in parsed.must] == [["不予公开"]]
    assert parsed.prefer_part is None and parsed.figure is not None and parsed.figure.key == "outcome_refused"
    assert "国家秘密" in parsed.frame_words
    quoted = parse_query('"为什么不给我公开"')  # a quoted phrase is text as typed
    assert [c.alternatives for c in quoted.must] == [["为什么不给我公开"]] and not quoted.frame_words


def test_the_report_stating_the_outcome_ranks_above_the_one_naming_the_mechanism(idx):
    assert agencies(idx, "政务公开考核结果怎么样")[:2] == ["甲县水利局", "乙县水利局"]


def test_the_report_stating_its_time_limit_ranks_first(idx):
    assert agencies(idx, "申请公开后要等多久才答复")[:1] == ["丙县人社局"]


def test_the_refusals_by_reason_rank_first(idx):
    assert agencies(idx, "为什么不给我公开")[:1] == ["戊县公安局"]
    assert agencies(idx, "我的申请为啥被驳回")[:1] == ["戊县公安局"]


def test_a_way_to_apply_with_words_between_ranks_the_channels_first(idx):
    assert frame_words("怎么向教育局提交申请") and agencies(idx, "怎么向教育局提交申请")[:2] == ["庚县教育局", "辛县教育局"]


def test_the_page_says_how_the_question_was_read(idx):
    result = run_search(idx, SearchParams(q="政务公开考核结果怎么样"))
    assert any(m.startswith("按考核、评议和问责的结果理解") for m in result.messages)
    assert not any("理解" in m for m in run_search(idx, SearchParams(q="水利局")).messages)


def test_page_and_api_show_the_note_and_the_same_order(indexes):
    client = indexes.app("asked-content", written(REPORTS)).test_client()
    page = client.get("/", query_string={"q": "申请公开后要等多久才答复"})
    assert page.status_code == 200
    assert "按办理时限理解" in page.get_data(as_text=True)
    api = client.get("/api/search", query_string={"q": "为什么不给我公开"})
    assert api.status_code == 200
    body = api.get_json()
    assert any("按不予公开的理由理解" in m for m in body["messages"])
    assert body["hits"][0]["agency"] == "戊县公安局"


@pytest.mark.parametrize("q", ["为什么", "多久", "打分打分打分", "考核结果 -考核", '"为什么不公开"', "为什么 OR 拒绝",
                               "怎么 year:2022", "不予公开为什么不予公开", "被被被拒绝", "多久多久多久多久答复", "怎么申请" * 30,
                               "为什么不公开 section:3", "-为什么 -拒绝"])
def test_odd_input_never_fails(indexes, q):
    client = indexes.app("asked-content", written(REPORTS)).test_client()
    assert client.get("/", query_string={"q": q}).status_code == 200
    assert client.get("/api/search", query_string={"q": q}).status_code == 200
