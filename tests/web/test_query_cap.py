"""A very long query is cut to one cap (query_length.MAX_QUERY), between its items, said so on every page that takes
it with what was left out, and no link copies more of it than was searched (QA 34 #13: a 500-character query was
copied whole into every facet, feed and API link: 0.6 MB for one request; rev33 #4: the cut fell inside words)."""
from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

import pytest

from search.retrieval.query_length import MAX_QUERY, QUERY_CUT, cut_query

LONG = "申请" * 250


def test_the_cap_is_one_sentence_and_a_short_query_is_kept():
    assert cut_query("低保") == ("低保", "")
    kept, message = cut_query(LONG)
    assert kept == LONG[:MAX_QUERY] and message.startswith(QUERY_CUT) and MAX_QUERY == 200


def test_an_english_question_with_its_year_is_kept_whole():
    question = ("how many administrative reconsideration cases did the Shanghai science and technology commission"
                " report for 2024")
    assert cut_query(question) == (question, "")


FILL = "低保 " * 66  # 198 characters: the next item crosses the cap


@pytest.mark.parametrize("last", ["year:2020", "-投诉", '"政府信息公开申请办理情况"', "“政府信息公开申请办理情况”",
                                  "OR 特困", "reconsideration", "最低生活保障标准"])
def test_an_item_crossing_the_cap_is_left_out_whole_and_named(last):
    kept, message = cut_query(FILL + last)
    assert kept == FILL.strip() and message.startswith(QUERY_CUT)
    assert f"忽略了末尾的：{last}。" in message


def test_an_operator_before_the_cut_goes_with_what_followed_it():
    assert cut_query("低保 " * 65 + "OR " + "poverty")[0] == ("低保 " * 65).strip()
    assert cut_query("a " * 98 + " ＯＲ b" * 3)[1].endswith("忽略了末尾的：ＯＲ b ＯＲ b ＯＲ b。")


@pytest.mark.parametrize("group", ["(行政复议 OR 行政诉讼)", "（行政复议 OR 行政诉讼）", "-(行政复议 OR 行政诉讼)",
                                   "((低保 OR 特困) 行政复议)"])
def test_a_bracketed_group_crossing_the_cap_is_left_out_whole(group):
    # Half a group would require one word of an either-or (QA 36 #1: (行政复议 kept, OR 行政诉讼) dropped).
    kept, message = cut_query("低保 " * 64 + group)
    assert kept == ("低保 " * 64).strip() and f"忽略了末尾的：{group}。" in message
    # A group that ends within the cap is kept, and the cut falls after it.
    kept, _ = cut_query("低保 " * 30 + group + " 收费" * 60)
    assert kept.startswith("低保 " * 30 + group + " 收费")


def test_a_run_of_chinese_is_cut_at_the_end_of_a_word_and_a_lone_minus_is_dropped():
    kept, message = cut_query("公开 " * 66 + "低保申请" * 10)
    assert kept == "公开 " * 66 + "低保" and "忽略了末尾的：申请低保" in message
    assert cut_query("公开 " * 66 + "保障" * 3)[0] == "公开 " * 66 + "保障"  # not 保 alone
    assert cut_query("公开 " * 66 + "- 低保" * 5)[0] == ("公开 " * 66).strip()


def test_a_query_of_one_item_longer_than_the_cap_says_nothing_was_kept_from_it():
    kept, message = cut_query("a" * 300)
    assert kept == "" and message.startswith(QUERY_CUT) and "没有可查找的部分：" + "a" * 39 + "…" in message


def test_the_api_cuts_the_query_says_so_and_links_only_what_it_searched(client):
    data = client.get("/api/search?q=" + quote(LONG)).get_json()
    assert data["query"] == LONG[:MAX_QUERY] and any(m.startswith(QUERY_CUT) for m in data["messages"])
    toggles = [v["toggle"] for values in data["facets"].values() for v in values]
    assert toggles and all(parse_qs(urlsplit(t).query).get("q", [""])[0] == LONG[:MAX_QUERY] for t in toggles)


def test_every_page_taking_a_search_says_the_query_was_cut(client):
    for path in ("/", "/stats", "/trends", "/quality", "/agencies", "/compare"):
        response = client.get(f"{path}?q=" + quote(LONG))
        assert response.status_code == 200, path
        html = response.get_data(as_text=True)
        assert QUERY_CUT in html, path
        assert LONG[: MAX_QUERY + 2] not in html, path  # nothing past the cap is copied into the page
    feed = client.get("/feed?q=" + quote(LONG)).get_data(as_text=True)
    assert QUERY_CUT in feed and quote(LONG[: MAX_QUERY + 2]) not in feed


def test_a_query_within_the_cap_says_nothing(client):
    messages = client.get("/api/search?q=" + quote(LONG[:MAX_QUERY])).get_json()["messages"]
    assert not any(m.startswith(QUERY_CUT) for m in messages)
