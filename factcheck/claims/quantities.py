"""Quantity and Percentage claims, built from the number mentions of a document."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ..document import Document, last_before
from ..numerics.scanner import NumberMention, Role
from ..regexes import lazy
from .analysis import Analysis, extractor
from .models import Percentage, Quantity

__all__ = ["clause_start", "quantity_of", "percentage_of", "is_countable_count"]

#: What ends a clause for a figure's label (a subset of :data:`~factcheck.document.MARKS`).
_CLAUSE_BOUNDARY = "，。；：！？、\n（）“”《》"
_SHARE = lazy(r"占(?:比)?(?:(?P<whole>[^，。；、]{1,30}?)的)?(?:比重|比例)?(?:为|达|达到|约|近)?$")


def clause_start(document: Document, position: int, floor: int = 0) -> int:
    """Start of the clause containing ``position`` (after the last clause mark), looking
    back at most 80 characters and never before ``floor``."""
    return _clause_start(document.marks(_CLAUSE_BOUNDARY), position, floor)


def _clause_start(marks: list[int], position: int, floor: int) -> int:
    window_start = max(floor, position - 80)
    mark = last_before(marks, position, window_start)
    return window_start if mark is None else mark + 1


def _high(value: float) -> float | None:
    return None if math.isinf(value) else value


def quantity_of(document: Document, mention: NumberMention, label: str = "") -> Quantity:
    """The :class:`Quantity` claim of a mention that has a unit."""
    unit = mention.unit
    assert unit is not None, "a quantity needs a unit"
    span, norm = document.ranges(mention.start, mention.end)
    return Quantity(
        span=span,
        text=document.original_of(span),
        norm=norm,
        value=mention.value,
        low=mention.low,
        high=_high(mention.high),
        decimals=mention.decimals,
        unit=mention.unit_text,
        dimension=unit.dimension,
        countable=unit.countable,
        factor=unit.factor,
        scale=mention.magnitude_text,
        scale_value=mention.magnitude,
        approximate=not mention.exact,
        markers=tuple([marker.text for marker in mention.markers]) if mention.markers else (),
        label=label,
    )


def percentage_of(document: Document, mention: NumberMention, label: str = "") -> Percentage:
    """The :class:`Percentage` claim of a percent mention."""
    share = _SHARE.search(label)
    span, norm = document.ranges(mention.start, mention.end)
    return Percentage(
        span=span,
        text=document.original_of(span),
        norm=norm,
        value=mention.value,
        low=mention.low,
        high=_high(mention.high),
        decimals=mention.decimals,
        approximate=not mention.exact,
        label=label,
        is_share=share is not None,
        share_of=(share.group("whole") or None) if share else None,
    )


def is_countable_count(quantity: Quantity) -> bool:
    """An exact whole-number count of countable things (人, 起, 件 …)."""
    return (
        quantity.countable
        and not quantity.approximate
        and quantity.value == int(quantity.value)
        and quantity.value > 0
    )


def _labels(analysis: Analysis, role: Role) -> Iterator[tuple[NumberMention, str]]:
    """The mentions of ``role`` with their labels: the words before each in its clause,
    back to the previous number or clause mark."""
    text = analysis.document.text
    marks: list[int] | None = None  # looked up at the first such mention: a text may have none
    mentions = analysis.mentions
    for index in analysis.positions(role):
        mention = mentions[index]
        if marks is None:
            marks = analysis.document.marks(_CLAUSE_BOUNDARY)
        floor = mentions[index - 1].end if index > 0 else 0
        start = _clause_start(marks, mention.start, floor)
        yield mention, text[max(start, floor) : mention.start].strip()


@extractor("quantities")
def extract_quantities(analysis: Analysis) -> list[Quantity]:
    """Every number with a unit that is a measured quantity (not a date or label)."""
    document = analysis.document
    return [quantity_of(document, mention, label) for mention, label in _labels(analysis, Role.QUANTITY)]


@extractor("percentages")
def extract_percentages(analysis: Analysis) -> list[Percentage]:
    """Every percentage: rates, shares and the amounts of changes."""
    document = analysis.document
    return [percentage_of(document, mention, label) for mention, label in _labels(analysis, Role.PERCENT)]
