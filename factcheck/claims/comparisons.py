"""Comparison claims: two values of one figure, and the changes stated with them.

Three phrasings state both values:

* ``transition``: 由64起增至80起, 从1997年的5160元增加到2002年的7703元, 由45.0%提高到60.0%
  (the level verbs of ``rules/lexicons/changes.toml``, after 由/从 and the earlier value);
* ``pair``: 今年150起、去年同期125起 (or 去年同期125起，今年150起);
* ``basis``: 达到1387亿元，比1952年的827亿元增长68% (the earlier value inside the basis).

The changes written directly after the two values (，增长25%, ，增加16起，增长了2倍,
，是原来的3倍) are attached: rules check them against the values.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import regex

from ..resources import lexicon_cache
from ..lexicon import lexicons
from ..numerics.scanner import NumberMention, Role
from .analysis import Analysis, extractor
from .models import Change, Comparison, Percentage, Quantity
from .quantities import clause_start, percentage_of, quantity_of
from ..regexes import compile_pattern, lazy

__all__ = ["YEARLY_BASES", "extract_comparisons", "years_between"]

_LEVEL_ROLES = frozenset({Role.QUANTITY, Role.PERCENT})
#: 由 or 从 opening the earlier value (not 由于, 从事, 从严 …), with the words naming it
_FROM = lazy(
    r"(?<![由从自])(?P<word>由|从)(?![于事业而中此来未不严重快宽紧小头])(?P<label>[^，。；：！？由从]{0,16})$"
)
_EARLIER = r"(?:去年|上年|上一年|前一年|上年度)(?:同期)?"
_LATER = r"(?:今年|本年|当年)(?:以来|同期)?"
_LINK = r"[^，。；：！？\d]{0,8}?(?:为|是|有|仅|仅为|只有|共|共有|达|达到)?"
_PAIR_AFTER = lazy(rf"[，、；]\s*(?:而|比|较)?(?P<word>{_EARLIER}){_LINK}")
_PAIR_BEFORE = lazy(rf"(?P<word>{_EARLIER}){_LINK}$")
_PAIR_THEN = lazy(rf"[，、；]\s*(?P<word>{_LATER}){_LINK}")
_BASIS = lazy(r"[，]?\s*(?P<word>比|较)(?P<label>[^，。；：！？比较]{0,16}?的)")
# gaps between the values and the changes stated with them (fullmatched)
_FIRST_CHANGE_GAP = lazy(r"[，、]?\s*(?:即|共|总共|累计)?")
_NEXT_CHANGE_GAP = lazy(r"[，、]?\s*")
_ADJACENT = lazy(r"")
_YEAR = lazy(r"(\d{4})年")
#: bases of yearly averages (年均增长): they relate values any number of years apart
YEARLY_BASES = frozenset({"年均", "平均每年"})


@lexicon_cache
def _transition() -> tuple[regex.Pattern[str], dict[str, str]]:
    words = lexicons().changes
    direction = {word: "increase" for word in words.increase.levels}
    direction.update({word: "decrease" for word in words.decrease.levels})
    alternation = "|".join(regex.escape(word) for word in sorted(direction, key=len, reverse=True))
    gap = compile_pattern(rf"(?P<word>{alternation})(?:了)?(?P<label>[^，。；：！？]{{0,12}}?的)?")
    return gap, direction


def years_between(comparison: Comparison) -> int | None:
    """Years from the earlier value to the later one when both labels name a year (1997年 → 2002年)."""
    return _years(comparison.before_label, comparison.after_label)


def _years(before_label: str, after_label: str) -> int | None:
    before, after = _YEAR.search(before_label), _YEAR.search(after_label)
    if before is None or after is None:
        return None
    years = int(after.group(1)) - int(before.group(1))
    return years if years > 0 else None


def _spans_one_year(change: Change, years: int | None) -> bool:
    """A change against the previous year (同比, 比上年) cannot relate values years apart."""
    return change.basis is None or change.basis in YEARLY_BASES or years is None or years == 1


def _level(analysis: Analysis, mention: NumberMention, other: NumberMention) -> Quantity | Percentage | None:
    """The claim of ``mention`` as a value comparable with ``other``, if it is one."""
    document = analysis.document
    if mention.role is Role.PERCENT and other.role is Role.PERCENT:
        return percentage_of(document, mention)
    if mention.role is Role.BARE and other.role is Role.QUANTITY and mention.magnitude_text:
        mention = replace(mention, unit=other.unit, unit_text=other.unit_text, role=Role.QUANTITY)
    if mention.role is Role.QUANTITY and other.role in (Role.QUANTITY, Role.BARE) and mention.unit:
        if other.unit is not None and other.unit.dimension != mention.unit.dimension:
            return None
        return quantity_of(document, mention)
    return None


def _previous(mentions: list[NumberMention], index: int) -> int | None:
    """Index of the closest mention before ``index`` that is not a date."""
    if index and mentions[index - 1].role is not Role.DATE:
        return index - 1  # most figures: the one right before
    for position in range(index - 1, -1, -1):
        if mentions[position].role is not Role.DATE:
            return position
    return None


class _Changes:
    """The changes of a document, found by position."""

    def __init__(self, changes: list[Change], text: str) -> None:
        self.changes = changes
        self.starts = [change.norm[0] for change in changes]
        self.text = text

    def after(self, end: int, first_gap: regex.Pattern[str]) -> list[Change]:
        """The changes written directly after normalised position ``end``, in order."""
        found: list[Change] = []
        cursor, gap = end, first_gap
        for change in self.changes[bisect_left(self.starts, end) :]:
            start = change.norm[0]
            if start < cursor:
                continue
            if not gap.fullmatch(self.text, cursor, start):
                break
            found.append(change)
            cursor, gap = change.norm[1], _NEXT_CHANGE_GAP
        return found


def _comparison(
    analysis: Analysis,
    form: str,
    before: tuple[NumberMention, Quantity | Percentage, str],
    after: tuple[NumberMention, Quantity | Percentage, str],
    word: str,
    start: int,
    direction: str | None,
    changes: list[Change],
) -> Comparison:
    document = analysis.document
    end = max(before[0].end, after[0].end)
    stop = max([end, *(change.norm[1] for change in changes)])
    span, norm = document.ranges(start, stop)
    return Comparison(
        span=span,
        text=document.original_of(span),
        norm=norm,
        form=form,  # type: ignore[arg-type]
        before=before[1],
        after=after[1],
        before_label=before[2],
        after_label=after[2],
        word=word,
        direction=direction,  # type: ignore[arg-type]
        changes=changes,
    )


def _transitions(analysis: Analysis, changes: _Changes) -> list[Comparison]:
    text = analysis.document.text
    mentions = analysis.mentions
    gap_pattern, directions = _transition()
    found: list[Comparison] = []
    for index in analysis.positions(*_LEVEL_ROLES):
        later = mentions[index]
        position = _previous(mentions, index)
        if position is None:
            continue
        earlier = mentions[position]
        gap = gap_pattern.fullmatch(text, earlier.end, later.start)
        if gap is None:
            continue
        opening = _FROM.search(text, clause_start(analysis.document, earlier.start), earlier.start)
        if opening is None:
            continue
        before = _level(analysis, earlier, later)
        after = _level(analysis, later, earlier)
        if before is None or after is None:
            continue
        word = gap.group("word")
        labels = opening.group("label"), gap.group("label") or ""
        years = _years(*labels)
        attached = [
            change
            for change in changes.after(later.end, _FIRST_CHANGE_GAP)
            if _spans_one_year(change, years)
        ]
        found.append(
            _comparison(
                analysis, "transition",
                (earlier, before, labels[0]),
                (later, after, labels[1]),
                f"{opening.group('word')}…{word}", opening.start(), directions[word], attached,
            )
        )
    return found


def _pairs(analysis: Analysis, changes: _Changes) -> list[Comparison]:
    text = analysis.document.text
    mentions = analysis.mentions
    amounts = {change.norm[1] for change in changes.changes}  # 比上年增长46%: an amount, not a value
    found: list[Comparison] = []
    for index in analysis.positions(*_LEVEL_ROLES):
        if index == 0:
            continue
        first, second = mentions[index - 1], mentions[index]
        if first.role not in _LEVEL_ROLES:
            continue
        if first.end in amounts or second.end in amounts:
            continue
        earlier_second = _PAIR_AFTER.fullmatch(text, first.end, second.start)
        if earlier_second is not None:  # 今年150起、去年同期125起
            later, earlier, word, start = first, second, earlier_second.group("word"), first.start
        else:  # 去年同期125起，今年150起
            then = _PAIR_THEN.fullmatch(text, first.end, second.start)
            if then is None:
                continue
            opening = _PAIR_BEFORE.search(text, max(0, first.start - 16), first.start)
            if opening is None:
                continue
            later, earlier, word, start = second, first, opening.group("word"), opening.start()
        before = _level(analysis, earlier, later)
        after = _level(analysis, later, earlier)
        if before is None or after is None or before.kind != after.kind:
            continue
        attached = changes.after(second.end, _FIRST_CHANGE_GAP)
        found.append(
            _comparison(
                analysis, "pair", (earlier, before, word), (later, after, ""), word, start, None, attached
            )
        )
    return found


def _bases(analysis: Analysis, changes: _Changes) -> list[Comparison]:
    text = analysis.document.text
    mentions = analysis.mentions
    found: list[Comparison] = []
    for index in analysis.positions(*_LEVEL_ROLES):
        earlier = mentions[index]
        position = _previous(mentions, index)
        if position is None:
            continue
        later = mentions[position]
        basis = _BASIS.fullmatch(text, later.end, earlier.start)
        if basis is None or later.role not in _LEVEL_ROLES:
            continue
        attached = changes.after(earlier.end, _ADJACENT)
        if not attached:
            continue  # 比1952年的827亿元 must be followed by the change it is the basis of
        before = _level(analysis, earlier, later)
        after = _level(analysis, later, earlier)
        if before is None or after is None or before.kind != after.kind:
            continue
        found.append(
            _comparison(
                analysis, "basis", (earlier, before, basis.group("label")), (later, after, ""),
                basis.group("word"), later.start, None, attached,
            )
        )
    return found


@extractor("comparisons")
def extract_comparisons(analysis: Analysis) -> list[Comparison]:
    """Every figure stated with an earlier value of itself, and the changes stated with both."""
    changes = _Changes(analysis.get("changes"), analysis.document.text)
    found = _transitions(analysis, changes) + _pairs(analysis, changes) + _bases(analysis, changes)
    found.sort(key=lambda comparison: comparison.norm)
    return found
