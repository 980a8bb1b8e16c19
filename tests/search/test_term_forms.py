"""A word or pair of words the reports rarely hold also searches the reports' own form of it: a
generic ending dropped or changed, the words reordered or abbreviated, one word said as the template
says it. The reports are made up for these tests; none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.term_forms import candidate_forms, template_words
from tests.conftest import made_up_report, written


def _report(agency: str, body: str) -> str:
    return made_up_report(agency, 2022, {1: body, 2: "本年主动公开政府信息若干条。"})


REPORTS = {
    "online1.txt": _report("灵武市自然资源局", "开通网上申请渠道，本年通过网上申请12件。"),
    "online2.txt": _report("灵武市民政局", "推行网上申请，群众办事少跑腿。"),
    "online3.txt": _report("灵武市商务局", "网上申请占全部申请的六成。"),
    # 网络 and 申请 apart, no 网上申请: what the words typed alone find.
    "network.txt": _report("灵武市公安局", "加强网络安全管理；本年处理申请3件。"),
    "posts1.txt": _report("灵武市人力资源和社会保障局", "及时公开人事任免信息。"),
    "posts2.txt": _report("灵武市教育局", "公开校长人事任免结果。"),
    "posts3.txt": _report("灵武市卫生健康局", "公开人事任免和招聘信息。"),
    "safety1.txt": _report("灵武市应急管理局", "公开安全生产许可和执法检查信息。"),
    "safety2.txt": _report("灵武市交通运输局", "公开道路运输安全生产检查结果。"),
    "safety3.txt": _report("灵武市住房和城乡建设局", "公开建筑施工安全生产事故处理信息。"),
}
ONLINE = {"灵武市自然资源局", "灵武市民政局", "灵武市商务局"}
POSTS = {"灵武市人力资源和社会保障局", "灵武市教育局", "灵武市卫生健康局"}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("term_forms", written(REPORTS))


def test_an_everyday_word_in_a_rare_pair_finds_the_template_form(idx):
    # 在线申请: no report writes it; 网上申请 is how three do. They are listed, with a note.
    result = run_search(idx, SearchParams(q="在线申请"))
    assert ONLINE <= {h.agency for h in result.hits}
    assert any("在线申请" in m and "网上申请" in m for m in result.messages)


def test_two_words_no_report_uses_find_their_abbreviation(idx):
    # 任职免职 said in full; the reports abbreviate it 任免.
    result = run_search(idx, SearchParams(q="任职免职"))
    assert {h.agency for h in result.hits[:3]} == POSTS


def test_a_form_the_reports_use_stays_as_typed(idx):
    result = run_search(idx, SearchParams(q="网上申请"))
    assert {h.agency for h in result.hits[:3]} == ONLINE
    assert not any("报告很少写作" in m for m in result.messages)


def test_the_forms_are_derived_and_a_reordering_must_be_a_term():
    assert "安全生产" in candidate_forms("生产安全")
    assert "生安" not in candidate_forms("生产安全")  # no word of the dictionary
    assert "任免" in candidate_forms("任职免职")
    assert "公务接待费" in candidate_forms("公务接待费用")  # an ending changed, not dropped: the fee is the topic
    assert "公务接待" not in candidate_forms("公务接待费用")
    assert "信息公开" in candidate_forms("信息公开工作")  # a generic ending dropped
    assert "网上申请" in candidate_forms("在线申请")
    # An abbreviation is a word of the dictionary, of two rare words only (中央 部委 are no 中部).
    assert "中部" not in candidate_forms("中央部委", abbreviate=False)
    assert "网上" in template_words()["网络"]



def test_two_words_reordered_find_the_term_the_reports_write(idx):
    # 生产安全: three reports write 安全生产, as a term (every report holding both words).
    result = run_search(idx, SearchParams(q="生产安全"))
    assert any("生产安全" in m and "安全生产" in m for m in result.messages)


def test_a_word_read_as_an_issuer_gets_no_form_of_its_first_characters(indexes):
    # 中央部委: no report writes it and three write 中部 (a region); it names the central bodies, no 中部.
    idx = indexes.searcher("term_forms_central", written({
        **{f"middle{i}.txt": _report(f"灵武市{kind}", "促进中部地区协调发展。")
           for i, kind in enumerate(("发展和改革局", "商务局", "工业和信息化局"))},
        "centre.txt": _report("灵武市财政局", "认真贯彻落实党中央决策部署。"),
        **{k: REPORTS[k] for k in ("posts1.txt", "posts2.txt", "posts3.txt")},
    }))
    result = run_search(idx, SearchParams(q="中央部委"))
    assert not any("中部" in m for m in result.messages), result.messages
    assert not {"灵武市发展和改革局", "灵武市商务局", "灵武市工业和信息化局"} & {h.agency for h in result.hits}
    # while two rare words still find their abbreviation
    assert {h.agency for h in run_search(idx, SearchParams(q="任职免职")).hits[:3]} == POSTS
