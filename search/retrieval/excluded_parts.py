"""What a -word leaves out of the list by report: the parts that hold it, not the reports.

``公开 -低保`` keeps a part from matching when it holds 低保 (query_tree.part_exclusion), so a report whose part 二
holds 低保 is listed by its other parts. That is what the help page says (排除含有该词语的部分), and what the judged
set asks (征地 -拆迁: land expropriation where 拆迁 is not mentioned; most reports that take land also write 拆迁
somewhere), but a reader of the list by report sees reports holding the word he left out (QA 32). The page says so,
with how many of the listed reports hold it elsewhere.
"""
from __future__ import annotations

import numpy as np

from search.retrieval.issuers import concept_of
from search.retrieval.matching import evaluate
from search.retrieval.per_report import reports_present
from search.retrieval.query import ParsedQuery
from search.retrieval.query_tree import part_exclusion
from search.retrieval.selection import report_codes

NOTE = "“{words}”排除的是提到它的章节：下列报告中有 {n} 份在其他章节提到它（按章节显示则只列不含它的章节）。"
# A -word naming an issuer (-民政局) also drops that issuer's reports whole (query_tree.issuer_exclusion): said so.
ISSUER_NOTE = "“{words}”发布的报告已全部排除；其他报告只排除提到它的章节：下列报告中有 {n} 份在其他章节提到它。"


def excluded_parts_note(searcher, parsed: ParsedQuery, hits: np.ndarray, flat: bool) -> str | None:
    """The note for a list by report some of whose reports hold a -word in a part not listed, else None."""
    excluded = part_exclusion(parsed)
    if flat or excluded is None or not hits.any():
        return None
    codes = report_codes(searcher)
    count = int(codes.max(initial=-1)) + 1
    holding = reports_present(codes, evaluate(searcher, excluded).mask, count)
    n = int(np.count_nonzero(reports_present(codes, hits, count) & holding))
    if not n:
        return None
    said = [alt for clause in parsed.must_not for alt in clause.alternatives]
    names_issuer = any(concept_of(alt) is not None for alt in said)
    return (ISSUER_NOTE if names_issuer else NOTE).format(words="、".join(said), n=n)
