"""A place's short form finds the reports that write only its full name (issue 16): 古冶 of 古冶区, whose
stem jieba's dictionary does not know, so that the name's cut gave no part of it. The reports are made
up for these tests; none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.analysis import place_stems, term_positions, word_pieces, word_terms
from tests.conftest import made_up_report, written

REPORTS = {
    # The short form stands only in the issuer and the title: the text never writes it alone.
    "guye.txt": made_up_report("唐山市古冶区人民政府", 2023, {1: "本区做好政务公开，公开征地补偿信息。"}),
    "chengan.txt": made_up_report("成安县人民政府", 2023, {1: "本县公开征地补偿信息。"}),
    "other.txt": made_up_report("石家庄市民政局", 2023, {1: "公开征地补偿信息和低保信息。"}),
    # A short form that is a word of everyday Chinese (新城, a new town) stays no part of the name.
    "xincheng.txt": made_up_report("西安市新城区人民政府", 2023, {1: "本区公开棚户区改造信息。"}),
    "newtown.txt": made_up_report("某某市住房和城乡建设局", 2023, {1: "新城建设项目信息按时公开。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("place-short-forms", written(REPORTS))


def listed(searcher, q: str) -> list[str]:
    return [h.agency for h in run_search(searcher, SearchParams(q=q)).hits]


def test_a_division_s_full_name_is_indexed_with_its_short_form_at_its_start():
    pieces = list(word_pieces("古冶区人民政府", "index"))
    assert ("古冶", 0, 0) in pieces and ("古冶区", 0, 0) in pieces
    # The writer's fast path gives the same tokens.
    assert word_terms("唐山市古冶区人民政府，成安县") == term_positions(word_pieces("唐山市古冶区人民政府，成安县", "index"))
    assert "唐山" in word_terms("唐山市教育局")


def test_a_short_form_that_is_an_everyday_word_is_left_out():
    assert "新城" not in place_stems() .values()
    assert "新城" not in word_terms("新城区人民政府")
    assert place_stems()["古冶区"] == "古冶"


def test_the_short_form_finds_the_report_that_writes_only_the_full_name(idx):
    assert listed(idx, "古冶") == ["唐山市古冶区人民政府"]
    assert listed(idx, "古冶 征地补偿")[0] == "唐山市古冶区人民政府"


def test_a_short_form_jieba_cuts_in_two_is_searched_as_one_word(idx):
    assert listed(idx, "成安") == ["成安县人民政府"]


def test_an_everyday_word_does_not_become_a_place_mention(idx):
    assert listed(idx, "新城") == ["某某市住房和城乡建设局"]


def test_a_name_jieba_cuts_across_its_short_form_gets_the_name_and_short_form(indexes):
    """jieba cuts 静海区 as 静 | 海区 and 增城区 as 增 | 城区: whole words that spell a division's name are
    given the name and its short form too; a name inside other words (新增城区: 新增 | 城区) is not."""
    terms = word_terms("天津市静海区人民政府")
    assert terms["静海"] == terms["静海区"] == terms["静"] == [1]
    assert "增城" not in word_terms("新增城区面积") and "中山" not in word_terms("集中山区贫困户")
    for text in ("天津市静海区人民政府，广州市增城区、管城回族区", "静海区静海区", "北川羌族自治县", "乌兰察布市人民政府"):
        terms = word_terms(text)
        assert terms == term_positions(word_pieces(text, "index"))
        assert all(positions == sorted(set(positions)) for positions in terms.values()), text
    idx = indexes.searcher("cut-names", written({
        "jinghai.txt": made_up_report("天津市静海区民政局", 2023, {1: "本局公开低保信息。"}),
        "zengcheng.txt": made_up_report("广州市增城区民政局", 2023, {1: "本局公开低保信息。"}),
        "area.txt": made_up_report("某某市自然资源局", 2023, {1: "新增城区面积信息按时公开，低保信息同步公开。"}),
    }))
    assert listed(idx, "静海 低保")[0] == "天津市静海区民政局"
    assert listed(idx, "增城")[0] == "广州市增城区民政局"
