"""One character typed alone as a word (税, 水, 医): what a citizen types for a whole field.

The index holds words as jieba cuts them (税务, 税收, 纳税人), so a character that is no word of any
report finds nothing, though many reports hold it inside their words. Asked only when no report
holds every word of the query (grouped.py), such a character is read as the indexed words holding
it, the commonest first (MAX_WORDS), without the words that name a place (丽水 for 水, 吉林 for 林: a
place is not a field). BM25 then weighs them: a report holding the rarer, telling words (水利, 水务)
ranks above one holding a common word that merely contains the character (水平). The page says so.
"""
from __future__ import annotations

import re

import numpy as np

from search.retrieval.matching import evaluate
from search.retrieval.places import find_places
from search.retrieval.query import ParsedQuery
from search.retrieval.suggest import vocabulary

MAX_WORDS = 12  # indexed words a character is read as
_HAN = re.compile(r"^[\u4e00-\u9fff]$")
NOTE = "没有报告把“{typed}”单独用作词语，已按含有它的词语查找：{words}等。"


def read_characters(searcher, parsed: ParsedQuery, labeled: list[tuple[str, object]], sections: np.ndarray,
                    phrases: set[str]) -> bool:
    """Replace in ``parsed`` (in place) each item that is one character no report holds as a word
    by the indexed words holding it; whether any was."""
    vocab = vocabulary(searcher)
    found: dict[str, list[str]] = {}
    for label, unit in labeled:
        if not _HAN.match(label) or label in phrases or (evaluate(searcher, unit, sections).mask & sections).any():
            continue
        words = [w for w in vocab.containing(label) if not find_places(w)][:MAX_WORDS]
        if words:
            found[label] = words
    changed = False
    for clause in parsed.must:
        typed = clause.alternatives[0].strip() if len(clause.alternatives) == 1 else ""
        if not clause.phrase and typed in found:
            clause.alternatives, clause.shown = list(found[typed]), typed
            parsed.notes.append(NOTE.format(typed=typed, words="、".join(found[typed][:4])))
            changed = True
    return changed
