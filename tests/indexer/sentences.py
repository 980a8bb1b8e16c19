"""The form every warning takes: one plain Simplified Chinese sentence, as the report page shows it."""
from __future__ import annotations

import re

# Text quoted from the report (“…”: row labels, cells, remarks, a file's extension) may hold anything.
_QUOTED = re.compile(r"“[^“”]*”")
# Latin words a Chinese sentence cannot avoid: file formats, OCR, Unicode.
ALLOWED_WORDS = {"PDF", "DOCX", "HTML", "TXT", "Word", "OCR", "Unicode"}
_REPR = re.compile(r"\['|'\]|\[\]|\{'|\bNone\b|\bTrue\b|\bFalse\b|\\[nt]")


def sentence_problem(warning: str) -> str | None:
    """Why ``warning`` is not one plain Chinese sentence, or None when it is."""
    if not warning or warning != warning.strip() or "\n" in warning:
        return "empty, padded or on several lines"
    if _REPR.search(warning):
        return "a Python repr is left in it"
    bare = _QUOTED.sub("“”", warning)
    if not re.search(r"[\u4e00-\u9fff]", bare):
        return "no Chinese outside quotes"
    if not bare.endswith("。") or re.search(r"[。！？]", bare[:-1]):
        return "not one sentence ending in 。"
    if re.search(r"[,;:()?!]|\.(?!\d)", bare):
        return "half-width punctuation outside quotes"
    english = set(re.findall(r"[A-Za-z]+", bare)) - ALLOWED_WORDS
    if english:
        return f"English words {sorted(english)}"
    return None
