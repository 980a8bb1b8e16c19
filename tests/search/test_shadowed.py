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


@pytest.mark.parametrize("word", ["海关", "公安", "申请", "公开", "低保", "街道办", "政府", "信息公开", "财政"])
def test_words_that_begin_where_a_part_begins_keep_the_bigrams(word):
    assert not is_shadowed(word)
    assert "grams" in str(to_whoosh(parse_query(word)))
