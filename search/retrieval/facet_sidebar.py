"""The facets as the search page's sidebar lists them (moved out of facets.py, which counts them, in session 37)."""
from __future__ import annotations

from search.retrieval.facets import FACET_LABELS, FacetValue

# The sidebar lists this many values of a facet; a longer facet lists fewer, the rest behind 更多.
SIDEBAR_VALUES, SIDEBAR_VALUES_BEFORE_MORE = 10, 8


def sidebar(facets: dict[str, list[FacetValue]]) -> list[dict]:
    """The facets as the search page's sidebar lists them: cities under their provinces, not on
    their own; the year facet always (its range inputs sit under it); the first values of a long
    facet, and the rest behind 更多, open when one of them is chosen."""
    out = []
    for name, values in facets.items():
        if name == "city" or not (values or name == "year"):
            continue
        cut = SIDEBAR_VALUES_BEFORE_MORE if len(values) > SIDEBAR_VALUES else SIDEBAR_VALUES
        more = values[cut:]
        out.append({"name": name, "label": FACET_LABELS[name], "shown": values[:cut], "more": more,
                    "open": any(f.selected or any(c.selected for c in f.children) for f in more)})
    return out
