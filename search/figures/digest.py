"""What the figures pages need of each report, computed once when the report is indexed.

The statistics, trends and quality pages work on every selected report: its metadata, table
figures, checks, the claims of its prose and a MinHash signature of its prose; questions about the fees and
items only prose states read those statements of every report. Reading those
from each report's stored JSON costs some 1.5 ms a report (the signature most), 15 s for
10,000 reports on a first request. So the index writer (``indexer/segments.py``) computes a
digest of each report as it indexes it and writes the digests of a segment beside it, in
``<segment id>.nbr``, a file Whoosh deletes with its segment; ``search.figures.records`` reads
them all at once when a generation is opened.

The indexer may import this module (as it imports ``search.schema``); it imports nothing of the
indexer.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from search.figures.claims import read_claims
from search.figures.columns import COLUMNS
from search.figures.prose_statements import prose_statements
from search.figures.similarity import normal_form, prose_of, signature
from search.missing_parts import missing_parts
from search.vocabulary import APPLICANT_CELLS

EXT = ".nbr"
# 3: the agency id; 4: the review table's 其他结果 kept; 5: the parts missing as the index flags them;
# 6: （六）其他处理 3.其他 (outcome_other_other) kept, which the applicant cells' suffix _other dropped;
# 7: the fees and items the prose states (prose_statements.py), which questions of them read for every report;
# 8 (export43): cut_off and ocr, so that a blank figure can say why (search/figures/blank_reasons.py).
VERSION = 8


def report_digest(report: dict) -> dict:
    """The digest of a stored report (the JSON of ``python -m indexer parse``): the fields of a
    ``ReportRecord``, the values of every statistics column and the parts of every rate, and
    the signature of its prose (None when it has too little)."""
    region = report.get("region") or {}
    # Only the per-applicant cells of part 三 are left out, by name: every figure a column reads stays (dropping
    # by the suffix _other took 3.其他 too, and 其他处理 was blank for every 2021-template report).
    figures = {k: v for k, v in (report.get("figures") or {}).items() if k not in APPLICANT_CELLS}
    return {
        "report_id": report["id"],
        "agency": report.get("agency") or "未知机构",
        "year": report.get("year"),
        "level": report.get("level") or "unknown",
        "province": region.get("province") or "",
        "city": region.get("city") or "",
        "template": report.get("template"),
        "source": report.get("source") or "",
        "sections": [s.get("number") for s in report.get("sections", [])],
        "lacking": missing_parts(((s.get("number"), bool(s.get("inferred"))) for s in report.get("sections", [])),
                                 report.get("cut_off") is not None),
        "figures": figures,
        "checks": report.get("checks") or {},
        "cut_off": report.get("cut_off") is not None,
        "ocr": bool(report.get("ocr")),
        "claims": read_claims(report),
        "statements": prose_statements(report),
        "agency_id": report.get("agency_id") or report.get("agency") or "未知机构",
        "signature": signature(normal_form(prose_of(report))),
        "values": {c.key: c.value(figures) for c in COLUMNS},
        "parts": {c.key: (c.numerator(figures), c.denominator(figures)) for c in COLUMNS if c.kind == "rate"},
    }


def write_digests(path: Path, digests: list[dict]) -> None:
    """Write one segment's digests."""
    # A temporary name of its own: two servers started at once may refresh the same old segment, and a shared
    # name would let one rename the other's half-written file into place.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            pickle.dump({"version": VERSION, "digests": digests}, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide the digests from a server running as another user
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_digests(path: Path) -> list[dict] | None:
    """One segment's digests; None when the segment has none (or of another version)."""
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)  # written by our own index writer, like Whoosh's stored fields
    except (OSError, pickle.UnpicklingError, EOFError):
        return None
    return data["digests"] if isinstance(data, dict) and data.get("version") == VERSION else None
