"""QA 42 F10: /compare aligns part 二 on the template's rows, the same way for 规章 and 规范性文件: a 2019 report's
本年新制作数量 stays on its own line and is never copied onto the 2021 template's 本年制发件数 (a line a report's prose
adds), while a sum no row shows (不予公开 stated whole) is the statistics column's. The figures are made up."""
from types import SimpleNamespace

from search.figures.compare_lines import figure_lines, with_text


def _report(**figures):
    return {"figures": figures}


def test_a_2019_new_count_stays_on_its_own_row_beside_a_line_the_prose_adds():
    old = _report(regulations_new=0, normative_docs_new=4, normative_docs_made=None)
    new = _report(regulations_made=2, normative_docs_made=None)
    records = [SimpleNamespace(from_text={}, claims=[]),
               SimpleNamespace(from_text={"normative_docs_made": 7}, claims=[])]
    lines = {l.key: [c.value for c in l.cells] for l in with_text(2, figure_lines(2, [old, new]), [old, new], records)}
    assert lines["normative_docs_made"] == [None, 7]
    assert lines["normative_docs_new"] == [4, None]
    assert lines["regulations_new"] == [0, None] and lines["regulations_made"] == [None, 2]


def test_a_sum_no_row_shows_is_the_column_s():
    refused = {f"outcome_refused_{k}": 1 for k in ("state_secret", "prohibited", "security", "third_party", "internal",
                                                   "process", "enforcement", "query")}
    table, cut = _report(requests_new=9, **refused), _report()
    records = [SimpleNamespace(from_text={}, claims=[]), SimpleNamespace(from_text={"outcome_refused": 3}, claims=[])]
    lines = {l.key: [c.value for c in l.cells] for l in with_text(3, figure_lines(3, [table, cut]), [table, cut], records)}
    assert lines["outcome_refused"] == [8, 3]
