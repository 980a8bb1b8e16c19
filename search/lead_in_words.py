"""The words of each segment's lead-ins, counted when the segment is written.

A report's lead-in beside its parts (its 导言, part 0: the sentences before part 一) is searched
only by a question about the report itself (``search/retrieval/report_itself.py``), so the
vocabulary that typed words are checked against (did-you-mean, a typo's mending, a character read
as the words holding it) counts the parts' words only: the index's document counts of a word, less
the lead-ins that hold it. Read from the stored text, that took tokenising every lead-in again once
per index generation, at its first search (0.8 s at 1,000 reports, 6 s
at 10,000; docs/relevance.md, round 29). The index writer (``indexer/segments.py``) tokenises the
lead-in anyway: it notes which lead-in holds which word of ``FIELD`` and writes that beside the
segment, in ``<segment id>.nbl``, a file Whoosh deletes with its segment (as the postings store and
the digests).

Per segment: the lead-ins' segment-local document numbers and, per word, which of them hold it (a
word's lead-ins, not a count, so that a lead-in a later build deleted is left out as the search
leaves it out); and each lead-in's exact length in every scorable field, which the search takes off
the fields' totals to score as if lead-ins were not indexed (Whoosh keeps a document's length only
rounded to a byte: taken off the exact totals, those left the parts' scores a little off main's).
The indexer may import this module; it imports nothing of the indexer.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np

EXT = ".nbl"
VERSION = 2  # 2: each lead-in's exact lengths
FIELD = "body"  # the field whose words the vocabulary counts (search/retrieval/suggest.py)


@dataclass(frozen=True)
class LeadInWords:
    """One segment's lead-ins and their words: the postings of ``FIELD`` restricted to lead-ins."""

    docs: np.ndarray  # int64, segment-local document numbers of the lead-ins, ascending
    terms: list[bytes]  # every word of a lead-in, as the field encodes it
    starts: np.ndarray  # int64, len(terms) + 1: word i is held by holders[starts[i]:starts[i + 1]]
    holders: np.ndarray  # int32, indexes into ``docs``
    lengths: dict[str, np.ndarray]  # field -> int64 exact length of each lead-in (0 where none)


def gather(lead_ins: list[tuple[int, list, dict[str, int]]]) -> LeadInWords:
    """The words and lengths of a segment's lead-ins from (document number, its words, its length
    per scorable field) in document order."""
    by_term: dict = {}
    for n, (_, words, _) in enumerate(lead_ins):
        for word in words:
            by_term.setdefault(word, []).append(n)
    terms = [w.encode("utf-8") if isinstance(w, str) else w for w in by_term]
    counts = [len(v) for v in by_term.values()]
    starts = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    holders = np.fromiter((n for v in by_term.values() for n in v), dtype=np.int32, count=int(starts[-1]))
    fields = sorted({name for _, _, lengths in lead_ins for name in lengths})
    lengths = {name: np.array([own.get(name, 0) for _, _, own in lead_ins], dtype=np.int64) for name in fields}
    return LeadInWords(np.array([d for d, _, _ in lead_ins], dtype=np.int64), terms, starts, holders, lengths)


def write_lead_in_words(path: Path, words: LeadInWords) -> None:
    """Write one segment's lead-in words (a segment without lead-ins gets an empty file: read as
    'none', not as 'not counted')."""
    tmp = Path(str(path) + ".tmp")
    with open(tmp, "wb") as out:
        pickle.dump({"version": VERSION, "field": FIELD, "docs": words.docs, "terms": words.terms,
                     "starts": words.starts, "holders": words.holders, "lengths": words.lengths}, out,
                    protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def read_lead_in_words(path: Path) -> LeadInWords | None:
    """One segment's lead-in words; None when the segment has none written (or of another version
    or field): its lead-ins are then read from their stored text."""
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)  # written by our own index writer, like Whoosh's stored fields
    except (OSError, pickle.UnpicklingError, EOFError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION or data.get("field") != FIELD:
        return None
    return LeadInWords(data["docs"], data["terms"], data["starts"], data["holders"], data["lengths"])


def lead_in_counts(words: LeadInWords, counted: np.ndarray) -> dict[bytes, int]:
    """Per word, how many of the segment's lead-ins that ``counted`` marks (one flag per entry of
    ``words.docs``) hold it; words no counted lead-in holds are left out."""
    if not len(words.terms):
        return {}
    if counted.all():
        per_term = np.diff(words.starts)
    else:
        held = np.zeros(len(words.holders) + 1, dtype=np.int64)
        np.cumsum(counted[words.holders], out=held[1:])
        per_term = held[words.starts[1:]] - held[words.starts[:-1]]
    return {term: int(n) for term, n in zip(words.terms, per_term.tolist()) if n}
