"""A field filter typed in the query box, read into the ParsedQuery (query.parse_query), and what the page says of a
field the query language does not have.

The fields are query_syntax.FIELD_KINDS. ``level:`` / ``层级:`` and ``region:`` / ``地区:`` / ``省份:`` choose what the
page's 层级 and 地区 facets choose, and are applied as those are (filters.filter_parts ORs them with the facet's own
values; facets.py shows them chosen): before session 37 they were read as words, and ``year:2019 level:county 收费``
said 没有报告使用“level、county” without a word that level: is no field. A field the language does not have (type:pdf,
lvl:县) is still searched as words, and said so with the fields there are.
"""
from __future__ import annotations

import re

from search.echo import echo
from search.retrieval.issuers import level_words
from search.retrieval.params import LEVELS
from search.retrieval.query_syntax import FIELD_KINDS
from search.vocabulary import PREAMBLE_NAME, PREAMBLE_PART, part_number

_YEAR_RANGE = re.compile(r"^((?:19|20)\d{2})年?\s*[-–—~至到]\s*((?:19|20)\d{2})年?$")
# A level as people write it: the facet's codes (the URL's level=) and labels, the level words of issuer_words.tsv
# (县, 地市, 乡镇街道, 部委 …, which the search's ranking reads too), and the filter's own few (a level's name with 级 is
# read without it: 县级, 市级).
LEVEL_WORDS = {**{code: code for code in LEVELS}, **{label: code for code, label in LEVELS.items()}, **level_words(),
               "中央": "central", "中央级": "central", "国家级": "central", "省级地区": "province", "地级": "city",
               "区县": "county", "县区": "county", "街道": "township"}
# A word, then a colon and a value, that is no field of the table: letters of any script but Chinese (type:pdf, lvl:县,
# niveau:county), or a short Chinese word (级别:县). A longer Chinese run before a colon is a sentence's (答复期限:20日),
# a URL (http://) or a time (10:30) no field at all.
_FIELD_LIKE = re.compile(r"^((?:(?![\u3400-\u9fff])[^\W\d_]){2,20}|[\u3400-\u9fff]{1,3}):(?!//)(.*)$")
UNKNOWN_FIELD = "不认识的筛选字段“{field}:”，已按普通词语搜索；可用的字段：{chinese}（或 {english}）。"
UNREAD_FILTER = "无法理解筛选条件 {name}:{value}，已按普通词语“{words}”搜索。"
OTHER_REGION = "“{typed}”按{read}理解；要看{other}，请写 {field}:{other}。"
EMPTY_FILTER = "筛选条件 {name}: 后面没有值，已忽略（写法如 level:county、地区:浙江）。"


def apply_filter(parsed, name: str, value: str, token: str) -> bool:
    """Record the field filter ``token`` (``name``, its kind; ``value`` as typed) in ``parsed``; False, with the note,
    when the value makes no sense: then it is read as words."""
    value = value.strip().strip('"').strip()
    if name == "agency" and value:
        parsed.agency.append(value)
        return True
    if name == "year":
        year = value.removesuffix("年")
        if year.isascii() and year.isdigit() and 1990 <= int(year) <= 2100:
            parsed.years.append((int(year), int(year)))
            return True
        match = _YEAR_RANGE.match(value)
        if match:
            low, high = sorted(typed := (int(match.group(1)), int(match.group(2))))
            parsed.notes += [f"年份范围 {value[:20]} 的起始年份大于截止年份，已对调为 {low}-{high}。"] if typed[0] > typed[1] else []
            parsed.years.append((low, high))
            return True
    if name == "section":
        if value in (PREAMBLE_NAME, "0"):  # the text of a report in which no part was found
            parsed.sections.append(PREAMBLE_PART)
            return True
        number = part_number(value) or (int(value) if value.isascii() and value.isdigit() else 0)
        if 1 <= number <= 6:
            parsed.sections.append(number)
            return True
    chosen = _facet_value(name, value)
    if chosen is not None:
        parsed.typed_choices.append((*chosen, token))
        parsed.notes += [note] if name == "region" and (note := _other_region_note(token, value, chosen)) else []
        return True
    parsed.notes.append(UNREAD_FILTER.format(name=echo(token.split(":", 1)[0]), value=echo(value),
                                             words="”“".join(echo(w) for w in unread_words(token))))  # 地区:火星 as typed
    parsed.unread_fields.append(token)
    return False


def _facet_value(name: str, value: str) -> tuple[str, str] | None:
    """(facet, value as the index holds it) a level: or region: value chooses, None when it names none."""
    if name == "level":
        code = LEVEL_WORDS.get(value.lower()) or LEVEL_WORDS.get(value.removesuffix("级"))
        return ("level", code) if code else None
    if name == "region" and value:
        return region_value(value)
    return None


