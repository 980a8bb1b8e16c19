"""/agencies and the compare finder list bodies, not guesses (QA 30, 3 and 13): reports naming no issuer are one line,
not a body each; a search or a name box that no body matches says so instead of listing the search's looser matches;
an unknown kind is named as such. Made-up reports (tests/agency_corpus.py)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from search.agencies import kind_filter
from tests.agency_corpus import made_up_report, write_reports


def _write(folder: Path) -> list[Path]:
    return [write_reports(folder, {
        "a.txt": made_up_report("徐州市民政局", 2020),
        "b.txt": made_up_report("徐州市人力资源和社会保障局", 2021),
        "c.txt": made_up_report("海盐县教育局", 2021),
        # No issuer anywhere: the title and the lead-in name no body.
        "n1.txt": made_up_report("", 2020, title="2020年政府信息公开工作年度报告"),
        "n2.txt": made_up_report("", 2021, title="2021年政府信息公开工作年度报告"),
    })]


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("agency-apart", _write).test_client()


def _json(client, path: str) -> dict:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_json()


def _html(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


def test_reports_naming_no_issuer_are_one_line_not_bodies(client):
    every = _json(client, "/api/agencies")
    assert sorted(a["name"] for a in every["agencies"]) == ["徐州市人力资源和社会保障局", "徐州市民政局", "海盐县教育局"]
    assert every["total"] == 3 == sum(p["count"] for p in every["places"])
    assert sum(k["count"] for k in every["kinds"]) == 3
    assert every["unnamed"]["reports"] == 2
    listed = _json(client, every["unnamed"]["url"].split("localhost", 1)[-1])
    assert listed["total_reports"] == 2
    html = _html(client, "/agencies")
    assert "另有 2 份报告的发布机关未能识别" in html and "共 <strong>3</strong> 个机构" in html
    assert "未知机构" not in _html(client, "/agencies?place=unresolved").split('class="agency-list"')[1].split("</ol>")[0]
    # A name box or a kind chosen lists bodies only: no line about reports it cannot name.
    assert _json(client, "/api/agencies?name=" + quote("民政"))["unnamed"] is None


def test_a_search_lists_only_bodies_of_reports_holding_its_words(client):
    # No report holds 自然资源部: the search's characters-alike matches (资源) name no body asked for.
    found = _json(client, "/api/agencies?q=" + quote("自然资源部"))
    assert found["total"] == 0 and found["agencies"] == []
    assert any("没有报告含有“自然资源部”" in m for m in found["messages"])
    html = _html(client, "/agencies?q=" + quote("自然资源部"))
    assert "没有符合条件的机构" in html and "在报告全文中搜索“自然资源部”" in html
    # Words some report holds still list its body.
    assert [a["name"] for a in _json(client, "/api/agencies?q=" + quote("海盐县教育局"))["agencies"]] == ["海盐县教育局"]


def test_a_name_box_no_body_matches_says_so_and_offers_the_search(client):
    html = _html(client, "/agencies?name=" + quote("自然资源部"))
    assert "没有名称或地区与“自然资源部”相符的机构。" in html
    assert "在报告全文中搜索“自然资源部”" in html and "/?q=自然资源部" in html


def test_an_unknown_kind_is_ignored_as_the_search_and_stats_ignore_it(client):
    """QA 33 #6: /agencies listed no body for a kind it did not know, where the search and /stats say 忽略了 and go on."""
    every = _json(client, "/api/agencies")
    for kind in ("bogus", "<b>x"):
        data = _json(client, "/api/agencies?kind=" + quote(kind))
        assert data["total"] == every["total"] > 0
        ignored = [m for m in data["messages"] if m.startswith(f"忽略了未知的机构类型：{kind}（可用：")]
        assert len(ignored) == 1
        assert ignored == [m for m in _json(client, "/api/search?kind=" + quote(kind))["messages"] if m.startswith("忽略了")]
        html = _html(client, "/agencies?kind=" + quote(kind))
        assert "忽略了未知的机构类型：" in html and "<b>x" not in html and "kind=bogus" not in html
    # A name the kind list folds is read as that kind, as the search reads it.
    data = _json(client, "/api/agencies?kind=" + quote("人社局"))
    assert "机构类型“人社局”按“人力资源和社会保障局”筛选。" in data["messages"] and data["total"] > 0
    assert {a["kind"] for a in data["agencies"]} == {"人力资源和社会保障局"}
    assert not any("机构类型" in m for m in _json(client, "/api/agencies?kind=" + quote("民政局"))["messages"])


def test_on_agencies_the_list_of_every_kind_is_the_pages_own(client, monkeypatch):
    """rev33 #11: /agencies?kind=bogus said “机构”页列出全部 on the 机构 page itself."""
    monkeypatch.setattr(kind_filter, "_NAMED_IN_MESSAGE", 1)
    here = [m for m in _json(client, "/api/agencies?kind=bogus-kind")["messages"] if m.startswith("忽略了")]
    search = [m for m in _json(client, "/api/search?kind=bogus-kind")["messages"] if m.startswith("忽略了")]
    assert len(here) == len(search) == 1
    assert "本页“机构类型”列出全部" in here[0] and "“机构”页" not in here[0]
    assert "“机构”页列出全部" in search[0]


def test_the_compare_finder_lists_no_looser_matches(client):
    html = _html(client, "/compare?q=" + quote("自然资源部"))
    assert "徐州市民政局" not in html and "海盐县教育局" not in html and "徐州市人力资源" not in html
    # 徐州市 read as the reports' place put the city's other bodies after the one named, as 搜索找到的其他报告.
    html = _html(client, "/compare?q=" + quote("徐州市民政局"))
    assert "徐州市民政局" in html and "徐州市人力资源和社会保障局" not in html
