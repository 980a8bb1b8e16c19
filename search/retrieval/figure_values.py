"""The figure a query asks about, per report: what ranks the reports and what each hit shows.

From the index's figure columns where it has one, else from the stored report (once per generation);
a figure no table holds from the prose (the information-processing fees charged, the items disclosed
of a body's own accord), and where a table is cut or absent, what its prose states (全年受理政府信息公开
申请8件, 因政府信息公开申请引发行政复议2件, 不予公开3件, 全年未收到政府信息公开申请: the claims of
search/figures/claims.py, read when the report is indexed).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from search.figures.claims import CLAIMS_OF_NONE
from search.figures.prose_statements import PROSE_FEES, PROSE_ITEMS
from search.figures.columns import COLUMN_BY_KEY, SUMMED
from search.figures.records import record_store
from search.retrieval.arrays import arrays_for
from search.figures.text_figures import TEXT_COLUMNS, stated_in_text
from search.schema import RANGE_FIGURES, TEXT_RANGE_FIGURES
from search.vocabulary import APPLICANT_CELLS

if TYPE_CHECKING:  # the query's module reads figures too: imported for the annotation only
    from search.retrieval.query import ParsedQuery

READ_CLAIMS = 500  # reports whose prose is read for "none came" (the best-scored first)


def figure_values(searcher, key: str, codes: np.ndarray, prose: bool = True) -> np.ndarray:
    """The figure per report code for the codes given (NaN where the report does not state it): its
    table's, else (unless ``prose`` is False) what its prose states (``_fill_from_prose``: 0 where it says none came)."""
    if key in SUMMED:  # each part from its own table or prose; unknown when any part is
        return sum(figure_values(searcher, part, codes, prose) for part in SUMMED[key])
    arrays = arrays_for(searcher)
    reports = arrays.codes(searcher, "report_id")
    count = len(reports.values)
    out = np.full(count, np.nan)
    if key in RANGE_FIGURES:
        column = arrays.codes(searcher, f"fig_{key}")
        values = np.array([np.nan if v is None else float(v) for v in column.values])
        out[reports.codes] = values[column.codes]
        if prose:
            _fill_from_prose(searcher, key, codes, out)
        return out
    cache = searcher.cache.get("figures_asked", dict)
    store = record_store(searcher)
    for code in codes.tolist():
        report_id = reports.values[code]
        found = cache.get((key, report_id), False)
        if found is False:
            if key in (PROSE_FEES, PROSE_ITEMS):
                statement = prose_statement(searcher, key, report_id)
                found = statement[0] if statement else None
            else:
                found = _table_value(store, key, report_id)
            cache[(key, report_id)] = found
        out[code] = np.nan if found is None else float(found)
    if prose and key not in (PROSE_FEES, PROSE_ITEMS):
        _fill_from_prose(searcher, key, codes, out)
    return out


def _table_value(store, key: str, report_id: str) -> float | None:
    """A report's figure ``key`` as its tables give it: from its record (the digest the build wrote, read when the
    index is opened) unless the digest leaves the figure out (the per-applicant cells); decoding every stored
    report instead cost a figure's first question 10-15 s at 10,000 reports, in each server process."""
    column = COLUMN_BY_KEY.get(key)
    if key not in APPLICANT_CELLS:
        record = store.record(report_id)
        if record is None:
            return None
        return record.values.get(key) if column is not None else record.figures.get(key)
    figures = (store.payload(report_id) or {}).get("figures") or {}
    return column.value(figures) if column is not None else figures.get(key)


def from_prose(searcher, key: str, codes: np.ndarray) -> np.ndarray:
    """Per report code: whether the figure ``figure_values`` gives for it is its prose's (no table
    gives it), for the codes given."""
    if key in (PROSE_FEES, PROSE_ITEMS):  # no table holds these: every one is the prose's, and the note says so
        return np.zeros(len(arrays_for(searcher).codes(searcher, "report_id").values), dtype=bool)
    return np.isnan(figure_values(searcher, key, codes, prose=False)) & ~np.isnan(figure_values(searcher, key, codes))


def _fill_from_prose(searcher, key: str, codes: np.ndarray, out: np.ndarray) -> None:
    """Where ``out`` has no value for one of ``codes``, what its prose states (in place), by the one rule the
    statistics count by (search/figures/text_figures.py: the largest count stated, else 0 where it says none came):
    a table's figure wins, since a page cut before its tables or a table in an image leaves the prose as the only
    statement of it. A ranged figure's is the index's ``said_`` column, for every report; another's is read from the
    first READ_CLAIMS stored reports. (Review 32: a report saying 未收到申请 was 0 in /stats but blank in the hit, the
    CSV and sort=figure, which read the counts alone.)"""
    arrays = arrays_for(searcher)
    reports = arrays.codes(searcher, "report_id")
    if key in TEXT_RANGE_FIGURES and f"said_{key}" in searcher.schema.names():
        column = arrays.codes(searcher, f"said_{key}")
        said = np.array([np.nan if v is None else float(v) for v in column.values])[column.codes]
        stated = np.full(len(reports.values), np.nan)
        stated[reports.codes] = said
        unknown = codes[np.isnan(out[codes])]
        out[unknown] = stated[unknown]
        return
    cache = searcher.cache.get("figures_asked", dict)
    store = record_store(searcher)
    unknown = [c for c in codes.tolist() if np.isnan(out[c])][:READ_CLAIMS]
    for code in unknown:
        report_id = reports.values[code]
        found = cache.get(("prose", key, report_id), False)
        if found is False:
            record = store.record(report_id)
            found = cache[("prose", key, report_id)] = _stated(record, key) if record else None
        if found is not None:
            out[code] = found


