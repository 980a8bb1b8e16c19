"""A negated verb of the template's vocabulary read as the concept it names: 不回复, 没回复, 不答复, 不理 (QA 32 #2).

The template counts what a body did not answer in time (逾期, 答复期限, 法定期限); a citizen says it with a negation
before a verb of replying, in many forms: 投诉政府不回复, 政府不理我, 始终不答复, 根本没回音, 从不回我. The everyday table
(data/everyday_words.tsv) writes the concept once, glued (没答复 = 没回复 = 没回音), and reads it as the reports' wordings.
Spelt otherwise, the negation was lost: 不 | 回复 was read as a duty not done (shortcomings.negated_verb: a problem
question whose admissions led the list whatever the other words), 不理 was required as text no report holds, and the
words typed beside it (投诉) went unread. ``read_negated_verbs`` writes each such negation as the table's phrase, on a
boundary of jieba's cut only (不理解 is no 不理), before the query's items are read (query.parse_query).

The verbs are the template's 答复 and the everyday words for it (REPLY_VERBS); an adverb of insistence before the
negation (始终, 根本) goes with it. A delay (一直没答复: delays.py) and a complaint of repetition (老是不回复:
complaints.py) keep their own readings, the problem 答复不及时. 回应 stays: the reports admit 回应不及时 of the
public's concerns, another problem (problem_kinds.py, interaction).
"""
from __future__ import annotations

from search.analysis import cut, fold
from search.retrieval.everyday import is_everyday

# The template's verb of answering a request, and the everyday verbs that mean it (回我, 理我, 搭理, 回个话).
REPLY_VERBS = ("答复", "回复", "回", "理", "理睬", "搭理", "理会", "回音", "回话", "回信", "答")
NEGATIONS = frozenset("不 没 没有 未 从不 从未 从没 从来不 从来没 从来没有 都不 都没 都没有 也不 也没 也没有 还不 还没 还没有"
                      " 仍不 仍未 尚未 并未".split())
# How firmly (始终不回, 根本没答复): the concept (逾期) says it; alone it would be required as text. A stretch of time
# before the negation (一直没答复, 迟迟不回复) is a delay, which delays.py reads as the problem 不及时, and an adverb of
# repetition (老是不回复) a complaint, which complaints.py reads: such runs are left to them.
INSISTING = frozenset("始终 根本 就是 至今 到现在 仍 仍然 还是 都 也 还".split())
# The concept as the everyday table writes it: its glued form for the verb typed, else for the template's verb.
CONCEPT_FORMS = ("没{verb}", "没答复", "没回复")


def _concept(verb: str) -> str | None:
    """The everyday table's phrase for not doing ``verb``, or None when the table holds none."""
    return next((form.format(verb=verb) for form in CONCEPT_FORMS if is_everyday(form.format(verb=verb))), None)


def _negated(words: list[str], i: int) -> tuple[int, str] | None:
    """(words taken, verb) when ``words[i:]`` opens with a negation and a verb of replying (不 | 回复, 不理, 始终 | 不 | 答复)."""
    start = i + 1 if words[i] in INSISTING and i + 1 < len(words) else i
    word = words[start]
    if word in NEGATIONS and start + 1 < len(words) and words[start + 1] in REPLY_VERBS:
        return start + 2 - i, words[start + 1]
    # glued by jieba: 不理, 不回, 没回
    for negation in ("不", "没", "未"):
        if word.startswith(negation) and word[len(negation):] in REPLY_VERBS:
            return start + 1 - i, word[len(negation):]
    return None


def _read_run(run: str, read: list[tuple[str, str]]) -> str:
    words = cut(run)
    if "".join(words) != fold(run):  # the cut does not spell the run (case, symbols): left as typed
        return run
    out: list[str] = []
    i = 0
    while i < len(words):
        found = _negated(words, i)
        concept = _concept(found[1]) if found else None
        if found and concept:
            out.append(concept)
            read.append(("".join(words[i:i + found[0]]), concept))
            i += found[0]
        else:
            out.append(words[i])
            i += 1
    return "".join(out)


NOTE = "“{typed}”按“{concept}”理解（未按期答复）。"


def read_negated_verbs(text: str, notes: list[str]) -> tuple[str, list[str]]:
    """``text`` with a negated verb of replying written as the everyday table's phrase (投诉政府不回复: 投诉政府没回复),
    and ``notes`` with those saying so; quoted phrases stay as typed, and so does a run asking 有没有 (was there a reply)."""
    read: list[tuple[str, str]] = []
    pieces = text.split('"')
    from search.retrieval.complaints import REPEAT
    from search.retrieval.delays import said_delay  # (both import query, which imports this module)

    def left_alone(run: str) -> bool:
        return not run or "有没有" in run or said_delay(run) != run or any(r in run for r in REPEAT)

    for k, piece in enumerate(pieces):
        if k % 2 == 0 and any(n in piece for n in ("不", "没", "未")):
            pieces[k] = " ".join(run if left_alone(run) else _read_run(run, read) for run in piece.split(" "))
    return '"'.join(pieces), notes + [NOTE.format(typed=typed, concept=concept) for typed, concept in dict.fromkeys(read) if typed != concept]
