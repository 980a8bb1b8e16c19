"""The grouped view matches reports, not parts: every word anywhere in a report, ranked by its best
part and by how well the words cluster; partial matches follow when few reports hold every word;
-word drops a body's reports or the parts that mention it. The reports are made up for these
tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.list_notes import PARTIAL_NOTE, SINGLE_PARTIAL_NOTE
from search.retrieval.respell import CORRECTED_NOTE
from tests.conftest import ranked_agencies as agencies, made_up_report as report, section_hits, written


REPORTS = {
    # 养老服务 in part 1, 适老化改造 in part 5: no part holds both.
    "apart.txt": report("灵武市民政局", 2021, {1: "全年公开养老服务机构名录42条。", 2: "主动公开政府信息120条。",
                                               5: "网站适老化改造进度偏慢。"}),
    # Both in part 2: the words together.
    "together.txt": report("永宁县民政局", 2021, {1: "本局主动公开政府信息。", 2: "完成养老服务网站适老化改造，公开养老服务补贴标准。"}),
    "hotline-both.txt": report("贺兰县人民政府", 2022, {1: "12345政务热线办理群众诉求，回访满意度98%。"}),
    "hotline-1.txt": report("西吉县人民政府", 2022, {1: "12345政务热线全年受理来电3000件。"}),
    "hotline-2.txt": report("隆德县人民政府", 2022, {1: "开通政务热线，及时答复群众咨询。"}),
    "land-apart.txt": report("平罗县自然资源局", 2020, {2: "公开征地补偿标准和征地批复12件。", 5: "拆迁安置信息更新不及时。"}),
    "land-together.txt": report("惠农区自然资源局", 2020, {2: "公开征地拆迁补偿标准。"}),
    "fees-civil.txt": report("泾源县民政局", 2022, {6: "本年度未收取信息处理费。"}),
    "fees-finance.txt": report("泾源县财政局", 2022, {6: "本年度未收取信息处理费。"}),
    # 电话 and 预约 side by side, once; and apart, each twice.
    "booking-side.txt": report("中宁县档案局", 2022, {2: "群众可电话预约查阅档案。"}),
    "booking-apart.txt": report("海原县档案局", 2022, {2: "公布咨询电话，电话全天畅通。查阅档案需提前预约，预约后到查阅大厅查阅。"}),
    # 展厅 is in two reports, 研学 and 讲解员 in three each: a report holding only 展厅 holds over a
    # third of the query's weight; one holding only 研学 or only 讲解员, under a third.
    "museum-all.txt": report("石嘴山市文化旅游局", 2023, {2: "新建数字展厅，开展研学活动，培训讲解员20名。"}),
    "museum-both.txt": report("大武口区文化旅游局", 2023, {2: "研学基地配备讲解员。"}),
    "museum-hall.txt": report("惠农区文化旅游局", 2023, {
        2: "全年主动公开政府信息86条，其中政策文件12件、工作动态40条、通知公告20条、人事信息4条。"
           "公开博物馆展厅开放时间和预约方式，及时发布文物保护和非遗传承信息，做好政府网站日常维护。"}),
    "museum-study.txt": report("平罗县文化旅游局", 2023, {2: "组织研学旅行。"}),
    "museum-guide.txt": report("红寺堡区文化旅游局", 2023, {2: "招募讲解员。"}),
    # The index keeps 新媒体 as 新 + 媒体: no indexed word is one character off 新媒休.
    "new-media.txt": report("同心县融媒体中心", 2023, {2: "开设新媒体账号5个，发布信息900条。"}),
    # 预算 and 调整 in another issuer's report; the asked issuer's report lacks 调整.
    "budget-finance.txt": report("惠农区财政局", 2023, {2: "公开部门预算调整明细。"}),
    "budget-finance-2.txt": report("大武口区财政局", 2023, {2: "财政局主动公开财政局机构职能、财政局领导分工。"}),
    "budget-education.txt": report("惠农区教育局", 2023, {
        2: "全年主动公开政府信息150条，其中招生入学政策25条、学校建设项目17条、民办学校年检结果12条、"
           "教师招聘信息9条、部门预算调整明细1条，做好政府网站日常维护和信息发布审核工作。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("grouped", written(REPORTS))



def test_a_report_matches_when_its_words_are_in_different_parts(idx):
    result = run_search(idx, SearchParams(q="养老服务 适老化改造"))
    assert [h.agency for h in result.hits] == ["永宁县民政局", "灵武市民政局"]  # together before apart
    assert not result.messages
    # The flat view still lists parts: only the part holding both words.
    assert section_hits(idx, "养老服务 适老化改造") == [("永宁县民政局", 2)]


def test_words_typed_one_after_the_other_rank_a_part_holding_them_side_by_side_first(idx):
    # 怎么 between them is a question word: 电话预约 is what is asked.
    assert agencies(idx, "电话怎么预约")[:2] == ["中宁县档案局", "海原县档案局"]


def test_a_run_of_words_typed_without_spaces_matches_across_parts(idx):
    assert agencies(idx, "养老服务适老化改造") == ["永宁县民政局", "灵武市民政局"]


def test_reports_with_most_of_the_words_follow_the_full_matches_with_a_message(idx):
    result = run_search(idx, SearchParams(q="政务热线 满意度"))
    assert [h.agency for h in result.hits][0] == "贺兰县人民政府"
    assert set(h.agency for h in result.hits[1:]) == {"西吉县人民政府", "隆德县人民政府"}
    assert PARTIAL_NOTE.format(n=1, words="“政务热线”“满意度”") in result.messages


def test_a_report_holding_a_third_of_the_query_s_weight_follows_before_the_lexical_backstop(idx):
    # A citizen's three words are seldom all in one report: one holding the rarest of them (展厅)
    # is a partial match, listed before the reports that only share characters with the query.
    ranked = agencies(idx, "展厅 研学 讲解员")
    assert ranked[:3] == ["石嘴山市文化旅游局", "大武口区文化旅游局", "惠农区文化旅游局"]


def test_a_typo_of_a_word_the_index_keeps_in_pieces_is_searched_as_the_word_meant(idx):
    result = run_search(idx, SearchParams(q="新媒休账号"))
    assert [h.agency for h in result.hits][:1] == ["同心县融媒体中心"]
    assert CORRECTED_NOTE.format(typed="新媒休", found="新媒体") in result.messages


def test_a_near_miss_is_of_the_issuer_the_query_names(idx):
    # One report holds every word. The education bureau's holds all but the issuer asked about:
    # no near miss of a question about finance bureaus; another finance bureau's report, holding
    # the issuer and little else, comes first among the reports that follow.
    assert agencies(idx, "财政局怎么公开预算调整明细")[:3] == ["惠农区财政局", "大武口区财政局", "惠农区教育局"]


def test_exclusion_drops_the_parts_that_mention_it_or_the_body_it_names(idx):
    # 平罗's 征地 part does not mention 拆迁 (its part 5 does): listed; 惠农's only part has both.
    assert agencies(idx, "征地 -拆迁") == ["平罗县自然资源局"]
    # -民政 drops the civil-affairs body's report, though its matching part never says 民政.
    assert agencies(idx, "信息处理费 -民政") == ["泾源县财政局"]
    assert set(agencies(idx, "信息处理费")) == {"泾源县财政局", "泾源县民政局"}


def test_part_filter_asks_for_the_words_within_the_chosen_parts(idx):
    assert agencies(idx, "养老服务 适老化改造", section=(2,)) == ["永宁县民政局"]
    # The part facet still counts the parts where both reports hold the words.
    result = run_search(idx, SearchParams(q="养老服务 适老化改造", section=(2,)))
    counts = {v.value: v.count for v in result.facets["section"]}
    assert counts.get(5) == 1 and counts.get(2) == 1


TYPO_REPORTS = {
    "flood.txt": report("盐池县水务局", 2022, {2: "做好防汛抗旱工作，及时公开汛情和旱情信息。"}),
    "epidemic-a.txt": report("同心县卫生健康局", 2022, {2: "做好抗疫物资保障，公开抗疫信息。"}),
    "epidemic-b.txt": report("海原县卫生健康局", 2022, {2: "公开抗疫物资采购信息。"}),
}


@pytest.fixture(scope="module")
def typos(indexes):
    return indexes.searcher("grouped-typos", written(TYPO_REPORTS))


def test_a_typo_that_jieba_cuts_apart_is_respelled_with_the_word_beside_it(typos):
    # 防汛抗早 is cut 防汛 | 抗早: 抗早 alone is too short to respell, the run is not. Of its
    # respellings (抗旱, 抗疫 …) the one reports hold wins, not the commonest pair (抗疫).
    result = run_search(typos, SearchParams(q="防汛抗早"))
    assert [h.agency for h in result.hits][:1] == ["盐池县水务局"]
    assert CORRECTED_NOTE.format(typed="防汛抗早", found="防汛抗旱") in result.messages
    # Typed apart, the two are two words: nothing is joined.
    apart = run_search(typos, SearchParams(q="防汛 抗早"))
    assert not any("防汛抗旱" in m for m in apart.messages)


def test_words_are_checked_for_typos_only_when_no_report_holds_them_all(typos, monkeypatch):
    # Checking each word against every report cost each grouped query a second evaluation of its
    # words; a list holding every word proves none is a typo, so the check is never reached.
    import search.retrieval.grouped as grouped

    import threading

    calls = []
    real = grouped._correct
    this = threading.current_thread()
    # Only this test's searches count: the index's start-up warming runs a worded query of its own
    # in a thread of its own, which may still be running.
    monkeypatch.setattr(grouped, "_correct",
                        lambda *args: (calls.append(args) if threading.current_thread() is this else None) or real(*args))
    held = run_search(typos, SearchParams(q="防汛抗旱"))
    assert held.hits and calls == []
    fixed = run_search(typos, SearchParams(q="防汛抗早"))
    assert len(calls) == 1 and fixed.hits
    assert CORRECTED_NOTE.format(typed="防汛抗早", found="防汛抗旱") in fixed.messages


def test_a_one_word_query_followed_by_the_lexical_backstop_says_so_without_all_words(indexes):
    # One report holds 讲解员; the whole-report ranking adds one sharing its characters (政策讲解).
    searcher = indexes.searcher("single-word", written({
        "guide.txt": report("石嘴山市文化旅游局", 2023, {2: "培训讲解员20名。"}),
        "policy.txt": report("石嘴山市人力资源和社会保障局", 2023, {2: "开展政策讲解12场。"}),
        **{f"other-{i}.txt": report(f"石嘴山市{name}", 2023, {2: "公开低保信息。"})
           for i, name in enumerate(["民政局", "财政局", "教育局", "交通运输局", "水务局"])},
    }))
    result = run_search(searcher, SearchParams(q="讲解员"))
    assert [h.agency for h in result.hits] == ["石嘴山市文化旅游局", "石嘴山市人力资源和社会保障局"]
    assert SINGLE_PARTIAL_NOTE.format(n=1, held="包含“讲解员”", typed="讲解员") in result.messages
    assert not any(m.startswith("没有同时包含") for m in result.messages)


NEGATION_REPORTS = {
    "staff.txt": report("海原县李旺镇人民政府", 2022, {1: "每周安排专人来便民服务中心值班，解答群众咨询。"}),
    "none.txt": report("海原县关桥乡人民政府", 2022, {3: "本年度未收到政府信息公开申请。"}),
}


@pytest.fixture(scope="module")
def negations(indexes):
    return indexes.searcher("grouped-negations", written(NEGATION_REPORTS))


def test_a_respelling_never_turns_a_negation_into_its_opposite(negations):
    # 没人来 (nobody came) is one character off 专人来 (staff came), a phrase a report holds: not a typo of it
    result = run_search(negations, SearchParams(q="没人来"))
    assert CORRECTED_NOTE.format(typed="没人来", found="专人来") not in result.messages
    assert not any("专人来" in m for m in result.messages)


@pytest.mark.parametrize("typed, better, kept", [
    ("不于公开", "不予公开", True), ("复义", "复议", True), ("没人来", "专人来", False), ("专人来", "没人来", False),
    ("无偿", "有偿", False), ("未公开", "末公开", False), ("新没体", "新媒体", True),
])
def test_a_respelling_keeps_each_negation_where_it_stood(typed, better, kept):
    from search.retrieval.respell import same_negation
    assert same_negation(typed, better) is kept


ASKING_REPORTS = {
    "discipline.txt": report("海原县纪委监委", 2022, {1: "公开纪检监察工作动态，推进集约化平台建设。"}),
    "housing.txt": report("海原县自然资源局", 2022, {2: "公开不动产登记办事指南和房产信息。", 3: "收到申请3件，均已答复。"}),
    "produce.txt": report("海原县农业农村局", 2022, {1: "开展自产自销登记和农产品质量检测。"}),
    "food.txt": report("海原县市场监督管理局", 2022, {2: "公开食品安全抽检结果，提升食品安全性。"}),
}


@pytest.fixture(scope="module")
def asking(indexes):
    return indexes.searcher("grouped-asking", written(ASKING_REPORTS))


@pytest.mark.parametrize("q, never", [
    ("行政处罚 决定 几件", "纪检"),  # 几件 asks how many; 纪检 only sounds alike
    ("数据从几月开始统计", "集约"),
    ("查房产登记信息去哪儿", "自产登记"),  # 房产 | 登记, both held: meant together, no typo
    ("食品安全法 要求公开什么", "安全性"),  # 安全 closed by 法: a law's name, not 安全性
])
def test_a_question_word_or_a_compound_of_held_words_is_not_respelled(asking, q, never):
    result = run_search(asking, SearchParams(q=q))
    assert not any(never in m for m in result.messages), result.messages
