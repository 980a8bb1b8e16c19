"""The figure a query asks about, per report: what ranks the reports and what each hit shows.

From the index's figure columns where it has one, else from the stored report (once per generation);
a figure no table holds from the prose (the information-processing fees charged, the items disclosed
of a body's own accord), and where a table is cut or absent, what its prose states (全年受理政府信息公开
申请8件, 因政府信息公开申请引发行政复议2件, 不予公开3件, 全年未收到政府信息公开申请: the claims of
search/figures/claims.py, read when the report is indexed).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from search.figures.claims import CLAIMS_OF_NONE, MAX_QUOTE, prose_paragraphs
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


PROSE_FEES = "processing_fees"
# Fees charged, amount not stated (收取信息处理费2笔). Ranked by 最多 as value + 1 + at most 0.5 of
# the words' score (signals._by_figure), so it must stand at least 0.5 above 0 元 to rank above it,
# and below 1 元, the least amount written.
CHARGED_NO_AMOUNT = 0.5
# The fee's full name since its 2020 rules is 政府信息公开信息处理费 (收取政府信息公开信息处理费2650元).
# Before 2021 the reports wrote the fees as 收取费用0元 or 收取政府信息公开相关费用.
_FEES_CHARGED = re.compile(r"收取(?:了)?(?:(?:政府信息公开)?(?:政府)?信息(?:公开)?处理费|(?:政府信息公开)?(?:相关)?费用)"
                           r"[^，。；\d]{0,8}?(\d[\d,.]*)\s*(万元|元|件|笔)")
# The amount a count of charges goes on to give, in the same sentence (2笔，共计300元).
_AMOUNT_AFTER = re.compile(r"^[^。；]*?(?:共计|合计|共|金额|计)[^。；\d]{0,4}(\d[\d,.]*)\s*(万元|元)")
# None charged, as the 2021 rules word it (未收取信息处理费) and as the 2008 template's part 收费及减免情况 was answered:
# to whom it was not charged between (未向公民、法人和其他组织收取任何费用), or the part itself said empty
# (无政府信息公开的收费及减免情况).
_NO_FEES = re.compile(r"(?:未|没有|无|不|免于)(?:(?:向|对)[^，。；]{0,16}?)?(?:收取|产生|发生|发出)[^，。；]{0,12}"
                      r"(?:处理费|费用|收费)|免费提供|(?:没有|无)(?:政府信息公开的?)?收费(?:及|和|与)减免")


def _yuan(number: str, unit: str) -> float:
    value = float(number.replace(",", "").rstrip(".") or 0)
    return round(value * 10000, 2) if unit == "万元" else value  # 0.07万元 is 700 元, not 700.0000000000001


def _sentence(paragraph: str, start: int, end: int) -> str:
    """The sentence of ``paragraph`` holding the span start–end, for a reader to check a figure by."""
    left = max(paragraph.rfind(mark, 0, start) for mark in "。；\n") + 1
    stops = [i for i in (paragraph.find(mark, end) for mark in "。；\n") if i >= 0]
    right = min(stops) + 1 if stops else len(paragraph)
    if right - left <= MAX_QUOTE:
        return paragraph[left:right].strip()
    # A long sentence is cut around the figure, not before it (巴州's 120 characters of preamble).
    begin = max(left, min(start, end + 20 - MAX_QUOTE))
    return ("…" if begin > left else "") + paragraph[begin:begin + MAX_QUOTE].strip() + "…"


def _larger(kept: tuple | None, value: float, said: tuple[int, str]) -> tuple:
    """The larger of the amount kept so far and this one, each with where it is said."""
    return (value, said) if kept is None or value > kept[0] else kept


def fee_statement(payload: dict) -> tuple[float, int, str] | None:
    """The information-processing fees a report's prose says it charged (2021 template, part 六), in
    元, with the part and the sentence saying so: the largest amount it gives, 0 when it says none
    were charged, None when silent. A count of charges (收取信息处理费2笔) says fees were charged but
    not how much: ranked in 元 beside amounts it would stand for 2 元, so unless the sentence goes on
    to the amount (2笔，共计300元) it is CHARGED_NO_AMOUNT."""
    amount = charged = None
    for number, written, paragraph in prose_paragraphs(payload):
        for match in _FEES_CHARGED.finditer(paragraph):
            said = (number, _sentence(written, match.start(), match.end()))
            if match.group(2) in ("件", "笔"):
                after = _AMOUNT_AFTER.match(paragraph[match.end():])
                if after:
                    amount = _larger(amount, _yuan(*after.groups()), said)
                elif _yuan(match.group(1), "元") > 0:
                    charged = (CHARGED_NO_AMOUNT, said)
                else:
                    charged = charged or (0.0, said)
            else:
                amount = _larger(amount, _yuan(*match.groups()), said)
        none = _NO_FEES.search(paragraph)
        if amount is None and charged is None and none:
            amount = (0.0, (number, _sentence(written, none.start(), none.end())))
    found = amount if amount is not None else charged
    if found is None:
        return None
    value, (section, sentence) = found
    return value, section, sentence



PROSE_ITEMS = "proactive_items"
# How the reports state what they disclosed of their own accord, in part 一 or 二 (no table of
# the 2019 template counts it): 主动公开政府信息8462条, 累计公开各类信息7.3万余条, 通过门户网站公开
# 政府信息3682条, 共发布各类政府信息13528条. The largest number so stated is the year's total (the
# others are its parts: 其中政策文件12条).
_ITEMS = re.compile(r"(?:公开|发布)[^，。；、\d]{0,12}?信息[^，。；、\d]{0,6}?(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*(?:余|多)?\s*条")


# A count since an earlier date (《条例》颁布实施以来，累计…; 自2008年以来; 网站开通至今; 历年累计) is larger than any year's and
# no year's: the largest number was read as the year's (a city's count since 2008 over its year's). Since the
# start of the report's own year (今年以来, 2021年以来 in a report on 2021) is the year.
_SINCE = re.compile(r"以来|至今|迄今|历年")


def _since_earlier(paragraph: str, start: int, after: int, year: object) -> bool:
    """Whether the sentence of ``paragraph`` before ``start`` (from ``after``, the end of the count stated before it)
    counts from before the report's year."""
    left = max(max(paragraph.rfind(mark, 0, start) for mark in "。；;\n") + 1, after)
    own = rf"|{year}年(?:度|初)?" if str(year).isdigit() else ""
    return _SINCE.search(re.sub(rf"(?:今年|本年度?|年初{own})以来", "", paragraph[left:start])) is not None


