"""Queries typed in English, read as the reports' Chinese: civil affairs bureau disclosure requests 2020.

Researchers and foreign journalists type English; the reports hold none, so no English word finds
anything. ``read_english`` rewrites a query typed wholly in English (no Chinese character, and at
least one word of the table that is more than a stop word) into the Chinese words the query layer
reads, before any other reading: the rest of the query layer then sees 民政局 申请 2020 as if typed so
(the issuer, the figure, the year and the place readers all apply). The table is
``data/english_words.tsv`` (its header says how it was written). The reading:

* words are folded (case, possessive 's, plural and past endings: requests -> request, charged ->
  charge) and the longest phrase of the table wins (information disclosure request before
  disclosure, request);
* a function word beside a body word is the body's name: tax bureau -> 税务局, ministry of civil
  affairs -> 民政部 (ministry, national, state: the central body), health commission -> 卫生健康委员会;
  alone it is the function's word (civil affairs -> 民政);
* a place spelt in pinyin (Shanghai, Guangdong Province, Haidian District) is its Chinese name:
  provinces and prefecture-level cities alone, any division when a level word closes it, and the
  few whose English name is not their pinyin (Inner Mongolia, Tibet, Shaanxi) from the table;
* not, except, excluding, other than, outside … leave out what follows them (not Jiangsu: -江苏, as
  the query language's -word and the Chinese 不要 / 除了 … 以外 do);
* years and numbers stay; English function words (how, did, the, of, receive …) are dropped;
  words the table cannot read are dropped too, and the page names them.

Filters (year:2020), operators (OR, -word) and quotes keep their places; a negated group is its members' exclusions.
A query holding Chinese, or only words the table does not know (pinyin: minzhengju), is left to the pinyin reading
(suggest.py); pinyin initials the search can read (tjj: initials.py) stay."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from search.retrieval.query_groups import negated_members
from search.retrieval.query_syntax import FIELD, OPERATORS

TABLE = Path(__file__).resolve().parent.parent / "data" / "english_words.tsv"
READ_NOTE = "按英文理解为：{reading}"
UNREAD_NOTE = "未能理解的英文词（未用于查找）：{words}"
ALSO_NOTE = "“{typed}”按{reading}理解，也可能指{also}。"
PINYIN_SOURCE = "pinyin"
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"(?:19|20)\d{2}\s*[-–~]\s*(?:19|20)\d{2}|\d+|[a-z]+")
_CONTENT = frozenset(("term", "function", "body", "level", "issuer", "question"))
_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)\d{2})?")


@dataclass(frozen=True)
class Row:
    words: tuple[str, ...]
    kind: str
    reading: str
    body: str
    central: str
    source: str = ""  # where the Chinese came from; "pinyin": a Chinese word English texts write in pinyin (dibao)


@dataclass(frozen=True)
class Table:
    by_first: dict[str, tuple[Row, ...]]  # a phrase's first word -> its rows, longest first
    vocabulary: frozenset[str]  # every word of every phrase


@cache
def table(path: Path = TABLE) -> Table:
    """The table, read once per process."""
    by_first: dict[str, list[Row]] = {}
    header = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:  # the column names
            header = False
            continue
        cells = (line.split("\t") + [""] * 6)[:6]
        words = tuple(_words(cells[0]))
        row = Row(words, cells[1], cells[2], cells[3], cells[4], cells[5].strip())
        by_first.setdefault(words[0], []).append(row)
    return Table({k: tuple(sorted(v, key=lambda r: -len(r.words))) for k, v in by_first.items()},
                 frozenset(w for rows in by_first.values() for r in rows for w in r.words))


def _words(text: str) -> list[str]:
    """Lower case, possessive 's and apostrophes dropped, hyphens as spaces (urban-rural)."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text).replace("'", "")
    return _WORD.findall(text)


def _forms(word: str, vocabulary: frozenset[str]) -> tuple[str, ...]:
    """The word and the table words it may be an inflection of (requests: request; charged:
    charged, charge; policies: policy; organisations: organization)."""
    if not word.isalpha():
        return (word,)
    found = [word] if word in vocabulary else []
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        stems.append(word[:-1])
    if word.endswith("ed"):
        stems += [word[:-1], word[:-2]]
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"]
    if word.endswith("ly"):  # proactively: proactive
        stems.append(word[:-2])
    stems += [s.replace("isation", "ization").replace("ise", "ize") for s in [word] + stems if "is" in s]
    found += [s for s in stems if s in vocabulary and s not in found]
    return tuple(found) or (word,)


