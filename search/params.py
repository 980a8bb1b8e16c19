"""Search parameters, parsed once from a query string into a whitelisted, clamped value."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

MAX_QUERY = 500  # characters; longer input is cut, with a message
MAX_VALUES = 20  # values per facet
MAX_PAGE = 1000
PER_PAGE_CHOICES = (10, 20, 50)
SORTS = {"relevance": "相关度", "newest": "最新", "oldest": "最早", "agency": "机构"}
LEVELS = {"central": "国务院部门", "province": "省级", "city": "地市级", "county": "县区级", "township": "乡镇街道", "unknown": "未知"}


def _clean_text(value: str) -> str:
    # Control characters come from pasted text or hostile URLs; they never mean anything here.
    return "".join(ch if ch.isprintable() else " " for ch in value).strip()


@dataclass(frozen=True)
class SearchParams:
    """Everything a search page or API call can ask for."""

    q: str = ""
    agency: tuple[str, ...] = ()
    year: tuple[int, ...] = ()
    section: tuple[int, ...] = ()
    level: tuple[str, ...] = ()
    province: tuple[str, ...] = ()
    page: int = 1
    per_page: int = 10
    sort: str = "relevance"
    flat: bool = False
    messages: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_args(cls, args) -> "SearchParams":
        """Read a mapping with ``get``/``getlist`` (a werkzeug MultiDict); bad values become messages."""
        messages = []
        q = _clean_text(args.get("q", "") or "")
        if len(q) > MAX_QUERY:
            q = q[:MAX_QUERY]
            messages.append(f"查询过长，只使用了前 {MAX_QUERY} 个字符。")

        def texts(name):
            values = [_clean_text(v)[:100] for v in args.getlist(name)]
            return tuple(dict.fromkeys(v for v in values if v))[:MAX_VALUES]

        def ints(name, low, high, label):
            out = []
            for raw in args.getlist(name):
                raw = _clean_text(raw)
                if not raw:
                    continue
                # isdigit() is true for '²' and '١': only ASCII digits are numbers here.
                if raw.isascii() and raw.isdigit() and low <= int(raw) <= high:
                    out.append(int(raw))
                else:
                    messages.append(f"忽略了无效的{label}：{raw[:20]}")
            return tuple(dict.fromkeys(out))[:MAX_VALUES]

        page = _int(args.get("page"), 1)
        if page < 1 or page > MAX_PAGE:
            page = min(max(page, 1), MAX_PAGE)
        per_page = _int(args.get("per_page"), 10)
        if per_page not in PER_PAGE_CHOICES:
            per_page = 10
        sort = args.get("sort") or "relevance"
        if sort not in SORTS:
            messages.append("未知的排序方式，已按相关度排序。")
            sort = "relevance"
        level = tuple(v for v in texts("level") if v in LEVELS)
        return cls(
            q=q,
            agency=texts("agency"),
            year=ints("year", 1990, 2100, "年份"),
            section=ints("section", 1, 6, "部分"),
            level=level,
            province=texts("province"),
            page=page,
            per_page=per_page,
            sort=sort,
            flat=(args.get("flat") or "") in ("1", "true", "on"),
            messages=tuple(messages),
        )

    def filters(self) -> dict[str, tuple]:
        """The facet selections by facet name."""
        return {"agency": self.agency, "year": self.year, "section": self.section,
                "level": self.level, "province": self.province}

    def pairs(self, **changes) -> list[tuple[str, object]]:
        """The parameters as (name, value) pairs, defaults left out, with ``changes`` applied."""
        params = replace(self, **changes) if changes else self
        pairs: list[tuple[str, object]] = []
        if params.q:
            pairs.append(("q", params.q))
        for name, values in params.filters().items():
            pairs += [(name, v) for v in values]
        if params.sort != "relevance":
            pairs.append(("sort", params.sort))
        if params.flat:
            pairs.append(("flat", "1"))
        if params.per_page != 10:
            pairs.append(("per_page", params.per_page))
        if params.page != 1:
            pairs.append(("page", params.page))
        return pairs

    def query_string(self, **changes) -> str:
        """A URL query string for these parameters with ``changes`` applied."""
        return urlencode(self.pairs(**changes))

    def toggle(self, facet: str, value) -> str:
        """Query string with one facet value added or removed (and back to page 1)."""
        values = getattr(self, facet)
        new = tuple(v for v in values if v != value) if value in values else values + (value,)
        return self.query_string(**{facet: new, "page": 1})

    @property
    def is_empty(self) -> bool:
        """No query text and no filter: the browse-everything state."""
        return not self.q and not any(self.filters().values())


def _int(raw, default: int) -> int:
    try:
        return int(str(raw).strip())
    except (TypeError, ValueError):
        return default
