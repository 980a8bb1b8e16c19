"""The grouped view's selection: a report matches when every word of the query occurs somewhere in
it, not necessarily in one part.

`公安局 依申请公开` names the issuer in the title and the topic in part 三; `教育局 政策解读` may
find 教育局 in the heading and 政策解读 in part 二. Matching part by part (the flat view, and the
grouped view before) lost every such report. Here each item of the query (``report_units``: a
word, a quoted phrase, an OR group, each topic word of a run typed without spaces) is matched
on its own; a report holds an item when any of its parts (title and agency included) does. A
report holding all items ranks by the better of

* its best part holding all of them, scored as the part-level query scores it (words together,
  the issuer's overview), and
* the sum of each item's best part, weighed SPREAD below: words that cluster in one part rank
  above the same words spread over the report;

and is shown at that part. When fewer than PARTIAL_BELOW reports hold every item (counted under no filter: a
filter only narrows the list, and a facet counts what clicking it lists), the reports
holding at least a third of their weight follow (each item weighed by how rare it is, as BM25
does), below every full match, with a message: a citizen's words are seldom all in one report, and
one holding the rarest of three is a better follower than one sharing only characters with them.
When the query names an issuer among other words, a near miss must hold it, or be of it; a body no
report is of is searched without, and the page says so (named_bodies.py).

Queries are worded as no rule anticipates, so the items are not taken at their word alone:

* an everyday word the reports do not use (看到, 有人: filler.py) is not an item;
* a word no report holds that sounds like an indexed word or is one character off it (复义,
  最底: suggest.py), or whose one broken character can be mended from the words beside it
  (新媒休 -> 新媒体, a word the index keeps as 新 + 媒体; never a word of everyday Chinese), is
  searched as that word, the run read again as corrected, with a note; a piece too short to
  respell alone (生厂 of 安全生厂, which jieba cuts 安全 | 生厂) is respelled with the word typed next
  to it, as the respelling most reports hold (安全生产), and two words typed together that
  no report holds together may be one typo (疫情防空: 疫情防控) -- respell.py;
* when no report holds every item and some item is in no report at all (a typo, 标淮), the
  others are searched without it, and the user is told -- unless what is left is in most
  reports (信息 of 信息处里费), which would list everything;
* a word few reports use that alone makes the full matches few (按时 答复 依申请: 按时 in a dozen reports)
  ranks instead of deciding them, unless it is a name, a figure's word, quoted or marked + -- rare_items.py;
* a list still shorter than BACKSTOP_BELOW is followed by the reports a plain whole-report
  BM25 over the query's characters and words finds (report_lexical.py), below every match.
"""
from __future__ import annotations

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.filler import is_filler
from search.retrieval.issuers import concept_of
from search.retrieval.set_items import held_by_set
from search.retrieval.matching import Matched, _cost, evaluate, filter_mask
from search.retrieval.mentions import damp_listed
from search.retrieval.near_weights import idf_weights, item_factors
from search.retrieval.named_bodies import (dropped_body_notes, figure_of_departments, near_miss_fit, no_body_notes,
                                          of_no_report)
from search.retrieval.params import SearchParams
from search.retrieval.per_report import best_per_report, reports_present
from search.retrieval.places import place_words
from search.retrieval.problems import admissions_within, weigh_parts
from search.retrieval.rare_items import FULL_BELOW, RARE_NOTE, rare_item
from search.retrieval.everyday import take_everyday
from search.retrieval.figure_values import answered_by_figure
from search.retrieval.frames import asked_category
from search.retrieval.query import ParsedQuery
from search.retrieval.excluded_parts import absent_notes
from search.retrieval.list_notes import ABSENT_NOTE, field_words
from search.retrieval.query_syntax import as_typed
from search.retrieval.excluded_issuers import issuer_exclusion
from search.retrieval.query_tree import (labeled_report_units, only_ranks, part_exclusion,
                                         report_bonus, to_whoosh)
from search.retrieval.report_lexical import follow_short_list
from search.retrieval.characters import read_characters
from search.retrieval.respell import correct as _correct
from search.retrieval.report_itself import searched_sections
from search.retrieval.selection import (SECTIONS, Selection, empty_selection, filter_masks, report_codes,
                                        select_or_relax)
