"""Queries typed in English (english.py, english_words.tsv): read as the reports' Chinese, with a note;
a query holding any Chinese, or only pinyin, is not touched. The queries here are made up."""
from __future__ import annotations

import pytest

from search.retrieval.english import read_english, table
from search.retrieval.issuers import concept_of
from search.retrieval.query import parse_query
from tests.conftest import search, written

BODY = """

一、总体情况
本年度{who}主动公开政府信息，依申请公开工作有序开展。

三、收到和处理政府信息公开申请情况
本年新收政府信息公开申请{n}件。{extra}

四、政府信息公开行政复议、行政诉讼情况
{review}

五、存在的主要问题及改进情况
公开内容仍需丰富。
"""
REPORTS = {
    "civil.txt": "杭州市民政局2021年政府信息公开工作年度报告"
                 + BODY.format(who="杭州市民政局", n=12, extra="", review="本年度未发生行政复议案件。"),
    "tax.txt": "南京市税务局2021年政府信息公开工作年度报告"
               + BODY.format(who="南京市税务局", n=30, extra="", review="本年度发生行政复议案件2件，行政诉讼1件。"),
    "police.txt": "杭州市公安局2020年政府信息公开工作年度报告"
                  + BODY.format(who="杭州市公安局", n=55, extra="收取信息处理费200元。", review="行政复议3件。"),
}


@pytest.fixture(scope="module")
def three(indexes):
    return indexes.searcher("english", written(REPORTS))


def words(parsed) -> list[str]:
    return [alt for clause in parsed.must for alt in clause.alternatives]


@pytest.mark.parametrize("typed, reading", [
    ("civil affairs bureau requests 2018", "民政局 申请 2018"),
    ("Requests received by the Ministry of Education", "申请 教育部"),
    ("police lawsuits in Zhejiang Province", "公安 行政诉讼 浙江省"),
    ("State Taxation Administration information requests", "国家税务总局 政府信息公开申请"),
    ("processing fees charged by district governments", "信息处理费 收费 区政府"),
    ("which township refused the most requests", "哪个乡镇 不予公开 最多 申请"),
    ("Inner Mongolia natural resources bureau -forestry year:2019", "内蒙古 自然资源局 -林业 year:2019"),
    ('"proactive disclosure" Chaoyang District', '"主动公开" 朝阳区'),  # Beijing's first; the note names 潮阳区
])
def test_an_english_query_is_read_as_the_reports_chinese(typed, reading):
    read = read_english(typed)
    assert read is not None and read[0] == reading
    assert read[1][0] == f"按英文理解为：{reading}"


def test_the_readers_after_it_see_the_chinese():
    parsed = parse_query("civil affairs bureau requests 2018 Hangzhou")
    assert words(parsed) == ["民政局", "申请", "杭州"]
    assert parsed.year_hints == [2018]
    assert [h.word for h in parsed.place_hints] == ["杭州"]
    assert "按英文理解为：民政局 申请 2018 杭州" in parsed.notes
    assert parsed.text == "民政局 申请 2018 杭州"  # what the page's suggestions are built from


def test_the_words_it_cannot_read_are_named_and_not_searched():
    parsed = parse_query("zebra crossings tax bureau reconsideration")
    assert words(parsed) == ["税务局", "行政复议"]
    assert "未能理解的英文词（未用于查找）：zebra、crossings" in parsed.notes


def test_a_number_that_is_no_year_is_not_searched_and_a_word_read_twice_is_one():
    read = read_english("top 10 counties by requests")
    assert read is not None and read[0] == "县 申请"
    assert "未能理解的英文词（未用于查找）：top、10" in read[1]
    assert read_english("what fees did Hangzhou charge in 2019")[0] == "收费 杭州 2019"


def test_a_spelling_naming_two_cities_says_the_other():
    read = read_english("Taizhou reconsideration")
    assert read is not None
    assert any("也可能指" in note for note in read[1])


@pytest.mark.parametrize("typed", [
    "民政局 2020", "民政局 requests", "APP 下载", "12345热线", "minzhengju", "anhui", "Fujian", "2019-2021",
    "year:2020", "the of and", "",
])
def test_chinese_pinyin_and_bare_queries_are_not_touched(typed):
    assert read_english(typed) is None
    assert not any("按英文理解" in note for note in parse_query(typed).notes)


def test_every_body_name_of_the_table_names_an_issuer():
    """A function's body and central names are names the issuer reading knows (no typo in the table)."""
    rows = [row for rows in table().by_first.values() for row in rows]
    assert len(rows) > 300
    for row in rows:
        assert row.kind in ("term", "function", "body", "level", "issuer", "question", "place", "stop", "exclude")
        if row.kind == "function":
            for name in (row.body, row.central):
                assert not name or concept_of(name) is not None or name in ("政府", "办公室"), (row, name)
        if row.kind not in ("stop", "body", "exclude"):
            assert row.reading, row
    keys = [row.words for row in rows]
    assert len(keys) == len(set(keys))  # one reading per phrase


def test_an_english_query_finds_the_reports_a_chinese_one_does(three):
    found = search(three, q="tax bureau administrative reconsideration")
    assert found.hits and found.hits[0].agency == "南京市税务局"
    assert any("按英文理解为：税务局 行政复议" in m for m in found.messages)
    assert [h.agency for h in found.hits] == [h.agency for h in search(three, q="税务局 行政复议").hits]
    civil = search(three, q="Hangzhou civil affairs requests")
    assert civil.hits and civil.hits[0].agency == "杭州市民政局"
    fees = search(three, q="information processing fees")
    assert fees.hits and fees.hits[0].agency == "杭州市公安局"


@pytest.mark.parametrize("typed, reading, left_out", [
    ("civil affairs bureau requests not Jiangsu", "民政局 申请 -江苏", ["江苏"]),
    ("township reports excluding street offices", "乡镇 年报 -街道办事处", ["街道办事处"]),
    ("tax lawsuits except Shanghai", "税务 行政诉讼 -上海", ["上海"]),
])
def test_what_not_or_except_leaves_out_is_excluded(typed, reading, left_out):
    read = read_english(typed)
    assert read is not None and read[0] == reading
    assert [alt for c in parse_query(typed).must_not for alt in c.alternatives] == left_out


def test_not_inside_a_term_stays_the_term():
    assert read_english("information not disclosed")[0] == "不予公开"


def test_an_english_exclusion_drops_the_places_reports(three):
    assert {h.agency for h in search(three, q="bureau requests not Nanjing").hits} == {"杭州市民政局", "杭州市公安局"}


@pytest.mark.parametrize("typed, said", [
    ("dibao", ["没有报告使用“dibao”，已按“最低生活保障”查找。"]),
    ("hukou 2020", ["没有报告使用“hukou”，已按“户籍”查找。"]),
])
def test_a_pinyin_word_of_the_table_is_not_announced_as_english(typed, said):
    """QA 31 #12: /?q=dibao said 按英文理解为：最低生活保障; pinyin is said as the pinyin reading says it (zhengdi)."""
    read = read_english(typed)
    assert read is not None and read[1] == said
    assert not any("按英文理解" in note for note in parse_query(typed).notes)
    # Beside English words the query is English, and said so.
    assert read_english("dibao applications")[1][0] == "按英文理解为：最低生活保障 申请"


def test_the_pinyin_rows_are_pinyin():
    rows = {" ".join(r.words): r for rows in table().by_first.values() for r in rows}
    assert {w for w, r in rows.items() if r.source == "pinyin"} >= {"dibao", "hukou", "weibo"}
