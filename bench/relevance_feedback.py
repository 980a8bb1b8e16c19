"""Corpus-driven query expansion, measured on the dev split and not kept (docs/relevance.md,
"Round 13 — corpus expansion (dev)").

    .venv/bin/python bench/relevance_feedback.py            # dev only: every setting below against today's ranking

Two expansions that need no hand lists, each applied after the grouped first pass
(``grouped.select_results``) and re-ranking what it lists:

* ``top`` -- pseudo-relevance feedback, RM3-style: the best parts of the first pass's top
  ``reports`` reports are cut into words (jieba, as the index is); a word weighs its share of
  each part's words times the report's normalised score, times log(parts / parts holding it);
  words held by more than ``max_df`` of the parts (the template's own), typed words and words
  held by fewer than ``min_shared`` feedback parts are left out; the ``terms`` heaviest are
  scored over each report (BM25, k1 1.2, b 0.75, each term weighed) and added, ``weight`` times
  the best listed report's, to the first pass's score divided by its best.
* ``rare`` -- local co-occurrence: for a typed word that some but at most ``rare_share`` of
  the reports hold (抖音, 错别字), the feedback parts are every part in the index holding it,
  and only their sentences holding it count (``passage``).

``passage`` keeps, in ``top`` too, only the sentences of a feedback part that hold a typed
word rare enough to pass ``max_df``; ``weak_below`` applies the expansion only when fewer
reports than that hold every typed word. The portal never imports this module: it patches
``engine.select_results`` for the run. It runs dev queries only; there is no test option.
"""
from __future__ import annotations

import math
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if not __package__:
    sys.path.insert(0, str(ROOT))

from bench.relevance import is_judged, ndcg, recall, scorable  # noqa: E402
from bench.relevance_corpus import corpus_files  # noqa: E402
from bench.relevance_set import judged_queries  # noqa: E402
from bench.relevance_split import DEV  # noqa: E402
from indexer.build import build_index  # noqa: E402
from search.analysis import cut, fold  # noqa: E402
from search.index import IndexHandle  # noqa: E402
from search.retrieval import engine, grouped  # noqa: E402
from search.retrieval.arrays import arrays_for  # noqa: E402
from search.retrieval.matching import Matched  # noqa: E402
from search.retrieval.params import SearchParams  # noqa: E402
from search.retrieval.query import STOP_WORDS, ParsedQuery  # noqa: E402
from search.retrieval.selection import SECTIONS, Selection, filter_mask, report_codes, report_order  # noqa: E402
from search.schema import content_id  # noqa: E402

K1, B = 1.2, 0.75
_SENTENCE = re.compile(r"[。；！？\n]")
PARAPHRASE = ("paraphrase", "problem")  # the intents of citizens' words no report uses


@dataclass(frozen=True)
class Setting:
    source: str = "top"  # "top" or "rare" (the module's doc)
    reports: int = 5
    terms: int = 10
    min_shared: int = 2
    max_df: float = 0.2
    weight: float = 0.3
    weak_below: int | None = None
    passage: bool = False
    rare_share: float = 0.05

    def label(self) -> str:
        default = Setting()
        return ", ".join(f"{k} {v}" for k, v in vars(self).items() if v != getattr(default, k)) or "defaults"


SETTINGS = [
    Setting(),
    Setting(weight=0.1),
    Setting(weight=0.05),
    Setting(weight=0.2, reports=10),
    Setting(weight=0.1, reports=3),
    Setting(weight=0.1, terms=20),
    Setting(weight=0.1, max_df=0.05),
    Setting(weight=0.1, weak_below=10),
    Setting(weight=0.2, weak_below=10),
    Setting(weight=0.1, weak_below=3),
    Setting(weight=0.1, weak_below=30),
    Setting(weight=0.1, passage=True),
    Setting(weight=0.1, passage=True, weak_below=10),
    Setting(source="rare", passage=True, weight=0.3),
    Setting(source="rare", passage=True, weight=0.1),
    Setting(source="rare", weight=0.1),
]


def _sentences(searcher, docnum: int) -> list[list[str]]:
    """A part's sentences as words (two characters or more, no stop word), cut once per generation."""
    cache = searcher.cache.get("feedback_words", dict)
    found = cache.get(docnum)
    if found is None:
        body = searcher.stored_fields(docnum).get("body", "") or ""
        found = [[w for w in cut(s) if len(w) >= 2 and w not in STOP_WORDS and not w.isascii()]
                 for s in _SENTENCE.split(body)]
        cache[docnum] = found
    return found


