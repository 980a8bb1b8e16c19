"""The comparison's texts: each report's text of a part, cut where another compared report has it too (runs of
24 characters or more, numbers folded: search/figures/similarity.py), and how much of it is shared, in words."""
from __future__ import annotations

from dataclasses import dataclass

from search.figures.similarity import normalise, overlap, prose_of
from search.missing_parts import missing_parts
from search.vocabulary import PREAMBLE_NAME, PREAMBLE_PART, UNKNOWN_YEAR, shown_name


@dataclass
class Passage:
    """A piece of a report's text, and whether another compared report has it too."""

    text: str
    shared: bool


@dataclass
class PartText:
    """One report's text of one part, cut where it shares text with the others."""

    present: bool
    title: str
    passages: list[Passage]
    share: float  # of its text found in another compared report
    chars: int
    report: str = ""  # the report it belongs to, as a heading: agency and year
    cut_before: bool = False  # absent because the report's text stops before it, not because the report lacks it

    @property
    def shared_text(self) -> str:
        """How much of the text another compared report also has, in words: a share that rounds to 0 % or 100 %
        is said as none, under 1 %, over 99 % or all (约 0% 与其他报告相同 read as a figure to quote)."""
        percent = round(self.share * 100)
        if self.share <= 0:
            return "没有与其他报告相同的文字"
        if self.share >= 1:
            return "全部与其他报告相同"
        if percent == 0:
            return "其中不到 1% 与其他报告相同"
        if percent == 100:
            return "其中 99% 以上与其他报告相同"
        return f"其中约 {percent}% 与其他报告相同"


def report_label(report: dict) -> str:
    """A report as the comparison's headings name it: agency and year."""
    return f"{shown_name(report.get('agency'))} {report.get('year') or UNKNOWN_YEAR}"  # as ReportRecord.label


def part_texts(number: int, reports: list[dict]) -> list[PartText]:
    """Each report's text of part ``number`` (the preamble for 0), cut where another compared report has it too."""
    if number == PREAMBLE_PART:  # only a report in which no part was found is compared by its preamble
        texts = [normalise("" if r.get("sections") else r.get("preamble") or "") for r in reports]
    else:
        texts = [normalise(prose_of(r, {number})) for r in reports]
    out = []
    for i, (report, text) in enumerate(zip(reports, texts)):
        section = next((s for s in report.get("sections", []) if s.get("number") == number), None)
        if number == PREAMBLE_PART and text.original:
            section = {"title": PREAMBLE_NAME}
        found = overlap(text, [t for j, t in enumerate(texts) if j != i])
        passages, at = [], 0
        for start, end in found.spans:
            if start > at:
                passages.append(Passage(text.original[at:start], False))
            passages.append(Passage(text.original[start:end], True))
            at = end
        if at < len(text.original):
            passages.append(Passage(text.original[at:], False))
        out.append(PartText(section is not None, (section or {}).get("title") or "", passages, found.share,
                            len(text.original), report_label(report), section is None and _cut_before(report, number)))
    return out


def _cut_before(report: dict, number: int) -> bool:
    """Whether part ``number`` is absent only because the report's text stops before it: the one rule of what a
    report lacks (search/missing_parts.py), which does not count a cut copy's later parts."""
    sections = [(s.get("number") or 0, bool(s.get("inferred"))) for s in report.get("sections", [])]
    return report.get("cut_off") is not None and number not in missing_parts(sections, True)
