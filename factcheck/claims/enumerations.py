"""Enumeration claims: a counted label and the items listed with it.

Forms recognised (the label's numeral must be its only numeral):

* a quoted label with a list in parentheses after it: ``“四进”活动（进校园、进乡村、…）``;
* a quoted label right after its list: ``生产、经营、…、出口“八个环节”``;
* an unquoted counted word right after its list: ``滇、川、黔三省``, ``市、县、乡五级``,
  ``“实名收寄、收寄验视、过机安检”三项制度``.

Items are split at 、; :func:`item_counts` also accepts the reading where 和/及 in the
last item separates two items, and counts distinct administrative levels for 级.
"""

from __future__ import annotations


import regex

from ..numerics.numerals import chinese_value
from ..records import Record, record
from ..resources import lexicon_cache, read_lexicon_record
from ..words import is_verb
from .analysis import Analysis, extractor
from .models import Enumeration
from ..regexes import compile_pattern, lazy

__all__ = ["extract_enumerations", "item_counts"]

_NUMERAL = "[一二两三四五六七八九十双]{1,3}"
_CLAUSE_MARK = lazy(r"[，。；：！？\n（）]")
#: Conjunctions that join list items (not the same characters inside words: 涉及, 和谐, 参与).
_AND = (
    r"以及|(?<![总温缓饱柔祥调])和(?![谐平睦美])|(?<![涉普危波顾企论提触惠遍以])及(?![时其早])"
    r"|(?<![参给赋授])与"
)
_AND_SPLIT = lazy(_AND)
_OPEN_TAIL = lazy(r"等(?:[^，。；、“”\d]{0,8}?的)?$")
_LIST_AFTER = lazy(r"[^，。；、（）“”]{0,6}?（(?P<items>[^（）]{2,200})）")
_PARENTHESISED = lazy(r"（[^）]*）")
_NUMERAL_CHAR = lazy(r"[一二两三四五六七八九十百千双\d]")
_DIGIT = lazy(r"\d")
_OTHER_LABEL = lazy(r"“[一二两三四五六七八九十]")
_ETC_INSIDE = lazy(r"(?<![平同对相高中初均])等(?![级待候同]).")
_NUMERAL_ONLY = lazy(r"^[一二三四五六七八九十\d]+$")
#: A conjunction or 等 (not in 平等, 等级) closing a list at a higher level.
_CONJUNCTION = rf"(?:{_AND}|(?<![平同对相高中初均])等(?![级待候同]))"
_JOINT = lazy(rf"{_CONJUNCTION}(?!.*{_CONJUNCTION})")


@record
class _EnumerationLexicon(Record):
    classifiers: tuple[str, ...]
    levels: dict[str, int]


@lexicon_cache
def _lexicon() -> _EnumerationLexicon:
    return read_lexicon_record("enumerations.toml", _EnumerationLexicon)


@lexicon_cache
def _label_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    classifiers = "|".join(
        regex.escape(word) for word in sorted(_lexicon().classifiers, key=len, reverse=True)
    )
    quoted = compile_pattern(rf"“(?P<label>(?P<num>{_NUMERAL})(?P<rest>[^“”\d，。、；]{{1,8}}))”")
    # a label at the start of an item (、“九小场所”) names one item, it does not count a list
    counted = compile_pattern(
        rf"(?<=[\p{{Han}}”])(?<![一二两三四五六七八九十百千万双第])"
        rf"(?P<label>(?P<num>{_NUMERAL})(?P<rest>{classifiers}))"
        r"(?![\d一二三四五六七八九十])"
    )
    return quoted, counted


#: A whole list in quotes, then its count: “实名收寄、收寄验视、过机安检”三项制度.
_QUOTED_LIST = lazy(
    rf"“(?P<items>[^“”。；]{{1,80}}、[^“”。；]{{1,80}})”"
    rf"(?P<label>(?P<num>{_NUMERAL})(?P<rest>项|个|种|类|大|条|方面|步))"
)
_LABEL_END = lazy(r"[\p{Han}”）]")


def _count(numeral: str) -> int | None:
    if numeral == "双":
        return 2
    value = chinese_value(numeral)
    if value is None or value[0] != value[1]:
        return None
    return int(value[0])


def _split_items(text: str) -> list[str]:
    pieces = (item.strip("“”‘’ ") for item in text.split("、"))
    return [item for item in pieces if item]


def _quotes_fit(items: list[str]) -> bool:
    """Quotes either stay inside one item (“双向”查缉) or wrap the whole list."""
    balance = [item.count("“") - item.count("”") for item in items]
    if not any(balance):
        return True
    inner = balance[1:-1]
    return balance[0] == 1 and balance[-1] == -1 and not any(inner) and items[-1].endswith("”")


def _innermost_list(items: list[str]) -> list[str]:
    """Restart a list after a higher-level joint: ``A、B和C、D两所`` lists C and D."""
    for index in range(len(items) - 2, -1, -1):
        joint = _JOINT.search(items[index])
        if joint is not None:
            rest = items[index][joint.end() :]
            return ([rest] if rest else []) + items[index + 1 :]
    return items


