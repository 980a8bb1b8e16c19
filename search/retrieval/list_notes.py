"""What the page says of a list in which fewer reports than asked match as asked: how many do, and what follows them,
naming the words it speaks of (session 35).

``/?q=派出所`` said 没有“派出所”发布的报告，正文也没有写“派出所”；下面是正文提到它所属的“公安局”的报告。 and then
只有 2 份报告包含所查词语，其后是全文用字相近的报告。: the words of the second were the 公安局 the first had named, and
the report after them was near 派出所 in characters (派出机构), so the two read as contradicting each other. A count
that names no word is read as speaking of the words typed; where the search read them otherwise (a body's parent,
an everyday word searched in the reports' wordings, a character read as the words holding it, a word left out as no
report's, a year read as the report's year), it does not. Each note now names the words it counts, as typed, and the
words the reports after them are near.
"""
from __future__ import annotations

from search.retrieval.issuers import concept_of
from search.retrieval.query import ParsedQuery
from search.retrieval.query_syntax import as_typed
from search.retrieval.synonyms import expand

PARTIAL_NOTE = "只有 {n} 份报告与{words}相符，其后是包含其中主要词语的报告。"
# A set of issuers typed (区 民政局) orders the whole list: its reports holding some of the words come before another
# issuer's holding them all, and the count must not read as the list's head (issuer_sets.looser_set_first).
SET_PARTIAL_NOTE = "只有 {n} 份报告与{words}相符；{named}发布的报告不论是否完全相符都排在前面。"
FALLBACK_NOTE = "没有同时包含{words}的结果，下面是包含其中部分词语的结果。"
# A query of one item has no "all words" and no "main words": what follows its matches is the whole-report lexical
# ranking (report_lexical.py), reports whose text is nearest to it in characters.
SINGLE_PARTIAL_NOTE = "只有 {n} 份报告{held}，其后是全文用字与“{typed}”相近的报告。"
SINGLE_FALLBACK_NOTE = "没有报告{held}，下面是全文用字与“{typed}”相近的报告。"
ABSENT_NOTE = "没有报告使用“{words}”，已按其余词语查找。"
# A word read as something else (said by a note above this one): the count is of that reading.
READ_OTHERWISE = "与“{typed}”相符（按上述理解）"
# What the count counts when the reports need not write the word (QA 41 #5): a kind of body, counted by who issued
# the report or by its mention (民政部, 民政和社会保障局 for 民政局), and a word with its synonyms.
OF_KIND = "与“{typed}”相符（由这类机关发布或正文提到它）"
WITH_SYNONYMS = "与“{typed}”相符（含同义词“{synonym}”等）"
MOST_NAMED = 4  # words named in a note; a longer query is "the query"


def relaxed_note(parsed: ParsedQuery, found: bool, strict: int, selection=None) -> str:
    """What the page says when looser matches follow (or replace) those matching as asked: the words it counts named
    as typed (``selection.counted_words``: the items the list required, a word no report uses left out). One word
    counted is followed by the reports nearest it in characters (report_lexical.py), several by those holding most."""
    labels = list(getattr(selection, "counted_words", ()) or ()) or [
        alt for clause in parsed.must for alt in clause.alternatives[:1]]
    if len(labels) == 1 or len(parsed.must) == 1 and not labels:
        label = labels[0] if labels else parsed.must[0].alternatives[0]
        clause = next((c for c in parsed.must if label in c.alternatives or label == c.shown), parsed.must[0])
        typed = clause.shown or as_typed(parsed.text, [label])[0]
        body = (getattr(selection, "read_as", None) or {}).get(label)
        if body:
            held = f"提到“{body}”"  # 派出所: the reports writing the body it belongs to (named_bodies.BELONGS_NOTE)
        elif clause.shown or len(clause.alternatives) > 1 or label in parsed.everyday:
            held = READ_OTHERWISE.format(typed=typed)
        elif concept_of(label) is not None:
            held = OF_KIND.format(typed=typed)  # 民政局: 民政部's and 民政和社会保障局's reports count, never writing it
        elif len(others := [w for w in expand(label) if w != label]) > 0:
            held = WITH_SYNONYMS.format(typed=typed, synonym=others[0])  # 最低生活保障: most hold only 低保
        else:
            held = f"包含“{typed}”"
        return (SINGLE_PARTIAL_NOTE.format(n=strict, held=held, typed=typed) if found
                else SINGLE_FALLBACK_NOTE.format(held=held, typed=typed))
    words = named(parsed, labels)
    if not found:
        return FALLBACK_NOTE.format(words=words)
    from search.retrieval.set_items import looser_set_first

    sets = looser_set_first(parsed, selection)
    return SET_PARTIAL_NOTE.format(n=strict, words=words, named=sets) if sets else PARTIAL_NOTE.format(n=strict, words=words)


def named(parsed: ParsedQuery, labels: list[str]) -> str:
    """The words a note counts, as typed: “低保”“特困”; 查询中的词语 for more than MOST_NAMED."""
    typed = as_typed(parsed.text, labels)  # a run typed without spaces as typed: “政务热线”, not “政务”“热线”
    if not typed or len(typed) > MOST_NAMED:
        return "查询中的词语" if typed else "查询"
    return "".join(f"“{w}”" for w in typed)


def field_words(parsed) -> set[str]:
    """The words of the field filters searched as words (级别:县: 级别, 县): their note says so already, naming the
    fields there are, so no 没有报告使用 is said of them (field_filters.unread_words)."""
    from search.retrieval.field_filters import unread_words

    return {word for token in parsed.unread_fields for word in unread_words(token)}
