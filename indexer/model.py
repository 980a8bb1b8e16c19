"""The shapes data takes between reading a file and indexing it.

file -> reader -> ``Document`` (blocks of text and tables, in reading order)
     -> parser -> ``Report`` (metadata, sections, figures, checks, warnings)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

from search.vocabulary import SECTION_NAMES, part_label  # noqa: F401  (re-exported for the parser)


class UnreadableFile(Exception):
    """A file that cannot be turned into a report; ``str(exc)`` is a one-line reason for users."""


@dataclass
class Table:
    """A table as rows of cell strings ('' for an empty cell), merged cells repeated or blank."""

    rows: list[list[str]]
    # Rows whose numbers the text ran together ('21710000218'), by index, with the digits as written:
    # the figures' reader split them and indexer/split_cells.py wrote the parts into the cells.
    split: dict[int, str] = field(default_factory=dict)
    unsplit: dict[int, str] = field(default_factory=dict)  # glued rows no single split adds up: shown as written

    def sliced(self, start: int, end: int | None = None) -> "Table":
        """Rows ``start:end`` as a table of their own, their split marks kept."""
        end = len(self.rows) if end is None else end

        def within(marks: dict[int, str]) -> dict[int, str]:
            return {i - start: d for i, d in marks.items() if start <= i < end}
        return Table(rows=self.rows[start:end], split=within(self.split), unsplit=within(self.unsplit))

    def to_text(self) -> str:
        """Tab-separated rows, the form text extraction gives a table."""
        return "\n".join("\t".join(row) for row in self.rows)


# A block is one paragraph (or line) of text, or one table.
Block = Union[str, Table]


@dataclass
class OcrSummary:
    """What OCR read of a document: which pages, how surely, and the blocks once more without
    the digits it was unsure of (the parser compares the figures of both to mark doubtful ones)."""

    pages: list[int]  # 1-based numbers of the pages read by OCR
    confidence: float  # Tesseract's mean word confidence over those pages, 0-100
    confident_blocks: list["Block"] = field(default_factory=list)
    pages_read: dict = field(default_factory=dict, repr=False)  # reader's working data, not kept


@dataclass
class Document:
    """What a reader makes of a file: its blocks in reading order plus hints about the file."""

    blocks: list[Block]
    kind: str  # "txt", "pdf", "docx" or "html"
    # Metadata the container itself offers, e.g. {"title": PDF /Title or HTML <h1>,
    # "publisher": HTML 发布机构, "url": page address}. Hints only: the parser decides.
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    ocr: OcrSummary | None = None  # set when some pages were scans read by OCR


@dataclass
class Subheading:
    """A numbered sub-heading inside a part, e.g. （二）依申请公开情况."""

    label: str  # the numeral as written, e.g. "（二）"
    title: str  # the whole heading line
    anchor: str  # element id on the report page, e.g. "section-1-2"
    block: int = -1  # index of the block it heads within its section


@dataclass
class Section:
    """One of the template's six parts."""

    number: int  # 1..6
    title: str  # heading as written; "" when the part was inferred without a heading
    blocks: list[Block] = field(default_factory=list)
    subheadings: list[Subheading] = field(default_factory=list)
    inferred: bool = False

    @property
    def text(self) -> str:
        """The part's text, tables as tab-separated rows."""
        return "\n".join(b if isinstance(b, str) else b.to_text() for b in self.blocks)


@dataclass
class Report:
    """A parsed annual report."""

    source: str  # file name it was read from
    kind: str
    title: str | None = None
    agency: str | None = None
    year: int | None = None
    level: str | None = None  # central / province / city / county / township
    region: dict[str, str | None] = field(
        default_factory=lambda: {"province": None, "city": None, "county": None}
    )
    template: str | None = None  # "2019", "2021" or "pre2019"
    preamble: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    figures: dict[str, object] = field(default_factory=dict)
    checks: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    id: str = ""  # stable id, set by the indexer from the file's content hash
    # The issuer as the file's container names it besides the title (an HTML page's 发布机构 and
    # 来源): names that may add the place the title leaves out (indexer/identity.py).
    agency_names: list[str] = field(default_factory=list)
    # One id for the issuing body across spellings, years and reforms, and the names of its
    # place (province/city/county), set by ``identity.assign_identity`` (docs/agencies.md).
    # The words the text stops on when it was cut before the report's end (a page cut short).
    cut_off: str | None = None
    # What a reader is told of it, quoting only the report's words ('报告文本在“…”处中断', '报告文本在表格中中断（到“…”一行为止）').
    cut_where: str | None = None
    encoding: str | None = None  # a text file's, as detected (readers/text.py): its download names the charset
    agency_id: str | None = None
    agency_place: str = ""
    # Set when the text was recognised from a scan: {"pages": [1, 2], "confidence": 91.2,
    # "uncertain_figures": ["requests_new", ...]} (figures read from digits OCR was unsure of).
    ocr: dict | None = None
