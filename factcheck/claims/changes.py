"""Change claims: 同比增长18%, 下降896%, 降幅达14.6%, 降低两倍, 提高2.5个百分点.

A change is a verb or noun of change (from ``rules/lexicons/changes.toml``) directly
before an amount, optionally after a basis (同比, 比上年同期, 与…相比). Verbs that name
the new level (下降至, 提高到) are not changes. Amounts listed after a change
(分别下降92.3%、94.1%和98.3%) are changes too. A ratio to an earlier figure (是去年的3倍,
翻一番) is a change with measure ``ratio``.
"""

from __future__ import annotations


import regex

from ..resources import lexicon_cache
from ..lexicon import lexicons
from ..numerics.scanner import NumberMention, Role
from .analysis import Analysis, extractor
from .models import Change, Quantity
from .quantities import quantity_of
from ..regexes import compile_pattern, lazy

__all__ = ["extract_changes"]

_MEASURES = {
    Role.PERCENT: "percent",
    Role.POINTS: "points",
    Role.MULTIPLE: "multiple",
    Role.QUANTITY: "absolute",
}
_LIST_GAP = lazy(r"^(?:[、，]|和|及|与|以及|、和)$")
#: 去年同期125起，同比增长25%: the figure right before the change is the earlier value.
_EARLIER_VALUE = lazy(r"(?:去年|上年|前年|上一年|同期|上月|上季度)[^，。；\d]{0,6}$")
_QUANTITY_GAP = lazy(r"^[，]?$")
_WINDOW = 28
#: 是去年的3倍, 相当于1997年的2.3倍: the words before a multiple that make it a ratio
_RATIO_BEFORE = lazy(r"(?P<word>是|为|相当于)(?P<basis>[^，。；：！？、是为]{1,16}?)的$")
#: 翻一番, 翻了两番: the figure doubled (quadrupled)
_DOUBLING = lazy(r"翻(?:了)?(?P<near>近|接近)?(?P<times>[一两二三四1234])番(?P<more>多)?")
_DOUBLINGS = {"一": 1, "1": 1, "两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
_RATIO_QUANTITY_GAP = lazy(r"^[，、]?$")


class _Patterns:
    def __init__(self) -> None:
        words = lexicons().changes
        self.direction: dict[str, str] = {}
        for direction, group in (("increase", words.increase), ("decrease", words.decrease)):
            for word in (*group.verbs, *group.nouns):
                self.direction[word] = direction
        bases = [regex.escape(phrase) for phrase in words.basis.phrases] + list(words.basis.patterns)
        change_words = sorted(self.direction, key=len, reverse=True)
        levels = sorted((*words.increase.levels, *words.decrease.levels), key=len, reverse=True)
        basis = "|".join(f"(?:{item})" for item in bases)
        word = "|".join(regex.escape(item) for item in change_words)
        self.change = compile_pattern(
            rf"(?:(?P<basis>{basis})[，]?)?(?P<word>{word})"
            rf"(?:了)?(?:幅度)?(?:为|达到|达|是|约为|超过)?$"
        )
        self.level = compile_pattern(rf"(?:{'|'.join(regex.escape(item) for item in levels)})(?:了)?$")


@lexicon_cache
def _patterns() -> _Patterns:
    return _Patterns()


def _change_of(
    analysis: Analysis,
    mention: NumberMention,
    direction: str,
    word: str,
    basis: str | None,
    start: int,
    quantity: Quantity | None,
    measure: str | None = None,
) -> Change:
    document = analysis.document
    span, norm = document.ranges(start, mention.end)
    amount_span = document.span(mention.start, mention.end)
    high = mention.high
    return Change(
        span=span,
        text=document.original_of(span),
        norm=norm,
        direction="increase" if direction == "increase" else "decrease",
        measure=measure or _MEASURES[mention.role],  # type: ignore[arg-type]
        amount=mention.value,
        amount_low=mention.low,
        amount_high=None if high == float("inf") else high,
        decimals=mention.decimals,
        word=word,
        basis=basis,
        amount_span=amount_span,
        amount_unit=mention.unit_text if mention.role is Role.QUANTITY else "",
        amount_scale=mention.magnitude,
        quantity=quantity,
    )


def _quantity_before(
    analysis: Analysis, mentions: list[NumberMention], index: int, start: int
) -> Quantity | None:
    """The quantity right before a ratio starting at ``start`` (1600万人，是1997年的2.3倍)."""
    for position in range(index - 1, -1, -1):
        before = mentions[position]
        if before.end > start or before.role is Role.DATE:
            continue
        gap = analysis.document.text[before.end : start]
        if before.role is Role.QUANTITY and _RATIO_QUANTITY_GAP.match(gap):
            return quantity_of(analysis.document, before)
        return None
    return None


def _ratios(analysis: Analysis) -> list[Change]:
    """是去年的3倍 and 翻一番: the new figure as a multiple of the old."""
    document = analysis.document
    text = document.text
    mentions = analysis.mentions
    ratios: list[Change] = []
    for index in analysis.positions(Role.MULTIPLE):
        mention = mentions[index]
        match = _RATIO_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        if match is None:
            continue
        ratios.append(
            _change_of(
                analysis,
                mention,
                "increase" if mention.value >= 1 else "decrease",
                match.group("word"),
                match.group("basis"),
                match.start(),
                _quantity_before(analysis, mentions, index, match.start()),
                measure="ratio",
            )
        )
    for match in _DOUBLING.finditer(text):
        times = 2.0 ** _DOUBLINGS[match.group("times")]
        low, high = times, times
        if match.group("near"):
            low = times * (1 - lexicons().approximation.settings.less_reach)
        if match.group("more"):
            high = float("inf")
        span, norm = document.ranges(*match.span())
        amount_span = document.span(match.start("times"), match.end())
        ratios.append(
            Change(
                span=span,
                text=document.original_of(span),
                norm=norm,
                direction="increase",
                measure="ratio",
                amount=times,
                amount_low=low,
                amount_high=None if high == float("inf") else high,
                decimals=0,
                word="翻番",
                amount_span=amount_span,
            )
        )
    return ratios


@extractor("changes")
def extract_changes(analysis: Analysis) -> list[Change]:
    """All stated changes with their amounts, and the figure each qualifies if stated."""
    patterns = _patterns()
    text = analysis.document.text
    mentions = analysis.mentions
    changes: list[Change] = []
    previous: tuple[Change, NumberMention] | None = None
    last = -1  # the index of the measure before: a list goes on only with the very next mention
    for index in analysis.positions(*_MEASURES):
        mention = mentions[index]
        if index != last + 1:
            previous = None
        last = index
        floor = mentions[index - 1].end if index else 0
        window_start = max(floor, mention.start - _WINDOW)
        window = text[window_start : mention.start]
        if previous is not None and _LIST_GAP.match(window) and mention.role is previous[1].role:
            change, _ = previous
            listed = _change_of(
                analysis, mention, change.direction, change.word, change.basis, mention.start, None
            )
            changes.append(listed)
            previous = (listed, mention)
            continue
        previous = None
        if patterns.level.search(window):
            continue
        match = patterns.change.search(window)
        if match is None:
            continue
        word = match.group("word")
        basis = match.group("basis")
        if len(word) == 1 and basis is None and mention.role is not Role.PERCENT:
            continue  # 多3人, 减5家: single-character verbs need a basis (比上年多3人)
        if mention.role is Role.QUANTITY and basis is None and not mention.exact:
            continue
        start = window_start + match.start()
        quantity = None
        if index and mentions[index - 1].role is Role.QUANTITY:
            before = mentions[index - 1]
            earlier = _EARLIER_VALUE.search(text, max(0, before.start - 8), before.start)
            is_amount = bool(changes) and changes[-1].norm[1] == before.end  # 增加920元，增长12.6%
            if _QUANTITY_GAP.match(text[before.end : start]) and earlier is None and not is_amount:
                quantity = quantity_of(analysis.document, before)
        change = _change_of(
            analysis, mention, patterns.direction[word], word, basis, start, quantity
        )
        changes.append(change)
        previous = (change, mention)
    changes.extend(_ratios(analysis))
    changes.sort(key=lambda change: change.norm)
    return changes