def region_value(value: str) -> tuple[str, str] | None:
    """("province" or "city", full name) of a province or a city as typed (浙江, 浙江省, 杭州, 杭州市), as the 地区 facet
    names it; None for a value naming neither, or more than one city."""
    from search.retrieval.region_names import load_divisions  # (places.py reads query.py)

    named = _named_region(value)
    if named is not None or len(value) > 20:
        return named
    # A city written after its province (浙江省杭州市, 浙江杭州) is the city (QA 44 F2: it was read as words).
    for cut in range(2, len(value) - 1):
        province, city = _named_region(value[:cut]), _named_region(value[cut:])
        if (province and city and province[0] == "province" and city[0] == "city"
                and any(u.province == province[1] for u in load_divisions().by_name.get(city[1], ()))):
            return city
    return None


def _other_region_note(token: str, value: str, chosen: tuple[str, str]) -> str:
    """The note for a short name a province and a city share (地区:吉林: 吉林省 and 吉林市; 海南: 海南省 and 海南藏族自治州),
    read as the province in silence before (review 37 #8): which was read, and how to write the other ('' for none)."""
    from search.retrieval.region_names import full_region

    city = full_region(value, "city") if chosen[0] == "province" else None
    if city is None or city == chosen[1]:
        return ""
    field = echo(token.split(":", 1)[0])
    return OTHER_REGION.format(typed=f"{field}:{echo(value)}", read=chosen[1], other=city, field=field)


def _named_region(value: str) -> tuple[str, str] | None:
    """("province" or "city", full name) of one division's name or short form."""
    from search.retrieval.region_names import full_region, load_divisions

    for kind in ("province", "city"):
        if any(u.kind == kind and u.current for u in load_divisions().by_name.get(value, ())):
            return kind, value
        full = full_region(value, kind)
        if full is not None:
            return kind, full
    return None


def unread_words(token: str) -> list[str]:
    """The words a field filter not read as one is searched as: a field of the language's value alone (level:县教育局:
    县教育局; level: with nothing after it, none), an unknown field's name and value apart (级别:县: 级别, 县), never
    the colon (QA 44 F3, F6, F7: “级别:县”, “地区:” were quoted as words, and level:县教育局 lost its 县)."""
    name, _, value = token.partition(":")
    if name.lower() in FIELD_KINDS:
        return value.strip().strip('"').split()
    return [word for word in (name, value.strip('"')) if word]


def unknown_field_note(parsed, token: str) -> bool:
    """The note for ``token`` when it is written as a field filter with a field the language does not have, or a
    field of the language with nothing after it; whether it is one (its words are then ``unread_words``)."""
    like = _FIELD_LIKE.match(token)
    if like is not None and like.group(1).lower() in FIELD_KINDS:  # level: or 地区: with nothing after it
        parsed.notes.append(EMPTY_FILTER.format(name=echo(like.group(1))))
        parsed.unread_fields.append(token)
        return True
    if like is None or not like.group(2) and not like.group(1).isascii():
        return False  # (问题: 收费: a sentence's colon)
    names: dict[str, list[str]] = {}
    for field, kind in FIELD_KINDS.items():
        names.setdefault(kind, []).append(field)
    chinese = " ".join(next(f for f in fields if not f.isascii()) + ":" for fields in names.values())
    english = " ".join(next(f for f in fields if f.isascii()) + ":" for fields in names.values())
    parsed.notes.append(UNKNOWN_FIELD.format(field=echo(like.group(1), 20), chinese=chinese, english=english))
    parsed.unread_fields.append(token)
    return True


def with_typed_filters(params, parsed):
    """``params`` with the level and region the query box chose among the facets' own values (OR'd with them, as a
    facet's values are)."""
    from dataclasses import replace

    if not parsed.typed_choices:
        return params
    chosen = {name: list(getattr(params, name)) for name in ("level", "province", "city")}
    for facet, value, _ in parsed.typed_choices:
        if value not in chosen[facet]:
            chosen[facet].append(value)
    return replace(params, **{name: tuple(values) for name, values in chosen.items()})


def typed_toggles(params, parsed) -> dict[tuple[str, str], str]:
    """(facet, value) -> the query string without the query box's filters choosing it: a facet value the query box
    chose is shown chosen, and clicking it takes the filter out of the query (as a chosen value's click unchooses it)."""
    toggles = {}
    for facet, value, _ in parsed.typed_choices:
        text = parsed.text
        for other, same, token in parsed.typed_choices:
            if (other, same) == (facet, value):
                text = text.replace(token, " ", 1)
        clicked = tuple(v for v in getattr(params, facet) if v != value)  # chosen both ways: unchosen both ways
        toggles[(facet, value)] = params.query_string(q=" ".join(text.split()), page=1, **{facet: clicked})
    return toggles