@dataclass
class Item:
    typed: str
    kind: str  # a table kind, or "number", "place", "unknown"
    reading: str = ""
    row: Row | None = None
    also: tuple[str, ...] = ()  # other places the same spelling names (suzhou: 苏州, also 宿州)


def _match(words: list[str], tab: Table) -> list[Item]:
    """The words as table items, the longest phrase first at each position."""
    forms = [_forms(w, tab.vocabulary) for w in words]
    items: list[Item] = []
    i = 0
    while i < len(words):
        best: Row | None = None
        for first in forms[i]:
            for row in tab.by_first.get(first, ()):
                n = len(row.words)
                if i + n <= len(words) and all(row.words[k] in forms[i + k] for k in range(n)):
                    if best is None or n > len(best.words):
                        best = row
                    break  # rows are longest first
        if best is not None:
            n = len(best.words)
            items.append(Item(" ".join(words[i : i + n]), best.kind, best.reading, best))
            i += n
            continue
        word = words[i]
        # A year or a run of years stays (2020, 2019-2021: years.py reads it); another number (top 10)
        # says nothing the reports' words do.
        items.append(Item(word, "number" if _YEARS.fullmatch(word) else "unknown", word))
        i += 1
    return items


@cache
def _pinyin_places() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Provinces' and prefecture-level cities' short forms by their toneless pinyin (jiangsu: 江苏), and
    every division's short form likewise (haidian: 海淀), the latter read only when a level word closes
    it. A name is spelt every way its characters read (朝阳: zhaoyang, chaoyang). Where a spelling names
    several places (suzhou: 苏州, 宿州; fuzhou; taizhou; chaoyang district: 朝阳区, 潮阳区) the one of the
    lowest division code comes first, and the note names the others."""
    from search.retrieval.places import load_divisions
    from search.retrieval.suggest import spellings

    main: dict[str, set[tuple[str, str]]] = {}
    every: dict[str, set[tuple[str, str]]] = {}
    for stem, units in sorted(load_divisions().by_stem.items()):
        current = [u for u in units if u.current]
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", stem) or not current:
            continue
        top = [u.code for u in current if u.kind in ("province", "city")]
        for spelt in spellings(stem):
            every.setdefault(spelt, set()).add((min(u.code for u in current), stem))
            if top:
                main.setdefault(spelt, set()).add((min(top), stem))
    return ({k: tuple(stem for _, stem in sorted(v)) for k, v in main.items()},
            {k: tuple(stem for _, stem in sorted(v)) for k, v in every.items()})


def _read_places(items: list[Item]) -> list[Item]:
    """Unknown words spelt as a place (Shanghai, Guangdong Province, Haidian District) as its name."""
    from search.retrieval.places import full_name_units

    main, every = _pinyin_places()
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if item.kind == "place" and i + 1 < len(items) and items[i + 1].kind == "level" \
                and full_name_units(item.reading + items[i + 1].reading):
            out.append(Item(f"{item.typed} {items[i + 1].typed}", "place", item.reading + items[i + 1].reading,
                            item.row))
            i += 2
            continue
        if item.kind != "unknown" or not item.typed.isalpha():
            out.append(item)
            i += 1
            continue
        spelt = item.typed
        # A level word closing it names any division (Haidian District: 海淀区, Jiangsu Province).
        level = items[i + 1] if i + 1 < len(items) and items[i + 1].kind == "level" else None
        if level is not None:
            named = sorted((min(u.code for u in full_name_units(s + level.reading)), s + level.reading)
                           for s in every.get(spelt, ()) if full_name_units(s + level.reading))
            if named:
                names = tuple(dict.fromkeys(name for _, name in named))
                out.append(Item(f"{item.typed} {level.typed}", "place", names[0], also=names[1:]))
                i += 2
                continue
        if spelt in main:  # alone: a province or a prefecture-level city
            out.append(Item(item.typed, "place", main[spelt][0], also=main[spelt][1:]))
        else:
            out.append(item)
        i += 1
    return out


def _compose(items: list[Item]) -> list[Item]:
    """A function beside its body words is the body's name (tax bureau: 税务局; ministry of civil
    affairs, national health commission: the central body); 哪个 before a level word is one word."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if item.kind == "function" and item.row is not None:
            before = []
            while out and out[-1].kind == "body":
                before.insert(0, out.pop())
            after = []
            j = i + 1
            while j < len(items) and items[j].kind == "body":
                after.append(items[j])
                j += 1
            bodies = before + after
            row = item.row
            typed = " ".join(b.typed for b in before) + (" " if before else "") + item.typed \
                + ("".join(" " + b.typed for b in after))
            if any(b.row is not None and b.row.body == "central" for b in bodies):
                name = row.central or row.body or row.reading
            elif bodies:
                name = row.body or row.reading
            else:
                name = row.reading
            out.append(Item(typed, "function", name, row))
            i = j
            continue
        if out and out[-1].kind == "question" and out[-1].reading == "哪个" and item.kind in ("level", "issuer"):
            prev = out.pop()
            out.append(Item(f"{prev.typed} {item.typed}", item.kind, prev.reading + item.reading))
            i += 1
            continue
        out.append(item)
        i += 1
    return [item for item in out if item.kind != "body" or item.reading]  # national, state alone name nothing


