"""Part-三 rows that lost their labels, placed by the template's order of rows.

PDF converters often pull a wrapped row label out of its row: the label lands as loose lines
elsewhere and the row keeps only its seven numbers ('| 0 | 0 | 0 | 0 | 0 | 0 | 0 |'), or keeps a
fragment that names no row ('行政机关不再处理其政府信息公 | 40 | …'). Such a row cannot be read by
its words. It can be read by its place: between two rows read by their labels, the template's
rows that are still unread in between are exactly the ones these numbers belong to, in that
order, when there are as many of them as rows. Anything less certain stays unread:

- a run of such rows counts only when a row read by its label stands on either side of it;
- the number of rows must equal the number of unread template rows between those two, in the
  2021 order (（六） in three rows) or the 2019 order (（六） as one row), and exactly one answer
  must come out of the two;
- a row whose labels name several rows may only take one of them, and a row whose label names no
  row may only take a row whose template label contains that fragment;
- a line with a single short number among them (a page number, a footnote mark) is no row of a
  seven-column table and is skipped; any other row that is not seven cells stops the placing.
"""
from __future__ import annotations

from dataclasses import dataclass

from indexer.near_labels import letters
from search.vocabulary import ROW_LABELS

_HEAD = ("requests_new", "requests_carried_over", "outcome_disclosed", "outcome_partly_disclosed",
         "outcome_refused_state_secret", "outcome_refused_prohibited", "outcome_refused_security",
         "outcome_refused_third_party", "outcome_refused_internal", "outcome_refused_process",
         "outcome_refused_enforcement", "outcome_refused_query", "outcome_unavailable_not_held",
         "outcome_unavailable_need_creation", "outcome_unavailable_unclear", "outcome_not_processed_complaint",
         "outcome_not_processed_repeated", "outcome_not_processed_publication", "outcome_not_processed_mass",
         "outcome_not_processed_confirmation")
_TAIL = ("requests_total", "requests_carried_forward")
# The template's rows from top to bottom, in the two ways （六）其他处理 is laid out.
ORDERS = (_HEAD + ("outcome_other_no_correction", "outcome_other_unpaid_fee", "outcome_other_other") + _TAIL,
          _HEAD + ("outcome_other_total",) + _TAIL)


@dataclass
class Loose:
    """A part-三 row with numbers that its labels could not place.

    ``keys``: the rows its labels name (several), or () when they name none; ``label``: its own
    label text ('' for bare numbers); ``shape``: 'row' (seven cells, or cells run together),
    'lone' (a single short number) or 'other' (any other count of cells)."""

    row: list[str]
    start: int
    rightmost: int | None
    grid: bool
    keys: tuple[str, ...]
    label: str
    shape: str
    warning: str | None = None


def _fits(loose: Loose, key: str) -> bool:
    if loose.keys:
        return key in loose.keys
    if loose.label:
        return letters(loose.label) in letters(ROW_LABELS[key])
    return True


def place(events: list[tuple[str, object]], seen: set[str]) -> list[tuple[Loose, str]]:
    """(row, key) for each loose row that the order places. ``events``: part 三 in reading order,
    ('key', key) for a row its labels placed, ('loose', Loose) for one they did not."""
    placed: list[tuple[Loose, str]] = []
    anchors = [i for i, (kind, _) in enumerate(events) if kind == "key"]
    for left, right in zip(anchors, anchors[1:]):
        run = [item for kind, item in events[left + 1:right] if kind == "loose"]
        if not run or any(item.shape == "other" for item in run):
            continue
        rows = [item for item in run if item.shape == "row"]
        answers = set()
        for order in ORDERS:
            first, last = events[left][1], events[right][1]
            if first in order and last in order and order.index(first) < order.index(last):
                answers.add(tuple(k for k in order[order.index(first) + 1:order.index(last)] if k not in seen))
        answers = {keys for keys in answers if len(keys) == len(rows)}
        if len(answers) != 1:
            continue
        keys = answers.pop()
        if all(_fits(item, key) for item, key in zip(rows, keys)):
            placed += list(zip(rows, keys))
    return placed
