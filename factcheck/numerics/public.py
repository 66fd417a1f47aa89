"""The public view of the number parser: :func:`numbers` and :class:`Number`.

Editorial tools use it to highlight figures. The fields are a stable contract: they
are derived from the scanner's internal records, which may change shape freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..document import Document
from ..span import Span
from .scanner import NumberMention, Role, scan_numbers

__all__ = ["Number", "NumberKind", "numbers"]

NumberKind = Literal[
    "quantity",  # a number with a unit: 114起, 2.3万元
    "range",  # two ends: 3到5年, 1万-5万元
    "percent",  # 12.4%, 百分之三十五, 三成, 八折, 5‰
    "fraction",  # 三分之一, 4分之3 (value in percent)
    "points",  # 2.5个百分点
    "multiple",  # 两倍
    "ordinal",  # 第3次
    "year",  # 2023年, 08年, 二〇〇八年
    "date-part",  # 3月, 21日, 12时
    "label",  # “7·28”, 雷霆4号, 5G
    "bare",  # a number with nothing after it
]


@dataclass(frozen=True, slots=True)
class Number:
    """One number as the parser reads it.

    ``value`` is the figure as stated, with its magnitude (``2.3万元`` → 23000); percent,
    fraction and discount forms are in percent (``三分之一`` → 33.33…, ``八折`` → 80).
    ``low``/``high`` is the interval the wording allows (approximation markers, bounds,
    ranges), in the same unit as ``value``; ``high`` is ``math.inf`` when open
    (``逾2万人``, ``不少于100人``). ``unit`` is the unit as written (``""`` when none);
    ``dimension`` is what it measures (``people``, ``money``, ``mass``, ``percent`` …) —
    figures of different dimensions are never added or compared.
    """

    span: Span
    text: str
    value: float
    low: float
    high: float
    unit: str
    dimension: str
    kind: NumberKind
    approximate: bool
    countable: bool


def numbers(text: str | Document) -> list[Number]:
    """Every number the parser reads in ``text``, in text order, spans into the original."""
    document = text if isinstance(text, Document) else Document(text)
    return [_public(mention, document) for mention in scan_numbers(document.text)]


def _public(mention: NumberMention, document: Document) -> Number:
    text = document.text
    start, end = mention.start, mention.end
    kind, dimension = _kind_and_dimension(mention)
    written_unit = mention.unit_text
    if kind == "ordinal" and text.endswith("第", 0, start):
        start -= 1  # 第3次: the ordinal includes 第
    elif kind == "date-part" and not written_unit and text[end : end + 1] in ("月", "时"):
        written_unit = text[end]  # 3月, 12时: the scanner stops before the calendar word
        end += 1
    elif kind in ("percent", "fraction", "points"):
        written_unit = _percent_unit(mention, text)
    span = document.span(start, end)
    unit = mention.unit
    value, low, high = mention.value, mention.low, mention.high
    if kind == "year" and mention.script == "arabic" and len(mention.numeral) == 2:
        value = low = high = 2000 + value  # 08年: 2008
    return Number(
        span=span,
        text=document.original[span.start : span.end],
        value=value,
        low=low,
        high=high,
        unit=written_unit,
        dimension=dimension,
        kind=kind,
        approximate=bool(mention.markers) or (mention.is_range and "range_from" not in mention.extra),
        countable=bool(unit and unit.countable),
    )


def _percent_unit(mention: NumberMention, text: str) -> str:
    """The percent form as written: ``%``, ``‰``, ``成``, ``折``, ``百分之``, ``个百分点`` …"""
    if mention.role is Role.POINTS:
        end = min([m.start for m in mention.markers if m.position == "suffix"] + [mention.end])
        return text[mention.numeral_end : end]
    form = mention.extra.get("percent", "")
    return "分之" if form == "分之" else form


def _kind_and_dimension(mention: NumberMention) -> tuple[NumberKind, str]:
    role = mention.role
    if role is Role.PERCENT:
        return ("fraction" if mention.extra.get("percent") == "分之" else "percent"), "percent"
    if role is Role.POINTS:
        return "points", "percentage-points"
    if role is Role.MULTIPLE:
        return "multiple", "multiple"
    if role is Role.ORDINAL:
        return "ordinal", "ordinal"
    if role is Role.DATE:
        return ("year" if mention.unit_text == "年" else "date-part"), "time"
    if role is Role.LABEL:
        return "label", ""
    dimension = mention.unit.dimension if mention.unit else ""
    if role is Role.QUANTITY:
        return ("range" if "range_from" in mention.extra else "quantity"), dimension
    return "bare", dimension
