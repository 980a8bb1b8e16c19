"""Places and central bodies that a government web address names.

A crawled report has an address, and a gov.cn host name usually names the issuer's area:
  www.longmen.gov.cn    the pinyin of a division's short form            龙门县
  www.jsx.gov.cn        the initials of its name                         建始县 (and six more)
  www.ewenke.gov.cn     a people's name that names the unit, without 族    鄂温克族自治旗
  dinghuqu.gov.cn       pinyin plus the pinyin of its suffix (qu 区)      鼎湖区
  www.ynxc.gov.cn       a province's or city's key, then a unit inside it 云南省 > 西畴县
  kjt.sczf.gov.cn       a key, then 'zf' (政府)                            四川省
  fgw.beijing.gov.cn    an office's label (fgw) before the area's         北京市
  xxgk.mot.gov.cn       a central body's own domain                       交通运输部
The keys (pinyin, initials) are those of indexer/data/divisions.tsv; indexer/data/hosts.tsv holds
only what no rule derives: the provinces' two-letter codes (ISO 3166-2:CN: sn is 陕西, hi 海南)
and the central bodies' domains. A label that fits several units (tl: 铜陵, 通辽, 铁岭 …) gives
all of them: the caller narrows them with what the text says, or leaves the place open.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import unquote

from indexer.gazetteer import Unit, load_gazetteer

HOSTS = Path(__file__).with_name("data") / "hosts.tsv"
GOV_HOST = re.compile(r"((?:[a-z0-9-]+\.)+)gov\.cn(?![a-z0-9-])", re.IGNORECASE)
# Labels that name no place: services, sub-sites, the site's language or script.
NOISE = {"www", "www2", "wap", "m", "zwgk", "xxgk", "gov", "info", "big5", "en", "english", "web", "zw", "gk"}
# Endings that add nothing to a key ('sczf': 四川 政府).
NOISE_TAILS = ("rmzf", "zf", "gov", "zwgk", "xxgk")
SUFFIX_PINYIN = (("qu", "区"), ("xian", "县"), ("shi", "市"), ("zhen", "镇"), ("xiang", "乡"), ("qi", "旗"))


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(label -> division code, label -> central body) from hosts.tsv."""
    codes, central = {}, {}
    for line in HOSTS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            label, value = line.split("\t")[:2]
            (codes if value.isdigit() else central)[label] = value
    return codes, central


def gov_hosts(address: str) -> list[str]:
    """The gov.cn hosts in an address, also those a proxy or gateway wraps in its path or query."""
    return [m.group(1).lower().rstrip(".") for m in GOV_HOST.finditer(unquote(address or ""))]


def _labels(host: str) -> list[str]:
    """A host's labels without the gov.cn suffix: 'xxgk.mot.gov.cn' -> ['xxgk', 'mot']."""
    host = re.sub(r"\.gov\.cn\.?$", "", host.lower().strip())
    return [label for label in host.split(".") if label]


def central_body(host: str) -> str | None:
    """The central body whose own domain this is ('xxgk.mot.gov.cn' -> 交通运输部), or None."""
    labels = _labels(host)
    return _table()[1].get(labels[-1]) if labels else None


def host_units(host: str) -> list[tuple[Unit, ...]]:
    """Candidate sets the host's labels name, the label next to gov.cn first ('fgw.beijing' -> 北京市)."""
    labels = _labels(host)
    if labels and labels[-1] in _table()[1]:
        # a central body's site names no place, but a vertical system's provincial branches publish on its sub-hosts
        # named by their province ('nx.cma', 'hunan.chinatax', 'ln.spb'): only a province's label counts (round 19)
        return [province] if (province := _branch_province(labels[:-1])) else []
    found = []
    for k, label in enumerate(reversed(labels)):
        if label in NOISE:
            continue
        # a city's portal whose label is also a province's code ('gz.gov.cn' is 广州市's) is read as the city's
        code = (_table()[0].get(label + ".gov.cn") if k == 0 else None) or _table()[0].get(label)
        if k == 0 and code and code in load_gazetteer().by_code:
            found.append((load_gazetteer().by_code[code],))  # 'gd.gov.cn' is the province's portal
            continue
        units = label_units(label)
        if units:
            found.append(units)
    return found


def _branch_province(labels: list[str]) -> tuple[Unit, ...]:
    """The province the label next to a central body's domain names, when it is a province's code or portal key
    ('nx' 宁夏, 'hunan' 湖南, 'sx' 山西); () for any other label ('nanning.customs' is the customs district's,
    'xxgk.mot' a service)."""
    gaz = load_gazetteer()
    for label in reversed(labels):
        if label in NOISE:
            continue
        code = _table()[0].get(label)
        unit = gaz.by_code.get(code) if code else None
        if unit is None:
            units = [u for u in gaz.by_key.get(label, ()) if u.kind == "province"]
            unit = units[0] if len(units) == 1 and len(gaz.by_key[label]) == 1 else None
        return (unit,) if unit is not None and unit.kind == "province" else ()
    return ()


