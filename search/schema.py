"""The Whoosh schema, defined once: index documents use exactly these field names.

Each report is stored as one ``kind=report`` document (its whole parsed JSON, for the report
page) plus one ``kind=section`` document per template part, which is what searches match.
"""
from __future__ import annotations

import hashlib
import os

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.scoring import BM25F

from search.analysis import bigram_analyzer, jieba_analyzer
from search.vocabulary import part_numeral

# Query-time weights: a match in a heading or the agency counts more than one in the body.
FIELD_BOOSTS = {"title": 2.0, "agency": 3.0, "place": 1.5, "section_title": 3.0, "body": 1.0}
GRAM_BOOST = 0.4
# BM25F with little length normalisation in the long fields (Whoosh's default is B=0.75): a
# section is long because it holds a table or says more of its subject, not because it rambles,
# and the part that answers 行政处罚 or 依申请公开 at length should not lose to a short one that
# names it once (a part of two lines, an opening cut short). 0.5 until round 34b, which read the
# relevant reports ranked below unrelated short parts (docs/relevance.md, round 34b).
WEIGHTING = BM25F(B=0.75, K1=1.2, body_B=0.15, grams_B=0.15)

# Table figures indexed as numbers (field ``fig_<key>``), for range filters and sorting; the
# rest of the figures stay in the stored report payload. Counts only: amounts are not filtered.
RANGE_FIGURES = (
    "requests_new", "requests_carried_over", "requests_total", "requests_carried_forward",
    "outcome_disclosed", "outcome_partly_disclosed", "reconsideration_total", "litigation_total",
)
# Of those, the figures a report's prose may state where no table of it gives them (search/figures/text_figures.py):
# indexed apart as ``said_<key>``, so that a range counts them as the statistics do while ``fig_`` stays the tables'.
TEXT_RANGE_FIGURES = ("requests_new", "requests_carried_forward", "reconsideration_total", "litigation_total")
# Values of the ``quality`` field: what the checks found, one or more per report.
QUALITY_FLAGS = {
    "balance_ok": "申请数量平衡",
    "balance_mismatch": "表格数据不平衡",
    "balance_incomplete": "申请数据不全",
    "sums_failed": "分项合计不符",
    **{f"missing_{n}": f"缺少第{part_numeral(n)}部分" for n in range(1, 7)},
    # The text stops before the report's end (a page cut short): the parts after it are not
    # missing from the report, only from the copy read, so they are not flagged missing_n.
    "cut_off": "文本不完整",
}


# Numbers are indexed as one term each (shift_step=0): Whoosh's default writes 8 to 16 prefix
# terms per value to speed up wide ranges, which cost a fifth of all postings here; our range
# filters are evaluated once per index generation and cached (search/matching.py).


def content_id(source: bytes | str | os.PathLike) -> str:
    """A report's id: the first 16 hex digits of the SHA-256 of its file's bytes (given, or read
    from a path), so the same file keeps its id and its links across builds."""
    digest = hashlib.sha256()
    if isinstance(source, bytes):
        digest.update(source)
    else:
        with open(source, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()[:16]


# Text fields keep term frequencies in Whoosh's postings and their positions only in the
# postings store beside each segment (search/postings.py), where phrases are checked: Whoosh's
# own positions (a pickle per posting) were never read, and cost half the build.
POSITIONS_IN_STORE = ("title", "agency", "section_title", "place", "body", "grams")


def make_schema() -> Schema:
    """A fresh schema object (Whoosh schemas are mutable; never share one)."""
    words = jieba_analyzer()
    # Facet fields are sortable, so that counts come from column readers, not stored fields.
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        report_id=ID(stored=True, sortable=True),
        source=STORED(),
        title=TEXT(analyzer=words, stored=True, phrase=False),
        agency=TEXT(analyzer=words, stored=True, phrase=False),
        agency_facet=ID(stored=True, sortable=True),
        # One id per issuing body across spellings, years and reforms (docs/agencies.md), and the
        # province/city/county names of its place: the agency facet, pages and feeds key on them.
        agency_id=ID(stored=True, sortable=True),
        agency_place=ID(stored=True, sortable=True),
        year=NUMERIC(int, stored=True, sortable=True, signed=False, shift_step=0),
        section=NUMERIC(int, stored=True, sortable=True, signed=False, shift_step=0),
        section_title=TEXT(analyzer=words, stored=True, phrase=False),
        level=ID(stored=True, sortable=True),
        province=ID(stored=True, sortable=True),
        city=ID(stored=True, sortable=True),  # drill-down under province
        place=TEXT(analyzer=words, phrase=False),  # province, city and county names: 中卫 finds 沙坡头区's reports
        body=TEXT(analyzer=words, stored=True, phrase=False),
        grams=TEXT(analyzer=bigram_analyzer(), phrase=False),
        quality=KEYWORD(stored=True),  # space-separated QUALITY_FLAGS keys
        payload=STORED(),
        **{f"fig_{key}": NUMERIC(int, bits=64, stored=True, sortable=True, shift_step=0) for key in RANGE_FIGURES},
        **{f"said_{key}": NUMERIC(int, bits=64, sortable=True, shift_step=0) for key in TEXT_RANGE_FIGURES},
        # the least the table's own items prove where they exceed its total (search/figures/table_floor.py)
        **{f"floor_{key}": NUMERIC(int, bits=64, shift_step=0) for key in RANGE_FIGURES},
    )