from search.retrieval.signals import apply_signals, figure_is_asked
from search.retrieval.too_short import NOTHING_LEFT_NOTE, nothing_left_note, only_short_items  # noqa: F401
from search.retrieval.years import take_recent_years

SPREAD = 0.7  # an item's best part counts this much when the items are not in one part
PARTIAL_BELOW = FULL_BELOW  # reports holding every item, below which reports holding most of them follow
PARTIAL_SHARE = 1 / 3  # of the items' weight, a report must hold this much to follow
OTHER_PARTS = 0.5  # a report's other matching parts score at most this share of its best
COMMON_SHARE = 0.5  # words held by more than this share of the reports in view do not select
COMMON_ITEM = 0.4  # an item whose word more than this share of the reports hold ranks, but lists no report alone
BACKSTOP_BELOW = 10  # listed reports below which the whole-report lexical score adds more
SECTION_FILTERS = ("section", "q_section")  # filters that choose parts, not reports


def read_against_index(searcher, parsed: ParsedQuery) -> None:
    """The query's readings that need the index (everyday words, 去年 / 最新), once, in place: every
    path that selects reports from a query (the search, its feed) reads it so."""
    take_everyday(searcher, parsed)
    take_recent_years(searcher, parsed)


def select_results(searcher, params: SearchParams, parsed: ParsedQuery) -> tuple[Selection, bool, bool]:
    """What a search lists: reports holding every word (grouped) or parts holding every word (flat).
    Returns (selection, whether something holds every word, whether looser matches were added)."""
    read_against_index(searcher, parsed)
    nothing = only_short_items(searcher, params, parsed)
    if nothing is not None:
        return nothing, False, False
    if params.flat or not parsed.must:
        return select_or_relax(searcher, params, parsed)
    return select_grouped(searcher, params, parsed)


