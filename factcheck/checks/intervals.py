"""What a stated number stands for, as an interval, and whether a computation agrees with it.

A figure written ``4.6万亿元`` stands for anything that rounds to it (4.55–4.65万亿);
``1.2万余人`` for 12,000–13,000; an exact count of fewer than a thousand things (80起) for
itself. A computed value agrees with a stated one when some value of the computed
interval rounds or truncates to the stated figure at its written precision
(:func:`~factcheck.checks.grim.matches_stated`).
"""

from __future__ import annotations

import math

import regex

from ..claims.models import Percentage, Quantity
from .formatting import number
from .grim import matches_stated

__all__ = [
    "Interval",
    "agrees",
    "difference",
    "display",
    "precision",
    "quotient",
    "written_decimals",
    "written_interval",
]

Interval = tuple[float, float]

_CHINESE_DECIMALS = regex.compile(r"点([零〇一二三四五六七八九]+)")
#: exact counts below this are taken as exact; larger round counts may be rounded (2000人)
_EXACT_COUNT_LIMIT = 1000


def written_decimals(text: str, decimals: int) -> int:
    """Decimals written in ``text``, also for Chinese numerals (五十五点三 → 1)."""
    if decimals:
        return decimals
    match = _CHINESE_DECIMALS.search(text)
    return len(match.group(1)) if match else 0


def precision(value: float, decimals: int, exact_count: bool = False) -> int:
    """The decimal place of the last significant written digit (negative for 8300 → -2).

    Trailing zeros of a whole number are taken as rounding (8300万 may be 8,25x万), except
    for an exact count, which is its own precision.
    """
    if decimals or exact_count or value != int(value) or value == 0:
        return decimals
    whole, place = int(abs(value)), 0
    while whole % 10 == 0:
        whole //= 10
        place -= 1
    return place


def _step(decimals: int) -> float:
    return 10.0**-decimals


def written_interval(claim: Quantity | Percentage) -> Interval:
    """The values ``claim`` stands for: its markers' interval, or rounding to its last digit.

    Quantities are in base units (kg, 元 …); percentages in percent.
    """
    decimals = written_decimals(claim.text, claim.decimals)
    if isinstance(claim, Percentage):  # 60% is 59.5–60.5, never 55–65
        low, high = claim.low, math.inf if claim.high is None else claim.high
        half = 0.0 if claim.approximate else _step(decimals) / 2
        return low - half, high + half
    low, high = claim.base_interval()
    if claim.approximate:
        return low, high
    exact = claim.countable and not claim.scale and claim.value < _EXACT_COUNT_LIMIT
    if exact and decimals == 0:
        return low, high
    written = claim.value / claim.scale_value
    half = _step(precision(written, decimals)) / 2 * claim.scale_value * claim.factor
    return low - half, high + half


def quotient(numerator: Interval, denominator: Interval) -> Interval | None:
    """``numerator / denominator`` for positive intervals; ``None`` when the divisor may be 0."""
    if denominator[0] <= 0 or numerator[0] < 0:
        return None
    return numerator[0] / denominator[1], numerator[1] / denominator[0]


def difference(larger: Interval, smaller: Interval) -> Interval:
    """``larger − smaller``."""
    return larger[0] - smaller[1], larger[1] - smaller[0]


def agrees(computed: Interval, stated: float, decimals: int, stated_range: Interval | None = None) -> bool:
    """Some value in ``computed`` rounds or truncates to ``stated`` (or lies in its range).

    ``stated_range`` is the interval of an approximate statement (一倍以上 → 1–∞).
    """
    low, high = computed
    if stated_range is not None and stated_range[0] != stated_range[1]:
        step = _step(decimals)
        return high >= stated_range[0] - step / 2 and low < stated_range[1] + step
    if math.isinf(high) and stated >= low:
        return True
    return matches_stated(min(max(stated, low), high), stated, decimals)


def display(claim: Quantity | Percentage) -> str:
    """A stated value as a plain number in its written scale: 4.6万亿, 8651亿, 45.0."""
    if isinstance(claim, Percentage):
        return number(claim.value)
    if claim.scale:
        return f"{number(claim.value / claim.scale_value)}{claim.scale}"
    for scale, name in ((1e8, "亿"), (1e4, "万")):
        if claim.value >= scale * 10 and (claim.value / scale) * 10_000 == int((claim.value / scale) * 10_000):
            return f"{number(claim.value / scale)}{name}"
    return number(claim.value)
