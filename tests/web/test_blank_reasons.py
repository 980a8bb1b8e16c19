"""QA 42 F1, F2, F6: a blank figure says why (cut short, no such part, a pre-2019 report, the table not read), the
statistics exports come with a column dictionary and the counts row, and a prose figure with its sentence. The
bodies are made up (戊泽县, 鹤汀坡, 雁栖湾 occur nowhere in the corpus)."""
import csv
import io

import pytest

from search.figures.columns import COLUMNS
from tests.conftest import made_up_report, written
from tests.stats_corpus import derive

CUT = "戊泽县鹤汀坡管理局"
OLD = "戊泽县雁栖湾管理局"
WHOLE = "戊泽县翠微坪管理局"
PROSE = "戊泽县白鹭汀管理局"
REPORTS = {
    # Parts 一 and 二 only, then the text stops mid-sentence: three and four are cut off, not missing.
    "cut.txt": made_up_report(CUT, 2022, {1: "2022年，戊泽县鹤汀坡管理局认真贯彻落实政府信息公开工作。",
                                          2: "本年制发规范性文件2件。"}) + "\n三、收到和处理政府信息公开申请情况\n本年度",
    "old.txt": made_up_report(OLD, 2017, {1: "2017年，戊泽县雁栖湾管理局全年受理政府信息公开申请8件，均已按时答复。"}),
    "whole.txt": derive(2021, agency=WHOLE),
    # Parts 一, 二, 四-六 present, part 三 has no table: its figures are unread; the prose states the new requests.
    "prose.txt": made_up_report(PROSE, 2021, {1: "2021年，戊泽县白鹭汀管理局全年收到政府信息公开申请12件。", 2: "无。",
                                              3: "申请办理情况良好。", 4: "未发生行政复议、行政诉讼。", 5: "无。", 6: "无。"}),
}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("blank-reasons", written(REPORTS)).test_client()


def _rows(client):
    data = client.get("/api/stats", query_string={"q": "戊泽县"}).get_json()
    return data, {r["agency"]: r for r in data["rows"]}


def test_each_row_says_why_its_figures_are_blank(client):
    data, rows = _rows(client)
    assert set(rows) == {CUT, OLD, WHOLE, PROSE}, sorted(rows)
    cut = rows[CUT]
    assert cut["values"]["requests_new"] is None and cut["checks"]["missing_parts"] == []
    causes = {c["cause"]: c for c in cut["blank_causes"]}
    assert causes["cut_off"]["parts"] == [3, 4] and "requests_new" in causes["cut_off"]["columns"]
    assert cut["blank_reason"].startswith("文本不完整（第三、四部分）")
    assert rows[OLD]["blank_reason"] == "2019 年前的报告"
    prose = rows[PROSE]
    assert prose["values"]["requests_new"] == 12 and "requests_new" not in str(prose["blank_causes"])
    # Parts there, no table read in them; its prose says no review or lawsuit came, so their rates are over 0
    # (review 37 #1: told as not read, and by the range as not given).
    assert prose["blank_reason"] == "表格未读出（第二、三、四部分）；分母为 0"
    zero = next(c for c in prose["blank_causes"] if c["cause"] == "zero_base")["columns"]
    assert sorted(zero) == ["rate_litigation_corrected", "rate_reconsideration_corrected"]
    # A whole 2021 report: no 政府集中采购 row in its template, no rate over no reviews.
    assert rows[WHOLE]["blank_reason"] == "模板无此项；分母为 0"


def test_the_page_shows_the_reason_under_the_name_with_its_meaning(client):
    page = client.get("/stats", query_string={"q": "戊泽县"}).get_data(as_text=True)
    assert '<span class="blank-reason" title="文本不完整：所读文本在报告结束前中断' in page
    assert "缺数：2019 年前的报告" in page
    assert "dictionary=1" in page


def test_the_csv_has_a_reason_column_a_counts_row_and_quotes(client):
    body = client.get("/api/export", query_string={"what": "stats", "format": "csv", "q": "戊泽县"}).get_data(as_text=True)
    table = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    header = table[0]
    assert len({len(r) for r in table}) == 1  # every row as wide as the header: one header row, nothing else
    reason, new, quotes = header.index("缺数原因"), header.index("本年新收申请"), header.index("文字所述数字的报告原文")
    by_name = {r[1]: r for r in table[1:]}
    assert by_name[OLD][reason] == "2019 年前的报告"
    assert "全年收到政府信息公开申请12件" in by_name[PROSE][quotes] and by_name[PROSE][new] == "12"
    counts = by_name["有数据的报告（份）"]
    assert counts[new] == "3" and by_name[CUT][new] == ""  # 8 (prose), 1, 12; the cut report's is unknown


def test_the_json_quotes_a_prose_figure(client):
    _, rows = _rows(client)
    assert "全年收到政府信息公开申请12件" in rows[PROSE]["quotes"]["requests_new"]
    assert "受理政府信息公开申请8件" in rows[OLD]["quotes"]["requests_new"]


def test_the_dictionary_names_every_column_of_the_csv_and_is_its_own_file(client):
    response = client.get("/api/export", query_string={"what": "stats", "format": "csv", "dictionary": 1})
    assert response.status_code == 200 and "nianbao-stats-columns.csv" in response.headers["Content-Disposition"]
    entries = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    described = {r[0]: r for r in entries[1:]}
    stats = client.get("/api/export", query_string={"what": "stats", "format": "csv", "q": "戊泽县"}).get_data(as_text=True)
    header = next(csv.reader(io.StringIO(stats.lstrip("\ufeff"))))
    assert set(header) - {"报告链接"} <= set(described) | {"报告链接"}, set(header) - set(described)
    rate = described["复议纠错率（%）"]
    assert rate[1] == "rate_reconsideration_corrected" and rate[3] == "%" and rate[4] == "第四部分" and "÷" in rate[6]
    assert described["本年新收申请"][5].startswith("第三部分 一、本年新收") and described["本年新收申请"][3] == "件"
    json_columns = client.get("/api/stats", query_string={"q": "戊泽县"}).get_json()["columns"]
    assert [c["key"] for c in json_columns] == [c.key for c in COLUMNS]
    assert all({"unit", "part", "template_row", "formula", "header"} <= c.keys() for c in json_columns)