def select_grouped(searcher, params: SearchParams, parsed: ParsedQuery,
                   labeled: list[tuple[str, object]] | None = None, typos: bool = True,
                   ranks: frozenset[int] = frozenset()) -> tuple[Selection, bool, bool]:
    # A lead-in beside parts is searched only by a question about the report itself (report_itself.py).
    sections = searched_sections(searcher, filter_mask(searcher, SECTIONS), parsed, params)
    phrases: set[str] | None = None  # known when the words are read here, and only then corrected
    if labeled is None:
        labeled = labeled_report_units(parsed)
        # Everyday words the reports do not use (看到, 一件) rank nothing and are not required. An everyday
        # word of the table (打电话: 热线, 咨询电话) is no such word: it names a subject the reports write in
        # their own words, and its item searches those (everyday.py); dropped, they would go with it.
        phrases = {alt for c in parsed.must if c.phrase for alt in c.alternatives}
        kept = [(label, unit) for label, unit in labeled
                if label in phrases or label in parsed.everyday or not is_filler(searcher, label, sections)]
        # One typed apart that no report holds (户籍 低保) is a keyword: said, as 火星 is (QA 41 #2). Within a
        # sentence (适老化改造能看到吗) it is speech, left out in silence like a question word.
        apart = {c.alternatives[0] for c in parsed.must if len(c.alternatives) == 1} - field_words(parsed) if len(parsed.must) > 1 else set()
        unused = [label for label, unit in labeled if (label, unit) not in kept and label in apart  # 案件 only ranks
                  and not only_ranks(label) and not (evaluate(searcher, unit, sections).mask & sections).any()]
        note = ABSENT_NOTE.format(words="、".join(as_typed(parsed.text, unused)))
        parsed.notes += [note] if kept and unused and note not in parsed.notes else []
        labeled = kept if kept else labeled
    units = [unit for _, unit in labeled]
    if not units:
        return select_or_relax(searcher, params, parsed)
    codes = report_codes(searcher)
    count = int(codes.max(initial=-1)) + 1
    filters = filter_masks(searcher, params, parsed)
    # Matched on every part, whatever the filters: what the list holds (near misses, the lexical backstop) is
    # decided by the query alone, so a filter only narrows it and a facet counts what clicking it lists.
    scope = sections.copy()
    within = scope.copy()  # where a report's words count: the parts chosen, if parts are chosen
    for name in SECTION_FILTERS:
        if name in filters:
            within &= filters[name]
    passing = sections.copy()
    for docs in filters.values():
        passing &= docs

    excluded = np.zeros(count, dtype=bool)
    exclusion = issuer_exclusion(parsed)
    if exclusion is not None:
        excluded = reports_present(codes, evaluate(searcher, exclusion, scope).mask & scope, count)
    parts_out = part_exclusion(parsed)
    if parts_out is not None:  # the words of a part holding a -word do not count
        scope = scope & ~evaluate(searcher, parts_out, scope).mask
        within = within & scope

    # Each item over the reports still in the running: a report lacking one is out. Held in the
    # chosen parts decides the list; held anywhere, what the part facet counts for other parts.
    full, anywhere = ~excluded, ~excluded
    matches: list[Matched] = []
    # The item is the query: matched once, below (not when other items were left out for it).
    single = len(units) == 1 and len(parsed.must) == 1 and len(labeled_report_units(parsed)) == 1
    common = set() if single else _common_items(searcher, parsed, labeled, sections, codes, count) | set(ranks)
    # Common items last, so that the rarer ones alone decide where they are looked for.
    rare_full = ~excluded
    for i in [] if single else sorted(range(len(units)), key=lambda i: (i in common, _cost(units[i]))):
        where = scope & (anywhere | rare_full)[codes]
        matched = held_by_set(searcher, parsed, labeled[i][0], weigh_parts(searcher, parsed, evaluate(searcher, units[i], where)), where)
        matches.append(matched)
        held = reports_present(codes, matched.mask & within, count)
        full &= held
        if i not in common:
            rare_full &= held
        anywhere &= reports_present(codes, matched.mask & scope, count)
    if single:
        together = weigh_parts(searcher, parsed, evaluate(searcher, to_whoosh(parsed), scope & ~excluded[codes]))
        matches = [together]
        full &= reports_present(codes, together.mask & within, count)
        anywhere &= reports_present(codes, together.mask & scope, count)
    # The reports holding every item somewhere, under no filter: what the query finds, which decides whether
    # near misses follow, a rare word only ranks, or a word is a typo. Decided under the filters, a facet
    # leaving few full matches brought near misses in: more reports after clicking it than it counted.
    held_all = int(np.count_nonzero(anywhere))
    # Only a word no report holds is corrected, and a list holding every word proves there is none:
    # checking each word before the list is made cost every grouped query a second evaluation.
    if not held_all and typos and phrases is not None and (_correct(searcher, parsed, labeled, sections, phrases)
                                                         or read_characters(searcher, parsed, labeled, sections, phrases)):
        return select_grouped(searcher, params, parsed, typos=False)
    if not held_all:  # one item too: what is left of alert(1) is its 1
        # A word no report uses (有人, a colloquial 看到, a typo) cannot be required: it would
        # empty the list. The others are searched as typed, and the user is told.
        absent = [i for i, unit in enumerate(units) if not (evaluate(searcher, unit, scope).mask & scope).any()]
        # So is a body no report is of (公安局被起诉): its name in a text is a passing mention (named_bodies.py).
        nobody = [i for i in range(len(units)) if i not in absent
                  and of_no_report(searcher, labeled[i][0], place_words(parsed))]
        kept = [u for i, u in enumerate(labeled) if i not in absent and i not in nobody]
        left = nothing_left_note(parsed, [labeled[i][0] for i in absent], [label for label, _ in kept])
        if left:  # what is left of <script>alert(1)</script> is its 1, which every report holds (too_short.py)
            parsed.notes.append(left)
            return empty_selection(searcher, sections, filters, count), False, False
        if (absent or nobody) and len(absent) + len(nobody) < len(units):
            reduced = select_grouped(searcher, params, parsed, kept, typos=False)
            everywhere = np.count_nonzero(reports_present(codes, sections, count))
            # Unless what is left holds in most reports (信息 of 信息处里费): then it says nothing,
            # and the whole-report lexical score ranks the list alone. A figure asked (被起诉) says what
            # is left: its order lists the reports that had such cases first.
            asked = nobody and parsed.figure is not None and figure_is_asked(searcher, parsed.figure)
            if reduced[0].query_reports <= everywhere * COMMON_SHARE or asked:
                parsed.notes += absent_notes(searcher, parsed, [labeled[i] for i in absent], sections)  # 没有报告使用
                parsed.notes += dropped_body_notes([labeled[i][0] for i in nobody])
                return reduced

    # A word few reports use (按时, 同比) that alone makes the full matches few ranks instead (rare_items.py).
    rare = None if single or ranks or held_all >= PARTIAL_BELOW else rare_item(searcher, parsed, labeled, scope, codes,
                                                                            count, common)
    if rare is not None:
        parsed.notes.append(RARE_NOTE.format(n=rare[1], word=labeled[rare[0]][0]))
        return select_grouped(searcher, params, parsed, labeled, typos=False, ranks=frozenset({rare[0]}))

    partial = np.zeros(count, dtype=bool)
    if held_all < PARTIAL_BELOW and len(units) > 1:
        order = sorted(range(len(units)), key=lambda i: _cost(units[i]))
        matches = [held_by_set(searcher, parsed, labeled[i][0], weigh_parts(searcher, parsed, evaluate(
            searcher, units[i], scope & ~excluded[codes])), scope & ~excluded[codes]) for i in order]
        held = np.array([reports_present(codes, m.mask & within, count) for m in matches])
        # The bodies and places named are what is asked about: a near miss holds them (named_bodies.py).
        issuer_held = near_miss_fit(searcher, parsed, [labeled[i][0] for i in order], held)
        # BM25's idf: a word in nearly every report weighs nearly nothing; one in none weighs most (a
        # report lacking the query's rarest word holds little of it), and the lexical backstop follows.
        factors = item_factors(searcher, parsed, [labeled[i][0] for i in order], sections)
        weights = idf_weights(held, count, factors)
        share = weights @ held / weights.sum() if weights.sum() else np.zeros(count)
        floor = PARTIAL_SHARE
        partial = ~full & ~excluded & (share >= floor) & (share > 0) & issuer_held
    else:
        share, factors = np.ones(count), np.ones(len(matches))

    # A report holding every item but a common one (内容, 收到, 处理 of a question) is listed with the
    # full matches and scored as they are, by the items it holds: the common word only ranks.
    near = (rare_full & ~full & ~excluded) if common else np.zeros(count, dtype=bool)
    partial &= ~near
    answered = answered_by_figure(searcher, parsed, labeled, scope & ~excluded[codes], codes, count) & ~full
    if answered.any():
        partial |= answered
        share = np.where(answered, np.maximum(share, PARTIAL_SHARE), share)
    listed = full | near | partial
    unit_best = np.array([best_per_report(codes, m.mask & within, m.scores, count) for m in matches])
    spread = unit_best.sum(axis=0) * SPREAD
    own = np.zeros(len(sections))  # each part's own items, for the parts that hold only some
    for m in matches:
        own += np.where(m.mask, m.scores, 0.0)
    if not single:
        # The parts holding every item, scored as the part-level query scores them: the items'
        # scores plus what it adds (report_bonus), without matching the items twice.
        everything = scope & anywhere[codes]
        base = np.zeros(len(sections))
        for m in matches[: len(units)]:
            everything &= m.mask
            base += np.where(m.mask, m.scores, 0.0)
        bonus_query = report_bonus(parsed)
        if bonus_query is not None and everything.any():
            bonus = weigh_parts(searcher, parsed, evaluate(searcher, bonus_query, everything))
            base += np.where(bonus.mask & everything, bonus.scores, 0.0)
        together = Matched(everything, np.where(everything, base, 0.0))
    part_score = np.where(together.mask, together.scores, own * SPREAD)
    report_score = np.maximum(best_per_report(codes, together.mask & within, together.scores, count), spread)
    report_score = np.where(partial, (factors @ unit_best) * SPREAD * share, report_score)
    if partial.any() and full.any():
        # Every report holding all items before any holding only some.
        report_score = np.where(full | near, report_score + report_score[partial].max(), report_score)

    hit = scope & np.where(within, listed[codes], (anywhere | near)[codes]) & (together.mask | (own > 0))
    # A report answering by its figure alone (被起诉最多的: 行政诉讼 stated in prose without 起诉) holds none of the words:
    # listed by its first part in the chosen parts, which its figure ranks (the hit shows the figure and its sentence).
    bare = answered & ~reports_present(codes, hit & within, count)
    if bare.any():
        candidates = np.flatnonzero(scope & within & bare[codes])
        hit[candidates[np.unique(codes[candidates], return_index=True)[1]]] = True
    top = best_per_report(codes, hit & within, part_score, count)
    ratio = np.divide(part_score, top[codes], out=np.zeros_like(part_score), where=top[codes] > 0)
    # The report's best part carries the report's score; its other parts follow it.
    scores = np.where(ratio >= 1.0, report_score[codes], report_score[codes] * OTHER_PARTS * ratio)
    matched = apply_signals(searcher, parsed, Matched(hit, np.where(hit, scores, 0.0)))
    matched = damp_listed(searcher, parsed, matched, codes)
    matched = admissions_within(searcher, parsed, matched, codes, count, within & passing)
    matched, following = follow_short_list(searcher, parsed, matched, codes, count, scope, listed | excluded,
                                           BACKSTOP_BELOW)
    # A body no report is of, kept as a word (its mentions are all there is): the page says whose reports these are not.
    nobody = [(label, unit) for label, unit in labeled if of_no_report(searcher, label, place_words(parsed))]
    read_as: dict[str, str] = {}  # a body no report is of, listed by the body it belongs to (派出所: 公安局)
    if nobody and matched.mask.any():
        parsed.notes += no_body_notes(searcher, nobody, scope, read_as)
    # What matches as asked: every item, every item but a common one (listed and scored with them), or the
    # figure asked given by the table. The page's "只有 N 份" and the statistics' "计入 N 份" are this one number.
    matching = full | near | answered
    counted = reports_present(codes, passing & matching[codes], count)
    strict = int(np.count_nonzero(counted))
    looser = partial & ~matching
    selection = Selection(searcher, matched, sections, filters, strict_reports=strict, counted=counted,
                          query_reports=held_all, read_as=read_as,
                          counted_words=tuple(label for i, (label, _) in enumerate(labeled) if i not in ranks))
    return selection, strict > 0, bool((passing & looser[codes]).any() or following)


