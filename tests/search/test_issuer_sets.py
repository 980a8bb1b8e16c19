"""Queries naming a set of issuers rather than words of the text (省级部门, 区县, 乡镇街道, 各部门, 学校):
the reports whose issuer belongs to the set come first, with a note; a sector's own bodies before the
department governing it; a sector word beside another topic is that topic. Reports and queries are
made up (none of the judged sets)."""
from __future__ import annotations

import pytest

from search.retrieval.issuer_sets import names_set
from search.retrieval.issuers import concept_of
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, search, written

# Governments write of requests more and better than the departments: without the set's reading
# they stand first for a query about the departments' requests.
GOV_TEXT = ("本年度收到政府信息公开申请120件，收到申请数量较上年增加，依申请公开答复及时。"
            "收到申请数量统计如下：收到申请120件，办结118件。")
DEPT_TEXT = "本年度收到政府信息公开申请12件，均按时答复。"
SCHOOL_TEXT = "学校主动公开招生信息、收费项目和标准，家长可在学校网站查阅。"
REPORTS = {
    "prov-gov.txt": made_up_report("甘肃省人民政府办公厅", 2022, {1: GOV_TEXT}),
    "prov-dept.txt": made_up_report("甘肃省水利厅", 2022, {1: DEPT_TEXT}),
    "city-gov.txt": made_up_report("天水市人民政府", 2022, {1: GOV_TEXT}),
    "city-dept.txt": made_up_report("天水市统计局", 2022, {1: DEPT_TEXT}),
    "county-dept.txt": made_up_report("天水市甘谷县司法局", 2022, {1: DEPT_TEXT}),
    "town.txt": made_up_report("天水市甘谷县白沙镇人民政府", 2022, {1: DEPT_TEXT}),
    "street.txt": made_up_report("天水市秦州区南湖街道办事处", 2022, {1: DEPT_TEXT}),
    # A school's own report, the education bureau governing schools, and a report of another kind
    # that writes of schools at length.
    "school.txt": made_up_report("天水市第七中学", 2022, {1: "本校主动公开信息。"}),
    "edu.txt": made_up_report("天水市教育局", 2022, {1: "督促辖区学校做好信息公开工作。"}),
    "other.txt": made_up_report("天水市发展和改革委员会", 2022, {1: SCHOOL_TEXT + SCHOOL_TEXT}),
}


@pytest.fixture(scope="module")
def bodies(indexes):
    return indexes.searcher("issuer-sets", written(REPORTS))


def agencies(result, n=None):
    return [hit.agency for hit in result.hits[:n]]


@pytest.mark.parametrize("word, level, department", [
    ("省级部门", "province", True),
    ("省政府部门", "province", True),
    ("市政府各部门", "city", True),
    ("各县的部门", "county", True),
    ("县市区", "county", False),
    ("乡镇街道", "township", False),
    ("镇街", "township", False),
    ("各部门", "", True),
    ("政府部门", "", True),  # departments, not the government (it read as 人民政府 before)
    ("各局", "", True),  # the bureaus by their ending alone (it was respelled 格局 before)
    ("局", "", True),  # 哪个 | 局
])
def test_level_and_department_words_name_a_set(word, level, department):
    concept = concept_of(word)
    assert concept is not None and names_set(concept)
    assert (concept.level, concept.department) == (level, department)
    assert not concept.functions


def test_two_levels_typed_together_are_either_set():
    # jieba cuts 和县 (a county's name) out of such a run: 直 names departments only at the end of a word.
    assert concept_of("市直部门和县") is None
    parsed = parse_query("市直部门和县直部门 行政复议 比较")
    assert [s.words for s in parsed.issuer_sets] == [("市直部门", "县直部门")]


@pytest.mark.parametrize("word", ["部门", "本县部门", "县部门", "民政局", "教育部门", "法务部"])
def test_a_body_or_a_bare_word_is_no_set(word):
    assert not names_set(concept_of(word))


def test_a_sector_word_names_its_bodies_and_the_department_governing_it():
    school = concept_of("学校")
    assert "中学" in school.sector and school.functions[0][0] == "教育局" and not school.marked
    assert concept_of("各类学校").marked and concept_of("医院系统").marked
    assert concept_of("医院").functions[0][0] == "卫生健康委员会"