@dataclass
class Reading:
    """What an English query was read as, gathered over its runs."""

    words: list[str]
    unread: list[str]
    also: list[str]  # notes on spellings naming two places
    content: bool = False  # some word was more than a stop word or a place
    pinyin: list[tuple[str, str]] = field(default_factory=list)  # (typed, reading) of the table's pinyin words (dibao)
    english: bool = False  # some content word was English, not pinyin

    def add(self, text: str) -> list[str]:
        """Read one run of English words; its Chinese words."""
        from search.retrieval.initials import readable

        tab = table()
        # Stop words go first, so that a body and its function meet across them (ministry of education).
        items = [item for item in _match(_words(text), tab) if item.kind != "stop"]
        if any(item.kind in ("unknown", "place") for item in items):
            items = _read_places(items)
        readings: list[str] = []
        leave_out = False  # the item after not / except / excluding is left out (-江苏)
        for item in _compose(items):
            if item.kind == "exclude":
                leave_out = True
                continue
            if item.kind == "unknown":
                if readable(item.typed):  # pinyin initials (tjj): kept for initials.py to read
                    readings.append(("-" if leave_out else "") + item.typed)
                    leave_out = False
                else:
                    self.unread.append(item.typed)
                continue
            # A place counts when English named it (Tibet, Haidian District); one spelt in pinyin alone
            # (Fujian) is left to the pinyin reading of a query that has nothing else.
            english_place = item.kind == "place" and (item.row is not None or " " in item.typed)
            self.content = self.content or item.kind in _CONTENT or english_place
            if item.row is not None and item.row.source == PINYIN_SOURCE:
                self.pinyin.append((item.typed, item.reading))
            elif item.kind in _CONTENT or english_place:
                self.english = True
            if item.also:
                self.also.append(ALSO_NOTE.format(typed=item.typed, reading=item.reading, also="、".join(item.also)))
            reading = ("-" if leave_out else "") + item.reading
            leave_out = False
            if reading not in readings and reading not in self.words:  # fees … charge: 收费 once
                readings.append(reading)
        return readings


def read_english(text: str) -> tuple[str, list[str]] | None:
    """The query read as Chinese, and the notes saying so; None when it is not English (it holds a
    Chinese character, or no word of the table but stop words and places)."""
    if not text or _CJK.search(text) or not re.search(r"[A-Za-z]{2}", text):
        return None
    text = negated_members(text)  # -(police OR fees): -police -fees (query_groups.py)
    reading = Reading([], [], [])
    out = reading.words
    run: list[str] = []

    def flush() -> None:
        if run:
            out.extend(reading.add(" ".join(run)))
            run.clear()

    from search.retrieval.query import TOKEN  # local: query.py reads this module's words lazily

    for match in TOKEN.finditer(text):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        token = match.group()
        sign = "-" if negated else ""
        if quoted is not None:  # an English phrase read as one Chinese word stays a phrase
            flush()
            words = reading.add(quoted)
            out.extend([f'{sign}"{words[0]}"'] if len(words) == 1 else [sign + w for w in words])
            continue
        if FIELD.match(token.lstrip("-")) or token in OPERATORS:
            flush()
            out.append(token)
            continue
        if negated:  # -police: -公安
            flush()
            out.extend(sign + w for w in reading.add(bare))
            continue
        run.append(bare)
    flush()
    if not reading.content:
        return None
    said = " ".join(out)
    # Pinyin is no English (QA 31 #12: dibao was announced as 按英文理解为): said as the pinyin reading says what it
    # mends (没有报告使用“zhengdi”，已按“征地”查找。). respell is imported here: it reaches the query layer, which reads this.
    from search.retrieval.respell import CORRECTED_NOTE

    notes = [READ_NOTE.format(reading=said or "（无）")] if reading.english or not reading.pinyin else \
        [CORRECTED_NOTE.format(typed=typed, found=found) for typed, found in dict.fromkeys(reading.pinyin)]
    notes += list(dict.fromkeys(reading.also))
    if reading.unread:
        notes.append(UNREAD_NOTE.format(words="、".join(dict.fromkeys(reading.unread))))
    return said, notes