def item_counts(items: list[str], levels: bool = False) -> set[int]:
    """Counts a list supports: by 、, with 和/及 splitting the last item, or by levels."""
    counts = {len(items)}
    if items and _AND_SPLIT.search(items[-1]):
        counts.add(len(items) - 1 + len([part for part in _AND_SPLIT.split(items[-1]) if part]))
    if not levels:
        return counts
    table = _lexicon().levels
    words = sorted(table, key=len, reverse=True)
    found: set[int] = set()
    for item in items:
        core = _PARENTHESISED.sub("", item)
        level = next((table[word] for word in words if core.endswith(word)), None)
        if level is None:
            return counts
        found.add(level)
    return counts | {len(found)}


def _masked(segment: str) -> str:
    """``segment`` with parenthesised groups blanked, so their marks do not end a clause."""
    return _PARENTHESISED.sub(lambda match: "○" * len(match.group()), segment)


def _parallel(items: list[str]) -> bool:
    """Items after the first (which may carry a verb) have comparable lengths."""
    rest = items[1:-1] + [part for part in _AND_SPLIT.split(items[-1]) if part]
    lengths = [len(_PARENTHESISED.sub("", item).strip("“”")) for item in rest]
    return bool(lengths) and min(lengths) > 0 and max(lengths) <= 3 * min(lengths)


def _ends_in_verb(item: str) -> bool:
    """An item that is a phrase ending in a verb (亲自推动, 工作成效践行), not a name."""
    core = item.strip("“”‘’ ")
    return len(core) > 2 and is_verb(core[-2:])


def _list_before(text: str, end: int) -> tuple[int, list[str], bool] | None:
    """The 、-list directly before a label at ``end``: start, items, open-ended (等…的).

    Only a list the label can summarise counts: at least three items of comparable
    length, no other counted label or figure among them, quotes that either stay in one
    item or wrap the whole list.
    """
    if end == 0 or not _LABEL_END.match(text[end - 1]):
        return None
    window_start = max(0, end - 120)
    segment = text[window_start:end]
    open_ended = False
    tail = _OPEN_TAIL.search(segment)
    if tail is not None:
        open_ended = True
        segment = segment[: tail.start()]
    last_mark = 0
    for match in _CLAUSE_MARK.finditer(_masked(segment)):
        last_mark = match.end()
    body = segment[last_mark:]
    raw_items = body.split("、")
    if len(raw_items) < 3 or not _quotes_fit(raw_items):
        return None
    if any(_OTHER_LABEL.search(item) for item in raw_items):
        return None
    items = _innermost_list(_split_items(body))
    last_joint = _ETC_INSIDE.search(items[-1]) if items else None
    if last_joint is not None:
        return None  # 用地、用林等报批三级: the label counts what follows 等
    if len(items) < 3 or not _parallel(items) or any(_NUMERAL_ONLY.match(item) for item in items):
        return None
    if _ends_in_verb(items[-1]):
        return None  # 亲自决策、亲自部署、亲自推动“双碳”: the label is the verb's object
    first = body.find(items[0])
    return window_start + last_mark + max(first, 0), items, open_ended


@extractor("enumerations")
def extract_enumerations(analysis: Analysis) -> list[Enumeration]:
    """Counted labels with the items listed next to them."""
    document = analysis.document
    text = document.text
    quoted, counted = _label_patterns()
    candidates = [(match, True) for match in quoted.finditer(text)]
    candidates += [(match, False) for match in counted.finditer(text)]
    candidates += [(match, False) for match in _QUOTED_LIST.finditer(text)]
    claims: list[Enumeration] = []
    seen: set[int] = set()
    for match, is_quoted in sorted(candidates, key=lambda item: item[0].start()):
        label_start, label_end = match.span("label")
        if label_start in seen or _NUMERAL_CHAR.search(match.group("rest")):
            continue  # 三清一收, 两打两控, 双逢双查: several counts in one label
        count = _count(match.group("num"))
        if count is None or count < 2:
            continue
        outer_start, outer_end = match.span()
        after = _LIST_AFTER.match(text, outer_end) if is_quoted else None
        open_ended = False
        if "items" in match.re.groupindex:
            items_start, items_end = match.span("items")
            items = _split_items(text[items_start:items_end])
            outer_start = label_start
        elif after is not None and "、" in after.group("items"):
            items_start, items_end = after.span("items")
            items = _split_items(text[items_start:items_end])
        else:
            before = _list_before(text, outer_start)
            if before is None:
                continue
            items_start, items, open_ended = before
            items_end = outer_start
            levels = match.group("label").endswith("级")
            if min(abs(size - count) for size in item_counts(items, levels)) > 1:
                continue  # too far from the count to be the list the label summarises
        if len(items) < 2 or any(_DIGIT.search(item) for item in items):
            continue
        seen.add(label_start)
        start, end = min(items_start, outer_start), max(items_end, outer_end)
        span, norm = document.ranges(start, end)
        claims.append(
            Enumeration(
                span=span,
                text=document.original_of(span),
                norm=norm,
                label=match.group("label"),
                count=count,
                items=items,
                open_ended=open_ended,
                label_span=document.span(label_start, label_end),
                items_span=document.span(items_start, items_end),
            )
        )
    return claims
