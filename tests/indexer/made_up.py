"""Parsing a made-up text as a file, for the parser rounds' tests: the report, or the reason it is refused."""
from __future__ import annotations

from indexer.model import Document, Report, UnreadableFile
from indexer.parser import parse_document


def parsed(lines, address=None) -> Report:
    """The report a made-up text's lines give, read as a plain-text file (``address``: the page's web address)."""
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


def refusal(lines) -> str | None:
    """Why the parser refuses the lines as a report, or None when it keeps them."""
    try:
        parsed(lines)
    except UnreadableFile as e:
        return str(e)
    return None
