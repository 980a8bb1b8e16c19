"""A concept of the template named in the citizen's own phrase: 打电话问 for the enquiries a report counts (咨询),
人大代表提的建议 for part 六's 建议提案办理, 开会 … 旁听 for the meetings opened to the public.

Every report holds the same parts and rows (the State Council templates); a question names one of them in words no
report writes. ``data/template_concepts.tsv`` gives, for each concept the other readers leave (the tables' rows are
figure_meanings.py's, part 五 is shortcomings.py's), the part it stands in, the report's own words for it and the
phrasings that name it (figure_meanings.tsv's grammar). A phrase read is taken out of the typed words and becomes
one item of its own, held by a report holding any of the concept's words: the spoken words (打电话, 问, 老百姓) are no
longer required, and the report stating the duty in its own words is a full match, ranked by the usual signals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search.retrieval.figure_meanings import compile_pattern, fits_words, read_rules, word_spans
from search.retrieval.query import Clause, ParsedQuery

CONCEPTS_FILE = Path(__file__).resolve().parent.parent / "data" / "template_concepts.tsv"


@dataclass(frozen=True)
class Concept:
    """One rule: the concept, the template part it stands in, the reports' words for it, its pattern."""

    key: str
    part: int
    words: tuple[str, ...]
    pattern: re.Pattern


@lru_cache(maxsize=1)
def concepts() -> tuple[Concept, ...]:
    """The rules of the concepts file, in file order, compiled."""
    families, rows = read_rules(CONCEPTS_FILE)
    return tuple(Concept(key.strip(), int(part), tuple(words.split()), compile_pattern(pattern.split(), families))
                 for key, part, words, pattern in (fields[:4] for fields in rows))


def read_concepts(text: str) -> tuple[str, list[tuple[Concept, str]]]:
    """``text`` without the phrases that name a concept, and each concept read with the phrase as typed."""
    found: list[tuple[Concept, str]] = []
    for concept in concepts():
        if any(concept.key == seen.key for seen, _ in found):
            continue
        words = word_spans(text)
        for match in concept.pattern.finditer(text):
            # A phrase holding the reports' own word (政协委员提案, 打电话咨询, 能去旁听) is searched as typed: the
            # citizen named the row as the reports do, and its other words narrow it.
            own = any(word in match.group() for word in concept.words)
            if match.end() > match.start() and fits_words(match, words) and not own:
                found.append((concept, match.group().strip()))
                text = text[: match.start()] + " " + text[match.end():]
                break
    return " ".join(text.split()), found


def take_concepts(parsed: ParsedQuery) -> None:
    """Each typed run (not a phrase, not an OR) naming a concept: the phrase becomes the concept's item."""
    out: list[Clause] = []
    for clause in parsed.must:
        if clause.phrase or len(clause.alternatives) != 1:
            out.append(clause)
            continue
        rest, found = read_concepts(clause.alternatives[0])
        if not found:
            out.append(clause)
            continue
        if rest.strip():
            out.append(Clause([rest], shown=clause.shown))
        # Each of the reports' words is evidence as written (电话咨询, 提案办理), never its words apart in a part: an
        # address's 电话 beside a 咨询协商, a bare 办理 (QA 43 F6). Searched, counted and marked as a phrase is.
        out += [Clause(list(concept.words), phrase=True, shown=said) for concept, said in found]
        parsed.notes += [note for concept, said in found if (note := concept_note(concept, said)) not in parsed.notes]
    parsed.must = out


# How the phrase was read, said as the reading (review 36 #6): the everyday note (报告很少用“…”这一说法) would speak
# of the concept's words, which the citizen never typed and which are the reports' own.
NOTE = "“{said}”按报告的写法理解为{words}等。"
NOTE_WORDS = 3


def concept_note(concept: Concept, said: str) -> str:
    """The note of a phrase read as a concept: the phrase as typed and the reports' first words for it."""
    return NOTE.format(said=said, words="".join(f"“{w}”" for w in concept.words[:NOTE_WORDS]))


def is_concept_item(clause: Clause) -> bool:
    """Whether ``clause`` is a concept's item made by ``take_concepts``: its words are the reports' own, no everyday
    word of the citizen's (everyday.py leaves it alone)."""
    return bool(clause.shown) and any(clause.alternatives == list(c.words) for c in concepts())