def test_departments_come_before_governments_whatever_the_text(bodies):
    plain = search(bodies, q="收到申请数量")
    assert agencies(plain)[0].endswith(("人民政府", "办公厅"))  # the premise: governments lead on words
    result = search(bodies, q="省级部门和市级部门 收到申请数量")
    assert set(agencies(result, 2)) == {"甘肃省水利厅", "天水市统计局"}
    assert any("按发布机关理解" in m and "排在部门之后" in m for m in result.messages)


def test_the_bureaus_by_their_ending_come_before_governments(bodies):
    result = search(bodies, q="各局 收到申请数量")
    assert not any("格局" in m for m in result.messages)
    assert not agencies(result)[0].endswith(("人民政府", "办公厅"))
    assert any("按发布机关理解" in m for m in result.messages)


def test_a_level_word_puts_its_level_first(bodies):
    assert agencies(search(bodies, q="乡镇街道 依申请公开"), 2) in (
        ["天水市甘谷县白沙镇人民政府", "天水市秦州区南湖街道办事处"],
        ["天水市秦州区南湖街道办事处", "天水市甘谷县白沙镇人民政府"])
    assert agencies(search(bodies, q="各县的部门 答复"), 1) == ["天水市甘谷县司法局"]


def test_a_school_s_own_report_then_the_education_bureau_then_the_rest(bodies):
    result = search(bodies, q="学校的信息公开年报")
    assert agencies(result, 3) == ["天水市第七中学", "天水市教育局", "天水市发展和改革委员会"]
    assert any("“学校”按发布机关理解" in m and "教育局" in m for m in result.messages)


def test_without_a_school_the_note_says_the_governing_department_leads(indexes):
    reports = {k: v for k, v in REPORTS.items() if k != "school.txt"}
    result = search(indexes.searcher("issuer-sets-no-school", written(reports)), q="学校 年报")
    assert agencies(result, 1) == ["天水市教育局"]
    assert any("没有名称以学校" in m and "主管部门（教育局）" in m for m in result.messages)


def test_a_sector_word_beside_another_topic_is_that_topic():
    parsed = parse_query("学校 收费 标准")
    assert parsed.issuer_sets == []
    assert not any("按发布机关理解" in m for m in parsed.notes)
    assert parse_query("各类学校 收费 标准").issuer_sets  # said as a set, it is one


def test_sorted_by_date_the_note_says_relevance_decides(bodies):
    result = search(bodies, q="省级部门 收到申请", sort="newest")
    assert any("按相关度排序时排在前面" in m for m in result.messages)


def test_page_and_api_show_the_note(indexes):
    client = indexes.app("issuer-sets", written(REPORTS)).test_client()
    page = client.get("/?q=省级部门 收到申请")
    assert page.status_code == 200
    assert "按发布机关理解" in page.get_data(as_text=True)
    api = client.get("/api/search?q=学校的信息公开年报")
    assert api.status_code == 200
    body = api.get_json()
    assert any("按发布机关理解" in m for m in body["messages"])
    assert body["hits"][0]["agency"] == "天水市第七中学"


@pytest.mark.parametrize("q", ["各", "部门", "各部门各部门各部门", "学校系统系统", "县市区 -县市区", "\"省级部门\"",
                               "省级部门 OR 学校", "各类", "镇街 year:2022", "乡镇街道和学校", "政府部门 sort"])
def test_odd_input_never_fails(indexes, q):
    client = indexes.app("issuer-sets", written(REPORTS)).test_client()
    assert client.get("/", query_string={"q": q}).status_code == 200
    assert client.get("/api/search", query_string={"q": q}).status_code == 200


def test_a_question_word_does_not_cut_the_set_typed_after_it():
    # 哪些区县政府: jieba cuts 哪些 | 区 | 县政府; 哪些区 is a set too (which districts), but joined it left 县政府 as a
    # second set with a second note. The question word stands alone and the set is read whole, with one note.
    parsed = parse_query("哪些区县政府被告了")
    assert [s.words for s in parsed.issuer_sets] == [("区县政府",)]
    assert sum("按发布机关理解" in n for n in parsed.notes) == 1, parsed.notes
    # A question word joined to the only set there is stays one (哪些区: which districts).
    assert [s.words for s in parse_query("哪些区被告了").issuer_sets] == [("哪些区",)]


def test_a_de_taken_along_with_the_set_is_not_quoted():
    # 哪个省的政府信息公开: the set is read with its 的; the note quotes the set as typed without it.
    notes = parse_query("哪个省的政府信息公开做得最好").notes
    assert any(n.startswith("“哪个省”按发布机关理解") for n in notes), notes
