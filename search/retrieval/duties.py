"""A body named by what it is in charge of: 管水的部门, 负责低保的单位, 主管学校的部门.

People who do not know a body's name say what it does. Such a phrase is read as the body
(``data/duty_words.tsv``: the duty word -> its function of agency_functions.tsv) and searched as
that body's name, which then finds every way its reports write it (水利局, 水务局, 水利部); the page
says how the phrase was read. A phrase whose duty the table does not know is left as typed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from search.retrieval.query import Clause, ParsedQuery

DUTY_WORDS = Path(__file__).resolve().parent.parent / "data" / "duty_words.tsv"
# 管 / 负责 / 主管 / 分管 + the duty + (工作 / 方面 / 的事) + 的 + (a kind of body), or the kind right after it.
_PHRASE = re.compile(r"(?:专门)?(?:负责|主管|分管|管理|管)(?P<duty>[\u4e00-\u9fff]{1,5}?)(?:工作|方面|的事情?)?"
                     r"(?:的(?:政府部门|部门|单位|机关|机构|局)?|(?:政府部门|部门|单位|机关|机构))")


@lru_cache(maxsize=1)
def duty_functions() -> dict[str, str]:
    """Duty word -> function."""
    rows = {}
    for line in DUTY_WORDS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("duty\t"):
            continue
        duty, function = line.split("\t")[:2]
        rows[duty.strip()] = function.strip()
    return rows


def read_duties(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with each duty phrase the table knows replaced by its body's function, and the
    (phrase, function) pairs replaced."""
    found: list[tuple[str, str]] = []

    def body(match: re.Match) -> str:
        function = duty_functions().get(match.group("duty"))
        if function is None:
            return match.group(0)
        found.append((match.group(0), function))
        return f" {function} "

    return _PHRASE.sub(body, text), found


def take_duties(parsed: ParsedQuery) -> None:
    """Read duty phrases of the unquoted words as the bodies they name, with a note (in place)."""
    clauses = []
    for clause in parsed.must:
        if clause.phrase:
            clauses.append(clause)
            continue
        alternatives = []
        for alt in clause.alternatives:
            text, found = read_duties(alt)
            alternatives.append(" ".join(text.split()) or alt)
            for phrase, function in found:
                parsed.notes.append(f"“{phrase}”按机构理解：查找{function}的报告。")
        clauses.append(Clause(alternatives, False))
    parsed.must = clauses
