"""The query's size, capped: every word becomes a handful of term queries, run again for each facet, so the words a
query may use in all (over its clauses, OR alternatives and exclusions) and the length of a quoted phrase are capped,
and no input (a pasted page, 200 ORs) makes a search slow for everyone."""
from __future__ import annotations

from search.analysis import cut
from search.retrieval.query import MAX_WORDS, Clause, ParsedQuery
from search.retrieval.synonyms import expand

MAX_QUERY_WORDS = 24
MAX_PHRASE_CHARS = 40


def limit_words(parsed: ParsedQuery) -> None:
    """Keep the query within MAX_QUERY_WORDS words and MAX_PHRASE_CHARS characters a phrase, with a note."""
    budget, cut_short = MAX_QUERY_WORDS, False
    for clauses in (parsed.must, parsed.must_not):
        kept_clauses: list[Clause] = []
        for clause in clauses:
            if any(c.alternatives == clause.alternatives and c.phrase == clause.phrase for c in kept_clauses):
                continue  # the same item typed twice
            kept, alternatives = [], list(dict.fromkeys(clause.alternatives))
            for alt in alternatives:
                if clause.phrase and len(alt) > MAX_PHRASE_CHARS:
                    alt, cut_short = alt[:MAX_PHRASE_CHARS], True
                terms = expand(alt)  # each synonym is searched too
                # An unspaced run is searched by its MAX_WORDS longest words at most.
                cost = len(terms) if clause.phrase else sum(min(MAX_WORDS, max(1, len(cut(t)))) for t in terms)
                if cost > budget:
                    cut_short = True
                    break
                budget -= cost
                kept.append(alt)
            if kept:
                kept_clauses.append(Clause(kept, clause.phrase))
            if len(kept) < len(alternatives):
                break
        clauses[:] = kept_clauses
    if cut_short:
        parsed.notes.append(f"查询过长，只使用了前面的部分（最多 {MAX_QUERY_WORDS} 个词语）。")
