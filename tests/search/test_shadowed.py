"""Words a common compound hides across its parts are searched by the word fields only."""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from search.retrieval.query_tree import to_whoosh
from search.retrieval.shadowed import is_shadowed


@pytest.mark.parametrize("word", ["民政", "人事", "开工"])
def test_a_word_beginning_inside_a_common_compounds_part_is_shadowed(word):
    # 人民|政府, 退役|军人|事务局, 公开|工作: each begins inside a part.
    assert is_shadowed(word)
    assert "grams" not in str(to_whoosh(parse_query(word)))


def test_a_body_s_name_inside_a_place_s_name_is_shadowed():
    # 海关 inside 山海关区: the place's name is no mention of customs (the word fields find 海关 of
    # 海关总署 and of 拱北海关 as words and parts).
    assert is_shadowed("海关")
    assert "grams:海关" not in str(to_whoosh(parse_query("海关")))


@pytest.mark.parametrize("word", ["公安", "申请", "公开", "低保", "街道办", "政府", "信息公开", "财政"])
def test_words_that_begin_where_a_part_begins_keep_the_bigrams(word):
    assert not is_shadowed(word)
    assert "grams" in str(to_whoosh(parse_query(word)))
