"""Reports selected by the kind of body that issued them (机构类型: 公安局, 卫生健康委员会, 教育局 …).

/agencies lists bodies by kind (kinds.py); the search, /stats, /trends and their APIs select reports by it with
``kind=``, so that a comparison of 公安 / 卫健 / 教育 is built of the bodies' own reports, not of every report whose
text mentions them (review 32: q=公安 counted a county government's and a zone's reports as the province's 公安
figures). A kind is a whitelisted value like a level or a quality flag, but its list is the index's: a kind no body
of the index is of is ignored with a message naming the commonest, as an unknown level is.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from whoosh import query as Q

from search.agencies.directory import agency_field, directory
from search.agencies.kinds import OTHER, fold_kind, kind_of
from search.echo import echo
from search.retrieval.params import SearchParams

KIND_FACET = "kind"
KIND_LABEL = "机构类型"
_NAMED_IN_MESSAGE = 12  # kinds a message about an unknown one lists, the commonest first


def kind_counts(searcher) -> Counter:
    """Bodies of the index by kind, per generation: the whitelist of ``kind=`` and the order of its messages."""
    return searcher.cache.get("kind_counts", lambda: Counter(a.kind_label for a in directory(searcher).agencies.values()))


def ids_of_kinds(searcher, kinds) -> list[str]:
    """The agency ids of the bodies of any of ``kinds``, per generation and kind."""
    def ids(kind: str) -> list[str]:
        return searcher.cache.get(f"kind_ids:{kind}", lambda: sorted(
            a.id for a in directory(searcher).agencies.values() if a.kind_label == kind))
    return [i for kind in kinds for i in ids(kind)]


_LISTED_ON_AGENCIES = "，“机构”页列出全部"
_LISTED_HERE = "，本页“机构类型”列出全部"


def checked_kinds(searcher, params: SearchParams) -> SearchParams:
    """``params`` with each kind as /agencies names it: a name the kind list folds (卫生健康局, 卫健委 → 卫生健康委员会)
    is read as that kind, said in a message; a kind no body of the index is of is dropped, named in a message with
    the kinds there are. Every page that selects reports reads its parameters through this first (run_search,
    listed_reports)."""
    if not params.kind:
        return params
    counts = kind_counts(searcher)
    kinds, messages = [], []
    for kind in params.kind:
        folded = kind if kind in counts else fold_kind(kind)
        if folded in counts:
            kinds.append(folded)
            if folded != kind:
                messages.append(f"{KIND_LABEL}“{echo(kind)}”按“{folded}”筛选。")
            continue
        common = "、".join(k for k, _ in sorted(counts.items(), key=lambda kc: (-kc[1], kc[0]))[:_NAMED_IN_MESSAGE])
        more = f"等 {len(counts)} 种{_LISTED_ON_AGENCIES}" if len(counts) > _NAMED_IN_MESSAGE else ""
        messages.append(f"忽略了未知的{KIND_LABEL}：{echo(kind)}（可用：{common}{more}）")
    if not messages:
        return params
    return replace(params, kind=tuple(dict.fromkeys(kinds)), messages=params.messages + tuple(messages))


def kind_filter(searcher, kinds) -> Q.Query:
    """The reports of the bodies of any of ``kinds``, as a filter on the agency column."""
    return Q.Or([Q.Term(agency_field(searcher), i) for i in ids_of_kinds(searcher, kinds)])


def kind_facet_counts(by_agency: Counter) -> Counter:
    """Reports (or parts, flat) per kind, from the counts per agency id of a selection."""
    out: Counter = Counter()
    for agency_id, count in by_agency.items():
        if agency_id:
            out[kind_of(agency_id)] += count
    return out


def kind_sort_key(kind: str, count: int) -> tuple:
    """The facet's order: the commonest kinds first, 其他 (no kind read) last."""
    return (kind == OTHER, -count, kind)


def checked_kind(searcher, kind: str) -> tuple[str, list[str]]:
    """One kind as ``checked_kinds`` reads it, with its messages: /agencies' kind list takes an unknown kind as the
    search and /stats do (ignored, with the kinds there are), not as a list of no body (QA 33 #6)."""
    if not kind:
        return "", []
    checked = checked_kinds(searcher, SearchParams(kind=(kind,)))
    # On /agencies itself the list of every kind is the page's own 机构类型 (rev33 #11: it sent the reader to itself).
    return (checked.kind or ("",))[0], [m.replace(_LISTED_ON_AGENCIES, _LISTED_HERE) for m in checked.messages]
