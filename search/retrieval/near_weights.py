"""How much each item of the query weighs when a report holds only some of them (grouped.py's near misses).

A near miss is weighed by the items it holds, each by how rare it is (BM25's idf): a report lacking the
query's rarest word holds little of it. A topic typed with words of speech around it (营商环境改善措施, 乡村振兴
有哪些做法) breaks that: a word of speech that a handful of reports happen to use (改善: 6 of 184, where
营商环境 is in 18) comes out rarer than the topic, so the few reports saying 改善 措施 outrank those that treat
the business environment at length and word it otherwise (优化营商环境). Plain BM25 over characters does not
fall for it, since the topic's characters count several times. A word of speech (rare_items' reading: the
reports use it about as often as everyday Chinese does) weighs SPEECH_WEIGHT of its idf in the share, and its
score counts that much in the near miss's order; a term, a name or a place weighs in full.
"""
from __future__ import annotations

import math

import numpy as np

from search.retrieval.query import ParsedQuery
from search.retrieval.query_tree import only_ranks
from search.retrieval.rare_items import _named, _speech

TERM_LENGTH = 4  # characters of a word typed as one that makes it the query's topic
SPEECH_WEIGHT = 0.5  # of a word of speech's idf and score, in a near miss's share and order


def item_factors(searcher, parsed: ParsedQuery, labels: list[str], sections: np.ndarray) -> np.ndarray:
    """Each item's factor: SPEECH_WEIGHT for a word of speech, 1.0 for a term, and for a word the query
    protects (quoted, an everyday word the tables read, a name, a place, a figure's or the template's word, a count word:
    案件 of 申请 案件数 is what is counted)."""
    phrases = {alt for c in parsed.must if c.phrase for alt in c.alternatives}
    speech = [len(label) > 1 and " " not in label and label not in phrases and label not in parsed.everyday
              and not _named(label, parsed) and not only_ranks(label) and _speech(searcher, label, sections) for label in labels]
    # Only beside a term typed as one word of TERM_LENGTH or more (营商环境): the topic is that word, and the
    # short words around it say what of it is wanted. Among short words alone (医疗 服务 价格) none is the topic.
    if not any(len(label) >= TERM_LENGTH and not s for label, s in zip(labels, speech)):
        return np.ones(len(labels))
    return np.array([SPEECH_WEIGHT if s else 1.0 for s in speech])


def idf_weights(held: np.ndarray, count: int, factors: np.ndarray) -> np.ndarray:
    """Each item's weight in a near miss's share: its idf over the reports, times its factor."""
    df = held.sum(axis=1)
    return np.array([math.log(1 + (count - d + 0.5) / (d + 0.5)) for d in df]) * factors
