"""The reports a -word drops whole in the grouped view: those of the issuer it names (信息处理费 -民政: not the 民政局's
reports). Kept apart from the items' queries (query_tree.py), which a -word only keeps from counting in a part."""
from __future__ import annotations

from whoosh import query as Q

from search.analysis import cut
from search.retrieval.issuers import IssuerQuery, concept_of
from search.retrieval.query import ParsedQuery
from search.retrieval.synonyms import searched


def issuer_exclusion(parsed: ParsedQuery) -> Q.Query | None:
    """The reports -word drops whole (the grouped view): those whose issuer it names, in the title or
    agency or as the issuer it stands for (信息处理费 -民政: not the 民政局's reports). A -word that
    does not name the issuer only keeps its parts from counting, as in the flat view."""
    found: list[Q.Query] = []
    for clause in parsed.must_not:
        for alt in clause.alternatives:
            for term in searched(alt):
                words = cut(term)
                if words:
                    found += [Q.And([Q.Term(name, w) for w in words]) for name in ("title", "agency")]
                concept = concept_of(term) if not clause.phrase else None
                if concept is not None:
                    found.append(IssuerQuery(concept))
    return Q.Or(found) if found else None
