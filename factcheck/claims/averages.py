"""Average claims: a per-unit figure with the total and the count it divides.

``共有95个站点、380名社工，平均每站4名`` gives the average 4名 per 站, numerator 380名 and
denominator 95个站点. The average is written 平均每站 / 每站平均 / 人均 right before the
number; the denominator is the one quantity earlier in the sentence that counts the unit
averaged over (站 → 95个站点, 人 → 3000人), the numerator the one other quantity in the
average's dimension. When either is ambiguous no claim is made.
"""

from __future__ import annotations

import regex

from ..numerics.scanner import NumberMention, Role
from ..regexes import lazy
from .analysis import Analysis, extractor
from .models import Average
from .quantities import quantity_of

__all__ = ["extract_averages"]

_NOT_PER = r"\d一二三四五六七八九十百千万亿两平均每个名位家所"
_VERB = r"(?P<verb>\p{Han}{0,4}?)$"
_AVERAGES = (
    lazy(rf"平均每(?:个|名|位|家|所)?(?P<per>[^\W{_NOT_PER}]{{1,3}}?){_VERB}"),
    lazy(rf"每(?:个|名|位|家|所)?(?P<per>[^\W{_NOT_PER}]{{1,3}}?)平均{_VERB}"),
    lazy(rf"(?P<per>人)均{_VERB}"),
)
#: an average of a change (平均每年增加) is not a share-out of a total
_CHANGE_CHARS = frozenset("增减降升涨跌翻")
_LOOKBACK = 14
_WORD_END = lazy(r"[，、。；：（）\s]")
_SENTENCE_END = lazy(r"[。！？\n]")
_SENTENCE_REACH = 200


def _average_before(text: str, mention: NumberMention, floor: int) -> regex.Match[str] | None:
    start = max(floor, mention.start - _LOOKBACK)
    for pattern in _AVERAGES:
        match = pattern.search(text, start, mention.start)
        if match is not None and not _CHANGE_CHARS & set(match.group("verb")):
            return match
    return None


def _counts_unit(text: str, mention: NumberMention, per: str) -> bool:
    """``mention`` counts the unit ``per`` (95个站点 counts 站, 3000人 counts 人)."""
    if mention.unit is None:
        return False
    if per == "人":
        return mention.unit.dimension == "people"
    following = _WORD_END.split(text[mention.unit_end : mention.unit_end + 8])[0]
    if per in mention.unit_text + following:
        return True
    # noun first (建成工作站120个, 配备社工300名): the noun right before the number, when
    # the unit is a bare counter (个, 名, 家) with nothing of its own after it
    preceding = _WORD_END.split(text[max(0, mention.start - 8) : mention.start])[-1]
    return not following and len(mention.unit_text) == 1 and per in preceding[-4:]


def _sentence_start(text: str, position: int) -> int:
    start = max(0, position - _SENTENCE_REACH)
    for match in _SENTENCE_END.finditer(text, start, position):
        start = match.end()
    return start


def _one(candidates: list[NumberMention]) -> NumberMention | None:
    values = {mention.value for mention in candidates}
    return candidates[-1] if len(values) == 1 else None


@extractor("averages")
def extract_averages(analysis: Analysis) -> list[Average]:
    """Per-unit figures whose total and count are stated in the same sentence."""
    document = analysis.document
    text = document.text
    mentions = analysis.mentions
    averages: list[Average] = []
    for index in analysis.positions(Role.QUANTITY):
        mention = mentions[index]
        if mention.unit is None:
            continue
        if "均" not in text[max(0, mention.start - _LOOKBACK) : mention.start]:
            continue  # 平均, 人均: nothing else can make an average
        floor = _sentence_start(text, mention.start)
        match = _average_before(text, mention, floor)
        if match is None:
            continue
        per = match.group("per")
        earlier: list[NumberMention] = []
        for position in range(index - 1, -1, -1):
            other = mentions[position]
            if other.start < floor:
                break
            if other.role is Role.QUANTITY and other.end <= match.start():
                earlier.insert(0, other)
        denominator = _one([other for other in earlier if _counts_unit(text, other, per)])
        if denominator is None:
            continue
        dimension = mention.unit.dimension
        numerators = [
            other
            for other in earlier
            if other is not denominator and other.unit is not None and other.unit.dimension == dimension
        ]
        numerator = _one(numerators)
        if numerator is None:
            continue
        span, norm = document.ranges(min(numerator.start, denominator.start), mention.end)
        averages.append(
            Average(
                span=span,
                text=document.original_of(span),
                norm=norm,
                value=quantity_of(document, mention, match.group()),
                per=per,
                numerator=quantity_of(document, numerator),
                denominator=quantity_of(document, denominator),
            )
        )
    return averages