def _direct(label: str) -> tuple[Unit, ...]:
    """Units a whole label names: the divisions' keys and hosts.tsv's codes, then pinyin + suffix."""
    gaz = load_gazetteer()
    code = _table()[0].get(label)
    units = (gaz.by_code[code],) if code and code in gaz.by_code else ()
    units += tuple(u for u in gaz.by_key.get(label, ()) if u not in units)
    if units:
        return units
    # An autonomous unit named after its people writes its site without 族: 'ewenke' 鄂温克族自治旗.
    units = tuple(u for u in gaz.by_key.get(label + "zu", ()) if u.stem.endswith("族"))
    if units:
        return units
    for ending, char in SUFFIX_PINYIN:  # 'dinghuqu' -> dinghu + 区
        stem = label[: -len(ending)]
        if label.endswith(ending) and len(stem) >= 2 and stem in gaz.by_key:
            units = tuple(u for u in gaz.by_key[stem] if u.name.endswith(char))
            if units:
                return units
    return gaz.by_digraph.get(label, ())  # 'tzh': initials keeping zh whole, when no key is the label


# Remembered: a label's reading recurses into its tails (round 39's province + city + county), and a long label whose
# every short prefix is some unit's initials ('shzhsxhb…', 46 letters: over a second, 63 letters: minutes) would read
# the same tails again for each way of cutting its head (review of session 19). Bounded: a build reads many hosts.
@lru_cache(maxsize=4096)
def label_units(label: str) -> tuple[Unit, ...]:
    """Units one label names, whole or as a key followed by the key of a unit inside it."""
    direct = _direct(label)
    if direct and direct != load_gazetteer().by_digraph.get(label):
        return direct
    # initials keeping zh, ch, sh whole are the weakest reading of a whole label: a key pair that nests is as likely
    # ('shhk': 沙河口区's initials, and 上海 + 虹口区), so both are kept and the text settles them (round 19)
    found: list[Unit] = list(direct)
    for cut in range(2, len(label) - 1):
        outer, inner = _direct(label[:cut]), label[cut:]
        if not outer:
            continue
        if inner in NOISE_TAILS:
            found += [u for u in outer if u.kind != "county"]  # 'sczf': the area's 政府
            continue
        inside = [v for v in _direct(inner) if any(v.within(u) and v != u for u in outer)]
        if not inside and len(inner) >= 4:
            # a province's key, then a city's and a county's inside it: 'ahtlyaq' is 安徽 + 铜陵 + 义安区 (round 39)
            inside = [v for v in label_units(inner) if any(v.within(u) and v != u for u in outer)]
        # 'lnlzh': 辽宁 + 辽中 by initials keeping zh whole ('lzh' is also 梁子湖区's key, which is not in 辽宁)
        found += inside or [v for v in load_gazetteer().by_digraph.get(inner, ())
                            if any(v.within(u) and v != u for u in outer)]
    if not found:
        # a nesting pair, then 'zf' (its government's site): 'sytxqzf' is 沈阳 + 铁西区 + 政府 (round 19)
        tail = next((t for t in NOISE_TAILS if label.endswith(t) and len(label) - len(t) >= 4), None)
        if tail and not _direct(label[: -len(tail)]):
            found = list(label_units(label[: -len(tail)]))
    return tuple(dict.fromkeys(found))


def address_text(address: str) -> str:
    """The Chinese words an address carries in its path (a wiki mirror names its page by the
    report's title: '/wiki/某某县2013年度政府信息公开工作年报'), decoded; '' when it has none."""
    decoded = unquote(address or "", errors="replace")
    words = re.findall(r"[\u4e00-\u9fff0-9][\u4e00-\u9fff0-9（）()]*[\u4e00-\u9fff]", decoded)
    return " ".join(words)


def mirror_folder_province(address: str) -> str | None:
    """The province a mirror's folder names by a division's pinyin ('/xilinhaote/zwgk/…' -> 内蒙古自治区).

    A copy on an unrelated domain often keeps the government site's paths; a folder that is a
    division's full pinyin (five letters or more, every unit of that key in one province) names
    the province, and only that: a folder is weaker than anything the text says. None on a gov.cn
    address (its host is read instead) and when no folder is such a name."""
    if not address or gov_hosts(address):
        return None
    gaz = load_gazetteer()
    path = re.sub(r"^[a-z]+://[^/]+", "", address.lower())
    for folder in re.findall(r"/([a-z]{5,20})(?=[/_.\-?]|$)", path):
        code = _table()[0].get(folder)  # a province's full pinyin another unit shares: 'xinjiang'
        if code in gaz.by_code:
            return gaz.by_code[code].province
        provinces = {u.province for u in gaz.by_key.get(folder, ())}
        if len(provinces) == 1:
            return provinces.pop()
    return None