def _stated(record, key: str) -> float | None:
    """What a report's prose states of ``key`` where its tables do not, as the statistics record counts it."""
    value = record.from_text.get(key) if key in TEXT_COLUMNS else stated_in_text(record.claims, key)
    return None if value is None else float(value)




def prose_says_none(searcher, key: str, codes: np.ndarray) -> np.ndarray:
    """Per report code: whether the report's prose says none came for this figure (for the codes given)."""
    reports = arrays_for(searcher).codes(searcher, "report_id")
    out = np.zeros(len(reports.values), dtype=bool)
    claim = CLAIMS_OF_NONE.get(key)
    if claim is None:
        return out
    store = record_store(searcher)
    for code in codes.tolist()[:READ_CLAIMS]:
        record = store.record(reports.values[code])
        out[code] = bool(record and any(c.get("claim") == claim for c in record.claims))
    return out


def disputed_by_parts(searcher, key: str, codes: np.ndarray) -> np.ndarray:
    """Per report code: whether the report's own table disputes its figure ``key`` (a total its
    parts add up differently to: 行政复议 总计 0 beside results of 10 and 1), for the codes given.
    Only reports the checks flagged (``sums_failed``) are read, once per generation and figure: a
    query asking 没有… reaches every report, and a fifth of them may be flagged."""
    reports = arrays_for(searcher).codes(searcher, "report_id")
    out = np.zeros(len(reports.values), dtype=bool)
    if codes.size:
        disputed = searcher.cache.get(f"disputed:{key}", lambda: _disputed_codes(searcher, key))
        out[codes] = disputed[codes]
    return out


def _disputed_codes(searcher, key: str) -> np.ndarray:
    """Per report code of the whole index: whether its own table disputes its figure ``key``."""
    arrays = arrays_for(searcher)
    reports = arrays.codes(searcher, "report_id")
    out = np.zeros(len(reports.values), dtype=bool)
    store = record_store(searcher)
    for code in np.unique(reports.codes[arrays.postings(searcher, "quality", "sums_failed").ids]).tolist():
        record = store.record(reports.values[code])
        out[code] = bool(record and record.disputed(key))
    return out


def prose_statement(searcher, key: str, report_id: str) -> tuple[float, int, str] | None:
    """What a report's prose states of a figure no table holds (PROSE_FEES, PROSE_ITEMS): the value, the
    part and the sentence (``prose_statements.fee_statement``, ``items_statement``), as its record keeps them:
    the build reads them into the report's digest, so a question asking it of every report decodes none."""
    record = record_store(searcher).record(report_id)
    return record.statements.get(key) if record is not None else None


def answered_by_figure(searcher, parsed: ParsedQuery, labeled: list[tuple[str, object]], scope: np.ndarray,
                        codes: np.ndarray, count: int) -> np.ndarray:
    """Per report code: a report whose table gives the figure the query asks for alone above 0
    (行政复议 案件) and that holds the figure's word. It answers the query though its table writes
    no 案件: the words beside the figure only say what it counts. A question of the most (被起诉最多的)
    is answered by every report giving the figure above 0, whatever its text says: read as the range
    filter and the statistics read it, its table's else its prose's (``filters.figure_range``)."""
    from search.retrieval.filters import figure_range
    from search.retrieval.issuers import concept_of
    from search.retrieval.matching import evaluate, filter_mask
    from search.retrieval.places import place_words

    figure = parsed.figure
    nobody = np.zeros(count, dtype=bool)
    if figure is not None and figure.mode == "most" and figure.alone and figure.key in RANGE_FIGURES:
        # (a lawsuit count stated in prose, 引发行政诉讼12件, holds no 起诉: /stats and min_litigation_total=1 list it, so must the question)
        given = np.zeros(count, dtype=bool)
        given[codes[filter_mask(searcher, figure_range(searcher, figure.key, 1, None)) & scope]] = True
        return given
    # One item alone is matched as it is; only a figure the index holds as a column is read for
    # every report at once (the others are read from stored records, for the best-scored only).
    if figure is None or figure.mode != "positive" or not figure.alone or len(labeled) < 2 \
            or figure.key not in RANGE_FIGURES:
        return nobody
    own = [unit for label, unit in labeled if label == figure.word]
    # A place or an issuer beside the figure (淮安 依申请公开) is what is asked about: required.
    places = place_words(parsed)
    if not own or any(label in places or concept_of(label) is not None for label, _ in labeled if label != figure.word):
        return nobody
    holding = np.zeros(count, dtype=bool)
    holding[codes[evaluate(searcher, own[0], scope).mask & scope]] = True
    values = figure_values(searcher, figure.key, np.flatnonzero(holding))
    return holding & (np.nan_to_num(values) > 0)
