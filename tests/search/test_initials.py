"""Pinyin initials typed for Chinese words (initials.py): made-up reports in a temporary Whoosh index,
made-up queries."""
import pytest

from search import SearchParams, run_search
from search.retrieval.english import read_english
from search.retrieval.initials import MAX_READINGS, choose, read_initials, readable, reading_table
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, written

REPORTS = {
    "civil.txt": made_up_report("青禾市民政局", 2019, {1: "本局公开低保和临时救助信息。",
                                                   3: "本年度收到政府信息公开申请12件。"}),
    "civil-2021.txt": made_up_report("青禾市民政局", 2021, {1: "本局公开养老服务信息。"}),
    "stats.txt": made_up_report("青禾市统计局", 2020, {1: "本局公开统计公报和统计数据。"}),
    "police.txt": made_up_report("青禾市公安局", 2020, {1: "本局公开户籍办理指南。",
                                                    4: "全年发生政府信息公开行政复议案件2件。"}),
    "water.txt": made_up_report("青禾市水务局", 2020, {1: "本局公开供水和防汛信息。"}),
    "tax.txt": made_up_report("青禾市税务局", 2020, {1: "本局公开纳税服务信息。"}),
    "trade.txt": made_up_report("青禾市商务局", 2020, {1: "本局公开外贸和招商信息。"}),
    "plain.txt": made_up_report("青禾市人民政府办公室", 2020, {1: "本机关公开政务信息，不涉及复议。"}),
}


@pytest.fixture(scope="module")
def searcher(indexes):
    return indexes.searcher("initials", written(REPORTS))


def test_the_table_holds_the_vocabularys_initials():
    table = reading_table()
    assert [r.word for r in table["mzj"]][0] == "民政局"
    assert [r.word for r in table["xzfy"]] == ["行政复议"]
    assert "依申请公开" in [r.word for r in table["ysqgk"]]
    assert "广东省" in [r.word for r in table["gds"]]  # a province's full name
    assert [r.word for r in table["zwgk"]] == ["政务公开"]  # a domain word jieba is taught (userdict.txt)
    assert "自然人" in [r.word for r in table["zrr"]]  # a column of the template's tables
    assert reading_table() is table  # built once per process


@pytest.mark.parametrize("word", ["the", "report", "tax", "bureau", "ab", "APP", "ppp", "x2020", "mzj1", "abcdefghijk"])
def test_english_words_short_words_and_unknown_letters_are_not_initials(word):
    assert not readable(word)


def test_initials_of_a_body_find_its_reports_first_and_say_how_they_were_read(searcher):
    result = run_search(searcher, SearchParams(q="mzj"))
    assert {h.agency for h in result.hits} == {"青禾市民政局"}
    assert "“mzj”按拼音首字母理解为“民政局”。" in result.messages


def test_initials_read_as_a_word_then_read_by_every_stage_after_it(searcher):
    # The year beside the letters is read as the report's year, as beside 民政局.
    result = run_search(searcher, SearchParams(q="mzj 2019"))
    assert result.hits[0].agency == "青禾市民政局" and result.hits[0].year == 2019
    # A template term: xzfy is 行政复议, and a report stating review cases comes first.
    result = run_search(searcher, SearchParams(q="XZFY"))
    assert result.hits[0].agency == "青禾市公安局"
    assert "“XZFY”按拼音首字母理解为“行政复议”。" in result.messages


def test_the_index_decides_between_readings_and_the_note_names_the_others(searcher):
    # tjj: 统计局, and 退军局 (an abbreviation of another body) that no made-up report holds.
    best, others, too_many = choose("tjj", searcher)
    assert best.word == "统计局" and not too_many
    assert "退军局" not in [r.word for r in others]
    result = run_search(searcher, SearchParams(q="tjj"))
    assert result.hits[0].agency == "青禾市统计局"
    # swj: three bodies held by one report each; one is searched, the note names the other two.
    text, notes = read_initials("swj", searcher)
    assert text in ("水务局", "税务局", "商务局")
    assert notes[0].startswith("“swj”按拼音首字母理解为") and "也可能指" in notes[0]


def test_letters_no_held_reading_fits_are_left_alone(searcher):
    # zdgk is 主动公开, which no made-up report writes: the letters stay as typed, with no note.
    assert read_initials("zdgk", searcher) == ("zdgk", [])
    assert read_initials("zdgk") == ("主动公开", ["“zdgk”按拼音首字母理解为“主动公开”。"])  # no index to ask


def test_too_many_readings_of_one_kind_are_not_guessed(monkeypatch, searcher):
    from search.retrieval import initials

    many = tuple(initials.Reading(w, "agency") for w in ("水务局", "税务局", "商务局", "民政局"))
    assert len(many) > MAX_READINGS
    monkeypatch.setattr(initials, "reading_table", lambda: {"swj": many})
    best, others, too_many = choose("swj", searcher)
    assert best is None and too_many and len(others) == 4
    text, notes = read_initials("swj", searcher)
    assert text == "swj" and "未按拼音理解" in notes[0]


def test_quotes_filters_and_operators_are_taken_as_typed():
    parsed = parse_query('"mzj" agency:tjj 低保 OR gaj -swj')
    assert [c.alternatives for c in parsed.must][0] == ["mzj"]
    assert parsed.agency == ["tjj"]
    assert ["低保", "公安局"] in [c.alternatives for c in parsed.must]
    assert [c.alternatives for c in parsed.must_not] in ([["水务局"]], [["税务局"]], [["商务局"]])


def test_words_mixed_with_chinese_or_digits_and_full_pinyin_are_not_initials():
    assert parse_query("PPP项目 12345热线").text == "PPP项目 12345热线"
    assert read_initials("minzhengju") == ("minzhengju", [])  # full pinyin: suggest.py reads it


def test_initials_beside_english_are_kept_for_the_initials_reader():
    said, notes = read_english("tjj annual report")
    assert said.split() == ["tjj", "年报"] and not any("未能理解" in n for n in notes)
    parsed = parse_query("tjj annual report")
    assert [c.alternatives for c in parsed.must] == [["统计局"], ["年报"]]
