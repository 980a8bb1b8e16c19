"""An English translation of a report, read for what it calls itself (round 47).

A mirror's machine translation of a body's report is the report (a genuine report is never dropped): its title or
lead-in names it in English, '某局's 2017 Government Information Disclosure Annual Report', '… Annual Report on
Government Information Disclosure (2017)', 'the 2015 annual report of the Ministry of X on government information
disclosure is hereby released'. Text that only speaks of such reports (a README, a summary page) names no body and year
so, and stays documentation. The issuer is kept as the English writes it (no Chinese name is guessed); a national body's
English name ('Ministry of …', 'National …', 'State …', 'China …') is central.
"""
from __future__ import annotations

import re

_REPORT = (r"(?:Government Information (?:Disclosure|Openness)|Government Affairs (?:Disclosure|Openness)) Annual Report"
           r"|Annual Report on (?:the )?(?:Government Information (?:Disclosure|Openness)|Disclosure of Government Information"
           r"|Openness of Government Information|Government Affairs (?:Disclosure|Openness))"
           r"|Annual Report of Government Information (?:Disclosure|Openness)")
# a body's name in English: capitalised words, with of/and/the/for between them ('Ministry of Commerce', 'People's Bank of China')
_NAME = r"(?:The |the )?(?P<agency>[A-Z][A-Za-z'’&-]*(?: (?:of|and|for|the|on|[A-Z][A-Za-z'’&-]*))*?)"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_TITLES = [
    re.compile(rf"^{_NAME}(?:'s|’s)? {_YEAR} (?:{_REPORT})$"),                    # X's 2017 … Annual Report
    re.compile(rf"^{_NAME}(?:'s|’s)? (?:{_REPORT}) ?[(（]{_YEAR}[)）]$"),          # X … Annual Report (2017)
    re.compile(rf"^{_YEAR} (?:{_REPORT}) of {_NAME}$"),                           # 2017 … Annual Report of X
    re.compile(rf"^{_YEAR} (?:{_REPORT})$"),                                      # the year alone, no body
]
# the lead-in: 'the 2016 annual report of the Ministry of Water Resources on government information disclosure is hereby released'
_LEAD = re.compile(rf"\b(?:the )?{_YEAR} annual report of {_NAME} on (?:the )?government (?:information|affairs) "
                   r"(?:disclosure|openness)[^.]{0,40}?\b(?:is|are) (?:hereby )?(?:released|published|issued)")
_CENTRAL = re.compile(r"^(?:Ministry of|National|State|China|General Administration of|People's Bank of China$|"
                      r"People’s Bank of China$)")
_PROVINCIAL = re.compile(r"\b(?:Province|Provincial|Municipal|Municipality|City|County|District|Autonomous Region)\b")


def english_report(lines: list[str]) -> tuple[str | None, int] | None:
    """(issuer or None, year) when one of the first lines is an English report title, or an English lead-in releases the
    report of a body and year; None otherwise."""
    for line in lines[:12]:
        text = re.sub(r"\s+", " ", line).strip().rstrip(".")
        for pattern in _TITLES:
            if (m := pattern.match(text)):
                return _named(m), int(m.group("year"))
        if (m := _LEAD.search(text)):
            return _named(m), int(m.group("year"))
    return None


def _named(m: re.Match) -> str | None:
    name = m.groupdict().get("agency")
    return re.sub(r"['’]s$", "", name) if name else None


def english_level(agency: str | None) -> str | None:
    """'central' for a national body's English name; None otherwise (left to the places reader)."""
    if agency and _CENTRAL.search(agency) and not _PROVINCIAL.search(agency):
        return "central"
    return None
