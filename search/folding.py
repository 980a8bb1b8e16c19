"""Traditional characters to simplified ones, one character to one: the table the search analyzers
fold text with (search.analysis) and the parser matches headings, titles and places on
(indexer.script). Kept apart from search.analysis so that the parser need not load jieba.

The table is OpenCC's character list (TSCharacters.txt, shipped with the pinned opencc package),
each traditional character mapped to its first simplified form. A character that is also a
simplified form keeps itself (乾 in 乾隆, 於, 覆): mapping it would corrupt simplified text, which is
nearly all of the corpus.
"""
from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path


def _opencc_characters() -> Path | None:
    """OpenCC's traditional-to-simplified character list, or None when opencc is not installed."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).with_name("dictionary") / "TSCharacters.txt"
    return path if path.is_file() else None


@cache
def traditional_to_simplified() -> dict[int, str]:
    """Traditional character (code point) -> its simplified form, one character each."""
    path = _opencc_characters()
    table: dict[int, str] = {}
    if path is None:
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional, _, simplified = line.partition("\t")
        choices = simplified.split()
        if len(traditional) == 1 and choices and traditional not in choices and len(choices[0]) == 1:
            table[ord(traditional)] = choices[0]
    return table


# Zero-width spaces and joiners, a word joiner and a stray byte-order mark (U+200B-U+200D, U+2060, U+FEFF): invisible,
# no part of any word. Text pasted from a web page carries them inside words (低\u200b保); a query read them as a space
# between two words (QA 32 #9). The indexer drops them from every line (indexer/normalize.clean_line); so does a query:
# one list for both.
INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARACTERS))


def without_invisible(text: str) -> str:
    """``text`` without zero-width characters (INVISIBLE)."""
    return text.translate(INVISIBLE)
