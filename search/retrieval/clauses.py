"""Words a reader takes out of the query's unquoted clauses (series words, orders of years …), the rest kept."""
from __future__ import annotations

import re

from search.retrieval.query import Clause


def take_out(clauses: list[Clause], pattern: re.Pattern, keep=bool) -> tuple[list[str], list[Clause]]:
    """The words ``pattern`` finds (its first group) in the unquoted clauses, in order and once each, and the
    clauses without them: an alternative where nothing is found stays as typed, one where something is found
    stays as what is left of it when ``keep`` says so (its spaces folded), a clause left with nothing goes."""
    said: list[str] = []
    kept: list[Clause] = []
    for clause in clauses:
        if clause.phrase:
            kept.append(clause)
            continue
        rest = []
        for alt in clause.alternatives:
            found = [m.group(1) for m in pattern.finditer(alt)]
            if not found:
                rest.append(alt)
                continue
            said += [w for w in found if w not in said]
            text = " ".join(pattern.sub(" ", alt).split())
            if keep(text):
                rest.append(text)
        if rest:
            kept.append(Clause(rest, False, clause.shown))
    return said, kept
