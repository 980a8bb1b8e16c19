"""One named body followed over its years: 海盐县民政局 历年年报, 财政部 每年的信息公开年报.

A citizen or journalist who types a series word (历年, 每一年, 各年度: ``data/series_words.tsv``)
beside a named body wants that body's reports, every year of them, not the reports whose text says
历年 or 每年. ``take_series`` takes the words out of the text (they require nothing) and, when a
word of the query names one body (a place and a function, 海盐县民政局, or a central body, 财政部),
records it in ``ParsedQuery.series``; the search then puts that body's own reports first, newest
first (``series_first``), keeping a typed year range ahead within them, and the page says so and
links the body's agency page when the name resolves to one body (``series_bodies``). Without a
named body the words are dropped and change nothing: 民政局 历年 names a kind of body, not one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from search import agency_names as names
from search.retrieval.issuers import RELATED_WEIGHT, _function_concept, concept_of
from search.retrieval.clauses import take_out
from search.retrieval.query import ParsedQuery, query_words

SERIES_WORDS = Path(__file__).resolve().parent.parent / "data" / "series_words.tsv"
MAX_BODIES = 4  # more bodies than this for one name is a kind, not one body followed over time


@dataclass(frozen=True)
class SeriesAsked:
    """The body a series query follows: the word as typed, its place (unit codes) and functions."""

    word: str  # 海盐县民政局, 财政部
    said: str  # the series word as typed: 历年
    codes: tuple[str, ...]  # division codes of the place named ('' for a central body)
    units: tuple[str, ...]  # township / street names below the code, when the place is one
    functions: tuple[str, ...]  # the body's function and its renames (民政局, 民政和社会保障局)
    central: bool = False


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = [ln.strip() for ln in SERIES_WORDS.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return re.compile("(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")的?")


def _body(word: str, parsed: ParsedQuery) -> SeriesAsked | None:
    """The one body a word names: a central body (财政部), or a place with a function (海盐县民政局)."""
    concept = concept_of(word)
    if concept is not None and concept.central and concept.functions:
        return SeriesAsked(word, "", ("",), (), (concept.functions[0][0],), central=True)
    place, function = names.split_name(names.clean(word).text or word)
    if not place or not function:
        return None
    from search.retrieval.places import full_name_units, short_form_units

    hinted = [u for h in parsed.place_hints if h.word == place for u in h.units]
    units = hinted or list(full_name_units(place) or short_form_units(place, False))
    if not units and place.endswith(("镇", "乡", "街道")):
        # A township is in no divisions list: its name below any code (七里坪镇人民政府).
        family = _function_concept(word, function).functions
        return SeriesAsked(word, "", (), (place,), tuple(f for f, w in family if w >= RELATED_WEIGHT))
    if not units or len(units) > MAX_BODIES:
        return None
    family = _function_concept(word, function).functions
    kept = tuple(f for f, w in family if w >= RELATED_WEIGHT)
    local = tuple(u.name for u in units if u.kind in ("township", "street"))
    return SeriesAsked(word, "", tuple(dict.fromkeys(u.code for u in units)), local, kept)


def take_series(parsed: ParsedQuery) -> None:
    """Take the series words out of the unquoted words (in place) and record the body they follow."""
    said, kept = take_out(parsed.must, _pattern())
    if not said:
        return
    parsed.must = kept
    for clause in kept:
        if clause.phrase or len(clause.alternatives) != 1:
            continue
        for word in _spans(query_words(clause.alternatives[0])):
            body = _body(word, parsed)
            if body is not None:
                parsed.series = SeriesAsked(body.word, said[0], body.codes, body.units, body.functions, body.central)
                return


def _spans(words: list[str]) -> list[str]:
    """Runs of up to three words, longest first: jieba cuts 海盐县民政局 into 海盐县 | 民政局."""
    return [w for size in (3, 2, 1) for i in range(len(words) - size + 1)
            for w in ["".join(words[i:i + size]).replace(" ", "")]]


def _fits(agency, series: SeriesAsked) -> bool:
    if agency.kind not in series.functions:
        return False
    if series.central:
        return agency.central
    if not series.codes:  # a township named alone: by its name, wherever it is
        return agency.resolved and agency.unit in series.units
    if not agency.resolved or agency.central or agency.code not in series.codes:
        return False
    # 海盐县民政局 is the county's own bureau, not a township's office below the code.
    return agency.unit in series.units if series.units else agency.unit is None


def series_bodies(searcher, series: SeriesAsked) -> list:
    """The bodies (search.agencies.directory.Agency) whose reports the series follows."""
    from search.agencies.directory import directory

    def find():
        return [a for a in directory(searcher).agencies.values() if _fits(a, series)]

    found = searcher.cache.get(f"series:{series.codes}{series.units}{series.functions}{series.central}", find)
    return found if len(found) <= MAX_BODIES else []


def series_first(searcher, parsed: ParsedQuery, mask: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Scores that put the followed body's matching reports before every other, newest first (a
    typed year range first among them), the words deciding within a year."""
    from search.retrieval.arrays import arrays_for
    from search.retrieval.signals import first_of

    bodies = series_bodies(searcher, parsed.series)
    if not bodies:
        return scores
    arrays = arrays_for(searcher)
    reports = arrays.codes(searcher, "report_id")
    ids = {r.report_id for a in bodies for r in a.reports}
    own = np.array([v in ids for v in reports.values], dtype=bool)[reports.codes] & mask
    if not own.any():
        return scores
    column = arrays.codes(searcher, "year")
    years = np.array([v if isinstance(v, int) and 0 < v < 10_000 else 0 for v in column.values])[column.codes]
    top = scores[mask].max(initial=0.0) + 1.0
    # A year's step outweighs any difference of words, so the body's reports read as a run of years.
    ranked = np.where(own, scores + top * (years - years[own].min() + 1), scores)
    if parsed.year_hints:
        ranked = first_of(mask, ranked, own & np.isin(years, parsed.year_hints))
    return first_of(mask, ranked, own)


def series_note(searcher, parsed: ParsedQuery) -> str | None:
    """How the series words were read, for the page."""
    if parsed.series is None:
        return None
    bodies = series_bodies(searcher, parsed.series)
    if not bodies:
        return f"“{parsed.series.said}”按同一机关的各年度报告理解，但索引中找不到“{parsed.series.word}”本身的报告。"
    years = sorted({y for a in bodies for y in a.years})
    span = f"（{years[0]}–{years[-1]} 年）" if len(years) > 1 else f"（{years[0]} 年）" if years else ""
    return f"“{parsed.series.said}”按同一机关的各年度报告理解：{parsed.series.word}本身的报告{span}按年份从新到旧排在前面。"