def items_statement(payload: dict) -> tuple[float, int, str] | None:
    """The number of items of information a report's prose says it disclosed proactively (the
    largest so stated, a count since an earlier date left out), with the part and the sentence saying
    so; None when it states none."""
    found = None
    year = payload.get("year")
    for number, written, paragraph in prose_paragraphs(payload):
        after = 0
        for match in _ITEMS.finditer(paragraph):
            since, after = _since_earlier(paragraph, match.start(), after, year), match.end()
            if since:
                continue
            value = float(match.group(1).replace(",", "")) * (10000 if match.group(2) else 1)
            if found is None or value > found[0]:
                found = (value, number, _sentence(written, match.start(), match.end()))
    return found



def prose_statement(searcher, key: str, report_id: str) -> tuple[float, int, str] | None:
    """What a report's prose states of a figure no table holds (PROSE_FEES, PROSE_ITEMS): the value, the
    part and the sentence (``fee_statement``, ``items_statement``), read once per generation: the hit
    shows the sentence its rank was read from, and an export shows it for thousands of hits."""
    cache = searcher.cache.get("figures_asked", dict)
    found = cache.get(("statement", key, report_id), False)
    if found is False:
        read = fee_statement if key == PROSE_FEES else items_statement
        found = cache[("statement", key, report_id)] = read(record_store(searcher).payload(report_id) or {})
    return found


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
