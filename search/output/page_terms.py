"""The terms a report page marks for the search it was opened from, and those its bar lists (QA 32 #10).

A search's highlight terms (ParsedQuery.highlight_terms) serve its snippets, a few lines each. On a whole report
two of them misled: the run typed as a whole (申请公开信息怎么办), which holds question words no report writes and
was listed in the bar as a term marked, and a word of the template's own headings (信息, 政府, 公开: written on
nearly every line), which made 56 of 68 marks of 我想申请公开信息怎么办 the bare 信息 and 上一处 / 下一处 stepped through
almost every line. The page marks the words that tell the question apart; a heading word only when the query
holds nothing else. The bar lists the terms the report holds.
"""
from __future__ import annotations

from search.analysis import fold
from search.retrieval.query import ParsedQuery, topic_words
from search.retrieval.too_short import too_short_alone
from search.vocabulary import echoed, in_several_headings


def page_terms(parsed: ParsedQuery) -> list[str]:
    """The terms the report page marks: the highlight terms without a run typed with words that carry no topic,
    without a number or sign the search never searches alone (the 1 of <script>alert(1)</script>, which marked every
    table's 1: review 32 #12), and without the template's heading words when any other term is left."""
    runs = {form for c in parsed.must if not c.phrase for alt in c.alternatives
            if "".join(topic_words(alt)[0]) != fold(alt) for form in (alt, fold(alt))}
    terms = [t for t in parsed.highlight_terms() if t not in runs and not too_short_alone(t)]
    telling = [t for t in terms if not in_several_headings(t)]
    return telling or terms


def report_text(report: dict) -> str:
    """The stored report's text as the page shows it (titles, paragraphs, table cells, lead-in), folded."""
    pieces = [report.get("preamble") or ""]
    for section in report.get("sections") or []:
        pieces.append(section.get("title") or "")
        for block in section.get("blocks") or []:
            pieces.append(block.get("text") or "")
            pieces += [cell or "" for row in block.get("rows") or [] for cell in row]
    return fold("\n".join(pieces))


def held_terms(terms: list[str], report: dict) -> list[str]:
    """The ``terms`` the report holds, for the bar that names what is marked."""
    text = report_text(report)
    return [t for t in terms if fold(t) in text]


def bar_terms(terms: list[str], report: dict, typed: list[str], marked: bool) -> list[str]:
    """What the page's bar lists, each cut as the search's echo cuts the query (a 600-character word was a screen of
    it): the terms marked that the report holds; with no mark, the words typed (ParsedQuery.typed: the parser's
    reading of its syntax, without OR, brackets, quotes, -words and filters), not the search's readings of them
    (不回复, not the 没回复 it was read as: review 32 #12)."""
    held = held_terms(terms, report) if marked else []
    # A word the search refuses alone (the 3 of alert(3), a lone letter) was never looked for: not "not found".
    return [echoed(t) for t in dict.fromkeys(held or [w for w in typed if not too_short_alone(w)])]