def typed_words(parsed: ParsedQuery) -> set[str]:
    typed = {fold(alt) for c in parsed.must for alt in c.alternatives} | set(parsed.rank_words)
    return typed | {w for t in list(typed) for w in cut(t)}


def rare_words(searcher, parsed: ParsedQuery, share: float) -> set[str]:
    """Typed words that some reports hold, and at most ``share`` of them."""
    codes = report_codes(searcher)
    n = int(codes.max(initial=-1)) + 1
    found = set()
    for word in typed_words(parsed):
        if len(word) >= 2 and word not in STOP_WORDS:
            held = np.unique(codes[arrays_for(searcher).postings(searcher, "body", word).ids]).size
            if 0 < held <= n * share:
                found.add(word)
    return found


def expansion_terms(searcher, parsed: ParsedQuery, docs: list[int], weights: list[float], setting: Setting,
                    anchors: set[str] | None = None) -> dict[str, float]:
    """The words the feedback parts ``docs`` share, with their weights, heaviest first."""
    arrays = arrays_for(searcher)
    n = int(filter_mask(searcher, SECTIONS).sum()) or 1
    typed = typed_words(parsed)
    if anchors is None:
        anchors = {w for w in typed if len(w) >= 2 and 0 < arrays.postings(searcher, "body", w).df <= n * setting.max_df}
    mass: Counter = Counter()
    holders: Counter = Counter()
    for doc, weight in zip(docs, weights):
        sentences = _sentences(searcher, doc)
        if setting.passage:
            sentences = [s for s in sentences if anchors.intersection(s)]
        words = [w for s in sentences for w in s]
        for word, tf in Counter(words).items():
            mass[word] += weight * tf / len(words)
            holders[word] += 1
    scored = {}
    for word, m in mass.items():
        if holders[word] < setting.min_shared or any(word in t or t in word for t in typed if len(t) >= 2):
            continue
        df = arrays.postings(searcher, "body", word).df
        if df and df <= n * setting.max_df:
            scored[word] = m * math.log(n / df)
    return dict(sorted(scored.items(), key=lambda kv: -kv[1])[: setting.terms])


def report_scores(searcher, terms: dict[str, float], codes: np.ndarray, count: int, scope: np.ndarray) -> np.ndarray:
    """Per report code, BM25 of the weighted ``terms`` over its parts in ``scope``."""
    arrays = arrays_for(searcher)
    lengths = np.bincount(codes[scope], weights=arrays.lengths(searcher, "body")[scope], minlength=count)
    present = np.bincount(codes[scope], minlength=count) > 0
    n = int(present.sum()) or 1
    norm = K1 * (1 - B + B * lengths / (lengths[present].mean() or 1.0))
    out = np.zeros(count)
    for word, weight in terms.items():
        postings = arrays.postings(searcher, "body", word)
        keep = scope[postings.ids]
        tf = np.bincount(codes[postings.ids[keep]], weights=postings.weights[keep], minlength=count)
        df = int(np.count_nonzero(tf))
        if df:
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            out += weight * np.where(tf > 0, idf * tf * (K1 + 1) / (tf + norm), 0.0)
    return out


def with_feedback(searcher, parsed: ParsedQuery, selection: Selection, setting: Setting) -> Selection:
    """``selection`` re-ranked by its expansion terms (unchanged when there are none)."""
    matched, hits = selection.matched, selection.hits
    if not hits.any() or (setting.weak_below is not None and (selection.strict_reports or 0) >= setting.weak_below):
        return selection
    ordered = report_order(searcher, hits, matched.scores, "relevance")[: setting.reports]
    top = float(matched.scores[ordered[0]]) or 1.0
    if setting.source == "rare":
        rare = rare_words(searcher, parsed, setting.rare_share)
        sections = filter_mask(searcher, SECTIONS)
        docs = sorted({int(d) for w in rare for d in arrays_for(searcher).postings(searcher, "body", w).ids if sections[d]})
        terms = expansion_terms(searcher, parsed, docs, [1.0] * len(docs), setting, anchors=rare) if rare else {}
    else:
        terms = expansion_terms(searcher, parsed, ordered.tolist(),
                                [float(matched.scores[d]) / top for d in ordered], setting)
    if not terms:
        return selection
    codes = report_codes(searcher)
    count = int(codes.max(initial=-1)) + 1
    extra = report_scores(searcher, terms, codes, count, selection.filtered)
    best = extra[np.unique(codes[hits])].max(initial=0.0)
    if best > 0:
        selection.matched = Matched(matched.mask, np.where(matched.mask, matched.scores / top
                                                           + setting.weight * extra[codes] / best, 0.0))
    return selection


