"""Problem questions and citizens' paraphrases: 公开内容不全面 finds the reports admitting it in part
五 in their own words; 防疫 finds 疫情防控 (one way: the reports' word is not widened). The
reports are made up for these tests; none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query import parse_query
from search.retrieval.synonyms import expand
from tests.conftest import ranked_agencies as agencies, made_up_report as report, written

REPORTS = {
    "admits.txt": report("中宁县水务局", 2021, {1: "本局主动公开水资源管理信息。", 2: "公开取水许可信息12条。",
                                            5: "一是公开内容还不够全面，部分领域信息更新慢。二是解读形式单一。"}),
    "boasts.txt": report("海原县水务局", 2021, {1: "本局公开内容全面丰富，涵盖水利工程建设。", 2: "公开河长制信息30条。",
                                           5: "下一步将继续做好政府信息公开工作。"}),
    "epidemic.txt": report("沙坡头区卫生健康局", 2020, {1: "全年发布疫情防控信息210条。"}),
    "slang.txt": report("中卫市商务局", 2020, {1: "组织商户做好防疫物资储备。"}),
    # Holds every word of 解读方式太单一 but admits nothing; the next admits it in other words.
    "method.txt": report("海原县教育局", 2021, {1: "本局拓展政策解读方式，通过新闻发布会解读政策。",
                                            2: "发布政策解读15篇。", 5: "下一步将继续做好政策解读工作。"}),
    "single.txt": report("中宁县林业局", 2021, {1: "本局主动公开林业信息。", 2: "公开林木采伐许可信息20条。",
                                            5: "一是政策解读形式较为单一，以文字为主。二是更新不够及时。"}),
    # Admits that its liaison staff change often, in the reports' word (频繁); the next only has liaisons.
    "turnover.txt": report("同心县农业农村局", 2022, {1: "明确信息公开联络员。", 5: "各股室联络员更换频繁，业务衔接不畅。"}),
    "liaison.txt": report("红寺堡区农业农村局", 2022, {1: "各股室明确信息公开联络员，定期培训联络员。",
                                                5: "下一步将继续加强政府信息公开工作。"}),
    # Names the subject of 群众参与度不高 only in its plans (and often); the next admits it once.
    "plans.txt": report("中宁县民政局", 2022, {1: "本局主动公开社会救助信息。",
                                           5: "一是信息公开工作人员业务能力有待提高。下一步，我局将拓宽群众参与渠道，"
                                              "提高群众参与度不高的领域的群众参与度，让群众参与政策制定，"
                                              "不断增强群众参与度。"}),
    "admits_low.txt": report("海原县民政局", 2022, {1: "本局主动公开低保信息。",
                                                5: "一是群众参与度不高，政民互动渠道较少，信息公开工作人员业务能力有待提高。"
                                                   "2023年，我局将加强政策宣传，组织业务培训，完善工作制度。"}),
    # A part 五 admitting 不及时 of its notice boards; the next admits slow replies (答复较慢).
    "boards.txt": report("青铜峡市自然资源局", 2022, {1: "本局主动公开自然资源信息，设立咨询电话。", 2: "答复申请3件。",
                                                 5: "一是公开栏更新不及时。"}),
    "replies.txt": report("利通区自然资源局", 2022, {1: "本局主动公开自然资源信息，受理群众咨询15次，公开用地审批信息80条。",
                                               5: "一是部分答复较慢。二是培训少。"}),
    # 不重视 as the reports admit it (重视程度不够), in a part 五 that never names 科室 twice; the other
    # report holds every word of the question in its praise (高度重视).
    "neglect.txt": report("隆德县住房和城乡建设局", 2022, {1: "本局主动公开住房保障信息。",
                                                   5: "一是部分科室对政务公开重视程度不够，信息报送不及时。"}),
    "praise.txt": report("泾源县住房和城乡建设局", 2022, {1: "各科室高度重视政务公开，科室负责人亲自抓政务公开。",
                                                  2: "公开住房保障信息56条。"}),
    # Training admitted at length, admitted once among other problems, and praised in part 一.
    "training-much.txt": report("永宁县司法局", 2023, {1: "本局主动公开司法行政信息。",
                                                5: "一是业务培训偏少，培训覆盖面不足，培训形式单一。"}),
    "training-once.txt": report("贺兰县司法局", 2023, {1: "本局主动公开司法行政信息。",
                                                5: "一是信息更新不够及时，栏目内容不够丰富，公开栏维护不够"
                                                   "规范，办事流程说明不够清楚，二是业务培训有待加强。"}),
    "training-praise.txt": report("灵武市司法局", 2023, {1: "组织业务培训6次，业务培训覆盖全部科室，业务培训"
                                                      "后开展测试，业务培训效果良好。"}),
    # Admits that publicity falls short in one clause; the other names publicity often, and a
    # shortfall of another subject in another sentence.
    "publicity-admitted.txt": report("盐池县统计局", 2023, {1: "本局主动公开统计信息。", 5: "一是信息公开宣传不够。"}),
    "publicity-praised.txt": report("同心县统计局", 2023, {1: "本局主动公开统计信息。",
                                                    5: "开展信息公开宣传活动12场，发放宣传册3000份，宣传覆盖全县。"
                                                       "信息更新不够及时，栏目设置有待优化。"}),
    # Admits that its offices disclose by different standards (不统一, 不平衡); the other praises how
    # its offices disclose by one standard.
    "uneven.txt": report("固原市原州区财政局", 2023, {1: "本局主动公开预决算信息。",
                                                5: "一是各科室公开标准不统一，工作进展不平衡。"}),
    "uniform.txt": report("西吉县财政局", 2023, {1: "各科室统一公开标准，各科室协同推进预决算公开。",
                                              5: "下一步将继续做好政府信息公开工作。"}),
    # Praises its notice boards, updated every week, and admits nothing about them (the boards' report
    # above admits 公开栏更新不及时).
    "boards-praised.txt": report("大武口区自然资源局", 2022, {1: "本局公开栏每周更新，公开栏内容及时更新，公开栏布局合理。",
                                                       5: "下一步将继续做好政府信息公开工作。"}),
    # Requests by the template's channels (当面, 信函, 网络申请); no report writes 网上.
    "online.txt": report("隆德县教育局", 2022, {3: "全年收到政府信息公开申请8件，其中网络申请6件，信函申请2件。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("problems", written(REPORTS))



def test_a_shortcoming_ranks_the_report_admitting_it_in_part_five_first(idx):
    result = run_search(idx, SearchParams(q="公开内容不全面"))
    assert result.hits[0].agency == "中宁县水务局" and result.hits[0].section == 5
    parsed = parse_query("依申请公开流程不规范")
    assert [c.alternatives for c in parsed.must] == [["依申请公开流程"]] and parsed.prefer_part == 5
    # When the shortcoming is all there is, it stays the words searched.
    assert [c.alternatives for c in parse_query("存在的主要问题").must] == [["存在的主要问题"]]
    assert parse_query("弱势群体 救助").prefer_part is None


def test_an_admission_worded_unlike_the_question_leads_by_its_part_five(idx):
    # 中宁县林业局 never writes 方式, and 海原县教育局 holds every word of the question: the parts
    # 五 that say 解读…单一 decide, and those reports are shown there.
    hits = run_search(idx, SearchParams(q="解读方式太单一")).hits
    assert {(h.agency, h.section) for h in hits[:2]} == {("中宁县林业局", 5), ("中宁县水务局", 5)}
    assert "海原县教育局" in [h.agency for h in hits[2:]]


def test_a_negation_is_not_an_admission():
    from search.retrieval.problems import admitted

    assert admitted("不全面") and admitted("太单一") and admitted("有待提高")
    assert not admitted("不给") and not admitted("公开")
    # 不 before a verb of two characters says a duty is not done; before the template's outcomes
    # (不公开, 不予公开) it names a figure, and a whole question is no shortcoming word.
    assert admitted("不重视") and admitted("不回复") and admitted("不配合")
    assert not admitted("不公开") and not admitted("不予公开") and not admitted("不给公开的理由有哪些")


def test_a_duty_not_done_ranks_the_report_admitting_a_shortfall_in_it(idx):
    # The reports do not write 不重视: they write 重视程度不够. The report praising its attention
    # holds every word of the question; the one admitting the shortfall leads, shown at part 五.
    hits = run_search(idx, SearchParams(q="科室不重视政务公开")).hits
    assert (hits[0].agency, hits[0].section) == ("隆德县住房和城乡建设局", 5)
    assert "泾源县住房和城乡建设局" in [h.agency for h in hits[1:]]


def test_a_citizens_word_finds_the_reports_word_but_not_the_other_way(idx):
    assert "疫情防控" in expand("防疫") and "防疫" not in expand("疫情防控")
    assert set(agencies(idx, "防疫")) == {"沙坡头区卫生健康局", "中卫市商务局"}
    assert agencies(idx, "疫情防控") == ["沙坡头区卫生健康局"]


def test_shortcomings_are_read_by_their_form_too():
    # 太少 (太 + one character, cut apart by jieba), 看不懂 (a verb, 不 and its result), 难找.
    for query, word in [("工作人员太少", "太少"), ("群众看不懂公开的内容", "看不懂"), ("政策文件难找", "难找")]:
        parsed = parse_query(query)
        assert parsed.prefer_part == 5 and word in parsed.rank_words, query
    assert parse_query("不予公开").prefer_part is None  # a template item, not a shortcoming
    # A question of the form A 不 A (多不多, 好不好) asks; it says nothing falls short.
    assert parse_query("卫生局收到的申请多不多").prefer_part is None
    assert parse_query("网站办得好不好").prefer_part is None
    # The same of a two-character word, cut 满意 | 不 | 满意: the word asked about stays, once.
    for query, word in [("窗口服务满意不满意", "满意"), ("抽查的药品合格不合格", "合格")]:
        parsed = parse_query(query)
        assert parsed.prefer_part is None and not parsed.rank_words, query
        assert word in "".join(a for c in parsed.must for a in c.alternatives), query
    assert parse_query("办事窗口服务不规范").prefer_part == 5  # 不 before another word still says it
    # The verb alone, 不, then the word whole (收 | 不 | 收费): a yes-or-no question about a figure, no
    # shortcoming; the figure it names orders the reports, and the whole word is the one asked about.
    for query, word in [("查档案收不收费", "收费"), ("公安局被告不被告", "被告")]:
        parsed = parse_query(query)
        assert parsed.prefer_part is None and not parsed.rank_words, query
        assert parsed.figure is not None and parsed.figure.mode == "positive", query
    assert parse_query("档案馆收费不规范").prefer_part == 5


def test_more_forms_of_a_shortcoming():
    # A degree word takes the word after it: 深入 is part of the shortcoming, not a word to require.
    parsed = parse_query("培训不够深入")
    assert [c.alternatives for c in parsed.must] == [["培训"]] and "不够深入" in parsed.rank_words
    # A lone adjective after its subject, a noun of a fault.
    assert parse_query("网站更新慢").prefer_part == 5 and parse_query("网站错别字").prefer_part == 5
    # 老 / 总 glued to a verb (a word jieba's dictionary lacks); 老人, 总结 are words, not problems.
    assert parse_query("联络员总换").prefer_part == 5
    assert parse_query("老人补贴").prefer_part is None and parse_query("总结经验").prefer_part is None


def test_a_shortcoming_said_with_always_finds_the_reports_saying_often(idx):
    hits = run_search(idx, SearchParams(q="联络员总换")).hits
    assert (hits[0].agency, hits[0].section) == ("同心县农业农村局", 5)


def test_a_shortcoming_as_citizens_say_it_ranks_the_reports_wording(idx):
    # 看不懂 searches 通俗易懂 and 可读性 too (search/data/synonyms.txt, one way).
    assert "通俗" in expand("看不懂") and "看不懂" not in expand("通俗")


def test_a_problem_admitted_ranks_above_the_same_words_in_plans(idx):
    # Both parts 五 hold 群众 and 参与度; only 海原县民政局 says it falls short, before its plans.
    hits = run_search(idx, SearchParams(q="群众参与度不高")).hits
    ranked = [h.agency for h in hits]
    assert ranked.index("海原县民政局") < ranked.index("中宁县民政局")
    assert (hits[0].agency, hits[0].section) == ("海原县民政局", 5)


def test_where_a_problems_part_turns_to_its_plans():
    from search.retrieval.aims import admitted_share, turn_at

    # The report's own year opens the part; the next year followed by 将 is the plan.
    text = "2020年度政府信息公开工作取得成效，但存在问题：一是网站更新不及时。2021年，我局将加强网站更新。"
    assert text[turn_at(text):].startswith("2021年")
    for plan in ("下一步，", "改进措施：", "针对上述问题，", "我们考虑从三个方面着手改进：", "本局将"):
        text = "一是解读形式单一，二是人员不足。" + plan + "丰富解读形式。"
        assert text[turn_at(text):].startswith(plan[:2]), plan
    assert turn_at("一是解读形式单一，二是人员不足。") is None
    assert turn_at("改进情况：一是解读形式单一。") is None  # a heading, with nothing admitted before it
    weights = {"参与度": 2.0, "群众": 1.0}
    assert admitted_share("一是网站更新太慢。下一步将提高群众参与度。", weights) == 0.0
    assert admitted_share("一是群众参与度不高。", weights) == 1.0
    both = admitted_share("一是群众参与度不高。下一步将提高群众参与度。", weights)
    assert 0.5 <= both < 1.0


def test_an_admission_of_another_subject_does_not_lead(idx):
    # 青铜峡市's short part 五 says 不及时 word for word, but of its notice boards; only 利通区's
    # names what is slow (答复), in other words.
    hits = run_search(idx, SearchParams(q="咨询答复不及时")).hits
    assert (hits[0].agency, hits[0].section) == ("利通区自然资源局", 5)
    assert "青铜峡市自然资源局" in [h.agency for h in hits[1:]]


def test_a_weaker_admission_in_part_five_comes_before_the_words_elsewhere(idx):
    # 永宁 admits too little training at length and leads; 贺兰 admits it once, in other words
    # (有待加强), among other problems: still before 灵武's praise of its training in part 一.
    hits = run_search(idx, SearchParams(q="业务培训太少")).hits
    ranked = [h.agency for h in hits]
    assert ranked[0] == "永宁县司法局"
    assert ranked.index("贺兰县司法局") < ranked.index("灵武市司法局")


def test_the_publics_concerns_are_no_shortcoming():
    # 问题 that the public cares about, reports or asks is a concern a body answers, not one it admits.
    for query in ("市民关心的问题有哪些回应", "群众反映的问题怎么解决", "企业咨询问题", "网民留言的问题"):
        assert parse_query(query).prefer_part is None, query
    # Said of the body's own work, 问题 still asks for an admission.
    assert parse_query("信息公开存在什么问题").prefer_part == 5
    assert parse_query("依申请公开的问题").prefer_part == 5


def test_an_admission_says_the_subject_and_its_shortfall_in_one_clause(idx):
    # 宣传 three times and 不够 of another subject in another sentence admit less than 宣传不够 said once.
    assert agencies(idx, "信息公开宣传不够")[0] == "盐池县统计局"


def test_an_idiom_of_a_shortfall_is_a_shortcoming_and_finds_the_reports_admission(idx):
    # 各搞一套 (cut 各 | 搞 | 一套), 前后矛盾, 乱七八糟: part 五 admits them as 不统一, 不一致, 不规范.
    for query, word in [("各科室各搞一套", "各搞一套"), ("公开的数字前后矛盾", "前后矛盾"), ("网站栏目乱七八糟", "乱七八糟")]:
        parsed = parse_query(query)
        assert parsed.prefer_part == 5 and word in parsed.rank_words, query
    assert "不统一" in expand("各搞一套") and "各搞一套" not in expand("不统一")
    assert agencies(idx, "各科室各搞一套")[0] == "固原市原州区财政局"


def test_online_as_citizens_say_it_finds_the_template_s_network_channel(idx):
    assert "网络" in expand("网上") and "网上" not in expand("网络")
    assert agencies(idx, "网上申请信息公开")[0] == "隆德县教育局"


def test_a_delay_said_in_everyday_words_is_read_as_not_in_time(idx):
    # 好久没更新, 一直没答复, 等了好几个月才答复: a stretch of time and a negation (or 才), however jieba cuts
    # it (好久没 | 更新, 很 | 久 | 才); the reports admit it as 不及时, and the verb stays the subject.
    parsed = parse_query("一直没答复")
    assert [c.alternatives for c in parsed.must] == [["答复"]] and parsed.prefer_part == 5
    assert "不及时" in parsed.rank_words
    assert parse_query("等了好几个月才答复").prefer_part == 5
    # A stretch of time that goes on doing something is no delay.
    assert parse_query("长期坚持公开").prefer_part is None
    hits = run_search(idx, SearchParams(q="公开栏好久没更新")).hits
    assert (hits[0].agency, hits[0].section) == ("青铜峡市自然资源局", 5)
    assert "大武口区自然资源局" in [h.agency for h in hits[1:]]


def test_a_shortcoming_after_de_leaves_the_verb_as_its_subject():
    # 得 joins a verb to its shortcoming (公开得不全, 答复得太慢): the verb is the subject, no 得 left to find;
    # 不全 says what 不全面 says.
    for typed, subject, short in (("政务公开得不全", "政务公开", "不全"), ("答复得太慢", "答复", "太慢"),
                                  ("栏目更新得不及时", "栏目更新", "不及时")):
        parsed = parse_query(typed)
        assert [c.alternatives for c in parsed.must] == [[subject]] and parsed.prefer_part == 5
        assert parsed.rank_words[0] == short


def test_de_glued_to_the_shortcoming_after_it_is_cut_apart():
    # jieba cuts 落实得不到位 as 落实 | 得不到 | 位 (得不到, 'cannot get'): the shortcoming is 不到位, the verb
    # before 得 its subject, and no 位 is left a word to find. 得不到 before a noun stays what it says.
    for typed, subject in (("信息公开落实得不到位", "信息公开落实"), ("政策宣传得不到位", "政策宣传")):
        parsed = parse_query(typed)
        assert [c.alternatives for c in parsed.must] == [[subject]] and parsed.prefer_part == 5, typed
        assert parsed.rank_words[0] == "不到位", typed
    assert [c.alternatives for c in parse_query("得不到答复").must] == [["答复"]]
