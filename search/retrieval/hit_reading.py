"""The hits of a page: each ranked report's shown part read from the stored fields, its snippet, its figure.

``run_search`` ranks; a ``HitReader`` reads the hits of the ranked documents it is given, a page's ten at once or an
export's thousands in steps as the file is written (search/output/export.py), the same hit either way.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from markupsafe import Markup

from search.figures.records import record_store
from search.folding import traditional_to_simplified
from search.retrieval.figure_answers import figure_lines, prose_evidence, quote_opening
from search.retrieval.figures_asked import FigureAsked
from search.retrieval.params import SearchParams
from search.retrieval.query import ParsedQuery
from search.retrieval.selection import report_codes
from search.retrieval.shown_parts import shown_parts
from search.retrieval.snippets import make_snippet
from search.retrieval.where import place_label, place_of
from search.vocabulary import SECTION_NAMES, part_heading, shown_name, year_title


@dataclass
class Hit:
    """One matching section (in grouped mode: the best section of its report)."""

    report_id: str
    agency: str
    year: int | None
    section: int
    section_title: str
    title: str
    snippet: Markup
    source: str
    score: float | None = None  # relevance score; None when sorted by another key
    more_sections: int = 0  # other matching sections of the same report (grouped mode)
    agency_id: str = ""  # the issuing body's id (docs/agencies.md)
    where: str = ""  # the body's place when its name does not say it (where.place_label), else ''
    place: str = ""  # the body's place whatever its name says (where.place_of): the export's 机构所在地
    level: str = ""  # the index's level code (province, city, county …), '' when unread
    province: str = ""  # the report's province, '' when unread
    figure: str = ""  # the figure the query asks about, as the index holds it for this report (figure_answers)
    figure_value: float | None = None  # that figure as a number; None when the report gives none (or none is asked)
    figure_quote: str = ""  # the sentence it was read from, when no table gives it and the snippet does not show it
    figure_quote_section: int | None = None
    cut_off: bool = False  # the report's text stops before its end (quality flag cut_off): the hit says so

    @property
    def name(self) -> str:
        """The issuer as the title shows it (simplified script; 未知机构 when the report names none)."""
        return shown_name(self.agency)

    @property
    def part_label(self) -> str:
        """The part's heading as the label shows it, simplified beside the title; snippet, page and API keep it as written."""
        return self.section_title.translate(traditional_to_simplified())

    @property
    def year_title(self) -> str:
        """The rest of the title after the name (and its place): '2020 年度报告', '年份不明的年度报告'."""
        return year_title(self.year)


@dataclass
class HitReader:
    """What reading a ranked document's hit needs of its search (``run_search``)."""

    searcher: object
    params: SearchParams
    parsed: ParsedQuery
    mask: np.ndarray
    scores: np.ndarray
    per_report: np.ndarray
    shown: FigureAsked | None  # the figure the query or a range asks, shown on each hit
    marked: bool = True  # the terms in <mark> (a page), or not (a file's plain text)

    def read(self, ranked_docs: list[int]) -> list[Hit]:
        """The hits of ``ranked_docs`` in their order, each by the part it shows (shown_parts)."""
        searcher, params, parsed = self.searcher, self.params, self.parsed
        codes = report_codes(searcher)
        terms, parts = parsed.highlight_terms(), parsed.part_terms()
        hits = []
        kept: dict[int, dict] = {}  # a shown part's fields, read once (whoosh decompresses them each time)

        def fields(docnum: int) -> dict:
            if docnum not in kept:
                kept[docnum] = searcher.stored_fields(docnum)
            return kept[docnum]

        page_docs = (ranked_docs if params.flat or parsed.figure is not None or parsed.prefer_part  # a figure's table answers
                     else shown_parts(searcher, ranked_docs, self.mask, self.scores, terms, fields))
        for docnum, ranked_doc in zip(page_docs, ranked_docs):
            stored = fields(docnum)
            report_id, number = stored["report_id"], stored["section"]
            hits.append(
                Hit(
                    report_id=report_id,
                    agency=stored.get("agency", ""),
                    year=stored.get("year"),
                    section=number,
                    section_title=stored.get("section_title") or SECTION_NAMES.get(number) or part_heading(number),
                    title=stored.get("title", ""),
                    snippet=make_snippet(stored.get("body", ""), terms, parts,
                                         figures=lambda report_id=report_id: figures_of(searcher, report_id),
                                         marked=self.marked),
                    source=stored.get("source", ""),
                    score=float(self.scores[ranked_doc]) if params.sort == "relevance" else None,
                    more_sections=0 if params.flat else int(self.per_report[codes[docnum]]) - 1,
                    agency_id=stored.get("agency_id", ""),
                    where=place_label(stored.get("agency", ""), stored.get("agency_place", ""),
                                      stored.get("province"), stored.get("city"), stored.get("level")),
                    place=place_of(stored.get("agency_place", ""), stored.get("province"), stored.get("city"),
                                   stored.get("level")),
                    level=stored.get("level") or "",
                    province="" if stored.get("province") in (None, "unknown") else stored["province"],
                    cut_off="cut_off" in (stored.get("quality") or "").split())
            )
        hit_codes = [int(codes[d]) for d in page_docs]
        for hit, (line, number) in zip(hits, figure_lines(searcher, self.shown, hit_codes)):
            hit.figure, hit.figure_value = line, number
        for hit, evidence in zip(hits, prose_evidence(searcher, self.shown, hit_codes, [h.report_id for h in hits])):
            if evidence is not None and quote_opening(evidence.quote) not in quote_opening(hit.snippet.striptags(), None):
                hit.figure_quote = evidence.quote
                hit.figure_quote_section = evidence.section
        return hits


def figures_of(searcher, report_id: str) -> dict | None:
    """A report's parsed figures, for a snippet that says a table's figures in words (``snippets.make_snippet``)."""
    record = record_store(searcher).record(report_id)
    return record.figures if record is not None else None