def patched(setting: Setting | None):
    """``grouped.select_results`` followed by the expansion (or as it is, for None)."""
    def select_results(searcher, params, parsed):
        selection, found, relaxed = grouped.select_results(searcher, params, parsed)
        if setting is None or params.flat or not parsed.must:
            return selection, found, relaxed
        return with_feedback(searcher, parsed, selection, setting), found, relaxed
    return select_results


def run(searcher, queries, key_of, setting: Setting | None, repeats: int = 1) -> tuple[dict, list[float]]:
    """query id -> (nDCG@10, recall@10, judged share of the top 10), and per query the best of
    ``repeats`` timings (ms)."""
    engine.select_results = patched(setting)
    scores, timings = {}, []
    try:
        for q in queries:
            best = math.inf
            for _ in range(repeats):
                started = time.perf_counter()
                result = engine.run_search(searcher, SearchParams(q=q.query, per_page=10))
                best = min(best, time.perf_counter() - started)
            ranking = [key_of[h.report_id] for h in result.hits]
            judged = sum(is_judged(q, key) for key in ranking) / len(ranking) if ranking else 1.0
            scores[q.id] = (ndcg(ranking, q.grades), recall(ranking, q.grades), judged)
            timings.append(best * 1000)
    finally:
        engine.select_results = grouped.select_results
    return scores, timings


def _mean(scores: dict, queries) -> str:
    if not queries:
        return "-"
    got = [scores[q.id] for q in queries]
    return f"{sum(g[0] for g in got) / len(got):.3f} / {sum(g[1] for g in got) / len(got):.3f}"


def report(label: str, scores: dict, base: dict, queries, timings: list[float]) -> list[str]:
    blind = [q for q in queries if q.set == "blind"]
    para = [q for q in blind if q.kind in PARAPHRASE]
    up = [q for q in queries if scores[q.id][0] > base[q.id][0] + 1e-9]
    down = [q for q in queries if scores[q.id][0] < base[q.id][0] - 1e-9]
    return [f"| {label} | {_mean(scores, blind)} | {_mean(scores, para)} | "
            f"{_mean(scores, [q for q in blind if q.kind not in PARAPHRASE])} | {_mean(scores, queries)} | "
            f"{len(up)} ({sum(q in para for q in up)}) | {len(down)} ({sum(q in para for q in down)}) | "
            f"{np.mean(timings):.2f} / {np.percentile(timings, 90):.2f} | {np.mean([scores[q.id][2] for q in queries]):.3f} |"]


def by_intent(scores: dict, base: dict, queries) -> list[str]:
    """The intents whose queries moved: mean before and after, how many rose and fell."""
    moved = defaultdict(list)
    for q in queries:
        moved[f"{q.set}: {q.kind}"].append(q)
    lines = []
    for name, qs in sorted(moved.items()):
        up = sum(scores[q.id][0] > base[q.id][0] + 1e-9 for q in qs)
        down = sum(scores[q.id][0] < base[q.id][0] - 1e-9 for q in qs)
        if up or down:
            lines.append(f"    {name} ({len(qs)}): {_mean(base, qs)} -> {_mean(scores, qs)}, {up} up, {down} down")
    return lines


def main() -> int:
    queries = [q for q in judged_queries() if q.split == DEV and scorable(q)]
    files = corpus_files()
    with tempfile.TemporaryDirectory(prefix="nianbao-feedback-") as tmp:
        build_index(list(files.values()), Path(tmp), jobs=1)
        handle = IndexHandle(Path(tmp))
        try:
            searcher = handle.searcher()
            key_of = {content_id(path): key for key, path in files.items()}
            run(searcher, queries, key_of, None)  # warm the generation's caches
            base, timings = run(searcher, queries, key_of, None, repeats=3)
            print(f"dev, {len(queries)} scorable queries; nDCG@10 / recall@10; moved: nDCG@10 (of them paraphrase or problem); "
                  "latency: mean / p90 ms, best of 3\n")
            print("| setting | blind | blind paraphrase + problem | blind other | all | up | down | latency | judged@10 |")
            print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
            print("\n".join(report("today's ranking", base, base, queries, timings)))
            details = []
            for setting in SETTINGS:
                run(searcher, queries, key_of, setting)  # the parts' words are cut once, then timed
                scores, timings = run(searcher, queries, key_of, setting, repeats=3)
                print("\n".join(report(setting.label(), scores, base, queries, timings)), flush=True)
                details += [f"- {setting.label()}"] + by_intent(scores, base, queries)
            print("\nBy intent (nDCG@10 / recall@10, before -> after):\n")
            print("\n".join(details))
        finally:
            handle.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
