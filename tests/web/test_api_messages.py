"""The search API says when a page, a page size or a level it was asked for is not the one it served,
as it says of every other value it ignores (docs/api.md: bad values never fail; session 19)."""
from __future__ import annotations


def test_api_says_when_a_page_or_page_size_was_not_served(client):
    last = client.get("/api/search?per_page=10").get_json()["pages"]
    past = client.get(f"/api/search?page={last + 3}").get_json()
    assert past["page"] == last
    assert any(f"第 {last + 3} 页超出范围" in m for m in past["messages"])
    for bad in ("page=abc", "page=0"):
        assert any("页码只能是" in m for m in client.get(f"/api/search?{bad}").get_json()["messages"])
    odd = client.get("/api/search?per_page=7").get_json()
    assert odd["per_page"] == 10 and any("每页条数只能是" in m for m in odd["messages"])
    assert client.get("/api/search?page=1&per_page=20").get_json()["messages"] == []


def test_a_page_size_that_is_no_number_gets_the_message_other_bad_sizes_get(client):
    # (QA 34 #11: abc and 1e309 were ignored silently while 7 was named)
    for bad in ("abc", "1e309", "7", "-1", "1.5"):
        data = client.get(f"/api/search?per_page={bad}").get_json()
        assert data["per_page"] == 10
        assert [m for m in data["messages"] if "每页条数只能是" in m] == [f"每页条数只能是 10、20、50，忽略了：{bad}，每页显示 10 条。"]
    assert client.get("/api/search?per_page=").get_json()["messages"] == []  # an empty value is an absent one


def test_an_unknown_level_is_named_as_an_unknown_quality_flag_is(client):
    data = client.get("/api/search?level=foo").get_json()
    assert any("忽略了未知的层级：foo" in m for m in data["messages"])
    assert data["total"] == client.get("/api/search").get_json()["total"]


def test_a_page_given_as_a_number_is_read_as_its_text_is():
    # (review of session 19: a JSON body's 0 is a value given, named as '0' is; a page the message calls ignored
    # is not the one served, and one served is not called ignored)
    from werkzeug.datastructures import MultiDict

    from search.retrieval.params import SearchParams

    zero = SearchParams.from_args(MultiDict({"page": 0, "per_page": 0}))
    assert zero.page == 1 and zero.per_page == 10
    assert any("页码只能是" in m for m in zero.messages) and any("每页条数只能是" in m for m in zero.messages)
    wide = SearchParams.from_args(MultiDict({"page": "２"}))
    assert wide.page == 2 and not any("页码" in m for m in wide.messages)
    assert SearchParams.from_args(MultiDict({"page": 3, "per_page": 20})).messages == ()


# A new user's review (session 25): a page past the last said two things (页码只能是 1 到 1000，忽略了：99999 and
# 第 1000 页超出范围), a level named only the API's values, a figure's bound did not name the figure.

def test_a_page_past_every_limit_is_one_sentence_naming_the_page_asked(client):
    last = client.get("/api/search").get_json()["pages"]
    said = client.get("/api/search?page=99999").get_json()["messages"]
    assert said == [f"第 99999 页超出范围（共 {last} 页），显示的是第 {last} 页。"]
    html = client.get("/?page=99999").get_data(as_text=True)
    assert html.count('class="notice"') == 1 and "第 99999 页超出范围" in html and "忽略了：99999" not in html
    # Every list that pages says it the same way: the statistics table, one quality list, the agencies.
    assert "第 99999 页超出范围（共 1 页），显示的是第 1 页。" in client.get("/stats?page=99999").get_data(as_text=True)
    assert any("第 99999 页超出范围" in m for m in client.get("/api/agencies?page=99999").get_json()["messages"])
    assert any("第 99999 页超出范围" in m
               for m in client.get("/api/quality?list=tables&page=99999").get_json()["messages"])


def test_page_note_says_when_a_page_is_past_what_can_be_served():
    from search.retrieval.paging import page_note
    from search.retrieval.params import MAX_PAGE

    assert page_note(3, 5) is None and page_note(MAX_PAGE, 5000) is None
    assert page_note(99999, 18) == "第 99999 页超出范围（共 18 页），显示的是第 18 页。"
    assert page_note(99999, 5000) == f"第 99999 页超出范围（共 5000 页，最多翻到第 {MAX_PAGE} 页），显示的是第 {MAX_PAGE} 页。"
    assert page_note(1500, 5000) == f"最多翻到第 {MAX_PAGE} 页（共 5000 页），显示的是第 {MAX_PAGE} 页。"


def _messages(client, query: str) -> list[str]:
    return client.get(f"/api/search?{query}").get_json()["messages"]


