"""Issuers asked side by side (财政局和税务局, 公安局还是民政局, 卫健委 vs 民政局 哪个申请多): either one.

A citizen comparing bodies names them with a conjunction. Read as text, every name is required, and
no report is of two issuers, so the list holds only the few that mention both. The names a
conjunction joins become one item whose alternatives are the names: a report of any of them
matches, and a figure asked beside them (谁收到的申请多) ranks them together. Names typed apart
(公安局 民政局 复议 对比) are joined the same way when the query asks a comparison (对比, 哪个, 谁), or when
each names another level (省直部门 市直部门): no report is of two levels.

The conjunctions and the comparison words are closed classes of the language; the names are what
the issuer table (``issuers.concept_of``) knows. A name that holds a conjunction itself (发展和改革委员会,
人力资源和社会保障局) is one name and stays whole.
"""
from __future__ import annotations

import re

from search.retrieval.issuers import concept_of
from search.retrieval.query import Clause, ParsedQuery, query_words

_JOINER = re.compile(r"(以及|或者|还是|对比|比较|[vV][sS]|PK|pk|和|与|跟|及|或|、|/)")
_COMPARING = re.compile(r"对比|比较|[vV][sS]|PK|pk|还是|谁|哪个|哪家|哪一个|哪些")
# The words that only say the bodies are compared: no report writes them, so they are no item to find.
_COMPARISON_ONLY = re.compile(r"^(?:对比|比较|对照|[vV][sS]|PK|pk|还是)+$")


def take_either(parsed: ParsedQuery) -> None:
    """Turn issuers joined by a conjunction into one item of alternatives (in place)."""
    must: list[Clause] = []
    joined = False
    for clause in parsed.must:
        split = None if clause.phrase or len(clause.alternatives) != 1 else _split(clause.alternatives[0])
        if split is None:
            must.append(clause)
            continue
        joined = True
        names, rest = split
        must.append(Clause(names))
        if rest.strip():
            must.append(Clause([rest.strip()]))
    must, merged = _joined_apart(must)
    if joined or merged:
        must = [c for c in must if c.phrase or not all(_COMPARISON_ONLY.match(a.strip()) for a in c.alternatives)]
    parsed.must = must


def _split(text: str) -> tuple[list[str], str] | None:
    """(the issuers a conjunction joins, the text left) for one typed item; None when it joins none."""
    parts = _JOINER.split(text)
    if len(parts) < 3:
        return None
    words = [query_words(p) if i % 2 == 0 else [] for i, p in enumerate(parts)]
    names: list[str] = []
    before, after, last = "", "", -1
    for j in range(1, len(parts) - 1, 2):
        left, right = words[j - 1], words[j + 1]
        if not left or not right or not _names(left[-1]) or not _names(right[0]) \
                or concept_of(left[-1] + parts[j] + right[0]) is not None:
            if names:
                break
            continue
        if names and last != j - 1:  # a second run of names, apart from the first: left as text
            break
        if not names:
            # The first name may itself hold a conjunction further left (住房和城乡建设局 和 财政局).
            start, name = j - 1, left[-1]
            while len(words[start]) == 1 and start >= 2 and words[start - 2] \
                    and _names(words[start - 2][-1] + parts[start - 1] + name):
                start, name = start - 2, words[start - 2][-1] + parts[start - 1] + name
            names = [name]
            before = "".join(parts[:start]) + "".join(words[start][:-1])
        names.append(right[0])
        after, last = "".join(right[1:]), j + 1
        if len(right) > 1:  # the run of names ends inside this piece
            break
    if len(names) < 2:
        return None
    rest = " ".join(p for p in (_JOINER.sub(" ", before).strip(), after + "".join(parts[last + 1 :])) if p)
    return list(dict.fromkeys(names)), rest


def _names(word: str) -> bool:
    return concept_of(word) is not None


def _levels_apart(words: list[str]) -> bool:
    """Whether the issuer words each name another level (省直部门 市直部门, 县里 乡里), or another kind of
    place of one level (镇 街道, 镇政府 街道办, 县 区): a report is of one level and one kind, so both
    required would list none; side by side they ask for either, with or without 和."""
    concepts = [concept_of(w) for w in words]
    levels = [c.level for c in concepts]
    if not all(levels):
        return False
    if len(set(levels)) == len(levels):
        return True
    # One level, each word another kind of its places (a town, a street office; a county, a district), none
    # of them its departments or a body's function: 乡镇街道 says the same as one word.
    kinds = [(c.level, c.unit, c.place_end) for c in concepts]
    plain = all(not c.department and all(f in _PLACE_BODIES for f, _ in c.functions) for c in concepts)
    return plain and len(set(levels)) == 1 and len(set(kinds)) == len(kinds)


# The functions a place word's own body has (镇政府, 街道办): no function of a department.
_PLACE_BODIES = ("人民政府", "人民政府办公室", "街道办事处")


def _joined_apart(must: list[Clause]) -> tuple[list[Clause], bool]:
    """Issuers typed as items of their own, joined into one when the query asks a comparison
    (and whether they were)."""
    texts = " ".join(a for c in must for a in c.alternatives)
    alone = [i for i, c in enumerate(must) if not c.phrase and len(c.alternatives) == 1 and _names(c.alternatives[0])]
    if len(alone) < 2 or not (_COMPARING.search(texts) or _levels_apart([must[i].alternatives[0] for i in alone])):
        return must, False
    merged = Clause(list(dict.fromkeys(must[i].alternatives[0] for i in alone)))
    kept = [c for i, c in enumerate(must) if i not in alone]
    return [merged, *kept], True