def _common_items(searcher, parsed: ParsedQuery, labeled: list[tuple[str, object]], sections: np.ndarray,
                  codes: np.ndarray, count: int) -> set[int]:
    """The items, by index, whose word more than COMMON_ITEM of the reports hold (内容, 处理, 收到), when
    the query has a rarer item besides: such a word says little of what is asked, and a report that
    words it otherwise (政府开会的内容: 会议 without 内容) should not be lost for it. A phrase or a place is
    what is asked, never common; an issuer is never common either, but does count as the rarer item
    (公安局 依申请公开: the bureau's reports that word their requests otherwise). Read from the word's
    postings (its synonyms would only add reports), so it costs no evaluation."""
    if len(labeled) < 2 or count == 0:
        return set()
    arrays = arrays_for(searcher)
    places = place_words(parsed)
    phrases = {alt for c in parsed.must if c.phrase for alt in c.alternatives}
    common, named = set(), set()
    for i, (label, _) in enumerate(labeled):
        if label in places:
            named.add(i)
            continue
        if concept_of(label) is not None:
            continue
        if " " in label or label in phrases:
            continue
        if only_ranks(label) or figure_of_departments(parsed):
            # The report's own name typed apart (镇人民政府 年度报告): every report is one, whether or not its
            # text writes that name; it ranks, as inside a run typed without spaces. So does a count word
            # typed apart (行政复议 案件): the tables never say 案件. A figure asked of a department: the body decides.
            common.add(i)
            continue
        ids = arrays.postings(searcher, "body", label).ids
        ids = ids[sections[ids]]
        if np.unique(codes[ids]).size > COMMON_ITEM * count:
            common.add(i)
    # The class a what-question asks (办证要带什么材料: frames.asked_category) ranks beside a topic of the question's
    # own, not beside a body, a place or a common word only (政府有哪些重大项目: the projects are the topic).
    kinds = {i for i, (label, _) in enumerate(labeled) if i not in named and label not in phrases
             and concept_of(label) is None and asked_category(parsed.text, label)}
    if set(range(len(labeled))) - common - named - kinds - {i for i, (label, _) in enumerate(labeled)
                                                           if concept_of(label) is not None}:
        common |= kinds
    # A place beside a common word (湖南 依申请公开) asks for that word's reports of the place, and a
    # place's reports rank first whatever they hold: the word stays required unless a rarer topic
    # word stands with the place. (With places counted as the rarer item, dev-A lost three such queries.)
    return common if len(common | named) < len(labeled) else set()