def test_a_bad_value_is_named_as_the_page_names_it_with_what_would_be_read(client):
    level = _messages(client, "level=foo")
    assert len(level) == 1 and "foo" in level[0]
    assert all(name in level[0] for name in ("国务院部门", "省级", "地市级", "县区级", "乡镇街道"))
    bound = _messages(client, "min_requests_new=-3")
    assert bound == ["忽略了无效的“本年新收申请”最小值（min_requests_new）：-3（须为 0 到 10 亿的整数）"]
    assert "“行政诉讼”最大值" in _messages(client, "max_litigation_total=abc")[0]
    swapped = _messages(client, "min_reconsideration_total=5&max_reconsideration_total=2")
    assert swapped[0] == "“行政复议”的最小值大于最大值，已对调。"  # (then what the range could not judge: range_notes.py)
    for query, words in (("year=abc", ("年份", "1990", "2100")), ("section=9", ("部分", "导言")),
                         ("year_from=abc", ("起始年份", "1990")), ("sort=foo", ("排序方式", "相关度", "最新")),
                         ("quality=bar", ("数据质量条件", "缺少第四部分")), ("min_foo=1", ("min_foo", "本年新收申请"))):
        said = _messages(client, query)
        assert len(said) == 1 and all(w in said[0] for w in words), (query, said)
    # The web page shows the same sentences, escaped.
    html = client.get("/?min_requests_new=-3&level=%3Cb%3E").get_data(as_text=True)
    assert "“本年新收申请”最小值" in html and "&lt;b&gt;" in html and "<b>" not in html


# Review 25: /api/stats?per_page=200 said 每页显示 10 条 above every row, and page=2 gave the same rows. The figures
# endpoints list every report a search selects (docs/stats.md): their messages now say so, naming what they leave unused.

def test_the_statistics_json_says_it_lists_every_row_and_names_the_paging_it_leaves(client):
    every = client.get("/api/stats").get_json()
    assert every["messages"] == [] and len(every["rows"]) == every["total"]
    wide = client.get("/api/stats?per_page=200").get_json()
    assert wide["rows"] == every["rows"] and wide["messages"] == ["统计列出所选的全部报告，不分页：忽略了 per_page=200。"]
    second = client.get("/api/stats?page=2&per_page=20").get_json()
    assert second["rows"] == every["rows"]
    assert second["messages"] == ["统计列出所选的全部报告，不分页：忽略了 page=2、per_page=20。"]


def test_every_list_of_its_own_says_what_it_does_with_page_and_per_page(client):
    def said(path):
        response = client.get(path)
        assert response.status_code == 200
        return response.get_json()["messages"] if path.startswith("/api/") else response.get_data(as_text=True)

    assert "统计表每页 20 份报告：忽略了 per_page=200。" in said("/stats?per_page=200")
    assert "每页显示 10 条" not in said("/stats?per_page=200")
    assert said("/api/export?what=stats&format=json&page=3") == ["导出文件列出所选的全部报告，不分页：忽略了 page=3。"]
    assert said("/api/export?what=search&format=json&per_page=50") == [
        "导出文件列出全部结果（最多 5000 条），不分页：忽略了 per_page=50。"]
    assert "趋势按年份汇总所选的全部报告，不分页：忽略了 per_page=7。" in said("/api/trends?per_page=7")
    assert said("/api/agencies?per_page=5") == ["机构列表每页 50 个机构：忽略了 per_page=5。"]
    assert any("用 list= 选出一项后才分页：忽略了 page=2" in m for m in said("/api/quality?page=2"))
    # The search itself pages: its sentences stay.
    assert any("每页显示 10 条" in m for m in said("/api/search?per_page=200"))


def test_an_unknown_quality_list_is_one_message_with_the_choices_and_the_paging_it_leaves_unused(client):
    """Review 32 (finding 14): /quality?list=cut_off&page=99 said first that no list was chosen, then that cut_off is
    none; one sentence now names the unknown list, the paging unused, the lists there are, and the search's flag."""
    messages = client.get("/api/quality?list=cut_off&page=99").get_json()["messages"]
    assert [m for m in messages if "cut_off" in m or "page=99" in m] == [
        "没有名为“cut_off”的检查项目，已显示全部检查：忽略了 page=99（可选的检查项目：tables（表格自身不相符）、"
        "inferred（按行序推断读出的数字）、missing（缺少的部分）、continuity（相邻年度衔接）、prose（正文与表格不符）、"
        "similar（内容雷同）；“cut_off”是搜索的数据质量筛选“文本不完整”，用 quality=cut_off 选出这些报告）。"]
    assert not any("用 list= 选出一项后才分页" in m for m in messages)
    html = client.get("/quality?list=%3Cb%3Ebogus").get_data(as_text=True)
    assert html.count("没有名为“&lt;b&gt;bogus”的检查项目，已显示全部检查（可选的检查项目：tables") == 1
    assert "数据质量筛选" not in html  # only a search flag's name is sent to the search's filter


def test_the_search_page_links_its_selection_without_its_page_size(client):
    from lxml import html as lxml_html

    doc = lxml_html.fromstring(client.get("/?q=低保&per_page=20&page=1").get_data(as_text=True))
    links = [a.get("href") for a in doc.xpath("//a[@href]")
             if a.get("href").startswith(("/stats?", "/api/export?", "/feed?", "/agencies?"))]
    assert len(links) >= 4 and not any("per_page" in link for link in links), links
    stats = doc.xpath("//a[starts-with(@href,'/stats?')]/@href")[0]
    assert 'class="notice"' not in client.get(stats).get_data(as_text=True)
